#!/usr/bin/env python3
"""Held-out corpus 84: messages between professionals (threads, e-mail, chat,
copy-pasted registration fragments). Writes heldout84.jsonl next to itself.

Markup: [[lab:text]] = personal data, {{lab:text}} = context to keep.
Short labels: p person, b bsn, t phone, e email, i iban, pc postcode,
a address, d date, dos dossier; w wijk, o org, r role.
Placeholders %BSN% %BSN.% %BSN_% %IBAN% %IBAN_% %iban% are replaced by
generated valid numbers (seeded, deterministic).
"""

import json, os, random, re

RNG = random.Random(84)
PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "dos": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}


def gen_bsn():
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            d.append(last)
            return "".join(map(str, d))


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


BANKS = ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def gen_iban():
    bank = RNG.choice(BANKS)
    acc = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    bban = bank + acc
    return "NL" + iban_check("NL", bban) + bban


def fill(raw):
    def rep(m):
        k = m.group(1)
        if k.startswith("BSN"):
            b = gen_bsn()
            if k == "BSN.":
                return b[:4] + "." + b[4:6] + "." + b[6:]
            if k == "BSN_":
                return b[:3] + " " + b[3:6] + " " + b[6:]
            return b
        ib = gen_iban()
        if k == "IBAN_":
            return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        if k == "iban":
            return ib.lower()
        return ib

    return re.sub(r"%(BSN[._]?|IBAN_?|iban)%", rep, raw)


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}")


