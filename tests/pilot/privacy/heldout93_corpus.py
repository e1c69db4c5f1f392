#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""heldout93: independent held-out test corpus for the Dutch personal-data finder.

Register: formal written documents around a client of a sociaal wijkzorgteam
(Den Haag): GP / partner referrals, housing corporation reports, debt-counselling
intake summaries, municipal decisions (beschikkingen), MDO minutes, signed
consent declarations and exported form fields.

Deterministic (seed 93), stdlib only. Writes heldout93.jsonl next to itself.
Spans are built with markup ([[label:text]] for pii, {{label:text}} for keep)
and stripped programmatically, so offsets are right by construction.
"""

import datetime
import json
import os
import re
import random
import unicodedata

SEED = 93
N_TEXTS = 208
PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- markup
def mk(label, s):
    assert label in PII_LABELS or label in KEEP_LABELS, label
    assert s and s == s.strip(), repr(s)
    for bad in ("[[", "]]", "{{", "}}"):
        assert bad not in s, s
    if label in PII_LABELS:
        return "[[%s:%s]]" % (label, s)
    return "{{%s:%s}}" % (label, s)


def PN(s):
    return mk("person", s)


def O(s):
    return mk("org", s)


def W(s):
    return mk("wijk", s)


def RL(s):
    return mk("role", s)


TOK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def strip_markup(m):
    out, pii, keep = [], [], []
    pos = 0
    last = 0
    for mt in TOK.finditer(m):
        chunk = m[last : mt.start()]
        out.append(chunk)
        pos += len(chunk)
        if mt.group(1):
            lab, s, lst = mt.group(1), mt.group(2), pii
        else:
            lab, s, lst = mt.group(3), mt.group(4), keep
        lst.append({"start": pos, "end": pos + len(s), "label": lab, "text": s})
        out.append(s)
        pos += len(s)
        last = mt.end()
    out.append(m[last:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        assert bad not in text, (bad, text)
    return text, pii, keep


# ---------------------------------------------------------------- names
# surnames are (tussenvoegsel, male form, female form)
def _s(*names):
    return [("", n, n) for n in names]


NAMES = {
    "nl": {
        "f": [
            "Anja",
            "Marja",
            "Ingrid",
            "Petra",
            "Sandra",
            "Roos",
            "Iris",
            "Lotte",
            "Kim",
            "Esther",
            "Wilma",
            "Truus",
            "Gerda",
            "Ria",
            "Joke",
            "Hanneke",
            "Mieke",
            "Femke",
            "Anouk",
            "Sanne",
            "Noor",
            "Fleur",
            "Corrie",
            "Dineke",
            "Hannie",
            "Annemiek",
            "Bep",
            "Marloes",
            "Jolanda",
            "Yvonne",
            "Astrid",
        ],
        "m": [
            "Jan",
            "Kees",
            "Henk",
            "Piet",
            "Gerrit",
            "Wim",
            "Bas",
            "Ruud",
            "Sjaak",
            "Ton",
            "Hans",
            "Martin",
            "Erik",
            "Dirk",
            "Koos",
            "Arie",
            "Bert",
            "Rob",
            "Daan",
            "Sven",
            "Thijs",
            "Bram",
            "Joost",
            "Frits",
            "Ben",
            "Mark",
            "Rik",
            "Jeroen",
            "Richard",
            "Dennis",
        ],
        "s": [
            ("de", "Vries", "Vries"),
            ("", "Bakker", "Bakker"),
            ("", "Visser", "Visser"),
            ("de", "Wit", "Wit"),
            ("", "Koster", "Koster"),
            ("", "Smit", "Smit"),
            ("de", "Jong", "Jong"),
            ("", "Jansen", "Jansen"),
            ("van", "Dijk", "Dijk"),
            ("", "Mulder", "Mulder"),
            ("de", "Boer", "Boer"),
            ("", "Dekker", "Dekker"),
            ("", "Vos", "Vos"),
            ("", "Kok", "Kok"),
            ("", "Groen", "Groen"),
            ("", "Hoekstra", "Hoekstra"),
            ("van der", "Meer", "Meer"),
            ("", "Verhoeven", "Verhoeven"),
            ("", "Brouwer", "Brouwer"),
            ("de", "Haan", "Haan"),
            ("", "Roos", "Roos"),
            ("de", "Hoop", "Hoop"),
            ("", "Koning", "Koning"),
            ("van", "Leeuwen", "Leeuwen"),
            ("", "Zwart", "Zwart"),
            ("", "Storm", "Storm"),
            ("", "Winter", "Winter"),
            ("", "Blom", "Blom"),
            ("", "Post", "Post"),
            ("", "Schouten", "Schouten"),
            ("van den", "Berg", "Berg"),
            ("", "Prins", "Prins"),
            ("", "Bos", "Bos"),
            ("", "Kuipers", "Kuipers"),
            ("van 't", "Hof", "Hof"),
            ("ter", "Horst", "Horst"),
            ("", "Vermeulen", "Vermeulen"),
            ("de", "Graaf", "Graaf"),
            ("", "Timmermans", "Timmermans"),
            ("", "Rust", "Rust"),
            ("", "Valk", "Valk"),
            ("van", "Duin", "Duin"),
            ("", "Hoogeveen", "Hoogeveen"),
            ("", "Sterk", "Sterk"),
        ],
    },
    "ma": {
        "f": [
            "Fatima",
            "Khadija",
            "Nadia",
            "Samira",
            "Malika",
            "Hafsa",
            "Yasmina",
            "Soukaina",
            "Naima",
            "Ikram",
            "Latifa",
            "Zineb",
            "Houda",
            "Loubna",
            "Hanan",
        ],
        "m": [
            "Mohamed",
            "Ahmed",
            "Youssef",
            "Hamid",
            "Rachid",
            "Mustafa",
            "Said",
            "Abdelkader",
            "Karim",
            "Bilal",
            "Ilias",
            "Mourad",
            "Hassan",
            "Driss",
            "Redouan",
        ],
        "s": _s(
            "El Amrani",
            "Bouzid",
            "Azzouzi",
            "El Idrissi",
            "Ait Taleb",
            "Benali",
            "Ouali",
            "Chaouch",
            "El Khattabi",
            "Boukhari",
            "Tahiri",
            "Ouazzani",
            "El Haddouchi",
            "Bakkali",
            "Zerouali",
        ),
    },
    "tr": {
        "f": [
            "Ayşe",
            "Fatma",
            "Elif",
            "Emine",
            "Zeynep",
            "Hatice",
            "Sevgi",
            "Gül",
            "Derya",
            "Büşra",
            "Melek",
            "Nurten",
            "Songül",
        ],
        "m": [
            "Mehmet",
            "Mustafa",
            "Ahmet",
            "Hüseyin",
            "Ali",
            "Murat",
            "Emre",
            "Kemal",
            "Osman",
            "Yusuf",
            "Hakan",
            "Serkan",
            "Cem",
        ],
        "s": _s(
            "Yilmaz",
            "Yıldız",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Öztürk",
            "Aydın",
            "Arslan",
            "Doğan",
            "Koç",
            "Kurt",
            "Güler",
            "Özdemir",
            "Aksoy",
            "Polat",
        ),
    },
    "sr": {
        "f": [
            "Sunita",
            "Anita",
            "Radha",
            "Shanti",
            "Kavita",
            "Priya",
            "Sharmila",
            "Indra",
            "Chandra",
            "Gracia",
            "Sherida",
            "Denise",
            "Marlène",
            "Sarita",
        ],
        "m": [
            "Ramesh",
            "Rajesh",
            "Sanjay",
            "Dinesh",
            "Kishan",
            "Anand",
            "Prem",
            "Ravi",
            "Soerin",
            "Harish",
            "Ricardo",
            "Errol",
            "Marciano",
            "Romano",
            "Clyde",
            "Glenn",
        ],
        "s": _s(
            "Ramdin",
            "Baldewsingh",
            "Jagessar",
            "Ramsaran",
            "Mohan",
            "Bihari",
            "Sewdien",
            "Ramautar",
            "Kalloe",
            "Mahabier",
            "Soekhai",
            "Jadnanansing",
            "Sital",
            "Debipersad",
            "Pinas",
            "Sabajo",
            "Doelwijt",
            "Wijngaarde",
            "Kromodimedjo",
            "Eersel",
            "Refos",
        ),
    },
    "an": {
        "f": ["Shurensly", "Jeanine", "Gisela", "Ruthmila", "Sharlene", "Maritza", "Jurchaina"],
        "m": ["Jurgen", "Rignald", "Edsel", "Jandino", "Shurwin", "Raymond", "Giandro"],
        "s": _s(
            "Martina",
            "Isenia",
            "Frans",
            "Rosalia",
            "Maduro",
            "Cijntje",
            "Girigorie",
            "Koeiman",
            "Statia",
            "Pietersz",
            "Winklaar",
            "Felida",
        ),
    },
    "cv": {
        "f": ["Maria", "Djenifer", "Ana", "Celeste", "Ivanilda", "Zenaida", "Lúcia"],
        "m": ["Adilson", "Manuel", "Nelson", "Eder", "Carlos", "Djamilo", "Evandro"],
        "s": _s(
            "Tavares",
            "Monteiro",
            "Semedo",
            "Fortes",
            "Gomes",
            "Lopes",
            "Fernandes",
            "Andrade",
            "Da Luz",
            "Barbosa",
            "Dos Santos",
            "Silva",
        ),
    },
    "pl": {
        "f": [
            "Agnieszka",
            "Katarzyna",
            "Małgorzata",
            "Joanna",
            "Ewa",
            "Magdalena",
            "Marta",
            "Beata",
        ],
        "m": ["Piotr", "Tomasz", "Krzysztof", "Paweł", "Marek", "Łukasz", "Grzegorz", "Dariusz"],
        "s": [
            ("", "Kowalski", "Kowalska"),
            ("", "Nowak", "Nowak"),
            ("", "Wiśniewski", "Wiśniewska"),
            ("", "Wójcik", "Wójcik"),
            ("", "Kamiński", "Kamińska"),
            ("", "Lewandowski", "Lewandowska"),
            ("", "Zieliński", "Zielińska"),
            ("", "Szymański", "Szymańska"),
            ("", "Dąbrowski", "Dąbrowska"),
            ("", "Mazur", "Mazur"),
            ("", "Jankowski", "Jankowska"),
        ],
    },
    "bg": {
        "f": ["Desislava", "Petya", "Galina", "Mariya", "Svetla", "Radka", "Aysel", "Nevena"],
        "m": ["Georgi", "Dimitar", "Ivaylo", "Stoyan", "Hristo", "Nikolay", "Ahmed", "Todor"],
        "s": [
            ("", "Petrov", "Petrova"),
            ("", "Ivanov", "Ivanova"),
            ("", "Georgiev", "Georgieva"),
            ("", "Dimitrov", "Dimitrova"),
            ("", "Stoyanov", "Stoyanova"),
            ("", "Kostov", "Kostova"),
            ("", "Mehmedov", "Mehmedova"),
            ("", "Angelov", "Angelova"),
        ],
    },
    "ro": {
        "f": ["Ioana", "Elena", "Mihaela", "Andreea", "Florentina", "Roxana"],
        "m": ["Ionuț", "Andrei", "Marian", "Florin", "Constantin", "Vasile", "Cătălin"],
        "s": _s("Popescu", "Ionescu", "Stan", "Dumitru", "Radu", "Lungu", "Munteanu", "Moldovan"),
    },
    "sy": {
        "f": ["Rana", "Lina", "Hala", "Amal", "Nour", "Rasha", "Ghada", "Reem"],
        "m": ["Mohammad", "Ahmad", "Khaled", "Omar", "Bassam", "Hussam", "Firas", "Tarek"],
        "s": _s(
            "Al-Hassan",
            "Haddad",
            "Kassab",
            "Al Khatib",
            "Darwish",
            "Hamwi",
            "Al-Masri",
            "Sabbagh",
            "Alhamoud",
            "Al Ali",
        ),
    },
    "er": {
        "f": ["Senait", "Helen", "Mebrat", "Saba", "Tsega", "Rahwa", "Yordanos", "Freweini"],
        "m": ["Yonas", "Tesfay", "Mehari", "Dawit", "Filmon", "Semere", "Biniam", "Kidane"],
        "s": _s(
            "Tesfamariam",
            "Gebremedhin",
            "Habte",
            "Kidane",
            "Berhane",
            "Tekle",
            "Ghebrehiwet",
            "Woldu",
            "Mehari",
            "Haile",
        ),
    },
    "so": {
        "f": ["Hodan", "Fadumo", "Ayaan", "Sahra", "Hawa", "Ifrah", "Nasra"],
        "m": ["Abdi", "Mohamud", "Abdirahman", "Hassan", "Farah", "Liban", "Guled"],
        "s": _s("Warsame", "Farah", "Abdullahi", "Jama", "Osman", "Hirsi", "Egal", "Duale", "Nur"),
    },
    "af": {
        "f": ["Zahra", "Mariam", "Parwana", "Shabnam", "Farzana", "Nargis", "Marzia"],
        "m": ["Ahmad", "Mohammad", "Najib", "Rahim", "Farid", "Jawed", "Sayed", "Wahid"],
        "s": _s(
            "Ahmadzai",
            "Rahimi",
            "Hashimi",
            "Karimi",
            "Sultani",
            "Noori",
            "Popal",
            "Wardak",
            "Stanikzai",
            "Amiri",
            "Haidari",
        ),
    },
    "cn": {
        "f": ["Mei", "Li", "Xiu Ying", "Yan", "Ling", "Hui", "Mei Ling"],
        "m": ["Wei", "Jun", "Hao", "Jian", "Ming", "Kai"],
        "s": _s(
            "Chen", "Wang", "Li", "Zhang", "Liu", "Lin", "Huang", "Wong", "Cheung", "Zhou", "Lam"
        ),
    },
    "gh": {
        "f": [
            "Akosua",
            "Abena",
            "Ama",
            "Efua",
            "Adwoa",
            "Yaa",
            "Comfort",
            "Grace",
            "Patience",
            "Gifty",
        ],
        "m": ["Kwame", "Kofi", "Kwabena", "Yaw", "Kojo", "Emmanuel", "Isaac", "Prince"],
        "s": _s(
            "Mensah",
            "Owusu",
            "Boateng",
            "Asante",
            "Osei",
            "Appiah",
            "Agyeman",
            "Ofori",
            "Darko",
            "Amponsah",
            "Antwi",
        ),
    },
    "ml": {
        "f": ["Elsa", "Maria", "Wilhelmina", "Dina"],
        "m": ["Johan", "Reinout", "Semuel", "Nico"],
        "s": _s("Latuheru", "Pattipeilohy", "Sahetapy", "Tuhumury", "Manuputty", "Pattiasina"),
    },
}
CLIENT_ORIGINS = (
    ["nl"] * 28
    + ["ma"] * 14
    + ["tr"] * 12
    + ["sr"] * 10
    + ["an"] * 5
    + ["cv"] * 4
    + ["pl"] * 5
    + ["bg"] * 3
    + ["ro"] * 3
    + ["sy"] * 4
    + ["er"] * 3
    + ["so"] * 3
    + ["af"] * 3
    + ["cn"] * 2
    + ["gh"] * 3
    + ["ml"] * 1
)
PRO_ORIGINS = (
    ["nl"] * 14 + ["ma"] * 3 + ["tr"] * 3 + ["sr"] * 3 + ["an", "cv", "pl", "gh", "ml", "sy"]
)

FEM_T = ["mevrouw", "mw.", "mevr.", "mw"]
MAS_T = ["meneer", "dhr.", "de heer", "dhr"]


def ascii_fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Person:
    def __init__(self, first, surname, g, origin):
        self.first = first
        self.tv, self.last = surname[0], (surname[1] if g == "m" else surname[2])
        self.surname = surname
        self.g = g
        self.origin = origin
        ini = "".join(x[0] + "." for x in first.replace("-", " ").split())
        if origin == "nl" and chance(0.5):
            ini += "".join(ch("ACEFGHJLMPW") + "." for _ in range(R.choice([1, 1, 2])))
        self.ini = ini

    # raw strings
    def sur_raw(self):
        if self.tv:
            return self.tv[0].upper() + self.tv[1:] + " " + self.last
        return self.last

    def inner_raw(self):
        return (self.tv + " " if self.tv else "") + self.last

    def full_raw(self):
        return self.first + " " + self.inner_raw()

    # markup
    def f(self):
        return PN(self.first)

    def full(self):
        return PN(self.full_raw())

    def ifull(self):
        return PN(self.ini + " " + self.inner_raw())

    def sur(self):
        return PN(self.sur_raw())

    def lc(self):
        return PN(self.sur_raw().lower())

    def rev(self):
        """'De Vries, J.' as two spans (surname, initials)"""
        return PN(self.sur_raw()) + ", " + PN(self.ini)

    def poss(self, last=False):
        """possessive: "Fatima's", "Ahmeds", "Kees'" (suffix not part of the span)"""
        n = self.sur_raw() if last else self.first
        if n[-1] in "aeiouyAEIOUYé":
            return PN(n) + "'s"
        if n[-1] in "sxzSXZ":
            return PN(n) + "'"
        return PN(n) + "s"

    def rev_full(self):
        """'Vries, Jan de' style is rare; use 'De Vries, Jan'"""
        return PN(self.sur_raw()) + ", " + PN(self.first)

    def t(self, short=None):
        """title + surname, title not part of the span"""
        if short is None:
            tt = ch(FEM_T if self.g == "f" else MAS_T)
        elif short:
            tt = "mw." if self.g == "f" else "dhr."
        else:
            tt = "mevrouw" if self.g == "f" else "meneer"
        return tt + " " + self.sur()

    def ti(self):
        tt = ch(["mw.", "mevr.", "mevrouw"]) if self.g == "f" else ch(["dhr.", "de heer"])
        return tt + " " + self.ifull()

    def T(self):
        """capitalised title for sentence start"""
        tt = ch(["Mevrouw", "Mw."]) if self.g == "f" else ch(["Meneer", "Dhr.", "De heer"])
        return tt + " " + self.sur()

    def name_any(self):
        return ch([self.full, self.ifull, self.t, self.t])()

    # grammar
    @property
    def zij(self):
        return "zij" if self.g == "f" else "hij"

    @property
    def Zij(self):
        return "Zij" if self.g == "f" else "Hij"

    @property
    def ze(self):
        return "ze" if self.g == "f" else "hij"

    @property
    def haar(self):
        return "haar" if self.g == "f" else "zijn"

    @property
    def Haar(self):
        return "Haar" if self.g == "f" else "Zijn"

    @property
    def hem(self):
        return "haar" if self.g == "f" else "hem"

    @property
    def mv(self):
        return "mevrouw" if self.g == "f" else "meneer"

    def Ref(self):
        """sentence-start reference: 'Mevrouw' or 'Mevrouw Yilmaz' / 'Mw. Yilmaz'"""
        if chance(0.55):
            return self.T()
        return self.Mv

    def ref(self):
        if chance(0.5):
            return self.t(ch([None, False, False]))
        return self.mv

    @property
    def Mv(self):
        return "Mevrouw" if self.g == "f" else "Meneer"

    @property
    def mw(self):
        return "mw." if self.g == "f" else "dhr."

    @property
    def Mw(self):
        return "Mw." if self.g == "f" else "Dhr."

    @property
    def clt(self):
        return "cliënte" if self.g == "f" else "cliënt"

    @property
    def pt(self):
        return "patiënte" if self.g == "f" else "patiënt"

    @property
    def Pt(self):
        return "Patiënte" if self.g == "f" else "Patiënt"


def person(origin=None, g=None, surname=None):
    origin = origin or ch(CLIENT_ORIGINS)
    g = g or ch("fm")
    first = ch(NAMES[origin][g])
    surname = surname or ch(NAMES[origin]["s"])
    return Person(first, surname, g, origin)


def pro(g=None):
    return person(ch(PRO_ORIGINS), g)


def relative(p, g=None, same_surname=True):
    g = g or ch("fm")
    return person(p.origin, g, p.surname if same_surname else None)


def other_first(p, g=None, avoid=()):
    """a relative with a first name differing from avoid"""
    for _ in range(50):
        q = relative(p, g)
        if q.first not in avoid and q.first != p.first:
            return q
    return q


# ---------------------------------------------------------------- dates
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
MON_AB = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAY_AB = ["ma", "di", "wo", "do", "vr", "za", "zo"]


DOC = {"year": None}  # year of the document being written (first date drawn), for case numbers


def rdate(y0=2022, y1=2025):
    start = datetime.date(y0, 1, 1)
    end = datetime.date(y1, 12, 31)
    d = start + datetime.timedelta(days=R.randint(0, (end - start).days))
    if DOC["year"] is None:
        DOC["year"] = d.year
    return d


def workday(d):
    while d.weekday() > 4:
        d += datetime.timedelta(days=1)
    return d


def plus(d, days):
    return d + datetime.timedelta(days=days)


def dob(age, ref=None):
    ref = ref or datetime.date(2024, 6, 1)
    y = ref.year - age
    return datetime.date(y, R.randint(1, 12), R.randint(1, 28))


def dfmt(d, style):
    m = d.month
    if style == "long":
        return "%d %s %d" % (d.day, MONTHS[m - 1], d.year)
    if style == "dmy":
        return "%02d-%02d-%d" % (d.day, m, d.year)
    if style == "dmy1":
        return "%d-%d-%d" % (d.day, m, d.year)
    if style == "dmyy":
        return "%d-%d-'%02d" % (d.day, m, d.year % 100)
    if style == "dmy2":
        return "%02d-%02d-%02d" % (d.day, m, d.year % 100)
    if style == "slash":
        return "%d/%d/%d" % (d.day, m, d.year)
    if style == "slash2":
        return "%02d/%02d/%d" % (d.day, m, d.year)
    if style == "dot":
        return "%02d.%02d.%d" % (d.day, m, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return "%d %s %d" % (d.day, MON_AB[m - 1], d.year)
    if style == "abbrdot":
        ab = MON_AB[m - 1]
        return "%d %s%s %d" % (d.day, ab, "" if ab == "mei" else ".", d.year)
    if style == "abbryy":
        return "%d %s '%02d" % (d.day, MON_AB[m - 1], d.year % 100)
    if style == "wd":
        return "%s %d %s" % (DAYS[d.weekday()], d.day, MONTHS[m - 1])
    if style == "wdy":
        return "%s %d %s %d" % (DAYS[d.weekday()], d.day, MONTHS[m - 1], d.year)
    if style == "Wdy":
        return "%s %d %s %d" % (DAYS[d.weekday()].capitalize(), d.day, MONTHS[m - 1], d.year)
    if style == "dm":
        return "%d %s" % (d.day, MONTHS[m - 1])
    if style == "dmab":
        return "%d %s" % (d.day, MON_AB[m - 1])
    if style == "dmnum":
        return "%d-%d" % (d.day, m)
    if style == "dmslash":
        return "%d/%d" % (d.day, m)
    if style == "wdnum":
        return "%s %d-%d" % (DAY_AB[d.weekday()], d.day, m)
    if style == "wdnum2":
        return "%s %d/%d" % (DAY_AB[d.weekday()], d.day, m)
    raise ValueError(style)


LETTER_STYLES = ["long"] * 6 + ["dmy"] * 3 + ["dmy1", "abbrdot", "Wdy"]
TEXT_STYLES = (
    ["long"] * 3 + ["dm"] * 3 + ["dmy"] * 2 + ["dmy1", "dmyy", "slash", "wd", "abbr", "dmab"]
)
FORM_STYLES = ["dmy"] * 5 + ["iso"] * 2 + ["dmy1", "slash2", "dot"]
NOTE_STYLES = ["dmnum", "dmslash", "wdnum", "wdnum2", "dm", "dmab", "dmyy", "dmy2", "wd"]
DOB_STYLES = ["dmy"] * 5 + ["dmy1", "long", "slash2", "dot", "iso"]


WEEKDAY_STYLES = {"wd", "wdy", "Wdy", "wdnum", "wdnum2"}


def D(d, styles=TEXT_STYLES):
    style = styles if isinstance(styles, str) else ch(styles)
    if style in WEEKDAY_STYLES:
        d = workday(d)  # appointments named by weekday fall on working days
    return mk("date", dfmt(d, style))


# ---------------------------------------------------------------- numbers
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def bsn_raw():
    while True:
        d = [R.randint(1, 3)] + [R.randint(0, 9) for _ in range(7)]
        s = sum((9 - i) * d[i] for i in range(8))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def BSN(style=None):
    b = bsn_raw()
    style = style or ch(["plain"] * 4 + ["dots4", "dots3", "space"])
    if style == "dots4":
        b = b[:4] + "." + b[4:6] + "." + b[6:]
    elif style == "dots3":
        b = b[:3] + "." + b[3:6] + "." + b[6:]
    elif style == "space":
        b = b[:3] + " " + b[3:6] + " " + b[6:]
    return mk("bsn", b)


BANKS = ["ABNA", "INGB", "INGB", "RABO", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban_raw():
    bank = ch(BANKS)
    acct = digits(10)
    bban = bank + acct
    rearr = bban + "NL00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return "NL%02d%s" % (chk, bban)


def IBAN(style=None):
    ib = iban_raw()
    style = style or ch(["plain", "group", "group", "group"])
    if style == "group":
        ib = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
    return mk("iban", ib)


def phone_raw(kind=None, style=None):
    kind = kind or ch(["mob"] * 3 + ["land"])
    if kind == "mob":
        d = str(ch([1, 2, 3, 4, 5, 8])) + digits(7)
        style = style or ch(
            ["dash"] * 4 + ["space8", "plain", "dash3", "pairs", "intl", "intl4", "intlc", "dash4"]
        )
        if style == "dash":
            return "06-" + d
        if style == "space8":
            return "06 " + d
        if style == "plain":
            return "06" + d
        if style == "dash3":
            return "06-%s %s %s" % (d[:3], d[3:6], d[6:])
        if style == "pairs":
            return "06 " + " ".join(d[i : i + 2] for i in range(0, 8, 2))
        if style == "intl":
            return "+31 6 " + d
        if style == "intl4":
            return "+31 6 %s %s" % (d[:4], d[4:])
        if style == "intlc":
            return "+316" + d
        if style == "dash4":
            return "06 - %s %s" % (d[:4], d[4:])
    area = ch(["070"] * 6 + ["071", "079", "015", "010"])
    n = 10 - len(area)
    d = str(R.randint(2, 9)) + digits(n - 1)
    style = style or ch(["dash"] * 3 + ["paren", "space", "plain", "intl", "intl0"])
    if style == "dash":
        return "%s-%s" % (area, d)
    if style == "paren":
        return "(%s) %s %s %s" % (area, d[:3], d[3:5], d[5:])
    if style == "space":
        return "%s %s %s" % (area, d[:3], d[3:])
    if style == "plain":
        return area + d
    if style == "intl":
        return "+31 %s %s" % (area[1:], d)
    if style == "intl0":
        return "+31 (0)%s %s" % (area[1:], d)
    return area + "-" + d


def PH(kind=None, style=None):
    return mk("phone", phone_raw(kind, style))


CLIENT_MAIL = (
    ["gmail.com"] * 4
    + ["hotmail.com"] * 3
    + [
        "outlook.com",
        "live.nl",
        "kpnmail.nl",
        "ziggo.nl",
        "hotmail.nl",
        "yahoo.com",
        "icloud.com",
        "planet.nl",
    ]
)


def _mailpart(s):
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


def EM(p, domain=None):
    f = _mailpart(p.first)
    l = _mailpart(p.inner_raw().replace(" ", ""))
    dom = domain or ch(CLIENT_MAIL)
    if domain:
        local = ch(["%s.%s" % (f[0], l), "%s.%s" % (f, l), "%s%s" % (f[0], l)])
    else:
        local = ch(
            [
                "%s.%s" % (f, l),
                "%s%s%d" % (f, l, R.randint(60, 99)),
                "%s_%s" % (f, l[:4]),
                "%s.%s" % (f[0], l),
                "%s%d" % (f, R.randint(1, 999)),
                "%s-%s" % (l, f[0]),
            ]
        )
    return mk("email", local + "@" + dom)


# ---------------------------------------------------------------- places
WIJKEN = {
    "Schilderswijk": (
        [
            "Hoefkade",
            "Vaillantlaan",
            "Jan Steenstraat",
            "Hobbemastraat",
            "Van Ostadestraat",
            "Wouwermanstraat",
            "Jacob Catsstraat",
            "Zuidlarenstraat",
        ],
        ["2525", "2526"],
    ),
    "Transvaal": (
        [
            "Paul Krugerlaan",
            "Schalk Burgerstraat",
            "Kempstraat",
            "Pretoriusstraat",
            "Delagoastraat",
            "Kritzingerstraat",
        ],
        ["2571", "2572"],
    ),
    "Moerwijk": (
        [
            "Zuiderparklaan",
            "Mijdrechtstraat",
            "Moerweg",
            "Loevesteinlaan",
            "Ambachtsgaarde",
            "Hengelolaan",
        ],
        ["2532", "2533"],
    ),
    "Laakkwartier": (
        ["Rijswijkseweg", "Neherkade", "Slachthuisstraat", "Goudriaankade", "Vlietstraat"],
        ["2516", "2521"],
    ),
    "Spoorwijk": (
        ["Hildebrandstraat", "Spoorwijkstraat", "Kiljanstraat", "Merkusstraat"],
        ["2522"],
    ),
    "Mariahoeve": (
        [
            "Hofzichtlaan",
            "Diamanthorst",
            "Kleine Wei",
            "Mariahoeveplein",
            "Ruys de Beerenbrouckstraat",
        ],
        ["2591", "2592", "2594"],
    ),
    "Bouwlust": (
        ["Melis Stokelaan", "Meppelweg", "Ellekenstein", "Almeloweg", "Dedemsvaartweg"],
        ["2541", "2544", "2545"],
    ),
    "Vrederust": (
        ["Melis Stokelaan", "Anthony Duyklaan", "Lozerlaan", "Zuidwoldestraat"],
        ["2544", "2545"],
    ),
    "Morgenstond": (
        ["Leyweg", "Escamplaan", "Anthonetta Kuijlstraat", "Jonckbloetplein", "Zonnebloemstraat"],
        ["2541", "2543"],
    ),
    "Duindorp": (["Westduinweg", "Tesselsestraat", "Vlielandsestraat", "Pluvierstraat"], ["2583"]),
    "Scheveningen": (
        ["Keizerstraat", "Neptunusstraat", "Badhuisstraat", "Zeesluisweg"],
        ["2584", "2586"],
    ),
    "Regentessekwartier": (
        ["Weimarstraat", "Elandstraat", "Fahrenheitstraat", "Lijnbaan"],
        ["2562", "2563"],
    ),
    "Bezuidenhout": (
        ["Theresiastraat", "Juliana van Stolberglaan", "Laan van Nieuw Oost-Indië", "Schenkkade"],
        ["2593", "2594"],
    ),
    "Rustenburg": (
        ["Apeldoornselaan", "Soestdijksekade", "Beresteinlaan", "Rustenburgweg"],
        ["2531", "2573"],
    ),
    "Stationsbuurt": (
        ["Stationsweg", "Wagenstraat", "Van der Vennestraat", "Parallelweg"],
        ["2512", "2515"],
    ),
    "Zuiderpark": (["Zuiderparklaan", "Erasmusweg", "Gaslaan"], ["2533", "2541"]),
    "Waldeck": (["Sportlaan", "Hollands Spoor", "Waldeck Pyrmontkade"], ["2566"]),
    "Leidschenveen": (["Startbaan", "Veenweidezoom", "Nieuwe Leidsweg"], ["2491", "2492"]),
    "Ypenburg": (["Laan van Hoornwijck", "Verlengde Ypenburgse Boslaan", "Dakotaweg"], ["2497"]),
}
WIJK_NAMES = list(WIJKEN)
HOUSING = ["Haag Wonen", "Staedion", "Vestia", "Woonbron"]
PC_LETTERS = [
    a + b
    for a in "ABCDEGHJKLMNPRSTVWXZ"
    for b in "ABCDEGHJKLMNPRSTVWXZ"
    if a + b not in ("SA", "SD", "SS")
]


def housenr():
    n = R.randint(1, 320) if chance(0.8) else R.randint(1, 30)
    suf = ch(
        [""] * 7
        + [
            "A",
            "B",
            "a",
            "b",
            "-hs",
            "hs",
            "-II",
            " II",
            "-III",
            " bis",
            "-1e",
            "-2",
            " 3hg",
            "-bov",
            "-C",
            " B",
            "-A",
        ]
    )
    return "%d%s" % (n, suf)


def PC(prefix=None):
    prefix = prefix or str(R.randint(2491, 2599))
    style = ch(["sp"] * 5 + ["nosp"] * 2 + ["lower"])
    l = ch(PC_LETTERS)
    if style == "sp":
        return mk("postcode", prefix + " " + l)
    if style == "nosp":
        return mk("postcode", prefix + l)
    return mk("postcode", prefix + " " + l.lower())


class Home:
    def __init__(self, wijk=None):
        self.wijk = wijk or ch(WIJK_NAMES)
        streets, pcs = WIJKEN[self.wijk]
        self.street = ch(streets)
        self.nr = housenr()
        self.addr_raw = "%s %s" % (self.street, self.nr)
        self.pc_prefix = ch(pcs)
        self.pc = PC(self.pc_prefix)

    def A(self):
        return mk("address", self.addr_raw)

    def W(self):
        return W(self.wijk)

    def line(self):
        """'Hoefkade 12-hs, 2526 BX Den Haag'"""
        return "%s, %s Den Haag" % (self.A(), self.pc)

    def line2(self):
        return (
            "%s  %s  DEN HAAG" % (self.A(), self.pc)
            if chance(0.3)
            else "%s\n%s Den Haag" % (self.A(), self.pc)
        )


# ---------------------------------------------------------------- case numbers
def DOS(kind=None):
    y = ch([2022, 2023, 2024, 2024, 2025])
    if DOC["year"]:
        y = DOC["year"] if chance(0.7) else DOC["year"] - R.randint(1, 2)
    yy = y % 100
    kind = kind or ch(
        [
            "yr5",
            "szw",
            "vt",
            "hash",
            "zslash",
            "wmo",
            "shv",
            "hw",
            "dots",
            "kbh",
            "bb",
            "dnum",
            "plain7",
            "int",
            "st",
        ]
    )
    forms = {
        "yr5": "%d-%05d" % (y, R.randint(100, 99999)),
        "szw": "SZW-%06d" % R.randint(100000, 999999),
        "vt": "VT-%d-%04d" % (y, R.randint(1, 9999)),
        "hash": "#%d" % R.randint(10000, 99999),
        "zslash": "Z/%02d/%06d" % (yy, R.randint(1000, 999999)),
        "wmo": "WMO-%d-%06d" % (y, R.randint(1, 99999)),
        "shv": "SHV-%02d-%05d" % (yy, R.randint(1, 99999)),
        "hw": "HW/INC/%02d-%04d" % (yy, R.randint(1, 9999)),
        "dots": "%d.%03d.%02d" % (y, R.randint(1, 999), R.randint(1, 99)),
        "kbh": "KBH %d" % R.randint(10000, 99999),
        "bb": "BB%02d-%04d" % (yy, R.randint(1, 9999)),
        "dnum": "D-%07d" % R.randint(1, 9999999),
        "plain7": "%07d" % R.randint(1000000, 9999999),
        "int": "INT-%d-%04d" % (y, R.randint(1, 9999)),
        "st": "ST-HUR-%d-%05d" % (y, R.randint(1, 99999)),
        "ooi": "%d %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999), R.randint(0, 9999)),
        "zvh": "ZVH-%02d-%04d" % (yy, R.randint(1, 9999)),
        "pol": "PL1500-%d%06d" % (y, R.randint(1, 999999)),
        "agb": "01%06d" % R.randint(0, 999999),
        "big": "%011d" % R.randint(10**10, 10**11 - 1),
        "mdo": "MDO %d/%d" % (y, R.randint(1, 60)),
        "huur": "%04d.%04d.%02d" % (R.randint(1, 9999), R.randint(1, 9999), R.randint(1, 20)),
        "cak": "%09d" % R.randint(100000000, 999999999),
        "rvdk": "C/09/%06d" % R.randint(100000, 999999),
        "klant": "K%06d" % R.randint(1, 999999),
        "bw": "BW-%04d" % R.randint(1, 9999),
    }
    return mk("dossier", forms[kind])


# ======================================================================
# shared pools
# ======================================================================
def SWT(wijk=None):
    """'Sociaal Wijkzorgteam Transvaal' as org + wijk"""
    wijk = wijk or ch(WIJK_NAMES)
    return ch(
        [
            O("Sociaal Wijkzorgteam") + " " + W(wijk),
            O("SWT") + " " + W(wijk),
            O("sociaal wijkzorgteam") + " " + W(wijk),
            O("wijkzorgteam") + " " + W(wijk),
        ]
    )


HOMECARE = ["Florence", "Saffier", "WZH", "Respect Zorggroep", "HWW zorg", "Cardia", "Vivent"]
GGZ = ["Parnassia", "PsyQ", "i-psy", "Indigo", "Brijder Verslavingszorg", "Youz", "Parnassia Bavo"]
WELZIJN = ["Xtra", "Stichting MOOI", "Voorall", "Humanitas", "Stek", "Wijkz"]
HOSP = [
    "HMC Westeinde",
    "HMC Bronovo",
    "Haga Ziekenhuis",
    "Juliana Kinderziekenhuis",
    "Sophia Revalidatie",
    "HMC Antoniushove",
]
CREDITORS = [
    ("Belastingdienst/Toeslagen", 1500, 9800),
    ("CJIB", 90, 1400),
    ("Zorg en Zekerheid", 300, 2600),
    ("Menzis", 300, 2400),
    ("CZ", 250, 2100),
    ("Eneco", 150, 1900),
    ("Vattenfall", 150, 1700),
    ("Ziggo", 80, 900),
    ("Odido", 60, 1100),
    ("DUO", 800, 14000),
    ("Dunea", 40, 600),
    ("Wehkamp", 120, 1800),
    ("Klarna", 60, 700),
    ("Gemeente Den Haag (belastingen)", 150, 900),
    ("CAK", 200, 1600),
    ("Intrum", 200, 3000),
    ("Flanderijn gerechtsdeurwaarders", 300, 4200),
    ("HTM", 40, 350),
    ("VGZ", 300, 2300),
]


def amount(a, b):
    v = R.randint(a, b)
    cents = R.randint(0, 99)
    s = "{:,}".format(v).replace(",", ".")
    return "€ %s,%02d" % (s, cents) if chance(0.6) else "€%s,-" % s


def age_of(lo=19, hi=88):
    return R.randint(lo, hi)


def j(*lines):
    return "\n".join(l for l in lines if l is not None)


def letter_date():
    return workday(rdate(2023, 2025))


# GP voice problem paragraphs -----------------------------------------
def before(d, lo, hi):
    return plus(d, -R.randint(lo, hi))


def gp_problem(c, age, h, ld):
    ok = [1, 4]
    if age >= 60:
        ok += [0, 5, 7]
    if age <= 50:
        ok += [2]
    if age <= 62:
        ok += [3, 8]
    if age >= 45:
        ok += [9]
    if c.origin in ("sy", "er", "af", "so"):
        ok += [6, 6]
    k = ch(ok)
    if k == 0:
        d = relative(c, "f")
        return (
            f"{c.Ref()} is bij mij bekend met diabetes mellitus type 2 en COPD. Sinds het overlijden van "
            f"{c.haar} partner komt {c.zij} nauwelijks buiten en {c.zij} slaat de controles bij de "
            f"{RL('praktijkondersteuner')} over. Dochter {d.f()} woont in Zoetermeer en kan weinig betekenen. "
            f"Ik maak mij zorgen over vereenzaming en zelfverwaarlozing."
        )
    if k == 1:
        return (
            f"{c.Pt} bezoekt de laatste maanden opvallend vaak het spreekuur met buikpijn en slapeloosheid. "
            f"Tijdens het consult van {D(before(ld, 3, 40), ['dm', 'long', 'dmy'])} vertelde {c.zij} dat de huur "
            f"sinds de zomer niet meer wordt betaald en dat er post van de deurwaarder ongeopend ligt. "
            f"{c.Zij} staat open voor hulp maar weet niet waar te beginnen."
        )
    if k == 2:
        p = person(c.origin, "m" if c.g == "f" else "f")
        k1 = other_first(c)
        k2 = other_first(c, avoid=(k1.first,))
        return (
            f"{c.Ref()} vertelde tijdens het consult op {D(before(ld, 3, 40), ['dm', 'long', 'dmy1'])} dat "
            f"{c.haar} partner, {p.t(True)}, {c.hem} regelmatig kleineert en controleert. Er zijn twee "
            f"kinderen ({k1.f()}, 9 jaar, en {k2.f()}, 4 jaar). Ik heb telefonisch overlegd met "
            f"{O('Veilig Thuis')}; zij adviseren om het {O('SWT')} te betrekken."
        )
    if k == 3:
        m = relative(c, "f", same_surname=False)
        return (
            f"{c.Pt} heeft vermoedelijk een licht verstandelijke beperking en kan de brieven van "
            f"{O('UWV')} en {O('Belastingdienst')} niet lezen. {c.Haar} moeder, {m.t()}, regelde "
            f"alles, maar zij is in maart opgenomen in {O(ch(['WZH', 'Respect Zorggroep']))} "
            f"{ch(['Het Uiterjoon', 'Oldeslo', 'Dekkershoek', 'Bloemendaal'])}. Sindsdien loopt het mis."
        )
    if k == 4:
        return (
            f"Buren melden nachtelijk lawaai en {c.zij} uit achterdochtige ideeën over de buurman, "
            f"{person().t(False)}. Een verwijzing naar de {O('GGZ')} wijst {c.zij} af; {c.zij} ziet "
            f"zichzelf niet als ziek. Ik denk dat bemoeizorg via uw team de enige ingang is."
        )
    if k == 5:
        s = relative(c, "m")
        return (
            f"Bij {c.ref()} is in 2023 de diagnose ziekte van Alzheimer gesteld (geheugenpoli "
            f"{O(ch(['HMC Bronovo', 'Haga Ziekenhuis']))}). {c.Zij} woont alleen. Zoon {s.full()} "
            f"(tel. {PH('mob')}) is mantelzorger maar geeft aan overbelast te raken. Inzet van een "
            f"{RL('casemanager dementie')} lijkt mij gewenst."
        )
    if k == 6:
        n = relative(c, "m", same_surname=False)
        return (
            f"{c.Ref()} is in 2022 als statushouder naar Den Haag gekomen. Er is een forse taalbarrière; bij "
            f"het laatste consult tolkte neef {n.f()}, wat niet ideaal is. {c.Zij} heeft rugklachten, "
            f"slaapt slecht en heeft geen zicht op {c.haar} post en toeslagen."
        )
    if k == 7:
        return (
            f"{c.Pt} is in korte tijd twee keer gevallen, de laatste keer op {D(before(ld, 2, 30), 'dm')}. "
            f"Bij de visite zag ik een sterk vervuilde woning met veel spullen in de gang. {c.Zij} wil "
            f"absoluut thuis blijven wonen. Graag een huisbezoek samen met de {RL('wijkverpleegkundige')}."
        )
    if k == 8:
        return (
            f"{c.Pt} gebruikt dagelijks alcohol en sinds kort ook cocaïne, naar eigen zeggen 'om het vol te "
            f"houden'. {c.Zij} is per {D(before(ld, 10, 60), ['long', 'dm'])} ontslagen en dreigt uit huis te "
            f"worden gezet. Een aanmelding bij {O('Brijder Verslavingszorg')} heeft {c.zij} eerder afgezegd."
        )
    p = relative(c, "m" if c.g == "f" else "f", same_surname=False)
    return (
        f"{c.Ref()} is mantelzorger voor {c.haar} partner {p.full()}, die na een CVA halfzijdig verlamd "
        f"is. {p.poss()} revalidatie in {O('Sophia Revalidatie')} is gestopt. {c.Zij} is zelf uitgeput, huilt op het spreekuur en zegt dat het geld niet meer toereikend is. "
        f"Respijtzorg en een gesprek met een {RL('mantelzorgconsulent')} lijken mij passend."
    )


CONSENT_LINES = [
    lambda c, ld: (
        f"{c.Pt} is op de hoogte van deze verwijzing en heeft mondeling toestemming gegeven voor het delen van deze gegevens."
    ),
    lambda c, ld: (
        f"Toestemming van {c.pt} voor deze verwijzing is verkregen op {D(before(ld, 0, 10), ['dmy', 'long'])}."
    ),
    lambda c, ld: (
        f"{c.Ref()} gaat akkoord met contact door uw team; {c.zij} heeft liever dat u eerst belt dan langskomt."
    ),
    lambda c, ld: "Patiënt(e) is akkoord met deze verwijzing.",
]


# ======================================================================
# A. referrals from GPs
# ======================================================================
def t_gp_letter():
    c = person()
    age = age_of(24, 90)
    h = Home()
    gp = pro()
    gph = Home(h.wijk)
    ld = letter_date()
    prac = ch(
        [
            O("Huisartsenpraktijk " + h.wijk),
            "Huisartsenpraktijk " + gp.sur(),
            O("Gezondheidscentrum " + h.wijk),
            O("Huisartsen Haaglanden"),
        ]
    )
    head = j(
        prac,
        f"{gph.A()}, {gph.pc} Den Haag",
        f"T {PH('land', ch(['dash', 'paren', 'space']))}",
        "",
        f"Aan: {SWT(h.wijk)}",
        f"t.a.v. de {RL('casusregisseur')}",
        "",
        f"Den Haag, {D(ld, LETTER_STYLES)}",
        "",
    )
    betreft = ch(
        [
            f"Betreft: {c.ti()}, geb. {D(dob(age, ld), DOB_STYLES)}",
            f"Betreft: verwijzing {c.ti()} ({age} jr), {h.A()}",
            f"Betreft: {c.rev()}, geboren {D(dob(age, ld), DOB_STYLES)}, BSN {BSN()}",
        ]
    )
    body = gp_problem(c, age, h, ld)
    close = ch(["Met collegiale groet,", "Met vriendelijke groet,", "Hoogachtend,"])
    sig = f"{gp.ifull()}, {RL('huisarts')}"
    extra = ch([f"AGB-code {DOS('agb')}", f"Terugbellijn: {PH('land')}", None, None])
    ask = ch(
        [
            f"Wilt u contact met {c.hem} opnemen? Voor overleg ben ik bereikbaar via de terugbellijn, bij voorkeur tussen 13.00 en 14.00 uur.",
            f"Graag verneem ik van u welke stappen u onderneemt.",
            f"Ik verzoek u vriendelijk de hulpvraag met {c.hem} in kaart te brengen en mij te informeren over het plan van aanpak.",
        ]
    )
    cc = ch(
        [
            None,
            f"cc: {pro().full()}, {RL('POH-GGZ')}",
            f"Kopie: {RL('wijkverpleegkundige')} {pro().full()}",
        ]
    )
    return j(
        head,
        betreft,
        "",
        "Geachte collega,",
        "",
        body,
        "",
        ch(CONSENT_LINES)(c, ld) + " " + ask,
        "",
        close,
        "",
        sig,
        extra,
        cc,
    )


def t_poh_ggz():
    c = person()
    age = age_of(19, 70)
    h = Home()
    poh = pro()
    ld = letter_date()
    gp = pro()
    k = ch([0, 1, 2])
    if k == 0:
        story = (
            f"{c.Ref()} heeft bij mij vijf gesprekken gevoerd in verband met somberheid en "
            f"piekeren. De klachten hangen sterk samen met schulden en de dreigende huisuitzetting door "
            f"{O(ch(HOUSING))}. Zolang de stress rond geld en wonen niet vermindert, heeft verdere "
            f"behandeling weinig zin."
        )
    elif k == 1:
        z = relative(c)
        story = (
            f"Sinds de scheiding in 2023 woont {c.zij} met {'zoon' if z.g == 'm' else 'dochter'} {z.f()} (15) in een te kleine "
            f"woning. Er zijn paniekklachten; {c.zij} durft de trein niet meer in en is daardoor "
            f"{c.haar} baan bij {O('PostNL')} kwijtgeraakt. Doel van de verwijzing: ondersteuning bij "
            f"inkomen (aanvraag {O('Participatiewet')}) en dagstructuur."
        )
    else:
        story = (
            f"Er is sprake van een posttraumatische stressstoornis (vlucht uit {ch(['Syrië', 'Eritrea', 'Afghanistan', 'Jemen'])}). "
            f"Traumabehandeling bij {O(ch(['i-psy', 'PsyQ', 'Parnassia']))} staat gepland maar de "
            f"wachttijd is lang. In de tussentijd ontbreekt praktische steun: {c.zij} heeft een boete "
            f"van het {O('CJIB')} en begrijpt de brieven van de {O('IND')} niet."
        )
    return j(
        f"VERWIJZING {RL('POH-GGZ')} → {SWT(h.wijk)}",
        f"Datum: {D(ld, FORM_STYLES)}",
        f"Van: {poh.full()}, {RL('POH-GGZ')} (praktijk {gp.ti()})",
        f"Cliënt: {c.full()}, {age} jaar, {h.A()}, {h.pc}",
        f"Tel. cliënt: {PH('mob')}",
        "",
        story,
        "",
        f"{c.Ref()} is akkoord met deze overdracht en verwacht een telefoontje van uw team. Ik ben bereikbaar op "
        f"{PH()} of via {EM(poh, ch(['praktijkhaaglanden.nl', 'zorgmail.nl', 'hadoks.nl']))}.",
        "",
        f"{poh.f()} ({RL('POH-GGZ')})",
    )


def t_zorgdomein():
    c = person()
    age = age_of(20, 85)
    h = Home()
    gp = pro()
    ld = letter_date()
    reason = ch(
        [
            f"multiproblematiek: schulden, vervuilde woning, sociaal isolement. {c.Pt} wil hulp maar zorgmijdend gedrag in verleden.",
            f"mantelzorgoverbelasting; partner {relative(c, 'm' if c.g == 'f' else 'f', False).f()} heeft Parkinson. vraag om ondersteuning thuis en respijt.",
            f"ernstige geldzorgen, geen inkomen sinds beëindiging WW per {D(before(ld, 20, 90), ['dmy', 'dm'])}. Verzoek om hulp bij aanvraag uitkering.",
            f"vermoeden LVB, moeite met post en afspraken. Broer {relative(c, 'm').f()} helpt soms maar woont in Rotterdam.",
        ]
    )
    return j(
        "ZorgDomein - Verwijsbrief",
        f"Verwijsdatum: {D(ld, FORM_STYLES)}",
        f"Urgentie: {ch(['regulier', 'binnen 1 week', 'spoed (binnen 48 uur)'])}",
        f"Zorgaanbieder: {SWT(h.wijk)}",
        f"Patiënt: {c.rev()} ({'V' if c.g == 'f' else 'M'})",
        f"Geboortedatum: {D(dob(age, ld), DOB_STYLES)}",
        f"BSN: {BSN()}",
        f"Adres: {h.A()} {h.pc} 's-Gravenhage",
        f"Telefoon: {PH()}",
        f"Verwijzer: {gp.ifull()}, {RL('huisarts')}, AGB {DOS('agb')}",
        f"Reden van verwijzing: {reason}",
        f"Medicatie: zie bijlage. Allergieën: geen bekend.",
        f"Toestemming patiënt: ja",
    )


def t_hap_note():
    c = person()
    age = age_of(30, 92)
    h = Home()
    arts = pro()
    d = rdate(2024, 2025)
    nb = person()
    return j(
        f"Bericht {O('Huisartsenpost Haaglanden')} aan eigen {RL('huisarts')} / {O('SWT')} {h.W()}",
        f"Consult d.d. {D(d, ['dmy', 'dmy1', 'long'])}, {ch(['visite', 'telefonisch consult', 'consult op de post'])}",
        f"Patiënt: {c.ti()}, {age} jr, {h.line()}",
        "",
        f"S/ gebeld door buurvrouw {nb.t(True)} i.v.m. verwardheid. {c.Pt} liep 's nachts in pyjama op straat. "
        f"O/ georiënteerd in persoon, niet in tijd. Koelkast leeg, geen medicatieoverzicht aanwezig. "
        f"E/ vermoedelijk cognitieve achteruitgang, mogelijk delier uitgesloten. "
        f"P/ buurvrouw blijft vannacht; graag morgen beoordeling eigen {RL('huisarts')} en inzet van het "
        f"wijkteam.",
        "",
        f"Waarnemend {RL('huisarts')}: {arts.ifull()}",
    )


# ======================================================================
# B. referrals from partners
# ======================================================================
def t_wijkverpleging():
    c = person()
    age = age_of(55, 95)
    h = Home()
    wv = pro("f" if chance(0.75) else "m")
    org = ch(HOMECARE)
    d = rdate(2024, 2025)
    son = relative(c, "m")
    k = ch([0, 1, 2])
    if k == 0:
        obs = (
            f"Sinds {D(d, ['dm', 'long'])} krijgt {c.ref()} dagelijks hulp bij medicatie. Wij zien dat de woning "
            f"steeds verder vervuilt, er ligt beschimmeld eten en de kat wordt niet verzorgd. {c.Zij} weigert "
            f"huishoudelijke hulp 'want dat kost geld'. Zoon {son.f()} ({PH('mob')}) komt één keer per maand."
        )
    elif k == 1:
        obs = (
            f"Bij het wassen zagen wij op {D(d, ['dm', 'dmy'])} blauwe plekken op de bovenarmen. {c.Ref()} zegt "
            f"gevallen te zijn, maar {c.haar} kleinzoon {relative(c, 'm').f()}, die inwoont, is volgens de "
            f"buren vaak agressief. Wij hebben dit besproken met {O('Veilig Thuis')} (advies, geen melding)."
        )
    else:
        obs = (
            f"{c.Ref()} heeft een stapel onbetaalde rekeningen en vertelde dat de energie per "
            f"{D(d, ['long', 'dm'])} wordt afgesloten. Zij heeft geen netwerk in Den Haag; een nicht, "
            f"{person(c.origin, 'f').full()}, woont in Amsterdam en belt af en toe."
        )
    return j(
        f"SIGNALERINGSFORMULIER WIJKVERPLEGING – {O(org)}",
        f"Aan: {SWT(h.wijk)}",
        f"Datum: {D(plus(d, R.randint(1, 20)), FORM_STYLES)}",
        f"Cliënt: {c.full()} (geb. {D(dob(age), DOB_STYLES)})",
        f"Adres: {h.A()}, {h.pc}",
        "",
        f"Observaties: {obs}",
        "",
        f"Vraag aan SWT: {ch(['gezamenlijk huisbezoek', 'inzet casusregie', 'beoordeling financiële situatie', 'overleg over veiligheid'])}.",
        f"Melder: {wv.full()}, {RL('wijkverpleegkundige')}, {PH('mob')}",
    )


def t_politie_zorgmelding():
    c = person()
    age = age_of(20, 80)
    h = Home()
    ag = pro()
    d = rdate(2023, 2025)
    melder = person()
    mkind = "buurvrouw" if melder.g == "f" else "buurman"
    return j(
        f"{O('Politie Eenheid Den Haag')} – Zorgmelding (ggz/verward gedrag)",
        f"Registratienummer: {DOS('pol')}",
        f"Datum/tijd incident: {D(d, ['dmy', 'dmy1'])} {R.randint(0, 23):02d}:{ch(['05', '20', '35', '50'])}",
        f"Betrokkene: {c.rev_full()}",
        f"Geboren: {D(dob(age), DOB_STYLES)}  Leeftijd: {age}",
        f"Woonadres: {h.A()}, {h.pc} Den Haag ({h.W()})",
        "",
        ch(
            [
                f"Toedracht: melding via 112 door {ch([mkind, mkind, 'de beheerder van het complex'])} "
                f"{melder.full()}. Betrokkene stond op het balkon te schreeuwen en gooide spullen naar beneden. Bij "
                f"aankomst rustig, gaf aan al weken niet te slapen. Geen strafbare feiten. Betrokkene weigert "
                f"contact met {O('Parnassia')} of de {O('crisisdienst')}.",
                f"Toedracht: betrokkene werd om 02.40 uur aangetroffen op de tramhalte bij de "
                f"{ch(['Leyweg', 'Hoefkade', 'Loosduinseweg', 'Rijswijkseweg'])}, onvoldoende gekleed, verward. "
                f"Gaf aan de sleutel kwijt te zijn en dat 'iemand' in de woning zat. Broer/zus niet bereikbaar. "
                f"Betrokkene thuisgebracht; woning in verwaarloosde staat, geen eten aanwezig.",
                f"Toedracht: derde melding in korte tijd. {mkind.capitalize()} {melder.t()} belde omdat "
                f"betrokkene op de galerij met een mes zou hebben gezwaaid. Bij aankomst geen mes aangetroffen. "
                f"Betrokkene sprak over stemmen en over de buren die 'via het stopcontact' meekijken. "
                f"Geen acuut gevaar volgens {O('GGZ crisisdienst')} (telefonisch).",
            ]
        ),
        "",
        f"Advies: opvolging door het {O('SWT')}/{O('OGGZ')}. Contact {RL('wijkagent')}: {ag.ifull()}, "
        f"{PH('mob')}.",
    )


def t_veilig_thuis():
    c = person(g="f")
    age = age_of(22, 55)
    h = Home()
    p = person(c.origin, "m", None if chance(0.5) else None)
    k1 = relative(p, ch("fm"))
    k2 = other_first(p, avoid=(k1.first,))
    mw = pro()
    d = rdate(2024, 2025)
    return j(
        f"OVERDRACHTSFORMULIER {O('Veilig Thuis Haaglanden')}",
        f"Dossiernummer VT: {DOS('vt')}",
        f"Datum overdracht: {D(d, FORM_STYLES)}",
        f"Overdragende medewerker: {mw.full()} ({RL('aandachtsfunctionaris')})",
        f"Ontvangende partij: {SWT(h.wijk)}, {RL('casusregisseur')}",
        "",
        f"Gezin: {c.t('mevrouw')} ({age}), partner {p.full()}, kinderen {k1.f()} "
        f"({D(dob(R.randint(3, 12)), DOB_STYLES)}) en {k2.f()} ({D(dob(R.randint(1, 8)), DOB_STYLES)}).",
        f"Adres: {h.line()}",
        "",
        f"Aanleiding: melding van de politie na een incident op {D(plus(d, -R.randint(10, 40)), ['dm', 'long'])}. "
        f"Partner heeft een tijdelijk huisverbod gehad (10 dagen). Veiligheid is op dit moment voldoende "
        f"geborgd volgens de veiligheidsafspraken. Het {O('CJG')} is betrokken voor de kinderen.",
        f"Vraag aan SWT: ondersteuning moeder bij schulden en zoeken naar eigen woonruimte.",
        f"Toestemming: {c.ref()} is op de hoogte en akkoord.",
    )


def t_hospital_mw():
    c = person()
    age = age_of(40, 93)
    h = Home()
    mmw = pro()
    hosp = ch(HOSP[:3] + HOSP[5:])
    d1 = rdate(2024, 2025)
    d2 = plus(d1, R.randint(4, 30))
    contact = relative(c, ch("fm"), same_surname=chance(0.5))
    ckind = (
        ch(["dochter", "nicht", "buurvrouw", "zus"])
        if contact.g == "f"
        else ch(["zoon", "neef", "schoonzoon", "buurman"])
    )
    return j(
        f"{O(hosp)} – afdeling {O('Medisch Maatschappelijk Werk')}",
        f"Overdracht naar de eerste lijn",
        "",
        f"Patiënt(e): {c.ti()}, {age} jaar",
        f"Patiëntnummer: {DOS(ch(['plain7', 'dnum']))}",
        f"Opname: {D(d1, ['dmy', 'dmy1'])} - ontslag gepland {D(d2, ['dmy', 'dmy1', 'dm'])}",
        f"Woonadres: {h.A()}, {h.pc}",
        f"Behandelend specialist: {pro().ti()} ({ch(['geriatrie', 'orthopedie', 'neurologie', 'cardiologie'])})",
        f"Eerste contactpersoon: {contact.full()} ({ckind}), {PH()}",
        "",
        ch(
            [
                f"Opgenomen na {ch(['een heupfractuur', 'een CVA', 'ernstige ondervoeding', 'een hartinfarct'])}. "
                f"Tijdens de opname bleek dat {c.zij} thuis geen ondersteuning heeft, de woning (3-hoog zonder lift) "
                f"niet meer geschikt is en er achterstallige rekeningen zijn. Ik heb een Wmo-melding gedaan en "
                f"verzoek het wijkteam om na ontslag de regie op te pakken.",
                f"{c.Ref()} is via de SEH binnengekomen met een longontsteking en was sterk vermagerd. "
                f"{c.Zij} vertelde dat {c.zij} sinds maanden geen geld heeft voor boodschappen; de {ckind} "
                f"bevestigde dit. Thuiszorg ({O(ch(HOMECARE))}) start na ontslag. Graag aandacht voor de "
                f"financiën en de eenzaamheid.",
                f"Tijdens de opname heeft {c.ref()} aangegeven niet terug te durven naar huis vanwege "
                f"{c.haar} inwonende kleinzoon {relative(c, 'm').f()}. Er is overlegd met {O('Veilig Thuis')} "
                f"(advies). Tijdelijke opvang bij de {ckind} is mogelijk tot "
                f"{D(plus(d2, R.randint(7, 21)), ['dm', 'dmy1'])}.",
            ]
        ),
        "",
        f"{mmw.ifull()}, {RL('medisch maatschappelijk werker')}",
        f"{PH('land')} | {EM(mmw, ch(['haaglandenmc.nl', 'hagaziekenhuis.nl']))}",
    )


def t_kessler():
    c = person(g=ch("mmmf"))
    age = age_of(23, 64)
    tb = pro()
    d = rdate(2024, 2025)
    h = Home()
    org = ch(["Kessler Stichting", "Leger des Heils", "De Binnenvest", "Limor"])
    return j(
        f"Aanmelding nazorg / doorstroom – {O(org)}",
        f"Datum: {D(d, LETTER_STYLES)}",
        "",
        f"Naam: {c.full()}",
        f"Geboortedatum: {D(dob(age), DOB_STYLES)}   BSN: {BSN()}",
        f"Verblijf: nachtopvang sinds {ch(['januari', 'maart', 'de zomer', 'oktober'])}; "
        f"per {D(plus(d, R.randint(7, 40)), ['long', 'dm'])} doorstroom naar een "
        f"{ch(['Skaeve Huse-woning', 'trainingswoning', 'zelfstandige woning via Housing First'])} aan de "
        f"{h.A()}.",
        f"Postadres tot die tijd: {ch(['de opvang', 'het adres van een vriend', 'Zilverstraat (briefadres)'])}.",
        "",
        f"{c.T()} heeft een verslavingsverleden (alcohol) en is sinds {R.randint(4, 14)} maanden stabiel. Er is een "
        f"schuldenlast van ca. {amount(6000, 40000)}. Aanvraag bewind is gedaan; {RL('bewindvoerder')} wordt "
        f"{ch(['Bewind Haaglanden', 'Stichting Voogdij-Bewind', 'Budget & Bewind Centrum'])}. In de wijk "
        f"{h.W()} is nog geen netwerk.",
        "",
        f"{RL('Trajectbegeleider')}: {tb.full()}, tel. {PH('mob')}",
    )


def t_cjg_18():
    c = person()
    age = R.randint(17, 18)
    h = Home()
    mo = relative(c, "f", same_surname=chance(0.6))
    jc = pro()
    d = rdate(2024, 2025)
    bday = dob(18, plus(d, R.randint(10, 120)))
    return j(
        f"Overdracht 18-/18+ van {O('Centrum voor Jeugd en Gezin')} {h.W()} naar {SWT(h.wijk)}",
        "",
        f"Jongere: {c.full()}, geboren {D(bday, DOB_STYLES)} (wordt 18 op {D(datetime.date(bday.year + 18, bday.month, bday.day), ['dm', 'long'])})",
        f"Woont bij moeder {mo.full()}, {h.A()} ({h.pc})",
        f"Mobiel jongere: {PH('mob')}  / moeder: {PH('mob')}",
        "",
        f"{c.f()} is bekend bij het {O('CJG')} sinds 2021 "
        f"i.v.m. schoolverzuim en spanningen thuis. {c.Zij} heeft een {ch(['Entree-opleiding', 'mbo-2 opleiding'])} "
        f"afgebroken en heeft geen inkomen. {c.poss()} moeder heeft zelf schulden en kan niet bijspringen. Na {c.haar} 18e verjaardag vervalt de jeugdhulp. Aandachtspunten: "
        f"zorgverzekering afsluiten, zorgtoeslag, inschrijving {O('Werkplein')}, mogelijk {O('Jongerenloket')}.",
        "",
        f"Warme overdracht gepland op {D(plus(d, R.randint(5, 25)), ['wd', 'wdy', 'dm'])} om 15.00 uur.",
        f"{RL('Jeugdconsulent')}: {jc.ifull()}",
    )


def t_reclassering():
    c = person(g="m")
    age = age_of(21, 60)
    h = Home()
    rw = pro()
    d = rdate(2024, 2025)
    return j(
        f"{O('Reclassering Nederland')} – unit Den Haag",
        f"Ons kenmerk: {DOS(ch(['dnum', 'yr5', 'int']))}",
        f"Datum: {D(d, LETTER_STYLES)}",
        "",
        f"Betreft: {c.ti()}, geboren {D(dob(age), DOB_STYLES)}",
        "",
        f"Geachte {RL('casusregisseur')},",
        "",
        f"Bovengenoemde cliënt staat onder toezicht in het kader van een voorwaardelijke veroordeling "
        f"(meldplicht, behandelverplichting {O('De Waag')}). Hij woont sinds {D(plus(d, -R.randint(20, 90)), ['dm', 'long'])} "
        f"bij zijn zus, {person(c.origin, 'f', c.surname if chance(0.5) else None).t(True)}, aan de {h.A()} in {h.W()}. "
        f"Dit is tijdelijk. Hij heeft geen inkomen en schulden bij het {O('CJIB')}. Wij vragen het wijkteam om "
        f"ondersteuning bij inkomen, huisvesting en dagbesteding.",
        "",
        f"Met vriendelijke groet,",
        f"{rw.full()}",
        f"{RL('reclasseringswerker')}  | {PH('mob')}",
    )


def t_raadslieden():
    c = person()
    h = Home()
    sr = pro()
    d = rdate(2024, 2025)
    return j(
        f"{O('Sociaal Raadslieden Den Haag')} – verwijsbericht",
        f"Datum: {D(d, FORM_STYLES)}  |  Dossier: {DOS(ch(['hash', 'yr5', 'klant']))}",
        f"Naam: {c.ti()}  Tel: {PH()}",
        f"Adres: {h.A()}, {h.pc} ({h.W()})",
        "",
        f"{c.Ref()} kwam op het inloopspreekuur in {O('wijkcentrum ' + ch(['De Mussen', 'Transvaal', 'Bouwlust', 'Het Lichtpunt']))} "
        + ch(
            [
                f"met een terugvordering van de {O('Belastingdienst/Toeslagen')} (kinderopvangtoeslag) en een "
                f"beslaglegging op {c.haar} loon. Bezwaar is ingediend op {D(plus(d, -3), ['dmy', 'dm'])}. ",
                f"met een brief van het {O('UWV')} over een terugvordering WW van {amount(900, 4800)}. Wij hebben "
                f"op {D(plus(d, -R.randint(1, 6)), ['dmy', 'dm'])} een verzoek om kwijtschelding opgesteld. ",
                f"omdat {c.haar} AOW-korting niet klopt ({c.zij} woonde tot {R.randint(1975, 1995)} in "
                f"{ch(['Suriname', 'Marokko', 'Turkije', 'Curaçao'])}). Aanvullende inkomensvoorziening via de "
                f"{O('SVB')} aangevraagd. ",
            ]
        )
        + f"Er spelen meer problemen ({ch(['huurachterstand, psychische klachten', 'eenzaamheid, vervuilde woning', 'spanningen thuis, schulden'])}) "
        f"die buiten onze taak vallen; daarom deze verwijzing.",
        "",
        f"Bij voorkeur contact via {c.haar} {ch(['dochter', 'buurvrouw', 'nicht'])} {person(c.origin, 'f').full()}, die ook bij het gesprek was.",
        "",
        f"{sr.full()}, {RL(ch(['sociaal raadsvrouw' if sr.g == 'f' else 'sociaal raadsman', 'sociaal raadslid']))}",
    )


# ======================================================================
# C. housing corporations
# ======================================================================
def t_huisbezoek():
    c = person()
    age = age_of(25, 85)
    h = Home()
    corp = ch(HOUSING)
    cw = pro()
    col = pro()
    d = rdate(2023, 2025)
    k = ch([0, 1, 2])
    if k == 0:
        obs = (
            f"De woning is ernstig vervuild (vervuilingsladder niveau {R.randint(3, 5)}). In de keuken staan "
            f"vuilniszakken, het toilet is niet bruikbaar. {c.Ref()} was vriendelijk maar erkende het probleem "
            f"niet. Er lopen {R.randint(3, 9)} katten rond. Brandgevaar door stapels kranten bij de cv-ketel."
        )
    elif k == 1:
        obs = (
            f"Aanleiding waren klachten van de bovenburen ({person().t()} en {person().t()}) over "
            f"lekkage en stankoverlast. Bij binnenkomst bleek dat {c.ref()} al maanden zonder gas leeft; "
            f"er wordt gekookt op een campingstel. Ook de huur van {R.randint(3, 7)} maanden is niet betaald."
        )
    else:
        obs = (
            f"Er is een vermoeden van onderhuur: op de bel staan twee andere namen ({person().sur()} en "
            f"{person().sur()}). {c.Ref()} verklaarde dat het om logees gaat. In de woning waren {R.randint(4, 8)} "
            f"matrassen. {c.Zij} oogde gespannen en vroeg of er 'iets met de huur' was."
        )
    return j(
        f"{O(corp)} – Rapportage huisbezoek",
        f"Huurder: {c.ti()}",
        f"Adres: {h.A()}, {h.pc} Den Haag",
        f"Contractnummer: {DOS(ch(['huur', 'plain7', 'st']))}",
        f"Datum bezoek: {D(d, ['Wdy', 'dmy', 'long'])}",
        f"Aanwezig: {cw.full()} ({RL(ch(['woonconsulent', 'consulent wonen', 'huismeester']))}), "
        f"{col.full()} ({RL(ch(['wijkbeheerder', 'medewerker sociaal beheer']))})",
        "",
        f"Bevindingen: {obs}",
        "",
        f"{cw.f()} is bereikbaar via {PH(ch(['mob', 'land']))}." if chance(0.6) else None,
        f"Vervolg: met toestemming van {c.ref()} is contact gezocht met het {O('SWT')} {h.W()}. Een "
        f"hercontrole is gepland op {D(plus(d, R.randint(14, 42)), ['dm', 'dmy', 'wd'])}. Bij geen "
        f"verbetering volgt een juridisch traject.",
    )


def t_vroegsignalering():
    c = person()
    h = Home()
    corp = ch(HOUSING)
    cw = pro()
    d = rdate(2024, 2025)
    mnd = R.randint(2, 5)
    p2 = relative(c, "m" if c.g == "f" else "f", same_surname=False) if chance(0.5) else None
    return j(
        f"Melding vroegsignalering huurachterstand",
        f"Van: {O(corp)}, team {O('Huurincasso')}",
        f"Aan: {O('Vroegsignalering Den Haag')} / {SWT(h.wijk)}",
        f"Datum: {D(d, FORM_STYLES)}",
        "",
        f"Huurder(s): {c.full()}" + (f" en {p2.full()}" if p2 else ""),
        f"Adres: {h.A()}, {h.pc}",
        f"Huurnummer: {DOS(ch(['huur', 'st', 'plain7']))}",
        f"Telefoon bekend: {PH()}" + (f" / {PH('mob')}" if chance(0.4) else ""),
        f"E-mail: {EM(c)}",
        f"Achterstand: {mnd} maanden, totaal {amount(700 * mnd, 1100 * mnd)}",
        f"Betalingsregeling: {ch(['geen', 'afgesproken maar niet nagekomen', 'in 2023 wel, nu niet'])}",
        "",
        f"Toelichting: {ch(['huurder', c.T(), c.T()])} reageert niet op brieven en sms. Bij de laatste poging op "
        f"{D(plus(d, -R.randint(2, 14)), ['dm', 'dmnum', 'wd'])} werd niet opengedaan. Wij vragen u een "
        f"outreachend huisbezoek af te leggen voordat wij de zaak overdragen aan de deurwaarder.",
        f"Contactpersoon {O(corp)}: {cw.ifull()}, {PH('land')}",
    )


def t_overlastlog():
    c = person()
    h = Home()
    corp = ch(HOUSING)
    d0 = rdate(2023, 2025)
    nbs = [person() for _ in range(3)]
    lines = []
    d = d0
    entries = [
        lambda n: f"{n.t()} (nr {R.randint(1, 120)}) meldt harde muziek tot 03.00 uur.",
        lambda n: f"Buurman {n.f()} belt: geschreeuw en bonken in de woning van {c.sur()}.",
        lambda n: (
            f"Gesprek huurder op kantoor. Geeft aan dat {c.haar} ex, {person().full()}, de overlast veroorzaakt."
        ),
        lambda n: (
            f"Melding via app door {n.full()}: rommel in het trappenhuis, vuilniszakken op galerij."
        ),
        lambda n: f"Brief verzonden (waarschuwing 1).",
        lambda n: f"{n.poss()} auto bekrast, {n.t(False)} verdenkt huurder; geen bewijs.",
        lambda n: f"Huurder belt zelf: voelt zich gepest door {n.full()} en diens zoon.",
        lambda n: f"Politie ter plaatse na melding {n.t()}; geen aanhouding.",
        lambda n: (
            f"Buurtbemiddeling aangeboden via {O('Buurtbemiddeling Den Haag')}, huurder weigert."
        ),
        lambda n: f"Overleg met {RL('wijkagent')} {pro().f()} en {O('SWT')} {h.W()}.",
    ]
    R.shuffle(entries)
    for e in entries[: R.randint(4, 6)]:
        d = plus(d, R.randint(2, 19))
        lines.append(
            f"- {D(d, ch([['dmy'], ['dmy1'], ['dmnum'], ['dmslash'], ['dmy2']]))}: {e(ch(nbs))}"
        )
    return j(
        f"{O(corp)} – Logboek woonoverlast",
        f"Dossier: {DOS(ch(['hw', 'yr5', 'st']))}  |  Huurder: {c.rev()}  |  {h.A()}",
        "",
        *lines,
        "",
        f"Stand van zaken: dossier wordt besproken in het buurtoverleg. Voorstel: casus inbrengen bij het "
        f"MDO van het wijkteam.",
    )


def t_corp_letter():
    c = person()
    h = Home()
    corp = ch(HOUSING)
    cw = pro()
    d = letter_date()
    mnd = R.randint(2, 6)
    return j(
        f"{O(corp)}",
        "",
        f"{c.ti()}",
        f"{h.A()}",
        f"{h.pc}  DEN HAAG",
        "",
        f"Den Haag, {D(d, LETTER_STYLES)}",
        f"Ons kenmerk: {DOS(ch(['hw', 'st', 'int']))}",
        f"Onderwerp: uw huurachterstand",
        "",
        f"Geachte {c.mv} {c.sur()},",
        "",
        f"Ondanks eerdere herinneringen heeft u een huurachterstand van {mnd} maanden, in totaal "
        f"{amount(650 * mnd, 980 * mnd)}. Wij willen graag met u in gesprek om te voorkomen dat wij de zaak "
        f"uit handen moeten geven. U kunt ook gratis hulp krijgen van het {O('Sociaal Wijkzorgteam')} in uw "
        f"wijk; met uw toestemming geven wij uw gegevens door.",
        "",
        f"Neem uiterlijk {D(plus(d, 14), ['wdy', 'long'])} contact op met {cw.f()}"
        f" via {PH('land')} of {EM(cw, corp.lower().replace(' ', '') + '.nl')}. Betalen kan op "
        f"{IBAN()} onder vermelding van uw huurnummer.",
        "",
        f"Met vriendelijke groet,",
        f"{cw.full()}",
        f"{RL('Medewerker huurincasso')}",
    )


def t_schouw():
    c = person()
    h = Home()
    corp = ch(HOUSING)
    d = rdate(2024, 2025)
    ins = pro()
    swt = pro()
    return j(
        f"SCHOUWRAPPORT – {O(corp)}",
        f"Object: {h.A()}, {h.pc}",
        f"Bewoner: {c.rev()} ({age_of(30, 85)} jr)",
        f"Schouwdatum: {D(d, FORM_STYLES)}",
        f"Schouwers: {ins.ifull()} ({RL('opzichter')}) en {swt.f()} ({RL('maatschappelijk werker')}, {O('SWT')})",
        (f"Bereikbaarheid bewoner: {PH()} (alleen 's middags)" if chance(0.6) else None),
        "",
        f"Toestand woning: {ch(['matig', 'slecht', 'zeer slecht'])}. Schimmel in badkamer en slaapkamer, "
        f"gebroken ruit achterzijde. Rookmelder ontbreekt. Bewoner gebruikt slechts één kamer.",
        f"Sociale situatie: bewoner is {ch(['alleenstaand', 'weduwe', 'weduwnaar', 'gescheiden'])} en heeft "
        f"weinig contacten. Heeft aangegeven hulp te willen bij opruimen; {O(ch(WELZIJN))} kan vrijwilligers "
        f"leveren.",
        f"Afspraken: reparaties ingepland week {R.randint(2, 50)}; nieuwe schouw op "
        f"{D(plus(d, R.randint(20, 60)), ['dmy', 'dm'])}.",
    )


def t_driegesprek():
    c = person()
    h = Home()
    corp = ch(HOUSING)
    cw = pro()
    mw = pro()
    d = rdate(2024, 2025)
    return j(
        f"Verslag driegesprek huurder – {O(corp)} – {O('SWT')}",
        f"Datum: {D(d, ['Wdy', 'long', 'dmy'])}, locatie: {O('Servicepunt XL')} {h.W()}",
        f"Aanwezig: {c.t()} (huurder), {cw.full()} ({RL('woonconsulent')}), {mw.full()} "
        f"({RL(ch(['maatschappelijk werker', 'casusregisseur', 'schuldhulpverlener']))})",
        "",
        f"1. Huurachterstand: {amount(1800, 6200)}. {c.Ref()} betaalt vanaf "
        f"{D(plus(d, R.randint(5, 30)), ['long', 'dm', 'dmy'])} de lopende huur plus {amount(25, 90)} per maand "
        f"aflossing via automatische incasso van {IBAN()}.",
        f"2. {c.Ref()} meldt zich aan bij {O('Schuldhulpverlening Den Haag')}; {mw.f()} ondersteunt hierbij.",
        f"3. {O(corp)} schort de ontruimingsprocedure op zolang de afspraken worden nagekomen.",
        f"4. Evaluatie op {D(plus(d, R.randint(40, 90)), ['dm', 'dmy1', 'dmy'])}.",
        "",
        f"Getekend voor akkoord door huurder en {cw.sur()}.",
    )


# ======================================================================
# D. debt counselling
# ======================================================================
def creditor_lines(n):
    picks = R.sample(CREDITORS, n)
    out = []
    for name, lo, hi in picks:
        out.append(
            f"- {O(name)}: {amount(lo, hi)}"
            + ch(["", "", " (beslag)", " (regeling loopt)", " (deurwaarder)", " (incasso)"])
        )
    return out


def t_shv_intake():
    c = person()
    age = age_of(21, 75)
    h = Home()
    shv = pro()
    d = rdate(2023, 2025)
    partner = relative(c, "m" if c.g == "f" else "f", same_surname=False) if chance(0.45) else None
    kids = []
    for _ in range(R.randint(0, 3) if age < 58 else 0):
        kids.append(other_first(c, avoid=tuple(k.first for k in kids)))
    gez = (
        "alleenstaand"
        if not partner
        else f"samenwonend met {partner.full()} (geb. {D(dob(age + R.randint(-5, 5)), DOB_STYLES)})"
    )
    if kids:
        gez += ", kinderen: " + ", ".join(f"{k.f()} ({R.randint(1, 17)})" for k in kids)
    inc = ch(
        [
            "bijstand (Participatiewet) " + amount(1200, 1450) + " netto p/m",
            "WW-uitkering",
            "loon uit dienstverband (0-urencontract) wisselend",
            "AOW + klein pensioen",
            "Wajong",
            "WIA " + amount(1300, 1900),
        ]
    )
    return j(
        f"INTAKEVERSLAG SCHULDHULPVERLENING",
        f"{O('Schuldhulpverlening Den Haag')}  –  zaaknummer {DOS(ch(['shv', 'szw', 'zslash']))}",
        f"Intakedatum: {D(d, FORM_STYLES)}",
        f"{RL('Schuldhulpverlener')}: {shv.full()}",
        "",
        f"1. Personalia",
        f"Naam: {c.full()}  Geboortedatum: {D(dob(age), DOB_STYLES)}",
        f"BSN: {BSN()}",
        f"Adres: {h.line()}",
        f"Tel.: {PH()}   E-mail: {EM(c)}",
        f"Gezinssituatie: {gez}",
        (
            f"Aanwezig bij intake: {relative(c, 'f', chance(0.5)).full()} ({ch(['zus', 'nicht', 'vriendin', 'schoonzus'])})"
            if chance(0.4)
            else None
        ),
        f"Verwezen door: {pro().full()} ({RL(ch(['casusregisseur', 'maatschappelijk werker', 'MEE-consulent']))})",
        "",
        f"2. Inkomen: {inc}. Rekeningnummer: {IBAN()}.",
        "",
        f"3. Schulden (opgave cliënt, nog niet geverifieerd)",
        *creditor_lines(R.randint(3, 6)),
        "",
        f"4. Aanleiding en motivatie: {ch(['Dreigende afsluiting energie.', 'Beslag op uitkering, kan vaste lasten niet meer betalen.', 'Aangemeld door het wijkteam na huisbezoek.', 'Cliënt wil rust en overzicht.'])} "
        f"{c.Ref()} is gemotiveerd maar heeft moeite met het aanleveren van stukken.",
        "",
        f"5. Afspraken: stukken aanleveren vóór {D(plus(d, R.randint(7, 21)), ['dm', 'dmy', 'dmnum'])}; "
        f"{ch(['aanvraag beschermingsbewind wordt voorbereid.', 'start stabilisatiefase.', 'doorverwijzing naar budgetcoach van ' + O(ch(WELZIJN)) + '.'])}",
    )


def t_kredietbank():
    c = person()
    age = age_of(25, 70)
    h = Home()
    con = pro()
    d = rdate(2024, 2025)
    return j(
        f"{O('Kredietbank Haaglanden')} – samenvatting aanmeldgesprek",
        f"Klantnummer: {DOS('kbh')}",
        f"Gesprek d.d. {D(d, ['dmy', 'dmy1', 'long'])} met {c.ti()} ({age})"
        + ch(
            [
                "",
                f" en {RL('maatschappelijk werker')} {pro().full()}",
                f", samen met {c.haar} broer {relative(c, 'm').f()}",
            ]
        ),
        "",
        f"{c.Ref()} woont {ch(['alleen', 'met twee kinderen', 'met partner en drie kinderen'])} op de "
        f"{h.A()} ({h.W()}). Maandelijkse lasten zijn hoger dan het inkomen. Vaste lasten: huur "
        f"{amount(550, 900)}, zorgverzekering {amount(120, 160)}, energie {amount(90, 260)}. "
        f"Totale schuld naar schatting {amount(8000, 45000)} bij {R.randint(6, 19)} schuldeisers.",
        "",
        f"Advies: budgetbeheer via de Kredietbank. Vaste lasten worden doorbetaald vanaf de beheerrekening; "
        f"leefgeld {amount(60, 120)} per week op de eigen rekening {IBAN()}. Start per "
        f"{D(plus(d, R.randint(14, 45)), ['long', 'dmy', 'dm'])}.",
        f"Contact: {con.ifull()}, {RL('consulent budgetbeheer')}, {PH('land')}.",
    )


BIRTHPLACE = {
    "nl": ["Den Haag", "Rijswijk", "Leiden", "Delft"],
    "ma": ["Nador", "Al Hoceima", "Casablanca"],
    "tr": ["Ankara", "Kayseri", "Konya"],
    "sr": ["Paramaribo", "Nickerie", "Den Haag"],
    "an": ["Willemstad", "Oranjestad"],
    "cv": ["Praia", "Mindelo"],
    "pl": ["Warschau", "Łódź"],
    "bg": ["Plovdiv", "Sliven"],
    "ro": ["Boekarest", "Iași"],
    "sy": ["Aleppo", "Damascus", "Homs"],
    "er": ["Asmara", "Keren"],
    "so": ["Mogadishu", "Hargeisa"],
    "af": ["Kabul", "Herat"],
    "cn": ["Wenzhou", "Hongkong"],
    "gh": ["Accra", "Kumasi"],
    "ml": ["Den Haag", "Ambon"],
}


def t_bewind_verzoek():
    c = person()
    age = age_of(20, 80)
    h = Home()
    bw = pro()
    d = rdate(2024, 2025)
    bwo = ch(
        [
            "Bewindvoering Haaglanden B.V.",
            "Stichting Zuidwest Bewind",
            "Horizon Bewindvoering",
            "Budget & Bewind Centrum",
        ]
    )
    return j(
        f"Verzoekschrift instelling beschermingsbewind (samenvatting voor dossier)",
        f"Aan: {O('Rechtbank Den Haag')}, sector kanton",
        f"Datum indiening: {D(d, ['long', 'dmy'])}",
        f"Zaaknummer rechtbank: {DOS('rvdk')}",
        "",
        f"Rechthebbende: {c.full()}, geboren op {D(dob(age), ['long', 'dmy'])} te "
        f"{BIRTHPLACE.get(c.origin, ['Den Haag'])[R.randint(0, len(BIRTHPLACE.get(c.origin, ['Den Haag'])) - 1)] if chance(0.7) else 'Den Haag'}, "
        f"wonende {h.line()}",
        f"BSN: {BSN()}",
        f"Voorgestelde bewindvoerder: {bw.ifull()}, {O(bwo)}, tel. {PH('land')}",
        "",
        f"Grond: verkwisting / problematische schulden. Rechthebbende is door "
        f"{ch(['psychische problemen', 'een licht verstandelijke beperking', 'verslaving', 'geheugenproblemen'])} "
        f"niet in staat zelf de financiën te beheren. Het wijkteam ({W(h.wijk)}) ondersteunt het verzoek. "
        f"Bijgevoegd: boedelbeschrijving, verklaring {RL('huisarts')}, schuldenoverzicht.",
        "",
        f"Rechthebbende is akkoord en heeft het verzoek mede ondertekend.",
    )


def t_budgetcoach():
    c = person()
    h = Home()
    bc = pro()
    d = rdate(2024, 2025)
    ds = sorted(plus(d, R.randint(0, 70)) for _ in range(3))
    return j(
        f"Voortgangsverslag budgetcoaching {O(ch(WELZIJN))}",
        f"Deelnemer: {c.t()}  |  {h.W()}",
        f"Periode: {D(ds[0], ['dmy', 'dmy1'])} t/m {D(ds[2], ['dmy', 'dmy1'])}",
        f"Vrijwillige {RL('budgetcoach')}: {bc.f()}",
        "",
        f"We hebben drie keer samen de post doorgenomen. {c.Ref()} heeft nu een map met tabbladen en "
        f"houdt een kasboekje bij. De aanvraag voor de {O('Ooievaarspas')} is gedaan. Op "
        f"{D(ds[1], ['dm', 'wd', 'dmnum'])} gebeld met {O('Eneco')} over een regeling van {amount(30, 75)} per "
        f"maand (klantnummer {DOS(ch(['klant', 'plain7']))}). Knelpunt: {c.zij} durft niet te bellen met "
        f"instanties. Volgende stap: samen naar het {O('Juridisch Loket')}.",
        "",
        f"{bc.f()} ({PH('mob')})",
    )


def t_stabilisatie():
    c = person()
    h = Home()
    shv = pro()
    d = rdate(2024, 2025)
    return j(
        f"Stabilisatieplan – {O('Schuldhulpverlening Den Haag')}",
        f"Cliënt: {c.rev()}   Dossier: {DOS(ch(['shv', 'szw']))}",
        f"Adres: {h.A()}, {h.pc}",
        f"Opgesteld: {D(d, FORM_STYLES)}  Door: {shv.ifull()}",
        "",
        f"Doelen stabilisatie (3 maanden):",
        f"a. Inkomen maximaliseren: huurtoeslag en zorgtoeslag controleren; {O('IIT')} aanvragen.",
        f"b. Vaste lasten op orde: {O(ch(HOUSING))} betalingsregeling, {O('Zorg en Zekerheid')} premie via "
        f"werkgever.",
        f"c. Beslagvrije voet laten herberekenen (beslag {O('CJIB')} sinds {D(plus(d, -R.randint(30, 200)), ['dmy', 'dm'])}).",
        f"d. Postafspraken: {c.ref()} levert elke week post aan in de {O('Servicepunt XL')} {h.W()}.",
        "",
        f"Rekening voor de reservering: {IBAN()} t.n.v. {c.ifull()}.",
        f"Evaluatie: {D(plus(d, 90), ['dm', 'long', 'dmy'])}.",
    )


# ======================================================================
# E. municipal decisions (beschikkingen)
# ======================================================================
def beschikking_head(
    c, h, d, kenmerk_kind, onderwerp, dienst="Dienst Sociale Zaken en Werkgelegenheid"
):
    uw = ch(
        [None, None, None, None, f"Uw kenmerk: {DOS(ch(['wmo', 'int', 'yr5']))}", "Uw kenmerk: -"]
    )
    return j(
        f"{O('Gemeente Den Haag')}",
        f"{O(dienst)}",
        "",
        f"{c.ti()}",
        f"{h.A()}",
        f"{h.pc} Den Haag" if chance(0.7) else f"{h.pc}  'S-GRAVENHAGE",
        "",
        f"Datum: {D(d, LETTER_STYLES)}",
        f"Ons kenmerk: {DOS(kenmerk_kind)}",
        uw,
        f"Onderwerp: {onderwerp}",
        "",
    )


def kopie(c):
    return ch(
        [
            f"Kopie aan: {pro().full()} ({RL('casusregisseur')}, {O('SWT')})",
            f"Afschrift: {RL('bewindvoerder')} {pro().ifull()}",
            f"cc: {relative(c, ch('fm'), False).full()} (gemachtigde)",
        ]
    )


def behandeld():
    b = pro()
    return ch(
        [
            f"Behandeld door: {b.full()}, telefoon {PH('land', ch(['dash', 'space', 'paren']))}",
            f"Contactpersoon: {b.ifull()} ({PH('land')})",
            f"Heeft u vragen over deze brief? Bel {b.full()} op {PH('land')}.",
            f"Vragen? Neem contact op met {b.ifull()}, {PH('land')} of {EM(b, 'denhaag.nl')}.",
        ]
    )


BEZWAAR = (
    "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief "
    "bezwaar maken. Stuur uw bezwaarschrift naar het college van burgemeester en wethouders."
)


def t_wmo_hh():
    c = person()
    h = Home()
    d = letter_date()
    adv = pro()
    start = datetime.date(d.year, d.month, 1) + datetime.timedelta(days=32)
    start = start.replace(day=1)
    end = start.replace(year=start.year + ch([1, 2, 3]))
    hrs = ch(["2", "2,5", "3", "3,5", "4"])
    return j(
        beschikking_head(
            c, h, d, ch(["wmo", "zslash"]), "beschikking maatwerkvoorziening Wmo 2015"
        ),
        f"Geachte {c.mv} {c.sur()},",
        "",
        f"{ch(['Op ' + D(plus(d, -R.randint(20, 60)), ['long', 'dmy']), 'Onlangs'])} heeft u zich gemeld voor ondersteuning. Op "
        f"{D(plus(d, -R.randint(5, 18)), ['long', 'dmy'])} heeft {RL('Wmo-adviseur')} {adv.ifull()} met u "
        f"gesproken{ch([' in het bijzijn van uw dochter ' + relative(c, 'f').f(), ' bij u thuis', ''])}. "
        f"Wij hebben besloten u een maatwerkvoorziening huishoudelijke ondersteuning toe te kennen.",
        "",
        f"Omvang: {hrs} uur per week (resultaat: schoon en leefbaar huis)",
        f"Ingangsdatum: {D(start, ['long', 'dmy'])}  Einddatum: {D(end, ['long', 'dmy'])}",
        f"Vorm: zorg in natura, aanbieder {O(ch(['Tzorg', 'Axxicom', 'Vivent', 'Thuiszorg Haaglanden']))}",
        f"Eigen bijdrage: wordt vastgesteld en geïnd door het {O('CAK')} (max. € 21,80 per maand).",
        "",
        BEZWAAR,
        behandeld() if chance(0.5) else None,
        "",
        f"Met vriendelijke groet,",
        f"namens het college van burgemeester en wethouders,",
        f"{pro().ifull()}",
        f"{RL('teamleider Wmo')}",
    )


def t_bijz_bijstand():
    c = person()
    h = Home()
    d = letter_date()
    toek = chance(0.55)
    what = ch(
        [
            "een wasmachine",
            "woninginrichting na uitstroom uit de opvang",
            "bewindvoeringskosten",
            "een bril",
            "kosten tolk",
            "reiskosten ziekenhuisbezoek",
            "een koelkast",
        ]
    )
    if toek:
        body = (
            f"Wij kennen u bijzondere bijstand toe voor {what}. Het bedrag van {amount(180, 1400)} maken wij "
            f"binnen vijf werkdagen over op rekeningnummer {IBAN()} ten name van {c.ifull()}."
        )
    else:
        body = (
            f"Wij wijzen uw aanvraag voor bijzondere bijstand voor {what} af. Uw inkomen en vermogen liggen "
            f"boven de norm, of de kosten zijn niet noodzakelijk in de zin van artikel 35 Participatiewet. "
            f"Voor hulp kunt u terecht bij het {SWT(h.wijk)} of de {O('Sociaal Raadslieden')}."
        )
    return j(
        beschikking_head(c, h, d, ch(["bb", "szw", "dots"]), "uw aanvraag bijzondere bijstand"),
        f"Geachte {c.mv} {c.sur()},",
        "",
        f"U heeft op {D(plus(d, -R.randint(14, 50)), ['long', 'dmy', 'dmy1'])} bijzondere bijstand aangevraagd. "
        f"{ch(['Uw ' + RL('klantmanager'), 'De ' + RL('consulent bijzondere bijstand'), 'Uw contactpersoon'])}, {pro().full()}, heeft uw aanvraag "
        f"beoordeeld.",
        "",
        body,
        "",
        BEZWAAR,
        "",
        f"Heeft u vragen? Bel dan met {O('Dienst SZW')} via 14 070 en vermeld uw BSN ({BSN()}).",
    )


def t_kwijtschelding():
    c = person()
    h = Home()
    d = letter_date()
    toek = chance(0.6)
    return j(
        f"{O('Belastingsamenwerking Haaglanden')} / {O('Gemeente Den Haag')}",
        f"Beschikking kwijtschelding gemeentelijke belastingen {ch([d.year, d.year - 1])}",
        "",
        f"Aanslagnummer: {DOS(ch(['plain7', 'dots', 'dnum']))}",
        f"Naam: {c.rev()}",
        (
            f"Partner: {relative(c, 'm' if c.g == 'f' else 'f', False).rev()}"
            if chance(0.4)
            else None
        ),
        f"Adres: {h.A()}, {h.pc}",
        f"Datum beschikking: {D(d, FORM_STYLES)}",
        "",
        (
            f"Uw verzoek om kwijtschelding is toegewezen. Het bedrag van {amount(250, 780)} "
            f"(afvalstoffenheffing en rioolheffing) hoeft u niet te betalen."
            if toek
            else f"Uw verzoek om kwijtschelding is afgewezen omdat uw betalingscapaciteit hoger is dan nul. U moet het "
            f"openstaande bedrag van {amount(250, 780)} alsnog betalen, bij voorkeur via automatische incasso."
        ),
        f"Het verzoek werd namens u ingediend door {ch(['uw ' + RL('bewindvoerder'), 'het ' + O('wijkteam') + ', ' + RL('casusregisseur'), 'de ' + O('Sociaal Raadslieden') + ', ' + RL('sociaal raadslid')])} "
        f"{pro().full()} op {D(plus(d, -R.randint(20, 90)), ['dmy', 'long'])}.",
        "",
        BEZWAAR,
        behandeld() if chance(0.7) else None,
        kopie(c) if chance(0.4) else None,
    )


def t_pw_toekenning():
    c = person()
    h = Home()
    d = letter_date()
    km = pro()
    start = plus(d, -R.randint(10, 60))
    return j(
        beschikking_head(c, h, d, ch(["szw", "zslash", "dots"]), "besluit op uw aanvraag bijstand"),
        f"Geachte {c.mv} {c.sur()},",
        "",
        f"U ontvangt een bijstandsuitkering op grond van de Participatiewet vanaf {D(start, ['long', 'dmy'])}, "
        + ch(
            [
                f"norm {ch(['alleenstaande', 'alleenstaande ouder'])}. ",
                f"norm gehuwden, samen met uw {'echtgenoot' if c.g == 'f' else 'echtgenote'} "
                f"{relative(c, 'm' if c.g == 'f' else 'f', False).full()}. ",
            ]
        )
        + f"De uitkering bedraagt "
        f"{amount(1150, 1900)} netto per maand inclusief vakantiegeld. Wij betalen de uitkering rond de 25e "
        f"van de maand uit op {IBAN()}.",
        "",
        f"Verplichtingen: u moet wijzigingen direct doorgeven en meewerken aan re-integratie. Uw "
        f"{RL('klantmanager')} is {km.full()}, bereikbaar op {PH('land')} (di-do).",
        "",
        f"BSN: {BSN()}",
        "",
        BEZWAAR,
        behandeld() if chance(0.7) else None,
        kopie(c) if chance(0.4) else None,
    )


def t_ooievaarspas():
    c = person()
    h = Home()
    d = letter_date()
    fam = [other_first(c) for _ in range(R.randint(0, 2))]
    fam_lines = [
        f"- {m.full()}, pasnummer {DOS('ooi')}, geldig t/m {D(datetime.date(d.year, 12, 31), ['dmy', 'long'])}"
        for m in fam
    ]
    return j(
        f"{O('Gemeente Den Haag')} – {O('Ooievaarspas')}",
        "",
        f"Aan: {c.ti()}, {h.A()}, {h.pc}",
        f"Datum: {D(d, LETTER_STYLES)}",
        f"Kenmerk: {DOS(ch(['dnum', 'int', 'szw']))}",
        "",
        f"Uw aanvraag is goedgekeurd. De volgende personen krijgen een Ooievaarspas:",
        f"- {c.full()}, pasnummer {DOS('ooi')}, geldig t/m {D(datetime.date(d.year, 12, 31), ['dmy', 'long'])}",
        *fam_lines,
        "",
        f"Met de pas krijgt u korting op sport, cultuur en het openbaar vervoer van de {O('HTM')}. De pas wordt "
        f"binnen twee weken naar uw huisadres gestuurd.",
    )


def t_bezwaar():
    c = person()
    h = Home()
    d = letter_date()
    jur = pro()
    gem = pro()
    return j(
        beschikking_head(
            c, h, d, ch(["zslash", "yr5"]), "beslissing op bezwaar", "Juridische Zaken SZW"
        ),
        f"Geachte {c.mv} {c.sur()},",
        "",
        f"Op {D(plus(d, -R.randint(60, 120)), ['long', 'dmy'])} heeft u bezwaar gemaakt tegen het besluit van "
        f"{D(plus(d, -R.randint(130, 200)), ['long', 'dmy'])} waarbij uw {ch(['Wmo-voorziening (begeleiding)', 'bijstandsuitkering', 'aanvraag urgentie', 'individuele inkomenstoeslag'])} "
        f"is {ch(['beëindigd', 'afgewezen', 'verlaagd'])}. Op {D(plus(d, -R.randint(10, 50)), ['wdy', 'long'])} "
        f"bent u gehoord door de bezwaarcommissie; u werd bijgestaan door {jur.full()} "
        f"({RL(ch(['sociaal raadsman', 'advocaat', 'jurist']))}).",
        "",
        f"Beslissing: het bezwaar is {ch(['gegrond. Het besluit wordt herroepen.', 'ongegrond. Het besluit blijft in stand.', 'gedeeltelijk gegrond.'])}",
        "",
        f"Tegen deze beslissing kunt u binnen zes weken beroep instellen bij de {O('Rechtbank Den Haag')}.",
        "",
        f"{gem.ifull()}, {RL('jurist bezwaar en beroep')}",
    )


def t_urgentie():
    c = person()
    h = Home()
    d = letter_date()
    return j(
        f"{O('Gemeente Den Haag')}, {O('Dienst Stedelijke Ontwikkeling')} – afdeling {O('Urgenties')}",
        f"Besluit aanvraag urgentieverklaring",
        f"Aanvrager: {c.ti()} – geboren {D(dob(age_of(20, 80)), DOB_STYLES)}",
        (
            f"Medeaanvrager: {relative(c, 'm' if c.g == 'f' else 'f', False).ti()}"
            if chance(0.5)
            else None
        ),
        f"Adres: {h.A()} {h.pc}",
        f"Aanvraagnummer: {DOS(ch(['yr5', 'int', 'dnum']))}   Datum: {D(d, FORM_STYLES)}",
        "",
        f"U vroeg om urgentie omdat uw huidige woning (portiekflat, 4-hoog) niet meer geschikt is na "
        f"{ch(['uw beenamputatie', 'de geboorte van uw derde kind', 'de scheiding', 'een brand'])}. "
        f"Het {RL('medisch adviseur')} van {O('Argonaut')} adviseerde op "
        f"{D(plus(d, -R.randint(10, 40)), ['dmy', 'long'])} {ch(['positief', 'negatief'])}. "
        f"Uw aanvraag is {ch(['toegewezen: u krijgt urgentie voor een benedenwoning in de regio Haaglanden.', 'afgewezen, omdat u zelf binnen 6 maanden andere woonruimte kunt vinden.'])}",
        "",
        BEZWAAR,
        behandeld() if chance(0.7) else None,
        kopie(c) if chance(0.4) else None,
    )


# ======================================================================
# F. MDO minutes
# ======================================================================
def attendee(p, role, org=None, wijk=None):
    s = f"{p.full()} ({RL(role)}"
    if org:
        s += f", {O(org)}"
    if wijk:
        s += f" {W(wijk)}"
    return s + ")"


def t_mdo():
    c = person()
    age = age_of(25, 85)
    h = Home()
    d = workday(rdate(2023, 2025))
    cr = pro()
    others = [
        (pro(), ch(["wijkverpleegkundige"]), ch(HOMECARE)),
        (pro(), "maatschappelijk werker", ch(WELZIJN)),
        (pro(), "SPV", ch(GGZ)),
        (pro(), "schuldhulpverlener", None),
        (pro(), "Wmo-adviseur", "Gemeente Den Haag"),
        (pro(), "MEE-consulent", "MEE"),
    ]
    R.shuffle(others)
    pres = others[: R.randint(2, 4)]
    absent = others[4]
    rel = relative(c, ch("fm"), chance(0.5))
    att = ", ".join(
        [attendee(cr, "casusregisseur", "SWT", h.wijk)] + [attendee(p, r, o) for p, r, o in pres]
    )
    acts = [
        f"- {cr.f()}: huisbezoek met {c.ref()} plannen vóór {D(workday(plus(d, R.randint(5, 14))), NOTE_STYLES)}",
        f"- {pres[0][0].f()}: contact opnemen met {rel.f()} ({ch(['dochter', 'zus', 'nicht'] if rel.g == 'f' else ['zoon', 'broer', 'neef'])}, {PH('mob')})",
        f"- {pres[1][0].f()}: terugkoppeling in volgend MDO",
    ]
    return j(
        f"Verslag MDO {O('SWT')} {h.W()}",
        f"Datum: {D(d, ['Wdy', 'dmy', 'long'])}  |  Casusnummer: {DOS(ch(['mdo', 'yr5', 'hash', 'int']))}",
        f"Aanwezig: {att}",
        f"Afwezig m.k.: {absent[0].full()} ({RL(absent[1])})",
        f"Notulist: {pres[-1][0].f()}",
        "",
        f"Casus: {c.ti()} ({age}), {h.A()}. Ingebracht door {cr.f()}.",
        "",
        ch(
            [
                f"Bespreking: {c.Ref()} is aangemeld door de {RL('huisarts')} wegens "
                f"{ch(['vereenzaming en schulden', 'vervuiling van de woning', 'zorgen over veiligheid thuis', 'psychische ontregeling'])}. "
                f"{pres[0][0].f()} ziet {c.hem} {ch(['wekelijks', 'twee keer per week', 'dagelijks'])} en merkt dat "
                f"{c.zij} afspraken vergeet. {pres[1][0].f()} meldt dat er een huurachterstand is bij "
                f"{O(ch(HOUSING))}. Het netwerk is klein: alleen {rel.full()} komt af en toe langs. "
                f"Er is toestemming voor dit overleg (getekend {D(plus(d, -R.randint(5, 40)), NOTE_STYLES)}).",
                f"Stand van zaken: sinds de vorige bespreking ({D(plus(d, -R.randint(20, 35)), NOTE_STYLES)}) is de "
                f"situatie verslechterd. {c.Ref()} heeft de energienota niet betaald, afsluiting dreigt. "
                f"{pres[0][0].poss()} indruk: '{c.zij} zegt steeds dat {rel.f()} het regelt, maar dat gebeurt niet'. "
                f"{pres[1][0].f()} wijst erop dat {c.zij} de Wmo-aanvraag nooit heeft afgerond. "
                f"Hypothese: overvraagd, mogelijk LVB (nooit getest).",
                f"Hulpvraag {c.ref()} zelf: 'rust in mijn hoofd en een eigen plek voor mijn kinderen'. "
                f"Zorgen team: {c.zij} slaapt met {c.haar} kinderen bij {rel.full()} op de bank sinds "
                f"{D(plus(d, -R.randint(10, 60)), ['dm', 'dmnum'])}. {pres[1][0].f()} heeft contact met "
                f"{O('Haagse Zorgcentrale')} over tijdelijke opvang. Geen acute onveiligheid.",
            ]
        ),
        "",
        f"Afspraken:",
        *acts,
        "",
        f"Volgend MDO: {D(plus(d, 28), ['wd', 'wdnum', 'dm'])}, 13.30 uur, {O('wijkcentrum')} {h.W()}.",
    )


def t_zvh():
    c = person(g=ch("mmf"))
    age = age_of(19, 55)
    h = Home()
    d = workday(rdate(2023, 2025))
    vz = pro()
    ps = [
        (pro(), "wijkagent", "Politie Haaglanden"),
        (pro(), "reclasseringswerker", "Reclassering Nederland"),
        (pro(), "casusregisseur", "SWT"),
        (pro(), "woonconsulent", ch(HOUSING)),
        (pro(), "behandelaar", ch(["De Waag", "Brijder Verslavingszorg", "Parnassia"])),
    ]
    att = "; ".join(f"{p.ifull()} – {RL(r)}, {O(o)}" for p, r, o in ps)
    return j(
        f"{O('Zorg- en Veiligheidshuis Haaglanden')} – verslag casusoverleg",
        f"Datum: {D(d, ['dmy', 'long'])}  ZVH-nummer: {DOS('zvh')}",
        f"Voorzitter: {vz.full()} ({RL('procesregisseur')})",
        f"Deelnemers: {att}",
        "",
        f"Betrokkene: {c.rev()}, geb. {D(dob(age), DOB_STYLES)}, {h.A()} ({h.W()})",
        "",
        ch(
            [
                f"Aanleiding: {R.randint(3, 9)} politieregistraties in een halfjaar (vernieling, bedreiging buren, "
                f"winkeldiefstal). Er is sprake van middelengebruik en een vermoedelijke psychiatrische stoornis. "
                f"De corporatie heeft op {D(plus(d, -R.randint(3, 30)), ['dm', 'dmy'])} een ontruimingsvonnis "
                f"aangevraagd.",
                f"Aanleiding: betrokkene komt per {D(plus(d, R.randint(10, 40)), ['dm', 'long'])} vrij uit "
                f"{ch(['PI Haaglanden', 'PI Zoetermeer', 'de FPA'])} en heeft geen woonadres. Moeder "
                f"{person(c.origin, 'f', c.surname).t()} wil {c.hem} niet opnieuw opnemen. Risico op terugval "
                f"in gebruik en op nieuwe delicten is hoog.",
                f"Aanleiding: huiselijk geweld richting ex-partner {person(c.origin, 'f' if c.g == 'm' else 'm').full()} "
                f"(straatverbod sinds {D(plus(d, -R.randint(20, 100)), ['dm', 'dmy'])}), daarnaast schulden en "
                f"dreigende huisuitzetting. Er zijn twee kinderen; {O('Jeugdbescherming west')} is betrokken.",
            ]
        ),
        "",
        f"Conclusie: één gezamenlijk plan. Regie bij {ps[2][0].f()}. {ps[0][0].f()} deelt signalen direct met "
        f"de regisseur. Ontruiming wordt aangehouden tot evaluatie op {D(plus(d, 42), ['dm', 'dmy', 'dmnum'])}.",
    )


def t_mdo_dementie():
    c = person(origin=ch(["nl", "nl", "sr", "ml", "an", "tr", "ma"]))
    age = age_of(74, 96)
    h = Home(ch(["Mariahoeve", "Bezuidenhout", "Duindorp", "Scheveningen", "Rustenburg"]))
    d = workday(rdate(2023, 2025))
    cm = pro("f")
    oc = pro()
    wv = pro()
    mz = relative(c, ch("fm"), chance(0.6))
    return j(
        f"MDO ouderen {h.W()} – verslag",
        f"{D(d, ['Wdy', 'dmy'])}, {O('wijkcentrum')}",
        f"Aanwezig: {cm.f()} ({RL('casemanager dementie')}), {oc.f()} ({RL('ouderenconsulent')}), "
        f"{wv.f()} ({RL('wijkverpleegkundige')}, {O(ch(HOMECARE))}), {pro().f()} ({RL('specialist ouderengeneeskunde')})",
        "",
        f"Cliënt: {c.ti()}, {age} jr, {h.A()}",
        f"Mantelzorger: {mz.full()}, {PH()}" + (f", {EM(mz)}" if chance(0.4) else ""),
        "",
        f"{c.Ref()} heeft {ch(['een gemengde dementie', 'vasculaire dementie', 'de ziekte van Alzheimer'])}. "
        + ch(
            [
                f"{c.Zij} woont alleen sinds het overlijden van {c.haar} partner. {mz.f()} doet de boodschappen en de "
                f"financiën, maar werkt fulltime. {wv.f()} meldt dat {c.ref()} 's avonds onrustig is en de deur open "
                f"laat. ",
                f"{c.Zij} woont met {c.haar} partner, die zelf hartpatiënt is. {mz.f()} komt in het weekend; {mz.poss()} werkgever is flexibel. "
                f"Er zijn zorgen over geldzaken: er is {amount(800, 3000)} gepind op één dag. Mogelijk financieel "
                f"misbruik door een 'vriend' uit de buurt. ",
                f"Sinds {D(plus(d, -R.randint(20, 60)), ['dm', 'long'])} weigert {c.zij} de thuiszorg. {mz.f()} "
                f"woont in {ch(['Breda', 'Almere', 'Rotterdam', 'Antwerpen'])} en belt dagelijks. De koelkast is "
                f"leeg, medicatie wordt niet ingenomen. ",
            ]
        )
        + f"Dagbesteding bij {O(ch(['Florence De Eik', 'Zorggroep Wijk & Wonen', 'Saffier De Schildershoek']))} "
        f"is aangevraagd (start {D(workday(plus(d, R.randint(10, 40))), NOTE_STYLES)}).",
        "",
        f"Acties: {oc.f()} bespreekt Wlz-indicatie met {mz.f()}; {cm.f()} plant een gesprek over "
        f"wilsonbekwaamheid en mentorschap.",
    )


def t_actielijst():
    c = person()
    h = Home()
    d = workday(rdate(2024, 2025))
    ps = [pro() for _ in range(4)]
    inis = []
    for p in ps:
        ini = (p.first[0] + p.last[0]).upper()
        inis.append(ini)
    acts = [
        f"{PN(inis[0])} – aanvraag bijzondere bijstand {c.t(True)} indienen – {D(workday(plus(d, 7)), NOTE_STYLES)}",
        f"{PN(inis[1])} – bellen met {O(ch(HOUSING))} over betalingsregeling ({DOS(ch(['huur', 'st']))}) – {D(workday(plus(d, 3)), NOTE_STYLES)}",
        f"{PN(inis[2])} – {c.f()} begeleiden naar {O('UWV')} – {D(workday(plus(d, 10)), NOTE_STYLES)}",
        f"{PN(inis[3])} – check bij {RL('huisarts')} of verwijzing {O('GGZ')} is gedaan – z.s.m.",
        f"{PN(inis[0])} + {PN(inis[2])} – evaluatiegesprek met {c.f()} en {c.haar} zus {person(c.origin, 'f').f()}",
    ]
    R.shuffle(acts)
    return j(
        f"ACTIELIJST casus {c.lc()} ({DOS(ch(['hash', 'yr5', 'mdo']))}) – MDO {D(d, ['dmy2', 'dmy1', 'dmnum'])}",
        f"Deelnemers: " + ", ".join(f"{p.full()} ({PN(i)})" for p, i in zip(ps, inis)),
        "",
        *acts[: R.randint(3, 5)],
    )


def t_evaluatie():
    c = person()
    age = age_of(20, 80)
    h = Home()
    d = workday(rdate(2024, 2025))
    cr = pro()
    a = pro()
    b = pro()
    start = plus(d, -R.randint(90, 200))
    return j(
        f"Evaluatie-MDO {O('sociaal wijkzorgteam')} {h.W()}",
        f"Datum: {D(d, ['dmy', 'long'])}",
        f"Cliënt: {c.full()} (dossier {DOS(ch(['yr5', 'int', 'szw', 'hash']))}), in zorg sinds {D(start, ['dmy', 'long', 'dm'])}",
        f"Aanwezig: {c.t()} zelf, {cr.full()} ({RL('casusregisseur')}), {a.full()} ({RL('budgetcoach')}, "
        f"{O(ch(WELZIJN))}), {b.full()} ({RL(ch(['ambulant begeleider', 'trajectbegeleider', 'SPV']))})",
        "",
        f"Wat ging goed: huurachterstand is ingelopen; {c.ref()} is aangemeld bij {O('Kredietbank Haaglanden')}. "
        f"{c.Zij} gaat twee ochtenden per week naar {O(ch(['Stichting MOOI', 'Voorall', 'Xtra']))} voor taalles.",
        (
            f"{c.poss()} eigen doel: {ch(['werk vinden', 'de post zelf bijhouden', 'minder alleen zijn', 'een rijbewijs halen'])}."
            if chance(0.6)
            else None
        ),
        f"Wat blijft lastig: contact met {c.haar} {ch(['ex-partner', 'broer', 'moeder', 'oudste zoon'])} "
        f"{person(c.origin).full()} leidt tot terugval.",
        "",
        f"Besluit: traject loopt door tot {D(plus(d, R.randint(60, 120)), ['long', 'dm', 'dmy'])}; daarna "
        f"afschalen naar {a.f()} als vast aanspreekpunt.",
        f"{c.Ref()} heeft het verslag gelezen en is akkoord."
        + (f" Nieuw telefoonnummer: {PH('mob')}." if chance(0.5) else ""),
    )


def t_oggz():
    c = person()
    age = age_of(30, 75)
    h = Home()
    d = workday(rdate(2023, 2025))
    spv = pro()
    ggd = pro()
    cr = pro()
    bur = person(g="f")
    return j(
        f"Verslag bemoeizorgoverleg {O('OGGZ')} / {O('GGD Haaglanden')}",
        f"d.d. {D(d, ['dmy', 'dmy1', 'long'])}",
        "",
        f"Casus {DOS(ch(['yr5', 'hash', 'int']))}: {c.ti()}, {age} jr, {h.A()}, {h.pc} ({h.W()})",
        f"Aanwezig: {spv.ifull()} ({RL('SPV')} {O('Parnassia')}), {ggd.ifull()} ({RL('sociaal verpleegkundige')} "
        f"{O('GGD')}), {cr.ifull()} ({RL('casusregisseur')} {O('SWT')})",
        "",
        ch(
            [
                f"Sinds {D(plus(d, -R.randint(20, 80)), ['dm', 'long'])} drie vergeefse huisbezoeken. Buurvrouw "
                f"{bur.t()} heeft {c.ref()} wel gesproken; {c.zij} zou vermageren. Post hoopt zich op. Op "
                f"{D(plus(d, -R.randint(1, 10)), NOTE_STYLES)} heeft {spv.f()} via de brievenbus contact gehad; "
                f"{c.zij} wil 'niemand van de gemeente' zien.",
                f"Melding kwam van {O(ch(HOUSING))}: stankoverlast en ongedierte. {ggd.f()} is op "
                f"{D(plus(d, -R.randint(5, 20)), NOTE_STYLES)} binnen geweest; {c.zij} leeft in één kamer tussen "
                f"verzamelde spullen. Buurvrouw {bur.t()} brengt af en toe eten. {c.Ref()} erkent geen probleem "
                f"en is wilsbekwaam ten aanzien van de woning, twijfel t.a.v. zelfzorg.",
                f"{c.Ref()} is in de afgelopen maand twee keer door de politie thuisgebracht. Familie "
                f"({person(c.origin, 'f', c.surname).full()}, {ch(['zus', 'dochter'])}) wil helpen maar wordt "
                f"niet binnengelaten. Buurvrouw {bur.t()} is het enige vaste contact; {spv.f()} zag {c.hem} op "
                f"{D(plus(d, -R.randint(1, 10)), NOTE_STYLES)} kort bij de voordeur.",
            ]
        ),
        "",
        f"Plan: volgende poging samen met {bur.f() if chance(0.5) else bur.t()} als vertrouwd gezicht. Bij "
        f"acuut gevaar: {O('crisisdienst')}. Melding {O('Veilig Thuis')} wordt overwogen (ouderenmishandeling / "
        f"zelfverwaarlozing).",
    )


# ======================================================================
# G. consent declarations
# ======================================================================
def box(x):
    return "[x]" if x else "[ ]"


def t_toestemming():
    c = person()
    age = age_of(19, 90)
    h = Home()
    cr = pro()
    gp = pro()
    d = rdate(2023, 2025)
    parties = [
        (f"{RL('huisarts')} ({gp.ti()})", True),
        (O(ch(GGZ)), chance(0.6)),
        (O(ch(HOUSING)), chance(0.6)),
        (O("Schuldhulpverlening Den Haag"), chance(0.6)),
        (O("Veilig Thuis"), chance(0.3)),
        (O("UWV") + " / " + O("Dienst SZW"), chance(0.5)),
        (O(ch(HOMECARE)), chance(0.5)),
    ]
    R.shuffle(parties)
    plines = [f"{box(v)} {p}" for p, v in parties[: R.randint(4, 6)]]
    geldig = ch(
        [
            f"tot {D(plus(d, 365), ['long', 'dmy'])}",
            "voor de duur van de begeleiding",
            f"tot {D(plus(d, 182), ['long', 'dmy'])} of tot wederopzegging",
        ]
    )
    return j(
        f"TOESTEMMINGSVERKLARING uitwisseling persoonsgegevens",
        f"{SWT(h.wijk)}",
        "",
        f"Ondergetekende,",
        f"Naam: {c.full()}",
        f"Geboortedatum: {D(dob(age), DOB_STYLES)}",
        f"Adres: {h.line()}",
        (f"Telefoon: {PH()}" if chance(0.6) else None),
        (f"BSN: {BSN()}" if chance(0.5) else None),
        "",
        f"verklaart dat {c.zij} door {cr.full()}, {RL('casusregisseur')}, is geïnformeerd over de werkwijze "
        f"van het wijkzorgteam en het privacyreglement, en geeft toestemming om gegevens uit te wisselen met:",
        *plines,
        "",
        f"Deze toestemming geldt {geldig}.",
        (
            f"Besproken in aanwezigheid van {relative(c, 'f', chance(0.5)).full()} ({ch(['dochter', 'zus', 'nicht', 'schoondochter'])})."
            if chance(0.4)
            else None
        ),
        "",
        f"Plaats: Den Haag    Datum: {D(d, ['dmy', 'dmy1', 'long', 'slash2'])}",
        f"Handtekening cliënt: ..................  ({c.ifull()})",
        f"Handtekening namens het SWT: ..................  ({cr.ifull()})",
    )


def t_toestemming_vert():
    c = person()
    age = age_of(30, 95)
    h = Home()
    v = pro() if chance(0.5) else relative(c, ch("fm"), chance(0.5))
    rol = ch(["mentor", "curator", "bewindvoerder en mentor", "gevolmachtigde"])
    d = rdate(2023, 2025)
    cr = pro()
    return j(
        f"Verklaring toestemming – wettelijk vertegenwoordiger",
        "",
        f"Ondergetekende {v.full()}, wonende te {Home().line() if chance(0.5) else 'Den Haag'}, "
        f"telefoon {PH()}, handelend als {rol} van:",
        "",
        f"{c.full()}, geboren {D(dob(age), ['long', 'dmy'])}, {h.A()} ({h.W()}),",
        f"benoemd bij beschikking van de kantonrechter d.d. {D(plus(d, -R.randint(100, 900)), ['long', 'dmy'])} "
        f"(zaaknummer {DOS('rvdk')}),",
        "",
        f"geeft hierbij toestemming aan het {O('Sociaal Wijkzorgteam')} om informatie over {c.ref()} te delen met "
        f"de betrokken hulpverleners ({RL('huisarts')}, {O(ch(HOMECARE))}, {O(ch(GGZ))}) voor zover nodig "
        f"voor de hulpverlening. {c.Ref()} is zelf ook geïnformeerd, voor zover {c.zij} dit kan begrijpen.",
        "",
        f"Den Haag, {D(d, LETTER_STYLES)}",
        f"Handtekening: ______________   {v.ifull()}",
        f"Namens SWT: {cr.full()}, {RL('casusregisseur')}",
    )


def t_machtiging():
    c = person()
    h = Home()
    d = rdate(2023, 2025)
    shv = pro()
    return j(
        f"MACHTIGING",
        "",
        f"Ik, {c.full()},",
        f"geboren op {D(dob(age_of(20, 80)), ['long', 'dmy', 'dmy1'])},",
        f"BSN {BSN()},",
        f"wonende {h.A()}, {h.pc} Den Haag,",
        "",
        f"machtig hierbij {O('Schuldhulpverlening Den Haag')}, vertegenwoordigd door {shv.full()} "
        f"({RL('schuldhulpverlener')}), om namens mij informatie op te vragen bij en te verstrekken aan mijn "
        f"schuldeisers, de {O('Belastingdienst')}, het {O('UWV')}, {O('DUO')} en mijn bank (rekening "
        f"{IBAN()}), met als doel een schuldregeling tot stand te brengen.",
        "",
        f"Deze machtiging is geldig tot {D(plus(d, 365 * 3), ['long', 'dmy'])}.",
        "",
        f"Datum: {D(d, ['dmy', 'dmy1', 'slash'])}",
        f"Handtekening: ____________________",
    )


def t_intrekking():
    c = person()
    h = Home()
    d = rdate(2024, 2025)
    cr = pro()
    reason = ch(
        [
            "Ik wil niet meer dat mijn gegevens naar de woningcorporatie gaan.",
            "Ik heb geen hulp meer nodig, mijn zoon helpt mij nu.",
            "Ik ben het niet eens met wat er in het MDO over mij is gezegd.",
            "",
        ]
    )
    return j(
        f"Aan: {SWT(h.wijk)}, t.a.v. {cr.full()}",
        "",
        f"Betreft: intrekken toestemming",
        "",
        f"Hierbij trek ik, {c.ifull()}, {h.A()}, mijn toestemming van {D(plus(d, -R.randint(40, 300)), ['dmy', 'long', 'dmy1'])} "
        f"voor het delen van mijn gegevens in. {reason}".rstrip(),
        f"Wel mag {RL('huisarts')} {pro().t()} nog contact met jullie opnemen over mijn medicijnen.",
        "",
        f"Den Haag, {D(d, ['dmy1', 'dmy', 'long', 'slash'])}",
        f"{c.full()}",
        (f"tel. {PH('mob')}" if chance(0.6) else None),
    )


def t_toestemming_tolk():
    c = person(origin=ch(["sy", "er", "af", "so", "tr", "ma", "bg", "pl", "cn"]))
    h = Home()
    d = rdate(2023, 2025)
    tolk = person(c.origin if chance(0.6) else None)
    cr = pro()
    lang = {
        "sy": "Arabisch",
        "er": "Tigrinya",
        "af": "Dari",
        "so": "Somalisch",
        "tr": "Turks",
        "ma": "Tarifit",
        "bg": "Bulgaars",
        "pl": "Pools",
        "cn": "Mandarijn",
    }[c.origin]
    return j(
        f"Toestemmingsformulier {O('SWT')} {h.W()} – afgenomen met tolk",
        "",
        f"Cliënt: {c.full()}"
        + (f"   Geb.: {D(dob(age_of(19, 75)), DOB_STYLES)}" if chance(0.5) else ""),
        f"Adres: {h.A()}, {h.pc}",
        f"Telefoon: {PH('mob')}",
        "",
        f"Het formulier is op {D(d, ['long', 'dmy', 'wdy'])} mondeling vertaald in het {lang} door tolk "
        f"{tolk.full()} ({O(ch(['Tolk- en Vertaalcentrum Nederland', 'Global Talk', 'Concorde']))}, tolknummer "
        f"{DOS(ch(['plain7', 'hash', 'klant']))}), {ch(['telefonisch', 'ter plaatse', 'via beeldbellen'])}.",
        f"{c.Ref()} begrijpt waarvoor de toestemming dient en stemt in met het delen van gegevens met de "
        f"{RL('huisarts')}, {O('Vluchtelingenwerk')}, {O('Dienst SZW')} en {O(ch(HOUSING))}. Niet met "
        f"{ch(['de IND', 'familie', 'de moskee', 'de kerk'])}.",
        "",
        f"Ondertekend door cliënt en door {cr.full()} ({RL(ch(['casusregisseur', 'maatschappelijk werker']))}).",
    )


def t_toestemming_casusles():
    c = person()
    h = Home()
    d = rdate(2024, 2025)
    cr = pro()
    return j(
        f"Toestemming gebruik casus voor leren en verbeteren",
        f"Pilot 'Samen werken in het sociale domein' – {O('Gemeente Den Haag')}",
        "",
        f"Ik, {c.full()} ({c.haar} handtekening hieronder), geef toestemming dat mijn situatie, zonder mijn naam "
        f"of andere herkenbare gegevens, wordt gebruikt als casusles voor andere wijkzorgteams.",
        f"Het gaat om de begeleiding door {SWT(h.wijk)} in de periode {ch(['januari', 'februari', 'maart'])} tot "
        f"{ch(['juni', 'juli', 'september'])} 2024.",
        f"Ik weet dat ik deze toestemming altijd kan intrekken via {cr.f()} ({EM(cr, 'denhaag.nl')}).",
        "",
        f"Datum: {D(d, ['dmy', 'long', 'dmyy', 'dmy1'])}",
        f"Handtekening: _________    Geregistreerd onder {DOS(ch(['int', 'yr5', 'hash']))}",
    )


# ======================================================================
# H. exported form fields (key: value)
# ======================================================================
def kv(pairs, style):
    out = []
    width = max(len(k) for k, _ in pairs) + 2
    for k, v in pairs:
        if style == "colon":
            out.append(f"{k}: {v}")
        elif style == "dots":
            out.append(f"{k} {'.' * (width - len(k) + 3)}: {v}")
        elif style == "upper":
            out.append(f"{k.upper()}: {v}")
        elif style == "tab":
            out.append(f"{k}:\t{v}")
        elif style == "eq":
            out.append(f"{k} = {v}")
    return out


def empty():
    return ch(["-", "", "onbekend", "n.v.t.", "(leeg)"])


def t_form_aanmelding():
    c = person()
    age = age_of(19, 90)
    h = Home()
    d = rdate(2023, 2025)
    ver = pro()
    ver_role = ch(
        [
            "huisarts",
            "wijkverpleegkundige",
            "POH-GGZ",
            "woonconsulent",
            "wijkagent",
            "MEE-consulent",
        ]
    )
    ver_org = ch(
        ["Huisartsen Haaglanden", ch(HOMECARE), ch(HOUSING), "Politie Haaglanden", "MEE", ch(GGZ)]
    )
    hv = ch(
        [
            f"{c.Ref()} kan rekeningen niet meer betalen, energie dreigt afgesloten. Netwerk: {relative(c, 'f').f()} (zus).",
            f"eenzaamheid na verhuizing, wil graag vrijwilligerswerk. let op: slechthorend",
            f"Hulp bij post en formulieren, analfabeet. Zoon {relative(c, 'm').f()} tolkt.",
            f"overlast en vervuiling gemeld door corporatie. clt zelf geen hulpvraag",
            f"Zorgen om veiligheid kinderen ({relative(c).f()} en {relative(c).f()}). VT op de hoogte.",
        ]
    )
    pairs = [
        ("Registratiedatum", D(d, FORM_STYLES)),
        ("Aanmeldnummer", DOS(ch(["yr5", "int", "hash", "dnum"]))),
        ("Achternaam", c.sur()),
        ("Voornaam", c.f()),
        ("Voorletters", PN(c.ini)),
        ("Geslacht", "V" if c.g == "f" else "M"),
        ("Geboortedatum", D(dob(age), DOB_STYLES)),
        ("Leeftijd", str(age)),
        ("BSN", BSN()),
        ("Straat + huisnr", h.A()),
        ("Postcode", h.pc),
        ("Woonplaats", ch(["'s-Gravenhage", "Den Haag", "DEN HAAG"])),
        ("Wijk", h.W()),
        ("Telefoon 1", PH()),
        ("Telefoon 2", PH() if chance(0.35) else empty()),
        ("E-mail", EM(c) if chance(0.7) else empty()),
        ("Aangemeld door", RL(ver_role)),
        ("Naam verwijzer", ver.full()),
        ("Organisatie verwijzer", O(ver_org)),
        ("Hulpvraag", hv),
        ("Toestemming", f"ja, getekend {D(plus(d, R.randint(0, 10)), FORM_STYLES)}"),
        ("Casusregisseur", pro().full() if chance(0.7) else empty()),
        ("Huisarts", pro().ti() if chance(0.7) else empty()),
        ("Ingevoerd door", ch([pro().full(), pro().f(), pro().ifull()])),
    ]
    if chance(0.3):
        pairs = [p for p in pairs if p[0] not in ("Voorletters", "Leeftijd")]
    style = ch(["colon", "colon", "dots", "upper", "tab"])
    return j(f"--- Export aanmeldformulier {O('SWT')} ---", *kv(pairs, style))


def t_form_wmo():
    c = person()
    age = age_of(45, 95)
    h = Home()
    d = rdate(2023, 2025)
    mz = relative(c, ch("fm"), chance(0.5))
    pairs = [
        ("Meldingsnummer", DOS(ch(["wmo", "zslash"]))),
        ("Datum melding", D(d, FORM_STYLES)),
        ("Naam aanvrager", c.rev()),
        ("Geboortedatum", D(dob(age), DOB_STYLES)),
        ("BSN", BSN()),
        ("Adres", f"{h.A()}, {h.pc} Den Haag"),
        ("Telefoon", PH()),
        (
            "Contactpersoon",
            f"{mz.full()} ({ch(['dochter', 'zoon', 'buurvrouw', 'kleindochter', 'partner'])})",
        ),
        ("Tel. contactpersoon", PH("mob")),
        (
            "Soort ondersteuning",
            ch(
                [
                    "huishoudelijke hulp",
                    "scootmobiel",
                    "traplift",
                    "begeleiding individueel",
                    "dagbesteding",
                    "rolstoel",
                    "woningaanpassing (douche)",
                ]
            ),
        ),
        (
            "Toelichting",
            ch(
                [
                    f"{c.Ref()} is na heupoperatie slecht ter been, woont 2-hoog.",
                    f"Aanvrager kan door COPD niet meer zelf stofzuigen. {mz.f()} helpt nu elke zaterdag.",
                    f"Geheugenproblemen; afspraken worden vergeten.",
                    f"Sinds ontslag uit {O(ch(HOSP))} op {D(plus(d, -R.randint(3, 20)), FORM_STYLES)} valt {c.zij} vaak.",
                ]
            ),
        ),
        (
            "Gesprek gepland",
            f"{D(plus(d, R.randint(5, 20)), ['dmy', 'wdnum', 'dm'])} 10:00, {RL('Wmo-adviseur')} {pro().full()}",
        ),
        ("Cliëntondersteuning aangeboden", ch(["ja, via MEE", "nee", "ja, geweigerd"])),
        ("Behandelaar", pro().full()),
    ]
    return j(f"Wmo-melding – export", *kv(pairs, ch(["colon", "tab", "dots", "eq"])))


def t_form_shv():
    c = person()
    age = age_of(20, 70)
    h = Home()
    d = rdate(2023, 2025)
    p2 = relative(c, "m" if c.g == "f" else "f", False) if chance(0.4) else None
    pairs = [
        ("Dossiernr", DOS(ch(["shv", "szw", "zslash"]))),
        ("Aanmelddatum", D(d, FORM_STYLES)),
        ("Aanvrager", c.full()),
        ("Geb.datum", D(dob(age), DOB_STYLES)),
        ("BSN aanvrager", BSN()),
        ("Partner", p2.full() if p2 else empty()),
    ]
    if p2:
        pairs.append(("BSN partner", BSN()))
    pairs += [
        ("Adres", h.A()),
        ("PC/Woonplaats", f"{h.pc} Den Haag"),
        ("Mobiel", PH("mob")),
        ("Email", EM(c)),
        ("IBAN", IBAN()),
        ("Inkomen", ch(["PW", "loon", "WW", "AOW", "WIA", "Wajong", "geen"])),
        ("Netto p/m", amount(900, 2300)),
        ("Aantal schuldeisers", str(R.randint(2, 24))),
        ("Totale schuld (indicatie)", amount(2000, 60000)),
        ("Beslag", ch(["ja", "nee", "ja, op uitkering"])),
        (
            "Verwezen door",
            f"{RL(ch(['maatschappelijk werker', 'casusregisseur', 'huisarts']))} {pro().full()}",
        ),
        ("Intake door", pro().full() if chance(0.6) else empty()),
        (
            "Opmerking",
            ch(
                [
                    "spoed i.v.m. ontruimingsvonnis",
                    "clt spreekt weinig Nederlands",
                    "-",
                    f"zus {relative(c, 'f').f()} aanwezig bij intake",
                    "eerdere SHV-traject 2019 afgebroken",
                ]
            ),
        ),
    ]
    return j(
        f"AANMELDFORMULIER SCHULDHULPVERLENING (export)",
        *kv(pairs, ch(["colon", "dots", "upper", "tab"])),
    )


def t_form_netwerk():
    c = person()
    h = Home()
    rels = []
    used = set()
    for _ in range(R.randint(3, 5)):
        kind = ch(
            [
                "dochter",
                "zoon",
                "zus",
                "broer",
                "buurvrouw",
                "buurman",
                "vriendin",
                "ex-partner",
                "neef",
                "schoonzoon",
                "nicht",
            ]
        )
        if kind in ("buurvrouw", "buurman", "vriendin", "ex-partner"):
            q = person(
                g="m"
                if kind in ("buurman",)
                else "f"
                if kind in ("buurvrouw", "vriendin")
                else None
            )
        else:
            q = relative(
                c,
                "f" if kind in ("dochter", "zus", "nicht") else "m",
                kind in ("dochter", "zoon", "zus", "broer"),
            )
        if q.first in used:
            continue
        used.add(q.first)
        rels.append((kind, q))
    lines = [f"Cliënt: {c.full()} – {h.A()} – {PH()}", ""]
    for i, (kind, q) in enumerate(rels, 1):
        extra = f" | {EM(q)}" if chance(0.25) else ""
        lines += [
            f"Contactpersoon {i}",
            f"  Naam: {q.full() if chance(0.7) else q.f()}",
            f"  Relatie: {kind}",
            f"  Telefoon: {PH() if chance(0.85) else empty()}{extra}",
            f"  Rol: {ch(['mantelzorger', 'noodcontact', 'geen contact gewenst', 'steunt bij post', 'haalt boodschappen'])}",
        ]
    return j(
        f"Netwerkkaart – export {O('SWT')} {h.W()}",
        f"Peildatum: {D(rdate(2024, 2025), FORM_STYLES)}",
        *lines,
    )


def t_form_huur():
    c = person()
    h = Home()
    corp = ch(HOUSING)
    d = rdate(2024, 2025)
    pairs = [
        ("bron", O(corp)),
        ("signaaltype", "huurachterstand"),
        ("signaaldatum", D(d, ["iso", "iso", "dmy"])),
        ("huurder_naam", c.full() if chance(0.5) else c.rev()),
        ("huurder_geboortedatum", D(dob(age_of(20, 85)), ["iso", "dmy"])),
        ("adres", h.A()),
        ("postcode", h.pc),
        ("wijk", h.W()),
        ("telefoon", PH()),
        ("email", EM(c) if chance(0.6) else empty()),
        ("contractnummer", DOS(ch(["huur", "st", "plain7"]))),
        ("achterstand_bedrag", amount(600, 5200)),
        ("achterstand_maanden", str(R.randint(1, 6))),
        (
            "medehuurder",
            relative(c, "m" if c.g == "f" else "f", False).full() if chance(0.35) else empty(),
        ),
        ("behandelaar", pro().ifull()),
    ]
    return j(f"# signaal export {d.year}", *kv(pairs, ch(["eq", "colon"])))


def t_form_crm():
    c = person()
    age = age_of(19, 85)
    h = Home()
    d = rdate(2024, 2025)
    mw = pro()
    note_d = plus(d, R.randint(1, 20))
    k = relative(c, ch("fm"))
    pairs = [
        ("Cliënt-ID", DOS(ch(["klant", "plain7", "hash", "dnum"]))),
        ("Naam", c.ti()),
        ("Roepnaam", c.f()),
        ("Geboren", D(dob(age), DOB_STYLES)),
        ("Adres", h.line()),
        ("Tel", PH()),
        (
            "Betrokken professionals",
            f"{mw.full()} ({RL('maatschappelijk werker')}), {pro().full()} "
            f"({RL(ch(['SPV', 'ambulant begeleider', 'wijkverpleegkundige']))})",
        ),
        ("Huisarts", pro().ti()),
        ("Laatste contact", D(d, FORM_STYLES)),
        (
            "Notitie",
            f"{D(note_d, NOTE_STYLES)} tel. gesproken met {ch([c.f(), c.t(), PN(c.first.lower()), ('mw ' if c.g == 'f' else 'dhr ') + c.lc()])}, gaat beter. "
            f"{k.f()} logeert tijdelijk bij {c.hem}. Volgende afspraak {D(plus(note_d, 7), NOTE_STYLES)}.",
        ),
    ]
    return j(f"Cliëntkaart (export)", *kv(pairs, ch(["colon", "tab", "dots"])))


# ======================================================================
# short documents
# ======================================================================
def t_ontvangst():
    c = person()
    h = Home()
    d = letter_date()
    m = pro()
    return j(
        f"{O('Servicepunt XL')} {h.W()} – ontvangstbevestiging",
        f"Geachte {c.mv} {c.sur()},",
        f"Uw aanmelding van {D(plus(d, -R.randint(1, 5)), ['long', 'dm', 'dmy'])} is geregistreerd onder nummer "
        f"{DOS(ch(['yr5', 'int', 'hash', 'dnum']))}. {m.full()} ({RL(ch(['casusregisseur', 'welzijnscoach', 'ouderenconsulent']))}) "
        f"belt u binnen vijf werkdagen op {PH()}.",
        f"Den Haag, {D(d, ['dmy', 'long'])}",
    )


def t_mdo_kort():
    c = person()
    h = Home()
    d = workday(rdate(2023, 2025))
    k = pro()
    return ch(
        [
            f"MDO {D(d, NOTE_STYLES)} – casus {c.t(True)} ({h.W()}) kort besproken: situatie stabiel, geen nieuwe acties. "
            f"{k.f()} blijft aanspreekpunt. Opnieuw agenderen {D(plus(d, 42), NOTE_STYLES)}.",
            f"Kort verslag MDO {D(d, ['dmy', 'dmy1'])}: {c.ti()}, {h.A()}. Afgesloten per {D(plus(d, R.randint(1, 14)), ['dmy', 'dm'])}; "
            f"overdracht naar {O(ch(WELZIJN))} ({k.full()}). Dossier {DOS(ch(['yr5', 'hash', 'int']))} gearchiveerd.",
        ]
    )


# ======================================================================
# assembly
# ======================================================================
TEMPLATES = [
    # A. GP referrals
    (t_gp_letter, 3),
    (t_poh_ggz, 1.5),
    (t_zorgdomein, 1.5),
    (t_hap_note, 1),
    # B. partner referrals
    (t_wijkverpleging, 1.5),
    (t_politie_zorgmelding, 1),
    (t_veilig_thuis, 1),
    (t_hospital_mw, 1),
    (t_kessler, 1),
    (t_cjg_18, 1),
    (t_reclassering, 1),
    (t_raadslieden, 1),
    # C. housing corporations
    (t_huisbezoek, 1.5),
    (t_vroegsignalering, 1.5),
    (t_overlastlog, 1.6),
    (t_corp_letter, 1),
    (t_schouw, 1),
    (t_driegesprek, 1.3),
    # D. debt counselling
    (t_shv_intake, 2),
    (t_kredietbank, 1),
    (t_bewind_verzoek, 0.8),
    (t_budgetcoach, 1),
    (t_stabilisatie, 1),
    # E. beschikkingen
    (t_wmo_hh, 1.5),
    (t_bijz_bijstand, 1.5),
    (t_kwijtschelding, 1),
    (t_pw_toekenning, 1),
    (t_ooievaarspas, 1),
    (t_bezwaar, 1),
    (t_urgentie, 0.7),
    # F. MDO minutes
    (t_mdo, 4),
    (t_zvh, 1.6),
    (t_mdo_dementie, 2),
    (t_actielijst, 1.6),
    (t_evaluatie, 1.6),
    (t_oggz, 1.5),
    # G. consent
    (t_toestemming, 2),
    (t_toestemming_vert, 1),
    (t_machtiging, 1),
    (t_intrekking, 1),
    (t_toestemming_tolk, 1),
    (t_toestemming_casusles, 1),
    # H. form exports
    (t_form_aanmelding, 2),
    (t_form_wmo, 1.2),
    (t_form_shv, 1.2),
    (t_form_netwerk, 1),
    (t_form_huur, 1),
    (t_form_crm, 1.2),
    # short documents
    (t_ontvangst, 1),
    (t_mdo_kort, 1.2),
]


def build_sequence(n):
    """every template at least twice, rest by weight, in shuffled order"""
    seq = [t for t, _ in TEMPLATES] * 2
    total = sum(w for _, w in TEMPLATES)
    rest = n - len(seq)
    for t, w in TEMPLATES:
        seq += [t] * int(round(rest * w / total))
    while len(seq) < n:
        seq.append(R.choices([t for t, _ in TEMPLATES], [w for _, w in TEMPLATES])[0])
    seq = seq[: max(n, len(seq))]
    R.shuffle(seq)
    return seq


def verify(rec):
    text = rec["text"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: (s["start"], s["end"]))
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip(), (rec["id"], s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    for s in rec["pii"]:
        if s["label"] == "bsn":
            dg = re.sub(r"\D", "", s["text"])
            assert len(dg) == 9
            assert (sum((9 - i) * int(dg[i]) for i in range(8)) - int(dg[8])) % 11 == 0, s
        if s["label"] == "iban":
            ib = s["text"].replace(" ", "").upper()
            num = "".join(str(int(ch_, 36)) for ch_ in ib[4:] + ib[:4])
            assert int(num) % 97 == 1, s
    assert rec["pii"], rec["id"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "heldout93.jsonl")
    seq = build_sequence(N_TEXTS)
    recs = []
    for i, t in enumerate(seq):
        DOC["year"] = None
        markup = t()
        markup = re.sub(r"\n{3,}", "\n\n", markup).strip()
        text, pii, keep = strip_markup(markup)
        rec = {"id": "ho93-%04d" % i, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        recs.append(rec)
    with open(out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # stats
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    tot = sum(pc.values())
    print(
        "texts",
        len(recs),
        "words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc.most_common()))
    print("wrote", out)


if __name__ == "__main__":
    main()
