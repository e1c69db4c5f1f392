#!/usr/bin/env python3
"""Held-out corpus 70: speech-to-text register (dictated car notes, voicemails,
transcribed phone calls) for the Dutch personal-data finder.

Writes heldout70.jsonl next to this script. Deterministic (fixed seeds).

Markup in the texts below:
  [[label:text]]   personal data (pii)
  {{label:text}}   context that must stay readable (keep)
  <<kind:style>>   generated value (bsn, iban, phone, pc), expanded into [[label:...]]
"""

import json
import os
import random
import re

# ---------------------------------------------------------------- numbers in words
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


def w(n, rng=None):
    """0..9999 in Dutch words (as speech-to-text writes them)."""
    if n < 20:
        s = UNITS[n]
        if n == 1 and rng is not None and rng.random() < 0.3:
            s = "één"
        return s
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        uw = UNITS[u]
        link = "ën" if uw.endswith("e") else "en"
        return uw + link + TENS[t]
    if n < 1000:
        h, r = divmod(n, 100)
        head = "honderd" if h == 1 else UNITS[h] + "honderd"
        return head + (w(r) if r else "")
    th, r = divmod(n, 1000)
    head = "duizend" if th == 1 else UNITS[th] + "duizend"
    return head + (" " + w(r) if r else "")


def digit_words(s, rng=None):
    out = []
    for ch in s:
        if ch.isdigit():
            d = int(ch)
            word = UNITS[d]
            if d == 1 and rng is not None and rng.random() < 0.4:
                word = "één"
            out.append(word)
    return " ".join(out)


def pair_words(s, rng=None):
    """'0612345678' -> 'nul zes twaalf vierendertig ...' (pairs; a leading 0 is read apart)."""
    out = []
    for i in range(0, len(s), 2):
        chunk = s[i : i + 2]
        if len(chunk) == 1:
            out.append(UNITS[int(chunk)])
        elif chunk[0] == "0":
            out.append("nul " + UNITS[int(chunk[1])])
        else:
            out.append(w(int(chunk)))
    return " ".join(out)


# ---------------------------------------------------------------- generators
def make_bsn(rng):
    while True:
        d = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        d9 = s % 11
        if d9 < 10:
            d.append(d9)
            s2 = sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]
            assert s2 % 11 == 0
            return "".join(map(str, d))


def bsn_ok(digits):
    if len(digits) != 9 or not digits.isdigit():
        return False
    d = list(map(int, digits))
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return 98 - int(num) % 97


def iban_ok(iban):
    iban = iban.replace(" ", "").upper()
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(rng):
    bank = rng.choice(BANKS)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    if acct[0] == "0" and bank != "INGB":
        acct = str(rng.randint(1, 9)) + acct[1:]
    bban = bank + acct
    return "NL%02d%s" % (iban_check("NL", bban), bban)


