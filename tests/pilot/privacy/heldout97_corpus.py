#!/usr/bin/env python3
"""heldout97: independent held-out test corpus (structured / semi-structured SWT records). Deterministic; stdlib only."""

import json, os

# Helpers for heldout97_corpus.py (stdlib only, deterministic via the passed Random).
import datetime
import re
import unicodedata

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
MABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]

# ---------------------------------------------------------------- names
NAMES = {
    "nl": (
        [
            "Roos",
            "Sanne",
            "Annie",
            "Ria",
            "Ineke",
            "Truus",
            "Sterre",
            "Marja",
            "Els",
            "Wilma",
            "Joke",
            "Anneke",
            "Bianca",
            "Petra",
            "Nel",
            "Corrie",
            "Gonny",
            "Jacqueline",
        ],
        [
            "Kees",
            "Henk",
            "Joop",
            "Bram",
            "Wim",
            "Gerrit",
            "Daan",
            "Ruud",
            "Johan",
            "Sjaak",
            "Kevin",
            "Dennis",
            "Ton",
            "Arie",
            "Leen",
            "Cor",
        ],
        [
            "de Vries",
            "Jansen",
            "van den Berg",
            "Bakker",
            "Visser",
            "Koster",
            "de Wit",
            "Mulder",
            "de Groot",
            "Smit",
            "Hoogendoorn",
            "van Leeuwen",
            "Kok",
            "Schouten",
            "Hoek",
            "Zwart",
            "van der Meer",
            "Vos",
            "Bosman",
            "Roos",
            "Hoop",
            "Dekker",
            "van Dam",
            "Kuiper",
            "Brouwer",
            "Pronk",
            "Vink",
            "Hart",
            "Schipper",
            "van der Zwan",
            "Zuidgeest",
            "Bloem",
        ],
    ),
    "ma": (
        [
            "Fatima",
            "Khadija",
            "Naima",
            "Hanan",
            "Samira",
            "Malika",
            "Nora",
            "Zineb",
            "Soukaina",
            "Houda",
            "Latifa",
            "Ikram",
            "Rabia",
        ],
        [
            "Mohamed",
            "Rachid",
            "Youssef",
            "Mustapha",
            "Abdelkader",
            "Hamid",
            "Said",
            "Bilal",
            "Anouar",
            "Driss",
            "Hicham",
            "Ayoub",
        ],
        [
            "El Amrani",
            "Bouzid",
            "Ouali",
            "Azzouzi",
            "Boukhari",
            "El Idrissi",
            "Ait Hamou",
            "Belhaj",
            "Benali",
            "Chaouch",
            "El Khattabi",
            "Ouahabi",
            "Bennani",
            "Achahbar",
            "Tahiri",
            "Ben Haddou",
        ],
    ),
    "tr": (
        ["Ayşe", "Emine", "Hatice", "Elif", "Fatma", "Zeynep", "Songül", "Gülay", "Sibel", "Hülya"],
        [
            "Mehmet",
            "Mustafa",
            "Hüseyin",
            "Ahmet",
            "Kemal",
            "Osman",
            "Erdal",
            "Murat",
            "Yusuf",
            "Ibrahim",
        ],
        [
            "Yilmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Öztürk",
            "Aydın",
            "Yıldız",
            "Arslan",
            "Doğan",
            "Koç",
            "Kurt",
            "Özdemir",
            "Bulut",
        ],
    ),
    "hs": (
        ["Shanti", "Sunita", "Kavita", "Anita", "Radha", "Sharmila", "Indira", "Usha", "Reshma"],
        ["Radjesh", "Anand", "Sunil", "Ramesh", "Dinesh", "Vikash", "Rakesh", "Prem"],
        [
            "Ramsaran",
            "Jagessar",
            "Mahabier",
            "Baldewsingh",
            "Ramdin",
            "Kalka",
            "Sewdien",
            "Bhoelai",
            "Ramlal",
            "Soekhai",
            "Jhinkoe",
            "Autar",
            "Kanhai",
            "Ganga",
        ],
    ),
    "sc": (
        [
            "Gerda",
            "Ruth",
            "Marlies",
            "Jennifer",
            "Cynthia",
            "Esmeralda",
            "Jolanda",
            "Romy",
            "Hermien",
        ],
        ["Marlon", "Glenn", "Ricardo", "Errol", "Romeo", "Humphrey", "Clyde", "Iwan", "Orlando"],
        [
            "Pinas",
            "Sedney",
            "Vrijdag",
            "Kort",
            "Sabajo",
            "Doelwijt",
            "Zondag",
            "Maandag",
            "Amelo",
            "Wijngaarde",
            "Linger",
            "Tjon A Fong",
            "Nelom",
            "Held",
        ],
    ),
    "an": (
        ["Jusmary", "Shirley", "Rosalia", "Migdalia", "Ashanti", "Xiomara", "Jeanette", "Sharline"],
        ["Shurandy", "Jurich", "Gilbert", "Edsel", "Rignald", "Jandino", "Roderick", "Ryangelo"],
        [
            "Martina",
            "Isenia",
            "Rosaria",
            "Maduro",
            "Koeiman",
            "Winklaar",
            "Statia",
            "Cijntje",
            "Daal",
            "Croes",
            "Leito",
            "Felida",
        ],
    ),
    "cv": (
        ["Maria", "Djeniffer", "Ana", "Célia", "Edna", "Lúcia", "Ivone"],
        ["José", "Manuel", "Adilson", "Nelson", "Carlos", "Joaquim", "Emanuel", "Dany"],
        [
            "Lopes",
            "Tavares",
            "Fortes",
            "Monteiro",
            "Andrade",
            "Semedo",
            "Gomes",
            "Varela",
            "Rodrigues",
            "da Graça",
            "dos Santos",
            "Lima",
        ],
    ),
    "pl": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Ewa", "Magdalena", "Beata"],
        ["Tomasz", "Piotr", "Krzysztof", "Paweł", "Marek", "Łukasz", "Grzegorz", "Dariusz"],
        [
            "Kowalczyk",
            "Wiśniewski",
            "Nowak",
            "Zieliński",
            "Grabowski",
            "Wójcik",
            "Kamiński",
            "Lewandowski",
            "Mazur",
            "Dąbrowski",
            "Sikora",
        ],
    ),
    "bg": (
        ["Mariya", "Ivanka", "Desislava", "Galina", "Petya", "Stanka"],
        ["Georgi", "Ivan", "Dimitar", "Stoyan", "Plamen", "Hristo"],
        ["Dimitrov", "Ivanov", "Georgiev", "Petrov", "Stoyanov", "Kolev", "Angelov"],
    ),
    "ro": (
        ["Elena", "Ioana", "Andreea", "Mihaela", "Florentina", "Gabriela"],
        ["Ion", "Marian", "Florin", "Gheorghe", "Adrian", "Costel", "Vasile"],
        ["Popescu", "Ionescu", "Constantin", "Dumitru", "Stan", "Munteanu", "Lungu", "Radu"],
    ),
    "sy": (
        ["Rasha", "Lina", "Hiba", "Amal", "Rania", "Nour", "Sawsan", "Ghalia"],
        ["Ahmad", "Khaled", "Omar", "Mahmoud", "Bashar", "Firas", "Abdulrahman"],
        [
            "Al-Hassan",
            "Haddad",
            "Khalil",
            "Al Masri",
            "Darwish",
            "Alhamwi",
            "Kassem",
            "Al-Ali",
            "Shaker",
            "Hamdan",
        ],
    ),
    "er": (
        ["Semhar", "Helen", "Saba", "Freweyni", "Mebrat", "Yordanos", "Luwam"],
        ["Yonas", "Filmon", "Tesfalem", "Biniam", "Merhawi", "Samuel", "Awet"],
        [
            "Tesfay",
            "Ghebremariam",
            "Haile",
            "Tekle",
            "Berhane",
            "Kidane",
            "Habte",
            "Woldu",
            "Gebremedhin",
        ],
    ),
    "so": (
        ["Hodan", "Faadumo", "Nasra", "Ayaan", "Sahra", "Hibo", "Ubah"],
        ["Abdirahman", "Abdullahi", "Mahad", "Liban", "Hassan", "Guled", "Mohamud"],
        ["Farah", "Warsame", "Abdi", "Hirsi", "Jama", "Osman", "Aden", "Yusuf", "Ahmed", "Nur"],
    ),
    "af": (
        ["Zahra", "Freshta", "Mariam", "Parwana", "Nazanin", "Shabnam", "Mursal"],
        ["Farid", "Mohammad Nabi", "Wahid", "Jawad", "Naveed", "Zabiullah", "Ahmad Shah"],
        ["Ahmadi", "Rahimi", "Noori", "Sultani", "Hakimi", "Karimi", "Mohammadi", "Azizi", "Popal"],
    ),
    "cn": (
        ["Mei", "Xiaoling", "Yan", "Hui", "Jing", "Lan"],
        ["Wei", "Jun", "Ming", "Hao", "Jian", "Bo"],
        ["Chen", "Wang", "Zhang", "Lin", "Liu", "Huang", "Zhou", "Wu"],
    ),
    "gh": (
        ["Akosua", "Abena", "Ama", "Efua", "Adwoa", "Gifty", "Comfort", "Grace"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Emmanuel", "Ebenezer", "Kwaku"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Agyeman", "Osei", "Appiah", "Darko", "Ofori"],
    ),
    "ml": (
        ["Wilhelmina", "Johanna", "Mientje"],
        ["Johannes", "Dominggus", "Frans"],
        ["Latuputty", "Pattiradjawane", "Tahapary", "Manuputty", "Sahetapy"],
    ),
}
ORIGIN_W = [
    ("nl", 16),
    ("ma", 14),
    ("tr", 10),
    ("hs", 8),
    ("sc", 7),
    ("an", 5),
    ("cv", 4),
    ("pl", 5),
    ("bg", 3),
    ("ro", 3),
    ("sy", 5),
    ("er", 4),
    ("so", 4),
    ("af", 3),
    ("cn", 3),
    ("gh", 4),
    ("ml", 2),
]

PROF_FIRST_F = [
    "Merel",
    "Ilse",
    "Noor",
    "Sevda",
    "Priya",
    "Lotte",
    "Esra",
    "Dewi",
    "Chayenne",
    "Fleur",
    "Yasmina",
    "Nadia",
    "Marloes",
    "Anouk",
    "Latoya",
    "Wendy",
    "Iris",
    "Hester",
    "Saskia",
    "Hatice",
    "Naomi",
    "Jamila",
    "Kirsten",
    "Mirjam",
    "Roos",
    "Mei",
]
PROF_FIRST_M = [
    "Karim",
    "Joost",
    "Hamza",
    "Bas",
    "Rik",
    "Sjoerd",
    "Jeroen",
    "Tim",
    "Reza",
    "Ferdi",
    "Gökhan",
    "Thijs",
    "Mounir",
    "Ruben",
    "Vincent",
    "Stefan",
    "Anil",
    "Desmond",
    "Pieter",
]
PROF_LAST = [
    "Aksoy",
    "van Rijn",
    "Haddou",
    "Brink",
    "Ramcharan",
    "Oosterhout",
    "Verbeek",
    "El Ouazzani",
    "Molenaar",
    "Hendriks",
    "Tromp",
    "Lieuw",
    "Biharie",
    "de Jong",
    "Meijer",
    "Groen",
    "Spaans",
    "Boer",
    "Voskuilen",
    "Steenbergen",
    "Wouters",
    "Arends",
    "Özkan",
    "Sitaram",
    "van Oosten",
    "Kerkhof",
    "de Graaf",
    "Baas",
    "Veenstra",
    "Ait Said",
    "Koning",
    "Bruins",
    "Nijholt",
]
DOCTORS = [
    "Hoogendoorn",
    "Verhoef",
    "van Kampen",
    "Tjin",
    "Ramautar",
    "El Bakkali",
    "de Bruijn",
    "Kloosterman",
    "Sardjoe",
    "Wiersma",
    "Lam",
]

ROLE_ORG = [
    ("maatschappelijk werker", "Xtra"),
    ("maatschappelijk werker", "Xtra"),
    ("maatschappelijk werker", "Xtra"),
    ("wijkverpleegkundige", "Florence"),
    ("wijkverpleegkundige", "Haagse Wijk- en Woonzorg"),
    ("Wmo-adviseur", "gemeente Den Haag"),
    ("MEE-consulent", "MEE"),
    ("welzijnscoach", "Vitis Welzijn"),
    ("ouderenconsulent", "Zebra Welzijn"),
    ("casusregisseur", "gemeente Den Haag"),
    ("schuldhulpverlener", "Schuldhulpverlening"),
    ("SPV", "Parnassia"),
    ("casemanager dementie", "Florence"),
    ("jongerenwerker", "Xtra"),
    ("ouderenadviseur", "Welzijn Scheveningen"),
    ("consulent werk en inkomen", "SZW"),
    ("sociaal raadsman", "Sociaal Raadslieden"),
    ("ervaringsdeskundige", "Straatconsulaat"),
    ("woonconsulent", "Haag Wonen"),
    ("wijkagent", "politie"),
    ("GGZ-consulent", "Parnassia"),
    ("trajectbegeleider", "Leger des Heils"),
]
ORG_DOMAIN = {
    "Xtra": "xtra.nl",
    "Florence": "florence.nl",
    "Haagse Wijk- en Woonzorg": "hwwzorg.nl",
    "gemeente Den Haag": "denhaag.nl",
    "MEE": "mee-zhn.nl",
    "Vitis Welzijn": "vitiswelzijn.nl",
    "Zebra Welzijn": "zebrawelzijn.nl",
    "Schuldhulpverlening": "denhaag.nl",
    "Parnassia": "parnassia.nl",
    "Welzijn Scheveningen": "welzijnscheveningen.nl",
    "SZW": "denhaag.nl",
    "Sociaal Raadslieden": "sr-denhaag.nl",
    "Straatconsulaat": "straatconsulaat.nl",
    "Haag Wonen": "haagwonen.nl",
    "politie": "politie.nl",
    "Leger des Heils": "legerdesheils.nl",
    "Staedion": "staedion.nl",
    "Vestia": "vestia.nl",
    "Veilig Thuis": "veiligthuishaaglanden.nl",
    "Crossover": "crossover-advies.nl",
    "CAOP": "caop.nl",
}

WIJKEN = [
    "Schilderswijk",
    "Transvaal",
    "Mariahoeve",
    "Moerwijk",
    "Bouwlust",
    "Vrederust",
    "Morgenstond",
    "Escamp",
    "Laak",
    "Spoorwijk",
    "Stationsbuurt",
    "Regentessekwartier",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Loosduinen",
    "Waldeck",
    "Rustenburg",
    "Oostbroek",
    "Bezuidenhout",
    "Ypenburg",
    "Leidschenveen",
    "Wateringseveld",
    "Valkenboskwartier",
    "Houtwijk",
    "Centrum",
    "Zuiderpark",
    "Groente- en Fruitmarktbuurt",
    "Kraayenstein",
    "Leyenburg",
]
STADSDELEN = {
    "Escamp": [
        "Moerwijk",
        "Bouwlust",
        "Vrederust",
        "Morgenstond",
        "Rustenburg",
        "Oostbroek",
        "Zuiderpark",
        "Wateringseveld",
        "Leyenburg",
    ],
    "Laak": ["Laak", "Spoorwijk"],
    "Centrum": [
        "Schilderswijk",
        "Transvaal",
        "Stationsbuurt",
        "Centrum",
        "Groente- en Fruitmarktbuurt",
    ],
    "Segbroek": ["Regentessekwartier", "Valkenboskwartier", "Segbroek"],
    "Loosduinen": ["Waldeck", "Houtwijk", "Kraayenstein", "Loosduinen"],
    "Haagse Hout": ["Mariahoeve", "Bezuidenhout"],
    "Scheveningen": ["Duindorp", "Scheveningen"],
    "Leidschenveen-Ypenburg": ["Ypenburg", "Leidschenveen"],
}
WIJKCODE = {
    "Schilderswijk": "SCH",
    "Transvaal": "TRV",
    "Mariahoeve": "MAH",
    "Moerwijk": "MRW",
    "Bouwlust": "BLV",
    "Vrederust": "BLV",
    "Morgenstond": "MGS",
    "Escamp": "ESC",
    "Laak": "LAK",
    "Spoorwijk": "LAK",
    "Stationsbuurt": "CEN",
    "Regentessekwartier": "SEG",
    "Duindorp": "SCV",
    "Scheveningen": "SCV",
    "Segbroek": "SEG",
    "Loosduinen": "LSD",
    "Waldeck": "LSD",
    "Rustenburg": "ESC",
    "Oostbroek": "ESC",
    "Bezuidenhout": "HHT",
    "Ypenburg": "YPB",
    "Leidschenveen": "LVY",
    "Wateringseveld": "ESC",
    "Valkenboskwartier": "SEG",
    "Houtwijk": "LSD",
    "Centrum": "CEN",
    "Zuiderpark": "ESC",
    "Groente- en Fruitmarktbuurt": "CEN",
    "Kraayenstein": "LSD",
    "Leyenburg": "ESC",
}

STREETS = [
    "Hoefkade",
    "Vaillantlaan",
    "Van Ostadestraat",
    "Jacob Catsstraat",
    "Paul Krugerlaan",
    "Kempstraat",
    "Hobbemastraat",
    "Parallelweg",
    "Leyweg",
    "Loosduinseweg",
    "Moerweg",
    "Zuidlarenstraat",
    "Dedemsvaartweg",
    "Erasmusweg",
    "Melis Blokstraat",
    "Apeldoornselaan",
    "Lozerlaan",
    "Loevesteinlaan",
    "Ruychrocklaan",
    "Isabellaland",
    "Nieboerweg",
    "Heeswijkplein",
    "Stuwstraat",
    "Thorbeckelaan",
    "Goudenregenstraat",
    "Weimarstraat",
    "Fahrenheitstraat",
    "Regentesselaan",
    "Valkenboslaan",
    "Beeklaan",
    "Conradkade",
    "Scheveningseweg",
    "Duinstraat",
    "Prinsegracht",
    "Wagenstraat",
    "Calandplein",
    "Wateringseweg",
    "Zuiderparklaan",
    "De la Reyweg",
    "Hengelolaan",
    "Steenwijklaan",
    "Oudemansstraat",
    "Laan van Meerdervoort",
    "Bezuidenhoutseweg",
    "Theresiastraat",
    "Juliana van Stolberglaan",
    "Rijswijkseweg",
    "2e Van der Kunstraat",
    "Jan Blankenstraat",
    "Hanenburglaan",
    "Diamanthorst",
    "Bouwlustlaan",
    "Meppelweg",
    "Twentstraat",
    "Escamplaan",
    "Zusterstraat",
    "Boekhorststraat",
    "Vlierboomstraat",
    "Westduinweg",
    "Pluvierstraat",
    "Elandstraat",
    "Copernicusplein",
    "Mient",
    "Kamperfoeliestraat",
    "Mr. P. Droogleever Fortuynweg",
    "Spaarwaterstraat",
    "Cromvlietkade",
    "Laakkade",
    "Ternatestraat",
    "Dr. Lelykade",
]
HNR_SUFFIX = [
    "",
    "",
    "",
    "",
    "",
    "",
    "A",
    "B",
    "-A",
    "-B",
    "-1",
    "-2",
    "-3",
    "-hs",
    " bis",
    "-II",
    "-III",
    " a",
    "C",
    "-huis",
    " 1e",
    "-01",
    " rood",
    "A",
    "-hs",
    "-1",
]

LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


def strip_acc(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ş", "s").replace("ğ", "g")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _conv(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    return int(_conv(s[4:] + s[:4])) % 97 == 1


def bsn_ok(b):
    d = [int(c) for c in b if c.isdigit()]
    if len(d) != 9:
        return False
    s = sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]
    return s % 11 == 0


class P:
    """a person: first, last, sex ('f'/'m'), extra attributes."""

    def __init__(self, first, last, sex, origin="nl", **kw):
        self.first, self.last, self.sex, self.origin = first, last, sex, origin
        self.__dict__.update(kw)

    @property
    def lastcap(self):
        return self.last[0].upper() + self.last[1:]

    @property
    def initial(self):
        return self.first[0] + "."

    @property
    def inits(self):  # JvR style initials for a professional
        parts = self.last.split()
        return self.first[0] + "".join(p[0].lower() for p in parts[:-1]) + parts[-1][0].upper()


class G:
    def __init__(self, r):
        self.r = r

    def ch(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(seq, k)

    # ------------------------------------------------------------ people
    def person(self, origin=None, sex=None, last=None):
        r = self.r
        if origin is None:
            origin = r.choices([o for o, _ in ORIGIN_W], [w for _, w in ORIGIN_W])[0]
        if sex is None:
            sex = r.choice("fm")
        fem, male, sur = NAMES[origin]
        first = r.choice(fem if sex == "f" else male)
        if last is None:
            last = r.choice(sur)
            while last == first:
                last = r.choice(sur)
            if origin == "pl" and sex == "f" and last.endswith("ki"):
                last = last[:-1] + "a"
            if origin == "bg" and sex == "f":
                last = last + "a"
        return P(first, last, sex, origin)

    def sal(self, p):
        return "mevrouw" if p.sex == "f" else "heer"

    def relative(self, p, sex=None, same_last=True, origin=None, kid=False, avoid=()):
        q = self.person(origin=origin or p.origin, sex=sex, last=p.last if same_last else None)
        if kid and q.origin == "nl":
            q.first = (
                self.ch(["Sterre", "Sanne", "Lieke", "Fenna", "Tess", "Julia", "Mila", "Roos"])
                if q.sex == "f"
                else self.ch(["Daan", "Bram", "Sem", "Jayden", "Milan", "Luuk", "Finn", "Kevin"])
            )
        if same_last and q.origin == "pl":
            base = p.last
            if q.sex == "f" and base.endswith("ki"):
                base = base[:-1] + "a"
            if q.sex == "m" and base.endswith("ka"):
                base = base[:-1] + "i"
            q.last = base
        if same_last and q.origin == "bg":
            base = p.last[:-1] if p.sex == "f" else p.last
            q.last = base + ("a" if q.sex == "f" else "")
        while q.first == p.first or q.first == q.last or q.first in avoid:
            q.first = self.person(origin=q.origin, sex=q.sex).first
        return q

    RELW = {
        "child": ("dochter", "zoon"),
        "sib": ("zus", "broer"),
        "neigh": ("buurvrouw", "buurman"),
        "cousin": ("nicht", "neef"),
        "friend": ("vriendin", "vriend"),
        "aunt": ("tante", "oom"),
        "inlaw": ("schoonzus", "zwager"),
        "grandchild": ("kleindochter", "kleinzoon"),
        "partner": ("ex-partner", "ex-partner"),
    }

    def rw(self, p, kinds=("child", "sib")):
        k = self.ch(list(kinds))
        return self.RELW[k][0 if p.sex == "f" else 1]

    def poss(self, p, style="first"):
        nm = p.first if style == "first" else p.lastcap
        suf = "'s" if nm[-1] in "aeiouy" else ("'" if nm[-1] in "sxz" else "s")
        return f"[[p:{nm}]]{suf}"

    def prof(self, role=None, org=None, sex=None):
        r = self.r
        sex = sex or r.choice("fm")
        first = r.choice(PROF_FIRST_F if sex == "f" else PROF_FIRST_M)
        last = r.choice(PROF_LAST)
        if role is None:
            role, org2 = r.choice(ROLE_ORG)
            org = org or org2
        elif org is None:
            cands = [o for ro, o in ROLE_ORG if ro == role]
            org = r.choice(cands) if cands else "gemeente Den Haag"
        return P(first, last, sex, "prof", role=role, org=org)

    def profs(self, n):
        out, seen = [], set()
        while len(out) < n:
            p = self.prof()
            if (
                p.first in seen
                or p.inits in {q.inits for q in out}
                or p.last in {q.last for q in out}
            ):
                continue
            seen.add(p.first)
            out.append(p)
        return out

    def title(self, p, formal=False, lower=False):
        if formal:
            t = self.ch(["mevrouw", "mevr."]) if p.sex == "f" else self.ch(["de heer", "meneer"])
        else:
            t = (
                self.ch(["mw.", "mw", "mevr.", "Mw.", "mevrouw"])
                if p.sex == "f"
                else self.ch(["dhr.", "dhr", "meneer", "Dhr.", "de heer"])
            )
        return t.lower() if lower else t

    def n(self, p, style=None):
        """name markup in a given style"""
        if style is None:
            style = self.ch(["full", "full", "init", "first", "tlast", "tlast", "tlast"])
        if style == "full":
            return f"[[p:{p.first} {p.last}]]"
        if style == "fullcap":
            return f"[[p:{p.first} {p.lastcap}]]"
        if style == "split":
            return f"[[p:{p.first}]] [[p:{p.last}]]"
        if style == "init":
            return f"[[p:{p.initial} {p.last}]]"
        if style == "init2":
            extra = self.ch("AJMHCEW")
            return f"[[p:{p.initial}{extra}. {p.last}]]"
        if style == "first":
            return f"[[p:{p.first}]]"
        if style == "last":
            return f"[[p:{p.lastcap}]]"
        if style == "lastlow":
            return f"[[p:{p.last}]]"
        if style == "tlast":
            return f"{self.title(p)} [[p:{p.lastcap if self.chance(0.5) else p.last}]]"
        if style == "tlastf":
            return f"{self.title(p, formal=True)} [[p:{p.lastcap}]]"
        if style == "tinit":
            return f"{self.title(p)} [[p:{p.initial} {p.last}]]"
        if style == "tfull":
            return f"{self.title(p)} [[p:{p.first} {p.last}]]"
        if style == "lower":
            return f"{self.title(p, lower=True).rstrip('.')} [[p:{p.last.lower()}]]"
        if style == "lowerfirst":
            return f"[[p:{p.first.lower()}]]"
        if style == "rev":
            return f"[[p:{p.lastcap}, {p.initial}]]"
        if style == "revfull":
            return f"[[p:{p.lastcap}, {p.first}]]"
        if style == "inits":
            return f"[[p:{p.inits}]]"
        if style == "clientinit":
            return f"{self.title(p)} [[p:{p.lastcap[0]}.]]"
        if style == "upper":
            return f"[[p:{p.initial} {p.lastcap.upper()}]]"
        raise ValueError(style)

    # ------------------------------------------------------------ dates
    anchor = None

    def dt(self, lo=None, hi=None, weekday=False):
        if lo is None and self.anchor is not None:
            a = self.anchor.toordinal() - 60
            b = self.anchor.toordinal() + 10
        else:
            a = datetime.date(*(lo or (2023, 1, 1))).toordinal()
            b = datetime.date(*(hi or (2025, 6, 30))).toordinal()
        while True:
            d = datetime.date.fromordinal(self.r.randint(a, b))
            if not weekday or d.weekday() < 5:
                return d

    def wdate(self, y, m, d0=1, d1=28):
        while True:
            d = datetime.date(y, m, self.r.randint(d0, d1))
            if d.weekday() < 5:
                return d

    def bdt(self, y0=1938, y1=2005):
        return self.dt((y0, 1, 1), (y1, 12, 31))

    @staticmethod
    def fmt(d, st):
        dd, m, y, wd = d.day, d.month, d.year, d.weekday()
        ab = MABBR[m - 1]
        abp = ab if ab == "mei" else ab + "."
        return {
            "long": f"{dd} {MONTHS[m - 1]} {y}",
            "dmonth": f"{dd} {MONTHS[m - 1]}",
            "dmy": f"{dd:02d}-{m:02d}-{y}",
            "dmy1": f"{dd}-{m}-{y}",
            "dmyy": f"{dd}-{m}-'{y % 100:02d}",
            "dmy2": f"{dd}-{m}-{y % 100:02d}",
            "dmy2z": f"{dd:02d}-{m:02d}-{y % 100:02d}",
            "slash": f"{dd}/{m}/{y}",
            "slash0": f"{dd:02d}/{m:02d}/{y}",
            "dmsl": f"{dd}/{m}",
            "dm": f"{dd:02d}-{m:02d}",
            "dm1": f"{dd}-{m}",
            "abbr": f"{dd} {ab}",
            "abbry": f"{dd} {abp} {y}",
            "abbryy": f"{dd} {ab} '{y % 100:02d}",
            "wdlong": f"{DAYS[wd]} {dd} {MONTHS[m - 1]}",
            "Wdlong": f"{DAYS[wd].capitalize()} {dd} {MONTHS[m - 1]}",
            "wdfull": f"{DAYS[wd]} {dd} {MONTHS[m - 1]} {y}",
            "Wdfull": f"{DAYS[wd].capitalize()} {dd} {MONTHS[m - 1]} {y}",
            "wdsl": f"{DABBR[wd]} {dd}/{m}",
            "wdab": f"{DABBR[wd]} {dd} {ab}",
            "wddm": f"{DABBR[wd]} {dd}-{m}",
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "dots": f"{dd:02d}.{m:02d}.{y}",
            "dotsshort": f"{dd}.{m}.{y % 100:02d}",
        }[st]

    FORMAL = ["long", "long", "dmy", "dmy1", "wdfull", "abbry"]
    NOTE = [
        "dmsl",
        "dm1",
        "abbr",
        "wdsl",
        "dmyy",
        "dmy2",
        "dmonth",
        "wdab",
        "dm",
        "wddm",
        "dmy1",
        "abbryy",
        "dotsshort",
    ]
    EXPORT = ["iso", "dmy", "dots", "slash0"]
    BIRTH = ["dmy", "dmy", "dmy1", "long", "slash", "dots", "dmy2z"]

    def d(self, d=None, st=None, group=None):
        if d is None:
            d = self.dt()
        if st is None:
            st = self.ch(group or (self.FORMAL + self.NOTE))
        if st[:2] in ("wd", "Wd") and d.weekday() > 4:
            d = d + datetime.timedelta(days=7 - d.weekday())
        return f"[[d:{self.fmt(d, st)}]]"

    def bd(self, st=None, y0=1938, y1=2005):
        return self.d(self.bdt(y0, y1), st or self.ch(self.BIRTH))

    # ------------------------------------------------------------ numbers
    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def mobile_raw(self):
        return "6" + str(self.r.randint(1, 5)) + self.digits(7)

    def phone(self, kind=None, st=None):
        r = self.r
        kind = kind or r.choice(["m"] * 11 + ["l"] * 4 + ["f"])
        if kind == "m":
            n = self.mobile_raw()
            a = n[1:]  # 8 digits after 6
            st = st or r.choice(
                [
                    "dash",
                    "dash",
                    "space",
                    "plain",
                    "dash4",
                    "pairs",
                    "intl",
                    "intl0",
                    "intl2",
                    "sp3",
                    "dbl0",
                ]
            )
            return (
                "[[t:"
                + {
                    "dash": f"06-{a}",
                    "space": f"06 {a}",
                    "plain": f"06{a}",
                    "dash4": f"06-{a[:4]} {a[4:]}",
                    "pairs": f"06 {a[:2]} {a[2:4]} {a[4:6]} {a[6:]}",
                    "intl": f"+31 6 {a[:4]} {a[4:]}",
                    "intl0": f"+31 (0)6 {a[:4]} {a[4:]}",
                    "intl2": f"+316{a}",
                    "sp3": f"06 - {a[:3]} {a[3:6]} {a[6:]}",
                    "dbl0": f"0031 6 {a}",
                }[st]
                + "]]"
            )
        if kind == "l":
            a = str(r.randint(3, 4)) + self.digits(6)
            st = st or r.choice(["dash", "space", "paren", "plain", "intl", "spdash", "intl0"])
            return (
                "[[t:"
                + {
                    "dash": f"070-{a}",
                    "space": f"070 {a[:3]} {a[3:5]} {a[5:]}",
                    "paren": f"(070) {a[:3]} {a[3:]}",
                    "plain": f"070{a}",
                    "intl": f"+31 70 {a[:3]} {a[3:]}",
                    "spdash": f"070 - {a}",
                    "intl0": f"+31 (0)70 {a}",
                }[st]
                + "]]"
            )
        if kind == "f":
            cc = st or r.choice(["pl", "bg", "ro", "ma", "tr", "sr", "be"])
            return (
                "[[t:"
                + {
                    "pl": f"+48 {r.randint(500, 799)} {self.digits(3)} {self.digits(3)}",
                    "bg": f"+359 8{r.randint(7, 9)} {self.digits(3)} {self.digits(4)}",
                    "ro": f"+40 7{self.digits(2)} {self.digits(3)} {self.digits(3)}",
                    "ma": f"+212 6 {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(2)}",
                    "tr": f"+90 5{self.digits(2)} {self.digits(3)} {self.digits(2)} {self.digits(2)}",
                    "sr": f"+597 8{self.digits(2)}-{self.digits(4)}",
                    "be": f"+32 4{self.digits(2)} {self.digits(2)} {self.digits(2)} {self.digits(2)}",
                }[cc]
                + "]]"
            )
        raise ValueError(kind)

    def email(self, p=None, work=False, org=None):
        r = self.r
        p = p or self.person()
        f = strip_acc(p.first).lower().replace(" ", "")
        l = strip_acc(p.last).lower().replace(" ", "").replace("-", "")
        if work:
            dom = ORG_DOMAIN.get(org or getattr(p, "org", ""), "denhaag.nl")
            loc = r.choice([f"{f[0]}.{l}", f"{f}.{l}", f"{f}{l[0]}", f"{f[0]}{l}"])
            if dom == "denhaag.nl":
                loc = f"{f}.{l}"
        else:
            dom = r.choice(
                [
                    "hotmail.com",
                    "gmail.com",
                    "live.nl",
                    "ziggo.nl",
                    "kpnmail.nl",
                    "outlook.com",
                    "icloud.com",
                    "yahoo.com",
                    "hotmail.nl",
                    "planet.nl",
                    "gmail.com",
                    "hotmail.com",
                ]
            )
            yy = str(r.randint(60, 99)) if r.random() < 0.5 else str(r.randint(1, 999))
            loc = r.choice(
                [
                    f"{f}.{l}",
                    f"{f[0]}.{l}",
                    f"{f}{l}{yy}",
                    f"{f}_{l}",
                    f"{l}{f[0]}",
                    f"{f}{yy}",
                    f"{f}.{l}{yy}",
                    f"mama{f}{yy}" if p.sex == "f" else f"{f}{l[:3]}{yy}",
                    f"{l}.{f}",
                ]
            )
        return f"[[e:{loc}@{dom}]]"

    def iban(self, country=None, spaced=None):
        r = self.r
        if country is None:
            country = r.choice(["NL"] * 8 + ["BE", "DE", "PL"])
        if country == "NL":
            bban = (
                r.choice(
                    [
                        "ABNA",
                        "RABO",
                        "INGB",
                        "INGB",
                        "SNSB",
                        "ASNB",
                        "TRIO",
                        "BUNQ",
                        "KNAB",
                        "RBRB",
                        "RABO",
                    ]
                )
                + ("0" if r.random() < 0.5 else str(r.randint(1, 9)))
                + self.digits(9)
            )
        elif country == "BE":
            ten = str(r.randint(1, 9)) + self.digits(9)
            c = int(ten) % 97 or 97
            bban = ten + f"{c:02d}"
        elif country == "DE":
            bban = str(r.randint(1, 9)) + self.digits(17)
        elif country == "PL":
            bban = self.digits(24)
        else:
            raise ValueError(country)
        chk = 98 - int(_conv(bban + country + "00")) % 97
        s = f"{country}{chk:02d}{bban}"
        if spaced is None:
            spaced = r.random() < 0.6
        if spaced:
            s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        assert iban_ok(s)
        return f"[[i:{s}]]"

    def bsn_raw(self):
        r = self.r
        while True:
            d = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
            c = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
            if c == 10:
                continue
            s = "".join(map(str, d + [c]))
            assert bsn_ok(s)
            return s

    def bsn(self, st=None):
        s = self.bsn_raw()
        st = st or self.ch(["plain", "plain", "dots4", "space3", "dots3"])
        s = {
            "plain": s,
            "dots4": f"{s[:4]}.{s[4:6]}.{s[6:]}",
            "space3": f"{s[:3]} {s[3:6]} {s[6:]}",
            "dots3": f"{s[:3]}.{s[3:6]}.{s[6:]}",
        }[st]
        return f"[[b:{s}]]"

    def nine_not_bsn(self):
        while True:
            s = str(self.r.randint(1, 9)) + self.digits(8)
            if not bsn_ok(s):
                return s

    def pc(self, st=None, lo=2491, hi=2597):
        r = self.r
        while True:
            ls = r.choice(LETTERS) + r.choice(LETTERS)
            if ls not in ("SA", "SD", "SS"):
                break
        num = r.randint(lo, hi)
        st = st or r.choice(
            ["sp", "sp", "sp", "nosp", "low"] if r.random() < 0.25 else ["sp", "sp", "nosp"]
        )
        s = {"sp": f"{num} {ls}", "nosp": f"{num}{ls}", "low": f"{num} {ls.lower()}"}[st]
        return f"[[pc:{s}]]"

    def hnr(self):
        r = self.r
        n = r.choice([r.randint(1, 40), r.randint(1, 250), r.randint(1, 600)])
        return f"{n}{r.choice(HNR_SUFFIX)}"

    def street(self):
        return self.ch(STREETS)

    def addr(self, street=None):
        return f"[[a:{street or self.street()} {self.hnr()}]]"

    def dos(self, kind=None, wijk=None, year=None):
        r = self.r
        if year is None and self.anchor is not None:
            year = self.anchor.year if r.random() < 0.8 else self.anchor.year - 1
        y = year or r.choice([2023, 2024, 2024, 2025])
        yy = y % 100
        kind = kind or r.choice(["swt", "yearnum", "szw", "hash", "zk", "wmo", "shv", "Z"])
        wc = WIJKCODE.get(wijk, r.choice(["ESC", "LAK", "SCH", "MAH", "SEG", "CEN"]))
        s = {
            "swt": f"SWT-{wc}-{y}-{r.randint(1, 999):04d}",
            "swt2": f"SWT/{wc}/{yy}/{r.randint(1, 499):03d}",
            "yearnum": f"{y}-{r.randint(100, 99999):05d}",
            "szw": f"SZW-{self.digits(6)}",
            "vt": f"VT-{y}-{r.randint(100, 9999):04d}",
            "hash": f"#{r.randint(10000, 99999)}",
            "zk": f"ZK{yy}/{r.randint(100, 99999):05d}",
            "wmo": f"WMO-{yy}-{r.randint(100, 99999):05d}",
            "shv": f"SHV {y}-{r.randint(1000, 29999)}",
            "klant": str(r.randint(10000000, 99999999)),
            "hw": f"HW/INC/{y}/{r.randint(100, 99999):05d}",
            "oggz": f"OGGZ-{yy}-{r.randint(1, 9999):04d}",
            "cjib": f"{self.digits(4)} {self.digits(4)} {self.digits(4)} {self.digits(4)}",
            "court": f"C/09/{r.randint(600000, 699999)}",
            "deb": f"D-{r.randint(100000, 999999)}",
            "polis": self.nine_not_bsn(),
            "Z": f"Z{yy}.{r.randint(1, 999999):06d}",
            "mee": f"MEE-{r.randint(10000, 99999)}",
            "ref": f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.choice(['BV', 'HK', 'IN', 'AR'])}-{r.randint(10, 99)}",
            "rel": "7" + self.digits(8),
            "contract": f"{r.randint(1000, 1999)}-{r.randint(100, 999)}-{r.randint(10, 99)}",
            "vve": f"{r.choice(['INC', 'INK'])}{yy}{self.digits(5)}",
            "client": f"cl.{r.randint(1000, 99999)}",
            "bw": f"BW-{r.randint(1000, 9999)}/{yy}",
            "toesl": f"{self.digits(4)}.{self.digits(2)}.{self.digits(3)}.H.{yy:02d}.{r.randint(1, 9)}",
            "uwv": f"UWV/{r.randint(100000, 999999)}",
            "ind": f"V-nr {self.digits(10)}",
        }[kind]
        return f"[[k:{s}]]"


