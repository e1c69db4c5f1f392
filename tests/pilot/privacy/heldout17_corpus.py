#!/usr/bin/env python3
"""Held-out corpus 17: seeded generator (random.Random(17)).

Registers: flattened intake/referral forms, handover notes between shifts,
timeline logs, letters (landlord / bewindvoerder / school), meeting minutes
with action lists, lesson-summary paragraphs.

Spans are written as markup ([[label:text]] for pii, {{label:text}} for keep)
and stripped programmatically, so offsets are right by construction.
Writes heldout17.jsonl next to this file.  stdlib only.
"""

import datetime
import json
import os
import random
import re
import unicodedata
from collections import Counter

R = random.Random(17)
N_TEXTS = 132


def ch(seq):
    return R.choice(seq)


def P(label, text):
    return "[[" + label + ":" + text + "]]"


def K(label, text):
    return "{{" + label + ":" + text + "}}"


def S_(s):
    return [x.strip() for x in s.split("|") if x.strip()]


# --------------------------------------------------------------------------
# name pools: origin -> (male first names, female first names, surnames)
# --------------------------------------------------------------------------
NAMES = {
    "nl": (
        S_(
            "Daan|Thijs|Bram|Kees|Henk|Wim|Sjaak|Jeroen|Ruud|Bas|Jesse|Ties|Job|Gijs|Cor|Gert-Jan|"
            "Joost|Dirk|Harm|Pieter|Willem|Koen|Sven|Rutger|Arie|Teun|Lars|Stijn|Freek|Hugo|Storm"
        ),
        S_(
            "Sanne|Anouk|Joke|Gerda|Ria|Truus|Marloes|Femke|Ilse|Mirjam|Lotte|Roos|Merel|Fleur|Iris|"
            "Sterre|Hanneke|Wilma|Annemiek|Maaike|Liesbeth|Jannie|Ineke|Mieke|Esther|Petra|Linda|Ellen|"
            "Lieke|Noor|Bloem|Jade|Amber"
        ),
        S_(
            "de Vries|Jansen|de Jong|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Dekker|"
            "Brouwer|de Wit|Dijkstra|de Graaf|van der Meer|van der Linden|Kok|de Haan|Vermeulen|"
            "van den Berg|van der Heijden|van Dijk|Koster|Roos|de Hoop|Zwart|Groen|Schipper|Molenaar|"
            "Winter|Post|Kuiper|Prins|Koning|van 't Hof|ter Horst|te Velde|in 't Veld|op den Kamp|"
            "van Vliet|de Ridder|de Lange|Vogel|Wolf|de Beer|Zomer|van der Wal|Timmermans|Hoogland|"
            "van Leeuwen|Verbeek|Schaap|van Rijn|Boom"
        ),
    ),
    "ma": (
        S_(
            "Mohamed|Mounir|Youssef|Rachid|Hamid|Soufiane|Zakaria|Bilal|Redouan|Said|Anouar|Karim|Mustafa"
        ),
        S_(
            "Fatima|Khadija|Samira|Nadia|Latifa|Ilham|Naima|Hanane|Imane|Malika|Salma|Yasmina|Houria"
        ),
        S_(
            "El Amrani|Ait Taleb|Benali|El Idrissi|Azzouzi|Oulad Ali|Boukhari|Chaouch|Ouaziz|Haddouchi|"
            "El Hamdaoui|Tahiri|Bakkali|Ziani|Ben Haddou|Abarkan|el Messaoudi"
        ),
    ),
    "tr": (
        S_("Emre|Mehmet|Burak|Serkan|Yusuf|Hakan|Cem|Murat|Ömer|Kemal"),
        S_("Esra|Ayşe|Fatma|Hatice|Gülay|Elif|Zeynep|Derya|Kübra|Songül|Sibel"),
        S_(
            "Yılmaz|Yilmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Ozturk|Aydın|Arslan|Doğan|Kılıç|Yıldız|Koç|"
            "Aksoy|Güler|Polat"
        ),
    ),
    "hi": (
        S_("Radj|Sunil|Ravi|Rishi|Vijay|Anand|Dinesh"),
        S_("Shanti|Anita|Priya|Kiran|Sharmila|Devika|Amrita|Reshma"),
        S_(
            "Ramsaran|Jagesar|Mahabier|Bhoendie|Kalloe|Ramautar|Sewdien|Soekhai|Mangroe|Ramlal|Bisoen|Chotkan"
        ),
    ),
    "sr": (
        S_("Romano|Marvin|Glenn|Quincy|Jurgen|Melvin|Errol"),
        S_("Ingrid|Sharon|Roxanne|Gracia|Rosita|Jennifer"),
        S_("Pinas|Doelwijt|Brunings|Sabajo|Tjon A Fong|Emanuels|Fer|Vlijter|Lie A Ling|Zeegelaar"),
    ),
    "an": (
        S_("Shurendy|Jeandro|Rignald|Jairzinho|Giandro"),
        S_("Yaira|Zuleika|Nathaly|Sharelle|Naomi"),
        S_("Martina|Isenia|Rosalia|Croes|Maduro|Koeiman|Winklaar|Bernadina|Cijntje|Janga"),
    ),
    "cv": (
        S_("João|Manuel|Nilton|Ailton|Carlos"),
        S_("Maria|Djamila|Edna|Celeste|Ana"),
        S_("Lopes|Tavares|Fortes|dos Santos|da Silva|Monteiro|Gomes|Semedo|Rodrigues|Andrade"),
    ),
    "pl": (
        S_("Krzysztof|Piotr|Tomasz|Marek|Wojciech|Paweł"),
        S_("Agnieszka|Katarzyna|Małgorzata|Ewa|Joanna|Magda"),
        S_(
            "Kowalczyk|Nowak|Wiśniewski|Wójcik|Kamińska|Lewandowski|Zielińska|Szymański|Kaczmarek|Dąbrowska"
        ),
    ),
    "bg": (
        S_("Ivan|Dimitar|Stoyan|Georgi|Nikolay"),
        S_("Petya|Ralitsa|Yordanka|Desislava|Mariya"),
        S_("Ivanova|Petrov|Georgieva|Dimitrov|Stoyanov|Todorova|Kostadinov"),
    ),
    "ro": (
        S_("Ionuț|Mihai|Florin|Vasile|Adrian"),
        S_("Andreea|Ioana|Cristina|Elena|Roxana"),
        S_("Popescu|Ionescu|Constantin|Dumitru|Stan|Munteanu|Lungu"),
    ),
    "sy": (
        S_("Ahmad|Omar|Khaled|Majd|Tarek|Bassel"),
        S_("Rania|Lina|Ghalia|Yara|Dima|Hala"),
        S_("Al Hassan|Alkhatib|Haddad|Al-Masri|Khalil|Darwish|Nasser|Al Ahmad|Kassab"),
    ),
    "er": (
        S_("Tesfay|Yohannes|Mehari|Filmon|Dawit"),
        S_("Semhar|Helen|Senait|Aster|Luwam|Selam"),
        S_("Tesfamariam|Ghebremedhin|Habte|Kidane|Berhane|Woldu|Tekle|Yemane"),
    ),
    "so": (
        S_("Abdirahman|Mahad|Abdi|Liban|Guled"),
        S_("Hodan|Faadumo|Ayaan|Hibaaq|Sahra|Nimco"),
        S_("Farah|Warsame|Jama|Abdullahi|Osman|Hersi|Aden|Dirie"),
    ),
    "af": (
        S_("Farid|Mahmood|Sohrab|Wahid|Jawad"),
        S_("Zahra|Nasrin|Fereshta|Mariam|Shabnam|Parwana"),
        S_("Ahmadzai|Popal|Noori|Hakimi|Rahimi|Sultani|Wardak|Karimi"),
    ),
    "cn": (
        S_("Wei|Jun|Hao|Bo"),
        S_("Mei|Li Na|Ling|Yan|Xiu"),
        S_("Chen|Wang|Zhang|Lin|Liu|Huang|Wu|Zhou"),
    ),
    "gh": (
        S_("Kwame|Kofi|Yaw|Kwabena|Kojo"),
        S_("Akosua|Ama|Abena|Efua|Adwoa"),
        S_("Mensah|Owusu|Boateng|Asante|Appiah|Osei|Agyeman|Acheampong"),
    ),
    "mo": (
        S_("Johny|Ronny|Frans"),
        S_("Rosa|Nella|Ina"),
        S_("Pattiasina|Tahapary|Sahetapy|Lekatompessy|Latuny|Wattimena"),
    ),
    "ku": (S_("Dler|Karwan|Aram"), S_("Shilan|Nazdar|Avin"), S_("Hamad|Salih|Barzinji|Rasul")),
}
ORIGIN_W = {
    "nl": 30,
    "ma": 10,
    "tr": 9,
    "hi": 6,
    "sr": 5,
    "an": 4,
    "cv": 3,
    "pl": 4,
    "bg": 3,
    "ro": 3,
    "sy": 4,
    "er": 3,
    "so": 3,
    "af": 3,
    "cn": 2,
    "gh": 3,
    "mo": 2,
    "ku": 2,
}
ORIGINS = list(ORIGIN_W)

