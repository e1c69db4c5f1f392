"""Sixth round of adversarial examples (issue #5), written for the rules that pass them.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out set 14, in wordings of
our own: a lower-case name after a "+" or "ps:" note bullet, a quoted nickname after
"bijnaam", a word-name right before a BSN or before a parenthesised relation
("(een kennis ...)"), a lower-case name in apposition after an age ("van 15, noor, die"),
a particle plus a word-surname as a clause subject ("dat de Vos al"), a bare capitalised
word opening a sentence before "doet het goed" or "woont bij" ("Zon doet het beter"), and two false-hit
classes: an English month before a year, and a service compound after "van"
("van het Schuldenloket", "van Jeugdteam Escamp").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # a lower-case name after a "+" or "ps:" bullet in a quick note
    "note_bullet": [
        "gesprek gehad. + [[person:ruben]] even op de hoogte brengen.",
        "- ps: [[person:daan]] nog bellen over de huur",
        "afspraak staat, + [[person:femke]] zelf laten kiezen",
        "ps [[person:wietske]] even mailen voor vrijdag",
        "p.s. [[person:jolien]] ook uitnodigen",
        "+ [[person:sem]] even terugbellen morgen",
        # must stay: a pronoun, a role or a word that is no name
        "+ hij even laten weten",
        "ps: zelf nog even navragen",
        "+ wijkagent even informeren",
        "- ps: dossier even bijwerken",
        "+ gemeente even bellen",
        "het totaal is 3 + 4 even snel uitgerekend",
    ],
    # whatever stands quoted after "bijnaam" or "roepnaam"
    "nickname": [
        'Zijn vriend [[person:Marco]] (bijnaam "[[person:Tito]]") hielp mee.',
        "Zij heet officieel [[person:Johanna]] maar roepnaam '[[person:Joke]]'.",
        'Hij luistert alleen naar zijn bijnaam "[[person:Bolle]]".',
        "Ze noemen hem bij zijn bijnaam: ‘[[person:Kiki]]’.",
        # must stay: a nickname mentioned without one
        "Hij heeft een bijnaam op school, maar die wil hij niet noemen.",
        'Het woord "bijnaam" staat niet in het formulier.',
    ],
    # a capitalised word right before a BSN
    "name_before_bsn": [
        "Kinderen: [[person:Roos]] [[bsn:111222333]] en [[person:Mees]] [[bsn:123456782]].",
        "Aangevraagd voor [[person:Zomer]] [[bsn:232 262 536]] en haar broer.",
        "Gegevens: [[person:Noor]] [[bsn:111.222.333]], woont bij moeder.",
        # must stay: a label before the number
        "Burgerservicenummer [[bsn:123456782]] is gecontroleerd.",
        "Kenmerk [[bsn:123456782]] staat op de brief.",
        "Dossiernummer [[dossier:2023-04711]] erbij gezet.",
    ],
    # a capitalised word described as a relation in brackets
    "name_relation": [
        "Zij vroeg of [[person:Linde]] (een vriendin van school) mee mocht.",
        "Hij logeert bij [[person:Storm]] (zijn oom uit Delft) tot maart.",
        "We belden met [[person:Vlinder]] (de buurvrouw van boven) over de sleutel.",
        "Toen kwam [[person:Jasmijn]] (haar zus) erbij zitten.",
        # must stay: places and organisations before a bracket
        "Ze ging naar {{area:Moerwijk}} (een wijk in Den Haag) om te wonen.",
        "Hij werkt bij de {{org:Voedselbank}} (een vrijwilliger daar hielp).",
        "Het gesprek ging over Geld (een oud probleem) en over school.",
    ],
    # a lower-case name in apposition after an age
    "age_apposition": [
        "ze heeft een zoon van 12, [[person:mees]], die slecht slaapt",
        "een jongen van 15, [[person:ilias]], die vaak spijbelt",
        "er is een dochter van 9 jaar, [[person:noor]], die bij oma woont",
        # must stay: words after an age
        "een man van 45, alleenstaand, die weinig eet",
        "een vrouw van 60, weduwe, die alleen woont",
    ],
    # a particle plus a word-surname as the subject of a clause
    "particle_subject": [
        "De buurman zei dat de [[person:Vos]] al weken niet buiten kwam.",
        "Ik weet niet of van [[person:Dijk]] nog een uitkering heeft.",
        "Zij merkte toen de [[person:Bruin]] niet kwam opdagen.",
        "Het bleek dat van der [[person:Meer]] ook schulden had.",
        # must stay: a place or organisation in the slot
        "Hij zei dat de {{org:GGD}} al gebeld had.",
        "Zij vroeg of de {{org:Voedselbank}} nog open is.",
        "Het bleek dat de gemeente al betaald had.",
    ],
    # a bare capitalised word opening a sentence as the subject of doing well or living
    "bare_subject": [
        "Het was een zware winter. [[person:Zon]] doet het nu beter op school.",
        "[[person:Roos]] woont sinds maart bij haar vader.",
        "Na de scheiding bleef het onrustig. [[person:Storm]] woont nu bij zijn oma.",
        "[[person:Merel]] doet het goed, zegt de mentor.",
        # must stay: pronouns, kin, collectives, articles
        "Iedereen doet het goed in de groep.",
        "Oma woont nog zelfstandig.",
        "Het gezin woont bij familie in.",
        "Familie woont in Turkije.",
        "Geld doet het goed als beloning.",
        "Zij doet het goed nu.",
    ],
    # an English month before a year or a day is a time, not a person
    "english_month": [
        "The family arrived March 2021 and lived in a hostel.",
        "He started work in October 2023.",
        "She moved here on [[date:February 12, 2022]].",
        "The letter came in January 2024.",
        "[[person:June]] called yesterday about the rent.",
        "[[person:Mark]] Jansen arrived in 2020.",
    ],
    # a service compound after "van" is an organisation, not part of a name
    "van_org": [
        "[[person:Karin]] van het Schuldenloket belde terug.",
        "Wat hielp: [[person:Ilse]] van de Taalbrigade kwam wekelijks.",
        "[[person:Tom]] van Jeugdteam Escamp gaat mee naar het gesprek.",
        "Overleg met [[person:Sanne]] van Wijkcentrum Bouwlust.",
        "Ik sprak [[person:Hanneke]] van Juridisch Loket.",
        # must stay: real surnames ending in such words
        "Ik belde met [[person:Jan Oosterhuis]] gisteren.",
        "Afspraak met [[person:Els van den Huis]] op dinsdag.",
        "[[person:Peter Nijhuis]] van het Wijkteam kwam langs.",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round6_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 50


if __name__ == "__main__":
    bad = [(cid, ex, check(ex)) for cid, ex in CASES if check(ex)]
    for cid, ex, probs in bad:
        print(cid, probs, "|", ex.replace("\n", "\\n")[:100])
    print(f"{len(CASES) - len(bad)}/{len(CASES)} pass")
