#!/usr/bin/env python3
"""heldout82: independent held-out corpus for the Dutch personal-data finder.

Register: speech-to-text output (dictated case notes, voicemail transcripts,
phone-call transcripts with speaker labels, voice memos). Numbers and
identifiers are mostly spoken and written by the recogniser as words, digits
or a mix. Deterministic: run `python3 heldout82_corpus.py` to (re)write
heldout82.jsonl next to this script. Stdlib only.
"""

import datetime
import json
import os
import random
import re
from collections import Counter

R = random.Random(8282)
ch = R.choice


def pii(label, s):
    return "[[" + label + ":" + s + "]]"


def kp(label, s):
    return "{{" + label + ":" + s + "}}"


def P(s):
    return pii("person", s)


def O(s):
    return kp("org", s)


def Ro(s):
    return kp("role", s)


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
    "Regentessekwartier",
    "Duinoord",
    "Zeeheldenkwartier",
    "Stationsbuurt",
    "Rustenburg",
    "Oostbroek",
    "Bezuidenhout",
    "Scheveningen",
    "Duindorp",
    "Segbroek",
    "Loosduinen",
    "Waldeck",
    "Ypenburg",
    "Leidschenveen",
    "Wateringse Veld",
    "Kraayenstein",
    "Houtwijk",
    "Valkenboskwartier",
    "Rivierenbuurt",
    "Laakkwartier",
    "Bomen- en Bloemenbuurt",
    "Groente- en Fruitmarktbuurt",
    "Zuiderpark",
    "Den Haag Zuidwest",
    "Centrum",
]


def Wk(name=None):
    return kp("wijk", name or ch(WIJKEN))


