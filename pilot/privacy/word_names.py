"""Ordinary words taken for names: sentence openers, labels, birthplaces and lower-case areas.

Why a module of its own: each rule here removes a span the main person pass found, and each
is told by the word's own shape and its neighbours: an adverb before an inverted verb ("Anders
is het ..."), an adjective before its noun ("Vroege dienst", "Huiselijk geweld"), a past-tense
verb ("Triggerde paniek"), the place after "geboren ... te", a lower-case neighbourhood after
"in" ("in de schilderswijk").  Rules run after the other person passes in ``persons``.
"""

from __future__ import annotations

from typing import Final

from . import regexes
from .lexicons import HAGUE_AREAS, Lexicons, _words
from .persons import _PERSON_VERBS, _SUBJECT_FOLLOWERS

# what opens a sentence: start of text, or a full stop, colon, line break or quote before it
_OPENING: Final = regexes.compile(r"(?:^|[.!?:;\n]['‘\"“]?|['‘\"“])[ \t]*$")
# "Anders is het", "Toen kwam hij": a finite verb and then its subject pronoun
_INVERTED: Final = regexes.compile(
    r"[ \t]+(?:is|was|wordt|werd|heeft|had|kan|kon|moet|moest|zal|zou|gaat|ging|komt|kwam|wil|"
    r"wilde|mag|mocht|blijft|bleef|lijkt|leek|zijn|waren|hebben|staat|stond|zit|zat|doet|deed)"
    r"[ \t]+(?:het|hij|zij|ze|ik|we|wij|je|jij|u|er|men|dat|dit)\b"
)
# the noun after an opening adjective: a lower-case word that is no verb or pronoun
_NEXT_LOWER: Final = regexes.compile(r"[ \t]+([a-zà-ÿ]{3,})\b")
_NOT_NOUN_AFTER: Final = _words("""
is|was|wordt|werd|heeft|had|kan|kon|moet|zal|zou|gaat|ging|komt|kwam|wil|mag|blijft|belt|belde|
zegt|zei|heb|hebben|zijn|en|of|maar|die|dat|wie|het|een|de|van|voor|met|ook|nog|niet|wel|zelf|
weer|al
""")
_BIRTH_BEFORE: Final = regexes.compile(
    r"(?i)(?:geboren|geb\.|geboorteplaats)[^\n]{0,40}?[ \t](?:te|in)[ \t]+$"
)
_BIRTH_LABEL: Final = regexes.compile(
    r"(?i)(?:geboorteplaats|geboren[ ]te|geb\.?[ ]?plaats)[ \t]*:[ \t]*$"
)
# neighbourhood names that also form a lower-case noun phrase: "in de schilderswijk"
_LOWER_AREAS: Final = frozenset(a.lower() for a in HAGUE_AREAS if " " not in a)
_IN_AREA: Final = regexes.compile(r"(?:^|[ \t])in[ \t]+(?:de[ \t]+|het[ \t]+)?([a-zà-ÿ-]{4,})$")


def _is_opening(text: str, s: int) -> bool:
    return bool(_OPENING.search(text, max(0, s - 4), s))


def _adjective_noun(w: str, text: str, e: int, lex: Lexicons) -> bool:
    """ "Vroege dienst", "Huiselijk geweld", "Hollandse prakkie": an adjective and its noun."""
    low = w.lower()
    if low.endswith(("lijk", "ig", "isch")):
        adj = lex.is_word(low, compounds=False)
    elif low.endswith(("se", "sche")):
        # "hollandse" <- "hollands", "Haagse" <- "Haag": an adjective made of a word or a place
        base = w[:-2] if low.endswith("se") else w[:-4]
        adj = lex.is_word(low[:-1], compounds=False) or base in lex.places
    elif low.endswith("e") and len(low) >= 5:
        adj = lex.is_word(low[:-1], compounds=False) and lex.is_word(low, compounds=False)
    else:
        return False
    if not adj:
        return False
    m = _NEXT_LOWER.match(text, e)
    if not m or m.group(1) in _NOT_NOUN_AFTER:
        return False
    nxt = m.group(1)
    if nxt in _PERSON_VERBS or nxt in _SUBJECT_FOLLOWERS:
        return False  # "Vrolijk liet ons binnen": a surname and its verb
    if nxt.endswith("t"):  # "belt", "komt": a verb after a subject, not a noun
        stem = nxt[:-1]
        if lex.is_word(stem + "en", compounds=False) or lex.is_word(stem + stem[-1] + "en", False):
            return False
    return True


def _past_tense(w: str, lex: Lexicons) -> bool:
    """ "Triggerde paniek", "Escaleerde snel": a weak verb's past tense, unknown as a word."""
    low = w.lower()
    if len(low) < 7 or not low.endswith(("de", "te")) or lex.is_word(low, compounds=False):
        return False
    stem = low[:-2]
    return lex.is_word(stem + "en", compounds=False) or (
        stem[-1:] == stem[-2:-1] and lex.is_word(stem[:-1] + "en", compounds=False)
    )


def drop_word_names(
    text: str, found: list[tuple[int, int]], lex: Lexicons
) -> list[tuple[int, int]]:
    """Leave out the found spans that are ordinary words, a birthplace or an area.

    Why: a capitalised word opening a sentence looks like a name to the main pass; its
    neighbours show it is an adverb, an adjective or a verb.  A word the lexicon knows as a
    first name stays ("Roos is het er niet mee eens").
    """
    out: list[tuple[int, int]] = []
    for s, e in found:
        span = text[s:e]
        if " " not in span and span[:1].isupper():
            if span not in lex.first_names:
                opening = _is_opening(text, s)
                if opening and lex.is_word(span, compounds=False) and _INVERTED.match(text, e):
                    continue  # "Toen kwam hij", "Verder is het rustig"
                if (opening or span.endswith(("lijk", "ig", "isch"))) and _adjective_noun(
                    span, text, e, lex
                ):
                    continue  # "Vroege dienst:", "thema Huiselijk geweld"
                if opening and _past_tense(span, lex):
                    continue  # "Triggerde paniek."
            if text[max(0, s - 3) : s] == "te " and _BIRTH_BEFORE.search(text, max(0, s - 60), s):
                continue  # "Geboren: 2 juni 1990 te Constanța"
            if ":" in text[max(0, s - 20) : s] and _BIRTH_LABEL.search(text, max(0, s - 40), s):
                continue
        if span.islower() or span.startswith(("in ", "de ")):
            k = span.find(" in ")
            if span.startswith("in "):
                m = _IN_AREA.match(span)
                if m and m.group(1) in _LOWER_AREAS:
                    continue  # "in de schilderswijk"
            elif k > 0:
                tail = span[k + 4 :].split()
                if tail and tail[-1] in _LOWER_AREAS:
                    e = s + k  # "de wit in moerwijk": the area is no part of the name
        out.append((s, e))
    return out
