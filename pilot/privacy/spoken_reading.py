"""A dictated text read back as it would have been typed, with a map to the original.

Why: speech-to-text writes what people say: "BW schuine streep tweeduizendvijfentwintig
schuine streep vijf twee zes zeven", "twee vijf 18 RE", "kavita 38 @ gmail.com",
"2539, x van Xantippe, e van Eduard", "op vrijdag tien vijf".  Each shape needs a rule of
its own if the digit patterns are to see it; written back as "BW/2025/5267", "2518 RE",
"kavita38@gmail.com", "2539 XE" and "vrijdag 10-5", the patterns written for typed text
find them all.  :func:`spoken_reading` returns that reading with, for every character,
where it came from, so that what is found in the reading is reported on the text.

Only numbers, signs, spelled letters and dates said in words are rewritten; every other
character stays as it is.  The reading is built only for texts with something said
(see :func:`_has_said`), so typed text costs a few substring tests and searches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, NamedTuple

from . import regexes
from .cue_index import any_present, cues, has, lowered, present
from .lexicons import MONTHS
from .spoken_numbers import HESITATIONS, spoken_year, word_value, year_digits
from .spoken_numbers import LETTER_SOUNDS as _LETTER_SOUNDS

# Rare words that the quick tests below look for: read from a text's cue index (has()).
_GATE_WORDS: Final = cues(
    " at ",
    " punt ",
    "geb",
    "min ",
    "punt ",
)

# What says that something was said that the reading would write otherwise, each a search
# that opens with letters (cheap: see _has_said).  A number word beside another number word
# or before a month ("twee vijf 18", "drie, tien", "vijftien mei"); "een" before a number
# word or a month ("drie een vierentwintig", "een maart"), never after a digit ("op 12
# maart een afspraak"), or as a street's house number ("Weimarstraat een"); "één".
_FIRST: Final = "nul|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|één|tig|honderd|duizend"
_SECOND: Final = (
    "nul|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|één|twintig|dertig|veertig"
    "|tachtig|honderd|duizend|dertien|veertien|eenen"
)
_MONTHS: Final = "|".join(MONTHS)
_STREETS_BEFORE_EEN: Final = ("straat", "laan", "plein", "kade", "weg", "gracht")
_SAID: Final = (
    regexes.compile(rf"(?:{_FIRST})(?:-|,?[ ])(?:{_SECOND}|{_MONTHS})"),
    regexes.compile(
        rf"een(?:-|,?[ ])(?:{_SECOND}|{_MONTHS})|één|een(?![\w])(?:"
        + "|".join(f"(?<={w}[ ]een)" for w in _STREETS_BEFORE_EEN)
        + ")"
    ),
    # a street, a pause said as a comma, its house number: "wagenstraat, 36", "... , eh, 3"
    # (the look-behind holds each street word's last three letters)
    regexes.compile(
        r",[ ][0-9e](?<=(?:aat|aan|weg|ein|ade|cht|gel|eef|ijk),[ ][0-9e])(?:(?<=[0-9])|hm?[,.])"
    ),
    # a letter spelled with a word: "x van Xantippe", "r als Richard"
    regexes.compile(r"van[ ](?<=[^\w][a-z][ ]van[ ])|als[ ](?<=[^\w][a-z][ ]als[ ])"),
    # dotted postcode letters after four digits: "2576 J.G."
    regexes.compile(r"\.(?<=[0-9]{4}[ ][a-z]\.)[a-z]\."),
    # letters said by their names after a number ("2508 cee pee"), digits typed one at a time
    # ("8 1 9 2 8 8 0 1 9")
    regexes.compile(
        r"[0-9][ ](?:(?:bee|cee|dee|gee|haa|pee|tee|vee|wee|iks|zet|kuu|ka)(?![\w])"
        r"|[0-9][ ][0-9][ ][0-9](?![0-9])"
        # a postcode's letters typed apart, or its digits in two pairs: "2521 X K", "25 71 HW"
        r"|[a-z][ ][a-z](?![\w])(?<=[0-9]{4}[ ][a-z][ ][a-z])"
        r"|[0-9]{2}[ ](?!of|en|op|in|om|de|te|is|al|na|uw|je|ze)[a-z]{2}(?![\w])"
        r"(?<![0-9][ ][0-9]{2}[ ][0-9]{2}[ ][a-z]{2})(?<=[0-9]{2}[ ][0-9]{2}[ ][a-z]{2}))"
    ),
)
# A date of birth typed as three groups of digits: "geboren 4 4 36"
_BIRTH_GROUPS: Final = regexes.compile(
    r"geb(?:oren|oortedatum|\.)?[ :]+(?:[0-9]{1,2}[ ]){2}[0-9]{2,4}(?![\w])"
)
# A sign said before a number: "VT min 2025", "z punt 2023"
_SIGN_BEFORE_NUMBER: Final = regexes.compile(rf"(?:min|punt)[ ](?:{_FIRST}|[0-9])")
# Signs and letters said, found by plain substring tests
_SAID_WORDS: Final = cues(
    "streep",
    "koppelteken",
    "dash",
    "hashtag",
    "nummerteken",
    "hekje",
    "apenstaart",
    " @ ",
    " h s ",
    "haa es",
    "en el ",
    " n l ",
    "ing b ",
    "i n g b",
    "r a b o",
    "a b n a",
    "a s n b",
)


def _has_said(low: str) -> bool:
    """Whether the lower-cased text holds anything the reading would write otherwise.

    Why substring tests and searches that open with letters or digits: this runs on every
    text, and nearly all of them are typed.
    """
    return (
        any_present(low, _SAID_WORDS)
        or (has(low, " at ") and has(low, " punt "))  # "... at gmail punt com"
        or ((has(low, "min ") or has(low, "punt ")) and _SIGN_BEFORE_NUMBER.search(low) is not None)
        or (has(low, "geb") and _BIRTH_GROUPS.search(low) is not None)
        or _said_at(_SAID[0], low, _FIRST_WORDS)
        or _said_at(_SAID[1], low, _EEN_WORDS)
        or _SAID[2].search(low) is not None
        or _said_at(_SAID[3], low, _VAN_ALS)
        or any(rx.search(low) for rx in _SAID[4:])
    )


# The words the first, second and fourth of _SAID open with: those are tried only where
# one of them stands (read from the text's cue index), not at every "e", "t" or "v".
_FIRST_WORDS: Final = cues(*_FIRST.split("|"))
_EEN_WORDS: Final = cues("een", "één")
_VAN_ALS: Final = cues("van ", "als ")


def _said_at(rx: re.Pattern[str], low: str, words: tuple[str, ...]) -> bool:
    """``rx.search(low) is not None`` for a pattern whose matches open with one of ``words``."""
    for _, starts in present(low, words):
        for p in starts:
            if rx.match(low, p):
                return True
    return False


_TOKEN: Final = regexes.compile(r"[^\W_]+|\S")
_WEEKDAYS: Final = frozenset(
    [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "ma",
        "di",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
    ]
)
# Words after which a day and a month said as numbers are a date ("op zeven, acht",
# "geboren drie, tien tweeduizendeen", "tot drie een vierentwintig").
_DATE_CUES: Final = _WEEKDAYS | frozenset(
    [
        "op",
        "geboren",
        "geboortedatum",
        "tot",
        "vanaf",
        "per",
        "sinds",
        "datum",
        "bezoek",
        "afspraak",
        "geb",
    ]
)
_MONTH_WORDS: Final = frozenset(MONTHS)
_STREET_ENDS: Final = (
    "straat",
    "laan",
    "plein",
    "kade",
    "weg",
    "gracht",
    "singel",
    "dreef",
    "dijk",
    "hof",
    "park",
    "pad",
    "steeg",
    "markt",
)
# The four letters of the Dutch banks' codes in an IBAN, read out apart ("ing b", "R A B O").
BANK_CODES: Final = frozenset(
    [
        "ABNA",
        "INGB",
        "RABO",
        "SNSB",
        "ASNB",
        "TRIO",
        "KNAB",
        "BUNQ",
        "RBRB",
        "FVLB",
        "HAND",
        "NNBA",
        "REVO",
        "BITS",
        "ABNC",
    ]
)
# Two letters that are a word and so no postcode's letters after a number said.
_WORD_PAIRS: Final = frozenset(
    [
        "en",
        "de",
        "op",
        "in",
        "te",
        "na",
        "of",
        "om",
        "is",
        "al",
        "er",
        "ik",
        "je",
        "ze",
        "we",
        "nu",
        "ja",
        "oe",
        "aan",
    ]
)
_SIGN_WORDS: Final = {
    ("schuine", "streep"): "/",
    ("laag", "streepje"): "_",
    ("liggend", "streepje"): "-",
    ("streepje",): "-",
    ("koppelteken",): "-",
    ("dash",): "-",
    ("min",): "-",
    ("slash",): "/",
    ("hekje",): "#",
    ("hashtag",): "#",
    ("nummerteken",): "#",
    ("apenstaartje",): "@",
    ("@",): "@",
}


@dataclass(slots=True)
class _Unit:
    out: str  # what the reading writes
    s: int  # where it came from in the text
    e: int
    kind: str  # "num", "year", "date", "letters", "sign", "word" or "een" (undecided)
    changed: bool = False
    glue: bool = False  # written right after the unit before, without the gap


class Reading(NamedTuple):
    """The text read back: ``text[i]`` came from the source's ``start[i]:end[i]``.

    A rewritten unit maps each of its characters onto all of its source; ``said[i]``
    tells whether character ``i`` was rewritten.
    """

    text: str
    start: list[int]
    end: list[int]
    said: list[bool]

    def source_span(self, s: int, e: int) -> tuple[int, int] | None:
        """The source span of the reading's ``s:e``, if something in it was rewritten."""
        if e <= s or not any(self.said[s:e]):
            return None
        return self.start[s], self.end[e - 1]