# ---------------------------------------------------------------- numbers as words
U = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
TEEN = [
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
TENS = [
    None,
    None,
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
]


def dw(c, accent=None):
    """one digit as a word"""
    n = int(c)
    if n == 1:
        return accent if accent else "een"
    return U[n]


def w99(n, split=False, trema=True, een="een"):
    if n < 10:
        return een if n == 1 else U[n]
    if n < 20:
        return TEEN[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t]
    uw = U[u]
    if split:
        return uw + " en " + TENS[t]
    conj = ("ën" if trema else "en") if uw.endswith("e") else "en"
    return uw + conj + TENS[t]


def w999(n, space=False, **kw):
    if n < 100:
        return w99(n, **kw)
    h, r = divmod(n, 100)
    hw = "honderd" if h == 1 else U[h] + "honderd"
    if r == 0:
        return hw
    return hw + (" " if space else "") + w99(r, **kw)


def pair_w(s, **kw):
    """two-digit chunk as spoken: '07' -> 'nul zeven', '45' -> 'vijfenveertig'"""
    if s[0] == "0":
        return "nul " + dw(s[1])
    return w99(int(s), **kw)


def triple_w(s, **kw):
    if s[0] == "0":
        kw.pop("space", None)
        return "nul " + pair_w(s[1:], **kw)
    return w999(int(s), **kw)


def digits_w(s, accent=None, sep=" "):
    return sep.join(dw(c, accent) for c in s)


def year_w(y):
    if 1900 <= y < 2000:
        r = y - 1900
        return ch(
            [
                "negentien " + w99(r),
                "negentienhonderd" + w99(r),
                "negentienhonderd " + w99(r),
                "negentien " + w99(r, trema=False),
            ]
        )
    r = y - 2000
    if r < 10:
        return ch(["tweeduizend" + U[r], "tweeduizend " + U[r]])
    return ch(
        [
            "tweeduizend" + w99(r),
            "tweeduizend " + w99(r),
            "twintig " + w99(r),
            "tweeduizend " + w99(r, trema=False),
        ]
    )


ORD = {
    1: "eerste",
    2: "tweede",
    3: "derde",
    4: "vierde",
    5: "vijfde",
    6: "zesde",
    7: "zevende",
    8: "achtste",
    9: "negende",
    10: "tiende",
    11: "elfde",
    12: "twaalfde",
    13: "dertiende",
    14: "veertiende",
    15: "vijftiende",
    16: "zestiende",
    17: "zeventiende",
    18: "achttiende",
    19: "negentiende",
}


def ordw(n):
    return ORD[n] if n in ORD else w99(n) + "ste"


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
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

LSOUND = {
    "A": "aa",
    "B": "bee",
    "C": "cee",
    "D": "dee",
    "E": "ee",
    "F": "ef",
    "G": "gee",
    "H": "haa",
    "I": "ie",
    "J": "jee",
    "K": "ka",
    "L": "el",
    "M": "em",
    "N": "en",
    "O": "oo",
    "P": "pee",
    "Q": "ku",
    "R": "er",
    "S": "es",
    "T": "tee",
    "U": "uu",
    "V": "vee",
    "W": "wee",
    "X": "iks",
    "Y": "ij",
    "Z": "zet",
}
SPELL = {
    "A": "Anton",
    "B": "Bernard",
    "C": "Cornelis",
    "D": "Dirk",
    "E": "Eduard",
    "F": "Ferdinand",
    "G": "Gerard",
    "H": "Hendrik",
    "I": "Izaak",
    "J": "Johannes",
    "K": "Karel",
    "L": "Lodewijk",
    "M": "Maria",
    "N": "Nico",
    "O": "Otto",
    "P": "Pieter",
    "Q": "Quirinus",
    "R": "Rudolf",
    "S": "Simon",
    "T": "Teunis",
    "U": "Utrecht",
    "V": "Victor",
    "W": "Willem",
    "X": "Xantippe",
    "Y": "Ypsilon",
    "Z": "Zacharias",
}
NATO = {
    "A": "Alfa",
    "B": "Bravo",
    "C": "Charlie",
    "D": "Delta",
    "E": "Echo",
    "G": "Golf",
    "H": "Hotel",
    "J": "Juliet",
    "K": "Kilo",
    "L": "Lima",
    "M": "Mike",
    "N": "November",
    "P": "Papa",
    "R": "Romeo",
    "S": "Sierra",
    "T": "Tango",
    "V": "Victor",
    "W": "Whiskey",
    "X": "X-ray",
    "Z": "Zulu",
}


def letter_say(c, style):
    c = c.upper()
    if style == "cap":
        return c
    if style == "low":
        return c.lower()
    if style == "sound":
        return LSOUND[c]
    if style == "spell":
        return c + " van " + SPELL[c]
    if style == "nato":
        return NATO.get(c, c)
    return c


def spell_name(name):
    """a surname spelled out in a call, the way a recogniser writes it"""
    letters = [c for c in name if c.isalpha()]
    st = ch(["caps", "caps_dash", "mixed_spell", "low"])
    if st == "caps":
        return " ".join(c.upper() for c in letters)
    if st == "caps_dash":
        return "-".join(c.upper() for c in letters)
    if st == "low":
        return ", ".join(c.lower() for c in letters)
    out = []
    for i, c in enumerate(letters):
        cu = c.upper()
        if cu in SPELL and (i == 0 or R.random() < 0.35):
            out.append(cu + " van " + SPELL[cu])
        else:
            out.append(cu)
    return ", ".join(out)


# ---------------------------------------------------------------- people
FIRST = {
    "nl": (
        [
            "Ans",
            "Wilma",
            "Ria",
            "Marja",
            "Ineke",
            "Truus",
            "Sanne",
            "Roos",
            "Jolanda",
            "Annelies",
            "Fenna",
            "Gerda",
            "Mieke",
            "Esther",
            "Joke",
            "Bep",
            "Nel",
            "Coby",
            "Hennie",
            "Door",
        ],
        [
            "Henk",
            "Gerrit",
            "Kees",
            "Joop",
            "Cor",
            "Daan",
            "Bram",
            "Piet",
            "Wim",
            "Ruud",
            "Jeroen",
            "Sjaak",
            "Frits",
            "Arie",
            "Theo",
            "Bert",
            "Harry",
            "Rinus",
            "Dirk",
            "Jan",
        ],
    ),
    "ma": (
        [
            "Fatima",
            "Khadija",
            "Nadia",
            "Samira",
            "Aicha",
            "Ilham",
            "Naima",
            "Latifa",
            "Hanane",
            "Soumaya",
            "Malika",
            "Zineb",
        ],
        [
            "Mohamed",
            "Youssef",
            "Said",
            "Hamid",
            "Rachid",
            "Mustafa",
            "Abdelkader",
            "Karim",
            "Bilal",
            "Hicham",
            "Driss",
            "Ayoub",
        ],
    ),
    "tr": (
        ["Ayşe", "Ayse", "Emine", "Hatice", "Zeynep", "Elif", "Fadime", "Sevgi", "Gül", "Derya"],
        ["Mehmet", "Murat", "Serkan", "Hasan", "Ali", "Emre", "Hüseyin", "Erdal", "Cem", "Yusuf"],
    ),
    "hs": (
        ["Sita", "Anita", "Shanti", "Priya", "Radha", "Sunita", "Kavita", "Reshma", "Soenita"],
        ["Radjesh", "Sunil", "Kiran", "Ravi", "Anil", "Dinesh", "Roy", "Sanjay", "Ramesh"],
    ),
    "sr": (
        ["Ingrid", "Ruth", "Marlene", "Gracia", "Sharon", "Jennifer", "Rosita", "Iris"],
        ["Marlon", "Glenn", "Romeo", "Errol", "Dennis", "Clyde", "Humphrey", "Ricardo"],
    ),
    "an": (
        ["Yolanda", "Maria", "Shurella", "Jeanine", "Mireille", "Solange", "Rudsel"],
        ["Shurandy", "Gilbert", "Giovanni", "Rignald", "Jurick", "Ludwig", "Edsel"],
    ),
    "cv": (
        ["Djamila", "Carla", "Ana", "Lucinda", "Edna", "Nilza", "Fernanda"],
        ["Nelson", "Edmilson", "Ilídio", "Adilson", "Jair", "Carlos", "Zé"],
    ),
    "pl": (
        ["Agnieszka", "Katarzyna", "Marta", "Joanna", "Magdalena", "Ewa", "Gosia"],
        ["Krzysztof", "Tomasz", "Paweł", "Piotr", "Marek", "Grzegorz", "Kuba"],
    ),
    "bg": (
        ["Ivanka", "Petya", "Desislava", "Mariya", "Galina", "Radka"],
        ["Dimitar", "Georgi", "Stoyan", "Nikolay", "Hristo", "Plamen"],
    ),
    "ro": (
        ["Mihaela", "Elena", "Ioana", "Andreea", "Florentina", "Georgiana"],
        ["Ionuț", "Andrei", "Florin", "Marius", "Bogdan", "Costel"],
    ),
    "sy": (
        ["Rania", "Lina", "Hiba", "Noor", "Rasha", "Amal", "Nour"],
        ["Ahmad", "Omar", "Khaled", "Mahmoud", "Yaser", "Fadi", "Bashar"],
    ),
    "er": (
        ["Semhar", "Helen", "Senait", "Luwam", "Yordanos", "Saba", "Winta"],
        ["Tesfay", "Yonas", "Filmon", "Merhawi", "Dawit", "Robel", "Amanuel"],
    ),
    "so": (
        ["Hodan", "Faadumo", "Ayaan", "Sahra", "Hawa", "Ubah", "Idil"],
        ["Abdi", "Mahad", "Warsame", "Abdirahman", "Liban", "Guled", "Yusuf"],
    ),
    "af": (
        ["Zahra", "Mariam", "Nazia", "Fariba", "Shabnam", "Parwana", "Mina"],
        ["Farid", "Habib", "Ahmad Shah", "Jawid", "Nasir", "Wahid", "Sohrab"],
    ),
    "cn": (
        ["Mei", "Li Na", "Xiu Ying", "Hui", "Yan", "Ling"],
        ["Wei", "Jun", "Hao", "Ming", "Jian", "Bo"],
    ),
    "gh": (
        ["Akosua", "Abena", "Ama", "Efua", "Adjoa", "Yaa"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo", "Fiifi"],
    ),
}
LAST = {
    "nl": [
        "de Vries",
        "Jansen",
        "Bakker",
        "Visser",
        "de Wit",
        "Koster",
        "Smit",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Kok",
        "Dekker",
        "Hoop",
        "Roos",
        "van Leeuwen",
        "Verhoeven",
        "Brouwer",
        "de Graaf",
        "van Dijk",
        "Kuiper",
        "Zwart",
        "Groen",
        "Winter",
        "Post",
        "de Boer",
        "Meijer",
        "van den Berg",
        "van der Hoop",
        "Blom",
        "Hart",
        "Schipper",
        "Bloem",
        "Valk",
        "Haan",
        "van der Zee",
        "Arends",
        "Zomer",
        "Koning",
        "Vink",
    ],
    "ma": [
        "El Amrani",
        "Bouzid",
        "Azzouzi",
        "Benali",
        "El Idrissi",
        "Ouali",
        "Boukhari",
        "Tahiri",
        "Ait Haddou",
        "Chaoui",
        "Belhaj",
        "El Khattabi",
        "Amezian",
        "Bakkali",
    ],
    "tr": [
        "Yılmaz",
        "Yilmaz",
        "Kaya",
        "Demir",
        "Çelik",
        "Şahin",
        "Öztürk",
        "Aydın",
        "Doğan",
        "Arslan",
        "Koç",
        "Kılıç",
        "Polat",
        "Güler",
    ],
    "hs": [
        "Ramdin",
        "Baldewsingh",
        "Jagesar",
        "Mahabier",
        "Ramsaran",
        "Sewnath",
        "Kalloe",
        "Bhagwandin",
        "Doerga",
        "Ramkisoen",
        "Autar",
        "Ganga",
    ],
    "sr": [
        "Pinas",
        "Sabajo",
        "Fraenk",
        "Wijngaarde",
        "Kromodimedjo",
        "Zunder",
        "Pengel",
        "Amoksi",
        "Libretto",
        "Tjon A Fat",
        "Held",
    ],
    "an": [
        "Martina",
        "Isenia",
        "Rosalia",
        "Maduro",
        "Girigorie",
        "Cijntje",
        "Statia",
        "Leonora",
        "Koeiman",
        "Janga",
        "Winklaar",
    ],
    "cv": [
        "Fortes",
        "Lopes",
        "Monteiro",
        "Tavares",
        "Semedo",
        "Gomes",
        "Andrade",
        "Delgado",
        "Rodrigues",
        "da Graça",
    ],
    "pl": [
        "Kowalska",
        "Nowak",
        "Wiśniewski",
        "Wójcik",
        "Kamińska",
        "Lewandowski",
        "Zieliński",
        "Szymańska",
        "Mazur",
        "Krawczyk",
    ],
    "bg": [
        "Petrov",
        "Ivanova",
        "Georgiev",
        "Dimitrova",
        "Stoyanov",
        "Kostadinova",
        "Angelov",
        "Todorova",
    ],
    "ro": ["Popescu", "Ionescu", "Munteanu", "Dumitru", "Stan", "Constantin", "Lungu", "Rusu"],
    "sy": ["Al-Hassan", "Haddad", "Alkhatib", "Al Masri", "Darwish", "Shaheen", "Hamoud", "Khalil"],
    "er": ["Ghebremedhin", "Tekle", "Haile", "Mehari", "Berhane", "Woldu", "Kidane", "Tesfamariam"],
    "so": ["Hassan", "Warsame", "Abdullahi", "Farah", "Jama", "Mohamud", "Osman", "Egal"],
    "af": ["Ahmadi", "Rahimi", "Karimi", "Sultani", "Noori", "Hakimi", "Popal", "Stanikzai"],
    "cn": ["Chen", "Zhang", "Wang", "Lin", "Liu", "Huang", "Wu", "Zhou"],
    "gh": ["Mensah", "Owusu", "Boateng", "Asante", "Agyeman", "Osei", "Appiah", "Addo"],
}
ORIGIN_W = [
    ("nl", 22),
    ("ma", 14),
    ("tr", 11),
    ("hs", 9),
    ("sr", 7),
    ("an", 5),
    ("cv", 4),
    ("pl", 5),
    ("bg", 3),
    ("ro", 3),
    ("sy", 5),
    ("er", 4),
    ("so", 3),
    ("af", 3),
    ("cn", 2),
    ("gh", 3),
]

# how a speech recogniser mishears some names (still the name, still personal data)
ASR_MISHEAR = {
    "Yilmaz": "Jilmaz",
    "Yılmaz": "Jilmaz",
    "Bouzid": "Boezied",
    "Ghebremedhin": "Gebremedin",
    "Ramdin": "Ramdien",
    "Baldewsingh": "Baldew Singh",
    "Kowalska": "Kovalska",
    "Wiśniewski": "Visnjevski",
    "Öztürk": "Östurk",
    "Çelik": "Tsjelik",
    "Doğan": "Doan",
    "Kromodimedjo": "Kromo Dimedjo",
    "Girigorie": "Gierigorie",
    "Tesfamariam": "Tesfa Mariam",
    "Azzouzi": "Azouzi",
    "Agyeman": "Adjeman",
    "Stanikzai": "Stanikzaai",
    "Jagesar": "Jagesaar",
    "Haddad": "Hadad",
    "Szymańska": "Simanska",
    "Hüseyin": "Huseyin",
    "Ayşe": "Aisha",
    "Krzysztof": "Kristof",
    "Paweł": "Pavel",
    "Ionuț": "Jonoets",
    "Semhar": "Semhaar",
}


class Person:
    def __init__(self, first, last, g, origin):
        self.first, self.last, self.g, self.origin = first, last, g, origin

    @property
    def full(self):
        return self.first + " " + self.last

    @property
    def last_cap(self):
        return self.last[0].upper() + self.last[1:]

    @property
    def initial(self):
        return self.first[0] + "."


_used = Counter()


def person(origin=None, g=None):
    if origin is None:
        tot = sum(w for _, w in ORIGIN_W)
        x = R.uniform(0, tot)
        for o, w in ORIGIN_W:
            x -= w
            if x <= 0:
                origin = o
                break
        else:
            origin = "nl"
    if g is None:
        g = ch("fm")
    fl = FIRST[origin][0 if g == "f" else 1]
    for _ in range(20):
        first, last = ch(fl), ch(LAST[origin])
        if _used[(first, last)] == 0:
            break
    _used[(first, last)] += 1
    if origin == "pl":
        last = (
            {"Kowalska": "Kowalski", "Kamińska": "Kamiński", "Szymańska": "Szymański"}.get(
                last, last
            )
            if g == "m"
            else {
                "Wiśniewski": "Wiśniewska",
                "Lewandowski": "Lewandowska",
                "Zieliński": "Zielińska",
            }.get(last, last)
        )
    if origin == "bg":
        last = (
            {
                "Ivanova": "Ivanov",
                "Dimitrova": "Dimitrov",
                "Kostadinova": "Kostadinov",
                "Todorova": "Todorov",
            }.get(last, last)
            if g == "m"
            else {
                "Petrov": "Petrova",
                "Georgiev": "Georgieva",
                "Stoyanov": "Stoyanova",
                "Angelov": "Angelova",
            }.get(last, last)
        )
    return Person(first, last, g, origin)


WORKER_F = [
    "Sanne",
    "Marloes",
    "Lisa",
    "Fleur",
    "Ilse",
    "Noor",
    "Yasmina",
    "Kim",
    "Dewi",
    "Rachida",
    "Eline",
    "Anouk",
    "Joyce",
    "Mirjam",
    "Hatice",
    "Priscilla",
    "Naima",
    "Roos",
    "Iris",
    "Charlotte",
    "Esra",
    "Mandy",
    "Sharda",
    "Femke",
    "Loes",
    "Bouchra",
]
WORKER_M = [
    "Jeroen",
    "Bas",
    "Mohamed",
    "Tim",
    "Sven",
    "Thijs",
    "Wouter",
    "Erik",
    "Koen",
    "Orhan",
    "Rodney",
    "Mark",
    "Stefan",
    "Nordin",
    "Ruben",
    "Dennis",
    "Youssef",
    "Marco",
]
WORKER_L = [
    "de Jong",
    "Hermans",
    "van Beek",
    "Kramer",
    "Bakker",
    "El Ouali",
    "Verbeek",
    "Aksoy",
    "Prins",
    "de Haan",
    "Wolters",
    "Sitaldin",
    "van Os",
    "Mertens",
    "Groenewegen",
    "Lachkar",
    "Brink",
    "Peeters",
    "Doornbos",
    "Karsten",
    "Visser",
    "Ramautar",
    "Zandvliet",
    "Overmars",
]


def worker(g=None):
    g = g or ch("fm")
    first = ch(WORKER_F if g == "f" else WORKER_M)
    for _ in range(10):
        last = ch(WORKER_L)
        if _used[(first, last)] == 0:
            break
    _used[(first, last)] += 1
    return Person(first, last, g, "w")


def title(p, kind=None):
    kind = kind or ch(["spoken", "spoken", "short"])
    if p.g == "f":
        return (
            ch(["mevrouw", "mevrouw", "mevrouw"])
            if kind == "spoken"
            else ch(["mw", "mw.", "mevr."])
        )
    return (
        ch(["meneer", "meneer", "mijnheer", "de heer"])
        if kind == "spoken"
        else ch(["dhr", "dhr.", "meneer"])
    )


def mr(p, kind="spoken", mishear=False):
    """'mevrouw [[person:Bouzid]]'"""
    last = p.last_cap
    if mishear and last in ASR_MISHEAR:
        last = ASR_MISHEAR[last]
    return title(p, kind) + " " + P(last)


def fn(p, mishear=False):
    f = p.first
    if mishear and f in ASR_MISHEAR:
        f = ASR_MISHEAR[f]
    return P(f)


def full(p, mishear=False):
    f, l = p.first, p.last
    if mishear:
        f, l = ASR_MISHEAR.get(f, f), ASR_MISHEAR.get(l, l)
    return P(f + " " + l)


def ini(p):
    return P(p.initial + " " + p.last)


def poss(p, first=True):
    """possessive: "Fatima's" / "Kees' " — the name part only is the person"""
    n = p.first if first else p.last_cap
    if n[-1] in "aeiouy":
        return P(n) + "'s"
    if n[-1] in "sxz":
        return P(n) + "'"
    return P(n) + "s"


# ---------------------------------------------------------------- phone numbers
def gen_mobile():
    return "06" + str(R.randint(1, 6)) + "".join(str(R.randint(0, 9)) for _ in range(7))


def gen_land(area=None):
    area = area or ch(["070"] * 6 + ["010", "071", "079", "015", "0174"])
    n = 10 - len(area)
    first = str(R.randint(2, 8))
    return area + first + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def say_local(rest, style):
    """the subscriber part of a number, spoken"""
    if style == "dw":
        return digits_w(rest, accent=ch([None, "één"]))
    if style == "pairs":
        if len(rest) % 2:
            head, tail = rest[:3], rest[3:]
            return (
                ch([triple_w(head), digits_w(head)])
                + " "
                + " ".join(pair_w(tail[i : i + 2]) for i in range(0, len(tail), 2))
            )
        return " ".join(pair_w(rest[i : i + 2]) for i in range(0, len(rest), 2))
    if style == "pairs_c":
        if len(rest) % 2:
            head, tail = rest[:3], rest[3:]
            return ", ".join(
                [triple_w(head)] + [pair_w(tail[i : i + 2]) for i in range(0, len(tail), 2)]
            )
        return ", ".join(pair_w(rest[i : i + 2]) for i in range(0, len(rest), 2))
    if style == "digits_pairs":
        if len(rest) % 2:
            return rest[:3] + " " + " ".join(rest[i : i + 2] for i in range(3, len(rest), 2))
        return " ".join(rest[i : i + 2] for i in range(0, len(rest), 2))
    if style == "digits":
        return rest
    if style == "digits_4":
        return rest[:4] + " " + rest[4:]
    if style == "single":
        return " ".join(rest)
    if style == "mixhalf":
        h = len(rest) // 2
        return digits_w(rest[:h]) + " " + rest[h:]
    return rest


def say_phone(num, style=None):
    """num is a national number starting with 0"""
    mobile = num.startswith("06")
    area, rest = (
        (num[:2], num[2:])
        if mobile
        else ((num[:3], num[3:]) if not num.startswith("0174") else (num[:4], num[4:]))
    )
    style = style or ch(
        [
            "w_dw",
            "w_pairs",
            "w_pairs",
            "w_pairs_c",
            "asr",
            "asr",
            "asr2",
            "mixA",
            "mixB",
            "single",
            "intl_w",
            "intl_d",
            "w_dw",
            "w_mixhalf",
        ]
    )
    if mobile:
        aw = ch(["nul zes", "nul zes", "nul 6", "0 6"])
    else:
        aw = ch(["nul " + pair_w(area[1:]), digits_w(area)]) if len(area) == 3 else digits_w(area)
    if style == "w_dw":
        return (
            aw + " " + say_local(rest, "dw")
            if aw[-1] != "6"
            else "nul zes " + say_local(rest, "dw")
        )
    if style == "w_pairs":
        return (
            ch(["nul zes", aw]) + " " + say_local(rest, "pairs")
            if mobile
            else aw + " " + say_local(rest, "pairs")
        )
    if style == "w_pairs_c":
        return (aw if not mobile else "nul zes") + ", " + say_local(rest, "pairs_c")
    if style == "w_mixhalf":
        return (aw if not mobile else "nul zes") + " " + say_local(rest, "mixhalf")
    if style == "asr":
        return ch(
            [
                area + "-" + rest,
                area + " " + say_local(rest, "digits_pairs"),
                area + " - " + rest,
                area + rest,
            ]
        )
    if style == "asr2":
        return ch(
            [
                area + " " + say_local(rest, "digits_4"),
                "(" + area + ") " + say_local(rest, "digits_pairs"),
                area + "-" + say_local(rest, "digits_pairs"),
            ]
        )
    if style == "mixA":
        return (
            ch(["nul zes", aw]) + " " + say_local(rest, "digits_pairs")
            if mobile
            else aw + " " + say_local(rest, ch(["digits", "digits_pairs"]))
        )
    if style == "mixB":
        return area + " " + say_local(rest, ch(["pairs", "dw"]))
    if style == "single":
        return " ".join(num)
    if style == "intl_w":
        return (
            ch(["plus eenendertig", "plus 31", "nul nul eenendertig", "+31"])
            + " "
            + (
                (
                    "zes "
                    if mobile
                    else (pair_w(area[1:]) if len(area) == 3 else triple_w(area[1:])) + " "
                )
                + say_local(rest, ch(["pairs", "dw"]))
            )
        )
    if style == "intl_d":
        return (
            ch(["+31 ", "+31", "0031 ", "+31 (0)"])
            + area[1:]
            + ch([" ", ""])
            + say_local(rest, ch(["digits", "digits_pairs", "digits_4"]))
        )
    return num


def tel(kind="m", style=None):
    num = gen_mobile() if kind == "m" else gen_land(None if kind == "l" else kind)
    return pii("phone", say_phone(num, style))


def tel_foreign():
    cc, rest = ch(
        [
            ("48", "5" + "".join(str(R.randint(0, 9)) for _ in range(8))),
            ("359", "88" + "".join(str(R.randint(0, 9)) for _ in range(7))),
            ("40", "7" + "".join(str(R.randint(0, 9)) for _ in range(8))),
            ("212", "6" + "".join(str(R.randint(0, 9)) for _ in range(8))),
            ("32", "47" + "".join(str(R.randint(0, 9)) for _ in range(7))),
        ]
    )
    st = ch(["w", "d", "mix"])
    if st == "w":
        return pii("phone", "plus " + w999(int(cc)) + " " + say_local(rest, "pairs"))
    if st == "d":
        return pii(
            "phone", "+" + cc + " " + " ".join(rest[i : i + 3] for i in range(0, len(rest), 3))
        )
    return pii("phone", "00" + cc + " " + say_local(rest, "dw"))


# ---------------------------------------------------------------- BSN
def gen_bsn():
    while True:
        d = [R.randint(1, 6)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        c = s % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def say_bsn(b, style=None):
    style = style or ch(
        [
            "dw",
            "dw",
            "triples",
            "asr",
            "asr_sp",
            "asr_dot",
            "mix",
            "pairs",
            "single",
            "triples_c",
            "dw_c",
        ]
    )
    if style == "dw":
        return digits_w(b, accent=ch([None, "één"]))
    if style == "dw_c":
        return ", ".join(digits_w(b[i : i + 3]) for i in (0, 3, 6))
    if style == "triples":
        return " ".join(triple_w(b[i : i + 3], space=ch([False, True])) for i in (0, 3, 6))
    if style == "triples_c":
        return ", ".join(triple_w(b[i : i + 3]) for i in (0, 3, 6))
    if style == "asr":
        return b
    if style == "asr_sp":
        return b[:3] + " " + b[3:6] + " " + b[6:]
    if style == "asr_dot":
        return ch([b[:4] + "." + b[4:6] + "." + b[6:], b[:3] + "." + b[3:6] + "." + b[6:]])
    if style == "mix":
        return b[:3] + " " + digits_w(b[3:6]) + " " + b[6:]
    if style == "pairs":
        return " ".join(pair_w(b[i : i + 2]) for i in (0, 2, 4, 6)) + " " + dw(b[8])
    if style == "single":
        return " ".join(b)
    return b


BSN_REG = {}
IBAN_REG = {}


def bsn(style=None):
    b = gen_bsn()
    t = say_bsn(b, style)
    BSN_REG.setdefault(t, set()).add(b)
    return pii("bsn", t)


def bsn_ok(s):
    d = [int(c) for c in s]
    return len(d) == 9 and (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


# ---------------------------------------------------------------- IBAN
BANKS = [
    "INGB",
    "INGB",
    "INGB",
    "RABO",
    "RABO",
    "ABNA",
    "ABNA",
    "SNSB",
    "TRIO",
    "ASNB",
    "KNAB",
    "BUNQ",
    "RBRB",
]


def gen_iban():
    bank = ch(BANKS)
    if bank == "INGB":
        acct = "000" + "".join(str(R.randint(0, 9)) for _ in range(7))
    else:
        acct = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(9))
    s = bank + acct + "NL00"
    num = int("".join(str(int(c, 36)) for c in s))
    chk = 98 - num % 97
    return "NL%02d%s%s" % (chk, bank, acct)


def iban_ok(s):
    s = s.replace(" ", "")
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


BANK_SAY = {
    "INGB": ["I N G B", "ING B", "ingb", "INGB", "ie en gee bee"],
    "RABO": ["RABO", "rabo", "R A B O", "Rabo"],
    "ABNA": ["ABNA", "A B N A", "abn a", "ABN A"],
    "SNSB": ["SNSB", "S N S B", "sns b"],
    "TRIO": ["TRIO", "trio", "T R I O"],
    "ASNB": ["ASNB", "A S N B", "asn b"],
    "KNAB": ["KNAB", "knab", "K N A B"],
    "BUNQ": ["BUNQ", "bunq", "B U N Q"],
    "RBRB": ["RBRB", "R B R B"],
}


def say_iban(ib, style=None):
    cc, chk, bank, acct = ib[:2], ib[2:4], ib[4:8], ib[8:]
    style = style or ch(["asr_sp", "asr", "w", "w", "w2", "mix", "mix2", "w_groups"])
    if style == "asr_sp":
        s = ib
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if style == "asr":
        return ib
    c = ch(["NL", "N L", "NL", "en el", "N.L."])
    if style == "w":
        return c + " " + pair_w(chk) + " " + ch(BANK_SAY[bank]) + " " + digits_w(acct)
    if style == "w2":
        return (
            c + " " + digits_w(chk) + " " + ch(BANK_SAY[bank]) + " " + digits_w(acct, accent="één")
        )
    if style == "w_groups":
        return (
            c
            + " "
            + pair_w(chk)
            + ", "
            + ch(BANK_SAY[bank])
            + ", "
            + ", ".join(digits_w(acct[i : i + 4]) for i in (0, 4))
            + ", "
            + digits_w(acct[8:])
        )
    if style == "mix":
        return (
            "NL"
            + chk
            + " "
            + ch(BANK_SAY[bank])
            + " "
            + " ".join(acct[i : i + 4] for i in (0, 4, 8))
        )
    if style == "mix2":
        return c + " " + pair_w(chk) + " " + bank + " " + acct[:4] + " " + digits_w(acct[4:])
    return ib


def iban(style=None):
    ib = gen_iban()
    t = say_iban(ib, style)
    IBAN_REG.setdefault(t, set()).add(ib)
    return pii("iban", t)


# ---------------------------------------------------------------- postcode
PC_L = "ABCDEGHJKLMNPRSTVWXZ"


def gen_pc():
    n = R.randint(2491, 2598)
    while True:
        l = ch(PC_L) + ch(PC_L)
        if l not in ("SA", "SD", "SS"):
            return str(n), l


def say_pc(style=None):
    n, l = gen_pc()
    style = style or ch(
        [
            "asr",
            "asr",
            "asr_nosp",
            "w_caps",
            "w_sound",
            "dw_caps",
            "spell",
            "w_spell",
            "pairs_d",
            "w_low",
            "mix",
        ]
    )
    a, b = int(n[:2]), int(n[2:])
    nw = w99(a) + " " + pair_w(n[2:])
    if style == "asr":
        return n + " " + ch([l, l, l.lower()])
    if style == "asr_nosp":
        return n + l
    if style == "w_caps":
        return nw + " " + ch([l[0] + " " + l[1], l])
    if style == "w_sound":
        return nw + " " + LSOUND[l[0]] + " " + LSOUND[l[1]]
    if style == "w_low":
        return nw + " " + l.lower()
    if style == "dw_caps":
        return digits_w(n) + " " + l[0] + " " + l[1]
    if style == "spell":
        return n + " " + SPELL_OR_NATO(l[0]) + " " + SPELL_OR_NATO(l[1])
    if style == "w_spell":
        return nw + ", " + SPELL_OR_NATO(l[0]) + ", " + SPELL_OR_NATO(l[1])
    if style == "pairs_d":
        return n[:2] + " " + n[2:] + " " + l
    if style == "mix":
        return n + " " + LSOUND[l[0]] + " " + LSOUND[l[1]]
    return n + " " + l


def SPELL_OR_NATO(c):
    if R.random() < 0.15 and c in NATO:
        return NATO[c]
    return c + " van " + SPELL[c]


def pc(style=None):
    return pii("postcode", say_pc(style))


# ---------------------------------------------------------------- addresses
STREETS = [
    "Hoefkade",
    "Leyweg",
    "Vaillantlaan",
    "Paul Krugerlaan",
    "Hobbemastraat",
    "De la Reyweg",
    "Loosduinseweg",
    "Zuiderparklaan",
    "Moerweg",
    "Erasmusweg",
    "Beresteinlaan",
    "Dedemsvaartweg",
    "Escamplaan",
    "Soestdijksekade",
    "Wijndaelerweg",
    "Oudemansstraat",
    "Troelstrakade",
    "Jacob Catsstraat",
    "Parallelweg",
    "Rijswijkseweg",
    "Stuwstraat",
    "Heeswijkplein",
    "Withuysstraat",
    "Herman Costerstraat",
    "Van der Vennestraat",
    "Hengelolaan",
    "Apeldoornselaan",
    "Kijkduinsestraat",
    "Schalkburgerstraat",
    "Boekhorststraat",
    "Teniersstraat",
    "Zichtenburglaan",
    "Laan van Meerdervoort",
    "Mient",
    "Thomsonlaan",
    "Weimarstraat",
    "Fahrenheitstraat",
    "Frederik Hendriklaan",
    "Badhuisweg",
    "Spinozastraat",
    "Westeinde",
    "Prinsegracht",
    "Wolmaransstraat",
    "Kempstraat",
    "Delftselaan",
    "Zuidlarenstraat",
    "Nijkerklaan",
    "Melis Stokelaan",
    "Meppelweg",
    "Dierenselaan",
    "Marterrade",
    "Hofzichtlaan",
    "Ruychrocklaan",
    "Oude Haagweg",
    "Gouverneurlaan",
    "Wouwermanstraat",
    "Vlierboomstraat",
    "Copernicusplein",
    "Zonnebloemstraat",
    "Kraaienstraat",
    "Scheveningseweg",
    "Hildebrandstraat",
    "Sportlaan",
    "Elandstraat",
    "Lijsterbesstraat",
    "Goudenregenstraat",
    "Ketelstraat",
    "Walnootstraat",
]


def say_housenr(style=None):
    n = ch([R.randint(1, 60), R.randint(1, 60), R.randint(1, 250), R.randint(100, 480)])
    suf = ch(
        ["", "", "", "", "A", "B", "b", "a", "C", "huis", "hs", "bis", "-II", "-1", "-2", "G", "K"]
    )
    style = style or ch(["d", "d", "w", "w", "w_space", "dw"])
    if style == "w" or (style == "dw" and n < 100):
        num = w999(n)
    elif style == "w_space":
        num = w999(n, space=True)
    elif style == "dw":
        num = digits_w(str(n))
    else:
        num = str(n)
    if suf == "":
        return num
    if suf in ("-II", "-1", "-2"):
        if style == "d":
            return num + suf
        return num
    if suf in ("A", "B", "C", "G", "K", "a", "b"):
        if style == "d":
            return num + ch(["", " ", "-"]) + suf
        return num + " " + ch([suf.upper(), suf.lower(), LSOUND[suf.upper()]])
    if suf == "huis":
        return (
            num + " " + ch(["huis", "huis", "h s"])
            if style != "d"
            else num + ch(["-huis", " huis", "-hs", "hs"])
        )
    if suf == "hs":
        return num + (ch(["-hs", " hs"]) if style == "d" else " " + ch(["huis", "haa es"]))
    if suf == "bis":
        return num + " bis"
    return num


def adr(street=None, style=None):
    s = street or ch(STREETS)
    if R.random() < 0.08:
        s = s.lower()
    return pii("address", s + " " + say_housenr(style))


# ---------------------------------------------------------------- dates
def gen_date(birth=False, y0=2023, y1=2025):
    if birth:
        y = R.randint(1936, 2005)
    else:
        y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    dt = datetime.date(y, m, d)
    if not birth and dt.weekday() >= 5 and R.random() < 0.85:
        dt -= datetime.timedelta(days=dt.weekday() - 4)
    return dt


def say_date(dt, style=None, birth=False):
    d, m, y = dt.day, dt.month, dt.year
    mn = MONTHS[m - 1]
    wd = WEEKDAYS[dt.weekday()]
    if birth:
        style = style or ch(["w", "w", "d", "num", "num2", "spnum", "spnum2", "mixw", "yr2w"])
    else:
        style = style or ch(
            [
                "wn",
                "wn",
                "w",
                "d",
                "dn",
                "dn",
                "ord",
                "wk",
                "wkd",
                "wko",
                "num",
                "yr2",
                "wkord",
                "num_short",
                "w",
            ]
        )
    if style == "w":
        return w99(d) + " " + mn + " " + year_w(y)
    if style == "wn":
        return w99(d, een=ch(["een", "één"])) + " " + mn
    if style == "d":
        return "%d %s %d" % (d, mn, y)
    if style == "dn":
        return "%d %s" % (d, mn)
    if style == "ord":
        return ordw(d) + " " + mn
    if style == "wk":
        return wd + " " + w99(d) + " " + mn
    if style == "wkd":
        return wd + " " + str(d) + " " + mn
    if style == "wko":
        return wd + " de " + ordw(d)
    if style == "wkord":
        return wd + " de " + ordw(d) + " " + mn
    if style == "num":
        return ch(["%02d-%02d-%d", "%d-%d-%d", "%d/%d/%d", "%02d-%02d-%d"]) % (d, m, y)
    if style == "num2":
        return ch(
            [
                "%d-%d-%02d" % (d, m, y % 100),
                "%02d.%02d.%d" % (d, m, y),
                "%d-%d-'%02d" % (d, m, y % 100),
            ]
        )
    if style == "num_short":
        return ch(["%d-%d", "%d/%d", "%02d-%02d"]) % (d, m)
    if style == "yr2":
        return "%d %s '%02d" % (d, mn, y % 100)
    if style == "spnum":
        return w99(d) + " " + w99(m) + " " + year_w(y)
    if style == "spnum2":
        return ch(
            [
                w99(d) + " " + w99(m) + " " + w99(y % 100)
                if y % 100 > 9
                else w99(d) + " " + w99(m) + " " + year_w(y),
                ", ".join([w99(d), w99(m), year_w(y)]),
            ]
        )
    if style == "mixw":
        return "%d %s %s" % (d, mn, year_w(y))
    if style == "yr2w":
        return (
            w99(d)
            + " "
            + mn
            + " "
            + (
                "'" + "%02d" % (y % 100)
                if R.random() < 0.5
                else w99(y % 100)
                if y % 100 > 9
                else year_w(y)
            )
        )
    return "%d %s" % (d, mn)


def dat(style=None, birth=False, dt=None, y0=2023, y1=2025):
    dt = dt or gen_date(birth, y0, y1)
    return pii("date", say_date(dt, style, birth))


def dob(style=None):
    return dat(style, birth=True)


# ---------------------------------------------------------------- case numbers
def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


DASH = ["streepje", "streepje", "liggend streepje", "min", "koppelteken", "dash"]
SLASH = ["slash", "schuine streep", "slash"]


def say_dossier(kind=None):
    kind = kind or ch(
        [
            "vt",
            "yearnum",
            "szw",
            "hash",
            "slash",
            "wmo",
            "zdot",
            "plain",
            "cjg",
            "letter",
            "yearnum",
            "plain",
        ]
    )
    y = R.randint(2019, 2025)
    mode = ch(["asr", "w", "mix"])
    if kind == "vt":
        n = rdig(4) if R.random() < 0.7 else rdig(5)
        if mode == "asr":
            return "VT-%d-%s" % (y, n)
        if mode == "w":
            return (
                ch(["V T", "vee tee", "VT"])
                + " "
                + ch(DASH)
                + " "
                + year_w(y)
                + " "
                + ch(DASH)
                + " "
                + ch(
                    [
                        " ".join(pair_w(n[i : i + 2]) for i in range(0, 4, 2))
                        + (" " + dw(n[4]) if len(n) == 5 else ""),
                        digits_w(n),
                    ]
                )
            )
        return "VT " + ch(DASH) + " " + str(y) + " " + ch(DASH) + " " + n
    if kind == "yearnum":
        n = "0" + rdig(4) if R.random() < 0.5 else rdig(5)
        if mode == "asr":
            return "%d-%s" % (y, n)
        if mode == "w":
            return year_w(y) + " " + ch(DASH) + " " + digits_w(n)
        return str(y) + " " + ch(DASH) + " " + n
    if kind == "szw":
        p = ch(["SZW", "SZW", "WZ", "SHV", "BBZ", "HW"])
        n = rdig(6)
        if mode == "asr":
            return p + "-" + n
        if mode == "w":
            return (
                " ".join(p)
                + " "
                + ch(DASH)
                + " "
                + " ".join(pair_w(n[i : i + 2]) for i in (0, 2, 4))
            )
        return p + " " + ch(DASH) + " " + ch([n, digits_w(n)])
    if kind == "hash":
        n = rdig(5)
        if mode == "asr":
            return "#" + n
        if mode == "w":
            return (
                ch(["hekje", "hashtag", "nummerteken"])
                + " "
                + ch([digits_w(n), pair_w(n[:2]) + " " + triple_w(n[2:])])
            )
        return ch(["hekje ", "hashtag "]) + n
    if kind == "slash":
        n = "0" + rdig(4)
        if mode == "asr":
            return "%d/%s" % (y, n)
        if mode == "w":
            return year_w(y) + " " + ch(SLASH) + " " + digits_w(n)
        return str(y) + " " + ch(SLASH) + " " + n
    if kind == "wmo":
        n = "00" + rdig(3)
        yy = y % 100
        if mode == "asr":
            return "WMO%d-%s" % (yy, n)
        if mode == "w":
            return ch(["W M O", "wmo", "Wmo"]) + " " + w99(yy) + " " + ch(DASH) + " " + digits_w(n)
        return "Wmo " + str(yy) + " " + ch(DASH) + " " + n
    if kind == "zdot":
        n = rdig(4)
        if mode == "asr":
            return "Z.%d.%s" % (y, n)
        if mode == "w":
            return "Z punt " + year_w(y) + " punt " + digits_w(n)
        return "Z punt %d punt %s" % (y, n)
    if kind == "cjg":
        n = str(R.randint(100, 999))
        yy = y % 100
        if mode == "asr":
            return "CJG/%d/%s" % (yy, n)
        if mode == "w":
            return "C J G " + ch(SLASH) + " " + w99(yy) + " " + ch(SLASH) + " " + w999(int(n))
        return "CJG " + ch(SLASH) + " " + str(yy) + " " + ch(SLASH) + " " + n
    if kind == "letter":
        a, b = ch(PC_L), ch(PC_L)
        n = rdig(4)
        if mode == "asr":
            return a + b + "-" + n + "-" + ch(PC_L)
        z = ch(PC_L)
        return (
            SPELL_OR_NATO(a)
            + " "
            + SPELL_OR_NATO(b)
            + " "
            + ch([digits_w(n), n])
            + " "
            + SPELL_OR_NATO(z)
        )
    # plain digits client/customer number
    n = rdig(ch([7, 8, 8, 6, 10]))
    if mode == "asr":
        return n
    if mode == "w":
        if len(n) % 2 == 0:
            return " ".join(pair_w(n[i : i + 2]) for i in range(0, len(n), 2))
        return digits_w(n)
    return (
        " ".join(n[i : i + 2] for i in range(0, len(n), 2))
        if R.random() < 0.5
        else digits_w(n[:3]) + " " + n[3:]
    )


def dos(kind=None):
    return pii("dossier", say_dossier(kind))


# ---------------------------------------------------------------- e-mail
DOMAINS = [
    "gmail.com",
    "gmail.com",
    "hotmail.com",
    "hotmail.nl",
    "outlook.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "planet.nl",
    "yahoo.com",
    "icloud.com",
    "casema.nl",
    "hetnet.nl",
    "upcmail.nl",
]
WORK_DOMAINS = [
    "denhaag.nl",
    "swtdenhaag.nl",
    "stichtingmooi.nl",
    "xtra.nl",
    "parnassia.nl",
    "mee-zhn.nl",
    "florence.nl",
    "voorwelzijn.nl",
]

_ASCII = str.maketrans(
    {
        "ş": "s",
        "Ş": "S",
        "ı": "i",
        "ç": "c",
        "Ç": "C",
        "ö": "o",
        "Ö": "O",
        "ü": "u",
        "Ü": "U",
        "ğ": "g",
        "ł": "l",
        "ń": "n",
        "ś": "s",
        "ó": "o",
        "ț": "t",
        "í": "i",
        "é": "e",
        "ç": "c",
    }
)


def asc(s):
    return s.translate(_ASCII).lower().replace(" ", "").replace("-", "")


def gen_email(p, work=False, dom=None):
    f, l = asc(p.first), asc(p.last)
    yy = "%02d" % R.randint(60, 99) if R.random() < 0.5 else str(R.randint(1, 99))
    if work:
        local = ch([f[0] + "." + l, f + "." + l, f + l])
        dom = dom or ch(WORK_DOMAINS)
    else:
        local = ch(
            [
                f + "." + l,
                f[0] + "." + l,
                f + l + yy,
                f + "_" + l,
                l + f[0],
                f + yy,
                f + "." + l + yy,
                "mama" + f,
                f + "-" + l,
            ]
        )
        dom = dom or ch(DOMAINS)
    return local, dom


def say_email(p, work=False, style=None, ld=None, dom=None):
    local, dom = ld or gen_email(p, work, dom)
    style = style or ch(["asr", "asr", "w_at", "w_apen", "w_apen", "mix", "w_at_sp", "w_apen_num"])
    if style == "asr":
        return local + "@" + dom

    def spoken_local(loc, numw):
        out = (
            loc.replace(".", " punt ")
            .replace("_", ch([" laag streepje ", " underscore "]))
            .replace("-", " streepje ")
        )
        if numw:
            out = re.sub(
                r"\d+",
                lambda m: (
                    " "
                    + (w99(int(m.group())) if m.group()[0] != "0" else digits_w(m.group()))
                    + " "
                ),
                out,
            )
        return re.sub(" +", " ", out).strip()

    dw_ = dom.replace(".", " punt ")
    if style == "w_at":
        return spoken_local(local, False) + " at " + dw_
    if style == "w_apen":
        return (
            spoken_local(local, True) + " " + ch(["apenstaartje", "apenstaart", "at"]) + " " + dw_
        )
    if style == "w_apen_num":
        return spoken_local(local, True) + " apenstaartje " + dom
    if style == "w_at_sp":
        return spoken_local(local.replace(".", " "), True).replace(" ", " ") + " at " + dw_
    # mix: digits kept, spoken signs
    return local + " " + ch(["at", "apenstaartje"]) + " " + dom


def mail(p, work=False, style=None, ld=None, dom=None):
    return pii("email", say_email(p, work, style, ld, dom))


# ---------------------------------------------------------------- misc readable context
def money():
    return ch(
        [
            "twaalfhonderd euro",
            "€ 1.340",
            "zeshonderdvijftig euro",
            "3400 euro",
            "drieduizend euro",
            "honderdtwintig euro per maand",
            "vijfenzeventig euro",
            "€ 287,50",
            "achttienhonderd euro",
            "ongeveer elfduizend euro",
            "450 euro",
            "tweehonderd euro",
        ]
    )


def age():
    a = R.randint(19, 91)
    return ch(["%d jaar" % a, w99(a) + " jaar", "%d jaar oud" % a, w99(a) + " jaar oud"])


def clock():
    return ch(
        [
            "om half tien",
            "om tien uur",
            "om kwart over twee",
            "om 14:30",
            "om 9 uur",
            "om half drie",
            "rond elf uur",
            "om 13.15 uur",
            "om kwart voor vier",
            "'s middags",
        ]
    )


def ts(sec):
    return "[%02d:%02d:%02d]" % (sec // 3600, (sec // 60) % 60, sec % 60)


def PH(num, style=None):
    return pii("phone", say_phone(num, style))


def vmhead(num=None):
    t = "%d:%02d" % (R.randint(0, 1), R.randint(5, 59))
    k = R.randint(0, 6)
    if k == 0 and num:
        return "Voicemail van " + PH(num, "asr") + " (" + t + ")"
    if k == 1 and num:
        return (
            "Nieuw voicemailbericht "
            + ch(["van", "–"])
            + " "
            + PH(num, ch(["asr", "intl_d"]))
            + ", duur "
            + t
        )
    if k == 2:
        return "Voicemail, nummer afgeschermd, " + t + " min"
    if k == 3:
        return "[voicemail-transcriptie, automatisch gegenereerd, kan fouten bevatten]"
    if k == 4:
        return (
            "Bericht ingesproken "
            + ch(["om 09:12", "om 16:47", "om 11:03", "om 13:38", "om 08:55"])
            + " ("
            + t
            + ")"
        )
    if k == 5 and num:
        return "Van: " + PH(num, "asr") + "\nTranscriptie:"
    return "Voicemailtranscriptie (" + t + "):"


def hij(p):
    return "zij" if p.g == "f" else "hij"


def zijn(p):
    return "haar" if p.g == "f" else "zijn"


def Hij(p):
    return hij(p).capitalize()


def conv(lines, sp, style=None):
    """lines: list of (key, text); sp: key -> dict(name, full, role, abbr)"""
    style = style or ch(["spk", "ts", "named", "role", "short", "spk_letter", "ts_spk"])
    out = []
    t = R.randint(0, 15)
    keys = list(sp)
    for who, text in lines:
        s = sp[who]
        t += R.randint(3, 28)
        if style == "spk":
            lab = "Spreker %d:" % (keys.index(who) + 1)
        elif style == "spk_letter":
            lab = "Spreker %s:" % "ABCD"[keys.index(who)]
        elif style == "ts_spk":
            lab = "%s S%d:" % (ts(t), keys.index(who) + 1)
        elif style == "ts":
            lab = ts(t) + " " + s["role"] + ":"
        elif style == "named":
            lab = s["name"] + ":"
        elif style == "teams":
            out.append(s["full"] + "   " + "%d:%02d" % (t // 60, t % 60) + "\n" + text)
            continue
        elif style == "short":
            lab = s["abbr"] + ":"
        else:
            lab = s["role"] + ":"
        out.append(lab + " " + text)
    return "\n".join(out)


def spk(p, role, abbr, client=False):
    if client:
        n = mr(p, ch(["short", "spoken"]))
        return dict(name=n[0].upper() + n[1:], full=full(p), role=role, abbr=abbr)
    return dict(name=fn(p), full=full(p), role=role, abbr=abbr)


SOCHT = "'s ochtends"

# ================================================================ templates
TEMPLATES = []


def T(kind):
    def deco(f):
        TEMPLATES.append((kind, f))
        return f

    return deco


# ---------------------------------------------------------------- voicemails
@T("vm")
def vm01():
    c, w = person(), worker()
    num = gen_mobile()
    return (
        f"{vmhead(num)}\n"
        f"Ja hallo goedemiddag, u spreekt met {full(c)}. Eh ik werd vanochtend gebeld door {fn(w)} van het wijkteam, "
        f"over die brief van de {O('Belastingdienst')}. Ik ben eigenlijk de hele dag thuis, alleen {ch(['woensdagmiddag', 'dinsdagochtend', 'vrijdag na twaalven'])} niet. "
        f"U kunt mij terugbellen op {PH(num)}. Nog een keer: {PH(num, ch(['w_dw', 'asr', 'w_pairs']))}. Oké, dank u wel, doei."
    )


@T("vm")
def vm02():
    c, w = person(), worker()
    gp = person("nl")
    return (
        f"{vmhead()}\n"
        f"Goedemorgen, met de assistente van {O('huisartsenpraktijk ' + ch(['Transvaal', 'De Linde', 'Het Kompas', 'Moerwijk-Zuid', 'De Fuut']))}, {fn(person('nl', 'f'))} hier. "
        f"Ik bel namens {Ro('dokter')} {P(gp.last_cap)} over uw cliënt {mr(c)}, geboren {dob()}. "
        f"De verwijzing voor de {O('GGZ')} is {dat('wn')} verstuurd naar {O(ch(['Parnassia', 'PsyQ', 'Brijder', 'Indigo']))}. "
        f"Als u nog vragen heeft kunt u bellen naar de praktijk, {tel('l')}, keuze drie, en dan even naar mij vragen. Fijne dag."
    )


@T("vm")
def vm03():
    c = person()
    wc = person("nl")
    return (
        f"{vmhead()}\n"
        f"Ja, goedemiddag, u spreekt met {full(wc)}, {Ro('woonconsulent')} bij {O(ch(['Haag Wonen', 'Staedion', 'Vestia', 'Woonbron']))}. "
        f"Ik bel over de huurder op de {adr()}, {mr(c)}. De huurachterstand is inmiddels opgelopen tot {money()} en we hebben {dat(ch(['wn', 'w', 'ord']))} "
        f"een aanmaning gestuurd. Ons dossiernummer is {dos(ch(['szw', 'plain', 'letter']))}. Ik wil graag voorkomen dat het naar de deurwaarder gaat, "
        f"dus als het wijkteam contact kan opnemen graag. Mijn directe nummer is {tel(ch(['m', 'l']))}. Dank u wel."
    )


@T("vm")
def vm04():
    mom, d = person(g="f"), person(g="f")
    d.last = mom.last if R.random() < 0.5 else d.last
    return (
        f"{vmhead()}\n"
        f"Hallo, met {fn(d)}, de dochter van {mr(mom)}. Ik maak me eigenlijk best wel zorgen, mijn moeder vergeet steeds meer, "
        f"vorige week stond ze om twee uur 's nachts buiten. Ze woont op {adr()}, postcode {pc()}, in {Wk()}. "
        f"Ik heb gehoord dat jullie een {Ro('casemanager dementie')} hebben? Ik ben zelf het beste bereikbaar na vijf uur op {tel()}. "
        f"En mijn broer {P(person(mom.origin, 'm').first)} weet er ook van. Oké, nou, ik hoor het wel. Doei."
    )


@T("vm")
def vm05():
    c = person()
    bw = person("nl")
    return (
        f"{vmhead()}\n"
        f"Goedendag, {full(bw)} van {O(ch(['Bewindvoering De Horizon', 'Budgetbeheer Haaglanden', 'bewindvoeringskantoor Het Anker', 'Stichting Kwadraad Bewind']))}. "
        f"Even een update over {mr(c)}. Het leefgeld gaat vanaf {dat(ch(['wn', 'dn', 'ord']))} naar een nieuwe rekening, "
        f"dat is {iban()}. Wilt u dat doorgeven aan de {O('Voedselbank')}, want daar staat nog het oude nummer. "
        f"Het klantnummer bij ons is {dos('plain')}. Ik ben terug te bellen op {tel('l')}. Groetjes."
    )


@T("vm")
def vm06():
    c = person("nl")
    nb = person()
    return (
        f"{vmhead()}\n"
        f"Eh ja hallo. Ik bel eh, ik weet niet of ik goed zit, maar ik woon naast {mr(c)}, {ch(['die oude man', 'die meneer', 'die oudere'])} op nummer "
        f"{w99(R.randint(2, 60))}. Ik heb hem al vier dagen niet gezien en de post ligt op de mat. Ik ben {full(nb)}, ik woon zelf op de {adr()}. "
        f"De {Ro('huismeester')} zei dat ik jullie moest bellen. Mijn nummer is {tel()}. Ja. Oké. Doei."
    )


@T("vm")
def vm07():
    c = person()
    vt = worker()
    return (
        f"{vmhead()}\n"
        f"Goedemiddag, met {full(vt)} van {O('Veilig Thuis Haaglanden')}. Ik bel in verband met een melding over het gezin {P(c.last_cap)} "
        f"in {Wk()}. Ons meldingsnummer is {dos('vt')}. Wij willen graag {dat(ch(['wk', 'wkd', 'wko']))} een overleg plannen met de "
        f"{Ro('casusregisseur')}. U kunt mij bereiken via het algemene nummer, {tel('l')}, en dan vragen naar {fn(vt)}. Tot ziens."
    )


@T("vm")
def vm08():
    c = person("pl")
    w = worker()
    return (
        f"{vmhead()}\n"
        f"Hallo, goedemorgen, ik ben {full(c)}. Ik bel voor {fn(w)}. Sorry mijn Nederlands is niet zo goed. Ik heb papier van {O('UWV')} "
        f"en ik begrijp niet. Mijn telefoon is {tel()}. Of mijn vriendin {fn(person('pl', 'f'))}, zij spreekt Nederlands, {tel(style=ch(['asr', 'single', 'mixB']))}. "
        f"Ik woon {adr(style='d')}. Dank u, dank u wel."
    )


@T("vm")
def vm09():
    kid, mom = person(), person(g="f")
    kid.last = mom.last
    jc = worker()
    return (
        f"{vmhead()}\n"
        f"Hoi, met {fn(jc)}, {Ro('jeugdconsulent')} van het {O('CJG')} {Wk()}. Ik bel over {fn(kid)} {P(kid.last)}, geboren {dat(dt=gen_date(False, 2007, 2019), style=ch(['w', 'num', 'spnum', 'd']))}. "
        f"Moeder, {mr(mom)}, gaf aan dat jullie ook betrokken zijn. Ons registratienummer is {dos('cjg')}. "
        f"Zou fijn zijn als we even kunnen afstemmen voor het gesprek op {dat(ch(['wk', 'wkd', 'ord']))}. Mijn mobiel is {tel()}. Doei!"
    )


@T("vm")
def vm10():
    c = person()
    wa = person("nl", "m")
    return (
        f"{vmhead()}\n"
        f"Ja goedemiddag, {full(wa)}, {Ro('wijkagent')} {Wk()}. Ik bel over {mr(c)} van de {adr()}. Er is gisteren weer een melding "
        f"binnengekomen van geluidsoverlast en een ruzie in het trappenhuis. Registratienummer bij ons is {dos(ch(['plain', 'yearnum']))}. "
        f"Ik wil graag even met de {Ro('maatschappelijk werker')} schakelen. Ik ben bereikbaar op {tel()}. Ik stuur het ook nog even per mail. Groet."
    )


@T("vm")
def vm11():
    c = person()
    ld = gen_email(c)
    return (
        f"{vmhead()}\n"
        f"Hallo met {fn(c)}, {P(c.last)}. Ik moest mijn mailadres doorgeven voor die formulieren. Het is {mail(c, ld=ld)}. "
        f"Ik herhaal: {mail(c, style=ch(['w_apen', 'w_at', 'w_apen_num']), ld=ld)}. Dus alles aan elkaar. En mijn nummer heeft u al, maar voor de zekerheid, {tel()}. Oké dank je wel."
    )


@T("vm")
def vm12():
    mz, c = person(), person()
    return (
        f"{vmhead()}\n"
        f"Ja hallo, u spreekt met {full(mz)}, ik ben {ch(['mantelzorger', 'de mantelzorger', 'de buurvrouw en mantelzorger'])} van {mr(c)}. "
        f"Ik red het eerlijk gezegd niet meer, ik doe al drie jaar alles. Ik had gehoord dat er respijtzorg is via de {O('Wmo')}. "
        f"Het nummer van de indicatie staat hier, dat is {dos('wmo')}. Ik ben bereikbaar op {tel('l')} of mobiel {tel()}. Alvast bedankt."
    )


@T("vm")
def vm13():
    c = person()
    shv = worker()
    return (
        f"{vmhead()}\n"
        f"Goedemorgen, met {fn(shv)} van {O(ch(['Schuldhulpverlening Den Haag', 'het Haags Startpunt Geldzaken', 'Bureau Schuldhulpverlening', 'Schuldhulpmaatje']))}. "
        f"Ik heb het dossier van {mr(c)} voor me, nummer {dos(ch(['yearnum', 'szw', 'slash']))}. We missen nog de bankafschriften van de rekening eindigend op "
        f"{ch(['vier twee', 'zevenenvijftig', 'twee nul', '81'])}, en het BSN van de partner, {fn(person(c.origin, 'm' if c.g == 'f' else 'f'))}. "
        f"Die afspraak van {dat(ch(['wk', 'wkd', 'wn']))} gaat verder gewoon door. Bellen kan naar {tel()}. Groetjes."
    )


@T("vm")
def vm14():
    c = person("er")
    tolk = person("er")
    return (
        f"{vmhead()}\n"
        f"Goedemiddag, met {full(tolk)}, ik ben de tolk Tigrinya. Ik bel over de afspraak met {fn(c)} {P(c.last)} op "
        f"{dat(ch(['wk', 'wkd', 'wkord']))} {clock()}. Ik kan helaas niet fysiek komen, wel telefonisch. "
        f"De opdrachtcode van het {O('Tolkcentrum')} is {dos(ch(['letter', 'plain']))}. Mijn nummer is {tel()}. Bedankt."
    )


@T("vm")
def vm15():
    c = person()
    vpk = person("nl", "f")
    return (
        f"{vmhead()}\n"
        f"Ja hallo, met {fn(vpk)}, {Ro('transferverpleegkundige')} van het {O(ch(['HMC Westeinde', 'Haga Ziekenhuis', 'HMC Bronovo', 'Reinier de Graaf']))}. "
        f"Ik bel over patiënt {full(c)}, geboortedatum {dob()}. {Hij(c)} gaat naar verwachting {dat(ch(['wk', 'wn', 'wkd']))} met ontslag "
        f"naar huis, {adr()}. Er is thuiszorg nodig via {O(ch(['Florence', 'HWW Zorg', 'Zorg aan Huis', 'Saffier']))} maar er is geen mantelzorg. "
        f"Kunnen jullie meekijken? Terugbellen op {tel('l')}, toestel {w999(R.randint(200, 899))}. Dank u."
    )


@T("vm")
def vm16():
    c = person("so")
    son = person("so", "m")
    son.last = c.last
    return (
        f"{vmhead()}\n"
        f"Hallo, ik ben {fn(son)}, de zoon van {mr(c)}. Mijn moeder spreekt geen Nederlands dus ik bel voor haar. "
        f"Zij heeft een brief gekregen, kenmerk {dos()}, over haar toeslag. Ze woont {adr()}, {pc()}. "
        f"U mag mij bellen, {tel()}, of mailen naar {mail(son)}. Dank u wel, doei."
    )


@T("vm")
def vm17():
    c = person()
    w = worker()
    return (
        f"{vmhead()}\n"
        f"{ch(['Hoi', 'Hey', 'Hallo'])} {fn(w)}, met {fn(c)}. Ik kan morgen niet komen, mijn zoontje is ziek. Kunnen we het verzetten naar "
        f"{dat(ch(['wk', 'wkd', 'wko', 'ord']))}? En ik heb die brief van {O('DUO')} gevonden, daar staat een nummer op, {dos('plain')}. "
        f"Bel me maar even terug op {tel()}. Doeg."
    )


@T("vm")
def vm18():
    c = person()
    vb = person("nl")
    return (
        f"{vmhead()}\n"
        f"Goedemiddag, met {full(vb)}, vrijwilliger bij de {O('Voedselbank Haaglanden')}, uitgiftepunt {Wk()}. "
        f"Ik bel over de intake van {mr(c)}. We hebben de inkomensgegevens binnen maar de verwijzer staat nog niet in het systeem. "
        f"Het klantnummer wordt {dos(ch(['plain', 'hash']))}. De eerste uitgifte kan {dat(ch(['wk', 'wkd', 'wko']))} zijn. "
        f"Ik ben bereikbaar op {tel()}. Fijne dag verder."
    )


@T("vm")
def vm19():
    c = person("tr", "f")
    w = worker()
    return (
        f"{vmhead()}\n"
        f"alo, eh, {fn(w)} {'hanım' if w.g == 'f' else 'bey'}? ik ben {fn(c)}, {P(c.last)}. de meneer van energie is geweest, hij zegt ze sluiten stroom af op "
        f"{dat(ch(['wn', 'dn', 'ord']))}. klantnummer eh {dos('plain')}. ik heb geld niet. bel mij alsjeblieft, {tel()}. of mijn dochter "
        f"{fn(person('tr', 'f'))}, {tel()}. dank je."
    )


@T("vm")
def vm20():
    c = person()
    ra = worker()
    return (
        f"{vmhead()}\n"
        f"Dag, met {full(ra)}, {Ro('reclasseringswerker')} bij {O('Reclassering Nederland')}. {mr(c)} valt sinds {dat(ch(['w', 'wn', 'd']))} onder toezicht bij ons, "
        f"parketnummer {dos(ch(['plain', 'letter', 'yearnum']))}. {Hij(c)} heeft aangegeven dat het {O('sociaal wijkzorgteam')} {Wk()} betrokken is. "
        f"Graag even contact, {tel()}, of mail naar {mail(ra, work=True, dom='reclassering.nl')}. Dank je."
    )


@T("vm")
def vm21():
    c = person("cv")
    w = worker()
    return (
        f"{vmhead()}\n"
        f"Bom dia, eh, goedemorgen. Met {full(c)}. Voor {fn(w)}. Ik heb de huurcontract gevonden, het adres is {adr()}, "
        f"en de postcode {pc()}. Mijn BSN vroeg je ook, {bsn()}. De nummer van mijn zus {fn(person('cv', 'f'))} is {tel()}, zij kan vertalen. Obrigado, dank je."
    )


@T("vm")
def vm22():
    c = person()
    ouder = worker()
    return (
        f"{vmhead()}\n"
        f"Goedemiddag, {full(ouder)}, {Ro('ouderenconsulent')} bij {O(ch(['Vóór Welzijn', 'Stichting MOOI', 'Xtra', 'Welzijn Scheveningen']))}. Ik was vandaag op huisbezoek bij {mr(c)} "
        f"op de {adr()}. {Hij(c)} gaf aan dat {hij(c)} {dat(ch(['w', 'dn', 'wn']))} al een aanvraag voor huishoudelijke hulp "
        f"heeft gedaan bij het {O('Wmo-loket')}, maar nog niks gehoord. Het aanvraagnummer is {dos(ch(['wmo', 'zdot']))}. Misschien kunnen jullie navragen? Bel gerust, {tel()}."
    )


@T("vm")
def vm23():
    c = person("ro")
    return (
        f"{vmhead()}\n"
        f"Buna ziua, hallo. Mijn naam is {full(c)}. Ik werk bij de kassen, in {ch(['Westland', 'Honselersdijk', 'Naaldwijk'])}, maar ik woon in Den Haag. "
        f"Mijn baas betaalt niet, twee maanden. Iemand zei bel het wijkteam. Mijn adres {adr()}. Telefoon {tel_foreign()} of Nederlands nummer {tel()}. Thank you."
    )


@T("vm")
def vm24():
    c = person()
    w = worker()
    sup = person("nl", "f")
    return (
        f"{vmhead()}\n"
        f"Hoi {fn(w)}, met {fn(sup)} van het {O('Servicepunt XL')} {Wk()}. Er stond hier net {mr(c)} aan de balie, erg overstuur. "
        f"Ze heeft een afsluitbrief van {O(ch(['Dunea', 'Eneco', 'Vattenfall']))}. Ik heb haar gegevens genoteerd: geboren {dob()}, telefoon {tel()}. "
        f"Ze wacht op een belletje van jullie. Groetjes!"
    )


@T("vm")
def vm25():
    c = person()
    pr = person("nl")
    return (
        f"{vmhead()}\n"
        f"Ja goedemiddag, u spreekt met {full(pr)} van de {O('Sociale Verzekeringsbank')}. Ik bel namens de afdeling AOW over "
        f"{mr(c)}, burgerservicenummer {bsn()}. Wij hebben een wijziging in de woonsituatie ontvangen per {dat(ch(['w', 'd', 'wn']))}. "
        f"Wilt u met cliënt contact opnemen? U kunt ons bereiken op {tel('l')} onder vermelding van zaaknummer {dos(ch(['yearnum', 'zdot']))}."
    )


@T("vm")
def vm26():
    c = person()
    w = worker()
    return (
        f"{vmhead()}\n"
        f"{fn(w)}, met {fn(c)}. Ik ben verhuisd hè. Nieuw adres is {adr()}. Postcode eh {pc()}. Dat moet naar de gemeente toch? "
        f"En mijn oude nummer doet het niet meer, nieuw is {tel()}. Bel maar. Oja, {dat(ch(['wk', 'wkd', 'wko']))} kan ik niet."
    )


@T("vm")
def vm27():
    c = person()
    w = worker()
    return (
        f"{vmhead()}\n"
        f"Hoi {fn(w)}, {fn(c)} hier. Je vroeg om mijn rekeningnummer voor de bijzondere bijstand. Ik lees het even voor van mijn pasje: {iban()}. "
        f"Staat op naam van mij en mijn man, {full(person(c.origin, 'm'))}. Doei doei."
    )


@T("vm")
def vm28():
    w = worker()
    d1 = gen_date()
    return (
        f"{vmhead()}\n"
        f"[begroeting voicemail] U spreekt met de voicemail van {full(w)}, {Ro(ch(['maatschappelijk werker', 'wijkverpleegkundige', 'casusregisseur', 'ouderenconsulent']))} "
        f"bij het sociaal wijkzorgteam {Wk()}. Ik ben {ch(['op maandag, dinsdag en donderdag', 'van maandag tot en met donderdag', 'op werkdagen tot vier uur'])} bereikbaar. "
        f"Van {dat(ch(['wn', 'dn']), dt=d1)} tot en met {dat(ch(['wn', 'dn']), dt=d1 + datetime.timedelta(days=R.randint(7, 20)))} ben ik met vakantie, bel dan mijn collega {full(worker())} op {tel()}. "
        f"Bij spoed kunt u ook bellen met {O('Veilig Thuis')}, nul achthonderd, twee nul nul nul. Spreek na de piep uw naam en nummer in.\n"
        f"[bericht] Ja hallo, met {mr(person())}, ik wou even vragen of u terug kunt bellen. {tel()}. Dank u."
    )


# ---------------------------------------------------------------- phone-call transcripts
def cthead():
    return ch(
        [
            "Transcriptie telefoongesprek",
            "Gespreksopname (automatisch getranscribeerd)",
            "Telefoongesprek – transcript",
            "Opname gesprek, transcriptie via spraakherkenning",
            "Transcript",
            "--- transcriptie start ---",
            "Automatische transcriptie, niet gecontroleerd",
        ]
    )


@T("ct")
def ct01():
    c, w = person(), worker()
    num = gen_mobile()
    L = [
        ("A", f"{O('Servicepunt XL')} {Wk()}, u spreekt met {fn(w)}, waarmee kan ik u helpen?"),
        ("B", f"Ja goedemorgen, ik wil me aanmelden voor hulp, met de schulden."),
        ("A", "Dat kan. Mag ik eerst uw naam?"),
        ("B", f"{full(c)}."),
        ("A", "Kunt u de achternaam spellen?"),
        ("B", f"{P(spell_name(c.last))}."),
        ("A", "En uw geboortedatum?"),
        ("B", f"{dob()}."),
        ("A", "Uw burgerservicenummer heeft u die bij de hand?"),
        ("B", f"Eh wacht, ja. {bsn()}."),
        ("A", "En waar woont u?"),
        ("B", f"{adr()}, {pc()}."),
        ("A", "Op welk nummer kan ik u bereiken?"),
        ("B", f"{PH(num)}."),
        ("A", f"Dus {PH(num, ch(['asr', 'w_pairs', 'asr2']))}?"),
        ("B", "Ja klopt."),
        (
            "A",
            f"Prima. Dan neemt een {Ro(ch(['schuldhulpverlener', 'budgetcoach', 'maatschappelijk werker']))} deze week contact met u op.",
        ),
    ]
    return (
        cthead()
        + "\n"
        + conv(L, {"A": spk(w, "Medewerker", "MW"), "B": spk(c, "Beller", "B", True)})
    )


@T("ct")
def ct02():
    c, w, bw = person(), worker(), person("nl")
    L = [
        (
            "A",
            f"Goedemiddag, met {fn(w)} van het wijkteam {Wk()}. Ik bel over {mr(c)}, jullie doen het bewind.",
        ),
        ("B", f"Ja, {full(bw)} hier. Heeft u een geboortedatum voor me?"),
        ("A", f"{dob()}."),
        ("B", "Ja ik heb hem. Wat kan ik voor u doen?"),
        ("A", f"{Hij(c)} zegt dat er geen leefgeld is overgemaakt deze week."),
        (
            "B",
            f"Klopt, de rekening eindigend op {ch(['zes vier', 'tweeëndertig', '17'])} is geblokkeerd. We hebben een nieuwe geopend, {iban()}. Vanaf {dat(ch(['wk', 'wkd', 'wko']))} staat het erop.",
        ),
        ("A", "Oké, en het klantnummer?"),
        ("B", f"{dos(ch(['plain', 'letter']))}."),
        ("A", "Dank je, dan laat ik het weten."),
    ]
    return conv(L, {"A": spk(w, "Wijkteam", "WT"), "B": spk(bw, "Bewindvoerder", "BV")})


@T("ct")
def ct03():
    c, w = person(), worker()
    gp = person("nl", ch("fm"))
    L = [
        (
            "A",
            f"Dag dokter, met {fn(w)}, {Ro('maatschappelijk werker')} in {Wk()}. Het gaat over {full(c)}.",
        ),
        ("B", "Ja. Geboortedatum even?"),
        ("A", f"{dob()}, woont op de {adr()}."),
        (
            "B",
            f"Ja, die ken ik. Ik heb {zijn(c)} al een tijd niet gezien, laatste keer was {dat(ch(['w', 'd', 'wn', 'num']))}.",
        ),
        (
            "A",
            f"Er is toestemming getekend, {Hij(c)} wil wel naar de {Ro('POH-GGZ')} maar durft niet te bellen.",
        ),
        (
            "B",
            f"Dan zet ik een afspraak in bij {fn(person('nl', 'f'))}, onze POH. Geeft u het telefoonnummer nog even?",
        ),
        ("A", f"{tel()}."),
        ("B", "Goed, ik regel het."),
    ]
    return (
        cthead()
        + "\n"
        + conv(
            L,
            {
                "A": spk(w, "Medewerker", "MW"),
                "B": dict(name="Dr. " + P(gp.last_cap), full=full(gp), role="Huisarts", abbr="HA"),
            },
        )
    )


@T("ct")
def ct04():
    mom, w = person(g="f"), worker()
    k1, k2 = person(mom.origin), person(mom.origin)
    vt = worker()
    L = [
        ("A", f"{O('Veilig Thuis')}, met {fn(vt)}."),
        (
            "B",
            f"Hoi, met {fn(w)} van het wijkteam. Ik wil graag overleggen over een gezin, mag dat anoniem eerst?",
        ),
        ("A", "Ja, vertel."),
        (
            "B",
            "Moeder met twee kinderen, vader is vorige maand weer ingetrokken, en de buren horen geschreeuw.",
        ),
        ("A", "Ik denk dat een melding hier op zijn plek is. Dan heb ik wel de gegevens nodig."),
        (
            "B",
            f"Moeder is {full(mom)}, geboren {dob()}. Adres {adr()}, {pc()}. Kinderen {fn(k1)}, {dat(birth=True, y0=2012, y1=2020, dt=gen_date(False, 2012, 2020), style=ch(['w', 'num', 'spnum']))}, en {fn(k2)}, {dat(dt=gen_date(False, 2014, 2022), style=ch(['w', 'd', 'num2']))}.",
        ),
        ("A", f"Dank je. Je krijgt een meldingsnummer, dat is {dos('vt')}."),
    ]
    return conv(
        L,
        {"A": spk(vt, "VT", "VT"), "B": spk(w, "Wijkteam", "WT")},
        ch(["spk", "ts_spk", "short", "named"]),
    )


@T("ct")
def ct05():
    c, w, wc = person(), worker(), person()
    L = [
        ("A", f"Met {full(wc)}, {O(ch(['Haag Wonen', 'Staedion', 'Vestia']))}."),
        (
            "B",
            f"Hallo, met {fn(w)}, {Ro(ch(['casusregisseur', 'maatschappelijk werker', 'schuldhulpverlener']))}. Ik bel over {mr(c)}, van de {adr()}.",
        ),
        (
            "A",
            f"Ja, ik zie {zijn(c)} dossier, {dos(ch(['szw', 'plain', 'yearnum']))}. Achterstand van {money()}.",
        ),
        (
            "B",
            "We willen een betalingsregeling voorstellen. Vijftig euro per maand bovenop de huur.",
        ),
        (
            "A",
            f"Dat moet ik voorleggen. De zitting bij de kantonrechter staat op {dat(ch(['w', 'd', 'wkd', 'wn']))}.",
        ),
        (
            "B",
            f"Kunt u het voorstel mailen naar mij? {mail(w, work=True, dom=ch(['denhaag.nl', 'swtdenhaag.nl']))}.",
        ),
        ("A", "Doe ik."),
    ]
    return conv(L, {"A": spk(wc, "Corporatie", "WC"), "B": spk(w, "Wijkteam", "WT")})


@T("ct")
def ct06():
    c, w = person(), worker()
    d = person(c.origin, "f")
    L = [
        ("A", f"Met {fn(d)}."),
        (
            "B",
            f"Hoi {fn(d)}, met {fn(w)}, van het wijkteam. Je had gebeld over je {ch(['vader', 'moeder'])}?",
        ),
        (
            "A",
            f"Ja, {ch(['pa', 'ma', 'mijn vader', 'mijn moeder'])} eet niet meer goed, en de {Ro('thuiszorg')} komt maar twee keer per week.",
        ),
        ("B", f"Ik ga {dat(ch(['wk', 'wko', 'wkd']))} op huisbezoek. Is dat nog steeds {adr()}?"),
        (
            "A",
            f"Ja, en de bel doet het niet, dus bel {zijn(c)} vaste nummer even, {tel('l')}. {poss(person(c.origin, 'm'))} nummer heb je ook, van mijn broer?",
        ),
        ("B", f"En jij bent te bereiken op dit nummer, {tel()}?"),
        ("A", "Ja. Of mijn broer."),
        ("B", "Prima, tot dan."),
    ]
    return conv(L, {"A": spk(d, "Dochter", "D"), "B": spk(w, "Medewerker", "MW")})


@T("ct")
def ct07():
    c, w = person(), worker()
    ag = person(ch(["nl", "sr", "ma"]))
    L = [
        ("A", f"Goedemiddag, u spreekt met {fn(ag)}, hoe kan ik u helpen?"),
        (
            "B",
            f"Ja, ik bel namens een cliënt, {full(c)}, er dreigt afsluiting. Ik heb een machtiging.",
        ),
        ("A", "Mag ik het klantnummer?"),
        ("B", f"{dos('plain')}."),
        ("A", "En ter controle de postcode en het huisnummer?"),
        ("B", f"{pc()}, {ch(['nummer', 'huisnummer'])} {w999(R.randint(1, 200))}."),
        ("A", "En de geboortedatum van de klant?"),
        ("B", f"{dob()}."),
        (
            "A",
            f"Dank u. Ik zie een achterstand van {money()}. Ik kan de afsluiting tot {dat(ch(['wn', 'dn', 'ord']))} opschorten.",
        ),
        ("B", "Graag."),
    ]
    return conv(
        L,
        {
            "A": dict(name=fn(ag), full=full(ag), role="Klantenservice", abbr="KS"),
            "B": spk(w, "Medewerker", "MW"),
        },
    )


@T("ct")
def ct08():
    c, w = person("sy"), worker()
    tk = person("sy")
    L = [
        (
            "A",
            f"Goedemorgen, ik ben {fn(w)}. Wij hebben vandaag een telefonische tolk, dat is {full(tk)}.",
        ),
        ("C", f"Goedemorgen. Ik vertaal alles letterlijk."),
        ("A", f"Kunt u aan {mr(c)} vragen of de brief van de {O('IND')} er is?"),
        (
            "C",
            f"{Hij(c)} zegt ja, die kwam {dat(ch(['wk', 'wkd', 'wn']))}. Er staat een v-nummer op.",
        ),
        ("A", "Wilt u dat voorlezen?"),
        ("B", f"{dos(ch(['plain', 'plain']))}."),
        (
            "C",
            f"En {hij(c)} vraagt of de kinderen, {fn(person('sy'))} en {fn(person('sy'))}, ook op de brief moeten staan.",
        ),
        ("A", f"Dat zoek ik uit. Klopt het adres nog, {adr()}?"),
        ("C", f"Ja, dat klopt."),
    ]
    return (
        cthead()
        + "\n"
        + conv(
            L,
            {
                "A": spk(w, "Medewerker", "MW"),
                "B": spk(c, "Cliënt", "CL", True),
                "C": spk(tk, "Tolk", "T"),
            },
            ch(["spk", "ts", "named", "role"]),
        )
    )


@T("ct")
def ct09():
    c, w = person(), worker()
    ld = gen_email(c)
    L = [
        ("A", f"Hoi {fn(c)}, met {fn(w)}. Ik wilde even de afspraak bevestigen."),
        ("B", "Oh ja, wanneer was het ook alweer?"),
        ("A", f"{dat(ch(['wk', 'wkd', 'wkord']))} {clock()}, bij jou thuis."),
        ("B", "O ja. Kun je het me ook mailen? Ik vergeet alles."),
        ("A", "Tuurlijk. Wat is je mailadres?"),
        ("B", f"{mail(c, style=ch(['w_apen', 'w_at', 'w_apen_num', 'w_at_sp']), ld=ld)}."),
        ("A", f"Dus {mail(c, style='asr', ld=ld)}?"),
        ("B", "Ja, precies."),
        ("A", "Dan stuur ik het zo."),
    ]
    return conv(L, {"A": spk(w, "Medewerker", "MW"), "B": spk(c, "Cliënt", "CL", True)})


@T("ct")
def ct10():
    c, w = person(), worker()
    uwv = person("nl")
    L = [
        ("A", f"{O('UWV')}, goedemiddag, met {full(uwv)}."),
        (
            "B",
            f"Goedemiddag, met {fn(w)}, {Ro('klantmanager')} van de {O('Dienst SZW')}. Ik heb een vraag over een WW-uitkering.",
        ),
        ("A", "Heeft u het burgerservicenummer?"),
        ("B", f"{bsn()}. Het is {mr(c)}."),
        (
            "A",
            f"Ik zie dat de uitkering is gestopt per {dat(ch(['w', 'd', 'wn', 'num']))}, er is geen werkbriefje ontvangen.",
        ),
        (
            "B",
            f"{Hij(c)} heeft een licht verstandelijke beperking, en er is nu een {Ro('MEE-consulent')} bij. Kan het met terugwerkende kracht?",
        ),
        ("A", "Als het formulier binnen vier weken binnen is wel. Ik zet een notitie."),
        ("B", "Top, dank u."),
    ]
    return conv(L, {"A": spk(uwv, "UWV", "U"), "B": spk(w, "Medewerker", "MW")})


@T("ct")
def ct11():
    kid, mom, w = person(), person(g="f"), worker()
    kid.last = mom.last
    la = person("nl")
    L = [
        ("A", f"Met {full(la)}, {Ro('leerplichtambtenaar')}."),
        (
            "B",
            f"Hoi, {fn(w)} van het wijkteam. Ik bel over {fn(kid)} {P(kid.last)}, zit op {O(ch(['het Johan de Witt College', 'het Zuid-West College', 'De Populier', 'het ROC Mondriaan']))}.",
        ),
        ("A", "Geboortedatum?"),
        ("B", f"{dat(dt=gen_date(False, 2007, 2011), style=ch(['w', 'spnum', 'num', 'd']))}."),
        (
            "A",
            f"Ja. {fn(kid)} heeft {w99(R.randint(12, 40))} uur ongeoorloofd verzuim. Het procesverbaal-dossier is {dos(ch(['yearnum', 'slash', 'letter']))}.",
        ),
        (
            "B",
            f"Moeder, {mr(mom)}, is ernstig ziek, daar komt veel van. Kunnen we samen langs op {dat(ch(['wk', 'wkd', 'wko']))}?",
        ),
        ("A", "Dat is goed."),
    ]
    return conv(L, {"A": spk(la, "Leerplicht", "LP"), "B": spk(w, "Wijkteam", "WT")})


@T("ct")
def ct12():
    c, w = person(), worker()
    L = [
        ("A", f"Oké {fn(c)}, we lopen de brieven even door. Wat heb je daar?"),
        (
            "B",
            f"Eentje van {O(ch(['CJIB', 'het CJIB']))}. Er staat een nummer op, {dos(ch(['plain', 'plain', 'letter']))}.",
        ),
        ("A", "Hoeveel is het?"),
        (
            "B",
            f"{money()}. En dan een van de zorgverzekering, {O(ch(['Zilveren Kruis', 'CZ', 'DSW', 'VGZ']))}, relatienummer {dos('plain')}.",
        ),
        ("A", f"En die betalingsherinnering van {dat(ch(['wn', 'dn', 'num', 'num_short']))}?"),
        (
            "B",
            f"Die is van {O(ch(['Wehkamp', 'Klarna', 'Ziggo', 'Odido']))}. Daar stond mijn oude adres op, {adr()}.",
        ),
        ("A", "Oké, die nemen we allemaal mee naar de schuldhulp."),
    ]
    return conv(
        L,
        {"A": spk(w, "Medewerker", "MW"), "B": spk(c, "Cliënt", "CL", True)},
        ch(["spk", "role", "short", "ts", "named"]),
    )


@T("ct")
def ct13():
    c = person()
    a, b, d = worker(), worker(), worker()
    L = [
        ("A", f"Goed, volgende casus, {mr(c)}. {fn(b)}, jij bent casusregisseur?"),
        (
            "B",
            f"Ja. Kort: {hij(c)} woont {adr()}, {age()}, sinds {ch(['maart', 'de zomer', 'januari', 'vorig jaar'])} bij ons. Schulden, huurachterstand en de {Ro('wijkverpleegkundige')} maakt zich zorgen om {zijn(c)} gewicht.",
        ),
        (
            "C",
            f"Ik was er {dat(ch(['wk', 'wkd', 'wko', 'wn']))}. De koelkast was leeg. {Hij(c)} zei dat {P(person(c.origin, 'm').first)}, de buurman, soms eten brengt.",
        ),
        ("A", f"Is er een {Ro('bewindvoerder')}?"),
        (
            "B",
            f"Aangevraagd, het zaaknummer bij de rechtbank is {dos(ch(['yearnum', 'letter', 'slash']))}. Zitting {dat(ch(['wn', 'w', 'd']))}.",
        ),
        ("A", f"Oké. Actie voor {fn(d)}: voedselbankverwijzing. Volgende."),
    ]
    return (
        "Casusoverleg "
        + Wk()
        + ", automatische transcriptie\n"
        + conv(
            L,
            {
                "A": spk(a, "Voorzitter", "VZ"),
                "B": spk(b, "Casusregisseur", "CR"),
                "C": spk(d, "Wijkverpleegkundige", "WV"),
            },
            ch(["teams", "teams", "named", "spk"]),
        )
    )


@T("ct")
def ct14():
    c, w = person(), worker()
    ap = person("nl", "f")
    L = [
        (
            "A",
            f"{O(ch(['Apotheek Leyweg', 'Apotheek Schilderswijk', 'BENU Apotheek', 'Service Apotheek De Vaillant']))}, met {fn(ap)}.",
        ),
        (
            "B",
            f"Hallo, met {fn(w)} van het wijkteam. Een cliënt van ons, {full(c)}, haalt {zijn(c)} medicatie niet op. Kan het bezorgd worden?",
        ),
        ("A", "Wat is de geboortedatum?"),
        ("B", f"{dob()}."),
        ("A", "En het adres?"),
        ("B", f"{adr()}, {pc()}."),
        (
            "A",
            f"Dat kan vanaf {dat(ch(['wk', 'wkd', 'wko']))}. Het telefoonnummer dat wij hebben is {tel()}, klopt dat?",
        ),
        ("B", f"Nee, het nieuwe is {tel()}."),
    ]
    return conv(L, {"A": spk(ap, "Apotheek", "AP"), "B": spk(w, "Medewerker", "MW")})


@T("ct")
def ct15():
    c, w = person(), worker()
    gg = worker()
    L = [
        ("A", f"Vangnet en Advies {O('GGD Haaglanden')}, met {fn(gg)}."),
        (
            "B",
            f"Hoi, met {fn(w)}. Ik heb een zorgmijder in {Wk()} die volgens mij flink achteruit gaat. Geen huisarts, geen post open.",
        ),
        ("A", "Naam en adres?"),
        ("B", f"{full(c)}, {adr()}. Geboren, denk ik, {dob()}, maar dat weet ik niet zeker."),
        ("A", "Bekend bij ons. Laatste contact was in 2021. Heeft hij of zij een telefoon?"),
        ("B", f"Een vaste lijn, {tel('l')}, nemen ze nooit op."),
        ("A", f"Ik plan een bemoeizorgbezoek op {dat(ch(['wk', 'wkd', 'wko']))}. Ga je mee?"),
    ]
    return conv(L, {"A": spk(gg, "GGD", "GGD"), "B": spk(w, "Wijkteam", "WT")})


@T("ct")
def ct16():
    c, w, nb = person(), worker(), person()
    L = [
        ("A", f"Met {fn(w)}, wijkteam."),
        ("B", f"Ja, met {mr(nb)}, ik woon boven {mr(c)}."),
        ("A", "Ja?"),
        (
            "B",
            f"Er komt water door het plafond, en {hij(c)} doet niet open. Al sinds {dat(ch(['wk', 'wkd', 'wko', 'wn']))}.",
        ),
        ("A", f"Welk adres is het precies?"),
        ("B", f"{adr()}, en ik zit op {ch(['twee hoog', 'drie hoog', 'de bovenste'])}."),
        ("A", "Ik bel de corporatie en kom erheen. Op welk nummer bent u bereikbaar?"),
        ("B", f"{tel()}."),
    ]
    return conv(
        L,
        {
            "A": spk(w, "Medewerker", "MW"),
            "B": spk(nb, "Buurvrouw" if nb.g == "f" else "Buurman", "BU", True),
        },
    )


@T("ct")
def ct17():
    c, w, mee = person(), worker(), worker()
    L = [
        (
            "A",
            f"Hoi {fn(mee)}, met {fn(w)}. Kun jij iets voor {fn(c)} betekenen? LVB, denk ik, heeft moeite met alle post.",
        ),
        (
            "B",
            f"Ik ken {fn(c)} wel van vroeger. Ik heb {zijn(c)} dossier nog, {dos(ch(['plain', 'yearnum', 'hash']))}.",
        ),
        ("A", f"Fijn. {Hij(c)} heeft een nieuw nummer, {tel()}."),
        ("B", f"Is {hij(c)} nog steeds op de {adr(style='d')}?"),
        ("A", f"Nee, verhuisd naar {adr()}, in {Wk()}."),
        ("B", f"Ik ga {dat(ch(['wk', 'wko', 'wkd']))} langs."),
    ]
    return conv(
        L,
        {"A": spk(w, "Wijkteam", "WT"), "B": spk(mee, "MEE", "MEE")},
        ch(["named", "named", "spk", "short"]),
    )


@T("ct")
def ct18():
    c, w = person(), worker()
    ld = gen_email(c)
    wrong = say_email(
        c, style="asr", ld=(ld[0].replace("ij", "y") if "ij" in ld[0] else ld[0][:-1], ld[1])
    )
    L = [
        ("A", "Dan heb ik nog een e-mailadres nodig voor de bevestiging."),
        ("B", f"Ja, het is {mail(c, style=ch(['w_apen', 'w_at', 'w_apen_num']), ld=ld)}."),
        ("A", f"Ik heb nu {pii('email', wrong)}."),
        (
            "B",
            f"Ja, maar {P(c.last)} met {ch(['een ij', 'een y', 'twee a’s', 'een z aan het eind', 'dubbel s'])}, dat gaat altijd fout.",
        ),
        ("A", "Aangepast. En uw telefoonnummer?"),
        ("B", f"{tel()}."),
        (
            "A",
            f"Prima {mr(c)}, u krijgt de bevestiging voor {dat(ch(['wk', 'wkd', 'ord', 'dn']))}.",
        ),
    ]
    return conv(L, {"A": spk(w, "Medewerker", "MW"), "B": spk(c, "Cliënt", "CL", True)})


@T("ct")
def ct19():
    c, w = person(), worker()
    L = [
        ("A", f"Dus {fn(c)}, je bent ingeschreven bij {O('Woonnet Haaglanden')}?"),
        (
            "B",
            f"Ja, sinds {dat(ch(['w', 'd', 'mixw']))}. Het inschrijfnummer is {dos(ch(['plain', 'plain']))}.",
        ),
        ("A", "En je wilt urgentie aanvragen vanwege de situatie met je ex?"),
        (
            "B",
            f"Ja. {P(person(c.origin, 'm' if c.g == 'f' else 'f').first)} weet waar ik woon. Ik woon nu nog bij mijn zus, op de {adr()}.",
        ),
        (
            "A",
            f"Dan hebben we een verklaring nodig van {O('Veilig Thuis')} of de politie. Heb je een aangiftenummer?",
        ),
        ("B", f"Ja, {dos(ch(['yearnum', 'letter', 'plain']))}."),
        ("A", "Top, dat scheelt veel."),
    ]
    return conv(L, {"A": spk(w, "Medewerker", "MW"), "B": spk(c, "Cliënt", "CL", True)})


@T("ct")
def ct20():
    c, w = person(), worker()
    bk = person("nl")
    L = [
        (
            "A",
            f"Goedemiddag, {O(ch(['ING', 'Rabobank', 'ABN AMRO', 'SNS']))} klantenservice, met {fn(bk)}.",
        ),
        (
            "B",
            f"Goedemiddag, ik zit hier met mijn cliënt, {full(c)}, {zijn(c)} rekening is geblokkeerd.",
        ),
        ("A", f"Dan moet ik de klant zelf even spreken. Mag ik het rekeningnummer?"),
        ("C", f"{iban()}."),
        ("A", "En de geboortedatum?"),
        ("C", f"{dob()}."),
        (
            "A",
            f"Dank u. Er is een beslag gelegd door de {O('Belastingdienst')} op {dat(ch(['w', 'd', 'wn']))}. Het beslagkenmerk is {dos(ch(['plain', 'letter']))}.",
        ),
    ]
    return conv(
        L,
        {
            "A": spk(bk, "Bank", "BK"),
            "B": spk(w, "Medewerker", "MW"),
            "C": spk(c, "Cliënt", "CL", True),
        },
    )


@T("ct")
def ct21():
    c, w = person(), worker()
    ex = person(c.origin, "m" if c.g == "f" else "f")
    wa = person("nl")
    L = [
        ("A", f"Hoi {fn(wa)}, met {fn(w)}. Over {mr(c)} van de {adr()}."),
        (
            "B",
            f"Ja, daar zijn we gisteravond geweest. De ex-partner, {full(ex)}, stond weer voor de deur.",
        ),
        ("A", "Is er een contactverbod?"),
        (
            "B",
            f"Aangevraagd, {dos(ch(['yearnum', 'letter']))}. Tot die tijd rijden we extra langs. Heeft ze een AWARE-alarm?",
        ),
        (
            "A",
            f"Nog niet. Ik regel dat met {O('Veilig Thuis')}. Haar nieuwe nummer is trouwens {tel()}.",
        ),
        ("B", "Noteer ik."),
    ]
    return conv(
        L,
        {
            "A": spk(w, "Wijkteam", "WT"),
            "B": dict(name=fn(wa), full=full(wa), role="Wijkagent", abbr="WA"),
        },
        ch(["spk", "named", "role", "short"]),
    )


@T("ct")
def ct22():
    c, w = person(), worker()
    lg = person("nl")
    L = [
        ("A", f"{O('Leger des Heils')} nachtopvang, met {fn(lg)}."),
        (
            "B",
            f"Hallo, met {fn(w)}, {Ro('maatschappelijk werker')}. Ik heb iemand die vannacht op straat staat. {full(c)}.",
        ),
        ("A", "Heeft die persoon een BSN en is die Haags?"),
        (
            "B",
            f"Ja, {bsn()}, laatst ingeschreven op {adr()}, uitgeschreven per {dat(ch(['w', 'd', 'num']))}.",
        ),
        ("A", f"Dan kan {hij(c)} vanavond om half negen komen. Geboortedatum voor de registratie?"),
        ("B", f"{dob()}."),
    ]
    return conv(L, {"A": spk(lg, "Opvang", "LdH"), "B": spk(w, "Medewerker", "MW")})


@T("ct")
def ct23():
    c, w = person(ch(["ma", "sy", "tr", "af"]), "m"), worker()
    son = person(c.origin, "m")
    son.last = c.last
    L = [
        ("A", f"Goedemiddag, u bent verbonden met het wijkteam, {fn(w)} hier."),
        (
            "B",
            f"Ja, ik ben {full(son)}. Ik bel voor mijn vader, {mr(c)}. Hij heeft een scootmobiel aangevraagd.",
        ),
        ("A", "Weet u wanneer?"),
        ("B", f"{dat(ch(['w', 'wn', 'd', 'num']))}. Het nummer van de aanvraag is {dos('wmo')}."),
        (
            "A",
            f"Ik zie dat er een keukentafelgesprek gepland stond met de {Ro('Wmo-adviseur')}, maar hij was niet thuis.",
        ),
        ("B", f"Hij was in het ziekenhuis. Kunt u mij bellen voor een nieuwe afspraak? {tel()}."),
        ("A", "Dat doe ik."),
    ]
    return conv(L, {"A": spk(w, "Medewerker", "MW"), "B": spk(son, "Beller", "B")})


@T("ct")
def ct24():
    c, w = person(), worker()
    cak = person("nl")
    L = [
        ("A", f"{O('CAK')}, goedemiddag, {fn(cak)}."),
        (
            "B",
            f"Met {fn(w)} van het wijkteam. Mijn cliënt, {mr(c)}, krijgt een eigen bijdrage van {money()} die niet klopt.",
        ),
        ("A", "Burgerservicenummer?"),
        ("B", f"{bsn()}."),
        ("A", f"En de geboortedatum ter controle?"),
        ("B", f"{dob()}."),
        (
            "A",
            f"De bijdrage is berekend op het inkomen van twee jaar terug. U kunt een peiljaarverlegging aanvragen. Ik stuur het formulier naar het adres {adr()}, klopt dat?",
        ),
        ("B", "Ja."),
    ]
    return conv(L, {"A": spk(cak, "CAK", "CAK"), "B": spk(w, "Medewerker", "MW")})


@T("ct")
def ct25():
    c, w = person("cv"), worker()
    L = [
        ("A", f"Olá {fn(c)}, com {fn(w)}. Hoe gaat het?"),
        ("B", "Gaat wel, gaat wel. Ik heb de papieren."),
        ("A", "Welke heb je?"),
        (
            "B",
            f"Van de gemeente, voor de bijstand, met nummer {dos(ch(['yearnum', 'szw', 'zdot']))}. En mijn rekening, ze willen de rekening.",
        ),
        ("A", "Lees maar voor."),
        ("B", f"{iban(ch(['w', 'w2', 'w_groups', 'mix']))}."),
        ("A", f"Top. En je woont nog op {adr()}?"),
        ("B", f"Nee, bij mijn tante, {fn(person('cv', 'f'))}. Op de {adr()}."),
        ("A", "Dan moet je je daar inschrijven, anders stopt de uitkering."),
    ]
    return conv(L, {"A": spk(w, "Medewerker", "MW"), "B": spk(c, "Cliënt", "CL", True)})


@T("ct")
def ct26():
    c, w = person(), worker()
    sr = person("nl")
    L = [
        ("A", f"{O('Sociaal Raadslieden')}, met {full(sr)}."),
        (
            "B",
            f"Hoi, {fn(w)} hier. Ik heb een cliënt met een terugvordering van de {O('Dienst Toeslagen')}, {mr(c)}.",
        ),
        ("A", "Heeft u het kenmerk van de beschikking?"),
        ("B", f"{dos(ch(['plain', 'letter', 'zdot']))}, gedateerd {dat(ch(['w', 'd', 'num']))}."),
        (
            "A",
            f"Bezwaartermijn is zes weken, dus vóór {dat(ch(['wn', 'dn', 'ord']))}. Kan {hij(c)} langskomen op het spreekuur?",
        ),
        (
            "B",
            f"Ja, ik breng {'haar' if c.g == 'f' else 'hem'} zelf. Het telefoonnummer van cliënt is {tel()}.",
        ),
    ]
    return conv(L, {"A": spk(sr, "Raadslid", "SR"), "B": spk(w, "Medewerker", "MW")})


@T("ct")
def ct27():
    c, w = person("cn"), worker()
    d = person("cn", "f")
    d.last = c.last
    L = [
        ("A", f"Hallo, spreek ik met {fn(d)}?"),
        ("B", f"Ja. U belt over mijn moeder, {full(c)}?"),
        (
            "A",
            f"Klopt. Ik ben {fn(w)}, {Ro('ouderenadviseur')}. Uw moeder was niet thuis {dat(ch(['wk', 'wko', 'wkd']))}.",
        ),
        (
            "B",
            f"Zij was bij mij, in {ch(['Rotterdam', 'Delft', 'Zoetermeer'])}. Haar adres is nog {adr()}. Mijn mail is {mail(d)}, stuur het maar daarheen.",
        ),
        (
            "A",
            f"Doe ik. Het gaat om de aanvraag voor de {O('Ouderenpas')} en dagbesteding bij {O(ch(['Stichting Sun', 'Huis van de Wijk Lindenhof', 'het Chinees Ouderencentrum']))}.",
        ),
        ("B", "Fijn, dank u."),
    ]
    return conv(L, {"A": spk(w, "Medewerker", "MW"), "B": spk(d, "Dochter", "D")})


@T("ct")
def ct28():
    c, w = person(), worker()
    coll = worker()
    L = [
        (
            "A",
            f"Hoi {fn(coll)}, even een overdracht want ik ben vanaf {dat(ch(['wn', 'dn', 'wkd']))} met verlof.",
        ),
        ("B", "Vertel."),
        (
            "A",
            f"{full(c)}, {adr()}. Belangrijk: {hij(c)} neemt alleen op als je {zijn(c)} vaste nummer belt, {tel('l')}, niet de mobiel.",
        ),
        ("B", "Oké."),
        (
            "A",
            f"Dan {mr(person())}, dossier {dos(ch(['yearnum', 'hash', 'plain']))}. Die wacht op een beslissing van het {O('Wmo-loket')}.",
        ),
        ("B", "En de rest?"),
        ("A", f"Staat in het systeem. Als er iets is, bel {fn(person('nl', 'f'))} van {O('MEE')}."),
    ]
    return conv(
        L,
        {"A": spk(w, "Collega 1", "C1"), "B": spk(coll, "Collega 2", "C2")},
        ch(["named", "spk", "ts_spk"]),
    )


@T("ct")
def ct29():
    c = person()
    a, b, d, e = worker(), worker(), worker(), person("nl")
    L = [
        (
            "A",
            f"Welkom allemaal bij het MDO voor {mr(c)}. Ik ben {fn(a)}, {Ro('casusregisseur')}. Ik heb {P(e.first + ' ' + e.last)} van {O('Parnassia')} erbij.",
        ),
        (
            "D",
            f"Ja hallo. {Hij(c)} is bij ons bekend sinds {dat(ch(['w', 'mixw', 'd']))}, diagnose laat ik even achterwege.",
        ),
        (
            "B",
            f"Ik ben {fn(b)}, {Ro('schuldhulpverlener')}. Het traject is gestart, dossier {dos(ch(['szw', 'yearnum']))}.",
        ),
        (
            "C",
            f"{fn(d)}, {Ro('wijkverpleegkundige')}. Ik kom twee keer per week op de {adr()}. Het gaat matig.",
        ),
        (
            "A",
            f"Volgende MDO {dat(ch(['wk', 'wkd', 'wkord']))}. Ik stuur de verslagen naar jullie.",
        ),
    ]
    return (
        "MDO "
        + Wk()
        + " (Teams), transcript\n"
        + conv(
            L,
            {
                "A": spk(a, "Voorzitter", "VZ"),
                "B": spk(b, "SHV", "SHV"),
                "C": spk(d, "WV", "WV"),
                "D": dict(name=fn(e), full=full(e), role="GGZ", abbr="GGZ"),
            },
            ch(["teams", "teams", "named"]),
        )
    )


@T("ct")
def ct30():
    c, w = person(), worker()
    L = [
        (
            "A",
            f"Dag {mr(c)}, met {fn(w)}. Ik heb net uw aanvraag bijzondere bijstand ingevuld, ik loop het even na.",
        ),
        ("B", "Goed."),
        ("A", f"Naam {full(c)}, geboren {dob()}, BSN {bsn()}."),
        ("B", "Ja."),
        ("A", f"Rekening {iban()}."),
        ("B", f"Nee, dat is de oude. Het is nu {iban()}."),
        ("A", "Aangepast. Dan teken ik het voor u en gaat het vandaag de deur uit."),
    ]
    return conv(L, {"A": spk(w, "Medewerker", "MW"), "B": spk(c, "Cliënt", "CL", True)})


@T("ct")
def ct31():
    c, w = person("gh"), worker()
    pastor = person("gh", "m")
    L = [
        (
            "A",
            f"Hello, good afternoon, ik ben pastor {full(pastor)}, van de kerk in de {ch(['Binckhorst', 'Schilderswijk', 'Transvaal'])}.",
        ),
        ("B", f"Goedemiddag, met {fn(w)}."),
        (
            "A",
            f"Ik bel voor sister {fn(c)}, {fn(c)} {P(c.last)}. Zij heeft geen papieren maar ze is ziek.",
        ),
        ("B", "Ze kan naar een huisarts, ook zonder papieren. Waar verblijft ze?"),
        ("A", f"Bij een familie, op de {adr()}. Haar telefoon is {tel()}."),
        (
            "B",
            f"Ik stuur haar gegevens door naar {O('Dokters van de Wereld')} en bel haar {dat(ch(['wk', 'wko', 'wkd']))}.",
        ),
    ]
    return conv(L, {"A": spk(pastor, "Beller", "B"), "B": spk(w, "Medewerker", "MW")})


@T("ct")
def ct32():
    c, w = person(), worker()
    L = [
        (
            "A",
            f"Je spreekt met de voicemail van {fn(w)}... nee grapje, ik ben het zelf. Zeg het maar.",
        ),
        (
            "B",
            f"Haha. {fn(c)} hier. Ik heb de brief, voor die kwijtschelding. Er staat een aanslagnummer op.",
        ),
        ("A", "Lees maar op."),
        ("B", f"{dos('plain')}. En een subjectnummer, {dos('plain')}."),
        ("A", f"Top. En je had nog een nieuw IBAN, zei je?"),
        ("B", f"Ja, {iban()}."),
        ("A", f"Oké, ik vul het in. Ik zie je {dat(ch(['wk', 'wko', 'wkd']))}."),
    ]
    return conv(
        L,
        {"A": spk(w, "Medewerker", "MW"), "B": spk(c, "Cliënt", "CL", True)},
        ch(["spk", "short", "role", "named"]),
    )


# ---------------------------------------------------------------- dictated case notes
def dhead(w=None):
    k = R.randint(0, 7)
    if k == 0:
        return (
            "Dictaat "
            + ch(["huisbezoek", "gesprek", "telefonisch contact", "intake"])
            + ", ingesproken "
            + dat(ch(["wn", "dn", "num"]))
            + "."
        )
    if k == 1 and w:
        return (
            "Ingesproken door "
            + full(w)
            + ", "
            + ch(["spraakherkenning", "dicteerfunctie", "Dragon"])
            + "."
        )
    if k == 2:
        return "Verslag (spraak naar tekst):"
    if k == 3 and w:
        return "Gespreksverslag " + fn(w) + " " + dat(ch(["num", "num2", "dn"])) + ":"
    if k == 4:
        return "Dicteer: verslag huisbezoek"
    return ""


DECOYS = [
    ("f", "Ze werkte vroeger bij de bakker op de hoek en mist dat contact."),
    ("m", "Hij heeft goede hoop dat het in mei beter wordt."),
    ("f", "Er zat een roos op haar arm die ze heeft laten zien bij de apotheek."),
    ("m", "Vroeger was hij koster in de kerk aan de overkant."),
    ("m", "Hij haalt elke vrijdag vis bij de visser op de markt."),
    ("n", "Het huis was schoon en de muren wit, maar het rook er sterk naar rook."),
    ("f", "Ze zegt dat ze de moed en de hoop bijna kwijt is."),
    ("n", "Op de vensterbank stond een bos rozen van de kerk."),
    ("m", "Hij noemt zichzelf een echte Hagenees, al woont hij hier pas twintig jaar."),
    ("f", "Mevrouw zegt dat de zomer het ergst is, dan is iedereen weg."),
    ("n", "De buurvrouw is de enige die nog komt, een vriendelijke vrouw van in de zeventig."),
    ("m", "Hij wil graag weer naar de moskee maar de trap is te steil."),
    ("f", "Ze mist haar werk in de schoonmaak, dat deed ze twaalf jaar."),
    ("n", "In de winter komt de cliënt soms dagen de deur niet uit."),
    ("m", "Hij vertelt over de haven van Rotterdam waar hij vroeger werkte."),
    ("n", "De kamer hangt vol foto's van de kleinkinderen."),
    ("n", "Er staat een oude fiets van de Gazelle in de gang, de bel is kapot."),
    ("f", "Ze had die ochtend verse broodjes van de bakker gehaald voor ons."),
    ("m", "Meneer draagt altijd een pet van de Koninklijke Marine, daar diende hij in 1968."),
    ("n", "De hoop is dat de rust terugkeert na de verhuizing."),
]


def decoy(p=None):
    g = p.g if p is not None else None
    return ch([t for k, t in DECOYS if k == "n" or k == g])


def kids(origin, n, exclude=()):
    out, seen = [], set(exclude)
    while len(out) < n:
        k = person(origin)
        if k.first not in seen:
            seen.add(k.first)
            out.append(k)
    return out


def ctx():
    """readable context: organisations, roles, wijken, ages, amounts, years, durations"""
    return ch(
        [
            f"Het team in {Wk()} werkt hierin nauw samen met {O(ch(['Xtra', 'Stichting MOOI', 'Vóór Welzijn', 'Welzijn Scheveningen']))}.",
            f"Vaste lasten ongeveer {money()}, inkomen uit {ch(['bijstand', 'AOW', 'Wajong', 'WIA', 'een deeltijdbaan bij PostNL'])}.",
            f"In {ch(['maart', 'april', 'oktober', 'september'])} volgt een evaluatie met de {Ro('casusregisseur')}.",
            f"De wachttijd bij {O('schuldhulpverlening')} is op dit moment {ch(['acht weken', 'ruim drie maanden', 'zes weken'])}.",
            f"Het {O('Wmo-loket')} heeft een wachttijd van {ch(['vier', 'zes', 'acht'])} weken, dus dat duurt even.",
            f"Bespreken in het teamoverleg van {ch(['dinsdag', 'donderdag', 'maandagochtend'])}.",
            f"Les voor andere teams: betrek de {Ro(ch(['ervaringsdeskundige', 'wijkverpleegkundige', 'welzijnscoach', 'huisarts']))} vroeg bij {ch(['bemoeizorg', 'een zorgmijder', 'de eerste gesprekken'])}.",
            f"Sinds de decentralisatie van 2015 loopt dit via de gemeente en niet meer via het {O('CIZ')}.",
            f"De {Ro('ouderenconsulent')} van {O('Vóór Welzijn')} kent de buurt in {Wk()} goed.",
            f"Er is een wachtlijst van {ch(['een half jaar', 'negen maanden', 'twee jaar'])} voor een aangepaste woning in {Wk()}.",
            f"De {Ro('wijkverpleegkundige')} schat in dat er {ch(['twee', 'drie', 'vier'])} uur zorg per week nodig is.",
            f"Via {O('Servicepunt XL')} {Wk()} loopt ook het spreekuur van {O('Sociaal Raadslieden')}.",
            f"Cliënt heeft in {ch(['2019', '2021', '2017', 'de jaren negentig'])} al eens een traject bij {O(ch(['MEE', 'Parnassia', 'Brijder', 'de GGZ']))} gehad.",
            f"Het algemene nummer van de gemeente, veertien nul zeventig, gaf geen uitkomst, dus zelf langsgegaan bij het {O('Wmo-loket')}.",
            f"Cliënt heeft zelf de {O('BelastingTelefoon')} gebeld, nul achthonderd nul vijf vier drie, maar kwam er niet uit.",
            f"Bij acute zorgen: {O('Veilig Thuis')} 0800-2000 of de {O('Crisisdienst GGZ')}, dat is met cliënt besproken.",
        ]
    )


def D(s):
    """the dictating user says punctuation out loud sometimes; the recogniser writes it as a word"""
    return s


@T("dn")
def dn01():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nHuisbezoek bij {mr(c)} op {dat(ch(['wk', 'wkd', 'wn']))}. {Hij(c)} woont alleen op de {adr()} in {Wk()}, "
        f"is {age()} en heeft sinds het overlijden van {ch(['haar man', 'haar partner']) if c.g == 'f' else ch(['zijn vrouw', 'zijn partner'])} bijna geen contacten meer. {decoy(c)} "
        f"Eten gaat moeizaam. Ik heb met toestemming contact gezocht met de {Ro('huisarts')}, {Ro('dokter')} {P(person('nl').last_cap)}. "
        f"Afgesproken dat de {Ro('welzijnscoach')} langskomt voor de maatjesregeling bij {O(ch(['Humanitas', 'Stichting MOOI', 'Vóór Welzijn']))}. "
        f"Telefoonnummer cliënt {tel('l')}. Volgende afspraak {dat(ch(['wk', 'wko', 'wkd']))}."
    )


@T("dn")
def dn02():
    c, w = person(), worker()
    p2 = person(c.origin, "m" if c.g == "f" else "f")
    return (
        f"{dhead(w)}\nintake {mr(c)} punt geboren {dob()} komma burgerservicenummer {bsn()} punt nieuwe regel "
        f"woont met partner {fn(p2)} en drie kinderen op {adr()} komma {pc()} punt "
        f"hulpvraag dubbele punt schulden komma dreigende huisuitzetting en spanningen in de relatie punt nieuwe regel "
        f"afgesproken dat ik een aanmelding doe bij {O('schuldhulpverlening')} punt telefoonnummer {tel()} punt"
    )


@T("dn")
def dn03():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nTelefonisch contact met {mr(c)}. {Hij(c)} belde zelf, was erg emotioneel. De uitkering is stopgezet per {dat(ch(['w', 'd', 'wn']))} "
        f"omdat de inlichtingenformulieren niet terug zijn gestuurd. Ik heb contact opgenomen met de {Ro('klantmanager')} van {O('Werk en Inkomen')}, "
        f"{full(person('nl'))}, dossiernummer {dos(ch(['szw', 'yearnum', 'slash']))}. Formulier wordt opnieuw gestuurd naar {adr()}. "
        f"Cliënt komt {dat(ch(['wk', 'wko', 'wkd']))} naar het {O('Servicepunt XL')} om het samen in te vullen."
    )


@T("dn")
def dn04():
    c, w = person(), worker()
    k = person(c.origin)
    return (
        f"{dhead(w)}\nGesprek met {full(c)} en {zijn(c)} {'dochter' if k.g == 'f' else 'zoon'} {fn(k)} ({ch(['zestien', 'veertien', '17', 'negentien'])}). "
        f"{fn(k)} spijbelt, zit veel op zijn kamer en heeft contact met jongens uit de buurt die in de problemen zitten. "
        f"De {Ro('jongerenwerker')} van {O(ch(['Xtra', 'Stichting MOOI', 'Jongerenwerk Escamp']))} kent {P(k.first.lower()) if R.random() < 0.3 else fn(k)} al. "
        f"Afspraak gemaakt met {O('CJG')}, casusnummer {dos(ch(['cjg', 'yearnum']))}. Moeder bereikbaar op {tel()}, "
        f"{fn(k)} zelf op {tel()}. {poss(k)} mentor op school belt ook regelmatig. {decoy(c)}"
    )


@T("dn")
def dn05():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nnieuwe alinea. casus {mr(c)}, {dos()}. cliënt is {age()}, woont sinds {dat(ch(['w', 'mixw', 'd']))} op {adr()}. "
        f"er is sprake van vervuiling van de woning en de corporatie dreigt met ontbinding van het huurcontract. "
        f"ik heb overleg gehad met {full(person())} van {O('Haag Wonen')} en met de {Ro('wijkverpleegkundige')}. "
        f"voorstel: opruimactie met {O('Stichting Present')} en daarna begeleiding via de {O('GGZ')}. cliënt stemt hiermee in. nieuwe alinea. "
        f"afspraak {dat(ch(['wkord', 'wk', 'wkd']))}."
    )


@T("dn")
def dn06():
    c, w = person(), worker()
    bw = person("nl")
    return (
        f"{dhead(w)}\nBewind aangevraagd voor {mr(c)}. Voorgestelde bewindvoerder is {ini(bw)} van {O(ch(['Bewindvoering Haaglanden', 'Het Budgetbureau', 'Kwadraad Bewindvoering']))}. "
        f"Inkomsten komen binnen op {iban()}, daar moet het leefgeld straks ook vanaf. "
        f"Het verzoek is {dat(ch(['wn', 'w', 'd', 'num']))} ingediend bij de rechtbank, zaaknummer {dos(ch(['letter', 'yearnum', 'slash']))}. "
        f"{Hij(c)} heeft een licht verstandelijke beperking, {O('MEE')} is ingeschakeld. Contact {Ro('MEE-consulent')}: {fn(worker())}, {tel()}."
    )


@T("dn")
def dn07():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nHuisbezoek samen met de {Ro('wijkagent')}, {fn(person('nl', 'm'))}. Melding van de buren over overlast en een sterke lucht. "
        f"Adres {adr()}, {pc()}. {mr(c)} deed na lang aanbellen open. {Hij(c)} was verward, wist niet welke dag het was. "
        f"Op tafel lagen ongeopende brieven van het {O('CJIB')} en de {O('Belastingdienst')}. Geboortedatum volgens de brieven {dob()}. "
        f"Ik heb de {O('GGD')} ingeschakeld voor een bemoeizorgtraject, melding {dos()}."
    )


@T("dn")
def dn08():
    c, w = person("pl"), worker()
    return (
        f"{dhead(w)}\nGesprek met {full(c, mishear=R.random() < 0.5)} via telefonische tolk Pools. {Hij(c)} werkt via een uitzendbureau en woont "
        f"in een pension op de {adr()}, met zes anderen. Er is geen huurcontract. {Hij(c)} is niet ingeschreven in de BRP, heeft wel een BSN: {bsn()}. "
        f"Doorverwezen naar het {O('Juridisch Loket')} en {O('FairWork')}. {Hij(c)} wil terug naar Polen in {ch(['mei', 'de zomer', 'december'])}. "
        f"Bereikbaar op {tel_foreign()} en op {tel()}."
    )


@T("dn")
def dn09():
    c, w = person(), worker()
    mz = person(c.origin)
    return (
        f"{dhead(w)}\nMantelzorger {full(mz)} is overbelast. Zorgt al {ch(['zes jaar', 'sinds 2019', 'drie jaar', 'lange tijd'])} voor {mr(c)}, "
        f"die na een herseninfarct halfzijdig verlamd is. Respijtzorg besproken, aanvraag loopt via het {O('Wmo-loket')}, aanvraagnummer {dos('wmo')}. "
        f"Ook aangemeld bij {O('Mantelzorg Den Haag')}. Mantelzorger is bereikbaar via {tel()} en {mail(mz)}."
    )


@T("dn")
def dn10():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nkomma dat was het punt. nee wacht. aanvulling op verslag van {dat(ch(['wn', 'dn', 'num', 'num_short']))} punt "
        f"{mr(c, 'spoken')} heeft alsnog de machtiging getekend komma dus ik kan nu contact opnemen met de {O('Belastingdienst')} over de toeslagen punt "
        f"BSN is {bsn()} punt {Hij(c)} vroeg ook of {zijn(c)} {ch(['nicht', 'kleindochter'])} {fn(person(c.origin, 'f'))} bij de gesprekken mag zijn punt dat is prima punt"
    )


@T("dn")
def dn11():
    c, w = person(g="f"), worker()
    ex = person(c.origin, "m")
    return (
        f"{dhead(w)}\nMevrouw {P(c.last_cap)} vertelt over geweld door ex-partner {full(ex)}. Laatste incident {dat(ch(['wk', 'wkd', 'w', 'wn']))}. "
        f"Er is aangifte gedaan, proces-verbaalnummer {dos(ch(['plain', 'yearnum', 'letter']))}. Mevrouw verblijft tijdelijk bij een vriendin in {Wk()}, "
        f"het adres wordt niet gedeeld. Contact alleen via {tel()}, niet via het oude nummer. {O('Veilig Thuis')} is op de hoogte, meldingsnummer {dos('vt')}."
    )


@T("dn")
def dn12():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nTer info voor het team. {full(c)}, {Wk()}, wordt per {dat(ch(['wn', 'w', 'd']))} overgedragen aan {fn(worker())}. "
        f"Ik ben {ch(['met zwangerschapsverlof', 'overgestapt naar een ander team', 'langdurig afwezig'])}. Lopende acties: aanvraag kwijtschelding gemeentelijke belastingen "
        f"(aanslagnummer {dos('plain')}), aanvraag bijzondere bijstand voor een bed, en contact met {O('Florence')} over thuiszorg. "
        f"Cliënt is het best bereikbaar {ch([SOCHT, 'na twaalven', 'op dinsdag'])} op {tel()}."
    )


