#!/usr/bin/env python3
"""Held-out corpus 46 for the Dutch personal-data finder.

Register: Outlook / Exchange e-mail as professionals paste it into a case file
(full headers, inverted display names, forwarded chains, quoted replies,
signatures, disclaimers, out-of-office replies, calendar invitations).

Markup in the source texts:
  [[label:text]]  personal data (pii)      labels: p b ph e ib pc a d ds (or full names)
  {{label:text}}  context that must stay   labels: o w r (or full names)
  %slot%, %slot.full%, %slot.last%, %slot.mob%, %slot.tel%, %slot.email%, %slot.role%,
  %FROM%, %TO%, %BSN%, %BSN.%, %BSN_%, %IBAN%, %IBAN_%   are filled in by the generator.
Run:  python3 heldout46_corpus.py   -> writes heldout46.jsonl next to this script.
Stdlib only, deterministic (seeded).
"""

import datetime
import json
import os
import random
import re

rng = random.Random(4646)

PII = {
    "p": "person",
    "b": "bsn",
    "ph": "phone",
    "e": "email",
    "ib": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "ds": "dossier",
}
KEEP = {"o": "org", "w": "wijk", "r": "role"}
for _v in list(PII.values()):
    PII[_v] = _v
for _v in list(KEEP.values()):
    KEEP[_v] = _v

# ---------------------------------------------------------------- numbers


