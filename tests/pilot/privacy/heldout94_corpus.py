#!/usr/bin/env python3
"""Held-out corpus 94: speech-to-text output of care professionals and clients.

Dictated visit reports, transcribed intake calls (speaker labels, timestamps),
voicemails, voice notes and dictated e-mails/letters.  Numbers are often said in
words, in groups or digit by digit, letters are spelled (also with the Dutch
spelling alphabet), pauses are commas, and there are fillers and corrections.

Span conventions used here (beyond the README):
- a value said in pieces is one span from its first to its last value token,
  including pauses/fillers *inside* it (e.g. "nul zes, eh, twaalf, ...").
- a value that is restarted after a correction gives two spans (the abandoned
  attempt is personal data as well when it is a full value).
- spelled names (letters or spelling alphabet) are person spans; spelled
  postcodes/e-mails are part of their postcode/email span.
- titles/relations ("mevrouw", "zoon", "dokter") are outside person spans.

Deterministic: python3 heldout94_corpus.py writes heldout94.jsonl beside itself.
"""

import datetime
import json
import os
import random
import re
import unicodedata

N_TEXTS = 230
SEED = 9494

# ---------------------------------------------------------------- numbers
DIG = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
UNITS = [
    "nul",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
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


def _n2w(n):
    if n < 20:
        return UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        uw = UNITS[u]
        return uw + ("ën" if uw.endswith("e") else "en") + TENS[t]
    if n < 1000:
        h, r = divmod(n, 100)
        return ("" if h == 1 else UNITS[h]) + "honderd" + (_n2w(r) if r else "")
    th, r = divmod(n, 1000)
    return ("" if th == 1 else _n2w(th)) + "duizend" + (_n2w(r) if r else "")


def n2w(n):
    return "één" if n == 1 else _n2w(n)


def ordw(n):
    special = {1: "eerste", 3: "derde", 8: "achtste"}
    if n in special:
        return special[n]
    if n < 20:
        return _n2w(n) + "de"
    return _n2w(n) + "ste"


LETTER = {
    "a": "a",
    "b": "bee",
    "c": "cee",
    "d": "dee",
    "e": "ee",
    "f": "ef",
    "g": "gee",
    "h": "haa",
    "i": "ie",
    "j": "jee",
    "k": "ka",
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
    "a": "Anton",
    "b": "Bernard",
    "c": "Cornelis",
    "d": "Dirk",
    "e": "Eduard",
    "f": "Ferdinand",
    "g": "Gerard",
    "h": "Hendrik",
    "i": "Izaak",
    "j": "Johan",
    "k": "Karel",
    "l": "Lodewijk",
    "m": "Maria",
    "n": "Nico",
    "o": "Otto",
    "p": "Pieter",
    "q": "Quirinus",
    "r": "Rudolf",
    "s": "Simon",
    "t": "Theodoor",
    "u": "Utrecht",
    "v": "Victor",
    "w": "Willem",
    "x": "Xantippe",
    "y": "Ypsilon",
    "z": "Zaandam",
}

# ---------------------------------------------------------------- markup
TOK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def M(label, s):
    return "[[" + label + ":" + s + "]]"


def K(label, s):
    return "{{" + label + ":" + s + "}}"


def P(s):
    return M("person", s)


def outside(marked, fn):
    """apply fn to the text between markup tokens only"""
    out, last = [], 0
    for m in TOK.finditer(marked):
        out.append(fn(marked[last : m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(fn(marked[last:]))
    return "".join(out)


def strip(marked):
    out, pii, keep = [], [], []
    pos = last = 0
    for m in TOK.finditer(marked):
        seg = marked[last : m.start()]
        out.append(seg)
        pos += len(seg)
        if m.group(1):
            lab, txt, lst = m.group(1), m.group(2), pii
        else:
            lab, txt, lst = m.group(3), m.group(4), keep
        lst.append({"start": pos, "end": pos + len(txt), "label": lab, "text": txt})
        out.append(txt)
        pos += len(txt)
        last = m.end()
    out.append(marked[last:])
    return "".join(out), pii, keep


# ---------------------------------------------------------------- pools
FIRST = {
    "nl": {
        "f": [
            "Anouk",
            "Marieke",
            "Sanne",
            "Ingrid",
            "Joke",
            "Petra",
            "Ria",
            "Femke",
            "Lotte",
            "Esther",
            "Hanneke",
            "Gerda",
            "Annemiek",
            "Roos",
            "Wilma",
            "Daphne",
            "Mirjam",
            "Corrie",
            "Ineke",
            "Noor",
            "Jolanda",
            "Bep",
            "Iris",
            "Lieke",
        ],
        "m": [
            "Jeroen",
            "Bas",
            "Wim",
            "Henk",
            "Kees",
            "Ruud",
            "Thijs",
            "Ton",
            "Gert-Jan",
            "Sjaak",
            "Freek",
            "Martijn",
            "Arie",
            "Dirk",
            "Rob",
            "Bram",
            "Koen",
            "Joop",
            "Teun",
            "Herman",
        ],
    },
    "ma": {
        "f": [
            "Fatima",
            "Khadija",
            "Samira",
            "Naima",
            "Hanan",
            "Nadia",
            "Malika",
            "Soumaya",
            "Ilham",
            "Loubna",
        ],
        "m": [
            "Mohamed",
            "Youssef",
            "Bilal",
            "Said",
            "Ayoub",
            "Karim",
            "Hamza",
            "Rachid",
            "Mustafa",
            "Abdelkader",
        ],
    },
    "tr": {
        "f": ["Ayşe", "Emine", "Zeynep", "Fatma", "Elif", "Hatice", "Songül", "Derya"],
        "m": ["Mehmet", "Hüseyin", "Murat", "Kemal", "Serkan", "Osman", "Erdal", "Cem"],
    },
    "sr": {
        "f": [
            "Sunita",
            "Shanti",
            "Priya",
            "Kavita",
            "Shirley",
            "Marlène",
            "Jennifer",
            "Rowena",
            "Sharmila",
            "Chandra",
        ],
        "m": [
            "Rakesh",
            "Radjesh",
            "Anand",
            "Ramesh",
            "Marlon",
            "Ruben",
            "Dennis",
            "Rodney",
            "Glenn",
            "Soerin",
            "Iwan",
        ],
    },
    "an": {
        "f": ["Rosalinda", "Jeanette", "Shudaira", "Mireille", "Gisela"],
        "m": ["Jurgen", "Shurandy", "Giovanni", "Ashwin", "Ricardo", "Eldrick"],
    },
    "cv": {
        "f": ["Nélia", "Djamila", "Maria José", "Celeste", "Ivone"],
        "m": ["João", "Adilson", "Manuel", "Edson", "Nilton"],
    },
    "pl": {
        "f": ["Katarzyna", "Agnieszka", "Ewa", "Magdalena", "Joanna"],
        "m": ["Piotr", "Tomasz", "Marek", "Krzysztof", "Paweł", "Grzegorz"],
    },
    "bg": {
        "f": ["Desislava", "Mariya", "Petya", "Rositsa", "Tsvetelina"],
        "m": ["Ivan", "Georgi", "Stoyan", "Dimitar", "Plamen"],
    },
    "ro": {
        "f": ["Ioana", "Elena", "Alina", "Mihaela", "Roxana"],
        "m": ["Andrei", "Mihai", "Florin", "Constantin", "Vasile"],
    },
    "sy": {
        "f": ["Rasha", "Lama", "Hiba", "Rania", "Nour"],
        "m": ["Ahmad", "Omar", "Khaled", "Tarek", "Yazan"],
    },
    "er": {
        "f": ["Senait", "Helen", "Selam", "Mebrat", "Yohana"],
        "m": ["Yonas", "Tesfay", "Mehari", "Abraham", "Filmon", "Dawit"],
    },
    "so": {
        "f": ["Hodan", "Faadumo", "Ayaan", "Hibo", "Sahra"],
        "m": ["Abdi", "Mohamud", "Farah", "Liban", "Abdirahman"],
    },
    "af": {
        "f": ["Mariam", "Zahra", "Nasrin", "Farzana", "Shabnam"],
        "m": ["Farid", "Habib", "Ahmad Shah", "Wahid", "Jawad"],
    },
    "cn": {
        "f": ["Mei", "Li Na", "Xiu Ying", "Lan", "Yan"],
        "m": ["Wei", "Jun", "Hao", "Jian", "Tao"],
    },
    "gh": {
        "f": ["Ama", "Akosua", "Abena", "Efua", "Adwoa"],
        "m": ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
    },
}
LAST = {
    "nl": [
        "de Vries",
        "Bakker",
        "Visser",
        "Koster",
        "de Wit",
        "Smit",
        "Jansen",
        "van Dijk",
        "Mulder",
        "Dekker",
        "de Groot",
        "Hoekstra",
        "van den Berg",
        "Vermeulen",
        "Kok",
        "Schouten",
        "Brouwer",
        "de Hoop",
        "Roos",
        "Verhoeven",
        "van der Meer",
        "Zonneveld",
        "Post",
        "Vos",
        "Kuiper",
        "van Leeuwen",
        "Hofman",
        "Groen",
        "Boom",
        "Dijkstra",
        "Blom",
        "Wolters",
    ],
    "ma": [
        "El Amrani",
        "Bouzid",
        "Azzouzi",
        "Benali",
        "El Khatib",
        "Ouali",
        "Tahiri",
        "Boukhari",
        "Ait Taleb",
        "El Idrissi",
        "Chaouch",
        "Ziani",
        "Haddouchi",
    ],
    "tr": [
        "Yilmaz",
        "Demir",
        "Kaya",
        "Çelik",
        "Öztürk",
        "Aydın",
        "Arslan",
        "Doğan",
        "Şahin",
        "Koç",
    ],
    "sr": [
        "Ramdin",
        "Baldewsingh",
        "Jagessar",
        "Mahabier",
        "Soekhoe",
        "Ramlal",
        "Bhoendie",
        "Kalloe",
        "Pinas",
        "Sabajo",
        "Wijngaarde",
        "Doekhie",
        "Kasanpawiro",
        "Lachmon",
    ],
    "an": ["Martina", "Isenia", "Felida", "Koeiman", "Rosaria", "Statia", "Cijntje", "Maduro"],
    "cv": ["Lopes Tavares", "Fortes", "Semedo", "Monteiro", "Gomes da Silva", "Barbosa"],
    "pl": ["Kowalczyk", "Nowak", "Wiśniewski", "Zielińska", "Wróbel", "Szymański", "Grabowski"],
    "bg": ["Ivanova", "Petrov", "Dimitrov", "Georgieva", "Stoyanov", "Todorova"],
    "ro": ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantinescu", "Munteanu"],
    "sy": ["Al-Hassan", "Haddad", "Darwish", "Kassem", "Al Masri", "Hamdan"],
    "er": ["Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Berhane", "Woldu"],
    "so": ["Warsame", "Abdullahi", "Hersi", "Jama", "Osman", "Ali Nur"],
    "af": ["Noori", "Rahimi", "Hakimi", "Karimi", "Sultani", "Amiri"],
    "cn": ["Chen", "Wang", "Zhang", "Liu", "Lin", "Huang"],
    "gh": ["Mensah", "Owusu", "Asante", "Boateng", "Appiah", "Osei"],
}
ORIGIN_W = [
    ("nl", 30),
    ("ma", 14),
    ("tr", 10),
    ("sr", 11),
    ("an", 5),
    ("cv", 4),
    ("pl", 6),
    ("bg", 4),
    ("ro", 3),
    ("sy", 5),
    ("er", 4),
    ("so", 4),
    ("af", 3),
    ("cn", 3),
    ("gh", 4),
]

WIJKEN = [
    "Schilderswijk",
    "Transvaal",
    "Mariahoeve",
    "Moerwijk",
    "Laak",
    "Escamp",
    "Bouwlust",
    "Vrederust",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Regentessekwartier",
    "Stationsbuurt",
    "Spoorwijk",
    "Rustenburg",
    "Oostbroek",
    "Morgenstond",
    "Leyenburg",
    "Loosduinen",
    "Waldeck",
    "Ypenburg",
    "Leidschenveen",
    "Bezuidenhout",
    "Haagse Hout",
    "Valkenboskwartier",
    "Zuiderpark",
    "Laakkwartier",
    "Wateringse Veld",
    "Kijkduin",
    "Duinoord",
    "Zeeheldenkwartier",
    "Rivierenbuurt",
    "Groente- en Fruitmarkt",
]

ORG_ASR = {
    "GGZ": ["GGZ", "g g z", "ggz", "de GGZ"],
    "Wmo-loket": ["Wmo-loket", "wmo loket", "w m o loket", "WMO loket"],
    "Servicepunt XL": ["Servicepunt XL", "servicepunt x l", "servicepunt XL", "Service punt XL"],
    "UWV": ["UWV", "u w v", "uwv"],
    "SVB": ["SVB", "s v b"],
    "CJG": ["CJG", "c j g", "Centrum voor Jeugd en Gezin"],
    "Veilig Thuis": ["Veilig Thuis", "veilig thuis"],
    "MEE": ["MEE", "MEE Plus"],
    "Parnassia": ["Parnassia", "parnassia", "Parnassia Groep"],
    "Haag Wonen": ["Haag Wonen", "haag wonen", "HaagWonen"],
    "Staedion": ["Staedion", "staedion", "Stadion"],
    "Vestia": ["Vestia", "vestia"],
    "Sociaal Raadslieden": ["Sociaal Raadslieden", "sociaal raadslieden", "de raadslieden"],
    "Belastingdienst": ["Belastingdienst", "belastingdienst", "de Belastingdienst Toeslagen"],
    "Leger des Heils": ["Leger des Heils", "leger des heils"],
    "Voedselbank": ["Voedselbank", "voedselbank"],
    "Humanitas": ["Humanitas", "humanitas"],
    "Stichting MOOI": ["Stichting MOOI", "MOOI", "mooi welzijn"],
    "Xtra": ["Xtra", "xtra", "Stichting Xtra"],
    "Florence": ["Florence", "florence"],
    "Brijder": ["Brijder", "brijder"],
    "Kessler Stichting": ["Kessler Stichting", "de Kessler", "kessler stichting"],
    "Jeugdbescherming West": ["Jeugdbescherming West", "jeugdbescherming west"],
    "Schuldhulpverlening": ["Schuldhulpverlening", "schuldhulp", "Schuldhulp Den Haag"],
    "Sociale Zaken": ["Sociale Zaken", "sociale zaken", "SZW"],
    "CAK": ["CAK", "c a k", "het CAK"],
    "CZ": ["CZ", "c zet"],
    "Zilveren Kruis": ["Zilveren Kruis", "zilveren kruis"],
    "Menzis": ["Menzis", "menzis"],
    "VGZ": ["VGZ", "v g z"],
    "Indigo": ["Indigo", "indigo"],
    "Saffier": ["Saffier", "saffier"],
    "Ipse de Bruggen": ["Ipse de Bruggen", "ipse de bruggen"],
    "Het Juridisch Loket": ["Het Juridisch Loket", "het juridisch loket", "Juridisch Loket"],
    "VluchtelingenWerk": ["VluchtelingenWerk", "vluchtelingenwerk"],
    "GGD": ["GGD", "g g d"],
    "Respect Zorggroep": ["Respect Zorggroep", "respect zorggroep"],
    "Eneco": ["Eneco", "eneco"],
    "DUO": ["DUO", "duo"],
    "Nidos": ["Nidos", "nidos"],
}
ROLE_ASR = {
    "maatschappelijk werker": ["maatschappelijk werker", "maatschappelijk werkster"],
    "wijkverpleegkundige": ["wijkverpleegkundige", "wijk verpleegkundige"],
    "Wmo-adviseur": ["Wmo-adviseur", "wmo adviseur", "WMO consulent"],
    "ouderenconsulent": ["ouderenconsulent", "ouderen consulent"],
    "casemanager dementie": ["casemanager dementie", "case manager dementie"],
    "casusregisseur": ["casusregisseur", "casus regisseur"],
    "MEE-consulent": ["MEE-consulent", "mee consulent"],
    "welzijnscoach": ["welzijnscoach", "welzijns coach"],
    "schuldhulpverlener": ["schuldhulpverlener", "schuldhulp verlener"],
    "budgetcoach": ["budgetcoach", "budget coach"],
    "huisarts": ["huisarts"],
    "POH-GGZ": ["POH-GGZ", "poh ggz", "praktijkondersteuner"],
    "wijkagent": ["wijkagent"],
    "bewindvoerder": ["bewindvoerder", "bewindvoerster"],
    "jongerenwerker": ["jongerenwerker"],
    "ervaringsdeskundige": ["ervaringsdeskundige"],
    "psychiater": ["psychiater"],
    "woonconsulent": ["woonconsulent", "woon consulent"],
    "ambulant begeleider": ["ambulant begeleider", "ambulante begeleider"],
    "gezinscoach": ["gezinscoach"],
    "klantmanager": ["klantmanager", "klant manager"],
    "tolk": ["tolk"],
    "ouderenadviseur": ["ouderenadviseur"],
    "thuisbegeleider": ["thuisbegeleider"],
    "jeugdconsulent": ["jeugdconsulent"],
    "trajectbegeleider": ["trajectbegeleider"],
    "sociaal raadsman": ["sociaal raadsman", "sociaal raadsvrouw"],
    "mentor": ["mentor"],
    "casemanager": ["casemanager"],
    "praktijkassistente": ["praktijkassistente", "assistente"],
}
STREETS = [
    "Hoefkade",
    "Leyweg",
    "Vaillantlaan",
    "Paul Krugerlaan",
    "Hobbemastraat",
    "Wouwermanstraat",
    "De la Reyweg",
    "Loosduinseweg",
    "Zuiderparklaan",
    "Dierenselaan",
    "Apeldoornselaan",
    "Moerweg",
    "Erasmusweg",
    "Melis Stokelaan",
    "Ambachtsgaarde",
    "Beresteinlaan",
    "Hengelolaan",
    "Escamplaan",
    "Zonnebloemstraat",
    "Rijswijkseweg",
    "Schalk Burgerstraat",
    "Stuwstraat",
    "Wateringseweg",
    "Oude Haagweg",
    "Laan van Meerdervoort",
    "Weimarstraat",
    "Valkenboslaan",
    "Kraayensteinlaan",
    "Steenhouwersgaarde",
    "Mient",
    "Jan van der Heijdenstraat",
    "Gaslaan",
    "Delftselaan",
    "Van Musschenbroekstraat",
    "Fahrenheitstraat",
    "Scheveningseweg",
    "Duinstraat",
    "Westduinweg",
    "Dr. Lelykade",
    "Zichtenburglaan",
    "Heeswijkplein",
    "Soestdijksekade",
    "Kampenringweg",
    "Stieltjesstraat",
    "Bilderdijkstraat",
    "Prins Hendrikstraat",
    "Theresiastraat",
    "Juliana van Stolberglaan",
    "Ruusbroecstraat",
    "Koningstraat",
    "Jacob Catsstraat",
    "Vlierboomstraat",
    "Goudsbloemlaan",
    "Lijsterbesstraat",
    "Troelstrakade",
    "Spaarwaterstraat",
    "Zwaardvegersgaarde",
    "Anna Blamansingel",
]
EMAIL_DOM = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "planet.nl",
    "icloud.com",
    "yahoo.com",
    "hotmail.nl",
    "xs4all.nl",
    "casema.nl",
]
PROF_DOM = [
    "denhaag.nl",
    "xtra.nl",
    "mooiwelzijn.nl",
    "florence.nl",
    "parnassiagroep.nl",
    "swt-escamp.nl",
    "meeplus.nl",
    "haagwonen.nl",
    "kessler.nl",
    "indigo.nl",
]
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]
FILLERS = ["eh", "ehm", "uh", "eh", "ehm", "nou", "even kijken", "hoe heet het", "zeg maar"]


class Person:
    def __init__(self, first, last, g, origin):
        self.first, self.last, self.g, self.origin = first, last, g, origin


def poss(name):
    return "'s" if name[-1].lower() in "aeiouy" else "s"


def plain(s):
    s = s.replace("ł", "l").replace("ı", "i").replace("Ł", "L")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def cap(s):
    return s[0].upper() + s[1:]


class Ctx:
    def __init__(self, rng):
        self.r = rng
        self.used_names = set()
        self.used_first = set()
        self.used_last = set()

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def fl(self, prob=0.5, comma=True):
        """optional filler with trailing comma/space"""
        if self.p(prob):
            return self.ch(FILLERS) + (", " if comma else " ")
        return ""

    # ---- context
    def wijk(self, name=None, lower=False):
        w = name or self.ch(WIJKEN)
        return K("wijk", w.lower() if lower else w)

    def org(self, name, asr=0.35):
        forms = ORG_ASR.get(name, [name])
        f = forms[0] if not self.p(asr) else self.ch(forms)
        return K("org", f)

    def role(self, name, asr=0.3):
        forms = ROLE_ASR.get(name, [name])
        f = forms[0] if not self.p(asr) else self.ch(forms)
        return K("role", f)

    # ---- persons
    def person(self, origin=None, g=None):
        for _ in range(50):
            o = origin or self.r.choices([x for x, _ in ORIGIN_W], [w for _, w in ORIGIN_W])[0]
            gg = g or self.ch("fm")
            first = self.ch(FIRST[o][gg])
            last = self.ch(LAST[o])
            if (
                (first, last) not in self.used_names
                and first not in self.used_first
                and last not in self.used_last
            ):
                break
        self.used_names.add((first, last))
        self.used_first.add(first)
        self.used_last.add(last)
        if last == "Tesfamariam" and self.p(0.5):
            last = "Tesfa Mariam"
        return Person(first, last, gg, o)

    def title(self, p, lower=False):
        t = (
            self.ch(["mevrouw", "mevrouw", "mevrouw", "mw."])
            if p.g == "f"
            else self.ch(["meneer", "meneer", "meneer", "de heer", "dhr."])
        )
        if lower:
            t = "mevrouw" if p.g == "f" else "meneer"
        return t

    def nm(self, p, form="full"):
        if form == "full":
            return P(p.first + " " + p.last)
        if form == "first":
            return P(p.first)
        if form == "last":
            return P(cap(p.last))
        if form == "title":
            return self.title(p) + " " + P(cap(p.last))
        if form == "tlow":
            return self.title(p, True) + " " + P(p.last.lower())
        if form == "flow":
            return P((p.first + " " + p.last).lower())
        if form == "initial":
            return P(p.first[0] + ". " + p.last)
        if form == "tfull":
            return self.title(p) + " " + P(p.first + " " + p.last)
        raise ValueError(form)

    def anyname(self, p):
        return self.nm(p, self.ch(["full", "title", "title", "tlow", "full", "initial"]))

    def he(self, p):
        return "zij" if p.g == "f" else "hij"

    def him(self, p):
        return "haar" if p.g == "f" else "hem"

    def his(self, p):
        return "haar" if p.g == "f" else "zijn"

    def rel(self, p, kind=None):
        kind = kind or self.ch(["kind", "sib", "kind", "nb", "fam"])
        if kind == "kind":
            return "dochter" if p.g == "f" else "zoon"
        if kind == "sib":
            return "zus" if p.g == "f" else "broer"
        if kind == "nb":
            return "buurvrouw" if p.g == "f" else "buurman"
        if kind == "partner":
            return "vrouw" if p.g == "f" else "man"
        return "nicht" if p.g == "f" else "neef"

    def spell(self, word, style=None):
        letters = [ch for ch in plain(word).lower() if ch.isalpha()]
        style = style or self.ch(["caps", "names", "alpha", "dash"])
        if style == "caps":
            return " ".join(ch.upper() for ch in letters)
        if style == "dash":
            return "-".join(ch.upper() for ch in letters)
        if style == "names":
            return ", ".join(LETTER.get(ch, ch) for ch in letters)
        return ", ".join(ch.upper() + " van " + ALPHA.get(ch, ch) for ch in letters)

    # ---- digits and spoken groups
    def dw(self, d, een=None):
        if d == "1":
            return een or "één"
        return DIG[int(d)]

    def digits_words(self, s, sep=" "):
        een = self.ch(["één", "een"])
        return sep.join(self.dw(d, een) for d in s)

    def pair_words(self, s):
        if s[0] == "0":
            return self.digits_words(s)
        return n2w(int(s))

    def group_words(self, s):
        if s[0] == "0" or len(s) > 3 or self.p(0.4):
            return self.digits_words(s)
        return n2w(int(s))

    # ---- phone
    def phone_digits(self, kind=None):
        kind = kind or self.ch(["m", "m", "m", "l", "m", "l", "o"])
        if kind == "m":
            return (
                "06"
                + str(self.r.randint(1, 5))
                + "".join(str(self.r.randint(0, 9)) for _ in range(7))
            )
        if kind == "l":
            return (
                "070"
                + str(self.r.choice([2, 3, 3, 3, 4, 5, 7]))
                + "".join(str(self.r.randint(0, 9)) for _ in range(6))
            )
        area = self.ch(["010", "015", "071", "079", "088"])
        return (
            area + str(self.r.randint(2, 8)) + "".join(str(self.r.randint(0, 9)) for _ in range(6))
        )

    def phone_render(self, d, style=None):
        mobile = d.startswith("06")
        if mobile:
            rest = d[2:]
            pairs = [rest[i : i + 2] for i in range(0, 8, 2)]
            style = style or self.ch(
                [
                    "dig",
                    "pairs",
                    "pairs",
                    "num1",
                    "num2",
                    "num3",
                    "mix",
                    "filler",
                    "intl",
                    "intlnum",
                    "trip",
                    "pairs",
                    "dig",
                    "digsp",
                ]
            )
            if style == "digsp":
                return " ".join(d)
            if style == "dig":
                return self.digits_words(d)
            if style == "pairs":
                return "nul zes, " + ", ".join(self.pair_words(x) for x in pairs)
            if style == "filler":
                ws = [self.pair_words(x) for x in pairs]
                k = self.r.randint(1, 3)
                ws[k] = self.ch(["eh", "ehm", "uh"]) + ", " + ws[k]
                return "nul zes, " + ", ".join(ws)
            if style == "num1":
                return "06-" + rest
            if style == "num2":
                return "06 " + " ".join(pairs)
            if style == "num3":
                return "06 " + rest[:4] + " " + rest[4:]
            if style == "mix":
                return "nul zes, " + rest[:4] + ", " + rest[4:]
            if style == "intl":
                return "plus eenendertig, zes, " + ", ".join(self.pair_words(x) for x in pairs)
            if style == "intlnum":
                return self.ch(
                    [
                        "+31 6 " + rest[:4] + " " + rest[4:],
                        "+316" + rest,
                        "0031 6 " + rest[:4] + " " + rest[4:],
                        "+31 (0)6 " + rest,
                    ]
                )
            if style == "trip":
                return (
                    "nul zes, "
                    + ", ".join(self.digits_words(rest[i : i + 3]) for i in (0, 3))
                    + ", "
                    + self.digits_words(rest[6:])
                )
        area, rest = d[:3], d[3:]
        style = style or self.ch(["sp1", "sp2", "num1", "num2", "num3", "sp3", "sp1"])
        aw = self.digits_words(area) if area != "070" or self.p(0.6) else "nul zeventig"
        if area == "088" and self.p(0.5):
            aw = "nul achtentachtig"
        if style == "sp1":
            return (
                aw
                + ", "
                + self.group_words(rest[:3])
                + ", "
                + self.pair_words(rest[3:5])
                + ", "
                + self.pair_words(rest[5:])
            )
        if style == "sp2":
            return aw + ", " + self.digits_words(rest)
        if style == "sp3":
            return aw + " " + rest[:3] + " " + rest[3:5] + " " + rest[5:]
        if style == "num1":
            return "(" + area + ") " + rest[:3] + " " + rest[3:5] + " " + rest[5:]
        if style == "num2":
            return area + "-" + rest
        return area + " " + rest[:3] + " " + rest[3:]

    def phone(self, kind=None, style=None):
        return M("phone", self.phone_render(self.phone_digits(kind), style))

    # ---- bsn
    def bsn_digits(self):
        while True:
            ds = [self.r.randint(1, 9)] + [self.r.randint(0, 9) for _ in range(7)]
            s = sum(d * w for d, w in zip(ds, range(9, 1, -1)))
            last = s % 11
            if last < 10:
                return "".join(map(str, ds + [last]))

    def bsn_render(self, b, style=None):
        style = style or self.ch(
            ["g333", "g333", "dig", "num", "numsp", "numdot", "g432", "mixed", "g333f", "digsp"]
        )
        if style == "digsp":
            return " ".join(b)
        if style == "g333":
            return ", ".join(self.digits_words(b[i : i + 3]) for i in (0, 3, 6))
        if style == "g333f":
            return (
                self.digits_words(b[:3])
                + ", "
                + self.ch(["eh", "ehm"])
                + ", "
                + self.digits_words(b[3:6])
                + ", "
                + self.digits_words(b[6:])
            )
        if style == "dig":
            return self.digits_words(b)
        if style == "num":
            return b
        if style == "numsp":
            return b[:3] + " " + b[3:6] + " " + b[6:]
        if style == "numdot":
            return b[:4] + "." + b[4:6] + "." + b[6:]
        if style == "g432":
            return (
                self.pair_words(b[:2])
                + " "
                + self.pair_words(b[2:4])
                + ", "
                + self.pair_words(b[4:6])
                + ", "
                + self.group_words(b[6:])
            )
        return b[:3] + ", " + self.digits_words(b[3:6]) + ", " + b[6:]

    def bsn(self, style=None):
        return M("bsn", self.bsn_render(self.bsn_digits(), style))

    # ---- iban
    def iban_parts(self):
        bank = self.ch(BANKS)
        acct = "".join(str(self.r.randint(0, 9)) for _ in range(10))
        if bank == "INGB" and self.p(0.5):
            acct = "000" + acct[3:]
        s = bank + acct + "NL00"
        num = "".join(str(int(ch, 36)) for ch in s)
        check = 98 - int(num) % 97
        return "%02d" % check, bank, acct

    def iban_render(self, parts, style=None):
        ck, bank, acct = parts
        style = style or self.ch(
            ["sp", "nosp", "spoken", "spoken", "half", "letters", "lower", "spoken2"]
        )
        groups = [acct[:4], acct[4:8], acct[8:]]
        if style == "sp":
            return "NL" + ck + " " + bank + " " + " ".join(groups)
        if style == "nosp":
            return "NL" + ck + bank + acct
        if style == "lower":
            return "nl" + ck + " " + bank.lower() + " " + acct
        if style == "spoken":
            return (
                "NL "
                + self.pair_words(ck)
                + ", "
                + " ".join(bank)
                + ", "
                + ", ".join(self.digits_words(g) for g in groups)
            )
        if style == "spoken2":
            return (
                "N L, "
                + self.digits_words(ck)
                + ", "
                + bank
                + ", "
                + ", ".join(self.pair_words(acct[i : i + 2]) for i in range(0, 10, 2))
            )
        if style == "half":
            return "NL " + ck + " " + bank + ", " + acct[:3] + " " + acct[3:6] + " " + acct[6:]
        # letters spoken
        return (
            "en el "
            + self.pair_words(ck)
            + ", "
            + " ".join(LETTER[x.lower()] for x in bank)
            + ", "
            + self.digits_words(acct)
        )

    def iban(self, style=None):
        return M("iban", self.iban_render(self.iban_parts(), style))

    # ---- postcode
    def pc_parts(self):
        n = self.r.randint(2491, 2597)
        l1 = self.ch("ABCEGHJKLMNPRTVWXZ")
        l2 = self.ch("ABCDEGHJKLMNPRSTVWXZ")
        return str(n), l1 + l2

    def pc_render(self, parts, style=None):
        n, ls = parts
        style = style or self.ch(
            ["num", "nosp", "dig", "pairs", "alpha", "numlow", "digcaps", "num"]
        )
        if style == "num":
            return n + " " + ls
        if style == "nosp":
            return n + ls
        if style == "numlow":
            return n + " " + ls.lower()
        if style == "dig":
            return self.digits_words(n) + ", " + " ".join(LETTER[x.lower()] for x in ls)
        if style == "digcaps":
            return self.digits_words(n) + " " + " ".join(ls)
        if style == "pairs":
            return (
                n2w(int(n[:2]))
                + " "
                + self.pair_words(n[2:])
                + ", "
                + " ".join(LETTER[x.lower()] for x in ls)
            )
        return self.digits_words(n) + ", " + ", ".join(x + " van " + ALPHA[x.lower()] for x in ls)

    def postcode(self, style=None):
        return M("postcode", self.pc_render(self.pc_parts(), style))

    # ---- address
    def house(self, style):
        n = self.r.choice([self.r.randint(1, 40), self.r.randint(1, 120), self.r.randint(100, 380)])
        suf = self.ch(["", "", "", "", "A", "B", "hs", "II", "bis", "C", "I", "III"])
        if style == "num":
            sep = (
                self.ch(["", "-", " "])
                if suf in ("A", "B", "C")
                else "-"
                if suf in ("hs", "II", "I", "III")
                else " "
            )
            if suf == "hs" and self.p(0.3):
                sep = " "
            return str(n) + (sep + suf if suf else "")
        if n >= 100 and self.p(0.35):
            nw = self.digits_words(str(n))
        else:
            nw = n2w(n)
        sufw = {
            "": "",
            "A": " a",
            "B": " bee",
            "C": " cee",
            "hs": self.ch([" huis", " h s"]),
            "II": " twee",
            "I": " één",
            "III": " drie",
            "bis": " bis",
        }[suf]
        if suf in ("II", "I", "III"):
            sufw = ""
        return nw + sufw

    def address(self, style=None, street=None, lower=False):
        street = street or self.ch(STREETS)
        style = style or self.ch(["num", "num", "words", "words", "nummer", "filler", "words"])
        if lower:
            street = street.lower()
        if style == "num":
            return M("address", street + " " + self.house("num"))
        if style == "words":
            return M("address", street + " " + self.house("words"))
        if style == "nummer":
            return M("address", street + " nummer " + self.house(self.ch(["num", "words"])))
        return M("address", street + ", " + self.ch(["eh", "ehm"]) + ", " + self.house("words"))

    # ---- dates
    def date_val(self, kind):
        if kind == "birth":
            return datetime.date(
                self.r.randint(1936, 2003), self.r.randint(1, 12), self.r.randint(1, 28)
            )
        if kind == "child":
            return datetime.date(
                self.r.randint(2007, 2022), self.r.randint(1, 12), self.r.randint(1, 28)
            )
        base = datetime.date(2024, 1, 8)
        return base + datetime.timedelta(days=self.r.randint(0, 600))

    def yearw(self, y):
        if y < 2000:
            return self.ch(
                [
                    "negentien " + _n2w(y - 1900),
                    "negentienhonderd" + _n2w(y - 1900),
                    "negentien" + _n2w(y - 1900),
                ]
            )
        if y >= 2010 and self.p(0.4):
            return "twintig " + _n2w(y - 2000)
        return "tweeduizend " + n2w(y - 2000)

    def date_render(self, d, kind="recent", style=None):
        if kind in ("birth", "child"):
            style = style or self.ch(
                ["wmy", "wmy", "num", "numw", "digw", "nmy", "short", "ordmy", "numsl"]
            )
        else:
            style = style or self.ch(
                [
                    "dm",
                    "wm",
                    "ordm",
                    "wd",
                    "wdord",
                    "dmnum",
                    "num",
                    "dmy",
                    "wmy",
                    "ordm",
                    "wm",
                    "wd",
                    "numw",
                ]
            )
        day, mon, y = d.day, d.month, d.year
        if style == "dm":
            return "%d %s" % (day, MONTHS[mon - 1])
        if style == "wm":
            return n2w(day) + " " + MONTHS[mon - 1]
        if style == "ordm":
            return ordw(day) + " " + MONTHS[mon - 1]
        if style == "wd":
            return (
                WEEKDAYS[d.weekday()] + " " + self.ch([str(day), n2w(day)]) + " " + MONTHS[mon - 1]
            )
        if style == "wdord":
            return WEEKDAYS[d.weekday()] + " de " + ordw(day) + self.ch(["", " " + MONTHS[mon - 1]])
        if style == "dmnum":
            return "%d-%d" % (day, mon) if self.p(0.5) else "%02d-%02d" % (day, mon)
        if style == "num":
            return self.ch(["%d-%d-%d", "%02d-%02d-%d", "%d-%d-%d"]) % (day, mon, y)
        if style == "numsl":
            return "%d/%d/'%02d" % (day, mon, y % 100)
        if style == "dmy":
            return "%d %s %d" % (day, MONTHS[mon - 1], y)
        if style == "wmy":
            return n2w(day) + " " + MONTHS[mon - 1] + " " + self.yearw(y)
        if style == "ordmy":
            return ordw(day) + " " + MONTHS[mon - 1] + " " + self.yearw(y)
        if style == "numw":
            return n2w(day) + self.ch([" ", ", "]) + n2w(mon) + self.ch([" ", ", "]) + self.yearw(y)
        if style == "digw":
            return (
                self.digits_words("%02d" % day)
                + ", "
                + self.digits_words("%02d" % mon)
                + ", "
                + self.yearw(y)
            )
        if style == "nmy":
            return "%d %s %d" % (day, MONTHS[mon - 1], y)
        if style == "short":
            return "%d %s '%02d" % (day, MONTHS[mon - 1][:3], y % 100)
        raise ValueError(style)

    def date(self, kind="recent", style=None):
        return M("date", self.date_render(self.date_val(kind), kind, style))

    # ---- dossier
    def dossier_render(self, style=None):
        r = self.r
        style = style or self.ch(
            [
                "yr",
                "yrsp",
                "szw",
                "szwsp",
                "vt",
                "vtsp",
                "hash",
                "hashsp",
                "plain",
                "plainsp",
                "wmo",
                "mld",
                "shv",
                "slash",
                "zk",
                "yrw",
            ]
        )
        y = r.choice([2022, 2023, 2024, 2025])
        if style == "yr":
            return "%d-%05d" % (y, r.randint(100, 99999))
        if style == "yrsp":
            n = "%05d" % r.randint(100, 99999)
            return (
                "twintig "
                + _n2w(y - 2000)
                + ", "
                + self.ch(["streepje, ", ""])
                + self.digits_words(n)
            )
        if style == "yrw":
            n = "%04d" % r.randint(1000, 9999)
            return (
                "tweeduizend "
                + _n2w(y - 2000)
                + " "
                + self.ch(["streepje ", "dash ", ""])
                + n2w(int(n[:2]))
                + " "
                + self.pair_words(n[2:])
            )
        if style == "szw":
            return self.ch(["SZW", "WZ", "SHV", "MO"]) + "-" + str(r.randint(100000, 999999))
        if style == "szwsp":
            pre = self.ch(["SZW", "SHV", "WMO"])
            n = str(r.randint(100000, 999999))
            return " ".join(LETTER[x.lower()] for x in pre) + ", " + self.digits_words(n)
        if style == "vt":
            return "VT-%d-%04d" % (y, r.randint(100, 9999))
        if style == "vtsp":
            n = r.randint(1000, 9999)
            return (
                "vee tee, "
                + "twintig "
                + _n2w(y - 2000)
                + ", "
                + n2w(n // 100)
                + " "
                + self.pair_words("%02d" % (n % 100))
            )
        if style == "hash":
            return "#" + str(r.randint(10000, 99999))
        if style == "hashsp":
            return "hekje " + self.digits_words(str(r.randint(10000, 99999)))
        if style == "plain":
            return str(r.randint(1000000, 9999999))
        if style == "plainsp":
            n = str(r.randint(100000, 999999))
            return ", ".join(self.pair_words(n[i : i + 2]) for i in (0, 2, 4))
        if style == "wmo":
            return "WMO/%02d/%05d" % (y % 100, r.randint(100, 99999))
        if style == "mld":
            return "M%02d-%05d" % (y % 100, r.randint(100, 99999))
        if style == "shv":
            return "SHV %d %04d" % (y, r.randint(100, 9999))
        if style == "slash":
            return "SZ/SHV/%d/%d" % (y, r.randint(1000, 9999))
        return "Z" + str(r.randint(100000, 999999)) + self.ch(["", "-01", "-A"])

    def dossier(self, style=None):
        return M("dossier", self.dossier_render(style))

    # ---- email
    def email_raw(self, p, prof=False):
        first = re.sub(r"[^a-z]", "", plain(p.first).lower())
        last = re.sub(r"[^a-z]", "", plain(p.last).lower())
        if prof:
            loc = self.ch(
                [first + "." + last, first[0] + "." + last, first + last[:1], first + "." + last]
            )
            return loc + "@" + self.ch(PROF_DOM)
        loc = self.ch(
            [
                first + "." + last,
                first[0] + last,
                first + str(self.r.randint(60, 99)),
                last + "." + first[0],
                first + "_" + last,
                first + last + str(self.r.randint(1, 9)),
                "mama" + first,
                first + "-" + last[:4],
            ]
        )
        return loc + "@" + self.ch(EMAIL_DOM)

    def email_render(self, e, style=None):
        style = style or self.ch(["plain", "plain", "spoken", "spoken", "at", "half", "spaced"])
        if style == "plain":
            return e
        if style == "spaced":
            return e.replace("@", " @ ")
        loc, dom = e.split("@")

        def sp(x):
            x = x.replace(".", " punt ").replace(
                "_", self.ch([" underscore ", " liggend streepje "])
            )
            x = x.replace("-", " streepje ")
            x = re.sub(r"(\d+)", lambda m: " " + n2w(int(m.group(1))) + " ", x)
            return re.sub(r"\s+", " ", x).strip()

        if style == "spoken":
            return sp(loc) + self.ch([" apenstaartje ", " apenstaart "]) + sp(dom)
        if style == "at":
            return sp(loc) + " at " + sp(dom)
        return loc + " apenstaartje " + dom

    def email(self, p, prof=False, style=None):
        return M("email", self.email_render(self.email_raw(p, prof), style))

    def amount(self):
        n = self.r.choice(
            [self.r.randint(3, 40) * 50, self.r.randint(1, 15) * 1000 + self.r.randint(0, 9) * 100]
        )
        return n2w(n) if self.p(0.6) else str(n)

    def age(self):
        return n2w(self.r.randint(23, 91))


# ---------------------------------------------------------------- shared sentence pools
def ctx_sentence(c, cl):
    he, his = c.he(cl), c.his(cl)
    opts = [
        lambda: (
            f"Er is een huurachterstand van ongeveer {c.amount()} euro bij {c.org(c.ch(['Haag Wonen', 'Staedion', 'Vestia']))}."
        ),
        lambda: (
            f"{cap(he)} is {c.age()} jaar en woont al {c.ch(['drie', 'twaalf', 'vijftien', 'zes', 'ruim twintig'])} jaar in {c.wijk()}."
        ),
        lambda: (
            f"De {c.role('wijkverpleegkundige')} komt {c.ch(['twee', 'drie'])} keer per week voor de medicatie."
        ),
        lambda: (
            f"{cap(he)} staat sinds {c.yearw(c.r.randint(2019, 2023))} op de wachtlijst bij {c.org('Parnassia')}."
        ),
        lambda: f"Ik heb, {c.ch(['eh', 'ehm'])}, goede hoop dat het nu gaat lukken.",
        lambda: (
            f"Boodschappen doet {he} bij de bakker op de hoek, verder komt {he} de deur bijna niet uit."
        ),
        lambda: f"In {c.ch(MONTHS)} is er al eens een melding geweest bij {c.org('Veilig Thuis')}.",
        lambda: f"Er loopt een aanvraag voor een scootmobiel via het {c.org('Wmo-loket')}.",
        lambda: (
            f"Schulden naar schatting {c.amount()} euro, onder andere bij {c.org(c.ch(['CZ', 'Zilveren Kruis', 'Menzis', 'VGZ']))} en {c.org(c.ch(['Eneco', 'CAK', 'DUO']))}."
        ),
        lambda: (
            f"{cap(he)} neemt elke {c.ch(WEEKDAYS)} lijn {c.ch(['negen', 'twaalf', 'zestien', 'elf'])} naar de markt, dat is {his} vaste uitje."
        ),
        lambda: (
            f"De {c.role('huisarts')} heeft voorgesteld om de {c.role('POH-GGZ')} in te schakelen, maar {he} wil dat nog niet."
        ),
        lambda: (
            f"Volgende week {c.ch(WEEKDAYS[:5])} om {c.ch(['half tien', 'tien over half drie', 'kwart over elf', 'twee uur'])} is er overleg met {c.org(c.ch(['MEE', 'Xtra', 'Stichting MOOI', 'Indigo']))}."
        ),
        lambda: (
            f"{cap(his)} uitkering via {c.org('Sociale Zaken')} is {c.ch(['twee', 'drie', 'vier'])} maanden geleden stopgezet."
        ),
        lambda: (
            f"{cap(he)} gaat op {c.ch(['dinsdag', 'woensdag', 'vrijdag'])} naar de dagbesteding van {c.org(c.ch(['Florence', 'Respect Zorggroep', 'Saffier']))}."
        ),
        lambda: (
            f"Eten haalt {he} sinds {c.ch(['januari', 'de zomer', 'vorig jaar'])} bij de {c.org('Voedselbank')}."
        ),
        lambda: (
            f"Er zijn zorgen over {his} geheugen, ik heb de {c.role('casemanager dementie')} gevraagd mee te kijken."
        ),
        lambda: (
            f"De {c.role('schuldhulpverlener')} wil eerst alle papieren zien, dat is nog een hele klus."
        ),
        lambda: (
            f"Thuis is het erg vol, {c.ch(['overal dozen', 'de gang staat vol', 'kranten tot aan het plafond'])}, het is wel schoon."
        ),
        lambda: f"{cap(he)} zegt zelf: ik red me wel. Maar dat is, eh, niet wat ik zie.",
        lambda: (
            f"Het netwerk is klein, er is één vriendin van de kerk, maar die is zelf ook {c.ch(['ziek', 'al op leeftijd', 'veel weg'])}."
        ),
    ]
    return c.ch(opts)()


# ---------------------------------------------------------------- templates
def t_visit_a(c):
    cl = c.person()
    rel = c.person(origin=cl.origin)
    me = c.person(origin=c.ch(["nl", "nl", "ma", "sr", "tr"]))
    his = c.his(cl)
    s = (
        f"Verslag huisbezoek {c.date()}. Aanwezig: {c.nm(cl, 'title')}, {his} {c.rel(rel, 'kind')} "
        f"{c.nm(rel, 'first')} en ondergetekende, {c.nm(me, 'first')}, {c.role(c.ch(['maatschappelijk werker', 'casusregisseur', 'welzijnscoach']))}. "
        f"{cap(c.he(cl))} woont {c.ch(['op', 'aan de'])} {c.address()}, {c.fl(0.6)}in {c.wijk()}. "
    )
    s += ctx_sentence(c, cl) + " "
    s += (
        f"Samen met {c.nm(rel, 'first')} heb ik de post doorgenomen, er lagen brieven van {c.org(c.ch(['CAK', 'Belastingdienst', 'Eneco', 'CZ']))}. "
        f"{c.ch(['Afgesproken', 'We hebben afgesproken', 'Afspraak'])} dat ik {c.date(style=c.ch(['wd', 'wdord', 'wm', 'ordm']))} terugkom. "
    )
    s += ctx_sentence(c, cl) + " Einde verslag."
    return s


def t_visit_commands(c):
    cl = c.person()
    nb = c.person()
    s = (
        f"verslag huisbezoek dubbele punt {c.nm(cl, 'tfull')} punt nieuwe regel "
        f"datum bezoek {c.date(style=c.ch(['wmy', 'numw', 'wm']))} punt "
        f"{cap(c.he(cl))} woont sinds kort op de {c.address('words')} komma postcode {c.postcode(c.ch(['dig', 'pairs', 'digcaps']))} punt "
        f"de {c.rel(nb, 'nb')} komma {c.nm(nb, c.ch(['title', 'tlow']))} komma heeft ons gebeld omdat de brievenbus vol zit punt nieuwe alinea "
        f"afspraken dubbele punt ik neem contact op met {c.org(c.ch(['Sociaal Raadslieden', 'Schuldhulpverlening', 'Het Juridisch Loket']))} "
        f"en de {c.role(c.ch(['Wmo-adviseur', 'ouderenconsulent', 'ambulant begeleider']))} komt langs punt "
        f"telefoonnummer van {c.nm(cl, c.ch(['first', 'title']))} is {c.phone()} punt einde"
    )
    return s


def t_visit_raw(c):
    cl = c.person()
    kid = c.person(origin=cl.origin)
    s = (
        f"ja dus ik ben net bij {c.nm(cl, 'flow')} geweest, {c.fl(0.8)}op de {c.address(lower=True)}, "
        f"het gaat eigenlijk niet goed, {c.he(cl)} heeft de huur van {c.ch(['maart', 'april', 'de afgelopen twee maanden', 'juni'])} niet betaald, "
        f"{c.org(c.ch(['Haag Wonen', 'Staedion', 'Vestia']), asr=1)} heeft een brief gestuurd met {c.ch(['een', 'het'])} dossiernummer {c.dossier()}, "
        f"{c.his(cl)} {c.rel(kid, 'kind')} {c.nm(kid, 'flow') if c.p(0.4) else P(kid.first.lower())} wil wel helpen maar die woont in {c.ch(['Rotterdam', 'Zoetermeer', 'Delft', 'Leiden'])}, "
        f"even kijken, ik heb het nummer van {c.nm(kid, 'first') if c.p(0.5) else P(kid.first.lower())} genoteerd, {c.phone('m')}, "
        f"{c.fl(0.5)}ik stuur het door naar de {c.role(c.ch(['casusregisseur', 'schuldhulpverlener', 'klantmanager']), asr=1)}, "
        f"volgende afspraak {c.date(style=c.ch(['wd', 'wm', 'wdord']))}"
    )
    return s


def t_intake_servicepunt(c):
    mum = c.person(g="f")
    caller = c.person(origin=mum.origin)
    me = c.person(origin="nl")
    wk = c.ch(WIJKEN)
    ts = c.r.randint(0, 5)

    def t(sec):
        return "[00:%02d:%02d]" % (divmod(sec, 60))

    sec = c.r.randint(1, 4)
    lines = []
    lines.append(
        f"{t(sec)} Medewerker: {c.org('Servicepunt XL')} {c.wijk(wk)}, goedemorgen, u spreekt met {c.nm(me, 'first')}."
    )
    sec += c.r.randint(3, 6)
    lines.append(
        f"{t(sec)} Beller: Ja goedemorgen, {c.fl(0.8)}ik bel voor mijn {c.ch(['moeder', 'schoonmoeder', 'tante'])}, {c.nm(mum, 'title')}."
    )
    sec += c.r.randint(4, 8)
    lines.append(f"{t(sec)} Medewerker: Oké. En mag ik uw naam even?")
    sec += c.r.randint(2, 5)
    lines.append(
        f"{t(sec)} Beller: {c.nm(caller, 'full')}. {c.ch(['Met', 'Dat is met'])} {P(c.spell(caller.last.split()[-1]))}."
    )
    sec += c.r.randint(5, 9)
    lines.append(f"{t(sec)} Medewerker: Dank u. Op welk nummer kan ik u terugbellen?")
    sec += c.r.randint(2, 5)
    lines.append(f"{t(sec)} Beller: {c.phone('m')}.")
    sec += c.r.randint(8, 12)
    lines.append(f"{t(sec)} Medewerker: En het adres van uw {c.ch(['moeder', 'familielid'])}?")
    sec += c.r.randint(2, 4)
    lines.append(f"{t(sec)} Beller: {c.address()}, {c.fl(0.6)}{c.postcode()}.")
    sec += c.r.randint(6, 10)
    lines.append(f"{t(sec)} Medewerker: En haar geboortedatum weet u die?")
    sec += c.r.randint(2, 4)
    lines.append(
        f"{t(sec)} Beller: {c.fl(0.7)}{c.date('birth')}. Ze is gevallen vorige week en nu durft ze niet meer alleen te douchen."
    )
    sec += c.r.randint(8, 15)
    lines.append(
        f"{t(sec)} Medewerker: Ik zet het door naar de {c.role(c.ch(['Wmo-adviseur', 'ouderenconsulent', 'wijkverpleegkundige']))}, die belt u binnen {c.ch(['vijf', 'tien', 'drie'])} werkdagen."
    )
    return "\n".join(lines)


def t_intake_bsn(c):
    cl = c.person()
    me = c.person(origin=c.ch(["nl", "sr", "ma"]))
    a = c.ch(["Spreker 1", "SPREKER 1", "Spreker A"])
    b = a.replace("1", "2").replace("A", "B")
    old = c.phone_digits("m")
    new = c.phone_digits("m")
    corr = c.p(0.5)
    lines = [
        f"{a}: {c.ch(['Oké', 'Goed', 'Prima'])}, dan heb ik nog even uw BSN nodig, {c.nm(cl, c.ch(['title', 'first']))}.",
        f"{b}: Mijn BSN, {c.fl(0.9)}ik heb mijn pasje hier, {c.bsn()}.",
        f"{a}: En uw geboortedatum?",
        f"{b}: {c.date('birth')}.",
        f"{a}: Telefoonnummer?",
    ]
    if corr:
        lines.append(
            f"{b}: {M('phone', c.phone_render(old, c.ch(['dig', 'pairs'])))}, nee wacht, dat is mijn oude. "
            f"Het nieuwe is {M('phone', c.phone_render(new, c.ch(['pairs', 'dig', 'filler'])))}."
        )
    else:
        lines.append(
            f"{b}: {M('phone', c.phone_render(new, c.ch(['pairs', 'dig', 'filler', 'trip'])))}. {c.ch(['Die heb ik altijd bij me.', 'Maar na zes uur neem ik niet op.', ''])}"
        )
    lines.append(
        f"{a}: Dank u. Ik ben {c.nm(me, 'first')}, {c.role(c.ch(['casusregisseur', 'maatschappelijk werker', 'klantmanager']))}, en ik ga u helpen met de aanvraag bij {c.org(c.ch(['Sociale Zaken', 'UWV', 'SVB']))}."
    )
    lines.append(
        f"{b}: Fijn, {c.ch(['want ik weet het echt niet meer', 'mijn zoon doet dat normaal', 'ik snap die brieven niet'])}."
    )
    return "\n".join(lines)


def t_intake_debt(c):
    cl = c.person()
    prt = c.person(origin=cl.origin, g="m" if cl.g == "f" else "f")
    me = c.person()
    s = [
        f"Intakegesprek {c.org('Schuldhulpverlening')}, opgenomen met toestemming. Aanwezig {c.nm(me, 'first')} ({c.role(c.ch(['schuldhulpverlener', 'budgetcoach']), asr=0)}) en {c.nm(cl, 'tfull')}.",
        f"Intaker: U woont samen met {c.ch(['uw partner', 'uw man', 'uw vrouw'])}?",
        f"Cliënt: Ja met {c.nm(prt, 'first')}, {c.nm(prt, 'first')} {P(cap(prt.last))}, we zijn niet getrouwd.",
        f"Intaker: En het rekeningnummer waarop het {c.ch(['loon', 'de uitkering', 'het geld'])} binnenkomt?",
        f"Cliënt: {c.fl(0.8)}{c.iban()}.",
        f"Intaker: Welke schuldeisers heeft u? {c.ch(['Noemt u ze maar op.', 'Zeg het maar.'])}",
        f"Cliënt: {c.org(c.ch(['CZ', 'VGZ', 'Menzis']))}, {c.org('Belastingdienst')}, de {c.ch(['huur', 'energie'])}, en {c.org('DUO')} denk ik. Bij het {c.org('CAK')} staat het op {c.dossier(c.ch(['plain', 'plainsp', 'hash', 'szw']))}.",
        f"Intaker: Totaal?",
        f"Cliënt: {c.ch(['Zeker', 'Ik denk', 'Rond de'])} {c.amount()} euro. {c.ch(['Misschien meer.', 'Ik durf de post niet open te maken.', ''])}",
    ]
    return "\n".join(s)


def t_voicemail_prof(c):
    me = c.person()
    cl = c.person()
    d = c.phone_digits()
    org = c.ch(
        [
            "Parnassia",
            "MEE",
            "Xtra",
            "Stichting MOOI",
            "Florence",
            "Kessler Stichting",
            "Indigo",
            "Leger des Heils",
        ]
    )
    role = c.ch(
        [
            "ambulant begeleider",
            "MEE-consulent",
            "welzijnscoach",
            "wijkverpleegkundige",
            "trajectbegeleider",
            "psychiater",
        ]
    )
    s = (
        f"{c.ch(['Voicemail', 'Ingesproken bericht', 'Voicemailbericht (automatisch omgezet)'])} {c.date(style=c.ch(['num', 'dmnum', 'dmy']))}, {c.ch(['10:42', '14:17', '09:05', '16:58'])}: "
        f"{c.ch(['Ja hallo, goedemiddag', 'Goedemorgen', 'Hoi, ehm, hallo'])}, met {c.nm(me, c.ch(['full', 'full', 'first']))} van {c.org(org)}, ik ben de {c.role(role)} van {c.fl(0.8)}{c.nm(cl, c.ch(['title', 'tfull', 'tlow']))}. "
        f"Ik bel even over het gesprek van {c.date(style=c.ch(['wd', 'wm', 'ordm', 'dm']))}, {c.ch(['daar zijn nog wat dingen uit gekomen', 'ik heb nog een vraag over de indicatie', 'er is iets veranderd in de situatie'])}. "
        f"Wilt u mij terugbellen? Mijn nummer is {M('phone', c.phone_render(d))}, "
        f"{c.ch(['ik herhaal', 'nog een keer', 'dus'])}, {M('phone', c.phone_render(d))}. {c.ch(['Dank je wel, doei.', 'Fijne dag verder.', 'Oké, dag.'])}"
    )
    return s


def t_voicemail_client(c):
    cl = c.person()
    s = (
        f"Hallo, met {c.nm(cl, 'first')}, {c.fl(0.7)}{c.nm(cl, 'full')}, ik eh, ik moest u terugbellen. "
        f"Het gaat over de brief van {c.org(c.ch(['Belastingdienst', 'UWV', 'SVB', 'Sociale Zaken', 'CAK']))}, daar staat een nummer op, "
        f"{c.fl(0.8)}{c.dossier()}. Ik snap niet wat ze willen. "
        f"U kunt mij bellen op {c.phone()}, {c.ch(['maar niet voor elf uur want dan slaap ik', 'het liefst na drie uur', 'ik ben de hele dag thuis', 'of op het nummer van mijn dochter'])}. "
        f"{c.ch(['Dank u wel.', 'Oké. Doei.', 'Alstublieft, het is dringend.'])}"
    )
    return s


def t_voicemail_short(c):
    cl = c.person()
    forms = [
        lambda: f"Met {c.nm(cl, 'first')}. Bel me terug, {c.phone()}. Het is, eh, belangrijk.",
        lambda: (
            f"Ja met {c.nm(cl, 'title')}, ik kan {c.date(style=c.ch(['wd', 'wdord']))} niet komen, mijn {c.ch(['zoon', 'dochter'])} is ziek. Ik bel nog."
        ),
        lambda: (
            f"Goedemiddag met {c.nm(cl, 'full')}, mijn nieuwe nummer is {c.phone('m')}. Oké dank u."
        ),
        lambda: (
            f"Hoi het is {c.nm(cl, 'first')} van de {c.address()}, de verwarming doet het weer niet, {c.org(c.ch(['Haag Wonen', 'Staedion', 'Vestia']))} neemt niet op."
        ),
    ]
    return c.ch(forms)()


def t_email_colleague(c):
    to = c.person(origin=c.ch(["nl", "nl", "ma", "sr", "tr"]))
    me = c.person(origin=c.ch(["nl", "nl", "ma", "sr", "an"]))
    cl = c.person()
    cmd = c.p(0.5)
    comma = " komma" if cmd else ","
    stop = " punt" if cmd else "."
    nl = " nieuwe regel " if cmd else "\n"
    s = (
        f"Beste {c.nm(to, 'first')}{comma}{nl}"
        f"Zoals besproken{comma} hierbij de gegevens van {c.nm(cl, c.ch(['tfull', 'title', 'full']))}{stop} "
        f"{cap(c.he(cl))} is bereikbaar op {c.phone()}{stop} "
        f"E-mailadres is {c.email(cl)}{stop} "
        f"{cap(c.he(cl))} heeft {c.ch(['vandaag', 'gisteren', 'vanochtend'])} de toestemmingsverklaring getekend{stop} "
        f"Kun jij het dossier {c.dossier(c.ch(['yr', 'szw', 'vt', 'wmo', 'zk', 'mld']))} overnemen{c.ch([' vanaf', ' per'])} {c.date(style=c.ch(['wm', 'ordm', 'dm', 'wd']))}{c.ch([' vraagteken', '?']) if cmd else '?'}{nl}"
        f"Met vriendelijke groet{comma}{nl}{c.nm(me, c.ch(['full', 'first']))}{nl}{c.role(c.ch(['casusregisseur', 'maatschappelijk werker', 'Wmo-adviseur', 'welzijnscoach']), asr=0)} SWT {c.wijk()}"
    )
    return s


def t_email_corporation(c):
    cl = c.person()
    me = c.person()
    corp = c.ch(["Haag Wonen", "Staedion", "Vestia"])
    s = (
        f"Onderwerp: betalingsregeling {c.nm(cl, c.ch(['title', 'full']))}\n"
        f"Geachte heer, mevrouw, {c.ch(['', 'nieuwe regel'])}\n"
        f"Namens {c.nm(cl, c.ch(['title', 'tfull']))}, wonend op {c.address()} te Den Haag, postcode {c.postcode()}, "
        f"verzoek ik u de ontruimingsprocedure op te schorten. Uw kenmerk is {c.dossier(c.ch(['yr', 'slash', 'plain', 'zk', 'hash']))}. "
        f"{cap(c.he(cl))} kan per {c.ch(['maand', 'vier weken'])} {c.ch(['vijftig', 'vijfenzeventig', 'honderd', '125'])} euro aflossen, te beginnen op {c.date(style=c.ch(['dmy', 'wmy', 'num', 'wm']))}. "
        f"De {c.role('bewindvoerder')}, {c.nm(c.person(), c.ch(['full', 'initial', 'title']))}, maakt het bedrag over vanaf {c.iban()}.\n"
        f"Met vriendelijke groet, {c.nm(me, 'full')}, {c.role(c.ch(['maatschappelijk werker', 'woonconsulent', 'casusregisseur']), asr=0)}, {c.phone(c.ch(['l', 'm']))}"
    )
    return s


def t_email_huisarts(c):
    cl = c.person()
    gp = c.person(origin=c.ch(["nl", "nl", "sr", "ma", "tr"]))
    me = c.person()
    s = (
        f"aan dokter {P(cap(gp.last)) if c.p(0.6) else P(gp.last.lower())} dubbele punt nieuwe regel "
        f"betreft {c.nm(cl, 'tfull')} komma geboren {c.date('birth')} komma BSN {c.bsn()} punt "
        f"wij maken ons zorgen over {c.him(cl)} punt {cap(c.he(cl))} eet slecht en is {c.ch(['sterk vermagerd', 'erg verward', 'nauwelijks aanspreekbaar'])} punt "
        f"zou u een verwijzing naar {c.org(c.ch(['GGZ', 'Parnassia', 'Brijder']), asr=1)} willen overwegen vraagteken {c.ch(['de', 'onze'])} {c.role(c.ch(['wijkverpleegkundige', 'ambulant begeleider', 'POH-GGZ']), asr=1)} "
        f"{c.nm(c.person(), 'first')} is {c.ch(['maandag', 'donderdag', 'vrijdag'])} weer bij {c.him(cl)} punt nieuwe regel groet {c.nm(me, c.ch(['full', 'first']))}"
    )
    return s


def t_mdo(c):
    names = [c.person(origin=o) for o in c.r.sample(["nl", "nl", "ma", "sr", "tr", "an", "cv"], 3)]
    roles = c.r.sample(
        [
            "wijkverpleegkundige",
            "maatschappelijk werker",
            "Wmo-adviseur",
            "casusregisseur",
            "MEE-consulent",
            "ouderenconsulent",
            "jongerenwerker",
            "ervaringsdeskundige",
        ],
        3,
    )
    cl1 = c.person()
    cl2 = c.person()
    a, b, d = names
    r2 = c.person(origin=cl2.origin)
    lines = [
        f"Opname MDO SWT {c.wijk()}, {c.date(style=c.ch(['wd', 'dmy', 'num']))}. Aanwezig: {c.nm(a, 'first')} ({c.role(roles[0], asr=0)}), {c.nm(b, 'first')} ({c.role(roles[1], asr=0)}), {c.nm(d, 'full')} ({c.role(roles[2], asr=0)}).",
        f"{c.nm(a, 'first')}: Eerste casus, {c.nm(cl1, c.ch(['title', 'full', 'tlow']))}. Daar is {c.ch(['sinds de zomer', 'al een half jaar', 'twee maanden'])} weinig veranderd.",
        f"{c.nm(b, 'first')}: Nee. Ik heb {'haar' if cl1.g == 'f' else 'hem'} {c.ch(['op ', ''])}{c.date(style=c.ch(['wm', 'dm', 'ordm']))} nog gezien, de {c.ch(['koelkast was leeg', 'rekeningen stapelen zich op', 'buren klagen over geluid'])}.",
        f"{c.nm(d, 'first')}: Zal ik de {c.role(c.ch(['POH-GGZ', 'huisarts', 'wijkagent']), asr=0)} bellen? {c.ch(['Die kent', 'Die heeft'])} {c.ch(['het gezin', 'de situatie'])} al {c.ch(['jaren', 'een tijd'])}.",
        f"{c.nm(a, 'first')}: Graag. Dan de tweede, dat is {c.nm(cl2, c.ch(['full', 'title']))} van de {c.address()}. {c.ch(['Nieuw aangemeld via', 'Binnengekomen via', 'Signaal van'])} {c.org(c.ch(['GGD', 'Veilig Thuis', 'Servicepunt XL', 'Haag Wonen']))}, registratie {c.dossier()}.",
        f"{c.nm(b, 'first')}: Die pak ik op. {c.ch(['Ik ken', 'Ik heb eerder gewerkt met'])} {c.his(cl2)} {c.rel(r2)} {c.nm(r2, 'first')}.",
    ]
    return "\n".join(lines)


def t_spelling(c):
    cl = c.person(origin=c.ch(["pl", "bg", "ro", "er", "so", "af", "gh", "cn", "sy", "tr"]))
    lastword = cl.last.replace("-", " ").split()[-1]
    pc = c.pc_parts()
    email = c.email_raw(cl)
    lines = [
        f"Medewerker: Kunt u uw achternaam spellen?",
        f"Beller: Ja, {P(cap(cl.last))}. {P(c.spell(lastword, c.ch(['alpha', 'names', 'caps'])))}.",
        f"Medewerker: {c.ch(['Dank u.', 'Oké.'])} En de voornaam is {c.nm(cl, 'first')}?",
        f"Beller: Ja klopt.",
        f"Medewerker: Uw postcode?",
        f"Beller: {M('postcode', c.pc_render(pc, 'alpha'))}.",
        f"Medewerker: Dus {M('postcode', c.pc_render(pc, 'num'))}. En het huisnummer?",
        f"Beller: {M('address', str(c.r.randint(2, 190)))}, {c.ch(['tweede etage', 'beneden', 'achter het hek'])}.",
        f"Medewerker: En een mailadres?",
        f"Beller: {M('email', c.email_render(email, c.ch(['spoken', 'at'])))}.",
        f"Medewerker: Ik herhaal: {M('email', email)}. U krijgt een bevestiging van het {c.org('Wmo-loket')}.",
    ]
    return "\n".join(lines)


def t_voice_note(c):
    cl = c.person()
    helper = c.person(origin=c.ch(["nl", "ma", "sr"]))
    kid = c.person(origin=cl.origin)
    s = (
        f"Spraakbericht van {c.nm(cl, c.ch(['first', 'full']))} ({c.ch(['WhatsApp', 'whatsapp'])}, omgezet naar tekst): "
        f"{c.ch(['hoi', 'hey', 'hallo'])} {P(helper.first if c.p(0.6) else helper.first.lower())} met mij, {c.fl(0.7)}ik ben vandaag bij {c.org(c.ch(['UWV', 'Sociale Zaken', 'Voedselbank', 'Het Juridisch Loket']))} geweest en ze zeggen ik moet een nieuw formulier, "
        f"ik heb een foto gestuurd van de brief, met nummer {c.dossier(c.ch(['hash', 'plain', 'yr', 'zk']))}, "
        f"en {c.nm(kid, 'first')} {c.ch(['moet', 'gaat'])} {c.date(style=c.ch(['wd', 'wdord', 'wm']))} naar de tandarts dus ik kan niet komen, "
        f"{c.ch(['sorry', 'sorry hè', 'echt sorry'])}, bel me maar, {c.phone('m', c.ch(['pairs', 'dig', 'num2', 'filler']))}, doei"
    )
    return s


def t_handover(c):
    me = c.person()
    col = c.person()
    items = []
    for _ in range(c.r.randint(3, 4)):
        cl = c.person()
        items.append(
            c.ch(
                [
                    lambda: (
                        f"{c.nm(cl, c.ch(['title', 'full', 'tlow']))}, {c.address(c.ch(['num', 'words']))}, {c.ch(['wacht op Wmo-beschikking', 'loopt via schuldhulp', 'huisuitzetting dreigt', 'eenzaamheid, maatje gezocht'])}, bellen op {c.phone()}."
                    ),
                    lambda: (
                        f"{c.nm(cl, c.ch(['full', 'initial']))}, dossier {c.dossier()}, {c.ch(['gesprek', 'afspraak', 'huisbezoek'])} staat op {c.date(style=c.ch(['wm', 'dm', 'dmnum', 'wd']))}."
                    ),
                    lambda: (
                        f"{c.nm(cl, 'title')}, {c.ch(['geboren', 'geb.'])} {c.date('birth')}, {c.ch(['signaal', 'melding'])} van {c.org(c.ch(['GGD', 'Veilig Thuis', 'Haag Wonen', 'GGZ']))}, nog geen contact."
                    ),
                    lambda: (
                        f"{c.nm(cl, 'first')} ({c.age()}), woont bij {c.his(cl)} {c.ch(['moeder', 'oom', 'zus'])} in {c.wijk()}, {c.ch(['vraagt om dagbesteding', 'zoekt werk', 'heeft geen inkomen'])}."
                    ),
                ]
            )()
        )
    s = (
        f"Overdracht aan {c.nm(col, 'first')}, ingesproken door {c.nm(me, c.ch(['first', 'full']))} voor {c.ch(['mijn verlof', 'de vakantie', 'twee weken afwezigheid'])}. "
        f"{c.ch(['Lopende casussen', 'Even de lopende dingen', 'Wat er loopt'])}: "
        + " Dan ".join(items)
        + f" {c.ch(['Succes!', 'Bellen mag altijd.', 'Bedankt alvast.'])}"
    )
    return s


def t_veilig_thuis(c):
    mum = c.person(g="f")
    dad = c.person(origin=mum.origin, g="m")
    k1 = c.person(origin=mum.origin)
    k2 = c.person(origin=mum.origin)
    s = (
        f"Dictaat melding {c.org('Veilig Thuis', asr=0)}, {c.date(style=c.ch(['num', 'dmy']))}. "
        f"Betreft gezin {P(cap(mum.last))}, {c.address()}, {c.wijk()}. Moeder {c.nm(mum, 'first')}, geboren {c.date('birth')}. "
        f"Vader {c.nm(dad, c.ch(['full', 'first']))}, {c.ch(['verblijfplaats onbekend', 'woont sinds kort bij zijn broer', 'heeft een contactverbod'])}. "
        f"Kinderen: {c.nm(k1, 'first')}, {c.date('child', c.ch(['wmy', 'num', 'numw', 'digw']))}, en {c.nm(k2, 'first')}, {c.date('child', c.ch(['wmy', 'num', 'numw', 'nmy']))}. "
        f"De {c.role(c.ch(['wijkagent', 'jeugdconsulent', 'gezinscoach']))} was {c.ch(['erbij', 'telefonisch bereikbaar', 'eerder al betrokken'])}. "
        f"Registratienummer bij {c.org('Veilig Thuis', asr=0)}: {c.dossier(c.ch(['vt', 'vtsp', 'vt']))}. Terugkoppeling via {c.org('CJG')}."
    )
    if c.p(0.7):
        s += " " + ctx_sentence(c, mum)
    return s


def t_dementia(c):
    cl = c.person(origin=c.ch(["nl", "nl", "sr", "an", "ma"]))
    dau = c.person(origin=cl.origin, g="f")
    me = c.person(origin="nl")
    lines = [
        f"[gesprek telefoon, {c.role('casemanager dementie')} {c.nm(me, 'first')} met dochter]",
        f"{P(me.first)}: {c.ch(['Goedemiddag', 'Hallo'])} {c.nm(dau, 'title')}, u belde over uw vader. Of moeder?",
        f"{P(dau.first)}: {'Mijn moeder' if cl.g == 'f' else 'Mijn vader'}. {c.nm(cl, 'first')}. Het gaat echt niet meer, {'ze' if cl.g == 'f' else 'hij'} liep gisteravond in {c.ch(['pyjama', 'haar nachthemd', 'haar badjas']) if cl.g == 'f' else c.ch(['pyjama', 'zijn onderbroek', 'zijn badjas'])} op straat in {c.wijk(c.ch(['Mariahoeve', 'Bezuidenhout', 'Loosduinen', 'Morgenstond']))}.",
        f"{P(me.first)}: Dat is schrikken. {c.ch(['Woont', 'Is'])} {'ze' if cl.g == 'f' else 'hij'} nog steeds op de {c.address()}?",
        f"{P(dau.first)}: Ja. Ik woon in {c.ch(['Almere', 'Gouda', 'Breda'])}, ik kan er niet elke dag zijn. De buurvrouw, {c.nm(c.person(origin='nl', g='f'), c.ch(['title', 'first']))}, kijkt een beetje.",
        f"{P(me.first)}: Ik wil graag een keer met u samen langs. Kan {c.date(style=c.ch(['wd', 'wdord']))}?",
        f"{P(dau.first)}: Dat kan. Mijn nummer heeft u? {c.phone('m')}. Of mail, {c.email(dau)}.",
        f"{P(me.first)}: Genoteerd. Ik vraag ook de {c.role(c.ch(['huisarts', 'ouderenconsulent', 'wijkverpleegkundige']), asr=0)} erbij.",
    ]
    return "\n".join(lines)


def t_wmo_call(c):
    cl = c.person()
    fam = c.person(origin=cl.origin)
    me = c.person()
    s = (
        f"Beller: {c.ch(['Ja', 'Hallo'])}, {c.nm(cl, c.ch(['title', 'tfull']))} hier. Ik heb een brief gehad over een keukentafelgesprek.\n"
        f"{c.role('Wmo-adviseur', asr=0)}: Klopt, ik ben {c.nm(me, 'first')}. Dat gesprek staat op {c.date(style=c.ch(['wd', 'wdord', 'dm', 'wm']))}, om {c.ch(['tien uur', 'half twee', 'elf uur'])}.\n"
        f"Beller: Dat is goed. Maar het adres klopt niet, ik woon niet meer op de {c.address()}, ik ben verhuisd naar de {c.address(c.ch(['words', 'nummer', 'filler']))}.\n"
        f"{c.role('Wmo-adviseur', asr=0)}: Oh, en de postcode daar?\n"
        f"Beller: {c.postcode(c.ch(['dig', 'pairs', 'digcaps', 'alpha']))}.\n"
        f"{c.role('Wmo-adviseur', asr=0)}: Ik pas het aan. Uw aanvraag staat onder {c.dossier(c.ch(['wmo', 'yr', 'zk', 'mld']))}. Wie is er bij het gesprek?\n"
        f"Beller: Mijn {c.ch(['kleindochter', 'schoondochter', 'nicht']) if fam.g == 'f' else c.ch(['kleinzoon', 'schoonzoon', 'neef'])} {c.nm(fam, 'first')}, die praat beter Nederlands."
    )
    return s


def t_neighbour(c):
    caller = c.person(origin="nl")
    nb = c.person()
    street = c.ch(STREETS)
    n = c.r.randint(3, 140)
    s = (
        f"Melding telefonisch, {c.date(style=c.ch(['num', 'dmy', 'dm']))}. Beller is {c.nm(caller, c.ch(['tfull', 'full']))}, woont op {M('address', street + ' ' + str(n))}. "
        f"{cap(c.he(caller))} maakt zich zorgen over {c.ch(['de', 'haar', 'zijn'])} buur{c.ch(['man', 'vrouw'])}, {c.ch(['ze zegt', 'hij zegt'])} ‘{P(nb.last.lower()) if c.p(0.5) else P(cap(nb.last))} van {c.ch(['twee hoog', 'hiernaast', 'de overkant'])}’, "
        f"adres dus {M('address', street + ' ' + str(n + c.ch([1, 2, -1])) + c.ch(['', '-II', 'a', 'A']))}. "
        f"Al {c.ch(['een week', 'dagen', 'tien dagen'])} de gordijnen dicht, de post blijft liggen, {c.ch(['er komt een vieze lucht uit de brievenbus', 'de kat zit te miauwen', 'de televisie staat dag en nacht aan'])}. "
        f"Ik heb de {c.role('wijkagent', asr=0)} gevraagd mee te gaan. Beller is bereikbaar op {c.phone(c.ch(['l', 'm']))}. "
        f"Hoopt dat er snel iemand gaat. {cap(c.he(caller))} {c.ch(['gaat zelf niet aanbellen.', 'wil niet dat de buur weet wie er gebeld heeft.'])}"
    )
    return s


def t_interpreter(c):
    cl = c.person(origin=c.ch(["er", "sy", "af", "so"]))
    tolk = c.person(origin=cl.origin)
    host = c.person(origin=cl.origin)
    me = c.person()
    lines = [
        f"Gesprek met tolk via de telefoon. Aanwezig: {c.nm(cl, 'full')}, {c.role('tolk')} ({c.nm(tolk, 'first')}), {c.nm(me, 'first')} van {c.org(c.ch(['VluchtelingenWerk', 'Servicepunt XL', 'Sociaal Raadslieden']))}.",
        f"Medewerker: Vraagt u naar de geboortedatum?",
        f"Tolk: {c.ch([cap(c.he(cl)), 'De cliënt'])} zegt {c.date('birth', c.ch(['wmy', 'numw', 'digw', 'ordmy']))}. En het V-nummer is {c.dossier(c.ch(['plain', 'plainsp']))}.",
        f"Medewerker: En hoe schrijf je de achternaam?",
        f"Tolk: {P(c.spell(cl.last.replace('-', ' ').split()[-1], c.ch(['caps', 'dash', 'names'])))}.",
        f"Medewerker: Waar {c.ch(['woont', 'verblijft'])} {c.he(cl)} nu?",
        f"Tolk: Bij een {c.ch(['nicht', 'vriendin']) if host.g == 'f' else c.ch(['neef', 'vriend'])}, {c.nm(host, 'full')}, op de {c.address()}. Maar daar mag {c.he(cl)} niet ingeschreven staan.",
        f"Medewerker: Oké, dan kijken we naar een briefadres. Telefoonnummer?",
        f"Tolk: {c.phone('m', c.ch(['dig', 'pairs', 'num2']))}, dat is {c.ch(['van', 'ook van'])} {'haar' if host.g == 'f' else 'hem'}.",
    ]
    return "\n".join(lines)


def t_uwv(c):
    cl = c.person()
    me = c.person()
    s = (
        f"Telefoongesprek met {c.org(c.ch(['UWV', 'SVB']), asr=0.6)} samen met {c.nm(cl, 'title')} op de speaker. "
        f"Medewerkster vroeg om BSN, {c.he(cl)} zei: {c.bsn(c.ch(['g333', 'dig', 'g432', 'g333f']))}. "
        f"Klantnummer {c.dossier(c.ch(['plain', 'plainsp', 'zk']))}. "
        f"Toen bleek dat de {c.ch(['WW', 'AOW', 'WIA-uitkering', 'kinderbijslag'])} wordt overgemaakt naar een oud rekeningnummer, {c.iban(c.ch(['spoken', 'sp', 'spoken2', 'letters']))}, "
        f"dat is een rekening van {c.his(cl)} ex, {c.nm(c.person(origin=cl.origin, g='m' if cl.g == 'f' else 'f'), 'first')}. "
        f"Nieuw rekeningnummer doorgegeven: {c.iban(c.ch(['sp', 'nosp', 'half']))}. "
        f"Wijziging gaat in per {c.date(style=c.ch(['dm', 'wm', 'ordm', 'dmy']))}. ({c.nm(me, c.ch(['first', 'initial']))})"
    )
    return s


def t_letter(c):
    cl = c.person()
    me = c.person()
    s = (
        f"Geachte {c.ch(['heer', 'mevrouw'])} {P(cap(cl.last))}{c.ch([',', ' komma'])}\n"
        f"Op {c.date(style=c.ch(['dmy', 'wmy', 'num']))} hebben wij u bezocht op uw adres, {c.address()}. "
        f"In dat gesprek heeft u toestemming gegeven om uw gegevens te delen met {c.org(c.ch(['GGZ', 'MEE', 'Florence', 'Leger des Heils']))} en de {c.role(c.ch(['huisarts', 'wijkverpleegkundige', 'bewindvoerder']), asr=0)}. "
        f"Uw dossiernummer bij ons is {c.dossier()}. Heeft u vragen, belt u dan met mij op {c.phone(c.ch(['m', 'l']))} of mail naar {c.email(me, prof=True, style=c.ch(['plain', 'spoken']))}.\n"
        f"Met vriendelijke groet,\n{c.nm(me, c.ch(['full', 'initial']))}\n{c.role(c.ch(['casusregisseur', 'maatschappelijk werker', 'Wmo-adviseur']), asr=0)}, sociaal wijkzorgteam {c.wijk()}"
    )
    return s


def t_case_lesson(c):
    cl = c.person()
    me = c.person()
    s = (
        f"{c.ch(['Ingesproken', 'Gedicteerd'])} voor de pilot, thema {c.ch(['bemoeizorg', 'ouderen', 'huiselijk geweld', 'jeugd'])}. "
        f"Dit is {c.nm(me, 'first')} van SWT {c.wijk()}. {c.ch(['Ik wil een casus delen', 'Een voorbeeld uit de praktijk', 'Even een les die ik geleerd heb'])}. "
        f"Het gaat om {c.nm(cl, c.ch(['title', 'full']))}, {c.age()} jaar, die {c.ch(['al jaren zorg mijdt', 'niemand binnenliet', 'steeds afspraken afzegde'])}. "
        f"Wat hielp was dat de {c.role(c.ch(['ervaringsdeskundige', 'jongerenwerker', 'wijkagent', 'welzijnscoach']))} gewoon {c.ch(['elke week', 'iedere dinsdag', 'steeds'])} aanbelde. "
        f"Op {c.date(style=c.ch(['dm', 'wm', 'dmy', 'ordm']))} mocht ik voor het eerst binnen. "
        f"{cap(c.he(cl))} heeft nu {c.ch(['een bewindvoerder', 'dagbesteding', 'een maatje'])} en de {c.org(c.ch(['Humanitas', 'Stichting MOOI', 'Xtra']))} {c.ch(['komt', 'belt'])} wekelijks. "
        f"{c.ch(['Oh wacht', 'Eh, nee', 'Sorry'])}, de naam moet er natuurlijk nog uit, {c.ch(['dat doe ik straks', 'dat haal ik nog weg'])}."
    )
    return s


def t_huisarts_vm(c):
    ass = c.person(origin=c.ch(["nl", "ma", "tr", "sr"]), g="f")
    gp = c.person()
    cl = c.person()
    s = (
        f"Voicemail: Goedemorgen, u spreekt met {c.nm(ass, 'first')}, {c.role('praktijkassistente', asr=0)} van huisartsenpraktijk {P(cap(gp.last))}"
        f"{c.ch([' aan de ' + c.ch(STREETS), '', ' in ' + c.ch(WIJKEN)])}. "
        f"Ik bel namens dokter {P(cap(gp.last)) if c.p(0.5) else c.nm(gp, 'initial')} over {c.ch(['uw cliënt', 'een patiënt van ons'])}, {c.nm(cl, c.ch(['tfull', 'title']))}, geboortedatum {c.date('birth', c.ch(['num', 'digw', 'numw', 'wmy']))}. "
        f"{c.ch(['De dokter wil graag overleggen', 'Er is een verwijzing klaar', 'We hebben uw brief ontvangen'])}. "
        f"U kunt terugbellen {c.ch(['op de artsenlijn', 'tussen één en twee'])}, {c.phone('l')}. {c.ch(['Dank u wel.', 'Fijne dag.'])}"
    )
    return s


def t_eviction(c):
    cl = c.person()
    me = c.person()
    woon = c.person(origin="nl")
    s = (
        f"Dictaat {c.date(style=c.ch(['num', 'dmy', 'wd']))}. Overleg met {c.nm(woon, c.ch(['full', 'initial']))}, {c.role('woonconsulent', asr=0)} bij {c.org(c.ch(['Haag Wonen', 'Staedion', 'Vestia']))}, "
        f"over {c.nm(cl, c.ch(['title', 'tfull', 'tlow']))}, huurder van {c.address()}. "
        f"Achterstand {c.amount()} euro, {c.ch(['vonnis is al uitgesproken', 'de deurwaarder is al geweest', 'er ligt een dagvaarding'])}. "
        f"Ontruiming gepland op {c.date(style=c.ch(['wm', 'dmy', 'wd', 'ordm']))}. "
        f"Afspraak: als er vóór {c.date(style=c.ch(['dm', 'wm', 'dmnum']))} een betalingsregeling ligt wordt het opgeschort. "
        f"Huurcontractnummer {c.dossier(c.ch(['plain', 'zk', 'hash', 'yr']))}. Betalen op {c.iban(c.ch(['sp', 'nosp', 'spoken']))} o.v.v. dat nummer. "
        f"{c.ch(['Eh', 'Ehm', 'Oké'])}, {c.nm(me, 'first')} belt {c.nm(cl, 'first')} vandaag nog."
    )
    if c.p(0.7):
        s += " " + ctx_sentence(c, cl)
    return s


def t_youth(c):
    mum = c.person(g="f")
    k1 = c.person(origin=mum.origin)
    k2 = c.person(origin=mum.origin)
    me = c.person()
    s = (
        f"Verslag gezamenlijk huisbezoek met {c.org('CJG')}, {c.date(style=c.ch(['wd', 'dmy', 'num']))}. "
        f"{c.nm(mum, 'title')} woont met {c.ch(['twee', 'haar twee'])} kinderen op {c.address()} in {c.wijk()}. "
        f"{c.nm(k1, 'first')}, geboren {c.date('child')}, zit op {c.ch(['de Haagse Beek', 'het Hofstad Lyceum', 'de Paus Adriaan', 'het Zuid-West College'])} en spijbelt veel. "
        f"{c.nm(k2, 'first')} is {c.ch(['acht', 'tien', 'zes', 'twaalf'])} en {c.ch(['heeft astma', 'zit op voetbal', 'slaapt slecht'])}. "
        f"{c.ch(['Het kindgebonden budget', 'De kinderbijslag', 'De zorgtoeslag'])} is gestopt en {P(k1.first)}{poss(k1.first)} {c.ch(['mentor', 'juf', 'trainer'])} belt steeds, "
        f"{c.ch(['we bellen samen', 'ik heb gebeld met'])} {c.org('Belastingdienst')}. "
        f"De {c.role(c.ch(['gezinscoach', 'jeugdconsulent']))} {c.nm(c.person(), 'first')} is bereikbaar op {c.phone(c.ch(['m', 'l']))}. ({c.nm(me, 'initial')})"
    )
    return s


def t_form_readout(c):
    cl = c.person()
    s = (
        f"aanmelding {c.ch(['SWT', 'sociaal wijkzorgteam'])} {c.wijk(lower=c.p(0.4))}, ik lees het formulier even in. "
        f"naam {c.nm(cl, c.ch(['full', 'flow']))}. geboortedatum {c.date('birth', c.ch(['digw', 'numw', 'num', 'wmy']))}. "
        f"BSN {c.bsn()}. adres {c.address(c.ch(['words', 'num']))}, postcode {c.postcode()}. "
        f"telefoon {c.phone()}. mail {c.email(cl, style=c.ch(['spoken', 'at', 'plain']))}. "
        f"huisarts {c.ch(['dokter', 'dr.'])} {P(cap(c.person().last))}. "
        f"hulpvraag, {c.fl(0.8)}{c.ch(['financiën en eenzaamheid', 'woonsituatie, schulden', 'zorg voor partner, overbelast', 'geen dagbesteding'])}. "
        f"aangemeld door {c.ch(['de', 'een'])} {c.role(c.ch(['huisarts', 'wijkagent', 'woonconsulent', 'POH-GGZ']), asr=0.5)}. einde formulier"
    )
    return s


def t_police(c):
    cl = c.person(g="f")
    ex = c.person(origin=cl.origin, g="m" if cl.g == "f" else "f")
    agent = c.person(origin="nl")
    s = (
        f"Verslag {c.ch(['gezamenlijk bezoek', 'huisbezoek samen'])} met {c.role('wijkagent', asr=0)} {c.nm(agent, c.ch(['full', 'first', 'initial']))}. "
        f"{c.date(style=c.ch(['wd', 'num', 'dmy']))}, {c.address()}. {c.nm(cl, 'title')} {c.ch(['had een blauw oog', 'was erg angstig', 'wilde niet praten waar haar ex bij was'])}. "
        f"{cap(c.he(cl))} zegt dat {c.his(cl)} ex, {c.nm(ex, c.ch(['full', 'first']))}, {c.ch(['nog steeds een sleutel heeft', 'elke avond aan de deur staat', 'dreigt via berichten'])}. "
        f"Er is een melding gedaan, {c.ch(['pv', 'proces-verbaal'])} {c.dossier(c.ch(['plain', 'zk', 'yr']))}. "
        f"{c.org('Veilig Thuis', asr=0.2)} is ingeschakeld. {cap(c.he(cl))} kan tijdelijk terecht bij {c.ch(['haar zus', 'een vriendin', 'haar moeder'])} {c.nm(c.person(origin=cl.origin, g='f'), 'first')} in {c.wijk()}. "
        f"Noodnummer {c.he(cl)}: {c.phone('m')}."
    )
    if c.p(0.7):
        s += " " + ctx_sentence(c, cl)
    return s


def t_lonely(c):
    cl = c.person(origin=c.ch(["nl", "nl", "sr", "an", "pl"]))
    vol = c.person()
    me = c.person()
    s = (
        f"Notitie {c.role(c.ch(['ouderenconsulent', 'welzijnscoach', 'ouderenadviseur']))} {c.nm(me, 'first')}. "
        f"{c.nm(cl, c.ch(['title', 'tfull']))} ({c.ch(['zevenentachtig', 'eenennegentig', 'achtenzeventig', 'tweeëntachtig'])}) uit {c.wijk(c.ch(['Bezuidenhout', 'Mariahoeve', 'Duindorp', 'Scheveningen', 'Waldeck']))} "
        f"zit {c.ch(['de hele dag', 'sinds het overlijden van haar man' if cl.g == 'f' else 'sinds zijn vrouw is overleden', 'al maanden'])} alleen. "
        f"Via {c.org(c.ch(['Humanitas', 'Stichting MOOI', 'Xtra']))} een maatje gevonden: {c.nm(vol, c.ch(['full', 'first']))}, {c.ch(['student', 'gepensioneerd', 'ook uit de buurt'])}. "
        f"Eerste kennismaking {c.date(style=c.ch(['wd', 'wdord', 'wm']))}. {c.ch(['Ze houdt van rozen en van bingo', 'Ze was vroeger koster in de kerk, zegt ze', 'Ze wil graag naar de markt']) if cl.g == 'f' else c.ch(['Hij wil graag weer vissen', 'Hij was vroeger koster in de kerk, zegt hij', 'Hij was bakker, veertig jaar lang'])}. "
        f"Contact {P(vol.first)}: {c.phone('m')}, {c.email(vol, style=c.ch(['plain', 'spaced', 'half']))}."
    )
    return s


def t_correction_call(c):
    cl = c.person()
    pc = c.pc_parts()
    wrong = (str(int(pc[0]) + c.ch([1, -1, 10])), pc[1])
    d = c.date_val("birth")
    dwrong = d.replace(day=d.day + 1 if d.day < 28 else d.day - 1)
    ph = c.phone_digits("m")
    rest = ph[2:]
    pairs = [rest[i : i + 2] for i in range(0, 8, 2)]
    wrongpair = "%02d" % ((int(pairs[1]) + 1) % 100)
    phone_mid = (
        "nul zes, "
        + c.pair_words(pairs[0])
        + ", "
        + c.pair_words(wrongpair)
        + ", "
        + c.ch(["nee", "eh nee", "sorry"])
        + ", "
        + c.pair_words(pairs[1])
        + ", "
        + c.pair_words(pairs[2])
        + ", "
        + c.pair_words(pairs[3])
    )
    lines = [
        f"Intaker: Geboortedatum?",
        f"Cliënt: {M('date', c.date_render(dwrong, 'birth', 'wmy'))}, {c.ch(['nee sorry', 'nee wacht', 'oh nee'])}, {M('date', c.date_render(d, 'birth', 'wmy'))}. {c.ch(['Ik ben altijd in de war daarmee.', 'Van mijn broer is het de andere.', ''])}",
        f"Intaker: En de postcode?",
        f"Cliënt: {M('postcode', c.pc_render(wrong, c.ch(['dig', 'num'])))}, {c.ch(['eh nee', 'nee'])}, {M('postcode', c.pc_render(pc, c.ch(['dig', 'pairs', 'num'])))}.",
        f"Intaker: Telefoon?",
        f"Cliënt: {M('phone', phone_mid)}.",
        f"Intaker: Ik lees het even terug: {M('phone', ph[:2] + '-' + rest)}.",
        f"Cliënt: Ja. En mijn naam is {c.nm(cl, c.ch(['full', 'tfull']))}, maar zeg maar gewoon {P(cl.first)}.",
    ]
    return "\n".join(lines)


def t_bewind_vm(c):
    bw = c.person(origin="nl")
    cl = c.person()
    s = (
        f"Voicemail {c.ch(['ingesproken', 'binnengekomen'])} {c.ch(['op', ''])} {c.date(style=c.ch(['num', 'dmnum']))}: "
        f"Goedemiddag, met {c.nm(bw, 'full')}, {c.role('bewindvoerder', asr=0)} van {c.nm(cl, c.ch(['title', 'tlow']))}. "
        f"{c.ch(['Ik heb net', 'Ik wil even laten weten dat ik'])} het leefgeld overgemaakt naar {c.iban(c.ch(['spoken', 'spoken2', 'letters', 'half']))}. "
        f"Dat is {c.ch(['de nieuwe basisrekening', 'de rekening van de beschermingsbewind', 'haar leefgeldrekening']) if cl.g == 'f' else c.ch(['de nieuwe basisrekening', 'zijn leefgeldrekening'])}. "
        f"{c.ch(['Mocht', 'Als'])} het niet binnenkomen, bel mij op {c.phone(c.ch(['l', 'o', 'm']))}, {c.ch(['ik ben er maandag tot en met donderdag', 'niet op vrijdag', 'bij voorkeur in de ochtend'])}. Ons kenmerk is {c.dossier(c.ch(['zk', 'plain', 'slash', 'hash']))}."
    )
    return s


def t_timestamps(c):
    cl = c.person()
    me = c.person()
    lines = [
        f"00:00:00 Spreker 1: ...ja, hoort u mij?",
        f"00:00:03 Spreker 2: Ja, nu wel.",
        f"00:00:05 Spreker 1: Fijn. U spreekt met {c.nm(me, 'first')} van het {c.org(c.ch(['Wmo-loket', 'Servicepunt XL', 'CJG']))}. Met wie spreek ik?",
        f"00:00:09 Spreker 2: {c.nm(cl, 'full')}. [onverstaanbaar] {c.ch(['over de', 'voor de'])} {c.ch(['huishoudelijke hulp', 'traplift', 'rolstoel', 'taxipas'])}.",
        f"00:00:16 Spreker 1: Ah ja. Ik zie het, {c.dossier(c.ch(['wmo', 'mld', 'yr', 'yrsp']))}. Dat is ingediend op {c.date(style=c.ch(['dm', 'wm', 'ordm', 'num']))}, klopt dat?",
        f"00:00:24 Spreker 2: {c.ch(['Zou kunnen.', 'Ja.', 'Dat weet ik niet meer.'])} Mijn {c.ch(['zoon', 'dochter', 'buurvrouw'])} heeft het gedaan. [pauze]",
        f"00:00:31 Spreker 1: En u woont nog op {c.address(c.ch(['words', 'num']))}?",
        f"00:00:35 Spreker 2: Ja, {c.ch(['drieënveertig jaar al', 'sinds de jaren tachtig', 'sinds mijn man overleed'])}.",
        f"00:00:40 Spreker 1: Dan komt er {c.date(style=c.ch(['wd', 'wdord']))} iemand kijken. {c.ch(['Tot dan.', 'Goed?'])}",
    ]
    return "\n".join(lines)


def t_short_note(c):
    cl = c.person()
    forms = [
        lambda: (
            f"notitie. {c.nm(cl, 'tlow')} niet thuis. briefje in de bus, {c.address(lower=True)}. morgen opnieuw bellen {c.phone()}."
        ),
        lambda: (
            f"snel ingesproken: {c.nm(cl, 'first')} belt terug over de afspraak van {c.date(style=c.ch(['dm', 'wm', 'wd']))}, nummer {c.phone('m')}."
        ),
        lambda: (
            f"memo, {c.nm(cl, c.ch(['full', 'title']))}, nieuwe bsn doorgekregen {c.bsn()}, oude was verkeerd ingevoerd."
        ),
        lambda: (
            f"herinnering: toestemmingsverklaring {c.nm(cl, 'title')} verloopt {c.date(style=c.ch(['dmy', 'num', 'wmy']))}, opnieuw laten tekenen bij {c.org('Servicepunt XL')}."
        ),
        lambda: (
            f"{c.nm(cl, 'first')} ({c.age()} jaar) staat op de stoep bij {c.org('Servicepunt XL')} {c.wijk()}, geen geld, geen eten. gebeld met {c.org('Voedselbank')}, dossier {c.dossier()}."
        ),
    ]
    return c.ch(forms)()


def t_email_confirm(c):
    cl = c.person()
    e = c.email_raw(cl)
    loc = e.split("@")[0]
    lines = [
        f"Medewerker: Wat is uw e-mailadres?",
        f"Cliënt: {M('email', c.email_render(e, c.ch(['spoken', 'at'])))}.",
        f"Medewerker: Dus {M('email', e)}?",
        f"Cliënt: {c.ch(['Ja.', 'Ja, maar met een hoofdletter maakt niet uit toch?', 'Ja klopt.'])}",
        f"Medewerker: En waar woont u?",
        f"Cliënt: {c.ch(['In', 'Hier in'])} {c.wijk()}, {c.address()}. {c.ch(['Boven de snackbar.', 'Naast de moskee.', 'Tegenover het speeltuintje.', ''])}",
        f"Medewerker: Ik stuur u dan de uitnodiging, met een link. Uw kenmerk staat erin, {c.dossier()}.",
        f"Cliënt: {c.ch(['Dank u wel.', 'Goed, en mijn zus', 'Oké, en moet'])} {c.nm(c.person(origin=cl.origin, g='f'), 'first') if c.p(0.5) else 'mijn zus'}{c.ch([' mag die mee?', ' kan die ook mee?'])}",
    ]
    return "\n".join(lines)


def t_toeslagen(c):
    cl = c.person()
    kid = c.person(origin=cl.origin)
    me = c.person()
    s = (
        f"{c.ch(['Gebeld', 'Telefonisch contact'])} met {c.org('Belastingdienst', asr=0.8)} samen met {c.nm(cl, c.ch(['first', 'title']))}. "
        f"BSN doorgegeven ({c.bsn(c.ch(['num', 'numsp', 'numdot']))}). "
        f"De huurtoeslag is per {c.date(style=c.ch(['dmy', 'wm', 'dm']))} stopgezet omdat {c.his(cl)} {c.rel(kid, 'kind')} {c.nm(kid, 'first')} nog op het adres {c.address()} staat ingeschreven, terwijl {c.ch(['die', c.he(kid)])} al sinds {c.ch(['2022', 'vorig jaar', 'tweeduizend tweeëntwintig'])} elders woont. "
        f"Toeslagen wil een bewijs van uitschrijving. Het terugbetaalverzoek staat op {c.amount()} euro, betalingskenmerk {c.dossier(c.ch(['plain', 'hash']))}. "
        f"Uitbetaling straks naar {c.iban()}. ({P(me.first)}, {c.role(c.ch(['sociaal raadsman', 'maatschappelijk werker']), asr=0)})"
    )
    return s


def t_nurse(c):
    cl = c.person()
    me = c.person(origin=c.ch(["nl", "sr", "an", "ma"]))
    mz = c.person(origin=cl.origin)
    s = (
        f"Gedicteerd door {c.nm(me, 'first')}, {c.role('wijkverpleegkundige', asr=0)}, {c.date(style=c.ch(['num', 'wd', 'dmy']))}. "
        f"Bij {c.nm(cl, c.ch(['tfull', 'title', 'tlow']))}, {c.address()}. "
        f"Medicatie {c.ch(['metformine', 'oxazepam', 'lisinopril', 'haloperidol'])} {c.ch(['vijfhonderd', 'tien', 'vijf'])} milligram, {c.ch(['twee', 'drie'])} keer per dag, Baxterrol klopt niet, {c.ch(['de dinsdag', 'de woensdag', 'de vrijdag'])} zat er nog in. "
        f"Wond aan {c.ch(['het linker onderbeen', 'de voet', 'de arm'])} ziet er {c.ch(['beter', 'rood', 'niet goed'])} uit. "
        f"Mantelzorger is {c.his(cl)} {c.rel(mz, 'fam')} {c.nm(mz, c.ch(['first', 'full']))}, {c.ch(['die komt alleen in het weekend', 'overbelast', 'werkt fulltime'])}. "
        f"Volgende controle {c.date(style=c.ch(['wd', 'wdord', 'wm']))}. Apotheek gebeld, {c.phone('l')}."
    )
    return s


def t_mailbox(c):
    cl = c.person()
    s = (
        f"Teammailbox, bericht {c.ch(['1', '2', '3', '4'])} van {c.ch(['3', '5', '6'])}, {c.ch(['gisteren', 'vandaag', 'maandag'])} om {c.ch(['12.04', '08.51', '17.30', '13.22'])} uur: "
        f"{c.ch(['Ja, goedendag', 'Hallo', 'Hoi team'])}, {c.fl(0.7)}met {c.nm(cl, c.ch(['title', 'full']))}, mijn zaaknummer is {c.dossier(c.ch(['hashsp', 'hash', 'yrsp', 'yrw', 'szwsp', 'plainsp']))}. "
        f"Ik wacht nog steeds op {c.ch(['de beschikking', 'de traplift', 'bericht van de schuldhulp', 'een afspraak'])}. "
        f"Ik heb al gebeld op {c.date(style=c.ch(['wm', 'ordm', 'dm']))} en op {c.date(style=c.ch(['wm', 'ordm', 'wd']))}. "
        f"Mijn nummer is {c.phone()}. {c.ch(['Nu echt graag terugbellen.', 'Dank u.', 'Wie heeft mijn dossier nu eigenlijk?'])}"
    )
    return s


def t_homeless(c):
    cl = c.person(g="m")
    sis = c.person(origin=cl.origin, g="f")
    me = c.person()
    s = (
        f"Intake {c.nm(cl, 'full')}, {c.ch(['dak- en thuisloos', 'slaapt op de bank bij vrienden', 'sinds twee maanden zonder woning'])}. "
        f"Geboren {c.date('birth')}. Postadres {c.ch(['aangevraagd', 'loopt via'])} {c.org(c.ch(['Leger des Heils', 'Kessler Stichting', 'Sociaal Raadslieden']))}. "
        f"Laatste vaste adres was {c.address()}, {c.postcode()}. "
        f"{cap(c.ch(['hij', 'meneer']))} heeft een zus, {c.nm(sis, 'full')}, die {c.ch(['af en toe helpt', 'zijn papieren bewaart', 'hem soms laat douchen'])}, "
        f"bereikbaar op {c.phone()}. "
        f"Contact met {c.org(c.ch(['Brijder', 'Parnassia', 'GGZ']))} gehad, {c.ch(['afgebroken', 'nooit echt op gang gekomen'])}. Plan: {c.role(c.ch(['trajectbegeleider', 'casusregisseur']))} {c.nm(me, 'first')} gaat mee naar de {c.org(c.ch(['GGD', 'Kessler Stichting']))}."
    )
    if c.p(0.7):
        s += " " + ctx_sentence(c, cl)
    return s


def t_mutation(c):
    cl = c.person()
    s = (
        f"Wijziging gegevens {c.nm(cl, c.ch(['full', 'title', 'flow']))}, ingesproken. "
        f"Oud adres {c.address()}, nieuw adres {c.address(c.ch(['words', 'nummer']))}, "
        f"postcode {c.postcode()}. "
        f"Nieuw telefoonnummer {c.phone()}, het oude, {c.phone()}, werkt niet meer. "
        f"{c.ch(['E-mail blijft hetzelfde.', 'Mail ook gewijzigd, ' + c.email(cl) + '.'])} "
        f"Ingangsdatum {c.date(style=c.ch(['dmy', 'num', 'wmy']))}. Doorgeven aan {c.org(c.ch(['Sociale Zaken', 'CAK', 'SVB', 'Haag Wonen']))}."
    )
    return s


def t_gp_referral_call(c):
    cl = c.person()
    gp = c.person()
    me = c.person()
    lines = [
        f"{c.role('huisarts', asr=0)} ({c.nm(gp, 'initial')}): Ik heb {c.nm(cl, 'title')} vanochtend gezien, ik maak me zorgen.",
        f"{c.role('casusregisseur', asr=0)} ({P(me.first)}): Is dat de {'mevrouw' if cl.g == 'f' else 'meneer'} van de {c.address()}?",
        f"{c.role('huisarts', asr=0)}: Ja. {c.ch(['Geboren', 'Geboortedatum'])} {c.date('birth')}. {'Ze' if cl.g == 'f' else 'Hij'} heeft toestemming gegeven, dat heb ik genoteerd.",
        f"{c.role('casusregisseur', asr=0)}: Fijn. Wat is de vraag?",
        f"{c.role('huisarts', asr=0)}: {c.ch(['Er is geen eten in huis', 'Er zijn betalingsachterstanden', 'Er is waarschijnlijk sprake van misbruik door een neef'])}. En de {c.org('GGZ')} zegt wachttijd {c.ch(['zestien', 'twaalf', 'twintig'])} weken.",
        f"{c.role('casusregisseur', asr=0)}: Ik ga er {c.date(style=c.ch(['wd', 'wdord']))} heen met de {c.role(c.ch(['wijkverpleegkundige', 'MEE-consulent', 'maatschappelijk werker']), asr=0)}.",
    ]
    return "\n".join(lines)


def t_pilot_dictation(c):
    p1 = c.person()
    p2 = c.person()
    s = (
        f"{c.ch(['Oké', 'Eh'])}, notitie voor de brainstorm {c.ch(['ouderen', 'bemoeizorg', 'jeugd'])}. "
        f"{c.ch(['In', 'Bij ons in'])} {c.wijk()} zien we {c.ch(['steeds vaker', 'veel'])} mensen die tussen de {c.org('Wmo-loket')} en de {c.org('GGZ')} vallen. "
        f"Voorbeeld: {c.nm(p1, c.ch(['title', 'tlow']))}, {c.ch(['ik noem geen adres', 'woont in een portiekflat'])}, "
        f"kreeg pas hulp toen de {c.role(c.ch(['wijkagent', 'woonconsulent', 'huisarts']), asr=0)} {c.ch(['belde', 'aan de bel trok'])}. "
        f"En bij {P(p2.first)} {c.ch(['was het', 'ging het'])} precies hetzelfde, {c.ch(['die heeft', 'die had'])} {c.ch(['drie jaar', 'maanden'])} zonder gas gezeten. "
        f"{c.ch(['Als jullie vragen hebben', 'Voor vragen'])}, mijn nummer {c.phone('m')}. {c.ch(['Groet', 'Dat was het'])}, {c.nm(c.person(), 'first')}."
    )
    return s


def t_intake_many(c):
    cl = c.person()
    lines = [
        f"Medewerker: {c.org('Servicepunt XL')}, {c.ch(['goedemiddag', 'goedemorgen'])}.",
        f"Beller: Ja, hallo, ik ben {c.nm(cl, 'full')}, ik {c.ch(['heb een brief', 'moet een formulier invullen', 'wil een afspraak'])}.",
        f"Medewerker: Wat is uw geboortedatum?",
        f"Beller: {c.date('birth', c.ch(['digw', 'numw', 'wmy', 'ordmy']))}.",
        f"Medewerker: En uw postcode en huisnummer?",
    ]
    pc = c.pc_parts()
    hn = c.r.randint(1, 240)
    lines.append(
        f"Beller: {M('postcode', c.pc_render(pc, c.ch(['dig', 'pairs', 'digcaps', 'alpha'])))}, {c.ch(['nummer', 'huisnummer', ''])} {M('address', n2w(hn) if c.p(0.6) else str(hn))}."
    )
    lines.append(
        f"Medewerker: {c.ch(['Dat is', 'Dus'])} {M('address', c.ch(STREETS) + ' ' + str(hn))}?"
    )
    lines.append(
        f"Beller: Ja. {c.ch(['Drie hoog, geen lift.', 'Achter de Hema.', 'Het is een benedenwoning.'])}"
    )
    lines.append(
        f"Medewerker: Ik zie uw dossier, {c.dossier()}. De {c.role(c.ch(['klantmanager', 'Wmo-adviseur', 'casusregisseur']), asr=0)} {c.nm(c.person(), c.ch(['first', 'full']))} belt u terug."
    )
    return "\n".join(lines)


def t_dictated_summary(c):
    cl = c.person()
    prt = c.person(origin=cl.origin)
    s = (
        f"Samenvatting, {c.fl(0.8)}{c.nm(cl, c.ch(['tfull', 'full']))}, {c.age()} jaar, {c.ch(['gescheiden', 'weduwe' if cl.g == 'f' else 'weduwnaar', 'alleenstaand'])}. "
        f"Woont in {c.wijk()}, {c.address()}, {c.postcode()}. "
        f"Betrokken: {c.org(c.ch(['MEE', 'Ipse de Bruggen', 'Saffier']))}, {c.org(c.ch(['Sociale Zaken', 'Schuldhulpverlening']))}, {c.role(c.ch(['bewindvoerder', 'mentor']), asr=0)} {c.nm(prt, 'initial')}. "
        f"{cap(c.he(cl))} {c.ch(['heeft een licht verstandelijke beperking', 'kan moeilijk lezen', 'vergeet afspraken'])}. "
        f"Bankrekening {c.iban(c.ch(['sp', 'nosp', 'spoken']))}, {c.ch(['onder bewind', 'beheerd door de bewindvoerder'])}. "
        f"Sinds {c.date(style=c.ch(['dmy', 'wmy', 'wm']))} {c.ch(['geen inkomsten', 'in beeld bij ons', 'dagbesteding drie dagen'])}."
    )
    return s


def t_callback_relay(c):
    cl = c.person()
    rel = c.person(origin=cl.origin)
    me = c.person()
    s = (
        f"Terugbelverzoek via de receptie, aangenomen door {c.nm(me, 'first')}. "
        f"{c.nm(rel, c.ch(['full', 'tfull']))} belde namens {c.his(rel)} {c.ch(['moeder', 'tante', 'oma']) if cl.g == 'f' else c.ch(['vader', 'oom', 'opa'])}, {c.nm(cl, c.ch(['title', 'full']))}. "
        f"{c.ch(['Er is', 'Er was'])} {c.ch(['een brand geweest in de flat', 'een lekkage', 'een inbraak'])} op de {c.address()}, {c.ch(['de', 'het'])} {c.ch(['woning', 'huis'])} is niet bewoonbaar. "
        f"{c.ch(['Tijdelijk', 'Voorlopig'])} bij {c.nm(rel, 'first')} thuis, {c.address(c.ch(['num', 'words']))}. "
        f"Terugbellen op {c.phone()} of {c.phone()}. {c.ch(['Zo snel mogelijk.', 'Liefst vandaag.', 'Niet na vijf uur.'])}"
    )
    return s


def t_wordnames(c):
    """names that are ordinary words next to the same words used normally"""
    cl = c.person(origin="nl", g="f")
    cl.last = c.ch(
        ["Bakker", "Visser", "Koster", "de Wit", "de Hoop", "Roos", "Groen", "Post", "Vos", "Boom"]
    )
    dau = Person(
        c.ch([x for x in ["Roos", "Iris", "Noor", "Lieke"] if x != cl.first]), cl.last, "f", "nl"
    )
    me = c.person()
    word = {
        "Bakker": "Ze haalt haar brood nog zelf bij de bakker",
        "Visser": "Haar vader was visser in Scheveningen, daar praat ze graag over",
        "Koster": "Vroeger hielp ze de koster met de bloemen in de kerk",
        "de Wit": "De muren zijn pas wit geschilderd door de corporatie",
        "de Hoop": "Ze heeft weinig hoop dat het nog beter wordt",
        "Roos": "Op tafel stond een vaas met één roos",
        "Groen": "Het balkon staat vol groen, daar zorgt ze goed voor",
        "Post": "De post ligt ongeopend in de gang",
        "Vos": "Ze heeft een schilderij van een vos boven de bank",
        "Boom": "Voor het raam staat een grote boom, ze zit daar de hele dag naar te kijken",
    }[cl.last]
    s = (
        f"{c.ch(['Ingesproken verslag', 'Verslag, gedicteerd'])} {c.date(style=c.ch(['wd', 'num', 'dmy']))}. Bezoek aan {c.nm(cl, 'title')} in {c.wijk()}, "
        f"{c.address(c.ch(['num', 'words']))}. {word}. "
        f"{c.nm(dau, 'first')}, de dochter, was er ook. {P(dau.first)}{poss(dau.first)} telefoonnummer is {c.phone('m')}. "
        f"We hebben het gehad over {c.ch(['de thuiszorg', 'de schulden', 'de eenzaamheid', 'verhuizen naar een aanleunwoning'])}. "
        f"{c.nm(cl, 'title')} {c.ch(['wil het eerst bespreken met', 'bespreekt het nog met'])} {P(dau.first)}. "
        f"{c.ch(['In mei', 'Na de zomer', 'Over twee weken', 'Begin volgend jaar'])} kijken we opnieuw. ({c.nm(me, 'first')}, {c.role(c.ch(['ouderenconsulent', 'maatschappelijk werker', 'welzijnscoach']))})"
    )
    return s


def t_mei(c):
    cl = c.person(origin="cn", g="f")
    cl.first = c.ch(["Mei", "Mei Ling", "Xiu Mei"])
    son = c.person(origin="cn", g="m")
    s = (
        f"Beller: Hallo, ik bel voor mijn moeder, {c.nm(cl, c.ch(['full', 'tfull']))}.\n"
        f"Medewerker: Waarmee kan ik helpen?\n"
        f"Beller: Ze krijgt sinds mei geen huishoudelijke hulp meer. {c.ch(['Eind mei', 'Half mei', 'In mei'])} kwam de laatste keer iemand.\n"
        f"Medewerker: En uw naam?\n"
        f"Beller: {c.nm(son, 'full')}. Ik ben haar zoon. {c.ch(['Mijn moeder', 'Mama', 'Zij'])} spreekt weinig Nederlands.\n"
        f"Medewerker: Geboortedatum van uw moeder?\n"
        f"Beller: {c.date('birth', c.ch(['wmy', 'numw', 'num']))}.\n"
        f"Medewerker: Ik zie de indicatie, {c.dossier(c.ch(['wmo', 'mld', 'zk']))}, die liep af op {M('date', c.date_render(datetime.date(c.r.choice([2024, 2025]), 5, c.r.randint(1, 31)), style=c.ch(['dm', 'wm', 'ordm'])))}. "
        f"Ik vraag de {c.role('Wmo-adviseur', asr=0.5)} om u te bellen. Op welk nummer?\n"
        f"Beller: {c.phone()}."
    )
    return s


def t_email_client(c):
    cl = c.person()
    me = c.person()
    cmd = c.p(0.4)
    sep = " nieuwe regel " if cmd else "\n"
    s = (
        f"{c.ch(['Beste', 'Hallo', 'Dag'])} {c.nm(cl, c.ch(['title', 'first']))}{' komma' if cmd else ','}{sep}"
        f"Hierbij {c.ch(['de afspraak', 'zoals beloofd de afspraak', 'een bevestiging'])}{c.ch([' van', ' voor'])} {c.date(style=c.ch(['wd', 'wdord', 'dm', 'wm']))} om {c.ch(['tien uur', 'half elf', 'twee uur'])}"
        f" bij {c.org(c.ch(['Servicepunt XL', 'Sociaal Raadslieden', 'Het Juridisch Loket']))} {c.wijk()}{' punt' if cmd else '.'} "
        f"Neemt u {c.ch(['uw ID-kaart', 'uw paspoort', 'de brieven van de deurwaarder'])} mee{' punt' if cmd else '.'} "
        f"Ik heb {c.ch(['uw', 'de'])} {c.ch(['IBAN', 'rekeningnummer'])} {c.iban(c.ch(['sp', 'nosp', 'lower']))} al doorgegeven aan {c.org(c.ch(['Sociale Zaken', 'SVB', 'Voedselbank']))}{' punt' if cmd else '.'} "
        f"{c.ch(['Lukt het niet', 'Kunt u niet'])}{' komma' if cmd else ','} {c.ch(['belt of appt u mij', 'laat het mij weten'])} op {c.phone('m')}{' punt' if cmd else '.'}{sep}"
        f"Groet{' komma' if cmd else ','} {c.nm(me, c.ch(['full', 'first']))}"
    )
    return s


def t_garbled(c):
    cl = c.person()
    me = c.person()
    s = (
        f"[transcriptie, kwaliteit laag] ...dus {P(cl.first.lower())} zegt {c.ch(['ja', 'nee'])} [onverstaanbaar] de, de {c.org(c.ch(['GGZ', 'UWV', 'CJG', 'Wmo-loket']), asr=1)} belt niet terug. "
        f"(geluid) {c.ch(['ja', 'oké', 'hm'])}. {c.ch(['en wat is uw', 'en uw', 'uw'])} nummer? {M('phone', ' '.join(c.phone_digits('m')))} (lacht) nee {M('phone', c.phone_render(c.phone_digits('m'), c.ch(['pairs', 'dig'])))} "
        f"die is van mijn werk. [onverstaanbaar] {c.ch(['woont', 'zit'])} nog op {c.address(lower=True)} {c.ch(['toch', 'hè'])}? ja. {c.ch(['sinds', 'al vanaf'])} {c.yearw(c.r.randint(2009, 2021))}. "
        f"oké {c.nm(me, 'first') if c.p(0.5) else P(me.first.lower())} maakt een notitie. {c.ch(['en de', 'de'])} {c.ch(['geboortedatum', 'geboorte datum'])} was {c.date('birth', c.ch(['digw', 'numw', 'wmy']))}? ja"
    )
    return s


def t_callback_list(c):
    me = c.person()
    rows = []
    for _ in range(c.r.randint(3, 5)):
        p = c.person()
        rows.append(
            c.ch(
                [
                    lambda: (
                        f"{c.nm(p, c.ch(['full', 'title', 'first']))}, {c.phone()}, {c.ch(['over de huur', 'wil afspraak verzetten', 'vraag over formulier', 'klinkt erg overstuur', 'heeft al drie keer gebeld'])}"
                    ),
                    lambda: (
                        f"{c.ch(['de', 'een'])} {c.ch(['dochter', 'zoon', 'buurvrouw'])} van {c.nm(p, 'title')}, {c.phone('m')}, {c.ch(['belt terug na vijven', 'over de Wmo-aanvraag', 'wil weten wie de casusregisseur is'])}"
                    ),
                    lambda: (
                        f"{c.nm(p, 'first')} ({c.ch(['zaak', 'dossier', 'nr'])} {c.dossier()}), {c.phone()}"
                    ),
                ]
            )()
        )
    return (
        f"Terugbellijst {c.ch(['van vandaag', 'maandagochtend', 'na het weekend'])}, ingesproken door {c.nm(me, 'first')}. "
        + "; ".join(rows)
        + f". {c.ch(['Dat was het.', 'Einde lijst.', 'Wie pakt wat?'])}"
    )


def t_youth18(c):
    cl = c.person(origin=c.ch(["ma", "tr", "an", "sr", "so", "cv"]))
    jw = c.person()
    bday = c.date_val("recent")
    birth = bday.replace(year=bday.year - 18)
    s = (
        f"Verslag {c.role('jongerenwerker')} {c.nm(jw, 'first')}, ingesproken. {c.nm(cl, 'full')} wordt op {M('date', c.date_render(bday, style=c.ch(['dm', 'wm', 'ordm'])))} achttien. "
        f"Geboortedatum dus {M('date', c.date_render(birth, 'child', c.ch(['num', 'digw', 'wmy', 'numsl'])))}, {c.ch(['klopt volgens ' + c.his(cl) + ' ID', 'staat zo bij DUO', 'gecheckt'])}. "
        f"Vanaf dan geen {c.ch(['jeugdhulp', 'kinderbijslag meer', 'zorg via de Jeugdwet'])}, dus we moeten {c.ch(['zorgverzekering', 'studiefinanciering', 'een uitkering'])} regelen. "
        f"BSN {c.bsn(c.ch(['g333', 'dig', 'numsp', 'digsp']))}. {c.ch(['Bankrekening', 'Rekening'])} op eigen naam: {c.iban()}. "
        f"Woont nog bij {c.ch(['moeder', c.his(cl) + ' oma', 'een tante'])} op de {c.address()}, {c.ch(['maar dat loopt niet goed', 'wil graag op kamers', 'slaapt vaak bij vrienden'])}. "
        f"{c.org(c.ch(['Jeugdbescherming West', 'CJG']))} draagt over aan ons, contactpersoon daar {c.nm(c.person(), c.ch(['full', 'initial']))}."
    )
    return s


def t_colleague_vm(c):
    caller = c.person()
    col = c.person(origin="nl")
    cl = c.person()
    e = c.email_raw(caller, prof=True)
    loc, dom = e.split("@")
    parts = re.split(r"[.]", loc)
    spelled = " punt ".join(c.spell(x, c.ch(["alpha", "names", "caps"])) for x in parts)
    s = (
        f"Bericht voor {c.nm(col, 'first')}, {c.ch(['ingesproken', 'voicemail'])}: Hoi {P(col.first)}, met {c.nm(caller, 'full')}, {c.role(c.ch(['MEE-consulent', 'ambulant begeleider', 'trajectbegeleider', 'klantmanager']))} bij {c.org(c.ch(['MEE', 'Indigo', 'Sociale Zaken', 'Xtra']))}. "
        f"Het gaat over {c.nm(cl, c.ch(['title', 'full']))}, {c.ch(['jullie kennen', 'jij kent'])} {c.him(cl)} {c.ch(['van de Schilderswijk-tafel', 'van het MDO', 'via de huisarts'])}. "
        f"Kun je me mailen? Mijn adres is {M('email', spelled + ' apenstaartje ' + dom.replace('.', ' punt '))}. "
        f"Of bellen, {c.phone()}. {c.ch(['Groetjes.', 'Tot snel.', 'Dank je.'])}"
    )
    return s


def t_teams(c):
    a = c.person(origin="nl")
    b = c.person()
    d = c.person()
    cl = c.person()
    lines = [
        f"Transcript Teams-overleg {c.date(style=c.ch(['dmy', 'num']))}",
        f"{c.nm(a, 'full')} ({c.org(c.ch(['Sociale Zaken', 'Wmo-loket', 'Schuldhulpverlening']), asr=0)}) {c.ch(['0:12', '0:08', '0:15'])}",
        f"{c.ch(['Goedemiddag allemaal.', 'Zijn we compleet?', 'Ik hoor jullie.'])} Het gaat vandaag over {c.nm(cl, c.ch(['tfull', 'title']))}, {c.ch(['zaak', 'dossier'])} {c.dossier()}.",
        f"{c.nm(b, 'full')} {c.ch(['1:02', '0:47', '1:30'])}",
        f"Ja. Ik was er {c.date(style=c.ch(['wd', 'wdord', 'wm']))}. {cap(c.he(cl))} {c.ch(['wil wel, maar durft niet', 'ziet het niet meer zitten', 'heeft geen vertrouwen meer in de gemeente'])}. {c.ch(['Eh', 'Ehm', 'Nou'])}, {c.his(cl)} {c.rel(d, 'kind')} {c.nm(d, 'first')} belde me gisteren nog, {c.phone('m')}, {c.ch(['die wil bij het gesprek zijn', 'die maakt zich grote zorgen'])}.",
        f"{c.nm(a, 'full')} {c.ch(['2:10', '2:31', '1:58'])}",
        f"Oké. Dan plannen we {c.date(style=c.ch(['wd', 'dm', 'wm']))} bij {c.him(cl)} thuis, {c.address()}. {c.ch(['Ik zet het in de agenda.', 'Ik stuur een uitnodiging.'])}",
    ]
    return "\n".join(lines)


def t_debt_report(c):
    cl = c.person()
    me = c.person()
    cred = c.r.sample(
        ["CZ", "Eneco", "Belastingdienst", "CAK", "DUO", "Zilveren Kruis", "Menzis", "VGZ"], 3
    )
    items = [
        f"{c.org(x)}, {c.amount()} euro, {c.ch(['vordering', 'kenmerk', 'factuurnummer', 'klantnummer'])} {c.dossier(c.ch(['plain', 'plainsp', 'hash', 'szw', 'zk', 'yr']))}"
        for x in cred
    ]
    s = (
        f"Schuldenoverzicht {c.nm(cl, c.ch(['full', 'title', 'flow']))}, ingesproken door {c.nm(me, 'first')} op {c.date(style=c.ch(['num', 'dmy', 'wd']))}. "
        + ". ".join(items)
        + f". Vaste lasten gaan af van {c.iban()}. {c.ch(['Huur wordt direct betaald', 'Huur is automatische incasso', 'Huur betaalt hij contant'])}. "
        f"Volgende stap: aanmelding {c.org('Schuldhulpverlening')} vóór {c.date(style=c.ch(['dm', 'wm', 'ordm']))}."
    )
    return s


TEMPLATES = [
    (t_callback_list, 5),
    (t_youth18, 4),
    (t_colleague_vm, 4),
    (t_teams, 4),
    (t_debt_report, 4),
    (t_wordnames, 6),
    (t_mei, 3),
    (t_email_client, 5),
    (t_garbled, 4),
    (t_visit_a, 8),
    (t_visit_commands, 6),
    (t_visit_raw, 6),
    (t_intake_servicepunt, 7),
    (t_intake_bsn, 5),
    (t_intake_debt, 6),
    (t_voicemail_prof, 7),
    (t_voicemail_client, 6),
    (t_voicemail_short, 6),
    (t_email_colleague, 7),
    (t_email_corporation, 5),
    (t_email_huisarts, 4),
    (t_mdo, 5),
    (t_spelling, 6),
    (t_voice_note, 6),
    (t_handover, 5),
    (t_veilig_thuis, 5),
    (t_dementia, 5),
    (t_wmo_call, 4),
    (t_neighbour, 5),
    (t_interpreter, 4),
    (t_uwv, 4),
    (t_letter, 5),
    (t_case_lesson, 5),
    (t_huisarts_vm, 5),
    (t_eviction, 5),
    (t_youth, 5),
    (t_form_readout, 6),
    (t_police, 4),
    (t_lonely, 4),
    (t_correction_call, 5),
    (t_bewind_vm, 5),
    (t_timestamps, 3),
    (t_short_note, 7),
    (t_email_confirm, 4),
    (t_toeslagen, 4),
    (t_nurse, 5),
    (t_mailbox, 5),
    (t_homeless, 4),
    (t_mutation, 4),
    (t_gp_referral_call, 4),
    (t_pilot_dictation, 4),
    (t_intake_many, 5),
    (t_dictated_summary, 4),
    (t_callback_relay, 4),
]


def asr_raw(seg):
    """raw transcription: drop sentence punctuation except commas, lower-case"""
    seg = re.sub(r"[.?!](\s|$)", r"\1", seg)
    return seg.lower()


def main():
    rng = random.Random(SEED)
    plan = []
    for fn, k in TEMPLATES:
        plan += [fn] * k
    rng.shuffle(plan)
    while len(plan) < N_TEXTS:
        plan.append(rng.choice([fn for fn, _ in TEMPLATES]))
    plan = plan[:N_TEXTS]
    out = []
    for i, fn in enumerate(plan):
        c = Ctx(random.Random(SEED * 1000 + i))
        marked = fn(c)
        marked = re.sub(r"[ \t]+", " ", marked)
        marked = marked.replace(" ,", ",").replace(" .", ".")
        # a share of voicemail/voice-note style texts come out of ASR fully lower-case
        if fn in (
            t_voicemail_client,
            t_voicemail_short,
            t_voice_note,
            t_mailbox,
            t_short_note,
        ) and c.p(0.3):
            marked = marked.lower()
        elif fn in (t_visit_a, t_handover, t_callback_relay) and c.p(0.2):
            marked = outside(marked, asr_raw)
            marked = TOK.sub(
                lambda m: (
                    m.group(0).lower()
                    if m.group(1) in ("person", "address", "wijk")
                    or m.group(3) in ("wijk", "org", "role")
                    else m.group(0)
                ),
                marked,
            )
        text, pii, keep = strip(marked)
        assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, text
        out.append({"id": "ho94-%04d" % i, "text": text, "pii": pii, "keep": keep})
    # verify
    for rec in out:
        t = rec["text"]
        spans = sorted(rec["pii"] + rec["keep"], key=lambda s: s["start"])
        for s in spans:
            assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
            assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (rec["id"], a, b)
        assert rec["pii"], rec["id"]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout94.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in out for s in r["pii"])
    kc = Counter(s["label"] for r in out for s in r["keep"])
    words = sum(len(r["text"].split()) for r in out) / len(out)
    print(path, len(out), "texts, avg words %.1f" % words)
    print("pii", dict(pc.most_common()), "total", sum(pc.values()))
    print("keep", dict(kc.most_common()))


if __name__ == "__main__":
    main()
