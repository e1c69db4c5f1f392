# ruff: noqa: E741 - short names of a corpus generator
"""Build heldout14: 70 annotated Dutch texts (35 hand-written, 35 generated). Stdlib only, deterministic."""

import json
import random
import re
import sys
import unicodedata

RNG = random.Random(14014)


def bsn(fmt=0):
    while True:
        d = [RNG.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last == 10:
            continue
        d.append(last)
        t = "".join(map(str, d))
        assert (sum(int(t[i]) * (9 - i) for i in range(8)) - int(t[8])) % 11 == 0
        return [t, f"{t[:4]}.{t[4:6]}.{t[6:]}", f"{t[:3]} {t[3:6]} {t[6:]}"][fmt % 3]


def iban(spaced=True):
    bank = RNG.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"])
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    cd = 98 - int(num) % 97
    s = f"NL{cd:02d}{bank}{acct}"
    assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|<<(\w+):(.+?)>>")
PII = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP = {"org", "role", "wijk"}


def fill(src):
    src = src.replace("@BSN@", "{B0}").replace("@BSNDOT@", "{B1}").replace("@BSNSP@", "{B2}")
    out = []
    for part in re.split(r"(\{B\d\}|@IBAN@|@IBANC@)", src):
        if part.startswith("{B"):
            out.append(bsn(int(part[2])))
        elif part == "@IBAN@":
            out.append(iban(True))
        elif part == "@IBANC@":
            out.append(iban(False))
        else:
            out.append(part)
    return "".join(out)


def parse(src):
    src = fill(src)
    text, pii, keep, pos, last = [], [], [], 0, 0
    for m in MARK.finditer(src):
        text.append(src[last : m.start()])
        pos += m.start() - last
        label, val = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        (pii if m.group(1) else keep).append(
            {"start": pos, "end": pos + len(val), "label": label, "text": val}
        )
        assert label in (PII if m.group(1) else KEEP), label
        text.append(val)
        pos += len(val)
        last = m.end()
    text.append(src[last:])
    t = "".join(text)
    assert "[[" not in t and "<<" not in t and "]]" not in t and ">>" not in t, t
    return t, pii, keep


HAND = [
    # 0 casusles
    """Casusles: de schulden van [[person:Wilma]]
Aanleiding: [[person:Wilma van Dam]] (58) belde in paniek de <<org:Servicepunt XL>> in <<wijk:Moerwijk>>. Haar zoon [[person:Rinus]] had post verstopt, er lag een deurwaardersbrief voor de [[address:Zuidlarenstraat 41-III]].
Wat deden we: [[person:Anouk]] (<<role:schuldhulpverlener>>) en ik zijn op [[date:dinsdag 12 maart]] langs geweest. Rekeningnummer [[iban:@IBAN@]] bleek nog op naam van haar overleden man [[person:Henk]].
Les: vraag altijd wie de post openmaakt.""",
    # 1 reply thread
    """Re: ervaringen met bemoeizorg
Herkenbaar! Bij ons in <<wijk:Laak>> hadden we een meneer, laten we hem ome [[person:Jan]] noemen (echte naam [[person:Jan Groen]]), die al 3 jaar niemand binnenliet. Pas toen [[person:Fenna]] van <<org:Parnassia>> meeging ging de deur open. Bel haar gerust: [[phone:06-41 22 87 30]].""",
    # 2 question
    """Vraag aan collega's: weet iemand hoe je een beschermingsbewind aanvraagt als de cliënt geen DigiD heeft? Het gaat om mw. [[person:Oduya]], BSN [[bsn:@BSNDOT@]], geboren [[date:14-07-1961]]. [[person:Yusuf]] zei dat het via de griffie kan maar dat duurt 8 weken.""",
    # 3 expert meeting
    """Verslag expertmeeting huiselijk geweld, [[date:donderdag 6 juni 2024]]
Aanwezig: [[person:Marleen Koopman]] (<<role:casusregisseur>>), [[person:Tariq]] (<<org:Veilig Thuis Haaglanden>>), [[person:dr. Sluiter|Sluiter]] en ikzelf.
Casus gezin [[person:Bakker]]: moeder [[person:Sanne]] en de kinderen [[person:Lieke]] (7) en [[person:Daan]] (4) verblijven tijdelijk bij oma [[person:Riet]] op de [[address:Weimarstraat 18 bis]], [[postcode:2562 GT]]. Zaaknummer [[dossier:VT-2024-3317]].""",
    # 4 huisbezoek
    """Huisbezoek [[person:fam. Ait Lahcen|Ait Lahcen]] – [[date:23/09/2025]]
Adres: [[address:Hoefkade 602A]], [[postcode:2526BR]] Den Haag. Aanwezig waren [[person:Khadija]], haar man [[person:Mohamed]] en schoonmoeder (±80). Het huis is schoon maar vochtig; foto's gestuurd naar [[email:k.aitlahcen@hotmail.com]] zodat ze die bij <<org:Haag Wonen>> kan indienen. Volgende afspraak om 14:30 uur over twee weken.""",
    # 5 handover
    """Overdracht i.v.m. mijn verlof (vanaf [[date:1 juli]] tot eind augustus)
- [[person:Gerrit Schipper]]: wacht op indicatie <<org:Wmo-loket>>, dossiernr. [[dossier:2025-11873]]. Dochter [[person:Ingrid]] is contactpersoon ([[phone:070-3889 412]]).
- mw [[person:de Koning]]: stabiel, 1x per maand bellen.
- [[person:Joeri]] en [[person:Priya]] (jongeren, <<wijk:Bouwlust>>): [[person:Kees]] van <<org:Jeugdteam Escamp>> neemt over.
Vragen? Mail [[email:s.vandenberg@wijkteam-denhaag.nl]].""",
    # 6 email partner
    """Beste [[person:Marieke]],

Zoals telefonisch besproken stuur ik je de gegevens van [[person:Ahmet Kaya]] (geb. [[date:2 februari 1979]]) door voor de aanmelding bij <<org:Straatconsulaat>>. Zijn huidige postadres is [[address:Prinsegracht 88-1]], [[postcode:2512 GA]]. Cliëntnummer bij ons: [[dossier:SWT-40219]].

Met vriendelijke groet,
[[person:Femke Dekker]]
<<role:sociaal werker>> <<org:Sociaal Wijkteam Centrum>>""",
    # 7 lowercase notes
    """snelle notitie: mw [[person:yilmaz]] niet thuis, buurvrouw ([[person:ans]]) zegt dat ze bij dochter [[person:elif]] logeert. tel dochter [[phone:0612345670]]. morgen opnieuw, + [[person:bram]] even laten weten.""",
    # 8 casusles with sections
    """Wat ging er mis?
Niemand wist dat [[person:Sergio]] (bijnaam "[[person:Checo]]") eigenlijk bij zijn tante [[person:Lucía Fernández]] woonde. Het <<org:CJG>> schreef naar [[address:Goudsbloemlaan 133]], de <<role:leerplichtambtenaar>> naar een ander adres.
Wat hebben we geleerd?
Check in de BRP en vraag het de jongere zelf. Sinds [[date:15-01-2025]] doen we dat standaard in <<wijk:Bouwlust>>.""",
    # 9 reply
    """@[[person:Hanneke]] ja, dat klopt. [[person:Hanneke]]s idee om de <<role:wijkagent>> mee te nemen werkte bij ons ook. Meneer [[person:Visser]] was daarna veel rustiger. Let wel op: 25% van de meldingen bleek loos.""",
    # 10 handover short
    """Voor [[person:Loes]]: dhr. [[person:B. Mulder]] heeft [[date:vrijdag 18 okt.]] een zitting bij de kantonrechter. Zaaknummer rechtbank [[dossier:C/09/654321]]. Hij vraagt of iemand meegaat. Zijn nummer is [[phone:+31 6 2870 4451]].""",
    # 11 question
    """Wie heeft ervaring met <<org:Stichting Mooi>>? Ik heb een jonge moeder ([[person:Naomi]], 22) met een baby, ze woont op de [[address:Jan Hendrikstraat 7-C]] en heeft een tekort van €340 per maand. Haar ex [[person:Dylan]] betaalt geen alimentatie.""",
    # 12 expert meeting summary
    """Samenvatting intervisie [[date:woensdag 9 april]]
Ingebracht door [[person:Özlem]]. Cliënt [[person:R.J. Hoekstra]] ([[person:Robert]]) woont sinds 2019 in <<wijk:Mariahoeve>> en weigert hulp. [[person:Peter]] (<<role:POH GGZ>>) stelde voor te starten met praktische hulp. De <<role:huisarts>>, [[person:dokter Mahabier|Mahabier]], is op de hoogte. Afgesproken: [[person:Özlem]] belt [[person:Robert]] binnen 5 dagen.""",
    # 13 home visit
    """Verslag huisbezoek
Op [[date:ma 3/2]] samen met [[person:Linda Prins]] van <<org:Florence>> bij mevrouw [[person:Wong]] ([[address:Fahrenheitstraat 512]]). Mevrouw is 91, slechthorend. Kleinzoon [[person:Kevin]] regelt de boodschappen. BSN staat in het systeem: [[bsn:@BSNSP@]].""",
    # 14 mail partner
    """Aan: <<org:Kredietbank Den Haag>>
Betreft: aanvraag budgetbeheer [[person:mw. S. El Idrissi|S. El Idrissi]]
Hierbij de gegevens: IBAN [[iban:@IBANC@]], BSN [[bsn:@BSN@]], postcode [[postcode:2533 CK]], telefoon [[phone:06 18 33 92 01]]. Ons kenmerk: [[dossier:KB-2025-0093]].
Groet, [[person:Bas]] (<<role:schuldhulpmaatje>>)""",
    # 15 thread reply
    """Mooi verhaal [[person:Gert-Jan]]! Hier in <<wijk:Transvaal>> zagen we iets vergelijkbaars: [[person:Fatma]] en [[person:Hüseyin]] (broer en zus) zorgden samen voor hun vader. Pas toen [[person:Hüseyin]] overspannen raakte, kwam <<org:Mantelzorg Den Haag>> in beeld.""",
    # 16 question
    """Kan iemand mij helpen? Ik zoek een vervolgplek voor [[person:Jamal]]. Hij staat ingeschreven op [[address:Van der Vennestraat 24 huis]], maar slaapt meestal bij vrienden. Zijn moeder ([[person:Amina Saïdi]]) is bereikbaar op [[phone:(070) 362 18 45]].""",
    # 17 case lesson, nicknames
    """De buurt noemt hem tante [[person:Bep]]s [[person:Kareltje]], maar hij heet [[person:Karel Rozendaal]] en is 47. Hij helpt iedereen in de straat ([[address:Elandstraat 140-bis]]) maar zijn eigen administratie is een chaos. Wat hielp: [[person:Merel]] van de <<org:Formulierenbrigade>> kwam elke dinsdag om 10:00 uur.""",
    # 18 english-ish mix/international
    """Note for [[person:Dimitra]]: client [[person:Oleksandr Kovalenko]] (Ukrainian, arrived March 2022) asked about the <<org:Gemeente Den Haag>> energietoeslag. Contact: [[email:o.kovalenko84@gmail.com]], [[phone:+380 67 123 4567]]. Zijn vrouw [[person:Iryna]] spreekt goed Engels.""",
    # 19 handover with initials
    """Overdracht dossier [[dossier:#48812]]: [[person:P. de Wit]] en [[person:M. de Wit-Bos]]. Echtpaar, beiden 70+, wonen aan de [[address:Loosduinse Hoofdstraat 211]]. Zoon [[person:Thijs]] is gemachtigde. Laatste contact [[date:27 november 2024]].""",
    # 20 reply (names at sentence start)
    """Roos hier. [[person:Bloem]] (ja, echt haar achternaam) had precies hetzelfde. [[person:Hoop]] doet het goed nu, ze woont bij haar oom [[person:Anton Bloem]]. Dank [[person:Iris]] voor de tip over <<org:Stichting Leergeld>>!""".replace(
        "Roos hier.", "[[person:Roos]] hier."
    ),
    # 21 expert meeting
    """Verslag casusoverleg multiprobleemgezin, [[date:vr 14 feb 2025]]
Aanwezig: <<role:jeugdconsulent>> [[person:Sevda]], <<role:wijkverpleegkundige>> [[person:Joke Smit]], [[person:Rachid]] (<<org:MEE>>). Gezin [[person:Mahabier]] ([[address:Paul Krugerlaan 96-2]]) heeft vier kinderen; de oudste, [[person:Shanti]], zorgt voor de jongsten. Dossier [[dossier:JT-77120]].""",
    # 22 lesson
    """Geleerd van [[person:meneer Mulder|Mulder]]: hij wilde niet met 'de gemeente' praten, wel met [[person:Ruud]] van de voetbalclub. Via [[person:Ruud]] kwamen we binnen. Geboortedatum voor de aanvraag: [[date:8-8-'58]]. Het duurde 2 maanden maar de huurschuld van €2.100 is nu geregeld.""",
    # 23 mail
    """Hoi [[person:Sjoerd]],
Kun jij [[person:mw. Bouzid|Bouzid]] terugbellen? Ze belde vanochtend om 9.15 uur vanaf [[phone:06-87654321]]. Het gaat over de brief van <<org:UWV>> van [[date:4 november]]. Haar dossiernummer is [[dossier:2024-04711]].
Thanks! [[person:Mieke]]""",
    # 24 question
    """Ervaringen met de <<org:Haagse Bemoeizorg Alliantie>>? Ik werk met [[person:Edwin]] ([[person:Eddie]]), 39, dakloos sinds vorig jaar. Laatste bekende adres: [[address:Stationsweg 3A]], [[postcode:2515 BJ]]. Zijn zus [[person:Chantal van Leeuwen]] wil graag betrokken zijn.""",
    # 25 home visit with title
    """Huisbezoek bij [[person:mevr. Ramautar|Ramautar]] samen met <<role:ouderenadviseur>> [[person:Thea]]. Mevrouw liet haar trouwfoto zien (getrouwd op [[date:12 augustus 1972]]). Haar buurman [[person:de heer Van Rijn|Van Rijn]] doet af en toe boodschappen. Afgesproken: <<org:Florence>> start thuiszorg.""".replace(
        "[[person:de heer Van Rijn|Van Rijn]]", "de heer [[person:Van Rijn]]"
    ),
    # 26 thread
    """Reactie op [[person:Laura]]: bij ons werkte de 'keukentafel-methode' juist niet. [[person:Wessel]] en ik zaten bij [[person:Nadia]] aan tafel en haar vriend [[person:Kofi Mensah]] nam het gesprek over. Daarna zijn we apart gaan praten, in het <<org:buurthuis De Mussen>>.""",
    # 27 lesson with IBAN and bsn
    """Voor de aanvraag bijzondere bijstand hadden we nodig: BSN van [[person:Natasha]] ([[bsn:@BSN@]]), BSN van haar partner [[person:Igor]] ([[bsn:@BSNSP@]]) en het rekeningnummer [[iban:@IBAN@]]. Tip: laat de cliënt zelf het formulier ondertekenen, dat scheelt 3 weken.""",
    # 28 handover
    """Overdracht aan [[person:Ilse]]:
1. [[person:Hr. Van der Linden|Van der Linden]], [[address:Soestdijksekade 310]], zie registratienummer [[dossier:WMO-2025-118]].
2. Jongere [[person:Mo]] (voluit [[person:Mohammed El Amrani]]), afspraak [[date:17-03]] bij <<org:Jongerenpunt>>.
3. [[person:Tineke]] belt zelf als het misgaat, nummer [[phone:070 - 3456 789]].""",
    # 29 lesson
    """Een klein gebaar: [[person:Ayşe]] bracht elke week soep naar haar buurvrouw [[person:Gerda]]. Toen [[person:Gerda]] op [[date:3 maart 2025]] viel, was het [[person:Ayşe]] die de <<role:wijkverpleegkundige>> belde. Les: vraag naar het netwerk, niet alleen naar familie.""",
    # 30 mail with names in brackets
    """Dag collega's van <<org:Xtra>>,
Graag jullie aandacht voor [[person:mevrouw Nguyen|Nguyen]] ([[person:Thi Lan]]), geboren [[date:30-11-1953]], wonend [[address:Lijsterbesstraat 9 rd]], [[postcode:2563HA]] Den Haag. Haar contactpersoon is [[person:Quang]] (kleinzoon), [[email:quang.nguyen@outlook.com]].""",
    # 31 question lower-case
    """iemand ervaring met <<org:Stichting Timon>>? [[person:jeroen]] en ik hebben een meisje van 16, [[person:zoë]], die niet meer thuis wil wonen. vader [[person:frank]] is akkoord met uithuisplaatsing.""",
    # 32 expert meeting
    """Expertteam [[date:28-05-2025]] – casus [[dossier:ET-2025-014]]
Inbreng: [[person:Hamid]]. Cliënt [[person:Demi Vos]] (31) en haar vriend [[person:Storm]] (ja, zo heet hij) hebben samen €18.000 schuld. Advies van [[person:mr. Van Bergen|Van Bergen]] (<<role:jurist>>): eerst WSNP onderzoeken.""",
    # 33 home visit
    """Bezoek [[address:Teniersstraat 22 boven]]. [[person:Abdi]] deed open, zijn vader [[person:Hassan Farah]] lag op de bank. Er woont ook een neef, [[person:Liban]]. Geen gas sinds [[date:zondag 2 november]]. Gebeld met <<org:Eneco>> en met de <<role:casusregisseur>>, [[person:Jolanda]].""",
    # 34 reply
    """Sluit me aan bij [[person:Bert]]. Ik heb [[person:Zeynep]] en [[person:Emre]] (tweeling, 17) begeleid naar hun 18e. [[person:Emre]]s zorgverzekering liep via moeder, dat vergeten mensen vaak. Mail me: [[email:z.kartal@swt-haaglanden.nl]] of app [[phone:06 2233 4455]].""",
]

# name lists for generator
FIRST = [
    "Anouk",
    "Bram",
    "Charlotte",
    "Daan",
    "Eva",
    "Finn",
    "Hanna",
    "Iris",
    "Jasper",
    "Kim",
    "Lars",
    "Merel",
    "Noor",
    "Olivier",
    "Pien",
    "Quinten",
    "Roos",
    "Sem",
    "Tessa",
    "Vera",
    "Wouter",
    "Yara",
    "Zoë",
    "Mohamed",
    "Fatima",
    "Youssef",
    "Samira",
    "Khalid",
    "Nora",
    "Hamza",
    "Imane",
    "Bilal",
    "Salma",
    "Mehmet",
    "Ayşe",
    "Emre",
    "Elif",
    "Burak",
    "Zeynep",
    "Murat",
    "Esra",
    "Rajesh",
    "Anjali",
    "Sunil",
    "Kavita",
    "Ravi",
    "Priya",
    "Dewi",
    "Wayan",
    "Jamal",
    "Amina",
    "Kwame",
    "Abena",
    "Oleksandr",
    "Olena",
    "Piotr",
    "Agnieszka",
    "Marek",
    "Katarzyna",
    "Ion",
    "Elena",
    "Andrei",
    "Mihaela",
    "Tomás",
    "Lucía",
    "Javier",
    "Carmen",
    "João",
    "Ana",
    "Li",
    "Wei",
    "Mei",
    "Huong",
    "Minh",
    "Farah",
    "Omar",
    "Leila",
    "Dariush",
    "Shirin",
    "Hassan",
    "Kees",
    "Henk",
    "Truus",
    "Bep",
    "Gerrit",
    "Jannie",
    "Wim",
    "Riet",
    "Joop",
    "Ans",
    "Ria",
    "Theo",
    "Jacqueline",
    "Sjaak",
    "Hoop",
    "Sterre",
    "Storm",
    "Wolf",
    "Lelie",
    "Sien",
    "Dirkje",
    "Marvin",
    "Shanice",
    "Romano",
    "Ricardo",
    "Natasja",
    "Sharon",
    "Dewayne",
    "Keanu",
    "Chayenne",
    "Gianni",
]
LAST = [
    "de Vries Jansen Bakker Visser Smit Meijer de Boer Mulder de Groot Bos Vos Peters Hendriks van Leeuwen Dekker Brouwer de Wit",
    "Dijkstra Smits de Graaf van der Meer Koster Prins Kok Schipper de Haan Huisman Vermeulen Groen Zwart Koning Boer Hoek Veld",
    "Schouten Molenaar Post Kuiper Timmerman Visscher Yilmaz Kaya Demir Şahin Çelik Öztürk Aydın El Amrani Bouzid Benali",
    "Ouali Aarab El Khatib Tahiri Ramdin Mahabier Baldewsingh Jagesar Ramautar Kalloe Nguyen Tran Wong Chen Kowalski Nowak",
    "Wiśniewski Popescu Ionescu García Fernández da Silva Pereira Mensah Owusu Asante Diallo Farah Abdi Hussein Osman Rahimi",
    "Hosseini Karimi Petrenko Kovalenko Martina Cijntje Statia Frans Sneek Wolters Lammers Sluiter Blom van Dijk van Rijn",
    "Hoogendoorn Verhoeven Goossens Koopman Kartal Arslan Doğan Hassan Marzouki",
]
LAST = [x for line in LAST for x in re.findall(r"(?:(?:de|van|der|den|El|da)\s)*[^\s]+", line)]
STREETS = [
    "Hoefkade",
    "Leyweg",
    "Vaillantlaan",
    "Loosduinseweg",
    "Delftselaan",
    "Beeklaan",
    "Weimarstraat",
    "Escamplaan",
    "Mient",
    "Erasmusweg",
    "Dierenselaan",
    "Wouwermanstraat",
    "Parallelweg",
    "Schalk Burgerstraat",
    "De la Reyweg",
    "Hobbemastraat",
    "Kamperfoeliestraat",
    "Moerweg",
    "Melis Stokelaan",
    "Laan van Meerdervoort",
    "Troelstrakade",
    "Dr. Lelykade",
    "Zichtenburglaan",
    "Jan van der Heijdenstraat",
    "Rederijkerstraat",
]
SUFF = ["", "", "A", "-B", " II", "-3", "a", " bis", " huis", "-hs", " boven", "C"]
WIJK = [
    "Schilderswijk",
    "Transvaal",
    "Moerwijk",
    "Morgenstond",
    "Bouwlust",
    "Vrederust",
    "Mariahoeve",
    "Laak",
    "Spoorwijk",
    "Duindorp",
    "Scheveningen",
    "Regentessekwartier",
    "Stationsbuurt",
    "Rustenburg",
    "Oostbroek",
    "Wateringse Veld",
    "Ypenburg",
    "Zuiderpark",
    "Bomen- en Bloemenbuurt",
    "Segbroek",
]
ORG = [
    "Parnassia",
    "Xtra",
    "Florence",
    "MEE",
    "Wmo-loket",
    "Servicepunt XL",
    "Veilig Thuis Haaglanden",
    "Haag Wonen",
    "Stichting Leergeld",
    "Kredietbank Den Haag",
    "Jeugdteam Laak",
    "Centrum Jeugd en Gezin",
    "Haagse Wijk- en Woonzorg",
    "Vitis Welzijn",
    "GGD Haaglanden",
    "Leger des Heils",
    "Humanitas",
    "Staedion",
    "Vestia",
    "Indigo",
    "Stek Voor Stad en Kerk",
    "Fier",
    "Brijder Verslavingszorg",
    "Zorgkantoor Haaglanden",
]
ROLE = [
    "wijkverpleegkundige",
    "casusregisseur",
    "sociaal werker",
    "jeugdconsulent",
    "schuldhulpverlener",
    "huisarts",
    "POH GGZ",
    "wijkagent",
    "ouderenadviseur",
    "welzijnscoach",
    "maatschappelijk werker",
    "ervaringsdeskundige",
    "gezinscoach",
    "trajectbegeleider",
    "leerplichtambtenaar",
    "budgetcoach",
    "kwartiermaker",
    "jongerenwerker",
]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MABBR = ["jan.", "feb.", "mrt", "apr", "mei", "jun", "jul", "aug.", "sep", "okt", "nov.", "dec"]
DAYS = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
]
MAILDOM = [
    "gmail.com",
    "hotmail.com",
    "ziggo.nl",
    "kpnmail.nl",
    "outlook.com",
    "live.nl",
    "planet.nl",
    "denhaag.nl",
    "xtra.nl",
    "parnassia.nl",
    "icloud.com",
]
TITLES = ["mevrouw", "meneer", "mw.", "dhr.", "mevr.", "de heer", "mw", "mevrouw", "meneer", "dhr"]


