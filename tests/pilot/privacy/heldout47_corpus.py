#!/usr/bin/env python3
"""Held-out test corpus 47 for the Dutch personal-data finder (sociale wijkzorgteams).

Register: fast informal notes. Speech-to-text dictations without punctuation or
capitals, ALL-CAPS messages from clients, Teams chat lines with timestamps and
first names, lower-case surnames that are ordinary words, surname-only references
(gezin X, fam. X, de X-en), handover lists and sticky-note to-dos.

Markup in the raw texts: [[label:text]] = pii span, {{label:text}} = keep span.
Tokens @BSN @BSNDOT @BSNSP @IBAN @IBANSP @IBANLC @IBANLCSP are replaced by freshly
generated valid numbers (11-check / mod-97). Output: heldout47.jsonl next to this file.
Conventions: titles/relation words are outside person spans ("mevrouw [[person:de wit]]",
"de [[person:Nkemelus]]", "fam. [[person:Öztürk]]"); "de 22e" -> only "22e" is the date, but a
weekday belongs to it ("vrijdag de 3e"); months, years, weekdays alone, ages, amounts, times and
street names without a number are not labelled. Every further occurrence of a marked context term
(org/wijk/role) is marked keep automatically.
Deterministic (seeded). Python stdlib only.
"""

import json
import os
import random
import re

RNG = random.Random(4747)
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "FVLB"]
PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}


