"""Held-out corpus 11: messy professional writing, hand-annotated.

Builds ``heldout11.jsonl`` (same format as ``dev.jsonl``) from hand-written
texts with inline markup, so that the personal-data finder can be measured on
writing it has never seen: quick notes and chat messages, formal documents
(referrals, Veilig Thuis reports, MDO minutes, e-mail chains) and case lessons.

Markup (stripped while offsets are computed):
    [[label:text]]   personal data (person, bsn, phone, email, iban, postcode,
                     address, date, dossier)
    <<label:text>>   context that must stay readable (org, role, wijk)
Inside a pii span, ``{BSN}`` / ``{BSN:dots}`` / ``{BSN:spaces}`` /
``{BSN:dots3}`` and ``{IBAN:BANK}`` / ``{IBAN:BANK:spaced|lower|lowerspaced}``
are replaced by numbers that pass the 11-check / mod-97 check, generated with a
seeded generator (deterministic: same output on every run).

Usage:  python3 heldout11_corpus.py [OUT.jsonl]
Standard library only.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"org", "role", "wijk"}
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|<<(\w+):(.*?)>>", re.DOTALL)
VALUE = re.compile(r"\{(BSN|IBAN)(?::([A-Z]{4}))?(?::(\w+))?\}|\{(BSN):(\w+)\}")

DOCS: list[tuple[str, str]] = []  # (kind, marked-up text); filled below


# --------------------------------------------------------------------------- numbers
def make_bsn(rng: random.Random) -> str:
    """Nine digits passing the BSN 11-check (9*d1 + ... + 2*d8 - d9 = 0 mod 11)."""
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        last = sum((9 - i) * x for i, x in enumerate(d)) % 11
        if last < 10:
            return "".join(map(str, d + [last]))


def bsn_ok(s: str) -> bool:
    """True when the digits of s form a valid BSN."""
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum((9 - i) * x for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(rng: random.Random, bank: str) -> str:
    """A Dutch IBAN with correct mod-97 check digits."""
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    check = 98 - _iban_num(bank + acct + "NL00") % 97
    return f"NL{check:02d}{bank}{acct}"


def iban_ok(s: str) -> bool:
    """True when s (any case, spaces allowed) is a valid IBAN."""
    s = s.replace(" ", "").upper()
    return len(s) == 18 and _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_bsn(b: str, style: str | None) -> str:
    if style == "dots":
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if style == "dots3":
        return f"{b[:3]}.{b[3:6]}.{b[6:]}"
    if style == "spaces":
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    return b


def fmt_iban(i: str, style: str | None) -> str:
    spaced = " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    return {"spaced": spaced, "lower": i.lower(), "lowerspaced": spaced.lower()}.get(style or "", i)


def expand_values(content: str, rng: random.Random) -> str:
    def sub(m: re.Match) -> str:
        if m.group(4):
            return fmt_bsn(make_bsn(rng), m.group(5))
        if m.group(1) == "BSN":
            return fmt_bsn(make_bsn(rng), m.group(3) or m.group(2))
        return fmt_iban(make_iban(rng, m.group(2) or "INGB"), m.group(3))

    return VALUE.sub(sub, content)


# --------------------------------------------------------------------------- build
def parse(marked: str, rng: random.Random) -> tuple[str, list[dict], list[dict]]:
    """Strip the markup, returning text and the pii/keep spans with exact offsets."""
    out, pii, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        assert (
            "[[" not in chunk and "]]" not in chunk and "<<" not in chunk and ">>" not in chunk
        ), chunk
        out.append(chunk)
        length += len(chunk)
        label = m.group(1) or m.group(3)
        content = m.group(2) if m.group(1) else m.group(4)
        if m.group(1):
            assert label in PII_LABELS, label
            content = expand_values(content, rng)
        else:
            assert label in KEEP_LABELS, label
        assert content and content == content.strip(), repr(content)
        span = {"start": length, "end": length + len(content), "label": label, "text": content}
        (pii if m.group(1) else keep).append(span)
        out.append(content)
        length += len(content)
        pos = m.end()
    tail = marked[pos:]
    assert "[[" not in tail and "]]" not in tail and "<<" not in tail and ">>" not in tail, tail
    out.append(tail)
    return "".join(out), pii, keep


def build() -> list[dict]:
    """All documents, in order, with ids ho11-0000 ..."""
    docs = []
    for n, (_kind, marked) in enumerate(DOCS):
        rng = random.Random(f"heldout11-{n}")
        text, pii, keep = parse(marked.strip("\n"), rng)
        docs.append({"id": f"ho11-{n:04d}", "text": text, "pii": pii, "keep": keep})
    return docs


# --------------------------------------------------------------------------- checks
DIGITS = re.compile(r"\d")


def check(docs: list[dict]) -> list[str]:
    """Hard assertions on offsets/overlaps/validity; returns soft warnings to review."""
    warnings: list[str] = []
    ids = set()
    for d in docs:
        assert d["id"] not in ids
        ids.add(d["id"])
        t = d["text"]
        spans = sorted(d["pii"] + d["keep"], key=lambda s: s["start"])
        for s in spans:
            assert t[s["start"] : s["end"]] == s["text"], (d["id"], s)
            assert s["text"] == s["text"].strip(), (d["id"], s)
        for a, b in itertools.pairwise(spans):
            assert a["end"] <= b["start"], (d["id"], a, b)
        covered = set()
        for s in d["pii"]:
            covered.update(range(s["start"], s["end"]))
        kept = set()
        for s in d["keep"]:
            kept.update(range(s["start"], s["end"]))
        for s in d["pii"]:
            lab, x = s["label"], s["text"]
            if lab == "bsn":
                assert bsn_ok(x), (d["id"], x)
            elif lab == "iban":
                assert iban_ok(x), (d["id"], x)
            elif lab == "email":
                assert re.fullmatch(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+", x), (d["id"], x)
            elif lab == "phone":
                assert 10 <= len(DIGITS.findall(x)) <= 13, (d["id"], x)
            elif lab == "postcode":
                assert re.fullmatch(r"[1-9]\d{3} ?[A-Za-z]{2}", x), (d["id"], x)
            elif lab in ("date", "address"):
                assert DIGITS.search(x), (d["id"], x)
            elif lab == "person":
                assert not DIGITS.search(x) and not x.endswith("'s"), (d["id"], x)
                assert not re.match(r"(?i)(mw|mevr|mevrouw|dhr|meneer|de heer|dr|fam)\b", x), (
                    d["id"],
                    x,
                )
        # soft: other occurrences of a person word left unmarked
        words = set()
        for s in d["pii"]:
            if s["label"] == "person":
                for w in re.findall(r"[^\W\d_][\w'-]*", s["text"]):
                    if len(w) > 2 and w.lower() not in {
                        "van",
                        "der",
                        "den",
                        "de",
                        "het",
                        "ter",
                        "ten",
                    }:
                        words.add(w.lower())
        for w in words:
            for m in re.finditer(r"(?<![\w@.])" + re.escape(w) + r"(?![\w@])", t, re.IGNORECASE):
                if m.start() not in covered:
                    warnings.append(
                        f"{d['id']}: unmarked name-word {t[m.start() : m.end()]!r} @{m.start()}: "
                        f"...{t[max(0, m.start() - 30) : m.end() + 20]!r}"
                    )
        # soft: long digit runs / @ / postcode shapes outside pii
        for m in re.finditer(r"\+?\d[\d .\-/()]{7,}\d", t):
            if not any(i in covered for i in range(m.start(), m.end())):
                warnings.append(f"{d['id']}: unmarked number {m.group()!r}")
        for m in re.finditer(r"\S+@\S+", t):
            if m.start() not in covered and m.start() + 1 not in covered:
                warnings.append(f"{d['id']}: unmarked @ {m.group()!r}")
        for m in re.finditer(r"\b[1-9]\d{3} ?[A-Z]{2}\b|\b[1-9]\d{3}[a-z]{2}\b", t):
            if m.start() not in covered:
                warnings.append(f"{d['id']}: unmarked postcode-like {m.group()!r}")
        months = (
            r"jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|sept|okt|nov|dec|januari|februari|april|juni|juli|"
            r"augustus|september|oktober|november|december"
        )
        for m in re.finditer(
            r"\b\d{1,2}(e)? (" + months + r")\b|\b\d{1,2}[-/]\d{1,2}([-/]\d{2,4})?\b",
            t,
            re.IGNORECASE,
        ):
            if m.start() not in covered:
                warnings.append(
                    f"{d['id']}: unmarked date-like {m.group()!r}: ...{t[max(0, m.start() - 25) : m.end() + 15]!r}"
                )
        for term in KEEP_TERMS:
            for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", t):
                if m.start() not in kept and m.start() not in covered:
                    warnings.append(f"{d['id']}: unmarked keep term {term!r}")
    return warnings


KEEP_TERMS = [
    "Veilig Thuis",
    "Parnassia",
    "MEE",
    "Wmo-loket",
    "Servicepunt XL",
    "CJG",
    "Xtra",
    "Stichting MOOI",
    "GGZ",
    "Schilderswijk",
    "Transvaal",
    "Mariahoeve",
    "Moerwijk",
    "Escamp",
    "Laak",
    "Spoorwijk",
    "Segbroek",
    "Ypenburg",
    "Bouwlust",
    "Morgenstond",
    "Duindorp",
    "Scheveningen",
    "Loosduinen",
    "Leidschenveen",
    "Rustenburg",
    "wijkverpleegkundige",
    "casusregisseur",
    "huisarts",
    "wijkagent",
    "Haagwonen",
    "Staedion",
    "Vestia",
    "Leger des Heils",
    "Kessler Stichting",
    "Jeugdbescherming West",
    "Raad voor de Kinderbescherming",
    "UWV",
    "Humanitas",
    "Vluchtelingenwerk",
    "Brijder",
    "Sociaal Wijkteam",
    "Centrum voor Jeugd en Gezin",
    "schuldhulpverlening",
    "Zebra",
    "Florence",
    "Cardia",
    "Haaglanden Medisch Centrum",
    "HMC",
    "Ipse de Bruggen",
    "Sociaal Raadslieden",
    "Straathoekwerk",
    "Wijkz",
    "Bureau Schuldhulp",
    "Voedselbank",
    "GGD",
    "Belastingdienst",
    "CJIB",
    "SVB",
    "CAK",
    "Barka",
    "Kredietbank",
    "Jeugdfonds",
    "Ondernemersloket",
    "CoMensha",
    "Zilverlijn",
    "RvdK",
]


# --------------------------------------------------------------------------- pools (for the variety report)
FIRST_NAMES: set[str] = set(
    [
        "Abdelkader",
        "Abdi",
        "Abdirahman",
        "Abena",
        "Adam",
        "Adrian",
        "Adwoa",
        "Agnieszka",
        "Ahmad",
        "Akosua",
        "Akua",
        "Alexia",
        "Ama",
        "Ammar",
        "Andreea",
        "Angelique",
        "Anil",
        "Anne-Fleur",
        "Anne-Marie",
        "Annelies",
        "Annelot",
        "Annemiek",
        "Anouar",
        "Anouk",
        "Ans",
        "Arie",
        "Asen",
        "Aster",
        "Ayaan",
        "Ayoub",
        "Ayşe",
        "Bart",
        "Bas",
        "Bianca",
        "Bilal",
        "Boyan",
        "Bram",
        "Burak",
        "Büşra",
        "Camille",
        "Carla",
        "Cem",
        "Churandy",
        "Cor",
        "Cornelis",
        "Corrie",
        "Daan",
        "Dariusz",
        "Dawit",
        "Derya",
        "Desiree",
        "Desislava",
        "Dewi",
        "Dima",
        "Dinesh",
        "Dirk",
        "Duc",
        "Dylan",
        "Edith",
        "Efua",
        "Elif",
        "Eline",
        "Els",
        "Emily",
        "Emma",
        "Erik",
        "Errol",
        "Esther",
        "Eveline",
        "Ewa",
        "Faduma",
        "Farid",
        "Fatima",
        "Fatma",
        "Femke",
        "Fenna",
        "Filmon",
        "Fleur",
        "Floor",
        "Florin",
        "Frank",
        "Gabriela",
        "Galina",
        "Georgi",
        "Gerda",
        "Gerrit",
        "Gert-Jan",
        "Gifty",
        "Gisella",
        "Glenn",
        "Gracia",
        "Hafsa",
        "Hamdi",
        "Hamza",
        "Hannah",
        "Hanneke",
        "Hans",
        "Hans-Peter",
        "Hao",
        "Hatice",
        "Heike",
        "Helen",
        "Henk",
        "Hiba",
        "Hodan",
        "Huong",
        "Hüseyin",
        "Ifrah",
        "Ilham",
        "Ilse",
        "Imane",
        "Ingrid",
        "Ioana",
        "Ion",
        "Iris",
        "Ivanka",
        "Ivo",
        "Jacek",
        "Jade",
        "James",
        "Jan",
        "Jan-Willem",
        "Jasmijn",
        "Jasper",
        "Jawad",
        "Jaydeliz",
        "Jayden",
        "Jayvano",
        "Jeanette",
        "Jeremy",
        "Jermaine",
        "Jeroen",
        "Jianguo",
        "Jimmy",
        "Joanna",
        "Johanna",
        "Joke",
        "Jolanda",
        "Joost",
        "Joseph",
        "Julien",
        "Jun",
        "Jurgen",
        "Kacper",
        "Kamla",
        "Karim",
        "Karin",
        "Kavita",
        "Kees",
        "Kemal",
        "Kevin",
        "Khadija",
        "Khaled",
        "Kim",
        "Klaus",
        "Kofi",
        "Krzysztof",
        "Kwabena",
        "Kwame",
        "Lars",
        "Latifa",
        "Lente",
        "Letteberhan",
        "Liban",
        "Lieke",
        "Lina",
        "Linda",
        "Linh",
        "Lotte",
        "Luca",
        "Lucas",
        "Maaike",
        "Magdalena",
        "Mahad",
        "Mahmoud",
        "Malika",
        "Marcia",
        "Marco",
        "Marek",
        "Mariam",
        "Mariana",
        "Marieke",
        "Mariska",
        "Mariya",
        "Marjolein",
        "Marloes",
        "Marlon",
        "Martijn",
        "Matthias",
        "Mebrahtu",
        "Mehmet",
        "Mei",
        "Merel",
        "Mieke",
        "Mila",
        "Milan",
        "Minh",
        "Mirjam",
        "Mitchell",
        "Mohamed",
        "Mustafa",
        "Mustapha",
        "Nadia",
        "Nadya",
        "Naima",
        "Nana",
        "Naomi",
        "Naysha",
        "Nicole",
        "Niels",
        "Nilofar",
        "Noor",
        "Noortje",
        "Noura",
        "Ola",
        "Oliver",
        "Omar",
        "Oscar",
        "Parwana",
        "Paweł",
        "Petra",
        "Petya",
        "Pieter",
        "Piotr",
        "Priscilla",
        "Priya",
        "Rachid",
        "Radjesh",
        "Radka",
        "Rakesh",
        "Ralitsa",
        "Ramona",
        "Rania",
        "Rasha",
        "Ravi",
        "Reshma",
        "Ria",
        "Ricardo",
        "Ricky",
        "Robel",
        "Robin",
        "Roos",
        "Rowan",
        "Roy",
        "Ruthly",
        "Ruud",
        "Said",
        "Sandra",
        "Sanjay",
        "Sanne",
        "Selam",
        "Sem",
        "Semhar",
        "Senait",
        "Serkan",
        "Shabnam",
        "Shanaira",
        "Shanti",
        "Sharlon",
        "Sharmila",
        "Shirley",
        "Shurandy",
        "Siobhan",
        "Sjaak",
        "Sjoerd",
        "Sohrab",
        "Sophie",
        "Souad",
        "Soufiane",
        "Stefan",
        "Stijn",
        "Storm",
        "Stoyan",
        "Sunita",
        "Tarek",
        "Tesfay",
        "Tessa",
        "Thanh",
        "Thea",
        "Thibault",
        "Thijs",
        "Thu",
        "Tim",
        "Tineke",
        "Tom",
        "Tomasz",
        "Ton",
        "Truus",
        "Tuan",
        "Ursula",
        "Vikash",
        "Vlinder",
        "Wei",
        "Wendy",
        "Wil",
        "Willemijn",
        "Wilma",
        "Wim",
        "Wouter",
        "Xiaoming",
        "Xiu",
        "Yara",
        "Yaw",
        "Yonas",
        "Youssef",
        "Yuniska",
        "Yvonne",
        "Zahra",
        "Zakaria",
        "Zeynep",
        "Zohra",
        "Zon",
        "Zuzanna",
        "Élodie",
    ]
)
SURNAMES: set[str] = {
    n.strip()
    for n in """