@T("dn")
def dn13():
    c, w = person(g="f"), worker()
    kids_ = kids(c.origin, 3, exclude=(c.first,))
    return (
        f"{dhead(w)}\nGezin {P(c.last_cap)}, {adr()}. Moeder {fn(c)}, kinderen {fn(kids_[0])}, {fn(kids_[1])} en {fn(kids_[2])}. "
        f"Vader zit in detentie tot {dat(ch(['wn', 'w', 'mixw']))}. De oudste, {fn(kids_[0])}, neemt veel zorgtaken op zich. "
        f"Aangemeld bij {O('Jeugdformaat')} voor gezinsbegeleiding. {O('CJG')} betrokken, contactpersoon {fn(worker())}. "
        f"Moeder heeft geen mail, alleen telefoon: {tel()}."
    )


@T("dn")
def dn14():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nGesprek met {mr(c)} en de {Ro('schuldhulpverlener')}. Totale schuld ongeveer {ch(['elfduizend euro', '€ 23.400', 'achtduizend vijfhonderd euro', '31.000 euro', 'veertienduizend euro'])}, {ch(['achttien', 'elf', 'vierentwintig', 'negen'])} schuldeisers. "
        f"Een minnelijk traject wordt gestart. Betaalrekening {iban()} blijft bij cliënt, de rest gaat naar de budgetbeheerrekening. "
        f"Dossier {O('GKB')} {dos(ch(['yearnum', 'szw']))}. {Hij(c)} was opgelucht. {decoy(c)}"
    )


