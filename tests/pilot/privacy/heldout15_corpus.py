# ruff: noqa: E741 - short names of a corpus generator
"""Build held-out corpus 15 for the Dutch personal-data finder (stdlib only, deterministic).

Run: python heldout15_corpus.py  -> writes heldout15.jsonl next to this file.
Templates use tokens {label:key}; pii labels become pii spans, org/role/wijk keep
spans, and 'n' is neutral text that must not be marked.
"""

import json
import os
import random
import re

PII = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP = {"org", "role", "wijk"}

FIRST = [
    "Annelies",
    "Gerrit",
    "Wilma",
    "Henk",
    "Roos",
    "Merel",
    "Bram",
    "Sjoerd",
    "Hanneke",
    "Teun",
    "Rik",
    "Daan",
    "Mieke",
    "Klaas",
    "Dirk",
    "Berend",
    "Willemijn",
    "Geertje",
    "Hiske",
    "Lotte",
    "Fenna",
    "Jolanda",
    "Karim",
    "Youssef",
    "Nadia",
    "Samira",
    "Hamza",
    "Zakaria",
    "Ilham",
    "Rachid",
    "Fatma",
    "Emre",
    "Mehmet",
    "Ayse",
    "Burak",
    "Zeynep",
    "Oguz",
    "Kemal",
    "Rishi",
    "Shanti",
    "Radjesh",
    "Kavita",
    "Anand",
    "Sharmila",
    "Jurgen",
    "Rosalie",
    "Shurandy",
    "Gisela",
    "Jair",
    "Edsel",
    "Nilda",
    "Djaimy",
    "Amilcar",
    "Djenifer",
    "Nelson",
    "Odair",
    "Piotr",
    "Agnieszka",
    "Kasia",
    "Tomasz",
    "Magda",
    "Bogdan",
    "Ioana",
    "Mihai",
    "Florin",
    "Alina",
    "Dimitar",
    "Svetlana",
    "Todor",
    "Rositsa",
    "Yara",
    "Ghassan",
    "Rama",
    "Bashar",
    "Lina",
    "Tesfay",
    "Senait",
    "Yonas",
    "Helen",
    "Abdi",
    "Hodan",
    "Faadumo",
    "Ahmed",
    "Farid",
    "Zarmina",
    "Wahid",
    "Shabnam",
    "Parisa",
    "Babak",
    "Darya",
    "Mei",
    "Wei",
    "Xiaoling",
    "Jun",
    "Thanh",
    "Linh",
    "Minh",
    "Dewi",
    "Wayan",
    "Budi",
    "Kwame",
    "Abena",
    "Kofi",
    "Chidi",
    "Ngozi",
    "Emeka",
    "Oliver",
    "Charlotte",
    "Harry",
    "Lukas",
    "Anneliese",
    "Tobias",
    "Amelie",
    "Julien",
    "Margaux",
    "Didier",
    "Sterre",
    "Hoop",
    "Bloem",
    "Iris",
    "Jasmijn",
    "Storm",
    "Vera",
    "Sven",
    "Jesse",
]

LAST = """de Vries|Jansen|van den Berg|Bakker|de Wit|Visser|Smit|Mulder|de Boer|Koster|Schipper|Brouwer|
Timmerman|Kok|Zwart|Groen|Hoekstra|van Dam|Verbeek|de Haan|Vos|Blom|Schaap|Dekker|Koning|Boer|de Graaf|
Slagter|Molenaar|Post|Kramer|El Amrani|Benali|Ouali|Bouzidi|Tahiri|Azzouzi|El Idrissi|Boukhari|Yildiz|
Demir|Kaya|Aydin|Özdemir|Çelik|Arslan|Doğan|Ramsaran|Jagesar|Mangroelal|Sewnath|Ramdhani|Bhagwandin|
Kromodikoro|Martina|Isenia|Leito|Statia|Rosaria|Pieternella|Tavares|Gomes|Monteiro|Semedo|Fortes|
Nowak|Kowalczyk|Wiśniewski|Zielińska|Lewandowski|Popescu|Ionescu|Dumitru|Stan|Georgiev|Petrova|
Dimitrova|Ivanov|Al-Hassan|Haddad|Khalil|Darwish|Mahmoud|Tesfamariam|Ghebremedhin|Haile|Kidane|
Warsame|Abdullahi|Hassan Nur|Farah|Ahmadzai|Karimi|Popal|Noori|Hosseini|Rahimi|Moradi|Tehrani|Chen|
Wang|Lin|Zhou|Nguyen|Tran|Pham|Le|Hoang|Wibowo|Santoso|Setiawan|Siregar|Mensah|Boateng|Asante|Owusu|
Okafor|Adeyemi|Eze|Nwosu|Whitfield|Harper|Cartwright|Schneider|Hoffmann|Becker|Dubois|Lefèvre|
Moreau|Girard|Vogel|Steen|Haas|Mol|Hendriks|Wouters""".replace("\n", "").split("|")

