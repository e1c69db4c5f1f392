"""``line_matches``: a pattern matched at the start of each line of a text.

Why: a pattern opened by ``(?m)^`` is tried by the regex engine at every position of the
text; matched at the line starts only, it finds the same matches for a fraction of the cost.
"""

from __future__ import annotations

import re


def line_matches(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``rx.match`` at the start of every line of ``text`` (what ``(?m)^`` + ``rx`` finds,
    for a pattern whose matches never cross a line)."""
    out = []
    start = 0
    while start >= 0:
        m = rx.match(text, start)
        if m:
            out.append(m)
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return out