@T("dn")
def dn15():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nStatus: cliënt {full(c, mishear=True)}, geboren {dob()}, {adr()}, {pc()}. "
        f"Toestemmingsverklaring getekend op {dat(ch(['w', 'd', 'num', 'wn']))}. Betrokken: {Ro('wijkverpleegkundige')} {fn(worker())}, "
        f"{Ro('casemanager dementie')} {fn(worker())}, {Ro('huisarts')} {P(person('nl').last_cap)}. "
        f"Dochter {fn(person(c.origin, 'f'))} is eerste contactpersoon, {tel()}."
    )


@T("dn")
def dn16():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nIk heb vandaag {fn(c)} gesproken bij {O('Huis van de Wijk')} {ch(['De Kroon', 'Mandelahuis', 'Het Zuiderpark', 'Lindenhof'])}. "
        f"{Hij(c)} wil graag vrijwilligerswerk doen, kookt graag. Bij {O('Stichting MOOI')} is plek in de buurtkeuken op {ch(['donderdag', 'woensdagmiddag', 'maandag'])}. "
        f"Ik heb {zijn(c)} gegevens doorgegeven aan {fn(worker())}: {tel()}, {mail(c)}. "
        f"Verder geen hulpvraag. Casus kan dicht na {dat(ch(['wn', 'dn', 'ord']))}."
    )


