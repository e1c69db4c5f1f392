#!/usr/bin/env python3
"""Held-out corpus 25: wijkteams across the Netherlands. Deterministic (random.Random(25))."""

import json, os, re, random

R = random.Random(25)

FIRST = """Fatima Khadija Yasmina Nadia Samira Latifa Naima Hanane Soufiane Mohamed Youssef Ayoub Bilal Hamza Reda
Ayşe Emine Zeynep Elif Hatice Mehmet Mustafa Hüseyin Emre Burak Kübra Serkan Tuğba Oğuz
Shanti Radjesh Sunita Ravi Anjali Kiran Dewi Sharmila Soenil Priya Vikash Roshni Navin
Rudsel Shurandy Jurmaine Yuraima Gerson Chayenne Giovanni Shaquille Jaïra
Djanira Adilson Nelson Edna Zeferino Ivanilda
Kasia Marek Agnieszka Piotr Tomasz Magdalena Łukasz Dorota Krzysztof
Ivaylo Desislava Stoyan Radka Nikolay Petya
Ionuț Mihaela Florin Andreea Cristian Ioana
Rami Ghalia Amjad Rasha Omar Layla Yazan Nour Ahmad
Tesfay Senait Yonas Mebrat Aklilu Helen
Abdirahman Hodan Faadumo Ayaan Abdi Ifrah
Mariam Farid Zahra Ahmad Shakila Wahid Parwin
Wei Mei Lin Xiao Jun Li Ming Chen
Kwame Akosua Kofi Ama Yaw Efua Nana
Roos Hoop Sterre Jasmijn Bloem Storm Lente Zon Rosa Iris Fleur Dirk Kees Joop Truus Henk Gerrit Bep Annie Wim Ria Corrie Klaas
Thijs Bram Daan Lotte Femke Sanne Eline Jeroen Marloes Wouter Anouk Ingrid Hennie Gert-Jan Marie-José Jan Pieter Ans Tineke Sjoerd Hylke Anneke
Tyrone Jayden Dylano Noa Liam Emma Mila Sem Lucas Julia Tess Finn""".split()

SUR = """Visser|de Wit|Bakker|Koster|Smit|de Boer|Kok|Mulder|Schaap|Vos|de Haan|Groen|Hoek|Bos|Brouwer|Post|Prins|Koning|Dekker|Kramer|Mol|Zwart|de Jong|van Dijk|Jansen|Hendriks|van den Berg|Vermeulen|van Leeuwen|Wolters|Meijer|Timmermans|de Groot|Peeters|Bloemendaal|Haverkamp|Oosterhuis|van der Veen|Wijnands|Kuipers|Schouten|Hofstede|Nijboer|Terpstra|Bosma|Dijkstra|Hoekstra|Zandstra
El Idrissi|Bouzid|Amrani|Ouali|Benali|Azzouzi|El Khatib|Chaoui|Tahiri|Boukhari|Ait Hamou|Ziani|Moussaoui|el Haddouti
Yilmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Koç|Kılıç|Polat|Erdoğan|Güler
Ramdin|Baldewsingh|Jagesar|Ramlal|Sewnath|Mahabier|Kalloe|Ramsaran|Bisessar|Lachmon|Autar
Martina|Francisca|Rosaria|Isenia|Maduro|Statia|Wawoe|Cijntje|Winklaar
Tavares|Lopes|Fortes|Monteiro|Semedo|Andrade|Gomes
Kowalski|Nowak|Wiśniewska|Zielinski|Lewandowski|Kamińska|Wójcik|Mazur
Petrov|Georgieva|Dimitrov|Ivanova|Stoyanov
Popescu|Ionescu|Dumitru|Stan|Constantin
Al-Hassan|Haddad|Khalil|Darwish|Mansour|Nasser|Al Ahmad
Tesfamariam|Gebremedhin|Haile|Berhane|Woldu|Kidane
Warsame|Abdullahi|Farah|Hussein|Jama|Osman
Ahmadzai|Karimi|Noori|Rahimi|Hashimi|Stanekzai
Wang|Zhang|Chen|Liu|Huang|Lam|Cheung
Mensah|Owusu|Boateng|Asante|Appiah|Osei|Agyeman
Storm|Hoop|Roos|de Vries|Bruin|Lam|Valk|Wolf|Schipper|Molenaar|Slager|Timmer|Boer""".replace(
    "\n", "|"
).split("|")

MALE = set(
    """Soufiane Mohamed Youssef Ayoub Bilal Hamza Reda Mehmet Mustafa Hüseyin Emre Burak Serkan Oğuz Radjesh Ravi
Soenil Vikash Navin Rudsel Shurandy Jurmaine Gerson Giovanni Shaquille Adilson Nelson Zeferino Marek Piotr Tomasz Łukasz
Krzysztof Ivaylo Stoyan Nikolay Ionuț Florin Cristian Rami Amjad Omar Yazan Ahmad Tesfay Yonas Aklilu Abdirahman Abdi
Farid Wahid Wei Xiao Jun Ming Chen Kwame Kofi Yaw Dirk Kees Joop Henk Gerrit Wim Klaas Thijs Bram Daan Jeroen Wouter
Gert-Jan Jan Pieter Sjoerd Hylke Tyrone Jayden Dylano Liam Sem Lucas Finn""".split()
)
UNI = set("Kiran Nana Hoop Storm Zon Noa Li Lin".split())
MPOOL = sorted(set(n for n in FIRST if n in MALE or n in UNI), key=FIRST.index)
FPOOL = sorted(set(n for n in FIRST if n not in MALE), key=FIRST.index)
assert len(set(FIRST)) >= 150 and len(set(SUR)) >= 150, (len(set(FIRST)), len(set(SUR)))