WIJKEN = S_(
    "Schilderswijk|Transvaal|Mariahoeve|Moerwijk|Laak|Escamp|Bouwlust|Vrederust|Morgenstond|"
    "Spoorwijk|Duindorp|Scheveningen|Segbroek|Regentessekwartier|Zeeheldenkwartier|Stationsbuurt|"
    "Rustenburg|Oostbroek|Leyenburg|Waldeck|Kijkduin|Loosduinen|Bohemen|Ypenburg|Leidschenveen|"
    "Wateringse Veld|Haagse Hout|Bezuidenhout|Duinoord|Valkenboskwartier|Heesterbuurt|Bomenbuurt|"
    "Houtwijk|Zuiderpark|Groente- en Fruitmarkt|Rivierenbuurt|Kraayenstein|Laakkwartier|"
    "Regentessekwartier|Bloemenbuurt|Vruchtenbuurt|Centrum"
)
# organisations by kind
ORG = {
    "woning": S_("Haag Wonen|Staedion|Vestia|Wooninvest|Arcade|Vidomes"),
    "zorg": S_(
        "Parnassia|GGZ|Florence|Haagse Wijk- en Woonzorg|HWW Zorg|Buurtzorg|Brijder|Indigo|"
        "Fivoor|Ipse de Bruggen|Middin|MEE|Cardia|Youz|Jutters|Sensoor"
    ),
    "welzijn": S_(
        "Xtra|Stichting MOOI|Zebra Welzijn|PEP|Humanitas|VluchtelingenWerk|Leger des Heils|"
        "Kessler Stichting|Voedselbank|Sociaal Raadslieden|Humanitas Thuisadministratie|"
        "Welzijn Scheveningen|Wijkcentrum De Mussen"
    ),
    "gemeente": S_(
        "Wmo-loket|Servicepunt XL|Dienst SZW|Schuldhulpverlening|CJG|Jeugdteam|"
        "Bureau Leerplicht|Gemeente Den Haag|GGD Haaglanden"
    ),
    "rijk": S_(
        "UWV|SVB|Belastingdienst|DUO|CAK|Raad voor de Kinderbescherming|Jeugdbescherming west|"
        "Reclassering Nederland|Juridisch Loket|politie"
    ),
    "veilig": S_("Veilig Thuis"),
    "school": S_(
        "basisschool De Regenboog|OBS De Springplank|ROC Mondriaan|Johan de Witt-scholengroep|"
        "Hofstad Lyceum|Edith Stein College|Haags Montessori Lyceum|De Piramide"
    ),
    "schuldeiser": S_(
        "Belastingdienst|CAK|DUO|CJIB|Zilveren Kruis|VGZ|CZ|Eneco|Vattenfall|Dunea|SVB"
    ),
    "inkomen": S_("UWV|SVB|Belastingdienst|Dienst SZW|DUO|CAK"),
    "bewind": S_(
        "Bewindvoering Hofstad|Haags Bewind|Budgetbeheer Haaglanden|Kredietbank|"
        "Stichting Bewindvoering Zuid-Holland"
    ),
    "zh": S_("HMC|HagaZiekenhuis|Bronovo|Haaglanden Medisch Centrum|Antoniushove|Reinier de Graaf"),
}
ROLES = S_(
    "wijkverpleegkundige|casusregisseur|maatschappelijk werker|Wmo-adviseur|ouderenconsulent|"
    "casemanager dementie|MEE-consulent|welzijnscoach|schuldhulpverlener|wijkagent|huisarts|"
    "POH-GGZ|bewindvoerder|mentor|jeugdconsulent|woonconsulent|trajectbegeleider|"
    "ambulant begeleider|klantmanager|budgetcoach|leerplichtambtenaar|intern begeleider|"
    "jongerencoach|teamleider|gedragswetenschapper|ervaringsdeskundige|buurtcoach|opbouwwerker|"
    "sociaal raadsman|praktijkondersteuner|ouderenadviseur|consulent|verpleegkundig specialist|"
    "psychiater|zorgcoördinator|gezinscoach"
)
TEAM_ROLES = S_(
    "wijkverpleegkundige|casusregisseur|maatschappelijk werker|Wmo-adviseur|ouderenconsulent|"
    "MEE-consulent|welzijnscoach|schuldhulpverlener|casemanager dementie|ouderenadviseur|"
    "buurtcoach|gezinscoach"
)
ROLE_ABBR = {
    "wijkverpleegkundige": "WV",
    "maatschappelijk werker": "MW",
    "Wmo-adviseur": "Wmo",
    "casusregisseur": "CR",
    "ouderenconsulent": "OC",
    "MEE-consulent": "MEE",
    "welzijnscoach": "WC",
    "schuldhulpverlener": "SHV",
    "casemanager dementie": "CMD",
    "ouderenadviseur": "OA",
    "buurtcoach": "BC",
    "gezinscoach": "GC",
}

STREETS = S_(
    "Hoefkade|Leyweg|Vaillantlaan|Weimarstraat|Paul Krugerlaan|Loosduinseweg|Hobbemastraat|"
    "Jacob Catsstraat|De la Reyweg|Zuiderparklaan|Erasmusweg|Moerweg|Dedemsvaartweg|Meppelweg|"
    "Escamplaan|Beeklaan|Valkenboslaan|Fahrenheitstraat|Laakkade|Rijswijkseweg|Wouwermanstraat|"
    "Delftselaan|Apeldoornselaan|Heesterstraat|Westduinweg|Kijkduinsestraat|Loosduinse Hoofdstraat|"
    "Dierenselaan|Troelstrakade|Schalk Burgerstraat|Herman Costerstraat|Betje Wolffplein|"
    "Van Musschenbroekstraat|Vlierboomstraat|Cromvlietkade|Melis Stokelaan|Hengelolaan|"
    "Anna Blamanplein|Zichtenburglaan|Mient|Prinses Margrietplantsoen|Stuwstraat|Oudemansstraat|"
    "Teniersstraat|Jan Blankenstraat|Ketelstraat|Soestdijksekade|Lijsterbesstraat|Bazarstraat|"
    "Vaandelstraat|Jan Hendrikstraat|Scheveningseweg|Duinstraat|Wassenaarsestraat|Dr. Lelykade|"
    "Elandstraat|Goudenregenstraat|Ruysdaelstraat|Van Ostadestraat|Parallelweg|Conradkade|"
    "Hanenburglaan|Leggeloostraat|Nunspeetlaan|Steijnlaan|Gaslaan|Fruitweg|Hoytemastraat"
)
OTHER_TOWNS = [
    ("Rijswijk", 2280, 2289),
    ("Delft", 2611, 2629),
    ("Zoetermeer", 2711, 2729),
    ("Leidschendam", 2261, 2267),
    ("Voorburg", 2271, 2275),
    ("Wateringen", 2291, 2292),
]

MONTHS = S_(
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
MON_ABBR = S_("jan|feb|mrt|apr|mei|jun|jul|aug|sept|okt|nov|dec")
WEEKDAYS = S_("maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag")
WD_ABBR = S_("ma|di|wo|do|vr|za|zo")

# --------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def bsn_raw():
    while True:
        d = [R.randint(1, 6)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(d[i] * (9 - i) for i in range(8))
        d9 = s % 11
        if d9 < 10:
            return "".join(map(str, d + [d9]))


def bsn_ok(s):
    s = re.sub(r"[^0-9]", "", s)
    if len(s) != 9:
        return False
    tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
    return tot % 11 == 0


def fmt_bsn():
    b = bsn_raw()
    f = R.random()
    if f < 0.45:
        return b
    if f < 0.65:
        return b[:4] + "." + b[4:6] + "." + b[6:]
    if f < 0.85:
        return b[:3] + " " + b[3:6] + " " + b[6:]
    return b[:3] + "." + b[3:6] + "." + b[6:]


def iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def make_iban(country="NL"):
    if country == "NL":
        bank = ch(S_("ABNA|INGB|RABO|SNSB|TRIO|ASNB|KNAB|BUNQ|RBRB|FVLB"))
        bban = bank + digits(10)
    else:  # Belgian: 10 digits + national mod-97 check
        x = str(R.randint(1, 9)) + digits(9)
        m = int(x) % 97 or 97
        bban = x + "%02d" % m
    chk = 98 - int(iban_num(bban + country + "00")) % 97
    return country + "%02d" % chk + bban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return int(iban_num(s[4:] + s[:4])) % 97 == 1


def fmt_iban():
    i = make_iban("BE" if R.random() < 0.08 else "NL")
    f = R.random()
    if f < 0.5:
        return " ".join(i[k : k + 4] for k in range(0, len(i), 4))
    if f < 0.92:
        return i
    return (
        i.lower()
        if R.random() < 0.5
        else " ".join(i[k : k + 4] for k in range(0, len(i), 4)).lower()
    )


def fmt_phone(kind=None):
    kind = kind or ch(["mob"] * 6 + ["vast"] * 3 + ["buit"])
    if kind == "mob":
        d = "6" + digits(8)
        return ch(
            [
                "0" + d[:1] + "-" + d[1:],
                "0" + d[:1] + " " + d[1:],
                "0" + d[:1] + " " + d[1:5] + " " + d[5:],
                "0" + d[:1] + "-" + d[1:5] + " " + d[5:],
                "0" + d,
                "0" + d[:1] + " " + " ".join(d[k : k + 2] for k in range(1, 9, 2)),
                "+31 " + d[0] + " " + d[1:],
                "+31 (0)" + d[0] + " " + d[1:5] + " " + d[5:],
                "+31" + d[0] + " " + d[1:],
                "0031 " + d[0] + " " + d[1:5] + " " + d[5:],
                "06-" + d[1:3] + " " + d[3:5] + " " + d[5:7] + " " + d[7:],
            ]
        )
    if kind == "vast":
        area = ch(["70"] * 6 + ["10", "15", "79", "71", "174"])
        n = digits(9 - len(area))
        if len(area) == 2:
            return ch(
                [
                    "0" + area + "-" + n,
                    "(0" + area + ") " + n[:3] + " " + n[3:5] + " " + n[5:],
                    "0" + area + " " + n[:3] + " " + n[3:],
                    "0" + area + " - " + n[:3] + " " + n[3:5] + " " + n[5:],
                    "+31 " + area + " " + n[:3] + " " + n[3:],
                    "0" + area + n,
                    "0" + area + "-" + n[:3] + " " + n[3:5] + " " + n[5:],
                ]
            )
        return ch(["0" + area + "-" + n, "(0" + area + ") " + n[:2] + " " + n[2:4] + " " + n[4:]])
    return ch(
        [
            "+48 " + digits(3) + " " + digits(3) + " " + digits(3),
            "+359 88 " + digits(3) + " " + digits(4),
            "+40 7" + digits(2) + " " + digits(3) + " " + digits(3),
            "+32 4" + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2),
            "+90 5" + digits(2) + " " + digits(3) + " " + digits(2) + " " + digits(2),
            "+212 6 " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2),
            "+597 8" + digits(2) + "-" + digits(4),
            "+599 9 5" + digits(2) + " " + digits(4),
            "00 48 " + digits(9),
        ]
    )


