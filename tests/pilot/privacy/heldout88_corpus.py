#!/usr/bin/env python3
"""Held-out corpus 88: speech-to-text from a Haags sociaal wijkzorgteam.

Registers: recorded phone calls (clients, landlords, creditors, partner
organisations) with speaker labels, dictated notes after home visits, and
voicemail transcriptions.  Numbers and identifiers are spoken and written the
way a recogniser writes them.

Markup inside the templates (stripped programmatically, offsets by construction):
  [[Name]]              person
  [[d:...]]             date          [[a:...]]  address
  [[ds:...]]            dossier       [[ph:...]] phone (hand-written)
  [[e:...]]             email (hand-written)
  {{w:...}} wijk   {{o:...}} org   {{r:...}} role      (keep)
Macros (expanded first, with a per-text seeded RNG; they produce valid numbers):
  <<ph>> <<ph:m>> <<ph:l>> <<ph:m:STYLE>>  phone
  <<bsn>> <<bsn:STYLE>>                    BSN (11-check)
  <<iban>> <<iban:BANK>> <<iban:BANK:STYLE>> IBAN (mod 97)
  <<pc:2526BX>> <<pc:2526BX:STYLE>> <<pc>> postcode
  <<e:local@domain>> <<e:local@domain:STYLE>> e-mail
Deterministic: run  python3 heldout88_corpus.py  -> heldout88.jsonl next to it.
"""

import json
import os
import random
import re

# ----------------------------------------------------------------- numbers
UNITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
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
    "",
    "",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
]


def nl(n, een="een"):
    """Dutch number words, 0..9999."""
    if n < 10:
        return een if n == 1 else UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        uw = UNITS[u]
        return uw + ("ën" if uw.endswith("e") else "en") + TENS[t]
    if n < 1000:
        h, r = divmod(n, 100)
        head = "honderd" if h == 1 else UNITS[h] + "honderd"
        return head + (nl(r) if r else "")
    th, r = divmod(n, 1000)
    head = "duizend" if th == 1 else UNITS[th] + "duizend"
    return head + (nl(r) if r else "")


def digit_words(s, een="een", sep=" "):
    return sep.join(een if c == "1" else UNITS[int(c)] for c in s)


def pair_words(g, een="een"):
    """A group of two digits the way people say it: 05 -> nul vijf, 34 -> vierendertig."""
    if g[0] == "0":
        return digit_words(g, een)
    return nl(int(g))