def c(x):
    return RNG.choice(x)


_CYC: dict = {}


def cyc(name, items):
    """Draw names in shuffled rounds so that every name of the list gets used."""
    pool = _CYC.setdefault(name, [])
    if not pool:
        pool.extend(items)
        RNG.shuffle(pool)
    return pool.pop()


def first():
    return cyc("first", FIRST)


def surname():
    return cyc("last", LAST)


def last():
    s = surname()
    return s[0].upper() + s[1:] if RNG.random() < 0.5 else s


def full():
    r = RNG.random()
    if r < 0.6:
        return f"{first()} {surname()}"
    if r < 0.8:
        return f"{first()[0]}. {surname()}"
    return f"{first()[0]}.{first()[0]}. {surname()}"


def cap(t):
    return t[0].upper() + t[1:]


def titled():
    t = c(TITLES)
    n = surname()
    if not t[0].isupper():
        n = n[0].upper() + n[1:] if RNG.random() < 0.7 else n
    return f"{t} [[person:{n}]]"


def date(lo=1940, hi=2026):
    d, m, y = RNG.randint(1, 28), RNG.randint(1, 12), RNG.randint(lo, hi)
    f = RNG.randint(0, 9)
    return [
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-'{y % 100:02d}",
        f"{c(DAYS)} {d} {MONTHS[m - 1]}",
        f"{d}/{m}/{y}",
        f"{d} {MABBR[m - 1]} {y}",
        f"{d} {MONTHS[m - 1]}",
        f"{d}.{m}.{y}",
        f"{c(DAYS)} {d}/{m}",
        f"{d:02d}-{m:02d}-'{y % 100:02d}",
    ][f]


