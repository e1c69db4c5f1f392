"""Build heldout9: an independent, annotated held-out corpus for the Dutch
personal-data finder (case lessons and discussion messages of Hague social
neighbourhood teams).

    python heldout9_corpus.py            # writes heldout9.jsonl next to this file

Standard library only, deterministic (fixed seeds, no set/dict-order tricks).

Half of the texts (50) are hand-written with inline markup; the other half
(50) come from a template generator.  Inline markup:

    [[label:text]]   personal data (pii);  <<label:text>>   context (keep)

pii label aliases: p=person, d=date, ph=phone, e=email, a=address,
pc=postcode, dos=dossier, bsn, iban.  keep aliases: o=org, r=role, w=wijk.
`[[bsn:@plain|@dots|@dots3|@spaces]]` and `[[iban:@sp:BANK|@c:BANK|@lc:BANK|
@be|@de]]` are filled with numbers computed here (11-check / mod 97).

Span conventions (same as dev.jsonl): titles (mevrouw, dhr., mw., fam., dr.)
stay outside person spans; particles (van, de, 't) are inside; a possessive
`s`/`'s` stays outside; only the number after a cue word (dossier, zaak,
kenmerk ...) is a dossier span, `#` included; weekday names belong to a date.
"""

from __future__ import annotations

import datetime as _dt
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "heldout9.jsonl"

PII_ALIAS = {
    "p": "person",
    "person": "person",
    "d": "date",
    "date": "date",
    "ph": "phone",
    "phone": "phone",
    "e": "email",
    "email": "email",
    "a": "address",
    "address": "address",
    "pc": "postcode",
    "postcode": "postcode",
    "dos": "dossier",
    "dossier": "dossier",
    "bsn": "bsn",
    "iban": "iban",
}
KEEP_ALIAS = {"o": "org", "org": "org", "r": "role", "role": "role", "w": "wijk", "wijk": "wijk"}
TITLES = (
    "mevrouw",
    "meneer",
    "mw",
    "mw.",
    "dhr",
    "dhr.",
    "mevr",
    "mevr.",
    "de heer",
    "fam.",
    "dr.",
)

# ---------------------------------------------------------------- numbers


def bsn_valid(s: str) -> bool:
    """11-check of a Dutch BSN (weights 9..2, -1)."""
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return (
        len(d) == 9
        and sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=False)) % 11 == 0
    )


def make_bsn(rng: random.Random, fmt: str) -> str:
    """A random BSN that passes the 11-check, in one of the written formats."""
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2], strict=False))
        last = s % 11
        if last <= 9:
            digits = "".join(map(str, d + [last]))
            break
    if fmt == "plain":
        return digits
    if fmt == "dots":
        return f"{digits[:4]}.{digits[4:6]}.{digits[6:]}"
    if fmt == "dots3":
        return f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"
    if fmt == "spaces":
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    raise ValueError(fmt)


def iban_valid(s: str) -> bool:
    """ISO 13616 mod-97 check."""
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _iban(country: str, bban: str) -> str:
    r = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return f"{country}{check:02d}{bban}"


def _group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def make_iban(rng: random.Random, spec: str) -> str:
    """spec: sp:BANK (spaced), c:BANK (compact), lc:BANK (lower compact), be, de."""
    parts = spec.split(":")
    kind = parts[0]
    if kind == "be":
        return _group4(_iban("BE", "".join(str(rng.randint(0, 9)) for _ in range(12))))
    if kind == "de":
        return _group4(_iban("DE", "".join(str(rng.randint(0, 9)) for _ in range(18))))
    bank = parts[1]
    ib = _iban("NL", bank + "".join(str(rng.randint(0, 9)) for _ in range(10)))
    if kind == "sp":
        return _group4(ib)
    if kind == "c":
        return ib
    if kind == "lc":
        return ib.lower()
    raise ValueError(spec)


# ---------------------------------------------------------------- markup

TOKEN = re.compile(r"\[\[(\w+):(.*?)\]\]|<<(\w+):(.*?)>>", re.S)


def parse(marked: str, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
    """Strip inline markup; return text, pii spans and keep spans with offsets."""
    out: list[str] = []
    pii: list[dict] = []
    keep: list[dict] = []
    pos = 0
    length = 0
    for m in TOKEN.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1) is not None:
            label = PII_ALIAS[m.group(1)]
            value = m.group(2)
            if value.startswith("@"):
                if label == "bsn":
                    value = make_bsn(rng, value[1:])
                elif label == "iban":
                    value = make_iban(rng, value[1:])
                else:
                    raise ValueError(value)
            target = pii
        else:
            label = KEEP_ALIAS[m.group(3)]
            value = m.group(4)
            target = keep
        target.append({"start": length, "end": length + len(value), "label": label, "text": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "<<", ">>"):
        if bad in text:
            raise ValueError(f"unparsed markup {bad!r} in: {text[:120]}")
    return text, pii, keep


def validate(doc: dict) -> None:
    """Gold sanity: offsets, no overlaps, valid numbers, titles outside names,
    every further occurrence of an annotated name annotated too."""
    text = doc["text"]
    spans = sorted(doc["pii"] + doc["keep"], key=lambda s: (s["start"], s["end"]))
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"], (doc["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (doc["id"], s)
    for a, b in zip(spans, spans[1:], strict=False):
        assert a["end"] <= b["start"], (doc["id"], a, b)
    for s in doc["pii"]:
        if s["label"] == "bsn":
            assert bsn_valid(s["text"]), (doc["id"], s)
        if s["label"] == "iban":
            assert iban_valid(s["text"]), (doc["id"], s)
        if s["label"] == "person":
            low = s["text"].lower()
            assert not any(low.startswith(t + " ") for t in TITLES), (doc["id"], s)
    covered = set()
    for s in doc["pii"]:
        covered.update(range(s["start"], s["end"]))
    for s in doc["pii"]:
        if s["label"] != "person" or len(s["text"]) < 3:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(s["text"]) + r"(?!\w)", text):
            if not all(i in covered for i in range(m.start(), m.end())):
                raise AssertionError(f"{doc['id']}: unannotated {s['text']!r} at {m.start()}")


# ---------------------------------------------------------------- vocab

# (first name, gender, origin)
FIRST = [
    # Dutch, several of them ordinary words
    ("Toon", "m", "nl"),
    ("Wil", "f", "nl"),
    ("Door", "f", "nl"),
    ("Trui", "f", "nl"),
    ("Ton", "m", "nl"),
    ("Els", "f", "nl"),
    ("Job", "m", "nl"),
    ("Frank", "m", "nl"),
    ("Kees", "m", "nl"),
    ("Klaas", "m", "nl"),
    ("Hein", "m", "nl"),
    ("Mien", "f", "nl"),
    ("Bep", "f", "nl"),
    ("Ria", "f", "nl"),
    ("Wim", "m", "nl"),
    ("Anke", "f", "nl"),
    ("Truus", "f", "nl"),
    ("Cor", "m", "nl"),
    ("Teun", "m", "nl"),
    ("Stijn", "m", "nl"),
    ("Pleun", "f", "nl"),
    ("Joep", "m", "nl"),
    ("Daan", "m", "nl"),
    ("Gerda", "f", "nl"),
    ("Henk", "m", "nl"),
    ("Ineke", "f", "nl"),
    ("Dirk", "m", "nl"),
    ("Arie", "m", "nl"),
    ("Hester", "f", "nl"),
    ("Geertje", "f", "nl"),
    ("Rinus", "m", "nl"),
    ("Annet", "f", "nl"),
    # Surinamese (Creole)
    ("Rochelle", "f", "sr"),
    ("Shanice", "f", "sr"),
    ("Xaviera", "f", "sr"),
    ("Mavis", "f", "sr"),
    ("Romeo", "m", "sr"),
    ("Errol", "m", "sr"),
    ("Marciano", "m", "sr"),
    ("Iwan", "m", "sr"),
    # Hindustani
    ("Kavita", "f", "hi"),
    ("Priya", "f", "hi"),
    ("Sarita", "f", "hi"),
    ("Devika", "f", "hi"),
    ("Sunil", "m", "hi"),
    ("Soeniel", "m", "hi"),
    ("Dinesh", "m", "hi"),
    ("Ashwin", "m", "hi"),
    # Javanese-Surinamese
    ("Ngatini", "f", "jv"),
    ("Ponirah", "f", "jv"),
    ("Sriyati", "f", "jv"),
    ("Sarmo", "m", "jv"),
    ("Wagiman", "m", "jv"),
    ("Paidi", "m", "jv"),
    ("Slamet", "m", "jv"),
    # Moroccan (Tamazight)
    ("Hanane", "f", "ma"),
    ("Loubna", "f", "ma"),
    ("Ilham", "f", "ma"),
    ("Khadija", "f", "ma"),
    ("Fadoua", "f", "ma"),
    ("Ikram", "f", "ma"),
    ("Malika", "f", "ma"),
    ("Karim", "m", "ma"),
    ("Said", "m", "ma"),
    ("Abdelkader", "m", "ma"),
    ("Hamid", "m", "ma"),
    # Turkish
    ("Ayşe", "f", "tr"),
    ("Tülay", "f", "tr"),
    ("Esra", "f", "tr"),
    ("Selin", "f", "tr"),
    ("Fadime", "f", "tr"),
    ("Gökhan", "m", "tr"),
    ("Onur", "m", "tr"),
    ("Cem", "m", "tr"),
    ("Hüseyin", "m", "tr"),
    ("Ercan", "m", "tr"),
    # Kurdish
    ("Hevin", "f", "ku"),
    ("Nazdar", "f", "ku"),
    ("Şivan", "m", "ku"),
    ("Rezan", "m", "ku"),
    # Polish
    ("Małgorzata", "f", "pl"),
    ("Joanna", "f", "pl"),
    ("Magdalena", "f", "pl"),
    ("Ewelina", "f", "pl"),
    ("Krzysztof", "m", "pl"),
    ("Łukasz", "m", "pl"),
    ("Wojciech", "m", "pl"),
    ("Marek", "m", "pl"),
    # Romanian
    ("Andreea", "f", "ro"),
    ("Ioana", "f", "ro"),
    ("Cătălin", "m", "ro"),
    ("Marius", "m", "ro"),
    # Bulgarian
    ("Galina", "f", "bg"),
    ("Tsvetelina", "f", "bg"),
    ("Desislava", "f", "bg"),
    ("Dimitar", "m", "bg"),
    ("Radoslav", "m", "bg"),
    ("Hristo", "m", "bg"),
    # Eritrean
    ("Senait", "f", "er"),
    ("Selam", "f", "er"),
    ("Abrehet", "f", "er"),
    ("Tesfay", "m", "er"),
    ("Filmon", "m", "er"),
    ("Mebrahtu", "m", "er"),
    ("Ghirmay", "m", "er"),
    # Somali
    ("Ayaan", "f", "so"),
    ("Hibaaq", "f", "so"),
    ("Sahra", "f", "so"),
    ("Abdiaziz", "m", "so"),
    ("Liban", "m", "so"),
    # Ethiopian
    ("Tigist", "f", "et"),
    ("Meron", "f", "et"),
    ("Hiwot", "f", "et"),
    ("Abebe", "m", "et"),
    ("Dawit", "m", "et"),
    ("Yared", "m", "et"),
    # Afghan
    ("Zarmina", "f", "af"),
    ("Mahbooba", "f", "af"),
    ("Shabnam", "f", "af"),
    ("Frozan", "f", "af"),
    ("Wahid", "m", "af"),
    ("Habibullah", "m", "af"),
    ("Sayed", "m", "af"),
    # Iranian
    ("Shirin", "f", "ir"),
    ("Parisa", "f", "ir"),
    ("Mahsa", "f", "ir"),
    ("Farnaz", "f", "ir"),
    ("Dariush", "m", "ir"),
    ("Behnam", "m", "ir"),
    ("Arash", "m", "ir"),
    # Syrian
    ("Hala", "f", "sy"),
    ("Yara", "f", "sy"),
    ("Reem", "f", "sy"),
    ("Rami", "m", "sy"),
    ("Maher", "m", "sy"),
    ("Tarek", "m", "sy"),
    ("Fadi", "m", "sy"),
    # Iraqi
    ("Zainab", "f", "iq"),
    ("Ruqaya", "f", "iq"),
    ("Huda", "f", "iq"),
    ("Haider", "m", "iq"),
    ("Sajjad", "m", "iq"),
    ("Ammar", "m", "iq"),
    # Antillean
    ("Sheritsa", "f", "an"),
    ("Chaïna", "f", "an"),
    ("Sulay", "f", "an"),
    ("Jurich", "m", "an"),
    ("Gino", "m", "an"),
    ("Jeandrick", "m", "an"),
    # Cape Verdean
    ("Ivanilda", "f", "cv"),
    ("Djamila", "f", "cv"),
    ("Adilson", "m", "cv"),
    ("Nelson", "m", "cv"),
    # Chinese
    ("Xiaoyan", "f", "cn"),
    ("Li Na", "f", "cn"),
    ("Wei", "m", "cn"),
    ("Zhiwei", "m", "cn"),
    # Vietnamese
    ("Thanh", "f", "vn"),
    ("Hoa", "f", "vn"),
    ("Thuy", "f", "vn"),
    ("Minh", "m", "vn"),
    ("Quang", "m", "vn"),
    # Indonesian
    ("Wati", "f", "id"),
    ("Ratna", "f", "id"),
    ("Budi", "m", "id"),
    ("Hendro", "m", "id"),
    # Ghanaian
    ("Akosua", "f", "gh"),
    ("Abena", "f", "gh"),
    ("Efua", "f", "gh"),
    ("Kofi", "m", "gh"),
    ("Yaw", "m", "gh"),
    # Nigerian
    ("Ngozi", "f", "ng"),
    ("Chioma", "f", "ng"),
    ("Funmilayo", "f", "ng"),
    ("Emeka", "m", "ng"),
    ("Tunde", "m", "ng"),
    # Ukrainian
    ("Olena", "f", "ua"),
    ("Iryna", "f", "ua"),
    ("Halyna", "f", "ua"),
    ("Mykola", "m", "ua"),
    ("Bohdan", "m", "ua"),
    ("Serhiy", "m", "ua"),
]

