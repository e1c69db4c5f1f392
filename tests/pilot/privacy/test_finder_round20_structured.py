"""Twentieth round, structured data: the client's number in creditor lists and tables, a
"kenmerken" list without a colon, compounds of "contract" and "polis", "cl." numbers, court
petition numbers, energy meter EAN codes, registered-mail tracking codes; dates after a case
number and a dash, after a state word, a cell's "voor", an event with a colon or a bracket;
streets without a street word before a comma and a place; PO boxes of organisations.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow failure classes of an unseen evaluation; each group also
holds look-alikes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # an organisation, the client's number there and an amount
    "creditor_lines": [
        "Schulden:\nDunea\t[[dossier:510.228.447]]\t€ 311,90",
        "Schulden:\n- Wehkamp [[dossier:4412093]] – € 688\n- Ziggo [[dossier:8826 1140 3]] – € 1.213",
        "Belastingdienst\t[[dossier:1123.45.678.H.16]]\t€ 4.388,00",
        # must stay: an amount, a year or a count between the creditor and the amount
        "Schulden:\n- Huur 1.250 – € 300\n- Zilveren Kruis 2024 – € 88",
        "- Energie 12.500 – € 1.250 per jaar",
        "Dunea\t311,90\t€ 311,90",
    ],
    # a plural cue and its list without a colon; a code and its grouped number
    "cued_lists_and_codes": [
        "De schuldeisers (kenmerken [[dossier:5512 0030 8891 2277]] e.a.) zijn aangeschreven.",
        "Zorgverzekering polis [[dossier:ZK 221 773 009]] is opgezegd.",
        "Het BSN [[bsn:221 773 009]] staat op de brief.",
        # must stay: counts after a plural cue
        "meldingen 12 14 16 van de buren",
        "er zijn zaken 3 keer besproken",
    ],
    # compounds of "contract" and "polis" as a number's label
    "compound_labels": [
        "Uw kenmerk: huurcontract [[dossier:0345-118-07]]",
        "Het huurcontract [[dossier:0345-118-07]] loopt af.",
        "De zorgpolis [[dossier:88123456]] is omgezet.",
        # must stay: a year, a duration
        "het huurcontract 2024 is verlengd",
        "een jaarcontract van 12 maanden",
    ],
    # "cl." for the client's number; a court petition number
    "client_and_petition_numbers": [
        "Aanvraag beschermingsbewind (cl. [[dossier:20240388]])",
        "Meneer (cl.nr. [[dossier:88214]]) gooit zijn post weg.",
        "Het rekestnummer: [[dossier:FA RK 24-4471]] is bekend.",
        "Zitting in de zaak [[dossier:KG ZA 24-311]] volgt.",
        # must stay: an age after "cl.", a date after a petition-like word
        "cl. 81 jr, valt regelmatig",
        "RK 24 jaar in dienst",
    ],
    # energy meter EAN codes and registered-mail tracking codes
    "meter_and_tracking_codes": [
        "EAN-code: [[dossier:871687120053418265]]",
        "EAN elektriciteit [[dossier:871685900000417736]] staat op de jaarnota.",
        "De brief ging aangetekend ([[dossier:3SDEVC4412887]]) de deur uit.",
        "Aangetekend verstuurd met [[dossier:RR123456785NL]] gisteren.",
        # must stay: an amount, a short number, a word of capitals
        "het verbruik was 8712 kWh",
        "3S-model van de meter",
        "NL is het land van herkomst",
    ],
    # dates after a case number, a state word, a cell's "voor", an event
    "dates_in_notes": [
        "Zaak [[dossier:ZSM-2024-11702]] – [[date:28 augustus 2024]]",
        "Bijzondere bijstand status: aangevraagd [[date:10-4]]",
        "Aanvraag (cl. [[dossier:20240388]])\tvoor [[date:5/4]]",
        "to do's n.a.v. MDO [[date:12-1]]:\n- bellen",
        "We hebben het tweede gesprek gehad ([[date:11/9]]).",
        # must stay: a share after the same words, a zero ending a number before a month
        "aangevraagd 2/3 van de ouders",
        "voor 1/2 van de kosten",
        "in 106 februari-dossiers",
        "het gesprek duurde (1/2 uur)",
    ],
    # streets without a street word before a comma and a place
    "streets_before_a_place": [
        "haar vriend [[person:Dennis Koster]], [[address:Rapenburg 103]], Leiden",
        "zus woont [[address:Oude Rijn 12-III]], Leiden",
        "moeder: [[person:Samira]] (38), [[address:Hobbemastraat 141-III]]",
        # must stay: a class, a chapter, a room before a place
        "Groep 7, Utrecht",
        "Hoofdstuk 3, Den Haag",
        "Kamer 12, Den Haag",
    ],
    # an organisation's PO box and its postcode: its mail room, no one's home
    "po_boxes": [
        "Stuur het naar Postbus 30412, 2500 GK Den Haag.",
        "CAK\nPostbus 1014\n3000 BA Rotterdam",
        "Haag Wonen\nPostbus 16088 | 2500 BB Den Haag",
        "Antwoordnummer 1234, 2500 VB Den Haag",
        # a person's own postcode elsewhere is still found, and a box on their own record
        "CAK\nPostbus 1014\n3000 BA Rotterdam\n\nMevrouw woont op [[address:Leyweg 12]], "
        "[[postcode:2545 CK]]",
        "Post: [[address:Postbus 12345]], [[postcode:2500 AA]] Den Haag",
    ],
}

CASES = [(group, ex) for group, examples in GROUPS.items() for ex in examples]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round20_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 40


def _labelled(text: str) -> dict[str, str]:
    return {f.text: f.label for f in find_personal_data(text)}


def test_petition_number_stays_part_of_the_court_number() -> None:
    # the petition number alone must not split the court number it ends
    labels = _labelled("zaaknr. C/09/645321 / BM RK 24-1187 bij de kantonrechter")
    assert labels == {"C/09/645321 / BM RK 24-1187": "dossier"}


def test_grouped_number_is_no_foreign_phone() -> None:
    # "0030 ..." after a group of four digits continues that number
    labels = _labelled("(kenmerken 5512 0030 8891 2277)")
    assert "phone" not in labels.values()
