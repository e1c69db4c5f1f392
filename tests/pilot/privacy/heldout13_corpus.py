"""Build heldout13.jsonl: 80 annotated Hague neighbourhood-team texts (standard library only).

Deterministic: python3 heldout13_corpus.py  -> writes heldout13.jsonl next to this file.
"""

import datetime
import json
import os
import random
import re
import unicodedata

R = random.Random(20261123)

F_FIRST = [
    "Sanne",
    "Femke",
    "Annelies",
    "Marieke",
    "Lotte",
    "Ingrid",
    "Esther",
    "Mirjam",
    "Noor",
    "Roos",
    "Petra",
    "Ilse",
    "Fatima",
    "Khadija",
    "Nadia",
    "Samira",
    "Zineb",
    "Houda",
    "Latifa",
    "Ayşe",
    "Elif",
    "Zeynep",
    "Esra",
    "Gül",
    "Derya",
    "Shanti",
    "Priya",
    "Sharon",
    "Marisa",
    "Chandni",
    "Gracia",
    "Gisella",
    "Ruthmila",
    "Agnieszka",
    "Katarzyna",
    "Magdalena",
    "Zofia",
    "Andreea",
    "Ioana",
    "Elena",
    "Lina",
    "Rasha",
    "Hiba",
    "Senait",
    "Helen",
    "Saba",
    "Hodan",
    "Ifrah",
    "Ayaan",
    "Mariam",
    "Zahra",
    "Nasrin",
    "Shabnam",
    "Xiu",
    "Lan",
    "Thuy",
    "Hoa",
    "Akosua",
    "Abena",
    "Efua",
    "Emily",
    "Charlotte",
    "Ute",
    "Sabine",
    "Heike",
    "Wilma",
    "Joke",
    "Tineke",
    "Soraya",
    "Naima",
] + ["Mei Ling", "Lan Anh"]
M_FIRST = [
    "Joost",
    "Pieter",
    "Kees",
    "Ruud",
    "Bram",
    "Henk",
    "Wouter",
    "Gerrit",
    "Daan",
    "Thijs",
    "Jeroen",
    "Sjoerd",
    "Mohamed",
    "Youssef",
    "Hamza",
    "Bilal",
    "Karim",
    "Ayoub",
    "Rachid",
    "Mehmet",
    "Emre",
    "Burak",
    "Hakan",
    "Murat",
    "Serkan",
    "Ravi",
    "Rishi",
    "Glenn",
    "Errol",
    "Anand",
    "Romano",
    "Jurgen",
    "Shurendy",
    "Jeandrick",
    "Dudley",
    "Quincy",
    "Tomasz",
    "Paweł",
    "Krzysztof",
    "Piotr",
    "Ionuț",
    "Mihai",
    "Florin",
    "Vasile",
    "Rami",
    "Omar",
    "Khaled",
    "Tarek",
    "Yonas",
    "Tesfay",
    "Filmon",
    "Mebrahtu",
    "Abdi",
    "Farah",
    "Mahad",
    "Farid",
    "Ahmad",
    "Wahid",
    "Wei",
    "Jun",
    "Hao",
    "Minh",
    "Quang",
    "Tuan",
    "Kwame",
    "Kofi",
    "Yaw",
    "Kwabena",
    "James",
    "Oliver",
    "Harry",
    "Jürgen",
    "Klaus",
    "Dieter",
    "Ton",
    "Frits",
    "Yunus",
    "Idris",
]
SURNAMES = """de Groot|Bos|Smit|Visser|Kok|Vos|Post|Sterk|de Haan|Vink|Hoek|Wolf|Bakker|de Wit|Mulder|de Jong|Jansen|van Dijk|
van der Meer|Verbeek|Kramer|de Bruijn|van Leeuwen|Schouten|Hendriks|van den Berg|Brouwer|Dekker|Koster|Meijer|Zwart|
de Vries|Kuiper|Blom|Prins|El Khatib|Benali|Ouahabi|Azzouzi|Bakkali|El Idrissi|Haddouchi|Tahiri|Amezian|Boukhari|
Yıldız|Öztürk|Çelik|Aydın|Kaya|Şahin|Doğan|Arslan|Koç|Güler|Ramsaran|Jagessar|Sewdien|Kalloe|Pinas|Fränkel|Biharie|
Wongsodikromo|Soekhlal|Doekhie|Martina|Rosaria|Statia|Maduro|Girigorie|Cijntje|Kowalczyk|Wiśniewska|Zieliński|
Nowicki|Mazur|Wójcik|Lewandowska|Kamiński|Popescu|Ionescu|Dumitru|Stan|Constantin|Munteanu|Al-Hassan|Haddad|Khoury|
Al-Masri|Nassar|Darwish|Tesfamariam|Ghebremedhin|Haile|Berhane|Woldemichael|Kidane|Warsame|Mohamud|Jama|Abdullahi|
Egal|Ahmadzai|Rahimi|Karimi|Popal|Sultani|Noorzai|Chen|Wang|Li|Zhang|Lin|Huang|Nguyen|Tran|Le|Pham|Hoang|Vu|Mensah|
Owusu|Boateng|Asante|Osei|Appiah|Thompson|Walker|Hughes|Wright|Green|Schmidt|Müller|Becker|Hoffmann|Schneider|Krüger|
van Rijswijk|ter Horst|van 't Hof|Wijnberg|Sardjoe""".replace("\n", "").split("|")