SURNAMES = {
    "nl": [
        "Vrolijk",
        "Taal",
        "Knoester",
        "Toet",
        "Vos",
        "Kok",
        "Prins",
        "Zwart",
        "de Groot",
        "Vogel",
        "Vink",
        "Haas",
        "Snel",
        "Schaap",
        "Slot",
        "Koopman",
        "Molenaar",
        "Boon",
        "Baas",
        "Winter",
        "Zomer",
        "Timmer",
        "Brouwer",
        "Kuiper",
        "Schipper",
        "de Haan",
        "van Rijn",
        "Verschoor",
        "den Hartog",
        "van der Zwan",
        "Hoogendoorn",
        "van Vliet",
        "ter Horst",
        "van 't Hof",
        "Kramer",
        "Spaans",
        "Mooij",
        "den Heijer",
        "Stam",
        "Vroegindeweij",
        "van der Toorn",
        "Hoek",
        "de Jager",
        "Wever",
        "Brink",
        "Pronk",
    ],
    "sr": [
        "Sabajo",
        "Pinas",
        "Doelwijt",
        "Vreden",
        "Wijngaarde",
        "Esajas",
        "Refos",
        "Pengel",
        "Sedney",
        "Zeefuik",
    ],
    "hi": [
        "Ramsaran",
        "Mahabier",
        "Jaggan",
        "Ramautar",
        "Bhoendie",
        "Soekhai",
        "Kalloe",
        "Sewdien",
        "Chotkan",
        "Biharie",
    ],
    "jv": [
        "Karsowidjojo",
        "Sastrodikromo",
        "Kromodimedjo",
        "Soemodihardjo",
        "Pawirodikromo",
        "Atmowirono",
    ],
    "ma": [
        "Oualhadj",
        "Azzouzi",
        "Boukhari",
        "El Idrissi",
        "Amzil",
        "Boutaleb",
        "Amghar",
        "Ouali",
        "Akkouh",
        "El Khattabi",
        "Bouchtaoui",
        "Lamrabet",
        "Tahiri",
        "Aberkane",
    ],
    "tr": [
        "Öztürk",
        "Yıldız",
        "Çelik",
        "Aydın",
        "Arslan",
        "Doğan",
        "Kılıç",
        "Şahin",
        "Korkmaz",
        "Erdem",
        "Güneş",
        "Polat",
    ],
    "ku": ["Barzani", "Amedi", "Zebari", "Rekani", "Doski"],
    "pl": [
        "Wiśniewski",
        "Wójcik",
        "Kamińska",
        "Lewandowski",
        "Zielińska",
        "Szymański",
        "Dąbrowska",
        "Kozłowski",
    ],
    "ro": ["Popescu", "Ionescu", "Dumitru", "Stoica", "Munteanu", "Vasilescu"],
    "bg": ["Georgiev", "Petrova", "Dimitrova", "Ivanov", "Todorov", "Stoyanov"],
    "er": ["Tesfamariam", "Gebremedhin", "Habte", "Kidane", "Tekle", "Woldemichael", "Berhane"],
    "so": ["Warsame", "Farah", "Abdullahi", "Jama", "Hersi", "Guled", "Osman"],
    "et": ["Bekele", "Tadesse", "Alemu", "Getachew", "Mengistu"],
    "af": ["Ahmadzai", "Popal", "Sultani", "Noorzai", "Rahimi", "Karimi", "Stanikzai"],
    "ir": ["Tehrani", "Hosseini", "Rezaei", "Ghorbani", "Jafari", "Sadeghi", "Farahani"],
    "sy": ["Al-Khatib", "Haddad", "Al-Hamwi", "Darwish", "Kassab", "Halabi"],
    "iq": ["Al-Jubouri", "Al-Saadi", "Al-Rubaie", "Kadhim", "Jawad"],
    "an": [
        "Martis",
        "Rosalia",
        "Celestijn",
        "Maduro",
        "Statie",
        "Winklaar",
        "Girigorie",
        "Fecunda",
    ],
    "cv": ["Tavares", "Monteiro", "Semedo", "Lopes", "Fortes", "Delgado"],
    "cn": ["Chen", "Wang", "Zhang", "Liu", "Lin", "Huang", "Zhou"],
    "vn": ["Nguyen", "Tran", "Pham", "Hoang", "Dang", "Bui"],
    "id": ["Soetomo", "Siregar", "Tjoa", "Hasibuan"],
    "gh": ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Osei"],
    "ng": ["Okafor", "Adeyemi", "Nwosu", "Okonkwo", "Balogun"],
    "ua": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Boyko"],
}
# origins whose given names also combine with Dutch surnames (professionals, mixed families)
ORIGINS = sorted(SURNAMES)

STREETS = [
    "Beeklaan",
    "Stationsweg",
    "Jan Hendrikstraat",
    "Wagenstraat",
    "Fahrenheitstraat",
    "Laan van Meerdervoort",
    "Kijkduinsestraat",
    "Erasmusweg",
    "Hengelolaan",
    "Melis Stokelaan",
    "Zuidlarenstraat",
    "Dedemsvaartweg",
    "Oude Haagweg",
    "Soestdijksekade",
    "Steenwijklaan",
    "Thomsonlaan",
    "Goudenregenstraat",
    "Valkenboslaan",
    "Newtonstraat",
    "Conradkade",
    "Duinstraat",
    "Prins Hendrikstraat",
    "Regentesselaan",
    "Hobbemastraat",
    "Van der Vennestraat",
    "De la Reyweg",
    "Teniersstraat",
    "Parallelweg",
    "Rijswijkseweg",
    "Schalk Burgerstraat",
    "Kempstraat",
    "Torenstraat",
    "Zoutmanstraat",
    "Frederik Hendriklaan",
    "Bezuidenhoutseweg",
    "Theresiastraat",
    "Loevesteinlaan",
    "Apeldoornselaan",
    "Oosterscheldestraat",
    "Troelstrakade",
    "Marlotlaan",
    "Mient",
    "2e Schuytstraat",
    "1e Van der Kunstraat",
    "Van Ravesteynstraat",
    "Heeswijkplein",
    "Jacob Catsstraat",
    "Hoytemastraat",
    "Anna Blamanplein",
    "Lindenplein",
]
SUFFIXES = ["", "", "", "a", "A", "-B", " C", "-2", " hs", "-III", " II", "bis", "-1", " B", "-bg"]

WIJKEN = [
    "Bezuidenhout",
    "Regentessekwartier",
    "Valkenboskwartier",
    "Zeeheldenkwartier",
    "Duinoord",
    "Statenkwartier",
    "Benoordenhout",
    "Archipelbuurt",
    "Stationsbuurt",
    "Laakkwartier",
    "Oostbroek",
    "Leyenburg",
    "Vruchtenbuurt",
    "Bomenbuurt",
    "Bloemenbuurt",
    "Waldeck",
    "Kijkduin",
    "Wateringse Veld",
    "Vrederust",
    "Houtwijk",
    "Kraayenstein",
    "Zorgvliet",
    "Binckhorst",
    "Hoornwijk",
    "Schilderswijk",
    "Transvaal",
    "Moerwijk",
    "Morgenstond",
    "Bouwlust",
    "Mariahoeve",
    "Scheveningen",
    "Duindorp",
    "Ypenburg",
    "Centrum",
]
ORGS = [
    "Haag Wonen",
    "Staedion",
    "Vestia",
    "Voedselbank Haaglanden",
    "Humanitas",
    "Sociaal Raadslieden",
    "Juridisch Loket",
    "GGD Haaglanden",
    "Brijder",
    "Leger des Heils",
    "Florence",
    "CAK",
    "UWV",
    "DUO",
    "Belastingdienst",
    "SVB",
    "IND",
    "VluchtelingenWerk",
    "Raad voor de Kinderbescherming",
    "Jeugdbescherming west",
    "Youz",
    "Haagse Wijk- en Woonzorg",
    "Stichting MOOI",
    "Xtra",
    "Wmo-loket",
    "Servicepunt XL",
    "Veilig Thuis",
    "CJG",
    "Mantelzorgsteunpunt",
    "Schuldhulpverlening",
    "Ooievaarspas",
    "Jongerenloket",
    "Indigo",
    "Parnassia",
    "Buurtbemiddeling",
    "Kessler Stichting",
]
SENDER_ORGS = [
    "CAK",
    "UWV",
    "DUO",
    "Belastingdienst",
    "SVB",
    "IND",
    "Haag Wonen",
    "Staedion",
    "Vestia",
    "CJIB",
    "Wmo-loket",
    "Schuldhulpverlening",
    "Jeugdbescherming west",
]
REFERRER_ORGS = [
    "Voedselbank Haaglanden",
    "Sociaal Raadslieden",
    "Juridisch Loket",
    "GGD Haaglanden",
    "Leger des Heils",
    "Servicepunt XL",
    "Stichting MOOI",
    "Humanitas",
    "VluchtelingenWerk",
    "Haag Wonen",
    "Staedion",
    "CJG",
    "Xtra",
    "Kessler Stichting",
]
CARE_ORGS = [
    "Parnassia",
    "Indigo",
    "Brijder",
    "Florence",
    "Haagse Wijk- en Woonzorg",
    "Youz",
    "Leger des Heils",
    "Kessler Stichting",
    "Schuldhulpverlening",
    "Buurtbemiddeling",
    "Humanitas",
]
ROLES = [
    "wijkverpleegkundige",
    "casusregisseur",
    "schuldhulpverlener",
    "jongerenwerker",
    "ambulant begeleider",
    "praktijkondersteuner",
    "huismeester",
    "klantmanager",
    "leerplichtambtenaar",
    "bewindvoerder",
    "buurtcoach",
    "gezinscoach",
    "budgetcoach",
    "sociaal raadsvrouw",
    "wijkagent",
    "huisarts",
    "casemanager dementie",
    "Wmo-consulent",
    "opbouwwerker",
    "ouderenadviseur",
    "GGZ-verpleegkundige",
    "consulent inburgering",
    "maatschappelijk werker",
    "thuisbegeleider",
]
MAILDOMAINS = [
    "hotmail.nl",
    "live.nl",
    "yahoo.com",
    "icloud.com",
    "xs4all.nl",
    "casema.nl",
    "upcmail.nl",
    "gmail.com",
    "outlook.nl",
    "ziggo.nl",
    "kpnplanet.nl",
    "proton.me",
]
PRODOMAINS = [
    "swtdenhaag.nl",
    "wijkteam-haaglanden.nl",
    "mooi-zorg.nl",
    "swt-escamp.nl",
    "hww-zorg.nl",
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
MON_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- value makers


def rand_date(rng: random.Random, lo: int = 2023, hi: int = 2025) -> _dt.date:
    start = _dt.date(lo, 1, 1).toordinal()
    end = _dt.date(hi, 6, 30).toordinal() if hi == 2025 else _dt.date(hi, 12, 31).toordinal()
    d = _dt.date.fromordinal(rng.randint(start, end))
    if lo >= 2022 and d.weekday() >= 5:  # appointments fall on working days
        d += _dt.timedelta(days=7 - d.weekday())
    return d


def fmt_date(rng: random.Random, d: _dt.date, style: str | None = None) -> str:
    styles = [
        "dm",
        "dmy",
        "dd-mm-yyyy",
        "d-m-yyyy",
        "d-m-'yy",
        "d/m",
        "d/m/yyyy",
        "wd dm",
        "wdab d/m",
        "d mon",
        "d mon. yyyy",
        "iso",
        "dd.mm.yyyy",
        "d-m",
        "wd d mon",
    ]
    st = style or rng.choice(styles)
    day, mo, y = d.day, d.month, d.year
    wd = d.weekday()
    return {
        "dm": f"{day} {MONTHS[mo - 1]}",
        "dmy": f"{day} {MONTHS[mo - 1]} {y}",
        "dd-mm-yyyy": f"{day:02d}-{mo:02d}-{y}",
        "d-m-yyyy": f"{day}-{mo}-{y}",
        "d-m-'yy": f"{day}-{mo}-'{y % 100:02d}",
        "d/m": f"{day}/{mo}",
        "d/m/yyyy": f"{day}/{mo}/{y}",
        "wd dm": f"{WEEKDAYS[wd]} {day} {MONTHS[mo - 1]}",
        "wdab d/m": f"{WD_ABBR[wd]} {day}/{mo}",
        "d mon": f"{day} {MON_ABBR[mo - 1]}",
        "d mon. yyyy": f"{day} {MON_ABBR[mo - 1]}{'' if mo == 5 else '.'} {y}",
        "iso": f"{y}-{mo:02d}-{day:02d}",
        "dd.mm.yyyy": f"{day:02d}.{mo:02d}.{y}",
        "d-m": f"{day}-{mo}",
        "wd d mon": f"{WEEKDAYS[wd]} {day} {MON_ABBR[mo - 1]}",
    }[st]


def make_phone(rng: random.Random, kind: str | None = None) -> str:
    kind = kind or rng.choice(["mob", "mob", "mob", "land", "land", "intl"])
    if kind == "mob":
        n = "6" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        r = n[1:]
        return rng.choice(
            [
                f"0{n[0]}-{r}",
                f"0{n[0]} {r}",
                f"0{n[0]} {r[:4]} {r[4:]}",
                f"0{n[0]}-{r[:4]} {r[4:]}",
                f"0{n}",
                f"06 - {r[:2]} {r[2:4]} {r[4:6]} {r[6:]}",
                f"+31 6 {r}",
                f"+31(0)6-{r}",
                f"+316 {r}",
                f"0031 6 {r[:4]} {r[4:]}",
                f"06 {r[:3]} {r[3:6]} {r[6:]}",
            ]
        )
    if kind == "land":
        area = rng.choice(["70", "70", "70", "70", "15", "79", "10", "71", "174"])
        k = 9 - len(area)
        r = str(rng.randint(2, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(k - 1))
        if area == "174":
            return rng.choice([f"0174-{r}", f"0174 {r[:2]} {r[2:4]} {r[4:]}"])
        return rng.choice(
            [
                f"0{area}-{r}",
                f"0{area} {r[:3]} {r[3:]}",
                f"0{area} - {r[:3]} {r[3:5]} {r[5:]}",
                f"(0{area}) {r}",
                f"+31 {area} {r[:3]} {r[3:]}",
                f"+31 (0){area} {r[:3]} {r[3:5]} {r[5:]}",
                f"0{area}{r}",
            ]
        )
    pattern = rng.choice(
        [
            "+32 47# ## ## ##",
            "+212 6 ## ## ## ##",
            "+90 53# ### ## ##",
            "+48 60# ### ###",
            "+40 72# ### ###",
            "+359 88 ### ####",
            "+380 67 ### ####",
            "+44 7700 ######",
            "+597 8## ####",
            "+599 9 ### ####",
            "+49 151 #### ####",
        ]
    )
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def make_postcode(rng: random.Random) -> str:
    num = rng.randint(2491, 2599)
    letters = rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRTVWXZ")
    return rng.choice(
        [f"{num} {letters}", f"{num} {letters}", f"{num}{letters}", f"{num} {letters.lower()}"]
    )


def make_address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} {rng.randint(1, 420)}{rng.choice(SUFFIXES)}"


DOSSIER_CUES = [
    ("dossiernummer", lambda r: f"DH-{r.randint(2022, 2025)}-{r.randint(1000, 99999):05d}"),
    ("zaaknummer", lambda r: f"Z/{r.randint(22, 25)}/{r.randint(100000, 999999)}"),
    ("cliëntnummer", lambda r: f"{r.randint(1000000, 9999999)}"),
    ("registratienummer", lambda r: f"R{r.randint(2022, 2025)}-{r.randint(100, 99999):05d}"),
    ("kenmerk", lambda r: f"SHV.{r.randint(22, 25)}.{r.randint(100, 9999):04d}"),
    ("ref.", lambda r: f"{r.randint(22, 25)}-WMO-{r.randint(1000, 99999)}"),
    ("aanvraag", lambda r: f"A-{r.randint(2022, 2025)}-{r.randint(10000, 99999)}"),
    ("meldingsnummer", lambda r: f"VT/{r.randint(2022, 2025)}/{r.randint(1000, 99999):05d}"),
    ("klantnummer", lambda r: f"{r.randint(100000000, 999999999)}"),
    ("casusnummer", lambda r: f"CS-{r.randint(100, 9999)}"),
    ("ons kenmerk:", lambda r: f"{r.randint(2022, 2025)}/SWT/{r.randint(100, 9999):04d}"),
    ("dossier nr.", lambda r: f"{r.randint(10, 99)}-{r.randint(1000, 9999)}"),
    ("huurdernummer", lambda r: f"{r.randint(30000000, 39999999)}"),
    ("zaak", lambda r: f"#{r.randint(10000, 99999)}"),
    ("Wmo-aanvraag", lambda r: f"WMO{r.randint(22, 25)}{r.randint(10000, 99999)}"),
    ("beschikking", lambda r: f"B-{r.randint(100000, 999999)}-{r.choice('ABCDX')}"),
]


def make_email(rng: random.Random, first: str, sur: str, pro: bool = False) -> str:
    f = ascii_fold(first).lower().replace(" ", "")
    s = ascii_fold(sur).lower().replace(" ", "").replace("'", "")
    s_dot = ascii_fold(sur).lower().replace("'", "").replace(" ", ".")
    if pro:
        local = rng.choice([f"{f[0]}.{s}", f"{f}.{s_dot}", f"{f}{s[0]}", f"{f[0]}{s}"])
        return f"{local}@{rng.choice(PRODOMAINS)}"
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{f[0]}.{s}",
            f"{s}{rng.randint(1950, 2008)}",
            f"{f}_{s}",
            f"{f}{s}",
            f"{f}-{rng.randint(1, 99)}",
            f"{f}.{s[0]}{rng.randint(10, 99)}",
            f"{s}.{f}",
        ]
    )
    return f"{local}@{rng.choice(MAILDOMAINS)}"