def make_bsn():
    while True:
        d = [RNG.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = RNG.randint(1, 6)
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        r = s % 11
        if r == 10:
            continue
        return "".join(map(str, d + [r]))


def bsn_ok(b):
    b = re.sub(r"\D", "", b)
    if len(b) != 9:
        return False
    d = list(map(int, b))
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def make_iban():
    bank = RNG.choice(BANKS)
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(num) % 97
    return "NL%02d%s" % (check, bban)


def iban_ok(i):
    i = re.sub(r"\s", "", i).upper()
    r = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def fill(token):
    if token.startswith("BSN"):
        b = make_bsn()
        if token == "BSNDOT":
            return "%s.%s.%s" % (b[:4], b[4:6], b[6:])
        if token == "BSNSP":
            return "%s %s %s" % (b[:3], b[3:6], b[6:])
        return b
    i = make_iban()
    spaced = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    return {"IBAN": i, "IBANSP": spaced, "IBANLC": i.lower(), "IBANLCSP": spaced.lower()}[token]


TOKEN = re.compile(r"@(BSNDOT|BSNSP|BSN|IBANLCSP|IBANLC|IBANSP|IBAN)\b")
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def parse(raw):
    raw = TOKEN.sub(lambda m: fill(m.group(1)), raw)
    out, pii, keep = [], [], []
    pos = last = 0
    for m in MARK.finditer(raw):
        chunk = raw[last : m.start()]
        out.append(chunk)
        pos += len(chunk)
        if m.group(1):
            label, span, target = m.group(1), m.group(2), pii
        else:
            label, span, target = m.group(3), m.group(4), keep
        target.append({"start": pos, "end": pos + len(span), "label": label, "text": span})
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(raw[last:])
    return "".join(out), pii, keep


RAW = []

# ---------------------------------------------------------------- dictations
RAW += r"""
huisbezoek bij mevrouw [[person:visser]] samen met [[person:ilse]] van de {{org:haagse wijk- en woonzorg}} mevrouw is erg vergeetachtig de pan stond weer op het vuur toen we binnenkwamen dochter [[person:roos]] woont in {{wijk:ypenburg}} en komt twee keer per week langs nummer van [[person:roos]] is [[phone:06 41 28 73 90]] afspraak met de {{role:casemanager dementie}} op [[date:zes juni]] om half elf adres is [[address:kamperfoeliestraat 9a]] derde verdieping geen lift dus boodschappen worden een probleem
=====
terugkoppeling gesprek met meneer [[person:de haan]] hij heeft drie maanden huurachterstand bij {{org:staedion}} ongeveer 2400 euro ik heb de brief van de deurwaarder gezien met een dagvaarding voor de [[date:22e]] hij wil wel naar de {{org:kredietbank}} maar durft niet alleen ik ga mee afspraak [[date:dinsdag de 12e]] bsn [[bsn:@BSN]] geboortedatum [[date:14031962]] rekeningnummer [[iban:@IBANLC]] zoon [[person:kevin]] weet er niks van en dat wil meneer zo houden
=====
intake gezin [[person:tesfay]] vader [[person:yonas]] moeder [[person:selam]] drie kinderen de jongste is 2 ze wonen sinds 2021 in {{wijk:moerwijk}} op de [[address:zuiderparklaan 301]] postcode [[postcode:2574 hc]] taal is tigrinya tolk geregeld via de tolkentelefoon de post stapelt zich op veel brieven van de {{org:belastingdienst}} over terugvordering toeslagen doorverwijzen naar [[person:rachid]] {{role:schuldhulpverlener}} telefoon vader [[phone:0687654321]] moeder heeft geen eigen telefoon
=====
mevrouw [[person:öztürk]] belde huilend haar man ligt in het {{org:hmc}} sinds [[date:3 jun]] ze weet niet hoe ze de huur moet betalen want alles staat op zijn naam ik heb gezegd dat ze morgen naar het {{org:servicepunt xl}} in de {{wijk:schilderswijk}} kan lopen nichtje [[person:elif]] kan tolken terugbellen op [[phone:06 19 44 27 05]] na drie uur
=====
gesproken met de buurman van mevrouw [[person:kaya]] meneer [[person:hoop]] hij heeft een hoop zorgen over haar ze staat 's nachts op de galerij te roepen hij heeft al twee keer de {{org:politie}} gebeld {{role:wijkagent}} [[person:de ruiter]] is op de hoogte adres mevrouw [[address:mient 212]] ik plan een bezoek met de {{role:poh ggz}} volgende week donderdag
=====
notitie voor dossier [[dossier:2024 03317]] meneer [[person:wójcik piotr]] 47 jaar werkte via een uitzendbureau en is zijn kamer kwijtgeraakt toen het contract stopte slaapt nu bij een kennis op de [[address:weimarstraat 128-ii]] geen brp inschrijving dus geen uitkering het {{org:uwv}} zegt eerst inschrijven afspraak stadsdeelkantoor [[date:vrijdag de 3e]] telefoon [[phone:+48 601 224 913]] werkt niet altijd beter via whatsapp
=====
ff inspreken voor morgen mevrouw [[person:de wit]] heeft haar {{org:ggz}} afspraak weer gemist bellen naar [[person:marloes]] van {{org:parnassia}} op [[phone:06 52 30 18 44]] en vragen of ze een huisbezoek kan doen samen met mij ze zei aan de telefoon dat ze de brief niet had gekregen maar volgens de {{org:ggz}} is die op [[date:28 februari]] verstuurd naar [[address:de la reyweg 14]] misschien klopt het adres niet in hun systeem navragen
=====
verslag huisbezoek familie [[person:tavares]] in {{wijk:transvaal}} moeder [[person:ilidia tavares]] zoon [[person:edson]] 19 is net vrij en slaapt op de bank moeder is bang voor hem maar zegt het niet hardop {{role:reclasseringswerker}} onbekend navragen bij {{org:reclassering nederland}} moeder heeft diabetes de {{role:wijkverpleegkundige}} komt dagelijks adres [[address:hoefkade 612]] [[postcode:2526 ev]] geboortedatum moeder [[date:4/7/58]]
=====
mevrouw [[person:rania al-hassan]] kwam op het spreekuur ze heeft een brief van de {{org:ind}} over gezinshereniging haar man [[person:omar]] zit nog in turkije ze wil weten of ze een grotere woning kan krijgen ik heb uitgelegd dat dat via {{org:haag wonen}} en de urgentiecommissie gaat en dat het lang duurt mail [[email:rania.alhassan91@gmail.com]] volgende afspraak [[date:maandag 18 maart]] om tien uur met tolk arabisch
=====
dossier [[dossier:swt-esc-0442]] mevrouw [[person:hodan warsame]] vijf kinderen alleenstaand het huis is te klein en er zit schimmel in de slaapkamer jongste [[person:liban]] heeft astma huisarts dokter [[person:vermeulen]] schrijft een brief over de schimmel ik vraag bij {{org:vestia}} een inspectie aan mevrouw is goed bereikbaar op [[phone:06 11 73 28 64]] liefst na schooltijd
=====
[[person:mei chen]] 78 jaar woont alleen boven het restaurant van haar zoon op de [[address:wagenstraat 54-ii]] spreekt weinig nederlands kleindochter [[person:xiaoling]] tolkt in mei is ze van de trap gevallen sindsdien is ze niet meer buiten geweest [[person:mei]] wil geen traplift want dan ziet iedereen dat ze oud is {{role:ergotherapeut}} komt op [[date:3-6]] ik vraag {{role:ouderenconsulent}} [[person:hanneke]] om mee te gaan
=====
meneer [[person:kwame mensah]] belde over zijn {{org:wmo}} aanvraag voor een scootmobiel aanvraagnummer [[dossier:wmo-24-118307]] hij wacht al elf weken {{role:wmo-adviseur}} [[person:sevda]] is met vakantie tot de [[date:15e]] ik heb het doorgezet naar haar collega [[person:bas]] meneer zijn nummer is [[phone:06 38 11 90 27]] zijn vrouw [[person:akosua]] neemt meestal op
=====
jongeman [[person:shurendy martina]] 23 jaar sinds februari dakloos slaapt bij zijn neef in {{wijk:laakkwartier}} wil graag werk aangemeld bij het {{org:werkgeversservicepunt}} bsn [[bsn:@BSNSP]] bankrekening is geblokkeerd door beslag moeder [[person:migdalia]] woont op curaçao en stuurt soms geld via western union ik heb een postadres aangevraagd bij het {{org:leger des heils}}
=====
mevrouw [[person:soenita ramsaran]] is mantelzorger voor haar man [[person:radjesh]] sinds zijn beroerte ze is op en slaapt slecht ik heb respijtzorg besproken en een {{role:mantelzorgconsulent}} van {{org:mantelzorg den haag}} ingeschakeld geboortedatum meneer [[date:22-11-1955]] ze wonen op [[address:escamplaan 1012]] in {{wijk:bouwlust}} zoon [[person:anand]] woont in rotterdam en helpt met de papieren
=====
meneer [[person:florin popescu]] en zijn vriendin [[person:ionela]] werkten in de kassen in het westland huisvesting via de werkgever na ontslag moesten ze binnen een week eruit ze slapen nu in de auto op de parkeerplaats bij de [[address:rijswijkseweg 270]] ik heb de {{org:daklozenopvang}} gebeld maar er is geen plek voor stellen telefoon [[phone:+40 723 118 552]] spreekt een beetje engels
=====
huisbezoek gezin [[person:rahimi]] in {{wijk:mariahoeve}} vader [[person:wahid]] heeft ptss en ligt overdag veel op bed hij staat op de wachtlijst bij {{org:i-psy}} dochter [[person:zohra]] is 16 en tolkt altijd voor haar ouders dat wil ik niet meer ze mist school daardoor ik overleg met het {{org:cjg}} over de kinderen moeder [[person:mariam]] zegt weinig als haar man erbij is volgende keer apart spreken
=====
mevrouw [[person:stefka petrova]] uit bulgarije werkt als schoonmaakster zonder contract ze betaalt 650 euro voor een kamer bij [[person:hristo]] in de {{wijk:stationsbuurt}} mag zich daar niet inschrijven ik heb uitgelegd dat ze recht heeft op inschrijving haar nummer is [[phone:0031 6 47 22 81 30]] mail [[email:stefka.petrova@abv.bg]] volgende week samen naar het {{org:juridisch loket}}
=====
meneer [[person:bakker]] gaat elke ochtend naar de bakker op de hoek voor een krentenbol dat is eigenlijk zijn enige contact met de buitenwereld de bakker heeft ons gebeld omdat meneer al vier dagen niet was geweest ik ben langsgegaan meneer lag op de grond ambulance gebeld nu opgenomen in {{org:haaglanden mc}} adres [[address:stuwstraat 3]] sleutel ligt bij de buren op nummer 5
=====
mevrouw [[person:koster]] is 86 haar man was vroeger koster van de kerk aan het plein sinds zijn overlijden in januari eet ze slecht ze wil geen maaltijdservice want dat is voor oude mensen dochter [[person:anneke]] belt elke avond [[phone:06 29 77 10 46]] ik stel voor dat de {{role:welzijnscoach}} een keer meegaat naar de koffieochtend in het wijkcentrum
=====
dhr [[person:mol]] weer gesproken wil niks met de {{org:ggz}} te maken hebben zegt dat de buren zijn gedachten kunnen lezen via de muur bemoeizorg traject loopt via [[person:jolanda]] {{role:ggz-verpleegkundige}} zaaknummer [[dossier:bz-2024-0219]] volgende poging [[date:donderdag 21 maart]] samen met {{role:wijkagent}}
=====
mevrouw [[person:de jong]] gebeld over de jongste dochter [[person:lisa]] die weer thuis woont na een breuk met haar vriend mevrouw zelf heeft een uitkering van de {{org:sociale dienst}} en mag geen kostganger hebben anders wordt ze gekort ik heb uitgelegd wat de kostendelersnorm is en dat ze het moet melden klantnummer [[dossier:szw 4471902]]
=====
memo gesprek met meneer [[person:ahmed el idrissi]] over zijn broer [[person:youssef]] die bij hem is ingetrokken [[person:youssef]] drinkt en er is ruzie geweest de kinderen hebben het gezien {{org:veilig thuis}} is niet gebeld meneer wil eerst zelf met zijn broer praten ik heb met hem afgesproken dat ik [[date:woensdag 6 maart]] terugbel op [[phone:06 34 90 12 78]]
=====
even voor mezelf ingesproken [[person:abdi]] de zoon van mevrouw [[person:farah]] belde namens haar ze heeft een brief van {{org:eneco}} over afsluiting vanaf de [[date:twintigste]] achterstand is rond de negenhonderd euro betalingsregeling aanvragen bsn mevrouw [[bsn:@BSNDOT]] rekeningnummer [[iban:@IBANLCSP]] geboren [[date:03-04-1971]]
=====
intake mevrouw [[person:agnieszka kamińska]] 34 jaar twee kinderen ex partner [[person:tomasz]] dreigt via whatsapp ze heeft een contactverbod aangevraagd via de advocaat ze woont nu tijdelijk bij een vriendin op [[address:soestdijksekade 455]] [[postcode:2574 ag]] {{org:veilig thuis}} is betrokken meldingsnummer [[dossier:vt-2024-2281]] ik stem af met {{role:casusregisseur}} [[person:nadia]]
=====
gesprek met [[person:gerda]] van de {{org:voedselbank}} over meneer [[person:ramdin]] hij komt al twee weken niet zijn pakket halen [[person:gerda]] maakt zich zorgen hij heeft suiker en woont alleen ik probeer hem vandaag te bellen op [[phone:070 366 41 29]] anders morgen langs op de [[address:vaillantlaan 3 bis]]
=====
korte notitie mevrouw [[person:chaouch]] heeft de machtiging voor de bewindvoering getekend bewindvoerder wordt mr. [[person:kuipers]] van {{org:bewindvoering haaglanden}} eerste gesprek [[date:vrijdag 15 maart]] iban voor leefgeld is [[iban:@IBANLC]] mevrouw houdt 60 euro per week de rest gaat naar de vaste lasten en de schuldeisers mevrouw was opgelucht maar ook verdrietig dat ze het zelf niet meer regelt dochter [[person:samira]] was erbij en heeft beloofd om elke week even mee te kijken
=====
huisbezoek [[date:14-03]] met [[person:fleur]] {{role:wijkverpleegkundige}} meneer [[person:jagessar]] had een open wond aan zijn been die niet goed verzorgd was hij zegt dat de thuiszorg niet komt maar de thuiszorg zegt dat hij niet opendoet dochter [[person:priya]] zegt dat ze het druk heeft met haar eigen gezin ik vraag een mdo aan
=====
dictaat bemoeizorg meneer [[person:roos]] in het portiek van de [[address:jan steenstraat 45]] zat vandaag buiten in de kou met korte broek niet aanspreekbaar buurvrouw [[person:yvonne]] brengt hem soms soep we gaan met {{org:bemoeizorg}} en de {{role:sociaal psychiatrisch verpleegkundige}} er opnieuw heen op de [[date:19e]] om negen uur
=====
mevrouw [[person:lewandowska]] gebeld zij heeft geen geld voor de eigen bijdrage van de {{org:wmo}} voor haar rolstoel het {{org:cak}} heeft een rekening gestuurd van 180 euro ik heb gevraagd om een kopie te mailen naar mij zij stuurde hem van [[email:k.lewandowska@wp.pl]] dossiernummer bij ons [[dossier:24-0657]]
=====
zorgmelding over mevrouw [[person:wijngaarde]] vanuit de woningcorporatie stankoverlast en vervuiling buren klagen al maanden ze is 71 en heeft geen kinderen in nederland broer [[person:errol]] woont in paramaribo {{role:woonconsulent}} [[person:karin van leeuwen]] wil een gezamenlijk huisbezoek op [[date:maandag 25 maart]] adres [[address:van ostadestraat 218]] [[postcode:2521 ha]]
=====
nazorg na ontslag uit de kliniek meneer [[person:okafor]] [[person:emeka]] woont weer thuis op [[address:paul krugerlaan 120 a]] hij moet dagelijks medicatie innemen de apotheek levert in een baxterrol ambulant begeleider van {{org:anton constandse}} komt twee keer per week meneer zijn bsn [[bsn:@BSN]] noodcontact zus [[person:ngozi]] [[phone:06 45 12 98 37]]
=====
kort opgenomen meneer [[person:dimitrov]] wil zijn schulden regelen maar heeft geen overzicht alles ligt in een doos onder zijn bed er zijn brieven van {{org:cjib}} {{org:vgz}} en een incassobureau ik heb de doos meegenomen naar kantoor volgende stap aanmelden bij {{org:schuldhulpverlening}} [[date:3 apr]] samen met [[person:wouter]] {{role:budgetcoach}}
=====
gesprek in de bibliotheek met [[person:ayaan jama]] ze studeert aan het {{org:roc mondriaan}} en zorgt voor haar moeder die depressief is ze heeft geen tijd voor haar eigen studie mantelzorgcompliment aangevraagd en contact gelegd met [[person:esra]] van {{org:mooi welzijn}} mail [[person:ayaan]] [[email:ayaanjama2003@outlook.com]]
=====
spreekuur {{wijk:duindorp}} mevrouw [[person:van der meer]] met vraag over kwijtschelding gemeentelijke belastingen aanslagnummer [[dossier:2024.8812.04]] haar inkomen is aow plus een klein pensioen ik help met het formulier ze woont op [[address:tesselsestraat 77]] telefoon [[phone:070 323 58 16]] ze vroeg of ik volgende keer ook naar haar buurman [[person:smit]] kan kijken
=====
voicememo voor [[person:daan]] ik kon niet naar het overleg komen dus even zo fam [[person:bisoen]] heeft eindelijk een urgentie toegekend gekregen ingangsdatum [[date:1 april 2024]] ze moeten binnen een maand reageren op woningen meneer [[person:bisoen]] zijn nummer is veranderd nu [[phone:06 88 02 41 17]] wil jij hem helpen met woningnet zijn inlog loopt via [[email:r.bisoen@ziggo.nl]]
""".split("\n=====\n")

# ---------------------------------------------------------------- all-caps client messages
RAW += r"""
MEVROUW [[person:DE BOER]] IK HEB GEEN GELD MEER VOOR ETEN DE BEWINDVOERDER NEEMT NIET OP. IK HEB 3 KINDEREN EN DE KOELKAST IS LEEG. BEL MIJ AUB [[phone:0645129837]] GROET [[person:NAIMA]]
-> teruggebeld om 11.20, bewindvoerder [[person:Kuipers]] bereikt, extra leefgeld 50 euro vandaag overgemaakt. Voedselpakket geregeld via {{org:Voedselbank}} {{wijk:Moerwijk}}, ophalen [[date:vrijdag 22/3]].
=====
sms van dhr. [[person:Jama]] doorgestuurd:
GOEDEMORGEN [[person:SANNE]] IK KAN NIET KOMEN [[date:DONDERDAG 14 MAART]] MIJN ZOON IS ZIEK. NIEUWE AFSPRAAK GRAAG. MIJN ADRES IS NU [[address:DE LA REYWEG 88-HS]] NIET MEER OUDE ADRES. DANK U
=====
AAN WIE HET AANGAAT. IK BEN [[person:GÜLŞEN DOĞAN]] BSN [[bsn:@BSN]]. IK HEB BRIEF GEKREGEN VAN DE {{org:SVB}} DAT MIJN AOW WORDT GEKORT OMDAT IK IN TURKIJE WAS. IK WAS DAAR VOOR MIJN ZIEKE MOEDER. WIE KAN MIJ HELPEN MET BEZWAAR. MIJN DOCHTER [[person:ZEYNEP]] HEEFT DEZE MAIL GETYPT.
=====
Whatsapp van mw [[person:Osei]] (ik heb gevraagd om rekeningnr voor de bijzondere bijstand):
MIJN REKENINGNUMMER IS [[iban:@IBANSP]] OP NAAM VAN [[person:A.K. OSEI]]. HET GELD VAN DE {{org:GEMEENTE}} IS NOG NIET BINNEN. WANNEER KOMT HET. IK MOET [[date:1 APRIL]] DE HUUR BETALEN
=====
HALLO MEVR [[person:EL AMRANI]] MIJN BUURVROUW [[person:ROOS]] ZEGT DAT U KAN HELPEN MET FORMULIER VOOR HUURTOESLAG. IK BEGRIJP NIKS VAN DIE BRIEVEN. IK WOON OOK IN {{wijk:SPOORWIJK}} [[address:BOERHAAVESTRAAT 31]]. MIJN NUMMER IS [[phone:06 27 81 44 09]] GROETJES [[person:MARCIA PINAS]]
=====
ZE HEBBEN MIJN STROOM AFGESLOTEN!!!! IK HEB EEN BABY VAN 4 MAANDEN. IK HEB ALLES BETAALD AAN {{org:VATTENFALL}} MAAR ZE ZEGGEN NEE. KLANTNUMMER [[dossier:7001 2284 63]]. BEL MIJ NU [[phone:0612983307]] [[person:ABENA]]
=====
Mail binnengekomen op teammailbox, van [[email:ABENA.OSEI@HOTMAIL.COM]]:
GOEDENDAG. IK WIL GRAAG EEN AFSPRAAK MET MEVROUW [[person:WILLEMS]] OVER DE SCHULDEN. IK WERK TOT 16.00 UUR. MIJN ADRES [[address:LEYWEG 204B]] [[postcode:2545 GJ]] DEN HAAG. MET VRIENDELIJKE GROET [[person:A. OSEI]]
=====
IK WIL NIET DAT DE {{org:JEUGDZORG}} NOG KOMT. MIJN KINDEREN ZIJN GOED. [[person:MERCEDES]] VAN SCHOOL LIEGT. IK BEN [[person:ROSARIA]] MOEDER VAN [[person:JURENSLEY]] EN [[person:SHAKIRA]]. NIET MEER BELLEN OP [[phone:06-41192836]]
=====
sms mw [[person:Aydın]] [[date:di 5/3]] 22:40:
MEVROUW [[person:SEVDA]] MIJN MAN IS WEER BOOS GEWORDEN. IK BEN BIJ MIJN ZUS [[person:EMINE]] IN {{wijk:LAAK}}. NIET NAAR MIJN HUIS BELLEN ALLEEN DIT NUMMER [[phone:06 33 08 71 52]]
-> volgende ochtend gebeld, {{org:Veilig Thuis}} ingelicht
=====
GOEDE MIDDAG IK BEN [[person:HRISTO STOYANOV]] IK HEB GEEN WERK MEER EN GEEN HUIS. IK SLAAP IN {{wijk:ZUIDERPARK}}. {{org:UWV}} ZEGT IK HEB GEEN RECHT. MIJN BSN IS [[bsn:@BSNSP]] GEBOREN [[date:12.09.1979]] IN SOFIA. HELP AUB
-> notitie [[person:Wouter]]: dhr gebeld met tolk, morgen naar spreekuur {{org:Servicepunt XL}}. Briefadres aanvragen via {{org:Leger des Heils}}, dossier [[dossier:SWT-ESC-2024-0402]].
=====
BERICHT VOOR [[person:DAAN]] VAN HET WIJKTEAM. MIJN MOEDER MEVROUW [[person:NOWAK]] IS GEVALLEN EN LIGT IN HET {{org:HAGA}} ZIEKENHUIS. ZE KAN NIET MEER ALLEEN WONEN VOLGENS DE DOKTER. WIE REGELT DE ZORG. IK WOON IN POLEN. [[person:KATARZYNA]] [[phone:+48 512 334 081]] [[email:KASIA.NOWAK84@GMAIL.COM]]
=====
WAAROM KRIJG IK GEEN ANTWOORD. IK HEB 4 KEER GEBELD. MIJN DOSSIERNUMMER IS [[dossier:HW-2023-5561]]. DE SCHIMMEL IS ERGER GEWORDEN EN MIJN ZOON [[person:LIBAN]] HEEFT WEER BENAUWD. IK WIL EEN ANDER HUIS. [[person:HODAN]]
-> doorgezet naar {{org:Vestia}} klachtenlijn, [[person:Henk Smit]] belt haar [[date:di 26-3]] terug. [[person:Hodan]] geïnformeerd via sms.
=====
Voicemail + sms van dhr [[person:Van Dijk]] (82), [[date:zondag 10 maart]]:
IK HEB NIEMAND GEZIEN SINDS VRIJDAG. DE THUISZORG KOMT NIET. IK HEB GEEN BROOD. [[address:GOUDENREGENPLEIN 3]]. BEL [[person:HENK]] MIJN ZOON [[phone:06 24 40 19 83]]
-> [[person:Tim]] is [[date:ma 11-3]] om 8u langsgegaan, dhr was uitgedroogd, {{role:huisarts}} gebeld. Thuiszorg had fout in planning, per vandaag hersteld.
=====
LIEVE [[person:FLEUR]] BEDANKT VOOR ALLES. DE OPERATIE IS GOED GEGAAN. IK BEN THUIS SINDS [[date:2 MEI]]. MIJN MAN [[person:GILBERT]] ZORGT VOOR MIJ. DE WIJKVERPLEGING KOMT 2X PER DAG. GROETJES [[person:RUTHMILA ISENIA]]
=====
Whatsapp doorgestuurd door [[person:Priya]] (dochter van meneer [[person:Jagessar]]):
"MIJN VADER WIL NIET MEER DAT DE THUISZORG KOMT. HIJ ZEGT ZE STELEN. KUNNEN JULLIE LANGSKOMEN. HIJ IS ALLEEN THUIS [[date:WOENSDAG 20 MAART]]. [[address:SOESTDIJKSEKADE 102]]"
=====
IK BEN [[person:MEHMET ÇELIK]] IK HEB BRIEF VAN DEURWAARDER. BEDRAG 3400 EURO. ZAAKNUMMER [[dossier:DW/24/009317]]. IK HEB AL BETAALD AAN {{org:DUO}}. MIJN REKENING [[iban:@IBAN]]. KUNT U KIJKEN. [[email:MEHMETCELIK1969@HOTMAIL.NL]]
=====
GOEDEMORGEN IK WIL MIJN AFSPRAAK VAN [[date:MAANDAG 8 APRIL]] AFZEGGEN. MIJN ZOON [[person:FARID]] IS OPGENOMEN IN {{org:PARNASSIA}}. IK MOET DAAR NAARTOE. [[person:ZOHRA RAHIMI]]
=====
email van [[email:FAM.NKEMELU@GMAIL.COM]] aan {{role:casusregisseur}}:
DEAR [[person:NADIA]] WE RECEIVED A LETTER FROM {{org:BELASTINGDIENST}} AGAIN. WE DONT UNDERSTAND DUTCH. CAN YOU COME [[date:FRIDAY 22ND]]? OUR ADDRESS IS STILL [[address:HOBBEMASTRAAT 144]]. THANK YOU, [[person:CHIAMAKA]] AND [[person:EMEKA]]
=====
HALLO IK BEN DE BUURVROUW VAN MEVROUW [[person:KOSTER]]. ZE DOET AL 3 DAGEN NIET OPEN. DE POST ZIT IN DE BRIEVENBUS. IK HEB GEEN SLEUTEL. MIJN NAAM IS [[person:TRUUS DE GROOT]] [[phone:070 - 368 22 41]]
=====
IK BEN [[person:WARSAME]]. IK HEB GEEN GELD VOOR SCHOOLREIS [[person:FAADUMO]]. 45 EURO. KAN {{org:STICHTING LEERGELD}} BETALEN? MIJN IBAN [[iban:@IBANSP]]
-> aanvraag {{org:Stichting Leergeld}} ingediend [[date:20-03]], ref [[dossier:SL-24-3317]]. Uitbetaling rechtstreeks aan school.
""".split("\n=====\n")

# ---------------------------------------------------------------- Teams chat
RAW += r"""
[09:14] [[person:sanne]]: heb jij [[person:visser]] al gebeld?
[09:15] [[person:daan]]: nee nog niet, nummer klopt niet meer. jij nog een ander nr?
[09:15] [[person:sanne]]: [[phone:06-28471930]] volgens de {{role:thuiszorgcoördinator}}
[09:17] [[person:daan]]: top, doe ik na het mdo
[09:40] [[person:daan]]: [[person:visser]] neemt niet op, voicemail ingesproken
=====
[13:02] [[person:esra]]: de [[person:Nkemelus]] hebben weer een brief vd deurwaarder 😩
[13:03] [[person:wouter]]: welke? die van het {{org:CJIB}}?
[13:03] [[person:esra]]: nee energie, 1800 eu. [[person:chiamaka]] vroeg of jij mee kan naar de {{org:GKB}} op de [[date:28e]]
[13:05] [[person:wouter]]: kan niet, heb overleg met de {{role:wijkagent}}. vraag [[person:ilse]]?
[13:05] [[person:esra]]: 👍
=====
[08:52] [[person:mirjam]]: wie heeft er vandaag dienst op het {{org:servicepunt}}?
[08:53] [[person:rachid]]: ik tot 12, daarna [[person:bram]]
[08:53] [[person:mirjam]]: mw [[person:de wit]] komt langs met de beschikking, kun je kopie maken en in dossier [[dossier:2023-11842]] zetten?
[08:54] [[person:rachid]]: doe ik
[11:21] [[person:nadia]]: iemand ervaring met {{org:Indigo}}? dhr [[person:Haddad]] wil wel praten maar niet bij ons op kantoor
[11:23] [[person:fleur]]: ja [[person:lotte]] werkt daar, zij doet ook huisbezoeken. mail [[email:l.verhoeven@indigo.nl]]
[11:23] [[person:nadia]]: ah top dank je
=====
[16:47] [[person:bram]]: fam. [[person:Öztürk]] zegt dat ze de huur van maart wel betaald hebben, {{org:Staedion}} zegt van niet
[16:48] [[person:bram]]: ze hebben een bankafschrift, rekening [[iban:@IBANSP]]
[16:50] [[person:sanne]]: stuur maar door naar [[person:kees]] van {{org:Staedion}}, die kan het checken
=====
[10:05] [[person:ilse]]: ff een vraagje, weet iemand het nummer van [[person:roos]]? de dochter van mw [[person:visser]]
[10:06] [[person:marloes]]: [[phone:06 41 28 73 90]]
[10:06] [[person:ilse]]: thx!!
[14:31] [[person:kees]]: kunnen we [[person:Tahiri]] bespreken in het mdo van [[date:do 14 mrt]]?
[14:32] [[person:sevda]]: ja zet maar op de agenda. is [[person:Yasmina]] er ook bij?
[14:33] [[person:kees]]: denk het niet, ze werkt
=====
[09:01] [[person:hanneke]]: goedemorgen! ik ben vandaag ziek 🤒 kan iemand mijn HB bij dhr [[person:mol]] om 11u overnemen? [[address:Stuwstraat 14]]
[09:08] [[person:tim]]: ik kan wel, wat moet ik weten?
[09:10] [[person:hanneke]]: hij doet alleen open als je zegt dat je van de {{org:woningbouw}} bent 🙈 en niet over de {{org:GGZ}} beginnen
=====
[12:12] [[person:priya]]: heeft iemand het bsn van [[person:Shurendy]]? {{org:UWV}} vraagt erom
[12:14] [[person:youssef]]: [[bsn:@BSN]]
[12:14] [[person:priya]]: dank! kun je het ook in het dossier zetten dan hoef ik niet steeds te vragen 😅
[12:15] [[person:youssef]]: staat in [[dossier:SWT-LK-2024-0031]]
=====
[15:30] [[person:merel]]: jongens wie kent de {{org:Kessler Stichting}} route voor stellen zonder kinderen?
[15:31] [[person:wouter]]: voor [[person:popescu]]?
[15:31] [[person:merel]]: ja, hij en [[person:ionela]] slapen nog steeds in de auto
[15:33] [[person:wouter]]: bel [[person:sharon]] van het {{org:Centraal Onthaal}}, [[phone:06 12 90 44 76]]
[17:02] [[person:gerda]]: korte update vd {{org:voedselbank}}: [[person:ramdin]] heeft z'n pakket weer opgehaald 🙏
[17:04] [[person:tim]]: fijn! ik had hem vanochtend ook gesproken, hij had griep
=====
[09:33] [[person:dewi]]: [[person:fatima]]'s beschikking is binnen! 12 uur HH per week, ingangsdatum [[date:01-04-2024]]
[09:34] [[person:rachid]]: eindelijk 🎉 weet ze het al?
[09:34] [[person:dewi]]: bel ik zo. nummer was toch [[phone:0634581290]]?
[09:36] [[person:rachid]]: ja klopt
=====
[11:58] [[person:jolanda]]: {{org:Veilig Thuis}} heeft melding over fam [[person:Aydın]] aangenomen, kenmerk [[dossier:VT-2024-03318]]
[11:59] [[person:sevda]]: ok. mevrouw zit nog bij haar zus in {{wijk:Laak}}, adres heb ik niet in dossier gezet
[12:00] [[person:jolanda]]: goed zo, laat zo
=====
[10:10] [[person:bas]]: wie was er bij [[person:Mensah]] gisteren? scootmobiel is afgewezen?!
[10:12] [[person:sevda]]: ik. ja afgewezen want hij kan nog met de {{org:Haagse Ooievaarspas}} met de tram. bezwaar tot [[date:26-4]]
[10:12] [[person:bas]]: hij kan amper 50 meter lopen...
[10:13] [[person:sevda]]: ik weet het. [[person:akosua]] gaat bezwaar maken, ik help
=====
[14:02] [[person:anouk]]: kan iemand dit vertalen? mw [[person:Gebremedhin]] stuurde een spraakbericht in tigrinya
[14:05] [[person:youssef]]: [[person:filmon]] van {{org:VluchtelingenWerk}} kan dat misschien
[14:05] [[person:anouk]]: heb je zijn mail?
[14:06] [[person:youssef]]: [[email:filmon.tekle@vluchtelingenwerk.nl]]
=====
[08:30] [[person:marloes]]: goedemorgen team, reminder: [[person:de haan]] gaat vandaag met mij naar de {{org:kredietbank}}, ik ben tot 11 weg
[08:31] [[person:ilse]]: succes!
[11:45] [[person:marloes]]: gelukt, aanmelding staat. dossier GKB [[dossier:GKB-77120]]
[13:13] [[person:tim]]: [[person:koster]] ligt in het ziekenhuis, buurvrouw [[person:truus]] belde net
[13:14] [[person:hanneke]]: mw [[person:koster]]?? wat is er gebeurd
[13:15] [[person:tim]]: gevallen, {{org:HMC Westeinde}}. dochter [[person:anneke]] is onderweg
=====
[09:45] [[person:sanne]]: vraag: mag ik het adres van [[person:Agnieszka]] delen met de {{role:huisarts}}? ze zit in een geheim adres traject
[09:47] [[person:nadia]]: nee! alleen via {{org:Veilig Thuis}}. ook niet in de mail zetten
[09:47] [[person:sanne]]: ok dacht al. dank
=====
[15:55] [[person:fleur]]: wondzorg [[person:jagessar]] gaat beter, {{role:POH}} kijkt [[date:vrijdag 22 maart]] mee
[15:57] [[person:kees]]: top. dochter nog gebeld?
[15:58] [[person:fleur]]: [[person:priya]] neemt niet op, sms gestuurd naar [[phone:06-57120934]]
=====
[10:20] [[person:rachid]]: iemand het nieuwe mailadres van bewindvoerder [[person:Kuipers]]?
[10:22] [[person:dewi]]: [[email:j.kuipers@bewindhaaglanden.nl]] maar hij reageert traag, beter bellen
[12:40] [[person:wouter]]: mw [[person:Petrova]] is ingeschreven!! adres [[address:Stationsweg 41-III]] [[postcode:2515BM]]
[12:41] [[person:merel]]: wauw, hoe heb je dat voor elkaar gekregen
[12:43] [[person:wouter]]: {{org:Juridisch Loket}} + eigen volharding 😂 nu bijstand aanvragen
=====
[16:10] [[person:esra]]: morgen vrij, [[person:chiamaka]] kan mij appen maar ik antwoord pas [[date:ma 18/3]]. wil iemand backup zijn?
[16:11] [[person:ilse]]: ik
[16:11] [[person:esra]]: dankjee ❤️ haar nummer [[phone:+31 6 4471 0923]]
=====
[09:02] [[person:kees]]: wie zit er in het HB met de {{role:wijkagent}} bij [[person:roos]]?
[09:03] [[person:bram]]: welke [[person:roos]]? die van de [[address:Jan Steenstraat 45]]?
[09:03] [[person:kees]]: ja meneer [[person:roos]]
[09:04] [[person:bram]]: [[person:jolanda]] en ik
[14:14] [[person:lotte]]: [[person:Hoop]] heeft gebeld, buurvrouw [[person:Kaya]] heeft de hele nacht weer geroepen
[14:15] [[person:tim]]: we hebben op [[date:19 maart]] een gesprek met de {{role:psychiater}} van {{org:Parnassia}} daarover
[14:15] [[person:lotte]]: ok dan zeg ik hem dat
=====
[11:07] [[person:merel]]: [[person:Nowak]] dochter [[person:Katarzyna]] belt al 3x per dag vanuit polen 😬
[11:09] [[person:daan]]: snap ik, mama ligt in {{org:HagaZiekenhuis}}. ik bel haar vanmiddag terug met update over indicatie WLZ
=====
[10:00] [[person:sevda]]: bezwaar [[person:Mensah]] is verstuurd, ref [[dossier:WMO-BZ-24-0871]]
[10:01] [[person:bas]]: 💪
""".split("\n=====\n")

# ---------------------------------------------------------------- handover lists
RAW += r"""
Overdracht wk 11 ([[person:Marloes]] -> [[person:Bram]])
- fam. [[person:Öztürk]]: huurachterstand, regeling met {{org:Staedion}} loopt, check [[date:1-4]] of 1e termijn betaald is
- mw [[person:de jong]] ([[address:Goudenregenplein 3]]): valt vaak, {{role:ergo}} aangevraagd
- Gezin [[person:Nkemelu]]: {{org:Veilig Thuis}} melding gedaan [[date:12/3]], zaaknr [[dossier:VT-24-03391]]
- dhr [[person:Baldewsingh]]: niks nieuws, wel ff bellen [[phone:070-3664512]]
- [[person:Yasmina]] (dochter v mw [[person:Tahiri]]) belt terug over {{org:Wmo}} indicatie
=====
OVERDRACHT VAKANTIE [[person:sevda]] (t/m [[date:5 april]])
1. [[person:Mensah]] - bezwaar scootmobiel loopt, niks doen tenzij {{org:Wmo}} belt
2. [[person:Aydın]] - NIET naar huisadres bellen!! alleen [[phone:06 33 08 71 52]]
3. [[person:Chaouch]] - leefgeld via bewindvoerder, vragen gaan naar [[person:Kuipers]]
4. [[person:Petrova]] - bijstandsaanvraag ingediend [[date:11-3]], aanvraagnr [[dossier:A-552019]]
5. de [[person:Rahimis]] - {{org:CJG}} pakt kinderen op, [[person:Zohra]] niet meer als tolk inzetten
=====
overdracht avond -> [[person:tim]]
* dhr [[person:vos]] wil morgen om 9u gebeld worden ([[phone:06 20 55 31 78]]), gaat over zijn beschikking
* mw [[person:Sultani]] post meegenomen, ligt in mijn la
* [[person:Darko]] heeft nieuwe afspraak [[date:wo 20/3]] 14u bij {{org:Schuldhulp}}
* sleutel [[address:Mient 212]] hangt weer in de sleutelkast
=====
Overdracht casus [[dossier:2024-00871]] van [[person:Priya]] naar [[person:Ruben]]

Cliënt: mw [[person:Ilidia Tavares]], [[address:Hoefkade 612]], [[postcode:2526 EV]], tel [[phone:06 47 90 11 32]]
Zoon [[person:Edson]] (19) inwonend, recent vrij. Mw geeft aan bang te zijn. Geen {{org:Veilig Thuis}} melding (nog), wel besproken met {{role:aandachtsfunctionaris}}.
Lopend: {{role:wijkverpleegkundige}} dagelijks (diabetes), aanvraag {{org:Wmo}} HH.
Let op: mw spreekt beter Portugees/Kriolu dan Nederlands, dochter [[person:Manuela]] helpt soms.
=====
overdracht [[person:Nadia]] > [[person:Sanne]] (zwangerschapsverlof)

[[person:Kamińska]] - geheim adres, NIETS in mail. contact alleen via [[person:Agnieszka]] haar mobiel [[phone:06 29 14 85 70]]
[[person:Warsame]] - schimmel, brief huisarts ligt bij {{org:Vestia}}, dossier Vestia [[dossier:HW-2023-5561]]
[[person:Okafor]] - stabiel, ambulante begeleiding {{org:Anton Constandse}} loopt door
Gezin [[person:Tesfay]] - toeslagen, {{role:schuldhulpverlener}} [[person:Rachid]] is eigenaar
=====
Overdracht weekend (alleen spoed)
- [[person:Kaya]], [[address:Mient 212]]: bij escalatie {{org:crisisdienst}} {{org:Parnassia}}, niet zelf gaan
- [[person:Van Dijk]] (geb. [[date:02-10-1941]]): thuiszorg 2x per dag, zoon [[person:Henk]] [[phone:06 24 40 19 83]]
- dakloze mensen: [[person:Popescu]] + vriendin nog geen plek, {{org:Kessler}} wachtlijst
=====
overdracht HB's week 12 ({{wijk:Moerwijk}}/{{wijk:Morgenstond}})
ma – [[person:Jama]] ([[address:Zuiderparklaan 77]]) samen met [[person:lotte]]
di – [[person:ramsaran]] respijtzorg evaluatie
wo – gezin [[person:Boateng]] ([[address:Erasmusweg 904-A]]) 1e gesprek, tolk Twi niet nodig
do – [[person:de Jager]] met {{role:wijkagent}}
vr – vrij
=====
Overdracht [[person:Jolanda]] ({{role:SPV}}) → team bemoeizorg
Dhr. [[person:R. Roos]], [[address:Jan Steenstraat 45]], geboren [[date:17-08-1966]], BSN [[bsn:@BSNDOT]]
Kenmerk {{org:GGD}} meldpunt zorg & overlast: [[dossier:MZO-24-00412]]
Situatie: verwaarlozing, achterdocht, geen ziekte-inzicht. Zus [[person:Wilma Roos]] ([[phone:0174-281 447]]) wil betrokken worden maar dhr wil dat niet.
Vervolg: IBS-route verkennen met {{role:psychiater}}.
=====
overdracht van [[person:youssef]] (ziek) aan wie tijd heeft:
- [[person:Haddad]]: om 13u koffie in {{org:wijkcentrum De Mussen}}, hij komt alleen als hij mij ziet. even appen [[phone:06 10 77 52 39]] dat ik er niet ben
- mw [[person:Gebremedhin]]: tolk geregeld voor [[date:donderdag 21/3]]
- fam [[person:El Idrissi]]: terugbellen, broer is weer thuis
=====
Overdracht na afronding stage [[person:Lisa Verbeek]]
Casussen die zij samen met [[person:Kees]] had:
• mw [[person:Koster]], [[address:Tesselsestraat 19]] – eenzaamheid, koffieochtend [[date:dinsdag 26 maart]]
• [[person:Ayaan Jama]] – mantelzorg, studie, contact via [[email:ayaanjama2003@outlook.com]]
• dhr [[person:Bakker]] – na opname in {{org:HMC}} terug naar huis? navragen bij transferverpleegkundige
=====
OVERDRACHT WIJKTEAM {{wijk:TRANSVAAL}} → {{wijk:SCHILDERSWIJK}} (verhuizing)
Naam: [[person:Bilal Azzouzi]] (31)
Oud adres: [[address:Paul Krugerlaan 12-hs]], nieuw: [[address:Hobbemaplein 60]] [[postcode:2526 JM]]
BSN [[bsn:@BSN]]
Loopt: {{org:Brijder}} verslavingszorg, {{role:ambulant begeleider}} [[person:Chantal]], schuldregeling via {{org:Kredietbank}} nr [[dossier:GKB-80233]]
=====
overdracht budgetcoaching [[person:wouter]] → [[person:merel]]
[[person:Dimitrov]]: doos met post uitgezocht, 14 schuldeisers, totaal ca 23k
rekening: [[iban:@IBANSP]] (hoofd), spaarrek opgeheven
volgende stap: {{org:Schuldhulpverlening}} intake [[date:3 apr]]
[[person:Darko]]: budgetplan klaar, nog handtekening
=====
Overdracht dienst {{org:Servicepunt XL}} {{wijk:Escamp}} [[date:wo 13-03]]
- dhr [[person:Wiśniewski]] kwam voor inschrijving, doorverwezen stadsdeelkantoor
- mw [[person:Lin]] (via zoon [[person:Jun]]) vraag over huishoudelijke hulp, tel zoon [[phone:06 19 02 83 56]]
- anonieme vraag over {{org:Veilig Thuis}}, folder meegegeven
- [[person:Asante]]: kopie paspoort + bankpas gemaakt voor bijzondere bijstand, iban [[iban:@IBAN]]
=====
overdracht (kort!) ik ben [[date:3]] t/m [[date:7 juni]] weg
fam [[person:Hashimi]] - niets
[[person:Latuheru]] - rookmelder geplaatst? checken
[[person:Semedo]] - jongste [[person:Djunior]] schorsing, gesprek school [[date:4/6]]
mw [[person:Girigorie]] - verhuisd naar [[address:Vrederustlaan 50 kamer 14]], [[postcode:2543 SZ]]
=====
Overdracht van {{role:MEE-consulent}} [[person:Anouk]]
Cliënt [[person:Jurensley Rosaria]] (22, LVB), woont bij moeder in {{wijk:Rustenburg}}
Moeder ([[person:Rosaria]]) wantrouwt hulpverlening na {{org:Jeugdbescherming}} in het verleden
Doel: begeleid wonen. Aanmelding {{org:Ipse de Bruggen}} loopt, ref [[dossier:IDB/2024/118]]
Contact: [[phone:06-41192836]] (moeder) - let op, zij wil niet gebeld worden, eerst appen
""".split("\n=====\n")

# ---------------------------------------------------------------- sticky notes / to-dos
RAW += r"""
TODO ma
- bellen [[person:koster]] ([[phone:06 20 94 11 83]])
- brief {{org:gkb}} meenemen HB fam [[person:Haddad]]
- [[person:mol]]: sleutel terug naar {{org:HWW}}
- verjaardag [[person:hanneke]]!! taart
=====
niet vergeten!!
[[person:visser]] → {{role:casemanager dementie}} [[date:6/6]] 10.30
[[person:de wit]] → nieuwe afspraak {{org:Parnassia}} regelen
formulier bijz bijstand [[person:Osei]] afmaken
=====
bellen:
mw [[person:de vries]] [[phone:070 345 81 02]]
[[person:Jagessar]] dochter
[[person:Baldewsingh]] – gaat over zijn pas
{{org:UWV}} ivm [[person:Wójcik]]
=====
post-it op scherm [[person:Ruben]]:
ZAAKNR [[person:Warsame]] = [[dossier:2024-01288]] (niet [[dossier:2024-01228]]!!)
=====
wo:
9u [[person:hoop]] terugbellen
10u mdo (casus [[person:Kaya]] inbrengen)
13u HB [[person:de haan]] + [[person:marloes]]
16u mail [[person:kuipers]] over leefgeld [[person:chaouch]]
=====
to do [[date:vrijdag 15/3]]
☐ bsn [[person:Petrova]] doorgeven aan {{org:Sociale Dienst}}: [[bsn:@BSN]]
☐ uitdraai huurschuld [[person:Öztürk]]
☐ [[person:Nkemelu]] tolk Engels? nee ze spreken Engels zelf
☐ koffie halen lol
=====
- mevr. [[person:Lin]] zoon [[person:Jun]] terugbellen [[phone:0619028356]]
- folder {{org:Humanitas}} thuisadministratie voor [[person:Asante]]
- [[person:Dimitrov]] post scannen
=====
!!! [[person:Aydın]] – GEEN post naar [[address:Leyweg 980]] sturen, mevrouw woont daar niet meer !!!
=====
vandaag nog:
mail naar [[email:h.demir@haagwonen.nl]] ({{role:woonconsulent}}) over [[person:Boateng]]
[[person:Yaw]] (zoon [[person:Boateng]]) kan vertalen, nr [[phone:+31 6 2098 3371]]
=====
lijstje voor [[person:daan]]
1 nieuwe {{role:wmo-consulent}} [[person:Ingrid]] voorstellen aan [[person:Mensah]]
2 [[person:roos]] (jan steen) – sleutelkastje?
3 urgentie [[person:Bisoen]] verloopt [[date:1 mei]]
=====
geb. data voor formulier {{org:CAK}}:
[[person:Hodan]] [[date:11-02-1988]]
[[person:Liban]] [[date:30-06-2017]]
[[person:Faadumo]] [[date:07-12-2012]]
=====
ff onthouden: [[person:chiamaka]] nieuw mailadres [[email:chiamaka.nkemelu@yahoo.com]] (oude werkt niet meer)
=====
HB-lijst do
[[address:Hobbemastraat 144]] – de [[person:Nkemelus]]
[[address:Mient 212]] – [[person:kaya]]
[[address:Kamperfoeliestraat 9a]] – [[person:visser]] + dochter
=====
terugbellen [[person:truus]] (buurvr [[person:koster]]) [[phone:0703682241]] – wil weten hoe het gaat, niks inhoudelijks vertellen!!
=====
[ ] [[person:Çelik]] – deurwaarder bellen, dossier [[dossier:DW/24/009317]]
[ ] [[person:Çelik]] – kopie betaalbewijs {{org:DUO}}
[ ] [[person:Pinas]] huurtoeslag formulier
[x] [[person:El Amrani]] vervanging regelen
=====
leefgeld [[person:Chaouch]] 60/wk naar [[iban:@IBANSP]] – bewindvoerder bevestigt [[date:ma 25-3]]
=====
nieuwe nrs:
[[person:sharon]] {{org:centraal onthaal}} [[phone:06 12 90 44 76]]
[[person:filmon]] {{org:vluchtelingenwerk}} [[phone:06 83 21 05 64]]
[[person:jolanda]] {{role:spv}} [[phone:06 51 77 30 12]]
=====
NIET VERGETEN: toestemmingsverklaring [[person:Rahimi]] tekenen!! ook door [[person:Mariam]] zelf
=====
spreekuur {{wijk:Bouwlust}} 14-16u
[[person:Ramsaran]] 14.00
[[person:Sewdien]] 14.30 (nieuw, via {{role:huisarts}} Dr. [[person:Kok]])
[[person:Fortes]] 15.00
=====
vragen aan [[person:kees]]: mag ik [[person:Jurensley]] zelf aanmelden bij {{org:Ipse de Bruggen}} of moet moeder tekenen? hij is 22
""".split("\n=====\n")

# ---------------------------------------------------------------- mixed quick notes, longer dictations
RAW += r"""
dictaat na huisbezoek [[date:14032024]] meneer [[person:post]] had weer een stapel post gekregen die hij niet opent hij zegt dat het toch alleen maar rekeningen zijn we hebben samen drie enveloppen opengemaakt een aanmaning van {{org:ziggo}} een brief van het {{org:cak}} en een herinnering van de huisarts voor de griepprik meneer is 69 woont alleen sinds zijn vrouw overleden is zijn zoon [[person:rob post]] woont in almere en belt af en toe ik heb gevraagd of ik de zoon mag bellen dat mocht nummer zoon [[phone:06 12 34 56 78]] volgende keer neem ik de {{role:ouderenadviseur}} mee adres [[address:laan van meerdervoort 1620]] postcode [[postcode:2555 ch]]
=====
Hoi [[person:Naima]], ik heb je bericht gelezen. Ik kom morgen om 10 uur langs met een voedselpakket van de {{org:Voedselbank}}. Ik heb de bewindvoerder ook gemaild. Groet, [[person:Sanne]]
=====
Groet,
[[person:Sanne Dekker]]
{{role:maatschappelijk werker}} | {{org:Xtra}} | SWT {{wijk:Schilderswijk}}
[[phone:06 18 42 77 30]] (ma-di-do)
[[email:s.dekker@xtra.nl]]
=====
even kort de stand van zaken van meneer [[person:zwart]] hij werkt zwart bij een garage en krijgt daarnaast bijstand de {{org:sociale recherche}} is een onderzoek gestart meneer is in paniek hij is bang dat hij alles moet terugbetalen ik heb hem doorverwezen naar het {{org:juridisch loket}} en gezegd dat hij eerlijk moet zijn klantnummer sociale dienst [[dossier:szw 5530218]] zijn vrouw [[person:marga]] weet van niks
=====
mevrouw [[person:de groot]] 91 woont nog zelfstandig in {{wijk:bezuidenhout}} de grote kamer beneden is omgebouwd tot slaapkamer {{role:wijkverpleegkundige}} [[person:dewi]] komt s ochtends en s avonds kleinzoon [[person:jesse]] doet de boodschappen ze vraagt of er iemand kan komen voorlezen want haar ogen zijn slecht ik meld haar aan bij de vrijwilligers van {{org:humanitas}} telefoon mevrouw [[phone:070 385 12 60]]
=====
mail van [[person:priya]] gedicteerd op de fiets dus excuses voor de typfouten meneer [[person:sewdien]] is aangemeld door de {{role:huisarts}} vanwege eenzaamheid en gewichtsverlies hij woont op [[address:delftselaan 61-hs]] en komt alleen buiten voor de moskee op vrijdag nee sorry de mandir op zondag hij heeft geen kinderen maar wel een nicht [[person:sharmila]] die in {{wijk:wateringse veld}} woont
=====
wijkagent [[person:de ruiter]] belde over de [[address:jan steenstraat 45]] er zijn meerdere meldingen van stankoverlast en een buurvrouw denkt dat er iets ergs is hij wil met ons mee [[date:dinsdag 19 maart]] ik heb gezegd dat [[person:jolanda]] en [[person:bram]] gaan zijn nummer [[phone:06 42 09 37 11]] alleen voor werk gebruiken
=====
SMS aan mw [[person:Fortes]] verstuurd [[date:18-03]] 11:02:
"Goedemorgen mevrouw [[person:Fortes]], de afspraak met de {{role:budgetcoach}} is verzet naar [[date:donderdag 28 maart]] om 14.00 uur in het {{org:wijkcentrum Bouwlust}}. Met vriendelijke groet, [[person:Wouter]]"
=====
aantekening telefoongesprek met meneer [[person:groen]] hij belde over de groene container die al drie weken niet is geleegd en over zijn buurman die hem bedreigt buurman heet volgens meneer [[person:pieter blom]] ik heb gevraagd of hij aangifte heeft gedaan nee meneer durft niet ik heb buurtbemiddeling voorgesteld via {{org:buurtbemiddeling den haag}}
=====
notitie: [[person:Abena]] ([[person:Osei]]) is weer zwanger, verwacht rond [[date:8 augustus]]. Ze wil haar kraamzorg regelen maar heeft geen aanvullende verzekering. Doorverwezen naar {{org:CJG}} en {{role:verloskundige}}. Geboortedatum [[person:Abena]] [[date:23-05-1996]]. bsn [[bsn:@BSNSP]]
=====
opname gesprek over de kinderen van gezin [[person:Semedo]] de oudste [[person:nilton]] zit in de tweede klas de jongste [[person:djunior]] is geschorst wegens vechten school wil een gesprek met beide ouders vader [[person:joão semedo]] werkt in ploegendienst bij de haven moeder [[person:manuela]] werkt in de schoonmaak ik probeer een avondafspraak te plannen met de {{role:jeugdconsulent}} van het {{org:cjg}} [[person:ruben]]
=====
kort: mw [[person:El Amrani]] gaat met verlof, haar casussen naar [[person:Dewi]] en [[person:Tim]]. Vervanging bij [[person:Pinas]] (huurtoeslag) en [[person:Tahiri]] (Wmo). Bereikbaar voor vragen tot [[date:vrijdag 12 april]].
=====
melding van de huismeester van de flat aan de [[address:dedemsvaartweg 411]] in {{wijk:leyenburg}} bewoner heer [[person:visscher]] zou al weken niet buiten zijn geweest er staat een volle vuilniszak voor de deur de huismeester heeft aangebeld maar er werd niet opengedaan wij gaan samen met de {{role:wijkverpleegkundige}} vanmiddag kijken
=====
dictatie mevrouw [[person:bouzid]] email is [[email:fatima punt bouzid apenstaartje gmail punt com]] zij wil de stukken voor de {{org:wmo}} per mail ontvangen telefoon [[phone:06 50 22 84 19]] geboortedatum [[date:zeven april negentienzestig]] ze vroeg ook of haar dochter [[person:nora]] gebeld mag worden als zij zelf niet opneemt nummer van [[person:nora]] [[phone:06 23 87 41 50]] dat heb ik genoteerd als tweede contactpersoon in dossier [[dossier:2024-03876]]
=====
uitleg voor nieuwe collega [[person:Lisa]]: in dossiers schrijven we geen volledige namen van kinderen, alleen initialen. Dus niet "[[person:Nilton Semedo]]" maar "N.". Voor de rest: alles in het dossier, niet in de Teams chat. [[person:Kees]]
=====
spraakmemo meneer [[person:prins]] wil op prinsjesdag naar het binnenhof maar hij kan niet lang staan vraag is of er een rolstoel geleend kan worden via de {{org:rode kruis}} uitleen hij heeft al een {{org:ooievaarspas}} dus de tram is gratis adres meneer [[address:vlamingstraat 9-b]] postcode [[postcode:2511 ax]] telefoon [[phone:070 364 90 11]]
=====
Mw. [[person:Li]] belde via haar buurvrouw [[person:Sophie]] over een brief van de {{org:IND}} over naturalisatie. Ze mist een document uit China. Ik heb doorverwezen naar {{org:VluchtelingenWerk}} maar dat is niet de juiste plek, toch {{org:Juridisch Loket}}? Navragen. V-nummer [[dossier:V-3021 884 561]]
=====
terugkoppeling MDO [[date:21 maart]]
aanwezig: [[person:Kees]] ({{role:voorzitter}}), [[person:Jolanda]] ({{role:SPV}}), [[person:Fleur]] ({{role:wijkverpleegkundige}}), [[person:Rachid]] ({{role:schuldhulpverlener}}), [[person:Sevda]] ({{role:Wmo-adviseur}})
casus [[person:Kaya]]: ingebracht door [[person:Lotte]]. acties: huisbezoek met {{role:psychiater}}, buren ([[person:Hoop]]) info geven over route bij escalatie
casus [[person:Jagessar]]: wondzorg beter, thuiszorg weer binnen. afsluiten over 4 weken
=====
nog even voor het verslag de {{role:bewindvoerder}} van mevrouw [[person:lopes]] heet [[person:m. andrade]] van {{org:bewind en budget haaglanden}} mevrouw heeft sinds [[date:1 februari]] leefgeld van 75 euro per week via [[iban:@IBANLC]] het lukt haar niet om rond te komen want ze moet ook de schoolspullen van haar dochter [[person:leila]] betalen
=====
Mw. [[person:Ghebreyesus]] ([[person:Mebrat]]) wil haar naam veranderen in de BRP, er staat een fout in haar achternaam sinds inburgering. Zaaknummer gemeente [[dossier:BRP-2024-44102]]. Ik heb het formulier ingevuld, ze tekent [[date:maandag 1/4]]. Tel [[phone:0686 12 49 70]]
=====
hoi [[person:Wouter]] kun jij de {{org:Voedselbank}} verwijsbrief voor [[person:Darwish]] tekenen? ik ben vandaag niet op kantoor. gezin van 5, inkomen onder de norm, alles gecheckt. dossier [[dossier:SWT-HW-0558]]. thx [[person:Merel]]
=====
ingesproken na gesprek met school over [[person:amira]] [[person:benali]] 14 jaar de mentor maakt zich zorgen ze komt vaak te laat en heeft geen ontbijt gehad moeder [[person:khadija benali]] is alleenstaand en werkt vroege diensten in een hotel ik heb met moeder gebeld op [[phone:06 17 26 35 44]] ze was opgelucht dat iemand meedenkt ontbijtclub via {{org:stichting mooi}} en {{org:jeugdfonds sport}} voor voetbal
=====
even belangrijk voor iedereen de bsn van mevrouw [[person:hatice yıldız]] staat verkeerd in het systeem het juiste nummer is [[bsn:@BSN]] en niet het oude graag aanpassen in alle formulieren die naar het {{org:uwv}} gaan geboortedatum klopt wel [[date:09-09-1959]]
=====
fam. [[person:Pattiasina]] – verhuisd van [[address:Rusthoekstraat 22]] naar [[address:Moerweg 310-1]], [[postcode:2541 ZJ]]. Oude adres uit dossier halen. Nieuwe contactpersoon {{org:Haag Wonen}}: [[person:Rinske]] [[email:r.bos@haagwonen.nl]]
=====
dictaat ik was vandaag bij mevrouw [[person:vos]] samen met haar vriendin [[person:anja]] de vos die ze op haar arm heeft laten tatoeëren heeft ze van haar overleden man gekregen zegt ze ze zit slecht in haar vel en praat over er niet meer willen zijn ik heb de {{org:113 zelfmoordpreventie}} lijn gegeven en afgesproken dat ik morgen bel op [[phone:06 33 51 27 08]] de huisarts dr. [[person:de haan]] heb ik gebeld en die neemt het over
=====
Whatsapp [[person:Liban]]'s school → moeder [[person:Hodan]] (doorgestuurd): "Beste mevrouw, [[person:Liban]] was vandaag benauwd in de gymles. Wilt u het inhalatorschema meegeven? Groet, juf [[person:Annemiek]]"
=====
spreekuur voor de deur van de moskee in {{wijk:transvaal}} iemand vroeg naar hulp met de huur voor zijn zwager [[person:hamza ait taleb]] die woont op [[address:kempstraat 210]] postcode [[postcode:2572 ga]] zwager is ziek en heeft geen geld ik heb een kaartje gegeven en gezegd dat [[person:hamza]] zelf moet bellen
""".split("\n=====\n")

# ---------------------------------------------------------------- longer notes (timelines, long dictations, threads)
RAW += r"""
chronologie casus [[person:de wit]] voor het mdo
[[date:4-1]] melding via {{role:huisarts}} [[person:dr. Meijer]], mw eet niet meer en komt niet buiten
[[date:9-1]] eerste HB met [[person:marloes]], deur niet open, briefje achtergelaten
[[date:11 jan]] mw belt zelf terug vanaf [[phone:070 393 21 84]], afspraak gemaakt
[[date:16/1]] HB gelukt, woning vervuild, koelkast leeg, post van 3 maanden ongeopend
[[date:23-01]] samen met {{role:budgetcoach}} post geordend: achterstand {{org:Eneco}} 640 euro, zorgverzekering 1100 euro, klantnr {{org:CZ}} [[dossier:CZ 2041 7733]]
[[date:2 feb]] aanmelding {{org:Parnassia}} via huisarts, wachtlijst 8 weken
[[date:14-02-2024]] mw mist 1e afspraak {{org:ggz}}
[[date:20 februari]] crisis, buurvrouw belt {{org:politie}}, mw tijdelijk opgenomen
[[date:5-3]] ontslag, terug naar [[address:Loosduinseweg 744-III]], [[postcode:2571 BX]]
nu: ambulante begeleiding aangevraagd, dossier bij ons [[dossier:SWT-SW-2024-0113]]
=====
lange dictatie na intake gezin [[person:kalloe]] ik typ het uit zoals het komt meneer [[person:anil kalloe]] 44 jaar mevrouw [[person:sita kalloe]] 39 jaar twee kinderen van 12 en 9 ze wonen sinds 2019 op de [[address:wouwermanstraat 7-1]] postcode [[postcode:2522 bn]] meneer is zijn baan kwijtgeraakt bij een transportbedrijf in november 2023 nee sorry het was [[date:17 november]] want hij weet het precies het was de dag na zijn verjaardag de ww loopt nog tot de zomer daarna bijstand ze hebben een schuld van ongeveer 8000 euro bij diverse partijen waaronder een telefoonabonnement en een lening bij familie mevrouw werkt parttime in de thuiszorg bij {{org:florence}} ze doet alles maar kan het niet meer aan de kinderen merken de spanning de oudste slaapt slecht ik heb voorgesteld om samen met de {{role:schuldhulpverlener}} een overzicht te maken afspraak [[date:maandag 25 maart]] tien uur op het {{org:servicepunt xl}} telefoon meneer [[phone:06 49 30 81 25]] telefoon mevrouw [[phone:06 49 30 81 26]] mail [[email:a.kalloe@hotmail.com]] bsn meneer [[bsn:@BSN]] bsn mevrouw [[bsn:@BSN]] rekening [[iban:@IBANLC]]
=====
Verslag huisbezoek
Datum: [[date:wo 6 maart 2024]]
Aanwezig: [[person:Ilse]] ({{role:maatschappelijk werker}}), [[person:Dewi]] ({{role:wijkverpleegkundige}})
Cliënt: dhr. [[person:H. Schouten]], geb. [[date:30-10-1948]], [[address:Oude Haagweg 310-A]], [[postcode:2552 ER]], tel. [[phone:(070) 397 40 12]]
Dossiernr: [[dossier:2024-02215]]

Dhr. woont alleen, weduwnaar sinds 2022. Val in de badkamer [[date:1 maart]], lag een nacht op de grond. Alarmering via {{org:Zorgalarm Haaglanden}} aangevraagd. Dochter [[person:Marjolein]] woont in Zwolle, belt dagelijks, kan niet vaak komen. Dhr. wil niet naar een verpleeghuis. Afspraken: {{role:ergotherapeut}} beoordeelt badkamer op [[date:13-03]], huishoudelijke hulp via {{org:Wmo}}, evaluatie over 6 weken ([[date:17 april]]).
=====
[10:02] [[person:bram]]: ik zit bij de [[person:Boatengs]], situatie is echt slecht
[10:02] [[person:bram]]: stroom afgesloten sinds [[date:zaterdag 16 maart]], 3 kinderen, jongste 8 mnd
[10:03] [[person:sanne]]: welk energiebedrijf?
[10:04] [[person:bram]]: {{org:Vattenfall}}, klantnr [[dossier:7001 3389 21]], achterstand 1200
[10:05] [[person:sanne]]: bel de crisisdienst van vattenfall, bij kinderen onder 1 moeten ze opnieuw aansluiten. nummer van meneer?
[10:05] [[person:bram]]: [[phone:06 21 73 08 44]], mevrouw [[person:Ama]] heeft geen beltegoed
[10:07] [[person:sanne]]: ok. adres?
[10:07] [[person:bram]]: [[address:Erasmusweg 904-A]] [[postcode:2532 CN]]
[10:20] [[person:sanne]]: vattenfall sluit vandaag nog aan! ze willen wel een regeling, ik heb [[email:k.boateng1981@gmail.com]] doorgegeven voor de bevestiging
[10:21] [[person:bram]]: geweldig 🙏 ik blijf tot de monteur er is
[10:22] [[person:sanne]]: noteer je het in [[dossier:SWT-ESC-2024-0339]]?
[10:22] [[person:bram]]: ja doe ik straks
=====
dictaat gesprek met mevrouw [[person:ivanova]] [[person:yordanka]] via tolk bulgaars over haar zoon [[person:plamen]] 17 jaar hij zit niet meer op school sinds de [[date:8e]] van vorige maand en hangt op straat in de {{wijk:stationsbuurt}} met oudere jongens de {{role:leerplichtambtenaar}} heeft een proces verbaal opgemaakt nummer [[dossier:lp 24 00718]] moeder is wanhopig en wil dat hij terug naar bulgarije gaat naar zijn oma maar hij wil niet mevrouw werkt via een uitzendbureau in een distributiecentrum in de nacht dus ze ziet hem bijna niet ik heb met toestemming van mevrouw het {{org:cjg}} gebeld en jongerenwerk van {{org:xtra}} gevraagd contact te leggen adres [[address:stationsweg 119-ii]] postcode [[postcode:2515 bm]] telefoon mevrouw [[phone:+359 88 412 7730]] en nederlands nummer [[phone:06 85 20 14 63]] volgende afspraak [[date:vrijdag 29 maart]] met [[person:plamen]] erbij
=====
OVERDRACHTSDOCUMENT – cliënt gaat naar ander stadsdeel

Naam: [[person:Mariska van Leeuwen]]
Geboortedatum: [[date:19-01-1983]]
BSN: [[bsn:@BSNDOT]]
Oud adres: [[address:Hoefkade 1108]], [[postcode:2526 GT]] ({{wijk:Schilderswijk}})
Nieuw adres per [[date:1 april]]: [[address:Dr. Lelykade 18]], [[postcode:2583 CL]] ({{wijk:Scheveningen}})
Tel: [[phone:06-39 11 72 05]]   E-mail: [[email:mariska.vl83@live.nl]]
Bewindvoerder: [[person:J. Kuipers]], {{org:Bewindvoering Haaglanden}}, rek. leefgeld [[iban:@IBANSP]]
Betrokken: {{org:Brijder}} (alcohol), {{role:ambulant begeleider}} [[person:Chantal]], {{org:Haag Wonen}} (huurcontract [[dossier:HW-2024-0092]])
Kinderen: geen. Ex-partner [[person:Dennis]] heeft straatverbod tot [[date:31-12-2024]].
=====
ingesproken na lang telefoongesprek met [[person:ravi mahabier]] de zoon van mevrouw [[person:mahabier]] hij woont in utrecht en is zeer ontevreden over de zorg voor zijn moeder hij zegt dat de thuiszorg steeds andere mensen stuurt en dat niemand hem terugbelt ik heb uitgelegd dat wij niet de thuiszorg zijn maar het {{org:sociaal wijkzorgteam}} en dat ik wel kan helpen met een gesprek met {{org:florence}} hij wil een gesprek op [[date:woensdag 3 april]] in de ochtend hij geeft toestemming om zijn nummer te delen [[phone:06 12 05 87 99]] en zijn mail [[email:ravi.mahabier@uu.nl]] moeder woont op de [[address:zonnebloemstraat 52]] in {{wijk:bouwlust}} [[postcode:2533 vk]] clientnummer florence [[dossier:fl-338207]] ik heb ook gevraagd of moeder zelf nog beslissingen kan nemen hij twijfelt daaraan dus {{role:casemanager dementie}} erbij vragen
=====
Re: aanvraag bijzondere bijstand [[person:Asante]]

Hoi [[person:Rachid]],
Hierbij de gegevens voor de aanvraag, alles gecheckt met mw [[person:Asante]] op [[date:do 7-3]]:
- naam: [[person:Yaa Asante]], geb. [[date:02-02-1979]]
- bsn: [[bsn:@BSN]]
- adres: [[address:Jacob Catsstraat 233]], [[postcode:2521 JP]]
- rekening: [[iban:@IBAN]]
- reden: wasmachine kapot, 2 kinderen, bedrag offerte 449 euro
Ze is bereikbaar op [[phone:0647829013]] na 15u.
Groet, [[person:Merel]]
=====
weekoverzicht [[person:tim]] (wk 13)
ma [[date:25-3]] – HB [[person:Kalloe]] met {{role:schuldhulpverlener}}, aanmelding {{org:GKB}} [[dossier:GKB-81456]]
di [[date:26-3]] – koffieochtend met mw [[person:Koster]], ging goed, wil volgende week weer
wo [[date:27-3]] – [[person:Fortes]] gebeld, afspraak budgetcoach bevestigd
do [[date:28-3]] – [[person:Fortes]] afspraak, niet gekomen!! briefje naar [[address:Melis Stokelaan 1601]]
vr [[date:29-3]] – [[person:Ivanova]] + zoon, {{org:CJG}} aanwezig
=====
verslag in de auto ingesproken klant is mevrouw [[person:zieliński]] [[person:marta]] ze woont in een kamer bij een huisjesmelker op de [[address:kortenbosch 15]] er wonen 14 mensen in één huis met twee wc's de {{org:gemeente}} is al eens geweest voor een controle huurbaas heet volgens haar [[person:karel dekker]] zij betaalt 550 euro cash zonder bon ik heb haar gevraagd om bewijzen te verzamelen foto's en whatsapp berichten en ik heb een melding gedaan bij het {{org:meldpunt goed verhuurderschap}} meldingsnummer [[dossier:gv-24-1188]] mevrouw heeft een pools nummer [[phone:+48 698 155 021]] en een mailadres [[email:marta.zielinska@o2.pl]] ze werkt bij een champignonkwekerij en heeft haar eerste loonstrook van [[date:15 maart]] laten zien
=====
Verslag telefonisch overleg [[date:12-03-2024]] met {{org:Veilig Thuis}} ({{role:medewerker advies}} [[person:Saskia]])
Betreft: gezin [[person:Aydın]], kenmerk VT [[dossier:VT-2024-03318]]
Mw. [[person:Ayşe Aydın]] verblijft sinds [[date:5 maart]] bij zus [[person:Emine]] in {{wijk:Laak}}.
Dhr. [[person:Murat Aydın]] (geb. [[date:14-7-1974]]) woont nog op het gezinsadres [[address:Leyweg 980]], [[postcode:2545 HJ]].
Kinderen [[person:Elif]] (10) en [[person:Burak]] (7) gaan naar school in {{wijk:Bouwlust}}, school is geïnformeerd.
Afspraak: VT neemt regie, SWT ondersteunt mw. bij inkomen en huisvesting. Contact mw. alleen via [[phone:06 33 08 71 52]].
=====
dictaat telefoontje van hr. [[person:de koning]] van {{org:eneco}} over mevrouw [[person:kruisland]] zij heeft sinds januari niks meer betaald en er staat een afsluiting gepland voor [[date:maandag 8 april]] hij wil het eerst met ons afstemmen omdat ze bekend is bij {{org:vroegsignalering}} klantnummer eneco [[dossier:200 448 1193]] adres [[address:zuiderparklaan 188]] postcode [[postcode:2574 jc]] ik ga vandaag nog langs en bel hem terug op zijn directe nummer [[phone:088 895 12 20]] mevrouw zelf is slecht bereikbaar haar mobiel [[phone:06 44 09 18 35]] staat vaak uit
=====
Dossieraantekening [[dossier:2024-03104]] – [[date:ma 18 maart]]
Cliënt [[person:A. Rahimi]] (vader) kwam onaangekondigd op spreekuur {{wijk:Mariahoeve}}. Was boos: brief {{org:DUO}} over terugbetaling studiefinanciering van dochter? Blijkt brief voor [[person:Zohra]]'s oudere zus [[person:Nasrin]] (geb. [[date:08-08-2001]]), die in Amsterdam studeert. Uitgelegd. Dhr. wil dat [[person:Nasrin]] zelf belt: [[phone:06 27 18 40 92]], [[email:nasrin.rahimi@student.uva.nl]]. Daarna rustiger. Gevraagd naar {{org:i-psy}}: intake op [[date:10 april]].
=====
lange voicemail van mevrouw [[person:maduro]] uitgeschreven ze zegt dat haar kleinzoon [[person:gianluca]] bij haar woont sinds zijn moeder [[person:joanne]] is opgenomen en dat ze geen geld heeft voor zijn kleren en eten ze krijgt alleen aow en een klein pensioen van {{org:pfzw}} ze vraagt of er een regeling is voor grootouders die voor kleinkinderen zorgen en of ze kinderbijslag kan krijgen ze woont op [[address:soestdijksekade 820]] postcode [[postcode:2574 cr]] ze belt vanaf de vaste lijn [[phone:070 448 62 13]] want haar mobiel is kapot haar bsn heeft ze ook ingesproken [[bsn:@BSN]] [[person:gianluca]] is 8 en zit op de basisschool in {{wijk:moerwijk}} terugbellen voor de {{org:svb}} kinderbijslag en {{org:cjg}} pleegzorg netwerk
=====
[08:55] [[person:dewi]]: wie kan vandaag mee naar mw [[person:kruisland]]? afsluiting [[date:8 april]] 😬
[08:56] [[person:marloes]]: ik kan om 13u
[08:56] [[person:dewi]]: top. [[address:Zuiderparklaan 188]], 3e verdieping, bel werkt niet, even bellen dan [[phone:06 44 09 18 35]]
[08:58] [[person:marloes]]: heeft ze al een bewindvoerder?
[08:59] [[person:dewi]]: nee, wel aangemeld bij {{org:Schuldhulp}} sinds [[date:12-2]], dossier [[dossier:SHV-24-0417]]
[09:00] [[person:marloes]]: dan vragen we daar een spoedregeling. heb je haar iban?
[09:01] [[person:dewi]]: [[iban:@IBANSP]]
[09:01] [[person:marloes]]: 👍 tot 13u
=====
intake via {{org:servicepunt xl}} {{wijk:laak}} [[date:vr 22-3]]
naam [[person:Sahra Mohamud]] geb [[date:1-1-1990]] (let op vaak [[date:1-1]] bij Somalische cliënten, klopt volgens mw)
adres [[address:Van Zeggelenlaan 212-B]], [[postcode:2524 AZ]]
tel [[phone:06-10 28 44 71]]
vraag: inburgering loopt vast, examen 3x gezakt, {{org:DUO}} lening 9000 euro, boete dreigt
zoon [[person:Abdirahman]] (15) helpt met brieven
afspraak: samen naar {{org:Taalhuis}} in de bieb, vervolg [[date:5/4]]
=====
Aantekening bij casus [[person:Nkemelu]], [[date:maandag 11 maart]]. Gesprek bij de [[person:Nkemelus]] thuis ([[address:Hobbemastraat 144]], [[postcode:2526 JX]]) samen met [[person:Esra]]. [[person:Emeka]] heeft een tijdelijk contract bij een logistiek bedrijf, [[person:Chiamaka]] volgt een cursus Nederlands bij {{org:Mondriaan}}. De belastingschuld (toeslagen 2022) is ruim 6000 euro; kenmerk Belastingdienst [[dossier:8912.44.301.T.22]]. Ze willen een persoonlijke betalingsregeling. Mail van [[person:Chiamaka]]: [[email:chiamaka.nkemelu@yahoo.com]]. We gaan samen naar het {{org:Belastingdienst}} steunpunt, afspraak volgt.
=====
ingesproken vanaf de fiets dus sorry voor de rommel meneer [[person:osman]] uit {{wijk:duindorp}} belde weer over zijn uitkering die is stopgezet omdat hij niet op de afspraak bij de {{role:klantmanager}} was volgens hem heeft hij nooit een brief gehad het adres dat de {{org:sociale dienst}} heeft is het oude adres [[address:duinstraat 41-a]] terwijl hij al sinds de [[date:1e]] van februari op de [[address:pluvierstraat 317]] woont postcode [[postcode:2583 rn]] ik ga het adres laten aanpassen klantnummer [[dossier:szw 6627145]] telefoon [[phone:06 55 41 09 83]] en ik vraag de klantmanager mevrouw [[person:kramer]] om de uitkering met terugwerkende kracht te herstellen
=====
memo vanuit de {{org:schuldhulpverlening}} voor het wijkteam over dhr. [[person:Stan]] ([[person:Gheorghe]])
- aanmelding [[date:19-02]], intake [[date:04-03]]
- inkomen: loon uitzendbureau, wisselend, laatste strook [[date:22 maart]]
- schulden: 11 schuldeisers, 17.400 euro, waaronder {{org:CJIB}} boetes ([[dossier:CJIB 1029 4477 8812 0935]])
- rek.nr [[iban:@IBANSP]]
- woont bij broer op [[address:Kraaiestraat 64]] [[postcode:2563 PL]], niet ingeschreven → eerst BRP regelen!
- tel [[phone:+40 744 309 118]] / [[phone:06 87 13 22 05]]
=====
dictaat voor het dossier van [[person:laila noori]] 27 jaar afghaans ze is statushouder en woont sinds september 2022 nee sorry sinds [[date:12 september 2022]] in {{wijk:ypenburg}} op [[address:laan van hoornwijck 88]] [[postcode:2497 bb]] ze heeft last van nachtmerries en slaapt slecht ze wil naar een psycholoog maar de {{role:huisarts}} zegt dat ze eerst naar de {{role:poh ggz}} moet ze heeft daar een afspraak op [[date:2 april]] haar man [[person:sultan noori]] werkt in de bouw ze hebben één zoontje van 3 die naar de peuterspeelzaal gaat bsn mevrouw [[bsn:@BSN]] mail [[email:laila.noori95@gmail.com]] telefoon [[phone:0612 77 40 38]]
=====
Fam. [[person:Öztürk]] — samenvatting voor {{role:casusregisseur}} [[person:Nadia]]
* [[person:Ayşe Öztürk]] (geb. [[date:11.06.1967]]) en [[person:Mehmet Öztürk]] (geb. [[date:3.2.1963]]), [[address:Hoefkade 402]], [[postcode:2526 BN]]
* huurachterstand {{org:Staedion}} 3 mnd, regeling sinds [[date:1 april]] – 150 p/m, contractnr [[dossier:ST-200915]]
* dhr opgenomen {{org:HMC}} [[date:3 jun]] – [[date:19 jun]] (hartinfarct)
* nichtje [[person:Elif]] tolkt, tel [[phone:06 19 44 27 05]]
* rekening voor regeling: [[iban:@IBAN]]
=====
Teams [[date:di 2 april]]
[[person:ruben]] 09:12 — [[person:jurensley]] staat op de stoep bij kantoor zonder afspraak, hij is ontzettend boos op zijn moeder
[[person:anouk]] 09:13 — ik kom eraan, zet hem in de spreekkamer met koffie
[[person:ruben]] 09:20 — hij zegt dat ze hem eruit heeft gezet. slaapt vannacht bij vriend in {{wijk:Rustenburg}}, [[address:Loevesteinlaan 411]]
[[person:anouk]] 09:45 — gesproken. {{org:Ipse de Bruggen}} kan hem per [[date:15 april]] plaatsen, tot die tijd logeren bij vriend [[person:Rodney]]. nummer [[person:jurensley]] nu [[phone:06 20 39 18 77]] (oude werkt niet)
[[person:ruben]] 09:46 — en moeder?
[[person:anouk]] 09:47 — bel ik vanmiddag. zaak [[dossier:IDB/2024/118]] bijgewerkt
=====
uitgetypte dictatie het gaat om meneer [[person:kowalczyk]] [[person:grzegorz]] hij is 58 en heeft longemfyseem hij woont op drie hoog zonder lift op de [[address:vaillantlaan 178-iii]] [[postcode:2526 hp]] hij komt zijn huis bijna niet meer uit de {{role:longverpleegkundige}} van het {{org:haga}} heeft ons ingeschakeld meneer wil graag verhuizen naar een benedenwoning urgentieaanvraag loopt via {{org:staedion}} aanvraagnummer [[dossier:urg-2024-0771]] medische stukken zijn opgestuurd op [[date:21-3]] meneer heeft geen familie in nederland alleen een zus [[person:danuta]] in gdańsk die hij elke zondag belt telefoon meneer [[phone:06 16 80 92 45]] bsn [[bsn:@BSNSP]] rekening [[iban:@IBANLCSP]] voor de verhuiskostenvergoeding
=====
SPOED – graag vandaag oppakken
Mail van school ({{role:intern begeleider}} [[person:A. Brouwer]]) over [[person:Shakira]] ([[person:Rosaria]]), groep 7: vertelde vanochtend dat ze gisteren niet thuis mocht komen. Moeder onbereikbaar op [[phone:06-41192836]]. Adres moeder [[address:Loevesteinlaan 233]], [[postcode:2531 AJ]]. School heeft {{org:Veilig Thuis}} om advies gevraagd, kenmerk [[dossier:VT-2024-04120]]. Mail IB: [[email:a.brouwer@obs-dezonnewijzer.nl]]. Wie van ons kent het gezin? [[person:Anouk]] heeft de broer [[person:Jurensley]].
=====
ingesproken samenvatting van het gesprek bij mevrouw [[person:bos]] in het bos achter haar flat zat ze op een bankje ze wilde niet binnen praten ze vertelde dat ze sinds [[date:vrijdag 1 maart]] niet meer in haar huis slaapt omdat ze denkt dat er iemand binnen is geweest ze heeft het slot laten vervangen op de [[date:4e]] maar voelt zich nog steeds niet veilig adres mevrouw [[address:hengelolaan 612]] [[postcode:2545 nh]] ze slaapt nu bij een vriendin [[person:marianne]] in {{wijk:kijkduin}} ik heb de {{role:wijkagent}} [[person:el bouchtili]] gevraagd om een keer langs te gaan mevrouw heeft een mobiel [[phone:06 39 51 60 24]] en wil alleen gebeld worden na tien uur
=====
Notulen casusoverleg bemoeizorg [[date:25-03-2024]]
1. [[person:R. Roos]] ([[dossier:MZO-24-00412]]) – IBS niet nodig gebleken, dhr. accepteert nu {{role:SPV}} [[person:Jolanda]] 1x/week. Zus [[person:Wilma]] geïnformeerd ([[phone:0174-281 447]]).
2. mw [[person:Kaya]] ([[dossier:MZO-24-00388]]) – opname {{org:Parnassia}} [[date:21-3]], buren rustig. Ontslag verwacht rond [[date:12 april]].
3. dhr [[person:Mol]] ([[dossier:MZO-23-01975]]) – geen contact sinds [[date:7 maart]], woning [[address:Stuwstraat 14]] lijkt verlaten. Actie: navraag {{org:HWW}} en BRP.
4. nieuw: mw [[person:Wijngaarde]], [[address:Van Ostadestraat 218]], aangemeld door {{org:Haag Wonen}} ([[person:Karin van Leeuwen]]).
=====
dictaat [[person:amal haddad]] kwam met haar schoonvader [[person:khaled haddad]] op het spreekuur ze zijn in 2016 uit syrië gekomen schoonvader is 74 en wordt steeds vergeetachtiger de familie zorgt voor hem maar [[person:amal]] werkt en heeft drie kinderen ze wil dagbesteding voor hem maar hij spreekt alleen arabisch ik heb {{org:stichting mooi}} gebeld die hebben een arabische ontmoetingsgroep op dinsdag adres van de familie [[address:delftselaan 202]] [[postcode:2525 bd]] telefoon [[person:amal]] [[phone:06 40 29 61 17]] mail [[email:amal.h.haddad@gmail.com]] schoonvader bsn [[bsn:@BSN]] geboortedatum [[date:1-7-1949]]
=====
Terugkoppeling aan verwijzer ({{role:huisarts}} Dr. [[person:P. van Dam]], {{org:Gezondheidscentrum Transvaal}})

Betreft: dhr. [[person:S. Sewdien]], geb. [[date:13-05-1951]], [[address:Delftselaan 61-hs]]
Geachte collega, dhr. is op [[date:6 maart]] en [[date:20 maart]] bezocht door onze {{role:welzijnscoach}} [[person:Hanneke]]. Dhr. is eenzaam maar niet depressief, eet weer beter. Hij gaat vanaf [[date:2 april]] mee met de seniorenlunch in {{org:wijkcentrum De Boog}}. Nicht [[person:Sharmila]] ([[phone:06 52 11 30 98]]) is contactpersoon. Wij sluiten onze betrokkenheid af per [[date:30-04]].
Met collegiale groet, [[person:Hanneke Mulder]], SWT {{wijk:Transvaal}}, [[email:h.mulder@swt-transvaal.nl]]
""".split("\n=====\n")

# ---------------------------------------------------------------- more long notes
RAW += r"""
GOEDENDAG MIJN NAAM IS [[person:FATMA KOÇ]] IK SCHRIJF VOOR MIJN VADER [[person:HÜSEYIN KOÇ]] GEBOREN [[date:01-03-1944]]. HIJ WOONT ALLEEN OP [[address:WOUWERMANSTRAAT 88]] [[postcode:2522 BP]] IN {{wijk:TRANSVAAL}}. SINDS [[date:12 FEBRUARI]] KOMT DE THUISZORG NIET MEER OMDAT DE INDICATIE IS VERLOPEN. NIEMAND HEEFT ONS DAT VERTELD. HIJ KAN NIET ZELF DOUCHEN. IK WOON IN ANTWERPEN EN KAN NIET ELKE WEEK KOMEN. MIJN BROER [[person:ALI]] WOONT IN DUITSLAND. KUNT U ALSTUBLIEFT ZORGEN DAT ER IEMAND KOMT. ZIJN BSN IS [[bsn:@BSN]] EN ZIJN HUISARTS IS DOKTER [[person:BOUMAN]] IN DE {{wijk:SCHILDERSWIJK}}. IK BEN BEREIKBAAR OP [[phone:+32 478 21 90 33]] OF [[email:FATMA.KOC@TELENET.BE]]. MIJN VADER ZELF HEEFT NUMMER [[phone:070 388 14 27]] MAAR HIJ HOORT SLECHT. HET DOSSIERNUMMER VAN DE {{org:WMO}} IS [[dossier:WMO-22-077314]]. DANK U WEL.
=====
dictaat huisbezoek [[date:dinsdag 9 april]] bij de familie [[person:nguyen]] in de {{wijk:heesterbuurt}} ik was er samen met [[person:fleur]] de {{role:wijkverpleegkundige}} mevrouw [[person:nguyen thi lan]] is 66 en heeft parkinson haar man [[person:nguyen van minh]] 71 zorgt voor haar maar hij heeft zelf ook hartklachten ze hebben een nagelstudio gehad op de [[address:weimarstraat 240]] die is [[date:1 januari]] gesloten nu wonen ze boven de oude zaak dochter [[person:hoa]] woont in rotterdam en regelt de post er zijn geen schulden maar de huur is hoog 980 euro ze weten niet dat ze huurtoeslag kunnen krijgen dat ga ik samen met [[person:hoa]] aanvragen [[person:hoa]] haar nummer [[phone:06 31 72 58 04]] mail [[email:hoa.nguyen@gmail.com]] postcode ouders [[postcode:2562 hr]] bsn mevrouw [[bsn:@BSNSP]] bsn meneer [[bsn:@BSNSP]] volgende afspraak [[date:23-4]]
=====
Dossiernotitie [[dossier:2024-04417]] (toegevoegd door [[person:Ruben]], {{role:jeugdconsulent}} {{org:CJG}})

[[date:28 maart]]: melding school over [[person:Kenji]] (geb. [[date:14-09-2012]]), veel verzuim.
[[date:2 april]]: telefonisch contact met vader [[person:Takeshi Visser]] op [[phone:06-48 02 17 66]]. Ouders gescheiden; moeder [[person:Mirjam Visser]] woont op [[address:Fahrenheitstraat 590]], [[postcode:2561 DN]], vader op [[address:Thomsonlaan 12 bis]], [[postcode:2565 HZ]]. Kind wisselt per week.
[[date:5-4]]: gesprek met beide ouders op school. Spanningen rond omgangsregeling, advocaat vader: mr. [[person:Hoekstra]]. [[person:Kenji]] zegt "ik wil gewoon één huis".
[[date:9-4]]: aangemeld bij {{org:Kinderen uit de Knel}} via {{role:maatschappelijk werker}} [[person:Ilse]]. Volgende evaluatie [[date:30 april]].
=====
lijst met verhuizingen dit kwartaal voor het adressenbestand {{wijk:escamp}}
[[person:Girigorie]] – van [[address:Erasmusweg 1130]] naar [[address:Vrederustlaan 50 kamer 14]] ([[postcode:2543 SZ]]) per [[date:1-3]]
[[person:Pattiasina]] – naar [[address:Moerweg 310-1]] ([[postcode:2541 ZJ]]) per [[date:15-3]]
[[person:Osman]] – naar [[address:Pluvierstraat 317]] ([[postcode:2583 RN]]), zat al sinds [[date:1-2]] maar niet doorgegeven
[[person:Van Leeuwen]] – naar [[address:Dr. Lelykade 18]] ([[postcode:2583 CL]]) per [[date:1-4]], dossier over naar SWT {{wijk:Scheveningen}}
[[person:Azzouzi]] – naar [[address:Hobbemaplein 60]] ([[postcode:2526 JM]]), overgedragen aan {{wijk:Schilderswijk}}
=====
[[date:14 03]] telefoon met meneer [[person:tekle]] [[person:awet]] van {{org:vluchtelingenwerk}} over zijn nicht [[person:senait berhane]] 19 jaar ze is via gezinshereniging gekomen en woont bij haar oom [[person:kidane]] op de [[address:vaillantlaan 520-ii]] [[postcode:2526 hw]] de oom wil dat ze trouwt met een man uit de gemeenschap en zij wil dat niet ze mag niet alleen naar buiten [[person:awet]] maakt zich grote zorgen ik heb dit besproken met {{org:veilig thuis}} zij adviseren een gesprek met [[person:senait]] alleen op een veilige plek met een tolk tigrinya vrouw [[person:senait]] heeft een telefoon [[phone:06 14 88 30 29]] maar de oom controleert die dus niet bellen via [[person:awet]] [[phone:06 83 21 47 70]] afspraak in de {{org:bibliotheek}} [[date:woensdag 17 april]] om elf uur kenmerk vt [[dossier:vt 2024 04291]]
=====
[09:10] [[person:kees]]: heads up, morgen audit op dossiers 😅 check even of jullie geen bsn's in de teams chat hebben gezet
[09:11] [[person:priya]]: oeps. die van [[person:Shurendy]] staat erin
[09:12] [[person:kees]]: verwijderen aub
[09:14] [[person:youssef]]: en adressen? ik heb gisteren [[address:Van Zeggelenlaan 212-B]] gedeeld voor [[person:Sahra]]
[09:15] [[person:kees]]: liever niet, gewoon "adres zie dossier [[dossier:SWT-LK-2024-0077]]"
[09:15] [[person:nadia]]: en telefoonnummers? ik app altijd met [[person:Agnieszka]] via [[phone:06 29 14 85 70]] op mijn werktelefoon
[09:17] [[person:kees]]: werktelefoon is ok, niet op je privé. en geheim adres nooit, ook niet in de mail
[09:18] [[person:sanne]]: ik heb vorige week [[date:woensdag 13 maart]] een iban gedeeld ([[person:Öztürk]]) 🙈 weg gehaald nu
[09:19] [[person:kees]]: top, dank allemaal
=====
ingesproken door [[person:esra]] voor het MDO van [[date:25 april]] casus [[person:de haan]] samenvatting meneer [[person:de haan]] 63 jaar woont in {{wijk:moerwijk}} op [[address:zuiderparklaan 25]] [[postcode:2574 hb]] toegelaten tot de schuldsanering wsnp per [[date:1 maart 2024]] bewindvoerder in de wsnp is mr [[person:a. kortekaas]] van {{org:bewindvoering de hofstad}} meneer ontvangt leefgeld op [[iban:@IBANLC]] en mag geen nieuwe schulden maken zoon [[person:kevin]] weet het inmiddels en helpt nu met boodschappen de dagvaarding van [[date:22 februari]] is ingetrokken {{org:staedion}} heeft een regeling getroffen huurcontract [[dossier:st-188430]] meneer is bereikbaar op [[phone:06 43 77 25 10]] vraag aan het MDO kunnen we afschalen naar alleen de {{role:budgetcoach}}
=====
HB-verslag [[date:10-04-2024]] – [[person:Wanjiru]] (Mw. [[person:Kamau]]), [[address:Stieltjesstraat 44-C]], [[postcode:2565 BJ]]
Aanwezig: [[person:Bas]], [[person:Sevda]]
Mw. 52 jr, oorspronkelijk uit Kenia, werkt als {{role:helpende}} in verpleeghuis. Sinds eind februari ziek thuis (rug). Werkgever dreigt met ontslag. Kwam bij ons via {{org:Servicepunt XL}} {{wijk:Laak}}.
Vragen: inkomen bij ziekte, {{org:UWV}} ziektewet, huur ({{org:Haag Wonen}}, contract [[dossier:HW-2021-3390]]).
Contact: [[phone:06 50 16 39 82]], [[email:wkamau@hotmail.nl]]. Dochter [[person:Njeri]] (20) helpt.
Actie: [[person:Sevda]] belt {{role:bedrijfsarts}} met toestemming mw., vervolg [[date:do 18/4]].
=====
voicememo voor mezelf gesprek met {{role:wijkagent}} [[person:van der linden]] over de jongens die elke avond bij het portiek van de [[address:escamplaan 680]] staan een van hen is [[person:ryan bakker]] 16 jaar de kleinzoon van mevrouw [[person:bakker]] die wij begeleiden mevrouw weet niet dat haar kleinzoon daar staat te dealen volgens de politie de agent wil samen met het {{org:jongerenwerk}} het gesprek aangaan ik heb gezegd dat ik mevrouw [[person:bakker]] eerst zelf wil informeren voordat het via via komt mevrouw haar nummer [[phone:070 366 19 05]] en haar dochter [[person:sandra]] de moeder van [[person:ryan]] heeft [[phone:06 27 48 93 10]] registratienummer bij de politie [[dossier:pl1500-2024112837]]
=====
samenvatting voor aanvraag {{org:Stichting Urgente Noden}}
Aanvrager: [[person:Grace Owusu-Mensah]], [[address:Soestdijksekade 501]], [[postcode:2574 AD]]
Geb.: [[date:17/11/1986]], BSN [[bsn:@BSN]]
Rekening: [[iban:@IBANSP]] t.n.v. [[person:G. Owusu-Mensah]]
Situatie: alleenstaand, 3 kinderen ([[person:Kofi]] 11, [[person:Efua]] 8, [[person:Nana]] 4). Sinds [[date:3 maart]] geen inkomen door fout {{org:Sociale Dienst}} bij wijziging adres. Huurachterstand 2 mnd, dreigende afsluiting water ({{org:Dunea}}, klantnr [[dossier:310 558 974]]).
Gevraagd: 1250 euro eenmalig. Contact hulpverlener: [[person:Merel de Bruin]], [[email:m.debruin@swt-escamp.nl]], [[phone:06 18 30 55 72]].
=====
dictaat ik heb vandaag voor de derde keer geprobeerd contact te krijgen met meneer [[person:hashimi]] [[person:farid]] in {{wijk:spoorwijk}} hij doet niet open maar de buurvrouw zegt dat hij thuis is en dat ze hem 's nachts hoort schreeuwen hij is in 2019 uit afghanistan gekomen als alleenstaande minderjarige en heeft geen familie hier zijn mentor van vroeger [[person:wim de vries]] van {{org:nidos}} heeft nog contact met hem gehad op de [[date:5e]] van deze maand [[person:wim]] zijn nummer [[phone:06 24 61 83 57]] ik ga het proberen met een brief in het dari via {{org:vluchtelingenwerk}} adres meneer [[address:rijswijkseweg 112-iii]] postcode [[postcode:2516 en]] dossier [[dossier:swt-spw-2024-0061]]
=====
LS,
Naar aanleiding van ons gesprek van donderdag jl. [[date:4 april]] stuur ik u hierbij de gegevens van mijn cliënt voor de aanvraag huishoudelijke hulp.
Naam: dhr. [[person:I. Isenia]], geboren [[date:22-12-1950]] te Willemstad
Adres: [[address:Apeldoornselaan 57]], [[postcode:2573 LN]], {{wijk:Moerwijk}}
BSN: [[bsn:@BSNDOT]]
Tel.: [[phone:070-3290417]]; echtgenote mw. [[person:R. Isenia-Statia]]: [[phone:06-19 47 22 80]]
Huisarts: [[person:H.J. Brinkman]], {{org:Huisartsenpraktijk De Stede}}
Met vriendelijke groet,
[[person:Fleur Jansen]], {{role:wijkverpleegkundige}} {{org:Florence}}
=====
[13:30] [[person:tim]]: update fam [[person:Maduro]]: [[person:gianluca]] krijgt kinderbijslag via oma vanaf [[date:1 mei]], {{org:SVB}} dossier [[dossier:SVB-KB-2024-58813]]
[13:31] [[person:dewi]]: 🥳 en de moeder?
[13:33] [[person:tim]]: [[person:joanne]] is nog opgenomen in {{org:Parnassia}} aan de Monsterseweg, ontslag niet eerder dan eind mei. oma heeft nu pleegzorgcontract via {{org:Jeugdformaat}}
[13:34] [[person:dewi]]: nieuw adres oma klopt? ik heb [[address:Soestdijksekade 820]]
[13:35] [[person:tim]]: ja. vaste lijn [[phone:070 448 62 13]], mobiel nog steeds kapot
""".split("\n=====\n")

# ---------------------------------------------------------------- long notes, batch 3
RAW += r"""
dictaat eerste gesprek met mevrouw [[person:da silva]] [[person:juliana]] 38 jaar braziliaans getrouwd met een nederlander [[person:mark de wit]] ze zijn uit elkaar sinds de [[date:10e]] van vorige maand ze woont nu met haar dochter van 5 in een kamer bij een vriendin in {{wijk:regentessekwartier}} op de [[address:elandstraat 91-hs]] [[postcode:2513 gt]] haar verblijfsvergunning is afhankelijk van haar man dus ze is bang dat ze het land uit moet ik heb haar uitgelegd dat er een regeling is voor slachtoffers van huiselijk geweld maar dat dat via een advocaat moet ik heb het {{org:juridisch loket}} gebeld en een afspraak gemaakt voor [[date:vrijdag 12 april]] om twee uur ze heeft geen eigen inkomen en geen bankrekening alleen een gezamenlijke rekening [[iban:@IBANLC]] waar de man alles vanaf haalt telefoon mevrouw [[phone:06 41 90 27 83]] mail [[email:ju.dasilva@gmail.com]] ik heb ook {{org:veilig thuis}} om advies gevraagd adviesnummer [[dossier:vt-adv-24-1187]] volgende afspraak bij ons [[date:dinsdag 16 april]] met tolk portugees
=====
Overdracht bij einde dienstverband [[person:Jolanda]] ({{role:SPV}}, {{org:Parnassia}} gedetacheerd in SWT {{wijk:Laak}})
Lopende bemoeizorgcasussen:
1. dhr. [[person:R. Roos]], [[address:Jan Steenstraat 45]] – stabiel, wekelijks contact. Zus [[person:Wilma]] belt soms ([[phone:0174-281 447]]). MZO-nr [[dossier:MZO-24-00412]].
2. mw. [[person:Kaya]], [[address:Mient 212]], [[postcode:2564 KJ]] – ontslagen uit kliniek [[date:12-4]], medicatie via {{org:FACT-team}} Centrum. Buurman [[person:Hoop]] weet bij wie hij moet melden.
3. dhr. [[person:Mol]] – nog steeds zoek. Laatste contact [[date:7 maart]]. Mogelijk bij broer in Leiden, [[person:Jan Mol]], [[phone:071 512 66 30]].
4. mw. [[person:Wijngaarde]] – nieuw, eerste HB op [[date:2 mei]] samen met [[person:Karin van Leeuwen]] ({{org:Haag Wonen}}). Broer [[person:Errol]] in Paramaribo: [[phone:+597 852 1190]].
Opvolger: [[person:Thomas Agyeman]], bereikbaar via [[email:t.agyeman@parnassia.nl]] en [[phone:06 30 48 71 26]].
=====
[[date:maandag 15-4]] spraakmemo na het spreekuur in het {{wijk:oude centrum}} vier mensen gezien eerst meneer [[person:lopes]] [[person:nilton]] over een boete van het {{org:cjib}} van 380 euro hij wil een betalingsregeling cjib nummer [[dossier:2024 1187 4402 9917]] dan mevrouw [[person:yıldırım]] over de eigen bijdrage {{org:cak}} ze betaalt dubbel omdat haar man in het verpleeghuis zit klantnummer [[dossier:cak 4810 2296]] daarna een jonge vrouw [[person:tamara]] die niet haar achternaam wilde geven ze zoekt een opvangplek ik heb haar naar het {{org:centraal onthaal}} gestuurd en als laatste meneer [[person:jansen]] van de [[address:prinsegracht 71]] die klaagde over de buren maar eigenlijk heel eenzaam is ik heb zijn nummer genoteerd [[phone:070 360 55 21]] en de {{role:welzijnscoach}} gevraagd contact op te nemen
=====
Hoi allemaal, even een samenvatting van mijn eerste maand als {{role:casusregisseur}} in {{wijk:Bouwlust}}/{{wijk:Vrederust}}, voor wie het gemist heeft in het teamoverleg van [[date:woensdag 10 april]]:
– 34 nieuwe aanmeldingen, waarvan 11 via de {{role:huisarts}} en 9 via {{org:Servicepunt XL}}
– veel vragen over energierekeningen en toeslagen
– twee spoedcasussen: fam. [[person:Boateng]] (stroom, [[dossier:SWT-ESC-2024-0339]]) en mw. [[person:Kruisland]] (afsluiting, [[dossier:SHV-24-0417]])
– fijne samenwerking met [[person:Gerda]] van de {{org:Voedselbank}} en met {{org:Stichting MOOI}}
Vragen? Bel of app me op [[phone:06 22 81 49 05]] of mail [[email:n.elhaddaoui@denhaag.nl]].
Groet, [[person:Nadia El Haddaoui]]
=====
dictaat gesprek met de {{role:woonconsulent}} [[person:henk smit]] van {{org:vestia}} over de woning van gezin [[person:warsame]] aan de [[address:den helderstraat 21-ii]] postcode [[postcode:2547 sb]] de schimmel komt door een lekkage bij de bovenburen op nummer 23 vestia gaat de lekkage repareren vanaf [[date:22 april]] en daarna de badkamer en slaapkamer opnieuw schilderen het gezin moet tijdens de werkzaamheden twee weken ergens anders verblijven vestia betaalt een logeerwoning in {{wijk:morgenstond}} [[address:melis stokelaan 2251]] mevrouw [[person:hodan]] is akkoord maar wil dat de kinderen naar hun eigen school kunnen blijven gaan ik regel een ooievaarspas voor de tram [[person:henk]] zijn mail [[email:h.smit@vestia.nl]] en direct [[phone:088 456 17 40]] klachtnummer vestia [[dossier:kl-2024-017763]]
=====
Notitie telefoongesprek [[date:11-04]] 16:20
Beller: mw. [[person:Ionescu]] ([[person:Mihaela]]), werkt als {{role:zorgmedewerker}} in de thuiszorg, belt over haar eigen situatie.
Ze woont met partner [[person:Andrei Constantin]] en 2 kinderen op [[address:Loosduinsekade 22 huis]], [[postcode:2571 CD]]. Partner is sinds [[date:20-3]] werkloos, WW-aanvraag afgewezen ([[dossier:UWV 24-991204]]). Huur 1150 euro, loopt achter.
Ze schaamt zich, wil niet dat collega's het weten. Verzoek: gesprek buiten werktijd, niet op haar werk.
Tel. [[phone:06 31 09 57 62]], mail [[email:mihaela.ionescu@yahoo.ro]].
Afspraak: [[date:zaterdag 13 april]] 10u, wijkcentrum. Ik neem mee: formulieren bijzondere bijstand + aanmelding {{org:Schuldhulpverlening}}.
=====
[15:02] [[person:marloes]]: ik heb net een heftig gesprek gehad met [[person:Ahmed El Idrissi]], zijn broer [[person:Youssef]] heeft hem geslagen gisteravond
[15:02] [[person:marloes]]: kinderen waren erbij. ik ga een melding doen bij {{org:Veilig Thuis}}
[15:04] [[person:kees]]: goed. heb je met meneer besproken dat je het doet?
[15:05] [[person:marloes]]: ja hij vindt het goed. [[person:youssef]] slaapt vannacht bij een vriend, adres weet meneer niet
[15:06] [[person:jolanda]]: ken ik [[person:youssef]] niet van de {{org:Brijder}}? geb. 1987?
[15:07] [[person:marloes]]: geen idee, geboortedatum heb ik niet. adres gezin is [[address:Vaillantlaan 410]], [[postcode:2526 HV]]
[15:20] [[person:marloes]]: melding gedaan, kenmerk [[dossier:VT-2024-04433]]. meneer belt zelf de {{org:politie}} voor aangifte
[15:21] [[person:kees]]: sterk gedaan. even ventileren straks?
=====
opgenomen tijdens de wandeling naar huis sorry voor de wind casus [[person:nowak]] update de moeder [[person:halina nowak]] 81 is ontslagen uit {{org:haga}} en tijdelijk opgenomen in verpleeghuis het uiterjoon nee de {{org:uiterjoon}} voor revalidatie tot ongeveer [[date:3 mei]] dochter [[person:katarzyna]] komt op de [[date:27e]] naar nederland en wil dan een gesprek met ons en met het verpleeghuis over een wlz indicatie via het {{org:ciz}} aanvraagnummer [[dossier:ciz-2024-338109]] ik heb gezegd dat ze de bankgegevens van haar moeder moet meenemen want de eigen bijdrage gaat van [[iban:@IBANSP]] af en er staat maar weinig op oude adres moeder [[address:weissenbruchstraat 120]] [[postcode:2596 gl]]
=====
DOORGESTUURD VAN WHATSAPP [[person:SANNE]]:
"[[person:SANNE]] IK BEN HET [[person:MARCIA]]. DE HUURTOESLAG IS GOEDGEKEURD!!! 314 EURO PER MAAND VANAF [[date:1 MAART]]. DE {{org:BELASTINGDIENST}} STUURT HET NAAR [[iban:@IBANSP]]. MAAR MIJN BUURVROUW [[person:ROOS]] HEEFT NOG STEEDS NIKS. ZIJ WOONT OP [[address:BOERHAAVESTRAAT 29]]. KAN ZIJ OOK EEN AFSPRAAK. HAAR NUMMER [[phone:06 80 12 47 39]]. HAAR ACHTERNAAM IS [[person:DE MEULENAERE]]. BEDANKT VOOR ALLES!!!"
-> afspraak mw [[person:De Meulenaere]] [[date:ma 22/4]] 11u, {{org:Servicepunt XL}} {{wijk:Spoorwijk}}
=====
dictaat voor de {{role:ouderenconsulent}} ik heb gisteren mevrouw [[person:tjon a fong]] [[person:lydia]] bezocht 84 jaar surinaams-chinees ze woont al zestig jaar in de [[address:copernicusstraat 176]] in {{wijk:valkenboskwartier}} [[postcode:2561 vv]] ze is helder maar fysiek gaat het achteruit ze heeft twee keer gevallen sinds de kerst haar zoon [[person:rudi]] woont in amstelveen en komt elk weekend haar nummer [[phone:070 363 84 19]] zoon [[phone:06 54 29 01 88]] ze wil graag een alarmknop en iemand die helpt met douchen wmo melding gedaan op [[date:8-4-2024]] meldingsnummer [[dossier:wmo-24-130552]]
""".split("\n=====\n")

# ---------------------------------------------------------------- long notes, batch 4
RAW += r"""
dictaat na huisbezoek bij de familie [[person:barzani]] koerdisch uit irak vader [[person:dilshad]] 49 moeder [[person:shirin]] 45 vier kinderen waarvan de oudste [[person:rezan]] 20 ernstig autistisch is en thuis woont hij heeft geen dagbesteding meer sinds de groep bij {{org:middin}} is gestopt op [[date:29 februari]] moeder is uitgeput en heeft rugklachten vader werkt als taxichauffeur in de nacht ze wonen op de [[address:leyweg 1238]] [[postcode:2545 ck]] in {{wijk:bouwlust}} de {{role:mee-consulent}} [[person:anouk]] is al betrokken en zoekt een nieuwe plek wlz indicatie is er al nummer [[dossier:ciz 2022 114 508]] moeder vraagt om logeeropvang in het weekend telefoon moeder [[phone:06 47 21 30 96]] vader [[phone:06 47 21 30 95]] mail [[email:barzani.family@gmail.com]] volgende stap overleg met [[person:anouk]] op [[date:donderdag 18 april]] en kijken naar {{org:ipse de bruggen}} logeerhuis
=====
AAN HET WIJKTEAM
IK BEN [[person:MUHAMMAD ASLAM]] VAN DE [[address:PAUL KRUGERLAAN 118]] [[postcode:2571 JC]]. MIJN BUURMAN BOVEN (MENEER [[person:VAN DER HEIJDEN]]) IS AL LANG ZIEK EN NIEMAND KOMT BIJ HEM. HIJ ROEPT SOMS MIJN NAAM MAAR HIJ DOET DE DEUR NIET OPEN. IK HEB [[date:ZATERDAG 6 APRIL]] BROOD GEBRACHT EN HIJ ZAG ER SLECHT UIT. IK WIL NIET DAT HIJ BOOS WORDT DAT IK DIT SCHRIJF MAAR IK MAAK ME ZORGEN. HIJ HEEFT EEN DOCHTER [[person:PETRA]] MAAR DIE KOMT NOOIT. MIJN TELEFOON IS [[phone:06 15 39 82 74]]. MIJN VROUW [[person:NASREEN]] IS OOK OVERDAG THUIS ALS U WILT LANGSKOMEN.
=====
Verslag gezamenlijk HB met {{org:Veilig Thuis}} – [[date:di 16-04-2024]]
Gezin: [[person:Fortes]] / [[person:Monteiro]], [[address:Hengelolaan 1041]], [[postcode:2545 JW]]
Aanwezig: [[person:Marloes]] (SWT), [[person:Yvette Dijkstra]] ({{role:casemanager}} VT), mw. [[person:Ana Fortes]], dhr. [[person:Carlos Monteiro]]
Aanleiding: melding buren [[date:9 april]] (geschreeuw, glasgerinkel). VT-kenmerk [[dossier:VT-2024-04577]].
Bespreking: beide ouders erkennen ruzies, ontkennen fysiek geweld. Kinderen [[person:Kevin]] (13) en [[person:Luana]] (9) apart gesproken door VT. Dhr. heeft schulden (ca. 14k), gokproblematiek. Mw. wil niet scheiden.
Afspraken: dhr. aanmelding {{org:Brijder}} gokken, beiden gesprek bij {{org:Schuldhulpverlening}} ([[date:23-4]]), SWT coördineert. Telefoon mw [[phone:06 44 18 22 07]], dhr [[phone:06 44 18 22 09]].
=====
snel ingesproken in de lift casus [[person:pattiasina]] meneer [[person:johan pattiasina]] molukse achtergrond 77 jaar oud-knil vader wat belangrijk is voor zijn identiteit hij woont sinds de verhuizing van [[date:15 maart]] op de [[address:moerweg 310-1]] en is erg onrustig hij mist de oude buurt en de kerk zijn vrouw [[person:martha]] is vorig jaar overleden de {{role:welzijnscoach}} heeft contact gelegd met de molukse ouderenvereniging in {{wijk:moerwijk}} zijn kleindochter [[person:natasja latuheru]] helpt met de administratie haar nummer [[phone:06 39 22 71 64]] bsn meneer [[bsn:@BSN]] rekening voor de verhuisvergoeding van de gemeente [[iban:@IBANLC]] aanvraag verhuisvergoeding nummer [[dossier:vv 2024 0377]]
=====
[09:30] [[person:wouter]]: iemand ervaring met zelfstandigen in de schulden? [[person:Farooq]] heeft een kapperszaak in de {{wijk:Schilderswijk}}, belastingschuld 19k
[09:31] [[person:merel]]: Bbz-loket van de gemeente + {{org:Ondernemersklankbord}}
[09:32] [[person:wouter]]: dank. hij wil de zaak houden. adres zaak [[address:Hoefkade 288]], woont erboven [[address:Hoefkade 290-I]]
[09:33] [[person:rachid]]: ik heb [[person:Tariq Farooq]] vorig jaar geholpen! broer? of dezelfde? geb [[date:03-11-1978]]
[09:34] [[person:wouter]]: dezelfde 🙈 staat in [[dossier:SWT-SW-2023-0488]]
[09:35] [[person:rachid]]: dan weet ik genoeg, zijn boekhouder is een neef [[person:Imran]], nummer [[phone:06 49 88 12 03]]. ik bel hem wel
[09:36] [[person:wouter]]: super, ik stuur je zijn mail [[email:tariqfarooq.kapper@gmail.com]]
=====
Toestemmingsverklaring – samenvatting voor dossier
Ondergetekende [[person:Gabriela Stoica]], geboren [[date:5 oktober 1992]], wonende [[address:Kepplerstraat 41]], [[postcode:2562 VD]] Den Haag, BSN [[bsn:@BSNSP]], geeft het sociaal wijkzorgteam {{wijk:Segbroek}} toestemming om informatie te delen met: {{org:UWV}}, {{org:Sociale Dienst}}, {{org:Kredietbank}}, {{role:huisarts}} [[person:M. Hendriks]].
Niet delen met: ex-partner [[person:Bogdan Stoica]], schoonfamilie.
Getekend op [[date:17-04-2024]] in aanwezigheid van [[person:Kees Verhoeven]], {{role:casusregisseur}}.
Contact cliënt: [[phone:06 30 77 14 52]] / [[email:gabi.stoica92@gmail.com]]
=====
voicememo ik ben net weg bij [[person:hodan]] de logeerwoning is fijn maar de kinderen moeten nu elke dag met de tram en [[person:faadumo]] is twee keer te laat gekomen op school de {{role:intern begeleider}} heeft gebeld dus ik heb met school afgesproken dat het niet meetelt voor verzuim tot de werkzaamheden klaar zijn volgens {{org:vestia}} duurt het tot de [[date:3e]] en niet tot eind april de {{org:ooievaarspas}} is aangevraagd referentie [[dossier:op-2024-221908]] [[person:liban]] heeft geen astma aanvallen meer gehad sinds ze in de logeerwoning zitten dat zegt genoeg over de schimmel terugkoppeling aan {{role:woonconsulent}} [[person:henk smit]] op [[phone:088 456 17 40]] moet nog
=====
dictaat mevrouw [[person:yıldırım]] [[person:sevgi]] belde weer over de {{org:cak}} rekening ik heb uitgezocht dat haar man [[person:kemal yıldırım]] sinds [[date:één februari]] in verpleeghuis {{org:de eik}} woont en dat de eigen bijdrage voor hem te hoog is vastgesteld omdat het inkomen van mevrouw is meegeteld daar kan bezwaar tegen worden gemaakt binnen zes weken dus voor [[date:negen mei]] ik heb de brief opgesteld en mevrouw tekent hem morgen klantnummer cak meneer [[dossier:cak 5522 8031]] bsn meneer [[bsn:@BSN]] adres mevrouw [[address:kamperfoeliestraat 34]] [[postcode:2563 tk]] zoon [[person:emre]] helpt met de post [[phone:06 18 90 64 22]]
=====
Aan: {{org:Wmo-loket}}
Van: [[person:Dewi Kartosen]], {{role:wijkverpleegkundige}}
Onderwerp: spoed – traplift / verhuizing dhr. [[person:Kowalczyk]] ([[dossier:URG-2024-0771]])
Beste collega's,
Dhr. [[person:G. Kowalczyk]] (geb. [[date:23-06-1965]]), [[address:Vaillantlaan 178-III]], [[postcode:2526 HP]], kan sinds een longaanval op [[date:4 april]] de trap niet meer op. Hij slaapt op de bank in het portiek-niveau bij de buren (fam. [[person:Yilmaz]], nr. 176). Dit is onhoudbaar. Graag spoedbeoordeling voor een tijdelijke oplossing tot de urgente verhuizing.
Hij is bereikbaar op [[phone:06 16 80 92 45]]; ik op [[phone:06 42 17 03 88]] of [[email:d.kartosen@florence.nl]].
Met dank, [[person:Dewi]]
""".split("\n=====\n")
RAW += r"""
ingesproken weekoverdracht voor het team omdat ik morgen op cursus ben dit zijn de dingen die blijven liggen bij [[person:kalloe]] moet de aanvraag bij de {{org:kredietbank}} nog worden afgemaakt de bankafschriften van de laatste drie maanden heb ik gescand ze staan in dossier [[dossier:2024-03190]] bij mevrouw [[person:de groot]] komt de voorleesvrijwilliger van {{org:humanitas}} voor het eerst op [[date:donderdag 25 april]] kan iemand even bellen of het goed is gegaan nummer [[phone:070 385 12 60]] dan de nieuwe aanmelding van de {{role:huisarts}} meneer [[person:kidane]] [[person:tesfamariam]] adres [[address:schalk burgerstraat 301]] [[postcode:2572 ee]] hij heeft een brief van de deurwaarder en spreekt weinig nederlands zijn telefoon [[phone:06 58 03 27 14]] en als laatste [[person:truus de groot]] de buurvrouw van mevrouw [[person:koster]] heeft een kaartje gestuurd om iedereen te bedanken het hangt in de keuken op kantoor
""".split("\n=====\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parsed = [parse(raw.strip("\n")) for raw in RAW]
    # second pass: every further occurrence of a context term that is marked
    # somewhere in the corpus is marked as keep too (consistency)
    terms = {}
    for _, _, keep in parsed:
        for s in keep:
            terms.setdefault(s["text"].lower(), s["label"])
    order = sorted(terms, key=lambda t: (-len(t), t))
    records = []
    for n, (text, pii, keep) in enumerate(parsed):
        taken = [False] * len(text)
        for s in pii + keep:
            for i in range(s["start"], s["end"]):
                taken[i] = True
        for term in order:
            for m in re.finditer(r"(?i)(?<!\w)" + re.escape(term) + r"(?![\w-])", text):
                if not any(taken[m.start() : m.end()]):
                    keep.append(
                        {
                            "start": m.start(),
                            "end": m.end(),
                            "label": terms[term],
                            "text": m.group(0),
                        }
                    )
                    for i in range(m.start(), m.end()):
                        taken[i] = True
        keep.sort(key=lambda s: s["start"])
        assert pii, "text %d has no personal data" % n
        assert not re.search(r"\[\[|\]\]|\{\{|\}\}", text), "markup left in text %d" % n
        spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (n, s)
            assert s["text"] == s["text"].strip() and s["text"], (n, s)
            assert s["label"] in (PII_LABELS if s in pii else KEEP_LABELS), (n, s)
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), (n, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), (n, s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", n, a, b)
        records.append({"id": "ho47-%04d" % n, "text": text, "pii": pii, "keep": keep})
    path = os.path.join(here, "heldout47.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path, records


if __name__ == "__main__":
    path, records = main()
    from collections import Counter

    pc = Counter(s["label"] for r in records for s in r["pii"])
    kc = Counter(s["label"] for r in records for s in r["keep"])
    words = [len(r["text"].split()) for r in records]
    print(
        "wrote %s: %d texts, %.1f words avg (min %d, max %d)"
        % (path, len(records), sum(words) / len(words), min(words), max(words))
    )
    tot = sum(pc.values())
    print(
        "pii  %d:" % tot,
        ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / tot) for k, v in pc.most_common()),
    )
    print("keep %d:" % sum(kc.values()), ", ".join("%s %d" % kv for kv in kc.most_common()))
