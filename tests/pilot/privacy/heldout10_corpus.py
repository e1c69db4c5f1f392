#!/usr/bin/env python3
"""Build heldout10.jsonl: an independent, annotated held-out corpus for the
Dutch personal-data finder of Samen Werken.

    python /tmp/heldout10/heldout10_corpus.py [--check GOLD_AS_PRED_OUT]

Standard library only, fully deterministic (fixed seeds).  110 documents:

* 80 from a generator of its own (sentence templates, name pools, number,
  date and address formats deliberately different from dev.jsonl);
* 30 hand-written lessons, discussion threads and minutes with inline markup
  ``[[label:text]]`` (personal data), ``<<label:text>>`` (context to keep) and
  ``{{label:text}}`` (neutral material that must NOT be hidden); the builder
  strips the markup while computing offsets.  ``[[bsn:?fmt]]`` and
  ``[[iban:?CC fmt]]`` are filled with numbers computed here (11-check, mod 97).

Each line: {"id", "text", "pii", "keep", "neutral", "register", "origin"}.
``pii``/``keep`` follow the dev.jsonl conventions (score.py reads only these);
person spans carry a ``source`` (the name form) so score.py reports recall per
form; ``neutral`` lists ages, years, months, durations, times, amounts, ... that
a finder must leave alone (a hit there lowers precision).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout10.jsonl")
SEED = 1010

PII_LABELS = ("person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier")
KEEP_LABELS = ("org", "role", "wijk")

# --------------------------------------------------------------------------
# Name pools (first name, gender, origin)
# --------------------------------------------------------------------------


def _names(gender: str, origin: str, names: str) -> list[tuple[str, str, str]]:
    return [(n.strip(), gender, origin) for n in names.split(",") if n.strip()]


FIRST = (
    _names(
        "f",
        "nl",
        "Wilma, Gerda, Joke, Riet, Annelies, Marloes, Ineke, Hennie, Ria, Truus, Anouk, "
        "Femke, Maaike, Marieke, Hanneke, Marjolein, Els, Greet, Wietske, Anke, Bep, Loes, "
        "Hilde, Ingrid, Yvonne, Petra, Monique, Priscilla, Dirkje, Aaltje, Mien, Zomer, Isa, "
        "Jet, Roos, Mei, Lente, Fleur, Merel, Noor, Wil, Zon, Sterre, Lotus, Hemel",
    )
    + _names(
        "m",
        "nl",
        "Henk, Kees, Ton, Jan, Bram, Daan, Bas, Pim, Koen, Gijs, Storm, Dirk, Sjaak, Jeroen, "
        "Rutger, Wessel, Joost, Teun, Stijn, Mart, Rens, Siem, Jelle, Geert, Harm, Klaas, Piet, "
        "Rob, Ruud, Frits, Wim, Gert-Jan, Arie, Cor, Hans",
    )
    + _names(
        "f",
        "tr",
        "Ayşe, Fatma, Emine, Hatice, Elif, Büşra, Esra, Merve, Yasemin, Hülya, Kübra, Tuba, Ceylan, Deniz",
    )
    + _names(
        "m",
        "tr",
        "Ahmet, Hüseyin, Hasan, Murat, Serkan, Burak, Onur, Gökhan, Cem, Oğuz, Ömer, Volkan",
    )
    + _names(
        "f",
        "ma",
        "Khadija, Fatiha, Samira, Loubna, Soumaya, Hafsa, Ikram, Yousra, Malika, Latifa, Naoual, Siham",
    )
    + _names(
        "m",
        "ma",
        "Rachid, Abdelkader, Mustapha, Karim, Said, Hicham, Nordin, Ilias, Bilal, Anouar, Driss, "
        "Redouan, Hamid",
    )
    + _names(
        "f",
        "sr",
        "Sharmila, Shanti, Priya, Kavita, Shanice, Chevanne, Sonja, Roshni, Sarita, Sukarni, Tamara, "
        "Dinah, Gracia",
    )
    + _names(
        "m",
        "sr",
        "Radjesh, Anand, Vikash, Rishi, Navin, Sunil, Gerold, Marciano, Romano, Quincy, Glenn, Iwan, "
        "Ricardo, Jurgen, Wendel, Marlon, Wagiman",
    )
    + _names("f", "pl", "Katarzyna, Małgorzata, Joanna, Ewa, Beata, Kasia, Zofia, Agata, Dorota")
    + _names("m", "pl", "Łukasz, Krzysztof, Paweł, Marek, Bartosz, Wojciech, Jarek")
    + _names("f", "en", "Stacey, Chloe, Grace, Megan, Bethany")
    + _names("m", "en", "Kevin, Liam, Jack, Harry, Tyler")
    + _names("f", "de", "Helga, Ute, Sabine, Heike")
    + _names("m", "de", "Jürgen, Klaus, Dieter, Friedrich")
    + _names("f", "fr", "Amélie, Hélène, Mathilde, Chantal, Céline")
    + _names("m", "fr", "Sébastien, Thierry, Étienne, Didier")
    + _names("f", "xx", "Tigist, Semhar, Hodan, Oksana, Olena, Desislava")
    + _names("m", "xx", "Filmon, Yonas, Abdullahi, Taras, Georgi")
)


def _sur(origin: str, names: str) -> list[tuple[str, str]]:
    return [(n.strip(), origin) for n in names.split(",") if n.strip()]


# Dutch surnames that are also ordinary words come first (required by the brief).
SURNAMES = (
    _sur(
        "nl",
        "de Groot, Bos, Smit, Meijer, de Boer, Mulder, de Vries, van Dijk, Brouwer, Dekker, Jacobs, "
        "Vermeulen, Kok, Vos, Hoekstra, Koster, Prins, Huisman, Peters, Bosman, Kuipers, Verhoeven, Post, "
        "Blom, Schouten, Wolters, Kramer, Maas, Visser, Sterk, Lam, Haan, Vink, Hoek",
    )
    + _sur(
        "nl",
        "Hendriksen, van Leeuwen, Zwart, Verbruggen, Dijkman, Roelofs, van Wijk, Schipper, Veldman, "
        "Hofstede, Goossens, Timmer, Evers, van Vliet, Willemse, Ouwehand, Zuidema, Hoogland, Kroon, Boom, "
        "Nijhuis, de Lange, van Beek, Stam, van Rijn, Baas, Wever, Hartman, de Haas, Valk, Groenewegen, "
        "van Kampen, Pronk, Rietveld, Plomp, Ketelaar, Snoek, Boot, Zijlstra, Stoop, Winter, de Wolf, "
        "Vogel, Schaap, Brink, Kooi, Hamer, Blok, Molenaar, van der Meer, 't Hart, van 't Hof, Bruins, "
        "Dorrestijn, Wijnands",
    )
    + _sur(
        "tr",
        "Yıldız, Öztürk, Çelik, Şahin, Aydın, Arslan, Doğan, Kılıç, Koç, Kurt, Özdemir, Polat, Güneş, "
        "Tekin, Akgül, Karaca, Bulut, Uysal, Yildirim",
    )
    + _sur(
        "ma",
        "El Khatib, Bouchtaoui, Ait Ouali, Ben Haddou, El Idrissi, Azzouz, Boukhari, Chaouch, El Ouardi, "
        "Lahlou, Essafi, Ouhaddou, Belhaj, Tahiri, Ziani, El Fassi, Abarkan, Bakkali, Haddouchi, Zaari",
    )
    + _sur(
        "sr",
        "Ramcharan, Soekhlal, Biharie, Kartosen, Pinas, Sabajo, Tjon A Fong, Lie A Kwie, Kromodimedjo, "
        "Ramsaran, Jhinkoe, Mangal, Bhagwandin, Wongsodikromo, Sedney, Doelwijt, Zeefuik, Vreden, Pengel",
    )
    + _sur(
        "pl",
        "Kowalczyk, Wójcik, Mazur, Krawczyk, Pawlak, Kaczmarek, Zieliński, Lewandowski, Dąbrowski, "
        "Grabowski, Wróbel, Sikora, Nowicki",
    )
    + _sur("en", "Thompson, O'Brien, Walker, Hughes, Clarke, Bennett")
    + _sur("de", "Müller, Schäfer, Hoffmann, Becker, Krüger, Weiß")
    + _sur("fr", "Lefèvre, Moreau, Girard, Fontaine, Rousseau, Dupont")
    + _sur("xx", "Haile, Tesfay, Abdullahi, Warsame, Kovalenko, Shevchenko, Georgiev, Nguyen")
)

WORD_SURNAMES = [s for s, _ in SURNAMES[:34]]
WORD_FIRST = {
    "Roos",
    "Mei",
    "Lente",
    "Bram",
    "Fleur",
    "Merel",
    "Daan",
    "Bas",
    "Pim",
    "Noor",
    "Wil",
    "Ton",
    "Jan",
    "Kees",
    "Gijs",
    "Koen",
    "Storm",
    "Zon",
    "Sterre",
    "Lotus",
    "Hemel",
}
ORIGIN_WEIGHTS = {
    "nl": 34,
    "tr": 13,
    "ma": 14,
    "sr": 13,
    "pl": 8,
    "en": 4,
    "de": 4,
    "fr": 4,
    "xx": 6,
}
PARTICLES = ("van der ", "van den ", "van 't ", "van de ", "van ", "de ", "den ", "ter ", "'t ")

# --------------------------------------------------------------------------
# Keep material
# --------------------------------------------------------------------------

WIJKEN = [
    "Schilderswijk",
    "Transvaal",
    "Moerwijk",
    "Laak",
    "Spoorwijk",
    "Bouwlust",
    "Morgenstond",
    "Mariahoeve",
    "Escamp",
    "Duindorp",
    "Bezuidenhout",
    "Regentessekwartier",
    "Zeeheldenkwartier",
    "Stationsbuurt",
    "Groente- en Fruitmarkt",
    "Duinoord",
    "Statenkwartier",
    "Benoordenhout",
    "Vruchtenbuurt",
    "Waldeck",
    "Kijkduin",
    "Wateringse Veld",
    "Leyenburg",
    "Zuiderpark",
    "Bomen- en Bloemenbuurt",
    "Valkenboskwartier",
    "Laakkwartier",
    "Rivierenbuurt",
    "Vogelwijk",
    "Houtwijk",
    "Oostbroek",
    "Kraayenstein",
    "Componistenbuurt",
    "Haagse Hout",
    "Centrum",
    "Belgisch Park",
    "Archipelbuurt",
    "Scheveningen",
    "Ypenburg",
    "Loosduinen",
    "Segbroek",
    "Leidschenveen",
    "Rustenburg",
]
ORGS = [
    "Florence",
    "Staedion",
    "HaagWonen",
    "Vestia",
    "PEP Den Haag",
    "Humanitas",
    "Leger des Heils",
    "Kessler Stichting",
    "Limor",
    "Middin",
    "Ipse de Bruggen",
    "Jeugdformaat",
    "Youz",
    "Brijder Verslavingszorg",
    "Indigo",
    "Voedselbank Haaglanden",
    "UWV",
    "SVB",
    "Belastingdienst",
    "DUO",
    "GGD Haaglanden",
    "Bureau Schuldhulpverlening",
    "Sociaal Raadslieden",
    "VluchtelingenWerk",
    "Haagse Wijk- en Woonzorg",
    "Xtra",
    "Stichting MOOI",
    "Parnassia",
    "Veilig Thuis",
    "CJG",
    "Wmo-loket",
    "Servicepunt XL",
    "HMC Westeinde",
    "Reinier de Graaf",
    "Straatconsulaat",
    "Buurtbemiddeling Den Haag",
    "Haags Ontmoeten",
    "Zebra Welzijn",
    "Welzijn Scheveningen",
    "Jongerenloket",
    "HALT",
    "Raad voor de Kinderbescherming",
    "Stichting Anton Constandse",
    "SWT",
    "Sociaal Wijkzorgteam",
    "Rode Kruis",
    "Thuisadministratie",
    "Schuldhulpmaatje",
]
ROLES = [
    "wijkverpleegkundige",
    "casusregisseur",
    "maatschappelijk werker",
    "buurtwerker",
    "jongerenwerker",
    "budgetcoach",
    "sociaal raadsman",
    "ervaringsdeskundige",
    "gezinscoach",
    "jeugdprofessional",
    "praktijkondersteuner",
    "woonconsulent",
    "wijkcoördinator",
    "leerplichtambtenaar",
    "klantmanager",
    "mantelzorgconsulent",
    "GGZ-verpleegkundige",
    "psychiater",
    "wijkagent",
    "huismeester",
    "trajectbegeleider",
    "thuisbegeleider",
    "sociaal werker",
    "Wmo-consulent",
    "straatcoach",
    "huisarts",
    "POH-GGZ",
    "ouderenadviseur",
    "jeugdverpleegkundige",
    "verslavingsarts",
    "SPV'er",
    "schuldhulpverlener",
    "buurtsportcoach",
    "coördinator",
]
ORG_DOMAINS = {
    "Florence": "florence.nl",
    "Staedion": "staedion.nl",
    "HaagWonen": "haagwonen.nl",
    "Parnassia": "parnassia.nl",
    "Xtra": "xtra.nl",
    "Stichting MOOI": "stichtingmooi.nl",
    "Leger des Heils": "legerdesheils.nl",
    "CJG": "cjgdenhaag.nl",
    "Jeugdformaat": "jeugdformaat.nl",
    "Humanitas": "humanitas.nl",
}
CITIES = ["Den Haag", "Den Haag", "Den Haag", "'s-Gravenhage", "DEN HAAG", "Rijswijk", "Den Haag"]

STREETS = [
    "Stationsweg",
    "Wagenstraat",
    "Calandplein",
    "Soestdijksekade",
    "Thomsonlaan",
    "Fahrenheitstraat",
    "Laan van Meerdervoort",
    "Beeklaan",
    "Valkenboslaan",
    "Kamperfoelieplein",
    "Steenwijklaan",
    "Erasmusweg",
    "Meppelweg",
    "Melis Stokelaan",
    "Zuidlarenstraat",
    "Hengelolaan",
    "Dedemsvaartweg",
    "Zamenhofstraat",
    "Troelstrakade",
    "Rijswijkseweg",
    "Schalk Burgerstraat",
    "Parallelweg",
    "Regentesselaan",
    "Van Ostadestraat",
    "Jan van der Heijdenstraat",
    "Badhuisstraat",
    "Duinstraat",
    "Tesselsestraat",
    "Rederijkerstraat",
    "Oude Molstraat",
    "Stille Veerkade",
    "Lange Beestenmarkt",
    "Korte Poten",
    "Prinsegracht",
    "Herengracht",
    "Westduinweg",
    "Kijkduinsestraat",
    "Sportlaan",
    "Mient",
    "Dr. Lelykade",
    "Loosduinse Hoofdstraat",
    "Goudenregenstraat",
    "Weissenbruchstraat",
    "Burgemeester Patijnlaan",
    "Leharstraat",
    "Mahlerstraat",
    "De Genestetlaan",
    "Generaal Spoorlaan",
    "Hoefbladlaan",
    "Heesterbeeklaan",
    "Acaciastraat",
    "Van Speijkstraat",
    "Vaandrigstraat",
    "Boekhorststraat",
    "Jacob Catsstraat",
    "Kraayensteinlaan",
    "Zusterstraat",
    "Zoutmanstraat",
]
SUFFIXES = [
    "",
    "",
    "",
    "",
    "a",
    "A",
    "-B",
    "-hs",
    " hs",
    "bis",
    " 2-hoog",
    "-III",
    " III",
    "-2",
    " b",
    "-A",
    "D",
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
MABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WDABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]

NL_BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB", "FVLB", "NNBA"]

# --------------------------------------------------------------------------
# Numbers: BSN (11-check), IBAN (mod 97)
# --------------------------------------------------------------------------


def bsn_valid(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=False))
    return total % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2], strict=False)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def fmt_bsn(b: str, style: str) -> str:
    return {
        "plain": b,
        "dots": f"{b[:4]}.{b[4:6]}.{b[6:]}",
        "spaces": f"{b[:3]} {b[3:6]} {b[6:]}",
        "dots3": f"{b[:3]}.{b[3:6]}.{b[6:]}",
        "dash": f"{b[:3]}-{b[3:6]}-{b[6:]}",
        "sp4": f"{b[:4]} {b[4:6]} {b[6:]}",
    }[style]


def iban_valid(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _iban(cc: str, bban: str) -> str:
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{cc}{98 - num % 97:02d}{bban}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_iban(rng: random.Random, cc: str = "NL") -> str:
    if cc == "NL":
        return _iban("NL", rng.choice(NL_BANKS) + _digits(rng, 10))
    if cc == "BE":
        base = str(rng.randint(1, 9)) + _digits(rng, 9)
        chk = int(base) % 97 or 97
        return _iban("BE", f"{base}{chk:02d}")
    if cc == "DE":
        return _iban("DE", _digits(rng, 18))
    if cc == "PL":
        return _iban("PL", _digits(rng, 24))
    if cc == "TR":
        return _iban("TR", _digits(rng, 5) + "0" + _digits(rng, 16))
    if cc == "FR":
        bank, branch, acct = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return _iban("FR", f"{bank}{branch}{acct}{key:02d}")
    raise ValueError(cc)


def fmt_iban(iban: str, style: str) -> str:
    if style == "grouped":
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style == "lower":
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)).lower()
    return iban


# --------------------------------------------------------------------------
# Phones, e-mail, dates, addresses, dossier numbers, neutral material
# --------------------------------------------------------------------------


def make_mobile(rng: random.Random) -> str:
    n = str(rng.randint(1, 9)) + _digits(rng, 7)
    styles = [
        f"06-{n}",
        f"06 {n}",
        f"06 - {n[:4]} {n[4:]}",
        f"06-{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
        f"06{n}",
        f"+31 6 {n}",
        f"+31(0)6-{n}",
        f"0031 6 {n[:4]} {n[4:]}",
        f"+316 {n[:4]} {n[4:]}",
        f"06.{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:]}",
        f"+31 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
        f"06 {n[:4]} {n[4:]}",
        f"06-{n[:3]} {n[3:5]} {n[5:]}",
    ]
    return rng.choice(styles)


def make_landline(rng: random.Random) -> str:
    area = rng.choice(["70"] * 6 + ["15", "79", "10", "71", "88"])
    n = str(rng.randint(2, 9)) + _digits(rng, 6)
    a0 = "0" + area
    styles = [
        f"{a0}-{n}",
        f"{a0} - {n[:3]} {n[3:5]} {n[5:]}",
        f"({a0}) {n}",
        f"{a0} {n[:3]} {n[3:]}",
        f"+31 {area} {n[:3]} {n[3:]}",
        f"+31 (0){area} {n[:3]} {n[3:5]} {n[5:]}",
        f"0031 {area} {n}",
        f"{a0}-{n[:3]} {n[3:5]} {n[5:]}",
        f"{a0}/{n}",
    ]
    return rng.choice(styles)


def make_foreign_phone(rng: random.Random) -> str:
    d = lambda k: _digits(rng, k)  # noqa: E731
    return rng.choice(
        [
            f"+48 {rng.randint(5, 8)}{d(2)} {d(3)} {d(3)}",
            f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
            f"+212 6{d(2)} {d(2)} {d(2)} {d(2)}",
            f"+597 8{d(2)}-{d(4)}",
            f"+49 17{d(1)} {d(7)}",
            f"+44 7{d(3)} {d(6)}",
            f"+32 4{d(2)} {d(2)} {d(2)} {d(2)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        ]
    )


def make_phone(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.55:
        return make_mobile(rng)
    if r < 0.88:
        return make_landline(rng)
    return make_foreign_phone(rng)


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


PRIVATE_DOMAINS = {
    "nl": [
        "ziggo.nl",
        "kpnmail.nl",
        "xs4all.nl",
        "live.nl",
        "hotmail.com",
        "gmail.com",
        "casema.nl",
        "telfort.nl",
        "icloud.com",
        "outlook.com",
        "hetnet.nl",
        "planet.nl",
    ],
    "tr": ["hotmail.com", "gmail.com", "yahoo.com.tr", "outlook.com", "live.nl"],
    "ma": ["hotmail.com", "gmail.com", "live.nl", "outlook.com", "hotmail.nl"],
    "sr": ["gmail.com", "hotmail.com", "yahoo.com", "ziggo.nl", "sr.net"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl"],
    "en": ["gmail.com", "hotmail.co.uk", "btinternet.com"],
    "de": ["gmx.de", "web.de", "t-online.de"],
    "fr": ["orange.fr", "laposte.net", "free.fr", "gmail.com"],
    "xx": ["gmail.com", "yahoo.com", "proton.me", "ukr.net"],
}


def make_email(
    rng: random.Random, first: str, sur: str, origin: str, pro_domain: str | None = None
) -> str:
    f = ascii_fold(first).lower().replace(" ", "").replace("-", "")
    parts = ascii_fold(sur).lower().replace("'", "").split()
    core = parts[-1] if parts else "x"
    full = "".join(parts)
    if pro_domain:
        pat = rng.choice([f"{f[0]}.{full}", f"{f}.{full}", f"{f}.{core}", f"{f[0]}{full}"])
        return f"{pat}@{pro_domain}"
    yy = rng.randint(50, 99)
    nn = rng.randint(1, 99)
    pat = rng.choice(
        [
            f"{f}.{full}",
            f"{f[0]}.{full}",
            f"{f}{full}{nn}",
            f"{f}_{core}",
            f"{core}.{f[0]}",
            f"{f}{yy}",
            f"{f}.{'.'.join(parts)}",
            f"fam.{full}",
            f"{f}-{core}",
            f"{f}{core}{yy}",
            f"{full}{f[0]}",
        ]
    )
    mail = f"{pat}@{rng.choice(PRIVATE_DOMAINS.get(origin, PRIVATE_DOMAINS['nl']))}"
    if rng.random() < 0.06:  # capitals sometimes survive in hand-typed addresses
        mail = mail[0].upper() + mail[1:]
    return mail


def random_date(rng: random.Random, y0: int = 2016, y1: int = 2025) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


DATE_STYLES_ALL = [
    "long",
    "longny",
    "dmy0",
    "dmy",
    "dmyq",
    "slash",
    "slashny",
    "dashny",
    "wdlong",
    "wdlongy",
    "wdab",
    "wdabnum",
    "wdabdot",
    "abbr",
    "abbrdot",
    "abbrq",
    "abbrny",
    "dotted",
    "iso",
    "shortyear",
    "longq",
]
DATE_STYLES_DAY = ["wdlong", "wdlongy", "wdab", "wdabnum", "wdabdot"]
DATE_STYLES_HEAD = ["wdcomma", "wdlongy", "long", "dmy0", "wdlong"]
DATE_STYLES_NOYEAR = ["longny", "slashny", "dashny", "wdlong", "wdab", "abbrny", "wdabnum"]
DATE_STYLES_NOTE = ["wdabnum", "slashny", "dashny", "dmyq", "wdab", "wdabdot"]
DATE_STYLES_DOB = ["long", "dmy0", "dmy", "slash", "dotted", "abbrdot", "shortyear", "abbr", "iso"]


def fmt_date(d: _dt.date, style: str) -> str:
    m, wd = d.month - 1, d.weekday()
    yq = f"'{d.year % 100:02d}"
    return {
        "long": f"{d.day} {MONTHS[m]} {d.year}",
        "longny": f"{d.day} {MONTHS[m]}",
        "dmy0": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dmy": f"{d.day}-{d.month}-{d.year}",
        "dmyq": f"{d.day}-{d.month}-{yq}",
        "slash": f"{d.day}/{d.month}/{d.year}",
        "slashny": f"{d.day}/{d.month}",
        "dashny": f"{d.day}-{d.month}",
        "wdlong": f"{WEEKDAYS[wd]} {d.day} {MONTHS[m]}",
        "wdlongy": f"{WEEKDAYS[wd]} {d.day} {MONTHS[m]} {d.year}",
        "wdab": f"{WDABBR[wd]} {d.day} {MONTHS[m]}",
        "wdabnum": f"{WDABBR[wd]} {d.day}/{d.month}",
        "wdabdot": f"{WDABBR[wd]}. {d.day}-{d.month}",
        "abbr": f"{d.day} {MABBR[m]} {d.year}",
        "abbrdot": f"{d.day} {MABBR[m]}. {d.year}",
        "abbrq": f"{d.day} {MABBR[m]} {yq}",
        "abbrny": f"{d.day} {MABBR[m]}",
        "dotted": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "iso": d.isoformat(),
        "shortyear": f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}",
        "longq": f"{d.day} {MONTHS[m]} {yq}",
        "wdcomma": f"{WEEKDAYS[wd].capitalize()}, {d.day} {MONTHS[m]} {d.year}",
    }[style]


def make_postcode(rng: random.Random, style: str = "") -> str:
    num = (
        rng.randint(2491, 2599)
        if rng.random() < 0.85
        else rng.choice([2281, 2284, 2611, 2625, 2712, 2289])
    )
    while True:
        letters = rng.choice("ABCEGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in ("SA", "SD", "SS"):
            break
    style = style or rng.choice(["space", "space", "space", "tight", "tight"])
    return {
        "space": f"{num} {letters}",
        "tight": f"{num}{letters}",
        "lower": f"{num} {letters.lower()}",
        "lowtight": f"{num}{letters.lower()}",
    }[style]


def make_address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} {rng.randint(1, 348)}{rng.choice(SUFFIXES)}"


WIJK_CODES = ["LK", "SW", "MW", "TV", "ES", "SB", "LD", "SCH", "CEN", "HH", "YP"]


def make_dossier(rng: random.Random) -> tuple[str, str]:
    """(cue word, number) in one of many shapes."""
    y = rng.randint(2016, 2025)
    yy = f"{y % 100:02d}"
    d = lambda k: _digits(rng, k)  # noqa: E731
    L = lambda: rng.choice("ABCDEFGHJKLMNPRSTVWXZ") + rng.choice("ABCDEFGHJKLMNPRSTVWXZ")  # noqa: E731
    options = [
        (["dossiernummer", "dossiernr.", "Dossiernummer"], f"D-{y}-{d(5)}"),
        (["zaaknummer", "zaaknr.", "Zaak"], f"Z/{yy}/{d(6)}"),
        (["cliëntnummer", "clientnr.", "Cliëntnummer"], f"CL-{d(6)}"),
        (["registratienummer", "reg.nr."], f"WMO-{y}-{d(5)}"),
        (["kenmerk", "ons kenmerk:"], f"{y}.{d(4)}.{L()}"),
        (["ons kenmerk", "uw kenmerk"], f"SHV/{yy}/{d(4)}"),
        (["referentie", "ref."], f"#A{d(4)}"),
        (["meldingsnummer", "melding"], f"M-{y}{rng.randint(1, 12):02d}-{d(3)}"),
        (["beschikkingsnummer", "beschikking"], f"{yy}-{d(5)}"),
        (["klantnummer", "klantnr."], d(7)),
        (["casusnummer", "casus"], f"SWT-{rng.choice(WIJK_CODES)}-{d(4)}"),
        (["aanvraagnummer", "aanvraag"], f"AV{y}-{d(4)}"),
        (["VT-meldnummer", "meldnummer"], f"VT/{y}/{d(6)}"),
        (["dossier nr.", "dossier"], f"{d(2)}-{d(4)}"),
        (["cliënt-ID", "client-id"], f"{d(3)}-{d(2)}-{d(4)}"),
        (["bewindsdossier", "dossier bewind"], f"BW-{y}/{d(4)}"),
        (["huurdernummer", "huurcontractnummer"], d(8)),
        (["zaak", "zaaknummer"], f"{y}-{d(4)}"),
        (["registratienr.", "registratie"], f"R{yy}.{d(5)}"),
        (["ticket", "meldingsnr."], f"#{d(5)}"),
        (["polisnummer", "polisnr."], f"{d(3)}{L()}{d(5)}"),
        (["dossiercode", "code"], f"{L()}{d(2)}-{d(3)}/{yy}"),
    ]
    cues, num = rng.choice(options)
    return rng.choice(cues), num


def make_amount(rng: random.Random) -> str:
    v = rng.choice(
        [45, 87, 120, 140, 250, 365, 450, 612, 780, 950, 1250, 1840, 2300, 3870, 6400, 12400, 23500]
    )

    def dots(x: int) -> str:
        return f"{x:,}".replace(",", ".")

    return rng.choice(
        [
            f"€ {dots(v)},-",
            f"€{v}",
            f"€ {dots(v)},00",
            f"EUR {dots(v)}",
            f"{dots(v)} euro",
            f"€ {dots(v)}",
            f"€{dots(v)},50",
        ]
    )


DURATIONS = [
    "drie maanden",
    "6 weken",
    "twee jaar",
    "anderhalf jaar",
    "ruim een half jaar",
    "10 dagen",
    "vier weken",
    "acht maanden",
    "3 jaar",
    "een paar weken",
    "zes weken",
    "ruim 2 jaar",
    "12 maanden",
    "vijf jaar",
    "drie weken",
]
TIMES = [
    "9.30 uur",
    "14:00",
    "10.15 uur",
    "16:45",
    "11.00 uur",
    "13.30 uur",
    "8:45",
    "15.00 uur",
    "19.30 uur",
]
PCTS = ["30%", "15 procent", "40 %", "60%", "een kwart", "80 procent", "10%"]
FRACS = ["2/3", "1/4", "3/4", "1/3", "de helft"]
FREQS = [
    "twee keer per week",
    "dagelijks",
    "eens per maand",
    "drie ochtenden per week",
    "om de week",
]

# --------------------------------------------------------------------------
# Persons and cast
# --------------------------------------------------------------------------

FEMALE_TITLES = ["mevrouw", "mevrouw", "mevrouw", "mw.", "mw.", "mevr.", "mevr", "mw", "mevrouw"]
MALE_TITLES = ["meneer", "meneer", "de heer", "dhr.", "dhr.", "de heer", "dhr", "meneer"]
NOTE_TITLES = {"f": ["mw", "mw", "mevr", "mw."], "m": ["dhr", "dhr", "mnr", "dhr."]}
REL_F = ["dochter", "zus", "nicht", "schoondochter", "moeder", "tante", "kleindochter"]
REL_M = ["zoon", "broer", "neef", "schoonzoon", "vader", "oom", "kleinzoon"]


def cap_first(s: str) -> str:
    return s[0].upper() + s[1:] if s and not s.startswith("'") else s


class Person:
    def __init__(self, first: str, sur: str, gender: str, origin: str, rng: random.Random) -> None:
        self.first, self.sur, self.g, self.origin = first, sur, gender, origin
        parts = re.split(r"[-\s]", first)
        self.initials = "".join(p[0] + "." for p in parts if p)
        if rng.random() < 0.4:
            self.initials += "".join(
                rng.choice("AMJCHWPGE") + "." for _ in range(rng.randint(1, 2))
            )
        self.age = rng.randint(19, 91)
        self.rel = rng.choice(REL_F if gender == "f" else REL_M)
        self.role = ""
        self.org = ""
        self._phone = None
        self._email = None
        self.titles: list[str] = []

    def full(self) -> str:
        return f"{self.first} {self.sur}"

    def sur_cap(self) -> str:
        return cap_first(self.sur)

    def has_particle(self) -> bool:
        return self.sur.startswith(PARTICLES)


def pick_first(
    rng: random.Random,
    origin: str | None = None,
    gender: str | None = None,
    used: set | None = None,
    hard: set | None = None,
) -> tuple[str, str, str]:
    pool = [
        f
        for f in FIRST
        if (origin is None or f[2] == origin)
        and (gender is None or f[1] == gender)
        and f[0] not in (hard or ())
    ]
    if origin == "nl" and rng.random() < 0.35:  # Dutch first names that are ordinary words
        pool = [f for f in pool if f[0] in WORD_FIRST] or pool
    if used is not None:
        fresh = [f for f in pool if f[0] not in used]
        pool = fresh or pool
    return rng.choice(pool)


def pick_sur(rng: random.Random, origin: str | None = None, used: set | None = None) -> str:
    pool = [s for s, o in SURNAMES if origin is None or o == origin]
    if origin == "nl" and rng.random() < 0.5:  # Dutch surnames that are ordinary words
        pool = WORD_SURNAMES
    if used is not None:
        fresh = [s for s in pool if s not in used]
        pool = fresh or pool
    return rng.choice(pool)


def pick_origin(rng: random.Random) -> str:
    keys = list(ORIGIN_WEIGHTS)
    return rng.choices(keys, weights=[ORIGIN_WEIGHTS[k] for k in keys])[0]


class Usage:
    """Spread names over the corpus: prefer names not used yet."""

    def __init__(self) -> None:
        self.first: set[str] = set()
        self.sur: set[str] = set()
        self.cast_first: set[str] = set()

    def person(
        self,
        rng: random.Random,
        origin: str | None = None,
        gender: str | None = None,
        same_sur: str | None = None,
    ) -> Person:
        origin = origin or pick_origin(rng)
        first, g, o = pick_first(rng, origin, gender, self.first, self.cast_first)
        self.cast_first.add(first)
        if len(self.first) > 190:
            self.first.clear()
        self.first.add(first)
        if same_sur:
            sur = same_sur
        else:
            sur_origin = o if rng.random() < 0.8 else None
            sur = pick_sur(rng, sur_origin, self.sur)
            if len(self.sur) > 170:
                self.sur.clear()
            self.sur.add(sur)
        if o == "pl" and g == "f" and sur.endswith(("ski", "cki")):
            sur = sur[:-1] + "a"  # Polish surnames agree with gender
        return Person(first, sur, g, o, rng)


def make_cast(rng: random.Random, usage: Usage) -> dict:
    usage.cast_first = set()
    C = usage.person(rng)
    if C.g == "f" and rng.random() < 0.18:
        C.sur = f"{pick_sur(rng, 'nl')}-{C.sur}"  # married double name, e.g. Kok-de Boer
    R = usage.person(rng, origin=C.origin if rng.random() < 0.8 else None)
    if (
        R.rel in ("dochter", "zoon", "zus", "broer", "vader", "kleindochter", "kleinzoon")
        and rng.random() < 0.6
    ):
        R.sur = C.sur.split("-")[-1]
    P = usage.person(
        rng, origin=C.origin if rng.random() < 0.7 else None, gender="m" if C.g == "f" else "f"
    )
    K = usage.person(
        rng, origin=C.origin, same_sur=C.sur.split("-")[-1] if rng.random() < 0.6 else P.sur
    )
    K.age = rng.randint(3, 17)
    N = usage.person(rng)
    N.rel = "buurvrouw" if N.g == "f" else "buurman"
    cast = {"C": C, "R": R, "P": P, "K": K, "N": N}
    roles = rng.sample(ROLES, 6)
    orgs = rng.sample(ORGS, 6)
    for i, key in enumerate("WVBXYZ"):
        pro = usage.person(rng, origin="nl" if rng.random() < 0.5 else None)
        pro.role, pro.org = roles[i], orgs[i]
        pro.age = rng.randint(24, 63)
        cast[key] = pro
    cast["B"].role = "bewindvoerder"
    cast["B"].titles = ["mr."]
    if cast["V"].role in ("huisarts", "psychiater", "verslavingsarts"):
        cast["V"].titles = ["dr."]
    return cast


# --------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------
# {X.attr}   person or cast attribute (X in C R P K N W V B X Y Z)
# {slot}     generic slot (addr, pc, phone, bsn, iban, date, org, wijk, dur, ...)
# {=lab:txt} literal neutral material (recorded under "neutral")

T_CASUS = [
    "{C.full} ({C.age}) woont met {C.haar} {=count:twee} kinderen in een portiekflat in {wijk}.",
    "Het gaat om {C.tsur}, {C.agej}, alleenstaand en sinds {year} in beeld bij {org}.",
    "{C.Tsur} woont op {addr}, {pc} {city}, en heeft weinig contact met de buren.",
    "Sinds {dur} staat {C.first} er alleen voor; {C.haar} partner overleed in {month} {year}.",
    "Op {date} kwam er een melding van {V.tinit} ({V.org}) over vervuiling in de woning van {C.tsur}.",
    "Cliënt{C.e}, {C.full}, geboren op {dob}, woont aan de {addr} in {wijk}.",
    "{C.First} is {C.agej}, heeft een licht verstandelijke beperking en woont sinds {year} zelfstandig.",
    "De {role} bracht {C.tsur} in met de vraag hoe we {C.hem} beter konden bereiken.",
    "In het eerste gesprek vertelde {C.first} dat {C.zij} al {dur} geen {=word:post} meer opende.",
    "{C.Tsur} ({C.age}) zorgt voor {C.haar} {R.rel} {R.first}, die sinds {year} ernstig ziek is.",
    "De familie {C.fam} woont al {dur} op {addr} in {wijk}.",
    "{C.Full} (geb. {dob}) huurt via {org} een benedenwoning aan de {addr}, {pc} {city}.",
    "Buren, onder wie {N.full}, hoorden 's nachts vaak geschreeuw uit de woning.",
    "Het gezin {C.fam} kwam in {year} vanuit {=place:Rotterdam} naar {wijk}.",
    "{C.First} werkte jarenlang als {=word:kok} in een strandpaviljoen, tot {C.haar} knie het begaf.",
    "Wij kennen {C.first} sinds {month} {year}: een {=word:sterk} en eigenwijs mens die niet snel om hulp vraagt.",
    "Het was een {=word:storm} van brieven, aanmaningen en telefoontjes.",
    "Toen we aanbelden scheen de {=word:zon}, maar binnen waren alle gordijnen dicht.",
    "In de {=word:hoek} van de kamer lag een stapel ongeopende {=word:post}.",
]
T_HULPVRAAG = [
    "{C.First} wilde vooral weten hoe {C.zij} van {C.haar} schulden (ruim {amount}) af kon komen.",
    "De vraag van {C.tsur} was eenvoudig: 'Help me met die brieven.'",
    "{C.Poss} {R.rel} {R.first} maakte zich zorgen en belde op {date} met {org}.",
    "Hulpvraag volgens {R.first}: zorgen dat {C.tsur} veilig thuis kan blijven wonen.",
    "Er lag een aanvraag voor bijzondere bijstand; de huur bedraagt {rent} per maand.",
    "{C.Tsur} gaf aan dat {C.zij} {pct} van {C.haar} inkomen kwijt is aan aflossingen.",
    "Zelf zei {C.first} het zo: 'Ik wil gewoon weer rust in mijn hoofd.'",
    "{R.Full} ({R.rel}) vroeg om respijtzorg, want {R.zij} zorgt al {dur} {=frequency:dag en nacht} voor {C.tsur}.",
    "De school van {K.first} ({K.age}) signaleerde verzuim en schakelde de {role} in.",
    "Ex-partner {P.full} betaalt sinds {month} geen alimentatie meer.",
    "In de {=word:lente} van {year} liep de huurachterstand voor het eerst op.",
]
T_INTERVENTIE = [
    "Op {dateD} om {time} deden {W.first} en de {V.role} samen een huisbezoek.",
    "Met {V.full} van {V.org} is een budgetplan opgesteld; de uitkering komt voortaan binnen op {iban}.",
    "We hebben {C.tsur} aangemeld bij {org} ({dos}).",
    "De {W.role} belde {C.haar} {R.rel} op {R.phone} en sprak af dat {R.zij} {freq} langskomt.",
    "Beschermingsbewind loopt via {B.tinit}; kenmerk rechtbank {dosnr}.",
    "Na een incident op {date} is er een melding gedaan bij {org}, meldnummer {dosnr}.",
    "{V.Full} ({V.role}) nam de regie en plande een keukentafelgesprek op {dateD}.",
    "Voor de toeslagen hadden we {C.haar} burgerservicenummer nodig: {bsn}.",
    "{C.Tsur} tekende op {date} de toestemming om gegevens te delen met {org}.",
    "Afgesproken is dat {C.first} de {=word:post} voortaan samen met {R.first} opent.",
    "Via {org} kwam er {=frequency:24/7} toezicht, voorlopig voor {dur}.",
    "Samen met {C.tsur} kwam er een afloscontract: {instal} per maand, automatisch van {iban}.",
    "Op {date} is het huurcontract op naam van {C.tinit} verlengd.",
    "{W.First} ging mee naar het spreekuur van {V.tinit} om de medicatie door te nemen.",
    "De {role} heeft {K.first} op {dateN} op school gesproken.",
    "Samen met {C.first} hebben we alle enveloppen gesorteerd; het waren er meer dan {=count:200}.",
    "Omdat {C.tsur} weinig Nederlands spreekt, belden we met een tolk via {org}.",
    "{C.First} kreeg een maatje van {org}: {N.first}, die zelf ook in {wijk} woont.",
    "{=word:Post} die binnenkomt, legt {C.first} nu in een vaste bak bij de deur.",
    "{V.Sur} ({V.role}) nam daarna contact op met {org}; {V.sur} kende de weg daar goed.",
    "Het plan van aanpak is op {date} ondertekend door {C.init} en {W.init}.",
]
T_RESULTAAT = [
    "Na {dur} is de huurachterstand met {frac} teruggebracht.",
    "{C.First} komt nu elke {wday} naar het inloopspreekuur in {wijk}.",
    "Het dossier ({dosnr}) is op {date} overgedragen aan {V.tinit}.",
    "{R.First} is nu officieel mantelzorger en bereikbaar via {R.phone} of {R.email}.",
    "De schulden zijn gedaald van {amount} naar {amount}.",
    "Sinds {month} gaat het beter: {C.first} slaapt weer en hoeft nog maar {=frequency:eens per twee weken} te komen.",
    "De casus is op {date} gesloten; {V.full} doet de nazorg.",
    "{C.Tsur} heeft weer een {=word:sterk} netwerk: {R.first}, {N.first} en de {role}.",
    "Ongeveer {pct} van de afspraken werd nagekomen, en dat is voor deze cliënt veel.",
    "Uiteindelijk verhuisde {C.first} op {date} naar een aanleunwoning aan de {addr}.",
    "{=word:Sterk} punt van deze aanpak: er was één vast aanspreekpunt.",
]
T_LES = [
    "Les voor collega's: vraag bij een eerste bezoek altijd wie de {=word:post} opent.",
    "Wat we leerden: zonder de {role} waren we nooit binnengekomen.",
    "Tip: betrek {org} eerder, niet pas na {dur}.",
    "Achteraf hadden we {C.tsur} eerder moeten vragen wie {C.zij} vertrouwt.",
    "Geleerde les: één vaste contactpersoon werkt beter dan drie wisselende hulpverleners.",
    "Ook in {wijk} zien we dat de {role} vaak de sleutel is.",
    "Wees zuinig op het vertrouwen van familie; {R.first} haakte bijna af na één verkeerd gesprek.",
    "Het {=word:sterkste} moment was toen {C.first} zelf de telefoon pakte.",
    "Vertrouwen komt niet uit de {=word:hemel} vallen: reken op {dur} voordat de deur opengaat.",
]
T_ADMIN = [
    "Contactgegevens: {phone} / {email}.",
    "BSN {bsn}, geboren {dob}.",
    "Correspondentieadres: {addr}, {pc} {city}.",
    "Rekeningnummer vaste lasten: {iban} t.n.v. {C.init}.",
    "Bereikbaar via {C.haar} {R.rel} {R.full}: {R.phone}.",
    "Dossier {dosnr} | BSN {bsn} | tel. {phone}.",
    "Aanmelding bij {org} ({dos}) is ingediend op {date}.",
    "Er is ook een buitenlandse rekening, {ibanf}, op naam van {C.first}.",
    "E-mailadres {R.rel}: {R.email}.",
    "Postadres is tijdelijk {addr}, {pc} {city} (bij {R.first}).",
]
T_NOTE = [
    "{dateS} hb {C.low}, {R.rel} {R.lowfirst} erbij.",
    "{C.lowfirst} niet thuis, kaartje in de bus, terugbellen op {phone}.",
    "tel. {V.lowfirst} ({V.org}): {C.low} staat op de wachtlijst, {dos}.",
    "nb {C.low} wil geen contact met ex ({P.lowfirst}), contactverbod sinds {date}.",
    "afspraak {dateS} {time} met {C.lowfirst} + {R.lowfirst}, adres {addrl}.",
    "bsn {bsn} doorgegeven aan {org}; iban {ibanl} klopt niet, checken!",
    "postcode is {pcl}, niet wat in het systeem staat. aangepast.",
    "mail van {C.lowfirst} ({email}) over de brief van {org}.",
    "{C.lowfirst} vertelde over {C.haar} {R.rel}, woont ook in {wijk}.",
]
T_DISC_OPEN = [
    "Hoi allemaal,",
    "Beste collega's,",
    "Goedemorgen team {wijk},",
    "Hallo {V.first},",
    "Ha {V.first} en anderen,",
]
T_DISC = [
    "Ik loop vast in de casus van {C.tsur} en ben benieuwd hoe jullie dit aanpakken.",
    "@{V.first} jij kent {C.first} toch nog van {org}?",
    "Herkenbaar! Bij ons in {wijk} speelde iets vergelijkbaars met {N.tsur}.",
    "Weet iemand wie de {role} was die vorig jaar bij {C.tsur} betrokken was?",
    "Wat bij ons werkte: de {role} liet {C.first} zelf een weekplanning maken.",
    "Mijn vraag: mogen we {C.haar} {R.rel} ({R.full}) bellen zonder toestemming?",
    "Ik zet het even hier, want {V.sur} is deze week met vakantie.",
    "Dank voor het meedenken, {V.first} en {X.first}!",
    "{C.Poss} situatie is sinds {month} sterk verslechterd, vooral financieel.",
    "Aanvulling van {X.first}: het nummer van {C.haar} {R.rel} is {R.phone}.",
    "Met dank aan {X.init} van {X.org}, die de contacten met de familie {C.fam} onderhoudt.",
]
T_DISC_SIG = [
    "Groet,\n{W.sig}\n{W.role}, {W.org}",
    "Groetjes, {W.first}",
    "Met vriendelijke groet,\n{W.sig}\n{W.role} | {W.org}\nT {W.phone}",
    "— {W.sig} ({W.role}, {W.org})",
    "Vriendelijke groet,\n{W.initsig}\n{W.role}\n{W.email}",
]
T_MIN_HEAD = [
    "Verslag MDO {wijk} – {dateD}",
    "Notulen casusoverleg SWT {wijk}, {dateY}",
    "Intervisie {wijk} ({dateD})",
    "VERSLAG WIJKOVERLEG {wijkU}\nDatum: {dateY}",
]
T_MIN_ATT = [
    "Aanwezig: {W.att} (vz), {V.att} ({V.org}), {X.attinit} ({X.role}), {Y.att} (notulist)",
    "Aanwezig: {V.att}, {X.att}, {Y.attinit}, {W.att} (verslag)",
    "Deelnemers: {W.att} – {W.role}; {V.att} – {V.role}; {X.att} – {X.org}",
]
T_MIN_ABS = ["Afwezig m.k.: {Z.att}", "Afgemeld: {Z.att} ({Z.org})"]
T_MIN = [
    "1. Opening: {X.First} is vanaf {dateN} met verlof.",
    "2. Casus {C.tsur} ({dosnr}): {V.first} licht toe dat de situatie sinds {month} verslechterd is.",
    "3. Casus {K.first} ({K.age}): de {role} maakt zich zorgen over het schoolverzuim.",
    "Besluit: {V.Sur} neemt de regie over van {X.sur}.",
    "Actie {W.first}: contact opnemen met {R.full} vóór {dateN}.",
    "Actie {Y.first}: aanvraag bij {org} indienen en {C.tsur} informeren.",
    "Volgend overleg: {dateD}, {time}, bij {org}.",
    "Rondvraag: {Z.First} vraagt of iemand het nieuwe nummer van {C.tsur} heeft ({phone}).",
    "- {V.first}: huisbezoek bij {C.tsur} op {addr} vóór {dateN}",
    "- {X.first}: BSN {bsn} navragen bij {org}",
    "{Z.Sur} meldt dat {C.tinit} sinds {dateN} niet meer op afspraken verschijnt.",
]
T_MAIL_HEAD = [
    "Van: {W.full} <{W.email}>\nAan: {V.email}\nOnderwerp: overdracht {C.tsur}, {dos}\nVerzonden: {dateH} {time}",
    "From: {W.email}\nTo: {V.full} <{V.email}>\nSubject: RE: {C.full} / {dosnr}\nDate: {dateY}",
]
T_MAIL_OPEN = ["Beste {V.first},", "Hoi {V.first},", "Geachte {V.tsur},"]
T_MAIL_BODY = [
    "Zoals besproken draag ik {C.tsur} aan je over per {dateN}.",
    "{C.Zij} woont op {addr} ({pc}) en is het best bereikbaar op {phone}.",
    "De uitkering komt binnen op {iban}; een deel gaat naar {org}.",
    "{C.Poss} {R.rel}, {R.full}, wil graag bij het eerste gesprek zijn ({R.email}).",
    "Let op: {C.zij} heeft een hekel aan onaangekondigde bezoeken tussen {=time:9.00} en {=time:12.00 uur}.",
    "BSN voor de aanvraag: {bsn}.",
]
T_MAIL_CLOSE = [
    "Met vriendelijke groet,\n{W.initsig}\n{W.role}",
    "Groet, {W.first}",
    "Hartelijke groet,\n{W.sig}",
]
T_INTAKE = [
    "Naam: {C.full}",
    "Geb.datum: {dob}",
    "Adres: {addr}, {pc} {city}",
    "Tel.: {phone}",
    "E-mail: {email}",
    "BSN: {bsn}",
    "IBAN: {iban}",
    "Dossiernr.: {dosnr}",
    "Contactpersoon: {R.full} ({R.rel}), {R.phone}",
    "Huisarts: {V.tinit}",
    "Wijk: {wijk}",
    "Betrokken: {org}, {org}",
    "Inkomen: bijstand, {rent} per maand",
]
T_INTAKE_HEAD = [
    "OVERDRACHTSFORMULIER",
    "Intake SWT {wijk}",
    "Aanmelding – gegevens cliënt",
    "## Gegevens",
]

SECTION_POOLS = {
    "casus": T_CASUS,
    "hulpvraag": T_HULPVRAAG,
    "interventie": T_INTERVENTIE,
    "resultaat": T_RESULTAAT,
    "les": T_LES,
    "admin": T_ADMIN,
}
ALL_TEMPLATES = (
    T_CASUS
    + T_HULPVRAAG
    + T_INTERVENTIE
    + T_RESULTAAT
    + T_LES
    + T_ADMIN
    + T_NOTE
    + T_DISC_OPEN
    + T_DISC
    + T_DISC_SIG
    + T_MIN_HEAD
    + T_MIN_ATT
    + T_MIN_ABS
    + T_MIN
    + T_MAIL_HEAD
    + T_MAIL_OPEN
    + T_MAIL_BODY
    + T_MAIL_CLOSE
    + T_INTAKE
    + T_INTAKE_HEAD
)

TOKEN = re.compile(r"\{([^{}]+)\}")
SLOT_LABEL = {
    "addr": "address",
    "addrl": "address",
    "pc": "postcode",
    "pcl": "postcode",
    "phone": "phone",
    "email": "email",
    "bsn": "bsn",
    "iban": "iban",
    "ibanf": "iban",
    "ibanl": "iban",
    "dos": "dossier",
    "dosnr": "dossier",
    "date": "date",
    "dateD": "date",
    "dateN": "date",
    "dateS": "date",
    "dateY": "date",
    "dob": "date",
    "dateH": "date",
}
PERSON_ATTRS = {
    "full",
    "Full",
    "first",
    "First",
    "tsur",
    "Tsur",
    "init",
    "tinit",
    "Tinit",
    "sur",
    "Sur",
    "low",
    "lowfirst",
    "poss",
    "Poss",
    "fam",
    "sig",
    "initsig",
    "att",
    "attinit",
}


def template_labels(t: str) -> set[str]:
    labels = set()
    for tok in TOKEN.findall(t):
        if tok.startswith("="):
            continue
        if "." in tok:
            attr = tok.split(".", 1)[1]
            if attr in PERSON_ATTRS:
                labels.add("person")
            elif attr in ("phone", "email"):
                labels.add(attr)
        elif tok in SLOT_LABEL:
            labels.add(SLOT_LABEL[tok])
    return labels


class Ctx:
    def __init__(self, rng: random.Random, usage: Usage, register: str) -> None:
        self.rng = rng
        self.register = register
        self.cast = make_cast(rng, usage)
        self.wijk = rng.choice(WIJKEN)
        self.addr = make_address(rng)
        self.pc = make_postcode(rng)
        self.city = rng.choice(CITIES)
        self.bsn = make_bsn(rng)
        self.bsn_style = rng.choice(["plain", "plain", "dots", "spaces", "dots3", "dash", "sp4"])
        self.iban = make_iban(rng)
        self.iban_style = rng.choice(["plain", "grouped", "grouped"])
        self.phone = make_phone(rng)
        C = self.cast["C"]
        self.email = make_email(rng, C.first, C.sur.split("-")[-1], C.origin)
        self.orgs = rng.sample(ORGS, len(ORGS))
        self.roles = rng.sample(ROLES, len(ROLES))
        self.org_i = 0
        self.role_i = 0


def seg(
    text: str, kind: str | None = None, label: str | None = None, source: str | None = None
) -> tuple:
    return (text, kind, label, source)


def person_slot(p: Person, attr: str, ctx: Ctx) -> list[tuple]:
    rng = ctx.rng
    P = "person"
    note = ctx.register == "notitie"

    def title() -> str:
        if p.titles and rng.random() < 0.7:
            return rng.choice(p.titles)
        if note:
            return rng.choice(NOTE_TITLES[p.g])
        return rng.choice(FEMALE_TITLES if p.g == "f" else MALE_TITLES)

    def sur_after_title() -> str:
        return p.sur_cap() if rng.random() < 0.65 else p.sur

    if attr == "full":
        return [seg(p.full(), "pii", P, "full")]
    if attr == "Full":
        return [seg(p.full(), "pii", P, "sentence_start")]
    if attr == "first":
        return [seg(p.first, "pii", P, "first")]
    if attr == "First":
        return [seg(p.first, "pii", P, "sentence_start")]
    if attr in ("tsur", "Tsur"):
        t = title()
        if attr == "Tsur":
            t = cap_first(t)
        return [seg(t + " "), seg(sur_after_title(), "pii", P, "title_surname")]
    if attr == "init":
        return [seg(f"{p.initials} {p.sur}", "pii", P, "initials")]
    if attr in ("tinit", "Tinit"):
        t = title()
        if attr == "Tinit":
            t = cap_first(t)
        return [seg(t + " "), seg(f"{p.initials} {p.sur}", "pii", P, "title_initials")]
    if attr == "sur":
        return [seg(p.sur_cap(), "pii", P, "surname")]
    if attr == "Sur":
        return [seg(p.sur_cap(), "pii", P, "sentence_start")]
    if attr == "fam":
        return [seg(p.sur_cap(), "pii", P, "family")]
    if attr == "low":
        t = rng.choice(NOTE_TITLES[p.g])
        return [seg(t + " "), seg(p.sur.lower(), "pii", P, "lowercase")]
    if attr == "lowfirst":
        return [seg(p.first.lower(), "pii", P, "lowercase")]
    if attr in ("poss", "Poss"):
        f = p.first
        if f[-1] in "sxzSXZ":
            suf = "'"
        elif f[-1] in "aiouyéAIOUY":
            suf = "'s"
        else:
            suf = "s"
        return [seg(f, "pii", P, "possessive"), seg(suf)]
    if attr == "sig":
        return [seg(p.full(), "pii", P, "signature")]
    if attr == "initsig":
        return [seg(f"{p.initials} {p.sur}", "pii", P, "signature")]
    if attr == "att":
        return [seg(p.full(), "pii", P, "attendee")]
    if attr == "attinit":
        return [seg(f"{p.initials} {p.sur}", "pii", P, "attendee")]
    if attr == "role":
        return [seg(p.role, "keep", "role")]
    if attr == "org":
        return [seg(p.org, "keep", "org")]
    if attr == "rel":
        return [seg(p.rel)]
    if attr == "phone":
        if p._phone is None:
            p._phone = (
                make_phone(rng)
                if not p.role
                else rng.choice([make_mobile(rng), make_landline(rng)])
            )
        return [seg(p._phone, "pii", "phone")]
    if attr == "email":
        if p._email is None:
            dom = None
            if p.role:
                dom = ORG_DOMAINS.get(
                    p.org, rng.choice(["swt-denhaag.nl", "denhaag.nl", "wijkteam-haaglanden.nl"])
                )
            p._email = make_email(rng, p.first, p.sur, p.origin, dom)
        return [seg(p._email, "pii", "email")]
    if attr == "age":
        return [seg(str(p.age), "neutral", "age")]
    if attr == "agej":
        return [seg(f"{p.age} jaar", "neutral", "age")]
    pron = {
        "zij": ("zij", "hij"),
        "Zij": ("Zij", "Hij"),
        "haar": ("haar", "zijn"),
        "Haar": ("Haar", "Zijn"),
        "hem": ("haar", "hem"),
        "e": ("e", ""),
    }
    if attr in pron:
        return [seg(pron[attr][0] if p.g == "f" else pron[attr][1])]
    raise KeyError(attr)


def generic_slot(name: str, ctx: Ctx) -> list[tuple]:
    rng = ctx.rng
    if name == "addr":
        return [seg(ctx.addr, "pii", "address")]
    if name == "addrl":
        return [seg(ctx.addr.lower(), "pii", "address")]
    if name == "pc":
        return [seg(ctx.pc, "pii", "postcode")]
    if name == "pcl":
        return [seg(ctx.pc.lower(), "pii", "postcode")]
    if name == "city":
        return [seg(ctx.city)]
    if name == "phone":
        return [seg(ctx.phone, "pii", "phone")]
    if name == "email":
        return [seg(ctx.email, "pii", "email")]
    if name == "bsn":
        return [seg(fmt_bsn(ctx.bsn, ctx.bsn_style), "pii", "bsn")]
    if name == "iban":
        return [seg(fmt_iban(ctx.iban, ctx.iban_style), "pii", "iban")]
    if name == "ibanl":
        return [seg(fmt_iban(ctx.iban, rng.choice(["lower", "plain"])), "pii", "iban")]
    if name == "ibanf":
        cc = rng.choice(["BE", "DE", "PL", "TR", "FR"])
        return [
            seg(
                fmt_iban(make_iban(rng, cc), rng.choice(["grouped", "plain", "grouped"])),
                "pii",
                "iban",
            )
        ]
    if name == "dos":
        cue, num = make_dossier(rng)
        return [seg(cue + " "), seg(num, "pii", "dossier")]
    if name == "dosnr":
        return [seg(make_dossier(rng)[1], "pii", "dossier")]
    if name in ("date", "dateD", "dateN", "dateS", "dateY", "dob", "dateH"):
        styles = {
            "date": DATE_STYLES_ALL,
            "dateD": DATE_STYLES_DAY,
            "dateN": DATE_STYLES_NOYEAR,
            "dateS": DATE_STYLES_NOTE,
            "dateY": ["long", "dmy0", "dmy", "slash", "dotted", "abbr", "iso"],
            "dob": DATE_STYLES_DOB,
            "dateH": DATE_STYLES_HEAD,
        }[name]
        if name == "dob":
            age = ctx.cast["C"].age
            d = random_date(rng, 2024 - age - 1, 2024 - age - 1)
        else:
            d = random_date(rng)
        return [seg(fmt_date(d, rng.choice(styles)), "pii", "date")]
    if name == "org":
        o = ctx.orgs[ctx.org_i % len(ctx.orgs)]
        ctx.org_i += 1
        return [seg(o, "keep", "org")]
    if name == "role":
        r = ctx.roles[ctx.role_i % len(ctx.roles)]
        ctx.role_i += 1
        return [seg(r, "keep", "role")]
    if name == "wijk":
        return [seg(ctx.wijk, "keep", "wijk")]
    if name == "wijkU":
        return [seg(ctx.wijk.upper(), "keep", "wijk")]
    if name == "amount":
        return [seg(make_amount(rng), "neutral", "amount")]
    if name == "rent":
        return [
            seg(
                rng.choice(
                    ["€ 612,-", "€ 745", "€ 980,40", "€ 1.105", "€ 530,-", "EUR 687", "€840"]
                ),
                "neutral",
                "amount",
            )
        ]
    if name == "instal":
        return [
            seg(
                rng.choice(["€ 45", "€ 87,50", "€120", "€ 60,-", "€ 150", "25 euro", "EUR 95"]),
                "neutral",
                "amount",
            )
        ]
    if name == "dur":
        return [seg(rng.choice(DURATIONS), "neutral", "duration")]
    if name == "time":
        return [seg(rng.choice(TIMES), "neutral", "time")]
    if name == "pct":
        return [seg(rng.choice(PCTS), "neutral", "percent")]
    if name == "frac":
        return [seg(rng.choice(FRACS), "neutral", "fraction")]
    if name == "freq":
        return [seg(rng.choice(FREQS), "neutral", "frequency")]
    if name == "year":
        return [seg(str(rng.randint(2009, 2024)), "neutral", "year")]
    if name == "month":
        return [seg(rng.choice(MONTHS), "neutral", "month")]
    if name == "wday":
        return [seg(rng.choice(WEEKDAYS), "neutral", "weekday")]
    raise KeyError(name)


def fill(template: str, ctx: Ctx) -> list[tuple]:
    out: list[tuple] = []
    pos = 0
    for m in TOKEN.finditer(template):
        out.append(seg(template[pos : m.start()]))
        tok = m.group(1)
        if tok.startswith("="):
            lab, txt = tok[1:].split(":", 1)
            out.append(seg(txt, "neutral", lab))
        elif "." in tok:
            key, attr = tok.split(".", 1)
            out.extend(person_slot(ctx.cast[key], attr, ctx))
        else:
            out.extend(generic_slot(tok, ctx))
        pos = m.end()
    out.append(seg(template[pos:]))
    return out


# --------------------------------------------------------------------------
# Generator documents
# --------------------------------------------------------------------------

HEAD_SETS = [
    [
        ("Casus", "casus"),
        ("Hulpvraag", "hulpvraag"),
        ("Interventie", "interventie"),
        ("Resultaat", "resultaat"),
        ("Geleerde les", "les"),
    ],
    [
        ("Achtergrond", "casus"),
        ("Vraag", "hulpvraag"),
        ("Aanpak", "interventie"),
        ("Uitkomst", "resultaat"),
        ("Tip voor collega's", "les"),
    ],
    [
        ("Situatie", "casus"),
        ("Wat we deden", "interventie"),
        ("Wat het opleverde", "resultaat"),
        ("Les", "les"),
    ],
    [
        ("Aanleiding", "casus"),
        ("Hulpvraag", "hulpvraag"),
        ("Inzet", "interventie"),
        ("Effect", "resultaat"),
        ("Leerpunt", "les"),
    ],
    [("Casus", "casus"), ("Interventie", "interventie"), ("Geleerde les", "les")],
    [
        ("De situatie", "casus"),
        ("Gegevens", "admin"),
        ("Onze aanpak", "interventie"),
        ("Geleerd", "les"),
    ],
]
HEAD_STYLES = ["colon", "md", "upper", "bold", "num", "bracket"]
REGISTER_PLAN = (
    ["les_secties"] * 22
    + ["les_proza"] * 12
    + ["discussie"] * 14
    + ["notulen"] * 10
    + ["notitie"] * 8
    + ["overdracht"] * 7
    + ["mail"] * 7
)
ROTATION = ["bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"]
EXTRA_POOLS = {
    "les_secties": T_ADMIN + T_INTERVENTIE + T_CASUS,
    "les_proza": T_ADMIN + T_INTERVENTIE + T_CASUS,
    "discussie": T_DISC + T_ADMIN,
    "notulen": T_MIN + T_ADMIN,
    "notitie": T_NOTE,
    "mail": T_MAIL_BODY + T_ADMIN,
    "overdracht": T_INTAKE,
}


def heading(h: str, style: str, n: int) -> str:
    return {
        "colon": f"{h}: ",
        "md": f"## {h}\n",
        "upper": f"{h.upper()}\n",
        "bold": f"**{h}** – ",
        "num": f"{n}. {h}\n",
        "bracket": f"[{h}] ",
    }[style]


class Block:
    """A run of templates with a prefix; joined by `sep`."""

    def __init__(
        self,
        prefix: str,
        templates: list[str],
        sep: str = " ",
        suffix: str = "",
        body: bool = False,
    ) -> None:
        self.prefix, self.templates, self.sep, self.suffix, self.body = (
            prefix,
            templates,
            sep,
            suffix,
            body,
        )


def pick(rng: random.Random, pool: list[str], k: int, used: set) -> list[str]:
    cands = [t for t in pool if t not in used]
    rng.shuffle(cands)
    out = cands[:k]
    used.update(out)
    return out


def plan_document(reg: str, rng: random.Random, used: set) -> tuple[list[Block], int]:
    """Return blocks and the number of 'sentence' units that may still be added."""
    if reg == "les_secties":
        hs = rng.choice(HEAD_SETS)
        style = rng.choice(HEAD_STYLES)
        total = rng.randint(len(hs), 12)
        counts = [1] * len(hs)
        for _ in range(total - len(hs)):
            counts[rng.randrange(len(hs))] += 1
        blocks = []
        for n, ((h, key), c) in enumerate(zip(hs, counts, strict=False), 1):
            sep = "\n" if key == "admin" else " "
            blocks.append(
                Block(heading(h, style, n), pick(rng, SECTION_POOLS[key], c, used), sep, "\n")
            )
        return blocks, 12 - total
    if reg == "les_proza":
        blocks = []
        keys = [
            ("casus", rng.randint(1, 3)),
            ("hulpvraag", rng.randint(0, 2)),
            ("interventie", rng.randint(1, 3)),
            ("resultaat", rng.randint(0, 2)),
            ("les", rng.randint(0, 1)),
        ]
        total = 0
        for key, c in keys:
            ts = pick(rng, SECTION_POOLS[key], c, used)
            total += len(ts)
            if ts:
                blocks.append(Block("", ts, " ", rng.choice([" ", "\n\n", "\n"])))
        return blocks, 12 - total
    if reg == "discussie":
        n = rng.randint(1, 4)
        body = pick(rng, T_DISC, n, used) + pick(
            rng, T_CASUS + T_HULPVRAAG, rng.randint(0, 2), used
        )
        rng.shuffle(body)
        blocks = [
            Block("", [rng.choice(T_DISC_OPEN)], "", "\n"),
            Block("", body, " ", "\n\n", True),
            Block("", [rng.choice(T_DISC_SIG)], "", ""),
        ]
        if rng.random() < 0.35:
            blocks.insert(
                0,
                Block(
                    "",
                    [
                        rng.choice(
                            [
                                "Onderwerp: {C.Tsur} en de schulden",
                                "Re: vraag over {C.first}",
                                "Casus {wijk}: wie denkt mee?",
                            ]
                        )
                    ],
                    "",
                    "\n\n",
                ),
            )
        return blocks, 12 - len(body) - 2
    if reg == "notulen":
        items = pick(rng, T_MIN, rng.randint(3, 7), used)
        items.sort(key=lambda t: (not t[0].isdigit(), t.startswith("-"), t))
        blocks = [
            Block("", [rng.choice(T_MIN_HEAD)], "", "\n"),
            Block("", [rng.choice(T_MIN_ATT)], "", "\n"),
        ]
        n_lines = 2
        if rng.random() < 0.6:
            blocks.append(Block("", [rng.choice(T_MIN_ABS)], "", "\n"))
            n_lines += 1
        blocks.append(Block("\n", items, "\n", "", True))
        return blocks, 12 - n_lines - len(items)
    if reg == "notitie":
        n = rng.randint(2, 7)
        lines = pick(rng, T_NOTE, n, used)
        bullet = rng.choice(["", "- ", "* ", "> "])
        return [Block(bullet, lines, "\n" + bullet, "", True)], 12 - n
    if reg == "overdracht":
        keys = [T_INTAKE[0]] + rng.sample(T_INTAKE[1:], rng.randint(4, 8))
        used.update(keys)
        blocks = [Block("", [rng.choice(T_INTAKE_HEAD)], "", "\n"), Block("", keys, "\n", "", True)]
        extra = 0
        if rng.random() < 0.6:
            ts = pick(rng, T_CASUS + T_HULPVRAAG, rng.randint(1, 2), used)
            blocks.append(Block("\n\nToelichting: ", ts, " ", ""))
            extra = len(ts)
        return blocks, 12 - len(keys) - extra
    if reg == "mail":
        body = pick(rng, T_MAIL_BODY, rng.randint(2, 4), used)
        blocks = [
            Block("", [rng.choice(T_MAIL_HEAD)], "", "\n\n"),
            Block("", [rng.choice(T_MAIL_OPEN)], "", "\n\n"),
            Block("", body, " ", "\n\n", True),
            Block("", [rng.choice(T_MAIL_CLOSE)], "", ""),
        ]
        return blocks, 12 - len(body) - 2
    raise ValueError(reg)


def block_labels(blocks: list[Block]) -> set[str]:
    out = set()
    for b in blocks:
        for t in b.templates:
            out |= template_labels(t)
    return out


def enforce_labels(
    reg: str, blocks: list[Block], required: list[str], room: int, rng: random.Random, used: set
) -> None:
    """Make sure the required labels occur: add (or swap in) a template that produces them."""
    for lab in required:
        if lab in block_labels(blocks):
            continue
        cands = [t for t in EXTRA_POOLS[reg] if lab in template_labels(t) and t not in used]
        if not cands:
            continue
        t = rng.choice(cands)
        used.add(t)
        bodies = [b for b in blocks if b.body]
        blk = (
            bodies[0]
            if bodies
            else (blocks[-2] if reg == "les_secties" and len(blocks) > 1 else blocks[-1])
        )
        if room > 0:
            blk.templates.append(t)
            room -= 1
        else:
            # replace a template without personal data, else the last one
            for i, old in enumerate(blk.templates):
                if not template_labels(old) - {"person"}:
                    blk.templates[i] = t
                    break
            else:
                blk.templates[-1] = t


def render(blocks: list[Block], ctx: Ctx) -> list[tuple]:
    out: list[tuple] = []
    for b in blocks:
        out.append(seg(b.prefix))
        for i, t in enumerate(b.templates):
            if i:
                out.append(seg(b.sep))
            out.extend(fill(t, ctx))
        out.append(seg(b.suffix))
    return out


def assemble(segments: list[tuple]) -> tuple[str, list, list, list]:
    text, pii, keep, neutral = [], [], [], []
    pos = 0
    for s_text, kind, label, source in segments:
        if not s_text:
            continue
        if kind:
            span = {"start": pos, "end": pos + len(s_text), "label": label, "text": s_text}
            if kind == "pii":
                if source:
                    span["source"] = source
                pii.append(span)
            elif kind == "keep":
                keep.append(span)
            else:
                neutral.append(span)
        text.append(s_text)
        pos += len(s_text)
    return "".join(text), pii, keep, neutral


def count_units(blocks: list[Block]) -> int:
    return sum(len(b.templates) for b in blocks)


def generate(n: int = 80) -> list[dict]:
    rng = random.Random(SEED)
    usage = Usage()
    plan = REGISTER_PLAN[:]
    rng.shuffle(plan)
    docs = []
    for i in range(n):
        reg = plan[i]
        used: set = set()
        blocks, _ = plan_document(reg, rng, used)
        room = 12 - count_units(blocks)
        required = [ROTATION[i % 8], ROTATION[(i + 3) % 8], ROTATION[(i + 5) % 8]]
        enforce_labels(reg, blocks, required, room, rng, used)
        if reg == "notulen":
            blocks[-1].templates.sort(key=lambda t: (not t[0].isdigit(), t.startswith("-"), t))
        ctx = Ctx(rng, usage, "notitie" if reg == "notitie" else reg)
        text, pii, keep, neutral = assemble(render(blocks, ctx))
        text = text.rstrip()
        docs.append(
            {
                "id": f"ho10-g{i + 1:03d}",
                "text": text,
                "pii": pii,
                "keep": keep,
                "neutral": neutral,
                "register": reg,
                "origin": "generator",
                "units": count_units(blocks),
            }
        )
    return docs


# --------------------------------------------------------------------------
# Hand-written documents (inline markup, stripped by the builder)
# --------------------------------------------------------------------------
# [[label:text]] personal data, <<label:text>> context to keep, {{label:text}} neutral.
# [[bsn:?FMT]] and [[iban:?CC FMT]] are filled with computed valid numbers.

HANDWRITTEN: list[tuple[str, str]] = [
    (
        "les_secties",
        """Casus
