"""``compile``: ``re.compile``, with the regex engine told which characters a match opens with.

Why: CPython's engine searches fast only for a pattern that opens with a literal or a
character class; one that opens with a look-behind (``(?<![\\w])...``), a look-ahead, an
anchor or an optional group is tried at every position of the text, and most of the
finder's rules open that way so that they cannot start inside a word.  Here the set of
characters a match can open with is worked out from the parsed pattern and handed to the
engine's search, which then skips every position that cannot open a match.  The pattern
and its matches stay exactly as they were: the set only says where trying is useless.

The set is computed conservatively: anything not understood (a case-insensitive class
with letters beyond ASCII, a negated class joined to others, a back-reference, ``.``, a
pattern that can match the empty string) leaves the pattern as ``re.compile`` makes it.  It uses ``re._parser`` and
``re._compiler`` (CPython 3.11 to 3.13, checked below); elsewhere ``compile`` is plain
``re.compile``.  ``tests/pilot/privacy/test_regexes.py`` holds every pattern compiled here
to the same matches as ``re.compile`` on the corpora.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any, Final

try:  # the engine's own compiler: private, so checked and never required
    import re._compiler as _compiler
    import re._constants as _c
    import re._parser as _parser

    _SUPPORTED = (3, 11) <= sys.version_info[:2] <= (3, 13) and all(
        hasattr(_compiler, name) for name in ("compile", "_get_charset_prefix", "_compile_info")
    )
except ImportError:  # pragma: no cover - another Python
    _SUPPORTED = False

_LOCK = threading.Lock()
#: the engine's own prefix-set function, asked first
_ENGINE_PREFIX: Any = _compiler._get_charset_prefix if _SUPPORTED else None
#: the patterns given an opening set of our own, for the test that compares them with
#: ``re.compile``'s
OPENED: list[re.Pattern[str]] = []
_ours_used = False

_Items = list[tuple[Any, Any]]


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as re.compile
    """``re.compile(pattern, flags)``, searched only where a match can open."""
    if not _SUPPORTED:
        return re.compile(pattern, flags)
    global _ours_used
    with _LOCK:
        plain = _compiler._get_charset_prefix
        _compiler._get_charset_prefix = _charset_prefix
        _ours_used = False
        try:
            compiled: re.Pattern[str] = _compiler.compile(pattern, flags)
        finally:
            _compiler._get_charset_prefix = plain
        if _ours_used:
            OPENED.append(compiled)
    return compiled


def opening_chars(pattern: str, flags: int = 0) -> _Items | None:
    """The character-set items a match of ``pattern`` opens with, or None if not known."""
    if not _SUPPORTED:
        return None
    parsed = _parser.parse(pattern, flags)
    return _opening(parsed, parsed.state.flags | flags)


def _charset_prefix(parsed: Any, flags: int) -> _Items | None:
    """The engine's own prefix set where it finds one, else the one worked out here."""
    global _ours_used
    found = _ENGINE_PREFIX(parsed, flags)
    if found is not None:
        return found
    ours = _opening(parsed, flags)
    _ours_used = ours is not None
    return ours


# flags a group may set or clear without changing which characters its classes hold
# (case is followed apart)
_SCOPED_HARMLESS: Final = (
    _c.SRE_FLAG_MULTILINE | _c.SRE_FLAG_DOTALL | _c.SRE_FLAG_VERBOSE if _SUPPORTED else 0
)


def _opening(parsed: Any, flags: int) -> _Items | None:
    if flags & (_c.SRE_FLAG_LOCALE | _c.SRE_FLAG_ASCII):
        return None
    classes, nullable = _first(parsed.data, bool(flags & _c.SRE_FLAG_IGNORECASE))
    if classes is None or nullable or not classes:
        return None
    if len(classes) > 1 and any(items and items[0][0] is _c.NEGATE for items in classes):
        return None  # a negated class is one set on its own; it cannot be joined to others
    return [item for items in classes for item in items]