# ---------------------------------------------------------------- generator

FEM = {
    "Wiśniewski": "Wiśniewska",
    "Lewandowski": "Lewandowska",
    "Szymański": "Szymańska",
    "Kozłowski": "Kozłowska",
    "Georgiev": "Georgieva",
    "Ivanov": "Ivanova",
    "Todorov": "Todorova",
    "Stoyanov": "Stoyanova",
}
MASC = {v: k for k, v in FEM.items()} | {
    "Kamińska": "Kamiński",
    "Zielińska": "Zieliński",
    "Dąbrowska": "Dąbrowski",
    "Petrova": "Petrov",
    "Dimitrova": "Dimitrov",
}


class Person:
    def __init__(self, first: str, sur: str, gender: str, origin: str, rng: random.Random):
        self.first, self.sur, self.gender, self.origin = first, sur, gender, origin
        extra = rng.choice(["", "", "", "M.", "J.", "A.", "H.", "E."])  # second given name
        self.initials = "".join(p[0] + "." for p in re.split(r"[ -]", first)) + extra

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    @property
    def sur_cap(self) -> str:  # surname after a title or at sentence start: De Groot
        return self.sur[0].upper() + self.sur[1:]

    def gendered(self, sur: str) -> str:
        return FEM.get(sur, sur) if self.gender == "f" else MASC.get(sur, sur)


def pick_person(
    rng: random.Random,
    used: list,
    gender: str | None = None,
    origin: str | None = None,
    mixed: float = 0.15,
    unique_sur: bool = True,
) -> Person:
    for attempt in range(500):
        if attempt == 250:  # small origin group exhausted: any origin
            origin = None
        f, g, o = rng.choice(FIRST)
        if (gender and g != gender) or (origin and o != origin) or f in used:
            continue
        so = o if rng.random() >= mixed else rng.choice(ORIGINS)
        s = rng.choice(SURNAMES[so])
        s = FEM.get(s, s) if g == "f" else MASC.get(s, s)
        if unique_sur and s in used:
            continue
        used.extend([f, s])
        return Person(f, s, g, o, rng)
    raise RuntimeError("no person")


def possessive(name: str) -> str:
    """Marked possessive: the s stays outside the span."""
    if name[-1] in "aeiouy" and not name.endswith("ee"):
        return f"[[p:{name}]]'s"
    if name[-1] in "sxz":
        return f"[[p:{name}]]'"
    return f"[[p:{name}]]s"


REL = {
    "f": ["zus", "dochter", "moeder", "schoonzus", "nicht", "tante", "schoondochter"],
    "m": ["broer", "zoon", "vader", "zwager", "neef", "oom", "schoonzoon"],
}