Opa [[person:Kees]] ([[person:Kees van der Meer]] voluit, {{age:84}}) woont sinds de dood van zijn vrouw alleen op de [[address:Fahrenheitstraat 310-hs]] in <<wijk:Valkenboskwartier>>. Zijn kleindochter [[person:Lente]] belde ons op [[date:dinsdag 12 maart]] omdat opa al dagen de telefoon niet opnam.
Hulpvraag
[[person:Lente]] wilde weten of er iemand 'gewoon even' bij haar opa kon kijken. Zelf woont ze in Groningen en kan ze hooguit {{frequency:één keer per maand}} komen.
Interventie
De <<role:wijkverpleegkundige>>, [[person:Marjolein Vos]], en ik gingen dezelfde middag langs. In de gang lag {{word:post}} van zeker {{duration:zes weken}}. Meneer [[person:Van der Meer]] bleek gevallen te zijn en had {{duration:twee dagen}} op de bank gelegen. Na een korte opname in het <<org:HMC Westeinde>> hebben we met <<org:Florence>> thuiszorg geregeld en via het <<org:Wmo-loket>> een alarmknop aangevraagd (aanvraag [[dossier:WMO-2024-03318]]).
Resultaat
Opa [[person:Kees]] krijgt nu {{frequency:drie keer per dag}} zorg en zijn buurman [[person:Jarek]] haalt elke ochtend de krant voor hem. Zijn pensioen komt binnen op [[iban:?NL grouped]]; [[person:Lente]] heeft digitaal meekijkrecht.
Geleerde les
Een kleinkind op afstand is vaak de eerste die iets merkt. Neem zo'n telefoontje serieus, ook als het 'maar' om een gevoel gaat.

