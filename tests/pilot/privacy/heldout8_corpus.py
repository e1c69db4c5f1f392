#!/usr/bin/env python3
"""Builder for heldout8: a second, independent held-out test corpus for the
Dutch personal-data finder (case lessons of Hague social neighbourhood teams).

Standard library only and deterministic: running

    python heldout8_corpus.py

writes ``heldout8.jsonl`` next to this file, in exactly the format of
/work/shared/anonymisation/dev.jsonl (id, text, pii, keep).  Offsets are
computed while the text is assembled, so every span is exact by
construction; the script still asserts ``text[start:end] == span["text"]``,
that no two spans overlap, that BSNs pass the 11-check and IBANs the mod-97
check, and that every pii label occurs at least MIN_PER_LABEL times.

Labelling follows /work/shared/anonymisation/README.md:
pii  person, bsn, phone, email, iban, postcode, address, date, dossier
keep org, role, wijk (the keep labels dev.jsonl uses)
A title (mevrouw, dhr., mw ...) is never part of a person span; a possessive
ending ('s, ', s) is not either.  Years, month+year, ages, durations, amounts
and times are written as neutral text (no span): they must not be hidden.
"""

from __future__ import annotations

import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 80808
N_DOCS = 120
MIN_PER_LABEL = 40
TARGET_PER_LABEL = 62
PII_LABELS = ("person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier")
KEEP_LABELS = ("org", "role", "wijk")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout8.jsonl")

# --------------------------------------------------------------------------------------
# Name pools (new: chosen to avoid the dev.jsonl pools, except the word-like Dutch
# names the brief asks for).  origin -> (female given names, male given names, surnames)
# Polish surnames with a gendered form are written "male/female".
# --------------------------------------------------------------------------------------
ORIGINS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "sr": (
        ["Marciella", "Rosita", "Jerney", "Glenda", "Esmeralda", "Charissa", "Ilona"],
        ["Errol", "Romeo", "Clifton", "Humphrey", "Stanley", "Rudie", "Delano"],
        [
            "Wijngaarde",
            "Pinas",
            "Sabajo",
            "Linger",
            "Doelwijt",
            "Esajas",
            "Zeefuik",
            "Vreden",
            "Kasanpawiro",
            "Karsowidjojo",
            "Tjon-A-Fong",
            "Amatmoekrim",
            "Nelom",
        ],
    ),
    "hi": (
        ["Sharmila", "Roshni", "Kavita", "Radha", "Shanti", "Priya", "Soenita", "Nirmala"],
        ["Rajesh", "Sunil", "Anand", "Devendra", "Ashwin", "Vishal", "Krishna"],
        [
            "Mahabier",
            "Ramsaran",
            "Bhagwandin",
            "Jagessar",
            "Soekhlal",
            "Autar",
            "Matadin",
            "Kalloe",
            "Gajadhar",
            "Sewdien",
            "Raghoebier",
            "Bissumbhar",
            "Tewarie",
        ],
    ),
    "ma": (
        ["Khadija", "Souad", "Houda", "Loubna", "Samira", "Ikram", "Hajar", "Zineb", "Malika"],
        ["Mourad", "Abdelkader", "Rachid", "Bilal", "Karim", "Nordin", "Said", "Tarik"],
        [
            "El Idrissi",
            "Bakkali",
            "Ouali",
            "Azzouzi",
            "Ait Ouaziz",
            "El Haddouti",
            "Chaouch",
            "Tahiri",
            "El Khattabi",
            "Essafi",
            "Lamrini",
            "Bouchtaoui",
            "Ben Haddou",
        ],
    ),
    "tr": (
        ["Elif", "Hatice", "Emine", "Büşra", "Derya", "Sibel", "Gülay"],
        ["Murat", "Hakan", "Serkan", "Oğuz", "Burak", "Ahmet", "Cem", "Volkan"],
        [
            "Öztürk",
            "Çelik",
            "Aydın",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Şahin",
            "Yıldırım",
            "Koç",
            "Erdem",
            "Güneş",
            "Polat",
            "Aksoy",
            "Karaca",
        ],
    ),
    "pl": (
        ["Katarzyna", "Magdalena", "Ewa", "Joanna", "Zofia", "Małgorzata"],
        ["Krzysztof", "Paweł", "Marek", "Grzegorz", "Łukasz", "Wojciech"],
        [
            "Wójcik",
            "Mazur",
            "Krawczyk",
            "Kaczmarek",
            "Sikora",
            "Pawlak",
            "Michalak",
            "Zając",
            "Kowalczyk",
            "Król",
            "Wiśniewski/Wiśniewska",
            "Zieliński/Zielińska",
            "Dąbrowski/Dąbrowska",
        ],
    ),
    "ro": (
        ["Ioana", "Andreea", "Mihaela", "Florentina", "Roxana"],
        ["Bogdan", "Ionuț", "Mihai", "Florin", "Vasile"],
        [
            "Popescu",
            "Ionescu",
            "Dumitru",
            "Munteanu",
            "Constantin",
            "Lungu",
            "Moldovan",
            "Ene",
            "Rusu",
            "Stoica",
        ],
    ),
    "er": (
        ["Senait", "Yohana", "Selam", "Mebrat", "Luwam", "Feven"],
        ["Yonas", "Tesfay", "Dawit", "Berhane", "Filmon"],
        [
            "Tesfamariam",
            "Haile",
            "Ghebremedhin",
            "Kidane",
            "Berhe",
            "Tekle",
            "Woldemariam",
            "Habte",
            "Abraha",
            "Gebreyesus",
        ],
    ),
    "so": (
        ["Hodan", "Faadumo", "Ayaan", "Sahra", "Ifrah", "Hamdi"],
        ["Abdirahman", "Mahad", "Abdullahi", "Liban", "Guled"],
        ["Warsame", "Mohamud", "Farah", "Jama", "Osman", "Dualeh", "Egal", "Hersi", "Aden"],
    ),
    "af": (
        ["Farida", "Mariam", "Shabnam", "Nilofar", "Parwana", "Zarghona"],
        ["Sayed", "Jawad", "Farid", "Hamid", "Naveed"],
        [
            "Hashimi",
            "Karimi",
            "Rahimi",
            "Sultani",
            "Noorzai",
            "Popal",
            "Wardak",
            "Amiri",
            "Ahmadzai",
            "Habibi",
        ],
    ),
    "sy": (
        ["Rasha", "Rima", "Hala", "Ghada", "Nour", "Dima"],
        ["Omar", "Tarek", "Majd", "Bassam", "Fadi", "Yazan"],
        [
            "Al-Khatib",
            "Haddad",
            "Al-Masri",
            "Khoury",
            "Nasser",
            "Darwish",
            "Al-Ahmad",
            "Hamdan",
            "Kassab",
            "Al-Halabi",
        ],
    ),
    "an": (
        ["Jurleny", "Giselle", "Ruthsela", "Xiomara", "Zuleika", "Chanella"],
        ["Jurgen", "Shurandy", "Ruendell", "Giandro", "Jeandro"],
        [
            "Rosaria",
            "Pieternella",
            "Girigorie",
            "Cijntje",
            "Winklaar",
            "Anthonia",
            "Maduro",
            "Schotborgh",
            "Koeiman",
            "Croes",
            "Janga",
            "Statia",
        ],
    ),
    "cv": (
        ["Djenifer", "Edite", "Lurdes", "Zenaida", "Ivanilda"],
        ["Adilson", "Nelson", "Djony", "Hélder", "Manuel"],
        [
            "Tavares",
            "Monteiro",
            "Fortes",
            "Lopes",
            "Semedo",
            "Gomes",
            "dos Santos",
            "da Graça",
            "Andrade",
            "Brito",
            "Évora",
        ],
    ),
    "zh": (
        ["Xiu Ying", "Mei", "Li Na", "Hui Min", "Yan"],
        ["Wei", "Jun", "Hao", "Jian Guo", "Zhi Peng"],
        ["Chen", "Wang", "Zhang", "Liu", "Huang", "Zhou", "Lin", "Cheung", "Chan", "Wu"],
    ),
    "vi": (
        ["Thi Lan", "Thi Hoa", "Thu Thuy", "Ngoc Anh", "Thi Linh"],
        ["Van Minh", "Anh Tuan", "Minh Duc", "Van Quang", "Van Hung"],
        ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo"],
    ),
    "gh": (
        ["Akosua", "Abena", "Efua", "Adwoa", "Ama", "Esi"],
        ["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo"],
        [
            "Mensah",
            "Owusu",
            "Asante",
            "Boateng",
            "Appiah",
            "Addo",
            "Osei",
            "Amoah",
            "Darko",
            "Agyeman",
            "Ofori",
        ],
    ),
    "nl": (
        [
            "Roos",
            "Bloem",
            "Hanna",
            "Jade",
            "Sterre",
            "Noor",
            "Marja",
            "Ria",
            "Ineke",
            "Gerda",
            "Wilma",
            "Anneke",
            "Joke",
            "Tineke",
            "Maud",
            "Yvonne",
            "Carla",
            "Truus",
            "Dorien",
            "Mieke",
            "April",
            "Zon",
            "Wies",
        ],
        [
            "Dirk",
            "Kees",
            "Henk",
            "Gert-Jan",
            "Sjoerd",
            "Joost",
            "Ruud",
            "Rien",
            "Arie",
            "Teun",
            "Freek",
            "Jeroen",
            "Maarten",
            "Storm",
            "Ferdi",
            "Bertus",
            "Wim",
        ],
        [
            "Bakker",
            "Smit",
            "de Wit",
            "Visser",
            "Mulder",
            "de Bruin",
            "Kok",
            "Vos",
            "Koster",
            "Groen",
            "Storm",
            "Winter",
            "Hoek",
            "Sterk",
            "Post",
            "Kuiper",
            "Dekker",
            "Schouten",
            "van Leeuwen",
            "Brouwer",
            "de Graaf",
            "van den Heuvel",
            "Prins",
            "Huisman",
            "de Haan",
            "Schaap",
            "Zwart",
            "Hoogland",
            "van 't Hof",
            "ter Horst",
            "Kramer",
            "Schipper",
            "Verhoeven",
            "van Rijn",
            "Kroon",
            "Vink",
            "Boon",
            "van Wijk",
            "Lagerwey",
            "Hoogendoorn",
            "Vreugdenhil",
            "Zuidgeest",
            "van der Zalm",
            "Wassenaar",
            "Duijvestein",
        ],
    ),
}
# calling name for two-part given names (Vietnamese: last part)
ORIGIN_WEIGHTS = {
    "nl": 5,
    "ma": 3,
    "tr": 3,
    "sr": 3,
    "hi": 3,
    "pl": 2,
    "ro": 1,
    "er": 1,
    "so": 1,
    "af": 1,
    "sy": 2,
    "an": 2,
    "cv": 1,
    "zh": 1,
    "vi": 1,
    "gh": 1,
}
LANGUAGE = {
    "sr": "Sranantongo",
    "hi": "Sarnami",
    "ma": "Tarifit",
    "tr": "Turks",
    "pl": "Pools",
    "ro": "Roemeens",
    "er": "Tigrinya",
    "so": "Somalisch",
    "af": "Dari",
    "sy": "Arabisch",
    "an": "Papiaments",
    "cv": "Kaapverdisch Creools",
    "zh": "Kantonees",
    "vi": "Vietnamees",
    "gh": "Twi",
    "nl": "Nederlands",
}
BIRTHPLACE = {
    "sr": "Paramaribo",
    "hi": "Nieuw-Nickerie",
    "ma": "Nador",
    "tr": "Kayseri",
    "pl": "Wrocław",
    "ro": "Iași",
    "er": "Asmara",
    "so": "Mogadishu",
    "af": "Herat",
    "sy": "Aleppo",
    "an": "Willemstad",
    "cv": "Praia",
    "zh": "Guangzhou",
    "vi": "Hanoi",
    "gh": "Kumasi",
    "nl": "Den Haag",
}
WORD_SURNAMES = [
    "Bakker",
    "Smit",
    "de Wit",
    "Visser",
    "Mulder",
    "de Bruin",
    "Kok",
    "Vos",
    "Koster",
    "Groen",
    "Storm",
    "Winter",
    "Hoek",
    "Sterk",
    "Post",
    "Kuiper",
    "Dekker",
    "Schaap",
    "Zwart",
    "Kroon",
    "Prins",
    "Boon",
    "Vink",
]
WORD_FIRST = {
    "Roos": "f",
    "Bloem": "f",
    "Hanna": "f",
    "Jade": "f",
    "Sterre": "f",
    "Noor": "f",
    "Zon": "f",
    "Mei": "f",
    "April": "f",
    "Storm": "m",
    "Dirk": "m",
}