Abdullahi|Agyeman|Aksoy|Al-Masri|Amatmoekrim|Appiah|Arslan|Asante|Aydın|Azzouzi|Bakkali|Bakker|Becker|Belhaj|Benali|
Berhane|Bhikhie|Blom|Boateng|Bos|Bosch|Boukhari|Brouwer|Brown|Chaouch|Chen|Constantin|Çelik|Darwish|de Bruijn|de Bruin|
de Groot|de Haan|de Jong|de Vries|de Wit|Dekker|Dijkstra|Dimitrov|Dirie|Doelwijt|Doğan|Dubois|Dumitru|El Amrani|El Idrissi|
El Khatib|El Ouardi|Erdoğan|Evers|Farah|Fischer|Fraai|Frans|Garnier|Gebremedhin|Georgieva|Gerritsen|Ghebreyesus|Girard|
Girigorie|Groen|Güneş|Habte|Haddad|Haddou|Haile|Hakimi|Hamdan|Hassan|Haverkamp|Hendriks|Hoang|Hoek|Hoekstra|Hooi|Hoogland|
Huang|Isenia|Ivanova|Jagesar|Jama|Janga|Jansen|Kalloe|Kamińska|Kaptein|Karimi|Kaya|Khalil|Kılıç|Koç|Koeiman|Kok|Kolev|
Koster|Kowalczyk|Kowalski|Kramer|Kross|Kuiper|Lachmon|Lam|Lambrechts|Lefèvre|Lewandowska|Linger|Liu|Maduro|Mahabier|Mees|
Meijer|Mensah|Moldovan|Molenaar|Moreau|Mulder|Müller|Munteanu|Nasser|Noori|Nowak|O'Brien|Osei|Osman|Ouali|Ouchan|Owusu|
Öztürk|Pham|Pinas|Popal|Popescu|Post|Prins|Pronk|Rahimi|Ramautar|Ramsaran|Rosaria|Schipper|Schneider|Scholten|Schouten|
Sedney|Sewdien|Smit|Soekhai|Statia|Sterk|Stoyanova|Suleiman|Sultani|Tahiri|Taylor|Tekle|Tesfamariam|Timmer|Timmermans|
Todorov|Todorova|Tran|van Beek|van Dam|van Dijk|van Leeuwen|Van Rijn|van Vliet|Veenstra|Verbeek|Verbruggen|Verhoeven|
Vermeulen|Vink|Visser|Vos|Wang|Warsame|Whitfield|Wijngaarde|Willems|Willemsen|Winklaar|Wiśniewska|Wiśniewski|Wójcik|Wolf|
Wolff|Wolters|Woldu|Yıldız|Yilmaz|Zhang|Zhou|Ziani|Oosterhuis|Zieliński|Zwart|Haan|Petrov|Petrova|Kılıç-Aksoy|Kamińska
""".replace("\n", "").split("|")
}


def variety(docs: list[dict]) -> tuple[int, int, int]:
    """Distinct first names / surnames (from the declared pools) and distinct person spans used."""
    spans = {s["text"].lower() for d in docs for s in d["pii"] if s["label"] == "person"}
    joined = " | ".join(sorted(spans))

    def used(name: str) -> bool:
        return re.search(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", joined) is not None

    return sum(map(used, FIRST_NAMES)), sum(map(used, SURNAMES)), len(spans)


# =========================================================================== 40 quick notes / chat messages
DOCS += [
    (
        "note",
        """
hb mw [[person:yilmaz]] ([[address:leyweg 204b]]) 14.30u, neit thuis. buurvrouw [[person:ria]] zegt dat ze bij dochter [[person:elif]] logeert. nw afspr [[date:do 7/3]] 10u. tel dochter [[phone:06-41873920]]
""",
    ),
    (
        "note",
        """
[09:12] [[person:Sanne]]: goedemorgen! wie kan vandaag mee naar fam. [[person:El Idrissi]]?
[09:14] [[person:Joost]]: ik kan na 13u 👍
[09:15] [[person:Sanne]]: top. adres is [[address:Hoefkade 311-A]], 3e etage, bel werkt niet, bellen naar [[phone:0612457789]]
[09:15] [[person:Sanne]]: vader heet [[person:Rachid]], moeder [[person:Naima]]. [[person:naima]] spreekt beter nl
[09:20] [[person:Joost]]: ok. dossier?
[09:21] [[person:Sanne]]: [[dossier:SWT-2024-0318]], staat op mijn naam
""",
    ),
    (
        "note",
        """
tel gesprek met [[person:fatima]] en haar broer [[person:youssef]] m.b.t. huurschuld (ca € 2.300). i.o.m. <<org:Haagwonen>> betalingsregeling, 3 mnd. broer betaalt mee vanaf zijn rekening [[iban:{IBAN:INGB}]]. terugbellen wo.
""",
    ),
    (
        "note",
        """
dhr [[person:de groot]] 78jr, valt steeds. dochter [[person:merel]] wil meer zorg. doorverwezen naar <<role:wijkverpleegkundige>> ([[person:Anouk]]) via <<org:Florence>>. bsn [[bsn:{BSN}]] geb [[date:12-05-1946]]
""",
    ),
    (
        "note",
        """
Kort: mw [[person:Wiśniewska]] belde ivm brief <<org:UWV>>, snapt er niks van. Zoon [[person:Tomasz]] (16) vertaalt. Afspr [[date:vr 12-4]] om 9.30 op kantoor, kamer 2.14. z.s.m. checken of toeslag stopt
""",
    ),
    (
        "note",
        """
noteer even: [[person:roos]] (dochter van mw [[person:bakker]]) belt vanaf nu namens haar moeder, tel [[phone:06 23 81 70 44]]. mw zelf niet meer bereikbaar op vaste nr. [[person:roos]] werkt bij de bakker op de hoek dus alleen na 15u bellen
""",
    ),
    (
        "note",
        """
wk 12: 3 hb gedaan. ma fam [[person:Mensah]] (kinderen [[person:Kofi]] en [[person:Ama]] ok), di mw [[person:Ivanova]] - geen gehoor, wo dhr [[person:Haile]] + tolk Tigrinya. dhr [[person:haile]] wil hulp bij inburgering, afspr met <<org:Vluchtelingenwerk>> op [[date:3 apr]]
""",
    ),
    (
        "note",
        """
@[[person:Merel]] kun jij mw [[person:Nguyen]] terugbellen? nr [[phone:+31 6 3847 2011]]. gaat om de wmo aanvraag (aanvraagnr [[dossier:WMO-24-08812]]). ze belt al 3x deze wk 😅
""",
    ),
    (
        "note",
        """
mdo kort: [[person:Jayden]] (9) gaat weer naar school. moeder [[person:Shirley Pinas]] staat op wachtlijst <<org:Parnassia>>. ex [[person:Marlon]] heeft omgangsregeling, ma en wo. <<org:Jeugdbescherming West>> nog betrokken, <<role:jeugdbeschermer>> [[person:Femke]] tot eind mei.
""",
    ),
    (
        "note",
        """
mw [[person:el amrani]] bsn [[bsn:{BSN:dots}]] postcode [[postcode:2525bj]] - vraagt bijz. bijstand voor wasmachine. doorgezet naar <<org:Servicepunt XL>>. !! nog handtekening nodig
""",
    ),
    (
        "note",
        """
[[person:Wil]] 11:02: ben bij dhr [[person:Sterk]], hij is erg verward, weet zn eigen geb.datum niet ([[date:3-9-1941]] volgens pasje)
[[person:Wil]] 11:03: buurman [[person:Ton]] van nr 14 kijkt af en toe
[[person:Bas]] 11:10: <<role:huisarts>> gebeld? dr [[person:Chaouch]]
[[person:Wil]] 11:11: ja, komt om 16u. ik blijf tot [[person:ton]] terug is
""",
    ),
    (
        "note",
        """
Bellen mw [[person:Mei Chen]] ivm ouderbijdraag school [[person:Xiaoming]] -> <<org:CJG>> zegt geen contact. Nr werkt niet meer (06-..). Via school nieuw nr: [[phone:0031 6 2945 1170]]. email [[email:meichen88@hotmail.com]]. iban voor terugbetaling [[iban:{IBAN:INGB:lower}]]
""",
    ),
    (
        "note",
        """
[[date:vr. 8 maart]] 🌷 gesprek met [[person:Lente]] en haar moeder [[person:Jolanda Post]] over schoolverzuim (>20%). [[person:lente]] (15) wil naar jongerenwerk van <<org:Zebra>>. de post van leerplicht lag nog ongeopend op tafel. <<role:leerplichtambtenaar>>: [[person:R. Kok]]
""",
    ),
    (
        "note",
        """
TODO wk 14
- afspr [[person:Storm]] (zoon mw [[person:Vink]]) verzetten naar [[date:di 2/4]]
- brief <<org:CAK>> scannen
- [[date:4/4]] om 10u hb fam. [[person:Oosterhuis]]
- [[person:Kwame]] terugbellen ([[phone:06-1839 4402]])
- dossier [[dossier:2024-00871]] afsluiten
- 24/7 bereikbaarheid doorgeven aan <<org:Straathoekwerk>>
""",
    ),
    (
        "note",
        """
hoi [[person:Noor]], kun jij morgen mijn hb bij dhr [[person:Popescu]] overnemen? [[address:Loosduinseweg 701]], 3 hoog, om 10.00. hij wil het over zn schulden hebben, heeft brief van deurwaarder met kenmerk [[dossier:DW/24/113829]]. neem aub tolk roemeens mee. thx! [[person:Iris]]
""",
    ),
    (
        "note",
        """
notitie [[date:14-3]]: [[person:agnieszka]] (kamer 4, opvang <<org:Leger des Heils>>) heeft eindelijk id-bewijs. bsn nr [[bsn:{BSN:spaces}]]. volgende stap inschrijving gemeente + uitkering. ex-partner [[person:piotr]] mag NIET weten waar ze verblijft!!
""",
    ),
    (
        "note",
        """
Gesprek m. [[person:Hamza]] + moeder [[person:Fatma Öztürk]]. [[person:Hamza]] blowt dagelijks, moeder radeloos. i.o.m. <<org:Brijder>> intake gepland [[date:22/4]] 13u. vader ([[person:Serkan]]) woont in Rotterdam, geen kontakt.
""",
    ),
    (
        "note",
        """
ff snel: mw [[person:Smit]] overleden gister 😢 dochter [[person:Marjolein]] regelt alles. [[person:marjolein]] vroeg of wij de huur van [[address:Jan van Nassaustraat 54]] kunnen opzeggen bij <<org:Staedion>>. heb gezegd nee maar tel nr gegeven. haar nr [[phone:06 1122 3049]]. borg terug op rek. van [[person:marjolein]]: [[iban:{IBAN:RABO:lowerspaced}]]
""",
    ),
    (
        "note",
        """
app van [[person:ayoub]] ([[date:zo 10/3]] 22.47u): "mijn moeder is weer gevallen, ambulance is er. kunt u morgen komen?" -> ma eerst bellen, [[phone:0687291043]]. moeder = mw [[person:Benali]], [[address:Spoorwijkstraat 9]]
""",
    ),
    (
        "note",
        """
intake kort
naam: [[person:Tesfay Gebremedhin]]
geb: [[date:01-01-1994]]
adres: [[address:Moerweg 188 II]], [[postcode:2533 HZ]]
tel: [[phone:06-29378801]]
bsn: [[bsn:{BSN}]]
iban: [[iban:{IBAN:BUNQ}]]
vrouw [[person:Senait]], kind [[person:Selam]] (2)
hulpvraag: huisvestign, werk, taal
""",
    ),
    (
        "note",
        """
planning [[person:Bram]]
[[date:ma 4/3]] 9u hb [[person:Kowalski]]
[[date:di 5/3]] mdo wijk <<wijk:Moerwijk>>
[[date:wo 6/3]] vrij
[[date:do 7/3]] 14.30u [[person:Lam]] + [[person:Hoang]] (samen, zijn buren)
[[date:vr 8/3]] scholing
""",
    ),
    (
        "note",
        """
chat met [[person:Akosua]] (moeder van [[person:Yaw]] en [[person:Efua]]):
[[person:akosua]]: goedemiddag mevrouw, de brief van school ik snap niet
ik: geen probleem, ik kom [[date:do 21 mrt]] langs, 15.30u ok?
[[person:akosua]]: ja dank u 🙏
ik: neem brief + bankpas mee, dan kijken we ook naar de toeslag
""",
    ),
    (
        "note",
        """
dhr [[person:Mulder]] weigert nog steeds hlup. kamer is vervuild, kat x4. i.o.m. <<role:wijkagent>> [[person:Dekker]] en <<org:GGD>> bemoeizorg ingezet. sleutel bij zus [[person:Gerda Mulder]] ([[phone:070-3638215]]).
""",
    ),
    (
        "note",
        """
reminder: [[person:fleur]] jarig [[date:23/5]] 🎂 (mw [[person:haan]] vroeg of we een kaartje sturen) - adres mw: [[address:De la Reyweg 301 III]] [[postcode:2571EH]]
""",
    ),
    (
        "note",
        """