def phone():
    f = RNG.randint(0, 7)
    n = [RNG.randint(0, 9) for _ in range(8)]
    s = "".join(map(str, n))
    if f in (3, 4, 6):
        s = "3" + s[1:]
    return [
        f"06-{s}",
        f"06 {s[:2]} {s[2:4]} {s[4:6]} {s[6:]}",
        f"+31 6 {s[:4]} {s[4:]}",
        f"(070) {s[:3]} {s[3:5]} {s[5:7]}",
        f"070-{s[:7]}",
        f"0031 6{s}",
        f"+31 (0)70 {s[:3]} {s[3:7]}",
        f"06{s}",
    ][f]


def postcode():
    p = f"{RNG.randint(2490, 2599)}{c('ABCDEGHJKLMNPRSTVWXZ')}{c('ABCDEGHJKLMNPRSTVWXZ')}"
    p = p.replace("SA", "SB").replace("SD", "SE").replace("SS", "ST")
    return p if RNG.random() < 0.4 else f"{p[:4]} {p[4:]}"


def address():
    return f"{c(STREETS)} {RNG.randint(1, 420)}{c(SUFF)}"


def email(name=None):
    a = (name or first()).lower().replace(" ", "")
    b = c(LAST).lower().replace(" ", "")
    a = unicodedata.normalize("NFKD", a).encode("ascii", "ignore").decode()
    b = unicodedata.normalize("NFKD", b).encode("ascii", "ignore").decode()
    a = (
        a.replace("ş", "s")
        .replace("ö", "o")
        .replace("ç", "c")
        .replace("ı", "i")
        .replace("ğ", "g")
        .replace("ë", "e")
        .replace("ó", "o")
        .replace("á", "a")
        .replace("ã", "a")
        .replace("ń", "n")
        .replace("ś", "s")
    )
    b = (
        b.replace("ş", "s")
        .replace("ö", "o")
        .replace("ç", "c")
        .replace("ı", "i")
        .replace("ğ", "g")
        .replace("ë", "e")
        .replace("ó", "o")
        .replace("á", "a")
        .replace("ã", "a")
        .replace("ń", "n")
        .replace("ś", "s")
    )
    return (
        c([f"{a}.{b}", f"{a[0]}{b}", f"{a}{RNG.randint(70, 99)}", f"{b}.{a[0]}", f"{a}_{b}"])
        + "@"
        + c(MAILDOM)
    )