class Ctx:
    """Slot values for one generated text: one client with family, two
    professionals, one neighbour; identifiers fixed per person, forms vary."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        used: list = []
        self.c = pick_person(rng, used)
        self.r = pick_person(rng, used, origin=self.c.origin, mixed=0.1, unique_sur=False)
        if rng.random() < 0.5:
            self.r.sur = self.r.gendered(self.c.sur)
        self.k1 = pick_person(rng, used, origin=self.c.origin, mixed=0.0, unique_sur=False)
        self.k2 = pick_person(rng, used, origin=self.c.origin, mixed=0.0, unique_sur=False)
        self.nb = pick_person(rng, used)
        self.p1 = pick_person(rng, used, mixed=0.2)
        self.p2 = pick_person(rng, used, mixed=0.2)
        self.rel_noun = rng.choice(REL[self.r.gender])
        self.rw = ("haar " if self.c.gender == "f" else "zijn ") + self.rel_noun
        self.p1role = rng.choice(ROLES)
        self.p2role = rng.choice([x for x in ROLES if x != self.p1role])
        self.wijk = rng.choice(WIJKEN)
        self.mentioned = False
        self.addr = make_address(rng)
        self.pc = make_postcode(rng)
        self.dob = rand_date(rng, 1938, 2004)
        self.age = 2024 - self.dob.year
        self.bsn = make_bsn(rng, rng.choice(["plain", "dots", "dots3", "spaces", "plain"]))
        kind = (
            rng.choice(["sp", "sp", "sp", "c", "c", "c", "lc"])
            if rng.random() < 0.92
            else rng.choice(["be", "de"])
        )
        bank = rng.choice(["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"])
        self.iban = make_iban(rng, f"{kind}:{bank}" if kind not in ("be", "de") else kind)
        self.email = make_email(rng, self.c.first, self.c.sur)
        self.phone = make_phone(rng, rng.choice(["mob", "mob", "mob", "land", "intl"]))
        self.clock = rng.randint(8, 10) * 60 + rng.randint(0, 59)

    # --- person forms
    def title(self, p: Person, low: bool = False) -> str:
        t = self.rng.choice(
            {
                "f": ["mevrouw", "mw.", "mevr.", "mw", "mevrouw"],
                "m": ["meneer", "dhr.", "de heer", "dhr", "meneer"],
            }[p.gender]
        )
        name = p.sur.lower() if low else p.sur_cap
        return f"{t} [[p:{name}]]"

    def cref(self) -> str:
        c = self.c
        if not self.mentioned:
            self.mentioned = True
            return f"[[p:{c.full}]]"
        form = self.rng.choice(["first", "first", "title", "title", "init", "full"])
        if form == "first":
            return f"[[p:{c.first}]]"
        if form == "title":
            return self.title(c)
        if form == "init":
            return f"[[p:{c.initials} {c.sur_cap}]]"
        return f"[[p:{c.full}]]"

    def pro(self, p: Person) -> str:
        form = self.rng.choice(["full", "init", "first", "full"])
        if form == "full":
            return f"[[p:{p.full}]]"
        if form == "init":
            return f"[[p:{p.initials} {p.sur_cap}]]"
        return f"[[p:{p.first}]]"

    def tick(self) -> str:
        self.clock += self.rng.randint(1, 95)
        return f"{self.clock // 60 % 24:02d}:{self.clock % 60:02d}"

    def __getitem__(self, key: str) -> str:  # noqa: C901 - one table of slots
        r, c = self.rng, self.c
        she = c.gender == "f"
        if key == "C":
            return self.cref()
        if key == "Cfull":
            self.mentioned = True
            return f"[[p:{c.full}]]"
        if key == "Cfirst":
            self.mentioned = True
            return f"[[p:{c.first}]]"
        if key == "Ctitle":
            self.mentioned = True
            return self.title(c)
        if key == "Ctitle_cap":
            self.mentioned = True
            t = self.title(c)
            return t[0].upper() + t[1:]
        if key == "Clow":
            self.mentioned = True
            return self.title(c, low=True)
        if key == "Cfirstlow":
            return f"[[p:{c.first.lower()}]]"
        if key == "Cinit":
            return f"[[p:{c.initials} {c.sur_cap}]]"
        if key == "Cposs":
            self.mentioned = True
            return possessive(c.first)
        if key == "R":
            return f"[[p:{self.r.first}]]" if r.random() < 0.6 else f"[[p:{self.r.full}]]"
        if key == "Rw":
            return self.rw
        if key == "Rw_cap":
            return self.rw[0].upper() + self.rw[1:]
        if key == "Rnoun":
            return self.rel_noun
        if key == "K1":
            return f"[[p:{self.k1.first}]]"
        if key == "K2":
            return f"[[p:{self.k2.first}]]"
        if key == "Nw":
            return "Buurvrouw" if self.nb.gender == "f" else "Buurman"
        if key == "N":
            return self.title(self.nb) if r.random() < 0.6 else f"[[p:{self.nb.full}]]"
        if key in ("P1", "P2"):
            return self.pro(self.p1 if key == "P1" else self.p2)
        if key in ("P1first", "P2first"):
            return f"[[p:{(self.p1 if key == 'P1first' else self.p2).first}]]"
        if key in ("P1full", "P2full"):
            return f"[[p:{(self.p1 if key == 'P1full' else self.p2).full}]]"
        if key == "P1poss":
            return possessive(self.p1.first)
        if key == "P1r":
            return f"<<r:{self.p1role}>>"
        if key == "P2r":
            return f"<<r:{self.p2role}>>"
        if key == "P1r_cap":
            return f"<<r:{self.p1role[0].upper() + self.p1role[1:]}>>"
        if key == "role":
            return f"<<r:{r.choice(ROLES)}>>"
        if key == "org":
            return f"<<o:{r.choice(ORGS)}>>"
        if key == "sender":
            return f"<<o:{r.choice(SENDER_ORGS)}>>"
        if key == "via":
            return f"<<o:{r.choice(REFERRER_ORGS)}>>"
        if key == "care":
            return f"<<o:{r.choice(CARE_ORGS)}>>"
        if key == "wijk":
            return f"<<w:{self.wijk}>>"
        if key == "wijk2":
            return f"<<w:{r.choice(WIJKEN)}>>"
        if key == "date":
            return f"[[d:{fmt_date(r, rand_date(r))}]]"
        if key == "dateday":  # used as 'op de {dateday}'
            return f"[[d:{r.randint(1, 28)}e]]"
        if key == "dob":
            return f"[[d:{fmt_date(r, self.dob, r.choice(['dd-mm-yyyy', 'd-m-yyyy', 'dmy', 'd/m/yyyy', 'iso', 'dd.mm.yyyy', 'd mon. yyyy']))}]]"
        if key == "phone":
            return f"[[ph:{self.phone}]]"
        if key == "rphone":
            return f"[[ph:{make_phone(r)}]]"
        if key == "pphone":
            return f"[[ph:{make_phone(r, r.choice(['mob', 'land']))}]]"
        if key == "email":
            return f"[[e:{self.email}]]"
        if key == "remail":
            return f"[[e:{make_email(r, self.r.first, self.r.sur)}]]"
        if key == "pemail":
            return f"[[e:{make_email(r, self.p1.first, self.p1.sur, pro=True)}]]"
        if key == "addr":
            return f"[[a:{self.addr}]]"
        if key == "addr2":
            return f"[[a:{make_address(r)}]]"
        if key == "pc":
            return f"[[pc:{self.pc}]]"
        if key == "city":
            return r.choice(["Den Haag", "Den Haag", "'s-Gravenhage", "DEN HAAG"])
        if key == "bsn":
            return f"[[bsn:{self.bsn}]]"
        if key == "iban":
            return f"[[iban:{self.iban}]]"
        if key == "dosc":
            cue, g = r.choice(DOSSIER_CUES)
            return f"{cue} [[dos:{g(r)}]]"
        if key == "clock":
            return self.tick()
        # neutral material (never annotated)
        if key == "age":
            return str(self.age)
        if key == "kage":
            return str(r.randint(6, 17))
        if key == "year":
            return str(r.randint(2005, 2022))
        if key == "month":
            return r.choice(MONTHS)
        if key == "dur":
            return r.choice(
                [
                    "drie weken",
                    "twee maanden",
                    "een half jaar",
                    "zes weken",
                    "ruim een jaar",
                    "vier maanden",
                    "10 dagen",
                    "anderhalf jaar",
                    "8 weken",
                ]
            )
        if key == "time":
            return r.choice(
                ["9.30 uur", "10:15", "13.00 uur", "14:45", "half elf", "16.15 uur", "8:45"]
            )
        if key == "amount":
            return r.choice(["1.250", "2.314,16", "640", "3.800", "412,75", "12.600", "987"])
        if key == "amount_m":
            return r.choice(["25", "40", "50", "75", "112,50", "35"])
        if key == "n":
            return r.choice(["drie", "vier", "5", "zes", "7"])
        if key == "zij":
            return "zij" if she else "hij"
        if key == "Zij":
            return "Zij" if she else "Hij"
        if key == "haar":
            return "haar" if she else "zijn"
        if key == "Haar":
            return "Haar" if she else "Zijn"
        if key == "hem":
            return "haar" if she else "hem"
        if key == "mevr":
            return "mevrouw" if she else "meneer"
        if key == "Mevr":
            return "Mevrouw" if she else "Meneer"
        if key == "weduw":
            return "weduwe" if she else "weduwnaar"
        raise KeyError(key)


class _Fmt(dict):
    def __init__(self, ctx: Ctx):
        super().__init__()
        self.ctx = ctx

    def __missing__(self, key: str) -> str:
        return self.ctx[key]


# 55 body templates; none reuses a dev.jsonl sentence frame
BODY = [
    "{Cfull} ({age}) kwam via {via} bij ons binnen met een plastic tas vol onbetaalde rekeningen.",
    "Op {date} hebben {P1} en ik {C} thuis gesproken; {Rw} {R} zat erbij.",
    "{Rw_cap} {R} belde ongerust: niemand had {C} al {dur} gezien.",
    "De woning aan de {addr} ({pc}) is eigenlijk te klein voor {n} personen.",
    "{Ctitle_cap} is bij {sender} bekend onder {dosc}.",
    "Voor de bijzondere bijstand zijn {haar} BSN ({bsn}) en een afschrift van rekening {iban} nodig.",
    "{P1} ({P1r}) blijft voor {C} het vaste aanspreekpunt en is bereikbaar op {pphone}.",
    "Na {dur} wachten kwam op {date} eindelijk de beschikking van {sender} binnen.",
    "De eerste afspraak stond op {date} om {time}, maar {C} deed niet open.",
    "{Cposs} grootste zorg is de schuld van € {amount} bij de zorgverzekeraar.",
    "Mail van {C} ({email}) op {date}: 'ik weet niet meer wat ik moet doen'.",
    "Nieuw nummer van {C}: {phone}. Het oude nummer is afgesloten.",
    "Sinds {year} woont {C} in {wijk}, eerst bij {Rw} {R}, nu zelfstandig.",
    "nb: {Clow} wil niet dat de buren weten dat wij langskomen.",
    "De huur gaat voortaan automatisch van {iban}, een paar dagen nadat de uitkering binnen is.",
    "Terugbellen naar {Rw} {R} op {rphone}, liefst na {time}.",
    "{Nw}, {N}, heeft onze kaart en houdt een oogje in het zeil.",
    "Via {P2} ({P2r}) gaf het <<o:Wmo-loket>> op {date} een indicatie af voor {n} uur per week.",
    "Het verzoek om kwijtschelding ({dosc}) is op {date} afgewezen; het bezwaar loopt.",
    "Geboren {dob}, BSN {bsn}, ingeschreven op de {addr} te {city}.",
    "Wat werkte: {P1first} dronk eerst een kop koffie met {C} voordat er één formulier op tafel kwam.",
    "Volgens {C} heeft {Rw} {R} de bankpas en de pincode in beheer.",
    "Na overleg met {P2} ({P2r}) is de hulp opgeschaald naar {care}.",
    "{Cfirst} vertelde dat {zij} {dur} geleden {haar} baan in de kassen verloor.",
    "Tijdelijk postadres: {addr2}, {pc} {city}, bij {Rw} {R}.",
    "Op {date} stond de deurwaarder op de stoep; het beslag loopt onder {dosc}.",
    "Vragen? Mail {P1} via {pemail} of bel {pphone}.",
    "{P2} en {P1} spreken elkaar over {dur} weer, of eerder als het misgaat.",
    "De {role} maakte zich zorgen over de hygiëne in huis; {C} weigerde eerst elke hulp.",
    "{Ctitle_cap} is sinds {date} {weduw} en worstelt met de administratie die de partner altijd deed.",
    "De kinderen, {K1} en {K2}, zitten op een basisschool in {wijk2}.",
    "{K1} ({kage}) is sinds {month} nauwelijks op school geweest.",
    "Een brief van {sender} over {dosc} lag al weken ongeopend op het dressoir.",
    "In het gesprek van {date} zei {C}: 'Ik wil niet dat mijn kinderen hier iets van merken.'",
    "Toestemmingsverklaring getekend op {date}; gegevens mogen gedeeld worden met {care}.",
    "Per {date} woont {C} op de {addr2} in {wijk2}.",
    "Rekeningnummer voor de teruggaaf: {iban} t.n.v. {Cinit}.",
    "{Rw_cap} {R} wil graag mantelzorger zijn, maar woont in Zoetermeer en werkt fulltime.",
    "Bereikbaar: {phone} (alleen 's ochtends) of per mail {email}.",
    "{Cposs} {Rnoun} {R} ligt sinds {date} in het ziekenhuis.",
    "Vorige week ({date}) is de casus overgedragen aan {P2}, {P2r} bij {care}.",
    "Afspraak: {P1first} belt {C} op {date} om {time}; bij geen gehoor gaat {P2first} langs.",
    "De betalingsregeling van € {amount_m} per maand staat geregistreerd onder {dosc}.",
    "Adres voor de Wmo-aanvraag: {addr}, {pc}.",
    "{Cfirst} heeft {n} kinderen in de leeftijd van 3 tot {kage} jaar.",
    "{P1poss} advies: plan nooit een huisbezoek op de dag dat de uitkering binnenkomt.",
    "Uitbetaling van de vergoeding volgt op de {dateday}, aldus {P2}.",
    "{P1} ({via}) stuurde het verslag van {date} rond; {C} kreeg een papieren kopie.",
    "kort: {Cfirstlow} gebeld op {phone}, voicemail, morgen opnieuw.",
    "De zorg is niet 24/7 nodig; drie keer per week een uur is genoeg, zegt {Rw} {R}.",
    "Contactgegevens van {Rw}: {R}, {rphone}, {remail}.",
    "Aanmelding bij {care} verstuurd op {date}; verwachte wachttijd {dur}.",
    "BSN {bsn} nagekeken in Suwinet: ingeschreven op {addr}, {pc}, dat klopt.",
    "Gegevens voor de aanvraag: {Cinit}, geboren {dob}, bsn {bsn}.",
    "Post gaat voorlopig naar {Rw} {R}, {addr2}, {pc} {city}.",
]

# frames give each generated text a register: (name, opener, closer)
FRAMES = [
    (
        "notitie huisbezoek",
        "Huisbezoek {date} bij {Cfull}, {addr}.",
        "Volgende stap: terugkoppeling aan {P2first}.",
    ),
    (
        "forumvraag",
        "Vraag aan de groep: wie kent een route voor dit soort situaties in {wijk}?",
        "Alvast bedankt!\n{P1first}",
    ),
    (
        "overdracht",
        "Overdracht van {Cfull} aan {P2full}",
        "Dossier staat klaar; bel gerust bij twijfel.",
    ),
    (
        "casustafel",
        "Casustafel {wijk}, {date}. Inbreng door {P1full} ({P1r}).",
        "Vraag aan de tafel: wie neemt de regie?",
    ),
    (
        "mail aan partner",
        "Beste {P2first},\n\nIk stuur je de stand van zaken rond {Cfull}.",
        "Met vriendelijke groet,\n\n{P1full}\n{P1r_cap}\n{pphone}",
    ),
    (
        "lesbeschrijving",
        "Les uit {wijk}: eerst luisteren, dan regelen.",
        "Les voor andere teams: maak vroeg één plan met {C} zelf aan tafel.",
    ),
    (
        "teamchat",
        "[{clock}] {P1first}: update over {Cfull}",
        "[{clock}] {P2first}: dank, ik pak het morgen op.",
    ),
    (
        "formulier",
        "Aanmelding via {via}\nNaam: {Cfull}\nGeboortedatum: {dob}\nAdres: {addr}, {pc} {city}",
        "Ingevuld door: {P1full}, {date}",
    ),
    (
        "evaluatie",
        "Evaluatie na {dur} begeleiding van {Cfull} ({wijk}).",
        "Conclusie: de doelen zijn grotendeels gehaald; afsluiten per {date}.",
    ),
    (
        "reactie in draad",
        "Re: ervaringen met {care}?\n\nHerkenbaar! Bij ons speelde iets vergelijkbaars met {Cfull}.",
        "Succes ermee,\n{P1first} ({P1r} {wijk})",
    ),
]
# identifier-heavy templates, one of them guaranteed per text (round robin)
MUST_KEYS = [
    "bijzondere bijstand zijn",
    "Mail van {C}",
    "nagekeken in Suwinet",
    "Tijdelijk postadres",
    "Rekeningnummer voor de teruggaaf",
    "Geboren {dob}",
    "Gegevens voor de aanvraag",
    "Bereikbaar: {phone}",
    "Post gaat voorlopig",
    "Nieuw nummer",
    "De woning aan de",
    "De huur gaat voortaan",
    "Contactgegevens van {Rw}",
    "Adres voor de Wmo-aanvraag",
    "het beslag loopt onder",
]
MUST = [next(i for i, t in enumerate(BODY) if k in t) for k in MUST_KEYS]


def render(tpl: str, ctx: Ctx) -> str:
    return tpl.format_map(_Fmt(ctx))


def generate(i: int, rng: random.Random) -> tuple[str, str]:
    ctx = Ctx(rng)
    name, opener, closer = FRAMES[i % len(FRAMES)]
    k = rng.randint(4, 7)
    must = BODY[MUST[i % len(MUST)]]
    rest = rng.sample([t for t in BODY if t != must], k - 1)
    body = rest[: k // 2] + [must] + rest[k // 2 :]
    first = render(opener, ctx)
    mid = [render(t, ctx) for t in body]
    if name == "teamchat":
        who = ["{P1first}", "{P2first}"]
        mid = [f"[{ctx.tick()}] {render(who[j % 2], ctx)}: {p}" for j, p in enumerate(mid)]
    last = render(closer, ctx)
    if name == "teamchat":
        text = "\n".join([first] + mid + [last])
    elif name == "formulier":
        text = first + "\nToelichting: " + " ".join(mid) + "\n" + last
    elif name in ("mail aan partner", "reactie in draad", "forumvraag"):
        text = first + "\n\n" + " ".join(mid) + "\n\n" + last
    elif name in ("notitie huisbezoek", "casustafel", "overdracht"):
        text = first + "\n" + "\n".join("- " + p for p in mid) + "\n" + last
    else:
        text = first + "\n\n" + " ".join(mid) + "\n\n" + last
    return name, text


# ---------------------------------------------------------------- hand-written texts
# (register, marked text); each written on its own, not from templates.
HAND: list[tuple[str, str]] = [
    (
        "reflectieve les",
        """Les: eerst de relatie, dan de rommel