# ------------------------------------------------------------ markup
MARK = re.compile(r"\[\[(p|b|t|e|i|pc|a|d|k):(.*?)\]\]|<<(o|w|r):(.*?)>>", re.S)
PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "k": "dossier",
}
KEEP = {"o": "org", "w": "wijk", "r": "role"}


def strip_markup(src):
    out, pii, keep = [], [], []
    pos, n = 0, 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += m.start() - pos
        if m.group(1):
            lab, txt, tgt = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, tgt = KEEP[m.group(3)], m.group(4), keep
        tgt.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "<<" not in text and ">>" not in text, text
    return text, pii, keep


# ====================================================================== families A: intake / exports

HULPVRAGEN = [
    "Ik krijg steeds brieven die ik niet snap en ik durf ze niet meer open te maken.",
    "Sinds mijn man is overleden lukt het huishouden niet meer en ik zit de hele dag binnen.",
    "Ik wil rust in mijn hoofd. De deurwaarder komt steeds en ik slaap slecht.",
    "Mijn buren maken me gek en de corporatie doet niks.",
    "Ik wil werken maar eerst moeten de schulden geregeld worden.",
    "Ik kan de trap niet meer op en douchen gaat niet meer alleen.",
    "Hulp bij formulieren, toeslagen en de post. Alles loopt door elkaar.",
    "Ik wil dat mijn zoon weer naar school gaat en dat er minder ruzie is thuis.",
    "Ik weet niet waar ik moet slapen als ik hier weg moet.",
]


def fam_intake(g):
    c = g.person()
    w = g.ch(WIJKEN)
    pr = g.prof(
        role=g.ch(["maatschappelijk werker", "casusregisseur", "Wmo-adviseur", "welzijnscoach"])
    )
    doc = g.ch(DOCTORS)
    ref = g.ch(
        [
            f"<<r:huisarts>> (dr. [[p:{doc}]])",
            f"<<o:Servicepunt XL>> <<w:{w}>>",
            "eigen initiatief (inloopspreekuur)",
            f"<<r:wijkagent>> [[p:{g.ch(PROF_FIRST_M)}]]",
            f"buurvrouw ({g.n(g.person(sex='f'), 'tlast')})",
            f"<<o:{g.ch(['Haag Wonen', 'Staedion', 'Vestia'])}>> (vroegsignalering)",
        ]
    )
    kids = g.r.randint(0, 3)
    hh = {
        0: "alleenstaand",
        1: "alleenstaande ouder, 1 kind",
        2: "gehuwd, 2 kinderen",
        3: "alleenstaande ouder, 3 kinderen",
    }[kids]
    if kids and g.chance(0.6):
        ch = g.relative(c, kid=True)
        hh += f" (o.a. {g.n(ch, 'first')}, {g.r.randint(4, 17)} jr)"
    hv = g.ch(HULPVRAGEN)
    if g.chance(0.3):
        rel = g.relative(c, sex="f", same_last=g.chance(0.4))
        hv = (
            hv[:-1]
            + f". Mijn dochter {g.n(rel, 'first')} helpt wel, maar die heeft het zelf ook druk."
        )
    lg = [
        "financiën",
        "huisvesting",
        "gezondheid",
        "psychisch",
        "dagbesteding",
        "sociaal netwerk",
        "opvoeding",
    ]
    boxes = "  ".join(f"[{'x' if g.chance(0.45) else ' '}] {x}" for x in lg)
    L = [
        f"INTAKEFORMULIER sociaal wijkzorgteam <<w:{w}>>",
        f"Datum intake: {g.d(st=g.ch(['dmy', 'dmy1', 'long', 'slash']))}     Intake door: {g.n(pr, 'full')} (<<r:{pr.role}>>)",
        f"Dossiernr.: {g.dos(g.ch(['swt', 'yearnum', 'zk', 'swt2']), wijk=w)}",
        "",
        "1. Personalia",
        f"Naam: {g.n(c, g.ch(['full', 'revfull', 'init2']))}",
        f"Geboortedatum: {g.bd()}",
    ]
    if g.chance(0.7):
        L.append(f"BSN: {g.bsn()}")
    L += [
        f"Adres: {g.addr()}, {g.pc()} Den Haag",
        f"Tel: {g.phone('m')}" + (f" / vast {g.phone('l')}" if g.chance(0.25) else ""),
    ]
    if g.chance(0.6):
        L.append(f"E-mail: {g.email(c)}")
    else:
        L.append("E-mail: geen / gebruikt geen mail")
    L += [
        f"Huishouden: {hh}",
    ]
    if g.chance(0.6):
        q = g.relative(c, same_last=g.chance(0.5))
        L.append(
            f"Contactpersoon: {g.n(q, g.ch(['full', 'first', 'tlast']))} ({g.rw(q, ('child', 'sib', 'cousin', 'neigh'))})"
            + (f", {g.phone()}" if g.chance(0.4) else "")
        )
    L += [
        f"Inkomen: {g.ch(['bijstand (Participatiewet)', 'AOW + klein pensioen', 'WIA', 'loon (0-urencontract)', 'geen inkomen op dit moment', 'Wajong'])}"
        + (
            f", rek.nr {g.iban('PL' if c.origin == 'pl' and g.chance(0.5) else 'NL')}"
            if g.chance(0.35)
            else ""
        ),
        f"Aangemeld via: {ref}",
        "",
        "2. Hulpvraag (in eigen woorden)",
        f'"{hv}"',
        "",
        "3. Leefgebieden",
        boxes,
    ]
    if g.chance(0.5):
        L += [
            "",
            f"Bijzonderheden: {g.ch(['tolk nodig (Arabisch), via tolkentelefoon', 'spreekt goed Nederlands', 'analfabeet, alles mondeling uitleggen', 'hond in huis, afspraak altijd eerst bellen', 'wil niet dat de huisarts wordt ingelicht'])}.",
        ]
    if g.chance(0.5):
        L.append(f"Toestemmingsverklaring getekend op {g.d(st=g.ch(['dmy', 'dm1', 'dmsl']))}.")
    return "\n".join(L)


def fam_csv_export(g):
    w = g.ch(WIJKEN)
    hdr = g.ch(
        [
            "klantnr;achternaam;voornaam;geb_datum;adres;postcode;telefoon;hulpvraag",
            "klantnr;achternaam;voornaam;geb_datum;adres;postcode;telefoon;hulpvraag",
        ]
    )
    rows = []
    for _ in range(g.r.randint(3, 5)):
        c = g.person()
        num = g.dos(g.ch(["client", "hash", "yearnum", "klant"]))
        hv = g.ch(
            [
                "schulden",
                "huisvesting",
                "eenzaamheid",
                "Wmo hh-hulp",
                "opvoeding",
                "dagbesteding",
                "inkomen/werk",
                "overlast",
                "psychisch",
                "schulden + huur",
            ]
        )
        tel = (
            g.phone(g.ch(["m", "m", "l"]), st="plain" if g.chance(0.5) else None)
            if g.chance(0.85)
            else ""
        )
        rows.append(
            f"{num};[[p:{c.lastcap}]];[[p:{c.first}]];{g.d(g.bdt(), 'iso')};{g.addr()};{g.pc(st=g.ch(['sp', 'nosp']))};{tel};{hv}"
        )
    wk = g.anchor.isocalendar()[1]
    return "\n".join(
        [f"Export aanmeldingen <<o:Servicepunt XL>> <<w:{w}>> - week {wk}", hdr]
        + rows
        + [f"-- {len(rows)} regels, gegenereerd {g.d(g.anchor, 'iso')} 07:00 door <<o:RIS>>"]
    )


def fam_webform(g):
    c = g.person()
    contact = g.person()
    rel = g.rw(contact, ("child", "neigh", "friend", "cousin", "sib"))
    L = [
        "--- Formulier: Aanmelding sociaal wijkzorgteam (website) ---",
        f"Ingediend op: {g.d(st='iso')} {g.r.randint(7, 22):02d}:{g.r.randint(0, 59):02d}",
        "[Gegevens aanvrager]",
        f"Voorletters: [[p:{c.initial}{g.ch(['', 'M.', 'J.', 'A.'])}]]",
        f"Achternaam: [[p:{c.last}]]",
        f"Geslacht: {'vrouw' if c.sex == 'f' else 'man'}",
        f"Geboortedatum: {g.bd(st=g.ch(['dmy', 'slash0', 'iso']))}",
        f"Straat + huisnummer: {g.addr()}",
        f"Postcode: {g.pc()}",
        "Woonplaats: Den Haag",
        f"Telefoonnummer: {g.phone()}",
        f"E-mailadres: {g.email(c)}",
        "[Wie vult dit formulier in?]",
        f"( ) ikzelf  (x) iemand anders, namelijk: {g.n(contact, 'full')} ({rel})",
        f"Telefoon contactpersoon: {g.phone('m')}",
        "[Waar gaat het over?]",
        g.ch(
            [
                f"Mijn moeder woont alleen in <<w:{g.ch(WIJKEN)}>> en vergeet steeds vaker dingen, gisteren stond het gas aan. Huisarts zegt dat we bij jullie moeten zijn.",
                "Hij heeft huurachterstand en doet de deur niet open voor de corporatie. Ik maak me zorgen.",
                "Ze is net uit het ziekenhuis (<<o:HMC Westeinde>>) en heeft hulp nodig in huis, de thuiszorg komt maar 2x per week.",
                "Veel schulden, post ligt ongeopend op de mat. Wil wel hulp maar durft niet te bellen.",
            ]
        ),
        "[Toestemming]",
        "(x) Ik heb toestemming van de persoon om wie het gaat.",
    ]
    return "\n".join(L)


def fam_household(g):
    a = g.person()
    partner = g.relative(a, sex="m" if a.sex == "f" else "f", same_last=g.chance(0.5))
    kids = []
    for _ in range(g.r.randint(1, 4)):
        kids.append(
            g.relative(a if g.chance(0.5) else partner, kid=True, avoid={k.first for k in kids})
        )
    st = g.ch(["dmy", "dmy1", "iso"])
    rows = [
        ("aanvrager", a, g.bdt(1965, 1995), True),
        ("partner", partner, g.bdt(1960, 1995), g.chance(0.6)),
    ]
    for k in kids:
        rows.append(("kind", k, g.bdt(2006, 2022), False))
    L = [
        f"Huishoudsamenstelling (bron: BRP, opgevraagd {g.d(st=g.ch(['dm1', 'dmy', 'long']))})",
        "rol        | naam                    | geb.datum   | BSN",
    ]
    for rol, p, bd, wb in rows:
        L.append(
            f"{rol:<10} | {g.n(p, g.ch(['revfull', 'full']))} | {g.d(bd, st)} | {g.bsn() if wb else '-'}"
        )
    L.append(f"Woonadres: {g.addr()}, {g.pc()} 's-Gravenhage")
    L.append(
        g.ch(
            [
                "NB: oudste woont deels bij oma in Rijswijk, niet ingeschreven.",
                f"NB: partner staat nog ingeschreven maar verblijft sinds {g.ch(MONTHS)} elders (info clt).",
                "NB: gezin heeft 3 kamers, 6 personen.",
                f"NB: jongste heeft indicatie <<o:CJG>>, contact via <<r:jeugdconsulent>> {g.n(g.prof(), 'first')}.",
            ]
        )
    )
    return "\n".join(L)


def fam_zorgdomein(g):
    c = g.person()
    doc = P(g.ch(["P.", "A.", "M.", "R.", "J.H.", "S."]), g.ch(DOCTORS), g.ch("fm"))
    w = g.ch(WIJKEN)
    L = [
        "VERWIJSBERICHT (ZorgDomein) - sociaal wijkzorgteam",
        f"Verwijzer: [[p:{doc.first} {doc.last}]], <<r:huisarts>>, <<o:Huisartsenpraktijk {g.ch(['De Vaart', 'Hoefkade', 'Zuiderpark', 'Het Oude Centrum', 'Laakkwartier', 'Kijkduin'])}>>",
        f"AGB/tel. praktijk: {g.phone('l')}",
        f"Patiënt: {g.n(c, g.ch(['init', 'rev', 'full']))}, {'vrouw' if c.sex == 'f' else 'man'}, geb. {g.bd()}",
        f"BSN: {g.bsn()}",
        f"Adres: {g.addr()} {g.pc()} DEN HAAG",
        f"Tel. patiënt: {g.phone()}",
        f"Datum verwijzing: {g.d(g.anchor, g.ch(['dmy', 'dots', 'slash0']))}",
        "",
        "Reden van verwijzing:",
        g.ch(
            [
                "Pt. bekend met depressieve klachten en alcoholgebruik, komt niet naar GGZ-afspraken. Financiële problemen, dreigende huisuitzetting. Graag outreachende inzet.",
                "Eenzaamheid, sinds overlijden echtgenoot sterk vermagerd. Weigert dagbesteding. Graag huisbezoek en inventarisatie Wmo.",
                "Vermoeden LVB, moeite met administratie, vaak op spreekuur met niet-medische vragen. Verzoek om ondersteuning en evt. <<o:MEE>>.",
                "Mantelzorger (zoon) overbelast, pt. met beginnende dementie. Graag <<r:casemanager dementie>> betrekken.",
            ]
        ),
        f"Toestemming pt.: ja (mondeling, {g.d(g.anchor - datetime.timedelta(days=g.r.randint(0, 6)), g.ch(['dm1', 'dmsl', 'dmonth']))})",
        f"Gericht aan: SWT <<w:{w}>>",
    ]
    if g.chance(0.5):
        L.append(f"cc: <<r:POH-GGZ>> {g.n(g.prof(), g.ch(['full', 'first']))}")
    return "\n".join(L)


def fam_quicknote_intake(g):
    c = g.person()
    pr = g.prof()
    w = g.ch(WIJKEN)
    bits = [
        f"aanm. {g.d(g.anchor, g.ch(['dmsl', 'dm1', 'wdsl']))} via {g.ch(['<<r:wijkagent>>', '<<o:Servicepunt XL>>', '<<r:huisarts>>', '<<o:Veilig Thuis>>', 'buren'])}",
        f"clt: {g.n(c, g.ch(['lower', 'tlast', 'full', 'lowerfirst']))} ({g.r.randint(23, 88)})",
        f"adres: {g.addr()}" + (f" ({g.pc()})" if g.chance(0.5) else ""),
        f"tel {g.phone()}" if g.chance(0.8) else "geen tel. bekend",
        f"wijk: <<w:{w}>>",
        f"urgentie: {g.ch(['hoog', 'middel', 'laag', 'HOOG - ontruiming'])}",
        f"eerste contact: {g.n(pr, 'first')} (<<r:{pr.role}>>) {g.d(g.anchor + datetime.timedelta(days=g.r.randint(1, 8)), g.ch(['wdab', 'wddm', 'dmsl']))}",
    ]
    sep = g.ch([" | ", " / ", "\n", " - "])
    extra = g.ch(
        [
            "korte notitie, meer info volgt na hb",
            f"let op: broer {g.n(g.relative(c, sex='m'), 'first')} is agressief geweest tegen vorige hulpverlener",
            "clt wil alleen door vrouwelijke hulpverlener bezocht worden",
            "spreekt Pools/Engels",
            f"eerder dossier {g.dos('swt', wijk=w)} gesloten",
        ]
    )
    return sep.join(bits) + sep + extra