def dossier():
    cue = c(
        [
            "dossiernummer",
            "zaaknummer",
            "casusnummer",
            "cliëntnummer",
            "registratienr.",
            "ons kenmerk",
            "dossier",
            "kenmerk",
            "zaaknr",
            "meldingsnummer",
        ]
    )
    n = c(
        [
            f"{RNG.randint(2019, 2026)}-{RNG.randint(1000, 99999):05d}",
            f"SZW-{RNG.randint(100000, 999999)}",
            f"VT-{RNG.randint(2019, 2026)}-{RNG.randint(100, 9999)}",
            f"#{RNG.randint(10000, 99999)}",
            f"WMO/{RNG.randint(2020, 2026)}/{RNG.randint(100, 9999)}",
            f"ZK{RNG.randint(100000, 999999)}",
            f"JB-{RNG.randint(10000, 99999)}-{c('ABCDEF')}",
        ]
    )
    return f"{cue} [[dossier:{n}]]"


def neutral():
    return c(
        [
            f"{RNG.randint(2, 11)} weken",
            f"{RNG.randint(19, 93)} jaar",
            f"sinds {RNG.randint(2008, 2025)}",
            f"in {c(MONTHS)}",
            f"om {RNG.randint(8, 17)}:{c(['00', '15', '30', '45'])} uur",
            f"€{RNG.randint(40, 9000)}",
            f"{RNG.randint(5, 95)}%",
            f"{RNG.randint(2, 30)} dagen",
            f"{RNG.randint(2, 6)} maanden",
            f"ruim {RNG.randint(2, 9)} jaar",
        ]
    )


