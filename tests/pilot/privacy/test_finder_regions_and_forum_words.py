"""Regions outside the Randstad and forum words stay readable (own examples).

Markup as in ``privacy_finder_examples.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check  # noqa: E402

EXAMPLES = [
    "Goede ervaringen met de {{org:GGD}} in Zuid-Limburg en in heel Twente.",
    "Het meldpunt van de GGD Noord Limburg en de ouderenbond in Drenthe.",
    "Mevrouw [[person:Limburg]] belde gisteren.",
    "Collega's van Walcheren tot Zeeuws-Vlaanderen kwamen naar de regiodag.",
    "Evaluatie bijeenkomst Zeeuwse en Brabantse wijkteams.",
    "Adres staat er nog in.\nMods, willen jullie dit weghalen?",
    "Admins: graag de naam van mevrouw [[person:Bos]] verwijderen.",
]


@pytest.mark.parametrize("example", EXAMPLES)
def test_regions_and_forum_words(example: str) -> None:
    assert not check(example)