[[person:Femke Roelofs]], <<role:sociaal werker>> <<org:SWT>> <<wijk:Segbroek>>""",
    ),
    (
        "notulen",
        """Verslag multidisciplinair overleg <<org:SWT>> <<wijk:Moerwijk>>
Datum: [[date:donderdag 7 november 2024]], {{time:13.30}}–{{time:15.00}} uur
Aanwezig: [[person:Hicham Bakkali]] (voorzitter, <<org:Xtra>>), [[person:Ineke Hoekstra]] (<<role:wijkverpleegkundige>>), [[person:J.P. Bos]] (<<org:Parnassia>>), [[person:Priya Ramsaran]] (<<role:jeugdprofessional>>), [[person:Wil]] (notulen)
Afwezig: [[person:Bas de Wolf]] (<<org:HaagWonen>>), schriftelijke inbreng

1. Casus [[person:Yıldız]] (dossier [[dossier:SWT-MW-0412]])
[[person:Priya]] vertelt dat de oudste zoon, [[person:Burak]] ({{age:15}}), sinds de herfstvakantie niet meer naar school gaat. Moeder, mw. [[person:Yıldız]], werkt in ploegendienst en is overdag moeilijk bereikbaar ([[phone:06 - 4172 8830]]). Vader woont in Turkije.
[[person:Bos]] ziet bij moeder signalen van een depressie en stelt een intake bij de <<role:POH-GGZ>> voor.
Besluit: [[person:Priya]] blijft <<role:casusregisseur>>. <<org:Leerplicht>> wordt op de hoogte gebracht.

