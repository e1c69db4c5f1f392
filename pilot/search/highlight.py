"""Excerpts with the query words marked, escaped before marking."""

from __future__ import annotations

import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

from .query import fold, stem_variants

EXCERPT_LENGTH = 220


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", strip_tags(text or "")).strip()


def _pattern(words: list[str]) -> re.Pattern | None:
    stems = sorted({v for w in words for v in stem_variants(w)} | set(words), key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)


def excerpt(text: str, words: list[str], length: int = EXCERPT_LENGTH) -> SafeString:
    """A window of `text` around the first query word, HTML-escaped, words in <mark>."""
    text = plain(text)
    folded = fold(text)
    # fold() keeps length for Latin text, so positions in `folded` map onto `text`
    if len(folded) != len(text):
        folded = text.lower()
    pattern = _pattern(words)
    start = 0
    if pattern:
        first = pattern.search(folded)
        if first:
            start = max(0, first.start() - length // 3)
            if start:
                space = text.find(" ", start)
                start = space + 1 if 0 <= space < first.start() else start
    window = text[start : start + length]
    folded_window = folded[start : start + length]
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    if not pattern:
        return mark_safe(prefix + escape(window) + suffix)  # noqa: S308 - escaped
    out, last = [], 0
    for m in pattern.finditer(folded_window):
        out.append(escape(window[last : m.start()]))
        out.append("<mark>" + escape(window[m.start() : m.end()]) + "</mark>")
        last = m.end()
    out.append(escape(window[last:]))
    return mark_safe(prefix + "".join(out) + suffix)  # noqa: S308 - every piece escaped
