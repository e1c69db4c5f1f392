"""Fifteenth round of person examples: ordinary words that open a sentence, named projects.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found, ``{{kind:text}}``
must stay untouched, and any other finding is a false positive.  The groups follow the
classes of round 15 (``pilot.privacy.sentence_words``), in wordings of our own: pronouns and
adjectives opening a sentence, role nouns as subject, projects named with words, kin words,
neighbourhoods after a slash, pseudonym stand-ins and mail headers.  Each group also holds
look-alikes where a real name stands in the same place and must stay found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # a pronoun at a sentence start or after a title is no name
    "pronouns": [
        "Ik sprak mevrouw [[person:Elly Smits]] gisteren. Ze werd gebeld door een oplichter.",
        "Briefje aan de buren:\n\nMevr. U moet de container binnenzetten.",
        # look-alikes: a name in the same place
        "Ik sprak de dochter gisteren. [[person:Dewi]] komt morgen langs.",
    ],
    # an adjective opening a sentence before its noun, or in an elliptic sentence
    "opening_adjectives": [
        "Mooi punt [[person:Fenna]]. Dat nemen we mee.",
        "De brief kwam te laat. Dom, maar begrijpelijk.",
        "Goed idee [[person:Sanne]], ik pak het op.",
        # look-alikes: names before a verb
        "Vandaag gebeld. [[person:Roos]] zegt dat het beter gaat.",
        "Vandaag gebeld. [[person:Bakker]] belde terug over de huur.",
    ],
    # a role noun without an article as the subject
    "role_subjects": [
        "Ik huur een kamer voor 450 per maand. Baas zegt dat ik weg moet.",
        "Huisbaas belt elke dag. Buurvrouw zegt dat hij dreigt.",
        "Het gaat slecht. [[person:Meike]] zegt dat ze niet meer slaapt.",
    ],
    # a project or service named with ordinary words
    "named_projects": [
        "We verwijzen haar naar Vrouwen voor Vrouwen, zij zoeken maatjes.",
        "Thuiszorg en Fysio aan Huis zijn ingeschakeld.",
        "Het maatjesproject Welkom in Den Haag heeft 14 koppels.",
        "Ze heeft een brief van Bewind Haaglanden gekregen.",
        "Groet,\n[[person:Abdul Rahman]]\nBewindvoerder | Zorgvuldig Bewind\n[[phone:(070) 762 04 19]]",
        "Brief Woonkracht10 ontvangen.",
        "Er kwam iemand van de Marokkaanse ouderenvereniging Noor langs.",
        # look-alikes: a person before or with such a name
        "Wij bellen met mr. [[person:De Boer]] van Bewind Haaglanden.",
        "[[person:Nour]] op De Regenboog vertelde het aan de juf.",
    ],
    # kin words, foreign pleas and placeholders are no names
    "kin_and_foreign": [
        "Ik ben buurvrouw van [[person:Fikret]] amca op nummer 12. Amca is 88.",
        "Wij wonen op 3e etage. Prosze help.",
        "Ik maak het anoniem: dhr. X. Hij woont er al 30 jaar.",
        "We spreken af wie wat zegt, anders wordt het een verhoor.",
        "Buren zijn de beste signaleerders, maar melden laat.",
        # look-alikes: a name with a kin word, a real surname after a title
        "Gesprek met mevr. [[person:Post]] over de aanvraag.",
        "Daarna spraken we over zijn vrouw [[person:Hala]].",
    ],
    # a neighbourhood after a slash, a surname that is a word in a mail header
    "areas_and_headers": [
        "[[person:Marco]], wijkagent Overschie/Kleinpolder, belde terug.",
        "Van: [[person:Tanja Meester]] <[[email:t.meester@voorbeeld.nl]]>\nAan: team",
        "Van: [[person:Sanne Bakker]] <[[email:s.bakker@voorbeeld.nl]]>",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round15_person_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 25
