"""Numbers spelled out in Dutch words, as speech-to-text writes them.

Why a parser of its own: a dictated note holds "nul zes vier acht twee twee nul negen
een drie" for a phone number, "erasmusweg honderdtwaalf" for an address and "negen mei
negentienhonderdnegenennegentig" for a birth date; the digit patterns never see them.
The parser reads one Dutch cardinal word (een/één .. negen, tien .. negentien, twintig
.. negentig with "en" compounds, honderd, duizend, "negentienhonderd..."), a run of
digit words, and the few detectors built on them (phone, house number, spelled year,
spelled postcode).  All work on the lower-cased text, whose offsets equal the text's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from . import regexes

UNITS: dict[str, int] = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "eén": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
TEENS: dict[str, int] = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
TENS: dict[str, int] = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
_UNITS_1_9: Final = {w: v for w, v in UNITS.items() if v}


def _below_100(s: str) -> int | None:
    """1..99 from one word: "zes", "twaalf", "zeventig", "drieëntwintig"."""
    v = _UNITS_1_9.get(s) or TEENS.get(s) or TENS.get(s)
    if v:
        return v
    for tens, t in TENS.items():
        if s.endswith(tens) and len(s) > len(tens) + 2:
            head = s[: -len(tens)]
            if head.endswith(("en", "ën")):
                u = _UNITS_1_9.get(head[:-2])
                if u:
                    return t + u
    return None


def _rest(s: str, below: int) -> int | None:
    """The part after "honderd"/"duizend": empty (0), or a number below ``below``."""
    if not s:
        return 0
    if s.startswith("en") and len(s) > 2:  # "honderdentwaalf"
        v = _below_1000(s[2:]) if below > 100 else _below_100(s[2:])
        if v is not None:
            return v
    return _below_1000(s) if below > 100 else _below_100(s)


def _below_1000(s: str) -> int | None:
    """1..9999 without "duizend": "honderdtwaalf", "zeshonderdvier", "negentienhonderd"."""
    i = s.find("honderd")
    if i == -1:
        return _below_100(s)
    head = 1 if i == 0 else _below_100(s[:i])
    if head is None:
        return None
    rest = _rest(s[i + 7 :], 100)
    return None if rest is None else head * 100 + rest


@lru_cache(maxsize=4096)
def word_value(word: str) -> int | None:
    """The value of one Dutch cardinal word, or None: "zeshonderdvier" -> 604.

    "nul" is 0; compounds up to 999,999 ("tweeduizendnegentien" -> 2019).  The word must
    be lower case and without spaces.
    """
    if word == "nul":
        return 0
    i = word.find("duizend")
    if i == -1:
        return _below_1000(word)
    head = 1 if i == 0 else _below_1000(word[:i])
    if head is None or head >= 1000:
        return None
    rest = _rest(word[i + 7 :], 1000)
    return None if rest is None else head * 1000 + rest


def digits_of(word: str) -> str | None:
    """The digits a word stands for in a dictated digit string: "zes" -> "6", "twaalf" -> "12".

    Why only 0..99: people read phone numbers digit by digit or in pairs ("nul zes,
    twaalf, vierendertig"); "honderd" in a phone number is too rare to guess at.
    """
    v = word_value(word)
    if v is None or v > 99:
        return None
    return str(v)


# A word of letters (also "één", "drieëntwintig"), or a comma between words.
_WORD: Final = regexes.compile(r"[a-zà-ÿ]+")
# What may stand between the words of a dictated digit string: a space, a comma and space,
# or a dash between spaces ("drie negen vijf - zeven twee acht").
_GAP: Final = regexes.compile(r",?[ ](?:-[ ])?")


def digit_run(low: str, pos: int) -> tuple[int, str, list[int]]:
    """Read digit words from ``pos``: (end, digits, end of each word).

    Reads "nul zes, vijf acht" as "06" + "58"; stops at the first word that is no
    number of 0..99, at any other punctuation ("nul zes... nee"), or a line break.
    """
    digits = ""
    ends: list[int] = []
    end = pos
    p = pos
    n = len(low)
    while p < n:
        m = _WORD.match(low, p)
        if not m or (m.end() < n and (low[m.end()].isalnum() or low[m.end()] in "-_")):
            break
        d = digits_of(m.group())
        if d is None:
            break
        digits += d
        end = m.end()
        ends.append(end)
        g = _GAP.match(low, end)
        if not g:
            break
        p = g.end()
    return end, digits, ends


# Where a dictated phone number may start: "nul" + a digit word, or "plus" before a
# country code.  Matched on the lower-cased text from a literal, so the scan is fast.
_PHONE_START: Final = regexes.compile(r"(?<![\w-])(?:nul|plus)(?=,?[ ][a-zé])")


def spoken_phones(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of phone numbers spoken as digit words.

    "nul zes vier acht ..." (seven digits or more: a voicemail may break off after
    "nul zeven nul drie vier vijf zes"), "plus drie vijf negen ..." (nine digits or more
    after "plus").  "nul zes..." alone, "een twee drie" or "nul komma vijf" stay.
    """
    if "nul " not in low and "nul, " not in low and "plus " not in low:
        return
    pos = 0
    for m in _PHONE_START.finditer(low):
        if m.start() < pos:
            continue
        if m.group() == "plus":
            g = _GAP.match(low, m.end())
            end, digits, ends = digit_run(low, g.end() if g else m.end())
            if len(digits) >= 9 and digits[0] != "0":
                pos = end
                yield m.start(), _trim(ends, digits, 15, low, g.end() if g else m.end())
            continue
        end, digits, ends = digit_run(low, m.start())
        if len(digits) < 7:
            continue
        pos = end
        yield m.start(), _trim(ends, digits, 13 if digits.startswith("00") else 10, low, m.start())


def _trim(ends: list[int], digits: str, limit: int, low: str, start: int) -> int:
    """The end of the longest prefix of words holding at most ``limit`` digits.

    Why: a comma may join a following count to the number ("... vier nul, twee keer"),
    and a Dutch number holds ten digits.
    """
    if len(digits) <= limit:
        return ends[-1]
    count = 0
    last = start
    p = start
    for e in ends:
        m = _WORD.match(low, p)
        assert m is not None
        d = digits_of(m.group())
        if d is None or count + len(d) > limit:
            break
        count += len(d)
        last = e
        g = _GAP.match(low, e)
        p = g.end() if g else e
    return last


def house_number(low: str, pos: int) -> int | None:
    """End of a house number in words at ``pos`` ("honderdtwaalf", "elfhonderd b"), or None.

    One cardinal word of 2..9999; a second word joins it when the first is whole
    hundreds ("tweehonderd drieëntwintig") or both are pairs of digits, as house
    numbers are read aloud ("vierentwintig zeventig" = 2470); a single letter a-h may
    follow ("elfhonderd b").  "een" is an article and never a house number.
    """
    m = _WORD.match(low, pos)
    if not m or (m.end() < len(low) and (low[m.end()].isalnum() or low[m.end()] in "-_")):
        return None
    w = m.group()
    v = word_value(w)
    if v is None or v < 2 or v > 9999:
        return None
    end = m.end()
    if end < len(low) and low[end] == " ":
        n = _WORD.match(low, end + 1)
        if n and not (n.end() < len(low) and low[n.end()].isalnum()):
            v2 = word_value(n.group())
            if (
                v2 is not None
                and 1 <= v2 <= 99
                and ((v % 100 == 0 and v >= 100) or (10 <= v <= 99 and 10 <= v2 <= 99))
            ):
                end = n.end()
    if (
        end + 2 <= len(low)
        and low[end] == " "
        and low[end + 1] in "abcdefgh"
        and (end + 2 == len(low) or not low[end + 2].isalnum())
    ):
        end += 2
    return end


def spoken_house_number(low: str, pos: int) -> int | None:
    """End of a house number read out at ``pos``, with its addition, or None.

    Beyond :func:`house_number`: digit by digit ("twee zes vier"), hundreds split off
    ("drie honderd acht", "tweehonderd en vier", "tweeduizend tweehonderdzes"), and the
    additions people say after it: a letter, "bis", "hs"/"huis", "boven", "een hoog", a
    floor ("derde", "tweede etage") or a floor number before a pause ("twaalf twee,").
    """
    end = _split_number(low, pos)
    if end is None:
        end = house_number(low, pos)
    if end is None:
        return None
    return _house_addition(low, end)


def _word_at(low: str, pos: int) -> re.Match[str] | None:
    """The whole word at ``pos`` (letters only), or None."""
    m = _WORD.match(low, pos)
    if not m or (m.end() < len(low) and (low[m.end()].isalnum() or low[m.end()] in "-_")):
        return None
    return m


def _split_number(low: str, pos: int) -> int | None:
    """End of a house number read in parts, or None (see spoken_house_number)."""
    m = _word_at(low, pos)
    if not m:
        return None
    v = word_value(m.group())
    if v is None:
        return None
    end = m.end()
    nxt = _word_at(low, end + 1) if low[end : end + 1] == " " else None
    if nxt is None:
        return None
    w2 = nxt.group()
    if 1 <= v <= 9 and w2 in ("honderd", "duizend"):
        end = nxt.end()  # "drie honderd acht"
        rest = _word_at(low, end + 1) if low[end : end + 1] == " " else None
        if rest is not None and rest.group() == "en":
            rest = (
                _word_at(low, rest.end() + 1) if low[rest.end() : rest.end() + 1] == " " else None
            )
        if rest is not None:
            r = word_value(rest.group())
            if r is not None and 1 <= r <= 99:
                end = rest.end()
        return end
    if v % 100 == 0 and v >= 100 and w2 == "en":  # "tweehonderd en vier"
        rest = _word_at(low, nxt.end() + 1) if low[nxt.end() : nxt.end() + 1] == " " else None
        r = word_value(rest.group()) if rest else None
        return rest.end() if rest is not None and r is not None and 1 <= r <= 99 else None
    v2 = word_value(w2)
    if v % 1000 == 0 and 1000 <= v <= 9000 and v2 is not None and 1 <= v2 <= 999:
        return nxt.end()  # "tweeduizend tweehonderdzes"
    if 1 <= v <= 9 and w2 in UNITS:  # "twee zes vier": digit by digit, two to four digits
        if low.startswith(" hoog", nxt.end()):
            return None  # "acht vier hoog": a house number and its floor
        end = nxt.end()
        for _ in range(2):
            more = _word_at(low, end + 1) if low[end : end + 1] == " " else None
            if more is None or more.group() not in UNITS:
                break
            end = more.end()
        return end
    return None


_FLOOR_WORDS: Final = frozenset(["eerste", "tweede", "derde", "vierde"])
_FLOOR_AFTER_COMMA: Final = regexes.compile(r",[ ](?:een|twee|drie|vier|vijf)[ ]hoog(?![\w])")
_ADDITION_WORDS: Final = frozenset(["bis", "hs", "huis", "boven", "beneden", "zolder"])
_HIGH_COUNTS: Final = frozenset(["een", "één", "twee", "drie", "vier"])
# What may follow a floor number said after a house number ("vijfenveertig twee, ...").
_PAUSE_AFTER: Final = regexes.compile(
    r"[.,;:)]|$|[ ](?:in|te|op|postcode|pc|maar|en|want|met|samen|bij|sinds|nu|daar|hij|zij|"
    r"ze|ik|we|wonen|woont|punt|eh)(?![\w])"
)


def _house_addition(low: str, end: int) -> int:
    """``end`` moved over the addition said after a house number."""
    floor = _FLOOR_AFTER_COMMA.match(low, end) if low.startswith(", ", end) else None
    if floor:
        return floor.end()  # "honderdachttien, twee hoog"
    if low[end : end + 1] != " ":
        return end
    if (
        low.endswith(" h", 0, end)
        and low[end : end + 2] == " s"
        and not low[end + 2 : end + 3].isalnum()
    ):
        return end + 2  # "zeven h s": the letter read by house_number, then its "s"
    m = _word_at(low, end + 1)
    if m is None:
        return end
    w = m.group()
    if (
        w == "h"
        and low[m.end() : m.end() + 2] == " s"
        and not low[m.end() + 2 : m.end() + 3].isalnum()
    ):
        return m.end() + 2  # "zeven h s"
    if len(w) == 1 and w in "abcdefgh":
        return m.end()
    if LETTER_NAMES.get(w, "x") in "abcdefgh" and len(w) > 1 and w not in ("en", "el", "es"):
        return m.end()  # "negenendertig bee", "honderdelf cee"
    if w in _ADDITION_WORDS:
        return m.end()
    if w in _FLOOR_WORDS:
        e = m.end()
        n = _word_at(low, e + 1) if low[e : e + 1] == " " else None
        if n is not None and n.group() in ("etage", "verdieping"):
            e = n.end()
        return e
    if w in _HIGH_COUNTS:
        n = _word_at(low, m.end() + 1) if low[m.end() : m.end() + 1] == " " else None
        if n is not None and n.group() == "hoog":
            return n.end()  # "een hoog"
        if w != "een" and _PAUSE_AFTER.match(low, m.end()):
            return m.end()  # "twaalf twee, ...": the floor
    return end


# Letter names as spoken in a postcode: "ka", "ee", "gee iks".
LETTER_NAMES: dict[str, str] = {
    "a": "a",
    "aa": "a",
    "bee": "b",
    "cee": "c",
    "dee": "d",
    "ee": "e",
    "e": "e",
    "ef": "f",
    "gee": "g",
    "ha": "h",
    "i": "i",
    "ie": "i",
    "jee": "j",
    "je": "j",
    "ka": "k",
    "el": "l",
    "em": "m",
    "en": "n",
    "o": "o",
    "oo": "o",
    "pee": "p",
    "ku": "q",
    "kuu": "q",
    "er": "r",
    "es": "s",
    "tee": "t",
    "u": "u",
    "uu": "u",
    "vee": "v",
    "wee": "w",
    "iks": "x",
    "ij": "y",
    "ei": "y",
    "griekse": "y",
    "haa": "h",
    "kaa": "k",
    "zet": "z",
    "zed": "z",
}


def spoken_postcode(low: str, pos: int) -> int | None:
    """End of a postcode spoken from ``pos`` ("twee vijf twee zes ka"), or None.

    Four digit words (the first not "nul") and then two letters: typed together ("ka",
    "gx") or as two letter names ("gee iks").  Only called after "postcode" or an
    address, which is what makes four small numbers a postcode.
    """
    p = pos
    digits = ""
    typed4 = _FOUR_DIGITS.match(low, p)
    if typed4:  # "2544 n g": the digits typed, the letters spoken one by one
        digits = typed4.group()[:4]
        p = typed4.end()
    while len(digits) < 4:
        m = _WORD.match(low, p)
        if not m:
            return None
        if m.group() in UNITS:
            digits += str(UNITS[m.group()])
        else:  # "vijfentwintig tweeëntwintig": the four digits read as two pairs
            v = word_value(m.group())
            if v is None or not 10 <= v <= 99 or len(digits) % 2:
                return None
            digits += str(v)
        p = m.end()
        if low[p : p + 2] == ", " and len(digits) >= 4:
            p += 1  # "twee vijf één zeven, h r"
        if low[p : p + 1] != " ":
            return None
        p += 1
    if digits[0] == "0":
        return None
    m = _WORD.match(low, p)
    if not m:
        return None
    w = m.group()
    typed = len(w) == 2 and w.isascii() and w not in _NOT_LETTERS
    if typed4 is None and typed and (m.end() == len(low) or not low[m.end()].isalnum()):
        return m.end()  # "ka", "gx": the two letters typed together
    if _letter_name(w) and low[m.end() : m.end() + 1] == " ":
        n = _WORD.match(low, m.end() + 1)
        if n and _letter_name(n.group()) and (n.end() == len(low) or not low[n.end()].isalnum()):
            return n.end()  # "gee iks", "a c": two letter names or letters
    return None


_FOUR_DIGITS: Final = regexes.compile(r"[1-9][0-9]{3}[ ](?=[a-z]{1,3}[ ][a-z]{1,3}(?![\w]))")


def _letter_name(w: str) -> bool:
    """Whether a word names one letter of a postcode: "gee", "ka", or a letter alone."""
    return w in LETTER_NAMES or (len(w) == 1 and w.isascii())


# Two-letter words that are Dutch words, never a postcode's letters after spoken digits.
_NOT_LETTERS: Final = frozenset(
    ["en", "of", "in", "op", "de", "te", "is", "ze", "we", "je", "na", "om", "al", "nu", "zo"]
    + ["er", "ik", "uw", "ca", "nr", "eh", "he", "hé", "ja", "nee", "oh", "ok", "um", "uh"]
)


def spoken_year(low: str, pos: int) -> int | None:
    """End of a year spoken from ``pos``, or None.

    One word ("negentienhonderdnegenennegentig", "tweeduizendnegentien") or two
    ("tweeduizend negentien", "negentien negenennegentig", "twintig tweeëntwintig"),
    from 1900 to 2099.
    """
    m = _WORD.match(low, pos)
    if not m:
        return None
    v = word_value(m.group())
    if v is None:
        w = m.group()
        if w.startswith(("negentien", "twintig")):
            # "negentienzestig", "twintigtweeëntwintig": century and year in one word
            v2 = word_value(w[9:] if w[0] == "n" else w[7:])
            return m.end() if v2 is not None and 10 <= v2 <= 99 else None
        return None
    if 1900 <= v <= 2099:
        end = m.end()
        if v % 100 == 0 and low[end : end + 1] == " ":
            n = _WORD.match(low, end + 1)
            if n:
                v2 = word_value(n.group())
                if v2 is not None and 1 <= v2 <= 99:
                    return n.end()
        return end
    if v in (19, 20) and low[m.end() : m.end() + 1] == " ":
        n = _WORD.match(low, m.end() + 1)
        if n:
            v2 = word_value(n.group())
            if v2 is not None and 10 <= v2 <= 99:
                return n.end()
    return None


# An e-mail address read out by speech-to-text: "fatima punt bouzid apenstaartje gmail punt
# com", "roos punt zomer zestig apenstaartje ...", "kees at hoogendijkbewind punt nl".  The
# name part is the word before the "@" word and the words joined to it by "punt" (or a dash
# word), perhaps with a number read out after it; the domain ends on a top-level domain
# after "punt" or a dot, so "het apenstaartje op het toetsenbord" or "punt twee van de
# agenda" stay.  After a plain "at" only a well-known domain ending counts.
_SPOKEN_JOIN: Final = r"[ ](?:punt|dot|streepje|liggend[ ]streepje|underscore|min)[ ]"
_UNIT_WORD: Final = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_NUMBER_WORD: Final = (
    rf"(?:nul|{_UNIT_WORD}|tien|elf|twaalf|(?:der|veer|vijf|zes|zeven|acht|negen)tien"
    rf"|(?:{_UNIT_WORD}(?:en|ën))?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))"
)
_LOCAL: Final = r"[a-z0-9à-ÿ]+(?:[._-][a-z0-9à-ÿ]+)*"
# A name spelled in an address: letters said apart ("p r i y a") or with the spelling
# alphabet ("b van bernard, i van izaak, ...").
_SPELLED_LOCAL: Final = (
    r"(?:[a-z][ ](?:van|als)[ ][a-zà-ÿ]+(?:,?[ ][a-z][ ](?:van|als)[ ][a-zà-ÿ]+)+"
    r"|[a-z](?:[ ][a-z]){1,24}(?![\w])"
    rf"|{_LOCAL})"
)
_DOMAIN: Final = r"[a-z0-9-]+(?:(?:[ ](?:punt|dot)[ ]|\.)[a-z0-9-]+)*?(?:[ ](?:punt|dot)[ ]|\.)"
_WELL_KNOWN_TLD: Final = r"(?:com|nl|org|net|be|eu|info|de|fr|uk|co|io|tr|ma|pl|biz|online|nu)"
SPOKEN_EMAIL: Final = regexes.compile(
    rf"(?<![\w.@-]){_SPELLED_LOCAL}(?:{_SPOKEN_JOIN}{_SPELLED_LOCAL})*"
    rf"(?:[ ](?:{_NUMBER_WORD}|[0-9]{{1,4}})){{0,3}}"
    rf"(?:[ ](?:apenstaartje|apenstaart|at-teken|at[ ]teken|apestaartje)[ ]{_DOMAIN}"
    rf"(?:{_WELL_KNOWN_TLD}|[a-z]{{2,6}})"
    rf"|[ ](?:at|et)[ ]{_DOMAIN}{_WELL_KNOWN_TLD})(?![\w@]|\.[a-z])"
)


def spoken_emails(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of e-mail addresses read out in words (see SPOKEN_EMAIL)."""
    for m in SPOKEN_EMAIL.finditer(low):
        yield m.start(), m.end()


# A token of a dictated number that mixes words and digits: "zeven een vijf 694 170".
_MIXED_TOKEN: Final = regexes.compile(r"[a-zà-ÿ]+|[0-9]{1,4}")
# Hesitations speech-to-text writes between the digits of one number.
HESITATIONS: Final = frozenset(["eh", "ehm", "uh", "uhm", "euh", "hm", "hmm", "hoor"])
# ... and the corrections a speaker makes between them ("eh nee", "sorry")
_FILLERS: Final = HESITATIONS | {"sorry", "nee"}
# Words read out between the groups of a case number: "twintig vijfentwintig streepje ...".
_JOINERS: Final = frozenset(["streepje", "streep", "schuine", "slash", "min", "punt"])


def year_digits(words: str) -> str:
    """The four digits of a year read out: "tweeduizend vijfentwintig" -> "2025"."""
    parts = words.split()
    v = word_value(parts[0]) or 0
    if len(parts) == 1:
        if v:
            return str(v)
        head = 19 if parts[0].startswith("negentien") else 20
        return str(head * 100 + (word_value(parts[0][9 if head == 19 else 7 :]) or 0))
    v2 = word_value(parts[1]) or 0
    return str(v + v2) if v >= 1000 else str(v * 100 + v2)


def mixed_run(low: str, pos: int) -> tuple[list[int], list[str]]:
    """Read a dictated number from ``pos``: (end of each token, digits of each token).

    Why mixed: speech-to-text writes some groups as digits ("zes twee twee 134 632") and
    the speaker hesitates ("negen zeven nul nul eh twee acht"); a filler counts only
    between two number tokens.  Stops at a word that is no number of 0..99, at other
    punctuation or at a line break.
    """
    ends: list[int] = []
    digits: list[str] = []
    p = pos
    n = len(low)
    pending = 0  # fillers and joiners read since the last number token
    while p < n:
        m = _MIXED_TOKEN.match(low, p)
        if not m or (m.end() < n and low[m.end()].isalnum()):
            break
        if m.end() + 1 < n and low[m.end()] in "-_/.:,'" and low[m.end() + 1].isalnum():
            break  # "2024-3", "12.5", "nul,vijf": part of a longer token
        w = m.group()
        end = m.end()
        if w == "even" and ends and not pending and low.startswith(" kijken", end):
            w, end = "even kijken", end + 7  # "achtenzeventig, even kijken, vijfennegentig"
        if (
            (w in _FILLERS or w in _JOINERS or w == "even kijken")
            and ends
            and pending < 2  # "eh nee", "schuine streep"
        ):
            pending += 1  # "eh", "streepje", "schuine streep" between two groups
            while end < n and low[end] in ".…":
                end += 1  # "eh... drieëntwintig"
        else:
            d = w if w.isdigit() else digits_of(w)
            if d is None and w[0] in "nt":
                y = spoken_year(low, p)  # "tweeduizend vijfentwintig" in a case number
                if y is not None:
                    d, end = year_digits(low[p:y]), y
            if d is None and w.isalpha():
                v = word_value(w)  # "driehonderddrieënveertig": three digits in one word
                d = str(v) if v is not None and 100 <= v <= 999 else None
            if d is None:
                break
            ends.append(end)
            digits.append(d)
            pending = 0
        g = _GAP.match(low, end)
        if not g or ("-" in g.group() and w.isdigit() and low[g.end() : g.end() + 1].isdigit()):
            break  # "2023 - 2024": two typed numbers, a range
        p = g.end()
    return ends, digits


def mixed_number(low: str, pos: int, limit: int) -> tuple[int, str] | None:
    """(end, digits) of the longest dictated number at ``pos`` with at most ``limit`` digits."""
    ends, parts = mixed_run(low, pos)
    digits = ""
    end = -1
    for e, d in zip(ends, parts, strict=True):
        if len(digits) + len(d) > limit:
            break
        digits += d
        end = e
    return (end, digits) if end >= 0 else None


def mod_97(iban: str) -> bool:
    """The IBAN check: country and check digits moved to the end, letters as numbers, the
    whole mod 97 is 1.  Spaces are ignored; any other character fails it."""
    s = iban.replace(" ", "").upper()
    try:
        return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    except ValueError:
        return False


# The names of the letters as said and written out by speech-to-text: "dee iks", "haa es".
LETTER_SOUNDS: Final = {
    "aa": "a",
    "bee": "b",
    "cee": "c",
    "dee": "d",
    "ee": "e",
    "ef": "f",
    "gee": "g",
    "haa": "h",
    "ie": "i",
    "jee": "j",
    "ka": "k",
    "el": "l",
    "em": "m",
    "en": "n",
    "oo": "o",
    "pee": "p",
    "kuu": "q",
    "er": "r",
    "es": "s",
    "tee": "t",
    "uu": "u",
    "vee": "v",
    "wee": "w",
    "iks": "x",
    "ij": "y",
    "zet": "z",
    "zed": "z",
}


# A Dutch IBAN read out: "en el 89 k n a b vier vier ...", "N L zevenendertig I N G B 6670
# 3723 58", "NL nul acht abna vier twee ...": the country (typed, or its letters said), two
# check digits, the bank's four letters (typed or one by one), then ten digits in words,
# groups or both.  The digits read must pass the mod-97 test, which makes the reading safe.
_IBAN_COUNTRY: Final = regexes.compile(r"(?<![\w])(?:nl|n[ ]l|en[ ]el|en[ ]l|n[ ]el),?[ ]")
_FILLERS_SAID: Final = regexes.compile(
    rf"(?:(?:{'|'.join(sorted(HESITATIONS))}|even[ ]kijken)[.…]*,?[ ])+"
)
_BANK_LETTERS: Final = regexes.compile(r"([a-z]{4}),?[ ]|((?:[a-z][ ]){3}[a-z]),?[ ]")


def spoken_ibans(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of Dutch IBANs read out in words (see _IBAN_COUNTRY), mod-97 checked."""
    for m in _IBAN_COUNTRY.finditer(low):
        check = mixed_number(low, m.end(), 2)
        gap = _GAP.match(low, check[0]) if check else None
        if not check or not gap:
            continue
        b = _BANK_LETTERS.match(low, gap.end())
        if b:
            bank, after = (b.group(1) or b.group(2).replace(" ", "")).upper(), b.end()
        else:
            said = _bank_by_letter_names(low, gap.end())  # "ie en gee bee", "a bee en a"
            if said is None:
                continue
            bank, after = said
        f = _FILLERS_SAID.match(low, after)  # "I N G B, eh, nul nul ...", "even kijken"
        rest = mixed_number(low, f.end() if f else after, 10)
        if not rest or len(rest[1]) != 10:
            continue
        # "en el acht, RABO, ...": a check number below ten said without its zero
        if mod_97("NL" + check[1].zfill(2) + bank + rest[1]):
            yield m.start(), rest[0]


_LETTER_NAME: Final = regexes.compile(r"([a-z]{1,3}),?[ ]")


def _bank_by_letter_names(low: str, pos: int) -> tuple[str, int] | None:
    """(the bank's four letters, the end) of a bank code said by its letters' names."""
    letters = ""
    p = pos
    while len(letters) < 4:
        m = _LETTER_NAME.match(low, p)
        if m is None:
            return None
        w = m.group(1)
        if len(w) != 1 and w not in LETTER_SOUNDS:
            return None
        letters += LETTER_SOUNDS.get(w, w)  # "a bee en a": a letter or its name
        p = m.end()
    return letters.upper(), p


# Where a phone number read out in words and groups mixed may start: a typed area code or
# "06" ("06 achttien 76 dertig 03", "070 286 ehm 21 27"), or the word "nul".  The look-behinds
# follow the "0" and "n" they guard, so the search skips in C to each of those letters.
_MIXED_PHONE_START: Final = regexes.compile(
    r"(?:0(?<![\w+.,/-]0)[0-9]{1,3}|n(?<![\w+.,/-]n)ul)(?=,?[ ])"
)


# A number word or a hesitation soon after the start: else there is nothing to mix.
_WORD_NEAR: Final = regexes.compile(
    r"[ ,](?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|eh|ehm|uh|"
    r"sorry|[a-zà-ÿ]*(?:tig|tien))(?![\w])"
)


def spoken_mixed_phones(low: str) -> Iterator[tuple[int, int]]:
    """(start, end) of phone numbers read out in words and digit groups mixed.

    Why apart from spoken_phones: the digit patterns read "06 18 76 30 03" and the word
    reader "nul zes een acht ..."; a speaker mixes both, hesitates ("ehm") and corrects a
    digit ("06 2622 8 sorry 8 450").  Ten digits from a zero, or eleven or twelve when a
    correction repeats some; the run must hold a word, else it is the digit patterns' work.
    """
    pos = 0
    for m in _MIXED_PHONE_START.finditer(low):
        if m.start() < pos or not _WORD_NEAR.search(low, m.end(), m.end() + 24):
            continue
        prev = low[max(0, m.start() - 16) : m.start()].split()
        if prev and (prev[-1].rstrip(",") == "plus" or digits_of(prev[-1].rstrip(",")) is not None):
            continue  # inside a longer number: "plus negen nul ...", "zes nul ..."
        ends, parts = mixed_run(low, m.start())
        if len(parts) < 3:
            continue
        end = ends[-1]
        run = low[m.start() : end]
        if not any(c.isalpha() for c in run.replace("nul", "", 1 if run.startswith("nul") else 0)):
            continue  # all typed groups: PHONE reads them
        digits = "".join(parts)
        corrected = " sorry" in run or " nee," in run or " nee " in run
        if digits[0] != "0" or not (len(digits) == 10 or (corrected and len(digits) <= 12)):
            if len(digits) > 10 and not corrected:
                # a count or word after the number joined it: keep the first ten digits
                total, cut = 0, -1
                for e, d in zip(ends, parts, strict=True):
                    total += len(d)
                    if total == 10:
                        cut = e
                        break
                    if total > 10:
                        break
                if cut < 0 or digits[0] != "0":
                    continue
                end = cut
            else:
                continue
        pos = end
        yield m.start(), end