@T("dn")
def dn17():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nmevrouw {P(c.last.lower())} heeft vandaag gebeld haakje openen ongepland haakje sluiten komma ze had een brief van de deurwaarder komma "
        f"ontruiming aangezegd voor {dat(ch(['wk', 'wkd', 'w', 'wn']))} punt deurwaarderskantoor {O(ch(['Flanderijn', 'GGN', 'Van der Velden']))} komma dossier {dos()} punt "
        f"ik heb direct contact gezocht met de corporatie punt nieuwe regel mevrouw haar nummer {tel()} punt"
    )


@T("dn")
def dn18():
    c, w = person(), worker()
    bro = person(c.origin, "m")
    return (
        f"{dhead(w)}\nCliënt {fn(c)} {P(c.last)} ({age()}) is na opname bij {O('Parnassia')} terug in de eigen woning, {adr()}. "
        f"Ontslagdatum {dat(ch(['w', 'd', 'num']))}. FACT-team blijft betrokken, behandelaar {full(person('nl'))}. "
        f"Broer {fn(bro)} helpt met boodschappen, {tel()}. {poss(bro)} vrouw kookt soms mee. Afspraak gemaakt om elke week te bellen, eerste keer {dat(ch(['wk', 'wkd', 'wko']))}."
    )


@T("dn")
def dn19():
    c, w = person("so"), worker()
    rel = person("so")
    return (
        f"{dhead(w)}\nGesprek met {mr(c)} met hulp van {zijn(c)} {'nicht' if rel.g == 'f' else 'neef'}, {fn(rel)}, als tolk. "
        f"{Hij(c)} heeft een status sinds {dat(ch(['w', 'wn', 'mixw']))} en is via {O('VluchtelingenWerk')} gehuisvest op de {adr()}. "
        f"Vragen over de zorgverzekering en de huurtoeslag. BSN {bsn()}. DigiD nog niet aangevraagd. "
        f"Afgesproken dat {fn(worker())} van {O('VluchtelingenWerk')} helpt met DigiD."
    )


