"""Initials written after a surname, as registers and caseload lists put them.

Own examples; markup as in ``privacy_finder_examples.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check  # noqa: E402

EXAMPLES = [
    "* mw [[person:Hasselbaink R.]] ([[person:Ruth]]): boodschappen dinsdag",
    "mw [[person:Amrani N.]] – tel. contact gehad",
    "Gesprek met dhr [[person:Yilmaz A.]]\nVervolg volgt.",
    "Overleg met [[person:Bakker R.M.]], de buurman.",
    # two people listed stay two names, a sentence's end stays outside
    "Ik sprak [[person:Jansen]]. Daarna belde de huisarts.",
]


@pytest.mark.parametrize("example", EXAMPLES)
def test_trailing_initials(example: str) -> None:
    assert not check(example)