Aanleiding
In het voorjaar kregen wij via <<o:Haag Wonen>> een zorgmelding over [[p:Gerrit Vrolijk]] (71), [[a:Van der Vennestraat 88 hs]] in de <<w:Schilderswijk>>. De <<r:huismeester>> rook een sterke lucht in het trappenhuis. Meneer woont daar sinds 1987 en heeft geen contact meer met zijn zoon [[p:Ruud]].

Aanpak
Onze <<r:wijkverpleegkundige>> [[p:Anouk Taal]] is op [[d:dinsdag 9 april]] samen met mij langsgegaan, zonder klembord en zonder plan. [[p:Vrolijk]] liet ons pas de derde keer binnen. We hebben afgesproken dat we per bezoek één hoek doen, nooit langer dan een uur.

Wat werkte
- Vaste gezichten: alleen [[p:Anouk]] en ik.
- De buurvrouw, mevrouw [[p:Knoester]], die meneer al veertig jaar kent, mocht bij het eerste gesprek zitten.
- Geen foto's maken waar hij bij is.

Les voor andere teams
Wacht met de <<o:GGD>> tot er vertrouwen is. De ontruimingsdreiging verdween toen <<o:Haag Wonen>> zag dat er beweging was. Dossier [[dos:SWT-2024-0412]] is na vijf maanden gesloten.

[[p:Joost Pronk]], <<r:maatschappelijk werker>> <<o:SWT>> <<w:Centrum>>""",
    ),
    (
        "reactie in draad met citaat",
        """> [[p:Marloes]] schreef op [[d:12-02-2024]]:
> Wij lopen vast bij een gezin in <<w:Moerwijk>> met een energieschuld van ruim € 3.400. <<o:Eneco>> dreigt af te sluiten.

Hoi [[p:Marloes]], herkenbaar. Bij fam. [[p:Wiśniewski]] op de [[a:Zuidlarenstraat 61-B]] hebben we eerst met [[p:Paweł]] zelf de klantenservice gebeld (hij belt niet graag in het Nederlands) en een regeling van € 75 per maand voorgesteld. Het klantnummer bij <<o:Eneco>> was [[dos:200488137]]; zorg dat je dat bij de hand hebt, anders word je eindeloos doorverbonden. Binnen twee weken was de afsluiting van tafel. Daarna is [[p:Katarzyna]], zijn vrouw, doorverwezen naar de <<r:schuldhulpverlener>>.
Als je wilt, geef ik je het contact van [[p:Hester de Haan]] bij <<o:Schuldhulpverlening>>, zij is heel vlot: [[e:h.dehaan@shv-denhaag.nl]].

Groet, [[p:Sjoerd]]""",
    ),
    (
        "casus voor expertoverleg",
        """Casus voor het <<o:Expertteam Complexe Casuïstiek>>, [[d:donderdag 14 maart]]
Inbrenger: [[p:Willemijn Schipper]], <<r:casusregisseur>> <<o:SWT>> <<w:Laak>>

Gezin: moeder [[p:Hatice Öztürk]] (38), kinderen [[p:Elif]] (14), [[p:Burak]] (11) en [[p:Derya]] (4). Vader [[p:Serkan Öztürk]] verblijft sinds januari bij zijn broer in Rotterdam; er is een tijdelijk huisverbod geweest (melding <<o:Veilig Thuis>> [[dos:VT-MLD-23-88140]]).
Adres: [[a:Hengelolaan 412]], [[pc:2545 KN]] Den Haag.

Wat speelt er
- Huurachterstand € 2.870 bij <<o:Staedion>>, vonnis verwacht.
- [[p:Elif]] is sinds de kerstvakantie 23 dagen afwezig geweest; de <<r:leerplichtambtenaar>> heeft een proces-verbaal aangekondigd.
- Moeder heeft klachten die passen bij een depressie, maar wil niet naar de <<r:POH-GGZ>>.
- Alle inkomsten lopen via één rekening op naam van vader ([[iban:@sp:INGB]]), waar moeder geen toegang toe heeft.

Vraag aan het expertteam
Wie neemt de regie nu er drie trajecten naast elkaar lopen (<<o:Jeugdbescherming west>>, <<o:Schuldhulpverlening>>, <<o:SWT>>)? Graag advies over doorzettingsmacht.

Contact inbrenger: [[ph:06 2831 7745]] of [[e:w.schipper@swt-laak.nl]]""",
    ),
    (
        "evaluatie pilot vier maanden",
        """Evaluatie pilot 'Samen aan tafel' (vier maanden, <<w:Bezuidenhout>> en <<w:Mariahoeve>>)

Van september tot en met december voerden we bij 31 huishoudens het eerste gesprek met een <<r:ervaringsdeskundige>> erbij. Het idee kwam van [[p:Rinus Hoogendoorn]] (<<o:Stichting MOOI>>) na een netwerkbijeenkomst op [[d:5-6-2023]].

Cijfers
- 31 huishoudens, 24 gesprekken afgerond, 7 afgehaakt.
- Gemiddelde doorlooptijd tot een eerste plan: 19 dagen (was 41).
- 12 keer is een tolk ingezet, meestal Tigrinya en Arabisch.

Wat bewoners zeiden
"Eindelijk iemand die niet met een formulier binnenkwam," zei een moeder uit <<w:Mariahoeve>>. Een man van 82 vond drie mensen aan tafel juist verwarrend.

Wat we anders gaan doen
De <<r:ervaringsdeskundigen>> ([[p:Semhar]] en [[p:Glenn]]) krijgen een eigen werktelefoon. Eerder deelden ze hun privénummer, zoals [[ph:06-149 208 73]], en dat willen we niet meer.
Tweede evaluatie: [[d:maandag 10 februari]] met [[p:W.J. Groenewegen]] van de gemeente.""",
    ),
    (
        "notities huisbezoek",
        """hb [[d:4/3]] mw. [[p:kalloe]], 2e etage, lift kapot
- mw zit in rolstoel sinds val in januari, kan niet naar beneden
- dochter [[p:sarita]] komt 2x p/w, woont in Zoetermeer
- post niet geopend: ca. 40 brieven, o.a. <<o:CAK>> en incasso
- huisarts dr. [[p:jaggan]] weet van de situatie
- afspraak [[d:do 7/3]] 10.00 uur met <<r:Wmo-consulent>> (traplift of verhuizen?)
- tel mw: [[ph:070 - 388 41 29]], dochter: [[ph:06 55 09 12 46]]
actie ik: brief naar <<o:CAK>>, kopie in dossier [[dos:2024-SWT-01187]]""",
    ),
    (
        "brief aan woningcorporatie",
        """Aan: <<o:Vestia>>, afdeling Incasso
Betreft: verzoek opschorting ontruiming, huurdernummer [[dos:30077416]]

Den Haag, [[d:18 november 2024]]

Geachte heer [[p:Van der Toorn]],

Namens het <<o:Sociaal Wijkteam>> <<w:Escamp>> vraag ik u de ontruiming van de woning aan de [[a:Melis Stokelaan 2031]], [[pc:2541GA]] Den Haag, aangekondigd voor [[d:3 december]], op te schorten.

Mevrouw [[p:Faadumo Warsame]] (41) woont hier met haar vier kinderen van 6 tot 17 jaar. Sinds [[d:1 oktober]] ontvangt zij weer een volledige bijstandsuitkering; de achterstand van € 1.912,33 is ontstaan in de periode dat haar toeslagen werden teruggevorderd. Met haar is afgesproken dat de huur voortaan automatisch wordt afgeschreven van [[iban:@sp:ABNA]]. Daarnaast is een aanvraag bij <<o:Schuldhulpverlening>> ingediend (aanvraagnummer [[dos:SHV-2024-10873]]).

Ik verzoek u dringend om een gesprek met mevrouw [[p:Warsame]], haar <<r:bewindvoerder>> en uw <<r:huurconsulent>>.

Met vriendelijke groet,

[[p:Hasna Boutaleb]]
<<r:maatschappelijk werker>>, <<o:Sociaal Wijkteam>> <<w:Escamp>>
[[ph:(070) 752 80 14]] | [[e:h.boutaleb@swtescamp.nl]]""",
    ),
    (
        "bericht aan schuldhulpverlener",
        """Hoi [[p:Kwabena]],

Zoals gisteren besproken de gegevens voor de aanmelding van meneer [[p:Florin Stoica]]:
naam: [[p:Stoica]], [[p:Florin]]
geb.: [[d:22-07-1979]]
BSN: [[bsn:@dots3]]
adres: [[a:Boekhorststraat 57-2]], [[pc:2512 CR]]
tel: [[ph:+40 723 118 904]] (Roemeens nummer, hij heeft geen Nederlands abonnement)
rekening: [[iban:@c:BUNQ]]

Bekende schulden: zorgverzekeraar (ca. € 1.100), twee boetes van het <<o:CJIB>> en een lening bij een kennis. Hij werkt via een uitzendbureau in het Westland, 32 uur per week, en wordt wisselend uitbetaald.
Let op: zijn partner [[p:Loredana]] staat niet op het huurcontract maar woont er wel; dat kan uitmaken voor de toeslagen.
Kun jij dit oppakken vóór [[d:vrijdag 21 juni]]? Dan plan ik het eerste gesprek op ons kantoor in <<w:Transvaal>>.

Groet,
[[p:Pleun]]""",
    ),
    (
        "korte vraag in draad",
        """Heeft iemand ervaring met een pgb voor begeleiding bij niet-aangeboren hersenletsel? Bij mw. [[p:Ramautar]] in <<w:Wateringse Veld>> loopt de aanvraag al sinds maart en niemand bij het <<o:Wmo-loket>> weet wie hem moet beoordelen. Tips welkom!""",
    ),
    (
        "lestitel met samenvatting",
        """Titel: De brief die niemand las

Samenvatting: Een echtpaar van in de tachtig in het <<w:Statenkwartier>> kreeg een naheffing van de <<o:Belastingdienst>>, omdat hun zoon jarenlang hun aangifte deed en daarmee stopte na een ruzie. Pas toen meneer [[p:Den Heijer]] op [[d:2 mei]] bij de <<o:Sociaal Raadslieden>> binnenliep, bleek dat er sinds 2021 niets meer was ingediend. Les: vraag bij ouderen altijd wie de post en de aangifte doet, en wat er gebeurt als die persoon wegvalt.""",
    ),
    (
        "verslag MDO met aanwezigen",
        """Verslag MDO [[d:2024-04-16]]
Aanwezig: [[p:Ineke Spaans]] (<<r:casemanager dementie>>), [[p:D. Sastrodikromo]] (<<r:huisarts>>), [[p:Tariq]] (<<o:SWT>>), [[p:Kavita Mahabier]] (<<r:wijkverpleegkundige>>, <<o:Florence>>), mantelzorger [[p:Sutinah]] (schoondochter)
Afwezig: [[p:Rojhat]] (<<r:ouderenconsulent>>)

Cliënt: dhr. [[p:S. Karsowidjojo]], 84 jaar, [[a:Loevesteinlaan 190]]
1. Meneer dwaalt 's nachts; twee keer door de politie thuisgebracht, laatst op [[d:7 april]].
2. Inzet <<o:Florence>> gaat van 2 naar 4 keer per dag.
3. [[p:Sutinah]] kan het niet meer alleen; zij werkt 24 uur en heeft zelf drie kinderen.
4. Wlz-indicatie aanvragen via het <<o:CIZ>>; [[p:Ineke]] regelt dit, referentie [[dos:CIZ-2404-77163]].
Actiepunten:
- [[p:Tariq]]: dagbesteding bij <<o:Haagse Wijk- en Woonzorg>> regelen
- [[p:Kavita]]: nachtzorg en domotica uitzoeken
Volgend overleg: [[d:di 14 mei]], 13.30 uur""",
    ),
    (
        "overdrachtsmail voor verlof",
        """Onderwerp: overdracht tijdens mijn verlof ([[d:22/7]] t/m [[d:9/8]])

Lieve collega's,

Vanaf maandag ben ik drie weken weg. [[p:Joep]] neemt mijn caseload waar. De lopende zaken:

1. [[p:Shurandy Martis]] (19): stage bij de gemeente loopt goed, maar zijn <<o:DUO>>-schuld is opeens € 6.200. Hij belt zelf niet; zijn moeder [[p:Glenda]] wel ([[ph:+599 9 461 2230]], zij woont op Curaçao, let op het tijdsverschil).
2. Fam. [[p:Tran]], [[a:Newtonstraat 14]]: de nagelsalon van mw. [[p:Tran]] is dicht; aanvraag Bbz loopt (zaak [[dos:BBZ-24-00318]]).
3. Meneer [[p:Okonkwo]] wacht op de uitspraak van zijn bezwaar, kenmerk [[dos:BZ/2024/1198]]. Niets doen vóór [[d:1 augustus]].
4. [[p:Yulia]] en haar moeder (opvang [[a:Laan van Nieuw Oost-Indië 133A]]): taalmaatje geregeld via <<o:Humanitas>>.