2. Casus dhr. [[person:Koster]], [[address:Zuidlarenstraat 56 2-hoog]]
Huurachterstand opgelopen tot {{amount:€ 3.870}}. [[person:Bas]] laat weten dat <<org:HaagWonen>> een ontruimingsprocedure voorbereidt; de zitting is op [[date:9-12]]. Meneer heeft geen bewindvoerder.
Actie: [[person:Hicham]] belt meneer [[person:Koster]] en gaat samen met hem naar <<org:Bureau Schuldhulpverlening>>.

Actiepunten
- [[person:Ineke]]: huisbezoek mw. [[person:Yıldız]] vóór [[date:15/11]]
- [[person:Hicham]]: aanmelding schuldhulp dhr. [[person:Koster]]
- [[person:Wil]]: verslag rondsturen

Volgend MDO: [[date:do 21 november]], zelfde tijd.""",
    ),
    (
        "discussie",
        """Onderwerp: cliënt wil niet dat we de huisarts bellen

[[person:Naoual El Idrissi]] – [[date:ma 3 juni]] {{time:09:12}}
Goedemorgen allemaal. Ik heb een dilemma. Meneer [[person:Ouhaddou]] ({{age:58}}, <<wijk:Schilderswijk>>) is na een opname bij <<org:Parnassia>> weer thuis. Hij weigert contact met zijn huisarts, dr. [[person:Lam]], omdat die 'hem heeft laten opnemen'. Zijn dochter [[person:Soumaya]] vraagt mij juist om wél te bellen. Hoe gaan jullie hiermee om?