WIJKEN = [
    "Schilderswijk",
    "Transvaal",
    "Moerwijk",
    "Laak",
    "Spoorwijk",
    "Mariahoeve",
    "Bouwlust",
    "Vrederust",
    "Morgenstond",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Escamp",
    "Ypenburg",
    "Leidschenveen",
    "Regentessekwartier",
    "Stationsbuurt",
    "Rustenburg",
    "Oostbroek",
    "Bezuidenhout",
    "Zeeheldenkwartier",
    "Valkenboskwartier",
    "Groente- en Fruitmarkt",
    "Waldeck",
    "Wateringse Veld",
    "Loosduinen",
    "Zuiderpark",
    "Den Haag Zuidwest",
    "Heesterbuurt",
    "Kraayenstein",
]
ORGS = [
    "Centrum voor Jeugd en Gezin",
    "Stichting MOOI",
    "Servicepunt XL",
    "Veilig Thuis",
    "Haag Wonen",
    "Staedion",
    "Vestia",
    "Xtra",
    "Parnassia",
    "GGZ",
    "MEE",
    "Wmo-loket",
    "Voedselbank Haaglanden",
    "Humanitas",
    "Leger des Heils",
    "Kessler Stichting",
    "Schuldhulpverlening Den Haag",
    "Zorg- en Veiligheidshuis Haaglanden",
    "Jeugdbescherming west",
    "Raad voor de Kinderbescherming",
    "Sociaal Raadslieden",
    "UWV",
    "Belastingdienst",
    "VluchtelingenWerk",
    "Juridisch Loket",
    "Stichting Zebra",
    "Haagse Wijk- en Woonzorg",
    "Florence",
    "HMC Westeinde",
    "Sociale Dienst",
    "Hoeksteen",
    "Indigo",
    "Straathoekwerk",
    "SWT",
]
ROLES = [
    "wijkverpleegkundige",
    "casusregisseur",
    "schuldhulpverlener",
    "welzijnscoach",
    "jeugdconsulent",
    "wijkagent",
    "huisarts",
    "Wmo-adviseur",
    "MEE-consulent",
    "opbouwwerker",
    "ouderenconsulent",
    "casemanager dementie",
    "maatschappelijk werker",
    "POH GGZ",
    "jongerenwerker",
    "thuisbegeleider",
    "ervaringsdeskundige",
    "woonconsulent",
    "gezinscoach",
    "bewindvoerder",
    "teamleider",
    "sociaal raadsman",
    "praktijkondersteuner",
    "buurtsportcoach",
    "vrijwilligerscoördinator",
]
STREETS = [
    "Hoefkade",
    "Leyweg",
    "Vaillantlaan",
    "Paul Krugerlaan",
    "Hobbemastraat",
    "Jan Hendrikstraat",
    "Laan van Meerdervoort",
    "Prinses Beatrixlaan",
    "Van der Vennestraat",
    "Zuiderparklaan",
    "Loevesteinlaan",
    "Moerweg",
    "Erasmusweg",
    "Dr. Lelykade",
    "Westduinweg",
    "Schalk Burgerstraat",
    "De la Reyweg",
    "Calandplein",
    "Oudemansstraat",
    "Ambachtsgaarde",
    "Hengelolaan",
    "Steenwijklaan",
    "Goudsbloemlaan",
    "Weimarstraat",
    "Fahrenheitstraat",
    "Stuwstraat",
    "Spui",
    "Herman Costerstraat",
    "Rijswijkseweg",
    "Jacob Catsstraat",
    "Wouwermanstraat",
    "Soestdijksekade",
    "Mient",
    "Beresteinlaan",
    "Melis Stokelaan",
    "Kamerlingh Onneslaan",
    "Lijsterbesstraat",
    "Toussaintkade",
    "Betje Wolffstraat",
    "Kempstraat",
]
MAILHOSTS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
    "live.nl",
    "icloud.com",
    "yahoo.com",
    "casema.nl",
    "xs4all.nl",
    "planet.nl",
]
PROHOSTS = [
    "denhaag.nl",
    "swtdenhaag.nl",
    "stichtingmooi.nl",
    "xtra.nl",
    "parnassia.nl",
    "servicepuntxl.nl",
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
DAYS_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NUMWORDS = ["twee", "drie", "vier", "vijf", "zes", "acht", "tien", "twaalf"]


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- identifiers
def bsn(digits=None):
    """Valid (11-check) BSN; a document reuses its client's number in a new layout."""
    while digits is None:
        d = [R.randint(1, 6)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last <= 9:
            d.append(last)
            digits = "".join(map(str, d))
    n = digits
    assert (sum(int(n[i]) * (9 - i) for i in range(8)) - int(n[8])) % 11 == 0
    return n, R.choice(
        [
            n,
            n,
            f"{n[:4]}.{n[4:6]}.{n[6:]}",
            f"{n[:3]} {n[3:6]} {n[6:]}",
            f"{n[:3]}.{n[3:6]}.{n[6:]}",
        ]
    )


def _iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def iban():
    if R.random() < 0.12:
        country, bban = "BE", "".join(str(R.randint(0, 9)) for _ in range(12))
    else:
        country = "NL"
        bban = R.choice(
            ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
        ) + "".join(str(R.randint(0, 9)) for _ in range(10))
    full = country + _iban_check(country, bban) + bban
    chk = full[4:] + full[:4]
    assert int("".join(str(int(c, 36)) for c in chk)) % 97 == 1
    if R.random() < 0.5:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return full if R.random() < 0.8 else full.lower()


def phone():
    def d(n):
        return "".join(str(R.randint(0, 9)) for _ in range(n))

    m = "6" + str(R.randint(1, 5)) + d(7)
    a = R.choice(["70", "70", "70", "10", "71", "79", "88", "15"]) + d(7)
    k = R.randint(0, 11)
    return [
        f"0{m[:1]}-{m[1:]}",
        f"0{m[:1]} {m[1:5]} {m[5:]}",
        f"0{m}",
        f"+31 {m[0]} {m[1:5]} {m[5:]}",
        f"+31{m}",
        f"0031 {m[0]} {m[1:]}",
        f"(0{a[:2]}) {a[2:5]} {a[5:7]} {a[7:]}",
        f"0{a[:2]}-{a[2:]}",
        f"0{a[:2]} {a[2:5]} {a[5:]}",
        f"+31 (0){a[:2]} {a[2:5]} {a[5:]}",
        f"0{m[:1]}-{m[1:3]} {m[3:5]} {m[5:7]} {m[7:]}",
        f"0{a[:2]}-{a[2:5]} {a[5:]}",
    ][k]


def postcode():
    while True:
        letters = R.choice("ABCEGHJKLMNPRSTVWXZ") + R.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    n = R.choice([R.randint(2491, 2598), R.randint(2491, 2598), R.randint(1011, 9999)])
    return R.choice([f"{n} {letters}", f"{n}{letters}", f"{n} {letters}"])


def address():
    n = R.randint(1, 380)
    suf = R.choice(
        ["", "", "", "a", "-B", " A", "-III", " hs", "-2", "C", " bis", "-1hg", " F", "-12"]
    )
    return f"{R.choice(STREETS)} {n}{suf}"


def date():
    y = R.randint(2016, 2026)
    dt = datetime.date(y, 1, 1) + datetime.timedelta(days=R.randint(0, 364))
    k = R.randint(0, 11)
    d, m = dt.day, dt.month
    return [
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d} {MONTHS[m - 1]}",
        f"{d:02d}-{m:02d}-{y}",
        f"{d}-{m}-{y}",
        f"{d}-{m}-'{y % 100:02d}",
        f"{DAYS[dt.weekday()]} {d} {MONTHS[m - 1]}",
        f"{d} {MON_ABBR[m - 1]} {y}",
        f"{d}/{m}/{y}",
        f"{DAYS_ABBR[dt.weekday()]} {d}-{m}",
        f"{y}-{m:02d}-{d:02d}",
        f"{DAYS[dt.weekday()]} {d} {MONTHS[m - 1]} {y}",
        f"{d}.{m}.{y}",
    ][k]


def birthdate():
    dt = datetime.date(R.randint(1938, 2012), 1, 1) + datetime.timedelta(days=R.randint(0, 364))
    return R.choice(
        [
            f"{dt.day:02d}-{dt.month:02d}-{dt.year}",
            f"{dt.day} {MONTHS[dt.month - 1]} {dt.year}",
            f"{dt.day}-{dt.month}-{dt.year}",
        ]
    )


def dossier():
    def d(n):
        return "".join(str(R.randint(0, 9)) for _ in range(n))

    y = R.randint(2017, 2026)
    return R.choice(
        [
            f"{y}-{d(5)}",
            f"SZW-{d(6)}",
            f"VT-{y}-{d(4)}",
            f"#{d(5)}",
            f"ZK{d(6)}",
            f"WMO-{y % 100}-{d(5)}",
            f"DH/{y}/{d(4)}",
            f"SHV-{d(4)}-{R.choice('ABCD')}",
            f"JB{y}{d(4)}",
            f"CJG-{d(6)}",
            f"{d(2)}.{d(3)}.{d(3)}",
        ]
    )


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, female=None):
        self.female = R.random() < 0.5 if female is None else female
        self.first = R.choice(F_FIRST if self.female else M_FIRST)
        self.sur = R.choice(SURNAMES)

    def cap_sur(self):
        return self.sur[0].upper() + self.sur[1:]

    def title(self, cap=False):
        t = R.choice(
            ["mevrouw", "mevrouw", "mw.", "mevr."]
            if self.female
            else ["meneer", "meneer", "dhr.", "de heer"]
        )
        return t[0].upper() + t[1:] if cap else t

    def initials(self):
        first = self.first.split()[0]
        return R.choice([f"{first[0]}.", f"{first[0]}.{R.choice('ABCEHJMPRW')}."])

    def email(self, pro=False):
        f, s = (
            ascii_fold(self.first).lower().replace(" ", ""),
            ascii_fold(self.sur).lower().replace(" ", "").replace("'", ""),
        )
        host = R.choice(PROHOSTS if pro else MAILHOSTS)
        local = R.choice(
            [
                f"{f}.{s}",
                f"{f[0]}.{s}",
                f"{f}{s}{R.randint(1, 99)}",
                f"{s}.{f}",
                f"{f}_{s}",
                f"{f}{R.randint(70, 99)}",
            ]
        )
        return f"{local}@{host}"