Mijn mail staat op automatisch antwoord. Bij nood: bel [[p:Marja]] van de backoffice.
[[p:Hester]]""",
    ),
    (
        "samenvatting melding Veilig Thuis",
        """Samenvatting melding aan <<o:Veilig Thuis Haaglanden>>
Datum melding: [[d:03.10.2023]]
Melder: [[p:C.M. Verschoor]], <<r:jeugdconsulent>>
Betrokkenen: [[p:Dilan Rekani]] (moeder, 29, bsn [[bsn:@plain]]), [[p:Zana Rekani]] (vader, 34), [[p:Berivan]] (dochter, 6), [[p:Baran]] (zoon, 2)
Woonadres: [[a:Slachthuisstraat 3 B]], [[pc:2521 BR]]
Aanleiding: de <<r:intern begeleider>> van de basisschool van [[p:Berivan]] zag blauwe plekken op haar bovenarm. [[p:Berivan]] vertelde dat "papa boos was omdat [[p:Baran]] huilde".
Afspraak: <<o:Veilig Thuis>> doet binnen vijf werkdagen een veiligheidsbeoordeling; het <<o:SWT>> blijft betrokken voor de schulden. VT-nummer: [[dos:2023-VT-114072]].""",
    ),
    (
        "teamapp-berichten",
        """[09:12] [[p:Teun]]: iemand vandaag in de buurt van de [[a:Hobbemastraat 121]]? mw [[p:popescu]] belde huilend, er staat water in haar keuken
