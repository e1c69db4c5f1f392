#!/usr/bin/env python3
"""Held-out corpus 67: speech-to-text transcripts (voicemails from clients, relatives and
partner organisations; care workers' dictated home-visit reports), Dutch, Den Haag SWT.

Deterministic: writes heldout67.jsonl next to this script. Stdlib only.

Markup used in the templates below:
  [[label:text]]   personal data span (person, bsn, phone, email, iban, postcode, address, date, dossier)
  {{label:text}}   context that must stay readable (wijk, org, role)
  {o:..} {r:..} {w:..}   shorthand for org / role / wijk keep spans
  <F1.l> <M2.f> <W1.fl> ...  person slots (F female, M male, W professional; same digit = same family)
  <TEL1.w> <BSN1> <IBAN1> <PC1> <ADR1> <D1.wk> <DOB1.w> <DOS1> <MAIL.F1> ...  generated pii slots
  ((a|b|c))       random alternative
"""

import datetime
import json
import os
import random
import re

# ---------------------------------------------------------------- number words
UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
TEENS = {
    10: "tien",
    11: "elf",
    12: "twaalf",
    13: "dertien",
    14: "veertien",
    15: "vijftien",
    16: "zestien",
    17: "zeventien",
    18: "achttien",
    19: "negentien",
}
TENS = {
    2: "twintig",
    3: "dertig",
    4: "veertig",
    5: "vijftig",
    6: "zestig",
    7: "zeventig",
    8: "tachtig",
    9: "negentig",
}


