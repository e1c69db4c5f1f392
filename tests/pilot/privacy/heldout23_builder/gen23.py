import datetime
import re

from pools23 import *

SUR_U = sorted(set(SUR), key=SUR.index)


def bsn(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            d.append(last)
            if (s - last) % 11 == 0:
                break
    s = "".join(map(str, d))
    f = r.random()
    if f < 0.5:
        return s
    if f < 0.7:
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if f < 0.9:
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s[:2] + "." + s[2:4] + "." + s[4:6] + "." + s[6:]


def iban(r):
    bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
    conv = "".join(str(int(c, 36)) for c in bank + acc + "NL00")
    chk = 98 - int(conv) % 97
    ib = "NL%02d%s%s" % (chk, bank, acc)
    f = r.random()
    if f < 0.5:
        return ib
    if f < 0.85:
        return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
    if f < 0.93:
        return ib.lower()
    return ib[:4] + " " + ib[4:8] + " " + ib[8:]


def rdate(r, y0=2022, y1=2025):
    return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def fdate(r, d=None, year=True):
    d = d or rdate(r)
    m = MONTHS[d.month - 1]
    ma = MON_ABBR[d.month - 1]
    wd = WEEKDAYS[d.weekday()]
    wa = WD_ABBR[d.weekday()]
    if year:
        opts = [
            "%d %s %d" % (d.day, m, d.year),
            "%02d-%02d-%d" % (d.day, d.month, d.year),
            "%d-%d-'%02d" % (d.day, d.month, d.year % 100),
            "%d/%d/%d" % (d.day, d.month, d.year),
            "%02d.%02d.%d" % (d.day, d.month, d.year),
            "%d-%02d-%02d" % (d.year, d.month, d.day),
            "%d %s. %d" % (d.day, ma, d.year),
            "%s %d %s %d" % (wd, d.day, m, d.year),
            "%d %s '%02d" % (d.day, ma, d.year % 100),
            "%d-%d-%d" % (d.day, d.month, d.year),
            "%02d/%02d/%02d" % (d.day, d.month, d.year % 100),
        ]
    else:
        opts = [
            "%d %s" % (d.day, m),
            "%s %d %s" % (wd, d.day, m),
            "%d/%d" % (d.day, d.month),
            "%d-%d" % (d.day, d.month),
            "%s %d/%d" % (wa, d.day, d.month),
            "%d %s." % (d.day, ma),
            "%s. %d %s" % (wa, d.day, m),
            "%de %s" % (d.day, m) if d.day in (1, 8) else "%d %s" % (d.day, ma),
        ]
    return r.choice(opts)


def dob(r):
    d = datetime.date(r.randint(1938, 2003), r.randint(1, 12), r.randint(1, 28))
    return r.choice(
        [
            "%02d-%02d-%d" % (d.day, d.month, d.year),
            "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
            "%02d.%02d.'%02d" % (d.day, d.month, d.year % 100),
            "%d-%d-%d" % (d.day, d.month, d.year),
            "%02d/%02d/%d" % (d.day, d.month, d.year),
        ]
    )


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def mobile(r):
    d = digits(r, 8)
    return r.choice(
        [
            "06-" + d,
            "06 " + d[:4] + " " + d[4:],
            "06" + d,
            "+31 6 " + d,
            "+31 (0)6 " + d[:2] + " " + d[2:5] + " " + d[5:],
            "06 " + " ".join(d[i : i + 2] for i in range(0, 8, 2)),
            "06-" + d[:4] + " " + d[4:],
            "+316" + d,
            "0031 6 " + d,
            "06." + ".".join(d[i : i + 2] for i in range(0, 8, 2)),
        ]
    )


def landline(r, area):
    n = 10 - len(area)
    d = digits(r, n)
    d = str(r.randint(2, 9)) + d[1:]
    a = area[1:]
    return r.choice(
        [
            "%s-%s" % (area, d),
            "(%s) %s %s %s" % (area, d[:3], d[3:5], d[5:]) if n == 7 else "(%s) %s" % (area, d),
            "%s %s %s %s" % (area, d[:3], d[3:5], d[5:]) if n == 7 else "%s %s" % (area, d),
            "+31 %s %s" % (a, d),
            "%s%s" % (area, d),
            "+31 (0)%s %s" % (a, d),
        ]
    )


def postcode(r, rng):
    n = r.randint(*rng)
    while True:
        l = r.choice("ABCDEGHJKLMNPRSTVWXZ") + r.choice("ABCDEGHJKLMNPRSTVWXZ")
        if l not in ("SS", "SA", "SD"):
            break
    f = r.random()
    if f < 0.6:
        return "%d %s" % (n, l)
    if f < 0.9:
        return "%d%s" % (n, l)
    return "%d %s" % (n, l.lower())


def housenr(r):
    n = r.choice([r.randint(1, 40), r.randint(1, 250), r.randint(100, 480)])
    suf = r.choice(
        [
            "",
            "",
            "",
            "",
            "-hs",
            "B",
            "-B",
            " bis",
            "-II",
            "A",
            "-1",
            " III",
            "-3",
            "a",
            " hs",
            "-bg",
            " 2e",
            "-zw",
            "C",
            "-14",
        ]
    )
    return str(n) + suf


def dossier(r):
    y = r.randint(2021, 2025)
    return r.choice(
        [
            lambda: "%d-%05d" % (y, r.randint(1, 99999)),
            lambda: "SZW-%06d" % r.randint(100000, 999999),
            lambda: "VT-%d-%04d" % (y, r.randint(1, 9999)),
            lambda: "#%d" % r.randint(10000, 99999),
            lambda: "WMO/%d/%05d" % (y, r.randint(1, 99999)),
            lambda: (
                "SWT-%s-%04d"
                % (r.choice(["SW", "MH", "TV", "LK", "ES", "BZ", "MW"]), r.randint(1, 9999))
            ),
            lambda: "%d%02d%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28), r.randint(1, 40)),
            lambda: "CJG.%d.%04d" % (y, r.randint(1, 9999)),
            lambda: "HW %02d/%d" % (y % 100, r.randint(10, 999)),
            lambda: "SHV%07d" % r.randint(1, 9999999),
            lambda: "K%d-%03d" % (r.randint(10, 99), r.randint(1, 999)),
            lambda: "ZD-%s" % digits(r, 8),
            lambda: "%s/%s" % (digits(r, 3), digits(r, 5)),
            lambda: "BV-%d-%s" % (y, r.choice("ABCDEFGH")) + digits(r, 3),
        ]
    )()


STRIP = str.maketrans("äëïöüéèçşğıłąęśżźćńóšțâ", "aeioueecsgilaeszzcnosta")


def mailname(s):
    s = s.lower().translate(STRIP).replace(" ", "").replace("-", "")
    s = (
        s.replace("ö", "o")
        .replace("ü", "u")
        .replace("ş", "s")
        .replace("ç", "c")
        .replace("ğ", "g")
        .replace("ı", "i")
    )
    return re.sub(r"[^a-z]", "", s)


def cap(s):
    return s[0].upper() + s[1:]


FEM_WORDS = {
    "zus",
    "dochter",
    "buurvrouw",
    "moeder",
    "oma",
    "vrouw",
    "mevrouw",
    "mw",
    "mw.",
    "mevr.",
    "haar",
    "tante",
    "partner mevrouw",
}
GENDER_RE = re.compile(
    r"\b(zus|dochter|buurvrouw|moeder|oma|vrouw|mevrouw|mw\.?|mevr\.|tante|zoon|broer|vader|man|buurman|opa|meneer|dhr\.?|oom|jongen)\b[ ,(]{1,3}<(?:fn|full|ini|sn|lsn|lfn|possf|posss)(?::(\w+))?>",
    re.I,
)


class Ctx:
    def __init__(self, r, city):
        self.r = r
        self.city = city
        self.people = {}
        self.used = set()
        self.cache = {}
        self.wijken, self.streets, self.pcr, self.area, self.orgs = CITIES[city]

    def person(self, k):
        if k not in self.people:
            g = self.gender.get(k)
            while True:
                f = self.r.choice(FIRST)
                s = self.r.choice(SUR_U)
                if g == "f" and f not in FEMALE:
                    continue
                if g == "m" and f in FEMALE:
                    continue
                if f not in self.used and s not in self.used:
                    break
            self.used |= {f, s}
            self.people[k] = (f, s)
        return self.people[k]


def poss(n):
    if n[-1] in "sxz":
        return "[[person:%s]]'" % n
    if n[-1] in "aeiouy":
        return "[[person:%s]]'s" % n
    return "[[person:%s]]s" % n


def render(tpl, r, city):
    c = Ctx(r, city)
    c.gender = {}
    for m in GENDER_RE.finditer(tpl):
        c.gender.setdefault(m.group(2) or "_", "f" if m.group(1).lower() in FEM_WORDS else "m")

    def sub(m):
        kind, key = m.group(1), m.group(2) or "_"
        if kind in (
            "fn",
            "sn",
            "full",
            "ini",
            "lsn",
            "lfn",
            "possf",
            "posss",
            "mail",
            "msn",
            "ufn",
        ):
            f, s = c.person(key)
            if kind == "fn":
                return "[[person:%s]]" % f
            if kind == "ufn":
                return "[[person:%s]]" % f.upper()
            if kind == "sn":
                return "[[person:%s]]" % cap(s)
            if kind == "msn":
                return "[[person:%s]]" % s  # after first name-less title in lowercase convention
            if kind == "full":
                return "[[person:%s %s]]" % (f, s)
            if kind == "ini":
                ini = f[0] + "." + (r.choice(["", "", "M.", "J.", "A.", "H."]))
                return "[[person:%s %s]]" % (ini, s)
            if kind == "lsn":
                return "[[person:%s]]" % s.lower()
            if kind == "lfn":
                return "[[person:%s]]" % f.lower()
            if kind == "possf":
                return poss(f)
            if kind == "posss":
                return poss(cap(s))
            if kind == "mail":
                dom = r.choice(
                    [
                        "gmail.com",
                        "hotmail.com",
                        "outlook.com",
                        "live.nl",
                        "ziggo.nl",
                        "kpnmail.nl",
                        "icloud.com",
                        "yahoo.com",
                        "hetnet.nl",
                    ]
                )
                local = r.choice(
                    [
                        mailname(f) + "." + mailname(s),
                        mailname(f) + mailname(s)[:3] + digits(r, 2),
                        mailname(f)[0] + mailname(s),
                        mailname(s) + "_" + mailname(f),
                        mailname(f) + str(r.randint(1960, 2004)),
                    ]
                )
                return "[[email:%s@%s]]" % (local, dom)
        if kind in ("wmail",):  # professional mail
            f, s = c.person(key)
            dom = r.choice(
                [
                    "denhaag.nl",
                    "swt-denhaag.nl",
                    "stichtingmooi.nl",
                    "xtra.nl",
                    "parnassia.nl",
                    "zebrawelzijn.nl",
                    "mee-zhn.nl",
                    "florence.nl",
                    "sociaalteam.nl",
                ]
            )
            return "[[email:%s%s@%s]]" % (
                mailname(f)[0] + "." if r.random() < 0.6 else mailname(f) + ".",
                mailname(s),
                dom,
            )
        if kind == "date":
            return "[[date:%s]]" % fdate(r)
        if kind == "dwd":
            d = rdate(r)
            return "[[date:%s %d %s]]" % (WEEKDAYS[d.weekday()], d.day, MONTHS[d.month - 1])
        if kind == "ds":
            return "[[date:%s]]" % fdate(r, year=False)
        if kind == "dob":
            return "[[date:%s]]" % dob(r)
        if kind == "mob":
            return "[[phone:%s]]" % mobile(r)
        if kind == "land":
            return "[[phone:%s]]" % landline(r, c.area)
        if kind == "tel":
            return "[[phone:%s]]" % (mobile(r) if r.random() < 0.6 else landline(r, c.area))
        if kind == "bsn":
            return "[[bsn:%s]]" % bsn(r)
        if kind == "iban":
            return "[[iban:%s]]" % iban(r)
        if kind == "pc":
            return "[[postcode:%s]]" % postcode(r, c.pcr)
        if kind == "addr":
            return "[[address:%s %s]]" % (r.choice(c.streets), housenr(r))
        if kind == "street":
            return r.choice(c.streets)
        if kind == "dos":
            return "[[dossier:%s]]" % dossier(r)
        if kind == "wijk":
            if key not in c.cache:
                c.cache[key] = r.choice([w for w in c.wijken if w not in c.cache.values()])
            return "{{wijk:%s}}" % c.cache[key]
        if kind == "org":
            k = "org" + key
            if k not in c.cache:
                c.cache[k] = r.choice(c.orgs + NATIONAL_ORGS)
            return "{{org:%s}}" % c.cache[k]
        if kind == "lorg":
            k = "lorg" + key
            if k not in c.cache:
                c.cache[k] = r.choice(c.orgs)
            return "{{org:%s}}" % c.cache[k]
        if kind == "role":
            k = "role" + key
            if k not in c.cache:
                c.cache[k] = r.choice(ROLES)
            return "{{role:%s}}" % c.cache[k]
        if kind == "city":
            return city
        if kind == "age":
            return str(r.randint(19, 91))
        if kind == "kid":
            return str(r.randint(2, 17))
        if kind == "year":
            return str(r.randint(2016, 2025))
        if kind == "month":
            return r.choice(MONTHS)
        if kind == "wd":
            return r.choice(WEEKDAYS)
        if kind == "amount":
            return r.choice(
                [
                    "€ %d" % r.randint(80, 9000),
                    "€%d,-" % r.randint(50, 4000),
                    "%d euro" % r.randint(40, 3000),
                    "€ %d.%03d" % (r.randint(1, 38), r.randint(0, 999)),
                ]
            )
        if kind == "n":
            return str(r.randint(2, 9))
        raise KeyError(kind)

    return re.sub(r"<(\w+)(?::(\w+))?>", sub, tpl)


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def strip(marked):
    out = []
    pii = []
    keep = []
    pos = 0
    tl = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        tl += m.start() - pos
        if m.group(1):
            lab, t = m.group(1), m.group(2)
            dst = pii
        else:
            lab, t = m.group(3), m.group(4)
            dst = keep
        dst.append({"start": tl, "end": tl + len(t), "label": lab, "text": t})
        out.append(t)
        tl += len(t)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, text
    return text, pii, keep