# city -> (wijken, local organisations, streets, postcode prefix range, area code)
CITIES = {
    "Den Haag": (
        [
            "Schilderswijk",
            "Transvaal",
            "Mariahoeve",
            "Moerwijk",
            "Laak",
            "Bouwlust",
            "Duindorp",
            "Spoorwijk",
            "Escamp",
        ],
        [
            "Haag Wonen",
            "Staedion",
            "Vestia",
            "Parnassia",
            "Servicepunt XL",
            "Xtra",
            "Stichting MOOI",
            "Middin",
        ],
        [
            "Hoefkade",
            "Vaillantlaan",
            "Leyweg",
            "Jan Blankenstraat",
            "Paul Krugerlaan",
            "Hengelolaan",
            "Erasmusweg",
            "Ambachtsgaarde",
        ],
        (2491, 2597),
        "070",
    ),
    "Rotterdam": (
        [
            "Delfshaven",
            "Tarwewijk",
            "Bloemhof",
            "Afrikaanderwijk",
            "Charlois",
            "Ommoord",
            "Spangen",
            "Hillesluis",
        ],
        [
            "Woonstad Rotterdam",
            "Havensteder",
            "DOCK",
            "Antes",
            "Bouman GGZ",
            "Humanitas",
            "Vraagwijzer",
            "Kredietbank Rotterdam",
        ],
        [
            "Putselaan",
            "Mathenesserweg",
            "Beijerlandselaan",
            "Pleinweg",
            "Dordtselaan",
            "Schiedamseweg",
            "Hillevliet",
        ],
        (3011, 3089),
        "010",
    ),
    "Amsterdam": (
        ["Bijlmer", "Osdorp", "Kolenkit", "Slotervaart", "Vogelbuurt", "Holendrecht", "De Pijp"],
        [
            "Ymere",
            "Eigen Haard",
            "Arkin",
            "Cordaan",
            "Buurtteam Amsterdam",
            "Madi Noord",
            "Streetcornerwork",
            "HVO-Querido",
        ],
        [
            "Bijlmerdreef",
            "Kinkerstraat",
            "Meer en Vaart",
            "Burgemeester de Vlugtlaan",
            "Ganzenhoef",
            "Van Woustraat",
        ],
        (1011, 1109),
        "020",
    ),
    "Utrecht": (
        ["Kanaleneiland", "Overvecht", "Ondiep", "Zuilen", "Lunetten"],
        ["Buurtteam Sociaal Utrecht", "Altrecht", "Portaal", "Mitros", "Bo-ex", "U Centraal"],
        ["Marshalllaan", "Bernadottelaan", "Amsterdamsestraatweg", "Gambiadreef", "Vleutenseweg"],
        (3511, 3585),
        "030",
    ),
    "Groningen": (
        ["Selwerd", "Vinkhuizen", "Beijum", "Lewenborg", "De Hoogte"],
        ["WIJ Groningen", "Lentis", "Lefier", "Nijestee", "Kredietbank Groningen"],
        ["Eikenlaan", "Siersteenlaan", "Kardingerplein", "Zonnelaan", "Oosterhamriklaan"],
        (9711, 9747),
        "050",
    ),
    "Arnhem": (
        ["Presikhaaf", "Malburgen", "Geitenkamp", "Klarendal"],
        ["Vivare", "Volkshuisvesting Arnhem", "Rijnstad", "Pro Persona", "Sociaal Wijkteam Arnhem"],
        ["Slochterenweg", "Vlierdenseweg", "Bakenbergseweg", "Sonsbeeksingel"],
        (6811, 6846),
        "026",
    ),
    "Eindhoven": (
        ["Woensel-West", "Doornakkers", "Lakerlopen", "Tongelre"],
        ["WIJeindhoven", "Woonbedrijf", "GGzE", "Lumens", "Trudo"],
        ["Celebesstraat", "Boschdijk", "Tongelresestraat", "Insulindelaan"],
        (5611, 5658),
        "040",
    ),
    "Nijmegen": (
        ["Hatert", "Dukenburg", "Lindenholt", "Bottendaal"],
        ["Sterker sociaal werk", "Talis", "Portaal", "Pro Persona", "Bindkracht10"],
        ["Hatertseweg", "Meijhorst", "Thijmstraat", "Tarweweg"],
        (6511, 6546),
        "024",
    ),
    "Tilburg": (
        ["Groenewoud", "Stokhasselt", "Jeruzalem", "Tilburg-Noord"],
        ["ContourdeTwern", "WonenBreburg", "GGZ Breburg", "Tiwos", "IMW Tilburg"],
        ["Ringbaan-Oost", "Bredaseweg", "Stokhasseltlaan", "Jeruzalemstraat"],
        (5011, 5049),
        "013",
    ),
    "Zwolle": (
        ["Holtenbroek", "Aa-landen", "Diezerpoort"],
        ["Sociaal Wijkteam Zwolle", "Dimence", "deltaWonen", "SWZ", "Travers Welzijn"],
        ["Mozartlaan", "Hortensiastraat", "Vechtstraat"],
        (8011, 8043),
        "038",
    ),
    "Leeuwarden": (
        ["Heechterp-Schieringen", "Bilgaard", "Vrijheidswijk"],
        ["Gebiedsteam Leeuwarden", "WoonFriesland", "Elkien", "GGZ Friesland", "Amaryllis"],
        ["Valeriusstraat", "Bilgaardpark", "Dr. Kuyperstraat"],
        (8911, 8941),
        "058",
    ),
    "Dordrecht": (
        ["Crabbehof", "Wielwijk", "Krispijn"],
        ["Stichting De Hoop", "Trivire", "Sociaal Wijkteam Dordrecht", "Yulius"],
        ["Crabbehofstraat", "Admiraal de Ruyterweg", "Bosboom-Toussaintstraat"],
        (3311, 3329),
        "078",
    ),
    "Maastricht": (
        ["Malberg", "Blauwdorp", "Caberg", "Pottenberg"],
        ["Trajekt", "Mondriaan", "Servatius", "Maasvallei"],
        ["Bosscherweg", "Brusselseweg", "Mockstraat"],
        (6211, 6229),
        "043",
    ),
    "Enschede": (
        ["Velve-Lindenhof", "Pathmos", "Deppenbroek"],
        ["Wijkteam Enschede", "Domijn", "Mediant", "Alifa"],
        ["Pathmosweg", "Lasondersingel", "Kuipersdijk"],
        (7511, 7548),
        "053",
    ),
    "Zaandam": (
        ["Poelenburg", "Kogerveld", "Peldersveld"],
        [
            "Sociaal Wijkteam Zaanstad",
            "Parteon",
            "Zaandams Volkshuisvesting",
            "GGZ Noord-Holland-Noord",
        ],
        ["Pelikaanweg", "Meeuwstraat", "Poelenburgplein"],
        (1501, 1509),
        "075",
    ),
}

