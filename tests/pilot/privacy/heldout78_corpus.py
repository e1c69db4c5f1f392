# Core helpers for heldout78: spoken Dutch numbers, value generators, markup, noise.
# stdlib only, deterministic given the rng in G.
import random, re, datetime


class _G:
    r = random.Random(0)
    lv = 0  # mess level 0 neat, 1 mid, 2 messy
    facts = []  # underlying values (for checks)


G = _G()


def rnd():
    return G.r.random()


def pick(seq):
    return G.r.choice(seq)


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = rnd() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def maybe(p, s, alt=""):
    return s if rnd() < p else alt


def ri(a, b):
    return G.r.randint(a, b)


# ---------------------------------------------------------------- numbers
U = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
TEENS = [
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


def nw(n):
    if n < 10:
        return U[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        uw = U[u]
        return uw + ("ën" if uw.endswith("e") else "en") + TENS[t]
    if n < 1000:
        h, rest = divmod(n, 100)
        return ("" if h == 1 else U[h]) + "honderd" + (nw(rest) if rest else "")
    th, rest = divmod(n, 1000)
    return ("" if th == 1 else nw(th)) + "duizend" + (nw(rest) if rest else "")


def ordw(n):
    w = nw(n)
    if n == 1:
        return "eerste"
    if n == 3:
        return "derde"
    if n == 8:
        return "achtste"
    if n < 20:
        return w + "de"
    return w + "ste"


def digw(ds, acc=None):
    if acc is None:
        acc = rnd() < 0.3
    out = []
    for d in ds:
        if d == "1" and acc:
            out.append("één")
        else:
            out.append(U[int(d)])
    return " ".join(out)


def pairw(p):
    # two-digit chunk read as a number; leading zero read as "nul x"
    if p[0] == "0":
        return "nul " + U[int(p[1])]
    return nw(int(p))


def groupw(g):
    if len(g) == 1:
        return U[int(g)]
    if len(g) == 2:
        return pairw(g)
    if g[0] == "0":
        return digw(g, False)
    return nw(int(g))


def yearw(y):
    c, rest = divmod(y, 100)
    if 2000 <= y < 2010:
        return wpick([("tweeduizend" + nw(y - 2000), 3), ("tweeduizend " + nw(y - 2000), 3)])
    if y >= 2000:
        return wpick(
            [
                ("tweeduizend" + nw(y - 2000), 3),
                ("tweeduizend " + nw(y - 2000), 3),
                ("twintig " + nw(rest), 2),
            ]
        )
    return wpick([("negentien " + nw(rest), 6), ("negentienhonderd" + nw(rest), 1)])


# ---------------------------------------------------------------- markup
def P(x):
    return "[[person:%s]]" % x


def K(label, x):
    return "<<%s:%s>>" % (label, x)


def S(label, x):
    return "[[%s:%s]]" % (label, x)


def spell(name):
    return " ".join(ch.upper() for ch in name if ch.isalpha())


# ---------------------------------------------------------------- phone
def gen_mobile():
    return "06" + str(ri(1, 5)) + "".join(str(ri(0, 9)) for _ in range(7))


def gen_land():
    area = wpick([("070", 8), ("010", 1), ("071", 1), ("079", 1), ("015", 1)])
    return area + str(pick([2, 3, 3, 3, 4, 5, 3])) + "".join(str(ri(0, 9)) for _ in range(6))


def render_mobile(n):
    rest = n[2:]
    pr = [rest[i : i + 2] for i in range(0, 8, 2)]
    lv = G.lv
    st = wpick(
        [
            ("dw", 3),
            ("pairs", 4),
            ("pairs_c", 1 if lv < 2 else 0.3),
            ("mixed", 3),
            ("odd", 2),
            ("std", 3 - lv),
            ("intl_w", 1),
            ("intl_d", 1 if lv < 2 else 0.3),
            ("streep", 1),
            ("half", 2),
            ("four", 1),
        ]
    )
    nz = wpick([("nul zes", 8), ("nul-zes", 1), ("06", 2)])
    if st == "dw":
        return "nul zes " + digw(rest)
    if st == "pairs":
        return nz + " " + " ".join(pairw(p) for p in pr)
    if st == "pairs_c":
        return "nul zes, " + ", ".join(pairw(p) for p in pr)
    if st == "mixed":
        return pick(["06", "nul zes"]) + " " + " ".join(pairw(p) if rnd() < 0.5 else p for p in pr)
    if st == "odd":
        return pick(
            [
                "06" + rest[0] + " " + rest[1:4] + " " + rest[4:],
                "0" + "6" + rest[:2] + " " + rest[2:5] + " " + rest[5:],
                "06 " + rest[:3] + " " + rest[3:5] + " " + rest[5:],
                "06 " + rest[:1] + " " + rest[1:],
            ]
        )
    if st == "std":
        return pick(
            ["06-" + rest, "06 " + " ".join(pr), "06 " + rest[:4] + " " + rest[4:], "06" + rest]
        )
    if st == "intl_w":
        return pick(["plus eenendertig zes ", "plus drie een zes "]) + " ".join(
            pairw(p) for p in pr
        )
    if st == "intl_d":
        return pick(["+31 6 " + rest[:4] + " " + rest[4:], "+316" + rest, "+31 (0)6 " + rest])
    if st == "streep":
        return "nul zes streepje " + digw(rest)
    if st == "half":
        return nz + " " + digw(rest[:4]) + " " + rest[4:]
    if st == "four":
        return (
            "nul zes " + groupw(rest[:2]) + " " + " ".join(pairw(p) for p in pr[1:])
            if rnd() < 0.5
            else "06 " + nw(int(rest[:2])) + " " + rest[2:]
        )
    return n


AREA_W = {
    "070": "nul zeventig",
    "010": "nul tien",
    "071": "nul eenenzeventig",
    "079": "nul negenenzeventig",
    "015": "nul vijftien",
}


def render_land(n):
    area, rest = n[:3], n[3:]
    st = wpick([("dw", 3), ("areaw", 4), ("digits", 3 - G.lv), ("mixed", 3), ("odd", 1)])
    if st == "dw":
        return digw(area, False) + " " + digw(rest)
    if st == "areaw":
        return (
            AREA_W[area] + " " + groupw(rest[:3]) + " " + pairw(rest[3:5]) + " " + pairw(rest[5:])
        )
    if st == "digits":
        return pick(
            [
                "%s-%s" % (area, rest),
                "(%s) %s %s %s" % (area, rest[:3], rest[3:5], rest[5:]),
                "%s %s %s" % (area, rest[:3], rest[3:]),
                "%s %s" % (area, rest),
            ]
        )
    if st == "mixed":
        return pick(
            [
                AREA_W[area] + " " + rest[:3] + " " + rest[3:5] + " " + rest[5:],
                area + " " + digw(rest[:3]) + " " + pairw(rest[3:5]) + " " + pairw(rest[5:]),
                area + " " + groupw(rest[:3]) + " " + rest[3:],
            ]
        )
    return area + rest[:2] + " " + rest[2:]


def PH(kind=None):
    if kind is None:
        kind = wpick([("m", 3), ("l", 1)])
    n = gen_mobile() if kind == "m" else gen_land()
    G.facts.append(("phone", n))
    return S("phone", render_mobile(n) if kind == "m" else render_land(n))


# ---------------------------------------------------------------- bsn
def gen_bsn():
    while True:
        d = [ri(1, 4)] + [ri(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        c = s % 11
        if c <= 9:
            b = "".join(map(str, d + [c]))
            assert bsn_ok(b)
            return b


def bsn_ok(b):
    if len(b) != 9 or not b.isdigit():
        return False
    return (sum(int(b[i]) * (9 - i) for i in range(8)) - int(b[8])) % 11 == 0


def render_bsn(b):
    st = wpick(
        [
            ("dw", 5),
            ("dots", 1),
            ("plain", 2 - G.lv * 0.5),
            ("sp3", 2),
            ("odd", 1),
            ("mixed", 2),
            ("pairs", 2),
            ("triples", 1),
        ]
    )
    if st == "dw":
        return digw(b)
    if st == "dots":
        return b[:4] + "." + b[4:6] + "." + b[6:]
    if st == "plain":
        return b
    if st == "sp3":
        return b[:3] + " " + b[3:6] + " " + b[6:]
    if st == "odd":
        return pick(
            [
                b[:2] + " " + b[2:4] + " " + b[4:6] + " " + b[6:],
                b[:5] + " " + b[5:],
                b[:1] + " " + b[1:],
            ]
        )
    if st == "mixed":
        return pick(
            [
                b[:4] + " " + digw(b[4:]),
                digw(b[:3]) + " " + b[3:],
                b[:3] + " " + groupw(b[3:6]) + " " + b[6:],
            ]
        )
    if st == "pairs":
        return " ".join(pairw(b[i : i + 2]) for i in range(0, 8, 2)) + " " + U[int(b[8])]
    return " ".join(groupw(b[i : i + 3]) for i in range(0, 9, 3))


def BSN():
    b = gen_bsn()
    G.facts.append(("bsn", b))
    return S("bsn", render_bsn(b))


# ---------------------------------------------------------------- iban
BANKS = {
    "INGB": ["INGB", "I N G B", "ing b", "ingb"],
    "RABO": ["RABO", "rabo", "R A B O", "Rabo"],
    "ABNA": ["ABNA", "A B N A", "abna"],
    "SNSB": ["SNSB", "S N S B", "snsb"],
    "ASNB": ["ASNB", "A S N B"],
    "TRIO": ["TRIO", "trio"],
    "KNAB": ["KNAB", "knab"],
    "BUNQ": ["BUNQ", "bunq"],
    "RBRB": ["RBRB", "R B R B"],
}


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def gen_iban():
    bank = wpick(
        [
            ("INGB", 5),
            ("RABO", 4),
            ("ABNA", 3),
            ("SNSB", 2),
            ("ASNB", 1),
            ("TRIO", 1),
            ("KNAB", 1),
            ("BUNQ", 1),
            ("RBRB", 1),
        ]
    )
    acct = "".join(str(ri(0, 9)) for _ in range(10))
    if bank == "INGB" and rnd() < 0.5:
        acct = "000" + acct[3:]
    chk = 98 - iban_num(bank + acct + "NL00") % 97
    ib = "NL%02d%s%s" % (chk, bank, acct)
    assert iban_ok(ib)
    return ib


def iban_ok(ib):
    ib = ib.replace(" ", "").upper()
    return iban_num(ib[4:] + ib[:4]) % 97 == 1


def render_iban(ib):
    cc, bank, acct = ib[2:4], ib[4:8], ib[8:]
    bw = pick(BANKS[bank])
    st = wpick(
        [("std", 3 - G.lv), ("compact", 1), ("words", 4), ("mixed", 3), ("spelled", 1), ("odd", 1)]
    )
    if st == "std":
        return "NL%s %s %s %s %s" % (cc, bank, acct[:4], acct[4:8], acct[8:])
    if st == "compact":
        return ib
    nl = pick(["NL", "NL", "N L", "nl", "en el"]) if st != "spelled" else "N L"
    if st == "words":
        tail = (
            digw(acct) if rnd() < 0.6 else " ".join(pairw(acct[i : i + 2]) for i in range(0, 10, 2))
        )
        return "%s %s %s %s" % (nl, nw(int(cc)) if cc[0] != "0" else digw(cc), bw, tail)
    if st == "mixed":
        return pick(
            [
                "%s %s %s %s" % (nl, cc, bw, acct),
                "NL%s %s %s %s" % (cc, bank, digw(acct[:4]), acct[4:]),
                "%s %s %s %s" % (nl, nw(int(cc)) if cc[0] != "0" else digw(cc), bank, acct),
                "NL %s %s %s %s %s" % (cc, bw, acct[:2], acct[2:6], acct[6:]),
            ]
        )
    if st == "spelled":
        return "N L %s %s %s" % (digw(cc), spell(bank), digw(acct))
    return "NL%s%s %s %s %s" % (cc, bank, acct[:2], acct[2:6], acct[6:])


def IBAN():
    ib = gen_iban()
    G.facts.append(("iban", ib))
    return S("iban", render_iban(ib))


# ---------------------------------------------------------------- postcode
PCL = "ABCDEGHJKLMNPRTVWXZ"
ALFA = {
    "A": "Anton",
    "B": "Bernard",
    "C": "Cornelis",
    "D": "Dirk",
    "E": "Eduard",
    "G": "Gerard",
    "H": "Hendrik",
    "J": "Johan",
    "K": "Karel",
    "L": "Lodewijk",
    "M": "Marie",
    "N": "Nico",
    "P": "Pieter",
    "R": "Richard",
    "T": "Teunis",
    "V": "Victor",
    "W": "Willem",
    "X": "Xantippe",
    "Z": "Zacharias",
}


def gen_pc():
    return str(ri(2491, 2597)), pick(PCL) + pick(PCL)


def render_pc(num, let):
    st = wpick(
        [
            ("std", 3 - G.lv),
            ("compact", 1),
            ("low", 1 + G.lv * 0.5),
            ("dw", 4),
            ("pair", 3),
            ("pair_sp", 1),
            ("alfa", 1),
            ("mixed", 2),
        ]
    )
    if st == "std":
        return num + " " + let
    if st == "compact":
        return num + let
    if st == "low":
        return num + " " + let.lower()
    if st == "dw":
        return digw(num) + " " + pick([let, " ".join(let), " ".join(let.lower())])
    if st == "pair":
        return pairw(num[:2]) + " " + pairw(num[2:]) + " " + pick([let, let.lower()])
    if st == "pair_sp":
        return pairw(num[:2]) + " " + pairw(num[2:]) + " " + " ".join(let.lower())
    if st == "alfa":
        return (
            pick([digw(num), num])
            + ", "
            + let[0].lower()
            + " van "
            + ALFA[let[0]]
            + ", "
            + let[1].lower()
            + " van "
            + ALFA[let[1]]
        )
    return pick(
        [
            num[:2] + " " + num[2:] + " " + let,
            num + " " + let[0] + "." + let[1] + ".",
            digw(num[:2]) + " " + num[2:] + " " + let,
        ]
    )


def PC():
    n, l = gen_pc()
    G.facts.append(("postcode", n + l))
    return S("postcode", render_pc(n, l))


# ---------------------------------------------------------------- address
STREETS = [
    "Hoefkade",
    "Leyweg",
    "Vaillantlaan",
    "Paul Krugerlaan",
    "Loosduinseweg",
    "Hobbemastraat",
    "Wouwermanstraat",
    "Parallelweg",
    "Boekhorststraat",
    "Troelstrakade",
    "Moerweg",
    "Zuiderparklaan",
    "Escamplaan",
    "Dedemsvaartweg",
    "Meppelweg",
    "Erasmusweg",
    "Melis Stokelaan",
    "Loevesteinlaan",
    "Beresteinlaan",
    "Kempstraat",
    "Zaanstraat",
    "Rijswijkseweg",
    "Laakkade",
    "Goudsbloemlaan",
    "Segbroeklaan",
    "Fahrenheitstraat",
    "Weimarstraat",
    "Stuwstraat",
    "Jacob Catslaan",
    "Apeldoornselaan",
    "Vlaskamp",
    "Schalkburgerstraat",
    "Van Ostadestraat",
    "De la Reyweg",
    "Mercuriusweg",
    "Hengelolaan",
    "Kijkduinsestraat",
    "Elandstraat",
    "Piet Heinstraat",
    "Oudemansstraat",
    "Tesselsestraat",
    "Soestdijksekade",
    "Bisschopsweg",
    "Mient",
    "Anna Blamanplein",
    "Hanenburglaan",
    "Heeswijkplein",
    "Wolweversgaarde",
    "Zwaardvegersgaarde",
    "Hellevoetstraat",
    "Cartesiusstraat",
    "Acaciastraat",
    "Zonnebloemstraat",
    "Ruychrocklaan",
    "Hildebrandplein",
    "Schoonhovestraat",
    "Dierenselaan",
    "Harstenhoekweg",
    "Scheveningseweg",
]


def render_hn(n, suf):
    # house number + suffix, written or spoken
    spoken = rnd() < (0.45 + 0.15 * G.lv)
    if spoken:
        num = nw(n) if (n < 100 or rnd() < 0.6) else digw(str(n))
    else:
        num = str(n)
    if suf is None:
        return num
    kind, val = suf
    if kind == "letter":
        if spoken:
            return num + " " + pick([val, val.lower()])
        return pick([num + val, num + "-" + val, num + " " + val, num + val.lower()])
    if kind == "hs":
        return num + (
            pick([" huis", " h s", " hs"]) if spoken else pick(["-hs", " hs", "-HS", "hs"])
        )
    if kind == "bis":
        return num + (" bis" if spoken else pick([" bis", "bis", "-bis"]))
    if kind == "floor":
        fw = {1: ("I", "een", "eerste"), 2: ("II", "twee", "tweede"), 3: ("III", "drie", "derde")}[
            val
        ]
        if spoken:
            return num + " " + pick([fw[1] + " hoog", fw[2], fw[1] + " hoog"])
        return num + pick(["-" + fw[0], " " + fw[0], "-%d" % val, " %d hoog" % val])
    return num


def gen_addr():
    st = pick(STREETS)
    n = wpick([(ri(1, 40), 4), (ri(41, 140), 3), (ri(141, 420), 2)])
    suf = wpick(
        [
            (None, 5),
            (("letter", pick("ABCD")), 2),
            (("hs", None), 1),
            (("bis", None), 0.5),
            (("floor", pick([1, 2, 3])), 1.3),
        ]
    )
    return st, n, suf


def ADR(nummer=None):
    st, n, suf = gen_addr()
    G.facts.append(("address", "%s %s %s" % (st, n, suf)))
    if nummer is None:
        nummer = rnd() < 0.12
    return S("address", st + (" nummer " if nummer else " ") + render_hn(n, suf))


def STREET_ONLY():
    return pick(STREETS)


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
WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def gen_date(kind="event"):
    if kind == "birth":
        y = ri(1938, 2005)
    else:
        y = wpick([(2023, 2), (2024, 4), (2025, 3)])
    m = ri(1, 12)
    d = ri(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return datetime.date(y, m, d)


def render_date(dt, kind="event", year=None, wd=None):
    d, m, y = dt.day, dt.month, dt.year
    if year is None:
        year = rnd() < (0.55 if kind == "birth" else 0.25)
    if kind == "birth":
        year = True
    if wd is None:
        wd = (kind != "birth") and rnd() < 0.22
    wds = WD[dt.weekday()] + " " if wd else ""
    st = wpick(
        [
            ("w", 6),
            ("d", 3 - G.lv * 0.7),
            ("num", 2 if kind == "birth" else 1.2),
            ("ordvan", 0.6 if not wd else 0),
            ("numw", 1.2 if kind == "birth" else 0.3),
            ("mixed", 1),
        ]
    )
    if st == "w":
        s = wds + nw(d) + " " + MONTHS[m - 1]
        if year:
            s += " " + (yearw(y) if rnd() < 0.7 else str(y))
        return s
    if st == "d":
        s = wds + str(d) + " " + MONTHS[m - 1]
        if year:
            s += " " + pick([str(y), str(y), "'" + str(y)[2:]])
        return s
    if st == "num":
        yy = pick([str(y), str(y)[2:], "'" + str(y)[2:]]) if year else None
        dd = pick([str(d), "%02d" % d])
        mm = pick([str(m), "%02d" % m])
        sep = pick(["-", "-", "/", " "]) if not (yy and "'" in yy) else "-"
        s = dd + sep + mm + (sep + yy if yy else "")
        return wds + s
    if st == "ordvan":
        s = "de " + ordw(d) + " van de " + ordw(m)
        return s
    if st == "numw":
        s = nw(d) + pick([" ", ", "]) + nw(m)
        if year or kind == "birth":
            s += pick([" ", ", "]) + (
                yearw(y)
                if (kind == "birth" and rnd() < 0.6)
                else nw(y % 100)
                if y % 100 >= 10
                else yearw(y)
            )
        return wds + s
    # mixed
    if year:
        return wds + pick(
            [
                str(d) + " " + MONTHS[m - 1] + " " + yearw(y),
                nw(d) + " " + MONTHS[m - 1] + " " + str(y),
            ]
        )
    return wds + pick([str(d) + " " + MONTHS[m - 1], nw(d) + " " + MONTHS[m - 1]])


def DTX(dt, kind="event", year=None, wd=None):
    G.facts.append(("date", dt.isoformat()))
    return S("date", render_date(dt, kind, year, wd))


def DT(kind="event", year=None, wd=None):
    dt = gen_date(kind)
    G.facts.append(("date", dt.isoformat()))
    return S("date", render_date(dt, kind, year, wd))


# ---------------------------------------------------------------- e-mail
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "planet.nl",
    "icloud.com",
    "yahoo.com",
    "hetnet.nl",
    "hotmail.nl",
    "outlook.com",
]


def _norm(s):
    import unicodedata

    t = s.lower().replace("ł", "l").replace("ı", "i")
    t = "".join(ch for ch in unicodedata.normalize("NFKD", t) if not unicodedata.combining(ch))
    for a, b in [
        ("ş", "s"),
        ("ç", "c"),
        ("ö", "o"),
        ("ü", "u"),
        ("ğ", "g"),
        ("ı", "i"),
        ("ł", "l"),
        ("ś", "s"),
        ("ń", "n"),
        ("ó", "o"),
        ("ą", "a"),
        ("ę", "e"),
        ("é", "e"),
        ("ë", "e"),
        ("ã", "a"),
        ("ț", "t"),
        ("ș", "s"),
        ("ä", "a"),
        ("'", ""),
    ]:
        t = t.replace(a, b)
    return re.sub(r"[^a-z]", "", t)


def gen_email(first, last, work=None):
    f, l = _norm(first), _norm(last)
    if work:
        return pick([f[0] + "." + l, f + "." + l]) + "@" + work
    local = wpick(
        [
            (f + "." + l, 3),
            (f[0] + "." + l, 2),
            (f + l, 2),
            (f + "_" + l, 1),
            (l + str(ri(60, 99)), 1),
            (f + str(ri(1, 99)), 2),
            (f + "-" + l, 1),
            (f[0] + l + str(ri(1970, 2004)), 1),
        ]
    )
    return local + "@" + pick(DOMAINS)


def speak_email(e):
    st = wpick([("plain", 2 - G.lv * 0.6), ("full", 4), ("half", 3), ("at", 2)])
    if st == "plain":
        return e
    local, dom = e.split("@")

    def sp_local(x, full):
        out = []
        for tok in re.split(r"([._\-]|\d+)", x):
            if not tok:
                continue
            if tok == ".":
                out.append("punt")
            elif tok == "_":
                out.append(pick(["underscore", "laag streepje"]))
            elif tok == "-":
                out.append(pick(["streepje", "min"]))
            elif tok.isdigit():
                out.append(
                    nw(int(tok))
                    if (full and len(tok) <= 2)
                    else (yearw(int(tok)) if full and len(tok) == 4 and rnd() < 0.5 else tok)
                )
            else:
                out.append(tok)
        return " ".join(out)

    if st == "full":
        return (
            sp_local(local, True)
            + " "
            + pick(["apenstaartje", "apenstaartje", "at"])
            + " "
            + dom.replace(".", " punt ")
        )
    if st == "half":
        return (
            sp_local(local, False)
            + " "
            + pick(["apenstaartje", "at", "@"])
            + " "
            + pick([dom, dom.replace(".", " punt ")])
        )
    return local + " " + pick(["at", "apenstaartje"]) + " " + dom


def MAIL(p=None, work=None):
    e = gen_email(p.first if p else pick(["sanne", "kees"]), p.last if p else "jansen", work)
    G.facts.append(("email", e))
    return S("email", speak_email(e))


# ---------------------------------------------------------------- dossier
def DOS(kind=None, prefs=None):
    y = pick([2023, 2024, 2025])
    yy = str(y)[2:]
    kind = kind or wpick(
        [("yr", 3), ("pref", 3), ("hash", 1.5), ("slash", 1), ("plain", 1.5), ("letterno", 1)]
    )
    lv = G.lv
    spoken = rnd() < 0.6
    if kind == "yr":
        n = "%05d" % ri(100, 99999)
        if spoken:
            s = (
                pick([yearw(y) if rnd() < 0.3 else nw(20) + " " + nw(int(yy)), digw(str(y))])
                + " "
                + pick(["streepje ", ""])
                + digw(n)
            )
        else:
            s = pick(["%d-%s" % (y, n), "%d %s" % (y, n), "%d%s" % (y, n)])
    elif kind == "pref":
        pref = pick(prefs or ["SZW", "WMO", "SHV", "ZK", "BW", "GKB", "JZ", "MO", "SWT"])
        n = str(ri(100000, 999999)) if rnd() < 0.5 else yy + "-" + "%05d" % ri(10, 99999)
        if spoken:
            ns = " ".join(digw(x) if rnd() < 0.7 else x for x in n.split("-"))
            s = (
                pick([" ".join(pref), pref, pref.lower()])
                + " "
                + pick(["streepje ", ""])
                + ns.replace("-", " streepje ")
            )
        else:
            s = pick([pref + "-" + n, pref + " " + n, pref + n])
    elif kind == "vt":
        n = str(ri(1000, 9999))
        if spoken:
            s = (
                pick(["V T", "VT", "v t"])
                + " "
                + pick([yearw(y), str(y)])
                + " "
                + pick([digw(n), pairw(n[:2]) + " " + pairw(n[2:])])
            )
        else:
            s = "VT-%d-%s" % (y, n)
    elif kind == "hash":
        n = str(ri(10000, 99999))
        if spoken:
            s = pick(["hekje ", "hekje ", "hashtag "]) + pick([digw(n), n])
        else:
            s = "#" + n
    elif kind == "slash":
        n = "%04d" % ri(1, 9999)
        pref = pick(["BW", "ZW", "SH", "MW"])
        if spoken:
            s = pref + " schuine streep " + pick([str(y), yearw(y)]) + " schuine streep " + digw(n)
        else:
            s = "%s/%d/%s" % (pref, y, n)
    elif kind == "plain":
        n = str(ri(100000, 9999999))
        s = digw(n) if spoken else pick([n, n[:3] + " " + n[3:]])
    else:
        let = pick(["C", "R", "D", "A"])
        n = str(ri(100000, 999999))
        s = (
            (let + " " + pick([digw(n), " ".join(pairw(n[i : i + 2]) for i in range(0, 6, 2))]))
            if spoken
            else let + n
        )
    G.facts.append(("dossier", s))
    return S("dossier", s)


# ---------------------------------------------------------------- noise & assembly
TOK = re.compile(r"(\[\[\w+:.*?\]\]|<<\w+:.*?>>)")
FILLERS = ["eh", "ehm", "uh", "uhm", "eh", "hè"]


def parse(marked):
    segs = []
    for part in TOK.split(marked):
        if not part:
            continue
        m = re.fullmatch(r"\[\[(\w+):(.*?)\]\]", part)
        if m:
            segs.append(("p", m.group(1), m.group(2)))
            continue
        m = re.fullmatch(r"<<(\w+):(.*?)>>", part)
        if m:
            segs.append(("k", m.group(1), m.group(2)))
            continue
        segs.append(("t", None, part))
    return segs


def noise_plain(t, fl):
    if fl.get("lower_all"):
        t = t.lower()
    if fl.get("lower_starts"):
        t = re.sub(
            r"(^|[.?!]\s+|\n)([A-Z])(?=[a-zëéï])", lambda m: m.group(1) + m.group(2).lower(), t
        )
    t = t.replace("eén", "één")
    if fl.get("punct_words"):
        t = re.sub(
            r"\.(\s)", lambda m: (" punt" + m.group(1)) if rnd() < 0.35 else ("." + m.group(1)), t
        )
        t = re.sub(
            r",(\s)", lambda m: (" komma" + m.group(1)) if rnd() < 0.25 else ("," + m.group(1)), t
        )
    if fl.get("drop_commas"):
        t = re.sub(r",(\s)", lambda m: m.group(1) if rnd() < 0.6 else "," + m.group(1), t)
    if fl.get("drop_punct"):
        t = re.sub(r"[.,;:!?](?=\s|$)", lambda m: "" if rnd() < 0.85 else m.group(0), t)
    if fl.get("nl_words"):
        t = t.replace("\n\n", " nieuwe alinea ").replace("\n", pick([" nieuwe regel ", " "]))
    elif fl.get("flatten"):
        t = t.replace("\n", " ")
    if fl.get("fillers"):
        words = t.split(" ")
        out = []
        for w in words:
            out.append(w)
            if w and w.isalpha() and rnd() < fl["fillers"]:
                out.append(pick(FILLERS))
            elif w and w.isalpha() and len(w) > 2 and rnd() < fl.get("rep", 0):
                out.append(w)
        t = " ".join(out)
    if fl.get("no_trema"):
        t = t.replace("ë", "e").replace("ï", "i")
    t = re.sub(r"[ \t]{2,}", " ", t)
    return t


def noise_span(label, t, fl):
    if label == "person":
        if fl.get("lower_names") and rnd() < fl["lower_names"]:
            t = t.lower()
    elif fl.get("lower_all") and rnd() < 0.6:
        t = t.lower()
    if fl.get("no_trema"):
        t = t.replace("ë", "e")
    return t


def text_flags(lv):
    fl = {}
    if lv == 0:
        if rnd() < 0.15:
            fl["lower_names"] = 0.1
    elif lv == 1:
        fl["lower_starts"] = rnd() < 0.5
        fl["punct_words"] = rnd() < 0.45
        fl["drop_commas"] = rnd() < 0.5
        fl["lower_names"] = pick([0.0, 0.15, 0.35])
        fl["nl_words"] = rnd() < 0.25
        fl["fillers"] = pick([0, 0, 0.015])
        fl["no_trema"] = rnd() < 0.2
    else:
        fl["lower_all"] = rnd() < 0.8
        fl["drop_punct"] = True
        fl["lower_names"] = pick([0.6, 0.85, 1.0])
        fl["fillers"] = pick([0.02, 0.035, 0.05])
        fl["rep"] = pick([0, 0.01, 0.02])
        fl["no_trema"] = rnd() < 0.5
        fl["flatten"] = rnd() < 0.6
        fl["nl_words"] = (not fl["flatten"]) and rnd() < 0.4
        fl["punct_words"] = rnd() < 0.2
    return fl


def assemble(segs, fl):
    text = ""
    pii = []
    keep = []
    for kind, lab, t in segs:
        if kind == "t":
            t = noise_plain(t, fl)
            if text.endswith(" ") and t.startswith(" "):
                t = t[1:]
            text += t
        else:
            t = noise_span(lab, t, fl)
            st = len(text)
            text += t
            (pii if kind == "p" else keep).append(
                {"start": st, "end": len(text), "label": lab, "text": t}
            )
    # trim
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    for s in pii + keep:
        s["start"] -= lead
        s["end"] -= lead
    return text, pii, keep


# keep tagger (only outside pii spans and explicit keeps)
WIJK = [
    "Schilderswijk",
    "Transvaal",
    "Mariahoeve",
    "Moerwijk",
    "Laakkwartier",
    "Laak",
    "Spoorwijk",
    "Escamp",
    "Bouwlust",
    "Vrederust",
    "Morgenstond",
    "Zuiderpark",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Regentessekwartier",
    "Valkenboskwartier",
    "Bezuidenhout",
    "Ypenburg",
    "Leidschenveen",
    "Wateringse Veld",
    "Loosduinen",
    "Waldeck",
    "Rustenburg",
    "Oostbroek",
    "Zeeheldenkwartier",
    "Duinoord",
    "Stationsbuurt",
    "Haagse Hout",
    "Kijkduin",
    "Bohemen",
    "Vruchtenbuurt",
    "Bomenbuurt",
    "Den Haag Zuidwest",
    "Rivierenbuurt",
    "Groente- en Fruitmarkt",
    "Heesterbuurt",
    "Uilebomen",
    "Binckhorst",
    "Zorgvliet",
]
ORG = [
    "Veilig Thuis",
    "GGZ",
    "Parnassia",
    "PsyQ",
    "Indigo",
    "Wmo-loket",
    "wmo loket",
    "Wmo",
    "Servicepunt XL",
    "Servicepunten XL",
    "servicepunt",
    "CJG",
    "Centrum voor Jeugd en Gezin",
    "Xtra",
    "Stichting Mooi",
    "Mooi Welzijn",
    "Florence",
    "Vivent",
    "HWW zorg",
    "Humanitas",
    "Gemeentelijke Kredietbank",
    "Kredietbank",
    "Haag Wonen",
    "Staedion",
    "Vestia",
    "UWV",
    "SVB",
    "Belastingdienst",
    "Leger des Heils",
    "Kessler Stichting",
    "Brijder",
    "Reclassering Nederland",
    "reclassering",
    "politie",
    "Raad voor de Kinderbescherming",
    "Sociaal Raadslieden",
    "Voedselbank",
    "Jeugdbescherming west",
    "Ipse de Bruggen",
    "Middin",
    "Haga ziekenhuis",
    "Hagaziekenhuis",
    "Haga",
    "Bronovo",
    "huisartsenpost",
    "SWT",
    "sociaal wijkzorgteam",
    "wijkzorgteam",
    "schuldhulpverlening",
    "crisisdienst",
    "Zilveren Kruis",
    "Menzis",
    "Zorg en Zekerheid",
    "Juridisch Loket",
    "jeugdteam",
    "Schuldhulpmaatje",
    "Cardia",
    "Fivoor",
    "dienst SZW",
    "SZW",
    "Sociale Dienst",
    "Youz",
    "Haeghe Groep",
    "GGD",
    "Thuisbegeleiding Haaglanden",
    "Straatpastoraat",
    "De Mussen",
    "buurthuis De Mussen",
    "Stichting Voor Elkaar",
    "Stichting Jarige Job",
    "Steunpunt Mantelzorg",
    "CAK",
    "CJIB",
    "IND",
    "PostNL",
    "Vattenfall",
    "Straatpastoraat",
    "Centraal Coördinatiepunt",
    "tolkencentrum",
    "tolkentelefoon",
    "Budgetbeheer Haaglanden",
    "Bewindvoering Den Haag Zuid",
    "Zorgvuldig Bewind",
    "i-psy",
    "PI Haaglanden",
    "Jeugdbescherming West",
    "vrouwenopvang",
    "buurtbemiddeling",
    "grofvuildienst",
    "jongerenwerk",
    "schoolmaatschappelijk werk",
    "leerplicht",
    "DigiD",
    "IMW",
    "Haagse Wijk- en Woonzorg",
    "HMC Westeinde",
    "thuiszorg",
    "Leger des Heils Haaglanden",
    "Jeugd Interventie Team",
    "Sociaal Juridische Dienst",
]
ORG_CS = ["MEE", "DUO", "CZ", "DSW", "HMC", "GKB", "Stek", "MEE Zuid-Holland Noord"]
ROLE = [
    "wijkverpleegkundige",
    "casusregisseur",
    "maatschappelijk werker",
    "maatschappelijk werkster",
    "Wmo-adviseur",
    "Wmo-consulent",
    "wmo consulent",
    "ouderenconsulent",
    "ouderenadviseur",
    "casemanager dementie",
    "casemanager",
    "welzijnscoach",
    "MEE-consulent",
    "mee consulent",
    "schuldhulpverlener",
    "huisarts",
    "POH-GGZ",
    "praktijkondersteuner",
    "wijkagent",
    "bewindvoerder",
    "woonconsultant",
    "jeugdconsulent",
    "ambulant begeleider",
    "psychiater",
    "sociaal raadsman",
    "sociaal raadslid",
    "ervaringsdeskundige",
    "budgetcoach",
    "gezinscoach",
    "thuiszorgmedewerker",
    "verzorgende",
    "klantmanager",
    "trajectbegeleider",
    "buurtcoach",
    "opbouwwerker",
    "SPV",
    "sociaal psychiatrisch verpleegkundige",
    "GZ-psycholoog",
    "jeugdbeschermer",
    "reclasseringswerker",
    "huismeester",
    "consulent",
    "tolk",
    "mentor",
    "wijkcoördinator",
    "teamleider",
    "ouderenwerker",
    "thuisbegeleider",
    "psycholoog",
    "specialist ouderengeneeskunde",
    "fysiotherapeut",
    "doktersassistente",
    "assistente",
    "woonbegeleider",
    "zorgcoördinator",
    "wijkcoach",
    "schuldhulpmaatje",
    "stagiaire",
    "stagiair",
    "coördinator",
    "casemanager GGZ",
    "crisismedewerker",
    "jongerenwerker",
    "leerplichtambtenaar",
    "intern begeleider",
    "juf",
    "woonconsultant",
    "assistente",
    "verpleegkundige",
    "MEE consulent",
    "leidinggevende",
    "behandelaar",
    "apotheker",
    "diëtist",
    "ergotherapeut",
    "klantmanager werk en inkomen",
    "maatje",
    "buurtbemiddelaar",
]


def _tagger():
    items = []
    for lab, lst, cs in [
        ("wijk", WIJK, False),
        ("org", ORG, False),
        ("org", ORG_CS, True),
        ("role", ROLE, False),
    ]:
        for term in lst:
            pat = re.escape(term).replace(r"\ ", r"[ ]").replace("ë", "[eë]")
            items.append(
                (len(term), lab, re.compile(r"(?<![\w-])" + pat + r"(?![\w])", 0 if cs else re.I))
            )
    items.sort(key=lambda x: -x[0])
    return items


TAGGER = _tagger()


def tag_keep(text, pii, keep):
    occ = [False] * len(text)
    for s in pii + keep:
        for i in range(s["start"], s["end"]):
            occ[i] = True
    new = []
    for _, lab, rx in TAGGER:
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if b < len(text) and text[b] == "-" and lab != "role":
                # e.g. "Wmo-" inside a compound that is not in our list: still fine as keep
                pass
            if any(occ[a:b]):
                continue
            for i in range(a, b):
                occ[i] = True
            new.append({"start": a, "end": b, "label": lab, "text": text[a:b]})
    allk = keep + new
    allk.sort(key=lambda s: s["start"])
    return allk


# ---------------------------------------------------------------- names
POOLS = {
    "nl": (
        [
            "Ria",
            "Joke",
            "Annie",
            "Truus",
            "Els",
            "Marian",
            "Ingrid",
            "Sandra",
            "Monique",
            "Esther",
            "Linda",
            "Lotte",
            "Sanne",
            "Anouk",
            "Roos",
            "Iris",
            "Noor",
            "Fleur",
            "Femke",
            "Wendy",
            "Chantal",
            "Priscilla",
            "Gerda",
            "Hennie",
            "Corrie",
            "Jolanda",
            "Mieke",
            "Bep",
            "Tineke",
            "Kim",
        ],
        [
            "Jan",
            "Kees",
            "Henk",
            "Gerrit",
            "Wim",
            "Piet",
            "Bas",
            "Thijs",
            "Daan",
            "Sem",
            "Joost",
            "Ruud",
            "Mark",
            "Dennis",
            "Patrick",
            "Kevin",
            "Ronald",
            "Hans",
            "Frits",
            "Arie",
            "Richard",
            "Jeroen",
            "Koos",
            "Dirk",
        ],
        [
            "de Vries",
            "Jansen",
            "Bakker",
            "Visser",
            "de Wit",
            "Koster",
            "Smit",
            "Meijer",
            "de Groot",
            "Mulder",
            "Bos",
            "Vos",
            "Hoek",
            "Dekker",
            "van Dijk",
            "van Leeuwen",
            "Kok",
            "Brouwer",
            "de Boer",
            "Hoop",
            "Roos",
            "Koning",
            "Prins",
            "Schipper",
            "van der Meer",
            "van den Berg",
            "Zwart",
            "Groen",
            "Post",
            "de Haan",
            "Verhoeven",
            "Hendriks",
            "Kuipers",
            "van Rijn",
            "Dijkstra",
            "Blom",
            "Kramer",
            "Winter",
            "Storm",
            "Baas",
            "van Dam",
            "Wolters",
            "Molenaar",
            "de Jong",
            "Sterk",
            "Hartman",
            "Dam",
        ],
    ),
    "ma": (
        [
            "Fatima",
            "Khadija",
            "Nadia",
            "Samira",
            "Imane",
            "Latifa",
            "Malika",
            "Naima",
            "Hafsa",
            "Siham",
            "Souad",
            "Yasmina",
            "Loubna",
        ],
        [
            "Mohamed",
            "Youssef",
            "Hamid",
            "Ayoub",
            "Soufiane",
            "Rachid",
            "Zakaria",
            "Mustafa",
            "Abdelkader",
            "Bilal",
            "Driss",
            "Karim",
            "Nordin",
        ],
        [
            "El Amrani",
            "Bouzid",
            "Benali",
            "Ouali",
            "El Idrissi",
            "Aarab",
            "Chaouch",
            "El Khatib",
            "Boukhari",
            "Azzouz",
            "Haddou",
            "Ait Taleb",
            "El Bouazzaoui",
            "Ziani",
            "Achahbar",
            "Mourabit",
        ],
    ),
    "tr": (
        [
            "Ayşe",
            "Emine",
            "Hatice",
            "Zeynep",
            "Fatma",
            "Elif",
            "Sevgi",
            "Gül",
            "Derya",
            "Songül",
            "Ayse",
        ],
        ["Mehmet", "Murat", "Emre", "Kemal", "Hüseyin", "Ali", "Osman", "Serkan", "Yusuf", "Hasan"],
        [
            "Yilmaz",
            "Kaya",
            "Demir",
            "Çelik",
            "Şahin",
            "Yildiz",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Aydin",
            "Koç",
            "Kurt",
            "Polat",
            "Erdem",
            "Bulut",
            "Güler",
        ],
    ),
    "sr": (
        [
            "Sunita",
            "Shanti",
            "Priya",
            "Kavita",
            "Soenita",
            "Dewi",
            "Gerda",
            "Marlène",
            "Ilse",
            "Rita",
            "Sharda",
            "Anjali",
            "Ingrid",
        ],
        [
            "Radjesh",
            "Anil",
            "Ravi",
            "Ramon",
            "Marlon",
            "Roy",
            "Glenn",
            "Sunil",
            "Ricardo",
            "Dennis",
            "Wensley",
            "Rishi",
        ],
        [
            "Ramdin",
            "Baldewsingh",
            "Jagesar",
            "Mahabier",
            "Ramsaran",
            "Kalloe",
            "Sewnarain",
            "Bhagwandin",
            "Ramautar",
            "Pinas",
            "Wijngaarde",
            "Kanhai",
            "Kromodimedjo",
            "Sabajo",
            "Doelwijt",
            "Pengel",
            "Tjon A Fong",
            "Lachmon",
            "Soekhai",
            "Biharie",
        ],
    ),
    "an": (
        ["Shurendy", "Marisol", "Yuriska", "Shanaira", "Jeanette", "Gisela", "Dayenne", "Sharina"],
        ["Jairzinho", "Gregory", "Rignald", "Shurwin", "Edsel", "Ruthsel", "Giovanni", "Jurgen"],
        [
            "Martina",
            "Isenia",
            "Pieternella",
            "Felida",
            "Wawoe",
            "Croes",
            "Leito",
            "Doran",
            "Rosaria",
            "Sulvaran",
            "Statia",
            "Maduro",
        ],
    ),
    "cv": (
        ["Maria", "Djenifer", "Elisangela", "Ana", "Rosa", "Neusa", "Ivone"],
        ["João", "Adilson", "Nelson", "Carlos", "Manuel", "Ivanildo", "Zé"],
        [
            "Fortes",
            "Lopes",
            "Tavares",
            "Semedo",
            "Monteiro",
            "Gomes",
            "Brito",
            "Rodrigues",
            "Fernandes",
            "Correia",
            "Delgado",
        ],
    ),
    "pl": (
        ["Agnieszka", "Katarzyna", "Marta", "Joanna", "Ewa", "Magda", "Dorota"],
        ["Krzysztof", "Piotr", "Tomasz", "Paweł", "Marek", "Łukasz", "Grzegorz", "Pawel"],
        [
            "Kowalski",
            "Nowak",
            "Wiśniewski",
            "Zielińska",
            "Kamiński",
            "Lewandowska",
            "Wójcik",
            "Kowalczyk",
            "Mazur",
            "Krawczyk",
            "Dąbrowski",
        ],
    ),
    "bg": (
        ["Desislava", "Petya", "Mariya", "Galya", "Yordanka", "Radka"],
        ["Ivan", "Georgi", "Stoyan", "Dimitar", "Nikolay", "Plamen", "Hristo"],
        [
            "Ivanov",
            "Petrova",
            "Georgiev",
            "Dimitrova",
            "Stoyanov",
            "Todorov",
            "Angelova",
            "Kostadinov",
        ],
    ),
    "ro": (
        ["Andreea", "Mihaela", "Elena", "Ioana", "Florentina", "Alina"],
        ["Ionuț", "Florin", "Gabriel", "Cristian", "Adrian", "Marius", "Ionut"],
        ["Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu", "Constantin", "Lungu", "Moldovan"],
    ),
    "sy": (
        ["Rama", "Lina", "Hiba", "Nour", "Rasha", "Aya", "Yara", "Ghalia"],
        ["Ahmad", "Omar", "Khaled", "Mahmoud", "Tarek", "Bashar", "Firas", "Mazen"],
        [
            "Al-Hassan",
            "Haddad",
            "Kassab",
            "Alhamwi",
            "Darwish",
            "Mansour",
            "Al Khalil",
            "Hamdan",
            "Sabbagh",
        ],
    ),
    "er": (
        ["Senait", "Helen", "Selam", "Rahwa", "Saba", "Luwam", "Freweini"],
        ["Yonas", "Tesfay", "Filmon", "Mehari", "Dawit", "Amanuel", "Robel", "Berhane"],
        [
            "Tesfamariam",
            "Ghebremedhin",
            "Haile",
            "Berhane",
            "Kidane",
            "Woldu",
            "Tekle",
            "Gebru",
            "Habte",
        ],
    ),
    "so": (
        ["Hodan", "Amina", "Sahra", "Ifrah", "Fadumo", "Ayan", "Hibo"],
        ["Abdi", "Farah", "Hassan", "Mohamud", "Abdirahman", "Yusuf", "Liban"],
        ["Warsame", "Ali", "Abdullahi", "Osman", "Jama", "Hirsi", "Yusuf", "Egal", "Nur", "Duale"],
    ),
    "af": (
        ["Zahra", "Mariam", "Nasrin", "Habiba", "Shabnam", "Parwana", "Freshta"],
        ["Farid", "Hamid", "Ahmad", "Jawad", "Nasir", "Rahim", "Sayed"],
        ["Ahmadi", "Rahimi", "Hakimi", "Sultani", "Noori", "Karimi", "Amiri", "Sadat", "Popal"],
    ),
    "cn": (
        ["Mei", "Xiaoling", "Hui", "Lan", "Yan", "Li Na", "Mei Ling"],
        ["Wei", "Jun", "Tao", "Hao", "Ming", "Jian"],
        ["Chen", "Wang", "Zhang", "Lin", "Liu", "Huang", "Wu", "Zhou", "Lam"],
    ),
    "gh": (
        ["Akosua", "Abena", "Ama", "Efua", "Adwoa", "Afua", "Esi", "Grace"],
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Kwaku", "Kojo", "Emmanuel"],
        [
            "Mensah",
            "Owusu",
            "Boateng",
            "Asante",
            "Appiah",
            "Osei",
            "Agyeman",
            "Darko",
            "Acheampong",
            "Boakye",
        ],
    ),
    "id": (
        ["Wilhelmina", "Johanna", "Nelly"],
        ["Johannes", "Frans", "Ruben"],
        ["Latuheru", "Pattiasina", "Tahapary", "Nanlohy", "Sahetapy"],
    ),
}
ORIGIN_W = [
    ("nl", 20),
    ("ma", 11),
    ("tr", 9),
    ("sr", 9),
    ("an", 5),
    ("cv", 4),
    ("pl", 5),
    ("bg", 4),
    ("ro", 3),
    ("sy", 5),
    ("er", 4),
    ("so", 4),
    ("af", 3),
    ("cn", 3),
    ("gh", 4),
    ("id", 2),
]
PRO_W = [
    ("nl", 40),
    ("ma", 8),
    ("tr", 6),
    ("sr", 7),
    ("an", 2),
    ("cv", 1),
    ("pl", 1),
    ("gh", 1),
    ("sy", 1),
    ("cn", 1),
]


class Person:
    def __init__(self, first, last, g, origin):
        self.first, self.last, self.g, self.origin = first, last, g, origin

    @property
    def f(self):
        return self.first

    @property
    def s(self):  # surname as used without first name: "De Wit"
        return self.last[0].upper() + self.last[1:]

    @property
    def sl(self):
        return self.last

    @property
    def full(self):
        return self.first + " " + self.last

    @property
    def ini(self):
        return self.first[0] + ". " + self.last

    @property
    def ttl(self):
        return "mevrouw" if self.g == "v" else "meneer"

    @property
    def ab(self):
        return pick(["mw.", "mevr.", "mw"]) if self.g == "v" else pick(["dhr.", "dhr", "meneer"])

    @property
    def zij(self):
        return "zij" if self.g == "v" else "hij"

    @property
    def ze(self):
        return "ze" if self.g == "v" else "hij"

    @property
    def haar(self):
        return "haar" if self.g == "v" else "zijn"

    @property
    def hem(self):
        return "haar" if self.g == "v" else "hem"


def gsur(last, g, o):
    if o == "bg":
        if g == "v" and re.search(r"[oe]v$", last):
            return last + "a"
        if g == "m" and re.search(r"[oe]va$", last):
            return last[:-1]
    if o == "pl":
        if g == "v" and last.endswith("ski"):
            return last[:-1] + "a"
        if g == "m" and last.endswith("ska"):
            return last[:-1] + "i"
    return last


_used = set()


def _mk(pool_w, origin=None, g=None, last=None):
    for _ in range(50):
        o = origin or wpick(pool_w)
        fem, mal, sur = POOLS[o]
        gg = g or pick("vm")
        first = pick(fem if gg == "v" else mal)
        l = gsur(last or pick(sur), gg, o)
        if (first, l) not in _used or _ > 40:
            _used.add((first, l))
            return Person(first, l, gg, o)


def C(origin=None, g=None):
    return _mk(ORIGIN_W, origin, g)


def PRO(g=None):
    return _mk(PRO_W, None, g)


def REL(p, g=None, same=True):
    if same:
        return _mk(None, p.origin, g, p.last)
    return _mk(None, p.origin, g)


def ANY(g=None):
    return _mk(ORIGIN_W, None, g)


def WK():
    return pick(
        [
            "Schilderswijk",
            "Transvaal",
            "Mariahoeve",
            "Moerwijk",
            "Laak",
            "Spoorwijk",
            "Escamp",
            "Bouwlust",
            "Vrederust",
            "Morgenstond",
            "Duindorp",
            "Scheveningen",
            "Segbroek",
            "Regentessekwartier",
            "Valkenboskwartier",
            "Bezuidenhout",
            "Ypenburg",
            "Leidschenveen",
            "Wateringse Veld",
            "Loosduinen",
            "Waldeck",
            "Rustenburg",
            "Oostbroek",
            "Zeeheldenkwartier",
            "Duinoord",
            "Stationsbuurt",
            "Laakkwartier",
            "Zuiderpark",
            "Groente- en Fruitmarkt",
        ]
    )


def KID(p, g=None):
    return REL(p, g, True)


def AGE(a=18, b=94):
    return nw(ri(a, b)) if rnd() < 0.7 else str(ri(a, b))


def MONEY(a=50, b=4000, step=10):
    v = ri(a // step, b // step) * step
    return pick([str(v) + " euro", nw(v) + " euro", "€" + str(v), nw(v) + " euro"])


def PNAME(p, how=None):
    """a name mention with a random shape"""
    how = how or wpick([("full", 3), ("first", 3), ("ttl", 3), ("ab", 2), ("ini", 1)])
    if how == "full":
        return P(p.full)
    if how == "first":
        return P(p.f)
    if how == "ttl":
        return p.ttl + " " + P(p.s)
    if how == "ab":
        return p.ab + " " + P(p.s.lower() if G.lv else p.s)
    return P(p.ini)


# ---------------------------------------------------------------- templates A: dictated reports, voice memos
TPL = []


def tpl(*levels):
    def deco(fn):
        TPL.append((fn, levels or (0, 1, 2)))
        return fn

    return deco


@tpl(0, 1)
def t_huisbezoek_verslag():
    c = C()
    z = KID(c, "m")
    me = PRO()
    w = WK()
    rol = pick(["maatschappelijk werker", "casusregisseur", "welzijnscoach", "wijkverpleegkundige"])
    return (
        f"Verslag huisbezoek {DT(wd=rnd() < 0.5)}. Aanwezig: {P(c.full)}, {c.haar} zoon {P(z.f)} en "
        f"ondergetekende. {c.ttl.capitalize()} {P(c.s)} woont sinds {ri(2001, 2019)} op {ADR()} in {w}, "
        f"{pick(['tweede verdieping zonder lift', 'een benedenwoning', 'een portiekflat op drie hoog'])}. "
        f"De woning is {pick(['rommelig maar schoon', 'sterk vervuild', 'netjes'])}. Er liggen veel ongeopende "
        f"brieven, onder andere van de Belastingdienst en {pick(['Haag Wonen', 'Staedion', 'Vestia'])}. "
        f"{P(z.f)} geeft aan dat hij het niet meer trekt naast zijn werk. Afgesproken dat ik contact opneem "
        f"met de {pick(['Wmo-adviseur', 'schuldhulpverlener', 'ouderenconsulent'])}. Volgende afspraak "
        f"{DT()} om {pick(['tien uur', 'half elf', 'twee uur', '14.00 uur'])}.\n"
        f"{P(me.full)}, {rol}"
    )


@tpl(1, 2)
def t_memo_auto():
    c = C()
    n = ANY("v")
    return (
        f"oke memo voor mezelf, net bij {c.ab} {P(c.s.lower())} geweest {pick(['op de', 'aan de'])} {ADR()}, "
        f"deur ging pas na tien minuten open. {c.ze.capitalize()} zag er {pick(['slecht', 'verward', 'moe'])} uit, "
        f"koelkast bijna leeg. Buurvrouw {P(n.f)} zegt dat {c.ze} 's nachts op de galerij loopt te roepen. "
        f"morgen eerst de huisarts bellen {PH('l')} en vragen of de POH-GGZ mee kan. ook de dochter nog "
        f"terugbellen die heeft gisteren ingesproken, nummer staat in het dossier {DOS()}. einde memo"
    )


@tpl(0, 1, 2)
def t_voicemail_client():
    c = C()
    me = PRO()
    return (
        f"Voicemail, ontvangen {DT(wd=True)} om {ri(8, 17)}:{ri(10, 59)}. Transcriptie:\n"
        f"Ja goedemiddag, met {P(c.full)}, ik bel voor {P(me.f)}. Ik heb weer een brief gekregen van het "
        f"{pick(['UWV', 'CAK', 'incassobureau', 'SVB'])} en ik snap er niks van. Kunt u mij terugbellen? "
        f"Mijn nummer is {PH('m')}. Of anders op het nummer van mijn {pick(['zus', 'dochter', 'buurvrouw'])} "
        f"{P(ANY('v').f)}, dat is {PH('m')}. Ik ben de hele dag thuis behalve {pick(['donderdagochtend', 'woensdag', 'vrijdagmiddag'])}. "
        f"Dank u wel, doei."
    )


@tpl(0, 1)
def t_aanmeldformulier():
    c = C()
    me = PRO()
    return (
        f"Aanmelding SWT {WK()}, ingesproken door {P(me.f)}.\n"
        f"Naam: {P(c.full)}, {'zij' if c.g == 'v' else 'hij'} spelt de achternaam als {P(spell(c.last))}.\n"
        f"Geboortedatum: {DT('birth')}.\n"
        f"BSN: {BSN()}.\n"
        f"Adres: {ADR()}, postcode {PC()}.\n"
        f"Telefoon: {PH()}.\n"
        f"Aanmeldreden: {pick(['huurachterstand en dreigende ontruiming', 'vereenzaming na overlijden partner', 'schulden en psychische klachten', 'overbelaste mantelzorger'])}. "
        f"Verwezen door {pick(['de huisarts', 'Servicepunt XL', 'de wijkagent', 'Haag Wonen'])}."
    )


@tpl(1, 2)
def t_memo_kort():
    c = C()
    return pick(
        [
            f"{c.ab} {P(c.s.lower())} gebeld {PH()} geen gehoor, morgen opnieuw",
            f"herinnering bellen met {P(c.f.lower())} over de afspraak van {DT()} nummer {PH()}",
            f"{P(c.f)} heeft nieuw nummer {PH('m')} oude nummer werkt niet meer",
            f"notitie {P(c.full)} verhuist per {DT()} naar {ADR()} post doorsturen",
        ]
    ) + pick([" punt", "", ". einde", " klaar"])


@tpl(0, 1, 2)
def t_overdracht_vakantie():
    me = PRO()
    col = PRO()
    a = C()
    b = C(g="v")
    c3 = C()
    d0 = gen_date()
    d1 = d0 + datetime.timedelta(days=ri(6, 20))
    return (
        f"Overdracht voor {P(col.f)}, ik ben weg van {DTX(d0)} tot en met {DTX(d1)}. Drie lopende zaken.\n"
        f"Eén: {a.ttl} {P(a.s)}, {ADR()}. Bewindvoering loopt, bewindvoerder is {P(ANY().ini)}, "
        f"telefonisch bereikbaar op {PH('l')}. Niks doen tenzij er een afsluitbrief komt.\n"
        f"Twee: {P(b.full)}, jonge moeder in {WK()}, zit bij het CJG. Ze belt soms in paniek, rustig blijven, "
        f"haar nummer {PH('m')}.\n"
        f"Drie: {P(c3.f)} {P(c3.sl)}, dossier {DOS()}, wacht op beschikking van het Wmo-loket. Als die binnen is "
        f"graag even mailen naar {P(c3.f)} via {MAIL(c3)}.\n"
        f"Groet, {P(me.f)}"
    )


@tpl(1, 2)
def t_wijkverpleging_memo():
    c = C(g="v")
    d = KID(c, "v")
    n = ANY()
    return (
        f"wijkverpleging spraakmemo {DT()} {c.ttl} {P(c.s)} {AGE(75, 94)} jaar "
        f"wond aan het linker onderbeen ziet er beter uit. wel zorgen over geheugen ze wist niet welke dag het was en "
        f"de medicijnen van {pick(['maandag', 'dinsdag', 'het weekend'])} zaten nog in de baxterrol. dochter {P(d.f)} "
        f"woont in {pick(['Zoetermeer', 'Rotterdam', 'Delft', 'Leiden'])} komt maar eens per week. ik heb gevraagd of "
        f"de casemanager dementie kan instappen. dochter bereikbaar op {PH('m')}. buurman {P(n.s)} heeft een sleutel "
        f"en woont op {ADR()}"
    )


@tpl(0, 1)
def t_brief_dictaat_uwv():
    c = C()
    me = PRO()
    return (
        f"Brief dicteren, aan het UWV, afdeling bezwaar. Betreft: {P(c.full)}, burgerservicenummer {BSN()}, "
        f"geboren {DT('birth')} komma wonende {ADR()} te Den Haag. Nieuwe alinea. Geachte heer, mevrouw, "
        f"namens cliënt maak ik bezwaar tegen uw besluit van {DT(year=True)} met kenmerk {DOS()}. Cliënt was door "
        f"een opname in {pick(['het HMC', 'Parnassia', 'het Haga ziekenhuis'])} niet in staat om tijdig te reageren. "
        f"Nieuwe alinea. Met vriendelijke groet, {P(me.full)}, {pick(['maatschappelijk werker', 'sociaal raadsman', 'casusregisseur'])} "
        f"sociaal wijkzorgteam {WK()}."
    )


@tpl(2)
def t_memo_fiets():
    c = C()
    kid = KID(c)
    return (
        f"ja dus eh ik fiets nu terug van {c.ab} {P(c.s.lower())} die zit echt in de problemen. "
        f"huur niet betaald sinds {pick(['februari', 'maart', 'de zomer', 'oktober'])} en de energie wordt afgesloten op "
        f"{DT()} als er niks gebeurt. {c.haar} {'zoon' if kid.g == 'm' else 'dochter'} {P(kid.f.lower())} is {AGE(14, 17)} en "
        f"spijbelt. leerplicht is al ingeschakeld. rekeningnummer voor de noodfonds aanvraag is {IBAN()} op naam van "
        f"{P(c.full.lower())}. en dan nog bellen met de {pick(['budgetcoach', 'schuldhulpverlener', 'klantmanager'])} "
        f"{P(PRO().f)} over de aanmelding bij de Kredietbank"
    )


@tpl(0, 1, 2)
def t_intake_dictaat():
    c = C()
    p = REL(c, "m" if c.g == "v" else "v", same=False)
    me = PRO()
    return (
        f"Intakegesprek {DT(year=True)}, {P(c.full)} en partner {P(p.full)}. Ze wonen samen op {ADR()}, "
        f"{PC()} Den Haag, met {pick(['twee', 'drie', 'vier'])} kinderen tussen de {ri(2, 6)} en {ri(9, 16)} jaar. "
        f"{P(p.f)} is sinds {pick(['vorig jaar', 'januari', 'anderhalf jaar'])} werkloos. Er zijn schulden bij "
        f"{pick(['de zorgverzekeraar', 'de Belastingdienst', 'CJIB', 'Vattenfall'])}, in totaal ongeveer {MONEY(2000, 18000, 100)}. "
        f"Ze willen graag hulp van de schuldhulpverlening. Toestemmingsverklaring is getekend. "
        f"Contact loopt via {P(c.f)}: {PH('m')} of {MAIL(c)}. Vervolg door {P(me.f)}."
    )


@tpl(1, 2)
def t_crisis_avond():
    c = C()
    me = PRO()
    agent = PRO()
    return (
        f"notitie avonddienst {DT(wd=True)} rond {pick(['half tien', 'kwart over elf', 'tien uur', '22:40'])} "
        f"melding van de politie over {P(c.full)} op {ADR()}. {c.ze} stond op het balkon te schreeuwen. "
        f"wijkagent {P(agent.s)} was ter plaatse. crisisdienst van Parnassia is gebeld, beoordeling morgen. "
        f"meldnummer politie {DOS('plain')}. zus van cliënt {P(REL(c, 'v').f)} komt vannacht logeren, nummer {PH('m')}. "
        f"overdragen aan {P(me.f)} morgenochtend"
    )


@tpl(0, 1, 2)
def t_schuld_intake():
    c = C()
    bw = PRO()
    return (
        f"Gesprek schuldhulp met {c.ttl} {P(c.s)}. Inkomen: {pick(['bijstand', 'AOW', 'Wajong', 'WIA', 'loon uit deeltijdbaan'])} "
        f"van ongeveer {MONEY(900, 1900, 10)} per maand, gestort op {IBAN()}. Vaste lasten: huur {MONEY(450, 900, 5)}, "
        f"energie {MONEY(80, 250, 5)}. Schulden bij {ri(4, 14)} schuldeisers, onder andere een zorgverzekering met "
        f"achterstand van {ri(3, 9)} maanden. {P(c.f)} wil een budgetbeheerrekening. Ik heb de aanvraag voor "
        f"beschermingsbewind besproken, bewindvoerder {P(bw.full)} is bereid het op te pakken. "
        f"Dossiernummer {DOS('pref')}. Volgende afspraak {DT(wd=True)}."
    )


@tpl(0, 1)
def t_casusles():
    c = C()
    z = KID(c, "m")
    w = WK()
    return (
        f"Voor de casusles van het platform, thema {pick(['bemoeizorg', 'ouderen', 'huiselijk geweld', 'jeugd'])}. "
        f"Het gaat om {P(c.full)}, {AGE(30, 80)} jaar, woonachtig in {w}. {c.zij.capitalize()} werd in "
        f"{pick(['januari', 'april', 'september', 'november'])} aangemeld door de woningcorporatie na klachten van "
        f"buren. Het lukte pas contact te krijgen via {c.haar} {pick(['zoon', 'kleinzoon', 'neef'])} {P(z.f)}. "
        f"De les voor andere teams: zoek eerst het netwerk op, dat opent deuren. Let op: naam en adres "
        f"({ADR()}) nog weghalen voor publicatie."
    )


@tpl(1, 2)
def t_memo_ouderenconsulent():
    c = C()
    me = PRO()
    return (
        f"ouderenconsulent {P(me.f)} hier. bezoek aan {P(c.full)} geboren {DT('birth')} in verband met "
        f"aanvraag {pick(['scootmobiel', 'traplift', 'huishoudelijke hulp', 'maaltijdservice'])}. {c.ttl} loopt met "
        f"rollator valt regelmatig. Wmo-melding gedaan onder nummer {DOS(prefs=['WMO', 'W', 'MO'])}. {'man' if c.g == 'v' else 'vrouw'} {P(REL(c, 'm' if c.g == 'v' else 'v').f)} is "
        f"mantelzorger en overbelast, verwijzen naar {pick(['Xtra', 'Stichting Mooi', 'het Steunpunt Mantelzorg'])}. "
        f"adres {ADR()} postcode {PC()}"
    )


@tpl(0, 1, 2)
def t_terugbelverzoek():
    c = C()
    col = PRO()
    return (
        f"Terugbelverzoek voor {P(col.f)}. {P(c.full)} heeft gebeld {pick(['om tien over negen', 'rond de lunch', 'vanochtend'])}. "
        f"Gaat over de afspraak van {DT()}, die kan niet doorgaan want {c.ze} moet naar het ziekenhuis. "
        f"Wil graag een nieuwe afspraak, liefst niet op maandag. Terugbellen op {PH()}. "
        f"Let op: niet het vaste nummer gebruiken, daar neemt {c.haar} {pick(['ex', 'schoonmoeder', 'broer'])} op."
    )


@tpl(0, 1)
def t_mdo_verslag():
    a = PRO()
    b = PRO()
    d = PRO()
    c = C()
    return (
        f"MDO {WK()}, {DT(year=True)}. Aanwezig: {P(a.f)} (wijkverpleegkundige), {P(b.full)} (MEE-consulent), "
        f"{P(d.f)} {P(d.sl)} (huisarts). Casus {P(c.ini)}, {ADR()}. {P(b.f)} meldt dat de dagbesteding bij "
        f"{pick(['Middin', 'Ipse de Bruggen', 'Cardia'])} niet van de grond komt, cliënt komt niet opdagen. "
        f"{P(d.s)} ziet lichamelijk achteruitgang en wil een huisbezoek. Afspraak: {P(a.f)} gaat samen met "
        f"{P(b.f)} op {DT(wd=True)}. Volgende MDO over zes weken."
    )


@tpl(2)
def t_memo_ramble():
    c = C(g="v")
    b = ANY("m")
    me = PRO()
    return (
        f"even snel want ik heb nog twee huisbezoeken {P(c.f.lower())} {P(c.sl.lower())} dus die vrouw van de "
        f"{STREET_ONLY().lower()} niet te verwarren met die andere die heeft nu een nieuw adres "
        f"{ADR()} {PC()} en haar telefoon is {PH('m')}. broer {P(b.f.lower())} wil niet dat wij contact hebben "
        f"met de familie. bsn heb ik gecontroleerd {BSN()} klopt. ik zet het morgen netjes in het systeem groetjes {P(me.f.lower())}"
    )


@tpl(0, 1)
def t_signalering_school():
    c = C(g="v")
    k = KID(c)
    m = PRO()
    kk = "dochter" if k.g == "v" else "zoon"
    return (
        f"Dictaat signaal van school. {P(m.full)}, intern begeleider van {pick(['basisschool De Springbok', 'de Piramide', 'basisschool Het Kompas'])}, "
        f"belde op {DT(wd=True)} over {P(k.f)}, {AGE(6, 12)} jaar, {kk} van {P(c.full)}. Het kind komt "
        f"regelmatig zonder ontbijt en te laat. Moeder is moeilijk bereikbaar, nummer bij school is {PH('m')}. "
        f"Schoolmaatschappelijk werk is al betrokken. Ik heb voorgesteld om samen met het CJG een gesprek te plannen. "
        f"Geen zorgen over veiligheid op dit moment, dus geen melding bij Veilig Thuis."
    )


@tpl(0, 1, 2)
def t_ontruiming():
    c = C()
    wc = PRO()
    corp = pick(["Haag Wonen", "Staedion", "Vestia"])
    return (
        f"Telefoontje van {P(wc.f)} {P(wc.sl)}, woonconsultant bij {corp}. Voor {P(c.full)}, {ADR()}, is een "
        f"ontruimingsdatum gezet: {DT(year=True, wd=rnd() < 0.5)}. Achterstand {MONEY(2500, 9000, 50)}. Het "
        f"huurcontractnummer is {DOS()}. {P(wc.f)} wil nog meewerken aan een betalingsregeling als wij vóór "
        f"{DT()} een plan hebben. Bereikbaar via {PH('l')} of {MAIL(wc, pick(['haagwonen.nl', 'staedion.nl', 'vestia.nl']))}."
    )


@tpl(1, 2)
def t_memo_dubbel():
    c = C()
    n1 = ANY()
    n2 = ANY()
    return (
        f"huisbezoek samen met {P(PRO().f)} bij {P(c.full)} {ADR()} nieuwe regel in huis ook aanwezig "
        f"{P(n1.f)} en {P(n2.f)}, vrienden van de zoon die er zouden slapen. onduidelijk wie er eigenlijk woont. "
        f"brievenbus staat op naam van {P(n1.s)}. huur wordt contant betaald aan iemand die {P(ANY('m').f)} heet. "
        f"vermoeden van onderhuur. overleggen met de huismeester en eventueel de wijkagent. volgende keer onaangekondigd "
        f"langs op {DT()}"
    )


# ---------------------------------------------------------------- templates B: phone calls, voicemail, meetings
@tpl(0, 1, 2)
def t_call_intake_spell():
    c = C()
    me = PRO()
    return (
        f"Medewerker: Sociaal wijkzorgteam {WK()}, u spreekt met {P(me.f)}.\n"
        f"Beller: Ja hallo, met {c.ttl} {P(c.s)}.\n"
        f"Medewerker: Kunt u uw achternaam even spellen?\n"
        f"Beller: {P(spell(c.last))}.\n"
        f"Medewerker: En uw geboortedatum?\n"
        f"Beller: {DT('birth')}.\n"
        f"Medewerker: En op welk adres woont u?\n"
        f"Beller: {ADR()}, de postcode is {PC()}.\n"
        f"Medewerker: Dank u. Waar belt u over?\n"
        f"Beller: Over de {pick(['huishoudelijke hulp', 'rolstoel', 'aanvraag voor begeleiding', 'brief van de gemeente'])}, "
        f"ik heb al {pick(['drie', 'vier', 'zes'])} weken niks gehoord."
    )


@tpl(1, 2)
def t_call_transcript_ts():
    c = C()
    me = PRO()
    d = KID(c, "v")
    t1 = "%02d:%02d" % (0, ri(5, 40))
    t2 = "%02d:%02d" % (ri(1, 2), ri(10, 59))
    t3 = "%02d:%02d" % (ri(3, 4), ri(10, 59))
    return (
        f"[{t1}] spreker 1: goedemorgen u spreekt met {P(me.f)} van het wijkzorgteam\n"
        f"[{t1}] spreker 2: ja met {P(d.f)} ik ben de dochter van {P(c.full)}\n"
        f"[{t2}] spreker 2: mijn moeder is {DT()} gevallen en nu ligt ze in het Haga en ze willen haar "
        f"{pick(['volgende week', 'vrijdag', 'na het weekend'])} naar huis sturen maar dat gaat niet\n"
        f"[{t2}] spreker 1: ik begrijp het. op welk nummer kan ik u terugbellen\n"
        f"[{t3}] spreker 2: {PH('m')} en mijn mail is {MAIL(d)}\n"
        f"[{t3}] spreker 1: en het adres van uw moeder is nog steeds {ADR()}\n"
        f"[{t3}] spreker 2: ja klopt"
    )


@tpl(0, 1, 2)
def t_voicemail_huisarts():
    c = C()
    ass = PRO("v")
    ha = PRO()
    return (
        f"Nieuw voicemailbericht van {PH('l')}.\n"
        f"Goedemiddag, u spreekt met {P(ass.f)}, assistente van huisartsenpraktijk {pick(['Laakhaven', 'De Vaillant', 'Mariahoeve', 'Zuiderpark'])}. "
        f"Ik bel namens dokter {P(ha.s)} over een gezamenlijke patiënt, {c.ttl} {P(c.full)}, geboren {DT('birth')}. "
        f"De dokter maakt zich zorgen over het gewichtsverlies en wil graag overleggen met de wijkverpleegkundige. "
        f"U kunt terugbellen via de terugbellijn, {PH('l')}, en dan naar {P(ass.f)} vragen. Fijne dag."
    )


@tpl(1, 2)
def t_teams_transcript():
    a = PRO()
    b = PRO()
    d = PRO()
    c = C()
    n = KID(c)
    ts = lambda: "%d:%02d" % (ri(0, 24), ri(0, 59))
    return (
        f"{P(a.full)}   {ts()}\n"
        f"Goed, dan de casus van {c.ttl} {P(c.s)}, die ken jullie allemaal wel.\n"
        f"{P(b.full)}   {ts()}\n"
        f"Ja ik ben daar {DT()} nog geweest, het is eigenlijk niet meer verantwoord. {P(n.f)} de zoon zegt "
        f"dat ze 's nachts de gaskraan open laat.\n"
        f"{P(d.full)}   {ts()}\n"
        f"Dan moeten we de casemanager dementie erbij halen, ik mail {P(pick([a, b]).f)} het nummer {PH('l')}.\n"
        f"{P(a.full)}   {ts()}\n"
        f"Prima. En noteer even het kenmerk van Vivent, {DOS()}."
    )


@tpl(0, 1, 2)
def t_voicemail_buurvrouw():
    c = C()
    n = ANY("v")
    return (
        f"Voicemail ontvangen {DT()} {ri(9, 20)}:{ri(10, 59)} van {PH('m')}. "
        f"Hoi, met {P(n.f)}, ik ben de buurvrouw van {P(c.f)} van {ADR()}. Ik heb haar al {pick(['drie', 'vier', 'vijf'])} "
        f"dagen niet gezien en de post stapelt zich op. Haar gordijnen zijn dicht. Ik weet niet wie ik anders moet bellen. "
        f"Ik woon {pick(['ernaast', 'erboven', 'eronder', 'twee deuren verder'])}, bel maar even. "
        f"Doei."
    )


@tpl(1, 2)
def t_whatsapp_spraak():
    c = C()
    s = KID(c, "m")
    return (
        f"[spraakbericht, {ri(0, 2)}:{ri(10, 59)}] hoi {P(PRO().f.lower())} met {P(s.f.lower())} de zoon van {P(c.f)} "
        f"eh ik wou even zeggen dat mijn moeder een nieuwe rekening heeft dus de huur moet van {IBAN()} afgeschreven "
        f"worden niet meer van die oude. en de brief van de kredietbank komt nu op mijn adres {ADR()} "
        f"{PC()} want bij haar gaat de post kwijt. oke doei"
    )


@tpl(0, 1)
def t_call_vt():
    c = C()
    vt = PRO()
    kid = KID(c)
    return (
        f"Telefonisch overleg met Veilig Thuis, {DT(wd=True)}. Medewerker {P(vt.full)}. Melding betreft gezin "
        f"{P(c.s)}, {ADR()}. Kinderen {P(kid.f)} ({ri(3, 9)}) en {P(KID(c).f)} ({ri(10, 15)}). Meldnummer VT: "
        f"{DOS('vt')}. Veilig Thuis doet een onderzoek en vraagt ons als SWT de moeder te ondersteunen bij "
        f"{pick(['de aanvraag van een urgentie', 'het vinden van opvang', 'de schulden', 'het contact met de school'])}. "
        f"{P(vt.f)} is bereikbaar op {PH('l')}, doorkiesnummer."
    )


@tpl(1, 2)
def t_call_bewind():
    c = C()
    bw = PRO()
    return (
        f"gesprek met bewindvoerder {P(bw.full)} van {pick(['Budgetbeheer Haaglanden', 'Bewindvoering Den Haag Zuid', 'Zorgvuldig Bewind'])} "
        f"over {c.ab} {P(c.s)}. leefgeld wordt elke {pick(['maandag', 'vrijdag', 'dinsdag'])} overgemaakt naar {IBAN()}. "
        f"{c.ze} vraagt steeds om extra geld. bewindvoerder wil een driegesprek op {DT()}. "
        f"e-mail bewind: {MAIL(bw, pick(['zorgvuldigbewind.nl', 'bbhaaglanden.nl', 'bewindzuid.nl']))}, "
        f"telefoon {PH('l')}"
    )


@tpl(0, 1, 2)
def t_voicemail_wijkagent():
    ag = PRO()
    c = C()
    return (
        f"Voicemail. Ja, goedemorgen, met {P(ag.full)}, wijkagent {WK()}. Ik bel even over {P(c.full)} van de "
        f"{STREET_ONLY()}. We zijn er afgelopen nacht weer geweest, derde keer deze maand, melding is "
        f"geregistreerd onder {DOS()}. Ik zou graag met jullie afstemmen voor {DT(wd=True)}. Mijn nummer is "
        f"{PH('m')}. Nogmaals, {P(ag.s)}, politie {WK()}."
    )


@tpl(1, 2)
def t_call_tolk():
    c = C(pick(["er", "sy", "af", "so"]))
    tolk = PRO()
    me = PRO()
    return (
        f"gesprek via de tolkentelefoon tolknummer {DOS('plain')} met {P(c.full)} . {c.ze} begrijpt de brieven van "
        f"de IND en de gemeente niet. woont sinds {pick(['2019', '2021', '2022', 'vorig jaar'])} in {WK()}, op {ADR()}. "
        f"geboortedatum volgens {c.haar} verblijfsdocument {DT('birth')}. afspraak gemaakt voor {DT()} samen met "
        f"een tolk op locatie, {P(tolk.f)} van het tolkencentrum. {P(me.f)}"
    )


@tpl(0, 1)
def t_call_gkb():
    c = C()
    k = PRO()
    return (
        f"Gesprek met de Gemeentelijke Kredietbank, consulent {P(k.full)}. Cliënt {P(c.full)}, "
        f"BSN {BSN()}, zaaknummer GKB {DOS('pref')}. Het saneringskrediet is afgewezen omdat er een schuld bij "
        f"het CJIB openstaat. {P(k.f)} stuurt de afwijzing naar het huisadres, {ADR()}, {PC()}. Ik moet vóór "
        f"{DT()} het bezwaar insturen."
    )


@tpl(2)
def t_call_messy_neighbor():
    c = C()
    n = ANY("m")
    me = PRO()
    return (
        f"gesprek met de buurman van {P(c.f.lower())} meneer {P(n.s.lower())} die belde over stankoverlast uit de woning op "
        f"{ADR()} hij zegt het ruikt al weken en er komen vliegen onder de deur door hij heeft al gebeld met "
        f"de woningcorporatie en met de GGD. zijn eigen nummer {PH()} hij wil graag teruggebeld worden "
        f"maar niet na {pick(['acht', 'negen', 'zes'])} uur. {P(me.f.lower())} gaat morgen langs met de huismeester"
    )


@tpl(0, 1, 2)
def t_voicemail_pro():
    a = PRO()
    c = C()
    org, dom = pick(
        [
            ("Parnassia", "parnassia.nl"),
            ("Brijder", "brijder.nl"),
            ("Leger des Heils", "legerdesheils.nl"),
            ("Kessler Stichting", "kessler.nl"),
            ("Indigo", "indigo.nl"),
            ("PsyQ", "psyq.nl"),
        ]
    )
    rol = pick(["SPV", "ambulant begeleider", "casemanager", "psychiater", "trajectbegeleider"])
    return (
        f"Bericht ingesproken op {DT(wd=True)}: Hoi, met {P(a.f)} {P(a.sl)}, {rol} bij {org}. "
        f"Even over onze gezamenlijke cliënt {P(c.f)} {P(c.sl)}. {c.zij.capitalize()} heeft sinds "
        f"{DT()} de depot niet meer gehaald. Ik wil graag samen een huisbezoek doen. Bel me op {PH('m')} of mail naar "
        f"{MAIL(a, dom)}. Groetjes."
    )


@tpl(1, 2)
def t_call_overleg_hs():
    c = C()
    m = PRO()
    return (
        f"korte notitie telefoon {DT()} met {P(m.f)} de maatschappelijk werker van het Haga. {c.ttl} "
        f"{P(c.s)} wordt ontslagen per {DT(wd=True)}. thuiszorg van {pick(['Florence', 'Vivent', 'HWW zorg'])} "
        f"start dezelfde dag. adres voor de thuiszorg {ADR()} {PC()}, sleutelkluis code is bij de wijkverpleging bekend. "
        f"contactpersoon {pick(['nicht', 'neef', 'zoon', 'dochter'])} {P(ANY().full)} {PH('m')}"
    )


@tpl(0, 1)
def t_call_svb():
    c = C(g="v")
    me = PRO()
    return (
        f"Telefoonnotitie: gebeld met de SVB samen met {c.ttl} {P(c.s)}. Haar AOW is verlaagd omdat zij volgens de SVB "
        f"samenwoont met {P(ANY('m').full)}. Zij ontkent dit, hij staat alleen ingeschreven op haar adres "
        f"{ADR()}. Klantnummer SVB {DOS('letterno')}. De SVB stuurt een formulier, terug te sturen binnen "
        f"{pick(['twee', 'vier', 'zes'])} weken. {P(me.f)}."
    )


@tpl(1, 2)
def t_call_teamleider():
    tl = PRO()
    me = PRO()
    c = C()
    return (
        f"spraakmemo na overleg met {P(tl.f)} de teamleider. {P(c.full)} valt buiten onze doelgroep volgens de gemeente "
        f"maar {P(tl.f)} vindt dat we het toch moeten oppakken. ik mag {pick(['drie', 'vier', 'zes'])} maanden extra uren "
        f"schrijven. registratienummer {DOS()} aanpassen. {P(c.f)} zelf bellen {PH()} en langsgaan op {ADR()} "
        f"volgende week {pick(['dinsdag', 'woensdag', 'donderdag'])}."
    )


@tpl(0, 1, 2)
def t_voicemail_english_mix():
    c = C(pick(["gh", "er", "so", "cv", "pl", "bg", "ro"]))
    me = PRO()
    return (
        f"Voicemail transcript {DT()}: hello this is {P(c.full)} ehm ik bel voor {P(me.f)} my Dutch is not so good. "
        f"The letter from the gemeente, ik begrijp niet. My number is {PH('m')}. I live at {ADR()}. Please call back, thank you."
    )


# ---------------------------------------------------------------- templates C: reports, emails, mixed registers
@tpl(0, 1)
def t_mail_dictaat():
    c = C()
    rec = PRO()
    me = PRO()
    return (
        f"Mail aan {P(rec.f)}, onderwerp {c.ttl} {P(c.s)}. Beste {P(rec.f)} komma nieuwe regel zoals besproken stuur ik je "
        f"de gegevens. Naam {P(c.full)}, geboren {DT('birth')}, BSN {BSN()}, adres {ADR()}, {PC()}. "
        f"{c.zij.capitalize()} is telefonisch het best bereikbaar {pick(['na twaalven', 'in de ochtend', 'tussen drie en vijf'])} op {PH()}. "
        f"Nieuwe regel met vriendelijke groet {P(me.full)}"
    )


@tpl(1, 2)
def t_rapportage_dag():
    a = C()
    b = C()
    c3 = C()
    return (
        f"dagrapportage {DT(year=False)} punt nieuwe regel "
        f"negen uur {P(a.f)} {P(a.sl)} gebeld over de voedselbank aanmelding, komt {DT()} intake. "
        f"half elf huisbezoek {P(b.full)} op {ADR()}, niet thuis, kaartje achtergelaten. "
        f"twee uur overleg met de wijkverpleegkundige over {P(c3.f)}, nu ook thuiszorg. "
        f"vier uur mail gestuurd naar {MAIL(c3)} met de folder van het Wmo-loket."
    )


@tpl(0, 1, 2)
def t_afsluiting():
    c = C()
    me = PRO()
    return (
        f"Afsluitend verslag {P(c.full)}, dossier {DOS()}. Begeleiding gestart {DT(year=True)}, afgesloten "
        f"{DT(year=True)}. Doelen behaald: schulden in beeld, aanmelding bij schuldhulpverlening gedaan, "
        f"dagbesteding bij {pick(['Middin', 'Stichting Mooi', 'De Mussen', 'Xtra'])} loopt {pick(['twee', 'drie'])} dagen "
        f"per week. {c.zij.capitalize()} weet ons te vinden via Servicepunt XL. Geen vervolg nodig. {P(me.f)}, "
        f"{pick(['maatschappelijk werker', 'welzijnscoach', 'casusregisseur'])}."
    )


@tpl(1, 2)
def t_memo_verhuizing():
    c = C()
    return (
        f"{P(c.f)} gaat verhuizen. oud adres {ADR()} {PC()}. nieuw adres {ADR()} {PC()} "
        f"sleuteloverdracht {DT(wd=True)}. verhuizing via {pick(['het Leger des Heils', 'vrijwilligers van Humanitas', 'de kerk', 'zijn broer'])}. "
        f"inrichtingskosten aangevraagd bij de sociale dienst aanvraagnummer {DOS()}. "
        f"nog doorgeven aan {pick(['de zorgverzekeraar', 'het UWV', 'de bewindvoerder', 'DUO'])}"
    )


@tpl(0, 1)
def t_zorgen_kind():
    c = C(g="v")
    kid = KID(c)
    ex = REL(c, "m", same=False)
    return (
        f"Dictaat: tijdens het huisbezoek op {DT()} vertelde {P(c.f)} dat {c.haar} ex-partner {P(ex.full)} "
        f"weer contact zoekt. Er is een contactverbod tot {DT(year=True)}. {P(kid.f)} ({ri(4, 11)}) vertelde spontaan "
        f"dat papa bij school stond. Ik heb uitgelegd dat {P(c.f)} de politie mag bellen. Overleg met Veilig Thuis "
        f"volgt; in dat overleg gebruiken we alleen de initialen {P(c.first[0] + '.' + c.last.split()[-1][0].upper() + '.')}"
    )


@tpl(0, 1, 2)
def t_vrijwilliger_match():
    c = C()
    v = ANY()
    co = PRO()
    return (
        f"Koppeling maatje: {P(v.full)}, vrijwilliger via {pick(['Humanitas', 'Stichting Voor Elkaar', 'Xtra', 'Schuldhulpmaatje'])}, "
        f"gaat vanaf {DT()} wekelijks langs bij {c.ttl} {P(c.s)} in {WK()}. Eerste kennismaking samen met "
        f"coördinator {P(co.f)}. Telefoonnummer vrijwilliger {PH('m')}, telefoonnummer cliënt {PH()}. "
        f"{c.ttl.capitalize()} houdt van {pick(['schaken', 'kaarten', 'wandelen', 'koken', 'de markt'])}, "
        f"{P(v.f)} ook, dus dat komt goed."
    )


@tpl(1, 2)
def t_memo_code():
    c = C()
    me = PRO()
    return (
        f"spraakmemo {P(me.f)} dubbele punt code oranje voor {P(c.full)} . {c.ze} heeft gedreigd zichzelf iets aan "
        f"te doen. huisarts is ingelicht, crisisdienst heeft {c.hem} gezien op {DT()}. "
        f"telefoon {PH('m')} , adres {ADR()} , {PC()} . dagelijks contact tot het weekend"
    )


@tpl(0, 1)
def t_wmo_beschikking():
    c = C()
    a = PRO()
    return (
        f"Wmo-beschikking binnengekomen voor {P(c.full)}, kenmerk {DOS('pref', ['WMO', 'Wmo', 'ZK', 'BS'])}, gedateerd {DT(year=True)}. "
        f"Toegekend: {pick(['huishoudelijke ondersteuning drie uur per week', 'begeleiding individueel', 'een scootmobiel', 'woningaanpassing'])}. "
        f"Aanbieder {pick(['Florence', 'Vivent', 'HWW zorg', 'Thuisbegeleiding Haaglanden'])}. Wmo-adviseur was {P(a.f)} "
        f"{P(a.s)}. Cliënt telefonisch op de hoogte gebracht via {PH()}."
    )


@tpl(2)
def t_memo_afgebroken():
    c = C()
    col = PRO()
    return (
        f"dit is voor {P(col.f.lower())} die {c.ttl} {P(c.s.lower())} van de {STREET_ONLY().lower()} wacht nog steeds op eh "
        f"op de bril van de ooglaser nee sorry van de opticien [onverstaanbaar] in elk geval {c.ze} is jarig op "
        f"{DT()} en {c.ze} wordt {AGE(60, 95)} dus misschien een kaartje. {c.haar} nieuwe nummer is {PH()} "
        f"en eh de dochter {P(ANY('v').f.lower())} heeft ook gebeld"
    )


@tpl(0, 1, 2)
def t_huisbezoek_jong():
    c = C(g=pick("vm"))
    m = KID(c, "v")
    me = PRO()
    return (
        f"Huisbezoek {P(c.f)}, {AGE(18, 23)} jaar, woont sinds kort zelfstandig op {ADR()}. "
        f"Uitstroom uit {pick(['Jeugdbescherming west', 'een leefgroep van Youz', 'de pleegzorg'])}. "
        f"Geen inkomen nog, aanvraag bijstand loopt, aanvraagnummer {DOS()}. {c.zij.capitalize()} heeft een "
        f"zorgverzekering nodig, DigiD is aangevraagd. Moeder {P(m.f)} {P(m.sl)} helpt een beetje maar is zelf "
        f"{pick(['ziek', 'vaak weg', 'in de schuldsanering'])}. Jongerenwerker {P(PRO().f)} is ook betrokken. "
        f"Vervolg {DT(wd=True)}."
    )


@tpl(1, 2)
def t_memo_bank():
    c = C()
    return (
        f"voor de aanvraag bijzondere bijstand nog nodig: bankafschriften van {IBAN()} en van de spaarrekening. "
        f"{P(c.f)} zegt dat de spaarrekening op naam staat van {c.haar} {pick(['moeder', 'vader', 'oom'])} {P(REL(c).f)}. "
        f"navragen. bsn voor het formulier {BSN()} . geboortedatum {DT('birth')}"
    )


@tpl(0, 1)
def t_signaal_huismeester():
    h = PRO("m")
    c = C()
    return (
        f"Signaal van huismeester {P(h.f)} ({pick(['Haag Wonen', 'Staedion', 'Vestia'])}) op {DT(wd=True)}: "
        f"bij {P(c.ini)} op {ADR()} staat al weken afval op het balkon en er zijn klachten over ongedierte. "
        f"{P(h.f)} vermoedt dat {c.ttl} niet meer voor zichzelf kan zorgen. Ik ga samen met de wijkverpleegkundige "
        f"langs. Huismeester bereikbaar op {PH('m')}."
    )


@tpl(0, 1, 2)
def t_ggz_overdracht():
    c = C()
    spv = PRO()
    ha = PRO()
    return (
        f"Overdracht van de GGZ, {pick(['Parnassia', 'PsyQ', 'Indigo', 'i-psy'])}. Cliënt {P(c.full)}, geboren "
        f"{DT('birth')}, wordt terugverwezen naar de huisarts, dokter {P(ha.s)}. Behandeling afgesloten per "
        f"{DT(year=True)}. SPV {P(spv.full)} adviseert laagdrempelige steun vanuit het SWT. Cliëntnummer GGZ {DOS()}. "
        f"Contact cliënt via {PH('m')}."
    )


@tpl(1, 2)
def t_memo_afspraken_lijst():
    a = C()
    b = C()
    c3 = C()
    d = C()
    return (
        f"afspraken volgende week. maandag {P(a.f)} om tien uur thuis {ADR()}. dinsdag {P(b.s)} op kantoor. "
        f"woensdag vrij. donderdag {DT()} met {P(c3.full)} naar het UWV. vrijdag {P(d.f)} bellen op {PH()}"
    )


@tpl(0, 1)
def t_dictaat_mantelzorg():
    c = C()
    mz = KID(c, pick("vm"))
    rel = "dochter" if mz.g == "v" else "zoon"
    return (
        f"Gesprek met {P(mz.full)}, {rel} en mantelzorger van {c.ttl} {P(c.s)} ({AGE(70, 95)}). {P(mz.f)} zorgt "
        f"al {pick(['vier', 'zes', 'acht'])} jaar voor {c.hem}, combineert dat met een baan van "
        f"{pick(['32', 'vierendertig', 'achtendertig', '24'])} uur. Respijtzorg besproken, en een mantelzorgwaardering. "
        f"{P(mz.f)} is te bereiken op {PH('m')} en {MAIL(mz)}. {c.ttl.capitalize()} {P(c.s)} woont op {ADR()}."
    )


@tpl(2)
def t_memo_dronken():
    c = C("nl", "m")
    return (
        f"meneer {P(c.s.lower())} weer aangetroffen onder invloed. zat op het bankje bij het winkelcentrum. "
        f"naar huis gebracht {ADR()} met de wijkagent. brijder contact opnemen, zijn casemanager daar heet "
        f"{P(PRO().f.lower())} nummer {PH('l')}. ook nog broer {P(REL(c, 'm').f.lower())} bellen {PH('m')}"
    )


@tpl(0, 1, 2)
def t_dagbesteding_aanmelding():
    c = C()
    mee = PRO()
    return (
        f"Aanmelding dagbesteding bij {pick(['Middin', 'Ipse de Bruggen', 'Cardia', 'Haeghe Groep'])}. Cliënt: {P(c.full)}, "
        f"{AGE(20, 60)} jaar, licht verstandelijke beperking. Woont bij {c.haar} {pick(['ouders', 'moeder', 'tante'])} op "
        f"{ADR()} in de {pick(['Schilderswijk', 'Transvaal', 'Spoorwijk'])}. MEE-consulent {P(mee.f)} {P(mee.sl)} ondersteunt bij de "
        f"aanvraag. Startdatum gewenst: {DT()}. Contact: {PH()}."
    )


@tpl(1, 2)
def t_memo_medicatie():
    c = C()
    ap = PRO()
    return (
        f"apotheek gebeld over {c.ab} {P(c.s)} geboren {DT('birth')}. baxter wordt vanaf {DT()} wekelijks geleverd "
        f"in plaats van per twee weken. apotheker {P(ap.s)} wil dat de thuiszorg meekijkt. twintig milligram "
        f"{pick(['oxazepam', 'citalopram', 'quetiapine', 'metoprolol'])} 's avonds. adres voor bezorging {ADR()}"
    )


@tpl(0, 1)
def t_brief_woningcorp():
    c = C()
    me = PRO()
    corp = pick(["Haag Wonen", "Staedion", "Vestia"])
    return (
        f"Dicteer brief. Aan {corp}, t.a.v. {P(PRO().full)}. Betreft huurder {P(c.full)}, {ADR()}, {PC()}, "
        f"huurnummer {DOS()}. Nieuwe alinea. Hierbij verzoeken wij u de ontruiming op te schorten. Cliënt heeft "
        f"sinds {DT(year=True)} een budgetbeheerrekening en de lopende huur wordt vanaf {IBAN()} automatisch betaald. "
        f"Nieuwe alinea. Met vriendelijke groet, {P(me.full)}, SWT {WK()}, {PH('l')}."
    )


# ---------------------------------------------------------------- templates D: more registers
@tpl(1, 2)
def t_whisper_hallucinatie():
    c = C()
    me = PRO()
    return (
        f"Ja, dus, dit is het verslag van {DT()}. Ik was bij {P(c.full)}. Het gaat eigenlijk wel goed. "
        f"{c.zij.capitalize()} heeft de brief van DUO zelf opgestuurd. Volgende stap is de aanvraag kwijtschelding. "
        f"Die moet naar het adres {ADR()}. {P(me.f)}, einde verslag. Bedankt voor het kijken. "
        f"Ondertiteling ingediend door de Amara.org gemeenschap."
    )


@tpl(0, 1, 2)
def t_servicepunt_balie():
    c = C()
    me = PRO()
    return (
        f"Baliecontact Servicepunt XL {WK()}, {DT(wd=True)}. Langs geweest: {P(c.full)}, met een brief over "
        f"{pick(['de toeslagen', 'de huurtoeslag', 'een naheffing', 'de eigen bijdrage van het CAK'])}. "
        f"Geholpen door {P(me.f)}. Afspraak gemaakt met de sociaal raadsman. Cliënt heeft geen e-mail, wel telefoon: "
        f"{PH()}. Postadres is {pick(['het adres van haar zus', 'een briefadres bij het Leger des Heils', 'het eigen adres'])}: "
        f"{ADR()}, {PC()}."
    )


@tpl(1, 2)
def t_memo_iban_check():
    c = C()
    bw = PRO()
    r2 = REL(c)
    rw = pick(["ex", "zoon" if r2.g == "m" else "dochter"])
    return (
        f"even checken bij {P(bw.f)} of het rekeningnummer klopt. {c.ab} {P(c.s)} gaf op {IBAN()} maar op het "
        f"formulier staat {IBAN()}. een van de twee is van {c.haar} {rw} {P(r2.f)}. "
        f"ook de postcode checken {PC()}"
    )


@tpl(0, 1)
def t_meldcode():
    c = C()
    kid = KID(c)
    aanw = PRO()
    me = PRO()
    return (
        f"Meldcode stap twee, collegiale consultatie met {P(aanw.full)} op {DT(year=True)}. Gezin {P(c.s)}, "
        f"{ADR()}, {PC()}. Zorgen om {P(kid.f)} ({ri(2, 12)} jaar): blauwe plekken, gezien door de juf op "
        f"{DT(wd=True)}. Besluit: advies vragen bij Veilig Thuis. Adviesnummer {DOS('vt')}. Vastgelegd door {P(me.f)}."
    )


@tpl(0, 1, 2)
def t_call_zorgverzekeraar():
    c = C()
    me = PRO()
    zv = pick(["Zilveren Kruis", "CZ", "Menzis", "DSW", "Zorg en Zekerheid"])
    return (
        f"Gebeld met {zv} namens {P(c.full)}, geboren {DT('birth')}. Relatienummer {DOS('plain')}. Achterstand "
        f"{ri(4, 8)} maanden premie, ze is aangemeld als wanbetaler bij het CAK. Afgesproken: betalingsregeling "
        f"van {MONEY(20, 80, 5)} per maand vanaf {DT()}, via automatische incasso van {IBAN()}. Bevestiging komt naar "
        f"{MAIL(c)}. {P(me.f)}"
    )


@tpl(1, 2)
def t_memo_familie():
    c = C()
    a = KID(c, "v")
    b = KID(c, "m")
    d = KID(c)
    return (
        f"familie {P(c.s)} in kaart: vader {P(c.f if c.g == 'm' else REL(c, 'm').f)}, kinderen {P(a.f)} {P(b.f)} en "
        f"{P(d.f)}. {P(a.f)}'s telefoon {PH('m')}. {P(b.f)} zit in {pick(['Zoetermeer', 'de gevangenis', 'Marokko', 'Suriname', 'Polen'])}. "
        f"{P(d.f)} woont nog thuis, {ADR()}. oma {P(ANY('v').f)} past soms op"
    )


@tpl(0, 1)
def t_incident_rapport():
    c = C()
    col = PRO()
    me = PRO()
    return (
        f"Incidentmelding. Datum: {DT(year=True)}. Locatie: {ADR()}. Betrokkenen: cliënt {P(c.full)}, collega "
        f"{P(col.full)} en ondergetekende {P(me.full)}. Tijdens het gesprek werd {P(c.f)} boos en gooide een stoel. "
        f"Niemand gewond. Collega {P(col.f)} heeft de politie niet gebeld, wel de teamleider. Nazorg voor "
        f"{P(col.f)} op {DT()}."
    )


@tpl(0, 1, 2)
def t_voicemail_cak():
    c = C(g="v")
    d = REL(c, "v")
    return (
        f"Bericht van {PH('m')}, ontvangen {DT()}.\n"
        f"Dag, u spreekt met {P(d.full)}, ik ben de {pick(['dochter', 'nicht', 'schoondochter'])} van {c.ttl} {P(c.s)}, die woont "
        f"op de {ADR()}. Zij heeft een rekening van het CAK gehad van {MONEY(200, 900, 1)}, klopt dat wel? Haar BSN heb ik "
        f"hier, dat is {BSN()}. U kunt mij ook mailen op {MAIL(d)}. Dank u."
    )


@tpl(2)
def t_memo_snel_lijst():
    a = C()
    b = C()
    c = C()
    return (
        f"snel even {P(a.f.lower())} {PH()} {P(b.s.lower())} {PH()} en {P(c.full.lower())} {ADR()} "
        f"allemaal voor vrijdag terugbellen"
    )


@tpl(0, 1)
def t_casusregie_plan():
    c = C()
    cr = PRO()
    a = PRO()
    b = PRO()
    return (
        f"Plan van aanpak {P(c.full)}, opgesteld {DT(year=True)}. Casusregisseur: {P(cr.full)}. Betrokken: "
        f"{P(a.f)} (schuldhulpverlener, GKB), {P(b.f)} ({pick(['wijkverpleegkundige', 'ambulant begeleider Kessler Stichting', 'SPV Parnassia'])}). "
        f"Doel één: woning behouden. Doel twee: inkomen op orde. Doel drie: {pick(['dagbesteding', 'contact met familie herstellen', 'alcoholgebruik verminderen'])}. "
        f"Evaluatie op {DT()}. Dossiernummer SWT {DOS()}."
    )


@tpl(1, 2)
def t_call_moeder_jeugd():
    c = C(g="v")
    k = KID(c)
    me = PRO()
    return (
        f"moeder {P(c.full)} belt, {c.haar} zoon {P(k.f)} is {AGE(16, 22)} en is van huis weggelopen sinds {DT(wd=True)}. "
        f"politie is ingelicht, vermissingsnummer {DOS()}. ze vraagt of wij iets kunnen. "
        f"ik heb het jongerenwerk in {WK()} gebeld, {P(PRO().f)} kent hem. moeder bereikbaar op {PH('m')}. {P(me.f)}"
    )


@tpl(0, 1, 2)
def t_huisbezoek_eenzaam():
    c = C()
    me = PRO()
    n = ANY()
    return (
        f"Eerste huisbezoek bij {c.ttl} {P(c.s)}, {AGE(70, 93)}, weduw{'e' if c.g == 'v' else 'naar'} sinds "
        f"{pick(['drie jaar', 'vorig jaar', 'twee maanden'])}. Woont alleen op {ADR()} in {WK()}. "
        f"Komt de deur bijna niet meer uit. Enig contact is {pick(['buurvrouw', 'buurman', 'de kapster', 'een oud-collega'])} "
        f"{P(n.f)}. Ik heb de koffieochtend in het buurthuis voorgesteld en de ouderenadviseur van Xtra. "
        f"{c.ttl.capitalize()} wil wel. Telefoon: {PH('l')}. Verjaardag: {DT('birth')}. Volgend bezoek {DT()}. {P(me.f)}."
    )


@tpl(1, 2)
def t_memo_dossier_mix():
    c = C()
    return (
        f"let op twee dossiers door elkaar, {P(c.full)} heeft nummer {DOS()} en niet {DOS()} dat is een andere "
        f"cliënt met dezelfde achternaam, {P(REL(c, 'm' if c.g == 'v' else 'v').f)} {P(c.sl)} van de {STREET_ONLY()}. "
        f"graag corrigeren in het systeem"
    )


@tpl(0, 1)
def t_verwijzing_huisarts():
    c = C()
    ha = PRO()
    me = PRO()
    return (
        f"Verwijsbrief dicteren. Geachte collega {P(ha.s)} komma nieuwe regel hierbij verwijs ik {c.ttl} {P(c.full)}, "
        f"geboren {DT('birth')}, wonende {ADR()}, naar uw praktijk voor {pick(['een verwijzing naar de GGZ', 'controle van de bloeddruk', 'een consult over slaapproblemen'])}. "
        f"{c.zij.capitalize()} heeft toestemming gegeven om informatie te delen. Nieuwe alinea met collegiale groet "
        f"{P(me.full)}, POH-GGZ, {PH('l')}"
    )


@tpl(0, 1, 2)
def t_call_buitenland():
    c = C(pick(["pl", "bg", "ro"]))
    z = REL(c)
    taal = {"pl": "Pools", "bg": "Bulgaars", "ro": "Roemeens"}[c.origin]
    pre = {
        "pl": pick(["+48 ", "00 48 "]),
        "bg": pick(["+359 ", "00 359 "]),
        "ro": pick(["+40 ", "00 40 "]),
    }[c.origin]
    return (
        f"Telefoongesprek met {P(c.full)} en een tolk {taal} via de tolkentelefoon. {c.zij.capitalize()} "
        f"werkt via een uitzendbureau in de kassen, woont met {ri(4, 9)} anderen op {ADR()}. Geen inschrijving BRP, dus "
        f"geen BSN, alleen een RNI-nummer. Familie: {P(z.f)}, bereikbaar op {S('phone', pre + ' '.join(str(ri(100, 999)) for _ in range(3)))}. "
        f"Afgesproken op {DT()} langs te komen bij het Servicepunt XL."
    )


@tpl(1, 2)
def t_memo_postcode_check():
    c = C()
    col = PRO()
    return (
        f"{P(col.f)} kun jij de postcode van {P(c.full)} opzoeken ik heb {PC()} verstaan maar dat kan ook {PC()} zijn. "
        f"huisnummer is {ADR()}. geboortedatum {DT('birth')}"
    )


@tpl(0, 1)
def t_opvang():
    c = C(g="v")
    kid = KID(c)
    me = PRO()
    return (
        f"Notitie {DT(wd=True)}. {P(c.full)} is met {P(kid.f)} in de vrouwenopvang geplaatst na een melding. "
        f"Het oude adres ({ADR()}) mag niet worden gedeeld. Nieuw correspondentieadres via het Leger des Heils. "
        f"Contact alleen via {PH('m')}. Contactpersoon in de opvang: {P(PRO('v').f)}. Dossier {DOS('vt')}. {P(me.f)}"
    )


@tpl(0, 1, 2)
def t_kwijtschelding():
    c = C()
    return (
        f"Aanvraag kwijtschelding gemeentelijke belastingen voor {P(c.full)}, aanslagnummer {DOS('plain')}, BSN {BSN()}. "
        f"Inkomen {pick(['bijstand', 'AOW zonder aanvulling', 'Wajong'])}, geen vermogen. Rekeningnummer voor eventuele "
        f"teruggave {IBAN()}. Ingediend op {DT(year=True)}."
    )


@tpl(1, 2)
def t_memo_namen_woorden():
    c = C("nl")
    h = PRO()
    surname = pick(
        [
            "de Wit",
            "Bakker",
            "Visser",
            "Koster",
            "de Groot",
            "Hoop",
            "Roos",
            "Koning",
            "de Boer",
            "Post",
            "Winter",
        ]
    )
    c = Person(c.first, surname, c.g, "nl")
    return (
        f"memo {DT()} {c.ttl} {P(c.s.lower())} heeft weer last van {pick(['de buren', 'de hond van de buren', 'lekkage'])}. "
        f"de {pick(['bakker', 'visser', 'koster', 'koning'])} om de hoek brengt af en toe brood, erg lief. "
        f"{c.ttl} {P(c.s.lower())} wil een {pick(['wit', 'groen'])} kastje laten ophalen door de grofvuildienst. "
        f"nummer huismeester {P(h.f.lower())} {PH()}"
    )


@tpl(0, 1)
def t_rapport_jongvolw():
    c = C()
    mentor = PRO()
    me = PRO()
    return (
        f"Rapportage begeleiding {P(c.f)} ({AGE(18, 26)}), periode {pick(['januari tot maart', 'de zomer', 'april en mei'])}. "
        f"{P(c.f)} woont in een trainingshuis van {pick(['Youz', 'het Leger des Heils', 'Kessler Stichting'])}, "
        f"{ADR()}. Mentor {P(mentor.full)}. Voortgang: {c.zij} heeft een baan als {pick(['vakkenvuller', 'schoonmaker', 'bezorger'])} "
        f"gevonden en spaart. Probleem: DUO-schuld. Inschrijvingsnummer DUO {DOS('plain')}. Volgende evaluatie "
        f"{DT()}. {P(me.f)}."
    )


# ---------------------------------------------------------------- templates E: short/long mixed
@tpl(0, 1, 2)
def t_sms_dictaat():
    c = C()
    me = PRO()
    return (
        f"Dicteer sms aan {P(c.f)}: Hoi {P(c.f)}, herinnering afspraak {DT(wd=True)} om {pick(['tien uur', 'half twee', 'elf uur'])} "
        f"bij het Servicepunt. Neem je ID en de brief mee. Groet {P(me.f)}. Verzenden naar {PH('m')}."
    )


@tpl(1, 2)
def t_long_memo():
    c = C()
    p = REL(c, "m" if c.g == "v" else "v", same=False)
    k1 = KID(c)
    me = PRO()
    wv = PRO()
    return (
        f"verslag huisbezoek {DT(wd=True)} samen met {P(wv.f)} van de wijkverpleging. {P(c.full)} en {P(p.f)} "
        f"waren allebei thuis, {P(k1.f)} was op school. de sfeer was gespannen. {P(p.f)} zegt dat hij "
        f"weer werk heeft bij {pick(['een schoonmaakbedrijf', 'PostNL', 'de gemeente', 'een bouwbedrijf'])} maar het loon komt "
        f"pas over {pick(['drie', 'vier', 'zes'])} weken. in de tussentijd geen geld voor boodschappen. voedselbank "
        f"aanmelding gedaan. ze hebben een achterstand bij de energie van {MONEY(300, 1500, 10)}. rekeningnummer van "
        f"{P(c.f)} {IBAN()}. er is ook een brief van de rechter over {pick(['een beslaglegging', 'de huurachterstand', 'een boete'])}. "
        f"{P(wv.f)} maakt zich zorgen om {P(c.f)}, die slaapt slecht en eet weinig, {c.ze} gaat volgende week "
        f"naar de huisarts. ik bel {DT()} met de schuldhulpverlener. afspraak gemaakt voor {DT()}. {P(me.f)}"
    )


@tpl(0, 1)
def t_korte_notitie_neat():
    c = C()
    return pick(
        [
            f"{c.ttl.capitalize()} {P(c.s)} heeft op {DT()} de toestemmingsverklaring getekend.",
            f"Nieuw telefoonnummer {P(c.full)}: {PH()}.",
            f"{P(c.full)} is per {DT(year=True)} verhuisd naar {ADR()}, {PC()}.",
            f"E-mailadres {P(c.f)}: {MAIL(c)}.",
        ]
    )


@tpl(0, 1, 2)
def t_ouderenmishandeling():
    c = C()
    z = KID(c, "m")
    me = PRO()
    return (
        f"Zorgen over financiële uitbuiting van {c.ttl} {P(c.s)}, {AGE(78, 96)} jaar, {ADR()}. Kleinzoon {P(z.f)} "
        f"heeft toegang tot de bankpas. Er is in {pick(['twee', 'drie'])} weken {MONEY(1500, 6000, 100)} opgenomen van "
        f"{IBAN()}. Casemanager dementie {P(PRO().f)} heeft dit op {DT()} gemeld. Advies gevraagd bij Veilig Thuis. "
        f"Mentorschap en bewind aanvragen. {P(me.f)}"
    )


@tpl(1, 2)
def t_call_school_spijbel():
    c = C()
    k = KID(c)
    lp = PRO()
    return (
        f"leerplichtambtenaar {P(lp.full)} belde over {P(k.f)} {P(k.sl)} leerlingnummer {DOS('plain')} al {ri(20, 80)} uur "
        f"ongeoorloofd verzuim. thuisadres {ADR()}. ouders reageren niet op brieven. {P(lp.f)} vraagt of het SWT of het "
        f"jeugdteam kan aansluiten. nummer leerplicht {PH('l')}"
    )


@tpl(0, 1, 2)
def t_formulier_spraak():
    c = C()
    p = ANY()
    return (
        f"Veld naam: {P(c.first)}. Veld achternaam: {P(c.last)}. Veld geboortedatum: {DT('birth')}. "
        f"Veld BSN: {BSN()}. Veld straat en huisnummer: {ADR()}. Veld postcode: {PC()}. Veld woonplaats: Den Haag. "
        f"Veld telefoon: {PH()}. Veld e-mail: {MAIL(c)}. Veld contactpersoon: {P(p.full)}, {pick(['broer', 'zus', 'buurman', 'vriendin'])}."
    )


@tpl(1, 2)
def t_memo_schuldeisers():
    c = C()
    return (
        f"schuldeisers {P(c.full)} opvragen. CJIB dossier {DOS()} , belastingdienst toeslagen {DOS()} , "
        f"Vattenfall klantnummer {DOS('plain')} . alles naar de GKB voor {DT()} . bsn {BSN()}"
    )


@tpl(0, 1)
def t_evaluatie_vrijwilliger():
    c = C()
    v = ANY()
    co = PRO()
    return (
        f"Evaluatiegesprek maatjestraject, {DT(year=True)}. Aanwezig {P(v.f)} (maatje), {P(c.f)} {P(c.sl)} en "
        f"{P(co.f)}, coördinator Humanitas. Het contact loopt goed, ze gaan elke {pick(['dinsdag', 'woensdag', 'zaterdag'])} "
        f"samen naar de markt op de Haagse Markt. {P(c.f)} is minder somber. Afspraak: traject loopt door tot {DT()}."
    )


@tpl(2)
def t_voicemail_onduidelijk():
    c = C()
    me = PRO()
    return (
        f"[voicemail, kwaliteit slecht] ja hallo met {P(c.f.lower())} [onverstaanbaar] van de {STREET_ONLY().lower()} "
        f"nummer [onverstaanbaar] ik wou zeggen dat ik morgen niet kan komen want mijn {pick(['kind', 'moeder', 'man'])} is ziek "
        f"bel me terug op {PH('m')} nee wacht {PH('m')} dat is de goede dag {P(me.f.lower())}"
    )


@tpl(0, 1, 2)
def t_huisarts_overleg():
    c = C()
    ha = PRO()
    poh = PRO()
    return (
        f"Overleg in de huisartsenpraktijk op {DT(wd=True)} met dokter {P(ha.s)} en POH-GGZ {P(poh.f)}. "
        f"Besproken: {P(c.ini)}, geboren {DT('birth')}, {ADR()}. Veel bezoeken aan de huisartsenpost, eenzaamheid "
        f"en alcohol. Afspraak: {P(poh.f)} doet de GGZ-kant, het SWT pakt de eenzaamheid en de geldzaken op. "
        f"Praktijk bereikbaar op {PH('l')}."
    )


@tpl(1, 2)
def t_memo_email_spelling():
    c = C()
    r2 = REL(c)
    return (
        f"mailadres van {P(c.f)} is {MAIL(c)} en dan met {pick(['twee', 'een'])} {pick(['l', 'n', 's', 'm'])} "
        f"geloof ik. anders naar het mailadres van {c.haar} {'dochter' if r2.g == 'v' else 'zoon'} {MAIL(r2)}"
    )


@tpl(0, 1)
def t_dakloos():
    c = C(g="m")
    me = PRO()
    sp = PRO()
    return (
        f"Melding via het Straatpastoraat: {P(c.full)}, {AGE(30, 65)}, slaapt sinds {DT()} in een portiek bij de "
        f"{STREET_ONLY()}. Geen briefadres. Laatst bekende adres {ADR()}, {PC()}. {P(sp.f)} van het Straatpastoraat "
        f"kent hem goed. Aanmelding maatschappelijke opvang bij het Centraal Coördinatiepunt, registratie {DOS()}. {P(me.f)}"
    )


@tpl(0, 1, 2)
def t_belafspraak():
    c = C()
    col = PRO()
    return (
        f"Belafspraak: {P(col.f)} belt {P(c.full)} op {DT(wd=True)} tussen {pick(['negen en tien', 'een en twee', 'drie en vier'])}. "
        f"Nummer: {PH()}. Onderwerp: uitslag van de {pick(['indicatie', 'aanvraag bijzondere bijstand', 'keuring'])}."
    )


@tpl(1, 2)
def t_memo_buren_ruzie():
    a = C()
    b = C()
    bb = PRO()
    return (
        f"burenruzie tussen {P(a.full)} op {ADR()} en {P(b.full)} op {ADR()}. geluidsoverlast en bedreiging. "
        f"buurtbemiddeling gevraagd, buurtbemiddelaar {P(bb.f)} neemt contact op. {a.ttl} {P(a.s)} "
        f"wil aangifte doen. nummer {PH('m')}"
    )


@tpl(0, 1)
def t_nazorg_detentie():
    c = C(g="m")
    rc = PRO()
    return (
        f"Nazorg na detentie. {P(c.full)} komt vrij op {DT(year=True)} uit {pick(['PI Haaglanden', 'de PI in Zoetermeer', 'de Bijlmerbajes'])}. "
        f"Reclasseringswerker {P(rc.full)} ({PH('l')}). Geen woning, wel een ID-bewijs. BSN {BSN()}. "
        f"Aanvraag uitkering moet op de dag van vrijlating. Moeder {P(REL(c, 'v').f)} woont op {ADR()}, hij mag daar tijdelijk slapen."
    )


@tpl(0, 1, 2)
def t_teams_chat_dictaat():
    a = PRO()
    c = C()
    return (
        f"Bericht ingesproken voor de teamchat: hoi allemaal, wie kan {DT(wd=True)} mee naar {c.ttl} {P(c.s)} in {WK()}? "
        f"Het adres is {ADR()}, de bel doet het niet, dus even bellen op {PH()} als je voor de deur staat. "
        f"Groetjes, {P(a.f)}"
    )


@tpl(1, 2)
def t_memo_verjaardag_dochter():
    c = C()
    d = KID(c, "v")
    me = PRO()
    bd = gen_date()
    age = ri(4, 12)
    born = datetime.date(bd.year - age, bd.month, bd.day)
    return (
        f"{P(c.f)} vertelde dat {P(d.f)} op {DTX(bd, year=False)} jarig is en dat {c.ze} graag iets wil geven maar geen geld heeft. "
        f"verwezen naar Stichting Jarige Job. {P(d.f)} is geboren op {DTX(born, 'birth')} dus ze wordt {nw(age) if rnd() < 0.6 else age}. "
        f"aanvraag gedaan via het mailadres {MAIL(me, 'denhaag.nl')}"
    )


@tpl(0, 1)
def t_vt_terugkoppeling():
    c = C()
    vt = PRO()
    k = KID(c)
    return (
        f"Terugkoppeling Veilig Thuis ontvangen op {DT()}, zaaknummer {DOS('vt')}. Onderzoek naar gezin {P(c.s)} "
        f"is afgerond. Conclusie: geen acute onveiligheid, wel zorgen over {P(k.f)}. Overdracht aan het SWT {WK()} "
        f"en het CJG. Contactpersoon VT: {P(vt.full)}, {MAIL(vt, 'veiligthuishaaglanden.nl')}."
    )


# ---------------------------------------------------------------- templates F: extra adversarial variety
@tpl(0, 1, 2)
def t_mei():
    c = Person(pick(["Mei", "Mei Ling"]), pick(["Chen", "Lin", "Wang", "Lam", "Zhou"]), "v", "cn")
    d = gen_date()
    while d.month != 5:
        d = gen_date()
    return (
        f"Notitie: {P(c.f)} belde op {DTX(d)} over de huurtoeslag. Sinds begin mei krijgt ze niks meer. "
        f"{P(c.f)} {P(c.sl)} woont met haar twee kinderen op {ADR()}. Haar man werkt in het restaurant van zijn "
        f"broer, {pick(['vijf', 'zes'])} dagen per week. Eind mei komt er een nieuwe beschikking, zegt ze. "
        f"Telefoon {PH('m')}. {P(c.f)}'s dochter tolkt meestal, die heet {P(pick(['Lisa', 'Jenny', 'Amy', 'Yuki']))}."
    )


@tpl(0, 1, 2)
def t_call_herhaal():
    c = C()
    me = PRO()
    n = gen_mobile()
    G.facts.append(("phone", n))
    spoken = render_mobile(n)
    back = pick(
        [n[:2] + "-" + n[2:], n[:2] + " " + " ".join(n[i : i + 2] for i in range(2, 10, 2)), n]
    )
    return (
        f"Medewerker Wmo-loket: En uw telefoonnummer?\n"
        f"{P(c.full)}: {S('phone', spoken)}.\n"
        f"Medewerker Wmo-loket: Dus {S('phone', back)}?\n"
        f"{P(c.full)}: Ja, klopt.\n"
        f"Medewerker Wmo-loket: En uw geboortedatum?\n"
        f"{P(c.full)}: {DT('birth')}.\n"
        f"Medewerker Wmo-loket: Dank u, dan zet ik de aanvraag klaar, u krijgt binnen {pick(['twee', 'zes', 'acht'])} weken bericht. "
        f"Het aanvraagnummer is {DOS()}. Mijn naam is {P(me.f)}."
    )


@tpl(0, 1)
def t_gezin_possessief():
    c = C(g="v")
    k1 = KID(c, "v")
    k2 = KID(c, "m")
    p = REL(c, "m", same=False)
    return (
        f"Gezinsplan (dictaat). {P(c.f)}'s situatie is sinds de scheiding van {P(p.full)} ({DT(year=True)}) verslechterd. "
        f"{P(k1.f)}'s school ({pick(['De Regenboog', 'Het Palet', 'De Springbok'])}) meldt verzuim; {P(k2.f)} (zoon, "
        f"{AGE(8, 15)}) heeft een indicatie voor jeugdhulp via het CJG. Vader betaalt geen alimentatie, de zaak ligt bij het LBIO, "
        f"kenmerk {DOS()}. Afspraak met {P(c.f)} en {P(PRO().f)} (gezinscoach) op {DT(wd=True)}."
    )


@tpl(1, 2)
def t_dementie_memo():
    c = C("nl")
    kd = REL(c)
    n = Person(
        pick(POOLS["nl"][0]), pick(["de Wit", "Bakker", "Koster", "Hoop", "de Boer"]), "v", "nl"
    )
    cm = PRO()
    return (
        f"memo casemanager dementie {P(cm.f)} . bezoek {c.ttl} {P(c.s)} {DT()} . {c.ze} dacht dat het nog {ri(1985, 2005)} was. "
        f"gas staat nog aan, slot op de kraan geadviseerd. buurvrouw {P(n.s)} kijkt elke dag even, heel fijn, die is zelf "
        f"{AGE(70, 85)}. {c.haar} {'zoon' if kd.g == 'm' else 'dochter'} woont in het buitenland, bereikbaar via {S('phone', pick(['+32 ', '+49 ', '+34 ', '+44 ']) + str(ri(400, 499)) + ' ' + str(ri(10, 99)) + ' ' + str(ri(10, 99)) + ' ' + str(ri(10, 99)))} "
        f"of {MAIL(kd)}. volgende stap indicatie WLZ bespreken met de huisarts"
    )


@tpl(0, 1)
def t_lijst_clienten():
    a = C()
    b = C()
    d = C()
    return (
        f"Lijst nieuwe aanmeldingen week {ri(2, 51)}, ingesproken. Eén, {P(a.full)}, {ADR()}, {PC()}, aangemeld door de "
        f"huisarts. Twee, {P(b.full)}, {ADR()}, {PC()}, via het Servicepunt XL. Drie, {P(d.full)}, geen vast adres, "
        f"bereikbaar op {PH('m')}, via het Leger des Heils. Verdeling in het teamoverleg van {pick(['maandag', 'dinsdag', 'donderdag'])}."
    )


@tpl(1, 2)
def t_vm_kredietbank():
    k = PRO()
    c = C()
    return (
        f"voicemail van de kredietbank {P(k.full)} over {P(c.full)} dossier {DOS('hash')} de vtlb berekening is klaar, "
        f"{c.ze} houdt {MONEY(900, 1400, 5)} per maand over. graag de getekende stukken terugsturen naar "
        f"{MAIL(k, 'denhaag.nl')} voor {DT()}. terugbellen kan ook op {PH('l')}"
    )


@tpl(0, 1, 2)
def t_jongeren_cjg():
    c = C(g="v")
    k = KID(c)
    jc = PRO()
    return (
        f"Afstemming met {P(jc.full)}, jeugdconsulent CJG {WK()}, op {DT()}. Gezin {P(c.s)}: moeder {P(c.f)} "
        f"({AGE(28, 45)}), kinderen {P(k.f)} en {P(KID(c).f)}. Het CJG doet de opvoedondersteuning, het SWT pakt de "
        f"schulden en de huisvesting op (zij wonen met vijf personen in een tweekamerwoning op {ADR()}). "
        f"Eén gezin, één plan: {P(jc.f)} is regievoerder. Volgende afstemming {DT(wd=True)}."
    )


@tpl(1, 2)
def t_memo_bsn_twee():
    c = C()
    p = REL(c, "m" if c.g == "v" else "v", same=False)
    return (
        f"voor de toeslagen aanvraag: bsn {P(c.f)} {BSN()} en bsn partner {P(p.f)} {BSN()} . "
        f"geboortedata {DT('birth')} en {DT('birth')} . rekening {IBAN()} op naam van beiden"
    )


@tpl(0, 1)
def t_klacht():
    c = C()
    col = PRO()
    tl = PRO()
    return (
        f"Klacht binnengekomen op {DT(year=True)} van {P(c.full)} over collega {P(col.f)}. {P(c.s)} vindt dat {c.ze} niet serieus "
        f"genomen is bij de aanvraag {pick(['huishoudelijke hulp', 'bijzondere bijstand', 'urgentie'])}. Teamleider {P(tl.full)} "
        f"neemt contact op. Klachtnummer {DOS()}. Cliënt wil per brief antwoord op {ADR()}, {PC()}."
    )


@tpl(2)
def t_memo_naam_twijfel():
    c = C(pick(["er", "gh", "so", "af", "sy"]))
    return (
        f"die nieuwe cliënt ik weet niet zeker hoe je het spelt {P(c.last.lower())} of {P(c.last.lower()[:-1] + pick(['e', 'i', 'a', 'h']))} "
        f"voornaam {P(c.f.lower())} woont bij de moskee in de buurt op de {STREET_ONLY().lower()} huisnummer weet ik niet "
        f"telefoon {PH('m')} morgen navragen bij het servicepunt"
    )


# ---------------------------------------------------------------- context sentences (no personal data)
def EXTRA():
    w = WK()
    w2 = WK()
    return pick(
        [
            f"Dit speelt eigenlijk al sinds {ri(2016, 2022)}, toen nog via het oude wijkteam in {w}.",
            f"Casus inbrengen bij het wijkoverleg {w} op de eerste dinsdag van de maand.",
            "Eerder betrokken geweest: MEE en de GGZ, allebei zonder veel resultaat.",
            f"De wachtlijst bij de schuldhulpverlening is op dit moment ongeveer {pick(['zes', 'acht', 'tien'])} weken.",
            "Toestemmingsverklaring is ondertekend en zit in de map.",
            f"Huur is {MONEY(480, 900, 5)} per maand, de toeslag is nog niet aangevraagd.",
            f"Volgens de wijkverpleegkundige is er sinds {pick(['maart', 'de zomer', 'januari', 'oktober'])} duidelijk achteruitgang.",
            f"Het Servicepunt XL in {w} is op {pick(['woensdag', 'vrijdagmiddag', 'maandag'])} dicht, dus daar niet heen sturen.",
            f"Eerste signaal kwam in {pick(['november', 'februari', 'mei', 'augustus'])}, dit loopt dus al {pick(['vijf', 'zes', 'drie'])} maanden.",
            "Terugkoppeling naar de huisarts na het eerstvolgende gesprek.",
            f"Dit past goed bij het pilotthema {pick(['bemoeizorg', 'ouderen', 'huiselijk geweld', 'jeugd'])}, misschien inbrengen als casusles.",
            f"Ik heb er vandaag {pick(['tachtig minuten', 'anderhalf uur', 'drie kwartier', 'twee uur'])} aan besteed.",
            f"Het gezin is in {ri(2015, 2021)} vanuit {pick(['Rotterdam', 'Zoetermeer', 'Leiden', 'Amsterdam', 'Rijswijk'])} naar {w} verhuisd.",
            f"Collega's van het SWT {w2} kennen de familie ook, even afstemmen.",
            "De wijkagent is op de hoogte, maar ziet geen reden om op te treden.",
            f"Cliënt is {AGE(25, 88)} jaar en heeft {pick(['geen', 'weinig', 'nauwelijks'])} netwerk.",
            f"Gesprek duurde {pick(['een uur', 'drie kwartier', 'anderhalf uur'])}, tolk was niet nodig.",
            "De casusregisseur houdt de regie, wij sluiten aan waar nodig.",
            "Aanmelding bij het Wmo-loket loopt nog, doorlooptijd is acht weken.",
            f"Voorlopig elke {pick(['week', 'twee weken', 'maand'])} een huisbezoek, daarna evalueren.",
            f"Huisarts en POH-GGZ zijn akkoord met deze aanpak.",
            f"Cliënt kreeg in {ri(2018, 2023)} al eens hulp van Brijder, dat is toen afgebroken.",
            f"Op {pick(['maandag', 'donderdag', 'vrijdag'])} is er inloop in het buurthuis in {w}, misschien iets voor cliënt.",
            f"De kinderen zitten op school in {w2}.",
            f"Let op: post komt regelmatig niet aan, brievenbus is kapot sinds {pick(['januari', 'de zomer', 'september'])}.",
            f"Ook de ouderenconsulent van Xtra is op de hoogte.",
            f"In {w} hebben we vaker gezien dat dit via de moskee of de kerk beter werkt.",
            f"Er is {MONEY(100, 400, 5)} leefgeld per week beschikbaar.",
        ]
    )


NOEXTRA = {
    "t_voicemail_client",
    "t_memo_kort",
    "t_call_intake_spell",
    "t_call_transcript_ts",
    "t_voicemail_huisarts",
    "t_teams_transcript",
    "t_voicemail_buurvrouw",
    "t_whatsapp_spraak",
    "t_voicemail_wijkagent",
    "t_voicemail_pro",
    "t_voicemail_english_mix",
    "t_voicemail_cak",
    "t_memo_snel_lijst",
    "t_sms_dictaat",
    "t_korte_notitie_neat",
    "t_formulier_spraak",
    "t_voicemail_onduidelijk",
    "t_belafspraak",
    "t_teams_chat_dictaat",
    "t_whisper_hallucinatie",
    "t_memo_email_spelling",
    "t_memo_postcode_check",
    "t_brief_dictaat_uwv",
    "t_brief_woningcorp",
    "t_verwijzing_huisarts",
    "t_mail_dictaat",
    "t_memo_iban_check",
    "t_memo_dossier_mix",
    "t_memo_schuldeisers",
    "t_memo_afgebroken",
}
SHORT_OK = {"t_memo_kort", "t_korte_notitie_neat", "t_memo_snel_lijst"}
# ---------------------------------------------------------------- build
import json, os


def check_record(rec):
    t = rec["text"]
    spans = rec["pii"] + rec["keep"]
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
    ss = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ss, ss[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)


def build(n_rounds=2, extra=0):
    G.r.seed(78078)
    order = []
    for k in range(n_rounds):
        lst = list(TPL)
        G.r.shuffle(lst)
        order += [(fn, lv, k) for fn, lv in lst]
    order += [(fn, lv, n_rounds) for fn, lv in G.r.sample(TPL, extra)]
    recs = []
    seen = set()
    last_lv = {}
    for fn, levels, k in order:
        for attempt in range(20):
            cand = [l for l in levels if l != last_lv.get(fn.__name__)] or list(levels)
            G.lv = pick(cand)
            G.facts = []
            marked = fn()
            if fn.__name__ not in NOEXTRA:
                k_ex = wpick([(0, 3), (1, 5), (2, 2)])
                ex = "".join(" " + EXTRA() for _ in range(k_ex))
                m_sig = re.search(
                    r"([.\n])(\s*(?:Groet,?\s*|Vastgelegd door\s*|Vervolg door\s*)?\[\[person:[^\]]*\]\](?:,[^.\n\[]*)?\.?\s*)$",
                    marked,
                )
                if m_sig and len(m_sig.group(2)) < 90:
                    cut = m_sig.start(2)
                    marked = (
                        marked[:cut].rstrip()
                        + " "
                        + ex.strip()
                        + ("\n" if m_sig.group(2).startswith("\n") else " ")
                        + marked[cut:].lstrip()
                    )
                else:
                    marked += ex
            fl = text_flags(G.lv)
            text, pii, keep = assemble(parse(marked), fl)
            if text not in seen:
                break
        seen.add(text)
        last_lv[fn.__name__] = G.lv
        for kind, v in G.facts:
            if kind == "bsn":
                assert bsn_ok(v), v
            if kind == "iban":
                assert iban_ok(v), v
        keep = tag_keep(text, pii, keep)
        rec = {
            "id": "ho78-%04d" % len(recs),
            "text": text,
            "pii": pii,
            "keep": keep,
            "_tpl": fn.__name__,
            "_lv": G.lv,
            "_facts": list(G.facts),
        }
        check_record(rec)
        recs.append(rec)
    return recs


if __name__ == "__main__":
    import sys

    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout78.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(
                json.dumps({k: r[k] for k in ("id", "text", "pii", "keep")}, ensure_ascii=False)
                + "\n"
            )
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    print(
        "texts",
        len(recs),
        "words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    tot = sum(pc.values())
    print("pii", tot, dict(pc), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc))
    print("levels", Counter(r["_lv"] for r in recs))