[[person:Jeroen Kuipers]] – [[date:ma 3 juni]] {{time:10:40}}
Herkenbaar, [[person:Naoual]]. Wij hadden in <<wijk:Transvaal>> iets vergelijkbaars. Ik zou eerst met meneer zelf bespreken wat hij wél oké vindt. Misschien mag de <<role:POH-GGZ>> wel bellen en de huisarts niet?

[[person:Naoual El Idrissi]] – [[date:ma 3 juni]] {{time:11:02}}
Goed idee. Hij is wel positief over [[person:Tesfay]], de <<role:ervaringsdeskundige>> van <<org:Parnassia>>. Die ga ik vragen.

[[person:Hatice Doğan]] – [[date:di 4 juni]] {{time:08:55}}
Let op met de dochter: zij is geen wettelijk vertegenwoordiger. Leg vast wat meneer wel en niet goedvindt, en laat hem dat zelf tekenen. Twijfel je? Mail me gerust: [[email:h.dogan@swt-denhaag.nl]].""",
    ),
    (
        "notitie",
        """[{{time:08:47}}] [[person:roos]]: ben bij mw [[person:de boer]], deur stond open, ze is verward en weet niet welke dag het is
[{{time:08:49}}] [[person:roos]]: dochter [[person:mei]] gebeld, komt over een uur. nr [[phone:06 1244 8091]]
[{{time:08:52}}] [[person:daan]]: ok. huisarts is dr [[person:hoek]], tel [[phone:070 - 366 12 90]]
[{{time:08:55}}] [[person:roos]]: huisarts komt om {{time:10u}}. bsn staat niet in het dossier, heeft iemand het?
[{{time:09:03}}] [[person:daan]]: [[bsn:?spaces]] (uit de wmo-aanvraag van [[date:12/2]])
[{{time:09:05}}] [[person:roos]]: top. thuiszorg = <<org:florence>>, die waren er gisteren nog
[{{time:09:30}}] [[person:roos]]: [[person:mei]] is er. mw wordt opgenomen ter observatie, ik rij mee.
[{{time:09:31}}] [[person:daan]]: sterkte! ik zet het in het dossier ([[dossier:2024-MW-0091]])""",
    ),
    (
        "mail",
        """Van: mr. [[person:A.C. Schouten]] <[[email:a.schouten@bewindhaaglanden.nl]]>
