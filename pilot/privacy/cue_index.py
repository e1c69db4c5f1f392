"""Where the finder's cue words occur in a text: all of them found in one pass.

Why: many rules look for their cue words ("gebeld ", "casus ", "nummer", month names)
before they try a regex near them, each with ``str.find`` over the whole text; a few
hundred such scans were an eighth of the finder's time.  An Aho-Corasick automaton
(pyahocorasick, in C) finds every occurrence of every registered cue in one pass, and
the rules then read the positions of their own cues.

A module registers its cues when it is imported (:func:`cues`); :func:`positions` gives
the same positions as repeated ``str.find`` for any cue, registered or not (an
unregistered cue, a short text or a missing pyahocorasick fall back to ``str.find``).
``tests/pilot/privacy/test_cue_index.py`` holds both ways to the same answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

try:
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - the finder stays correct, only slower
    _ahocorasick = None

# Why everything here is Final: the compiled module then reads it as a C variable, not
# from the module's dictionary; positions() runs a few hundred times per text.
#: pyahocorasick's module, or None (then every answer comes from str.find)
_AC: Final[Any] = _ahocorasick
#: below this length a text's few ``str.find`` scans cost less than one automaton pass
SHORT: Final = 48
_REGISTERED: Final[set[str]] = set()
_AUTOMATON: Final[list[Any]] = []  # [automaton], built on first use after a registration
#: the few texts indexed last, newest last: (text, {cue: starts}); the finder looks at the
#: same text and its lower-cased copy from many rules
_RECENT: Final[list[tuple[str, dict[str, list[int]]]]] = []
_NONE: Final[list[int]] = []


def cues(*words: str) -> tuple[str, ...]:
    """Register ``words`` as cues (at import) and return them as a tuple."""
    new = [w for w in words if w and w not in _REGISTERED]
    if new:
        _REGISTERED.update(new)
        _AUTOMATON.clear()
        _RECENT.clear()
    return tuple(words)


def _build() -> Any:
    a = _AC.Automaton()
    for w in _REGISTERED:
        a.add_word(w, w)
    a.make_automaton()
    _AUTOMATON.append(a)
    return a


def _indexed(text: str) -> dict[str, list[int]] | None:
    """The index of ``text`` if it is one of the few texts indexed last, else None."""
    for k in range(len(_RECENT) - 1, -1, -1):
        entry = _RECENT[k]
        if entry[0] is text:
            return entry[1]
    return None


def _index(text: str) -> dict[str, list[int]]:
    cached = _indexed(text)
    if cached is not None:
        return cached
    n = len(_RECENT)
    a = _AUTOMATON[0] if _AUTOMATON else _build()
    idx: dict[str, list[int]] = {}
    # (the hit typed: the compiled module then reads it with native operations, not
    # generic ones on objects of unknown type; this loop runs for every cue in a text)
    hit: tuple[int, str]
    for hit in a.iter(text):
        w = hit[1]
        start = hit[0] - len(w) + 1
        got = idx.get(w)
        if got is None:
            idx[w] = [start]
        else:
            got.append(start)
    if n >= 4:
        del _RECENT[0]
    _RECENT.append((text, idx))
    return idx


_LOWERED: Final[list[tuple[str, str]]] = []  # (text, text.lower()), newest last


def lowered(text: str) -> str:
    """``text.lower()``, the same object for the same text: its cues are then indexed once
    for all the rules that read the lower-cased text."""
    for k in range(len(_LOWERED) - 1, -1, -1):
        entry = _LOWERED[k]
        if entry[0] is text:
            return entry[1]
    low = text.lower()
    if len(_LOWERED) >= 2:
        del _LOWERED[0]
    _LOWERED.append((text, low))
    return low


def find_all(text: str, cue: str) -> list[int]:
    """Every start of ``cue`` in ``text`` by ``str.find``, overlapping ones too."""
    out: list[int] = []
    i = text.find(cue)
    while i >= 0:
        out.append(i)
        i = text.find(cue, i + 1)
    return out


def positions(text: str, cue: str) -> list[int]:
    """Every start of ``cue`` in ``text``, overlapping ones too, in order (do not change it)."""
    if len(text) < SHORT or _AC is None or cue not in _REGISTERED:
        return find_all(text, cue)
    return _index(text).get(cue, _NONE)


def present(text: str, words: tuple[str, ...]) -> list[tuple[str, list[int]]]:
    """``(word, positions(text, word))`` for each of ``words`` found in ``text``, in the
    order of ``words``.

    Why beside positions(): the rules ask for a list of cue words at once; one look-up of
    the text's index serves them all, where a call per word repeats it.
    """
    out: list[tuple[str, list[int]]] = []
    if len(text) < SHORT or _AC is None:
        for w in words:
            found = find_all(text, w)
            if found:
                out.append((w, found))
        return out
    idx = _index(text)
    for w in words:
        got = idx.get(w)
        if got is None and w not in _REGISTERED:
            got = find_all(text, w) or None
        if got is not None:
            out.append((w, got))
    return out


def any_present(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` occurs in ``text`` (``bool(present(text, words))``)."""
    if len(text) < SHORT or _AC is None:
        return any(w in text for w in words)
    idx = _index(text)
    for w in words:  # noqa: SIM110 - a plain loop compiles to tighter code than any()
        if w in idx or (w not in _REGISTERED and w in text):
            return True
    return False


def has(text: str, word: str) -> bool:
    """``word in text``, read from the text's index when the text has one.

    Why: a rule's quick test for a rare word (``"ummer" in text``) scans the whole text
    when the word is absent, and the finder makes a few hundred such tests per text; a
    registered word is looked up in the index of a text already indexed.  A text not
    indexed (yet) is scanned as before, so this never costs an automaton pass.
    """
    idx = _indexed(text)
    if idx is not None:
        if word in idx:  # (only registered words are indexed: no need to ask)
            return True
        if word in _REGISTERED:
            return False
    return word in text


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """``any(w in text for w in words)`` (``any(has(text, w) for w in words)``).

    Why: a rule's quick test of a few words scans the whole text once per absent word;
    registered words are read from the index of a text already indexed.  Like has(), it
    never costs an automaton pass.
    """
    idx = _indexed(text)
    if idx is None:
        return any(w in text for w in words)
    for w in words:  # noqa: SIM110 - a plain loop compiles to tighter code than any()
        if w in idx or (w not in _REGISTERED and w in text):
            return True
    return False


def prepare(text: str) -> None:
    """Index ``text`` and its lower-cased copy (:func:`lowered`) now.

    Why: the finder indexes both anyway; done first, every quick test (:func:`has`) reads
    the index instead of scanning.
    """
    if len(text) >= SHORT and _AC is not None:
        _index(text)
        _index(lowered(text))


def starts(text: str, words: tuple[str, ...]) -> list[int]:
    """The starts of every occurrence of ``words`` in ``text``, sorted, each once."""
    found = present(text, words)
    if len(found) == 1:
        return found[0][1]
    return sorted({p for _, ps in found for p in ps})


def matches_at(rx: re.Pattern[str], text: str, at: list[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match starts at one of ``at`` (sorted).

    Why: a pattern that opens with common letters ("op", "is") is tried by the engine at
    each of them; tried only where its words stand (:func:`starts`), it finds the same
    matches.
    """
    pos = 0
    for p in at:
        if p < pos:
            continue
        m = rx.match(text, p)
        if m:
            pos = m.end()
            yield m
