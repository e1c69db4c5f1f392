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
from typing import Final

from . import regexes
from .cue_index import any_present, cues, has
from .lexicons import MEDICINE_STEMS, MEDICINES, RELATIONS, Lexicons

# Rare words that the quick tests below look for: read from a text's cue index (has()).
_GATE_WORDS: Final = cues(
    " v.d",
    " v/d",
    " vd",
)

# a lower-case phrase opening with one of these is never a name: "het pinpasje"
# (or with a preposition before "het"/"een": "in het buitenland"; "in 't veld" is a name)
_PHRASE_OPENERS: Final = frozenset(["het", "een"])
_PHRASE_PREPOSITIONS: Final = frozenset(["in", "naar", "aan", "op", "met", "voor", "uit", "bij"])
_VOWELS: Final = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûüAEIOUY")
# neighbour words, also in compounds ("Bovenbuurman", "Onderbuurvrouw")
_NEIGHBOUR_ENDS: Final = ("buurman", "buurvrouw", "buren", "buurjongen", "buurmeisje")
# heads of compounds that name a service, duty or approach: "Leerplicht", "Respijthuis"
_SERVICE_HEADS: Final = (
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
_OPENING: Final = regexes.compile(r"(?:^|[.!?:;\n]['‘\"“]?|['‘\"“])[ \t]*$")
_NEXT_LOWER: Final = regexes.compile(r"[ \t]+[a-zà-ÿ]{2,}\b")
# "themagroep Schulden", "werkgroep Wonen": a theme's name after a group noun
_THEME_BEFORE: Final = regexes.compile(
    r"(?i)(?:groep|thema|themaochtend|themamiddag|themavond)[ \t]+$"
)
# "Kort: 'ooglidmeting' ...": an adjective before a colon at a line's start
_LINE_START: Final = regexes.compile(r"(?:^|\n)[ \t]*$")
# "Minoes is de kat", "onze hond Bello", "kat Minoes"
_PET_WORDS: Final = r"(?:kat|kater|poes|poesje|hond|hondje|konijn|cavia|papegaai|parkiet)"
_PET_AFTER: Final = regexes.compile(
    r"([A-ZÀ-Þ][a-zà-ÿ]{2,})['‘’\"”]?[ \t]+(?:is|was)[ \t]+(?:de|haar|zijn|hun|onze|een)[ \t]+"
    + _PET_WORDS
    + r"\b"
)
_PET_BEFORE: Final = regexes.compile(
    r"\b(?:de|haar|zijn|hun|onze|mijn)[ \t]+" + _PET_WORDS + r"[ \t]+([A-ZÀ-Þ][a-zà-ÿ]{2,})\b"
)

# "Hond (Bello) is agressief": the pet's name in brackets after the animal
_PET_BRACKET: Final = regexes.compile(
    r"(?<![\w])(?i:" + _PET_WORDS[3:-1] + r")[ \t]*\([ \t]*([A-ZÀ-Þ][a-zà-ÿ]{2,})[ \t]*\)"
)


def _service_compound(low: str, lex: Lexicons) -> bool:
    """ "leerplicht", "jongerenschuldenaanpak": a word plus a service head."""
    for head in _SERVICE_HEADS:
        if low.endswith(head) and len(low) >= len(head) + 4:
            stem = low[: -len(head)]
            if lex.is_word(stem) or (stem.endswith("s") and lex.is_word(stem[:-1])):
                return True
    return False


# round 17: "Man (39), slaapt ...": a relation word with an age in brackets is a role
# relation-list words that are also given names ("Lieve (23)", "Door (7)")
_NAME_RELATIONS: Final = frozenset(["Lieve", "Beste", "Door", "Dag"])
# care notes' shorthand for the patient or client and for roles
_CARE_SHORTHAND: Final = frozenset(["pt", "pte", "clt", "cte", "vpk", "wvp", "vig", "evv"])
# senders of automatic mail: "Van: Postmaster"
_SYSTEM_SENDERS: Final = frozenset(
    ["postmaster", "mailer-daemon", "noreply", "no-reply", "administrator", "servicedesk"]
)
# a number and a colon after a word: "Stap 2:", "Casus 3:" (not "Hoek 4)", where the
# bracket opens an agenda's next item, nor a chat's time: "kelly 09:00")
_NUMBERED_AFTER: Final = regexes.compile(r"[ ][0-9]{1,2}[a-z]?:(?![0-9])")
_AGE_BRACKET: Final = regexes.compile(r"[ \t]?\([ \t]?[0-9]{1,3}[ \t]?(?:jaar|jr\.?)?\)")
# "Amersfoort – Liendert – casusles": a neighbourhood after a town and a dash in a heading
_TOWN_DASH: Final = regexes.compile(r"(?:^|\n)[ \t]*([A-ZÀ-Þ][\w'-]+)[ \t]+[–—-][ \t]+$")
# "Plan van Aanpak": a capitalised word after a capitalised common noun and "van"
_NOUN_VAN: Final = regexes.compile(r"(?<![\w.])([A-ZÀ-Þ][a-zà-ÿ]{2,})[ ]van[ ]$")
# "Ome Kees van de Crooswijkse volkstuin": "van de" + a place adjective ends the name
_VAN_PLACE_ADJ: Final = regexes.compile(r"[ ]van[ ](?:de|het)[ ]([A-ZÀ-Þ][\w-]+?)s?e$")


def _pet_names(text: str) -> frozenset[str]:
    if not any(
        p in text
        for p in ("kat", "poes", "hond", "konijn", "cavia", "papegaai", "parkiet", "Hond", "Kat")
    ):
        return frozenset()
    return frozenset(
        [m.group(1) for m in _PET_AFTER.finditer(text)]
        + [m.group(1) for m in _PET_BEFORE.finditer(text)]
        + [m.group(1) for m in _PET_BRACKET.finditer(text)]
    )


def _medicine(low: str) -> bool:
    """Whether the lower-case word names a medicine, by the list or a generic stem."""
    return low in MEDICINES or (len(low) >= 8 and low.endswith(MEDICINE_STEMS))


def _word_class(text: str, s: int, e: int, lex: Lexicons, pets: frozenset[str]) -> bool:
    """True when the one-word span text[s:e] is a word of a class above, not a name."""
    w = text[s:e]
    if w.strip("'‘’") in pets:
        return True
    nxt = text[e : e + 1]
    if (
        nxt in " ("
        and w.lower() in RELATIONS
        and w not in _NAME_RELATIONS
        and _OPENING.search(text, max(0, s - 4), s)
        and _AGE_BRACKET.match(text, e)
    ):
        return True  # "Man (39), slaapt in zijn auto"
    if (
        s >= 4
        and text[s - 2] in "–—-"
        and w in lex.gazetteer.kind
        and (m := _TOWN_DASH.search(text, max(0, s - 40), s))
        and m.group(1) in lex.places
    ):
        return True  # "Amersfoort – Liendert – casusles"
    if s and text[s - 1] == "@" and lex.gazetteer.kind.get(w) and w not in lex.gazetteer.ambiguous:
        return True  # "@Korvel:": the handle of a neighbourhood team or organisation
    if (
        nxt == " "
        and _NUMBERED_AFTER.match(text, e)
        and w not in lex.first_names
        and lex.is_word(w.lower(), compounds=False)
    ):
        return True  # "Stap 2: 10 jan", "Casus 3:": a numbered heading
    if w.lower() in _SYSTEM_SENDERS:
        return True  # "Van: Postmaster": a mail system, no one's name
    if w.lower() in _CARE_SHORTHAND:
        return True  # "03-01 – pte. gevallen thuis", "Petra (VIG)": a patient, a role
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
    if len(w) >= 3 and w[1:].islower() and w.isascii() and not (_VOWELS & set(w)):
        return True  # "Zvw"
    if (text[e : e + 1] == "_" or text[s - 1 : s] == "_") and lex.is_word(low, compounds=False):
        return True  # "Scan_980644276_ID-bewijs.pdf": a word of a file's name
    if _medicine(low):
        return True  # "Gebruikt Tamsulosine en Furosemide", "haar Marcoumar dubbel ingenomen"
    if (
        low.endswith(_NEIGHBOUR_ENDS)
        and lex.is_word(low)
        and _OPENING.search(text, max(0, s - 4), s)
        and _NEXT_LOWER.match(text, e)
    ):
        return True  # "Bovenbuurman zegt"
    if len(low) >= 8 and _service_compound(low, lex):
        return True  # "Leerplicht", "Respijthuis"
    if (
        low[-1] == "e"
        and _NEXT_LOWER.match(text, e)
        and lex.is_word(low, compounds=False)
        and (lex.is_adjective(low[:-1]) or (low[-2] == low[-3] and lex.is_adjective(low[:-2])))
    ):
        return True  # "aanvraag Bijzondere bijstand": an inflected adjective before a noun
    if (
        text[s - 5 : s] == " van "
        and lex.is_word(low, compounds=False)
        and (m := _NOUN_VAN.search(text, max(0, s - 30), s))
        and lex.is_word(m.group(1).lower(), compounds=False)
        and m.group(1) not in lex.first_names
        and m.group(1) not in lex.surnames
    ):
        return True  # "Plan van Aanpak"
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
            if " van " in span and span[-1] == "e" and (m := _VAN_PLACE_ADJ.search(span)):
                stem = m.group(1)
                if stem in lex.places or lex.gazetteer.kind.get(stem) == "place":
                    e = s + m.start()  # "Ome Kees van de Crooswijkse volkstuin"
                    span = text[s:e]
                    if " " not in span:
                        out.append((s, e))
                        continue
            words = span.split()
            if _medicine(words[0].rstrip(",;:").lower()):
                continue  # "geen Sinemet, de rol lag bij de buren"
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
_TITLED_WORD: Final = regexes.compile(
    r"(?=[md])\b(?:mw|mevr|mvr|dhr|mevrouw|meneer)\.?[ \t]+([A-ZÀ-Þ][a-zà-ÿ]{2,})(?=[)\],;.]|\s*$)"
)
_TITLE_HINTS: Final = cues("mw", "mev", "mvr", "dhr", "meneer")


def add_titled_names(
    text: str, found: list[tuple[int, int]], blocked: bytearray, lex: Lexicons
) -> list[tuple[int, int]]:
    """Add a surname after "mw."/"dhr." that only reads as a word when split in parts.

    Why: "Oudshoorn" splits into Dutch words, so the word test took it for a compound;
    after a title and before a bracket or comma it is a surname.
    """
    if not any_present(text, _TITLE_HINTS):
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


# "Roos vd Berg", "Ali v.d. Meer": a short-hand particle between two found name parts
_SHORT_PARTICLE_GAP: Final = regexes.compile(r"[ \t]+(?:vd|v\.d\.|vdr|v\.d|v/d)[ \t]*$")


def join_short_particles(
    text: str, found: list[tuple[int, int]], blocked: bytearray
) -> list[tuple[int, int]]:
    """Join a first name and a surname found apart around "vd" / "v.d." into one span.

    Why: the particle is written short, so the name passes see two names; the person is
    one, and the particle in between belongs to the surname.
    """
    if len(found) < 2 or not (has(text, " vd") or has(text, " v.d") or has(text, " v/d")):
        return found
    found = sorted(found)
    out = [found[0]]
    for s, e in found[1:]:
        ps, pe = out[-1]
        gap = text[pe:s]
        if (
            0 < len(gap) <= 7
            and "\n" not in gap
            and not any(blocked[pe:s])
            and _SHORT_PARTICLE_GAP.match(gap)
        ):
            out[-1] = (ps, e)
        else:
            out.append((s, e))
    return out