def nw(n):
    """Dutch number words, 0..9999."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        uw = UNITS[u]
        return uw + ("ën" if uw.endswith("e") else "en") + TENS[t]
    if n < 1000:
        h, r = divmod(n, 100)
        hw = "honderd" if h == 1 else UNITS[h] + "honderd"
        return hw + (nw(r) if r else "")
    th, r = divmod(n, 1000)
    tw = "duizend" if th == 1 else UNITS[th] + "duizend"
    return tw + (nw(r) if r else "")


def ordinal(n):
    if n == 1:
        return "eerste"
    if n == 3:
        return "derde"
    if n == 8:
        return "achtste"
    if n < 20:
        return nw(n) + "de"
    return nw(n) + "ste"


def digits_words(s, sep=" "):
    return sep.join(UNITS[int(c)] for c in s if c.isdigit())


def pair_words(p):
    """two-digit group as spoken: '05' -> 'nul vijf', '40' -> 'veertig'."""
    if p[0] == "0":
        return "nul " + UNITS[int(p[1])]
    return nw(int(p))


def year_words(y, r):
    if 1900 <= y < 2000:
        xx = y - 1900
        if xx < 10:
            return "negentienhonderd" + (nw(xx) if xx else "")
        return r.choice(["negentien" + nw(xx), "negentienhonderd" + nw(xx), "negentien " + nw(xx)])
    xx = y - 2000
    return (
        r.choice(["tweeduizend " + nw(xx), "tweeduizend" + nw(xx), "twintig " + nw(xx)])
        if xx
        else "tweeduizend"
    )


LETTER_WORDS = {
    "a": "aa",
    "b": "bee",
    "c": "cee",
    "d": "dee",
    "e": "ee",
    "f": "ef",
    "g": "gee",
    "h": "haa",
    "i": "ie",
    "j": "jee",
    "k": "kaa",
    "l": "el",
    "m": "em",
    "n": "en",
    "o": "oo",
    "p": "pee",
    "q": "kuu",
    "r": "er",
    "s": "es",
    "t": "tee",
    "u": "uu",
    "v": "vee",
    "w": "wee",
    "x": "iks",
    "y": "ij",
    "z": "zet",
}
ALPHA = {
    "A": "Anton",
    "B": "Bernard",
    "C": "Cornelis",
    "D": "Dirk",
    "E": "Eduard",
    "F": "Ferdinand",
    "G": "Gerard",
    "H": "Hendrik",
    "I": "Izaak",
    "J": "Jan",
    "K": "Karel",
    "L": "Lodewijk",
    "M": "Maria",
    "N": "Nico",
    "O": "Otto",
    "P": "Pieter",
    "Q": "Quotiënt",
    "R": "Rudolf",
    "S": "Simon",
    "T": "Teunis",
    "U": "Utrecht",
    "V": "Victor",
    "W": "Willem",
    "X": "Xantippe",
    "Y": "Ypsilon",
    "Z": "Zaandam",
}

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
MONTHS_AB = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sept", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WEEKDAYS_AB = ["ma", "di", "wo", "do", "vr", "za", "zo"]

ASCII_MAP = str.maketrans(
    {
        "ş": "s",
        "Ş": "S",
        "ç": "c",
        "Ç": "C",
        "ğ": "g",
        "ı": "i",
        "ö": "o",
        "Ö": "O",
        "ü": "u",
        "Ü": "U",
        "ł": "l",
        "Ł": "L",
        "ś": "s",
        "Ś": "S",
        "ń": "n",
        "ą": "a",
        "ę": "e",
        "ó": "o",
        "ż": "z",
        "ź": "z",
        "Ż": "Z",
        "ã": "a",
        "é": "e",
        "ë": "e",
        "ï": "i",
        "ç": "c",
        "â": "a",
        "ă": "a",
        "ș": "s",
        "ț": "t",
        "î": "i",
        "í": "i",
        "á": "a",
        "ú": "u",
    }
)


def asciify(s):
    return s.translate(ASCII_MAP)


# ---------------------------------------------------------------- names
# (female first names, male first names, surnames)
NAMES = {
    "nl": (
        [
            "Roos",
            "Iris",
            "Merel",
            "Sanne",
            "Anja",
            "Ria",
            "Truus",
            "Joke",
            "Els",
            "Ineke",
            "Marloes",
            "Femke",
            "Lotte",
            "Willemijn",
            "Fleur",
            "Noor",
            "Hanneke",
            "Corrie",
            "Gerda",
            "Bep",
            "Mieke",
            "Jolanda",
            "Esther",
            "Linda",
            "Kim",
            "Sterre",
            "Lente",
            "Jasmijn",
            "Wilma",
            "Annie",
        ],
        [
            "Henk",
            "Kees",
            "Piet",
            "Wim",
            "Gerrit",
            "Jeroen",
            "Bas",
            "Thijs",
            "Ruud",
            "Sjaak",
            "Ton",
            "Daan",
            "Rob",
            "Dirk",
            "Teun",
            "Koen",
            "Jan",
            "Cor",
            "Hans",
            "Frits",
            "Martijn",
            "Arie",
            "Joop",
            "Storm",
            "Sem",
            "Wouter",
            "Klaas",
            "Jos",
            "Rinus",
            "Harry",
        ],
        [
            "de Vries",
            "Jansen",
            "van den Berg",
            "Bakker",
            "Visser",
            "Smit",
            "de Wit",
            "Koster",
            "Mulder",
            "de Graaf",
            "van Dijk",
            "Hendriks",
            "Dekker",
            "Brouwer",
            "Koning",
            "Vos",
            "Roos",
            "de Hoop",
            "Verbeek",
            "van Leeuwen",
            "Kok",
            "Schouten",
            "de Haan",
            "Groen",
            "Post",
            "Hoek",
            "Zwart",
            "Blom",
            "Bos",
            "Mei",
            "de Bruin",
            "Winter",
            "Vogel",
            "Schipper",
            "Molenaar",
            "van der Meer",
            "Kraaijeveld",
            "van Rijn",
            "Haasnoot",
            "Duindam",
            "Zuiderduin",
            "Spaans",
        ],
    ),
    "ma": (
        [
            "Fatima",
            "Khadija",
            "Nadia",
            "Samira",
            "Yasmina",
            "Malika",
            "Hanane",
            "Ilham",
            "Naima",
            "Loubna",
            "Zineb",
            "Rachida",
            "Soumaya",
        ],
        [
            "Mohamed",
            "Youssef",
            "Karim",
            "Rachid",
            "Hamza",
            "Ayoub",
            "Bilal",
            "Said",
            "Mustapha",
            "Abdelkader",
            "Anouar",
            "Driss",
            "Nordin",
        ],
        [
            "El Amrani",
            "Bouzid",
            "Azzouzi",
            "El Idrissi",
            "Benali",
            "Ouali",
            "Aït Taleb",
            "Boukhari",
            "El Khatib",
            "Tahiri",
            "Ziani",
            "Achahbar",
            "El Ouardi",
            "Bouchtaoui",
            "Haddouchi",
        ],
    ),
    "tr": (
        [
            "Ayşe",
            "Elif",
            "Zeynep",
            "Emine",
            "Fatma",
            "Hatice",
            "Merve",
            "Esra",
            "Sevgi",
            "Gülsen",
            "Dilek",
            "Songül",
        ],
        [
            "Mehmet",
            "Mustafa",
            "Ahmet",
            "Hüseyin",
            "Emre",
            "Kemal",
            "Murat",
            "Yusuf",
            "Hasan",
            "Ercan",
            "Ibrahim",
            "Serkan",
        ],
        [
            "Yilmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yildiz",
            "Öztürk",
            "Aydin",
            "Arslan",
            "Doğan",
            "Koç",
            "Kurt",
            "Polat",
            "Erdoğan",
            "Karaca",
        ],
    ),
    "hs": (
        [
            "Sharmila",
            "Anjali",
            "Radha",
            "Savitri",
            "Priya",
            "Shanti",
            "Kavita",
            "Reshma",
            "Asha",
            "Sunita",
        ],
        [
            "Rajesh",
            "Ravi",
            "Sunil",
            "Anand",
            "Dinesh",
            "Krishna",
            "Rakesh",
            "Sanjay",
            "Vikash",
            "Ashwin",
        ],
        [
            "Ramdin",
            "Baldewsingh",
            "Jagesar",
            "Ramsaran",
            "Mahabier",
            "Sewnarain",
            "Bhagwandin",
            "Kalloe",
            "Soekhai",
            "Ramlal",
            "Autar",
            "Gobardhan",
            "Ramkisoen",
            "Jhinkoe",
        ],
    ),
    "sr": (
        ["Jennifer", "Sharon", "Marcia", "Ruth", "Gerda", "Ellen", "Sandra", "Ingrid", "Germaine"],
        ["Ricardo", "Clyde", "Errol", "Romeo", "Winston", "Orlando", "Marlon", "Remy", "Glenn"],
        [
            "Pinas",
            "Vlijter",
            "Wijngaarde",
            "Sabajo",
            "Doelwijt",
            "Vriesde",
            "Kartosen",
            "Rozenhout",
            "Sastrowidjojo",
            "Zeefuik",
            "Breeveld",
            "Blijd",
        ],
    ),
    "an": (
        ["Shurenska", "Shanaira", "Giselle", "Ruthmila", "Jurrisca", "Nathaly", "Migdalia"],
        ["Rignald", "Jurandy", "Edsel", "Shurandy", "Giandro", "Ruthsel", "Jeffrey"],
        [
            "Martina",
            "Isenia",
            "Rosaria",
            "Cijntje",
            "Koeiman",
            "Trinidad",
            "Rojer",
            "Statia",
            "Leito",
            "Maduro",
            "Daal",
            "Felida",
        ],
    ),
    "cv": (
        ["Ivone", "Nilda", "Elisângela", "Djenifer", "Maria da Graça", "Celeste", "Edna"],
        ["João", "Adilson", "Nelson", "Ailton", "Domingos", "Carlos", "Zé"],
        [
            "Lopes",
            "Tavares",
            "Monteiro",
            "Semedo",
            "Fortes",
            "Gomes",
            "Barbosa",
            "Delgado",
            "Moreira",
            "Varela",
        ],
    ),
    "pl": (
        ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewa", "Małgorzata", "Dorota"],
        ["Piotr", "Tomasz", "Krzysztof", "Paweł", "Marek", "Łukasz", "Grzegorz"],
        [
            "Kowalczyk",
            "Nowak",
            "Wiśniewski",
            "Wójcik",
            "Lewandowski",
            "Zieliński",
            "Szymański",
            "Dąbrowski",
            "Kamiński",
            "Mazur",
            "Grabowski",
            "Pawlak",
        ],
    ),
    "bg": (
        ["Desislava", "Petya", "Gergana", "Svetla", "Ivanka", "Radka"],
        ["Georgi", "Dimitar", "Stoyan", "Hristo", "Ivaylo", "Nikolay"],
        [
            "Ivanov",
            "Petrov",
            "Georgiev",
            "Dimitrov",
            "Stoyanov",
            "Kostadinov",
            "Angelov",
            "Todorov",
        ],
    ),
    "ro": (
        ["Ioana", "Elena", "Andreea", "Mihaela", "Florentina", "Roxana"],
        ["Ion", "Andrei", "Florin", "Mihai", "Constantin", "Vasile"],
        ["Popescu", "Ionescu", "Dumitru", "Munteanu", "Lungu", "Rusu", "Stanciu", "Moldovan"],
    ),
    "sy": (
        ["Rasha", "Hala", "Lina", "Nour", "Rania", "Ghada", "Reem", "Amal"],
        ["Ahmad", "Omar", "Khaled", "Mahmoud", "Bashar", "Tarek", "Fadi", "Majd"],
        [
            "Al-Hassan",
            "Haddad",
            "Alshami",
            "Al Masri",
            "Darwish",
            "Hamoud",
            "Suleiman",
            "Kassab",
            "Al-Khalil",
            "Najjar",
        ],
    ),
    "er": (
        ["Senait", "Mebrat", "Saba", "Yohanna", "Tsega", "Helen", "Luwam"],
        ["Yonas", "Dawit", "Filmon", "Merhawi", "Biniam", "Samuel", "Tesfay"],
        [
            "Tesfamariam",
            "Ghebreyesus",
            "Habte",
            "Kidane",
            "Weldemichael",
            "Berhane",
            "Tekle",
            "Haile",
            "Andemariam",
        ],
    ),
    "so": (
        ["Hodan", "Fadumo", "Amina", "Sahra", "Ifrah", "Deeqa", "Ubah"],
        ["Abdi", "Abdirahman", "Ahmed", "Liban", "Guled", "Mahad", "Yasin"],
        ["Warsame", "Farah", "Hirsi", "Abdullahi", "Jama", "Osman", "Nur", "Egal", "Dualeh"],
    ),
    "af": (
        ["Zahra", "Parwana", "Farishta", "Mariam", "Nazanin", "Shabnam", "Freshta"],
        ["Farid", "Hamid", "Jawad", "Najib", "Wahid", "Ali", "Sayed"],
        ["Ahmadzai", "Rahimi", "Karimi", "Sultani", "Hashimi", "Popal", "Noori", "Haidari"],
    ),
    "cn": (
        ["Mei", "Xiu", "Ying", "Hui", "Lan", "Ling"],
        ["Wei", "Jun", "Hao", "Ming", "Kai", "Bo"],
        ["Wang", "Zhang", "Chen", "Liu", "Lin", "Huang", "Zhou", "Wu", "Cheung", "Tang", "Lam"],
    ),
    "gh": (
        ["Akosua", "Abena", "Ama", "Efua", "Comfort", "Patience", "Mercy", "Gifty", "Blessing"],
        ["Kwame", "Kofi", "Kwabena", "Yaw", "Emmanuel", "Prince", "Kwaku", "Godfried"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Osei", "Amoah", "Agyeman", "Ofori"],
    ),
    "ml": (
        ["Josina", "Christina", "Hanna", "Wilhelmina"],
        ["Johannes", "Frans", "Dominggus", "Agus"],
        ["Pattinama", "Latumahina", "Sahetapy", "Tahapary", "Manuputty"],
    ),
}
ORIGIN_W = [
    ("nl", 24),
    ("ma", 13),
    ("tr", 11),
    ("hs", 8),
    ("sr", 5),
    ("an", 5),
    ("cv", 3),
    ("pl", 6),
    ("bg", 4),
    ("ro", 3),
    ("sy", 5),
    ("er", 3),
    ("so", 3),
    ("af", 3),
    ("cn", 2),
    ("gh", 3),
    ("ml", 1),
]
WORKER_W = [
    ("nl", 50),
    ("ma", 10),
    ("tr", 9),
    ("hs", 8),
    ("sr", 6),
    ("an", 3),
    ("pl", 2),
    ("sy", 2),
    ("gh", 2),
    ("cv", 2),
    ("ml", 2),
    ("cn", 1),
    ("so", 1),
    ("af", 1),
    ("er", 1),
]
PARTICLES = ("van den ", "van der ", "van ", "de ", "den ", "ter ", "te ")


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def cap_first(s):
    return s[0].upper() + s[1:]


def gendered_surname(last, origin, gender):
    if gender == "F" and origin == "bg" and last.endswith("v"):
        return last + "a"
    if gender == "F" and origin == "pl" and (last.endswith("ski") or last.endswith("cki")):
        return last[:-1] + "a"
    return last


COUNTRY = {
    "nl": "Nederland",
    "ma": "Marokko",
    "tr": "Turkije",
    "hs": "Suriname",
    "sr": "Suriname",
    "an": "Curaçao",
    "cv": "Kaapverdië",
    "pl": "Polen",
    "bg": "Bulgarije",
    "ro": "Roemenië",
    "sy": "Syrië",
    "er": "Eritrea",
    "so": "Somalië",
    "af": "Afghanistan",
    "cn": "China",
    "gh": "Ghana",
    "ml": "Indonesië",
}


def core_surname(s):
    for p in PARTICLES:
        if s.startswith(p):
            return s[len(p) :]
    return s


class Person:
    def __init__(self, first, last, gender):
        self.first, self.last, self.gender = first, last, gender


# ---------------------------------------------------------------- generated identifiers
def gen_bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0 and r.random() < 0.7:
            continue
        s = sum(d[i] * (9 - i) for i in range(8))
        d9 = s % 11
        if d9 == 10:
            continue
        digits = d + [d9]
        assert (sum(digits[i] * (9 - i) for i in range(8)) - digits[8]) % 11 == 0
        return "".join(map(str, digits))


def bsn_ok(s):
    s = re.sub(r"\D", "", s)
    return len(s) == 9 and (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0


BANKS = [
    "ABNA",
    "INGB",
    "RABO",
    "SNSB",
    "ASNB",
    "TRIO",
    "KNAB",
    "BUNQ",
    "RBRB",
    "INGB",
    "RABO",
    "ABNA",
]


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return 98 - int(num) % 97


def gen_iban(r):
    bank = r.choice(BANKS)
    acct = "".join(str(r.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    return "NL%02d%s" % (iban_check("NL", bban), bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def gen_postcode(r):
    while True:
        l = r.choice(PC_LETTERS) + r.choice(PC_LETTERS)
        if l not in ("SA", "SD", "SS"):
            return "%d%s" % (r.randint(2491, 2599), l)


STREETS = [
    "Hoefkade",
    "Leyweg",
    "Vaillantlaan",
    "Paul Krugerlaan",
    "Hobbemastraat",
    "Wouwermanstraat",
    "Jacob Catsstraat",
    "Schalk Burgerstraat",
    "Kempstraat",
    "Zuiderparklaan",
    "Loosduinseweg",
    "Moerweg",
    "Erasmusweg",
    "Melis Stokelaan",
    "Dedemsvaartweg",
    "Escamplaan",
    "Mozartlaan",
    "Diamanthorst",
    "Nieuw-Guineastraat",
    "Stuwstraat",
    "Van der Vennestraat",
    "Parallelweg",
    "De la Reyweg",
    "Soestdijksekade",
    "Laakkade",
    "Rijswijkseweg",
    "Broekslootkade",
    "Gaslaan",
    "Troelstrakade",
    "Heeswijkplein",
    "Kraayensteinlaan",
    "Middachtenweg",
    "Oude Haagweg",
    "Oudemansstraat",
    "Bloemfonteinstraat",
    "Wolmaransstraat",
    "Prins Hendrikstraat",
    "Scheveningseweg",
    "Duinstraat",
    "Westduinweg",
    "Tesselsestraat",
    "Hengelolaan",
    "Steenhouwersgaarde",
    "Ambachtsgaarde",
    "Lorentzplein",
    "Boekhorststraat",
    "Delftselaan",
    "Goudenregenstraat",
    "Thomas Schwenckestraat",
    "Anna Blamanplein",
    "Hanenburglaan",
    "Aaltje Noordewierlaan",
    "Dr. Lelykade",
    "Vlaskamp",
    "Hoytemastraat",
    "Rederijkerstraat",
    "Herman Costerstraat",
    "Fahrenheitstraat",
    "Zonnebloemstraat",
    "Weimarstraat",
    "Beresteinlaan",
    "Sportlaan",
    "Regentesselaan",
    "Lekstraat",
    "Amalia van Solmsstraat",
]


def gen_housenr(r):
    """returns (digits form, spoken form)"""
    n = r.choice([r.randint(1, 40), r.randint(1, 40), r.randint(1, 199), r.randint(100, 450)])
    kind = r.choices(
        ["plain", "letter", "hs", "floor", "bis", "letter_sp"], [45, 20, 10, 15, 3, 7]
    )[0]
    nword = nw(n)
    if kind == "plain":
        return str(n), nword
    if kind == "letter":
        L = r.choice("ABCDEF")
        d = r.choice(["%d%s" % (n, L), "%d-%s" % (n, L), "%d%s" % (n, L.lower())])
        return d, "%s %s" % (nword, L.lower() if r.random() < 0.5 else L)
    if kind == "letter_sp":
        L = r.choice("ABC")
        return "%d %s" % (n, L), "%s %s" % (nword, LETTER_WORDS[L.lower()])
    if kind == "hs":
        return r.choice(["%d-hs" % n, "%d hs" % n, "%d huis" % n]), r.choice(
            ["%s huis" % nword, "%s h s" % nword]
        )
    if kind == "floor":
        fl = r.randint(1, 4)
        rom = ["I", "II", "III", "IV"][fl - 1]
        return r.choice(["%d-%s" % (n, rom), "%d-%d" % (n, fl)]), "%s %s hoog" % (nword, nw(fl))
    return "%d bis" % n, "%s bis" % nword


def first_email_part(r, p):
    f = asciify(p.first.split()[0]).lower()
    l = asciify(core_surname(p.last)).lower().replace(" ", "").replace("-", "").replace("'", "")
    lfull = asciify(p.last).lower().replace(" ", "").replace("-", "")
    opts = [
        "%s.%s" % (f, lfull),
        "%s%s" % (f, l),
        "%s.%s" % (f[0], lfull),
        "%s%d" % (f, r.randint(70, 99)),
        "%s_%s" % (f, l),
        "%s%s%d" % (f[0], l, r.randint(1, 99)),
        "%s.%s" % (l, f),
    ]
    return r.choice(opts)


PROVIDERS = [
    "gmail.com",
    "hotmail.com",
    "hotmail.nl",
    "outlook.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "planet.nl",
    "icloud.com",
    "yahoo.com",
    "gmail.com",
    "hotmail.com",
]
WORK_DOMAINS = [
    "swt-denhaag.nl",
    "wijkteam-escamp.nl",
    "xtrawelzijn.nl",
    "zorgmaatwerk.nl",
    "bewindvoering-hofstad.nl",
    "huisartsenpraktijk-laak.nl",
    "mee-zhz.nl",
]


# ---------------------------------------------------------------- rendering engine
FILLERS = ["eh", "ehm", "uh", "uhm", "eeh", "eh", "ehm"]
HESIT = ["eh", "ehm", "uh"]


def M(label, text):
    return "[[%s:%s]]" % (label, text)


class Ctx:
    def __init__(self, r):
        self.r = r
        self.persons = {}
        self.families = {}
        self.vals = {}
        self.ascii = r.random() < 0.45  # STT without diacritics
        self.used_first = set()
        self.used_last = set()
        self.forced = {}

    # ---- persons
    def person(self, key):
        if key in self.persons:
            return self.persons[key]
        r = self.r
        g = key[0]
        fam = key[1:2] if len(key) > 1 and key[1].isdigit() else key
        if g == "W":
            origin = wchoice(r, WORKER_W)
            gender = r.choice("FM")
            last = None
        else:
            gender = g
            if fam in self.families:
                origin, last = self.families[fam]
            elif fam in self.forced:
                origin = self.r.choice(self.forced[fam])
                last = None
            else:
                origin = wchoice(r, ORIGIN_W)
                last = None
        fems, mals, lasts = NAMES[origin]
        pool = fems if gender == "F" else mals
        for _ in range(50):
            first = r.choice(pool)
            if first not in self.used_first:
                break
        if last is None:
            for _ in range(50):
                last = r.choice(lasts)
                if last not in self.used_last:
                    break
            if g != "W":
                self.families[fam] = (origin, last)
        self.used_first.add(first)
        self.used_last.add(last)
        last = gendered_surname(last, origin, gender)
        if self.ascii:
            first, last = asciify(first), asciify(last)
        p = Person(first, last, gender)
        self.persons[key] = p
        return p

    def render_person(self, key, fmt):
        r = self.r
        p = self.person(key)
        f, l = p.first, p.last
        if fmt == "f":
            return M("person", f)
        if fmt == "l":
            return M("person", cap_first(l))
        if fmt == "fl":
            return M("person", f + " " + l)
        if fmt == "il":
            ini = "".join(x[0] + "." for x in f.split()[:1])
            return M("person", ini + " " + l)
        if fmt == "lc":
            return M("person", asciify(l).lower() if r.random() < 0.6 else l.lower())
        if fmt == "flc":
            return M("person", f.lower())
        if fmt == "fllc":
            return M("person", (f + " " + l).lower())
        if fmt in ("sp", "spf"):
            src = core_surname(l) if fmt == "sp" else f
            letters = [c for c in asciify(src).upper() if c.isalpha()]
            style = r.choice(["space", "space", "dash", "lower", "dots"])
            if style == "space":
                s = " ".join(letters)
            elif style == "dash":
                s = "-".join(letters)
            elif style == "lower":
                s = " ".join(letters).lower()
            else:
                s = " ".join(c + "." for c in letters)
            return M("person", s)
        if fmt == "alpha":
            src = core_surname(l)
            letters = [c for c in asciify(src).upper() if c.isalpha()]
            if len(letters) > 9:
                return self.render_person(key, "sp")
            sep = r.choice([", ", " ", " "])
            return M("person", sep.join("%s van %s" % (c, ALPHA[c]) for c in letters))
        if fmt == "pos":
            if f.endswith("s") or f.endswith("z") or f.endswith("x"):
                return M("person", f) + "'"
            if f[-1] in "aeiouy" and not f.endswith("ee"):
                return M("person", f) + "'s"
            return M("person", f) + "s"
        if fmt == "split":
            c = asciify(core_surname(l)).lower().replace(" ", "")
            if len(c) < 6:
                return M("person", l.lower())
            # split after a vowel that follows a consonant, around the middle
            mid = len(c) // 2
            cut = None
            for d in range(0, mid):
                for i in (mid + d, mid - d):
                    if 2 <= i <= len(c) - 2 and c[i - 1] in "aeiouy" and c[i] not in "aeiouy":
                        cut = i
                        break
                if cut:
                    break
            cut = cut or mid
            return M("person", c[:cut] + " " + c[cut:])
        raise ValueError("person fmt " + fmt)

    # ---- generated values
    def val(self, kind, key, gen):
        k = (kind, key)
        if k not in self.vals:
            self.vals[k] = gen()
        return self.vals[k]

    def render_phone(self, key, fmt, land=False):
        r = self.r
        if land:
            num = self.val(
                "LAND",
                key,
                lambda: (
                    "070" + str(r.randint(2, 4)) + "".join(str(r.randint(0, 9)) for _ in range(6))
                ),
            )
        else:
            num = self.val(
                "TEL",
                key,
                lambda: (
                    "06" + str(r.randint(1, 5)) + "".join(str(r.randint(0, 9)) for _ in range(7))
                ),
            )
        if not fmt:
            fmt = r.choices(["d", "w", "h", "i"], [52, 30, 10, 8])[0]
        if land:
            rest = num[3:]
            if fmt == "d":
                s = r.choice(
                    [
                        "070-%s" % rest,
                        "(070) %s %s %s" % (rest[:3], rest[3:5], rest[5:]),
                        "070 %s %s %s" % (rest[:3], rest[3:5], rest[5:]),
                        "070%s" % rest,
                        "070 - %s" % rest,
                    ]
                )
            elif fmt == "w":
                s = r.choice(
                    [
                        "nul zeventig " + digits_words(rest),
                        "nul zeven nul " + digits_words(rest),
                        "nul zeventig %s %s %s"
                        % (digits_words(rest[:3]), pair_words(rest[3:5]), pair_words(rest[5:])),
                    ]
                )
            elif fmt == "h":
                s = "070 %s %s %s %s" % (rest[:3], r.choice(HESIT), rest[3:5], rest[5:])
            else:
                s = r.choice(["+31 70 %s %s" % (rest[:3], rest[3:]), "+3170%s" % rest])
            return M("phone", s)
        d = num[2:]
        if fmt == "d":
            s = r.choice(
                [
                    "06-%s" % d,
                    "06 %s" % d,
                    "06%s" % d,
                    "06 %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:]),
                    "06 %s %s" % (d[:4], d[4:]),
                    "06 - %s" % d,
                    "06-%s %s" % (d[:4], d[4:]),
                    "06 %s %s %s" % (d[:2], d[2:5], d[5:]),
                ]
            )
        elif fmt == "w":
            st = r.choice(["digits", "pairs", "mixed", "digits"])
            if st == "digits":
                s = "nul zes " + digits_words(d)
            elif st == "pairs":
                s = "nul zes " + " ".join(pair_words(d[i : i + 2]) for i in range(0, 8, 2))
            else:
                s = "06 %s %s %s %s" % (pair_words(d[:2]), d[2:4], pair_words(d[4:6]), d[6:])
        elif fmt == "h":
            st = r.choice(["a", "b", "c"])
            if st == "a":
                s = "06 %s %s %s %s %s" % (d[:2], d[2:4], r.choice(HESIT), d[4:6], d[6:])
            elif st == "b":
                s = "nul zes %s %s %s" % (digits_words(d[:3]), r.choice(HESIT), digits_words(d[3:]))
            else:
                s = "06 %s %s sorry %s %s" % (d[:4], d[4], d[4], d[5:])
        else:
            s = r.choice(
                [
                    "+31 6 %s" % d,
                    "+316%s" % d,
                    "+31 6 %s %s" % (d[:4], d[4:]),
                    "0031 6 %s" % d,
                    "plus eenendertig zes " + digits_words(d),
                    "+31 (0)6 %s" % d,
                ]
            )
        return M("phone", s)

    def render_bsn(self, key, fmt):
        r = self.r
        b = self.val("BSN", key, lambda: gen_bsn(r))
        if not fmt:
            fmt = r.choices(["d", "w", "g"], [55, 35, 10])[0]
        if fmt == "d":
            s = r.choice(
                [
                    b,
                    b,
                    "%s.%s.%s" % (b[:4], b[4:6], b[6:]),
                    "%s %s %s" % (b[:3], b[3:6], b[6:]),
                    "%s-%s-%s" % (b[:3], b[3:6], b[6:]),
                    "%s %s %s %s" % (b[:2], b[2:4], b[4:6], b[6:]),
                ]
            )
        elif fmt == "w":
            s = r.choice(
                [
                    digits_words(b),
                    digits_words(b[:3]) + ", " + digits_words(b[3:6]) + ", " + digits_words(b[6:]),
                    "%s %s %s" % (digits_words(b[:3]), digits_words(b[3:6]), digits_words(b[6:])),
                ]
            )
        else:
            parts = [b[:3], b[3:6], b[6:]]
            s = " ".join(nw(int(p)) if p[0] != "0" else digits_words(p) for p in parts)
        return M("bsn", s)

    def render_iban(self, key, fmt):
        r = self.r
        ib = self.val("IBAN", key, lambda: gen_iban(r))
        if not fmt:
            fmt = r.choices(["d", "w"], [68, 32])[0]
        if fmt == "d":
            sp = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
            s = r.choice(
                [ib, sp, sp, ib.lower(), sp.lower(), "%s %s %s" % (ib[:4], ib[4:8], ib[8:])]
            )
        else:
            cc = int(ib[2:4])
            bank = ib[4:8]
            acct = ib[8:]
            bank_sp = r.choice([bank, " ".join(bank), bank.lower()])
            cc_s = r.choice([nw(cc) if cc >= 10 else digits_words(ib[2:4]), ib[2:4]])
            acct_s = r.choice(
                [
                    digits_words(acct),
                    "%s %s %s" % (acct[:4], acct[4:8], acct[8:]),
                    digits_words(acct[:4]) + " " + digits_words(acct[4:]),
                ]
            )
            s = r.choice(["NL", "N L", "en el"]) + " " + cc_s + " " + bank_sp + " " + acct_s
        return M("iban", s)

    def render_pc(self, key, fmt):
        r = self.r
        pc = self.val("PC", key, lambda: gen_postcode(r))
        n, l = pc[:4], pc[4:]
        if not fmt:
            fmt = r.choices(["d", "w"], [75, 25])[0]
        if fmt == "d":
            s = r.choice(
                [
                    "%s %s" % (n, l),
                    "%s%s" % (n, l),
                    "%s %s" % (n, l.lower()),
                    "%s%s" % (n, l.lower()),
                    "%s %s" % (n, l),
                ]
            )
        else:
            ls = r.choice([" ".join(l), " ".join(LETTER_WORDS[c.lower()] for c in l), l])
            ns = r.choice([pair_words(n[:2]) + " " + pair_words(n[2:]), digits_words(n), n])
            if ns == n and ls == l:
                ls = " ".join(l)
            s = ns + " " + ls
        return M("postcode", s)

    def render_addr(self, key, fmt):
        r = self.r
        street, hd, hw = self.val("ADR", key, lambda: (r.choice(STREETS),) + gen_housenr(r))
        if fmt == "s":
            return street
        if not fmt:
            fmt = r.choices(["d", "w"], [65, 35])[0]
        if fmt == "d":
            s = street + " " + hd
        elif fmt == "n":
            s = street + " nummer " + hd
        else:
            s = street + " " + (hw if r.random() < 0.8 else "nummer " + hw)
        return M("address", s)

    def gen_date(self, lo, hi):
        r = self.r
        a = datetime.date(*lo).toordinal()
        b = datetime.date(*hi).toordinal()
        return datetime.date.fromordinal(r.randint(a, b))

    def render_date(self, key, fmt, dob=False):
        r = self.r
        if dob:
            lo, hi = {
                "DOB": ((1950, 1, 1), (2005, 12, 31)),
                "DOBO": ((1930, 1, 1), (1952, 12, 31)),
                "DOBP": ((1976, 1, 1), (1996, 12, 31)),
                "DOBS": ((2012, 1, 1), (2016, 12, 31)),
                "DOBT": ((2019, 1, 1), (2023, 6, 30)),
                "DOBK": ((2008, 1, 1), (2019, 12, 31)),
                "DOBB": ((2024, 1, 1), (2025, 9, 30)),
            }[dob]
            dt = self.val(dob, key, lambda: self.gen_date(lo, hi))
        else:
            prev = None
            if key.isdigit() and int(key) > 1:
                prev = self.vals.get(("D", str(int(key) - 1)))
            if prev is not None:  # later dates in a text follow the earlier ones
                dt = self.val("D", key, lambda: prev + datetime.timedelta(days=r.randint(2, 60)))
            else:
                dt = self.val("D", key, lambda: self.gen_date((2023, 1, 1), (2025, 10, 31)))
        d, m, y = dt.day, dt.month, dt.year
        wd = dt.weekday()
        if not fmt:
            fmt = r.choices(
                ["d", "w", "m", "wk"] if not dob else ["d", "w", "long"],
                [40, 30, 20, 10] if not dob else [45, 35, 20],
            )[0]
        if fmt == "hdr":
            s = r.choice(
                [
                    "%02d-%02d-%d" % (d, m, y),
                    "%d-%d-%d" % (d, m, y),
                    "%02d/%02d/%d" % (d, m, y),
                    "%d %s %d" % (d, MONTHS_AB[m - 1], y),
                ]
            )
        elif fmt == "d":
            s = r.choice(
                [
                    "%02d-%02d-%d" % (d, m, y),
                    "%d-%d-%d" % (d, m, y),
                    "%d-%d-'%02d" % (d, m, y % 100),
                    "%d %s %d" % (d, MONTHS[m - 1], y),
                    "%02d.%02d.%d" % (d, m, y),
                    "%d/%d/%d" % (d, m, y),
                    "%d %s %d" % (d, MONTHS_AB[m - 1], y),
                    "%d-%d-%02d" % (d, m, y % 100),
                ]
            )
        elif fmt == "m":
            s = r.choice(
                [
                    "%d %s" % (d, MONTHS[m - 1]),
                    "%d %s" % (d, MONTHS[m - 1]),
                    "%d/%d" % (d, m),
                    "%d-%d" % (d, m),
                    "de %de %s" % (d, MONTHS[m - 1]),
                    "%d %s" % (d, MONTHS_AB[m - 1]),
                ]
            )
        elif fmt == "long":
            s = "%d %s %d" % (d, MONTHS[m - 1], y)
        elif fmt == "w":
            st = r.choice(
                ["dm", "dmy", "dmy", "ordy", "ordy", "mixy", "digits", "dmy"]
                if dob
                else ["dm", "dm", "dmy", "ord", "mix"]
            )
            if st == "dm":
                s = "%s %s" % (nw(d), MONTHS[m - 1])
            elif st == "dmy":
                s = "%s %s %s" % (nw(d), MONTHS[m - 1], year_words(y, r))
            elif st == "ord":
                s = "de %s %s" % (ordinal(d), MONTHS[m - 1])
            elif st == "ordy":
                s = "de %s %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y, r))
            elif st == "mix":
                s = "%d %s %s" % (d, MONTHS[m - 1], year_words(y, r))
            elif st == "mixy":
                s = "%s %s %d" % (nw(d), MONTHS[m - 1], y)
            else:
                s = "%s %s %s" % (
                    digits_words("%02d" % d),
                    digits_words("%02d" % m),
                    year_words(y, r),
                )
        elif fmt == "wk":
            st = r.choice(["a", "b", "c", "d", "e"])
            if st == "a":
                s = "%s %d %s" % (WEEKDAYS[wd], d, MONTHS[m - 1])
            elif st == "b":
                s = "%s %s %s" % (WEEKDAYS[wd], nw(d), MONTHS[m - 1])
            elif st == "c":
                s = "%s de %s %s" % (WEEKDAYS[wd], ordinal(d), MONTHS[m - 1])
            elif st == "d":
                s = "%s %d-%d" % (WEEKDAYS[wd], d, m)
            else:
                s = "%s %d %s" % (WEEKDAYS_AB[wd], d, MONTHS_AB[m - 1])
        elif fmt == "wkd":  # weekday + ordinal day only ("dinsdag de twaalfde")
            s = "%s de %s" % (WEEKDAYS[wd], ordinal(d))
        else:
            raise ValueError(fmt)
        return M("date", s)

    def render_mail(self, kind, pkey):
        r = self.r
        p = self.person(pkey)
        key = (kind, pkey)
        if kind == "MAILP":
            addr = self.val(
                "MAILP",
                pkey,
                lambda: (
                    "%s.%s@%s"
                    % (
                        asciify(p.first[0]).lower(),
                        asciify(p.last).lower().replace(" ", ""),
                        r.choice(WORK_DOMAINS),
                    )
                ),
            )
        else:
            addr = self.val(
                "MAIL", pkey, lambda: first_email_part(r, p) + "@" + r.choice(PROVIDERS)
            )
        spoken = kind == "MAILW" or (kind == "MAIL" and r.random() < 0.25)
        if not spoken:
            return M("email", addr)
        loc, dom = addr.split("@")
        at = r.choice(["apenstaartje", "at", "et", "apenstaart"])
        dot = r.choice(["punt", "punt", "dot"])
        loc_s = loc.replace(".", " %s " % dot).replace("_", " underscore ")
        loc_s = re.sub(
            r"(\d+)",
            lambda mm: " " + (nw(int(mm.group(1))) if r.random() < 0.5 else mm.group(1)),
            loc_s,
        )
        dom_s = dom.replace(".", " %s " % dot) if r.random() < 0.7 else dom
        return M("email", re.sub(" +", " ", "%s %s %s" % (loc_s, at, dom_s)).strip())

    def render_dossier(self, key, fmt):
        r = self.r
        typ = fmt if fmt and fmt not in ("w", "d") else None

        def gen():
            t = typ or r.choice(
                ["zaak", "vt", "shv", "wmo", "szw", "hash", "klant", "huur", "cjg", "bw", "dos"]
            )
            y = r.choice([2022, 2023, 2024, 2025])
            n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
            if t == "zaak":
                return r.choice(
                    ["%d-%s" % (y, n(5)), "Z-%d-%s" % (y, n(4)), "Z%02d.%s" % (y % 100, n(5))]
                )
            if t == "vt":
                return r.choice(["VT-%d-%s" % (y, n(4)), "VT%d-%s" % (y, n(5)), "VT-%s" % n(6)])
            if t == "shv":
                return r.choice(
                    ["SHV-%02d-%s" % (y % 100, n(5)), "SHV %d/%s" % (y, n(4)), "SHV%s" % n(6)]
                )
            if t == "wmo":
                return r.choice(
                    ["WMO-%d-%s" % (y, n(6)), "Wmo %d.%s.%s" % (y, n(3), n(3)), "W%s" % n(7)]
                )
            if t == "szw":
                return r.choice(["SZW-%s" % n(6), "SZW/%d/%s" % (y, n(5))])
            if t == "hash":
                return "#%s" % n(r.choice([5, 6]))
            if t == "klant":
                return r.choice([n(8), n(10), "1%s" % n(7)])
            if t == "huur":
                return r.choice(
                    [
                        "HW-%s" % n(7),
                        "%s-%s-%s" % (n(2), n(4), n(2)),
                        "ST%s" % n(6),
                        "VES-%s" % n(6),
                    ]
                )
            if t == "cjg":
                return r.choice(["CJG-%s" % n(5), "JB-%d-%s" % (y, n(4))])
            if t == "bw":
                return r.choice(["BW/%d/%s" % (y, n(3)), "BW-%s" % n(5)])
            return r.choice(["D-%s" % n(5), "DOS-%d-%s" % (y, n(3)), "cl.%s" % n(6)])

        v = self.val("DOS", key, gen)
        if fmt == "w" or (fmt is None and r.random() < 0.3):
            out = []
            for ch in v:
                if ch.isdigit():
                    out.append(UNITS[int(ch)])
                elif ch == "-":
                    out.append(r.choice(["streepje", "", "streep"]))
                elif ch == "/":
                    out.append(r.choice(["slash", "schuine streep"]))
                elif ch == ".":
                    out.append("punt")
                elif ch == "#":
                    out.append("hekje")
                elif ch == " ":
                    out.append("")
                else:
                    out.append(ch.upper())
            s = re.sub(" +", " ", " ".join(out)).strip()
            return M("dossier", s)
        return M("dossier", v)


SLOT_RE = re.compile(r"<([A-Z]+)(\d*[a-z]?)(?:\.([A-Za-z0-9]+))?>")
ALT_RE = re.compile(r"\(\((.*?)\)\)", re.S)
SHORT_RE = re.compile(r"\{([orw]):([^{}]+)\}")
SHORT = {"o": "org", "r": "role", "w": "wijk"}
WIJKEN = [
    "Schilderswijk",
    "Transvaal",
    "Mariahoeve",
    "Moerwijk",
    "Laak",
    "Escamp",
    "Bouwlust",
    "Vrederust",
    "Morgenstond",
    "Spoorwijk",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Regentessekwartier",
    "Zeeheldenkwartier",
    "Stationsbuurt",
    "Rustenburg",
    "Oostbroek",
    "Leyenburg",
    "Ypenburg",
    "Leidschenveen",
    "Wateringse Veld",
    "Bezuidenhout",
    "Loosduinen",
    "Waldeck",
    "Kraayenstein",
    "Houtwijk",
    "Laakkwartier",
    "Duinoord",
    "Valkenboskwartier",
    "Bomen- en Bloemenbuurt",
    "Haagse Hout",
    "Groenewegje",
    "Rivierenbuurt",
]
CORPS = ["Haag Wonen", "Staedion", "Vestia", "Woonzorg Nederland"]


def render(template, r, lower=False):
    ctx = Ctx(r)
    t = ALT_RE.sub(lambda m: r.choice(m.group(1).split("|")), template)
    t = SHORT_RE.sub(lambda m: "{{%s:%s}}" % (SHORT[m.group(1)], m.group(2)), t)
    wijk_cache = {}

    def slot(m):
        kind, key, fmt = m.group(1), m.group(2), m.group(3)
        if kind in ("F", "M", "W"):
            return ctx.render_person(kind + key, fmt or "f")
        if kind == "TEL":
            return ctx.render_phone(key, fmt)
        if kind == "TELX":
            cc, fmtx = ctx.val(
                "TELX",
                key,
                lambda: r.choice(
                    [
                        ("+90", lambda d: "+90 5%s %s %s %s" % (d[:2], d[2:5], d[5:7], d[7:9])),
                        ("+48", lambda d: "+48 5%s %s %s" % (d[:2], d[2:5], d[5:8])),
                        ("+359", lambda d: "+359 88 %s %s" % (d[:3], d[3:7])),
                        ("+212", lambda d: "00212 6%s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:8])),
                        ("+44", lambda d: "+44 7%s %s" % (d[:3], d[3:9])),
                        ("+40", lambda d: "+40 7%s %s %s" % (d[:2], d[2:5], d[5:8])),
                    ]
                ),
            )
            dig = ctx.val("TELXD", key, lambda: "".join(str(r.randint(0, 9)) for _ in range(9)))
            return M("phone", fmtx(dig))
        if kind == "LAND":
            return ctx.render_phone(key, fmt, land=True)
        if kind == "BSN":
            return ctx.render_bsn(key, fmt)
        if kind == "IBAN":
            return ctx.render_iban(key, fmt)
        if kind == "PC":
            return ctx.render_pc(key, fmt)
        if kind == "ADR":
            return ctx.render_addr(key, fmt)
        if kind == "D":
            return ctx.render_date(key, fmt)
        if kind in ("DOB", "DOBO", "DOBK", "DOBB", "DOBP", "DOBS", "DOBT"):
            return ctx.render_date(key, fmt, dob=kind)
        if kind == "ORIG":
            fam = key
            codes = [fmt[i : i + 2] for i in range(0, len(fmt), 2)]
            assert all(c in NAMES for c in codes), fmt
            ctx.forced[fam] = codes
            return ""
        if kind == "CTRY":
            if key in ctx.families:
                return COUNTRY[ctx.families[key][0]]
            ctx.forced[key] = [r.choice(ctx.forced[key])]
            return COUNTRY[ctx.forced[key][0]]
        if kind in ("MAIL", "MAILW", "MAILP"):
            return ctx.render_mail(kind, fmt)
        if kind == "DOS":
            return ctx.render_dossier(key, fmt)
        if kind == "WIJK":
            if key not in wijk_cache:
                used = set(wijk_cache.values())
                wijk_cache[key] = r.choice([w for w in WIJKEN if w not in used])
            return "{{wijk:%s}}" % wijk_cache[key]
        if kind == "CORP":
            if "C" + key not in wijk_cache:
                wijk_cache["C" + key] = r.choice(CORPS)
            return "{{org:%s}}" % wijk_cache["C" + key]
        if kind == "EH":
            return r.choice(FILLERS)
        raise ValueError("slot " + m.group(0))

    t = SLOT_RE.sub(slot, t)
    t = re.sub(r"[ \t]+", " ", t)
    t = re.sub(r" ([,.?!:;])", r"\1", t)
    t = t.strip()
    if lower:
        t = t.lower()
    return parse_markup(t)


MARK_RE = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)
PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}


def parse_markup(t):
    out = []
    pii, keep = [], []
    pos = 0
    cur = 0
    for m in MARK_RE.finditer(t):
        out.append(t[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            label, txt, bucket = m.group(1), m.group(2), pii
            assert label in PII_LABELS, label
        else:
            label, txt, bucket = m.group(3), m.group(4), keep
            assert label in KEEP_LABELS, label
        bucket.append({"start": cur, "end": cur + len(txt), "label": label, "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(t[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    assert "<" not in text and ">" not in text, text
    return text, pii, keep


# ---------------------------------------------------------------- templates
# (kind, probability that an instance comes out fully lower-cased, template)
# kinds: vm-client, vm-family, vm-partner, dict (dictated report), tel (dictated phone note)
T = []


def add(kind, low, text):
    T.append((kind, low, " ".join(text.split()).replace(" ¶ ", "\n").replace("¶", "\n")))


# ======================= A. voicemails left by clients =======================
add(
    "vm-client",
    0.2,
    """