# Characters beyond ASCII that a case-insensitive pattern matches for an ASCII letter:
# "İ" and "ı" for "i", "ſ" for "s", the Kelvin sign for "k" (the only ones there are).
_FOLDED_INTO_ASCII: Final = {"i": (0x130, 0x131), "s": (0x17F,), "k": (0x212A,)}


def _caseless(items: _Items) -> _Items | None:
    """``items`` with every case variant a case-insensitive match accepts, or None.

    Only ASCII letters are varied (with the four characters above); a class that holds
    another cased character, or is negated, is left to the engine.
    """
    c = _c
    chars: set[int] = set()
    kept: _Items = []
    for op, av in items:
        if op is c.CATEGORY:
            kept.append((op, av))  # digits, spaces, word characters: closed under case
            continue
        if op is c.LITERAL:
            codes = range(av, av + 1)
        elif op is c.RANGE and av[1] - av[0] < 1024:
            codes = range(av[0], av[1] + 1)
        else:
            return None
        for code in codes:
            ch = chr(code)
            if ch.isascii() and ch.isalpha():
                chars.update((ord(ch.lower()), ord(ch.upper())))
                chars.update(_FOLDED_INTO_ASCII.get(ch.lower(), ()))
            elif ch.lower() == ch and ch.upper() == ch:
                chars.add(code)
            else:
                return None
    return kept + [(c.LITERAL, code) for code in sorted(chars)]


def _first(data: list[tuple[Any, Any]], icase: bool) -> tuple[list[_Items] | None, bool]:
    """(the classes a match of ``data`` can open with, whether it can match nothing).

    None for the classes when they are not known.  Zero-width items (anchors,
    look-behinds, negative look-aheads) do not consume the character and are skipped: the
    set found is then larger than needed, never smaller.  ``icase``: case-insensitive here.
    """
    c = _c
    acc: list[_Items] = []
    for op, av in data:
        if op is c.AT or op is c.ASSERT_NOT or (op is c.ASSERT and av[0] < 0):
            continue
        if op is c.ASSERT:  # (?=X): the character here opens X
            classes, nullable = _first(av[1].data, icase)
            if classes is None or nullable:
                continue
            return acc + classes, False
        if op is c.LITERAL or op is c.IN:
            items = [(op, av)] if op is c.LITERAL else list(av)
            if icase:
                caseless = _caseless(items)
                if caseless is None:
                    return None, False
                items = caseless
            return acc + [items], False
        if op is c.SUBPATTERN or op is c.ATOMIC_GROUP:
            inner = icase
            if op is c.SUBPATTERN:
                added, removed = av[1], av[2]
                if (added | removed) & ~(c.SRE_FLAG_IGNORECASE | _SCOPED_HARMLESS):
                    return None, False  # (?a:...), (?L:...): other classes of characters
                inner = (icase or bool(added & c.SRE_FLAG_IGNORECASE)) and not (
                    removed & c.SRE_FLAG_IGNORECASE
                )
            classes, nullable = _first((av[3] if op is c.SUBPATTERN else av).data, inner)
            if classes is None:
                return None, False
            acc = acc + classes
            if not nullable:
                return acc, False
            continue
        if op is c.BRANCH:
            any_nullable = False
            for alternative in av[1]:
                classes, nullable = _first(alternative.data, icase)
                if classes is None:
                    return None, False
                acc = acc + classes
                any_nullable = any_nullable or nullable
            if not any_nullable:
                return acc, False
            continue
        if op is c.MAX_REPEAT or op is c.MIN_REPEAT or op is c.POSSESSIVE_REPEAT:
            low, _high, item = av
            classes, nullable = _first(item.data, icase)
            if classes is None:
                return None, False
            acc = acc + classes
            if low > 0 and not nullable:
                return acc, False
            continue
        return None, False  # ".", a negated literal, a back-reference, a condition
    return acc, True