Overdracht [[person:Lotte]] -> [[person:Daan]]:
- [[person:Rania Haddad]]: statushouder, 4 kids, huis te klein. urgentieaanvraag loopt ([[dossier:URG-2024-2231]]).
- [[person:Khaled]] (man van [[person:rania]]): depressief, <<role:huisarts>> ingelicht
- oudste [[person:Omar]] 17 jr wil werken -> <<org:UWV>>
- contact via [[email:rania.haddad1987@gmail.com]] werkt beter dan tel
- bsn [[person:rania]] [[bsn:{BSN:dots}]]
""",
    ),
    (
        "note",
        """
mw [[person:Ramsaran]] belt: haar kleinzoon [[person:Vikash]] wordt bedreigd door jongens in de buurt (<<wijk:Transvaal>>). aangifte gedaan, reg.nr [[dossier:PL1500-2024067731]]. ze wil verhuizen. tel [[phone:06-58002217]], email [[email:s.ramsaran@ziggo.nl]]
""",
    ),
    (
        "note",
        """
SMS verstuurd [[date:11/4]] 16:05 naar [[phone:+31612874409]]: "Beste [[person:Burak]], afspraak morgen om 10u bij <<org:Servicepunt XL>>, [[address:Leyweg 906]]. Neem je bankafschriften mee. Gr [[person:Petra]]"
""",
    ),
    (
        "note",
        """
mw [[person:Ayaan Farah]] [[date:17-4]] op spreekuur: huurachterstand 4 mnd (€ 2.880), wil schuldhulp. schulden bij <<org:Belastingdienst>>, <<org:CJIB>>, <<org:Zilveren Kruis>>. iban mw [[iban:{IBAN:RABO:spaced}]]. zoon [[person:Mahad]] 19 helpt met papieren
""",
    ),
    (
        "note",
        """
hoi hoi, [[person:Jade]] hier (stagiair). mw [[person:Vos]] belde, ze heeft vandaag geen eten in huis. verwijzing <<org:Voedselbank>> klaargezet, moet nog getekent. adres [[address:Withuysstraat 12]] [[postcode:2546 vk]]. kan iemand vandaag nog langs? ik mag niet alleen
""",
    ),
    (
        "note",
        """
dhr [[person:Petrov]] & mw [[person:Galina Petrova]] - 3 kinderen, werken in de kassen via uitzendburo, wonen met 9 pers op [[address:Vaillantlaan 88]]. verhuurder [[person:Schouten]] vraagt € 450 p.p. p.mnd. melding gedaan bij <<org:Nederlandse Arbeidsinspectie>>. bsn dhr [[bsn:{BSN}]], mw [[bsn:{BSN:spaces}]]
""",
    ),
    (
        "note",
        """
[[person:Jeroen]] (<<role:wijkagent>>): mw [[person:Doelwijt]] vannacht weer ruzie met ex [[person:Errol]], buren belden 112. ben er om 2.15u geweest
[[person:Linda]]: dank! kinderen?
[[person:Jeroen]]: [[person:Jayvano]] (6) en [[person:Ruthly]] (3) bij oma [[person:Ramona]] geslapen
[[person:Linda]]: ik meld bij <<org:Veilig Thuis>>, ma verder
""",
    ),
    (
        "note",
        """
tel nrs familie [[person:Nasser]] (voor de map):
vader [[person:Tarek]] [[phone:06-47291138]]
moeder [[person:Noura]] [[phone:06 47 29 11 40]]
oom [[person:Mahmoud Darwish]] (tolk) [[phone:+31 (0)6 1902 3348]]
school: mr. [[person:Jansen]], groep 5
""",
    ),
    (
        "note",
        """
Beste collega's, ivm ziekte van [[person:Marieke]] nemen [[person:Thijs]] en ik haar caseload over t/m vr. Dringend: [[person:Aster Tekle]] (uithuiszetting [[date:15 apr]]!) en fam. [[person:Wang]] (schuldsanering, dossier [[dossier:#51207]]). Groet [[person:Hanneke]]
""",
    ),
    (
        "note",
        """
[[person:ilham]] appt: "juf zegt dat [[person:zakaria]] niet mee mag op schoolreis omdat we niet betaald hebben" (€ 35). i.o.m. [[person:ilham]] aanvraag gedaan bij <<org:Stichting Leergeld>>, ref [[dossier:LG-88132]]. postcode [[postcode:2516BR]]
""",
    ),
    (
        "note",
        """