def make_mobile(rng):
    return "06" + str(rng.randint(1, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(7))


def make_landline(rng, area="070"):
    first = {"070": "3", "010": "4", "015": "2", "071": "5", "079": "3"}[area]
    rest = first + "".join(str(rng.randint(0, 9)) for _ in range(6))
    return area, rest


HES = ["eh", "ehm", "eh", "uh"]


def render_phone(rng, style):
    if style.startswith("l"):  # landline
        area = rng.choice(["070", "070", "070", "015", "079", "010"])
        if style in ("l070w", "l070s", "l070d", "l070p", "l070c"):
            area = "070"
        area, rest = make_landline(rng, area)
        if style in ("l070d", "ldash"):
            return "%s-%s" % (area, rest)
        if style in ("l070s", "lsp"):
            return "%s %s %s %s" % (area, rest[:3], rest[3:5], rest[5:])
        if style == "l070p":
            return "(%s) %s %s %s" % (area, rest[:3], rest[3:5], rest[5:])
        if style == "l070c":
            return area + rest
        if style in ("l070w", "lw"):
            aw = {
                "070": "nul zeventig",
                "015": "nul vijftien",
                "079": "nul negenenzeventig",
                "010": "nul tien",
            }[area]
            return "%s %s %s %s" % (
                aw,
                digit_words(rest[:3], rng),
                w(int(rest[3:5])) if rest[3] != "0" else "nul " + UNITS[int(rest[4])],
                w(int(rest[5:])) if rest[5] != "0" else "nul " + UNITS[int(rest[6])],
            )
        if style == "lsingle":
            return digit_words(area + rest, rng)
        return "%s-%s" % (area, rest)
    m = make_mobile(rng)
    a, b = m[:2], m[2:]
    if style == "dash":
        return "06-" + b
    if style == "sp2":
        return "06 " + " ".join(b[i : i + 2] for i in range(0, 8, 2))
    if style == "sp4":
        return "06 %s %s" % (b[:4], b[4:])
    if style == "compact":
        return m
    if style == "intl":
        return rng.choice(
            [
                "+31 6 %s" % b,
                "+316 %s" % " ".join(b[i : i + 2] for i in range(0, 8, 2)),
                "+31 (0)6 %s %s" % (b[:4], b[4:]),
                "0031 6 %s" % b,
            ]
        )
    if style == "single":
        return digit_words(m, rng)
    if style == "pairs":
        return pair_words(m, rng)
    if style == "commas":
        return "06, " + ", ".join(b[i : i + 2] for i in range(0, 8, 2))
    if style == "wcommas":
        return ", ".join(pair_words(m[i : i + 2], rng) for i in range(0, 10, 2))
    if style == "mixed":
        parts = ["06" if rng.random() < 0.6 else "nul zes"]
        for i in range(0, 8, 2):
            ch = b[i : i + 2]
            parts.append(ch if rng.random() < 0.5 else pair_words(ch, rng))
        return " ".join(parts)
    if style == "hes":
        parts = ["nul zes"]
        for i in range(0, 8, 2):
            if rng.random() < 0.35:
                parts.append(rng.choice(HES) + ",")
            parts.append(pair_words(b[i : i + 2], rng))
        if not any(p.endswith(",") for p in parts):
            parts.insert(2, "eh,")
        return " ".join(parts)
    if style == "intlw":
        return "plus eenendertig zes " + pair_words(b, rng)
    if style == "half":  # digits first half, words second half
        return "06 %s %s" % (b[:4], pair_words(b[4:], rng))
    raise ValueError(style)


def render_bsn(rng, style):
    b = make_bsn(rng)
    if style == "plain":
        return b
    if style == "dots":
        return "%s.%s.%s" % (b[:4], b[4:6], b[6:])
    if style == "sp3":
        return "%s %s %s" % (b[:3], b[3:6], b[6:])
    if style == "spaced":
        return " ".join(b)
    if style == "single":
        return digit_words(b, rng)
    if style == "pairs":
        return pair_words(b, rng)
    if style == "triples":
        out = []
        for i in range(0, 9, 3):
            t = b[i : i + 3]
            out.append(w(int(t)) if t[0] != "0" else "nul " + pair_words(t[1:]))
        return " ".join(out)
    if style == "mixed":
        return "%s %s" % (b[:5], digit_words(b[5:], rng))
    raise ValueError(style)


def render_iban(rng, style):
    ib = make_iban(rng)
    cc, chk, bank, acct = ib[:2], ib[2:4], ib[4:8], ib[8:]
    if style == "compact":
        return ib
    if style == "spaced":
        return " ".join(ib[i : i + 4] for i in range(0, 18, 4))
    if style == "lower":
        return ib.lower()
    if style == "words":
        return "NL %s %s %s" % (
            w(int(chk)) if chk[0] != "0" else "nul " + UNITS[int(chk[1])],
            bank,
            digit_words(acct, rng),
        )
    if style == "letters":
        return "N L %s %s %s %s %s" % (chk, " ".join(bank), acct[:4], acct[4:8], acct[8:])
    if style == "pairs":
        return "NL %s %s %s" % (chk, bank, pair_words(acct, rng))
    if style == "spokenbank":
        return "NL%s %s %s" % (chk, bank, " ".join(acct[i : i + 2] for i in range(0, 10, 2)))
    raise ValueError(style)


PC_LETTERS = "ABCEGHJKLMNPRSTVWXZ"
LETTER_SPOKEN = {
    "A": "a",
    "B": "bee",
    "C": "cee",
    "D": "dee",
    "E": "ee",
    "G": "gee",
    "H": "ha",
    "J": "jee",
    "K": "ka",
    "L": "el",
    "M": "em",
    "N": "en",
    "P": "pee",
    "R": "er",
    "S": "es",
    "T": "tee",
    "V": "vee",
    "W": "wee",
    "X": "iks",
    "Z": "zet",
}


def make_pc(rng):
    num = rng.randint(2491, 2597)
    while True:
        l = rng.choice(PC_LETTERS) + rng.choice(PC_LETTERS)
        if l not in ("SS", "SA", "SD"):
            return str(num), l


def render_pc(rng, style):
    n, l = make_pc(rng)
    if style == "std":
        return "%s %s" % (n, l)
    if style == "nospace":
        return n + l
    if style == "lower":
        return "%s %s" % (n, l.lower())
    if style == "spl":
        return "%s %s %s" % (n, l[0], l[1])
    if style == "pairs":
        return "%s %s %s" % (
            w(int(n[:2])),
            w(int(n[2:])) if n[2] != "0" else "nul " + UNITS[int(n[3])],
            l,
        )
    if style == "single":
        return "%s %s %s" % (digit_words(n), l[0], l[1])
    if style == "spoken":
        return "%s %s %s" % (n, LETTER_SPOKEN[l[0]], LETTER_SPOKEN[l[1]])
    raise ValueError(style)


GEN = {
    "bsn": ("bsn", render_bsn),
    "iban": ("iban", render_iban),
    "phone": ("phone", render_phone),
    "pc": ("postcode", render_pc),
}

# ---------------------------------------------------------------- texts
TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


# ---- batch 1: dictated notes in the car after a home visit
T(
    """Notitie huisbezoek mevrouw [[person:Yilmaz]] punt nieuwe regel Vandaag om half elf langs geweest op de [[address:Goudenregenstraat honderdzeventien]] komma ze was thuis met haar zoon [[person:Murat]] punt Mevrouw heeft veel pijn aan haar knie en komt de trap niet meer af punt Ik ga een aanvraag doen bij het {{org:Wmo-loket}} voor een traplift of verhuizing punt nieuwe regel Afspraak met de {{role:ergotherapeut}} staat op [[date:dinsdag twaalf maart]] punt einde notitie"""
)

T(
    """Oké, opname loopt. Dit is [[person:Marloes]], {{role:wijkverpleegkundige}}, het is kwart over vier. Net bij meneer [[person:de Wit]] geweest, [[person:Cor de Wit]], [[address:Zuiderparklaan 62]] in {{wijk:Moerwijk}}. Wondzorg gedaan, been ziet er beter uit. Hij vroeg weer naar zijn dochter [[person:Roos]], die heeft al drie weken niet gebeld. Ik heb het nummer van [[person:Roos]] niet, hij zegt het is [[phone:<<phone:pairs>>]] maar weet het niet zeker. Morgen even checken met de {{role:casusregisseur}}."""
)

T(
    """Verslag van het gesprek met [[person:Khadija Azzouzi]], geboren [[date:vier juli negentienachtenzeventig]], BSN <<bsn:single>>. Ze woont met drie kinderen op [[address:Hobbemastraat 88-II]], postcode <<pc:pairs>>. Huurachterstand van ongeveer twaalfhonderd euro bij {{org:Haag Wonen}}. Ze wil graag naar de {{org:schuldhulpverlening}} maar durft niet goed. Ik heb gezegd dat ik meega. Volgende afspraak [[date:vrijdag de negentiende]] om tien uur."""
)

T(
    """Even snel ingesproken. Mevrouw [[person:Chen]], voornaam [[person:Mei]], [[person:M E I]], was niet thuis. Buurvrouw zegt ze is in mei naar China gegaan voor haar moeder en komt misschien pas na de zomer terug. Briefje achtergelaten met mijn nummer. Aan [[person:Tessa]] doorgeven dat de afspraak van [[date:donderdag achtentwintig]] vervalt."""
)

T(
    """nieuwe regel huisbezoek familie [[person:Öztürk]] komma [[address:Boekhorststraat drieënveertig]] punt aanwezig meneer en mevrouw en de schoonzoon komma [[person:Hakan]] punt meneer [[person:Öztürk]] is sinds [[date:vijftien januari]] uit het ziekenhuis ontslagen en heeft thuiszorg nodig punt {{org:Florence}} is al ingeschakeld punt de schoonzoon regelt de post komma maar er liggen nog brieven van het {{org:CAK}} punt nieuwe regel actie komma {{role:Wmo-adviseur}} bellen voor huishoudelijke hulp punt"""
)

T(
    """Dictaat voor dossier <<phone:dash>>... nee sorry, dat is het telefoonnummer. Opnieuw. Dictaat voor dossier [[dossier:SWT-2024-0381]]. Cliënt meneer [[person:Rakesh Baldewsingh]], tweeënzestig jaar. Hij belde zelf vanochtend, is zijn pinpas kwijt en heeft geen geld voor boodschappen. Ik heb hem verwezen naar de {{org:Voedselbank}} en een noodpakket geregeld via {{org:Servicepunt XL}} {{wijk:Transvaal}}. Zijn {{role:bewindvoerder}}, mevrouw [[person:Jagroep]], was niet bereikbaar, ingesproken op [[phone:<<phone:l070s>>]]."""
)

T(
    """Notitie. [[date:Maandag vier maart]]. Bezoek bij [[person:Tesfay]], achternaam [[person:Gebremedhin]], dat is [[person:G E B R E M E D H I N]]. Hij woont sinds [[date:1 oktober]] op een kamer aan de [[address:Stuwstraat 9 bis]]. Geen werk, wel inburgering. Kent bijna niemand. Hij heeft een brief van het {{org:UWV}} die hij niet snapt. Ik heb gevraagd of zijn neef [[person:Yonas]] een keer mee kan komen om te vertalen. Volgende keer meenemen: kopie verblijfsvergunning en bankpas."""
)

T(
    """ja, eh, dit is een korte notitie over mevrouw [[person:bakker]] uit {{wijk:Duindorp}}. Ze heeft vanochtend bij de bakker op de hoek een flauwte gehad, de eigenaar belde mij. Ze is weer thuis, [[address:Westduinweg 214]]. Dochter [[person:Ingrid]] komt vanavond. De {{role:huisarts}}, dokter [[person:Kuipers]], is op de hoogte. Geen actie verder, wel maandag even bellen."""
)

T(
    """Verslag komma [[date:woensdag 6-3]] punt Gesprek met [[person:Agnieszka Nowak]] en haar partner [[person:Tomasz]] over de schulden punt Ze hebben samen ongeveer negenduizend euro schuld komma vooral zorgverzekering en een telefoonabonnement punt Rekeningnummer voor de aanvraag [[iban:<<iban:words>>]] punt Tomasz werkt via een uitzendbureau in het Westland komma wisselende uren punt De {{role:schuldhulpverlener}} van de {{org:Kredietbank}} wil eerst alle brieven zien punt"""
)

T(
    """Oké. Huisbezoek bij meneer [[person:Pinas]], [[person:Errol Pinas]], in {{wijk:Laak}}, [[address:Dierenselaan 40 A]]. Meneer is zevenenzestig, suikerziekte, loopt slecht. Woning is vervuild, keuken vooral. Hij wil geen hulp, zegt dat zijn zus [[person:Gerda]] af en toe komt. Ik heb haar nummer gekregen, [[phone:<<phone:single>>]]. Bemoeizorg overwegen, bespreken in het overleg van [[date:dinsdag 19 maart]]."""
)

T(
    """notitie voor [[person:sanne]] komma mevrouw [[person:el amrani]] heeft gebeld over de aanvraag bijzondere bijstand punt ze heeft nog steeds niks gehoord punt aanvraagnummer volgens haar [[dossier:BB twee nul twee vier streepje nul nul acht vier één]] punt kun jij even kijken of dat klopt punt haar nummer is [[phone:<<phone:mixed>>]] punt"""
)

T(
    """Dit is [[person:Jeroen]] van het {{org:SWT}} {{wijk:Bouwlust}}. Kort verslag van de overdracht met [[person:Esther]] van {{org:MEE}}. Cliënte [[person:Shanti Jagroep]], LVB, woont zelfstandig met ondersteuning. Esther stopt per [[date:1 april]] en de casus gaat naar mij. Geboortedatum van cliënte: [[date:zeventien, elf, negentien negentig]]. Adres [[address:Melis Stokelaan 1180]], postcode <<pc:std>>. Eerste kennismaking samen met Esther op [[date:26 maart]]."""
)
# ---- batch 2: voicemails from clients and relatives
T(
    """Ja hallo, goedemiddag, u spreekt met eh [[person:Joke]], [[person:Joke de Wit]], ik ben de dochter van mevrouw [[person:Visser]] van de [[address:Renbaanstraat zesentwintig]]. Eh, mijn moeder zegt dat er vandaag iemand zou komen maar er is niemand geweest. Kunt u mij terugbellen? Mijn nummer is [[phone:<<phone:hes>>]]. Dank u wel, dag."""
)

T(
    """Goedendag, met [[person:Mohammed El Amrani]]. Ik bel voor de brief van de gemeente. Ik moet papieren brengen voor [[date:vijftien april]] maar ik weet niet welke. Mijn dossiernummer is eh [[dossier:twee nul twee vier, nul zes, zes één zes]]. Mijn telefoon [[phone:<<phone:pairs>>]]. Dank u."""
)

T(
    """Hoi, met [[person:Samira]], de schoonzus van [[person:Naima]]. Naima ligt in het {{org:HMC}} sinds zaterdag en ze vroeg of ik jullie wilde bellen omdat de afspraak van morgen niet doorgaat. Ze heeft gezegd dat [[person:Bilal]], dat is haar oudste, de kinderen naar school brengt. Als u iets wil weten, bel mij maar, [[phone:<<phone:sp2>>]]. Doei."""
)

T(
    """ja goedemorgen u spreekt met meneer [[person:Kaya]] [[person:K A Y A]] [[person:Murat Kaya]] ik heb een vraag over de eigen bijdrage ik moet ineens vierhonderd euro betalen aan het {{org:CAK}} en ik snap niet waarom mijn BSN is <<bsn:single>> als u kan terugbellen graag na drie uur want dan ben ik thuis ja dank u"""
)

T(
    """Hallo, met [[person:Kwame Mensah]], [[person:M-E-N-S-A-H]]. I'm sorry, mijn Nederlands is niet goed. Ik woon [[address:Paul Krugerlaan honderdtwaalf]], {{wijk:Transvaal}}. The landlord says I must leave on the [[date:thirty-first of March]]. I have a letter. Please call me, [[phone:<<phone:intl>>]]. Thank you."""
)

T(
    """Ja hallo dit is [[person:Gerrit van Leeuwen]] van de [[address:Fahrenheitstraat 302]], ik ben de buurman van [[person:Truus]], mevrouw [[person:Hoogendoorn]]. Ik maak me een beetje zorgen want ze heeft al drie dagen haar gordijnen dicht en ze doet niet open. Ik heb ook al geklopt. Wilt u iemand sturen of moet ik de politie bellen? Mijn nummer is, even kijken, [[phone:<<phone:l070w>>]]. Ja. Dag."""
)

T(
    """Goedemiddag, met [[person:Sunita Ramdin]], ik bel namens mijn vader, meneer [[person:Ramdin]], hij is geboren [[date:drie drie negentien zevenenveertig]] en hij heeft een brief gekregen dat zijn {{org:Wmo}}-indicatie stopt op [[date:dertig juni]]. Het kenmerk op de brief is [[dossier:WMO-2024-33871]]. Ik snap niet waarom, hij is juist slechter geworden. U kunt mij bereiken op [[phone:<<phone:dash>>]] of via mail, [[email:sunita punt ramdin apenstaartje gmail punt com]]. Dank u."""
)

T(
    """Ja met [[person:Ivan]], [[person:Ivan Petrov]], ik woon bij [[person:Stoyan]] op de [[address:Weimarstraat 147-3]]. Gemeente zegt ik moet inschrijven maar de huisbaas wil niet. Mijn telefoon is [[phone:<<phone:mixed>>]]. Alstublieft bellen. Dank u wel."""
)

T(
    """Hallo, goedemorgen, ik ben [[person:Marta Kowalczyk]], ik heb vorige week gesproken met eh [[person:Floor]] van het {{org:wijkteam}}, en zij zei ik moet mijn bankrekeningnummer doorgeven voor de, eh, voor de voedselbon. Dat is [[iban:<<iban:letters>>]]. En mijn adres is [[address:Schalkburgerstraat 61]], <<pc:spl>>. Dank u wel, tot ziens."""
)

T(
    """Hoi [[person:Anouk]], met [[person:Fatma]], [[person:Fatma Aydın]], je weet wel, van de taalles. Mijn moeder heeft morgen die afspraak bij de {{role:huisarts}} maar ik moet werken. Kan jij mee? Ze woont nog steeds op de [[address:Heeswijkplein 4]]. Stuur maar een appje naar [[phone:<<phone:commas>>]]. Dankjewel hè, doei."""
)

T(
    """ja hallo met eh met [[person:ans de hoop]] [[person:de hoop]] ja ik heb geen hoop meer dat die lift gemaakt wordt ik woon op de zesde aan de [[address:Albardastraat 58]] en ik kom al twee weken de deur niet uit ik heb het bij {{org:Staedion}} gemeld melding nummer [[dossier:acht acht vier twee één nul]] maar er gebeurt niks ik hoop dat u iets kan doen mijn nummer [[phone:<<phone:l070w>>]] dag"""
)

T(
    """Goedemiddag. U spreekt met [[person:Andreea Munteanu]]. Ik bel voor mijn man, [[person:Florin]]. Hij is op [[date:12 februari]] gevallen op het werk en nu heeft hij geen inkomen. Wij hebben een zoon van vier. Mijn nummer is [[phone:<<phone:half>>]]. Ik spreek ook Engels. Dank u wel."""
)

T(
    """Hallo, met [[person:Hodan]], [[person:Hodan Ali]], ik bel voor mijn tante [[person:Faadumo Warsame]]. Zij heeft een afspraak gehad met jullie collega [[person:Pieter]] op [[date:de zevende]] en hij zou terugbellen over de {{org:Wmo}} maar dat is niet gebeurd. Mijn tante spreekt geen Nederlands, dus bel mij alstublieft. [[phone:<<phone:single>>]]. Of mail naar [[email:hodan.ali94@hotmail.com]]. Dank u wel."""
)

T(
    """Ja, u spreekt met [[person:Hennie Mulder]], ik ben de mantelzorger van mijn broer [[person:Wim]]. Wim woont op de [[address:Lijsterbesstraat 23 huis]], dat is de benedenwoning. Ik wil doorgeven dat hij [[date:vrijdag 22 maart]] naar {{org:Parnassia}} gaat voor een intake. Hij heeft gezegd dat het goed is dat ik dat doorgeef. Bel me maar als er iets is, eh... [[phone:<<phone:pairs>>]]. Goedendag."""
)
# ---- batch 3: transcribed phone calls (speaker labels, timestamps)
T("""[00:00:03] Spreker 1: {{org:Sociaal wijkzorgteam}} {{wijk:Escamp}}, u spreekt met [[person:Lotte]].
[00:00:06] Spreker 2: Ja hallo, met [[person:Akosua Boateng]], ik bel over mijn uitkering.
[00:00:10] Spreker 1: Ja, mevrouw [[person:Boateng]], kunt u uw geboortedatum noemen?
[00:00:14] Spreker 2: [[date:Negen september negentien tachtig]].
[00:00:18] Spreker 1: En uw postcode en huisnummer?
[00:00:21] Spreker 2: <<pc:single>>, nummer [[address:achtendertig]]... eh, [[address:Erasmusweg achtendertig]].
[00:00:29] Spreker 1: Dank u. Ik zie dat uw {{role:klantmanager}} bij {{org:SZW}} de aanvraag nog heeft liggen.""")

T("""S1: Goedemiddag, {{org:Servicepunt XL}} {{wijk:Mariahoeve}}, met [[person:Dirk-Jan]].
S2: Ja hallo, ik ben [[person:Maria Lopes Fortes]], ik ben bij jullie geweest voor de mantelzorg van mijn moeder.
S1: Ja. Hoe schrijft u uw achternaam?
S2: Lopes met een s, [[person:L O P E S]], en dan [[person:Fortes]], [[person:F O R T E S]].
S1: Ik heb hem. Uw moeder is mevrouw [[person:Ana Tavares]], klopt dat?
S2: Ja. Geboren [[date:elf elf negentien zevenendertig]].
S1: Prima. Ik zie dat de {{role:casemanager dementie}} volgende week langskomt, [[date:dinsdag de zesentwintigste]].
S2: O, dat wist ik niet. Kunt u het naar mijn mail sturen? [[email:mlopesfortes at live punt nl]].""")

T("""Transcript telefoongesprek [[date:14-03-2024]], 10:42 uur. Duur: 6 minuten.
Beller: [[person:Rachid Tahiri]], buurman van cliënt.
Medewerker: [[person:Femke]], {{role:maatschappelijk werker}}.
Beller: Ik bel over [[person:Youssef]], die jongen van tweehoog. Hij schreeuwt hele nachten, ik denk dat hij weer niet z'n medicijnen neemt.
Medewerker: Weet u zijn achternaam?
Beller: [[person:Ouali]] denk ik. [[person:Youssef Ouali]]. [[address:Kazernestraat 19-II]].
Medewerker: Dank u, ik neem contact op met zijn behandelaar van {{org:Parnassia}}. Mag ik uw nummer?
Beller: [[phone:<<phone:wcommas>>]].""")

T("""[spreker 1] goedemorgen met [[person:esra]] van het {{org:wijkzorgteam}}
[spreker 2] ja goedemorgen met [[person:hatice demir]] ik bel voor mijn vader
[spreker 1] wat is de naam van uw vader
[spreker 2] [[person:hüseyin demir]] hij woont op de [[address:hoefkade vierhonderdachttien]]
[spreker 1] en zijn BSN heeft u die bij de hand
[spreker 2] ja eh [[bsn:<<bsn:pairs>>]]
[spreker 1] dank u en wat is er aan de hand
[spreker 2] hij is vanaf [[date:zondag drie maart]] steeds in de war hij herkent mij soms niet""")

T("""Medewerker: U spreekt met [[person:Bram]], {{org:wijkteam}} {{wijk:Segbroek}}.
Beller: Ja, met [[person:Ingrid Dekker]], ik ben de {{role:bewindvoerder}} van meneer [[person:Sastro]].
Medewerker: Van [[person:Iwan Sastro]]?
Beller: Ja. Ik wilde even zeggen dat zijn leefgeld vanaf nu op een nieuwe rekening komt, [[iban:<<iban:spaced>>]]. Het oude nummer is opgeheven.
Medewerker: Oké, ik noteer het. Heeft u ook een kenmerk voor mij?
Beller: Ons dossiernummer is [[dossier:BW/1187/22]].
Medewerker: Duidelijk. En u bent bereikbaar op?
Beller: [[phone:<<phone:l070d>>]], maandag tot en met donderdag.""")

T("""00:00 - Medewerker: Goedemiddag, {{org:wijkteam}}.
00:02 - Beller: Ja, met [[person:Jurgen Martina]]. Ik heb een brief van {{org:Vestia}}, ontruiming.
00:09 - Medewerker: Dat is vervelend. Wanneer moet u eruit?
00:11 - Beller: [[date:Vijf april]]. Dat is over twee weken!
00:15 - Medewerker: Wat is uw adres, meneer [[person:Martina]]?
00:17 - Beller: [[address:Troelstrakade 77 C]].
00:21 - Medewerker: En heeft u een vonnisnummer op die brief staan?
00:24 - Beller: Er staat zaaknummer [[dossier:C/09/661204 / KG ZA 24-118]].
00:31 - Medewerker: Ik ga dit direct doorzetten naar onze {{role:woonconsulent}}.""")

T("""Gesprek [[person:Yara]] ({{role:welzijnscoach}}) met mevrouw [[person:Rasha Haddad]], tolk via telefoon.
Yara: Wat is uw telefoonnummer?
Tolk: Ze zegt [[phone:<<phone:single>>]].
Yara: En u woont op de [[address:Delftselaan 95]]?
Tolk: Nee, ze is verhuisd. Ze woont nu op de [[address:Parallelweg honderdzesendertig B]], sinds [[date:twintig januari]].
Yara: Met wie woont ze daar?
Tolk: Met haar twee dochters, [[person:Layla]] en [[person:Nour]], en haar moeder.""")

T("""[00:01:12] A: Dus u bent de zoon van meneer [[person:Li]]?
[00:01:14] B: Ja, ik ben [[person:Li Wei]]. Mijn vader is [[person:Li Jianguo]], [[person:J I A N G U O]].
[00:01:20] A: En uw vader woont in {{wijk:Bezuidenhout}}?
[00:01:22] B: Ja, [[address:Theresiastraat tweehonderdacht]].
[00:01:27] A: Kunt u het burgerservicenummer van uw vader geven?
[00:01:30] B: Eh, [[bsn:<<bsn:sp3>>]].
[00:01:36] A: Dank u. De {{role:ouderenconsulent}} neemt contact met u op.""")
# ---- batch 4: mixed dictations
T(
    """Korte notitie. Meneer [[person:Farid Ahmadzai]] heeft geen 06-nummer meer, telefoon is gestolen. Bereikbaar via zijn zus, [[person:Nasrin]], op [[phone:<<phone:sp4>>]]. Hij woont nog bij haar in {{wijk:Moerwijk}}, ergens aan de Jan Steenstraat, huisnummer weet ik niet. Volgende week dinsdag samen naar het {{org:UWV}}."""
)

T(
    """Verslag huisbezoek punt Aanwezig komma ik komma collega [[person:Roel]] van {{org:Xtra}} en mevrouw [[person:Joyce Kromodimedjo]] punt Mevrouw is vierenveertig komma heeft twee kinderen van negen en twaalf die bij haar ex wonen punt Ze heeft sinds tweeduizend negentien geen contact meer met haar familie punt Er is een huurschuld van ongeveer drieduizend vijfhonderd euro punt nieuwe regel Geboortedatum [[date:nul acht, nul twee, tachtig]] punt BSN <<bsn:pairs>> punt Rekening [[iban:<<iban:spaced>>]] punt nieuwe regel Afspraak gemaakt voor [[date:donderdag 4 april]] om half twee bij het {{org:Servicepunt XL}}."""
)

T(
    """ok even inspreken voor [[person:Mirjam]]. Het gaat over [[person:jose semedo]], dat is met een accent op de e, die jongen uit {{wijk:Schilderswijk}}. Hij is eenentwintig en staat op straat sinds zijn moeder hem eruit heeft gezet. Hij slaapt nu bij een vriend, [[person:Djamila]]'s broer, op de [[address:Hobbemastraat honderdveertig drie hoog]]. Kan jij met de {{org:Kessler Stichting}} bellen voor een plek? Hij heeft trouwens geen BSN bij zich maar wel een zaaknummer van de gemeente, [[dossier:JZ-55019]]."""
)

T(
    """Ja, notitie. Tram elf gemist dus twintig minuten te laat bij mevrouw [[person:Georgieva]]. [[person:Desislava Georgieva]], [[address:Rijswijkseweg 301]]. Ze werkt twee dagen per week in de kassen, verdient ongeveer negenhonderd euro netto. Ze wil een uitkering aanvullend aanvragen. Ik heb uitgelegd dat ze eerst ingeschreven moet zijn. Haar [[email:desi.georgieva88@abv.bg]] heb ik genoteerd voor de formulieren. Volgende afspraak [[date:woensdag twintig maart]] op kantoor."""
)

T(
    """Notitie huisbezoek [[date:2 april]], [[person:Kees Koster]], [[address:Soestdijksekade 412]]. Meneer is achtentachtig en weduwnaar sinds twee jaar. Hij eet slecht, koelkast was leeg. Zoon [[person:Edwin]] woont in Groningen en belt één keer per week. Aanmelden bij de maaltijdservice en bij {{org:Humanitas}} voor een maatje. Koster is trouwens ook zijn vroegere beroep, hij was koster in de kerk aan de Oude Haagweg, daar praat hij graag over."""
)

T(
    """dictaat nieuwe regel client [[person:abdirahman hassan]] komma [[person:a b d i r a h m a n]] komma achternaam [[person:hassan]] punt geboortedatum [[date:een januari negentien zevenentachtig]] komma dat is een administratieve datum volgens hem punt woont [[address:Moerweg 22 A]] komma <<pc:lower>> punt telefoon [[phone:<<phone:pairs>>]] punt hulpvraag komma werk en inkomen komma hij wil graag taxichauffeur worden punt"""
)

T(
    """Oké, dit is voor het dossier van [[person:Mahad Farah]]. Wij hebben vandaag met hem en de {{role:jongerenwerker}}, [[person:Sjoerd]], bij de {{org:Haagse Hogeschool}} gekeken naar een opleiding. Hij is negentien, woont bij zijn moeder [[person:Sahra Mohamed]] in {{wijk:Laakkwartier}}. Moeder wil graag dat hij bij de {{org:Sociale Dienst}} wordt aangemeld. Dat doe ik [[date:maandag de vijftiende]]. Zijn nummer, hij gaf het snel, [[phone:<<phone:mixed>>]]."""
)

T(
    """Notitie voor mezelf. Terugbellen mevrouw [[person:Roos]] over haar kleindochter [[person:Fleur]]. Mevrouw [[person:Roos]] heeft zelf geen telefoon meer maar is bereikbaar via de vaste lijn van de buren, familie [[person:Smit]], [[phone:<<phone:l070p>>]]. Niet vergeten, ze wil het niet via de {{org:CJG}} doen."""
)

T(
    """Nieuwe regel. Casus [[person:Errol]] en [[person:Marlon]], de broers uit {{wijk:Spoorwijk}}. Marlon heeft gisteren, [[date:dinsdag 9 april]], een melding gekregen bij {{org:Veilig Thuis}}, meldingnummer [[dossier:VT 2024 0 4 1 7 7]]. Ik heb gesproken met [[person:Petra]] van {{org:Veilig Thuis}}, zij neemt het over. Errol woont nog bij zijn moeder aan de [[address:Stieltjesstraat 5]]. Punt. Einde."""
)

T(
    """Terug in de auto. Bij familie [[person:Haddad]] geweest, [[address:Thomsonlaan twee hoog honderdachttien]]... nee, [[address:Thomsonlaan honderdachttien, twee hoog]]. Mevrouw had hoofdpijn en heeft weinig gezegd. Dochter [[person:Yara]], zestien jaar, heeft vertaald, dat wil ik eigenlijk niet. Volgende keer tolk regelen via de tolkentelefoon. Aanmelding {{org:CJG}} voor Yara besproken, moeder twijfelt. Nieuwe afspraak [[date:23/4]]."""
)
# ---- batch 5: voicemails from professionals and organisations
T(
    """Goedemiddag, u spreekt met [[person:Verhoeven]], {{role:huisarts}} in {{wijk:Rustenburg}}. Ik bel over een gezamenlijke patiënt, mevrouw [[person:Sharmila Ramsaran]], geboren [[date:21 juni 1969]]. Ze heeft toestemming gegeven om u te bellen. Ik maak me zorgen over haar thuissituatie. Wilt u mij terugbellen op de doktersdienstlijn, [[phone:<<phone:l070s>>]], en vragen naar mij? Dank u wel."""
)

T(
    """Hallo, met [[person:Anil]] van {{org:Haag Wonen}}, {{role:woonconsulent}}. Ik bel over huurder [[person:Mahabier]] op [[address:Zonnebloemstraat zesenzeventig]]. Er is een melding van overlast en we willen graag een keukentafelgesprek samen met het {{org:wijkteam}}. Onze referentie is [[dossier:HW-2024-7310]]. Ik ben bereikbaar op [[phone:<<phone:dash>>]] of mail, eh, mijn mail is [[email:anil punt jairam at haagwonen punt nl]]. Tot horens."""
)

T(
    """Ja goedemorgen, [[person:Lisette]] hier, {{role:POH-GGZ}} van de praktijk aan de Beresteinlaan. Ik heb een doorverwijzing voor jullie, meneer [[person:Hussam Al Masri]], [[person:A L]] spatie [[person:M A S R I]]. Hij heeft veel schulden en slaapt slecht. Hij wil zelf graag hulp. Zijn nummer is [[phone:<<phone:sp2>>]], adres [[address:Beresteinlaan 512]], <<pc:nospace>>. Fijne dag verder."""
)

T(
    """Dag, u spreekt met [[person:Wouter]] van de {{org:wijkpolitie}}, ik ben de {{role:wijkagent}} in {{wijk:Duindorp}}. Het gaat over [[person:Bep Smit]], een oudere dame die gisteravond verward op straat liep. Ze woont op de [[address:Tesselsestraat 33]]. Ze heeft ons het nummer gegeven van haar nicht, [[person:Carla]], [[phone:<<phone:single>>]]. Ons registratienummer is [[dossier:PL1500-2024123456]]. Wilt u contact met mij opnemen? Bedankt."""
)

T(
    """Goedemiddag, met [[person:Marjolein van den Berg]] van {{org:Florence}} thuiszorg. Ik bel over cliënt [[person:Van der Velde]], [[person:Hendrik]], geboren [[date:30-11-1938]]. Hij weigert sinds [[date:zaterdag 16 maart]] de zorg en de deur blijft dicht. Sleutelkluis code heb ik niet. Kunt u mij bellen, [[phone:<<phone:mixed>>]]. Dank u wel."""
)

T(
    """Hoi, met [[person:Naomi]] van de {{org:Voedselbank}}. Ik bel even over de aanmelding van [[person:Abena Asante]]. We missen het rekeningnummer en een bewijs van inkomen. Ze heeft nu alleen [[iban:<<iban:lower>>]] opgegeven, maar dat klopt niet met de naam op de bankpas. Kunnen jullie even met haar kijken? Ze woont [[address:Weimarstraat 8 hs]]. Groetjes."""
)

T(
    """Goedemorgen, u spreekt met [[person:Tineke Bos]] van {{org:Stichting MOOI}}, {{role:ouderenadviseur}}. Ik bel over meneer en mevrouw [[person:Latuheru]] op de [[address:Escamplaan 88-A]]. Zij hebben een aanvraag gedaan voor de valpreventiecursus en ik wil even checken of jullie ze al kennen. Het is beter als één iemand de regie neemt. Terugbellen op [[phone:<<phone:l070d>>]], ik ben er [[date:maandag 8 april]] en woensdag. Dag."""
)

T(
    """ja met [[person:Sandra]] van de {{org:Kredietbank}} Den Haag, voor [[person:Floor]]. Ik heb het dossier van [[person:Nowak]] ontvangen, dank je, maar het BSN klopt niet, ik heb <<bsn:plain>> gekregen en het systeem zegt dat het van iemand anders is. Kun je het even nakijken? Ons nummer voor deze aanvraag is [[dossier:KB-24-01932]]. Je kunt me mailen, [[email:s.dewit@kredietbank.nl]]. Doei."""
)
# ---- batch 6: longer dictated reports
T(
    """Verslag keukentafelgesprek [[date:dinsdag 2 april]] bij de familie [[person:Celik]] in {{wijk:Transvaal}}, nee, {{wijk:Schilderswijk}}, [[address:Wouwermanstraat 71-B]]. Aanwezig: mevrouw [[person:Zeynep Çelik]], haar man [[person:Ahmet]], dochter [[person:Elif]] van vijftien, ik en [[person:Saskia]] van het {{org:CJG}}. Punt. De situatie: meneer is sinds een jaar arbeidsongeschikt na een bedrijfsongeval, ze leven van één inkomen, dat van mevrouw, zij werkt in de schoonmaak, dertig uur. Er zijn betalingsachterstanden bij de energie en bij de zorgverzekeraar, totaal zo'n zesduizend euro. Elif heeft veel verantwoordelijkheid thuis en haar cijfers gaan achteruit, de {{role:mentor}} heeft aan de bel getrokken. Nieuwe regel. Afspraken: aanmelding {{org:schuldhulpverlening}}, daarvoor nodig BSN van beide ouders. Mevrouw: <<bsn:dots>>. Meneer: <<bsn:single>>. Saskia plant een gesprek met Elif apart. Volgende evaluatie [[date:30 april]]."""
)

T(
    """Oké, ik spreek even het verslag in van vandaag, [[date:11 maart]]. Meneer [[person:Yaw Owusu]], eenenvijftig, alleenstaand, woont in een kamer bij een particuliere verhuurder aan de [[address:Delftselaan 29 drie hoog]]. De kamer is klein en vochtig, er is schimmel. Meneer heeft geen huurcontract en betaalt contant, vierhonderdvijftig euro per maand. De verhuurder heet volgens hem meneer [[person:Appiah]], [[person:Kofi Appiah]], maar dat is ook zijn neef, dus ingewikkeld. Meneer wil niet dat we melden bij de gemeente uit angst dat hij op straat komt. Ik heb uitgelegd dat we dat niet zonder overleg doen. Telefoon van meneer: [[phone:<<phone:pairs>>]]. Volgende afspraak: [[date:zaterdag de zestiende]] niet, dat is weekend, dus [[date:maandag de achttiende]]."""
)

T(
    """Nieuwe regel. Notitie bemoeizorg meneer [[person:Dimitrov]], [[person:Stoyan Dimitrov]]. Punt. Vanochtend samen met [[person:Gijs]] van {{org:Parnassia}} bemoeizorg aan de deur geweest, [[address:Zevenbergsestraat 12-hs]]... dat is [[address:Zevenbergsestraat twaalf huis]]. Meneer deed na lang aandringen open. Hij is fors vermagerd, drinkt veel, er lag post van maanden op de mat, onder andere van het {{org:CJIB}} en de {{org:Belastingdienst}}. Komma. Hij wil geen opname. We hebben afgesproken dat Gijs donderdag terugkomt, samen met de {{role:psychiater}}. Punt. Contact met zijn zus [[person:Galina]] in Bulgarije via WhatsApp, [[phone:+359 88 412 7730]]."""
)

T(
    """Verslag. Gesprek op kantoor met mevrouw [[person:Senait Tekle]] en haar maatje van {{org:VluchtelingenWerk}}, [[person:Hanneke]]. Mevrouw is in oktober 2022 herenigd met haar man [[person:Filmon]] en hun drie kinderen. De gezinsleden hebben nog geen BSN, wel V-nummers, dat van mevrouw is [[dossier:280 441 1937]]. Het gezin woont tijdelijk in een noodwoning aan de [[address:Harstenhoekweg 7]], <<pc:std>>, en moet binnen zes maanden verhuizen. Mevrouw heeft last van nachtmerries en wil met iemand praten. Overleg met de {{role:POH-GGZ}} van {{role:huisarts}} [[person:Van Dam]]. Contact via [[email:hanneke.vos@vluchtelingenwerk.nl]]."""
)
# ---- batch 7: voicemails with account numbers and mail addresses
T(
    """Ja hallo, goedemiddag, u spreekt met [[person:Mihaela Dumitru]], eh, ik heb gisteren een formulier ingevuld bij het {{org:Servicepunt XL}} in {{wijk:Moerwijk}} voor de, hoe heet het, de bijzondere bijstand, en de mevrouw daar, [[person:Carolien]] geloof ik, zei dat ik mijn rekeningnummer nog moest doorgeven. Dus, eh, het is [[iban:<<iban:words>>]]. Op naam van mij en mijn man, [[person:Dumitru]]. Als er nog iets ontbreekt kunt u mailen naar [[email:mihaela punt dumitru tachtig apenstaartje yahoo punt com]]. Dank u wel en fijne dag."""
)

T(
    """Hallo, dit is [[person:Gerda Pinas]], de zus van [[person:Errol]]. Ik heb uw briefje gekregen. Ik kan Errol niet elke dag helpen, ik werk zelf ook en ik woon in {{wijk:Ypenburg}}, [[address:Laan van Hoornwijck 1044]], <<pc:std>>. Maar in het weekend kan ik wel. Mijn mail is [[email:g.pinas@ziggo.nl]], dat is [[email:g punt pinas, P I N A S, at ziggo punt nl]]. Bel me liever na zes uur. Dag."""
)

T(
    """Ja, met [[person:Hafida]] van [[address:Vaillantlaan 240]], ik heb een vraag over de kwijtschelding, mijn aanvraagnummer is [[dossier:2024 086 117]], ik heb een brief gekregen dat ik nog een afschrift moet sturen van mijn bank, maar ik heb geen internetbankieren. Mijn rekening is [[iban:<<iban:pairs>>]]. Kunt u mij helpen? Ik ben thuis na twaalf uur. Mijn telefoon [[phone:<<phone:pairs>>]]. Dank u."""
)

T(
    """Hoi met [[person:Femke]] hier, bericht voor [[person:Lotte]]. Ik heb net die mevrouw aan de lijn gehad waar je het over had, [[person:Maritza Rosaria]]. Ze heeft een nieuw nummer, [[phone:<<phone:sp2>>]], en ze is verhuisd naar haar dochter, [[person:Chayenne]], [[address:Moerweg 302-E]], <<pc:spoken>>. Haar BSN had ik nodig voor de melding, dat is <<bsn:sp3>>. Kun jij dat in het dossier zetten? Thanks!"""
)

T(
    """Ja goeiemiddag, u spreekt met [[person:Iris de Boer]] van {{org:Zorg en Zekerheid}}, afdeling betalingsachterstanden. Ik bel met betrekking tot verzekerde [[person:Tahiri]], geboortedatum [[date:nul vier nul vijf negentien vijfentachtig]], polisnummer [[dossier:Z&Z 8802 4471 13]]. We hebben begrepen dat het {{org:wijkteam}} betrokken is en we willen graag een betalingsregeling afstemmen. U kunt me terugbellen op [[phone:<<phone:l070s>>]] of mailen naar [[email:i.deboer@zorgenzekerheid.nl]]. Fijne dag."""
)

T(
    """Ja hoi, met [[person:Shurandy]], [[person:Shurandy Cijntje]], [[person:C I J N T J E]]. Ik ben vorige week, [[date:dinsdag de negende]], bij jullie geweest, met [[person:Bram]]. Hij zou het formulier voor de {{org:DUO}} met mij invullen. Ik heb nu eindelijk mijn DigiD. Mijn mail is [[email:shurandy.c@outlook.com]]. En mijn nummer heb je, maar voor de zekerheid, [[phone:<<phone:hes>>]]. Later."""
)

T(
    """goedemorgen met [[person:wang]] [[person:wang xiu ying]] ik woon op de [[address:wagenstraat achtenvijftig]] boven het restaurant ik heb een brief van de {{org:SVB}} over mijn AOW ik begrijp niet mijn zoon [[person:lin hao]] werkt in Rotterdam hij kan niet komen mijn burgerservicenummer is <<bsn:single>> graag bellen [[phone:<<phone:l070w>>]] dank u"""
)

T(
    """Hallo, met [[person:Nordin]] van {{org:Xtra}}, {{role:budgetcoach}}. Even een update over [[person:Said Ouali]]. We hebben alle schuldeisers op een rij, twaalf in totaal, en het aanmeldformulier voor de {{org:Kredietbank}} is klaar. Alleen mist nog zijn rekeningnummer, hij dacht dat het [[iban:<<iban:compact>>]] was maar dat is van zijn ex. Het goede nummer komt morgen. Ons interne nummer voor hem is [[dossier:XT-BC-4471]]. Groet!"""
)

T(
    """Met [[person:Galina Ivanova]]. Ik ben de moeder van [[person:Stoyan]]. Ik ben in Den Haag tot [[date:veertien mei]]. Ik wil praten over mijn zoon. Ik woon bij hem, [[address:Zevenbergsestraat 12]]. Email [[email:galina.ivanova@mail.bg]], [[email:G A L I N A punt I V A N O V A]]. Thank you."""
)

T(
    """Ja, goedendag, [[person:Truus Hoogendoorn]] hier. De buurman zei dat u langs wilde komen. Dat hoeft niet hoor, ik red me prima. Ik had alleen griep. Maar als u toch komt, ik woon op [[address:Fahrenheitstraat driehonderdzes]], het is de bovenste bel. Mijn dochter [[person:Wilma]] heeft mijn zaken, haar adres is [[email:wilma hoogendoorn at gmail punt com]]. Dag."""
)

T(
    """Hallo, met [[person:Carlos Delgado Varela]], Delgado met een D, [[person:D E L G A D O]]. Ik heb een afspraak op [[date:de vierentwintigste]] maar ik moet dan werken, kan het ook op [[date:vrijdag 26 april]]? Mijn klantnummer bij jullie is [[dossier:1 9 8 4 7 7]]. Mijn nummer [[phone:<<phone:intlw>>]]. Obrigado, dank u wel."""
)

T(
    """ja goede middag met [[person:Zarghona]] [[person:Rahimi]] ik ben de vrouw van [[person:Mohammad Rahimi]] hij is ziek ik bel voor de huur wij wonen [[address:Goudenregenstraat tweehonderdvijf]] postcode <<pc:pairs>> de huur is niet betaald deze maand want uitkering is gestopt ons rekeningnummer [[iban:<<iban:words>>]] kunt u helpen dank u"""
)
# ---- batch 8: quick car notes, lower case, little punctuation
T("""mw [[person:yilmaz]] gebeld niet opgenomen morgen opnieuw punt""")

T(
    """notitie [[person:joost]] van {{org:MEE}} belt terug over [[person:kiran]] [[person:jairam]] wachtlijst dagbesteding nog zes weken"""
)

T(
    """Snel even: meneer [[person:Koeiman]] op de [[address:Lijsterbesstraat 9]] heeft de deur niet opengedaan, wel licht aan. Morgen met de {{role:wijkagent}} erheen. Zaaknummer [[dossier:2024/WZT/00412]]."""
)

T(
    """[[date:vrijdag vijf april]] komma bezoek mevrouw [[person:de hoop]] geannuleerd komma ze ligt in het {{org:Haaglanden MC}} punt dochter [[person:ans]] belt als ze thuis is punt"""
)

T(
    """herinnering voor mezelf: [[person:Rudsel]] heeft [[date:de twaalfde]] een zitting bij de rechter over de huurschuld, [[person:Richenel]] van het {{org:Juridisch Loket}} gaat mee. Nummer van Richenel [[phone:<<phone:dash>>]]."""
)

T(
    """ok dus dossier [[person:Monteiro]] [[person:djamila]] sluiten per eind deze maand... nee per [[date:31 maart]] alles is geregeld bewindvoering loopt via mevrouw [[person:de Graaf]]"""
)

T(
    """even noteren [[person:ayaan]] van de [[address:troelstrakade zestig]] heeft nieuw nummer [[phone:<<phone:pairs>>]] oude nummer werkt niet meer"""
)

T(
    """[[person:Semhar]] gesproken. Tante van [[person:Merhawit]]. Merhawit wil niet meer naar school, is veertien. {{org:CJG}}-coach is [[person:Daan]]. Overleg met Daan [[date:woensdag 17-4]] om drie uur."""
)

T(
    """notitie komma [[person:Ionuț]] [[person:Popescu]] komma [[person:P O P E S C U]] komma heeft vandaag zijn inschrijving geregeld punt adres [[address:Dierenselaan 111 C]] punt BSN komt per post punt"""
)

T(
    """telefonisch contact met de {{role:huisarts}} van [[person:Merhawit]], dokter [[person:Bouwman]], die vindt een verwijzing naar de {{org:GGZ}} te vroeg. Ok. Niet in het dossier zetten wat ze over de vader zei."""
)
# ---- batch 9: phone transcripts, longer
T("""Spreker 1: {{org:Wmo-loket}}, goedemorgen, u spreekt met [[person:Hamid]].
Spreker 2: Ja goedemorgen, met mevrouw [[person:Van der Meer]]. Ik bel voor mijn moeder, die woont in {{wijk:Loosduinen}}.
Spreker 1: Wat is de naam van uw moeder?
Spreker 2: [[person:Johanna van der Meer-Bakker]]. Ze is eenennegentig.
Spreker 1: En de geboortedatum?
Spreker 2: [[date:Twee augustus drieëndertig]], nee, tweeëndertig. [[date:2 augustus 1932]].
Spreker 1: Dank u. En het adres?
Spreker 2: [[address:Kijkduinsestraat 600]], kamer 14, dat is een aanleunwoning.
Spreker 1: Prima. Waar kunnen we u mee helpen?
Spreker 2: Ze heeft een rolstoel nodig, de oude is kapot. De {{role:ergotherapeut}} van de {{org:Zorgcirkel}}... nee, van {{org:Florence}}, die heeft gezegd dat we bij u moeten zijn.
Spreker 1: Ik maak een melding aan, uw meldingsnummer is [[dossier:WMO 24 55 18 03]].""")

T("""Beller: Goedemiddag, ik ben [[person:Omar Alkhatib]], ik heb een brief gekregen van de {{org:IND}}.
Medewerker ([[person:Yvonne]]): Goedemiddag meneer [[person:Alkhatib]]. Waar gaat de brief over?
Beller: Over mijn vrouw. Ze moet komen naar Nederland. Nareis. Het nummer op de brief is [[dossier:V 3 0 1 8 8 4 2 2 1 7]]... ja, V-nummer.
Medewerker: Ik begrijp het. Daar kan {{org:VluchtelingenWerk}} beter bij helpen. Mag ik uw telefoonnummer?
Beller: [[phone:<<phone:single>>]].
Medewerker: En u woont nog op de [[address:Paul Krugerlaan 36-B]]?
Beller: Ja ja, nog steeds.
Medewerker: Dan vraag ik [[person:Hanneke]] van {{org:VluchtelingenWerk}} om u te bellen, waarschijnlijk [[date:dinsdag de zestiende]] of [[date:woensdag de zeventiende]].""")

T("""[00:00:00] Medewerker: Met [[person:Anouk]], {{org:wijkteam}} {{wijk:Vrederust}}.
[00:00:03] Beller: Hé [[person:Anouk]], met [[person:Esther]] van {{org:MEE}}. Heb je even?
[00:00:06] Medewerker: Ja hoor.
[00:00:07] Beller: Het gaat over [[person:Kiran Jairam]]. Zijn moeder, [[person:Radha]], belde mij in paniek. Hij is sinds [[date:zondag 14 april]] niet thuis geweest.
[00:00:15] Medewerker: O jee. Heeft ze de politie gebeld?
[00:00:17] Beller: Nee, ze wil dat niet. Ze vraagt of jij kan bellen met zijn begeleider bij de dagbesteding. Die heet [[person:Ruud]], nummer [[phone:<<phone:sp4>>]].
[00:00:25] Medewerker: Doe ik. Stuur je me het adres van moeder nog even?
[00:00:28] Beller: [[address:Beresteinlaan 738]], <<pc:std>>.""")

T("""Transcriptie (automatisch), kwaliteit matig.
Medewerker: Dus u bent mevrouw eh [[person:Varela]]?
Beller: Nee, [[person:Barbosa]]. [[person:B A R B O S A]]. [[person:Fernanda Barbosa]].
Medewerker: Sorry. Mevrouw [[person:Barbosa]], wat is uw postcode?
Beller: <<pc:single>>.
Medewerker: En huisnummer?
Beller: [[address:Eenentachtig]].
Medewerker: Ik zie u staan, [[address:Lorentzplein 81]]. Waar belt u over?
Beller: De {{role:thuisbegeleider}} is al drie keer niet gekomen en niemand zegt wat.""")

T("""S1: Hallo, met [[person:Mieke]] van {{org:Sensoor}}, de luisterlijn. Ik bel met toestemming van de beller, een mevrouw uit {{wijk:Mariahoeve}}.
S2: Ja, met [[person:Tessa]], {{role:casusregisseur}}. Vertel.
S1: Mevrouw heet [[person:Emine]], achternaam [[person:Yıldız]], met een puntloze i zei ze. Ze belt ons bijna elke nacht. Ze is erg eenzaam sinds haar man in [[date:januari, op de tiende]], is overleden.
S2: Heeft ze kinderen?
S1: Een zoon, [[person:Serkan]], maar die woont in Duitsland.
S2: Adres?
S1: [[address:Ruychrocklaan 140-C]]. Telefoon [[phone:<<phone:l070c>>]].""")
# ---- batch 10: dictated intakes with identifiers
T(
    """Intake, ingesproken in de auto. Cliënte: [[person:Naima Benali]], [[person:B E N A L I]]. Geboortedatum [[date:zeven, twaalf, negenenzeventig]]. BSN <<bsn:triples>>. Adres [[address:Hoefkade 1022]], <<pc:std>>, {{wijk:Schilderswijk}}. Telefoon [[phone:<<phone:pairs>>]]. Alleenstaande moeder van drie, [[person:Bilal]] zestien, [[person:Ilias]] elf en [[person:Amira]] zes. Hulpvraag: schulden en opvoedingsondersteuning. Inkomen: bijstand, ongeveer zestienhonderd euro inclusief toeslagen. Rekening waarop de bijstand komt: [[iban:<<iban:spaced>>]]. Toestemmingsverklaring is getekend. Nieuwe regel. Vervolg: aanmelding {{org:CJG}} en {{org:schuldhulpverlening}}."""
)

T(
    """Oké, intake meneer [[person:Tomasz Zieliński]], dat is met een streepje op de n, [[person:Z I E L I N S K I]]. Hij is achtendertig, werkt bij een distributiecentrum in Bleiswijk, nachtdienst. Woont sinds [[date:1 september]] op een flexwoning, [[address:Laakkade 340]], unit zeventien. Postcode <<pc:spoken>>. BSN: <<bsn:mixed>>. Hij heeft een boete van het {{org:CJIB}} van drie jaar geleden die is opgelopen tot vierduizend euro. Hij wil een regeling. Punt. Mail: [[email:tomek.zielinski@wp.pl]]."""
)

T(
    """Intake punt Aanmelder komma {{role:huisarts}} [[person:Aydın]] komma praktijk [[address:Weimarstraat 212]] punt Cliënt komma meneer [[person:Mehmet Öztürk]] komma geboren [[date:vijftien oktober negentien zevenenvijftig]] komma BSN <<bsn:single>> punt Meneer is na een herseninfarct niet meer zelfredzaam komma vrouw doet alles punt Mantelzorger mevrouw [[person:Öztürk]] is overbelast punt nieuwe regel Afspraak {{role:Wmo-adviseur}} [[person:Pauline]] op [[date:maandag 22 april]] punt"""
)

T(
    """Aanmelding via {{org:Veilig Thuis}}, meldnummer [[dossier:VT-2024-09931]]. Betreft gezin [[person:Kaya]]-[[person:Doğan]], [[address:Zuiderparklaan 301]], <<pc:nospace>>. Moeder [[person:Fatma Doğan]], vader [[person:Emre Kaya]]. Kinderen [[person:Deniz]] en [[person:Mila]]. {{org:Veilig Thuis}} vraagt het {{org:SWT}} om de vrijwillige hulp op te pakken. Contactpersoon daar: [[person:Linda Hoekstra]], [[phone:<<phone:l070d>>]]. Eerste gesprek [[date:donderdag 25 april]] samen met Linda."""
)

T(
    """Ja, ehm, verslag van het kennismakingsgesprek met [[person:Rasha]], [[person:Rasha Haddad]], en haar dochter [[person:Nour]]. Ehm, ze wonen nu op de [[address:Parallelweg 136-B]], postcode <<pc:pairs>>. Ze hebben nog geen bankrekening op naam van Nour, alleen van moeder, dat is [[iban:<<iban:letters>>]]. BSN van moeder [[bsn:<<bsn:dots>>]]. Nour wil graag een bijbaantje en vraagt hoe dat zit met de toeslagen. Doorverwijzen naar het {{org:Jongerenloket}}. Afspraak [[date:achttien april]]."""
)

T(
    """Intake [[person:Li Jianguo]] samen met zoon [[person:Li Wei]]. Punt. Meneer is zevenentachtig, spreekt alleen Mandarijn, zoon vertaalt. Adres [[address:Theresiastraat 208]], <<pc:lower>>. Burgerservicenummer <<bsn:sp3>>. AOW via {{org:SVB}}, klein pensioen. Rekening [[iban:<<iban:spokenbank>>]]. Wens: hulp in huis en een alarmknop. Punt. Volgende stap: {{role:ouderenconsulent}} [[person:Marieke]] plant huisbezoek, [[date:dinsdag 30 april]]. Zoon bereikbaar [[phone:<<phone:sp2>>]] en [[email:wei.li.denhaag@gmail.com]]."""
)

T(
    """Nieuwe intake, eh, ik begin even. Mevrouw [[person:Yıldırım]], voornaam [[person:Hatice]], nee wacht, [[person:Havva]], Hatice is haar schoonzus. [[person:Havva Yıldırım]]. Geboren [[date:3-3-'71]]. Adres [[address:Boekhorststraat 104]], <<pc:std>>. Bellen kan op [[phone:<<phone:mixed>>]]. Ze heeft een huurachterstand bij {{org:Staedion}}, dossiernummer bij {{org:Staedion}} is [[dossier:ST-4471-B]]. En er loopt iets bij de {{org:Belastingdienst}} over de kinderopvangtoeslag, ze is gedupeerde, zaaknummer [[dossier:UHT 2021 884 301]]."""
)

T(
    """Verslag eerste gesprek met meneer [[person:Tesfay Gebremedhin]]. BSN <<bsn:plain>>. Ik heb met hem zijn post doorgenomen. Er zit een aanmaning in van {{org:Eneco}} van driehonderd euro en een brief van {{org:DUO}} over zijn lening. Hij heeft geen rekening meer bij de bank omdat die is geblokkeerd, het oude nummer was [[iban:<<iban:compact>>]]. Punt. Actie: basisbankrekening aanvragen. Zijn neef [[person:Yonas Habte]] helpt, telefoon [[phone:<<phone:dash>>]]."""
)
# ---- batch 11: dates and traps
T(
    """Notitie. Mevrouw [[person:Visser]] van de [[address:Renbaanstraat 26]] gaat [[date:de derde van de vijfde]] verhuizen naar een zorgappartement aan de Badhuisweg. Haar dochter [[person:Joke]] regelt de verhuizing. De verhuiswagen komt om acht uur. Ze is vierentachtig en woont al vijftig jaar in {{wijk:Scheveningen}}, dus het is een hele stap. Haar oude buurvrouw, mevrouw [[person:Jacobs]], wil haar blijven bezoeken."""
)

T(
    """Ja, ik spreek in voor het overleg. [[person:Mahabier]], [[person:Anil]] niet, de huurder, [[person:Soerinder Mahabier]]. Er is een keukentafelgesprek geweest op [[date:woensdag tien april]] met {{org:Haag Wonen}}. Uitkomst: hij krijgt nog één kans, de overlast moet stoppen. Er komt een evaluatie over zes weken, dus half mei ongeveer. Hij wil zelf graag hulp bij zijn dagstructuur. Aanmelden bij dagbesteding in de wijk, de Mussenstraat... nee, dat is de straat, {{org:Wijkcentrum De Mussen}}."""
)

T(
    """Kort verslag telefonisch contact met [[person:Jannie Mulder]], de buurvrouw van [[person:Wim]] op de Lijsterbesstraat... weet het huisnummer niet... ze zegt dat Wim sinds de feestdagen niet meer buiten komt. Kerst was het laatst. Ze heeft een sleutel. Ze wil dat we voor [[date:1 februari]] langskomen want dan gaat ze zelf op vakantie. Jannie is bereikbaar op [[phone:<<phone:l070w>>]]."""
)

T(
    """Notitie voor [[person:Khadija]]. Afspraken rond de ramadan: mevrouw [[person:Azzouzi]] wil geen afspraken tussen vijf en acht uur 's avonds. Het suikerfeest valt dit jaar rond [[date:10 april]], die dag is ze niet beschikbaar. Volgende afspraak dus pas [[date:maandag vijftien april]], om tien uur, bij haar thuis."""
)

T(
    """dictaat. ik was bij meneer [[person:de Bruijn]] met ij, [[person:D E]] spatie [[person:B R U IJ N]], [[address:Oude Haagweg 47]], hij heeft twee katten en een hond en de woning stinkt. hij is geboren in negentien vijftig, precies weet ik niet. Zijn broer [[person:Henk]] woont in Almere. {{role:wijkverpleegkundige}} [[person:Marloes]] gaat [[date:de negentiende]] mee voor de voeten."""
)

T(
    """Oké, notitie over de eh de groep van [[date:zaterdag 20 april]]. Met de vrijwilligers [[person:Willem]] en [[person:Mei]] een wandeling gedaan door het {{wijk:Zuiderpark}}. Deelnemers onder andere mevrouw [[person:Rosaria]], meneer [[person:Latuheru]] en [[person:Agnes]] van de [[address:Escamplaan 90]]. Volgende keer willen ze naar {{wijk:Kijkduin}}, in mei, als het weer mooi is. Willem Dreeslaan is het verzamelpunt, bij het bankje."""
)

T(
    """Nieuwe regel. Terugkoppeling gesprek met de {{role:bewindvoerder}}, mr. [[person:R. Vermeulen]] van {{org:Bewindvoering Haaglanden}}, over mevrouw [[person:Koster]], [[person:Ria Koster]]. Leefgeld gaat van vijftig naar zestig euro per week per [[date:1 mei]]. Het rekeningnummer voor het leefgeld blijft [[iban:<<iban:spaced>>]]. Bewindvoering is in tweeduizend twintig uitgesproken, rolnummer [[dossier:C/09/598221 / BM RK 20-1188]]. Punt."""
)

T(
    """Ik spreek even in over mevrouw [[person:Rosaria]], [[person:Maritza]]. Ze is vandaag vijfenzestig geworden, gefeliciteerd, en ze krijgt nu AOW. Maar ze is in tweeduizend acht pas naar Nederland gekomen, dus het is een gat van zestien jaar. Aanvullende inkomensvoorziening aanvragen bij de {{org:SVB}}. Haar geboortedatum staat in het dossier, [[date:9-4-1959]]. Hebben we haar IBAN? Ik denk [[iban:<<iban:words>>]] maar dat moet ik nog checken."""
)
# ---- batch 12: voicemail-to-text service output
T("""Nieuw voicemailbericht van [[phone:<<phone:intl>>]], ontvangen [[date:di 9 apr. 2024]] 10:14, duur 0:42.
"Ja hallo, met [[person:Paweł]], de man van [[person:Agnieszka]]. Wij hebben de brief van de {{org:Kredietbank}} gekregen, maar er staat de verkeerde naam op, [[person:Nowak]] met W, niet met V. Kunt u terugbellen. Dank je."
""")

T("""Voicemail (transcriptie, betrouwbaarheid 71%)
Van: [[phone:<<phone:compact>>]]
Ontvangen: [[date:14-04-2024]] 19:02
"...goedenavond met eh [[person:kofi]] ik ben de neef van meneer [[person:owusu]] die woont eh [[address:delftselaan negenentwintig]] hij is gevallen in de badkamer nu ligt hij in het ziekenhuis {{org:Haga}} ik weet niet wat ik moet doen met zijn post en zijn huur bel me terug alstublieft"
""")

T("""Voicemail van onbekend nummer, [[date:zaterdag 13 april]], 23:48.
"Ja... eh... met [[person:Youssef]]. Ik wil met [[person:Femke]] praten. Ze weet wel. Ik ben bij mijn broer nu. [[address:Stuwstraat 40]]. Ik heb geen telefoon meer. Zeg dat tegen haar. Ja." Einde bericht.""")

T("""Nieuwe voicemail
Beller: [[phone:<<phone:l070c>>]] (Huisartsenpraktijk [[person:Kuipers]])
Datum: [[date:maandag 15 april 2024]], 08:31
Tekst: "Goedemorgen, met de assistente van dokter [[person:Kuipers]], [[person:Sandra]]. Wij hebben een vraag over mevrouw [[person:Ingrid Bakker]], geboren [[date:18-07-1961]]. Wilt u ons terugbellen via de spoedlijn? Dank u wel."
""")

T("""Voicemail → tekst
Ontvangen van [[phone:<<phone:sp2>>]] om 12:55
"Hoi, met [[person:Maaike]]. Ik ben de {{role:mentor}} van [[person:Elif Çelik]] op het {{org:Johan de Witt College}}. Moeder heeft toestemming gegeven om contact met jullie op te nemen. Elif was [[date:vrijdag 12 april]] en [[date:maandag 15 april]] afwezig zonder bericht. Bel me even als je tijd hebt, op school of op dit nummer."
""")

T("""[voicemail, automatisch uitgeschreven, [[date:16/4]] 09:07]
goedemorgen met [[person:roel]] van {{org:xtra}} ik bel over meneer [[person:ouali]] zijn afspraak bij de {{org:kredietbank}} is verzet naar [[date:donderdag achttien april]] om half elf ik heb hem gebeld maar hij neemt niet op als jij hem ziet wil je het zeggen zijn kenmerk daar is [[dossier:KB twee vier nul één negen drie twee]] dank je""")
# ---- batch 13: spoken messages between colleagues (app voice memos)
T(
    """Hé [[person:Tessa]], spraakbericht want ik zit in de auto. Drie dingen. Eén: [[person:Joyce]], van de [[address:Soestdijksekade 212]], heeft haar uitkering weer, dus die kan je van de lijst halen. Twee: bij [[person:Bep Smit]] moeten we echt iets, de dochter belt elke dag. Drie: ik ben [[date:vrijdag de 26e]] vrij, dus het overleg moet naar donderdag. Doei!"""
)

T(
    """Hoi [[person:Sanne]]. Ehm. Ik heb net [[person:Agnes]] gesproken, die van het wandelgroepje, ze vroeg of jij haar formulier voor de {{org:Ooievaarspas}} nog hebt. Ze heeft een nieuwe postcode trouwens, ze is verhuisd naar haar zoon, <<pc:spl>>, [[address:Melis Stokelaan 2215]]. En haar nummer blijft hetzelfde. Dat was het, spreek je."""
)

T(
    """Ja [[person:Jeroen]], met [[person:Mirjam]]. Even over die jongen, [[person:José]]. De {{org:Kessler Stichting}} heeft een bed voor hem vanaf [[date:maandag de 22e]]. Hij moet zich melden bij de {{org:Centrale Toegang}}, het adres stuur ik je nog, even checken. Zijn dossiernummer daar is [[dossier:MO-24-0771]]. Kun jij hem dat vertellen? Ik kan hem niet bereiken."""
)

T(
    """Bericht voor [[person:Lisette]]: ik heb je doorverwijzing van [[person:Al Masri]] ontvangen, dank je. Eerste gesprek is gepland op [[date:dinsdag 23 april]] om elf uur, op de [[address:Beresteinlaan 512]] bij hem thuis. Als je nog iets wil doorgeven, mijn directe nummer is [[phone:<<phone:dash>>]]. Groet, [[person:Bram]]."""
)

T(
    """ehm [[person:pieter]] ik heb die mevrouw [[person:warsame]] gesproken [[person:faadumo]] de tante van [[person:hodan]] ze is erg boos dat je niet hebt teruggebeld ik heb gezegd dat je ziek was ik heb haar de aanvraag gegeven met nummer [[dossier:W M O twee vier nul drie drie acht]] wil je haar morgen, [[date:woensdag de 24e]] bellen"""
)

T(
    """Voicememo [[person:Yvonne]] aan [[person:Hamid]]: meneer [[person:Alkhatib]] belde weer over de nareis van zijn vrouw, [[person:Rania]]. Ze is in Beiroet. Het gaat om de leges, twee honderd tien euro. Kan dat uit de bijzondere bijstand? Zijn klantnummer bij {{org:SZW}} is [[dossier:400 812 77]]. Ik heb het nummer van zijn rekening hier, [[iban:<<iban:spaced>>]]."""
)

T(
    """[[person:Marieke]], met [[person:Dirk-Jan]]. De familie [[person:Lopes Fortes]], die dochter, [[person:Maria]], belde dat de {{role:casemanager dementie}} niet is gekomen op [[date:dinsdag de zesentwintigste]]. Ik heb toen gezegd dat het in maart was, dus het is [[date:26 maart]] geweest. Kan jij checken of dat klopt? Haar mail is [[email:mlopesfortes@live.nl]]."""
)
# ---- batch 14: casusoverleg dictated afterwards
T(
    """Verslag casusoverleg [[date:donderdag 11 april]], ingesproken door [[person:Tessa]]. Aanwezig: [[person:Tessa]] ({{role:casusregisseur}}), [[person:Marloes]] ({{role:wijkverpleegkundige}}), [[person:Femke]] ({{role:maatschappelijk werker}}), [[person:Hamid]] ({{role:Wmo-adviseur}}), [[person:Esther]] ({{org:MEE}}). Punt één, [[person:Cor de Wit]]: wond geneest, dochter [[person:Roos]] is weer in beeld, afsluiten over een maand. Punt twee, [[person:Shanti Jagroep]]: overdracht van Esther naar [[person:Jeroen]] loopt. Punt drie, [[person:Youssef Ouali]]: zorgen, Femke belt {{org:Parnassia}}. Punt vier, mevrouw [[person:Hoogendoorn]]: niks aan de hand, griep, geen actie. Volgende overleg [[date:25 april]]."""
)

T(
    """Oké, kort verslag MDO {{wijk:Bouwlust}}/{{wijk:Vrederust}}. Casus één: [[person:Kiran Jairam]], vermist geweest van [[date:14]] tot [[date:17 april]], nu terug bij moeder. {{org:MEE}} blijft betrokken. Casus twee: meneer [[person:Van der Velde]], weigert zorg, {{role:huisarts}} [[person:Verhoeven]] gaat op huisbezoek [[date:maandag 22-4]]. Casus drie: familie [[person:Rahimi]], huurachterstand, betalingsregeling met {{org:Haag Wonen}} getroffen, honderd euro per maand. Zaaknummer gemeente voor de familie: [[dossier:2024-SZW-118734]]."""
)

T(
    """Ik spreek even het verslag in van de bespreking over bemoeizorg. Aanwezig was ook [[person:Gijs]] van {{org:Parnassia}} en de {{role:wijkagent}} [[person:Wouter]]. Het ging over meneer [[person:Dimitrov]] en over mevrouw [[person:Bep Smit]]. Bij meneer Dimitrov is de situatie stabiel maar slecht. Bij mevrouw Smit gaat het snel achteruit, ze is gisteren weer op straat gevonden, bij de Tesselsestraat. Besloten: een IBS wordt niet aangevraagd, wel een spoedindicatie Wlz via het {{org:CIZ}}. Dossier CIZ: [[dossier:CIZ-77104582]]."""
)

T(
    """Verslag. Overleg met [[person:Linda Hoekstra]] van {{org:Veilig Thuis}} en [[person:Saskia]] van het {{org:CJG}} over gezin [[person:Kaya]]. Moeder [[person:Fatma]] heeft een eigen woning gekregen via urgentie, [[address:Vaillantlaan honderdzestig A]], <<pc:single>>, per [[date:eerste mei]]. Vader [[person:Emre]] heeft een contactverbod. Kinderen blijven bij moeder. Nieuw telefoonnummer moeder, niet doorgeven aan vader: [[phone:<<phone:pairs>>]]."""
)
# ---- batch 15: corrections, repeats, misrecognitions
T(
    """Ja hallo met [[person:Henk Bakker]], ik bel voor mijn vrouw [[person:Riet]]. Mijn nummer is [[phone:nul zes, vierendertig, zeventien, nee wacht, vierendertig zevenenzestig, negentien tachtig]]. Ik herhaal: [[phone:06 34 67 19 80]]. Het gaat over de scootmobiel, die is weer kapot. We wonen [[address:Erasmusweg 1190]]. Dank u."""
)

T(
    """Notitie. Meneer [[person:el am rani]], ik bedoel [[person:El Amrani]], de spraakherkenning maakt er iets raars van. [[person:Mohammed El Amrani]]. Hij heeft alle papieren ingeleverd voor [[date:vijftien april]], dus op tijd. Het dossiernummer klopt niet helemaal, het is niet [[dossier:2024-06616]] maar [[dossier:2024-06661]]. Ik heb het aangepast."""
)

T(
    """Goedemiddag, met [[person:Hüseyin Demir]]. Mijn dochter [[person:Hatice]] heeft gebeld. Ik ben niet in de war. Ik woon [[address:Hoefkade vierhonderd... vierhonderdachttien]]. Ik wil graag dat niemand meer komt. Dag."""
)

T(
    """Even een correctie op mijn notitie van vanochtend. Ik zei dat de afspraak met mevrouw [[person:Benali]] op [[date:de twintigste]] was, maar het is [[date:de eenentwintigste]], [[date:maandag eenentwintig]]... nee, [[date:maandag tweeëntwintig april]]. Sorry. En het is niet op de [[address:Hoefkade 1022]] maar op kantoor."""
)

T(
    """Hallo, met [[person:Andreea]], ik had eerder gebeld. Ik gaf het verkeerde nummer. Het goede nummer is [[phone:<<phone:single>>]]. Niet wat ik eerst zei. Mijn man [[person:Florin Stan]], niet [[person:Munteanu]], Munteanu is mijn naam. Sorry. Dank u wel."""
)

T(
    """dictaat mevrouw [[person:Jilmaz]]... correctie, [[person:Yilmaz]] met een Y, [[person:Ayşe Yilmaz]], de trapliftaanvraag is goedgekeurd, kenmerk [[dossier:WMO-2024-41207]], installatie half mei... nee, er is nog geen datum. Zoon [[person:Murat]] wordt gebeld door de leverancier op [[phone:<<phone:dash>>]]."""
)

T(
    """[[person:Tessa]] hier. Ik moet iets rechtzetten in het dossier van [[person:Kwame Mensah]]. Ik had genoteerd dat hij geboren is op [[date:12 juli 1975]], maar het is [[date:21 juli 1975]], ik had het omgedraaid. Ook zijn huisnummer: niet [[address:Paul Krugerlaan 121]] maar [[address:Paul Krugerlaan 112]]."""
)
# ---- batch 16: other languages mixed in, interpreters
T(
    """Hello, this is [[person:Abena]], [[person:Abena Asante]]. I was at the {{org:Voedselbank}}, they say the bank number is wrong. The right one is [[iban:<<iban:letters>>]]. I live [[address:Weimarstraat acht]], ground floor. My daughter [[person:Efua]] can translate, her number is [[phone:<<phone:sp2>>]]. Thank you, God bless."""
)

T(
    """Gesprek via de tolkentelefoon, tolk Tigrinya via {{org:Tolkennet}}, tolknummer [[dossier:T-40981]]. Cliënte [[person:Merhawit]] vertelt dat ze sinds [[date:maandag 1 april]] niet meer naar school gaat omdat ze wordt gepest. Haar tante [[person:Semhar Kidane]] is erbij. Ze wonen op [[address:Harstenhoekweg 7]]. Afspraak: de {{role:leerplichtambtenaar}} wordt niet ingeschakeld, eerst gesprek met school."""
)

T(
    """Oké, verslag gesprek met meneer [[person:Ahmad Al-Hamwi]] en zijn vrouw [[person:Rasha]]... nee, zijn vrouw heet [[person:Reem]], [[person:Rasha]] is een andere cliënte. Gesprek in het Arabisch met [[person:Hamid]] als tolk. Meneer heeft een brief van de {{org:Belastingdienst}} over de huurtoeslag, ze moeten drieduizend tweehonderd euro terugbetalen. BSN meneer: <<bsn:single>>. Mail: [[email:a.alhamwi@gmail.com]]. Adres: [[address:Heeswijkplein 31]], <<pc:std>>."""
)

T(
    """Voicemail in het Engels, vertaald: meneer [[person:Kwame Mensah]] laat weten dat hij een advocaat heeft gevonden, mr. [[person:De Jong]], [[person:J. de Jong]], en dat de zitting is op [[date:achtentwintig april]]. Hij vraagt of iemand van het team mee kan. Zijn nummer [[phone:<<phone:intl>>]]. Zaaknummer bij de rechtbank: [[dossier:11029384 CV EXPL 24-5512]]."""
)

T(
    """Bericht van [[person:Ivan Petrov]], ingesproken in gebroken Nederlands, samengevat: de huisbaas, een meneer [[person:Van Rijn]], heeft hem [[date:zondag 14 april]] buitengezet. Hij slaapt nu bij een vriend, [[person:Georgi]], in {{wijk:Laak}}, adres [[address:Fahrenheitstraat 55 2e]]. Zijn nummer is hetzelfde, [[phone:<<phone:mixed>>]]."""
)

T(
    """Spraakbericht van een tante van [[person:Mina Sultani]], in het Dari, [[person:Zarghona]] heeft het voor ons vertaald. Mina is zeventien en zit sinds [[date:10 maart]] thuis. Ze is zwanger. De familie wil niet dat het {{org:CJG}} komt. [[person:Mina]]'s eigen nummer: [[phone:<<phone:pairs>>]]. Tante woont op de [[address:Goudenregenstraat 205]], waar ook de familie [[person:Rahimi]] woont, dat is familie."""
)
# ---- batch 17: long dictated reports
T(
    """Goed, ik ga het verslag inspreken van het huisbezoek bij mevrouw [[person:Wilhelmina Dekker]], eh, iedereen noemt haar [[person:Mien]]. Datum [[date:woensdag zeventien april]]. Adres [[address:Zonnebloemstraat 12 A]] in {{wijk:Bouwlust}}. Punt. Nieuwe regel. Mevrouw is tweeëntachtig, weduwe, heeft één zoon, [[person:Ronald]], die in Spanje woont en een keer per maand belt. Ze heeft beginnende dementie, diagnose vorig jaar door de geheugenpoli. De {{role:casemanager dementie}}, [[person:Ilse]], komt eens per twee weken. Punt. Wat opviel: de koelkast stond vol met bedorven eten, er lagen onbetaalde rekeningen, onder andere van de {{org:Gemeentebelastingen}} en van de energie. Mevrouw weet niet meer hoe ze moet internetbankieren. Haar rekening is [[iban:<<iban:spaced>>]], de bankpas had ze nog. Nieuwe regel. Afspraken: aanvraag bewindvoering bespreken met de zoon, Ronald bellen op [[phone:+34 612 48 71 09]]. Maaltijdservice regelen. Volgende bezoek samen met Ilse op [[date:1 mei]]. Einde verslag."""
)

T(
    """Verslag huisbezoek punt Het is [[date:vrijdag negentien april]] komma ik was samen met [[person:Hamid]] bij de familie [[person:Al-Hamwi]] op het [[address:Heeswijkplein 31]] punt Aanwezig meneer [[person:Ahmad]] komma mevrouw [[person:Reem]] en de drie kinderen [[person:Omar]] komma [[person:Lana]] en de kleine [[person:Yusuf]] punt nieuwe regel Meneer heeft sinds twee maanden werk bij een bouwbedrijf in Rijswijk komma maar de toeslagen zijn niet aangepast punt De terugvordering van de {{org:Belastingdienst}} is nu drieduizend tweehonderd euro punt We hebben samen een betalingsregeling aangevraagd punt Kenmerk van de brief [[dossier:8734.21.004.T.42.0012]] punt nieuwe regel Mevrouw wil graag Nederlands leren komma ze wacht al een jaar op een plek punt Doorverwijzen naar het taalhuis in de bibliotheek in {{wijk:Escamp}} punt De oudste komma Omar komma heeft problemen op school en gaat naar het {{org:CJG}} punt Volgende afspraak [[date:drie mei]] punt einde"""
)

T(
    """Oké, dit is een wat langer verslag, want er is veel gebeurd. Meneer [[person:Radjesh Bhoelai]], vierenvijftig, woont alleen op de [[address:Loosduinseweg 766]], tweehoog, postcode <<pc:std>>. Hij is aangemeld door zijn zus, [[person:Shanti]], niet te verwarren met onze cliënte [[person:Shanti Jagroep]]. Zus belde op [[date:8 april]] dat ze hem al weken niet gezien had. Ik ben [[date:dinsdag de negende]] langs geweest met [[person:Marloes]]. Meneer deed open, zag er verwaarloosd uit. Hij vertelde dat hij in [[date:december, vlak voor kerst, de twintigste]], zijn baan is kwijtgeraakt bij de gemeentereiniging en sindsdien niks meer heeft aangevraagd. Geen inkomen dus, al vier maanden. Hij leeft van spaargeld en dat is nu op. BSN: <<bsn:sp3>>. We hebben samen de aanvraag levensonderhoud gedaan bij {{org:SZW}}, aanvraagnummer [[dossier:LO-2024-55102]]. Hij wil geen contact met de {{org:GGZ}}, maar stemt wel in met een wekelijks bezoek. Zus bereikbaar op [[phone:<<phone:pairs>>]]."""
)

T(
    """Ja, eh, verslag van vandaag, [[date:maandag 22 april]], met mevrouw [[person:Giselle Isenia]] in {{wijk:Moerwijk}}. Ze woont met haar twee zoons, [[person:Jayden]] van zeventien en [[person:Jeremy]] van veertien, op de [[address:Wolweversgaarde 45-II]]... nee dat is de oude, ze woont nu [[address:Moerweg 118]]. Eh, er is sprake van een forse schuld, rond de vijftienduizend euro, vooral oude schulden uit Curaçao en een lening. Mevrouw werkt als schoonmaakster, vierentwintig uur. Jayden is van school af en hangt rond, de {{role:jongerenwerker}} van {{org:Stichting JIP}} kent hem. Mevrouw is bang dat hij in de criminaliteit belandt. Afspraken: aanmelding {{org:schuldhulpverlening}}, daarvoor BSN: <<bsn:dots>>, rekening [[iban:<<iban:compact>>]]. Gesprek met de {{role:jongerenwerker}}, [[person:Chanel]], over Jayden. Mevrouw heeft haar mail gegeven: [[email:giselle punt isenia apenstaartje hotmail punt com]]."""
)
# ---- batch 18: long voicemails and calls
T(
    """Ja goedemiddag, u spreekt met [[person:Marja Roos]], ik ben de zus van [[person:Wim Mulder]], nee wacht, ik ben de schoonzus, mijn man [[person:Hennie]] is de broer. Ehm. Ik bel omdat Hennie in het ziekenhuis ligt en ik nu de dingen voor Wim probeer te regelen. Wim woont nog steeds op de [[address:Lijsterbesstraat 23]], de benedenwoning, postcode <<pc:spl>>. Hij heeft een afspraak bij {{org:Parnassia}} gehad op [[date:tweeëntwintig maart]] en daar zou een vervolg uit komen maar er is niks gekomen. Hij heeft ook geen geld meer voor de huur van deze maand, dat is zevenhonderdtachtig euro. Ik wil weten of jullie kunnen helpen met de bijzondere bijstand of zoiets. Ik kan ook zijn rekeningnummer geven, dat is [[iban:<<iban:words>>]]. U kunt mij bellen op [[phone:<<phone:hes>>]], of mailen, [[email:marja.roos@kpnmail.nl]]. Alvast bedankt, hoor. Dag."""
)

T("""[00:00:02] Medewerker: Goedemorgen, {{org:sociaal wijkzorgteam}} {{wijk:Leyenburg}}, met [[person:Pauline]].
[00:00:05] Beller: Ja goedemorgen, u spreekt met [[person:Soerinder Mahabier]].
[00:00:08] Medewerker: Goedemorgen meneer [[person:Mahabier]], waarmee kan ik u helpen?
[00:00:11] Beller: Ik heb een brief gekregen van {{org:Haag Wonen}} en ik snap het niet. Ze zeggen dat ik op [[date:tien april]] een gesprek had en dat ik niet gekomen ben, maar ik was er wel.
[00:00:20] Medewerker: Ik kijk even. Wat is uw geboortedatum?
[00:00:23] Beller: [[date:Zesentwintig zes negentien achtenzestig]].
[00:00:27] Medewerker: En uw postcode?
[00:00:29] Beller: <<pc:pairs>>.
[00:00:34] Medewerker: Ja, ik zie het. Er staat dat het gesprek op [[date:woensdag 10 april]] heeft plaatsgevonden, met u, [[person:Anil]] van {{org:Haag Wonen}} en onze collega. Dus u was er wel. Ik bel Anil even om het recht te zetten.
[00:00:47] Beller: Dank u. Zijn nummer staat op de brief, [[phone:<<phone:dash>>]].""")

T(
    """Goedemiddag, met [[person:Rachid Tahiri]]. Ik heb eerder gebeld over [[person:Youssef]], de jongen van boven, [[address:Kazernestraat 19-II]]. Nu is het erger. Vannacht heeft hij de ruit van de portiek ingegooid. De politie is geweest, ik heb een aangifte gedaan, het nummer is [[dossier:2024112233-1]]. Ik wil niet dat hij in de problemen komt, hij is een goeie jongen, maar het kan zo niet. Mijn vrouw [[person:Hafsa]] is bang. We hebben drie kleine kinderen. Kunt u iets doen? Ik ben de hele dag thuis, nummer is [[phone:<<phone:wcommas>>]]. Dank u wel. O ja, zijn moeder woont in {{wijk:Transvaal}}, mevrouw [[person:Ouali]], misschien kan die iets."""
)
# ---- batch 19: dictation commands everywhere
T(
    """Aanhef komma Beste [[person:Ingrid]] komma nieuwe regel nieuwe regel Hierbij stuur ik je komma zoals besproken komma de gegevens van meneer [[person:Sastro]] punt Naam [[person:Iwan Sastro]] komma geboren [[date:vijf november negentien zesenzestig]] komma wonende [[address:Zuiderparklaan 88]] komma <<pc:std>> punt BSN <<bsn:plain>> punt nieuwe regel Hij heeft toestemming gegeven om deze gegevens met jou als {{role:bewindvoerder}} te delen punt nieuwe regel nieuwe regel Met vriendelijke groet komma nieuwe regel [[person:Bram Hoekstra]] komma {{role:maatschappelijk werker}} {{org:SWT}} {{wijk:Segbroek}}"""
)

T(
    """Mail aan {{org:Veilig Thuis}} dubbele punt nieuwe regel Geachte mevrouw [[person:Hoekstra]] komma beste [[person:Linda]] komma nieuwe regel In aanvulling op ons overleg van [[date:donderdag achttien april]] komma het adres van mevrouw [[person:Doğan]] is gewijzigd punt Zij woont nu op [[address:Vaillantlaan 160 A]] punt Graag dit adres niet delen met meneer [[person:Kaya]] punt nieuwe regel Groet komma [[person:Tessa]]"""
)

T(
    """Notitie openen haakje huisbezoek haakje sluiten dubbele punt mevrouw [[person:Monteiro]] komma [[person:Djamila Monteiro]] komma [[address:Hobbemastraat 140]] punt Mevrouw heeft een nieuwe bankrekening geopend bij een andere bank komma nummer [[iban:<<iban:words>>]] punt Het oude nummer opheffen punt Vraagteken hoe zit het met de automatische incasso van de huur vraagteken nieuwe regel Actie voor [[person:Jeroen]] dubbele punt {{org:Staedion}} bellen punt"""
)

T(
    """Verslag punt nieuwe regel Cliënt dubbele punt [[person:Hüseyin Demir]] punt nieuwe regel Geboortedatum dubbele punt [[date:nul negen nul drie negentien negenenveertig]] punt nieuwe regel BSN dubbele punt <<bsn:pairs>> punt nieuwe regel Contactpersoon dubbele punt dochter [[person:Hatice Demir]] komma [[phone:<<phone:pairs>>]] komma [[email:hatice punt demir at outlook punt com]] punt nieuwe regel Bijzonderheden dubbele punt meneer wil geen bezoek maar dochter is ongerust punt Overleg met {{role:huisarts}} [[person:Aydın]] punt"""
)

T(
    """Brief aan de woningcorporatie, dicteren. Geachte heer, mevrouw komma nieuwe regel Namens mijn cliënt komma de heer [[person:J. Martina]] komma huurder van de woning aan de [[address:Troelstrakade 77 C]] te Den Haag komma verzoek ik u de ontruiming gepland op [[date:5 april 2024]] op te schorten punt Er is inmiddels een betalingsregeling getroffen en de achterstand van tweeduizend achthonderd euro wordt via de {{org:Kredietbank}} afgelost punt Uw kenmerk dubbele punt [[dossier:VES-HUUR-22-8841]] punt nieuwe regel Hoogachtend komma [[person:Femke Jansen]] komma {{role:maatschappelijk werker}} punt"""
)
# ---- batch 20: lookalikes and things that must stay readable
T(
    """Notitie huisbezoek bij meneer [[person:Visser]], [[person:Klaas Visser]], oud-visser uit {{wijk:Scheveningen}}, woont nu op de [[address:Duinstraat 14-III]]. Hij heeft veertig jaar op zee gezeten en praat over niks anders. Sinds de dood van zijn vrouw in tweeduizend tweeëntwintig is hij somber. De buurvrouw brengt brood van de bakker mee. Ik heb hem gewezen op de koffieochtend in het wijkcentrum, elke dinsdag van tien tot twaalf. Hij kent daar een paar mannen van de visafslag. Het nummer van de gemeente, 14 070, heeft hij, maar hij belt nooit. Zoon [[person:Arie]] bel ik morgen, [[phone:<<phone:sp2>>]]."""
)

T(
    """Ik heb goede hoop dat het nu gaat lukken met mevrouw [[person:De Hoop]]. Ze heeft eindelijk ja gezegd tegen de {{role:thuisbegeleider}}. In mei gaan we evalueren. Ze is zevenentachtig en woont sinds negentienzestig op hetzelfde adres, [[address:Albardastraat 58]], zesde verdieping. Als er iets is met huiselijk geweld of zorgen om haar veiligheid, dan kan de familie {{org:Veilig Thuis}} bellen, nummer 0800-2000, dat heb ik haar dochter [[person:Ans]] ook gegeven."""
)

T(
    """Kort: mevrouw [[person:Bakker]] is niet de mevrouw van de bakkerij maar de cliënte uit {{wijk:Duindorp}}, [[person:Ingrid Bakker]]. Ze had een afspraak om kwart over negen. Het ging over haar zoon [[person:Dennis]] die weer bij haar is ingetrokken. Er lijkt geld te verdwijnen. Ze wil er niet over praten. Volgende afspraak zonder zoon, [[date:dinsdag 7 mei]], bij de {{role:huisarts}}."""
)

T(
    """Verslag. Vandaag met meneer [[person:De Wit]] naar de Wit-Russische kerk aan de Laan van Meerdervoort geweest, hij wilde daar een kaarsje branden voor zijn vrouw. Geen cliënte, gewoon een begrafenis lang geleden. Hij is negenenzeventig. Het was een goed moment om te praten. Hij wil toch wel een alarmknop. Aanvragen via de {{org:Wmo}}. Zijn dochter [[person:Roos de Wit]] had ik al gebeld, ze vindt het prima. Ze heeft een rozenkwekerij in Honselersdijk, dus overdag lastig bereikbaar, mailen naar [[email:roos@dewitrozen.nl]]."""
)

T(
    """Notitie. Mevrouw [[person:Koster]] belde dat de koster van de kerk haar sleutel heeft. Ik snapte het eerst niet. Blijkt dat de koster, meneer [[person:Hendriks]], ook haar buurman is. Zij woont [[address:Stieltjesstraat 21]], hij op nummer [[address:drieëntwintig]]. Alles goed. Verder: haar leefgeld is verhoogd naar zestig euro per week, bevestigd door haar {{role:bewindvoerder}}."""
)

T(
    """Dit is geen cliënt maar even voor mezelf: de Jan van Nassaustraat is afgesloten, omrijden via de Willem de Zwijgerlaan. Goed. Afspraak bij [[person:Mei Ling Tan]] om twee uur, [[address:Copernicusstraat 87]] in {{wijk:Valkenboskwartier}}. Ze is half Chinees, half Surinaams en spreekt vloeiend Nederlands. Ze wil hulp bij de aanvraag van een {{org:Ooievaarspas}} voor haar en haar dochter [[person:Summer]]. Ze verdient net te veel, twee euro boven de norm volgens haar."""
)

T(
    """Ingesproken notitie. Bij de familie [[person:Roosenboom]] geweest, niet te verwarren met [[person:Roos]], de dochter van [[person:Cor de Wit]]. Familie Roosenboom woont [[address:Thomsonlaan 62]]. Mevrouw is hoogzwanger van de vierde, uitgerekend op [[date:zesentwintig mei]]. Ze hebben geen kinderwagen en geen bedje. Via de {{org:Stichting Babyspullen}} regelen. Hun rekening voor de bijdrage: [[iban:<<iban:spaced>>]]."""
)
# ---- batch 21: relatives' voicemails, longer
T(
    """Hallo, goedemiddag, met [[person:Serkan Yıldız]], ik bel vanuit Duitsland, ik ben de zoon van [[person:Emine Yıldız]]. Iemand van {{org:Sensoor}} heeft mij gebeld, of nee, mijn moeder zei dat iemand van jullie mij zou bellen. Ik maak me zorgen. Mijn moeder woont alleen sinds mijn vader is overleden, dat was [[date:tien januari]]. Ze heeft niemand in Nederland. Ik kan niet zomaar komen, ik werk hier. Mijn nummer is [[phone:plus negenenveertig één vijf twee, drie acht zes, vier vier een nul twee]], ik herhaal, [[phone:+49 152 386 44102]]. Of mail naar [[email:serkan.yildiz@web.de]]. Haar adres is [[address:Ruychrocklaan 140-C]], dat weet u. Dank u wel."""
)

T(
    """Ja hoi, met [[person:Efua]], de dochter van [[person:Abena Asante]]. Mijn moeder vroeg of ik u wilde bellen omdat haar Nederlands niet zo goed is. Ze heeft een brief gekregen van de {{org:Voedselbank}} dat ze niet meer mag komen omdat de papieren niet compleet zijn. Ik heb alles nu, het bankafschrift en de huurspecificatie. Kan ik dat mailen naar iemand? Mijn mail is [[email:efua punt asante zes apenstaartje gmail punt com]]. En mijn moeder haar BSN heeft u nodig denk ik, dat is <<bsn:single>>. Bel me maar op dit nummer. Doeg."""
)

T(
    """Hallo, met de buurvrouw van mevrouw [[person:Chen]], ik ben [[person:Petra Smit]]. Mevrouw Chen is terug uit China sinds gisteren. Ze vroeg of [[person:Tessa]] of de andere mevrouw nog een keer wil komen. Ze heeft ook een vraag over haar huurtoeslag, die is gestopt toen ze weg was. Ze woont op de [[address:Wagenstraat 102]], boven de toko. Mijn nummer is [[phone:<<phone:l070s>>]], haar eigen nummer werkt nog niet want ze heeft een nieuwe simkaart. Groetjes."""
)

T(
    """Goedemorgen, u spreekt met [[person:Richenel Statia]], ik ben de broer van [[person:Rudsel]]. Rudsel heeft morgen die zitting over de huur, op [[date:de twaalfde]], en ik ga mee. De advocaat heeft gezegd dat het dossier van jullie moet komen, van het {{org:wijkteam}}, met wat jullie hebben gedaan. Kan dat vandaag nog gemaild worden naar [[email:r.statia@live.nl]]? Het rolnummer is [[dossier:CV EXPL 10887763]]. Heel erg bedankt."""
)

T(
    """Ja, hallo, met [[person:Nasrin Hakimi]], de zus van [[person:Farid]]. Farid heeft nu wel een telefoon, een oude van mij. Het nummer is [[phone:<<phone:mixed>>]]. Hij heeft ook een adres gevonden, bij een vriend, [[address:Dierenselaan 22 boven]], maar hij mag zich daar niet inschrijven. Wat moet hij nu doen met zijn post? Misschien een briefadres? Wilt u terugbellen. Dank u."""
)
# ---- batch 22: phone transcripts, intake by phone
T("""Spreker 1: {{org:Servicepunt XL}} {{wijk:Laak}}, met [[person:Carolien]], goedemiddag.
Spreker 2: Ja, hallo, met [[person:Florin Stan]]. Mijn vrouw heeft gebeld, [[person:Andreea]].
Spreker 1: Ja, meneer [[person:Stan]]. Ik zie de notitie. U bent gevallen op het werk?
Spreker 2: Ja, [[date:twaalf februari]]. Mijn arm is gebroken. Het uitzendbureau betaalt niet meer.
Spreker 1: Heeft u een BSN voor mij?
Spreker 2: Ja, eh... [[bsn:<<bsn:single>>]].
Spreker 1: En uw adres?
Spreker 2: [[address:Rijswijkseweg 188 A]], <<pc:std>>.
Spreker 1: Ik ga u aanmelden voor een gesprek bij de {{role:klantmanager}} van {{org:SZW}}. Uw referentie wordt [[dossier:SZW-24-901227]]. U krijgt een brief.""")

T("""[00:00:01] A: Goedemorgen, met [[person:Lotte]] van het {{org:wijkteam}}.
[00:00:03] B: Ja, met [[person:Zeynep]]. [[person:Çelik]]. Met een C met een staartje.
[00:00:07] A: Hoi mevrouw [[person:Çelik]]. Hoe gaat het?
[00:00:09] B: Niet goed. Mijn man heeft een brief van het {{org:UWV}}, zijn uitkering stopt. WIA is afgewezen.
[00:00:15] A: O, dat is vervelend. Heeft u de brief daar?
[00:00:17] B: Ja. Er staat... kenmerk [[dossier:UWV/WIA/2024/338172]].
[00:00:24] A: Oké. Daar kan bezwaar tegen. Ik kom langs. Past [[date:vrijdag drie mei]]?
[00:00:28] B: Ja, om elf uur. U weet het adres, [[address:Wouwermanstraat 71-B]].""")

T("""Medewerker: {{org:Wijkzorgteam}}, met [[person:Hamid]].
Beller: Hallo, ik heet [[person:Bogdan]], [[person:Bogdan Wiśniewski]]. Ik ben de neef van [[person:Krzysztof]].
Medewerker: [[person:Krzysztof Wiśniewski]]? Van de [[address:Stuwstraat 9]]?
Beller: Ja, hij woont daar in een kamer, nummer negen, derde kamer. Hij is heel ziek. Hij drinkt niet meer, maar hij eet ook niet.
Medewerker: Is hij bij de {{role:huisarts}} geweest?
Beller: Hij heeft geen {{role:huisarts}}. Hij heeft geen verzekering.
Medewerker: Oké. Mag ik uw nummer? Dan bel ik u terug na overleg met de {{role:wijkverpleegkundige}}.
Beller: [[phone:<<phone:intl>>]]. Ik spreek ook Engels.""")

T(
    """Telefoonnotitie [[date:23-04-2024]]. Gebeld door [[person:Maaike]], {{role:mentor}} van [[person:Elif]]. Elif is vandaag in de klas ingestort, huilend, zei dat het thuis niet gaat. School heeft {{org:Veilig Thuis}} gebeld voor advies, niet gemeld. Maaike wil een gesprek met ouders en ons, op school. Voorstel [[date:donderdag 25 april]] om half vier. Mailadres Maaike: [[email:m.vandijk@jdwc.nl]]. Doorgegeven aan [[person:Saskia]] van het {{org:CJG}}."""
)

T(
    """Gespreksnotitie telefonisch contact met de heer [[person:T. Zieliński]], [[date:24 april]]. Hij belt dat hij een regeling heeft met het {{org:CJIB}}, honderdvijftig euro per maand. Betalingskenmerk [[dossier:4410 2231 8876 1093]]... dat zei hij, ik weet niet of dat klopt, nog checken. Hij is verhuisd, nieuw adres [[address:Laakkade 342]], unit negentien, postcode <<pc:nospace>>. Nieuw nummer: [[phone:<<phone:hes>>]]."""
)
# ---- batch 23: mixed, longer notes in other neighbourhoods
T(
    """Oké, notitie van het huisbezoek in {{wijk:Ypenburg}}, bij de familie [[person:Manuputty]], [[address:Dedemsvaartweg 544]]. Mevrouw [[person:Netty Manuputty]] zorgt voor haar man, [[person:Johan]], die Parkinson heeft. Ze is zelf ook niet gezond, hartproblemen. Ze zijn allebei achter in de zeventig. De kinderen wonen in Zwolle en Breda en komen eens per maand. Ze willen graag respijtzorg, een paar dagen per maand, zodat mevrouw kan bijkomen. Aanvraag via de {{role:Wmo-adviseur}}. Het nummer van de oudste zoon, [[person:Ronny]], is [[phone:<<phone:pairs>>]]. Geboortedatum meneer: [[date:drie juni negentien zesenveertig]]."""
)

T(
    """Verslag kennismaking in {{wijk:Leidschenveen}}. Mevrouw [[person:Priya Ramcharan]], vierendertig, twee jonge kinderen, [[person:Arjun]] en [[person:Diya]], net gescheiden. Woont in het koophuis aan de [[address:Hoornwijckweg 9-B]] dat verkocht moet worden. Ex-partner, meneer [[person:Ramcharan]], betaalt geen alimentatie. Zij werkt drie dagen bij een apotheek. Zorgen: huisvesting na verkoop, geld, en ze slaapt slecht. Ze wil nadrukkelijk niet naar de {{org:GGZ}}. Afspraak: aanmelden voor urgentie, daarvoor is nodig het BSN, <<bsn:dots>>, en een bewijs van inkomen. Mail: [[email:priya.ramcharan@hotmail.nl]]. Volgende afspraak [[date:woensdag acht mei]]."""
)

T(
    """Ingesproken na huisbezoek in {{wijk:Regentessekwartier}}. Meneer [[person:Bert Kuijpers]], eenenzestig, ex-gedetineerde, drie maanden vrij. Woont in een kamer via het {{org:Leger des Heils}}, [[address:Weimarstraat 220 kamer 4]]... het adres is [[address:Weimarstraat 220]], kamer vier. Hij heeft een {{role:reclasseringswerker}}, [[person:Annemiek]], die hij goed vindt. Zijn vraag: werk. Hij was vroeger lasser. Ik heb hem in contact gebracht met het {{org:Werkgeversservicepunt}}. Zijn reclasseringsnummer, voor de zekerheid, [[dossier:RN-2023-04418]]. Telefoon [[phone:<<phone:sp4>>]]."""
)

T(
    """Notitie huisbezoek {{wijk:Morgenstond}}, [[date:vrijdag 26 april]]. Meneer en mevrouw [[person:Osei]], [[person:Kwabena]] en [[person:Adjoa]], uit Ghana, wonen sinds twintig jaar in Nederland. Meneer heeft nierproblemen en moet drie keer per week dialyseren in het {{org:HMC}} Westeinde. Vervoer is het probleem, taxi's komen te laat. Adres [[address:Melis Stokelaan 1603]], <<pc:std>>. Aanvraag {{org:Wmo}}-vervoer. Mevrouw heeft haar rekening gegeven voor een bijdrage uit het noodfonds: [[iban:<<iban:pairs>>]]."""
)

T(
    """ja dit is [[person:marloes]] {{org:wijkverpleging}} even snel mevrouw [[person:manuputty]] belde net haar man is gevallen ik ga er nu naartoe [[address:dedemsvaartweg vijfhonderdvierenveertig]] als [[person:tessa]] dit hoort wil je dan de ambulance niet bellen want die is al geweest ok"""
)
# ---- batch 24: mixed registers, last set
T(
    """Goedemiddag, met [[person:Sharmila Ramsaran]]. De dokter, dokter [[person:Verhoeven]], zei dat ik jullie moest bellen. Ik weet niet goed wat ik moet zeggen. Het gaat thuis niet goed met mijn man, [[person:Vikash]]. Hij wordt snel boos. Ik wil niet dat hij weet dat ik bel. Bel alstublieft niet naar huis, maar naar mijn werk, [[phone:<<phone:l070d>>]], en vraag naar [[person:Sharmila]] van de administratie. Of stuur een mail naar mijn werkmail, [[email:s.ramsaran@bibliotheekdenhaag.nl]]. Ik ben er maandag tot donderdag. Dank u."""
)

T(
    """Verslag vervolgafspraak met mevrouw [[person:Ramsaran]], [[date:30 april]], op het kantoor van de bibliotheek, op haar verzoek. Aanwezig ook [[person:Linda]] van {{org:Veilig Thuis}}. Mevrouw vertelt over psychisch geweld, geen fysiek geweld. Ze heeft een eigen rekening geopend waar haar man geen toegang toe heeft: [[iban:<<iban:spaced>>]]. Niet delen. Veiligheidsplan gemaakt. Contactnummer alleen werk. Adres thuis ([[address:Beresteinlaan 301]]) niet gebruiken voor post. Volgende keer [[date:dinsdag 14 mei]]."""
)

T(
    """hoi [[person:bram]] met [[person:nordin]] die meneer [[person:ouali]] heeft eindelijk zijn papieren gebracht alles is compleet zijn BSN was fout in jullie systeem het goede is <<bsn:plain>> en hij heeft nu een nieuw adres bij zijn moeder [[address:Schalkburgerstraat 117]] <<pc:std>> kan jij dat aanpassen thanks"""
)

T("""[00:00:00] Medewerker: {{org:MEE}} Zuid-Holland Noord... sorry, {{org:MEE}}, met [[person:Esther]].
[00:00:04] Beller: Hoi Esther, met [[person:Radha Jairam]], de moeder van [[person:Kiran]].
[00:00:08] Medewerker: Hoi mevrouw Jairam. Hoe is het met Kiran?
[00:00:10] Beller: Beter. Hij is weer naar de dagbesteding. Maar ik wil iets vragen over zijn PGB. Er staat een brief, budgetnummer [[dossier:PGB 2024 07 77 31]], dat er geld terug moet.
[00:00:19] Medewerker: Hoeveel?
[00:00:20] Beller: Achthonderd euro.
[00:00:22] Medewerker: Ik kom bij u langs, [[date:maandag 6 mei]], past dat?
[00:00:25] Beller: Ja. U weet waar? [[address:Beresteinlaan 738]].""")

T(
    """Dictaat. Adreswijziging doorgeven voor drie cliënten. Eén, [[person:Errol Pinas]], verhuisd naar verzorgingshuis, [[address:Steenhouwersgaarde 45]], <<pc:std>>, per [[date:22 april]]. Twee, [[person:Jurgen Martina]], blijft wonen, ontruiming is van de baan. Drie, [[person:Maritza Rosaria]], nu definitief bij haar dochter, [[address:Moerweg 302-E]]. Punt. Einde dictaat."""
)

T(
    """Oké, kort verslag van de wandelgroep van [[date:zaterdag vier mei]]. Mooi weer. Tien deelnemers. Nieuw: [[person:Johan Manuputty]] met rollator, samen met zijn vrouw. Hij vond het geweldig. [[person:Klaas Visser]] vertelde weer over de zee. Vrijwilliger [[person:Mei]] kon niet, [[person:Willem]] wel. Volgende keer [[date:1 juni]], vertrek om tien uur bij het wijkcentrum in {{wijk:Zuiderpark}}. Niemand heeft een telefoonnummer gegeven, dus dat is rustig."""
)

T(
    """Ja goedendag, met [[person:Johanna van der Meer]], ik ben eenennegentig. Mijn dochter heeft jullie gebeld over de rolstoel. Ik wilde alleen zeggen dat ik hem heb gekregen, hij is heel mooi. Dank u wel. Mijn dochter heet [[person:Els]], [[person:Els van der Meer]], ze belt u nog. Mijn nummer is, eh, [[phone:nul zeventig, drie zes, eh, drie, nul, twee, negen, één]]. Ja. Dag."""
)

T(
    """Telefoonnotitie. Gebeld met [[person:Joost]] van {{org:MEE}} over [[person:Kiran Jairam]]. Wachtlijst dagbesteding is opgelost, Kiran start [[date:13 mei]] bij de werkplaats van {{org:Middin}}. Contactpersoon daar [[person:Fenna]], [[email:fenna.b@middin.nl]], [[phone:<<phone:dash>>]]. Kiran heeft er zin in zegt moeder."""
)
# ---- batch 25: number-heavy messages
T(
    """Ja hallo, met [[person:Hafida Tahiri]] van de [[address:Vaillantlaan 240]], ik bel nog een keer over de kwijtschelding. Ik heb het afschrift nu. Het nummer van de aanvraag is [[dossier:twee nul twee vier, nul acht zes, één één zeven]]. Mijn rekening is [[iban:<<iban:words>>]]. Mijn BSN is <<bsn:pairs>>. En mijn telefoon [[phone:<<phone:pairs>>]]. Ik ben thuis na twaalf uur. Dank u wel."""
)

T(
    """Dictaat formulier aanvraag bijzondere bijstand, invullen voor cliënt. Naam [[person:Yonas Habte]]. Geboortedatum [[date:nul een nul een negentien vijfennegentig]]. BSN <<bsn:triples>>. Adres [[address:Harstenhoekweg 7]], postcode <<pc:single>>. Telefoon [[phone:<<phone:single>>]]. IBAN [[iban:<<iban:letters>>]]. E-mail [[email:yonas punt habte at gmail punt com]]. Aanvraag voor: wasmachine en koelkast, samen ongeveer zevenhonderd euro. Klaar."""
)

T(
    """Gegevens doorgeven aan de {{org:Kredietbank}} voor [[person:Giselle Isenia]]. Klantnummer daar [[dossier:KB-24-02277]]. Telefoon [[phone:<<phone:sp2>>]]. Postcode <<pc:std>>, huisnummer [[address:118]]. Werkgever: schoonmaakbedrijf in Rijswijk, loonstrook van april is binnen. Inkomen ongeveer veertienhonderd euro netto per maand."""
)

T(
    """ok even noteren nieuwe cliënt via de {{role:wijkagent}} meneer [[person:sahin]] [[person:s a h i n]] [[person:ali sahin]] geboren [[date:twintig acht zevenenvijftig]] woont [[address:paul krugerlaan zestig b]] <<pc:lower>> telefoon [[phone:<<phone:mixed>>]] is verward aangetroffen bij de supermarkt registratienummer politie [[dossier:PL1500 2024 2 3 8 8 1 9]]"""
)

T(
    """Hallo, u spreekt met [[person:Stefan]] van de {{org:SVB}}. Ik bel voor de {{role:Wmo-adviseur}} over klant [[person:Rosaria]], geboren [[date:9 april 1959]]. De AIO-aanvraag is binnen onder nummer [[dossier:AIO/24/0098713]]. We missen alleen nog een bankafschrift van rekening [[iban:<<iban:spaced>>]]. U kunt me terugbellen op [[phone:<<phone:l070s>>]], toestel 2214. Dank u."""
)

T(
    """Voicemail, [[date:dinsdag 7 mei]], 16:20. "Met [[person:Dennis Bakker]]. U hebt met mijn moeder gepraat, [[person:Ingrid Bakker]]. Ik wil weten wat er gezegd is. Ik woon daar ook, [[address:Westduinweg 214]]. Bel me terug, [[phone:<<phone:compact>>]]. Ik wil niet dat jullie achter mijn rug om dingen regelen." Let op: niet terugbellen zonder overleg met moeder, zie notitie."""
)
# ---- batch 26: final set
T(
    """Verslag huisbezoek {{wijk:Stationsbuurt}}, ingesproken om kwart voor vijf. Mevrouw [[person:Fatoumata Diallo]], drieëndertig, uit Guinee, woont met haar dochtertje [[person:Aïcha]] van twee in een kamer bij een particulier aan de [[address:Rijswijkseweg 44 A]]. Punt. Ze heeft een verblijfsvergunning sinds vorig jaar en staat ingeschreven, BSN <<bsn:sp3>>. Er is geen kinderopvang, dus ze kan niet werken of naar de inburgeringscursus. Het {{org:CJG}} weet van het kindje. Ik heb een aanvraag kinderopvang via de sociaal-medische indicatie besproken. Nieuwe regel. Haar contactpersoon bij {{org:VluchtelingenWerk}} is [[person:Joris]], [[email:joris.meijer@vluchtelingenwerk.nl]]. Afspraak [[date:maandag dertien mei]] op kantoor, met tolk Frans."""
)

T(
    """Ja goedemiddag met [[person:Aïcha]]... nee sorry, met [[person:Fatoumata]], [[person:Diallo]]. Ik ben [[date:dertien mei]] niet beschikbaar, mijn dochter is ziek. Kan het op [[date:donderdag zestien]]? Mijn nummer [[phone:<<phone:hes>>]]. Merci, dank u."""
)

T(
    """Notitie overdracht, ik ga met verlof. Voor [[person:Pauline]]: lopende zaken. [[person:Soerinder Mahabier]], evaluatie met {{org:Haag Wonen}} half mei, datum volgt. [[person:Manuputty]], respijtzorg aangevraagd, kenmerk [[dossier:WMO-2024-52210]]. [[person:Priya Ramcharan]], urgentie loopt, zij belt zelf. [[person:Bert Kuijpers]], werk via het {{org:Werkgeversservicepunt}}, eerste gesprek [[date:15 mei]]. Alle telefoonnummers staan in het systeem. Ik ben terug [[date:maandag 3 juni]]."""
)

T("""[00:00:02] Spreker 1: {{org:Juridisch Loket}}, met [[person:Wendy]].
[00:00:04] Spreker 2: Ja, met [[person:Femke]], {{role:maatschappelijk werker}} in {{wijk:Transvaal}}. Ik bel met een cliënt naast me, meneer [[person:Martina]].
[00:00:09] Spreker 1: Dag meneer. Waar gaat het over?
[00:00:11] Spreker 3: Over mijn huur. Ik heb een regeling maar {{org:Vestia}} heeft toch beslag gelegd.
[00:00:16] Spreker 1: Heeft u een kenmerk van de deurwaarder?
[00:00:18] Spreker 3: Ja... [[dossier:DW 7 7 1 0 4 2 slash 24]].
[00:00:24] Spreker 1: En uw geboortedatum?
[00:00:26] Spreker 3: [[date:Achttien december zevenenzeventig]].""")

T(
    """hé [[person:lotte]] ik sta voor de deur bij [[person:akosua]] op de [[address:erasmusweg achtendertig]] maar er doet niemand open de buurman zegt dat ze naar Ghana is voor een begrafenis tot eind mei kun jij haar {{role:klantmanager}} bij {{org:SZW}} laten weten dat de afspraak van [[date:veertien mei]] niet doorgaat dank je"""
)

T(
    """Notitie, [[date:8-5]]. Met [[person:Linda]] van {{org:Veilig Thuis}} gesproken. Meneer [[person:Vikash Ramsaran]] heeft zelf contact gezocht met {{org:Stichting Kompas}} voor een cursus omgaan met boosheid. Mevrouw [[person:Sharmila]] weet het en vindt het goed. {{org:Veilig Thuis}} sluit de melding, nummer [[dossier:VT-2024-11042]]. Wij blijven betrokken, afspraak met beiden [[date:dinsdag 21 mei]] op kantoor, niet thuis."""
)

T(
    """Ja goedemiddag, met [[person:José Semedo]]. Ik ben nu bij de {{org:Kessler Stichting}}, ik heb een bed. [[person:Mirjam]] zei dat ik moest bellen als het gelukt was. Mijn postadres is nu hier, [[address:Prinsegracht 25]], <<pc:std>>. Mijn telefoon doet het weer, [[phone:<<phone:sp2>>]]. Oké, doei."""
)

T(
    """Dictaat. Mevrouw [[person:Van Leeuwen]], niet [[person:Gerrit]] maar zijn vrouw, [[person:Corrie van Leeuwen]], [[address:Fahrenheitstraat 302]], belde dat ze hulp nodig heeft bij het invullen van de {{org:Wmo}}-aanvraag voor haar man, die dement wordt. Geboortedatum meneer [[date:vier april negentien negenendertig]], mevrouw [[date:negentien november eenenveertig]]. Kwart over tien langs, [[date:vrijdag zeventien mei]]."""
)

T(
    """Oké, laatste van vandaag. [[person:Hodan Ali]] belde namens haar tante. Die heeft eindelijk de indicatie huishoudelijke hulp, twee uur per week, via {{org:Florence}}. Eerste keer [[date:20 mei]]. Hodan vroeg of wij ook kunnen helpen met de huurtoeslag, die is verlaagd. Haar tante woont op de [[address:Goudenregenstraat 33 A]], tante heet [[person:Faadumo Warsame]], BSN <<bsn:spaced>>. Morgen oppakken."""
)

T(
    """Hoi, met [[person:Naomi]] van de {{org:Voedselbank}} nog een keer. De aanmelding van mevrouw [[person:Asante]] is rond, ze kan vanaf [[date:donderdag 16 mei]] haar pakket ophalen op de uitgiftepost in {{wijk:Rustenburg}}, om twee uur. Wil je haar dat laten weten, of haar dochter? Ik heb alleen een mailadres, [[email:efua.asante6@gmail.com]]. Fijne dag!"""
)
T(
    """Notitie. Bus vierentwintig had twintig minuten vertraging, dus de afspraak met meneer [[person:Sahin]] op het politiebureau begon om kwart over twee in plaats van twee uur. Hij is eenenzestig, niet zevenenvijftig zoals in de melding stond. Zijn dochter [[person:Derya]] was erbij. Hij woont zelfstandig maar vergeet veel, twee keer de pan op het vuur laten staan in de afgelopen maand. Aanmelding bij de geheugenpoli via de {{role:huisarts}}. Derya's nummer: [[phone:<<phone:dash>>]]."""
)

T(
    """Ja, met [[person:Mehmet]]... [[person:Öztürk]], van de [[address:Boekhorststraat drieënveertig]]. Mijn vrouw zegt: bellen. De hulp komt niet. Drie weken niet. Ik zit alleen in de stoel. Bel [[person:Hakan]], mijn schoonzoon, hij weet alles, [[phone:<<phone:pairs>>]]. Dank."""
)

T(
    """Snel verslag. Aanvraag noodfonds goedgekeurd voor gezin [[person:Osei]], vierhonderd euro voor taxikosten. Uitbetaling op [[iban:<<iban:compact>>]] binnen vijf werkdagen. Kenmerk noodfonds [[dossier:NF 24 118]]. Aan mevrouw [[person:Adjoa Osei]] doorgegeven via [[phone:<<phone:l070w>>]]."""
)

T(
    """Hoi [[person:Jeroen]], met [[person:Esther]]. Laatste ding over [[person:Shanti]]: ze heeft een nieuwe begeleider bij haar woonvorm, [[person:Gert-Jan]], en ze wil graag dat hij bij het eerste gesprek met jou is. Zijn mail is [[email:gj.vandenbosch@ipsehaaglanden.nl]]. De datum, [[date:28 mei]], blijft staan. Succes!"""
)

T(
    """Dictaat punt Huisbezoek [[date:donderdag negen mei]] komma mevrouw [[person:Zhang]] komma [[person:Zhang Lan]] komma [[address:Wagenstraat 76-3]] komma {{wijk:Stationsbuurt}} punt Mevrouw is de moeder van de eigenaar van het restaurant beneden punt Ze heeft geen AOW want ze is pas op haar zestigste naar Nederland gekomen punt Ze krijgt leefgeld van haar zoon punt Postcode <<pc:spl>> punt BSN <<bsn:single>> punt Vervolg komma {{role:ouderenconsulent}} [[person:Marieke]] inschakelen punt"""
)

# ---------------------------------------------------------------- build
PII_LABELS = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP_LABELS = {"wijk", "org", "role"}
KEEP_TERMS = [
    "Schilderswijk",
    "Transvaal",
    "Mariahoeve",
    "Moerwijk",
    "Laak",
    "Escamp",
    "Bouwlust",
    "Vrederust",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Loosduinen",
    "Rustenburg",
    "Spoorwijk",
    "Stationsbuurt",
    "Bezuidenhout",
    "Ypenburg",
    "Leidschenveen",
    "Morgenstond",
    "Zuiderpark",
    "Regentessekwartier",
    "Valkenboskwartier",
    "Duinoord",
    "Laakkwartier",
    "Zeeheldenkwartier",
    "Rivierenbuurt",
    "Kijkduin",
    "Oostbroek",
    "Leyenburg",
    "Wateringse Veld",
    "Veilig Thuis",
    "GGZ",
    "Parnassia",
    "MEE",
    "Wmo",
    "Servicepunt",
    "CJG",
    "Haag Wonen",
    "Staedion",
    "Vestia",
    "Xtra",
    "Florence",
    "Kredietbank",
    "UWV",
    "SVB",
    "CAK",
    "Voedselbank",
    "Humanitas",
    "MOOI",
    "SWT",
    "wijkverpleegkundige",
    "maatschappelijk werker",
    "casusregisseur",
    "Wmo-adviseur",
    "ouderenconsulent",
    "welzijnscoach",
    "MEE-consulent",
    "casemanager",
    "huisarts",
    "bewindvoerder",
    "wijkagent",
    "jongerenwerker",
    "woonconsulent",
    "schuldhulpverlener",
    "ergotherapeut",
    "ouderenadviseur",
    "POH",
    "Leger des Heils",
    "Brijder",
    "Indigo",
    "Belastingdienst",
    "CJIB",
    "Sociale Dienst",
    "schuldhulpverlening",
    "wijkteam",
    "wijkzorgteam",
    "psychiater",
    "budgetcoach",
    "thuisbegeleider",
    "VluchtelingenWerk",
    "Kessler",
    "HMC",
    "Haaglanden MC",
    "Cardia",
    "Sensoor",
    "klantmanager",
    "mentor",
    "leerplichtambtenaar",
    "reclasseringswerker",
    "SZW",
    "Zorg en Zekerheid",
    "DUO",
    "IND",
    "Centrum voor Jeugd en Gezin",
]

TOKEN = re.compile(r"<<(\w+):(\w+)>>")
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)

