"""Whole names in dictations: grow a lower-case name found in part over the rest of it.

Why: a dictation or quick note writes "pieter blom", "wim de vries", "mr a. kortekaas",
"wijkagent van der linden" and "tjon a fong" without capitals.  The person rules find one
part where a cue or a lexicon points at it ("pieter", "linden"); the parts beside it are
ordinary-looking words that only mean a name next to that part, and a half-hidden name
still leaks.  This pass runs on the finder's final spans.
"""

from __future__ import annotations

from typing import Final

from . import regexes
from .lexicons import HAGUE_AREAS, RELATIONS, TITLES, Lexicons
from .lines import line_matches

_PARTICLE_WORDS: Final = (
    "van|de|der|den|ter|ten|te|'t|in|op|el|al|ben|bin|da|do|dos|das|del|di|du|la|le|a"
)
# the rest of a name after a lower-case part: particles and a surname ("de vries", "blom")
_REST: Final = regexes.compile(rf"[ ]((?:(?:{_PARTICLE_WORDS})[ ]){{0,3}})([a-zà-ÿ][a-zà-ÿ'-]+)\b")
# particles before a lower-case surname: "van der linden", "ter horst", "de wit", "van dam"
_PARTICLES_BEFORE: Final = regexes.compile(
    r"(?:^|(?<=[\s(]))(van[ ](?:der|den|de|'t)|van|de|den|der|ter|ten|in[ ]'t)[ ]$"
)
# a lower-case initial after a title: "mr a. kortekaas", "mw j. de boer"
_INITIAL_BEFORE: Final = regexes.compile(r"\b([a-zà-ÿ.]+)[ ]([a-z]\.[ ]?)$")
# two parts of one name with only particles between them: "tjon a fong", "maria do carmo"
_JOINING_GAP: Final = regexes.compile(
    rf"[ ](?:(?:{_PARTICLE_WORDS}|[Dd]e|[Vv]an|[Dd]a|[Dd]o|[Dd]os|A)[ ]){{1,3}}"
)


def extend_lower_names(
    text: str, spans: list[tuple[int, int, str]], lex: Lexicons
) -> list[tuple[int, int, str]]:
    """The spans with lower-case person names grown to the whole name, and parts joined."""
    if not any(label == "person" for _, _, label in spans):
        return spans
    taken = [(s, e) for s, e, _ in spans]
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if label == "person" and text[s:e].islower():
            s, e = _grow(text, s, e, taken, lex)
        out.append((s, e, label))
    out = _join(text, out)
    if ":" in text and "\n" in text:
        out = _list_heads_alike(text, out, lex)
    if " (" in text:
        out = _nickname_inside(text, out, lex)
        out = _name_in_brackets_after(text, out, lex)
    return out


# A list line opened by one lower-case word and a colon: "- kowalski: beschikking binnen".
_LIST_HEAD_COLON: Final = regexes.compile(r"(?m)^[ \t]*[-*•][ \t]*([^\W0-9_][\w'-]{2,}):[ \t]")


def _list_heads_alike(
    text: str, spans: list[tuple[int, int, str]], lex: Lexicons
) -> list[tuple[int, int, str]]:
    """The other heads of a list whose heads include a person found: the same kind of word.

    Why: "- kowalski: beschikking binnen / - adjei: wacht op UWV" lists clients by
    surname; once one head is a name the others are too, unless they are ordinary words
    or labels ("- iban: ...", "- status: ...").
    """
    heads = [m for m in line_matches(_LIST_HEAD_COLON, text) if m.group(1).islower()]
    if len(heads) < 2:
        return spans
    persons = {(s, e) for s, e, label in spans if label == "person"}
    if not any(m.span(1) in persons for m in heads):
        return spans
    out = list(spans)
    for m in heads:
        a, b = m.span(1)
        w = m.group(1)
        if (a, b) in persons or any(s < b and a < e for s, e, _ in out):
            continue
        if w in lex.lower_function or w in RELATIONS or w in lex.role_words:
            continue
        if lex.is_word(w) and w.capitalize() not in lex.surnames:
            continue
        out.append((a, b, "person"))
    return sorted(out)


_STREET_ENDINGS: Final = (
    "straat",
    "laan",
    "weg",
    "plein",
    "kade",
    "gracht",
    "singel",
    "dreef",
    "park",
)
# One word in brackets right after a name: "mw. Adjei (Comfort)", "sander (schipper)".
_BRACKET_WORD_AFTER: Final = regexes.compile(r"[ ]\(([A-Za-zà-ÿ][a-zà-ÿ]+)\)")


