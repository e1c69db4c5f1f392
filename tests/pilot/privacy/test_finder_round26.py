"""Twenty-sixth round: formal documents of other municipalities (a floor after a slash,
"16/1"; the street line of a letter's address block without a street word; case numbers of
letter codes and digits joined by dots, with a team's letters after a slash, or a court
number typed with spaces round its slashes; a client named by initials with an age), and
messages written in English, whose words opening a sentence are no names.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow failure classes of held-out sets 79 and 81; each group
also holds look-alikes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # a floor after a slash where the address ends (a postcode, "te", a line end)
    "slash_floors": [
        "Betreft: mevrouw [[person:Hoekstra]], [[address:Tuinstraat 18/2]], [[postcode:8911 AB]] Leeuwarden",
        "Cliënt woont aan de [[address:Groenelaan 204/1]] te Sneek",
        "Adres: [[address:Harlingerweg 7/3]]\nTelefoon: [[phone:058-2134455]]",
        # must stay: a day and month after a neighbourhood, a fraction of an hour
        "casusoverleg {{wijk:Emmermeer}} [[date:9/8]] om 10 uur",
        "overleg {{wijk:Emmermeer}} [[date:9/3]]",
        "werkt 1/2 dag per week",
    ],
    # the street line of a letter's address block, above its postcode line
    "letter_blocks": [
        "Aan de heer [[person:P. Zijlstra]]\n[[address:Hoogeind 44-hs]]\n[[postcode:7411 BS]] Deventer",
        "Mevrouw [[person:K. Bos]]\n[[address:Brink 3 bis]]\n[[postcode:9401 HS]]  ASSEN",
        # must stay: a team and its postcode in a letterhead, a PO box
        "Team 3\n[[postcode:2516 AB]] Den Haag",
        "Postbus 12\n7400 GC Deventer",
    ],
    # letter codes and digits joined by dots, a serial with a team's letters, a court number
    "coded_case_numbers": [
        "Verslag ({{org:Sociaal Wijkteam}} | [[dossier:2024.ZW.51877]])",
        "dossier [[dossier:Z.23.80014]] afgesloten",
        "stand van zaken [[dossier:22AP.SH.7781]] per maand",
        "Wijkteam Noord | [[dossier:25-104477/NO]]",
        "Rekestnummer: [[dossier:C/05 / 7712345 FA RK 24-1180]]",
        # must stay: a version number, a section, a dotted date
        "versie 2.3.1 van het protocol, artikel 7.2 lid 14",
        "volgens richtlijn R.4.2 van het team",
    ],
    # a client named by initials: after "Casus", or with an age in brackets
    "initials_with_age": [
        "Casus: [[person:L.A.]] (78 jr)",
        "Casus: [[person:H.H.d.G.]] (69 jr)",
        "besproken: het kind [[person:J.W.]] (12 jaar) en de moeder",
        # must stay: a unit with a count, an abbreviation with a number
        "groep 7 (11 jaar) doet mee",
    ],
    # English words opening a sentence or standing alone are no names; names still are
    "english_words": [
        "Apologies for writing in English. Salary comes on my account late.",
        "My daughter [[person:Ola]] called the police. Police said I must wait.",
        "Lately she is sad, and the neighbours complain about noise.",
        "Hi, I am [[person:Favour Mensah]], the sister of [[person:Sunny]].",
        "Kind regards,\n[[person:Sunday Okafor]]",
    ],
}

CASES = [(f"{group}-{i}", ex) for group, exs in GROUPS.items() for i, ex in enumerate(exs)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round26_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 25