TITLES = [
    "mevrouw",
    "meneer",
    "mw.",
    "dhr.",
    "Mevrouw",
    "Meneer",
    "de heer",
    "Mw.",
    "Dhr.",
    "mevr.",
]
ROLES = [
    "wijkverpleegkundige",
    "casusregisseur",
    "maatschappelijk werker",
    "jeugdconsulent",
    "schuldhulpverlener",
    "ouderenadviseur",
    "sociaal raadslid",
    "wijkagent",
    "huisarts",
    "welzijnscoach",
    "praktijkondersteuner",
    "ambulant begeleider",
    "gezinscoach",
    "GGZ-verpleegkundige",
    "consulent Wmo",
    "buurtsportcoach",
    "trajectbegeleider",
]
ORGS = [
    "GGZ Rivierduinen",
    "Veilig Thuis Haaglanden",
    "Wmo-loket",
    "Servicepunt XL",
    "MEE Zuid-Holland",
    "Leger des Heils",
    "Stichting Schuldhulp Den Haag",
    "Jeugdbescherming West",
    "Haag Wonen",
    "Parnassia",
    "Vluchtelingenwerk Nederland",
    "het Centrum voor Jeugd en Gezin",
    "Xtra",
    "Staedion",
    "Voedselbank Haaglanden",
    "de Kessler Stichting",
    "Sociaal Wijkteam Centrum",
    "Humanitas Thuisadministratie",
    "Vestia",
    "de Wijkbus",
]
WIJKEN = [
    "Schilderswijk",
    "Transvaal",
    "Mariahoeve",
    "Moerwijk",
    "Bouwlust",
    "Laak",
    "Spoorwijk",
    "Escamp",
    "Duindorp",
    "Regentessekwartier",
    "Rustenburg-Oostbroek",
    "Stationsbuurt",
    "Bezuidenhout",
    "Morgenstond",
    "Vrederust",
    "Waldeck",
    "Zuiderpark",
    "Ypenburg",
]
STREETS = [
    "Hobbemastraat",
    "Vaillantlaan",
    "Paul Krugerlaan",
    "Zuidlarenstraat",
    "Erasmusweg",
    "Dr. Lelykade",
    "Jan Luijkenstraat",
    "Heesterbuurt",
    "Mient",
    "Wolweverstraat",
    "Loevesteinlaan",
    "Beresteinlaan",
    "Melis Stokelaan",
    "Hengelolaan",
    "Jacob Catsstraat",
    "Rijswijkseweg",
    "Veenkade",
    "Zusterstraat",
    "Vlierboomstraat",
    "Laakkade",
    "Gaslaan",
    "Fahrenheitstraat",
    "Copernicusplein",
    "Steenhouwersgaarde",
]
DOMAINS = [
    "gmail.com",
    "hotmail.nl",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "denhaag.nl",
    "wijkteam-haaglanden.nl",
    "icloud.com",
    "planet.nl",
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
MON_ABBR = [
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
RELATIONS = [
    "dochter",
    "zoon",
    "broer",
    "zus",
    "moeder",
    "vader",
    "nicht",
    "neef",
    "buurvrouw",
    "buurman",
    "schoonzoon",
    "kleindochter",
    "oom",
    "tante",
    "ex-partner",
    "partner",
]
NUMWORDS = ["twee", "drie", "vier", "vijf", "zes", "acht", "tien"]


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            digits = "".join(map(str, d + [last]))
            assert check_bsn(digits)
            f = r.randint(0, 2)
            return [
                digits,
                f"{digits[:4]}.{digits[4:6]}.{digits[6:]}",
                f"{digits[:3]} {digits[3:6]} {digits[6:]}",
            ][f]


def check_bsn(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (
        sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=False)) % 11 == 0
    )


def iban(r):
    bank = r.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"])
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    num = "".join(str(ord(c) - 55) for c in bank) + acct + "2321" + "00"
    chk = 98 - int(num) % 97
    ib = f"NL{chk:02d}{bank}{acct}"
    assert check_iban(ib)
    if r.random() < 0.5:
        return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
    return ib


def check_iban(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def phone(r):
    def d(n):
        return "".join(str(r.randint(0, 9)) for _ in range(n))

    m = "6" + d(8)
    area = r.choice(["070", "010", "071", "079", "015"])
    l7 = d(7)
    f = r.randint(0, 7)
    return [
        f"0{m[:1]}-{m[1:]}",
        f"06 {m[1:5]} {m[5:]}",
        f"+31 6 {m[1:5]} {m[5:]}",
        f"({area}) {l7[:3]} {l7[3:5]} {l7[5:]}",
        f"{area}-{l7}",
        f"+31 (0){m}",
        f"06{m[1:]}",
        f"{area} - {l7[:3]} {l7[3:]}",
    ][f]


def postcode(r):
    while True:
        letters = "".join(r.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
        if letters not in ("SA", "SD", "SS"):
            break
    n = r.randint(1011, 9999)
    return f"{n} {letters}" if r.random() < 0.6 else f"{n}{letters}"


def address(r):
    suf = r.choice(["", "", "-B", "a", " bis", "-II", " hs", "-3", "A", " 1e"])
    return f"{r.choice(STREETS)} {r.randint(1, 388)}{suf}"


def date(r):
    day, mo, yr = r.randint(1, 28), r.randint(0, 11), r.randint(2019, 2026)
    f = r.randint(0, 6)
    return [
        f"{day} {MONTHS[mo]} {yr}",
        f"{day:02d}-{mo + 1:02d}-{yr}",
        f"{day}-{mo + 1}-'{yr % 100:02d}",
        f"{r.choice(DAYS)} {day} {MONTHS[mo]}",
        f"{day} {MON_ABBR[mo]} {yr}",
        f"{day}/{mo + 1}/{yr}",
        f"{day} {MONTHS[mo]}",
    ][f]


def dossier(r):
    f = r.randint(0, 6)
    n = r.randint(10000, 99999)
    return [
        f"{r.randint(2019, 2026)}-{r.randint(1000, 99999):05d}",
        f"SZW-{n}{r.randint(0, 9)}",
        f"VT-{r.randint(2020, 2026)}-{r.randint(100, 9999)}",
        f"#{n}",
        f"WMO/{r.randint(2021, 2026)}/{r.randint(100, 9999):04d}",
        f"JB-{n}",
        f"SWT{r.randint(100000, 999999)}",
    ][f]


def email(r, first, last):
    l = last.lower().replace(" ", "").replace("-", "")
    l = l.translate(str.maketrans("öçğśńłèé", "ocgsnlee"))
    fi = first.lower()
    f = r.randint(0, 3)
    local = [f"{fi}.{l}", f"{fi[0]}{l}", f"{fi}{r.randint(70, 99)}", f"{l}.{fi[0]}"][f]
    return f"{local}@{r.choice(DOMAINS)}"


def poss(name):
    if name[-1] in "sxz":
        return "'"
    if name[-1] in "aeiouy":
        return "'s"
    return "s"


def person(r, used):
    while True:
        f, l = r.choice(FIRST), r.choice(LAST)
        if f not in used and l not in used:
            used.update((f, l))
            return f, l


def cap(s):
    return s[0].upper() + s[1:]


def context(r):
    used = set()
    v = {}
    for key in ("c", "r", "p", "q", "b"):
        f, l = person(r, used)
        v[key + "f"], v[key + "l"] = f, l
        v[key + "full"] = f"{f} {l}"
        v[key + "L"] = cap(l)
        v[key + "init"] = f"{f[0]}. {l}"
        v[key + "low"] = l.lower()
        v[key + "flow"] = f.lower()
        v[key + "s"] = poss(f)
        v[key + "Ls"] = poss(l)
    v["t1"], v["t2"], v["t3"] = r.choice(TITLES), r.choice(TITLES), r.choice(TITLES)
    v["rel"], v["rel2"] = r.sample(RELATIONS, 2)
    v["role"], v["role2"], v["role3"] = r.sample(ROLES, 3)
    v["org"], v["org2"], v["org3"] = r.sample(ORGS, 3)
    v["wijk"], v["wijk2"] = r.sample(WIJKEN, 2)
    for k in ("d1", "d2", "d3", "d4"):
        v[k] = date(r)
    v["bsn"] = bsn(r)
    v["iban"] = iban(r)
    v["ph"], v["ph2"] = phone(r), phone(r)
    v["pc"], v["pc2"] = postcode(r), postcode(r)
    v["adr"], v["adr2"] = address(r), address(r)
    v["mail"] = email(r, v["cf"], v["cl"])
    v["pmail"] = email(r, v["pf"], v["pl"])
    v["dos"], v["dos2"] = dossier(r), dossier(r)
    v["age"] = str(r.randint(19, 91))
    v["kid"] = str(r.randint(2, 9))
    v["kid2"] = str(r.randint(10, 17))
    v["yr"] = str(r.randint(2015, 2025))
    v["mon"] = r.choice(MONTHS)
    v["dur"] = f"{r.choice(NUMWORDS)} {r.choice(['weken', 'maanden', 'jaar', 'dagen'])}"
    v["time"] = f"{r.randint(8, 17)}.{r.choice(['00', '15', '30', '45'])} uur"
    v["amt"] = f"€ {r.randint(120, 9800):,}".replace(",", ".")
    v["amt2"] = f"{r.randint(40, 900)} euro"
    return v


# ---- sentence templates (own wording) ----
S = [
    "{person:cf} {person:cl} ({n:age}) kwam via de {role:role} bij ons terecht nadat de huur {n:dur} niet was betaald.",
    "Bij het eerste gesprek op {date:d1} zat {person:cf} met haar jas nog aan, klaar om weg te gaan.",
    "{cap_t1} {person:cL} woont sinds {n:yr} op de {address:adr} in {wijk:wijk}.",
    "Het postadres is {address:adr}, {postcode:pc} Den Haag; post komt daar vaak niet aan.",
    "Volgens {person:cf}{n:cs} {n:rel} {person:rf} was de situatie al maanden aan het schuiven.",
    "{person:rf} belde zelf op {date:d2} met de vraag of iemand even kon komen kijken.",
    "De {role:role2} van {org:org}, {person:pinit}, nam de coördinatie over.",
    "We hebben {person:pfull} ({role:role2}, {org:org}) gevraagd de schulden in kaart te brengen.",
    "Het BSN van cliënt ({bsn:bsn}) stond verkeerd in het systeem van {org:org2}.",
    "Uitkering wordt gestort op rekening {iban:iban}; de vaste lasten zijn {n:amt} per maand.",
    "Bereikbaar op {phone:ph}, liefst na {n:time}, want 's ochtends slaapt hij.",
    "Mail van de {n:rel} kwam binnen vanaf {email:mail}, zonder onderwerp.",
    "Onder dossiernummer {dossier:dos} is een melding gedaan bij {org:org2}.",
    "De casus loopt bij ons onder zaaknummer {dossier:dos2} sinds {n:mon}.",
    "{person:cf} is {n:age} jaar en heeft een zoon van {n:kid}, {person:bf}, die thuis woont.",
    "{cap_t2} {person:bL} van hiernaast had al {n:dur} de brievenbus zien overlopen.",
    "Buurvrouw {person:bfull} heeft een sleutel en komt elke dag even langs.",
    "Op {date:d3} stond er een deurwaarder van {n:amt2} voor de deur.",
    "{person:pf} en ik zijn op {date:d4} samen op huisbezoek geweest.",
    "Wat werkte: niet meteen met formulieren komen, maar eerst koffie drinken met {person:cf}.",
    "In {wijk:wijk} kennen de {role:role3}s elkaar goed, dat scheelde hier veel tijd.",
    "Eerste contact liep via {org:org3}, die {person:cinit} al kende van de inloop.",
    "{person:cL}{n:cLs} dochter {person:qf} tolkt bij de gesprekken, wat niet ideaal is.",
    "Nieuw adres na de verhuizing: {address:adr2}, {postcode:pc2}.",
    "Contactpersoon bij {org:org}: {person:pfull}, {phone:ph2}, {email:pmail}.",
    "Afgesproken is dat {person:pf} de aanvraag bij {org:org2} uiterlijk {date:d2} indient.",
    "Clientnummer {dossier:dos2}, BSN {bsn:bsn}, geboren in {n:yr}.",
    "De {n:rel2}, {person:qfull}, wil niet dat de kinderen iets merken.",
    "{person:cf} zei letterlijk: 'ik wil gewoon weer rust, meer niet'.",
    "Na {n:dur} was er een betalingsregeling van {n:amt2} per maand.",
    "Het gezin {person:cL} heeft drie kinderen tussen de {n:kid} en {n:kid2} jaar.",
    "Overleg met huisarts {person:qinit} leverde op dat er geen medicatie meer werd opgehaald.",
    "{person:qf} van {org:org3} herkende het patroon uit een eerdere casus.",
    "Twee weken later, op {date:d4}, lag er een brief van {org:org} met een dwangbevel.",
    "Iedereen noemt hem {person:cf}, ook de {role:role3}.",
    "Ze is sinds {n:mon} {n:yr} weduwe en heeft weinig netwerk in {wijk:wijk2}.",
    "Vanaf {date:d3} gaat {person:pinit} de gesprekken alleen voeren.",
    "Let op: {person:cf} wil niet gebeld worden op {phone:ph} als haar man thuis is.",
    "{person:rf}{n:rs} auto staat al sinds de zomer op naam van {person:cfull}.",
    "Mevrouw gaf toestemming om met {org:org2} te overleggen over het huurcontract.",
    "Meld bij {org:org} onder {dossier:dos} dat de {role:role2} de regie heeft.",
    "Het bewindvoeringsverzoek staat op naam van {person:cinit}, rekening {iban:iban}.",
    "Geen reactie op brieven naar {address:adr}; wel op een appje naar {phone:ph2}.",
    "{person:bf} {person:bl} (buurman, {n:age}) zegt dat het 's nachts vaak onrustig is.",
    "Voor de les: de {role:role} had eerder moeten aansluiten, niet pas na {n:dur}.",
    "De woning ({address:adr2}, {postcode:pc2}) is eigendom van {org:org2} en te klein voor het gezin.",
    "In de BRP staat zij nog ingeschreven op postcode {postcode:pc}, terwijl ze bij haar {n:rel} slaapt.",
    "{cap_t3} {person:qL} van {org:org3} regelde binnen {n:dur} een noodbudget van {n:amt}.",
]

LOW = [
    "notitie: {n:t1l} {person:clow} niet thuis, kaartje in de bus.",
    "nb {person:cflow} belt terug voor {n:time}, {person:rflow} is op de hoogte.",
    "tel. gesproken met {person:plow} ({role:role}), zij pakt schuldhulp op.",
    "afspr. {date:d2} {n:time} bij {person:clow} thuis, {person:pflow} gaat mee.",
    "{n:t1l} {person:clow} wil geen contact met {org:org}.",
]

HEAD = {
    "case": [
        "Casus: {person:cf} en de achterstallige huur\n",
        "Situatieschets\n",
        "Casusbeschrijving {wijk:wijk}\n",
    ],
    "letter": ["Beste {person:pf},\n", "Geachte {n:t2l} {person:pL},\n", "Hoi {person:rf},\n"],
    "mdo": [
        "MDO {date:d1}, locatie {org:org}\nAanwezig: {person:pfull} ({role:role}), {person:qfull} ({role:role2}), {person:binit} ({role:role3})\n"
    ],
    "visit": [
        "Huisbezoek {date:d1}, {address:adr}\n",
        "Verslag huisbezoek bij {n:t1l} {person:cL}\n",
    ],
    "handover": ["Overdracht van {person:pf} aan {person:qf}\n", "Overdracht (dienst {n:time})\n"],
    "thread": [
        "Re: vraag over {person:cf}\n",
        "@{person:pf} dank voor je bericht.\n",
        "Reactie op {person:qf}:\n",
    ],
    "lesson": ["", "Wat wij leerden\n"],
}
SECTIONS = ["Aanleiding: ", "Aanpak: ", "Analyse: ", "Les: ", "Afspraken: ", "Vervolg: "]
ADMIN = [
    "Voor de aanvraag is het burgerservicenummer {bsn:bsn} gecontroleerd; de leeftijd ({n:age}) klopt.",
    "{person:rf} vroeg of we voortaan mailen naar {email:mail} in plaats van bellen.",
    "Terugbetaling van {n:amt2} graag op IBAN {iban:iban} t.n.v. {person:cinit}.",
    "Registratienummer bij {org:org3}: {dossier:dos2}; bel bij vragen {phone:ph2}.",
]
SIGN = [
    "\nMet vriendelijke groet,\n{person:pfull}\n{role:role}, {org:org}\n{phone:ph2}",
    "\nGroet, {person:pf}",
    "\n-- \n{person:pinit} | {role:role} | {email:pmail}",
    "\nHartelijke groet,\n{person:qfull}\n{org:org3}",
]

TOKEN = re.compile(r"\{(\w+):(\w+)\}|\{(cap_t[123])\}")


def render(tpl, v, out, pii, keep):
    pos = 0
    for m in TOKEN.finditer(tpl):
        out.append(tpl[pos : m.start()])
        if m.group(3):
            val, label = cap(v["t" + m.group(3)[-1]]), "n"
        else:
            label, key = m.group(1), m.group(2)
            if key.endswith("l") and key[:-1] in ("t1", "t2", "t3"):
                val = v[key[:-1]].lower()
            else:
                val = v[key]
        start = sum(map(len, out))
        out.append(val)
        span = {"start": start, "end": start + len(val), "label": label, "text": val}
        if label in PII:
            pii.append(span)
        elif label in KEEP:
            keep.append(span)
        pos = m.end()
    out.append(tpl[pos:])


def build_doc(r, i):
    v = context(r)
    v["pL"], v["qL"], v["bL"] = cap(v["pl"]), cap(v["ql"]), cap(v["bl"])
    v["plow"] = v["pl"].lower()
    register = ["case", "letter", "mdo", "visit", "handover", "thread", "lesson"][i % 7]
    n = r.randint(4, 10)
    sents = r.sample(S, n - 2) + [r.choice(LOW), ADMIN[i % len(ADMIN)]]
    r.shuffle(sents)
    parts = [r.choice(HEAD[register])]
    for j, s in enumerate(sents):
        if register == "case" and j % 2 == 0:
            parts.append("\n" + SECTIONS[(j // 2) % len(SECTIONS)])
        elif register in ("mdo", "handover", "visit"):
            parts.append("\n- ")
        else:
            parts.append(" " if j else "")
        parts.append(s)
    if register in ("letter", "thread"):
        parts.append(r.choice(SIGN))
    tpl = "".join(parts)
    out, pii, keep = [], [], []
    render(tpl, v, out, pii, keep)
    text = "".join(out).strip("\n")
    shift = len("".join(out)) - len("".join(out).lstrip("\n"))
    for s in pii + keep:
        s["start"] -= shift
        s["end"] -= shift
    return {"id": f"ho15-{i:04d}", "text": text, "pii": pii, "keep": keep}


def check(doc):
    t = doc["text"]
    for s in doc["pii"] + doc["keep"]:
        assert t[s["start"] : s["end"]] == s["text"], (doc["id"], s)
        assert s["text"] == s["text"].strip() and s["text"]
    spans = sorted(doc["pii"] + doc["keep"], key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (doc["id"], a, b)
    for s in doc["pii"]:
        if s["label"] == "bsn":
            assert check_bsn(s["text"])
        if s["label"] == "iban":
            assert check_iban(s["text"])


def main():
    r = random.Random(15150)
    docs = [build_doc(r, i) for i in range(70)]
    for d in docs:
        check(d)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout15.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter

    c = Counter(s["label"] for d in docs for s in d["pii"])
    k = Counter(s["label"] for d in docs for s in d["keep"])
    print(
        dict(sorted(c.items())),
        dict(sorted(k.items())),
        len(FIRST),
        len(LAST),
        len(S) + len(LOW) + len(ADMIN),
    )


if __name__ == "__main__":
    main()
