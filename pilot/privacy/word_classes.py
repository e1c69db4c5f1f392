"""Classes of words the person passes take for names: phrases, acronyms, compounds, pets.

Why a module of its own: each rule drops a found span whose own shape, or a word right
next to it, shows it to be an ordinary word, an institution or a pet: a lower-case phrase
opening with an article or preposition ("het pinpasje", "in het buitenland"), an acronym
without a vowel ("Zvw"), a neighbour word as subject ("Bovenbuurman zegt"), a compound
naming a service or duty ("Leerplicht", "Respijthuis", "Jongerenschuldenaanpak"), a theme
after "themagroep", an adjective before a colon opening a review line ("Kort: ...") and a
name the text itself calls a cat or dog ("Minoes is de kat").  A word the lexicon knows as
a first name or surname keeps its span wherever the shape is a name's too.  Runs last in
``persons.find_persons``.
"""

from __future__ import annotations

import re

from .lexicons import Lexicons

# a lower-case phrase opening with one of these is never a name: "het pinpasje"
# (or with a preposition before "het"/"een": "in het buitenland"; "in 't veld" is a name)
_PHRASE_OPENERS = frozenset(["het", "een"])
_PHRASE_PREPOSITIONS = frozenset(["in", "naar", "aan", "op", "met", "voor", "uit", "bij"])
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûüAEIOUY")
# neighbour words, also in compounds ("Bovenbuurman", "Onderbuurvrouw")
_NEIGHBOUR_ENDS = ("buurman", "buurvrouw", "buren", "buurjongen", "buurmeisje")
# heads of compounds that name a service, duty or approach: "Leerplicht", "Respijthuis"
_SERVICE_HEADS = (
    "aanpak",
    "plicht",
    "huis",
    "loket",
    "dienst",
    "punt",
    "regeling",
    "fonds",
    "wet",
)
_OPENING = re.compile(r"(?:^|[.!?:;\n]['‘\"“]?|['‘\"“])[ \t]*$")
_NEXT_LOWER = re.compile(r"[ \t]+[a-zà-ÿ]{2,}\b")
# "themagroep Schulden", "werkgroep Wonen": a theme's name after a group noun
_THEME_BEFORE = re.compile(r"(?i)(?:groep|thema|themaochtend|themamiddag|themavond)[ \t]+$")
# "Kort: 'ooglidmeting' ...": an adjective before a colon at a line's start
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
# "Minoes is de kat", "onze hond Bello", "kat Minoes"
_PET_WORDS = r"(?:kat|kater|poes|poesje|hond|hondje|konijn|cavia|papegaai|parkiet)"
_PET_AFTER = re.compile(
    r"([A-ZÀ-Þ][a-zà-ÿ]{2,})['‘’\"”]?[ \t]+(?:is|was)[ \t]+(?:de|haar|zijn|hun|onze|een)[ \t]+"
    + _PET_WORDS
    + r"\b"
)
_PET_BEFORE = re.compile(
    r"\b(?:de|haar|zijn|hun|onze|mijn)[ \t]+" + _PET_WORDS + r"[ \t]+([A-ZÀ-Þ][a-zà-ÿ]{2,})\b"
)


def _service_compound(low: str, lex: Lexicons) -> bool:
    """ "leerplicht", "jongerenschuldenaanpak": a word plus a service head."""
    for head in _SERVICE_HEADS:
        if low.endswith(head) and len(low) >= len(head) + 4:
            stem = low[: -len(head)]
            if lex.is_word(stem) or (stem.endswith("s") and lex.is_word(stem[:-1])):
                return True
    return False


def _pet_names(text: str) -> frozenset[str]:
    if not any(
        p in text for p in ("kat", "poes", "hond", "konijn", "cavia", "papegaai", "parkiet")
    ):
        return frozenset()
    return frozenset(
        [m.group(1) for m in _PET_AFTER.finditer(text)]
        + [m.group(1) for m in _PET_BEFORE.finditer(text)]
    )


def _word_class(text: str, s: int, e: int, lex: Lexicons, pets: frozenset[str]) -> bool:
    """True when the one-word span text[s:e] is a word of a class above, not a name."""
    w = text[s:e]
    if w.strip("'‘’") in pets:
        return True
    if w in lex.first_names or w in lex.surnames:
        # "Kort: 'ooglidmeting' moet ...": an adjective opening a review line
        return bool(
            text[e : e + 1] == ":"
            and w not in lex.first_names
            and _LINE_START.search(text, max(0, s - 3), s)
            and lex.is_adjective(w.lower())
            and re.match(r":[ \t]+['‘\"“]", text[e : e + 4])
        )
    if not w[:1].isupper() or not w.isalpha():
        return False
    low = w.lower()
    if len(w) >= 3 and w[1:].islower() and not (_VOWELS & set(w)):
        return True  # "Zvw"
    if (
        low.endswith(_NEIGHBOUR_ENDS)
        and lex.is_word(low)
        and _OPENING.search(text, max(0, s - 4), s)
        and _NEXT_LOWER.match(text, e)
    ):
        return True  # "Bovenbuurman zegt"
    if len(low) >= 8 and _service_compound(low, lex):
        return True  # "Leerplicht", "Respijthuis"
    # "themagroep Schulden"
    return bool(lex.is_word(low, compounds=False) and _THEME_BEFORE.search(text, max(0, s - 20), s))


def drop_word_classes(
    text: str, found: list[tuple[int, int]], lex: Lexicons
) -> list[tuple[int, int]]:
    """Leave out the found spans that are words of the classes above.

    Why: each class is told by the span's shape and its direct neighbours, so a real
    name in the same place (a known first name or surname) stays.
    """
    pets = _pet_names(text)
    out: list[tuple[int, int]] = []
    for s, e in found:
        span = text[s:e]
        if " " in span:
            words = span.split()
            if span.islower() and (
                words[0] in _PHRASE_OPENERS
                or (words[0] in _PHRASE_PREPOSITIONS and words[1] in _PHRASE_OPENERS)
            ):
                continue  # "het pinpasje", "in het buitenland"
        elif _word_class(text, s, e, lex, pets):
            continue
        out.append((s, e))
    return out


# "(mw. Oudshoorn)": a title right before one capitalised word that ends the name
_TITLED_WORD = re.compile(
    r"\b(?:mw|mevr|mvr|dhr|mevrouw|meneer)\.?[ \t]+([A-ZÀ-Þ][a-zà-ÿ]{2,})(?=[)\],;.]|\s*$)"
)
_TITLE_HINT = re.compile(r"mw|mev|mvr|dhr|meneer")


def add_titled_names(
    text: str, found: list[tuple[int, int]], blocked: bytearray, lex: Lexicons
) -> list[tuple[int, int]]:
    """Add a surname after "mw."/"dhr." that only reads as a word when split in parts.

    Why: "Oudshoorn" splits into Dutch words, so the word test took it for a compound;
    after a title and before a bracket or comma it is a surname.
    """
    if not _TITLE_HINT.search(text):
        return found
    out = list(found)
    for m in _TITLED_WORD.finditer(text):
        s, e = m.span(1)
        w = m.group(1)
        if m.start() and text[m.start() - 1] not in " \t\n(":
            continue
        if any(blocked[s:e]) or any(a < e and s < b for a, b in found):
            continue
        if lex.is_word(w.lower(), compounds=False) or w in lex.orgs or w in lex.stop_caps:
            continue
        if w in lex.places or w.lower() in lex.lower_function:
            continue
        out.append((s, e))
    return sorted(out) if len(out) > len(found) else found