def person_form(p, form):
    """Return segments for a person mention; title and possessive s stay outside the span."""
    P = "person"
    if form == "full":
        return [(f"{p.first} {p.sur}", P)]
    if form == "first":
        return [(p.first, P)]
    if form in ("t", "T"):
        return [(p.title(form == "T") + " ", None), (p.cap_sur(), P)]
    if form == "init":
        return [(f"{p.initials()} {p.sur}", P)]
    if form in ("low", "Low"):
        t = R.choice(["mw", "mw."] if p.female else ["dhr", "dhr."])
        if form == "Low":
            t = t.capitalize()
        return [(t + " ", None), (p.sur.lower(), P)]
    if form == "sur":
        return [(p.cap_sur(), P)]
    if form == "poss":
        f = p.first
        if f[-1] in "sxzß":
            return [(f, P), ("'", None)]
        if f[-1] in "aeiouy":
            return [(f, P), ("'s", None)]
        return [(f, P), ("s", None)]
    if form == "email":
        return [(p.email(pro=False), "email")]
    if form == "pmail":
        return [(p.email(pro=True), "email")]
    raise KeyError(form)


def neutral(kind):
    if kind == "age":
        return str(R.randint(19, 91))
    if kind == "year":
        return str(R.randint(2009, 2025))
    if kind == "month":
        return R.choice(MONTHS)
    if kind == "dur":
        return f"{R.choice(NUMWORDS)} {R.choice(['weken', 'maanden', 'jaar', 'dagen'])}"
    if kind == "time":
        return R.choice(
            [
                f"{R.randint(8, 17)}.{R.choice(['00', '15', '30', '45'])} uur",
                f"{R.randint(9, 16)}:30",
                "half tien",
                "kwart over twee",
            ]
        )
    if kind == "amount":
        return R.choice(
            [
                f"€ {R.randint(2, 19)}.{R.randint(100, 999)}",
                f"€ {R.randint(40, 950)},-",
                f"{R.randint(150, 4800)} euro",
                f"€{R.randint(12, 600)},{R.randint(10, 99)}",
            ]
        )
    if kind == "num":
        return str(R.randint(2, 9))
    raise KeyError(kind)