@T("dn")
def dn20():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nOverleg met {fn(worker())}, {Ro('Wmo-adviseur')}, over de aanvraag van {mr(c)} voor een traplift. "
        f"Aanvraag {dos(ch(['wmo', 'zdot']))}. {Hij(c)} woont op drie hoog zonder lift, {adr()}. "
        f"Verhuizen is eigenlijk beter, urgentie wordt onderzocht. {Hij(c)} wil absoluut niet weg uit {Wk()}. "
        f"Keukentafelgesprek {dat(ch(['wkd', 'wk', 'wkord']))}."
    )


@T("dn")
def dn21():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\ncliënt {P(c.first.lower())} {P(c.last.lower())} belde om tien over negen komma ze kan haar medicijnen niet betalen punt "
        f"eigen risico is op punt geef haar IBAN door aan de medewerker bijzondere bijstand punt IBAN {iban(ch(['w', 'w2', 'w_groups']))} punt "
        f"geboortedatum {dob(ch(['w', 'spnum', 'spnum2']))} punt"
    )


@T("dn")
def dn22():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nSignaal van de {Ro('huismeester')} over {mr(c)} op {adr()}. {Hij(c)} zou al weken de deur niet uit zijn. "
        f"Ik ben langsgegaan op {dat(ch(['wk', 'wkd', 'wko']))}, niemand thuis. Briefje in de bus gedaan met mijn nummer. "
        f"Buurvrouw {P(person().last_cap)} op nummer {w99(R.randint(2, 80))} zegt dat {hij(c)} soms 's nachts naar buiten gaat. {decoy(c)} "
        f"Vervolg: nogmaals langs met {fn(worker())}."
    )