WORD_DIGITS = {u: i for i, u in enumerate(UNITS[:10])}
WORD_DIGITS["één"] = 1


def words_to_digits(s):
    """Best effort: turn a spoken number back into digits (for checking)."""
    out = []
    for tok in re.split(r"[\s,.\-]+", s.lower()):
        if not tok:
            continue
        if tok.isdigit():
            out.append(tok)
            continue
        if tok in WORD_DIGITS:
            out.append(str(WORD_DIGITS[tok]))
            continue
        found = None
        for n in range(1000):
            if w(n) == tok or w(n).replace("een", "één", 1) == tok:
                found = n
                break
        if found is None:
            return None
        out.append(str(found))
    return "".join(out)


PARTICLES = {"van", "der", "den", "het", "ter", "ten", "de", "el", "al"}
STREET_END = re.compile(r"\s*[A-Za-z]*(straat|laan|weg|kade|plein|gracht|gaarde|park)\b")


def propagate_names(text, pii, keep, added):
    """Every later mention of a capitalised name already marked in the same text is marked too."""
    covered = set()
    for sp in pii + keep:
        covered.update(range(sp["start"], sp["end"]))
    toks = set()
    for sp in pii:
        if sp["label"] == "person":
            for tok in re.findall(r"[^\W\d_]{3,}", sp["text"]):
                if (
                    tok[0].isupper()
                    and tok.lower() not in PARTICLES
                    and not re.fullmatch(r"[A-Z]", tok)
                ):
                    toks.add(tok)
    new = []
    for tok in sorted(toks):
        for m in re.finditer(r"(?<![\w-])" + re.escape(tok) + r"(?![\w-])", text):
            if any(i in covered for i in range(m.start(), m.end())):
                continue
            if STREET_END.match(text, m.end()):
                continue
            new.append({"start": m.start(), "end": m.end(), "label": "person", "text": tok})
            covered.update(range(m.start(), m.end()))
            added.append(text[max(0, m.start() - 25) : m.end() + 15].replace("\n", " "))
    return new


