"""Names in field slots: casus lines, title brackets, absence lines and household words.

Why a module of its own: these rules all read a name from a fixed slot that a cue word
opens ("Casus bakker (...)", "meneer (mensah)", "Afwezig: Jurmaine", "echtpaar Van Houten"),
and they also trim the organisation part off a name ("Ivana van Barka", "Smits & Zn",
"Johan de Witt College").  They run after the main person pass in ``persons``.
"""

from __future__ import annotations

import re
from typing import Final

from . import regexes
from .cue_index import cues, has, has_any
from .lexicons import RELATIONS, TITLES, Lexicons
from .persons import (
    _ALWAYS_STOP,
    _PERSON_VERBS,
    _SPAN_WORD,
    _SUBJECT_FOLLOWERS,
    _TITLED_PARTICLE_STOP,
    PROTECTED_ORG,
    PROTECTED_PLACE,
    STRUCTURED,
    _org_compound,
)

# Rare words that the quick tests below look for: read from a text's cue index (has()).
_GATE_WORDS: Final = cues(
    "am. ",
    "amilie",
    "asus ",
    "chtpaar",
    "erhinderd",
    "fgemeld",
    "fmelding",
    "gezin ",
    "wezig",
)

# --- lower-case surnames in case slots, absence lists, firms and schools ---------------
# "Casus bakker (VT-2023-6134)", "casus kok (786458)": a case is named after its client,
# typed in lower case, and a bracket with a number or a case code follows.
_CASE_LOWER: Final = regexes.compile(
    r"\b[Cc]asus[ \t]+((?:(?:van|de|der|den|ter|ten)[ ]){0,2}[a-zà-ÿ]{2,}(?:-[a-zà-ÿ]{2,})?)"
    r"[ \t]*\((?=[^)\n]{0,30}[0-9])"
)
# "een meneer (mensah)", "mevrouw (nowak)": the bracket right after a title holds the surname
_TITLE_BRACKET: Final = regexes.compile(
    r"(?=[MmDd])\b(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?|[Dd]hr\.?|[Dd]e[ ]heer)[ \t]+"
    r"\(([a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?)\)"
)
# (this and _TITLE_PARTICLE_CUES: registered cues, read from the text's index by has_any)
_TITLE_BRACKET_CUES: Final = cues("eer (", "rouw (", "w (", "w. (", "r. (", "hr (", "vr (")
# "Mw de hoop (dossier ...)", "dhr ter horst belt": title, lower-case particle, surname
_TITLE_LOWER_PARTICLE: Final = regexes.compile(
    r"(?=[MmDd])\b(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\.?|[Mm]w\.?|[Dd]hr\.?|[Dd]e[ ]heer)[ ]"
    r"((?:de|ter|ten|van[ ](?:de|der|den))[ ]([a-zà-ÿ]{3,}))(?![\w-])"
)
_TITLE_PARTICLE_CUES: Final = cues(
    "w de ",
    "r de ",
    ". de ",
    "w ter ",
    "r ter ",
    ". ter ",
    "w ten ",
    "r ten ",
    ". ten ",
    "w van de",
    "r van de",
    ". van de",
)
# what may follow such a surname: a bracket or a clause break, or the person's own verb
_AFTER_LOWER_NAME: Final = regexes.compile(r"[ \t]*(?:[(,.;:\n]|$|(\w+))")
# "echtpaar Van Houten", "fam. De Wit": a household named by a surname with its particle,
# even where the surname is also a place ("Houten") or a word
_HOUSEHOLD: Final = regexes.compile(
    r"\b(?:echtpaar|Echtpaar|familie|Familie|fam\.?|Fam\.?|gezin)[ \t]+"
    r"((?:Van|De|Ter|Ten|Den|Van[ ]der|Van[ ]den|Van[ ]de|Van[ ]['’]t|In[ ]['’]t)[ ]"
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)\b"
)
# "Afwezig m.k.: Jurmaine", "Met kennisgeving afwezig: Chayenne, Olusegun": who sent apologies
_ABSENCE_LINE: Final = regexes.compile(
    r"(?im)^[ \t]*(?:afwezig(?:[ ](?:m\.?[ ]?k\.?|z\.?[ ]?k\.?|met[ ]kennisgeving|zonder[ ]kennisgeving))?"
    r"|met[ ]kennisgeving[ ]afwezig|afgemeld|afmeldingen|verhinderd)[ \t]*:[ \t]*([^\n]+)"
)
_ABSENCE_ITEM: Final = regexes.compile(
    r"(?:^|[,;&])[ \t]*([A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?)[ \t]*(?=[,;&(]|$)"
)
# "Johan de Witt College", "Bouwbedrijf Smits & Zn", "De Groot B.V.": a name inside the name
# of a school or a firm belongs to the organisation
_SCHOOL_TAIL: Final = regexes.compile(
    r"[ ](?:College|Lyceum|School|Scholengemeenschap|Scholengroep|Gymnasium|Academie|Atheneum)\b"
)
_SCHOOL_WORDS: Final = (
    " College",
    " Lyceum",
    " School",
    " Scholengemeenschap",
    " Scholengroep",
    " Gymnasium",
    " Academie",
    " Atheneum",
)
_FIRM_TAIL: Final = regexes.compile(
    r"[ \t]*(?:&[ ]?(?:Zn|Zonen|Co|Partners)\b\.?|B\.[ ]?V\.|N\.[ ]?V\.|V\.O\.F\.|BV\b|VOF\b)"
)
_FIRM_TAIL_FIRST: Final = ("&", "B", "N", "V")