def poss():
    n = first()
    if n[-1] in "aeiouy":
        return f"[[person:{n}]]'s"
    if n[-1] in "sxzş":
        return f"[[person:{n}]]'"
    return f"[[person:{n}]]s"


P = lambda: f"[[person:{first()}]]"  # noqa: E731
F = lambda: f"[[person:{full()}]]"  # noqa: E731
L = lambda: f"[[person:{last()}]]"  # noqa: E731
W = lambda: f"<<wijk:{c(WIJK)}>>"  # noqa: E731
O = lambda: f"<<org:{c(ORG)}>>"  # noqa: E731
R = lambda: f"<<role:{c(ROLE)}>>"  # noqa: E731
D = lambda: f"[[date:{date()}]]"  # noqa: E731
D2 = lambda: f"[[date:{date(2022, 2026)}]]"  # noqa: E731
T = lambda: f"[[phone:{phone()}]]"  # noqa: E731
A = lambda: f"[[address:{address()}]]"  # noqa: E731
Z = lambda: f"[[postcode:{postcode()}]]"  # noqa: E731
E = lambda: f"[[email:{email()}]]"  # noqa: E731
N = neutral


def dur() -> str:
    return c(
        [
            f"{RNG.randint(2, 11)} weken",
            f"{RNG.randint(2, 30)} dagen",
            f"{RNG.randint(2, 6)} maanden",
            f"ruim {RNG.randint(2, 9)} jaar",
            f"bijna {RNG.randint(2, 12)} maanden",
            "een half jaar",
        ]
    )


