"""Text pasted from a PDF: personal data broken over line ends is still found whole.

Examples written for this rule (not taken from a corpus), with look-alikes whose line
structure must not change: forms, lists and letters without hyphenated line ends.
"""

from __future__ import annotations

import pytest

from pilot.privacy import find_personal_data
from pilot.privacy.line_wraps import is_wrapped


def _covered(text: str, part: str, label: str | None = None) -> bool:
    start = text.index(part)
    chars = set()
    for f in find_personal_data(text):
        if label is None or f.label == label:
            chars.update(range(f.start, f.end))
    return all(i in chars or text[i].isspace() for i in range(start, start + len(part)))


PDF = [
    # (text, broken piece that must be covered, label)
    (
        "Melding over mevrouw Ka-\nrima Bou-\nzid, zij is be-\nkend bij het team.",
        "Ka-\nrima Bou-\nzid",
        "person",
    ),
    (
        "De cliënt is gebo-\nren op 14 fe-\nbruari 1983 en woont al-\nleen.",
        "14 fe-\nbruari 1983",
        "date",
    ),
    (
        "Hij woont op de Wouwer-\nmanstraat 41, 2525\nHK Den Haag, drie hoog be-\nneden.",
        "Wouwer-\nmanstraat 41",
        "address",
    ),
    (
        "Hij woont op de Wouwer-\nmanstraat 41, 2525\nHK Den Haag, drie hoog be-\nneden.",
        "2525\nHK",
        "postcode",
    ),
    (
        "Te bereiken via de doch-\nter op 06 -\n4127 8890, of per mail aan-\nvragen.",
        "06 -\n4127 8890",
        "phone",
    ),
    (
        "Ge-\nboortedatum: 03-\n11-1975 volgens de aan-\nmelding.",
        "03-\n11-1975",
        "date",
    ),
    (
        "Contact met de be-\nwindvoerder liep via m.ver-\nhoeven@\nbewindhaag.nl tot ja-\nnuari.",
        "hoeven@\nbewindhaag.nl",
        "email",
    ),
]


@pytest.mark.parametrize(("text", "piece", "label"), PDF)
def test_data_broken_over_line_ends_is_found_whole(text: str, piece: str, label: str) -> None:
    assert is_wrapped(text)
    assert _covered(text, piece), (piece, find_personal_data(text))


def test_the_findings_do_not_overlap_and_are_sorted() -> None:
    text = "Over mevrouw Ka-\nrima Bou-\nzid (gebo-\nren 14-\n02-1983), Hobbe-\nmastraat 12."
    found = find_personal_data(text)
    assert found == sorted(found, key=lambda f: f.start)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert _covered(text, "Ka-\nrima Bou-\nzid")
    assert _covered(text, "14-\n02-1983")


LEFT_AS_WRITTEN = [
    # forms and lists without a hyphenated line end: no joining at all
    "Naam: Kevin\nAdres: onbekend\nTelefoon: geen",
    "Agenda\n1. Opening\n2. Casus\n3. Rondvraag",
    "Beste collega,\nDank voor je bericht.\nGroet, Team Laak",
]


@pytest.mark.parametrize("text", LEFT_AS_WRITTEN)
def test_texts_without_hyphenated_line_ends_are_not_joined(text: str) -> None:
    assert not is_wrapped(text)


def test_a_line_that_ends_a_sentence_is_not_joined_to_the_next() -> None:
    # the hyphenated word makes it a PDF paste, but "Jansen." ends its sentence and
    # "Verder" opens a new one: joining them would make "Jansen Verder" a name
    text = "Het ge-\nsprek was met de heer Jansen.\nVerder geen bij-\nzonderheden."
    names = [f.text for f in find_personal_data(text) if f.label == "person"]
    assert names == ["Jansen"]


def test_ordinary_hyphenated_words_stay_readable() -> None:
    text = "De eerste-\nlijnszorg en de wijk-\nverpleging werken samen in Moerwijk."
    assert find_personal_data(text) == []


def test_a_list_item_on_the_next_line_stays_apart() -> None:
    text = "Afspraken met de be-\nwindvoerder:\n- bellen over de huur\n- Peter mailt de brief"
    names = [f.text for f in find_personal_data(text) if f.label == "person"]
    assert names == ["Peter"]
