"""The cue index gives exactly what repeated ``str.find`` gives, for every cue and text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pilot.privacy import cue_index
from pilot.privacy.cue_index import cues, positions

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "anonymisation"
HERE = Path(__file__).resolve().parent


def _finds(text: str, cue: str) -> list[int]:
    out = []
    i = text.find(cue)
    while i >= 0:
        out.append(i)
        i = text.find(cue, i + 1)
    return out


def test_find_all_is_repeated_str_find():
    text = "gebeld, gebeld en gebeldgebeld; mw mw. en dhr" * 3
    for cue in ("gebeld", "mw", "dhr", "x", "eld g"):
        assert cue_index.find_all(text, cue) == _finds(text, cue)


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in (SHARED / "dev.jsonl").open()][::4]
    for path in sorted(HERE.glob("heldout*.jsonl"))[::5]:
        texts += [json.loads(line)["text"] for line in path.open() if line.strip()][::20]
    return texts


def test_the_automaton_is_in_use():
    """pyahocorasick is a runtime requirement: without it the finder is only slower."""
    assert cue_index._AC is not None


def test_registered_cues_are_found_where_str_find_finds_them():
    registered = sorted(cue_index._REGISTERED)
    assert len(registered) > 100  # the finder's modules registered theirs at import
    checked = 0
    for text in _texts() + [t.lower() for t in _texts()[::3]]:
        for cue in registered:
            assert positions(text, cue) == _finds(text, cue), (cue, text[:80])
            checked += 1
    assert checked > 50_000


@pytest.mark.parametrize(
    "text",
    [
        "",
        "mw",
        "Gebeld met mw. Jansen 🙂 over de huur; daarna gebeld met dhr. gebeld gebeldgebeld.",
        "😀😀 emoji voor de cue: heb jij haar gebeld? 𝒜 wiskunde-letters en dan gezien",
        "ﬁ ligatuur, İstanbul, ı, ß en dan toch gemaild en nog eens gemaild " * 3,
    ],
)
def test_any_unicode_gives_positions_in_characters(text):
    for cue in ("gebeld", "gemaild", "gezien", "mw", "dhr", "met "):
        assert positions(text, cue) == _finds(text, cue)


def test_overlapping_occurrences_are_all_given():
    cues("aa", "aaa")
    text = "x" * cue_index.SHORT + "aaaa baaab"
    assert positions(text, "aa") == _finds(text, "aa") == [48, 49, 50, 54, 55]
    assert positions(text, "aaa") == [48, 49, 54]


def test_a_cue_registered_later_rebuilds_the_automaton():
    text = "het woord onregistreerbaar komt hier voor, en nog een keer: onregistreerbaar."
    assert positions(text, "onregistreerbaar") == _finds(text, "onregistreerbaar")  # by find
    cues("onregistreerbaar")
    assert "onregistreerbaar" in cue_index._REGISTERED
    assert positions(text, "onregistreerbaar") == _finds(text, "onregistreerbaar") == [10, 60]


def test_present_and_any_present_agree_with_positions():
    """present() lists exactly the words positions() finds, in the order asked."""
    from pilot.privacy.cue_index import any_present, present

    words = ("gebeld", "januari", "maart", "nummer", "nooit-geregistreerd-woord", "twee")
    cue_index.cues(*words[:4])
    for text in _texts() + ["kort: twee", "", "gebeld op 3 maart, nummer twee"]:
        low = text.lower()
        for s in (text, low):
            want = [(w, positions(s, w)) for w in words if positions(s, w)]
            assert present(s, words) == want
            assert any_present(s, words) == bool(want)


def test_has_any_is_any_word_in_the_text():
    """has_any() answers as ``any(w in text ...)``, indexed or not, registered or not."""
    from pilot.privacy.cue_index import has_any, prepare

    words = ("gebeld", "maart", "nooit-geregistreerd-woord", "twee")
    cue_index.cues(*words[:2])
    for text in _texts() + ["kort: twee", "", "gebeld op 3 maart, nummer twee"]:
        for s in (text, text.lower()):
            for k in range(len(words)):
                want = any(w in s for w in words[k:])
                assert has_any(s, words[k:]) == want
                prepare(s)
                assert has_any(s, words[k:]) == want
