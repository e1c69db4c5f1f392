#!/usr/bin/env python3
"""Held-out corpus 85: speech-to-text output in Dutch social neighbourhood teams.

Dictated visit reports, phone-call transcripts, voicemail transcriptions and voice
memos. Numbers and identifiers are written the way recognisers write them: words,
digits, or mixed. Markup in the texts:
  [[label:text]]   personal data (pii)
  <<label:text>>   context that must stay readable (keep)
  §kind:style[:arg][:=var]§   generated identifier (bsn, iban, tel, pc), rendered
                               in the given spoken/written style and labelled as pii.
Running this script writes heldout85.jsonl next to itself (deterministic).
"""

import json
import os
import random
import re

RNG = random.Random(8585)

UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
TEENS = {
    10: "tien",
    11: "elf",
    12: "twaalf",
    13: "dertien",
    14: "veertien",
    15: "vijftien",
    16: "zestien",
    17: "zeventien",
    18: "achttien",
    19: "negentien",
}
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


def w(n):
    """Dutch number words, 0..999999."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        uw = UNITS[u]
        return uw + ("ën" if uw.endswith("e") else "en") + TENS[t]
    if n < 1000:
        h, r = divmod(n, 100)
        return ("" if h == 1 else UNITS[h]) + "honderd" + (w(r) if r else "")
    th, r = divmod(n, 1000)
    return ("" if th == 1 else w(th)) + "duizend" + ((" " + w(r)) if r else "")


def dword(c, accent=False):
    if c == "1" and accent:
        return "één"
    return UNITS[int(c)]


def group_words(g):
    """Speak a digit group the way people do: leading zeros as 'nul'."""
    out = []
    i = 0
    while i < len(g) - 1 and g[i] == "0":
        out.append("nul")
        i += 1
    rest = g[i:]
    out.append(w(int(rest)))
    return " ".join(out)


LETTERNAME = {
    "a": "aa",
    "b": "bee",
    "c": "cee",
    "d": "dee",
    "e": "ee",
    "f": "ef",
    "g": "gee",
    "h": "haa",
    "i": "ie",
    "j": "jee",
    "k": "kaa",
    "l": "el",
    "m": "em",
    "n": "en",
    "o": "oo",
    "p": "pee",
    "q": "ku",
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
    "m": "Marie",
    "n": "Nico",
    "o": "Otto",
    "p": "Pieter",
    "q": "Quotiënt",
    "r": "Rudolf",
    "s": "Simon",
    "t": "Teunis",
    "u": "Utrecht",
    "v": "Victor",
    "w": "Willem",
    "x": "Xantippe",
    "y": "Ypsilon",
    "z": "Zaandam",
}


# ---------------------------------------------------------------- generators
def gen_bsn():
    while True:
        d = [RNG.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        s = sum(d[i] * (9 - i) for i in range(8)) - d[8]
        if s % 11 == 0:
            return "".join(map(str, d))


def bsn_ok(s):
    d = [int(c) for c in s]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def gen_iban(bank):
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    if acct[0] == "0" and bank != "INGB":
        acct = str(RNG.randint(1, 9)) + acct[1:]
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    chk = 98 - int(num) % 97
    return "NL%02d%s" % (chk, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_phone(kind):
    if kind == "mob":
        return "06" + str(RNG.randint(1, 6)) + "".join(str(RNG.randint(0, 9)) for _ in range(7))
    area = {"070": "070", "071": "071", "010": "010", "079": "079", "015": "015"}[kind]
    return (
        area
        + str(RNG.choice([2, 3, 3, 3, 4, 5]))
        + "".join(str(RNG.randint(0, 9)) for _ in range(6))
    )


PC_PREFIX = [
    "2491",
    "2496",
    "2512",
    "2513",
    "2515",
    "2516",
    "2518",
    "2521",
    "2522",
    "2523",
    "2524",
    "2525",
    "2526",
    "2531",
    "2532",
    "2533",
    "2541",
    "2542",
    "2543",
    "2544",
    "2545",
    "2546",
    "2547",
    "2548",
    "2551",
    "2552",
    "2553",
    "2555",
    "2561",
    "2563",
    "2564",
    "2565",
    "2571",
    "2572",
    "2573",
    "2574",
    "2582",
    "2583",
    "2584",
    "2591",
    "2592",
    "2593",
    "2594",
    "2595",
]
PC_LET = "ABCDEGHJKLMNPRSTVWXZ"


def gen_pc(prefix=None):
    if prefix is None:
        p = RNG.choice(PC_PREFIX)
    elif len(prefix) < 4:
        p = RNG.choice([x for x in PC_PREFIX if x.startswith(prefix)])
    else:
        p = prefix
    while True:
        l = RNG.choice(PC_LET) + RNG.choice(PC_LET)
        if l not in ("SA", "SD", "SS"):
            return p + l


# ---------------------------------------------------------------- renderers
def r_bsn(d, st):
    if st == "plain":
        return d
    if st == "dots":
        return d[:4] + "." + d[4:6] + "." + d[6:]
    if st == "sp3":
        return d[:3] + " " + d[3:6] + " " + d[6:]
    if st == "dash":
        return d[:3] + "-" + d[3:6] + "-" + d[6:]
    if st == "dw":
        return " ".join(dword(c) for c in d)
    if st == "dwa":
        return " ".join(dword(c, True) for c in d)
    if st == "dwc":
        return ", ".join(" ".join(dword(c) for c in d[i : i + 3]) for i in (0, 3, 6))
    if st == "triples":
        return " ".join(group_words(d[i : i + 3]) for i in (0, 3, 6))
    if st == "pairs":
        return " ".join(group_words(d[i : i + 2]) for i in (0, 2, 4, 6)) + " " + dword(d[8])
    if st == "digsp":
        return " ".join(d)
    if st == "mixw":
        return d[:3] + " " + group_words(d[3:6]) + " " + d[6:]
    if st == "dots3":
        return d[:3] + "." + d[3:6] + "." + d[6:]
    if st == "pair_digits":
        return d[:2] + " " + d[2:4] + " " + d[4:6] + " " + d[6:8] + " " + d[8]
    raise ValueError(st)


def r_iban(s, st):
    cc, chk, bank, acct = s[:2], s[2:4], s[4:8], s[8:]
    if st == "compact":
        return s
    if st == "spaced":
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if st == "lower":
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4)).lower()
    if st == "lowc":
        return s.lower()
    if st == "letters":  # N L eenennegentig A B N A nul vier een ...
        return "N L " + w(int(chk)) + " " + " ".join(bank) + " " + " ".join(dword(c) for c in acct)
    if st == "names":  # en el ... letter names
        return (
            "en el "
            + " ".join(dword(c) for c in chk)
            + " "
            + " ".join(LETTERNAME[c.lower()] for c in bank)
            + " "
            + " ".join(dword(c) for c in acct)
        )
    if st == "alpha":
        return (
            "NL " + chk + " " + " ".join(c + " van " + ALPHA[c.lower()] for c in bank) + " " + acct
        )
    if st == "mix":  # NL 91 ABNA 04 17 16 43 00
        return "NL " + chk + " " + bank + " " + " ".join(acct[i : i + 2] for i in range(0, 10, 2))
    if st == "groupw":  # NL eenennegentig ABNA nul vier zeventien ...
        return (
            "NL "
            + w(int(chk))
            + " "
            + bank
            + " "
            + ", ".join(group_words(acct[i : i + 2]) for i in range(0, 10, 2))
        )
    if st == "cmpbank":  # NL91 ABNA 0417164300
        return cc + chk + " " + bank + " " + acct
    if st == "dashy":
        return cc + chk + "-" + bank + "-" + acct
    raise ValueError(st)


def r_phone(d, st):
    mob = d.startswith("06")
    area = d[:2] if mob else d[:3]
    sub = d[len(area) :]
    if st == "dash":
        return area + "-" + sub
    if st == "plain":
        return d
    if st == "sp2":
        if mob:
            return "06 " + " ".join(sub[i : i + 2] for i in range(0, 8, 2))
        return area + " " + sub[:3] + " " + sub[3:5] + " " + sub[5:]
    if st == "g4":
        if mob:
            return "06 " + sub[:4] + " " + sub[4:]
        return area + " " + sub[:3] + " " + sub[3:]
    if st == "paren":
        return "(" + area + ") " + sub[:3] + " " + sub[3:5] + " " + sub[5:]
    if st == "intl":
        a = area[1:]
        if mob:
            return "+31 6 " + sub[:4] + " " + sub[4:]
        return "+31 " + a + " " + sub[:3] + " " + sub[3:]
    if st == "intlc":
        return "+31" + d[1:]
    if st == "0031":
        return "0031 " + d[1 : 2 if mob else 3] + " " + sub
    if st == "intldash":
        return "+31-" + d[1:]
    if st == "dw":
        return " ".join(dword(c) for c in d)
    if st == "dwa":
        return " ".join(dword(c, True) for c in d)
    if st == "dwc":
        groups = [area] + [sub[i : i + 2] for i in range(0, len(sub), 2)]
        return ", ".join(" ".join(dword(c) for c in g) for g in groups)
    if st == "pairs":
        if mob:
            return "nul zes " + " ".join(group_words(sub[i : i + 2]) for i in range(0, 8, 2))
        return (
            "nul "
            + w(int(area[1:]))
            + " "
            + group_words(sub[:3])
            + " "
            + group_words(sub[3:5])
            + " "
            + group_words(sub[5:])
        )
    if st == "pairsc":
        if mob:
            return "nul zes, " + ", ".join(group_words(sub[i : i + 2]) for i in range(0, 8, 2))
        return (
            "nul "
            + w(int(area[1:]))
            + ", "
            + group_words(sub[:3])
            + ", "
            + group_words(sub[3:5])
            + ", "
            + group_words(sub[5:])
        )
    if st == "mix1":
        if mob:
            ps = [sub[i : i + 2] for i in range(0, 8, 2)]
            return "06 " + group_words(ps[0]) + " " + ps[1] + " " + group_words(ps[2]) + " " + ps[3]
        return area + " " + group_words(sub[:3]) + " " + sub[3:]
    if st == "mix2":
        return " ".join(dword(c) for c in area) + " " + sub[:4] + " " + sub[4:]
    if st == "digsp":
        return " ".join(d)
    if st == "intlw":
        rest = d[1:]
        if mob:
            return "plus eenendertig zes " + " ".join(
                group_words(sub[i : i + 2]) for i in range(0, 8, 2)
            )
        return "plus eenendertig " + w(int(area[1:])) + " " + " ".join(dword(c) for c in sub)
    if st == "odd":
        return area + " " + sub[:3] + " " + sub[3:6] + " " + sub[6:]
    if st == "dots":
        return (
            area + "." + ".".join(sub[i : i + 2] for i in range(0, len(sub), 2))
            if mob
            else area + "." + sub[:3] + "." + sub[3:]
        )
    raise ValueError(st)


def r_pc(p, st):
    n, l = p[:4], p[4:]
    if st == "std":
        return n + " " + l
    if st == "cmp":
        return n + l
    if st == "low":
        return n + " " + l.lower()
    if st == "lowc":
        return n + l.lower()
    if st == "sp":
        return n + " " + " ".join(l)
    if st == "dw":
        return " ".join(dword(c) for c in n) + " " + " ".join(l)
    if st == "dwl":
        return " ".join(dword(c) for c in n) + " " + " ".join(LETTERNAME[c.lower()] for c in l)
    if st == "pairs":
        return (
            w(int(n[:2])) + " " + w(int(n[2:])) + " " + " ".join(LETTERNAME[c.lower()] for c in l)
        )
    if st == "pairsL":
        return w(int(n[:2])) + " " + w(int(n[2:])) + " " + l
    if st == "dl":
        return n + " " + " ".join(LETTERNAME[c.lower()] for c in l)
    if st == "alpha":
        return n + " " + " ".join(c + " van " + ALPHA[c.lower()] for c in l)
    if st == "alpha2":
        return n + " " + " ".join(ALPHA[c.lower()] for c in l)
    if st == "full":
        return w(int(n)) + " " + l
    if st == "dash":
        return n + "-" + l
    raise ValueError(st)


TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


# ---------------------------------------------------------------- part 1
T(r"""
Rapportage huisbezoek punt nieuwe regel Op [[date:dinsdag veertien mei]] samen met collega [[person:Ilse]] van <<org:MEE>> bij mevrouw [[person:Roos]] geweest komma [[address:Hobbemastraat honderdtwaalf hs]] punt Mevrouw is zevenenzeventig jaar en woont daar sinds negentien vijfentachtig punt Ze vertelt dat haar zoon [[person:Martin]] al twee maanden niet is geweest en dat de post zich opstapelt punt nieuwe regel Afspraak dubbele punt de <<role:ouderenconsulent>> belt volgende week dinsdag met de <<org:Servicepunt XL>> in de <<wijk:Schilderswijk>> over de Wmo aanvraag punt Einde dictaat
""")

T(r"""
Voicemail van: §tel:intlc§ | Ontvangen: [[date:13-05-2024]] 10:42 | Duur: 0:51
Transcriptie (automatisch): ja goedemorgen u spreekt met [[person:Hatice Öztürk]] ik bel voor mijn moeder mevrouw [[person:Aydin]] eh zij heeft een brief gekregen van de <<org:Belastingdienst>> over de toeslag en ze begrijpt het niet wilt u mij terugbellen op eh §tel:pairs§ ik ben na drie uur bereikbaar dank u wel dag
""")

T(r"""
[00:00:03] Spreker 1: Sociaal wijkzorgteam <<wijk:Moerwijk>>, met [[person:Joost]].
[00:00:06] Spreker 2: Hallo, ja, met [[person:Kwame Mensah]]. Ik woon op de [[address:Zuidlarenstraat 14 B]].
[00:00:11] Spreker 1: Goedemiddag meneer [[person:Mensah]], waar kan ik u mee helpen?
[00:00:14] Spreker 2: Mijn vrouw [[person:Akosua]] is gisteren opgenomen in het <<org:HMC>> en ik moet voor de kinderen zorgen maar ik werk nachtdienst.
[00:00:25] Spreker 1: Dat is pittig. Mag ik uw geboortedatum?
[00:00:28] Spreker 2: [[date:Drie november negentien tachtig]].
[00:00:31] Spreker 1: En uw postcode?
[00:00:33] Spreker 2: §pc:dwl:2533§.
[00:00:37] Spreker 1: Ik zet het door naar de <<role:maatschappelijk werker>> en we bellen u morgen terug.
""")

T(r"""
memo voor mezelf niet vergeten mw [[person:de wit]] bellen ivm huurachterstand <<org:haag wonen>> zegt drie maanden dus dat is sinds maart. let op het is mevrouw [[person:de Wit]] van de [[address:Lijsterbesstraat 9]] niet die andere op de [[address:Klimopstraat 21]]. en [[person:Peter]] van schuldhulp vragen of de aanmelding binnen is
""")

T(r"""
Verslag telefonisch contact [[date:2 april]], ingesproken.
Gebeld door [[person:J. Kowalczyk]], buurvrouw van meneer [[person:Paweł Nowak]]. Zij maakt zich zorgen: meneer doet de deur niet meer open, de brievenbus puilt uit en er komt een vieze lucht uit de woning aan de [[address:Dedemsvaartweg 301]]. Volgens haar drinkt hij veel sinds zijn vrouw vorig jaar is overleden. Ik heb de <<role:wijkagent>> gevraagd om samen langs te gaan. Buurvrouw is bereikbaar op §tel:sp2§. Meneer staat bij ons geregistreerd onder [[dossier:SWT twee nul twee vier streepje nul nul acht negen drie]].
""")

T(r"""
Transcript teams-overleg, automatische ondertiteling

