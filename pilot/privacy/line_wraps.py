"""Text pasted from a PDF: words and numbers broken over line ends.

Why: a report copied out of a PDF reads "mevrouw Fa-\\ntima Ouar-\\nrak", "2515\\nTX" or
"070 -\\n752 34 10".  Each piece alone looks like nothing, so the finder runs once more on
a copy with the wrapped lines joined, and keeps only what it finds across a join: the
rest of the text was already searched as written.  Only texts with a word hyphenated
over a line end are treated this way, so forms and lists keep their line structure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from . import regexes

Span = tuple[int, int, str]

# a word hyphenated over a line end: "Fa-\ntima", "be-\ntreffende", "30-\n09-1979"
_SIGNAL: Final = regexes.compile(r"[^\W_]-\n[^\W_]")
# a line that ends a sentence or a field, or an empty line: the break is meant
_HARD_END: Final = regexes.compile(r"[.!?;:)\]\"”]\s*$")
_LIST_START: Final = regexes.compile(r"\s*(?:[-•*–]|[0-9]{1,2}[.)]\s)")


def is_wrapped(text: str) -> bool:
    """The text holds a word hyphenated over a line end (a PDF paste)."""
    return "-\n" in text and _SIGNAL.search(text) is not None


def _joined(text: str) -> tuple[str, list[int], list[int]]:
    """The text with wrapped lines joined, the original index of each character, and the
    original positions of the joins."""
    out: list[str] = []
    where: list[int] = []
    joins: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "\n" and 0 < i < n - 1 and _wrapped_break(text, i):
            before, after = text[i - 1], text[i + 1]
            joins.append(i)
            prev = text[i - 2] if i >= 2 else " "
            if before == "-" and prev.isalpha() and after.islower():
                out.pop()  # "Fa-\ntima" -> "Fatima": the hyphen only split the word
                where.pop()
            elif before == "-" and prev.isdigit() and after.isdigit() or before in "@/.":
                pass  # "30-\n09-1979", "lan.nguyen79@\ngmail.com": joined as written
            else:
                out.append(" ")
                where.append(i)
            i += 1
            continue
        out.append(c)
        where.append(i)
        i += 1
    return "".join(out), where, joins


def _wrapped_break(text: str, i: int) -> bool:
    """The line break at i only wraps a line: the next line goes on with the same text."""
    start = text.rfind("\n", 0, i) + 1
    line = text[start:i]
    nxt = text[i + 1 : text.find("\n", i + 1) if "\n" in text[i + 1 :] else len(text)]
    if not line.strip() or not nxt.strip() or nxt[:1].isspace():
        return False
    if line.endswith("-"):
        return True
    return not _HARD_END.search(line) and not _LIST_START.match(nxt)


def merge_wrapped(text: str, spans: list[Span], find: Callable[[str], list[Span]]) -> list[Span]:
    """Add what ``find`` sees across joined line breaks to ``spans`` (found on the text
    as written), widening or replacing the pieces found there."""
    joined, where, joins = _joined(text)
    if not joins:
        return spans
    out = list(spans)
    for s, e, label in find(joined):
        a, b = where[s], where[e - 1] + 1
        if not any(a < j < b for j in joins):
            continue  # found without the join: the text as written has it already
        if "\n\n" in text[a:b]:
            continue
        overlapping = [sp for sp in out if sp[0] < b and a < sp[1]]
        for sp in overlapping:
            out.remove(sp)
        a = min([a, *(sp[0] for sp in overlapping)])
        b = max([b, *(sp[1] for sp in overlapping)])
        out.append((a, b, label))
    return sorted(out)