@T("dn")
def dn23():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nAfsluitend gesprek {full(c)}. Doelen behaald: schulden in beeld, aangemeld bij {O('Kredietbank Haaglanden')} "
        f"({dos(ch(['yearnum', 'plain']))}), dagbesteding gevonden bij {O(ch(['Middin', 'Ipse de Bruggen', 'Kessler Stichting', 'Perspektief']))}. "
        f"{Hij(c)} weet ons te vinden. Evaluatieformulier gemaild naar {mail(c)}. Dossier sluiten per {dat(ch(['wn', 'w', 'num', 'd']))}."
    )


@T("dn")
def dn24():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nGesprek op het spreekuur. {P(c.first)} (achternaam {P(spell_name(c.last))}) kwam binnen met {zijn(c)} {ch(['buurman', 'vriend', 'buurvrouw'])}. "
        f"Vraag over een beschikking van het {O('Wmo-loket')}. Kenmerk {dos()}. Nieuwe beschikking aangevraagd. "
        f"Contact via {tel()}. Het adres is {adr()}."
    )


@T("dn")
def dn25():
    c, w = person(g="f"), worker()
    return (
        f"{dhead(w)}\n{mr(c)} (cliënt sinds {ch(['2022', 'vorig jaar', 'januari', 'de zomer van 2023'])}) meldt dat haar zoon {fn(person(c.origin, 'm'))} "
        f"geld van haar rekening haalt. {Hij(c)} heeft hem {dat(ch(['wn', 'w', 'dn']))} de pinpas gegeven. Mogelijk financieel misbruik. "
        f"Rekeningnummer {iban()}. Met toestemming {O('Veilig Thuis')} gebeld voor advies, adviesnummer {dos('vt')}. Ook de bank ingelicht."
    )