def postcode(town=None):
    if town and town != "Den Haag":
        lo, hi = [(a, b) for (t, a, b) in OTHER_TOWNS if t == town][0]
        num = R.randint(lo, hi)
    else:
        num = R.randint(2491, 2597)
    while True:
        let = ch("ABCDEGHJKLMNPRSTVWXZ") + ch("ABCDEGHJKLMNPRSTVWXZ")
        if let not in ("SA", "SD", "SS"):
            break
    f = R.random()
    if f < 0.6:
        return "%d %s" % (num, let)
    if f < 0.9:
        return "%d%s" % (num, let)
    return "%d %s" % (num, let.lower())


def house_number():
    n = str(R.choice([R.randint(1, 40), R.randint(1, 40), R.randint(40, 399)]))
    suf = ch(
        [""] * 8
        + [
            "A",
            "B",
            "a",
            "-hs",
            " hs",
            "-huis",
            "-1",
            "-2",
            "-II",
            " III",
            " bis",
            "-B",
            "-C",
            "-3",
            "b",
            " 2e verd.",
            "-I",
            "-boven",
        ]
    )
    return n + suf


def street_short(s):
    if s.endswith("straat") and R.random() < 0.3:
        return s[:-6] + "str."
    if s.endswith("laan") and R.random() < 0.2:
        return s[:-4] + "ln"
    if s.startswith("Jacob ") and R.random() < 0.5:
        return "Jac. " + s[6:]
    if s.startswith("Van ") and R.random() < 0.5:
        return "v. " + s[4:]
    return s


def deaccent(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ș", "s").replace("ț", "t")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s


DOSSIER_FMTS = [
    lambda y: "%d-%s" % (y, digits(5)),
    lambda y: "SZW-" + digits(6),
    lambda y: "VT-%d-%s" % (y, digits(4)),
    lambda y: "#" + digits(5),
    lambda y: digits(7),
    lambda y: "WMO-%d-%s" % (y, digits(5)),
    lambda y: "SHV/%02d/%s" % (y % 100, digits(4)),
    lambda y: "%02d/0%s" % (y % 100, digits(4)),
    lambda y: "C-" + digits(6),
    lambda y: "BW-%s-%s" % (digits(4), ch(["HK", "ZH", "DH", "LP"])),
    lambda y: "HW" + digits(7),
    lambda y: "%d.%s.%s" % (y, digits(3), digits(3)),
    lambda y: "JB-%s-%02d" % (digits(5), y % 100),
    lambda y: "U%d/%s" % (y, digits(5)),
    lambda y: "D" + digits(6),
    lambda y: "%s-%s" % (digits(4), digits(4)),
    lambda y: "P-%02d-%s" % (y % 100, digits(4)),
    lambda y: "SWT%s-%s" % (ch(["03", "11", "17", "22"]), digits(4)),
    lambda y: "RvdK %s" % digits(6),
    lambda y: "%s %s %s" % (digits(3), digits(3), digits(2)),
]


def dossier():
    return ch(DOSSIER_FMTS)(R.choice([2022, 2023, 2024, 2024, 2025]))


def rand_date(y0=2023, y1=2025):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 6, 30).toordinal()
    return datetime.date.fromordinal(R.randint(a, b))


def fmt_date(d, style="any"):
    dd, mm, y = d.day, d.month, d.year
    wd = d.weekday()
    long_ = [
        "%d %s %d" % (dd, MONTHS[mm - 1], y),
        "%d %s" % (dd, MONTHS[mm - 1]),
        "%02d-%02d-%d" % (dd, mm, y),
        "%d-%d-%d" % (dd, mm, y),
        "%d-%d-'%02d" % (dd, mm, y % 100),
        "%02d-%02d-%02d" % (dd, mm, y % 100),
        "%02d/%02d/%d" % (dd, mm, y),
        "%d.%d.%02d" % (dd, mm, y % 100),
        "%d-%02d-%02d" % (y, mm, dd),
        "%s %d %s" % (WEEKDAYS[wd], dd, MONTHS[mm - 1]),
        "%s %d %s %d" % (WEEKDAYS[wd].capitalize(), dd, MONTHS[mm - 1], y),
        "%d %s" % (dd, MON_ABBR[mm - 1]),
        "%d %s." % (dd, MON_ABBR[mm - 1])
        if MON_ABBR[mm - 1] != MONTHS[mm - 1]
        else "%d %s" % (dd, MONTHS[mm - 1]),
        "%d %s '%02d" % (dd, MON_ABBR[mm - 1], y % 100),
        "%s %d-%d" % (WEEKDAYS[wd], dd, mm),
        "%s %d/%d" % (WD_ABBR[wd], dd, mm),
        "%d %s %d" % (dd, MONTHS[mm - 1].capitalize(), y),
    ]
    short = [
        "%d/%d" % (dd, mm),
        "%d-%d" % (dd, mm),
        "%02d-%02d" % (dd, mm),
        "%d/%d" % (dd, mm),
        "%s %d/%d" % (WD_ABBR[wd], dd, mm),
        "%d.%d" % (dd, mm),
        "%d %s" % (dd, MON_ABBR[mm - 1]),
        "%02d/%02d" % (dd, mm),
    ]
    birth = [
        "%02d-%02d-%d" % (dd, mm, y),
        "%d %s %d" % (dd, MONTHS[mm - 1], y),
        "%02d.%02d.%d" % (dd, mm, y),
        "%d-%d-%d" % (dd, mm, y),
        "%02d/%02d/%d" % (dd, mm, y),
        "%d-%02d-%02d" % (y, mm, dd),
        "%d %s %d" % (dd, MON_ABBR[mm - 1], y),
    ]
    pool = {"any": long_, "short": short, "birth": birth}[style]
    return ch(pool)


# --------------------------------------------------------------------------
# persons
# --------------------------------------------------------------------------
REL_G = {
    "dochter": "v",
    "zoon": "m",
    "buurvrouw": "v",
    "buurman": "m",
    "zus": "v",
    "broer": "m",
    "moeder": "v",
    "vader": "m",
    "ex-partner": None,
    "partner": None,
    "kleinzoon": "m",
    "kleindochter": "v",
    "nicht": "v",
    "neef": "m",
    "schoonzoon": "m",
    "schoondochter": "v",
    "vriendin": "v",
    "vriend": "m",
    "oom": "m",
    "tante": "v",
    "echtgenoot": "m",
    "echtgenote": "v",
}
SAME_SUR = {"dochter", "zoon", "zus", "broer", "vader", "kleinzoon", "kleindochter", "oom"}


def new_person(origin=None, g=None, sur=None):
    origin = origin or R.choices(ORIGINS, weights=[ORIGIN_W[o] for o in ORIGINS])[0]
    g = g or ch("mv")
    male, female, surs = NAMES[origin]
    first = ch(male if g == "m" else female)
    if sur is None:
        if R.random() < 0.12:  # mixed couples, adoption, etc.
            sur = ch(NAMES[ch(ORIGINS)][2])
        else:
            sur = ch(surs)
    return {"first": first, "sur": sur, "g": g, "origin": origin}


def cap_first(s):
    return s[:1].upper() + s[1:]