[[person:Marloes]]: oké dan de volgende casus, dat is de familie [[person:Boateng]] uit <<wijk:Transvaal>>.
[[person:Rachid]]: ja die heb ik. Dus [[person:Abena Boateng]], moeder van drie, vader [[person:Yaw]] zit sinds [[date:11 maart]] in voorarrest.
[[person:Marloes]]: en de kinderen?
[[person:Rachid]]: de oudste, [[person:Kofi]], is zestien en zit bij het <<org:CJG>> in beeld, de jeugdconsulent is [[person:Sanne Kuiper]].
[[person:Marloes]]: oké, en financieel?
[[person:Rachid]]: huur is niet betaald, rekening staat op naam van vader, dat is §iban:spaced:INGB§, moeder heeft geen eigen rekening.
""")

T(r"""
Bericht 3 van 5. Ontvangen op [[date:maandag 3 juni]] om 16:05. Afzender: onbekend nummer.
"hallo met [[person:Chen Mei]] ik ben de dochter van [[person:Chen Wei]] mijn vader woont in de <<wijk:Bouwlust>> hij heeft een val gehad en nu komt de thuiszorg niet meer kan iemand mij bellen mijn nummer is §tel:mix1:=x§ nee sorry ik begin opnieuw §tel:dw:=x§ dank u"
""")

T(r"""
Ingesproken notitie wijkverpleging, [[date:21-06]]:
Bij dhr. [[person:Ramdin]] geweest, [[address:Jacob Catsstraat 45 2]]. Wond aan rechterbeen geneest slecht, suiker niet goed ingesteld. Zoon [[person:Kishan]] helpt met medicatie maar is vaak weg voor werk. Overleg gehad met de <<role:huisarts>>, dokter [[person:Soekhai]]. BSN meneer, voor de indicatie: §bsn:dots§. Volgende controle vrijdag.
""")

T(r"""
SPK_0: u spreekt met het wijkteam <<wijk:Escamp>>
SPK_1: ja hallo met [[person:Ivanova]] [[person:Yordanka]] ik heb een afspraak gemist
SPK_0: geen probleem mevrouw kunt u uw achternaam spellen
SPK_1: [[person:i vee aa en oo vee aa]]
SPK_0: dank u en uw geboortedatum
SPK_1: [[date:negen negen zeventig]]
SPK_0: ik zie het staan u had een afspraak met [[person:Femke]] de <<role:budgetcoach>> ik maak een nieuwe voor u voor [[date:donderdag de twintigste]] om tien uur is dat goed
SPK_1: ja goed dank u
""")

T(r"""
Dicteerfunctie, e-mail aan <<org:Haag Wonen>>:
Beste [[person:Koster]], hierbij zoals besproken de gegevens van mevrouw [[person:Senait Tesfay]], [[address:Meppelweg 862]], §pc:std:2544§ Den Haag. Zij heeft vanaf [[date:1 juli 2024]] een betalingsregeling nodig voor de huurachterstand van € 1.840. Mevrouw is bereikbaar via haar dochter [[person:Helen]], §tel:dash§. Met vriendelijke groet, [[person:Wilma Hoekstra]], <<role:casusregisseur>> <<org:SWT>> <<wijk:Morgenstond>>
""")

T(r"""
voice memo 08:12
oké even snel, mevrouw [[person:Hodan Warsame]] heeft vannacht gebeld met de <<org:politie>> erbij, partner weer thuis geweest ondanks het contactverbod. ik ga vanmiddag met [[person:Lotte]] van <<org:Veilig Thuis>> langs. melding staat onder [[dossier:VT 2024 3318]]. adres is [[address:Moerweg honderdachtentwintig A]]. kinderen [[person:Ayaan]] en [[person:Yusuf]] zijn bij oma.
""")

T(r"""
[Voicemail | [[date:2024-06-11]] 08:59:12 | Beller: §tel:plain:070§ | Lengte 00:01:14 | Spraakherkenning nl-NL, betrouwbaarheid 71%]
Goedemorgen, met [[person:Ria van Leeuwen]] van de <<org:Voedselbank Haaglanden>>. Ik bel over meneer [[person:Doğan]], [[person:Emre Doğan]], die staat bij ons ingeschreven tot eind juni, [[date:30 juni]] om precies te zijn. Wij hebben van u nog geen verlengingsformulier ontvangen. Zou u dat willen mailen naar [[email:intake at voedselbankhaaglanden punt nl]]? Dank u wel.
""")

T(r"""
Medewerker: Goedemiddag, wijkteam <<wijk:Laak>>, u spreekt met [[person:Dorien]].
Beller: Ja, met [[person:Popescu]]. Ik heb uw brief gekregen maar ik moet mijn bankrekening doorgeven.
Medewerker: Dat is goed. Zegt u het maar.
Beller: §iban:groupw:RABO:=r§
Medewerker: Sorry, ik heb hem niet helemaal. Nog een keer langzaam?
Beller: §iban:letters:=r§
Medewerker: Dank u. En uw BSN staat al in het systeem. Op welke naam staat de rekening?
Beller: [[person:Andreea Popescu]], mijn vrouw.
""")

T(r"""
Verslag MDO [[date:woensdag 12 juni 2024]] – ingesproken door [[person:H. Karimi]], <<role:Wmo-adviseur>>
Aanwezig: [[person:Gert-Jan]] (<<org:Parnassia>>), [[person:Shabnam]] (<<role:welzijnscoach>>), [[person:Kees]] (<<org:Leger des Heils>>) en ik.
Casus meneer [[person:Sediq Rahimi]], [[address:Melis Stokelaan 1180]]. Woning ernstig vervuild, meneer wil geen hulp. <<org:GGD>> heeft op [[date:29 mei]] gekeken, geen direct gevaar. Afspraak: [[person:Kees]] probeert via de <<role:ervaringsdeskundige>> contact te leggen. Dossier [[dossier:2024/SWT/0571]].
""")

T(r"""
spraakmemo na huisbezoek familie [[person:Hendriks]] het is een grote chaos in huis moeder [[person:Wendy]] is heel moe vader [[person:Kevin]] werkt in de haven kinderen [[person:Noa]] en [[person:Sem]] spelen buiten zonder toezicht ik heb het <<org:CJG>> gebeld de postcode is §pc:pairs:2543§ en dan [[address:Beresteinlaan vierenzeventig]] de bovenwoning dus
""")

T(r"""
Telefoonnotitie (spraak naar tekst)
Datum gesprek: [[date:17/4]]
Beller: [[person:Nasra Hassan]], nichtje van [[person:Fadumo Osman]]
[[person:Fadumo]] (81) spreekt geen Nederlands, nichtje tolkt. Vraag: hulp bij huishouden en boodschappen. Verwezen naar <<org:Wmo-loket>>. Telefoonnummer nichtje: §tel:dwc§. [[person:Fadumo]] woont [[address:Rijswijkseweg 97-III]].
""")

T(r"""
Transcriptie voicemail - [[date:do 6 jun]] 12:31
"ja met [[person:Anja]] van de huisartsenpraktijk <<wijk:Mariahoeve>> ik bel over patiënt mevrouw [[person:Visser]] geboren [[date:twaalf vier negenendertig]] zij is gisteren weer gevallen en de <<role:praktijkondersteuner>> denkt aan dementie kan de <<role:casemanager dementie>> contact opnemen met de dochter [[person:Marjolein]] op §tel:g4§ groetjes"
""")

T(r"""
Rapportage [[date:19 juni]], dictaat [[person:Femke]]
Cliënt: [[person:Agnieszka Wójcik]], BSN §bsn:triples§. Adres [[address:Loosduinseweg driehonderdtwee]], §pc:dl:2571§. Mevrouw werkt via een uitzendbureau in de kassen, heeft een schuld bij <<org:CJIB>> en <<org:DUO>>. Zoontje [[person:Kuba]] gaat naar groep drie. Zij wil graag Nederlandse les. Doorverwezen naar <<org:Humanitas Thuisadministratie>>, contactpersoon [[person:Bert]].
""")

T(r"""
Speaker 1: hoi met [[person:Ruud]] eh van het wijkteam
Speaker 2: ja hoi [[person:Ruud]] met [[person:Shurendy]]
Speaker 1: hoi [[person:Shurendy]] ik bel even terug over je moeder
Speaker 2: ja mam [[person:Gisèle Martis]] die zit nu echt in de problemen ze heeft een brief van de <<org:Svb>> dat haar AOW wordt gekort
Speaker 1: oké kun je mij het kenmerk van die brief geven
Speaker 2: ja ehm er staat [[dossier:A O W slash 22 slash 4 8 1 9 0 6]]
Speaker 1: top ik kijk ernaar en ik bel je [[date:vrijdag de zevende]] terug
""")

# ---------------------------------------------------------------- part 2
T(r"""
[00:00.000 --> 00:04.320] Goedemiddag, u bent verbonden met het sociaal wijkzorgteam <<wijk:Segbroek>>.
[00:04.320 --> 00:09.880] Ja hallo, met mevrouw [[person:Bakker]], ik bel voor mijn buurman, meneer [[person:Groen]].
[00:09.880 --> 00:16.040] Die woont hier boven mij, [[address:Weimarstraat 210 2e]], en ik heb hem al vier dagen niet gezien.
[00:16.040 --> 00:21.600] Hij is eenenneventig en hij heeft geen familie meer, alleen een neef in Zeeland.
[00:21.600 --> 00:26.120] Weet u de naam van die neef? Eh, [[person:Arjan]], [[person:Arjan Groen]] denk ik.
[00:26.120 --> 00:31.400] En op welk nummer kan ik u terugbellen, mevrouw [[person:Bakker]]? §tel:pairs:070§.
""")

T(r"""
Opname huisbezoek, uitgeschreven met spraakherkenning, gecorrigeerd door [[person:Tamara]]
Datum: [[date:vrijdag 28 juni]]
Bij mevrouw [[person:Fatma Şahin]] (in het systeem als [[person:Sahin]]) thuis, [[address:Van Ostadestraat 88 A]], §pc:cmp:2526§. Aanwezig ook haar schoonzus [[person:Gül]]. Mevrouw heeft na de scheiding alle post laten liggen. Schulden o.a. bij <<org:Eneco>>, <<org:Zorg en Zekerheid>> en een incassobureau. Rekeningnummer voor de aanvraag bijzondere bijstand: §iban:compact:ASNB§. Aanmelding <<org:Schuldhulpverlening Den Haag>> gedaan, aanvraagnummer [[dossier:SHV-24-01377]].
""")

T(r"""
Klant: hallo is dit het wijkteam
Medewerker: ja u spreekt met [[person:Marieke]] van het wijkteam <<wijk:Regentessekwartier>>
Klant: ik ben [[person:Mohamed El Idrissi]] ik heb een probleem met mijn uitkering
Medewerker: vervelend meneer [[person:El Idrissi]] kunt u mij uw BSN geven
Klant: §bsn:dw:=a§
Medewerker: even herhalen §bsn:digsp:=a§ klopt dat
Klant: ja klopt
""")

T(r"""
memo — di — bij [[person:Omar]] geweest, [[person:Omar Khalil]], [[address:Hengelolaan 1034]]. gaat slecht, nachtmerries, zit hele dag binnen. <<role:POH-GGZ>> van praktijk dr. [[person:Lam]] wil verwijzen naar <<org:Parnassia>> maar [[person:omar]] wil niet. broer [[person:Bashar]] komt [[date:zaterdag 15 juni]] uit Duitsland. tel [[person:bashar]] §tel:intl§ (NL nummer).
""")

T(r"""
VOICEMAIL — afzender §tel:sp2:=a§ — [[date:25-6-2024]] 18:47 — 38 sec
"hoi met [[person:priscilla]] ik ben de zus van [[person:jermaine]] hij zit in de <<org:Kessler Stichting>> nachtopvang maar hij moet er morgen uit en hij heeft geen plek meer kunt u alstublieft iets doen mijn nummer is §tel:dw:=a§ ja dus bel me terug"
""")

T(r"""
Dictaat rapportage, [[person:B. de Graaf]], <<role:wijkverpleegkundige>>.
Vandaag eerste gesprek met [[person:Hristo Georgiev]] en zijn vrouw [[person:Radka]]. Gezin komt uit Bulgarije, woont sinds vorig jaar op de [[address:Stuwstraat 7 bis]]. Meneer heeft COPD, geen huisarts. Zij staan niet ingeschreven bij de gemeente op dit adres. Volgens meneer wonen er nog vier anderen. Gesignaleerd aan <<org:Gemeente Den Haag>>, team woonfraude, kenmerk [[dossier:WF 2024 0 4 4 1 2]]. Contact via tolk. Volgende keer samen met [[person:Stefka]] (vrijwilliger, spreekt Bulgaars).
""")

T(r"""
Spreker 1 0:00 Hallo, met [[person:Youssef]] van <<org:VoorwaartsXL>>.
Spreker 2 0:03 Hé [[person:Youssef]], met [[person:Anouk]], wijkteam <<wijk:Zuiderpark>>.
Spreker 1 0:06 Ja, zeg het maar.
Spreker 2 0:08 Ik heb hier een jongen, [[person:Ilias Achahbar]], negentien, die wil graag werkervaring opdoen. Kan ik hem aanmelden?
Spreker 1 0:15 Ja, stuur maar een mailtje naar mij, [[email:y punt azzouzi at voorwaartsxl punt nl]].
Spreker 2 0:20 [[person:Azzouzi]] met twee z's?
Spreker 1 0:22 Twee z's, ja. [[person:A Z Z O U Z I]].
""")

T(r"""
notitie na tel. gesprek met [[person:Sunita]] ([[person:Jagessar]]), mantelzorger van haar vader [[person:Ravi]]. vader heeft parkinson, moeder overleden op [[date:4 januari]]. [[person:sunita]] is op. wil respijtzorg. <<role:mantelzorgconsulent>> inschakelen via <<org:Stichting MOOI>>. adres vader [[address:Zuiderparklaan 512]], zij zelf woont in Rijswijk. tel [[person:sunita]] §tel:mix2§
""")

T(r"""
Transcriptie (automatisch gegenereerd – controleer op fouten)
Gesprek met cliënt [[person:Tomasz Wiśniewski]], [[date:3 juli 2024]]
[[person:Tomasz]]: ik heb alles gedaan maar ze zeggen ik moet een formulier
Medewerker ([[person:Joyce]]): welk formulier precies
[[person:Tomasz]]: van het <<org:UWV>>, voor de WW, met nummer ehm [[dossier:K 5 5 0 1 9 3 8]]
[[person:Joyce]]: oké en heeft u een DigiD
[[person:Tomasz]]: nee
[[person:Joyce]]: dan gaan we dat eerst samen aanvragen bij het <<org:Servicepunt XL>> in <<wijk:Moerwijk>>, donderdag om twee uur
""")

T(r"""
[Voicemail] Nieuw bericht van §tel:0031:070§, [[date:ma. 8 juli]], 09:02
Transcriptie: Goedemorgen, u spreekt met [[person:Wim Dekker]], <<role:bewindvoerder>>. Ik heb het bewind van meneer [[person:Rinaldo Pinas]] overgenomen per [[date:één juli]]. Leefgeld gaat voortaan naar rekening §iban:names:SNSB§. Graag even terugbellen of mailen naar [[email:w.dekker@bewindvoeringdekker.nl]], dank u.
""")

T(r"""
Ingesproken verslag, [[person:S. Farah]] (<<role:casusregisseur>>)
Onderwerp: familie [[person:Mahabier]], [[address:Apeldoornselaan 164]], §pc:dw:2573§.
Bespreking met [[person:Devika Mahabier]] en haar broer [[person:Rakesh]]. Hun moeder, mevrouw [[person:Mahabier-Ramlal]], is na een herseninfarct thuisgekomen. [[person:Rakesh]] wil niet dat er vreemden in huis komen. [[person:Devika]] kan het niet meer aan. Afgesproken: Wmo-aanvraag voor dagbesteding, geregistreerd als [[dossier:WMO-2024-117386]]. Evaluatie [[date:2 september]].
""")

T(r"""
spraakmemo [[person:tess]]: vanmorgen bij meneer [[person:de hoop]] geweest op de [[address:tarwekamp 26]], hij zat in het donker, elektra afgesloten door <<org:eneco>>
""")

T(r"""
Medewerker: Wijkteam <<wijk:Bezuidenhout>>, goedemorgen.
Beller: Goedemorgen, met [[person:Nadia Benali]] van de <<org:Juridisch Loket>>. Ik bel over uw cliënt mevrouw [[person:Zeynep Arslan]].
Medewerker: Ja, ik ken haar. Wat is er?
Beller: Zij moet voor [[date:vijftien juli]] bezwaar maken tegen de beschikking van de <<org:Belastingdienst>>. Kenmerk is [[dossier:vier drie twee punt nul nul zeven punt vijf vijf een]]. Zou u haar daarbij kunnen helpen?
Medewerker: Dat kan. Wilt u de stukken mailen naar [[email:s.demir@wijkteambezuidenhout.nl]]? Dat is mijn collega [[person:Selin Demir]].
""")

T(r"""
Voicememo [[date:10/07]] – [[person:ineke]]
Overdracht voor [[person:Daan]]: mw [[person:Latumahina]] van de [[address:Laakkade 19-hs]] morgen bellen, zij wacht op uitslag indicatie. Ook: kleindochter [[person:Chayenne]] zegt dat oma's pinpas kwijt is, blokkeren via ING, rekening §iban:lowc:INGB§. Bij twijfel overleg met [[person:Gert-Jan]].
""")

T(r"""
SPK_1 [00:00:01]: Goedemiddag, met de <<role:wijkagent>>, [[person:Mulder]].
SPK_2 [00:00:04]: Hoi, met [[person:Esmée]] van het wijkzorgteam. Ik bel over de woning aan de [[address:Teniersstraat 3]].
SPK_1 [00:00:09]: Daar hebben we [[date:zondag de 14e]] een melding gehad van burengerucht.
SPK_2 [00:00:13]: Klopt. De bewoner is [[person:Glenn Sabajo]], hij is bij ons bekend, verward gedrag.
SPK_1 [00:00:19]: Ik heb hem in ons systeem onder [[dossier:PL1500-2024183442]].
SPK_2 [00:00:25]: Kunnen we een gezamenlijk huisbezoek doen met de <<org:GGD>> bemoeizorg?
""")

T(r"""
Dicteerfunctie | Rapportage welzijn op recept | [[person:Naima]]
Mevrouw [[person:Hawa]] ([[person:Abdi]]), 68, voelt zich eenzaam sinds haar man is overleden. Woont alleen in een flat in <<wijk:Mariahoeve>>, [[address:Ruychrocklaan 348]]. Kinderen wonen in Engeland. Ze wil graag naar de vrouwengroep in het wijkcentrum op maandagochtend. Nummer dochter: §tel:intl§ (haar NL nummer, ze is vaak hier).
""")

T(r"""
Voicemail-transcriptie — [[date:16 juli 2024]], 14:20, nummer afgeschermd
"ja hallo ik ben [[person:Marta]] [[person:Lewandowska]] ik heb van de school van mijn dochter [[person:Zuzia]] het advies gekregen om u te bellen want het gaat niet goed thuis met mijn man ik kan nu niet lang praten bel alstublieft niet maar stuur een sms naar §tel:dwa§"
""")

T(r"""
Verslag huisbezoek (ingesproken, onbewerkt)
cliënt [[person:shanti sewnath]] adres [[address:de la reyweg vijfhonderdzevenenvijftig]] postcode §pc:low:2571§ geboren [[date:dertien februari negentienhonderdvierenvijftig]] bsn §bsn:pairs§ mevrouw woont samen met kleinzoon [[person:romano]] van tweeëntwintig die geld van haar pint vermoeden financiële uitbuiting besproken met [[person:eva]] van <<org:Veilig Thuis>> advies melding doen
""")

T(r"""
[[person:Jeroen]]: ik zet even de opname aan voor het verslag, is dat goed?
[[person:Ayşe]]: ja is goed.
[[person:Jeroen]]: dus we zitten hier bij [[person:Ayşe Koç]] thuis, [[address:Hanenburglaan 63]], het is [[date:dinsdag 23 juli]].
[[person:Ayşe]]: mijn zoon [[person:Burak]] is twaalf en hij heeft ADHD, school belt steeds.
[[person:Jeroen]]: en de <<role:jeugdconsulent>> van het <<org:CJG>>, wie is dat?
[[person:Ayşe]]: mevrouw [[person:Prins]], [[person:Esther Prins]].
""")

T(r"""
Telefoonnotitie – ingesproken op mobiel
Vandaag gebeld door <<org:Staedion>>, medewerker [[person:Boukhari]]. Huurder [[person:Ahmad Shah Popal]], [[address:Erasmusweg 1270]], heeft een ontruimingsvonnis, ontruiming staat gepland op [[date:donderdag 1 augustus]]. Huurnummer [[dossier:10023847-01]]. Huurachterstand € 4.312,50. Ik neem contact op met de <<role:schuldhulpverlener>> en met meneer zelf, hij is bereikbaar op §tel:odd§.
""")

T(r"""
memo 17:45 [[person:Lina]] [[person:Haddad]] gebeld, gaat goed met inburgering, zoekt vrijwilligerswerk, tips gegeven. nieuwe mail: [[email:lina punt haddad negentachtig at gmail punt com]]
""")

T(r"""
Gesprek [[date:26-07-24]] uitgewerkt door spraaksoftware
[[person:Marieke]]: meneer [[person:Tekle]], weet u uw postcode?
[[person:Tekle]]: ja, §pc:pairsL:2545§.
[[person:Marieke]]: en het huisnummer?
[[person:Tekle]]: honderdzesentwintig.
[[person:Marieke]]: de straat is de [[address:Dreibholtsweg 126]]? Nee wacht, dat klopt niet.
[[person:Tekle]]: [[address:Dedemsvaartweg honderdzesentwintig]].
[[person:Marieke]]: dank u. En uw vrouw heet [[person:Semhar]]?
[[person:Tekle]]: ja, [[person:Semhar Mebrahtu]].
""")

T(r"""
Beste collega's, dit is een ingesproken bericht van [[person:Kees]]. Even de stand van zaken bij de familie [[person:Tavares]] in <<wijk:Spoorwijk>>: [[person:Djamila]] heeft het contract voor de nieuwe woning getekend, sleuteloverdracht is [[date:maandag twaalf augustus]]. Het nieuwe adres wordt [[address:Parallelweg 52 C]]. Haar ex, [[person:Edson Semedo]], weet het adres niet en dat moet zo blijven. Dus niet doorgeven aan wie dan ook. Groet, [[person:Kees]].
""")

# ---------------------------------------------------------------- part 3
T(r"""
Intake ingesproken, vrije tekst volgt later.
Naam: [[person:Kalloe]], voornaam [[person:Anjali]]. Geboortedatum [[date:zeven acht vijfentachtig]]. BSN §bsn:dwc§. Adres [[address:Fahrenheitstraat vierhonderdeenenzestig]], postcode §pc:dw:2561§. Telefoon §tel:pairsc§. E-mail [[email:anjali k a l l o e at hotmail punt com]]. Rekening §iban:mix:INGB§. Aangemeld door <<role:huisarts>>. Reden: schulden, stress, twee jonge kinderen.
""")

T(r"""
Voicemail | Van: §tel:intldash§ | [[date:30-07-2024]] 11:15 | 0:22
"goedemiddag met [[person:Owusu]] ik wil alleen even zeggen dat ik morgen niet kan komen naar de afspraak om half tien ik moet naar het ziekenhuis kunnen we een nieuwe afspraak maken ik ben bereikbaar op dit nummer dank u"
""")

T(r"""
Memo, [[date:1 aug]]: dossiernummer van [[person:Isenia]] is niet [[dossier:2024 min 3 3 1 0 8]] maar [[dossier:2024-33180]], in <<org:Mens Centraal>> staat het fout. Doorgeven aan [[person:Bram]] van de administratie.
""")

T(r"""
Transcriptie telefoongesprek – <<org:Wmo-loket>> ↔ wijkteam
A: met [[person:Cor]] van het <<org:Wmo-loket>>
B: hoi [[person:Cor]], met [[person:Fenna]], <<wijk:Waldeck>>
A: ik heb hier een aanvraag voor een scootmobiel van meneer [[person:Zwart]], klantnummer [[dossier:hekje 7 7 4 1 0 2]]
B: die ken ik, meneer woont op [[address:Lozerlaan 1451]], tweede verdieping, geen lift
A: dat maakt het lastig, waar moet dat ding gestald worden
B: in de fietsenstalling beneden, ik heb dat met de <<role:huismeester>> besproken
A: oké ik zet een huisbezoek in, [[date:dinsdag 6 augustus]] om 13:00
""")

T(r"""
Dictaat: brief aan de zorgverzekeraar <<org:CZ>>, polisnummer [[dossier:4 0 7 7 2 1 1 8 9]], betreft mevrouw [[person:Cardoso]], geboren [[date:21-12-1958]], woonachtig [[address:Vaillantlaan 45-A]], §pc:std:2526§ Den Haag, BSN §bsn:sp3§. Mevrouw heeft een premieachterstand van zes maanden. Wij verzoeken u de incasso op te schorten tot [[date:1 oktober]] in verband met een lopend traject bij de <<org:Gemeentelijke Kredietbank>>. Met vriendelijke groet, [[person:M. Hoekstra]], <<role:maatschappelijk werker>>.
""")

T(r"""
memo 16:02 mevrouw van nummer §tel:mix1§ belde zei niet haar naam alleen dat ze in de [[address:Wouwermanstraat 41]] woont en dat de man boven haar zijn vrouw slaat niet doorgeven wie belde
""")

T(r"""
[[person:Mila]] (wijkteam): Goedemorgen, met [[person:Mila]].
[[person:Mariam]]: Ja, goedemorgen, met [[person:Mariam Noori]].
[[person:Mila]]: Hoi [[person:Mariam]]. Heb je de brief van de <<org:IND>> al?
[[person:Mariam]]: Ja, gisteren. Ik moet het nummer geven, het is V-nummer [[dossier:30 76 55 41 29]].
[[person:Mila]]: Oké. En je nieuwe e-mailadres?
[[person:Mariam]]: [[email:mariam.noori2001@outlook.com]].
[[person:Mila]]: Is dat met twee keer een o?
[[person:Mariam]]: Ja, [[person:N O O R I]].
""")

T(r"""
Voicemail transcriptie [[date:zaterdag 3 augustus]] 10:48
"ja hoi hallo met [[person:Nel]] van drie hoog eh van de [[address:Zuidlarenstraat 80]] ik bel voor mevrouw [[person:Smit]] op twee hoog die ligt al sinds donderdag in het <<org:Haga>> en ik heb de sleutel, de kat moet eten, wie kan ik bellen, mijn nummer is eh nee ik geef mijn mobiel §tel:digsp§, ik ben thuis tot vijf uur"
""")

T(r"""
Huisbezoek [[date:vijf augustus]] – ingesproken in de auto
Bij [[person:Hüseyin Çelik]] (in systeem: [[person:Celik]]), [[address:Zuidlarenstraat 213 huis]]. Meneer is 59, WIA sinds 2019. Vrouw [[person:Kübra]] is vorige maand vertrokken, met de twee jongste kinderen. Meneer zit er doorheen. Huurachterstand € 2.100. Afspraak met <<org:Schuldhulpverlening>>, dossier [[dossier:S H V schuine streep 24 schuine streep 8812]]. Ik heb ook [[person:Erdem]] ingeseind, de oudste zoon, nummer §tel:sp2§.
""")

T(r"""
Transcript (speech-to-text, Dutch)
0:00 — Spreker A: Met [[person:Laura]], <<role:woonconsulent>> <<org:Vestia>>.
0:04 — Spreker B: Hoi [[person:Laura]], met [[person:Thijs]] van het SWT <<wijk:Loosduinen>>.
0:08 — Spreker A: Ik bel over de heer [[person:Wongsodikromo]], [[address:Loosduinse Hoofdstraat 318]]. Hij heeft een brief van ons over overlast gekregen.
0:16 — Spreker B: Ah, meneer [[person:Karijo]]. Zo noemt iedereen hem.
0:19 — Spreker A: Precies. De buren klagen over harde muziek 's nachts. Kunt u hem bezoeken voor [[date:15 augustus]]?
""")

T(r"""
voicememo bij vertrek: sleutelkastje code is 4-7-1-2, niet vergeten. mw. [[person:Kuiper]] [[address:Westduinweg 220]] ligt niet in bed maar op de bank, beddengoed vies. dochter [[person:Yvonne]] mailen op [[email:yvonne.kuiper at kpnmail.nl]]
""")

T(r"""
Bericht 1 van 2 — [[date:ma 12 aug]] — afzender §tel:paren:070§
[[person:Jacqueline]] van de <<org:Sociale Dienst>> hier. Ik bel over de bijstandsaanvraag van meneer [[person:Florin Constantin]], aanvraagnummer [[dossier:BB streepje 2024 streepje 6671]]. Wij missen nog de bankafschriften van de rekening eindigend op vier drie nul nul. Graag voor [[date:vrijdag 16 augustus]] aanleveren, anders wordt de aanvraag buiten behandeling gesteld.
""")

T(r"""
Gesprek met [[person:Warsame]] op locatie, opgenomen met toestemming, automatisch uitgeschreven