U = dur

TEMPLATES = [
    lambda: (
        f"{P()} kwam via de {R()} bij ons binnen; ze woont al {U()} in {W()} en is {RNG.randint(20, 88)} jaar."
    ),
    lambda: f"Op {D2()} zaten we met {F()} en familielid {P()} aan de keukentafel.",
    lambda: f"Het huis aan de {A()}, {Z()} Den Haag, bleek al {U()} zonder verwarming.",
    lambda: f"{cap(titled())} gaf toestemming om {P()} van {O()} te bellen op {T()}.",
    lambda: f"BSN van de cliënt: {'[[bsn:' + bsn(RNG.randint(0, 2)) + ']]'}, {dossier()}.",
    lambda: (
        f"Uitkering stort het <<org:{c(['UWV', 'SVB', 'Werkplein', 'Sociale Verzekeringsbank'])}>> op {'[[iban:' + iban(RNG.random() < 0.6) + ']]'} (op naam van {F()})."
    ),
    lambda: f"Mail gerust naar {E()} als je vragen hebt over {P()}.",
    lambda: f"{P()}'s dochter {P()} belde {U()} later, volgens haar is vader {L()} weer opgenomen.",
    lambda: f"De {R()}, {F()}, adviseerde om {O()} erbij te halen.",
    lambda: f"Geboren op {D()}; {U()} later verhuisd naar {W()}.",
    lambda: (
        f"Eerste contact was {D2()}, {dossier()}; sindsdien {RNG.randint(2, 9)} keer gezien. {P()} nam de casus over."
    ),
    lambda: (
        f"Het wijkteam in {W()} werkt samen met {O()}; {P()} is daar ons vaste aanspreekpunt ({E()})."
    ),
    lambda: f"ps: {P().lower()} even bellen, nummer {T()}.",
    lambda: (
        f"Buur {P()} (bijnaam [[person:{c(['Sjonnie', 'Bolle', 'Pietje', 'Mootje', 'Dirkie', 'Ansje', 'Keesie', 'Bennie'])}]]) hield een oogje in het zeil."
    ),
    lambda: f"Volgens {titled()} is de huur al {U()} niet betaald; {O()} heeft {U()} geduld gehad.",
    lambda: f"Adres voor de post: {A()} ({Z()}). Telefonisch: {T()}.",
    lambda: (
        f"{F()} en {F()} (ex-partners) hebben samen {RNG.randint(2, 5)} kinderen, o.a. {P()} en {P()}."
    ),
    lambda: (
        f"Afspraak bij {O()} op {D2()} om {RNG.randint(8, 16)}:{c(['00', '30'])} uur, samen met {P()}."
    ),
    lambda: f"De {R()} uit {W()} ({P()}) bevestigde dat {L()} al {U()} geen post opent.",
    lambda: f"Rekening {'[[iban:' + iban(RNG.random() < 0.5) + ']]'} is geblokkeerd sinds {D2()}.",
    lambda: f"Let op: {P()} en {P()} zijn niet dezelfde persoon als {F()} uit het vorige dossier.",
    lambda: f"Graag terugbellen naar {P()} op {T()} of mailen naar {E()}.",
    lambda: f"BSN partner ({P()}): {'[[bsn:' + bsn(RNG.randint(0, 2)) + ']]'}.",
    lambda: (
        f"In {c(MONTHS)} {RNG.randint(2019, 2025)} startte {O()} met een traject; {P()} stopte na {U()}."
    ),
    lambda: f"Sinds {D2()} woont {P()} bij familie ({F()}) op {A()}.",
    lambda: (
        f"Kort verslag: {titled()} ({RNG.randint(60, 97)}) is gevallen, {R()} {P()} ging langs, {dossier()}."
    ),
    lambda: f"{P()} vroeg of {P()} (een kennis uit de moskee) mocht aanschuiven bij het gesprek.",
    lambda: f"Postcode {Z()} valt onder {W()}, dus {O()} is verantwoordelijk.",
    lambda: (
        f"Intake gedaan door {F()} ({R()}), tweede gesprek met {P()} {RNG.randint(1, 3)} weken later."
    ),
    lambda: (
        f"Huur wordt afgeschreven van {'[[iban:' + iban(RNG.random() < 0.5) + ']]'}; {P()} wist niet dat die rekening van {L()} was."
    ),
    lambda: (
        f"Voor de voedselbank: {F()}, rekening {'[[iban:' + iban(True) + ']]'}, {RNG.randint(2, 6)} gezinsleden."
    ),
    lambda: (
        f"{poss()} moeder ({F()}) tekende op {D2()} de machtiging voor {'[[iban:' + iban(False) + ']]'}."
    ),
    lambda: (
        f"Aanmelding bij {O()}: {F()}, BSN {'[[bsn:' + bsn(RNG.randint(0, 2)) + ']]'}, e-mail {E()}."
    ),
    lambda: (
        f"Het gesprek begon om {RNG.randint(9, 16)}.{c(['00', '30'])} uur; {P()} betaalt nu €{RNG.randint(25, 400)} per maand af, {RNG.randint(5, 40)}% van haar inkomen."
    ),
    lambda: (
        f"{P()} is {RNG.randint(18, 90)}, heeft €{RNG.randint(900, 40000)} schuld en woont sinds {RNG.randint(1995, 2025)} op {A()}, {Z()}."
    ),
    lambda: (
        f"Kun je {titled()} een mail sturen ({E()})? Het staat in het systeem onder {dossier()}."
    ),
    lambda: (
        f"Let op, twee BSN's in dit dossier: {P()} {'[[bsn:' + bsn(RNG.randint(0, 2)) + ']]'} en {P()} {'[[bsn:' + bsn(RNG.randint(0, 2)) + ']]'}."
    ),
    lambda: f"dhr [[person:{surname().lower()}]] belde boos over de beschikking van {D2()}.",
]