def _name_in_brackets_after(
    text: str, spans: list[tuple[int, int, str]], lex: Lexicons
) -> list[tuple[int, int, str]]:
    """A first name or surname in brackets right after a name found is the same person's.

    Why: a note gives the other half of a name in brackets ("Adjei (Comfort)", "sander
    (schipper)"); a role, relation, place or organisation there ("Jansen (huurteam)",
    "Bakker (buurman)") stays readable.
    """
    out = list(spans)
    for s, e, label in spans:
        if label != "person":
            continue
        # (tried only after " (", its opening: this runs for every name found)
        m = _BRACKET_WORD_AFTER.match(text, e) if text.startswith(" (", e) else None
        if not m:
            continue
        w = m.group(1)
        c = w.capitalize()
        if (
            (
                c in lex.first_names
                or c in lex.surnames
                # "soufiane (bouzerda)": an unknown word beside a name typed in lower case
                or (
                    w.islower()
                    and text[s:e].islower()
                    and len(w) >= 5
                    and not w.endswith(_STREET_ENDINGS)
                    and not lex.is_word(w)
                )
            )
            and w.lower() not in lex.lower_function
            and w.lower() not in RELATIONS
            and w.lower() not in lex.role_words
            and c not in lex.orgs
            and c not in lex.places
            and c not in HAGUE_AREAS
            and lex.gazetteer.kind.get(c) is None
            # a lower-case word is a name only beside a name typed in lower case too
            and (w[0].isupper() or text[s:e].islower() or not lex.is_word(w))
            and not any(a < m.end(1) and m.start(1) < b for a, b, _ in out)
        ):
            out.append((m.start(1), m.end(1), "person"))
    return sorted(out)


# "W.F. (Wim) de Wit": initials, the name the person goes by, and the surname
_NICK_INSIDE: Final = regexes.compile(
    r"([A-Z]\.(?:[A-Z]\.){0,2})[ ]\(([A-Z][a-zà-ÿ]+)\)[ ]((?:(?:van|de|der|den|ter|ten)[ ]){0,3}[A-Z][a-zà-ÿ]+)"
)


def _nickname_inside(
    text: str, spans: list[tuple[int, int, str]], lex: Lexicons
) -> list[tuple[int, int, str]]:
    for m in _NICK_INSIDE.finditer(text):
        if m.group(2) not in lex.first_names:
            continue
        a, b = m.span()
        inside = [sp for sp in spans if a <= sp[0] and sp[1] <= b]
        if not inside or any(sp[2] != "person" for sp in inside):
            continue
        if any(sp[0] < b and a < sp[1] and sp not in inside for sp in spans):
            continue
        spans = sorted([sp for sp in spans if sp not in inside] + [(a, b, "person")])
    return spans


def _grow(
    text: str, s: int, e: int, taken: list[tuple[int, int]], lex: Lexicons
) -> tuple[int, int]:
    m = _PARTICLES_BEFORE.search(text, max(0, s - 12), s)
    if m:
        s = m.start(1)  # "wijkagent van der linden"
    else:
        m = _INITIAL_BEFORE.search(text, max(0, s - 16), s)
        if m and m.group(1).capitalize().rstrip(".") in TITLES | {"Mr", "Mw", "Dhr"}:
            s = m.start(2)  # "mr a. kortekaas"
    m = _REST.match(text, e)
    if m and _rest_is_surname(text[s:e], m.group(1), m.group(2), lex):
        end = m.end(2)
        if not any(a < end and e < b for a, b in taken):
            e = end  # "pieter blom", "wim de vries"
    return s, e


def _rest_is_surname(found: str, particles: str, w: str, lex: Lexicons) -> bool:
    """ "blom" after "pieter", "de vries" after "wim": the surname of a found first name."""
    if w in lex.lower_function or w in RELATIONS or w in lex.role_words or w in TITLES:
        return False
    cap = w.capitalize()
    if cap not in lex.surnames or cap in lex.orgs:
        return False
    if " " in found or found.capitalize() not in lex.first_names:
        return False
    if particles:
        return True  # "de vries": a village alone, a surname after "de"
    if cap in lex.places:
        return False
    # "pieter blom": a surname that is also a word, after a first name that is none
    return not lex.is_word(w, compounds=False) or not lex.is_word(found, compounds=False)


def _join(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if out and label == "person" and out[-1][2] == "person":
            ps, pe, _ = out[-1]
            m = _JOINING_GAP.fullmatch(text, pe, s) if 0 < s - pe <= 14 else None
            # "a" alone joins only parts of the same case: "tjon a fong", not "Fong a tjon"
            if m and (
                text[pe:s].strip() not in ("a", "A") or text[ps:pe].islower() == text[s:e].islower()
            ):
                out[-1] = (ps, e, label)  # "tjon a fong", "Maria do Carmo Ferreira"
                continue
        out.append((s, e, label))
    return out