def fam_toestemming(g):
    c = g.person()
    w = g.ch(WIJKEN)
    cr = g.prof(role="casusregisseur")
    doc = g.ch(DOCTORS)
    orgs = g.sample(
        [
            "Haag Wonen",
            "Staedion",
            "Parnassia",
            "Schuldhulpverlening gemeente Den Haag",
            "MEE",
            "Florence",
            "Xtra",
            "UWV",
            "Belastingdienst/Toeslagen",
            "Leger des Heils",
            "Brijder",
            "Kessler Stichting",
        ],
        5,
    )
    L = [
        "TOESTEMMINGSVERKLARING uitwisselen van gegevens",
        "",
        "Ondergetekende,",
        f"naam: {g.n(c, g.ch(['full', 'init2', 'fullcap']))}",
        f"geboortedatum: {g.bd()}",
        (
            f"BSN: {g.bsn()}  (alleen nodig voor aanvraag Wmo / schuldhulp)"
            if g.chance(0.6)
            else f"adres: {g.addr()}"
        ),
        f"geeft het sociaal wijkzorgteam <<w:{w}>> toestemming om informatie uit te wisselen met:",
        f"[x] <<r:huisarts>> (naam: dr. [[p:{doc}]])",
    ]
    for o in orgs:
        L.append(f"[{'x' if g.chance(0.7) else ' '}] <<o:{o}>>")
    L += [
        (lambda q: f"[x] anders: mijn {g.rw(q, ('child', 'sib', 'cousin'))} {g.n(q, 'full')}")(
            g.relative(c, same_last=g.chance(0.5))
        ),
        f"Deze toestemming geldt tot {g.d(g.anchor + datetime.timedelta(days=g.ch([182, 365, 365, 730])), g.ch(['long', 'dmy']))} en kan altijd worden ingetrokken.",
        f"Plaats: Den Haag    Datum: {g.d(g.anchor, g.ch(['dmy', 'dmy1', 'slash']))}",
        f"Handtekening cliënt: (getekend)      <<r:Casusregisseur>>: {g.n(cr, g.ch(['full', 'init']))}",
    ]
    return "\n".join(L)


CREDITORS = [
    ("Staedion", "huur", "hw"),
    ("Haag Wonen", "huur", "hw"),
    ("Vestia", "huur", "contract"),
    ("Eneco", "energie", "rel"),
    ("Vattenfall", "energie", "klant"),
    ("Dunea", "water", "klant"),
    ("Zilveren Kruis", "zorgverz.", "polis"),
    ("VGZ", "zorgverz.", "polis"),
    ("CAK", "bestuursr. premie", "polis"),
    ("CJIB", "boetes", "cjib"),
    ("Belastingdienst/Toeslagen", "terugvordering HT", "toesl"),
    ("KPN", "telefoon", "klant"),
    ("Ziggo", "internet", "klant"),
    ("Wehkamp", "kopen op afbetaling", "klant"),
    ("Intrum", "incasso (Vodafone)", "deb"),
    ("Lowell", "incasso", "deb"),
    ("GGN", "deurwaarder", "deb"),
    ("Flanderijn", "deurwaarder", "deb"),
    ("DUO", "studieschuld", "klant"),
    ("gemeente Den Haag", "belastingen", "klant"),
]


def fam_debts(g):
    c = g.person()
    shv = g.prof(role=g.ch(["schuldhulpverlener", "maatschappelijk werker", "sociaal raadsman"]))
    cs = g.sample(CREDITORS, g.r.randint(4, 7))
    L = [
        f"Schuldenoverzicht {g.n(c, g.ch(['tlast', 'tinit', 'full']))} - opgesteld {g.d(st=g.ch(['dmy', 'dm1', 'long']))} door {g.n(shv, g.ch(['first', 'full', 'inits']))} (<<r:{shv.role}>>)",
        "schuldeiser                | kenmerk                 | bedrag     | status",
    ]
    tot = 0
    for name, what, kind in cs:
        amt = g.r.randint(80, 4200) + g.r.randint(0, 99) / 100
        tot += amt
        status = g.ch(
            [
                "BR loopt",
                "aanmaning",
                "bij deurwaarder",
                "beslag op loon",
                "geen reactie",
                "opgevraagd",
                "betalingsregeling afgebroken",
                "dwangbevel",
            ]
        )
        amt_s = f"€ {amt:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        ken = g.dos(kind) if g.chance(0.6) else g.ch(["-", "onbekend", "opvragen", "?"])
        L.append(f"<<o:{name}>> ({what}) | {ken} | {amt_s} | {status}")
    tot_s = f"{tot:,.0f}".replace(",", ".")
    L.append(f"Totaal ca. € {tot_s}")
    L.append(
        f"Inkomen: {g.ch(['uitkering Participatiewet', 'WW (' + g.dos('uwv') + ')', 'loon ca. 1.450 netto', 'AOW'])}, rekening {g.iban()}"
    )
    if g.chance(0.5):
        L.append(
            f"Beslag: {g.ch(['<<o:Belastingdienst>>', '<<o:GGN>>', '<<o:CJIB>>'])} legt beslag sinds {g.ch(MONTHS)}. Vrij te laten bedrag laten herberekenen."
        )
    L.append(
        g.ch(
            [
                "Vervolg: aanmelding <<o:Schuldhulpverlening>>, stukken compleet maken.",
                f"Vervolg: <<r:bewindvoerder>> aanvragen, zitting kantonrechter {g.d(st=g.ch(['dm1', 'dmonth']))}.",
                "Vervolg: eerst stabiliseren, BR's aanvragen, daarna MSNP.",
            ]
        )
    )
    return "\n".join(L)


def fam_vroegsignaal(g):
    c = g.person()
    corp = g.ch(["Haag Wonen", "Staedion", "Vestia", "Eneco", "Dunea", "Zilveren Kruis"])
    p1, p2 = g.profs(2)
    first = g.anchor + datetime.timedelta(days=g.r.randint(2, 10))
    while first.weekday() > 4:
        first += datetime.timedelta(days=1)
    second = first + datetime.timedelta(days=g.r.randint(2, 9))
    L = [
        "SIGNAAL VROEGSIGNALERING SCHULDEN",
        f"Bron: <<o:{corp}>> ({g.ch(['huurachterstand', 'betalingsachterstand', 'dreigende afsluiting', 'premieachterstand'])})    Ontvangen: {g.d(g.anchor, g.ch(['dmy', 'iso']))}",
        f"Betreft: {g.n(c, g.ch(['init', 'rev', 'full', 'upper']))}, {g.addr()}, {g.pc()}",
        f"Achterstand: € {g.r.randint(300, 4000)},{g.r.randint(0, 99):02d} ({g.r.randint(2, 6)} mnd)",
        f"Klantnr. {corp}: {g.dos(g.ch(['klant', 'contract', 'rel', 'vve']))}",
        f"Tel. (volgens {corp}): {g.phone()}",
        "",
        f"Actie SWT: outreachend huisbezoek {g.d(first, g.ch(['wdlong', 'wdsl', 'wdab']))} door {g.n(p1, 'first')} en {g.n(p2, 'first')} - niet thuis, kaartje in de bus.",
        f"2e poging {g.d(second, g.ch(['wdsl', 'wddm', 'dmsl']))}: "
        + g.ch(
            [
                f"clt deed open, dochter {g.n(g.relative(c, sex='f'), 'first')} aanwezig. Afspraak gemaakt op kantoor.",
                "weer niet thuis. Buurvrouw zegt dat hij 's nachts werkt.",
                "gesproken, clt wil geen hulp ('dat regel ik zelf'). Folder achtergelaten.",
                f"clt open en opgelucht. Direct BR aangevraagd bij <<o:{corp}>>.",
            ]
        ),
    ]
    return "\n".join(L)


def fam_sysdump(g):
    c = g.person(sex=g.ch("fm"))
    mz = g.relative(c, same_last=g.chance(0.5))
    beh = g.prof(role="Wmo-adviseur")
    num = g.dos("wmo")
    L = [
        f"[MELDING {num}]",
        f'client.naam          = "{g.n(c, g.ch(["revfull", "rev", "full"]))}"',
        f"client.geboortedatum = {g.d(g.bdt(1930, 1965), 'iso')}",
        f"client.bsn           = {g.bsn('plain')}",
        f'client.adres         = "{g.addr()}"',
        f"client.postcode      = {g.pc('nosp')}",
        f"client.telefoon      = {g.phone(g.ch(['l', 'm']), st='plain')}",
        f'contact.naam         = "{g.n(mz, "full")}" ({g.ch(["dochter", "zoon", "schoondochter", "kleinzoon"])})',
        f"contact.telefoon     = {g.phone('m')}",
        f"melding.type         = {g.ch(['Wmo huishoudelijke ondersteuning', 'Wmo woningaanpassing', 'Wmo begeleiding individueel', 'Wmo vervoer (Haagse Pas/deeltaxi)', 'Wmo rolstoel'])}",
        f"melding.ontvangen    = {g.d(st='iso')}",
        f"melding.behandelaar  = {g.n(beh, g.ch(['full', 'inits']))}",
        f"melding.status       = {g.ch(['IN_BEHANDELING', 'WACHT_OP_GESPREK', 'ONDERZOEK_AFGEROND', 'BESCHIKT'])}",
        f'melding.opmerking    = "{g.ch(["mantelzorger belt liever zelf", "huisbezoek ivm slechthorendheid", "dossier hangt samen met " + g.dos("swt"), "eerdere aanvraag afgewezen"])}"',
    ]
    return "\n".join(L)


FAMS_A = [
    fam_intake,
    fam_csv_export,
    fam_webform,
    fam_household,
    fam_zorgdomein,
    fam_quicknote_intake,
    fam_toestemming,
    fam_debts,
    fam_vroegsignaal,
    fam_sysdump,
]
# ====================================================================== families B: meetings / minutes


def _attendees(g, ps, style=None):
    st = style or g.ch(["firstorg", "fullrole", "initsrole"])
    out = []
    for p in ps:
        if st == "firstorg":
            out.append(f"{g.n(p, 'first')} (<<o:{p.org}>>)")
        elif st == "fullrole":
            out.append(f"{g.n(p, 'full')} (<<r:{p.role}>>)")
        else:
            out.append(f"{g.n(p, 'inits')} - <<r:{p.role}>>")
    return ", ".join(out)


CASE_SNIPPETS = [
    "huurachterstand loopt op, <<o:{corp}>> dreigt met dagvaarding. Clt opent post niet.",
    "na opname in <<o:Parnassia>> terug thuis, medicatietrouw wisselend. Zus belt dagelijks.",
    "vervuilde woning, melding buren. Clt laat niemand binnen, wel contact via brievenbus.",
    "zoon (19) blowt, hangt rond op het plein, moeder radeloos. <<r:jongerenwerker>> gevraagd.",
    "eenzaam, komt alleen buiten voor de boodschappen bij de <<o:Lidl>>. Interesse in koffieochtend <<o:Vitis Welzijn>>.",
    "WSNP-verzoek afgewezen, opnieuw stabiliseren. Beslag op uitkering door <<o:CJIB>>.",
    "spanningen met ex-partner, omgangsregeling kinderen. Mogelijk <<o:Veilig Thuis>> consulteren.",
    "valt regelmatig, woont op 3e verdieping zonder lift. Urgentie aangevraagd.",
]


def fam_casusoverleg(g):
    w = g.ch(WIJKEN)
    ps = g.profs(g.r.randint(4, 6))
    absent = g.prof()
    notul = ps[-1]
    dt = g.dt(weekday=True)
    L = [
        f"Verslag casusoverleg SWT <<w:{w}>>",
        f"Datum: {g.d(dt, g.ch(['wdfull', 'Wdfull', 'dmy', 'long']))}, {g.ch(['9.30-11.00', '13.00-14.30', '10.00-12.00'])} uur",
        f"Aanwezig: {_attendees(g, ps[:-1])}",
        f"Afwezig m.k.: {g.n(absent, 'first')} (<<r:{absent.role}>>)",
        f"Notulen: {g.n(notul, g.ch(['first', 'inits']))}",
        "",
        f"1. Mededelingen - {g.n(ps[0], 'first')} is vanaf {g.d(dt + datetime.timedelta(days=g.r.randint(7, 40)), g.ch(['dmonth', 'dm1', 'abbr']))} {g.ch(['met verlof', 'met zwangerschapsverlof', 'op cursus', 'minder inzetbaar'])}; vervanging door {g.n(g.prof(), 'first')}.",
    ]
    for i in range(g.r.randint(2, 3)):
        c = g.person()
        corp = g.ch(["Haag Wonen", "Staedion", "Vestia"])
        style = g.ch(["clientinit", "tlast", "tlast", "lower", "tinit"])
        head = f"{i + 2}. Casus {g.n(c, style)}" + (
            f" ({g.dos(g.ch(['swt', 'yearnum', 'zk', 'hash']), wijk=w)})"
            if g.chance(0.6)
            else f", {g.addr()}"
        )
        body = g.ch(CASE_SNIPPETS).format(corp=corp)
        if g.chance(0.5):
            q = g.relative(c)
            body += " " + g.ch(
                [
                    f"{g.poss(c)} {g.rw(q)} {g.n(q, 'first')} woont in hetzelfde portiek en springt bij.",
                    f"{g.poss(q)} school ({g.rw(q, ('child',))}) meldt veel verzuim.",
                    f"Clt werkt 3 ochtenden als vakkenvuller bij de <<o:Albert Heijn>> op de {g.street()}.",
                    f"Sinds {g.ch(['mei', 'juni', 'maart', 'oktober'])} woont {g.rw(q, ('child', 'grandchild'))} {g.n(q, 'first')} ({g.r.randint(16, 24)}) weer thuis.",
                    f"Ex-partner {g.n(g.person(), g.ch(['first', 'full']))} heeft nog sleutels van de woning.",
                ]
            )
        extra = ""
        if g.chance(0.5):
            rel = g.relative(c, same_last=g.chance(0.6))
            extra = f" {g.rw(rel).capitalize()} {g.n(rel, g.ch(['first', 'full']))} is bereikbaar op {g.phone('m')}."
        if g.chance(0.6):
            extra += g.ch(
                [f" Adres is {g.addr()}.", f" Woont op {g.addr()}.", f" (adres: {g.addr()})"]
            )
        L += [head, "   " + body + extra]
    L += ["", "Actiepunten:"]
    for p in g.sample(ps[:-1], min(3, len(ps) - 1)):
        act = g.ch(
            [
                "belt corporatie voor BR",
                "plant huisbezoek samen met wijkverpleging",
                "vraagt bewindvoering aan",
                "overlegt met huisarts",
                "maakt aanmelding <<o:MEE>>",
                "zoekt uit of er een urgentie mogelijk is",
                "koppelt terug aan melder",
                "regelt tolk",
            ]
        )
        dl = dt + datetime.timedelta(days=g.r.randint(3, 21))
        L.append(
            f"- {g.n(p, 'inits')}: {act}, vóór {g.d(dl, g.ch(['wdsl', 'dmsl', 'dm1', 'wddm']))}"
        )
    L.append(
        f"Volgend overleg: {g.d(dt + datetime.timedelta(days=14), g.ch(['wdlong', 'dmy', 'wdsl']))}"
    )
    return "\n".join(L)


def fam_mdo_ouderen(g):
    w = g.ch(["Mariahoeve", "Bezuidenhout", "Loosduinen", "Morgenstond", "Waldeck", "Scheveningen"])
    cmd = g.prof(role="casemanager dementie")
    oc = g.prof(role="ouderenconsulent")
    wv = g.prof(role="wijkverpleegkundige")
    doc = g.ch(DOCTORS)
    dt = g.dt(weekday=True)
    L = [
        f"MDO ouderen <<w:{w}>> - {g.d(dt, g.ch(['dmy', 'dots', 'long']))}",
        f"Deelnemers: <<r:casemanager dementie>> ({g.n(cmd, 'full')}, <<o:{cmd.org}>>), <<r:ouderenconsulent>> ({g.n(cmd if False else oc, 'first')}), <<r:wijkverpleegkundige>> {g.n(wv, 'full')}, <<r:huisarts>> [[p:{doc}]] (telefonisch)",
        "",
    ]
    for lab in "ab"[: g.r.randint(1, 2)]:
        c = g.person(origin=g.ch(["nl", "nl", "sc", "hs", "ml", "an", "tr"]))
        if c.origin == "nl":
            c.first = (
                g.ch(["Annie", "Truus", "Nel", "Corrie", "Ria", "Wilma", "Joke", "Gonny"])
                if c.sex == "f"
                else g.ch(
                    ["Henk", "Joop", "Wim", "Gerrit", "Arie", "Leen", "Cor", "Kees", "Sjaak", "Ton"]
                )
            )
        rel = g.relative(c, sex=g.ch("fm"), same_last=g.chance(0.5))
        age = g.r.randint(74, 96)
        relw = "dochter" if rel.sex == "f" else "zoon"
        L.append(f"{lab}) {g.n(c, g.ch(['tlast', 'tinit', 'tfull']))} ({age}), {g.addr()}:")
        L.append(
            "   "
            + g.ch(
                [
                    f"toenemende vergeetachtigheid, eet onregelmatig. {relw.capitalize()} {g.n(rel, g.ch(['first', 'full']))} ({g.phone('m')}) is mantelzorger en geeft aan overbelast te zijn. Respijtzorg bespreken.",
                    f"sinds val in {g.ch(MONTHS)} angstig om alleen te zijn. Alarmering aangevraagd via <<o:Florence>>. Contactpersoon: {relw} {g.n(rel, 'first')}.",
                    f"weigert thuiszorg ('ik ben niet ziek'). Vroeger {g.ch(['bakker', 'visser', 'koster van de kerk', 'kok op de grote vaart'])}, trots. Ingang via oud-collega's? {relw.capitalize()} woont in Zoetermeer, tel {g.phone()}.",
                    f"partner overleden op {g.d(dt - datetime.timedelta(days=g.r.randint(10, 70)), g.ch(['long', 'dmy']))}. Rouw, trekt zich terug. Bezoek van <<o:Humanitas>> maatje afgesproken.",
                ]
            )
        )
    L.append("")
    L.append(
        f"Afspraken: {g.n(oc, 'first')} belt familie; {g.n(wv, 'first')} doet indicatiestelling; volgend MDO {g.d(dt + datetime.timedelta(days=28), g.ch(['dmonth', 'dm1', 'wdlong']))}."
    )
    return "\n".join(L)