# --------------------------------------------------------------------------------------
# Context that must stay readable
# --------------------------------------------------------------------------------------
WIJKEN = [
    "Schilderswijk",
    "Transvaal",
    "Laakkwartier",
    "Moerwijk",
    "Bouwlust",
    "Vrederust",
    "Mariahoeve",
    "Bezuidenhout",
    "Regentessekwartier",
    "Valkenboskwartier",
    "Duinoord",
    "Zeeheldenkwartier",
    "Stationsbuurt",
    "Rivierenbuurt",
    "Spoorwijk",
    "Zuiderpark",
    "Wateringse Veld",
    "Ypenburg",
    "Leidschenveen",
    "Loosduinen",
    "Kijkduin",
    "Waldeck",
    "Houtwijk",
    "Bohemen",
    "Morgenstond",
    "Leyenburg",
    "Scheveningen",
    "Duindorp",
    "Benoordenhout",
    "Archipelbuurt",
    "Statenkwartier",
    "Rustenburg",
    "Oostbroek",
    "Vruchtenbuurt",
    "Kraayenstein",
    "Tedingerbroek",
    "Molenwijk",
    "Haagse Hout",
    "Escamp",
    "Segbroek",
]
ROLE_ORG = [
    ("wijkverpleegkundige", "Florence"),
    ("wijkverpleegkundige", "Saffier"),
    ("woonconsulent", "Haag Wonen"),
    ("woonconsulent", "Staedion"),
    ("huismeester", "Vestia"),
    ("jongerenwerker", "Stichting MOOI"),
    ("opbouwwerker", "Xtra"),
    ("maatschappelijk werker", "Xtra"),
    ("schuldhulpverlener", "Schuldhulpmaatje"),
    ("budgetcoach", "Humanitas"),
    ("GZ-psycholoog", "Parnassia"),
    ("sociaal psychiatrisch verpleegkundige", "Parnassia"),
    ("psychiater", "GGZ"),
    ("verslavingsarts", "Brijder"),
    ("trajectbegeleider", "Kessler Stichting"),
    ("ambulant begeleider", "Leger des Heils"),
    ("gezinscoach", "CJG"),
    ("jeugdverpleegkundige", "CJG"),
    ("jeugdbeschermer", "Jeugdbescherming west"),
    ("gezinsvoogd", "William Schrikker Stichting"),
    ("klantmanager", "Servicepunt XL"),
    ("Wmo-consulent", "Wmo-loket"),
    ("mantelzorgconsulent", "Humanitas"),
    ("casusregisseur", "Veilig Thuis"),
    ("vertrouwensarts", "Veilig Thuis"),
    ("ouderenadviseur", "Stichting MOOI"),
    ("cliëntondersteuner", "MEE"),
    ("buurtcoach", "Stichting MOOI"),
    ("jobcoach", "UWV"),
    ("ervaringsdeskundige", "Leger des Heils"),
    ("woonbegeleider", "Kessler Stichting"),
    ("maatschappelijk begeleider", "VluchtelingenWerk"),
    ("praktijkondersteuner", "GGZ"),
]
ORG_DOMAIN = {
    "Florence": "florence.nl",
    "Saffier": "saffier.nl",
    "Haag Wonen": "haagwonen.nl",
    "Staedion": "staedion.nl",
    "Vestia": "vestia.nl",
    "Stichting MOOI": "mooiwelzijn.nl",
    "Xtra": "xtra.nl",
    "Schuldhulpmaatje": "schuldhulpmaatje.nl",
    "Humanitas": "humanitas.nl",
    "Parnassia": "parnassia.nl",
    "GGZ": "ggzdenhaag.nl",
    "Brijder": "brijder.nl",
    "Kessler Stichting": "kesslerstichting.nl",
    "Leger des Heils": "legerdesheils.nl",
    "CJG": "cjgdenhaag.nl",
    "Jeugdbescherming west": "jbwest.nl",
    "William Schrikker Stichting": "wsg.nl",
    "Servicepunt XL": "denhaag.nl",
    "Wmo-loket": "denhaag.nl",
    "Veilig Thuis": "vtdenhaag.nl",
    "MEE": "mee-zhn.nl",
    "UWV": "uwv.nl",
    "VluchtelingenWerk": "vluchtelingenwerk.nl",
}
PRIVATE_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "hotmail.nl",
    "live.nl",
    "outlook.com",
    "icloud.com",
    "yahoo.com",
    "casema.nl",
    "xs4all.nl",
    "hetnet.nl",
    "online.nl",
    "me.com",
    "proton.me",
    "ziggo.nl",
    "kpnmail.nl",
]

# Hague streets (none of the dev.jsonl street names)
STREETS = [
    "Wolmaransstraat",
    "Jan Blankenstraat",
    "Parallelweg",
    "Kempstraat",
    "Jacob Catsstraat",
    "Fahrenheitstraat",
    "Laan van Meerdervoort",
    "Goudenregenstraat",
    "Thorbeckelaan",
    "Dedemsvaartweg",
    "Melis Stokelaan",
    "Loevesteinlaan",
    "Erasmusweg",
    "Hengelolaan",
    "Roggeveenstraat",
    "Prinsegracht",
    "Wagenstraat",
    "Stationsweg",
    "Soestdijksekade",
    "Kamperfoeliestraat",
    "Herman Costerstraat",
    "Rijswijkseweg",
    "Calandstraat",
    "Zuidlarenstraat",
    "Apeldoornselaan",
    "Loosduinse Hoofdstraat",
    "Marktweg",
    "Hanenburglaan",
    "Zonweg",
    "Oude Haagweg",
    "Tarwekamp",
    "Haverkamp",
    "Hofzichtlaan",
    "Ruychrocklaan",
    "Duinstraat",
    "Keizerstraat",
    "Stevinstraat",
    "Badhuisstraat",
    "Zwaardvegersgaarde",
    "Bramengaarde",
    "Twickelstraat",
    "Acaciastraat",
    "De La Reyweg",
    "Boekhorststraat",
    "Bilderdijkstraat",
    "Vlierboomstraat",
    "Beeklaan",
    "Weteringkade",
    "Hooftskade",
    "Van Ostadestraat",
    "Newtonstraat",
    "Pletterijstraat",
    "Schalk Burgerstraat",
    "Kootwijkstraat",
    "Zuidwoldelaan",
    "Lozerlaan",
    "Meppelweg",
    "Steenwijklaan",
    "Westduinweg",
    "Laan van Wateringse Veld",
    "Nieuwe Schoolstraat",
    "Hoge Zand",
    "Burg. Hovylaan",
    "Mgr. Nolenslaan",
    "Groot Hertoginnelaan",
    "Gentsestraat",
]
ADDR_SUFFIX = [
    "",
    "",
    "",
    "",
    "",
    "a",
    "b",
    "A",
    "-B",
    "-C",
    " II",
    " III",
    "-III",
    " hs",
    "-hs",
    "-1",
    "-2",
    " bis",
    "B",
    " bv",
    "-rood",
    " 1e",
]

DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
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
MONTHS_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sept", "okt", "nov", "dec"]
DURATIONS = [
    "drie maanden",
    "een half jaar",
    "zes weken",
    "ruim een jaar",
    "anderhalf jaar",
    "twee jaar",
    "acht maanden",
    "tien weken",
    "bijna vier jaar",
    "een paar weken",
    "zeven maanden",
    "ruim 18 maanden",
]
TRANSLATE_ASCII = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ș": "s", "ț": "t", "ß": "ss", "'": "", " ": "", "-": ""}
)


def ascii_fold(s: str) -> str:
    """Plain ASCII lower-case form of a name, as typed in an e-mail address."""
    s = s.translate(TRANSLATE_ASCII)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


# --------------------------------------------------------------------------------------
# Checked numbers
# --------------------------------------------------------------------------------------
def bsn_valid(digits: str) -> bool:
    """11-check (elfproef) for a 9-digit BSN."""
    d = [int(c) for c in digits]
    if len(d) != 9:
        return False
    return (sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - d[8]) % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(w * x for w, x in zip(range(9, 1, -1), d, strict=False)) % 11
        if last <= 9:
            s = "".join(map(str, d + [last]))
            assert bsn_valid(s)
            return s


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB", "REVO"]


def make_iban(rng: random.Random) -> str:
    bank = rng.choice(BANKS)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    tail = bank + acct + "NL00"
    check = 98 - int("".join(str(int(c, 36)) for c in tail)) % 97
    iban = f"NL{check:02d}{bank}{acct}"
    assert iban_valid(iban)
    return iban


def fmt_bsn(rng: random.Random, s: str) -> str:
    return rng.choice(
        [
            s,
            s,
            s,
            f"{s[:4]}.{s[4:6]}.{s[6:]}",
            f"{s[:3]}.{s[3:6]}.{s[6:]}",
            f"{s[:3]} {s[3:6]} {s[6:]}",
            f"{s[:4]} {s[4:6]} {s[6:]}",
        ]
    )