class Ctx:
    def __init__(self, low=0.0):
        self.low = low  # probability of lower-casing a name
        self.client = new_person()
        self.wijk = ch(WIJKEN)
        self.rels = {}
        self.pros = {}
        self.street = ch(STREETS)
        self.hn = house_number()
        self.pc = postcode()
        self.age = R.randint(19, 91)
        self.year = R.choice(range(2008, 2023))
        g = self.client["g"]
        self.zij = "ze" if g == "v" else "hij"
        self.haar = "haar" if g == "v" else "zijn"
        self.MW = "Mevrouw" if g == "v" else "Meneer"

    # -- people -----------------------------------------------------------
    def rel(self, kind):
        if kind not in self.rels:
            g = REL_G.get(kind) or ch("mv")
            sur = self.client["sur"] if (kind in SAME_SUR and R.random() < 0.8) else None
            origin = self.client["origin"] if R.random() < 0.85 else None
            while True:
                q = new_person(origin, g, sur)
                if sur or q["sur"] != self.client["sur"]:
                    break
            self.rels[kind] = q
        return self.rels[kind]

    def pro(self, role):
        if role not in self.pros:
            origin = "nl" if R.random() < 0.55 else None
            self.pros[role] = new_person(origin)
        return self.pros[role]

    def _low(self, s):
        return s.lower() if R.random() < self.low else s

    def F(self, p):
        return P("person", self._low(p["first"]))

    def FN(self, p):
        return P("person", self._low(p["first"] + " " + p["sur"]))

    def sur_alone(self, p):
        s = p["sur"]
        if s[:1].islower() and R.random() < 0.65:
            s = cap_first(s)
        return s

    def S(self, p):
        return P("person", self._low(self.sur_alone(p)))

    def initials(self, p):
        parts = re.split(r"[- ]", p["first"])
        ini = "".join(x[0] + "." for x in parts if x)
        if len(parts) == 1 and R.random() < 0.2:
            ini += ch("ACEGHJMPRW") + "."
        if self.low and R.random() < 0.4:
            ini = ini.replace(".", "")
        return ini

    def I(self, p):
        return P("person", self.initials(p) + " " + p["sur"])

    def T(self, p, formal=False):
        if p["g"] == "v":
            pool = ["mevrouw", "mevr."] if formal else ["mw.", "mw", "mevrouw", "mevr.", "mw."]
        else:
            pool = ["de heer", "dhr."] if formal else ["dhr.", "dhr", "meneer", "de heer", "dhr."]
        t = ch(pool)
        if self.low and R.random() < 0.5:
            t = t.lower()
        return t

    def TS(self, p, formal=False):
        return self.T(p, formal) + " " + self.S(p)

    def TI(self, p):
        return self.T(p, True) + " " + self.I(p)

    def X(self, p):
        r = R.random()
        if r < 0.35:
            return self.TS(p)
        if r < 0.6:
            return self.F(p)
        if r < 0.8:
            return self.FN(p)
        return self.I(p) if R.random() < 0.5 else self.TS(p)

    def POS(self, p):
        n = self._low(p["first"])
        if n[-1] in "aiouy":
            suf = "'s"
        elif n[-1] in "sxz":
            suf = "'"
        else:
            suf = "s"
        return P("person", n) + suf

    def FORM(self, p):
        r = R.random()
        sur = p["sur"]
        m = re.match(r"^((?:[a-z']+ )+)(.+)$", sur)
        if m and r < 0.35:  # "Vries, J. de"
            return P("person", m.group(2) + ", " + self.initials(p) + " " + m.group(1).strip())
        if r < 0.55:
            return P("person", self.sur_alone(p).upper() + ", " + p["first"])
        if r < 0.75:
            return P("person", self.sur_alone(p) + ", " + self.initials(p))
        return P("person", p["first"] + " " + p["sur"])

    # -- other pii ----------------------------------------------------------
    def D(self, style="any", y0=2023, y1=2025):
        return P("date", fmt_date(rand_date(y0, y1), style))

    def BD(self):
        y = 2025 - self.age
        d = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
        return P("date", fmt_date(d, "birth"))

    def PH(self, kind=None):
        return P("phone", fmt_phone(kind))

    def EM(self, p, pro=False, team=False):
        f = deaccent(p["first"]).lower().replace(" ", "").replace("-", "")
        s = deaccent(p["sur"]).lower().replace(" ", "").replace("'", "").replace("-", "")
        sl = deaccent(p["sur"].split()[-1]).lower()
        if pro:
            dom = (
                ch(["denhaag.nl", "swtdenhaag.nl", "xtra.nl", "mooi.nl"])
                if team
                else ch(
                    [
                        "denhaag.nl",
                        "xtra.nl",
                        "parnassia.nl",
                        "mooi.nl",
                        "swtdenhaag.nl",
                        "haagwonen.nl",
                        "staedion.nl",
                        "florence.nl",
                        "mee-zhn.nl",
                        "bewindhofstad.nl",
                        "zebrawelzijn.nl",
                        "leger.nl",
                    ]
                )
            )
            loc = ch([f[0] + "." + s, f + "." + s, f + s[:1], f + "." + sl, f[0] + s])
        else:
            dom = ch(
                [
                    "gmail.com",
                    "hotmail.com",
                    "hotmail.nl",
                    "ziggo.nl",
                    "kpnmail.nl",
                    "outlook.com",
                    "live.nl",
                    "icloud.com",
                    "yahoo.com",
                    "planet.nl",
                    "casema.nl",
                ]
            )
            loc = ch(
                [
                    f + "." + s,
                    f + s + str(R.randint(60, 99)),
                    f[0] + "." + s,
                    s + "." + f,
                    f + "_" + sl,
                    f + str(R.randint(1, 2005)),
                    "mama." + f,
                    f + "-" + s[:3],
                ]
            )
        return P("email", loc + "@" + dom)

    def AD(self, own=True):
        if own:
            st, hn = self.street, self.hn
        else:
            st, hn = ch(STREETS), house_number()
        st = street_short(st)
        if self.low and R.random() < 0.3:
            st = st.lower()
        return P("address", st + " " + hn)

    def PC(self, town=None):
        return P("postcode", postcode(town) if town else self.pc)

    def BSN(self):
        return P("bsn", fmt_bsn())

    def IBAN(self):
        return P("iban", fmt_iban())

    def DOS(self):
        return P("dossier", dossier())

    # -- keep ---------------------------------------------------------------
    def W(self, w=None):
        return K("wijk", w or self.wijk)

    def O(self, kind):
        return K("org", ch(ORG[kind]))

    def RO(self, role=None):
        return K("role", role or ch(ROLES))

    def age_s(self):
        return ch(["(%d)" % self.age, "(%d jr)" % self.age, "(%d jaar)" % self.age])


# --------------------------------------------------------------------------
# shared phrases without personal data
# --------------------------------------------------------------------------
PROBLEMS = [
    "huurachterstand van drie maanden",
    "oplopende schulden",
    "een vervuilde woning",
    "eenzaamheid na het overlijden van haar man",
    "beginnende dementie",
    "alcoholgebruik",
    "geen inkomen sinds het ontslag",
    "een overbelaste mantelzorger",
    "spanningen in het gezin",
    "dreigende uithuiszetting",
    "zorgmijding",
    "LVB in combinatie met geldzorgen",
    "een onveilige thuissituatie",
    "verwaarloosde administratie",
    "psychische klachten",
    "overlast naar de buren",
    "hoarding",
    "schooluitval van de oudste",
]
FILLERS = [
    lambda c: (
        cap_first(c.zij)
        + " haalt elke ochtend brood bij de bakker op de hoek, dat is zijn vaste ritueel."
    ),
    lambda c: "We hebben goede hoop dat de rust nu terugkeert.",
    lambda c: "In mei volgt een evaluatie met het hele team.",
    lambda c: (
        cap_first(c.haar)
        + " vader was visser in "
        + c.W("Scheveningen")
        + ", daar praat "
        + c.zij
        + " graag over."
    ),
    lambda c: (
        cap_first(c.zij) + " woont aan de " + c.street + ", op de derde verdieping zonder lift."
    ),
    lambda c: "Na ruim drie maanden was er eindelijk overzicht.",
    lambda c: "Het gesprek duurde anderhalf uur, langer dan gepland.",
    lambda c: "Cliënt is sinds " + str(c.year) + " bekend bij het team.",
    lambda c: "De zomer was zwaar; de winter zien we met zorg tegemoet.",
    lambda c: (
        "Dinsdagmiddag is er inloop in het wijkcentrum, daar komt "
        + c.zij
        + " soms koffie drinken."
    ),
    lambda c: cap_first(c.zij) + " werkte jaren als kok in een restaurant in het centrum.",
    lambda c: "In de voortuin staat een roos die ze van haar moeder kreeg.",
    lambda c: "De koster van de kerk in " + c.W() + " houdt een oogje in het zeil.",
    lambda c: cap_first(c.zij) + " is %d jaar en heeft nooit eerder hulp gevraagd." % c.age,
    lambda c: (
        "De schuld bedraagt inmiddels ruim € %d.%03d,-." % (R.randint(2, 38), R.randint(0, 999))
    ),
    lambda c: "Volgende week woensdag volgt een tweede gesprek.",
    lambda c: (
        "Het Suikerfeest en de ramadan vielen in deze periode; afspraken liepen daardoor uit."
    ),
    lambda c: "De woning is klein: twee kamers en een balkon op het noorden.",
    lambda c: "Er was sprake van een wachtlijst van ongeveer 10 weken.",
    lambda c: c.MW + " spreekt weinig Nederlands; een tolk via de tolkentelefoon werkte goed.",
    lambda c: "Het zwart-wit denken van de instanties maakte het er niet makkelijker op.",
    lambda c: cap_first(c.zij) + " maakt zich zorgen over de winter en de hoge energierekening.",
    lambda c: (
        "Op het spreekuur in "
        + c.W()
        + " kwam de bakker van de markt ook langs met vragen over de Wmo."
    ),
    lambda c: "Het team van " + c.W(ch(WIJKEN)) + " werkt hier al langer mee, sinds ongeveer 2018.",
    lambda c: (
        "Elke vrijdag "
        + ch(["eet " + c.zij + " mee", "komt " + c.zij])
        + " bij de buurtkamer, daar is het warm en gezellig."
    ),
]