def fam_huisbezoek(g):
    c = g.person()
    pr = g.prof()
    rel = g.relative(c, same_last=g.chance(0.6))
    relw = g.ch(["zoon", "broer", "neef"]) if rel.sex == "m" else g.ch(["dochter", "zus", "nicht"])
    dt = g.dt(weekday=True)
    L = [
        f"Huisbezoek {g.n(c, g.ch(['tlast', 'full', 'tinit']))}",
        f"Datum/tijd: {g.d(dt, g.ch(['dmy', 'wdsl', 'dmy1', 'Wdlong']))} {g.r.randint(9, 16)}.{g.ch(['00', '15', '30', '45'])} uur",
        f"Adres: {g.addr()}" + (f", {g.pc()}" if g.chance(0.3) else ""),
        f"Aanwezig: clt, {relw} {g.n(rel, 'first')}, {g.n(pr, 'full')} (<<r:{pr.role}>>)",
        "",
        "Observaties:",
        g.ch(
            [
                "- woning rommelig maar niet vervuild; koelkast vrijwel leeg\n- stapel ongeopende post (o.a. <<o:CJIB>>, <<o:Eneco>>)\n- clt oogt vermoeid, vertelt over slecht slapen",
                "- woning netjes, clt gastvrij, thee gezet\n- trap is probleem: clt slaapt beneden op de bank\n- medicatie in zakjes, niet ingenomen sinds dinsdag",
                "- veel kinderen in kleine woning, schimmel in slaapkamer\n- moeder spreekt beperkt Nederlands, oudste tolkt\n- geen bedden voor 2 kinderen",
                "- hond, sterke urinelucht\n- clt wantrouwig maar liet ons na 10 min binnen\n- noemt de buren 'spionnen'",
            ]
        ),
        "",
        "Afspraken:",
        f"1. {g.ch(['Samen post doorgenomen, kopieën meegenomen.', 'Aanvraag Wmo hh-hulp wordt ingediend.', 'Contact met huisarts over medicatie.', 'Aanvraag bijzondere bijstand voor bedden.'])}",
        f"2. {relw.capitalize()} zoekt oude bankafschriften op (rek. {g.iban()})."
        if g.chance(0.4)
        else f"2. {relw.capitalize()} is bereikbaar via {g.phone()}.",
        f"Volgend contact: {g.d(dt + datetime.timedelta(days=g.r.randint(3, 14)), g.ch(['wdsl', 'dmsl', 'wdlong', 'dm1']))}",
    ]
    return "\n".join(L)


def fam_bemoeizorg(g):
    w = g.ch(WIJKEN)
    dt = g.dt(weekday=True)
    L = [
        f"Bemoeizorgoverleg <<o:GGD Haaglanden>> / SWT <<w:{w}>> - {g.d(dt, g.ch(['dmy', 'dmy1', 'dots']))}",
        f"Aanwezig: {_attendees(g, g.profs(3), 'firstorg')}, <<r:wijkagent>> {g.n(g.prof(role='wijkagent'), g.ch(['first', 'tlast']))}",
        "",
        "Nieuwe meldingen:",
    ]
    for _ in range(g.r.randint(2, 3)):
        c = g.person()
        mel = g.person()
        mw = g.rw(mel, ("neigh",))
        L.append(
            f"* {g.dos('oggz') if g.chance(0.6) else 'nw'} - {g.n(c, g.ch(['tlast', 'tinit', 'lower']))}, {g.addr()}: "
            + g.ch(
                [
                    f"vervuiling woning, melder {mw} {g.n(mel, 'tlast')}.",
                    f"schreeuwt 's nachts in trappenhuis. Melding via <<o:Haag Wonen>> ({g.n(g.prof(role='woonconsulent'), 'first')}).",
                    "zorgmijdend, ernstig vermagerd volgens <<r:huisarts>>.",
                    f"dreigt met zelfdoding tegen {mw} {g.n(mel, 'first')}. <<o:Crisisdienst>> ingeschakeld {g.d(dt - datetime.timedelta(days=g.r.randint(1, 6)), g.ch(['dmsl', 'dm1']))}.",
                ]
            )
            + g.ch(
                [
                    " Actie: samen langs met <<r:SPV>>.",
                    " Actie: eerst info bij huisarts.",
                    " Actie: brief + 2x onaangekondigd bezoek.",
                    "",
                ]
            )
        )
    L.append("")
    L.append(
        f"Lopend: {g.dos('oggz')} afgesloten (clt opgenomen in <<o:Parnassia>>, {g.d(dt - datetime.timedelta(days=g.r.randint(3, 30)), g.ch(['dmsl', 'dm1', 'abbr']))})."
    )
    return "\n".join(L)


def fam_actielijst(g):
    dt = g.dt(weekday=True)
    ps = g.profs(4)
    L = [
        f"ACTIELIJST casusoverleg {g.d(dt, g.ch(['dmy', 'dm1', 'wdfull']))} (SWT <<w:{g.ch(WIJKEN)}>>)",
        "nr | actie                                               | wie  | deadline | status",
    ]
    for i in range(g.r.randint(4, 7)):
        c = g.person()
        act = g.ch(
            [
                f"{g.n(c, 'tlast')}: BR aanvragen bij <<o:{g.ch(['Eneco', 'Staedion', 'Zilveren Kruis', 'CJIB'])}>>",
                f"{g.n(c, 'tlast')}: terugbellen ({g.phone()})",
                f"{g.n(c, 'lower')}: aanmelding <<o:MEE>> afronden",
                f"casus {g.dos(g.ch(['swt', 'yearnum', 'hash']))}: afsluitverslag schrijven",
                f"{g.n(c, 'tlast')}: huisbezoek met <<r:wijkverpleegkundige>>",
                f"fam. [[p:{c.lastcap}]]: <<o:CJG>> informeren",
                f"{g.n(c, 'tlast')}: adreswijziging doorgeven ({g.addr()})",
                f"{g.n(c, 'first')} ({g.r.randint(17, 25)}): inschrijving <<o:WerkPlein>>",
            ]
        )
        p = g.ch(ps)
        dl = dt + datetime.timedelta(days=g.r.randint(2, 30))
        stt = g.ch(["open", "open", "loopt", "gereed", "uitgesteld"])
        L.append(
            f"{i + 1}  | {act} | {g.n(p, 'inits')} | {g.d(dl, g.ch(['dm', 'dmsl', 'dm1', 'dmy2z']))} | {stt}"
        )
    return "\n".join(L)


def fam_hg_overleg(g):
    m = g.person(sex="f")
    ex = g.person(sex="m", origin=m.origin if g.chance(0.7) else None)
    kids = []
    for _ in range(g.r.randint(1, 3)):
        kids.append(g.relative(ex if g.chance(0.6) else m, kid=True, avoid={k.first for k in kids}))
    vt = g.prof(role="maatschappelijk werker", org="Veilig Thuis")
    wa = g.prof(role="wijkagent")
    dt = g.dt(weekday=True)
    kid_s = " en ".join(f"{g.n(k, 'first')} ({g.r.randint(2, 15)})" for k in kids)
    L = [
        f"Overleg huiselijk geweld - casus {g.dos('vt')}",
        f"Datum: {g.d(dt, g.ch(['dmy', 'long', 'wdfull']))}",
        f"Betrokkenen: {g.n(m, g.ch(['tlast', 'tfull']))} (moeder), {g.n(ex, g.ch(['tlast', 'tfull', 'full']))} (ex-partner, contactverbod tot {g.d(dt + datetime.timedelta(days=g.r.randint(20, 150)), g.ch(['dmy', 'long']))}), kinderen {kid_s}",
        f"Aanwezig: {g.n(vt, 'full')} (<<o:Veilig Thuis Haaglanden>>), {g.n(wa, 'first')} (<<r:wijkagent>>), <<r:gezinscoach>> {g.n(g.prof(), 'first')} (<<o:CJG>>), {g.n(g.prof(), g.ch(['first', 'full']))} (SWT)",
        "",
        g.ch(
            [
                f"Stand van zaken: moeder verblijft met kinderen tijdelijk bij zus in Zoetermeer ({g.addr()}, {g.pc(lo=2711, hi=2729)}). Tijdelijk huisverbod is verlopen.",
                f"Stand van zaken: ex-partner heeft {g.d(dt - datetime.timedelta(days=g.r.randint(2, 12)), g.ch(['wdlong', 'dmonth']))} opnieuw voor de deur gestaan. Politie ter plaatse geweest (reg.nr {g.dos(g.ch(['yearnum', 'Z']))}).",
                "Stand van zaken: moeder wil aangifte niet doorzetten. Angst voor reactie familie.",
            ]
        ),
        "Afspraken:",
        f"- Veiligheidsplan wordt {g.d(dt + datetime.timedelta(days=g.r.randint(2, 10)), g.ch(['wdlong', 'wdsl', 'dmsl']))} met moeder doorgenomen.",
        f"- School van {g.n(kids[0], 'first')} wordt geïnformeerd (<<r:intern begeleider>>)."
        if g.chance(0.5)
        else f"- {g.poss(kids[0])} behandeling bij <<o:Juliana Kinderziekenhuis>> loopt door; moeder neemt zelf contact op.",
        f"- Contact moeder uitsluitend via nieuw nummer {g.phone('m')} (niet delen met familie!)."
        + (f" Nieuw adres {g.addr()} is GEHEIM." if g.chance(0.6) else ""),
    ]
    return "\n".join(L)


def fam_netwerkberaad(g):
    c = g.person()
    fam = []
    for _ in range(g.r.randint(2, 4)):
        fam.append(g.relative(c, same_last=g.chance(0.7), avoid={f.first for f in fam}))
    friend = g.person()
    pr = g.prof()
    dt = g.dt()
    L = [
        f"Verslag familienetwerkberaad rond {g.n(c, g.ch(['tfull', 'full', 'tlast']))}",
        f"{g.d(dt, g.ch(['Wdfull', 'long', 'dmy']))}, in het wijkcentrum (<<w:{g.ch(WIJKEN)}>>). Onafhankelijk coördinator: {g.n(g.prof(), 'full')} (<<o:Eigen Kracht Centrale>>).",
        "Aanwezig netwerk:",
    ]
    for f in fam:
        L.append(
            f"- {g.n(f, g.ch(['full', 'first', 'full']))} ({g.rw(f, ('sib', 'cousin', 'aunt', 'inlaw', 'child', 'grandchild'))}){(' - ' + g.phone()) if g.chance(0.3) else ''}"
        )
    L.append(
        f"- {g.n(friend, g.ch(['first', 'full']))} ({g.rw(friend, ('neigh', 'friend'))}, kent clt al 20 jaar)"
    )
    L.append(f"Professional: {g.n(pr, 'first')} (<<r:{pr.role}>>)")
    L.append("")
    L.append("Plan (door familie zelf opgesteld):")
    L.append(
        f"- {g.n(fam[0], 'first')} gaat mee naar de afspraken bij de <<o:Sociaal Raadslieden>>."
    )
    L.append(
        f"- {g.n(fam[1], 'first')} doet zondags boodschappen, {g.n(friend, 'first')} kijkt doordeweeks om het hoekje."
    )
    L.append(
        f"- Evaluatie op {g.d(dt + datetime.timedelta(days=42), g.ch(['dmonth', 'dm1', 'wdlong', 'dmsl']))} bij {g.n(fam[0], 'first')} thuis."
    )
    return "\n".join(L)


def fam_teamoverleg_short(g):
    dt = g.dt(weekday=True)
    L = [f"to {g.d(dt, g.ch(['dmsl', 'dm1', 'wdsl']))} kort:"]
    used = set()
    for _ in range(g.r.randint(3, 6)):
        c = g.person()
        opts = [
            f"{g.n(c, 'lower')}: bw aangevraagd, zitting ktr {g.d(st=g.ch(['dmsl', 'dm1']))}",
            f"{g.n(c, 'lower')}: weer niet thuis, 3e keer. kaartje + sms naar {g.phone('m', st=g.ch(['plain', 'dash']))}",
            f"{g.n(c, 'lowerfirst')} ({g.rw(c, ('child',))} van {g.n(g.relative(c), 'lower')}): stage geregeld via <<o:Xtra>>",
            f"{g.n(c, 'lower')}: verhuisd naar {g.addr()}, dossier overdragen aan SWT <<w:{g.ch(WIJKEN)}>>",
            f"{g.n(c, 'lower')} opgenomen <<o:HMC>>, {g.n(g.prof(), 'lowerfirst')} gaat op bezoek",
            f"{g.n(c, 'lower')}: afsluiten, doelen behaald :)",
            f"{g.n(c, 'lower')}: {g.dos(g.ch(['swt', 'yearnum', 'hash']))} - vrijdag overleg met <<o:Haag Wonen>>",
            f"{g.n(c, 'lower')}: aanmelding <<o:De Hoop>> (verslaving) loopt, wachttijd ca. 6 wkn",
            f"{g.poss(c)} moeder gebeld, maakt zich zorgen om de kleinkinderen",
            f"dhr [[p:vrijdag]]: afspraak {g.ch(['maandag', 'dinsdag', 'donderdag'])} niet gekomen, {g.ch(['vrijdag', 'volgende week'])} opnieuw",
        ]
        k = g.ch([i for i in range(len(opts)) if i not in used])
        used.add(k)
        L.append("- " + opts[k])
    if g.chance(0.5):
        L.append(
            f"- {g.n(g.prof(), 'lowerfirst')} ziek, {g.n(g.prof(), 'lowerfirst')} neemt spreekuur over"
        )
    return "\n".join(L)


def fam_journaal(g):
    c = g.person()
    num = g.dos(g.ch(["swt", "yearnum", "szw", "client"]))
    ps = g.profs(2)
    dt = g.anchor - datetime.timedelta(days=g.r.randint(20, 60))
    st = g.ch(["iso", "dmy", "dmy2z"])
    L = [
        f"Journaal {num} - {g.n(c, g.ch(['rev', 'revfull', 'full']))}"
        + (f", {g.addr()}" if g.chance(0.6) else "")
    ]
    ents = [
        (
            lambda q: (
                f"tel. contact met {g.rw(q)} {g.n(q, 'first')}: maakt zich zorgen, clt eet slecht."
            )
        )(g.relative(c)),
        "clt niet bereikbaar, voicemail ingesproken.",
        f"mail ontvangen van <<r:bewindvoerder>> ({g.email(g.person(), work=False)}): budgetplan in concept.",
        (
            lambda q: (
                f"afspraak op kantoor, clt samen met {g.n(q, 'first')} ({g.rw(q, ('friend',))}). Post doorgenomen."
            )
        )(g.person()),
        f"brief <<o:{g.ch(['Staedion', 'Haag Wonen', 'Eneco', 'CAK'])}>> ontvangen"
        + (
            f", kenmerk {g.dos(g.ch(['hw', 'rel', 'polis', 'klant']))}."
            if g.chance(0.5)
            else ", foto in dossier."
        ),
        "huisbezoek, samen met <<r:wijkverpleegkundige>>. Clt opgewekter.",
        f"overleg met <<r:huisarts>> dr. [[p:{g.ch(DOCTORS)}]], verwijzing naar <<r:POH-GGZ>>.",
        f"clt belt zelf (van nieuw nummer {g.phone('m')}), vraagt om hulp bij formulier huurtoeslag.",
        f"clt meldt verhuizing naar {g.addr()} (bij {g.rw(g.person(), ('friend', 'sib'))}), adres in systeem aangepast.",
    ]
    for ent in g.sample(ents, g.r.randint(4, 7)):
        dt = dt + datetime.timedelta(days=g.r.randint(1, 12))
        p = g.ch(ps)
        L.append(
            f"{g.d(dt, st)} {g.r.randint(8, 17):02d}:{g.ch(['05', '20', '35', '50', '00'])} | {g.n(p, 'inits')} | {ent}"
        )
    return "\n".join(L)


FAMS_B = [
    fam_casusoverleg,
    fam_mdo_ouderen,
    fam_huisbezoek,
    fam_bemoeizorg,
    fam_actielijst,
    fam_hg_overleg,
    fam_netwerkberaad,
    fam_teamoverleg_short,
    fam_journaal,
]
# ====================================================================== families C: referral letters


def _signature(g, p, team_wijk=None, short=False):
    L = [
        g.ch(
            [
                "Met vriendelijke groet,",
                "Met vriendelijke groet,",
                "Vriendelijke groet,",
                "Hartelijke groet,",
                "Mvg,",
            ]
        ),
        "",
    ]
    L.append(g.n(p, g.ch(["full", "full", "init"])))
    L.append(f"<<r:{p.role}>>" + (f" | <<o:{p.org}>>" if g.chance(0.6) else ""))
    if team_wijk:
        L.append(f"sociaal wijkzorgteam <<w:{team_wijk}>>")
    if not short:
        L.append(f"{g.ch(['T', 'Tel.', 'M', 'tel'])} {g.phone(g.ch(['m', 'm', 'l']))}")
        L.append(f"{g.ch(['E', 'E-mail:', 'mail'])} {g.email(p, work=True)}")
        if g.chance(0.4):
            L.append(
                f"Werkdagen: {g.ch(['ma, di, do', 'di t/m vr', 'ma-wo', 'ma, wo, vr (ochtend)'])}"
            )
    return L


def fam_verwijs_ggz(g):
    c = g.person()
    w = g.ch(WIJKEN)
    cr = g.prof(role=g.ch(["casusregisseur", "maatschappelijk werker"]))
    tgt = g.prof(role=g.ch(["SPV", "GGZ-consulent"]), org="Parnassia")
    dt = g.dt(weekday=True)
    L = [
        f"Aan: <<o:Parnassia>>, team {g.ch(['<<o:Bemoeizorg>>', 'Acute Psychiatrie', '<<o:FACT>> Zuid-West', 'Centrum Bemoeizorg'])}",
        f"t.a.v. {g.title(tgt, formal=True)} {g.n(tgt, 'init')}, <<r:{tgt.role}>>",
        "",
        f"Den Haag, {g.d(dt, 'long')}",
        f"Betreft: aanmelding {g.n(c, g.ch(['tfull', 'tinit']))}, geb. {g.bd()}",
        f"Ons kenmerk: {g.dos(g.ch(['swt', 'swt2', 'zk']), wijk=w)}",
        "",
        f"Geachte {g.sal(tgt)} [[p:{tgt.lastcap}]],",
        "",
        g.ch(
            [
                f"Hierbij melden wij {g.n(c, 'tlastf')} bij u aan. Cliënt woont alleen op {g.addr()} en is sinds {g.ch(MONTHS)} bij ons bekend. Er is sprake van achterdocht, slecht slapen en sociaal isolement. Eerder in zorg geweest bij <<o:Parnassia>> (tot {g.r.randint(2015, 2022)}).",
                f"Op verzoek van de <<r:huisarts>> melden wij {g.n(c, 'tlastf')} aan voor bemoeizorg. Sinds het overlijden van {'haar' if c.sex == 'f' else 'zijn'} moeder op {g.d(st=g.ch(['long', 'dmy']))} is het contact met de buitenwereld vrijwel verdwenen.",
                f"Wij vragen uw inzet voor {g.n(c, 'tlastf')}. De situatie thuis ({g.addr()}) is zorgelijk: geen gas en licht meer, post stapelt zich op, buren melden geschreeuw.",
            ]
        ),
        g.ch(
            [
                "Cliënt is akkoord met deze aanmelding; de toestemmingsverklaring is bijgevoegd.",
                "Cliënt heeft mondeling toestemming gegeven; schriftelijk volgt bij het eerstvolgende bezoek.",
            ]
        ),
        (
            lambda q: (
                f"Contactpersoon in het netwerk: {g.rw(q, ('sib', 'cousin', 'child'))} {g.n(q, 'full')}, tel. {g.phone()}."
            )
        )(g.relative(c, same_last=g.chance(0.5))),
        "",
    ] + _signature(g, cr, w)
    return "\n".join(L)


