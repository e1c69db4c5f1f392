"""Matching e-mail patterns from their "@" signs gives exactly what ``finditer`` gives."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from pilot.privacy.mail_matches import around_at
from pilot.privacy.patterns import EMAIL
from pilot.privacy.persons import _EMAIL_LOCAL

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "anonymisation"
HERE = Path(__file__).resolve().parent

# (pattern, the run's characters besides \w, where its look-behind still lets a match start)
PATTERNS = [(EMAIL, ".+'-", ""), (_EMAIL_LOCAL, ".+-", ".")]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def _agree(text: str) -> None:
    for rx, local, starts_after in PATTERNS:
        assert _spans(around_at(rx, text, local, starts_after)) == _spans(rx.finditer(text)), (
            rx.pattern,
            text,
        )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "@",
        "mail j.de.vries@wijkteam.nl of info@x.nl",
        "a@b.cc.x@y.nl",  # the second match starts inside the first one's run
        "x-y@z.nl+p.q@r.org",
        "naam@@dubbel.nl en @los en naam@ zonder domein",
        "één.tweé@voorbeeld.nl; ö'brien@mail.ie",
        "a.b.c.d@e" + "f" * 40 + ".nl",
        "woord" * 50 + "@x.nl",
    ],
)
def test_examples_agree_with_finditer(text):
    _agree(text)


def test_random_texts_agree_with_finditer():
    rng = random.Random(5)
    alphabet = "ab.@-+'_ xé1\n,Z"
    for _ in range(20_000):
        _agree("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))))


def test_corpus_texts_agree_with_finditer():
    texts = [json.loads(line)["text"] for line in (SHARED / "dev.jsonl").open()]
    for path in sorted(HERE.glob("heldout*.jsonl"))[::3]:
        texts += [json.loads(line)["text"] for line in path.open() if line.strip()]
    assert sum("@" in t for t in texts) > 100
    for text in texts:
        _agree(text)