def _firm_tail(text: str, e: int) -> re.Match[str] | None:
    """``_FIRM_TAIL.match(text, e)``, tried only where the first character after the
    spaces and tabs opens it (this and _SCHOOL_TAIL run for every name found)."""
    j = e
    while text.startswith((" ", "\t"), j):
        j += 1
    return _FIRM_TAIL.match(text, e) if text.startswith(_FIRM_TAIL_FIRST, j) else None


# "Rekeningnr", "Klantnr.", "Dossiernummer": a field label, not a name
_LABEL_WORD: Final = regexes.compile(r"([a-zà-ÿ]{3,})(?:nr|nummer)\.?$")


def _protect(blocked: bytearray, a: int, b: int, level: int) -> None:
    """Mark the free characters of text[a:b] as an organisation or place."""
    for i in range(a, min(b, len(blocked))):
        if not blocked[i]:
            blocked[i] = level


def _lower_name_ok(w: str, lex: Lexicons) -> bool:
    """A lower-case word in a surname slot that can be a name: a known name or no word."""
    if w in lex.lower_function or w in RELATIONS or w in lex.role_words or w in TITLES:
        return False
    c = w.capitalize()
    if c in _ALWAYS_STOP or c in lex.orgs or c in lex.places:
        return False
    return c in lex.surnames or c in lex.first_names or not lex.is_word(w, compounds=False)


def _org_after_van(text: str, s: int, e: int, lex: Lexicons) -> int:
    """End of the person part of "Ivana van Barka", "J. Smits van Bouwbedrijf Smits": the
    position of " van " when what follows is an organisation, else e."""
    span = text[s:e]
    k = span.rfind(" van ")
    if k <= 0:
        return e
    rest = s + k + 5
    m = _SPAN_WORD.match(text, rest)
    if not m:
        return e
    first = m.group()
    gaz = lex.gazetteer
    for entry in gaz.by_first.get(first, ()):
        if text.startswith(entry, rest) and gaz.kind[entry] == "org" and entry not in gaz.ambiguous:
            return s + k
    if _org_compound(first, lex) or _firm_tail(text, e):
        return s + k
    return e


