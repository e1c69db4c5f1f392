"""Initials that a text defines for a person and then uses for them.

Why: minutes and action lists introduce their people once ("Deelnemers: Ricardo Sital
(RS), Houda Benali (HB)") and from then on write only the initials ("RS + HB –
evaluatiegesprek", "HB – bellen met Woonbron").  Two capitals on their own say nothing;
after a name whose initials they are, they are that person's name, everywhere in the text.
"""

from __future__ import annotations

import re

from .lexicons import PARTICLES

# "(RS)", "(HB, wijkcoach)", "(MÖ)": two to four capitals in brackets right after a name
_ABBREVIATION_AFTER = re.compile(r"[ ]?\(([A-ZÀ-ÖØ-Þ]{2,4})[),]")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*")


def _name_before(text: str, end: int, found: list[tuple[int, int]]) -> str:
    """The whole name that ends at ``end``: the found spans joined by spaces or particles."""
    spans = sorted(sp for sp in found if sp[1] <= end)
    if not spans or spans[-1][1] != end:
        return ""
    start = spans[-1][0]
    for s, e in reversed(spans[:-1]):
        gap = text[e:start].split()
        if text[e:start].strip(" ") != " ".join(gap) or "\n" in text[e:start]:
            break
        if any(w.lower() not in PARTICLES for w in gap):
            break
        start = s
    return text[start:end]


def _initials_of(name: str) -> set[str]:
    """The ways a name is abbreviated: every capital initial, or the first and the last."""
    caps = [m.group()[0] for m in _CAPITALISED.finditer(name)]
    if len(caps) < 2:
        return set()
    return {"".join(caps), caps[0] + caps[-1]}


def defined_initials(
    text: str, found: list[tuple[int, int]], blocked: bytearray
) -> list[tuple[int, int]]:
    """Spans of initials defined in brackets after a name found, and of their other uses.

    Only initials that are exactly the capitals of the name before them count ("Annemiek
    de Wit (AW)", "Murat Öztürk (MÖ)"), so "(GGZ)" or "(VT)" after a name stay as they
    are; each use must stand alone ("RS", not "RSVP" or "RS-formulier").
    """
    if "(" not in text:
        return []
    abbreviations: set[str] = set()
    for _, e in found:
        m = _ABBREVIATION_AFTER.match(text, e)
        if m and m.group(1) in _initials_of(_name_before(text, e, found)):
            abbreviations.add(m.group(1))
    out = []
    for abbr in abbreviations:
        for m in re.finditer(rf"(?<![\w-]){abbr}(?![\w-])", text):
            s, e = m.span()
            if not any(blocked[s:e]):
                out.append((s, e))
    return sorted(out)