Aan: [[email:wijkteam.laak@swt-denhaag.nl]]
Onderwerp: Uw kenmerk [[dossier:LK/2024/0387]] – dhr. [[person:Wojciech Mazur]]
Datum: [[date:vrijdag 23 februari 2024]]

Geachte heer/mevrouw,

Per [[date:1 maart 2024]] ben ik benoemd tot beschermingsbewindvoerder van de heer [[person:W. Mazur]], geboren [[date:14-06-1979]], wonende [[address:Rijswijkseweg 412-B]], [[postcode:2516 HV]] Den Haag (BSN [[bsn:?dots]]).
Zijn inkomen uit de <<org:UWV>>-uitkering wordt vanaf die datum gestort op de beheerrekening [[iban:?NL grouped]]. De oude rekening bij een Poolse bank ([[iban:?PL grouped]]) wordt opgeheven; er staat nog circa {{amount:€ 140}} op.
Ik verzoek u vriendelijk om lopende afspraken met de <<org:Voedselbank Haaglanden>> en met het <<role:schuldhulpmaatje>>, mevrouw [[person:Büşra Aydın]], voortaan via mij te laten lopen. Mijn rechtstreekse nummer is [[phone:070-2147795]]; op {{weekday:woensdag}} ben ik niet bereikbaar.

Met vriendelijke groet,

mr. [[person:Anne Schouten]]
<<org:Bewindvoering Haaglanden>>""",
    ),
    (
        "notulen",
        """Intervisie jongerenwerk <<wijk:Bouwlust>> – casus "[[person:Storm]]"
Datum: [[date:wo 6 maart 2024]]
Inbrenger: [[person:Gijs Verhoeven]] (<<role:jongerenwerker>>, <<org:Xtra>>)
Meedenkers: [[person:Kasia Wójcik]] (<<org:Jeugdformaat>>), [[person:Anand Mangal]] (<<role:buurtsportcoach>>), [[person:Hélène Girard]] (<<role:leerplichtambtenaar>>)

[[person:Storm]] ({{age:14}}) woont met zijn moeder, [[person:Chantal Lefèvre]], en zijn zusje [[person:Zon]] ({{age:6}}) op de [[address:Hengelolaan 1120-III]]. Sinds {{month:oktober}} hangt hij 's avonds rond bij het winkelcentrum met jongens die {{duration:een paar jaar}} ouder zijn. Na een {{word:storm}} van klachten van winkeliers kwam de <<role:wijkagent>> langs.
[[person:Gijs]] kent hem van het pannaveldje en vraagt zich af hoe hij contact houdt zonder 'van de politie' te lijken.
Wat we bespraken: [[person:Hélène]] ziet dat het verzuim nog meevalt ({{count:4}} ongeoorloofde uren). [[person:Anand]] biedt aan dat [[person:Storm]] {{frequency:twee avonden per week}} meetraint als hulptrainer. [[person:Kasia]] wijst erop dat moeder zelf ook steun kan gebruiken; [[person:Chantal]] werkt in de nachtdienst.
Afspraken: [[person:Gijs]] belt moeder op [[date:maandag 11 maart]] ([[phone:06-41 07 22 93]]) en stuurt dit verslag naar [[email:g.verhoeven@xtra.nl]].
Geleerde les: een jongere die stoer doet, zoekt vaak een rol. Geef hem die rol.""",
    ),
    (
        "les_proza",
        """Het gezin [[person:Kowalczyk]] kwam in {{year:2019}} vanuit Wrocław naar Den Haag voor werk in de kassen. Vader [[person:Łukasz]] ({{age:41}}) raakte in {{month:januari}} zijn baan kwijt toen het uitzendbureau failliet ging, en daarmee ook de woning aan de [[address:Rederijkerstraat 88-2]]: die werd via de werkgever gehuurd. Moeder [[person:Joanna Kowalczyk-Nowak]] spreekt nauwelijks Nederlands.

Via de Poolse kerk kwam het gezin bij ons terecht. Mijn collega [[person:Beata]] (<<role:trajectbegeleider>>, <<org:Xtra>>) sprak met hen in het Pools. Er bleek nog {{amount:€ 2.100}} aan loon open te staan; dat hebben we via het <<org:Juridisch Loket>> teruggevorderd. Het geld kwam op [[date:3 juni]] binnen op hun Poolse rekening [[iban:?PL grouped]], omdat een Nederlandse rekening zonder vast adres niet lukte.
Contact met [[person:Łukasz]] loopt via WhatsApp ([[phone:+48 604 118 270]]); hij staat ingeschreven onder BSN [[bsn:?plain]] (RNI-registratie [[dossier:RNI-2019-44821]]).

Wat we leerden: arbeidsmigranten vallen tussen wal en schip omdat werk, wonen en zorg aan één werkgever hangen. Vraag bij een eerste gesprek altijd: van wie is de woning?""",
    ),
    (
        "mail",
        """Onderwerp: Casus [[person:Grace]] – Engelstalige cliënt in <<wijk:Statenkwartier>>

Hoi team,

