"""Ninth round of person examples: local places and organisations of all Dutch municipalities.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found, ``{{kind:text}}``
must stay untouched, and any other finding is a false positive.  The groups follow the
failure classes of held-out sets 19-20, in wordings of our own: neighbourhoods, villages and
organisations from the gazetteers (``data/neighbourhoods.txt``, ``data/organisations.txt``),
entries that are also names (only a place/organisation in a place/organisation slot),
unknown capitalised words in such slots, and regional first names.
Each group also holds look-alikes that must stay untouched or must be found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # gazetteer entries that are no name: never a person, wherever they stand
    "gazetteer": [
        "[[person:Marit]] woont sinds 2010 in {{wijk:Kanaleneiland}} en wil verhuizen.",
        "Overleg met {{org:Tiwos}} over de huurachterstand van [[person:Sven]].",
        "De buurt {{wijk:Overvecht}} heeft een eigen inloop; [[person:Guus]] komt daar graag.",
        "Na de opname bij {{org:Isala}} volgt thuiszorg via {{org:Envida}}.",
        "Hij deed mee aan een cursus van {{org:Rijnstad}} in {{wijk:Presikhaaf}}.",
        "{{org:Zorgboog}} komt twee keer per week langs bij [[person:Fenna]].",
        "Casusoverleg {{wijk:Vathorst}}: [[person:Jelmer]] brengt de casus in.",
    ],
    # entries that are also names: a place/organisation only in such a slot
    "ambiguous": [
        "Adres: [[address:Middelweg 12]], Zwolle ({{wijk:Berkum}}).",
        "Het sociaal wijkteam {{wijk:Broekhoven}} neemt de casus over.",
        "Ze bezoekt de inloop van {{org:Vitalis}} op dinsdag.",
        "Mevrouw [[person:Berkum]] belde over de rekening van de energie.",
        "[[person:Theresia]] belde gisteren in paniek over de huur.",
        "[[person:Hoogland]] zegt dat de huur te hoog is.",
    ],
    # unknown capitalised words in an organisation or place slot stay readable
    "org_slots": [
        "Melding bij Veilig Thuis Regio {{org:Noordwoud}} gedaan.",
        "Aanmelding loopt via {{org:CJG Zeeveld}} en de school.",
        "Hij is aangemeld bij {{org:Kredietbank Westhoek}} voor saneringskrediet.",
        "Samen met [[person:Harm]] (SPV, {{org:Amaris}}) op huisbezoek geweest.",
        "Maatje via {{org:Dravers Welzijn}} geregeld voor de zondag.",
        "Huisarts: praktijk {{org:De Esdoorn}}, tel. volgt.",
        "Sociaal Team {{wijk:Eemsdelta}}, {{wijk:Oosterhorn}}",
        "Het gezin [[person:De Vries]] woont op driehoog.",
    ],
    # regional first names alone in a closing or a bracket
    "regional_names": [
        "Ingebracht door [[person:Thei]] (opbouwwerker).",
        "Ik bel morgen terug. — [[person:Marij]]",
        "Tot dinsdag,\n[[person:Akke]]",
        "Wijkteam: [[person:Sawsan]].",
        "Gesproken met [[person:Harie Smeets]] over zijn schulden.",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round9_person_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 25