def fam_aanmelding_shv(g):
    c = g.person()
    pa = g.relative(
        c, sex="m" if c.sex == "f" else "f", same_last=False, origin=g.ch([c.origin, None])
    )
    mw = g.prof(role=g.ch(["maatschappelijk werker", "sociaal raadsman", "welzijnscoach"]))
    L = [
        "AANMELDFORMULIER SCHULDHULPVERLENING - <<o:Gemeente Den Haag>>, afdeling <<o:Schuldhulp>>",
        f"Aanmelder: {g.n(mw, 'full')}, <<r:{mw.role}>>, <<o:{mw.org}>>, {g.phone()}",
        "",
        "Cliënt",
        f"  Naam: {g.n(c, g.ch(['full', 'init2']))}",
        f"  Geboortedatum: {g.bd()}     BSN: {g.bsn()}",
        f"  Adres: {g.addr()}, {g.pc()}",
        f"  Bankrekening: {g.iban()}",
    ]
    if g.chance(0.6):
        L += [
            "Partner",
            f"  Naam: {g.n(pa, 'full')}",
            f"  Geboortedatum: {g.bd()}     BSN: {g.bsn()}",
        ]
    L += [
        f"Kinderen thuiswonend: {g.r.randint(0, 4)}",
        f"Geschatte schuld: € {g.r.randint(4, 60)}.000, aantal schuldeisers ca. {g.r.randint(5, 25)}",
        "Reden aanmelding: "
        + g.ch(
            [
                f"dreigende ontruiming, vonnis kantonrechter {g.d(st=g.ch(['dmy', 'long']))} (zaaknr. {g.dos('court')}).",
                "beslag op uitkering, onder beslagvrije voet gekomen.",
                "na scheiding alle schulden op naam cliënt, geen overzicht.",
                f"afsluiting energie aangekondigd per {g.d(st=g.ch(['long', 'dmy1']))}.",
            ]
        ),
        f"Eerder traject: {g.ch(['nee', 'ja, ' + str(g.r.randint(2012, 2021)) + ' (afgebroken)', 'WSNP ' + str(g.r.randint(2010, 2018)) + ', schone lei'])}",
        f"Datum: {g.d(st=g.ch(['dmy', 'dmy1']))}",
    ]
    return "\n".join(L)


def fam_verwijs_mee(g):
    c = g.person()
    w = g.ch(["Schilderswijk", "Transvaal", "Laak", "Moerwijk", "Spoorwijk", "Stationsbuurt"])
    mw = g.prof(role=g.ch(["maatschappelijk werker", "casusregisseur"]))
    mee = g.prof(role="MEE-consulent", org="MEE")
    mo = g.relative(c, sex="f")
    L = [
        f"Van: {g.n(mw, 'full')} (SWT <<w:{w}>>)",
        f"Aan: {g.n(mee, 'full')}, <<o:MEE>> Zuid-Holland Noord"
        + (f" (eerder bekend onder {g.dos('mee')})" if g.chance(0.5) else ""),
        f"Datum: {g.d(st=g.ch(['dmy', 'long']))}",
        f"Onderwerp: verwijzing {g.n(c, g.ch(['full', 'init']))} ({g.r.randint(18, 35)} jr)",
        "",
        f"Hoi {g.n(mee, 'first')},",
        "",
        g.ch(
            [
                f"Zoals telefonisch besproken verwijs ik {g.n(c, 'first')} naar jullie. {'Zij' if c.sex == 'f' else 'Hij'} woont sinds kort zelfstandig ({g.addr()}) en loopt vast op geld, post en afspraken. IQ-onderzoek (2019) wijst op LVB.",
                f"Ik wil graag {g.n(c, 'first')} bij jullie aanmelden. Na de Wajong-herbeoordeling is het inkomen gedaald en er zijn al twee aanmaningen van <<o:Staedion>>. Moeder ({g.n(mo, 'tlast')}) helpt, maar is zelf ziek.",
            ]
        ),
        f"{'Ze' if c.sex == 'f' else 'Hij'} heeft toestemming gegeven. Nummer: {g.phone('m')}"
        + (f", mail {g.email(c)}." if g.chance(0.5) else "."),
        f"Moeder is bereikbaar op {g.phone()} (liefst na 16 uur).",
        "",
        f"Groet, {g.n(mw, 'first')}",
    ]
    return "\n".join(L)


def fam_brief_huisarts(g):
    c = g.person()
    doc = g.ch(DOCTORS)
    pr = g.prof(role=g.ch(["casusregisseur", "maatschappelijk werker", "wijkverpleegkundige"]))
    w = g.ch(WIJKEN)
    L = [
        f"Aan: dr. [[p:{doc}]], <<r:huisarts>>",
        f"Betreft: terugkoppeling {g.n(c, g.ch(['tinit', 'tfull']))}, geb. {g.bd()}",
        "",
        "Geachte collega,",
        "",
        g.ch(
            [
                f"Op {g.d(st=g.ch(['long', 'dmy']))} verwees u patiënt naar ons team. Inmiddels hebben wij drie gesprekken gehad. De huurachterstand bij <<o:Haag Wonen>> is met een betalingsregeling opgelost en er is <<r:bewindvoerder>> aangevraagd.",
                f"Hierbij een korte terugkoppeling. Patiënt is aangemeld bij <<o:Vitis Welzijn>> voor een maatje en gaat sinds {g.ch(['maart', 'september', 'januari'])} naar dagbesteding (<<o:Prago>>) op dinsdag en vrijdag.",
                "Wij sluiten ons traject af. Patiënt heeft zelf aangegeven geen ondersteuning meer nodig te hebben; het netwerk (dochter en buren) is versterkt.",
            ]
        ),
        f"Ons dossiernummer is {g.dos(g.ch(['swt', 'yearnum']), wijk=w)}."
        + (
            lambda q: g.ch(
                [
                    f" Patiënt kwam steeds samen met {g.rw(q)} {g.n(q, g.ch(['first', 'full']))}.",
                    f" {g.rw(q).capitalize()} {g.n(q, 'first')} is contactpersoon.",
                    "",
                ]
            )
        )(g.relative(c)),
        "",
    ] + _signature(g, pr, w, short=g.chance(0.5))
    return "\n".join(L)


def fam_voedselbank(g):
    c = g.person()
    pa = g.relative(c, sex="m" if c.sex == "f" else "f", same_last=g.chance(0.3))
    kids = []
    for _ in range(g.r.randint(0, 3)):
        kids.append(g.relative(c, kid=True, avoid={k.first for k in kids}))
    pr = g.prof()
    L = [
        "VERWIJSFORMULIER <<o:Voedselbank Haaglanden>>",
        f"Uitgiftepunt: {g.ch(['<<o:Wijkcentrum De Mussen>>', '<<o:Buurthuis De Boog>>', '<<o:Moskee Al Fourkaan>>', '<<o:Wijkcentrum Bouwlust>>'])}",
        f"Aanvrager: {g.n(c, g.ch(['full', 'revfull']))}     geb. {g.bd(y0=1962, y1=1999)}",
        f"Adres: {g.addr()}   Postcode: {g.pc()}",
        f"Tel: {g.phone()}",
    ]
    if g.chance(0.6):
        L.append(f"Partner: {g.n(pa, 'full')}, geb. {g.bd(y0=1962, y1=1999)}")
    if kids:
        L.append(
            "Kinderen: " + "; ".join(f"{g.n(k, 'first')} ({g.r.randint(2006, 2023)})" for k in kids)
        )
    L += [
        f"Netto inkomen p/m: € {g.r.randint(900, 1900)}  Vaste lasten: € {g.r.randint(700, 1600)}",
        f"Leefgeld p/week: € {g.r.randint(10, 60)}",
        f"Dieetwensen: {g.ch(['halal', 'geen varkensvlees', 'vegetarisch', 'geen', 'diabetes'])}",
        f"Verwijzer: {g.n(pr, 'full')}, <<r:{pr.role}>>, tel {g.phone(g.ch(['m', 'l']))}",
        f"Ingangsdatum: {g.d(g.anchor, g.ch(['dmy', 'dmy1']))}    Geldig t/m: {g.d(g.anchor + datetime.timedelta(days=g.ch([91, 182, 182])), g.ch(['dmy', 'dmy1']))} (herbeoordeling)",
    ]
    return "\n".join(L)


def fam_urgentie(g):
    c = g.person()
    pr = g.prof(role=g.ch(["casusregisseur", "maatschappelijk werker"]))
    w = g.ch(WIJKEN)
    L = [
        "<<o:Gemeente Den Haag>>, <<o:Dienst Stedelijke Ontwikkeling>>, afdeling Urgentie",
        "Postbus 12 652, Den Haag",
        "",
        f"Den Haag, {g.d(st='long')}",
        f"Onderwerp: ondersteuning aanvraag urgentieverklaring {g.n(c, g.ch(['tfull', 'tinit']))}",
        f"Uw kenmerk: {g.dos(g.ch(['ref', 'Z', 'yearnum']))}",
        "",
        "Geachte heer, mevrouw,",
        "",
        f"Als <<r:{pr.role}>> van het sociaal wijkzorgteam <<w:{w}>> begeleid ik {g.n(c, 'tlastf')} ({g.addr()}, {g.pc()}) sinds {g.ch(MONTHS)} {g.anchor.year - g.r.randint(1, 2)}. "
        + g.ch(
            [
                "De huidige woning (3 hoog, zonder lift) is door een progressieve spierziekte niet langer geschikt. Een ergotherapeutisch advies is bijgevoegd.",
                f"Na het huiselijk geweld (melding <<o:Veilig Thuis>>, {g.dos('vt')}) is het niet veilig om terug te keren naar het oude adres.",
                "Cliënt woont met drie kinderen in een tweekamerwoning met ernstige schimmel. De kinderen hebben astmatische klachten (verklaring <<r:huisarts>> bijgevoegd).",
            ]
        ),
        "Ik ondersteun de aanvraag van harte en ben bereikbaar voor nadere informatie.",
        "",
    ] + _signature(g, pr, w)
    return "\n".join(L)


FAMS_C = [
    fam_verwijs_ggz,
    fam_aanmelding_shv,
    fam_verwijs_mee,
    fam_brief_huisarts,
    fam_voedselbank,
    fam_urgentie,
]


# ====================================================================== families D: creditor / housing letters quoted in notes


def _addr_block(g, c, upper=False):
    nm = g.n(c, g.ch(["init", "init2", "upper"]))
    t = (
        g.title(c, formal=True).capitalize()
        if g.chance(0.8)
        else ("De heer/mevrouw" if g.chance(0.5) else "")
    )
    city = "DEN HAAG" if upper or g.chance(0.5) else "Den Haag"
    return [f"{t} {nm}".strip(), f"{g.addr()}", f"{g.pc('sp')}  {city}"]


def fam_huurachterstand(g):
    c = g.person()
    corp = g.ch(["Staedion", "Haag Wonen", "Vestia"])
    pr = g.prof()
    dt = g.dt()
    note = dt + datetime.timedelta(days=g.r.randint(2, 9))
    L = [
        f"Notitie {g.d(note, g.ch(['dmy', 'dm1', 'dmsl']))} - post doorgenomen met clt ({g.n(pr, 'inits')})",
        f"Brief <<o:{corp}>> d.d. {g.d(dt, g.ch(['dmy', 'long', 'dm1']))}, kenmerk {g.dos(g.ch(['hw', 'vve', 'ref']))}:",
        "",
        '"' + "\n".join(_addr_block(g, c)) + "\n",
        f"Geachte {g.sal(c)} [[p:{c.lastcap}]],",
        "",
        f"Uit onze administratie blijkt dat de huur van uw woning over de maanden {g.ch(['januari en februari', 'maart t/m mei', 'oktober en november'])} niet is betaald. "
        f"Het openstaande bedrag is € {g.r.randint(900, 3900)},{g.r.randint(0, 99):02d}. Als wij dit bedrag niet uiterlijk {g.d(dt + datetime.timedelta(days=14), g.ch(['long', 'dmy']))} hebben ontvangen, "
        f'dragen wij de vordering over aan onze deurwaarder. Neem contact op met uw <<r:woonconsulent>>, {g.n(g.prof(role="woonconsulent"), g.ch(["tlastf", "full"]))}, via {g.phone("l")}."',
        "",
        "Afspraak: "
        + g.ch(
            [
                f"clt belt zelf morgen om BR te vragen, ik check {g.d(note + datetime.timedelta(days=g.r.randint(2, 4)), g.ch(['wdsl', 'dmsl']))}.",
                "samen gebeld, BR van € 75 p/m afgesproken bovenop de huur. Bevestiging volgt per mail.",
                "doorgezet naar <<o:Schuldhulpverlening>>; voorrang ivm woonrisico.",
            ]
        ),
    ]
    return "\n".join(L)


def fam_deurwaarder(g):
    c = g.person()
    dw = g.ch(
        [
            "GGN",
            "Flanderijn",
            "Van der Meulen Gerechtsdeurwaarders",
            "Deurwaarderskantoor Haaglanden",
        ]
    )
    corp = g.ch(["Staedion", "Haag Wonen", "Vestia"])
    dt = g.dt(weekday=True)
    L = [
        f"Clt kwam {g.ch(['vandaag', 'gisteren', 'vanochtend'])} met brief <<o:{dw}>> (gerechtsdeurwaarders). Overgenomen:",
        f'"AANZEGGING ONTRUIMING - dossiernr {g.dos(g.ch(["deb", "yearnum", "klant"]))}',
        f"Aan: {g.n(c, g.ch(['init', 'upper', 'full']))}, {g.addr()}, {g.pc()} 's-Gravenhage",
        f"Ter uitvoering van het vonnis van de kantonrechter d.d. {g.d(dt - datetime.timedelta(days=g.r.randint(25, 70)), g.ch(['long', 'dmy']))} (zaaknr. {g.dos('court')}) in de zaak van <<o:{corp}>> "
        f'tegen u, zeg ik u aan dat de ontruiming plaatsvindt op {g.d(dt, g.ch(["wdfull", "long"]))} vanaf 9.00 uur."',
        "",
        g.ch(
            [
                f"Direct gebeld met <<o:{corp}>> ({g.n(g.prof(role='woonconsulent'), 'first')}): bij betaling van € {g.r.randint(1500, 4500)} vóór {g.d(dt - datetime.timedelta(days=3), g.ch(['dmsl', 'wdsl', 'dmonth']))} wordt ontruiming opgeschort. Bijzondere bijstand aangevraagd.",
                "Escalatie naar <<r:teamleider>>. Bellen met <<o:Sociaal Raadslieden>> ivm kort geding.",
                f"Broer {g.n(g.relative(c, sex='m'), 'first')} wil bijspringen, maar kan maar de helft. Overleg met corporatie gepland.",
            ]
        ),
    ]
    L.insert(
        5,
        f"Ondertekend: {g.n(g.person(origin='nl'), g.ch(['init', 'init2']))}, {g.ch(['gerechtsdeurwaarder', 'toegevoegd kandidaat-gerechtsdeurwaarder'])}",
    )
    return "\n".join(L)


def fam_energie(g):
    c = g.person()
    en = g.ch(["Eneco", "Vattenfall", "Essent", "Budget Energie"])
    dt = g.dt()
    L = [
        f"Overgenomen uit brief <<o:{en}>> ({g.d(dt, g.ch(['dmy', 'dm1']))}), clt had deze in de la liggen:",
        f"'Beste {g.n(c, g.ch(['first', 'fullcap']))}, ondanks onze herinneringen staat er op uw rekening (klantnummer {g.dos(g.ch(['rel', 'klant']))}) nog een bedrag open van € {g.r.randint(400, 2600)},{g.r.randint(0, 99):02d}. "
        f"Als wij niets van u horen, beëindigen wij de levering van gas en stroom op {g.addr()} op of na {g.d(dt + datetime.timedelta(days=g.r.randint(14, 30)), g.ch(['long', 'dmy', 'Wdfull']))}.'",
        "",
        g.ch(
            (
                [
                    "Winterperiode: afsluitverbod in de wintermaanden (okt-apr), dus in principe geen afsluiting. Toch BR regelen.",
                    f"Gebeld met <<o:{en}>>, afsluiting on hold na melding SWT. Referentie gesprek: {g.dos(g.ch(['ref', 'yearnum']))}.",
                    f"Aanmelding <<o:Vroeg Eropaf>> gedaan. Clt is bereikbaar op {g.phone('m')}.",
                ]
            )[0 if dt.month in (9, 10, 11, 12, 1, 2) else 1 :]
        ),
    ]
    if g.chance(0.7):
        L.append(
            g.ch(
                [
                    (lambda q: f"Clt wil dat {g.rw(q)} meekijkt: {g.n(q, 'full')}.")(g.relative(c)),
                    f"({g.n(g.prof(), 'inits')})",
                    f"Overleg met {g.n(g.prof(role='schuldhulpverlener'), 'first')} (<<r:schuldhulpverlener>>) volgt.",
                ]
            )
        )
    return "\n".join(L)


