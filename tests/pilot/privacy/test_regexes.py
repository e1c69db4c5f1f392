"""pilot.privacy.regexes: patterns told where a match can open find exactly what re finds.

The engine then skips the positions where no match can open; what it finds must not
change.  Held to that for every pattern the finder compiles, on texts of every corpus.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import pilot.privacy  # noqa: F401 - compiles every pattern of the finder
from pilot.privacy import regexes

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared" / "anonymisation"


def _texts() -> list[str]:
    """All of dev and every 40th text of each held-out set, with lower-case copies."""
    texts = [json.loads(line)["text"] for line in (SHARED / "dev.jsonl").open(encoding="utf-8")]
    for path in sorted((ROOT / "tests/pilot/privacy").glob("heldout*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines[::40] if line.strip()]
    return texts + [t.lower() for t in texts[::8]]


def _found(rx: re.Pattern[str], text: str) -> list[tuple]:
    out = [(m.span(), m.groups()) for m in rx.finditer(text)]
    middle = rx.search(text, len(text) // 2)
    out.append(middle.span() if middle else None)
    return out


def test_every_pattern_finds_what_re_finds() -> None:
    assert len(regexes.OPENED) > 250
    texts = _texts()
    differ = []
    for rx in {(p.pattern, p.flags): p for p in regexes.OPENED}.values():
        plain = re.compile(rx.pattern, rx.flags)
        for text in texts:
            if _found(rx, text) != _found(plain, text):
                differ.append((rx.pattern[:80], text[:80]))
                break
    assert not differ


@pytest.mark.parametrize(
    ("pattern", "opening"),
    [
        # a look-behind before an alternation of words: their first letters
        (r"(?<![\w])(?:maandag|dinsdag)\.?[ ][0-9]", {"m", "d"}),
        # a look-ahead says it: "(?=[A-Z0-9])"
        (r"(?=[A-C0-9])(?<![\w.])[A-Z0-9]+", {"A", "B", "C", "0", "5"}),
        # an optional part, then what must come
        (r"(?:mw\.?[ ])?[A-Z][a-z]+", {"m", "A", "Q"}),
        # a line's start or a space, then a letter
        (r"(?:^|[ (])[A-Za-z]\.", {" ", "(", "a", "Z"}),
        # case-insensitive: both cases, and what folds into an ASCII letter
        (r"(?i)(?<![\w])(?:woont|kamer)[ ]", {"w", "W", "k", "K", "\u212a"}),
        (r"(?i:mw|dhr)\.?[ ][A-Z]", {"m", "M", "d", "D"}),
    ],
)
def test_the_opening_characters_of_a_pattern(pattern: str, opening: set[str]) -> None:
    items = regexes.opening_chars(pattern)
    assert items is not None
    allowed = re.compile(_as_class(items))
    assert all(allowed.fullmatch(c) for c in opening)
    assert not allowed.fullmatch("%")


def _as_class(items: list) -> str:
    from re import _constants as c

    parts = []
    for op, av in items:
        if op is c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:
            raise AssertionError(op)
    return f"[{''.join(parts)}]"


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)[à-ÿ]x",  # cased letters beyond ASCII, case-insensitive
        r"(?i)[^a]x",  # a negated class, case-insensitive
        r"x?",  # may match nothing
        r".abc",  # any character
        r"(?:[^a]|b)c",  # a negated class joined to another
        r"(?a:\w)x",  # ASCII classes before the first character
        r"(a)?\1b",  # a back-reference
    ],
)
def test_what_is_not_understood_is_left_to_the_engine(pattern: str) -> None:
    assert regexes.opening_chars(pattern) is None
    assert regexes.compile(pattern).pattern == pattern
