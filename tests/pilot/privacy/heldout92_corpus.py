#!/usr/bin/env python3
"""Held-out test corpus 92: transcribed phone calls, dictated (speech-to-text) notes and voicemails
by care professionals and clients, mixed with typed notes. Writes heldout92.jsonl next to this script."""

# Helpers for heldout92_corpus.py: Dutch number words, generators and renderers
# for spoken / typed forms of personal data. Stdlib only, deterministic via rng.
import datetime

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
MONTHS_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sept", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WEEKDAYS_ABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
LETTER_NAMES = {
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
    "K": "kaa",
    "L": "el",
    "M": "em",
    "N": "en",
    "O": "oo",
    "P": "pee",
    "Q": "kuu",
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
SPELL_ALPHA = {
    "A": "Anton",
    "B": "Bernard",
    "C": "Cornelis",
    "D": "Dirk",
    "E": "Eduard",
    "F": "Ferdinand",
    "G": "Gerard",
    "H": "Hendrik",
    "I": "Izaak",
    "J": "Johan",
    "K": "Karel",
    "L": "Lodewijk",
    "M": "Marie",
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


def nw(n):
    """Dutch number words, 0..9999."""
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
        s = ("" if h == 1 else UNITS[h]) + "honderd"
        return s + (nw(r) if r else "")
    th, r = divmod(n, 1000)
    s = ("" if th == 1 else nw(th)) + "duizend"
    return s + (nw(r) if r else "")


def ordinal(n):
    special = {
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
    }
    if n in special:
        return special[n]
    if n < 20:
        return nw(n) + "de"
    return nw(n) + "ste"


def year_words(y, rng):
    if 1900 <= y < 2000:
        r = y - 1900
        return rng.choice(["negentienhonderd" + nw(r), "negentien " + nw(r), "negentien" + nw(r)])
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "tweeduizend"
        return rng.choice(["tweeduizend " + nw(r), "tweeduizend" + nw(r), "twintig " + nw(r)])
    return str(y)


def digit_words(s):
    return " ".join(UNITS[int(c)] for c in s)


def pair_words(s):
    """'0512' -> 'nul vijf, twaalf' style: pairs, leading zero said separately."""
    out = []
    for i in range(0, len(s), 2):
        p = s[i : i + 2]
        if len(p) == 1:
            out.append(UNITS[int(p)])
        elif p[0] == "0":
            out.append("nul " + UNITS[int(p[1])])
        else:
            out.append(nw(int(p)))
    return out


def hes(rng):
    return rng.choice(["eh", "eh,", "ehm", "uh", "eh...", "even kijken,", "hoor,"])


# ---------------------------------------------------------------- generators


def gen_bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0 and rng.random() < 0.8:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        d9 = s % 11
        if d9 <= 9:
            d.append(d9)
            v = "".join(map(str, d))
            assert bsn_ok(v)
            return v


def bsn_ok(v):
    d = [int(c) for c in v]
    return len(d) == 9 and (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


BANKS = [
    "INGB",
    "ABNA",
    "RABO",
    "SNSB",
    "TRIO",
    "ASNB",
    "KNAB",
    "BUNQ",
    "RBRB",
    "INGB",
    "ABNA",
    "RABO",
]


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return 98 - int(num) % 97


def gen_iban(rng):
    bank = rng.choice(BANKS)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    if bank == "INGB" and rng.random() < 0.6:
        acct = "000" + acct[3:]
    cd = iban_check("NL", bank + acct)
    v = "NL%02d%s%s" % (cd, bank, acct)
    assert iban_ok(v)
    return v


def iban_ok(v):
    v = v.replace(" ", "").upper()
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_phone(rng, kind=None):
    kind = kind or rng.choice(["mob", "mob", "mob", "mob", "land", "land", "other"])
    if kind == "mob":
        return "06" + str(rng.randint(1, 5)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    if kind == "land":
        return (
            "070"
            + str(rng.choice([3, 3, 4, 2, 5]))
            + "".join(str(rng.randint(0, 9)) for _ in range(6))
        )
    pre = rng.choice(["079", "015", "010", "071", "088"])
    return pre + str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(6))


PC_LETTERS = "ABCEGHJKLMNPRTVWXZ"


def gen_postcode(rng):
    n = rng.randint(2491, 2598)
    while True:
        l = rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
        if l not in ("SS", "SA", "SD"):
            return "%d%s" % (n, l)


def gen_date(rng, y0=2023, y1=2025):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def gen_dob(rng):
    start = datetime.date(1936, 1, 1).toordinal()
    end = datetime.date(2004, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


# ---------------------------------------------------------------- renderers


def r_phone(num, spoken, rng):
    if not spoken:
        if num.startswith("06"):
            a = num[2:]
            return rng.choice(
                [
                    "06-" + a,
                    "06 " + a,
                    num,
                    "06 " + " ".join(a[i : i + 2] for i in range(0, 8, 2)),
                    "06-" + a[:4] + " " + a[4:],
                    "+31 6 " + a[:4] + " " + a[4:],
                    "+316" + a,
                    "+31 (0)6 " + a,
                    "06 - " + a[:2] + " " + a[2:5] + " " + a[5:],
                    "0031 6 " + a,
                ]
            )
        pre, a = num[:3], num[3:]
        return rng.choice(
            [
                pre + "-" + a,
                pre + " " + a[:3] + " " + a[3:5] + " " + a[5:],
                "(" + pre + ") " + a,
                "(" + pre + ") " + a[:3] + " " + a[3:5] + " " + a[5:],
                num,
                "+31 " + pre[1:] + " " + a,
                pre + "-" + a[:3] + " " + a[3:],
                "+31 (0)" + pre[1:] + " " + a[:3] + " " + a[3:],
            ]
        )
    # spoken
    style = rng.choice(["digits", "digits", "pairs", "pairs", "mixed", "streep"])
    if num.startswith("06"):
        head, rest = "nul zes", num[2:]
    else:
        head = rng.choice(["nul " + nw(int(num[1:3])), digit_words(num[:3])])
        rest = num[3:]
    if style == "digits":
        groups = [digit_words(rest[i : i + 2]) for i in range(0, len(rest), 2)]
        if len(rest) == 7:
            groups = [digit_words(rest[:3])] + [
                digit_words(rest[i : i + 2]) for i in range(3, 7, 2)
            ]
    elif style == "pairs":
        groups = (
            pair_words(rest) if len(rest) == 8 else [digit_words(rest[:3])] + pair_words(rest[3:])
        )
    elif style == "mixed":
        groups = [digit_words(rest[:2]) if len(rest) == 8 else digit_words(rest[:3])]
        tail = rest[2:] if len(rest) == 8 else rest[3:]
        groups += [
            rng.choice([digit_words(tail[i : i + 2]), pair_words(tail[i : i + 2])[0]])
            for i in range(0, len(tail), 2)
        ]
    else:  # streep
        return head + " streepje " + digit_words(rest)
    sep = rng.choice([", ", ", ", " ", " - "])
    parts = [head] + groups
    if rng.random() < 0.35:
        k = rng.randint(1, len(parts) - 1)
        parts[k] = hes(rng) + " " + parts[k]
    return sep.join(parts)


def r_bsn(v, spoken, rng):
    if not spoken:
        return rng.choice(
            [
                v,
                v,
                v[:4] + "." + v[4:6] + "." + v[6:],
                v[:3] + " " + v[3:6] + " " + v[6:],
                v[:3] + "." + v[3:6] + "." + v[6:],
                v[:4] + " " + v[4:6] + " " + v[6:],
            ]
        )
    st = rng.choice(["3", "3", "423", "flat", "pairs"])
    if st == "3":
        g = [digit_words(v[i : i + 3]) for i in (0, 3, 6)]
    elif st == "423":
        g = [digit_words(v[:4]), digit_words(v[4:6]), digit_words(v[6:])]
    elif st == "flat":
        return digit_words(v)
    else:
        g = [nw(int(v[0]))] + pair_words(v[1:])
    if rng.random() < 0.3:
        k = rng.randint(1, len(g) - 1)
        g[k] = hes(rng) + " " + g[k]
    return rng.choice([", ", " ", " - "]).join(g)


def r_iban(v, spoken, rng):
    if not spoken:
        sp = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        return rng.choice(
            [
                v,
                sp,
                sp,
                v.lower(),
                v[:2] + " " + v[2:4] + " " + v[4:8] + " " + v[8:],
                sp.replace(" ", ".") if rng.random() < 0.2 else sp,
            ]
        )
    cd = v[2:4]
    cdw = rng.choice([nw(int(cd)), digit_words(cd)])
    bank = v[4:8]
    bankw = rng.choice([" ".join(bank), bank, " ".join(bank)])
    acct = v[8:]
    if rng.random() < 0.5:
        ag = [digit_words(acct[i : i + 4]) for i in (0, 4, 8)]
    else:
        ag = pair_words(acct)
    head = rng.choice(["N L ", "NL ", "en el "])
    parts = [head + cdw, bankw] + ag
    if rng.random() < 0.3:
        k = rng.randint(2, len(parts) - 1)
        parts[k] = hes(rng) + " " + parts[k]
    return ", ".join(parts) if rng.random() < 0.6 else " ".join(parts)


def r_postcode(v, spoken, rng):
    n, l = v[:4], v[4:]
    if not spoken:
        return rng.choice(
            [n + " " + l, n + " " + l, n + l, n + " " + l.lower(), n + l.lower(), n + "  " + l]
        )
    st = rng.choice(["dig", "dig", "pair", "alpha", "letternames", "stt"])
    if st == "dig":
        return digit_words(n) + rng.choice([", ", " "]) + " ".join(l)
    if st == "pair":
        return nw(int(n[:2])) + " " + nw(int(n[2:])) + rng.choice([", ", " "]) + " ".join(l)
    if st == "alpha":
        return (
            digit_words(n)
            + ", "
            + l[0]
            + " van "
            + SPELL_ALPHA[l[0]]
            + ", "
            + l[1]
            + " van "
            + SPELL_ALPHA[l[1]]
        )
    if st == "letternames":
        return n + " " + LETTER_NAMES[l[0]] + " " + LETTER_NAMES[l[1]]
    return n + " " + " ".join(l).lower()


SUFFIX_SPOKEN = {
    "-hs": " huis",
    " hs": " huis",
    "hs": " huis",
    "-B": " B",
    "B": " bee",
    "-A": " A",
    "a": " a",
    " bis": " bis",
    "-II": " twee",
    "-III": " drie",
    " II": " twee",
    "-1": " een",
    "-2": " twee",
    "": "",
    "C": " C",
    "-rood": " rood",
    " A": " A",
    "-b": " b",
}


def r_address(street, num, suffix, spoken, rng):
    if not spoken:
        return street + " " + str(num) + suffix
    words = nw(num) if rng.random() < 0.75 else str(num)
    sp = SUFFIX_SPOKEN.get(suffix, " " + suffix.strip("-"))
    if rng.random() < 0.2:
        return street + " nummer " + words + sp
    return street + rng.choice([" ", " ", ", "]) + words + sp


def r_date(d, spoken, rng):
    day, mon, y = d.day, d.month, d.year
    wd = d.weekday()
    if not spoken:
        st = rng.choice(
            [
                "dm",
                "dmy",
                "num",
                "num2",
                "short",
                "slash",
                "wdm",
                "abbr",
                "dot",
                "wdslash",
                "iso",
                "dmy",
                "num",
            ]
        )
        if st == "dm":
            return "%d %s" % (day, MONTHS[mon - 1])
        if st == "dmy":
            return "%d %s %d" % (day, MONTHS[mon - 1], y)
        if st == "num":
            return "%02d-%02d-%d" % (day, mon, y)
        if st == "num2":
            return "%d-%d-%d" % (day, mon, y)
        if st == "short":
            return "%d-%d-'%02d" % (day, mon, y % 100)
        if st == "slash":
            return "%d/%d" % (day, mon)
        if st == "wdm":
            return "%s %d %s" % (WEEKDAYS[wd], day, MONTHS[mon - 1])
        if st == "abbr":
            return "%d %s" % (day, MONTHS_ABBR[mon - 1])
        if st == "dot":
            return "%02d.%02d.%d" % (day, mon, y)
        if st == "wdslash":
            return "%s %d/%d" % (WEEKDAYS_ABBR[wd], day, mon)
        return "%d-%02d-%02d" % (y, mon, day)
    st = rng.choice(["dm", "dm", "dmy", "wdord", "wdm", "digits", "dmyw"])
    if st == "dm":
        return "%s %s" % (nw(day), MONTHS[mon - 1])
    if st == "dmy":
        return "%s %s %s" % (nw(day), MONTHS[mon - 1], year_words(y, rng))
    if st == "wdord":
        return "%s de %s %s" % (WEEKDAYS[wd], ordinal(day), MONTHS[mon - 1])
    if st == "wdm":
        return "%s %s %s" % (WEEKDAYS[wd], nw(day), MONTHS[mon - 1])
    if st == "digits":
        return "%d %s" % (day, MONTHS[mon - 1])
    return "%d %s %s" % (day, MONTHS[mon - 1], year_words(y, rng))


def r_dob(d, spoken, rng):
    day, mon, y = d.day, d.month, d.year
    if not spoken:
        return rng.choice(
            [
                "%02d-%02d-%d" % (day, mon, y),
                "%d-%d-%d" % (day, mon, y),
                "%d %s %d" % (day, MONTHS[mon - 1], y),
                "%d-%d-'%02d" % (day, mon, y % 100),
                "%02d/%02d/%d" % (day, mon, y),
                "%d %s %d" % (day, MONTHS_ABBR[mon - 1], y),
            ]
        )
    st = rng.choice(["full", "full", "nums", "digits", "mixed"])
    if st == "full":
        return "%s %s %s" % (nw(day), MONTHS[mon - 1], year_words(y, rng))
    if st == "nums":
        return "%s, %s, %s" % (nw(day), nw(mon), year_words(y, rng))
    if st == "digits":
        return "%s %s, %s %s, %s" % (
            UNITS[day // 10],
            UNITS[day % 10],
            UNITS[mon // 10],
            UNITS[mon % 10],
            year_words(y, rng),
        )
    yy = y % 100
    return "%s %s %s" % (
        nw(day),
        nw(mon),
        nw(yy) if yy >= 10 else ("nul " + UNITS[yy] if yy else "tweeduizend"),
    )


def gen_dossier(rng, st=None):
    st = st or rng.choice(
        ["yr5", "yr5", "hash", "zaak", "k", "dos", "num8", "cl", "z", "slash", "alnum"]
    )
    y = rng.choice([2022, 2023, 2024, 2025])
    r = rng.randint
    if st == "yr5":
        return "%d-%05d" % (y, r(100, 99999))
    if st == "szw":
        return "SZW-%06d" % r(100000, 999999)
    if st == "vt":
        return "VT-%d-%04d" % (y, r(10, 9999))
    if st == "hash":
        return "#%d" % r(10000, 99999)
    if st == "wmo":
        return "WMO/%d/%04d" % (y, r(1, 9999))
    if st == "cjg":
        return "CJG-%05d" % r(10000, 99999)
    if st == "zaak":
        return "%02d-%04d" % (y % 100, r(100, 9999))
    if st == "k":
        return "K-%d-%05d" % (y, r(1, 99999))
    if st == "shv":
        return "SHV %d %04d" % (y, r(1, 9999))
    if st == "gkb":
        return "GKB-%05d" % r(10000, 99999)
    if st == "z":
        return "Z-%d-%04d" % (y, r(1, 9999))
    if st == "slash":
        return "%d/%06d" % (y, r(1, 999999))
    if st == "alnum":
        return "%s%02d-%04d" % (rng.choice("ABDHMRT"), r(10, 99), r(0, 9999))
    if st == "dos":
        return "DOS-%06d" % r(100000, 999999)
    if st == "num8":
        return "%08d" % r(10000000, 99999999)
    return "CL%07d" % r(1000000, 9999999)


def r_dossier(v, spoken, rng):
    if not spoken:
        return v
    out = []
    for tok in __import__("re").findall(r"[A-Z]+|\d+|[-/#]| ", v):
        if tok.isalpha():
            out.append(" ".join(tok))
        elif tok.isdigit():
            if len(tok) == 4 and tok.startswith("20") and rng.random() < 0.6:
                out.append(year_words(int(tok), rng))
            elif rng.random() < 0.6:
                out.append(digit_words(tok))
            else:
                out.append(", ".join(pair_words(tok)))
        elif tok == "-":
            out.append(rng.choice(["streepje", "", ""]))
        elif tok == "/":
            out.append(rng.choice(["slash", "schuine streep"]))
        elif tok == "#":
            out.append("hekje")
    return " ".join(o for o in out if o)


def r_email(v, spoken, rng):
    if not spoken:
        return v
    local, dom = v.split("@")

    def say(s):
        s = s.replace(".", " punt ").replace("-", " streepje ").replace("_", " underscore ")
        return " ".join(s.split())

    return (
        say(local) + " " + rng.choice(["apenstaartje", "at", "at", "apenstaart"]) + " " + say(dom)
    )


def spell(name, rng):
    letters = [w.replace("'", "").upper() for w in name.replace("-", " ").split()]
    st = rng.choice(["dash", "space", "space", "names"])
    if st == "dash":
        return " ".join("-".join(w) for w in letters)
    if st == "space":
        return ", ".join(" ".join(w) for w in letters)
    return ", ".join(" ".join(LETTER_NAMES.get(c, c.lower()) for c in w) for w in letters)


# Name and place pools for heldout92_corpus.py
ORIGINS = {
    "nl": (
        [
            "Anneke",
            "Ria",
            "Bep",
            "Marja",
            "Tineke",
            "Gerda",
            "Mieke",
            "Corrie",
            "Truus",
            "Nel",
            "Sandra",
            "Roos",
            "Els",
            "Joke",
            "Ineke",
            "Wilma",
            "Jolanda",
            "Kim",
            "Priscilla",
            "Hennie",
        ],
        [
            "Kees",
            "Henk",
            "Joop",
            "Wim",
            "Dirk",
            "Sjaak",
            "Ruud",
            "Ton",
            "Gerrit",
            "Piet",
            "Arie",
            "Cor",
            "Rinus",
            "Ferry",
            "Dennis",
            "Mark",
            "Jan",
            "Hans",
            "Klaas",
            "Bas",
        ],
        [
            "de Vries",
            "Bakker",
            "Visser",
            "de Wit",
            "Koster",
            "de Hoop",
            "Jansen",
            "Smit",
            "Vos",
            "de Haan",
            "Kok",
            "Bos",
            "Groen",
            "Zwart",
            "Mulder",
            "van Dijk",
            "Hendriks",
            "de Bruin",
            "Brouwer",
            "Dekker",
            "van der Meer",
            "Post",
            "Schouten",
            "Winter",
            "Kuipers",
            "van Leeuwen",
            "Prins",
            "Blom",
            "de Graaf",
            "Vink",
            "Haas",
            "de Jong",
            "Hart",
            "van den Berg",
            "Verhoeven",
            "Zeeman",
            "Hoogland",
            "Rozendaal",
            "Koning",
            "Schipper",
            "Molenaar",
            "Kramer",
            "van Beek",
            "Duindam",
            "Bloem",
            "Kasteel",
        ],
    ),
    "ma": (
        [
            "Fatima",
            "Khadija",
            "Samira",
            "Hanane",
            "Ilham",
            "Naima",
            "Malika",
            "Loubna",
            "Houda",
            "Zineb",
        ],
        [
            "Mohamed",
            "Youssef",
            "Nordin",
            "Soufiane",
            "Rachid",
            "Hamid",
            "Mustafa",
            "Abdelkader",
            "Karim",
            "Bilal",
        ],
        [
            "El Idrissi",
            "Bouzid",
            "Amrani",
            "Ouali",
            "El Khattabi",
            "Benali",
            "Azzouzi",
            "Boukhari",
            "Tahiri",
            "Ait Brahim",
            "El Hadioui",
            "Zaoui",
            "Chaouch",
            "El Bakkali",
            "Mokhtari",
        ],
    ),
    "tr": (
        ["Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Fatma", "Songül", "Derya", "Ayse"],
        ["Mehmet", "Murat", "Kemal", "Burak", "Hüseyin", "Osman", "Emre", "Yusuf", "Serkan"],
        [
            "Yilmaz",
            "Demir",
            "Kaya",
            "Çelik",
            "Şahin",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Yıldız",
            "Koç",
            "Aksoy",
            "Erdem",
        ],
    ),
    "sr": (
        [
            "Sharmila",
            "Soenita",
            "Kavita",
            "Glenda",
            "Ingrid",
            "Shanti",
            "Rosita",
            "Chandra",
            "Gracia",
        ],
        ["Radjesh", "Anand", "Ravi", "Marlon", "Ruben", "Roy", "Sunil", "Errol", "Clifton"],
        [
            "Baldewsingh",
            "Ramdin",
            "Jagroep",
            "Mahabier",
            "Ramsaran",
            "Sewnath",
            "Kalka",
            "Bihari",
            "Pinas",
            "Sabajo",
            "Tjon A Fong",
            "Wijngaarde",
            "Kerwijk",
            "Zaandam",
            "Ramautar",
            "Doekhie",
            "Brunings",
        ],
    ),
    "an": (
        ["Giselle", "Shurmaine", "Jurmaine", "Nathaly", "Sharine", "Luisette"],
        ["Shurendy", "Ramon", "Jurick", "Roderick", "Gilbert", "Rignald"],
        [
            "Martina",
            "Rosario",
            "Isenia",
            "Cijntje",
            "Girigorie",
            "Maduro",
            "Felida",
            "Statia",
            "Sulvaran",
        ],
    ),
    "cv": (
        ["Djamila", "Nelida", "Carla", "Ivone", "Elisa"],
        ["Ivanildo", "Edmilson", "Nelson", "Adilson", "Januario"],
        [
            "Lopes",
            "Fortes",
            "Tavares",
            "Monteiro",
            "da Graça",
            "Semedo",
            "Varela",
            "Gomes",
            "dos Santos",
        ],
    ),
    "pl": (
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Ewa", "Magda"],
        ["Krzysztof", "Tomasz", "Paweł", "Marek", "Piotr", "Grzegorz"],
        [
            "Nowak",
            "Kowalczyk",
            "Wiśniewski",
            "Zieliński",
            "Szymańska",
            "Wójcik",
            "Kamińska",
            "Lewandowski",
            "Mazur",
            "Dąbrowski",
        ],
    ),
    "bg": (
        ["Ivanka", "Petya", "Desislava", "Mariya", "Galina"],
        ["Stoyan", "Dimitar", "Georgi", "Nikolay", "Hristo"],
        ["Petrov", "Ivanova", "Dimitrova", "Georgiev", "Todorov", "Angelova", "Stoyanov"],
    ),
    "ro": (
        ["Mihaela", "Elena", "Ioana", "Florentina", "Andreea"],
        ["Ionuț", "Andrei", "Florin", "Marian", "Costel"],
        ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Munteanu", "Rusu"],
    ),
    "sy": (
        ["Rania", "Lina", "Hiba", "Nour", "Amal", "Rasha"],
        ["Ahmad", "Mahmoud", "Omar", "Khaled", "Samer", "Bassel"],
        ["Al-Hassan", "Haddad", "Khalil", "Al Masri", "Darwish", "Sabbagh", "Hamoud", "Al-Ahmad"],
    ),
    "er": (
        ["Selam", "Mebrat", "Helen", "Senait", "Luwam"],
        ["Tesfay", "Yonas", "Filmon", "Dawit", "Samuel"],
        ["Tekle", "Gebremedhin", "Haile", "Berhane", "Kidane", "Tesfamariam", "Ghebreyesus"],
    ),
    "so": (
        ["Hodan", "Faadumo", "Ayaan", "Sahra", "Hibaaq"],
        ["Abdi", "Mohamud", "Abdirahman", "Ahmed", "Yusuf"],
        ["Warsame", "Farah", "Abdullahi", "Hirsi", "Jama", "Osman", "Nur"],
    ),
    "af": (
        ["Zahra", "Laila", "Mariam", "Parwana", "Shabnam"],
        ["Farid", "Habib", "Jawad", "Ahmad Shah", "Wahid"],
        ["Ahmadi", "Rahimi", "Karimi", "Noori", "Hosseini", "Sultani", "Wardak"],
    ),
    "cn": (
        ["Mei", "Li Na", "Xiu", "Ling", "Yan"],
        ["Wei", "Jun", "Hao", "Ming", "Tao"],
        ["Chen", "Wang", "Zhang", "Lin", "Liu", "Huang", "Li"],
    ),
    "gh": (
        ["Akosua", "Abena", "Ama", "Efua", "Adwoa"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Agyeman"],
    ),
}
ORIGIN_WEIGHTS = {
    "nl": 26,
    "ma": 12,
    "tr": 10,
    "sr": 11,
    "an": 5,
    "cv": 4,
    "pl": 6,
    "bg": 4,
    "ro": 3,
    "sy": 5,
    "er": 4,
    "so": 3,
    "af": 3,
    "cn": 3,
    "gh": 3,
}

PRO_FIRST = [
    "Sanne",
    "Ilse",
    "Ruud",
    "Marloes",
    "Jeroen",
    "Femke",
    "Bram",
    "Nadia",
    "Yasmina",
    "Emre",
    "Priya",
    "Kevin",
    "Esther",
    "Mirjam",
    "Hatice",
    "Sharon",
    "Dennis",
    "Anouk",
    "Lisa",
    "Patrick",
    "Loubna",
    "Wendy",
    "Rachida",
    "Joyce",
    "Tim",
    "Mariska",
    "Koen",
    "Naomi",
    "Gijs",
    "Sevda",
    "Romano",
    "Dewi",
    "Fleur",
    "Chantal",
    "Jasper",
    "Merel",
    "Ahmed",
    "Iris",
    "Willemijn",
    "Hoa",
]
PRO_LAST = [
    "de Jong",
    "Verbeek",
    "van Rijn",
    "Bennani",
    "Kramer",
    "Sardjoe",
    "Pronk",
    "Vermeulen",
    "El Amrani",
    "Veenstra",
    "Haasnoot",
    "Kok",
    "Groenewegen",
    "Oudshoorn",
    "Tol",
    "Wesseling",
    "Ouwehand",
    "Karaca",
    "Mathura",
    "van Wijk",
    "Spaans",
    "Baars",
    "Ruijgrok",
    "Hoek",
    "Nijhof",
]
DOC_LAST = [
    "Verhoef",
    "Ramcharan",
    "de Boer",
    "Lam",
    "Hamdi",
    "van Rijn",
    "Bloemendaal",
    "Tan",
    "Oosterhuis",
    "Kaplan",
    "Meijer",
    "Soekhoe",
]

STREETS = [
    "Hoefkade",
    "Leyweg",
    "Loosduinseweg",
    "Paul Krugerlaan",
    "Vaillantlaan",
    "Hobbemastraat",
    "Jacob Catsstraat",
    "Delftselaan",
    "Beeklaan",
    "Weimarstraat",
    "Fahrenheitstraat",
    "Thorbeckelaan",
    "Escamplaan",
    "Zuiderparklaan",
    "Dierenselaan",
    "Soestdijksekade",
    "Erasmusweg",
    "Loevesteinlaan",
    "Melis Stokelaan",
    "Lozerlaan",
    "Hengelolaan",
    "Troelstrakade",
    "Zoutmanstraat",
    "Prinsegracht",
    "Wagenstraat",
    "Rijswijkseweg",
    "Schalk Burgerstraat",
    "De la Reyweg",
    "Kempstraat",
    "Herman Costerstraat",
    "Boekhorststraat",
    "Dedemsvaartweg",
    "Wijndaelerweg",
    "Oude Haagweg",
    "Laan van Meerdervoort",
    "Vlierboomstraat",
    "Goudenregenstraat",
    "Newtonstraat",
    "Regentesselaan",
    "Elandstraat",
    "Duinstraat",
    "Tesselsestraat",
    "Fultonstraat",
    "Hondiusstraat",
    "Schenkkade",
    "Theresiastraat",
    "Juliana van Stolberglaan",
    "Ruychrocklaan",
    "Mient",
    "Westduinweg",
    "Van Musschenbroekstraat",
    "Stuwstraat",
    "Zonnebloemstraat",
    "Steenhouwersgaarde",
    "Heeswijkplein",
    "Withuysstraat",
    "Noordpolderkade",
    "Gaslaan",
    "Haagse Beek",
]
SUFFIXES = [
    "",
    "",
    "",
    "",
    "",
    "-hs",
    " hs",
    "B",
    "-B",
    "-A",
    "a",
    " bis",
    "-II",
    "-III",
    " II",
    "-1",
    "C",
    "-rood",
    "-b",
]
WIJKEN = [
    "Schilderswijk",
    "Transvaal",
    "Moerwijk",
    "Laak",
    "Spoorwijk",
    "Escamp",
    "Mariahoeve",
    "Bouwlust",
    "Vrederust",
    "Morgenstond",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Regentessekwartier",
    "Zeeheldenkwartier",
    "Stationsbuurt",
    "Rustenburg",
    "Oostbroek",
    "Leyenburg",
    "Waldeck",
    "Loosduinen",
    "Ypenburg",
    "Leidschenveen",
    "Wateringse Veld",
    "Bezuidenhout",
    "Valkenboskwartier",
    "Houtwijk",
    "Kraayenstein",
    "Duinoord",
    "Bomen- en Bloemenbuurt",
    "Hoornwijck",
    "Groente- en Fruitmarktbuurt",
    "Laakkwartier",
    "Rivierenbuurt",
    "Regentesse",
    "Zuiderpark",
]
MAIL_DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "kpnmail.nl",
    "ziggo.nl",
    "live.nl",
    "hotmail.nl",
    "icloud.com",
    "yahoo.com",
    "planet.nl",
    "xs4all.nl",
    "upcmail.nl",
]
PRO_DOMAINS = [
    "swtdenhaag.nl",
    "xtra.nl",
    "mee-zhn.nl",
    "florence.nl",
    "stichtingmooi.nl",
    "parnassia.nl",
    "denhaag.nl",
    "voorwelzijn.nl",
    "zebrawelzijn.nl",
    "haagwonen.nl",
]
# Templates for heldout92_corpus.py.
# <KEY|mods> placeholders are filled per text; [[label:text]] marks static personal data,
# {{label:text}} marks context that must stay readable.
TEMPLATES = [
    # ------------------------------------------------------------------ voicemails
    (
        "vm",
        """Voicemail algemeen nummer SWT <WIJK>, ingesproken <DATE|T> om 08:52
"Ja goedemorgen, met <CFL>... eh, <CL|spell>. Ik ben gisteren bij jullie geweest bij het {{org:Servicepunt XL}} en ik moest terugbellen voor de aanvraag van de {{org:Voedselbank}}. Mijn nummer is <TEL|S>. Ik ben er maandag niet, want dan moet ik naar het ziekenhuis. Eh ja. Dank u wel, doei." """,
    ),
    (
        "vm",
        """@OLD [voicemail 1:12] Hallo, u spreekt met <RFL>, ik ben de <rel> van <mevrouw> <CL>. Ik maak me echt zorgen, mijn <ouder> eet niet meer goed en de thuiszorg komt maar twee keer in de week. Kunt u mij terugbellen? Nul zes... eh, wacht even, ik heb een nieuw nummer. <TEL2|S>. Of mail naar <MAIL2|S>. Ik ben de hele week bereikbaar behalve woensdag. Dank u wel hoor.""",
    ),
    (
        "vm",
        """@OLD Voicemail van <PFL> ({{role:wijkverpleegkundige}}, {{org:Florence}}) voor <QF>:
"Hoi <QF>, met <PF>. Even over <mevrouw> <CL> van de <ADR|S>. Ik was er vanochtend en het ging echt niet goed, <zij> was gevallen in de badkamer. Ik heb de {{role:huisarts}} gebeld, dokter <DL>, die komt morgen langs. Kun jij de {{role:casemanager dementie}} inseinen? <Haar> cliëntnummer bij ons is <DOS|S>. Bel me maar op <TEL3|S>. Doei!" """,
    ),
    (
        "vm",
        """Ingesproken bericht, do 14:20 — beller: <CFL>
"Ja, dag, u spreekt met <CL>, <CF> <CL>. Ik heb een brief van de deurwaarder gekregen, ik moet voor <DATE|S> betalen anders komen ze beslag leggen. Ik weet niet wat ik moet doen. Mijn {{role:bewindvoerder}} neemt niet op. Mijn nummer is <TEL|S>, ik herhaal: <TEL|S>. Alstublieft bel me terug." """,
    ),
    (
        "vm",
        """VM 09:03 | <NFL> (<bur> van cliënt)
Goedemorgen, eh, ik ben <NF>, de <bur> van <mevrouw> <CL>, ik woon naast <hem> op nummer... ja, ik woon er naast. Ik heb <hem> al drie dagen niet gezien en de post puilt uit de bus. Ik heb wel een sleutel. Wilt u mij bellen? <TEL4|S>. Dank u.""",
    ),
    (
        "vm",
        """Voicemail SWT <WIJK> — <DATE|T>, 17:46
"Goedenavond, met <PFL> van de {{org:Gemeentelijke Kredietbank}}. Ik bel over uw cliënt <CI>, dossier <DOS|S,gkb>. Het budgetbeheer gaat per <DATE2|S> in, maar we missen nog het rekeningnummer voor de leefgeldrekening. Kunt u dat doorgeven? Mijn directe nummer is <TEL3|S>, of mail naar <PMAIL|S>. Fijne avond." """,
    ),
    (
        "vm",
        """@OLD voicemail (automatische transcriptie, fouten mogelijk)
hallo met <cfl|l> ik bel voor meneer eh de meneer van het {{org:wmo loket}} ik heb een scootmobiel aangevraagd en ik heb nog niks gehoord mijn adres is <ADR|S,l> postcode <PC|S> ik ben <AGE> jaar en ik kan niet meer naar de winkel lopen mijn telefoonnummer is <TEL|S> dank u wel""",
    ),
    (
        "vm",
        """[Voicemail, 0:48] "Hoi <PF>, met <QF> van {{org:Veilig Thuis}}. Ik bel even over de melding van <DATE|S>, jullie kenmerk was... ehm... <DOS|S>. Het gaat om <mevrouw> <CL> en de kinderen. We willen graag een gezamenlijk huisbezoek plannen, liefst <DATE2|S>. Bel je me terug op <TEL3|S>? Thanks." """,
    ),
    (
        "vm",
        """Voicemail 11:31
Ja hoi, met <RF>, de <rel> van <CF>. Ja. Mijn <ouder> heeft gezegd dat ik moest bellen, over die afspraak van <DATE|S>. We kunnen niet, want mijn <ouder> heeft dan de tandarts. Kan het ook <DATE2|S>? Mijn nummer is <TEL2|S>. Doei.""",
    ),
    (
        "vm",
        """Voicemail teamtelefoon — <DATE|T>
"Goedemiddag, u spreekt met <DL>, {{role:huisarts}} in <WIJK>. Ik heb een patiënt, <mevrouw> <CFL>, geboren <DOB|S>, die ik graag wil aanmelden bij het team. Forse vereenzaming, mogelijk een beginnende depressie, en er is sprake van schulden. <Zij> heeft toestemming gegeven. U kunt mij bereiken via de terugbellijn, <TEL3|S>, tussen een en twee." """,
    ),
    # ------------------------------------------------------------------ phone transcripts
    (
        "tel",
        """Transcript telefoongesprek (automatisch)
<PF>: Goedemiddag, sociaal wijkzorgteam <WIJK>, met <PF>.
Beller: Ja hallo, met <mevrouw> <CL>. Ik heb een brief gehad van {{org:Haag Wonen}} over de huur.
<PF>: Vervelend. Mag ik even uw geboortedatum, voor het dossier?
Beller: <DOB|S>.
<PF>: Dank u. En u woont op...?
Beller: <ADR|S>. <PC|S>.
<PF>: En u bent bereikbaar op dit nummer, <TEL|S>?
Beller: Ja, klopt.
<PF>: Ik zet het door naar onze {{role:schuldhulpverlener}}, <QF>. Die belt u voor <DATE|S> terug.""",
    ),
    (
        "tel",
        """Gespreksverslag telefonisch contact <DATE|T>, 10.05 uur
MW = <PFL> ({{role:maatschappelijk werker}}), C = <CFL>
MW: U had gebeld over de toeslagen?
C: Ja. Ik moet geld terugbetalen aan de {{org:Belastingdienst}}, bijna vierduizend euro.
MW: Heeft u uw BSN bij de hand? Dan kan ik met u meekijken in Mijn Toeslagen.
C: Eh ja, wacht. <BSN|S>.
MW: En het rekeningnummer waar de toeslag op binnenkomt?
C: <IBAN|S>.
MW: Prima. We maken een afspraak op het {{org:Servicepunt XL}}, <DATE2|S>, om half elf. Neem de brieven mee.""",
    ),
    (
        "tel",
        """transcriptie gesprek teamlijn
- goedemorgen wijkteam <wijk|l> met <pf|l>
- ja goedemorgen met <cf|l> eh <cl|l> ik zit bij de {{org:haeghe groep}} op dagbesteding
- ah dag <CF> waar kan ik je mee helpen
- mijn begeleider <QF> is ziek en ik heb nu niemand voor mijn post
- oké, wat is je adres, dan kijk ik even in het systeem
- <ADR|S,l> eh <PC|S>
- ik zie je staan ja, ik bel je morgen terug op <TEL|S> is dat goed
- ja is goed dankjewel""",
    ),
    (
        "tel",
        """@F Telefoonnotitie <PF>, <DATE|T>
Gebeld door <mevrouw> <CFL> over haar <rel> <RF> (<RAGE>). <RF> is sinds <DATE2|S> dakloos, slaapt bij vrienden. Moeder wil dat <relzij> zich inschrijft op haar adres, <ADR|S>, maar is bang voor de kostendelersnorm. Ik heb uitgelegd wat dat voor haar bijstand betekent. Terugbelnummer <RF>: <TEL2|S>. Afgesproken: <PF> belt <DATE3|S> met de {{role:klantmanager}} van {{org:SZW}}.""",
    ),
    (
        "tel",
        """Uitgeschreven telefoongesprek (opname met toestemming)
<QF>: Dus u heeft nu geen stroom meer?
Cliënt: Nee, sinds <DATE|S>. Ze hebben afgesloten. Ik zit hier in het donker met de kinderen.
<QF>: Dat is heel naar. Ik ga nu meteen {{org:Eneco}} bellen, we hebben een afspraak met ze voor noodsituaties. Wat is uw klantnummer bij hen?
Cliënt: Dat staat op de brief... <DOS|S>.
<QF>: En uw adres?
Cliënt: <ADR|S>. Op de tweede.
<QF>: En u bent <mevrouw>...?
Cliënt: <CL>. <CL|spell>.
<QF>: Dank u, <mevrouw> <CL>. Ik bel u binnen een uur terug.""",
    ),
    (
        "tel",
        """Telefonisch intakegesprek (transcript, ingekort)
{{role:Casusregisseur}}: Dan ga ik even uw gegevens na. Uw naam is <CFL>?
<CF>: Ja.
{{role:Casusregisseur}}: Geboren op?
<CF>: <DOB|S>. In <birthplace>.
{{role:Casusregisseur}}: En uw BSN?
<CF>: Eh, dat weet ik niet uit mijn hoofd... wacht, mijn pas. <BSN|S>.
{{role:Casusregisseur}}: Mooi. Dan stuur ik de toestemmingsverklaring naar <MAIL|S>, klopt dat?
<CF>: Ja. Met een punt ertussen.
{{role:Casusregisseur}}: Prima, die mag u ondertekend terugsturen. Dan zie ik u <DATE|S> in wijkcentrum {{org:De Stek}}.""",
    ),
    (
        "tel",
        """@F@OLD Telefoongesprek met <mevrouw> <CL>, door <PF> ({{role:ouderenconsulent}}), <DATE|T>
<Mevrouw> belt, <zij> klinkt benauwd. "Ik ben <AGE>, ik woon al veertig jaar in <WIJK> en nu moet ik ineens weg." {{org:Staedion}} gaat de flat renoveren. Ze heeft een brief gehad met een wisselwoning aan de <ADR2|S>. <Zij> wil niet. <Haar> <rel> <RF> woont in Zoetermeer en komt weinig. Nummer <RF> gevraagd: <TEL2|S>. Met toestemming van <mevrouw> bel ik <RF> deze week.""",
    ),
    (
        "tel",
        """Tel. gesprek <pf|l> — <cf|l> <cl|l>
<pf|l>: hoi <cf|l>, met <pf|l>, je had gebeld?
<cf|l>: ja, de {{org:uwv}} heeft me gestopt, mijn uitkering, ik snap niet waarom
<pf|l>: heb je de brief? wat is het kenmerk?
<cf|l>: eh... <DOS|S>
<pf|l>: oké. en je telefoonnummer is nog steeds <TEL|S>?
<cf|l>: nee ik heb een nieuwe, <TELX|S>... nee wacht sorry, <TEL2|S>
<pf|l>: genoteerd. ik bel ze vandaag nog""",
    ),
    (
        "tel",
        """@F@OLD Opname huiskamerbellijn {{org:Stichting MOOI}}, <DATE|T>
Vrijwilliger: Goedemiddag, met <PF> van de bellijn.
Beller: Ja hallo, met <CF>. <CF> <CL>.
Vrijwilliger: Dag <mevrouw> <CL>, hoe gaat het vandaag?
Beller: Och. Ik zit maar alleen. Mijn man <XF> is in februari overleden, en de kinderen wonen in Utrecht.
Vrijwilliger: Wat verdrietig. Wilt u dat een {{role:welzijnscoach}} bij u langskomt?
Beller: Ja, dat zou fijn zijn. Ik woon aan de <ADR|S>. Mijn nummer, eh, <TEL|S>.
Vrijwilliger: Ik geef het door. Zal ik u volgende week weer bellen?""",
    ),
    (
        "tel",
        """@F Gesprek met {{org:Jeugdbescherming West}} (<QFL>), <DATE|T>
<QF> belt over <RF>, <rel> van <CFL>. Er loopt een OTS, zaaknummer <DOS|S>. <QF> wil weten of moeder nog in de schulden zit. Ik heb gezegd dat ik daar zonder toestemming van <mevrouw> <CL> niets over kan zeggen. <QF> stuurt een mail naar <PMAIL|T>. Afspraak gezamenlijk gesprek op <DATE2|S>, als moeder akkoord is. Tel. <QF>: <TEL3|S>.""",
    ),
    (
        "tel",
        """@OLD Telefonisch contact met de {{org:SVB}} over AOW van <mevrouw> <CL>
Ik zit in de wacht, twintig minuten. Medewerker (<QF>) vraagt: "Wat is het BSN?" Ik geef: <BSN|S>. Daarna: "En het IBAN waar de AOW naartoe gaat?" <IBAN|S>. Blijkt dat er een onvolledige AOW is door jaren in <country>. Aanvulling via {{org:SZW}} aanvragen. Referentie van het gesprek: <DOS|S>.""",
    ),
    (
        "tel",
        """@F@OLD Transcript
Medewerker: Wijkteam <WIJK>, goedemorgen.
Beller: Ja goedemorgen, ik bel voor mijn vader, eh nee, voor mijn moeder. <CFL>.
Medewerker: En u bent?
Beller: <RF>. Ik ben de <rel>.
Medewerker: Wat is de vraag, <RF>?
Beller: Mijn moeder vergeet alles, ze laat het gas aan staan. De {{role:huisarts}} zegt dat we bij jullie moeten zijn.
Medewerker: Oké. Op welk adres woont uw moeder?
Beller: <ADR|S>, <PC|S>.
Medewerker: Ik noteer het. Wij bellen u terug, welk nummer?
Beller: <TEL2|S>.""",
    ),
    (
        "tel",
        """telefoon <pf|l> met <cl|l> <DATE|T>
<cf|l> belt boos, {{org:vestia}} wil <haar> uit huis zetten, vonnis is <DATE2|S>. ik vraag naar zaaknummer van de rechtbank, <zij> leest voor: <DOS|S>. contact gezocht met de {{role:sociaal raadsman}}. <cf|l> vraagt of ik <haar> ex <xf|l> wil bellen want die woonde er ook, nummer van <xf|l> is <TEL4|S>. gezegd dat ik dat eerst met <haar> wil bespreken.""",
    ),
    (
        "tel",
        """@O=er Tolkgesprek via {{org:Tolk- en Vertaalcentrum}} (Tigrinya), <DATE|T>
Aanwezig: <CFL>, tolk, <PF> ({{role:Wmo-adviseur}}).
<CF> vertelt dat <zij> sinds twee jaar in Nederland is, statushouder, woont met drie kinderen op <ADR|S>. Het huis is te klein en vochtig. <CF> noemt <haar> telefoonnummer, de tolk herhaalt: <TEL|S>. Contactpersoon {{org:VluchtelingenWerk}}: <QFL>. Volgende afspraak: <DATE2|S>, weer met tolk.""",
    ),
    (
        "tel",
        """@O=eu Telefoongesprek (gedeeltelijk uitgeschreven)
"...ja, ik ben <CFL>, ik werk bij het uitzendbureau in het Westland, maar ik woon in <WIJK>. In de kamer met zes man. De baas zegt dat ik eruit moet als ik ziek ben."
Gevraagd naar adres: <ADR|S>, postcode <PC|S>.
Telefoon: <TEL|S>.
Gegevens van het uitzendbureau heeft <zij> niet. Doorverwezen naar {{org:FairWork}} en afspraak bij het {{org:Juridisch Loket}} op <DATE|S>. <Zij> spreekt weinig Nederlands, ging in het Engels.""",
    ),
    # ------------------------------------------------------------------ dictated notes (STT)
    (
        "dict",
        """@OLD dictaat <pf|l> <DATE|T> huisbezoek bij <mw> <cl|l> op de <ADR|S,l> komma samen met de {{role:wijkverpleegkundige}} punt <mevrouw> was verward wist de datum niet punt <rel> <rf|l> was er ook die regelt de post punt afgesproken dat <rf|l> contact opneemt met {{org:MEE}} komma nummer van <rf|l> is <TEL2|S> punt volgende afspraak <DATE2|S> om tien uur punt""",
    ),
    (
        "dict",
        """Ingesproken notitie (spraakherkenning) — huisbezoek <CFL>
Vandaag bij <CF> geweest op <ADR|S>. De woning is sterk vervuild, veel katten, de buren klagen. <CF> zegt zelf dat het meevalt. Ik heb gevraagd of de {{role:wijkagent}}, eh, nee, of <PF> van {{org:Bemoeizorg Parnassia}} mee mag komen. Vond <zij> goed. Datum nieuw bezoek: <DATE|S>. Geboortedatum nog even checken, <zij> zei <DOB|S>, maar in {{org:Suite}} staat iets anders.""",
    ),
    (
        "dict",
        """spraakmemo <PF> na overleg
nieuwe aanmelding <mevrouw> <CL> punt komma nee geen komma. voornaam <CF> komma <CF|spell> punt bsn <BSN|S> punt wonend <ADR|S> <PC|S> punt aanmelder is de {{role:POH-GGZ}} van praktijk <DL> punt hulpvraag eenzaamheid en geldzorgen punt graag oppakken met <QF> van {{org:Xtra}} punt einde memo""",
    ),
    (
        "dict",
        """dicteer notitie. overleg met <qf|l> van de {{org:kredietbank}} over <cf|l> <cl|l> punt schuldenlast ongeveer achttienduizend euro punt budgetbeheer loopt via rekening <IBAN|S> punt <qf|l> vraagt om kopie id en de beschikking van <DATE|S> punt ik stuur het naar <QMAIL|S> punt <cf|l> is akkoord mits <haar> <rel> <rf|l> er niet van hoort""",
    ),
    (
        "dict",
        """@M@OLD Spraakmemo (auto-transcript) — <DATE|T>
Even snel tussen twee afspraken door. Meneer <CL>, <CF>, van de <ADR|S>. Gebeld door <bur> <NFL>, die zegt dat meneer 's nachts in de gang roept. Ik ga er <DATE2|S> langs met de {{role:casemanager dementie}}. Dossiernummer in het systeem is <DOS|S>. O ja, <NF> wil teruggebeld worden op <TEL4|S>, niet op het vaste nummer.""",
    ),
    (
        "dict",
        """notitie ingesproken door <pf|l> punt <cf|l> <cl|l> komt niet opdagen bij afspraak van <DATE|S> punt voor de derde keer punt gebeld naar <TEL|S> komma geen gehoor punt voicemail ingesproken punt <rel> <rf|l> gebeld op <TEL2|S> die zegt dat <mw|l> in het ziekenhuis ligt {{org:HMC Westeinde}} punt volgen""",
    ),
    (
        "dict",
        """@YOUNG Dictafoon, <PFL> ({{role:MEE-consulent}}), <DATE|T>
Gesprek gehad met <CF>, <AGE> jaar, licht verstandelijke beperking. <CF> woont zelfstandig op <ADR|S> maar redt het niet met de administratie. Vriend <XF> leent steeds geld van <hem>, inmiddels rond de tweeduizend euro. Ik heb <CF> geholpen een nieuw rekeningnummer aan te vragen zodat <XF> niet meer bij de pas kan. Nieuw IBAN: <IBAN|S>. Melding gedaan bij {{org:Veilig Thuis}} vanwege financiële uitbuiting, kenmerk <DOS|S,vt>.""",
    ),
    (
        "dict",
        """Spraakmemo <DATE|T>: <CF> <CL>, <CL|spell>, geboren <DOB|S>. Aangemeld via de {{org:Centrale Toegang MO}}. Heeft geen vast adres, postadres bij {{org:Leger des Heils}}, <ADR2|S>. Telefoon werkt af en toe: <TEL|S>. Wil graag hulp bij aanvraag ID-kaart en bijstand. Volgende stap: afspraak bij {{org:Publiekszaken}} op <DATE2|S>.""",
    ),
    (
        "dict",
        """memo <pf|l> <DATE|T> komma <cl|l> punt. <mw|l> heeft gebeld over de wmo-indicatie voor huishoudelijke hulp komma die loopt af op <DATE2|S> punt herindicatie aanvragen bij de {{org:wmo}} komma nummer indicatie <DOS|S,wmo> punt <zij> wil graag dezelfde hulp houden komma <NF|l> van {{org:Tzorg}} punt <haar> mail is <MAIL|S>""",
    ),
    (
        "dict",
        """@F Ingesproken verslag <PF>, <DATE|T>. Gesprek met <CF> en <haar> <rel> <RF> in wijkcentrum {{org:De Mussen}}. <RF> is <RAGEY> en zit thuis sinds de zomer, geen school, geen werk. <RF|pos> mentor van school belt niet meer terug. <CF> is op. Afgesproken: <RF> meldt zich bij het {{org:Jongerenloket}}, <PF> belt de {{role:jongerenwerker}} <QF>. Nummer van <RF> genoteerd: <TEL2|S>. Moeder bereikbaar op <TEL|S>.""",
    ),
    (
        "dict",
        """spraaknotitie: terugkoppeling overleg {{org:Zorg- en Veiligheidshuis}}. casus <cl|l>, <DOS|S>. de {{role:reclasseringswerker}} <qfl|l> meldt dat <cf|l> per <DATE|S> vrijkomt. geen woonplek. familie (<nfl|l>) wil <hem> niet in huis op de <ADR2|S,l>. <pf|l> zoekt een plek via {{org:Kessler Stichting}}. volgende casusoverleg <DATE2|S>.""",
    ),
    (
        "dict",
        """Spraakbericht naar eigen mail (<PMAIL|T>)
Niet vergeten: <mevrouw> <CL> uit <WIJK>, geboortedatum <DOB|S>, wacht nog op de beschikking bijzondere bijstand voor de wasmachine. Aanvraag ingediend op <DATE|S>, referentienummer <DOS|S,szw>. Als het voor vrijdag niet binnen is, <QF> van {{org:SZW}} mailen. En <mevrouw> bellen op <TEL|S>, niet na vier uur, want dan haalt <zij> de kleinkinderen op.""",
    ),
    (
        "dict",
        """dictaat <pf|l>: teamoverleg swt <wijk|l>. casus 1 <cf|l> <cl|l> komma schulden en verslaving komma gaat naar {{org:brijder}} punt casus 2 familie <yl|l> komma moeder <yf|l> komma drie kinderen komma {{org:cjg}} betrokken punt bij familie <yl|l> <DOS|S,cjg> punt <qf|l> neemt regie punt casus 3 <mw|l> <nl|l> komma wordt <AGE> op <DATE|S> komma verjaardag gebruiken om contact te maken""",
    ),
    # ------------------------------------------------------------------ typed notes
    (
        "note",
        """Aanmelding via {{role:huisarts}} <DL> ({{org:Gezondheidscentrum Transvaal}}).
Cliënt: <CFL>, geb. <DOB|T>, BSN <BSN|T>.
Adres: <ADR|T>, <PC|T> Den Haag. Tel: <TEL|T>.
Hulpvraag: huurachterstand (ca. € 2.300), veel ongeopende post, slaapt slecht. <Zij> wil (nog) geen {{org:GGZ}}.
{{role:Casusregisseur}}: <PFL>.""",
    ),
    (
        "note",
        """Rapportage <DATE|T> — <PI>
Huisbezoek bij fam. <CL>, <ADR|T>. Aanwezig: <mevrouw> <CL>, <haar> <rel> <RF> en de {{role:gezinscoach}} van het {{org:CJG}}. Sfeer gespannen. <RF|pos> wens is een eigen kamer, maar {{org:Haag Wonen}} heeft een wachttijd van jaren. Besproken: inschrijving Woonnet, urgentie kansloos. <Mevrouw> vraagt of wij de brief van <DATE2|T> willen uitleggen. Volgende keer: <DATE3|T>.""",
    ),
    (
        "note",
        """@M Mail doorgestuurd door <QF>:
"Beste <PF>, zou jij contact kunnen opnemen met dhr. <CFL> (<TEL|T>)? Hij staat op de wachtlijst voor schuldhulpverlening, dossier <DOS|T,shv>, maar belt ons dagelijks. Hij woont op <ADR|T> in <WIJK>. Groet, <QF>"
Actie: ik bel dhr. <CL> morgen.""",
    ),
    (
        "note",
        """@F Notitie <pf|l> <DATE|T>
mw <cl|l> (<AGE>) gebeld. geen gehoor. nogmaals om 14.30, toen wel. <zij> zit er doorheen, <haar> <rel> <rf|l> is opgenomen bij {{org:Parnassia}}. mw vraagt of de {{role:ouderenadviseur}} kan langskomen. afspraak gemaakt <DATE2|T>. tel <TEL|T>.""",
    ),
    (
        "note",
        """Overdracht aan <QF> (ik ben met verlof tot en met 14 juli):
- <CFL>, <ADR|T>, <TEL|T>. Schuldhulptraject bij {{org:GKB}} loopt, contactpersoon <NFL>. Elke maand checken of de huur betaald is.
- <XF> <XL>, <ADR2|T>, mail <XMAIL|T>. Wacht op beschikking Wmo, aangevraagd <DATE|T>. Bij geen bericht eind juni bellen met {{org:Wmo-loket}}.
- fam. <RL>: afgesloten, dossier <DOS|T> kan dicht.
Succes! <PF>""",
    ),
    (
        "note",
        """@F@MID Casusbeschrijving voor intervisie (NOG ANONIMISEREN!)
<CF> (<AGE>) woont sinds <YEAR> met haar twee kinderen in <WIJK>, <ADR|T>. Ex-partner <XFL> heeft een contactverbod sinds <DATE|T>, maar staat regelmatig voor de deur. {{org:Veilig Thuis}} is betrokken (<DOS|T,vt>). <CF> durft niet naar de politie. De kinderen zitten op de basisschool, de oudste, <RF>, heeft het zwaar. Vraag aan de groep: hoe houden we contact zonder dat <XF> het merkt?""",
    ),
    (
        "note",
        """@OLD Verslag MDO <DATE|T>, {{org:SWT}} <WIJK>
Aanwezig: <PF> ({{role:maatschappelijk werk}}), <QF> ({{role:wijkverpleging}}), <NF> ({{org:MEE}}), dr. <DL> ({{role:huisarts}}).
Cliënt: <CFL>, <DOB|T>, BSN <BSN|T>.
Conclusie: <CF> is niet meer veilig thuis. Aanvraag Wlz via {{org:CIZ}}, in afwachting daarvan respijtzorg bij {{org:WZH}}. Contactpersoon familie: <rel> <RFL>, <TEL2|T>.""",
    ),
    (
        "note",
        """Intake <DATE|T> — nieuwe cliënt
Naam: <CFL>
Geboortedatum: <DOB|T>
Adres: <ADR|T>
Postcode/plaats: <PC|T> 's-Gravenhage
Telefoon: <TEL|T> / <TEL2|T> (<rel>)
E-mail: <MAIL|T>
IBAN (voor bijzondere bijstand): <IBAN|T>
Verwezen door: {{org:Servicepunt XL}} <WIJK>
Problematiek: schulden, eenzaamheid, rugklachten. Werkt niet sinds <YEAR>.""",
    ),
    (
        "note",
        """Whatsapp-bericht <CF> aan <PF> (gekopieerd naar dossier, <DATE|T>):
"Hoi <PF> ik heb de brief van de gemeente gekregen, die zegt dat ik <AMOUNT> moet terug betalen?? ik snap het niet. kan je bellen? ben thuis. groetjes <CF>"
Teruggebeld op <TEL|T>. Het gaat om een terugvordering bijstand, kenmerk <DOS|T,szw>. Bezwaar maken voor <DATE2|T>.""",
    ),
    (
        "note",
        """Kort contact bij de Jumbo aan de <STREET>: <mw> <CL> aangesproken, ziet er vermoeid uit. Zegt dat <haar> <rel> <RF> weer bij <haar> woont, op <ADR|T>. Vraagt of ik een keer langskom. Afgesproken <DATE|T>. Ik heb geen telefoon van <haar>, <zij> gaf een nummer van de <bur>, <NF>: <TEL4|T>.""",
    ),
    (
        "note",
        """@M@RF@OLD {{org:Wmo-loket}} — keukentafelgesprek <DATE|T>
Aanwezig: dhr. <CFL>, zijn dochter <RFL>, <PF> ({{role:Wmo-consulent}}).
Dhr. <CL> (<AGE>) loopt met een rollator, valt regelmatig. Wens: traplift of verhuizing naar gelijkvloers. {{org:Haag Wonen}} meldt: geen woning beschikbaar in <WIJK>. Indicatie traplift aangevraagd, referentie <DOS|wmo,T>. Dochter regelt de post (ook die van <RF|pos> schoonmoeder), mail <MAIL2|T>, tel. <TEL2|T>.""",
    ),
    (
        "note",
        """Afspraken na gesprek met <CF> <CL> (typ later uit)
- <CF> maakt afspraak met {{role:budgetcoach}} <QF> (tel. <TEL3|T>)
- huur automatisch via <IBAN|T>, niet meer contant
- bezwaar bij {{org:CAK}} over eigen bijdrage, ref. <DOS|T>
- volgende afspraak <DATE|T>, bij <CF> thuis (<ADR|T>)
- in de winter vaker langs (stookkosten!)
- {{role:wijkagent}} op de hoogte houden ivm de jongens bij de portiek""",
    ),
    (
        "note",
        """Signaal <DATE|T> via <bur> (anoniem, maar het is <NF> van nr. 14): bewoner van <ADR|T>, naam waarschijnlijk <CL>, komt niet meer buiten, er hangt een rare lucht. Ik ken dit adres: <CFL>, bekend bij ons sinds <YEAR>, was zorgmijdend. Contact opgenomen met {{org:GGD Haaglanden}} ({{org:OGGZ}}). Gezamenlijk bezoek op <DATE2|T>.""",
    ),
    (
        "note",
        """Verslag <DATE|T>
<PI> en <QFL> op huisbezoek bij <CFL>. <CF> heeft een huurachterstand van vier maanden bij {{org:Staedion}}. Er is een betalingsregeling afgesproken van € 75 per maand. Verder: <CF> is mantelzorger voor <haar> <parent> (woont op <ADR2|T>) en loopt op <haar> tenen. Verwezen naar het {{org:Steunpunt Mantelzorg}}. <CF> krijgt de gegevens per mail: <MAIL|T>.""",
    ),
    # ------------------------------------------------------------------ mixed / longer
    (
        "mix",
        """@OLD Terugbelverzoek (ingesproken, uitgetypt door {{role:teamassistent}} <QF>)
Naam beller: <RFL> — zegt <rel> te zijn van <CFL>
Nummer: <TEL2|S>
Boodschap: <Ouder> is <DATE|S> uit het ziekenhuis gekomen, er is geen thuiszorg geregeld. Woont alleen op <ADR|S>. Graag vandaag nog bellen.
Opmerking <QF>: nummer was lastig te verstaan, ik hoorde "<TEL2|T>", graag checken.""",
    ),
    (
        "mix",
        """Verslag telefonisch consult {{role:psychiater}} (<DL>, {{org:Parnassia}}), <DATE|T>
Besproken: <CFL>, geb. <DOB|T>. <DL> geeft aan dat <CF> sinds <DATE2|S> niet meer op de depot-afspraak komt. Bemoeizorg inzetten. Ik (<PF>) ga met de {{role:ambulant begeleider}} langs op <ADR|T>. Als <CF> niet opendoet: de <bur> (<NF>) heeft een sleutel, tel. <TEL4|T>.""",
    ),
    (
        "mix",
        """@RM Transcript spraakbericht <CF> (via WhatsApp) aan <PF>, <DATE|T>:
"hee <pf|l> met <cf|l>, ja ik heb die papieren van de {{org:IND}} gevonden. ik kan morgen niet want mijn zoon <rf|l> heeft een afspraak bij de tandarts. kan het donderdag? ik woon nu bij mijn zus, adres is <ADR2|S>. ja. doei"
Actie: afspraak verzet naar donderdag, adreswijziging doorgeven aan {{org:VluchtelingenWerk}} (<QF>).""",
    ),
    (
        "mix",
        """E-mail ingesproken met dicteerfunctie:
Beste <QF>, ik meld bij deze <mevrouw> <CFL> bij jullie aan voor {{org:Schuldhulpmaatje}}. <Zij> is bekend bij ons onder <DOS|S>. Adres <ADR|S>, <PC|S>. Telefoon <TEL|S>. <Zij> heeft toestemming gegeven om <haar> gegevens te delen. Met vriendelijke groet, <PFL>, {{role:maatschappelijk werker}} SWT <WIJK>, <TEL3|T>.""",
    ),
    (
        "mix",
        """@F Voicemail afgeluisterd <DATE|T> 16:10 — <RF> (<rel> van <CF>)
<RF> zegt: "mijn <ouder> heeft vandaag een brief van de {{org:Belastingdienst}} gekregen over een aanslag van eh... iets van elfhonderd euro. Ze is helemaal in paniek. Haar BSN staat erop: <BSN|S>. Kunnen jullie helpen?" Ik heb teruggebeld op <TEL2|T>. Uitgelegd dat we het BSN liever niet via de voicemail krijgen. Afspraak met <CF> en <RF> op <DATE2|T>.""",
    ),
    (
        "mix",
        """[Samenvatting belgesprek + voicemail]
09:40 gebeld door <QF> ({{org:Haag Wonen}}, {{role:woonconsulent}}) over <ADR|T>. Bewoner <CFL> heeft drie maanden huurachterstand, ontruiming gepland op <DATE|T>.
10:15 voicemail van <CF> zelf: "Ja met <CL>, ik weet het, ik weet het. Mijn loon wordt gestort op <IBAN|S>, er staat niks meer op. Bel me op <TEL|S>."
Actie <PF>: <CF> bellen, spoedaanvraag {{org:Kredietbank}}.""",
    ),
    (
        "mix",
        """@F@OLD Verslag huisbezoek, deels ingesproken
"Ik sta nu voor de deur bij <mw> <CL>, <ADR|S>, geen naambordje... Ze doet open." 
<Mevrouw> <CFL> (<AGE>) laat mij binnen. De koelkast is leeg. <Zij> krijgt AOW, maar het geld gaat naar een neef, <XFL>, die <haar> bankpas heeft. Rekening: <IBAN|T>. Ik heb <haar> toestemming om met de {{role:bewindvoerder}} te overleggen en {{org:Veilig Thuis}} te bellen (financieel misbruik ouderen).""",
    ),
    (
        "vm",
        """@F@OLD voicemail <DATE|T> gesproken door een mevrouw, naam beller slecht verstaanbaar (<nl|l>? <NL|spell>?)
"...ja ik bel voor mijn buurvrouw eigenlijk. Ze is <AGE> en ze is heel vergeetachtig en de kachel doet het niet. Ze woont op <ADR|S>. Ik ben <NF>, mijn nummer is <TEL4|S>..." rest onverstaanbaar.""",
    ),
    (
        "tel",
        """Tel. consult met <QFL>, {{role:consulent}} {{org:UWV}}, <DATE|T>
Onderwerp: WW-uitkering <CFL>. UWV heeft de uitkering stopgezet per <DATE2|S> wegens niet verschijnen op afspraak. <CF> zegt geen brief te hebben ontvangen; post ging naar oud adres <ADR2|S>. <QF> past het adres aan naar <ADR|S> en zet de uitkering terug. Kenmerk UWV: <DOS|S>. Bij vragen: <QF> direct via <TEL3|S>.""",
    ),
    (
        "dict",
        """spraaknotitie huisbezoek <DATE|T>
<cf|l> opent niet punt ik bel aan bij de <bur> komma <nf|l> komma die zegt dat <cf|l> naar <haar> <rel> in rotterdam is punt nummer <rel> <rf|l> gekregen <TEL2|S> punt ik bel vanmiddag punt brief achtergelaten op de <ADR|S,l>""",
    ),
    (
        "note",
        """@MID Intervisievraag (concept, namen nog weghalen):
In <WIJK> begeleid ik <CF> <CL> (<AGE>), opgegroeid in <birthplace>. <Zij> heeft een verleden van huiselijk geweld; de ex, <XF>, woont twee straten verderop aan de <STREET>. <CF> wil verhuizen naar <ADR2|T> bij <haar> <rel> <RF>, maar daar is geen ruimte. Mijn vraag: wanneer leg je de grens bij wat een cliënt zelf wil? Groet, <PF>""",
    ),
    (
        "note",
        """Logboek bellijn {{org:Servicepunt XL}} — <DATE|T>
10:02 <CFL>, vraag over kwijtschelding gemeentelijke belastingen. Doorgezet naar <PF>.
10:17 anoniem, vraag over {{org:Voedselbank}}.
10:40 <YFL>, <TEL|T>, wil een gesprek over haar <rel>. Teruggebeld door <QF>.
11:05 dhr. <NL>, klacht over overlast <STREET>. Doorverwezen naar {{org:Buurtbemiddeling}}.
11:30 <RF> (<RAGE>), vraagt naar vrijwilligerswerk, nummer <TEL2|T>.""",
    ),
    (
        "tel",
        """Transcript teamlijn, <DATE|T>
Beller: Hallo? Ja hallo, met... met <CF>. Ik heb een vraag.
<PF>: Dag <CF>, zeg het maar.
Beller: Mijn paspoort is verlopen en ik moet een nieuwe, maar ik heb geen geld.
<PF>: Hoe is je achternaam, <CF>?
Beller: <CL>. <CL|spell>.
<PF>: En je woont?
Beller: <ADR|S>... eh... <PC|S>.
<PF>: Ik ga kijken of de bijzondere bijstand het kan betalen. Wat is je geboortedatum?
Beller: <DOB|S>.
<PF>: Top. Ik bel je morgen. Nog steeds <TEL|T>?
Beller: Ja.""",
    ),
    (
        "dict",
        """ingesproken, <pfl|l>: contact {{org:politie}} {{role:wijkagent}} <qf|l> over <cf|l> <cl|l> punt er zijn drie meldingen overlast op de <ADR|S,l> punt <cf|l> is bekend bij {{org:GGZ}} punt pv-nummer <DOS|S> punt wijkagent vraagt of we samen langsgaan <DATE|S> punt akkoord""",
    ),
    (
        "mix",
        """Verslag <DATE|T> (typ ik later netjes uit)
gebeld met <cf|l> ivm bsn voor aanvraag, <zij> las het voor: <BSN|S>. Check in {{org:Suite}}: klopt, staat als <BSN|T>. Aanvraag individuele inkomenstoeslag ingediend. Bankrekening <IBAN|T>. Beschikking komt naar <ADR|T>.""",
    ),
    (
        "vm",
        """@F Voicemail <DATE|T>
"Goedemiddag, u spreekt met <QFL> van {{org:Vluchtelingenwerk}}. Ik bel over een gezin dat binnenkort in <WIJK> komt wonen, op de <ADR|S>. Mevrouw heet <CFL>, de vader <XFL>. Ze hebben vier kinderen. Sleuteloverdracht is op <DATE2|S>. Ik zou graag een warme overdracht doen met jullie. Mijn nummer is <TEL3|S>. Dank u." """,
    ),
    (
        "note",
        """@MID Aantekening: <CF> (<AGE>) woont samen met partner <XF> in een portiekflat in <WIJK> (<ADR|T>). Beiden ex-gebruikers, zitten bij {{org:Brijder}}. Vandaag samen naar {{org:Publiekszaken}} geweest voor nieuwe ID. Volgende stap: uitkering aanvragen, afspraak bij de {{role:klantmanager}} op <DATE|T>. <CF|pos> telefoon is gestolen, bereikbaar via <XF>: <TEL4|T>.""",
    ),
    (
        "tel",
        """@F@OLD Uitgeschreven telefoongesprek <DATE|T> (met toestemming opgenomen)
<PF>: Dus u belt namens uw moeder?
Beller: Ja, ik ben <RFL>. Mijn moeder is <CF> <CL>, ze is <AGE>.
<PF>: Oké. En wat is er aan de hand?
Beller: Ze is gevallen en nu durft ze de trap niet meer af. Ze woont op driehoog, <ADR|S>.
<PF>: Ik begrijp het. Heeft uw moeder een e-mailadres?
Beller: Nee, gebruik het mijne maar. <MAIL2|S>.
<PF>: En uw nummer?
Beller: <TEL2|S>.
<PF>: Ik zet een aanvraag bij het {{org:Wmo-loket}} in. U hoort van <QF>.""",
    ),
    (
        "dict",
        """@F@RM@MID Spraakmemo <PF>, <DATE|T>, 16:45
Oké, even voor mezelf. <CF> <CL> belde, huilend. Haar zoon <RF> is opgepakt. Ze weet niet bij welk bureau. Ik heb gezegd dat ik morgen met haar naar het {{org:Juridisch Loket}} ga. Ze woont <ADR|S>, dat is boven de snackbar. Ze heeft geen beltegoed, bellen kan via haar buurvrouw <NF>, <TEL4|S>. Niet vergeten de {{role:jeugdconsulent}} <QF> te informeren, <RF> is pas <RAGEY>.""",
    ),
    (
        "mix",
        """@M@RF [Notitie {{role:ervaringsdeskundige}} <PF>] <DATE|T>
Gesprek met <CF> op een bankje in het Zuiderpark. Wil niks met instanties. Vertelt dat hij slaapt in een schuur bij de <STREET>. Geboortedatum gaf hij zelf: "<DOB|S>". Heeft vroeger bij {{org:HTM}} gewerkt. Vroeg of ik <RF>, zijn zus (woont <ADR2|T>), wil laten weten dat het goed gaat. Niet zonder zijn toestemming verder delen.""",
    ),
    (
        "note",
        """@F Bezwaarschrift concept — namens <CFL>, <ADR|T>, <PC|T> Den Haag
Betreft: besluit van <DATE|T>, kenmerk <DOS|T>
Geachte heer/mevrouw,
Hierbij maak ik, <CFL>, geboren <DOB|T>, bezwaar tegen het besluit om mijn bijstand te verlagen. Ik woon niet samen met <XFL>; hij staat alleen ingeschreven op mijn adres. Graag word ik gehoord. Mijn telefoonnummer is <TEL|T>.
(opgesteld met hulp van <PF>, {{role:sociaal raadslid}})""",
    ),
    (
        "tel",
        """gesprek <DATE|T> cliënt belt, STT ruw
ja goedemorgen ik ben <cfl|l> ik bel omdat ik een brief heb van de {{org:svb}} over de kinderbijslag die is gestopt ik heb een nummer op de brief <DOS|S> mijn kinderen zijn <rf|l> en <sf|l> ja en ik woon op <ADR|S,l> mijn nummer is <TEL|S> ik spreek niet zo goed nederlands sorry""",
    ),
    (
        "dict",
        """@OLD spraaknotitie: <mw|l> <cl|l> gesproken op het {{org:servicepunt xl}} <wijk|l>. <zij> wil een afspraak met de {{role:ouderenadviseur}} over eenzaamheid en vervoer. telefoon <TEL|S>. ze zegt: bel niet op zondag. adres <ADR|S,l>, <PC|S>. geboren <DOB|S>. [[person:mei]] van {{org:stichting mooi}} neemt het over, zij belt in mei.""",
    ),
    (
        "note",
        """Verslag <DATE|T>. <CFL> ({{org:Cardia}}, dagbesteding) was vandaag bij het inloopspreekuur. <CF> heeft een nieuw adres: <ADR|T>, <PC|T>. Oud adres <ADR2|T> mag uit het systeem. Nieuwe telefoon <TEL|T>. Mentor: <QFL>, bereikbaar op <QMAIL|T>. Ik heb de adreswijziging doorgegeven aan {{org:Middin}}.""",
    ),
    (
        "vm",
        """@RM Voicemail binnengekomen <DATE|T>, 19:58 (buiten kantoortijd)
"Ja, hallo, eh, dit is <CF>. <CFL>. Jullie hebben mijn nummer. Nee, wacht, ik heb een nieuwe telefoon. Dat is <TEL|S>. Ik wil zeggen dat mijn <rel> <RF> weer bij mij slaapt en dat gaat niet goed, hij drinkt. Ik durf niet te bellen naar de politie. Morgen ben ik thuis, de hele dag." """,
    ),
    (
        "note",
        """Doorverwijzing naar {{org:Sociaal Raadslieden}}
Cliënt: <CI>, <ADR|T>, <PC|T> ({{wijk:Moerwijk}})
BSN: <BSN|T>
Vraag: hulp bij bezwaar tegen terugvordering huurtoeslag ({{org:Dienst Toeslagen}}, kenmerk <DOS|T>, brief van <DATE|T>).
Bijgevoegd: kopie ID, beschikking, bankafschrift <IBAN|T>.
Verwijzer: <PFL>, SWT <WIJK>, <PMAIL|T>.""",
    ),
    (
        "dict",
        """@F@RF@OLD dictaat na overleg met <qf|l> ({{role:wijkverpleegkundige}}) over <cf|l> <cl|l> komma <AGE> jaar komma weduwe sinds <YEAR> punt woont op <ADR|S,l> punt dochter <rf|l> woont in belgië komma bellen via <TEL2|S> punt plan komma {{org:tafeltje dek je}} aanvragen en de ouderenbond vragen voor een maatje punt <rf|l> heeft akkoord gegeven via de mail <MAIL2|S>""",
    ),
    (
        "tel",
        """Terugbelgesprek <DATE|T>, <PF> met <mevrouw> <CL>
<Mevrouw> vraagt of ik <haar> {{org:DigiD}} kan helpen aanvragen, <zij> heeft nooit een activatiecode gekregen. Ik vraag of het adres in de BRP klopt: <ADR|S>. "Ja, maar mijn naam staat verkeerd op de deur, daar staat nog <XL>, van mijn ex." Brief komt daardoor soms niet aan. Afgesproken: ik kom <DATE2|S> en we doen het samen. Terugbelnummer <TEL|S>.""",
    ),
    (
        "mix",
        """Aanmeldformulier (deels ingesproken via spraak-naar-tekst)
Naam: <CF> <CL> / Spelling achternaam: <CL|spell>
Geb.datum: <DOB|S>
Adres: <ADR|S>, postcode <PC|S>
Tel: <TEL|S>
Mail: <MAIL|S>
Wijk: <WIJK>
Aanmelder: <PFL> ({{role:POH}} bij huisartsenpraktijk <DL>)
Reden: mantelzorger <CF> raakt overbelast door zorg voor <haar> <parent>.""",
    ),
    (
        "dict",
        """Notitie via spraak: <pf|l> hier. casus <cf|l>, hoi nee, <cfl|l>. <zij> belde vanmiddag: de {{org:gkb}} heeft het verkeerde rekeningnummer. het goede is <IBAN|S>. ik heb het doorgezet naar <qf|l>. dossiernummer bij de gkb: <DOS|S,gkb>. verder alles rustig.""",
    ),
    (
        "note",
        """Agenda-notities week 12
ma: 9.30 <CF> <CL> thuis (<ADR|T>) — samen post doornemen
di: teamoverleg {{org:SWT}} <WIJK>, casus <NL> inbrengen
wo: <DATE|T> 14.00 bij {{org:UWV}} met <XFL>
do: vrij
vr: <QF> bellen over <RF> ({{org:CJG}}), tel <TEL3|T>""",
    ),
    (
        "tel",
        """Transcript belgesprek <DATE|T>, {{role:Wmo-adviseur}} <PF>
<PF>: ...en de hulp kwam niet opdagen?
<CF>: Nee! Al twee weken niet. Ik heb gebeld met {{org:Tzorg}} en die zeggen dat de indicatie op <DATE2|S> is afgelopen.
<PF>: Dat klopt niet, ik zie hier dat hij loopt tot eind volgend jaar. Uw cliëntnummer bij ons is <DOS|S>?
<CF>: Ik weet het niet... ik ben <CFL>, geboren <DOB|S>.
<PF>: Ja, dat bent u. Ik bel ze nu meteen.""",
    ),
    (
        "dict",
        """@F ingesproken <DATE|T>: <mw> <CL> heeft per ongeluk haar pincode gegeven aan iemand die belde namens de bank punt er is zeshonderd euro van de rekening gehaald punt rekening <IBAN|S> punt bank gebeld samen met <haar> komma aangifte via <DATE2|S> bij {{org:politie}} komma nummer aangifte <DOS|S>. <rel> <rf> is op de hoogte.""",
    ),
    (
        "note",
        """Mail aan {{org:Kredietbank}} (kopie dossier)
Beste <QF>,
Hierbij de gegevens van <CFL> voor de aanmelding schuldhulp:
- geb. <DOB|T>
- BSN <BSN|T>
- adres <ADR|T>, <PC|T>
- rekening <IBAN|T>
Er is een spoedverzoek in verband met een dreigende ontruiming per <DATE|T>.
Groet, <PFL>
{{role:schuldhulpverlener}} SWT <WIJK> | <TEL3|T>""",
    ),
    (
        "vm",
        """Voicemail, onverstaanbaar begin
"...dus dat is <CF>. Van de... <ADR|S>. Ja. Ik wil graag dat de {{role:wijkverpleegkundige}} weer komt, want mijn benen zijn weer open. En dokter <DL> zegt dat jullie dat moeten regelen. Mijn nummer... mijn <rel> heeft het, dat is <RF>, <TEL2|S>. Dank u." """,
    ),
    (
        "tel",
        """@F Gesprek <DATE|T> met <CFL>, door <PF>
<CF> belt vanuit de bibliotheek. Ze is afgesloten van internet en heeft geen beltegoed. Ze vraagt om een afspraak voor hulp met de aanvraag huurtoeslag. "Mijn postcode is <PC|S> en ik woon op nummer... dat weet u." Ik check in {{org:Suite}}: <ADR|T>. Afspraak <DATE2|S>, {{org:Servicepunt XL}} <WIJK>. Ze neemt haar <rel> <RF> mee om te tolken.""",
    ),
    (
        "dict",
        """spraaknotitie <PF> <DATE|T>. {{role:bewindvoerder}} <QFL> gebeld over <cl|l>. <QF> meldt dat er per <DATE2|S> leefgeld wordt overgemaakt naar <IBAN|S>. <mw|l> mag er zelf niet meer bij met de pas. <QF|pos> mail: <QMAIL|S>. zaak bekend bij de rechtbank onder <DOS|S>.""",
    ),
    (
        "note",
        """Ter info voor het team: <CF> (vroeger dossier <DOS|T>, afgesloten) staat weer op de stoep. Woont nu met nieuwe partner <XFL> aan de <ADR|T>, <PC|T>. Heeft een baby van drie maanden, <RF>. {{role:JGZ-verpleegkundige}} <QF> maakt zich zorgen over de hygiëne. <PF> pakt op, eerste huisbezoek <DATE|T>.""",
    ),
    (
        "dict",
        """@F dictaat huisbezoek <cf|l> <cl|l>, <DATE|T>. aanwezig <pf|l> en de {{role:ambulant begeleider}} van {{org:Ipse de Bruggen}}. de woning op de <ADR|S,l> is netjes. <cf|l> heeft een nieuwe vriend, <xf|l>, die bij haar intrekt. zorg: <xf|l> heeft een strafblad, bekend bij de {{role:wijkagent}}. geboortedatum van <xf|l> volgens <cf|l>: <DOB|S>. overleg met {{org:Veilig Thuis}} plannen.""",
    ),
    (
        "mix",
        """Sms-gesprek (overgenomen in dossier), <DATE|T>
<PF>: Hoi <CF>, morgen om 10 uur bij jou thuis, gaat dat lukken?
<CF>: ja maar ik woon niet meer daar ik zit bij <rel> <RF> in {{wijk:Laak}}
<PF>: Welk adres?
<CF>: <ADR2|T> 2e bel
<PF>: Oké, dan kom ik daar. Neem je de brieven van {{org:DUO}} mee?
<CF>: ja. mn nummer is nieuw btw <TEL|T>""",
    ),
    (
        "dict",
        """@F Opgenomen notitie (STT) <DATE|T>
Bij <mevrouw> <CL> geweest in <WIJK>. Echtgenoot, meneer <XFL>, ligt sinds <DATE2|S> in {{org:Bronovo}}, hartinfarct. <Mevrouw> spreekt alleen <language>. Nichtje <RF> tolkt via de telefoon, <TEL2|S>. Er is geen geld voor boodschappen deze maand. Aanvraag voedselpakket via {{org:Voedselbank Haaglanden}}, klantnummer <DOS|S>.""",
    ),
    (
        "tel",
        """@F Transcriptie bel-afspraak {{org:MEE}} / SWT, <DATE|T>
<QF> ({{role:MEE-consulent}}): We hebben het over <CF>, toch? <CFL>, <ADR|S>?
<PF>: Ja. Ze heeft een LVB-indicatie, maar woont zonder begeleiding.
<QF>: Ze heeft bij ons gebeld omdat een man, <XF>, bij haar intrekt. Ze noemde zijn nummer, <TEL4|S>. Ken jij hem?
<PF>: Nee. Ik ga er <DATE2|S> langs. Dan bellen we erna?
<QF>: Prima. Mijn nummer is <TEL3|S>.""",
    ),
    (
        "note",
        """@M Overdracht nachtdienst {{org:Straatteam}} → SWT <WIJK>
Cliënt: <CF> <CL>, bijnaam '<NICK>', geen vast adres, slaapt vaak bij de <STREET>. Vannacht aangesproken. Wil wel naar de nachtopvang maar heeft geen ID. Geboortedatum volgens hem <DOB|T>. Telefoon van een vriend: <TEL4|T>. Contact met {{org:Kessler Stichting}} gelegd, registratienummer <DOS|T>.""",
    ),
    (
        "vm",
        """voicemail <DATE|T> 12:03
goedemiddag met <pfl|l> van {{org:haag wonen}} ik bel over uw cliënt <mevrouw> <cl|l> op de <ADR|S,l> er is een melding van de buren over lekkage en we komen er niet in we willen graag <DATE2|S> met een monteur komen kunt u contact met <haar> opnemen ik ben bereikbaar op <TEL3|S> bedankt""",
    ),
    (
        "dict",
        """@M spraakmemo: <CF> zegt dat zijn uitkering op een andere rekening moet, niet meer <IBANX|S> maar <IBAN|S>. Wijziging doorgegeven aan {{org:SZW}}, kenmerk <DOS|S,szw>. <CF> had het formulier al ingevuld met zijn {{role:begeleider}} <QF>, alleen de handtekening ontbrak.""",
    ),
    (
        "tel",
        """@F@OLD Telefoonnotitie, {{role:praktijkondersteuner}} <QFL> belt <DATE|T>
Over <mw> <CL> (<AGE>), <ADR|T>. <QF> vertelt dat <mevrouw> vaker op het spreekuur komt met vage klachten en zegt dat ze "niet meer wil". Geen acuut gevaar volgens <QF>, wel veel eenzaamheid sinds de dood van <haar> man <XF> op <DATE2|S>. Huisarts <DL> verwijst naar ons. Ik bel <mevrouw> op <TEL|S>.""",
    ),
    (
        "dict",
        """@M@RM@O=er@YOUNG dictaat <PF>: gesprek met <CF>, eritrese jongen, <AGE> jaar, statushouder sinds <YEAR>. woont in een kamer aan de <ADR|S>. broer <RF> woont in Amersfoort, <TEL2|S>. <CF> wil een opleiding doen bij het {{org:ROC Mondriaan}} maar heeft een studieschuld bij {{org:DUO}}, dossier <DOS|S>. geboren volgens zijn verblijfsdocument op <DOB|S>.""",
    ),
    # ------------------------------------------------------------------ extra: data-heavy, word-like names
    (
        "vm",
        """@OLD Voicemail <DATE|T>, 13:12
"Goedemiddag, met de apotheek aan de <STREET>, u spreekt met <QF>. Ik bel over uw cliënt, <mevrouw> <CL>, geboortedatum <DOB|S>. <Mevrouw> heeft haar medicijnen sinds <DATE2|S> niet meer opgehaald, de baxterrol ligt hier nog. Kunt u even kijken of alles goed gaat? U kunt ons bellen op <TEL3|S>, keuze twee. Dank u wel." """,
    ),
    (
        "note",
        """Adreswijziging <CFL>
Oud: <ADR2|T>
Nieuw: <ADR|T>, <PC|T> (per <DATE|T>)
Tel. ongewijzigd: <TEL|T>
Doorgeven aan: {{org:UWV}}, {{org:Dienst Toeslagen}}, {{org:CAK}}, huisarts. Verhuisd via {{org:Staedion}}, urgentie toegekend op <DATE2|T>. {{role:Woonconsulent}}: <QFL>.""",
    ),
    (
        "tel",
        """Transcript afspraak verzetten, <DATE|T>
Medewerker: Dus de afspraak bij de {{role:budgetcoach}} was <DATE2|S>?
<CF>: Nee, dat was... wacht, ik kijk op de kalender. <DATE3|S>. Nee sorry, toch <DATE2|S>, u had gelijk.
Medewerker: Geen probleem. En u wilt hem verzetten?
<CF>: Ja, want ik moet werken. Ik werk bij de {{org:Hema}} in de {{wijk:Stationsbuurt}}, als vakkenvuller.
Medewerker: Ik zet hem op <DATE|S>, dezelfde tijd. Ik stuur een bevestiging naar <MAIL|S>.
<CF>: Top, dank u.""",
    ),
    (
        "dict",
        """@M@OLD ingesproken <PF>, <DATE|T>. meneer <CL> van de <ADR|S>, <AGE> jaar. vroeger visser geweest in Scheveningen, nu alleen sinds zijn vrouw is overleden. hij gaat elke zondag naar de kerk, de koster daar houdt een oogje in het zeil. dochter <RF> woont in Spijkenisse, <TEL2|S>. afspraak met de {{role:ouderenadviseur}} <QF> op <DATE2|S>. hij hoopt op een plekje bij de dagbesteding van {{org:Humanitas}}.""",
    ),
    (
        "vm",
        """Voicemail gemist gesprek <DATE|T>
"Ja met <CFL>. Ik bel... ik heb een boete gekregen van het {{org:CJIB}} en ik snap niet waarvoor. Het nummer op de brief is <DOS|S>. Ik woon op <ADR|S>, <PC|S>. Mijn telefoon is <TEL|S>. Als ik niet opneem dan ben ik aan het werk bij de {{org:Albert Heijn}}." """,
    ),
    (
        "note",
        """@F Korte notitie <pf|l> <DATE|T>
<mw|l> <CL> (niet te verwarren met <mw|l> <XL> van de overkant!) heeft gebeld. Wil haar {{org:Ooievaarspas}} verlengen, pasnummer <DOS|T>. Rekeningnummer voor de teruggave: <IBAN|T>. In de hoop dat het voor de zomervakantie rond is. <Zij> werkt twee ochtenden bij de bakker op de hoek. Bellen na 15.00 op <TEL|T>.""",
    ),
    (
        "mix",
        """Belnotitie + overgenomen sms, <DATE|T>
Gebeld met <RF>, <rel> van <CFL>. <RF> vertelt dat <CF> is verhuisd naar een kamer bij <NFL>, adres <ADR2|S>. Daarna sms van <RF>: "sorry verkeerd gezegd het is <ADR2|T>, postcode <PC|T>". Post voortaan daarheen. {{role:Klantmanager}} <QF> ingelicht.""",
    ),
    (
        "tel",
        """@OLD Telefoontje <DATE|T> (uitgeschreven door stagiair <QF>)
Meneer belt, stelt zich voor als <CL>, <CL|spell>, eh, met een ij aan het eind? Nee, zonder. Vraagt of er iemand kan helpen met de aanvraag voor de {{org:Regiotaxi}}. Zijn pasnummer van de {{org:Ooievaarspas}} is <DOS|S>. Geboren <DOB|S>. Adres <ADR|S>. Terugbellen op <TEL|S>, liefst in de ochtend.""",
    ),
    (
        "dict",
        """@M notitie spraak <PF> punt. <CF> heeft een brief gekregen van {{org:Menzis}} over een premieachterstand punt. hij wil een betalingsregeling punt. polisnummer <DOS|S> punt. geboortedatum <DOB|S> punt. adres <ADR|S>, <PC|S> punt. hij vraagt of ik meebel op <DATE|S> om tien uur. ik ben dan vrij.""",
    ),
    (
        "note",
        """Planning huisbezoeken <DATE|T> — <PI>
09:00 <CL>, <ADR|T> ({{wijk:Transvaal}}) — tolk Turks geregeld
10:30 <NL>, <ADR2|T> — samen met {{role:wijkverpleegkundige}} <QF>
12:00 lunch / teamoverleg
13:30 fam. <YL>, <STREET> (huisnummer nog navragen, <TEL4|T>)
15:00 terugbellen {{org:Veilig Thuis}} over <DOS|T,vt>""",
    ),
    (
        "vm",
        """@F Voicemail <DATE|T> 10:41
"Hallo, dit is <QFL> van de {{org:Raad voor de Kinderbescherming}}. Ik bel over het onderzoek bij de familie <CL>, ons zaaknummer is <DOS|S>. Moeder, <CFL>, is niet bereikbaar op het nummer dat wij hebben, <TELX|S>. Heeft u misschien een ander nummer? Mijn nummer is <TEL3|S>. Graag terugbellen voor <DATE2|S>." """,
    ),
]
# ---------------------------------------------------------------- main: fill templates, strip markup
import json
import os
import random
import re
import unicodedata

BIRTHPLACES = {
    "nl": ["Den Haag", "Rotterdam", "Delft", "Leiden"],
    "ma": ["Nador", "Tanger", "Al Hoceima", "Casablanca"],
    "tr": ["Kayseri", "Konya", "Ankara", "Sivas"],
    "sr": ["Paramaribo", "Nickerie", "Moengo"],
    "an": ["Willemstad", "Bonaire", "Aruba"],
    "cv": ["Praia", "Mindelo"],
    "pl": ["Lublin", "Łódź", "Gdańsk"],
    "bg": ["Sliven", "Plovdiv", "Varna"],
    "ro": ["Iași", "Constanța"],
    "sy": ["Aleppo", "Homs", "Damascus"],
    "er": ["Asmara", "Keren"],
    "so": ["Mogadishu", "Hargeisa"],
    "af": ["Kabul", "Herat"],
    "cn": ["Wenzhou", "Hongkong"],
    "gh": ["Accra", "Kumasi"],
}
COUNTRY = {
    "nl": "Duitsland",
    "ma": "Marokko",
    "tr": "Turkije",
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
}
LANGUAGE = {
    "nl": "Nederlands",
    "ma": "Tarifit",
    "tr": "Turks",
    "sr": "Sarnami",
    "an": "Papiaments",
    "cv": "Kriolu",
    "pl": "Pools",
    "bg": "Bulgaars",
    "ro": "Roemeens",
    "sy": "Arabisch",
    "er": "Tigrinya",
    "so": "Somalisch",
    "af": "Dari",
    "cn": "Kantonees",
    "gh": "Twi",
}
NICKS = [
    "Sjonnie",
    "Rooie Kees",
    "Bolle Ap",
    "Kapitein",
    "Ome Joop",
    "Tattoo Rinus",
    "Lange Frans",
    "Kleine Mo",
]
AMOUNTS = [
    "€ 1.140",
    "1140 euro",
    "elfhonderdveertig euro",
    "€ 860,-",
    "achthonderd euro",
    "€ 2.317,50",
]


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ș", "s").replace("ț", "t")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def pick_origin(rng, force=None):
    if force == "eu":
        return rng.choice(["pl", "pl", "bg", "ro"])
    if force:
        return force
    keys = list(ORIGIN_WEIGHTS)
    return rng.choices(keys, weights=[ORIGIN_WEIGHTS[k] for k in keys])[0]


def make_person(rng, origin, gender=None, last=None):
    fem, mal, lasts = ORIGINS[origin]
    gender = gender or rng.choice("FM")
    first = rng.choice(fem if gender == "F" else mal)
    return {"first": first, "last": last or rng.choice(lasts), "gender": gender}


def make_email(rng, first, last, year=None):
    f = ascii_fold(first).lower().replace(" ", "")
    l = ascii_fold(last).lower().replace(" ", "").replace("-", "")
    st = rng.choice(["f.l", "fl", "i.l", "fl#", "l#", "f_l", "f-l", "fi"])
    n = str(year % 100).zfill(2) if year else str(rng.randint(1, 99))
    local = {
        "f.l": f + "." + l,
        "fl": f + l,
        "i.l": f[0] + "." + l,
        "fl#": f + l + n,
        "l#": l + n,
        "f_l": f + "_" + l,
        "f-l": f + "-" + l,
        "fi": f + l[0] + n,
    }[st]
    return local + "@" + rng.choice(MAIL_DOMAINS)


def make_ctx(rng, flags):
    force_o = None
    m = re.search(r"@O=(\w+)", flags)
    if m:
        force_o = m.group(1)
    origin = pick_origin(rng, force_o)
    cg = "F" if "@F" in flags else "M" if "@M" in flags else rng.choice("FFM")
    c = make_person(rng, origin, cg)
    rg = "F" if "@RF" in flags else "M" if "@RM" in flags else rng.choice("FM")
    r = make_person(rng, origin, rg, last=c["last"] if rng.random() < 0.7 else None)
    while r["first"] == c["first"]:
        r = make_person(rng, origin, rg, last=r["last"])
    n = make_person(rng, pick_origin(rng))
    x = make_person(
        rng, origin if rng.random() < 0.6 else pick_origin(rng), "M" if cg == "F" else "F"
    )
    y = make_person(rng, origin if rng.random() < 0.4 else pick_origin(rng), "F")
    sib = make_person(rng, origin, last=c["last"])
    while sib["first"] in (c["first"], r["first"]):
        sib = make_person(rng, origin, last=c["last"])
    p = {"first": rng.choice(PRO_FIRST), "last": rng.choice(PRO_LAST)}
    q = {
        "first": rng.choice([f for f in PRO_FIRST if f != p["first"]]),
        "last": rng.choice(PRO_LAST),
    }
    dob = gen_dob(rng)
    if "@OLD" in flags:
        dob = datetime.date.fromordinal(
            rng.randint(
                datetime.date(1934, 1, 1).toordinal(), datetime.date(1957, 12, 31).toordinal()
            )
        )
    elif "@MID" in flags:
        dob = datetime.date.fromordinal(
            rng.randint(
                datetime.date(1976, 1, 1).toordinal(), datetime.date(1990, 12, 31).toordinal()
            )
        )
    elif "@YOUNG" in flags:
        dob = datetime.date.fromordinal(
            rng.randint(
                datetime.date(1999, 1, 1).toordinal(), datetime.date(2005, 12, 31).toordinal()
            )
        )
    street = rng.choice(STREETS)
    ctx = {
        "origin": origin,
        "C": c,
        "R": r,
        "S": sib,
        "N": n,
        "X": x,
        "Y": y,
        "P": p,
        "Q": q,
        "D": {"first": "", "last": rng.choice(DOC_LAST)},
        "TEL": gen_phone(rng),
        "TEL2": gen_phone(rng, "mob"),
        "TEL3": gen_phone(rng, rng.choice(["mob", "land", "other"])),
        "TEL4": gen_phone(rng),
        "BSN": gen_bsn(rng),
        "IBAN": gen_iban(rng),
        "IBANX": gen_iban(rng),
        "PC": gen_postcode(rng),
        "ADR": (
            street,
            rng.choice([rng.randint(1, 60), rng.randint(1, 60), rng.randint(60, 420)]),
            rng.choice(SUFFIXES),
        ),
        "ADR2": (
            rng.choice([s for s in STREETS if s != street]),
            rng.randint(1, 250),
            rng.choice(SUFFIXES),
        ),
        "STREET": rng.choice([s for s in STREETS if s != street]),
        "DATE": gen_date(rng),
        "DATE2": gen_date(rng),
        "DATE3": gen_date(rng),
        "DOB": dob,
        "DOS": gen_dossier(rng),
        "DOS2": gen_dossier(rng),
        "MAIL": make_email(rng, c["first"], c["last"], dob.year if rng.random() < 0.3 else None),
        "MAIL2": make_email(rng, r["first"], r["last"]),
        "XMAIL": make_email(rng, x["first"], x["last"]),
        "PMAIL": make_email(rng, p["first"], p["last"]).split("@")[0]
        + "@"
        + rng.choice(PRO_DOMAINS),
        "QMAIL": make_email(rng, q["first"], q["last"]).split("@")[0]
        + "@"
        + rng.choice(PRO_DOMAINS),
        "WIJK": rng.choice(WIJKEN),
        "WIJK2": rng.choice(WIJKEN),
        "age": 2024 - dob.year,
    }

    # a mis-heard variant of the client's phone number (one digit off)
    t = list(ctx["TEL"])
    k = rng.randint(4, len(t) - 1)
    t[k] = str((int(t[k]) + rng.randint(1, 8)) % 10)
    ctx["TELX"] = "".join(t)
    return ctx


def cap_first(s):
    return s[:1].upper() + s[1:]


PERSON_KEYS = {
    "CF": ("C", "f"),
    "CL": ("C", "l"),
    "CFL": ("C", "fl"),
    "CI": ("C", "i"),
    "RF": ("R", "f"),
    "RL": ("R", "l"),
    "RFL": ("R", "fl"),
    "NF": ("N", "f"),
    "NL": ("N", "l"),
    "NFL": ("N", "fl"),
    "XF": ("X", "f"),
    "XL": ("X", "l"),
    "XFL": ("X", "fl"),
    "YF": ("Y", "f"),
    "YL": ("Y", "l"),
    "YFL": ("Y", "fl"),
    "PF": ("P", "f"),
    "PL": ("P", "l"),
    "PFL": ("P", "fl"),
    "PI": ("P", "i"),
    "SF": ("S", "f"),
    "QF": ("Q", "f"),
    "QL": ("Q", "l"),
    "QFL": ("Q", "fl"),
    "DL": ("D", "l"),
}
DATA_KEYS = {
    "TEL": "phone",
    "TEL2": "phone",
    "TEL3": "phone",
    "TEL4": "phone",
    "TELX": "phone",
    "BSN": "bsn",
    "IBAN": "iban",
    "IBANX": "iban",
    "PC": "postcode",
    "ADR": "address",
    "ADR2": "address",
    "DATE": "date",
    "DATE2": "date",
    "DATE3": "date",
    "DOB": "date",
    "DOS": "dossier",
    "DOS2": "dossier",
    "MAIL": "email",
    "MAIL2": "email",
    "XMAIL": "email",
    "PMAIL": "email",
    "QMAIL": "email",
}


def pronoun(key, ctx, rng):
    f = ctx["C"]["gender"] == "F"
    rf = ctx["R"]["gender"] == "F"
    nf = ctx["N"]["gender"] == "F"
    table = {
        "zij": "zij" if f else "hij",
        "Zij": "Zij" if f else "Hij",
        "haar": "haar" if f else "zijn",
        "Haar": "Haar" if f else "Zijn",
        "hem": "haar" if f else "hem",
        "mevrouw": "mevrouw" if f else "meneer",
        "Mevrouw": "Mevrouw" if f else "Meneer",
        "mw": "mw" if f else "dhr",
        "Mw": "Mw" if f else "Dhr",
        "rel": "dochter" if rf else "zoon",
        "Rel": "Dochter" if rf else "Zoon",
        "relzij": "zij" if rf else "hij",
        "ouder": "moeder" if f else "vader",
        "Ouder": "Moeder" if f else "Vader",
        "bur": "buurvrouw" if nf else "buurman",
        "Bur": "Buurvrouw" if nf else "Buurman",
    }
    return table.get(key)


def render_key(key, mods, ctx, rng, register):
    """Return markup for one placeholder."""
    lower = "l" in mods or (key[:1].islower() and key.upper() in PERSON_KEYS) or key == "wijk"
    p = pronoun(key, ctx, rng)
    if p is not None:
        return p
    K = key.upper()
    if K in PERSON_KEYS:
        who, part = PERSON_KEYS[K]
        pers = ctx[who]
        if "spell" in mods:
            src = pers["last"] if part in ("l", "fl", "i") else pers["first"]
            return "[[person:%s]]" % spell(src, rng)
        if part == "f":
            v = pers["first"]
        elif part == "l":
            v = cap_first(pers["last"])
        elif part == "fl":
            v = pers["first"] + " " + pers["last"]
        else:
            v = pers["first"][0] + ". " + pers["last"]
        if lower:
            v = v.lower()
        out = "[[person:%s]]" % v
        if "pos" in mods:
            out += "'" if v[-1] in "sxz" else "'s"
        return out
    if K in DATA_KEYS:
        label = DATA_KEYS[K]
        if "S" in mods:
            spoken = True
        elif "T" in mods:
            spoken = False
        else:
            spoken = (
                rng.random()
                < {"vm": 0.75, "tel": 0.75, "dict": 0.75, "mix": 0.5, "note": 0.1}[register]
            )
        val = ctx[K]
        dstyle = [m for m in mods if m in ("vt", "szw", "wmo", "cjg", "gkb", "shv")]
        if dstyle:
            val = gen_dossier(rng, dstyle[0])
        if label == "phone":
            v = r_phone(val, spoken, rng)
        elif label == "bsn":
            v = r_bsn(val, spoken, rng)
        elif label == "iban":
            v = r_iban(val, spoken, rng)
        elif label == "postcode":
            v = r_postcode(val, spoken, rng)
        elif label == "address":
            v = r_address(*val, spoken, rng)
        elif label == "date":
            v = r_dob(val, spoken, rng) if K == "DOB" else r_date(val, spoken, rng)
        elif label == "dossier":
            v = r_dossier(val, spoken, rng)
        else:
            v = r_email(val, spoken, rng)
        if lower:
            v = v.lower()
        return "[[%s:%s]]" % (label, v)
    if K == "WIJK" or K == "WIJK2":
        v = ctx[K]
        return "{{wijk:%s}}" % (v.lower() if lower else v)
    if K == "AGE":
        a = ctx["age"] if ctx["age"] < 100 else 77
        if key == "AGE" and register in ("vm", "tel", "dict") and rng.random() < 0.6:
            return nw(a)
        return str(a)
    if K in ("RAGE", "RAGEY"):
        a = rng.randint(14, 17) if K == "RAGEY" else max(14, ctx["age"] - rng.randint(22, 34))
        return nw(a) if register in ("vm", "tel", "dict") and rng.random() < 0.5 else str(a)
    if K == "YEAR":
        y = rng.randint(2012, 2022)
        return year_words(y, rng) if register in ("vm", "dict") and rng.random() < 0.5 else str(y)
    if K == "AMOUNT":
        return rng.choice(AMOUNTS)
    if K == "STREET":
        return ctx["STREET"]
    if K == "BIRTHPLACE":
        return rng.choice(BIRTHPLACES[ctx["origin"]])
    if K == "COUNTRY":
        return COUNTRY[ctx["origin"]]
    if K == "LANGUAGE":
        return LANGUAGE[ctx["origin"]]
    if K == "PARENT":
        return rng.choice(["moeder", "vader"])
    if K == "NICK":
        return "[[person:%s]]" % rng.choice(NICKS)
    raise KeyError(key)


PH = re.compile(r"<([A-Za-z][A-Za-z0-9]*)(?:\|([A-Za-z,]+))?>")
MK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}")


def fill(template, register, rng):
    flags = ""
    m = re.match(r"((?:@[A-Za-z=]+)+)\s", template)
    if m:
        flags = m.group(1)
        template = template[m.end() :]
    ctx = make_ctx(rng, flags)
    cache = {}

    def sub(mo):
        ph = mo.group(0)
        if ph not in cache:
            mods = set((mo.group(2) or "").split(","))
            cache[ph] = render_key(mo.group(1), mods, ctx, rng, register)
        return cache[ph]

    return PH.sub(sub, template.strip())


def strip(marked):
    text, pii, keep = [], [], []
    pos, out_len = 0, 0
    for mo in MK.finditer(marked):
        pre = marked[pos : mo.start()]
        text.append(pre)
        out_len += len(pre)
        label = mo.group(1) or mo.group(3)
        span = mo.group(2) if mo.group(1) else mo.group(4)
        text.append(span)
        rec = {"start": out_len, "end": out_len + len(span), "label": label, "text": span}
        (pii if mo.group(1) else keep).append(rec)
        out_len += len(span)
        pos = mo.end()
    text.append(marked[pos:])
    return "".join(text), pii, keep


PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}


def verify(rec):
    t = rec["text"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: s["start"])
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
    for s in rec["pii"]:
        assert s["label"] in PII_LABELS, s
        if s["label"] == "bsn" and s["text"].replace(".", "").replace(" ", "").isdigit():
            assert bsn_ok(s["text"].replace(".", "").replace(" ", "")), s
        if s["label"] == "iban":
            compact = s["text"].replace(" ", "").replace(".", "")
            if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z]{4}\d{10}", compact):
                assert iban_ok(compact), s
    for s in rec["keep"]:
        assert s["label"] in KEEP_LABELS, s
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    assert rec["pii"], rec["id"]
    assert "<" not in t and "[[" not in t and "{{" not in t and "]]" not in t and "}}" not in t, (
        rec["id"],
        t,
    )


def main(n_texts=None, seed=92):
    rng = random.Random(seed)
    n_texts = n_texts or 2 * len(TEMPLATES)
    order = []
    while len(order) < n_texts:
        idx = list(range(len(TEMPLATES)))
        rng.shuffle(idx)
        order += idx
    order = order[:n_texts]
    out = []
    for i, ti in enumerate(order):
        register, tpl = TEMPLATES[ti]
        marked = fill(tpl, register, rng)
        text, pii, keep = strip(marked)
        rec = {"id": "ho92-%04d" % i, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        out.append(rec)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout92.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in out for s in r["pii"])
    kc = Counter(s["label"] for r in out for s in r["keep"])
    words = [len(r["text"].split()) for r in out]
    print(path)
    print(
        "texts",
        len(out),
        "avg words %.1f" % (sum(words) / len(words)),
        "min",
        min(words),
        "max",
        max(words),
    )
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", sum(kc.values()), dict(kc.most_common()))
    for lab in PII_LABELS:
        assert pc[lab] >= 15, (lab, pc[lab])


if __name__ == "__main__":
    main()
