"""Professionals' initials in contact-journal lines (``journal_initials.py``).

Own examples, phrased for this module; markup as in ``privacy_finder_examples.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check  # noqa: E402

FOUND = [
    # a journal head: date (and time), contact type, author, in any order of separators
    "[[date:03-06-2024]] 09:40 | telefonisch | [[person:PdV]]\nDhr. belt over de huur.",
    "[[date:2024-06-04]] 11:15 – huisbezoek – [[person:JK]]\nKeuken schoon, post geopend.",
    "[[date:12.06.24]] 14:00 | HB | [[person:LmK]]\nNo show, kaartje achtergelaten.",
    "[[date:05-06]] [[person:GS]] HB. koelkast leeg, voedselbank gebeld",
    "[[date:7/6]] tel. [[person:wb]]\nzus belt terug",
    "[[date:9/6]] [[person:tk]] hb bij dhr, alles rustig",
    "[[date:18 juni]], [[person:EH]], huisbezoek met tolk",
    "[[date:2 jul]] [[person:BvR]] tel. met de huisarts",
    "[[person:KH]] [[date:26-6]]: dhr opgenomen in het ziekenhuis",
    "Journaal [[date:01-07-2024]], [[person:AS]], telefonisch\nMw. belt zelf.",
    # an author field, a closing bracket, a sign-off
    "Behandelaar: [[person:JdW]], eerste gesprek volgt.",
    "Notitie huisbezoek [[date:dinsdag 9 juli]] ([[person:RvB]])\nMw. ontving mij vriendelijk.",
    "Afspraak bevestigd per brief. ([[person:TS]])",
    "zie verslag (notitie [[date:10-7]], [[person:MB]])",
    "Mw. wil graag een tweede gesprek.\n[[person:HvD]]",
    "Zus komt morgen langs met de sleutel. — [[person:NK]]",
    # initials standing for a client whose date of birth follows; a note signed by dash
    "1. [[person:K.v.d.H.]], [[date:14-02-1971]], inbreng GGD\n2. [[person:P.S.]], [[date:3-9-1990]]",
    "Bel je me terug op [[phone:06 2233 4455]]? – [[person:marloes]]",
]

LEFT_ALONE = [
    # abbreviations in the same places
    "[[date:03-06-2024]] | HB | MDO gepland\nMet GGD en CJG.",
    "[[date:12-06]] MDO met SHV en POH over dhr.",
    "Behandelaar: GGZ, eerste gesprek volgt.",
    "Aanmelding via het CJG (VT).",
    "De aanvraag ligt bij het UWV. (WW)",
    "[[date:14-3-2024]] | vz [[person:Noor]] | notulist [[person:Dewi]]",
    "Datum bezoek: [[date:25-02-2025]]\nClt: dhr. [[person:Farah]]",
    "ff lachen tussendoor: dhr [[person:Visser]] vroeg iets",
    # a date without an author: the entry's text follows at once
    "[[date:03-06]] dhr belt, wil een afspraak",
    "[[date:4/6]] mw ziek, afspraak verzet",
    "Overleg op [[date:5-6]] met de wijkagent.",
    "Zie art. 3.2, besluit van [[date:12-01-2024]].",
    "Fijn weekend allemaal. – groet",
]


@pytest.mark.parametrize("example", FOUND)
def test_journal_initials_found(example: str) -> None:
    assert not check(example)


@pytest.mark.parametrize("example", LEFT_ALONE)
def test_journal_look_alikes_left_alone(example: str) -> None:
    assert not check(example)