ja goedemiddag u spreekt met <F1.l> ((eh|ehm)) <F1.fl> ik bel voor ((eh|)) de afspraak van
((donderdag|woensdag)) want ik kan niet komen mijn zoon <M1.f> heeft ziekenhuis ((afspraak|afspraken)) en ik moet mee voor
vertalen kunt u mij terugbellen op <TEL1> nog een keer <TEL1.d> dank u wel ((doei|dag)) """,
)

add(
    "vm-client",
    0.15,
    """
Hallo met <M1.fl>. Ik heb een brief gekregen van de {o:Belastingdienst} over de huurtoeslag, ze willen
((vierduizend|drieduizend achthonderd)) euro terug en ik snap het niet. Mijn burgerservicenummer is <BSN1.w>, misschien
heeft u dat nodig. Ik woon nog steeds op de <ADR1> in {w:Moerwijk}. Wilt u mijn ((brief|papieren)) bekijken alstublieft,
((ik ben echt in paniek|ik slaap er niet van)). Mijn nummer <TEL1>. Dank u. """,
)

add(
    "vm-client",
    0.2,
    """
((ja|jaa)) hoi met <F1.f> ik ben ik was ((vanmorgen|vanochtend)) bij de {o:voedselbank} en ze zeiden dat mijn
verwijzing is verlopen op <D1.m> en dat ik een nieuwe moet van jullie ((eh|)) mijn dossiernummer staat op de
brief <DOS1.dos> ik heb drie kinderen en de koelkast is leeg ((echt|)) dus ((graag|alsjeblieft)) snel bellen <TEL1> ((oké doei|doei)) """,
)

add(
    "vm-client",
    0.1,
    """
Goedemorgen, u spreekt met meneer <M1.l>. <M1.l>, dat is <M1.sp>. Ik ben zevenentachtig jaar en ik woon op
<ADR1.w>, postcode <PC1.w>. De {r:wijkverpleegkundige} zei dat ik u moest bellen voor een
((rollator|traplift)) via het {o:Wmo-loket}. Mijn telefoon is <LAND1>. Ik ben bijna altijd thuis behalve dinsdag, dan ga
ik naar de ((soos|dagbesteding)). Dank u wel. """,
)

add(
    "vm-client",
    0.2,
    """
hallo ik ben <F1.fl> ik heb een afspraak bij <W1.f> maar ik ben mijn ((pasje|telefoon)) kwijt dus ik bel met
telefoon van mijn buurvrouw ((<F2.f>|mevrouw <F2.l>)) dit nummer <TEL1> kan <W1.f> mij hierop bellen ((of|eh of))
whatsapp ((sturen|doen)) ik ben vanaf drie uur thuis ((bedankt|dank je)) """,
)

add(
    "vm-client",
    0.15,
    """
((Ja|Nou)) dag met <M1.f> <M1.l> uit de <ADR1.s>. Ik wou even laten weten dat de deurwaarder ((vandaag|gisteren)) is geweest
en dat ze ((maandag|op maandag)) <D1.w> komen om de spullen ((op te halen|te taxeren)). Het gaat om een vordering van
de {o:CJIB} met nummer ((eh|)) <DOS1.w>. Ik heb geen geld meer op mijn rekening <IBAN1> staat niks op. Ik weet niet
wat ik moet doen. Bel me ((alsjeblieft|a.u.b.)) <TEL1>. """,
)

add(
    "vm-client",
    0.2,
    """
goedemiddag met <F1.fl> <EH> ik bel namens mezelf en mijn man <M1.f> we hebben het formulier voor de
bijzondere bijstand ingevuld maar het rekeningnummer klopt niet het moet zijn <IBAN1.w> ((ik herhaal|nog een keer))
<IBAN1.d> op naam van <M1.il> het dossiernummer is <DOS1> oké dank u wel dag """,
)

add(
    "vm-client",
    0.1,
    """