HEADERS = [
    "Casusles: ",
    "Vraag aan het netwerk: ",
    "Verslag huisbezoek ",
    "Overdracht ",
    "Re: ",
    "Samenvatting expertmeeting ",
    "Mail aan partner ",
    "Notitie ",
    "Reactie ",
    "Leerpunt ",
]
HTAIL = [
    "wat we leerden",
    "wie weet raad?",
    "",
    "bij verlof",
    "ervaringen met bemoeizorg",
    "schulden en gezondheid",
    "over de aanmelding",
    "",
    "op de vorige post",
    "vroeg signaleren",
]


_POOL: list = []


def generated(i):
    k = RNG.randint(6, 8)
    global _POOL
    idxs = []
    while len(idxs) < k:
        if not _POOL:
            _POOL = list(range(len(TEMPLATES)))
            RNG.shuffle(_POOL)
        cand = [x for x in _POOL if x not in idxs]
        if not cand:
            extra = list(range(len(TEMPLATES)))
            RNG.shuffle(extra)
            _POOL = extra + _POOL
            continue
        _POOL.remove(cand[-1])
        idxs.append(cand[-1])
    h = RNG.randint(0, len(HEADERS) - 1)
    lines = [(HEADERS[h] + HTAIL[h]).strip()] + [TEMPLATES[x]() for x in idxs]
    sep = c(["\n", " ", "\n- "])
    return lines[0] + "\n" + sep.join(lines[1:])