def filler(c):
    return ch(FILLERS)(c)


# --------------------------------------------------------------------------
# register 1: intake / referral forms flattened to text
# --------------------------------------------------------------------------
def reg_form(c):
    cl = c.client
    sep = ch(["; ", "; ", " | ", "\n", ". "])
    head = ch(
        [
            "Aanmeldformulier SWT " + c.W(),
            "INTAKE",
            "Verwijsformulier " + c.O("zorg"),
            "Aanmelding via " + c.O("gemeente"),
            "Intakeformulier sociaal wijkzorgteam",
            "Doorverwijzing huisarts",
            "Aanmelding " + c.RO("casusregisseur"),
        ]
    )
    name_lbl = ch(
        ["Naam cliënt: ", "Naam: ", "Cliënt: ", "naam client: ", "Achternaam, voornaam: "]
    )
    fields = [name_lbl + (c.FORM(cl) if "Achternaam" in name_lbl else ch([c.FN(cl), c.FORM(cl)]))]
    opt = []
    opt.append(
        lambda: ch(["Geb.datum: ", "Geboortedatum: ", "geb.: ", "Geb. datum: ", "Geb: "]) + c.BD()
    )
    opt.append(
        lambda: (
            ch(["Adres: ", "Woonadres: ", "adres: "])
            + c.AD()
            + ", "
            + c.PC()
            + ch([" Den Haag", " 's-Gravenhage", " DEN HAAG", ""])
        )
    )
    opt.append(lambda: ch(["BSN: ", "BSN-nr.: ", "bsn ", "Burgerservicenummer: "]) + c.BSN())
    opt.append(
        lambda: (
            ch(["Tel.: ", "Telefoon (mob.): ", "tel: ", "Tel cliënt: ", "Mobiel: "]) + c.PH("mob")
        )
    )
    opt.append(lambda: ch(["E-mail: ", "Mail: ", "e-mailadres: "]) + c.EM(cl))
    opt.append(lambda: "Wijk: " + c.W() + ch(["", " (SWT " + c.W() + ")"]))
    opt.append(
        lambda: (
            ch(["Huisarts: dr. ", "HA: ", "Huisarts: "])
            + ch([c.S(c.pro("huisarts")), c.I(c.pro("huisarts"))])
            + ", "
            + c.PH("vast")
        )
    )
    opt.append(
        lambda: (
            ch(["Verwijzer: ", "Aangemeld door: ", "Verwijzer: "])
            + c.FN(c.pro("verw"))
            + " ("
            + c.RO()
            + ", "
            + c.O(ch(["zorg", "welzijn", "gemeente"]))
            + ")"
        )
    )
    opt.append(lambda: ch(["Datum aanmelding: ", "Aanmelddatum: ", "Datum: "]) + c.D())
    opt.append(
        lambda: (
            ch(["Reden aanmelding: ", "Hulpvraag: ", "Aanleiding: "])
            + ch(PROBLEMS)
            + ch(
                [
                    "",
                    "; huurachterstand bij " + c.O("woning"),
                    ", loopt al bij " + c.O("zorg"),
                    ", melding " + c.O("veilig") + " " + ch(["in onderzoek", "afgesloten"]),
                ]
            )
        )
    )
    opt.append(
        lambda: (
            ch(["Contactpersoon: ", "Netwerk: ", "Eerste contactpersoon: "])
            + (lambda k: k + " " + c.FN(c.rel(k)) + ", tel. " + c.PH())(
                ch(["dochter", "zoon", "zus", "broer", "buurvrouw", "nicht", "vriendin"])
            )
        )
    )
    opt.append(
        lambda: (
            ch(["Bewindvoerder: ", "Bewind: "])
            + c.FN(c.pro("bw"))
            + " ("
            + c.O("bewind")
            + ")"
            + ch(["; beheerrekening ", "; IBAN leefgeld ", "; rek.nr. "])
            + c.IBAN()
        )
    )
    opt.append(
        lambda: ch(["Dossiernr.: ", "Zaaknummer: ", "Registratienr: ", "Kenmerk: "]) + c.DOS()
    )
    opt.append(lambda: "Toestemmingsverklaring getekend: ja, op " + c.D())
    opt.append(
        lambda: (
            ch(["Gezinssamenstelling: ", "Huishouden: "])
            + ch(
                [
                    "alleenstaand",
                    "alleenstaande "
                    + ("moeder" if cl["g"] == "v" else "vader")
                    + " van "
                    + c.F(c.rel("dochter"))
                    + " (%d) en " % R.randint(3, 9)
                    + c.F(c.rel("zoon"))
                    + " (%d)" % R.randint(10, 17),
                    "samenwonend met " + c.F(c.rel("partner")),
                    "weduwe, %d kinderen (uitwonend)" % R.randint(2, 5),
                ]
            )
        )
    )
    opt.append(
        lambda: (
            ch(["Inkomen: ", "Inkomsten: "])
            + ch(
                [
                    "bijstand (Participatiewet), ca. € 1.180 p/m",
                    "AOW + klein pensioen",
                    "Wajong",
                    "geen (uitkering gestopt per april)",
                    "loon uit deeltijdbaan, 20 uur",
                ]
            )
        )
    )
    opt.append(
        lambda: (
            "Betrokken: "
            + c.O("zorg")
            + " ("
            + c.F(c.pro("betr1"))
            + "), "
            + c.O("welzijn")
            + ch(["", ", " + c.RO("wijkagent") + " " + c.FN(c.pro("wijkagent"))])
        )
    )
    opt.append(lambda: "Rekeningnummer: " + c.IBAN() + " t.n.v. " + ch([c.I(cl), c.FN(cl)]))
    opt.append(lambda: "Tel. " + ch(["dochter", "zoon", "ex", "buurman"]) + ": " + c.PH())
    opt.append(
        lambda: (
            ch(["Startdatum traject: ", "Eerste gesprek: ", "Laatste contact: "])
            + c.D()
            + ch(["", " (hb)", ", op kantoor " + c.O("gemeente")])
        )
    )
    opt.append(
        lambda: (
            ch(["Postadres: ", "Correspondentieadres: ", "Briefadres: "])
            + c.AD(own=False)
            + ", "
            + (lambda t: c.PC(t) + " " + t)(ch(["Den Haag"] * 3 + [o[0] for o in OTHER_TOWNS]))
        )
    )
    opt.append(
        lambda: (
            ch(["Eerdere hulpverlening: ", "Voorgeschiedenis: "])
            + ch(
                [
                    "traject bij " + c.O("zorg") + " in 2021, voortijdig gestopt",
                    "schuldhulp via " + c.O("gemeente") + ", afgebroken na 6 maanden",
                    "geen, eerste aanmelding",
                    "ambulante begeleiding " + c.O("zorg") + " 2019-2022",
                ]
            )
        )
    )
    opt.append(
        lambda: ch(["Afspraken: ", "Vervolg: "]) + "hb op " + c.D() + " met " + c.RO(ch(TEAM_ROLES))
    )
    R.shuffle(opt)
    n = R.randint(4, 9)
    # intake forms carry identifiers: make sure the strong ones occur often
    chosen = opt[:n]
    fields += [f() for f in chosen]
    if R.random() < 0.6:
        fields.append(
            "Ingevuld door: "
            + ch([c.F(c.pro("me")), c.FN(c.pro("me"))])
            + ", "
            + c.RO(ch(TEAM_ROLES))
        )
    text = sep.join(fields)
    text = re.sub(r"\.(\]\]|\}\})\. ", r".\1 ", text)
    if sep == ". " and not text.endswith(".]]"):
        text += "."
    return head + ch([":\n", "\n", " - ", ": "]) + text