GENORG = [
    "Veilig Thuis",
    "GGD",
    "MEE",
    "Wmo-loket",
    "Voedselbank",
    "Leger des Heils",
    "Humanitas",
    "Buurtzorg",
    "Sociale Dienst",
    "UWV",
    "CJG",
    "Schuldhulpverlening",
    "Belastingdienst",
    "CAK",
    "Zilveren Kruis",
    "Thuiszorg",
    "Juridisch Loket",
    "Kwadraad",
    "politie",
    "SVB",
    "Stichting Present",
    "Jeugdbescherming",
    "Centrum voor Jeugd en Gezin",
    "Reclassering Nederland",
    "Het Vergeten Kind",
    "Sensoor",
]
ROLES = [
    "wijkverpleegkundige",
    "casusregisseur",
    "maatschappelijk werker",
    "Wmo-consulent",
    "schuldhulpverlener",
    "ouderenconsulent",
    "welzijnscoach",
    "MEE-consulent",
    "GGZ-verpleegkundige",
    "huisarts",
    "POH-GGZ",
    "wijkagent",
    "jongerenwerker",
    "budgetcoach",
    "ervaringsdeskundige",
    "casemanager dementie",
    "bewindvoerder",
    "woonconsulent",
    "jeugdconsulent",
    "sociaal raadsman",
    "wijkcoach",
    "consulent werk en inkomen",
    "Wmo-adviseur",
    "ouderenadviseur",
    "trajectbegeleider",
    "mantelzorgconsulent",
    "buurtsportcoach",
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
MABBR = [
    "jan.",
    "feb.",
    "mrt",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug",
    "sept.",
    "okt",
    "nov.",
    "dec.",
]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DABBR = ["ma", "di", "wo", "do", "vr", "za", "zo"]
PROVIDERS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "icloud.com",
    "yahoo.com",
    "hetnet.nl",
    "planet.nl",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB", "FVLB"]


def P(label, t):
    return "[[%s:%s]]" % (label, t)


def K(label, t):
    return "{{%s:%s}}" % (label, t)


def bsn():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = R.randint(1, 6)
        s = sum(d[i] * (9 - i) for i in range(8))
        for d9 in range(10):
            if (s - d9) % 11 == 0:
                n = "".join(map(str, d)) + str(d9)
                f = R.choice([0, 0, 1, 2, 3])
                if f == 1:
                    return n[:4] + "." + n[4:6] + "." + n[6:]
                if f == 2:
                    return n[:3] + " " + n[3:6] + " " + n[6:]
                if f == 3:
                    return n[:3] + "." + n[3:6] + "." + n[6:]
                return n


def iban():
    bank = R.choice(BANKS)
    acct = "".join(str(R.randint(0, 9)) for _ in range(10))
    num = "".join(str(ord(c) - 55) if c.isalpha() else c for c in bank + acct + "NL00")
    cd = 98 - int(num) % 97
    s = "NL%02d%s%s" % (cd, bank, acct)
    f = R.choice([0, 1, 1, 2])
    if f == 1:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if f == 2:
        s = s.lower() if R.random() < 0.3 else s[:4] + " " + s[4:8] + " " + s[8:]
    return s


def phone(area):
    f = R.randint(0, 8)
    m = "".join(str(R.randint(0, 9)) for _ in range(8))
    l = "".join(str(R.randint(0, 9)) for _ in range(7))
    if area in (
        "070",
        "010",
        "020",
        "030",
        "050",
        "026",
        "040",
        "024",
        "013",
        "038",
        "058",
        "078",
        "043",
        "053",
        "075",
    ):
        a = area
    else:
        a = "070"
    if f == 0:
        return "06-" + m
    if f == 1:
        return "06 %s %s %s %s" % (m[:2], m[2:4], m[4:6], m[6:])
    if f == 2:
        return "+31 6 %s %s" % (m[:4], m[4:])
    if f == 3:
        return "(%s) %s %s %s" % (a, l[:3], l[3:5], l[5:])
    if f == 4:
        return "%s-%s" % (a, l)
    if f == 5:
        return "0031-6-" + m
    if f == 6:
        return "06.%s.%s.%s.%s" % (m[:2], m[2:4], m[4:6], m[6:])
    if f == 7:
        return "+31(0)%s %s" % (a[1:], l)
    return "06" + m


def postcode(rng):
    n = R.randint(*rng)
    l = R.choice("ABCDEGHJKLMNPRSTVWXZ") + R.choice("ABCDEGHJKLMNPRSTVWXZ")
    f = R.random()
    if f < 0.55:
        return "%d %s" % (n, l)
    if f < 0.85:
        return "%d%s" % (n, l)
    return "%d %s" % (n, l.lower())


SUFFIX = [
    "",
    "",
    "",
    "",
    "-hs",
    "B",
    "-B",
    " bis",
    "-II",
    " a",
    "-3hg",
    " huis",
    "-1",
    "A",
    " zw",
    "-III",
    " rd",
    "-bg",
]


def address(streets):
    return "%s %d%s" % (R.choice(streets), R.randint(1, 320), R.choice(SUFFIX))


def date(kind=None):
    d = R.randint(1, 28)
    m = R.randint(1, 12)
    y = R.choice([2022, 2023, 2024, 2025, 2026])
    k = kind if kind is not None else R.randint(0, 14)
    if k == 0:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if k == 1:
        return "%02d-%02d-%d" % (d, m, y)
    if k == 2:
        return "%d-%d-'%02d" % (d, m, y % 100)
    if k == 3:
        return "%s %d %s" % (R.choice(DAYS[:5]), d, MONTHS[m - 1])
    if k == 14:
        return "%de %s" % (d, MONTHS[m - 1])
    if k == 4:
        return "%d/%d" % (d, m)
    if k == 5:
        return "%s %d/%d" % (R.choice(DABBR), d, m)
    if k == 6:
        return "%02d.%02d.%d" % (d, m, y)
    if k == 7:
        return "%d-%02d-%02d" % (y, m, d)
    if k == 8:
        return "%d %s" % (d, MABBR[m - 1])
    if k == 9:
        return "%d %s '%02d" % (d, MABBR[m - 1], y % 100)
    if k == 10:
        return "%d %s" % (d, MONTHS[m - 1])
    if k == 11:
        return "%d-%d" % (d, m)
    if k == 12:
        return "%s %d-%d" % (R.choice(DABBR), d, m)
    return "%d/%d/%d" % (d, m, y)


def dossier():
    f = R.randint(0, 11)
    y = R.choice([2022, 2023, 2024, 2025])
    n = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    return [
        lambda: "%d-%s" % (y, n(5)),
        lambda: "SWT/%s/%s" % (R.choice(["DH", "RTD", "UT", "GR"]), n(4)),
        lambda: "ZK-%d-%s" % (y, n(4)),
        lambda: "#" + n(5),
        lambda: "%s.%s.%s" % (n(2), n(3), n(1)),
        lambda: "WMO-%02d-%s" % (y % 100, n(4)),
        lambda: "VT-%d-%s" % (y, n(4)),
        lambda: "MW %s/%s" % (n(4), R.choice("ABC")),
        lambda: n(6),
        lambda: "Z%s" % n(7),
        lambda: "SHV%s-%s" % (str(y)[2:], n(3)),
        lambda: "KB-%s-%s" % (n(3), n(3)),
    ][f]()


def mail(first, last, org=None):
    l = re.sub(
        r"[^a-z]",
        "",
        last.lower()
        .replace("ş", "s")
        .replace("ç", "c")
        .replace("ö", "o")
        .replace("ı", "i")
        .replace("ğ", "g")
        .replace("ł", "l")
        .replace("ś", "s")
        .replace("ń", "n"),
    )
    fi = re.sub(
        r"[^a-z]",
        "",
        first.lower()
        .replace("ş", "s")
        .replace("ç", "c")
        .replace("ü", "u")
        .replace("ğ", "g")
        .replace("ł", "l")
        .replace("ï", "i")
        .replace("ț", "t")
        .replace("ö", "o")
        .replace("é", "e"),
    )
    if org:
        dom = re.sub(r"[^a-z]", "", org.lower())[:18] + R.choice([".nl", ".nl", ".org"])
        return R.choice(
            ["%s.%s@%s" % (fi, l, dom), "%s%s@%s" % (fi[:1], l, dom), "%s@%s" % (fi, dom)]
        )
    return (
        R.choice(["%s.%s@%s", "%s%s%d@%s", "%s_%s@%s", "%s-%s@%s"]).replace(
            "%d", str(R.randint(1, 99))
        )
        % (fi, l, R.choice(PROVIDERS))
        if True
        else ""
    )


def poss(n):
    if n[-1] in "sxz":
        return "'"
    if n[-1] in "aeiouy":
        return "'s"
    return "s"


def cap(s):
    return s[:1].upper() + s[1:]


class Ctx:
    def __init__(self):
        self.city = R.choice(list(CITIES))
        self.wijken, self.orgs, self.streets, self.pcr, self.area = CITIES[self.city]
        self.g = R.choice("mf")
        self.cf, self.cl = R.choice(MPOOL if self.g == "m" else FPOOL), R.choice(SUR)
        self.f2, self.l2 = R.choice(FIRST), R.choice(SUR)
        self.kf = R.choice(FIRST)
        self.f2m, self.f2f = R.choice(MPOOL), R.choice(FPOOL)
        self.pf, self.pl = R.choice(FIRST), R.choice(SUR)
        self.qf, self.ql = R.choice(FIRST), R.choice(SUR)
        self.bl = R.choice(SUR)
        self.wijk = R.choice(self.wijken)

    def tok(self, m):
        t = m.group(1)
        if t == "CF":
            return P("person", self.cf)
        if t == "CF's":
            return P("person", self.cf) + poss(self.cf)
        if t == "cf":
            return P("person", self.cf.lower())
        if t == "CL":
            return P("person", self.cl)
        if t == "CLc":
            return P("person", cap(self.cl))
        if t == "cl":
            return P("person", self.cl.lower())
        if t == "CFULL":
            return P("person", self.cf + " " + self.cl)
        if t == "CINIT":
            return P("person", self.cf[0] + ". " + self.cl)
        if t == "F2":
            return P("person", self.f2)
        if t == "L2":
            return P("person", self.l2)
        if t == "F2FULL":
            return P("person", self.f2 + " " + self.l2)
        if t == "KFm":
            return P("person", R.choice(MPOOL))
        if t == "KFf":
            return P("person", R.choice(FPOOL))
        if t == "F2m":
            return P("person", self.f2m)
        if t == "F2f":
            return P("person", self.f2f)
        if t == "F2mFULL":
            return P("person", self.f2m + " " + self.l2)
        G = {
            "ze": ("hij", "ze"),
            "Ze": ("Hij", "Ze"),
            "haar": ("zijn", "haar"),
            "Haar": ("Zijn", "Haar"),
            "mw": ("meneer", "mevrouw"),
            "Mw": ("Meneer", "Mevrouw"),
            "mwa": ("dhr", "mw"),
            "moeder": ("vader", "moeder"),
        }
        if t in G:
            return G[t][0 if self.g == "m" else 1]
        if t == "KAGE":
            return str(R.randint(6, 31))
        if t == "KF":
            return P("person", self.kf)
        if t == "KF's":
            return P("person", self.kf) + poss(self.kf)
        if t == "PF":
            return P("person", self.pf)
        if t == "pf":
            return P("person", self.pf.lower())
        if t == "PFULL":
            return P("person", self.pf + " " + self.pl)
        if t == "PINIT":
            return P("person", self.pf[0] + ". " + self.pl)
        if t == "PL":
            return P("person", self.pl)
        if t == "QF":
            return P("person", self.qf)
        if t == "QFULL":
            return P("person", self.qf + " " + self.ql)
        if t == "QL":
            return P("person", self.ql)
        if t == "BL":
            return P("person", self.bl)
        if t == "RF":
            return P("person", R.choice(FIRST))
        if t == "RFULL":
            return P("person", R.choice(FIRST) + " " + R.choice(SUR))
        if t == "D":
            return P("date", date())
        if t == "DL":
            return P("date", date(R.choice([0, 0, 3, 10, 1, 9])))
        if t == "DS":
            return P("date", date(R.choice([4, 5, 11, 12, 8])))
        if t == "DW":
            return P("date", date(3))
        if t == "PH":
            return P("phone", phone(self.area))
        if t == "A":
            return P("address", address(self.streets))
        if t == "PC":
            return P("postcode", postcode(self.pcr))
        if t == "DOS":
            return P("dossier", dossier())
        if t == "IB":
            return P("iban", iban())
        if t == "BSN":
            return P("bsn", bsn())
        if t == "EM":
            return P("email", mail(self.cf, self.cl))
        if t == "EMP":
            return P("email", mail(self.pf, self.pl, R.choice(self.orgs)))
        if t == "W":
            return K("wijk", self.wijk)
        if t == "W2":
            return K("wijk", R.choice(self.wijken))
        if t == "CITY":
            return self.city
        if t == "LORG":
            return K("org", R.choice(self.orgs))
        if t == "ORG":
            return K("org", R.choice(GENORG + self.orgs))
        if t.startswith("O:"):
            return K("org", t[2:])
        if t == "R":
            return K("role", R.choice(ROLES))
        if t.startswith("R:"):
            return K("role", t[2:])
        if t == "AGE":
            return str(R.randint(36, 91))
        if t == "Y":
            return str(R.choice([2019, 2020, 2021, 2022, 2023, 2024]))
        if t == "AMT":
            return "€ %d,%02d" % (R.randint(40, 9000), R.choice([0, 0, 50, 25, 95]))
        if t == "AMTK":
            return "%d.%03d euro" % (R.randint(1, 38), R.randint(0, 999))
        if t == "MON":
            return R.choice(MONTHS)
        if t == "DUR":
            return R.choice(
                [
                    "drie weken",
                    "anderhalf jaar",
                    "zes maanden",
                    "twee jaar",
                    "een paar dagen",
                    "ruim een jaar",
                    "acht weken",
                ]
            )
        if t == "WD":
            return R.choice(DAYS)
        raise KeyError(t)

    def fill(self, s):
        return re.sub(r"<([^<>]+)>", self.tok, s)


# ---------------- templates (by register) ----------------
LESSON_HEAD = [
    "Casusles <W> – <MON> <Y>\n",
    "Geleerde les uit het SWT <W> (<CITY>)\n",
    "CASUS: vastgelopen hulp rond schulden\n",
    "Les voor andere teams — thema bemoeizorg\n",
    "Anoniem te maken casus (nog niet gedeeld!)\n",
    "Thema ouderen, casus uit <W>\n",
]
LESSON = [
    "Aanleiding: <CFULL> (<AGE>) werd in <MON> aangemeld door de <R:huisarts> omdat <ze> al <DUR> <haar> post niet meer opende.",
    "Situatie: <mw> <CL> woont sinds <Y> op de <A> in <W>, samen met <haar> dochter <KFf>.",
    "Het eerste huisbezoek was op <DL>; de <R> en ik troffen een huis vol onbetaalde rekeningen.",
    "<CF> vertelde dat <F2> (ex-partner) nog steeds sleutels heeft en soms onaangekondigd langskomt.",
    "Via <O:Veilig Thuis> (meldingsnr. <DOS>) bleek dat er eerder zorgen waren over de kinderen.",
    "Wat werkte: de <R:ervaringsdeskundige> <PF> ging mee naar het loket van <LORG>, waardoor <CF> zich minder schaamde.",
    "De schuld bij <LORG> liep op tot <AMTK>; er is een betalingsregeling gemaakt vanaf rekening <IB>.",
    "<Mw> <CL> had geen geldig ID meer, dus aanvraag bij de <ORG> liep <DUR> vertraging op.",
    "Les: zorg dat één persoon de regie houdt. In dit geval was dat <PF> als <R:casusregisseur>.",
    "Na overleg met <O:MEE> en de <R:Wmo-consulent> kreeg <CF> dagbesteding in het wijkcentrum van <W>.",
    "<Haar> zoon <KFm> (<KAGE> jr) kwam pas in beeld toen hij op <D> zelf belde naar <PH>.",
    "De buurvrouw, mevrouw <BL>, speelde een grote rol: zij bracht elke <WD> boodschappen.",
    "Adres voor de volledigheid: <A>, <PC> <CITY>. (Dit moet er natuurlijk uit voordat we het delen.)",
    "Bij de aanvraag bijzondere bijstand gebruikten we BSN <BSN>; daarna liep het via de <O:Sociale Dienst> binnen <DUR>.",
    "Wat niet werkte: drie keer een brief sturen naar <CINIT>. Pas een appje naar <PH> leverde een afspraak op.",
    "Volgens de <R:wijkverpleegkundige> (<PFULL>, <LORG>) was de dementie verder gevorderd dan gedacht.",
    "Belangrijk voor andere wijken: <CF> wilde absoluut geen <O:GGZ>, maar wel een kop koffie met <QF> van de <O:Voedselbank>.",
    "Contact liep eerst via <PH> en later vooral via <EM>.",
    "Ingeschreven op <A>, <PC> sinds <DL>, maar feitelijk sliep <ze> bij een vriendin.",
    "Toeslagen werden gestort op <IB>; op <D> bleek die rekening geblokkeerd.",
    "Op <DW> hebben we een keukentafelgesprek gehad met <CF>, <F2> en de <R:bewindvoerder>.",
]
LESSON_END = [
    "\nLes in één zin: blijf komen, ook als de deur dicht blijft.",
    "\nVragen? Bel <PF> via <PH>.",
    "\nOpgesteld door <PFULL>, <R>, <D>.",
    "\n— <PF> (<LORG>)",
    "\nDossier: <DOS>",
]

REPLY_HEAD = [
    "Hoi <PF>,\n",
    "@<PF> dank voor het delen!\n",
    "Re: casus <W>\n",
    "Reactie op de les van <QF>:\n",
    "Goeiemorgen allemaal,\n",
    "Herkenbaar <PF>!! ",
]
REPLY = [
    "Wij hadden bij ons in <W2> bijna hetzelfde met een meneer (<cl>), die ook elke hulp afwees.",
    "Heb je <CF> al gevraagd of de <O:Voedselbank> een optie is? Bij ons werkt dat als ingang.",
    "Ik zou <QF> van <LORG> even bellen, die weet alles van huurachterstanden: <PH>.",
    "Kleine tip: zet in je verslag niet het adres (<A>) erbij, dat leest iedereen mee 😉",
    "Bij <KF's> school hebben we toen de <R:jeugdconsulent> van het <O:CJG> ingeschakeld.",
    "Mail me gerust op <EMP>, dan stuur ik het format van ons plan van aanpak.",
    "Vorige week (<DS>) hadden wij intervisie over precies dit; <PF2> heeft de aantekeningen.",
    "Volgens mij is dit dezelfde meneer die bij ons bekend is onder <DOS>? Dan even afstemmen.",
    "Wat ons hielp: de <R:budgetcoach> kwam gewoon mee naar <CF> thuis, zonder afspraak vooraf.",
    "Ik heb <CL> nog gesproken op de markt, <ze> zei dat <ze> per <DL> gaat verhuizen naar <W2>.",
    "Hmm, ik twijfel. Bij mevrouw <L2> in <W2> escaleerde het juist toen we te snel gingen.",
    "Eens met <QF>. En vergeet de <R:mantelzorgconsulent> niet, <F2> is echt overbelast.",
    "Is er toestemming van <CF> om dit te delen? Staat er een getekende verklaring in het dossier?",
    "Dag <QF>, het 06-nummer van <CF's> broer is <PH>, hij wil wel meedenken.",
    "<CF> en <RF> (buurvrouw) hebben samen een klacht ingediend bij <LORG>; ik heb het ticketnummer <DOS>.",
    "Let op, in je bijlage stond nog het BSN van <CF> (<BSN>)! Graag even weghalen.",
    "Ons teamnummer is <PH> (niet het algemene nummer), vraag naar de dienstdoende collega.",
    "Trouwens: de brief van <D> met kenmerk <DOS> ging naar het oude adres, <A>.",
    "Ik ken <QFULL> van <LORG> nog van vroeger, zal haar eens polsen.",
]
REPLY_END = [
    "\nGroet, <PF>",
    "\nGr <pf>",
    "\n\n<PFULL>\n<R> | <LORG>\n<PH>",
    "\nSucces! <QF>",
    "",
    "\n— <PF>, <R:wijkcoach> <W>",
]
REPLY = [r.replace("<PF2>", "<RF>") for r in REPLY]

RAP_HEAD = [
    "Rapportage <CINIT> – cliëntnr <DOS>\n",
    "Journaal <cl>\n",
    "RAPP. <DS>\n",
    "Voortgang dossier <DOS> (<CFULL>)\n",
    "Notitie HB <cf> <cl>\n",
]
RAP = [
    "<DS>: HB bij <mwa> <cl>, <A>. Niet thuis, briefje in bus.",
    "<DS> tel contact met dochter <F2f> (<PH>), maakt zich zorgen om <moeder>.",
    "<D> - <mwa> <CL> belt zelf, wil afspraak verzetten nr wo.",
    "Gesprek met <CF> + <R:woonconsulent> van <LORG>: huurachterstand <AMT>, ontruiming dreigt.",
    "<mwa> <cl> nog steeds geen inkomen, aanvraag PW loopt (zaaknr <DOS>).",
    "Bewindvoering aangevraagd; rek.nr. cl. <IB>, BSN <BSN>.",
    "<DW> overleg met <PFULL> (<R>), afgesproken dat zij de GGZ-route oppakt.",
    "pc/adres klopt niet in systeem: moet zijn <A>, <PC>.",
    "cl. geeft aan dat <F2mFULL> (broer) geld leent en niet terugbetaalt.",
    "email cl: <EM> – alleen gebruiken voor afspraken!!",
    "Volgende afspraak <DL> om 10.30 bij <LORG>, <PF> gaat mee.",
    "<mwa>. <CLc> slaapt slecht, eet weinig; <R:huisarts> dr. <QL> ingelicht op <DS>.",
    "Melding <O:Veilig Thuis> gedaan ivm signalen huiselijk geweld, ref. <DOS>.",
    "<KFm> (zoon, <KAGE>) aanwezig bij gesprek, vertaalt voor <moeder>.",
    "<DS> brief ontvangen van <LORG> d.d. <D>, kenmerk <DOS>.",
    "Nieuw adres per <DL>: <A> (<PC>).",
    "IBAN voor huurbetaling: <IB>, inkomen komt binnen op <DS> (wisselend).",
    "BSN cl.: <BSN> (gecheckt in Suwinet op <DS>).",
    "tel: <PH> / <PH>  (tweede nr is van buurman <BL>)",
]
RAP_END = [
    "\n-- <pf>",
    "\nrapp. <PINIT>",
    "\nBijgewerkt <D> door <PF>.",
    "",
    "\nAP: <PF> belt <LORG>.",
]

MIN_HEAD = [
    "Notulen wijkzorgoverleg <W>, <DW>\n",
    "Verslag MDO SWT <W> (<CITY>) d.d. <D>\n",
    "Notulen casusoverleg <D>\n",
    "MINUTES overleg <LORG>/<O:GGD> – <DL>\n",
]
MIN_AANW = [
    "Aanwezig: <PFULL> (<R>), <QF> (<LORG>), <R:wijkverpleegkundige> <O:Buurtzorg>\nAfwezig m.k.: <RF>\n",
    "Aanwezig: vertegenwoordigers <LORG>, <O:MEE>, <O:GGD>; <PF> (vz)\n",
    "Aanw.: <PF>, <QF>, <RF>, <RF> (notulist)\n",
    "Aanwezig: <PINIT> (vz), <QFULL>, <R:wijkagent> <RFULL>\n",
]
MIN = [
    "1. Opening. <PF> opent om 9.15 en heet <QF> welkom, nieuw in het team namens <LORG>.",
    "2. Casus <cl> (<DOS>): situatie stabiel, schuldsanering loopt bij de <O:Kredietbank>.",
    "3. Casus fam. <CL>, <A>: zorgen om de jongste (<KF>). <QF> neemt contact op met de <R:jeugdconsulent>.",
    "Besluit: <CF> wordt aangemeld voor dagbesteding bij <LORG>, uiterlijk <DL>.",
    "Mededeling: <RFULL> gaat met zwangerschapsverlof per <DL>; vervanging volgt.",
    "Rondvraag: <QF> vraagt wie contact heeft met <F2FULL> in <W2>. Niemand, wordt uitgezocht.",
    "4. Thema huiselijk geweld: expertmeeting in april, <PF> en <RF> sluiten aan.",
    "De <R:wijkagent> meldt overlast op de <A> (bewoner bekend: <CINIT>).",
    "AP: <PF> mailt het verslag naar <EMP> voor <DS>.",
    "Casus <CF> (<AGE> jr, <W>): toestemmingsverklaring is getekend op <D>.",
    "Casus <CINIT>, bsn <BSN>: aanvraag beschermd wonen bij <LORG> ingediend.",
    "Volgend overleg: <DW>, locatie wijkcentrum <W>.",
    "5. Bemoeizorg: <QF> is <DUR> niet binnengekomen bij <mwa> <cl>; <O:GGD> inschakelen.",
    "Casus <DOS>: nieuw adres <A>, <PC>; vervolgafspraak <DS>.",
    "Betaalrekening cliënt (<IB>) staat nog op naam van ex; <O:Juridisch Loket> kijkt mee.",
    "Actiepunt <QF>: BSN van cliënt (<BSN>) controleren bij aanvraag <O:Wmo-loket>.",
]
MIN_END = [
    "\nSluiting 11.00. Notulist: <RF>.",
    "\nVolgende keer: <DS>.",
    "",
    "\nActielijst bijgewerkt door <PF>.",
]

REG = {
    "lesson": (LESSON_HEAD, LESSON, LESSON_END, (4, 7)),
    "reply": (REPLY_HEAD, REPLY, REPLY_END, (2, 4)),
    "rapportage": (RAP_HEAD, RAP, RAP_END, (3, 7)),
    "minutes": (MIN_HEAD, MIN, MIN_END, (3, 7)),
}

# decoy sentences: words that look like names but are not personal data
DECOY = [
    " Hij werkte vroeger als visser in IJmuiden.",
    " Ze haalt haar brood bij de bakker op de hoek.",
    " In mei wordt er opnieuw gekeken.",
    " Na de storm van vorig jaar is het dak nog steeds lek.",
    " Er is weinig hoop op een snelle oplossing.",
    " Een roos op tafel, verder was het huis leeg.",
    " De koster van de kerk kent de familie goed.",
    " Hij draagt altijd een groene jas, ook bij 25 graden.",
    " Het gesprek duurde anderhalf uur.",
    " Hij is 58 en heeft sinds 2019 geen werk.",
    "",
]


def make(i):
    ctx = Ctx()
    reg = ["lesson", "reply", "rapportage", "minutes"][i % 4]
    head, body, end, (lo, hi) = REG[reg]
    parts = [R.choice(head)]
    if reg == "minutes":
        parts.append(R.choice(MIN_AANW))
    n = R.randint(lo, hi)
    if i % 11 == 5:
        n = 1
    if i % 13 == 7:
        n = hi + 2
    sents = R.sample(body, n)
    sep = "\n" if reg in ("rapportage", "minutes") else " "
    parts.append(sep.join(sents))
    if R.random() < 0.4:
        parts.append(R.choice(DECOY))
    parts.append(R.choice(end))
    raw = ctx.fill("".join(parts))
    return raw


MARK = re.compile(r"\[\[(\w+):([^\]]+)\]\]|\{\{(\w+):([^}]+)\}\}")


def strip(raw):
    out, pii, keep, pos = [], [], [], 0
    last = 0
    for m in MARK.finditer(raw):
        out.append(raw[last : m.start()])
        pos += m.start() - last
        if m.group(1):
            lab, t, tgt = m.group(1), m.group(2), pii
        else:
            lab, t, tgt = m.group(3), m.group(4), keep
        tgt.append({"start": pos, "end": pos + len(t), "label": lab, "text": t})
        out.append(t)
        pos += len(t)
        last = m.end()
    out.append(raw[last:])
    return "".join(out), pii, keep


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    for i in range(104):
        text, pii, keep = strip(make(i))
        assert "[[" not in text and "{{" not in text
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"]
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (a, b)
        assert pii
        recs.append({"id": "ho25-%04d" % i, "text": text, "pii": pii, "keep": keep})
    # checks
    for r in recs:
        for s in r["pii"]:
            if s["label"] == "bsn":
                d = [int(c) for c in s["text"] if c.isdigit()]
                assert len(d) == 9 and (sum(d[k] * (9 - k) for k in range(8)) - d[8]) % 11 == 0
            if s["label"] == "iban":
                x = s["text"].replace(" ", "").upper()
                assert (
                    int("".join(str(ord(c) - 55) if c.isalpha() else c for c in x[4:] + x[:4])) % 97
                    == 1
                )
    with open(os.path.join(here, "heldout25.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = sum(len(r["text"].split()) for r in recs) / len(recs)
    print(len(recs), "texts; avg words %.1f" % words)
    print("pii", dict(pc), sum(pc.values()))
    print("keep", dict(kc))


if __name__ == "__main__":
    main()