def expand_alias(src):
    # [[person:display|name]] -> title outside, only the name marked
    def rep(m):
        disp, name = m.group(1), m.group(2)
        pre = disp[: disp.index(name)] if name in disp else ""
        return pre + f"[[person:{name}]]"

    return re.sub(r"\[\[person:([^\]|]+)\|([^\]]+)\]\]", rep, src)


def build():
    docs = []
    srcs = HAND + [generated(i) for i in range(35)]
    assert len(HAND) == 35, len(HAND)
    for i, src in enumerate(srcs):
        text, pii, keep = parse(expand_alias(src))
        for s in pii + keep:
            assert text[s["start"] : s["end"]] == s["text"]
            assert s["text"] == s["text"].strip(), s
        sp = sorted(pii, key=lambda s: s["start"])
        for a, b in zip(sp, sp[1:], strict=False):
            assert a["end"] <= b["start"], (a, b)
        for k in keep:
            assert not any(k["start"] < g["end"] and g["start"] < k["end"] for g in pii)
        docs.append(
            {
                "id": f"ho14-{i:04d}",
                "text": text,
                "pii": sp,
                "keep": sorted(keep, key=lambda s: s["start"]),
            }
        )
    return docs


if __name__ == "__main__":
    docs = build()
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/heldout14/heldout14.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter

    print(Counter(s["label"] for d in docs for s in d["pii"]))
    print(Counter(s["label"] for d in docs for s in d["keep"]))
