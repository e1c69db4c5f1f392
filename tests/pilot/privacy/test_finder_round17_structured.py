"""Seventeenth round, structured data: house numbers with "rd" or a letter and floor, an ISO
date after a place name, English ordinal days, a day-month before an appointment, a year
and serial with a spaced dash, and an organisation's switchboard number.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out sets 34 and 35; each
group also holds look-alikes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # a house number with "rd" (rood) or a letter and its floor after a dash
    "house_number_suffixes": [
        "mw. [[person:Bulut]] ([[address:Bosboom Toussaintstraat 19-rd]], [[postcode:3317 BS]]) belt",
        "woont op [[address:Gaffelstraat 44-b2]], [[postcode:3014 RK]]. Schimmel.",
        "adres [[address:Schiedamseweg 102-RD]] klopt",
        "verhuisd naar [[address:Kerkstraat 7-a1]].",
        # must stay: a bus line, a paper size, a plain code
        "bus 44-b2 rijdt niet",
        "print op A4 formaat",
        "lijn 19-rd is opgeheven",
    ],
    # an ISO date after a place name in a heading
    "iso_date_after_place": [
        "Intake Rotterdam Delfshaven [[date:2024-05-14]]: cliënt meldt zich",
        "Verslag Den Haag Laak [[date:2023-11-02]]:",
        "Volgende vergadering [[date:2022-04-06]].",
        # must stay: a version code, school years
        "versie 2024-05-14b van het rapport",
        "Jaarplan 2023-2024 is klaar",
        "het schooljaar 2023-2024",
    ],
    # an English ordinal day after a weekday, or after "Jan"/"Mar"
    "english_ordinal_days": [
        "I'll do the home visit [[date:thursday 23rd]] if that works.",
        "Since [[date:Jan 3rd]] alone in the house",
        "see you on [[date:Friday the 1st]]",
        "moved out [[date:Mar 11th]]",
        # must stay: a count after a weekday, a name before a count
        "Friday 3 people came",
        "[[person:Jan]] heeft 3 keer gebeld",
        "we ended 3rd in the league",
    ],
    # a day-month right before an appointment with its article
    "day_month_before_appointment": [
        "Belangrijk: mw [[person:bakker]] heeft [[date:5/4]] een zitting bij de rechtbank",
        "hij heeft [[date:5-6]] de intake bij MEE",
        "zij heeft [[date:3/2]] haar keuring",
        # must stay: counts, a score
        "hij heeft 2-3 gesprekken gehad",
        "uitslag 2-1 een mooie wedstrijd",
        "1-2 keer per week een gesprek",
    ],
    # a year and serial with a spaced dash after a cue
    "spaced_year_serial": [
        "Melding door [[person:Chris]] (welzijnscoach), MIC-nr [[dossier:MIC 2024 - 063]].",
        "zaaknummer [[dossier:2024 - 063]] loopt nog",
        # must stay: a year range, a count after the year
        "dossier 2023 - 2024 was zwaar",
        "in 2024 - 063 stuks verkocht",
    ],
    # an organisation's switchboard number stays readable
    "switchboard_numbers": [
        "De raadslieden zitten bij Dock, algemeen nummer 030-2363200 staat op hun site.",
        "het centrale nummer van Dock: 020-5551234",
        "hoofdnummer 088-1234567",
        # must stay hidden: a person's number, a number after the cue has moved on
        "haar nummer [[phone:030-2363200]]",
        "Het algemeen nummer staat op de site, mevrouw belt [[phone:06-12345678]]",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round17_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 30


def _labelled(text: str) -> dict[str, str]:
    return {f.text: f.label for f in find_personal_data(text)}


def test_switchboard_cue_does_not_reach_a_later_line() -> None:
    text = "Algemeen nummer: zie website.\nMevrouw zelf: 06-12345678"
    assert _labelled(text).get("06-12345678") == "phone"