Hoi, met <M1.f>. ((Ik had vorige week gebeld|Ik heb al eerder gebeld)). Het gaat niet goed met me, ik slaap niet,
ik ((drink weer|ben weer gaan drinken)). <W1.f> zei dat ik altijd mocht bellen. Ik zit nu bij mijn zus <F1.f> op de
<ADR1>, want thuis ((houd ik het niet|hou ik het niet vol)). Haar nummer is <TEL1>. ((Sorry|Sorry dat ik zo
bel)). """,
)

add(
    "vm-client",
    0.2,
    """
ja goeiemorgen ik ben <F1.l> <F1.f> van de <ADR1.d> <PC1> ik wou vragen of de huishoudelijke hulp nog komt want
die mevrouw ((Truus|Ria)) nee wacht die heette <F2.f> die is al twee weken niet geweest en niemand belt me ((ik ben|ik
ben ook)) vierennegentig he ik kan niet meer stofzuigen nummer is <LAND1> """,
)

add(
    "vm-client",
    0.15,
    """
Goedemiddag, mijn naam is <F1.fl>. Ik ((heb|had)) een e-mail gestuurd maar die kwam terug, ik denk het adres
was fout. Mijn e-mail is <MAILW.F1>, ((ik spel het nog even|dus)) <MAIL.F1>. Ik wacht op de papieren voor de
schuldhulp, ((dossier|het dossier)) <DOS1.shv>. Mijn telefoon <TEL1>. Dank u. """,
)

add(
    "vm-client",
    0.25,
    """
<ORIG1.sysoeraf>hallo goedendag ik ben <M1.f> <M1.l> ik ben nieuw in Nederland ((status|statushouder)) uit <CTRY1> ik woon sinds
<D1.m> in het huis <ADR1> mijn begeleider van {o:Vluchtelingenwerk} <W1.f> zegt ik moet u bellen voor
inschrijving ((huisarts|de huisarts)) en voor de ((school|scholen)) van mijn kinderen ik spreek een beetje
Nederlands mijn nummer is <TEL1.w> dank u """,
)

add(
    "vm-client",
    0.2,
    """
ja hoi met <F1.f> ((nou|eh)) ik bel even over mijn dochter <F1b.f> die is achttien geworden op <D1.w> en nu
zegt de zorgverzekering dat ze zelf moet betalen en ze heeft geen geld en geen werk ((en ze|ze)) zit ook niet
meer op school kunnen jullie helpen ((ik weet het niet meer|ik weet het echt niet)) bel <TEL1> ((doei|dag)) """,
)

add(
    "vm-client",
    0.1,
    """
Dag, met <M1.fl>. Ik ben <DOB1.w> geboren, dat vroeg ((die mevrouw|de dame)) aan de telefoon. BSN
<BSN1>. Ik wil graag een afspraak met de {r:sociaal raadsman} over mijn ((AOW|pensioen)) uit ((Suriname|het
buitenland)), daar klopt iets niet. Ik woon in {w:Transvaal}, <ADR1.w>. Telefoon <TEL1>. Goedendag. """,
)

add(
    "vm-client",
    0.2,
    """
met <F1.f> even snel de afspraak van <D1.wk> gaat niet door ik ben ziek bel <TEL1> doei """,
)

add(
    "vm-client",
    0.2,
    """
((hai|hallo)) met <M1.f> van <ADR1.d> ((je weet wel|weet je wel)) ik heb die brief van <CORP1> nu hier
liggen over de ontruiming op <D1> dus ((over twee weken|binnen twee weken)) ik moet eruit <EH> <W1.f> zei dat
jullie konden bellen met ze ((de|)) klantnummer is <DOS1.huur> bel me terug ((ajb|alsjeblieft)) <TEL1> """,
)

add(
    "vm-client",
    0.15,
    """
Goedemiddag, met <F1.il>. Ik bel ((over|voor)) mijn moeder, nee sorry, voor mezelf. Ik heb mijn
toestemmingsverklaring getekend op <D1.d> maar ik wil toch dat mijn ex-man <M2.fl> niks te horen krijgt
van jullie. Hij belt misschien naar het wijkteam. Hij woont ((nog|nu)) in {w:Bouwlust}. Wilt u dat noteren? Mijn nummer
is ((nog steeds|)) <TEL1.d>. """,
)

add(
    "vm-client",
    0.25,
    """