def chunks(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    return out


# ----------------------------------------------------------------- phone
def gen_mobile(rng):
    return (
        "06" + str(rng.choice([1, 2, 3, 4, 5])) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    )


def gen_land(rng):
    return (
        "070"
        + str(rng.choice([2, 3, 4, 5, 7, 8]))
        + "".join(str(rng.randint(0, 9)) for _ in range(6))
    )


MOBILE_STYLES = [
    "dash",
    "pairs",
    "plain",
    "words_pairs",
    "digits_spaced",
    "words_digits",
    "mixed",
    "intl",
    "intl_words",
    "four4",
    "nul_mixed",
    "commas",
]
LAND_STYLES = ["dash", "paren", "spaced", "words", "digits_spaced", "mixed", "plain", "intl"]


def render_phone(num, style, rng):
    een = rng.choice(["een", "één"])
    if num.startswith("06"):
        rest = num[2:]
        p = chunks(rest, [2, 2, 2, 2])
        if style == "dash":
            return "06-" + rest
        if style == "pairs":
            return "06 " + " ".join(p)
        if style == "plain":
            return num
        if style == "words_pairs":
            return "nul zes " + " ".join(pair_words(g, een) for g in p)
        if style == "digits_spaced":
            return " ".join(num)
        if style == "words_digits":
            return digit_words(num, een)
        if style == "mixed":
            i = rng.randint(0, 3)
            parts = [pair_words(g, een) if j == i else g for j, g in enumerate(p)]
            return "06 " + " ".join(parts)
        if style == "intl":
            return rng.choice(
                ["+31 6 " + rest[:4] + " " + rest[4:], "+316" + rest, "+31 6 " + " ".join(p)]
            )
        if style == "intl_words":
            return "plus eenendertig zes " + " ".join(pair_words(g, een) for g in p)
        if style == "four4":
            return "06 " + rest[:4] + " " + rest[4:]
        if style == "nul_mixed":
            return "nul 6 " + " ".join(p)
        if style == "commas":
            return "nul zes, " + ", ".join(pair_words(g, een) for g in p)
        raise ValueError(style)
    # landline 070
    rest = num[3:]
    a, b, c = rest[:3], rest[3:5], rest[5:]
    if style == "dash":
        return "070-" + rest
    if style == "paren":
        return "(070) " + a + " " + b + " " + c
    if style == "spaced":
        return "070 " + a + " " + b + " " + c
    if style == "words":
        return "nul zeventig " + nl(int(a)) + " " + pair_words(b, een) + " " + pair_words(c, een)
    if style == "digits_spaced":
        return " ".join(num)
    if style == "mixed":
        return "nul zeventig " + a + " " + b + c
    if style == "plain":
        return num
    if style == "intl":
        return "+31 70 " + a + " " + b + " " + c
    raise ValueError(style)


# ----------------------------------------------------------------- BSN
def gen_bsn(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        d9 = s % 11
        if d9 == 10:
            continue
        digits = d + [d9]
        assert bsn_ok("".join(map(str, digits)))
        return "".join(map(str, digits))


def bsn_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    d = list(map(int, s))
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


BSN_STYLES = [
    "plain",
    "dots",
    "spaced3",
    "digits_spaced",
    "words_digits",
    "words_groups",
    "mixed",
    "pairs",
]


def render_bsn(b, style, rng):
    een = rng.choice(["een", "één"])
    if style == "plain":
        return b
    if style == "dots":
        return b[:4] + "." + b[4:6] + "." + b[6:]
    if style == "spaced3":
        return b[:3] + " " + b[3:6] + " " + b[6:]
    if style == "digits_spaced":
        return " ".join(b)
    if style == "words_digits":
        return digit_words(b, een)
    if style == "words_groups":
        out = []
        for g in chunks(b, [3, 3, 3]):
            out.append(digit_words(g, een) if g[0] == "0" else nl(int(g)))
        return ", ".join(out)
    if style == "mixed":
        g = chunks(b, [3, 3, 3])
        return g[0] + " " + digit_words(g[1], een) + " " + g[2]
    if style == "pairs":
        return " ".join(chunks(b, [2, 2, 2, 3]))
    raise ValueError(style)


# ----------------------------------------------------------------- IBAN
BANKS = ["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return 98 - int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_iban(rng, bank=None):
    bank = bank or rng.choice(BANKS)
    acc = "".join(str(rng.randint(0, 9)) for _ in range(10))
    if bank == "INGB" and rng.random() < 0.6:
        acc = "000" + acc[3:]
    cd = iban_check("NL", bank + acc)
    iban = "NL%02d%s%s" % (cd, bank, acc)
    assert iban_ok(iban)
    return iban


IBAN_STYLES = ["plain", "grouped", "loose", "spoken_words", "spoken_letters", "mixed", "lower"]
LETTER_NAME = {
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
    "Q": "Quotiënt",
    "R": "Richard",
    "S": "Simon",
    "T": "Teunis",
    "U": "Utrecht",
    "V": "Victor",
    "W": "Willem",
    "X": "Xantippe",
    "Y": "Ypsilon",
    "Z": "Zaandam",
}


def render_iban(ib, style, rng):
    een = rng.choice(["een", "één"])
    cd, bank, acc = ib[2:4], ib[4:8], ib[8:]
    if style == "plain":
        return ib
    if style == "grouped":
        return " ".join(chunks(ib, [4, 4, 4, 4, 2]))
    if style == "loose":
        return "NL" + cd + " " + bank + " " + acc
    if style == "spoken_words":
        bankw = {
            "INGB": "ING B",
            "ABNA": "ABNA",
            "RABO": "Rabo",
            "SNSB": "SNS B",
            "ASNB": "ASN B",
            "TRIO": "Trio",
            "KNAB": "Knab",
            "BUNQ": "bunq",
            "RBRB": "R B R B",
        }[bank]
        return "NL " + nl(int(cd)) + " " + bankw + " " + digit_words(acc, een)
    if style == "spoken_letters":
        return "en el " + cd + " " + " ".join(bank.lower()) + " " + " ".join(acc)
    if style == "mixed":
        a = chunks(acc, [3, 3, 4])
        return "NL " + cd + " " + bank + " " + a[0] + " " + digit_words(a[1], een) + " " + a[2]
    if style == "lower":
        return "nl" + cd + " " + bank.lower() + " " + " ".join(chunks(acc, [4, 4, 2]))
    raise ValueError(style)


# ----------------------------------------------------------------- postcode
PC_STYLES = [
    "std",
    "nospace",
    "lower",
    "words",
    "digits_words",
    "letter_names",
    "spaced_letters",
    "alphabet",
    "pairs",
]


def gen_pc(rng):
    n = rng.randint(2491, 2597)
    while True:
        l1 = rng.choice("ABCEGHJKLMNPRTVWXZ")
        l2 = rng.choice("ABCEGHJKLMNPRTVWXZ")
        if l1 + l2 not in ("SA", "SD", "SS"):
            return "%d%s%s" % (n, l1, l2)


def render_pc(pc, style, rng):
    n, l = pc[:4], pc[4:]
    if style == "std":
        return n + " " + l
    if style == "nospace":
        return n + l
    if style == "lower":
        return n + " " + l.lower()
    if style == "words":
        return nl(int(n[:2])) + " " + pair_words(n[2:]) + " " + " ".join(l)
    if style == "digits_words":
        return digit_words(n) + " " + l
    if style == "letter_names":
        return n + " " + " ".join(LETTER_NAME[c] for c in l)
    if style == "spaced_letters":
        return n + " " + " ".join(l)
    if style == "alphabet":
        return n + " " + " ".join(c + " van " + SPELL_ALPHA[c] for c in l)
    if style == "pairs":
        return n[:2] + " " + n[2:] + " " + l
    raise ValueError(style)


# ----------------------------------------------------------------- e-mail
EMAIL_STYLES = ["plain", "spoken_apen", "spoken_at", "half", "spaced", "spoken_apen"]


def render_email(addr, style, rng):
    local, dom = addr.split("@")

    def say(s):
        s = s.replace(".", " punt ").replace("_", " underscore ").replace("-", " streepje ")
        return re.sub(r"\s+", " ", s).strip()

    if style == "plain":
        return addr
    if style == "spoken_apen":
        return say(local) + " apenstaartje " + say(dom)
    if style == "spoken_at":
        return say(local) + " " + rng.choice(["at", "et"]) + " " + say(dom)
    if style == "half":
        return local + " at " + dom
    if style == "spaced":
        return local.replace(".", " . ") + " @ " + dom
    raise ValueError(style)


# ----------------------------------------------------------------- macros
MACRO = re.compile(r"<<(\w+)((?::[^:>]*)*)>>")


def expand(tpl, rng):
    def rep(m):
        kind = m.group(1)
        args = [a for a in m.group(2).split(":")[1:]]
        if kind == "ph":
            typ = args[0] if args and args[0] else rng.choice("mmmml")
            num = gen_mobile(rng) if typ == "m" else gen_land(rng)
            style = (
                args[1]
                if len(args) > 1
                else rng.choice(MOBILE_STYLES if typ == "m" else LAND_STYLES)
            )
            return "[[ph:" + render_phone(num, style, rng) + "]]"
        if kind == "bsn":
            style = args[0] if args and args[0] else rng.choice(BSN_STYLES)
            return "[[bsn:" + render_bsn(gen_bsn(rng), style, rng) + "]]"
        if kind == "iban":
            bank = args[0] if args and args[0] else None
            style = args[1] if len(args) > 1 else rng.choice(IBAN_STYLES)
            return "[[ib:" + render_iban(gen_iban(rng, bank), style, rng) + "]]"
        if kind == "pc":
            pc = args[0] if args and args[0] else gen_pc(rng)
            style = args[1] if len(args) > 1 else rng.choice(PC_STYLES)
            return "[[pc:" + render_pc(pc, style, rng) + "]]"
        if kind == "e":
            style = args[1] if len(args) > 1 else rng.choice(EMAIL_STYLES)
            return "[[e:" + render_email(args[0], style, rng) + "]]"
        raise ValueError(m.group(0))

    return MACRO.sub(rep, tpl)


PII = {
    "": "person",
    "p": "person",
    "d": "date",
    "a": "address",
    "ds": "dossier",
    "ph": "phone",
    "e": "email",
    "ib": "iban",
    "bsn": "bsn",
    "pc": "postcode",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
SPAN = re.compile(r"\[\[(?:(p|d|a|ds|ph|e|ib|bsn|pc):)?(.+?)\]\]|\{\{(w|o|r):(.+?)\}\}")


def strip(marked):
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in SPAN.finditer(marked):
        out.append(marked[pos : m.start()])
        cur += m.start() - pos
        if m.group(2) is not None:
            lab, txt, dest = PII[m.group(1) or ""], m.group(2), pii
        else:
            lab, txt, dest = KEEP[m.group(3)], m.group(4), keep
        dest.append({"start": cur, "end": cur + len(txt), "label": lab, "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}", "<<", ">>"):
        assert bad not in text, (bad, text)
    return text, pii, keep


T = []  # templates, filled by the parts below

# ============================================================ phone calls with clients
T += [
    """Spreker 1: goedemorgen u spreekt met [[Lotte]] van het sociaal wijkzorgteam {{w:Schilderswijk}}
Spreker 2: ja goedemorgen met mevrouw [[el Amrani]] eh [[Khadija el Amrani]]
Spreker 1: dag mevrouw [[el Amrani]] waar kan ik u mee helpen
Spreker 2: ik heb een brief van {{o:Haag Wonen}} dat ik uit het huis moet als ik niet betaal
Spreker 1: oké dat is schrikken. mag ik voor de zekerheid even uw geboortedatum
Spreker 2: [[d:drie november negentienzevenenzeventig]]
Spreker 1: en u woont nog steeds op de [[a:Hobbemastraat honderdtwaalf drie hoog]]
Spreker 2: ja ja drie hoog zonder lift
Spreker 1: staat er een kenmerk op die brief
Spreker 2: eh er staat [[ds:H W 2024 0 3 8 8 1]]
Spreker 1: dank u. ik bel vandaag nog met de {{r:woonconsulent}} en ik kom donderdag langs om tien uur is dat goed
Spreker 2: ja goed. mijn zoon [[Anouar]] is er dan ook die leest de brieven""",
    """SPREKER_00: met [[Bas]] wijkzorgteam
SPREKER_01: ja hallo met [[Henk]] [[Koster]] van de [[a:Moerweg 9]]
SPREKER_00: hé meneer [[Koster]] hoe is het
SPREKER_01: nou niet best jongen. de stroom is eraf gehaald
SPREKER_00: sinds wanneer
SPREKER_01: sinds gisteren. [[d:dinsdag de twaalfde]] zijn ze gekomen
SPREKER_00: heeft u een klantnummer van {{o:Eneco}} bij de hand
SPREKER_01: wacht even. klantnummer [[ds:1 0 4 4 7 2 9 3 6]]
SPREKER_00: en op welk nummer kan ik u terugbellen als ik ze gesproken heb
SPREKER_01: [[ph:nul zes eh vierendertig negenentachtig nul twee elf]]
SPREKER_00: ik bel binnen een uur terug. blijf bij de telefoon ja
SPREKER_01: waar moet ik heen joh zonder stroom""",
    """Medewerker: wijkzorgteam {{w:Transvaal}} goedemiddag met [[Hatice]]
Beller: ja goedemiddag, met [[Gurpreet]] [[Kaur]] ik bel voor mijn schoonvader meneer [[Singh]]
Medewerker: ja zeg het maar
Beller: hij is zevenentachtig en hij valt steeds. de {{r:huisarts}} zei ik moest u bellen voor een traplift of zo
Medewerker: dat gaat via het {{o:Wmo-loket}} maar wij kunnen helpen met de aanvraag. wat is zijn adres
Beller: [[a:Paul Krugerlaan 88 A]], [[pc:2571 G H]]
Medewerker: en zijn geboortedatum
Beller: [[d:1 juli 1937]]
Medewerker: prima. ik plan een huisbezoek met de {{r:Wmo-adviseur}}, die heet [[Ruud]]. welke dag schikt u
Beller: liefst in de middag, ik werk tot twaalf uur
Medewerker: dan wordt het waarschijnlijk [[d:woensdag 20 maart]] om twee uur. ik stuur u een bevestiging. mag ik uw mailadres
Beller: <<e:g.kaur1982@hotmail.com:spoken_apen>>""",
    """[00:00:02] Spreker 1: goedemiddag {{o:SWT}} {{w:Moerwijk}} met [[Jeroen]]
[00:00:05] Spreker 2: ja met [[Roos]]. [[Roos]] [[de Vries]]. ik was bij u geweest met mijn moeder
[00:00:11] Spreker 1: ja mevrouw [[de Vries]] ik weet het. hoe gaat het met uw moeder
[00:00:15] Spreker 2: niet goed ze eet niet meer. en de {{r:casemanager dementie}} is met vakantie tot eind april
[00:00:24] Spreker 1: dat is vervelend. woont ze nog op de [[a:Zuiderparklaan 341]]
[00:00:28] Spreker 2: ja. ze wil er niet weg. de buurvrouw [[Ans]] kijkt wel eens maar die is zelf ook tachtig
[00:00:36] Spreker 1: ik ga kijken of de {{r:wijkverpleegkundige}} van {{o:Florence}} deze week kan langsgaan. op welk nummer kan ik u bereiken
[00:00:44] Spreker 2: [[ph:06 41 nul negen 77 23]]
[00:00:49] Spreker 1: dank u wel ik bel u morgen voor twaalf uur""",
    """spreker 1 met [[sanne]] wijkzorgteam {{w:escamp}}
spreker 2 ja hoi met [[ilona]] [[ilona wojcik]] ik had een afspraak maar ik kan niet komen
spreker 1 geeft niks. wanneer kan het wel
spreker 2 volgende week maar niet op maandag want dan werk ik bij de kwekerij
spreker 1 [[d:dinsdag 9 april]] om half tien kan dat
spreker 2 ja goed. moet ik iets meenemen
spreker 1 uw id-kaart en de brieven van de {{o:belastingdienst}} over de toeslag en als u hebt uw bankafschriften van de laatste drie maanden
spreker 2 oké. en mijn adres is veranderd hè ik woon nu op de [[a:loosduinseweg 717 b]]
spreker 1 o goed dat u het zegt. postcode weet u die
spreker 2 [[pc:2571 ah ka]]
spreker 1 top ik pas het aan. tot dinsdag""",
    """Spreker 1: hallo met [[Mustafa]] [[Yildiz]]
Spreker 2: hallo meneer [[Yildiz]] met [[Dewi]] van het wijkzorgteam u had gebeld
Spreker 1: ja ik heb een probleem met de {{o:SVB}}, mijn AOW is minder deze maand
Spreker 2: hebben ze u een brief gestuurd
Spreker 1: ja van [[d:28 februari]]. er staat iets over een korting omdat ik in Turkije was
Spreker 2: hoe lang was u daar
Spreker 1: vijf maanden ongeveer. voor mijn broer die ziek was
Spreker 2: dan moeten we bezwaar maken of uitleg geven. kunt u mij uw BSN geven dan kijk ik mee met de {{r:sociaal raadsman}}
Spreker 1: ja het is <<bsn:words_groups>>
Spreker 2: dank u. en op het briefje staat een kenmerk
Spreker 1: kenmerk [[ds:77 03 19 52 K]]
Spreker 2: prima. ik bel u [[d:vrijdag de vijftiende]] terug""",
    """Cliënt: ja hallo spreek ik met [[Priya]]
Medewerker: ja met [[Priya]] [[Ramdin]] van het wijkzorgteam
Cliënt: met [[Sunita]] [[Jagessar]]. u zou mij terugbellen over de {{o:voedselbank}}
Medewerker: klopt mevrouw [[Jagessar]]. ik heb de aanmelding bij de {{o:Voedselbank Haaglanden}} gedaan. u kunt vanaf [[d:vrijdag 5 april]] een pakket halen bij het uitgiftepunt in {{w:Laak}}
Cliënt: o gelukkig. voor hoe lang
Medewerker: in eerste instantie drie maanden. daarna kijken ze opnieuw. uw dochter [[Anjali]] mag het ook ophalen als u werkt
Cliënt: ze is vijftien mag dat
Medewerker: met een briefje van u wel. uw klantnummer daar wordt [[ds:V B 4 4 1 0 9]]
Cliënt: dank u wel echt
Medewerker: graag gedaan. en de schuldhulp loopt via [[Marco]] die belt u deze week""",
    """Spreker 1 (00:00:01): goedemorgen met [[Samira]] wijkzorgteam {{w:Mariahoeve}}
Spreker 2 (00:00:03): ja goedemorgen meid met [[Bloem]], [[Truus Bloem]], van de [[a:Terletstraat 44]]
Spreker 1 (00:00:09): dag mevrouw [[Bloem]]. wat is er
Spreker 2 (00:00:11): ik ben mijn pasje kwijt van de bank en de zoon van de buren heeft gezegd ik moet u bellen want ik kan niet zelf naar de bank
Spreker 1 (00:00:20): dat gaan we regelen. bij welke bank zit u
Spreker 2 (00:00:23): de {{o:Rabo}}. het nummer heb ik hier op een papiertje. <<iban:RABO:spoken_words>>
Spreker 1 (00:00:31): dank u mevrouw, ik schrijf het op. heeft u geld voor boodschappen
Spreker 2 (00:00:37): nog twintig euro
Spreker 1 (00:00:39): ik kom [[d:morgen, donderdag 14 maart]], samen met de {{r:ouderenconsulent}}""",
    """Beller: hallo is dit het wijkteam
Medewerker: ja met [[Kofi]] van het sociaal wijkzorgteam {{w:Laak}}
Beller: mijn naam is [[Abena]] [[Owusu]]. mijn man is weg sinds drie weken en ik heb niks meer
Medewerker: dat is heel zwaar. bent u veilig nu
Beller: ja hij komt niet terug denk ik. maar de huur staat op zijn naam
Medewerker: wat is het adres
Beller: [[a:Laakkade 210]] [[pc:2521 X K]]
Medewerker: heeft u kinderen
Beller: twee. [[Kwame]] is zes en [[Efua]] is drie
Medewerker: ik maak een afspraak bij u thuis. ook met iemand van het {{o:CJG}}. kan ik u bellen op dit nummer
Beller: nee dit is van mijn vriendin, mijn nummer is <<ph:m:words_digits>>
Medewerker: goed. ik bel u vanmiddag nog""",
    """Spreker 1: hallo met [[Cor]]
Spreker 2: meneer [[van Dijk]]? met [[Ilse]] van het wijkzorgteam. u had de {{r:huismeester}} gevraagd om ons te bellen
Spreker 1: ja over die rommel in de gang, niet van mij hoor, van de jongen boven
Spreker 2: de {{r:huismeester}} maakt zich vooral zorgen over u meneer [[van Dijk]]. hij zei dat u niet meer naar buiten gaat
Spreker 1: wat moet ik buiten. mijn vrouw is dood sinds [[d:elf september tweeduizend negentien]]
Spreker 2: dat spijt me. mag ik een keer langskomen gewoon een kop koffie
Spreker 1: als u wil. [[a:Apeldoornselaan 57 huis]]. bel wel aan want de deur is stuk
Spreker 2: goed dan kom ik [[d:maandag 25 maart]] rond elf uur
Spreker 1: ja ja. zeg maar [[Cor]] hoor""",
    """S1: goedemiddag wijkzorgteam met [[Marloes]]
S2: ja hallo met [[Daniela]] [[Popescu]]. eh I need... sorry. ik spreek beetje Nederlands
S1: geen probleem mevrouw. wat is er aan de hand
S2: de werkgever betaalt niet. drie weken. en ik woon in huis van de werkgever, [[a:Weimarstraat 8 de twee]]
S1: woont u daar met meer mensen
S2: met zes. allemaal Roemeens en Bulgaars
S1: ik wil u graag helpen en ook het {{o:Juridisch Loket}} erbij halen. mag ik uw telefoonnummer
S2: <<ph:m:intl>>
S1: en uw geboortedatum
S2: [[d:negen negen negentien negenennegentig]]
S1: oké ik bel u morgen terug met een collega die Roemeens spreekt. die heet [[Andrei]]""",
    """Spreker 1: met [[Ahmad]] [[Rahimi]]
Spreker 2: goedemorgen meneer [[Rahimi]] met [[Jeroen]] van het wijkzorgteam. ik bel over de brief van {{o:DUO}}
Spreker 1: ja. ik snap het niet. ze zeggen ik moet duizend euro terugbetalen
Spreker 2: dat gaat over de inburgeringslening. heeft u de brief voor u
Spreker 1: ja. daar staat relatienummer [[ds:0 0 8 8 1 4 2 7 3]]
Spreker 2: dank u. we kunnen vragen om een betalingsregeling. heeft u een rekening bij de {{o:ING}}
Spreker 1: ja. <<iban:INGB:spoken_words>>
Spreker 2: goed ik vul het samen met u in. kunt u [[d:woensdag drie april]] naar het {{o:Servicepunt XL}} in {{w:Bouwlust}} komen
Spreker 1: ja. mijn zoon [[Farid]] komt mee, hij vertaalt""",
    """Medewerker: goedemorgen met [[Nadia]] van het wijkzorgteam
Cliënt: morgen. met [[Mart]] [[Bakker]]. ik moest u bellen van de bakker
Medewerker: van de bakker?
Cliënt: van mijn werk, ik werk bij de bakker op de Fahrenheitstraat... nee van mijn baas bedoel ik. hij zegt ik moet hulp vragen voor mijn schulden
Medewerker: fijn dat u belt meneer [[Bakker]]. hoeveel schulden denkt u ongeveer
Cliënt: weet ik niet. veel. twintig brieven of zo
Medewerker: oké. neem alle brieven mee, ook die u niet heeft opengemaakt. kunt u [[d:maandag 8 april]] om half elf
Cliënt: ja. waar
Medewerker: wijkcentrum {{o:De Mussen}}, dat weet u wel. en ik heb uw nummer nodig voor een sms
Cliënt: [[ph:zes, eh nul zes, vijftien zestig negenendertig nul acht]]""",
    """Spreker 1: goedemiddag [[Wendy]] spreekt u
Spreker 2: hallo [[Wendy]] met [[Eline]] van het wijkzorgteam. ik bel even over uw aanmelding voor {{o:dagbesteding}}
Spreker 1: o ja. en
Spreker 2: de {{o:Kessler Stichting}} heeft plek vanaf [[d:één mei]]. drie ochtenden in de week
Spreker 1: echt. mooi
Spreker 2: ze hebben alleen nog wat gegevens nodig. klopt het dat uw BSN <<bsn:digits_spaced>> is
Spreker 1: eh ja volgens mij wel
Spreker 2: en u woont nog op de [[a:Vaillantlaan honderdzevenentwintig]]
Spreker 1: nee nee ik zit nu bij mijn zus, [[a:Hoefkade 12 hs]], tot ik iets eigens heb
Spreker 2: goed dat ik het vraag. dan geef ik dat door. hun {{r:trajectbegeleider}} heet [[Youssef]], die belt u""",
    """SPREKER 1: ja met [[Yasmina]]
SPREKER 2: hallo [[Yasmina]] met [[Lotte]]. ik heb gehoord van [[Meryem]] dat je weer bij je ouders woont
SPREKER 1: ja sinds het weekend. ik kon niet meer bij [[Rachid]] blijven
SPREKER 2: ben je veilig nu
SPREKER 1: ja. maar hij heeft mijn telefoon kapot gemaakt. dit is een nieuwe, [[ph:nul zes, zevenenveertig, 12, 03, negentig]]
SPREKER 2: ik sla hem op. weet je dat je {{o:Veilig Thuis}} altijd kan bellen, 0800-2000, dag en nacht
SPREKER 1: ja dat weet ik
SPREKER 2: ik wil graag met je afspreken, op een plek waar je je fijn voelt. kan het bij het {{o:CJG}} op [[d:donderdag 11 april]]
SPREKER 1: ja. maar niet tegen mijn vader zeggen waar ik woonde""",
    """spreker 1: wijkzorgteam {{w:segbroek}} met [[thijs]]
spreker 2: ja meneer met mevrouw [[mulder]]. [[mulder]]. van de stuwstraat
spreker 1: dag mevrouw [[mulder]]
spreker 2: die mevrouw van de {{o:thuiszorg}} komt niet meer. al drie dagen. ik heb niemand die mijn steunkousen aan doet
spreker 1: dat is niet goed. van welke organisatie komt ze
spreker 2: van {{o:florence}} denk ik. of van {{o:saffier}}. {{o:florence}}
spreker 1: ik bel ze direct. en u bent mevrouw [[c mulder]], geboren [[d:4 4 36]]
spreker 2: ja dat ben ik
spreker 1: en het huisnummer
spreker 2: [[a:stuwstraat 3 bis]]
spreker 1: ik bel u binnen een half uur terug mevrouw [[mulder]]""",
    """Spreker 1: goedemiddag met [[Jasper]] wijkzorgteam {{w:Duindorp}}
Spreker 2: ja met [[Patricia]], de moeder van [[Kevin]] [[Schipper]]
Spreker 1: ha mevrouw [[Schipper]]
Spreker 2: [[Kevin]] is weer opgepakt. gisteravond. en nou zit hij in {{o:Parnassia}} op de gesloten
Spreker 1: dat is heftig. weet u welke afdeling
Spreker 2: de {{o:PAAZ}}... ik weet niet. ze hebben me een nummer gegeven om te bellen, [[ph:0 7 0 3 9 1 2 2 8 4]], maar daar neemt niemand op
Spreker 1: ik kan proberen contact te krijgen met de {{r:psychiater}} via zijn {{r:casusregisseur}}. heeft [[Kevin]] daar een dossiernummer
Spreker 2: op het papier staat [[ds:P N 2 0 2 4 / 5 5 1 0 8]]
Spreker 1: dank u. ik bel u vanmiddag terug, is het nog steeds [[ph:06-28 37 11 90]]
Spreker 2: ja""",
    """Medewerker: met [[Anouk]] van het wijkzorgteam, goedemorgen
Cliënt: goedemorgen met [[Haile]], [[Haile Tesfamariam]]
Medewerker: ha [[Haile]]. hoe ging het gesprek bij het {{o:UWV}}
Cliënt: goed denk ik. ze zeggen ik krijg een {{r:jobcoach}}. maar de brief zegt iets anders
Medewerker: wat staat er op
Cliënt: ik spel het. U W V kenmerk [[ds:3 7 7 1 2 0 9 4]]. en datum gesprek [[d:16 april]] om negen uur in {{w:Zuidwest}}
Medewerker: ja dat is de afspraak met de {{r:jobcoach}}. dat klopt dus. wil je dat ik meega
Cliënt: ja graag. mijn Nederlands is nog niet goed voor zulke gesprekken
Medewerker: ik kom je halen. [[a:Dedemsvaartweg 1190]] toch
Cliënt: ja [[a:Dedemsvaartweg elfhonderdnegentig]]... nee [[a:Dedemsvaartweg 1119]]. sorry
Medewerker: geeft niks. tot dan""",
    """SPREKER_00: hallo met [[Tamara]] van het wijkzorgteam. spreek ik met [[Lin]] [[Wei]]
SPREKER_01: ja met mevrouw [[Lin]]
SPREKER_00: uw {{r:huisarts}}, dokter [[Hoekstra]], heeft u aangemeld bij ons. mag ik vragen waarom
SPREKER_01: mijn man is gestorven en de winkel is dicht. ik weet niet wat ik moet met de papieren
SPREKER_00: gecondoleerd mevrouw [[Lin]]. zal ik langskomen met een {{r:maatschappelijk werker}}
SPREKER_01: ja. mijn dochter [[Mei]] kan vertalen. zij is er in mei, de hele maand
SPREKER_00: dan plannen we het op [[d:zes mei]]. wat is uw adres
SPREKER_01: [[a:Wagenstraat 41 A]]. boven de oude winkel
SPREKER_00: en het nummer van uw dochter
SPREKER_01: <<ph:m:pairs>>""",
    """Spreker 1: ja met [[Ricardo]]
Spreker 2: hé [[Ricardo]] met [[Bas]]. ik bel even of je gisteren bij de {{r:bewindvoerder}} bent geweest
Spreker 1: ja man. ze heeft alles uitgelegd. ik krijg leefgeld op vrijdag. honderdtwintig per week
Spreker 2: mooi. heeft ze het nieuwe rekeningnummer gegeven voor je leefgeld
Spreker 1: ja ik heb het hier. <<iban:ASNB:spoken_letters>>
Spreker 2: goed. en de {{o:Belastingdienst}} heeft de toeslag al aangepast?
Spreker 1: weet ik niet. die brief ligt nog bij mijn moeder op de [[a:Jan Blankenstraat 15]]
Spreker 2: zeg je moeder maar dat ik die kom ophalen. [[d:vrijdag 12 april]] goed
Spreker 1: ja. zij heet [[Marisela]] trouwens, niet mevrouw [[Martina]] zoals op die brief staat""",
    """[00:00:00] Spreker 1: ja hallo
[00:00:01] Spreker 2: goedemiddag met [[Fleur]] van het {{o:SWT}} {{w:Bezuidenhout}}. spreek ik met meneer [[Hoogendoorn]]
[00:00:06] Spreker 1: ja met [[hoge doorn]]
[00:00:08] Spreker 2: ik bel om te vragen of ik volgende week langs kan komen met de {{r:ouderenadviseur}}
[00:00:14] Spreker 1: waarvoor
[00:00:15] Spreker 2: uw dochter [[Ellen]] maakt zich zorgen. ze zegt dat u veel vergeet
[00:00:20] Spreker 1: [[Ellen]] maakt zich altijd zorgen. maar goed. dinsdag
[00:00:24] Spreker 2: [[d:dinsdag 23 april]] om tien uur. [[a:Stuyvesantstraat 21]]?
[00:00:29] Spreker 1: ja. de bel van boven
[00:00:31] Spreker 2: prima, tot dan meneer [[Hoogendoorn]]""",
    """Spreker 1: goedemorgen wijkzorgteam {{w:Regentessekwartier}} met [[Merel]]
Spreker 2: ja met [[de Wit]]. [[Gerda]] [[de Wit]]
Spreker 1: goedemorgen mevrouw [[de Wit]]
Spreker 2: ik bel voor mijn buurman, meneer [[Jansen]]. hij ligt al sinds zaterdag in bed geloof ik en de krant ligt nog op de mat
Spreker 1: heeft u aangebeld
Spreker 2: ja. en hij roept dat ik weg moet gaan. maar hij klinkt niet goed
Spreker 1: welk adres is het
Spreker 2: [[a:Weimarstraat 301 eerste etage]]. ik woon op 299
Spreker 1: ik ga nu contact opnemen met de {{r:wijkverpleegkundige}} en als het nodig is de {{r:wijkagent}}. als u denkt dat het levensgevaarlijk is, belt u 112
Spreker 2: ja ja. mijn nummer is [[ph:070 3 63 63 80]]""",
    """Spreker 1: ja goedemiddag met [[Petra]] van wijkzorgteam {{w:Rustenburg Oostbroek}}
Spreker 2: met [[Joyce]] [[Martis]]. u had mij een brief gestuurd
Spreker 1: ja mevrouw [[Martis]]. het ging om de aanvraag bijzondere bijstand voor de koelkast
Spreker 2: ja die is kapot sinds de kerst
Spreker 1: de aanvraag is goedgekeurd. het geld wordt overgemaakt op <<iban:INGB:grouped>>. klopt dat nog
Spreker 2: ja dat is mijn rekening
Spreker 1: het is vierhonderdvijftig euro. het zaaknummer is [[ds:2024 streepje 0 8 1 3 7]] als u ergens over belt
Spreker 2: dank u. mijn neef [[Shurandy]] gaat een koelkast halen bij de kringloop
Spreker 1: mooi. bewaar wel de bon""",
    """Spreker 1: hallo
Spreker 2: hallo ik bel van het wijkzorgteam met [[Hatice]]. ik zoek mevrouw [[Aydın]]
Spreker 1: ben ik. [[Elif Aydın]]
Spreker 2: mevrouw [[Aydın]] ik bel over uw moeder, mevrouw [[Şahin]]. de {{r:wijkverpleegkundige}} zei dat ze niet meer alleen kan wonen
Spreker 1: ja we weten het. maar ze wil niet naar een verpleeghuis. ze wil bij mij
Spreker 2: en kan dat bij u thuis
Spreker 1: ik heb drie kinderen en een kleine flat aan de [[a:Melis Stokelaan 2045]]
Spreker 2: misschien kunnen we kijken naar {{o:dagbesteding}} en respijtzorg zodat u het volhoudt. mag ik uw mailadres
Spreker 1: <<e:elif.aydin@outlook.com:spoken_apen>>
Spreker 2: en de geboortedatum van uw moeder voor de aanvraag
Spreker 1: [[d:eerste van de eerste negentienzevenenveertig]]. zo staat het in haar paspoort, ze weet zelf niet precies""",
    """S1: met [[Jurgen]]
S2: hoi [[Jurgen]] met [[Samira]] van het wijkteam, schikt het even
S1: ja ik sta buiten te roken
S2: je had gevraagd om hulp bij het invullen van de huurtoeslag. heb je je DigiD al terug
S1: nee die code komt niet. ze sturen hem naar mijn oude adres
S2: welk oude adres
S1: [[a:Heesterbuurt 18]]. nou ja Heesterstraat bedoel ik, [[a:Heesterstraat 18]]. nu woon ik op [[a:Kijkduinsestraat 76 a]]
S2: dan moeten we eerst je adres bij de gemeente goed krijgen. ik kan dat met je doen bij het {{o:Servicepunt XL}}
S1: als het snel is
S2: [[d:maandag 15 april]] om elf uur. neem je paspoort mee en het huurcontract""",
    """Spreker 1: goedemorgen met [[Marco]], {{r:schuldhulpverlener}} bij het wijkzorgteam
Spreker 2: goedemorgen met [[Nicole]] [[Kok]]
Spreker 1: dag mevrouw [[Kok]]. ik heb alle schuldeisers aangeschreven. er mist er nog één, de {{o:CJIB}}
Spreker 2: die van de boete van mijn ex. ja
Spreker 1: staat de auto op uw naam
Spreker 2: ja helaas. de brief zegt betalingskenmerk [[ds:5 0 0 0 7 2 1 3 4 4 8 1 9 9 0 2]]
Spreker 1: en welk bedrag
Spreker 2: driehonderdtweeënnegentig euro
Spreker 1: oké. en uw vaste lasten zijn nog hetzelfde als in februari
Spreker 2: behalve de huur, die is omhoog. en mijn dochter [[Sophie]] gaat in september naar het mbo
Spreker 1: dan neem ik die mee. ik stuur u het overzicht per mail, [[e:nicolekok73 at ziggo punt nl]] toch""",
    """Spreker 1: wijkzorgteam {{w:Scheveningen}} goedemiddag
Spreker 2: ja met meneer [[de Jong]], [[Willem]] [[de Jong]]
Spreker 1: dag meneer [[de Jong]] met [[Ilse]]
Spreker 2: ik wil graag die maaltijden aan huis maar ze zeggen ik moet een indicatie hebben
Spreker 1: voor maaltijdservice niet per se. wij kunnen dat met u regelen. woont u alleen
Spreker 2: sinds mijn vrouw [[Riet]] is overleden ja. vorig jaar in juni
Spreker 1: wat is uw adres meneer [[de Jong]]
Spreker 2: [[a:Keizerstraat tweehonderdachttien]], [[pc:2584BG]]. boven de visboer
Spreker 1: prima. ik vraag het aan bij de {{o:Stichting Mooi}} en die bellen u. mag ik ook het nummer van een familielid
Spreker 2: mijn zoon [[Arie]], <<ph:m:four4>>""",
    """Spreker 1: hoi met [[Sterre]]
Spreker 2: hoi [[Sterre]] met [[Priya]] van het wijkzorgteam, je zou vandaag je vader bellen over de sleutel
Spreker 1: ja gedaan. hij geeft de sleutel aan [[Kim]], mijn zus
Spreker 2: fijn. dan kan de {{r:thuisbegeleider}} van {{o:Cardia}} vanaf volgende week bij hem naar binnen
Spreker 1: ja. het adres is nog steeds [[a:De la Reyweg 5 ii]], de bel doet het niet
Spreker 2: ik zet het in het dossier, [[ds:SWT-RO-1044]]. en [[Kim]] haar nummer
Spreker 1: <<ph:m:dash>>
Spreker 2: dank je. sterkte deze week""",
    """Medewerker: goedemiddag met [[Joost]] van het wijkzorgteam
Beller: ja hallo met [[Amina]] [[Warsame]]. de school van mijn zoon heeft gezegd ik moet bellen
Medewerker: dag mevrouw [[Warsame]]. waar gaat het over
Beller: [[Abdi]] komt niet meer op school. hij is veertien. hij slaapt de hele dag
Medewerker: dat is zorgelijk. heeft de school een {{r:leerplichtambtenaar}} ingeschakeld
Beller: ja die heeft een brief gestuurd met L P nummer [[ds:24 / 3 3 9]]
Medewerker: dan moeten we samen met het {{o:CJG}} kijken. wanneer kan ik bij u langskomen
Beller: [[d:donderdag 18 april]]. ik woon op de [[a:Schalk Burgerstraat 149]]
Medewerker: ik kom met [[Femke]] van het {{o:CJG}}. tot donderdag""",
]

# ============================================================ calls with landlords
T += [
    """Spreker 1: {{o:Staedion}} klantenservice met [[Romy]]
Spreker 2: goedemiddag met [[Lotte]] [[Verhoeven]], ik ben {{r:maatschappelijk werker}} bij het sociaal wijkzorgteam {{w:Moerwijk}}. ik bel namens een huurder van jullie, met toestemming
Spreker 1: ja. om wie gaat het
Spreker 2: mevrouw [[Benali]], [[Fatiha Benali]], [[a:Zuiderparklaan 188]], postcode <<pc:2541GK>>
Spreker 1: en haar geboortedatum
Spreker 2: [[d:12-08-1969]]. ze heeft een huurachterstand van ongeveer drie maanden en ze heeft een ontruimingsbrief gekregen
Spreker 1: ik zie het. het contractnummer is [[ds:1 0 0 3 4 8 8 7 1]]. de achterstand is tweeduizend tweehonderd euro
Spreker 2: we willen een betalingsregeling voorstellen van honderd euro per maand, de {{r:schuldhulpverlener}} zit erop
Spreker 1: dat moet via incasso. kunt u het voorstel mailen naar het team huurincasso
Spreker 2: doe ik. mag ik uw directe nummer voor als het niet lukt
Spreker 1: ik heb geen direct nummer sorry, gewoon het algemene nummer en dan mijn naam noemen""",
    """[00:00:00] Medewerker {{o:SWT}}: goedemorgen met [[Jeroen]] [[Smit]], wijkzorgteam {{w:Laak}}. spreek ik met de {{r:woonconsulent}}
[00:00:05] {{r:Woonconsulent}}: ja met [[Karin]] [[Hoek]], {{o:HaagWonen}}
[00:00:08] Medewerker {{o:SWT}}: hoi [[Karin]]. het gaat om meneer [[Oduro]] op de [[a:Rijswijkseweg 416 3e]]. zijn woning is vervuild en er is overlast van ongedierte, de buren hebben geklaagd
[00:00:19] {{r:Woonconsulent}}: klopt. we hebben hem twee keer aangeschreven en hij reageert niet
[00:00:23] Medewerker {{o:SWT}}: hij heeft een psychose gehad, hij is nu opgenomen geweest tot [[d:29 februari]]. we willen een schoonmaakactie doen met de {{o:GGD}} en vrijwilligers van {{o:Humanitas}}
[00:00:35] {{r:Woonconsulent}}: dan zet ik de juridische procedure even on hold. kun je een plan mailen, [[e:k.hoek@haagwonen.nl]]
[00:00:42] Medewerker {{o:SWT}}: doe ik voor vrijdag. zijn huurdersnummer is [[ds:7 7 0 1 4 2]] toch
[00:00:47] {{r:Woonconsulent}}: ja. en bel me gerust op <<ph:m:dash>>""",
    """Spreker 1: goedemiddag met [[Kapitein]]
Spreker 2: goedemiddag meneer [[Kapitein]], met [[Samira]] van het wijkzorgteam {{w:Schilderswijk}}. u bent de verhuurder van de woning aan de [[a:Van Ostadestraat 231 a]]
Spreker 1: ja, van die familie die niet betaalt
Spreker 2: de familie [[Boukhari]] ja. mevrouw heeft mij gevraagd om met u te bellen
Spreker 1: ik heb al genoeg gebeld. ik wil mijn geld
Spreker 2: dat begrijp ik. er komt huurtoeslag met terugwerkende kracht. die wordt [[d:20 april]] uitbetaald en kan direct naar u
Spreker 1: hoeveel
Spreker 2: ongeveer achthonderd euro. dan zouden ze nog vier maanden achter staan
Spreker 1: en de rest
Spreker 2: daar maken we een regeling voor. mag ik uw rekeningnummer voor de machtiging
Spreker 1: wacht ik pak m'n pasje. <<iban:RABO:grouped>>
Spreker 2: dank u wel. ik stuur het voorstel op naar uw mail
Spreker 1: <<e:vastgoed.kapitein@gmail.com:spoken_at>>""",
    """Medewerker: goedemorgen, {{o:Vestia}}, u spreekt met [[Dennis]]
Beller: goedemorgen, met [[Priya]] [[Ramdin]], {{r:casusregisseur}} van het sociaal wijkzorgteam {{w:Escamp}}
Medewerker: waarmee kan ik u helpen
Beller: ik heb een cliënt die dringend een andere woning nodig heeft, ze is slachtoffer van huiselijk geweld. het gaat om mevrouw [[Garcia Lopes]]
Medewerker: daar heb ik haar huurnummer voor nodig
Beller: [[ds:V E S twee nul nul acht vier vijf één]]. ze woont nu op de [[a:Erasmusweg 1027]]
Medewerker: voor een urgentie moet u bij de gemeente zijn. wij kunnen alleen een woningruil doen
Beller: de urgentieaanvraag loopt. het kenmerk is [[ds:URG-24-0512]]. ik wil vragen of jullie al een tijdelijke oplossing hebben
Medewerker: ik zet het door naar de {{r:wijkconsulent}}, [[Marjolein]]. die belt u. welk nummer
Beller: <<ph:m:pairs>>""",
    """spreker 1: ja goedemiddag met de {{r:huismeester}} van de flat, [[ronald]]
spreker 2: hoi [[ronald]] met [[kofi]] van het wijkteam. ik kreeg een bericht van je over meneer [[ahmadi]]
spreker 1: ja man. die staat 's nachts op de galerij te schreeuwen. gisteren om drie uur nog. de buren zijn er klaar mee
spreker 2: woont hij nog op nummer 44
spreker 1: ja [[a:dedemsvaartweg 44]]. en zijn broer [[omid]] komt soms maar die is nu in duitsland
spreker 2: ik ga vandaag nog langs met de {{r:wijkagent}}. weet jij of hij nog eten in huis heeft
spreker 1: geen idee. ik heb de sleutel, ik kan mee
spreker 2: graag. om vier uur bij de ingang
spreker 1: top. mijn nummer had je he, [[ph:06 33 21 04 89]]""",
    """Spreker 1: {{o:Woonstichting De Goede Woning}}, goedemiddag
Spreker 2: goedemiddag, met [[Anouk]] [[Brouwer]] van het sociaal wijkzorgteam. ik bel over mevrouw [[Visser]], [[Johanna Visser]]. haar zoon belde dat er water door het plafond komt
Spreker 1: welk adres
Spreker 2: [[a:Thomsonlaan 52 eerste]], [[pc:twee vijf vijf vijf C E]]
Spreker 1: ik zie al een melding van [[d:vier maart]]. die staat open
Spreker 2: het is nu bijna drie weken. mevrouw is tweeënnegentig en slaapt nu in de stoel omdat haar bed nat is
Spreker 1: ik maak er een spoedmelding van. de monteur komt morgen tussen acht en twaalf
Spreker 2: wilt u dan de zoon bellen, [[Peter]], <<ph:m:words_pairs>>
Spreker 1: komt goed. meldingsnummer is [[ds:M 2 4 0 3 8 8 1 5]]""",
    """Spreker 1: met [[Hatice]], wijkzorgteam {{w:Transvaal}}
Spreker 2: ja goedemorgen met [[Erik]] van {{o:Haag Wonen}}, afdeling bijzonder beheer. ik bel over uw cliënt op de [[a:Kempstraat 140 boven]]
Spreker 1: meneer [[Kaya]]?
Spreker 2: ja. we hebben een signaal dat hij de woning onderverhuurt. er wonen daar volgens de buren vier mannen
Spreker 1: daar weet ik niks van. hij is in de zomer naar Turkije gegaan voor zijn moeder
Spreker 2: we gaan een huisbezoek doen op [[d:dinsdag 2 april]]. wilt u erbij zijn
Spreker 1: dat moet ik met hem overleggen, ik heb zijn toestemming nodig. zijn nummer daar is [[ph:plus negentig vijf drie twee, vier vijf één, nul nul, zeven acht]]
Spreker 2: dat mag u doen. laat u het voor maandag weten op [[e:erik.vandermolen@haagwonen.nl]]""",
    """S1: goedemiddag, u spreekt met [[Wendy]] van {{o:Staedion}}
S2: hoi [[Wendy]], [[Dewi]] hier van het wijkteam. je belde me
S1: ja over mevrouw [[Yilmaz]] van de [[a:Paul Krugerlaan 12]]. ze is al drie keer niet thuis geweest voor de gasinspectie en we moeten nu iets
S2: ik weet het. mevrouw [[Yilmaz]] durft de deur niet open te doen als ze de mensen niet kent. kan de monteur met mij samen komen
S1: dat kan. ik zoek even. [[d:vrijdag 19 april]] tussen één en vijf
S2: goed. ik zet het in haar dossier [[ds:SWT TR 2 0 2 3 0 4 4]]. en ik laat het haar dochter [[Büşra]] weten
S1: fijn. als er iets is, ik ben te bereiken op mijn directe lijn, <<ph:l:words>>""",
]

# ============================================================ calls with creditors and agencies
T += [
    """[IVR] u wordt doorverbonden met een medewerker. dit gesprek kan worden opgenomen voor kwaliteitsdoeleinden
Agent: {{o:Eneco}}, goedemorgen, u spreekt met [[Sven]]
Beller: goedemorgen [[Sven]]. ik ben [[Marco]] [[de Graaf]] van het sociaal wijkzorgteam in Den Haag {{w:Zuidwest}}. ik bel voor een klant van jullie, ik heb een machtiging
Agent: voor de verificatie: postcode en huisnummer
Beller: <<pc:2533CH:words>>, huisnummer tweeëntwintig
Agent: en de naam van de klant
Beller: [[Ramdhani]]. [[R A M D H A N I]]. voorletter [[S.]]
Agent: ik heb hem. er is een achterstand van zevenhonderdveertien euro en er staat een afsluiting gepland voor [[d:25 maart]]
Beller: we willen de afsluiting voorkomen. het {{o:vroegsignalering}} team heeft hem aangemeld en de {{r:schuldhulpverlener}} start [[d:maandag de achttiende]]
Agent: ik kan de afsluiting zes weken opschorten. uw referentie is [[ds:E N C 44 09 12 37]]""",
    """Agent: {{o:Zilveren Kruis}}, goedemiddag met [[Laura]]
{{o:SWT}}: goedemiddag, [[Bas]] [[Mulder]], wijkzorgteam {{w:Bouwlust Vrederust}}. ik zit hier naast meneer [[Osei]] en hij geeft toestemming dat ik meepraat
Agent: meneer, mag ik van u horen dat dat klopt
Client: ja dat is goed
Agent: mag ik uw geboortedatum
Client: [[d:zeven twee zesenvijftig]]
Agent: en uw burgerservicenummer
Client: <<bsn:words_digits>>
Agent: dank u. ik zie een premieachterstand van vijf maanden. u staat aangemeld bij het {{o:CAK}} als wanbetaler
{{o:SWT}}: dat wilden we oplossen. kan de premie vanaf nu automatisch worden afgeschreven van <<iban:INGB:loose>>
Agent: dat kan. ik stuur een machtigingsformulier naar [[a:Leyweg 916]], klopt dat adres nog
Client: ja
Agent: en uw polisnummer voor uw administratie is [[ds:1 9 3 8 4 4 0 1 7]]""",
    """Spreker 1: {{o:Intrum}}, u spreekt met [[Mohamed]]
Spreker 2: goedemiddag, ik ben [[Ilse]] [[de Boer]], {{r:schuldhulpverlener}} bij het wijkzorgteam. ik bel over een vordering op naam van [[Laurens]] [[Hoogland]]
Spreker 1: heeft u een dossiernummer
Spreker 2: ja, [[ds:1 2 6 6 0 3 4 7 5 1]]
Spreker 1: moment. ja. vordering van {{o:Wehkamp}}, oorspronkelijk driehonderdveertig, met kosten nu zeshonderdtwaalf euro
Spreker 2: meneer [[Hoogland]] zit in een schuldregeling via de {{o:Gemeentelijke Kredietbank}}. ik wil vragen de incasso te stoppen
Spreker 1: dan heb ik een bevestiging van de {{o:kredietbank}} nodig
Spreker 2: die stuur ik. naar welk mailadres
Spreker 1: via het contactformulier op onze site, met het dossiernummer erbij
Spreker 2: en de geboortedatum is [[d:3 oktober 1991]], voor als u het moet checken""",
    """Agent: {{o:Belastingdienst}}, [[Karel]]
Beller: goedemorgen, u spreekt met [[Ruud]] [[Schouten]], {{r:Wmo-adviseur}}. ik bel met en voor mevrouw [[Mahabier]], ze zit naast me
Agent: dan moet ik mevrouw eerst zelf spreken. mevrouw, wat is uw burgerservicenummer
Client: <<bsn:mixed>>
Agent: en uw geboortedatum
Client: [[d:dertig zes vierenzestig]]
Agent: en uw postcode
Client: <<pc:2525HV:letter_names>>
Agent: dank u. en dan mag meneer [[Schouten]] verder praten. waar gaat het om
Beller: ze moet zorgtoeslag terugbetalen, tweeduizend vierhonderd euro, over tweeduizend tweeëntwintig. haar man is overleden in dat jaar en dat is niet goed verwerkt
Agent: dan kunt u een verzoek doen om een persoonlijke betalingsregeling. het aanslagnummer is [[ds:4412 88 391 H 22 01]]""",
    """Spreker 1: {{o:CJIB}} goedemorgen u spreekt met [[Tessa]]
Spreker 2: goedemorgen met [[Merel]] van het wijkzorgteam {{w:Segbroek}}. ik bel voor een cliënt, [[Dylan]] [[Bos]], hij zit hier naast me
Spreker 1: wat is het betalingskenmerk
Spreker 2: [[ds:5000 7816 4223 9014]]. en er is nog een tweede, [[ds:vijf nul nul nul, twee twee een negen, acht acht nul twee, zes zes vier drie]]
Spreker 1: en de geboortedatum van meneer
Spreker 2: [[d:veertien februari tweeduizend twee]]
Spreker 1: dank u. het eerste bedrag is verhoogd omdat het niet op tijd betaald is. u kunt een betalingsregeling aanvragen met het formulier op de site
Spreker 2: hij heeft geen DigiD. kan het per post naar [[a:Sportlaan 3 H]], [[pc:2566 L L]]
Spreker 1: dat kan. ik verstuur het vandaag""",
    """[00:00:01] Agent: {{o:Vattenfall}} goedemiddag met [[Lars]]
[00:00:03] Medewerker: goedemiddag, met [[Hanneke]] [[Wolf]] van het wijkzorgteam {{w:Mariahoeve}}. ik bel voor mevrouw [[van der Linden]], ze heeft dementie en haar dochter heeft de volmacht
[00:00:12] Agent: dan heb ik graag het klantnummer
[00:00:14] Medewerker: [[ds:zeven vier vier nul negen één één acht]]
[00:00:19] Agent: ik zie de volmacht niet staan
[00:00:21] Medewerker: die is gestuurd door de dochter, [[Marianne]] [[van der Linden]], op [[d:7 maart]]
[00:00:27] Agent: ah ja hij is binnen maar nog niet verwerkt. het voorschot is te hoog, daar heeft u gelijk in. ik zet het van tweehonderdtien naar honderdtwintig euro
[00:00:37] Medewerker: fijn. kunt u de bevestiging mailen naar de dochter, <<e:marianne.vdlinden@kpnmail.nl:spoken_apen>>
[00:00:45] Agent: komt goed""",
    """Spreker 1: goedemorgen, {{o:Flanderijn}} gerechtsdeurwaarders, u spreekt met [[Erwin]]
Spreker 2: goedemorgen, [[Marco]] van het sociaal wijkzorgteam. ik bel over de beslaglegging bij meneer [[Tahiri]]
Spreker 1: wat is het dossiernummer
Spreker 2: [[ds:F L 2 4 0 1 1 7 7 3 9]]
Spreker 1: ja. er ligt loonbeslag, en er staat een ontruiming gepland op [[d:16-04]]
Spreker 2: daar bel ik over. de beslagvrije voet klopt niet, hij houdt maar tweehonderd euro over. hij heeft twee kinderen
Spreker 1: dan moet hij de gegevens van zijn gezin doorgeven. het formulier staat op onze site
Spreker 2: dat doen we vandaag. en zijn werkgever heeft ook zijn nieuwe rekeningnummer, <<iban:SNSB:spoken_words>>, dat kunt u ook aanpassen
Spreker 1: dat loopt via de werkgever. ik zet een notitie""",
    """Agent: {{o:Ziggo}} met [[Jamal]]
{{o:SWT}}: hoi [[Jamal]]. met [[Eline]] [[Bakker]], wijkzorgteam. ik heb hier mevrouw [[Roos]] naast me, [[Elisabeth Roos]], ze wil haar abonnement opzeggen
Agent: dat kan. mevrouw is de contracthouder?
Client: ja ik
Agent: mag ik het klantnummer
Client: [[ds:17 04 48 92]]
Agent: [[ds:17044892]], dank u. en uw geboortedatum
Client: [[d:19 december 1948]]
Agent: het contract loopt tot [[d:1 juni]]. daarna kunt u maandelijks opzeggen
{{o:SWT}}: mevrouw gaat naar een verzorgingshuis, {{o:Respect Zorggroep}}, locatie {{o:Swaenesteyn}}. ze verhuist [[d:vijftien mei]]. kan het dan niet eerder
Agent: bij verhuizing naar een zorginstelling wel, met een bewijs. stuur dat maar via het formulier in {{o:Mijn Ziggo}}""",
    """spreker 1 {{o:dunea}} klantenservice met [[esther]]
spreker 2 goedemiddag met [[thijs]] van het wijkzorgteam. ik bel over een achterstand bij een cliënt, meneer [[kowalczyk]]
spreker 1 kunt u dat spellen
spreker 2 [[k o w a l c z y k]]
spreker 1 en het adres
spreker 2 [[a:vaalrivierstraat 19 tweede]], [[pc:2571 nw]]
spreker 1 ik zie hem. honderdzestig euro achterstand. er staat een herinnering uit van [[d:11 maart]]
spreker 2 we zouden graag een regeling van twintig euro per maand
spreker 1 dat kan. dan heb ik een rekeningnummer nodig voor de incasso
spreker 2 sorry ik lees het van zijn pas. het is <<iban:INGB:lower>>
spreker 1 nog een keer de laatste cijfers
spreker 2 ik stuur het u liever per mail dan klopt het zeker""",
]

# ============================================================ calls with partner organisations
T += [
    """Spreker 1: {{o:Parnassia}}, {{o:FACT-team}} {{w:Escamp}}, met [[Willemijn]]
Spreker 2: hoi [[Willemijn]], met [[Jasper]] van het sociaal wijkzorgteam. ik bel over [[Kevin]] [[Schipper]], geboren [[d:02-11-1998]]
Spreker 1: ja ken ik. hij is [[d:zondag de 3e]] opgenomen, via de {{o:crisisdienst}}
Spreker 2: zijn moeder belde ons. ze is erg ongerust en ze heeft geen informatie
Spreker 1: ik mag haar niks vertellen zonder zijn toestemming, dat weet je
Spreker 2: snap ik. ik vraag alleen of jullie haar willen bellen. [[Patricia]] [[Schipper]], [[ph:06-28 37 11 90]]
Spreker 1: ik geef het door aan de {{r:psychiater}}, dokter [[Nwosu]]. en hoe gaat het met zijn huis, er was een huurachterstand
Spreker 2: daar zit ik op. {{o:Haag Wonen}} wacht tot hij weer thuis is
Spreker 1: goed. zijn {{r:casemanager}} hier is [[Ben]], die mag je bellen, <<ph:m:mixed>>""",
    """[00:00:00] Spreker 1: {{o:Veilig Thuis Haaglanden}}, u spreekt met [[Annemiek]]
[00:00:03] Spreker 2: goedemiddag, met [[Lotte]] [[Verhoeven]], {{r:maatschappelijk werker}} sociaal wijkzorgteam {{w:Schilderswijk}}. ik wil een advies vragen, en misschien een melding doen
[00:00:11] Spreker 1: vertel
[00:00:12] Spreker 2: een moeder, mevrouw [[Yasmina]] [[El Ouali]], drieëntwintig jaar, is weggegaan bij haar partner na geweld. ze woont nu bij haar ouders op de [[a:Hoefkade 601 C]]. de partner, [[Rachid]] [[Amzil]], stuurt berichten en stond gisteren voor de deur
[00:00:29] Spreker 1: zijn er kinderen
[00:00:30] Spreker 2: een zoontje van twee, [[Ilyas]]
[00:00:32] Spreker 1: dan wil ik het graag als melding aannemen. geboortedatum van mevrouw en het kind
[00:00:36] Spreker 2: mevrouw [[d:17 januari 2001]], [[Ilyas]] [[d:vijf augustus 2022]]
[00:00:42] Spreker 1: het meldnummer wordt [[ds:VT-2024-1 8 8 7]]. je hoort binnen vijf werkdagen van ons""",
    """Spreker 1: praktijk [[Hoekstra]] en [[Bloemendaal]], {{r:doktersassistente}} [[Naima]]
Spreker 2: goedemorgen, met [[Tamara]] van het wijkzorgteam. ik zou graag de {{r:POH-GGZ}} spreken over een gezamenlijke patiënt
Spreker 1: die is er vandaag niet. [[Sandra]] werkt dinsdag en donderdag. om wie gaat het
Spreker 2: mevrouw [[Lin]], [[Lin Xiu Ying]]
Spreker 1: geboortedatum
Spreker 2: [[d:4-10-1956]]
Spreker 1: ja. ik zet een terugbelverzoek. op welk nummer
Spreker 2: <<ph:m:plain>>, dat is mijn werktelefoon
Spreker 1: en wat mag ik noteren
Spreker 2: rouwverwerking, slaapt slecht, de dochter [[Mei]] vraagt of er een verwijzing kan komen naar {{o:Indigo}}
Spreker 1: noteer ik""",
    """Spreker 1: {{o:MEE}} Zuid-Holland Noord, [[Erik]]
Spreker 2: hoi [[Erik]], [[Samira]] hier van het wijkzorgteam. ik heb een aanmelding voor jullie, een jongen met een LVB... ik bedoel met een licht verstandelijke beperking, negentien jaar, [[Dani]] [[Martis]]
Spreker 1: zit hij al ergens in zorg
Spreker 2: nee, hij is uit beeld geraakt na school. hij woont bij zijn oma, mevrouw [[Joyce]] [[Martis]], [[a:Pretoriusstraat 77]]
Spreker 1: en het BSN voor de aanmelding
Spreker 2: <<bsn:spaced3>>
Spreker 1: dank je. ik plan een intake met onze {{r:MEE-consulent}} [[Fenna]]. kan dat bij oma thuis
Spreker 2: graag. oma is bereikbaar op <<ph:l:paren>>. [[Dani]] zelf heeft geen telefoon op dit moment""",
    """SPREKER_00: {{o:Kredietbank Den Haag}}, goedemorgen met [[Harm]]
SPREKER_01: goedemorgen [[Harm]], met [[Marco]] [[de Graaf]]. ik heb een vraag over de aanvraag van meneer [[Tahiri]], [[Mohamed Tahiri]]
SPREKER_00: heb je het registratienummer
SPREKER_01: [[ds:G K B 2024 dash 3 1 1 0 9]]
SPREKER_00: ik zie het. er mist nog de beschikking van de zorgtoeslag en een loonstrook van maart
SPREKER_01: die loonstrook heb ik. de beschikking komt, hij moet hem nog opzoeken
SPREKER_00: stuur maar naar [[e:h punt vanderveen apenstaartje denhaag punt nl]]
SPREKER_01: [[e:h.vanderveen@denhaag.nl]]?
SPREKER_00: precies. en zijn nieuwe telefoonnummer, hij neemt niet op
SPREKER_01: <<ph:m:words_pairs>>. hij neemt nooit op als hij het nummer niet kent, beter sms'en""",
    """Spreker 1: {{o:Leger des Heils}} {{o:ambulant woonbegeleiding}}, met [[Gert-Jan]]
Spreker 2: hoi, met [[Kofi]], wijkzorgteam {{w:Laak}}. ik bel over [[Piotr]] [[Nowak]]
Spreker 1: die ken ik van de nachtopvang ja
Spreker 2: hij heeft eindelijk een kamer, [[a:Laakkade 1 b]]... nee [[a:Laakkade 71 b]], maar hij heeft begeleiding nodig om het vol te houden
Spreker 1: we hebben plek vanaf [[d:1 mei]]. heeft hij een {{r:bewindvoerder}}
Spreker 2: ja, [[van Rijn]] bewind. zijn rekening wordt beheerd, leefgeld komt op <<iban:BUNQ:plain>>
Spreker 1: oké. en zijn geboortedatum en BSN voor de beschikking
Spreker 2: [[d:eenentwintig tien tachtig]] en BSN <<bsn:dots>>
Spreker 1: dank je. ik stuur de intake naar jou. mail
Spreker 2: <<e:kofi.asante@swtlaak.nl:spoken_at>>""",
    """Spreker 1: {{o:politie}}, {{r:wijkagent}} {{w:Duindorp}}, [[de Haan]]
Spreker 2: goedemiddag, met [[Jasper]] van het wijkzorgteam. we hadden contact over meneer [[Vos]]
Spreker 1: [[Arjen]] [[Vos]], [[a:Westduinweg 140]]. ja. er was gisteravond weer een melding, geluidsoverlast en hij heeft een buurman bedreigd
Spreker 2: hij is gestopt met zijn medicatie denk ik. we proberen de {{o:GGZ}} erbij te krijgen maar hij wil niet
Spreker 1: bemoeizorg dus
Spreker 2: ja. ik wil een overleg met jou, de {{r:huisarts}} en {{o:Parnassia}} bemoeizorg. kan dat [[d:donderdag de 11e]]
Spreker 1: in de ochtend. het registratienummer van de melding van gisteren is [[ds:2 0 2 4 0 3 1 9 1 1 4 2 7]]
Spreker 2: dank. mijn nummer <<ph:m:pairs>>""",
    """Medewerker {{o:SWT}}: goedemorgen met [[Anouk]], wijkzorgteam {{w:Bezuidenhout}}. ik bel naar de {{o:Sociale Dienst}}, afdeling bijstand
SZW: met [[Gerard]]
Medewerker {{o:SWT}}: hoi [[Gerard]]. de uitkering van mevrouw [[Haddou]] is stopgezet en ze heeft geen idee waarom
SZW: BSN
Medewerker {{o:SWT}}: <<bsn:pairs>>
SZW: even kijken. ze heeft de inlichtingenformulieren niet teruggestuurd. er is op [[d:veertien februari]] een brief gestuurd en op [[d:1 maart]] een rappel
SZW: zaaknummer [[ds:SZW-883201]]
Medewerker {{o:SWT}}: haar post komt niet aan. ze woont sinds januari op de [[a:Slicherstraat 9 derde etage]], maar staat nog ingeschreven op [[a:Hoefkade 444]]
SZW: dan moet eerst de BRP worden aangepast. ik kan het formulier opnieuw sturen naar het nieuwe adres als zij dat goed vindt
Medewerker {{o:SWT}}: ze zit hier, ze vindt het goed""",
    """Spreker 1: {{o:Brijder}} verslavingszorg, [[Iris]]
Spreker 2: hoi [[Iris]], [[Bas]] van het wijkzorgteam. ik heb jouw voicemail gehad over [[Mark]] [[van den Berg]]
Spreker 1: ja. hij is niet op zijn afspraken gekomen, drie keer. we sluiten het traject als hij niet komt
Spreker 2: hij is in {{o:HMC}} opgenomen geweest na een val. sinds [[d:vrijdag 8 maart]] is hij thuis
Spreker 1: oh. dat wist ik niet. dan plannen we opnieuw. wil je dat de afspraak bij hem thuis is
Spreker 2: dat zou fijn zijn, hij loopt slecht. [[a:Melis Stokelaan 1133]], zevende verdieping
Spreker 1: cliëntnummer is [[ds:B R 0 0 7 7 1 4]], voor als je belt. [[d:woensdag 27 maart]] om tien
Spreker 2: top. ik laat het zijn vriendin [[Chantal]] weten""",
    """Spreker 1: {{o:Humanitas}} thuisadministratie, met [[Aad]]
Spreker 2: hoi [[Aad]]. met [[Ilse]] van het wijkzorgteam {{w:Scheveningen}}. we hebben een koppeling gemaakt met een vrijwilliger, [[Hennie]], voor mevrouw [[de Groot]]
Spreker 1: ja ik zag het. het matchgesprek is [[d:2 april]]
Spreker 2: klopt. ik wilde even checken of [[Hennie]] het adres heeft. [[a:Stevinstraat 86 A]], [[pc:2587 E T]]
Spreker 1: heeft hij, ja. en het nummer van mevrouw
Spreker 2: <<ph:l:spaced>>. ze hoort slecht, dus laat hem lang overgaan
Spreker 1: haha, ik geef het door""",
    """S1: {{o:CIZ}}, goedemiddag, [[Noor]]
S2: goedemiddag, met [[Hanneke]] [[Wolf]], {{r:casemanager dementie}} in het wijkzorgteam {{w:Mariahoeve}}. ik heb een Wlz-aanvraag gedaan voor meneer [[Hendriks]] en ik wil weten hoe het staat
S1: wat is zijn burgerservicenummer
S2: <<bsn:words_digits>>
S1: geboortedatum
S2: [[d:dertien mei negentienvierendertig]]
S1: ja. de aanvraag is binnen op [[d:26 februari]]. er komt een {{r:indicatieadviseur}} langs, waarschijnlijk binnen twee weken
S2: kan die contact opnemen met zijn zoon, die is de contactpersoon. [[Frank]] [[Hendriks]], <<ph:m:four4>>
S1: ik zet het erbij. aanvraagnummer voor u is [[ds:W L Z 24 00 38 17 2]]""",
    """Spreker 1: school {{o:Het Segment}}, met de {{r:zorgcoördinator}}, [[Dirk]]
Spreker 2: hoi [[Dirk]], [[Joost]] van het wijkzorgteam. ik bel over [[Abdi]] [[Warsame]], klas 2
Spreker 1: ja. hij is sinds de voorjaarsvakantie bijna niet geweest
Spreker 2: zijn moeder heeft ons gebeld. we gaan [[d:18 april]] bij haar langs met het {{o:CJG}}. wist jij dat de moeder alleen is met vier kinderen
Spreker 1: nee. de vader woont toch in Engeland
Spreker 2: precies. mag ik het verzuimoverzicht per mail ontvangen, met toestemming van moeder
Spreker 1: als je het toestemmingsformulier stuurt wel. naar [[e:d.brink@hetsegment.nl]]
Spreker 2: zijn leerlingnummer, weet je die
Spreker 1: [[ds:1 1 4 0 8 8 2]]""",
    """Spreker 1: {{o:Stichting Mooi}}, welzijn {{w:Escamp}}, [[Marloes]]
Spreker 2: hoi [[Marloes]], [[Sanne]] hier van het wijkzorgteam. jullie hebben toch die wandelgroep op donderdag
Spreker 1: klopt, vanuit het wijkcentrum
Spreker 2: ik heb een meneer die erg eenzaam is, meneer [[van Dijk]], [[Cor]], achtenzeventig. zijn vrouw is overleden. hij wil wel, maar niet alleen de eerste keer
Spreker 1: onze vrijwilliger [[Gerrit]] kan hem ophalen. waar woont hij
Spreker 2: [[a:Apeldoornselaan 57 hs]]. bellen op <<ph:l:dash>>
Spreker 1: mooi. dan begint hij [[d:donderdag 4 april]]. ik laat [[Gerrit]] bellen""",
    """[00:00:00] Spreker 1: {{o:HMC Westeinde}}, {{r:transferverpleegkundige}}, [[Laila]]
[00:00:04] Spreker 2: hallo, [[Hanneke]] hier, wijkzorgteam {{w:Mariahoeve}}. jullie hebben mevrouw [[Bloem]] opgenomen, [[Truus]] [[Bloem]]
[00:00:10] Spreker 1: ja, heupfractuur. ze gaat vermoedelijk [[d:maandag 22 april]] met ontslag. naar huis of naar een revalidatieplek, dat weten we nog niet
[00:00:19] Spreker 2: naar huis is niet verstandig. ze woont alleen, [[a:Terletstraat 44]], drie hoog, en de buurjongen doet nu de boodschappen
[00:00:27] Spreker 1: dan vraag ik een plek aan bij {{o:Sophia Revalidatie}}. heeft ze een contactpersoon
[00:00:32] Spreker 2: een nicht, [[Wilma]] [[Bloem]], <<ph:m:intl>>
[00:00:37] Spreker 1: dank je. patiëntnummer voor je notities [[ds:6 6 1 0 3 9 8 4]]""",
    """Spreker 1: goedemiddag {{o:Jeugdbescherming west}} met [[Esther]] [[Mol]]
Spreker 2: goedemiddag, met [[Priya]], {{r:casusregisseur}} wijkzorgteam. ik bel over de familie [[Osei]]. jij bent de {{r:jeugdbeschermer}} van [[Kwame]] toch
Spreker 1: ja sinds januari. ondertoezichtstelling loopt tot [[d:12 december]]
Spreker 2: de vader is vertrokken, de moeder staat er alleen voor. er zijn ook schulden. wij nemen de volwassenkant, jullie de kinderen. zullen we één plan maken
Spreker 1: graag. ik stel [[d:vrijdag 26 april]] voor, op ons kantoor
Spreker 2: goed. het zaaknummer bij jullie
Spreker 1: [[ds:JB-WEST-24-00419]]. en mijn mobiel <<ph:m:dash>>""",
    """Spreker 1: {{o:PEP Den Haag}}, mantelzorgondersteuning, [[Tineke]]
Spreker 2: hoi [[Tineke]], met [[Hatice]] van het wijkzorgteam {{w:Transvaal}}. ik heb een mantelzorger die op is. mevrouw [[Elif Aydın]], ze zorgt voor haar moeder en heeft drie kinderen
Spreker 1: aanmelden voor respijt en een {{r:mantelzorgconsulent}}?
Spreker 2: ja. en misschien die mantelzorgwaardering
Spreker 1: die kan ze zelf aanvragen, of jij met haar. haar gegevens
Spreker 2: [[a:Melis Stokelaan 2045]], <<pc:2541XJ:spaced_letters>>, <<e:elif.aydin@outlook.com:plain>>
Spreker 1: ik stuur haar een welkomstmail. en het nummer
Spreker 2: <<ph:m:commas>>, bellen na drie uur, daarvoor werkt ze""",
    """Spreker 1: {{o:Juridisch Loket}} goedemiddag met [[Hamid]]
Spreker 2: goedemiddag, met [[Marloes]] van het sociaal wijkzorgteam. ik zit hier met mevrouw [[Popescu]], [[Daniela]] [[Popescu]]
Spreker 1: ja
Spreker 2: ze werkt via een uitzendbureau en krijgt al drie weken geen loon. ze woont in een huis van de werkgever op de [[a:Weimarstraat 8-II]]
Spreker 1: heeft ze een contract en loonstroken
Spreker 2: een contract in het Roemeens en Engels. loonstroken tot februari. het uitzendbureau heet {{o:FlexiStaff}}
Spreker 1: dan kan ze langskomen op ons spreekuur. [[d:maandag 15 april]], half tien. ik heb een id-nummer nodig
Spreker 2: haar Roemeense id-kaart, nummer [[ds:R X 8 8 3 4 1 0]], en ze heeft een BSN, <<bsn:plain>>
Spreker 1: dank u. zaaknummer wordt [[ds:JL 24 / 71 033]]""",
]

# ============================================================ dictated notes after home visits
T += [
    """Verslag huisbezoek ingesproken [[d:14 maart]] punt cliënt mevrouw [[Benali]] komma [[Fatiha]] komma woont met twee kinderen op de [[a:Zuiderparklaan 188]] punt nieuwe regel huurachterstand drie maanden bij {{o:Staedion}} punt regeling voorgesteld van honderd euro per maand punt mevrouw is moe komma slaapt slecht komma huilt veel punt oudste zoon [[Yassine]] van zestien helpt met de brieven punt nieuwe regel afspraak: {{r:huisarts}} bellen over doorverwijzing naar {{o:Indigo}} punt volgende bezoek [[d:donderdag 28 maart]] punt einde""",
    """Notitie huisbezoek meneer [[Koster]], [[a:Moerweg 9]]. Stroom weer aangesloten sinds [[d:woensdag 13 maart]]. Het huis is koud en rommelig, veel lege flessen in de keuken. Meneer zegt dat hij niet drinkt maar ik twijfel. Zijn dochter [[Sandra]] woont in Zoetermeer, komt één keer per maand. Telefoonnummer dochter <<ph:m:words_pairs>>. Meneer heeft geen {{r:huisarts}} meer sinds dokter [[Pinas]] met pensioen is. Actie: inschrijven bij een praktijk in {{w:Moerwijk}}, aanmelden bij {{o:Brijder}} alleen als hij wil. Geboortedatum voor de inschrijving [[d:2 12 1958]]. BSN <<bsn:digits_spaced>>.""",
    """dictaat huisbezoek familie [[osei]] [[a:laakkade 210]] samen met [[femke]] van het {{o:cjg}} mevrouw [[abena osei]] was aanwezig met de twee kinderen [[kwame]] en [[efua]] de vader is vertrokken naar Engeland volgens mevrouw woonachtig bij zijn broer geen contact meer geen geld sinds drie weken mevrouw heeft geen eigen inkomen huur staat op naam van meneer [[kwabena osei]] geboren [[d:12 juli 1984]] afspraken aanvraag bijstand via de {{o:sociale dienst}} {{o:voedselbank}} aanmelden urgentie woning bespreken met {{o:haag wonen}} casus in te brengen in het overleg van [[d:dinsdag 26 maart]]""",
    """Huisbezoek [[d:20-03-2024]], met {{r:Wmo-adviseur}} [[Ruud]]. Meneer [[Singh]], zevenentachtig, woont op de [[a:Paul Krugerlaan 88 A]] op de eerste verdieping. Valt vaak, vooral 's nachts als hij naar de wc gaat. Schoondochter [[Gurpreet]] zorgt voor hem naast haar werk. Advies: traplift en een toiletverhoger, aanvraag loopt via het {{o:Wmo-loket}}, kenmerk [[ds:WMO 24 00 63 17]]. Ook alarmering aangevraagd via {{o:Florence}}. Contactpersoon bij nood: zoon [[Harjit]] [[Singh]], <<ph:m:pairs>>. Volgende afspraak na het advies van de {{r:ergotherapeut}}.""",
    """ingesproken notitie. bij mevrouw [[de Vries]] senior geweest. [[a:Zuiderparklaan 341]]. [[Roos]] de dochter was erbij. mevrouw herkende mij niet meer van vorige keer. koelkast bijna leeg, wel veel chocoladerepen. medicijnen liggen los in een bakje, de baxterrol wordt niet gebruikt. {{r:wijkverpleegkundige}} van {{o:Florence}} komt vanaf [[d:maandag 18 maart]] twee keer per dag voor medicatie. {{r:casemanager dementie}} is terug na de meivakantie. dochter [[Roos]] denkt na over een aanvraag Wlz. geboortedatum mevrouw [[d:9 augustus 1936]]. contact dochter <<e:roosdevries@live.nl:spoken_at>>.""",
    """Spraaknotitie na bezoek aan [[Haile]] [[Tesfamariam]], [[a:Dedemsvaartweg 1119]]. Nieuwe regel. Gesprek met de {{r:jobcoach}} van het {{o:UWV}} ging goed. [[Haile]] wil graag werken in de techniek. Start met een werkervaringsplek bij een fietsenmaker in {{w:Bouwlust}} vanaf [[d:6 mei]]. Nieuwe regel. Probleem: zijn vrouw [[Saba]] en dochter [[Ruta]] zijn nog in Ethiopië, gezinshereniging loopt via {{o:VluchtelingenWerk}}, dossier [[ds:V W N 2 3 0 0 8 8 1]]. Hij slaapt slecht door zorgen over hen. Voorstel: contact met de {{r:POH-GGZ}}.""",
    """notitie huisbezoek mw [[lin]] [[a:wagenstraat 41a]] samen met [[priya]] en dochter [[mei]] als tolk. mevrouw rouwt nog erg om haar man [[chen]], overleden [[d:11 januari]]. de winkel beneden staat leeg en de huur loopt door, eigenaar is een belegger. administratie is een puinhoop, er liggen aanmaningen van de {{o:belastingdienst}} voor de btw van de zaak. KvK-nummer van de winkel [[ds:2 7 4 4 1 0 9 8]]. afspraak: {{r:sociaal raadsman}} inschakelen en een {{r:budgetcoach}} van {{o:Humanitas}}. volgende keer [[d:maandag 29 april]].""",
    """Verslag bezoek meneer [[van Dijk]], [[Cor]]. Adres [[a:Apeldoornselaan 57-hs]], postcode <<pc:2573LK>>. Het ging beter dan verwacht, hij had koffie gezet. Hij praat veel over zijn vrouw [[Riet]]... nee [[Rietje]], zo noemde hij haar. Wil wel naar de wandelgroep van {{o:Stichting Mooi}} als [[Gerrit]] hem ophaalt. Geen zorgen over geld, wel over het huis: de deur sluit niet goed en de verhuurder reageert niet. Verhuurder: {{o:Vestia}}, huurnummer [[ds:4 4 0 1 2 7 3]]. Ik mail de {{r:woonconsulent}}. Volgende bezoek over twee weken.""",
    """Huisbezoek [[d:vrijdag 5 april]] bij [[Ricardo]] [[Lopes Tavares]], [[a:Jan Blankenstraat 15 a]], samen met zijn moeder [[Marisela]]. Punt. [[Ricardo]] heeft sinds [[d:12 maart]] een {{r:bewindvoerder}}, mevrouw [[Verbeek]] van {{o:Kompas Bewindvoering}}. Leefgeld komt elke vrijdag. Hij is trots dat hij twee weken niet heeft geblowd. Moeder vindt het te mooi om waar te zijn. Nieuwe regel. Zorg: hij heeft nog een openstaande boete bij het {{o:CJIB}}, betalingskenmerk [[ds:5000 4418 2290 1186]], die moet naar de {{r:bewindvoerder}}. Zijn telefoonnummer is veranderd: <<ph:m:nul_mixed>>.""",
    """Notitie. Bezoek bij mevrouw [[Aydın]] thuis, aanwezig mevrouw [[Şahin]] de moeder en de kinderen [[Zeynep]], [[Emir]] en [[Can]]. De woning aan de [[a:Melis Stokelaan 2045]] is te klein, moeder slaapt in de woonkamer. Mevrouw [[Aydın]] is uitgeput, ze werkt vier dagen in de {{o:thuiszorg}} en zorgt 's avonds voor haar moeder. Aangemeld bij {{o:PEP Den Haag}} voor mantelzorgondersteuning en bij de {{o:Kessler Stichting}}... nee, bij {{o:Respect Zorggroep}} voor {{o:dagbesteding}}. BSN moeder <<bsn:dots>>, geboren [[d:01-01-1947]]. Afspraak met het {{o:CIZ}} volgt.""",
    """dictaat. [[jurgen]] [[van leeuwen]]. [[a:kijkduinsestraat 76 a]]. [[pc:2554 A J]]. we zijn samen naar het {{o:servicepunt xl}} geweest om zijn adres aan te passen. dat is gelukt. digid aangevraagd, de code komt nu naar het nieuwe adres. daarna huurtoeslag aanvragen. hij verdient ongeveer zeventienhonderd euro netto bij een schoonmaakbedrijf. geboren [[d:achtentwintig twee negentien vijfentachtig]]. rekeningnummer voor de toeslag <<iban:TRIO:spoken_words>>. volgende keer samen het formulier invullen op [[d:22 april]]. punt.""",
    """Verslag huisbezoek door [[Marco]] ({{r:schuldhulpverlener}}) en [[Ilse]] ({{r:maatschappelijk werker}}). Mevrouw [[Kok]], [[Nicole]], [[a:Escamplaan 417]]. Totaal schulden ongeveer achttienduizend euro bij twaalf schuldeisers, grootste bij {{o:Vesting Finance}} en {{o:DUO}}. Mevrouw heeft werk, twintig uur bij de {{o:Albert Heijn}}. Dochter [[Sophie]] is vijftien. Aanvraag {{o:Kredietbank}} ingediend, registratienummer [[ds:GKB-24-3 1 1 8 8]]. Inkomen komt binnen op <<iban:ABNA:grouped>>. Afgesproken dat mevrouw geen nieuwe betalingen meer doet zonder overleg. Contact <<ph:m:dash>> of [[e:nicolekok73@ziggo.nl]].""",
    """ingesproken na bezoek [[a:Kempstraat 140 boven]]. meneer [[Kaya]] is terug uit Turkije sinds [[d:zaterdag 30 maart]]. er woonden inderdaad drie neven van hem in de woning toen hij weg was, die zijn nu vertrokken. {{o:Haag Wonen}} ([[Erik]]) is op de hoogte gebracht. meneer schaamt zich, hij zegt dat hij het niet wist. de woning ziet er netjes uit. er is wel een brief van de {{o:SVB}} over zijn AOW, kenmerk [[ds:A 77 0 3 1 9 4 4]], die neem ik mee. mobiel meneer [[ph:+90 532 451 00 78]] werkt niet meer, nieuw nummer <<ph:m:words_digits>>.""",
    """Notitie bezoek [[Abdi]] en mevrouw [[Warsame]], samen met [[Femke]] {{o:CJG}}. [[Abdi]] lag nog in bed om half twaalf. Kamer donker, gamet tot diep in de nacht. Moeder werkt in de schoonmaak vroeg in de ochtend. Broertjes [[Hamza]] en [[Yusuf]] gaan wel naar school. [[Abdi]] zegt dat hij gepest wordt. Afspraak: gesprek met de {{r:zorgcoördinator}} van {{o:Het Segment}}, [[Dirk]], op [[d:23 april]]. {{r:leerplichtambtenaar}} geïnformeerd, kenmerk [[ds:LP 24/339]]. Adres voor de stukken: [[a:Schalk Burgerstraat 149]], <<pc:2572TK:std>>.""",
    """Huisbezoek mevrouw [[Mulder]] {{w:Segbroek}}. [[a:Stuwstraat 3 bis]]. {{o:Thuiszorg}} van {{o:Florence}} komt weer, er was een planningsfout. Mevrouw heeft wel drie dagen met dezelfde steunkousen gelopen, benen gezwollen. {{r:wijkverpleegkundige}} [[Ingrid]] heeft ernaar gekeken. Mevrouw is achtentachtig en helder van geest. Ze wil niet verhuizen. Haar neef [[Bert]] [[Mulder]] is contactpersoon, <<ph:l:words>>. Verder: mevrouw vroeg of wij iemand weten voor haar tuin. Doorverwezen naar de {{o:vrijwilligerscentrale}}.""",
    """spraaknotitie huisbezoek [[d:2 april]] [[a:thomsonlaan 52-1]] mevrouw [[visser]]. plafond is gerepareerd door {{o:de goede woning}}. bed is vervangen, de zoon [[peter]] heeft een nieuwe matras gekocht. mevrouw heeft een natte hoest, {{r:huisarts}} dokter [[el Khatib]] gebeld, hij komt morgen. mevrouw vertelde dat ze vroeger bij de bakker op de hoek werkte, dat was de bakkerij van haar vader, bakker [[van Oosten]]. leuk gesprek. verder geen zorgen. afsluiten bij het team, overdracht naar {{r:ouderenconsulent}} [[Anja]].""",
    """Dictaat. Cliënt [[Piotr]] [[Nowak]], geboren [[d:3 maart 1979]] in Gdańsk. Nieuw adres [[a:Laakkade 71 B]], kamer op de eerste. Sleutel opgehaald op [[d:dinsdag 9 april]]. [[Piotr]] heeft geen meubels, {{o:Leger des Heils}} regelt een bed via de kringloop. Hij werkt niet, heeft recht op bijstand, aanvraag gedaan, zaaknummer [[ds:SZW 9 0 4 4 1 2]]. {{r:bewindvoerder}} [[van Rijn]] is op de hoogte. Polen: hij heeft een dochter, [[Zofia]], met wie hij geen contact heeft. Dat wil hij wel weer. Telefoon [[Piotr]]: <<ph:m:intl>>.""",
    """Verslag huisbezoek. Mevrouw [[Martis]] ([[Joyce]]) en kleinzoon [[Dani]]. [[a:Pretoriusstraat 77]]. [[Dani]] slaapt op de bank, oma heeft een kleine tweekamerflat. Intake {{o:MEE}} met [[Fenna]] gehad, [[Dani]] krijgt een {{r:MEE-consulent}} en een traject naar werk. Oma heeft een schuld bij {{o:Zilveren Kruis}}, polisnummer [[ds:4 0 7 7 1 2 2 9 0]], en staat bij het {{o:CAK}} als wanbetaler. Aanvraag {{o:Kredietbank}} samen met oma. Geboortedatum oma [[d:15 oktober 1951]], BSN <<bsn:words_groups>>.""",
    """korte notitie. niet thuis getroffen bij meneer [[vos]] [[a:westduinweg 140]]. gordijnen dicht, post zat in de bus. briefje achtergelaten. buurvrouw mevrouw [[hoek]] zegt dat ze hem gisteren nog hoorde schreeuwen. {{r:wijkagent}} [[de haan]] op de hoogte gebracht. morgen opnieuw proberen met de {{r:sociaal psychiatrisch verpleegkundige}} van {{o:parnassia}}.""",
    """Ingesproken notitie, huisbezoek [[d:maandag 25 maart]]. Aanwezig: [[Cor]] [[van Dijk]] en ik ([[Ilse]]). Meneer heeft de Apeldoornselaan nooit verlaten in dertig jaar, zegt hij. Kent iedereen in de straat maar praat met niemand. Schoonzoon [[Remco]] belt af en toe. Zorg: hij eet alleen brood. Maaltijdservice besproken, hij wil het proberen. Aanmelding bij de {{o:Stichting Mooi}}, kenmerk [[ds:M-24-0 4 4 1]]. Zijn pensioen komt binnen op een rekening die nog op naam van zijn vrouw staat, <<iban:INGB:spoken_letters>>. Uitzoeken via de {{o:SVB}}.""",
    """Notitie huisbezoek bij [[Amal]] [[Haddou]], [[a:Slicherstraat 9 III]]. [[Amal]] heeft vorige week het inlichtingenformulier ingeleverd bij het {{o:Servicepunt XL}}, uitkering wordt hersteld met terugwerkende kracht. Ze was opgelucht. Ze vertelde dat haar ex, [[Youssef]] [[Bouzid]], haar spullen nog heeft in de oude woning aan de [[a:Hoefkade 444]]. Ze durft daar niet alleen heen. Besproken: samen met de {{r:wijkagent}} of met haar broer [[Karim]]. Adreswijziging BRP verwerkt per [[d:1-4-2024]].""",
    """dictaat huisbezoek meneer [[oduro]]. [[a:rijswijkseweg 416-3]]. schoonmaak door {{o:ggd}} en vrijwilligers heeft plaatsgevonden op [[d:dinsdag 19 maart]]. er zijn tweeëndertig vuilniszakken weggegaan. meneer was er bij, rustig, soms boos. hij gaat vanaf nu wekelijks naar de {{o:dagbesteding}} van {{o:parnassia}} in {{w:laak}}. zijn {{r:casemanager}} is [[ben]]. {{o:haagwonen}} heeft de procedure stopgezet, [[karin]] [[hoek]] komt over een maand kijken. mobiel meneer <<ph:m:digits_spaced>>. noodcontact zus [[akosua]] <<ph:m:dash>>.""",
    """Verslag bezoek [[d:10 april]]. Mevrouw [[Popescu]] en twee collega's van haar, [[Ioana]] en [[Mihaela]], in de woning [[a:Weimarstraat 8 tweede]]. Zes mensen in een woning van drie kamers, werkgever houdt tweehonderdvijftig euro per week in voor huur. {{o:Juridisch Loket}} ingeschakeld, zaak [[ds:JL-24-71033]]. Ook melding gedaan bij de {{o:Arbeidsinspectie}}, meldnummer [[ds:A I 2 4 0 9 9 1 7]]. De vrouwen zijn bang hun huis kwijt te raken. Tijdelijke opvang besproken met {{o:Kessler Stichting}}. [[Andrei]] van {{o:FairWork}} helpt met vertalen, <<ph:m:four4>>.""",
    """Huisbezoek {{w:Mariahoeve}} [[d:dinsdag 16 april]], meneer [[Hendriks]] [[Jan]], [[a:Hofzichtlaan 118]]. {{r:indicatieadviseur}} van het {{o:CIZ}} is langs geweest, indicatie Wlz waarschijnlijk toegekend. Zoon [[Frank]] zoekt een verpleeghuis in de buurt, voorkeur {{o:Florence}} locatie {{w:Mariahoeve}}. Meneer zelf wil eigenlijk thuis blijven met zijn kat. Hij weet niet meer welke dag het is, dacht dat het zondag was. Afspraak familiegesprek met [[Frank]] en dochter [[Annelies]] op [[d:24-04]]. E-mail [[Frank]]: <<e:f.hendriks@xs4all.nl:spoken_apen>>.""",
    """notitie na huisbezoek bij [[gerda de wit]] [[a:weimarstraat 299]] over de buurman meneer [[jansen]] van [[a:weimarstraat 301 1e]]. meneer [[jansen]] bleek griep te hebben en lag al vier dagen in bed. {{r:huisarts}} is geweest. mevrouw [[de wit]] brengt soep. verder is meneer [[jansen]] een kluizenaar, geen familie bekend. geboren [[d:18 06 1949]] volgens de brief van de {{r:huisarts}}. {{r:ouderenadviseur}} gaat in mei langs voor een kennismaking.""",
    """Dictaat. Bezoek aan mevrouw [[Mahabier]], [[Sarita]], [[a:Hobbemaplein 23]], <<pc:2526JK:nospace>>. Besproken: betalingsregeling {{o:Belastingdienst}} zorgtoeslag, maandbedrag vijfenzeventig euro, akkoord per brief van [[d:8 april]]. Mevrouw rouwt nog om haar man [[Ramesh]], overleden in tweeduizend tweeëntwintig. Haar zoon [[Vishal]] woont in Rotterdam en belt elke zondag. Mevrouw is actief in de mandir in de {{w:Schilderswijk}}, dat is haar netwerk. Geen verdere zorgen. Dossier [[ds:SWT-SW-24-112]] kan dicht na de eerste betaling.""",
    """Ingesproken. Huisbezoek [[a:Keizerstraat 218]]. Meneer [[de Jong]] [[Willem]]. Maaltijdservice loopt sinds [[d:25 maart]], hij vindt het eten te zout maar eet het wel. Zoon [[Arie]] komt op zaterdag. Meneer vertelde over zijn tijd als visser, zijn vader was ook visser. Geen vissers meer in de familie nu. Nieuwe zorg: hij heeft een brief van {{o:Intrum}} gekregen over een oude rekening van een postorderbedrijf, dossiernummer [[ds:1 3 3 0 8 8 4 1 7 2]]. Hij weet er niks van. Mogelijk identiteitsfraude, uitzoeken met [[Marco]].""",
    """Verslag huisbezoek [[Yasmina]] [[El Ouali]] bij haar ouders, [[a:Hoefkade 601 C]]. Aanwezig: moeder mevrouw [[El Ouali]], [[Yasmina]] en [[Ilyas]]. [[Rachid]] heeft zich niet meer laten zien sinds het contactverbod, dat ingaat per [[d:8 april]]. {{o:Veilig Thuis}} meldnummer [[ds:VT-2024-1887]]. [[Yasmina]] wil een eigen woning, urgentie aangevraagd. Ze wil graag haar opleiding afmaken, mbo verzorgende. Nieuw e-mailadres <<e:yasmina.elouali01@gmail.com:spoken_apen>>. Volgende afspraak bij het {{o:CJG}} op [[d:25 april]].""",
    """dictaat. ehm huisbezoek [[d:woensdag 17 april]] meneer [[Ahmadi]] [[a:Dedemsvaartweg 44]]. hij was helder. hij gebruikt weer zijn medicatie sinds de opname in {{o:Parnassia}}. broer [[Omid]] is terug uit Duitsland en logeert bij hem. overlast is gestopt volgens [[Ronald]] de {{r:huismeester}}. meneer wil vrijwilligerswerk doen. hij spreekt Dari, Farsi en een beetje Nederlands. naar [[Nathalie]] van de {{o:vrijwilligerscentrale}}. zijn BSN voor de aanmelding <<bsn:words_digits>>.""",
    """Notitie. Bezoek [[d:22 maart]] aan het gezin [[Yildiz]], [[a:Jacob Catsstraat 12 huis]]. Meneer [[Mustafa]] [[Yildiz]] en zijn vrouw [[Hatice]]. Let op: de vrouw heet ook [[Hatice]], niet verwarren met onze collega. AOW-korting wegens verblijf buitenland is terecht volgens de {{o:SVB}}, maar ze mogen het in termijnen terugbetalen. Bedrag negenhonderd euro. Terugbetalen vanaf <<iban:RABO:loose>>. {{r:sociaal raadsman}} [[Bram]] heeft geholpen. Het echtpaar wil in de zomer weer naar Turkije, uitgelegd dat dat maximaal dertien weken mag.""",
    """ingesproken na bezoek bij [[shurandy]] en [[joyce martis]]... nee bij mevrouw [[martis]] in {{w:rustenburg}}, [[shurandy]] was er toevallig. nieuwe koelkast staat er. bon gezien, driehonderdtachtig euro bij de kringloop aan de Loosduinseweg. mevrouw woont op de [[a:Appelstraat 207]], [[pc:2564 tee ee]]. kleinzoon [[dani]] logeert er ook weer. verder rustig. afsluiten na de verantwoording van de bijzondere bijstand, zaaknummer [[ds:2024-08137]].""",
    """Huisbezoek [[d:maandag 8 april]]. [[Mart]] [[Bakker]] met een grote tas brieven. Samen gesorteerd: {{o:Eneco}}, {{o:Ziggo}}, {{o:Odido}}, twee keer {{o:CJIB}}, {{o:Zilveren Kruis}}, {{o:DUO}}, een {{r:deurwaarder}} ({{o:Flanderijn}}). Totaal ruim elfduizend euro. [[Mart]] werkt bij bakkerij [[Hoogstraten]] op de Fahrenheitstraat, zijn baas is meneer [[Hoogstraten]] zelf. Inkomen ongeveer veertienhonderd netto. Geboren [[d:19-9-1990]]. Adres [[a:Fahrenheitstraat 604]], <<pc:2561DK:words>>. Aanmelden bij {{o:Schuldhulpverlening Den Haag}}.""",
    """Notitie bezoek bij mevrouw [[Owusu]] [[d:maandag 15 april]]. Bijstand toegekend per [[d:1 april]], eerste betaling eind van de maand. Tot die tijd {{o:voedselbank}}. De huur is op haar naam gezet na gesprek met {{o:Haag Wonen}}, nieuw huurnummer [[ds:H W 7 7 2 0 4 9]]. Mevrouw is opgelucht. Kinderen [[Kwame]] en [[Efua]] naar school en peuterspeelzaal in {{w:Laak}}. Mevrouw wil Nederlandse les bij het {{o:Taalhuis}}. Haar nieuwe rekening <<iban:INGB:mixed>>. Nummer mevrouw <<ph:m:nul_mixed>>.""",
    """spraakmemo na bezoek. [[wendy]] [[hermans]]. begint [[d:1 mei]] bij de {{o:dagbesteding}} van de {{o:kessler stichting}}. ze logeert nog bij haar zus [[natasja]] op de [[a:hoefkade 12 hs]] en dat gaat niet lang meer goed, ruzie over de kinderen van de zus. aanmelding beschermd wonen loopt, kenmerk [[ds:C T 2 4 0 0 5 1 7]]. wachttijd ongeveer vier maanden. [[wendy]] is lvb... heeft een licht verstandelijke beperking, dus alles kort en in stappen uitleggen. telefoon <<ph:m:pairs>>.""",
    """Huisbezoek [[Lin]] [[Xiu Ying]] met {{r:sociaal raadsman}} [[Bram]]. De {{o:Belastingdienst}} stuurt aanmaningen voor de btw over het laatste kwartaal van de winkel. Het btw-id van meneer [[Chen]]: [[ds:N L 0 0 2 2 1 4 7 8 3 B 0 1]]. Overlijdensakte opgevraagd bij de gemeente. Erfenis: mevrouw moet beslissen of ze die aanvaardt. Uitgelegd wat beneficiair aanvaarden is. Dochter [[Mei]] vertaalt. Volgende stap: afspraak bij een {{r:notaris}}. Mail dochter: <<e:mei.lin@outlook.com:plain>>.""",
    """Notitie huisbezoek [[d:28 maart]]. Mevrouw [[Benali]]. Regeling met {{o:Staedion}} akkoord, honderd euro per maand, eerste termijn betaald. [[Yassine]] heeft een bijbaan bij een supermarkt in {{w:Moerwijk}}. {{r:huisarts}} heeft mevrouw verwezen naar {{o:Indigo}}. Mevrouw huilde toen ze vertelde dat haar ex [[Driss]] weer contact zoekt via haar zus. Geen dreiging, maar ze wil het niet. Besproken dat ze het nummer kan blokkeren, [[ph:06 eenenvijftig 88 40 22]]. Ze wil zelf verder, over zes weken evaluatie.""",
    """dictaat, niet gecorrigeerd. bezoek meneer [[oruç]]... [[oroetsj]] zo schrijf je het niet. meneer [[Oruç]], [[a:vaillantlaan 127]] portiek links. hij is net uit detentie. {{o:reclassering}} begeleidt, {{r:reclasseringswerker}} heet [[meike]]. hij heeft geen inkomen, geen zorgverzekering, wel een id-kaart. aanvragen: bijstand, zorgverzekering, DigiD. geboren [[d:3 november 1988]]. BSN <<bsn:spaced3>>. moeder woont twee straten verder, hij eet daar. het contact met zijn dochter [[Elanur]] loopt via {{o:Jeugdbescherming west}}.""",
    """Verslag bezoek aan [[Ahmad]] [[Rahimi]], [[a:Escamplaan 1502]], samen met zoon [[Farid]]. {{o:DUO}}-lening: betalingsregeling van vijfentwintig euro per maand goedgekeurd op [[d:4 april]]. Meneer heeft zijn inburgering gehaald, hij was trots en liet het certificaat zien. Dochter [[Parisa]] studeert in Delft. Meneer heeft last van rugpijn, kan niet meer lang staan, zoekt ander werk. Doorverwijzing naar het {{o:Werkgevers Servicepunt}}. Geen verdere hulpvraag, traject afsluiten. Afsluitbrief naar [[a:Escamplaan 1502]], <<pc:2547EX:nospace>>.""",
    """notitie: bezoek bij [[Büşra]] en haar moeder mevrouw [[Yilmaz]] op de [[a:Paul Krugerlaan 12]]. gasinspectie gedaan op [[d:vrijdag 19 april]] met de monteur van {{o:Staedion}}, mevrouw [[Yilmaz]] was rustig omdat ik erbij was. er was een lekkage bij de geiser, die is afgesloten. nieuwe geiser wordt geplaatst. mevrouw heeft nu geen warm water. [[Büşra]] regelt dat ze bij haar tante [[Nurten]] kan douchen. contact [[Büşra]] <<ph:m:words_pairs>>.""",
    """Dictaat huisbezoek. Meneer [[Ramdhani]], [[Sunil]]. [[a:Zonnebloemstraat 22]], [[pc:2533 CH]]. Stroom niet afgesloten, afsluiting opgeschort door {{o:Eneco}} tot na de start van de schuldhulp. Meneer is alleenstaand, vijfenvijftig, sinds een jaar werkloos na een burn-out. Hij heeft een {{r:bewindvoerder}} afgewezen, wil het zelf doen. Afspraak met [[Marco]] op [[d:maandag 18 maart]] was goed, er is een budgetplan. Nieuwe regel. Hij vroeg naar de {{o:voedselbank}}, aangemeld. Nummer [[ph:nul zes vierentwintig negenenzestig negentien nul één]].""",
    """korte spraaknotitie. mevrouw [[el amrani]] gebeld na bezoek. het ontruimingsvonnis is ingetrokken nadat {{o:haag wonen}} de regeling heeft geaccepteerd. mevrouw wil [[lotte]] bedanken. [[anouar]] gaat de brieven voortaan digitaal regelen. [[anouar]] zijn mail <<e:anouar.elamrani@hotmail.com:spoken_at>>. dossier [[ds:H W 2024 0 3 8 8 1]] op afgesloten.""",
    """Verslag huisbezoek [[Dylan]] [[Bos]] ({{w:Segbroek}}), [[a:Sportlaan 3-H]]. Betalingsregeling {{o:CJIB}} aangevraagd voor beide boetes. [[Dylan]] werkt sinds kort bij een bezorgdienst, nul-urencontract. Hij woont nog bij zijn vader [[Ed]], die er niet bij wil zijn. Vader drinkt veel volgens [[Dylan]]. Besproken: signaal naar de {{r:huisarts}}? [[Dylan]] wil dat niet. Wel afgesproken dat hij belt als het escaleert. Geboortedatum [[Dylan]] [[d:14-02-2002]]. Rekening voor de regeling <<iban:KNAB:grouped>>.""",
    """huisbezoek mevrouw [[roos]] [[elisabeth]] [[a:duinstraat 9]]. ze verhuist [[d:15 mei]] naar {{o:swaenesteyn}}. {{o:ziggo}} is opgezegd per die datum. nog opzeggen: {{o:eneco}}, {{o:dunea}}, de krant, en de huur bij {{o:vestia}}. nicht [[ellen roos]] regelt de verhuizing, <<ph:m:mixed>>. mevrouw heeft een rozenstruik op het balkon die ze mee wil, de roos van haar moeder zegt ze. mooi verhaal. einde notitie.""",
]

# ============================================================ voicemail transcriptions
T += [
    """Voicemail van <<ph:m:intl>> · [[d:12 mrt. 2024]] 09:14 · 0:38
"ja hallo met [[Khadija]] [[el Amrani]] ik bel voor [[Lotte]] ik heb weer een brief gekregen van de {{o:Haag Wonen}} met een datum erop [[d:negen april]] wil je mij terugbellen alsjeblieft dank je wel doei"
(transcriptie kan fouten bevatten)""",
    """Nieuw voicemailbericht
Van: <<ph:l:plain>>
Ontvangen: [[d:14-03-2024]] 16:02
Transcriptie: goedemiddag u spreekt met [[Erik]] van de {{o:Haag Wonen}} afdeling bijzonder beheer. ik probeer [[Hatice]] te bereiken over de woning aan de [[a:Kempstraat 140]]. mijn nummer is <<ph:m:words_pairs>>. ik ben er tot vijf uur. dank u wel""",
    """Voicemail · onbekend nummer · [[d:ma 18 mrt]] 08:51 · 1:02
hallo goedemorgen met [[Gerda de Wit]] de buurvrouw van meneer [[Jansen]] op de [[a:Weimarstraat 301]] eh ik wou even zeggen dat het beter gaat met hem hij is weer op en hij heeft gevraagd of ik wil doorgeven dat hij de mevrouw van het wijkteam wil bedanken. hij heet trouwens [[Jansen]] met een s hè niet met sch. nou dat was het. mijn nummer heeft u. dag""",
    """Voicemail van +31 70 ••• •• 12 — [[d:19 maart]] — 00:27
"goedemiddag met [[Karin]] van {{o:Haag Wonen}} ik bel voor [[Jeroen]] [[Smit]] over meneer [[Oduro]] kun je mij mailen op [[e:k punt hoek apenstaartje haag wonen punt nl]] dan plannen we die controle"
Transcriptie automatisch gegenereerd.""",
    """Voicemail ontvangen [[d:dinsdag 19 maart]] 11:40
van: <<ph:m:plain>>
hoi met [[Ricardo]] ik wilde even zeggen ik ben bij de {{r:bewindvoerder}} geweest en ik heb mijn nieuwe pinpas. mijn moeder zegt dat je de brief van de belasting nog moet halen op de [[a:Jan Blankenstraat vijftien a]]. ze is thuis tot twee uur. doei""",
    """Bericht van <<ph:m:digits_spaced>>, duur 0:51, [[d:20/03/2024]]
ja hallo u spreekt met de dochter van mevrouw [[de Vries]] [[Roos]] ik bel omdat de {{r:wijkverpleegkundige}} zei dat mijn moeder niet meer alleen kan wonen en ik wil daar graag over praten met [[Jeroen]] ik ben te bereiken op dit nummer maar niet tussen twaalf en half twee dan ben ik op mijn werk bij de {{o:HEMA}} dank u wel""",
    """Voicemailtranscriptie ([[d:21-03]], 17:55, onbekende beller)
"goedenavond ik bel van de {{o:Florence}} {{o:thuiszorg}} mijn naam is [[Ingrid]] [[Koopman]] {{r:wijkverpleegkundige}} ik heb mevrouw [[Mulder]] vandaag gezien aan de [[a:Stuwstraat 3 bis]] en haar benen zijn erg gezwollen ik heb de {{r:huisarts}} gebeld maar ik wil het ook met jullie bespreken mijn nummer is <<ph:m:commas>> fijne avond""",
    """Voicemail ·  <<ph:m:intl>>  · [[d:vr 22 mrt]]  · 0:19
"[onverstaanbaar] ... met [[Piotr]] ... the key ... ik heb de sleutel niet gekregen ... ik sta nu bij de [[a:Laakkade 71]] ... bel mij terug please"
(transcriptie onvolledig)""",
    """Nieuw bericht van {{o:Intrum}} (nummer afgeschermd)
[[d:25 maart 2024]], 10:03
goedemorgen, u spreekt met [[Mohamed]] van {{o:Intrum}} met een terugbelverzoek voor mevrouw [[de Boer]] van het wijkzorgteam. het gaat over dossier [[ds:1 2 6 6 0 3 4 7 5 1]], klant [[Hoogland]]. de incasso is tijdelijk stopgezet voor dertig dagen. u kunt ons bereiken op het bekende nummer onder vermelding van het dossiernummer. prettige dag""",
    """voicemail [[d:25-3]] 13:22 van <<ph:m:pairs>>
hallo met [[Saba]] ik ben de vrouw van [[Haile]] ik bel uit Addis, [[Haile]] zijn telefoon is kapot en hij vraagt of u hem wil bellen op het nummer van zijn buurman [[Tesfay]], dat nummer is <<ph:m:words_pairs>>, dank u, God bless""",
    """Voicemail, [[d:26 maart]], 09:02, van <<ph:m:dash>>
goedemorgen met [[Marianne]] [[van der Linden]]. ik heb uw bericht gekregen over {{o:Vattenfall}}, dank u wel. mijn moeder heeft nog een rekening bij {{o:Essent}} van het oude huis aan de [[a:Diamanthorst 14]], daar moet ook iets mee. wilt u me mailen of ik die zelf moet opzeggen? <<e:marianne.vdlinden@kpnmail.nl:plain>>. fijne dag.""",
    """VOICEMAIL
datum: [[d:27-03-2024]] tijd: 14:48 duur: 00:41
van: <<ph:m:plain>>
tekst: goedemiddag met [[Esther]] [[Mol]] van {{o:Jeugdbescherming west}} ik wil graag met [[Priya]] spreken over de familie [[Osei]] want de vader [[Kwabena]] heeft contact opgenomen en hij wil de kinderen zien. zaaknummer [[ds:JB-WEST-24-00419]]. bel je me terug? dank je""",
    """Voicemail van anoniem, [[d:27 mrt]], 21:17
"ja hoi met [[Yasmina]] sorry dat ik zo laat bel. [[Rachid]] stond weer beneden bij mijn ouders, op de [[a:Hoefkade zeshonderdeen c]]. de {{o:politie}} is gekomen. ik ben oké. ik bel morgen."
Let op: bij direct gevaar 112.""",
    """[[d:28-03-2024]] 08:05 · <<ph:l:paren>> · 0:33
goedemorgen met {{r:doktersassistente}} [[Naima]] van praktijk [[Hoekstra]]. de {{r:POH-GGZ}} [[Sandra]] kan mevrouw [[Lin]] zien op [[d:donderdag 4 april]] om half elf. wilt u dat doorgeven aan de dochter? patiënt geboortedatum [[d:4 oktober 1956]] ter controle. fijne dag""",
    """Voicemail [[d:2 april]]
van: <<ph:m:four4>>
hallo dit is [[Henk]] [[Koster]] ik heb een brief van {{o:Brijder}} gekregen maar ik heb helemaal niet gezegd dat ik wil. wie heeft dat gedaan. ik woon op [[a:Moerweg negen]] en ik ben thuis. bel me maar""",
    """Voicemail · [[d:wo 3 apr]] · 12:12 · van +316 ••• ••• 41
(automatische transcriptie)
goedemiddag u spreekt met [[Laila]] {{r:transferverpleegkundige}} van {{o:HMC Westeinde}}. mevrouw [[Bloem]] gaat morgen naar {{o:Sophia Revalidatie}}, afdeling geriatrie. haar nicht [[Wilma]] is op de hoogte. voor vragen mijn directe nummer <<ph:l:words>>, patiëntnummer [[ds:6 6 1 0 3 9 8 4]].""",
    """Voicemail van <<ph:m:intl>> — [[d:3 april]] 19:40
hey [[Samira]] met [[Anouar]] de zoon van mevrouw [[el Amrani]]. ik heb die mail gestuurd naar [[e:samira.bennani at swtschilderswijk punt nl]] maar hij komt terug. klopt het adres wel? groetjes""",
    """Transcriptie voicemail
[[d:4 april 2024]] 07:58 · <<ph:m:nul_mixed>>
goedemorgen met [[Cor]] [[van Dijk]]. ik ben gister met die [[Gerrit]] gaan wandelen. het was leuk. ik wou alleen zeggen dat ik volgende week niet kan, dan ga ik naar het ziekenhuis voor mijn ogen, op [[d:dinsdag de negende]]. zeg het maar tegen hem. dag""",
    """Voicemail [[d:5-4-24]] 15:31 van +31 6 •••• 0822
hallo met [[Wilma]] [[Bloem]] ik ben de nicht van [[Truus]] [[Bloem]]. ze zit in de {{o:Sophia}} nu. ze wil dat iemand haar planten water geeft op de [[a:Terletstraat 44]]. heeft het wijkteam een sleutel? anders kan de buurjongen [[Daan]] het doen, die heeft er een. bel me terug op <<ph:m:words_digits>>""",
    """voicemail onbekend [[d:8 april]]
goedemiddag met [[Tineke]] van {{o:PEP}} mantelzorg ik heb mevrouw [[Aydın]] gesproken en ze staat op de lijst voor respijtzorg. ik heb haar gegevens in ons systeem gezet onder nummer [[ds:P E P 2 4 1 1 8 3]]. als er iets verandert hoor ik het graag op <<ph:l:dash>>. doei""",
    """Voicemail · [[d:08/04]] · 11:05 · 0:57
"goedemorgen dit is [[Gerard]] van de {{o:Sociale Dienst}}, voor [[Anouk]] van het wijkzorgteam. de uitkering van mevrouw [[Haddou]] is hersteld. het nabetalingsbedrag wordt gestort op haar rekening <<iban:ABNA:spoken_words>>. ik heb wel een nieuw adres nodig op schrift. bel me op het nummer van de dienst, 14070, en vraag naar mij. fijne dag"
""",
    """Voicemail van <<ph:m:mixed>> op [[d:9 april]]
hallo met [[Amina]] [[Warsame]] ik bel voor [[Joost]]. [[Abdi]] is vandaag naar school gegaan! ook gisteren. dat wou ik zeggen. en de {{r:leerplichtambtenaar}} heeft gebeld dat de brief [[ds:24/339]] is ingetrokken. dank u""",
    """Voicemail — [[d:10 april]] 16:20 — van <<ph:l:spaced>>
met [[Hennie]] de vrijwilliger van {{o:Humanitas}}. ik ben bij mevrouw [[de Groot]] geweest op de [[a:Stevinstraat 86 a]] maar ze deed niet open. de bel werkt niet denk ik. ik probeer het vrijdag nog een keer. hoor het graag als er iets is.""",
    """Voicemail, [[d:11-04-2024]], 09:30
van: +31 6 •• •• •• 17
"hallo met [[Daniela]] [[Popescu]]. [[Andrei]] helped me. the... de afspraak met {{o:juridisch loket}} is [[d:maandag 15 april]]. mijn nieuwe adres wordt [[a:Loosduinseweg 1102]], [[pc:2571 B B]], bij mijn vriendin. bedankt"
""",
    """Nieuw bericht
[[d:12 april]] · 13:44 · <<ph:m:words_digits>>
goedemiddag met [[Frank]] [[Hendriks]]. mijn vader heeft een plek bij {{o:Florence}} {{w:Mariahoeve}} vanaf [[d:6 mei]]. ik wil u bedanken voor alle hulp. kunt u de {{r:casemanager dementie}}, [[Hanneke]], laten weten dat hij verhuist? zijn nieuwe adres wordt [[a:Hofzichtlaan 5, kamer 214]]. groeten""",
    """Voicemail · [[d:ma 15 apr]] · 08:30 · onbekend
"goedemorgen met [[Jurgen]] sorry dat ik vandaag niet kom, ik heb het rooster gekregen en ik moet werken. kan het volgende week? mijn nieuwe nummer is [[ph:nul zes, eh, 39, vierenzestig, zeventig, nul nul]]. dank je"
(transcriptie: lage betrouwbaarheid)""",
    """Voicemail van <<ph:m:intl>>
[[d:16 april 2024]] 10:12 (1:14)
goedemorgen met [[Johanna]] [[Visser]] ik ben tweeënnegentig jaar en ik bel voor die aardige mevrouw [[Brouwer]] van het team. mijn zoon [[Peter]] heeft gezegd dat ik moet bellen omdat de monteur weer is geweest. het plafond is goed nu. ik wil haar bedanken. het is mevrouw [[Visser]] van de [[a:Thomsonlaan tweeënvijftig]]. dag""",
    """voicemail [[d:17-04]] 14:03 van <<ph:l:mixed>>
hoi met [[Iris]] van {{o:Brijder}}. [[Mark]] [[van den Berg]] heeft zijn afspraak bij hem thuis gehad en het ging goed. ik plan de volgende op [[d:woensdag 8 mei]]. zijn vriendin [[Chantal]] wil graag mee in het traject, ze heeft gevraagd of ze jou mag mailen. ik heb jouw adres gegeven, [[e:bas.mulder@swtbouwlust.nl]], hoop dat dat goed is""",
    """Voicemail · [[d:18 apr.]] · 19:02 · 0:22
[[Büşra]] hier, de dochter van mevrouw [[Yilmaz]]. de nieuwe geiser is geplaatst. alles goed. dank jullie wel. mama zegt ook dank je. [[Büşra]], <<ph:m:pairs>>""",
    """Transcriptie voicemailbericht
Datum: [[d:19 april 2024]]
Beller: <<ph:m:dash>>
"goedemiddag met [[Romy]] van {{o:Staedion}}. ik bel over mevrouw [[Benali]], contractnummer [[ds:100348871]]. de regeling is vastgelegd, honderd euro per maand, eerste termijn ontvangen op [[d:28 maart]]. als de termijnen doorlopen wordt het dossier bij de {{r:deurwaarder}} gesloten. met vriendelijke groet"
""",
    """Voicemail [[d:22 april]] 09:47 van <<ph:m:words_pairs>>
hallo met [[Kevin]] [[Schipper]]. ik ben thuis. [[Willemijn]] van het {{o:FACT-team}} komt morgen. mijn moeder zegt dat ik jou moet bellen over de huur. ik wil het zelf regelen. mijn adres is nog steeds [[a:Westduinweg 23 A]]. bel maar""",
    """Voicemail, [[d:23-04-2024]], 12:15, <<ph:l:words>>
goedemiddag met [[Harm]] van de {{o:Kredietbank}}. voor [[Marco]]. de aanvraag van meneer [[Tahiri]] is compleet, registratienummer [[ds:GKB 2024 31109]]. het eerste gesprek met de {{r:budgetconsulent}} is [[d:dinsdag 7 mei]] om negen uur. wil je het hem laten weten, hij neemt bij ons niet op. dank""",
    """Voicemail — onbekend — [[d:24 april]] — 18:30
"met de buurman van [[Arjen]] [[Vos]], [[Bert]], van [[a:Westduinweg 138]]. hij schreeuwt weer de hele middag. ik heb de {{o:politie}} gebeld, 0900-8844. maar jullie moeten ook iets doen. ik ben bang voor mijn kinderen. bel me terug op <<ph:m:mixed>>"
""",
    """Voicemail · <<ph:m:plain>> · [[d:25 apr.]] · 0:48
hoi met [[Natasja]], de zus van [[Wendy]] [[Hermans]]. ik bel omdat het echt niet meer gaat hier in huis. [[Wendy]] moet weg. ik weet dat jullie bezig zijn maar vier maanden is te lang. kan ze niet naar de {{o:Kessler Stichting}}? bel me. mijn adres is [[a:Hoefkade 12 hs]] voor als je langs wil komen""",
    """Voicemail [[d:26 april 2024]] 10:05 van {{o:CIZ}}
goedemorgen, [[Noor]] van het {{o:CIZ}}. het indicatiebesluit voor meneer [[Hendriks]] is afgegeven op [[d:24 april]], kenmerk [[ds:W L Z 24 00 38 17 2]]. het besluit is verstuurd naar de zoon. voor vragen kunt u bellen met ons algemene nummer. goedendag""",
    """voicemail [[d:29-4]] van <<ph:m:digits_spaced>>
met [[Abena]] [[Owusu]] goedemorgen. [[Kwame]] is ziek en ik kan niet naar de afspraak bij de {{o:Sociale Dienst}}. ik heb ze gebeld op 14070 maar ik zat lang in de wacht. wilt u het zeggen? mijn klantnummer daar is [[ds:S Z W 5 5 0 1 2 8 4]]. dank u""",
    """Voicemail · [[d:30 apr.]] · 16:16 · 0:36 · <<ph:m:intl>>
"hallo goedemiddag met [[Zofia]] [[Nowak]]. I am the daughter of [[Piotr]] [[Nowak]]. the social team gave my father my number... ik spreek een beetje Nederlands. ik wil graag mijn vader zien. mijn e-mail is <<e:zofia.nowak@wp.pl:spoken_at>>. thank you"
""",
    """Voicemail [[d:2 mei]] 09:20 van <<ph:m:nul_mixed>>
goedemorgen met mevrouw [[Haddou]] [[Amal]]. ik heb de brief van de gemeente over mijn adres gekregen, het is nu goed, [[a:Slicherstraat negen drie hoog]]. mijn broer [[Karim]] is met mij naar de [[a:Hoefkade 444]] gegaan om de spullen te halen. alles is goed gegaan. dank u wel [[Anouk]]""",
    """Voicemail · [[d:vr 3 mei]] · 11:11
van: <<ph:l:dash>>
"goedemiddag, [[Dirk]] [[Brink]], {{r:zorgcoördinator}} {{o:Het Segment}}. het gaat een stuk beter met [[Abdi]]. hij heeft een {{r:mentor}}, meneer [[Tahiri]], niet verwarren met jullie cliënt, andere [[Tahiri]]. ik wilde het even terugkoppelen. fijn weekend"
""",
    """Voicemail van <<ph:m:commas>> ([[d:6 mei]], 14:50)
hallo ja met de zoon van meneer [[de Jong]], [[Arie]]. mijn vader is gevallen en ligt in het {{o:Haga}} ziekenhuis. hij wil dat de maaltijden even stoppen. zijn klantnummer bij de maaltijdservice is [[ds:M S 8 8 2 0 4]]. ik ben bereikbaar op dit nummer. groeten""",
    """VM [[d:7-5-2024]] 08:02
van: <<ph:m:words_digits>>
"met [[Ilona]] [[Wójcik]]. goedemorgen. ik heb de brief van de {{o:toeslagen}}. ik heb een bedrag terug, zeshonderd euro. is dit goed? het kenmerk is [[ds:T 2 4 1 8 8 3 0 9 5]]. ik woon nog op [[a:loosduinseweg zevenhonderdzeventien b]]. bel mij na vier uur"
""",
    """Voicemail · [[d:8 mei 2024]] · 13:37 · 1:20 · <<ph:m:intl>>
goedemiddag u spreekt met [[Ellen]] de dochter van meneer [[Hoogendoorn]] van de [[a:Stuyvesantstraat 21]]. mijn vader heeft mij verteld dat de mevrouw van het team geweest is, [[Fleur]] geloof ik. ik wil graag weten wat er besproken is want hij vertelt mij niks. ik woon in Groningen dus ik kan niet zomaar langskomen. mijn mail is <<e:ellen.hoogendoorn@gmail.com:spoken_apen>>. alvast bedankt""",
    """voicemail [[d:13 mei]] 10:21 onbekend nummer
goedemorgen met [[Verbeek]] van {{o:Kompas Bewindvoering}}, {{r:bewindvoerder}} van [[Ricardo]] [[Lopes Tavares]]. de boete van het {{o:CJIB}} is betaald, kenmerk [[ds:5000441822901186]]. ik hoor van [[Ricardo]] dat het goed gaat. mijn nummer <<ph:l:paren>>, fijne dag""",
    """Voicemail [[d:14-05-2024]] 17:45 van <<ph:m:pairs>>
hallo met [[Joyce]] [[Martis]]. [[Dani]] heeft een baan! bij de {{o:Gamma}} in {{w:Leidschenveen}}. hij begint [[d:1 juni]]. ik ben zo blij. ik wilde dat even zeggen tegen [[Samira]]. dag""",
    """Voicemail · [[d:15 mei]] · 09:08 · van <<ph:l:words>>
goedemorgen, {{o:Dunea}} met [[Esther]]. ik bel over de regeling van meneer [[Kowalczyk]], [[K O W A L C Z Y K]]. we hebben het rekeningnummer nog niet ontvangen voor de incasso. zonder rekeningnummer stopt de regeling en gaat het naar de incasso. zou u het willen mailen? klantnummer [[ds:8 8 4 1 0 2 7 7]]""",
    """Voicemail van <<ph:m:four4>> · [[d:16 mei]] · 0:29
"met [[Sunil]] [[Ramdhani]]. het budgetplan werkt. ik heb deze maand vijftig euro over. [[Marco]] zei ik moest het laten weten. en de {{o:voedselbank}} wil een nieuwe verwijzing, mijn pasje loopt af op [[d:31 mei]]"
""",
    """Voicemail ([[d:17 mei]], 12:00)
"goedemiddag dit is [[Meike]] van de {{o:Reclassering}}. ik bel over meneer [[Oruç]]. hij heeft zijn afspraak gemist. kun je even kijken of hij nog op de [[a:Vaillantlaan 127]] woont? of is hij bij zijn moeder? zijn {{o:Reclassering}} zaaknummer is [[ds:R N 2 4 / 0 0 7 7 1]]. bel mij op <<ph:m:dash>>"
""",
    """Voicemail [[d:21 mei]] 15:15 <<ph:m:plain>>
hallo met [[Natasja]] nog een keer. [[Wendy]] heeft de sleutel van haar nieuwe kamer gekregen! bij de {{o:Kessler Stichting}} in {{w:Transvaal}}. het adres is [[a:Wouwermanstraat 54 kamer 3]]. ik ben zo opgelucht. en [[Wendy]] ook. dank jullie""",
    """Voicemail · [[d:22 mei]] · 08:45 · 0:15
van: <<ph:m:words_pairs>>
"goedemorgen [[Priya]] met [[Sterre]], mijn vader heeft de {{r:thuisbegeleider}} weer binnengelaten. het gaat goed. tot vrijdag"
""",
]

# ============================================================ more calls, intakes and memos, identifier-heavy
T += [
    """Ingesproken intake, nieuwe cliënt {{w:Spoorwijk}}. Personalia. Naam [[Yusuf]] [[Demir]]. Geboortedatum [[d:zeventien zeven negentienzesentachtig]]. BSN <<bsn:words_digits>>. Adres [[a:Rijswijkseweg 88 C]], postcode <<pc:2516HD:words>>. Telefoon <<ph:m:words_pairs>>. Mail <<e:yusufdemir86@hotmail.com:spoken_apen>>. Nieuwe regel. Hulpvraag: schulden na faillissement van zijn kapperszaak, huurachterstand, slaapproblemen. Verwezen door de {{r:huisarts}}. Eerste afspraak {{r:schuldhulpverlener}} [[d:dinsdag 14 mei]].""",
    """Spreker 1: {{o:ING}} klantenservice, goedemiddag met [[Thomas]]
Spreker 2: goedemiddag, [[Marco]] van het sociaal wijkzorgteam. ik zit naast mevrouw [[Kaur]], zij wil een basisbankrekening openen voor haar schoonvader die onder bewind komt
Spreker 1: meneer moet daarvoor zelf langskomen met zijn ID, of de {{r:bewindvoerder}}
Spreker 2: dat dacht ik al. kunt u wel kijken of zijn oude rekening nog actief is. <<iban:INGB:spoken_letters>>
Spreker 1: daar mag ik niks over zeggen zonder machtiging
Spreker 2: helder. dan komt de {{r:bewindvoerder}} met de beschikking van de {{r:kantonrechter}}, zaaknummer [[ds:C/09/661204 / BM RK 24-118]]
Spreker 1: dan kan het geregeld worden, ja""",
    """Voicemail van <<ph:m:words_digits>> · [[d:27 mei]] · 0:44
"goedemiddag met [[Tomasz]] [[Zieliński]], de huisbaas van [[Piotr]]. de huur van mei is niet binnen. ik wil graag dat het wordt betaald op mijn rekening <<iban:RABO:spoken_words>>, niet meer contant. en hij moet de vuilnis niet in de gang zetten. ik ben op <<ph:m:pairs>>, dat is mijn andere nummer. dank u"
""",
    """notitie verhuizing mevrouw [[haddou]]. oud adres [[a:hoefkade 444]] <<pc:2526BV:lower>>. nieuw adres [[a:slicherstraat 9-III]] <<pc:2525XN:lower>>. doorgegeven aan: {{o:sociale dienst}}, {{o:belastingdienst}} toeslagen, {{o:cz}}, {{o:eneco}}. nog doen: {{o:duo}} en de {{r:huisarts}}. haar rekening voor de toeslagen <<iban:SNSB:lower>>. [[d:20 mei]] klaar.""",
    """Spreker 1: goedemorgen {{o:Gemeente Den Haag}}, team bijzondere bijstand, met [[Rianne]]
Spreker 2: goedemorgen, met [[Fleur]] [[Jacobs]], {{r:welzijnscoach}} in het wijkzorgteam {{w:Bezuidenhout}}. ik bel over een aanvraag voor een wasmachine voor meneer [[Hoogendoorn]]
Spreker 1: BSN?
Spreker 2: <<bsn:spaced3>>
Spreker 1: geboortedatum
Spreker 2: [[d:zes zes negenendertig]]... nee, [[d:6 juni 1938]]
Spreker 1: ik zie de aanvraag, ontvangen [[d:2 mei]]. er mist een bankafschrift van <<iban:ASNB:grouped>>, de laatste drie maanden
Spreker 2: de dochter stuurt die. naar welk adres
Spreker 1: per post of via het loket. niet per mail, sorry
Spreker 2: dan doe ik het via het {{o:Servicepunt XL}} in {{w:Bezuidenhout}}""",
    """Voicemail [[d:28-05-2024]] 13:01 van <<ph:l:digits_spaced>>
goedemiddag met [[Ans]] [[Pronk]], de buurvrouw van mevrouw [[de Vries]] op de [[a:Zuiderparklaan 341]]. ik zie dat haar post niet meer wordt opgehaald en de rolluiken zijn dicht. is ze opgenomen? ik maak me zorgen. ik heet [[Ans]] en ik woon naast haar, aan de kant van de speeltuin. bel me alstublieft""",
    """Dictaat intake. Mevrouw [[Nasra]] [[Abdullahi]], [[d:eenendertig twaalf negentienvijfennegentig]]. Adres [[a:Jacob van der Doesstraat 140]], <<pc:2522JV:spaced_letters>>. Alleenstaande moeder, drie kinderen: [[Hodan]] zeven, [[Ayaan]] vijf, [[Zakariye]] één. Sinds vier jaar in Nederland. BSN mevrouw <<bsn:digits_spaced>>. Rekening <<iban:INGB:spoken_words>>. Vraag: kinderopvangtoeslag moet terugbetaald worden, vierduizend euro. Mevrouw spreekt Somalisch en wat Nederlands, {{r:tolk}} via {{o:Tolkcontact}}. Telefoon <<ph:m:mixed>>.""",
    """S1: met [[Kees]] [[Pronk]], {{o:Haagse Wijk- en Woonzorg}}
S2: hoi [[Kees]], [[Sanne]] van het wijkzorgteam {{w:Escamp}}. ik heb een verwijzing voor jullie, huishoudelijke hulp. meneer [[Baldewsingh]], [[a:Leyweg 204 B]], <<pc:2545CZ:alphabet>>
S1: heeft hij een Wmo-beschikking
S2: ja, beschikkingsnummer [[ds:WMO-HH-24-17230]], ingangsdatum [[d:1 juni]]
S1: en hoe is hij bereikbaar
S2: <<ph:l:words>>, of zijn nicht [[Kavita]] op <<ph:m:dash>>
S1: helder. we plannen de intake in week 23""",
    """Voicemail · [[d:29 mei]] · 10:10 · van <<ph:m:intl_words>>
hallo goedemorgen met [[Gurpreet]] [[Kaur]]. de traplift is geplaatst bij mijn schoonvader. hartelijk dank aan [[Hatice]] en [[Ruud]]. de factuur is naar ons gestuurd, moet die naar de gemeente? het factuurnummer is [[ds:T L 2 4 0 5 5 1 8]]. mijn mail is <<e:g.kaur1982@hotmail.com:spoken_at>>.""",
    """dictaat korte notitie. meneer [[demir]] heeft alle brieven meegenomen naar het {{o:servicepunt xl}} in {{w:spoorwijk}}. vijftien schuldeisers. grootste: de {{o:belastingdienst}}, aanslagnummer [[ds:8 8 1 4 . 2 2 0 . 4 7 1 . H . 2 3]]. verder {{o:ziggo}} klantnummer [[ds:2 2 0 9 4 4 8 1]] en een {{r:deurwaarder}}. mail van zijn ex-compagnon [[Serkan]] [[Aksoy]], <<e:s.aksoy.kapper@gmail.com:plain>>, die zegt dat de schulden van de zaak op naam van meneer [[demir]] staan. uitzoeken.""",
    """Spreker 1: {{o:CZ}}, goedemiddag, met [[Ayşe]]
Spreker 2: goedemiddag, met [[Anouk]] van het wijkzorgteam. ik zit hier met mevrouw [[Haddou]], ze wil haar adres wijzigen
Spreker 1: mag ik het relatienummer
Spreker 2: [[ds:1 0 4 4 3 8 9 2 0]]
Spreker 1: en de geboortedatum
Spreker 2: [[d:vier negen negentiennegentig]]
Spreker 1: nieuw adres?
Spreker 2: [[a:Slicherstraat negen drie]], <<pc:2525XN:letter_names>>
Spreker 1: verwerkt. en de premie gaat nog van dezelfde rekening?
Spreker 2: nee, van <<iban:SNSB:plain>>""",
    """Voicemail [[d:31-05]] 16:40 · onbekend nummer
"goedemiddag met [[Lisa]] van de {{o:Rabobank}} bijzonder beheer. ik probeer de {{r:bewindvoerder}} van meneer [[Kapitein]] te bereiken... nee, sorry, de verhuurder [[Kapitein]]. er is een betaling teruggekomen van [[Boukhari]] op rekening <<iban:RABO:grouped>>. wilt u mij terugbellen op <<ph:l:dash>>"
""",
    """spreker 1 met [[bram]] {{o:sociaal raadslieden}}
spreker 2 hoi [[bram]] met [[dewi]]. ik heb een vraag over mevrouw [[nasra abdullahi]]. ze moet kinderopvangtoeslag terugbetalen
spreker 1 herstel toeslagen? valt ze onder de hersteloperatie
spreker 2 dat weet ik niet. ze heeft een brief van [[d:drie mei]] met een kenmerk, [[ds:T O E 2 4 / 0 9 9 1 7 3]]
spreker 1 stuur me die maar. en haar BSN
spreker 2 <<bsn:mixed>>
spreker 1 dan kijk ik het na bij de {{o:UHT}}. ik bel je [[d:donderdag de zesde]]""",
    """Notitie huisbezoek {{w:Morgenstond}}. Meneer en mevrouw [[Kroon]] ([[Kees]] en [[Nel]]), [[a:Melis Stokelaan 2501]], <<pc:2541GN:std>>. Meneer heeft Parkinson, mevrouw is mantelzorger en zelf net geopereerd. Ze hebben geen kinderen. Hulp van de buren, familie [[Mohan]]. Aanvraag Wmo huishoudelijke hulp, kenmerk [[ds:WMO 24 0 8 8 3 2]]. Mevrouw vraagt of ze een parkeerkaart kan krijgen. Contact: <<ph:l:paren>>, mail [[e:kroon.nel@planet.nl]].""",
    """Voicemail van <<ph:m:commas>> · [[d:3 juni]] · 0:31
hallo met [[Hodan]]... nee met [[Nasra]], de moeder van [[Hodan]]. ik heb de {{r:tolk}} gesproken. de afspraak is goed. [[d:woensdag vijf juni]]. ik kom met de kinderen want ik heb geen oppas. dank u""",
    """[00:00:00] Spreker 1: {{o:Toeslagen}}, goedemiddag met [[Peter]]
[00:00:03] Spreker 2: goedemiddag, [[Hatice]] [[Öztürk]], sociaal wijkzorgteam {{w:Transvaal}}. ik bel met mevrouw [[Yilmaz]]. ze zit naast me
[00:00:09] Spreker 1: mevrouw, uw burgerservicenummer
[00:00:11] Spreker 3: <<bsn:words_groups>>
[00:00:18] Spreker 1: en uw geboortedatum
[00:00:20] Spreker 3: [[d:vijftien juli negentiendrieënvijftig]]
[00:00:24] Spreker 1: dank u. waar kan ik mee helpen
[00:00:26] Spreker 2: de huurtoeslag is gestopt sinds mei. mevrouw heeft geen brief gehad
[00:00:30] Spreker 1: er is een brief gestuurd naar [[a:Paul Krugerlaan 12]], <<pc:2571HW:pairs>>, op [[d:18 april]]""",
    """Dictaat. Bezoek bij [[Aisha]] [[Kamara]] in {{w:Ypenburg}}, [[a:Laan van Hoornwijck 54]], <<pc:2497ZR:nospace>>. Vrouw uit Sierra Leone, vijfenvijftig, weduwe. Zoon [[Ibrahim]] woont in Londen. Ze is opgenomen geweest met suiker en is sindsdien onzeker. {{r:wijkverpleegkundige}} komt twee keer per week. Vraag: sociale contacten. Ze gaat naar een kerk in Rijswijk. Aanmelding bij {{o:Xtra}} voor een maatje. Telefoon <<ph:m:words_digits>>. Geen mail. BSN <<bsn:pairs>>.""",
    """Spreker 1: met [[Shirley]] van {{o:Vesting Finance}}
Spreker 2: goedemiddag, met [[Marco]] [[de Graaf]], {{r:schuldhulpverlener}}. ik bel over mevrouw [[Kok]]. ze zit in een minnelijk traject via de {{o:Kredietbank}} en jullie blijven incasseren
Spreker 1: wat is het dossiernummer
Spreker 2: [[ds:V F 7 0 0 3 4 1 8 2]]
Spreker 1: ik zie geen moratorium
Spreker 2: dat is [[d:12 april]] gestuurd. ik stuur het opnieuw. naar [[e:shirley punt dekker apenstaartje vestingfinance punt nl]]?
Spreker 1: ja. en de incasso van <<iban:ABNA:loose>> stop ik vandaag""",
    """Voicemail · [[d:4 juni 2024]] · 09:12 · <<ph:m:pairs>>
"ja goedemorgen met [[Yusuf]] [[Demir]]. ik kan [[d:dinsdag 14 mei]]... nee dat is geweest. ik bedoel de volgende afspraak kan ik niet. mijn dochter [[Elif]] heeft diploma-uitreiking. kan het op donderdag? mail is ook goed, <<e:yusufdemir86@hotmail.com:half>>"
""",
    """ingesproken notitie na telefoon met de {{r:woonconsulent}} van {{o:Staedion}}, [[Wendy]] [[Pauw]]. huurder [[Nadia]] [[Boukhari]] verhuist naar een kleinere woning in {{w:Kraayenstein}}, [[a:Kraayensteinlaan 91]], <<pc:2555WB:words>>, sleuteloverdracht [[d:vrijdag 14 juni]]. oude woning [[a:Van Ostadestraat 231-A]] is van de particuliere verhuurder [[Kapitein]]. achterstand daar wordt via de {{o:Kredietbank}} afgelost. nieuw huurcontract nummer [[ds:3 0 0 4 5 7 1 2]].""",
    """Spreker 1: hallo
Spreker 2: hallo, met [[Priya]] van het wijkzorgteam. spreek ik met [[Kavita]]
Spreker 1: ja. over mijn oom?
Spreker 2: ja, meneer [[Baldewsingh]]. de huishoudelijke hulp begint [[d:maandag 3 juni]]. ze heet [[Gabriëlla]] en komt van {{o:Haagse Wijk- en Woonzorg}}
Spreker 1: oké. mijn oom is wel slechthorend, ze moet hard kloppen. [[a:Leyweg tweehonderdvier B]], de bel is van de buren
Spreker 2: ik geef het door. en hij wilde zijn rekeningnummer wijzigen voor de eigen bijdrage, heeft u het nieuwe
Spreker 1: ja, <<iban:RABO:mixed>>
Spreker 2: top, ik geef het door aan het {{o:CAK}}""",
    """Voicemail van <<ph:l:paren>> · [[d:5-6-2024]]
goedemiddag, met [[Yvonne]] van de {{o:Stichting Mooi}}, locatie {{w:Morgenstond}}. meneer [[Kroon]] van de [[a:Melis Stokelaan 2501]] heeft zich aangemeld voor de Parkinsongroep. mevrouw [[Kroon]] vroeg of jullie kunnen helpen met vervoer. het nummer van de groep is [[ds:M O 2 4 1 1]]. bel me maar terug""",
    """Dictaat huisbezoek [[d:6 juni]] [[Zofia]] en [[Piotr]] [[Nowak]] samen op de [[a:Laakkade 71 B]]. eerste ontmoeting in twaalf jaar. [[Zofia]] woont in Leiden, [[a:Hooigracht 40]], <<pc:2312KT:std>>. emotioneel gesprek. [[Piotr]] wil haar vaker zien. ze gaan samen naar de {{o:Poolse kerk}} in {{w:Laak}}. [[Zofia]] vroeg of ze contactpersoon mag worden, toestemming van [[Piotr]] vastgelegd. haar telefoon <<ph:m:intl>>, mail <<e:zofia.nowak@wp.pl:plain>>.""",
    """Spreker 1: {{o:DSW}} zorgverzekeraar, met [[Niels]]
Spreker 2: goedemorgen, [[Joost]] van het wijkzorgteam. ik heb een cliënt die onverzekerd is geraakt, mevrouw [[Warsame]]
Spreker 1: heeft ze bij ons een polis gehad
Spreker 2: tot december. polisnummer [[ds:0 0 7 4 1 1 9 2 8]]
Spreker 1: ik zie het. opgezegd wegens wanbetaling. ze kan opnieuw aanmelden als de achterstand is geregeld
Spreker 2: de schuld loopt via het {{o:CAK}}. kunnen de kinderen [[Abdi]], [[Hamza]] en [[Yusuf]] wel meteen verzekerd worden
Spreker 1: kinderen zijn gratis meeverzekerd, maar wel op een polis van een ouder. ze moet zich gewoon aanmelden. BSN's van de kinderen heb ik nodig
Spreker 2: van [[Abdi]] heb ik hier <<bsn:dots>>. de rest stuurt moeder""",
    """Voicemail · [[d:7 jun]] · 18:10 · <<ph:m:words_pairs>>
"goedenavond met [[Kofi]]. note to self. [[Owusu]] heeft de huurtoeslagbrief, kenmerk [[ds:HT 24 0 6 6 1 9]]. morgen bellen met {{o:Toeslagen}}. en [[Piotr]] zijn huisbaas [[Zieliński]] terugbellen."
""",
    """Spraaknotitie na bezoek {{w:Waldeck}}. Mevrouw [[Dekker]], [[Wil]], [[a:Kijkduinsestraat 1240]], <<pc:2554HR:digits_words>>. Tachtig jaar, weduwe, twee honden. Dochter [[Sylvia]] woont in Spanje. Mevrouw valt regelmatig, de alarmknop draagt ze niet. {{r:ergotherapeut}} komt [[d:dinsdag 11 juni]]. Mevrouw wil beslist niet naar een verzorgingshuis vanwege de honden. Contact dochter via WhatsApp, [[ph:+34 6 12 88 40 71]]. Mail dochter <<e:sylvia.dekker@telefonica.net:spoken_apen>>.""",
    """S1: met [[Hans]], {{o:Vitens}}... nee, {{o:Dunea}}, excuus, nieuw hier
S2: haha geeft niks. met [[Thijs]] van het wijkzorgteam. ik zou nog een rekeningnummer doorgeven voor meneer [[Kowalczyk]], klantnummer [[ds:88410277]]
S1: zeg het maar
S2: <<iban:INGB:spoken_words>>
S1: ik herhaal: <<iban:INGB:plain>>
S2: nee, dat is een ander nummer. ik stuur het per mail, dan gaat het goed
S1: prima, naar [[e:hans.vermeulen@dunea.nl]]""",
    """Voicemail [[d:10 juni]] 08:58 · van <<ph:l:intl>>
goedemorgen met [[Monique]], {{r:praktijkondersteuner}} bij gezondheidscentrum {{w:Ypenburg}}. ik bel over mevrouw [[Kamara]], geboren [[d:23-03-1969]]. haar suikers zijn slecht geregeld en ze komt niet naar de controles. kunnen we een gezamenlijk huisbezoek plannen? ik ben op dinsdag en donderdag bereikbaar op dit nummer.""",
    """dictaat. aanmelding {{o:xtra}} maatjesproject voor mevrouw [[kamara]] verstuurd, kenmerk [[ds:X T R 2 4 0 6 1 7]]. maatje wordt waarschijnlijk [[Gerdien]], ook uit de kerk. contactgegevens doorgestuurd: [[a:laan van hoornwijck 54]], <<pc:2497ZR:lower>>, <<ph:m:nul_mixed>>. mevrouw vond het spannend maar wil het proberen.""",
    """Spreker 1: goedemiddag, {{o:Odido}} met [[Rick]]
Spreker 2: goedemiddag, met [[Ilse]] van het wijkzorgteam. ik bel namens meneer [[Jansen]], hij heeft een volmacht getekend. er staan twee abonnementen op zijn naam die hij niet herkent
Spreker 1: welke nummers
Spreker 2: <<ph:m:dash>> en <<ph:m:pairs>>
Spreker 1: die zijn afgesloten in de winkel in {{w:Leidschenveen}} op [[d:2 februari]]. met een ID van meneer
Spreker 2: meneer is al twee jaar niet buiten geweest. dit is fraude. zijn BSN is <<bsn:plain>>, en hij woont op [[a:Weimarstraat 301-1]]
Spreker 1: dan moet hij aangifte doen. ik zet de nummers op geblokkeerd""",
    """Voicemail · [[d:11 jun]] · 14:44 · 0:26 · <<ph:m:plain>>
"met [[Ellen]] [[Hoogendoorn]] nog een keer. de wasmachine voor mijn vader is goedgekeurd. kunt u doorgeven aan [[Fleur]]? mijn vader zijn rekening is <<iban:ASNB:grouped>>, voor de uitbetaling. dank u wel"
""",
    """Notitie telefonisch contact met [[Tomasz]] [[Zieliński]], verhuurder [[a:Laakkade 71]]... dus verhuurder van [[Piotr]]. Huur mei alsnog betaald door de {{r:bewindvoerder}}. Meneer [[Zieliński]] wil dat de huur voortaan automatisch gaat naar <<iban:RABO:loose>>. Doorgegeven aan [[van Rijn]] bewind. Verhuurder klaagt over vuilnis in de gang, besproken met [[Piotr]] op [[d:12 juni]].""",
]

# ============================================================ short extras: memos and voicemails with many numbers
T += [
    """spraakmemo voor mezelf, [[d:vrijdag 7 juni]]. drie dingen. een: bij {{o:Eneco}} het voorschot van meneer [[Ramdhani]] laten verlagen, van honderdvijfenzeventig naar honderdtwintig, klantnummer [[ds:3 3 0 4 1 8 8 7]]. twee: de kinderbijslag van mevrouw [[Abdullahi]] loopt via de {{o:SVB}}, nummer [[ds:K B 7 7 0 4 1 2 9]]. drie: teamoverleg dinsdag om half tien, week 24, casus inbrengen. einde memo""",
    """Voicemail · [[d:10-06-2024]] · 07:41 · <<ph:m:plain>>
"goedemorgen, ik ben [[Wim]], de {{r:huismeester}} van de flat aan de Melis Stokelaan. er ligt al twee weken post op de mat bij [[a:Melis Stokelaan 1133]], dat is toch jullie meneer? de buren hebben hem wel gezien hoor, maar hij doet niet open. bel maar op dit nummer"
""",
    """Notitie. Bedragen voor het budgetplan van mevrouw [[Owusu]]: bijstand 1.302 euro, huurtoeslag 412,50, zorgtoeslag 123, kinderbijslag per kwartaal. Vaste lasten: huur 844, energie 140, water 19, zorgverzekering 2 x 151, telefoon 25. Leefgeld per week ongeveer 70 euro. Kosten school [[Kwame]] 45 euro per jaar. Rekening <<iban:INGB:grouped>>. Besproken [[d:11 juni]], akkoord.""",
    """voicemail [[d:12-6]] 09:02 van <<ph:m:words_pairs>>
ja hoi met [[ilona]]. ik ben verhuisd, nieuw adres [[a:troelstrakade vierentachtig]], postcode <<pc:2531AE:digits_words>>. de oude sleutel heb ik ingeleverd. vergeet niet mijn adres te veranderen bij de {{o:kessler stichting}}. doei""",
    """Dictaat, kort. Telefonisch met de {{r:wijkverpleegkundige}} van {{o:Florence}} gesproken over mevrouw [[Dekker]]. Ze is [[d:zaterdag 8 juni]] gevallen, geen breuk. Alarmering wordt alsnog geïnstalleerd, ordernummer [[ds:ALR-24-66190]]. Dochter in Spanje op de hoogte via <<e:sylvia.dekker@telefonica.net:plain>>. Volgende evaluatie over zes weken, in juli.""",
    """Voicemail · [[d:13 jun]] · 16:55 · van <<ph:l:spaced>>
"goedemiddag, met [[Hoekstra]], {{r:huisarts}}. ik bel over mevrouw [[Lin]], geboortedatum [[d:vier tien zesenvijftig]]. ze heeft een verwijzing naar {{o:Indigo}}, de intake is [[d:19 juni]]. zou iemand van jullie mee kunnen? haar dochter is in China. dank u"
""",
    """notitie. sms ontvangen van onbekend nummer <<ph:m:digits_spaced>>: iemand die zegt dat hij de broer van meneer [[Oruç]] is en vraagt naar zijn adres. niks gegeven. doorgezet naar [[Meike]] van de {{o:reclassering}}, zaak [[ds:RN 24/00771]]. nummer geblokkeerd op mijn werktelefoon.""",
    """Voicemail [[d:14 juni]] 11:20 · onbekend
"hallo, met de {{o:Voedselbank Haaglanden}}, uitgiftepunt {{w:Laak}}. we missen de verwijzing voor klantnummer [[ds:V B 4 4 1 0 9]], mevrouw [[Jagessar]]. de oude loopt af op [[d:28 juni]]. graag voor die tijd een nieuwe sturen naar <<e:uitgifte.laak@voedselbankhaaglanden.nl:spoken_apen>>... o, dat is het algemene adres. groetjes"
""",
]


# ============================================================ build + verify
def build():
    rows = []
    for i, tpl in enumerate(T):
        rng = random.Random("heldout88-%04d" % i)
        marked = expand(tpl.strip("\n"), rng)
        text, pii, keep = strip(marked)
        rows.append({"id": "ho88-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def verify(rows):
    seen = set()
    for r in rows:
        assert r["id"] not in seen
        seen.add(r["id"])
        t = r["text"]
        assert r["pii"], r["id"]
        spans = sorted(r["pii"] + r["keep"], key=lambda s: s["start"])
        for s in spans:
            assert t[s["start"] : s["end"]] == s["text"], (r["id"], s)
            assert s["text"] == s["text"].strip(), (r["id"], s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)
        for s in r["pii"]:
            if s["label"] == "bsn":
                d = re.sub(r"\D", "", s["text"])
                if d:  # spoken forms are checked at generation time
                    assert len(d) != 9 or bsn_ok(d), (r["id"], s)
            if s["label"] == "iban" and re.fullmatch(
                r"[A-Z]{2}\d{2}[A-Z]{4}\d{10}", s["text"].replace(" ", "")
            ):
                assert iban_ok(s["text"]), (r["id"], s)


def main():
    rows = build()
    verify(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout88.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = [len(r["text"].split()) for r in rows]
    print(
        "texts",
        len(rows),
        "avg words %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    tot = sum(pc.values())
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", dict(kc.most_common()))


if __name__ == "__main__":
    main()