[09:14] [[p:Rezan]]: ik zit tot 11.00 bij het <<o:CJG>> <<w:Schilderswijk>>, daarna kan ik
[09:15] [[p:Teun]]: top. ze heeft geen beltegoed, dus niet terugbellen maar gewoon gaan. de bel is kapot
[09:31] [[p:Marloes]]: heb <<o:Haag Wonen>> gebeld, storingsmelding [[dos:HW-5521983]]
[11:48] [[p:Rezan]]: ben bij [[p:Mihaela]]. lekkage van boven, buurman [[p:Ionescu]] doet niet open
[11:50] [[p:Rezan]]: haar zoontje [[p:Ionuț]] (3) heeft astma en er zit schimmel in de slaapkamer. foto's gemaakt""",
    ),
    (
        "intakeformulier",
        """INTAKEFORMULIER SOCIAAL WIJKTEAM (vertrouwelijk)
Naam cliënt: [[p:Bondarenko]], [[p:Oksana]]
Geboortedatum: [[d:14-11-1986]]
BSN: [[bsn:@plain]]
Nationaliteit: Oekraïens (tijdelijke bescherming)
Adres: [[a:Vissershavenweg 61 C]]
Postcode/plaats: [[pc:2583DL]] Den Haag
Telefoon: [[ph:+380 67 412 9083]] / [[ph:06-84712209]]
E-mail: [[e:oksana.bondarenko86@ukr.net]]
Bankrekening: [[iban:@sp:RABO]]
Huishouden: zoon [[p:Mykola]] ([[d:02-05-2012]]), moeder [[p:Halyna Bondarenko]] (71)
Huisarts: [[p:Vroegindeweij]], <<w:Scheveningen>>
Hulpvraag: werk zoeken; moeder heeft hulp nodig bij medicatie
Verwezen door: <<o:VluchtelingenWerk>>, contactpersoon [[p:A. Tkachenko]]
Registratienummer: [[dos:SWT/SCH/24-0588]]""",
    ),
    (
        "reflectie op wat misging",
        """Wat ging er mis bij [[p:Ayoub]]?

Ik schrijf dit op omdat ik denk dat we er als team van kunnen leren. [[p:Ayoub]] (22) werd in de zomer van 2023 door zijn oom naar ons gestuurd: geen werk, geen uitkering, slapen bij vrienden in <<w:Transvaal>>. Ik heb toen in één gesprek een lijst gemaakt van alles wat geregeld moest worden: postadres, inschrijving, uitkering, <<o:UWV>>, schulden. Hij knikte overal bij.

Daarna zag ik hem zeven weken niet.

Achteraf: hij kon niet lezen wat ik had opgeschreven. Niemand had dat gevraagd, ik ook niet. Toen [[p:Nordin Akkouh]], <<r:jongerenwerker>> bij <<o:Xtra>>, hem op [[d:23 oktober]] meenam naar het buurthuis en voorlas wat er in de brief van de gemeente stond, ging het ineens wel.

Les: vraag niet "snap je het?", maar laat iemand zelf vertellen wat de volgende stap is.""",
    ),
    (
        "antwoord in draad met tips",
        """Re: voedselbank voor mensen zonder vaste woonplek?

Ja, dat kan, maar je hebt een verwijzer en een postadres nodig. Wij hebben het voor [[p:Abdirahman]] geregeld via een briefadres aan de [[a:Prinsegracht 56]] bij het <<o:Leger des Heils>>. Bel [[p:Corrie]] van de uitgifte in het <<w:Laakkwartier>>, [[ph:0640381922]], zij weet precies hoe het zit. Neem een kopie van de aanvraag bijzondere bijstand mee; bij ons was dat aanvraag [[dos:BB-2024-7120]]. Het duurde bij [[p:Abdirahman]] nog geen week.""",
    ),
    (
        "casus burenconflict",
        """Buurtbemiddeling of niet? Casus [[p:Kok]] / [[p:Haddad]], <<w:Valkenboskwartier>>

Sinds de zomer klaagt meneer [[p:Ton Kok]] ([[a:Thomsonlaan 17]]) over geluid van de bovenburen, het gezin [[p:Haddad]] met drie jonge kinderen. Hij heeft vier keer de politie gebeld en een brief met foto's van het gezin in de portiek gehangen. Mevrouw [[p:Rasha Haddad]] durft de kinderen niet meer in de gang te laten spelen.
De <<r:wijkagent>>, [[p:Hans-Peter Mooij]], stelde <<o:Buurtbemiddeling>> voor. [[p:Kok]] weigerde eerst ("ik ga niet met die mensen aan tafel"), maar na een gesprek op [[d:vrijdag 6 september]] ging hij toch akkoord.
Uitkomst: vilt onder de stoelen, na 20.00 uur geen speelgoed op de laminaatvloer, en meneer belt voortaan eerst [[p:Ghassan]] (de vader) op [[ph:06 39 72 14 08]] in plaats van de politie.""",
    ),
    (
        "casus jongere en leerplicht",
        """[[p:Rignald]] (16) woont bij zijn oma [[p:Yamira Winklaar]] in <<w:Moerwijk>>; zijn moeder woont op Bonaire. Hij staat sinds de herfstvakantie nergens ingeschreven, omdat hij na een vechtpartij van het <<o:ROC Mondriaan>> is gestuurd.
Het contact met de <<r:leerplichtambtenaar>>, meneer [[p:Bal]], liep stroef: drie brieven gingen naar het oude adres aan de [[a:Zuidlarenstraat 18]]. Oma heeft inmiddels een nieuw nummer: [[ph:06-28173340]].
Wat hielp: het <<o:Jongerenloket>> had een plek in een praktijkroute, startdatum [[d:8-1-'25]]. Registratie leerplicht: [[dos:LP-2024-004417]]. [[p:Rignald]] zegt er zin in te hebben, oma is voorzichtig optimistisch.""",
    ),
    (
        "verslag huisbezoek statushouders",
        """Huisbezoek bij [[p:Yonas Tesfamariam]] en [[p:Luwam]], <<w:Morgenstond>>, [[d:ma 11 maart]]
Aanwezig: tolk Tigrinya (telefonisch), neef [[p:Robel]] (19). Hij vertaalt als er geen tolk is; dat willen we afbouwen.

Het gezin woont sinds augustus in een benedenwoning aan de [[a:Dedemsvaartweg 305]]. [[p:Luwam]] is 28 weken zwanger en heeft nog geen verloskundige. [[p:Yonas]] volgt inburgering bij het <<o:Taalhuis>>, maar mist lessen omdat hij post moet ophalen op zijn oude <<o:COA>>-adres in Rijswijk.
Afspraken:
- verloskundigenpraktijk gebeld, intake op [[d:18 maart]]
- adreswijziging doorgeven aan <<o:DUO>>, <<o:IND>> en de zorgverzekeraar (V-nummer [[dos:2817340921]])
- [[p:Robel]] krijgt een eigen traject bij het <<o:Jongerenloket>>""",
    ),
    (
        "bericht in groep arbeidsmigranten",
        """Bericht in de groep Arbeidsmigranten <<w:Escamp>>:

Vandaag kwam [[p:Grzegorz]] ([[p:G. Kozłowski]], 44) op het spreekuur. Hij woonde via zijn uitzendbureau met zes mannen in een huis aan de [[a:Kempstraat 72]] en is na een arbeidsongeval zijn baan én zijn bed kwijt. Op zijn loonstrook werd € 95 per week voor huisvesting ingehouden. Hij slaapt nu in zijn auto bij het Zuiderpark.
Wie kent iemand bij <<o:FairWork>>? Hij heeft toestemming gegeven om zijn verhaal te delen en is bereikbaar op [[ph:+48 601 734 225]] (WhatsApp). Registratie bij ons: [[dos:#51873]].

[[p:Bogdan Munteanu]], <<r:consulent arbeidsmigratie>>""",
    ),
    (
        "praktijkles financieel misbruik",
        """Lesje uit de praktijk: mevrouw [[p:Zomer]] en de verdwenen pinpas

Mevrouw [[p:Trui Zomer]] (88) woont alleen in een seniorenflat in <<w:Leyenburg>>. Haar dochter [[p:Gerda]] woont in Groningen en belt elke zondag. Op [[d:woensdag 17 januari]] meldde de bank dat er in twee weken € 4.300 was opgenomen. Een behulpzame buurman, [[p:Wever]], had haar pinpas én de code.
De <<r:casemanager dementie>> [[p:Willemijn de Jager]] en ik zijn met mevrouw naar de bank gegaan. Rekening [[iban:@sp:SNSB]] is geblokkeerd en er is een nieuwe rekening met beperkte toegang. Er is aangifte gedaan (registratienummer politie [[dos:2024018820-1]]).
Les: vraag bij elk huisbezoek bij een alleenwonende oudere wie er helpt met geld. Het antwoord "een aardige buurman" is een signaal.""",
    ),
    (
        "vraag in draad jonge mantelzorger",
        """Vraag: respijtzorg voor een jonge mantelzorger?

[[p:Adaeze]] (17) zorgt samen met haar vader voor haar broertje [[p:Chidi]], die een ernstige meervoudige beperking heeft. Haar moeder is vorig jaar overleden. Ze wonen in <<w:Ypenburg>>. Het <<o:Mantelzorgsteunpunt>> zegt dat ze pas vanaf 18 in aanmerking komt voor hun programma. Kent iemand een andere route? Vader, meneer [[p:Okafor]], staat open voor hulp maar werkt in ploegendienst en is alleen na 22.00 uur bereikbaar.""",
    ),
    (
        "casusbeschrijving financieel misbruik",
        """Casusbeschrijving (namen veranderd)

Mevrouw [[p:Shanti Ramsaran]] (76) woont sinds de dood van haar man bij haar neef [[p:Vishal]] en zijn vrouw in een eengezinswoning in <<w:Wateringse Veld>>. Haar AOW en pensioen komen binnen op een rekening waarvoor [[p:Vishal]] gemachtigd is ([[iban:@c:INGB]]). Volgens de <<r:wijkverpleegkundige>> heeft mevrouw al maanden geen nieuwe kleren of medicijnen gekregen en zit ze het grootste deel van de dag op haar kamer.
We spraken haar eerst alleen, in het Sarnami, met hulp van collega [[p:Radjesh Mathoera]]. Aangifte wilde ze niet ("het is familie"). Wel wilde ze dat haar jongste zoon [[p:Anil]] in Amsterdam werd ingelicht. Hij kwam op [[d:zaterdag 27 april]] en heeft met ons een <<r:bewindvoerder>> aangevraagd bij de kantonrechter (zaaknummer [[dos:C/09/661204]]).
Les: financieel misbruik binnen de familie wordt zelden door de oudere zelf gemeld. Zoek het familielid dat wél wil helpen.""",
    ),
    (
        "snel appje aan collega",
        """hoi [[p:andriy]], kun jij morgen mee als tolk naar de opvang aan de [[a:Juliana van Stolberglaan 41]]? het gaat om [[p:iryna kravchuk]] en haar zoon [[p:taras]] (9), kamer 2.14. ze heeft een brief van de <<o:svb>> over kinderbijslag die ze niet snapt. afspraak 10.30. lukt het niet, dan is haar nummer [[ph:+380 50 338 2714]], ze spreekt ook wat engels. dank! gr [[p:hester]]""",
    ),
    (
        "verslag overleg met school",
        """Overleg basisschool De Regenboog, [[d:16/1]]
Aanwezig: mevr. [[p:Lagerwey]] (<<r:intern begeleider>>), [[p:Houda]] (<<r:schoolmaatschappelijk werker>>), ik ([[p:Stijn]], <<o:SWT>>)
Leerlingen: [[p:Siham]] (groep 5) en [[p:Anouar]] (groep 8) [[p:Amzil]]
- Beide kinderen komen vaak zonder ontbijt; [[p:Anouar]] valt in slaap in de klas.
- Moeder, mevrouw [[p:Amzil]], heeft twee banen als schoonmaakster; vader is niet in beeld.
- Schoolreisje (€ 45) niet betaald; school betaalt uit eigen fonds.
Afspraak: [[p:Houda]] belt moeder op [[ph:0684490217]]; ik kijk naar de <<o:Ooievaarspas>> en een ontbijtregeling. Volgend overleg [[d:13-2]].""",
    ),
    (
        "verwijzing naar CJG",
        """Beste collega's van het <<o:CJG>> <<w:Loosduinen>>,

Met toestemming van moeder verwijs ik het gezin [[p:Semedo]] naar jullie opvoedondersteuning.
Moeder: [[p:Lucinda Semedo]], [[d:9 juli 1990]], BSN [[bsn:@dots]]
Kinderen: [[p:Eder]] ([[d:30-3-2017]]) en [[p:Zenaida]] ([[d:12-12-2020]])
Adres: [[a:Kijkduinsestraat 844]], [[pc:2554 AM]] Den Haag
E-mail moeder: [[e:lucinda_semedo@hotmail.nl]]
Vraag: [[p:Eder]] heeft sinds de scheiding woedeaanvallen; moeder voelt zich machteloos. Vader, [[p:Arlindo]], woont in Rotterdam en ziet de kinderen om het weekend.

Met groet,
[[p:J.A. Ouwehand]], <<r:gezinscoach>> <<o:SWT>> <<w:Loosduinen>>""",
    ),
    (
        "lessen in opsomming",
        """Vijf lessen uit een jaar werken met Chinese ouderen in <<w:Centrum>>
1. Vraag niet naar 'problemen'. Meneer [[p:Huang]] zei een half jaar lang dat alles goed ging.
2. De ouderensoos is een ingang: via mevrouw [[p:Lin]] kwamen we bij zes mensen binnen.
3. Werk met een vaste tolk: [[p:Xiaoyan]] spreekt Kantonees én Mandarijn.
4. Stuur nooit alleen een brief; bel erachteraan. Mevrouw [[p:Zhou Mei Ling]] bewaarde alle post van <<o:SVB>> ongeopend in een schoenendoos.
5. Familie is niet altijd hulp: de zoon van mevrouw [[p:Zhou]] beheerde haar geld zonder dat zij wist hoeveel er was.""",
    ),
    (
        "reactie over privacy in draad",
        """@[[p:Ricardo]] let op: in je vorige bericht staat het BSN van mw. [[p:Sabajo]] voluit ([[bsn:@spaces]]). Kun je dat weghalen? Dit kanaal is zichtbaar voor alle teams. Verder: mooi dat de kwijtschelding gelukt is!""",
    ),
    (
        "les samenwerking huisarts",
        """Samenwerken met de huisarts: wat we leerden in de <<w:Vruchtenbuurt>>

Aanleiding: we hoorden vaak pas van de <<r:huisarts>> als het al misging.
Aanpak: sinds januari hebben [[p:Sjoerd]] (<<r:POH-GGZ>> bij huisartsenpraktijk [[p:Van Wijk]]) en ik elke tweede dinsdag van de maand een kwartier koffieoverleg. We bespreken alleen mensen die toestemming hebben gegeven. Voorbeeld: mevrouw [[p:Pham]] kwam bij de <<r:POH>> met slaapproblemen; in het koffieoverleg bleek dat wij haar kenden van een huurachterstand. Binnen een week lag er één plan.
Wat werkte: korte lijnen, elkaar bij de voornaam kennen.
Les: plan het overleg vast in, ook als er niets te bespreken lijkt.""",
    ),
    (
        "casus hersteloperatie toeslagen",
        """Mevrouw [[p:Hodan Abdullahi]] is gedupeerde van de toeslagenaffaire. Zij kreeg in 2022 de compensatie van € 30.000, maar een deel ging op aan schulden die niet waren kwijtgescholden.
Haar dossier bij de <<o:Uitvoeringsorganisatie Herstel Toeslagen>> heeft nummer [[dos:UHT-4471-2209]]; haar <<r:persoonlijk zaakbehandelaar>> is mevrouw [[p:A. de Groot]] ([[e:annemarie.degroot@herstel-toeslagen.nl]]).
Mevrouw heeft drie kinderen, [[p:Idil]], [[p:Mahad]] en [[p:Sagal]], en woont in <<w:Bouwlust>>.
Wat we deden: brede intake op [[d:12 sep]], daarna samen met de <<r:schuldhulpverlener>> alle schuldeisers op een rij gezet. Les: ga niet uit van 'het is toch opgelost' na de compensatie.""",
    ),
    (
        "verhaal crisis op vrijdagmiddag",
        """Vrijdagmiddag, kwart voor vijf. Meneer [[p:Nazir Popal]] staat met zijn twee jongste kinderen bij de balie van het <<o:wijkcentrum>>. Zijn vrouw is die ochtend met de oudste drie naar haar zus in Utrecht vertrokken; hij heeft de sleutel van de woning niet en de kinderen hebben honger.
Collega [[p:Annet Brink]] belde de <<o:Regionale Crisisdienst Jeugd>>, die pas na 19.00 uur kon. [[p:Annet]] regelde via de <<r:huismeester>> van <<o:Haag Wonen>> een reservesleutel voor [[a:Oosterscheldestraat 22-III]] en ging mee naar huis. [[d:Maandag 4 november]] volgt een gesprek met beide ouders; het gezin krijgt één vaste contactpersoon ([[p:Annet]]).
Les: bij een crisis na vijven eerst de basis (dak, eten, sleutel), dan pas de hulpverlening.""",
    ),
    (
        "terugblik outreachende aanpak",
        """Eropaf bij huurachterstand: terugblik eerste kwartaal

Bij elk signaal van twee maanden huurachterstand gingen we binnen vijf werkdagen onaangekondigd langs. Een greep uit de bezoeken:
- [[d:8 jan.]]: fam. [[p:Georgiev]], [[a:Teniersstraat 9]]: niemand thuis, briefje achtergelaten; op [[d:10 jan.]] teruggebeld door [[p:Stoyan]].
- [[d:15-01]]: meneer [[p:Vogel]], [[a:Apeldoornselaan 317]]: deed open in ochtendjas, blij dat er iemand kwam. Opent sinds de scheiding geen post meer.
- [[d:22-01]]: mw. [[p:Jankowska]]: regeling getroffen van € 50 per maand.
- [[d:5 feb]]: [[p:Kwame Owusu]]: achterstand door een stopgezette toeslag; <<o:Sociaal Raadslieden>> ingeschakeld.
Resultaat: van de 38 adressen kregen we er 29 te spreken; bij 21 is een ontruiming voorkomen.""",
    ),
    (
        "budgetplan",
        """Budgetplan [[p:Rojda]] (opgesteld met de <<r:budgetcoach>> op [[d:9 oktober]])
Inkomsten: Participatiewet € 1.362, kindgebonden budget € 298
Vaste lasten:
- huur <<o:Staedion>> € 612, betaald vanaf [[iban:@sp:ABNA]]
- energie € 140, water <<o:Dunea>> € 22
- zorgverzekering € 148 (twee personen)
- aflossing lening familie € 50
Leefgeld: € 95 per week, op haar eigen rekening [[iban:@c:TRIO]]
Contactpersoon bewind: [[p:M. Haas]], [[e:mhaas@bewindhaaglanden.nl]]""",
    ),
    (
        "snelle vraag in kleine letters",
        """snelle vraag: weet iemand of je beschermingsbewind kunt aanvragen als iemand geen vast adres heeft? gaat om dhr [[p:hersi]], slaapt afwisselend bij zijn broer in <<w:Bouwlust>> en in de <<o:nachtopvang>>. briefadres loopt via de [[a:Herenstraat 17]]. [[p:liban]] (zijn broer) wil wel helpen maar niet als bewindvoerder. iemand een tip?""",
    ),
    (
        "zorgmelding van wijkagent",
        """Van: [[p:R. Lamrabet]], <<r:wijkagent>> <<w:Duindorp>>
Aan: <<o:SWT>> <<w:Scheveningen>>
Onderwerp: zorgmelding [[dos:PL1500-2024198877]]

Goedemiddag,

Gisteravond ([[d:zondag 2 juni]]) zijn collega's ter plaatse geweest op de [[a:Vissershavenweg 13-A]] na een melding van verward gedrag. De bewoner, [[p:Klaas Toet]] (59), was erg onrustig en sprak over stemmen. Er zijn geen strafbare feiten gepleegd. Hij heeft toestemming gegeven om zijn gegevens met jullie te delen. Zijn zus [[p:Bep]] is bereikbaar op [[ph:06 10 29 44 81]].
Graag een terugkoppeling of er hulp is of komt.

Met vriendelijke groet,
[[p:Rachid Lamrabet]]""",
    ),
    (
        "verslag keukentafelgesprek",
        """Keukentafelgesprek bij meneer en mevrouw [[p:Azzouzi]], <<w:Schilderswijk>>, [[d:28-5-2024]]
Aanwezig: meneer [[p:Mimoun Azzouzi]] (79), mevrouw [[p:Touria Ouchan]] (74), zoon [[p:Driss]] (tolk Tarifit), <<r:Wmo-consulent>> [[p:Geertje]]

Mevrouw heeft diabetes en ziet slecht; meneer komt de trap naar de tweede verdieping niet meer op. Ze willen per se in de wijk blijven, dicht bij de moskee en de Haagse Markt.
Afspraken: Wmo-melding gedaan ([[dos:WMO-2024-41877]]), urgentieaanvraag voor een benedenwoning, en <<o:Haagse Wijk- en Woonzorg>> voor hulp bij het douchen.
Contactpersoon is [[p:Driss]]: [[ph:06-41 98 30 57]], [[e:driss.azzouzi@live.nl]].""",
    ),
    (
        "casus jonge moeder",
        """Casusnotitie [[p:Sheritsa]] (21), <<w:Transvaal>>

[[p:Sheritsa]] kwam op haar zeventiende van Curaçao naar Den Haag, woonde eerst bij een tante aan de [[a:Jacob Catsstraat 201-B]] en heeft nu een dochtertje van 8 maanden, [[p:Chaïna]]. De vader, [[p:Jurich Rosalia]], betaalt geen alimentatie.
Ze wil haar mbo-opleiding afmaken, maar heeft een <<o:DUO>>-schuld van € 4.100 en durft geen kinderopvang aan te vragen uit angst voor terugvorderingen.
Samen met de <<r:jongerenwerker>> hebben we op [[d:20-09-2024]] de kinderopvangtoeslag aangevraagd (aanvraag [[dos:KOT-24-118220]]). Haar moeder op Curaçao, mevrouw [[p:Girigorie]], belt ons soms zelf: [[ph:+599 9 512 3387]]. Dat mag van [[p:Sheritsa]], zolang zij er zelf bij is.""",
    ),
    (
        "verslag Kaapverdiaanse visser",
        """Overleg met <<o:UWV>> over dhr. [[p:A. Tavares]], [[d:vr 12 apr]]

Meneer [[p:Adilson Tavares]] (57) werkte dertig jaar op de visafslag in <<w:Scheveningen>> en viel in 2023 van een loopplank. Sindsdien heeft hij rugklachten en een Ziektewet-uitkering die binnenkort afloopt. Zijn Nederlands is redelijk, maar het schrijven lukt niet; zijn vrouw [[p:Ivanilda]] doet de papieren, in het Portugees-Kaapverdiaans.
Afgesproken met de <<r:arbeidsdeskundige>> van <<o:UWV>>, mevrouw [[p:Kuiper]]: zij beoordeelt op [[d:2 mei]] of meneer in aanmerking komt voor de WIA. Registratie <<o:UWV>>: [[dos:WIA-2024-330871]]. Wij zorgen dat [[p:Ivanilda]] erbij kan zijn en vragen een tolk Portugees aan.
Telefoon meneer: [[ph:+31 6 4120 7735]]; e-mail (via zijn dochter [[p:Djamila]]): [[e:djamila.tavares@gmail.com]].""",
    ),
    (
        "les netwerk van de kerk",
        """Les: de kerk als ingang

Aanleiding
Mevrouw [[p:Akosua Mensah]] (63) uit <<w:Zuiderpark>> werd door haar <<r:huisarts>> aangemeld wegens eenzaamheid en ondergewicht. Bij ons eerste bezoek op [[d:3-4-'24]] wilde ze niets: "I have my church."

Aanpak
We vroegen of we de voorganger mochten ontmoeten. Pastor [[p:Yaw Boateng]] van een Ghanese pinkstergemeente in de <<w:Binckhorst>> bleek al maanden boodschappen te laten brengen door jongeren uit de kerk. Hij wist ook dat haar zoon [[p:Kofi]] in Londen zit en geld stuurt dat nooit aankomt, omdat het op een oude rekening ([[iban:@sp:RABO]]) wordt gestort die de bank heeft opgeheven.

Wat werkte
De kerk bleef de ingang; wij regelden op de achtergrond de bank, de <<o:SVB>> en een maaltijdservice. [[p:Akosua]] noemt mij nu "the lady from the city".

Les
Vraag naar het netwerk voordat je je eigen aanbod noemt. Het was er al.""",
    ),
    (
        "vraag met reacties over buitenlandse schulden",
        """Vraag van [[p:Emeka]] (<<r:klantmanager>>, <<w:Laakkwartier>>):

Wie heeft ervaring met een schuldsanering waarbij een deel van de schulden in het buitenland zit? Meneer [[p:Adeyemi]] heeft naast € 18.000 aan Nederlandse schulden nog een lening in Lagos. De <<o:Gemeentelijke Kredietbank>> weet niet of dat meetelt. Dossier bij ons: [[dos:#77412]].

Reactie [[p:Hiwot]]:
Bij [[p:Tunde]] (andere cliënt, ook Nigeriaans) hebben we een verklaring van de schuldeiser laten opstellen. Duurde drie maanden maar werkte. Bel me gerust: [[ph:070 - 361 22 08]].

Reactie [[p:Emeka]]:
Dank [[p:Hiwot]], ik bel je morgen!""",
    ),
    (
        "casus voor intervisie",
        """Casus voor intervisie: [[p:Hüseyin]] en de gokschulden

[[p:Hüseyin Kılıç]] (34), vader van twee, woont met zijn vrouw [[p:Ayşe]] en de kinderen aan de [[a:Torenstraat 96-1]], [[pc:2513 BN]]. Hij meldde zich zelf op [[d:2 januari]] met de woorden: "Ik heb alles vergokt, ook het geld voor de huur."
Schulden: ongeveer € 23.000, vooral online casino's en drie flitskredieten. Zijn vrouw weet van een deel.
Wat we deden:
- aanmelding bij <<o:Brijder>> (verslavingszorg), eerste afspraak op [[d:16-01-2025]]
- tijdelijke budgetbeheerrekening; het loon wordt gestort op [[iban:@c:ABNA]]
- [[p:Ayşe]] apart gesproken, samen met een Turkssprekende collega, [[p:Esra Yıldız]]
Vraag voor de intervisie: hoe houden we [[p:Ayşe]] en de kinderen in beeld zonder dat [[p:Hüseyin]] zich verraden voelt?
Ingebracht door [[p:Cem]], <<r:maatschappelijk werker>>.""",
    ),
    (
        "verslag huisbezoek overbewoning",
        """Verslag huisbezoek fam. [[p:Sultani]], [[d:2024-10-02]]
Adres: [[a:De la Reyweg 245]], [[pc:2571 EZ]], <<w:Transvaal>>
Aanwezig: vader [[p:Habibullah Sultani]], moeder [[p:Zarmina]], oudste dochter [[p:Frozan]] (15, vertaalt), <<r:gezinscoach>> [[p:Dirk Brouwer]]

Het gezin (acht personen) woont in een driekamerwoning van 58 m². Vijf kinderen slapen in één kamer; [[p:Frozan]] maakt haar huiswerk op de trap. Sinds maart staat er een aanvraag voor een grotere woning bij <<o:Woonnet Haaglanden>> (inschrijfnummer [[dos:WNH-8812734]]), maar de wachttijd is jaren.
Afspraken:
- medische urgentie onderzoeken voor zoon [[p:Wahid]] (astma)
- <<o:Ooievaarspas>> aanvragen voor sport en zwemles
- [[p:Dirk]] belt op [[d:9 okt]] met de <<r:woonconsulent>> van <<o:Staedion>>
Telefoon vader: [[ph:06-39 44 18 20]]""",
    ),
    (
        "reflectie arts in inburgering",
        """[[p:Maher]] wil weer dokter worden

[[p:Maher Al-Khatib]] (46) was in Aleppo internist. Hij kwam in 2019 met zijn vrouw [[p:Reem]] en drie kinderen naar Den Haag en woont in <<w:Mariahoeve>>. Hij volgde alle taalcursussen en haalde B2, maar de erkenning van zijn diploma loopt vast. Hij werkt in een distributiecentrum en slaapt slecht.
Bij het tweede gesprek, op [[d:14/11/2023]], vertelde hij dat hij 's nachts teksten uit zijn oude studieboeken overschrijft "om het niet te vergeten". De <<r:POH-GGZ>> stelde een depressie vast.
Wat hielp was niet de verwijzing naar de <<o:GGZ>>, maar contact met een arts die dezelfde route had afgelegd: dokter [[p:Fadi Halabi]], inmiddels <<r:huisarts>> in Delft. Zij spraken elkaar op [[d:3 december]] en sindsdien bereidt [[p:Maher]] zich voor op het BIG-examen.
Les: perspectief is soms de beste behandeling.""",
    ),
    (
        "overdracht aan collega",
        """Overdracht aan [[p:Ger]] (ik ga per [[d:1 juli]] naar een ander team)

Mevrouw [[p:Zainab Al-Saadi]] (52), weduwe, [[a:Parallelweg 118 II]], <<w:Schilderswijk>>
- Man overleden in 2022; sindsdien alleen een Anw-uitkering van de <<o:SVB>> (nummer [[dos:ANW-1177204]]).
- BSN [[bsn:@dots]], rekening [[iban:@sp:INGB]]
- Dochter [[p:Ruqaya]] (24) woont bij haar; zoon [[p:Haider]] (19) zit in Irak bij familie.
- Spreekt Arabisch en verstaat redelijk Nederlands; voor eenvoudige gesprekken is geen tolk nodig.
- Contact: [[ph:06 1872 4460]] of via [[p:Ruqaya]], [[e:ruqaya.alsaadi@outlook.nl]]
Open acties: kwijtschelding gemeentelijke belastingen (verstuurd op [[d:30-05-2024]]), huurtoeslag controleren.
Succes, en doe mevrouw de groeten.
[[p:Anke]]""",
    ),
    (
        "terugblik oudere alleenstaande",
        """Terugblik: meneer [[p:Sarmo]] en de buren

Meneer [[p:Sarmo Soemodihardjo]] (86) kwam in 1975 uit Suriname en woont al veertig jaar in dezelfde portiekflat in <<w:Moerwijk>>. Zijn vrouw [[p:Ponirah]] overleed vorig jaar; sindsdien eet hij slecht. Op [[d:donderdag 6 juni]] belde de buurvrouw, mevrouw [[p:Siregar]] (Indonesisch, ook in de tachtig), omdat ze hem al dagen niet had gezien.
Wat we zagen: een schoon huis, een lege koelkast en een man die geen hulp wilde "van de gemeente". Wel wilde hij dat zijn kleinzoon [[p:Budi]] vaker kwam.
We belden [[p:Budi]] ([[ph:06-22 81 93 04]]), die niet wist hoe slecht het ging. Hij komt nu elke zaterdag koken, samen met mevrouw [[p:Siregar]]. De <<r:wijkverpleegkundige>> komt twee keer per week voor de medicatie.
Les: bij oudere migranten betekent 'geen hulp' vaak 'geen hulp van buiten'.""",
    ),
    (
        "notitie verzamelwoede",
        """Notitie [[d:19 feb]]: mevrouw [[p:Shirin Tehrani]] (61), beeldend kunstenaar, [[a:Goudenregenstraat 133]], <<w:Bomenbuurt>>

Derde bezoek samen met <<r:GGZ-verpleegkundige>> [[p:Behnam]]. Het atelier en de woonkamer staan vol materiaal (doeken, lijsten, kranten). Mevrouw ziet het als werk, niet als probleem. De <<o:brandweer>> meldde op [[d:6 februari]] een brandrisico.
Mevrouw is erg trots. Ze wilde pas verder praten toen [[p:Behnam]] in het Perzisch naar haar exposities vroeg.
Afspraak: per week één kamer vrijmaken, samen met haar nicht [[p:Parisa Jafari]] ([[e:parisa.jafari@yahoo.com]]).
Dossier: [[dos:SWT-BB-2024-00219]]""",
    ),
    (
        "signaal over seizoenarbeiders",
        """Signaal uit het <<w:Laakkwartier>>: op de [[a:Rijswijkseweg 402]] wonen volgens de buren minstens tien Bulgaarse seizoenarbeiders in een bovenwoning. Gisteren ([[d:11-6-'24]]) sprak ik er twee: [[p:Dimitar]] en [[p:Radka Petrova]]. Zij betalen € 400 per persoon per maand, contant, aan een man die zich [[p:Ivo]] noemt. Geen huurcontract, geen inschrijving in de BRP.
[[p:Radka]] heeft een baby van vier maanden en geen zorgverzekering.
De <<o:Bulgaarse ambassade>> heb ik niet ingeschakeld (dat wil zij niet), wel de <<r:consulent arbeidsmigratie>> en het spreekuur voor onverzekerden van de <<o:GGD>>.
Telefoon [[p:Radka]]: [[ph:+359 88 741 2093]]
Wie weet of de gemeente hier kan handhaven zonder dat deze gezinnen op straat komen?""",
    ),
    (
        "brief aan UWV",
        """Aan: <<o:UWV>>, t.a.v. mevrouw [[p:Vink]]
Van: [[p:Marciano Pinas]], <<r:consulent werk en inkomen>>
Datum: [[d:7 maart 2025]]
Onderwerp: terugvordering WW, uw kenmerk [[dos:WW/2025/004417]]

Geachte mevrouw [[p:Vink]],

Namens mijn cliënt, de heer [[p:Wojciech Wójcik]] (BSN [[bsn:@spaces]]), verzoek ik u de terugvordering van € 2.640 te herzien. Meneer heeft zijn werkhervatting op [[d:3 december]] telefonisch doorgegeven en heeft daarvan een notitie met de naam van uw medewerker. Hij begreep niet dat hij dit ook via het formulier moest doen.
Meneer woont op de [[a:Soestdijksekade 71]], [[pc:2574 AD]] Den Haag, en is bereikbaar op [[ph:+31 6 8302 1177]].

Met vriendelijke groet,
[[p:M. Pinas]]""",
    ),
    (
        "draad met meerdere reacties",
        """Onderwerp: wie heeft ervaring met <<o:Veilig Thuis>> en ouderen?

[[p:Els]] (<<w:Kraayenstein>>): Meneer [[p:Winter]] (89) wordt volgens de buren uitgescholden door zijn kleinzoon, die bij hem inwoont. Meneer zelf ontkent. Melden of eerst zelf in gesprek?

[[p:Frank]] (<<w:Waldeck>>): Eerst zelf, maar samen met iemand die meneer vertrouwt. Bij ons was dat de <<r:huisarts>>. Noteer wel alles met datum, bijvoorbeeld "[[d:21-3]] buren hoorden geschreeuw".

[[p:Wil]] (<<o:Veilig Thuis>>): Je kunt ons altijd eerst om advies bellen zonder te melden. Vraag naar mij of naar [[p:Door]], wij doen de ouderenmishandeling. Of mail [[e:w.koopman@vthaaglanden.nl]].

[[p:Els]]: Dank allebei! [[p:Wil]], ik bel je maandag.""",
    ),
    (
        "agenda casustafel",
        """Agenda casustafel <<w:Bezuidenhout>>, [[d:donderdag 23 januari]], 9.30 - 11.30 uur

1. Opening en mededelingen ([[p:Job]])
2. Casus mw. [[p:Dąbrowska]] (ingebracht door [[p:Magdalena]], <<r:thuisbegeleider>>): huurachterstand, klantnummer <<o:Haag Wonen>> [[dos:4410-88213]], kind op de wachtlijst bij <<o:Youz>>
3. Casus dhr. [[p:G.H.M. Spaans]] (ingebracht door [[p:Job]]): vereenzaming na verhuizing, vraag over het maatjesproject van <<o:Humanitas>>
4. Casus [[p:Tesfay]] en [[p:Senait Kidane]] (ingebracht door <<r:consulent inburgering>> [[p:Selam]]): gezinshereniging, zoon [[p:Filmon]] landt op [[d:2 februari]] op Schiphol
5. Rondvraag
Verslag: [[p:Hein]]""",
    ),
]