def fam_cak(g):
    c = g.person()
    dt = g.dt()
    L = [
        f"Post {g.n(c, g.ch(['tlast', 'lower', 'first']))} {g.d(dt + datetime.timedelta(days=g.r.randint(3, 12)), g.ch(['dmsl', 'dm1', 'wdsl']))}, samen met {g.n(g.prof(), 'first')} doorgenomen:",
        f'- <<o:CAK>>, brief {g.d(dt, g.ch(["long", "dmy"]))}: "Geachte {g.ch(["heer/mevrouw", g.sal(c)])} {g.n(c, "init")}, u heeft 6 maanden of langer uw zorgpremie niet betaald. '
        f"Daarom betaalt u vanaf {g.d(dt + datetime.timedelta(days=30), g.ch(['long', 'dmonth']))} een bestuursrechtelijke premie. Uw burgerservicenummer: {g.bsn(g.ch(['dots4', 'plain', 'space3']))}. "
        f'Ons kenmerk: {g.dos(g.ch(["polis", "yearnum"]))}."',
        f"- <<o:{g.ch(['Zilveren Kruis', 'VGZ', 'Menzis', 'CZ'])}>> polisblad, polisnr. {g.dos('polis')}, premie via automatische incasso van {g.iban()}.",
        "",
        g.ch(
            [
                "Uitzoeken of clt in aanmerking komt voor schuldregeling -> dan uit bestuursrechtelijke premie.",
                "Samen met clt formulier ingevuld voor de <<o:CAK>>-regeling, opgestuurd.",
                f"Navragen bij <<r:bewindvoerder>> ({g.n(g.person(), 'full')}, dossier {g.dos('bw')}) of premie wel wordt ingehouden.",
            ]
        ),
    ]
    return "\n".join(L)


def fam_cjib(g):
    c = g.person()
    L = [
        g.ch(
            [
                f"{g.n(c, 'tlast')} heeft 3 brieven van het <<o:CJIB>> meegenomen:",
                f"CJIB-post van {g.n(c, g.ch(['first', 'tlast']))} (in een plastic tas):",
            ]
        ),
    ]
    for _ in range(g.r.randint(2, 3)):
        L.append(
            f"  * beschikking {g.d(st=g.ch(['dmy', 'dmy1', 'long']))}, betalingskenmerk {g.dos('cjib')}, € {g.r.randint(90, 450)} "
            f"({g.ch(['zwartrijden tram', 'fietsen zonder licht', 'rood licht', 'geen verzekering scooter', 'afval naast container'])})"
        )
    L.append(
        g.ch(
            [
                f"Betalingsregeling aangevraagd via mijn.cjib.nl, bevestiging naar {g.email(c)}.",
                "Oudste boete staat al op verhoging 50%. Gijzeling dreigt? Nagaan bij <<o:CJIB>>.",
                f"Clt betaalt voortaan via IBAN {g.iban()} (rekening van {'haar' if c.sex == 'f' else 'zijn'} zus {g.n(g.relative(c, sex='f'), 'first')}).",
            ]
        )
    )
    if g.chance(0.6):
        L.append(
            g.ch(
                [
                    f"- {g.n(g.prof(), g.ch(['inits', 'first']))}",
                    (
                        lambda q: (
                            f"Volgende afspraak samen met {g.rw(q, ('child', 'sib'))} {g.n(q, 'first')}."
                        )
                    )(g.relative(c)),
                ]
            )
        )
    return "\n".join(L)


def fam_toeslagen(g):
    c = g.person()
    dt = g.dt()
    y = g.anchor.year - g.r.randint(1, 2)
    L = [
        f"<<o:Belastingdienst/Toeslagen>>, brief {g.d(dt, g.ch(['long', 'dmy']))}, aan {g.n(c, g.ch(['init', 'init2', 'upper']))} (BSN {g.bsn()}):",
        f'"Definitieve berekening huurtoeslag {y}. U heeft € {g.r.randint(200, 3400)} te veel ontvangen. Dit bedrag moet u terugbetalen. Betalingskenmerk {g.dos("toesl")}."',
        f"Toeslag wordt uitbetaald op {g.iban()}.",
        g.ch(
            [
                "Oorzaak: inkomen partner niet doorgegeven. Bezwaar maken vóór termijn (6 wkn).",
                "Persoonlijke betalingsregeling aanvragen; clt heeft geen ruimte.",
                f"Clt is mogelijk gedupeerde toeslagenaffaire - doorverwijzen naar <<o:UHT>>. Contact via {g.phone()}.",
            ]
        ),
    ]
    if g.chance(0.7):
        L.append(
            f"Besproken met {g.n(g.prof(), 'first')}; "
            + (lambda q: f"{g.rw(q)} {g.n(q, 'first')} zoekt de jaaropgaven op.")(g.relative(c))
        )
    return "\n".join(L)


def fam_overlastbrief(g):
    c = g.person()
    corp = g.ch(["Staedion", "Haag Wonen", "Vestia"])
    wc = g.prof(role="woonconsulent", org=corp)
    buur = g.person()
    dt = g.dt(weekday=True)
    L = [
        f"Brief <<o:{corp}>> van {g.d(dt - datetime.timedelta(days=g.r.randint(7, 16)), g.ch(['dmy', 'long', 'dm1']))} (ref. {g.dos(g.ch(['hw', 'ref', 'contract']))}), ter info in dossier:",
        f'"Geachte {g.sal(c)} [[p:{c.lastcap}]], wij ontvingen opnieuw klachten van omwonenden over geluidsoverlast vanuit uw woning aan de {g.addr()}. '
        f"Wij nodigen u uit voor een gesprek op {g.d(dt, g.ch(['wdfull', 'wdlong']))} om {g.r.randint(9, 15)}.00 uur met uw <<r:woonconsulent>>, {g.title(wc, formal=True)} {g.n(wc, 'init')}. "
        'Wij wijzen u erop dat ernstige overlast kan leiden tot ontbinding van de huurovereenkomst."',
        "",
        g.ch(
            [
                f"Achtergrond volgens clt: {g.rw(buur, ('neigh',))} {g.n(buur, g.ch(['tlast', 'first']))} (bovenburen) klaagt al jaren, over alles. <<o:Buurtbemiddeling>> voorstellen.",
                "Clt schrok erg. Geluid komt van zoon (autisme), 's nachts onrustig. Verklaring <<o:MEE>> opvragen voor gesprek.",
                f"Ik ga mee naar het gesprek. Vooraf afstemmen met {g.n(wc, 'first')} ({g.email(wc, work=True, org=corp)}).",
            ]
        ),
    ]
    L.insert(
        2,
        f'Ondertekend door {g.n(wc, g.ch(["full", "init"]))}, <<r:woonconsulent>> <<w:{g.ch(WIJKEN)}>>"',
    )
    L[1] = L[1].rstrip('"')
    return "\n".join(L)


FAMS_D = [
    fam_huurachterstand,
    fam_deurwaarder,
    fam_energie,
    fam_cak,
    fam_cjib,
    fam_toeslagen,
    fam_overlastbrief,
]
# ====================================================================== families E: pilot agenda / registration

THEMES = [
    "jeugd",
    "ouderen",
    "huiselijk geweld",
    "bemoeizorg",
    "schulden",
    "eenzaamheid",
    "LVB",
    "mantelzorg",
]
PILOT = "Samen werken in het sociale domein"


def _pilot_year(g):
    return g.ch([2023, 2023, 2024])


def _facilitator(g):
    org = g.ch(["gemeente Den Haag", "Crossover", "CAOP"])
    role = {
        "gemeente Den Haag": g.ch(["programmamanager", "beleidsadviseur"]),
        "Crossover": "adviseur",
        "CAOP": g.ch(["adviseur", "projectleider"]),
    }[org]
    return g.prof(role=role, org=org)


def fam_agenda_kickoff(g):
    y = _pilot_year(g)
    d = datetime.date(y, 11, 22)
    g.anchor = d
    f1, f2 = _facilitator(g), _facilitator(g)
    sec = g.prof(role="secretariaat", org="gemeente Den Haag")
    L = [
        f"KICK-OFF pilot '{PILOT}'",
        f"{g.d(d, g.ch(['Wdfull', 'wdfull', 'long']))}, 13.00 - 17.00 uur, <<o:Atrium Stadhuis>>",
        "",
        "Programma",
        "13.00  inloop met koffie",
        f"13.30  welkom door {g.n(f1, 'full')} (<<o:{f1.org}>>, <<r:{f1.role}>>)",
        f"13.45  Waarom teamoverstijgend werken? - {g.n(f2, g.ch(['full', 'init']))} (<<o:{f2.org}>>)",
        "14.30  carrousel: vier tafels, vier thema's (" + ", ".join(g.sample(THEMES, 4)) + ")",
        "15.30  stemmen op de thema's en kiezen van de pilotgroep (20 deelnemers, uit alle 24 teams)",
        "16.30  afsluiting en borrel",
        "",
        f"Aanmelden vóór {g.d(d - datetime.timedelta(days=g.r.randint(5, 10)), g.ch(['dmonth', 'wdlong', 'dm1']))} bij {g.n(sec, 'first')}: {g.email(sec, work=True)} of {g.phone(g.ch(['l', 'm']))}.",
        g.ch(
            [
                "Alle teamleden van de 24 sociale wijkzorgteams zijn welkom; vervanging voor het spreekuur graag zelf regelen.",
                f"Startbijeenkomst pilotgroep volgt begin februari (datum volgt), expertmeeting in april, afsluiting in juni.",
                f"Let op: parkeren is beperkt; wijkcentrum <<w:{g.ch(WIJKEN)}>> regelt gezamenlijk vervoer.",
            ]
        ),
    ]
    return "\n".join(L)


def fam_aanmeldlijst(g):
    y = _pilot_year(g) + 1
    sess = g.ch(
        [
            ("startbijeenkomst", g.wdate(y, 2, 1, 9)),
            ("workshop bemoeizorg", g.wdate(y, 3, 1, 28)),
            ("brainstorm ouderen", g.wdate(y, 3, 1, 28)),
            ("expertmeeting", g.wdate(y, 4, 1, 26)),
            ("slotbijeenkomst", g.wdate(y, 6, 1, 27)),
        ]
    )
    L = [
        f"Aanmeldlijst {sess[0]} pilot - {g.d(sess[1], g.ch(['dmy', 'wdfull', 'long', 'dmy1']))}",
        "naam                  | team               | functie                  | e-mail                         | opmerking",
    ]
    for p in g.profs(g.r.randint(5, 9)):
        w = g.ch(WIJKEN)
        opm = g.ch(
            [
                "",
                "",
                "",
                "halal",
                "vegetarisch",
                "komt later (spreekuur)",
                "alleen ochtend",
                f"neemt collega {g.n(g.prof(), 'first')} mee",
                "rolstoel",
            ]
        )
        L.append(
            f"{g.n(p, g.ch(['full', 'full', 'init']))} | SWT <<w:{w}>> | <<r:{p.role}>> | {g.email(p, work=True)} | {opm}"
        )
    L.append(f"Afmeldingen: {g.n(g.prof(), 'full')} (ziek), {g.n(g.prof(), 'full')}")
    return "\n".join(L)


def fam_brainstorm(g):
    y = _pilot_year(g) + 1
    d = g.wdate(y, g.ch([2, 3, 3, 5]), 1, 28)
    g.anchor = d
    ps = g.profs(5)
    theme = g.ch(["bemoeizorg", "ouderen", "huiselijk geweld", "jeugd"])
    c = g.person()
    L = [
        f"Verslag brainstorm thema {theme} - pilot '{PILOT}'",
        f"{g.d(d, g.ch(['dmy', 'long', 'wdfull']))}, <<o:Wijkcentrum Transvaal>>",
        f"Deelnemers: " + ", ".join(f"{g.n(p, 'first')} ({g.ch(WIJKEN)})" for p in ps),
        f"Facilitator: {g.n(_facilitator(g), 'full')}",
        "",
        "Opbrengst (geel = kansrijk):",
        f'- {g.n(ps[0], "first")}: "We lopen allemaal tegen de verwijsbrief van de huisarts aan. Zorgmijders gaan echt niet naar de huisarts."',
        f"- {g.n(ps[1], 'first')}: vaste contactpersoon per team bij <<o:Parnassia>>; nu bellen we steeds een ander nummer.",
        f"- {g.n(ps[2], 'first')} bracht een casus in van {g.n(c, g.ch(['tlast', 'tinit']))} (eigenlijk had dit anoniem gemoeten), {g.r.randint(40, 80)} jaar, "
        + g.ch(
            [
                "die pas na een half jaar de deur opendeed toen de <<r:ervaringsdeskundige>> meeging.",
                f"die in {g.ch(['mei', 'juni', 'maart'])} bijna op straat stond door een achterstand van 4 maanden.",
                "waarbij drie teams tegelijk betrokken bleken zonder het van elkaar te weten.",
            ]
        ),
        f"- Idee: gezamenlijke casustafel eens per maand, eerste keer {g.d(d + datetime.timedelta(days=g.r.randint(14, 35)), g.ch(['dmonth', 'wdlong', 'dm1']))}.",
        "",
        f"Uitwerking door {g.n(ps[3], 'first')} en {g.n(ps[4], 'first')}; terugkoppeling in de expertmeeting (april).",
    ]
    return "\n".join(L)


def fam_expert_invite(g):
    y = _pilot_year(g) + 1
    d = g.wdate(y, 4, 1, 26)
    g.anchor = d
    f1 = _facilitator(g)
    exp = [
        g.prof(
            role=g.ch(["psychiater", "hoogleraar", "lector", "ervaringsdeskundige", "onderzoeker"])
        )
        for _ in range(2)
    ]
    L = [
        f"Onderwerp: Uitnodiging expertmeeting pilot {g.d(d, g.ch(['dmonth', 'wdlong', 'dmy']))}",
        f"Van: {g.n(f1, 'full')} <{g.email(f1, work=True)}>",
        "Aan: pilotgroep (20)",
        "",
        "Beste deelnemers,",
        "",
        f"Op {g.d(d, g.ch(['wdfull', 'wdlong']))} houden we de expertmeeting. Te gast zijn {g.n(exp[0], g.ch(['full', 'init']))} (<<r:{exp[0].role}>>) en {g.n(exp[1], 'full')} (<<r:{exp[1].role}>>). Zij reageren op de tussenopbrengsten van de vier themagroepen.",
        "Graag vooraf per themagroep één casus aanleveren, GEANONIMISEERD (dus geen namen, adressen of geboortedata).",
        "",
        "RSVP tot nu toe:",
    ]
    for p in g.profs(g.r.randint(4, 7)):
        L.append(
            f"  {g.ch(['ja', 'ja', 'ja', 'nee', 'misschien'])} - {g.n(p, g.ch(['full', 'first', 'init']))}{(' (' + g.phone('m') + ')') if g.chance(0.3) else ''}"
        )
    L += ["", f"Groet, {g.n(f1, 'first')}"]
    return "\n".join(L)


def fam_pilotgroep(g):
    y = _pilot_year(g)
    L = [
        f"Samenstelling pilotgroep (vastgesteld op de kick-off van {g.d(datetime.date(y, 11, 22), g.ch(['dmonth', 'long', 'dmy']))})",
        "Thema's (stemming): "
        + ", ".join(f"{t} ({g.r.randint(10, 60)} stemmen)" for t in g.sample(THEMES[:4], 4)),
        "",
    ]
    for w in g.sample(WIJKEN, g.r.randint(4, 6)):
        ps = g.profs(g.r.randint(1, 3))
        L.append(
            f"SWT <<w:{w}>>: "
            + "; ".join(f"{g.n(p, g.ch(['full', 'full', 'first']))} (<<r:{p.role}>>)" for p in ps)
        )
    L.append("")
    L.append(
        f"Reserves: {g.n(g.prof(), 'full')}, {g.n(g.prof(), 'full')}. Contactlijst met 06-nummers volgt apart."
    )
    return "\n".join(L)


def fam_workshop_casus(g):
    y = _pilot_year(g) + 1
    d = g.wdate(y, 3, 1, 28)
    g.anchor = d
    inbr = g.prof()
    w = g.ch(WIJKEN)
    k = g.r.randint(0, 2)
    age = [g.r.randint(45, 70), g.r.randint(30, 45), g.r.randint(78, 93)][k]
    c = g.person(sex="m" if k == 0 else "f", origin="hs" if k == 2 else None)
    bdate = datetime.date(y - age - 1, g.r.randint(1, 12), g.r.randint(1, 28))
    L = [
        f"Workshop '{g.ch(['Bemoeizorg zonder verwijsbrief', 'Ouderen en eenzaamheid', 'Veiligheid eerst', 'Jongeren tussen wal en schip'])}' - {g.d(d, g.ch(['dmy', 'long']))}",
        f"Casusinbreng: {g.n(inbr, 'full')} (<<r:{inbr.role}>>, SWT <<w:{w}>>)",
        "",
        f"Casus (door inbrenger zelf samengevat): "
        + [
            f"Man, {age}, woont sinds de scheiding alleen. Zorgmijdend. Eerste signaal kwam van de <<o:Haag Wonen>>-huismeester. Het team kreeg pas contact via de Turkse bakker op de hoek.",
            f"Vrouw, {age}, drie kinderen, partner zit vast. Schulden ca. € 28.000. Schaamte groot, kwam pas na de vijfde brief.",
            f"Oudere vrouw, {age}, Hindostaanse achtergrond, zoon regelt alles maar is overbelast.",
        ][k],
        "",
        "Naschrift secretariaat: in het verspreide materiaal stonden per abuis nog gegevens van cliënt: "
        + g.ch(
            [
                f"naam ({g.n(c, g.ch(['full', 'tlast']))}) en dossiernummer {g.dos(g.ch(['swt', 'yearnum']), wijk=w)}.",
                f"adres ({g.addr()}) en geboortedatum ({g.d(bdate, g.ch(g.BIRTH))}).",
                f"telefoonnummer ({g.phone()}) en naam van de dochter ({g.n(g.relative(c, sex='f'), 'first')}).",
            ]
        )
        + " Graag de hand-outs vernietigen.",
    ]
    return "\n".join(L)


def fam_slot_evaluatie(g):
    y = _pilot_year(g) + 1
    d = g.wdate(y, 6, 1, 28)
    g.anchor = d
    ps = g.profs(4)
    L = [
        f"Slotbijeenkomst pilot - {g.d(d, g.ch(['Wdfull', 'long', 'dmy']))} - evaluatie (flip-over uitgewerkt)",
        "",
        "Wat werkte:",
        f"+ korte lijnen met <<o:Veilig Thuis>> en <<o:Parnassia>> ({g.n(ps[0], 'first')})",
        f"+ 'ik weet nu wie ik moet bellen in <<w:{g.ch(WIJKEN)}>>' ({g.n(ps[1], 'first')})",
        f"+ de workshop van {g.n(g.prof(), 'full')} over bemoeizorg",
        "Wat kan beter:",
        "- te weinig tijd naast de caseload (4 maanden is kort)",
        f"- vrijwilligers en bewoners zaten niet aan tafel ({g.n(ps[2], 'first')})",
        "",
        f"Vervolg: {g.n(ps[3], 'full')} schrijft met <<o:CAOP>> het eindverslag, concept vóór {g.d(d + datetime.timedelta(days=g.r.randint(20, 40)), g.ch(['dmonth', 'dm1']))}. Vragen: {g.email(ps[3], work=True)}",
    ]
    return "\n".join(L)


