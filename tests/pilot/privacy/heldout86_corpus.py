#!/usr/bin/env python3
"""Held-out test corpus 86: knowledge-exchange platform of Dutch social
neighbourhood teams (pilot on cross-team themes).

Texts are hand-written with inline markup:
  [[label:text]]   personal data (pii) span
  [[bsn]] [[iban]] generated (valid) BSN / IBAN, formatted in varying ways
  {{label:text}}   explicit keep span (wijk / org / role)
Keep spans are additionally marked from a dictionary of neighbourhoods,
organisations and roles (never overlapping a pii span).
Running this script writes heldout86.jsonl next to itself (deterministic).
"""

import json
import os
import random
import re

RNG = random.Random(8686)

PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}


def make_bsn():
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        c = s % 11
        if c < 10:
            digits = "".join(map(str, d + [c]))
            break
    style = RNG.choice(["plain", "plain", "dots", "spaces", "spaces4"])
    if style == "dots":
        return digits[:4] + "." + digits[4:6] + "." + digits[6:]
    if style == "spaces":
        return digits[:3] + " " + digits[3:6] + " " + digits[6:]
    if style == "spaces4":
        return digits[:4] + " " + digits[4:6] + " " + digits[6:]
    return digits


BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def make_iban():
    bank = RNG.choice(BANKS)
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    if bank == "INGB":
        acct = "000" + acct[3:]
    base = bank + acct + "NL00"
    num = "".join(str(int(ch, 36)) for ch in base)
    check = 98 - int(num) % 97
    iban = "NL%02d%s%s" % (check, bank, acct)
    style = RNG.choice(["spaces", "spaces", "plain", "plain", "lower"])
    if style == "spaces":
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style == "lower":
        return iban.lower()
    return iban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


# ---------------------------------------------------------------- keep dictionary
WIJK_TERMS = {
    "Schilderswijk",
    "Transvaal",
    "Moerwijk",
    "Laak",
    "Escamp",
    "Mariahoeve",
    "Bouwlust",
    "Vrederust",
    "Morgenstond",
    "Spoorwijk",
    "Rustenburg",
    "Oostbroek",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Loosduinen",
    "Waldeck",
    "Ypenburg",
    "Leidschenveen",
    "Wateringse Veld",
    "Stationsbuurt",
    "Regentessekwartier",
    "Valkenboskwartier",
    "Bezuidenhout",
    "Haagse Hout",
    "Bomenbuurt",
    "Duinoord",
    "Zeeheldenkwartier",
    "Archipelbuurt",
    "Kijkduin",
    "Houtwijk",
    "Rivierenbuurt",
    "Heesterbuurt",
    "Tedingerbroek",
    "Kraayenstein",
    "Vruchtenbuurt",
    "Leyenburg",
    "Laakkwartier",
    "Groente- en Fruitmarkt",
    "Bouwlust/Vrederust",
    "Moerwijk-Oost",
    "Moerwijk-Zuid",
    "Schilderswijk-Oost",
    "Schilderswijk-West",
    "Laak-Noord",
    "Rustenburg-Oostbroek",
    "Zuidwest",
    "Morgenstond-Zuid",
    "Hoefkwartier",
    "Transvaalkwartier",
    "Binckhorst",
    "Erasmusveld",
    "Kerketuinen",
    "Statenkwartier",
    "Vogelwijk",
    "Benoordenhout",
    "Belgisch Park",
    "Centrum-Noord",
    "Zuiderpark",
    "Bomen- en Bloemenbuurt",
    "Venen",
    "Oorden en Raden",
    "Dreven",
    "Gaarden",
    "Componistenbuurt",
    "Morgenstond-Noord",
    "Wijndaelerduin",
    "Oud-Scheveningen",
    "Leidschenveen-Ypenburg",
}
ORG_TERMS = {
    "GGZ",
    "ggz",
    "MEE",
    "Wmo-loket",
    "Servicepunt XL",
    "Servicepunten XL",
    "Veilig Thuis",
    "Parnassia",
    "Xtra",
    "CJG",
    "Centrum voor Jeugd en Gezin",
    "Centra voor Jeugd en Gezin",
    "HaagWonen",
    "Haag Wonen",
    "Staedion",
    "Vestia",
    "Kredietbank",
    "GKB",
    "Zebra Welzijn",
    "Zebra",
    "Welzijn Scheveningen",
    "VóórWelzijn",
    "Voor Welzijn",
    "Stichting MOOI",
    "MOOI",
    "Florence",
    "Saffier",
    "Cardia",
    "HWW zorg",
    "Leger des Heils",
    "Kessler Stichting",
    "Brijder",
    "PsyQ",
    "Sociaal Juridische Dienst",
    "UWV",
    "SVB",
    "Belastingdienst",
    "Toeslagen",
    "Voedselbank Haaglanden",
    "Voedselbank",
    "Humanitas",
    "Humanitas Thuisadministratie",
    "GGD Haaglanden",
    "GGD",
    "politie",
    "Politie",
    "Jeugdbescherming west",
    "Jeugdbescherming West",
    "Raad voor de Kinderbescherming",
    "SWT",
    "SWT's",
    "Ipse de Bruggen",
    "Middin",
    "Philadelphia",
    "HMC",
    "Haaglanden Medisch Centrum",
    "Bronovo",
    "CIZ",
    "Vluchtelingenwerk",
    "Vluchtelingenwerk Zuidwest-Nederland",
    "CAOP",
    "Crossover",
    "gemeente Den Haag",
    "Gemeente Den Haag",
    "Schuldhulpverlening Den Haag",
    "Schuldhulp",
    "Mantelzorg Den Haag",
    "Sensoor",
    "Straatpastoraat",
    "De Mussen",
    "Stichting De Mussen",
    "Indigo",
    "Lucertis",
    "Youz",
    "Reakt",
    "Palier",
    "Haagse Wijk- en Woonzorg",
    "Steunpunt Mantelzorg",
    "Sociale Dienst",
    "OGGZ-meldpunt",
    "Meldpunt Zorg en Overlast",
    "Meldpunt Vangnet en Advies",
    "Vangnet",
    "Schuldhulpmaatjes",
    "SchuldHulpMaatje",
    "Thuisbegeleiding Haaglanden",
    "Respect Zorggroep",
    "WZH",
    "Florence Mariahoeve",
    "Pameijer",
    "Perspektief",
    "BOOG",
    "Boog",
    "Bibliotheek Den Haag",
    "Stek",
    "Wijkz",
    "Valente",
    "Haagse Kredietbank",
    "Sociaal Wijkzorgteam",
    "Sociale Wijkzorgteams",
    "sociaal wijkzorgteam",
    "sociale wijkzorgteams",
    "wijkzorgteam",
    "Jeugdteam",
    "jeugdteam",
    "Roteb",
    "Buurtcirkel",
    "Zorgkantoor",
    "Zilveren Kruis",
    "DSW",
    "VGZ",
    "Menzis",
    "Humanitas Home-Start",
    "Home-Start",
    "Rode Kruis",
    "Stichting Boog",
    "Wijkz Laak",
    "Centrum Seksueel Geweld",
    "Kindertelefoon",
    "SPV-team",
    "FACT-team",
    "FACT",
    "Esdégé-Reigersdaal",
    "Stichting Mooi",
    "Haag Wonen",
    "Arcade",
    "Wijkcentrum De Henk",
    "De Henk",
    "Wijkcentrum Moerwijk",
    "Wijkcentrum Mariahoeve",
    "Buurthuis De Boog",
    "Buurthuis Bouwlust",
    "Voedselbank Den Haag",
    "DUO",
    "IND",
    "COA",
    "HTM",
    "Woonzorg Nederland",
    "Eigen Kracht Centrale",
    "Haags Ouderen Fonds",
    "Nationaal Ouderenfonds",
    "Zonnebloem",
    "De Zonnebloem",
    "Haagse Tafel",
    "Stichting Present",
    "Stichting Leergeld",
    "Kessler",
    "Centraal Coördinatiepunt",
    "LEC EGG",
    "Gemeentelijke Kredietbank",
    "Reclassering",
    "reclassering",
    "Bibliotheek",
    "Schuldhulpmaatje",
    "Veteraneninstituut",
    "Dierenambulance",
    "Budget & Bewind Haaglanden",
    "Hoogheemraadschap van Delfland",
    "Uitvoeringsorganisatie Herstel Toeslagen",
    "UHT",
    "Handhaving",
    "Woonnet Haaglanden",
    "Barka",
    "Werkplein",
    "Burgerzaken",
    "Haagse Hogeschool",
    "SHG",
    "Stichting Hulp Bij Geweld",
    "Moviera",
    "Blijf Groep",
    "Kompaan",
    "Stichting Aanpak Overlast",
    "Wmo-team",
    "Expertisecentrum Dementie",
    "Alzheimer Nederland",
    "Odensehuis",
    "Trajectum",
    "Fivoor",
    "ROC Mondriaan",
    "Mondriaan",
    "Werkplein",
    "Werkgeversservicepunt",
    "Buurtsportcoaches",
}
ROLE_TERMS = {
    "wijkverpleegkundige",
    "wijkverpleegkundigen",
    "casusregisseur",
    "casusregisseurs",
    "maatschappelijk werker",
    "maatschappelijk werkers",
    "maatschappelijk werkster",
    "Wmo-adviseur",
    "Wmo-adviseurs",
    "Wmo-consulent",
    "ouderenadviseur",
    "ouderenadviseurs",
    "welzijnscoach",
    "welzijnscoaches",
    "MEE-consulent",
    "MEE-consulenten",
    "casemanager dementie",
    "casemanagers dementie",
    "ouderenconsulent",
    "ouderenconsulenten",
    "schuldhulpverlener",
    "schuldhulpverleners",
    "wijkagent",
    "wijkagenten",
    "huisarts",
    "huisartsen",
    "POH-GGZ",
    "POH",
    "praktijkondersteuner",
    "praktijkondersteuners",
    "ervaringsdeskundige",
    "ervaringsdeskundigen",
    "jeugdconsulent",
    "klantmanager",
    "klantmanagers",
    "bewindvoerder",
    "bewindvoerders",
    "beschermingsbewindvoerder",
    "woonconsulent",
    "woonconsulenten",
    "opbouwwerker",
    "opbouwwerkers",
    "sociaal psychiatrisch verpleegkundige",
    "SPV",
    "SPV'er",
    "gezinscoach",
    "gezinscoaches",
    "jongerenwerker",
    "jongerenwerkers",
    "mantelzorgconsulent",
    "mantelzorgconsulenten",
    "buurtsportcoach",
    "beleidsmedewerker",
    "beleidsmedewerkers",
    "procesbegeleider",
    "facilitator",
    "facilitatoren",
    "teamleider",
    "teamleiders",
    "wijkcoördinator",
    "trajectbegeleider",
    "trajectbegeleiders",
    "huismeester",
    "huismeesters",
    "bemoeizorger",
    "bemoeizorgers",
    "aandachtsfunctionaris",
    "aandachtsfunctionaris huiselijk geweld",
    "psychiater",
    "GZ-psycholoog",
    "psycholoog",
    "verpleegkundige",
    "thuisbegeleider",
    "thuisbegeleiders",
    "ambulant begeleider",
    "ambulant begeleiders",
    "budgetcoach",
    "jeugdhulpverlener",
    "jeugdbeschermer",
    "gezinsvoogd",
    "casemanager",
    "casemanagers",
    "wijkcoach",
    "wijkcoaches",
    "sociaal werker",
    "sociaal werkers",
    "kwartiermaker",
    "projectleider",
    "programmamanager",
    "adviseur",
    "adviseurs",
    "notulist",
    "consulent werk en inkomen",
    "participatiecoach",
    "jobcoach",
    "buurtbemiddelaar",
    "buurtbemiddelaars",
    "vrijwilliger",
    "vrijwilligers",
    "maatje",
    "maatjes",
    "geestelijk verzorger",
    "diëtist",
    "ergotherapeut",
    "fysiotherapeut",
    "specialist ouderengeneeskunde",
    "verslavingsarts",
    "verslavingsconsulent",
    "straatcoach",
    "straatcoaches",
    "leerplichtambtenaar",
    "schoolmaatschappelijk werker",
    "intern begeleider",
    "mentor",
    "tolk",
    "wijkconsulent",
    "woonbegeleider",
    "woonbegeleiders",
    "consulent",
    "consulenten",
    "voorzitter",
    "gespreksleider",
    "dagvoorzitter",
    "MEE-consulente",
    "schuldhulpverlenster",
    "medewerker Servicepunt XL",
    "baliemedewerker",
    "Wmo-adviseuse",
    "sociaal raadslieden",
    "sociaal raadsman",
    "sociaal raadsvrouw",
    "mantelzorgmakelaar",
    "casusregisseuse",
    "maatschappelijk werk",
    "wijkteamleider",
    "ouderenwerker",
    "ouderenwerkers",
    "aandachtsfunctionarissen",
    "veiligheidsregisseur",
    "regisseur",
    "netwerkcoach",
    "klantmanager Werk en Inkomen",
    "huisbezoeker",
    "jurist",
    "advocaat",
    "officier van justitie",
    "reclasseringswerker",
    "jeugdarts",
    "verloskundige",
    "kraamverzorgende",
    "coördinator",
    "gedragswetenschapper",
    "wethouder",
    "kantonrechter",
    "longarts",
    "praktijkmanager",
    "pastor",
    "imam",
}


def _pat(term):
    body = re.escape(term)
    if term[:1].islower():
        body = "[" + term[0] + term[0].upper() + "]" + re.escape(term[1:])
    return re.compile(r"(?<![\w@.\-/])" + body + r"(?![\w@\-]|\.[a-z])")


KEEP_PATTERNS = (
    [(t, "wijk") for t in WIJK_TERMS]
    + [(t, "org") for t in ORG_TERMS]
    + [(t, "role") for t in ROLE_TERMS]
)
KEEP_PATTERNS.sort(key=lambda x: -len(x[0]))
KEEP_PATTERNS = [(_pat(t), lab) for t, lab in KEEP_PATTERNS]

