#!/usr/bin/env python3
"""Held-out corpus 56: informal / spoken register.

Speech-to-text dictations of home visits and phone calls, WhatsApp/SMS messages from
clients and relatives, voicemail transcripts and the professional's one-line reactions.
Texts are written with inline markup:
    [[x:...]]  personal data  (p person, b bsn, t phone, e email, i iban, pc postcode,
                               a address, d date, ds dossier)
    {{x:...}}  context to keep (w wijk, o org, r role)
For [[b:FMT]] and [[i:FMT]] the content is a format name; a valid BSN (11-check) or
Dutch IBAN (mod-97) is generated deterministically.
Running this script writes heldout56.jsonl next to itself.
"""

import json
import os
import random
import re

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "ds": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

RNG = random.Random(56)
DIGIT_WORDS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]


def bsn_valid(s):
    d = [int(c) for c in s]
    if len(d) != 9:
        return False
    tot = sum(d[i] * (9 - i) for i in range(8)) - d[8]
    return tot % 11 == 0


def gen_bsn():
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(7)]
        r = sum(d[i] * (9 - i) for i in range(8)) % 11
        if r == 10:
            continue
        s = "".join(map(str, d + [r]))
        assert bsn_valid(s)
        return s


def fmt_bsn(fmt):
    s = gen_bsn()
    if fmt == "plain":
        return s
    if fmt == "dots":
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if fmt == "spaces":
        return s[:3] + " " + s[3:6] + " " + s[6:]
    if fmt == "digits":  # dictated digit by digit, STT writes digits
        return " ".join(s)
    if fmt == "words":  # dictated, STT writes words
        return " ".join(DIGIT_WORDS[int(c)] for c in s)
    if fmt == "half":  # half words, half digits
        return " ".join(DIGIT_WORDS[int(c)] for c in s[:3]) + " " + s[3:6] + " " + s[6:]
    if fmt == "dash":
        return s[:3] + "-" + s[3:6] + "-" + s[6:]
    raise ValueError(fmt)


BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def iban_valid(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def gen_iban():
    bank = RNG.choice(BANKS)
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    r = bank + acct + "NL00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    s = "NL%02d%s%s" % (chk, bank, acct)
    assert iban_valid(s)
    return s


def fmt_iban(fmt):
    s = gen_iban()
    if fmt == "plain":
        return s
    if fmt == "spaced":
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if fmt == "lower":
        return s.lower()
    if fmt == "lowspaced":
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower()
    if fmt == "spoken":  # "NL 63 INGB 06 54 ..." as dictated
        return (
            s[:2]
            + " "
            + s[2:4]
            + " "
            + s[4:8]
            + " "
            + " ".join(s[i : i + 2] for i in range(8, 18, 2))
        )
    raise ValueError(fmt)


TOKEN = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(marked):
    out, pii, keep = [], [], []
    pos = 0
    n = 0
    for m in TOKEN.finditer(marked):
        out.append(marked[pos : m.start()])
        n += len(marked[pos : m.start()])
        if m.group(1) is not None:
            code, content = m.group(1), m.group(2)
            if code == "b":
                content = fmt_bsn(content)
            elif code == "i":
                content = fmt_iban(content)
            label = PII[code]
            target = pii
        else:
            code, content = m.group(3), m.group(4)
            label = KEEP[code]
            target = keep
        target.append({"start": n, "end": n + len(content), "label": label, "text": content})
        out.append(content)
        n += len(content)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, pii, keep


TEXTS = r"""
dictaat hb [[d:di 5 maart]] eh mevrouw [[p:de wit]] op de [[a:parallelweg 112]] tweede verdieping samen met de {{r:wijkverpleegkundige}} [[p:hoop]] geweest eh mevrouw is zesenzeventig en woont alleen sinds haar man overleden is vorig jaar in mei ze geeft aan dat ze de post niet meer open maakt er lag een stapel brieven van de {{o:belastingdienst}} en van {{o:haag wonen}} huurachterstand van ongeveer drie maanden eh dochter [[p:roos]] woont in zoetermeer en komt eens per week nieuwe afspraak [[d:donderdag veertien maart]] om tien uur dochter erbij vragen
~~~
voicemail binnengekomen 09:14
ja hallo goedemorgen met eh [[p:Semhar]] [[p:Tesfay]] ik bel voor mijn broer [[p:Yonas]] hij heeft een brief van het {{o:UWV}} maar hij begrijpt niet wat ze willen eh hij moet iets inleveren voor [[d:eenendertig maart]] kunt u mij terugbellen op [[t:nul zes vier zeven één acht twee nul drie negen]] ik ben bereikbaar na drie uur dank u wel doei
~~~
[[d:12-03-2024]] 08:41 - [[p:Khadija]]: salam mevrouw [[p:Vos]] ik heb gisteren brief gekrijg van gemeente ze zeg ik moet 1400 euro terug betalen 😭😭 ik heb niet dit geld mijn man is ziek. kan u helpen alstublieft
[[d:12-03-2024]] 09:02 - [[p:Ilse Vos]]: Goedemorgen [[p:Khadija]], stuur maar een foto van de brief. Ik kom [[d:do 14/3]] even langs, is 11 uur goed?
[[d:12-03-2024]] 09:03 - [[p:Khadija]]: ja goed inshallah 🙏
~~~
ok top. [[p:mei]] belt vandaag de {{o:voedselbank}} voor fam. [[p:warsame]] 👍
~~~
dzien dobry, ik ben [[p:agnieszka]], dochter van [[p:tadeusz nowak]] van [[a:weimarstraat 233b]]. mijn vader is gevallen gisteren in badkamer, nu hij ligt in {{o:HMC Westeinde}}. ik woon in polen ik kan pas komen [[d:22 marca]] sorry [[d:22 maart]]. kunt u mij bellen [[t:+48 601 223 914]] of whatsapp. dziękuję bardzo
~~~
telefoongesprek met meneer [[p:bakker]] nee sorry [[p:bekker]] met een e van de {{o:kessler stichting}} eh hij belt over meneer [[p:Abdi]] [[p:Farah]] die sinds eh twee weken in de nachtopvang zit eh meneer heeft geen postadres meer zijn oude adres was [[a:Hobbemastraat 78 derde]] maar daar is hij uitgezet eh [[p:bekker]] vraagt of wij een briefadres kunnen regelen terugbellen op [[t:070 38 89 412]] liefst voor vrijdag
~~~
hi miss this is [[p:blessing]] [[p:mensah]], [[p:gift]]'s mum. the school called again he was not there today. i am working nights at {{o:albert heijn}} distributie i cannot pick the phone in the day. pls send me whatsapp to [[t:06 1928 3374]]. my address changed to [[a:Beijerstraat 41-A]] [[pc:2526 KK]]. thank u
~~~
@[[p:Storm]] kan jij [[d:vrijdag 8/3]] mee naar mw [[p:Öztürk]]? ik heb om 13.30 de {{r:tolk}} geboekt
~~~
abla merhaba. ben [[p:Hatice]] 🙂 ik heb vandaag weer geen stroom. {{o:eneco}} heeft afgesloten. mijn kinderen koud. klantnummer is [[ds:2003418877]]. wat moet ik doen?? ALSTUBLIEFT BELLEN [[t:0641877290]]
~~~
ja dit is het verslag van de intake met eh meneer [[p:Radj Jagesar]] geboren [[d:negen juni zevenenvijftig]] bsn [[b:words]] woont op de [[a:Hoefkade 212 hs]] [[pc:2526 AH]] hij is verwezen door de {{r:huisarts}} dokter [[p:Soekhoe]] in verband met somberheid en schulden eh ongeveer achtduizend euro bij verschillende partijen eh hij wil wel naar de {{o:schuldhulpverlening}} maar durft niet alleen ik heb toegezegd dat de {{r:maatschappelijk werker}} meegaat volgende week dinsdag
~~~
voicemail [[d:ma 18-3]] 16:52
bon tardi ik ben [[p:Jeandra]] [[p:Isenia]] eh mi mama mevrouw [[p:Rosaria]] is weer niet goed ze eet niet ze wil niet naar de dokter eh ik ben op Curaçao tot [[d:zes april]] mijn zus [[p:Shurandy]] is er wel bel haar op [[t:06 22 91 40 57]] danki
~~~
terugbelverzoek dhr [[p:el amrani]] [[t:06-44120983]] ivm aanvraag huishoudelijke hulp
~~~
verslag huisbezoek fam [[p:Warsame]] [[a:Jan Blankenstraat 14 eerste]] aanwezig mevrouw [[p:Hodan]] [[p:Warsame]] haar zoon [[p:Abdirahman]] van negentien en de {{r:jongerenwerker}} [[p:Kees]] van {{o:Xtra}} eh mevrouw spreekt weinig nederlands de zoon vertaalt eh zoon heeft vorige maand zijn baan verloren en er komt nu niks binnen ik heb met hem de aanvraag bij het {{o:werkplein}} gedaan aanvraagnummer [[ds:WP 24 118 305]] en gekeken naar kwijtschelding gemeentelijke belastingen eh de koelkast was leeg ik heb een verwijzing voor de {{o:voedselbank}} gemaakt volgende afspraak [[d:woensdag 3 april]] half tien
~~~
selam [[p:marieke]] ik ben [[p:Filmon]]. ik krijg brief van {{o:DUO}} ik niet begrijp. zij zeg ik moet betalen maar ik ben nog student op {{o:ROC Mondriaan}}. kan ik foto sturen? mijn nummer is nieuw [[t:06 87 12 40 33]] oude telefoon kapot 🙏🙏
~~~
gezien. [[p:Filmon]] morgen 10u op {{o:servicepunt xl}} {{w:laak}}, neem {{o:DUO}} brief mee. gr [[p:Marieke]]
~~~
IK WIL NU WETEN WAAR MIJN MOEDER IS!!! NIEMAND BELT TERUG. ZE WOONT [[a:ZUIDERPARKLAAN 301]] EN DE DEUR IS DICHT. [[p:DE GROOT]] IS HAAR NAAM EN IK BEN HAAR ZOON [[p:MARCO]]. BEL [[t:0612339071]]
~~~
gebeld met mevrouw [[p:Kaya]] over de toeslagen eh ze kan niet inloggen want haar digid is verlopen eh ik heb met haar een nieuwe aangevraagd de brief met de code gaat naar [[a:Slicherstraat 27]] postcode [[pc:2544 n g]] eh duurt ongeveer vijf werkdagen eh haar mail is [[e:elif punt kaya apenstaartje hotmail punt com]] daar komt de bevestiging eh ik heb gezegd dat ze die niet moet weggooien
~~~
voicemail van de praktijk van dokter [[p:Mulder]] de {{r:assistente}} [[p:Sandra]] eh ze vraagt of we contact op kunnen nemen over meneer [[p:Dekker]] geboortedatum [[d:drie november negentien vijftig]] eh hij is niet op zijn afspraak verschenen en reageert niet op brieven terugbellen via de achterlijn [[t:070 360 22 18]] tussen een en twee
~~~
مرحبا hallo [[p:Rasha]] hier. morgen ik kan niet komen mijn dochter [[p:Lana]] is ziek 🤒 kan andere dag? sorry
~~~
np [[p:rasha]], nieuwe afspraak wordt [[d:maandag 25 maart]] zelfde tijd. beterschap voor [[p:lana]]!
~~~
ehm aantekening bezoek [[a:Vaillantlaan 87 b]] in de {{w:schilderswijk}} eh op dit adres staan vier mensen ingeschreven maar er wonen er volgens mij minstens negen eh aanwezig waren meneer [[p:Dimitar]] [[p:Ivanov]] en zijn vrouw [[p:Petya]] en drie kinderen de {{r:wijkagent}} [[p:Hamid]] was mee vanwege de melding overlast eh de huisbaas meneer [[p:Koster]] woont zelf in spanje en reageert niet eh nummer van de huisbaas [[t:+34 612 48 90 17]] eh meneer werkt via een uitzendbureau in het westland en weet niet hoeveel huur hij eigenlijk betaalt hij betaalt contant
~~~
boa tarde dona [[p:Ellen]] aqui [[p:Djenilson]] [[p:Lopes]]. a carta do {{o:CAK}} chegou. sorry portugees 😅 ik bedoel brief van {{o:CAK}} is gekomen. eigen bijdrage 260 euro?? te veel. mijn moeder [[p:Maria da Luz Fortes]] heeft alleen AOW
~~~
Ingevoerd onder [[ds:SWT-ESC-2024-0392]], mw [[p:Fortes]]. Bezwaar {{o:CAK}} klaar [[d:vr 29/3]]
~~~
voicemail 11:02 [[d:27 februari]]
hallo ja met [[p:Wang Li]] ik bel voor mijn schoonvader meneer [[p:Chen]] hij is vandaag weer de weg kwijt geraakt de politie heeft hem thuis gebracht op [[a:Prinsegracht 150]] eh ik werk de hele dag in de zaak kan de {{r:casemanager dementie}} mij bellen [[t:06 30 82 71 16]] of van de zaak [[t:070 364 0088]] dank u
~~~
[09:12] [[p:Roos]]: wie heeft mw [[p:Mei Ling Zhang]] in zn caseload?
[09:13] [[p:Jeroen]]: ik, hoezo
[09:13] [[p:Roos]]: haar buurvrouw belde, mw heeft sinds [[d:zaterdag 9 maart]] de deur niet open gedaan
[09:15] [[p:Jeroen]]: shit. ik ga er nu heen. [[a:Schenkkade 43-3]] toch?
[09:15] [[p:Roos]]: ja. sleutel ligt bij buurvrouw [[p:van der Meer]] op de eerste
~~~
nou mevrouw [[p:storm]] was vandaag weer eh behoorlijk in de war ze dacht dat het storm was buiten maar het was helemaal windstil eh ze woont op de [[a:Laan van Meerdervoort 1124]] derde etage zonder lift eh de {{r:bewindvoerder}} meneer [[p:Hagen]] van {{o:Horizon Bewindvoering}} zegt dat er genoeg leefgeld is maar de koelkast was leeg eh ik vraag de {{r:casemanager dementie}} om mee te kijken
~~~
Goedemiddag mevrouw dit is [[p:Mohamed]] [[p:Bouzid]] van de [[a:Jacob Catsstraat 190]]. Ik heb mijn IBAN gestuurt naar de gemeente maar die zeggen dat het fout is. Het is [[i:spaced]] op naam van mijn vrouw [[p:Naima]]. Klopt dat?
~~~
Dhr [[p:Bouzid]]: rekening moet op eigen naam, doorgegeven aan {{r:klantmanager}} [[p:Sanne]] van {{o:SZW}}.
~~~
telefoon met de {{o:SVB}} over de aow van mevrouw [[p:Girigori]] bsn [[b:dots]] eh de medewerker zegt dat er een gat in de opbouw zit omdat ze tot vierentachtig op curaçao woonde eh nee vijfentachtig zegt mevrouw zelf eh dus aanvullende inkomensvoorziening aanvragen referentie bij de {{o:svb}} is [[ds:AIO 77 41 902]] formulier wordt opgestuurd naar [[a:Gaslaan 18]] [[pc:2525 TC]]
~~~
ja hallo met [[p:Ria]] eh de buurvrouw van meneer [[p:Kok]] van twee hoog ik maak me zorgen ik heb hem sinds vorige week niet gezien en er komt een vieze lucht uit de brievenbus eh ik woon op [[a:Paul Krugerlaan 55]] de bel doet het niet u kunt mij bellen op [[t:nul zes vier drie nul nul een acht twee vijf]]
~~~
melding buurvr [[p:ria]] doorgezet naar {{r:wijkagent}} en {{o:GGD}}. [[p:kok]] leeft gelukkig 🙏 opgenomen in {{o:haga}}
~~~
walaal ik bedoel mevrouw 😂 hier is [[p:Sahra]], dochter van [[p:Amina Mohamud]]. mama heeft afspraak bij {{o:sociaal raadslieden}} vergeten. haar geboortedatum is [[d:01-01-1968]] voor formulier. nieuwe email van mij: [[e:sahra.m2001@gmail.com]]
~~~
notitie na overleg met de {{r:poh-ggz}} [[p:Esra]] over meneer [[p:Vink]] eh tweeënveertig jaar eh drinkt veel eh hij heeft op [[d:twee februari]] een poging gedaan en is nu weer thuis eh de {{r:poh}} vraagt of het team hem kan bezoeken in het kader van bemoeizorg hij woont op het [[a:Teniersplein 6 a]] tel [[t:06 28 04 57 91]] hij neemt alleen op als je hem eerst appt
~~~
buna ziua. ik ben [[p:Ionuț Popescu]]. mijn baas heeft mij ontslagen en nu ik moet uit huis van uitzendbureau ik woon [[a:Calandstraat 6]] kamer 4 tot [[d:1 april]]. waar moet ik naar toe? mijn tel [[t:+40 741 502 338]] en nederlandse [[t:06 81 44 20 19]]
~~~
doorverwezen naar {{o:Stichting Barka}} + {{o:Leger des Heils}}; [[p:Ionuț]] komt [[d:di 26-3]] op spreekuur
~~~
hb mevrouw [[p:koning]] voornaam [[p:roos]] eh mevrouw is eenentachtig en woont zelfstandig op de [[a:Nieuwe Parklaan 21 c]] in {{w:scheveningen}} eh haar tuin staat vol met rozen en ze wil daar echt niet weg maar de trap naar boven is een probleem ze slaapt nu op de bank eh traplift besproken met de {{r:wmo-adviseur}} [[p:Pieter]] eh zoon [[p:Hans Koning]] is mantelzorger tel [[t:06 53 91 27 06]] hij vindt dat ze naar een verpleeghuis moet mevrouw wil dat absoluut niet eh spanning tussen die twee
~~~
hello good afternoon this is [[p:Precious Owusu]] i am calling about my aunty [[p:Akosua Boateng]] she is in the hospital since [[d:tuesday the 12th of march]] and she lives at [[a:Escamplaan 433]] alone there is nobody to feed the cat eh please call me back on [[t:+44 7700 912 384]] i am in london thank you bye
~~~
kat van mw [[p:boateng]] opgevangen door {{o:dierenambulance}}, [[p:precious]] geïnformeerd via whatsapp ✔
~~~
dzien dobry pani [[p:Joanna]] 🙂 ik stuur rekening voor de huurtoeslag: [[i:lower]] naam [[p:Piotr Wiśniewski]]. mijn bsn [[b:plain]]. dank u wel 👍
~~~
dictaat [[d:8 april]] telefoon met {{o:staedion}} meneer [[p:de Jong]] van incasso over mevrouw [[p:Fransisca Martina]] [[a:Harstenhoekweg 140 hs]] eh huurachterstand is inmiddels vierduizend tweehonderd euro en er is al een vonnis eh de ontruiming staat gepland op [[d:vierentwintig april]] eh {{o:staedion}} wil wel meewerken aan een regeling als er een {{r:bewindvoerder}} komt dossier bij hun is [[ds:HA-118-0042-7]] eh ik bel nu mevrouw zelf
~~~
hallo ik sta voor de deur van {{o:De Mussen}} maar is dicht?? afspraak was toch 10 uur? gr [[p:Aziz]]
~~~
sorry [[p:aziz]]!! verkeerde locatie doorgegeven, ik kom je halen ben er in 5 min 🏃‍♀️
~~~
goedemiddag u spreekt met [[p:Ingrid Smit]] van het {{o:CJIB}} ik bel in verband met meneer [[p:Yusuf Demir]] u had namens hem om uitstel gevraagd eh het gaat om beschikkingsnummer [[ds:negen zeven nul nul eh twee acht acht twee vier een vijf]] eh uitstel is verleend tot [[d:een mei]] als u vragen heeft kunt u het algemene nummer bellen fijne dag
~~~
hallo ik [[p:Haben]]. mijn zoon [[p:Mehari]] krijg brief van school hij moet naar {{o:CJG}} maar ik weet niet waarom. hij is goed jongen. ik ben bang jeugdzorg pakt hem. kunt u mee gaan? afspraak is [[d:17 april]] om 14:00
~~~
ok [[p:haben]] ik ga mee, ik bel eerst even met {{o:cjg}}. geen zorgen, jeugdzorg pakt niemand af 🙂
~~~
eh aanvulling op het verslag van gisteren eh meneer [[p:van Dam]] [[p:Willem]] heeft toch wel een vaste {{r:huisarts}} dat is dokter [[p:Baas]] in {{w:Waldeck}} eh hij was daar alleen al twee jaar niet geweest eh de baas van zijn dagbesteding zegt dat hij [[d:maandag 11 maart]] voor het laatst is geweest eh ik heb met [[p:Willem]] afgesproken dat hij zelf belt en anders bel ik [[d:vrijdag de vijftiende]] nee [[d:donderdag de veertiende]] hmm ik zet het in de agenda
~~~
spraakmemo 1 van 2 ik sta nu buiten bij [[a:Zichtenburglaan 244]] eh postcode [[pc:2544 EH]] hier woont meneer [[p:Farid Sediqi]] eh samen met zijn broer [[p:Zabihullah]] eh ze zijn vorig jaar gekoppeld via {{o:Vluchtelingenwerk}} in {{w:moerwijk}} eh en nu loopt het vast met de energierekening de voorschotten zijn veel te laag gezet eh er ligt een eindafrekening van tweeduizend negenhonderd euro eh klantnummer bij vattenfall [[ds:4 001 283 776]] ik ga zo naar binnen
~~~
spraakmemo 2 van 2 eh nou gesprek gehad met [[p:Farid]] broer was er niet eh de eindafrekening klopt gewoon helaas eh ik heb een betalingsregeling aangevraagd en doorverwezen naar {{o:schuldhulpverlening}} voor een intake eh [[p:Farid]] zijn telefoon is [[t:zes een vier vier acht nul 27 53]] nee wacht [[t:06 14 48 02 75]] dat is hem eh volgende keer met {{r:tolk}} dari
~~~
[[d:wo 20 maart]] belletje van [[p:Goedhart]] van de {{o:Kredietbank}} eh mevrouw [[p:Blom]] [[p:Sterre]] is aangemeld voor schuldregeling maar ze moet nog bankafschriften van de afgelopen drie maanden sturen eh van [[i:spoken]] en het spaarrekeningnummer eh {{o:kredietbank}} nummer [[ds:KBH 2024 0871]] deadline [[d:vijf april]]
~~~
Hoi [[p:Sterre]], de {{o:Kredietbank}} mist nog je afschriften. Lukt het om ze voor [[d:5/4]] te sturen? Anders help ik je donderdag. Groetjes [[p:Nina]] ({{r:maatschappelijk werker}}) [[t:06 40 91 22 85]]
~~~
oke [[p:nina]] ik doe morgen. ik heb maar 1 rekening hoor [[i:plain]] die andere is van mijn ex 🙄
~~~
voicemail ja hoi met [[p:Lucas]] van de {{o:thuiszorg}} eh ik stond net bij mevrouw [[p:Brouwer]] op de [[a:Weimarstraat 12 eerste etage]] en ze deed niet open terwijl we een afspraak hadden voor de insuline eh haar zoon neemt niet op eh kunnen jullie iets ik ben te bereiken op [[t:06 15 90 73 28]] tot vier uur
~~~
mw [[p:brouwer]] lag op de grond, ambulance geweest, ligt nu in {{o:haga}}. zoon [[p:Erik]] ingelicht. [[p:Lucas]] bedankt voor de melding!!
~~~
IK HEB AL 3 KEER GEBELD. MIJN UITKERING IS GESTOPT EN NIEMAND ZEGT WAAROM. [[p:Bakker]] [[p:Johan]] [[d:23-7-1969]] [[ds:SZW-4471902]]. ik heb kinderen die moeten eten
~~~
Dhr [[p:Bakker]] gebeld. Uitkering stopgezet ivm niet ingeleverde inkomstenopgave. Samen ingevuld, gaat vandaag nog naar {{o:Werk en Inkomen}}. Nabetaling verwacht rond [[d:10 mei]].
~~~
telefonisch contact met mevrouw [[p:Sarmo]] nee [[p:Sarmoe]] ik spel het [[p:S A R M O E]] eh [[p:Kiran Sarmoe]] eh ze is mantelzorger voor haar moeder die bij haar inwoont op de [[a:Goudsbloemlaan 88]] in {{w:bouwlust}} eh moeder heeft dementie en is 's nachts onrustig mevrouw zelf is overbelast en is sinds half februari ziekgemeld bij haar werk eh ik heb respijtzorg besproken en dagbesteding eh emailadres voor de folder [[e:kiran.sarmoe@outlook.com]]
~~~
salam aleykum mevrouw [[p:Hanna]]. hier [[p:Fatima Zahra El Idrissi]]. sorry ik stuur laat. mijn man [[p:Rachid]] heeft gisteren op werk ongeluk, hij in {{o:Haga}} ziekenhuis, niet erg maar arm gebroken. afspraak morgen kan niet sorry 🙏
~~~
telefoontje van [[p:Tomasz]] tolkenbureau eh nee van de {{o:tolkentelefoon}} eh ze hebben geen poolse {{r:tolk}} voor [[d:dinsdag 16 april]] om negen uur wel om elf dus ik heb de afspraak met mevrouw [[p:Kamińska]] verzet eh haar nummer [[t:06 24 77 01 39]] nog even sms sturen
~~~
Mw [[p:Kamińska]], afspraak verzet naar [[d:di 16/4]] 11:00 uur, met {{r:tolk}}. Adres blijft {{o:Servicepunt XL}} {{w:Transvaal}}. Gr. [[p:Wendy]]
~~~
dobrze 👌 dziękuję pani [[p:wendy]]
~~~
dictaat bezoek aan [[a:Lijsterbesstraat 3 bis]] meneer [[p:de Bruin]] zesenvijftig jaar eh woont hier sinds eh [[d:1 oktober 2019]] eh hij heeft een {{r:thuisbegeleider}} via {{o:Middin}} maar die komt maar een uur per week eh meneer heeft een lichte verstandelijke beperking en is de afgelopen maanden vier keer opgelicht via whatsapp eh iemand heeft met zijn pas geld opgenomen eh aangifte gedaan bij de politie registratienummer [[ds:2024071233]] eh zijn bankrekening [[i:spaced]] is geblokkeerd
~~~
[[p:ab]] kun je mw [[p:Hoek]] vandaag bellen? ik zit de hele dag in overleg
~~~
jaa doe ik 👍 [[p:hoek]] of [[p:van der hoek]]?? er zijn er twee
~~~
[[p:van der hoek]], [[a:Loosduinsekade 302]]
~~~
memo voor mezelf eh bellen met de {{o:woningcorporatie}} over urgentie voor mevrouw [[p:Yildiz]] ze woont nu in met haar twee kinderen bij haar zus [[p:Emine]] op [[a:Hoefkade 540 2e]] [[pc:2526 BR]] eh ze is weg bij haar man na geweld eh {{o:Veilig Thuis}} is betrokken zaaknummer [[ds:VT24-08816]] de {{r:casusregisseur}} is [[p:Leyla]] eh niet de man bellen en niks naar het oude adres sturen
~~~
bonjour madame [[p:Anouk]] c'est [[p:Aïcha]] la voisine de monsieur [[p:Mamadou Diallo]] sorry ik schrijf nederlands slecht. hij is ziek sinds zaterdag en eet niet. zijn huis [[a:Boekhorststraat 57]] is heel vies. zijn telefoon werkt niet, mijn nummer [[t:06 41 20 88 53]] merci
~~~
ja verslag aanmeldgesprek eh [[d:donderdag 4 april]] op het {{o:servicepunt xl}} in {{w:escamp}} eh aanwezig meneer [[p:Tekle]] [[p:Ghebrehiwet]] eh voornaam [[p:Mussie]] met twee s eh geboren [[d:1 januari 1994]] dat staat op zijn verblijfsdocument maar hij zegt zelf dat hij niet precies weet wanneer hij jarig is eh bsn [[b:digits]] adres [[a:Loevesteinlaan 171]] [[pc:2533 TC]] eh hij woont daar met twee andere eritrese jongens eh hij krijgt een bijstandsuitkering maar heeft een brief gekregen over een terugvordering van ongeveer elfhonderd euro omdat hij vorig jaar een paar maanden werk had via het {{o:UWV}} eh dat heeft hij niet doorgegeven omdat hij dacht dat dat automatisch ging eh ik heb uitgelegd hoe dat werkt eh bezwaartermijn loopt tot [[d:achttien april]] telefoon [[t:06 19 83 02 44]] eh communicatie liefst via whatsapp en met spraakberichten want lezen is lastig
~~~
hoi mevrouw hier is [[p:Mussie]]. ik heb papier gevonden van werk. ik stuur foto. de man van {{o:UWV}} heet [[p:de Vries]]. mijn email is [[e:mussie.tekle94@gmail.com]] als u daar wil sturen. dank u veel 🙏🏾
~~~
Dank je [[p:Mussie]]! Ik maak het bezwaar en stuur het naar je mail. Kom je [[d:di 16 april]] tekenen? 14u op {{o:servicepunt}}. Groet, [[p:Merel]] {{r:maatschappelijk werker}} {{o:Xtra}} | [[e:m.hoogland@xtra.nl]] | [[t:06-51204497]]
~~~
voicemail 17:44
goedemiddag met mevrouw [[p:Meijer]] [[p:Annie]] ik ben de moeder van [[p:Dennis]] [[p:Meijer]] eh die woont op de [[a:Weteringkade 14 hs]] eh ik ben zo ongerust hij neemt al dagen de telefoon niet op en hij is weer aan het gebruiken denk ik eh zijn begeleider van het {{o:Leger des Heils}} zegt dat hij niks kan zonder toestemming eh ik ben vierenzeventig ik kan niet steeds naar Den Haag komen ik woon in Gouda eh mijn nummer is [[t:0182 51 44 73]] of mijn mobiel [[t:06 11 02 39 48]] alstublieft bel me terug
~~~
mw [[p:meijer]] (moeder) teruggebeld, uitgelegd wat we wel/niet mogen delen. met [[p:dennis]] zelf contact gezocht via {{r:ambulant begeleider}} [[p:Yusuf]] ({{o:LdH}}). volgt.
~~~
ehh spraaknotitie terugreis eh familie [[p:Ramkisoen]] op de [[a:Soestdijksekade 1012]] eh vader [[p:Vikash]] moeder [[p:Sita]] en oma [[p:Parbati]] die bij hun inwoont en bedlegerig is eh de wijkverpleging komt twee keer per dag maar moeder doet eigenlijk alles eh ze heeft zelf hoge bloeddruk en slaapt slecht eh oma heeft een indicatie wlz aangevraagd maar dat loopt al sinds eh [[d:15 januari]] eh casenummer bij het {{o:CIZ}} [[ds:CIZ-2024-3318826]] ik ga uitzoeken waar dat blijft eh vader werkt bij de {{o:HTM}} in ploegendienst eh email van vader voor terugkoppeling [[e:v.ramkisoen@ziggo.nl]] en zijn mobiel [[t:06 38 92 71 50]]
~~~
goedemorgen mevrouw [[p:Hoogland]] het is [[p:Sita]]. {{o:ciz}} heeft gebeld!! ze komen [[d:woensdag 10 april]] om 10 uur voor oma. kunt u erbij zijn? 🙏
~~~
hee [[p:sita]] wat fijn!! ik ben er 9.45 bij jullie 👍
~~~
bericht van de kleindochter eh [[p:Sara]] [[p:Mulder]] eh over opa [[p:Gerrit]] [[p:Mulder]] die vorige week uit het {{o:Bronovo}} is ontslagen eh hij had een nieuwe heup eh en er is geen thuiszorg geregeld omdat de {{r:transferverpleegkundige}} dacht dat oma nog leefde eh maar oma is vorig jaar overleden eh opa woont alleen op de [[a:Van Alkemadelaan 350 A]] [[pc:2597 AT]] in {{w:Mariahoeve}} eh kleindochter belt vanuit Groningen [[t:06 48 29 10 36]] eh ik heb de {{r:wijkverpleegkundige}} gevraagd vandaag nog te gaan
~~~
goedenavond. u spreekt met [[p:Ahmed Al-Hassan]] ik heb uw kaartje gekregen van de buurvrouw. ik woon [[a:Hobbemaplein 97]]. ik heb probleem met huisbaas hij wil mijn borg niet terug geven 1800 euro. ik ga verhuizen [[d:1 mei]] naar Rijswijk. wat kan ik doen? mijn rekening [[i:plain]]
~~~
gebeld met het {{o:Juridisch Loket}} voor dhr [[p:Al-Hassan]], afspraak [[d:ma 22/4]]. klantnr daar [[ds:JL0092284]]. borg+contract meenemen.
~~~
spraakbericht [[p:Blessing]] [[d:4 april]]
hello auntie [[p:Marloes]] eh sorry mevrouw eh this is [[p:Blessing]] eh i wanted to tell you that the lady from the housing she came today eh she said we can move in [[d:first of may]] eh to the house at [[a:Mient 218]] eh postcode is [[pc:2564 KR]] eh i am so happy eh thank you for everything eh god bless you
~~~
top nieuws [[p:blessing]] 🎉 ik geef het adres door aan {{o:Toeslagen}} en de gemeente. wil je je nieuwe huurcontract even fotograferen?
~~~
dictaat huisbezoek eh mevrouw [[p:Zwart]] [[p:Lieke]] tweeëndertig jaar eh twee kinderen van vier en zeven eh woont op [[a:Mandelaplein 9]] nee [[a:Mandelaplein 19]] sorry dat moet negentien zijn eh in {{w:transvaal}} eh mevrouw heeft grote schulden ongeveer zesentwintigduizend euro en is bang voor de {{r:deurwaarder}} eh ze opent geen post meer eh ik heb samen met haar de stapel gesorteerd eh er zat een brief van {{r:deurwaarder}} {{o:Flanderijn}} met dossiernummer [[ds:FL 8830 2291]] eh en een aanmaning van de {{o:belastingdienst}} eh het kindgebonden budget staat op haar rekening [[i:spoken]] eh ik heb haar aangemeld bij {{o:schuldhulp}} het duurt wel zes weken
~~~
Hoi mevrouw ik ben [[p:lieke]], ik krijg net weer een brief van {{o:flanderijn}}, ze zeggen ze komen [[d:23 april]] beslag leggen op mijn spullen 😰😰 wat moet ik doen. ik kan niet slapen
~~~
[[p:Lieke]] niet schrikken, ik bel {{o:Flanderijn}} morgenvroeg. Er komt niemand zomaar je spullen halen. Ik stuur je om 10 uur een appje. [[p:Iris]]
~~~
telefoon {{o:Flanderijn}} mevrouw [[p:Kwak]] eh dossier [[ds:FL 8830 2291]] eh beslag opgeschort tot [[d:een juni]] omdat we een aanmelding schuldhulp kunnen laten zien eh bevestiging komt per mail naar [[e:i.kraaij@wijkteam-escamp.nl]]
~~~
voicemail ehm ja goedendag met [[p:Ursula]] [[p:Winter]] van de {{o:bibliotheek}} in {{w:Moerwijk}} eh wij hebben een meneer die hier elke dag komt zitten meneer [[p:Zomer]] [[p:Jan]] nou grappig hè [[p:winter]] en [[p:zomer]] haha eh hij slaapt volgens mij buiten want hij ruikt en hij heeft het koud eh hij wil wel hulp maar weet niet waar eh hij zei dat hij ingeschreven staat op [[a:Erasmusweg 1460]] maar daar woont hij niet meer eh u kunt mij bellen op het nummer van de bieb [[t:070 353 66 00]] vragen naar [[p:Ursula]]
~~~
terugbellen [[p:ursula]] bieb {{w:moerwijk}} ivm dhr [[p:zomer]]. {{r:straatwerker}} [[p:Gijs]] gaat morgen kijken
~~~
dictaat intake eh [[d:maandag 8 april]] telefonisch want mevrouw durft de deur niet uit eh mevrouw [[p:Nowak]] voornaam [[p:Kasia]] eh [[p:Katarzyna]] officieel dus [[p:Katarzyna Nowak]] geboren [[d:12-08-1985]] eh bsn [[b:spaces]] eh woont op [[a:Abeelstraat 71 3hg]] [[pc:2562 PL]] in {{w:Segbroek}} eh ze werkt niet meer sinds de burn-out en de ziektewet stopt eind deze maand eh het {{o:UWV}} heeft haar gekeurd maar ze heeft de uitslag niet begrepen eh ik heb gevraagd of ik met het {{o:UWV}} mag bellen dat mag eh mondelinge toestemming en ze stuurt de getekende toestemmingsverklaring terug via mail [[e:kasia.nowak85@wp.pl]] eh telefoon [[t:06 27 40 18 93]] ze wil gebeld worden na twaalf uur want ze slaapt slecht eh volgende stap huisbezoek met de {{r:POH-GGZ}} erbij
~~~
[[d:9-4-2024]] 12:31 - [[p:Kasia]]: dzień dobry pani [[p:Annelies]] 🙂 ik heb formulier getekend en gestuurd naar mail. sorry mijn nederlands is niet zo goed. ik ben heel moe
[[d:9-4-2024]] 12:48 - [[p:Annelies]]: Dag [[p:Kasia]], je Nederlands is prima! Ik heb het formulier. Ik bel vandaag het {{o:UWV}} en laat het je weten. Rust maar goed uit.
[[d:9-4-2024]] 16:02 - [[p:Annelies]]: Gebeld. Je krijgt een WIA-uitkering vanaf [[d:1 mei]]. De brief komt deze week. Je hoeft niks te doen. 👍
[[d:9-4-2024]] 16:05 - [[p:Kasia]]: 😭😭😭 dziękuję!!!
~~~
opname telefoongesprek met de {{r:bewindvoerder}} eh mevrouw [[p:Prins]] van {{o:Budget en Bewind}} over meneer [[p:Aydın]] eh [[p:Mehmet Aydın]] eh ze zegt dat ze al drie maanden geen leefgeld meer kan overmaken omdat zijn rekening [[i:lowspaced]] geblokkeerd is eh door beslag van de {{o:belastingdienst}} eh dat is fout want er mag niet onder de beslagvrije voet worden beslagen eh zij gaat bezwaar maken eh haar dossiernummer voor hem is [[ds:BB/2019/0447]] eh mail voor de stukken [[e:s.prins@budgetenbewind.nl]] eh ondertussen heeft meneer niks te eten ik regel een noodpakket bij de {{o:voedselbank}} en een voorschot via de {{o:bijzondere bijstand}}
~~~
ABLA BAK sorry mevrouw, ik ben [[p:Mehmet]]. de bank kaart werkt NIET. ik heb geen eten 3 dagen. mijn vrouw [[p:Ayşe]] is in turkije bij haar moeder. wanneer komt geld??? ik woon [[a:Vermeerstraat 62]] u weet
~~~
[[p:Mehmet]] ik kom om 15u met een pakket van de {{o:voedselbank}}. Geld komt volgende week, ik bel je morgen met nieuws. Sterkte!
~~~
eh verslag eh telefonisch consult met de {{r:huisarts}} dokter [[p:Visser]] eh over mevrouw [[p:Hoop]] [[p:Kalloe]] negenenveertig jaar eh voornaam [[p:hoop]] ja echt zo heet ze eh de {{r:huisarts}} heeft haar verwezen voor psychologische hulp maar mevrouw gaat niet eh de {{r:huisarts}} hoopt dat wij haar kunnen motiveren eh mevrouw woont met haar dochter [[p:Gift]] die is zeventien op de [[a:Dedemsvaartweg 406]] in {{w:Wateringseveld}} eh [[p:hoop]] heeft zelf gevraagd om hulp bij de administratie dus daar beginnen we mee eh telefoonnummer van [[p:hoop]] [[t:06 43 12 88 07]] eh en van [[p:gift]] voor als mama niet opneemt [[t:06 18 71 33 52]] eh maar eerst toestemming vragen
~~~
dictaat correctie eh in het vorige verslag stond voor mevrouw [[p:Kalloe]] het adres [[a:Dedemsvaartweg 406]] maar het moet [[a:Dedemsvaartweg 460]] zijn eh cijfers omgedraaid eh graag aanpassen in het systeem
~~~
Goedemiddag [[p:hoop]], ik hoop dat het goed met je gaat! Ik kom [[d:vrijdag 19 april]] om 13.00 voor de papieren. Zet je alle brieven in 1 tas? Groet [[p:Dewi]], {{o:Wijkteam Escamp}}
~~~
ja hoor [[p:dewi]] kom maar. [[p:gift]] is er ook ✨
~~~
spraakopname na huisbezoek [[d:dinsdag twee april]] eh adres [[a:Hengelolaan vijfhonderdzesentachtig]] eh in {{w:Bouwlust}} eh meneer [[p:Kuipers]] eh [[p:Theo]] eh woont hier al veertig jaar eh sinds het overlijden van zijn vrouw eh ehm [[p:Joke]] heette ze eh komt hij de deur niet uit eh de kinderen wonen in het buitenland eh zoon [[p:Mark]] in australië eh email van de zoon [[e:mark.kuipers@bigpond.com]] eh meneer heeft geen internet eh hij belt liever met de vaste lijn [[t:070 329 41 06]] eh hij vindt het fijn als er iemand langs komt eh ik heb hem aangemeld bij de {{o:Humanitas}} voor een maatje en bij de {{r:ouderenconsulent}} voor een gesprek over de toekomst eh verder geen acute zorgen
~~~
voicemail 10:37 [[d:16/4]]
goeiemorgen met [[p:Nadia]] van {{o:Haag Wonen}} team leefbaarheid eh ik bel over de huurder op [[a:Hoefkade 833-A]] eh meneer [[p:Lahouari]] eh we hebben meerdere klachten van de buren over geluid en eh vervuiling in de gemeenschappelijke ruimte eh we willen graag een gezamenlijk huisbezoek met iemand van het wijkteam eh huurdersnummer [[ds:0184-22719]] eh u kunt mij bereiken op [[t:088 0102 433]] of mailen naar [[e:n.elkaddouri@haagwonen.nl]] alvast bedankt
~~~
bonjour ik bedoel goedemiddag 😅 ik ben [[p:Youssef Lahouari]]. {{o:haag wonen}} zegt ik maak lawaai maar ik ben niet thuis 's nachts, ik werk bij schiphol schoonmaak. het is de buurman boven. ik wil niet eruit gezet worden 😡 bel me [[t:+31 6 4419 2077]]
~~~
gezamenlijk hb met [[p:Nadia]] ({{o:Haag Wonen}}) gepland [[d:wo 24-4]] 17u zodat dhr [[p:Lahouari]] thuis is. bovenbuurman ook meenemen
~~~
eh notitie telefoon met mevrouw [[p:de Bruijn]] van het {{o:Wmo-loket}} eh over de aanvraag voor een scootmobiel voor meneer [[p:Lodewijk Schouten]] eh die is afgewezen omdat meneer volgens hen nog met de {{o:HTM}} kan maar hij kan niet eens tot de halte lopen eh zaaknummer Wmo [[ds:WMO-2024-018832]] eh bezwaar moet binnen zes weken dus voor [[d:twintig mei]] eh ik heb de {{r:ergotherapeut}} gevraagd om een verklaring eh meneer woont [[a:Laan van Eik en Duinen 88]] [[pc:2564 GT]] eh zijn dochter [[p:Marianne]] regelt de post eh haar mail [[e:marianne.schouten@kpnmail.nl]]
~~~
goedemiddag mevrouw [[p:Roos]], hier de gegevens van mijn moeder voor de aanvraag bijzondere bijstand:
naam: [[p:Fadumo Hirsi Abdi]]
geb: [[d:03/07/1959]]
bsn: [[b:plain]]
adres: [[a:Leyweg 1017]], [[pc:2545GG]]
rekening: [[i:plain]]
mijn nummer als u vragen heeft [[t:0687554210]]. groet [[p:Ayaan]] (dochter)
~~~
thx [[p:Ayaan]], ontvangen. ik dien het vandaag in en laat het weten zodra er een beschikking is 👍
~~~
eh dictaat telefoon met de {{o:Sociale Verzekeringsbank}} eh afdeling AOW eh over meneer [[p:Gomes]] [[p:Tavares]] eh [[p:Manuel]] eh bsn [[b:half]] eh hij heeft een deel van zijn leven in kaapverdië gewerkt en zijn aow is maar zestig procent eh de {{o:svb}} heeft een formulier gestuurd naar het verkeerde adres namelijk [[a:Jacob Catsstraat 12-hs]] maar hij woont al twee jaar op [[a:Van Ravesteynstraat 38]] [[pc:2526 VV]] eh adreswijziging was wel doorgegeven bij de gemeente eh medewerker [[p:Ruud]] zet het goed en stuurt het formulier opnieuw eh kenmerk [[ds:AOW/55-12093-A]]
~~~
hoi hoi. dit is [[p:mei]] van de {{o:wasserette}} op de [[a:Vaillantlaan 220]]. mevrouw [[p:Lin]] die altijd bij ons komt is erg mager geworden en ze zegt dat ze geen geld heeft voor eten. ik heb haar uw kaartje gegeven maar ze belt niet. haar nummer heb ik ook [[t:06 26 98 41 10]]. ze woont boven de chinese winkel [[a:Vaillantlaan 218 a]]. groetjes [[p:mei]]
~~~
spraakbericht van [[p:Gershom]] [[p:Asante]] eh die woont op [[a:Beresteinlaan 420 B]] in {{w:Morgenstond}} eh hij vraagt of ik eh zijn formulier voor de kwijtschelding kan invullen eh hij heeft de gegevens gestuurd eh bsn [[b:dots]] rekening [[i:spaced]] eh hij werkt als schoonmaker maar maar twintig uur eh zijn vrouw [[p:Adwoa]] werkt niet eh drie kinderen eh dat wordt waarschijnlijk volledige kwijtschelding eh ik doe het morgen
~~~
IK BEN [[p:ERDOĞAN]] VAN [[a:HOEFKADE 155]]!!! ER IS WEER WATER DOOR DE PLAFOND. {{o:HAAG WONEN}} DOET NIKS. MIJN KIND HEEFT ASTMA VAN DE SCHIMMEL. IK HEB FOTO. BEL MIJ [[t:06-44771829]] 
~~~
dhr [[p:Erdoğan]] zn kind heeft astma + schimmel. foto's doorgestuurd naar {{o:Haag Wonen}} ([[p:Nadia]]) met spoed. reparatieverzoek [[ds:RV-774301]]
~~~
dictaat eh eerste kennismaking eh met eh mevrouw [[p:Boujdid]] [[p:Souad]] op het {{o:wijkcentrum}} {{w:Spoorwijk}} eh op verzoek van de {{r:schuldhulpverlener}} [[p:Bas]] eh mevrouw heeft een eigen bedrijfje gehad in henna en kapsalon aan huis eh en heeft nu een aanslag van de {{o:belastingdienst}} die ze niet kan betalen eh mevrouw is gescheiden eh ex-partner [[p:Karim]] betaalt geen alimentatie eh de {{o:LBIO}} is ingeschakeld met dossiernummer [[ds:L2023/18802]] eh mevrouw woont met drie kinderen op de [[a:Rijswijkseweg 71 2e etage]] [[pc:2516 EM]] eh mail [[e:souad.boujdid@hotmail.nl]] eh volgende afspraak [[d:maandag 29 april]] met de {{r:budgetcoach}}
~~~
hallo mevrouw. ik ben vader van [[p:Semira]], [[p:Tesfamariam]] [[p:Weldu]]. de gemeente wil geld terug van kinderopvang toeslag 😢 ik niet begrijp. ik heb rekening nummer [[i:lower]] waar ze geld moet storten maar nu ze pak geld. mijn bsn [[b:plain]] kan u kijken?
~~~
ok dhr [[p:Weldu]], kindgebonden budget en kinderopvangtoeslag worden verrekend. ik kom [[d:do 2 mei]] 10u en bel dan samen met {{o:Toeslagen}}. neem de brieven mee alstublieft
~~~
voicemail binnengekomen om 13:20
ja goedemiddag met [[p:Marco]] [[p:Kooij]] ik ben de {{r:wijkagent}} in {{w:Duindorp}} eh ik heb hier een mevrouw [[p:Dekker]] [[p:Trudy]] eh geboren [[d:zeven september achtenveertig]] eh die heeft vannacht drie keer 112 gebeld omdat er volgens haar mensen in haar huis waren eh er was niks aan de hand eh ze woont alleen op de [[a:Tesselsestraat 44]] eh ik denk dat er sprake is van eh beginnende dementie eh kunnen jullie contact opnemen mijn dienstnummer is [[t:06 1200 47 83]] eh registratienummer van de melding [[ds:2024119873]]
~~~
dictaat [[d:25 april]] hb mw [[p:Dekker]] [[a:Tesselsestraat 44]] samen met {{r:casemanager dementie}} [[p:Loes]] eh mevrouw herkende ons niet maar liet ons wel binnen eh de koelkast vol bedorven eten eh pillen niet ingenomen eh nicht [[p:Trees]] [[p:Verbeek]] komt een keer per maand eh tel nicht [[t:06 30 41 77 20]] eh we gaan een indicatie aanvragen en de {{r:huisarts}} inschakelen eh bsn van mevrouw voor de aanvraag [[b:dash]]
~~~
Dag mevrouw [[p:Verbeek]], ik ben [[p:Loes]], {{r:casemanager dementie}} bij {{o:Florence}}. Ik was vandaag bij uw tante [[p:Trudy Dekker]]. Kunnen we [[d:woensdag 1 mei]] bellen? Mijn nummer is [[t:06-41882957]], mail [[e:l.baas@florence.nl]]. Hartelijke groet, [[p:Loes Baas]]
~~~
[[d:1 mei]] is dag van de arbeid hoor maar ik ben vrij dus prima 😊 groetjes [[p:Trees]]
~~~
hallo, met [[p:Arjen]], ik ben vrijwilliger van het {{o:Taalhuis}}. ik geef les aan [[p:Tsega]] en [[p:Yordanos]] uit eritrea, ze wonen op [[a:Paets van Troostwijkstraat 190]] [[pc:2522 DX]]. ze hebben een brief van {{o:Eneco}} met een schuld van 640 euro, klantnummer [[ds:1200 9988 41]]. kan het wijkteam helpen? ik ben bereikbaar op [[e:arjen.bos@xs4all.nl]]
~~~
gebeld met [[p:Arjen]] (vrijwilliger {{o:Taalhuis}}). [[p:Tsega]] en [[p:Yordanos]] komen [[d:di 7/5]] naar spreekuur {{o:Servicepunt XL}} {{w:Schilderswijk}}. [[p:Arjen]] komt mee als steun
~~~
spraakmemo ehm ik ben net weg bij de familie [[p:Hassani]] op het [[a:Lorentzplein 14 zwart]] ehm nee niet zwart dat is de deur eh [[a:Lorentzplein 14]] eh moeder [[p:Malika]] vader [[p:Abdelkader]] eh en de oudste zoon [[p:Bilal]] die is eenentwintig en zit al maanden thuis eh geen school geen werk eh hij gamet de hele nacht eh moeder is wanhopig eh vader zegt dat er niks aan de hand is eh ik heb [[p:Bilal]] zijn nummer gekregen [[t:06 47 21 90 36]] eh ik ga hem appen met de {{r:jongerenwerker}} erbij eh en moeder wil met de {{r:maatschappelijk werker}} praten over de spanningen thuis
~~~
yo ik ben [[p:bilal]]. mn moeder zei dat jij me zou appen. ik heb geen hulp nodig ok. maar als je een baan weet dan hoor ik het wel 🤷‍♂️
~~~
haha deal [[p:bilal]]. ik ken iemand bij {{o:Werkgeversservicepunt}}. koffie [[d:vrijdag 10 mei]] bij {{o:De Mussen}}? 15u
~~~
goedenavond mevrouw [[p:Hanna]] it is [[p:Faith]] [[p:Okafor]], sorry for late message. my husband [[p:Emeka]] got letter from {{o:IND}} about his permit, V-number [[ds:V 3012 88 917]]. he must go [[d:15 may]] to Rijswijk. can someone come with him? he is afraid. our address [[a:Zuiderparklaan 152-II]], [[pc:2574 HL]] 🙏🏾
~~~
dictaat eh [[d:dertig april]] eh telefoon met [[p:Frank]] van {{o:Vluchtelingenwerk}} eh die gaat mee met meneer [[p:Okafor]] naar de {{o:IND}} eh dus dat is geregeld eh [[p:Frank]] zijn nummer [[t:06 34 08 77 21]] mail [[e:f.dewit@vluchtelingenwerk.nl]] eh ik heb mevrouw [[p:Faith]] een berichtje gestuurd
~~~
hee ik heb gevraagd aan de receptie maar die zeggen dat mijn moeder [[p:Petronella de Haas]] nergens ingeschreven staat bij jullie? zij woont [[a:Heliotroopstraat 19]] [[pc:2555 LK]], geb [[d:14-2-1941]]. de {{r:huisarts}} zei dat jullie gingen komen. groet [[p:Karin]] [[p:de Haas]] [[t:06 5511 2938]]
~~~
excuses mw [[p:de Haas]], aanmelding lag bij team {{w:Loosduinen}} ipv {{w:Kijkduin}}. doorgezet, {{r:ouderenconsulent}} [[p:Ilse]] belt u [[d:ma 13 mei]]
~~~
eh dictaat bezoek [[d:vrijdag 3 mei]] eh mevrouw [[p:Krzysztofik]] [[p:Anna]] eh dat is met een z y eh [[p:k r z y s z t o f i k]] eh woont in een kamer bij een particuliere verhuurder eh op [[a:Stationsweg 96 C]] [[pc:2515 BR]] eh zonder huurcontract en zonder inschrijving eh dus ook geen zorgverzekering eh ze heeft suikerziekte en haar insuline is bijna op eh ik heb de {{r:huisarts}} van de {{o:Haagse Gezondheidscentra}} gebeld voor een noodafspraak eh en de {{o:GGD}} voor de onverzekerdenregeling eh haar poolse nummer is [[t:+48 512 440 918]] haar nederlandse sim werkt niet meer
~~~
Dzień dobry [[p:Anna]], afspraak dokter morgen [[d:4 mei]] 9:15. Adres: {{o:Haagse Gezondheidscentra}} op de Wolmaransstraat, naast de apotheek. Ik haal je om 8:45 op. [[p:Joost]]
~~~
ehm nieuwe melding via de mail van {{o:Stichting MOOI}} eh [[p:Rachelle]] {{r:opbouwwerker}} eh ze schrijft dat meneer [[p:Jansen]] [[p:Kees]] van [[a:Cromvlietkade 3 bis]] een hoarder is eh het huis staat tot aan het plafond vol eh buren klagen over ongedierte eh meneer is wel heel vriendelijk en wil wel iemand binnenlaten eh [[p:Rachelle]] haar mail is [[e:r.lauwerier@mooiwelzijn.nl]] eh ik mail terug voor een afspraak samen
~~~
[[p:Kees]] gaf me net een bos tulpen 🌷 voor na het opruimen. zonder [[p:Rachelle]] waren we er niet gekomen!!
~~~
hallo ik ben [[p:Zahra]] [[p:Ahmadi]] 👋 mijn man [[p:Mursal]] en ik wonen nu in [[a:Dillenburgstraat 27B]]. wij hebben geen meubels. de gemeente zegt inrichting krediet via {{o:GKB}}. ons bsn's [[b:dots]] en [[b:dots]]. is dat goed? 🙏
~~~
Hoi [[p:Zahra]], ja dat klopt. Ik heb de aanvraag gedaan, nummer [[ds:GKB-24-77120]]. Jullie krijgen een brief. Stuur nog wel jullie rekeningnummer! 
~~~
[[i:spaced]] op naam [[p:M. Ahmadi]] dank u
~~~
ja goed dan begin ik even met het verslag van het huisbezoek van vanochtend eh [[d:dinsdag veertien mei]] eh bij meneer [[p:Visser]] eh [[p:Arie]] eh op de [[a:Withuysstraat 36]] eh postcode [[pc:2584 RK]] in {{w:Duindorp}} eh aanwezig waren meneer zelf zijn broer [[p:Piet]] en ik eh de aanleiding was een melding van de {{o:woningcorporatie}} eh over stankoverlast eh nou bij binnenkomst was het eh inderdaad behoorlijk eh er stonden overal zakken met afval en er waren veel katten ik heb er zeven geteld eh meneer is vierenzestig eh hij was visser van beroep en heeft na de dood van zijn vrouw eigenlijk niks meer gedaan eh hij drinkt eh zegt zelf vier vijf blikjes per dag maar ik denk meer eh de broer doet de boodschappen maar heeft zelf ook copd eh meneer wil geen opname en geen hulp in huis maar vindt het wel goed als er iemand komt helpen met opruimen eh ik heb afgesproken dat ik de {{r:wijkverpleegkundige}} vraag om een keer mee te gaan voor de gezondheid eh bsn voor de aanmelding [[b:spaces]] eh telefoon heeft hij niet eh de broer wel [[t:06 13 22 40 91]] eh volgende afspraak [[d:dinsdag achtentwintig mei]] om elf uur eh einde verslag
~~~
[[d:15-05-2024]] 19:02 - [[p:Rosa]]: goedeavond mevrouw [[p:Lotte]]. sorry dat ik zo laat stuur. ik heb vandaag weer brief gekregen van {{r:deurwaarder}}. ze zeggen ik moet 2300 betalen voor [[d:1 juni]] anders beslag op loon. ik verdien maar 1100 bij de schoonmaak. ik weet niet meer 😞
[[d:15-05-2024]] 19:05 - [[p:Rosa]]: dit is de brief [foto]
[[d:15-05-2024]] 19:05 - [[p:Rosa]]: dossiernummer staat boven [[ds:DW-2024-0055817]]
[[d:15-05-2024]] 19:30 - [[p:Lotte]]: Hoi [[p:Rosa]], goed dat je het stuurt. Ze mogen nooit je hele loon pakken, er blijft altijd een deel over (de beslagvrije voet). Ik bel morgen met de {{r:deurwaarder}}. Kun jij je loonstrook van april sturen?
[[d:15-05-2024]] 19:41 - [[p:Rosa]]: ja ik stuur morgen. mijn baas is meneer [[p:de Kok]] hij is goed man. dank u [[p:lotte]] ❤️
[[d:16-05-2024]] 08:12 - [[p:Lotte]]: Top. Voor het dossier: je rekeningnummer is toch nog [[i:spaced]]?
[[d:16-05-2024]] 08:20 - [[p:Rosa]]: ja klopt 👍
~~~
voicemail ontvangen [[d:vrijdag 17 mei]] 08:55
goeiemorgen u spreekt met [[p:Margreet]] [[p:van Leeuwen]] ik ben de {{r:intern begeleider}} van basisschool {{o:De Regenboog}} in {{w:Moerwijk}} eh ik bel over een moeder van een van onze leerlingen eh mevrouw [[p:Oduya]] eh de moeder van [[p:Precious]] uit groep vijf en [[p:Favour]] uit groep zeven eh de kinderen komen al een paar weken zonder ontbijt en zonder jas naar school eh en moeder vertelde gisteren aan de juf dat ze geen geld meer heeft omdat haar man weg is eh en dat ze bang is dat ze uit huis moet eh ze heeft toestemming gegeven om jullie te bellen eh ze woont op de [[a:Moerweg 198]] eh haar nummer is [[t:06 29 41 83 06]] eh ze is het best te bereiken na half negen als de kinderen op school zijn eh ik heb ook het {{o:CJG}} geïnformeerd eh mijn nummer op school is [[t:070 397 14 20]] dank u wel
~~~
ehm notitie over een lastig gesprek eh met de zoon van mevrouw [[p:Groen]] eh [[p:Dirk]] [[p:Groen]] eh die belde boos op omdat hij vindt dat wij zijn moeder aanpraten dat ze naar een verzorgingshuis moet eh dat is niet zo eh wij hebben alleen de mogelijkheden besproken eh hij wil niet dat er nog contact is zonder hem erbij eh maar mevrouw heeft zelf gezegd dat ze juist graag met ons praat zonder haar zoon eh ik heb uitgelegd dat mevrouw zelf beslist zolang ze wilsbekwaam is eh hij dreigde met een klacht eh ik heb gezegd dat dat mag en hoe dat gaat eh mevrouw woont op de [[a:Laan van Nieuw Oost-Indië 121 J]] [[pc:2593 BL]] eh haar bsn [[b:words]] eh ik zet dit ook in het overleg van [[d:woensdag 22 mei]] met de {{r:casusregisseur}} eh en ik bel mevrouw zelf morgen om te horen hoe zij het vindt eh zoon is bereikbaar op [[t:06 52 10 37 44]] maar liever via mail [[e:dgroen1961@gmail.com]] zei hij
~~~
salam alaikum mevrouw [[p:Yasmina]]. ik ben [[p:Omar]], broer van [[p:Leila]] [[p:Haddad]]. [[p:Leila]] is opgenomen bij de {{o:Parnassia}} sinds [[d:zondag 19 mei]]. ze vroeg mij om u te zeggen. ze maakt zorgen over de huur en over haar kat. huur gaat automatisch van haar rekening [[i:plain]] maar daar staat bijna niks op. kan het wijkteam iets doen? ik woon in Utrecht, ik kan niet elke dag komen. mijn nummer [[t:+31 6 21 84 70 93]]. dank u wel
~~~
gebeld met [[p:Omar]]. huur [[p:Leila]] loopt via {{o:Staedion}}, uitstel geregeld t/m [[d:30 juni]]. kat voorlopig bij buurvrouw [[p:Joyce]]. {{r:sociaal psychiatrisch verpleegkundige}} [[p:Tim]] van {{o:Parnassia}} is aanspreekpunt
~~~
eh telefoongesprek [[d:tweeëntwintig mei]] met meneer [[p:de Graaf]] eh van het {{o:UWV}} afdeling handhaving eh over mevrouw [[p:Rivera]] eh [[p:Milagros Rivera]] eh die woont samen met haar dochter [[p:Estrella]] op de [[a:Oudemolenstraat 72]] [[pc:2512 SV]] eh het {{o:uwv}} denkt dat er een man bij haar woont en dat ze daarom geen recht heeft op haar toeslag eh maar volgens mevrouw is dat haar broer die tijdelijk logeert na een scheiding eh ik heb gevraagd wat mevrouw moet aanleveren eh een verklaring van de broer en zijn inschrijving eh dossiernummer {{o:uwv}} [[ds:UWV/HH/2024/33817]] eh mevrouw haar bsn [[b:half]] eh de broer staat ingeschreven in Delft zegt ze eh ik ga met mevrouw [[d:maandag 27 mei]] de verklaring opstellen eh haar telefoon [[t:06 39 17 20 58]] en ze spreekt spaans dus misschien {{r:tolk}}
~~~
hola señora [[p:Marjolein]] 😊 soy [[p:Milagros]]. mi hermano [[p:Javier]] tiene el papel de Delft. lunes ok. gracias gracias 🙏
~~~
eh even snel tussendoor eh voicemail van [[p:Storm]] eh nee niet de stagiaire eh [[p:Storm]] [[p:Bloem]] de cliënt van [[p:Ellis]] eh hij heeft zijn sleutels verloren en staat buiten op de [[a:Nunspeetlaan 305]] eh hij vraagt of wij een slotenmaker kunnen regelen want hij heeft geen geld eh ik heb hem teruggebeld op [[t:06 45 73 12 09]] en gezegd dat hij eerst naar {{o:Haag Wonen}} moet bellen want die hebben een noodnummer eh [[p:Ellis]] is vandaag vrij dus ik heb het in haar dossier gezet
~~~
Hi [[p:ellis]] ter info: [[p:storm bloem]] sleutels kwijt, geregeld via {{o:Haag Wonen}}. Hij vroeg of jij hem [[d:ma 3/6]] kan bellen over zn leefgeld. Gr [[p:Fenna]]
~~~
Hallo mevrouw ik ben [[p:Mirela]] [[p:Georgieva]] uit Bulgarije. ik woon met mijn man [[p:Stoyan]] en baby [[p:Nikol]] op [[a:Kempstraat 144 1e]] [[pc:2572 GN]]. baby heeft geen verzekering want wij hebben geen BSN nog alleen RNI. mijn RNI nummer is [[b:plain]] en van mijn man [[b:plain]]. de baby is geboren [[d:3 april]] in {{o:HMC Bronovo}}. ziekenhuis stuurt rekening 3800 euro 😰 help alstublieft
~~~
dictaat eh overleg met {{o:Zilveren Kruis}} eh over de baby [[p:Nikol]] [[p:Georgieva]] eh met terugwerkende kracht verzekerd vanaf geboorte als de ouders zich voor [[d:3 juli]] aanmelden eh polisnummer wordt aangemaakt eh referentie gesprek [[ds:ZK-880-4471-09]] eh ouders moeten wel eerst inschrijven bij de gemeente in de brp eh afspraak bij het stadsdeelkantoor [[d:donderdag 6 juni]] eh ik ga mee want ze spreken weinig nederlands en ze hebben het huurcontract nodig van de eigenaar meneer [[p:Rietveld]]
~~~
Mevrouw [[p:Hopman]] is mijn naam, [[p:Clasina]] met een C. Ik lees uw folder en ik wil graag vrijwilliger worden maar ik heb zelf ook wat hulp nodig met mijn computer. Ik woon [[a:Fahrenheitstraat 491]] en ben van [[d:11 november 1949]]. U kunt mij bellen [[t:070-3458812]] maar niet tussen 13.00 en 14.00 want dan slaap ik. Mijn e-mail is [[e:c.hopman49@planet.nl]] maar die lees ik niet vaak. Met vriendelijke groet [[p:C. Hopman]]
~~~
eh spraakmemo huisbezoek met de {{r:MEE-consulent}} [[p:Rik]] eh bij de familie [[p:Bos]] eh op [[a:Zuidlarenstraat 45 B]] eh in {{w:Bouwlust}} eh moeder [[p:Demi]] [[p:Bos]] vierentwintig jaar eh heeft een licht verstandelijke beperking eh en is zwanger van de tweede eh de eerste [[p:Jayden]] is drie en gaat naar de peuterspeelzaal eh vriend [[p:Kevin]] woont officieel niet bij haar maar is er eigenlijk altijd eh er zijn zorgen over geld eh ze heeft een lening bij een online aanbieder met veertig procent rente eh en over hoe [[p:kevin]] met [[p:jayden]] omgaat eh ik heb het met [[p:Rik]] gehad over een melding bij {{o:Veilig Thuis}} eh we wegen dat af in het overleg eh [[p:demi]] haar bsn [[b:digits]] eh haar rekening [[i:lowspaced]] eh bewindvoering aanvragen via de {{o:kantonrechter}} lijkt me het beste
~~~
opmerking bij vorige memo: [[p:Kevin]], [[p:Demi]] en [[p:Jayden]] ook zo in het {{o:Veilig Thuis}} formulier, melding gedaan [[d:29-05]], VT-nummer [[ds:VT-2024-11987]]
~~~
hi its [[p:Chanel]] from [[a:Vlierboomstraat 522]]. i dont have the password for my mijn gemeente account, the code letter went to my old address in [[a:Escamplaan 12]]. my bsn is [[b:spaces]] can u pls reset it?? i need the kwijtschelding before the deadline on [[d:june 15]] 😩
~~~
[[p:Chanel]]: wachtwoord kunnen wij niet resetten, dat moet via {{o:DigiD}}. ik help je [[d:wo 5 juni]] 10u op {{o:Servicepunt XL}}, neem je ID mee!
~~~
ja hallo met [[p:Papa]] eh nee met meneer [[p:Papa]] [[p:Ndiaye]] haha ik weet het mijn voornaam is een grappige naam in het nederlands eh ik ben de vader van [[p:Awa]] eh ze zei dat u haar helpt met de studiefinanciering eh ik wil graag weten of ik iets moet ondertekenen eh ik woon niet bij haar ik woon in Amsterdam eh mijn adres is [[a:Bijlmerdreef 1133]] [[pc:1103 TV]] Amsterdam eh mijn telefoon is [[t:zes vier vier één twee acht zeven drie negen]] met een nul ervoor eh dank u wel
~~~
eh reactie voor het dossier van [[p:Awa Ndiaye]] eh vader gebeld eh hij hoeft niks te tekenen want ze is boven de eenentwintig eh de aanvraag aanvullende beurs loopt onder [[ds:2024/901147]] eh volgende stap inkomensverklaring van vader opvragen bij de {{o:belastingdienst}} eh dat doet [[p:awa]] zelf
~~~
voicemail [[d:4-6]] 14:10
goeiemiddag met eh [[p:Henk van Dijk]] eh ik ben de buurman van eh die jongen [[p:Sem]] op nummer eh op [[a:Heemskerckstraat 21]] eh die is hier vanochtend de hele galerij over gerend met een mes en die schreeuwde dat ze hem achterna zitten eh de politie is geweest en hem meegenomen eh maar hij is alweer terug eh ik ben bang voor mijn kleinkinderen die hier vaak zijn eh ik heb het nummer van jullie van de huismeester eh u kunt mij bereiken op [[t:06 11 47 90 82]] dank u
~~~
[[p:sem]] (heemskerckstraat) besproken met {{o:GGD}} meldpunt zorg en overlast + {{r:wijkagent}}. {{o:Parnassia}} {{o:FACT-team}} {{w:Centrum}} gaat [[d:6/6]] langs. buurman [[p:van Dijk]] teruggebeld
~~~
hallo mevrouw wij zijn [[p:Şahin]], [[p:Emre]] en [[p:Gül]]. wij gaan verhuizen naar [[a:Newtonstraat 318 II]], [[pc:2562 KN]] per [[d:1 juli]]. nieuwe huur is hoger, kunnen wij huurtoeslag? mijn rekening [[i:plain]], bsn [[b:dots]]. 
~~~
dictaat telefoon eh [[d:zeven juni]] eh met de {{r:bewindvoerder}} van meneer [[p:Baldewsingh]] eh mevrouw [[p:Ramlal]] van {{o:Bewindvoering Haaglanden}} eh meneer is opgenomen in het {{o:HMC}} na een val eh en zijn huis op de [[a:Hoefkade 371]] staat leeg eh ze vraagt of wij kunnen checken of de post wordt opgehaald eh er is een neef [[p:Sunil]] die een sleutel heeft eh nummer van de neef [[t:06 16 38 21 45]] eh en er moet nog een eigen risico betaald worden van driehonderdvijfentachtig euro eh rekening voor de {{r:bewindvoerder}} is [[i:spoken]] eh dossiernummer bij haar [[ds:BH 1877]]
~~~
verslag huisbezoek punt nieuwe regel datum [[d:tien juni]] punt aanwezig mevrouw [[p:Lief]] [[p:de Lange]] komma haar buurvrouw [[p:Thea]] komma en ondergetekende punt nieuwe regel mevrouw is achtentachtig jaar en woont sinds negentienzeventig op de [[a:Wijndaelerweg 18]] punt ze is slechtziend en kan haar post niet meer lezen punt de buurvrouw leest voor maar wil dat niet meer doen voor de bankzaken komma dat snap ik punt nieuwe regel afgesproken dat we een aanvraag doen voor budgetbeheer bij de {{o:Kredietbank Haaglanden}} punt bsn mevrouw [[b:spaces]] punt rekening [[i:spaced]] punt nieuwe regel mevrouw heeft geen kinderen komma alleen een neef in Brabant komma meneer [[p:Sterk]] komma telefoonnummer [[t:nul vier één drie zes vijf twee acht negen nul]] punt hij weet nog van niks punt nieuwe regel mevrouw is lief en heel helder komma ze wil vooral thuis blijven wonen punt volgende afspraak [[d:maandag vierentwintig juni]] punt einde
~~~
voicemail 18:47 [[d:11/6]]
bon nochi eh goedenavond mevrouw [[p:Jolanda]] eh hier is mevrouw [[p:Juliana]] [[p:Martis]] eh de oma van [[p:Jurgen]] en [[p:Shaquille]] eh mi ta yama pa eh sorry ik bel omdat de jongens weer bij mij slapen omdat hun moeder [[p:Giselle]] is weer weg eh ik weet niet waar eh ik ben zevenenzestig ik kan niet meer met twee grote jongens in mijn kleine flat op de [[a:Anna Blamanplein 62]] eh de jongens moeten naar school in {{w:Laak}} eh en ik heb geen geld voor de tram eh kan iemand van het {{o:CJG}} of van jullie eh mij bellen ik ben thuis op [[t:070 388 51 79]] of de mobiel van [[p:Jurgen]] [[t:06 86 13 02 27]] danki danki
~~~
dictaat eh telefoon met dokter [[p:Kuiper]] [[p:Femke]] {{r:huisarts}} in {{w:Rustenburg}} eh over meneer [[p:Ali]] [[p:Farah]] nee [[p:Farah Ali]] eerst de achternaam eh de somalische naam is andersom eh nou ja hij heet [[p:Ali]] eh geboren [[d:de eerste van de zesde tweeënzeventig]] eh hij komt heel vaak op het spreekuur met klachten waar geen oorzaak voor gevonden wordt eh de {{r:huisarts}} denkt aan trauma en eenzaamheid eh hij heeft vier kinderen die nog in kenia zitten eh gezinshereniging is afgewezen eh hij slaapt niet en rookt veel eh dokter [[p:Kuiper]] vraagt om een gesprek met {{r:tolk}} eh en of we hem kunnen koppelen aan {{o:Stichting Somalische Gemeenschap}} eh meneer woont op de [[a:Dijkstraat 46 2e]] eh zijn nummer [[t:06 17 59 20 43]] eh afspraak ingepland [[d:dinsdag 18 juni]] met de {{r:tolk}} somali
~~~
good evening madam [[p:Esther]] this is [[p:Kwabena]] [[p:Amoako]] from the Ghanaian church in the {{w:Schilderswijk}}. one of our members, sister [[p:Gifty]] [[p:Asante]], she is having serious problem with her landlord. he is a private landlord Mr [[p:Bakker]] and he is coming into her room without permission and he want her to leave by end of this month. she has no contract. she lives [[a:Parallelweg 41 3 hoog]], room in the back. she has two children and one is sick. i have given her your number but she is afraid to call because of her papers. her number is [[t:+31 6 49 02 17 86]]. i am available also on [[t:06 12 63 40 95]] or mail [[e:pastor.kwabena@gmail.com]]. god bless you
~~~
spraakmemo eh gesprek gehad via de {{r:tolk}} telefonisch eh met mevrouw [[p:Nimco]] [[p:Yusuf]] eh over haar aanvraag eh voor bijzondere bijstand voor de bril van haar dochter [[p:Ifrah]] eh die is negen eh de aanvraag was afgewezen omdat het bankafschrift niet compleet was eh het ging om de pagina van [[d:12 maart]] eh die heb ik nu gekregen eh mevrouw haar rekening [[i:lower]] eh aanvraagnummer [[ds:BB-2024-06633]] eh ik stuur het vandaag door naar {{o:SZW}} eh mevrouw heeft ook gevraagd naar taalles eh maar ze heeft geen oppas voor de kleinste eh dat neem ik mee in het volgende gesprek eh ze woont op [[a:Zuiderparklaan 7 a]] [[pc:2574 HA]] eh dat is naast de moskee
~~~
eh dictaat eh huisbezoek eh bij de familie [[p:Rahimi]] eh [[a:Stuwstraat 88]] eh [[pc:2516 TD]] eh het gaat om de moeder [[p:Gulalai]] eh de vader [[p:Hamidullah]] eh en vijf kinderen eh de oudste dochter [[p:Marwa]] van zeventien tolkte eh ze zijn een jaar geleden vanuit een azc naar Den Haag gekomen eh de woning is te klein drie kamers voor zeven mensen eh er is vocht in de slaapkamer van de kinderen en de jongste heeft steeds longontsteking eh de {{r:jeugdarts}} van het {{o:CJG}} heeft een medische verklaring geschreven eh ik ga met {{o:Staedion}} bellen over een andere woning eh huurcontractnummer [[ds:STD 0044 1928]] eh de vader wil graag werken hij was elektricien in Kabul eh dat geef ik door aan de {{r:klantmanager}} eh en [[p:Marwa]] wil dokter worden ze zit op het {{o:Hofstad Lyceum}} eh heel slim meisje eh contact via de vader [[t:06 25 80 43 17]] of via [[p:Marwa]] [[t:06 47 08 91 26]]
~~~
[[d:14.06.2024]] 07:58 - [[p:Paweł]]: dzień dobry pani [[p:Monique]]. uitzendbureau heeft gebeld, ik kan werken in magazijn in Bleiswijk vanaf [[d:maandag 17 juni]]!!! 💪💪
[[d:14.06.2024]] 08:03 - [[p:Paweł]]: maar ik moet nog veiligheidsschoenen kopen en ik heb geen geld. 90 euro. kan de gemeente dat betalen??
[[d:14.06.2024]] 09:15 - [[p:Monique]]: Gefeliciteerd [[p:Paweł]]!! Schoenen kunnen via {{o:Werkplein}}, ik regel dat vandaag. Ik heb je bsn nodig voor het formulier, en je nieuwe adres.
[[d:14.06.2024]] 09:22 - [[p:Paweł]]: bsn [[b:plain]] adres [[a:Weimarstraat 298-3]] [[pc:2562 HR]] ik woon daar met [[p:Marek]] en [[p:Grzegorz]] van werk
[[d:14.06.2024]] 09:23 - [[p:Monique]]: 👍 ontvangen
~~~
ja hallo met [[p:Emine]] eh [[p:Çelik]] eh ik ben de dochter van [[p:Hüseyin Çelik]] van de [[a:Copernicusstraat 115]] eh mijn vader heeft gisteren een brief gekregen van de {{o:SVB}} dat zijn aow wordt gekort omdat hij te lang in turkije was eh maar hij was maar vier maanden weg eh bij zijn broer die ziek was eh ik heb geen idee hoe ik bezwaar moet maken eh kenmerk van de brief is [[ds:7700 1245 31]] eh kunt u mij terugbellen eh ik werk tot half vijf maar in de pauze kan ik opnemen [[t:06 24 18 03 75]] eh of mail me [[e:emine.celik@live.nl]] dank u wel gule gule
~~~
dictaat intake eh mevrouw [[p:Mooij]] eh [[p:Annemarie]] eh drieënvijftig jaar eh woont op de [[a:Goudenregenstraat 301]] eh [[pc:2565 EH]] eh ze werd aangemeld door haar zus [[p:Ineke]] omdat ze na een ontslag en een scheiding in een diep dal zit eh ze heeft een koophuis dat ze niet meer kan betalen eh de hypotheek is twee maanden achter eh de bank heeft al gebeld eh ze heeft een WW uitkering tot eind van het jaar eh ze wil het huis verkopen maar durft de makelaar niet te bellen eh ik heb met haar afgesproken dat we samen bellen met de bank eh leningnummer [[ds:66.19.004.721]] eh en dat ze naar de {{r:huisarts}} gaat voor haar slaap eh zus [[p:Ineke]] [[p:Mooij]] is bereikbaar op [[t:06 55 30 19 84]] eh mevrouw zelf op [[t:06 54 82 13 60]] eh volgende afspraak [[d:woensdag 19 juni]] tien uur
~~~
[09:02] [[p:Pim]]: overdracht ivm mijn vakantie vanaf [[d:22 juni]] (3 weken):
- mw [[p:koster]] ([[a:Troelstrakade 99]]): wacht op wmo beschikking, niks doen tenzij ze belt
- dhr [[p:el khattabi]]: bewindvoering loopt, [[p:Hamza]] van {{o:Horizon Bewindvoering}} weet alles
- fam [[p:de wit]]/[[p:boukhari]]: huisbezoek [[d:26/6]] met {{r:wijkverpleegkundige}}, graag iemand mee
- [[p:Mei]] [[p:Tjon-A-Fong]]: verjaardag [[d:28 juni]] 🎂 kaartje sturen is fijn
[09:10] [[p:Dewi]]: ik neem [[p:de wit]]/[[p:boukhari]] 👍
[09:12] [[p:Storm]]: ik mw [[p:koster]] en [[p:mei]]. fijne vakantie [[p:pim]]!!
~~~
ehm verslag telefoongesprek eh meneer [[p:Monteiro]] [[p:Fortes]] eh [[p:Adilson]] eh hij belde zelf eh omdat zijn dochter [[p:Nélia]] van negentien eh uit huis is gezet door haar moeder eh en nu bij hem op de bank slaapt eh maar hij woont in een eenkamerwoning op de [[a:Rembrandtstraat 59 hs]] eh en hij mag volgens het contract niemand laten inwonen eh [[p:Nélia]] studeert aan de {{o:Haagse Hogeschool}} eh ze heeft geen inkomen behalve studiefinanciering eh ze staat nog ingeschreven bij de moeder op [[a:Loosduinseweg 815]] eh ik heb ze doorverwezen naar het {{o:Jongerenloket}} en naar de {{r:jongerenwerker}} voor hulp met een kamer eh vader zijn nummer [[t:06 28 66 47 09]] eh [[p:Nélia]] zelf [[t:06 30 12 88 54]] eh vader spreekt goed nederlands [[p:Nélia]] ook
~~~
selam mevrouw [[p:Anke]]. ik ben [[p:Lemlem]]. ik ben nu 20 jaar en ik heb baby [[p:Nahom]] van 3 maanden. ik woon alleen op [[a:Ketelstraat 11 a]] [[pc:2515 XJ]]. mijn vader van baby helpt niet. ik heb geen kinderbijslag nog. {{o:SVB}} zegt ik moet formulier maar ik heb gestuurd al op [[d:2 mei]]. klantnummer {{o:svb}} [[ds:KB 4410-2279]]. mijn bsn [[b:digits]]. mijn rekening [[i:plain]]. baby heeft luiers nodig en melk 😔 kan u helpen? dank u mevrouw god zegen u
~~~
eh dictaat eh [[d:vrijdag 21 juni]] huisbezoek bij meneer en mevrouw [[p:Ramdin]] eh [[a:Sportlaan 14]] nee sorry dat is de sportlaan niet eh [[a:Soendalaan 14]] ja [[pc:2591 ZB]] eh meneer [[p:Ramdin]] is tachtig en mevrouw [[p:Kamla]] achtenzeventig eh ze hebben allebei diabetes en meneer heeft een amputatie gehad eh de hulp in de huishouding is gestopt omdat de aanbieder failliet is eh ze hebben het {{o:Wmo-loket}} gebeld maar die zeggen dat ze een nieuwe aanbieder moeten kiezen uit een lijst eh dat lukt niet eh ik heb dat samen met kleinzoon [[p:Rishi]] gedaan eh nieuwe aanbieder {{o:Thuiszorg Haaglanden}} start over twee weken eh mail kleinzoon [[e:rishi.ramdin@student.hhs.nl]] eh bsn meneer [[b:dots]] en mevrouw [[b:dots]] voor de wmo melding
~~~
spraakbericht van [[p:Tariq]] eh die werkt in de moskee aan de [[a:Hoefkade 50]] nee [[a:Hoefkade 40]] eh hij zegt er komt elke vrijdag een jonge man [[p:Youssef]] eh achternaam weet hij niet eh die slaapt in het park eh en die is waarschijnlijk ongedocumenteerd eh hij wil wel hulp maar is bang voor de politie eh [[p:Tariq]] zijn nummer [[t:06 43 30 71 58]] eh ik bel {{o:Stichting Haagse Ongedocumenteerden}} voor advies eh en ik ga vrijdag langs na het gebed
~~~
Beste mevrouw [[p:de Vries]], hierbij de gegevens van mijn broer voor het gesprek van [[d:25-6-2024]]: [[p:Sander Hoekstra]], geb. [[d:30-09-1979]], [[a:Nijhoffstraat 7 bis]], [[pc:2552 GT]]. Hij heeft sinds maart 2023 geen werk. Zijn {{r:bewindvoerder}} is mevrouw [[p:Ruiter]] van {{o:Bewindvoering Haaglanden}}, tel [[t:070-2041199]], [[e:info.ruiter@bwhaaglanden.nl]]. Ik ben zelf bereikbaar via [[t:06-41127740]]. Met vriendelijke groet, [[p:Jorien Hoekstra]]
~~~
ja eh dit is een terugkoppeling van het multidisciplinair overleg van vanmiddag eh [[d:dinsdag vijfentwintig juni]] eh over mevrouw [[p:Wolf]] eh [[p:Sylvia Wolf]] eh [[a:Apeldoornselaan 612]] [[pc:2573 LR]] eh aanwezig de {{r:casusregisseur}} [[p:Leyla]] de {{r:wijkverpleegkundige}} [[p:Hoop]] de {{r:schuldhulpverlener}} [[p:Bas]] en [[p:Tim]] van {{o:Parnassia}} eh conclusie mevrouw is weer gestopt met haar medicatie eh de schulden zijn opgelopen tot eh ruim veertigduizend eh en haar zoon [[p:Jesse]] van vijftien woont sinds kort bij zijn vader eh in Zoetermeer eh mevrouw wil het contact met ons wel houden maar alleen met [[p:Hoop]] eh afgesproken dat [[p:Hoop]] het aanspreekpunt wordt eh [[p:Tim]] probeert via de {{r:psychiater}} een depotinjectie te bespreken eh [[p:Bas]] vraagt een moratorium aan eh dossier schuldhulp [[ds:SHV-24-1190]] eh evaluatie over zes weken dat wordt eh [[d:zes augustus]] eh in de vakantie dus misschien [[d:dertien augustus]] eh en nog eh de vader van [[p:Jesse]] heet [[p:Ronald]] [[p:Kramer]] eh nummer [[t:06 33 71 04 59]] eh hij wil graag op de hoogte blijven maar mevrouw moet daar eerst toestemming voor geven
~~~
voicemail 12:03 [[d:27-06]]
ja goedemiddag u spreekt met mevrouw [[p:Demir]] eh [[p:Songül]] ik heb een vraag eh mijn man is vorige maand overleden eh [[p:Kemal]] [[p:Demir]] geboren [[d:vijf mei negentienvijftig]] eh en nu krijg ik allemaal brieven op zijn naam eh van de bank van de zorgverzekering en van de gemeente eh ik weet niet wat ik moet doen eh mijn kinderen wonen in Duitsland eh mijn buurvrouw [[p:Gerda]] zei dat ik jullie moest bellen eh ik woon op de [[a:Hoefkade 1052]] eh zijn bsn staat op de brief dat is eh [[b:half]] eh en ik heb ook een brief van de {{o:SVB}} over nabestaanden eh ik begrijp niet alles eh mijn telefoon is [[t:070 380 16 42]] ik ben altijd thuis eh dank u wel
~~~
[[d:28/06/2024]] 21:14 - [[p:Hodan]]: mevrouw [[p:Mirjam]] goede avond. mijn zoon [[p:Abdirahman]] heeft werk gevonden bij {{o:PostNL}}!!! alhamdulillah 🎉🎉 hij begint [[d:8 juli]]
[[d:28/06/2024]] 21:15 - [[p:Hodan]]: maar nu de gemeente stopt onze uitkering? ik ben bang
[[d:28/06/2024]] 21:40 - [[p:Mirjam]]: Wat goed nieuws [[p:Hodan]]! Gefeliciteerd aan [[p:Abdirahman]]. Uw uitkering stopt niet zomaar, zijn loon wordt deels verrekend. We moeten het wel doorgeven. Kunt u zijn contract fotograferen?
[[d:28/06/2024]] 21:52 - [[p:Hodan]]: ja ik vraag aan hem. zijn email is [[e:abdi.warsame2005@gmail.com]] hij kan sturen
[[d:29/06/2024]] 09:30 - [[p:Abdirahman]]: goedemorgen, hier het contract. mijn rekening voor het loon is [[i:plain]], moet dat ook?
[[d:29/06/2024]] 09:41 - [[p:Mirjam]]: Dank je! Ja, handig. Ik geef het door aan de {{r:klantmanager}}. Klantnummer van jullie uitkering is [[ds:WI 20231187]], bewaar dat goed.
~~~
eh even opnemen voordat ik het vergeet eh de vrouw van het {{o:Rode Kruis}} eh [[p:Annemieke]] heeft gebeld over meneer [[p:Oosterhuis]] eh die krijgt een voedselpakket maar hij kwam vorige week niet opdagen eh en vandaag ook niet eh ze heeft zijn adres [[a:Zeezwaluwstraat 39]] [[pc:2583 TW]] eh hij heeft geen telefoon meer eh ik weet dat hij een zus heeft [[p:Willy]] eh die woont in {{w:Ypenburg}} eh nummer van de zus [[t:06 45 02 63 81]] eh ik bel de zus eerst en anders ga ik er morgen langs met de {{r:wijkagent}} eh [[p:Annemieke]] haar mail [[e:a.verhoef@rodekruis.nl]] voor terugkoppeling eh meneer is eh achtenvijftig en heeft na een herseninfarct moeite met plannen
"""


def build():
    raw = [t.strip("\n") for t in TEXTS.split("\n~~~\n")]
    raw = [t for t in raw if t.strip()]
    records = []
    for k, marked in enumerate(raw):
        text, pii, keep = parse(marked)
        rec = {"id": "ho56-%04d" % k, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        records.append(rec)
    return records


def verify(rec):
    text = rec["text"]
    spans = rec["pii"] + rec["keep"]
    for sp in spans:
        assert text[sp["start"] : sp["end"]] == sp["text"], (rec["id"], sp)
        assert sp["text"] == sp["text"].strip() and sp["text"], (rec["id"], sp)
    spans = sorted(spans, key=lambda x: x["start"])
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    assert rec["pii"], rec["id"]
    for sp in rec["pii"]:
        if sp["label"] == "bsn":
            digits = "".join(c for c in sp["text"] if c.isdigit())
            if not digits:
                digits = "".join(str(DIGIT_WORDS.index(w)) for w in sp["text"].split())
            elif len(digits) < 9:
                words = [w for w in sp["text"].split() if w in DIGIT_WORDS]
                digits = "".join(str(DIGIT_WORDS.index(w)) for w in words) + digits
            assert bsn_valid(digits), (rec["id"], sp)
        if sp["label"] == "iban":
            assert iban_valid(sp["text"]), (rec["id"], sp)


def main():
    records = build()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "heldout56.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    pc, kc = {}, {}
    words = 0
    for rec in records:
        words += len(rec["text"].split())
        for sp in rec["pii"]:
            pc[sp["label"]] = pc.get(sp["label"], 0) + 1
        for sp in rec["keep"]:
            kc[sp["label"]] = kc.get(sp["label"], 0) + 1
    total = sum(pc.values())
    print("texts", len(records), "avg words %.1f" % (words / len(records)))
    print(
        "pii",
        total,
        dict(sorted(pc.items(), key=lambda x: -x[1])),
        "person share %.2f" % (pc.get("person", 0) / total),
    )
    print("keep", sum(kc.values()), dict(sorted(kc.items(), key=lambda x: -x[1])))
    print("wrote", out)


if __name__ == "__main__":
    main()