def fmt_iban(rng: random.Random, s: str, informal: bool = False) -> str:
    spaced = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    opts = [s, spaced, spaced]
    if informal:
        opts += [spaced.lower(), s.lower()]
    return rng.choice(opts)


def make_phone(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["mob", "mob", "mob", "land"])
    if kind == "mob":
        d = "6" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        n = d[1:]
        return rng.choice(
            [
                f"06-{n}",
                f"06 {n}",
                f"06 {n[:4]} {n[4:]}",
                f"06{n[:2]} {n[2:5]} {n[5:]}",
                f"06-{n[:3]} {n[3:6]} {n[6:]}",
                f"+31 6 {n}",
                f"+31 (0)6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"0031 6 {n[:4]} {n[4:]}",
                f"+316 {n[:4]} {n[4:]}",
                f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
                f"06 - {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"06{n}",
            ]
        )
    n = str(rng.randint(2, 4)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return rng.choice(
        [
            f"070-{n}",
            f"070 {n[:3]} {n[3:5]} {n[5:]}",
            f"(070) {n}",
            f"070 - {n[:3]} {n[3:]}",
            f"+31 70 {n[:3]} {n[3:]}",
            f"+31 (0)70 {n[:3]} {n[3:5]} {n[5:]}",
            f"070{n}",
            f"(070)-{n[:3]}{n[3:]}",
        ]
    )


PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def make_postcode(rng: random.Random, informal: bool = False) -> str:
    num = rng.randint(2491, 2599)
    while True:
        let = rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
        if let not in ("SA", "SD", "SS"):
            break
    forms = [f"{num} {let}", f"{num} {let}", f"{num}{let}"]
    if informal:
        forms += [f"{num}{let.lower()}", f"{num} {let.lower()}"]
    return rng.choice(forms)


def make_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    hi = 1150 if street == "Laan van Meerdervoort" else 320
    return f"{street} {rng.randint(1, hi)}{rng.choice(ADDR_SUFFIX)}"


def make_dossier(rng: random.Random) -> str:
    y = rng.randint(2018, 2025)
    yy = y % 100

    def n(k: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(k))

    return rng.choice(
        [
            f"ZD-{y}-{n(5)}",
            f"WMO/{yy}/{n(6)}",
            f"CJG-{n(5)}",
            f"J{yy}-{n(4)}",
            f"SHV-{y}-{n(5)}",
            f"#{n(5)}",
            f"BW/{n(4)}/{yy}",
            f"{yy}.{n(3)}.{n(4)}",
            f"VT-{y}-{n(4)}",
            f"HW-{n(7)}",
            f"{y}/{n(5)}",
            f"{y}-{n(5)}",
            f"SWT{yy}{n(4)}",
            f"0{n(6)}",
            f"C-{n(3)}-{n(3)}",
            f"RvdK-{y}-{n(4)}",
            f"KB{n(6)}",
        ]
    )


def rand_date(rng: random.Random, y0: int = 2019, y1: int = 2025) -> datetime.date:
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def fmt_date(rng: random.Random, d: datetime.date, style: str = "any") -> str:
    day, m, y = d.day, d.month, d.year
    wd, wda = DAYS[d.weekday()], DAYS_ABBR[d.weekday()]
    mon, mab = MONTHS[m - 1], MONTHS_ABBR[m - 1]
    yy = y % 100
    if style == "dob":
        return rng.choice(
            [
                f"{day:02d}-{m:02d}-{y}",
                f"{day} {mon} {y}",
                f"{day:02d}.{m:02d}.{y}",
                f"{y}-{m:02d}-{day:02d}",
                f"{day}/{m}/{y}",
                f"{day}-{m}-'{yy:02d}",
                f"{day} {mab}. {y}",
            ]
        )
    if style == "year":
        return rng.choice(
            [
                f"{day} {mon} {y}",
                f"{day:02d}-{m:02d}-{y}",
                f"{day}-{m}-{y}",
                f"{day}/{m}/{y}",
                f"{day:02d}.{m:02d}.{y}",
                f"{y}-{m:02d}-{day:02d}",
                f"{wd} {day} {mon} {y}",
                f"{day} {mab} {y}",
                f"{day} {mon} '{yy:02d}",
            ]
        )
    if style == "wd":
        return rng.choice(
            [
                f"{wd} {day} {mon}",
                f"{wd} {day} {mon}",
                f"{wda} {day} {mon}",
                f"{wd} {day}-{m}",
                f"{wd} {day} {mon} {y}",
                f"{wda}. {day:02d}-{m:02d}",
            ]
        )
    if style == "note":
        return rng.choice(
            [
                f"{wda} {day}/{m}",
                f"{day}-{m}",
                f"{day:02d}-{m:02d}",
                f"{wda} {day}-{m}",
                f"{day}/{m}",
                f"{wda} {day} {mab}",
                f"{day} {mab}",
                f"{wda}. {day}/{m}",
                f"{day}-{m}-'{yy:02d}",
            ]
        )
    return rng.choice(
        [
            f"{day} {mon} {y}",
            f"{day} {mon}",
            f"{day} {mon}",
            f"{day:02d}-{m:02d}-{y}",
            f"{day}-{m}-{y}",
            f"{day}-{m}-'{yy:02d}",
            f"{day}/{m}/{y}",
            f"{day:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{day:02d}",
            f"{wd} {day} {mon}",
            f"{day} {mab}",
            f"{day} {mab} {y}",
            f"{day} {mon} '{yy:02d}",
            f"{wda} {day}/{m}",
            f"{day}/{m}",
        ]
    )


# --------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------
class Person:
    def __init__(
        self, rng: random.Random, given: str, sur: str, gender: str, origin: str, age: int
    ):
        self.rng = rng
        self.given, self.gender, self.origin, self.age = given, gender, origin, age
        if "/" in sur:
            sur = sur.split("/")[0 if gender == "m" else 1]
        self.sur = sur
        self.first = given.split()[-1] if origin == "vi" else given
        self.surfirst = origin in ("vi", "zh") and rng.random() < 0.6
        parts = re.split(r"[ -]", given)
        self.initials = "".join(p[0] + "." for p in parts)
        if origin == "nl" and len(parts) == 1 and rng.random() < 0.4:
            self.initials += rng.choice("AJMCHEW") + "."
        self.kind = ""
        self.role = self.org = ""
        self._mail = self._tel = self._iban = self._bsn = None
        self.addr = self.pc = None
        self.dob = None

    @property
    def full(self) -> str:
        return f"{self.sur} {self.given}" if self.surfirst else f"{self.given} {self.sur}"

    @property
    def Sur(self) -> str:
        return self.sur[0].upper() + self.sur[1:]

    @property
    def has_particle(self) -> bool:
        return self.sur != self.Sur

    def mail(self, professional: bool = False) -> str:
        if self._mail is None:
            r = self.rng
            f, s = ascii_fold(self.first), ascii_fold(self.sur)
            if professional:
                dom = ORG_DOMAIN.get(self.org, "denhaag.nl")
                local = r.choice(
                    [
                        f"{self.initials[0].lower()}.{s}",
                        f"{f}.{s}",
                        f"{f}{s[0]}",
                        f"{ascii_fold(self.initials).replace('.', '')}.{s}",
                    ]
                )
            else:
                dom = r.choice(PRIVATE_DOMAINS)
                local = r.choice(
                    [
                        f"{f}.{s}",
                        f"{f}{r.randint(1, 99)}",
                        f"{f}_{s}",
                        f"{s}.{f}",
                        f"{f[0]}{s}{r.randint(60, 99)}",
                        f"{f}-{s}",
                        f"{s}{f[0]}",
                        f"mama{f}",
                        f"{f}.{s}{r.randint(1, 9)}",
                        f"{f}x{s}",
                    ]
                )
            self._mail = f"{local}@{dom}"
        return self._mail

    def tel(self) -> str:
        if self._tel is None:
            self._tel = make_phone(self.rng, "mob" if self.role else None)
        return self._tel


def rnd_person(
    rng: random.Random,
    origin: str | None = None,
    gender: str | None = None,
    age: tuple[int, int] = (19, 88),
    sur: str | None = None,
    given: str | None = None,
    avoid: set[str] | None = None,
) -> Person:
    origin = origin or rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
    gender = gender or rng.choice("fm")
    fem, mal, surs = ORIGINS[origin]
    avoid = avoid or set()
    if given is None:
        pool = [g for g in (fem if gender == "f" else mal) if g not in avoid] or (
            fem if gender == "f" else mal
        )
        given = rng.choice(pool)
    if sur is None:
        sur = rng.choice(surs)
    return Person(rng, given, sur, gender, origin, rng.randint(*age))


# --------------------------------------------------------------------------------------
# Mini template language
#   {KEY}            value from the case context (spans or plain text)
#   [[lab:a|b|c]]    keep span (org/role/wijk), one of the alternatives
#   ((a|b|c))        plain text, one of the alternatives
# --------------------------------------------------------------------------------------
TOKEN = re.compile(r"\{([^{}]+)\}|\[\[([^\[\]]+)\]\]|\(\(([^()]*)\)\)")


def S(label: str, text: str) -> tuple[str, str, str]:
    return ("pii", label, text)


def K(label: str, text: str) -> tuple[str, str, str]:
    return ("keep", label, text)


TITLES = {
    "f": ["mevrouw", "mevrouw", "mevrouw", "mw.", "mevr.", "mw"],
    "m": ["meneer", "meneer", "de heer", "dhr.", "dhr.", "dhr"],
}
TITLES_CAP = {
    "f": ["Mevrouw", "Mevrouw", "Mw.", "Mevr."],
    "m": ["Meneer", "Meneer", "De heer", "Dhr."],
}
TITLES_LOW = {"f": ["mw", "mw", "mevr", "mw."], "m": ["dhr", "dhr", "mnr", "dhr."]}
KIN = {
    "R": {
        "f": ["zus", "zus", "nicht", "tante", "schoonzus", "moeder"],
        "m": ["broer", "broer", "neef", "oom", "zwager", "vader"],
    },
    "N": {"f": ["buurvrouw"], "m": ["buurman"]},
    "K": {"f": ["dochter"], "m": ["zoon"]},
}


class Case:
    """All people and personal data of one lesson; templates draw from it."""

    def __init__(self, rng: random.Random):
        self.rng = r = rng
        used: set[str] = set()

        def person(**kw) -> Person:
            p = rnd_person(r, avoid=used, **kw)
            tries = 0
            while (p.first in used or ("sur" not in kw and p.sur in used)) and tries < 20:
                p = rnd_person(r, avoid=used, **kw)
                tries += 1
            used.add(p.first)
            used.add(p.sur)
            return p

        c = person(age=(21, 67))
        self.C = c
        pa = person(
            origin=c.origin if r.random() < 0.8 else None,
            gender="m" if c.gender == "f" else "f",
            age=(max(19, c.age - 8), c.age + 8),
        )
        pa.kind = "man" if pa.gender == "m" else "vrouw"
        kid_origin = c.origin
        kid_sur = pa.sur if c.gender == "f" else c.sur
        top = max(3, min(c.age - 18, 17))
        k1 = person(origin=kid_origin, sur=kid_sur, age=(min(3, top), top))
        k2 = person(origin=kid_origin, sur=kid_sur, age=(1, top))
        for k in (k1, k2):
            k.kind = KIN["K"][k.gender][0]
        rel = person(origin=c.origin, sur=c.sur if r.random() < 0.4 else None)
        rel.kind = r.choice(KIN["R"][rel.gender])
        nb = person()
        nb.kind = KIN["N"][nb.gender][0]
        pros = []
        pairs = r.sample(ROLE_ORG, 6)
        for role, org in pairs:
            if r.random() < 0.35:
                w = person(origin="nl", sur=r.choice(WORD_SURNAMES), age=(24, 63))
            else:
                w = person(age=(24, 63))
            w.role, w.org = role, org
            pros.append(w)
        # X: someone with a surname that is an ordinary word; Y: first name that is a word
        xs = r.choice(WORD_SURNAMES)
        x = person(sur=xs, origin=r.choice(["nl", "nl", None]), age=(30, 85))
        x.role, x.org = r.choice(ROLE_ORG)
        x2 = person(sur=r.choice([w for w in WORD_SURNAMES if w != xs]), origin="nl", age=(25, 63))
        x2.role, x2.org = r.choice(ROLE_ORG)
        yg = r.choice(list(WORD_FIRST))
        y = person(
            given=yg, origin="zh" if yg == "Mei" else "nl", gender=WORD_FIRST[yg], age=(9, 17)
        )
        self.people = {
            "C": c,
            "Pa": pa,
            "K1": k1,
            "K2": k2,
            "R": rel,
            "N": nb,
            "X": x,
            "X2": x2,
            "Y": y,
            "W1": pros[0],
            "W2": pros[1],
            "W3": pros[2],
            "W4": pros[3],
            "W5": pros[4],
            "W6": pros[5],
        }
        for p in (c, pa, rel):
            p.addr, p.pc = make_address(r), make_postcode(r)
        c.dob = datetime.date(2024 - c.age, r.randint(1, 12), r.randint(1, 28))
        pa.dob = datetime.date(2024 - pa.age, r.randint(1, 12), r.randint(1, 28))
        self.bsn = {"C": make_bsn(r), "Pa": make_bsn(r)}
        self.bsn_fmt = {k: fmt_bsn(r, v) for k, v in self.bsn.items()}
        self.iban = {"C": make_iban(r), "Pa": make_iban(r)}
        self.dos = [make_dossier(r), make_dossier(r)]
        self.wijk, self.wijk2 = r.sample(WIJKEN, 2)
        self.iban_fmt = {k: fmt_iban(r, v) for k, v in self.iban.items()}

    # ---- resolution of {KEY}
    def resolve(self, key: str) -> list:
        r = self.rng
        c = self.C
        if "." in key:
            pid, attr = key.split(".", 1)
            return self.pattr(self.people[pid], attr)
        g = c.gender
        pron = {
            "zij": ("zij", "hij"),
            "Zij": ("Zij", "Hij"),
            "haar": ("haar", "zijn"),
            "Haar": ("Haar", "Zijn"),
            "hem": ("haar", "hem"),
            "Mama": ("Mama", "Papa"),
            "ze": ("ze", "hij"),
        }
        if key in pron:
            return [pron[key][0 if g == "f" else 1]]
        if key == "WIJK":
            return [K("wijk", self.wijk)]
        if key == "WIJK2":
            return [K("wijk", self.wijk2)]
        if key == "ADDR":
            return [S("address", c.addr)]
        if key == "ADDR2":
            return [S("address", self.people["R"].addr)]
        if key == "ADDR3":
            return [S("address", self.people["Pa"].addr)]
        if key == "PC":
            return [S("postcode", c.pc)]
        if key == "PCi":
            return [S("postcode", make_postcode(r, informal=True))]
        if key == "PC2":
            return [S("postcode", self.people["R"].pc)]
        if key == "PC3":
            return [S("postcode", self.people["Pa"].pc)]
        if key == "BSN":
            return [S("bsn", self.bsn_fmt["C"])]
        if key == "BSN2":
            return [S("bsn", self.bsn_fmt["Pa"])]
        if key == "TEL":
            return [S("phone", c.tel())]
        if key == "TEL2":
            return [S("phone", self.people["R"].tel())]
        if key == "TELW":
            return [S("phone", self.people["W1"].tel())]
        if key == "TELN":
            return [S("phone", self.people["N"].tel())]
        if key == "TELX":
            return [S("phone", make_phone(r))]
        if key == "MAIL":
            return [S("email", c.mail())]
        if key == "MAILB":
            return [S("email", self.people["W3"].mail(True))]
        if key == "IBAN":
            return [S("iban", self.iban_fmt["C"])]
        if key == "IBANi":
            return [S("iban", fmt_iban(r, self.iban["C"], informal=True))]
        if key == "IBAN2":
            return [S("iban", self.iban_fmt["Pa"])]
        if key == "DOS":
            return [S("dossier", self.dos[0])]
        if key == "DOS2":
            return [S("dossier", self.dos[1])]
        if key in ("DOS3", "DOS4"):
            return [S("dossier", make_dossier(r))]
        if key == "ADDR4":
            return [S("address", make_address(r))]
        if key == "PC4":
            return [S("postcode", make_postcode(r))]
        if key == "DATE":
            return [S("date", fmt_date(r, rand_date(r)))]
        if key == "DATEY":
            return [S("date", fmt_date(r, rand_date(r), "year"))]
        if key == "DAYDATE":
            return [S("date", fmt_date(r, rand_date(r), "wd"))]
        if key == "DSHORT":
            return [S("date", fmt_date(r, rand_date(r), "note"))]
        if key == "DOB":
            return [S("date", fmt_date(r, c.dob, "dob"))]
        if key in ("BSN3", "BSN4"):
            return [S("bsn", fmt_bsn(r, make_bsn(r)))]
        if key in ("DOBK", "DOBR"):
            p = self.people["K1" if key == "DOBK" else "R"]
            return [
                S(
                    "date",
                    fmt_date(
                        r, datetime.date(2024 - p.age, r.randint(1, 12), r.randint(1, 28)), "dob"
                    ),
                )
            ]
        if key == "DOB2":
            return [S("date", fmt_date(r, self.people["Pa"].dob, "dob"))]
        # neutral context (never a span)
        if key == "YEAR":
            return [str(r.randint(2012, 2024))]
        if key == "MONTHY":
            return [f"{r.choice(MONTHS)} {r.randint(2019, 2024)}"]
        if key == "MONTH":
            return [r.choice(MONTHS)]
        if key == "DUR":
            return [r.choice(DURATIONS)]
        if key == "AMOUNT":
            return [f"{r.randint(1, 14)}.{r.randint(0, 999):03d}"]
        if key == "NUM":
            return [str(r.randint(6, 41))]
        if key == "TIME":
            return [f"{r.randint(8, 17)}.{r.choice(['00', '15', '30', '45', '10', '50'])}"]
        if key == "WEEK":
            return [str(r.randint(1, 52))]
        if key == "LANG":
            return [LANGUAGE[c.origin] if c.origin != "nl" else "Arabisch"]
        if key == "BIRTHPLACE":
            return [BIRTHPLACE[c.origin]]
        if key == "ARRAGE":
            return [str(r.randint(4, max(5, min(40, c.age - 1))))]
        raise KeyError(key)

    def pattr(self, p: Person, attr: str) -> list:
        r = self.rng
        g = p.gender
        if attr == "full":
            return [S("person", p.full)]
        if attr == "first":
            return [S("person", p.first)]
        if attr == "name":
            return [S("person", r.choice([p.full, p.full, f"{p.initials} {p.sur}"]))]
        if attr == "given":
            return [S("person", p.given)]
        if attr == "Sur":
            return [S("person", p.Sur)]
        if attr == "sur":
            return [S("person", r.choice([p.Sur, p.sur]))]
        if attr in ("mw", "Mw"):
            title = r.choice(TITLES[g] if attr == "mw" else TITLES_CAP[g])
            name = r.choice([p.Sur, p.sur]) if p.has_particle else p.Sur
            return [title + " ", S("person", name)]
        if attr == "ini":
            return [S("person", f"{p.initials} {p.sur}")]
        if attr == "low":
            name = (
                p.sur.lower()
                if r.random() < 0.6
                else ascii_fold(p.sur)
                if " " not in p.sur
                else p.sur.lower()
            )
            return [r.choice(TITLES_LOW[g]) + " ", S("person", name)]
        if attr == "lowfirst":
            return [S("person", p.first.lower())]
        if attr == "lowfull":
            return [S("person", p.full.lower())]
        if attr == "poss":
            f = p.first
            if f[-1].lower() in "aeiouy":
                suf = "'s"
            elif f[-1].lower() in "sxz":
                suf = "'"
            else:
                suf = "s"
            return [S("person", f), suf]
        if attr == "role":
            return [K("role", p.role)]
        if attr == "Role":
            return [K("role", p.role[0].upper() + p.role[1:])]
        if attr == "org":
            return [K("org", p.org)]
        if attr == "mail":
            return [S("email", p.mail(professional=bool(p.role)))]
        if attr == "tel":
            return [S("phone", p.tel())]
        if attr == "age":
            return [str(p.age)]
        if attr == "kind":
            return [p.kind]
        if attr == "Kind":
            return [p.kind[:1].upper() + p.kind[1:]]
        pron = {
            "zij": ("zij", "hij"),
            "Zij": ("Zij", "Hij"),
            "haar": ("haar", "zijn"),
            "hem": ("haar", "hem"),
        }
        if attr in pron:
            return [pron[attr][0 if g == "f" else 1]]
        raise KeyError(attr)


def render(tpl: str, case: Case) -> list:
    parts: list = []
    pos = 0
    for m in TOKEN.finditer(tpl):
        if m.start() > pos:
            parts.append(tpl[pos : m.start()])
        if m.group(1):
            parts.extend(case.resolve(m.group(1)))
        elif m.group(2):
            lab, alts = m.group(2).split(":", 1)
            assert lab in KEEP_LABELS, lab
            parts.append(K(lab, case.rng.choice(alts.split("|"))))
        else:
            parts.append(case.rng.choice(m.group(3).split("|")))
        pos = m.end()
    if pos < len(tpl):
        parts.append(tpl[pos:])
    return parts


# --------------------------------------------------------------------------------------
# Templates, by register
# --------------------------------------------------------------------------------------
ORG_HOUSING = "[[org:Haag Wonen|Staedion|Vestia]]"
ORG_DEBT = "[[org:Schuldhulpmaatje|Humanitas|Servicepunt XL]]"
ORG_MH = "[[org:Parnassia|GGZ|Brijder]]"

NARRATIVE = [
    "{C.full} ({C.age}) woont sinds {YEAR} met {haar} twee kinderen in een portiekflat in {WIJK}.",
    "Toen de [[role:huisarts|praktijkondersteuner|wijkverpleegkundige]] in {MONTHY} aan de bel trok, was de huurachterstand bij "
    + ORG_HOUSING
    + " al opgelopen tot € {AMOUNT}.",
    "Het eerste huisbezoek, op {DATE}, duurde nog geen tien minuten: {C.mw} liet ons niet verder dan de gang.",
    "{W1.full}, {W1.role} bij {W1.org}, besloot daarop elke week op hetzelfde uur langs te gaan op de {ADDR}.",
    "Pas toen {K1.first} ({K1.age}) op school vertelde dat er thuis vaak geen ontbijt was, kwam er beweging in de zaak.",
    "Het keerpunt kwam tijdens een gesprek aan de keukentafel op {DAYDATE}, waar ook {haar} {R.kind} {R.full} bij aanschoof.",
    "Met instemming van {C.mw} legden we contact met de [[role:schuldhulpverlener]] van "
    + ORG_DEBT
    + "; sindsdien komt het leefgeld binnen op {IBAN}.",
    "Voor de aanvraag bij het [[org:Wmo-loket]] was {C.poss} burgerservicenummer nodig; dat bleek {BSN} te zijn, maar {zij} had het nergens opgeschreven.",
    "In {MONTHY} verhuisde het gezin naar een benedenwoning aan de {ADDR}, {PC} Den Haag, dichter bij de school.",
    "De [[role:casusregisseur]] sloot het dossier ({DOS}) na {DUR}, maar sprak af dat {C.first} altijd mocht terugbellen.",
    "Bij {C.poss} jongste, {K2.first}, werd in {YEAR} een ontwikkelingsachterstand vastgesteld; [[org:MEE]] ondersteunt het gezin sindsdien.",
    "{W2.full} ({W2.role}) en {W1.first} gingen voortaan samen op huisbezoek, zodat {C.mw} niet telkens hetzelfde verhaal hoefde te doen.",
    "Het nummer dat bij de gemeente bekend was, {TEL}, bleek al jaren niet meer in gebruik te zijn.",
    "Op {DATE} kreeg {C.first} eindelijk de sleutels van een eigen woning in {WIJK2}.",
    "Bij het tweede bezoek zat ex-partner {Pa.full} onaangekondigd in de woonkamer, waardoor {C.first} nauwelijks iets durfde te zeggen.",
    "{C.first} werd op {DOB} geboren in {BIRTHPLACE} en kwam op {ARRAGE}-jarige leeftijd naar Nederland.",
    "Omdat {C.mw} zich het best in het {LANG} uitdrukt, ging er bij elk gesprek een [[role:tolk]] mee; de buurjongen laten vertalen vonden we achteraf geen goed idee.",
    "{W1.Sur} nam na het overleg de regie en zette alle afspraken op één A4'tje.",
    "Wat we meenemen: één vaste [[role:casusregisseur|gezinscoach]] werkt beter dan vijf hulpverleners die elk een los stukje oppakken.",
    "Het gezin staat ingeschreven bij de [[org:Voedselbank]] en haalt elke donderdag een pakket op in {WIJK}.",
    "Volgens {N.kind} {N.full} klonk er 's nachts vaak geschreeuw uit de woning.",
    "{Haar} {R.kind} {R.first} belde op {DATE} in paniek: {C.first} was sinds het weekend niet meer gezien.",
    "Met een machtiging van {C.mw} kon de [[role:bewindvoerder]] de vaste lasten vanaf {IBAN} laten afschrijven.",
    "De melding bij [[org:Veilig Thuis]] staat geregistreerd onder {DOS}; {W3.ini} is daar het aanspreekpunt.",
    "In {WIJK} kent iedereen de familie {C.Sur}, wat het voor {C.first} extra moeilijk maakte om hulp te vragen.",
    "{C.Mw} had {DUR} geen brieven meer geopend; op de mat lagen aanmaningen van het [[org:CJIB]] en de [[org:Belastingdienst]].",
    "De [[role:leerplichtambtenaar]] meldde op {DATE} dat {K1.first} dat schooljaar al {NUM} dagen ongeoorloofd afwezig was.",
    "Achteraf hadden we {Pa.poss} rol als mantelzorger eerder moeten zien; {Pa.zij} draaide alles in {Pa.haar} eentje.",
    "Sinds {MONTHY} logeert {C.first} bij {haar} {R.kind} op de {ADDR2} in {WIJK2}.",
    "Het ging echt mis op {DATEY}, toen de deurwaarder bij {C.mw} op de stoep stond.",
    "De [[role:jongerenwerker]] van [[org:Stichting MOOI|Xtra]] kende {K1.first} al van het trapveldje en vond zo een ingang.",
    "{C.first} is nu {DUR} clean en gaat drie ochtenden per week naar de dagbesteding van [[org:Brijder|Kessler Stichting|Leger des Heils]].",
    "Het was {Y.first} ({Y.age}) die ons als eerste mailde, vanaf {Y.mail}.",
    "Niemand in het team wist dat {C.first} ook nog een {K2.kind} had, {K2.first}, die bij de grootouders in {BIRTHPLACE} woont.",
    "Tijdens de evaluatie op {DATE} gaf {C.mw} het team een 8, 'omdat jullie bleven komen'.",
    "Het [[org:CJG]] en [[org:Jeugdformaat|Youz]] werkten lange tijd langs elkaar heen, tot {W2.first} beide organisaties aan één tafel kreeg.",
    "De [[role:sociaal psychiatrisch verpleegkundige]] van [[org:Parnassia]] zag {C.first} voor het eerst op {DAYDATE} en schatte het suïciderisico laag in.",
    "Voor de kwijtschelding moest het rekeningnummer van {Pa.full} ook op het formulier, {IBAN2}, en daar wilde {Pa.zij} niets van weten.",
    "{C.poss} {R.kind} woont in de Verenigde Staten en belt om de week via WhatsApp.",
    "In de wachtkamer van het [[org:Servicepunt XL]] vertelde {C.first} voor het eerst over de schulden van {Pa.first}.",
    "Een leerpunt voor ons: schrijf nooit zomaar een BSN op een post-it, zoals {W4.first} deed met dat van {C.mw}, {BSN}.",
    "De [[role:woonconsulent]] van "
    + ORG_HOUSING
    + " ging akkoord met een regeling van € {AMOUNT} verdeeld over {NUM} maanden.",
    "{K1.first} ({K1.age}) en {K2.first} ({K2.age}) slapen samen op één kamer van nog geen negen vierkante meter.",
    "{W5.ini}, de [[role:GZ-psycholoog|psychiater]], stelde in {YEAR} een posttraumatische stressstoornis vast.",
]

NOTES = [
    "{DSHORT}: tel. gesproken met {C.low}, klinkt somber, nieuwe afspraak gepland",
    "{DSHORT} hb met {W1.lowfirst}; {C.lowfirst} thuis, kids op school",
    "nw. nummer {C.lowfirst}: {TEL}",
    "{DSHORT} mail naar {MAIL} gestuurd, nog geen reactie",
    "bsn {BSN} doorgegeven aan [[org:Servicepunt XL]] ivm bijz. bijstand",
    "vrijdag checken of huur nu van {IBANi} afgaat",
    "adres gewijzigd → {ADDR}, {PCi}",
    "zaak aangemaakt: {DOS} (eigenaar {W1.lowfirst})",
    "!! {C.low} herinneren aan intake [[org:Voedselbank]] {DSHORT}",
    "overleg [[role:huisarts]] over medicatie {C.low}, terugbelverzoek loopt",
    "{DSHORT} VT-melding gedaan (reg.nr {DOS}), {W2.ini} op de hoogte",
    "{R.lowfirst} ({R.kind}) wil mantelzorger worden, tel {TEL2}",
    "geen gehoor op {TEL}, voicemail ingesproken",
    "dossier {DOS} overgedragen aan {W2.lowfull} per {DSHORT}",
    "nb: {C.lowfirst} wil niet dat {Pa.lowfirst} iets hoort over de schulden",
    "{W1.lowfirst} t/m {DSHORT} met vakantie, {W3.lowfirst} vervangt",
    "pc klopte niet in systeem, moet {PCi} zijn",
    "uitkering stopgezet per {DSHORT}?? navragen bij [[org:UWV|Servicepunt XL]]",
    "aanvraag beschermingsbewind ingediend, zaaknr rechtbank {DOS2}",
    "{C.lowfirst} geb. {DOB}, nog geen geldig ID",
    "{DSHORT} samen met [[role:wijkagent]] langs {ADDR}, niemand open",
    "{K1.kind} {K1.lowfirst} helpt met post, mag gebeld worden ({TELX})",
    "{DSHORT} {W4.lowfull} ([[org:Wmo-loket]]) belt terug over traplift",
    "bewindvoerder wil iban ex ({IBAN2}) ook hebben, eerst toestemming {C.lowfirst} vragen",
    "{DSHORT} {C.lowfirst} + {K2.lowfirst} naar [[org:CJG]], ging goed",
]
NOTES_HEAD = [
    "Logboek {C.ini}",
    "Notities wk {WEEK} – {WIJK}",
    "Werkaantekeningen {W1.first}",
    "Journaal casus {DOS}",
    "Kladje huisbezoeken {WIJK}",
]

DIALOGUE = [
    '"Ik red het heus wel," zei {C.first} toen {W1.first} vroeg of {zij} hulp wilde bij de formulieren.',
    '{W1.first}: "Mag ik even meelezen in die brief van de [[org:Belastingdienst|DUO|CJIB]]?"',
    '{C.Mw}: "Mijn {R.kind} {R.first} regelde altijd alles, maar die woont nu in Rotterdam."',
    '"Bel me gerust op {TEL2}, maar liever niet onder werktijd," zei {C.poss} {R.kind}.',
    '"Schrijf maar op: {ADDR}, derde etage, de bel doet het niet," zei {C.mw} aan de telefoon.',
    '"Wanneer bent u geboren?" – "Op {DOB}," antwoordde {C.mw} zonder te aarzelen.',
    '{N.Kind} {N.first} zei het zo: "Als die twee ruzie hebben, hoort de hele galerij het."',
    '"Mijn mail is {MAIL}, maar daar kijk ik bijna nooit in," gaf {C.first} toe.',
    '{K1.first} ({K1.age}) fluisterde bij de deur: "{Mama} slaapt overdag, {ze} is heel moe."',
    '"Dit is mijn rekening," zei {C.first}, en {zij} las het nummer voor: {IBAN}.',
    '{W2.first} vroeg: "Heeft u nog iets van [[org:Veilig Thuis]] gehoord sinds {DATE}?"',
    '"Vroeger stond ik als [[role:vrijwilliger]] bij de [[org:Voedselbank]], nu sta ik er zelf in de rij," zei {C.mw} zacht.',
    '"{C.first}, we maken gewoon een plan, stap voor stap," zei de [[role:budgetcoach]].',
    '{C.Mw}: "Die mensen van ' + ORG_HOUSING + ', vooral {W3.mw}, die luisteren tenminste."',
    "'Ik wil mijn kinderen niet kwijt,' herhaalde {C.first} steeds, ook tegen de [[role:jeugdbeschermer|gezinsvoogd]].",
    '"Mijn oude adres? {ADDR3}, bij {Pa.first}, maar daar kom ik niet meer," zei {C.first}.',
    '— Heeft u een BSN bij de hand? — "Staat op mijn pas: {BSN}."',
    '"Zeg maar {C.first}, geen mevrouw of meneer," was het eerste wat {zij} zei.',
    '{W1.Sur} tegen de [[role:huismeester]]: "Kunt u de voordeur van {C.mw} nog vóór {DAYDATE} laten repareren?"',
    "'Wij komen uit {BIRTHPLACE}, daar praat je niet over zulke dingen,' legde {C.poss} {R.kind} uit.",
]

MINUTES_HEAD = [
    "Verslag MDO {WIJK} – {DATEY}",
    "Notulen casusoverleg, {DAYDATE}",
    "Agenda multidisciplinair overleg {DATEY}, 10.00 uur",
    "Kort verslag wijkoverleg {WIJK}, {DATEY}",
    "Actielijst SWT {WIJK} (overleg van {DSHORT})",
]
MINUTES = [
    "Aanwezig: {W1.full} ({W1.role}), {W2.ini} ({W2.org}), {W3.first} (stagiair) en [[role:teamleider]] {W4.mw}.",
    "Afgemeld: {W3.full} ({W3.org}).",
    "Casus 1 – fam. {C.Sur} ({WIJK}), dossier {DOS}.",
    "Actie: {W1.first} vraagt vóór {DATE} een budgetplan aan bij " + ORG_DEBT + ".",
    "Besluit: {W2.ini} blijft casushouder tot de evaluatie op {DATE}.",
    "Rondvraag: {W3.first} meldt dat het spreekuur in {WIJK} per {MONTH} naar de dinsdag verschuift.",
    "Volgend overleg: {DAYDATE}, 13.30 uur, in het [[org:wijkcentrum]].",
    "2. Stand van zaken {C.full} (zie {DOS}): rust in huis, schulden in beeld.",
    "3. Signaal van {N.kind} {N.full} over overlast op de {ADDR}; {W4.Sur} pakt dit op met de [[role:wijkagent]].",
    "Actiepunt {W2.first}: nieuw telefoonnummer van {C.mw} ({TEL}) in het systeem zetten.",
    "Besproken: aanvraag bijzondere bijstand {C.ini}, BSN {BSN}, afgewezen; bezwaar volgt.",
    "4. Sluiting om {TIME} uur.",
    "Notulist: {W4.full}",
    "Casus {C.Sur}/{Pa.Sur}: ouders uit elkaar, {K1.first} en {K2.first} blijven voorlopig bij {C.first}.",
    "Voorzitter {W2.full} opent om 9.30 uur en heet {W5.first} van [[org:Veilig Thuis]] welkom.",
    "Besluit: melding bij [[org:Veilig Thuis]] (kenmerk {DOS2}) wordt niet ingetrokken.",
    "Actie {W5.Sur}: vóór {DSHORT} huisbezoek samen met {W1.first}.",
    "Toelichting {W6.full} ([[org:Haag Wonen|Staedion]]): ontruimingsvonnis is opgeschort tot {DATEY}.",
    "Casus 2 – {X.mw} ({WIJK2}): wachtlijst [[org:Parnassia]] van {DUR}, overbrugging door {W1.first}.",
]

FORM_HEAD = [
    "Aanmeldformulier Sociaal Wijkzorgteam {WIJK}",
    "Intake [[org:Wmo-loket]] – gegevens aanvrager",
    "Overdrachtsformulier [[org:CJG]] → [[org:Jeugdformaat|Youz]]",
    "Verwijsbrief [[org:Servicepunt XL]] (vertrouwelijk)",
    "Gegevensblad schuldhulp " + ORG_DEBT,
    "Aanmelding [[org:Voedselbank]] via {WIJK}",
]
FORM_FIELDS = {
    "name": [
        "Naam: {C.full}",
        "Naam cliënt: {C.Sur}, {C.given}",
        "Voorletters en achternaam: {C.ini}",
        "Naam aanvrager | {C.full}",
        "Roepnaam: {C.first}",
    ],
    "dob": [
        "Geb.datum: {DOB}",
        "Geboren: {DOB} te {BIRTHPLACE}",
        "Geboortedatum (dd-mm-jjjj): {DOB}",
        "Geb. {DOB}",
    ],
    "bsn": ["BSN: {BSN}", "Burgerservicenummer: {BSN}", "BSN-nr.: {BSN}", "Sofi-/BSN: {BSN}"],
    "addr": [
        "Adres: {ADDR}",
        "Woonadres: {ADDR}, {PC} 's-Gravenhage",
        "Straat en huisnummer: {ADDR}",
        "Verblijfadres: {ADDR}, {PC}",
        "Adres | {ADDR}",
    ],
    "pc": ["Postcode/woonplaats: {PC} Den Haag", "PC: {PC}", "Postcode | {PC}"],
    "tel": ["Tel.: {TEL}", "Telefoonnummer: {TEL}", "Telefoon (overdag): {TEL}", "Tel. | {TEL}"],
    "mail": ["E-mail: {MAIL}", "E-mailadres: {MAIL}", "Mail: {MAIL}"],
    "iban": [
        "IBAN: {IBAN}",
        "Rekeningnummer: {IBAN} t.n.v. {C.ini}",
        "Bankrekening: {IBAN}",
        "IBAN partner: {IBAN2}",
    ],
    "dos": [
        "Dossiernummer: {DOS}",
        "Zaak-ID: {DOS}",
        "Registratienr.: {DOS}",
        "Ons kenmerk: {DOS}",
        "Cliëntnummer: {DOS}",
    ],
    "wijk": ["Wijk: {WIJK}", "Stadsdeel/wijk: {WIJK}"],
    "verw": [
        "Verwijzer: {W1.full}, {W1.role}",
        "Aangemeld door: {W1.ini} ({W1.org})",
        "Verwijzer | {W1.Role} {W1.full}",
    ],
    "contact": [
        "Contactpersoon: {R.full} ({R.kind}), {TEL2}",
        "Noodcontact: {R.first} – {TEL2}",
        "Partner: {Pa.full}, geb. {DOB2}",
    ],
    "hh": [
        "Gezinssamenstelling: {C.first}, {Pa.first}, {K1.first} ({K1.age}) en {K2.first} ({K2.age})",
        "Inwonend: {K1.kind} {K1.first} ({K1.age} jr)",
    ],
    "intake": ["Datum intake: {DATE}", "Ingevuld op: {DATEY}", "Datum aanmelding: {DATE}"],
    "lang": ["Voertaal: {LANG}; tolk gewenst", "Taal: {LANG}"],
}

EMAIL_HEAD = [
    "Van: {W1.full} <{W1.mail}>",
    "Aan: {W2.mail}",
    "Aan: {W2.full} <{W2.mail}>",
    "CC: {W3.mail}",
    "Onderwerp: ((Overdracht|Vraag over|Terugkoppeling)) {C.ini}",
    "Onderwerp: RE: dossier {DOS}",
    "Verzonden: {DAYDATE} {TIME}",
    "Datum: {DATEY}",
]
EMAIL_GREET = [
    "Beste {W2.first},",
    "Hoi {W2.first},",
    "Goedemorgen {W2.first},",
    "Dag {W2.first} en {W3.first},",
]
EMAIL_BODY = [
    "Vanmorgen belde {C.mw} in paniek: de energie wordt per {DATE} afgesloten.",
    "Kun jij {C.mw} vóór {DAYDATE} terugbellen op {TEL}?",
    "In de bijlage vind je het aanmeldformulier; {C.poss} BSN is {BSN}.",
    "De huurachterstand bij " + ORG_HOUSING + " loopt nog steeds op, het kenmerk daar is {DOS}.",
    "Ik heb {C.first} beloofd dat jij als {W2.role} contact opneemt.",
    "Het nieuwe adres is {ADDR}, {PC}; de oude post gaat nog naar {haar} {R.kind}.",
    "Wil je de toeslag laten overmaken op {IBAN}? Dat is de beheerrekening van de [[role:bewindvoerder]].",
    "Mocht {C.mw} zelf mailen: {zij} gebruikt {MAIL}.",
    "Graag hoor ik vóór {DATE} of jullie de casus kunnen overnemen.",
    "Let op: {C.first} wil niet dat {Pa.first} ({Pa.age}) weet waar {zij} nu verblijft.",
    "Zijn jullie al bekend met {K1.first}, de {K1.kind} van {C.mw}? Die zit op het vmbo in {WIJK}.",
    "Na het gesprek met de [[role:wijkagent]] op {DATE} is besloten geen aangifte te doen.",
]
EMAIL_SIGN = [
    "Met vriendelijke groet,\n{W1.full}\n{W1.Role} | {W1.org}\nT {TELW} | {W1.mail}",
    "Groet,\n{W1.first}",
    "Vriendelijke groet,\n{W1.ini}\n{W1.role}, team {WIJK}\nBereikbaar ma t/m do via {TELW}",
    "Hartelijke groet, {W1.first} ({W1.org})",
    "Met collegiale groet,\n\n{W1.full} | {W1.role}\n{W1.org}, locatie {WIJK}",
]

BULLET_HEAD = [
    "Samenvatting casus {C.ini}:",
    "Kernpunten huisbezoek {DATE}:",
    "Overdracht in het kort",
    "Casus {WIJK} – wat je moet weten:",
    "Checklist dossier {DOS}",
]
BULLETS = [
    "Cliënt: {C.full}, {C.age} jaar, {WIJK}",
    "Netwerk: {R.kind} {R.first} (tel. {TEL2}), {N.kind} {N.first}",
    "Schulden: ca. € {AMOUNT}, o.a. bij de zorgverzekeraar en " + ORG_HOUSING,
    "Inkomen: bijstand via [[org:Servicepunt XL]], uitbetaling op {IBAN}",
    "Afspraken: intake [[org:Parnassia|Brijder|MEE]] {DATE}, zitting kantonrechter {DATE}",
    "Betrokken: {W1.full} ({W1.role}) en {W2.ini} ({W2.role})",
    "Geleerd: de [[role:ervaringsdeskundige|mantelzorgconsulent]] vroeg erbij halen scheelt maanden",
    "Woonsituatie: {ADDR}, {PC}, bovenwoning zonder lift",
    "Registratie: {DOS} / BSN {BSN}",
    "Bereikbaar: {TEL} of {MAIL}",
    "Kinderen: {K1.first} ({K1.age}) en {K2.first} ({K2.age}), allebei op school in {WIJK}",
    "Risico: ex-partner {Pa.full} woont twee straten verderop ({ADDR3})",
    "Volgende stap: {W2.first} belt {C.mw} op {DAYDATE}",
    "Geboren {DOB}, sinds {YEAR} in Nederland",
    "Huisarts: {W5.mw}, praktijk in {WIJK2}",
    "Gezin bekend bij [[org:Veilig Thuis]] sinds {YEAR}; geen lopend onderzoek",
]
BULLET_MARKS = ["- ", "• ", "* ", "– "]

CHAT = [
    "@{W2.first} kun jij donderdag mee naar {C.low}? adres is {ADDR}",
    "{W1.first} ({TIME}): {C.first} belde net vanaf een ander nummer, {TEL}",
    "Top, ik zet het in {DOS} 👍",
    "Heeft iemand het mailadres van de [[role:bewindvoerder]]? Ik heb alleen {MAILB}",
    "Let op: {C.mw} wil niet dat we {Pa.first} bellen!!",
    "{W3.first}: ik heb {DAYDATE} nog ruimte, zal ik {K1.first} van school halen voor het gesprek?",
    "Ik was vanochtend bij {C.poss} {R.kind}, {C.first} is daar sinds {DATE} niet meer geweest.",
    "Iemand ervaring met [[org:Kessler Stichting|Leger des Heils]] in {WIJK}? Zoek een contactpersoon voor {C.ini}.",
    "[{TIME}] {W2.first}: gesproken met {N.kind} {N.Sur}, die zag {C.first} gisteren nog op de markt.",
    "{W4.first}: postcode in het systeem is fout, het moet {PCi} zijn",
    "sorry, typo: het is {BSN}, niet wat ik eerst stuurde",
    "{W5.first}: heb {C.lowfirst} net gesproken, {ze} komt morgen om {TIME} naar het [[org:wijkcentrum]]",
    "Wie neemt {X.mw} over als {W1.first} met verlof is? {X.Zij} heeft een afspraak op {DSHORT}.",
    "@{W6.first} kun je de IBAN nog even checken? Ik heb {IBAN}",
]

TABLE_CONTACT_HEAD = [
    "Naam | Relatie | Telefoon",
    "Naam\tRol\tTelefoon",
    "Wie | Rol | Bereikbaar op",
]
TABLE_CONTACT_ROWS = [
    "{C.full} | cliënt | {TEL}",
    "{R.full} | {R.kind} | {TEL2}",
    "{W1.full} | {W1.role} | {TELW}",
    "{N.full} | {N.kind} | {TELN}",
    "{W2.ini} | {W2.role} | {W2.tel}",
    "{Pa.first} {Pa.sur} | ex-partner | {TELX}",
]
TABLE_TIME_HEAD = ["Datum\tActiviteit\tDoor", "Datum | Contact | Medewerker"]
TABLE_TIME_ROWS = [
    "{DATE}\thuisbezoek\t{W1.ini}",
    "{DATE}\tMDO\t{W2.first}",
    "{DATE}\tbrief [[org:CJIB|Belastingdienst]]\t{W3.Sur}",
    "{DATE} | telefonisch met {C.mw} | {W1.first}",
    "{DATE} | intake [[org:Wmo-loket]] | {W4.full}",
    "{DATE}\tgesprek [[role:huisarts]]\t{W2.first}",
]
TABLE_REG_HEAD = ["Kenmerk | Naam | Adres | Postcode", "Dossier\tCliënt\tAdres\tPC"]
TABLE_REG_ROWS = [
    "{DOS} | {C.ini} | {ADDR} | {PC}",
    "{DOS3} | {R.full} | {ADDR2} | {PC2}",
    "{DOS2}\t{Pa.full}\t{ADDR3}\t{PC3}",
    "{DOS4} | {N.ini} | {ADDR4} | {PC4}",
]
TABLE_FIN_HEAD = ["Post | Bedrag | Opmerking", "Schuldeiser\tBedrag\tStatus"]
TABLE_FIN_ROWS = [
    "Huur " + ORG_HOUSING + " | € {AMOUNT} | achterstand {DUR}",
    "Rekening cliënt | {IBAN} | beheer [[role:bewindvoerder]]",
    "[[org:CJIB]]\t€ {AMOUNT}\tbetalingsregeling",
    "[[org:DUO]] | € {AMOUNT} | draagkracht aangevraagd",
    "Rekening partner | {IBAN2} | nog geen toestemming",
    "Zorgverzekeraar\t€ {AMOUNT}\twanbetalersregeling",
]
TABLE_ID_HEAD = ["BSN\tNaam\tGeb.datum", "BSN | Naam | Geboren"]
TABLE_ID_ROWS = [
    "{BSN}\t{C.name}\t{DOB}",
    "{BSN2}\t{Pa.name}\t{DOB2}",
    "{BSN3} | {K1.name} | {DOBK}",
    "{BSN4} | {R.name} | {DOBR}",
]
TABLE_INTRO = {
    "contact": [
        "Contactlijst casus {C.Sur}:",
        "Wie is wie rond {C.first}:",
        "Netwerkkaart (alleen intern):",
    ],
    "time": ["Tijdlijn, zoals besproken in het MDO:", "Contactmomenten sinds de aanmelding:"],
    "reg": ["Uit het registratiesysteem geplakt:", "Betrokken huishoudens in dit overzicht:"],
    "fin": [
        "Financieel overzicht per {DATE}:",
        "Schuldenoverzicht voor de [[role:budgetcoach|schuldhulpverlener]]:",
    ],
    "id": [
        "Gegevens voor de aanvraag bij [[org:Servicepunt XL]]:",
        "Identificatie (niet doorsturen):",
    ],
}
TABLE_OUTRO = [
    "Lijst bijwerken na elk huisbezoek.",
    "Vragen over deze tabel: {W1.first} ({W1.role}).",
    "Let op: gegevens van {Pa.first} niet delen met {C.first}.",
]

TRAP_SUR = {
    "Bakker": "{X.Mw} haalt {X.haar} brood niet meer bij de bakker sinds {X.zij} slecht ter been is.",
    "Smit": "Volgens {X.full} moet je het ijzer smeden als het heet is: vlak na de crisis stond het gezin het meest open voor hulp.",
    "de Wit": "{X.Mw} kreeg een witte envelop van de deurwaarder en durfde die wekenlang niet open te maken.",
    "Visser": "{X.Mw} verkocht vroeger vis op de markt in [[wijk:Scheveningen]] en mist dat werk nog elke dag.",
    "Mulder": "{X.Mw} maalt er niet om wat de buren zeggen, zolang de kinderen maar naar school gaan.",
    "de Bruin": "{X.Mw} zat bruinverbrand op het balkon; de zomer had {X.hem} zichtbaar goed gedaan.",
    "Kok": "{X.Mw} werkte vroeger als kok aan de boulevard en kookt nu voor de halve galerij.",
    "Vos": "{X.Mw} noemt de huisbaas 'een sluwe vos', maar betaalt wel keurig de huur.",
    "Koster": "Elke zondag helpt {X.mw} de koster van de kerk met koffieschenken.",
    "Groen": "{X.Mw} kreeg groen licht van het [[org:Wmo-loket]] voor een traplift.",
    "Storm": "Na de storm van vorig najaar zat {X.mw} drie dagen zonder stroom.",
    "Winter": "{X.Mw} zit deze winter zonder verwarming, omdat de energieleverancier heeft afgesloten.",
    "Hoek": "{X.Mw} woont op de hoek van de straat en ziet precies wie er in en uit loopt.",
    "Sterk": "{X.Mw} wil zich sterk houden voor de kinderen, maar slaapt al weken slecht.",
    "Post": "De post van {X.mw} stapelde zich op achter de voordeur; niemand opende nog een brief.",
    "Kuiper": "{X.Mw} kuipte zelf een plan in elkaar om de schuld bij de buurtsuper af te lossen.",
    "Dekker": "{X.Mw} sliep wekenlang op de bank onder een dunne deken.",
    "Schaap": "{X.Mw} noemt zichzelf 'het zwarte schaap van de familie'.",
    "Zwart": "{X.Mw} heeft jaren zwart gewerkt in de schoonmaak en daardoor nauwelijks pensioen opgebouwd.",
    "Kroon": "Dat {X.mw} zelf de aanvraag indiende, was de kroon op het werk van de afgelopen maanden.",
    "Prins": "{X.Mw} leeft allerminst als een prins: in de koelkast stonden een pak melk en wat brood.",
    "Boon": "'Ik ben ook geen heilig boontje,' gaf {X.mw} toe toen het over de schulden ging.",
    "Vink": "{X.Mw} vinkte op het formulier alles aan wat {X.zij} kon vinden, ook wat niet van toepassing was.",
}
TRAP_FIRST = {
    "Roos": "Op haar verjaardag kreeg {Y.first} een bos rozen van de buurvrouw, het eerste bezoek in maanden.",
    "Bloem": "{Y.first} zet elke week een verse bloem op de vensterbank, 'voor mijn moeder'.",
    "Zon": "{Y.first} zit het liefst in de zon op het balkon, ver weg van alle brieven.",
    "Mei": "{Y.first} komt in mei terug van familiebezoek in China; tot die tijd ligt de aanvraag stil.",
    "April": "{Y.first} wordt in april achttien, en dan stopt de jeugdhulp.",
    "Jade": "{Y.first} draagt altijd het jade hangertje van haar oma.",
    "Sterre": "{Y.first} plakte lichtgevende sterren op het plafond, zodat ze niet bang is in het donker.",
    "Noor": "{Y.first} wil later [[role:wijkverpleegkundige]] worden, net als de vrouw die haar moeder hielp.",
    "Hanna": "{Y.first} past na school op haar broertjes, terwijl haar moeder schoonmaakt bij [[org:Haga Ziekenhuis|HMC]].",
    "Storm": "{Y.first} ({Y.age}) is volgens zijn vader 'een echte storm in huis'.",
    "Dirk": "{Y.first} doet zelf de boodschappen bij de Dirk om de hoek, met een lijstje van de [[role:thuisbegeleider]].",
}
TRAP_GENERIC = [
    "{X2.Sur} ({X2.role}) neemt de casus over zolang {W1.first} met verlof is.",
    "{X2.Sur} belde op {DATE} terug: de sleutel van de berging ligt bij de [[role:huismeester]].",
    "Een dag later stond {Y.first} ({Y.age}) onverwacht bij het [[org:wijkcentrum]] in {WIJK}.",
]

REGISTERS = [
    "narrative",
    "notes",
    "dialogue",
    "minutes",
    "form",
    "email",
    "bullets",
    "table",
    "chat",
    "mixed",
]


# --------------------------------------------------------------------------------------
# Document builders: each returns (list of units, joiner description)
# --------------------------------------------------------------------------------------
def traps(case: Case) -> list[str]:
    out = [TRAP_SUR[case.people["X"].sur], TRAP_FIRST[case.people["Y"].given]]
    out.append(case.rng.choice(TRAP_GENERIC))
    return out


CASE_CONTEXT = None  # the Case being built, so pick() can skip templates that do not fit it
FOREIGN_ONLY = ("{LANG}", "naar Nederland", "in Nederland", "uit {BIRTHPLACE}", "in {BIRTHPLACE}")


def fits(tpl: str) -> bool:
    """Migration-story templates make no sense for a client born in The Hague."""
    c = CASE_CONTEXT
    return not (c is not None and c.C.origin == "nl" and any(k in tpl for k in FOREIGN_ONLY))


def pick(rng: random.Random, pool: list[str], k: int) -> list[str]:
    pool = [t for t in pool if fits(t)]
    return rng.sample(pool, min(k, len(pool)))


def build(register: str, case: Case) -> tuple[list, list]:
    global CASE_CONTEXT
    CASE_CONTEXT = case
    r = case.rng
    units: list[list] = []  # each unit: list of parts
    seps: list[str] = []  # separator placed before unit i (i >= 1)

    def add(tpl: str, sep: str = " ") -> None:
        if units:
            seps.append(sep)
        units.append(render(tpl, case))

    if register == "narrative":
        n = r.randint(4, 8)
        sents = pick(r, NARRATIVE, n) + pick(r, traps(case), r.randint(1, 2))
        r.shuffle(sents)
        para = r.randint(2, len(sents) - 1)
        for i, s in enumerate(sents):
            add(s, "\n\n" if i == para else " ")
    elif register == "notes":
        if r.random() < 0.7:
            add(r.choice(NOTES_HEAD))
        for s in pick(r, NOTES, r.randint(4, 8)):
            add(s, "\n")
    elif register == "dialogue":
        sents = pick(r, DIALOGUE, r.randint(3, 6)) + pick(r, NARRATIVE, r.randint(1, 2))
        if r.random() < 0.5:
            sents.append(r.choice(traps(case)))
        r.shuffle(sents)
        for s in sents:
            add(s, r.choice([" ", "\n"]))
    elif register == "minutes":
        add(r.choice(MINUTES_HEAD))
        for s in pick(r, MINUTES, r.randint(4, 8)):
            add(s, "\n")
    elif register == "form":
        add(r.choice(FORM_HEAD))
        skip = {"name"} | ({"lang"} if case.C.origin == "nl" else set())
        keys = ["name"] + pick(r, [k for k in FORM_FIELDS if k not in skip], r.randint(5, 8))
        for k in keys:
            add(r.choice(FORM_FIELDS[k]), "\n")
    elif register == "email":
        head = ["Van: {W1.full} <{W1.mail}>", r.choice(EMAIL_HEAD[1:3]), r.choice(EMAIL_HEAD[4:6])]
        if r.random() < 0.5:
            head.append(r.choice(EMAIL_HEAD[6:8]))
        if r.random() < 0.3:
            head.insert(2, EMAIL_HEAD[3])
        for h in head[:4]:
            add(h, "\n")
        add(r.choice(EMAIL_GREET), "\n\n")
        body = pick(r, EMAIL_BODY, r.randint(2, 3))
        for i, s in enumerate(body):
            add(s, "\n" if i == 0 else " ")
        add(r.choice(EMAIL_SIGN), "\n\n")
    elif register == "bullets":
        add(r.choice(BULLET_HEAD))
        mark = r.choice(BULLET_MARKS)
        for s in pick(r, BULLETS, r.randint(4, 8)):
            add(mark + s, "\n")
    elif register == "table":
        kind = r.choice(["contact", "time", "reg", "fin", "id"])
        head, rows = {
            "contact": (TABLE_CONTACT_HEAD, TABLE_CONTACT_ROWS),
            "time": (TABLE_TIME_HEAD, TABLE_TIME_ROWS),
            "reg": (TABLE_REG_HEAD, TABLE_REG_ROWS),
            "fin": (TABLE_FIN_HEAD, TABLE_FIN_ROWS),
            "id": (TABLE_ID_HEAD, TABLE_ID_ROWS),
        }[kind]
        add(r.choice(TABLE_INTRO[kind]))
        h = r.choice(head)
        tab = "\t" in h
        add(h, "\n")
        chosen = pick(r, rows, r.randint(2, 4))
        for row in chosen:
            row = row.replace(" | ", "\t") if tab else row.replace("\t", " | ")
            add(row, "\n")
        if r.random() < 0.6:
            add(r.choice(TABLE_OUTRO), "\n")
    elif register == "chat":
        for s in pick(r, CHAT, r.randint(4, 8)):
            add(s, "\n")
    elif register == "mixed":
        for s in pick(r, NARRATIVE, r.randint(2, 4)) + pick(r, traps(case), 1):
            add(s, " ")
        add(
            r.choice(
                [
                    "In het kort:",
                    "Kerngegevens (intern):",
                    "Samenvatting voor de overdracht:",
                    "Feiten op een rij:",
                ]
            ),
            "\n\n",
        )
        mark = r.choice(BULLET_MARKS)
        for s in pick(r, BULLETS, r.randint(2, 3)):
            add(mark + s, "\n")
    else:
        raise ValueError(register)
    assert 3 <= len(units) <= 10, (register, len(units))
    return units, seps


def assemble(units: list[list], seps: list[str]) -> tuple[str, list[dict], list[dict]]:
    text = ""
    pii: list[dict] = []
    keep: list[dict] = []
    for i, unit in enumerate(units):
        if i:
            text += seps[i - 1]
        for part in unit:
            if isinstance(part, str):
                text += part
            else:
                kind, label, val = part
                span = {
                    "start": len(text),
                    "end": len(text) + len(val),
                    "label": label,
                    "text": val,
                }
                text += val
                (pii if kind == "pii" else keep).append(span)
    return text, pii, keep


def check_doc(doc: dict) -> None:
    text = doc["text"]
    spans = sorted(doc["pii"] + doc["keep"], key=lambda s: s["start"])
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"], s
        assert s["text"] == s["text"].strip() and s["text"], s
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (a, b)
    for s in doc["pii"]:
        assert s["label"] in PII_LABELS
        if s["label"] == "bsn":
            assert bsn_valid(re.sub(r"\D", "", s["text"])), s
        if s["label"] == "iban":
            assert iban_valid(s["text"]), s
        if s["label"] == "postcode":
            assert re.fullmatch(r"\d{4} ?[A-Za-z]{2}", s["text"]), s
        if s["label"] == "date":
            assert re.search(r"\d", s["text"]), s
    for s in doc["keep"]:
        assert s["label"] in KEEP_LABELS
    assert "{" not in text and "[[" not in text and not re.search(r"\(\([^()]*\|", text), text


HEADER_LINE = re.compile(r"^(Van|Aan|CC|Onderwerp|Verzonden|Datum): ")
ABBREV = ("mw", "mevr", "dhr", "ca", "nr", "tel", "geb", "nw", "bijz", "o.a", "t.n.v", "jr")


def count_sentences(text: str) -> int:
    """Sentences plus list/table/form lines; e-mail header lines are not counted."""
    n = 0
    for line in text.split("\n"):
        if not line.strip() or HEADER_LINE.match(line):
            continue
        n += 1
        for m in re.finditer(r"([\w'’)\]\"]+)[.!?][\"'’]?\s+(?=[A-Z\"'‘—–])", line):
            if m.group(1).lower().rstrip(".") not in ABBREV and not re.fullmatch(
                r"[A-Z]", m.group(1)
            ):
                n += 1
    return n


def main() -> int:
    rng = random.Random(SEED)
    order = [REGISTERS[i % len(REGISTERS)] for i in range(N_DOCS)]
    rng.shuffle(order)
    totals: Counter = Counter()
    docs = []
    for i, register in enumerate(order):
        best = None
        tried = 0
        while tried < 6:  # a few candidates; keep the one that fills the thinnest labels
            case = Case(rng)
            units, seps = build(register, case)
            text, pii, keep = assemble(units, seps)
            if not 3 <= count_sentences(text) <= 10:
                continue
            tried += 1
            cnt = Counter(s["label"] for s in pii)
            score = sum(
                min(cnt[lab], 3) * max(0.0, TARGET_PER_LABEL - totals[lab]) / TARGET_PER_LABEL
                for lab in PII_LABELS
                if lab != "person"
            )
            if best is None or score > best[0]:
                best = (score, text, pii, keep)
        _, text, pii, keep = best
        doc = {"id": f"ho8-{i:04d}", "text": text, "pii": pii, "keep": keep}
        check_doc(doc)
        assert 3 <= count_sentences(text) <= 10, text
        totals.update(s["label"] for s in pii)
        docs.append((register, doc))
    for lab in PII_LABELS:
        assert totals[lab] >= MIN_PER_LABEL, (lab, totals[lab])
    with open(OUT, "w", encoding="utf-8") as f:
        for _, doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    keep_tot = Counter(s["label"] for _, d in docs for s in d["keep"])
    n_templates = (
        len(NARRATIVE)
        + len(NOTES)
        + len(NOTES_HEAD)
        + len(DIALOGUE)
        + len(MINUTES_HEAD)
        + len(MINUTES)
        + len(FORM_HEAD)
        + sum(len(v) for v in FORM_FIELDS.values())
        + len(EMAIL_HEAD)
        + len(EMAIL_GREET)
        + len(EMAIL_BODY)
        + len(EMAIL_SIGN)
        + len(BULLET_HEAD)
        + len(BULLETS)
        + len(CHAT)
        + sum(len(v) for v in TABLE_INTRO.values())
        + len(TABLE_OUTRO)
        + len(TABLE_CONTACT_ROWS)
        + len(TABLE_TIME_ROWS)
        + len(TABLE_REG_ROWS)
        + len(TABLE_FIN_ROWS)
        + len(TABLE_ID_ROWS)
        + len(TRAP_SUR)
        + len(TRAP_FIRST)
        + len(TRAP_GENERIC)
    )
    firsts = {g for f, m, _ in ORIGINS.values() for g in f + m}
    surs = {s for _, _, ss in ORIGINS.values() for s in ss}
    print(
        json.dumps(
            {
                "out": OUT,
                "docs": len(docs),
                "pii": dict(sorted(totals.items())),
                "keep": dict(sorted(keep_tot.items())),
                "registers": dict(Counter(r for r, _ in docs)),
                "templates": n_templates,
                "first_names": len(firsts),
                "surnames": len(surs),
            },
            ensure_ascii=False,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