wijkteam: dus uw man woont niet meer hier
[[person:Warsame]]: nee sinds [[date:de twintigste juli]] niet meer
wijkteam: en waar woont hij nu
[[person:Warsame]]: bij zijn broer op de [[address:Moerweg 34]]
wijkteam: oké en de kinderen
[[person:Warsame]]: [[person:Ilhan]] is acht [[person:Abdirahman]] is vijf
wijkteam: kunt u mij uw rekeningnummer geven voor de toeslag
[[person:Warsame]]: §iban:compact:BUNQ§
""")

T(r"""
Dictaat [[person:Femke]]: mevrouw [[person:Dimitrova]] heeft geen geldige ID, daardoor lukt inschrijving BRP niet. Contact met [[person:Tsvetelina]] (<<org:Stichting Boog>>), zij helpt. Mevrouw slaapt nu bij een kennis, [[address:Slachthuisstraat 12-2]]. Geen telefoon, alleen WhatsApp via de kennis: §tel:plain§. Volgende afspraak [[date:dinsdag 20-8]] in het wijkcentrum.
""")

T(r"""
SPK_00: wijkteam <<wijk:Mariahoeve>> goedemiddag
SPK_01: ja met [[person:van Dijk]] ik bel voor mijn schoonvader
SPK_00: wat is de naam van uw schoonvader
SPK_01: [[person:Henk Vos]] met een V van Victor
SPK_00: en zijn adres
SPK_01: [[address:Tarwekamp 114]] dat is in het seniorencomplex
SPK_00: en de postcode weet u die
SPK_01: §pc:alpha:2592§
SPK_00: dank u wat is er aan de hand
SPK_01: hij vergeet alles laat het gas aan mijn vrouw [[person:Annemiek]] is er elke dag maar het gaat zo niet langer
""")

T(r"""
Rapportage - spraakinvoer - [[date:22 aug. 2024]]
Overleg met <<role:ambulant begeleider>> [[person:Priscilla Doelwijt]] (<<org:Middin>>) over [[person:Jordy]], 26, LVB. [[person:Jordy]] heeft schulden laten oplopen via online bestellingen. Bewind aangevraagd, zaaknummer rechtbank [[dossier:C/09/667123 BR RK 24-1123]]. Rekening [[person:Jordy]]: §iban:spaced:RABO§. Tijdelijk leefgeld via <<org:Leger des Heils>>.
""")

T(r"""
memo: BSN van mevrouw [[person:Mensah]] klopte niet in het formulier, het juiste is §bsn:dots3§ (gecheckt met paspoort). [[person:Efua]] weet ervan.
""")

T(r"""
Voicemail (spraak-naar-tekst, kan fouten bevatten)
Ontvangen: [[date:woensdag 21 augustus 2024]], 15:33
"Dag, met [[person:Joke Verbeek]] van de thuiszorg, <<org:Florence>>. Mevrouw [[person:Blom]] op de [[address:Stuwstraat 110]] wil ons niet meer binnenlaten. Ze zegt dat we stelen. We maken ons zorgen. Kan de casemanager bellen naar §tel:g4:070§ toestel 2, dat is de planning. Doei."
""")

T(r"""
Medewerker: oké dus uw e-mailadres is
Cliënt: [[email:sharon underscore rosaria at live punt nl]]
Medewerker: sharon met een h?
Cliënt: ja [[person:S H A R O N]]
Medewerker: en uw geboortedatum
Cliënt: [[date:18 01 1992]]
Medewerker: dank u mevrouw [[person:Rosaria]], ik stuur de uitnodiging voor [[date:woensdag de achtentwintigste]]
""")

T(r"""
Huisbezoek, dictaat: mevrouw [[person:Stan]], [[person:Elena Stan]], [[address:Hobbemastraat 40-I]]. Gezin van vijf in een tweekamerwoning. Vader [[person:Marius]] werkt in de vleesverwerking, via uitzendbureau, woont dus in een huis van de werkgever; huurcontract loopt af op [[date:31 augustus]]. Overleg nodig met <<org:Haag Wonen>> over urgentie. Kinderen [[person:Ionuț]] (11) en [[person:Bianca]] (7) staan bij de school ingeschreven, de jongste niet.
""")

T(r"""
memo opgenomen 21:10 uur, niet meer gecheckt: na werktijd gebeld door onbekende man, zegt dat zijn broer [[person:Yonas]] ([[person:Yonas Berhane]]?) in de flat aan de [[address:Hengelolaan 880]] zichzelf iets aan wil doen. Direct <<org:GGD>> crisisdienst gebeld. Terugbelnummer man §tel:dw§. Morgen navragen bij [[person:Filmon]].
""")

T(r"""
[[person:Emine]]: zo, de opname loopt. Casusoverleg [[date:29-08]]. Aanwezig [[person:Emine]], [[person:Rutger]], [[person:Said]].
[[person:Said]]: ik begin even met [[person:Tahiri]]. Mevrouw [[person:Imane Tahiri]], [[address:Hoefkade 616]]. Geen schulden meer, traject is afgerond.
[[person:Rutger]]: mooi. Afsluiten?
[[person:Said]]: ja, afsluiten per [[date:1 september]]. Dossier [[dossier:SWT-CS-00412]].
[[person:Emine]]: genoteerd.
""")

T(r"""
Voicemail: "ja u spreekt met [[person:Sahetapy]] [[person:Johnny]] ik heb een brief gehad over de kwijtschelding met het nummer [[dossier:K W 24 0 0 5 7 1 9]] en daar staat dat ik moet bellen maar ik krijg niemand te pakken kan iemand mij helpen ik woon op de [[address:Apeldoornselaan vijfentwintig]] mijn nummer is §tel:pairs§"
""")

T(r"""
Verslag (spraak): bij [[person:Boyan Petrov]] en [[person:Nikolay Stoyanov]], [[address:Rijswijkseweg 300]], kamerbewoning. Beiden werken via hetzelfde uitzendbureau. [[person:Nikolay]] heeft een arbeidsongeval gehad op [[date:12 augustus]] en krijgt niets uitbetaald. Gewezen op <<org:FNV>> en <<org:Juridisch Loket>>. Ik mail de informatie naar [[email:boyan punt petrov at abv punt bg]].
""")

# ---------------------------------------------------------------- part 4
T(r"""
Rapportage eerste gesprek, ingesproken door [[person:Rianne]] (<<role:casusregisseur>>), uitgewerkt met spraakherkenning.
Datum gesprek: [[date:maandag 2 september 2024]]. Locatie: wijkcentrum <<wijk:Transvaal>>.
Cliënt: de heer [[person:Abdelkader Ouali]], geboren [[date:04-11-1966]], BSN §bsn:plain§, wonend [[address:Hobbemastraat 203 derde]], §pc:cmp:2526§.
Meneer is aangemeld door zijn <<role:huisarts>> vanwege somberheid en schulden. Hij is sinds twee jaar weduwnaar. Zijn dochter [[person:Samira]] woont in Rotterdam en komt eens per maand. Meneer heeft een AOW-gat omdat hij pas op zijn dertigste naar Nederland kwam; aanvullende inkomensvoorziening via de <<org:SVB>> is nooit aangevraagd. Schulden: <<org:CAK>> eigen bijdrage, <<org:Dunea>>, telefoonabonnement. Totaal ongeveer € 3.900.
Afspraken: ik vraag de AIO aan met meneer, [[person:Samira]] helpt met de papieren. Rekeningnummer meneer §iban:spaced:ABNA§. Toestemmingsverklaring is getekend. Volgende afspraak [[date:16-9]] om tien uur.
""")

T(r"""
Gespreksverslag (automatische transcriptie, Microsoft Teams)
[[person:Van der Meer, Karin]] 0:02
Goedemiddag allemaal, we hebben vandaag drie casussen. Eerst mevrouw [[person:Ghebremedhin]].
[[person:Tesfay, Dawit]] 0:10
Ja, dat is mijn casus. Mevrouw [[person:Selam Ghebremedhin]], 34, statushouder uit Eritrea, woont sinds [[date:15 april]] vorig jaar op de [[address:Melis Stokelaan 2440]]. Ze heeft drie kinderen, de jongste is net een half jaar.
[[person:Van der Meer, Karin]] 1:02
En wat is de hulpvraag?
[[person:Tesfay, Dawit]] 1:05
Ze is het overzicht kwijt over de post. Ze heeft een boete van de <<org:HTM>>, en de <<org:Belastingdienst>> vordert kinderopvangtoeslag terug. Kenmerk toeslagen [[dossier:T O E S 2 4 0 9 7 7 1 2]].
[[person:Van der Meer, Karin]] 1:40
Oké. Wie pakt het op met haar?
[[person:Tesfay, Dawit]] 1:43
Ik, samen met [[person:Mussie]] van <<org:VluchtelingenWerk>>.
""")

T(r"""
voicemail 1 van 1 [[date:dinsdag 3 september]] 07:58
ja goedemorgen u spreekt met de <<role:huismeester>> van het complex aan de Oudemansstraat meneer [[person:Willemsen]] eh ik bel over de bewoner van [[address:Oudemansstraat 47]] meneer [[person:Wolf]] er komt water door het plafond bij de onderburen en hij doet niet open ik heb ook geprobeerd zijn dochter te bellen maar dat nummer §tel:dw§ is afgesloten kunt u contact met mij opnemen op §tel:pairs§ dank u wel
""")

T(r"""
Dicteerverslag [[person:Jan-Willem]] – wijkverpleging <<org:Saffier>>
[[date:4 sept]]: bij mw. [[person:Maduro]], [[address:Jan van Riebeekstraat 66]]. Mevrouw, 88, diabetes type 2, zit sinds de val op [[date:17 augustus]] in een rolstoel. Schoondochter [[person:Anthonia Maduro-Girigori]] komt dagelijks. Woning niet aangepast: drempels, douche op de eerste verdieping. Wmo-aanvraag traplift/woningaanpassing gestart, kenmerk [[dossier:WMO/24/2231-A]]. Medicatie: insuline via thuiszorg. Contact schoondochter: §tel:mix1§, mail [[email:a.maduro.girigori@ziggo.nl]].
""")

T(r"""
Spreker 1: Wijkteam, met [[person:Jolanda]].
Spreker 2: Ja, goedemiddag, met [[person:Koning]]. [[person:Patrick Koning]]. Ik bel omdat ik uit mijn huis gezet word.
Spreker 1: Dat is schrikken, meneer [[person:Koning]]. Wanneer?
Spreker 2: Over twee weken. [[date:Negentien september]]. De deurwaarder is geweest.
Spreker 1: Waar woont u?
Spreker 2: [[address:Laakkade 338 zwart]], eh, nee, [[address:Laakkade 338]] en dan bovenste bel.
Spreker 1: Heeft u de brief van de deurwaarder bij de hand? Er staat een dossiernummer op.
Spreker 2: Ja. [[dossier:D W twee vier nul acht acht drie zes]].
Spreker 1: Ik ga nu direct contact opnemen met de verhuurder en de <<org:Gemeentelijke Kredietbank>>. Op welk nummer kan ik u bereiken?
Spreker 2: §tel:dwc§.
""")

T(r"""
spraakmemo, [[person:kim]] aan [[person:rob]]: regel jij die afspraak met mw [[person:bouchra el amrani]] voor [[date:de 9e]]? ik ben dan op cursus. adres [[address:wolweverstraat 17a]]
""")

T(r"""
Verslag huisbezoek – ingesproken
Vandaag, [[date:woensdag 11 september]], samen met [[person:Mirjam]] (<<role:MEE-consulent>>) bij [[person:Kevin Schouten]] (31, LVB) in zijn woning aan de [[address:Dreibholtsweg 84]]. [[person:Kevin]] woont sinds een half jaar zelfstandig, daarvoor begeleid wonen bij <<org:Ipse de Bruggen>>. Het gaat niet goed: hij laat 'vrienden' binnen die bij hem blijven slapen en geld lenen. Zijn moeder, mevrouw [[person:Schouten]], belde ons ongerust. [[person:Kevin]] wil geen bewind maar wel hulp met zijn geld. We maken een plan met budgetbeheer. Hij gaf zijn BSN op voor de aanmelding: §bsn:dwa§. Moeder bereikbaar op §tel:g4§.
""")

T(r"""
[Transcriptie voicemail, provider: automatisch]
Tijd: [[date:12.09.2024]] 13:27
Nummer: §tel:intlc§
Tekst: hallo goedemiddag met [[person:Tsega]] ik bel van het <<org:AZC>> eh de opvang en ik heb een vraag over een gezin dat naar de [[address:Beeklaan vierhonderdnegen]] is verhuisd de familie [[person:Haile]] zij hebben nog geen huisarts en de vader [[person:Dawit Haile]] heeft medicijnen nodig kunt u terugbellen
""")

T(r"""
Rapportage, ingesproken in de trein (excuses voor fouten)
Client mw [[person:Hakimi]], [[person:Parwin Hakimi]], ivm huiselijk geweld verhuisd naar opvang. Oud adres [[address:Westduinweg 12-hs]] niet meer gebruiken. Nieuw postadres via <<org:Veilig Thuis>>, NIET in het dossier zetten. Zoon [[person:Wahid]] (14) blijft bij oom [[person:Farid]]. Melding <<org:Veilig Thuis>> nr [[dossier:VT-2024-18230]]. Ex-partner: [[person:Gulalai]]? nee, dat is de zus. Ex-partner heet [[person:Ahmadi]]. Contactverbod tot [[date:12 maart 2025]].
""")

T(r"""
Teams-transcript, overleg wijkteam & <<org:Jeugdbescherming West>>
[[person:Lisa]]: dus het gaat om [[person:Chayenne Winklaar]], zeventien, en haar moeder [[person:Gisela Winklaar]]
[[person:Rick]]: ja, ondertoezichtstelling loopt tot [[date:1 februari]]
[[person:Lisa]]: en over een paar maanden wordt ze achttien, op [[date:30 december]]
[[person:Rick]]: klopt, dus we moeten nu al de overgang naar volwassenenzorg regelen
[[person:Lisa]]: heb jij haar BSN voor de aanmelding bij het wijkteam?
[[person:Rick]]: §bsn:sp3§
[[person:Lisa]]: en het adres is nog steeds [[address:Paul Krugerlaan 157-B]]?
[[person:Rick]]: ja, postcode §pc:std:2571§
""")

T(r"""
memo [[person:Roos]] vr: mw [[person:roos]] (geen familie van mij haha) [[address:kamperfoeliestraat 60]] wil graag vervoer naar dagbesteding, wmo taxi aanvragen. geboren [[date:6-6-1941]]
""")

T(r"""
Dictaat aan de <<org:Gemeente Den Haag>>, afdeling <<org:Bijzondere Bijstand>>:
Betreft: aanvraag bijzondere bijstand voor [[person:Mehmet Kaya]], [[address:Loosduinseweg 770]], §pc:dl:2541§, BSN §bsn:dots§, klantnummer [[dossier:SoZa 881 204 51]].
Meneer heeft een nieuwe wasmachine nodig; de oude is [[date:20 augustus]] kapotgegaan. Meneer heeft vier kinderen en de vrouw heeft reuma. Uitbetaling graag op §iban:compact:INGB§ ten name van [[person:M. Kaya]]. Contactpersoon wijkteam: [[person:Selin]], [[email:s.yildiz@swtescamp.nl]].
""")

T(r"""
SPK_1: Met [[person:Wouter]], <<org:Kessler Stichting>>, <<role:veldwerker>>.
SPK_2: Hoi [[person:Wouter]], met [[person:Noor]] van het wijkteam <<wijk:Centrum>>.
SPK_1: Hoi [[person:Noor]]. Ik heb gisteren [[person:Ricardo]] gesproken, die ligt al weken in het portiek van de [[address:Wagenstraat 101]].
SPK_2: [[person:Ricardo Fortes]]? Die kennen we. Hij had tot [[date:de eerste juli]] een kamer.
SPK_1: Precies die. Hij wil naar de nachtopvang maar heeft geen ID meer.
SPK_2: Ik zoek zijn gegevens op. Geboortedatum heb ik [[date:27 mei 1979]], BSN stuur ik je beveiligd.
""")

T(r"""
voicemail: "ja dag met mevrouw [[person:de Jong]] wij hebben een afspraak gemaakt voor donderdag maar ik heb dan de tandarts dus kan het ook vrijdag of maandag mijn nummer is dat weet u dag"
""")

T(r"""
Rapportage [[date:17 september]] (dicteerapp)
Huisbezoek bij familie [[person:Nassar]], [[address:Zuiderparklaan 90]]. Aanwezig: vader [[person:Khaled]], moeder [[person:Rania]], dochter [[person:Yara]] (15), zoon [[person:Ahmad]] (9). Tolk via telefoon (<<org:Global Talk>>). Vader heeft zijn baan verloren, gezin heeft nog geen uitkering. Aanvraag levensonderhoud gedaan, aanvraagnummer [[dossier:2024-LO-55021]]. [[person:Yara]] heeft veel zorgtaken thuis, aangemeld bij jonge mantelzorgers <<org:Stichting MOOI>>. IBAN gezin: §iban:lower:RABO§.
""")

T(r"""
Telefoonnotitie, spraak
Gebeld met dochter van mevrouw [[person:Liu]], [[person:Fang Liu]], tel. §tel:sp2§. Moeder (79) spreekt alleen Kantonees, woont boven het restaurant aan de [[address:Wagenstraat 44 1e]]. Moeder vergeet de laatste tijd veel, laat pannen op het vuur staan. [[person:Fang]] werkt zelf in het restaurant en kan niet altijd opletten. Afspraak met <<role:casemanager dementie>> op [[date:24-09]] om 11 uur; [[person:Fang]] tolkt.
""")

T(r"""
[00:00:00] Medewerker: Goedemorgen, sociaal wijkzorgteam <<wijk:Laak>>, met [[person:Hamid]].
[00:00:04] Beller: Goedemorgen, met [[person:Chaouch]]. Ik heb een vraag over de voedselbank.
[00:00:09] Medewerker: Zeker. Bent u al bij ons bekend, meneer [[person:Chaouch]]?
[00:00:12] Beller: Mevrouw. Mevrouw [[person:Khadija Chaouch]].
[00:00:15] Medewerker: Excuus, mevrouw. Mag ik uw postcode en huisnummer?
[00:00:18] Beller: §pc:pairs:2521§.
[00:00:22] Medewerker: En de straat en het huisnummer?
[00:00:24] Beller: [[address:Slachthuisstraat zevenentwintig]].
[00:00:27] Medewerker: Ik zie u staan, dank u.
""")

T(r"""
notitie uit voicemail van [[person:Boudewijn]] (<<org:Leger des Heils>>), [[date:wo 18-9]]: [[person:Dennis]] is terug uit detentie, woont tijdelijk bij zijn moeder op de [[address:Kampen 26]]. <<org:Reclassering>>: [[person:Gerda]]. [[person:Dennis]] heeft een schuld bij het <<org:CJIB>>, betalingskenmerk [[dossier:1 2 3 4 0 0 9 8 7 6 5 4 3 2 1 0]]. Dringend: aanvraag uitkering, anders geen inkomen.
""")

T(r"""
voice memo ‑ huisbezoek [[person:Nowak]] ‑ afgerond
[[person:Paweł]] gaat akkoord met opname bij <<org:Brijder>>. Intake [[date:dinsdag 24 september]] om 9:30. Buurvrouw [[person:Joanna]] brengt hem. Sleutel van de woning bij de buurvrouw, [[address:Dedemsvaartweg 299]]. Zijn telefoon: §tel:pairs§. Belangrijk: kat moet eten, buurvrouw doet dat.
""")

# ---------------------------------------------------------------- part 5
T(r"""
Intakeformulier, ingesproken (veldnamen meegesproken)
naam dubbele punt [[person:Adjoa Asante]] nieuwe regel
geboortedatum dubbele punt [[date:vijftien oktober negentienhonderdachtentachtig]] nieuwe regel
adres dubbele punt [[address:Van Ostadestraat driehonderdeen]] nieuwe regel
postcode dubbele punt §pc:dwl:2526§ nieuwe regel
telefoon dubbele punt §tel:dw§ nieuwe regel
e-mail dubbele punt [[email:adjoa punt asante apenstaartje gmail punt com]] nieuwe regel
BSN dubbele punt §bsn:dw§ nieuwe regel
bank dubbele punt §iban:letters:TRIO§ nieuwe regel
hulpvraag dubbele punt schulden en huisvesting, werkt als schoonmaker bij twee bedrijven, eenoudergezin, zoon van zes punt
""")

T(r"""
WhatsApp-spraakbericht van cliënt, uitgeschreven door de app (niet gecorrigeerd):
"hoi [[person:Meryem]] met [[person:Elif]] hier ik heb die brief gekregen van de <<org:Belastingdienst>> dat ik moet terugbetalen het is zeventienhonderd euro en ik moet voor [[date:1 november]] betalen maar ik heb het niet het kenmerk is [[dossier:9 2 3 4 . 5 6 7 . 8 9 0 . T 4 2]] ik stuur je een foto maar hij is heel vaag en ik ben morgen thuis na twaalf uur groetjes en sorry"
""")

T(r"""
Voicemail van §tel:sp2:070§ op [[date:dinsdag 1 oktober 2024]] om 09:41 (duur 1 min 3 s):
"Goedemorgen, u spreekt met [[person:Marcia Sabajo]], <<role:medisch maatschappelijk werker>> van het <<org:HMC Westeinde>>. Wij hebben hier een patiënt, meneer [[person:Romano Kasanpawiro]], die donderdag naar huis mag. Hij woont alleen op de [[address:Leyweg 1112]], vierde verdieping. Hij is niet in staat voor zichzelf te zorgen, en hij heeft aangegeven dat hij bij jullie bekend is, bij een [[person:Wendy]]. Graag terugbellen, ik ben bereikbaar tot vier uur op het nummer waarmee ik bel, toestel 4 1 2."
""")

T(r"""
Dicteren: verslag gesprek met incassobureau namens mevrouw [[person:Ramlal]]
Gesproken met mevrouw [[person:Kok]]... correctie, met een medewerker, meneer [[person:Kok]], van het incassobureau. Dossiernummer bij hen: [[dossier:INC 20241 0088 7]]. Vordering € 1.243,18 (oorspronkelijk € 312 van <<org:Zorg en Zekerheid>>). Afgesproken: betalingsregeling van € 40 per maand vanaf [[date:1-11-2024]], af te schrijven van §iban:spaced:SNSB§. Ik stuur de bevestiging naar mevrouw, [[address:Moerweg 212]], §pc:low:2532§.
""")

T(r"""
[[person:Hanneke]] (wijkteam) 00:00:02
Hoi [[person:Kwabena]], hoe is het met je?
[[person:Kwabena Agyeman]] 00:00:05
Gaat wel. Mijn vrouw is weg, ze is naar Ghana met de kinderen.
[[person:Hanneke]] (wijkteam) 00:00:10
Wanneer is ze vertrokken?
[[person:Kwabena Agyeman]] 00:00:12
[[date:Achtentwintig september]]. Ze heeft een brief achtergelaten. Ze komt niet terug.
[[person:Hanneke]] (wijkteam) 00:00:19
Dat is heftig. Heb je iemand bij wie je terechtkunt?
[[person:Kwabena Agyeman]] 00:00:23
Mijn broer, [[person:Kofi]]. Hij woont in Zoetermeer. Zijn nummer is §tel:pairsc:079§.
""")

T(r"""
memo 9:15 ‑ adreswijziging doorgeven: [[person:Ivanova]] woont nu op [[address:Hoefkade drie zeven zes B]], postcode §pc:dw:2526§. telefoon ongewijzigd.
""")

T(r"""
Rapportage huisbezoek [[date:03/10]], ingesproken door [[person:Sander]] (<<role:Wmo-consulent>>)
Bij [[person:Truus Brouwer]] (mw. [[person:Brouwer-Post]]), [[address:Lozerlaan 2091]], §pc:std:2545§. Mevrouw is 84, woont alleen, maakt goed contact. Ze heeft moeite met trappen en met de douche. Haar dochter [[person:Carla]] (tel. §tel:g4§) doet de boodschappen en de administratie. Geen schulden. Advies: douchestoel via uitleen, traplift onderzoeken. Huishoudelijke hulp: 2,5 uur per week. Indicatie loopt via [[dossier:WMO-HH-2024-3009]].
""")

T(r"""
Transcriptie telefonisch spreekuur, [[date:vrijdag 4 oktober]]
Beller 1, [[person:Gerrit]], vraagt naar een maatje voor zijn vrouw. Doorverwezen naar <<org:Stichting MOOI>>.
Beller 2, [[person:Fatoumata Diallo]], geeft nieuw telefoonnummer door: §tel:intlw§. Oud nummer vervalt.
Beller 3, anoniem, meldt overlast op de [[address:Hanenburglaan 71]]; doorgezet naar <<role:wijkagent>>.
Beller 4, [[person:Nilton Lopes]], vraagt naar de status van zijn aanvraag [[dossier:hekje 5 0 9 1 2]]. Teruggebeld door [[person:Mohamed]].
""")

T(r"""
voicemail van mijn collega [[person:Dorien]] uitgeschreven:
"hoi hoi ik ben vandaag ziek dus kan jij mijn afspraak van half twee overnemen dat is bij mevrouw [[person:Fortes]] op de [[address:Vaillantlaan 220 C]] de code van het portiek is 1 9 3 5 en ze heeft een hond dus even aanbellen en wachten en haar dochter [[person:Ivanilda]] is er ook bij dankjewel"
""")

T(r"""
Ingesproken verslag - <<org:Politie>> overleg
Bij [[person:Abraham]] ([[person:Abraham Mebrahtu]]) is [[date:7/10]] de voordeur geforceerd door onbekenden. Hij durft niet meer thuis te slapen. Aangifte gedaan, registratienummer [[dossier:2024-288119-0]]. De <<role:wijkagent>>, [[person:Van Beek]], rijdt extra rondes. Woningcorporatie <<org:Staedion>> gevraagd om nieuwe sloten, zij komen [[date:woensdag de negende]]. Adres: [[address:Melis Stokelaan 1990]].
""")

T(r"""
0:00 Wijkteam <<wijk:Bouwlust>>/<<wijk:Vrederust>>, goedemiddag, met [[person:Sem]].
0:03 Ja hallo, u spreekt met [[person:Mahmoud]], [[person:Alaa Mahmoud]]. Ik heb een afspraak gehad met uw collega [[person:Hiba]].
0:09 Ja, ik zie het. Waar gaat het over?
0:11 Ik heb het formulier ingevuld, maar mijn rekeningnummer stond er niet op. Het is §iban:groupw:INGB§.
0:22 Dank u, ik zet het erbij.
""")

T(r"""
Opname huisbezoek, automatisch uitgeschreven
medewerker: dus u heet [[person:Magdalena Zielinska]]
cliënt: ja met Z van Zaandam
medewerker: en uw geboortedatum
cliënt: [[date:dertig één zevenentachtig]]
medewerker: dertig januari zevenentachtig
cliënt: ja
medewerker: en uw BSN
cliënt: ik weet niet uit mijn hoofd ehm wacht §bsn:pair_digits§
medewerker: dank u wel en u woont hier op de [[address:Stuwstraat 41 3]]
cliënt: ja op drie hoog
""")

T(r"""
Telefoonnotitie (spraakherkenning), [[date:10-10-2024]]
Gebeld door [[person:Bhoendie]], [[person:Radjkoemar Bhoendie]], zoon van de overleden meneer [[person:Bhoendie]] († [[date:30 september]]). Hij wil de huur opzeggen en vraagt hoe het zit met de schulden van zijn vader. Uitgelegd over beneficiair aanvaarden, verwezen naar <<org:Het Juridisch Loket>> en een notaris. Adres overledene: [[address:Jacob Catsstraat 4-II]]. Terugbelnummer zoon: §tel:mix2§.
""")

T(r"""
memo, [[date:11 okt]], [[person:ruud]] zegt: mw [[person:kaya]] heeft nu een nieuw mailadres [[email:kaya punt hatice at hotmail punt com]] het oude klopt niet meer. bsn gecontroleerd: §bsn:mixw§
""")

T(r"""
Bericht 2 van 3. Ontvangen [[date:za 12-10]] 19:22. Beller onbekend.
"ja goedenavond u spreekt met een buurman van meneer [[person:Van der Veen]] van nummer 14 ik heb geen nummer van jullie behalve dit ik zie dat er al dagen het licht brandt en de gordijnen dicht zijn en niemand reageert ik heb de politie ook gebeld maar die zeiden dat ik jullie moest bellen ik woon zelf op [[address:Weimarstraat zestien]] dag"
""")

T(r"""
Verslag MDO [[date:15 oktober]] (dictaat [[person:Ilse]])
Casus [[person:Hristova]]. Aanwezig: [[person:Ilse]], <<role:wijkverpleegkundige>> [[person:Manon]], dr. [[person:Bakker]] (<<role:huisarts>>), [[person:Mila]] (<<org:CJG>>).
Mevrouw [[person:Tsvetelina Hristova]], 29, drie kinderen, zwanger van het vierde. Gezin woont met zeven personen in een benedenwoning aan de [[address:Wouwermanstraat 9-hs]]. Vader onbekend. Mevrouw heeft geen zorgverzekering meer sinds [[date:1 juni]]. Acties: [[person:Mila]] regelt kraamzorg via CJG; [[person:Manon]] meldt mevrouw aan bij <<org:Zilveren Kruis>> via de gemeentelijke collectieve zorgverzekering; [[person:Ilse]] regelt BRP-inschrijving. Evaluatie over vier weken.
""")

T(r"""
Dictaat: verzoek om spoedhuisvesting
Betreft [[person:Nazanin Karimi]] en haar twee dochters. Mevrouw woont sinds [[date:2 augustus]] bij een vriendin op de [[address:Teniersstraat 38]], maar moet daar uiterlijk [[date:31 oktober]] weg. Zij staat ingeschreven bij <<org:Woonnet Haaglanden>> onder inschrijfnummer [[dossier:W N H 0 0 7 8 8 1 3 2]]. Inkomen: bijstand, rekening §iban:cmpbank:ABNA§. Contact: §tel:sp2§ of [[email:nazanin.karimi85@yahoo.com]].
""")

T(r"""
[Transcript telefoongesprek, [[date:16.10.24]], 10:02–10:09]
Y: met [[person:Yvonne]] van het wijkteam, u had gebeld?
X: ja met [[person:Hassan]], meneer [[person:Osman Hassan]], ik woon op [[address:Paul Krugerlaan 62 B]] en ik ben ontslagen
Y: vervelend meneer [[person:Hassan]], heeft u al een WW-uitkering aangevraagd
X: nee ik weet niet hoe
Y: dan maken we een afspraak, kan [[date:vrijdag 18 oktober]] om half elf
X: ja
""")

T(r"""
spraakmemo wijkverpleging <<org:Cardia>>: [[date:21/10]] mw. [[person:Hoekstra]] ([[address:Westduinweg 33]]) opgenomen in <<org:Haga>> met longontsteking. dochter ([[person:Sylvia]], §tel:dash§) is ingelicht. thuiszorg tijdelijk stop. [[person:Marjan]] informeren.
""")

T(r"""
Gesprek met <<org:UWV>>, transcript met toestemming opgenomen
UWV: u belt namens wie?
Wijkteam: namens meneer [[person:Szymański]], [[person:Grzegorz Szymański]], geboren [[date:2 februari 1975]]. Hij zit naast mij.
UWV: dan wil ik graag zijn BSN.
Meneer: §bsn:dwc§.
UWV: dank u. Ik zie dat de uitkering is stopgezet omdat er een brief niet terug is gekomen, kenmerk [[dossier:UWV 24 1 0 3 3 7 8 2]].
Wijkteam: meneer heeft die brief nooit ontvangen, hij is verhuisd naar [[address:Zuidlarenstraat 47]].
UWV: dan moet het adres eerst bij de gemeente worden aangepast.
""")

T(r"""
Voicemail ([[date:woensdag 23 oktober]], 16:51)
"ja met [[person:Zakaria]] van het sportcentrum in <<wijk:Moerwijk>> ik bel over [[person:Ayoub]] die jongen van zestien die hier elke dag zit hij heeft eigenlijk geen plek om te slapen zijn moeder heeft hem eruit gezet zegt hij de moeder heet [[person:Azzouzi]] geloof ik ze wonen ergens op de [[address:Erasmusweg 600]] of zo kunt u iets doen of moet ik het <<org:CJG>> bellen"
""")

T(r"""
memo [[person:Nicole]]: [[date:24 okt]] — [[person:Ofori]] niet thuis, briefje achtergelaten, buurvrouw zegt naar familie in Amsterdam. [[person:Ofori]] terugbellen op §tel:intl§.
""")

T(r"""
Verslag gesprek met bewindvoerder, dictaat
Gesproken met [[person:Hans Meijer]] van <<org:Meijer Bewindvoering>> over mevrouw [[person:Pattinama]]. Hij heeft het bewind sinds [[date:1 maart 2022]]. Mevrouw krijgt € 60 leefgeld per week op §iban:mix:KNAB§, wat volgens haar niet genoeg is. Bewindvoerder legt uit dat er een grote schuld is bij <<org:Vestia>>. Afgesproken: gezamenlijk gesprek met mevrouw [[date:donderdag 31 oktober]]. Mail bewindvoerder: [[email:h.meijer at meijerbewind punt nl]].
""")

# ---------------------------------------------------------------- part 6
T(r"""
Dictaat e-mail aan collega's, onderwerp overdracht tijdens mijn verlof
Hoi allemaal komma nieuwe regel
ik ben van [[date:28 oktober]] tot en met [[date:15 november]] met verlof punt Mijn lopende casussen dubbele punt nieuwe regel
één, mevrouw [[person:Da Graça]], [[address:Hobbemastraat 14-3]], schuldhulp loopt, contact via haar zus [[person:Zenaida]] §tel:sp2§ punt nieuwe regel
twee, meneer [[person:Soekhai]], [[address:Beeklaan 290]], wacht op indicatie <<org:WLZ>>, dossier [[dossier:CIZ 4 4 0 9 1 2 7]] punt nieuwe regel
drie, familie [[person:Demir]], [[address:Wolweverstraat 3]], §pc:std:2521§, <<org:CJG>> is betrokken, [[person:Karin]] weet ervan punt nieuwe regel
Vragen kunnen naar [[email:p punt vanderlinden at swtlaak punt nl]] of bel [[person:Pieter]] punt Groet, [[person:Anouk]]
""")

T(r"""
Voicemail-transcript, [[date:29-10-2024]], 12:03, beller: §tel:intlc§
"Ja goedemiddag, u spreekt met juffrouw [[person:Roos]], de <<role:intern begeleider>> van basisschool <<org:De Vuurvogel>>. Ik bel over [[person:Amira]] uit groep zes. Haar moeder, mevrouw [[person:Hamdi]], heeft ons gevraagd contact met u op te nemen. Het gaat thuis niet goed, [[person:Amira]] komt vaak zonder ontbijt en te laat. Moeder gaf toestemming. Wilt u mij terugbellen? Ik ben op school tot half vier."
""")

T(r"""
[00:00:00] Wijkteam: goedemorgen met [[person:Bas]]
[00:00:02] Beller: ja met [[person:Hendrikus Prins]]
[00:00:05] Wijkteam: goedemorgen meneer [[person:Prins]]
[00:00:06] Beller: ik moet een formulier opsturen maar ik weet niet meer naar welk adres
[00:00:11] Wijkteam: het gaat om de Wmo aanvraag toch, dat kan naar postbus, of u mailt het naar ons
[00:00:17] Beller: mailen kan ik niet, mijn kleindochter doet dat, [[person:Lieke]], haar adres is [[email:liekeprins2003 apenstaartje gmail.com]]
[00:00:26] Wijkteam: dan stuur ik het naar haar
[00:00:28] Beller: en wilt u mijn adres nog, [[address:Weimarstraat tweehonderdvier]], postcode §pc:full:2562§
""")

T(r"""
memo na overleg met [[person:Tamara]] (<<org:Vestia>>): huurder [[person:Lopes]] op de [[address:Moerweg 60 B]] heeft op [[date:5 november]] de laatste betaling gedaan. huurcontractnummer [[dossier:VES-0091-22187]]. regeling mogelijk als hij voor [[date:vrijdag de 8e]] belt.
""")

T(r"""
Verslag huisbezoek, ingesproken (dictafoon), [[date:31 oktober]]
Samen met de <<role:wijkverpleegkundige>> [[person:Els]] bij mevrouw [[person:Dijkstra]], [[address:Lijsterbesstraat 71]], §pc:sp:2563§. Mevrouw, 93, is erg vermagerd. Ze zegt dat ze goed eet, maar de koelkast is leeg. Buurman [[person:De Bruin]] doet af en toe boodschappen. Geen familie in de buurt; een nicht, [[person:Marijke Dijkstra]], woont in Groningen, mail [[email:marijke.dijkstra@home.nl]]. Huisarts ingelicht. Maaltijdservice aangevraagd, start [[date:maandag 4 november]]. Volgende keer gewicht laten meten.
""")

T(r"""
Gesprek via tolk, transcript (automatisch), [[date:1 november 2024]]
medewerker: vraagt u aan meneer hoe lang hij al in Nederland woont
tolk: hij zegt sinds twee jaar
medewerker: en waar woont hij nu precies
tolk: [[address:Hengelolaan 1212]], samen met zijn neef [[person:Ahmad]]
medewerker: heeft meneer een bankrekening
tolk: ja, hij laat het pasje zien, §iban:spaced:RABO§
medewerker: en zijn naam zoals op de pas
tolk: [[person:Mohammad Al-Jubouri]]
medewerker: dank u, en een telefoonnummer
tolk: §tel:dwa§
""")

T(r"""
voice memo ‑ [[person:lisa]] ‑ herinnering: morgen eerst naar fam. [[person:de graaf]] [[address:kampen 112]] dan naar [[person:appie]] (meneer [[person:appelman]]) in de <<wijk:haagse beemden>>, nee dat is Breda, ik bedoel <<wijk:Vrederust>>
""")

T(r"""
Transcript telefoongesprek <<org:Dunea>> — wijkteam, [[date:4 nov]]
Medewerker Dunea: Dunea, met [[person:Remco]].
Wijkteam: Hoi, met [[person:Esther]] van het wijkteam <<wijk:Escamp>>. Ik bel over een afsluiting bij een cliënt van ons.
Medewerker Dunea: Wat is het klantnummer?
Wijkteam: [[dossier:Drie nul nul vijf zeven twee acht negen één]].
Medewerker Dunea: Ik zie het. [[person:K. Aydın]], [[address:Leyweg 530]]?
Wijkteam: Klopt.
Medewerker Dunea: Afsluiting staat gepland voor [[date:12 november]]. Met een betalingsregeling kunnen we dat tegenhouden.
""")

T(r"""
Dicteerapp — rapport huisbezoek Fam. [[person:Sewnath]]
Huisbezoek op [[date:woensdag 6-11]] bij [[person:Ravi Sewnath]] en [[person:Anita Sewnath-Baldew]], [[address:Laakkade 72 A]], §pc:cmp:2521§. Ze hebben een zoon, [[person:Vishal]], 24, met autisme, die thuis woont en niet werkt. De ouders zijn moe. [[person:Vishal]] heeft een <<org:PGB>>, maar dat wordt slecht besteed. Zorgkantoordossier [[dossier:ZK-2024-PGB-7781]]. Afspraak met <<org:MEE>> op [[date:20 november]]. Mail moeder: [[email:anita.baldew@gmail.com]].
""")

T(r"""
[[person:Ruud]]: oké ik neem even op
[[person:Ruud]]: [[person:Sediq]], kan je je postcode en huisnummer nog een keer zeggen?
[[person:Sediq]]: §pc:pairs:2545§ en dan nummer eh
[[person:Ruud]]: [[address:Lozerlaan 114]]?
[[person:Sediq]]: ja honderdveertien klopt
[[person:Ruud]]: en je geboortedatum?
[[person:Sediq]]: [[date:één één negentienhonderd negenennegentig]], ja op papier is dat mijn verjaardag
""")

T(r"""
Voicemail | §tel:plain§ | [[date:vr 8 nov]] 22:14 | 00:02:03 | transcriptie: nl
"[[person:Wendy]] hoi met [[person:Chantal]] sorry dat ik zo laat bel maar [[person:Danny]] is weer hier geweest hij stond voor de deur te schreeuwen de kinderen waren bang de buren hebben de politie gebeld hij is nu weg maar ik weet niet wat ik moet doen morgen moet ik werken ik ben op de [[address:Bazarstraat 14]] bij mijn moeder want daar durf ik nu heen bel me alsjeblieft"
""")

T(r"""
Verslag (spraak), [[date:11 november]]
Aanmelding van de <<role:POH-GGZ>> [[person:Jasmijn]] voor [[person:Nour Darwish]], 27, angstklachten en schulden. [[person:Nour]] woont met moeder en broertje [[person:Omar]] in een tweekamerflat, [[address:Hengelolaan 356]]. BSN [[person:Nour]]: §bsn:triples§. Ze wil zelf hulp, vraagt niet om het gezin erbij te betrekken. Eerste gesprek gepland op [[date:dinsdag de 19e]], op het kantoor in het wijkcentrum. Belangrijk: niet thuis bellen, alleen via §tel:mix1§.
""")

T(r"""
memo [[date:12/11]] [[person:Latifa]]: sleutel van mw [[person:van der Berg]] ligt in het kluisje, code wordt doorgegeven. Zij woont niet meer op [[address:Klimopstraat 88]], nu in verpleeghuis <<org:Bernardus>>. post wordt doorgestuurd. BSN staat in dossier [[dossier:SWT-ESC-2024-0093]].
""")

T(r"""
Spreker 1 (medewerker, [[person:Marloes]]): Dus, meneer, uw adres is nog steeds de [[address:Dreibholtsweg 95]]?
Spreker 2 (cliënt): Nee, verhuisd. Nu de [[address:Zuidlarenstraat honderdveertig hs]].
Spreker 1: En de postcode?
Spreker 2: §pc:dl:2545§.
Spreker 1: Dank u. En telefonisch nog hetzelfde, §tel:sp2:=q§?
Spreker 2: Nee, die is kapot. Nu §tel:pairs§.
Spreker 1: Ik heb het aangepast, meneer [[person:Tahiri]].
""")

T(r"""
Bericht van telefooncentrale, transcriptie onbetrouwbaar
Van: §tel:paren:071§
Op: [[date:13-11-24]] om 08:30
"...goedemorgen, met [[person:Hilde Brouwer]] van <<org:Rivierduinen>>, ik bel over [[person:Paulo]] eh [[person:Paulo Monteiro]] die bij ons in behandeling is geweest en nu naar Den Haag verhuist naar de [[address:Paul Krugerlaan 8]], hij heeft begeleiding nodig bij het opstarten, ik mail de overdracht naar [[email:info at swtcentrum punt nl]] als dat het juiste adres is..."
""")

T(r"""
Rapportage [[date:14 november 2024]], ingesproken door [[person:Femke]]
[[person:Yusuf]] ([[person:Yusuf Farah]]) gesproken op kantoor. Hij is de oudste zoon in het gezin [[person:Farah]] en regelt alles voor zijn moeder. Hij is zeventien en eigenlijk te jong voor deze rol. Moeder, [[person:Sahra Farah]], spreekt weinig Nederlands. Gezin woont [[address:Melis Stokelaan 1420]], §pc:low:2541§. Schulden bij <<org:Eneco>> en <<org:HTM>>. Ik stel voor een gezinsgesprek te doen met het <<org:CJG>> erbij; [[person:Yusuf]] stemt in.
""")

T(r"""
memo, spraak: Mevr. [[person:Yilmaz]] heeft toch een ander rekeningnummer, het nieuwe is §iban:lowc:ABNA§, oude niet meer gebruiken.
""")

T(r"""
SPK_1: goedemiddag met de <<org:Gemeentelijke Kredietbank>> [[person:Anton]]
SPK_2: hallo met [[person:Evelien]] van het wijkteam ik bel voor meneer [[person:Hoekstra]] [[person:Gerben Hoekstra]]
SPK_1: heeft u een dossiernummer
SPK_2: ja [[dossier:GKB twee nul twee vier nul zeven zeven één]]
SPK_1: even kijken ja ik zie hem wat wilt u weten
SPK_2: of de aanvraag voor het saneringskrediet al is goedgekeurd
SPK_1: nee die ligt nog bij de commissie die vergadert [[date:eenentwintig november]]
""")

T(r"""
Dictaat melding aan <<org:Veilig Thuis>>
Melder: [[person:Suzanne de Koning]], <<role:maatschappelijk werker>> SWT <<wijk:Laak>>, [[email:s.dekoning@swtlaak.nl]], §tel:dash§.
Betrokkenen: [[person:Anna Kowalczyk]] (moeder, [[date:09-03-1990]]), [[person:Piotr Kowalczyk]] (vader, [[date:22-07-1987]]), [[person:Zofia]] (4) en [[person:Jan]] (1).
Adres: [[address:Rijswijkseweg 441 B]], §pc:std:2516§.
Aanleiding: moeder vertelde op [[date:15 november]] dat vader haar slaat als hij gedronken heeft; kinderen zijn getuige.
""")

T(r"""
Voicemail ([[date:zondag 17 november]], 11:02)
"ja hallo met de zoon van mevrouw [[person:Doelwijt]] ik ben [[person:Marvin]] mijn moeder heeft gezegd dat ik u moet bellen omdat ze maandag niet thuis is ze gaat naar de dokter in het <<org:Haga>> om tien uur dus de afspraak moet worden verzet mijn nummer is §tel:dw§ oké doei"
""")

# ---------------------------------------------------------------- part 7
T(r"""
Rapportage komma ingesproken door [[person:Hanneke]] komma <<role:maatschappelijk werker>> punt nieuwe regel
Op [[date:de derde van de twaalfde]] huisbezoek bij meneer [[person:Stoffels]] komma [[address:Jan Hendrikstraat 12 bis]] punt Meneer is vijfenzestig komma net met pensioen komma en zijn vrouw [[person:Corrie]] heeft alzheimer punt Hij doet alles zelf komma ook de nachtzorg komma en slaapt slecht punt Zijn zoon [[person:Marco]] woont in Spanje en belt wekelijks punt nieuwe regel
Afspraken dubbele punt aanmelding <<org:Alzheimer Nederland>> afdeling Den Haag voor lotgenotencontact komma aanvraag dagbesteding voor mevrouw via <<org:Wmo-loket>> komma indicatie kortdurend verblijf punt Dossiernummer wordt [[dossier:twee nul twee vier schuine streep nul negen negen zes]] punt nieuwe regel
Volgende afspraak [[date:dinsdag zeventien december]] om half elf punt einde
""")

T(r"""
Automatische transcriptie — Teams-vergadering "Casusoverleg <<wijk:Schilderswijk>>" — [[date:4-12-2024]]
[[person:Bouchra]] (SWT) 00:01:15
Dan de familie [[person:Bouzid]]. Moeder [[person:Fatima Bouzid]], vader [[person:Mustapha]], vijf kinderen. Ze wonen op de [[address:Hoefkade 432-2]] en de huur is opgezegd door de particuliere verhuurder.
[[person:Jeroen]] (<<org:Haag Wonen>>) 00:01:48
Wij kunnen niets met een particuliere verhuurder, maar ze kunnen zich wel inschrijven voor urgentie.
[[person:Bouchra]] (SWT) 00:02:03
Ze staan al ingeschreven, nummer [[dossier:0 0 7 7 3 1 4 5 9]].
[[person:Jeroen]] (<<org:Haag Wonen>>) 00:02:10
Dan stuur ik het door naar de urgentiecommissie. Kun je mij het dossier mailen? [[email:j.vanrijn@haagwonen.nl]].
""")

T(r"""
Voicemail, [[date:maandag 9 december]], 09:12, §tel:g4§
"Hallo, met [[person:Ingrid]], de buurvrouw van [[person:Kees]] en [[person:Ria de Bruijn]], [[address:Lozerlaan 1360]]. [[person:Kees]] is vorige week overleden en [[person:Ria]] zit nu alleen, ze weet niet eens hoe ze moet pinnen. Ze heeft geen kinderen. Ik help wel, maar ik ben zelf ook tachtig. Kan er iemand langskomen? [[person:Ria]]'s nummer is §tel:pairs:070§. Dank u."
""")

T(r"""
memo snel tussendoor: [[person:Jorge]] van <<org:De Binnenvest>> belde, [[person:Alvaro]] (de Kaapverdiaan, niet die andere) heeft een kamer gekregen op de [[address:Zuiderparklaan 22 C]]. Inschrijving BRP op dat adres moet nog. [[person:Alvaro]]'s BSN: §bsn:dash§.
""")

T(r"""
Gespreksverslag (spraak naar tekst), [[date:10 december]]
Gesprek met [[person:Marieke van den Heuvel]], moeder van [[person:Thomas]] (23). [[person:Thomas]] is na een psychose uit de kliniek van <<org:Parnassia>> ontslagen en woont weer bij zijn ouders in <<wijk:Benoordenhout>>, [[address:Van Alkemadelaan 1066]]. Ouders zijn uitgeput. [[person:Thomas]] neemt zijn medicatie niet. Moeder vraagt om bemoeizorg. Ik heb contact opgenomen met het <<org:FACT-team>> Den Haag Noord, <<role:SPV>> [[person:Dirk]], die [[person:Thomas]] nog kent. FACT-dossier: [[dossier:P-01948833]]. Telefoon moeder: §tel:intl§. Afspraak: gezamenlijk huisbezoek [[date:vrijdag 13 december]].
""")

T(r"""
[00:00:01] A: goedemiddag met [[person:Noor]] van het wijkteam
[00:00:03] B: ja hoi met [[person:Raquel]] [[person:Felida]] ik heb vorige week gebeld
[00:00:07] A: ja ik weet het wat fijn dat je terugbelt heb je de gegevens van de verhuurder
[00:00:12] B: ja het is ehm <<org:van Wijk vastgoed>> en ik huur op de [[address:Wagenstraat tweeënvijftig boven]]
[00:00:20] A: en je wil dat de huurtoeslag op jouw rekening komt
[00:00:23] B: ja die is §iban:alpha:INGB§
[00:00:35] A: oké ik heb hem
""")

T(r"""
Telefoonnotitie, [[date:12-12]], ingesproken
Gebeld door <<org:CAK>>, medewerker [[person:Ahmed]], over meneer [[person:Ghebremariam]], [[person:Tekle Ghebremariam]]. Meneer betaalt de eigen bijdrage niet sinds juli ... correctie: sinds de factuur van [[date:1 juli]]. Het CAK-relatienummer is [[dossier:7003 2219 84]]. Meneer woont op [[address:Hengelolaan 742]], §pc:cmp:2545§. Ik ga meneer bellen op §tel:dw§ en uitleggen hoe hij een betalingsregeling kan aanvragen.
""")

T(r"""
Dictaat e-mail aan [[person:Kim]], <<role:budgetcoach>>:
hoi [[person:Kim]], mevrouw [[person:Nguyen]] wil graag met je afspreken. Haar gegevens: [[person:Thi Lan Nguyen]], [[address:Loosduinseweg 620]], §pc:dw:2571§, telefoon §tel:dash§, mail [[email:lan.nguyen at hotmail dot com]]. Ze werkt in een nagelstudio, wisselend inkomen, twee kinderen, vader betaalt geen alimentatie. Ze heeft al een keer een afspraak gemist, dus even een herinnering sturen via WhatsApp. groetjes [[person:Sanne]]
""")

T(r"""
VOICEMAIL • [[date:vr 13 dec 2024]] • 15:45 • §tel:dots§ • transcriptie (bèta)
"dag mevrouw ik ben [[person:Amina Hussein]] ik woon [[address:Kampen vijftig]] ik heb brief van u gekregen afspraak maandag maar ik kan niet mijn kind ziek kunt u mij bellen ik spreek niet goed Nederlands mijn dochter [[person:Hibo]] spreekt goed ze is dertien zij kan vertalen dank u wel"
""")

T(r"""
Verslag MDO [[date:16 december]] – automatische notulen uit opname
Aanwezig: [[person:Mirjam]] (<<org:MEE>>), [[person:Esra]] (<<role:wijkverpleegkundige>>), [[person:Tom]] (<<role:casusregisseur>>), [[person:Latoya]] (<<role:schuldhulpverlener>>).
1. [[person:Bogdan Vasile]], [[address:Vaillantlaan 9]]: schuldhulp kan niet starten zolang er geen vast inkomen is. [[person:Latoya]] checkt UWV. Dossier [[dossier:SHV 2024 0 4 4 9 1]].
2. [[person:Hannie Kuijpers]], [[address:Tarwekamp 3 bis]]: opname verpleeghuis per [[date:6 januari]]. [[person:Esra]] regelt overdracht.
3. [[person:Marvin]] ([[person:Marvin Statia]]): niet verschenen. [[person:Tom]] gaat [[date:donderdag de negentiende]] langs.
""")

T(r"""
memo: het emailadres van [[person:Wiśniewski]] is [[email:tomek punt w at o2 punt pl]], niet gmail. en het telefoonnummer met landcode [[phone:+48 601 234 567]] is zijn Poolse nummer, NL nummer is §tel:plain§
""")

T(r"""
[00:00:00] Beller: ja goedemorgen u spreekt met [[person:Bakker]]
[00:00:02] Medewerker: goedemorgen meneer [[person:Bakker]]
[00:00:03] Beller: mevrouw, ik ben mevrouw [[person:Bakker]], [[person:Janny Bakker]]
[00:00:06] Medewerker: oh sorry mevrouw, wat kan ik voor u doen
[00:00:08] Beller: ik ben de bakker van [[address:Weimarstraat 88]], nou ja, ik heb daar de bakkerij, en er is een oudere meneer die elke dag komt en die ziet er slecht uit
[00:00:17] Medewerker: weet u zijn naam
[00:00:18] Beller: Ome [[person:Piet]] noemt iedereen hem, [[person:Piet Visser]] geloof ik, hij woont hier achter op de [[address:Fahrenheitstraat 205]]
""")

T(r"""
Rapportage [[date:18 december 2024]], dictaat, nog niet nagelezen
Cliënt [[person:Irina Constantin]], BSN §bsn:dwc§, adres [[address:Parallelweg 126 A]], §pc:std:2525§. Mevrouw is 41, woont hier met haar moeder [[person:Elena]] (70, diabetes) en zoon [[person:Matei]] (16). Mevrouw is schoonmaakster, werkt 20 uur per week. Ze heeft een betalingsachterstand bij de zorgverzekeraar. Rekeningnummer §iban:spaced:INGB§. Afgesproken dat ik de aanvraag voor de collectieve zorgverzekering doe. Kenmerk aanvraag volgt.
""")

T(r"""
Voicemail (nummer afgeschermd) [[date:19-12-2024]] 10:10
"ja dag u spreekt met [[person:Gert]] van <<org:Stichting Thuisadministratie>> ik wou even doorgeven dat de vrijwilliger voor mevrouw [[person:Tahiri]] gevonden is dat is [[person:Ruben]] hij kan vanaf [[date:7 januari]] elke dinsdagochtend het emailadres van [[person:Ruben]] is [[email:ruben.vrijwilliger@thuisadministratie.nl]] en mijn nummer heeft u"
""")

T(r"""
Notitie na telefoongesprek met meester [[person:Jansen]], <<role:advocaat>> van meneer [[person:Rahimi]]. Rechtszitting in de ontruimingszaak is verplaatst naar [[date:23 januari 2025]], zaaknummer [[dossier:C/09/671234 / KG ZA 24-1098]]. Hij vraagt een verklaring van het wijkteam over de begeleiding sinds augustus. Ik stuur die naar [[email:jansen@jansenadvocaten.nl]].
""")

T(r"""
spraakmemo, eind van de dag: [[person:ilse]] zei dat [[person:ayoub]] niet komt opdagen bij het sportproject. zijn moeder op [[address:erasmusweg 632]] wil niet met ons praten. bellen met [[person:zakaria]] morgen. ook: nummer van de moeder is §tel:pairs§.
""")

T(r"""
Transcript telefoongesprek (automatisch), [[date:23 december]]
Medewerker: met [[person:Astrid]], wijkteam <<wijk:Rustenburg>>/<<wijk:Oostbroek>>
Beller: hallo met [[person:Ömer Güler]] mijn vader [[person:Ali Güler]] is vanochtend gevallen en hij wil niet naar het ziekenhuis
Medewerker: is hij aanspreekbaar
Beller: ja hij zegt dat hij niks heeft maar zijn arm is blauw
Medewerker: ik adviseer u de huisartsenpost te bellen, wat is het adres van uw vader
Beller: [[address:Beresteinlaan 412]], §pc:pairsL:2542§
Medewerker: ik zet een notitie voor de <<role:wijkverpleegkundige>> dat ze morgen langsgaat
""")

T(r"""
memo [[date:27 dec]]: kerstpakket afgeleverd bij [[person:Wong]], [[person:Chan]] en [[person:Kasanpawiro]]. bij [[person:Chan]] ([[address:Wagenstraat 190]]) deed niemand open, pakket bij buren op 192 gelaten.
""")

T(r"""
Dictaat, verslag crisisinterventie oudejaarsdag, [[date:31-12]]
Om 14:00 gebeld door [[person:Jolanda Mulder]], zus van [[person:Rob Mulder]] ([[address:Teniersstraat 41]]). [[person:Rob]] had via WhatsApp afscheidsberichten gestuurd. Direct de <<org:politie>> en de crisisdienst van <<org:Parnassia>> ingeschakeld. [[person:Rob]] is om 15:20 aangetroffen en meegenomen voor beoordeling. Zus bereikbaar op §tel:sp2§. [[person:Rob]]'s BSN voor de crisisdienst: §bsn:sp3§. Vervolg: [[date:2 januari]] overleg met FACT.
""")

T(r"""
Bericht ingesproken door cliënt op de voicemail van de locatie, [[date:2 januari 2025]], 08:02
"ja goeiemorgen dit is [[person:Hatice]] van de [[address:Hanenburglaan 55]] ik wil jullie gelukkig nieuwjaar wensen en zeggen dat het goed gaat met de nieuwe baan en ik heb de schulden van de <<org:Belastingdienst>> bijna afbetaald dankzij [[person:Wilma]] dus groeten aan haar doei"
""")

T(r"""
[[person:Sylvia]]: ik zet de opname aan, is goed?
Dhr. [[person:Pinas]]: ja
[[person:Sylvia]]: we hebben het over uw aanvraag bij de <<org:SVB>>, de AIO, nummer
Dhr. [[person:Pinas]]: [[dossier:SVB zes acht nul een drie twee één negen]]
[[person:Sylvia]]: en uw bankrekening is nog steeds
Dhr. [[person:Pinas]]: §iban:names:ASNB§
[[person:Sylvia]]: dank u, en uw geboortedatum voor het formulier
Dhr. [[person:Pinas]]: [[date:14 april 1955]], in Paramaribo
""")

# ---------------------------------------------------------------- part 8
T(r"""
Rapportage aanmeldgesprek, gedicteerd door [[person:Priya]], <<role:welzijnscoach>>, <<wijk:Leidschenveen>>/<<wijk:Ypenburg>>
Op [[date:maandag 6 januari 2025]] kwam mevrouw [[person:Gabriela Ionescu]] op het spreekuur in het wijkcentrum. Ze woont sinds oktober in Ypenburg, [[address:Laan van Hoornwijck 212]], §pc:std:2497§ Den Haag, met haar partner [[person:Vlad]] en hun baby [[person:Sofia]]. Ze is eenzaam, kent niemand en spreekt nog weinig Nederlands; haar partner werkt lange dagen in de bouw. Ze wil graag naar een taalcafé en een moeder-en-kindgroep. Ik heb haar aangemeld bij het <<org:CJG>> en bij de <<org:Bibliotheek Den Haag>> voor het taalcafé op woensdagochtend. Telefoonnummer: §tel:pairsc§, e-mail [[email:gabi.ionescu94@yahoo.ro]]. Volgende contact [[date:20-1]].
""")

T(r"""
[00:00:00] Medewerker: Goedemorgen, u spreekt met [[person:Koen]] van het sociaal wijkzorgteam.
[00:00:04] Beller: Goedemorgen. [[person:Jessica]] hier, van <<org:Incasso Groep Nederland>>. Ik bel over een gezamenlijke cliënt.
[00:00:10] Medewerker: Om wie gaat het?
[00:00:11] Beller: Meneer [[person:Kamiński]], [[person:Łukasz Kamiński]], geboren [[date:vijf mei tweeëntachtig]].
[00:00:17] Medewerker: Ik mag u zonder toestemming van meneer geen informatie geven.
[00:00:20] Beller: Dat begrijp ik. Ik wil alleen doorgeven dat er beslag gelegd gaat worden op zijn loon per [[date:1 februari]]. Ons dossier is [[dossier:IGN-2025-000417]]. Als hij contact opneemt, kunnen we een regeling treffen.
[00:00:33] Medewerker: Ik geef het door aan meneer.
""")

T(r"""
spraakmemo [[person:Wouter]] in de auto: bij [[person:Marjan Smits]] op [[address:Kampen 7]] gaat het goed, schuldhulp loopt, nieuwe afspraak bij <<org:GKB>> [[date:14 jan]]. Bij [[person:Frits de Haas]] op [[address:Tarwekamp 80]] niet thuis, buurvrouw zegt hij is bij zijn zus in Delft. zus heet [[person:Truus]], nummer §tel:sp2:015§.
""")

T(r"""
Voicemail [[date:woensdag 8 januari]] 13:50 — §tel:0031§
"Goedemiddag met [[person:Rachida El Amrani]], ik ben de moeder van [[person:Soufiane]], hij heeft mij gevraagd u te bellen. Hij heeft een brief van de gemeente gekregen dat zijn uitkering stopt omdat hij zijn inlichtingenplicht niet is nagekomen, met het nummer [[dossier:P W twee vier stip nul nul drie acht vijf een]]. Hij woont nog bij ons op de [[address:Van der Vennestraat 78]]. Hij kan niet zelf bellen want hij heeft geen beltegoed. Dank u wel."
""")

T(r"""
Dicteerfunctie: aanvullende rapportage bij dossier [[dossier:SWT/SGB/2024/1022]]
Op verzoek van mevrouw [[person:A. Boukhari]] zelf gesprek gevoerd met haar broer [[person:Yassine Boukhari]] over de verdeling van de mantelzorg voor hun moeder [[person:Zohra]] (1938? geboortedatum volgens BRP [[date:01-07-1938]]). Moeder woont [[address:Hoefkade 88-II]], §pc:cmp:2526§. Broer wil alleen financieel bijdragen. Mevrouw [[person:Boukhari]] geeft aan op te branden. Respijtzorg via <<org:Stichting MOOI>> aangevraagd.
""")

T(r"""
[[person:Gijs]] 0:00
Ja, dit is de opname van het huisbezoek bij [[person:Helena]], [[date:vrijdag tien januari]].
[[person:Helena]] 0:06
Moet ik mijn naam zeggen?
[[person:Gijs]] 0:07
Graag, voor het dossier.
[[person:Helena]] 0:08
[[person:Helena Tavares Semedo]]. [[address:Lozerlaan 2288]]. Mijn telefoon is §tel:mix2§.
[[person:Gijs]] 0:17
En je zoon?
[[person:Helena]] 0:18
[[person:Edson]], hij is negen, en [[person:Nelsinho]], hij is vier.
""")

T(r"""
memo [[date:13/1/25]], [[person:Lotte]]: melding van <<org:Veilig Thuis>> over [[person:Amal]] en [[person:Karim Said]], [[address:Jan Blankenstraat 14]], VT-nummer [[dossier:V T twintig vijfentwintig min nul nul zeventig twee]]. Eerste contact binnen vijf werkdagen. Moeder alleen bellen op haar werk, §tel:paren:070§.
""")

T(r"""
Verslag huisbezoek (spraak naar tekst), [[date:14-01-2025]]
Cliënt: [[person:Wilhelmina Snel]] ("[[person:Mien]]"), 86, [[address:Westduinweg 190]], §pc:dwl:2583§, <<wijk:Duindorp>>.
Mevrouw is sinds een val bang om naar buiten te gaan. Zoon [[person:Henk Snel]] komt één keer per week. Hij beheert haar geld. Mevrouw zegt dat er geld van haar rekening verdwijnt. Bankafschriften bekeken: grote contante opnames. Rekening mevrouw: §iban:compact:RABO§. Ik heb dit besproken met <<role:teamleider>> [[person:Inge]]; we overwegen een melding bij <<org:Veilig Thuis>> (financieel misbruik ouderen). Niet met zoon bespreken voordat er overleg is geweest.
""")

T(r"""
SPK_0 [00:00]: wijkteam <<wijk:Transvaal>> goedemiddag u spreekt met [[person:Yasmina]]
SPK_1 [00:02]: ja met [[person:Osei]] ik bel voor de afspraak
SPK_0 [00:05]: welke afspraak meneer [[person:Osei]]
SPK_1 [00:07]: met [[person:Richard]] over de huur
SPK_0 [00:09]: ik zie dat die [[date:donderdag 16 januari]] is om drie uur op het kantoor aan de Hobbemastraat
SPK_1 [00:14]: ja ik moet mijn bsn meenemen zei hij
SPK_0 [00:17]: klopt en uw bankafschriften
SPK_1 [00:19]: oké de bsn is §bsn:pairs§ dat heeft hij toch al
SPK_0 [00:26]: dat staat genoteerd dank u
""")

T(r"""
Notitie (ingesproken): mailadres van mevrouw [[person:Achterberg]] werd door de spraakherkenning steeds fout geschreven. Juist is: [[email:g.achterberg-koster@kpnplanet.nl]]. Haar eerdere mailadres [[email:gachterberg@hetnet.nl]] bestaat niet meer.
""")

T(r"""
Voicemail transcriptie, [[date:15-01-2025]] 17:30, nummer §tel:sp2§
"ja hallo ik ben [[person:Chiara]] van de <<org:Huisartsenpraktijk Moerwijk>> eh ik bel over [[person:Sandra Ramdin]] geboren [[date:drie maart negentien tweeënzeventig]] eh zij is vandaag op het spreekuur geweest en ze vertelt dat ze geen eten meer heeft voor de kinderen ze woont op de [[address:Zuidlarenstraat 233]] kunt u vandaag of morgen contact met haar opnemen ze heeft toestemming gegeven haar nummer is §tel:dwa§ bedankt"
""")

T(r"""
Dictaat rapportage [[person:Said]] – [[date:17 januari]]
Gesprek met [[person:Faisal]] en [[person:Hiba Al-Khatib]] in hun woning aan de [[address:Teniersstraat 102]]. Gezin (statushouders, sinds 2022 in NL) heeft vijf kinderen. Oudste dochter [[person:Lamar]] (17) zorgt veel voor de jongere kinderen en haalt slechte cijfers. Vader werkt in een distributiecentrum. Moeder volgt inburgering bij <<org:ROC Mondriaan>>, examen op [[date:3 februari]]. Hulpvraag: hulp bij administratie, zorg voor [[person:Lamar]]. Zorgverzekering: ok. Inkomen: ok. BSN vader §bsn:plain§, BSN moeder §bsn:plain§.
""")

T(r"""
memo [[person:Sam]]: postcode van dhr. [[person:Kowalski]] is niet §pc:std:2524§ maar §pc:std:2525§, nummer [[address:Parallelweg 73]] klopt wel. aangepast in systeem.
""")

T(r"""
Transcript, telefonisch overleg met <<org:Raad voor de Kinderbescherming>>, [[date:20 januari 2025]]
Raad: met [[person:Jolien de Vries]], <<role:raadsonderzoeker>>.
Wijkteam ([[person:Maaike]]): Hoi [[person:Jolien]], ik bel over het gezin [[person:Winter]].
Raad: Ja. Onderzoek loopt, nummer [[dossier:R K 2024 slash 99 streepje 1 3 4]]. We willen graag de rapportage van jullie over de afgelopen zes maanden.
Wijkteam: Dat kan, mits ouders toestemming geven. Moeder, [[person:Bianca Winter]], heeft dat al gedaan; vader, [[person:Roy]], nog niet.
Raad: Oké, stuur het naar [[email:j.devries@kinderbescherming.nl]] zodra je het hebt.
""")

T(r"""
Bericht 4 van 4. [[date:di 21 jan]] 08:15. Onbekend nummer.
"dag met [[person:Ina]] van de kerk ik bel over meneer [[person:Ebenezer]] [[person:Asamoah]] die is zondag niet in de kerk geweest en dat is nog nooit gebeurd hij woont alleen op de [[address:Hengelolaan vierhonderdzestien]] wij hebben al aangebeld niemand doet open kunt u misschien de <<role:wijkagent>> vragen"
""")

T(r"""
Rapportage [[date:22-1-2025]] (dictafoon)
Meneer [[person:Ahmed Osman]] kwam onaangekondigd binnen bij het <<org:Servicepunt XL>> in <<wijk:Moerwijk>>. Hij heeft een dwangbevel van het <<org:CJIB>> gekregen, kenmerk [[dossier:C J I B 0 7 1 2 3 4 5 6 7 8 9]]. Bedrag € 830. Meneer woont op [[address:Zuidlarenstraat 12 A]], §pc:alpha2:2532§. Hij heeft wisselend werk via een uitzendbureau. Ik heb hem geholpen een betalingsregeling aan te vragen via de site; eerste termijn [[date:1 maart]]. Rekening: §iban:dashy:INGB§.
""")

T(r"""
spraakmemo 18:05: [[person:Aisha]] gebeld door de school. [[person:Aisha]]'s moeder, mevr. [[person:Jama]], heeft geen telefoon meer. nieuwe nummer volgt. adres [[address:Moerweg 488]] klopt nog. [[person:Ismail]] (vader) woont in Engeland.
""")

T(r"""
Gesprek op kantoor, opgenomen met toestemming, automatisch uitgeschreven
[[person:Esther]]: goed, meneer [[person:Van Dam]], voor de aanvraag heb ik uw gegevens nodig. Uw voorletters?
[[person:Van Dam]]: [[person:G. J.]], [[person:Gerard Johannes]], zeg maar [[person:Gerard]].
[[person:Esther]]: geboortedatum?
[[person:Van Dam]]: [[date:elf november negenenveertig]].
[[person:Esther]]: adres?
[[person:Van Dam]]: [[address:Beeklaan 401]], §pc:sp:2562§.
[[person:Esther]]: en een telefoonnummer?
[[person:Van Dam]]: vast nummer, §tel:pairs:070§.
""")

# ---------------------------------------------------------------- part 9
T(r"""
Rapportage, ingesproken, spraakherkenning niet gecorrigeerd (let op fouten in namen)
Vandaag [[date:23 januari]] bij meneer [[person:bal de wsingh]] (bedoeld: [[person:Baldewsingh]]) en mevrouw [[person:Storm]], zijn partner, op de [[address:Dedemsvaartweg twee honderd tien]]. Meneer heeft na een hartinfarct niet meer kunnen werken, de WIA-keuring staat gepland op [[date:12 februari]]. Mevrouw [[person:Storm]] werkt als <<role:thuiszorgmedewerker>> bij <<org:Florence>> en draait alles alleen. Er is een huurachterstand van drie maanden bij <<org:Staedion>>, huurnummer [[dossier:een nul nul vier vijf zes zeven acht streepje nul twee]]. Afspraak: ik neem contact op met de <<role:woonconsulent>>, en meneer meldt zich bij het <<org:UWV>> voor een voorschot. De koster van de kerk waar ze komen, meneer [[person:Koster]] (ja, echt), heeft aangeboden te helpen met de boodschappen.
""")

T(r"""
Voicemailoverzicht (transcripties), toestel wijkteam <<wijk:Spoorwijk>>, [[date:ma 27-01-2025]]
1) 08:04 — §tel:intlc§ — "met [[person:Dewi]] ik ben ziek vandaag, mijn afspraak met [[person:Joost]] kan niet door"
2) 09:37 — §tel:paren:070§ — "<<org:Haag Wonen>>, [[person:Marco]], graag terugbellen over de [[address:Rijswijkseweg 512]]"
3) 10:12 — nummer afgeschermd — "ik wil anoniem iets melden over de buren op [[address:Fruitweg 19]], er zijn kinderen alleen thuis al twee dagen"
4) 11:55 — §tel:sp2§ — "hallo met de dochter van mevrouw [[person:Li]] eh [[person:Li Hua]] ze is uit het ziekenhuis"
""")

T(r"""
[00:00:00] Medewerker: goedemiddag met [[person:Tessa]] van het wijkteam
[00:00:02] Beller: ja goedemiddag met [[person:Mei]], [[person:Mei Lin]], ik ben de nicht van meneer [[person:Lin]]
[00:00:07] Medewerker: dag mevrouw [[person:Lin]]
[00:00:08] Beller: nee mevrouw [[person:Mei]], [[person:Mei]] is mijn achternaam, [[person:Lin]] is mijn voornaam, het is andersom
[00:00:13] Medewerker: excuus, mevrouw [[person:Mei]], waar gaat het over
[00:00:15] Beller: mijn oom heeft in mei een brief gekregen van de gemeente over zijn huur en hij begrijpt het niet
[00:00:21] Medewerker: wat is zijn adres
[00:00:22] Beller: [[address:Wagenstraat 62 3e verdieping]], postcode §pc:dl:2512§
""")

T(r"""
Verslag van het evaluatiegesprek, ingesproken met de dicteer-app, [[date:29 januari 2025]]
Aanwezig: [[person:Mariska de Boer]] (cliënt), haar broer [[person:Erik]], [[person:Fleur]] (<<role:casusregisseur>>).
[[person:Mariska]] is nu een jaar bij ons in beeld. Ze is drie maanden schuldenvrij, heeft een vaste baan bij een schoonmaakbedrijf en woont zelfstandig in <<wijk:Bouwlust>>, [[address:Melis Stokelaan 1670]]. [[person:Erik]] beheert nog haar rekening (§iban:spaced:ASNB§) maar ze wil dat zelf gaan doen. Afgesproken: overgang in drie maanden met budgetcoaching. [[person:Mariska]] zegt dat het contact met de <<role:ervaringsdeskundige>> [[person:Nadia]] haar het meest heeft geholpen. Afsluiting dossier gepland rond [[date:30 april]].
""")

T(r"""
memo — bsn's voor de aanvraag collectieve zorgverzekering, gezin [[person:Kaya]]:
vader [[person:Murat]] §bsn:dots§
moeder [[person:Elif]] §bsn:sp3§
oudste [[person:Emre]] §bsn:plain§
kinderen onder 18 hoeven niet.
""")

T(r"""
Opname huisbezoek (met toestemming), transcript
Medewerker: dus mevrouw [[person:Hoop]], u heet echt [[person:Hoop]]?
Cliënt: ja [[person:Esperanza Hoop]], mijn vader was Nederlands, mijn moeder Colombiaans, dus [[person:Esperanza]] is eigenlijk ook hoop
Medewerker: mooi. En u woont hier al lang?
Cliënt: sinds [[date:17 augustus 2001]], [[address:Beresteinlaan 55]]
Medewerker: en de hoop is dat we het huis weer leefbaar krijgen
Cliënt: ja, ik hoop het ook
Medewerker: ik vraag de <<org:Kessler Stichting>> voor een opruimproject, kan het via [[email:esperanza.hoop@gmail.com]] de informatie sturen?
Cliënt: ja
""")

T(r"""
Voicemail — [[date:vrijdag 31 januari]], 16:40 — van §tel:intl§
"hallo [[person:Lotte]] met [[person:Yordan]] [[person:Georgiev]], de broer van [[person:Hristo]], ik ben nu in Bulgarije maar mijn broer is gisteren uit het ziekenhuis gekomen en hij is alleen in het huis op de [[address:Stuwstraat zeven bis]] kunt u iemand sturen alsjeblieft ik kom [[date:donderdag zes februari]] terug dank u"
""")

T(r"""
Dictaat brief aan <<org:Woonnet Haaglanden>>, afdeling urgentie
Geachte heer, mevrouw,
Namens het sociaal wijkzorgteam <<wijk:Centrum>> ondersteun ik de urgentieaanvraag van mevrouw [[person:Samira Benali]], geboren [[date:29-02-1992]], BSN §bsn:dots3§, thans verblijvend in de opvang van <<org:Kompaan>>, postadres [[address:Lange Beestenmarkt 140]], §pc:std:2512§. Mevrouw is met haar twee kinderen gevlucht voor huiselijk geweld; haar inschrijfnummer bij Woonnet is [[dossier:W00318812]]. Voor vragen ben ik bereikbaar op §tel:dash§ of via [[email:r.verhoeven at swtcentrum.nl]].
Met vriendelijke groet,
[[person:R. Verhoeven]], <<role:maatschappelijk werker>>
""")

T(r"""
spraakmemo [[date:3 feb]]: dhr [[person:de zwart]] wil geen hulp meer. briefje gestuurd naar [[address:lozerlaan 1102]]. zoon [[person:frank]] wil wel contact houden, mail [[email:frankdezwart at live punt nl]]. dossier sluiten na [[date:1 maart]] als er niets verandert.
""")

T(r"""
Transcript (automatisch) — consult <<role:ouderenconsulent>> — [[date:4 februari 2025]]
[[person:Truus]]: ik heb niks nodig hoor, ik red me prima
[[person:Annet]] (consulent): dat geloof ik, mevrouw [[person:Groeneveld]], maar uw dochter maakt zich zorgen
[[person:Truus]]: [[person:Monique]]? die maakt zich altijd zorgen
[[person:Annet]]: ze zegt dat u vorige week 's nachts buiten stond op de [[address:Ruychrocklaan 120]] en niet meer wist waar u woonde
[[person:Truus]]: dat was maar één keer
[[person:Annet]]: mag ik u aanmelden bij de <<role:casemanager dementie>>? Dan komt er iemand kennismaken, bijvoorbeeld [[date:dinsdag de elfde]]
[[person:Truus]]: als het moet
""")

T(r"""
Bericht ingesproken op de wijkteamlijn, [[date:06-02-2025]], 19:58, beller §tel:pairs§ (transcriptie automatisch)
"ja hoi met [[person:Marco]] [[person:Girigori]] ik bel over mijn moeder [[person:Anthonia]] zij heeft nu al twee weken geen warm water en de verhuurder [[person:Van Leeuwen]] doet niks ik heb hem gemaild op [[email:info at vanleeuwenverhuur punt nl]] maar geen antwoord haar adres is [[address:Jan Hendrikstraat honderdtwaalf]] kunt u helpen ze is zesentachtig"
""")

T(r"""
Ingesproken verslag, [[person:Bart]] (<<role:wijkagent>>), doorgestuurd aan het wijkteam
Op [[date:zaterdag 8 februari]] rond 23:00 melding van geluidsoverlast op de [[address:Hengelolaan 1500]]. Ter plaatse aangetroffen de bewoner, [[person:Dennis van Rijn]], geboren [[date:19-10-1990]], onder invloed. In de woning ook zijn vriendin, [[person:Kelly]], met een kind van ongeveer twee. Geen letsel. Registratie [[dossier:PL1500-2025031177]]. Graag jullie aandacht voor het kind; ik heb ook <<org:Veilig Thuis>> geïnformeerd.
""")

T(r"""
memo: [[person:Imane]] heeft haar rekening overgezet naar een andere bank, nieuwe IBAN §iban:compact:BUNQ§. ook nieuw telefoonnummer §tel:plain§. adres blijft [[address:Hoefkade 1020]].
""")

T(r"""
[[person:Nina]] (SWT) 00:00:01: We nemen dit gesprek op voor het verslag, akkoord?
[[person:Mohammed Ouali]] 00:00:04: Ja, akkoord.
[[person:Nina]] (SWT) 00:00:06: Uw vrouw is op [[date:10 februari]] bevallen, gefeliciteerd.
[[person:Mohammed Ouali]] 00:00:09: Dank je. Ze heet [[person:Lina]], de baby.
[[person:Nina]] (SWT) 00:00:12: Mooi. Dan moeten we de kinderbijslag aanvragen bij de <<org:SVB>>, en de huurtoeslag aanpassen. Heeft u de geboorteakte?
[[person:Mohammed Ouali]] 00:00:18: Ja. En het BSN van de baby is §bsn:dw§.
[[person:Nina]] (SWT) 00:00:26: Dan doen we het meteen samen.
""")

T(r"""
Telefoonnotitie, spraakgestuurd, [[date:11-2]]
Gebeld met [[person:Sjaak]] van <<org:Stek>> over de vrijwilligersmaatjes. Voor mevrouw [[person:Wit]] ([[person:Aaltje de Wit]], [[address:Kampen 190]]) is er een maatje: [[person:Lieke van Dongen]], [[email:liekevandongen@outlook.com]], §tel:g4§. Eerste kennismaking [[date:donderdag 20 februari]] om 14:00 bij mevrouw thuis; ik ga mee.
""")

T(r"""
voice memo na werktijd: vergeten te noteren, [[person:Rosa]] ([[person:Rosa Delgado]]) heeft nieuw adres: [[address:Laakkade 64-1]], postcode §pc:dw:2521§. Oude adres [[address:Fruitweg 7]] vervalt per [[date:1-3]].
""")

T(r"""
Gespreksverslag (spraak naar tekst) — telefonisch — [[date:13 februari 2025]]
Gesproken met [[person:Hanna Tesfamariam]], tel. §tel:sp2§, over haar zoon [[person:Yonatan]] (19). Hij heeft vorig jaar de opleiding afgebroken en zit nu thuis. Hij slaapt overdag en gamet 's nachts. Moeder vermoedt somberheid. [[person:Yonatan]] zelf wil niet praten met ons. Advies: via de <<role:jongerenwerker>> van <<org:Xtra>> contact leggen, die kent hem van het buurthuis. Jongerenwerker: [[person:Mo]], [[email:m.elhaddaoui@xtra.nl]]. Moeder woont [[address:Moerweg 702]], §pc:low:2533§.
""")

T(r"""
Dictaat [[person:Femke]]: correctie op rapportage van [[date:14-02]]. Niet mevrouw [[person:Bakker]]... nee. Niet mevrouw [[person:Bakker]] maar mevrouw [[person:Bakkers]], met een s, [[address:Lijsterbesstraat 12]]. De rapportage is in het verkeerde dossier gezet, [[dossier:SWT-2025-0112]] in plaats van [[dossier:SWT-2025-0121]]. Graag corrigeren, [[person:Bram]].
""")

T(r"""
SPK_1 00:00 met [[person:Danielle]] van de <<org:Sociale Dienst>>, klantmanager
SPK_2 00:03 hoi [[person:Danielle]], met [[person:Tim]] van het wijkteam, over meneer [[person:Pereira]]
SPK_1 00:07 ja, [[person:Nelson Pereira]], [[address:Loosduinseweg 1230]]
SPK_2 00:11 klopt. Hij heeft een nieuw rekeningnummer want de oude is geblokkeerd door beslag
SPK_1 00:16 zeg maar
SPK_2 00:17 §iban:mix:SNSB§
SPK_1 00:26 en zijn telefoon?
SPK_2 00:27 §tel:pairs§
SPK_1 00:33 dank je, ik pas het aan per [[date:1 maart]]
""")

# ---------------------------------------------------------------- part 10 (long)
T(r"""
Transcriptie telefoongesprek, automatisch gegenereerd, [[date:17 februari 2025]], 10:14–10:26
[0:00] Medewerker: Goedemorgen, sociaal wijkzorgteam <<wijk:Regentessekwartier>>, u spreekt met [[person:Iris]].
[0:04] Beller: Goedemorgen, met [[person:Agnes van der Linden]]. Ik bel voor mijn buurvrouw, mevrouw [[person:Ferreira]]. Ze zit naast me, ze spreekt alleen Portugees en een beetje Engels.
[0:14] Medewerker: Fijn dat u helpt. Mag ik de volledige naam van mevrouw?
[0:17] Beller: [[person:Maria do Céu Ferreira]]. Met een accent op de e van [[person:Céu]].
[0:24] Medewerker: En haar adres?
[0:26] Beller: [[address:Weimarstraat driehonderdachtenveertig A]], §pc:dl:2562§.
[0:33] Medewerker: Waar kan ik mevrouw mee helpen?
[0:35] Beller: Ze heeft een brief van de <<org:Belastingdienst>> dat ze huurtoeslag moet terugbetalen, ruim tweeduizend euro, en ze moet voor [[date:vijftien maart]] reageren. Het kenmerk is [[dossier:2 1 0 9 punt 4 4 3 punt 8 1 2 punt H T 2 3]].
[0:52] Medewerker: Dan maak ik een afspraak met onze <<role:sociaal raadsman>>. Kan mevrouw [[date:woensdag de negentiende]] om tien uur naar het wijkcentrum komen?
[1:01] Beller: Ja, ik ga mee. Mijn nummer is §tel:pairsc§, voor als er iets is.
[1:08] Medewerker: Dank u wel, mevrouw [[person:Van der Linden]]. Tot woensdag.
""")

T(r"""
Ingesproken rapportage huisbezoek, niet nagelezen, [[person:Joris]] (<<role:Wmo-adviseur>>)
Datum: [[date:18-2-2025]]. Adres: [[address:Paul Krugerlaan 212 drie hoog]], §pc:cmp:2571§.
Aanwezig: meneer [[person:Jurmaine Rosaria]] (52), zijn moeder mevrouw [[person:Zulma Rosaria]] (79) en de <<role:wijkverpleegkundige>> [[person:Petra]].
Meneer heeft MS en zit sinds kort in een rolstoel. Hij woont met zijn moeder op drie hoog zonder lift en komt de woning niet meer uit. Zijn moeder verzorgt hem, maar zij heeft zelf hartklachten en is op. Meneer wil graag verhuizen naar een gelijkvloerse woning in de buurt; hij is geboren en getogen in de <<wijk:Schilderswijk>>. Inschrijving <<org:Woonnet Haaglanden>> loopt sinds 2019, nummer [[dossier:W N nul nul twee één vier vier drie acht]].
Afspraken: medische urgentie aanvragen via het <<org:Wmo-loket>>, huishoudelijke hulp voor moeder, en de mantelzorgwaardering voor moeder aanvragen. Bankrekening voor de waardering: §iban:spaced:ABNA§ t.n.v. [[person:Z. Rosaria]]. Contact: §tel:sp2§.
Volgende evaluatie: [[date:vrijdag 21 maart]].
""")

T(r"""
Teams-transcript — Multidisciplinair overleg bemoeizorg — [[date:19 februari 2025]]
[[person:Hendriks, Marleen]] (<<org:GGD Haaglanden>>) 00:00:12
We beginnen met meneer [[person:Van Os]]. Ik heb hem [[date:11 februari]] samen met de <<role:wijkagent>> bezocht. Het huis aan de [[address:Van der Vennestraat 23]] is volgestouwd, er zijn ratten gezien.
[[person:Ouali, Said]] (SWT) 00:01:03
Wij hebben meneer sinds de zomer in beeld. Hij wil niemand binnenlaten behalve [[person:Gerrit]], de vrijwilliger van de kerk.
[[person:Hendriks, Marleen]] (<<org:GGD Haaglanden>>) 00:01:20
Heeft meneer familie?
[[person:Ouali, Said]] (SWT) 00:01:23
Een dochter, [[person:Sandra van Os]], die woont in Leiden. Nummer §tel:dash:071§. Ze wil meewerken maar durft niet tegen hem in te gaan.
[[person:Kramer, Bas]] (<<org:Haag Wonen>>) 00:01:41
Voor ons is het een huurovertreding. Dossier bij ons: [[dossier:HW-OVL-25-0034]]. Als er niets gebeurt, starten we een procedure.
[[person:Hendriks, Marleen]] (<<org:GGD Haaglanden>>) 00:02:05
Laten we eerst via [[person:Gerrit]] proberen. Volgende stap over twee weken, [[date:5 maart]].
""")

T(r"""
Voicemail-transcriptie (kwaliteit: laag), ontvangen [[date:20-02-2025]] 14:47, van §tel:dw§
"ja hallo met [[person:Abdullahi]] ... ik bel eh voor mijn tante mevrouw [[person:Fadumo Ali]] die woont op de Hengelolaan eh [[address:Hengelolaan negenhonderdtwaalf]] zij heeft gisteren gevallen in de douche en nu kan ze niet meer lopen de huisarts zegt ze moet thuiszorg maar wij weten niet hoe dat moet ze spreekt alleen Somalisch ik ben er elke dag na vijf uur mijn email is [[email:abdullahi punt ali apenstaartje hotmail punt com]] of u belt mij op dit nummer nogmaals het is eh §tel:pairs§ dank u wel"
""")

T(r"""
Dictaat, intakeverslag (lang), [[person:Marloes]], <<role:casusregisseur>>
Op [[date:maandag 24 februari]] intakegesprek met [[person:Dorota Kamińska]], geboren [[date:4 augustus 1983]] in Gdańsk, BSN §bsn:mixw§. Mevrouw woont sinds 2016 in Nederland, eerst in Westland, sinds 2021 in <<wijk:Laak>>, [[address:Neptunusstraat 44]], §pc:std:2522§. Ze heeft twee zoons: [[person:Kacper]] (12) en [[person:Oliwer]] (8). De vader, [[person:Marek]], woont in Polen en betaalt niets.
Mevrouw werkte in een distributiecentrum maar is sinds oktober ziek, met rugklachten. Het uitzendbureau heeft het contract beëindigd. Ze heeft een ziektewetuitkering aangevraagd bij het <<org:UWV>>, nog geen besluit. Intussen heeft ze schulden opgebouwd: huur, energie en zorgverzekering.
Afspraken: aanmelding schuldhulp (via [[person:Latoya]]), voorschot aanvragen bij UWV, en contact met school van [[person:Kacper]], die volgens moeder veel verzuimt. Mevrouw is bereikbaar op §tel:g4§ en via [[email:dorota.kaminska83@wp.pl]]. Rekening §iban:compact:INGB§.
""")

T(r"""
spraakmemo (lange versie, voor [[person:Gijs]] die morgen invalt):
eerst om negen uur naar mevrouw [[person:Chen]], nee [[person:Chan]], [[person:Chan Yuk Ling]], [[address:Wagenstraat 101 b]], die heeft een brief van de <<org:CAK>> en wil dat we meekijken. dan om elf uur [[person:Bogdan]] op de [[address:Vaillantlaan 9]], die heeft een afspraak bij het <<org:UWV>>, graag meegaan, hij is er heel zenuwachtig over. 's middags teamoverleg. daarna nog bellen met [[person:Efua Mensah]] op §tel:sp2§ over de kinderopvang, en met [[person:Sanne]] van het <<org:CJG>> over [[person:Kofi]]. niet vergeten: [[date:vrijdag 28 februari]] loopt de termijn van het bezwaar van [[person:Hristova]] af, kenmerk [[dossier:BZW dash 2025 dash 0 1 8 8]].
""")


# ---------------------------------------------------------------- build
TOKEN = re.compile(r"§([^§]+)§")
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|<<(\w+):(.*?)>>", re.S)
PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}
KIND_LABEL = {"bsn": "bsn", "iban": "iban", "tel": "phone", "pc": "postcode"}


def expand_tokens(src):
    env = {}

    def rep(m):
        parts = m.group(1).split(":")
        kind, style = parts[0], parts[1]
        arg, var = None, None
        for p in parts[2:]:
            if p.startswith("="):
                var = p[1:]
            else:
                arg = p
        if var and var in env:
            val = env[var]
        else:
            if kind == "bsn":
                val = gen_bsn()
            elif kind == "iban":
                val = gen_iban(arg or "INGB")
            elif kind == "tel":
                val = gen_phone(arg or "mob")
            elif kind == "pc":
                val = gen_pc(arg)
            else:
                raise ValueError(kind)
            if var:
                env[var] = val
        if kind == "bsn":
            assert bsn_ok(val)
            out = r_bsn(val, style)
        elif kind == "iban":
            assert iban_ok(val)
            out = r_iban(val, style)
        elif kind == "tel":
            out = r_phone(val, style)
        else:
            out = r_pc(val, style)
        return "[[%s:%s]]" % (KIND_LABEL[kind], out)

    return TOKEN.sub(rep, src)


def parse(src):
    src = expand_tokens(src)
    out, pii, keep = [], [], []
    pos, n = 0, 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += m.start() - pos
        if m.group(1):
            lab, txt, tgt = m.group(1), m.group(2), pii
            assert lab in PII_LABELS, lab
        else:
            lab, txt, tgt = m.group(3), m.group(4), keep
            assert lab in KEEP_LABELS, lab
        assert txt and txt == txt.strip(), repr(txt)
        tgt.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "<<", ">>", "§"):
        assert bad not in text, (bad, text[:80])
    return text, pii, keep


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, src in enumerate(TEXTS):
        text, pii, keep = parse(src)
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"]
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        assert pii, i
        rows.append({"id": "ho85-%04d" % i, "text": text, "pii": pii, "keep": keep})
    path = os.path.join(here, "heldout85.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(path)
    print("texts", len(rows), "avg words %.1f" % (words / len(rows)))
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("person share %.2f" % (pc["person"] / sum(pc.values())))
    print("keep", sum(kc.values()), dict(kc.most_common()))


if __name__ == "__main__":
    main()