@T("dn")
def dn26():
    c, w = person(), worker()
    p2 = person()
    return (
        f"{dhead(w)}\nKort verslag. Twee nieuwe aanmeldingen via het {O('Servicepunt XL')}: "
        f"ten eerste {full(c)}, {adr()}, vraag over eenzaamheid, telefoon {tel()}; "
        f"ten tweede {mr(p2)}, geboren {dob()}, vraag over schulden en een huurachterstand, telefoon {tel()}. "
        f"Beide verdeeld in het teamoverleg van {dat(ch(['wk', 'wkd', 'dn']))}: de eerste naar {fn(worker())}, de tweede naar mij."
    )


@T("dn")
def dn27():
    c, w = person(), worker()
    return (
        f"{dhead(w)}\nCasus {P(c.last_cap)}. Ik dicteer dit in de auto dus excuses voor fouten. "
        f"Geweest bij {ch(['meneer', 'mevrouw'])} {P(c.last_cap)} op de {adr()}. "
        f"Geen gas en licht sinds {dat(ch(['wk', 'wkd', 'wn']))}. Contact gehad met {O('Eneco')} over klantnummer {dos('plain')}. "
        f"Noodfonds aangevraagd via {O('Stichting Urgente Noden')}. Dochter {fn(person(c.origin, 'f'))} betaalt voorlopig een kachel."
    )


@T("dn")
def dn28():
    c, w = person(), worker()
    role = ch(["maatschappelijk werker", "casusregisseur", "welzijnscoach", "Wmo-adviseur"])
    return (
        f"Dicteer e-mail aan {fn(worker())}. Onderwerp: overdracht {P(c.last_cap)}.\n"
        f"Hoi, zoals besproken neem jij {mr(c)} over vanaf {dat(ch(['wkd', 'wk', 'wn']))}. Adres {adr()}, {pc()}. "
        f"{Hij(c)} heeft liever dat je eerst een sms stuurt naar {tel()} voordat je belt. "
        f"Het dossier in het registratiesysteem heeft nummer {dos()}. {ctx()}\n"
        f"Groet, {full(w)}, {Ro(role)} SWT {Wk()}, {tel(ch(['m', 'l']))}"
    )


@T("dn")
def dn29():
    c, w = person(), worker()
    vrienden = kids(ch(["nl", "ma", "tr", "sr"]), 2)
    return (
        f"{dhead(w)}\nNetwerkgesprek bij {mr(c)}. Aanwezig: {fn(c)} zelf, {poss(c)} buurvrouw {full(vrienden[0])}, "
        f"vriend {fn(vrienden[1])} en ik. Samen een netwerkkaart gemaakt. {fn(vrienden[1])} doet voortaan de boodschappen op {ch(['zaterdag', 'woensdag'])}, "
        f"de buurvrouw kijkt elke ochtend even om het hoekje. Bereikbaarheid buurvrouw: {tel()}. "
        f"Volgende evaluatie {dat(ch(['wn', 'wkd', 'ord']))} op de {adr()}."
    )


# ---------------------------------------------------------------- voice memos / voice messages
def mhead():
    return ch(
        [
            "Spraakmemo",
            "Memo",
            "Spraakmemo (transcriptie)",
            "Notitie (ingesproken)",
            "🎤 Spraakbericht",
            "Voice memo",
            "Spraakbericht, getranscribeerd",
            "memo",
            "",
        ]
    )


@T("memo")
def m01():
    c = person()
    return (
        f"{mhead()}\nniet vergeten: {mr(c, 'spoken')} terugbellen over de huur, {tel()}. ook checken of de postcode klopt, "
        f"ze zei {pc()} maar in het systeem staat wat anders."
    )


@T("memo")
def m02():
    c = person()
    return (
        f"{mhead()}\nmorgen eerst naar {fn(c)} op de {adr()}, dan naar het {O('Servicepunt XL')}. {poss(c)} brief van {O('DUO')} meenemen. "
        f"en {P(person().first.lower())} bellen over de afspraak van {dat(ch(['wk', 'wko', 'wkd']))}."
    )


@T("memo")
def m03():
    c = person()
    return f"{mhead()}\nBSN van {mr(c)} is {bsn()}. IBAN {iban()}. Invullen in het formulier bijzondere bijstand, deadline {dat(ch(['wn', 'dn', 'ord']))}."


@T("memo")
def m04():
    c, c2 = person(), person()
    return (
        f"{mhead()}\nna het overleg: {P(c.last.lower())} gaat naar {fn(worker())}, {P(c2.last.lower())} blijft bij mij. "
        f"{P(c2.last_cap)} heeft nieuw nummer {tel()}. zaaknummer {dos()}. {decoy(c2)}"
    )


@T("memo")
def m05():
    c = person()
    w = worker()
    return (
        f"{mhead()}\nHoi {fn(w)}, even een spraakbericht want ik rijd. {mr(c)} heeft gebeld, ze wil dat jij terugbelt, niet ik. "
        f"Nummer is {tel()}. Het gaat over de afspraak van {dat(ch(['wk', 'wko', 'wkd', 'dn']))}. Groetjes, {fn(worker())}."
    )


@T("memo")
def m06():
    c = person()
    return f"{mhead()}\nadres nieuwe cliënt {adr()} {pc()} bel aanbellen bij {P(c.last.lower())} op de derde verdieping hond in huis"


@T("memo")
def m07():
    c = person()
    return (
        f"{mhead()}\nmail van {full(c)} is {mail(c, style=ch(['w_apen', 'w_at', 'w_apen_num', 'mix']))}. "
        f"stuur {zijn(c)} de folder van {O('Schuldhulpmaatje')} en de link van {O('Geldfit')}."
    )


@T("memo")
def m08():
    c = person()
    return (
        f"{mhead()}\nvoor het MDO: {full(c)}, {dob()}, dossier {dos()}. "
        f"vragen aan {O('Parnassia')}: is er een {Ro('psychiater')} betrokken? en aan {O('MEE')}: loopt de indicatie nog?"
    )


@T("memo")
def m09():
    c = person()
    w = worker()
    return (
        f"{mhead()}\n{ch(['Hee', 'Hoi', 'Yo'])} {fn(w)}, {fn(worker())} hier. Kun jij {dat(ch(['wk', 'wko', 'wkd']))} mee naar {P(c.last_cap)}? "
        f"{Adr_text()} Ik vind het daar niet veilig in mijn eentje, vorige keer was er een grote hond en die zoon. Laat maar weten."
    )


def Adr_text():
    return ch(
        [
            "Het is op de " + adr() + ".",
            "Adres: " + adr() + ", " + pc() + ".",
            "Je weet wel, " + adr() + ".",
        ]
    )


@T("memo")
def m10():
    c = person()
    return (
        f"{mhead()}\ntodo {fn(c)}: huurtoeslag aanvragen, DigiD machtiging, BSN {bsn()}, geboren {dob()}. "
        f"telefoon {tel()}."
    )


@T("memo")
def m11():
    c, c2 = person(), person()
    return (
        f"{mhead()}\nTwee dingen. Ten eerste: {mr(c)} heeft de toestemmingsverklaring getekend, {dat(ch(['wn', 'dn', 'num']))}. "
        f"Ten tweede: {mr(c2)} wil geen contact meer, dossier {dos()} mag dicht. Einde memo."
    )


@T("memo")
def m12():
    c = person()
    return (
        f"{mhead()}\nterugbellen: {tel()}. is {P(c.first.lower())}, de {ch(['nicht', 'zus', 'buurvrouw', 'vriendin'])} van "
        f"{P(person().last.lower())}. weet meer over de situatie in huis."
    )


@T("memo")
def m13():
    c = person()
    return (
        f"{mhead()}\n{P(c.first)}, {tel()}, {adr()}, "
        f"wil praten over {ch(['eenzaamheid', 'schulden', 'de relatie', 'de kinderen', 'werk'])}, via {fn(worker())} van {O('Xtra')} bij ons gekomen."
    )


@T("memo")
def m14():
    c = person()
    return f"{mhead()}\nvergeten te noteren: {P(c.last_cap)} is geboren {dob()} en het klantnummer bij {O(ch(['de Voedselbank', 'Haag Wonen', 'de Kredietbank']))} is {dos('plain')}."


@T("memo")
def m15():
    c = person()
    w = worker()
    return (
        f"{mhead()}\nHey {fn(w)}, snel berichtje. Bij {mr(c)} {dat(ch(['wk', 'wkd', 'wko']))} geweest. "
        f"{Hij(c)} heeft nu een nieuw rekeningnummer, {iban()}, kun je dat doorgeven aan de {Ro('bewindvoerder')}? Thanks!"
    )


@T("memo")
def m16():
    c = person()
    return (
        f"{mhead()}\nnotitie voor mezelf {dat(ch(['num', 'num2', 'dn']))}: {full(c)} belt steeds {clock()} "
        f"naar de algemene lijn. misschien vaste belafspraak maken. {zijn(c)} nummer {tel()}."
    )


@T("memo")
def m17():
    c = person()
    k = person(c.origin)
    return (
        f"{mhead()}\nafspraak {fn(k)} ({'dochter' if k.g == 'f' else 'zoon'} van {mr(c)}) {dat(ch(['wk', 'wkd', 'wko', 'dn']))} "
        f"bij het {O('CJG')} {Wk()}. {fn(k)} is geboren {dat(dt=gen_date(False, 2008, 2016), style=ch(['w', 'num', 'spnum', 'd']))}."
    )


@T("memo")
def m18():
    c = person()
    return (
        f"{mhead()}\nnummer van de {Ro('wijkverpleegkundige')} bij {mr(c)} is {tel()}, ze heet {fn(worker('f'))}. "
        f"zij komt {ch(['dinsdag en vrijdag', 'elke ochtend', 'drie keer per week'])} op de {adr()}."
    )


@T("memo")
def m19():
    c = person()
    return (
        f"{mhead()}\n{ch(['ok', 'oké', 'ja'])} dus {P(c.first.lower())} {P(c.last.lower())} eh postcode {pc()} huisnummer {w999(R.randint(1, 300))} "
        f"eh die heeft een verwijzing nodig voor de {O('Voedselbank')} en een afspraak bij de {Ro('budgetcoach')}"
    )


@T("memo")
def m20():
    c, w = person(), worker()
    ld1 = gen_email(c)
    ld2 = gen_email(c)
    while ld2 == ld1:
        ld2 = gen_email(c)
    return (
        f"{mhead()}\nvoor {fn(w)}: de mail van {mr(c)} was teruggekomen, het adres is niet {mail(c, style='asr', ld=ld1)} "
        f"maar {mail(c, style=ch(['w_apen', 'w_at', 'asr']), ld=ld2)}. kun je het nog een keer sturen?"
    )


@T("memo")
def m21():
    c, w = person(), worker()
    return (
        f"{mhead()}\n{fn(w)} hier, voor het teamkanaal. Wie kan {dat(ch(['wk', 'wko', 'wkd']))} de intake doen bij {full(c)}? "
        f"{Hij(c)} woont in {Wk()}, {adr()}. Aangemeld door {Ro('huisarts')} {P(person('nl').last_cap)}, vraag rond {ch(['eenzaamheid', 'schulden', 'overlast', 'mantelzorg'])}. "
        f"Telefoon {tel()}. Laat even een duimpje achter als je het oppakt."
    )


# ================================================================ assembly
ROLE_TERMS = [
    "wijkverpleegkundige",
    "maatschappelijk werker",
    "casusregisseur",
    "Wmo-adviseur",
    "ouderenconsulent",
    "welzijnscoach",
    "MEE-consulent",
    "schuldhulpverlener",
    "huisarts",
    "POH-GGZ",
    "bewindvoerder",
    "wijkagent",
    "casemanager dementie",
    "jongerenwerker",
    "ervaringsdeskundige",
    "klantmanager",
    "praktijkondersteuner",
    "woonconsulent",
    "budgetcoach",
    "tolk",
    "leerplichtambtenaar",
    "ouderenadviseur",
    "jeugdconsulent",
    "huismeester",
    "thuisbegeleider",
    "psychiater",
    "transferverpleegkundige",
    "reclasseringswerker",
    "mantelzorgconsulent",
    "buurtwerker",
    "behandelaar",
    "deurwaarder",
    "casusregisseurs",
    "Huisarts",
    "Bewindvoerder",
    "Wijkagent",
    "Casusregisseur",
    "Wijkverpleegkundige",
    "Tolk",
    "Leerplichtambtenaar",
]
ORG_TERMS = [
    "Veilig Thuis",
    "GGZ",
    "MEE",
    "Wmo-loket",
    "Servicepunt XL",
    "CJG",
    "UWV",
    "SVB",
    "DUO",
    "CAK",
    "GGD",
    "IND",
    "Belastingdienst",
    "Voedselbank",
    "Leger des Heils",
    "Parnassia",
    "Haag Wonen",
    "Staedion",
    "Vestia",
    "Xtra",
    "Stichting MOOI",
    "Florence",
    "PsyQ",
    "Brijder",
    "Juridisch Loket",
    "Sociaal Raadslieden",
    "Dienst SZW",
    "Humanitas",
    "CJIB",
    "FACT-team",
    "Woonnet Haaglanden",
    "BRP",
    "Rode Kruis",
    "VluchtelingenWerk",
    "Eneco",
]
_kw = sorted(set(ROLE_TERMS), key=len, reverse=True)
_ko = sorted(set(ORG_TERMS), key=len, reverse=True)
TOK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)
KEEP_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in _kw + _ko) + r")(?![\w-])")
ROLE_SET = set(_kw)


def outside(markup, fn_):
    out, pos = [], 0
    for m in TOK.finditer(markup):
        out.append(fn_(markup[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(fn_(markup[pos:]))
    return "".join(out)


def autowrap(seg):
    return KEEP_RE.sub(lambda m: kp("role" if m.group(1) in ROLE_SET else "org", m.group(1)), seg)


def rawify(markup):
    """recogniser output without punctuation and capitals (the header line stays as the system wrote it)"""

    def f(seg):
        seg = re.sub(r"[.,?!:;]", "", seg)
        return re.sub(r" {2,}", " ", seg)

    head, sep, body = markup.partition("\n")
    if not sep:
        return outside(markup, f).lower()
    return head + sep + outside(body, f).lower()


def strip_markup(markup):
    out, pii_, keep, pos, cur = [], [], [], 0, 0
    for m in TOK.finditer(markup):
        out.append(markup[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            label, s, tgt = m.group(1), m.group(2), pii_
        else:
            label, s, tgt = m.group(3), m.group(4), keep
        tgt.append({"start": cur, "end": cur + len(s), "label": label, "text": s})
        out.append(s)
        cur += len(s)
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), pii_, keep


PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}


def verify(rec):
    t = rec["text"]
    assert "[[" not in t and "]]" not in t and "{{" not in t and "}}" not in t, rec["id"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: s["start"])
    for s in rec["pii"]:
        assert s["label"] in PII_LABELS, s
    for s in rec["keep"]:
        assert s["label"] in KEEP_LABELS, s
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
        assert s["text"][-1] not in ".,;:", (rec["id"], s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for s in rec["pii"]:
        if s["label"] == "bsn":
            cands = (
                BSN_REG[s["text"]] if s["text"] in BSN_REG else BSN_REG[rawkey(s["text"], BSN_REG)]
            )
            assert all(bsn_ok(x) for x in cands), s
        if s["label"] == "iban":
            cands = (
                IBAN_REG[s["text"]]
                if s["text"] in IBAN_REG
                else IBAN_REG[rawkey(s["text"], IBAN_REG)]
            )
            assert all(iban_ok(x) for x in cands), s
    assert rec["pii"], rec["id"]


def rawkey(t, reg):
    for k in reg:
        if k.lower() == t:
            return k
    raise KeyError(t)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = []
    for rnd in range(2):
        for kind, f in TEMPLATES:
            name = f.__name__
            m = f()
            m = re.sub(r"^\n", "", m)
            if (
                kind == "dn"
                and R.random() < 0.5
                and name not in ("dn02", "dn10", "dn17", "dn21", "dn28")
            ):
                m = m + " " + ctx()
            elif kind == "vm" and R.random() < 0.15:
                m = m + "\n[einde bericht]"
            m = outside(m, autowrap)
            p_raw = {"memo": 0.35, "vm": 0.15, "dn": 0.12, "ct": 0.0}[kind]
            if R.random() < p_raw:
                m = rawify(m)
            items.append((kind, f.__name__, m))
    R.shuffle(items)
    recs = []
    for i, (kind, name, m) in enumerate(items):
        text, p, k = strip_markup(m)
        rec = {"id": "ho82-%04d" % i, "text": text, "pii": p, "keep": k}
        verify(rec)
        recs.append(rec)
    path = os.path.join(here, "heldout82.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    pc_ = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    tot = sum(pc_.values())
    print(path)
    print(
        "texts",
        len(recs),
        "avg words %.1f" % (sum(words) / len(words)),
        "min",
        min(words),
        "max",
        max(words),
    )
    print("pii", dict(pc_.most_common()), "total", tot, "person share %.2f" % (pc_["person"] / tot))
    print("keep", dict(kc.most_common()))
    print("kinds", dict(Counter(k for k, _, _ in items)))


if __name__ == "__main__":
    main()