def find_slot_names(
    text: str, found: list[tuple[int, int]], blocked: bytearray, lex: Lexicons
) -> list[tuple[int, int]]:
    """Trim or drop schools, firms, labels and joined neighbourhoods; add lower-case
    surnames in case, title and household slots and names on an absence line.

    Why: each class is marked by a fixed cue word next to it, so one cheap substring test
    guards each regex and the pass costs nothing on notes without the cue.
    """
    out: list[tuple[int, int]] = []
    gaz = None
    for s, e in found:
        span = text[s:e]
        if " van " in span:
            e0 = e
            e = _org_after_van(text, s, e, lex)
            if e < e0:
                # the organisation's words stay no one's name, also for later repeats
                ft = _FIRM_TAIL.match(text, e0)
                _protect(blocked, e + 5, ft.end() if ft else e0, PROTECTED_ORG)
            span = text[s:e]
        if span.endswith(_SCHOOL_WORDS):
            _protect(blocked, s, e, PROTECTED_ORG)
            continue  # "Johan de Witt College"
        sm = (_SCHOOL_TAIL.match(text, e) if text.startswith(" ", e) else None) or _firm_tail(
            text, e
        )
        if sm:
            _protect(blocked, s, sm.end(), PROTECTED_ORG)
            continue  # "Pieter de Vries Lyceum", "Smits & Zn", "De Groot B.V."
        if " " not in span:
            if span.endswith(("nr", "nr.", "nummer")):
                m = _LABEL_WORD.search(span.lower())
                if m and lex.is_word(m.group(1), compounds=False):
                    continue
            if "-" in span:
                gaz = gaz or lex.gazetteer
                parts = span.split("-")
                if any(gaz.kind.get(p) == "place" and p not in gaz.ambiguous for p in parts):
                    _protect(blocked, s, e, PROTECTED_PLACE)
                    continue  # "Heechterp-Schieringen": two neighbourhoods joined
        out.append((s, e))
    extra: list[tuple[int, int]] = []
    if has(text, "asus "):
        for m in _CASE_LOWER.finditer(text):
            if _lower_name_ok(m.group(1).split()[-1].split("-")[0], lex):
                extra.append(m.span(1))
    if "(" in text and has_any(text, _TITLE_BRACKET_CUES):
        for m in _TITLE_BRACKET.finditer(text):
            if _lower_name_ok(m.group(1).split("-")[0], lex):
                extra.append(m.span(1))
    if has_any(text, _TITLE_PARTICLE_CUES):
        for m in _TITLE_LOWER_PARTICLE.finditer(text):
            w = m.group(2)
            if w in _TITLED_PARTICLE_STOP or not _lower_name_ok(w, lex):
                continue
            nx = _AFTER_LOWER_NAME.match(text, m.end())
            if nx and (
                nx.group(1) is None
                or nx.group(1) in _SUBJECT_FOLLOWERS
                or nx.group(1) in _PERSON_VERBS
            ):
                extra.append(m.span(1))
    if has(text, "chtpaar") or has(text, "amilie") or has(text, "am. ") or has(text, "gezin "):
        for m in _HOUSEHOLD.finditer(text):
            a, b = m.span(1)
            if PROTECTED_ORG not in blocked[a:b] and STRUCTURED not in blocked[a:b]:
                extra.append((a, b))
    if (
        has(text, "wezig")
        or has(text, "fgemeld")
        or has(text, "erhinderd")
        or has(text, "fmelding")
    ):
        for line in _ABSENCE_LINE.finditer(text):
            body = line.group(1)
            for m in _ABSENCE_ITEM.finditer(body):
                w = m.group(1)
                if (
                    lex.is_word(w)
                    or w in lex.orgs
                    or w in lex.places
                    or w in lex.stop_caps
                    or w.lower() in lex.role_words
                    or w in lex.lower_function
                ):
                    continue
                gaz = gaz or lex.gazetteer
                if w in gaz.kind:
                    continue
                extra.append((line.start(1) + m.start(1), line.start(1) + m.end(1)))
    for a, b in extra:
        if any(blocked[a:b]) and not all(x in (0, PROTECTED_PLACE) for x in bytes(blocked[a:b])):
            continue
        if not any(x < b and a < y for x, y in out):
            out.append((a, b))
    return sorted(out) if extra else out