Dhr. [[person:O'Brien]] (Ierse expat, 58) na ontslag dakloos. slaapt in auto bij [[address:Zuiderparklaan 120]]. wil niet naar nachtopvang. contact via zus [[person:Siobhan]] in Dublin: [[phone:+353 87 123 4567]] / [[email:siobhan.obrien@eircom.net]]
""",
    ),
    (
        "note",
        """
terugkoppeling [[person:Kavita]] (<<org:MEE>>): [[person:Dinesh Bhikhie]] krijgt per [[date:1 mei]] begeleid wonen bij <<org:Ipse de Bruggen>>. moeder [[person:Shanti]] opgelucht. dossier mee: [[dossier:MEE-2023-4410]], bsn [[person:dinesh]] [[bsn:{BSN}]]
""",
    ),
    (
        "note",
        """
oei vergeten te noteren: mw [[person:Hendriks-Blom]] belde [[date:wo 13-3]], haar man [[person:Cor]] is opgenomen in <<org:HMC>> (bed 12, afd. 4b). zij is mantelzorger, zwaar overbelats. bel terug op [[phone:070 388 21 97]] ná 18u
""",
    ),
    (
        "note",
        """
nb: [[person:Zon Wolf]] (23) zwanger van de 2e, partner [[person:Sem]] zit vast. na de storm vorige week lekt het dak, verhuurder reageert niet. foto's in map. nieuwe afspr [[date:2 apr]] om 11u, <<role:wijkverpleegkundige>> gaat mee ivm zwangerschap
""",
    ),
    (
        "note",
        """
[[person:Lina Al-Masri]] vraagt tolk Arabisch voor gesprek met <<org:Raad voor de Kinderbescherming>> op [[date:28-03-2024]] 9.00u. zaaknr <<org:RvdK>> [[dossier:RvdK-2024-10293]]. kinderen [[person:Yara]] en [[person:Adam]]. bankrek. voor vergoeding reiskosten: [[iban:{IBAN:ABNA:lower}]]
""",
    ),
    (
        "note",
        """
[[person:Shurandy]]: wie heeft het nr van [[person:jurgen]]? broer van [[person:yuniska]]
[[person:Gisella]]: [[phone:06-2207 3391]] maar hij neemt nooit op
[[person:Shurandy]]: ok ik stuur mail naar [[email:jurgen.martina@live.nl]]
[[person:Gisella]]: succes 😂
""",
    ),
]


# =========================================================================== 30 formal documents
DOCS += [
    (
        "formal",
        """
Huisartsenpraktijk <<wijk:Laakkwartier>>
[[address:Hoefkade 12]]
[[postcode:2526 AB]] Den Haag

Aan: <<org:Sociaal Wijkteam>> <<wijk:Laak>>
T.a.v. mevrouw [[person:I. Mees]], <<role:casusregisseur>>
Den Haag, [[date:14 maart 2024]]

Betreft: verwijzing mevrouw [[person:Hatice Aydın]], geb. [[date:03-11-1971]]
Adres: [[address:Van der Vennestraat 41]], [[postcode:2525 CS]] Den Haag
BSN: [[bsn:{BSN:dots}]]

Geachte mevrouw [[person:Mees]],

Hierbij verwijs ik mevrouw [[person:Aydın]] naar uw team. Mevrouw is bekend met diabetes type 2 en chronische rugklachten. Sinds het vertrek van haar man, de heer [[person:Mustafa Aydın]], in de zomer van 2023 zorgt zij alleen voor haar zoon [[person:Cem]] (14), die een licht verstandelijke beperking heeft. Zij geeft aan de administratie niet meer te overzien; er liggen ongeopende brieven van het <<org:CJIB>> en de <<org:Belastingdienst>>. Haar nicht, mevrouw [[person:Zeynep Koç]], helpt af en toe maar woont in Utrecht.

Mevrouw heeft op het spreekuur van [[date:12 maart]] mondeling toestemming gegeven voor deze verwijzing. Zij is het best bereikbaar via haar zoon op [[phone:06-38 19 22 07]] (na 15.00 uur).

Met vriendelijke groet,

[[person:M.A. Boateng]], <<role:huisarts>>
Tel. (direct): [[phone:070 - 205 33 81]]
""",
    ),
    (
        "formal",
        """
MELDING <<org:Veilig Thuis>> Haaglanden — <<org:Sociaal Wijkteam>> <<wijk:Escamp>>
Kenmerk melder: [[dossier:SWT-ESC-2024-0412]]
Datum melding: [[date:woensdag 20 maart 2024]], 16.40 uur
Melder: [[person:Wouter Verbeek]], <<role:maatschappelijk werker>>, tel. [[phone:06-15 88 34 72]], e-mail [[email:w.verbeek@denhaag.nl]]

1. Gegevens betrokkenen
Moeder: [[person:Desislava Georgieva]], geb. [[date:17-08-1990]], BSN [[bsn:{BSN}]]
Partner van moeder: [[person:Stoyan Kolev]], geb. [[date:02-02-1986]]
Kinderen: [[person:Mariya]] (geb. [[date:09-06-2015]]) en [[person:Georgi]] (geb. [[date:30-12-2018]])
Adres: [[address:Melis Stokelaan 1297]], [[postcode:2541 GH]] 's-Gravenhage

2. Aanleiding
Op [[date:19 maart]] meldde de leerkracht van [[person:Mariya]], mevrouw [[person:Kramer]], dat het meisje blauwe plekken op haar bovenarm had. [[person:Mariya]] vertelde dat "[[person:Stoyan]] boos was omdat de tv te hard stond". Moeder bevestigt dat er spanningen zijn sinds haar partner zijn werk verloor (januari). Er is geen eerdere melding bekend.

3. Risicotaxatie en afspraken
Moeder wil hulp, partner niet. Er is een veiligheidsplan opgesteld; moeder kan met de kinderen terecht bij haar zus [[person:Petya Georgieva]], [[address:Erasmusweg 1022]], [[postcode:2532 CR]]. Wij vragen <<org:Veilig Thuis>> om een onderzoek. De <<role:jeugdverpleegkundige>> van het <<org:CJG>>, [[person:Anne-Fleur de Bruijn]], is geïnformeerd.
""",
    ),
    (
        "formal",
        """
Verslag Multidisciplinair Overleg (MDO)
Datum: [[date:do 11 april 2024]], 13.00–14.30 uur, <<org:wijkcentrum De Henkenshage>>, zaal 1.02
Casus: fam. [[person:Boukhari]] (dossiernr. [[dossier:2024-1187]])

Aanwezig:
- [[person:Linda Hoogland]] – <<org:Sociaal Wijkteam>> – <<role:casusregisseur>> (voorzitter)
- [[person:Kemal Arslan]] – <<org:CJG>> – <<role:jeugdverpleegkundige>>
- [[person:Priya Mahabier]] – <<org:Parnassia>> – <<role:psychiater>>
- [[person:Ruud Veenstra]] – <<org:Haagwonen>> – <<role:woonconsulent>>
- [[person:S. Azzouzi]] – <<org:Politie Haaglanden>> – <<role:wijkagent>>
- [[person:Latifa Boukhari]] – cliënt
Afwezig met bericht: [[person:Hüseyin Çelik]] (<<org:Jeugdbescherming West>>)
Notulist: [[person:Eline Koster]]

1. Opening en doel
[[person:Linda]] opent. Doel: één plan voor het gezin. Mevrouw [[person:Boukhari]] heeft ingestemd met het delen van informatie (toestemmingsformulier getekend [[date:2 april 2024]]).

2. Stand van zaken
- Huurachterstand € 4.150; <<org:Haagwonen>> heeft ontruimingsvonnis aangevraagd, zitting [[date:23-04-2024]].
- Zoon [[person:Bilal]] (16) is sinds januari niet op school geweest. Dochter [[person:Imane]] (11) doet het goed.
- Ex-partner [[person:Abdelkader Boukhari]] woont in België, betaalt geen alimentatie.
- Mevrouw is in behandeling bij [[person:Priya]] voor een depressie; 2x per maand.

3. Afspraken
- [[person:Ruud]] vraagt uitstel van de zitting aan (uiterlijk [[date:16/4]]).
- Betalingsregeling via rekening [[iban:{IBAN:INGB:spaced}]] (mevrouw), € 150 per maand.
- [[person:Kemal]] neemt contact op met de leerplichtambtenaar over [[person:Bilal]].
- Volgend MDO: [[date:donderdag 16 mei]], 13.00 uur.
""",
    ),
    (
        "formal",
        """
Van: [[person:Bos]], [[person:Marieke]] <[[email:m.bos@parnassia.nl]]>
Verzonden: [[date:dinsdag 16 april 2024]] 09:14
Aan: [[person:Karin Schipper]] <[[email:karin.schipper@denhaag.nl]]>
CC: [[email:team-laak@denhaag.nl]]
Onderwerp: RE: mw. [[person:Tahiri]] - terugkoppeling intake

Hoi [[person:Karin]],

Dank voor je verwijzing. Mevrouw [[person:Tahiri]] is gisteren op intake geweest bij mijn collega [[person:Jun Zhang]]. We starten met een traject bij de <<role:ambulant begeleider>>; wachttijd ongeveer 6 weken. Haar zus ([[person:Souad]]) was mee en wil graag betrokken blijven.

Groet,
[[person:Marieke Bos]]
<<role:GZ-psycholoog>> | <<org:Parnassia>> Haaglanden
[[phone:088 - 357 12 40]] | [[email:m.bos@parnassia.nl]]

-----Oorspronkelijk bericht-----
Van: [[person:Karin Schipper]] <[[email:karin.schipper@denhaag.nl]]>
Verzonden: [[date:vrijdag 5 april 2024]] 15:52
Aan: [[person:Bos]], [[person:Marieke]]
Onderwerp: mw. [[person:Tahiri]] - aanmelding

Beste [[person:Marieke]],

Zoals telefonisch besproken meld ik mevrouw [[person:Nadia Tahiri]] (geb. [[date:21-07-1983]], cliëntnr. [[dossier:448812]]) bij jullie aan. Mevrouw woont op [[address:Stuwstraat 28]], [[postcode:2516TB]]. Haar 06: [[phone:06-17702288]].

Met vriendelijke groet,
[[person:Karin Schipper]]
<<role:Casusregisseur>> <<org:Sociaal Wijkteam>> <<wijk:Laak>>
""",
    ),
    (
        "formal",
        """
RAPPORTAGE AAN <<org:VEILIG THUIS>>
Zaaknummer VT: [[dossier:VT-2024-1187]]
Opgesteld door: [[person:Jan-Willem Kuiper]], <<role:wijkverpleegkundige>> <<org:Florence>>
Datum: [[date:3 mei 2024]]

Betrokkene: mevrouw [[person:Johanna]] ([[person:Joke]]) [[person:de Haan-Prins]], 84 jaar, [[address:Thomas Schwenckestraat 17]], [[postcode:2551 BN]] Den Haag.
Zoon en mantelzorger: de heer [[person:Frank de Haan]], [[address:Oude Haagweg 471]], tel. [[phone:06 - 48 11 90 23]].

Observaties
Sinds februari bezoek ik mevrouw 3x per week voor wondzorg. Op [[date:29 april]] trof ik mevrouw aan zonder eten in huis; de koelkast was leeg en de verwarming stond uit. Zij vertelde dat "[[person:Frank]] het geld beheert" en dat zij niet weet hoeveel zij heeft. Volgens de buurvrouw, mevrouw [[person:Wolters]], komt de zoon alleen op de eerste van de maand. Mevrouw heeft een AOW en klein pensioen (samen ca. € 1.650 netto) op rekening [[iban:{IBAN:ABNA:spaced}]]; de pinpas is in bezit van de zoon.

Vermoeden: financiële uitbuiting en verwaarlozing van een kwetsbare oudere. De <<role:huisarts>>, dokter [[person:Van Rijn]], deelt de zorg.
""",
    ),
    (
        "formal",
        """
Notulen MDO <<wijk:Transvaal>> – multi-probleemgezinnen
[[date:Maandag 22 april 2024]], 10.00–12.00 uur, online (Teams)

Aanwezigen
[[person:Hanneke Groen]] – <<org:Sociaal Wijkteam>> – <<role:casusregisseur>>, voorzitter
[[person:Rakesh Lachmon]] – <<org:Servicepunt XL>> – <<role:klantmanager>>
[[person:Jurgen Isenia]] – <<org:Straathoekwerk>> – <<role:jongerenwerker>>
[[person:Ewa Nowak]] – <<org:Humanitas>> – <<role:coördinator thuisadministratie>>
[[person:Thanh Pham]] – <<org:CJG>> – <<role:jeugdconsulent>>
Notulen: [[person:Floor Haverkamp]]

Casus 1 – gezin [[person:Sewdien]] ([[dossier:SWT-TRV-2023-0881]])
Vader [[person:Ravi Sewdien]] heeft per [[date:1 april]] een vaste baan. Moeder [[person:Sharmila]] volgt taalles. Schulden ongeveer € 11.000 over 8 schuldeisers; aanmelding schuldhulp is ingediend. [[person:Ewa]] zet een vrijwilliger in voor de post. Vaste lasten lopen via [[iban:{IBAN:RABO}]].
Actie: [[person:Rakesh]] controleert of de bijstand tijdig stopt om terugvordering te voorkomen.

Casus 2 – [[person:Churandy Girigorie]] (19)
Woont bij zijn oma, mevrouw [[person:Rosaria]], op [[address:Van Ostadestraat 201 hs]]. Geen dagbesteding. [[person:Jurgen]] kent hem van het pleintje; [[person:Churandy]] staat open voor een werkervaringsplek. Tel. [[person:Churandy]]: [[phone:+31 6 44 09 81 27]].
Actie: [[person:Jurgen]] en [[person:Rakesh]] plannen gesprek vóór [[date:6 mei]].

Volgend overleg: [[date:ma 27 mei]].
""",
    ),
    (
        "formal",
        """
Van: [[person:Thibault Girard]] <[[email:t.girard@kesslerstichting.nl]]>
Verzonden: [[date:woensdag 8 mei 2024]] 17:03
Aan: [[email:wijkteam.segbroek@denhaag.nl]]
Onderwerp: Dhr. [[person:Nowak]] - uitstroom nachtopvang

Goedemiddag,

Dhr. [[person:Marek Nowak]] (geb. [[date:14-12-1979]], BSN [[bsn:{BSN:spaces}]]) stroomt per [[date:15 mei]] uit de nachtopvang van de <<org:Kessler Stichting>> naar een kamer op [[address:Weimarstraat 173-C]], [[postcode:2562 HB]]. Hij heeft nog geen uitkering; de aanvraag loopt onder nummer [[dossier:XL-2024-30317]]. Graag een warme overdracht naar jullie team. Zijn broer [[person:Krzysztof]] woont in <<wijk:Segbroek>> en wil helpen met de verhuizing.

Met vriendelijke groet,

[[person:Thibault Girard]]
<<role:Trajectbegeleider>>
<<org:Kessler Stichting>> | [[address:Prinsegracht 57]] | [[postcode:2512 EX]] Den Haag
M [[phone:+31 (0)6 2107 7343]]
""",
    ),
    (
        "formal",
        """
Aanmeldformulier Wmo – maatwerkvoorziening
Registratienummer: [[dossier:WMO-2024-55120]]

Aanvrager: [[person:Willemijn van Leeuwen]]
Geboortedatum: [[date:6 juni 1958]]
BSN: [[bsn:{BSN}]]
Adres: [[address:Laan van Meerdervoort 1401]]
Postcode/woonplaats: [[postcode:2555 AA]] Den Haag
Telefoon: [[phone:(070) 364 18 02]]
E-mail: [[email:willemijnvanleeuwen@xs4all.nl]]
Contactpersoon: [[person:Pieter van Leeuwen]] (echtgenoot), [[phone:06 51 72 09 88]]

Aanvraag: traplift en huishoudelijke ondersteuning (4 uur per week).
Toelichting <<role:Wmo-consulent>> [[person:Gert-Jan Scholten]]: mevrouw heeft MS, loopt sinds november met een rollator. Slaapkamer en badkamer op 1e verdieping. Gesprek gevoerd op [[date:25-04-2024]] in aanwezigheid van de echtgenoot. Eigen bijdrage via <<org:CAK>>; incasso van [[iban:{IBAN:SNSB}]].
""",
    ),
    (
        "formal",
        """
Verslag huisbezoek
Cliënt: [[person:Abdi Warsame]] (cliëntnummer [[dossier:20193847]])
Datum: [[date:vrijdag 3 mei 2024]]
Medewerker: [[person:Sophie Dubois]], <<role:schuldhulpverlener>>
Aanwezig: cliënt, zijn vrouw [[person:Hodan Jama]], dochter [[person:Faduma]] (tolk)

De familie woont sinds 2016 op [[address:Hoefkade 850]] in de <<wijk:Schilderswijk>>. Er zijn 5 kinderen (2 tot 15 jaar). Meneer [[person:Warsame]] werkt 24 uur per week als schoonmaker, mevrouw [[person:Jama]] is thuis. Het huishoudboekje laat een tekort zien van ongeveer € 180 per maand; de kinderbijslag komt binnen op [[iban:{IBAN:INGB:spaced}]]. Er zijn achterstanden bij de energieleverancier (klantnummer [[dossier:80033129]]) en de zorgverzekeraar.

Afspraken: [[person:Faduma]] stuurt de ontbrekende bankafschriften naar [[email:s.dubois@denhaag.nl]]. Volgend bezoek [[date:17-05]] om 14.00 uur.
""",
    ),
    (
        "formal",
        """
Van: [[person:Yvonne Dijkstra]]
Aan: [[person:Rachid Ouali]]; [[person:Merel Vermeulen]]
Cc: [[person:Stefan Becker]]
Verzonden: [[date:ma 13-05-2024]] 08:31
Onderwerp: spoed - gezin [[person:Kaya]] / school

Goedemorgen [[person:Rachid]] en [[person:Merel]],

Vrijdag heeft [[person:Elif Kaya]] (groep 7) op school verteld dat haar vader haar moeder heeft geslagen. De IB'er van de school, [[person:Stefan]], heeft dit met mij gedeeld. Ik heb vanochtend gebeld met moeder ([[phone:06 86 40 21 55]]); zij bevestigt het en zit nu met de kinderen bij haar moeder op [[address:Kempstraat 99 B]].

Kunnen jullie vandaag om 13.00 uur aansluiten bij een overleg? Ik heb de melding klaarstaan voor <<org:Veilig Thuis>>.

[[person:Yvonne]]

--
[[person:Yvonne Dijkstra]] | <<role:jeugdconsulent>> <<org:CJG>> Den Haag
T: [[phone:06-1993 4872]] | E: [[email:yvonne.dijkstra@cjgdenhaag.nl]]
Werkdagen ma, di, do
""",
    ),
    (
        "formal",
        """
Plan van aanpak – casus [[dossier:#77310]]
Opgesteld [[date:7 mei 2024]] door [[person:A. Owusu]] (<<role:casusregisseur>>), in overleg met cliënt.

Cliënt
[[person:Magdalena Wójcik]], 37 jaar, [[address:Elandstraat 128a]], [[postcode:2513 GS]] Den Haag. Tel. [[phone:0644197720]]. Zoon [[person:Kacper]] (8), dochter [[person:Zuzanna]] (5). Ex-partner [[person:Paweł Wójcik]] (verblijfplaats onbekend).

Doelen
1. Stabiel inkomen: aanvraag bijstand is ingediend op [[date:30/04/2024]].
2. Rust in de financiën: aanmelding <<org:schuldhulpverlening>>, vaste lasten via budgetbeheer (rekening [[iban:{IBAN:RABO}]]).
3. Opvoedondersteuning via het <<org:CJG>> (contactpersoon [[person:Ilse Brouwer]]).

Evaluatie: [[date:1 juli 2024]].
""",
    ),
    (
        "formal",
        """
Van: [[person:Hamdan]], [[person:Hiba]] <[[email:hiba.hamdan@vluchtelingenwerk.nl]]>
Verzonden: [[date:donderdag 2 mei 2024]] 11:47
Aan: [[person:Oosterhout]], [[person:Esther]] <[[email:esther.oosterhout@denhaag.nl]]>
Onderwerp: overdracht gezin [[person:Tesfamariam]]

Beste [[person:Esther]],

Zoals besproken draag ik het gezin [[person:Tesfamariam]] aan jullie over nu de eerste 2 jaar begeleiding afloopt. Gegevens:
- [[person:Yonas Tesfamariam]], geb. [[date:1-1-1989]], BSN [[bsn:{BSN:dots3}]]
- [[person:Helen Berhane]], geb. [[date:1-1-1992]]
- kinderen [[person:Filmon]] (6), [[person:Semhar]] (4) en [[person:Dawit]] (1)
- adres: [[address:Mijtenstraat 26]], [[postcode:2563 CB]]
- tel. [[person:Yonas]]: [[phone:06-33298810]]

Aandachtspunten: [[person:Helen]] heeft veel meegemaakt tijdens de reis en slaapt slecht; zij wil (nog) geen <<org:GGZ>>. [[person:Yonas]] werkt via een leerwerkplek bij een tuinbouwbedrijf.

Hartelijke groet,
[[person:Hiba Hamdan]]
<<role:Maatschappelijk begeleider>>, <<org:Vluchtelingenwerk>> Zuidwest-Nederland
[[phone:+31 6 5519 2034]]
""",
    ),
    (
        "formal",
        """
Zorgmelding – <<org:Politie>> Eenheid Den Haag
BVH-registratienummer: [[dossier:PL1500-2024108816]]
Datum/tijd incident: [[date:za 4 mei 2024]], 23.12 uur
Locatie: [[address:Beeklaan 376]], [[postcode:2562 AZ]]
Rapporteur: [[person:D. Visser]], <<role:hoofdagent>>

Betrokkene: [[person:Oliver James Taylor]], geb. [[date:09-09-1967]], Britse nationaliteit.
Melder: buurman [[person:Ahmad Rahimi]], tel. [[phone:06 2480 1175]].

Toedracht: Betrokkene liep verward over straat en riep dat "de buren hem afluisteren". Hij was niet agressief. Hij gaf aan dat zijn dochter [[person:Emily]] in Engeland woont. Geen strafbare feiten. Doorgeleid naar de <<org:GGD>> (bemoeizorg) en het <<org:Sociaal Wijkteam>> <<wijk:Segbroek>>.
""",
    ),
    (
        "formal",
        """
Verwijzing naar <<org:Bureau Schuldhulp>> – <<org:Sociaal Raadslieden>>

Datum: [[date:2024-04-18]]
Verwijzer: [[person:Marjolein Timmermans]], <<role:sociaal raadsvrouw>>, [[email:m.timmermans@sociaalraadslieden.nl]], [[phone:070-3107254]]

Cliënt: de heer [[person:Florin Munteanu]] en mevrouw [[person:Ioana Munteanu-Stan]]
Adres: [[address:Paets van Troostwijkstraat 42]], [[postcode:2522DR]] Den Haag
Geboortedata: [[date:11.03.1985]] resp. [[date:27.10.1987]]
BSN: [[bsn:{BSN}]] (dhr.), [[bsn:{BSN}]] (mw.)
Rekening: [[iban:{IBAN:BUNQ:spaced}]]

Reden verwijzing: gezamenlijke schuld ca. € 23.000, waarvan € 9.400 bij de <<org:Belastingdienst>> (toeslagen). Beide werken in de vleesverwerking via een uitzendbureau. Zij spreken Roemeens en Engels; [[person:Ioana]] spreekt ook redelijk Nederlands.
""",
    ),
    (
        "formal",
        """
Verslag MDO Ouderen <<wijk:Mariahoeve>>
[[date:dinsdag 30 april 2024]] – locatie: <<org:wijkcentrum Mariahoeve>>

Aanwezig:
– [[person:Gerda Verhoeven]] (<<org:Sociaal Wijkteam>>, <<role:ouderenconsulent>>, voorzitter)
– [[person:Henk Molenaar]] (<<org:Florence>>, <<role:wijkverpleegkundige>>)
– dr. [[person:K. Asante]] (<<role:specialist ouderengeneeskunde>>)
– [[person:Tineke Schouten]] (<<org:Humanitas>>, <<role:vrijwilligerscoördinator>>)
– [[person:Dirk Prins]] (<<org:Haagwonen>>, <<role:huismeester>>)

Casus A – mevrouw [[person:Ivanka Todorova]] (81), [[address:Ruychrocklaan 410]]
Mevrouw woont sinds het overlijden van haar man ([[person:Stefan Todorov]], [[date:12-01-2024]]) alleen. Ze eet slecht, vergeet medicatie. [[person:Henk]] ziet tekenen van beginnende dementie. Dochter [[person:Mila]] woont in Sofia en belt dagelijks ([[phone:+359 88 712 3344]]). Afspraak: [[person:K. Asante]] doet een geheugentest op [[date:14 mei]]; [[person:Tineke]] zoekt een maatje.

Casus B – de heer [[person:Cornelis]] ([[person:Cor]]) [[person:Blom]] (88), [[address:Ambachtsgaarde 96]]
Ernstige vervuiling van de woning; meneer weigert hulp. [[person:Dirk]] meldt klachten van buren over geur en ongedierte. Neef [[person:Sjaak Blom]] ([[phone:06-24 01 98 86]]) is het enige familielid. Afspraak: [[person:Gerda]] en [[person:Henk]] gaan samen op huisbezoek, [[date:wo 8 mei]].
""",
    ),
]

DOCS += [
    (
        "formal",
        """
Zorgadviesteam – melding vanuit school
<<org:Obs De Regenboog>>, <<wijk:Moerwijk>>
Datum: [[date:vrijdag 19 april 2024]]

Leerling: [[person:Jayden Sedney]], groep 6, geb. [[date:4-2-2014]]
Ouders: [[person:Marlon Sedney]] (vader) en [[person:Priscilla Kross]] (moeder), gescheiden
Woonadres leerling (moeder): [[address:Dedemsvaartweg 1113]], [[postcode:2545 ZP]]
Telefoon moeder: [[phone:06-40 11 87 26]]

Zorg: [[person:Jayden]] komt regelmatig zonder ontbijt en met vieze kleding op school. Hij is sinds de kerstvakantie 14 keer te laat gekomen. Juf [[person:Noor Hakimi]] merkt dat hij in de klas in slaap valt. Moeder geeft aan dat zij twee banen heeft (schoonmaak, 's avonds) en dat [[person:Jayden]] dan bij zijn oom [[person:Glenn]] is.

Gevraagd aan het <<org:CJG>>: contact met moeder en beoordeling of opvoedondersteuning nodig is. Contactpersoon school: [[person:Wilma Hoek]], <<role:intern begeleider>>, [[email:w.hoek@obsderegenboog.nl]].
""",
    ),
    (
        "formal",
        """
Onderwerp: urgentie fam. [[person:Karimi]] – RE: RE: huisvesting
Van: [[person:Farid Karimi]] <[[email:faridkarimi1979@gmail.com]]>
Aan: [[person:Vink]], [[person:Merel]] <[[email:merel.vink@staedion.nl]]>
Verzonden: [[date:dinsdag 14 mei 2024]] 21:40

Geachte mevrouw [[person:Vink]],

Wij wonen nog altijd met 6 personen in 2 kamers op [[address:Rijswijkseweg 210 A]]. Mijn dochter [[person:Zahra]] heeft astma door het vocht. Wanneer krijgen wij antwoord? Ons dossiernummer is [[dossier:ST-2023-77410]].

Met vriendelijke groet,
[[person:Farid Karimi]]
[[phone:06 38 20 47 11]]

> Van: [[person:Vink]], [[person:Merel]]
> Verzonden: [[date:2 mei 2024]] 10:05
> Aan: [[person:Farid Karimi]]
> Onderwerp: RE: huisvesting
>
> Beste heer [[person:Karimi]],
> Uw aanvraag is in behandeling. De medische adviseur beoordeelt de verklaring van uw <<role:huisarts>>, dr. [[person:Noori]]. U hoort uiterlijk binnen 8 weken van ons.
> Met vriendelijke groet,
> [[person:Merel Vink]], <<role:medewerker Verhuur>>, <<org:Staedion>>
> [[address:Laan van Wateringse Veld 1]], [[postcode:2548 BH]] Den Haag
""",
    ),
    (
        "formal",
        """
<<org:Gemeente Den Haag>> | <<org:Sociaal Wijkteam>> <<wijk:Centrum>>
[[address:Spui 70]], [[postcode:2511 BT]] Den Haag

De heer [[person:K.O. Mensah]]
[[address:Bilderdijkstraat 55-II]]
[[postcode:2513 CM]]  DEN HAAG

Ons kenmerk: [[dossier:SWT/CEN/24/0917]]
Datum: [[date:21 mei 2024]]
Onderwerp: bevestiging afspraken

Geachte heer [[person:Mensah]],

In ons gesprek van [[date:16 mei]] hebben wij het volgende afgesproken:
1. U levert vóór [[date:31 mei 2024]] de loonstroken van januari t/m april in.
2. Uw dochter [[person:Abena]] gaat vanaf augustus naar de voorschool; het <<org:CJG>> helpt met de aanmelding.
3. Wij vragen voor u een bijdrage van € 250 aan uit het noodfonds. Dit bedrag wordt overgemaakt op [[iban:{IBAN:INGB:spaced}]] t.n.v. [[person:K.O. Mensah]].

Heeft u vragen? Bel mij op [[phone:06 - 11 39 48 70]] of mail naar [[email:e.appiah@denhaag.nl]]. Ik ben bereikbaar op maandag, dinsdag en donderdag van 9.00 tot 17.00 uur.

Met vriendelijke groet,

[[person:Efua Appiah]]
<<role:maatschappelijk werker>>
""",
    ),
]

DOCS += [
    (
        "formal",
        """
Verslag keukentafelgesprek
Datum gesprek: [[date:woensdag 15 mei 2024]]
Plaats: bij cliënt thuis, [[address:Hengelolaan 590]], [[postcode:2545 BG]]
Cliënt: mevrouw [[person:Anne-Marie Lefèvre]] (76)
Aanwezig: mevrouw [[person:Lefèvre]], haar schoonzoon [[person:Matthias Fischer]], <<role:Wmo-consulent>> [[person:Kim Dekker]]

Mevrouw [[person:Lefèvre]] is geboren in Lyon en woont sinds haar huwelijk in 1971 in Den Haag. Na een heupoperatie in maart kan zij het huishouden niet meer zelf. Haar dochter [[person:Camille]] overleed in 2019; [[person:Matthias]] (weduwnaar van [[person:Camille]]) komt 1x per week boodschappen doen vanuit Leiden. Mevrouw wil graag in haar eigen huis blijven wonen.

Conclusie: huishoudelijke ondersteuning 3 uur per week, boodschappendienst via <<org:Wijkz>>. De beschikking volgt; registratienummer [[dossier:WMO-2024-61877]].
Contact schoonzoon: [[email:m.fischer@web.de]], [[phone:+49 171 2233445]].
""",
    ),
    (
        "formal",
        """
MDO Jeugd <<wijk:Schilderswijk>> – [[date:8-5-2024]], 15.00 uur

Naam | Organisatie | Functie
[[person:Mirjam de Jong]] | <<org:CJG>> | <<role:jeugdverpleegkundige>>
[[person:Khadija Bakkali]] | <<org:Sociaal Wijkteam>> | <<role:casusregisseur>>
[[person:Joanna Lewandowska]] | <<org:Jeugdbescherming West>> | <<role:jeugdbeschermer>>
[[person:Kwabena Osei]] | <<org:Zebra>> | <<role:jongerenwerker>>
[[person:R. Hooi]] | <<org:Politie>> | <<role:wijkagent>>

Bespreking: [[person:Youssef El Khatib]] (15), [[address:Wolmaranstraat 22]], zaaknummer [[dossier:JBW-24-00317]]

[[person:Youssef]] is op [[date:28 april]] aangehouden bij een winkeldiefstal. Hij is bekend bij [[person:Kwabena]] van de sportavonden. Moeder ([[person:Malika]]) staat er alleen voor; vader ([[person:Said El Khatib]]) zit in Marokko. Oudere broer [[person:Zakaria]] (22) heeft een goede band met [[person:Youssef]] en wil meedoen aan het plan.

Afspraken:
- [[person:Joanna]] bespreekt met de Raad of een HALT-traject volstaat.
- [[person:Khadija]] plant een netwerkberaad met moeder, [[person:Zakaria]] en de oom ([[person:Hassan Ziani]], [[phone:06-52 81 19 03]]).
- Terugkoppeling uiterlijk [[date:22/5]].
""",
    ),
    (
        "formal",
        """
Van: <<org:Servicepunt XL>> <[[email:noreply@servicepuntxl.nl]]>
Verzonden: [[date:vrijdag 10 mei 2024]] 07:00
Aan: [[email:a.popal83@hotmail.com]]
Onderwerp: Ontvangstbevestiging aanvraag levensonderhoud [[dossier:XL-2024-41522]]

Beste [[person:Ahmad Popal]],

Wij hebben uw aanvraag ontvangen op [[date:09-05-2024]]. Uw aanvraagnummer is [[dossier:XL-2024-41522]]. Binnen 8 weken krijgt u een beslissing. U ontvangt het geld op rekening [[iban:{IBAN:ABNA}]].

Gegevens die wij van u hebben:
Naam: [[person:A. Popal]]
Adres: [[address:Zusterstraat 212]], [[postcode:2512TV]] Den Haag
Burgerservicenummer: [[bsn:{BSN}]]

Met vriendelijke groet,
<<org:Servicepunt XL>>

---------- Doorgestuurd bericht ---------
Van: [[person:Ahmad Popal]] <[[email:a.popal83@hotmail.com]]>
Datum: [[date:vr 10 mei 2024]] om 09:12
Aan: [[person:Nilofar Sultani]] <[[email:n.sultani@denhaag.nl]]>

hoi mevr [[person:Sultani]], is dit goed zo? ik heb ook mijn vrouw [[person:Mariam]] erbij gezet. groet [[person:Ahmad]]
""",
    ),
    (
        "formal",
        """
Intakeverslag <<org:GGZ>> Haagse Poort – Ambulant
Cliëntnummer: [[dossier:100482273]]
Naam: [[person:Ricardo Winklaar]]
Geboortedatum: [[date:15 augustus 1995]]
Verwijzer: <<role:POH GGZ>> [[person:Annemiek Willems]], huisartsenpraktijk <<wijk:Rustenburg>>
Datum intake: [[date:2 mei 2024]]
Behandelaar: Dr. [[person:E. Doğan]], <<role:psychiater>>; <<role:regiebehandelaar>> [[person:Lars Gerritsen]]

Reden van aanmelding: somberheid, slaapproblemen, middelengebruik (cannabis, alcohol in het weekend). Dhr. [[person:Winklaar]] is in 2012 vanuit Curaçao naar Nederland gekomen bij zijn tante, mevrouw [[person:Ursula Maduro]], en heeft weinig contact met zijn moeder [[person:Jeanette Winklaar]]. Hij heeft een dochter, [[person:Naomi]] (3), met wie hij eens per 2 weken omgang heeft.

Werkhypothese: depressieve stoornis, matig. Advies: 12 sessies CGT, toeleiding naar <<org:Brijder>> voor middelengebruik.
Adres: [[address:Regentesselaan 14A]], [[postcode:2562 CN]]; tel. [[phone:06-3344 0219]]
""",
    ),
    (
        "formal",
        """
TOESTEMMINGSVERKLARING delen van gegevens

Ik, [[person:Wei Liu]], geboren op [[date:8 oktober 1969]], wonend op [[address:Rijnstraat 33-3]], [[postcode:2515 XP]] Den Haag, geef het <<org:Sociaal Wijkteam>> <<wijk:Laak>> toestemming om informatie over mijn situatie te delen met:
[x] <<org:Parnassia>> (contactpersoon: [[person:Jun Zhang]])
[x] <<org:Servicepunt XL>>
[ ] <<org:Haagwonen>>
[x] mijn zoon [[person:Hao Liu]] ([[phone:06 17 28 39 40]])

Deze toestemming geldt tot en met [[date:31-12-2024]] en kan ik altijd intrekken.

Handtekening cliënt: ……………………
Datum: [[date:7-5-2024]]

Namens het wijkteam: [[person:Bianca Kramer]], <<role:casusregisseur>>, [[email:bianca.kramer@denhaag.nl]]
Dossier: [[dossier:SWT-LAA-2024-0233]]
""",
    ),
    (
        "formal",
        """
<<org:Vestia>> – Vroegsignalering huurachterstand

Aan: <<org:Sociaal Wijkteam>> <<wijk:Bouwlust>> / Vroeg Eropaf
Datum signaal: [[date:do 2 mei 2024]]

Huurder(s): [[person:Hüseyin Kılıç]] en [[person:Büşra Kılıç-Aksoy]]
Adres: [[address:Zuidlarenstraat 87]], [[postcode:2545 VD]]
Huurcontractnummer: [[dossier:VE-0114-887-21]]
Telefoon: [[phone:0031 6 4019 2281]]
E-mail: [[email:huseyin.kilic@outlook.com]]

Achterstand: 2 maanden (€ 1.396,40). Eerste herinnering verstuurd [[date:8 april]], tweede [[date:22 april]]. Geen reactie. Laatste betaling ontvangen van [[iban:{IBAN:INGB}]] op [[date:28 februari 2024]].

Medewerker incasso: [[person:Wendy van Beek]], [[phone:088-4431 275]]
""",
    ),
]

DOCS += [
    (
        "formal",
        """
Aan de Rechtbank Den Haag, team Kanton (bewindzaken)

Verzoek tot instelling beschermingsbewind
Verzoeker: mevrouw [[person:Shanti Kalloe]], dochter van betrokkene
Adres verzoeker: [[address:Jan Luijkenlaan 12]], [[postcode:2282 KB]] Rijswijk; tel. [[phone:06-1212 9087]]

Betrokkene: de heer [[person:Radjesh Kalloe]], geboren [[date:22 juni 1951]] te Paramaribo
Adres: [[address:Zichtenburglaan 301]], [[postcode:2544 EB]] Den Haag
BSN: [[bsn:{BSN:dots}]]

Voorgestelde bewindvoerder: <<org:Haags Bewindbureau>>, de heer [[person:T. Evers]]

Toelichting: mijn vader heeft sinds zijn herseninfarct in 2023 moeite zijn geldzaken te overzien. Er zijn schulden ontstaan bij de energieleverancier en de zorgverzekeraar. Zijn <<role:casemanager dementie>>, mevrouw [[person:Sunita Jagesar]], ondersteunt dit verzoek (zie bijlage, verklaring van [[date:3-5-2024]]). Zijn inkomen (AOW en pensioen) komt binnen op [[iban:{IBAN:RBRB:spaced}]].

Den Haag, [[date:10 mei 2024]]
[[person:S. Kalloe]]
""",
    ),
    (
        "formal",
        """
Incidentrapportage nachtopvang – <<org:Leger des Heils>>, locatie <<wijk:Centrum>>
Datum: [[date:zo 12-05-2024]]   Tijd: 02.40 uur   Kamer: 1.17
Rapporteur: [[person:Kevin Kramer]] (<<role:nachtdienst>>), tweede dienst: [[person:Mohamed Ouchan]]

Betrokken gast: [[person:Dariusz Zieliński]], gastnummer [[dossier:LDH-55817]]
Andere betrokkene: [[person:Ion Dumitru]], gastnummer [[dossier:LDH-55902]]

Omschrijving: Er ontstond ruzie tussen dhr. [[person:Zieliński]] en dhr. [[person:Dumitru]] over een telefoonlader. Dhr. [[person:Zieliński]] was onder invloed (alcohol). Na 10 minuten de-escaleren is hij op eigen verzoek naar buiten gegaan; om 03.15 uur teruggekomen en gaan slapen. Geen letsel.

Vervolg: gesprek met <<role:trajectbegeleider>> [[person:Femke Gerritsen]] op [[date:ma 13/5]]. Dhr. [[person:Dumitru]] wil aangifte doen van bedreiging; zijn contactpersoon bij <<org:Barka>> is [[person:Andreea]] ([[phone:+40 723 456 789]]).
""",
    ),
    (
        "formal",
        """
From: [[person:James Brown]] <[[email:jbrown.thehague@gmail.com]]>
Sent: [[date:Monday 6 May 2024]] 19:22
To: [[email:info@wijkteam-scheveningen.nl]]
Subject: help for my neighbour

Dear Sir/Madam,

I live next door to Mrs [[person:Heike Schneider]] at [[address:Gevers Deynootweg 88]], [[postcode:2586 BS]]. She is German, 79 years old, and since her fall on [[date:April 20]] she hardly leaves the house. Her son [[person:Klaus]] lives in Hamburg ([[phone:+49 40 3344 5566]]). Could someone from your team visit her? She prefers to speak German or English.

Kind regards,
[[person:James Brown]]
[[phone:+31 6 8123 4590]]

---
Van: [[person:Annelies Wolters]] <[[email:a.wolters@denhaag.nl]]>
Verzonden: [[date:7 mei 2024]] 10:01
Aan: [[person:James Brown]]
Onderwerp: RE: help for my neighbour

Dear Mr [[person:Brown]], thank you for your message. Our <<role:ouderenconsulent>> [[person:Julien Moreau]] speaks German and will call Mrs [[person:Schneider]] this week. Best regards, [[person:Annelies Wolters]], <<org:Sociaal Wijkteam>> <<wijk:Scheveningen>>
""",
    ),
    (
        "formal",
        """
Verslag netwerkberaad familie [[person:Appiah]] / [[person:Boateng]]
Datum: [[date:zaterdag 27 april 2024]], 11.00 uur, buurthuis De Mussen, [[address:Hobbemastraat 98]]
Dossier: [[dossier:CJG-19-3310]]
Coördinator: [[person:Mariska Pronk]] (onafhankelijk)

Aanwezig vanuit het netwerk:
- [[person:Kofi Appiah]] (vader) en [[person:Abena Boateng]] (moeder)
- [[person:Nana Ama Boateng]] (oma van moederskant)
- [[person:Yaw Agyeman]] (oom) en zijn vrouw [[person:Gifty]]
- buurvrouw [[person:Petra Zwart]]
- <<role:jeugdverpleegkundige>> [[person:Lotte van Vliet]] (<<org:CJG>>), alleen bij het eerste deel

Vraag van het gezin: hoe zorgen we dat [[person:Kwame]] (7) en [[person:Akua]] (4) veilig thuis kunnen blijven nu vader 's nachts werkt en moeder herstelt van een operatie?

Plan (door de familie zelf gemaakt):
- Oma [[person:Nana Ama]] brengt de kinderen op ma, wo en vr naar school; [[person:Petra]] op di en do.
- [[person:Yaw]] komt op zaterdag koken en doet de boodschappen.
- [[person:Gifty]] helpt moeder met het aanvragen van kinderopvangtoeslag.
- Bij zorgen belt iedereen eerst [[person:Kofi]] ([[phone:06-2929 4401]]) en daarna [[person:Lotte]].

Evaluatie met de hele groep: [[date:za 8 juni]].
""",
    ),
]

DOCS += [
    (
        "formal",
        """
Overdrachtsdocument <<org:Sociaal Wijkteam>> → <<org:Parnassia>> (FACT-team <<wijk:Moerwijk>>)

Cliënt: [[person:Nguyen Van Duc]] (roepnaam [[person:Duc]]), geb. [[date:19-03-1976]]
Adres: [[address:Vlierboomstraat 512]], [[postcode:2564 JH]]; telefoon [[phone:070 444 12 98]]
Relevante personen: zus [[person:Nguyen Thi Huong]] ([[phone:06-1577 3032]]), buurman [[person:Hans Kuiper]]

Korte voorgeschiedenis: dhr. [[person:Nguyen]] kwam in 1980 als bootvluchteling naar Nederland. Sinds het overlijden van zijn moeder in 2021 isoleert hij zich, hoort hij stemmen en heeft hij zijn woning laten vervuilen. Zijn zus [[person:Huong]] komt wekelijks eten brengen. In januari is met hulp van de <<role:wijkagent>> een crisisopname voorkomen.

Lopende zaken: schuldhulptraject ([[dossier:SHV-2023-1904]]), budgetbeheer via <<org:Kredietbank>>, rekening [[iban:{IBAN:ASNB:spaced}]].

Met vriendelijke groet,

[[person:Marloes Kaptein]]
<<role:Casusregisseur>> | <<org:Sociaal Wijkteam>> <<wijk:Moerwijk>>
[[address:Zuiderparklaan 300]] | [[postcode:2533 BE]] Den Haag
M [[phone:06 83 10 22 47]] | [[email:marloes.kaptein@denhaag.nl]]
Werkdagen: ma t/m do
""",
    ),
    (
        "formal",
        """
Van: [[person:Tessa Meijer]] <[[email:tessa.meijer@mooiwelzijn.nl]]>
Verzonden: [[date:woensdag 22 mei 2024]] 14:26
Aan: [[person:Omar Haddou]] <[[email:o.haddou@denhaag.nl]]>
CC: [[person:Jasmijn Kok]] <[[email:jasmijn.kok@mooiwelzijn.nl]]>
Onderwerp: FW: vraag mw [[person:Tran]]

Hoi [[person:Omar]],

Zie onderstaande mail. Mevrouw [[person:Tran Thi Lan]] komt al jaren bij ons naaicafé. Kun jij contact met haar opnemen? Ze heeft toestemming gegeven. Haar dochter [[person:Linh]] tolkt.

Groetjes,
[[person:Tessa]]

[[person:Tessa Meijer]] | <<role:opbouwwerker>> | <<org:Stichting MOOI>>
[[phone:06-4302 9918]]

---------- Forwarded message ---------
Van: [[person:Linh Tran]] <[[email:linh.tran.02@gmail.com]]>
Date: [[date:di 21 mei 2024]] om 20:11
Subject: vraag mw [[person:Tran]]
To: [[email:tessa.meijer@mooiwelzijn.nl]]

Beste [[person:Tessa]], mijn moeder heeft een brief gekregen dat haar huurtoeslag stopt per [[date:1 juli]]. Zij begrijpt niet waarom. Kunt u helpen? Haar adres is [[address:Kamperfoeliestraat 14-C]], [[postcode:2564 RB]]. Dank u wel, [[person:Linh]]
""",
    ),
]


# =========================================================================== 30 case lessons
DOCS += [
    (
        "lesson",
        """
Casus
[[person:Fatima Zahra Ouali]] (42) woont met haar drie kinderen in de <<wijk:Schilderswijk>>. Na de scheiding van [[person:Rachid Ouali]] bleef ze achter met een huurschuld van € 3.800. [[person:Fatima]] spreekt goed Nederlands maar schaamt zich om hulp te vragen; haar zus [[person:Hafsa]] belde uiteindelijk het <<org:Sociaal Wijkteam>>.

Hulpvraag
"Ik wil niet dat mijn kinderen op straat komen te staan." Mevrouw [[person:Ouali]] had een brief van de deurwaarder (kenmerk [[dossier:2024/DW/4471]]) met een ontruimingsdatum: [[date:14 juni 2024]].

Interventie
<<role:Schuldhulpverlener>> [[person:Bas Verhoeven]] nam op [[date:27 mei]] contact op met <<org:Haagwonen>>. Er kwam een betalingsregeling; de huur wordt voortaan automatisch afgeschreven van [[iban:{IBAN:INGB:spaced}]]. [[person:Fatima]]'s oudste, [[person:Soufiane]] (17), kreeg via <<org:Zebra>> een bijbaan.

Resultaat
De ontruiming werd opgeschort. Na 6 maanden is de achterstand 60% lager.

Geleerde les
Schaamte is vaak de grootste drempel. Via [[person:Hafsa]] kwamen we binnen; betrek familie vroeg, ook als de cliënt dat eerst niet wil.
""",
    ),
    (
        "lesson",
        """
Aanleiding
In het voorjaar van 2023 kregen we drie meldingen over de heer [[person:Kees Dekker]] (67) van de [[address:Fahrenheitstraat 412]]: geluidsoverlast, stank en een brandje op het balkon. Buurvrouw [[person:Els de Groot]] belde de <<role:wijkagent>>, [[person:Sanne Lam]].

Aanpak
We gingen met z'n tweeën op huisbezoek: <<role:wijkverpleegkundige>> [[person:Femke Vos]] en ik. Meneer [[person:Dekker]] bleek fors te drinken sinds zijn vrouw [[person:Truus]] was overleden. Zijn zoon [[person:Jeroen Dekker]] woont in Groningen ([[phone:06-18 27 36 45]]) en wist van niets. Bij de aanvraag van bijzondere bijstand bleek zijn BSN ([[bsn:{BSN}]]) nog gekoppeld aan een oud briefadres.

Wat werkte
- Kleine stappen: eerst de kat naar de dierenarts, daarna pas over drank praten.
- Een vaste dag: elke dinsdag om 10.00 uur.
- [[person:Kees]]' oude voetbalvriend [[person:Wim Bakker]] erbij halen.

Wat niet
Een brief sturen met een afspraak; die werd niet geopend. Ook de aanmelding bij <<org:Brijder>> via zijn mailadres ([[email:kdekker1956@kpnplanet.nl]]) liep op niets uit.

Tip voor collega's
Zoek de ene persoon die de cliënt nog vertrouwt. Bij meneer [[person:Dekker]] was dat niet de familie, maar [[person:Wim]].
""",
    ),
    (
        "lesson",
        """
Situatie: [[person:Agnieszka Kamińska]] (31) werkte via een uitzendbureau in het Westland en woonde met 7 landgenoten in een woning aan de [[address:Vaillantlaan 14]] ([[postcode:2526 HR]]). Na een bedrijfsongeval op [[date:3 februari 2024]] verloor zij werk én woning.
Taak: als <<role:maatschappelijk werker>> van het <<org:Sociaal Wijkteam>> <<wijk:Transvaal>> moest ik zorgen voor onderdak en inkomen.
Actie: samen met [[person:Marek Kowalczyk]] van <<org:Barka>> regelde ik een tijdelijke plek. Haar BSN ([[bsn:{BSN:spaces}]]) bleek nog op het adres van het uitzendbureau ingeschreven; dat lieten we corrigeren. Het loon van haar laatste maand was nooit uitbetaald; de vakbond diende een claim in.
Resultaat: [[person:Agnieszka]] woont nu bij haar nicht [[person:Ola]] in Rijswijk en werkt bij een ander bedrijf. Het achterstallige loon (€ 1.840) is gestort op [[iban:{IBAN:KNAB}]].
Reflectie: arbeidsmigranten vallen tussen wal en schip. Zonder [[person:Marek]]'s netwerk hadden we haar niet bereikt.
""",
    ),
    (
        "lesson",
        """
Tijdlijn casus "[[person:Mei]]" – een jonge mantelzorger

- [[date:5 september 2023]]: de <<role:intern begeleider>> meldt dat [[person:Mei Lin Huang]] (14) vaak afwezig is.
- [[date:12-09-2023]]: huisbezoek. Moeder [[person:Huang Li]] heeft MS; vader [[person:Huang Wei]] werkt 60 uur per week in het restaurant.
- oktober 2023: [[person:Mei]] krijgt een maatje via <<org:Humanitas>>: [[person:Annelot Smit]].
- [[date:20 november 2023]]: huishoudelijke hulp toegekend ([[dossier:WMO-2023-49112]]). De mantelzorgwaardering (€ 200) gaat naar de rekening van vader, [[iban:{IBAN:ABNA:spaced}]].
- januari 2024: [[person:Mei]] is weer elke dag op school.

Les: vraag bij elk verzuim van een tiener ook naar de zorg thuis. [[person:Mei]] noemde zichzelf geen mantelzorger; ze 'hielp gewoon mama'.
""",
    ),
    (
        "lesson",
        """
Wie? De familie [[person:Osman]]: moeder [[person:Hamdi Osman]] (38) en vijf kinderen, sinds 2019 in <<wijk:Laak>>. Vader [[person:Liban Dirie]] woont in Birmingham.
Wat speelde er? De twee oudsten, [[person:Ifrah]] (16) en [[person:Abdirahman]] (14), werden op school gepest om hun hoofddoek en hun accent. [[person:Abdirahman]] vocht terug en werd geschorst.
Wie deden mee? <<role:Jeugdconsulent>> [[person:Niels Kramer]] (<<org:CJG>>), de mentor van [[person:Ifrah]], mevrouw [[person:Schipper]], en de sleutelpersoon uit de Somalische gemeenschap, [[person:Ayaan Hassan]].
Hoe? [[person:Ayaan]] legde aan moeder uit wat een schorsing betekent en ging mee naar school. De school organiseerde een gesprek in de klas.
Wat leverde het op? [[person:Abdirahman]] is terug op school; de pesterijen zijn minder. Moeder durft nu zelf de mentor te mailen ([[email:hamdi.osman85@gmail.com]]).
Wat leren we? Een sleutelpersoon is geen tolk: [[person:Ayaan]] bouwde een brug die wij niet konden bouwen. Registratie: [[dossier:CJG-2023-5528]].
""",
    ),
    (
        "lesson",
        """
Achtergrond
Meneer [[person:Abdullahi]] ([[person:Mohamed Abdullahi]], 55) kwam bij ons via de <<org:Voedselbank>>. Hij woont alleen op [[address:Kraijenhoffstraat 35-B]], [[postcode:2515 HV]], en heeft sinds een jaar geen inkomen. Zijn dochter [[person:Hodan]] studeert in Amsterdam.

Wat hebben we gedaan?
Samen met <<role:klantmanager>> [[person:Jolanda de Vries]] van <<org:Servicepunt XL>> hebben we de bijstandsaanvraag in één middag gedaan, op [[date:ma 15 januari]]. Het bleek dat zijn uitkering was gestopt omdat post naar een oud adres ging. Zijn IBAN ([[iban:{IBAN:INGB}]]) en BSN ([[bsn:{BSN:dots}]]) stonden verkeerd in het systeem van de zorgverzekeraar, waardoor hij ook daar een achterstand opbouwde.

Wat leren we?
- Eén middag samen aan tafel scheelt weken mailen.
- Check altijd het briefadres in de BRP.
- [[person:Jolanda]] heeft een vaste 'warme lijn' opgezet; collega's kunnen haar bereiken via [[email:j.devries@servicepuntxl.nl]].
""",
    ),
    (
        "lesson",
        """
Casus: "ik wil gewoon rust"
[[person:Desiree Linger]] (29) en haar vriend [[person:Glenn Wijngaarde]] (34) wonen met hun zoontje [[person:Milan]] (2) op [[address:Soestdijksekade 240a]]. Na een melding van de buren (harde ruzies, gegil) kwam <<org:Veilig Thuis>> in beeld; zaaknummer [[dossier:VT-2023-8841]].

Hulpvraag
[[person:Desiree]]: "Ik wil gewoon rust in huis." [[person:Glenn]]: "Ik wil mijn zoon niet kwijt."

Interventie
We kozen voor een systeemgerichte aanpak met de <<role:gezinscoach>> [[person:Maaike Hendriks]]. Tegelijk kreeg [[person:Glenn]] een agressieregulatietraining. Oma [[person:Gracia Linger]] (moeder van [[person:Desiree]]) werd oppas op vaste momenten, zodat de ouders tijd kregen voor hun eigen afspraken.

Resultaat
Na 9 maanden geen nieuwe meldingen. [[person:Milan]] gaat naar de peuterspeelzaal.

Geleerde les
Beide ouders serieus nemen. Toen [[person:Glenn]] merkte dat we niet 'tegen hem' waren, ging de deur open.
""",
    ),
    (
        "lesson",
        """
Aanleiding
Via de <<role:huisarts>> (dokter [[person:Ghebreyesus]]) werd [[person:Mebrahtu Woldu]] (24) aangemeld. Hij is in 2022 als alleenstaande minderjarige naar Nederland gekomen en woont nu zelfstandig op [[address:Boekhorststraat 64 II]]. Hij sliep slecht, at nauwelijks en had een stapel ongeopende post.

Aanpak
<<role:Maatschappelijk begeleider>> [[person:Selam Habte]] (zelf ook Eritrees) ging met hem in gesprek. Samen openden ze de post: een boete van het <<org:CJIB>> (beschikkingsnummer [[dossier:2024008811234577]]) en een aanmaning van de zorgverzekeraar.

Wat werkte
[[person:Selam]] sprak Tigrinya en kende de culturele schaamte rond 'hulp vragen'. [[person:Mebrahtu]] noemde haar 'zus'.

Wat niet
Doorverwijzen naar de <<org:GGZ>>: wachtlijst van 5 maanden en een intake in het Nederlands.

Tip voor collega's
Zet ervaringsdeskundigen en landgenoten in. En: vraag niet alleen naar geld, maar ook naar familie in Eritrea en Ethiopië; [[person:Mebrahtu]] maakte zich vooral zorgen om zijn moeder [[person:Letteberhan]] en broertje [[person:Robel]].
""",
    ),
    (
        "lesson",
        """
Situatie
De heer [[person:Hans-Peter Müller]] (71), Duitser, woont sinds 1998 in <<wijk:Duindorp>>, [[address:Pluvierstraat 301]], [[postcode:2583 RN]]. Na het overlijden van zijn partner [[person:Gerrit Haverkamp]] raakte hij in een isolement. De buurman, [[person:Roy Koeiman]], belde ons.

Wat deden we?
- Eerst contact gelegd via [[person:Roy]]; daarna zelf op de koffie.
- Meneer [[person:Müller]] bleek ook een hoge energierekening te hebben; de <<role:energiecoach>> van <<org:Stichting MOOI>> kwam langs.
- Aanmelding bij de <<org:Zilverlijn>>; een vrijwilliger, [[person:Carla Meijer]], belt hem elke vrijdag.

Resultaat
Meneer gaat weer naar de biljartclub en eet 1x per week mee in het wijkrestaurant.

Les
Buren zien het eerst. Maak het voor hen makkelijk om te melden: [[person:Roy]] had ons nummer van een flyer.
""",
    ),
    (
        "lesson",
        """
CASUS – "de sleutel van [[person:Roos]]"

[[person:Roos Sterk]] (19) stroomde op [[date:1 maart 2024]] uit de jeugdzorg. Ze kreeg een kamer op [[address:Prinsegracht 101-3]] maar had geen inkomen, geen zorgverzekering en geen bankrekening. Haar moeder [[person:Ingrid Sterk]] woont in Zoetermeer; contact is er nauwelijks. Haar oude voogd, [[person:Bart Hoogland]] (<<org:Jeugdbescherming West>>), bleef op afstand betrokken.

Wat we deden
De <<role:jongerencoach>>, [[person:Ivo Kok]], maakte met [[person:Roos]] een 'startpakket': bankrekening openen ([[iban:{IBAN:BUNQ:spaced}]]), zorgverzekering afsluiten, bijstand aanvragen onder nummer [[dossier:XL-2024-10984]]. Het BSN van [[person:Roos]] ([[bsn:{BSN:spaces}]]) stond nog op het adres van de leefgroep.

Wat niet werkte
Alles tegelijk. In week 2 liep [[person:Roos]] vast en zei ze drie afspraken af.

Geleerde les
Begin een half jaar vóór de 18e verjaardag met het startpakket. [[person:Roos]] zei later: "Ik had één persoon nodig, niet vijf."
""",
    ),
]

DOCS += [
    (
        "lesson",
        """
Aanleiding
Mevrouw [[person:Ramona Statia]] (46) belde in paniek: haar stroom zou op [[date:vrijdag 9 februari]] worden afgesloten. Ze woont met haar kleinkinderen [[person:Jeremy]] (8) en [[person:Naysha]] (5) op [[address:Hendrik Zwaardecroonstraat 77]], [[postcode:2593 XR]]. De moeder van de kinderen, [[person:Sharlon Statia]], zit in detentie.

Aanpak
Dezelfde dag belde <<role:casusregisseur>> [[person:Anouk Visser]] met de energieleverancier (klantnummer [[dossier:500713826]]). Er kwam uitstel van afsluiting in ruil voor een regeling. Voor de kinderen werd via het <<org:CJG>> pleegzorgvergoeding aangevraagd; oma had daar nooit van gehoord.

Wat werkte
Direct handelen en daarna pas het grote verhaal ophalen.

Wat niet
Mevrouw kreeg in één week vier verschillende hulpverleners aan de deur. Ze zei: "Ik weet niet meer wie wie is."

Tip voor collega's
Spreek af wie het gezicht naar de familie is. Bij mevrouw [[person:Statia]] werd dat [[person:Anouk]]; haar nummer ([[phone:06-42 37 19 80]]) hangt nu op de koelkast.
""",
    ),
    (
        "lesson",
        """
Casus
Het gezin [[person:Rahimi]] (vader [[person:Jawad]], moeder [[person:Shabnam]], kinderen [[person:Sohrab]] 12 en [[person:Parwana]] 9) kwam in 2022 uit Afghanistan via de evacuatie. Ze kregen een huis op [[address:Loosduinsekade 18 III]]. Vader was in Kabul tolk voor het Nederlandse leger.

Hulpvraag
Vader wil werken; moeder wil Nederlands leren maar heeft nooit op school gezeten.

Interventie
- Inburgering via <<org:Vluchtelingenwerk>>; taalmaatje [[person:Eveline Bosch]] voor moeder.
- [[person:Jawad]] kreeg een werkervaringsplek bij <<org:UWV>> als tolk-assistent.
- De kinderen gaan naar de sportclub via het <<org:Jeugdfonds>>; de aanvraag werd op [[date:14-09-2023]] goedgekeurd.

Resultaat
Vader heeft sinds [[date:1 januari 2024]] een contract. Moeder haalde haar A1-certificaat. Het kindgebonden budget komt nu binnen op [[iban:{IBAN:RABO:spaced}]].

Geleerde les
Vraag naar wat mensen kunnen, niet alleen naar wat ze missen. [[person:Jawad]]'s talenkennis was goud waard.
""",
    ),
    (
        "lesson",
        """
Wat was er aan de hand?
[[person:Tomasz Wiśniewski]] (44) werd op [[date:18 december 2023]] bewusteloos gevonden in het portiek van [[address:Delftselaan 87]] door de <<role:straatcoach>>. Na opname in het <<org:HMC>> bleek hij dakloos, zonder papieren en met een ernstige alcoholverslaving. Zijn broer [[person:Jacek]] woont in Gdańsk.

Wat hebben we gedaan?
<<org:Straathoekwerk>> ([[person:Fenna Post]]) en de <<org:GGD>> regelden een plek in de winteropvang. Via het consulaat kreeg hij een nieuw paspoort; zijn BSN ([[bsn:{BSN:dots3}]]) werd opnieuw geactiveerd. [[person:Jacek]] kon via videobellen meepraten.

Wat leren we?
Vraag altijd naar familie in het land van herkomst. Voor [[person:Tomasz]] was terugkeer naar Polen uiteindelijk de beste optie: hij woont nu bij [[person:Jacek]].
""",
    ),
    (
        "lesson",
        """
Titel: Samen met de moskee

Situatie: in de wijk <<wijk:Transvaal>> zagen we weinig aanmeldingen van ouderen met een Turkse achtergrond, terwijl de eenzaamheid groot is. Mevrouw [[person:Ayşe Güneş]] (82), weduwe, woont alleen op [[address:Van Ravesteynstraat 11]]. Haar zoon [[person:Mehmet]] woont in Duitsland.

Aanpak: de <<role:ouderenconsulent>> [[person:Derya Aksoy]] ging met de imam, hodja [[person:Yıldız]], in gesprek. Er kwam een koffieochtend op vrijdag na het gebed. Daar ontmoetten we mevrouw [[person:Güneş]] en vijf andere vrouwen.

Resultaat: mevrouw [[person:Güneş]] kreeg een alarmeringssysteem en huishoudelijke hulp (beschikking [[dossier:WMO-2024-03391]]). Haar buurvrouw [[person:Hatice Erdoğan]] kijkt elke dag even.

Les: werk via de plekken waar mensen al komen. En: [[person:Derya]] sprak Turks; zonder haar was dit niet gelukt.
""",
    ),
    (
        "lesson",
        """
Casus
[[person:Jan de Wit]] (58) en [[person:Ans de Wit-Kuiper]] (55) waren 30 jaar getrouwd toen [[person:Jan]] de diagnose Alzheimer kreeg. [[person:Ans]] werkt fulltime bij een bank en zorgt daarnaast voor [[person:Jan]] en haar moeder, mevrouw [[person:Kuiper]] (86). Ze wonen op [[address:Oostduinlaan 50]], [[postcode:2596 JN]].

Hulpvraag
[[person:Ans]]: "Ik ben op. Maar [[person:Jan]] mag niet naar een verpleeghuis."

Interventie
<<role:Casemanager dementie>> [[person:Thea Brouwer]] regelde dagbesteding 3 dagen per week. Dochter [[person:Lieke]] neemt de zaterdag. Mantelzorgmakelaar [[person:Robin Timmer]] hielp met de aanvraag van een persoonsgebonden budget (pgb); het pgb wordt uitbetaald door de <<org:SVB>> op [[iban:{IBAN:TRIO}]].

Resultaat
[[person:Ans]] werkt nu 28 uur. Het thuis wonen houdt het naar verwachting nog een jaar vol.

Geleerde les
Kijk naar de mantelzorger als cliënt. [[person:Ans]]'s eigen <<role:huisarts>> wist niet hoe zwaar zij het had.
""",
    ),
    (
        "lesson",
        """
Aanleiding
Een anonieme melding (via [[email:meldpunt.wijk@denhaag.nl]]) over 'kinderen die steeds alleen thuis zijn' in een flat aan de [[address:Melis Stokelaan 2034]]. Het bleek te gaan om de kinderen van [[person:Mariana Constantin]] (33): [[person:Bianca]] (10), [[person:Luca]] (7) en [[person:Alexia]] (3).

Aanpak
<<role:Jeugdverpleegkundige>> [[person:Yara de Bruin]] ging op [[date:di 16/1]] langs. Moeder werkt 's nachts in een distributiecentrum; [[person:Bianca]] zorgt dan voor haar broertje en zusje. Vader [[person:Adrian]] is terug naar Roemenië. We regelden buitenschoolse opvang en een aanvraag kinderopvangtoeslag; het BSN van moeder ([[bsn:{BSN}]]) en van de kinderen moest eerst worden achterhaald.

Wat werkte
Niet oordelen. Moeder deed wat ze kon.

Wat niet
De eerste brief in het Nederlands. Pas met een Roemeense tolk ([[person:Gabriela Moldovan]]) kwam het gesprek op gang.

Tip voor collega's
Een melding over 'verwaarlozing' is soms vooral een melding over armoede.
""",
    ),
    (
        "lesson",
        """
Situatie
Op [[date:29-02-2024]] belde <<org:Staedion>>: de heer [[person:Errol Amatmoekrim]] (61), [[address:Dr. Schaepmanstraat 5]] ([[postcode:2563 LX]]), had 5 maanden geen huur betaald (€ 3.260). Hij nam de telefoon niet op.

Taak
Voorkomen dat meneer op straat komt, en begrijpen waarom hij niet meer betaalde.

Actie
Samen met huismeester [[person:Ricky Fraai]] stonden we op de stoep. Meneer bleek een beroerte te hebben gehad en kon niet meer goed praten. Zijn nicht [[person:Marcia Kross]] ([[phone:06-1508 3344]]) wist er niets van. De <<role:wijkverpleegkundige>> [[person:Sandra Blom]] kwam dezelfde middag.

Resultaat
Een bewindvoerder werd aangesteld (zaak [[dossier:C/09/661204]]). De huur loopt via de beheerrekening [[iban:{IBAN:ABNA}]].

Reflectie
Achter een huurachterstand zit soms een medisch probleem. Eerst kijken, dan pas incasso.
""",
    ),
    (
        "lesson",
        """
Casus [[person:Storm]] en [[person:Vlinder]] – twee kinderen, één vechtscheiding

De ouders, [[person:Merel Brouwer]] en [[person:Stijn de Haan]], liggen al drie jaar in een juridische strijd. De kinderen, [[person:Storm]] (9) en [[person:Vlinder]] (6), worden heen en weer geschoven tussen <<wijk:Ypenburg>> en Delft. School meldde dat [[person:Storm]] agressief werd.

Wat deden we?
We zetten een 'Kinderen uit de knel'-groep in met <<role:gezinstherapeut>> [[person:Jasper Willemsen]]. Opa [[person:Ton Brouwer]] was voor beide ouders acceptabel als tussenpersoon bij de wissels.

Wat werkte
De kinderen tekenden hoe zij de scheiding zagen. [[person:Stijn]] huilde toen hij de tekening van [[person:Vlinder]] zag.

Wat niet
Advocaten die tussendoor nieuwe procedures startten (zaaknummer [[dossier:C/09/648812/FA RK 23-4411]]).

Tip
Betrek de grootouders als neutrale plek. En zeg het hardop als de kinderen klem zitten.
""",
    ),
    (
        "lesson",
        """
Aanleiding: [[person:Joseph Mensah]] (72) kwam in de jaren '80 uit Ghana en werkte 35 jaar in de haven. Door een gat in zijn AOW-opbouw (hij was pas op zijn 30e in Nederland) houdt hij maandelijks te weinig over. Hij stuurt ook geld naar zijn zus [[person:Adwoa]] in Kumasi.

Aanpak: <<role:sociaal raadsman>> [[person:Pieter Kaptein]] van de <<org:Sociaal Raadslieden>> hielp met de aanvraag AIO-aanvulling bij de <<org:SVB>>. Meneer [[person:Mensah]]'s kerk (pastor [[person:Owusu-Ansah]]) hielp met vervoer naar het kantoor.

Wat werkte: het gesprek in de kerk, waar [[person:Joseph]] zich veilig voelt.
Wat niet: het digitale formulier; hij heeft geen DigiD-app.

Resultaat: meneer ontvangt sinds [[date:1-4-2024]] € 310 per maand extra op [[iban:{IBAN:INGB:spaced}]].

Tip voor collega's: vraag ouderen met een migratieachtergrond naar hun AOW-gat; veel mensen weten niet dat de AIO bestaat.
""",
    ),
    (
        "lesson",
        """
CASUS
Meneer [[person:Vink]] (roepnaam [[person:Wil]]) is 49, woont alleen in een portiekflat op [[address:Erasmusweg 801-d]] en verzamelt spullen. Zijn zus, [[person:Mieke Vink]], belde ons op [[date:10 oktober 2023]]: "Het loopt uit de hand." Er was een brandgevaarlijke situatie en <<org:Haagwonen>> dreigde met ontbinding van het huurcontract (dossier [[dossier:HW-2023-11879]]).

HULPVRAAG
[[person:Wil]] zelf had geen hulpvraag. [[person:Mieke]] wel.

INTERVENTIE
We startten met de methode 'Onder de Pannen'. <<role:Hoarding-specialist>> [[person:Oscar Lambrechts]] ging zes keer langs; [[person:Wil]] mocht bij elke spullenronde zelf kiezen wat weg mocht. Neef [[person:Tim]] hielp met de aanhanger.

RESULTAAT
Na 4 maanden voldeed de woning aan de brandveiligheidseisen. Het huurcontract bleef.

GELEERDE LES
Regie bij de cliënt laten, ook als het langzaam gaat. Een 'grote schoonmaak' zonder [[person:Wil]] was eerder al mislukt.
""",
    ),
]

DOCS += [
    (
        "lesson",
        """
Probleem
De familie [[person:Dimitrov]] ([[person:Asen]] en [[person:Radka]], kinderen [[person:Boyan]] 11 en [[person:Ralitsa]] 8) woonde in een overvolle benedenwoning aan de [[address:Rembrandtstraat 28 hs]] ([[postcode:2526 TL]]). De kinderen stonden niet ingeschreven op school; de leerplichtambtenaar vond ze pas na een tip van de buurvrouw, mevrouw [[person:Haddou]].

Wat we probeerden
Brieven, een uitnodiging op het stadsdeelkantoor, een boete. Niets werkte; de familie was bang voor 'de gemeente'.

Wat uiteindelijk werkte
Een Bulgaarssprekende <<role:brugfunctionaris>>, [[person:Nadya Stoyanova]], ging mee op huisbezoek. Zij legde uit dat inschrijving in de BRP ook recht geeft op zorgverzekering en toeslagen. Op [[date:6 maart 2024]] werden alle vier ingeschreven; het BSN van vader is [[bsn:{BSN:spaces}]]. [[person:Boyan]] en [[person:Ralitsa]] zitten nu in een schakelklas.

Les
Wantrouwen haal je niet weg met handhaving. Wel met iemand die de taal spreekt en blijft komen.
""",
    ),
    (
        "lesson",
        """
Casus
[[person:Shanaira Janga]] (20) is zwanger van haar tweede kind en woont bij haar moeder [[person:Edith Janga]] op [[address:Hoytemastraat 19-A]]. Haar eerste kind, [[person:Jaydeliz]] (2), heeft een ondertoezichtstelling. De vader, [[person:Jermaine Frans]], is niet in beeld.

Hulpvraag
[[person:Shanaira]] wil een eigen plek en 'laten zien dat ik een goede moeder ben'.

Interventie
- Aanmelding bij een moeder-kindhuis; intake op [[date:wo 21 februari]].
- Budgetcoaching door [[person:Noortje van Dam]] (<<org:Stichting MOOI>>); kinderbijslag en huurtoeslag voortaan op haar eigen rekening [[iban:{IBAN:RABO}]].
- Samenwerking met de <<role:jeugdbeschermer>>, [[person:Dewi Ramautar]], zodat de OTS-doelen en ons plan op elkaar aansluiten. BSN [[person:Shanaira]]: [[bsn:{BSN}]] (nodig voor de aanvraag urgentie).

Resultaat
[[person:Shanaira]] woont sinds juni met [[person:Jaydeliz]] in het moeder-kindhuis. Oma [[person:Edith]] is 'gewoon oma' geworden in plaats van opvoeder.

Geleerde les
Zie de ambitie van een jonge moeder als motor, niet als naïviteit.
""",
    ),
    (
        "lesson",
        """
Aanleiding
[[person:Karim Khalil]] (7) heeft een ernstige meervoudige beperking. Zijn ouders, [[person:Ammar]] en [[person:Dima Khalil]], kwamen in 2016 uit Aleppo en wonen op 3-hoog zonder lift ([[address:Copernicusplein 12]], [[postcode:2561 VD]]). [[person:Dima]] draagt [[person:Karim]] elke dag de trap op en af.

Aanpak
<<role:MEE-consulent>> [[person:Rasha Suleiman]] sprak Arabisch met de ouders en hielp bij de aanvraag voor een aangepaste woning (urgentie, [[dossier:URG-2023-1877]]) en logeeropvang. Zij regelde ook een pgb; de zorgverzekeraar betaalt uit op [[iban:{IBAN:INGB:spaced}]]. Het BSN van [[person:Karim]] ([[bsn:{BSN:dots}]]) bleek bij de zorgverzekeraar verkeerd gespeld genoteerd, waardoor declaraties vastliepen.

Wat werkte
Eén vaste contactpersoon die alles coördineerde: [[person:Rasha]].

Wat niet
De wachttijd voor een aangepaste woning: 14 maanden.

Tip voor collega's
Vraag naar de fysieke belasting van de ouders. [[person:Dima]] had rugklachten waar niemand naar had gevraagd.
""",
    ),
    (
        "lesson",
        """
S – [[person:Arie]] (79) en [[person:Corrie van Dijk]] (77) wonen al 50 jaar op [[address:Stuyvesantplein 4]] in <<wijk:Bouwlust>>. Hun zoon [[person:Marco van Dijk]] (48) woont weer bij hen in sinds zijn scheiding.
T – De <<role:wijkverpleegkundige>> [[person:Nicole Jansen]] merkte dat er geen eten in huis was, terwijl het echtpaar een redelijk pensioen heeft.
A – In een gesprek onder vier ogen vertelde mevrouw [[person:van Dijk]] dat [[person:Marco]] gokt en geld van hun rekening ([[iban:{IBAN:ABNA:spaced}]]) haalt. [[person:Nicole]] schakelde <<org:Veilig Thuis>> in voor advies (adviesnummer [[dossier:VT-ADV-24-0311]]). Samen met dochter [[person:Sandra]] werd een mentor gezocht; het BSN van meneer ([[bsn:{BSN}]]) en mevrouw ([[bsn:{BSN:spaces}]]) waren nodig voor het verzoek aan de kantonrechter.
R – Het geld is veilig; [[person:Marco]] is in behandeling bij <<org:Brijder>> voor zijn gokverslaving.
R – Financieel misbruik door een kind is voor ouders een enorme schaamte. [[person:Corrie]] zei: "Hij is toch mijn jongen."
""",
    ),
    (
        "lesson",
        """
Wie is de cliënt?
De heer [[person:Zhou Jianguo]] (roepnaam [[person:Jimmy]]), 56, eigenaar van een afhaalrestaurant aan de [[address:Weimarstraat 14]]. Zijn vrouw [[person:Lin Xiu]] werkt mee; hun dochter [[person:Emma Zhou]] (24) studeert rechten.

Wat was de vraag?
[[person:Emma]] mailde ons ([[email:emma.zhou@student.leidenuniv.nl]]): "Mijn vader werkt 80 uur per week en zegt dat hij niet meer kan slapen."

Wat hebben we gedaan?
Op [[date:13 maart]] gingen we met [[person:Emma]] als tolk op bezoek. Meneer [[person:Zhou]] had schulden bij de <<org:Belastingdienst>> (coronasteun terugbetalen) en schaamde zich tegenover de Chinese gemeenschap. Via het <<org:Ondernemersloket>> (contact: [[person:Martijn Scholten]]) kwam er een betalingsregeling; zijn BSN: [[bsn:{BSN:dots}]].

Wat leren we?
Zelfstandigen vallen vaak buiten ons zicht. En: [[person:Jimmy]] wilde niet naar de <<role:huisarts>> maar wel naar de Chinese arts in Rotterdam; zoek aansluiting bij wat iemand vertrouwt.
""",
    ),
    (
        "lesson",
        """
Tijdlijn – uitbuiting in een nagelsalon

[[date:8-1-2024]] – melding via de <<role:wijkagent>> [[person:Erik Schouten]]: een vrouw slaapt in de achterkamer van een nagelsalon aan de [[address:Paul Krugerlaan 102]].
[[date:10-1-2024]] – eerste gesprek met [[person:Hoang Thi Thu]] (26), samen met tolk [[person:Nguyen Minh]]. Zij werkt 7 dagen per week, haar paspoort ligt bij de eigenaar, [[person:Vo Thanh Tuan]].
[[date:11-1-2024]] – <<role:zorgcoördinator mensenhandel>> (<<org:CoMensha>>) ingeschakeld; opvangplek geregeld.
[[date:15 januari 2024]] – aangifte bij de politie, zaaknummer [[dossier:PL1500-2024009912]].
februari – mevrouw [[person:Hoang]] krijgt een B8-verblijfsvergunning; haar BSN wordt [[bsn:{BSN}]].

Les: signalen van uitbuiting zien er vaak uit als 'overlast' of 'woonfraude'. Dankzij de oplettendheid van [[person:Erik]] kwam [[person:Thu]] uit deze situatie.
""",
    ),
    (
        "lesson",
        """
Casus
[[person:Dylan Verbruggen]] (22) heeft een licht verstandelijke beperking en woont zelfstandig sinds zijn 20e. Zijn moeder [[person:Angelique Verbruggen]] meldde dat 'vrienden' van [[person:Dylan]] ([[person:Rowan]] en een zekere [[person:Mitchell]]) steeds bij hem slapen, zijn boodschappen opeten en zijn bankpas gebruiken.

Hulpvraag
Moeder: "Zorg dat hij die jongens kwijtraakt." [[person:Dylan]]: "Het zijn mijn vrienden."

Interventie
<<role:Ambulant begeleider>> [[person:Sjoerd Hoekstra]] (<<org:MEE>>) werkte met [[person:Dylan]] aan 'wie is een echte vriend'. Er kwam een tweede rekening ([[iban:{IBAN:SNSB:spaced}]]) met een daglimiet. De <<role:wijkagent>> sprak [[person:Mitchell]] aan.

Resultaat
[[person:Rowan]] komt nog, [[person:Mitchell]] niet meer. [[person:Dylan]] houdt geld over aan het eind van de maand.

Geleerde les
Verbied geen vriendschappen; help de cliënt zelf grenzen te trekken. [[person:Dylan]]'s vraag was niet eenzaam te zijn.
""",
    ),
    (
        "lesson",
        """
Achtergrond
De heer [[person:Mustapha Belhaj]] (68) heeft diabetes en hartfalen. Hij woont met zijn vrouw [[person:Zohra]] op [[address:Parallelweg 350-B]] ([[postcode:2525 ND]]). In de ramadan van 2023 werd hij twee keer opgenomen met een ontregelde suiker.

Wat hebben we gedaan?
<<role:Wijkverpleegkundige>> [[person:Souad El Ouardi]] ging samen met zoon [[person:Anouar]] in gesprek, vóór de ramadan van 2024. Samen met de <<role:huisarts>>, dokter [[person:Bakkali]], en de imam werd een plan gemaakt: aangepaste medicatie en de afspraak dat meneer niet vast op dagen dat zijn suiker te hoog is. Meneer [[person:Belhaj]] gaf toestemming zijn gegevens (BSN [[bsn:{BSN:spaces}]]) te delen met de diabetesverpleegkundige.

Wat leren we?
Gezondheidsvoorlichting werkt als je de religieuze context serieus neemt. Dankzij [[person:Souad]] en [[person:Anouar]] bleef meneer dit jaar thuis.
""",
    ),
    (
        "lesson",
        """
Aanleiding
[[person:Reshma Soekhai]] (34) kwam naar het inloopspreekuur met blauwe plekken. Ze woont met haar man [[person:Anil Soekhai]] en haar schoonmoeder [[person:Kamla]] op [[address:Beresteinlaan 615]]. Haar broer [[person:Sanjay Ramautar]] had haar aangespoord te komen.

Aanpak
De <<role:aandachtsfunctionaris huiselijk geweld>>, [[person:Marieke Wolff]], voerde met [[person:Reshma]] een veiligheidsgesprek. Er werd een melding gedaan bij <<org:Veilig Thuis>> ([[dossier:VT-2024-22019]]) en een plek in de vrouwenopvang geregeld. Haar salaris kwam binnen op een gezamenlijke rekening; we hielpen haar een eigen rekening te openen ([[iban:{IBAN:ASNB:spaced}]]).

Wat werkte
De rol van [[person:Sanjay]]: familie die aan haar kant stond.

Wat niet
Het eerste gesprek vond plaats met de schoonmoeder in de wachtkamer; [[person:Reshma]] durfde toen niets te zeggen.

Tip voor collega's
Vraag naar geweld door de schoonfamilie, niet alleen door de partner. En spreek altijd apart met de cliënt.
""",
    ),
    (
        "lesson",
        """
Aanleiding
[[person:Élodie Garnier]] (Frans) en [[person:Tom Whitfield]] (Brits) kwamen in 2021 voor werk naar Den Haag. Na het verlies van [[person:Tom]]'s baan bij een internationale organisatie verloren ze ook hun woning aan de [[address:Frederik Hendriklaan 220]]. Met zoon [[person:Lucas]] (5) sliepen ze in een hotel.

Aanpak
Engelstalige hulpverlening was schaars. <<role:Casusregisseur>> [[person:Hannah Evers]] nam de casus op; ze regelde een tijdelijke woning via een antikraakbureau en een aanvraag bijstand ([[dossier:XL-2024-22761]]). Het BSN van [[person:Élodie]] ([[bsn:{BSN}]]) was nog niet gekoppeld aan haar DigiD.

Wat werkte
Snel schakelen met [[person:Tom]]'s oud-werkgever voor een werkgeversverklaring.

Wat niet
De website van de gemeente: alles in het Nederlands.

Tip voor collega's
Expats zijn niet per se kansrijk. Wie geen netwerk heeft, valt even hard. Contact [[person:Hannah]]: [[email:hannah.evers@denhaag.nl]].
""",
    ),
]


# =========================================================================== main
def main(argv: list[str]) -> None:
    """Build, verify and write the corpus; print counts and review warnings."""
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("heldout11.jsonl")
    kinds = Counter(kind for kind, _ in DOCS)
    assert kinds == {"note": 40, "formal": 30, "lesson": 30}, kinds
    docs = build()
    warnings = check(docs)
    again = build()
    assert again == docs, "builder is not deterministic"
    with out.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    pii = Counter(s["label"] for d in docs for s in d["pii"])
    keep = Counter(s["label"] for d in docs for s in d["keep"])
    for label in sorted(PII_LABELS):
        assert pii[label] >= (400 if label == "person" else 30), (label, pii[label])
    first, sur, spans = variety(docs)
    print(f"wrote {len(docs)} documents to {out} ({dict(kinds)})")
    print("pii:", dict(sorted(pii.items())), "total", sum(pii.values()))
    print("keep:", dict(sorted(keep.items())), "total", sum(keep.values()))
    print(f"distinct first names {first}, surnames {sur}, person strings {spans}")
    print(f"{len(warnings)} review warnings (deliberate traps are listed here too):")
    for w in warnings:
        print("  ", w)


if __name__ == "__main__":
    main(sys.argv)
