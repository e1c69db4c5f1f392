"""Sixteenth round of person examples: word classes taken for names, titled surnames.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found, ``{{kind:text}}``
must stay untouched, and any other finding is a false positive.  The groups follow the
classes of round 16 (``pilot.privacy.word_classes``), in wordings of our own: lower-case
phrases opening with an article, acronyms without a vowel, neighbour words as subject,
service compounds, themes after "themagroep", an adjective opening a review line, pets and
a surname after a title that splits into words.  Each group also holds look-alikes where a
real name stands in the same place and must stay found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # a lower-case phrase opening with an article, or a preposition and an article
    "article_phrases": [
        "Zijn broer zou het pinpasje van vader beheren, zegt [[person:Ilse]].",
        "Vraag ook naar schulden bij familie in het buitenland.",
        "Ze stuurt geld naar een neef in het buitenland.",
        # look-alikes: particle surnames in lower case stay names
        "huisbezoek dhr [[person:in 't veld]], niemand thuis.",
        "buurvrouw [[person:op den kamp]] belde: cl. ligt op de grond",
    ],
    # an acronym of consonants only
    "vowelless_acronyms": [
        "Betaalt de Wlz of de Zvw de dagbesteding? Groet, [[person:Pieter-Jan Koster]]",
        "Valt dit onder de Zvw? [[person:Anouk]] zoekt het uit.",
        # look-alike: a surname before the acronym stays found
        "Overleg met [[person:Jansen]] over de Wlz.",
    ],
    # a neighbour word, also in a compound, as the subject
    "neighbour_subjects": [
        "Bovenbuurman zegt dat hij 's nachts lawaai maakt.",
        "Er is ruzie. Onderbuurvrouw belt de politie.",
        "Het gaat slecht. [[person:Meike]] zegt dat ze niet slaapt.",
    ],
    # compounds that name a service, duty or approach
    "service_compounds": [
        "De eerste brief van Leerplicht kwam hard aan.",
        "Vervangende mantelzorg via Respijthuis werkte goed.",
        "Aanpak: Jongerenschuldenaanpak: één aanspreekpunt.",
        # look-alikes: a surname ending in -huis stays found
        "Gesprek met mevrouw [[person:Nijhuis]] over de huur.",
        "De brief van [[person:Brinkhuis]] kwam te laat.",
    ],
    # a theme's name after "themagroep"
    "themes": [
        "Daarna door naar de themagroep Schulden. [[person:Sevda]] leidt die.",
        "In de werkgroep Wonen bespreken we dit.",
        "Daarna door naar de themagroep van [[person:Sevda]].",
    ],
    # an adjective before a colon opening a review line
    "review_openers": [
        "Kort: 'oogmeting' moet 'ooglidmeting' zijn.",
        'Fijn: "cliënt 1" leest prima.',
        # look-alike: a name before a colon after the opening word
        "Kort gesprek met [[person:Bakker]]: ze belt terug.",
    ],
    # a name the text calls a pet
    "pets": [
        "Review: \"Minoes\" is de kat, die mag blijven. In de buurt heet ze 'mevrouw met Minoes'.",
        "Haar hond Bello blaft de hele nacht, zegt [[person:Fatma]].",
        # look-alike: a person with a pet
        "[[person:Gerrit]] is de buurman met de kat.",
    ],
    # a surname after a title that splits into Dutch words
    "titled_surnames": [
        "Te bellen: (dhr. [[person:Ramdin]]), (mw. [[person:Oudshoorn]])",
        "Bellen met dhr. [[person:Wolfshoorn]], daarna verslag.",
        # look-alikes: a title before a role or a pronoun is no name
        "Ik sprak mevrouw gisteren. Ze werd gebeld door een oplichter.",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round16_person_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 25