# ---------------------------------------------------------------- build


def build() -> tuple[list[dict], list[str]]:
    """All 100 documents (hand and generated alternate) plus their registers."""
    assert len(HAND) == 50, len(HAND)
    num_rng = random.Random(90909)  # BSN / IBAN placeholders in the hand texts
    gen_rng = random.Random(20249)
    hand = [(reg, *parse(t.strip(), num_rng)) for reg, t in HAND]
    gen = []
    for i in range(50):
        reg, marked = generate(i, gen_rng)
        gen.append((f"gegenereerd: {reg}", *parse(marked, gen_rng)))
    docs, regs = [], []
    for i in range(100):
        reg, text, pii, keep = (hand if i % 2 == 0 else gen)[i // 2]
        doc = {"id": f"ho9-{i:04d}", "text": text, "pii": pii, "keep": keep}
        validate(doc)
        docs.append(doc)
        regs.append(reg)
    return docs, regs


def main() -> None:
    docs, regs = build()
    with OUT.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    pii, keep = {}, {}
    for d in docs:
        for s in d["pii"]:
            pii[s["label"]] = pii.get(s["label"], 0) + 1
        for s in d["keep"]:
            keep[s["label"]] = keep.get(s["label"], 0) + 1
    print(f"{len(docs)} documents -> {OUT}")
    print("pii:", dict(sorted(pii.items())), "total", sum(pii.values()))
    print("keep:", dict(sorted(keep.items())), "total", sum(keep.values()))
    need = {
        "person": 300,
        "bsn": 30,
        "phone": 30,
        "email": 30,
        "iban": 30,
        "postcode": 30,
        "address": 30,
        "date": 30,
        "dossier": 30,
    }
    short = {k: pii.get(k, 0) for k, v in need.items() if pii.get(k, 0) < v}
    if short:
        sys.exit(f"too few spans: {short}")


if __name__ == "__main__":
    main()