# --------------------------------------------------------------------------
# register 2: handover notes between shifts
# --------------------------------------------------------------------------
def reg_handover(c):
    c.low = 0.3
    cl = c.client
    out = [
        ch(
            [
                "Overdracht avonddienst " + c.D("short"),
                "Overdracht " + ch(["ochtend", "middag", "avond", "weekend", "nacht"]) + "dienst",
                "OVERDRACHT " + c.D(),
                "Overdracht wk %d (ivm vakantie " % R.randint(2, 51) + c.F(c.pro("vak")) + ")",
                "Overdracht van " + c.F(c.pro("me")) + " aan " + c.F(c.pro("next")),
                "Dienst " + c.D("short") + ", team " + c.W(),
            ]
        )
        + ":"
    ]
    body = [
        lambda: (
            c.TS(cl)
            + " "
            + c.age_s()
            + " was vanochtend verward, herkende "
            + c.haar
            + " "
            + ch(["dochter", "zoon"])
            + " niet; "
            + c.RO("huisarts")
            + " "
            + c.TS(c.pro("huisarts"))
            + " is gebeld."
        ),
        lambda: (
            ch(["mw", "dhr"])
            + " "
            + P("person", c.sur_alone(cl).lower())
            + " weigert nog steeds "
            + "medicatie, HA op de hoogte."
        ),
        lambda: (
            (lambda k: "Let op: " + k + " " + c.F(c.rel(k)))(ch(["dochter", "zoon", "nicht"]))
            + " komt morgen om 10.00 uur de sleutel brengen, bereikbaar op "
            + c.PH("mob")
            + "."
        ),
        lambda: "Sleutelkluis bij de voordeur, code staat in dossier " + c.DOS() + ".",
        lambda: (
            c.TS(cl)
            + " op de "
            + c.AD()
            + " heeft vannacht de "
            + c.RO("wijkagent")
            + " gebeld ivm geluidsoverlast van de bovenburen."
        ),
        lambda: "Bij escalatie " + c.O("veilig") + " bellen, melding loopt sinds " + c.D() + ".",
        lambda: (
            "Niet vergeten: formulier "
            + c.O("rijk")
            + " tekenen, ligt bij "
            + c.F(c.pro("me"))
            + " op het bureau."
        ),
        lambda: c.F(c.pro("next")) + " neemt vanaf maandag de casus " + c.TS(cl) + " over.",
        lambda: (
            "Insuline om 8.15 uur gegeven, suiker 11,2; "
            + c.F(c.pro("wv"))
            + " ("
            + c.RO("wijkverpleegkundige")
            + ") kijkt morgen mee."
        ),
        lambda: (
            (lambda k: c.POS(cl) + " " + k + " " + c.TS(c.rel(k)))(ch(["buurvrouw", "buurman"]))
            + " "
            + ch(["(nr. %d)" % R.randint(1, 99), "van driehoog", ""])
            + " houdt een oogje in het zeil."
        ),
        lambda: "Tel. " + ch(["dochter", "zoon", "ex-partner"]) + " gewijzigd: nu " + c.PH() + ".",
        lambda: (
            "Afspraak " + c.O("zh") + " verzet naar " + c.D() + ", vervoer via Regiotaxi regelen."
        ),
        lambda: "Nieuw adres " + c.F(cl) + ": " + c.AD(own=False) + ", " + c.PC() + ".",
        lambda: (
            c.F(cl)
            + " vroeg weer naar "
            + c.haar
            + " ex, "
            + c.FN(c.rel("ex-partner"))
            + "; daar niet op ingaan, er is een contactverbod."
        ),
        lambda: (
            c.FN(c.pro("cmd"))
            + " ("
            + c.RO("casemanager dementie")
            + ") wil terugbellen op "
            + c.PH("mob")
            + ", graag voor 17.00 uur."
        ),
        lambda: (
            "In "
            + c.W()
            + " is "
            + c.RO("buurtcoach")
            + " "
            + c.F(c.pro("bc"))
            + " ziek, de inloop van donderdag vervalt."
        ),
        lambda: (
            "Post doorgenomen: aanmaning "
            + c.O("schuldeiser")
            + " met kenmerk "
            + c.DOS()
            + ", kopie in map."
        ),
        lambda: (
            ch(["kamer 3", "app. 12", "flat 4e verd."])
            + ": "
            + c.TS(cl)
            + " onrustig, "
            + "veel gebeld naar "
            + c.F(c.rel("zoon"))
            + "."
        ),
        lambda: filler(c),
        lambda: (
            "Zorgpas van "
            + c.F(cl)
            + " kwijt, nieuwe aangevraagd bij "
            + c.O("schuldeiser")
            + " (BSN "
            + c.BSN()
            + ")."
        ),
        lambda: (
            "Wasmachine bij "
            + c.TS(cl)
            + " lekt, "
            + c.O("woning")
            + " komt "
            + c.D()
            + " tussen 8 en 12 uur."
        ),
        lambda: (
            "Baxterrol niet geleverd; apotheek gebeld, komt "
            + ch(WEEKDAYS)
            + "; tot die tijd zet "
            + c.O("zorg")
            + " de medicatie uit."
        ),
        lambda: (
            "Nachtdienst: geen bijzonderheden, wel twee keer gebeld door cliënt van de "
            + c.AD(own=False)
            + "."
        ),
        lambda: (
            "Huisbezoek "
            + c.D("short")
            + " "
            + ch(["om 9.30", "in de middag", "rond 11 uur"])
            + " samen met "
            + c.RO(ch(TEAM_ROLES))
            + ", niet alleen gaan!"
        ),
    ]
    R.shuffle(body)
    out += [f() for f in body[: R.randint(3, 8)]]
    out.append(
        ch(
            [
                "Gr. " + c.F(c.pro("me")),
                "- " + c.F(c.pro("me")),
                c.F(c.pro("me")) + " (" + c.RO(ch(TEAM_ROLES)) + ")",
                "Succes!",
                "groet, " + P("person", c.pro("me")["first"].lower()),
            ]
        )
    )
    sep = ch(["\n", "\n- ", " "])
    return sep.join(out)


# --------------------------------------------------------------------------
# register 3: timeline logs
# --------------------------------------------------------------------------
def reg_timeline(c):
    c.low = 0.35
    cl = c.client
    y = R.choice([2023, 2024, 2025])
    start = datetime.date(y, R.randint(1, 10), R.randint(1, 20))
    d = [start]
    for _ in range(9):
        d.append(d[-1] + datetime.timedelta(days=R.randint(1, 9)))
    di = iter(d)

    def nd():
        return P("date", fmt_date(next(di), ch(["short"] * 5 + ["any"])))

    entries = [
        lambda t: (lambda k: t + " hb gedaan, " + k + " " + c.F(c.rel(k)) + " aanwezig")(
            ch(["dochter", "zoon", "partner"])
        ),
        lambda t: (
            t
            + " hb "
            + c.AD()
            + ", woning "
            + ch(["opgeruimd", "vervuild", "koud, verwarming kapot"])
        ),
        lambda t: (
            t
            + " met "
            + c.F(cl)
            + " naar "
            + c.O("zh")
            + ", afspraak "
            + ch(["cardioloog", "geriater", "longarts"])
        ),
        lambda t: (
            t + " tel. met " + c.TS(c.pro("ext")) + " (" + c.O(ch(["zorg", "woning", "rijk"])) + ")"
        ),
        lambda t: t + " mail aan bw (" + c.EM(c.pro("bw"), pro=True) + ") ivm leefgeld",
        lambda t: t + " geen gehoor op " + c.PH("mob") + ", vm ingesproken",
        lambda t: t + " afspraak bij " + c.O("gemeente") + " afgezegd door cl.",
        lambda t: (
            t
            + " overleg met "
            + c.RO(ch(TEAM_ROLES))
            + " "
            + c.F(c.pro("col"))
            + ", plan bijgesteld"
        ),
        lambda t: (
            t
            + " brief "
            + c.O(ch(["rijk", "schuldeiser", "inkomen"]))
            + " ontvangen, kenmerk "
            + c.DOS()
        ),
        lambda t: t + " verhuisd naar " + c.AD(own=False) + ", " + c.PC(),
        lambda t: (
            t + " MDO met " + c.F(c.pro("a")) + ", " + c.F(c.pro("b")) + " en " + c.F(c.pro("c"))
        ),
        lambda t: t + " cl. niet thuis, kaartje in de bus",
        lambda t: t + " crisisdienst " + c.O("zorg") + " ingeschakeld, " + c.TS(cl) + " opgenomen",
        lambda t: t + " aanvraag Wmo ingediend (zaaknr " + c.DOS() + ")",
        lambda t: (
            t + " " + ch(["bij", "met"]) + " " + c.TS(cl) + " naar " + c.O("gemeente") + " geweest"
        ),
        lambda t: (
            (lambda k: t + " " + k + " " + c.S(c.rel(k)))(ch(["buurman", "buurvrouw"]))
            + " ("
            + c.AD(own=False)
            + ") belde: "
            + ch(["stankoverlast", "deur stond open", "cl. zat op de trap"])
        ),
        lambda t: t + " betaling huur gecontroleerd, rek. " + c.IBAN(),
        lambda t: (
            t
            + " "
            + c.RO("huisarts")
            + " ("
            + c.I(c.pro("huisarts"))
            + ") verwijst naar "
            + c.O("zorg")
        ),
        lambda t: t + " mail van " + c.FN(c.rel("dochter")) + " (" + c.EM(c.rel("dochter")) + ")",
        lambda t: t + " voedselpakket opgehaald bij " + c.O("welzijn"),
        lambda t: t + " BSN " + c.BSN() + " doorgegeven aan " + c.O("inkomen"),
        lambda t: t + " evaluatie, doelen deels behaald",
    ]
    R.shuffle(entries)
    items = [f(nd()) for f in entries[: R.randint(4, 9)]]
    head = ch(
        [
            "",
            "Tijdlijn " + c.TS(cl) + ": ",
            "Logboek " + c.DOS() + "\n",
            c.F(cl) + " - verloop: ",
            "Chronologie (" + c.W() + ")\n",
            "Contacten " + str(y) + ":\n",
        ]
    )
    sep = ch(["; ", "; ", "\n", "\n- ", " / "])
    return head + sep.join(items) + ch(["", ".", " (" + c.F(c.pro("me")) + ")"])