FAMS_E = [
    fam_agenda_kickoff,
    fam_aanmeldlijst,
    fam_brainstorm,
    fam_expert_invite,
    fam_pilotgroep,
    fam_workshop_casus,
    fam_slot_evaluatie,
]


# ====================================================================== families F: monthly overviews


def fam_maandoverzicht(g):
    sd = g.ch([k for k, v in STADSDELEN.items() if len(v) >= 2])
    ws = g.sample(STADSDELEN[sd], min(len(STADSDELEN[sd]), g.r.randint(2, 5)))
    mo, y = g.anchor.month, g.anchor.year
    auth = g.prof(role=g.ch(["teamleider", "casusregisseur"]))
    L = [
        f"Maandoverzicht {MONTHS[mo - 1]} {y} - sociale wijkzorgteams stadsdeel {sd}",
        "wijk                 | nieuw | lopend | afgesloten | wachtlijst",
    ]
    for w in ws:
        L.append(
            f"<<w:{w}>> | {g.r.randint(0, 14):>5} | {g.r.randint(5, 45):>6} | {g.r.randint(0, 10):>10} | {g.r.randint(0, 9)}"
        )
    L += ["", "Bijzonderheden:"]
    for _ in range(g.r.randint(2, 4)):
        c = g.person()
        dd = datetime.date(y, mo, g.r.randint(1, 28))
        L.append(
            "- "
            + g.ch(
                [
                    f"{g.dos(g.ch(['swt', 'yearnum']))} ({g.n(c, 'clientinit')}): uithuiszetting voorkomen, afspraak <<o:Haag Wonen>> {g.d(dd, g.ch(['dm', 'dmsl', 'dm1']))}",
                    f"escalatie casus {g.n(c, 'tlast')}, overleg met <<o:OOV>> op {g.d(dd, g.ch(['dmsl', 'dm1', 'abbr']))}",
                    f"{g.n(c, g.ch(['tlast', 'tinit']))} overleden ({g.d(dd, g.ch(['dmonth', 'dm1']))}), dossier gesloten",
                    f"klacht ontvangen van {g.n(c, g.ch(['tfull', 'tlast']))} over bejegening, in behandeling bij <<r:teamleider>>",
                    f"crisisopname {g.n(c, 'clientinit')} ({g.dos(g.ch(['hash', 'zk'])) if g.chance(0.5) else g.addr()}), <<o:Parnassia>>",
                ]
            )
        )
    L.append(
        f"Opgesteld door: {g.n(auth, g.ch(['full', 'first', 'init']))}, {g.d(datetime.date(y, mo, 28) + datetime.timedelta(days=g.r.randint(3, 10)), g.ch(['dmy', 'dm1']))}"
    )
    return "\n".join(L)


def fam_caseload(g):
    ps = g.profs(g.r.randint(4, 7))
    for p in ps:
        if p.role in (
            "woonconsulent",
            "wijkagent",
            "ervaringsdeskundige",
            "trajectbegeleider",
            "SPV",
            "GGZ-consulent",
            "consulent werk en inkomen",
        ):
            p.role = g.ch(
                ["maatschappelijk werker", "casusregisseur", "Wmo-adviseur", "welzijnscoach"]
            )
    L = [
        f"Caseload per medewerker - peildatum {g.d(g.dt(), g.ch(['dmy', 'dots', 'long']))}",
        "medewerker              | functie                  | casussen | langst lopend",
    ]
    for p in ps:
        L.append(
            f"{g.n(p, g.ch(['full', 'init', 'inits']))} | <<r:{p.role}>> | {g.r.randint(6, 38):>3} | {g.dos(g.ch(['swt', 'yearnum', 'zk', 'swt2'])) if g.chance(0.4) else g.n(g.person(), g.ch(['tlast', 'clientinit', 'lower']))} (sinds {g.ch(MONTHS)} {g.anchor.year - g.r.randint(1, 4)})"
        )
    L.append("")
    L.append(
        g.ch(
            [
                f"NB {g.n(ps[0], 'first')} zit boven de norm (max. 30), {g.n(ps[1], 'first')} neemt 4 casussen over.",
                f"NB vacature <<r:Wmo-adviseur>> nog open; {g.n(ps[-1], 'first')} vervangt tot de zomer.",
                "NB norm is 25-30 per fte. Gemiddelde duur casus: 7,5 maand.",
            ]
        )
    )
    return "\n".join(L)


def fam_wachtlijst(g):
    w = g.ch(WIJKEN)
    L = [
        f"Wachtlijst SWT <<w:{w}>> (stand {g.d(st=g.ch(['dmy', 'dm1', 'dmsl']))})",
        "aangemeld   | naam                | adres                   | hulpvraag      | tel / opmerking",
    ]
    dst = g.ch(["dmy", "dm1", "dmy2z"])
    for _ in range(g.r.randint(3, 6)):
        c = g.person()
        tel = (
            g.phone(g.ch(["m", "m", "l"]))
            if g.chance(0.5)
            else g.ch(
                [
                    "via dochter",
                    "geen tel",
                    "alleen mail",
                    "bellen na 12u",
                    f"zie {g.dos(g.ch(['swt', 'yearnum', 'hash', 'swt2']), wijk=w)}",
                ]
            )
        )
        L.append(
            f"{g.d(st=dst)} | {g.n(c, g.ch(['tlast', 'tinit', 'rev', 'lower', 'full']))} | {g.addr()} | "
            f"{g.ch(['schulden', 'eenzaamheid', 'woonproblemen', 'opvoeding', 'dagbesteding', 'mantelzorg', 'psychisch'])} | {tel}"
        )
    L.append(
        g.ch(
            [
                "Gem. wachttijd 5 weken.",
                "Spoed gaat voor; overige op volgorde van aanmelding.",
                f"Bij twijfel over urgentie overleggen met {g.n(g.prof(role='casusregisseur'), 'first')}.",
            ]
        )
    )
    return "\n".join(L)


def fam_vroeg_overzicht(g):
    mo, y = g.anchor.month, g.anchor.year
    L = [
        f"Overzicht signalen vroegsignalering {MONTHS[mo - 1]} {y}",
        "datum  | bron        | naam            | adres                         | pc       | uitkomst",
    ]
    dst = g.ch(["dm", "dmsl", "dm1"])
    for _ in range(g.r.randint(4, 7)):
        dd = datetime.date(y, mo, g.r.randint(1, 28))
        c = g.person()
        L.append(
            f"{g.d(dd, dst)} | <<o:{g.ch(['Haag Wonen', 'Staedion', 'Vestia', 'Eneco', 'Dunea', 'Zilveren Kruis', 'VGZ'])}>> | {g.n(c, g.ch(['rev', 'tlast', 'last', 'clientinit']))} | "
            f"{g.addr()} | {g.pc()} | {g.ch(['contact, BR', 'niet thuis 2x', 'geen hulp gewenst', 'doorverwezen SHV', 'al bekend bij SWT', 'verhuisd', 'contact via ' + g.rw(g.person(), ('child', 'neigh'))])}"
        )
    L.append(
        f"Totaal: {len(L) - 2} signalen, bereik {g.r.randint(40, 80)}%. Contact: {g.n(g.prof(role='schuldhulpverlener'), 'full')}"
    )
    return "\n".join(L)


def fam_kwartaal(g):
    q = (g.anchor.month - 1) // 3 + 1
    y = g.anchor.year
    c1, c2 = g.person(), g.person()
    L = [
        f"Kwartaalrapportage Q{q} {y} - sociale wijkzorgteams stadsdeel {g.ch(['Escamp', 'Laak', 'Centrum', 'Segbroek', 'Loosduinen', 'Haagse Hout', 'Scheveningen'])}",
        "",
        "indicator                         | Q" + str(q) + f" {y} | vorig kwartaal",
        f"nieuwe aanmeldingen               | {g.r.randint(40, 140)} | {g.r.randint(40, 140)}",
        f"afgesloten trajecten              | {g.r.randint(30, 120)} | {g.r.randint(30, 120)}",
        f"voorkomen huisuitzettingen        | {g.r.randint(2, 15)} | {g.r.randint(2, 15)}",
        f"doorverwijzing <<o:Schuldhulpverlening>> | {g.r.randint(10, 40)} | {g.r.randint(10, 40)}",
        f"meldingen <<o:Veilig Thuis>>        | {g.r.randint(1, 12)} | {g.r.randint(1, 12)}",
        "",
        "Casusvoorbeelden (intern, niet verspreiden):",
        f"1. {g.n(c1, 'tlast')} ({g.dos(g.ch(['swt', 'yearnum']))}) - na 14 maanden traject weer zelfstandig, vrijwilligerswerk bij <<o:Voedselbank Haaglanden>>.",
        f"2. {g.n(c2, g.ch(['tlast', 'full']))}, {g.addr()} - samenwerking met <<o:Politie>> en <<o:GGD>> rond woonoverlast, afgerond {g.d(st=g.ch(['dmonth', 'dm1', 'long']))}.",
        "",
        f"Opgesteld door {g.n(g.prof(role='teamleider'), 'full')} en {g.n(g.prof(), 'full')}, met dank aan {g.n(g.prof(), 'first')} voor de cijfers.",
    ]
    return "\n".join(L)


FAMS_F = [fam_maandoverzicht, fam_caseload, fam_wachtlijst, fam_vroeg_overzicht, fam_kwartaal]


# ====================================================================== families G: mail / phone / calendar


def fam_mail_fwd(g):
    c = g.person()
    a, b = g.prof(), g.prof()
    ext = g.prof(
        role=g.ch(
            ["woonconsulent", "bewindvoerder", "consulent werk en inkomen", "trajectbegeleider"]
        )
    )
    d = g.dt(weekday=True)
    L = [
        f"Van: {g.n(a, 'full')} <{g.email(a, work=True)}>",
        f"Verzonden: {g.d(d, g.ch(['wdfull', 'Wdfull']))} {g.r.randint(8, 17)}:{g.r.randint(10, 59)}",
        f"Aan: {g.n(b, 'full')}",
        f"Onderwerp: FW: {g.ch(['clt', 'cliënt', 'mw', 'dhr'])} [[p:{c.lastcap}]] - {g.ch(['urgent', 'ter info', 'overdracht', 'stukken'])}",
        "",
        f"{g.n(b, 'first')}, zie hieronder. Kun jij dit oppakken? Ik ben er {g.ch(['tot maandag', 'de rest van de week', 'tot de 15e'])} niet.",
        "",
        "-----Oorspronkelijk bericht-----",
        f"Van: {g.n(ext, 'full')} <{g.email(ext, work=g.chance(0.6))}>",
        f"Datum: {g.d(d - datetime.timedelta(days=g.r.randint(0, 3)), g.ch(['dmy', 'long', 'slash0']))}",
        "",
        f"Beste {g.n(a, 'first')},",
        g.ch(
            [
                f"Vandaag kreeg ik een telefoontje van {g.n(c, 'tlast')} ({g.phone()}). {'Zij' if c.sex == 'f' else 'Hij'} is erg overstuur: de bank heeft de rekening ({g.iban()}) geblokkeerd.",
                f"Zoals besproken stuur ik de gegevens: {g.n(c, 'full')}, geb. {g.bd()}, BSN {g.bsn()}. De aanvraag ligt klaar.",
                f"{g.n(c, 'tlast')} is per {g.d(st=g.ch(['long', 'dmonth']))} verhuisd naar {g.addr()}, {g.pc()}. Wil je het dossier ({g.dos()}) bijwerken?",
            ]
        ),
        "",
        f"Groet, {g.n(ext, 'first')}",
    ]
    return "\n".join(L)


def fam_telefoonnotitie(g):
    c = g.person()
    caller = g.relative(c, same_last=g.chance(0.5)) if g.chance(0.6) else g.person()
    rel = g.rw(caller, ("child", "neigh", "partner", "friend", "sib"))
    pr = g.prof()
    L = (
        [
            "TELEFOONNOTITIE",
            f"Datum: {g.d(st=g.ch(['dmy', 'dmy1', 'wdsl', 'dmsl']))}   Tijd: {g.r.randint(8, 17)}.{g.r.randint(0, 59):02d}",
            f"Aangenomen door: {g.n(pr, g.ch(['first', 'inits']))}",
            f"Beller: {g.n(caller, g.ch(['full', 'tlast', 'first']))} ({rel} van {g.n(c, g.ch(['tlast', 'tinit']))})",
            f"Terugbelnr: {g.phone()}",
        ]
        + ([f"Adres clt (volgens beller): {g.addr()}"] if g.chance(0.5) else [])
        + [
            f"Inhoud: "
            + g.ch(
                [
                    "maakt zich zorgen, clt neemt telefoon niet meer op sinds het weekend.",
                    f"clt is gevallen en ligt in het <<o:HMC Westeinde>>. Vraagt of iemand de kat kan voeren ({g.addr()}).",
                    "wil weten of de aanvraag voor de rolstoel al is goedgekeurd.",
                    "klaagt over stankoverlast uit de woning van clt, wil anoniem blijven.",
                    "belt namens clt, die zelf slecht Nederlands spreekt. Afspraak verzetten naar volgende week.",
                ]
            ),
            f"Actie: {g.ch(['terugbellen vandaag', 'doorzetten naar casusregisseur', 'huisbezoek plannen', 'geen actie, ter info'])}",
        ]
    )
    return "\n".join(L)


def fam_agenda_entry(g):
    c = g.person()
    d = g.dt(weekday=True)
    pr = g.prof()
    L = [
        f"{g.d(d, g.ch(['Wdlong', 'wdsl', 'wdab', 'dmy']))}",
        f"{g.r.randint(8, 11)}.{g.ch(['00', '30'])}  spreekuur <<o:Servicepunt XL>> <<w:{g.ch(WIJKEN)}>>",
        f"{g.r.randint(12, 13)}.{g.ch(['00', '30'])}  hb {g.n(c, g.ch(['lower', 'tlast', 'tinit']))}, {g.addr()} (bel aan bij {g.ch(['buren', 'nr. 2', 'de achterdeur'])}) - samen met {g.n(pr, 'first')}",
        f"15.00  overleg <<o:{g.ch(['Haag Wonen', 'Staedion', 'MEE', 'Parnassia', 'Xtra'])}>> over {g.dos(g.ch(['swt', 'yearnum', 'hash']))}",
        f"16.30  terugbellen {g.n(g.person(), g.ch(['tlast', 'first']))} ({g.phone()})",
    ]
    return "\n".join(L)


def fam_sms_log(g):
    c = g.person()
    pr = g.prof()
    d = g.dt()
    nr = g.phone("m", st=g.ch(["plain", "intl2", "dash"]))
    L = [
        f"Berichten met {nr} ({g.n(c, g.ch(['first', 'tlast', 'lowerfirst']))}) - geëxporteerd voor dossier"
    ]
    msgs = [
        (
            "clt",
            g.ch(
                [
                    "goedemorgen mevrouw ik kan vandaag niet komen mijn zoon is ziek",
                    "hallo ik heb weer brief gekregen van deurwaarder wat moet ik doen",
                    "Ik sta voor de deur maar er doet niemand open",
                ]
            ),
        ),
        (
            pr,
            g.ch(
                [
                    "Geen probleem, zullen we donderdag om 10 uur doen?",
                    "Wil je een foto sturen van de brief? Dan kijk ik mee.",
                    "Ik kom eraan, 5 minuten.",
                ]
            ),
        ),
        ("clt", g.ch(["ok dank u", "👍", "ok ik stuur foto", f"mijn nieuwe adres is {g.addr()}"])),
    ]
    t = g.r.randint(8, 15)
    dst = g.ch(["dmy2z", "dmy1", "slash"])
    if g.chance(0.6):
        q = g.relative(c)
        qn = g.n(q, g.ch(["first", "lowerfirst"]))
        msgs.append(
            (
                "clt",
                g.ch(
                    [
                        f"mijn {g.rw(q)} {qn} komt ook mee",
                        f"kunt u {qn} bellen, die snapt het beter",
                        f"{qn} heeft de brief",
                    ]
                ),
            )
        )
    for i, (who, txt) in enumerate(msgs):
        wname = g.n(pr, "first") if who is pr else "clt"
        L.append(f"[{g.d(d, dst)} {t + i:02d}:{g.r.randint(0, 59):02d}] {wname}: {txt}")
    return "\n".join(L)


FAMS_G = [fam_mail_fwd, fam_telefoonnotitie, fam_agenda_entry, fam_sms_log]
# ====================================================================== main

ALL_FAMS = FAMS_A + FAMS_B + FAMS_C + FAMS_D + FAMS_E + FAMS_F + FAMS_G
PER_FAM = 4


def check(rec):
    t = rec["text"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: (s["start"], s["end"]))
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for s in rec["pii"]:
        if s["label"] == "bsn":
            assert bsn_ok(s["text"]), s
        if s["label"] == "iban":
            assert iban_ok(s["text"]), s
    assert rec["pii"], rec["id"]


def build():
    import random

    r = random.Random(97)
    g = G(r)
    jobs = [f for f in ALL_FAMS for _ in range(PER_FAM)]
    r.shuffle(jobs)
    recs = []
    for i, f in enumerate(jobs):
        g.anchor = g.dt((2023, 2, 1), (2025, 6, 15))
        text, pii, keep = strip_markup(f(g))
        rec = {"id": f"ho97-{i:04d}", "text": text, "pii": pii, "keep": keep}
        check(rec)
        recs.append(rec)
    return recs


if __name__ == "__main__":
    import collections

    recs = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout97.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    pc = collections.Counter(s["label"] for r in recs for s in r["pii"])
    kc = collections.Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    tot = sum(pc.values())
    print(
        out,
        len(recs),
        "texts; words avg",
        round(sum(words) / len(words)),
        "min",
        min(words),
        "max",
        max(words),
    )
    print("pii", tot, {k: f"{v} ({100 * v / tot:.0f}%)" for k, v in pc.most_common()})
    print("keep", dict(kc.most_common()))