GEN = {
    "bsn": bsn,
    "iban": iban,
    "phone": phone,
    "postcode": postcode,
    "address": address,
    "date": date,
    "bdate": birthdate,
    "dossier": dossier,
}
LABEL = {"bdate": "date"}

# ---------------------------------------------------------------- templates (own wording)
# Slots: {c.full} person c in form full; {bsn} etc. pii; {wijk} {org} {role} keep; {age} {dur} ... neutral.
OPEN = {
    "les": [
        "Casusles uit {wijk}: {c.full} ({age}) kwam bij ons terecht via de {role} van {org}.",
        "Leerpunt van deze week gaat over {c.first}, een {age}-jarige bewoner van de {address} in {wijk}.",
        "In deze les beschrijven we hoe ons team in {wijk} samen met {org} de situatie van {c.T} heeft aangepakt.",
        "We kregen in {month} een melding over {c.full}, die sinds {year} in {wijk} woont.",
    ],
    "reply": [
        "Herkenbaar verhaal, {w.first}!",
        "Dank voor het delen, {w.first}; wij zagen bij {c.t} in {wijk} precies hetzelfde.",
        "Reactie van {v.full}, {role} bij {org}: goed dat dit op tafel komt.",
        "@{w.first} ik lees je casus nu pas, sorry voor de late reactie.",
    ],
    "handover": [
        "Overdracht {c.low}, {address}, {postcode} Den Haag.",
        "Overdrachtsnotitie voor {v.first} (ik ben {dur} met verlof).",
        "Overdracht casus {c.full}, dossiernummer {dossier}, wijk {wijk}.",
        "Korte overdracht i.v.m. ziekte van {w.full}.",
    ],
    "minutes": [
        "Notulen casusoverleg {wijk}, {date}, aanwezig: {w.full} ({role}), {v.init} ({org}) en {x.full}.",
        "Verslag MDO van {date} over {c.t}; voorzitter {w.first}, notulist {v.first}.",
        "Notulen wijkoverleg {wijk} van {date}, start {time}.",
        "Actiepuntenlijst overleg {org} en SWT {wijk}, vergadering van {date}.",
    ],
    "letter": [
        "Geachte {c.t},",
        "Beste {c.first},",
        "Geachte heer, mevrouw,",
        "Aan {c.full}, {address}, {postcode} Den Haag.",
        "Geachte {c.t}, {address}, {postcode} Den Haag,",
    ],
}
BODY = {
    "les": [
        "De zoon, {k.first} ({age}), deed de boodschappen, maar hij zat zelf ook vast.",
        "Pas toen de {role} een tweede keer langsging, vertelde {c.first} over de schulden van ruim {amount}.",
        "De {role} van {org}, {v.full}, stelde voor om eerst de huur veilig te stellen.",
        "Wat ons hielp: we spraken af dat alleen {w.first} contact hield, zodat {c.first} niet vijf gezichten zag.",
        "Op {date} volgde een huisbezoek samen met {x.init} van {org}.",
        "Het BSN van {c.first} ({bsn}) bleek bij {org} onder een oud adres geregistreerd te staan.",
        "De huur ging vanaf rekening {iban}, die al {dur} leeg was.",
        "{c.poss} buurvrouw, {nv.t}, belde uiteindelijk de {role}.",
        "Na {dur} stond er een vaste bewindvoerder, {x.full}, en kwam er rust.",
        "Bij nader inzien hadden we de {role} veel eerder moeten vragen mee te denken.",
        "{c.Low} wilde eerst niets met {org} te maken hebben, na een slechte ervaring in {year}.",
        "Het gezin woonde tot {date} op de {address} ({postcode}) en verhuisde toen naar {wijk}.",
        "Bij de aanmelding gaf {c.first} als adres {address}, {postcode} op, met BSN {bsn}.",
        "Oud-buurman {nm.full} is te bereiken via {nm.email}.",
        "{c.first} is {age} jaar, voelt zich sterk genoeg om alleen te wonen en wil geen hulp van {org}.",
        "Tip: leg de afspraken vast onder het zaaknummer ({dossier}) zodat collega's kunnen meelezen.",
        "De ex-partner, {r.full}, mocht volgens de afspraak met {org} niet meer aan de deur komen.",
        "Voor {k.poss} school in {wijk} hebben we contact gelegd met de {role}.",
        "Uiteindelijk kwam {c.first} zelf met het idee om {r.first} te vragen de post te openen.",
    ],
    "reply": [
        "Bij ons heeft {x.full} van {org} toen een keukentafelgesprek georganiseerd, dat werkte goed.",
        "Bij ons liep het geld van {c.first} via een rekening van {r.first} ({iban}), dat gaf veel gedoe.",
        "Misschien kun je {x.first} bellen, die weet veel van {org} ({phone}).",
        "Ik mail je de contactgegevens van onze {role}: {x.pmail}.",
        "Wij hadden een vergelijkbare casus ({dossier}) met {y.t} uit {wijk}.",
        "Check ook even of het BSN klopt, bij ons stond {bsn} twee keer in het systeem.",
        "Die woning aan de {address} ({postcode}) kennen we, daar woonde eerder {y.full}.",
        "Wat ik mis in je verhaal is de rol van {b.first}, de broer van {c.first}.",
        "Eens met {v.first}: zonder {org} aan tafel kom je niet verder.",
        "{x.Low} belde ons ook al {num} keer over hetzelfde, dus dat signaal klopt.",
        "Vorige maand, op {date}, hadden we hierover een intervisie met {y.full}.",
        "Let wel op dat de {role} pas na {dur} mag starten.",
        "Goed punt van {x.init}, de {role}, over de wachtlijst bij {org}.",
        "Ik zou de zaak van {y.first} en {y2.first} niet op één hoop gooien met die van {c.first}.",
        "Bij {y.sur} hebben we toen {org} ingeschakeld en dat scheelde {dur} wachten.",
    ],
    "handover": [
        "cliënt is {age} jr, woont alleen, dochter {d.first} komt 1x per week (tel {phone}).",
        "bsn {bsn}, geb. {bdate}.",
        "mailadres {c.first} gewijzigd in {c.email}, oude adres werkt niet meer.",
        "Sinds {month} {year} ligt de post ongeopend in de hoek van de gang, zegt {c.first}.",
        "Lopende aanvraag bij {org}, kenmerk {dossier}, besluit verwacht in {month}.",
        "Afspraak staat op {date} om {time} met {x.full} ({role}).",
        "Zoon {k.full} heeft volmacht over rekening {iban}.",
        "Let op: {r.low} (ex) mag geen info krijgen!",
        "Contact bij voorkeur via mail {c.email} of sms naar {phone}.",
        "Huisarts {x.init} is op de hoogte, {role} {y.full} nog niet.",
        "Buurman {nm.first} ({nm.poss} nummer staat in het dossier) let een beetje op.",
        "Nieuw adres per {date}: {address}, {postcode}.",
        "tijdelijk verblijf bij zus {z.first}, {address}, {postcode} (BSN cliënt {bsn}).",
        "leefgeld {amount} per week naar {iban} (t.n.v. {c.init}).",
        "Achterstand energie ca. {amount}, regeling via {org} loopt {dur}.",
        "{c.first} wil graag dat {v.first} de vaste contactpersoon blijft.",
        "Registratienummer bij {org}: {dossier}.",
        "nog checken bij {x.low} of de {role} al is geweest.",
    ],
    "minutes": [
        "{w.first} licht de situatie van {c.full} toe; het gezin woont sinds {year} in {wijk}.",
        "{v.T} meldt dat {org} de aanvraag onder nummer {dossier} in behandeling heeft.",
        "Besluit: {x.first} ({role}) neemt vóór {date} contact op met {c.t}.",
        "De {role} vraagt of {r.full} als mantelzorger kan worden betrokken.",
        "Actie {v.init}: gegevens doorsturen naar {org} (BSN {bsn}).",
        "Vanuit {org} sluit {y.full} de volgende keer aan, bereikbaar op {phone}.",
        "{y.full} ({y.pmail}) stuurt de nieuwe planning voor {month} rond.",
        "Elke maandag om {time} loopt de {role} met {x.first} een rondje door {wijk}; dat blijft zo.",
        "Rondvraag: {x.sur} wijst op de wachttijd van {dur} bij {org}.",
        "Het overleg met {c.poss} dochter {d.first} is verplaatst naar {date}.",
        "Er is een betalingsregeling van {amount} per maand afgesproken via {iban}.",
        "{w.sur} en {v.sur} gaan samen op huisbezoek op de {address}, {postcode}.",
        "Correctie op het verslag: het BSN van {c.t} is {bsn}, niet het eerder genoteerde nummer.",
        "Volgend overleg: {date}, {time}, wijkcentrum in {wijk}.",
        "Afgesproken wordt dat {x.first} de casus na {dur} evalueert.",
    ],
    "letter": [
        "Op {date} hebben wij uw aanvraag bij {org} ontvangen onder dossiernummer {dossier}.",
        "Wij hebben uw gegevens (BSN {bsn}) doorgegeven aan de {role}, {x.full}.",
        "De bijzondere bijstand wordt gestort op {iban} ten name van {c.init}.",
        "Het toegekende bedrag van {amount} maken wij over op rekening {iban}.",
        "Uw gesprek met {x.t} staat gepland op {date} om {time} in het wijkcentrum in {wijk}.",
        "Heeft u vragen, bel dan {v.first} op {phone} of mail naar {v.pmail}.",
        "Wij sturen deze brief ook naar uw bewindvoerder, {y.init}, zoals u op {date} heeft gevraagd.",
        "U kunt binnen {dur} bezwaar maken; vermeld daarbij uw cliëntnummer {dossier}.",
        "Wij zien dat uw zoon {k.first} ook op de {address} in {postcode} staat ingeschreven.",
        "Wilt u bij uw antwoord uw burgerservicenummer ({bsn}) en e-mailadres ({c.email}) vermelden?",
        "Uw buurvrouw {nv.t} gaf aan dat u de brieven van {org} niet ontvangt.",
        "Het huisbezoek van de {role} is verplaatst naar {date}.",
    ],
}
CLOSE = {
    "les": [
        "Les voor andere teams: vraag in {wijk} altijd naar het netwerk rond {c.first} voordat je {org} inschakelt.",
        "Vragen over deze casus? Mail {w.first} via {w.pmail}.",
        "Wat we de volgende keer anders doen: eerder de {role} betrekken.",
    ],
    "reply": [
        "Groet, {v.first} ({role}, {wijk})",
        "Succes ermee, en laat weten hoe het met {c.first} afloopt!",
        "Bel me gerust: {phone}. {v.first}",
    ],
    "handover": [
        "Vragen: {w.first}, {phone}.",
        "Volgende evaluatie {date}.",
        "Dossier staat onder {dossier} in het systeem.",
    ],
    "minutes": [
        "Sluiting om {time}; notulen volgen via {v.pmail}.",
        "Volgende vergadering {date}.",
        "De voorzitter bedankt {x.first} voor {dur} inzet voor het team in {wijk}.",
    ],
    "letter": [
        "Met vriendelijke groet, {w.full}, {role}, Sociaal Wijkteam {wijk}",
        "Hoogachtend, {w.init}, namens {org}",
        "Met vriendelijke groet, {w.first} {w.sur} ({role}), tel. {phone}",
    ],
}