Korte update over mevrouw [[person:O'Brien]] ({{age:67}}), die sinds haar scheiding alleen woont aan de [[address:Van Speijkstraat 14bis]], [[postcode:2518 EV]]. Ze spreekt liever Engels dan Nederlands. Haar zoon [[person:Liam Walker]] woont in Manchester en belt ons geregeld ([[phone:+44 7700 912 334]]).

[[person:Grace]] heeft {{duration:drie maanden}} geen huur betaald. Volgens <<org:Staedion>> is de achterstand {{amount:€ 2.460}}; de deurwaarder kondigde op [[date:14/5]] beslag aan. Op [[date:dinsdag 21 mei]] ben ik met haar naar <<org:Servicepunt XL>> gegaan voor een aanvraag bijzondere bijstand (aanvraagnummer [[dossier:BB-24-07719]]).

[[person:Liam]] mailde daarna (in het Engels): "As agreed on [[date:21 May 2024]], I will transfer the arrears from my own account, [[iban:?NL grouped]]." Hij is ook per mail bereikbaar: [[email:liam.walker84@btinternet.com]].

Weet iemand een <<role:budgetcoach>> die Engels spreekt?

Groet,
[[person:Marieke Dijkman]]
<<role:sociaal werker>> <<org:SWT>> <<wijk:Segbroek>>""",
    ),
    (
        "overdracht",
        """OVERDRACHT <<org:SWT>> <<wijk:Escamp>> → <<org:Leger des Heils>> (ambulante woonbegeleiding)
---------------------------------------------------------------
Cliënt          | [[person:Rishi Soekhlal]]
Geboren         | [[date:02-11-1988]] te Paramaribo
BSN             | [[bsn:?dots]]
Adres           | [[address:Melis Stokelaan 2250 hs]], [[postcode:2541GN]] Den Haag (tijdelijk bij zus)
Telefoon        | [[phone:06 - 2917 5530]] (werkt niet altijd)
Zus             | [[person:Shanice Soekhlal]], [[phone:0031 6 1873 3402]]
Inkomen         | Participatiewet, {{amount:€ 1.091,-}} netto
Rekening        | [[iban:?NL plain]]
Schulden        | ca. {{amount:€ 18.000}}, {{count:11}} schuldeisers
Dossier SWT     | [[dossier:ES-0917/23]]
<<role:Casusregisseur>>  | [[person:Wendel Pengel]] (<<role:maatschappelijk werker>>)
Huisarts        | dr. [[person:Hoogland]], <<org:Gezondheidscentrum Escamp>>

Reden overdracht: meneer is {{duration:vier maanden}} stabiel en wil zelfstandig wonen. Heeft {{frequency:3x per week}} begeleiding nodig.
Aandachtspunt: [[person:Rishi]] drinkt minder sinds {{month:februari}}, maar bij tegenslag valt hij snel terug.""",
    ),
    (
        "les_proza",
        """Ik wil jullie iets vertellen over [[person:Roos]]. [[person:Roos]] is {{age:52}}, werkte vroeger als bloemist op de markt en heeft nog altijd een {{word:roos}} in een vaasje op tafel staan, ook als er verder niets in huis is. Toen ik haar in {{month:september}} voor het eerst bezocht op de [[address:Goudenregenstraat 71]], had ze {{duration:twee weken}} geen warm eten gehad.
Haar buurvrouw, mevrouw [[person:Brink]], had ons gebeld. Die kent [[person:Roos]] al {{duration:twintig jaar}} en zag dat de gordijnen dicht bleven.
Het eerste gesprek duurde {{duration:vijf minuten}}. Het tweede een half uur. Pas bij het derde bezoek liet [[person:Roos]] de brieven zien: aanmaningen van <<org:Eneco>>, twee blauwe enveloppen van de <<org:Belastingdienst>> en een brief van een deurwaarder.
Via de <<role:budgetcoach>> [[person:Sjaak Hamer]] kwam er een leefgeldrekening. [[person:Roos]]' dochter [[person:Merel]] woont in Zoetermeer en wist van niets. Met toestemming van [[person:Roos]] belde ik haar op [[date:vrijdag 18 oktober]]. Sindsdien brengt [[person:Merel]] {{frequency:elke zondag}} eten.
Wat ik leerde: schaamte is vaak groter dan de schuld. En: kijk naar wat iemand nog wél onderhoudt, zoals die ene {{word:roos}}. Daar zit de kracht.
— [[person:Yvonne]], <<role:buurtwerker>> <<wijk:Bomen- en Bloemenbuurt>>""",
    ),
    (
        "les_secties",
        """## Casus
Gezin [[person:Sterk]]: moeder [[person:Lotus Sterk]] ({{age:34}}) en haar drie kinderen [[person:Zon]] ({{age:9}}), [[person:Lente]] ({{age:7}}) en [[person:Hemel]] ({{age:2}}). Het gezin woont sinds {{year:2022}} in een tussenwoning aan de [[address:Acaciastraat 39]] in <<wijk:Bomen- en Bloemenbuurt>>. Vader, [[person:Bas Kroon]], heeft geen contact meer met de kinderen.
## Hulpvraag
De school van [[person:Zon]] en [[person:Lente]] meldde dat de kinderen vaak zonder lunch kwamen. Mevrouw [[person:Sterk]] zelf vroeg alleen om 'iemand die helpt met de papieren'.
## Interventie
De <<role:gezinscoach>> van <<org:Jeugdformaat>>, [[person:Mart Zijlstra]], kwam {{frequency:wekelijks}} thuis. We vroegen kindgebonden budget aan (<<org:Belastingdienst>>, kenmerk [[dossier:KGB-2023-118/HZ]]) en [[person:Hemel]] kreeg een plek op de peuteropvang. Een {{word:sterk}} punt: moeder hield zelf een map bij met alle post.
## Resultaat
Na {{duration:zes maanden}} is er {{amount:€ 310}} per maand meer inkomen. 'De {{word:zon}} schijnt weer,' zei moeder tegen [[person:Mart]]. Het kindgebonden budget wordt gestort op [[iban:?NL grouped]].
## Geleerde les
Vraag niet alleen naar geld maar ook naar eten. In de {{word:lente}} zien we bovendien elk jaar meer meldingen van scholen; plan daar ruimte voor.""",
    ),
    (
        "les_proza",
        """Mevrouw [[person:De Boer-Kok]] ({{age:88}}) woont al {{duration:ruim vijftig jaar}} op de [[address:Thomsonlaan 12-A]]. Sinds de dood van haar man [[person:Henk]] in {{year:2021}} is ze steeds vaker in de war. [[person:Henk]]s broer, [[person:Arie de Boer]], komt {{frequency:één keer per week}} langs, maar is zelf {{age:91}}.
De <<role:casemanager dementie>> van <<org:Florence>>, [[person:Hanneke van Vliet]], zag op [[date:ma 8 januari]] dat mevrouw haar medicijnen niet meer innam. [[person:Hanneke]] schakelde de huisarts in, dr. [[person:Ouwehand]], en belde de enige dochter, [[person:Greet]] ([[phone:+31 (0)6 2277 9018]], [[email:greetdeboer@hetnet.nl]]).
[[person:Greet]]s eerste reactie was boos: 'Waarom hoor ik dit pas nu?' Achteraf bleek dat mevrouw [[person:De Boer]] zelf had gevraagd haar dochter erbuiten te laten.
Er is een Wlz-indicatie aangevraagd bij het <<org:CIZ>> (aanvraagnummer [[dossier:CIZ-2024-0031877]]); een plek in het verpleeghuis kan {{duration:vier tot zes maanden}} duren.
Les: vraag bij ouderen niet alleen wie er is, maar ook wie er níet geïnformeerd wil worden, en waarom.""",
    ),
    (
        "discussie",
        """Re: Casus vissersfamilie <<wijk:Duindorp>>

[[person:Pim Hoek]] schreef op [[date:12-02-2024]] om {{time:16:20}}:
> Familie [[person:Vink]] in <<wijk:Duindorp>> wil niets met 'de gemeente' te maken hebben. Wie heeft een ingang?

Hoi [[person:Pim]],
Ik ken de familie nog van het buurthuis. Opa [[person:Kees Vink]] zit elke ochtend op het bankje op de {{word:hoek}} bij de haven. Zijn kleindochter [[person:Noor]] werkte bij de visafslag en is de sleutel: zij regelt alles voor de familie. Ze zit nu {{duration:drie maanden}} zonder werk en er ligt een brief van het <<org:UWV>>.
Mijn tip: vraag [[person:Noor]] eerst of je haar ergens mee kunt helpen, en begin niet over de zorgen om opa. Je bereikt haar via [[phone:06.48.17.22.09]]; zeg maar dat je via mij komt.
Ik {{word:vink}} in het systeem aan dat ik betrokken ben (casus [[dossier:SCH-2024-0144]]).

Groet,
[[person:Wil Post]] | <<role:opbouwwerker>> <<org:Welzijn Scheveningen>> | [[email:w.post@welzijnscheveningen.nl]]""",
    ),
    (
        "les_secties",
        """**Casus** Mevrouw [[person:Ben Haddou]] ({{age:44}}) woont met haar man [[person:Mustapha]] en vier kinderen in een driekamerwoning op de [[address:Van Ostadestraat 301-III]], [[postcode:2526 AL]]. Hun oudste dochter [[person:Hafsa]] ({{age:17}}) doet eindexamen en zorgt daarnaast voor haar broertje [[person:Ilias]], die een spierziekte heeft.
**Hulpvraag** De school meldde dat [[person:Hafsa]] {{duration:drie weken}} achter elkaar te laat kwam. Moeder vroeg om een grotere woning bij <<org:HaagWonen>>.
**Interventie** De <<role:jeugdverpleegkundige>> [[person:Kübra Uysal]] en <<role:mantelzorgconsulent>> [[person:Rens van Beek]] spraken op [[date:donderdag 4 april]] met het hele gezin; vader [[person:Mustapha Ben Haddou]] tolkte voor zijn vrouw. [[person:Ilias]] kreeg via het <<org:Wmo-loket>> vervoer en {{frequency:twee middagen per week}} begeleiding van <<org:Middin>>, zodat [[person:Hafsa]] kan leren. Aanvraag: [[dossier:WMO/24/008813]].
**Resultaat** [[person:Hafsa]] slaagde op [[date:12 juli '24]]. Urgentie voor de woning werd afgewezen (beslissing [[dossier:UR-24-1182]]); het bezwaar loopt.
**Geleerde les** Jonge mantelzorgers melden zich zelden zelf. Vraag in elk gezin met een ziek kind: wie zorgt er nog meer?""",
    ),
    (
        "mail",
        """Van: [[person:Glenn Sedney]] <[[email:g.sedney@swt-denhaag.nl]]>
Aan: [[person:Sharmila Jhinkoe]] <[[email:sharmila.jhinkoe@parnassia.nl]]>
Datum: [[date:wo 15-01-2025]] {{time:09:47}}
Onderwerp: mw. [[person:Tjon A Fong]] – verzoek consult

Dag [[person:Sharmila]],

Ik zou graag je advies vragen over mevrouw [[person:Gracia Tjon A Fong]] ({{age:79}}), [[address:Loosduinse Hoofdstraat 255-A]], [[postcode:2552AD]]. Sinds het overlijden van haar zoon in {{month:november}} eet ze slecht en praat ze over 'naar huis gaan' (Paramaribo). Haar kleindochter [[person:Shanti Lie A Kwie]] denkt aan een depressie; de huisarts, dr. [[person:Kartosen]], wil eerst een GGZ-consult.
Mevrouw is overdag thuis en het best bereikbaar op de vaste lijn, [[phone:070 - 397 44 12]]. Haar BSN voor de verwijzing: [[bsn:?spaces]]. Kleindochter: [[phone:+597 871-4420]] (tot [[date:1 februari]] in Suriname).

Schikt het om samen op [[date:dinsdag 21 januari]] langs te gaan?

Hartelijke groet,
[[person:Glenn]]
<<role:ouderenadviseur>> | <<org:Sociaal Wijkzorgteam>> <<wijk:Loosduinen>>""",
    ),
    (
        "les_proza",
        """Meneer [[person:Hüseyin Çelik]] ({{age:63}}) kwam op [[date:2 oktober 2023]] zelf binnenlopen bij <<org:Servicepunt XL>> in <<wijk:Transvaal>>, met een plastic tas vol brieven. Hij had {{duration:ruim twee jaar}} in Turkije gewoond om voor zijn moeder te zorgen, en zijn AOW was in die tijd gekort. Intussen liep de huur van zijn kamer aan de [[address:Kempstraat 102-a]] gewoon door.
De <<role:sociaal raadsman>>, [[person:Onur Karaca]], zocht uit dat de <<org:SVB>> {{percent:30%}} van zijn AOW had ingehouden. Er is bezwaar gemaakt (klantnummer [[dossier:SVB-AOW-771402]]). Zijn AOW ging in die periode naar een Turkse rekening ([[iban:?TR grouped]]); de nabetaling komt nu op zijn Nederlandse rekening [[iban:?NL plain]].
Zijn dochter [[person:Elif]], die in Rotterdam woont, is gemachtigd ([[phone:06-28 91 04 36]]).
Mijn les: vraag ouderen met een migratiegeschiedenis altijd naar verblijf in het land van herkomst. Een gat van {{duration:een paar maanden}} zie je pas als je ernaar vraagt.
[[person:Onur]] ([[email:o.karaca@swt-denhaag.nl]])""",
    ),
    (
        "notulen",
        """CASUSOVERLEG LAAK – VERSLAG
[[date:dinsdag 3 september 2024]], {{time:10.00}}–{{time:11.30}} uur, <<org:Haags Ontmoeten>>
Aanwezig: [[person:J.P. Bos]] (voorzitter), [[person:M. de Vries]] (<<org:GGD Haaglanden>>), [[person:A.H. Kramer]] (<<role:wijkagent>>), [[person:S. Öztürk]] (<<org:Staedion>>), [[person:T.W. Dekker]] (verslag)

Casus 1 – fam. [[person:Huisman]], [[address:Zamenhofstraat 158 III]]
Melding van [[person:Öztürk]]: buren klagen over stank en ongedierte. [[person:De Vries]] heeft op [[date:27/8]] een huisbezoek gedaan; de woning is ernstig vervuild, er leven {{count:6}} katten. Meneer [[person:Huisman]] ({{age:71}}) is bekend bij de <<org:GGZ>>.
Afspraak: GGD ([[person:M. de Vries]]) en <<org:Staedion>> gaan op [[date:10-9]] samen langs.

Casus 2 – mw. [[person:Dekker-Visser]]
[[person:Kramer]] meldt dat de politie {{count:3}} keer is geweest na ruzie met de ex-partner, [[person:Rob Dekker]]. Er loopt een onderzoek van <<org:Veilig Thuis>> (meldnummer [[dossier:VT/2024/220871]]). Mevrouw heeft twee kinderen op basisschool <<org:De Regenboog>>.
Actie: [[person:Bos]] neemt contact op met mw. [[person:Dekker-Visser]] via [[phone:06 3388 1245]].

Volgende keer: [[date:di 1 oktober]], zelfde tijd.""",
    ),
    (
        "discussie",
        """#casusoverleg-<<wijk:mariahoeve>>

[[person:Marloes Zuidema]] ([[date:vr 8 nov]], {{time:11:02}})
Wie kent [[person:Cem]] uit de flats bij het winkelcentrum? Hij staat vanaf [[date:18 november]] op straat, zegt hij.

[[person:Tyler Bennett]] ([[date:vr 8 nov]], {{time:11:15}})
@[[person:Marloes]] bedoel je [[person:Cem Akgül]], {{age:23}}? Hij sliep een tijdje bij zijn tante, mevrouw [[person:Akgül]], op de [[address:Sportlaan 210 b]]. Zijn moeder heeft hem in {{month:augustus}} de deur gewezen.

[[person:Marloes Zuidema]] ([[date:vr 8 nov]], {{time:11:20}})
Klopt. Hij heeft geen inkomen en geen briefadres. @[[person:Tyler]] kun jij met hem naar het <<org:Straatconsulaat>> voor een postadres?

[[person:Koen Prins]] ([[date:vr 8 nov]], {{time:12:41}})
Even tussendoor: zet zijn BSN niet in deze chat, ook al is dat makkelijk. Alles via het dossier ([[dossier:MH-24-0387]]).

[[person:Tyler Bennett]] ([[date:ma 11 nov]], {{time:09:05}})
Gelukt: vandaag aangemeld bij het <<org:Jongerenloket>>, nachtopvang geregeld via het <<org:Leger des Heils>>. [[person:Cem]] is bereikbaar op [[phone:0647 221 908]].""",
    ),
    (
        "les_secties",
        """Casus: In {{year:2023}} begeleidden wij in <<wijk:Moerwijk>> {{count:46}} huishoudens met betalingsachterstanden. Eén daarvan was het gezin van [[person:Sarita]] en [[person:Navin Ramcharan]], met drie kinderen tussen {{age:4}} en {{age:11}} jaar.
Aanpak: vroegsignalering via <<org:HaagWonen>>, <<org:Eneco>> en de zorgverzekeraar. Binnen {{duration:48 uur}} na een signaal belt de <<role:schuldhulpverlener>>; binnen {{duration:twee weken}} volgt een huisbezoek. Bij de familie [[person:Ramcharan]] was dat op [[date:22 februari]]: een achterstand van {{amount:€ 1.430}} op de huur en {{amount:€ 380}} op energie.
Cijfers: {{percent:72%}} van de gezinnen ging in op het aanbod; bij {{fraction:2/3}} daarvan was de achterstand na {{duration:zes maanden}} weg. Gemiddelde schuld bij de start: {{amount:€ 3.950}}. Het spreekuur is niet {{frequency:24/7}} open, maar wel {{frequency:vijf ochtenden per week}}, van {{time:9.00}} tot {{time:12.30 uur}}.
Les: snelheid is alles. Na {{duration:drie maanden}} schaamte zijn mensen veel moeilijker te bereiken. [[person:Navin]] zei het zelf: 'Als jullie een half jaar later waren gekomen, had ik de deur niet opengedaan.'
[[person:Dirk Wever]], <<role:coördinator>> vroegsignalering""",
    ),
    (
        "les_proza",
        """Jonge mantelzorger – [[person:Teun]]

[[person:Teun]] ({{age:12}}) zorgt al {{duration:twee jaar}} grotendeels voor zijn moeder, [[person:Ingrid van 't Hof]], die MS heeft. Ze wonen samen op de [[address:Steenwijklaan 42-hs]], [[postcode:2541 RL]]. Zijn vader woont in Breda en ziet hem {{frequency:eens per maand}}.
Op school viel op dat [[person:Teun]] tijdens de les in slaap viel. De <<role:jeugdverpleegkundige>>, [[person:Jet Timmer]], sprak hem op [[date:woensdag 9 oktober]] en hoorde dat hij zijn moeder 's ochtends helpt met aankleden. Mevrouw [[person:Van 't Hof]] wilde eerst geen hulp: 'Dan halen ze hem weg.'
Na een keukentafelgesprek met de <<role:Wmo-consulent>>, [[person:Redouan Essafi]] ([[dossier:WMO-2024-17702]]), komt er nu {{frequency:elke ochtend}} thuiszorg van <<org:Florence>>. [[person:Teun]] gaat {{frequency:op woensdagmiddag}} naar een groep voor jonge mantelzorgers bij <<org:Xtra>>.
Wat we leerden: kinderen zijn niet alleen gezinslid, soms zijn ze de belangrijkste zorgverlener. Vraag het ze zelf, zonder ouder erbij.""",
    ),
    (
        "notulen",
        """Logboek casemanagement – dhr. [[person:Jan Smit]] ({{age:82}}), <<wijk:Bezuidenhout>>

[[date:ma 2 september]] – Intake thuis, [[address:Jacob Catsstraat 19]]. Aanwezig: dhr. [[person:Smit]], echtgenote [[person:Riet Smit-Koster]], <<role:casemanager dementie>> [[person:Loes Hendriksen]]. Diagnose alzheimer sinds {{month:juni}}.
[[date:do 5/9]] – Telefoon met zoon [[person:Bram Smit]] ([[phone:+31 6 3091 2874]]). Hij woont in Utrecht en wil op de hoogte blijven. Afgesproken: {{frequency:elke vrijdag}} een update per mail ([[email:bram.smit@kpnmail.nl]]).
[[date:di 17-09-2024]] – Dagbesteding aangevraagd bij <<org:Haagse Wijk- en Woonzorg>>, {{frequency:twee dagen per week}}. Aanvraag [[dossier:HWW-24-5531]].
[[date:vrijdag 27 september]] – Mevrouw [[person:Smit]] belt in paniek: meneer liep om {{time:03:00}} op straat. Buurman [[person:Ton]] heeft hem thuisgebracht.
[[date:30-9]] – Overleg met huisarts [[person:Verbruggen]]: medicatie aangepast. GPS-horloge besteld.
[[date:zaterdag 5 oktober]] – [[person:Riet]] belt: ze slaapt al {{duration:weken}} slecht. Respijtzorg besproken.
Les voor het team: de mantelzorger is ook cliënt. Plan voor [[person:Riet]] een eigen gesprek, los van meneer.""",
    ),
    (
        "les_secties",
        """AANLEIDING
Op [[date:14-03-'24]] meldde <<org:Staedion>> (<<role:woonconsulent>> [[person:Kevin Thompson]]) dat er uit de woning van dhr. [[person:Kooi]] op de [[address:Dedemsvaartweg 1007-B]] een sterke lucht kwam. Meneer ({{age:58}}) woont er sinds {{year:1998}}. Hij verzamelt kranten, flessen en oude elektronica.
AANPAK
De <<role:SPV'er>> van <<org:Parnassia>>, [[person:Marek Zieliński]], en <<role:wijkverpleegkundige>> [[person:Sterre Kuipers]] gingen {{frequency:om de week}} langs, steeds kort, steeds op dezelfde dag. Na vijf bezoeken mocht [[person:Sterre]] de keuken in. Samen met meneer [[person:Kooi]] maakten ze een plan: {{frequency:elke week}} één kamer, in zijn tempo.
<<org:Staedion>> schortte de ontruimingsprocedure op (kenmerk [[dossier:STD/HUUR/24/0419]]) zolang het plan loopt.
RESULTAAT
Na {{duration:vier maanden}} is {{fraction:3/4}} van de kamers leeg. Meneer [[person:Kooi]] heeft een <<role:ervaringsdeskundige>> als maatje: [[person:Gert-Jan Nijhuis]], zelf ooit 'verzamelaar'.
LEERPUNTEN
- Dwang werkt averechts; een vaste dag en tijd wel.
- Laat de verhuurder meedoen in plaats van alleen te dreigen.""",
    ),
    (
        "les_proza",
        """In de nacht van [[date:zaterdag 16 december]] belde mevrouw [[person:Samira Azzouz]] ({{age:29}}) de politie na mishandeling door haar partner, [[person:Karim Tahiri]]. De politie legde een huisverbod op van {{duration:tien dagen}}, later verlengd tot {{duration:vier weken}}. De melding bij <<org:Veilig Thuis>> kreeg nummer [[dossier:VT-MLD-23-88104]].
Mevrouw woont met haar dochtertje [[person:Yousra]] ({{age:3}}) op de [[address:Zusterstraat 15a]], [[postcode:2512 TM]]. Het <<org:SWT>> <<wijk:Centrum>> werd gevraagd voor praktische steun: een eigen rekening (de gezamenlijke rekening [[iban:?NL grouped]] stond op naam van meneer), een nieuw telefoonnummer ([[phone:06 1182 7745]]) en contact met het <<org:CJG>> voor [[person:Yousra]].
Wat ons opviel: mevrouw [[person:Azzouz]] wilde niet dat haar moeder het wist. Pas toen haar zus [[person:Loubna]] ernaar vroeg, durfde ze het te vertellen. Inmiddels geldt er een contactverbod sinds [[date:4 januari]].
Les: bij huiselijk geweld is geld vaak de laatste ketting. Regel zo snel mogelijk een eigen rekening, nog voordat er een beschikking is.""",
    ),
    (
        "les_secties",
        """Casus statushouders – gezin [[person:Haile]], <<wijk:Wateringse Veld>>

Situatie: vader [[person:Filmon Haile]] ({{age:38}}), moeder [[person:Semhar Tesfay]] ({{age:31}}) en hun kinderen [[person:Yonas]] ({{age:8}}) en [[person:Hermon]] ({{age:5}}) kregen in {{month:juli}} {{year:2023}} een woning aan de [[address:Erasmusweg 913 II]]. De begeleiding door <<org:VluchtelingenWerk>> stopte na {{duration:18 maanden}}.
Hulpvraag: brieven van de <<org:Belastingdienst>> over terugbetaling van huurtoeslag ({{amount:€ 2.870}}). Meneer [[person:Haile]] dacht dat het om een boete ging.
Interventie: een <<role:sociaal raadsman>> van <<org:Sociaal Raadslieden>>, [[person:Hodan Warsame]], legde met een tolk Tigrinya uit wat er aan de hand was. Er is een betalingsregeling van {{amount:€ 60}} per maand (toeslagennummer [[dossier:TS-2023-9081144]]). [[person:Semhar]] volgt nu een taalcursus en belt zelf met instanties ([[phone:06 - 4412 8870]]).
Resultaat: na {{duration:zes weken}} geen nieuwe aanmaningen.
Geleerde les: stop niet met begeleiden op een vaste datum, maar pas als mensen de post zelf kunnen lezen.""",
    ),
    (
        "discussie",
        """Onderwerp: Duitse cliënt, Duitse zorgverzekering?

Hoi allemaal, ik heb een vraag over meneer [[person:Klaus Becker]] ({{age:74}}), een Duitse gepensioneerde die sinds {{year:2015}} in <<wijk:Scheveningen>> woont ([[address:Badhuisstraat 211-1]], [[postcode:2584 HL]]). Hij is gevallen en heeft nu thuiszorg nodig, maar hij is verzekerd in Duitsland en zijn pensioen komt op een Duitse rekening ([[iban:?DE grouped]]). Het <<org:Wmo-loket>> weet niet of hij recht heeft op huishoudelijke hulp. Zijn vriendin, [[person:Ute Schäfer]], belt ons {{frequency:dagelijks}} vanuit Keulen ([[phone:+49 172 4418093]]).
Heeft iemand hier ervaring mee?
[[person:Anke]] – <<role:wijkcoördinator>>

Reactie [[person:Rutger Wijnands]], [[date:04.06.2024]]:
Ja! Bij de heer [[person:Müller]] vorig jaar. Hij stond ingeschreven in de BRP, dus de Wmo gold gewoon. Thuiszorg via de Duitse verzekeraar vraagt een S1-formulier; [[person:Becker]] kan dat aanvragen bij zijn Krankenkasse. Bel anders het <<org:CAK>> of mail me: [[email:r.wijnands@denhaag.nl]].""",
    ),
    (
        "notitie",
        """Gespreksverslag (telefonisch) – [[date:do 23 januari 2025]]
Met: [[person:Sébastien Moreau]], broer van cliënte mw. [[person:Mathilde Moreau]] ({{age:58}})
Door: [[person:Jelle Boot]], <<role:maatschappelijk werker>>

Meneer [[person:Moreau]] belde vanuit Luik ([[phone:+32 478 20 31 66]]). Zijn zus woont sinds {{duration:acht maanden}} op de [[address:Prinsegracht 44 hs]] en heeft een ernstige alcoholverslaving. Hij betaalt haar huur vanaf zijn Belgische rekening ([[iban:?BE grouped]]), maar kan dat na {{month:maart}} niet meer.
Hij vraagt of wij kunnen helpen met een uitkering. Mevrouw heeft nog geen BSN: ze staat niet ingeschreven in de BRP. Afgesproken dat ik op [[date:maandag 27 januari]] met haar naar het <<org:Straatconsulaat>> ga voor een briefadres en inschrijving.
Meneer spreekt Frans en een beetje Nederlands; mailen kan in het Frans ([[email:s.moreau@skynet.be]]).
Actie [[person:Jelle]]: contact met <<org:Brijder Verslavingszorg>> voor een intake.""",
    ),
    (
        "les_proza",
        """Casus [[person:Bilal]] & [[person:Jack]] – jongerenwerk <<wijk:Laakkwartier>>

[[person:Bilal El Fassi]] ({{age:15}}) en zijn vriend [[person:Jack Hughes]] ({{age:16}}) werden op [[date:vrijdag 7 juni]] aangehouden voor vernieling van een bushokje. Ze kregen een <<org:HALT>>-straf van {{duration:twintig uur}}. De <<role:straatcoach>>, [[person:Hamid Lahlou]], kent de jongens en vroeg of ze de uren bij ons in het buurthuis mochten doen.
[[person:Bilal]]s moeder, mevrouw [[person:El Fassi]], was boos en beschaamd. [[person:Jack]]s vader, [[person:Harry Hughes]], werkt in ploegendienst en was lastig te bereiken; uiteindelijk lukte het via [[phone:06-53 21 90 87]].
De jongens hebben de muur van het buurthuis geschilderd; het is nu een kunstwerk waar de hele straat naar komt kijken. [[person:Bilal]] doet sinds [[date:1-9]] mee als vrijwilliger bij de kidsclub.
Les: een straf kan een begin zijn, als er iemand naast staat die de jongeren al kent.
HALT-dossier: [[dossier:HALT-2024-LK-0613]]""",
    ),
    (
        "notulen",
        """Buurtbemiddeling – verslag bemiddelingsgesprek
Datum: [[date:23-4-2024]], {{time:19.30 uur}}, buurthuis van <<org:Haags Ontmoeten>>
Partij A: mevrouw [[person:Fatma Doğan]], [[address:Leharstraat 34]]
Partij B: meneer [[person:Piet de Lange]], [[address:Leharstraat 36]]
Bemiddelaars: [[person:Mien]] en [[person:Oğuz]] (vrijwilligers <<org:Buurtbemiddeling Den Haag>>)

Het conflict gaat over geluidsoverlast en een schutting. Meneer [[person:De Lange]] ({{age:79}}) slaapt slecht sinds zijn vrouw in {{year:2022}} overleed en hoort 's avonds de wasmachine van mevrouw [[person:Doğan]]. Mevrouw werkt tot {{time:21:00}} en kan alleen 's avonds wassen.
Afspraken: wassen tot uiterlijk {{time:22.00 uur}}; de schutting wordt samen gerepareerd met hulp van <<org:Staedion>> (reparatieverzoek [[dossier:REP-118204]]).
Na afloop bood meneer [[person:De Lange]] mevrouw [[person:Doğan]] een kopje koffie aan. [[person:Mien]]: 'Dat hadden we niet verwacht.'
Evaluatie over {{duration:zes weken}}, op [[date:di 4 juni]].""",
    ),
    (
        "discussie",
        """[[person:Fleur Brouwer]]: Iemand een goed nummer voor de <<org:Voedselbank Haaglanden>>? Ik heb een moeder met vier kinderen, mw. [[person:Abarkan]], die vanaf [[date:14 maart]] niets meer heeft.
[[person:Jurgen Pinas]]: @[[person:Fleur]] via de <<role:budgetcoach>> aanmelden, dan is het binnen {{duration:een week}} geregeld. Mail [[person:Siham]] ([[email:siham.elouardi@humanitas.nl]]).
[[person:Fleur Brouwer]]: Dank! Gedaan. Verwijzing [[dossier:VB-2025-1143]].
[[person:Daan Mulder]]: Tip: de uitgifte in <<wijk:Transvaal>> is op {{weekday:donderdag}} open, dat scheelt {{duration:drie dagen}}.
[[person:Jurgen Pinas]]: Klopt, en vraag naar [[person:Kees]], die weet alles van de regels rond het inkomen.""",
    ),
    (
        "notulen",
        """Jaarevaluatie intervisiegroep <<org:SWT>> <<wijk:Zuiderpark>>/<<wijk:Moerwijk>> – {{year:2024}}

In {{year:2024}} kwamen we {{count:10}} keer bij elkaar, meestal op de {{weekday:tweede dinsdag}} van de maand.
Vaste deelnemers: [[person:Ineke Zwart]] (<<role:wijkverpleegkundige>>), [[person:Sunil Bhagwandin]] (<<role:jongerenwerker>>), [[person:Małgorzata Krawczyk]] (<<role:trajectbegeleider>>), [[person:Bram Hoekstra]] (<<role:ouderenadviseur>>) en [[person:Hülya Kılıç]] (<<role:gezinscoach>>). Begeleiding: drs. [[person:M.A. Prins]].
We bespraken {{count:23}} casussen. De meest besproken casus was die van mevrouw [[person:V.]] uit <<wijk:Moerwijk>>: {{count:vier}} keer, omdat er {{count:zeven}} organisaties bij betrokken waren en niemand de regie had. Na het overleg van [[date:8 oktober]] nam [[person:Bram]] de casusregie; sindsdien is het aantal betrokken partijen teruggebracht tot drie.
Wat de groep leerde:
1. Regie is geen functie, het is een afspraak. Spreek af wie, en tot wanneer.
2. Neem de tijd: één casus die {{duration:een uur}} besproken wordt, levert meer op dan drie casussen in {{duration:twintig minuten}}.
3. Schrijf in verslagen initialen of functies, geen volledige namen, ook intern.
Volgend jaar starten we op [[date:dinsdag 14 januari 2025]] om {{time:14.00 uur}} bij <<org:Zebra Welzijn>>.

Namens de groep,
[[person:Hülya Kılıç]]
<<role:gezinscoach>> | T [[phone:070 - 752 18 40]] | [[email:h.kilic@swt-denhaag.nl]]""",
    ),
]

MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|<<(\w+):(.+?)>>|\{\{(\w+):(.+?)\}\}")
TITLE_BEFORE = re.compile(
    r"(mevrouw|meneer|mw\.?|dhr\.?|mevr\.?|de heer|dr\.?|mr\.|drs\.|fam\.|familie|gezin)\s$",
    re.IGNORECASE,
)


def hand_source(text: str, s: int, e: int) -> str:
    """Classify the name form of a hand-written person span (for per-form recall)."""
    name, before, after = text[s:e], text[max(0, s - 12) : s], text[e : e + 3]
    if name == name.lower():
        return "hand_lowercase"
    if re.match(r"s\b|'s\b|'(?=\s)", after):
        return "hand_possessive"
    if TITLE_BEFORE.search(before):
        return "hand_title_surname"
    if re.match(r"([A-ZÀ-Ž]\.)+", name):
        return "hand_initials"
    if s == 0 or re.search(r"(^|[.!?:>]\s|\n)$", text[:s][-3:]):
        return "hand_sentence_start"
    if " " in name:
        return "hand_full"
    return "hand_single"


def fill_placeholder(label: str, body: str, rng: random.Random) -> str:
    if label == "bsn":
        return fmt_bsn(make_bsn(rng), body[1:] or "plain")
    if label == "iban":
        cc, _, style = body[1:].partition(" ")
        return fmt_iban(make_iban(rng, cc), style or "plain")
    raise ValueError(label)


def parse_marked(raw: str, rng: random.Random) -> list[tuple]:
    out: list[tuple] = []
    pos = 0
    for m in MARK.finditer(raw):
        out.append(seg(raw[pos : m.start()]))
        if m.group(1):
            label, body = m.group(1), m.group(2)
            if body.startswith("?"):
                body = fill_placeholder(label, body, rng)
            assert label in PII_LABELS, label
            out.append(seg(body, "pii", label))
        elif m.group(3):
            assert m.group(3) in KEEP_LABELS, m.group(3)
            out.append(seg(m.group(4), "keep", m.group(3)))
        else:
            out.append(seg(m.group(6), "neutral", m.group(5)))
        pos = m.end()
    out.append(seg(raw[pos:]))
    return out


def handwritten() -> list[dict]:
    docs = []
    for i, (reg, raw) in enumerate(HANDWRITTEN):
        rng = random.Random(SEED * 100 + i)
        text, pii, keep, neutral = assemble(parse_marked(raw, rng))
        for sp in pii:
            if sp["label"] == "person":
                sp["source"] = hand_source(text, sp["start"], sp["end"])
        docs.append(
            {
                "id": f"ho10-h{i + 1:02d}",
                "text": text,
                "pii": pii,
                "keep": keep,
                "neutral": neutral,
                "register": reg,
                "origin": "handwritten",
            }
        )
    return docs


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------

NAME_TOKENS = {n for n, _, _ in FIRST} | {
    w for s, _ in SURNAMES for w in s.split() if w[0].isupper()
}


def check_span(doc: dict, sp: dict) -> list[str]:
    errs = []
    t = doc["text"][sp["start"] : sp["end"]]
    if t != sp["text"]:
        errs.append(f"offset mismatch {sp}")
    if t != t.strip() or not t:
        errs.append(f"span has outer whitespace {sp}")
    lab = sp["label"]
    if lab == "bsn" and not bsn_valid(t):
        errs.append(f"invalid BSN {t}")
    if lab == "iban" and not iban_valid(t):
        errs.append(f"invalid IBAN {t}")
    if lab == "postcode" and not re.fullmatch(r"\d{4} ?[A-Za-z]{2}", t):
        errs.append(f"bad postcode {t}")
    if lab == "email" and not re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", t):
        errs.append(f"bad email {t}")
    if lab == "phone" and len(re.sub(r"\D", "", t)) < 9:
        errs.append(f"short phone {t}")
    if lab in ("address", "dossier") and not re.search(r"\d", t):
        errs.append(f"{lab} without number {t}")
    if lab == "date":
        has_day = re.search(r"\b\d{1,2}\b", t) or re.search(r"\d{4}-\d{2}-\d{2}", t)
        if not has_day:
            errs.append(f"date without day {t}")
    return errs


def check_weekdays(doc: dict) -> list[str]:
    """A weekday written next to a full date must be the right one."""
    errs = []
    for sp in doc["pii"]:
        if sp["label"] != "date":
            continue
        t = sp["text"].lower()
        m = re.match(r"(\w+)\.?,? (\d{1,2})[ -/]([a-z]+|\d{1,2})[ -/](\d{4})$", t)
        if not m:
            continue
        wd, day, mon, year = m.groups()
        names = WEEKDAYS + WDABBR
        if wd not in names:
            continue
        month = MONTHS.index(mon) + 1 if mon in MONTHS else int(mon) if mon.isdigit() else None
        if not month:
            continue
        real = _dt.date(int(year), month, int(day)).weekday()
        if names.index(wd) % 7 != real:
            errs.append(f"{doc['id']}: wrong weekday in {sp['text']}")
    return errs


def validate(docs: list[dict]) -> list[str]:
    errs: list[str] = []
    for d in docs:
        for sp in d["pii"] + d["keep"] + d["neutral"]:
            errs += (
                [f"{d['id']}: {e}" for e in check_span(d, sp)]
                if sp in d["pii"]
                else (
                    [f"{d['id']}: offset {sp}"]
                    if d["text"][sp["start"] : sp["end"]] != sp["text"]
                    else []
                )
            )
        allspans = sorted(d["pii"] + d["keep"] + d["neutral"], key=lambda s: (s["start"], s["end"]))
        for a, b in zip(allspans, allspans[1:], strict=False):
            if b["start"] < a["end"]:
                errs.append(f"{d['id']}: overlap {a} {b}")
        if re.search(r"\[\[|\]\]|<<|>>|\{\{|\}\}|[{}]", d["text"]):
            errs.append(f"{d['id']}: markup left in text")
        errs += check_weekdays(d)
    return errs


def leak_scan(docs: list[dict]) -> list[str]:
    """Warn about likely personal data outside any span (for human review)."""
    warns = []
    for d in docs:
        covered = set()
        for sp in d["pii"] + d["keep"] + d["neutral"]:
            covered.update(range(sp["start"], sp["end"]))
        for m in re.finditer(r"[\w'][\w'-]*", d["text"]):
            w = m.group(0)
            if w in NAME_TOKENS and m.start() not in covered:
                warns.append(
                    f"{d['id']}: name-like '{w}' not in a span: …{d['text'][max(0, m.start() - 30) : m.end() + 20]!r}"
                )
        for m in re.finditer(r"\d[\d .-]{4,}\d|@", d["text"]):
            if m.start() not in covered:
                warns.append(f"{d['id']}: number/@ not in a span: {m.group(0)!r}")
    return warns


def stats(docs: list[dict]) -> dict:
    lab, keep, neu, src, reg, orig = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for d in docs:
        lab.update(s["label"] for s in d["pii"])
        keep.update(s["label"] for s in d["keep"])
        neu.update(s["label"] for s in d["neutral"])
        src.update(s.get("source") for s in d["pii"] if s["label"] == "person")
        reg[d["register"]] += 1
        orig[d["origin"]] += 1
    return {
        "docs": len(docs),
        "origin": dict(orig),
        "register": dict(reg),
        "pii": dict(lab.most_common()),
        "keep": dict(keep),
        "neutral": dict(neu.most_common()),
        "person_source": dict(src.most_common()),
    }


def score_gold_as_pred(docs: list[dict]) -> dict:
    import importlib.util

    path = "/work/shared/anonymisation/score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    preds = {
        d["id"]: [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in d["pii"]]
        for d in docs
    }
    return mod.score(docs, preds)


def build() -> list[dict]:
    gen = generate(80)
    units = [d.pop("units") for d in gen]
    assert all(2 <= u <= 12 for u in units), units
    return gen + handwritten()


def main(argv: list[str]) -> int:
    docs = build()
    errs = validate(docs)
    st = stats(docs)
    problems = list(errs)
    if len({n for n, _, _ in FIRST}) < 150 or len({s for s, _ in SURNAMES}) < 150:
        problems.append("name pools too small")
    if len(set(ALL_TEMPLATES)) < 50:
        problems.append("fewer than 50 templates")
    for lab in PII_LABELS:
        need = 400 if lab == "person" else 35
        if st["pii"].get(lab, 0) < need:
            problems.append(f"label {lab}: {st['pii'].get(lab, 0)} < {need}")
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(json.dumps(st, ensure_ascii=False, indent=1))
    print(
        f"templates: {len(set(ALL_TEMPLATES))}, first names: {len({n for n, _, _ in FIRST})}, "
        f"surnames: {len({s for s, _ in SURNAMES})}"
    )
    if "--leaks" in argv:
        for w in leak_scan(docs):
            print("WARN", w)
    if "--score" in argv:
        print("gold-as-prediction:", json.dumps(score_gold_as_pred(docs), ensure_ascii=False))
    for p in problems:
        print("PROBLEM", p)
    print(f"wrote {len(docs)} documents to {OUT}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