MARK = re.compile(r"\[\[(\w+)(?::(.*?))?\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(raw):
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            lab, txt = m.group(1), m.group(2)
            if txt is None:
                if lab == "bsn":
                    txt = make_bsn()
                elif lab == "iban":
                    txt = make_iban()
                else:
                    raise ValueError("no text for " + lab)
            assert lab in PII_LABELS, lab
            pii.append({"start": cur, "end": cur + len(txt), "label": lab, "text": txt})
        else:
            lab, txt = m.group(3), m.group(4)
            assert lab in KEEP_LABELS, lab
            keep.append({"start": cur, "end": cur + len(txt), "label": lab, "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, pii, keep


def overlaps(a, spans):
    return any(a[0] < s["end"] and s["start"] < a[1] for s in spans)


def auto_keep(text, pii, keep):
    for pat, lab in KEEP_PATTERNS:
        for m in pat.finditer(text):
            span = (m.start(), m.end())
            if overlaps(span, pii) or overlaps(span, keep):
                continue
            keep.append({"start": m.start(), "end": m.end(), "label": lab, "text": m.group(0)})
    keep.sort(key=lambda s: s["start"])
    return keep


TEXTS = []

# ---------------------------------------------------------------- casuslessen (deel 1)
RAW_LESSEN_A = """
Titel: Voordeur dicht, achterdeur open
Thema: bemoeizorg | Team: SWT Moerwijk
Aanleiding: Via HaagWonen kwam in oktober een melding over stankoverlast bij meneer [[person:Van Rijn]] (71) op de [[address:Dierenselaan 118]]. Hij deed al maanden niet open voor de huismeester.
Aanpak: De wijkverpleegkundige en de casusregisseur zijn drie keer langsgegaan op wisselende tijden. De buurvrouw, [[person:Gerda]], wist dat hij elke ochtend brood haalt bij de Turkse bakker. Daar hebben we hem op [[date:17 november]] aangesproken.
Werkzame elementen: geduld, een bekend gezicht uit de buurt, niet meteen over de woning beginnen.
Wat niet werkte: brieven met het logo van de gemeente, die gingen ongeopend bij het oud papier.
Uitkomst: Na zes weken mochten we binnen. Er is nu thuiszorg via Florence.
Les: zoek de plek waar iemand wél komt.
====
**Casusles – ouderen & eenzaamheid**
**Aanleiding**
Mevrouw [[person:Roos]] ([[person:A.M. Roos-Hoogendijk]], 84) werd aangemeld door haar huisarts dr. [[person:Pronk]] omdat ze drie keer in een maand met de ambulance naar het HMC was gebracht. Ze woont sinds de dood van haar man alleen in Mariahoeve.
**Aanpak**
Ouderenconsulent [[person:Wendy]] heeft een huisbezoek gedaan samen met de casemanager dementie. Dochter [[person:Ellen]] (woont in Zwolle) is via beeldbellen aangesloten.
**Werkzame elementen**
Eén vast aanspreekpunt; de dochter een rol geven op afstand.
**Wat niet werkte**
Dagbesteding: mw. vond het 'een bejaardenclub' en ging na twee keer niet meer.
**Uitkomst**
Maatje via Humanitas, twee keer per week. Geen ambulanceritten meer sinds [[date:4 januari]].
**Les**
Vraag eerst wat iemand vroeger graag deed, niet wat er aanbod is.
====
Aanleiding – Een jonge moeder ([[person:Naima]], 26) meldde zich bij het Servicepunt XL in de Schilderswijk met een brief van de deurwaarder. Achterstand bij Staedion ruim € 3.400, ontruiming gepland op [[date:12-02-2024]].
Aanpak – Schuldhulpverlener en MEE-consulent samen, omdat er een vermoeden van LVB was. Eerst de ontruiming van tafel: afspraak met Staedion op [[date:29 januari]], betalingsregeling. Aanvraag via de Kredietbank onder nummer [[dossier:KB-2024-00317]].
Werkzame elementen – visueel maken (kasboekje met plaatjes), korte afspraken, steeds dezelfde dag.
Wat niet werkte – digitaal aanvragen via DigiD; [[person:Naima]] kwam er niet doorheen en schaamde zich.
Uitkomst – ontruiming afgewend, bewindvoering aangevraagd.
Les – vraag bij elke schuldenmelding ook naar lezen en schrijven.
====
THEMA: huiselijk geweld
WIJK: Laak
AANLEIDING: politie deed een zorgmelding na een ruzie in de nacht van [[date:2 op 3 december]] op de [[address:Vaillantlaan 301-3e]]. Betrokkenen: mw. [[person:Kaya]] en haar partner [[person:Serkan]]. Twee kinderen (4 en 7).
AANPAK: Veilig Thuis nam het op (melding [[dossier:VT-2023-18842]]), het SWT werd gevraagd voor de volwassenen. Apart gesprek met mevrouw via de aandachtsfunctionaris, en met meneer via de maatschappelijk werker van het team.
WERKZAME ELEMENTEN: de gesprekken gescheiden houden; een tolk Turks voor moeder zodat zij niet via haar zoon hoefde te praten.
WAT NIET WERKTE: het eerste veiligheidsplan was te lang (4 pagina's).
UITKOMST: partner volgt een agressieregulatietraining, gezin blijft bij elkaar, CJG betrokken voor de kinderen.
LES: houd het veiligheidsplan op één A4.
====
Casus: 'De man van de duiven'
Wijk: Duindorp
Aanleiding
Meneer [[person:Koster]] (66) houdt ruim dertig duiven op zijn balkon aan de [[address:Pluvierstraat 210]]. Buren klagen al sinds 2019. Hij is zorgmijdend en heeft ooit een wijkagent weggestuurd.
Aanpak
Bemoeizorger van Parnassia en onze welzijnscoach ([[person:Ruud]]) zijn gaan praten over de duiven, niet over de overlast. [[person:Ruud]] kent de duivenclub.
Werkzame elementen
Interesse tonen in wat iemand belangrijk vindt. Samen met de club een oplossing: deel van de duiven naar een hok van een clublid.
Wat niet werkte
De officiële waarschuwingsbrief van de corporatie ([[date:05-09-2023]]) maakte hem alleen bozer.
Uitkomst
Nog 8 duiven, geen klachten meer sinds de zomer. Meneer gaat nu ook naar de huisarts voor zijn longen.
Les
Begin bij de hobby.
====
Thema: bemoeizorg / LVB
Aanleiding: [[person:Dennis]] (34) woont op kamers in de Stationsbuurt, verhuurder belde ons omdat hij drie maanden geen huur had betaald en 'rare mensen' over de vloer kreeg. Vermoedelijk financieel misbruik.
Aanpak: MEE-consulent [[person:Fenna de Groot]] heeft met hem een netwerkkaart gemaakt. Bleek dat een 'vriend' zijn pinpas had. Samen met de wijkagent ([[person:Bas]]) aangifte gedaan op [[date:di 9 januari]].
Werkzame elementen: netwerkkaart; niet oordelen over de vriend, [[person:Dennis]] zelf laten ontdekken wat er gebeurde.
Wat niet werkte: verwijzing naar Ipse de Bruggen liep vast op de wachtlijst.
Uitkomst: nieuwe bankrekening, beschermingsbewind. De oude rekening [[iban]] is geblokkeerd.
Les: bij LVB en geldproblemen altijd vragen wie er nog meer bij je pas kan.
====
Titel: Moeder en zoon onder één dak
Ingediend: [[date:8 januari 2024]] · status: gepubliceerd
Aanleiding: mw. [[person:Mangroe]] (79) en haar zoon [[person:Radjesh]] (52, psychiatrische achtergrond) wonen samen in Transvaal. Mantelzorg is omgedraaid: moeder zorgt voor zoon. Signaal kwam van de ouderenadviseur van Xtra.
Aanpak: keukentafelgesprek met beiden, daarna apart. SPV van het FACT-team erbij gehaald. [[person:Radjesh]] bleek al in zorg, maar niet meer te komen.
Werkzame elementen: een gezamenlijk plan voor moeder én zoon; de Hindoestaanse pandit uit de buurt als vertrouwenspersoon (op verzoek van mw.).
Wat niet werkte: respijtzorg voor moeder, ze wilde haar zoon niet 'alleen laten'.
Uitkomst: [[person:Radjesh]] weer in beeld bij het FACT-team, moeder heeft twee ochtenden per week voor zichzelf.
Les: kijk wie er voor wie zorgt.
====
Aanleiding
Huisarts belde op [[date:14/11]]: mevrouw [[person:Tesfay]] (Eritrese, 41) komt steeds met buikpijn, maar er is medisch niets te vinden. Ze heeft vijf kinderen en woont sinds twee jaar in Bouwlust. Man is nog in Ethiopië.
Aanpak
Met een Tigrinya-sprekende ervaringsdeskundige van Vluchtelingenwerk op huisbezoek. Het ging niet om buikpijn maar om post: stapels brieven van de Belastingdienst over terugvorderingen toeslagen.
Werkzame elementen
Iemand die de taal én de cultuur kent; samen de post sorteren aan de keukentafel.
Wat niet werkte
Schriftelijke uitleg, ook vertaald.
Uitkomst
Terugvordering van € 6.100 opgeschort, betalingsregeling loopt (kenmerk [[dossier:TSL-4471-0921]]). Mw. heeft nu een vrijwilliger voor de administratie.
Les
Lichamelijke klachten kunnen over geld gaan.
====
Thema: jeugd (18-/18+)
Wijk: Moerwijk-Zuid
Aanleiding – [[person:Jayden]] werd op [[date:3 oktober]] 18. Jeugdhulp stopte, Wajong was niet aangevraagd, hij zat ineens zonder inkomen en zorg. Moeder [[person:Sharon Doelwijt]] belde het team in paniek.
Aanpak – warme overdracht met de jeugdconsulent die hem kende; consulent werk en inkomen erbij voor een uitkering. Alles in één gesprek op [[date:20-10-2023]] bij het CJG.
Werkzame elementen – één gesprek met alle partijen; [[person:Jayden]] zelf aan het woord.
Wat niet werkte – de overdracht kwam te laat, het signaal had er een half jaar eerder moeten zijn.
Uitkomst – uitkering per november, ambulante begeleiding via de Wmo.
Les – plan de overgang naar 18 als je 17,5 bent, niet als je 18 bent.
====
Aanleiding: melding van de buren over een vrouw die 's nachts schreeuwt in de portiek van [[address:Hoefkade 271-hs]], [[postcode:2526 BL]]. Het gaat om mw. [[person:Bakker]], bekend bij het OGGZ-meldpunt (OGGZ [[dossier:23-0884]]).
Aanpak: Bemoeizorg via Parnassia, samen met onze wijkverpleegkundige [[person:Ilse]]. Dagelijks contact gedurende twee weken, kort en voorspelbaar.
Werkzame elementen: steeds dezelfde twee gezichten; afspraken op briefjes op de deur.
Wat niet werkte: de huisarts wilde niet op huisbezoek; crisisdienst zag 'geen acuut gevaar'.
Uitkomst: mw. heeft na vijf weken zelf om een gesprek met de psychiater gevraagd.
Les: volhouden werkt, maar het kost uren die nergens geregistreerd staan.
====
Casusles (concept 2) – Schulden en schaamte
Wie: echtpaar [[person:De Jong]], beiden 60+, wijk Vrederust.
Aanleiding: dhr. [[person:Piet de Jong]] verloor zijn baan bij de gemeentelijke reiniging en durfde het een jaar niet tegen zijn vrouw te zeggen. De schuld liep op tot € 21.000.
Aanpak: schuldhulpverlener en maatschappelijk werker samen; eerst een gesprek met dhr. alleen, daarna met mw. [[person:Tineke]] erbij.
Werkzame elementen: schaamte benoemen; het gesprek niet op het Servicepunt maar thuis.
Wat niet werkte: de intake bij de Kredietbank op [[date:maandag 8 mei]] werd twee keer verzet.
Uitkomst: minnelijk traject gestart, huwelijk 'heeft het overleefd', zegt mw.
Les: schulden zijn bij oudere mannen vaak ook een identiteitsvraag.
====
1. Aanleiding
Mantelzorger ([[person:Jolanda Visser]], 58) van haar broer met NAH (niet-aangeboren hersenletsel) was overbelast. Broer [[person:Frank]] woont bij haar in op de [[address:Melis Stokelaan 1477]].
2. Aanpak
Mantelzorgconsulent van Mantelzorg Den Haag ingeschakeld, Wmo-adviseur voor logeeropvang.
3. Werkzame elementen
Logeeropvang één weekend per maand; [[person:Jolanda]]'s eigen netwerk (kerk) erbij.
4. Wat niet werkte
Dagbesteding voor NAH: wachtlijst van 7 maanden.
5. Uitkomst
[[person:Jolanda]] zegt het 'weer vol te houden'.
6. Les
De mantelzorger is ook cliënt.
====
Thema ouderen – Scheveningen
Aanleiding: Meneer [[person:Hoop]] (90!) rijdt nog auto en heeft twee keer een paaltje geraakt. Zijn dochter maakt zich zorgen, hij niet.
Aanpak: geen discussie over het rijbewijs, maar de vraag wat hij met de auto doet: boodschappen en elke donderdag naar zijn vrouw in het verpleeghuis. Alternatief gezocht: Buurtcirkel en de ouderenbus.
Werkzame elementen: de functie van de auto vervangen, niet de auto afpakken.
Wat niet werkte: het CBR-advies via de huisarts, hij 'vergat' het formulier.
Uitkomst: na een proefmaand met de ouderenbus heeft hij de auto zelf verkocht (aan kleinzoon [[person:Stijn]]).
Les: er is nog hoop, ook bij koppigheid ;-)
====
Aanleiding: Casus ingebracht door SWT Laak. Een Pools gezin ([[person:Tomasz]] en [[person:Agnieszka Kowalczyk]], 3 kinderen) woont met acht personen in een bovenwoning aan de [[address:Jan Blankenstraat 45-II]]. Huisjesmelker, schimmel, geen huurcontract.
Aanpak: woonconsulent en opbouwwerker samen met een Poolstalige vrijwilliger van Stichting Boog. Handhaving ingeschakeld na toestemming van de bewoners.
Werkzame elementen: eerst vertrouwen opbouwen, pas daarna handhaving.
Wat niet werkte: de eerste afspraak met een Engelse tolk, vader sprak vooral Pools.
Uitkomst: gezin staat ingeschreven bij Woonnet Haaglanden, tijdelijk via urgentie naar Rustenburg.
Les: arbeidsmigranten komen pas als ze je vertrouwen; kom via hun eigen mensen.
Contact voor vragen: [[person:Marloes]], [[phone:06-41 88 20 73]].
====
Titel: 'Ik ben niet gek, ik ben moe'
Aanleiding: Mevrouw [[person:Hodan Warsame]] (38), Somalische, alleenstaande moeder van vier, werd door school gemeld omdat de kinderen vaak te laat kwamen. Veilig Thuis schaalde af naar het SWT.
Aanpak: huisbezoek door maatschappelijk werker en gezinscoach van het CJG. Ze bleek 's nachts te werken in de schoonmaak.
Werkzame elementen: eerst luisteren, geen verwijt; praktische oplossing (ontbijtclub op school, buurvrouw [[person:Faadumo]] brengt de kinderen).
Wat niet werkte: de eerste vraag 'hoe gaat het met u?' – het antwoord was steeds 'goed'.
Uitkomst: kinderen op tijd, moeder heeft via het UWV een dagbaan gevonden per [[date:1 maart 2024]].
Les: schoolverzuim is soms een werktijdenprobleem.
====
Aanleiding. Brief van de Sociale Dienst aan dhr. [[person:Ahmadzai]] (BSN [[bsn]]): uitkering stopgezet wegens 'niet verschijnen'. Hij had de uitnodiging nooit gelezen (Dari, analfabeet). Adres: [[address:Troelstrakade 17 A]].
Aanpak. Klantmanager gebeld, samen met hem naar het Werkplein op [[date:do 16 nov.]]. Zoon [[person:Farid]] (15) moest steeds tolken, dat hebben we gestopt.
Werkzame elementen. Professionele tolk; de klantmanager persoonlijk kennen.
Wat niet werkte. Bezwaar per brief, daar kwam geen reactie op.
Uitkomst. Uitkering met terugwerkende kracht hersteld.
Les. Laat kinderen niet tolken bij geld en zorg.
====
**Thema:** bemoeizorg
**Wijk:** Schilderswijk-West
**Aanleiding:** [[person:Ricardo]] (45) slaapt al weken in de bosjes bij het Zuiderpark, maar staat nog ingeschreven op de [[address:Paul Krugerlaan 88]] bij zijn ex. Zij wil hem niet meer binnen.
**Aanpak:** straatcoach, bemoeizorger en de casusregisseur. Postadres geregeld bij het Leger des Heils. Contact via zijn zus [[person:Marisol]] op Curaçao (whatsapp [[phone:+599 9 512 3344]]).
**Werkzame elementen:** postadres = toegang tot uitkering en zorgverzekering.
**Wat niet werkte:** nachtopvang, hij wilde niet tussen 'junks'.
**Uitkomst:** Housing First-plek sinds eind februari.
**Les:** zonder adres geen zorg: regel het postadres eerst.
====
Aanleiding: Voorjaar 2023. Wijkverpleegkundige vond mevrouw [[person:Li]] (76) verward thuis, de kachel stond op 30 graden in juli. Zoon [[person:Wei Chen]] woont in Rotterdam en komt één keer per maand.
Aanpak: casemanager dementie via het Expertisecentrum Dementie; contact met de Chinese ouderenvereniging.
Werkzame elementen: activiteiten in de eigen taal (mahjong-middag in de Bibliotheek Den Haag).
Wat niet werkte: een Nederlandstalige alarmknop, mevrouw wist niet wat ze moest zeggen.
Uitkomst: Kantonees sprekende thuiszorgmedewerker, zoon belt nu dagelijks om 18.00 uur.
Les: dementie en taal: de tweede taal verdwijnt het eerst.
====
Casusles uit Escamp – huiselijk geweld ouderen
Mevrouw [[person:Dijkstra]] (81) werd door haar kleinzoon financieel uitgebuit: hij nam haar pinpas mee en haalde geld van rekening [[iban]]. De bank belde de huisarts, die belde ons.
Wat we deden: de aandachtsfunctionaris huiselijk geweld heeft met mw. gesproken zonder kleinzoon erbij; melding gedaan bij Veilig Thuis ([[dossier:VT-2024-0319]]). Bewindvoerder aangesteld per [[date:15 april 2024]].
Werkzaam: de bank als signaalgever serieus nemen; mw. niet dwingen om aangifte te doen.
Niet werkzaam: de eerste gesprekken bij haar thuis – kleinzoon was er altijd.
Uitkomst: geld is veilig, contact met kleinzoon 'op afstand'.
Les: ouderenmishandeling is vaak financieel en vaak familie.
====
Aanleiding
[[person:Youssef El Khatib]] (29) was na detentie terug in de wijk (Spoorwijk). Geen woning, geen ID-kaart, geen zorgverzekering. Reclassering vroeg het SWT om mee te denken.
Aanpak
Eén plan met reclassering, klantmanager en casusregisseur ([[person:Meryem]]). Eerst ID-kaart (afspraak stadsdeelkantoor [[date:11-1]]), dan BSN-check ([[bsn]] bleek nog actief), uitkering, zorgverzekering.
Werkzaam
De volgorde klopte; [[person:Youssef]] had iets concreets te doen elke week.
Niet werkzaam
Woning: de urgentiecommissie wees af.
Uitkomst
Kamer via een particuliere verhuurder in Laak, werk bij een schoonmaakbedrijf.
Les
Nazorg na detentie begint vóór de dag van vrijlating.
====
Thema: ouderen / digitale zorg
Mw. [[person:Prins]] (74, Bezuidenhout) kreeg van de zorgverzekeraar alleen nog digitale post. Ze heeft geen computer en haar telefoon 'doet het niet'. Gevolg: premieachterstand van 5 maanden.
Aanpak: vrijwilliger van de Bibliotheek (Digisterker), samen met de ouderenadviseur. Papieren post weer aangezet via Zilveren Kruis.
Werkzaam: één-op-één hulp aan de keukentafel.
Niet werkzaam: de cursus in het wijkcentrum, te snel en te groot.
Les: 'digitaal tenzij' sluit ouderen uit; vraag altijd hoe iemand post ontvangt.
Ingebracht door [[person:Monique van Leeuwen]], ouderenadviseur.
====
Casus: vader met drie banen
Ingediend [[date:19-02-2024]] door SWT Laak
Aanleiding: [[person:Kwame Mensah]] (44, Ghanees) werkt in drie uitzendbanen en is nooit thuis. Zijn vrouw [[person:Akosua]] belde ons na een val van hun dochter van de trap. School maakte zich zorgen over verwaarlozing.
Aanpak: het gezin wilde geen Veilig Thuis ('dan nemen ze de kinderen af'). Gezinscoach en MEE-consulent samen, uitgelegd wat wel en niet gebeurt. Kerk (pastor [[person:Boateng]]) als brug.
Werkzaam: de angst serieus nemen; de pastor als vertrouwenspersoon.
Niet werkzaam: afspraken overdag, vader was er nooit bij.
Uitkomst: kinderopvangtoeslag aangevraagd, vader werkt nu vaste uren.
Les: in sommige gemeenschappen is de kerk de eerste ingang.
====
AANLEIDING
Melding van Vestia (nu Staedion) op [[date:19 juni 2023]] over een vervuilde woning aan de [[address:Erasmusweg 1021]], [[postcode:2532CS]]. Bewoner: dhr. [[person:R. Jagessar]]. Ongeveer 40 katten.
AANPAK
Samen met de Dierenambulance, de GGD (hygiënisch inspecteur) en onze bemoeizorger. Meneer mocht tien katten houden.
WERKZAME ELEMENTEN
Hem laten kiezen welke katten bleven. Schoonmaak in delen, niet in één keer.
WAT NIET WERKTE
Het eerste bezoek met vier mensen tegelijk.
UITKOMST
Woning schoon, dhr. krijgt wekelijks huishoudelijke hulp.
LES
Ga met maximaal twee mensen.
====
Thema: huiselijk geweld – jongeren
Aanleiding: Leerplichtambtenaar meldde [[person:Amira]] (16), die niet meer naar school kwam. Thuis spanningen rond een uithuwelijking, dachten we eerst.
Aanpak: jongerenwerker ([[person:Hamza]]) die haar kende van de meidenclub in de Schilderswijk. Veilig Thuis geconsulteerd (anoniem). Gesprek met moeder zonder vader.
Werkzaam: een vertrouwde jongerenwerker; anoniem consulteren.
Niet werkzaam: de gezinsvoogd die alleen met vader sprak.
Uitkomst: het ging om eergerelateerde druk, [[person:Amira]] is met ondersteuning van Veilig Thuis tijdelijk bij een tante in Delft.
Les: consulteer vroeg bij eergerelateerd geweld, ook als je het niet zeker weet.
====
Aanleiding: de huisarts vroeg hulp voor mevrouw [[person:Öztürk]] (67), diabetes, spreekt beperkt Nederlands. Ze nam haar insuline verkeerd. Dochter [[person:Elif]] werkt fulltime.
Aanpak: wijkverpleegkundige van Florence + POH; instructie met plaatjes in het Turks; buurvrouw [[person:Hatice]] helpt 's avonds.
Wat werkte: [[person:Elif]] betrokken via Whatsapp-groep met de wijkverpleging.
Wat niet werkte: de apotheek-app, te ingewikkeld.
Uitkomst: HbA1c in drie maanden van 85 naar 62.
Les: betrek de buren, niet alleen de familie.
====
Titel: Samen rond de tafel – Familiegroepsplan
Versie 2, [[date:11/03/2024]]
Wijk: Rustenburg-Oostbroek
Aanleiding: Gezin [[person:Martina]] (Antilliaans, moeder [[person:Gisela]] en vier kinderen) zat vast: huurachterstand, oudste zoon [[person:Shurandy]] in aanraking met politie, moeder depressief.
Aanpak: Eigen Kracht-conferentie op [[date:zaterdag 25 november]] in het buurthuis. 17 familieleden en vrienden, ook een oom uit Rotterdam.
Werkzaam: de familie maakte zelf het plan; oom neemt [[person:Shurandy]] twee weekenden per maand.
Niet werkzaam: de eerste datum, die viel samen met een begrafenis.
Uitkomst: plan loopt, zoon heeft stage bij een garage.
Les: vraag altijd wie er nog meer bij de familie hoort, ook buiten Den Haag.
====
Aanleiding: na een val brak mw. [[person:Mulder]] (88) haar heup. Terug uit het ziekenhuis op [[date:22-8]]. Haar buurman meneer [[person:Smit]] deed alles voor haar, maar ging op vakantie.
Aanpak: snelle Wmo-indicatie huishoudelijke hulp; alarmering; wijkverpleging dagelijks.
Werkzaam: de Wmo-adviseur kwam binnen 3 dagen (normaal 6 weken).
Niet werkzaam: het ziekenhuis had geen overdracht gestuurd naar de huisarts.
Uitkomst: mw. woont nog thuis; dhr. [[person:Smit]] is nu officieel 'mantelzorger'.
Les: informele helpers hebben ook vakantie, plan daarop.
====
Thema: bemoeizorg / verslaving
Geplaatst: [[date:2024-01-22]]
Aanleiding: [[person:Marek Wiśniewski]] (51) drinkt, slaapt in een busje aan de Binckhorst. Kennis van de Poolse kerk bracht hem naar het Servicepunt XL.
Aanpak: verslavingsconsulent van Brijder + Poolse vrijwilliger. Terugkeer naar Polen besproken (Barka).
Werkzaam: geen voorwaarden stellen aan het eerste contact.
Niet werkzaam: detox-opname, hij vertrok na 2 dagen.
Uitkomst: [[person:Marek]] is op [[date:7 december 2023]] met Barka teruggereisd naar zijn familie in Poznań. Zus [[person:Ewa]] heeft ons laten weten dat het goed gaat ([[email:ewa.wisniewska@wp.pl]]).
Les: terugkeer kan ook een oplossing zijn, als de persoon het zelf wil.
====
Aanleiding – Alleenstaande vader ([[person:Stoyan Dimitrov]], Bulgaars) met dochter van 9 in een hotelkamer, betaald door de werkgever. Kwam bij ons via de school in Laak.
Aanpak – inschrijving BRP op het adres van het hotel lukte niet. Via de gemeente een briefadres en een BSN ([[bsn]]). Daarna kinderbijslag bij de SVB (klantnummer SVB [[dossier:4470-1198-22]]).
Werkzaam – een Bulgaarssprekende medewerker van het Servicepunt XL die toevallig die dag dienst had.
Niet werkzaam – bellen naar de werkgever: 'geen probleem van ons'.
Uitkomst – woning via een andere werkgever, dochter zit nog op dezelfde school.
Les – kinderen van arbeidsmigranten vallen tussen alle wetten in; blijf de school als ingang gebruiken.
"""
TEXTS += [t.strip("\n") for t in RAW_LESSEN_A.split("\n====\n")]

# ---------------------------------------------------------------- casuslessen (deel 2)
RAW_LESSEN_B = """
Wat was de aanleiding?
Op [[date:woensdag 6 september]] stond [[person:Ioana Popescu]] (32) met haar zoontje bij de balie van het Servicepunt XL in Moerwijk. Haar partner had haar de deur uit gezet. Ze sliep twee nachten bij een kennis in de [[address:Wouwermanstraat 23]].
Wat hebben jullie gedaan?
Veiligheid eerst: contact met Veilig Thuis, opvang geregeld bij de Blijf Groep. Daarna inkomen: ze werkte zwart, dus er was niets. Roemeense vrijwilliger ([[person:Mihai]]) hielp met de gesprekken.
Wat werkte?
Direct regelen, niet doorverwijzen.
Wat werkte niet?
De eerste opvangplek was in Leiden, te ver van de school van haar zoon.
Resultaat: zoon zit weer op school in Moerwijk, [[person:Ioana]] woont in een Skaeve Huse-achtige tijdelijke unit.
Les: bij huiselijk geweld eerst dak, dan de rest.
====
Team: SWT Segbroek | Thema: ouderen | Ingebracht door: [[person:Hanneke]]
aanleiding: 2 zussen ([[person:Bep]] 86 en [[person:Corrie de Wit]] 83) wonen samen boven in een portiekwoning, trap is te steil geworden. Willen niet naar een verzorgingshuis ('daar ga je dood').
aanpak: woonconsulent Staedion + Wmo-adviseur, traplift niet mogelijk. Gelijkvloerse woning gezocht in dezelfde buurt.
werkzaam: ze mochten samen blijven; kennis van de wijk (de bakker, de kerk bleven dichtbij).
niet werkzaam: de lijst met seniorenwoningen, wachttijd 4 jaar.
uitkomst: met voorrang verhuisd op [[date:1-6-2024]] naar een benedenwoning op de [[address:Valkenboslaan 402]]. Zussen [[person:De Wit]] zijn 'zielsgelukkig'.
les: verhuizen kan, als het netwerk blijft.
====
Thema: schulden / jongvolwassenen
Casus in het kort: [[person:Sem]] (21) had € 14.000 schuld door telefoonabonnementen en online kopen achteraf. Moeder betaalde steeds bij. Aangemeld door zijn jobcoach.
Aanpak: budgetcoach + Schuldhulpmaatje, geen gedwongen bewind. [[person:Sem]] kreeg zelf de regie over één rekening, spaarrekening op naam van zijn moeder [[person:Linda Kok]] bleef apart.
Werkzaam: humor, een maatje van zijn eigen leeftijd (25), geen preek.
Niet werkzaam: het budgetplan op papier; wel de app.
Uitkomst: na 9 maanden geen nieuwe schulden. Saneringstraject gestart onder dossiernummer [[dossier:SHV/2024/0391]].
Les: jongeren met schulden willen geen moeder, ze willen een maatje.
====
Aanleiding: meldingen overlast bij de huismeester van het complex aan de [[address:Beresteinlaan 600]]. Mevrouw [[person:Abena Asante]] (55) verzamelt afval uit de containers en zet het op de galerij.
Aanpak: opbouwwerker ging met haar koffiedrinken. Ze bleek spullen te verzamelen voor familie in Ghana. Samen met de kerk een opslag gevonden voor de zending.
Werkzaam: de 'waarom'-vraag stellen in plaats van handhaven.
Niet werkzaam: het gesprek met de complexbeheerder erbij; mevrouw voelde zich aangevallen.
Uitkomst: galerij leeg, container-zending vertrok op [[date:30-03-2024]].
Les: achter verzamelgedrag zit soms een heel logisch verhaal.
====
Thema: huiselijk geweld
Wijk: Bouwlust
Ingebracht door: [[person:Priya Ramsaran]], maatschappelijk werker SWT Bouwlust/Vrederust
Aanleiding: Vrouw van 47 ([[person:Shanti]]) die al 20 jaar psychisch geweld meemaakt van haar man. Kwam via de POH-GGZ met slaapklachten.
Aanpak: eerst niets 'doen', alleen erkennen. Na vier gesprekken heeft ze zelf gekozen voor een traject bij SHG.
Werkzame elementen: tijd; de term 'dwingende controle' uitleggen, daar herkende ze zich in.
Wat niet werkte: voorstel om de man uit te nodigen (veel te vroeg).
Uitkomst: [[person:Shanti]] woont sinds [[date:maart 15]] apart, in een woning van HaagWonen.
Les: psychisch geweld heeft een langere aanloop nodig.
====
Casus 'Aan de rand van Kijkduin'
Dhr. [[person:Vos]], 63, ex-militair, leeft in een caravan op het terrein van zijn broer. Geen post, geen zorgverzekering, PTSS (zegt hij zelf). Broer [[person:Gert]] belde de huisarts die ons belde.
Wat deden we: veteranenloket ingeschakeld ('t Veteraneninstituut), bemoeizorger erbij.
Wat werkte: een ex-collega van defensie als maatje.
Wat niet: onze eerste brief aan het adres van zijn broer ([[address:Kijkduinsestraat 900]]), die is nooit aangekomen.
Uitkomst: verzekerd sinds [[date:01.02.2024]], in behandeling bij een veteranen-GGZ.
Les: zoek het 'eigen' netwerk; defensie is een familie.
====
Aanleiding
Melding van de wijkagent over een 'man die op straat tegen zichzelf praat', Zeeheldenkwartier. Later bleek: [[person:Anil Bhagwandin]] (39), sinds een jaar uit beeld bij de GGZ.
Aanpak
Meldpunt Zorg en Overlast → bemoeizorg → huisbezoek met de SPV. Zijn zus [[person:Sunita]] gaf toestemming om haar te bellen ([[phone:06 2741 5583]]).
Werkzaam
De zus als verbindingspersoon; elke week op hetzelfde tijdstip langs.
Niet werkzaam
Verwijzing via huisarts: [[person:Anil]] stond niet meer ingeschreven bij een huisarts.
Uitkomst
Ingeschreven bij een nieuwe huisarts op [[date:18 december]], weer depot-medicatie.
Les
Check altijd of iemand nog een huisarts heeft; zonder huisarts geen GGZ.
====
Concept – nog niet gepubliceerd
Thema: ouderen en geld
Mevrouw [[person:Meijer]] (79, Laakkwartier) kreeg sinds de dood van haar man geen nabestaandenpensioen, want het was nooit aangevraagd. Ze leefde van AOW en at bij de Voedselbank.
Aanpak: ouderenadviseur + Sociaal Juridische Dienst. Pensioenfonds aangeschreven met zijn gegevens (geb. [[date:14-08-1941]], overleden [[date:2-11-2022]]).
Werkzaam: sociaal raadslieden die de weg kennen bij pensioenfondsen.
Niet werkzaam: mw. had alle papieren 'opgeruimd', we moesten alles opnieuw opvragen.
Uitkomst: € 380 per maand extra, met terugwerkende kracht.
Les: vraag bij elke oudere weduwe naar het pensioen van de partner.
====
Thema: jeugd & ouders met LVB
Team: SWT Schilderswijk-Oost
Aanleiding: Ouders [[person:Bouzid]] (beide LVB) kregen een brief van de Raad voor de Kinderbescherming. Zij begrepen niet waarom. Dochter [[person:Lina]] (6) had veel schoolverzuim.
Aanpak: MEE-consulent [[person:Ilham]] heeft de brief 'vertaald' in eenvoudige taal, met tekeningen. Samen naar het gesprek met de Raad.
Werkzaam: iemand die meegaat en samenvat; het gesprek voorbereiden met een rollenspel.
Niet werkzaam: het plan van aanpak van 12 pagina's van de jeugdbescherming.
Uitkomst: vrijwillige hulp in plaats van ondertoezichtstelling.
Les: ouders met LVB zijn geen onwillige ouders.
====
Aanleiding: Jonge vrouw (23, [[person:Djamila Tavares]], Kaapverdiaans) wilde weg bij haar vriend. Vriend dreigde via Snapchat. Zij woonde bij hem in op de [[address:Stuwstraat 40 A]].
Wat hebben we gedaan: zedenpolitie + Centrum Seksueel Geweld voor de beelden; advocaat via het juridisch loket.
Werkzaam: snel handelen, binnen 48 uur alles geregeld.
Niet werkzaam: het eerste gesprek bij de politie; ze voelde zich niet geloofd.
Uitkomst: contactverbod, beelden offline.
Les: bij online dreiging telt elk uur.
Contact casusregisseur: [[email:j.fortes@swt-escamp.nl]]
====
Les uit Ypenburg – jonge mantelzorger
(concept [[date:28.03.2024]])
[[person:Luuk]] (17) zorgt voor zijn moeder met MS. Zijn cijfers zakken. Mentor op school zag het. Vader is uit beeld.
Aanpak: jeugdconsulent en wijkverpleegkundige samen; [[person:Luuk]] zelf laten vertellen wat hij wil (niet wat hij 'moet').
Werkzaam: respijt voor [[person:Luuk]] (voetbal blijft heilig), thuiszorg ook in het weekend.
Niet werkzaam: de folder 'Jonge mantelzorgers' – hij noemt zichzelf geen mantelzorger.
Uitkomst: eindexamen gehaald ;)
Les: noem het geen mantelzorg, vraag wat hij doet op een dag.
====
THEMA ouderen / dementie
Meneer en mevrouw [[person:van der Berg]] (87 en 85) wonen nog zelfstandig in Waldeck. Meneer heeft dementie, mevrouw is zijn mantelzorger en heeft zelf hartklachten.
AANPAK Casemanager dementie, dagbesteding bij het Odensehuis, logeeropvang.
WAT WERKTE Het Odensehuis: meneer 'gaat naar de club', niet naar dagbesteding.
WAT NIET WERKTE Hun zoon [[person:Maarten]] wilde dat ze naar een verpleeghuis gingen; veel spanningen in het gezin. Familiegesprek op [[date:12 maart]] hielp een beetje.
UITKOMST Ze wonen nog thuis. Meneer kent zijn vrouw niet altijd meer, maar 'hij weet dat ik lief ben', zegt zij.
LES Noem het geen dagbesteding.
====
Aanleiding: Signaal van een bewoner in Morgenstond: buurman [[person:Habibullah]] krijgt al weken geen bezoek en de brievenbus puilt uit. Bleek: hij lag al 3 dagen op de grond na een beroerte.
Aanpak: na ziekenhuis revalidatie, daarna terug naar huis met thuiszorg. Afghaanse vereniging ingeschakeld voor bezoek.
Werkzaam: de buurvrouw die belde; de vereniging die een rooster maakte.
Niet werkzaam: personenalarmering – hij droeg het kastje niet.
Uitkomst: elke dag iemand langs. Ook de buurvrouw (mw. [[person:Gül Arslan]]) heeft een sleutel.
Les: buren zijn het vroegsignaleringssysteem van de wijk.
====
Titel: Schuld bij de zorgverzekeraar
Thema: schulden
Cliënt ([[person:M. Ouali]], BSN [[bsn]]) stond op de wanbetalersregeling bij het CAK. Bestuursrechtelijke premie, € 160 per maand meer.
Aanpak: schuldhulpverlener heeft met de zorgverzekeraar een regeling getroffen; inhouding op de uitkering.
Werkzaam: korte lijn met de zorgverzekeraar.
Niet werkzaam: de brieven van het CAK, niemand snapte ze.
Les: bij wanbetaling zorgpremie meteen de verzekeraar bellen, dat werkt sneller dan het CAK.
(Reviewer: BSN eruit halen vóór publicatie!)
====
Team Mariahoeve: Lessen uit casus 'de postbode'
Aanleiding: postbode ([[person:Henk]]) meldde bij het wijkcentrum dat mw. [[person:Van den Bosch]] al een week de deur niet opende. Politie ging naar binnen; mw. was uitgedroogd maar in leven.
Aanpak: na ziekenhuisopname: casemanager dementie, dochter ([[person:Karin van den Bosch]], [[phone:0031 6 38 41 27 09]]) woont in België.
Werkzaam: buurtnetwerk met postbode, winkelier en kapper; afspraak: zien ze haar 2 dagen niet, dan bellen ze het wijkcentrum.
Niet werkzaam: sleutelkluisje – mw. had de code aan iedereen verteld.
Les: iedereen die in de wijk rondloopt kan een signaal geven.
====
Werkzame elementen in één zin: samen op huisbezoek met de wijkagent.
Aanleiding: [[person:Rami Al-Haddad]] (28, Syrisch) had ruzie met buren in de [[address:Weimarstraat 251]]. Hij sliep niet, hoorde 'geluiden'. Buren waren bang.
Aanpak: wijkagent en bemoeizorger samen langs; Arabisch sprekende tolk; later doorverwezen naar i-psy.
Niet werkzaam: buurtbemiddeling, te vroeg – hij was psychotisch.
Uitkomst: behandeld, buren hebben met hem koffie gedronken na afloop (via buurtbemiddelaars).
Les: buurtbemiddeling werkt pas als de psychische kant stabiel is.
====
Casusles (door [[person:Nadia]] en [[person:Sjoerd]], SWT Laak)
Aanleiding: een gezin met een kind met autisme dat al 2 jaar thuiszit. Moeder (mw. [[person:Kalloe]]) werd door de leerplichtambtenaar onder druk gezet.
Aanpak: thuiszittersoverleg met school, samenwerkingsverband, leerplicht en SWT. Plan in stapjes: 1 uur per dag naar school.
Werkzaam: de moeder als deskundige behandelen.
Niet werkzaam: proces-verbaal leerplicht (was al opgemaakt op [[date:3 april]]).
Uitkomst: zoon [[person:Devesh]] gaat nu 3 ochtenden naar een speciale klas.
Les: thuiszitters zijn geen spijbelaars.
====
Aanleiding
Mw. [[person:Nowak]] (Pools, 48) werkt in de kassen in het Westland en woont in Escamp. Arbeidsongeval, nu geen werk, geen inkomen, bang dat ze haar kamer kwijtraakt (bij het uitzendbureau).
Aanpak
FNV en Sociaal Juridische Dienst; ziektewet via UWV; Poolse consul bellen.
Werkzaam
Gesprek in het Pools met een vrijwilliger van het Servicepunt XL Escamp.
Niet werkzaam
Uitzendbureau reageerde niet op mails.
Uitkomst
Ziektewet toegekend per [[date:9-10-2023]] (UWV-brief met BSN [[bsn]] zat als bijlage bij het concept – verwijderd), kamer behouden.
Les
Huisvesting via de werkgever = dubbele afhankelijkheid. Kijk daar vroeg naar.
====
Thema: bemoeizorg / vervuiling
Wat: vervuilde woning, dhr. [[person:Groen]] (58), [[address:Zuiderparklaan 100-3]], [[postcode:2574 HW]]
Aanpak: GGD, Parnassia, HaagWonen. Een 'schoonmaakdag' met een vrijwilligersploeg.
Werkzaam: meneer mocht zelf bepalen welke kamer eerst.
Niet: de container voor de deur – buren gingen kijken en filmen.
Uitkomst: woning schoon, maar 3 maanden later weer vol. Nu wekelijkse begeleiding.
Les: schoonmaken zonder nazorg is weggegooid geld.
====
Samenvatting casus (voor de themagroep Ouderen)
Dhr. [[person:Abdelkader]] (73) woont alleen in Transvaal, vrouw overleden, kinderen in Frankrijk. Gaat elke dag naar de moskee, verder niks. Hij is ondervoed (-12 kg).
Aanpak: wijkverpleegkundige + moskeecomité; maaltijden via een Marokkaanse cateraar (de Wmo-maaltijden at hij niet).
Werkzaam: eten dat hij kent; de imam die het aankaart.
Niet werkzaam: Tafeltje-dek-je.
Uitkomst: +5 kg in 4 maanden.
Les: cultuursensitief werken is heel concreet: wat ligt er op het bord?
====
Aanleiding: een buurtbewoner mailde het team ([[email:petra.hart@ziggo.nl]]) dat er een jonge vrouw met een baby op de trap van de portiek sliep. Bleek [[person:Senait]] (20, Eritrees), net 18 geworden, uit de statushoudersopvang, woning nog niet klaar.
Aanpak: Vluchtelingenwerk + COA + gemeente; noodopvang in een hotel.
Werkzaam: de buurtbewoner die meteen mailde; de snelheid van Vluchtelingenwerk.
Niet werkzaam: de overdracht van COA naar gemeente.
Uitkomst: woning in Bouwlust per [[date:8 januari 2024]].
Les: de overgang 17/18 bij statushouders verdient een eigen draaiboek.
====
Titel: Zorgmijding na een slechte ervaring
Laatst gewijzigd [[date:5 feb. 2024]]
Mevrouw [[person:Pinas]] (61) weigerde alle zorg na een gedwongen opname in de jaren 90. Diabetes ontregeld, wonden aan haar voeten. Dochter [[person:Marcia]] belde het SWT in Moerwijk.
Aanpak: een ervaringsdeskundige met dezelfde achtergrond; de wijkverpleegkundige kwam pas later, 'als vriendin van'.
Werkzaam: ervaringsdeskundigheid; niet over zorg praten maar over haar kleinkinderen.
Niet werkzaam: huisarts die dreigde met 'dan wordt het weer een opname'.
Uitkomst: wondzorg sinds eind oktober ([[date:27-10]]) door Florence.
Les: een trauma met de hulpverlening vraagt om een andere ingang.
====
Thema: jeugd / ouderen (intergenerationeel)
Project in Morgenstond: jongeren helpen ouderen met hun telefoon. Tijdens een sessie vertelde meneer [[person:Koning]] (80) aan [[person:Mo]] (16) dat hij al dagen alleen brood at. [[person:Mo]] vertelde het aan jongerenwerker [[person:Sanne Bos]].
Aanpak: ouderenadviseur op bezoek, maaltijdservice, Zonnebloem-vrijwilliger.
Werkzaam: jongeren als oren en ogen.
Niet werkzaam: niks, eigenlijk. Behalve dat het project in juni stopt (subsidie).
Les: combineer doelgroepen, dan vang je meer signalen op.
====
Aanleiding: [[person:Filmon]] (19) kreeg na de jeugdzorg een eigen kamer via Kessler, maar had binnen 3 maanden € 2.800 schuld aan de energieleverancier (adres [[address:Laakkade 15-1]]).
Aanpak: budgetbeheer, energiecoach, afspraken met de leverancier.
Werkzaam: de energiecoach bleek de sleutel: kachel en boiler stonden altijd aan.
Niet werkzaam: alleen financieel kijken.
Uitkomst: regeling, maandbedrag verlaagd van € 210 naar € 95.
Les: schuld is soms gewoon een kapotte thermostaat.
"""
TEXTS += [t.strip("\n") for t in RAW_LESSEN_B.split("\n====\n")]

# ---------------------------------------------------------------- reviewopmerkingen bij conceptlessen
RAW_REVIEWS = """
Review door [[person:Marieke]] (redactie pilot), [[date:8 feb 2024]]:
Sterke les, vooral 'Wat niet werkte' is eerlijk. Maar: bij Aanleiding staat nog 'mw. [[person:Yilmaz]] van de [[address:Hoefkade 12]]'. Dat moet eruit, maak er 'een oudere vrouw in de Schilderswijk' van. Ook de geboortedatum ([[date:03-03-1951]]) graag schrappen. Daarna kan hij live.
====
Opmerking bij concept 'Zorgmijding na een slechte ervaring':
– Regel 2: dochter wordt bij naam genoemd ([[person:Marcia]]). Vervangen door 'dochter'.
– 'Les' is goed maar mag scherper.
– Is er toestemming vastgelegd? Ik zie geen verwijzing naar de toestemmingsverklaring.
Groet, [[person:Jeroen]]
====
@[[person:Priya]] dank voor je les over psychisch geweld. Twee dingen: de woningcorporatie + de maand maken haar eigenlijk herkenbaar in zo'n kleine buurt, misschien 'een corporatie' schrijven? En je noemt haar bij voornaam, dat mag niet volgens de spelregels. Verder top, ik heb hem doorgestuurd naar de themagroep Huiselijk geweld.
====
REVIEW – status: terug naar auteur
Privacy: in de bijlage (foto van het netwerkschema) staan de volledige naam en het mobiele nummer van de cliënt: [[person:J. Statia]], [[phone:06-18273645]]. Bijlage verwijderen of zwart maken.
Inhoud: aanpak is helder. 'Werkzame elementen' is nu een opsomming van wat jullie deden, niet wát werkte. Probeer: waarom werkte het?
– [[person:Wouter Smulders]], adviseur Crossover
====
Hoi [[person:Fenna]], ik las je concept over financieel misbruik bij LVB. Het rekeningnummer staat er nog in ([[iban]]), ook al is die rekening geblokkeerd, eruit halen svp. En '[[person:Bas]]' (wijkagent) liever 'de wijkagent'. Mooie les verder, herkenbaar voor ons in Transvaal.
[[person:Rachid]]
====
Reviewnotitie (automatisch gemarkeerd + handmatig gecheckt door [[person:Ellen Koopman]]):
• dossiernummer in de tekst: [[dossier:VT-2023-18842]] → verwijderen
• adres: [[address:Vaillantlaan 301-3e]] → 'een portiekwoning in Laak'
• datum: 'de nacht van [[date:2 op 3 december]]' → 'een nacht in december'
De rest kan blijven: Veilig Thuis, CJG en de rol van aandachtsfunctionaris zijn juist nuttig voor andere teams.
====
Ik heb de les over de duivenman gelezen, prachtig. Alleen: 'de Pluvierstraat' + 'duiven' + 'Duindorp' = iedereen in Duindorp weet wie het is. Schrijf liever 'een man in een kustwijk'. Wel Duindorp laten staan als dat kan? Hm, dan is het nog steeds herkenbaar. Overleg maar met [[person:Ruud]] zelf.
groet [[person:Annemiek]] (SWT Scheveningen)
====
Feedback [[person:Hanneke]] → concept 'Twee zussen'
Leuk! Maar de achternaam van de zussen staat er twee keer in, ook in de uitkomst. En het nieuwe adres ([[address:Valkenboslaan 402]]) ook. Verder: de wachttijd van 4 jaar voor seniorenwoningen is interessant voor de themagroep Ouderen, misschien apart uitlichten?
[[person:Gijs]]
====
Kleine check vanuit privacy (FG-team gemeente): in les 'Schuld bij de zorgverzekeraar' staat een BSN ([[bsn]]). Ik heb de les offline gezet. Auteur: graag aanpassen en opnieuw indienen. Nooit BSN's in lessen, ook niet 'even tijdelijk'. Vragen: [[email:privacy.sociaaldomein@denhaag.nl]]
====
Beste [[person:Nadia]] en [[person:Sjoerd]], fijne casus over thuiszitten. Kunnen jullie de naam van de zoon weghalen ([[person:Devesh]])? Ook 'mw. [[person:Kalloe]]' staat er nog. Zet er anders 'moeder' en 'zoon' neer. Het thuiszittersoverleg als werkzaam element zou ik meer uitwerken, daar zijn ze in Escamp ook mee bezig. Hartelijke groet, [[person:Lotte]] (facilitator)
====
Reviewer 2: eens met reviewer 1. Nog één ding: in 'Aanpak' staat de datum van de aangifte (di [[date:9 januari]]). Dat is in combinatie met 'Stationsbuurt' en 'kamers' best herkenbaar. Maak er 'in januari' van.
— [[person:Bram]]
====
Status concept: ✔ inhoud akkoord ✖ privacy
- naam cliënt in titel: 'Het verhaal van [[person:Kwame]]'
- naam pastor ([[person:Boateng]])
- 'Ghanese kerk in Laak' is misschien ok, even overleggen
Door: [[person:S. Hoekstra]] – [[date:20/02]]
====
Reactie op de review: ik snap het, maar als ik overal 'mevrouw' en 'meneer' schrijf, is het verhaal niet meer te volgen met drie familieleden. Mag ik verzonnen namen gebruiken in plaats van [[person:Senait]] en haar broer? — [[person:Merel]]
Antwoord redactie: ja, graag, en zet er dan '(naam gefingeerd)' achter.
====
Opmerking bij 'Samen rond de tafel': het plan en de Eigen Kracht-conferentie zijn erg goed beschreven. Maar de familienaam [[person:Martina]] en de voornamen van moeder en zoon staan er nog in, plus de datum ([[date:25-11]]). In Rustenburg kennen veel mensen dat gezin. Liever: 'een Antilliaans gezin met vier kinderen'. @[[person:Tamara]] wil jij dit aanpassen?
====
Review (kort): prima les, alleen het mailadres van de zus onderaan ([[email:ewa.wisniewska@wp.pl]]) moet weg. [[person:Marek]] wordt 2x bij naam genoemd. Poznań kan blijven denk ik.
[[person:JvdL]]
====
Vanuit de themagroep Bemoeizorg: we willen deze les graag gebruiken in de workshop van [[date:14 maart]]. Kan [[person:Ilse]] de adresgegevens ([[address:Hoefkade 271-hs]], [[postcode:2526 BL]]) en het OGGZ-nummer (OGGZ [[dossier:23-0884]]) eruit halen? Dan kunnen we hem printen.
====
Mijn opmerking bij 'Moeder en zoon onder één dak': 'Hindoestaanse pandit uit de buurt' maakt het heel specifiek, er zijn er niet veel in Transvaal. En de achternaam [[person:Mangroe]] staat er nog. Verder een mooie les over omgekeerde mantelzorg. [[person:Kees]]
====
REVIEW — bovenaan staat nog 'Regas [[dossier:2231-0412]]', dat is een registratienummer uit Regas. Haal het weg. Verder: de dochter ([[person:Elif]]) en buurvrouw [[person:Hatice]] bij naam. Graag 'dochter' en 'buurvrouw'. Goede tip over de Whatsapp-groep met wijkverpleging, die nemen we mee.
====
Reviewer: [[person:Fleur]] ([[person:Fleur van Dam]], Wmo-adviseur)
Deze les mist 'Wat niet werkte'. Juist dat deel lezen collega's het liefst. Privacy: de geboortedatum van de overleden partner ([[date:14-08-1941]]) eruit. Het bedrag van het pensioen mag blijven.
====
Even snel: in 'Vader met drie banen' staat onderaan de handtekening van de auteur met privénummer [[phone:+31 6 2198 4410]]. Is dat de bedoeling? Zakelijk nummer is beter, of alleen je mail.
====
Goedgekeurd na aanpassing (versie 3). Oude versie met namen ([[person:Abdelkader]], de imam [[person:Si Mohamed]]) is uit het archief verwijderd op [[date:23 april]]. — redactie
====
Commentaar op concept van SWT Ypenburg: ik vind 'eindexamen gehaald ;)' leuk, maar samen met 'MS' en 'vader uit beeld' is [[person:Luuk]] herkenbaar voor zijn school. Alleen de leeftijd noemen? Groeten, [[person:Anouk]]
====
Redactieoverleg, vrijdag: 4 lessen teruggestuurd. Redenen: namen (3x), een adres ([[address:Stuwstraat 40 A]]), een e-mailadres van een collega-casusregisseur ([[email:j.fortes@swt-escamp.nl]]). Collega-namen mogen blijven als het de auteur is, anders niet. Volgende redactieoverleg [[date:vr 1 maart]].
====
Tip voor de schrijver van 'Meneer [[person:Hoop]]': de achternaam staat er nog in, en dat is een opvallende naam. Je grap aan het eind ('er is nog hoop') kan blijven als je de naam weghaalt, dan is het juist leuk. Kleinzoon [[person:Stijn]] ook weghalen. [[person:Bart]]
====
Reviewopmerking bij les 'Pools gezin': het adres ([[address:Jan Blankenstraat 45-II]]) is verwijderd door mij. De voornaam van de vader heb ik laten staan omdat ik twijfelde – [[person:Tomasz]] – wat vinden jullie? Volgens mij moet die ook weg. En het telefoonnummer van [[person:Marloes]] onderaan ([[phone:06-41 88 20 73]]) is haar werknummer, mag dat?
---
Antwoord [[person:Marloes]]: ja dat is mijn werknummer, maar haal het toch maar weg, ik krijg er al telefoontjes op van mensen buiten de pilot. Mailen kan via [[email:marloes.vandervelde@swtlaak.nl]].
====
Review les 'Postbode': mooi voorbeeld van buurtnetwerk. Let op: het nummer van de dochter in België ([[phone:0031 6 38 41 27 09]]) staat er nog, en haar naam. Ook de postbode bij naam ([[person:Henk]]), dat is in Mariahoeve echt herkenbaar. Verder: 'kapper' en 'winkelier' prima.
"""
TEXTS += [t.strip("\n") for t in RAW_REVIEWS.split("\n====\n")]

# ---------------------------------------------------------------- discussiedraadjes / reacties
RAW_DRAAD = """
Re: Zorgmijders en de huisarts
Herkenbaar! Wij hadden precies zo'n man in Laak, dhr. [[person:Ramdin]], die weigerde naar de huisarts. Uiteindelijk kwam de POH-GGZ mee op huisbezoek, dat mocht van de praktijk als uitzondering. Misschien iets om te vragen bij jullie huisarts? Groet, [[person:Sabine]]
====
@[[person:Wendy]] hoe hebben jullie dat gedaan met de dochter op afstand? Wij hebben een vergelijkbare situatie, zoon woont in Spanje en wil 'alles weten'. Mevrouw wil dat juist niet. Toestemming is dan lastig.
---
Reactie van [[person:Wendy]]: we hebben mw. zelf laten bepalen wat de dochter mocht weten, en dat op papier gezet. Dochter kreeg één keer per maand een update per mail. Werkte goed, maar het kost tijd. Als je wilt bel me even: [[phone:070-752 41 19]] (di/do).
====
Vraag aan iedereen: hoe gaan jullie om met klanten die alleen via hun kinderen willen communiceren? Bij ons zegt mw. [[person:El Amrani]] letterlijk 'praat maar met [[person:Samira]]'. [[person:Samira]] is 14. 🙈
====
Antwoord op [[person:Rachid]]:
Wij gebruiken de tolkentelefoon (TVcN) en zeggen vooraf dat we kinderen niet laten tolken, 'dat is onze regel, niet uw fout'. Helpt bijna altijd. Zie ook de les van [[person:Meryem]] over de klantmanager.
====
Goed punt van [[person:Bram]] tijdens de workshop. Aanvulling vanuit Escamp: het Servicepunt XL heeft sinds kort een spreekuur in het Pools en Bulgaars op dinsdagochtend. Vragen? Mail [[person:Katarzyna]]: [[email:k.zielinska@servicepuntxl-escamp.nl]]
====
ik heb deze week 3x dezelfde situatie gehad: mensen die uit de schuldhulp worden gegooid omdat ze één afspraak missen. 1 ervan, mw [[person:de graaf]] uit Morgenstond, had een migraineaanval. Zijn er teams die daar afspraken over hebben met de Kredietbank?

@[[person:Tamara]] ja! Wij hebben sinds [[date:1 oktober]] een afspraak met de GKB: bij een gemiste afspraak belt de schuldhulpverlener eerst het SWT voordat het traject stopt. Contactpersoon daar is [[person:Hans Dekker]]. Kan je doorverbinden als je wilt.

Mooie discussie. Kleine reminder van de redactie: namen van cliënten horen hier niet, ook niet 'even snel'. In het bericht hierboven staat er een (mw [[person:de graaf]]). Wil de schrijver dat aanpassen? 🙏
====
Dit gaat over bemoeizorg maar ook over wonen. In Moerwijk hebben we meneer [[person:Kroon]] gehad (ja, ik weet het, geen namen, sorry) die...
Nee, opnieuw: een man van 70 in Moerwijk die al jaren zijn post niet opende. Uiteindelijk was de woningcorporatie de sleutel: de huismeester kende hem.
====
Reactie op draadje 'Eergerelateerd geweld': ik werk sinds 2016 als aandachtsfunctionaris en het belangrijkste is: je hoeft het niet alleen te doen. Het landelijk expertisecentrum (LEC EGG) is 24/7 bereikbaar voor consultatie. Onze collega [[person:Hamza]] kan daar ook veel over vertellen.
====
@[[person:Annemiek]] @[[person:Gijs]] willen jullie bij de volgende brainstorm iets vertellen over de samenwerking met Zebra? Ik hoor dat jullie in Duindorp een hele goede lijn hebben met het opbouwwerk.
====
Re: Re: Digitale post
Ha [[person:Monique]], bij ons (SWT Bezuidenhout) hebben we een lijstje gemaakt van alle instanties waar je papieren post kunt aanzetten. Belastingdienst, SVB, zorgverzekeraars, CAK. Ik zet het in de bibliotheek van het platform. Meneer [[person:Visser]] van de Bibliotheek heeft meegedacht. Groetjes [[person:Ingrid]]
====
Hoe doen jullie dat met de toestemmingsverklaring als iemand niet kan lezen? Cliënt van ons ([[person:Hoang]], Vietnamees) tekende wel, maar ik twijfel of ze wist waarvoor.
---
@[[person:Lisa]] wij lezen hem altijd hardop voor, met tolk, en laten de cliënt in eigen woorden vertellen wat erin staat. Dat zetten we dan in het dossier. Bij twijfel: nog een keer terugkomen.

Dank allemaal! Update: mw. [[person:Hoang]] heeft het nog een keer uitgelegd gekregen met een Vietnamese tolk. Ze wilde toch niet dat de huisarts alles kreeg. Goed dat we het gevraagd hebben.
====
Vraag over Housing First: hebben andere teams ervaring met de Haagse pilot? Wij hebben een jongen ([[person:Jordy]], 24) die er perfect voor zou zijn, maar we horen dat de wachtlijst dicht is. Tel. [[phone:06-55 10 29 38]] als iemand me wil bellen ([[person:Danny]], SWT Schilderswijk).

Reactie [[person:Kees]]: wachtlijst is niet dicht, maar je moet aanmelden via het Centraal Coördinatiepunt. Doorlooptijd nu ongeveer 4 maanden. Aanmeldnummer voor onze jongen was [[dossier:CCP-24-0673]] als referentie, zo zien jullie hoe zo'n nummer eruitziet 😉
---
^ [[person:Kees]], dat nummer moet eruit (privacy). Maar dank voor de info!
====
Even off-topic: wie gaat er mee naar de expertmeeting op [[date:18 april]]? Ik wil graag samen reizen vanuit Ypenburg. [[person:Sophie]] ([[phone:06-28 11 94 03]])

Ik! Vertrek om 8.45 bij het wijkcentrum. App me even: [[phone:0612093847]]. [[person:Noor]]
====
Reactie op de stelling 'Ouderen zijn eenzaam omdat er geen aanbod is':
Oneens. Er is heel veel aanbod. Het probleem is dat mensen als meneer [[person:Bakker]] uit mijn wijk (Vruchtenbuurt) niet 'naar een activiteit' willen. Hij wil met iemand naar de voetbal. Aanbod moet persoonlijk.

Eens met [[person:Hanneke]]. Wij vragen bij elk huisbezoek: wat deed u vroeger op zaterdag? Levert vaak meer op dan het folderrek.
====
Weet iemand of het Odensehuis ook mensen zonder diagnose aanneemt? Mw. [[person:Sterk]] (82, [[address:Schimmelweg 47]], [[postcode:2524 TB]]) weigert een geheugentest, maar haar dochter ziet veel achteruitgang.
---
@[[person:Merel]] ja, het Odensehuis is vrij toegankelijk, geen indicatie of diagnose nodig. Bel even met [[person:Rina]], coördinator: [[phone:(070) 362 00 15]].

Goeie tip [[person:Merel]]. Wij werken in Mariahoeve ook met 'geheugenkoffie' in de bieb, laagdrempelig. Info bij [[person:Tjitske]] ([[email:t.bloem@florence.nl]]).
====
Draad: Jonge mantelzorgers
Bij ons op school in Laak zijn er minstens 5 kinderen die voor een ouder zorgen. Eén meisje, [[person:Esra]], haalt elke dag haar broertje met een beperking op. Ze is 12. Wie heeft ervaring met het steunpunt voor jonge mantelzorgers?

@[[person:Noor]] het steunpunt Jonge Mantelzorgers van Mantelzorg Den Haag doet groepjes per leeftijd. Ik heb [[person:Esra]] er niet heen gestuurd maar haar moeder. Dat werkte beter: de moeder gaf 'toestemming' om kind te zijn.
====
Hoi allen, nieuw in de pilot: [[person:Ahmed Bouali]], Wmo-adviseur SWT Laak. Ik ben vooral geïnteresseerd in het thema ouderen en mantelzorg. Ik ben bereikbaar via [[email:a.bouali@denhaag.nl]] of [[phone:+31 70 353 8812]].
---
Welkom [[person:Ahmed]]! Ken je [[person:Jolanda]] al? Zij heeft een les geschreven over NAH en mantelzorg, zit ook in Laak.
====
Re: werkt 'Signs of Safety' bij volwassenen?
We hebben het getest bij een echtpaar waar sprake was van wederzijds geweld (mw. en dhr. [[person:Doğan]], sorry, wordt aangepast). De driekolommen-vraag (zorgen – wat gaat goed – wat moet er gebeuren) werkte goed, ook zonder kinderen.

[[person:Jeroen]] van de redactie: bericht hierboven is aangepast, namen verwijderd. Let op, ook bij 'sorry, wordt aangepast' blijft het in de notificatiemail staan die iedereen krijgt!
====
Vraag aan de schuldhulp-mensen: is het normaal dat een bewindvoerder 3 maanden niet reageert? Mijn cliënt ([[person:T. Kowalski]]) zit zonder leefgeld. Het gaat om een bewindvoeringskantoor in Rijswijk, contactpersoon mr. [[person:Van der Heijden]].

@[[person:Bas]] nee, niet normaal. Je kunt een klacht indienen bij de kantonrechter. Wij hebben dat een keer gedaan voor mw. [[person:Osei]], binnen 2 weken reactie. Zaaknummer van de rechtbank moet je dan wel hebben (die staat op de beschikking, bijv. [[dossier:C/09/612345 / BM RK 22-4471]]).
====
Fijn om te lezen hoe jullie het in Transvaal doen. Wij hebben in Rustenburg een bijna identieke casus: vrouw van 50, Surinaams-Javaans, [[person:Sarmo]] heet ze. Zoon van 25 met schizofrenie, zij doet alles. Hebben jullie nog tips voor respijt?
====
👍 voor de les van [[person:Priya]]. Ik ga hem gebruiken in mijn teamoverleg op dinsdag.
====
Klein verzoek: wie heeft het telefoonnummer van de aandachtsfunctionaris van Florence? Ik heb alleen [[person:Carla]] haar oude nummer, [[phone:06 20 38 47 56]], maar die werkt er niet meer.
---
@[[person:Nienke]] ik stuur het je via de DM, niet in het openbare draadje 😉
====
Discussie 'Bemoeizorg: hoe lang blijf je aanbellen?'
Voor mij is de grens niet een aantal keer maar een gevoel. Ik ben bij meneer [[person:P.]]... nee. Bij een meneer in Moerwijk ben ik 23 keer geweest. De 24e keer deed hij open. Nu drinken we elke week koffie.

Reactie [[person:Sjoerd]]: die 23 keer, kun je dat registreren? Bij ons telt alleen 'contact', en een dichte deur is geen contact volgens ons systeem. Zo lijkt het alsof we niks doen.

Herkenbaar [[person:Sjoerd]]. Wij registreren 'pogingen' als aparte activiteit in Regas, onder het cliëntnummer (bijv. [[dossier:100.442.19]]). Dan zie je het wel terug.
====
vraagje: is er iemand die contact heeft met de Eritrese kerk in Den Haag? ik heb een cliënt (mw [[person:tekle]]) die geen hulp wil van 'de gemeente' maar wel van de kerk. [[person:Yara]]
---
@[[person:Yara]] ja, via [[person:Yonas]] van Vluchtelingenwerk ([[phone:06 1902 4475]]). De rest stuur ik je via de mail.
====
Reactie op 'Gebruiken jullie de ZRM?':
Wij wel, maar alleen als gespreksinstrument, niet als meetlat. Voorbeeld: bij [[person:Gerrit]] (mijn cliënt, 66) scoorde 'sociaal netwerk' een 1. Toen hij de score zag, zei hij: 'dat klopt, ik heb alleen mijn hond'. Het gesprek daarna was goud.

Sorry voor de naam hierboven, ben nieuw op het platform. Kan een moderator het aanpassen? [[person:Femke]]

Moderator: aangepast. Geen probleem [[person:Femke]], welkom!
"""
TEXTS += [t.strip("\n") for t in RAW_DRAAD.split("\n====\n")]

# ---------------------------------------------------------------- verslagen van bijeenkomsten
RAW_VERSLAG = """
Verslag kick-off pilot 'Samen werken in het sociale domein'
Datum: [[date:woensdag 22 november 2023]], 13.30–17.00 uur, Atrium stadhuis
Aanwezig: alle 24 SWT's, ca. 190 deelnemers; facilitatie [[person:Wouter Smulders]] (Crossover) en [[person:Marieke Ploeg]] (CAOP); opening door de wethouder.
1. Opening: de wethouder benadrukte dat de teams 'de ogen en oren van de stad' zijn.
2. Stemming thema's: bemoeizorg (41%), huiselijk geweld (23%), ouderen (21%), jeugd 18-/18+ (15%). Schulden en LVB worden dwarsdoorsnijdend meegenomen.
3. Pilotgroep: 20 deelnemers gekozen, lijst volgt per mail.
Actie: [[person:Marieke]] stuurt de lijst vóór [[date:1 december]].
====
Aanvulling op het verslag van de kick-off: bij punt 2 werd tijdens de pauze een casus besproken met de naam van een cliënt erin (mw. [[person:Aydın]], [[address:Delftselaan 62]]). Die passage is uit het verslag gehaald. Mocht je de eerste versie van [[date:23-11-2023]] hebben gedownload, verwijder die dan.
— [[person:Lotte Vermeulen]], facilitator
====
Pilotgroep (definitief, [[date:4 december 2023]])
Bemoeizorg: [[person:Ilse Kramer]] (wijkverpleegkundige, SWT Schilderswijk), [[person:Danny Rozendaal]] (casusregisseur, SWT Schilderswijk), [[person:Sjoerd Nijland]] (maatschappelijk werker, SWT Laak), [[person:Meryem Aksoy]] (casusregisseur, SWT Spoorwijk), [[person:Kees Brouwer]] (MEE-consulent).
Huiselijk geweld: [[person:Priya Ramsaran]], [[person:Hamza Benali]] (jongerenwerker), [[person:Tamara Isenia]], [[person:Yara Haddad]], [[person:Nadia Chaouch]].
Ouderen: [[person:Wendy Lammers]] (ouderenconsulent), [[person:Hanneke Schouten]], [[person:Monique van Leeuwen]], [[person:Merel Blom]], [[person:Gijs Wagenaar]].
Jeugd 18-/18+: [[person:Bram Hendriks]], [[person:Noor Said]], [[person:Sophie Lau]], [[person:Femke Rijnders]], [[person:Rachid Amrani]].
====
Verslag startbijeenkomst pilotgroep – [[date:dinsdag 6 februari 2024]], wijkcentrum De Henk (Transvaal)
Aanwezig: 18 van de 20. Afwezig met bericht: [[person:Yara]], [[person:Gijs]].
Programma: kennismaken per thema; uitleg platform (lessen delen, reviewen, draadjes); afspraken privacy.
Privacy-afspraken: geen namen, adressen, geboortedata, BSN's, dossiernummers; toestemmingsverklaring vastleggen per les; twijfel = vragen aan de redactie ([[person:Jeroen]], [[person:Ellen]]).
Vervolg: per thema een workshop in maart.
Volgende plenaire bijeenkomst: expertmeeting, [[date:donderdag 18 april]].
====
Verslag workshop Bemoeizorg ([[date:14-03-2024]])
Aanwezig: [[person:Ilse]], [[person:Danny]], [[person:Sjoerd]], [[person:Meryem]], [[person:Kees]]; gast: dr. [[person:R. Haverkamp]], psychiater Parnassia.
Stelling 1: 'Je mag iemand niet helpen die niet geholpen wil worden.' → levendige discussie. [[person:Haverkamp]]: 'bemoeizorg is geen dwang, het is aanwezig blijven.'
Casus [[person:Ilse]] (vrouw in de portiek) besproken. NB: tijdens de workshop werd het adres genoemd, dat nemen we niet op.
Werkzame elementen (verzameld): vaste gezichten, voorspelbaarheid, praktische hulp als ingang, samenwerking met de huismeester.
Actie: [[person:Danny]] maakt een one-pager 'eerste 5 bezoeken'. Deadline [[date:28/3]].
====
Workshop Huiselijk geweld – verslag
Datum: [[date:ma 18 maart]], 9.30-12.00, Servicepunt XL Laak
Gastspreker: [[person:Anja Verhoef]], gedragswetenschapper Veilig Thuis.
Belangrijkste punten:
- Meldcode stap 3 (consultatie) wordt te weinig gebruikt door SWT's.
- Ouderenmishandeling en financiële uitbuiting vallen ook onder HG; in de casus van [[person:Priya]] zien we dat de bank vaak het eerste signaal geeft.
- Eergerelateerd geweld: consultatie LEC EGG.
Casus uit Escamp besproken (mw. [[person:D.]], 81, kleinzoon). Lessen worden op het platform gezet.
Actie: [[person:Tamara]] en [[person:Nadia]] maken een overzicht van aandachtsfunctionarissen per team, met telefoonnummers (niet op het openbare deel!).
====
Verslag workshop Ouderen, [[date:20 maart 2024]]
Locatie: Wijkcentrum Mariahoeve. Aanwezig: themagroep + 2 gasten van het Expertisecentrum Dementie.
Thema's: eenzaamheid; digitale uitsluiting; 'omgekeerde mantelzorg'.
[[person:Monique]] presenteerde haar les over digitale post. Afspraak: lijst papieren post (van [[person:Ingrid]], SWT Bezuidenhout) wordt gedeeld.
Discussie: Is eenzaamheid een probleem van het SWT? [[person:Wendy]]: 'Ja, als het leidt tot verwaarlozing.' [[person:Merel]]: 'Nee, dat is welzijn.' Geen consensus.
NB vanuit de notulist: mw. [[person:R.]] uit de casus van [[person:Wendy]] heeft inmiddels een maatje, fijn nieuws.
====
Workshop Jeugd 18-/18+ — aantekeningen [[person:Sophie]]
Wanneer: [[date:woe 27-3]]
Wie: [[person:Bram]], [[person:Noor]], [[person:Femke]], [[person:Rachid]], ik; gast [[person:Joost Peeters]] (Jeugdbescherming west)
- Probleem: bij 18 stopt alles tegelijk (jeugdhulp, zorgverzekering gratis → betalen, toeslagen, studiefinanciering).
- Idee: 'toekomsttafel' bij 17,5. [[person:Bram]]: in Escamp al gedaan met 3 jongeren.
- Casus [[person:Jayden]] (les Moerwijk-Zuid) als voorbeeld. → naam eruit in de les!
- [[person:Joost]]: voogdij stopt op de 18e verjaardag, dus daarvoor overdracht.
Vervolg: [[person:Noor]] maakt een checklist. Klaar voor de expertmeeting.
====
Verslag brainstorm 'Wat hebben de thema's met elkaar gemeen?'
[[date:Donderdag 4 april]], online (Teams)
Opkomst 15.
Rode draden:
1. Een vast gezicht (alle thema's)
2. Taal en tolken (ouderen, HG, bemoeizorg)
3. Overgangen: 18 worden, ontslag uit ziekenhuis/detentie, dood van partner
4. Geld als ingang
[[person:Kees]] stelde voor een gezamenlijke les te schrijven over 'overgangsmomenten'. [[person:Meryem]] en [[person:Bram]] doen mee.
Chat (gekopieerd): '[[person:Hodan]] uit mijn casus had hier ook last van' – bericht verwijderd door moderator.
====
Expertmeeting pilot SWT — verslag
Datum en plaats: [[date:18 april 2024]], Haagse Hogeschool, Johanna Westerdijkplein
Experts: prof. [[person:M. de Ruijter]] (sociaal werk), [[person:Hilde Vos]] (ervaringsdeskundige bemoeizorg), [[person:Jan Willem Tiemens]] (GGD Haaglanden), [[person:Saïda Ouahabi]] (Veilig Thuis).
Opening: [[person:Wouter Smulders]].
Kernboodschap [[person:De Ruijter]]: 'Teamoverstijgend leren vraagt om lessen die generaliseerbaar zijn, zonder dat het individu zichtbaar wordt.'
[[person:Vos]] vertelde over haar eigen ervaring met bemoeizorg: 'De hulpverlener die bleef, is de reden dat ik hier sta.'
Per thema presentaties door de pilotgroep (zie bijlagen).
====
Vervolg verslag expertmeeting (middag)
Ronde tafel Ouderen: [[person:Hanneke]] en [[person:Gijs]] presenteerden de 'verhuiscasus' (zussen, 86 en 83). Opmerking van [[person:Tiemens]]: 'GGD ziet vooral in Zuidwest veel ouderen met ondervoeding.'
Ronde tafel HG: [[person:Ouahabi]] adviseerde om financiële uitbuiting standaard te bevragen bij 75+.
Ronde tafel Bemoeizorg: vraag uit de zaal (meneer uit Duindorp? – niet genotuleerd).
Ronde tafel Jeugd: checklist 18-/18+ van [[person:Noor]] ontvangen met applaus.
Borrel tot 17.30.
====
Actielijst na expertmeeting (stand [[date:25-04-2024]])
| wie | wat | wanneer |
| [[person:Noor Said]] | checklist 18-/18+ naar alle SWT's | [[date:10 mei]] |
| [[person:Danny Rozendaal]] | one-pager bemoeizorg eerste 5 bezoeken | klaar |
| [[person:Priya]] + [[person:Saïda]] | factsheet financiële uitbuiting ouderen | [[date:31-05]] |
| redactie | alle lessen privacy-check vóór slot | doorlopend |
| [[person:Marieke]] | zaal slotbijeenkomst reserveren | [[date:1 mei]] |
====
Notulen overleg redactie & facilitatoren, [[date:dinsdag 7 mei]]
Aanwezig: [[person:Jeroen]], [[person:Ellen]], [[person:Lotte]], [[person:Marieke]], [[person:Wouter]].
1. Stand lessen: 37 ingediend, 24 gepubliceerd, 9 terug naar auteur (privacy), 4 ingetrokken.
2. Meest voorkomende privacyfouten: voornamen (ook van familie), straat + huisnummer, datum van een incident, telefoonnummers in handtekeningen.
3. Voorstel: automatische controle bij het opslaan. [[person:Ellen]] vraagt offerte op.
4. Incident: één les bevatte een IBAN ([[iban]]) in de bijlage. Gemeld bij de FG (meldingsnummer [[dossier:DL-2024-0117]]), geen datalek want niet gepubliceerd.
====
Verslag slotbijeenkomst pilot – [[date:donderdag 20 juni 2024]]
Locatie: Fokker Terminal. Aanwezig: ca. 120 medewerkers SWT's, partners en de wethouder.
Opbrengst (in cijfers): 31 gepubliceerde lessen, 212 reacties in draadjes, 4 workshops, 1 expertmeeting.
Prijs 'les van de pilot': 'Begin bij de hobby' van SWT Duindorp ([[person:Ruud Meijer]], welzijnscoach).
Toespraak wethouder: het platform blijft na de pilot bestaan en wordt opengesteld voor alle SWT's.
Dankwoord aan [[person:Marieke Ploeg]] en [[person:Wouter Smulders]].
====
Aantekeningen intervisie themagroep Huiselijk geweld ([[date:12 april]])
casus [[person:Yara]]: vrouw (39) met Syrische achtergrond, man controleert telefoon en geld. Mw. wil niet weg. Adres bekend bij politie (Laakkade?). 
→ advies groep: veiligheidsplan samen met mw., code-woord met de buurvrouw.
casus [[person:Tamara]]: moeder met volwassen zoon die agressief is (zoon [[person:Jurgen]], 27).
→ Veilig Thuis consulteren; kijken naar GGZ van zoon.
NB: deze aantekeningen zijn intern, niet op het platform zetten (gebeurde toch, zie ticket [[dossier:#48817]]).
====
Verslag online sessie 'Werken met tolken' (themaoverstijgend)
[[date:Vrijdag 15 maart]], 10.00 – 11.00
Spreker: [[person:Gulnara Abdullayeva]], tolk Russisch/Azerbeidzjaans, en [[person:Hans]] van de tolkentelefoon.
- Kinderen niet laten tolken (nogmaals!).
- Professionele tolk wordt vergoed voor SWT-gesprekken; aanvragen met het projectnummer van de gemeente.
- Tip: korte zinnen, geen jargon als 'Wmo' of 'indicatie'.
Vraag uit de chat van [[person:Ahmed]]: mag een familielid tolken als cliënt dat wil? Antwoord: ja, maar niet bij HG of geld.
====
Verslag themabijeenkomst Schulden (extra, op verzoek)
[[date:9 april]], Servicepunt XL Moerwijk
Aanwezig: 14 (schuldhulpverleners, casusregisseurs, 1 bewindvoerder)
Ingebracht door [[person:Tamara]]: casus gemiste afspraken Kredietbank (zie draadje). [[person:Hans Dekker]] (GKB) was aanwezig en legde de nieuwe werkwijze uit.
Besloten: gemiste afspraak → eerst bellen met SWT.
NB: in de presentatie van de GKB stond een voorbeeldbrief met een echt dossiernummer ([[dossier:GKB-3390112]]) en de naam [[person:P. Ramkisoensing]]. Presentatie is niet gedeeld.
====
Kick-off: uitkomst van de 'post-its' per thema (transcriptie)
Bemoeizorg: 'meer tijd', 'huisarts bereikbaar', 'casus mw. [[person:Vermaat]] Segbroek!!', 'samen met corporatie'
Huiselijk geweld: 'meldcode snappen', 'ouderen vergeten', 'tolken'
Ouderen: 'eenzaamheid = niet alleen welzijn', 'digitaal', 'dementie en migratie'
Jeugd: '18 jaar = cliff', 'school betrekken', 'toekomsttafel'
(post-it met naam is geanonimiseerd in de versie op het platform)
====
Verslag intervisie SWT Mariahoeve – als voorbeeld gedeeld in de themagroep Ouderen
Datum: [[date:30 januari 2024]]
Casus ingebracht door de casemanager dementie. Man (88) met beginnende dementie, vrouw overleden in december. Zoon ([[person:Rob]]) wil dat vader naar een verpleeghuis, vader wil thuis blijven.
Vragen uit de groep: Wie heeft de regie? Is er een levenstestament? Wat wil vader écht?
Advies: gesprek met vader alleen, daarna met zoon; 'Positieve Gezondheid'-spinnenweb als gesprek.
====
Agenda & verslag themagroep Bemoeizorg, [[date:2 mei 2024]] (Teams)
1. Mededelingen: [[person:Kees]] met verlof t/m [[date:20 mei]].
2. One-pager 'eerste 5 bezoeken' ([[person:Danny]]): akkoord, met aanvulling 'neem iets mee' (koffie, krant).
3. Casus nieuw: dhr. uit Bouwlust, 52, hoarding. Ingebracht door [[person:Sjoerd]].
4. Rondvraag: [[person:Meryem]] vraagt of er een contactpersoon bij HaagWonen is voor bemoeizorg. [[person:Ilse]]: ja, [[person:Ron de Haas]] ([[email:r.dehaas@haagwonen.nl]]).
====
Verslag intern teamoverleg SWT Transvaal (gedeeld als inspiratie, geanonimiseerd? NEE – zie opmerking)
Bespreking: mw. [[person:Ait Taleb]], [[address:Hobbemastraat 144]], [[postcode:2526 JV]], huurachterstand + verdenking HG. Zoon [[person:Bilal]] (19) heeft schulden. Ingebracht door [[person:Rachid]].
Afspraak: [[person:Rachid]] belt Veilig Thuis, [[person:Meryem]] regelt de schuldhulp.
[Opmerking moderator [[date:16-5-2024]]: dit verslag is teruggetrokken, bevatte persoonsgegevens.]
"""
TEXTS += [t.strip("\n") for t in RAW_VERSLAG.split("\n====\n")]

# ---------------------------------------------------------------- themapagina's
RAW_THEMA = """
Themapagina: Bemoeizorg
Bemoeizorg is zorg voor mensen die zelf geen hulp vragen maar die wel nodig hebben: verwarde personen, mensen in vervuilde woningen, zorgmijders. In Den Haag werken de SWT's hierbij samen met het Meldpunt Zorg en Overlast, Parnassia (bemoeizorgteam), de GGD en de corporaties.
Wat weten we uit de lessen? Een vast gezicht werkt; voorspelbaarheid werkt; praktische hulp is vaak de ingang.
Trekker van dit thema: [[person:Ilse Kramer]], wijkverpleegkundige SWT Schilderswijk ([[email:i.kramer@swtschilderswijk.nl]]).
Lessen: 'Voordeur dicht, achterdeur open', 'Begin bij de hobby', 'De vrouw in de portiek'.
====
Themapagina Huiselijk geweld
Wat is het? Alle vormen van geweld door iemand uit de huiselijke kring: partner, ex, kinderen, ouders, mantelzorgers. Ook ouderenmishandeling, financiële uitbuiting en eergerelateerd geweld.
Route: meldcode (5 stappen), consultatie Veilig Thuis, aandachtsfunctionaris in elk team.
Contact themagroep: [[person:Priya Ramsaran]] (Bouwlust/Vrederust) en [[person:Tamara Isenia]] (Rustenburg-Oostbroek).
Let op: op deze pagina stond tot [[date:10 april]] ook het telefoonnummer van een cliënte als 'voorbeeld' ([[phone:06 - 44 92 17 38]]). Dat is verwijderd en gemeld.
====
THEMA OUDEREN
Veel SWT's zien ouderen met een stapeling: dementie, eenzaamheid, ondervoeding, digitale uitsluiting, geldzorgen na het overlijden van een partner. In Mariahoeve werkt het team met een casemanager dementie en een ouderenconsulent; in Zuidwest met Xtra en Florence.
Werkende aanpakken: Odensehuis, maatjes via Humanitas, Buurtcirkel, 'geheugenkoffie', ouderenbus.
Vragen? [[person:Wendy Lammers]], [[phone:070-752 41 19]], of [[person:Hanneke Schouten]].
Recentste les: 'Twee zussen verhuizen samen' ([[date:3 juni 2024]]).
====
Themapagina Jeugd 18-/18+
Waarom dit thema? Op de 18e verjaardag stopt de jeugdhulp, wordt de zorgverzekering betaald, stopt de kinderbijslag en beginnen toeslagen. Jongeren die kwetsbaar zijn, vallen dan vaak tussen wal en schip.
Wat we leerden: plan vóór 17,5; 'toekomsttafel' met jongere, ouders, jeugdconsulent en SWT; één vast contactpersoon.
Downloads: checklist 18-/18+ (versie [[person:Noor Said]], [[date:10-05-2024]]).
In de lessen: de casus van een jongen uit Moerwijk-Zuid, een meisje uit de Schilderswijk, een jongen na Kessler in Laak.
====
Over dit platform
Het kennisplatform is gemaakt voor de pilot 'Samen werken in het sociale domein' (november 2023 – juni 2024). Hier delen medewerkers van de sociale wijkzorgteams lessen uit hun werk per thema. Alle lessen zijn geanonimiseerd en er is toestemming van de cliënt.
Beheer: gemeente Den Haag, afdeling Zorg & Welzijn, met ondersteuning van CAOP en Crossover.
Technische vragen: [[person:Ellen Koopman]], [[email:e.koopman@denhaag.nl]], [[phone:070 353 27 64]].
====
Spelregels voor het schrijven van een les
1. Geen namen van cliënten, familie, buren of externe professionals.
2. Geen adressen, postcodes, geboortedata, telefoonnummers, e-mailadressen, BSN's, rekeningnummers of dossiernummers.
3. Wijk, leeftijd, organisatie en rol mag wél: die maken de les bruikbaar.
4. Twijfel? Vraag het de redactie.
Voorbeeld van hoe het níet moet: 'Mw. [[person:J. Pietersen]] (geb. [[date:12-4-1950]]) van de [[address:Leyweg 204-B]] ([[postcode:2545 CH]]) belde op [[date:3 maart]].'
Hoe het wél moet: 'Een vrouw van in de zeventig uit Bouwlust belde in het voorjaar.'
====
Kennisbank – Werkzame elementen (verzameld uit 31 lessen)
1. Een vast gezicht (18 lessen)
2. Praktische hulp als ingang (14)
3. Eigen netwerk/gemeenschap betrekken: kerk, moskee, vereniging (11)
4. Professionele tolk, geen kinderen (8)
5. Niet oordelen (8)
6. Vroeg consulteren bij HG (6)
Samengesteld door [[person:Lotte Vermeulen]] en [[person:Jeroen Baars]], stand [[date:31 mei 2024]].
====
Themapagina Schulden (dwarsdoorsnijdend)
Geld speelt in bijna elke casus. Belangrijkste partners: GKB (Gemeentelijke Kredietbank), Sociaal Juridische Dienst, Schuldhulpmaatjes, Humanitas Thuisadministratie, bewindvoerders.
Vroegsignalering: corporaties, energieleveranciers en zorgverzekeraars melden betalingsachterstanden bij de gemeente.
Voorbeeld-aanmelding (gefingeerd, maar let op de vorm): cliëntnummer GKB [[dossier:2024-11873]], rekening [[iban]].
— Oeps: dit rekeningnummer bleek echt te bestaan (van een medewerker). Aangepast op [[date:2/5]]. [[person:Ellen]]
====
Thema LVB (dwarsdoorsnijdend)
Mensen met een licht verstandelijke beperking worden vaak niet herkend. Signalen: moeite met brieven, 'ja' zeggen op alles, schulden, misbruik door 'vrienden'.
Partners: MEE, Ipse de Bruggen, Middin, Philadelphia.
Tip van [[person:Kees Brouwer]] (MEE-consulent): gebruik de SCIL-screener als je twijfelt.
Lessen met LVB: 'Vriend met de pinpas', 'Ouders met LVB', 'De deurwaarder' (Schilderswijk).
====
Veelgestelde vragen
V: Mag ik de leeftijd van een cliënt noemen? A: Ja, maar niet in combinatie met een precieze geboortedatum.
V: Mag ik mijn eigen naam onder een les zetten? A: Ja, als auteur. Je werktelefoon liever niet.
V: Mag ik schrijven dat iemand in Duindorp woont? A: Ja, de wijk mag. Een straat niet.
V: Wat als ik per ongeluk iets deel? A: Meld het bij de redactie ([[email:redactie.swtplatform@denhaag.nl]]) en bij je teamleider.
V: Wie is de privacy officer? A: mr. drs. [[person:A. (Anita) Groenewegen]], FG sociaal domein.
====
Themapagina: Huisvesting (toegevoegd na de expertmeeting)
Dakloosheid, huisuitzetting, overbewoning, huisjesmelkers. In de lessen zien we: zonder adres geen uitkering en geen zorg.
Aanpakken: Housing First, postadres bij het Leger des Heils, urgentieaanvraag, afspraken met HaagWonen, Staedion en Vestia over 'vroeg erop af'.
Contact: [[person:Danny Rozendaal]], casusregisseur, [[email:d.rozendaal@swtschilderswijk.nl]].
Opmerking: de foto bij deze pagina (flat aan de [[address:Rijswijkseweg 350]]) wordt vervangen, de bewoners zijn herkenbaar.
====
Overzicht lessen per wijk (automatisch)
Schilderswijk (5) · Moerwijk (4) · Laak (4) · Transvaal (3) · Escamp (3) · Mariahoeve (2) · Duindorp (1) · Bouwlust (2) · Segbroek (1) · Scheveningen (1) · Ypenburg (1) · Spoorwijk (1) · Rustenburg-Oostbroek (1) · Waldeck (1) · Stationsbuurt (1)
Laatst bijgewerkt: [[date:21-06-2024]] door [[person:e.koopman]]
====
Themapagina Ouderen – contactpersonen per stadsdeel
{{wijk:Centrum}}: [[person:Merel Blom]] ([[phone:06-30 12 48 95]])
Escamp: [[person:Gijs Wagenaar]]
Haagse Hout: [[person:Monique van Leeuwen]] ([[email:monique.vanleeuwen@voorwelzijn.nl]])
Laak: [[person:Ahmed Bouali]]
Segbroek: [[person:Hanneke Schouten]]
Loosduinen/{{wijk:Leidschenveen-Ypenburg}}: vacature, tijdelijk [[person:Wendy]]
====
Uitgelicht: 'Overgangsmomenten' – een gezamenlijke les van drie thema's
Overgangen zijn kwetsbaar: 18 worden, uit detentie komen, ontslag uit ziekenhuis, het overlijden van een partner, een verhuizing. In al die momenten stoppen regelingen en veranderen contactpersonen.
Schrijvers: [[person:Kees Brouwer]], [[person:Meryem Aksoy]], [[person:Bram Hendriks]].
Voorbeelden uit de lessen: jongen die 18 werd (Moerwijk-Zuid), man na detentie (Spoorwijk), weduwe zonder nabestaandenpensioen (Laakkwartier).
Kernles: plan de overgang vóór de overgang.
====
Kalender pilot
[[date:22 nov]] – Kick-off (alle teams)
[[date:6 feb]] – Startbijeenkomst pilotgroep
[[date:14 mrt]] – Workshop Bemoeizorg
[[date:18 mrt]] – Workshop Huiselijk geweld
[[date:20 mrt]] – Workshop Ouderen
[[date:27 mrt]] – Workshop Jeugd 18-/18+
[[date:18 apr]] – Expertmeeting
[[date:20 jun]] – Slotbijeenkomst
Organisatie: [[person:Marieke Ploeg]] ([[email:m.ploeg@caop.nl]])
"""
TEXTS += [t.strip("\n") for t in RAW_THEMA.split("\n====\n")]

# ---------------------------------------------------------------- extra: ingeplakte gegevens, handtekeningen, logs
RAW_EXTRA = """
Concept-les 'Huurachterstand en rouw' (SWT Moerwijk)
[per ongeluk meegekopieerd uit het registratiesysteem:]
Cliënt: [[person:W.J. Bakker]] | geb. [[date:17-05-1949]] | BSN [[bsn]]
Adres: [[address:Vlierboomstraat 3 bis]], [[postcode:2564 JG]] Den Haag | tel. [[phone:070-3669041]]
Zaak: [[dossier:WMO-23-11873]]
Aanleiding: meneer verloor in de zomer zijn vrouw en betaalde daarna geen huur meer. Niet uit geldgebrek: zij deed altijd de administratie.
Les: bij rouw ook naar de praktische taken vragen.
====
Opmerking redactie bij bovenstaand concept: het blok met cliëntgegevens (naam, geboortedatum [[date:17-05-1949]], BSN, adres, telefoon, zaaknummer [[dossier:WMO-23-11873]]) is nooit zichtbaar geweest voor anderen, de les stond op 'concept'. Toch gemeld bij de FG onder nummer [[dossier:PRIV-2024-022]]. Auteur is geïnformeerd.
====
Handtekening onder een les (zo vaak gezien, graag níet doen):
--
Met vriendelijke groet,
[[person:Linda van der Meer]]
Casusregisseur | Sociaal Wijkzorgteam Laak
Werkdagen ma, di, do
M [[phone:+31 6 4123 9876]] | T [[phone:(070) 752 40 00]]
E [[email:linda.vandermeer@denhaag.nl]]
Privé (alleen spoed): [[address:Jan van der Heijdenstraat 51]], [[postcode:2525 EB]]
====
Les: 'Drie banken, één cliënt'
Mw. [[person:Oosterhout]] (Escamp, 62) had rekeningen bij drie banken en wist niet meer waar wat binnenkwam. Bij de intake op [[date:2024-01-15]] kwamen we dit tegen:
- betaalrekening [[iban]] (uitkering)
- spaarrekening [[iban]] (leeg)
- rekening [[iban]] (op naam van haar ex, nog steeds gemachtigd!)
Aanpak: Humanitas Thuisadministratie, één rekening overgehouden, machtiging ex ingetrokken op [[date:5.2.2024]].
Les: vraag altijd wie er nog meer gemachtigd is.
(Redactie: rekeningnummers verwijderd in de gepubliceerde versie.)
====
Toestemming vastgelegd
Les: 'Begin bij de hobby' (SWT Duindorp)
Cliënt heeft op [[date:16 januari 2024]] mondeling en schriftelijk toestemming gegeven voor het delen van de geanonimiseerde les.
Toestemmingsverklaring opgeslagen in dossier [[dossier:SWT-DD-2023-0187]].
Vastgelegd door: [[person:R. Meijer]], welzijnscoach.
Controle redactie: [[person:E. Koopman]], [[date:18-01-2024]].
====
Toestemmingsregistratie (export)
les_id | dossier | datum_toestemming | vastgelegd_door
les 14 | [[dossier:2023-04711]] | [[date:03-11-2023]] | [[person:P. Ramsaran]]
les 15 | [[dossier:2023-05290]] | [[date:29-11-2023]] | [[person:D. Rozendaal]]
les 19 | [[dossier:2024-00112]] | [[date:12-01-2024]] | [[person:I. Kramer]]
les 22 | [[dossier:SZW-883201]] | [[date:07-02-2024]] | [[person:M. Aksoy]]
Let op: dit exportbestand hoort niet in de openbare bibliotheek. Verplaatst naar de beheeromgeving.
====
Vraag in draadje 'Schulden': mijn cliënt ([[person:Zeynep Aydoğan]]) moet € 1.150 terugbetalen aan de gemeente. Ze wil in termijnen betalen. Ik heb haar rekeningnummer ([[iban]]) en BSN ([[bsn]]) al doorgegeven aan de afdeling Terugvordering maar hoor niets. Wie heeft een contactpersoon? [[person:Nadia]]

Reactie moderator: [[person:Nadia]], ik heb je bericht verborgen: er stonden een IBAN en een BSN in. Stuur dit soort gegevens nooit via het platform, gebruik Zivver. Contactpersoon Terugvordering is [[person:Erik Jonker]], [[phone:070 - 353 66 21]].
====
Incidentlog platform (uittreksel)
[[date:12-03-2024]] 09:14 – les 31 bevatte telefoonnummer cliënt ([[phone:06 19 84 27 33]]) → verborgen
[[date:12-03-2024]] 15:40 – reactie in draadje Ouderen met volledige naam ([[person:Johanna Hoogeveen-Kuipers]]) → aangepast
[[date:19-03-2024]] 11:02 – bijlage met adres ([[address:Van Ostadestraat 66-III]], [[postcode:2526 GX]]) → verwijderd
[[date:02-04-2024]] 16:55 – e-mailadres cliënt ([[email:kees.bakker58@ziggo.nl]]) in reactie → verborgen
====
Incidentlog (vervolg)
[[date:9 apr 2024]] – dossiernummer Veilig Thuis ([[dossier:VT-2024-1187]]) in concept-les → auteur gemaild
[[date:16 apr 2024]] – BSN ([[bsn]]) in bijlage workshop Ouderen → bijlage vervangen
[[date:23 apr 2024]] – foto van voordeur met huisnummer ([[address:Leyweg 204B]]) → verwijderd
[[date:7 mei 2024]] – IBAN in themapagina Schulden → aangepast
Behandeld door: [[person:Jeroen Baars]]
====
Hoi allemaal, even een praktische: wie kan mij helpen met een aanvraag bijzondere bijstand voor een wasmachine? Cliënt (mw. [[person:Hassan]], [[address:Marlotlaan 12-hs]]) heeft 4 kinderen en de machine is [[date:vrijdag 1 maart]] kapot gegaan. Ze heeft geen spaargeld. [[person:Yara]], SWT Laak, [[phone:06-27 44 81 90]]

Re: bijzondere bijstand wasmachine
@[[person:Yara]] aanvragen via het formulier op denhaag.nl, met offerte. Duurt ongeveer 8 weken. Tussentijds: Stichting Leergeld of het Haags Ouderen Fonds (als ze 65+ is, dus nee). Of de Voedselbank heeft soms een witgoedregeling. Succes! [[person:Gijs]]
====
Vraag aan de expertmeeting (ingestuurd via het formulier):
'In onze casus van [[date:31 januari]] (mw. [[person:Ferreira]], [[address:Trompstraat 230-A]], [[postcode:2518 BS]]) liep de samenwerking met de huisarts stroef. Hoe krijgen we huisartsen aan tafel zonder dat de cliënt het gevoel krijgt dat er over haar gepraat wordt?'
Ingestuurd door: [[person:Nienke Bos]] ([[email:n.bos@swtsegbroek.nl]])
====
Aanmelding workshop Huiselijk geweld – ontvangen formulieren (ter info voor de facilitator)
1. [[person:Priya Ramsaran]] – [[email:p.ramsaran@denhaag.nl]] – [[phone:06-21 33 48 70]]
2. [[person:Tamara Isenia]] – [[email:tamara.isenia@xtra.nl]] – [[phone:06 4471 0293]]
3. [[person:Hamza Benali]] – [[email:h.benali@stichtingmooi.nl]]
4. [[person:Nadia Chaouch]] – [[email:n.chaouch@denhaag.nl]] – dieetwens: halal
====
Les 'Energieschuld bij statushouders' (SWT Moerwijk)
Aanleiding: Syrisch gezin ([[person:Alkhalil]]), woning aan de [[address:De la Reyweg 88-1]], [[postcode:2571 EH]]. Jaarafrekening € 2.900 bijbetalen op [[date:3-3-'24]].
Aanpak: energiecoach + Vluchtelingenwerk + afspraak met de energieleverancier (klantnummer [[dossier:ENX-4412980]]).
Werkzaam: uitleg met een Arabische video; samen de meterstanden bijhouden.
Uitkomst: maandbedrag omlaag, regeling van 12 maanden.
Les: statushouders krijgen een woning maar geen uitleg over energie.
====
Review (kort) bij 'Energieschuld bij statushouders': familienaam, adres, postcode, klantnummer en de datum [[date:3-3-'24]] eruit. Rest prima. – [[person:Lotte]]
====
Slipje in een draadje over de Wmo:
'ik heb voor mw [[person:roos]] een scootmobiel aangevraagd op [[date:12/02/24]], nummer [[dossier:WMO-24-00981]], en het duurt nu al 10 weken. iemand ervaring met bezwaar? groet [[person:tjitske]]'
====
Les: 'De kapotte lift' (ouderen, Morgenstond)
Aanleiding: de lift in het complex aan de [[address:Melis Stokelaan 2210]] ([[postcode:2541 GN]]) was van [[date:10 november]] tot [[date:2 december]] kapot. Zeven ouderen op de 6e tot 9e verdieping konden niet naar buiten. Eén van hen, dhr. [[person:Mahabier]], miste een ziekenhuisafspraak.
Aanpak: opbouwwerker + huismeester + vrijwilligers voor boodschappen; ziekenhuisvervoer geregeld.
Les: een kapotte lift is een zorgprobleem, niet alleen een technisch probleem.
====
Notitie bij les 'De kapotte lift': Kan het adres eruit? Het is het enige hoge complex met die problemen in de buurt. En [[person:Mahabier]] moet 'een bewoner' worden. Groet, [[person:Merel]] ([[phone:06-30 12 48 95]])
====
Vanuit SWT Ypenburg: wij zoeken een collega die ervaring heeft met Bulgaarse gezinnen. Casus (kort): vader [[person:Ivan Petrov]], moeder [[person:Desislava]], 3 kinderen, [[address:Laan van Hoornwijck 44]], [[postcode:2289 DG]] Rijswijk (net over de grens). Contact: [[email:swt.ypenburg@denhaag.nl]] of [[phone:088 - 365 12 40]].
---
Re: Bulgaarse gezinnen
Ik! Ik spreek zelf Bulgaars. Bel maar: [[phone:+359 88 412 3456]] (mijn eigen nummer, ik ben deze week in Sofia) of vanaf [[date:maandag 22 april]] op kantoor. [[person:Desislava Georgieva]], MEE-consulent
(ps. toevallig dezelfde voornaam als de moeder haha)
====
Les: 'Zes maanden zonder inkomen'
Aanleiding: dhr. [[person:Abdi Farah]] (Somalisch, 44), kreeg op [[date:20-09-2023]] een brief dat zijn uitkering stopte wegens een 'onbekend verblijfadres'. Hij woonde al 8 jaar op de [[address:Paets van Troostwijkstraat 129]].
Oorzaak: een fout in de BRP na een verhuizing van de buren.
Aanpak: Sociaal Juridische Dienst, bezwaar, BRP-correctie (zaak [[dossier:BRP/2023/77820]]).
Uitkomst: uitkering hersteld per [[date:1 april 2024]], met nabetaling.
Les: bij plotseling stoppen van een uitkering eerst de BRP checken.

Reactie op 'Zes maanden zonder inkomen': Dit hadden wij ook! Mevrouw [[person:Jama]] ([[address:Hooftskade 144-C]]). Daar bleek een dubbele inschrijving. Tip: de afdeling Burgerzaken heeft een speciaal team voor 'adresonderzoek'. [[person:Rachid]]
====
Les: 'Het geld van opa' (ouderen / HG)
Aanleiding: de bank meldde bij het SWT Segbroek ongebruikelijke opnames van de rekening van dhr. [[person:Verbeek]] (91): [[iban]]. Op [[date:dinsdag 13 februari]] werd € 4.000 contant opgenomen, door een 'vriend van de familie'.
Aanpak: aandachtsfunctionaris + Veilig Thuis (melding [[dossier:VT-2024-0544]]) + mentorschap.
Les: banken zijn belangrijke partners bij financiële uitbuiting van ouderen.
====
Interne mail doorgestuurd naar het draadje (per ongeluk):
Van: [[email:b.hendriks@swtescamp.nl]]
Aan: [[email:jeugdteam.escamp@denhaag.nl]]
Datum: [[date:do 7 maart 2024]] 14:02
Onderwerp: toekomsttafel [[person:Kevin]]
'Hoi, de toekomsttafel voor [[person:Kevin de Vries]] (geb. [[date:02-09-2006]]) is op [[date:21 maart]] om 15.00 in het CJG Escamp. Moeder [[person:Anita]] komt ook. Graag bevestigen. [[person:Bram]]'
====
Les: 'Pinnen bij de buurman' (bemoeizorg / LVB)
Dhr. [[person:Sterk]] (47) liet zijn buurman pinnen, 'want ik kan de code niet onthouden'. Buurman nam elke maand € 200 extra op.
Aanpak: MEE-consulent, bank, nieuwe pinpas met een 'geheugensteun'. Contact met de bank via het klantnummer ([[dossier:ING-CL-8830214]]).
Les: LVB + eenzaamheid = kwetsbaar voor 'vrienden'.
(Let op, reviewer: klantnummer eruit.)
====
Werkbezoek SWT Mariahoeve door de pilotgroep Ouderen, [[date:woensdag 10 april]]
Ontvangst door teamleider [[person:Gerard Hoogland]] in het Wijkcentrum Mariahoeve.
Gesprek met de casemanager dementie ([[person:Astrid]]) en een ervaringsdeskundige mantelzorger (mw. [[person:Tjon A Fong]], met toestemming).
Wat viel op: korte lijnen met de huisartsen (één huisartsenpost voor de hele wijk), dementievriendelijke winkels.
====
Vraag: kan iemand mij helpen met een Poolse cliënt die een DigiD nodig heeft maar geen vaste woonplaats heeft? Hij zit nu tijdelijk bij een vriend, [[address:Weimarstraat 8-zw]], [[postcode:2562 GR]]. Hij heet [[person:Piotr]]. Graag reactie via [[email:a.pietersen@swtsegbroek.nl]] want ik ben niet vaak op het platform. [[person:Annelies]]
====
Korte les uit Scheveningen: het werkt om bij de Bibliotheek 'spreekuur geldzaken' te houden. Bezoekers hoeven zich niet te melden als cliënt. Vorige week kwam mevr. [[person:De Bruin]] (78) langs met een dikke map, we hebben samen haar toeslagen nagelopen. Voor info: [[person:Anouk]], [[phone:06 5012 3478]].
====
Verslag telefonisch overleg redactie + FG, [[date:26-03-2024]]
Besproken: mogen voornamen van professionals (bijv. 'de wijkagent [[person:Bas]]') blijven? Conclusie FG ([[person:A. Groenewegen]]): nee als het een externe professional is; ja voor de auteur zelf. Reden: in een kleine wijk is de wijkagent bij naam herkenbaar en daarmee ook de casus.
Volgende overleg: [[date:23 april]].
"""
TEXTS += [t.strip("\n") for t in RAW_EXTRA.split("\n====\n")]

# ---------------------------------------------------------------- extra 2: tijdlijnen, bijlagen, lijsten
RAW_EXTRA2 = """
Tijdlijn bij de les 'Vrouw in de portiek' (bemoeizorg, Schilderswijk)
[[date:3/10]] melding buren bij meldpunt
[[date:5/10]] eerste poging huisbezoek, niet open
[[date:6/10]], [[date:9/10]], [[date:10/10]] opnieuw, briefje op de deur
[[date:12/10]] mw. opent de deur op een kier
[[date:19/10]] eerste gesprek binnen (10 min.)
[[date:2/11]] mw. vraagt zelf om de huisarts
[[date:16/11]] gesprek met de psychiater
Werkzaam element: de regelmaat. Zie de les voor de rest.
====
Bijlage bij concept-les 'Twee inkomens, één huishouden' – NIET PUBLICEREN
Aanvrager: BSN [[bsn]]
Partner: BSN [[bsn]]
Inkomen aanvrager: Participatiewet, € 1.180 netto
Inkomen partner: geen (wachttijd UWV)
Woonadres: [[address:Kamperfoeliestraat 71]], [[postcode:2563 VE]]
(De les zelf gaat over kostendelersnorm en samenwonen; deze bijlage is per ongeluk geüpload.)
====
Reactie redactie: de bijlage bij 'Twee inkomens, één huishouden' bevatte twee BSN's en een adres. Verwijderd op [[date:11-4-2024]] om 10:20. Graag nooit formulieren als bijlage, alleen de les. De les zelf (kostendelersnorm) is heel nuttig, die blijft staan.
====
Vraag in draadje 'Huisarts en privacy':
Een huisarts in Leyenburg vraagt ons bij elke verwijzing het BSN mee te sturen, 'anders kan ik niets'. Vorige week stond er in zijn mail gewoon '[[bsn]] – graag bevestigen'. Mag dat zo, via gewone mail? Ik vind van niet.

@vraagsteller: nee, BSN hoort via een beveiligde verbinding (Zivver of ZorgMail). De huisarts mag het wel gebruiken, maar niet zo versturen. Bespreek het met de praktijkmanager. Zelf heb ik een keer een BSN ([[bsn]]) in een Teams-chat zien staan, dat is ook niet de bedoeling.
====
Les 'Overbewoning bij één verhuurder' (SWT Transvaal / Laak)
Aanleiding: in een half jaar kregen we vijf meldingen over dezelfde verhuurder, steeds arbeidsmigranten in te kleine woningen:
- [[address:Paul Krugerlaan 14-II]]
- [[address:Kempstraat 208-1]]
- [[address:Paul Krugerlaan 161]]
- [[address:Hoefkade 500]] (achterhuis)
- [[address:Vaillantlaan 72-A]]
Aanpak: samen met Handhaving en de gemeentelijke huisvestingsinspecteurs; bewoners eerst informeren over hun rechten (in het Pools en Roemeens).
Les: bundel signalen over dezelfde verhuurder, dan kan de gemeente optreden.
====
Opmerking bij 'Overbewoning bij één verhuurder': die adressenlijst kan er niet in. Ook al gaat het om een verhuurder, de bewoners zijn herleidbaar. Vervang door 'vijf woningen in Transvaal en Laak'. [[person:Wouter]]
====
Belrooster vrijwilligers 'Ouderen aan de lijn' (Mariahoeve), week 12 – per abuis in het openbare deel gezet
ma: [[person:Joke]] – [[phone:06-14 27 58 91]]
di: [[person:Said]] – [[phone:06-55 31 80 26]]
wo: [[person:Ria]] – [[phone:070 - 385 21 47]]
do: dhr. [[person:Kok]] (deelnemer, belt zelf in!) – [[phone:070-3851142]]
vr: [[person:Ans]] – [[phone:06 1133 5599]]
====
Vraag aan de themagroep Schulden: hoe gaan jullie om met bewindvoerders die het leefgeld te laat overmaken? Een cliënt van ons (mw. in Moerwijk) kreeg het leefgeld van maart... nee, van week 11... Dit is onduidelijk. Kortom: het kwam op [[date:22 maart]] in plaats van [[date:15 maart]]. Ze had geen geld voor eten. Rekening voor het leefgeld: [[iban]]. Dat laatste had ik niet moeten typen, sorry.
====
Les 'Lopen met de wijkagent' (bemoeizorg / veiligheid)
Aanleiding: in de Stationsbuurt waren tussen [[date:1 juli]] en [[date:15 augustus]] 14 meldingen van 'verward gedrag' rond de [[address:Van der Vennestraat 33]] en omgeving.
Aanpak: elke donderdag een ronde met wijkagent, straatcoach en bemoeizorger. Bekende gezichten aanspreken.
Werkzaam: samen lopen; niet alleen reageren op meldingen.
Niet werkzaam: de telefonische melding bij de GGD (lange wachttijd).
Les: preventief lopen levert meer op dan reactief aanbellen.
====
Contactlijst pilotgroep (alleen voor deelnemers!)
[[person:Ilse Kramer]] – [[phone:06-49 38 21 07]] – SWT Schilderswijk
[[person:Danny Rozendaal]] – [[phone:06-55 10 29 38]] – SWT Schilderswijk
[[person:Sjoerd Nijland]] – [[phone:+31 6 1882 0461]] – SWT Laak
[[person:Meryem Aksoy]] – [[phone:06 22 94 71 38]] – SWT Spoorwijk
[[person:Kees Brouwer]] – [[phone:0638 104 592]] – MEE
(Deze lijst stond per ongeluk bij 'Documenten' voor iedereen zichtbaar, verplaatst op [[date:8-2-2024]].)
====
Les: 'Het kind als tolk' (themaoverstijgend)
Aanleiding: bij drie cliënten in Laak-Noord zagen we dat kinderen tolkten bij gesprekken over schulden en ziekte. Eén voorbeeld: een meisje van 11 vertaalde de brief van de deurwaarder (kenmerk DW [[dossier:2024/31877/KL]]) voor haar moeder.
Aanpak: teamafspraak: altijd een professionele tolk, ook telefonisch.
Les: kinderen beschermen begint bij de tolk.
(Redactie: het kenmerk van de deurwaarder is verwijderd.)
====
Draadje 'Woningnood en zorg'
Wie heeft ervaring met een urgentieaanvraag op medische gronden? Cliënt (dhr. [[person:Tahiri]]) woont op 4-hoog zonder lift, [[address:Rijswijkseweg 112-4]], [[postcode:2516 EN]], en heeft COPD. Aanvraag ingediend op [[date:14 februari]], nog geen reactie. [[person:Rachid]]
---
Reactie: ja, wij hebben er een gewonnen in bezwaar. Belangrijk: een verklaring van de longarts, niet van de huisarts. Dossier van onze cliënt was [[dossier:URG-2023-0877]] als je wilt vragen hoe het ging bij de gemeente. Bel me anders: [[phone:070 - 205 33 19]]. [[person:Ingrid]]
====
Themapagina Jeugd – update
Op [[date:16 mei]] is de checklist 18-/18+ aangevuld met een stuk over zorgverzekering en DigiD. Ook nieuw: een voorbeeldbrief voor de toekomsttafel. In het voorbeeld stond nog de naam en het adres van een jongere ([[person:Jordy van Leeuwen]], [[address:Zuidlarenstraat 57]], [[postcode:2545 VJ]]); dat is op [[date:17 mei]] vervangen door 'Naam Jongere'.
====
Les 'Van postadres naar huurcontract' – kort
Dakloze man (52) uit Escamp. Postadres bij het Leger des Heils sinds [[date:05-06-2023]], uitkering per [[date:01-08-2023]], kamer per [[date:15-01-2024]], zelfstandige woning per [[date:1-5-2024]] aan de [[address:Loosduinse Hoofdstraat 250 bis]], [[postcode:2552 AS]].
Les: elk stapje telt; vier de tussenstappen met de cliënt.
(Reviewer: data mogen blijven als maanden, adres weg.)
====
Vraag van een ouderenadviseur in Leidschenveen: hoe regel je een sleutelkluisje als de cliënt dat niet wil? Mw. (93) woont op de [[address:Veenweidestraat 20]] en is al twee keer gevallen. Dochter belt mij elke dag ([[phone:+31 6 5550 2871]]). Ik weet het even niet meer. [[person:Carla]]

Reactie: [[person:Carla]], misschien een alarmering met een sleutelkluisje bij de buren in plaats van aan de eigen deur? Zo deden wij dat bij mw. [[person:Van Gils]] in Kraayenstein. Buurvrouw had de sleutel en was 'eerste bel'. Mocht je willen sparren: [[email:gijs.wagenaar@xtra.nl]].
====
Overdrachtsnotitie (per ongeluk als reactie geplaatst):
'Mw. [[person:Ramkisoen]], [[address:Jan Blankenstraat 2-hs]], [[postcode:2525 VH]], tel [[phone:0614228390]], BSN [[bsn]], dossier [[dossier:SWT-LK-0092]]. Afspraak bij de Kredietbank [[date:do 25-4]] om 10.00. Ik ben met vakantie, [[person:Sjoerd]] neemt over.'

Moderatie: de overdrachtsnotitie hierboven is verwijderd ([[date:24-04-2024]], 16:12). @[[person:Sjoerd]], je hebt hem via de mail. Iedereen: let op het verschil tussen 'reageer' en 'stuur bericht'.
"""
TEXTS += [t.strip("\n") for t in RAW_EXTRA2.split("\n====\n")]

# ---------------------------------------------------------------- extra 3: geldzaken en formulieren
RAW_EXTRA3 = """
Les 'Kwijtschelding als eerste stap' (thema schulden, SWT Escamp)
Aanleiding: een alleenstaande vader (41) kreeg een dwangbevel voor de gemeentelijke belastingen. Aanslagnummer [[dossier:8831.2209.4471]].
Aanpak: kwijtschelding aangevraagd met terugwerkende kracht. In het formulier: BSN [[bsn]], rekening [[iban]], adres [[address:Dedemsvaartweg 386]], [[postcode:2545 ND]].
Werkzaam: het dwangbevel werd opgeschort zodra de aanvraag binnen was.
Les: bij elke schuldenvraag eerst checken of er recht op kwijtschelding is.
Reviewer: alle gegevens uit het formulier verwijderen, de les zelf is goed.
====
Draadje 'Toeslagen herstel'
Iemand ervaring met de Uitvoeringsorganisatie Herstel Toeslagen? Mijn cliënte is gedupeerde. Ze kreeg een brief met haar BSN ([[bsn]]) en het verzoek de € 30.000 te laten overmaken naar [[iban]]. Maar dat is de rekening van haar ex-partner! Hoe zorgen we dat dat wordt aangepast? [[person:Femke]]
---
@[[person:Femke]] bellen met de UHT en vragen om een 'persoonlijk zaakbehandelaar'. Die kan het rekeningnummer wijzigen na identificatie. Zet die gegevens hier trouwens niet neer 😬 (ik heb een screenshot gezien in de notificatiemail…)
====
Voorbeeld verzoekschrift beschermingsbewind (geanonimiseerd?? – graag controleren)
Verzoeker: [[person:M.A. Tavares Semedo]], geboren [[date:11 juli 1988]] te Praia
BSN: [[bsn]]
Adres: [[address:Stieltjesstraat 9]], [[postcode:2524 AN]] Den Haag
Rekening: [[iban]]
Reden: problematische schulden en LVB
Voorgestelde bewindvoerder: Budget & Bewind Haaglanden

Redactie: het 'voorbeeld verzoekschrift' is NIET geanonimiseerd. Naam, geboortedatum, BSN, adres, postcode en rekeningnummer van een echte cliënt. Verwijderd en gemeld bij de FG ([[dossier:PRIV-2024-031]]). Sjabloon zonder gegevens volgt.
====
Vraag: weet iemand hoe snel een voorschot bijzondere bijstand kan worden uitbetaald? Cliënt zit sinds [[date:za 6 april]] zonder eten. Rekeningnummer staat al bij de gemeente ([[iban]]), dus dat hoeft niet nogmaals. Ik heb gebeld met de klantmanager maar die is met verlof tot [[date:15 april]]. — [[person:Noor]]

@[[person:Noor]] de Voedselbank in Escamp heeft een noodpakket zonder verwijzing, ga daar eerst heen. Voorschot duurt meestal 5 werkdagen. Voor spoed: vraag naar de 'spoedbalie' op het Werkplein.
====
Les 'Leefgeld via een tweede rekening' (schulden, Laak)
Een bewindvoerder maakte het leefgeld over naar een rekening waarop beslag lag ([[iban]]). Gevolg: cliënt (mw., 56) had drie weken geen toegang tot haar geld.
Aanpak: aparte leefgeldrekening geopend op [[date:22-02-2024]]: [[iban]].
Les: vraag bij bewind altijd of de leefgeldrekening beslagvrij is.
(Redactie: beide rekeningnummers weghalen graag.)
====
Registratie workshopdeelname Schulden – lijst uit het aanmeldformulier
[[person:Tamara Isenia]], [[address:Sportlaan 1302]], [[postcode:2566 LR]] (woonadres i.p.v. werkadres ingevuld)
[[person:Erik Jonker]], gemeente, [[phone:070 - 353 66 21]]
[[person:Hans Dekker]], GKB, [[email:h.dekker@gkbdenhaag.nl]]
Deze lijst is na de workshop verwijderd van het platform.
====
Korte reactie op 'Kwijtschelding als eerste stap': klopt helemaal. Ook belangrijk: de waterschapsbelasting (Hoogheemraadschap van Delfland) heeft een aparte kwijtschelding. Onze cliënt aan de [[address:Zuidlarenstraat 12]] ([[postcode:2545 VB]]) had dat gemist. [[person:Bram]]
====
Casusbespreking expertmeeting (ronde tafel Schulden), aantekeningen [[person:Ellen]]
Casus: vrouw, 34, Bouwlust, drie kinderen, schuld € 18.000. Ingebracht door [[person:Priya]]. In de sheet stonden nog haar initialen en postcode ([[person:S.R.]], [[postcode:2492 JB]]) – niet overnemen.
Advies expert ([[person:Jan Willem Tiemens]]): eerst stabiliseren (huur, energie, zorgverzekering), pas dan schuldregeling.
====
Themapagina Schulden – veelgemaakte fout
'Kunnen jullie dit bedrag overmaken naar NL.. ten name van ...' – zulke zinnen zien we vaak in draadjes. Laatste voorbeeld ([[date:30-05-2024]]): een volledig rekeningnummer ([[iban]]) met de naam van de cliënt ([[person:Mohammed Bakkali]]). Dat mag nooit. Gebruik voor betalingen het eigen systeem van je organisatie.
"""
TEXTS += [t.strip("\n") for t in RAW_EXTRA3.split("\n====\n")]


# ---------------------------------------------------------------- build + verify
def build():
    records = []
    for i, raw in enumerate(TEXTS):
        text, pii, keep = parse(raw)
        keep = auto_keep(text, pii, keep)
        pii.sort(key=lambda s: s["start"])
        records.append({"id": "ho86-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return records


def verify(records):
    counts = {}
    for r in records:
        t = r["text"]
        allspans = sorted(r["pii"] + r["keep"], key=lambda s: (s["start"], s["end"]))
        for s in allspans:
            assert t[s["start"] : s["end"]] == s["text"], (r["id"], s)
            assert s["text"] == s["text"].strip() and s["text"], (r["id"], s)
        for a, b in zip(allspans, allspans[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)
        assert r["pii"], r["id"]
        for s in r["pii"]:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
            counts[s["label"]] = counts.get(s["label"], 0) + 1
    return counts


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = build()
    counts = verify(records)
    with open(os.path.join(here, "heldout86.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kc = {}
    for r in records:
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    print("texts", len(records))
    print("pii", dict(sorted(counts.items(), key=lambda x: -x[1])), "total", sum(counts.values()))
    print("keep", kc)


if __name__ == "__main__":
    main()