GENDER = {"k": False, "b": False, "nm": False, "d": True, "z": True, "nv": True}
SLOT = re.compile(r"\{(\w+)(?:\.(\w+))?\}")
KEEP = {"wijk": WIJKEN, "org": ORGS, "role": ROLES}


def render(tpl, cast, parts):
    pos = 0
    for m in SLOT.finditer(tpl):
        parts.append((tpl[pos : m.start()], None))
        a, b = m.group(1), m.group(2)
        if b:
            if a not in cast:
                cast[a] = Person(GENDER.get(a))
            parts.extend(person_form(cast[a], b))
        elif a == "bsn":
            raw, shown = bsn(cast.get("_bsn") if R.random() < 0.6 else None)
            cast.setdefault("_bsn", raw)
            parts.append((shown, "bsn"))
        elif a in GEN:
            parts.append((GEN[a](), LABEL.get(a, a)))
        elif a in KEEP:
            parts.append((R.choice(KEEP[a]), a))
        else:
            parts.append((neutral(a), None))
        pos = m.end()
    parts.append((tpl[pos:], None))


def build_doc(i):
    reg = ["les", "reply", "handover", "minutes", "letter"][i % 5]
    cast = {}
    if reg in ("les", "handover"):
        cast["c"] = Person(True if R.random() < 0.6 else None)
    nbody = R.randint(3, 7)
    mates = {
        "les": ["reply"],
        "reply": ["les"],
        "handover": ["minutes"],
        "minutes": ["handover"],
        "letter": [],
    }[reg]
    others = [t for r in mates for t in BODY[r]]
    pool = BODY[reg] + (R.sample(others, 3) if others else [])
    sents = [R.choice(OPEN[reg])] + R.sample(pool, nbody) + [R.choice(CLOSE[reg])]
    parts = []
    sep = "\n" if reg in ("handover", "minutes", "letter") else " "
    for j, s in enumerate(sents):
        if j:
            parts.append((sep if R.random() < 0.7 else " ", None))
        render(s, cast, parts)
    text, pii, keep = "", [], []
    for seg, lab in parts:
        if lab in ("wijk", "org", "role"):
            keep.append(
                {"start": len(text), "end": len(text) + len(seg), "label": lab, "text": seg}
            )
        elif lab:
            pii.append({"start": len(text), "end": len(text) + len(seg), "label": lab, "text": seg})
        text += seg
    assert 4 <= len(sents) <= 10
    return {"id": f"ho13-{i:04d}", "text": text, "pii": pii, "keep": keep, "register": reg}, len(
        sents
    )


def check(doc):
    spans = sorted(doc["pii"] + doc["keep"], key=lambda s: s["start"])
    for s in spans:
        assert doc["text"][s["start"] : s["end"]] == s["text"], s
        assert s["text"] == s["text"].strip() and s["text"], s
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (doc["id"], a, b)


def main():
    assert len(set(F_FIRST + M_FIRST)) >= 120 and len(set(SURNAMES)) >= 120
    n_templates = sum(len(v) for d in (OPEN, BODY, CLOSE) for v in d.values())
    assert n_templates >= 50, n_templates
    docs = []
    for i in range(80):
        doc, _ = build_doc(i)
        check(doc)
        del doc["register"]
        docs.append(doc)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout13.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    from collections import Counter

    c = Counter(s["label"] for d in docs for s in d["pii"])
    assert (
        c["person"] >= 300
        and min(
            c[x]
            for x in ("bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier")
        )
        >= 25
    ), c
    k = Counter(s["label"] for d in docs for s in d["keep"])
    print("templates", n_templates, "pii", dict(c), "keep", dict(k))


if __name__ == "__main__":
    main()
