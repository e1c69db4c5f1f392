"""Sixteenth round, structured data: bare court requests, closing letter codes, sign-off
dates in brackets, month-before-day dates and a BSN broken over a PDF line end.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out sets 32 and 33: a court
number's request part may lack its serial ("C/09/654321 BW RK"); a letter code may close
an identifier ("HUUR-88120-RW"); a sign-off word carries its day in brackets ("afgemeld
(10-3)"); an American-style date puts the month first after a time preposition ("sinds
januari 12"); a PDF paste breaks a BSN into four and five digits after its cue.  Each
group also holds look-alikes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402
from pilot.privacy.patterns import find_structured  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # a court number whose request part has letters only
    "court_request_without_serial": [
        "Bronnen: rolnummer kantonrechter [[dossier:C/09/654321 BW RK]], beschikking",
        "zaak [[dossier:C/13/712004 FA RK]]. Zitting volgt",
        "de rechtbank ([[dossier:C/09/658834 / KG ZA]]) wees het af",
        "zaaknummer [[dossier:C/10/600122 HA ZA]] loopt nog",
        # must stay: letters after a plain number, a team code, a request with a serial
        "kamer 12 BW RK is dicht",
        "het team BW RK vergadert",
        "zaak [[dossier:C/09/512200 BW RK 16-2281]] is gesloten",
    ],
    # a letter code closing an identifier of letters and digits
    "closing_letter_codes": [
        "rekening [[iban:NL27RBRB3712008254]], nummer corporatie [[dossier:HUUR-88120-RW]]",
        "nummer woningstichting [[dossier:WS-44718-AB]].",
        "klantnummer [[dossier:KL-2291044-X]] graag vermelden",
        # must stay: a word after the code, a plain word, a year with a country
        "de route A-12 naar het zuiden",
        "zie bijlage B-2, pagina 4",
        "het vak WMO is leeg",
    ],
    # a day-month in brackets after a sign-off word
    "sign_off_dates": [
        "[[person:Koen]] – casusregisseur – afgemeld ([[date:10-3]])",
        "[[person:Anja]] – ziek ([[date:4-2]]), [[person:Piet]] – verhinderd ([[date:12-2]])",
        "wijkcoach – afwezig ([[date:3-6]])",
        "jongerenwerker gestopt ([[date:1-4]])",
        # must stay: a score, a frequency, a ratio without a sign-off word
        "de wedstrijd (3-1 gewonnen) was leuk",
        "gebeld (2-3 keer) zonder antwoord",
        "vrij (2-3 keer per week)",
        "uitslag (3-1) was goed",
    ],
    # the month before the day after a time preposition
    "month_day_dates": [
        "moeder zegt dat [[person:Sem]] sinds [[date:januari 12]] niet meer naar school gaat",
        "Sinds [[date:maart 3]] geen contact",
        "gebeld op [[date:maart 5, 2024]] over de huur",
        "de uitkering loopt tot [[date:december 31]].",
        # must stay: a year, counts after the month, a group
        "sinds januari 2024 woont zij hier",
        "vanaf januari 12 uur per week begeleiding",
        "per mei 3 kinderen in de groep",
        "groep januari 12 kinderen",
        "vanaf januari 2 keer per week",
        "sinds mei 12 tot 15 deelnemers",
    ],
    # a BSN broken four and five over a line end in a PDF paste, after its cue
    "wrapped_bsn": [
        "BSN [[bsn:5058 48661]] is bekend",
        # must stay: a number that fails the 11-check, no BSN cue
        "BSN 5058 48662 klopt niet",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round16_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 30


def test_four_five_bsn_needs_a_cue() -> None:
    text = "klantnummer 5058 48661"
    labels = {label for _, _, label, _ in find_structured(text)}
    assert "bsn" not in labels


def _labelled(text: str) -> dict[str, str]:
    return {f.text: f.label for f in find_personal_data(text)}


def test_bsn_wrapped_four_five_after_its_cue() -> None:
    text = "Adres-\ngegevens volgen.\nBurgerservice-\nnummer: 5058\n48661\nVerder niets."
    assert _labelled(text).get("5058\n48661") == "bsn"


def test_wrapped_four_five_without_bsn_cue_is_no_bsn() -> None:
    text = "Route-\nbeschrijving volgt.\nVolg-\nnummer: 5058\n48661\nVerder niets."
    assert "bsn" not in _labelled(text).values()


def test_wrapped_four_five_failing_the_check_is_no_bsn() -> None:
    text = "Adres-\ngegevens volgen.\nBurgerservice-\nnummer: 5058\n48662\nVerder niets."
    assert "bsn" not in _labelled(text).values()