def build():
    records = []
    problems = []
    added = []
    for i, raw in enumerate(TEXTS):
        rng = random.Random(7000 + i)
        raw = re.sub(r"\[\[\w+:(<<\w+:\w+>>)\]\]", r"\1", raw)

        def expand(m):
            label, fn = GEN[m.group(1)]
            return "[[%s:%s]]" % (label, fn(rng, m.group(2)))

        raw = TOKEN.sub(expand, raw)
        text, pii, keep, pos, last = [], [], [], 0, 0
        for m in MARK.finditer(raw):
            text.append(raw[last : m.start()])
            pos += m.start() - last
            if m.group(1):
                label, val, dest = m.group(1), m.group(2), pii
            else:
                label, val, dest = m.group(3), m.group(4), keep
            dest.append({"start": pos, "end": pos + len(val), "label": label, "text": val})
            text.append(val)
            pos += len(val)
            last = m.end()
        text.append(raw[last:])
        text = "".join(text)
        pii.extend(propagate_names(text, pii, keep, added))
        pii.sort(key=lambda x: x["start"])
        rid = "ho70-%04d" % i
        # checks
        for sp in pii + keep:
            if text[sp["start"] : sp["end"]] != sp["text"]:
                problems.append((rid, "slice", sp))
            if sp["text"] != sp["text"].strip() or not sp["text"]:
                problems.append((rid, "whitespace", sp))
        for sp in pii:
            if sp["label"] not in PII_LABELS:
                problems.append((rid, "label", sp))
        for sp in keep:
            if sp["label"] not in KEEP_LABELS:
                problems.append((rid, "label", sp))
        allsp = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(allsp, allsp[1:]):
            if b["start"] < a["end"]:
                problems.append((rid, "overlap", a, b))
        for bad in ("[[", "]]", "{{", "}}", "<<", ">>"):
            if bad in text:
                problems.append((rid, "markup left", bad))
        for sp in pii:
            if sp["label"] == "bsn":
                d = words_to_digits(sp["text"])
                if d is None or not bsn_ok(d):
                    problems.append((rid, "bsn", sp["text"], d))
            if (
                sp["label"] == "iban"
                and re.fullmatch(r"[A-Za-z0-9 ]+", sp["text"])
                and len(sp["text"].replace(" ", "")) == 18
            ):
                if not iban_ok(sp["text"]):
                    problems.append((rid, "iban", sp["text"]))
        if not pii:
            problems.append((rid, "no pii"))
        # keep terms that are not marked
        covered = set()
        for sp in keep + pii:
            covered.update(range(sp["start"], sp["end"]))
        for term in KEEP_TERMS:
            for m in re.finditer(r"(?<![\w-])" + re.escape(term), text):
                if m.start() not in covered:
                    problems.append(
                        (rid, "unmarked keep?", term, text[max(0, m.start() - 20) : m.end() + 20])
                    )
        records.append({"id": rid, "text": text, "pii": pii, "keep": keep})
    if os.environ.get("SHOW_ADDED"):
        for x in added:
            print("ADDED", x)
    return records, problems


def main():
    records, problems = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout70.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(sp["label"] for r in records for sp in r["pii"])
    kc = Counter(sp["label"] for r in records for sp in r["keep"])
    words = [len(r["text"].split()) for r in records]
    print(
        "texts",
        len(records),
        "words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    tot = sum(pc.values())
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", dict(kc.most_common()))
    for p in problems:
        print("PROBLEM", p)
    print("problems:", len(problems))


if __name__ == "__main__":
    main()
