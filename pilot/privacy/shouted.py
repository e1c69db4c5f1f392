"""Lines written in capitals: read them as ordinary text, with the same offsets.

Why: the person rules read names from capitals, so a client's message typed in capitals
("MEVROUW DE BOER IK HEB GEEN GELD, FATIMA") makes every word look like a name or, once the
rules see that all words are capitalised, none.  Such a line is rewritten in sentence case
before the finder reads it: lower case, a capital at a sentence start, and a capital on a
word the lexicons know as a name or a place and not as an ordinary word.  Lengths stay the
same, so the spans found in the rewritten text are the spans of the original.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from . import regexes
from .lexicons import Lexicons

# a word in capitals: two or more capital letters, nothing else
_CAPS_WORD: Final = regexes.compile(r"\b[A-ZÀ-Þ]{2,}\b")
_WORD: Final = regexes.compile(r"[A-Za-zÀ-ÿ]+(?:['’][A-Za-zÀ-ÿ]+)?")
_POSTCODE_DIGITS: Final = regexes.compile(r"[0-9]{4} ?$")
# a street: the word before a house number ("KRAAIHEIDE 8")
_HOUSE_NUMBER: Final = regexes.compile(r" [0-9]{1,4}(?:[ -]?[A-Za-z]{1,2})?\b")
_PARTICLES: Final = frozenset(
    ["de", "van", "der", "den", "ter", "ten", "te", "el", "al", "la", "le"]
)
_SENTENCE_END: Final = regexes.compile(r"(?:^|[.!?:]\s|\n)\s*$")
# at least this many words of three or more capitals make a line shouted, not a heading
_MIN_CAPS_WORDS: Final = 4


def _shouted(line: str) -> bool:
    """Most of the line's letters are capitals and it has several long capital words."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 20:
        return False
    upper = sum(1 for c in letters if c.isupper())
    if upper < 0.9 * len(letters):
        return False
    return sum(1 for w in _CAPS_WORD.findall(line) if len(w) >= 3) >= _MIN_CAPS_WORDS


def has_shouted_lines(text: str) -> bool:
    """Whether any line of ``text`` is written in capitals (cheap first test)."""
    if not _FOUR_CAPS_WORDS.search(text):
        return False
    return any(_shouted(line) for line in text.split("\n"))


# four words in capitals in a row: a regex scan at C speed before any line is looked at.
# Written as two capitals, then three times some other characters (no lower case, no line
# break) and two capitals: the same texts match as with "(?:[A-Z]{2,}[^a-z\n]+){3}[A-Z]{2,}"
# (capitals are such characters too), with far less backtracking.
_FOUR_CAPS_WORDS: Final = regexes.compile(
    r"[A-ZÀ-Þ][A-ZÀ-Þ](?:[^a-zà-ÿ\n]*?[^a-zà-ÿ\n][A-ZÀ-Þ]{2}){3}"
)


def unshout(text: str, lex: Lexicons) -> str:
    """``text`` with each line in capitals rewritten in sentence case, same length."""
    lines = text.split("\n")
    out = []
    for line in lines:
        out.append(_sentence_case(line, lex) if _shouted(line) else line)
    result = "\n".join(out)
    return result if len(result) == len(text) else text


def _sentence_case(line: str, lex: Lexicons) -> str:
    parts: list[str] = []
    pos = 0
    named = False  # the last word (particles aside) was written as a name
    for m in _WORD.finditer(line):
        s, e = m.span()
        parts.append(line[pos:s])
        w = m.group()
        low = w.lower()
        pos = e
        if len(low) != len(w):
            parts.append(w)  # a letter whose lower case is longer: leave the word
            continue
        if (len(w) == 1 and not (s and line[s - 1] == "'")) or _POSTCODE_DIGITS.search(
            line, max(0, s - 5), s
        ):
            parts.append(w)  # an initial, or the letters of a postcode ("2525 AB")
            continue
        if named and low in _PARTICLES and line[e : e + 1] == " ":
            parts.append(low)  # "PIET DE BOER": the particle inside a name
            continue
        cap = low[:1].upper() + low[1:]
        surname = named and cap in lex.surnames
        if (
            surname
            or _name_like(low, lex)
            or (len(w) >= 5 and _HOUSE_NUMBER.match(line, e) and low not in lex.lower_function)
            or _SENTENCE_END.search(line, 0, s)
        ):
            parts.append(cap)
            named = surname or _name_like(low, lex)
        else:
            parts.append(low)
            named = False
    parts.append(line[pos:])
    return "".join(parts)


def _name_like(low: str, lex: Lexicons) -> bool:
    """A name or place the lexicons know, that is not also an ordinary word."""
    if lex.is_word(low) or low in lex.lower_function:
        return False
    cap = low.capitalize()
    if cap in lex.first_names or cap in lex.surnames or cap in lex.places:
        return True
    # a word no list knows ("MEULENAERE", "NASREEN"): as in any note, likely a name
    return len(low) >= 5 and low not in lex.foreign_lower and low not in _lower_orgs(lex)


@cache
def _lower_orgs(lex: Lexicons) -> frozenset[str]:
    """Organisation and gazetteer words in lower case: "DIGID" is DigiD, no name."""
    return frozenset(w.lower() for w in lex.orgs | lex.gazetteer.words)
