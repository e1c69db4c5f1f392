"""Seventeenth round of person examples: foreign words, greetings, titles and organisations.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found, ``{{kind:text}}``
must stay untouched, and any other finding is a false positive.  The groups follow the
classes of round 17, in wordings of our own: English (and German) words of an expat
colleague's notes, a Groningen greeting and dialect word, apps, a Polish title before a
surname and welfare organisations from the gazetteer.  Each group also holds look-alikes
where a real name stands in the same place and must stay found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # English or German words opening a line or standing alone in an expat's note
    "foreign_words": [
        "Sign-up list voor de training van dinsdag",
        "Referred to schuldhulp via the GP.",
        "He is Syrian, 47, and lives alone.",
        "Client speaks Arabic, zoon vertaalt.",
        "mw. [[person:Baldew]] – Wohnung ok, but fridge empty.",
        # look-alikes: a name in the same place stays found
        "Referred to [[person:Kiki]] by the GP.",
        "Client speaks with [[person:Fatima]] every week.",
    ],
    # a Groningen greeting and a dialect word with an elided 't
    "greetings_dialect": [
        "Moi allemaal, morgen geen spreekuur.",
        'Zij zei: "As\'t nait kin, den mout t zo."',
        # look-alike: the name after the greeting stays found
        "Moi [[person:Grietje]], bedankt voor je bericht.",
        "- Houdoe [[person:Frans]], die na 40 jaar stopt.",
        "Beste [[person:Frans]], dank voor het overleg.",
        # look-alike: the language after a verb stays a language
        "Ze spreekt Frans, geen Nederlands.",
    ],
    # apps and brands
    "apps": [
        "Haar ex stuurt berichten via Snapchat.",
        "Ze zit de hele dag op TikTok.",
        # look-alike: a person after "via"
        "Contact loopt via [[person:Marloes]].",
    ],
    # a Polish title before a surname: only the surname is personal
    "polish_titles": [
        "Dochter van pani [[person:Kowalska]] belde over de huur.",
        "Pani [[person:Wiśniewska]] komt morgen langs.",
        # look-alike: a Dutch title keeps working
        "Dochter van mw. [[person:Jansen]] belde.",
    ],
    # welfare organisations from the gazetteer
    "organisations": [
        "Met vriendelijke groet, sociaal werker {{org:Dock}}",
        "Vraag het na bij de coach ({{org:Socius}}).",
        "Hij gaat naar de jongerengroep van {{org:Sedna}}.",
        "Schuldhulpverlener [[person:Thijs]] van {{org:PuntWelzijn}} belt.",
        # look-alikes: the person in the same line stays found
        "Groet, [[person:Noor]], sociaal werker {{org:Dock}}",
        "Gesprek met [[person:Anouk]] ({{org:Socius}}).",
    ],
    # a relation word with an age in brackets opening a sentence is a role
    "relation_ages": [
        "Geen vaste woonplaats. Man (44), slaapt in de schuur van zijn broer.",
        "Vrouw (29) vraagt hulp bij de huur.",
        # look-alikes: a given name with an age, also one from the relation list
        "Hun dochter [[person:Lieve]] (23) woont bij hen.",
        "[[person:Sanne]] (39) slaapt in haar auto.",
    ],
    # an inflected adjective before a lower-case noun, and "Plan van Aanpak"
    "adjective_phrases": [
        "Hoe lang duurt een aanvraag Bijzondere bijstand in Deventer?",
        "Wie heeft een voorbeeld van een Plan van Aanpak voor het gezin?",
        # look-alikes: a surname after "van" stays found
        "Gesprek met mw. [[person:Groen]] over de bijstand.",
        "Het plan van [[person:Jansen]] is goed.",
    ],
    # a compound heading word on "-log"
    "log_headings": [
        "Gesprekslog jeugdteam – ochtenddienst",
        # look-alike: a name opening a log line
        "[[person:Bram]] logt vandaag de gesprekken.",
    ],
    # a neighbourhood after a town and a dash in a heading, a handle of a neighbourhood
    "area_headings": [
        'Amersfoort – Liendert – casusles "Het stille gezin"',
        "@Korvel: heeft iemand nog een koelkast over?",
        "Hij kent Ome [[person:Kees]] van de Crooswijkse moestuin.",
        # look-alikes: a surname after the town, a person's handle
        "Amersfoort – [[person:Jansen]] – casusles",
        "@[[person:Fatima]]: kun je morgen bellen?",
    ],
    # a first name and a surname around a short particle are one person
    "short_particles": [
        "3. [[person:Roos vd Berg]] – jeugd",
        "Overleg met [[person:Ali v.d. Meer]] gepland.",
        # look-alike: a double first name written with a hyphen is one name
        "Vraag naar [[person:Henk-Jan]], hij weet het.",
    ],
    # a name form field typed in lower case
    "lower_name_fields": [
        "aanmelding via formulier:\nnaam: [[person:bram van den heuvel]]\nwijk: centrum",
        "naam: [[person:kees jansen]]\nteam: noord",
        # look-alikes: a field value of ordinary words stays untouched
        "naam: goed werk\nteam: noord",
        "naam: huis en tuin",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round17_person_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 20