def make_bsn():
    while True:
        d = [rng.randint(1, 3)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        d9 = s % 11
        if d9 <= 9:
            return "".join(map(str, d + [d9]))


def bsn_ok(x):
    x = re.sub(r"\D", "", x)
    if len(x) != 9:
        return False
    d = list(map(int, x))
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def make_iban():
    bank = rng.choice(BANKS)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    chk = 98 - int(_num(bank + acct + "NL00")) % 97
    return "NL%02d%s%s" % (chk, bank, acct)


def iban_ok(x):
    x = x.replace(" ", "")
    return int(_num(x[4:] + x[:4])) % 97 == 1


def iban_spaced(x):
    return " ".join(x[i : i + 4] for i in range(0, len(x), 4))


# ---------------------------------------------------------------- dates

DAG = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DG = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MAAND = [
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
MND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def rand_dt():
    start = datetime.datetime(2023, 9, 4, 8, 0)
    while True:
        dt = start + datetime.timedelta(days=rng.randint(0, 640))
        if dt.weekday() < 5:
            return dt.replace(hour=rng.randint(7, 17), minute=rng.randint(0, 59))


def later(dt):
    while True:
        n = dt + datetime.timedelta(
            minutes=rng.choice([12, 25, 40, 75, 130, 300, 1200, 1500, 2900, 4300])
        )
        if n.weekday() < 5 and 7 <= n.hour <= 21:
            return n
        dt = n


def fmt_hdr_date(dt, style):
    """returns markup for the header date value"""
    w, d, m, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    hm = "%02d:%02d" % (dt.hour, dt.minute)
    if style == "nl":
        return "[[d:%s %d %s %d]] %s" % (DAG[w], d, MAAND[m], y, hm)
    if style == "nl_om":
        return "[[d:%s %d %s %d]] om %s" % (DAG[w], d, MAAND[m], y, hm)
    if style == "en":
        return "[[d:%s, %d %s %d]] %s" % (DAY[w], d, MONTH[m], y, hm)
    if style == "en_us":
        h = dt.hour % 12 or 12
        return "[[d:%s, %s %d, %d]] %d:%02d %s" % (
            DAY[w],
            MONTH[m],
            d,
            y,
            h,
            dt.minute,
            "AM" if dt.hour < 12 else "PM",
        )
    if style == "num":
        return "[[d:%02d-%02d-%d]] %s" % (d, m + 1, y, hm)
    if style == "num_short":
        return "[[d:%s %d-%d-%d]] %s" % (DG[w], d, m + 1, y, hm)
    raise ValueError(style)


def dshort(dt):
    return "%s %d-%d" % (DG[dt.weekday()], dt.day, dt.month)


def dlong(dt):
    return "%s %d %s %d" % (DAG[dt.weekday()], dt.day, MAAND[dt.month - 1], dt.year)


# ---------------------------------------------------------------- professionals


class Pro:
    def __init__(self, key, org, first, tv, last, g, role, team, orgline, email, tel, mob):
        self.key, self.org, self.first, self.tv, self.last, self.g = key, org, first, tv, last, g
        self.role, self.team, self.orgline, self.email, self.tel, self.mob = (
            role,
            team,
            orgline,
            email,
            tel,
            mob,
        )

    @property
    def init(self):
        return self.first[0] + "."

    def full(self):
        return "[[p:%s %s%s]]" % (self.first, self.tv + " " if self.tv else "", self.last)

    def lastcap(self):
        if self.tv:
            t = self.tv[0].upper() + self.tv[1:]
            return "[[p:%s %s]]" % (t, self.last)
        return "[[p:%s]]" % self.last

    def name(self, style):
        tv = " " + self.tv if self.tv else ""
        if style == "full":
            return self.full()
        if style == "inv":
            return "[[p:%s]], [[p:%s%s]]" % (self.last, self.first, tv)
        if style == "inv_init":
            return "[[p:%s]], [[p:%s%s]]" % (self.last, self.init, tv)
        if style == "inv_init_first":
            return "[[p:%s]], [[p:%s%s]] ([[p:%s]])" % (self.last, self.init, tv, self.first)
        if style == "init":
            return "[[p:%s%s %s]]" % (self.init, tv, self.last)
        if style == "quoted":
            return "'%s'" % self.full()
        raise ValueError(style)


PROS = []


def pro(*a):
    PROS.append(Pro(*a))


GEM = "{{o:Gemeente Den Haag}}"
pro(
    "roos",
    "gem",
    "Roos",
    "de",
    "Hoop",
    "v",
    "casusregisseur",
    "{{o:Sociaal Wijkzorgteam}} {{w:Laak}}",
    GEM + ", {{o:dienst SZW}}",
    "r.dehoop@denhaag.nl",
    "070 353 22 14",
    "06 51 80 44 12",
)
pro(
    "nadia",
    "gem",
    "Nadia",
    "",
    "El Amrani",
    "v",
    "Wmo-adviseur",
    "{{o:SWT}} {{w:Transvaal}}",
    GEM,
    "nadia.elamrani@denhaag.nl",
    None,
    "06-24 87 19 03",
)
pro(
    "mehmet",
    "gem",
    "Mehmet",
    "",
    "Yıldız",
    "m",
    "casusregisseur",
    "{{o:Sociaal Wijkzorgteam}} {{w:Escamp}}",
    GEM + " | {{o:OCW}}",
    "mehmet.yildiz@denhaag.nl",
    "070-3536671",
    "06 1188 2740",
)
pro(
    "sanne",
    "gem",
    "Sanne",
    "",
    "Mulder",
    "v",
    "klantmanager Werk en Inkomen",
    "team Inkomen Zuidwest",
    GEM + ", {{o:SZW}}",
    "s.mulder3@denhaag.nl",
    "070 353 57 90",
    None,
)
pro(
    "ilse",
    "gem",
    "Ilse",
    "",
    "Koster",
    "v",
    "consulent schuldhulpverlening",
    "{{o:Schuldhulpverlening Den Haag}}",
    GEM,
    "ilse.koster@denhaag.nl",
    None,
    "06-13 57 02 86",
)
pro(
    "jeroen",
    "gem",
    "Jeroen",
    "",
    "Bakker",
    "m",
    "teamleider",
    "{{o:SWT}} {{w:Centrum}}",
    GEM,
    "j.bakker@denhaag.nl",
    "070 - 353 61 08",
    "06 41 29 77 35",
)
pro(
    "shanti",
    "gem",
    "Shanti",
    "",
    "Ramsaran-Bhoelai",
    "v",
    "Wmo-consulent",
    "{{o:SWT}} {{w:Moerwijk}}",
    GEM,
    "s.ramsaranbhoelai@denhaag.nl",
    "070-353 4418",
    None,
)
pro(
    "omar",
    "gem",
    "Omar",
    "",
    "Haddad",
    "m",
    "casusregisseur",
    "{{o:SWT}} {{w:Schilderswijk}}",
    GEM + ", {{o:dienst OCW}}",
    "o.haddad@denhaag.nl",
    None,
    "+31 6 3390 1542",
)
pro(
    "fenna",
    "gem",
    "Fenna",
    "",
    "Visser",
    "v",
    "Wmo-adviseur",
    "{{o:SWT}} {{w:Segbroek}}",
    GEM,
    "f.visser@denhaag.nl",
    "070 353 20 61",
    None,
)
pro(
    "wei",
    "gem",
    "Wei",
    "",
    "Zhang",
    "m",
    "procesregisseur bemoeizorg",
    "{{o:Centraal Meldpunt Bemoeizorg}}",
    GEM,
    "wei.zhang@denhaag.nl",
    "070-353 9902",
    "06 2231 8870",
)
pro(
    "aylin",
    "gem",
    "Aylin",
    "",
    "Kaya",
    "v",
    "medewerker",
    "{{o:Servicepunt XL}} {{w:Moerwijk}}",
    GEM,
    "aylin.kaya@denhaag.nl",
    "070 353 74 40",
    None,
)
pro(
    "piet",
    "ggd",
    "Piet",
    "",
    "Jansen",
    "m",
    "sociaal psychiatrisch verpleegkundige",
    "team {{o:Bemoeizorg}}",
    "{{o:GGD Haaglanden}} | {{o:OGGZ}}",
    "p.jansen@ggdhaaglanden.nl",
    "088 355 01 47",
    "06-43 88 12 90",
)
pro(
    "marleen",
    "ggd",
    "Marleen",
    "de",
    "Wit",
    "v",
    "arts Maatschappij & Gezondheid",
    "afdeling {{o:OGGZ}}",
    "{{o:GGD Haaglanden}}",
    "m.dewit@ggdhaaglanden.nl",
    "088 - 355 02 19",
    None,
)
pro(
    "tomasz",
    "ggd",
    "Tomasz",
    "",
    "Kowalczyk",
    "m",
    "medewerker meldpunt",
    "{{o:Meldpunt Zorg en Overlast}}",
    "{{o:GGD Haaglanden}}",
    "t.kowalczyk@ggdhaaglanden.nl",
    "088 355 0133",
    "06 10 92 55 71",
)
pro(
    "esther",
    "vt",
    "Esther",
    "",
    "Groen",
    "v",
    "medewerker onderzoek",
    "team Onderzoek",
    "{{o:Veilig Thuis Haaglanden}}",
    "e.groen@vthaaglanden.nl",
    None,
    "06-5033 7812",
)
pro(
    "yusuf",
    "vt",
    "Yusuf",
    "",
    "Demir",
    "m",
    "triagist",
    "team Triage",
    "{{o:Veilig Thuis Haaglanden}}",
    "y.demir@vthaaglanden.nl",
    "070 - 346 97 20",
    None,
)
pro(
    "kim",
    "hw",
    "Kim",
    "",
    "Smit",
    "v",
    "woonconsulent",
    "regio Zuidwest",
    "{{o:Haag Wonen}}",
    "k.smit@haagwonen.nl",
    "070 - 364 41 12",
    "06 83 20 11 47",
)
pro(
    "rachida",
    "hw",
    "Rachida",
    "",
    "Bouchtaoui",
    "v",
    "medewerker huurincasso",
    "afdeling Incasso",
    "{{o:Haag Wonen}}",
    "r.bouchtaoui@haagwonen.nl",
    "070-3644 188",
    None,
)
pro(
    "bas",
    "st",
    "Bas",
    "van der",
    "Meer",
    "m",
    "wijkconsulent",
    "team {{w:Moerwijk}}/{{w:Morgenstond}}",
    "{{o:Staedion}}",
    "b.vandermeer@staedion.nl",
    None,
    "06 - 22 40 18 93",
)
pro(
    "gladys",
    "st",
    "Gladys",
    "",
    "Martina",
    "v",
    "consulent sociaal beheer",
    "team {{w:Laak}}",
    "{{o:Staedion}}",
    "gladys.martina@staedion.nl",
    "070 - 3 800 711",
    "06 4711 2093",
)
pro(
    "erik",
    "ve",
    "Erik",
    "",
    "Dekker",
    "m",
    "consulent leefbaarheid",
    "team {{w:Bouwlust}}/{{w:Vrederust}}",
    "{{o:Vestia}}",
    "e.dekker@vestia.nl",
    None,
    "06 15 83 46 02",
)
pro(
    "wilma",
    "uwv",
    "Wilma",
    "",
    "Brouwer",
    "v",
    "arbeidsdeskundige",
    "team Sociaal Medische Zaken",
    "{{o:UWV}} Den Haag",
    "wilma.brouwer@uwv.nl",
    "088 - 898 47 12",
    None,
)
pro(
    "dariusz",
    "uwv",
    "Dariusz",
    "",
    "Nowak",
    "m",
    "re-integratieadviseur",
    "team Werkfit",
    "{{o:UWV}}",
    "dariusz.nowak@uwv.nl",
    None,
    "06-3817 4250",
)
pro(
    "anouk",
    "svb",
    "Anouk",
    "",
    "Prins",
    "v",
    "medewerker klantcontact",
    "team AOW/AIO",
    "{{o:SVB}} kantoor Leiden",
    "a.prins@svb.nl",
    "071 - 512 67 40",
    None,
)
pro(
    "hans",
    "bw",
    "Hans",
    "",
    "Kuiper",
    "m",
    "bewindvoerder",
    "",
    "{{o:Budget & Bewind Haaglanden}}",
    "h.kuiper@budgetbewind.nl",
    "070-7520190",
    "06 53 38 20 17",
)
pro(
    "lieke",
    "bw",
    "Lieke",
    "",
    "Vos",
    "v",
    "bewindvoerder / mentor",
    "",
    "{{o:Horizon Bewindvoering}}",
    "lieke@horizonbewind.nl",
    None,
    "06 2870 4415",
)
pro(
    "amal",
    "ha",
    "Amal",
    "",
    "Chaoui",
    "v",
    "huisarts",
    "",
    "{{o:Gezondheidscentrum Transvaal}}",
    "a.chaoui@gc-transvaal.nl",
    "070 - 388 52 10",
    None,
)
pro(
    "meryem",
    "ha",
    "Meryem",
    "",
    "Aydın",
    "v",
    "praktijkondersteuner GGZ",
    "",
    "{{o:Gezondheidscentrum Transvaal}}",
    "m.aydin@gc-transvaal.nl",
    "070-388 5213",
    None,
)
pro(
    "henk",
    "ha",
    "Henk",
    "",
    "Zwart",
    "m",
    "huisarts",
    "",
    "{{o:Huisartsenpraktijk Bouwlust}}",
    "h.zwart@huisartsbouwlust.nl",
    "070 - 397 14 00",
    None,
)
pro(
    "dennis",
    "pol",
    "Dennis",
    "van",
    "Dijk",
    "m",
    "wijkagent",
    "{{w:Transvaal}} / {{w:Schilderswijk}}",
    "{{o:Politie}} eenheid Den Haag, basisteam {{w:Centrum}}",
    "dennis.van.dijk@politie.nl",
    None,
    "06 - 46 09 21 87",
)
pro(
    "sandra",
    "pol",
    "Sandra",
    "",
    "Hoekstra",
    "v",
    "wijkagent",
    "{{w:Moerwijk}}",
    "{{o:Politie}} eenheid Den Haag",
    "sandra.hoekstra@politie.nl",
    None,
    "06-12 09 48 36",
)
pro(
    "sunita",
    "par",
    "Sunita",
    "",
    "Jagessar",
    "v",
    "sociaal psychiatrisch verpleegkundige",
    "{{o:FACT-team}} {{w:Escamp}}",
    "{{o:Parnassia}}",
    "s.jagessar@parnassia.nl",
    "088 - 357 31 40",
    "06 3420 1187",
)
pro(
    "olusegun",
    "par",
    "Olusegun",
    "",
    "Adeyemi",
    "m",
    "psychiater",
    "{{o:FACT-team}} {{w:Centrum}}",
    "{{o:Parnassia Groep}}",
    "o.adeyemi@parnassia.nl",
    "088 357 30 00",
    None,
)
pro(
    "marloes",
    "flo",
    "Marloes",
    "",
    "Bos",
    "v",
    "wijkverpleegkundige",
    "team {{w:Mariahoeve}}",
    "{{o:Florence}}",
    "m.bos@florence.nl",
    None,
    "06 20 71 39 58",
)
pro(
    "kwame",
    "xtra",
    "Kwame",
    "",
    "Boateng",
    "m",
    "maatschappelijk werker",
    "{{o:SWT}} {{w:Transvaal}}",
    "{{o:Xtra}}",
    "k.boateng@xtra.nl",
    "070 - 205 44 90",
    "06 48 17 02 66",
)
pro(
    "meiling",
    "xtra",
    "Mei-Ling",
    "",
    "Chen",
    "v",
    "ouderenconsulent",
    "{{w:Mariahoeve}}",
    "{{o:Xtra}}",
    "meiling.chen@xtra.nl",
    None,
    "06-39 51 77 04",
)
pro(
    "joyce",
    "xtra",
    "Joyce",
    "",
    "Pinas",
    "v",
    "maatschappelijk werker",
    "{{o:SWT}} {{w:Schilderswijk}}",
    "{{o:Xtra}}",
    "j.pinas@xtra.nl",
    "070 205 44 00",
    "06-2188 9034",
)
pro(
    "farida",
    "mooi",
    "Farida",
    "",
    "Noori",
    "v",
    "welzijnscoach",
    "{{w:Laak}}",
    "{{o:Stichting Mooi}}",
    "f.noori@mooiwelzijn.nl",
    None,
    "06 - 45 02 33 19",
)
pro(
    "djenifer",
    "mooi",
    "Djenifer",
    "",
    "Tavares",
    "v",
    "welzijnscoach",
    "{{w:Escamp}}",
    "{{o:Stichting Mooi}}",
    "d.tavares@mooiwelzijn.nl",
    None,
    "06 11 47 80 25",
)
pro(
    "abdi",
    "mee",
    "Abdi",
    "",
    "Warsame",
    "m",
    "MEE-consulent",
    "{{w:Schilderswijk}}",
    "{{o:MEE}} Den Haag",
    "a.warsame@meeplus.nl",
    "088 - 775 20 00",
    "06 5327 0418",
)
pro(
    "senait",
    "cjg",
    "Senait",
    "",
    "Tesfamariam",
    "v",
    "jeugdverpleegkundige",
    "{{o:CJG}} {{w:Transvaal}}",
    "{{o:Centrum voor Jeugd en Gezin}} Den Haag",
    "s.tesfamariam@cjgdenhaag.nl",
    None,
    "06-17 64 80 32",
)
pro(
    "georgi",
    "kes",
    "Georgi",
    "",
    "Petrov",
    "m",
    "ambulant begeleider",
    "team {{o:Housing First}}",
    "{{o:Kessler Stichting}}",
    "g.petrov@kesslerstichting.nl",
    None,
    "06 39 12 40 57",
)
pro(
    "ionut",
    "ldh",
    "Ionut",
    "",
    "Popescu",
    "m",
    "trajectbegeleider",
    "team Ambulant",
    "{{o:Leger des Heils}}",
    "ionut.popescu@legerdesheils.nl",
    None,
    "06-2704 5518",
)
pro(
    "ruud",
    "brij",
    "Ruud",
    "de",
    "Haan",
    "m",
    "casemanager verslavingszorg",
    "team Kort Verblijf",
    "{{o:Brijder Verslavingszorg}}",
    "r.dehaan@brijder.nl",
    "088 - 358 42 60",
    "06 14 70 33 81",
)

PRO = {p.key: p for p in PROS}
BYORG = {}
for _p in PROS:
    BYORG.setdefault(_p.org, []).append(_p)
INTERNAL = {"gem", "xtra", "mooi"}  # swt partners: informal tone more likely


class Client:
    """client / relative who writes from a private mailbox"""

    def __init__(self, first, last, email, g="v", tv="", disp=None):
        self.key, self.org, self.first, self.last, self.email, self.g, self.tv = (
            email,
            "client",
            first,
            last,
            email,
            g,
            tv,
        )
        self.disp = disp  # markup display name as the mail client shows it
        self.role, self.team, self.orgline, self.tel, self.mob = "", "", "", None, None

    @property
    def init(self):
        return self.first[0] + "."

    def full(self):
        return "[[p:%s %s%s]]" % (self.first, self.tv + " " if self.tv else "", self.last)

    def lastcap(self):
        return Pro.lastcap(self)

    def name(self, style):
        if self.disp is not None:
            return self.disp
        return self.full()


# ---------------------------------------------------------------- rendering engine


def cap(s):
    return s[0].upper() + s[1:] if s else s


def role_mk(p, capital=False):
    r = cap(p.role) if capital else p.role
    if not r:
        return ""
    if "/" in r and "mentor" in r:
        a, b = r.split(" / ")
        return "{{r:%s}} / {{r:%s}}" % (a, b)
    return "{{r:%s}}" % r


def ph(x):
    return "[[ph:%s]]" % x


def em(x):
    return "[[e:%s]]" % x


class Ctx:
    def __init__(self, slots):
        self.p = {}
        used = set()
        for k, v in slots.items():
            if isinstance(v, Client):
                self.p[k] = v
                continue
            if v in PRO:
                self.p[k] = PRO[v]
                used.add(v)
                continue
            cands = [q for q in BYORG[v] if q.key not in used]
            q = rng.choice(cands)
            used.add(q.key)
            self.p[k] = q
        self.bsn = None
        self.iban = None


SPECIAL = re.compile(r"%(BSN|BSN\.|BSN_|IBAN|IBAN_|FROM|TO)%")


def fill(text, ctx, frm=None, to=None):
    def sp(m):
        k = m.group(1)
        if k.startswith("BSN"):
            b = make_bsn()
            if k == "BSN.":
                b = b[:4] + "." + b[4:6] + "." + b[6:]
            elif k == "BSN_":
                b = b[:3] + " " + b[3:6] + " " + b[6:]
            return "[[b:%s]]" % b
        if k.startswith("IBAN"):
            i = make_iban()
            if k == "IBAN_":
                i = iban_spaced(i)
            return "[[ib:%s]]" % i
        if k == "FROM":
            return "[[p:%s]]" % frm.first
        if k == "TO":
            return "[[p:%s]]" % to.first

    text = SPECIAL.sub(sp, text)

    def slot(m):
        k, attr = m.group(1), m.group(2)
        if k not in ctx.p:
            return m.group(0)
        p = ctx.p[k]
        if attr is None:
            return "[[p:%s]]" % p.first
        if attr == "full":
            return p.full()
        if attr == "last":
            return p.lastcap()
        if attr == "init":
            return p.name("init")
        if attr == "mob":
            return ph(p.mob or p.tel)
        if attr == "tel":
            return ph(p.tel or p.mob)
        if attr == "email":
            return em(p.email)
        if attr == "role":
            return role_mk(p)
        if attr == "org":
            return p.orgline
        raise ValueError(attr)

    return re.sub(r"%([a-z][a-z0-9]*)(?:\.(full|last|init|mob|tel|email|role|org))?%", slot, text)


# ---- header pieces


def person_in_hdr(p, nstyle, with_mail, mstyle="angle"):
    if isinstance(p, Client):
        n = p.name("full")
        if with_mail or p.disp == "":
            if p.disp == "":
                return em(p.email)
            return "%s <%s>" % (n, em(p.email))
        return n
    n = p.name(nstyle)
    if not with_mail:
        return n
    if mstyle == "mailto":
        return "%s [mailto:%s]" % (n, em(p.email))
    if mstyle == "paren":
        return "%s (%s)" % (n, em(p.email))
    if mstyle == "only":
        return em(p.email)
    return "%s <%s>" % (n, em(p.email))


LABELS = {
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp", "Bijlagen", "Urgentie", "Hoog"),
    "nl2": ("Van", "Datum", "Aan", "Cc", "Onderwerp", "Bijlagen", "Prioriteit", "Hoog"),
    "en": ("From", "Sent", "To", "Cc", "Subject", "Attachments", "Importance", "High"),
}


def header(frm, to, cc, dt, subj, hstyle, opts=None, oldstyle=False):
    opts = opts or {}
    L = LABELS[hstyle]
    nstyle = rng.choice(
        [
            "inv",
            "inv",
            "inv_init",
            "inv_init_first",
            "full",
            "full",
            "full",
            "full",
            "full",
            "quoted",
            "quoted",
        ]
    )
    pmail = rng.choice([0.3, 0.6, 0.9, 1.0])
    dstyle = {
        "nl": rng.choice(["nl", "nl", "num", "num_short"]),
        "nl2": "nl_om",
        "en": rng.choice(["en", "en_us"]),
    }[hstyle]
    mstyle_from = "mailto" if oldstyle else rng.choice(["angle", "angle", "paren"])
    ext_from = isinstance(frm, Client) or rng.random() < pmail
    lines = ["%s: %s" % (L[0], person_in_hdr(frm, nstyle, ext_from, mstyle_from))]
    lines.append("%s: %s" % (L[1], fmt_hdr_date(dt, dstyle)))
    lines.append(
        "%s: %s" % (L[2], "; ".join(person_in_hdr(q, nstyle, rng.random() < pmail) for q in to))
    )
    if cc:
        lines.append(
            "%s: %s" % (L[3], "; ".join(person_in_hdr(q, nstyle, rng.random() < pmail) for q in cc))
        )
    lines.append("%s: %s" % (L[4], subj))
    if opts.get("att"):
        lines.append("%s: %s" % (L[5], opts["att"]))
    if opts.get("imp"):
        lines.append("%s: %s" % (L[6], L[7]))
    return "\n".join(lines)


def gmail_intro(frm, dt):
    w, d, m, y = dt.weekday(), dt.day, dt.month - 1, dt.year
    hm = "%02d:%02d" % (dt.hour, dt.minute)
    n = frm.full()
    st = rng.choice(["g", "g", "apple", "en"])
    if st == "g":
        return "Op [[d:%s %d %s %d]] om %s schreef %s <%s>:" % (
            DG[w],
            d,
            MND[m],
            y,
            hm,
            n,
            em(frm.email),
        )
    if st == "apple":
        return "Op [[d:%d %s %d]] om %s heeft %s <%s> het volgende geschreven:" % (
            d,
            MAAND[m],
            y,
            hm,
            n,
            em(frm.email),
        )
    return "On [[d:%s, %d %s %d]] at %s, %s <%s> wrote:" % (
        DAY[w][:3],
        d,
        MONTH[m][:3],
        y,
        hm,
        n,
        em(frm.email),
    )


# ---- greetings, closings, signatures


def greeting(frm, to, formal):
    if len(to) > 2:
        return rng.choice(
            ["Beste allen,", "Hallo allemaal,", "Beste collega's,", "Goedemorgen allen,"]
        )
    if len(to) == 2 and not formal:
        return "%s [[p:%s]] en [[p:%s]]," % (
            rng.choice(["Hoi", "Beste", "Dag"]),
            to[0].first,
            to[1].first,
        )
    t = to[0]
    if formal:
        titel = "mevrouw" if t.g == "v" else "heer"
        g = rng.choice(["Geachte", "Beste", "Beste", "Goedemiddag"])
        if titel == "heer" and g != "Geachte" and rng.random() < 0.7:
            titel = "meneer"
        return "%s %s %s," % (g, titel, t.lastcap())
    return rng.choice(
        [
            "Hoi %s,",
            "Hi %s,",
            "Beste %s,",
            "Beste %s,",
            "Goedemorgen %s,",
            "Hallo %s,",
            "Dag %s,",
            "Ha %s,",
            "%s,",
        ]
    ) % ("[[p:%s]]" % t.first)


CLOSE_INF = [
    "Groet,",
    "Gr.",
    "Groetjes,",
    "Mvg,",
    "Hartelijke groet,",
    "Fijne dag!",
    "Alvast bedankt,",
    "Groet en fijn weekend,",
    "Dank en groet,",
]
CLOSE_FOR = [
    "Met vriendelijke groet,",
    "Met vriendelijke groet,",
    "Vriendelijke groeten,",
    "Met vriendelijke groeten,",
    "Met hartelijke groet,",
]


def signature(p, level):
    if isinstance(p, Client):
        return p.full() if rng.random() < 0.6 else "[[p:%s]]" % p.first
    if level == "first":
        return "[[p:%s]]" % p.first
    if level == "name":
        return p.full()
    st = rng.randint(1, 6)
    team = p.team
    lines = []
    if st == 1:
        lines = [p.full(), role_mk(p, True) + (" | " + team if team else ""), p.orgline]
        t = []
        if p.tel:
            t.append("T " + ph(p.tel))
        if p.mob:
            t.append("M " + ph(p.mob))
        lines.append(" | ".join(t))
    elif st == 2:
        lines = [p.full(), role_mk(p, True), (team + "\n" if team else "") + p.orgline, ""]
        if p.tel:
            lines.append("Telefoon: " + ph(p.tel))
        if p.mob:
            lines.append("Mobiel: " + ph(p.mob))
        lines.append("E-mail: " + em(p.email))
        lines.append(
            rng.choice(
                [
                    "Werkdagen: ma, di, do",
                    "Aanwezig: maandag t/m donderdag",
                    "Ik werk niet op woensdag.",
                    "Bereikbaar ma-vr tussen 9 en 17 uur",
                    "Werkdagen maandag, dinsdag en vrijdag",
                ]
            )
        )
    elif st == 3:
        lines = [p.full() + " | " + role_mk(p) + " | " + p.orgline, ph(p.mob or p.tel)]
    elif st == 4:
        lines = [
            p.name("init"),
            role_mk(p, True) + (" " + team if team else ""),
            p.orgline,
            "tel. " + ph(p.tel or p.mob),
        ]
    elif st == 5:
        lines = [
            p.full(),
            role_mk(p, True),
            p.orgline,
            (ph(p.mob) if p.mob else ph(p.tel))
            + " (ook WhatsApp)" * (p.mob is not None and rng.random() < 0.4),
        ]
    else:
        lines = [p.full(), "%s%s" % (role_mk(p, True), ", " + team if team else ""), p.orgline]
        if rng.random() < 0.5:
            lines.append(em(p.email))
        if p.tel and p.mob:
            lines.append("Direct %s  Mobiel %s" % (ph(p.tel), ph(p.mob)))
        else:
            lines.append(ph(p.tel or p.mob))
    return "\n".join(l for l in lines if l is not None)


DISCLAIMERS = {
    "gem": [
        "Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent "
        "of dit bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en "
        "het bericht te verwijderen. De {{o:Gemeente Den Haag}} aanvaardt geen aansprakelijkheid voor schade, "
        "van welke aard ook, die verband houdt met risico's verbonden aan het elektronisch verzenden van berichten.",
        "Stuurt u persoonsgegevens? Gebruik dan altijd {{o:Zivver}} of een andere beveiligde verbinding.",
    ],
    "ggd": [
        "De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
        "Gebruik door anderen is niet toegestaan. {{o:GGD Haaglanden}} staat niet in voor de juiste en volledige "
        "overbrenging van de inhoud van een verzonden e-mail."
    ],
    "vt": [
        "Dit bericht is beveiligd verzonden. Maakt u zich zorgen over huiselijk geweld of kindermishandeling? "
        "Neem contact op met {{o:Veilig Thuis}}, ook anoniem."
    ],
    "hw": [
        "{{o:Haag Wonen}} is op vrijdagmiddag telefonisch niet bereikbaar. Reparatieverzoeken kunt u online doorgeven."
    ],
    "st": ["Denk aan het milieu voordat u deze e-mail print."],
    "uwv": [
        "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten "
        "worden ontleend. Reageer niet met een antwoord op dit bericht als u gevoelige gegevens stuurt."
    ],
    "svb": ["Aan dit bericht kunnen geen rechten worden ontleend."],
    "par": [
        "This e-mail and any attachments are confidential and may be privileged. If you are not the intended "
        "recipient, please notify the sender and delete it. {{o:Parnassia Groep}}"
    ],
    "pol": [
        "Dit bericht is uitsluitend bestemd voor de geadresseerde. Bel in noodsituaties altijd 112."
    ],
    "xtra": [
        "{{o:Xtra}} – samen sterk in de wijk. Dit bericht kan vertrouwelijke informatie bevatten."
    ],
    "bw": [
        "Wij zijn telefonisch bereikbaar op maandag, woensdag en vrijdag van 9.00 tot 12.00 uur."
    ],
}


def closing(frm, formal, level):
    if isinstance(frm, Client):
        return (
            rng.choice(["Groetjes", "Met vriendelijke groet,", "Gr", "Dank u wel,", "mvg"])
            + "\n"
            + signature(frm, level)
        )
    c = rng.choice(CLOSE_FOR if formal else CLOSE_INF)
    return (
        c + "\n\n" + signature(frm, level) if level == "full" else c + "\n" + signature(frm, level)
    )


def body_block(frm, to, body, ctx, formal, level, disclaimer):
    b = body
    no_greet = b.startswith("~")
    no_close = b.endswith("~")
    b = b.strip("~").strip("\n")
    b = fill(b, ctx, frm, to[0] if to else None)
    parts = []
    if not no_greet and to:
        parts.append(greeting(frm, to, formal))
    parts.append(b)
    if not no_close:
        parts.append(closing(frm, formal, level))
    out = "\n\n".join(parts)
    if disclaimer and not isinstance(frm, Client) and frm.org in DISCLAIMERS:
        out += "\n\n" + rng.choice(DISCLAIMERS[frm.org])
    return out


# ---------------------------------------------------------------- text types

TEXTS = []  # list of callables returning markup


def chain(
    slots, subj, msgs, fw=None, top_header=None, style=None, opts=None, formal=None, prefix=None
):
    """msgs: oldest first, tuples (from_slot, to_slots, body[, cc_slots[, msgopts]])"""

    def make():
        ctx = Ctx(slots)
        nonlocal_style = style or rng.choice(
            ["outlook_nl", "outlook_nl", "outlook_line", "outlook_en", "gmail"]
        )
        hstyle_top = rng.choice(["nl", "nl", "nl", "nl2", "en"])
        pre = prefix or rng.choice(["RE: ", "RE: ", "Re: ", "Antw: ", "RE: [EXTERN] "])
        dt = rand_dt()
        rendered = None  # markup of the history so far (newest on top)
        allm = list(msgs)
        if fw:
            allm.append(fw)
        n = len(allm)
        for i, m in enumerate(allm):
            frm = ctx.p[m[0]]
            to = [ctx.p[s] for s in (m[1] if isinstance(m[1], (list, tuple)) else [m[1]])]
            cc = [ctx.p[s] for s in (m[3] if len(m) > 3 and m[3] else [])]
            mo = dict(m[4]) if len(m) > 4 else {}
            if fw and i == n - 1:
                s = (
                    rng.choice(["FW: ", "FW: ", "Fwd: ", "Doorst: "])
                    + (pre if n > 2 else "")
                    + subj
                )
            else:
                s = (pre if i > 0 else "") + subj
            s = fill(s, ctx)
            if mo.get("att"):
                mo["att"] = fill(mo["att"], ctx)
            fml = (
                formal
                if formal is not None
                else (
                    isinstance(frm, Client)
                    or isinstance(to[0], Client)
                    or (
                        frm.org != to[0].org
                        and not (frm.org in INTERNAL and to[0].org in INTERNAL)
                        and rng.random() < 0.2
                    )
                )
            )
            level = mo.get("sig") or (
                "full" if (i == n - 1 or rng.random() < 0.55) else rng.choice(["first", "name"])
            )
            disc = mo.get("disc", i == 0 and rng.random() < 0.45)
            body = body_block(frm, to, m[2], ctx, fml, level, disc)
            if i == 0:
                hdr = header(
                    frm,
                    to,
                    cc,
                    dt,
                    s,
                    hstyle_top
                    if n == 1
                    else (
                        "en" if nonlocal_style == "outlook_en" else rng.choice(["nl", "nl", "en"])
                    ),
                    mo,
                    oldstyle=(nonlocal_style == "outlook_nl" and rng.random() < 0.5),
                )
                rendered = (hdr, body)
            else:
                old_hdr, old_body = rendered
                if nonlocal_style == "gmail":
                    hist = (
                        gmail_intro(ctx.p[allm[i - 1][0]], dt)
                        + "\n"
                        + "\n".join(("> " + l) if l else ">" for l in old_body.split("\n"))
                    )
                else:
                    sep = {
                        "outlook_nl": "-----Oorspronkelijk bericht-----",
                        "outlook_line": "________________________________",
                        "outlook_en": "-----Original Message-----",
                    }[nonlocal_style]
                    hist = sep + "\n" + old_hdr + "\n\n" + old_body
                dt = later(dt)
                hs = (
                    hstyle_top if i == n - 1 else ("en" if nonlocal_style == "outlook_en" else "nl")
                )
                hdr = header(frm, to, cc, dt, s, hs, mo)
                rendered = (hdr, body + "\n\n" + hist)
        hdr, body = rendered
        th = top_header if top_header is not None else rng.random() < 0.88
        return (hdr + "\n\n" + body) if th else body

    TEXTS.append(make)


def mail(frm_slot_org, to_org, subj, body, cc=None, opts=None, formal=None, extra=None):
    slots = {"a": frm_slot_org, "b": to_org}
    ccs = []
    for i, c in enumerate(cc or []):
        slots["c%d" % i] = c
        ccs.append("c%d" % i)
    if extra:
        slots.update(extra)
    chain(slots, subj, [("a", ["b"], body, ccs, opts or {})], formal=formal)


def ooo(owner, sender, orig_subj, body, english=False):
    def make():
        ctx = Ctx({"a": owner, "b": sender, **({"c": "gem"} if "%c" in body else {})})
        dt = rand_dt()
        hs = "en" if english else rng.choice(["nl", "nl2"])
        pre = (
            "Automatic reply: "
            if english
            else rng.choice(["Automatisch antwoord: ", "Automatisch antwoord: ", "Afwezig: "])
        )
        hdr = header(ctx.p["a"], [ctx.p["b"]], [], dt, fill(pre + orig_subj, ctx), hs)
        return hdr + "\n\n" + fill(body, ctx, ctx.p["a"], ctx.p["b"])

    TEXTS.append(make)


def invite(slots, subj, body, where, org_slot="a", req=(), opt=(), length=60, resp=None):
    """subj may contain %WD% (short weekday+date) and %WT% (time)."""

    def make():
        ctx = Ctx(slots)
        dt = rand_dt()
        dt = dt.replace(
            hour=rng.choice([9, 9, 10, 11, 13, 14, 15]), minute=rng.choice([0, 0, 30, 15])
        )
        end = dt + datetime.timedelta(minutes=length)
        tz = "(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen"
        s = subj.replace("%WD%", "[[d:%s]]" % dshort(dt)).replace(
            "%WT%", "%02d:%02d" % (dt.hour, dt.minute)
        )
        s = s.replace("%WDL%", "[[d:%s %d %s]]" % (DAG[dt.weekday()], dt.day, MAAND[dt.month - 1]))
        s = fill(s, ctx)
        org = ctx.p[org_slot]
        nst = rng.choice(["inv", "full", "inv_init"])
        if resp:
            # response to an invitation: Geaccepteerd / Afgewezen / Voorlopig geaccepteerd
            rp = ctx.p[resp[0]]
            hdr = header(
                rp,
                [org],
                [],
                dt - datetime.timedelta(days=rng.randint(1, 6)),
                resp[1] + s,
                rng.choice(["nl", "nl"]),
            )
            wl = "Wanneer: [[d:%s]] %02d:%02d-%02d:%02d %s." % (
                dlong(dt),
                dt.hour,
                dt.minute,
                end.hour,
                end.minute,
                tz,
            )
            return hdr + "\n" + wl + "\n\n" + fill(body, ctx, rp, org)
        lines = [
            "Onderwerp: "
            + rng.choice(["Uitnodiging: ", "Uitnodiging: ", "Bijgewerkte uitnodiging: "])
            + s,
            "Organisator: " + org.name(nst),
            "Wanneer: [[d:%s]] %02d:%02d-%02d:%02d %s."
            % (dlong(dt), dt.hour, dt.minute, end.hour, end.minute, tz),
            "Waar: " + fill(where, ctx),
        ]
        if req:
            lines.append("Verplichte deelnemers: " + "; ".join(ctx.p[r].name(nst) for r in req))
        if opt:
            lines.append("Optionele deelnemers: " + "; ".join(ctx.p[r].name(nst) for r in opt))
        out = "\n".join(lines) + "\n\n" + fill(body, ctx, org, ctx.p[req[0]] if req else org)
        if "Teams" in where or rng.random() < 0.3:
            out += (
                "\n\n"
                + "_" * 60
                + "\nMicrosoft Teams-vergadering\nDeelnemen op je computer, mobiele app of "
                "ruimteapparaat\nKlik hier om deel te nemen aan de vergadering\nVergadering-ID: %d %03d %03d %02d\n"
                "Wachtwoord: %s\nMeer informatie | Opties voor vergadering"
                % (
                    rng.randint(200, 499),
                    rng.randint(0, 999),
                    rng.randint(0, 999),
                    rng.randint(10, 99),
                    "".join(
                        rng.choice("abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                        for _ in range(6)
                    ),
                )
            )
        return out

    TEXTS.append(make)


def raw(slots, markup):
    """hand-written text; placeholders are filled from slots"""

    def make():
        ctx = Ctx(slots)
        dt = rand_dt()
        t = markup
        st = rng.choice(["nl", "num"])
        t = t.replace("%HDRDATE2%", fmt_hdr_date(later(dt), st))
        t = t.replace("%HDRDATE%", fmt_hdr_date(dt, st))
        p = list(ctx.p.values())
        return fill(t, ctx, p[0] if p else None, p[1] if len(p) > 1 else None)

    TEXTS.append(make)


# ================================================================ texts, batch A

# 1 woningcorporatie -> casusregisseur
mail(
    "hw",
    "gem",
    "Huurachterstand dhr. [[p:R. Ramautar]] – [[a:Jan Blankenstraat 17-III]] ([[ds:HW-2024-03817]])",
    """
Zoals vanochtend telefonisch besproken stuur ik je de gegevens van dhr. [[p:Ramautar]]. Hij heeft inmiddels een achterstand van € 2.314,60 (vijf maanden). Brieven worden niet beantwoord en bij het huisbezoek van [[d:dinsdag 14 mei]] deed niemand open. De buren zeggen dat hij er wel is, ze zien 's avonds licht branden.

Zijn zus, mw. [[p:Ramautar-Jadnanansing]], heeft ons zelf gebeld en maakt zich zorgen. Zij is bereikbaar op [[ph:06-28 14 93 07]].

Kan het {{o:SWT}} een keer langsgaan voordat wij de zaak overdragen aan de deurwaarder? We willen een ontruiming echt voorkomen.""",
)

# 2 GGD meldpunt <-> casusregisseur
chain(
    {"a": "gem", "b": "tomasz", "c": "ha"},
    "Zorgmelding mw. [[p:Öztürk]] – [[a:Hobbemastraat 112-2]]",
    [
        (
            "b",
            ["a"],
            """Vanochtend kwam bij het {{o:Meldpunt Zorg en Overlast}} een melding binnen over mw. [[p:Kübra Öztürk]] (geb. [[d:12-04-1961]]), [[a:Hobbemastraat 112-2]], [[pc:2526 JR]]. Buren klagen over stank in het trappenhuis en zien haar al weken niet buiten. Volgens de melder, buurvrouw [[p:Henny Roos]] van driehoog, praat ze hardop tegen zichzelf op het balkon.
Bij ons is mw. niet bekend. Kennen jullie haar in de {{w:Schilderswijk}}?""",
        ),
        (
            "a",
            ["b"],
            """Ja, mw. [[p:Öztürk]] is bij ons bekend sinds november 2022. Ze had een HH-indicatie via de Wmo, die is in de zomer gestopt omdat ze de hulp niet meer binnenliet. Haar zoon [[p:Emre]] woont in Rotterdam en belt af en toe, nummer dat wij hebben: [[ph:06-41 93 20 88]].
Voorstel: jij en ik gaan [[d:do 6/6]] samen op HB, na 10 uur. Ik zet de {{r:huisarts}} in de cc zodat zij op de hoogte is.""",
            ["c"],
        ),
    ],
)

# 3 out of office casusregisseur
ooo(
    "ilse",
    "hw",
    "Aanmelding schuldhulp dhr. [[p:Pranoto]] ([[ds:SHV-2024-0512]])",
    """Beste afzender,

Ik ben afwezig van [[d:22 juli]] t/m [[d:9 augustus]] en lees in die periode mijn e-mail niet. Uw bericht wordt niet doorgestuurd.
Voor lopende aanmeldingen schuldhulpverlening kunt u contact opnemen met mijn collega [[p:Kwame Boateng]] ([[ph:06 48 17 02 66]]) of met het algemene team via [[e:schuldhulp.zuidwest@denhaag.nl]].

Met vriendelijke groet,
[[p:Ilse Koster]]""",
)

# 4 calendar invitation MDO
invite(
    {"a": "roos", "b": "piet", "c": "marloes", "d": "kim", "e": "lieke"},
    "MDO mw [[p:K.]] – %WD% %WT%",
    """Beste allen,

Graag nodig ik jullie uit voor een MDO over mw. [[p:K. Öztürk]] ([[ds:SWT-LK-2024-0211]]). Mw. heeft toestemming gegeven (toestemmingsverklaring getekend op [[d:28-05-2024]]).
Agenda: 1) stand van zaken woning 2) zorg/medicatie 3) wie doet wat.
Ik vraag %d% om de actuele achterstand mee te nemen.

Groet, %a%""",
    "Wijkcentrum De Henkenshage, zaal 1.04 / Microsoft Teams",
    req=("b", "c", "d"),
    opt=("e",),
)

# 5 client mails the Wmo-adviseur
mail(
    Client("Fatiha", "Tahiri", "f.tahiri1979@hotmail.com", disp="[[p:fatiha tahiri]]"),
    "gem",
    "vraag over mijn aanvraag",
    """~Goedemiddag,

Ik heb op [[d:2 april]] een aanvraag gedaan voor een scootmobiel maar ik heb nog niks gehoord. Mijn knie is nog slechter geworden en ik kom niet meer bij de markt. Mijn dochter [[p:Sara]] heeft gebeld met het loket maar ze zeggen dat u het dossier heeft. Het nummer op de brief is [[ds:WMO-24-018833]].
Mijn adres is veranderd, ik woon nu [[a:Lorentzplein 33]], [[pc:2522 HP]]. U kunt mij bellen op [[ph:0643228190]] maar liever na 12 uur want dan is mijn dochter thuis om te vertalen.

Met vriendelijke groet
[[p:F. Tahiri]]~""",
)

# 6 wijkagent -> SWT, short
mail(
    "dennis",
    "gem",
    "Info buurtoverlast [[a:Jacob Catsstraat 41]]",
    """
Even ter info: gisteravond zijn collega's voor de derde keer deze maand uitgerukt naar [[a:Jacob Catsstraat 41]] (bovenwoning). Bewoner [[p:Stoyan Dimitrov]] (40), schreeuwen, harde muziek, buren bang. Geen strafbare feiten geconstateerd, wel een zorgmelding gemaakt (registratienummer [[ds:PL1500-2024187734]]).
Volgens mij hoort hij niet in een cel maar bij jullie of de GGD. Zijn er lijntjes? Ik ben deze week nog op woensdag en vrijdag in de wijk.""",
)

# 7 bewindvoerder <-> klantmanager chain with IBAN
chain(
    {"a": "sanne", "b": "hans"},
    "Wijziging rekeningnummer [[p:J.M. de Bruin]] – clientnr. [[ds:BB-20417]]",
    [
        (
            "b",
            ["a"],
            """Per [[d:1 juli]] is mevrouw [[p:Johanna de Bruin]] (BSN %BSN.%) onder bewind gesteld, beschikking kantonrechter in de bijlage. Wilt u de bijstandsuitkering vanaf dan overmaken op de beheerrekening %IBAN_% t.n.v. {{o:Budget & Bewind Haaglanden}} inzake [[p:J.M. de Bruin]]?
De oude rekening van mevrouw graag niet meer gebruiken, daar zit beslag op.""",
            [],
            {"att": "Beschikking_bewind_[[p:deBruin]].pdf"},
        ),
        (
            "a",
            ["b"],
            """Dank, ik heb de wijziging doorgevoerd. De betaling van juni gaat nog naar de oude rekening, die was al klaargezet; vanaf juli komt het op de beheerrekening. Ik heb mw. [[p:de Bruin]] hierover ook een brief gestuurd naar [[a:Paets van Troostwijkstraat 214]].""",
        ),
    ],
)

# 8 huisarts -> SWT aanmelding
mail(
    "amal",
    "gem",
    "Aanmelding dhr. [[p:Y. Ghebremedhin]], geb. [[d:03-11-1988]]",
    """
Met toestemming van patiënt meld ik dhr. [[p:Yonas Ghebremedhin]] bij jullie aan. Hij kwam vorige week op het spreekuur met slaapproblemen en piekeren over schulden; er liggen ongeopende brieven van het CJIB en de Belastingdienst. Hij spreekt redelijk Nederlands, Tigrinya is zijn moedertaal.
Hij woont met zijn vrouw [[p:Semhar]] en twee kinderen op [[a:Van der Vennestraat 88]]. Telefoon [[ph:06 84 21 07 53]].
Ik heb hem uitgelegd dat iemand van het {{o:SWT}} hem belt. Graag een korte terugkoppeling.""",
)

# 9 internal quick question with lowercase names
chain(
    {"a": "kwame", "b": "nadia"},
    "mw [[p:mahabier]]",
    [
        (
            "a",
            ["b"],
            """~[[p:Nadia]], snelle vraag: heeft mw [[p:mahabier]] al een beschikking voor de traplift? Ik was er vanochtend, ze zegt dat er "iemand van de gemeente" is geweest maar ze weet niet meer wie. Dochter [[p:soenita]] wist het ook niet.
[[p:K.]]~""",
        ),
        (
            "b",
            ["a"],
            """~Ja, aanvraag staat op [[ds:2024.0183.77]], ik was er op [[d:16-4]]. Beschikking moet deze week de deur uit. Ik bel [[p:Soenita]] wel even.
gr [[p:N]]~""",
        ),
    ],
    top_header=True,
)

# 10 SVB -> SWT about AIO
mail(
    "svb",
    "gem",
    "AIO-aanvulling mw. [[p:Mei Wong]] – SVB-klantnummer [[ds:77351908]]",
    """
Naar aanleiding van uw telefoontje van [[d:vrijdag 8 maart]] het volgende. Mevrouw [[p:Wong]] (geboren [[d:17 januari 1956]]) ontvangt een onvolledige AOW omdat zij pas in 1991 naar Nederland is gekomen. Zij heeft recht op een AIO-aanvulling, maar het aanvraagformulier is nooit teruggestuurd.
Ik heb het formulier opnieuw naar haar adres gestuurd ([[a:Weimarstraat 301]], [[pc:2562GT]]). Als u haar kunt helpen met invullen, graag binnen vier weken retour. Uitbetaling kan met terugwerkende kracht tot maximaal een jaar.""",
)

# 11 Veilig Thuis -> SWT overdracht
chain(
    {"a": "esther", "b": "gem", "c": "senait"},
    "[[ds:VT-2024-1187]] / fam. [[p:Haddad]] – overdracht",
    [
        (
            "a",
            ["b"],
            """In het kader van de overdracht na ons onderzoek stuur ik je de afspraken met de familie [[p:Haddad]], [[a:Stuwstraat 9]], [[pc:2516 TX]]. Betrokkenen: moeder [[p:Rania Haddad]] ([[d:14-02-1990]]), vader [[p:Yousef Haddad]] ([[d:02-08-1985]]), kinderen [[p:Lina]] (9) en [[p:Adam]] (6).
Vader heeft een huisverbod gehad van tien dagen, dat is verlopen op [[d:19 april]]. Hij woont nu tijdelijk bij zijn broer. Moeder wil hulp bij financiën en een eigen huurcontract. De {{r:jeugdverpleegkundige}} blijft betrokken voor de kinderen.
Kunnen jullie het casusregie overnemen? Een warme overdracht bij moeder thuis heeft mijn voorkeur.""",
            ["c"],
            {"imp": True},
        ),
        (
            "b",
            ["a"],
            """Dank je, wij nemen het over. Ik kan [[d:maandag 29 april]] om 10.00 uur of [[d:dinsdag 30 april]] om 13.30 uur. Laat je weten wat moeder schikt? Een tolk Arabisch regel ik via {{o:Global Talk}}.""",
            ["c"],
        ),
    ],
)

# 12 UWV arbeidsdeskundige
mail(
    "uwv",
    "gem",
    "Uw vraag over dhr. [[p:Lewandowski]] (BSN %BSN%)",
    """
Op uw verzoek heb ik gekeken naar de situatie van dhr. [[p:Krzysztof Lewandowski]]. Hij heeft een WW-uitkering tot en met [[d:31-10-2024]]. Een WIA-aanvraag is niet ingediend, terwijl hij volgens zijn eigen zeggen al sinds vorig jaar rugklachten heeft.
Omdat hij via een uitzendbureau werkte is er geen eigen werkgever meer. Ik adviseer hem z.s.m. een afspraak te maken met de {{r:verzekeringsarts}}; dat kan via [[ph:088 - 898 20 01]] (niet via mij).
Dhr. spreekt weinig Nederlands; het gesprek kan in het Pools met een tolk. Zijn telefoonnummer bij ons is [[ph:+48 512 330 917]], klopt dat nog?""",
)

# 13 forwarded chain: corporation -> casusregisseur -> GGD
chain(
    {"a": "st", "b": "gem", "c": "piet"},
    "Overlast en vervuiling [[a:Apeldoornselaan 145]]",
    [
        (
            "a",
            ["b"],
            """Bij een reparatieverzoek van de onderburen hebben wij op [[d:11-03-2024]] de woning van dhr. [[p:Cor Visser]] ([[a:Apeldoornselaan 145]]) van binnen gezien. Er staan tientallen zakken afval, het toilet is niet bruikbaar en er zijn veel katten. Dhr. is 74 en lijkt verward; hij noemde onze opzichter steeds "de bakker".
Zijn neef, dhr. [[p:M. Visser]], staat als contactpersoon genoteerd ([[ph:070-3862214]]).
Wij zijn bereid mee te werken aan een schoonmaak maar willen eerst weten of er zorg kan komen.""",
        ),
    ],
    fw=(
        "b",
        ["c"],
        """~[[p:Piet]], zie hieronder. Kennen jullie hem? Lijkt me een casus voor bemoeizorg. Ik heb de neef nog niet gebeld.
Gr %b%~""",
    ),
)

# 14 schuldhulp -> client, formal with IBAN
mail(
    "ilse",
    Client("Abdulrahman", "Alhamwi", "a.alhamwi91@gmail.com", g="m"),
    "Uw aanmelding schuldhulpverlening – dossier [[ds:SHV-2024-1093]]",
    """
Op [[d:donderdag 7 november]] hebben wij uw aanmelding voor schuldhulpverlening ontvangen. Om uw situatie goed te kunnen bekijken heb ik de volgende stukken van u nodig:
- een kopie van uw identiteitsbewijs
- bankafschriften van de laatste drie maanden van rekening %IBAN%
- alle brieven van schuldeisers (ook de ongeopende)
- uw huurcontract
U kunt de stukken meenemen naar het gesprek op [[d:19-11-2024]] om 14.00 uur bij {{o:Servicepunt XL}} {{w:Laak}}. Neemt u gerust iemand mee.""",
)

# 15 out-of-office English
ooo(
    "olusegun",
    "gem",
    "RE: behandeling dhr. [[p:A. Owusu]]",
    """Thank you for your e-mail. I am out of the office until [[d:Monday 2 September]] with no access to my mail.
For urgent matters concerning patients of {{o:FACT-team}} {{w:Centrum}} please contact the team secretary or my colleague [[p:Sunita Jagessar]], [[ph:06 3420 1187]].

Kind regards,
[[p:Olusegun Adeyemi]]""",
    english=True,
)

# 16 reply with gmail quoting: client son
chain(
    {"a": "meiling", "b": Client("Dirk", "Bakker", "dirkbakker62@ziggo.nl", g="m")},
    "Mijn moeder [[p:Annie Bakker]]",
    [
        (
            "b",
            ["a"],
            """~Beste mevrouw [[p:Chen]],

Ik ben de zoon van [[p:Annie Bakker]], [[a:Ruychrocklaan 230]]. Mijn moeder is 86 en vergeet steeds meer. Gisteren stond de gaskraan open. Ik woon in Groningen en kan niet elke week komen. Wat zijn de mogelijkheden? Ik ben te bereiken op [[ph:06-5172 8830]].

Met vriendelijke groet,
[[p:Dirk Bakker]]~""",
        ),
        (
            "a",
            ["b"],
            """Dank voor uw mail. Wat u beschrijft klinkt zorgelijk. Ik kom graag bij uw moeder langs om kennis te maken, het liefst samen met de {{r:casemanager dementie}} van {{o:Florence}}. Schikt [[d:woensdag 12 juni]] om 10.30 uur? Dan kunt u eventueel via de telefoon meeluisteren.
Heeft uw moeder een {{r:huisarts}} die weet van de geheugenklachten?""",
        ),
    ],
    style="gmail",
)

# 17 politie <-> VT, short internal forward
chain(
    {"a": "sandra", "b": "yusuf", "c": "gem"},
    "Zorgmelding [[p:Shabnam Sultani]] [[ds:PL1500-2024201156]]",
    [
        (
            "a",
            ["b"],
            """Vannacht melding huiselijk geweld op [[a:Loevesteinlaan 12A]]. Mevrouw [[p:Shabnam Sultani]] (31) had een blauw oog, partner [[p:Gul Ahmadzai]] was niet meer aanwezig. Kinderen (2 en 4) lagen te slapen. Mw. wil geen aangifte doen. Melding is via de reguliere route naar jullie gestuurd.
Mw. gaf aan dat ze wel met iemand wil praten, zonder dat haar schoonfamilie het weet.""",
        ),
    ],
    fw=(
        "b",
        ["c"],
        """~Ter info en voor het overleg van donderdag. Wij pakken de triage op, maar ik hoor graag of mw. bekend is bij het {{o:SWT}} {{w:Moerwijk}}.~""",
    ),
)

# 18 calendar: casusoverleg Teams
invite(
    {"a": "mehmet", "b": "djenifer", "c": "georgi", "d": "dariusz"},
    "Casusoverleg dhr. [[p:Monteiro]] ([[ds:2024-118734]]) %WD%",
    """Hoi allen,

Korte afstemming over [[p:Nelson Monteiro]]: de {{o:Housing First}}-woning gaat per [[d:1 oktober]] in, daarna willen we werk en dagbesteding oppakken. %d%, wil jij de mogelijkheden via {{o:UWV}} toelichten?

Groet %a%""",
    "Microsoft Teams-vergadering",
    req=("b", "c", "d"),
    length=30,
)

# 19 client son writes, no header
raw(
    {},
    """Van: [[e:k.owusu.gh@gmail.com]]
Verzonden: %HDRDATE%
Aan: {{o:SWT}} {{w:Transvaal}}
Onderwerp: mijn vader

Hallo,

Mijn vader is [[p:Akwasi Owusu]], hij woont op [[a:Delftselaan 55-1]] in {{w:Transvaal}}. Hij heeft een brief van {{o:UWV}} gekregen dat zijn uitkering stopt en hij raakt in paniek. Hij leest geen Nederlands. Ik ben zijn zoon [[p:Kofi]], ik woon in Amsterdam maar wil helpen. Kunt u mij bellen? [[ph:+31 6 4009 1723]].

Dank u
[[p:Kofi Owusu]]""",
)

# 20 corporation -> SWT : reply chain with "Antw:"
chain(
    {"a": "ve", "b": "gem"},
    "Woonfraude / onderhuur [[a:Heeswijkplein 48]]",
    [
        (
            "a",
            ["b"],
            """Wij hebben een vermoeden dat de woning aan [[a:Heeswijkplein 48]] wordt onderverhuurd. Hoofdhuurder is mw. [[p:Maria Ionescu]], maar bij bezoek troffen wij drie mannen aan die zeiden dat zij "al maanden" naar Roemenië is. Eén van hen noemde zich [[p:Vasile]] en had geen ID bij zich.
Voordat wij juridische stappen nemen: weten jullie of mw. [[p:Ionescu]] in beeld is, bijvoorbeeld in verband met een opname?""",
        ),
        (
            "b",
            ["a"],
            """Mw. [[p:Ionescu]] was bij ons in beeld tot begin dit jaar (schulden, laaggeletterdheid). Ik kan zonder haar toestemming niet meer delen dan dat. Ik probeer haar te bereiken via haar laatst bekende nummer en laat het je weten.""",
        ),
    ],
    prefix="Antw: ",
)

# 21 quick forward from client mailbox via colleague
chain(
    {"a": "joyce", "b": "omar", "c": Client("Khadija", "Belhaj", "khadija.belhaj@outlook.com")},
    "huur",
    [
        (
            "c",
            ["a"],
            """~hoi [[p:joyce]]
de huurbaas wil dat ik 3 maanden terug betaal voor [[d:15 mei]] anders gaat het naar de rechter. ik heb de brief op foto. mijn uitkering is te laat gekomen door die nieuwe regel. wat moet ik doen. ik ben zo moe

[[p:khadija]]~""",
        ),
    ],
    fw=(
        "a",
        ["b"],
        """~[[p:Omar]], ik ben vanaf morgen twee weken weg. Kun jij mw. [[p:Belhaj]] ([[a:Vaillantlaan 260-B]], tel [[ph:06-18 44 70 25]]) even bellen? Ze zit er doorheen. Uitkering is via {{o:SZW}}, klantmanager is volgens mij [[p:Sanne]].
Dank! [[p:J.]]~""",
    ),
)

# 22 MEE consulent to SWT, LVB
mail(
    "abdi",
    "gem",
    "Aanmelding [[p:Quincy Girigorie]] (LVB) – terugkoppeling",
    """
Zoals afgesproken in het wijknetwerk een korte terugkoppeling over [[p:Quincy Girigorie]] (23). [[p:Quincy]] heeft een licht verstandelijke beperking en woont sinds kort zelfstandig op [[a:Zuiderparklaan 316]]. Zijn moeder, mw. [[p:Girigorie-Martis]], deed tot nu toe alles voor hem maar is teruggegaan naar Curaçao.
[[p:Quincy]] heeft geen DigiD, zijn post stapelt zich op en hij heeft al twee aanmaningen van de energieleverancier. Ik help hem met het aanvragen van DigiD en ondersteuning via de Wmo. Voor de financiën denk ik aan beschermingsbewind. Zijn nummer: [[ph:06 27 55 90 14]].""",
)

# 23 calendar acceptance response
invite(
    {"a": "roos", "b": "hans"},
    "Driegesprek [[p:J. de Bruin]] – bewind en Wmo",
    """Ik kom, maar moet om 11.15 weg. Mw. [[p:de Bruin]] weet ervan.""",
    "bij cliënt thuis, [[a:Paets van Troostwijkstraat 214]]",
    resp=("b", "Geaccepteerd: "),
)

# 24 huisarts <-> SPV reply chain, English outlook
chain(
    {"a": "henk", "b": "par"},
    "Patiënt [[p:W. Zomer]], geb. [[d:21-06-1971]]",
    [
        (
            "a",
            ["b"],
            """Mijn patiënt dhr. [[p:Wim Zomer]] is in het voorjaar bij jullie uit zorg gegaan. Sindsdien gaat het slecht: hij slaapt niet, drinkt weer en heeft op het spreekuur gezegd dat "het voor hem niet meer hoeft". Hij woont alleen op [[a:Melis Stokelaan 1200]]. Kan hij versneld terug in zorg? Verwijzing volgt via ZorgDomein.""",
        ),
        (
            "b",
            ["a"],
            """Dank voor uw bericht. Ik heb dhr. [[p:Zomer]] vanmiddag gebeld en hij komt morgen, [[d:10 oktober]], om 9.00 uur op gesprek. Ik heb hem ook gewezen op 113. Ik houd u op de hoogte.""",
        ),
    ],
    style="outlook_en",
)

# 25 Servicepunt XL -> SWT, with lowercase and possessive
mail(
    "aylin",
    "gem",
    "Doorverwijzing vanuit Servicepunt XL: mw. [[p:Hodan Abdullahi]]",
    """
Vandaag kwam mw. [[p:Hodan Abdullahi]] bij ons aan de balie met een stapel brieven. Ze heeft een betalingsachterstand bij de zorgverzekeraar en de toeslagen zijn stopgezet. [[p:Hodan]]'s dochter [[p:Ayaan]] (15) vertaalde, wat ik eigenlijk niet wil.
Ze woont op [[a:Dr. Lelykade 3 bis]], [[pc:2583 CL]], tel. [[ph:06 19 82 04 73]]. Geboortedatum [[d:1-1-1984]] (volgens haar ID).
Ik heb gezegd dat het {{o:SWT}} contact opneemt. Alvast dank!""",
)

# 26 reply chain: wijkverpleegkundige & Wmo adviseur, quoted with '>'
chain(
    {"a": "marloes", "b": "fenna"},
    "Indicatie HH dhr. [[p:Kok]]",
    [
        (
            "b",
            ["a"],
            """Ik heb de aanvraag voor huishoudelijke hulp van dhr. [[p:Gerrit Kok]] ([[a:Valkenboslaan 98-1]]) ontvangen. Kun jij aangeven hoeveel uur persoonlijke verzorging jullie nu leveren? Dan weet ik waar ik rekening mee moet houden.""",
        ),
        (
            "a",
            ["b"],
            """Wij komen 2x per dag, 's ochtends voor wassen/aankleden en 's avonds voor steunkousen en medicatie. Meneer redt het huishouden echt niet meer, zijn vrouw [[p:Bep]] is in januari overleden en sindsdien is het bergafwaarts. Zijn buurman dhr. [[p:Groen]] doet boodschappen.""",
        ),
    ],
    style="gmail",
)

# 27 Leger des Heils -> SWT; dossier # style
mail(
    "ionut",
    "gem",
    "Intake dhr. [[p:Piotr Zieliński]] #48812",
    """
Dhr. [[p:Zieliński]] is sinds [[d:3 februari]] bij ons in begeleiding (ons nummer #48812). Hij sliep eerder in de nachtopvang en heeft nu een kamer via een particuliere verhuurder op [[a:Fahrenheitstraat 540-III]]. Er is geen huurcontract, dus inschrijving in de BRP lukt niet en daardoor ook geen uitkering.
Kunnen jullie meedenken over een briefadres? Hij heeft Poolse papieren, zijn Nederlandse BSN is %BSN_%.
Hij is het beste bereikbaar via WhatsApp: [[ph:+48 601 774 238]].""",
)

# 28 short internal: teamleider
mail(
    "jeroen",
    "mehmet",
    "Waarneming casussen [[p:Roos]]",
    """
Zoals besproken in het teamoverleg: [[p:Roos]] is vanaf maandag een aantal weken afwezig. Wil jij de volgende casussen waarnemen?
- mw. [[p:Öztürk]] ([[ds:SWT-LK-2024-0211]])
- fam. [[p:Latumahina]], [[a:Spoorwijkstraat 22]]
- dhr. [[p:Post]] (bemoeizorg, loopt via GGD)
Bij vragen kun je bij mij terecht. Ik heb goede hoop dat ze snel terug is.""",
    opts={"sig": "first"},
)

# 29 bewindvoerder -> SWT chain forward to schuldhulp
chain(
    {"a": "lieke", "b": "gem", "c": "ilse"},
    "Budgetplan [[p:S. Tekle]] – ons kenmerk [[ds:HB/2024/0391]]",
    [
        (
            "a",
            ["b"],
            """Mevrouw [[p:Semhar Tekle]] is sinds vorige maand bij ons in bewind. Het leefgeld is € 65 per week, uitbetaald op haar eigen rekening %IBAN%. Zij belt mij bijna dagelijks omdat ze eerder geld nodig heeft. Kan de {{r:maatschappelijk werker}} met haar oefenen met budgetteren? Schulden inventariseren wij, de saneringsaanvraag loopt via de gemeente.""",
        ),
    ],
    fw=(
        "b",
        ["c"],
        """~Hoi [[p:Ilse]], voor jouw info i.v.m. de schuldregeling van mw. [[p:Tekle]]. Ze woont op [[a:Escamplaan 61]], [[pc:2547 EH]]. Groetjes~""",
    ),
)

# 30 out of office Dutch with colleague name
ooo(
    "kim",
    "gem",
    "RE: ontruimingsvonnis [[p:A. de Jong]]",
    """Bedankt voor je bericht. Ik ben tot en met [[d:vrijdag 24 mei]] afwezig. Voor dringende vragen over huurincasso kun je terecht bij [[p:Rachida Bouchtaoui]] ([[e:r.bouchtaoui@haagwonen.nl]]). Voor leefbaarheid en overlast: [[p:Tim van Eijk]], [[ph:070 - 364 40 98]].

Met vriendelijke groet,
[[p:Kim Smit]]
{{r:Woonconsulent}} {{o:Haag Wonen}}""",
)

# ================================================================ texts, batch B

# 31 case-file framing: mail pasted into the registration system
raw(
    {"a": "nadia"},
    """[E-mail toegevoegd aan dossier [[ds:2024-0311]] door %a.init% op [[d:04-06-2024]]]

Van: [[p:Sewnath]], [[p:Indra]] <[[e:indra.sewnath@live.nl]]>
Verzonden: %HDRDATE%
Aan: [[p:El Amrani]], [[p:Nadia]]
Onderwerp: Re: huishoudelijke hulp moeder

Beste [[p:Nadia]],
Mijn moeder ([[p:Rampiari Sewnath]], [[a:Troelstrakade 70]], [[pc:2531 AB]]) wil de hulp toch niet. Ze zegt dat de vrouw van de thuiszorg spullen verplaatst. Ik denk dat het de dementie is, maar ik krijg haar niet overtuigd. Kunt u volgende week [[d:woensdag 12 juni]] langskomen als ik er ook ben? Ik ben vrij na 15.00 uur.
[[p:Indra]]""",
)

# 32 UWV re-integratie -> casusregisseur, chain with BSN
chain(
    {"a": "dariusz", "b": "gem"},
    "Re-integratie [[p:Said Aouragh]] – BSN %BSN_%",
    [
        (
            "b",
            ["a"],
            """Dhr. [[p:Said Aouragh]] ([[d:23-09-1979]]) wil graag weer aan het werk. Hij heeft een WIA-uitkering (35-80%) en heeft het gevoel dat er "niets met hem gebeurt". Hij woont op [[a:Kempstraat 101-A]], [[pc:2572 GD]]. Is er bij jullie een traject mogelijk, of moet hij eerst opnieuw gekeurd worden?""",
        ),
        (
            "a",
            ["b"],
            """Ik heb dhr. [[p:Aouragh]] in beeld. Er is in maart 2023 een plan van aanpak gemaakt maar dat is stil komen te liggen door zijn opname. Ik nodig hem uit op [[d:14 november]] om 10.00 uur op ons kantoor aan de Prinses Beatrixlaan, en stuur de uitnodiging ook naar jou als hij dat goed vindt. Neemt hij zijn broer [[p:Mustapha]] mee als tolk? Dat vond hij de vorige keer prettig.""",
        ),
    ],
)

# 33 schuldhulp -> bewindvoerder (formal, list of creditors)
mail(
    "ilse",
    "bw",
    "Overdracht schuldenoverzicht mw. [[p:Wiśniewska]] – [[ds:SHV-2023-2288]]",
    """
Hierbij het schuldenoverzicht van mw. [[p:Agnieszka Wiśniewska]], geboren [[d:30 mei 1987]], BSN %BSN%. Totaal € 18.420,-, waarvan de grootste posten:
- CJIB (verkeersboetes), € 2.103
- Zilveren Kruis, premieachterstand € 1.640
- Staedion, huurachterstand € 3.870 (regeling loopt)
- diverse webwinkels via incassobureau Vesting Finance
Mevrouw heeft een betaalrekening %IBAN% en een spaarrekening met een saldo van nihil. Ik sluit het dossier bij ons af zodra u de beschikking beschermingsbewind heeft ontvangen.""",
    formal=True,
)

# 34 quick reply, short, English outlook
chain(
    {"a": "piet", "b": "roos"},
    "bemoeizorg dhr [[p:post]]",
    [
        (
            "b",
            ["a"],
            """~Hoi [[p:Piet]], weet jij of dhr. [[p:Post]] ([[a:Schalk Burgerstraat 31]]) nog bij jullie loopt? De post ligt tot aan de deurmat en hij doet niet open. Buurvrouw mw. [[p:Lam]] maakt zich zorgen.
[[p:R.]]~""",
        ),
        (
            "a",
            ["b"],
            """~Ja, ik ga er [[d:vrijdag 14/3]] langs met de {{r:wijkagent}}. Laat ik weten hoe het ging.
[[p:P.]]~""",
        ),
    ],
    style="outlook_en",
)

# 35 jeugdverpleegkundige CJG -> SWT
mail(
    "senait",
    "gem",
    "Zorgen om moeder fam. [[p:Latumahina]]",
    """
Ik kom bij de familie [[p:Latumahina]] voor het consultatiebureau. Moeder [[p:Johanna]] (28) maakt een uitgeputte indruk en vertelde dat ze de huur van [[d:1 maart]] niet heeft kunnen betalen. Vader is niet in beeld. Baby [[p:Noah]] is 7 maanden en groeit goed, daar zijn geen zorgen over.
Moeder wil zelf graag hulp bij geldzaken; ze heeft toestemming gegeven om haar gegevens door te geven: [[a:Spoorwijkstraat 22]], [[pc:2522VR]], [[ph:06-43 01 88 12]], [[e:johanna.latumahina@gmail.com]].""",
)

# 36 out of office, nl2 date style, short
ooo(
    "sunita",
    "gem",
    "Verzoek medicatie-overzicht dhr. [[p:Bhoendie]]",
    """Ik ben met vakantie t/m [[d:18 augustus]]. In dringende gevallen kunt u het secretariaat van het {{o:FACT-team}} bellen: [[ph:088 - 357 31 00]]. Bij een crisis: bel de {{o:Crisisdienst}} via de huisarts of huisartsenpost.""",
)

# 37 invitation: huisbezoek with wijkagent
invite(
    {"a": "omar", "b": "dennis", "c": "kim"},
    "Huisbezoek [[a:Jacob Catsstraat 41]] (dhr. [[p:D.]]) %WD%",
    """Afgesproken met %b%: we gaan samen, %c% sluit aan namens de verhuurder. Let op: hond aanwezig. Verzamelen voor de deur van de bibliotheek op de hoek.""",
    "[[a:Jacob Catsstraat 41]]",
    req=("b", "c"),
    length=45,
)

# 38 client writes (Turkish), gmail-quoted reply
chain(
    {
        "a": "gem",
        "b": Client("Mustafa", "Çelik", "mcelik1964@hotmail.com", g="m", disp="[[p:M.Celik]]"),
    },
    "brief gemeente terugvordering",
    [
        (
            "b",
            ["a"],
            """~Geachte heer/mevrouw,

Ik krijg een brief dat ik € 4.800 moet terugbetalen van de bijstand. Maar ik heb alles gemeld! Mijn vrouw [[p:Emine]] is in augustus 2023 naar Turkije gegaan voor haar moeder en ik heb dat gezegd aan de telefoon. Het kenmerk op de brief is [[ds:TV/2024/117453]]. Ik wil bezwaar maken maar ik weet niet hoe.

[[p:Mustafa Çelik]]
[[a:Rijswijkseweg 211]]
[[pc:2516 HE]] Den Haag~""",
        ),
        (
            "a",
            ["b"],
            """Dank voor uw bericht. Voor een bezwaar heeft u zes weken na de datum van de brief. Ik kan u helpen het bezwaar te schrijven. Komt u [[d:dinsdag 21 mei]] om 11.00 uur naar {{o:Servicepunt XL}} {{w:Transvaal}}? Neem de brief mee en als het kan iets waaruit blijkt wanneer u belde.""",
        ),
    ],
    style="gmail",
)

# 39 wijkverpleegkundige -> huisarts + cc casemanager, ">" style not used
mail(
    "marloes",
    "henk",
    "Valincident mw. [[p:R. Hoogland]], [[a:Ambachtsgaarde 118]]",
    """
Vanochtend trof onze collega mw. [[p:Ria Hoogland]] (89) op de grond aan, ze lag er vermoedelijk sinds de nacht. Geen zichtbaar letsel, wel erg verward en uitgedroogd. De alarmknop droeg ze niet. Ik heb haar dochter mw. [[p:Verbeek-Hoogland]] gebeld ([[ph:06 - 33 21 05 49]]); zij komt vanmiddag.
Wilt u vandaag nog een visite afleggen? Wij verhogen de zorg voorlopig naar drie keer per dag. Ik heb ook de {{r:casemanager dementie}} ingelicht.""",
    cc=["meiling"],
)

# 40 long forward: VT -> SWT -> schuldhulp, 3 messages
chain(
    {"a": "yusuf", "b": "gem", "c": "ilse"},
    "Melding [[ds:VT24-03317]] – mw. [[p:Tavares]]",
    [
        (
            "a",
            ["b"],
            """Wij ontvingen een melding van de school van [[p:Kevin]] (11) en [[p:Larissa]] (8) [[p:Tavares]]. Moeder, mw. [[p:Ana Lúcia Tavares]], heeft grote financiële problemen; de kinderen komen zonder eten naar school en de stroom is afgesloten geweest. Er zijn geen signalen van geweld. Wij sluiten de melding af met een overdracht naar jullie.
Adres: [[a:Leyweg 204B]], [[pc:2545 CM]]. Moeder spreekt Portugees en Kaapverdisch Creools, redelijk Nederlands.""",
        ),
        (
            "b",
            ["a"],
            """Dank, ik heb mw. [[p:Tavares]] gisteren gesproken. Ze is heel open. Er ligt een energieschuld bij Eneco en een achterstand bij de zorgverzekeraar. Ik meld haar aan voor schuldhulp.""",
        ),
    ],
    fw=(
        "b",
        ["c"],
        """~[[p:Ilse]], zie onderstaande. Mw. [[p:Tavares]] heeft getekend voor aanmelding schuldhulp, de toestemming staat in het dossier. BSN: %BSN%. Haar nummer: [[ph:06 - 87 14 22 05]].
Kun jij een intake plannen, liefst met een tolk Portugees?~""",
    ),
)

# 41 bewindvoerder vs woningcorporatie, dossier kenmerken, IBAN spaced
chain(
    {"a": "lieke", "b": "st"},
    "Betalingsregeling huurachterstand [[p:F. Hirsi]] – contractnr. [[ds:310.442.19]]",
    [
        (
            "a",
            ["b"],
            """Namens mijn cliënte mw. [[p:Faadumo Hirsi]], [[a:Rederijkerstraat 3]], stel ik een betalingsregeling voor van € 75 per maand op de huurachterstand van € 1.312,44, naast de lopende huur. De huur en de aflossing worden vanaf [[d:1 december]] automatisch overgemaakt vanaf de beheerrekening %IBAN_%.
Wilt u de ontruimingsprocedure aanhouden?""",
        ),
        (
            "b",
            ["a"],
            """Akkoord met de regeling. Wij houden de procedure aan zolang de termijnen op tijd binnenkomen. Bij twee gemiste termijnen gaat het dossier terug naar de deurwaarder. Ons kenmerk voor de regeling: [[ds:BR-2024-5521]].""",
        ),
    ],
)

# 42 internal team mail, many colleague names, Ghanaian / Eritrean clients
chain(
    {"a": "jeroen", "b": "kwame", "c": "meiling", "d": "omar", "e": "fenna"},
    "Verdeling nieuwe aanmeldingen week 23",
    [
        (
            "a",
            ["b", "c", "d", "e"],
            """~Hoi allen,

Nieuwe aanmeldingen deze week, graag voor vrijdag oppakken:
1. dhr. [[p:Filmon Habte]] – [[a:Hoefkade 12-hs]] – schulden, geen inkomen → [[p:Kwame]]
2. mw. [[p:Akosua Mensah]] – eenzaamheid, net weduwe → [[p:Mei-Ling]] (ouderenconsulent)
3. fam. [[p:Alhamwi]] – woning te klein, vijf kinderen → [[p:Omar]]
4. dhr. [[p:Henk Visser]] (78) – valt regelmatig, weigert hulp → [[p:Fenna]] + wijkverpleging
Mw. [[p:Mensah]] is doorverwezen door de bakker op de hoek, die zag haar al dagen niet. Zo zie je maar.

[[p:Jeroen]]~""",
        )
    ],
)

# 43 ooo with colleague placeholders
ooo(
    "nadia",
    "ha",
    "Terugkoppeling aanmelding [[p:Ghebremedhin]]",
    """Beste afzender,

Ik ben vanwege ziekte afwezig. Uw mail wordt niet automatisch doorgestuurd. Voor het {{o:SWT}} {{w:Transvaal}} kunt u contact opnemen met [[p:Kwame Boateng]] ({{r:maatschappelijk werker}}), [[ph:070 - 205 44 90]], of mailen naar [[e:swt.transvaal@denhaag.nl]].

Met vriendelijke groet,
[[p:Nadia El Amrani]]""",
)

# 44 GGD arts -> casusregisseur about crisis, with dates in many formats
chain(
    {"a": "marleen", "b": "gem", "c": "sandra"},
    "Dhr. [[p:Lewandowski]] – verplichte zorg?",
    [
        (
            "a",
            ["b"],
            """Naar aanleiding van het bezoek op [[d:13-9]]: ik heb dhr. [[p:Lewandowski]] gezien en er is op dit moment geen acuut gevaar dat een crisismaatregel rechtvaardigt. Wel ernstige zelfverwaarlozing. Ik stel een tweede bezoek voor over twee weken, dus rond [[d:27/9]]. Kan de {{r:wijkagent}} mee? De vorige keer had hij een mes in de keuken liggen.""",
        ),
        (
            "b",
            ["a"],
            """Eens. Ik heb [[p:Sandra]] in de cc gezet. [[d:Vrijdag 27 september]] om 9.30 uur kan ik.""",
            ["c"],
        ),
        (
            "c",
            ["b"],
            """Ik kan die ochtend, ik ben er om 9.15 uur. Ik heb het adres nog: [[a:Harstenhoekweg 44-II]]. Tot dan.""",
        ),
    ],
)

# 45 SVB -> bewindvoerder, kinderbijslag
mail(
    "anouk",
    "bw",
    "Kinderbijslag fam. [[p:Rahimi]] – uw kenmerk [[ds:HB/2024/0442]]",
    """
In antwoord op uw vraag van [[d:3 oktober]]: de kinderbijslag voor [[p:Yasin]] en [[p:Mariam]] [[p:Rahimi]] wordt per kwartaal betaald aan de aanvrager, mw. [[p:Zahra Rahimi]]. Het rekeningnummer dat bij ons bekend is, is %IBAN%.
Wilt u dat dit wordt gewijzigd naar de beheerrekening, dan hebben wij een machtiging van mw. [[p:Rahimi]] nodig of de beschikking van de kantonrechter. U kunt die uploaden via Mijn SVB voor organisaties.""",
)

# 46 short: accepted / declined response
invite(
    {"a": "mehmet", "b": "wilma"},
    "MDO dhr. [[p:Aouragh]] %WD%",
    """Helaas, op dat moment heb ik een spreekuur. Ik stuur mijn bevindingen vooraf op. Eventueel kan mijn collega [[p:Jos Heemskerk]] aansluiten.""",
    "Wijkcentrum Zuiderpark",
    resp=("b", "Afgewezen: "),
)

# 47 Staedion -> politie, cc SWT, drug nuisance, English headers
chain(
    {"a": "bas", "b": "sandra", "c": "gem"},
    "[EXTERN] Overlast portiek [[a:Zuidlarenstraat 8]]",
    [
        (
            "a",
            ["b", "c"],
            """Van bewoners van de portiek [[a:Zuidlarenstraat 8]] krijgen wij meldingen over drugshandel vanuit de woning op de tweede verdieping (huurder dhr. [[p:J. Isenia]]). Er komen 's nachts steeds mensen langs. Wij willen samen met jullie optrekken en eventueel een gesprek met dhr. [[p:Isenia]] voeren. Hij is ook bekend bij {{o:Brijder}}, heeft hij ons eerder verteld.
Kunnen we volgende week afstemmen?""",
        ),
        (
            "b",
            ["a"],
            """Bekend bij ons. Ik heb vorige week een mutatie gemaakt. Een gezamenlijk gesprek vind ik goed, maar niet bij hem thuis. Stel voor op het bureau aan de Leyweg.""",
            ["c"],
        ),
    ],
    style="outlook_en",
)

# 48 client's daughter, informal, no header, gmail thread
chain(
    {"a": "fenna", "b": Client("Priya", "Ganpat", "priya.ganpat@gmail.com")},
    "traplift oma",
    [
        (
            "a",
            ["b"],
            """Zoals beloofd: de aanvraag voor de traplift van uw oma, mw. [[p:Sharmila Ganpat]] ([[a:Laan van Meerdervoort 1540]]), is ontvangen. Ik kom op [[d:21-10]] om 14.00 uur voor het keukentafelgesprek. Ik vraag een ergotherapeut om mee te kijken.""",
        ),
        (
            "b",
            ["a"],
            """~Top, dank u! Ik ben er ook. Oma verstaat Sarnami en wat Nederlands, ik vertaal wel.
Groetjes [[p:Priya]]

Verstuurd vanaf mijn iPhone~""",
        ),
    ],
    style="gmail",
    top_header=False,
)

# 49 quick colleague mail with lowercase names and abbreviations
mail(
    "kwame",
    "joyce",
    "ovb: dhr [[p:habte]]",
    """~[[p:Joyce]], even ovb:
dhr [[p:habte]] gisteren gesproken, z'n broer [[p:yonas]] was erbij. schulden ca 9k, DUO + CZ + huur. ivm fraude-onderzoek zit z'n uitkering stil sinds [[d:1/4]]. ik heb voedselbank geregeld (Haagse Voedselbank, uitgifte dinsdag), en vraag noodfonds aan bij {{o:Stichting Urgente Noden}}.
tel dhr: [[ph:0687214455]]
vraag: kun jij [[d:ma 15-4]] mee naar {{o:SZW}}?
[[p:K]]~""",
)

# 50 GGD -> woningcorporatie, bemoeizorg, formal with disclaimer
mail(
    "piet",
    "hw",
    "Dhr. [[p:B.]] [[p:Koster]], [[a:Slicherstraat 9]] – stand van zaken",
    """
In vervolg op ons overleg: dhr. [[p:Bram Koster]] is sinds april jl. in beeld bij bemoeizorg. Hij accepteert inmiddels dat ik eens per week langskom en heeft ingestemd met een opruimactie. Die staat gepland voor [[d:2 t/m 4 juli]] met vrijwilligers van het {{o:Leger des Heils}}.
Ik verzoek u vriendelijk de procedure wegens vervuiling tot na die datum aan te houden. Dhr. [[p:Koster]] is akkoord dat ik dit met u deel.""",
    formal=True,
)

# 51 calendar: bewonersavond, not about a client (still names)
invite(
    {"a": "djenifer", "b": "gem", "c": "sandra", "d": "erik"},
    "Bewonersavond {{w:Bouwlust}} – voorbereiding",
    """Hoi allemaal,

Voorbereiding van de bewonersavond over eenzaamheid en veiligheid. Bewonersinitiatief "Samen aan Tafel" (contactpersoon [[p:Trees van der Wal]], [[ph:06 55 10 39 72]]) wil graag dat wij er zijn.
Graag ieder 10 minuten over je eigen werk. Geen casuïstiek noemen!

[[p:Djenifer]]""",
    "Buurthuis De Boog, {{w:Bouwlust}}",
    req=("b", "c", "d"),
    length=90,
)

# 52 UWV -> client via SWT forward, dates ISO
chain(
    {"a": "wilma", "b": "gem", "c": "farida"},
    "Uitnodiging herbeoordeling dhr. [[p:Ahmadzai]]",
    [
        (
            "a",
            ["b"],
            """Dhr. [[p:Gul Ahmadzai]] is opgeroepen voor een herbeoordeling op [[d:2024-11-18]] om 09:40 uur. Hij is twee keer niet verschenen. Als hij nu niet komt, kan dit gevolgen hebben voor zijn uitkering. Weet u of er een reden is? Wij hebben hem gebeld op [[ph:06-2913 4470]], zonder resultaat.""",
        ),
    ],
    fw=(
        "b",
        ["c"],
        """~[[p:Farida]], jij spreekt Dari en hebt contact met hem via de taalcafé-groep. Kun jij hem hierop wijzen? Let op: hij is de partner van mw. [[p:Sultani]] (zie melding VT), dus niet via haar telefoon.~""",
    ),
)

# 53 client to bewindvoerder, spelling errors, IBAN of landlord
mail(
    Client("Errol", "Pinas", "errolpinas@kpnmail.nl", g="m", disp="[[p:errol pinas]]"),
    "bw",
    "geld",
    """~hallo mevr,

ik heb deze week geen leefgeld gehad. het was altijd donderdag. ik moet ook de huur van mijn kamer betalen aan mijn huisbaas dhr [[p:Soekhoe]], zijn rekening is %IBAN% . hij wil het contant maar dat mag niet zegt u.
kan u me bellen [[ph:06 28 91 05 77]]

[[p:errol]]~""",
)

# 54 Brijder -> huisarts + SWT
mail(
    "ruud",
    "ha",
    "Opname dhr. [[p:J. Isenia]] – ontslag [[d:22-5]]",
    """
Ter informatie: dhr. [[p:Jurgen Isenia]] ([[d:04-07-1992]]) wordt op [[d:22-5]] ontslagen uit de kliniek na een detoxopname van drie weken. Hij gaat terug naar zijn woning aan de [[a:Zuidlarenstraat 8-2]]. Nazorg ambulant bij ons, eerste afspraak op [[d:29 mei]].
Hij heeft toestemming gegeven om het {{o:SWT}} {{w:Moerwijk}} te informeren in verband met de overlastmeldingen van de woningcorporatie.""",
    cc=["gem"],
)

# 55 casusregisseur -> VT, quoted with ">" and inline answers
raw(
    {"a": "roos", "b": "esther"},
    """Van: %a.full%
Verzonden: %HDRDATE%
Aan: %b.full% <%b.email%>
Onderwerp: RE: vragen n.a.v. melding [[ds:VT-2025-0219]]

Hoi %b%, mijn antwoorden staan tussen je tekst.

> 1. Is moeder (mw. [[p:Bouzerda]]) bekend bij het SWT?
Ja, sinds vorig jaar, via de {{r:schuldhulpverlener}}.
> 2. Is er contact met vader, dhr. [[p:Karim Bouzerda]]?
Nee, hij woont volgens moeder in België. Geen adres bekend.
> 3. Adres en telefoon moeder?
[[a:Van Ostadestraat 300-2]], [[pc:2526 GD]]; [[ph:06 - 14 83 92 07]]
> 4. Zijn er andere hulpverleners?
De {{r:jeugdverpleegkundige}} van het {{o:CJG}} en een {{r:gezinscoach}} van {{o:Jeugdformaat}}.

Groet, %a%""",
)

# 56 Vestia -> SWT: overlijden, erfgenamen
mail(
    "erik",
    "gem",
    "Overlijden huurder [[p:C. de Bruin]], [[a:Hengelolaan 602]]",
    """
Wij hebben bericht gekregen dat onze huurder dhr. [[p:Cor de Bruin]] op [[d:18 januari]] is overleden. Zijn partner, mw. [[p:Ans Roos]], woont al jaren bij hem maar staat niet op het huurcontract. Zij is 81 en erg in de war.
Om medehuurderschap aan te vragen moet zij aantonen dat zij een duurzame gemeenschappelijke huishouding voerde. Kan iemand van het {{o:SWT}} haar daarbij helpen? Haar nummer: [[ph:(070) 366 21 84]].""",
)

# 57 huisarts POH -> SWT, nl2 header + att
mail(
    "meryem",
    "gem",
    "Aanmelding mw. [[p:Khadija Belhaj]] – akkoord patiënte",
    """
Mw. [[p:Belhaj]] (geboortedatum [[d:09-12-1995]]) is bij mij in behandeling voor angst- en paniekklachten. Een belangrijke stressbron is de huurschuld en een dreigende ontruiming. Ze gaf aan al contact te hebben gehad met het {{o:SWT}} maar dat dit "ergens is blijven hangen". Ze vroeg mij om het opnieuw in gang te zetten.
Bijgaand het ondertekende toestemmingsformulier.""",
    opts={"att": "Toestemming_[[p:Belhaj]]_getekend.pdf"},
)

# 58 ooo English short with mobile
ooo(
    "georgi",
    "gem",
    "Sleuteloverdracht [[p:Monteiro]]",
    """I am currently out of office and will be back on [[d:Tuesday 8 October]]. For urgent matters regarding {{o:Housing First}} clients please call the team phone [[ph:06 - 10 20 87 66]].

Ik ben afwezig tot [[d:dinsdag 8 oktober]]. Voor spoed: teamtelefoon [[ph:06 - 10 20 87 66]].

[[p:Georgi Petrov]]""",
    english=True,
)

# 59 Xtra ouderenconsulent <-> Mariahoeve huisarts-less, chain 3
chain(
    {"a": "meiling", "b": "marloes", "c": "fenna"},
    "mw. [[p:van Leeuwen]], [[a:Ruychrocklaan 18]]",
    [
        (
            "a",
            ["b"],
            """Ik kwam vandaag bij mw. [[p:Truus van Leeuwen]] voor een kennismakingsbezoek (aangemeld door haar buurvrouw, mw. [[p:De Wit]]). Ze had een open wond aan haar been en er lag een stapel ongeopende medicijnzakjes. Kun jij langsgaan?""",
        ),
        ("b", ["a"], """Ik ga morgenochtend. Wie is haar huisarts?"""),
        (
            "a",
            ["b"],
            """Dr. [[p:Van Rijn]], praktijk op de Ruychrocklaan. Ik heb [[p:Fenna]] in de cc gezet voor de Wmo (HH).""",
            ["c"],
        ),
    ],
    style="outlook_line",
)

# 60 raw pasted note with headers stripped (Outlook "printed" style)
raw(
    {"a": "ilse"},
    """%a.full%

Van:                            [[p:Kuiper]], [[p:Hans]] <[[e:h.kuiper@budgetbewind.nl]]>
Verzonden:                  %HDRDATE%
Aan:                            %a.full%
Onderwerp:                  Nieuwe cliënt: dhr. [[p:Stoyan Dimitrov]] ([[ds:BB-20533]])

Beste %a%,

Per vandaag ben ik bewindvoerder van dhr. [[p:Dimitrov]], [[a:Jacob Catsstraat 41]], [[pc:2515 HW]]. Kun je de lopende aanvraag schuldhulp op mijn naam zetten? Alle post graag naar ons kantooradres.
BSN dhr.: %BSN.%

Met vriendelijke groet,
[[p:Hans Kuiper]]""",
)

# ================================================================ texts, batch C

# 61 webform notification (system mail) forwarded
raw(
    {"a": "tomasz", "b": "gem"},
    """Van: Meldpunt Zorg en Overlast <noreply-meldpunt@ggdhaaglanden.nl>
Verzonden: %HDRDATE%
Aan: %a.full%
Onderwerp: Nieuwe melding via webformulier [[ds:MZO-24-08812]]

Soort melding: zorgen om een buurtbewoner
Naam betrokkene: onbekend (mevrouw met rollator)
Adres betrokkene: [[a:Loosduinseweg 407]], [[pc:2571 BK]], 3e etage
Naam melder: [[p:R. Lachmon]]
Telefoon melder: [[ph:06 2044 8199]]
E-mail melder: [[e:rlachmon@xs4all.nl]]
Toelichting: mevrouw loopt 's nachts in haar ochtendjas over straat en belt aan bij buren. Sinds ongeveer [[d:10 februari]]. Haar man is vorig jaar overleden.
Mag contact worden opgenomen met melder: ja""",
)

# 62 Zivver notification
raw(
    {"a": "hans", "b": "gem"},
    """Van: [[p:Hans Kuiper]] via Zivver <[[e:h.kuiper@budgetbewind.nl]]>
Verzonden: %HDRDATE%
Aan: %b.full%
Onderwerp: [Zivver] Budgetplan en schuldenlijst [[p:R. Ramautar]]

[[p:Hans Kuiper]] heeft u een beveiligd bericht gestuurd.
Onderwerp: Budgetplan en schuldenlijst [[p:R. Ramautar]]
Bijlagen: budgetplan_[[p:ramautar]]_2024.xlsx, schuldenoverzicht.pdf
Klik op de knop hieronder om het bericht te lezen. U heeft een toegangscode nodig die naar [[ph:06-41 29 77 35]] wordt gestuurd.
[Bericht lezen]
Dit bericht is verstuurd via {{o:Zivver}}.""",
)

# 63 bewindvoerder -> energy, CAK, IBAN, long list, formal
mail(
    "hans",
    "gem",
    "Stand van zaken bewind dhr. [[p:Ramautar]] ([[ds:BB-20391]])",
    """
Ter voorbereiding op het MDO van volgende week de stand van zaken:
- huur Haag Wonen: achterstand € 2.314,60, regeling van € 100 p/m vanaf [[d:1 augustus]], ingestemd door mw. [[p:Bouchtaoui]]
- CAK eigen bijdrage: geen achterstand
- energie: nieuw contract, voorschot € 142 p/m
- zorgverzekeraar: in wanbetalersregeling sinds [[d:05-01-2023]]
Leefgeld € 70 per week, iedere maandag op %IBAN_%. Dhr. haalt het geld niet altijd op; zijn zus [[p:Anita]] helpt hem nu met de pinpas.
BSN ter controle: %BSN%""",
    formal=True,
)

# 64 out-of-office with ">" not applicable: parental leave
ooo(
    "senait",
    "gem",
    "RE: gezin [[p:Latumahina]] – vervolg",
    """Beste collega,

Vanaf [[d:1 juli]] ben ik met verlof. Mijn gezinnen in {{w:Transvaal}} en {{w:Rustenburg-Oostbroek}} worden overgenomen door [[p:Liesbeth Kramer]] ([[e:l.kramer@cjgdenhaag.nl]], [[ph:06-17 64 80 41]]).
Ik ben terug op [[d:maandag 7 oktober]].

Hartelijke groet,
[[p:Senait]]""",
)

# 65 chain 4 messages: casusregisseur - huisarts - SPV - casusregisseur
chain(
    {"a": "mehmet", "b": "henk", "c": "sunita"},
    "Dhr. [[p:R. Bhoendie]] ([[d:12-03-1966]]) – medicatie en zorgmijding",
    [
        (
            "a",
            ["b"],
            """Dhr. [[p:Radj Bhoendie]], [[a:Hengelolaan 1002]], heeft de afgelopen weken zijn medicatie niet opgehaald bij de apotheek. Zijn broer [[p:Anand]] belde ons ongerust. Weet u of er een recept loopt?""",
        ),
        (
            "b",
            ["a", "c"],
            """Er loopt een herhaalrecept (lithium). Spiegel is sinds februari niet meer bepaald. Ik neem contact op met Parnassia; [[p:Sunita]], jij kent hem toch?""",
        ),
        (
            "c",
            ["b", "a"],
            """Ja, dhr. is bij ons in zorg maar heeft twee afspraken gemist. Ik probeer het morgen met een huisbezoek, om 11.00 uur. Broer [[p:Anand]] mag erbij, nummer heb ik: [[ph:06 31 22 78 40]].""",
        ),
        ("a", ["c"], """Dank. Ik sluit graag aan, ik ben om 10.50 bij de voordeur."""),
    ],
    style="outlook_nl",
)

# 66 invitation from GGD, location with address of client
invite(
    {"a": "piet", "b": "roos", "c": "bas", "d": "georgi"},
    "Overleg opruimactie [[p:Koster]] – %WDL%",
    """Agenda:
- afspraken met dhr. [[p:B. Koster]] (hij is akkoord met 4 containers)
- inzet vrijwilligers {{o:Leger des Heils}}
- kosten (wie betaalt de container?)
- nazorg: %d% van de {{o:Kessler Stichting}} gaat wekelijks langs
Graag bevestigen.""",
    "[[a:Slicherstraat 9]], [[pc:2524 VA]] (bij dhr. thuis)",
    req=("b", "c"),
    opt=("d",),
    length=60,
)

# 67 client (Bulgarian) in English
mail(
    Client("Stoyan", "Dimitrov", "stoyan.dimitrov87@abv.bg", g="m"),
    "gem",
    "My case",
    """~Hello,

My name is [[p:Stoyan Dimitrov]], I live at [[a:Jacob Catsstraat 41]]. The police said I should contact you. I lost my job at the warehouse in Naaldwijk on [[d:12 April]] and I cannot pay the rent. I have a Dutch BSN %BSN% but no DigiD. My phone is [[ph:+359 88 412 7730]], also WhatsApp.
I am sorry for the noise problems, I was not good.

[[p:Stoyan]]~""",
)

# 68 Staedion internal -> SWT after MDO, with decisions and dates
mail(
    "gladys",
    "gem",
    "Afspraken MDO mw. [[p:Hirsi]] d.d. [[d:10-10-2024]]",
    """
Hierbij de afspraken zoals ik ze genoteerd heb:
1. Mw. [[p:Hirsi]] betaalt vanaf [[d:1 november]] de huur via de bewindvoerder ([[p:L. Vos]]).
2. {{o:Staedion}} zet de ontruiming aan tot [[d:31-01-2025]].
3. Het {{o:SWT}} ({{r:casusregisseur}}) regelt een {{r:maatschappelijk werker}} voor de opvoedingsvragen rond haar zoon [[p:Abdirahman]].
4. Evaluatie op [[d:dinsdag 14 januari]], zelfde plek.
Klopt dit met jouw aantekeningen?""",
)

# 69 huisarts -> SWT: short, English outlook, "na telefonisch contact"
mail(
    "ha",
    "gem",
    "Verwijzing: mw. [[p:Akosua Mensah]] (geb. [[d:1952-07-30]])",
    """
Na telefonisch contact: mw. [[p:Mensah]] is sinds het overlijden van haar man eenzaam en somber. Geen suïcidaliteit. Zij zou baat hebben bij contact met leeftijdgenoten, eventueel Ghanese kerk of een {{r:welzijnscoach}}. Adres: [[a:Paul Krugerlaan 88a]], [[pc:2571 GK]]. Telefoon [[ph:070 - 380 45 17]] (vaste lijn, ze heeft geen mobiel).""",
    opts={"imp": False},
)

# 70 reply with quoted inline from corporation, lowercase quick style
chain(
    {"a": "kim", "b": "kwame"},
    "RE: sleutel + inspectie [[a:Van der Vennestraat 88]]",
    [
        (
            "a",
            ["b"],
            """Heb jij nog contact met dhr [[p:ghebremedhin]]? We willen [[d:do 30/5]] de rookmelders vervangen en hij reageert niet op brieven. Als hij niet thuis is gaan we met de loper naar binnen.""",
        ),
        (
            "b",
            ["a"],
            """~ja heb ik. hij werkt overdag (uitzendwerk sinds kort!). zijn vrouw [[p:semhar]] is wel thuis, bel haar: [[ph:06-1199 0345]]. liever niet met de loper, dat geeft veel onrust.
gr [[p:kwame]]~""",
        ),
    ],
    style="gmail",
)

# 71 casusregisseur -> bewindvoerder + cc client: request, with Hindustani names
mail(
    "shanti",
    "bw",
    "Aanvraag beschermingsbewind mw. [[p:Devi Mahabier]]",
    """
Mw. [[p:Devi Mahabier]] ([[d:14-08-1948]]) wil graag dat u haar bewindvoerder wordt. Haar dochter [[p:Soenita Mahabier]] deed tot nu toe haar geldzaken, maar dat lukt niet meer naast haar werk en de zorg voor haar eigen kinderen.
Gegevens: [[a:Sportlaan 41-III]], [[pc:2566 LG]], BSN %BSN.%, rekening %IBAN%. Inkomen: AOW + klein pensioen. Schulden: voor zover bekend alleen de eigen bijdrage Wmo (€ 420).
Zou u een intake kunnen plannen? Dochter is bereikbaar op [[ph:06-2845 1170]], en graag in de middag.""",
    cc=["gem"],
)

# 72 short one-liner with header and disclaimer: politie
mail(
    "pol",
    "gem",
    "Aangifte mw. [[p:Sultani]]",
    """
Mw. [[p:Sultani]] heeft vanmiddag alsnog aangifte gedaan, [[ds:PL1500-2024203390]]. Partner dhr. [[p:Ahmadzai]] is aangehouden. Graag vandaag nog contact met haar over veiligheid en opvang; ze verblijft tijdelijk bij een vriendin op [[a:Erasmusweg 1213]].""",
)

# 73 team mailing: koffieochtend, non-client but with names
mail(
    "jeroen",
    "gem",
    "Mededelingen teamoverleg + verjaardag",
    """~Hoi allemaal,

Een paar dingen:
- Vanaf [[d:maandag 2 december]] zitten we op de tweede verdieping van het stadsdeelkantoor {{w:Escamp}}. Verhuisdozen staan bij [[p:Aylin]].
- [[p:Kwame]] is [[d:19 november]] jarig, taart staat in de koelkast.
- Nieuwe collega: [[p:Sara El Idrissi]], {{r:Wmo-adviseur}}, start op [[d:4-11]]. Ze werkt ma-di-do.
- Vergeet niet je uren voor de pilot in te vullen voor eind van de maand.

[[p:Jeroen]]~""",
)

# 74 GGD -> Veilig Thuis: ouderenmishandeling, chain
chain(
    {"a": "meiling", "b": "yusuf", "c": "marloes"},
    "Vermoeden financiële uitbuiting mw. [[p:A. Roos]]",
    [
        (
            "a",
            ["b"],
            """Ik wil graag overleggen over mw. [[p:Annie Roos]] (84), [[a:Kijkduinsestraat 702]]. Haar kleinzoon [[p:Danny]] woont sinds kort bij haar in en heeft haar pinpas. Er is in twee weken € 3.000 opgenomen. Mw. zegt dat het goed is, maar ze eet slecht en heeft geen geld voor de kapper.
Wijkverpleging ([[p:Marloes]]) ziet hetzelfde. Is dit een melding of een adviesvraag?""",
            ["c"],
        ),
        (
            "b",
            ["a"],
            """Dit is wat ons betreft een melding. Ik heb het geregistreerd onder [[ds:VT-2024-4471]]. Kunnen jullie aanvullende gegevens sturen, zoals geboortedatum en de naam van de bank? Wij nemen contact op met mw. en mogelijk met de kleinzoon.""",
            ["c"],
        ),
    ],
)

# 75 invite response: tentative
invite(
    {"a": "roos", "b": "ruud"},
    "Evaluatie nazorg dhr. [[p:Isenia]]",
    """Ik probeer te komen, ik zit tot 10.00 uur in de kliniek. Anders bel ik in via Teams.
[[p:Ruud]]""",
    "Microsoft Teams-vergadering",
    resp=("b", "Voorlopig geaccepteerd: "),
)

# 76 woningcorporatie urgentie, Wmo-adviseur, address with suffix & postcode lowercase
mail(
    "hw",
    "gem",
    "Aanvraag urgentie/medische woningruil fam. [[p:Alhamwi]]",
    """
Voor de familie [[p:Alhamwi]] ([[a:Boekhorststraat 127-3]], [[pc:2512cn]]) wordt een medische urgentie aangevraagd. Mw. [[p:Nour Alhamwi]] zit in een rolstoel sinds een beroerte in januari en de woning ligt op driehoog zonder lift. Vijf kinderen tussen 3 en 16 jaar.
Ons huurdernummer: [[ds:HW-0087715]]. Kunt u het Wmo-advies voor de woningaanpassing/verhuizing sturen? Zonder dat advies kunnen wij niets.""",
)

# 77 forwarded from client -> SWT colleague, Antillean, with lowercase & phone variants
chain(
    {
        "a": "joyce",
        "b": "gem",
        "c": Client("Shurwendly", "Martis", "shurwendly.m@gmail.com", disp="[[p:Shurwendly]]"),
    },
    "afspraak",
    [
        (
            "c",
            ["a"],
            """~Hoi mevrouw [[p:Pinas]]
Ik kan morgen niet komen mijn zoontje [[p:Jaydillon]] is ziek. Kan het volgende week?
Mijn nieuwe nummer is [[ph:0031 6 5012 8847]] het oude werkt niet meer
groetjes [[p:Shurwendly]]~""",
        ),
    ],
    fw=(
        "a",
        ["b"],
        """~Ter info voor in het dossier: nieuw nummer mw. [[p:Martis]]. Ik plan haar in voor [[d:woensdag 9 oktober]]. Adres ongewijzigd ([[a:Zuidwal 74-A]]).~""",
    ),
)

# 78 UWV -> SWT English-styled header, short, with BSN spaced and reg nr
mail(
    "uwv",
    "gem",
    "Terugkoppeling WW dhr. [[p:Dimitrov]]",
    """
Dhr. [[p:Stoyan Dimitrov]] (BSN %BSN_%) heeft recht op WW tot en met [[d:11-10-2024]]. De aanvraag is op [[d:23 april]] ingediend via de website met hulp van het {{o:Servicepunt XL}}. Beslissing verwacht binnen vier weken. Aanvraagnummer [[ds:UWV-WW-2024-3358127]].""",
)

# 79 invite MDO with address of wijkcentrum and client initials in subject
invite(
    {"a": "nadia", "b": "senait", "c": "esther", "d": "ilse", "e": "kwame"},
    "MDO gezin [[p:T.]] – %WD% %WT%",
    """Beste allen,

Een uur MDO over het gezin [[p:Tavares]]: moeder [[p:Ana Lúcia]], kinderen [[p:Kevin]] en [[p:Larissa]]. Moeder is uitgenodigd voor het laatste halfuur.
Voorbereiding: %d% (stand schulden), %b% (kinderen), %c% (afsluiting VT-onderzoek).

Groet, %a%""",
    "Servicepunt XL {{w:Transvaal}}, spreekkamer 3",
    req=("b", "c", "d"),
    opt=("e",),
    length=60,
)

# 80 reply in English outlook: SVB to client's son (formal)
chain(
    {"a": "anouk", "b": Client("Wei", "Chen", "weichen.nl@gmail.com", g="m")},
    "AOW moeder [[p:Chen Xiu Ying]]",
    [
        (
            "b",
            ["a"],
            """~Geachte mevrouw,

Mijn moeder [[p:Chen Xiu Ying]] ([[d:08-03-1955]]) ontvangt sinds deze maand AOW maar het bedrag is veel lager dan verwacht. Zij woont bij mij in, [[a:Wagenstraat 33-C]]. Klopt het dat de AOW daardoor lager is?

Met vriendelijke groet,
[[p:Wei Chen]]~""",
        ),
        (
            "a",
            ["b"],
            """Dank voor uw vraag. Omdat uw moeder met u een huishouden deelt, ontvangt zij AOW voor een samenwonende (kostendelersnorm geldt niet voor de AOW, maar wel voor een eventuele AIO-aanvulling). Ik stuur uw moeder een brief met uitleg en een berekening. Zou u mij haar SVB-klantnummer kunnen sturen? Dat begint met 7 en heeft 8 cijfers.""",
        ),
    ],
    style="outlook_en",
    formal=True,
)

# 81 out of office with multiple colleagues per wijk
ooo(
    "fenna",
    "ha",
    "Wmo aanvraag mw. [[p:Ganpat]]",
    """Goedendag,

Ik ben tot en met [[d:3 januari]] met kerstvakantie. Uw bericht wordt gelezen na mijn terugkomst.
Dringende Wmo-vragen:
{{w:Segbroek}} en {{w:Scheveningen}}: [[p:Marco Zwinkels]] ([[ph:070 353 20 77]])
{{w:Loosduinen}}: [[p:Hatice Yılmaz]] ([[ph:070 353 20 79]])
Spoed en calamiteiten: {{o:Wmo-loket}}.

Met vriendelijke groet,
[[p:Fenna Visser]]""",
)

# 82 huisarts -> Parnassia, chain with forward to SWT, dossier with slash
chain(
    {"a": "amal", "b": "sunita", "c": "gem"},
    "Consult dhr. [[p:A. Owusu]] – verwijzing [[ds:ZD-24/88201]]",
    [
        (
            "a",
            ["b"],
            """Dhr. [[p:Akwasi Owusu]] ([[d:11-11-1961]]) heeft sinds het stoppen van zijn uitkering psychotische klachten ontwikkeld. Hij hoort stemmen van "mensen van het UWV". Verwijzing staat in ZorgDomein. Zoon [[p:Kofi]] is contactpersoon: [[ph:+31 6 4009 1723]].""",
        ),
        (
            "b",
            ["a"],
            """Dank. Intake gepland op [[d:donderdag 20 juni]] om 13.00 uur. Wij vragen ook het {{o:SWT}} om te helpen met de UWV-kwestie, goed?""",
        ),
    ],
    fw=(
        "a",
        ["c"],
        """~Zoals besproken, zie onderstaande. Dhr. heeft toestemming gegeven (mondeling, genoteerd in zijn dossier op [[d:14-6]]).~""",
    ),
)

# 83 wijkagent, client nickname in quotes, lower case
mail(
    "dennis",
    "gem",
    'melding overlast buurvrouw "tante [[p:Mien]]"',
    """
Even kort: buurtbewoners melden al weken geluidsoverlast in de portiek van [[a:Hobbemastraat 96]]. Het gaat om mw. [[p:Mien de Jong]], 91, door de buurt "tante [[p:Mien]]" genoemd. Ze zet 's nachts de radio keihard aan en roept om haar man, die al jaren dood is. Geen kwade wil dus, wel zorg nodig. Kunnen jullie langs? Ik heb haar nichtje gesproken, [[p:Marjan]], [[ph:06 27 37 41 09]].""",
)

# 84 chain: casusregisseur <-> CJG about school and child names, Outlook line separator
chain(
    {"a": "senait", "b": "omar"},
    "RE: [[p:Lina]] en [[p:Adam]] [[p:Haddad]]",
    [
        (
            "b",
            ["a"],
            """Hoe gaat het met [[p:Lina]] en [[p:Adam]] sinds vader weg is? Moeder geeft aan dat [[p:Adam]] weer in bed plast en niet naar school wil.""",
        ),
        (
            "a",
            ["b"],
            """Ik heb [[p:Lina]] en [[p:Adam]] op school gezien op [[d:7 mei]]. [[p:Lina]] doet het goed, [[p:Adam]] is onrustig. De intern begeleider, mw. [[p:Van der Linden]], overweegt een aanmelding bij het {{o:Jeugdteam}}. Ik ga [[d:21/5]] bij moeder langs.""",
        ),
    ],
    style="outlook_line",
)

# 85 forwarded chain where the forwarder adds a personal note + bank details for noodfonds
chain(
    {"a": "kwame", "b": "gem"},
    "Aanvraag noodfonds dhr. [[p:F. Habte]]",
    [
        (
            "a",
            ["b"],
            """Ik vraag € 250 aan uit het noodfonds voor dhr. [[p:Filmon Habte]], [[a:Hoefkade 12-hs]], [[pc:2526 BX]]. Zijn uitkering is stopgezet in afwachting van een onderzoek; hij heeft niets meer te eten en de gasrekening loopt op.
Graag overmaken op %IBAN% t.n.v. [[p:F. Habte]]. Geboortedatum [[d:02-02-1990]]. Dossier bij ons: [[ds:SWT-TV-2024-0877]].""",
        ),
        (
            "b",
            ["a"],
            """Akkoord, ik heb het doorgezet naar de financiële administratie. Het kan 3-5 werkdagen duren. Wil je de bonnetjes bewaren?""",
        ),
    ],
    prefix="RE: ",
)

# 86 raw: one-line forward with personal addresses of several people (MDO attendance list)
raw(
    {},
    """Onderwerp: Presentielijst MDO fam. [[p:Haddad]] [[d:25-04-2024]]

Aanwezig: [[p:R. Haddad]] (moeder), [[p:Omar Haddad]] ({{r:casusregisseur}}, geen familie!), [[p:S. Tesfamariam]] ({{o:CJG}}), [[p:E. Groen]] ({{o:Veilig Thuis}}), tolk Arabisch mw. [[p:Barakat]] ({{o:Global Talk}})
Afwezig met bericht: [[p:Y. Haddad]] (vader), {{r:wijkagent}} [[p:D. van Dijk]]
Notulen: [[p:Omar]]
Volgende MDO: [[d:6 juni]], 10.00 uur, Servicepunt XL {{w:Schilderswijk}}.""",
)

# 87 client to wijkverpleegkundige (Polish daughter), short
mail(
    Client("Magdalena", "Zielińska", "magda.zielinska@wp.pl"),
    "marloes",
    "Tata",
    """~Dzień dobry / Goedemorgen,

Mijn vader [[p:Piotr Zieliński]] moet naar het ziekenhuis op [[d:17.06]] voor zijn been. Ik kan niet komen uit Polen tot [[d:24.06]]. Kan iemand hem brengen? Zijn adres is nog [[a:Fahrenheitstraat 540-III]].
Dziękuję, [[p:Magda]]~""",
)

# 88 bewindvoerder -> schuldhulp, reply quoting numbers
chain(
    {"a": "ilse", "b": "lieke"},
    "Saneringsvoorstel [[p:Tekle]] – [[ds:SHV-2024-0388]]",
    [
        (
            "a",
            ["b"],
            """Het saneringsvoorstel voor mw. [[p:Tekle]] is verstuurd naar alle schuldeisers. Eén schuldeiser (incassobureau) heeft nog niet gereageerd. Als zij niet voor [[d:30-09-2024]] akkoord gaan, vragen we een dwangakkoord aan.""",
        ),
        (
            "b",
            ["a"],
            """Prima. Afdrachten van mw. [[p:Tekle]] komen maandelijks van onze beheerrekening %IBAN_% naar de saneringsrekening. Kenmerk daarbij: SHV-2024-0388 / [[p:Tekle]].""",
        ),
    ],
)

# 89 calendar: Teams with external, subject with client initials and dossier
invite(
    {"a": "wei", "b": "piet", "c": "sandra", "d": "marleen"},
    "Bemoeizorgoverleg casus [[p:W.Z.]] ([[ds:CMB-2024-117]]) – %WD%",
    """Casus dhr. [[p:Zomer]] opnieuw besproken i.v.m. signalen van de huisarts en zorgen van de buren aan de [[a:Melis Stokelaan 1200]]. Graag recente informatie meenemen. Overleg is vertrouwelijk, niet doorsturen.""",
    "Microsoft Teams-vergadering",
    req=("b", "c", "d"),
    length=45,
)

# 90 schuldhulp -> client formal, with appointment & dossier
mail(
    "ilse",
    Client("Maria", "Ionescu", "maria.ionescu75@yahoo.com"),
    "Uitnodiging gesprek – uw kenmerk [[ds:SHV-2024-0619]]",
    """
Wij hebben u al een paar keer geprobeerd te bellen op [[ph:+40 722 318 455]]. Wij willen graag met u in gesprek over uw schulden en de huurachterstand bij {{o:Vestia}}.
Kunt u komen op [[d:dinsdag 5 november 2024]] om 10.30 uur, {{o:Servicepunt XL}} {{w:Bouwlust}}? Als dat niet lukt, belt u dan met mij. U mag iemand meenemen die voor u kan vertalen.""",
)

# 91 nurse -> Wmo, sig only first name, lots of dates
chain(
    {"a": "flo", "b": "gem"},
    "Evaluatie zorg mw. [[p:Roos]]",
    [
        (
            "a",
            ["b"],
            """Update mw. [[p:Annie Roos]]: na het gesprek op [[d:2/10]] met VT is kleinzoon [[p:Danny]] vertrokken. Pinpas is geblokkeerd en vervangen op [[d:4 oktober]]. Mw. eet weer beter. Wij verminderen de zorg per [[d:14-10]] naar 1x per dag. Bewindvoering wordt overwogen, de zitting is op [[d:28 nov]].""",
        ),
    ],
    top_header=True,
)

# 92 Xtra -> huisarts: request permission, polite
mail(
    "xtra",
    "henk",
    "Toestemming gegevensuitwisseling dhr. [[p:Visser]]",
    """
Dhr. [[p:Henk Visser]], [[a:Melis Stokelaan 802]], [[pc:2541 GH]], heeft mij toestemming gegeven om met u af te stemmen over zijn valgevaar. Hij is in juni twee keer gevallen en wil geen alarmering, omdat hij "geen zin heeft in een kastje aan de muur". Ik wil met hem en zijn dochter [[p:Ellen]] het gesprek aangaan. Heeft u zorgen die ik mee moet nemen?""",
)

# 93 pasted chain without top header, Dutch Outlook "Antw:", short
chain(
    {"a": "bas", "b": "shanti"},
    "traplift [[a:Morgenstondplein 14]]",
    [
        (
            "b",
            ["a"],
            """Mogen wij een traplift plaatsen in het trappenhuis van [[a:Morgenstondplein 14]] voor mw. [[p:Bakker-de Ruiter]]? Wmo-beschikking is rond ([[ds:2024.0422.15]]).""",
        ),
        (
            "a",
            ["b"],
            """Ja, mits de vluchtweg vrij blijft. Onze opzichter [[p:Ronald Kok]] komt [[d:11-11]] kijken.""",
        ),
    ],
    prefix="Antw: ",
    top_header=False,
)

# 94 message with table-like pasted contact list (multiple phones)
mail(
    "gem",
    "gem",
    "Contactgegevens netwerk mw. [[p:Öztürk]]",
    """~Voor het dossier, netwerkkaart mw. [[p:Kübra Öztürk]]:

zoon [[p:Emre Öztürk]] – [[ph:06-41 93 20 88]] – Rotterdam
dochter [[p:Elif]] – [[ph:+90 532 118 4409]] – Izmir (belt via WhatsApp)
buurvrouw [[p:Henny Roos]] – [[ph:070 - 389 12 66]] – sleutel!
{{r:huisarts}} dr. [[p:Chaoui]] – {{o:Gezondheidscentrum Transvaal}}
{{r:SPV}} [[p:Piet Jansen]] – {{o:GGD Haaglanden}}
moskee-vrijwilliger dhr. [[p:Yavuz]] – [[ph:06 5532 9018]]

gr~""",
)

# 95 long formal letter-mail from gemeente jurist about bezwaar, with BSN dotted and dossier
mail(
    "gem",
    Client("Mustafa", "Çelik", "mcelik1964@hotmail.com", g="m"),
    "Ontvangstbevestiging bezwaar – zaaknummer [[ds:BZW-2024-01873]]",
    """
Wij hebben uw bezwaarschrift ontvangen op [[d:3 juni 2024]]. Uw bezwaar richt zich tegen het besluit van [[d:22 april 2024]] over de terugvordering van bijstand (kenmerk [[ds:TV/2024/117453]]).
Uw gegevens zoals bij ons bekend: [[p:M. Çelik]], [[a:Rijswijkseweg 211]], [[pc:2516 HE]] Den Haag, BSN %BSN.%.
U wordt binnen zes weken uitgenodigd voor een hoorzitting. Heeft u vragen, neem dan contact op met {{o:Juridische Zaken}} van de {{o:dienst SZW}}.""",
)

# 96 very short reply
chain(
    {"a": "sanne", "b": "kwame"},
    "uitkering dhr [[p:habte]]",
    [
        (
            "b",
            ["a"],
            """Kun je zien wanneer de uitkering van dhr. [[p:Filmon Habte]] ([[d:02-02-1990]]) weer loopt?""",
        ),
        (
            "a",
            ["b"],
            """Onderzoek is afgerond, hij krijgt vrijdag de nabetaling over april en mei.""",
        ),
    ],
)

# 97 ooo short English/Dutch mixed
ooo(
    "abdi",
    "gem",
    "Re: DigiD [[p:Quincy]]",
    """Ik ben vandaag de hele dag op training en lees mijn mail vanavond. Voor spoed: [[ph:06 5327 0418]] (sms).
[[p:Abdi]]""",
)

# 98 GGD arts -> huisarts, dated long-form, medical
mail(
    "marleen",
    "ha",
    "Bevindingen huisbezoek mw. [[p:K. Öztürk]], geb. [[d:12 april 1961]]",
    """
Op [[d:donderdag 6 juni]] heb ik samen met de {{r:casusregisseur}} van het {{o:SWT}} mw. [[p:Öztürk]] bezocht op [[a:Hobbemastraat 112-2]]. Mw. was achterdochtig maar liet ons binnen. Indruk: psychotisch beeld, mogelijk ook somatisch (ze is erg vermagerd). Ze weigert een afspraak bij u. Zou u een visite willen overwegen, eventueel samen met mij? Ik ben bereikbaar op [[ph:088 - 355 02 19]].""",
)

# 99 chain Vestia <-> SWT <-> bewoner overleden: condolence & practical
chain(
    {"a": "erik", "b": "gem"},
    "RE: Overlijden huurder [[p:C. de Bruin]]",
    [
        (
            "b",
            ["a"],
            """Ik heb mw. [[p:Roos]] gisteren gesproken. Ze is verdrietig maar helder. Ze heeft bewijs van samenwonen: gezamenlijke rekening %IBAN% sinds 2009 en post op beider naam. Ik help haar de aanvraag medehuurderschap in te dienen.""",
        ),
        (
            "a",
            ["b"],
            """Fijn. Stuur maar een kopie van de bankafschriften en een uittreksel BRP. Ik zet de opzegging vanuit de erven in de wacht tot [[d:1 maart]].""",
        ),
    ],
    style="outlook_nl",
)

# 100 invitation for kick-off pilot (no client, still names)
invite(
    {"a": "jeroen", "b": "roos", "c": "mehmet", "d": "omar", "e": "shanti"},
    'Kick-off pilot "Samen werken in het sociale domein"',
    """Beste collega's,

Op deze dag kiezen we met alle teamleden de pilotgroep en de thema's (jeugd, ouderen, huiselijk geweld, bemoeizorg). %b% en %c% hebben zich al opgegeven. Neem een casus mee (geanonimiseerd!).

Vragen? Bel [[p:Jeroen]]: [[ph:06 41 29 77 35]].""",
    "Atrium Stadhuis",
    req=("b", "c", "d", "e"),
    length=180,
)

# ================================================================ texts, batch D

# 101 vroegsignalering list from corporation: many addresses & postcodes
mail(
    "st",
    "gem",
    "Vroegsignalering huurachterstanden week 41 – {{w:Moerwijk}}",
    """
Hierbij de nieuwe signalen (achterstand van twee maanden of meer, geen reactie op brieven). Graag outreachend oppakken conform convenant.

[[a:Zuidlarenstraat 20]] – [[pc:2545 VR]] – [[p:K. Baldé]] – € 1.480
[[a:Dedemsvaartweg 311]] – [[pc:2545 AK]] – fam. [[p:Rodrigues]] – € 2.940
[[a:Erasmusweg 907-A]] – [[pc:2532 CW]] – [[p:T. Nguyen]] – € 960
[[a:Hengelolaan 718]] – [[pc:2545 HN]] – [[p:A. Sahin]] – € 2.210
[[a:Lozerlaan 1100]] – [[pc:2543 EH]] – [[p:J. Kwakman]] – € 1.035

Kenmerk van deze lijst: [[ds:VS-STD-2024-41]]. Terugkoppeling graag binnen twee weken via het beveiligde portaal.""",
)

# 102 read receipt
raw(
    {"a": "lieke", "b": "gem"},
    """Van: %b.full%
Verzonden: %HDRDATE2%
Aan: %a.full%
Onderwerp: Gelezen: Aanvraag beschermingsbewind mw. [[p:Devi Mahabier]]

Uw bericht

Aan: %b.full%
Onderwerp: Aanvraag beschermingsbewind mw. [[p:Devi Mahabier]]
Verzonden: %HDRDATE%

is gelezen op %HDRDATE2%.""",
)

# 103 recall message
raw(
    {"a": "piet", "b": "gem"},
    """Van: %a.full%
Verzonden: %HDRDATE%
Aan: %b.full%; [[p:Dijk]], [[p:Dennis van]]
Onderwerp: Intrekken: Verslag huisbezoek dhr. [[p:Zomer]]

%a.full% wil het bericht "Verslag huisbezoek dhr. [[p:Zomer]]" intrekken.""",
)

# 104 table with BSN, birth dates: wachtlijst dagbesteding
mail(
    "gem",
    "mee",
    "Wachtlijst dagbesteding – stand per [[d:01-10-2024]]",
    """
Zoals gevraagd het overzicht van de cliënten die wachten op dagbesteding via {{o:MEE}}. Graag vertrouwelijk behandelen.

naam | geb.datum | BSN | wijk
[[p:Quincy Girigorie]] | [[d:17-02-2001]] | %BSN% | {{w:Zuiderpark}}
[[p:Sandra Loep]] | [[d:30-11-1996]] | %BSN% | {{w:Moerwijk}}
[[p:Ricardo Nunes]] | [[d:05-05-1999]] | %BSN% | {{w:Laak}}
[[p:Ilona Dekker]] | [[d:21-08-1985]] | %BSN% | {{w:Bouwlust}}

Bij [[p:Ricardo]] speelt een verhuizing, nieuw adres volgt.""",
)

# 105 cancellation of meeting
raw(
    {"a": "roos", "b": "piet", "c": "marloes"},
    """Onderwerp: Geannuleerd: MDO mw [[p:K.]] – [[d:do 14-11]] 09:30
Organisator: [[p:Hoop]], [[p:Roos de]]
Wanneer: [[d:donderdag 14 november 2024]] 09:30-10:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Waar: Wijkcentrum De Henkenshage, zaal 1.04

Het MDO gaat niet door: mw. [[p:Öztürk]] is gisteren opgenomen in de kliniek van {{o:Parnassia}} (IBS). Ik plan een nieuw overleg zodra er meer duidelijk is over het ontslag. %b%, %c%: dank voor jullie inzet tot nu toe.""",
)

# 106 energy company vroegsignalering
raw(
    {"a": "ilse"},
    """From: Vroegsignalering Energie <vroegsignalering@energiebedrijf-vroeg.nl>
Sent: %HDRDATE%
To: %a.full%
Subject: Signaal betalingsachterstand – klantnummer [[ds:4011872236]]

Geachte mevrouw/heer,

Conform de afspraken in het convenant vroegsignalering melden wij een betalingsachterstand.
Klant: dhr. [[p:R. Zwartjes]]
Adres: [[a:Jan Luijkenstraat 36]], [[pc:2515 PR]] Den Haag
Telefoon: [[ph:06-21 33 70 68]]
Achterstand: € 612,18 (3 termijnen)
De klant is op [[d:12 september 2024]] en [[d:26 september 2024]] schriftelijk benaderd, zonder reactie.

Dit is een automatisch gegenereerd bericht.""",
)

# 107 mobile reply, very short
chain(
    {"a": "gem", "b": "sandra"},
    "HB [[a:Harstenhoekweg 44-II]]",
    [
        ("a", ["b"], """Morgen 9.30 HB bij dhr. [[p:Lewandowski]], jij was erbij toch?"""),
        (
            "b",
            ["a"],
            """~Klopt, ik sta er om 9.15.

Verzonden vanaf Outlook voor Android~""",
        ),
    ],
    top_header=True,
)

# 108 huisarts referral letter pasted as e-mail
mail(
    "amal",
    "gem",
    "Verwijsbrief dhr. [[p:M. El Idrissi]]",
    """~Betreft: dhr. [[p:Mohamed El Idrissi]], geb. [[d:19-10-1958]], [[a:Parallelweg 144]], [[pc:2525 NC]], BSN %BSN%

Geachte collega,

Graag uw aandacht voor bovengenoemde patiënt. Sinds zijn vrouw [[p:Naima]] in het verpleeghuis is opgenomen woont hij alleen en verwaarloost hij zichzelf. Diabetes type 2, slecht ingesteld. Hij spreekt Tarifit, weinig Nederlands; zijn zoon [[p:Youssef]] ([[ph:06 45 13 80 29]]) tolkt. Hij staat open voor hulp bij het huishouden en maaltijden.

Met collegiale groet,
[[p:A. Chaoui]], {{r:huisarts}}~""",
)

# 109 bewindvoerder verhuisbericht: old and new address
mail(
    "hans",
    "gem",
    "Adreswijziging cliënt [[p:J.M. de Bruin]] – [[ds:BB-20417]]",
    """
Mw. [[p:de Bruin]] is per [[d:15-08-2024]] verhuisd naar een aanleunwoning.
Oud adres: [[a:Paets van Troostwijkstraat 214]], [[pc:2522 DS]]
Nieuw adres: [[a:Ambachtsgaarde 40]], [[pc:2542 EB]]
Telefoonnummer blijft [[ph:070-3211590]]. Wilt u dit doorgeven aan de {{r:Wmo-consulent}}? De huishoudelijke hulp moet mee verhuizen.""",
)

# 110 SWT -> huisarts, reply with ">" inline (gmail), elderly dementie
chain(
    {"a": "henk", "b": "meiling"},
    "mw. [[p:Hoogland]] – opname?",
    [
        (
            "b",
            ["a"],
            """Mw. [[p:Ria Hoogland]] is sinds de val heel onrustig. De dochter kan het niet meer aan en vraagt om een WLZ-indicatie. Wilt u het CIZ-formulier ondersteunen met een medische verklaring? Zorgcoördinator bij {{o:Florence}} is [[p:Marloes Bos]].""",
        ),
        (
            "a",
            ["b"],
            """Ja, ik stuur de verklaring vandaag naar het CIZ. Dochter kan mij bellen voor een gesprek op [[d:vrijdag 30 augustus]].""",
        ),
    ],
    style="gmail",
)

# 111 CJG -> SWT with child birthdates
mail(
    "senait",
    "gem",
    "Gezin [[p:Rahimi]] – aanmelding jeugdteam",
    """
Kort ter info: ik meld de kinderen van mw. [[p:Zahra Rahimi]] aan bij het jeugdteam in verband met gedragsproblemen bij de oudste.
[[p:Yasin Rahimi]], [[d:07-06-2014]]
[[p:Mariam Rahimi]], [[d:22-01-2018]]
Adres: [[a:Zuiderparklaan 58-3]], [[pc:2574 HL]]. Moeder staat open voor hulp, vader is niet in beeld (woont in Duitsland).""",
)

# 112 client (Surinamese) angry mail, with caps
mail(
    Client("Ruth", "Sabajo", "ruthsabajo@hotmail.nl", disp="[[p:Ruth S.]]"),
    "gem",
    "KLACHT",
    """~Goedendag,

Al DRIE keer heb ik gebeld en niemand belt terug!! Mijn huur is nu 4 maanden achter en {{o:Haag Wonen}} wil me eruit zetten. Ik heb 2 kinderen ([[p:Jordy]] 9 en [[p:Shanaya]] 4). Ik woon [[a:Van Musschenbroekstraat 61]]. U had beloofd op [[d:16 januari]] te komen maar er kwam niemand.
Bel me vandaag nog: [[ph:06-3488 2017]].

[[p:R. Sabajo]]~""",
)

# 113 answer to complaint by teamleider with cc colleague
chain(
    {"a": "jeroen", "b": Client("Ruth", "Sabajo", "ruthsabajo@hotmail.nl"), "c": "kwame"},
    "RE: KLACHT",
    [
        (
            "a",
            ["b"],
            """Dank voor uw mail en excuses dat u niet bent teruggebeld. Dat had niet mogen gebeuren. Mijn collega [[p:Kwame Boateng]] belt u vandaag nog en komt [[d:maandag 22 januari]] om 10.00 uur bij u thuis. Hij neemt contact op met {{o:Haag Wonen}} om de ontruiming tegen te houden.""",
            ["c"],
        ),
    ],
    formal=True,
)

# 114 invite: training (non client) with trainer name
invite(
    {"a": "wei", "b": "roos", "c": "omar", "d": "piet"},
    "Intervisie bemoeizorg",
    """Intervisie o.l.v. [[p:Ineke Stam]] (trainer, {{o:Trimbos-instituut}}). Iedereen brengt één vastgelopen casus in, zonder namen of adressen. We oefenen met de methode "Ervaringsgericht werken".""",
    "Wijkcentrum Zuiderpark, zaal 2",
    req=("b", "c", "d"),
    length=120,
)

# 115 wijkagent <-> casusregisseur chain, English outlook, phone variants
chain(
    {"a": "dennis", "b": "gem"},
    "Vermissing [[p:Quincy]]",
    [
        (
            "a",
            ["b"],
            """Moeder van [[p:Quincy Girigorie]] belde vanuit Curaçao ([[ph:+599 9 512 4471]]): ze heeft al vijf dagen niets van hem gehoord. Wij hebben een vermissing opgenomen. Weten jullie iets?""",
        ),
        (
            "b",
            ["a"],
            """[[p:Abdi]] van {{o:MEE}} heeft hem gisteren nog gezien bij de voedselbank. Zijn nieuwe nummer: [[ph:06 88 02 13 64]]. Ik vraag [[p:Abdi]] om moeder te bellen.""",
        ),
        ("a", ["b"], """Top, vermissing ingetrokken."""),
    ],
    style="outlook_en",
)

# 116 GGD arts: verzoek om gegevens, formal, with dossier & birth date
mail(
    "marleen",
    "svb",
    "Verzoek inkomensgegevens i.v.m. crisismaatregel – dhr. [[p:W. Zomer]]",
    """
In het kader van een zorgmachtiging voor dhr. [[p:Willem Zomer]], geboren [[d:21 juni 1971]], wonende [[a:Melis Stokelaan 1200]], [[pc:2541 GW]], verzoek ik u na te gaan of hij een uitkering via de SVB ontvangt. Ons dossiernummer: [[ds:GGD-OGGZ-2024-0764]]. De officier van justitie is op de hoogte.""",
    formal=True,
)

# 117 short internal note, lower case names, no greeting, quick forward
chain(
    {"a": "omar", "b": "joyce"},
    "fw: rooster",
    [
        (
            "a",
            ["b"],
            """~ik neem [[d:vrijdag 8/11]] de piketdienst over van [[p:fenna]], ruil met [[p:mehmet]] op [[d:15/11]]. [[p:jeroen]] weet het.
[[p:o.]]~""",
        ),
    ],
    top_header=True,
)

# 118 long forwarded 3-way with attachments and IBAN and BSN (Wmo PGB)
chain(
    {"a": "shanti", "b": "gem", "c": Client("Indra", "Sewnath", "indra.sewnath@live.nl")},
    "PGB moeder [[p:R. Sewnath]]",
    [
        (
            "c",
            ["a"],
            """~Beste mevrouw [[p:Ramsaran]],
Hierbij het ingevulde budgetplan voor het pgb van mijn moeder. De zorgverlener wordt mijn nicht [[p:Kavita Ramdin]], zij staat ingeschreven bij de KvK. Haar rekeningnummer is %IBAN_%.
BSN van mijn moeder: %BSN_%.
Groet, [[p:Indra Sewnath]]~""",
            [],
            {"att": "budgetplan_[[p:Sewnath]].pdf; zorgovereenkomst.pdf"},
        ),
    ],
    fw=(
        "a",
        ["b"],
        """~Ter beoordeling. Let op: zorgverlener is familie (nicht), dus tarief informele zorg. Beschikking graag voor [[d:1 mei]].~""",
    ),
)

# 119 ooo with "tot en met" and new dates; nl2
ooo(
    "marloes",
    "gem",
    "Evaluatie zorg mw. [[p:Roos]]",
    """Ik ben afwezig op [[d:vrijdag 11 oktober]] en [[d:maandag 14 oktober]]. Voor cliëntzaken in {{w:Mariahoeve}} en {{w:Bezuidenhout}}: bel het teamnummer [[ph:06 - 20 71 39 00]].
Met vriendelijke groet, [[p:Marloes Bos]]""",
)

# 120 Xtra -> VT: advice request without names (but some pii)
mail(
    "joyce",
    "vt",
    "Adviesvraag (anoniem) gezin {{w:Schilderswijk}}",
    """
Ik heb een adviesvraag, nog zonder namen. Moeder (34) vertelt dat haar partner haar telefoon controleert en haar geen geld geeft. Drie kinderen, de jongste is net 1. Geen fysiek geweld benoemd. Moeder wil nog niets met VT "te maken hebben". Mag ik je morgen even bellen? Ik ben bereikbaar op [[ph:06-2188 9034]] tussen 12 en 14 uur.""",
)

# 121 SVB to client, formal with dates and klantnummer
mail(
    "anouk",
    Client("Mei", "Wong", "meiwong56@gmail.com", disp="[[p:Wong Mei]]"),
    "Uw aanvraag AIO – klantnummer [[ds:77351908]]",
    """
Wij hebben uw aanvraag voor de aanvullende inkomensvoorziening ouderen (AIO) ontvangen op [[d:2 mei 2024]]. U krijgt binnen acht weken bericht. Als wij nog gegevens nodig hebben, nemen wij contact met u op.
Uw gegevens: [[p:M. Wong]], [[a:Weimarstraat 301]], [[pc:2562 GT]], rekeningnummer %IBAN%.
Heeft u hulp gehad van mevrouw [[p:Visser]] van de gemeente? Dan mag u haar een kopie van deze mail sturen.""",
)

# 122 casusregisseur -> Leger des Heils; maandag/weekdays non-dates
mail(
    "gem",
    "ionut",
    "Briefadres dhr. [[p:Zieliński]]",
    """
Goed nieuws: dhr. [[p:Piotr Zieliński]] kan een briefadres krijgen bij het {{o:Leger des Heils}} aan de Prinsegracht. Hij moet daarvoor op maandag of donderdag tussen 10 en 12 uur langskomen met zijn paspoort. Kun jij hem begeleiden? Daarna kunnen we de bijstandsaanvraag indienen. Referentie aanvraag: [[ds:BRP-BA-24-00917]].""",
)

# 123 Parnassia SPV -> casusregisseur with > quoting and nested
chain(
    {"a": "roos", "b": "sunita", "c": "piet"},
    "Ontslag mw. [[p:Öztürk]] uit kliniek",
    [
        (
            "b",
            ["a"],
            """Mw. [[p:Öztürk]] gaat [[d:28 november]] met ontslag naar huis, met een zorgmachtiging (ambulant). Zij krijgt depot-medicatie, elke twee weken bij ons op de poli. Kan het {{o:SWT}} de woning voorbereiden (schoonmaak, boodschappen)? Zoon [[p:Emre]] is op de hoogte.""",
        ),
        (
            "a",
            ["b"],
            """Dank! Ik regel schoonmaak via {{o:Haag Wonen}} en {{r:welzijnscoach}} [[p:Farida]] doet de eerste boodschappen met haar. [[p:Piet]], jij stopt dan met bemoeizorg?""",
            ["c"],
        ),
        (
            "c",
            ["a", "b"],
            """Ja, ik draag over aan {{o:Parnassia}} na de eerste twee weken. Ik ga [[d:29/11]] nog mee naar huis.""",
        ),
    ],
    style="gmail",
)

# 124 client (Eritrean) simple Dutch, to maatschappelijk werker
mail(
    Client("Yonas", "Ghebremedhin", "yonasg88@gmail.com", g="m"),
    "kwame",
    "brief CJIB",
    """~Hallo meneer [[p:Kwame]],
Ik heb weer een brief gekregen van CJIB. Nummer CJIB [[ds:3001 8472 2215 6093]]? ik weet niet. Ik stuur foto. Mijn vrouw zegt ik moet u vragen. Kan ik donderdag komen?
Dank u
[[p:Yonas]]~""",
    opts={"att": "IMG_20240312_091544.jpg"},
)

# 125 Wmo-adviseur -> client son, formal, with date and beschikking
mail(
    "fenna",
    Client("Dirk", "Bakker", "dirkbakker62@ziggo.nl", g="m"),
    "Beschikking huishoudelijke hulp mw. [[p:A. Bakker]]",
    """
Hierbij bevestig ik dat uw moeder, mw. [[p:Annie Bakker]], vanaf [[d:1 september]] huishoudelijke ondersteuning krijgt (3 uur per week). De beschikking met nummer [[ds:WMO-24-022061]] is op [[d:19-08-2024]] naar haar adres gestuurd ([[a:Ruychrocklaan 230]], [[pc:2597 EJ]]).
Omdat u heeft aangegeven de post van uw moeder te beheren: de eigen bijdrage wordt geïnd door het CAK.""",
)

# 126 wijkverpleegkundige -> apotheek via SWT? -> mail with pharmacy (org), to huisarts, short
mail(
    "marloes",
    "ha",
    "Medicatierol mw. [[p:van Leeuwen]]",
    """
Kunt u de baxterrol voor mw. [[p:Truus van Leeuwen]] ([[d:03-03-1937]]) laten aanpassen? Ze krijgt nu ook furosemide. Apotheek {{o:De Vliet}} wacht op uw recept.""",
)

# 127 teamleider -> all: anonimiseren reminder with example names
mail(
    "jeroen",
    "gem",
    "Let op: namen in lessen voor het platform",
    """~Beste collega's,

Bij het delen van casuslessen op het platform zie ik nog steeds namen en adressen staan. Bijvoorbeeld in de les over de opruimactie stond "dhr. [[p:K.]] van de [[a:Slicherstraat 9]]". Dat kan echt niet. Schrijf "een man van 70+ in {{w:Laak}}".
Twijfel je? Vraag [[p:Shanti]] of mij. De privacyfunctionaris ([[p:Monique van Dam]], [[e:privacy.ocw@denhaag.nl]]) denkt ook mee.

[[p:Jeroen]]~""",
)

# 128 UWV -> casusregisseur: sollicitatieplicht ontheffing, English outlook
chain(
    {"a": "wilma", "b": "gem"},
    "Ontheffing arbeidsplicht mw. [[p:Belhaj]]",
    [
        (
            "b",
            ["a"],
            """Mw. [[p:Khadija Belhaj]] ([[d:09-12-1995]]) is in behandeling bij de POH-GGZ voor paniekklachten. Is een tijdelijke ontheffing van de sollicitatieplicht mogelijk? Zij heeft een WW-uitkering tot [[d:1-4-2025]].""",
        ),
        (
            "a",
            ["b"],
            """Dat kan, maar wij hebben een verklaring van de behandelaar nodig. Laat mw. [[p:Belhaj]] die zelf uploaden via werk.nl, onder vermelding van haar klantnummer [[ds:WW-0045128813]].""",
        ),
    ],
    style="outlook_en",
)

# 129 client daughter (Moroccan-Dutch) reply from iPhone, nested quote
chain(
    {"a": "amal", "b": Client("Nadia", "El Idrissi", "nadia.elidrissi@hotmail.com")},
    "papa",
    [
        (
            "b",
            ["a"],
            """~Beste dokter [[p:Chaoui]],
Mijn vader ([[p:M. El Idrissi]], [[a:Parallelweg 144]]) eet niet meer sinds mama in het verpleeghuis zit. Kunt u langskomen? Ik ben [[d:zaterdag 6 april]] bij hem.
Groetjes, [[p:Nadia]]~""",
        ),
        (
            "a",
            ["b"],
            """Ik heb uw vader aangemeld bij het {{o:SWT}} voor hulp thuis. Ik kom volgende week [[d:dinsdag 9 april]] langs tussen 13 en 14 uur.""",
        ),
    ],
    style="gmail",
    top_header=False,
)

# 130 policy-like mail with no client, but professional names + phone (short)
mail(
    "wei",
    "gem",
    "Nieuwe bereikbaarheid Centraal Meldpunt Bemoeizorg",
    """
Vanaf [[d:1 januari 2025]] is het {{o:Centraal Meldpunt Bemoeizorg}} bereikbaar via het algemene nummer. Mijn directe nummer [[ph:070-353 9902]] vervalt. Meldingen graag via het formulier. Voor vragen: [[p:Wei]] of [[p:Ellen Schouten]].""",
)

# 131 landlord private, English outlook
mail(
    Client("Rien", "Soekhoe", "r.soekhoe.vastgoed@gmail.com", g="m", disp="[[p:R. Soekhoe]]"),
    "lieke",
    "Huur kamer dhr [[p:E. Pinas]]",
    """~Goedemiddag,

De huur van dhr. [[p:Errol Pinas]] voor de kamer aan de [[a:Hoefkade 318-B]] is al twee maanden niet binnen. Het gaat om € 575 per maand. Mijn rekening: %IBAN%. Als het niet voor [[d:1 juni]] betaald is moet hij eruit.

[[p:R. Soekhoe]]~""",
)

# 132 bewindvoerder reply to landlord (formal), gmail
chain(
    {"a": "lieke", "b": Client("Rien", "Soekhoe", "r.soekhoe.vastgoed@gmail.com", g="m")},
    "Huur kamer dhr [[p:E. Pinas]]",
    [
        (
            "a",
            ["b"],
            """Dank voor uw bericht. Er is geen schriftelijk huurcontract, en volgens de gemeente is de woning niet geschikt voor kamerverhuur. Ik betaal de huur over april en mei pas nadat ik een huurovereenkomst heb ontvangen. Dhr. [[p:Pinas]] blijft zolang in de kamer wonen.""",
        ),
    ],
    formal=True,
)

# 133 invite for huisbezoek with Wanneer only day & short body
invite(
    {"a": "kwame", "b": "ilse"},
    "HB dhr. [[p:Habte]] + intake schulden",
    """Samen naar dhr. [[p:Habte]], hij weet ervan. Broer [[p:Yonas]] tolkt. Neem de lijst schuldeisers mee.""",
    "[[a:Hoefkade 12-hs]], {{w:Schilderswijk}}",
    req=("b",),
    length=60,
)

# 134 out of office English: parental leave with mobile & email of replacement
ooo(
    "dariusz",
    "gem",
    "Re: re-integratie [[p:Aouragh]]",
    """I am on parental leave until [[d:1 March 2025]]. Your message will not be forwarded.
Voor vragen over re-integratie: [[p:Yvonne de Graaf]], [[e:yvonne.degraaf@uwv.nl]], [[ph:088 - 898 51 60]].""",
    english=True,
)

# 135 final: chain GGD -> SWT -> Staedion, three orgs, Antw and many dates
chain(
    {"a": "tomasz", "b": "mehmet", "c": "bas"},
    "Melding overlast/vervuiling [[a:Dedemsvaartweg 311]]",
    [
        (
            "a",
            ["b"],
            """Meldpunt ontving op [[d:14-10]] en [[d:21-10]] meldingen over fam. [[p:Rodrigues]], [[a:Dedemsvaartweg 311]], [[pc:2545 AK]]. Muizen, rommel op de galerij, kinderen ([[p:Tiago]], [[p:Bia]]) spelen 's avonds laat buiten. Moeder [[p:Joana Rodrigues]] heeft ons binnengelaten en is open. Bekend bij jullie?""",
        ),
        (
            "b",
            ["a", "c"],
            """Nee, niet bekend. Wel staat het adres op de vroegsignaleringslijst van {{o:Staedion}}. [[p:Bas]], kunnen we [[d:4 november]] samen langs?""",
        ),
        ("c", ["b"], """[[d:4/11]] kan, 13.30 uur. Ik neem de huurachterstand mee."""),
    ],
    prefix="Antw: ",
)

# 136 forward from wijkagent of a citizen's mail (neighbour) with addresses
chain(
    {
        "a": Client("Gerda", "Bos", "gerda.bos@planet.nl", disp="[[p:G. Bos]]"),
        "b": "dennis",
        "c": "gem",
    },
    "Zorgen om mijn buurman",
    [
        (
            "a",
            ["b"],
            """~Meneer de wijkagent,
Ik woon op [[a:Jacob Catsstraat 39]] en maak me zorgen om mijn buurman op nummer 41, meneer [[p:Stoyan]]. Hij huilt veel en er komt een vieze lucht uit zijn brievenbus. Ik wil niet dat hij in de problemen komt, maar er moet iets gebeuren.
[[p:Gerda Bos]]
[[ph:070 - 360 18 92]]~""",
        ),
    ],
    fw=(
        "b",
        ["c"],
        """~Ter info, gaat over dhr. [[p:Dimitrov]]. Ik heb mw. [[p:Bos]] teruggebeld en gezegd dat jullie betrokken zijn.~""",
    ),
)

# 137 short: huisarts -> SWT, just thank you with name & date
mail(
    "meryem",
    "gem",
    "Dank voor het MDO",
    """
Dank voor het goede overleg van [[d:woensdag 16 oktober]] over mw. [[p:Belhaj]]. Ik heb de afspraken in het HIS gezet. Volgende evaluatie bij mij op [[d:13-11-2024]].""",
)

# 138 casusregisseur note to dossier as mail to self
raw(
    {"a": "omar"},
    """Van: %a.full%
Verzonden: %HDRDATE%
Aan: %a.full%
Onderwerp: notitie tel. contact moeder [[p:Haddad]]

tel. gesproken met mw. [[p:R. Haddad]] ([[ph:06-44 20 17 38]]). [[p:Yousef]] heeft weer contact gezocht via [[p:Lina]]'s telefoon. Mw. is bang. Advies gegeven: niet reageren, screenshots maken, bij dreiging 112. VT ([[p:Esther]]) geïnformeerd. Volgende afspraak [[d:di 4 juni]] 10u.""",
)

# ================================================================ texts, batch E (forms and numbers)

# 139 intake form pasted in a mail
mail(
    "aylin",
    "gem",
    "Aanmeldformulier SWT – nieuwe aanmelding via Servicepunt XL",
    """
Hierbij een nieuwe aanmelding, formulier is samen met meneer ingevuld.

Naam: [[p:Baldé]], [[p:Mamadou]]
Geboortedatum: [[d:04-04-1977]]
BSN: %BSN%
Adres: [[a:Zuidlarenstraat 20]]
Postcode/plaats: [[pc:2545 VR]] Den Haag
Telefoon: [[ph:06 - 37 19 82 40]]
E-mail: [[e:mamadou.balde77@gmail.com]]
Rekeningnummer: %IBAN_%
Huisarts: praktijk {{w:Moerwijk}}
Hulpvraag: huurachterstand (€ 1.480), werk kwijt sinds [[d:31 maart]], wil graag weer werken
Toestemming gegevens delen: ja, getekend [[d:08-05-2024]]""",
)

# 140 CAK / eigen bijdrage change of account
mail(
    "bw",
    "gem",
    "Eigen bijdrage CAK mw. [[p:Mahabier]]",
    """
Het CAK heeft de eigen bijdrage van mw. [[p:Devi Mahabier]] tot nu toe geïncasseerd van haar oude rekening %IBAN%. Vanaf [[d:1-11-2024]] gaat dat via onze beheerrekening %IBAN_%. CAK-kenmerk: [[ds:5509 8812 34]].
De achterstand van € 420 is inmiddels voldaan ([[d:23-10-2024]]).""",
)

# 141 toeslagen hersteloperatie
chain(
    {"a": "gem", "b": "ilse"},
    "Hersteloperatie toeslagen – mw. [[p:Tahiri]]",
    [
        (
            "a",
            ["b"],
            """Mw. [[p:Fatiha Tahiri]] is erkend als gedupeerde van de toeslagenaffaire (brief van [[d:15 maart 2024]], kenmerk [[ds:UHT-2024-0044731]]). Zij krijgt € 30.000 plus kwijtschelding van publieke schulden. Het geld wordt gestort op %IBAN_%.
Haar private schulden lopen nog via jullie ([[ds:SHV-2022-3310]]). Kunnen we samen kijken wat er nu moet gebeuren? BSN voor de koppeling: %BSN.%.""",
        ),
        (
            "b",
            ["a"],
            """Ja. Ik vraag de saneringskredietverlening aan, dan kunnen de private schulden in één keer. Afspraak met mw. en haar dochter op [[d:woensdag 10 april]] om 14.00 uur.""",
        ),
    ],
)

# 142 Haag Wonen: new contract after urgentie
mail(
    "kim",
    "gem",
    "Nieuwe woning fam. [[p:Alhamwi]] – tekenafspraak",
    """
Goed nieuws voor de familie [[p:Alhamwi]]: zij krijgen een benedenwoning aan de [[a:Marktweg 218]], [[pc:2525 GW]] (vijf kamers, drempelvrij). Ingangsdatum huurcontract: [[d:01-06-2024]]. Contractnummer: [[ds:HW-2024-C-11852]].
Tekenen op [[d:do 23 mei]] om 10.30 uur op ons kantoor. Automatische incasso van de huur graag op rekening %IBAN% (zoals opgegeven door dhr. [[p:Abdulrahman Alhamwi]]).""",
)

# 143 short: new phone numbers
mail(
    "gem",
    "gem",
    "nieuw nr dhr [[p:Dimitrov]]",
    """~nieuw nummer dhr [[p:Dimitrov]]: [[ph:06 19 73 55 02]] (oude [[ph:+359 88 412 7730]] werkt niet meer). e-mail blijft [[e:stoyan.dimitrov87@abv.bg]]. afspraak verzet naar [[d:ma 9/12]] 10:00.~""",
)

# 144 voedselbank aanmelding
mail(
    "kwame",
    "gem",
    "Aanmelding voedselbank gezin [[p:Sabajo]]",
    """
Ter info: ik heb het gezin aangemeld bij de {{o:Haagse Voedselbank}}, uitgiftepunt {{w:Laak}}.
Hoofdaanvrager: [[p:R. Sabajo]], [[d:13-07-1990]]
Kinderen: [[d:02-03-2015]] en [[d:19-09-2019]]
Adres: [[a:Van Musschenbroekstraat 61]], [[pc:2522 AK]]
Netto inkomen na vaste lasten: € 198 p/m
Toekenning voor drie maanden, herbeoordeling op [[d:30 april]].""",
)

# 145 DUO studieschuld
mail(
    "ilse",
    "gem",
    "DUO-schuld dhr. [[p:Nunes]]",
    """
Dhr. [[p:Ricardo Nunes]] heeft een studieschuld bij DUO van € 11.240 (relatienummer [[ds:DUO-7730418]]). Omdat hij onder de draagkracht zit, kan hij een aanvraag doen voor aflossing naar draagkracht. Ik heb het formulier ingevuld met zijn gegevens (BSN %BSN%, [[a:Lozerlaan 1100]], [[pc:2543 EH]]). Hij moet nog tekenen; afspraak op [[d:7-2-2025]].""",
)

# 146 politie ZSM / mutatie info
mail(
    "sandra",
    "gem",
    "Info t.b.v. Veiligheidshuis – BVH [[ds:2024-0991873]]",
    """
Ten behoeve van het casusoverleg in het {{o:Veiligheidshuis}}:
Betrokkene: [[p:Jurgen Isenia]], [[d:04-07-1992]]
Adres: [[a:Zuidlarenstraat 8-2]], [[pc:2545 VP]]
Incidenten: [[d:02-02-2024]] (overlast), [[d:17-03-2024]] (bedreiging buurman), [[d:05-04-2024]] (drugs)
Registratienummers: [[ds:PL1500-2024033210]], [[ds:PL1500-2024051877]]
Graag jullie informatie over hulpverlening vóór het overleg.""",
)

# 147 bewindvoerder: accounts overview
mail(
    "lieke",
    "gem",
    "Rekeningen mw. [[p:Hirsi]]",
    """
Voor jullie administratie:
- beheerrekening (vaste lasten): %IBAN_%
- leefgeldrekening mw. [[p:Hirsi]]: %IBAN%
Leefgeld € 60 per week, op vrijdag. De oude rekening bij de ING is per [[d:1 april]] opgeheven. Telefoon mw. [[p:Hirsi]] is gewijzigd in [[ph:06-55 80 21 36]].""",
)

# 148 GGD meldpunt -> SWT: second anonymous-ish signal with addresses and postcode lowercase without space
mail(
    "ggd",
    "gem",
    "Melding [[ds:MZO-24-09127]] – [[a:Loosduinseweg 407]]",
    """
Aanvulling op de melding van vorige week: de mevrouw met rollator is inmiddels geïdentificeerd als mw. [[p:Hendrika]] ([[p:Riek]]) [[p:Kramer]], [[d:09-11-1939]], [[a:Loosduinseweg 407]], [[pc:2571bk]]. Haar zoon woont in Zoetermeer, [[ph:079 - 361 44 20]]. Mw. heeft geen {{r:huisarts}} meer sinds haar arts met pensioen ging. Wie pakt het op?""",
)

# ================================================================ build, strip markup, verify, write

MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}")


def strip(markup):
    out, pii, keep = [], [], []
    pos = 0
    n = 0
    for m in MARK.finditer(markup):
        out.append(markup[pos : m.start()])
        n += len(markup[pos : m.start()])
        if m.group(1):
            lab, txt, dest = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, dest = KEEP[m.group(3)], m.group(4), keep
        dest.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), pii, keep


AUTO_ORG = [
    "Gemeente Den Haag",
    "GGD Haaglanden",
    "Veilig Thuis Haaglanden",
    "Veilig Thuis",
    "Haag Wonen",
    "Staedion",
    "Vestia",
    "UWV",
    "SVB",
    "CAK",
    "CIZ",
    "CJIB",
    "Belastingdienst",
    "DUO",
    "Eneco",
    "Zilveren Kruis",
    "Parnassia Groep",
    "Parnassia",
    "Brijder Verslavingszorg",
    "Brijder",
    "Florence",
    "Xtra",
    "MEE",
    "CJG",
    "Centrum voor Jeugd en Gezin",
    "Kessler Stichting",
    "Leger des Heils",
    "Servicepunt XL",
    "Wmo-loket",
    "SWT",
    "Haagse Voedselbank",
    "Veiligheidshuis",
    "ZorgDomein",
    "Zivver",
    "Global Talk",
    "Meldpunt Zorg en Overlast",
    "Centraal Meldpunt Bemoeizorg",
    "Trimbos-instituut",
    "Vesting Finance",
    "Stichting Mooi",
    "Housing First",
    "FACT-team",
    "Crisisdienst",
    "Juridische Zaken",
    "Budget & Bewind Haaglanden",
    "Horizon Bewindvoering",
    "Huisartsenpraktijk Bouwlust",
    "Gezondheidscentrum Transvaal",
    "Stichting Urgente Noden",
    "KvK",
    "Jeugdformaat",
    "OGGZ",
    "SZW",
    "ING",
    "Jeugdteam",
    "jeugdteam",
    "GGZ",
    "POH-GGZ",
    "GGD",
]
AUTO_WIJK = [
    "Schilderswijk",
    "Transvaal",
    "Moerwijk",
    "Laak",
    "Escamp",
    "Mariahoeve",
    "Bouwlust",
    "Vrederust",
    "Segbroek",
    "Scheveningen",
    "Loosduinen",
    "Zuiderpark",
    "Morgenstond",
    "Bezuidenhout",
    "Rustenburg-Oostbroek",
    "Spoorwijk",
]
AUTO_ROLE = [
    "huisarts",
    "wijkagent",
    "bewindvoerder",
    "maatschappelijk werker",
    "wijkverpleegkundige",
    "casusregisseur",
    "Wmo-adviseur",
    "Wmo-consulent",
    "ouderenconsulent",
    "welzijnscoach",
    "jeugdverpleegkundige",
    "deurwaarder",
    "ergotherapeut",
    "opzichter",
    "kantonrechter",
    "officier van justitie",
    "intern begeleider",
    "privacyfunctionaris",
    "casemanager dementie",
    "teamleider",
    "klantmanager",
    "verzekeringsarts",
    "psychiater",
    "SPV",
    "gezinscoach",
    "schuldhulpverlener",
    "woonconsulent",
    "wijkconsulent",
    "ambulant begeleider",
    "trajectbegeleider",
    "arbeidsdeskundige",
    "trainer",
    "tolk",
    "Zorgcoördinator",
    "zorgcoördinator",
    "verhuurder",
]


def add_keeps(text, pii, keep):
    taken = [0] * (len(text) + 1)
    for s in pii + keep:
        for i in range(s["start"], s["end"]):
            taken[i] = 1
    terms = (
        [(t, "org") for t in AUTO_ORG]
        + [(t, "wijk") for t in AUTO_WIJK]
        + [(t, "role") for t in AUTO_ROLE]
    )
    terms.sort(key=lambda x: -len(x[0]))
    for term, lab in terms:
        flags = re.I if lab == "role" else 0
        for m in re.finditer(
            r"(?<![\w@.-])" + re.escape(term) + r"(?![\w@-]|\.[a-z])", text, flags
        ):
            if any(taken[m.start() : m.end()]):
                continue
            keep.append({"start": m.start(), "end": m.end(), "label": lab, "text": m.group(0)})
            for i in range(m.start(), m.end()):
                taken[i] = 1
    keep.sort(key=lambda s: s["start"])


def verify(rec):
    t = rec["text"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: s["start"])
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    assert "[[" not in t and "]]" not in t and "{{" not in t and "}}" not in t, rec["id"]
    assert not re.search(r"%[A-Za-z_.]+%", t), (rec["id"], re.search(r"%[A-Za-z_.]+%", t).group(0))
    for s in rec["pii"]:
        if s["label"] == "bsn":
            assert bsn_ok(s["text"]), s
        if s["label"] == "iban":
            assert iban_ok(s["text"]), s
    assert rec["pii"], rec["id"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    for i, make in enumerate(TEXTS):
        text, pii, keep = strip(make())
        add_keeps(text, pii, keep)
        rec = {"id": "ho46-%04d" % i, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        recs.append(rec)
    with open(os.path.join(here, "heldout46.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    tot = sum(pc.values())
    print(
        "texts",
        len(recs),
        "words avg %.0f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", dict(kc.most_common()))


if __name__ == "__main__":
    main()