ja hallo u spreekt met <M1.l> <M1.sp> ((met een hoofdletter|)) ik bel over mijn uitkering van de {o:Sociale
Dienst} die is niet betaald deze maand en ik heb de huur niet kunnen betalen ((mijn|m'n)) klantnummer is
<DOS1.klant> en rekeningnummer ((eh|)) <IBAN1> ik ben te bereiken op <TEL1> tot vijf uur """,
)

add(
    "vm-client",
    0.1,
    """
Hallo, dit is <F1.fl>, de moeder van <M1.f> uit groep ((zeven|acht)). ((Nee sorry|Sorry)), verkeerd
nummer denk ik, ik moest de {r:jeugdverpleegkundige} hebben van het {o:CJG}. Maar ((misschien|mischien)) kunt u het
doorgeven: <M1.f> is geboren op <DOBS1>, het gaat over zijn ((inentingen|gehoortest)). Mijn nummer is <TEL1>. """,
)

add(
    "vm-client",
    0.2,
    """
((goedenavond|goeienavond)) ik weet dat jullie dicht zijn maar ik moet het kwijt mijn vriend <M2.f> heeft me weer
geslagen ((vandaag|vanavond)) ik ben nu bij mijn moeder in {w:Laak} op de <ADR1> ik durf niet naar huis ik heb
{o:Veilig Thuis} nog niet gebeld ((wil|wilt)) <W1.f> mij morgen bellen op <TEL1> niet op het ((oude|andere)) nummer
want dat heeft hij ((ik ben|ben)) <F1.f> """,
)

add(
    "vm-client",
    0.15,
    """
Ja goedemiddag, met <M1.f> <M1.l>, ik heb vandaag ((om half elf|om tien uur)) een afspraak gehad bij het
{o:Servicepunt XL} en ze zeiden dat ik mijn kopie ID en mijn bankafschriften moest mailen naar <W1.f>
<W1.l>. Maar welk adres? Ik heb <MAILP.W1> opgeschreven, klopt dat? Mijn eigen is <MAIL.M1>. Bedankt. """,
)

add(
    "vm-client",
    0.25,
    """
hallo met <F1.fl> ((uit|in)) <WIJK1> ik bel want de gemeente heeft mijn ((bijstand|uitkering)) stopgezet per
<D1.m> omdat ik niet op de afspraak was maar ik heb die brief nooit gekregen ik ((woon|woonde)) toen nog bij mijn
tante op <ADR1> ((postcode|met postcode)) <PC1> en nu op <ADR2> de brief ging naar het oude adres bel
((mij|me)) <TEL1> """,
)

add(
    "vm-client",
    0.2,
    """
hallo <W1.f> met <M1.f> je weet wel van het ((fietsenhok|trappenhuis)) ik heb nieuw telefoon ((nummer|)) <TEL1.w>
die oude doet niet meer ((oké|ok)) bel ((maar|mij)) """,
)

add(
    "vm-client",
    0.1,
    """
Dag mevrouw, ik ben mevrouw <F1.l>, <F1.alpha>. Ik woon in de flat aan de <ADR1.s> in {w:Morgenstond}, nummer
((eh|)) ((nee|)) ik zal het goed zeggen: <ADR1.w>. Mijn dokter, dokter <W1.l>, zegt dat ik eenzaam ben en dat ik
naar een koffieochtend moet van {o:Vóór Welzijn}. Kunt u mij daar naar toe brengen? Telefoon <LAND1.w>. """,
)

add(
    "vm-client",
    0.2,
    """
((ja|jaa)) met <M1.fl> ik bel voor de schuldhulp ik heb alles verzameld wat <W1.f> vroeg ((de|alle)) brieven
van de {o:CZ} en van {o:Eneco} en ((eh|)) de incasso het is ongeveer ((twaalfduizend|elfduizend)) euro ik heb
het in een tas ((gedaan|gestopt)) wanneer kan ik het brengen ik ben er ((woensdag|vrijdag)) <D1.w> ook niet want
((ik moet werken|dan werk ik)) nummer <TEL1> """,
)

add(
    "vm-client",
    0.2,
    """
met <F1.f> <F1.l> ik eh ik wou zeggen dat ((de {o:politie}|de {r:wijkagent})) is geweest bij mijn buurman <M2.l> op nummer ((eh|))
hij is weer ((gevallen|op de grond)) ik heb hem gevonden op <D1.wk> hij woont alleen <ADR2> ((en|)) zijn dochter
<F2.f> weet het ((nog niet|niet)) haar nummer heb ik niet ((mijn|m'n)) nummer <TEL1> """,
)


# ======================= B. voicemails from family members, neighbours =======================
add(
    "vm-family",
    0.15,
    """
Ja goedemiddag, u spreekt met <F1.fl>, ik ben de dochter van meneer <M1.l> uit {w:Mariahoeve}. Mijn vader is
<DOBO1.w> geboren en hij ((vergeet|vergeet steeds)) alles. Gisteren stond
het gas aan. Ik woon zelf in ((Zoetermeer|Delft)) en ik kan niet elke dag komen. De {r:casemanager dementie} heeft
hij nog niet. Zijn adres is <ADR1>, <PC1>. Mijn nummer <TEL1>, en mijn broer <M1b.f> heeft <TEL2>. Dank u wel. """,
)

add(
    "vm-family",
    0.2,
    """
goedemiddag met <M1.fl> ik bel over mijn moeder mevrouw <F1.l> ((eh|)) ze heeft een bewindvoerder maar die
neemt nooit op <W1.fl> van {o:((Hofstad Bewind|Hofstad Bewindvoering))} ze heeft geen leefgeld gehad deze week
haar rekening is <IBAN1> kunnen jullie ((daar|)) achteraan ze woont ((op|aan)) de <ADR1> in {w:Escamp} mijn
nummer <TEL1> """,
)

add(
    "vm-family",
    0.15,
    """
Ja hallo, met <F2.f>, de buurvrouw van ((meneer|mijnheer)) <M1.l> op de ((derde|tweede)) verdieping. Er komt een
hele rare lucht uit zijn woning en de brievenbus zit vol. Ik heb hem sinds <D1.w> niet meer gezien. Het is
<ADR1.w>. Ik heb {o:Haag Wonen} al gebeld maar die sturen pas volgende week iemand. Mijn nummer is <TEL1>, ik
ben <F2.fl>. """,
)

add(
    "vm-family",
    0.2,
    """
<ORIG1.plbgroma>hallo met <M1.f> de zoon van <F1.fl> ((ja|)) ik woon in <CTRY1> ik spreek een beetje Nederlands mijn
moeder woont alleen in {w:Spoorwijk} <ADR1> en ze neemt niet op al drie dagen kan iemand gaan kijken alstublieft
mijn nummer is <TEL1.i> of mail <MAIL.M1> dank u """,
)

add(
    "vm-family",
    0.1,
    """
Goedemiddag, met <F1.fl>, mantelzorger van mijn man <M1.f>. Ik ((zit er helemaal doorheen|kan het niet meer)).
Hij heeft ((Parkinson|een hersenbloeding gehad)) en ik doe alles alleen, wassen, aankleden, ((de|)) medicijnen. Onze
{r:huisarts} dokter <W1.l> zei: bel het sociaal wijkzorgteam voor respijtzorg. Wij wonen op <ADR1>, <PC1.w>.
Telefoon <LAND1>. Ik ben alleen ((vrijdagochtend|dinsdagmiddag)) niet thuis. """,
)

add(
    "vm-family",
    0.2,
    """
ja hoi ((u spreekt met|met)) <F1.f> ik ben de zus van <F1b.fl> ((jullie|u)) kent haar ze is weer opgenomen
((denk ik|volgens mij)) bij {o:Parnassia} sinds <D1.wk> maar ik mag niks weten omdat ik geen familie ((eerste
graad|eerstegraads)) ben ((maar|)) haar kat zit nog in het huis op de <ADR1.s> en haar kinderen <M1c.f> en
<F1c.f> zijn bij de vader wie moet ik bellen <TEL1> """,
)

add(
    "vm-family",
    0.15,
    """
Goedendag, met <M1.fl>, ik ben de vader van <M1b.f>. Die is vorige maand uit de {o:jeugdzorg} gekomen, hij
is nu achttien en hij heeft ((helemaal|echt)) niks. Geen uitkering, geen zorgverzekering, niks. Hij slaapt bij
mij op de bank, <ADR1>. Zijn BSN is ((eh even kijken|even pakken)) <BSN1>. Kunt u helpen met de aanvraag? Mijn
nummer <TEL1>. """,
)

add(
    "vm-family",
    0.2,
    """
hallo met ((de|)) buurvrouw van nummer ((twaalf|elf)) ((eh|)) <F2.l> ik heb ((gisteravond|vannacht)) weer
geschreeuw gehoord bij de familie <F1.l> ((kinderen|de kinderen)) huilden ik wil niet dat ze weten dat ik heb gebeld
((hoor|)) het adres is <ADR1> ((en|)) bel mij maar niet terug ((op|)) dit is mijn werk ((nummer|)) <TEL1> """,
)

add(
    "vm-family",
    0.1,
    """
Goedemorgen, <F1.fl> hier. Ik bel ((voor|namens)) mijn schoonvader meneer <M1.il>, <ADR1>. Hij heeft een brief gekregen
over een herindicatie, kenmerk <DOS1.wmo>, en er staat dat er iemand op huisbezoek komt op <D1.wk> om
((tien|half tien)). Hij is doof en ((hij|)) neemt de telefoon niet op, dus wilt u alles via mij doen? <TEL1>,
of per mail <MAIL.F1>. Dank u. """,
)

add(
    "vm-family",
    0.25,
    """
met <M1.f> ((ik ben|)) de broer van <M2.f> <M2.l> we hebben elkaar ((vorige maand|in maart)) gesproken bij de
{r:wijkagent} ((eh|)) <M2.f> is weer op straat hij slaapt ((in|bij)) de {o:Kessler Stichting} soms ((maar|)) hij heeft
een brief nodig voor ((zijn|het)) postadres kan dat via jullie ((zijn geboortedatum|hij is geboren)) <DOB1> mijn
((telefoon|nummer)) <TEL1> """,
)

add(
    "vm-family",
    0.15,
    """
<ORIG1.trmasyafsoercn>Hallo, ik ben <F1.f>, ik ben vijftien, ((ik bel voor mijn moeder|mijn moeder vroeg of ik wilde bellen)) want zij
spreekt ((niet zo goed|geen)) Nederlands. Mijn moeder heet <F1b.fl>. We hebben een brief van de {o:SVB} over
kinderbijslag, ((er staat|met)) nummer <DOS1.klant>. Mijn moeder vraagt of u kan helpen met lezen. Haar nummer is
<TEL1.w>. Dank u wel, doei. """,
)

add(
    "vm-family",
    0.2,
    """
((ja|)) goedemiddag <F2.fl> hier ik ben mentor van mevrouw <F1.l> ((ik|)) heb haar vandaag gesproken op de
<ADR1.w> en ze wil geen hulp van ((de|)) {o:thuiszorg} meer ze zegt dat die meisjes stelen ik denk dat het de
dementie is maar ik ben geen dokter he ((graag|)) even overleg <TEL1> of <LAND2> """,
)

add(
    "vm-family",
    0.15,
    """
Dag, u spreekt met de ((schoonzoon|zwager)) van mevrouw <F1.fl>, mijn naam is <M2.fl>. Ik wil alleen
doorgeven dat mevrouw ((is overleden|overleden is)) op <D1.w>, in het {o:Haga} ziekenhuis. Er liep ((nog|)) een aanvraag bij
jullie, dossier <DOS1.wmo>. Die kan dus stoppen. Voor vragen: <TEL1>. """,
)

add(
    "vm-family",
    0.2,
    """
hai <W1.f> met <F1.f> ((je weet wel|)) de oma van <M1.f> en <F1b.f> ((ik|)) heb de kinderen ((nog|)) steeds
((hier|bij mij)) op de <ADR1> sinds ((dinsdag|zaterdag)) <D1.w> de moeder is nog niet terug ((ik weet niet
waar ze is|niemand weet waar ze is)) moet ik {o:Jeugdbescherming} bellen of ((jij|jullie)) <TEL1> """,
)

add(
    "vm-family",
    0.1,
    """
Goedemiddag, met <M2.fl>, ik ben een vriend van <M1.fl>. Ik ((help|hielp)) hem met zijn post maar het wordt me te
veel. Er liggen aanmaningen van ((drie|vier)) incassobureaus en een brief van de rechtbank, zaaknummer
<DOS1.zaak>. Hij ((woont|zit)) in {w:Schilderswijk}, <ADR1>. Hij heeft zelf geen telefoon, ((dus|)) belt u mij maar:
<TEL1>. """,
)

add(
    "vm-family",
    0.2,
    """
ja met <F1.flc> ((uhm|eh)) ik ben de nicht van meneer <M1.lc> we hebben de sleutel ((van|)) zijn woning ((op|aan))
de <ADR1> opgehaald bij {o:Staedion} want hij ligt in het {o:HMC} ((sinds|vanaf)) <D1.m> ((eh|)) de
{r:maatschappelijk werker} van het ziekenhuis zei dat jullie ((eh|)) moeten weten ((mijn|m'n)) nummer <TEL1> """,
)


# ======================= C. voicemails from partner organisations =======================
add(
    "vm-partner",
    0.1,
    """
Goedemiddag ((<W9.f>|)), met <W1.fl>, {r:praktijkondersteuner GGZ} bij de huisartsenpraktijk ((hier|)) in {w:Transvaal}. Ik bel over
een gezamenlijke ((cliënt|patiënt)), mevrouw <F1.fl>, geboren <DOB1>. Ze ((is|was)) vanochtend op het spreekuur
geweest en ze maakte ((suïcidale|zorgwekkende)) opmerkingen. Ze gaf toestemming om jullie te bellen. Ik ben
bereikbaar tot vijf uur op <LAND1>, of ((mobiel|mijn mobiel)) <TEL1>. """,
)

add(
    "vm-partner",
    0.15,
    """
Ja goedemorgen ((<W9.f>|)), u spreekt met <W1.f> <W1.l>, {r:woonconsulent} bij <CORP1>. Het gaat over de huurder
<M1.fl> op <ADR1>, <PC1>. ((Er is|Er staat)) inmiddels een huurachterstand van ((vijf|zes)) maanden, ((ruim|bijna))
((vierduizend|drieduizend vijfhonderd)) euro. ((We|Wij)) willen voor <D1.d> een afspraak ((met hem|samen)) anders gaat
het dossier naar de deurwaarder. Ons kenmerk is <DOS1.huur>. Terugbellen op <LAND1> ((toestel|toestelnummer))
((tweehonderdveertien|214)). """,
)

add(
    "vm-partner",
    0.1,
    """
Goedemiddag ((<W9.f>|)), met <W1.fl> van {o:Veilig Thuis} Haaglanden. Ik bel naar aanleiding van een melding die we
((hebben gekregen|binnenkregen)) op <D1.w> over het gezin <F1.l> in {w:Moerwijk}, <ADR1>. Meldingsnummer <DOS1.vt>. Wij
willen graag weten of er vanuit het wijkzorgteam contact is met moeder <F1.f> en de ((kinderen|kids)). Mijn directe
nummer is <TEL1>. Dank u wel. """,
)

add(
    "vm-partner",
    0.2,
    """
((hallo|goedemiddag)) met <W1.f> ((van|bij)) de {o:schuldhulpverlening} van de gemeente ik bel over <M1.fl> ((dossier|))
<DOS1.shv> de intake is ((verplaatst|verzet)) naar <D1.wk> om ((tien over half tien|twee uur)) want de
{r:schuldhulpverlener} is ziek ((kan|kun)) jij dat aan hem doorgeven hij neemt ((zelf|)) niet op ((op|)) <TEL1> mijn
nummer is <TEL2> ((dank je|dankjewel)) """,
)

add(
    "vm-partner",
    0.15,
    """
Goedemiddag ((<W9.f>|)), u spreekt met <W1.fl>, {r:bewindvoerder}. Ik heb ((sinds|per)) <D1> het beschermingsbewind
van mevrouw <F1.fl> (<ADR1>) overgenomen. ((Het|Haar)) leefgeld gaat vanaf nu naar <IBAN1>, de beheerrekening is <IBAN2>.
Wilt u in uw systeem ((haar|)) BSN controleren, ik heb <BSN1> staan. Bereikbaar via <MAILP.W1> of <LAND1>. """,
)

add(
    "vm-partner",
    0.15,
    """
Ja hallo ((<W9.f>|)), met {r:wijkagent} <W1.l>, ((<W1.f> <W1.l>|)) politie {w:Laak}. Ik was vannacht ((bij|op)) de <ADR1> voor
een ((burenruzie|melding overlast)). Meneer <M1.l>, ((eh|)) <M1.fl>, ((was|leek)) erg verward ((en|)) ik maak me zorgen.
((Volgens mij|Ik denk dat)) hebben jullie hem al in beeld. Registratienummer ((bij ons|)) <DOS1.zaak>. Bel me even op <TEL1>. """,
)

add(
    "vm-partner",
    0.1,
    """
Goedemiddag ((<W9.f>|)), met <W1.fl>, {r:transferverpleegkundige} van het {o:HMC} Westeinde. We willen meneer <M1.fl>,
geboortedatum <DOBO1>, ((op|)) <D1.wk> ontslaan. Hij woont alleen op de <ADR1.w> en ((kan|kan nog)) geen trap lopen.
((Er moet|Er is nodig)) thuiszorg en ((eigenlijk|liefst)) een ((hoog-laagbed|tillift)). Kunt u contact opnemen, afdeling
((cardiologie|longziekten)), <LAND1>. """,
)

add(
    "vm-partner",
    0.2,
    """
hoi met <W1.f> van {o:Buurtzorg} ((team {w:Escamp}|team Zuidwest)) ((ja|)) ik bel over mevrouw <F1.l> ((ze|die)) woont op
<ADR1> ((eh|)) we komen daar twee keer per dag voor de ((insuline|steunkousen)) en het huis is ((echt|)) heel vies
aan het worden ((er|)) liggen ((overal|)) vuilniszakken haar zoon <M1.f> komt alleen op de eerste van de maand
als ((haar|de)) AOW binnen is ((kun je|kan je)) terugbellen <TEL1> """,
)

add(
    "vm-partner",
    0.15,
    """
Goedemorgen ((<W9.f>|)), met <W1.fl>, {r:jeugdverpleegkundige} van het {o:CJG} in {w:Bouwlust}. We hebben
((zorgen|signalen)) over de baby van <F1.fl>, <F1b.f>, geboren op <DOBB1.long>. Het gewicht ((blijft|bleef)) achter en
moeder ((lijkt|leek)) erg ((somber|moe)). Ze zei dat ze bij jullie bekend is via <W2.f>. Kunt u mij terugbellen? Mijn nummer
is <TEL1>, of mail naar <MAILP.W1>. """,
)

add(
    "vm-partner",
    0.2,
    """
<ORIG1.syaferso>((ja|)) dag met <W1.fl> van {o:Vluchtelingenwerk} ik bel over de familie <M1.l> uit <CTRY1> ((die|ze)) zijn op <D1.d> in
{w:Leidschenveen} komen wonen <ADR1> vader <M1.f> moeder <F1.f> en drie kinderen de {r:klantmanager} van ((de|))
{o:Sociale Dienst} heeft de aanvraag ((nog niet|niet)) in behandeling ((eh|)) dossier <DOS1> kun ((je|jij))
kijken <TEL1> """,
)

add(
    "vm-partner",
    0.1,
    """
Goedemiddag ((<W9.f>|)), u spreekt met <W1.fl> van het {o:UWV}, afdeling ((WW|Ziektewet)). Ik heb een vraag over ((een|uw))
cliënt ((meneer|de heer)) <M1.il>, BSN <BSN1>, ((wonend|woonachtig)) <ADR1>. Er ((staat|stond)) een afspraak gepland op <D1.d> maar hij is niet
verschenen. Voordat we een maatregel opleggen willen we weten of er ((bijzondere|)) omstandigheden zijn. U kunt mij
bereiken op <LAND1>. Dank u wel. """,
)

add(
    "vm-partner",
    0.2,
    """
((goedemiddag|hallo)) met <W1.f> ((<W1.l>|)) ((eh|)) {r:ambulant begeleider} bij {o:((Brijder|Indigo|PsyQ))} ik bel
over onze ((gezamenlijke|)) cliënt <M1.f> ((eh|)) <M1.l> van de <ADR1.s> hij is ((vorige week|gisteren)) niet
op zijn afspraak ((verschenen|gekomen)) en hij neemt niet op ((op|)) <TEL1> weten jullie iets ((mijn|m'n)) nummer is
<TEL2> ((doei|groetjes)) """,
)

add(
    "vm-partner",
    0.1,
    """
Goedemorgen ((<W9.f>|)), met <W1.fl>, {r:intern begeleider} van {o:basisschool De ((Regenboog|Wilg))} in {w:Schilderswijk}.
((We|Wij)) maken ons zorgen over <M1.f> ((uit groep vijf|uit groep zes)) en zijn zusje <F1b.f>. Ze komen vaak te laat,
zonder ontbijt, en ((de|)) moeder, mevrouw <F1.l>, reageert niet op ((onze|)) brieven. Het adres dat wij hebben is
<ADR1>. Mijn ((nummer|telefoonnummer)) is <LAND1>. """,
)

add(
    "vm-partner",
    0.15,
    """
Ja hallo ((<W9.f>|)), met <W1.f> van {o:Leger des Heils} ((de|)) dagopvang. ((Bij ons|Hier)) zit meneer <M1.fl>, ((hij|die))
zegt dat hij bij jullie een casusregisseur heeft, <W2.fl>. Hij heeft geen ((ID|identiteitsbewijs)) meer, zijn
((BSN|burgerservicenummer)) is <BSN1.w>, ((laatste adres|zijn laatste adres was)) <ADR1>. Kan iemand bellen naar <LAND1>? ((Vandaag|Liefst vandaag)) nog. """,
)

add(
    "vm-partner",
    0.2,
    """
met <W1.fl> {r:consulent} bij {o:Eneco} klantenservice ((het gaat over|over)) de afsluiting ((van|op)) het adres
<ADR1> <PC1.w> klantnummer <DOS1.klant> u had gevraagd om uitstel ((dat|het)) is ((eh|)) goedgekeurd tot
<D1.w> daarna wordt ((er|)) afgesloten ((als|indien)) er geen regeling is ((terugbellen|vragen)) <TEL1> """,
)

add(
    "vm-partner",
    0.1,
    """
Goedemiddag ((<W9.f>|)), met <W1.fl>, {r:sociaal raadsman} bij {o:Sociaal Raadslieden} ((Den Haag|)). Ik heb mevrouw <F1.fl>
geholpen met ((haar|het)) bezwaar tegen de terugvordering, kenmerk <DOS1.szw>. We hebben gewonnen, ((de|)) vordering
vervalt. Het geld wordt ((teruggestort|terugbetaald)) op ((haar|)) rekening <IBAN1>. Wilt u dat aan haar laten weten?
Ze was niet bereikbaar op <TEL1>. """,
)

add(
    "vm-partner",
    0.2,
    """
((ja|)) hallo <W2.f> met <W1.f> ((van|bij)) {o:MEE} ((je weet wel|)) ((over|wat betreft)) <M1.f> met dat LVB verhaal
((eh|)) ik heb hem gesproken ((op|)) <D1.wk> ((hij|)) wil ((wel|toch)) begeleiding ((en|)) hij wil dat zijn ((zus|tante))
<F1.fl> erbij is ((haar|)) nummer <TEL1> ((mijn|m'n)) nummer heb je ((toch|))
groetjes """,
)

add(
    "vm-partner",
    0.15,
    """
Goedemiddag ((<W9.f>|)), met het ((secretariaat|secretariaat van het)) {o:Juridisch Loket}, <W1.fl>. Er ((is|was)) hier een
mevrouw <F1.l> ((geweest|langs geweest)), <F1.fl>, met vragen over haar ontslag. Ze gaf aan ((dat|)) <W2.fl> van
het wijkteam haar begeleidt. Haar mailadres is <MAIL.F1>, telefoon <TEL1>. Wilt u contact met haar ((opnemen|zoeken))? """,
)

add(
    "vm-partner",
    0.2,
    """
hallo met <W1.f> {r:thuisbegeleider} ((van|bij)) {o:((Cardia|Saffier|Respect Zorggroep))} ((even|)) een update mevrouw
<F1.l> ((kamer|appartement)) ((twaalf|veertien)) heeft vandaag ((de|)) {r:ergotherapeut} gehad voor ((de|een))
scootmobiel ((en|)) ((de|)) aanvraag is verstuurd naar het {o:Wmo-loket} ((op|)) <D1.w> ((dus|)) kijk even
((of|wanneer)) het binnen komt groetjes """,
)

add(
    "vm-partner",
    0.1,
    """
Dag, ((met|u spreekt met)) <W1.fl>, {r:klantmanager} ((werk en inkomen|bij de {o:Sociale Dienst})). Ik ((zoek|probeer te
bereiken)) de {r:casusregisseur} van ((meneer|de heer)) <M1.fl>, cliëntnummer <DOS1.klant>. ((Zijn|De)) uitkering is
((opgeschort|stopgezet)) omdat ((hij niet heeft gereageerd|er geen reactie kwam)) op de heronderzoeksbrief van
<D1.d>. Bellen naar <LAND1>. """,
)

add(
    "vm-partner",
    0.2,
    """
<ORIG1.trmahssrcvannl>goedemiddag <W1.fl> {r:ouderenconsulent} ((bij|van)) {o:Vóór Welzijn} ((ik|)) ben gisteren ((op huisbezoek|langs
geweest)) bij ((het echtpaar|de heer en mevrouw)) <M1.l> <ADR1> meneer is ((eenennegentig|drieënnegentig))
mevrouw <F1.f> ((achtentachtig|zevenentachtig)) ((het|)) gaat niet meer ((thuis|samen)) ((de|)) kinderen wonen
in <CTRY1> ((graag|)) overleg in het MDO van <D1.wk> <TEL1> """,
)

add(
    "vm-partner",
    0.15,
    """
Goedemiddag ((<W9.f>|)), met <W1.fl> van de {o:GGD} Haaglanden, ((team|)) ((bemoeizorg|OGGZ)). We ((hebben|kregen)) een melding
((over|vanwege)) ((ernstige|)) vervuiling op <ADR1>, ((de|)) bewoner is meneer <M1.l>, ((geboren|geb.))
<DOB1.d>. ((Wij|We)) gaan er <D1.wk> langs ((met|samen met)) de woningcorporatie. Is er iemand van het SWT die
mee ((wil|kan))? ((Bel|Bel maar)) <TEL1>. """,
)


# ======================= D. dictated reports after home visits =======================
add(
    "dict",
    0.1,
    """
verslag huisbezoek punt datum <D1.d> punt aanwezig mevrouw <F1.fl> komma haar dochter <F1b.f> en
ondergetekende nieuwe regel mevrouw woont ((sinds|vanaf)) ((tweeduizend negentien|2019)) op de <ADR1> ((in|)) {w:Moerwijk}
((drie hoog|twee hoog)) zonder lift punt ze heeft ((COPD|artrose)) en komt de trap niet meer af punt
((dochter|de dochter)) doet de boodschappen maar werkt fulltime punt nieuwe regel afspraak colon ((eh|)) dubbele punt
aanvraag {o:Wmo-loket} voor ((traplift|verhuisindicatie)) komma contact {r:huisarts} ((eh|)) dokter <W2.l> punt einde
verslag <W1.f> ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
Intake ((SWT|sociaal wijkzorgteam)) {w:Schilderswijk}, ((dictaat|gedicteerd)) <W1.fl>. ¶
Personalia: naam <M1.fl>, geboortedatum <DOB1>, BSN <BSN1>, adres <ADR1>, <PC1> Den Haag, telefoon <TEL1>,
e-mail <MAIL.M1>. ¶ Rekeningnummer ((voor de bijstand|voor de toeslag)) <IBAN1>. ¶
Aanleiding: verwezen door {o:Servicepunt XL} ((vanwege|ivm)) schulden en dreigende huisuitzetting. Meneer is
alleenstaand, ((één|een)) zoon <M1b.f> van ((negen|elf)) die om het weekend komt.
Toestemmingsverklaring getekend <D1.d>. """,
)

add(
    "dict",
    0.15,
    """
ok ((eh|)) verslag van het huisbezoek bij <F1.lc> ((ja|)) <F1.fl> (<ADR1>) op <D1.wk> ((samen met|met)) <W2.f> van
{o:Haag Wonen} punt we hebben ((aangebeld|geklopt)) maar er werd niet opengedaan punt de buurman meneer <M2.l> zegt
dat ze er wel is ((maar|en)) dat ze ((niemand|geen mensen)) binnenlaat punt ((nieuwe alinea|nieuwe regel)) we hebben
een briefje door de bus gedaan met mijn nummer <TEL1> punt ((volgende poging|volgende keer)) over ((een week|twee
weken)) bemoeizorg inschakelen via {o:GGD} ((als|indien)) geen reactie punt ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
Huisbezoek <D1.w> bij meneer en mevrouw <M1.l>, <ADR1>. Aanwezig: meneer <M1.fl>, mevrouw <F1.fl>, de
{r:casemanager dementie} <W2.fl> en ik. Meneer heeft ((vergevorderde|beginnende)) alzheimer, mevrouw is ((hoofd|))
mantelzorger en zegt ((letterlijk|)) quote ik kan niet meer unquote. ((Punt.|)) De kinderen, <M1b.f> en <F1b.f>, wonen
in ((Rotterdam|Utrecht)) en komen ((eens per maand|in het weekend)). Afspraak: dagbesteding ((drie|twee)) dagen per
week bij {o:Florence}, ((indicatie|aanvraag)) loopt onder <DOS1.wmo>. Evaluatie over zes weken. """,
)

add(
    "dict",
    0.2,
    """
telefoonnotitie <D1.m> ((eh|)) gebeld met ((mevrouw|)) <F2.fl> van {o:Schuldhulpmaatje} over ((cliënt|meneer))
<M1.l> <M1.sp> ((ja|)) het vrijwilligersmaatje ((komt|start)) <D2.wk> ((eerste keer|eerste afspraak)) ((bij
hem|thuis)) op <ADR1.w> ((punt|)) ((ik|)) heb meneer gebeld ((op|)) <TEL1> ((maar|)) voicemail ((ingesproken|
ingesproken punt)) ((einde notitie|einde)) ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
Verslag <W1.f> <W1.l>, {r:maatschappelijk werker}. Huisbezoek bij <F1.fl> ((in|)) {w:Transvaal}, <ADR1>.
((Mevrouw|Cliënte)) is ((tweeëndertig|negenentwintig)), ((alleenstaande|alleen)) moeder van <M1.f>, ((zeven|acht)) jaar, en
<F1b.f>, ((vier|drie)) jaar. Ex-partner <M2.fl> heeft een contactverbod sinds <D1.d>. Zaak bekend bij {o:Veilig Thuis},
nummer <DOS1.vt>. ((Mevrouw|Ze)) ((oogt|lijkt)) ((stabieler|rustiger)), kinderen gaan naar school. Volgende afspraak
<D2.wk>. ((Nieuwe regel|Punt.)) Mevrouw vraagt of ((haar|het)) adres geheim kan blijven ((bij de gemeente|in de BRP)). """,
)

add(
    "dict",
    0.15,
    """
dictaat ((eh|)) casus <M1.f> ((<M1.l>|)) ((nee wacht|)) voor het MDO van <D1.w> punt ((aanwezig|aanwezigen)) dubbele punt
<W1.f> {r:wijkverpleegkundige} komma <W2.f> {r:MEE-consulent} komma <W3.fl> {r:Wmo-adviseur} komma ondergetekende
punt nieuwe regel ((meneer|cliënt)) woont ((begeleid|zelfstandig)) op <ADR1> komma LVB komma ((schulden|forse
schulden)) ongeveer ((negenduizend|achtduizend)) euro punt ((besloten|afspraak)) dubbele punt aanmelding
{r:bewindvoerder} ((en|plus)) {o:MEE} ((begeleiding|ondersteuning)) punt ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
<ORIG1.erso><ORIG2.erso>Eerste gesprek met mevrouw <F1.fl>, ((afkomstig|oorspronkelijk)) uit <CTRY1>, sinds ((twee|drie)) jaar in
Nederland. Tolk via de telefoon. Mevrouw woont met haar zoon <M1.f> in {w:Zuiderpark}, ((eh|)) nee
in {w:Moerwijk}, <ADR1>, <PC1>. Vader van het kind, <M2.fl>, woont nog in ((een kamp|Ethiopië)). Mevrouw heeft
((brieven|post)) die ze niet begrijpt: {o:DUO}, {o:Belastingdienst}, ((inburgering|de gemeente)). Haar BSN ((is|))
<BSN1>, haar nummer <TEL1>. Toestemming getekend <D1.d>. Plan: ((wekelijks|elke week)) post doornemen. """,
)

add(
    "dict",
    0.2,
    """
((oké|ok)) verslag ((van|)) vandaag ((eh|)) <D1.d> bij <M1.flc> <M1.lc> ((in|)) {w:bouwlust} ((de|het)) huis
((is|was)) ((behoorlijk|erg)) vervuild ((katten|vier katten)) ((overal|)) ((afval|vuil)) ((meneer|hij)) wil geen
opruimhulp ((maar|wel)) ((wel|)) hulp met ((zijn|de)) administratie ((hij|)) heeft ((een|)) achterstand bij
{o:Dunea} ((en|)) {o:Eneco} ((eh|)) ((afgesproken|afspraak)) ((volgende week|over een week)) met <W2.f> van
((de|)) {o:GGD} ((nummer|telefoon)) meneer <TEL1> ((klaar|einde)) ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
Afsluitend verslag casus <DOS1>, ((cliënt|cliënte)) <F1.il>, <ADR1>. ((Start|Gestart)) <D1.d>, ((afgesloten|afsluiting)) <D2.d>.
Doelen ((behaald|gehaald)): schulden ((onder|in)) {o:schuldhulpverlening} ((met|bij)) dossier <DOS2.shv>, huurachterstand
((bij|met)) <CORP1> ((opgelost|getroffen regeling)), ((zoon|kind)) <M1.f> naar ((dagbesteding|school)). Mevrouw weet ons te
vinden. Warme overdracht aan <W2.fl> ((van|bij)) {o:Zebra Welzijn}. <W1.fl>, {r:casusregisseur}. """,
)

add(
    "dict",
    0.15,
    """
verslag ((huisbezoek|HB)) ((eh|)) <D1.m> ((ja|)) mevrouw <F1.l> ((dat|)) is <F1.sp> ((nieuwe regel|)) mevrouw is
((vijfenzeventig|achtenzeventig)) ((en|)) ((weduwe|weduwe sinds vorig jaar)) ((eh|)) ze voelt zich ((erg|heel)) eenzaam
((punt|)) ((heeft|had)) contact met ((haar|)) nicht <F2.fl> ((in|uit)) {w:Scheveningen} ((maar|)) die is
((verhuisd|ziek)) ((punt|)) afspraak {o:Humanitas} ((maatje|bezoekvrijwilliger)) ((aanvragen|aangevraagd)) ((en|)) elke
((dinsdag|donderdag)) koffieochtend ((in|)) {o:((wijkcentrum|buurthuis)) De Boog} ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
Rapportage <D1.wk>, {r:Wmo-adviseur} <W1.fl>. Keukentafelgesprek bij meneer <M1.fl>, <ADR1.w>, <PC1>.
Meneer ((is|zit)) sinds ((een|een half)) jaar in een rolstoel na ((een|zijn)) amputatie. Woning ((is|)) niet
aangepast: drempels, badkamer ((met|en)) bad. Zoon <M1b.fl> ((was|is)) aanwezig en ((helpt met|doet))  de ((was|administratie)).
Aanvraag ((woningaanpassing|douchestoel en drempelhulpen)) ((ingediend|ingevoerd)), aanvraagnummer <DOS1.wmo>. Contact zoon:
<TEL1>, <MAIL.M1b>. """,
)

add(
    "dict",
    0.2,
    """
((ja|)) dit is een ((eh|)) korte notitie ((na|van)) het huisbezoek bij ((de familie|familie)) <M1.l> ((op|)) <D1.w>
((punt|)) ((vader|meneer)) <M1.f> ((was|is)) niet thuis ((punt|)) moeder <F1.f> ((vertelde|zei)) dat hij ((al|))
((weken|twee weken)) bij ((zijn|een)) ((broer|neef)) ((slaapt|logeert)) ((in|)) ((Rijswijk|Zoetermeer)) ((punt|)) ((de|))
kinderen <M1b.f> <F1b.f> ((en|)) <M1c.f> ((zijn|)) ((gezond|oké)) ((maar|)) er is geen eten ((punt|))
voedselbankverwijzing ((gemaakt|geregeld)) ((punt|)) ((einde|)) ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
Verslag {r:casusregisseur}, <W1.fl>, <D1.d>. Bemoeizorgcasus <M1.fl>, ((geboren|geb.)) <DOB1>, ((ingeschreven|staat
ingeschreven)) op <ADR1> ((maar|doch)) verblijft ((wisselend|afwisselend)) bij vrienden ((en|)) in de nachtopvang van
{o:Kessler Stichting}. ((Contact|Telefonisch contact)) ((alleen|enkel)) via ((zijn|de)) moeder <F1.fl>, <TEL1>. Hij
((heeft|had)) geen ((inkomen|uitkering)) sinds <D2.m>. ((Actie|Acties)): postadres ((regelen|aanvragen)), ((BSN|ID))
((opvragen|herstellen)), {o:GGZ} consult ((via|bij)) {o:Parnassia}. """,
)

add(
    "dict",
    0.15,
    """
telefonisch ((contact|gesprek)) ((met|)) <F1.fl> ((op|)) <D1.wk> ((om|rond)) ((tien|elf)) uur ((punt|)) ((ze|mevrouw))
((geeft|gaf)) ((door|aan)) dat haar ((nieuwe|)) ((e-mailadres|mailadres)) ((is|)) <MAILW.F1> ((punt|)) en ((dat|))
((ze|)) ((is verhuisd|verhuisd is)) naar <ADR1.w> <PC1.w> ((punt|)) adres ((aangepast|gewijzigd)) in ((het|))
((systeem|dossier)) <DOS1> ((punt|)) ((einde|klaar)) ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
<ORIG1.nl>Huisbezoek <D1.m>, {w:Duindorp}. Meneer <M1.l>, ((eenenzestig|zesenvijftig)), ((visser|oud-visser)) ((geweest|van beroep)),
((sinds|na)) ((het|zijn)) ((ongeluk|ontslag)) ((thuis|werkloos)). Hij drinkt ((fors|veel)), ((partner|vrouw)) <F1.f> is
((vertrokken|weg)). ((Huis|De woning)) op <ADR1> staat op ((zijn|haar)) naam, ((huur|de huur)) ((wordt|werd)) niet
betaald. ((Dochter|Zijn dochter)) <F1b.fl> ((woont|zit)) in {w:Scheveningen} en ((wil graag helpen|is bereid te helpen)):
<TEL1>. Verwijzing {o:Brijder} ((besproken|bespreekbaar gemaakt)), meneer ((twijfelt|houdt af)). """,
)

add(
    "dict",
    0.2,
    """
<ORIG1.syaf>((eh|)) verslag ((na|van)) ((het|)) ((eerste|)) gesprek ((met|bij)) ((de|)) familie <M1.l> ((nieuw|nieuwe)) statushouders
((uit|van)) <CTRY1> ((in|)) {w:Ypenburg} <ADR1> ((punt|)) ((vader|meneer)) <M1.f> ((moeder|mevrouw)) <F1.f>
((en|)) ((vier|drie)) kinderen ((punt|)) ((oudste|de oudste)) <M1b.f> ((is|)) ((zestien|vijftien)) ((en|)) ((vertaalt|tolkt))
((punt|)) ((vragen|hulpvragen)) ((dubbele punt|)) ((zorgtoeslag|toeslagen)) ((huisarts|inschrijving huisarts)) ((school|))
((punt|)) ((moeder|mevrouw)) BSN <BSN1> ((vader|meneer)) BSN <BSN2> ((punt|)) ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
Terugkoppeling aan <W2.f> ((na|naar aanleiding van)) ons overleg: ik ben ((langs geweest bij|op huisbezoek geweest bij)) mevrouw
<F1.fl> op de <ADR1>. Haar ((zoon|kleinzoon)) <M1.f> doet ((haar bankzaken|de financiën)) en er gaat ((maandelijks|elke maand))
geld van haar rekening <IBAN1> naar een rekening van hem, ((ongeveer|rond de)) ((driehonderd|vierhonderd)) euro. ((Signaal|Vermoeden))
van financieel misbruik. ((Besproken|Overlegd)) met {o:Veilig Thuis}, ((anoniem|zonder naam)), advies volgt. Mevrouw ((wil er zelf niks over zeggen|wil hem niet kwijt)). """,
)

add(
    "dict",
    0.15,
    """
((ja|)) ((korte|)) aantekening ((na|van)) het ((overleg|gesprek)) ((met|bij)) {o:Staedion} ((op|)) <D1.d> ((punt|)) ((het|))
((huurcontract|contract)) ((van|)) <F1.fl> ((nummer|contractnummer)) <DOS1.huur> ((wordt|wordt niet)) ((ontbonden|opgezegd))
((mits|als)) ((ze|mevrouw)) ((vanaf|per)) <D2.m> ((elke maand|maandelijks)) ((vijftig|zeventig)) euro ((extra|aflost))
((punt|)) ((automatische|)) ((incasso|machtiging)) ((van|op)) <IBAN1> ((punt|)) ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
Rapportage {r:welzijnscoach} <W1.f>, {o:Stichting Mooi}. Mevrouw <F1.l> ((uit|in)) {w:Spoorwijk}, <ADR1>, <PC1>,
((is|was)) ((vandaag|vanmiddag)) ((meegegaan|mee geweest)) naar de ((taalcafé|naaiochtend)) in het wijkcentrum. Ze
((heeft|had)) daar ((een|)) ((buurvrouw|kennis)) ((ontmoet|getroffen)), <F2.f> <F2.l>, ((die|en die)) ook net in de wijk
woont. Ze ((gaan|willen)) samen ((fietsles|zwemles)) doen. Mooie stap! ((Volgende|Volgend)) contact <D1.wk>. """,
)

add(
    "dict",
    0.2,
    """
((oké|ok)) ((dan|)) ((het|)) verslag ((van|voor)) <M1.f> <M1.l> ((eh|)) <M1.l> ((met|)) ((een|)) ((dubbele|)) ((punt|))
((nee|)) ((geen punt|)) ((dat|)) ((is|)) <M1.sp> ((sorry|)) ((nieuwe regel|)) ((geboren|geboortedatum)) <DOB1.w> ((komma|))
((woont|wonend)) ((op|)) <ADR1.w> ((in|)) {w:Regentessekwartier} ((punt|)) ((aanmelding|aangemeld)) ((via|door))
{r:huisarts} ((wegens|vanwege)) ((somberheid|depressieve klachten)) ((en|)) ((werkloosheid|geldzorgen)) ((Gedicteerd door <W8.fl>.|groet <W8.f>|<W8.f>, {r:maatschappelijk werker}.)) """,
)

add(
    "dict",
    0.1,
    """
Verslag gezamenlijk huisbezoek met {r:jongerenwerker} <W2.fl> ((van|bij)) {o:Xtra}. Jongvolwassene <M1.fl>,
((negentien|twintig)) jaar, woont ((nog|)) bij ((moeder|zijn moeder)) <F1.fl> op <ADR1>. ((Geen|Zonder)) startkwalificatie,
((blowt|gebruikt)) dagelijks. Hij wil ((werk|een baan)) en ((ook|)) een eigen kamer. Afspraken: ((inschrijven|
inschrijving)) ((bij|via)) het {o:Jongerenloket}, ((aanmelding|aanmelden)) {o:UWV} ((werkcoach|)). ((Telefoon|Tel.))
<M1.f>: <TEL1>. ((Moeder|Mevrouw)): <TEL2>. """,
)


# ======================= E. mixed: headers, timestamps, speaker labels, corrections =======================
add(
    "vm-client",
    0,
    """
Voicemail van <TEL1.d> ¶ Ontvangen: <D1.hdr> 09:14 · duur 0:38 ¶ Transcriptie (automatisch, kan fouten bevatten): ¶
"ja goedemorgen met <F1.fl> ik bel omdat ik ((vanochtend|gisteren)) een brief kreeg dat mijn ((Wmo|huishoudelijke hulp))
stopt per <D2.m> ik wil bezwaar maken maar ik weet niet hoe ((mijn|m'n)) nummer is dit nummer ((dank u|dag))" """,
)

add(
    "vm-partner",
    0,
    """
Voicemail van <LAND1.d> ¶ <D1.hdr> 16:52 · 1:04 ¶
"goedemiddag met <W1.fl> van {o:Sensoor} nee {o:Humanitas} sorry het is een lange dag ((eh|)) ik bel over de aanmelding
voor een maatje voor meneer <M1.fl> op <ADR1> we hebben een vrijwilliger gevonden ((mevrouw|)) <F2.l> die kan vanaf
<D2.m> ((belt u mij terug op dit nummer|bel me maar terug)) ((dank u|fijne dag))" """,
)

add(
    "tel",
    0.1,
    """
[00:00:03] Spreker 1: Met het sociaal wijkzorgteam {w:Laak}, u spreekt met <W1.f>. ¶
[00:00:06] Spreker 2: Ja hallo, met <M1.fl>, ik ((eh|)) ik heb een vraag over mijn ((huurtoeslag|zorgtoeslag)). ¶
[00:00:12] Spreker 1: Wat is uw geboortedatum meneer? ¶
[00:00:14] Spreker 2: <DOB1.w>. ¶
[00:00:18] Spreker 1: En ((uw|het)) adres? ¶
[00:00:20] Spreker 2: <ADR1.w>, ((eh|)) postcode <PC1.w>. ¶
[00:00:27] Spreker 1: Dank u. Ik zie dat <W2.f> uw ((contactpersoon|vaste contactpersoon)) is, ik ((laat|vraag of)) die u terugbelt. """,
)

add(
    "vm-client",
    0.2,
    """
met <F1.f> <EH> bel ((me|mij)) even terug <TEL1> """,
)

add(
    "vm-client",
    0.2,
    """
((hallo|ja)) <W1.f> met <M1.f> ik ben er ((morgen|vrijdag)) niet ((bel|bellen)) ((jij|je)) <TEL1.w> ((doei|ciao)) """,
)

add(
    "vm-family",
    0.2,
    """
((ja|)) met <F1.fl> de moeder van <M1.f> ((eh|)) het nummer van de {r:jongerenwerker} is toch <TEL1> of was het
<TEL2> ik weet het niet meer ((belt u|bel)) me even ((terug|)) """,
)

add(
    "vm-client",
    0.15,
    """
Goedemiddag, met <F1.fl>. Ik moest van <W1.f> mijn rekeningnummer doorgeven voor de ((vergoeding|teruggave)). Het is
<IBAN1.w>, ((nee wacht|ho wacht|nee sorry)), ((ik begin opnieuw|opnieuw)): <IBAN1.d>. Op naam van <F1.il>. Dank u. """,
)

add(
    "dict",
    0.1,
    """
Verslag <D1.d>. Mevrouw <F1.split> nee ((spellen|spelling)): <F1.sp>, ((nieuwe regel|)) woonachtig <ADR1>,
{w:Laakkwartier}. Mevrouw is ((vierenzestig|negenenvijftig)) en heeft ((een beroerte|een CVA)) gehad in ((maart|het voorjaar)).
Ze woont samen met haar ((man|partner)) <M1.f>, die zelf ((hartpatiënt|ook ziek)) is. Thuiszorg via {o:Buurtzorg}. Hulpvraag:
((mantelzorgondersteuning|respijtzorg)) en ((een aangepaste woning|een aangepaste badkamer)). Contact <TEL1>. """,
)

add(
    "vm-partner",
    0.2,
    """
goedemiddag met <W1.fl> {r:huisarts} in {w:Bezuidenhout} ik bel over meneer <M1.split> geboren <DOB1> hij is
((vandaag|vanmorgen)) op het spreekuur geweest ((met|vanwege)) ((fors|ernstig)) gewichtsverlies hij eet ((bijna|)) niet meer en
hij ((woont|is)) alleen ((kunnen|kan)) jullie ((langsgaan|even langs)) mijn directe lijn is <LAND1> """,
)

add(
    "tel",
    0.1,
    """
Telefoonnotitie <D1.d>, ((ingesproken|gedicteerd)) door <W1.f>. Gebeld door mevrouw <F2.fl> namens {o:Zilveren Kruis}:
de ((polis|zorgverzekering)) van <M1.fl> (<ADR1>) wordt beëindigd per <D2.d> wegens een ((betalingsachterstand|premieachterstand)) van
((zes|acht)) maanden. Relatienummer <DOS1.klant>. Actie: meneer bellen op <TEL1> en aanmelden bij het {o:CAK} voor de
wanbetalersregeling. """,
)

add(
    "vm-client",
    0.2,
    """
hallo goedemiddag met mevrouw <F1.l> <F1.alpha> ik woon op de <ADR1> en mijn buurman <M2.f> van hiernaast zei dat ik
u moest bellen over de ((schimmel|lekkage)) in de ((badkamer|slaapkamer)) want {o:Vestia} doet niks en mijn ((kleinkind|dochter))
heeft astma mijn nummer is <LAND1.w> """,
)

add(
    "dict",
    0.15,
    """
ok verslag van <D1.wkd> ((eh|)) nee <D1.d> sorry bij meneer <M1.fl> op de <ADR1> in {w:Rustenburg} punt meneer had de post
((klaargelegd|verzameld)) punt achterstanden bij {o:DSW} en boetes van de {o:HTM} en het {o:CJIB} met kenmerk
<DOS1.w> punt volgende stap aanmelding {o:schuldhulpverlening} punt meneer ((vindt het moeilijk|schaamt zich)) komma wil niet
dat ((zijn dochter|zijn broer)) het weet punt """,
)

add(
    "vm-family",
    0.15,
    """
Dag, met <F1.fl>, de ((oudste|)) dochter van meneer <M1.fl>. Mijn vader is <DOBO1.w> geboren, hij woont op <ADR1> en u
hebt hem een brief gestuurd voor ((een herindicatie|een keukentafelgesprek)) op <D1.wk>. Wij kunnen die dag niet. Kan het
verzet worden naar <D2.m> of daarna? Mijn nummer is <TEL1>. ((Dank u wel|Bedankt)). """,
)

add(
    "vm-partner",
    0.15,
    """
Goedemiddag, u spreekt met <W1.fl>, {r:ambulant begeleider} bij de {o:Kessler Stichting}. Ik bel voor meneer <M1.fl>,
u kent hem van de nachtopvang. Hij kan per <D1.m> naar een ((Skaeve Huse woning|plek in begeleid wonen)) op de <ADR1.n>.
Alleen heeft hij ((nog|)) geen bankrekening, zijn oude rekening is geblokkeerd. Kunt u helpen met de aanvraag? Bel me op <TEL1>. """,
)

add(
    "dict",
    0.1,
    """
Aantekening MDO {w:Mariahoeve}, <D1.d>. Casus 1: mevrouw <F1.fl>. Casus 2: meneer <M2.fl>. ¶
Ad 1: valincident op <D2.m>, ((dochter|kleindochter)) <F1b.f> vraagt ((opname|verpleeghuis)). Mevrouw wil thuis blijven. ¶
Ad 2: ((huurachterstand|schulden)) bij {o:Staedion}, bewind ((aangevraagd|loopt)) onder <DOS1.bw>. ¶
Aanwezig: <W1.f> ({r:ouderenconsulent}), <W2.f> ({r:wijkverpleegkundige}), <W3.f> ({r:casemanager dementie}). """,
)

add(
    "vm-client",
    0.2,
    """
((hallo|hoi)) met <M1.fl> ik ((heb|had)) een vraag ik moet mijn ((BSN|burgerservicenummer)) doorgeven voor de
((aanvraag|formulieren)) ((het is|dat is)) <BSN1.g> en van mijn ((vrouw|partner)) <F1.f> ((is het|)) <BSN2.w> ((moet dat|moet
dat ook)) ((naar|bij)) ((jullie|de gemeente)) ((doei|dag)) """,
)

add(
    "vm-partner",
    0.1,
    """
Goedemorgen, met <W1.fl>, ((griffiemedewerker|medewerker)) van de {o:Rechtbank Den Haag}, team kanton. Wij missen nog het
((budgetplan|plan van aanpak)) in de ((zaak|procedure)) van mevrouw <F1.fl>, zaaknummer <DOS1.zaak>. De zitting staat
op <D1.w>. ((Kunt|Wilt)) u dit ((vóór|uiterlijk)) <D2.m> toesturen? Bellen kan ook, <LAND1>. """,
)

add(
    "dict",
    0.2,
    """
<D1.d> notitie bij <F1.flc> en <M1.flc> in {w:houtwijk} ((eh|)) de jongste <M1b.flc> heeft ((autisme|ADHD)) en zit
((al maanden|sinds de zomer)) thuis zonder school punt ouders ((uitgeput|zijn op)) punt {o:CJG} ingeschakeld en
{r:leerplichtambtenaar} ((gebeld|gemaild)) punt vader mobiel <TEL1> punt """,
)

add(
    "vm-family",
    0.2,
    """
ja met <M2.fl> de ((buurman|overbuurman)) van meneer <M1.l> die ((oudere|oude)) meneer van de <ADR1> hij is
((vanochtend|gisteren)) met de ambulance ((opgehaald|meegenomen)) en zijn ((hond|kat)) zit nog binnen ik heb een
reservesleutel ((bel|belt u)) me maar <TEL1> """,
)

add(
    "tel",
    0.1,
    """
Telefoonnotitie. Gebeld door meneer <M1.fl> op <D1.wk>. Meneer wil ((inzage in|een kopie van)) zijn dossier <DOS1>.
Uitgelegd dat dit ((schriftelijk moet|via een formulier gaat)). Hij gaf zijn ((adres|postadres)) door: <ADR1>, <PC1>, en
mailadres <MAIL.M1>. Formulier ((verstuurd|opgestuurd)) op <D2.m>. <W1.f>. """,
)


# ======================= F. longer dictations and rambling voicemails =======================
add(
    "dict",
    0.1,
    """
Tijdlijn casus <F1.fl>, ((opgesteld|gedicteerd)) door <W1.fl>, {r:casusregisseur} {w:Escamp}. ¶
<D1.d> aanmelding via {o:Servicepunt XL}, mevrouw kwam met een ((stapel|tas vol)) brieven. ¶
<D2.d> eerste huisbezoek op de <ADR1>, toestemmingsverklaring getekend. ¶
<D3.m> gesprek met {o:Haag Wonen}, huurachterstand ((ruim|bijna)) ((tweeduizend|drieduizend)) euro, kenmerk <DOS1.huur>. ¶
<D4.m> aanmelding {o:schuldhulpverlening}, dossier <DOS2.shv>. ¶
<D5.wk> ((crisis|escalatie)): ((ex-partner|ex)) <M2.f> stond voor de deur, politie gebeld, melding {o:Veilig Thuis}. ¶
Stand nu: mevrouw is ((rustiger|stabieler)), de kinderen <M1.f> en <F1b.f> zijn weer naar school. Volgende evaluatie over ((zes|acht)) weken. """,
)

add(
    "vm-client",
    0.15,
    """
Ja goedemorgen, u spreekt met mevrouw <F1.l>, <F1.fl>, ik ben ((eenentachtig|drieëntachtig)) ((hoor|)) dus u moet een
beetje geduld hebben. Ik bel omdat mijn ((zoon|neef)) <M1.f> zei dat ik u moest bellen. ((Eh|Nou)), ik woon al ((vijftig|
zestig)) jaar op de <ADR1.w>, in {w:Bomen- en Bloemenbuurt}, en nu zegt de ((huisbaas|verhuurder)) dat ik eruit moet voor
de renovatie. Per <D1.w>. Ik ((weet|snap)) niet waar ik heen moet. Mijn man <M2.f> is ((al|)) overleden in ((tweeduizend
twaalf|2012)), ((ik heb niemand|er is niemand meer)). Mijn ((dokter|huisarts)) is dokter <W1.l>, die kent mij goed. Mijn
telefoonnummer is <LAND1.w>, ((ik herhaal|nog een keer)), <LAND1.d>. En ((mijn|)) postcode ((is|)) <PC1.w>. Dank u wel, hoor,
((dag|tot ziens)). """,
)

add(
    "dict",
    0.1,
    """
Verslag MDO <D1.d>, locatie wijkcentrum {w:Transvaal}. ¶
Aanwezig: <W1.fl> ({r:casusregisseur}), <W2.fl> ({r:wijkverpleegkundige}), <W3.fl> ({r:schuldhulpverlener}),
<W4.f> ((van|namens)) {o:Parnassia}. ¶
Casus: meneer <M1.fl>, <DOB1>, <ADR1>. Meneer ((heeft|kampt met)) een psychotische kwetsbaarheid en ((schulden|
forse schulden)) van ((ongeveer|circa)) ((veertienduizend|achttienduizend)) euro. Hij ((mijdt|weigert)) zorg. ¶
Afspraken: <W2.f> ((gaat|komt)) ((wekelijks|twee keer per week)) langs voor de medicatie. <W3.f> neemt contact op met
((de|)) {o:Sociale Dienst} over ((de|een)) beslagvrije voet, klantnummer <DOS1.klant>. <W4.f> ((probeert|regelt)) een
((consult|afspraak)) met de {r:psychiater} ((vóór|voor)) <D2.m>. Volgende MDO <D3.wk>. """,
)

add(
    "dict",
    0.1,
    """
Intake echtpaar <M1.l>, dictaat <D1.d>. ¶
Meneer <M1.fl>, geboren <DOBO1>, BSN <BSN1>. Mevrouw <F1.fl>, geboren <DOBO2>, BSN <BSN2>. Adres <ADR1>, <PC1>.
Telefoon <LAND1>, mobiel ((dochter|zoon)) <TEL1>. Gezamenlijke rekening <IBAN1>. ¶
((Meneer|Mevrouw)) is ((na een val|sinds de operatie)) ((rolstoelafhankelijk|slecht ter been)), ((de|)) partner is ((hoofdmantelzorger|de
mantelzorger)) en ((oogt|is)) ((overbelast|uitgeput)). Hulpvraag: huishoudelijke ondersteuning via het {o:Wmo-loket},
((dagbesteding|respijtzorg)) en hulp bij de ((administratie|post)). Toestemming ((beiden|van beiden)) getekend. """,
)

add(
    "vm-partner",
    0.1,
    """
Goedemiddag, met <W1.fl>, {r:woonconsulent} van <CORP1>. Ik ((bel|spreek in)) over mevrouw <F1.fl> op de <ADR1>. Even de
((geschiedenis|voorgeschiedenis)): op <D1.w> hebben we ((de eerste|een)) klacht gehad over ((geluidsoverlast|stankoverlast)), op
<D2.w> een tweede. ((Toen|Daarna)) is er op <D3.d> een ((gesprek|buurtbemiddelingsgesprek)) geweest, maar mevrouw kwam niet.
((Nu|Inmiddels)) is er ((ook|)) een huurachterstand. ((We|Wij)) willen niet meteen naar de rechter, dus ((graag|liefst))
samen een huisbezoek. Ons dossiernummer is <DOS1.huur>. Mijn nummer <TEL1>, of mailen naar <MAILP.W1>. """,
)

add(
    "dict",
    0.1,
    """
((Verslag|Dictaat)) huisbezoek <D1.wk>, mevrouw <F1.fl>, <ADR1>. Nieuwe regel. Mevrouw was ((goed|redelijk)) gehumeurd
((vandaag|deze keer)) punt ze heeft ((de|haar)) post ((zelf|)) geopend komma ((dat is|en dat is)) ((winst|vooruitgang)) punt
((er|)) lag een brief van het {o:CAK} ((met|)) nummer <DOS1.w>, nee ((schrap|streep)) dat, het ((is|was)) het klantnummer
van {o:Eneco} punt nieuwe regel ((haar|)) dochter <F1b.f> ((is|was)) er ((ook|even)) bij komma die ((woont|zit)) in
((Leiden|Zoetermeer)) en ((komt|belt)) ((elke|iedere)) ((zondag|week)) punt ((afspraak|volgende afspraak)) <D2.wk> punt """,
)

add(
    "dict",
    0.1,
    """
Overdracht aan {o:Veilig Thuis}, ((ingesproken|gedicteerd)) <D1.d> door <W1.fl>. ¶
Gezin: moeder <F1.fl>, <DOBP1>. Kinderen: <M1.f>, geboren <DOBK1>, en <F1b.f>, geboren <DOBK2>. Vader <M2.fl>, ((woont|verblijft))
((elders|bij zijn ouders)). Adres gezin: <ADR1>, {w:Spoorwijk}. ¶
Zorgen: ((herhaald|meermaals)) ((huiselijk geweld|geweld tussen de ouders)) ((in het bijzijn van|waar)) de kinderen ((bij|)).
((School|De school)) meldde op <D2.m> dat <M1.f> ((blauwe plekken|een blauw oog)) had. ((Moeder|Mevrouw)) ((ontkent|bagatelliseert)).
Contact moeder: <TEL1>. Ons ((dossier|zaaknummer)): <DOS1.zaak>. """,
)

add(
    "dict",
    0.15,
    """
bemoeizorg logboek meneer <M1.lc> ((eh|)) <M1.fl> ((van|op)) de <ADR1> ((nieuwe regel|)) <D1.m> aangebeld geen reactie
((briefje|kaartje)) achtergelaten ((nieuwe regel|)) <D2.m> ((buurvrouw|de buurvrouw)) mevrouw <F2.l> ((zegt|zei)) dat
hij 's nachts ((buiten loopt|rondloopt)) ((nieuwe regel|)) <D3.m> ((samen met|met)) {r:wijkagent} <W2.l> ((langs|langsgegaan))
meneer ((deed open|deed de deur open)) ((maar|en)) ((wilde|wou)) niet praten ((nieuwe regel|)) <D4.wk> ((eerste|)) gesprek
((gelukt|gehad)) ((in het portiek|op het balkon)) ((hij|meneer)) ((wil|wilde)) ((wel|)) ((hulp|iets)) ((met|voor)) ((zijn|de))
((huur|energierekening)) ((volgende keer|volgende poging)) ((met|samen met)) <W3.f> van {o:Parnassia} """,
)

add(
    "dict",
    0.1,
    """
Evaluatie ((na|)) ((drie|zes)) maanden, cliënte <F1.fl>. ¶
Wat ging goed: <F1.pos> ((dochter|zus)) <F1b.f> is ((meer|weer)) betrokken, ((ze|mevrouw)) gaat ((elke|iedere)) ((woensdag|
maandag)) naar ((de|het)) ((inloop|taalcafé)) in {w:Moerwijk} en de ((achterstand|huurachterstand)) bij {o:Staedion} is
((afgelost|geregeld)). ¶
Wat ((ging|liep)) ((minder|niet goed)): ((contact|het contact)) met ((de|haar)) {r:bewindvoerder} <W2.fl>, ((mevrouw|ze))
((krijgt|kreeg)) ((haar|het)) leefgeld ((vaak|regelmatig)) te laat op <IBAN1>. ¶
Afspraak: ((gesprek|driegesprek)) met <W2.f> op <D1.wk>. Mevrouw zegt zelf: ik ((heb|had)) weer hoop. """,
)

add(
    "dict",
    0.1,
    """
Herindicatie huishoudelijke ondersteuning, {r:Wmo-consulent} <W1.fl>, <D1.d>. Meneer <M1.fl>, ((<DOBO1>|geboren <DOBO1>)), en
mevrouw <F1.fl>, <ADR1.w>, {w:Waldeck}. ((Sinds|Vanaf)) <D2.m> ((hebben|krijgen)) zij ((drie|vier)) uur hulp per week van
{o:Thuiszorg West}. ((Mevrouw|Meneer)) is ((vorige maand|in de zomer)) gevallen en ((heeft|had)) een ((gebroken heup|
gebroken pols)). ((Zoon|Schoonzoon)) <M1b.f> ((komt|doet)) ((de|)) ((boodschappen|was)). Advies: ((ophogen|verhogen)) naar
((vijf|zes)) uur, ((ingangsdatum|per)) <D3.d>, beschikkingsnummer <DOS1.wmo>. ((Contactpersoon|Contact)) zoon: <TEL1>. """,
)

add(
    "dict",
    0.1,
    """
Crisisnotitie ((nacht|avond)) van <D1.w>, ingesproken ((de volgende ochtend|achteraf)) door <W1.f>. Om ((tien over elf|
kwart voor twaalf)) belde ((de|)) {o:politie} dat mevrouw <F1.fl> ((op straat|buiten)) ((stond|liep)) ((zonder jas|op blote
voeten)) ((bij|voor)) de <ADR1>. ((Ik|Wij)) ((ben|zijn)) ((erheen|ernaartoe)) ((gegaan|gereden)) ((met|samen met))
<W2.f>. ((Mevrouw|Ze)) ((was|bleek)) ((erg|zeer)) ((verward|angstig)) en ((zei|riep)) dat ((de buren haar bespioneerden|haar buurman haar afluisterde)). {o:GGZ} crisisdienst ((ingeschakeld|gebeld)), ((mevrouw|ze)) ((is|werd))
((opgenomen in|meegenomen naar)) {o:Parnassia}. Broer <M1.f> ((geïnformeerd|gebeld)) ((op|via)) <TEL1>. """,
)

add(
    "dict",
    0.1,
    """
Verslag ((kennismaking|eerste contact)) <D1.wk>, meneer <M1.l> (<M1.sp>) uit de ((flat|portiekflat)) aan de <ADR1.s>,
{w:Morgenstond}. Nummer ((bleek|is)) <ADR1.w>, ((niet|en niet)) ((zoals|wat)) ((in het systeem|op de aanmelding)) stond.
Meneer ((is|was)) ((bakker|kok)) ((geweest|van beroep)), ((nu|sinds kort)) ((met pensioen|arbeidsongeschikt)). ((Hij|Meneer))
((koopt|haalt)) ((elke ochtend|iedere dag)) ((brood|een krant)) ((bij|van)) de bakker ((op de hoek|om de hoek)), ((dat is|het
is)) ((zijn enige|het enige)) ((contact|sociale contact)). ((Zijn|)) ((broer|zus)) ((in|uit)) ((Zeeland|Friesland)) belt
((soms|af en toe)). ((Hulpvraag|Vraag)): ((zingeving|dagbesteding)) ((en|)) ((eenzaamheid|contact)). Aanmelding {o:Vóór Welzijn}.
Telefoon meneer: <LAND1>. """,
)

add(
    "vm-partner",
    0.15,
    """
((Hoi|Hallo)) <W2.f>, met <W1.f>, ((collega|je collega)) van ((team|het team)) {w:Laak}. ((Ik ben|Ben)) ((vanaf morgen|morgen))
((met vakantie|ziek thuis)) ((dus|)) ((even|)) drie dingen voor ((je|jou)). Eén: mevrouw <F1.fl> van de <ADR1> ((belt|komt))
((over|voor)) ((haar|de)) ((huurtoeslag|bijstand)), dossier <DOS1>, ((ze|mevrouw)) ((is|was)) ((boos|gefrustreerd)). Twee: meneer
<M2.fl> ((heeft|had)) ((een|de)) ((afspraak|intake)) ((bij|met)) {o:MEE} ((op|)) <D1.wk>, ((graag|wil je)) ((even|)) ((herinneren|
bellen)) ((op|via)) <TEL1>. Drie: ((het formulier|de aanvraag)) ((van|voor)) ((de familie|familie)) <M3.l> ((ligt|staat)) in mijn
((bakje|la)). ((Dank je|Dankjewel))! """,
)

add(
    "dict",
    0.1,
    """
Schuldenoverzicht <M1.fl>, opgesteld <D1.d> ((samen met|met hulp van)) ((de|zijn)) {r:budgetcoach}. ¶
{o:Belastingdienst} toeslagen: ((tweeduizend|vierduizend)) ((driehonderd|vijfhonderd)) euro, kenmerk <DOS1.zaak>. ¶
{o:CJIB}: ((zeshonderdveertig|vierhonderdtachtig)) euro, ((kenmerk|nummer)) <DOS2>. ¶
{o:Eneco}: ((negenhonderd|elfhonderd)) euro, klantnummer <DOS3.klant>. ¶
Huur {o:Staedion}: ((twee|drie)) maanden, ((ongeveer|circa)) ((veertienhonderd|eenentwintighonderd)) euro. ¶
Inkomen: bijstand via de {o:Sociale Dienst}, ((gestort|uitbetaald)) op <IBAN1>. Volgende stap: aanmelding {o:schuldhulpverlening}
op <D2.wk>. """,
)


# ======================= G. more long ones =======================
add(
    "vm-client",
    0.1,
    """
<ORIG1.gh>hello good afternoon ((eh|)) goedemiddag my name is <F1.fl> ((sorry|)) my Dutch is not so good ik bel over mijn
huis op de <ADR1> the landlord {o:Staedion} sent a letter ((eh|)) ontruiming on <D1.w> and I have two children <M1.f> and
<F1b.f> ((they are small|ze zijn klein)) my friend <F2.f> from church said the wijkteam can help ((please|alstublieft))
call me back on <TEL1> or my husband <M2.f> on <TEL2> ((he speaks|hij spreekt)) better Dutch ((thank you|dank u)) bye """,
)

add(
    "dict",
    0.1,
    """
((Verslag|Dictaat)) eerste huisbezoek <D1.d> bij mevrouw <F1.fl>, <ADR1>, {w:Stationsbuurt}. ((Melding|Signaal)) kwam van
buurvrouw <F2.fl> en ((van|)) {o:Haag Wonen}. Nieuwe regel. De woning staat ((vol|helemaal vol)) met ((spullen|kranten en
dozen)), ((het|de)) gang is ((nauwelijks|bijna niet)) begaanbaar. Op het balkon ((staan|stonden)) ((dode|verdroogde)) rozen
((in|en)) ((potten|bakken)), mevrouw zegt dat ((ze|die)) van haar ((overleden|)) man <M1.f> ((waren|zijn)). Punt. Mevrouw
((is|was)) ((vriendelijk|aardig)) maar ((wil|wou)) niets weggooien. Punt. ((Brandgevaar|Veiligheid)) besproken. Afspraak: <D2.wk>
((samen met|met)) <W2.f> van {o:Stichting Mooi} ((een|de)) ((eerste|)) ((kamer|hoek)) ((opruimen|aanpakken)). ((Nicht|Dochter))
<F1b.fl> ((is|werd)) ((ingelicht|gebeld)), <TEL1>. """,
)

add(
    "vm-partner",
    0.1,
    """
Goedemiddag, met <W1.fl>, {r:GGZ-verpleegkundige} van het ((FACT-team|ambulante team)) van {o:Parnassia}. Ik bel over meneer
<M1.fl>, geboren <DOB1>. Hij ((heeft|had)) zijn depotinjectie ((gemist|niet gehaald)) op <D1.w> en ((ook|)) ((niet|niet meer))
op <D2.m>. ((We|Wij)) maken ons ((zorgen|ernstig zorgen)), bij hem gaat het ((dan|)) ((snel|vrij snel)) mis. Hij ((staat|stond))
ingeschreven op de <ADR1> maar ((we|wij)) denken dat hij ((bij|)) ((zijn|een)) ((moeder|vriendin)) ((slaapt|verblijft)).
((Weten|Hebben)) jullie ((een ander|een nieuw)) adres? Mijn ((nummer|mobiel)) <TEL1>, of ((de|het)) ((teamnummer|algemene nummer))
<LAND1>. """,
)

add(
    "dict",
    0.15,
    """
((verslag|gesprek)) op kantoor <D1.d> met <F1.fl> ((LVB|licht verstandelijke beperking)) ((punt|)) mevrouw is ((drieëntwintig|
zesentwintig)) ((en|)) ((heeft|had)) ((twee|)) kinderen <M1.f> ((geboren|geb)) <DOBT1> en <F1b.f> ((geboren|geb)) <DOBB2>
((punt|)) ((ze|mevrouw)) heeft ((een telefoonabonnement|twee abonnementen)) op haar naam ((afgesloten|genomen))
voor haar ex <M2.f> ((en die|maar hij)) ((betaalt|betaalde)) ((niet|nooit)) ((punt|)) schuld
((ongeveer|ruim)) ((drieduizend|vierduizend)) euro ((punt|)) ((rekening|rekeningnummer)) mevrouw <IBAN1> ((punt|)) ((afspraak|
afgesproken)) dat {o:MEE} ((meekijkt|betrokken wordt)) ((punt|)) volgende ((afspraak|keer)) <D2.wk> """,
)

add(
    "vm-family",
    0.1,
    """
<ORIG1.trplbgma>Goedemiddag, ik bel uit <CTRY1>, mijn naam is <M1.fl>, ik ben de zoon van mevrouw <F1.fl>. Mijn moeder woont
in Den Haag op de <ADR1>, <PC1>. Ze ((is|was)) ((vorige week|vorig weekend)) gevallen en ze ((ligt|lag)) in het ((ziekenhuis|
{o:Haga})). Ik kan pas op <D1.w> komen. Ik ((wil graag weten|zou graag willen weten)) wie haar ((helpt|kan helpen)) als ze ((naar
huis|thuis)) ((komt|is)). U kunt mij bellen op <TELX1>, ((dat|het)) is ((een|)) buitenlands nummer, of ((mail|mailen)) naar
<MAIL.M1>. Mijn ((zus|schoonzus)) <F1b.f> ((woont|zit)) in ((Rotterdam|Delft)), ((haar|)) nummer is <TEL1>. Dank u wel. """,
)

add(
    "dict",
    0.1,
    """
Huisbezoek <D1.d>, familie <F1.l>, <ADR1>. ((Mevrouw|Moeder)) <F1.fl> ((werkt|werkte)) ((in mei|tot mei)) ((nog|)) in ((een|het))
((restaurant|toko)) ((van|bij)) ((haar|een)) ((oom|neef)), ((nu|sindsdien)) ((niet meer|zonder werk)). ((Vader|Meneer)) <M1.f>
((is|was)) ((niet|)) ((thuis|aanwezig)). ((Dochter|De dochter)) <F1b.f> ((helpt|vertaalt)). Huur ((is|wordt)) ((sinds|vanaf)) ((juni|juli))
((niet|)) ((betaald|voldaan)), ((er|)) ((ligt|is)) ((een|)) ((aanmaning|brief)) ((met|)) ((kenmerk|nummer)) <DOS1.huur>.
Afgesproken: ((aanvraag|aanvragen)) ((bijstand|uitkering)) ((samen|)) ((op|)) <D2.wk>, ((meenemen|mee te nemen)): ((ID|paspoort)),
((bankafschriften|afschriften)) ((van|)) <IBAN1>, huurcontract. """,
)

add(
    "tel",
    0.1,
    """
[00:00:01] Medewerker: {o:Servicepunt XL} {w:Moerwijk}, goedemiddag, met <W1.f>. ¶
[00:00:04] Beller: Ja hallo, met <F1.fl>, ik ((wil|zou)) ((graag|)) ((mijn|)) ((gegevens|e-mailadres)) ((wijzigen|doorgeven)). ¶
[00:00:09] Medewerker: Dat kan. Wat is uw geboortedatum? ¶
[00:00:11] Beller: <DOB1.w>. ¶
[00:00:15] Medewerker: ((En|Dank u,)) ((wat|welk)) ((is|)) ((het|uw)) ((nieuwe|)) ((mailadres|e-mailadres))? ¶
[00:00:17] Beller: <MAILW.F1>. ¶
[00:00:24] Medewerker: ((Ik|)) ((herhaal|lees)) ((even|het)): <MAIL.F1>. ¶
[00:00:28] Beller: Ja klopt. En mijn ((nieuwe|)) ((nummer|telefoonnummer)) ((is|)) <TEL1>. """,
)

add(
    "dict",
    0.1,
    """
Mail ((dicteren|opstellen)) aan <MAILP.W2>, ((onderwerp|betreft)) ((aanmelding|overdracht)) <M1.fl>. Beste <W2.f> komma nieuwe
regel ((zoals|zoals net)) ((telefonisch|)) besproken ((hierbij|bij deze)) de gegevens van meneer <M1.l> punt ((geboren|geboortedatum))
<DOB1> komma BSN <BSN1> komma ((woonachtig|adres)) <ADR1> <PC1> punt meneer ((heeft|)) ((ingestemd|toestemming gegeven)) met ((de|))
((overdracht|aanmelding)) op <D1.w> punt ((met vriendelijke groet|groeten)) komma <W1.fl> komma {r:maatschappelijk werker}
{o:Xtra} """,
)

add(
    "vm-partner",
    0.1,
    """
((Goedemiddag|Goedemorgen)), met <W1.fl> van ((het|)) {o:budgetbeheer} ((van|bij)) {o:Leger des Heils}. ((Ik|)) bel over ((onze|)) ((cliënt|
deelnemer)) <M1.fl>, ((cliëntnummer|dossiernummer)) <DOS1.dos>. Zijn ((leefgeld|weekgeld)) ((gaat|ging)) ((altijd|)) ((naar|)) <IBAN1.w>,
((maar|)) die rekening ((is|)) ((opgeheven|gesloten)). ((Hij|Meneer)) ((heeft|had)) ((ons|)) ((een|)) ((nieuw|ander)) ((nummer|rekeningnummer))
((gegeven|doorgegeven)), <IBAN2>, maar die staat niet op zijn naam. ((Weten jullie|Weet u)) daar ((meer|
iets)) ((van|over))? ((Bel|Belt u)) ((me|mij)) ((op|)) <LAND1>. """,
)

add(
    "dict",
    0.1,
    """
((Verslag|Rapportage)) huisbezoek {w:Scheveningen}, <D1.d>. Bij mevrouw <F1.l> op de <ADR1>. ((Aanwezig|Er waren)): mevrouw,
haar ((buurvrouw|vriendin)) mevrouw <F2.l> en de koster van de ((kerk|Bethelkerk)), meneer <M3.l>, die haar ((al jaren|sinds
jaren)) ((helpt|bezoekt)). Mevrouw draagt alleen nog wit sinds de dood van haar ((man|zoon)) <M1.f>. De hoop is dat ze via de
kerk ((weer|meer)) ((contact|aanspraak)) krijgt. Dochter <F1b.fl> belt ((wekelijks|elke week)) ((vanuit|uit))
((Canada|Australië)) en is bereikbaar via <MAIL.F1b>. """,
)


# ---------------------------------------------------------------- validation
_WORDNUM = {nw(i): str(i) for i in range(0, 1000)}
_WORDNUM.update({"een": "1", "nul": "0"})


def words_to_digits(s):
    out = []
    for tok in re.split(r"[\s,.\-]+", s):
        if not tok:
            continue
        if tok.isdigit():
            out.append(tok)
        elif tok in _WORDNUM:
            out.append(_WORDNUM[tok])
        else:
            out.append("?" + tok)
    return out


def check_bsn_span(t):
    toks = words_to_digits(t.lower())
    s = "".join(toks)
    assert bsn_ok(s), ("bsn", t, s)


def check_iban_span(t):
    x = t.upper().replace("EN EL", "NL").replace("N L ", "NL ")
    toks = x.split()
    if len(toks) == 1 or re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", x.replace(" ", "")):
        assert iban_ok(x), ("iban", t)
        return
    # spoken: NL, check digits, bank (maybe spaced letters), account digits/words
    rest = t.split()
    i = 0
    parts = []
    low = [w.lower() for w in rest]
    if low[0] == "nl":
        i = 1
    elif low[:2] in (["n", "l"], ["en", "el"]):
        i = 2
    cc = []
    while (
        not re.fullmatch(r"[A-Za-z]", rest[i])
        and not re.fullmatch(r"[A-Za-z]{4}", rest[i])
        or rest[i].lower() in _WORDNUM
    ):
        cc.append(_WORDNUM.get(rest[i].lower(), rest[i]))
        i += 1
    ccs = "".join(cc)
    bank = ""
    while len(bank) < 4:
        bank += rest[i].upper()
        i += 1
    acct = "".join(_WORDNUM.get(w.lower(), w) for w in rest[i:])
    full = "NL" + ccs + bank + acct
    assert len(full) == 18 and iban_ok(full), ("iban-spoken", t, full)


def verify(rec):
    text = rec["text"]
    assert "((" not in text and "))" not in text and "|" not in text and "  " not in text, text
    spans = []
    for s in rec["pii"] + rec["keep"]:
        assert text[s["start"] : s["end"]] == s["text"], s
        assert s["text"] == s["text"].strip() and s["text"], s
        spans.append((s["start"], s["end"], s["label"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], ("overlap", a, b, text)
    for s in rec["pii"]:
        if s["label"] == "bsn":
            check_bsn_span(s["text"])
        if s["label"] == "iban":
            check_iban_span(s["text"])


# ---------------------------------------------------------------- main
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "heldout67.jsonl")
    recs = []
    for ti, (kind, low, tpl) in enumerate(T):
        # short templates once, long ones three times (probe renders are deterministic too)
        probe = (
            sum(len(render(tpl, random.Random(990_000 + ti * 7 + k))[0].split()) for k in range(4))
            / 4
        )
        n_inst = 1 if probe < 35 else 3 if probe >= 72 else 2
        for inst in range(n_inst):
            r = random.Random(67_000 + ti * 10 + inst)
            lower = r.random() < low
            text, pii, keep = render(tpl, r, lower=lower)
            recs.append({"kind": kind, "text": text, "pii": pii, "keep": keep})
    order = random.Random(6767)
    order.shuffle(recs)
    with open(out_path, "w", encoding="utf-8") as f:
        for i, rec in enumerate(recs):
            o = {"id": "ho67-%04d" % i, "text": rec["text"], "pii": rec["pii"], "keep": rec["keep"]}
            verify(o)
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter

    pc, kc = Counter(), Counter()
    words = 0
    for rec in recs:
        pc.update(s["label"] for s in rec["pii"])
        kc.update(s["label"] for s in rec["keep"])
        words += len(rec["text"].split())
        assert rec["pii"], rec["text"]
    tot = sum(pc.values())
    print("texts", len(recs), "templates", len(T), "avg words %.1f" % (words / len(recs)))
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc.most_common()))
    print("kinds", dict(Counter(r["kind"] for r in recs)))
    print("wrote", out_path)


if __name__ == "__main__":
    main()
