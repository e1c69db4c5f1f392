"""The search syntax people know, parsed once for every engine.

Words are ANDed, "quoted phrases" must appear as written, -word excludes.
Everything else (AND, OR, parentheses, *, SQL fragments, emoji) is treated as
plain text, so no input can reach an engine as syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD = re.compile(r"[0-9a-zà-ÿ]+", re.IGNORECASE)
_OPERATORS = {"and", "or", "not", "near"}


def fold(text: str) -> str:
    """Lower case without diacritics, like SQLite's unicode61 tokenizer."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


_VOWELS = "aeiou"


def dutch_stem(word: str) -> str:
    """A light Dutch suffix stripper: schulden -> schuld, wijkteams -> wijkteam.

    Used as a prefix match, so it only has to cut, never to be exact.
    """
    w = fold(word)
    if len(w) <= 4:
        return w
    for suffix, repl in (
        ("heden", "heid"),
        ("ingen", "ing"),
        ("etjes", ""),
        ("tjes", ""),
        ("jes", ""),
        ("tje", ""),
        ("je", ""),
        ("eren", "er"),
        ("en", ""),
        ("'s", ""),
        ("s", ""),
        ("e", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) + len(repl) >= 4:
            if suffix == "s" and (w[-2] in _VOWELS or w.endswith("ss")):
                continue
            w = w[: len(w) - len(suffix)] + repl
            break
    # undouble a final consonant: bakk -> bak, groepp -> groep
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in _VOWELS:
        w = w[:-1]
    return w


def stem_variants(word: str) -> list[str]:
    """The stem plus its open/closed syllable spelling: probleem <-> problem."""
    stem = dutch_stem(word)
    variants = [stem]
    m = re.search(r"([^aeiou])([aeiou])\2([^aeiou])$", stem)
    if m:  # probleem -> problem (problemen)
        variants.append(stem[: m.start(2)] + m.group(2) + m.group(3))
    else:
        m = re.search(r"[^aeiou]([aeiou])([^aeiou])$", stem)
        if m and len(stem) >= 5 and not re.search(r"[aeiou]{2}.$", stem):
            variants.append(stem[: m.start(1)] + m.group(1) * 2 + m.group(2))
    return list(dict.fromkeys(v for v in variants if len(v) >= 2)) or [fold(word)]


@dataclass
class ParsedQuery:
    raw: str = ""
    terms: list[str] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    excluded_phrases: list[list[str]] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.terms or self.phrases)

    @property
    def highlight_words(self) -> list[str]:
        out = list(self.terms)
        for phrase in self.phrases:
            out.extend(phrase)
        return out

    def normalized(self) -> str:
        parts = list(self.terms)
        parts += [f'"{" ".join(p)}"' for p in self.phrases]
        parts += [f"-{t}" for t in self.excluded]
        parts += [f'-"{" ".join(p)}"' for p in self.excluded_phrases]
        return " ".join(parts)


def parse_query(raw: str | None) -> ParsedQuery:
    """Turn user input into terms, phrases and exclusions; never raises."""
    raw = (raw or "").replace("\x00", " ")
    parsed = ParsedQuery(raw=raw)
    if len(raw) > MAX_QUERY_LENGTH:
        raw = raw[:MAX_QUERY_LENGTH]
        parsed.messages.append(
            _("Je zoekvraag was erg lang; we zochten op de eerste %(n)s tekens.")
            % {"n": MAX_QUERY_LENGTH}
        )
    if raw.count('"') % 2:
        raw = raw + '"'
    for neg, phrase, bare in _TOKEN.findall(raw):
        if phrase or (neg and not bare):
            tokens = words(phrase)
            if not tokens:
                continue
            if len(tokens) == 1:
                (parsed.excluded if neg else parsed.terms).append(tokens[0])
            else:
                (parsed.excluded_phrases if neg else parsed.phrases).append(tokens)
            continue
        negative = bare.startswith("-") and len(bare) > 1
        tokens = words(bare)
        for i, token in enumerate(tokens):
            if token in _OPERATORS and bare.isupper():
                continue
            if negative and i == 0:
                parsed.excluded.append(token)
            else:
                parsed.terms.append(token)
    total = len(parsed.terms) + len(parsed.phrases)
    if total > MAX_TERMS:
        parsed.terms = parsed.terms[:MAX_TERMS]
        parsed.phrases = parsed.phrases[: max(0, MAX_TERMS - len(parsed.terms))]
        parsed.messages.append(
            _("We gebruikten alleen de eerste %(n)s woorden.") % {"n": MAX_TERMS}
        )
    parsed.terms = list(dict.fromkeys(parsed.terms))
    if raw.strip() and parsed.is_empty and not parsed.excluded and not parsed.excluded_phrases:
        parsed.messages.append(
            _("We vonden geen woorden om op te zoeken in je zoekvraag; hieronder staat alles.")
        )
    return parsed


def fts5_expression(parsed: ParsedQuery) -> str:
    """An SQLite FTS5 MATCH expression: stems as prefixes, phrases quoted, NOT for exclusions.

    Only [0-9a-z] reaches the expression, each token quoted, so it cannot be
    syntax. Returns "" when nothing positive is asked for.
    """
    parts = []
    for term in parsed.terms:
        alts = [f'"{v}"*' for v in stem_variants(term)]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    for phrase in parsed.phrases:
        parts.append('"' + " ".join(phrase) + '"')
    if not parts:
        return ""
    expr = " AND ".join(parts)
    negatives = [f'"{v}"*' for t in parsed.excluded for v in stem_variants(t)]
    negatives += ['"' + " ".join(p) + '"' for p in parsed.excluded_phrases]
    if negatives:
        expr = f"({expr}) NOT ({' OR '.join(negatives)})"
    return "{title body} : (" + expr + ")"