def spoken_reading(text: str) -> Reading | None:
    """The reading of ``text``, or None when nothing said needs writing back."""
    low = lowered(text)
    if len(low) != len(text) or not _has_said(low):
        return None
    units = [
        _Unit(text[m.start() : m.end()], m.start(), m.end(), "word") for m in _TOKEN.finditer(text)
    ]
    units = _skip_fillers(text, _numbers(text, low, units))
    units = _spelled_letters(units)
    _decide_een(text, units)
    units = _dates(text, units)
    units = _signs(text, _street_pauses(text, units))
    units = _join_digits(text, _said_group_commas(text, units))
    units = _letter_runs(text, units)
    if not any(u.changed for u in units):
        return None
    return _assemble(text, units)


def _gap(text: str, a: _Unit, b: _Unit) -> str:
    return text[a.e : b.s]


def _merge(units: list[_Unit], i: int, j: int, out: str, kind: str) -> _Unit:
    return _Unit(out, units[i].s, units[j].e, kind, True, units[i].glue)


def _numbers(text: str, low: str, units: list[_Unit]) -> list[_Unit]:
    """Number words as digits; a year said in one or two words as its four digits."""
    out: list[_Unit] = []
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        w = low[u.s : u.e]
        if not w.isalpha():
            if w.isdigit():
                u.kind = "num"
            out.append(u)
            i += 1
            continue
        if w == "tweeduizend" and i + 1 < n and units[i + 1].s == u.e + 1:
            below = word_value(low[units[i + 1].s : units[i + 1].e])
            if below is not None and 100 <= below <= 999:  # "tweeduizend vijfhonderdtweeënzestig"
                out.append(_merge(units, i, i + 1, str(2000 + below), "num"))
                i += 2
                continue
        if w in ("tweeduizendnul", "tweeduizend") and (
            w[-3:] == "nul" or _next_word(units, i, "nul")
        ):
            j = i if w[-3:] == "nul" else i + 1  # "tweeduizend nul": 2000
            out.append(_merge(units, i, j, "2000", "year"))
            i = j + 1
            continue
        if w.startswith(("twee", "negen", "twintig")):
            y = spoken_year(low, u.s)
            if y is not None and out and _street_before(out[-1]):
                y = None  # "Weimarstraat negentien vijfentwintig ...": 19 and a postcode
            if y is not None and y > u.e:  # "tweeduizend vierentwintig": two words
                j = i + 1
                while j < n and units[j].e < y:
                    j += 1
                if j < n and units[j].e == y:
                    digits = _year_digits(low[u.s : y])
                    if digits:
                        out.append(_merge(units, i, j, digits, "year"))
                        i = j + 1
                        continue
            elif y is not None and (
                w.startswith(("tweeduizend", "negentienhonderd")) or word_value(w) is None
            ):  # "negentienvierenveertig": century and year in one word
                digits = _year_digits(w)
                if digits:
                    out.append(_Unit(digits, u.s, u.e, "year", True))
                    i += 1
                    continue
        v = word_value(w)
        if v is not None:
            if w == "een":
                u.kind = "een"
            else:
                j = i
                if 100 <= v <= 900 and v % 100 == 0 and i + 1 < n and units[i + 1].s == u.e + 1:
                    below = word_value(low[units[i + 1].s : units[i + 1].e])
                    if below is not None and 0 < below < 100:  # "driehonderd drieëntachtig"
                        v += below
                        j = i + 1
                out.append(_merge(units, i, j, str(v), "num"))
                i = j + 1
                continue
        out.append(u)
        i += 1
    return out