# --------------------------------------------------------------------------
# register 4: letters to landlord / bewindvoerder / school
# --------------------------------------------------------------------------
def reg_letter(c):
    cl = c.client
    kind = ch(["woning", "bewind", "school", "woning", "bewind"])
    me = c.pro("me")
    myrole = ch(TEAM_ROLES)
    rec = c.pro("rec")
    out = []
    if R.random() < 0.5:
        out.append(ch(["Aan: ", "Aan "]) + c.O(kind) + ", t.a.v. " + c.TI(rec))
    if R.random() < 0.6:
        out.append("Den Haag, " + c.D())
    if R.random() < 0.5:
        out.append(ch(["Uw kenmerk: ", "Betreft: dossier ", "Ons kenmerk: ", "Kenmerk "]) + c.DOS())
    greet = ch(
        [
            "Geachte " + ("heer " if rec["g"] == "m" else "mevrouw ") + c.S(rec) + ",",
            "Beste " + c.F(rec) + ",",
            "Geachte heer/mevrouw,",
            "Beste " + c.FN(rec) + ",",
        ]
    )
    out.append(greet)
    body = []
    if kind == "woning":
        body += [
            lambda: (
                "Namens het SWT "
                + c.W()
                + " schrijf ik u over "
                + c.TI(cl)
                + ", huurder van de woning "
                + ch(["aan de ", "op de ", ""])
                + c.AD()
                + ch(["", ", " + c.PC()])
                + "."
            ),
            lambda: (
                "Wij verzoeken u de ontruimingsprocedure op te schorten tot "
                + c.D()
                + "; er is inmiddels een aanvraag bij "
                + K(
                    "org",
                    ch(["Schuldhulpverlening", "Dienst SZW", "Kredietbank", "Sociaal Raadslieden"]),
                )
                + " ingediend."
            ),
            lambda: (
                "Vanaf "
                + ch(MONTHS)
                + " wordt de huur automatisch overgemaakt van rekening "
                + c.IBAN()
                + "."
            ),
            lambda: (
                ch([c.MW, "Cliënt"])
                + " woont er sinds "
                + str(c.year)
                + " en heeft nooit eerder een achterstand gehad."
            ),
            lambda: (
                "De schimmel in de badkamer is op " + c.D() + " gemeld, maar nog niet verholpen."
            ),
            lambda: (
                (lambda k: cap_first(c.haar) + " " + k + " " + c.FN(c.rel(k)))(
                    ch(["zoon", "broer"])
                )
                + " zal tijdelijk bij "
                + ("haar" if cl["g"] == "v" else "hem")
                + " inwonen "
                + "na diens ontslag uit "
                + c.O("zh")
                + "."
            ),
        ]
    elif kind == "bewind":
        body += [
            lambda: (
                "Ik schrijf u als " + c.RO(myrole) + " van " + c.TI(cl) + " (geb. " + c.BD() + ")."
            ),
            lambda: (
                "Graag vraag ik u het leefgeld voortaan wekelijks over te maken op "
                + c.IBAN()
                + "."
            ),
            lambda: (
                "Er ligt een aanmaning van "
                + c.O("schuldeiser")
                + " (kenmerk "
                + c.DOS()
                + ") die nog niet is betaald."
            ),
            lambda: (
                "Kunt u nagaan of de zorgtoeslag is aangevraagd? Het BSN van cliënt is "
                + c.BSN()
                + "."
            ),
            lambda: (
                "Cliënt is verhuisd naar "
                + c.AD(own=False)
                + ", "
                + c.PC()
                + "; de post komt nog op het oude adres."
            ),
            lambda: (
                (lambda k: "De " + k + " van cliënt, " + c.FN(c.rel(k)))(ch(["dochter", "zus"]))
                + ", wil graag meekijken; zij is bereikbaar via "
                + c.PH()
                + "."
            ),
        ]
    else:
        kid = c.rel(ch(["zoon", "dochter"]))
        body += [
            lambda: (
                "Ik schrijf u over "
                + c.FN(kid)
                + " (groep %d van " % R.randint(3, 8)
                + c.O("school")
                + "), "
                + ch(["zoon" if kid["g"] == "m" else "dochter", "kind"])
                + " van "
                + c.TS(cl)
                + "."
            ),
            lambda: (
                c.F(kid)
                + " heeft de afgelopen weken vaak verzuimd, onder meer op "
                + c.D()
                + " en "
                + c.D()
                + "."
            ),
            lambda: (
                "Thuis is het onrustig; "
                + ("moeder" if cl["g"] == "v" else "vader")
                + " is gestart bij "
                + c.O("zorg")
                + " en wij ondersteunen vanuit "
                + c.O("gemeente")
                + "."
            ),
            lambda: (
                "Zou de "
                + c.RO("intern begeleider")
                + " contact kunnen opnemen met de "
                + c.RO("leerplichtambtenaar")
                + ", "
                + c.TS(c.pro("lpa"))
                + "?"
            ),
            lambda: (
                "Het gezin woont sinds kort op de "
                + c.AD()
                + " in "
                + c.W()
                + ", dichter bij school."
            ),
            lambda: (
                ("Moeder" if cl["g"] == "v" else "Vader")
                + " is het best bereikbaar op "
                + c.PH("mob")
                + " of via "
                + c.EM(cl)
                + "."
            ),
        ]
    body += [lambda: filler(c)]
    R.shuffle(body)
    out += [f() for f in body[: R.randint(3, 5)]]
    out.append(
        ch(
            [
                "U kunt mij bereiken op " + c.PH() + ".",
                "Mijn mailadres is " + c.EM(me, pro=True, team=True) + ".",
                "Bij vragen: " + c.PH("mob") + " (ma-do).",
                "Alvast dank voor uw medewerking.",
            ]
        )
    )
    sig = ch(
        ["Met vriendelijke groet,", "Met vriendelijke groeten,", "Vriendelijke groet,", "Mvg,"]
    )
    out.append(
        sig
        + "\n"
        + ch([c.FN(me), c.I(me)])
        + "\n"
        + c.RO(myrole)
        + ", "
        + ch(["SWT ", "sociaal wijkzorgteam "])
        + c.W()
    )
    return "\n".join(out)


# --------------------------------------------------------------------------
# register 5: meeting minutes with action lists
# --------------------------------------------------------------------------
def reg_minutes(c):
    cl = c.client
    c.low = 0.15
    team = [c.pro("t%d" % i) for i in range(R.randint(3, 5))]
    roles = R.sample(TEAM_ROLES, len(team))
    out = [
        ch(
            [
                "Notulen MDO SWT " + c.W() + ", " + c.D(),
                "Verslag casusoverleg " + c.D(),
                "Verslag casusoverleg " + ch(WEEKDAYS) + "middag",
                "Teamoverleg " + c.W() + " - " + c.D(),
                "Kort verslag overleg "
                + c.O(ch(["zorg", "woning", "gemeente"]))
                + "/SWT ("
                + c.D()
                + ")",
            ]
        )
    ]
    pres = []
    for p, r in zip(team, roles):
        pres.append(
            ch([c.F(p) + " (" + ROLE_ABBR[r] + ")", c.F(p) + " (" + c.RO(r) + ")", c.FN(p), c.F(p)])
        )
    out.append(
        "Aanwezig: "
        + ", ".join(pres[:-1])
        + " en "
        + pres[-1]
        + "."
        + ch(["", " Afwezig: " + c.F(c.pro("afw")) + " (ziek).", " Notulen: " + c.F(team[0]) + "."])
    )
    a, b = team[0], team[1]
    items = [
        lambda: (
            "Casus "
            + c.TS(cl)
            + " ("
            + c.DOS()
            + "): "
            + ch(PROBLEMS)
            + "; "
            + c.F(b)
            + " heeft contact gehad met "
            + c.O(ch(["woning", "zorg", "bewind"]))
            + "."
        ),
        lambda: "Actie: " + c.F(a) + " belt " + c.TS(cl) + " voor vrijdag.",
        lambda: (
            "Actie: "
            + c.F(b)
            + " vraagt bij "
            + c.O("gemeente")
            + " de status op van zaak "
            + c.DOS()
            + "."
        ),
        lambda: (
            "Actie: "
            + c.F(ch(team))
            + " plant hb bij "
            + c.TS(c.rel("moeder"))
            + " op de "
            + c.AD(own=False)
            + "."
        ),
        lambda: (
            "Besluit: casus wordt overgedragen aan "
            + c.O(ch(["zorg", "veilig"]))
            + ", warme overdracht door "
            + c.F(a)
            + "."
        ),
        lambda: (
            "Volgende overleg: "
            + c.D()
            + ", 13.30 uur, "
            + ch(["wijkcentrum", "Servicepunt XL"])
            + " "
            + c.W()
            + "."
        ),
        lambda: (
            c.F(b)
            + " meldt dat de "
            + c.RO("wijkagent")
            + " ("
            + c.FN(c.pro("wa"))
            + ") zorgen heeft over bezoek aan het adres."
        ),
        lambda: (
            "Rondvraag: "
            + c.F(a)
            + " is vanaf "
            + c.D()
            + " met verlof; "
            + c.F(b)
            + " neemt waar."
        ),
        lambda: (
            (lambda k: c.POS(cl) + " " + k + " " + c.F(c.rel(k)))(ch(["zoon", "dochter"]))
            + " wil betrokken worden, telnr "
            + c.PH()
            + "."
        ),
        lambda: (
            "Nieuwe aanmelding: "
            + c.FN(c.rel("buurvrouw"))
            + " "
            + c.age_s()
            + ", "
            + c.AD(own=False)
            + ", via "
            + c.O("welzijn")
            + "."
        ),
        lambda: (
            "Actiepunten:\n- "
            + c.F(a)
            + ": contact "
            + c.O("zorg")
            + "\n- "
            + c.F(b)
            + ": brief aan "
            + c.O("woning")
            + "\n- "
            + c.F(ch(team))
            + ": terugkoppeling aan "
            + c.TS(c.pro("ha2"))
            + " ("
            + c.RO("huisarts")
            + ")"
        ),
        lambda: (
            "Afspraak met "
            + c.O("bewind")
            + ": "
            + c.FN(c.pro("bw"))
            + " stuurt overzicht naar "
            + c.EM(a, pro=True, team=True)
            + "."
        ),
        lambda: (
            "Casus "
            + c.DOS()
            + ": aanvraag huishoudelijke hulp via "
            + K("org", "Wmo-loket")
            + " loopt sinds "
            + c.D()
            + ", beschikking nog niet ontvangen; bij uitblijven klacht indienen."
        ),
        lambda: (
            "Melding "
            + c.O(ch(["woning", "veilig"]))
            + " over overlast op de "
            + c.AD(own=False)
            + ch(["", ", " + c.PC()])
            + "; "
            + c.F(b)
            + " gaat met de "
            + c.RO("woonconsulent")
            + " langs."
        ),
        lambda: (
            "Aanmelding "
            + c.O("inkomen")
            + " voor "
            + c.TS(cl)
            + " ging mis door een typefout in het BSN; "
            + "juiste nummer is "
            + c.BSN()
            + ", "
            + c.F(a)
            + " past het aan."
        ),
        lambda: (
            "Stand van zaken wachtlijst "
            + c.O("zorg")
            + ": circa 12 weken; overbrugging door "
            + c.RO(ch(TEAM_ROLES))
            + " van het team."
        ),
        lambda: (
            "Thema bemoeizorg: "
            + c.F(a)
            + " deelt de les uit "
            + c.W(ch(WIJKEN))
            + ", zie bijlage."
        ),
        lambda: filler(c),
    ]
    R.shuffle(items)
    out += [f() for f in items[: R.randint(3, 7)]]
    if R.random() < 0.7:
        return "\n".join(out)
    return out[0] + ". " + " ".join(out[1:])