def parse(raw):
    raw = fill(raw.strip("\n"))
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            lab, txt, tgt, table = m.group(1), m.group(2), pii, PII
        else:
            lab, txt, tgt, table = m.group(3), m.group(4), keep, KEEP
        tgt.append({"start": cur, "end": cur + len(txt), "label": table[lab], "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), pii, keep


TEXTS = []

# ---- 1. quick replies on the discussion threads ----
TEXTS += [
    """Dank je [[p:Marieke]], ik pak het op. Heb mw. [[p:Öztürk]] gisteren nog aan de lijn gehad, ze is erg onrustig sinds de brief van {{o:Haag Wonen}} over de ontruiming. Ik bel morgen de {{r:woonconsulent}} en koppel hier in de thread terug. Als iemand een direct nummer heeft bij {{o:Haag Wonen}} graag, de algemene lijn is hopeloos.
Gr [[p:Joost]]""",
    """@[[p:Fleur]] klopt, dhr. [[p:Bakker]] is al bekend bij de {{o:Kessler Stichting}}. Hij sliep vorige week in de nachtopvang aan de Zilverstraat maar is daar weggestuurd na een ruzie. Zijn zus [[p:Ans]] (tel [[t:06-41 87 22 90]]) wil wel helpen maar kan hem niet in huis nemen. Voorstel: de {{r:casusregisseur}} zoekt contact met zijn {{r:ambulant begeleider}} daar. Iemand bezwaar?""",
    """Even ter info: het {{o:CAK}} heeft de eigen bijdrage voor mevrouw [[p:Rosaria]] verlaagd per [[d:1 april]]. De {{r:bewindvoerder}} ([[p:Gerda]]) heeft het bedrag al aangepast in het budgetplan, het gaat nu om € 19,20 per maand i.p.v. € 68. Kleine winst maar mw. was er heel blij mee. Dossiernummer bij ons: [[dos:SWT-ESC-2024-0193]].""",
    """Hoi allen, wie heeft ervaring met {{o:Jeugdformaat}} in {{w:Transvaal}}? Vader [[p:Kwame Mensah]] (44) zoekt hulp voor zijn zoon [[p:Kofi]] die al weken niet naar school gaat. Het {{o:CJG}} noemt een wachtlijst van 12 weken. Moeder woont in Ghana. Ik wil voorkomen dat we vader kwijtraken, hij is al twee keer eerder afgehaakt bij hulpverlening. Tips welkom!""",
    """Goed punt [[p:Samira]]. Bij ons in {{w:Moerwijk}} lossen we dat op door de {{r:POH-GGZ}} mee te nemen op huisbezoek, dan is er vooraf geen verwijzing nodig. Werkte bij mw. [[p:Kalloe]] uitstekend: na drie bezoeken zat ze in een traject bij {{o:Parnassia}}. Wel eerst toestemming vragen natuurlijk, zij heeft getekend op [[d:14-02-2024]].""",
    """Top, dank! Ik zet [[p:Hodan]] op de agenda voor het MDO van [[d:donderdag 21 maart]]. Zorg jij dat de {{r:MEE-consulent}} er ook bij is? Zonder haar heeft het weinig zin, want de aanvraag voor dagbesteding loopt via {{o:MEE}}. Ik regel een tolk Somalisch, want haar broer kan die ochtend niet.""",
    """Kleine correctie op mijn bericht van gisteren: dhr. [[p:Sabajo]] woont niet op nr 14 maar op [[a:Wouwermanstraat 41-II]], [[pc:2525 DM]]. De brief van de {{o:Belastingdienst}} is dus naar het verkeerde adres gegaan, dat verklaart een hoop. Heb het in het systeem aangepast.""",
    """Wie kan er [[d:vrijdag 8/3]] mee naar de zitting bij de kantonrechter? Het gaat om de huurzaak van mw [[p:Dimitrova]], {{o:Staedion}} eist ontbinding. Ik kan zelf niet, heb training. De advocaat is mr. [[p:S. El Khatib]], zij weet ervan.""",
    """Update over [[p:Roos]]: ze heeft eindelijk de aanvraag voor de {{o:Voedselbank}} ingevuld. Nog wel gedoe met de inkomensverklaring, {{o:UWV}} stuurt alles naar haar oude adres in {{w:Ypenburg}}. Heb gevraagd of ze een adreswijziging doet. Ze was trouwens trots, had rozen gekocht voor de buurvrouw die haar al maanden helpt.""",
    """> [[p:Wendy]] schreef:
> weet iemand of dhr. [[p:Ivanov]] nog bij {{o:Brijder}} loopt?

Ja, sinds januari weer. Zijn behandelaar is [[p:Tom Hoek]] ({{r:verslavingsarts}}), bereikbaar via het secretariaat. Wel even de toestemming checken, dhr. heeft in 2022 alleen getekend voor de {{o:GGD}}.""",
    """Vraagje: kent iemand [[p:Mei Ling Chen]]? Ze kwam vandaag bij {{o:Servicepunt XL}} {{w:Laak}} met een stapel aanmaningen en spreekt beperkt Nederlands. Haar dochter [[p:Jiayi]] tolkt meestal maar zit tot half mei in China. Kan iemand een tolk Mandarijn regelen, of is er een {{r:vrijwilliger}} bij {{o:Humanitas}} die dat doet?""",
    """Bedankt allemaal voor het meedenken over [[p:Yonas]]. Kort verslag: gisteren ([[d:12-3]]) samen met hem en zijn maatje van {{o:VluchtelingenWerk}} naar het {{o:Wmo-loket}} geweest. Hij krijgt nu begeleiding bij het openen van post, 4 uur per week. De schuld bij {{o:DUO}} (ruim € 6.000) pakt {{o:SchuldHulpMaatje}} op. Evaluatie over drie maanden.""",
    """[[p:April]] belde net: ze kan niet op [[d:2 april]] want dan heeft ze een afspraak in het {{o:HMC}}. Nieuwe datum voorgesteld: [[d:di 9 april]] om 10.30. @[[p:Lotte]] lukt dat bij jou?""",
    """Mevr. [[p:Blessing Owusu]] heeft vandaag de toestemmingsverklaring getekend. Ze wil graag dat haar nicht [[p:Grace]] bij de gesprekken is. Ik heb uitgelegd wat we wel en niet delen binnen het team. Het vertrouwen is er nog niet helemaal, maar ik heb goede hoop.""",
    """Herkenbaar [[p:Priya]]. Wij hadden vorig jaar precies hetzelfde met een meneer in {{w:Bouwlust}}: {{o:GGZ}} wilde niet zonder verwijzing, {{r:huisarts}} wilde niet verwijzen zonder dat meneer zelf kwam. Uiteindelijk heeft de {{r:wijkagent}} ([[p:Erik]]) bemiddeld. Soms werkt de kortste route via iemand die de cliënt al vertrouwt.""",
    """Reactie op vraag van [[p:Anouk]]: nee, de {{o:SVB}} betaalt de AOW gewoon door als iemand tijdelijk in Turkije verblijft, max 13 weken. Bij dhr. [[p:Çelik]] is het misgegaan omdat hij langer weg was (van [[d:15 juni]] tot [[d:3 oktober]]). Dat moet hij zelf melden. Ik heb hem geholpen met het formulier.""",
    """Dank voor de tip over {{o:Haags Ontmoeten}}! Mw. [[p:Van der Zwan]] (88) uit {{w:Mariahoeve}} gaat vanaf volgende week op woensdag mee met de koffieochtend. Haar buurman [[p:Henk]] brengt haar. De {{r:casemanager dementie}} blijft betrokken.""",
    """Nee hoor, [[p:Visser]] is niet de {{r:bewindvoerder}} van mw. [[p:Said]], dat is een kantoor in Rijswijk. [[p:Visser]] was haar vorige {{r:klantmanager}} bij de {{o:Sociale Dienst}}, die is inmiddels met pensioen. Het bewindkantoor is alleen per mail bereikbaar en reageert meestal binnen een week. Voor spoed kun je beter via de {{r:klantmanager}} van nu gaan, die kan een voorschot regelen als het leefgeld niet op tijd komt.""",
    """Zou iemand van {{w:Zeeheldenkwartier}} dit willen lezen? Mw. [[p:Kowalczyk]] verhuist per [[d:1-5-2024]] naar [[a:Zoutmanstraat 18A]], [[pc:2518 GM]]. Ze heeft een traject lopen bij ons in {{w:Loosduinen}} ([[dos:LD-23-0417]]) en wil dat graag warm overdragen. Ik kan een keer mee op kennismaking.""",
    """Helemaal mee eens, [[p:Bram]]. En niet te vergeten: [[p:Fatima]]'s moeder woont in dezelfde flat, dus alles wat we in de portiek doen wordt gezien. Misschien afspreken in het wijkcentrum {{o:De Mussen}}? Daar is op maandag en donderdag een rustige spreekkamer vrij, en het valt minder op omdat er de hele dag mensen in en uit lopen voor de taallessen en het naaiatelier.""",
    """Kort: [[p:De Wit]] heeft de sleutel terug. Slot is vervangen door {{o:Vestia}}, kosten gaan via de bijzondere bijstand. Dit draadje mag dicht wat mij betreft. Les voor de volgende keer: vraag bij een buitensluiting meteen de huismeester, die heeft vaak een reservesleutel en het scheelt een slotenmaker van € 180 op zaterdagavond.""",
    """Voor wie het gemist heeft in het overleg: de aanmelding van de familie [[p:Ait Taleb]] is naar SWT {{w:Spoorwijk}} gegaan, omdat ze in februari 2024 zijn verhuisd naar de [[a:Jacob Catsstraat 201]]. Zoon [[p:Bilal]] (17) valt nog onder het {{o:CJG}}, dus afstemmen met [[p:Ilse]] van het jeugdteam. Overdracht staat gepland op [[d:ma 25 maart]].""",
]

# ---- 2. e-mails: forwarded, with headers and signatures ----
TEXTS += [
    """---------- Doorgestuurd bericht ---------
Van: [[p:Sanne Koster]] <[[e:s.koster@denhaag.nl]]>
Datum: [[d:wo 13 mrt 2024]] om 11:42
Onderwerp: aanmelding dhr. [[p:Boateng]]
Aan: SWT {{w:Laak}} <[[e:swt.laak@denhaag.nl]]>

Beste collega's,

Via de {{r:huisarts}} kregen wij een melding over dhr. [[p:Isaac Boateng]], [[a:Goudriaankade 9]], geb. [[d:02-11-1969]]. Meneer heeft sinds zijn ontslag forse huurachterstand en eet volgens de buren slecht. Kunnen jullie een eerste huisbezoek doen?

Met vriendelijke groet,
[[p:Sanne Koster]]
{{r:Wmo-adviseur}} | {{o:Gemeente Den Haag}}
T [[t:06 - 52 18 44 09]]""",
    """Van: [[p:Jagessar]], [[p:Anjali]] <[[e:a.jagessar@xtra.nl]]>
Verzonden: [[d:dinsdag 5 maart 2024]] 09:17
Aan: [[p:Dekker]], [[p:Ruud]]
CC: {{r:teamleider}} SWT {{w:Escamp}}
Onderwerp: RE: terugkoppeling mw. [[p:Soekhoe]]

Hoi [[p:Ruud]],

Ik ben [[d:vrijdag 1 maart]] bij mw. [[p:Soekhoe]] langs geweest. Ze woont nog steeds met haar kleinzoon [[p:Dev]] in de bovenwoning aan de [[a:Stuwstraat 62]]. Het huis is schoon, de post is opgestapeld. Ze wil geen {{o:Kredietbank}}, wel hulp van haar buurvrouw. Ik stel voor dat we een {{r:vrijwilliger}} van {{o:Humanitas}} inzetten voor de administratie.

Groet,
[[p:Anjali]]

[[p:Anjali Jagessar]]
{{r:maatschappelijk werker}} {{o:Xtra}}
[[t:070-7502 431]] (ma, di, do)""",
    """-----Oorspronkelijk bericht-----
Van: {{o:Veilig Thuis Haaglanden}} <[[e:advies@vthaaglanden.nl]]>
Verzonden: donderdag [[d:07-03-2024]] 16:03
Onderwerp: Melding [[dos:VT-2024-08812]] / [[p:Azzouzi]]

Geachte mevrouw [[p:Prins]],

Naar aanleiding van uw adviesvraag over het gezin [[p:Azzouzi]] ([[a:Vaillantlaan 308-B]], [[pc:2526AH]]) laten wij u weten dat de melding in behandeling is genomen. De {{r:aandachtsfunctionaris}} huiselijk geweld neemt contact met u op. Bij acuut gevaar belt u 112.

Met vriendelijke groet,
Team Advies en Meldingen
{{o:Veilig Thuis Haaglanden}}
Telefoon 0800-2000 (gratis, 24/7)""",
    """Hi [[p:Nadia]],

Zie hieronder. Kun jij kijken of mw. [[p:Ionescu]] bij jullie bekend is? Ze noemde jouw naam.

Groetjes [[p:Evelien]]

> Op [[d:ma 11 mrt 2024]] om 14:20 schreef [[p:Andreea Ionescu]] <[[e:andreea.ionescu87@yahoo.ro]]>:
> Buna ziua, ik ben [[p:Andreea]], ik woon [[a:Weimarstraat 140 3hg]] sinds 2021. Mijn werkgever betaalt niet meer sinds december en ik kan de huur niet betalen. Mijn kinderen [[p:Ionuț]] en [[p:Maria]] zijn 6 en 9. Kunt u helpen? Mijn nummer [[t:+40 722 418 095]] of [[t:06 18 55 30 72]].
> Multumesc""",
    """Van: [[p:Mulder]], [[p:Chantal]]
Verzonden: [[d:maandag 18 maart 2024]] 08:02
Aan: [[p:El Idrissi]], [[p:Soufiane]]; [[p:Groen]], [[p:Petra]]
Onderwerp: Afspraak MDO fam. [[p:Haddad]]

Goedemorgen allebei,

Het MDO voor de familie [[p:Haddad]] staat op [[d:25 maart]], 13.30 uur in {{o:Wijkcentrum Mariahoeve}}. Aanwezig: {{r:MEE-consulent}}, {{r:jeugdconsulent}} en ik als {{r:casusregisseur}}. [[p:Khaled]] en [[p:Rasha]] komen zelf ook, met tolk Arabisch.

[[p:Chantal Mulder]]
{{r:Casusregisseur}} SWT {{w:Mariahoeve}}
[[e:c.mulder@denhaag.nl]] | [[t:06-27 39 84 11]]
Werkdagen: ma t/m do""",
    """Beste [[p:Hanneke]],

Zoals besproken stuur ik je de gegevens voor de aanvraag bijzondere bijstand van dhr. [[p:Mohamed Warsame]]:

Adres: [[a:Hoefkade 708]]
Postcode: [[pc:2526 BJ]]
BSN: [[b:%BSN%]]
Rekeningnummer: [[i:%IBAN_%]] t.n.v. [[p:M.A. Warsame]]

De huurspecificatie van {{o:Staedion}} volgt morgen. Meneer heeft nu geen beltegoed, dus bel mij als er vragen zijn.

Hartelijke groet,
[[p:Omar]]
{{r:Welzijnscoach}} {{o:Vóór Welzijn}}""",
    """Onderwerp: FW: Verzoek gegevens [[p:Ramsaran]]

[[p:Inge]], hieronder de reactie van {{o:Parnassia}}, ik snap niet zo goed wat ze bedoelen. Jij wel?

________________________________
Van: [[e:secretariaat.fact.zuidwest@parnassia.nl]]
Verzonden: [[d:vrijdag 15 maart 2024]] 12:48
Aan: [[p:Bos]], [[p:Marloes]]
Onderwerp: Verzoek gegevens [[p:Ramsaran]]

Geachte mevrouw [[p:Bos]],

Zonder schriftelijke toestemming van cliënt kunnen wij geen informatie verstrekken over dhr. [[p:R. Ramsaran]] (geb. [[d:23-04-1981]]). Wij verzoeken u de getekende verklaring te mailen onder vermelding van ons kenmerk [[dos:PAR-339201]].

Met vriendelijke groet,
Secretariaat FACT Zuid-West""",
    """Van: [[p:Lies]] <[[e:liesbethvos55@ziggo.nl]]>
Aan: [[e:info.swtscheveningen@denhaag.nl]]
Datum: [[d:16-03-2024]]

Beste mensen,

Mijn moeder, mevrouw [[p:A. Vos-Keijzer]], woont alleen op de [[a:Dr. Lelykade 54]] in {{w:Scheveningen}}. Ze vergeet steeds meer, laat het gas aan staan en de buren maken zich zorgen. Ik woon in Groningen en kan niet vaak komen. Wie kan ik hierover spreken? Mijn nummer is [[t:050-3127745]].

Groet, [[p:Liesbeth Vos]]""",
    """Beste mevrouw [[p:Tavares]],

Hartelijk dank voor uw mail. Ik heb uw zoon [[p:Djenilson]] aangemeld bij de {{r:jongerenwerker}} van {{o:JoU}}. Hij kan [[d:woensdag 20 maart]] om 15.00 uur langskomen in het jongerencentrum aan de Hengelolaan. Vraagt u naar [[p:Marco]].

Met vriendelijke groet,

[[p:Kim de Jong]]
{{r:Maatschappelijk werker}}
SWT {{w:Bouwlust/Vrederust}}
Mobiel: [[t:+31 6 4419 2280]]
Ik werk op maandag, dinsdag en donderdag.""",
    """Van: [[p:Şahin]], [[p:E.]] ([[p:Emine]]) <[[e:e.sahin@wzh.nl]]>
Datum: [[d:woensdag 6 maart 2024]] 17:55
Aan: SWT {{w:Segbroek}}
Onderwerp: zorgen over meneer [[p:Hoogendoorn]]

Collega's,

Ik ben {{r:wijkverpleegkundige}} bij {{o:WZH}} en kom sinds december bij dhr. [[p:K. Hoogendoorn]], [[a:Valkenboslaan 233]]. Sinds een paar weken hangt er een nieuwe 'vriend' in huis rond, [[p:Ronnie]], en meneer heeft opeens geen geld meer voor boodschappen. Ik vermoed financieel misbruik. Wie kan met mij meekijken?

[[p:Emine Şahin]]
[[t:06-30120988]]""",
    """Goedemiddag [[p:Jeroen]],

In de bijlage de ondertekende toestemmingsverklaring van mw. [[p:Pinas]] ([[dos:SWT-2024-00871]]). Zij geeft toestemming om informatie te delen met {{o:Haag Wonen}}, de {{r:huisarts}} (dr. [[p:Lachman]]) en {{o:PsyQ}}. Niet met haar ex-partner [[p:Clyde]], dat heeft ze er nadrukkelijk bij geschreven.

Vriendelijke groet,
[[p:Natasja]]

--
[[p:Natasja Wijngaarde]] | {{r:ambulant begeleider}} {{o:Perspektief}}
[[e:n.wijngaarde@perspektief.nl]]
Afwezig op vrijdag""",
    """Begin doorgestuurd bericht:

Van: "[[p:Dabrowski]], [[p:Pawel]]" <[[e:pawel.dabrowski@o2.pl]]>
Datum: [[d:12 maart 2024]] om 22:14:09 CET
Aan: [[e:schuldhulp@denhaag.nl]]
Onderwerp: help with debts

Hello, my name is [[p:Pawel]], i live in [[a:Hengelolaan 1136]] [[pc:2545 HH]] Den Haag. I have debts with {{o:CJIB}} and {{o:Zilveren Kruis}}. I work in greenhouse in Westland. Please call me after 18.00 on [[t:+48 601 774 219]].

---
Doorgestuurd door {{o:Schuldhulpverlening}} aan SWT {{w:Escamp}} ter info.""",
    """Van: [[p:Tesfay]] [[p:Mehari]] <[[e:mehari.t1990@gmail.com]]>
Verzonden: [[d:zaterdag 9 maart 2024]] 23:41
Aan: [[p:Koning]], [[p:Bart]]
Onderwerp: brief

goedenavond meneer [[p:Koning]]
ik heb brief gekregen van gemeente over [[dos:PW-2024-118377]], ik begrijp niet. is mijn uitkering stop? mijn vrouw [[p:Selam]] is zwanger en ik heb geen geld voor huur maart. kunt u bellen [[t:0687654123]]
dank u
[[p:Mehari]]""",
    """[[p:Bart]], kun jij hier maandag op reageren? Meneer [[p:Mehari]] heeft de brief over de heronderzoek niet begrepen. Uitkering loopt gewoon door, het is een standaardcontrole. Maar met de zwangerschap van zijn vrouw wil ik dat we ook {{r:jeugdverpleegkundige}} van het {{o:CJG}} vroeg betrekken. Dank! [[p:Yvonne]]""",
    """Geachte heer [[p:Van Leeuwen]],

Hierbij bevestig ik de afspraak voor het keukentafelgesprek op [[d:dinsdag 26 maart 2024]] om 10.00 uur, bij u thuis op de [[a:Sportlaan 14-c]]. Ik kom samen met mijn collega [[p:Laura]], {{r:ergotherapeut}}. Wilt u de brief van {{o:Menzis}} over de scootmobiel klaarleggen?

Met vriendelijke groet,

[[p:R. Hassani]]
{{r:Wmo-consulent}}
{{o:Gemeente Den Haag}}, Dienst OCW
Telefoon 14 070""",
    """Van: [[p:Ouali]], [[p:Naima]]
Aan: [[p:Smit]], [[p:Daan]]
Onderwerp: fw: bewind [[p:Jansen]]

[[p:Daan]], zie onder. Weet jij of het bewind van [[p:Anton]] al is uitgesproken?

> Van: {{o:Beschermingsbewind Haaglanden}}
> Datum: [[d:8-3-2024]]
> Ref: [[dos:BB/2023/1187]]
> Het verzoekschrift voor dhr. [[p:A.J.M. Jansen]] is ingediend bij de rechtbank op [[d:19 februari]] jl. Zitting volgt. Tot die tijd adviseren wij geen nieuwe betalingsregelingen af te sluiten. Zijn inkomen (Wajong) komt binnen op [[i:%IBAN%]].""",
    """From: [[p:Grace Adjei]] <[[e:grace.adjei@outlook.com]]>
Sent: [[d:Monday, March 4, 2024]] 7:58 PM
To: [[e:swt.centrum@denhaag.nl]]
Subject: My neighbour

Dear sir/madam, I am worried about my neighbour mr [[p:Gerrit]] on the first floor of [[a:Prinsegracht 77]]. I did not see him for 5 days and his letterbox is full. He is old and lives alone. Can someone check please? I tried to call his son [[p:Peter]] but no answer.
Kind regards, [[p:Grace]]""",
    """Dag [[p:Marjolein]],

Terugkoppeling van mijn kant: dhr. [[p:Gerrit van Zanten]] is gelukkig gevonden, hij lag met een gebroken heup in de slaapkamer. Opgenomen in het {{o:HMC Westeinde}} op [[d:5 maart]]. Zoon [[p:Peter]] is op de hoogte. De buurvrouw die ons mailde ([[p:Grace]]) wil graag weten hoe het gaat, maar dat mogen we niet zomaar delen. Misschien kan [[p:Peter]] haar even bellen?

Groet, [[p:Ahmed]]
{{r:ouderenconsulent}}""",
    """Van: [[e:noreply@denhaag.nl]]
Onderwerp: Nieuwe melding toegewezen

Er is een nieuwe melding aan u toegewezen.
Meldingsnummer: [[dos:M-24-03317]]
Cliënt: [[p:K. Fortes]]
Geboortedatum: [[d:30-06-1975]]
Adres: [[a:Delftselaan 12-1]], [[pc:2512 RK]] DEN HAAG
Aangemeld door: {{r:huisarts}}
Urgentie: normaal
Toegewezen aan: [[p:T. Vermeulen]] (SWT {{w:Centrum}})

Log in op het registratiesysteem om de melding te bekijken. Deze e-mail is automatisch verstuurd.""",
]

# ---- 3. chat-style messages, no capitals, typos ----
TEXTS += [
    """hoi [[p:kim]], weet jij of dhr [[p:el idrissi]] nog bij {{o:brijder}} loopt? hij zegt van niet maar ik twijfel. heb morgen om 9u huisbezoek [[a:zuidlarenstraat 113]]""",
    """[[p:Noor]] 13:02
ff snel tussendoor: mw [[p:yilmaz]] belde huilend, zoon [[p:mert]] is opgepakt. ze vraagt of iemand vandaag nog langs kan. ik zit vast in overleg tot 4 uur. [[p:jesse]] kan jij?? nr van haar [[t:0641233908]]

[[p:Jesse]] 13:05
ja ik kan om half 3. stuur je t adres ff? @[[p:noor]]

[[p:Noor]] 13:06
[[a:troelstrakade 65-c]] 3e verdieping, bel werkt niet dus even bellen als je er bent. ze heet [[p:Hatice]] maar noemt zichzelf [[p:Hatiş]]""",
    """kheb net [[p:jan-willem]] gesproken vd {{o:ggd}}, bemoeizorg gaat toch langs bij mnr [[p:kok]]. morgen of overmorgen. hij houdt ons op de hoogte. ze gaan met z'n tweeën want vorige keer stond mnr met een hamer in de deuropening. {{r:wijkagent}} is ingelicht maar gaat niet mee, dat zou het alleen maar erger maken volgens de {{o:ggd}}""",
    """weet iemand hoe dat zit met die kwijtschelding gemeentelijke belastingen? mw. [[p:van dijk]] heeft afwijzing gehad omdat ze een auto heeft, maar die staat op naam van haar ex [[p:ferry]]. bezwaartermijn loopt af op [[d:29/3]]!!""",
    """sorry typo, ik bedoelde [[d:2 april]] niet [[d:2 maart]] haha. dus dinsdag over 2 weken bij [[p:Ama]] thuis. neem wel die formulieren van de huurtoeslag mee, en de kinderopvangtoeslag als je die nog hebt. ze heeft de brieven van de {{o:belastingdienst}} in een plastic tas bewaard, dat wordt een middagje sorteren""",
    """[09:14] [[p:lieke]]: heb je die mail van [[p:gijs]] gezien? hij wil dat wij de {{r:woonconsulent}} bellen voor familie [[p:demir]]. volgens mij is dat al gebeurd door [[p:iris]] vorige week
[09:31] [[p:bram]]: is [[p:stef]] er vandaag? ik heb de sleutel van [[a:mient 22b]] nog in mn tas, moet terug naar {{o:staedion}}
[09:40] [[p:ingrid]]: oke dan doen we het zo. ik neem [[p:boukhari]] en [[p:de graaf]], jij [[p:mensah]] en [[p:tavares]]. [[p:lisa]] doet alle nieuwe aanmeldingen deze week
[10:05] [[p:lieke]]: dhr [[p:jansen]] (die van de [[a:weimarstraat 212]], niet de andere [[p:jansen]]) heeft weer gebeld. wil een nieuwe uitkeringsspecificatie. kan iemand die printen""",
    """ik heb vandaag toestemming gekregen van [[p:Fatma]] om met haar {{r:huisarts}} te bellen!! na 4 maanden eindelijk 🙌 het hielp dat ik haar een keer meenam naar de inloop van de moskee, daar zat een vrouw die hetzelfde had meegemaakt. soms is het gewoon een kwestie van geduld en de juiste persoon op het juiste moment""",
    """[[p:Meike]] 07:48
goedemorgen allemaal. ik ben vandaag ziek 🤒 afspraken: 10u mw [[p:ramdin]] ([[t:06 29 11 47 60]]) en 13u dhr [[p:azzouzi]] – kan iemand ze bellen om te verzetten? sorry!!

[[p:Robin]] 09:15
heb ze allebei gebeld. [[p:ramdin]] schuift naar [[d:do 14/3]], [[p:azzouzi]] nam niet op, ingesproken. beterschap [[p:meike]]!""",
    """[[p:ilona]]: wat is het mailadres van die {{r:consulent}} bij {{o:uwv}} ook alweer? [[p:kees]]? [[p:koos]]? ik heb het niet meer
[[p:sem]]: [[e:k.brouwer@uwv.nl]] volgens mij. [[p:kees brouwer]]. maar hij is er alleen op woensdag""",
    """[[p:Bas]] (10:02): even checken, die meneer uit {{w:transvaal}} met de hond, is dat [[p:Mustafa]] of [[p:Mostafa]]? ik moet t in het systeem zetten en wil t goed spellen
[[p:Hind]] (10:04): [[p:Mostafa]] met o-a. achternaam [[p:Benali]]. geb [[d:3-8-'71]]""",
    """[[p:tamara]]: ff een gekke vraag: kent iemand een kerk of moskee die helpt met verhuizen? mw [[p:mbarki]] moet op [[d:30 maart]] uit haar huis en heeft niemand. heeft alleen een rolstoel en 2 dozen
[[p:loes]]: vanuit {{o:de nieuwe regentes}} kunnen ze een busje regelen. vraag naar [[p:rachid]], [[t:06-48 20 11 93]]. zeg maar dat je van [[p:loes]] komt""",
    """[[p:Kevin]] » [[p:winter]] belde. nee niet het weer 😂 dhr [[p:winter]] van de [[a:apeldoornselaan 201]]. z'n wasmachine is kapot en hij heeft geen geld. bijzondere bijstand?
[[p:Hanneke]] » dat kan maar duurt 8 weken. probeer eerst {{o:stek}} (vraag naar [[p:ria]]), die hebben soms tweedehands witgoed. of de kringloop bij de {{o:haeghe groep}}""",
    """[[p:Joep]] 10:58
hee [[p:sara]] heb jij nog contact met die {{r:mentor}} van [[p:dewi]]? de voedselbankpas van [[p:dewi]] verloopt [[d:31-03]]

[[p:Sara]] 11:02
kben er om 11.15, parkeren is ramp daar. vergeet de toestemmingsverklaring niet, [[p:kofi]] heeft m nog niet getekend""",
    """[[p:Rens]]: eh wie heeft dossier [[dos:2024-00418]] op zn naam staan? ik zie een nieuwe notitie van de {{r:wijkagent}} maar er staat geen regisseur bij
[[p:Gwen]]: dat is van [[p:mark]], maar die is met verlof tot [[d:15 april]]. ik kijk wel even mee""",
    """update: mw. [[p:Storm]] is opgenomen, crisisdienst is er vannacht geweest. dochter [[p:Esmee]] heeft de kat. verder niks meer doen tot na het weekend. maandag overleg ik met de {{r:psychiater}} van de crisisdienst over hoe lang ze blijft. de {{o:voedselbank}} moet gebeld worden om het pakket van vrijdag af te zeggen, kan iemand dat doen?""",
    """[[p:Ayoub]] 16:40
[[p:hamdi]] heeft gebeld vanaf een ander nummer: [[t:+31 6 1097 4412]]. zijn oude telefoon is gestolen. graag in het dossier aanpassen

[[p:Jet]] 16:52
ok gedaan. heb ook zijn nieuwe mail erin gezet: [[e:hamdi.farah@live.nl]]""",
    """wie heeft er een goeie tip voor een {{r:tolk}} tigrinya? [[p:semhar]] komt [[d:vrijdag 22 maart]] om 14u naar het servicepunt en haar nederlands is echt te beperkt voor dit gesprek""",
]

# ---- 4. copy-pasted fragments from registration systems ----
TEXTS += [
    """Kopie uit het systeem, zodat jullie weten over wie het gaat:
Cliëntnummer:	[[dos:40021877]]
Naam:	[[p:Yılmaz]], [[p:H.]]
Geboortedatum:	[[d:17-09-1963]]
BSN:	[[b:%BSN%]]
Adres:	[[a:Hoefkade 212]]
Postcode/plaats:	[[pc:2526 BR]] Den Haag
Telefoon:	[[t:070-3884512]]
Melding:	via {{r:huisarts}}, vermoeden schulden + vereenzaming
Team:	SWT {{w:Schilderswijk}}

@[[p:Nadia]] kun jij dit oppakken? Ik ben er t/m vrijdag niet.""",
    """Betrokken netwerk (stand [[d:1-3-2024]]):
| Naam | Relatie | Telefoon |
|---|---|---|
| [[p:M. Haddad]] | cliënt | [[t:06 2398 1107]] |
| [[p:Rasha Haddad]] | echtgenote | [[t:06 2398 1190]] |
| [[p:P. de Hoop]] | {{r:maatschappelijk werker}} {{o:Xtra}} | [[t:088-0123 456]] |
| dr. [[p:Verbeek]] | {{r:huisarts}} | [[t:070-3637281]] |
Zoon [[p:Omar]] (15) staat nog niet in het overzicht, graag toevoegen.""",
    """Contactmomenten
[[d:04-03-2024]] 10:15 telefonisch – [[p:Kaya]], [[p:Deniz]] – afspraak gemaakt
[[d:06-03-2024]] 14:00 huisbezoek – met [[p:Esra]] ({{r:MEE-consulent}}) – cliënt niet thuis
[[d:08-03-2024]] 09:30 huisbezoek – cliënt aanwezig, partner [[p:Levent]] ook
[[d:11-03-2024]] mail naar {{o:Haag Wonen}} ivm betalingsregeling
Wie heeft die mail gestuurd? Ik zie hem niet terug.""",
    """Persoonsgegevens
Achternaam: [[p:Wiśniewska]]
Voornamen: [[p:Agnieszka Maria]]
Geb.datum: [[d:1985-11-02]]
BSN: [[b:%BSN.%]]
Nationaliteit: Pools
Adres: [[a:Ternatestraat 5 hs]]
Postcode: [[pc:2586XB]]
Email: [[e:aga.wisniewska@wp.pl]]
Tel: [[t:+48 512 330 871]] / [[t:06-17722904]]
---
[[p:Agnieszka]] heeft geen DigiD meer, kan iemand haar helpen met een nieuwe aanvraag?""",
    """Schuldenoverzicht dhr. [[p:Girigorie]] (bijgewerkt [[d:12 mrt]])
Schuldeiser            Bedrag      Kenmerk
{{o:CJIB}}                   € 1.284,00  [[dos:CJIB-8821 4432 0092]]
{{o:Zilveren Kruis}}         € 2.117,45  [[dos:ZK/441902]]
{{o:Haag Wonen}}             € 3.450,00  huurachterstand
{{o:Eneco}}                  € 612,80    klantnr [[dos:3002847116]]
Totaal                 € 7.464,25
Inkomen (WW) op rekening [[i:%IBAN_%]], WW loopt af in augustus.""",
    """Uit het registratiesysteem geplakt, regel 3 klopt niet meer:
Naam partner: [[p:Kromodimedjo]], [[p:S.]]
Adres: [[a:Moerweg 101]], [[pc:2531 XH]]
Kinderen: [[p:Rick]] ([[d:12-05-2010]]), [[p:Sharon]] ([[d:09-01-2013]])
Werkgever: {{o:PostNL}}
Ze is in januari verhuisd naar haar moeder, adres weet ik nog niet.""",
    """Aanmeldformulier SWT
Datum aanmelding: [[d:19/03/2024]]
Aanmelder: [[p:Lotte van Rijn]], {{r:POH-GGZ}} huisartsenpraktijk {{o:De Kade}}
Cliënt: [[p:Farid Nazari]]
Geboren: [[d:14-7-1990]]
Adres: [[a:Dedemsvaartweg 400]], [[pc:2545 AB]]
Tel: [[t:06-2017 5533]]
Hulpvraag: somber, geen werk, schulden, verblijfsstatus net geregeld. Spreekt Dari en redelijk Nederlands.
Toestemming: ja, getekend""",
    """Kan iemand checken of dit dezelfde persoon is? Twee registraties:
1) [[p:Boukhari]], [[p:N.]] geb. [[d:02-02-1977]] [[dos:SZW-883201]]
2) [[p:Nadia Boukhari]] geb. [[d:2-2-1977]] [[dos:SZW-912048]]
Zelfde adres ([[a:Paul Krugerlaan 18]]). Lijkt me een dubbele inschrijving.""",
    """Huishoudboekje fam. [[p:Owusu]]
Inkomsten
- loon [[p:Kwabena]]: € 1.812 netto
- kinderbijslag: € 291 per kwartaal
- zorgtoeslag: € 254
Uitgaven
- huur {{o:Staedion}}: € 742 (automatische incasso van [[i:%IBAN%]])
- energie: € 189
Er blijft te weinig over. Gesprek met [[p:Abena]] gepland op [[d:wo 27-3]].""",
    """Log {{o:Wmo-loket}}:
[[dos:WMO/2024/00318]] – aanvraag huishoudelijke ondersteuning – mw. [[p:J.C. de Bruijn-Sterk]] – [[a:Oude Haagweg 33]] – status: in behandeling – consulent: [[p:R. Hassani]]
[[dos:WMO/2024/00341]] – aanvraag scootmobiel – dhr. [[p:P. van Leeuwen]] – [[a:Sportlaan 14-c]] – status: keukentafelgesprek gepland [[d:26-03-2024]]""",
    """Dossier: [[dos:VT-2024-1187]]
Gezin: [[p:Semedo]]
Moeder: [[p:Ilda Semedo]] ([[d:1988-04-21]])
Kinderen: [[p:Kevin]] (8), [[p:Elisa]] (5)
Vader: [[p:Jorge Monteiro]], woont elders
Adres moeder: [[a:Goudenregenstraat 40]], [[pc:2565 EP]]
Betrokken: {{o:Veilig Thuis}}, {{o:Jeugdbescherming west}}, SWT {{w:Bomenbuurt}}
Let op: adres moeder niet delen met vader!""",
    """Notitie kopie:
"[[d:15-3]]: gesprek mw [[p:Dimitrova]] ([[p:Yordanka]]) en dochter [[p:Ralitsa]]. Besproken: huurachterstand {{o:Staedion}}, werk bij uitzendbureau. Mw. wil graag Nederlandse les. Volgende afspraak [[d:22-3]] 11u."
Zo goed genoeg voor de overdracht [[p:Tim]]?""",
    """CSV export, zodat je het in Excel kunt zetten:
naam;geboortedatum;adres;postcode;telefoon
[[p:Adjei G]];[[d:1979-08-14]];[[a:Kempstraat 17]];[[pc:2572GB]];[[t:0612094471]]
[[p:Boateng I]];[[d:1969-11-02]];[[a:Goudriaankade 9]];[[pc:2526EE]];[[t:0652184409]]
[[p:Mensah K]];[[d:1980-01-30]];[[a:Fahrenheitstraat 110A]];[[pc:2561DL]];[[t:0687711240]]
(voor de Ghanese ouderengroep, alleen intern gebruiken!)""",
]

# ---- 5. meeting arrangements ----
TEXTS += [
    """Zullen we het MDO voor mw. [[p:Lopes]] plannen op [[d:do 14 maart]] 10:00 in {{o:De Nieuwe Regentes}}? Ik nodig uit: [[p:Hanna]] ({{r:wijkverpleegkundige}}), [[p:Youssef]] ({{r:schuldhulpverlener}}) en haar {{r:bewindvoerder}}. Mw. zelf wil ook komen, met haar dochter [[p:Carla]]. Graag voor woensdag laten weten of het past.""",
    """Past mij niet, donderdag heb ik de training meldcode. Wat denken jullie van [[d:maandag 18/3]] in de middag? Of anders de week erna, dan ben ik er ma t/m wo.""",
    """Voor het pilotoverleg 'Samen werken in het sociale domein': de startbijeenkomst is verschoven naar [[d:dinsdag 6 februari]], 13.00-16.30, locatie stadhuis Spui. Aanmelden bij [[p:Wilma]] ([[e:w.terhorst@denhaag.nl]]). Neem een casus mee rond het thema bemoeizorg, geanonimiseerd graag!""",
    """Agenda teamoverleg SWT {{w:Laak}}, [[d:woensdag 20 maart]]
1. Opening ([[p:Ingrid]])
2. Nieuwe aanmeldingen: dhr. [[p:Balci]], mw. [[p:Mahabier]], fam. [[p:Zieliński]]
3. Casus [[p:Rosa]] (inbreng [[p:Koen]])
4. Terugkoppeling expertmeeting april
5. Rondvraag
Koffie staat klaar vanaf 8.45 👍""",
    """Hi, ik heb bij dhr. [[p:Ramdin]] een huisbezoek gepland op [[d:11 april]], 9.30 uur. Hij woont op de [[a:Loosduinse Hoofdstraat 88]] boven de bakker. Wie wil mee? Hij is wat achterdochtig, liefst iemand die hij al kent. [[p:Dilara]]?

[[p:Dilara]]: Ja ik ga mee, [[p:Ramdin]] kent mij nog van vorig jaar. Zullen we om 9.15 bij de bakker afspreken? Dan kunnen we even voorbespreken. Ik neem het formulier van de {{o:Kredietbank}} mee.""",
    """Beste allen, de expertmeeting ouderen staat gepland op [[d:16 april 2024]] in wijkcentrum {{o:Het Lindenhuis}}. Sprekers: [[p:Marianne de Groot]] ({{r:specialist ouderengeneeskunde}}) en [[p:Ricardo Martina]], {{r:ervaringsdeskundige}}. Wie een casus wil inbrengen kan die tot [[d:2 april]] sturen naar [[p:Wilma]]. Graag zonder namen en adressen 🙂""",
]

TEXTS += [
    """Ik kan [[d:16/4]] helaas niet, dan zit ik bij de rechtbank met [[p:Mbarki]]. Kan iemand aantekeningen maken? Dank! Vooral het deel over de samenwerking met de {{r:specialist ouderengeneeskunde}} interesseert me, daar lopen we in {{w:Mariahoeve}} steeds tegenaan bij mensen die thuis willen blijven wonen terwijl het eigenlijk niet meer gaat.""",
    """Afspraak bevestigd met [[p:Tiago Delgado]] ({{r:jongerenwerker}}, {{o:JoU}}) voor [[d:donderdag 28 maart]] 16u in het jongerencentrum. Onderwerp: [[p:Djenilson]] en zijn vrienden die 's avonds rondhangen in de portiek aan de [[a:Hobbemastraat 149a]]. Bewoners hebben geklaagd bij {{o:Haag Wonen}}.""",
    """Goedemiddag mevr. [[p:Aydın]],

Zoals telefonisch besproken kom ik op [[d:maandag 8 april]] om 14.00 uur bij u langs, samen met mijn collega [[p:Marieke]] van het {{o:Wmo-loket}}. We bespreken dan de traplift en de hulp in de huishouding. Uw zoon [[p:Burak]] mag er natuurlijk bij zijn. Lukt het niet, belt u dan naar [[t:06 44 01 27 85]].

Met vriendelijke groet,
[[p:Ahmet Kılıç]], {{r:ouderenadviseur}} {{o:Vóór Welzijn}}""",
]

TEXTS += [
    """[[p:Wouter]]: Wie neemt het over? Ik heb morgen om 11u een driegesprek met [[p:Aziz]] en zijn {{r:klantmanager}} bij {{o:Werkplein Haaglanden}}, maar mijn dochter is ziek. Adres van het werkplein weten jullie, meneer komt zelf. Zijn telefoon: [[t:06-1234 0917]]. Graag even een duimpje als iemand kan.
[[p:Tom]]: 👍 ik ga wel. Moet ik nog iets weten over [[p:Aziz]]?
[[p:Wouter]]: Alleen dat hij slecht hoort aan links, dus ga rechts van hem zitten 🙂 En hij wil graag dat we hem [[p:Abdelaziz]] noemen bij officiële instanties.""",
    """Planning huisbezoeken week 13:
ma – [[p:Rustenburg]] ({{w:Oostbroek}}), [[p:Pereira]]
di – vrij
wo – mw. [[p:Zomer]] + overleg {{r:casusregisseur}}
do – [[p:Kowalski]], [[p:Pronk]], [[p:Adeyemi]]
vr – MDO 10u, daarna administratie
Graag wisselen als het niet uitkomt.""",
    """Is het goed als we het evaluatiegesprek van [[p:Chen Wei]] verplaatsen van [[d:3-4]] naar [[d:10-4]]? Zijn vrouw [[p:Zhang Hui]] moet [[d:3 april]] naar het ziekenhuis en hij wil haar niet alleen laten. Ik heb het hem al voorgelegd en hij vindt het prima.""",
    """Reminder: morgen ([[d:dinsdag 12 maart]]) intervisie 15.30 uur, lokaal 2.04. Casusinbreng door [[p:Jorien]]. Denk aan de regels: geen namen in de aantekeningen, alleen initialen. En telefoons op stil graag, vorige keer ging er drie keer een af. We sluiten om 17.00 uur af met een korte evaluatie van de intervisiemethode, want we willen na de zomer misschien overstappen op de incidentmethode.""",
    """Voorstel voor de werksessie met {{o:Politie}} en {{o:GGD}} over de verwarde personen in {{w:Stationsbuurt}}: [[d:vrijdag 5 april]] of [[d:maandag 8 april]], 9-12 uur. Vanuit ons team komen [[p:Rob]], [[p:Nienke]] en ik. [[p:Hetty]] van {{o:GGD}} regelt de zaal. Graag voorkeur doorgeven via de poll.""",
    """Kan het huisbezoek bij [[p:Abdirahman]] om 13.00 ipv 14.00? Ik moet om 15u in {{w:Ypenburg}} zijn. Adres is [[a:Harstenhoekweg 12 bis]], [[pc:2587 SE]]. Bel even aan bij de buren als hij niet opendoet, zijn bel is kapot.""",
    """Kick-off pilot: [[d:22 november]], 9.00-12.30, alle teamleden. We kiezen daar de pilotgroep en de vier thema's (jeugd, ouderen, huiselijk geweld, bemoeizorg). Wie niet kan, graag afmelden bij [[p:Anouk Dijkstra]] of via [[e:pilot.sociaaldomein@denhaag.nl]].""",
    """Afgesproken met dhr. [[p:Constantin Popa]]: we zien hem [[d:zo 7 april]]? Nee sorry, dat is een zondag. Wordt [[d:ma 8 april]] om 15u op het servicepunt in {{w:Moerwijk}}. Hij neemt zijn loonstroken mee en de brief van de {{o:Belastingdienst}}.""",
    """Hallo [[p:Ruben]], zou jij de tolk willen boeken voor het gesprek met [[p:Shabnam Ahmadzai]]? Dari, [[d:woensdag 10 april]], 10.00-11.30, bij haar thuis op de [[a:Zonnebloemstraat 27]], [[pc:2565 RS]]. Vrouwelijke tolk graag, dat vond ze belangrijk. Dank je!""",
    """Geboekt: tolk [[p:Mina]] via de tolkentelefoon, bevestigingsnummer [[dos:TVCN-5518204]]. Ze belt om 10.00 in op jouw mobiel. Zet je telefoon op de luidspreker zodat mevrouw mee kan luisteren. Als de verbinding slecht is kun je het nummer van de tolkentelefoon gewoon opnieuw bellen met hetzelfde bevestigingsnummer.""",
]

# ---- 6. questions to colleagues about a client ----
TEXTS += [
    """Vraag aan de collega's van {{w:Duindorp}}: kennen jullie [[p:Jantje Vrolijk]]? Meneer is 67, woont sinds kort in {{w:Moerwijk}} en zegt dat hij bij jullie een {{r:maatschappelijk werker}} had, een [[p:Marja]] of [[p:Maria]]. Hij heeft een flinke schuld bij {{o:Eneco}} en ik wil weten of er al een traject liep.

Antwoord van [[p:Gerard]] (SWT {{w:Duindorp}}):
Ja, dat was [[p:Marja Keizer]], die werkt nu bij {{o:Xtra}} in Rijswijk. Het traject is in 2023 gestopt omdat dhr. niet meer kwam opdagen. Ik zoek het dossiernummer even op: [[dos:SWT-DD-2022-0381]]. Succes, hij is een schat maar wel chaotisch.""",
    """Heeft iemand ervaring met het aanvragen van een urgentieverklaring voor een moeder met drie kinderen die bij haar zus op de bank slaapt? Het gaat om [[p:Hamida]] (geb. 1992), sinds december gescheiden van [[p:Noorullah]], die nog in hun huurhuis aan de [[a:Erasmusweg 912]] woont. Ze heeft geen contract op eigen naam. De {{r:woonconsulent}} zegt dat ze niet in aanmerking komt, maar volgens mij wel vanwege de kinderen.""",
]

TEXTS += [
    """Wel als er sprake is van huiselijk geweld, dan kan het via {{o:Veilig Thuis}}. Was dat zo bij [[p:Hamida]]? Anders loop je vast op de regels van de woningcorporatie. Bel anders [[p:Jolanda]] van het {{o:Urgentieteam}}, [[t:070 353 72 40]], zij denkt vaak mee.""",
    """Collega's, ik zit een beetje met mijn handen in het haar. Mw. [[p:Hoop]] (ja echt, zo heet ze) weigert alle hulp, maar de buren bellen elke week over stankoverlast uit haar woning ([[a:Copernicusplein 7]]). Ze is 79. De {{r:huisarts}} heeft haar in twee jaar niet gezien. Wie wil meedenken over een aanpak? Bemoeizorg via de {{o:GGD}} misschien?

[[p:Jan]] schreef:
Ken je [[p:Kees van der Hoop]]? Die zit bij de bemoeizorg van de {{o:GGD}} en is heel goed met dit soort mensen. Noem mijn naam maar. Ik zou wel eerst de {{r:wijkagent}} inlichten over de situatie.""",
    """Vraagje over de toestemming: mw. [[p:Nowak]] heeft in oktober 2023 getekend, toen nog alleen voor de {{o:Kredietbank}}. Nu wil ik ook met haar {{r:psychiater}} (dr. [[p:Haq]]) overleggen. Moet ze opnieuw tekenen of is mondeling genoeg? Ze heeft het [[d:vrijdag 29 maart]] mondeling goedgekeurd, dat heb ik genoteerd.""",
]

TEXTS += [
    """Schriftelijk is beter, zeker bij een {{r:psychiater}}. Je kunt het formulier gewoon bij haar langsbrengen. Bij [[p:Nowak]] zou ik er ook bij zetten dat ze het mag intrekken, ze is nogal wantrouwend na die toestand met haar vorige {{r:bewindvoerder}}.""",
    """Wie weet hoe het zit met de kostendelersnorm als een volwassen zoon weer thuis komt wonen? Dhr. [[p:Koeiman]] krijgt bijstand en zijn zoon [[p:Jurgen]] (24) is net uit detentie en staat ingeschreven op [[a:Fruitweg 3-B]]. Moet dhr. dat melden? Ik wil niet dat hij straks moet terugbetalen.

[[p:Nico]]: Ja, moet gemeld worden, anders volgt er een terugvordering. Maar: als [[p:Jurgen]] zelf nog geen inkomen heeft, kan hij soms tijdelijk vrijgesteld worden. Bel even met [[p:Sevda]] bij {{o:Werk en Inkomen}}, ze weet er alles van. Intern nummer 5512.""",
    """Even sparren: ik heb een jonge vrouw, [[p:Precious]], 22, uit Nigeria, die sinds [[d:8 januari]] bij een 'oom' woont in {{w:Transvaal}}. Ze moet daar schoonmaken en krijgt geen geld. Ik maak me zorgen om uitbuiting. Haar paspoort heeft zij niet zelf. Moet ik dit melden bij {{o:CoMensha}} of eerst bij {{o:Politie}}?""",
    """Heel goed dat je dit signaleert. Eerst met {{o:CoMensha}} overleggen, die adviseren ook anoniem. En zorg dat je [[p:Precious]] alleen spreekt, zonder de 'oom' erbij. Heb je een nummer waarop ze veilig bereikbaar is? Zo niet, spreek een vaste plek af, bijvoorbeeld de bibliotheek in de Hoefkade.""",
    """@[[p:Gülsen]] weet jij of mw. [[p:Aksoy]] nog in de schuldsanering zit? Ik zie in het systeem dat het WSNP-traject in 2021 is begonnen, dus dat zou nu afgelopen moeten zijn. Ze heeft een nieuwe aanmaning van {{o:Vattenfall}} gekregen van € 840.

[[p:Gülsen]]: Ja, schone lei per [[d:1 februari 2024]]! Die aanmaning is dus nieuw. Als je wilt kom ik mee, ik ken mw. [[p:Aksoy]] goed. Haar nieuwe nummer is trouwens [[t:06 51 90 23 48]], het oude werkt niet meer.""",
    """Kennen jullie dit? Dhr. [[p:Van Rooij]] uit {{w:Bezuidenhout}} zegt dat hij een {{r:mantelzorgconsulent}} had, maar ik kan niets vinden. Hij zorgt voor zijn vrouw [[p:Tineke]] met Parkinson en is zelf ook 81. Ik wil hem aanmelden voor respijtzorg. Dossier bij ons: [[dos:#48812]].""",
    """Vraag van een {{r:stagiaire}}: mag ik in mijn verslag voor school de casus van [[p:Ravi]] gebruiken als ik de naam verander? Ik heb hem zelf niet om toestemming gevraagd. Mijn begeleider [[p:Karin]] is deze week er niet.""",
    """Goede vraag! Nee, niet zonder meer. Ook met een andere naam kan hij herkenbaar zijn (leeftijd, wijk, die bijzondere situatie met de duiven). Vraag hem om toestemming of maak er een fictieve casus van. [[p:Karin]] kan je daar verder mee helpen.""",
]

# ---- 7. partly in English ----
TEXTS += [
    """Hi all, quick update re: mrs. [[p:Kowalczyk]]. She finally agreed to meet the {{r:MEE-consulent}} next week, [[d:Thursday 21st]] at 10 am at her place. Her daughter [[p:Zofia]] will translate. Sorry for the English, onze nieuwe collega [[p:Aisha]] leest mee en spreekt nog weinig Nederlands 🙂""",
    """Thanks [[p:Mark]]! Welkom [[p:Aisha]]. For context: mw. [[p:Kowalczyk]] lives in {{w:Rustenburg}}, on her own since her husband passed away. Lots of debts, no family support except [[p:Zofia]], who works nights. We're trying to get her into day activities (dagbesteding).""",
    """On [[d:Tue, 12 Mar 2024]] at 09:15, [[p:Rahul Sewnath]] <[[e:rahul.sewnath@gmail.com]]> wrote:
> Dear madam, my father mr [[p:Sewnath]] is living at [[a:Paul Krugerlaan 233]] and is very confused lately. I live in London. Can your team visit him? His number is [[t:070 388 10 27]]. Regards, [[p:Rahul]]

[[p:Linda]], dit is voor jullie team denk ik. Wil jij reageren?""",
    """FYI: meeting met de expats van {{o:The Hague International Centre}} is verzet naar [[d:April 15]]. [[p:Jennifer]] will join on behalf of the municipality. Let's prepare the case of the Bulgarian family [[p:Georgiev]] before then, want daar lopen we echt vast met de registratie in de BRP.""",
    """Hey [[p:Kofi]], hope you're well. Could you ask your mum [[p:Akosua]] if it's ok if I come by on [[d:Friday 29 March]]? Around 2 pm. I'll bring the forms for the huurtoeslag. Thnx, [[p:Sanne]]

Reply from [[p:Kofi]]:
Sure no problem. She says friday is fine but 3 pm better, she works in the morning at the schoonmaakbedrijf. Address is still [[a:Schalk Burgerstraat 255]], bell for [[p:Asante]].""",
    """Note to self / team: mr. [[p:Stoyanov]] speaks Bulgarian + some English, NO Dutch. Uses WhatsApp only: [[t:+359 88 712 3304]]. Works for an uitzendbureau in Westland via [[p:Ivo]] (the 'boss', waarschijnlijk een malafide tussenpersoon). Signaal doorgezet naar {{o:Inspectie SZW}} op [[d:19-03]].""",
    """As discussed in the call: the family [[p:Al-Hassan]] ([[p:Khaled]], [[p:Nour]] and three kids) moved from the {{o:COA}} location to [[a:Escamplaan 19-A]]. Statushouders, arrived in 2022. {{o:VluchtelingenWerk}} support ends [[d:30 June]]. After that our team takes over. Contactpersoon bij {{o:VluchtelingenWerk}}: [[p:Maaike]].""",
    """hi guys, ik ben vanaf [[d:1 mei]] op maternity leave 🤰 mijn caseload wordt verdeeld: [[p:Baldewsingh]] + [[p:Ouali]] → [[p:Stefan]], [[p:Van den Broek]] + [[p:Sahin]] → [[p:Priya]]. Overdrachtsdocumenten staan in de teams-map. Be nice to them!""",
    """Sent from my iPhone

> On [[d:8 Mar 2024]], at 18:02, [[p:Hetty]] <[[e:h.vandermeer@ggdhaglanden.nl]]> wrote:
> Hi, zien jullie dhr [[p:Doelwijt]] nog? Zijn depotinjectie was maandag en hij is niet gekomen. Graag even laten weten, dan plannen we een nieuwe op [[d:15/3]].

Ja, ik heb hem woensdag nog gezien op de markt. Ik bel hem morgen. Groet [[p:Reza]]""",
]

# ---- 8. more thread discussion (reactions on shared case lessons) ----
TEXTS += [
    """[[p:Thijs]]:
Mooie les, dank voor het delen! Eén ding viel me op: in de tekst staat nog 'mw. [[p:Van Eck]]' in de derde alinea. Volgens mij is dat per ongeluk blijven staan? Misschien even aanpassen voordat het breder gedeeld wordt. Inhoudelijk herken ik het helemaal: bij ons in {{w:Morgenstond}} werkt de {{r:ervaringsdeskundige}} ook als de brug naar zorgmijders.

[[p:Lianne]]:
Oeps, goed gezien [[p:Thijs]], aangepast. Ook de verwijzing naar de [[a:Leyweg 1020]] eruit gehaald, dat was te herleidbaar.""",
    """[[p:Marco]]:
Herken dit heel erg. Wij hadden een cliënt, noem hem 'meneer [[p:B.]]', die pas in beweging kwam toen zijn kleinzoon [[p:Jayden]] erbij betrokken werd. Tip: vraag altijd naar wie de cliënt trots op is. Bij meneer was dat niet de {{r:huisarts}} of de {{o:Sociale Dienst}}, maar de kleinzoon.

[[p:Sophie]]:
Dat 'meneer [[p:B.]]' is trouwens dhr. [[p:Bhagwandin]] van de [[a:Hoytemastraat 84]] toch? Ik heb hem ook even gehad 😉

[[p:Marco]]:
[[p:Sophie]], laten we dat niet hier bespreken, dit is een openbare thread voor alle teams. Stuur me maar een privébericht.""",
    """Vraag bij deze les: hoe regelen jullie dat de {{r:wijkverpleegkundige}} meekijkt zonder dat er een indicatie is? Bij mw. [[p:Ramautar]] duurde het 7 weken voor er iemand kwam. Ondertussen was ze al twee keer gevallen.""",
    """Bij ons heeft [[p:Annemiek]] ({{r:wijkverpleegkundige}} {{o:Florence}}) een vast inloopmoment op donderdag in het servicepunt. Dan kun je casussen zonder indicatie bespreken. Scheelt enorm.""",
    """Wat ik mis in deze les: wat deed de {{r:bewindvoerder}}? In mijn ervaring (o.a. bij fam. [[p:Lachman]] en dhr. [[p:Groenewegen]]) is de bewindvoerder vaak de sleutel, maar ook vaak onbereikbaar.""",
    """Dank [[p:Esther]] voor het organiseren van de brainstorm. Mijn belangrijkste les: niet wachten op de perfecte verwijzing. Mw. [[p:Sita]] uit mijn casus is pas gaan praten toen we samen boodschappen deden bij de Hindoestaanse supermarkt aan de Hobbemastraat. Kleine dingen.""",
    """Wij zitten met iets vergelijkbaars in {{w:Leidschenveen}}: jong gezin, ouders [[p:Niels]] en [[p:Bo]], allebei LVB, kindje van 2. {{o:MEE}} is betrokken maar wil afschalen. {{o:CJG}} vindt dat het SWT moet blijven. Wie heeft de regie? Ik zou zeggen: {{r:casusregisseur}} bij ons, maar dan wel met afspraken met {{o:MEE}}.""",
    """Eens met [[p:Naomi]]. En leg het vast, anders ben je over drie maanden weer terug bij af. Bij [[p:Bo]] en [[p:Niels]] zou ik ook een {{r:vrijwilliger}} van {{o:Home-Start}} proberen, dat sluit goed aan bij jonge ouders.""",
]

# ---- 9. more e-mail ----
TEXTS += [
    """Van: [[p:Vermeulen]], [[p:Thomas]] <[[e:t.vermeulen@denhaag.nl]]>
Verzonden: [[d:19 maart 2024]] 10:31
Aan: [[e:fortes.kátia@gmail.com]]
Onderwerp: Uw aanmelding bij het sociaal wijkzorgteam

Beste mevrouw [[p:Fortes]],

Uw {{r:huisarts}} heeft u bij ons aangemeld. Ik ben [[p:Thomas]] en ik ben uw contactpersoon. Ik wil graag kennismaken. Kunt u op [[d:dinsdag 26 maart]] om 11.00 uur? Ik kom dan bij u thuis, [[a:Delftselaan 12-1]].

Met vriendelijke groet,
[[p:Thomas Vermeulen]]
{{r:Casusregisseur}} SWT {{w:Centrum}}
[[t:06 - 11 38 72 05]]""",
    """Van: [[p:Kátia Fortes]]
Aan: [[p:Vermeulen]], [[p:Thomas]]
Datum: [[d:19-03-2024]] 21:48

boa noite [[p:thomas]],
dinsdag is goed. mijn zoon [[p:Edmilson]] is er ook, hij spreekt beter nederlands. ik heb veel brieven. 
obrigada
[[p:Kátia]]""",
    """Beste [[p:Gijs]],

Bijgaand het overzicht dat je vroeg voor de aanvraag bij het {{o:Fonds Bijzondere Noden}}:

Naam: [[p:Zahra Ahmadzai]]
Adres: [[a:Laakkade 300]], [[pc:2521 AJ]] Den Haag
IBAN: [[i:%IBAN%]] (t.n.v. [[p:Z. Ahmadzai]])
Gevraagd bedrag: € 450 voor een bed en kledingkast voor de kinderen

Onderbouwing volgt van de {{r:maatschappelijk werker}}. Laat maar weten als er nog iets mist.

Hartelijke groet,
[[p:Femke]]
{{r:Sociaal raadsvrouw}} | {{o:Rechtswinkel Laak}}""",
    """Onderwerp: Afmelding

Goedemorgen,

Hierbij meld ik mij af voor het overleg van [[d:woensdag 27 maart]]. Ik ben die dag bij een uithuisplaatsing. De stand van zaken rond [[p:Rowena]] en haar kinderen stuur ik vooraf per mail aan [[p:Martijn]].

Vriendelijke groet,

[[p:Desiree Zeefuik]]
{{r:Gezinsvoogd}} | {{o:Jeugdbescherming west}}
[[t:088 - 344 20 01]] | [[e:d.zeefuik@jbwest.nl]]""",
    """---------- Forwarded message ---------
From: Stichting {{o:Leergeld Den Haag}} <[[e:aanvragen@leergelddenhaag.nl]]>
Date: [[d:Thu, Mar 14, 2024]] at 3:05 PM
Subject: Aanvraag [[dos:LG-24-2291]]
To: <[[e:w.demir@xtra.nl]]>

Beste [[p:Wassim]], de aanvraag voor de laptop voor [[p:Ilyas]] (12) is goedgekeurd. De laptop kan worden opgehaald vanaf [[d:2 april]] op ons kantoor.""",
    """Beste collega,

Graag wil ik mevrouw [[p:Engel]] aanmelden voor dagbesteding bij {{o:Saffier}}. Mevrouw is 84 en woont zelfstandig in {{w:Kijkduin}} op de [[a:Kijkduinsestraat 612]]. Haar man [[p:Wolf]] is vorig jaar overleden. Ze is licht dementerend (diagnose [[d:11 december 2023]], {{o:Bronovo}}). Contactpersoon: schoonzoon [[p:Ruud Berg]], [[t:06-51702336]].

Met vriendelijke groet,
[[p:Wendy Smits]], {{r:casemanager dementie}}""",
    """Van: [[p:Mohan]], [[p:Radjesh]]
Verzonden: [[d:vr 22-3-2024]] 16:45
Onderwerp: Re: Re: Re: kwijtschelding

Ik heb het nu 3x gevraagd. Ik heb geen inkomen boven bijstandsniveau en toch wordt mijn kwijtschelding afgewezen. Mijn BSN is [[b:%BSN_%]] en het aanslagnummer is [[dos:2024.0013.88154]]. Ik wil graag dat iemand van het wijkteam mij helpt. Bel me: [[t:06-38 87 10 65]].
[[p:R. Mohan]]""",
    """Hoi [[p:Sevda]],

Ik stuur je deze door ivm de kwijtschelding van dhr. [[p:Mohan]], zie onderaan. Zou jij met hem kunnen bellen? Hij is boos, maar terecht volgens mij: het bijstandsbedrag is verkeerd meegeteld. Dank alvast.

[[p:Joost]]""",
    """Geachte heer/mevrouw,

Wij willen u informeren dat de huurovereenkomst van mevrouw [[p:D. Martina]], [[a:Hoefkade 12]], [[pc:2526 BX]], contractnummer [[dos:HW-01-774310]], per [[d:1 mei 2024]] wordt opgezegd wegens een huurachterstand van € 4.280. Mevrouw heeft aangegeven dat het sociaal wijkzorgteam betrokken is. Wij staan open voor een laatste gesprek.

Met vriendelijke groet,
[[p:Roel Pronk]], {{r:woonconsulent}} {{o:Haag Wonen}}""",
    """Beste [[p:Roel]],

Dank voor je bericht over mw. [[p:Martina]]. Graag maken we gebruik van dat laatste gesprek. Kan het op [[d:4 april]] of [[d:5 april]]? Mw. wordt begeleid door [[p:Cindy]] van {{o:Perspektief}} en mij. We hebben inmiddels een aanvraag bij de {{o:Kredietbank}} lopen ([[dos:KBH-2024-5531]]).

Met vriendelijke groet,
[[p:Rachida Bennani]]
{{r:Maatschappelijk werker}} SWT {{w:Schilderswijk}}""",
]

# ---- 10. more registration fragments ----
TEXTS += [
    """Gegevens voor de aanvraag huurtoeslag, even gecheckt met de cliënt:
Aanvrager ......... [[p:Ama Asante]]
BSN ............... [[b:%BSN%]]
Toeslagpartner .... geen
Medebewoner ....... [[p:Kofi Asante]] (zoon, 19)
Adres ............. [[a:Schalk Burgerstraat 255]]
Postcode .......... [[pc:2572 TG]]
Rekening .......... [[i:%IBAN_%]]
Huur kaal ......... € 612,34
Klopt allemaal volgens [[p:Ama]], ik dien morgen in.""",
    """Screenshot uit het systeem lukt niet, dus zo:

Zaak [[dos:Z-2024-000871]]  | Status: Open | Regisseur: [[p:B. Koning]]
Cliënt: [[p:Tesfay]], [[p:M.]]  | geb. [[d:01-01-1990]] | [[a:Melis Stokelaan 1201]]
Partner: [[p:Selam Tesfay]] | uitgerekende datum [[d:20 juni]]
Taken: aanvraag BBZ? nee / aanvraag kraamzorg: ja / {{o:CJG}} informeren: open""",
    """Overzicht huisbezoeken [[d:maandag 25-03]]:
09:00  [[p:Adeyemi]], [[p:F.]]       [[a:Jan Blankenstraat 29]]
10:30  [[p:van der Laan]], [[p:G.]]  [[a:Wolweverstraat 8]]
13:00  [[p:Nguyen]], [[p:T.H.]]      [[a:Rijswijkseweg 400-16]]
15:00  terug naar kantoor, verslaglegging
Wie gaat mee naar 10:30? [[p:van der Laan]] wil geen vrouwen over de vloer, zegt hij.""",
    """Gegevens ex-partner (NIET DELEN MET CLIËNT):
Naam: [[p:Mohammed Ouahabi]]
Laatst bekend adres: [[a:Scheveningseweg 40 3 hoog]], [[pc:2517 KV]]
Telefoon: [[t:06 40 15 20 99]]
Contactverbod t/m [[d:31-12-2024]], uitgesproken door rechtbank [[d:14-09-2023]], parketnummer [[dos:09/218833-23]]""",
    """Uit het registratiesysteem (tabblad Financiën):
Inkomen: Participatiewet, alleenstaande
Uitbetaling op: [[i:%IBAN%]]
Vaste lasten via bewind: ja, {{r:bewindvoerder}} mr. [[p:C. Sambo]] ([[t:070-2148830]])
Leefgeld: € 60 per week, elke maandag
Schulden: ca. € 11.000, traject {{o:Kredietbank}} [[dos:KBH-2023-1402]]
Cliënt: [[p:Lucienne Isenia]], [[a:Stationsweg 44]]
Vraag van [[p:Lucienne]] zelf: meer leefgeld in de decembermaand. Kan dat?""",
]

# ---- 11. mixed: numbers-heavy messages ----
TEXTS += [
    """[[p:rik]]: kun je dit bsn even checken in het systeem? [[b:%BSN%]] – ze zegt dat ze al bekend is bij ons maar ik vind haar niet onder haar meisjesnaam
[[p:anouk]]: gevonden, staat op naam [[p:Bouzid-El Amrani]], adres [[a:Vlierboomstraat 511]] [[pc:2564 JL]]. was in 2022 bij {{w:Segbroek}} aangemeld""",
    """Voor de aanvraag bij de {{o:SVB}} heb ik nodig: BSN van beide ouders en het rekeningnummer. Vader: [[b:%BSN.%]], moeder: [[b:%BSN.%]]. Rekening op naam van moeder: [[i:%IBAN_%]]. Dit bericht verwijder ik straks weer uit de thread, sorry, was de snelste manier.""",
    """Pas op, dit is de openbare thread! Ik heb het bericht hierboven met de BSN's verborgen. Gebruik voor dit soort gegevens het beveiligde dossier of bel even. Groet, [[p:Marloes]] ({{r:functionaris gegevensbescherming}})""",
    """Nummer van de {{r:bewindvoerder}} van dhr. [[p:Smit]]: [[t:(070) 362 14 58]], mobiel [[t:06-5500 1342]]. Ze heet [[p:Wilma Blom]]. Spreekuur alleen op dinsdagochtend. Ze is best streng, maar als je uitlegt dat meneer anders zijn huis uit moet, denkt ze mee. Mail werkt beter dan bellen, dan heeft ze het ook meteen in het dossier.""",
    """Mw. heeft twee rekeningen: [[i:%IBAN%]] (lopende rekening, hier komt de bijstand op) en [[i:%iban%]] (spaarrekening van haar dochter, daar heeft ze geen toegang toe). Het beslag is gelegd op de eerste.""",
    """Adreswijziging dhr. [[p:Osei]]:
oud: [[a:Parallelweg 77]], [[pc:2525 NA]]
nieuw: [[a:Dierenselaan 145]], [[pc:2573 JA]] (onderhuur bij zijn neef)
Let op: onderhuur is niet officieel, dus geen post naar het nieuwe adres sturen!""",
    """zorgverzekering dhr [[p:Girigorie]] is gestopt wegens wanbetaling, hij valt nu onder het {{o:CAK}}. klantnr [[dos:803-22174-9]]. premie gaat automatisch van zijn uitkering af. even doorgeven aan [[p:Lisanne]]""",
    """Kan iemand bellen met dit nummer? [[t:+212 6 61 48 23 07]]. Is de broer van mw. [[p:El Ouardi]] in Marokko. Hij wil weten waar zijn zus verblijft maar zij wil dat absoluut niet. Dus NIETS zeggen, alleen aanhoren en noteren.""",
    """Voor de overdracht naar {{w:Escamp}}:
Cliënt: [[p:Radu Popescu]]
BSN: [[b:%BSN_%]]
Tel.: [[t:+40 741 220 993]]
Adres: [[a:Leyweg 204-B]], [[pc:2545 CK]]
Dossier: [[dos:2023-04711]]
Begeleider: [[p:Ilse Mertens]] ({{r:ambulant begeleider}})""",
    """De nieuwe {{r:consulent}} schuldhulp is [[p:Dennis Valk]], [[e:d.valk@denhaag.nl]], [[t:06-17 64 90 31]]. Hij neemt de caseload van [[p:Anja]] over, dus ook mw. [[p:Rozenberg]] en dhr. [[p:Bayram]]. Hij komt uit Rotterdam, waar hij tien jaar bij de {{o:Kredietbank}} werkte, dus hij kent de regels. Welkom [[p:Dennis]]! Hij schuift vanaf volgende week aan bij ons teamoverleg.""",
    """dhr [[p:Bayram]] belde: hij heeft een nieuwe bankrekening want de oude is geblokkeerd. nieuw nr [[i:%iban%]]. wil dat de huurtoeslag daarop komt. heb gezegd dat hij dat zelf bij de {{o:Belastingdienst}} moet doen, maar dat ik kan helpen""",
    """Aanmelding via telefoon ([[d:21/3]] 11u): buurvrouw belt over mw. op [[a:Prinsessegracht 23 1e etage]], [[pc:2514 AP]]. Mevrouw is ong. 90, heet volgens de buurvrouw [[p:Bep]] of [[p:Betsy]], achternaam onbekend. Buurvrouw [[p:Diana]] wil teruggebeld worden: [[t:0703457788]].""",
    """Oké, ik heb het nagekeken: mevrouw heet [[p:Elisabeth Hartog]], geb. [[d:4 mei 1933]]. Ze is bekend bij de {{o:WZH}} thuiszorg, maar die zorg is in februari gestopt. BSN voor de aanvraag: [[b:%BSN%]]. Ik ga [[d:ma 25/3]] langs met [[p:Yvonne]] van de {{r:wijkverpleging}}.""",
    """Zoekt iemand nog een {{r:vrijwilliger}} die Pools spreekt? [[p:Marta]] van de taalcafés in {{w:Regentessekwartier}} wil graag helpen, [[e:marta.lewandowska@gmail.com]]. Ze heeft een VOG. Ze is zelf twintig jaar geleden uit Krakau gekomen en weet precies hoe ingewikkeld al die brieven zijn. Ze kan vooral op woensdagmiddag en zaterdag, en liefst in {{w:Duinoord}} of {{w:Zeeheldenkwartier}}, want ze heeft geen auto.""",
    """Rekeningnummer voor de teruggave van de eigen bijdrage: [[i:%IBAN_%]] t.n.v. [[p:H.J. Kok]]. Ter info: meneer heeft hier zelf om gevraagd, het {{o:CAK}} heeft het verkeerde nummer.""",
    """Betalingsregeling {{o:Staedion}} voor [[p:Mahabier]]: € 50 per maand vanaf [[d:1-4-2024]], overmaken naar [[i:%IBAN%]] o.v.v. huurnummer [[dos:0045-118-03]]. Eerste termijn betaalt [[p:Sunita]] zelf, daarna via het bewind.""",
]

# ---- 12. more mixed messages ----
TEXTS += [
    """Korte vraag aan {{o:Wmo-loket}}: is de aanvraag van [[d:4 maart 2024]] voor het [[a:Zwaardstraat 16]] al in behandeling? Kenmerk [[dos:WMO/2024/00277]]. Mevrouw belt ons elke dag en wij weten van niks.""",
    """Het loket heeft gereageerd: de aanvraag is [[d:15-03-2024]] toegekend, beschikking is op [[d:18-03-2024]] verstuurd naar [[a:Zwaardstraat 16]], [[pc:2584 TX]]. Misschien ligt die nog in de stapel ongeopende post 🙈""",
    """Notitie huisbezoek
Datum: [[d:vr 15 maart 2024]]
Aanwezig: cliënt, dochter, ik
Adres: [[a:Beresteinlaan 702]], [[pc:2542 JR]]
Afspraken: dochter belt {{o:Florence}} voor douchehulp, ik vraag de {{r:ergotherapeut}} voor een douchestoel. Volgende afspraak [[d:vr 29 maart]].
Belangrijk: de voordeur klemt, hard duwen.""",
    """Voor wie zaterdag dienst heeft: crisisnummer {{o:GGZ}} is bekend, maar voor mw. [[p:Tjon-A-Fong]] graag eerst haar zus bellen, [[t:06-26 33 18 72]], en pas daarna de crisisdienst. Zo afgesproken in het signaleringsplan van [[d:2-2-2024]].""",
    """Lees net dat het {{o:Leger des Heils}} een nieuwe inloop heeft aan de [[a:Spinozastraat 15]]? Is dat voor iedereen of alleen voor dak- en thuislozen? Ik denk aan dhr. [[p:Sterk]] die bijna dakloos is.

[[p:Chris]]: Die inloop is voor iedereen zonder vaste woon- of verblijfplaats en voor mensen die dreigen dat te worden. Open ma, wo, vr 10-15u. Contactpersoon daar is [[p:Ingeborg]], [[t:070-2050 644]].""",
    """dhr. [[p:Dekker]] geb [[d:12/08/1956]] bsn [[b:%BSN%]] – kan iemand de WLZ-indicatie bij het {{o:CIZ}} checken? Hij lijkt echt niet meer thuis te kunnen wonen. Hij valt bijna dagelijks, eet niet meer zelf en herkent de thuiszorg niet altijd. Zijn broer wil dat hij naar een verpleeghuis in {{w:Loosduinen}} gaat, maar de wachtlijst is lang.""",
    """Mail van mw. [[p:Al-Masri]] ([[e:rasha.almasri@hotmail.com]]): ze vraagt of we de brief van de IND (V-nummer [[dos:3021847561]]) kunnen uitleggen. Wie heeft er tijd deze week? Ze woont in {{w:Wateringse Veld}}, [[a:Jupiterkade 33]].""",
    """Hoi, het nieuwe adres van de familie [[p:Nazari]] is [[a:Hengelolaan 780 A]], [[pc:2545 GL]]. Telefoon van vader blijft [[t:06-2017 5533]]. De kinderen gaan naar de basisschool aan de Hengelolaan, dat scheelt.""",
    """Voor het dossier van [[p:Reinier]]: BSN [[b:%BSN_%]], rekening [[i:%IBAN_%]], geboren [[d:30-11-1998]]. Hij heeft een {{r:mentor}} via {{o:Perspektief}}. Toestemming getekend [[d:18-3-2024]]. Hij wil graag dat we alles per post sturen en niet per mail, omdat zijn huisgenoot meeleest op de gedeelde laptop. Ik heb dat als voorkeur in het systeem gezet.""",
    """Wie heeft de telefoonnummers van de {{r:wijkagenten}} in {{w:Zuiderpark}}? Ik heb alleen [[p:Peter]] ([[t:06 53 72 11 08]]) maar die werkt volgens mij niet meer daar.

[[p:Mo]]: [[p:Peter]] zit nu in {{w:Loosduinen}}. In {{w:Zuiderpark}} zijn het [[p:Samir]] en [[p:Linda Kuipers]], bereikbaar via 0900-8844 of via de app. Geef ik je zo in een privébericht.""",
    """Namens mw. [[p:Zwart]] (geb. [[d:09-06-1959]], dossiernr. [[dos:2024-1188]]) gaan wij akkoord met de betalingsregeling van € 35 per maand. Zij woont nog steeds op [[a:Kamperfoeliestraat 218]], [[pc:2563 TM]]. Graag de bevestiging per post, zij heeft geen e-mail. Contact via haar dochter [[p:Monique]]: [[t:06 14 72 39 05]].""",
]

# ---- 13. last batch: short notes and fragments ----
TEXTS += [
    """[[p:Elif]]: BSN klopt niet, ik krijg een foutmelding. Kan het zijn dat het [[b:%BSN%]] is i.p.v. wat je eerder stuurde? Mw. heeft haar paspoort niet bij de hand.
[[p:Daan]]: ja sorry tikfout, dat is hem. en haar geboortedatum is [[d:7 nov. 1966]], niet 1967""",
    """Terugbelverzoek
Van: mw. [[p:Doran]]
Tel: [[t:070 - 406 88 13]] / [[t:06 81 20 44 56]]
Over: brief {{o:CJIB}}, kenmerk [[dos:8822 4190 3317 0045]]
Wanneer: liefst na 16.00 uur, niet op woensdag""",
    """Voor de aanvraag Voedselbank nog nodig: BSN hoofdaanvrager [[b:%BSN.%]], BSN partner [[b:%BSN.%]], bankafschriften van de laatste maand van [[i:%IBAN%]] en van [[i:%IBAN_%]]. Daarna kan het door naar de intake op [[d:donderdag 4 april]].""",
    """Adres voor de pakketten: [[a:Wolmaransstraat 3-hs]], [[pc:2572 AP]]. Bel aan bij de buren op 3-1 als niemand opendoet, die weten ervan. De pakketten mogen niet in het portiek blijven staan, de vorige keer was er binnen een uur een doos verdwenen. Bezorging door de {{r:vrijwilligers}} van de {{o:Voedselbank Haaglanden}} op vrijdag tussen 13 en 15 uur.""",
    """Wijziging in het rooster: het spreekuur in {{o:Servicepunt XL}} {{w:Transvaal}} gaat vanaf [[d:8 april]] naar de dinsdag. [[p:Hasna]] en ik draaien de eerste twee weken. Vragen naar [[e:spreekuur.transvaal@denhaag.nl]]. Het spreekuur is zonder afspraak van 9.30 tot 12.00 uur. Er is een tolk Turks en Arabisch aanwezig; voor andere talen graag vooraf laten weten, dan regelen we een tolk via de telefoon.""",
    """Hoi, klein dingetje: in de casusles van vorige week stond nog een telefoonnummer ([[t:06-47 11 90 28]]) en de geboortedatum ([[d:03-10-1987]]) van de cliënt. Heb het gemeld bij de beheerder, maar let er aub op voor je iets deelt 🙏""",
    """Registratie dubbel? Ik zie twee keer [[p:S. Pereira]]:
- [[dos:SWT-2023-03310]], [[a:Stuwstraat 8]], tel [[t:06-33 40 19 27]]
- [[dos:SWT-2024-00129]], [[a:Stuwstraat 8a]], tel [[t:06-33 40 19 27]]
Ik denk dat het dezelfde meneer is, ik voeg ze samen tenzij iemand bezwaar heeft.""",
    """Deze week bereikbaar op [[t:+31 (0)6 2847 1150]] want mijn werktelefoon ligt bij de reparateur. Werk-mail gewoon [[e:b.vanderlinden@xtra.nl]]. Afspraken van deze week gaan gewoon door, behalve het teamoverleg van donderdag, daar ben ik bij de tandarts. Wie de notulen wil maken: graag, ik trakteer volgende week. Groet [[p:Berend]]""",
    """Verslag telefonisch contact [[d:22-03-2024]]: mw. [[p:Hoekstra]] meldt dat de verhuizing naar [[a:Anna Blamanplein 6]], [[pc:2491 ZZ]]? nee, naar de aanleunwoning aan de [[a:Oude Haagweg 471]] is uitgesteld tot [[d:1 juni]]. Rekeningnummer voor de huur blijft [[i:%IBAN%]].""",
]

# ---- 14. extra: word-like names, odd date and number formats ----
TEXTS += [
    """nog even over mw [[p:roos]]: de koster van de Abdijkerk heeft haar zondag thuisgebracht, ze was verdwaald. hij heeft het nummer van haar dochter [[p:mei]] niet. kan iemand [[p:mei]] bellen? [[t:0031 6 4108 2237]]""",
    """Datum intake: [[d:14.03.2024]] | Datum toestemming: [[d:2024-03-14]] | Einddatum traject: onbekend
Cliënt: [[p:Li Mei]] ([[p:Wang]]), woont met man en schoonmoeder boven het restaurant aan de Prinsestraat.
Let op: mw. spreekt alleen Kantonees, haar man [[p:Wang Jun]] wil altijd tolken. Liever een onafhankelijke tolk.""",
    """@[[p:Koster]] lol, het was de koster, niet jij 😄 maar even serieus: [[p:Sanne Koster]] van het {{o:Wmo-loket}} had gevraagd of wij mw. [[p:Roos]] kennen, dus misschien zit daar een aanvraag.""",
    """Mocht iemand langs willen: dhr. [[p:Bakker]] woont tegenwoordig bij de bakker om de hoek, echt waar, op [[a:Piet Heinstraat 81-III]]. Hij huurt een kamer boven de winkel. De Piet Heinstraat is lang, het is vlakbij de Zoutmanstraat.""",
    """Afspraak [[d:wo. 6-3]] om 10.15 met [[p:Hoop]] en [[p:Visser]] ({{r:ouderenadviseur}}) is verplaatst naar [[d:3 mrt.]], nee wacht, naar [[d:13 mrt.]] 😅 Zelfde tijd. [[p:Visser]] belt mw. zelf.""",
    """Wie heeft er zin om mee te gaan naar de bewonersavond in {{w:Mariahoeve}}? Onderwerp is eenzaamheid onder ouderen. Het is op een dinsdag in mei, datum volgt. [[p:Esther de Vries]] van {{o:Vóór Welzijn}} organiseert, zij zoekt nog een {{r:wijkverpleegkundige}} voor een korte pitch. Contact: [[e:EdeVries@voorwelzijn.nl]].""",
    """FW: telefoonnotitie receptie
"Er belde een mevrouw, [[p:Jacqueline]], over haar vader dhr. [[p:Sno]], woont [[a:Boerhaavestraat 9 huis]], [[pc:2525 rn]]. Hij heeft sinds [[d:ma 4-3]] geen eten in huis en wil niemand binnenlaten. Terugbellen op [[t:070 – 380 52 61]]. Gr. [[p:Fenna]] (receptie)"
Wie pakt dit op? Ik zit de hele dag in {{w:Ypenburg}}.""",
    """Hoi [[p:Yusuf]], de medewerker van {{o:Stichting MOOI}} die je zoekt heet [[p:Dewi Soerjadi]]. Ze zit in wijkcentrum {{o:Vadercentrum Adam}}? Nee, in het {{o:Wijkcentrum De Zwerm}}. Bereikbaar via [[t:06-42 77 18 30]] of [[e:dsoerjadi@mooiwelzijn.nl]]. Zij kent [[p:Hawa]] en haar kinderen goed.""",
]

TEXTS += [
    """Uittreksel BRP (geplakt):
Geslachtsnaam      [[p:Mensah]]
Voornamen          [[p:Abena Serwaa]]
Geboortedatum      [[d:22 augustus 1984]]
Geboorteplaats     Kumasi (Ghana)
Burgerservicenr.   [[b:%BSN.%]]
Verblijfadres      [[a:Hoefkade 1001]], [[pc:2526 BK]] 's-Gravenhage
Ingeschreven sinds [[d:03-05-2019]]
Zo, nu kan de aanvraag kwijtschelding eindelijk door. Dank [[p:Gijs]]!""",
    """bsn van dhr [[p:popa]] = [[b:%BSN_%]] (niet die van zijn broer [[p:florin]], die staat er ook in). geb [[d:11-10-1979]]. graag niet verder delen dan het team""",
]


# ---- 15. long messages: chains, minutes, long thread posts ----
TEXTS += [
    """Van: [[p:Dijkstra]], [[p:Anouk]] <[[e:a.dijkstra@denhaag.nl]]>
Verzonden: [[d:vrijdag 23 februari 2024]] 15:12
Aan: pilotgroep Samen werken in het sociale domein
Onderwerp: Verslag startbijeenkomst + vervolgafspraken

Beste pilotdeelnemers,

Dank voor jullie komst naar de startbijeenkomst. Hieronder de belangrijkste afspraken.

1. Thema's: we werken de komende vier maanden aan jeugd, ouderen, huiselijk geweld en bemoeizorg. Per thema is er een trekker: [[p:Rob van Dalen]] (jeugd), [[p:Yasmina]] (ouderen), [[p:Jorien Pos]] (huiselijk geweld) en [[p:Kees van der Hoop]] (bemoeizorg, namens de {{o:GGD}}).
2. Brainstorms: elke tweede dinsdag van de maand, 14.00-16.00 uur, in {{o:De Nieuwe Regentes}}. De eerste is op [[d:12 maart]].
3. Expertmeeting: in april, datum volgt. Wie een externe spreker weet, graag doorgeven.
4. Casuslessen: deel alleen geanonimiseerde lessen op het platform. Dus geen namen, adressen, geboortedata of dossiernummers. Bij twijfel: vraag het aan [[p:Marloes]], onze {{r:functionaris gegevensbescherming}}.
5. Afsluiting: in juni, met een presentatie voor de wethouder.

Wie zich nog niet heeft aangemeld voor een werkgroep kan dat doen tot [[d:1 maart]] via [[e:pilot.sociaaldomein@denhaag.nl]] of bij mij, [[t:06 - 41 20 93 37]].

Een fijn weekend!

[[p:Anouk Dijkstra]]
{{r:Programmaleider}} sociaal domein
{{o:Gemeente Den Haag}}""",
    """Lang verhaal, sorry, maar ik heb jullie advies nodig.

Sinds [[d:10 januari]] begeleid ik een gezin in {{w:Laakkwartier}}: moeder [[p:Esperanza]] (39, Kaapverdiaans), haar partner [[p:Nelson]] en drie kinderen. Ze wonen met z'n vijven in een driekamerflat aan de [[a:Hooftskade 150-2]]. Vader werkt in de nachtploeg bij een distributiecentrum en slaapt overdag, de kinderen moeten dus de hele middag stil zijn. De oudste, [[p:Kelly]] (14), zorgt na school voor haar broertjes. Ze spijbelt steeds vaker en de school heeft Leerplicht ingeschakeld.

Wat ik gedaan heb: aanvraag bij {{o:Leergeld Den Haag}} voor een laptop, contact met de {{r:jeugdconsulent}} van het {{o:CJG}} ([[p:Mariska]]), en een gesprek bij {{o:Haag Wonen}} over een grotere woning (wachttijd 8 jaar, dus vergeet het).

Waar ik vastloop: moeder wil geen hulp 'in huis', want ze schaamt zich tegenover de buren. Vader ziet het probleem niet. [[p:Kelly]] zelf zegt dat het prima gaat.

Heeft iemand ervaring met een gezin waar het oudste kind de mantelzorger is? Ik denk aan {{o:Stichting Jonge Mantelzorg}} of een {{r:buurtsportcoach}} voor de jongens, zodat [[p:Kelly]] wat lucht krijgt. Alle ideeën welkom. Het dossier ([[dos:SWT-LK-2024-0042]]) kan ik in een 1-op-1 gesprek toelichten.

[[p:Hester]]""",
    """Verslag MDO fam. [[p:El Amrani]], [[d:donderdag 14 maart 2024]], 10.00-11.30, {{o:Wijkcentrum Mariahoeve}}

Aanwezig: [[p:Chantal Mulder]] ({{r:casusregisseur}}, voorzitter), [[p:Esra Kaya]] ({{r:MEE-consulent}}), [[p:Bert Vos]] ({{r:schuldhulpverlener}}), [[p:Ilse]] ({{r:jeugdconsulent}} {{o:CJG}}), dhr. [[p:Youssef El Amrani]] en mw. [[p:Khadija El Amrani-Bouzid]].
Afwezig met bericht: {{r:huisarts}} dr. [[p:Verbeek]].

1. Stand van zaken
Dhr. heeft sinds [[d:1 februari]] weer werk via {{o:Haeghe Groep}}, 24 uur per week. Mw. is nog steeds erg moe; verwijzing naar {{o:PsyQ}} loopt.
2. Financiën
Schulden ca. € 14.000. Aanmelding {{o:Kredietbank}} gedaan op [[d:6 maart]], kenmerk [[dos:KBH-2024-0871]]. Tot het intakegesprek geen nieuwe betalingsregelingen.
3. Kinderen
[[p:Imane]] (9) en [[p:Adam]] (6) gaan weer naar school. [[p:Imane]] heeft een plek bij de naschoolse opvang.
4. Afspraken
- [[p:Bert]] belt {{o:Eneco}} over uitstel.
- [[p:Esra]] gaat met mw. mee naar {{o:PsyQ}}.
- Volgend MDO: [[d:do 25 april]], zelfde tijd en plek.

Verslag: [[p:Chantal]]. Aanvullingen graag voor [[d:21 maart]].""",
    """---------- Doorgestuurd bericht ---------
Van: [[p:Pronk]], [[p:Roel]] <[[e:r.pronk@haagwonen.nl]]>
Datum: [[d:di 19 mrt 2024]] om 16:20
Onderwerp: RE: huurachterstand [[a:Hoefkade 12]]
Aan: [[p:Bennani]], [[p:Rachida]] <[[e:r.bennani@denhaag.nl]]>

Beste [[p:Rachida]],

Het gesprek kan op [[d:4 april]] om 13.30 uur op ons kantoor aan de Laan van Meerdervoort. Ik wil wel vooraf benadrukken dat de achterstand sinds november 2023 alleen maar is opgelopen en dat de rechtszaak gewoon doorgaat als er geen afspraak komt. De zitting staat voor [[d:23 april]]. Neemt mw. [[p:Martina]] de loonstroken en de beschikking van de {{o:Kredietbank}} mee?

Groet,
[[p:Roel Pronk]]
{{r:Woonconsulent}} {{o:Haag Wonen}} | [[t:070 - 305 44 87]]

-----
Hoi [[p:Cindy]], zie hierboven. Kun jij mw. voorbereiden? Ik ben [[d:4 april]] 's ochtends bij een andere zitting maar kom om 13.15 naar {{o:Haag Wonen}}. Als het uitloopt bel me op [[t:06-22 81 40 67]]. Ik heb het gevoel dat het goed komt als ze de regeling van de {{o:Kredietbank}} kan laten zien. [[p:Rachida]]""",
]


TEXTS += [
    """Hoi allemaal,

Naar aanleiding van de brainstorm over bemoeizorg wil ik een casus delen waar ik nog steeds over nadenk. Ik houd het zo anoniem mogelijk, maar ik merk dat dat lastig is als je het verhaal echt wilt vertellen.

Een man van begin 60, alleenstaand, woont al dertig jaar in dezelfde portiekflat in {{w:Moerwijk}}. Buren klagen over stank en muizen. Hij doet niet open voor de {{r:wijkverpleegkundige}}, niet voor de {{r:wijkagent}} en niet voor ons. Wat uiteindelijk werkte: de {{r:buurtconciërge}} van {{o:Haag Wonen}} kende hem nog van vroeger, toen hij nog bij de gemeentereiniging werkte. Via hem kwamen we binnen.

Lessen voor mij:
- zoek de persoon die al vertrouwd is, ook als die geen hulpverlener is;
- neem de tijd: het duurde van januari tot half april voor we een voet tussen de deur hadden;
- leg niet meteen alle problemen op tafel. Wij begonnen met de kapotte verwarming, pas daarna over schulden en gezondheid.

Wat ik nog lastig vind: hoe houd je de {{r:huisarts}} erbij als de cliënt geen toestemming wil geven? We hebben het nu zo gedaan dat de {{r:buurtconciërge}} de huisarts belt, niet wij. Is dat netjes? Ik hoor graag hoe jullie dat doen.

[[p:Marleen]] (SWT {{w:Moerwijk}})""",
    """Re: Re: casus bemoeizorg

[[p:Marleen]], mooi beschreven. Bij ons in {{w:Bouwlust}} hadden we bijna hetzelfde met dhr. [[p:Lemmens]] (die mag ik noemen, hij heeft zelf gevraagd of zijn verhaal gedeeld kon worden, toestemming staat in zijn dossier [[dos:BV-2023-0612]]). Ook daar ging het via een onverwachte sleutelfiguur: de visboer op de markt aan de Leyweg, waar meneer al twintig jaar elke vrijdag haring kocht.

Over je vraag: ik zou de {{r:buurtconciërge}} niet de huisarts laten bellen. Dat legt te veel bij iemand die geen beroepsgeheim heeft. Wij vragen in zo'n situatie de bemoeizorg van de {{o:GGD}} om in te stappen, die mogen meer zonder toestemming als er zorgen zijn over verwaarlozing. [[p:Kees van der Hoop]] is daar heel toegankelijk, [[t:06 - 19 84 20 55]].

Verder eens met je lessen. Ik zou er nog één aan toevoegen: schrijf op wat werkte, en wie. Anders ben je het kwijt als de casus over twee jaar weer opduikt bij een collega.

Groet,
[[p:Dennis]]
{{r:Maatschappelijk werker}} {{o:Xtra}}""",
    """Van: [[e:info@stichtinghoop.nl]]
Verzonden: [[d:woensdag 20 maart 2024]] 11:05
Aan: SWT {{w:Schilderswijk}}
Onderwerp: aanmelding maatje

Goedemiddag,

Via uw collega [[p:Rachid]] kregen wij het verzoek om een maatje te zoeken voor mevrouw [[p:Saadia Benhaddou]], 71 jaar, wonend aan de [[a:Van der Vennestraat 40 3e]], [[pc:2525 CL]]. Wij hebben een vrijwilliger gevonden die Marokkaans-Arabisch en Nederlands spreekt, [[p:Latifa]], en die in dezelfde buurt woont.

Voordat we een kennismaking plannen, hebben wij nog een paar vragen:
- Is mevrouw op de hoogte van de aanmelding en wil zij het zelf?
- Zijn er dingen die de vrijwilliger moet weten, bijvoorbeeld over haar gezondheid of de familie?
- Wie is het vaste aanspreekpunt binnen uw team?

Een kennismaking kan op [[d:dinsdag 2 april]] of [[d:donderdag 4 april]] tussen 10 en 12 uur, bij mevrouw thuis of in buurthuis {{o:De Mussen}}.

Met vriendelijke groet,
[[p:Marjan Hoogland]]
{{r:Coördinator}} vrijwilligers, {{o:Stichting Hoop}}
[[t:070-7370 212]] (di t/m do)""",
    """Goedemorgen [[p:Marjan]],

Dank voor de snelle reactie. Mw. [[p:Benhaddou]] weet ervan en zei letterlijk 'als het maar geen jong meisje is dat nooit tijd heeft' 🙂 Dus [[p:Latifa]] klinkt perfect.

Wat goed is om te weten: mevrouw heeft suikerziekte en slechte knieën, de trap naar de derde verdieping is zwaar. Haar zoon [[p:Hamid]] woont in Amsterdam en komt eens per maand. Ze belt hem liever niet, ze wil niemand tot last zijn. Haar {{r:huisarts}} is op de hoogte van onze betrokkenheid.

Aanspreekpunt bij ons ben ik, of bij afwezigheid mijn collega [[p:Rachid Amrani]] ({{r:welzijnscoach}}).

[[d:Dinsdag 2 april]] om 10.30 bij mevrouw thuis lijkt me prima. Ik kom mee voor het eerste gesprek. Aanbellen bij nummer 40, derde etage. Mevrouw heeft geen eigen e-mail, maar haar telefoon is [[t:070 389 12 04]]; ze neemt alleen op als ze het nummer kent, dus ik bel haar van tevoren even om te zeggen dat jullie komen.

Hartelijke groet,
[[p:Noor Amezian]]
{{r:Ouderenadviseur}} SWT {{w:Schilderswijk}}
[[e:n.amezian@voorwelzijn.nl]]""",
    """Intake (kopie uit registratiesysteem, vrije tekstvelden)

Reden aanmelding: Mw. [[p:Dragana Petrović]] (geb. [[d:19-01-1971]]) meldt zich zelf bij {{o:Servicepunt XL}} {{w:Escamp}} na een brief over beslag op haar loon. Zij werkt als schoonmaakster via een uitzendbureau, 28 uur. Alleenstaand, zoon [[p:Luka]] (20) woont bij haar op [[a:Zichtenburglaan 150]], [[pc:2544 EB]].

Financiën: Inkomen wisselt per maand. Bankrekening [[i:%IBAN_%]]. Schulden volgens cliënt: zorgverzekeraar, {{o:Belastingdienst}} (toeslagen), een telefoonabonnement en een lening van een kennis. Totaal onbekend, schatting € 9.000.

Gezondheid: rugklachten, slaapt slecht. Geen {{r:huisarts}} meer sinds verhuizing uit Rijswijk, nog niet ingeschreven.

Netwerk: weinig. Zus [[p:Milica]] woont in Servië. Een collega, [[p:Jelena]], helpt soms met brieven.

Afspraken: cliënt verzamelt alle post in een doos. Volgende afspraak [[d:wo 3 april]] 9.00 uur op het servicepunt. Aanmelding {{o:Kredietbank}} na dat gesprek. Inschrijven bij huisarts: [[p:Tessa]] ({{r:vrijwilliger}}) gaat mee.

Toestemmingsverklaring getekend: ja, [[d:20-03-2024]]. Zaaknummer: [[dos:ESC-24-00517]].""",
]


TEXTS += [
    """Vraag aan de {{r:Wmo-adviseurs}} onder ons, want ik kom er niet uit.

Een mevrouw van 58 met MS, woont op de tweede verdieping zonder lift aan de [[a:Weimarstraat 212-II]]. Ze kan de trap bijna niet meer op. Ze heeft een aanvraag gedaan voor een verhuisvergoeding en een urgentie bij de woningzoekende, maar beide zijn afgewezen omdat 'een traplift mogelijk is'. Alleen: de trap is smal, gedeeld met de bovenburen, en de eigenaar (particuliere verhuurder) wil geen toestemming geven voor een traplift.

Tijdlijn:
- [[d:5 december 2023]]: aanvraag verhuisvergoeding ([[dos:WMO/2023/04471]])
- [[d:18-01-2024]]: afwijzing
- [[d:26-01-2024]]: bezwaar ingediend met hulp van de {{r:sociaal raadsman}}
- [[d:14 maart 2024]]: hoorzitting, uitslag nog niet binnen

Mevrouw zit inmiddels vrijwel de hele dag binnen en raakt somber. De {{r:ergotherapeut}} heeft een rapport geschreven dat een traplift technisch niet kan, maar dat lijkt niet gelezen te zijn.

Wie heeft hier ervaring mee? Is er een route om het rapport van de ergotherapeut alsnog mee te laten wegen? En kan ik in de tussentijd iets regelen zodat ze naar buiten kan, bijvoorbeeld een traplopende rolstoel via {{o:Welzorg}}?

Dank alvast,
[[p:Ria]]""",
    """Hoi [[p:Ria]],

Ja, herkenbaar. Twee tips:
1. Stuur het rapport van de {{r:ergotherapeut}} alsnog na naar de bezwaarcommissie, met het kenmerk erbij. Dat mag tot de uitspraak. Adres van de commissie staat in de brief van [[d:18 januari]].
2. Vraag de verhuurder de weigering op papier te zetten. Zonder die brief gaat de gemeente ervan uit dat het 'mogelijk' is.

Voor de tussentijd: een trapklimmer kan in sommige gevallen als spoedvoorziening, maar dan moet je wel iemand hebben die ermee kan werken. Bel anders met [[p:Hetty de Haan]], {{r:Wmo-adviseur}} bij ons, [[t:070 353 25 60]] of [[e:hetty.dehaan@denhaag.nl]]. Zij heeft vorig jaar twee van dit soort bezwaren gewonnen.

Succes, en laat je weten hoe het afloopt? Dat is een mooie les voor het platform.

[[p:Joyce]]""",
    """Overdracht bij vertrek – caseload [[p:Stefan Bakker]] (laatste werkdag [[d:28 maart]])

Ik ga per [[d:1 april]] naar een andere functie bij {{o:Xtra}}. Hieronder de lopende zaken, met het voorstel wie het overneemt. Alle dossiers zijn bijgewerkt tot en met [[d:vrijdag 22 maart]].

- [[dos:SWT-2023-01188]] – alleenstaande vader, 2 kinderen, schulden – naar [[p:Priya]]. Let op: zitting kantonrechter [[d:9 april]].
- [[dos:SWT-2023-02301]] – oudere mevrouw, eenzaam, net verhuisd naar [[a:Oude Haagweg 471]] – naar [[p:Noor]]. Rustig traject, maandelijks contact is genoeg.
- [[dos:SWT-2024-00057]] – jonge man, verslaving, net uit kliniek – naar [[p:Dennis]]. Contact met {{o:Brijder}} loopt via 088-357 19 00 (algemeen nummer afdeling nazorg).
- [[dos:SWT-2024-00210]] – gezin, dreigende uithuiszetting – naar [[p:Rachida]], zij kent de {{r:woonconsulent}} al.

Ik ben tot eind april nog bereikbaar voor vragen op [[e:stefan.bakker@xtra.nl]].
Het was fijn werken met jullie! 🧡""",
    """Notulen werkoverleg SWT {{w:Centrum}}, [[d:maandag 11 maart 2024]]

Aanwezig: [[p:Thomas]], [[p:Femke]], [[p:Ahmed]], [[p:Marjolein]], [[p:Kim]] (notulen). Afwezig: [[p:Lotte]] (ziek).

1. Mededelingen
- Het nieuwe registratiesysteem gaat live op [[d:15 april]]. Training voor iedereen op [[d:3 april]] of [[d:4 april]], inschrijven via het intranet.
- De {{r:teamleider}} is vanaf volgende week drie weken met verlof. Vervanging: [[p:Jeroen Prins]], [[t:06 - 38 19 22 47]].

2. Casuïstiek
- Dhr. [[p:van Zanten]] ligt nog in het {{o:HMC Westeinde}}. Na ontslag gaat hij waarschijnlijk tijdelijk naar een revalidatieplek bij {{o:WZH}}. [[p:Ahmed]] houdt contact met zoon.
- Mw. [[p:Fortes]]: kennismaking geweest, veel ongeopende post. Zoon helpt. [[p:Thomas]] plant een administratiemiddag.

3. Thema's pilot
Ons team levert input voor het thema ouderen. [[p:Marjolein]] gaat naar de expertmeeting in april.

4. Rondvraag
Geen.

Volgende overleg: [[d:ma 25 maart]], 9.00 uur.""",
    """Van: [[p:Eline Brouwer]] <[[e:e.brouwer@cjgdenhaag.nl]]>
Datum: [[d:do 7 mrt 2024]] 08:51
Aan: [[e:swt.escamp@denhaag.nl]]
CC: [[p:Rob van Dalen]]
Onderwerp: Afstemming gezin [[p:Kalloe]] / jeugd en volwassenen

Beste collega's,

Vanuit het {{o:CJG}} zijn wij betrokken bij het gezin [[p:Kalloe]] ([[a:Loosduinseweg 507]], [[pc:2571 AD]]) vanwege de zoon van 11, die op school vastloopt. In onze gesprekken merken we dat moeder het thuis niet trekt: ze huilt veel, slaapt slecht en lijkt geld tekort te komen. Dat valt buiten ons mandaat, maar het heeft direct invloed op het kind.

Wij stellen voor om een gezamenlijk gesprek te plannen, volgens het principe één gezin, één plan. Moeder staat daar open voor en heeft toestemming gegeven (getekend [[d:5 maart 2024]]).

Mogelijke data: [[d:dinsdag 19 maart]] 13.00 uur of [[d:woensdag 20 maart]] 9.30 uur, bij het {{o:CJG}} aan het Lorentzplein of bij moeder thuis.

Met vriendelijke groet,

[[p:Eline Brouwer]]
{{r:Jeugdconsulent}} {{o:CJG}} {{w:Escamp}}
[[t:06 - 10 97 33 21]]""",
    """Korte terugblik op de expertmeeting huiselijk geweld ([[d:16-04-2024]])

Voor wie er niet bij was, de drie dingen die mij het meest zijn bijgebleven:

1. Vraag door bij 'gewone' problemen. Bijna de helft van de meldingen bij {{o:Veilig Thuis}} komt uit gezinnen die al bekend waren bij een wijkteam, maar dan met schulden of huisvesting als hoofdprobleem.
2. Financieel geweld wordt vaak gemist. Denk aan een partner die de bankpas beheert, of leningen op naam van de ander afsluit.
3. Werk met een veiligheidsplan, ook als de cliënt (nog) niet weg wil.

De presentaties staan op het platform. De spreker van {{o:Veilig Thuis Haaglanden}}, [[p:Annelies Verhoef]], heeft aangeboden om een keer bij een teamoverleg aan te schuiven. Wie dat wil kan haar mailen op [[e:a.verhoef@vthaaglanden.nl]] of bellen: [[t:088 - 121 45 90]].

Mooie middag, dank aan de organisatie. Volgende keer graag iets meer koffie 😉

[[p:Jorien]]""",
]


TEXTS += [
    """Van: [[e:administratie@bewindvoeringhaaglanden.nl]]
Verzonden: [[d:maandag 25 maart 2024]] 10:44
Aan: [[p:Amezian]], [[p:Noor]]
Onderwerp: budgetplan cliënt [[dos:BWH-2022-0318]]

Geachte mevrouw [[p:Amezian]],

Zoals gevraagd ontvangt u hierbij het actuele budgetplan van onze cliënt, mevrouw [[p:G. Sabajo-Pinas]], [[a:Rijswijkseweg 400-16]], [[pc:2516 HK]].

Inkomsten per maand
- AOW (netto): € 1.302,55
- aanvullende pensioenuitkering: € 96,10
- huurtoeslag: € 281,00
Uitgaven per maand
- huur: € 688,40
- energie en water: € 164,00
- zorgverzekering + eigen risico: € 171,80
- gemeentelijke belastingen: kwijtschelding verleend
- leefgeld (wekelijks € 70): € 303,33

De vaste lasten worden betaald vanaf de beheerrekening [[i:%IBAN_%]]. Het leefgeld wordt elke maandag overgemaakt naar de eigen rekening van mevrouw, [[i:%IBAN_%]].

Er is een reservering voor de vervanging van de koelkast. Een extra uitgave voor de verjaardag van haar kleindochter (eind april) kunnen wij goedkeuren als mevrouw daar zelf om vraagt.

Met vriendelijke groet,
Team Administratie
{{o:Bewindvoering Haaglanden}}
Bereikbaar op werkdagen tussen 9.00 en 12.00 uur""",
    """Melding datalek – even voor iedereen ter leering

Vorige week is er in een casusles op het platform per ongeluk een stuk gedeeld dat niet geanonimiseerd was. Het is binnen een uur verwijderd en gemeld bij de {{r:functionaris gegevensbescherming}}. Omdat het best leerzaam is, hieronder wat er allemaal in stond (de gegevens zelf heb ik hieronder natuurlijk NIET overgenomen, ik beschrijf het alleen):
- de volledige naam van de cliënt en van haar ex-partner;
- het adres inclusief huisnummer en postcode;
- een geboortedatum;
- een mobiel nummer;
- het zaaknummer uit het registratiesysteem.

Wat er wél goed was: er stond geen BSN in, en ook geen rekeningnummer.

Lessen:
1. Kopieer nooit direct uit het registratiesysteem naar het platform.
2. Lees je les hardop voor aan een collega voordat je hem deelt. Als die kan raden over wie het gaat, is het niet anoniem genoeg.
3. Let op bijzondere details: een beroep, een huisdier, een opvallende gebeurtenis in de wijk.

Vragen? Bel of mail [[p:Marloes Bos]], [[t:070 - 353 80 12]], [[e:privacy.szw@denhaag.nl]]. Zij is er ma t/m do.""",
    """Van: [[p:Koç]], [[p:Derya]] <[[e:d.koc@staedion.nl]]>
Datum: [[d:dinsdag 12 maart 2024]] 14:37
Aan: [[e:swt.transvaal@denhaag.nl]]
Onderwerp: overlast [[a:Kempstraat 204]]

Beste collega's van het wijkteam,

Wij ontvangen al enige tijd klachten over de bewoner van [[a:Kempstraat 204]], [[pc:2572 GR]]. Het gaat om dhr. [[p:Ferhat Demirtaş]], huurder sinds 2016. Overzicht van de meldingen:

- [[d:3 februari]]: harde muziek tot 4.00 uur 's nachts (buren nr. 206)
- [[d:11-02]]: ruzie in het trappenhuis, politie is langs geweest
- [[d:24 februari]]: lekkage bij de benedenburen, meneer deed niet open
- [[d:6 maart]]: meneer stond 's ochtends verward op straat in zijn pyjama

Wij maken ons zorgen. Dit lijkt ons meer dan 'gewone' overlast. Een familielid hebben wij niet kunnen bereiken. Zouden jullie contact met meneer willen zoeken? Wij schuiven graag aan bij een huisbezoek.

Met vriendelijke groet,
[[p:Derya Koç]]
{{r:Wijkconsulent}} {{o:Staedion}} {{w:Transvaal}}
[[t:06 - 50 11 82 74]]""",
    """From: [[p:Sarah Whitfield]] <[[e:s.whitfield@hagueinternational.org]]>
Sent: [[d:Wednesday, 20 March 2024]] 09:02
To: SWT {{w:Centrum}}
Subject: Family in need of support – referral

Dear colleagues,

I am writing on behalf of {{o:The Hague International Centre}}. We have been in contact with a family that recently moved from India: Mr. [[p:Arjun Nair]], his wife [[p:Lakshmi]] and their daughter (4). Mr. [[p:Nair]] works for a tech company on a short contract that ended unexpectedly on [[d:29 February]]. Because their residence permit is linked to his job, they now have three months to find a new employer.

The family lives at [[a:Laan van Meerdervoort 612]], [[pc:2563 BN]]. Mrs. [[p:Nair]] is seven months pregnant and is not yet registered with a midwife. They do not speak Dutch and they are not aware of the local services.

We were wondering if your team could help them with the basics: a GP, the midwife, and information about the {{o:CJG}}. Mr. [[p:Nair]] is available on [[t:+91 98450 22713]] (WhatsApp) or on his Dutch number [[t:06-43 88 20 16]].

Thank you very much in advance.

Kind regards,
[[p:Sarah]]""",
    """Chat MDO-groep {{w:Morgenstond}} (export)

[[d:di 19-03]] 08:12 – [[p:Esther]]: morgen om 10 MDO bij mw [[p:ramautar]], iedereen nog steeds ok?
[[d:di 19-03]] 08:20 – [[p:wim]]: ja, ik kom op de fiets dus misschien 5 min later
[[d:di 19-03]] 08:31 – [[p:Annemiek]]: ok! wel even checken of haar dochter er is, die zou vrij nemen
[[d:di 19-03]] 09:47 – [[p:Esther]]: dochter ([[p:Reshma]]) komt, ze neemt haar broer mee
[[d:di 19-03]] 09:48 – [[p:wim]]: 👍
[[d:di 19-03]] 12:03 – [[p:Annemiek]]: adres nog steeds [[a:Moerweg 488]]? of zit ze al in het aanleunhuis
[[d:di 19-03]] 12:15 – [[p:Esther]]: nog Moerweg. verhuizing is pas half april
[[d:di 19-03]] 16:40 – [[p:wim]]: zal ik die thuiszorgplanning uitprinten?
[[d:di 19-03]] 16:42 – [[p:Esther]]: graag! en neem het overdrachtsformulier van {{o:Florence}} mee
[[d:wo 20-03]] 09:55 – [[p:wim]]: sta beneden, bel doet t niet""",
    """Tijdlijn uit registratiesysteem – zaak [[dos:Z-2023-004412]]

[[d:2023-09-04]]  Melding via {{r:huisarts}}: dreigende huisuitzetting
[[d:2023-09-11]]  Eerste huisbezoek, [[a:Vlaskamp 42]] ({{r:casusregisseur}} [[p:M. Ouali]])
[[d:2023-09-12]]  Toestemmingsverklaring getekend
[[d:2023-10-02]]  Aanmelding schuldhulp, kenmerk [[dos:SHV-2023-0456]]
[[d:2023-11-20]]  Betalingsregeling met verhuurder
[[d:2024-01-08]]  Terugval: cliënt niet bereikbaar
[[d:2024-01-15]]  Huisbezoek samen met {{r:wijkagent}}, cliënt aanwezig
[[d:2024-02-26]]  Doorverwijzing {{o:Parnassia}} (FACT)
[[d:2024-03-18]]  Evaluatie: huur weer op tijd betaald, contact met FACT loopt

Opmerking: de zaak kan worden afgeschaald naar 'monitoren'. Eindverantwoordelijke blijft [[p:Naima Ouali]] tot de evaluatie op [[d:17 juni 2024]].""",
    """Wat ik wil delen na een jaar werken in de {{w:Schilderswijk}}, vooral voor de nieuwe collega's:

Veel van onze cliënten hebben een licht verstandelijke beperking, maar dat staat bijna nooit in een verwijzing. Je merkt het aan kleine dingen: iemand zegt 'ja' op alles, knikt bij elke uitleg, en doet daarna niets met de afspraken. Dat is geen onwil. Vaak snapt iemand de brief gewoon niet, en schaamt hij zich om dat te zeggen.

Wat helpt:
- spreek in korte zinnen en vraag iemand terug te vertellen wat er is afgesproken;
- schrijf afspraken op een kaartje met een plaatje (de {{r:MEE-consulent}} heeft mooie voorbeelden);
- plan liever vaker een kort gesprek dan één lang;
- neem post samen door, stapel voor stapel.

Een voorbeeld: bij [[p:Rachid]] (niet zijn echte naam, toestemming om dit te delen gegeven op [[d:8 maart]]) dachten we maandenlang dat hij geen hulp wilde. Pas toen [[p:Willemijn]] van {{o:MEE}} een keer meeging, werd duidelijk dat hij gewoon niet wist waar het gemeentehuis was. Sindsdien gaan we de eerste keer altijd samen.

Als iemand een goede training over LVB weet, hoor ik het graag.""",
    """Van: [[p:Van Wijk]], [[p:Ellen]] ({{r:leerplichtambtenaar}})
Verzonden: [[d:donderdag 21 maart 2024]] 13:22
Aan: [[p:Hester]] (SWT {{w:Laakkwartier}})
Onderwerp: verzuim [[p:Kelly]] [[p:Lopes Tavares]]

Beste [[p:Hester]],

Zoals telefonisch besproken het verzuimoverzicht van [[p:Kelly]] (geb. [[d:02-06-2009]]), leerling van klas 2b. Sinds januari:
- [[d:15 januari]], [[d:16 januari]] – ziek gemeld door moeder
- [[d:5 februari]] t/m [[d:9 februari]] – geen melding
- [[d:4 maart]] – eerste twee uur afwezig
- [[d:11 maart]] t/m [[d:13 maart]] – geen melding

Ik heb de ouders uitgenodigd voor een gesprek op [[d:8 april]] om 15.30 uur op school. Het zou fijn zijn als jij erbij kunt zijn, zodat we het niet alleen over verzuim hebben maar over de hele situatie thuis. Ik snap uit jouw mail dat [[p:Kelly]] veel voor haar broertjes zorgt.

Met vriendelijke groet,
[[p:Ellen van Wijk]]
{{r:Leerplichtambtenaar}} {{o:Gemeente Den Haag}}
[[t:070 - 353 44 19]]""",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for n, raw in enumerate(TEXTS):
        text, pii, keep = parse(raw)
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], s
            assert s["text"] == s["text"].strip(), s
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (n, a, b)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, n
        assert "[[" not in text and "{{" not in text and "%" not in text.replace("% ", ""), n
        rows.append({"id": "ho84-%04d" % n, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout84.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = [len(r["text"].split()) for r in rows]
    print(
        len(rows),
        "texts; mean words %.1f (min %d, max %d)"
        % (sum(words) / len(words), min(words), max(words)),
    )
    print("pii", dict(pc.most_common()), "total", sum(pc.values()))
    print("keep", dict(kc.most_common()))