# What a speaker says while looking a number up ("nul zes, eh... vier vier", "achtenzeventig,
# even kijken, vijfennegentig", "zes nul nul hoor, zes een"): no part of the number.
_FILLERS: Final = (("even", "kijken"), ("eens", "kijken"), *((w,) for w in sorted(HESITATIONS)))
_FILLER_MARKS: Final = frozenset([".", "…", ","])


def _filler_end(text: str, units: list[_Unit], i: int) -> int:
    """The index after the fillers (and their dots and commas) that start at ``i``, or i."""
    j = i
    n = len(units)
    while j < n:
        for words in _FILLERS:
            k = j + len(words)
            if k <= n and all(
                units[j + x].out.lower() == w
                and (x == 0 or _gap(text, units[j + x - 1], units[j + x]) == " ")
                for x, w in enumerate(words)
            ):
                j = k
                while j < n and units[j].out in _FILLER_MARKS and units[j].s == units[j - 1].e:
                    j += 1
                break
        else:
            return j
    return j


def _skip_fillers(text: str, units: list[_Unit]) -> list[_Unit]:
    """Fillers between the parts of a number said, taken into the unit before them.

    Why: the unit before (a number, or the comma or dash after it) then reaches over the
    filler, so the parts join as if the filler was not said, and the number found spans it.
    """
    out: list[_Unit] = []
    i = 0
    n = len(units)
    while i < n:
        host = out[-1] if out else None
        if host is not None and (
            host.kind == "num"
            or (host.out in (",", "-") and len(out) > 1 and out[-2].kind == "num")
            or (host.out == "," and len(out) > 1 and out[-2].out.lower().endswith(_STREET_ENDS))
        ):
            j = _filler_end(text, units, i)
            if (
                i < j < n
                and units[j].kind in ("num", "een")
                and "\n" not in text[host.e : units[j].s]
            ):
                out[-1] = _Unit(host.out, host.s, units[j - 1].e, host.kind, True, host.glue)
                i = j
                continue
        out.append(units[i])
        i += 1
    return out


def _next_word(units: list[_Unit], i: int, word: str) -> bool:
    return (
        i + 1 < len(units) and units[i + 1].out.lower() == word and units[i + 1].s == units[i].e + 1
    )


def _year_digits(words: str) -> str | None:
    """ "tweeduizend vijfentwintig" -> "2025", "negentien zesennegentig" -> "1996"; None
    outside 1900-2099."""
    digits = year_digits(words)
    return digits if 1900 <= int(digits) <= 2099 else None


def _spelled_letters(units: list[_Unit]) -> list[_Unit]:
    """ "x van Xantippe", "r als Richard": the letter, as a capital."""
    out: list[_Unit] = []
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        if (
            i + 2 < n
            and len(u.out) == 1
            and u.out.isalpha()
            and units[i + 1].out.lower() in ("van", "als")
            and len(units[i + 2].out) > 2
            and units[i + 2].out[0].lower() == u.out.lower()
            and units[i + 2].out.isalpha()
        ):
            out.append(_merge(units, i, i + 2, u.out.upper(), "letters"))
            i += 3
            continue
        out.append(u)
        i += 1
    for k, u in enumerate(out):
        if u.out.lower() in _NATO_WORDS and u.out[:1].isupper() and _beside_code(out, k):
            out[k] = _Unit(u.out[0].upper(), u.s, u.e, "letters", True, u.glue)
    return out


