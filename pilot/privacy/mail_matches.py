"""E-mail patterns matched from the "@" signs of a text instead of from every position.

Why: a pattern that opens with a run of local-part characters (``[\\w.+-]+@...``) is
tried at every position of every word; from each it reads to the word's end and backs
off looking for an "@", so long texts cost a quadratic number of steps.  Every match
holds an "@" with the run of local-part characters right before it, so its start is the
start of that run: one match attempt per "@" finds the same matches.
``tests/pilot/privacy/test_mail_matches.py`` holds it to ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def _in_run(ch: str, local: str) -> bool:
    return ch.isalnum() or ch == "_" or ch in local


def around_at(
    rx: re.Pattern[str], text: str, local: str, starts_after: str = ""
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match opens with one or more
    characters of ``\\w`` or ``local`` followed by "@" (and never holds another "@"
    before it).

    ``starts_after``: the characters of ``local`` after which a match may still start
    where the pattern's look-behind refuses the start of the run (``(?<![\\w+-])`` with
    "." in the run lets "x.y@..." start at "y" when "x" ended the match before).
    """
    pos = 0
    while True:
        at = text.find("@", pos)
        if at < 0:
            return
        s = at
        while s > pos and _in_run(text[s - 1], local):
            s -= 1
        m: re.Match[str] | None = None
        if s < at:
            m = rx.match(text, s)
            if m is None and starts_after and s == pos:
                # the start was cut off by the match before: the look-behind may refuse
                # it, where a later start in the same run is allowed
                for p in range(s + 1, at):
                    if text[p - 1] in starts_after:
                        m = rx.match(text, p)
                        if m is not None:
                            break
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end()
