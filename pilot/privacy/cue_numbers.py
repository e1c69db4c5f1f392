"""Structured data told by a cue: numbers known by their shape or by the words right before.

Why a module of its own: each rule here is narrow (a tax assessment number, a court number
with a backslash, a list after a plural cue, a landlord's invoice number, an address line
in a letterhead) and guarded by a cheap substring test, so texts without the cue pay
almost nothing; patterns.find_structured calls ``find_cued_numbers`` once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from . import regexes
from .cue_index import cues, has
from .lexicons import FUNCTION_WORDS

# Rare words that the quick tests below look for: read from a text's cue index (has()).
_GATE_WORDS: Final = cues(
    " RK ",
    " ZA ",
    "contract",
    "huisnummer",
    "kenmerk",
    "nota",
    "nummer",
    "polis",
    "rekening",
)

# A Dutch tax assessment number: digit groups, one capital letter between dots (the tax,
# "H" for income tax) and a period code: "8812.45.667.H.46.01", "2021.H.46.559-01".
TAX_ASSESSMENT: Final = regexes.compile(
    # the period code may also end it: "1123.45.678.H.16"
    r"[0-9](?<![\w.,/-][0-9])[0-9]{1,3}(?:\.[0-9]{1,4})*\.[A-Z]\.[0-9]{2}(?:[.-][0-9]{1,4})*(?![\w]|[.,/-][0-9])"
)
_LETTER_BETWEEN_DOTS: Final = regexes.compile(r"\.[A-Z]\.[0-9]")

# A case number followed after a backslash by the court's request number:
# "10234567 \ BM VERZ 24-1123" (typed for "/" in a letter of the subdistrict court).
COURT_BACKSLASH: Final = regexes.compile(
    r"[0-9](?<![\w./-][0-9])[0-9]{5,8}[ ]?\\[ ]?(?:[A-Z]{2}[ ])?[A-Z]{2,4}[ ][0-9]{2}-[0-9]{3,6}(?![\w])"
)

# A number with a one-digit check group after a number word: "zorgnummer ZV-1190 4478 2".
CHECK_DIGIT_ID: Final = regexes.compile(
    r"n(?:ummer|r)\.?:?[ \t]+((?:[A-Z]{1,4}[- ])?[0-9]{3,6}(?:[ ][0-9]{2,6})+[ ][0-9])"
    r"(?=[ \t]*(?:[.,;)]|$))",
    re.MULTILINE,
)
_NOT_ID_WORDS: Final = frozenset(
    ["huis", "telefoon", "tel", "mobiel", "gsm", "fax", "bsn", "burgerservice", "sofi", "iban"]
)

# An energy meter's EAN code: eighteen digits opening with 87 ("871687120053418265").
EAN_CODE: Final = regexes.compile(r"8(?<![\w.,/-]8)7[0-9]{16}(?![\w]|[.,/-][0-9])")
# A registered letter's tracking code: PostNL's "3S" and a sender code and serial
# ("3SDEVC4412887"), or the postal union's two letters, nine digits and "NL" ("RR123456785NL").
POSTNL_CODE: Final = regexes.compile(r"3(?<![\w]3)S[A-Z]{4}[0-9]{6,11}(?![\w])")
UPU_CODE: Final = regexes.compile(
    r"(?<![\w])[A-Z]{2}[ ]?[0-9]{3}[ ]?[0-9]{3}[ ]?[0-9]{3}[ ]?NL(?![\w])"
)
_UPU_END: Final = regexes.compile(r"[0-9][ ]?NL(?![\w])")
# A court's petition number on its own: "FA RK 24-4471", "KG ZA 24-311", "BW RK 16-2281".
COURT_PETITION: Final = regexes.compile(
    r"(?<![\w/])[A-Z]{2}[ ](?:RK|ZA)[ ][0-9]{2}-[0-9]{3,6}(?![\w]|[-/.][0-9])"
)
_PETITION_CORE: Final = regexes.compile(r"[ ](?:RK|ZA)[ ][0-9]")
# A client number after "cl." (cliëntnummer): "(cl. 20240388)", "cl.nr. 88214"; five digits
# or more, as "cl. 81 jr" gives the client's age.
CLIENT_ABBR: Final = regexes.compile(
    r"cl(?<![\w.]cl)\.?[ ]?(?:nr\.?[ ]?)?:?[ ]?([0-9]{5,12})(?![\w]|[.,/-][0-9])"
)
# A compound of "contract" or "polis" as a number's label: "huurcontract 0345-118-07",
# "Uw kenmerk: huurcontract 0345-118-07", "zorgpolis 4412-88"; the number holds five digits
# or more, so "huurcontract 2024" or "het contract van 12 maanden" stay.
COMPOUND_CUE: Final = regexes.compile(
    r"(?<=[a-zà-ÿ])(?:contract|polis)(?:nummer|nr\.?)?[ \t]*:?[ \t]*"
    r"((?:[A-Z]{1,4}[ ]?)?[0-9][0-9./-]*[0-9](?:[ ][0-9]{2,6})*)(?![\w]|[.,/-][0-9])"
)
# A creditor listed with the client's number and an amount: "- Wehkamp 4412093 – € 688",
# "Dunea<tab>510.228.447<tab>€ 311,90", "- KPN 8826 1140 3 – € 1.213": the line opens with
# the organisation (words, no digits), then the number, then a dash, colon, tab or pipe and
# the amount in euros.
CREDITOR_LINE: Final = regexes.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]*)?[A-ZÀ-Þ][^\W0-9_]*(?:[-&' ][^\W0-9_]+){0,3}\.?[ \t]*[|\t:]?[ \t]*"
    # (the number apart from the name: "Q1 2023: € 14.200" is a quarter)
    r"((?<![^\W0-9_])[0-9][0-9. ]*[0-9])[ \t]*(?:[–—|\t:-]|[ ]-)[ \t]*€"
)

# "mijn nummer bij uwv is UWV 2231-88-1190": whose number it is, then the number.
NUMBER_AT_ORG: Final = regexes.compile(
    r"nummer[ \t]+(?:bij|van|voor)[ \t]+(?:de[ \t]+|het[ \t]+)?[^\W0-9_]{2,20}"
    r"[ \t]+(?:is|=)[ \t:]*"
)
_ID_AFTER: Final = regexes.compile(r"(?:[A-Z]{2,6}[ ])?[0-9][0-9./-]*[0-9](?![\w]|[.,/-][0-9])")

# A plural cue and a list: "Registraties: 2023041187, 2023098812".
_PLURAL_CUES: Final = frozenset(
    [
        "registraties",
        "registratienummers",
        "meldingen",
        "meldingnummers",
        "zaaknummers",
        "dossiernummers",
        "kenmerken",
        "referenties",
        "referentienummers",
        "klantnummers",
        "polisnummers",
        "zaken",
    ]
)
_WORD_BEFORE_COLON: Final = regexes.compile(r"([a-z]{5,20})[ \t]*$")
_AFTER_COLON: Final = regexes.compile(r":[ \t]*")
_LIST_ID: Final = regexes.compile(
    # digit groups set apart by spaces ("5512 0030 8891 2277"): three groups at least
    r"(?:[0-9]{2,6}(?:[ ][0-9]{2,6}){2,}|(?:[A-Z]{1,6}[- ]?)?[0-9][0-9./-]{3,}[0-9])(?![\w]|[.,/-][0-9])"
)
# A plural cue right before its list, without a colon: "(kenmerken 5512 0030 8891 2277 e.a.)".
_GAP_BEFORE_DIGIT: Final = regexes.compile(r"[ \t]+(?=[0-9])")
# The endings the plural cues share, found with str.find before the whole word is checked.
_PLURAL_STEMS: Final = ("nummers", "registraties", "meldingen", "kenmerken", "referenties", "zaken")
_LIST_SEP: Final = regexes.compile(r"(?:,|;|[ \t]en|[ \t]&)[ \t]+")
_DATE_LIKE: Final = regexes.compile(r"[0-9]{1,2}[-/.][0-9]{1,2}[-/.](?:19|20)?[0-9]{2}")
_AMOUNT_LIKE: Final = regexes.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")

# A private landlord's invoice: "rekening nr 2024-17" (year and serial); "rekening nr"
# is otherwise a bank account, which IBAN and the plain number rules handle.
INVOICE_YEAR_SERIAL: Final = regexes.compile(
    r"(?:rekening|nota)[ \t]*(?:nr|nummer|no)\.?[ \t]*:?[ \t]*"
    r"((?:19|20)[0-9]{2}[-/](?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{1,5})(?![\w]|[-/.,][0-9])"
)

# A street line in a letterhead: between a line above (the organisation) and a postcode
# line ("Rijnmond Bewindvoering\nWeena 505\n3013 AL Rotterdam") a capitalised word or
# two and a house number are the street address, whatever the street is called.
LETTERHEAD_POSTCODE: Final = regexes.compile(r"\n[ \t]*[1-9][0-9]{3}[ ]?[A-Z]{2}(?![\w])")
LETTERHEAD_STREET: Final = regexes.compile(
    r"[ \t]*([A-ZÀ-Þ][\w'’.-]*(?:[ ][\w'’.-]+){0,3}[ ][0-9]{1,5}(?:[ ]?[A-Za-z](?![\w])|-[0-9]{1,3})?)"
    r"[ \t]*"
)
_NOT_LETTERHEAD: Final = frozenset(
    [
        "postbus",
        "antwoordnummer",
        "kamer",
        "team",
        "groep",
        "week",
        "bus",
        "lijn",
        "tram",
        "pagina",
        "artikel",
        "versie",
        "stap",
        "fase",
        "route",
        "kantoor",
        "gebouw",
        "verdieping",
        "blok",
        "nummer",
        "nr",
        "tel",
        "t",
        "telefoon",
        "fax",
        "kvk",
        "btw",
    ]
)


# A long plain number ("78154069") is a case number by its place (see _placed_numbers): six
# digits or more after what a message or an appointment is about ("bellen 06-... ivm
# 78154069", "– re 69804066"), seven or more opening a caseload line before its address or
# client ("- 23619583 / Leyweg 21: ..."), eight or more alone in brackets ("staat nog in de
# tekst (2107884512)").  "ivm 3 kinderen", "ivm 2025" or "(17.000 inwoners)" count, date or
# price something and have no such run of digits.
LONG_NUMBER: Final = regexes.compile(r"[0-9](?<![\w.,/-][0-9])[0-9]{5,9}(?![\w]|[.,/-][0-9])")
_ABOUT_BEFORE: Final = regexes.compile(
    r"(?<![\w.])(?:ivm|i\.v\.m\.?|re|inzake|mbt|m\.b\.t\.?|nav|n\.a\.v\.?):?[ \t]+$"
)
_CASELOAD_BEFORE: Final = regexes.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]*)?$")
_CASELOAD_AFTER: Final = regexes.compile(r"[ \t]+[/|–—-][ \t]+[A-ZÀ-Þ][\w.]")
# What a long number may count or price: "ivm 150000 euro", "re 1000000 bezoekers".
UNIT_AFTER: Final = regexes.compile(
    r"[ \t]*(?:euro|eur|€|,-|,[0-9]|%|procent|keer|stuks)(?![\w])", re.I
)
# A compact date ("20241015", "15102024"): no case number.
_COMPACT_DATE: Final = regexes.compile(
    r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)[0-9]{2}"
)


def _plain_case_number(text: str, start: int, end: int) -> bool:
    """Whether the digits text[start:end] may be a case number: no phone, date or amount."""
    ident = text[start:end]
    if ident[0] == "0" and len(ident) == 10:
        return False  # a phone number written without separators
    if len(ident) == 8 and _COMPACT_DATE.fullmatch(ident):
        return False
    return not UNIT_AFTER.match(text, end)


def _placed_numbers(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """Long plain numbers that are case numbers by their place (see LONG_NUMBER)."""
    for m in LONG_NUMBER.finditer(text):
        s, e = m.span()
        if not _plain_case_number(text, s, e):
            continue
        if (
            (e - s >= 8 and text[s - 1 : s] == "(" and text[e : e + 1] == ")")
            or _ABOUT_BEFORE.search(low, max(0, s - 12), s)
            or (
                e - s >= 7
                and _CASELOAD_AFTER.match(text, e)
                and _CASELOAD_BEFORE.search(text, max(0, s - 12), s)
            )
        ):
            yield s, e, "dossier", 56


def _digits(s: str) -> int:
    return sum(c.isdigit() for c in s)


def _listed(text: str, pos: int) -> Iterator[tuple[int, int, str, int]]:
    """The identifiers listed from ``pos`` on: five digits or more, no date or amount."""
    while n := _LIST_ID.match(text, pos):
        ident = n.group()
        if _digits(ident) < 5 or _DATE_LIKE.fullmatch(ident) or _AMOUNT_LIKE.fullmatch(ident):
            return
        if " " in ident and _digits(ident) < 8:
            return  # "meldingen 12 14 16": counts or days, no number of its own
        yield n.start(), n.end(), "dossier", 56
        sep = _LIST_SEP.match(text, n.end())
        if not sep:
            return
        pos = sep.end()


def _creditor_number(ident: str) -> bool:
    """Whether the number of a creditor line is the client's: five digits or more, no amount.

    Why: "Huur 1.250 – € 300" or "VGZ 2024 – € 88" give a sum or a year; a dotted number
    of nine digits or more ("510.228.447") is no amount in a debt list.
    """
    d = _digits(ident)
    if d < 5 or _DATE_LIKE.fullmatch(ident):
        return False
    return not (_AMOUNT_LIKE.fullmatch(ident) and d < 9)


def _round20(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """Meter codes, tracking codes, petition numbers, "cl." numbers, creditor lines."""
    if "87" in text:
        m: re.Match[str] | None
        for m in EAN_CODE.finditer(text):
            yield m.start(), m.end(), "dossier", 58
    if "3S" in text:
        for m in POSTNL_CODE.finditer(text):
            yield m.start(), m.end(), "dossier", 58
    if "NL" in text:
        for e in _UPU_END.finditer(text):
            m = UPU_CODE.search(text, max(0, e.start() - 16), e.end())
            if m and m.end() == e.end():
                yield m.start(), m.end(), "dossier", 58
    if (has(text, " RK ") or has(text, " ZA ")) and _PETITION_CORE.search(text):
        for m in COURT_PETITION.finditer(text):
            # below the cued and court numbers it may end: "C/09/645321 / BM RK 24-1187"
            yield m.start(), m.end(), "dossier", 52
    if "cl" in low and len(low) == len(text):
        for m in CLIENT_ABBR.finditer(low):
            yield m.start(1), m.end(1), "dossier", 56
    if (has(low, "contract") or has(low, "polis")) and len(low) == len(text):
        for m in COMPOUND_CUE.finditer(text):
            if _digits(m.group(1)) >= 5 and not _DATE_LIKE.fullmatch(m.group(1)):
                yield m.start(1), m.end(1), "dossier", 56
    if "€" in text:
        for m in CREDITOR_LINE.finditer(text):
            if _creditor_number(m.group(1)):
                yield m.start(1), m.end(1), "dossier", 57


# A number label, a few words, then an organisation's code in lower case and its number, as
# dictation and quick notes write them: "klantnummer szw 4471902", "nummer ciz 2022 114 508",
# "kenmerk vt 2024 04291", "huurcontract st-188430", "klantnummer sociale dienst szw 5530218".
LOWER_CODED_ID: Final = regexes.compile(
    r"(?:nummer|nr\.?|kenmerk|contract|polis)[ \t]*:?[ \t]+(?:is[ \t]+)?"
    r"(?:[a-zà-ÿ]{2,14}[ \t]+){0,3}?"
    r"(?<![\w])([a-z]{2,4}(?:[ ]?-[ ]?|[ ])(?:19|20)?[0-9]{2,8}(?:[ ][0-9]{2,6}){0,3})(?![\w]|[.,/-]\w)"
)
# Short words that are no organisation's code before a number: articles, prepositions,
# titles, units ("nummer van 2024", "contract per 1 mei", "kenmerk mw 06 ...").
_NOT_LOWER_CODES: Final = frozenset(
    ["mw", "dhr", "mevr", "fam", "hr", "bsn", "tel", "nr", "kvk", "btw", "eur", "ca", "nl", "jr"]
    + ["mnd", "wk", "min", "uur", "km", "kg", "mg", "geb", "per", "tot", "tm", "vanaf", "sinds"]
    + ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"]
    + ["ma", "di", "wo", "do", "vr", "za", "zo", "pag", "blz", "art", "lid", "fase", "week"]
)
_LOWER_CUE_NOT: Final = (
    "huis",
    "telefoon",
    "tel",
    "mobiel",
    "rekening",
    "kamer",
    "bus",
    "postcode",
)


def _lower_coded_numbers(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """Lower-case organisation codes with their number after a number label (LOWER_CODED_ID).

    Why these checks: the code is no function word, title, unit or month ("nummer van
    2024", "contract per 12 3"), the number holds five digits or more and is no year
    alone; the label is no phone, house or account number ("huisnummer is 12").
    """
    for m in LOWER_CODED_ID.finditer(low):
        w = m.start()
        while w > 0 and low[w - 1].isalpha():
            w -= 1
        if low[w : m.start()].startswith(_LOWER_CUE_NOT):
            continue
        ident = m.group(1)
        code = ident.split("-", 1)[0].split(" ", 1)[0]
        if code in _NOT_LOWER_CODES or code in FUNCTION_WORDS or _digits(ident) < 5:
            continue
        yield m.start(1), m.end(1), "dossier", 57


# The case numbers a caller is asked for, and the answer on the next line: a speaker's
# label, a "ja" or a hesitation, perhaps a code, and the number as the whole answer.
_ASKED_WORDS: Final = frozenset(
    ["nummer", "kenmerk"]
    + [
        w + "nummer"
        for w in [
            "dossier",
            "klant",
            "zaak",
            "aanvraag",
            "registratie",
            "referentie",
            "polis",
            "meld",
            "relatie",
            "contract",
            "huur",
            "client",
            "cliënt",
            "aangifte",
            "inschrijvings",
        ]
    ]
)
_ANSWER_LINE: Final = regexes.compile(
    r"[ \t]*(?:\[[0-9:. ]+\][ \t]*)?(?:[^\n:]{1,30}:[ \t]*)?"
    r"(?:(?i:ja|jawel|eh|ehm|uh|uhm|oké|ok|dat is|het is)[,.]?[ \t]+)*"
    r"((?:[A-Z]{1,5}[ -]?)?[0-9][0-9 .-]{4,}[0-9])[ \t]*[.!]?[ \t]*(?=\n|$)"
)


def _asked_cues(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the words that ask for a case number (see _ASKED_WORDS).

    Why by str.find: a regex opening with a word boundary is tried at every position.
    """
    for stem in ("nummer", "kenmerk"):
        i = low.find(stem)
        while i >= 0:
            e = i + len(stem)
            s = i
            while s > 0 and low[s - 1].isalpha():
                s -= 1
            if low[s:e] in _ASKED_WORDS and not low[e : e + 1].isalnum():
                yield s, e
            i = low.find(stem, e)


def _answered_numbers(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """A case number given as the answer on the line after the question that asks for it.

    Why: a call transcript asks "heeft u een dossiernummer?" and the next speaker answers
    with the number alone ("SPK_2: ja GKB 20240771"); neither line holds cue and number.
    """
    for _, end in _asked_cues(low):
        eol = low.find("\n", end)
        rest = low[end:eol].split() if eol >= 0 else None
        if rest is None or len(rest) > 3 or any(ch.isdigit() for ch in low[end:eol]):
            continue  # the question ends its line: "heeft u een dossiernummer?", "... op."
        m = _ANSWER_LINE.match(text, eol + 1)
        if m is None:
            continue
        ident = m.group(1)
        d = _digits(ident)
        if 6 <= d <= 16 and not (ident[0] == "0" and d == 10) and not _DATE_LIKE.fullmatch(ident):
            yield m.start(1), m.end(1), "dossier", 58


# The answer to "En het huisnummer?" or "uw postcode en huisnummer?" on the next line: a
# house number alone ("Beller: 36, beneden."), or last after the postcode ("2565 PM, 49.").
_HOUSE_ANSWER_START: Final = regexes.compile(
    r"[ \t]*(?:\[[0-9:. ]+\][ \t]*)?(?:[^\n:]{1,30}:[ \t]*)?"
    r"([1-9][0-9]{0,3}(?:[ -]?(?:[a-z]|hs|bis)(?![\w]))?)(?=[ \t]*(?:[,.!]|\n|$))"
)
_HOUSE_ANSWER_END: Final = regexes.compile(r",[ \t]*([1-9][0-9]{0,3})[ \t]*[.!]?[ \t]*$")


def _answered_house_numbers(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """A house number given as the answer on the line after the question that asks for it.

    Why: "En het huisnummer?" / "Beller: 36, beneden." holds no street; the question says
    what the number is.  Only a line that ends in the question counts.
    """
    i = low.find("huisnummer")
    while i >= 0:
        eol = low.find("\n", i)
        question = low[low.rfind("\n", 0, i) + 1 : eol]
        if (
            eol >= 0
            and not low[i + 10 : i + 11].isalpha()  # "hoeveel huisnummers ...?": a count
            and question.rstrip().endswith("?")
            and "hoeveel" not in question
            and len(low[i:eol]) < 40
        ):
            nxt = low.find("\n", eol + 1)
            line_end = len(text) if nxt < 0 else nxt
            m = _HOUSE_ANSWER_START.match(text, eol + 1, line_end)
            if m is None:
                m = _HOUSE_ANSWER_END.search(text, eol + 1, line_end)
            if m is not None:
                yield m.start(1), m.end(1), "address", 60
        i = low.find("huisnummer", i + 10)


def find_cued_numbers(text: str, low: str) -> Iterator[tuple[int, int, str, int]]:
    """Yield (start, end, label, priority) for the round-15 and round-20 shapes and cues."""
    yield from _round20(text, low)
    if len(low) == len(text) and (
        has(low, "nummer")
        or "nr" in low
        or has(low, "kenmerk")
        or has(low, "contract")
        or has(low, "polis")
    ):
        yield from _lower_coded_numbers(text, low)
    if "." in text and _LETTER_BETWEEN_DOTS.search(text):
        m: re.Match[str] | None
        for m in TAX_ASSESSMENT.finditer(text):
            if _digits(m.group()) >= 8:
                yield m.start(), m.end(), "dossier", 58
    if "\\" in text:
        for m in COURT_BACKSLASH.finditer(text):
            yield m.start(), m.end(), "dossier", 58
    if len(low) != len(text):
        return
    if has(low, "nummer") or "nr" in low:
        for m in CHECK_DIGIT_ID.finditer(text):
            w = m.start()
            while w > 0 and text[w - 1].isalpha():
                w -= 1
            word = text[w : m.start()].lower()
            if word in _NOT_ID_WORDS or (w > 0 and text[w - 1].isdigit()):
                continue
            if _digits(m.group(1)) >= 8:
                yield m.start(1), m.end(1), "dossier", 58
    if has(low, "nummer"):
        for c in NUMBER_AT_ORG.finditer(low):
            if c.start() > 0 and low[c.start() - 1].isalnum():
                continue
            n = _ID_AFTER.match(text, c.end())
            if not n:
                continue
            ident = n.group()
            d = _digits(ident)
            if d < 6 or _DATE_LIKE.fullmatch(ident) or (ident[0] == "0" and d == 10):
                continue
            yield n.start(), n.end(), "dossier", 56
    q = low.find(":")
    while q >= 0:
        cue = _WORD_BEFORE_COLON.search(low, max(0, q - 24), q)
        if (
            cue
            and cue.group(1) in _PLURAL_CUES
            and not low[cue.start() - 1 : cue.start()].isalpha()
        ):
            after = _AFTER_COLON.match(text, q)
            yield from _listed(text, after.end() if after else q + 1)
        q = low.find(":", q + 1)
    if len(low) == len(text):
        for stem in _PLURAL_STEMS:
            q = low.find(stem)
            while q >= 0:
                e = q + len(stem)
                gap = _GAP_BEFORE_DIGIT.match(low, e)
                w = q
                while gap and w > 0 and low[w - 1].isalpha():
                    w -= 1
                if gap and low[w:e] in _PLURAL_CUES:
                    yield from _listed(text, gap.end())
                q = low.find(stem, e)
    if has(low, "rekening") or has(low, "nota"):
        for m in INVOICE_YEAR_SERIAL.finditer(low):
            if m.start() == 0 or not low[m.start() - 1].isalpha():
                yield m.start(1), m.end(1), "dossier", 56
    yield from _placed_numbers(text, low)
    if "\n" in text and (has(low, "nummer") or has(low, "kenmerk")):
        yield from _answered_numbers(text, low)
    if has(low, "huisnummer"):
        yield from _answered_house_numbers(text, low)
    if "\n" in text:
        for p in LETTERHEAD_POSTCODE.finditer(text):
            e = p.start()
            ls = text.rfind("\n", 0, e) + 1
            m = LETTERHEAD_STREET.fullmatch(text, ls, e)
            if not m or ls < 2 or text[ls - 2] == "\n":
                continue  # no street line, or no line above it: no letterhead
            first = m.group(1).split(" ", 1)[0].rstrip(".").lower()
            if first in _NOT_LETTERHEAD:
                continue
            yield m.start(1), m.end(1), "address", 74