# The words of the spelling alphabet that are no Dutch words or common names: "D van Dirk
# Zulu 8979 Delta", "Bravo E van Eduard".  A letter only beside a letter or a number said.
_NATO_WORDS: Final = frozenset(
    ["alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "juliett", "juliet"]
    + ["kilo", "quebec", "romeo", "sierra", "tango", "uniform", "whiskey", "whisky", "yankee"]
    + ["zulu", "x-ray"]
)


def _beside_code(units: list[_Unit], k: int) -> bool:
    """A letter spelled or a number on either side of unit ``k``."""
    return any(
        0 <= j < len(units)
        and (units[j].kind == "letters" or (units[j].kind == "num" and units[j].out.isdigit()))
        for j in (k - 1, k + 1)
    )


def _near_number(text: str, units: list[_Unit], i: int, step: int) -> bool:
    j = i + step
    if not 0 <= j < len(units):
        return False
    a, b = (units[i], units[j]) if step > 0 else (units[j], units[i])
    return units[j].kind == "num" and _gap(text, a, b) in (" ", ", ", "-")


def _decide_een(text: str, units: list[_Unit]) -> None:
    """ "een" is 1 beside another number, before a month, or as a street's house number.

    Elsewhere it is the article ("een melding"), and stays.
    """
    for i, u in enumerate(units):
        if u.kind != "een":
            continue
        nxt = units[i + 1].out.lower() if i + 1 < len(units) else ""
        prev = units[i - 1].out.lower() if i else ""
        one = (
            _near_number(text, units, i, -1)
            or _near_number(text, units, i, 1)
            or (nxt in _MONTH_WORDS and _day_of_month(text, units, i))
            or (
                prev.endswith(_STREET_ENDS)
                and units[i - 1].out[:1].isupper()
                and (nxt in ("", ".", ",", ";", "hs", "hoog") or i + 1 == len(units))
            )
        )
        u.kind = "num" if one else "word"
        if one:
            u.out = "1"
            u.changed = True


def _day_of_month(text: str, units: list[_Unit], i: int) -> bool:
    """ "een" before a month is its first day after a date's cue or before a year.

    Why: "de afspraak van een maart", "vrijdag een november", "op een juli tweeduizend
    vierentwintig" are dates; "het was een maart vol regen", "een mei-viering" are not.
    """
    if _gap(text, units[i], units[i + 1]) != " ":
        return False
    after = units[i + 2] if i + 2 < len(units) else None
    if after is not None and after.out == "-" and after.s == units[i + 1].e:
        return False
    if after is not None and after.kind in ("num", "year") and after.out.isdigit():
        return True
    before = units[i - 1].out.lower() if i else ""
    return before in _DATE_CUES or before == "van"


def _dates(text: str, units: list[_Unit]) -> list[_Unit]:
    """A day and a month (and a year) said as numbers: "d-m(-y)".

    After a date's cue ("op zeven, acht", "geboortedatum tweeëntwintig, een, negentienhonderd
    vijfenzeventig"), or without one as a whole answer of day, month and year all said
    ("S2: eenentwintig zeven negenenzeventig.").
    """
    out: list[_Unit] = []
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        if u.kind in ("num", "year") and out:
            cue = out[-1].out.lower().rstrip(".")
            if cue in ("op", "dus", "is", "was") and len(out) > 1:  # "geboren op ...", "... dus"
                cue = out[-2].out.lower().rstrip(".") if out[-2].out.lower() in _DATE_CUES else cue
            date = _date_at(text, units, i, cue in _DATE_CUES, cue)
            if date is not None:
                out.append(date[0])
                i = date[1]
                continue
        out.append(u)
        i += 1
    return out


_COUNTED: Final = frozenset(["uur", "keer", "x", "minuten", "jaar", "kinderen", "hoog"])


def _date_at(
    text: str, units: list[_Unit], i: int, cued: bool, cue: str
) -> tuple[_Unit, int] | None:
    """(the date's unit, the unit after it) for a date said from unit ``i``, or None.

    A day or month said digit by digit ("nul negen, nul een") is tried first, then each
    digit as a part of its own ("negen negen zeventig": 9-9-70).
    """
    return _date_from(text, units, i, cued, cue, True) or _date_from(
        text, units, i, cued, cue, False
    )


def _date_from(
    text: str, units: list[_Unit], i: int, cued: bool, cue: str, pairs: bool
) -> tuple[_Unit, int] | None:
    n = len(units)
    parts: list[int] = []
    values: list[str] = []
    k = i
    while k < n and len(parts) < 3 and units[k].kind in ("num", "year"):
        if units[k].kind == "year" and len(parts) < 2:
            break
        value = units[k].out
        if pairs and len(parts) < 2 and _digit_pair(text, units, k):
            k += 1  # "nul negen, nul een, ...": a day or month said digit by digit
            value += units[k].out
        parts.append(k)
        values.append(value)
        k = _next_part(text, units, k)
        if k < 0:
            break
    nxt = _next_part(text, units, parts[-1]) if parts else -1
    if len(parts) < 2 or (nxt > 0 and units[nxt].kind == "num"):
        return None
    day, month = int(values[0]), int(values[1])
    year = values[2] if len(parts) == 3 else None
    if year is not None and len(year) not in (2, 4):
        parts, year = parts[:2], None
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    said = any(units[p].changed for p in parts)
    if not cued:
        # a whole answer: three parts, all said, after ":" or "," and before "." or a break
        before = text[: units[i].s].rstrip(" ")
        after = text[units[parts[-1]].e :]
        if not (
            year is not None
            and all(units[p].changed for p in parts)
            and (not before or before[-1] in ":,\n")
            and (not after.strip(" ") or after.lstrip(" ")[0] in ".,\n")
        ):
            return None
    elif not (said or values[0].startswith("0") or year or cue in ("bezoek", "afspraak")):
        return None
    last = parts[-1]
    if (
        len(parts) == 2
        and last + 1 < n
        and _gap(text, units[last], units[last + 1]) == " "
        and units[last + 1].out.lower() in _COUNTED
    ):
        return None  # "op zes, zeven uur", "twee drie keer": counts, no day and month
    value = "-".join(values[: len(parts)])
    return _merge(units, i, last, value, "date"), last + 1


def _digit_pair(text: str, units: list[_Unit], k: int) -> bool:
    """Units ``k`` and ``k + 1`` are two digits said apart ("nul negen", "een vijf")."""
    return (
        k + 1 < len(units)
        and len(units[k].out) == 1
        and units[k].changed
        and units[k + 1].kind == "num"
        and len(units[k + 1].out) == 1
        and units[k + 1].changed
        and _gap(text, units[k], units[k + 1]) == " "
    )


def _next_part(text: str, units: list[_Unit], k: int) -> int:
    """The unit after unit ``k`` past a space, or a comma and a space; -1 if none."""
    j = k + 1
    if j < len(units) and units[j].out == "," and units[j].s == units[k].e:
        j += 1
        if j < len(units) and _gap(text, units[j - 1], units[j]) == " ":
            return j
        return -1
    return j if j < len(units) and _gap(text, units[k], units[j]) == " " else -1


def _street_pauses(text: str, units: list[_Unit]) -> list[_Unit]:
    """A comma between a street and its house number, a pause speech-to-text wrote, as a
    space: "Wagenstraat, 36 bee" reads "Wagenstraat 36 B"."""
    for k in range(1, len(units) - 1):
        u = units[k]
        street = units[k - 1].out.lower()
        if (
            u.out == ","
            and u.s == units[k - 1].e
            and units[k + 1].kind == "num"
            and _gap(text, u, units[k + 1]) == " "
            and street.endswith(_STREET_ENDS)
            and len(street) > 5
            and street.isalpha()
            and _house_number_ends(text, units, k + 1)
        ):
            u.out, u.changed = " ", True
            units[k + 1].glue = True
    return units


# What may follow a house number said after a pause: its addition, said or typed.
_HOUSE_ADDITIONS = frozenset(["hs", "huis", "boven", "beneden", "rood", "zwart", "bis"])
_HOUSE_ADDITIONS |= frozenset(["een", "twee", "drie", "vier", "bee", "cee", "dee", "aa"])


def _house_number_ends(text: str, units: list[_Unit], k: int) -> bool:
    """Unit ``k`` ends a clause or has a house number's addition after it, not a count
    ("Zuiderparklaan, 3 dagdelen per week") or a time ("Zuiderparklaan, 13.00 uur")."""
    if k + 1 == len(units):
        return True
    after = units[k + 1].out.lower()
    if after in (",", ";", ")", "!", "?") or (
        units[k + 1].s > units[k].e and "\n" in _gap(text, units[k], units[k + 1])
    ):
        return True
    if after == ".":
        return not text[units[k + 1].e : units[k + 1].e + 1].isdigit()
    floor = units[k + 1].changed and after in ("1", "2", "3", "4")  # "139 twee": 2nd floor
    return _gap(text, units[k], units[k + 1]) == " " and (
        after in _HOUSE_ADDITIONS or (len(after) == 1 and after.isalpha()) or floor
    )


def _signs(text: str, units: list[_Unit]) -> list[_Unit]:
    """Signs said in words between the parts of a code or an e-mail address.

    "streepje", "schuine streep", "hekje", "laag streepje", "apenstaartje" (and a typed
    "@" with spaces round it) are written as the sign, glued to what stands beside them;
    "punt" only inside an e-mail address.  A typed hyphen between two number words
    ("nul-zes") joins them.
    """
    out: list[_Unit] = []
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        w = u.out.lower()
        sign = None
        width = 1
        for words, s in _SIGN_WORDS.items():
            if w == words[0] and all(
                i + k < n and units[i + k].out.lower() == words[k] for k in range(1, len(words))
            ):
                sign, width = s, len(words)
                break
        if (
            sign is None
            and w == "-"
            and out
            and i + 1 < n
            and _said_hyphen(out[-1], u, units[i + 1])
        ):
            units[i + 1].glue = True  # "nul-zes": one number said
            i += 1
            continue
        if (
            sign is None
            and w in ("/", ".")
            and out
            and i + 1 < n
            and _spaced_separator(text, out[-1], u, units[i + 1])
        ):
            out.append(_Unit(w, u.s, u.e, "sign", True, True))
            units[i + 1].glue = True  # "P N 2 0 2 4 / 5 5 1 0 8": one code read out
            i += 1
            continue
        if (
            sign is None
            and w in ("punt", "stip")
            and out
            and i + 1 < n
            and _code_dot(out[-1], units[i + 1])
        ):
            sign = "."  # "Z punt tweeduizend vijfentwintig punt drie zes een een"
        if sign is None and w == "at" and out and _domain_after(units, i + 1):
            sign = "@"  # "lina punt haddad negentachtig at gmail punt com"
        if sign is None and w == "plus" and i + 1 < n and units[i + 1].kind == "num":
            out.append(_Unit("+", u.s, u.e, "sign", True, u.glue))
            units[i + 1].glue = True  # "plus 31 zes ...", "plus driehonderdnegenenvijftig ..."
            i += 1
            continue
        if sign is None or not out or i + width >= n:
            out.append(u)
            i += 1
            continue
        after = units[i + width]
        if sign == "@":
            ok = out[-1].out[-1:].isalnum() and after.out[:1].isalnum()
        elif sign == "#":
            ok = after.kind in ("num", "year")
        elif w == "min":  # "wmo drieëntwintig min nul nul ...", not "10 min wachten"
            ok = after.kind in ("num", "year") and (_year_like(out[-1]) or _code_letters(out[-1]))
        else:
            ok = out[-1].out[-1:].isalnum() and after.out[:1].isalnum()
        if not ok:
            out.append(u)
            i += 1
            continue
        unit = _merge(units, i, i + width - 1, sign, "sign")
        unit.glue = sign != "#"
        out.append(unit)
        after.glue = True
        if sign == "@":
            _email_parts(text, out, units, i + width)
        i += width
    return out


def _domain_after(units: list[_Unit], k: int) -> bool:
    """A domain said or typed from unit ``k``: "gmail punt com", "abv punt bg", "kpn.nl"."""
    return (
        k + 2 < len(units)
        and units[k].out.isalnum()
        and units[k + 1].out.lower() in ("punt", "dot", ".")
        and units[k + 2].out.isalpha()
        and 2 <= len(units[k + 2].out) <= 4
    )


def _code_letters(unit: _Unit) -> bool:
    """One to four letters that may open a case number: "wmo", "VT", "Z", "SZW"."""
    return unit.out.isalpha() and len(unit.out) <= 4 and unit.kind in ("word", "letters")


def _code_dot(before: _Unit, after: _Unit) -> bool:
    """ "punt" between a case number's letters or year and its next part is its dot."""
    return after.kind in ("num", "year") and (
        _year_like(before) or (_code_letters(before) and len(before.out) <= 3)
    )


def _year_like(unit: _Unit) -> bool:
    """A year said or typed: "tweeduizend vijfentwintig", "2025"."""
    return unit.kind == "year" or (
        unit.kind == "num" and len(unit.out) == 4 and unit.out[:2] in ("19", "20")
    )


def _spaced_separator(text: str, before: _Unit, sep: _Unit, after: _Unit) -> bool:
    """A "/" or "." typed with spaces round it between parts of a code read out."""
    return (
        before.kind == "num"
        and after.kind == "num"
        and sep.s > before.e
        and after.s > sep.e
        and (len(before.out) == 1 or before.changed)
        and (len(after.out) == 1 or after.changed)
    )


def _said_hyphen(before: _Unit, hyphen: _Unit, after: _Unit) -> bool:
    """A hyphen typed between two number words, touching both ("nul-zes")."""
    return (
        before.kind == "num"
        and after.kind == "num"
        and before.changed
        and hyphen.s == before.e
        and after.s == hyphen.e
    )


_NOT_LOCAL: Final = frozenset(
    [
        "is",
        "mail",
        "e-mail",
        "mailadres",
        "adres",
        "naar",
        "via",
        "op",
        "en",
        "of",
        "mijn",
        "zijn",
        "haar",
        "email",
    ]
)


def _email_parts(text: str, before: list[_Unit], units: list[_Unit], k: int) -> None:
    """Glue the parts of an e-mail address said round its "@".

    Before it: the word and the number said apart ("kavita 38 @"), and parts joined by
    "punt" ("h punt ouali @"); after it, the domain's parts joined by "punt".
    """
    j = len(before) - 2  # the unit before the "@"
    if j > 0:
        prev, cur = before[j - 1], before[j]
        if (
            cur.out.isdigit()
            and prev.out.isalpha()
            and prev.out.lower() not in _NOT_LOCAL
            and _gap(text, prev, cur) == " "
            and not cur.glue
        ):
            cur.glue = cur.changed = True  # "kavita 38 @"
            j -= 1
    while j > 1 and _is_letter(before[j]) and _gap(text, before[j - 1], before[j]) == " ":
        if not (_is_letter(before[j - 1]) or before[j - 1].out.isalpha()):
            break
        before[j].glue = before[j].changed = True  # "anjali k a l l o e at ..."
        j -= 1
    while j > 1 and before[j - 1].out.lower() == "punt" and before[j - 2].out[-1:].isalnum():
        dot = before[j - 1]
        dot.out, dot.kind, dot.changed, dot.glue = ".", "sign", True, True
        before[j].glue = True  # "h punt ouali @"
        j -= 2
    while k + 2 < len(units) and units[k].out.lower() not in _TLDS:
        dot, nxt = units[k + 1], units[k + 2]
        if dot.out.lower() not in ("punt", "dot") or not nxt.out.isalnum():
            break
        dot.out, dot.kind = ".", "sign"
        dot.changed = dot.glue = nxt.glue = True  # "hotmail punt nl"
        k += 2


# The ends of domains, after which a "punt" ends the sentence ("... gmail punt com punt").
_TLDS: Final = frozenset(
    ["nl", "com", "org", "net", "be", "eu", "info", "de", "fr", "uk", "nu", "io"]
)


def _letter_runs(text: str, units: list[_Unit]) -> list[_Unit]:
    """Letters said one by one, joined: a code's letters before a sign ("g k b -"), a
    postcode's after its four digits ("p n", "J.G.", "r van Richard, j van Johan"), an
    IBAN's country ("en el") and bank ("ing b", "R A B O") before its digits."""
    out: list[_Unit] = []
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        prev = out[-1] if out else None
        before = (
            out[-3] if len(out) > 2 and out[-2].out == " " else out[-2] if len(out) > 1 else None
        )
        street = before is not None and before.out.lower().endswith(_STREET_ENDS)
        sounds = _letter_sounds(text, units, i, prev, street)
        if sounds is None and prev is not None and prev.out == "," and len(out) > 1:
            cued = any(u.out.lower() == "postcode" for u in out[-4:-2])
            sounds = _letter_sounds(text, units, i, out[-2], cued=cued)  # "2535, ka em"
            if sounds is not None and len(out[-2].out) == 4:
                prev.out, prev.changed = "", True
            else:
                sounds = None
        if sounds is None and (prev is None or prev.kind != "num"):
            sounds = _code_letter_names(text, units, i)
        if sounds is not None:
            j, said_letters = sounds
            out.append(_merge(units, i, j - 1, said_letters, "letters"))
            i = j
            continue
        j, letters = _letter_run(text, units, i)
        joined: str | None = None
        if letters.upper() == "NL" and _iban_next(units, j):
            joined = "NL"  # "N.L. negenentachtig ...", "n.l. nul zeven ..."
        elif len(letters) >= 2:
            after = units[j] if j < n else None
            if after is not None and (
                (after.kind == "sign" and after.out in "-/")
                or (
                    after.kind == "num"
                    and j + 1 < n
                    and units[j + 1].kind == "sign"
                    and units[j + 1].out in "-/"
                )
            ):
                joined = letters.upper()  # "g k b streepje ...", "W M O 24-...": a code's letters
            elif (
                len(letters) == 2 and _postcode_digits(out) and _postcode_letters(units, i, j, out)
            ):
                joined = letters.upper()
                if prev is not None and prev.out == ",":
                    prev.out, prev.changed = "", True  # "2539, x van Xantippe, e van Eduard"
            elif (
                len(letters) <= 5
                and after is not None
                and after.kind == "num"
                and len(after.out) >= 5
                and _gap(text, units[j - 1], after) == " "
            ):
                joined = letters.upper()  # "D W twee vier nul ...": a code's letters
            elif letters.lower() == "hs" and prev is not None and prev.kind == "num":
                joined = "hs"
            elif letters.upper() in BANK_CODES and _check_digits(prev):
                joined = letters.upper()
        if joined is None and len(letters) < 2:
            if _said_postcode_letters(text, units, i, out):
                out.append(_Unit(u.out.upper(), u.s, u.e, "letters", True, u.glue))
                i += 1
                continue
            bank = _bank_code(text, units, i)
            if bank is not None and _check_digits(prev):
                j, joined = bank
            elif u.out.lower() in ("en", "n") and _country(units, i):
                j, joined = i + 2, "NL"
        if joined is None:
            out.append(u)
            i += 1
            continue
        out.append(_merge(units, i, j - 1, joined, "letters"))
        i = j
    return out


# Letter names that are also common words: a letter only beside an unmistakable one.
_WORD_SOUNDS: Final = frozenset(["aa", "ee", "en", "er", "es", "el", "ie", "ij", "em", "ef"])


def _code_letter_names(text: str, units: list[_Unit], i: int) -> tuple[int, str] | None:
    """(end, capitals) of two or three letters said by their names before a number said:
    a code's letters ("vee tee, twintig drieëntwintig ...", "es haa vee, negen een")."""
    names: list[str] = []
    j = i
    while j < len(units) and len(names) < 3 and units[j].out.lower() in _LETTER_SOUNDS:
        if j > i and _gap(text, units[j - 1], units[j]) != " ":
            break
        names.append(units[j].out.lower())
        j += 1
    if len(names) < 2 or all(w in _WORD_SOUNDS for w in names):
        return None
    k = j + 1 if j < len(units) and units[j].out == "," else j
    if k >= len(units) or units[k].kind not in ("num", "year") or not units[k].changed:
        return None
    return j, "".join(_LETTER_SOUNDS[w] for w in names).upper()


def _letter_sounds(
    text: str,
    units: list[_Unit],
    i: int,
    prev: _Unit | None,
    street: bool = False,
    cued: bool = False,
) -> tuple[int, str] | None:
    """(end, letters) of letters said by their names right after a number said.

    Two after a postcode's four digits ("2583 dee iks" -> "DX"), one or two after a house
    number said ("vijftien haa es" -> "hs", "eenenveertig ka" -> "k") or typed right after
    its ``street`` ("Withuysstraat 46 bee").
    """
    if prev is None or prev.kind != "num":
        return None
    names: list[str] = []
    j = i
    while j < len(units) and len(names) < 2 and units[j].out.lower() in _LETTER_SOUNDS:
        if j > i and _gap(text, units[j - 1], units[j]) != " ":
            break
        names.append(units[j].out.lower())
        j += 1
    if not names or (all(w in _WORD_SOUNDS for w in names) and not (cued and len(names) == 2)):
        return None  # "el em" only after the word "postcode"
    letters = "".join(_LETTER_SOUNDS[w] for w in names)
    if len(prev.out) == 4 and prev.out[0] != "0" and len(names) == 2:
        return j, letters.upper()
    if not (prev.changed or street) or len(prev.out) > 3:
        return None
    if letters == "hs" or len(names) == 1:
        return j, letters
    if names[1] in _WORD_SOUNDS and names[0] not in _WORD_SOUNDS:
        return j - 1, letters[0]  # "46 bee en zet": the letter, then the word "en"
    return None


def _letter_run(text: str, units: list[_Unit], i: int) -> tuple[int, str]:
    """(end, letters) of single letters said apart or dotted ("J.G.") from unit ``i``."""
    n = len(units)
    letters = ""
    j = i
    while j < n and _is_letter(units[j]):
        if j > i:
            gap = _gap(text, units[j - 1], units[j])
            if not (gap == " " or (gap == "" and units[j - 1].out == ".")):
                break
        letters += units[j].out
        j += 1
        if j < n and units[j].out == "." and units[j].s == units[j - 1].e:
            j += 1
        elif (
            j + 1 < n
            and units[j].out == ","
            and _is_letter(units[j + 1])
            and units[j].s == units[j - 1].e
            and _gap(text, units[j], units[j + 1]) == " "
        ):
            j += 1  # "r van Richard, j van Johan"
    if letters and units[j - 1].out == "." and len(letters) < 2:
        j -= 1  # a single letter keeps its dot
    return j, letters


def _postcode_digits(out: list[_Unit]) -> bool:
    """Whether the reading so far ends on a postcode's four digits (perhaps and a comma)."""
    k = len(out) - 1
    if k >= 0 and out[k].out == ",":
        k -= 1
    return k >= 0 and out[k].kind == "num" and len(out[k].out) == 4 and out[k].out[0] != "0"


def _postcode_letters(units: list[_Unit], i: int, j: int, out: list[_Unit]) -> bool:
    """After digits or letters said, or typed as dotted capitals ("J.G."): not "e.a."."""
    said = any(u.changed for u in out[-2:]) or any(units[k].changed for k in range(i, j))
    return said or not any(units[k].out != "." and units[k].out.islower() for k in range(i, j))


def _said_postcode_letters(text: str, units: list[_Unit], i: int, out: list[_Unit]) -> bool:
    """ "vijfentwintig eenenveertig tc": two letters as one word after four digits said."""
    u = units[i]
    if not out or out[-1].kind != "num" or not out[-1].changed or len(out[-1].out) != 4:
        return False
    if not (u.out.isalpha() and len(u.out) == 2 and u.out.lower() not in _WORD_PAIRS):
        return False
    nxt = units[i + 1] if i + 1 < len(units) else None
    return nxt is None or _gap(text, u, nxt) != " " or not nxt.out[:1].islower()


def _check_digits(prev: _Unit | None) -> bool:
    return prev is not None and prev.kind == "num" and len(prev.out) == 2


def _is_letter(u: _Unit) -> bool:
    return (len(u.out) == 1 and u.out.isalpha()) or (u.kind == "letters" and len(u.out) == 1)


def _iban_next(units: list[_Unit], j: int) -> bool:
    return j < len(units) and units[j].kind == "num" and len(units[j].out) == 2


def _country(units: list[_Unit], i: int) -> bool:
    """ "en el 72", "N L 50": the country of an IBAN said as its letters."""
    if i + 2 >= len(units):
        return False
    a, b = units[i].out.lower(), units[i + 1].out.lower()
    return (a, b) in (("en", "el"), ("n", "l"), ("en", "l"), ("n", "el")) and _iban_next(
        units, i + 2
    )


def _bank_code(text: str, units: list[_Unit], i: int) -> tuple[int, str] | None:
    """(end unit, code) of a bank's four letters said in parts: "ing b", "R A B O", or by
    the letters' names: "es en es bee" (SNSB), "aa es en bee" (ASNB)."""
    for named in (False, True):
        word = ""
        j = i
        while j < len(units) and units[j].out.isalpha() and len(word) < 4:
            if j > i and _gap(text, units[j - 1], units[j]) != " ":
                break
            w = units[j].out.lower()
            word += _LETTER_SOUNDS[w] if named and w in _LETTER_SOUNDS else w
            j += 1
        if j - i >= 2 and word.upper() in BANK_CODES:
            return j, word.upper()
    return None


def _join_digits(text: str, units: list[_Unit]) -> list[_Unit]:
    """Digits said apart written as one number: "vijf zeven negen" -> "579".

    Only runs with a number said in words or of four digits or more typed one by one (as
    recognisers write digits read out), and never a number before "hoog" (a floor:
    "vierenzeventig twee hoog").
    """
    out: list[_Unit] = []
    n = len(units)
    i = 0
    while i < n:
        u = units[i]
        if u.kind != "num":
            out.append(u)
            i += 1
            continue
        j = i + 1
        if _house_number_first(units, i, out):
            out.append(u)
            i += 1
            continue
        while (
            j < n
            and units[j].kind == "num"
            and (units[j].glue or _gap(text, units[j - 1], units[j]) == " ")
        ):
            if j + 1 < n and units[j + 1].out.lower() == "hoog":
                break
            j += 1
        if j - i == 2 and j < n and _postcode_pairs(text, units[i], units[i + 1], units[j]):
            out.append(_merge(units, i, i + 1, units[i].out + units[i + 1].out, "num"))
            i = j
            continue
        in_code = units[i].glue or (j < n and units[j].kind == "sign" and units[j].glue)
        digits_apart = (
            j - i >= (2 if in_code else 4)  # "R N 2 4 / 0 0 7 7 1": beside a code's sign
            and all(len(units[k].out) == 1 for k in range(i, j))
            and not _counting(units[i:j])
        )
        if j - i >= 2 and (digits_apart or any(units[k].changed for k in range(i, j))):
            # said in words, or typed one digit at a time: "8 1 9 2 8 8 0 1 9"
            joined = _merge(units, i, j - 1, "".join(units[k].out for k in range(i, j)), "num")
            out.append(joined)
        else:
            k = j  # "H W 2024 0 3 8 8 1": a year, then digits typed one at a time
            while k > i and len(units[k - 1].out) == 1:
                k -= 1
            if j - k >= 4 and not _counting(units[k:j]):
                out.extend(units[i:k])
                out.append(_merge(units, k, j - 1, "".join(u.out for u in units[k:j]), "num"))
            else:
                out.extend(units[i:j])
        i = j
    return out


def _said_group_commas(text: str, units: list[_Unit]) -> list[_Unit]:
    """Drop the commas between groups of a number said in parts of two digits or more.

    Why: "zeshonderdnegenenzestig, zevenhonderdzestig, zeshonderdvijfenzeventig" is one BSN
    said in three groups; a count ("twee, drie") has groups of one digit and stays, and so
    do groups of unequal length and a house number ("Mient achtenvijftig, vijfentwintig").
    """
    out: list[_Unit] = []
    n = len(units)
    for k, u in enumerate(units):
        if (
            u.out == ","
            and 0 < k < n - 1
            and out
            and out[-1].kind == "num"
            and units[k + 1].kind == "num"
            and out[-1].changed
            and units[k + 1].changed
            and len(out[-1].out) >= 2
            and len(units[k + 1].out) == len(out[-1].out)
            and not (len(out) > 1 and not out[-1].glue and _street_before(out[-2]))
            and u.s == out[-1].e
            and _gap(text, u, units[k + 1]) == " "
        ):
            units[k + 1].glue = True
            continue
        out.append(u)
    return out


def _postcode_pairs(text: str, a: _Unit, b: _Unit, letters: _Unit) -> bool:
    """ "25 71 HW": a postcode's four digits typed in two pairs, then its capitals."""
    return (
        len(a.out) == 2
        and len(b.out) == 2
        and a.out[0] != "0"
        and letters.out.isalpha()
        and letters.out.isupper()
        and len(letters.out) == 2
        and _gap(text, b, letters) == " "
    )


def _counting(units: list[_Unit]) -> bool:
    """ "score 0 1 2 3 4 5 6", "stap 1 2 3 4": a scale or a count, no number typed apart."""
    values = [int(u.out) for u in units]
    return all(b - a == 1 for a, b in zip(values, values[1:], strict=False))


def _house_number_first(units: list[_Unit], i: int, out: list[_Unit]) -> bool:
    """A number of two digits or more said as one word right after a street stands alone.

    Why: "Loevesteinlaan zevenennegentig twee vijf drie negen" is house number 97 and
    postcode 2539; a house number said digit by digit ("dierenselaan een nul twee") is
    joined like any other number.
    """
    u = units[i]
    if not out or not u.changed or len(u.out) < 2 or i + 1 >= len(units):
        return False
    if units[i + 1].kind != "num" or units[i + 1].glue:
        return False
    return _street_before(out[-1])


def _street_before(unit: _Unit) -> bool:
    """Whether a house number may follow: a street, "nummer", a capitalised name."""
    low = unit.out.lower()
    return (
        low.endswith(_STREET_ENDS)
        or low in ("nummer", "nr")
        or (len(unit.out) > 3 and unit.out.isalpha() and unit.out.istitle())  # "Vlaskamp 23"
    )


def _assemble(text: str, units: list[_Unit]) -> Reading:
    """Write the units and the gaps between them (a glued unit drops its gap)."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    said: list[bool] = []
    pos = 0
    for u in units:
        if not u.glue or not pieces:
            pieces.append(text[pos : u.s])
            starts.extend(range(pos, u.s))
            ends.extend(range(pos + 1, u.s + 1))
            said.extend([False] * (u.s - pos))
        pieces.append(u.out)
        starts.extend([u.s] * len(u.out))
        ends.extend([u.e] * len(u.out))
        said.extend([u.changed or u.glue] * len(u.out))
        pos = u.e
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    said.extend([False] * (len(text) - pos))
    return Reading("".join(pieces), starts, ends, said)