# --------------------------------------------------------------------------
# register 6: lesson-summary paragraphs
# --------------------------------------------------------------------------
def reg_lesson(c):
    cl = c.client
    c.low = 0.08
    sent = [
        lambda: (
            "In deze casus ging het om een %d-jarige " % c.age
            + (
                ch(["vrouw", "alleenstaande moeder" if c.age < 55 else "weduwe"])
                if cl["g"] == "v"
                else ch(["man", "vader"])
            )
            + " uit "
            + c.W()
            + ", "
            + c.TS(cl)
            + ", met "
            + ch(PROBLEMS)
            + "."
        ),
        lambda: (
            "Wat werkte: de "
            + c.RO(ch(TEAM_ROLES))
            + " ging samen met "
            + c.F(cl)
            + " naar het "
            + K("org", "Servicepunt XL")
            + "."
        ),
        lambda: (
            (lambda k: "Lastig was dat " + c.POS(cl) + " " + k + " " + c.F(c.rel(k)))(
                ch(["zoon", "broer"])
            )
            + " de post achterhield."
        ),
        lambda: (
            "Les: betrek de "
            + c.RO()
            + " eerder, zeker bij "
            + ch(["bemoeizorg", "huiselijk geweld", "ouderen", "jeugd"])
            + "."
        ),
        lambda: (
            "De eerste melding kwam op "
            + c.D()
            + " van de "
            + c.RO()
            + ", "
            + c.FN(c.pro("melder"))
            + "."
        ),
        lambda: (
            "Pas na inzet van "
            + c.O("zorg")
            + " kwam er beweging; "
            + c.F(cl)
            + " zei later: 'ik "
            + "voelde me eindelijk gehoord'."
        ),
        lambda: (
            "Het contact met de verhuurder ("
            + c.O("woning")
            + ") liep via "
            + c.FN(c.pro("woco"))
            + " ("
            + c.EM(c.pro("woco"), pro=True)
            + ")."
        ),
        lambda: "Tip voor andere teams: plan het eerste gesprek thuis en niet op kantoor.",
        lambda: (
            "Achteraf hadden we "
            + c.TS(cl)
            + " eerder moeten doorverwijzen naar "
            + c.O("zorg")
            + "."
        ),
        lambda: (
            "De buurvrouw, "
            + c.TS(c.rel("buurvrouw"))
            + ", bleek de belangrijkste steun in het netwerk."
        ),
        lambda: (
            "Toen "
            + c.F(cl)
            + " op "
            + c.D()
            + " werd opgenomen, stond de woning op de "
            + c.AD()
            + " leeg en liep de huur door."
        ),
        lambda: (
            "Zonder de "
            + c.RO("bewindvoerder")
            + " ("
            + c.I(c.pro("bw"))
            + ") was de schuld nooit in "
            + "beeld gekomen."
        ),
        lambda: (
            "Let op: in het verslag stond per ongeluk nog het BSN ("
            + c.BSN()
            + ") en telefoonnummer "
            + c.PH()
            + "; die horen hier niet."
        ),
        lambda: (
            "Samen met "
            + c.F(c.pro("col"))
            + " van "
            + c.O("welzijn")
            + " is een maatjestraject gestart."
        ),
        lambda: (
            "De "
            + c.RO("huisarts")
            + ", "
            + c.TI(c.pro("huisarts"))
            + ", wilde pas verwijzen na toestemming "
            + "van cliënt."
        ),
        lambda: (
            "Voor "
            + c.F(c.rel("dochter"))
            + " (%d) is het " % R.randint(6, 17)
            + c.O("gemeente")
            + " ingeschakeld."
        ),
        lambda: filler(c),
        lambda: filler(c),
        lambda: (
            "De casus laat zien hoe belangrijk het is dat "
            + c.O("gemeente")
            + ", "
            + c.O("woning")
            + " en het wijkteam één plan maken in plaats van drie losse trajecten."
        ),
        lambda: (
            "Het eerste half jaar gebeurde er weinig: elke instantie wachtte op de ander, en de "
            + c.RO("huisarts")
            + " kon zonder toestemming niets delen."
        ),
        lambda: (
            "Op "
            + c.D()
            + " volgde een huisbezoek op de "
            + c.AD()
            + ", samen met de "
            + c.RO(ch(TEAM_ROLES))
            + "; de deur ging pas na twintig minuten open."
        ),
        lambda: (
            "Na de verhuizing naar de "
            + c.AD(own=False)
            + " in "
            + c.W(ch(WIJKEN))
            + " viel het netwerk weg; de nieuwe buren kenden "
            + c.F(cl)
            + " niet."
        ),
        lambda: (
            "Wat we anders zouden doen: eerder een "
            + c.RO("ervaringsdeskundige")
            + " inzetten en de mantelzorgers vanaf het begin uitnodigen."
        ),
    ]
    R.shuffle(sent)
    out = [f() for f in sent[: R.randint(4, 8)]]
    if R.random() < 0.3:
        out.append("(ingebracht door " + c.F(c.pro("me")) + ", " + c.W(ch(WIJKEN)) + ")")
    return " ".join(out)


REGISTERS = [
    ("form", reg_form),
    ("handover", reg_handover),
    ("timeline", reg_timeline),
    ("letter", reg_letter),
    ("minutes", reg_minutes),
    ("lesson", reg_lesson),
]

# --------------------------------------------------------------------------
# markup -> text + spans
# --------------------------------------------------------------------------
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)
PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}


def strip(marked):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += len(marked[pos : m.start()])
        if m.group(1):
            label, txt, dest = m.group(1), m.group(2), pii
        else:
            label, txt, dest = m.group(3), m.group(4), keep
        out.append(txt)
        dest.append({"start": n, "end": n + len(txt), "label": label, "text": txt})
        n += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


def verify(rec):
    t = rec["text"]
    assert "[[" not in t and "{{" not in t and "]]" not in t and "}}" not in t, t
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: s["start"])
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], s
        assert s["text"] == s["text"].strip() and s["text"], s
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (a, b)
    for s in rec["pii"]:
        assert s["label"] in PII_LABELS
        if s["label"] == "bsn":
            assert bsn_ok(s["text"]), s
        if s["label"] == "iban":
            assert iban_ok(s["text"]), s
    for s in rec["keep"]:
        assert s["label"] in KEEP_LABELS


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    firsts = {n for v in NAMES.values() for n in v[0] + v[1]}
    surs = {n for v in NAMES.values() for n in v[2]}
    assert len(firsts) >= 150 and len(surs) >= 150, (len(firsts), len(surs))
    recs = []
    order = [REGISTERS[i % len(REGISTERS)] for i in range(N_TEXTS)]
    R.shuffle(order)
    for i, (name, fn) in enumerate(order):
        c = Ctx()
        marked = fn(c)
        text, pii, keep = strip(marked)
        rec = {"id": "ho17-%04d" % i, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        assert pii, rec
        recs.append(rec)
    with open(os.path.join(here, "heldout17.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
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
    print("keep", dict(kc.most_common()))
    print("first names", len(firsts), "surnames", len(surs))


if __name__ == "__main__":
    main()
