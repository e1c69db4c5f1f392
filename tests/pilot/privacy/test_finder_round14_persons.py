"""Fourteenth round of person examples: generalisation over names, not one held-out set.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found, ``{{kind:text}}``
must stay untouched, and any other finding is a false positive.  The groups follow the
classes of round 14, in wordings of our own: surnames from the curated lexicons (also when
they are ordinary words), place-shaped surnames after a first name ("-wijk", "-kerk",
"-aanse"), inverted "Surname, First name" registers, and organisations or neighbourhoods
that read as names.  Each group also holds look-alikes that must stay untouched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # first_names_curated.txt / surnames_curated.txt: names the older lexicons lacked
    "curated_names": [
        "Gisteren sprak ik [[person:Eltje Hoving]] over de aanvraag.",
        "Gisteren belde [[person:Hendrika Spaans]] over de brief.",
        "Het BSN van [[person:Tiziri]] ontbrak in de aanvraag.",
        # look-alikes: the same words as ordinary nouns, lower case and after an article
        "ruzie met de buren, buren belden 112 om half drie",
        "Er zit schimmel in de badkamer en de schilder komt pas volgende week.",
        "Bij koopwoningen: schakel vroeg een financieel adviseur in.",
        "Het Veld 3 bezoekers kwamen niet opdagen.",
        "Hij kwam met een Albert Heijn-tas vol enveloppen.",
    ],
    # curated place nouns stay places: farms, practices, streets and compass words
    "curated_places": [
        "Zijn dagbesteding bij Zorgboerderij De Woerd stopt.",
        "POH GGZ van huisartsenpraktijk Dorp belde terug.",
        "Zaak bij Veilig Thuis Noord- en Oost-Gelderland.",
        "Wijkkantoor Lent is op vrijdag dicht.",
    ],
    # "Kevin Stolwijk", "Wim Adriaanse": a place-shaped surname after a known first name
    "toponymic_surname": [
        "Naam: [[person:Kevin Stolwijk]]\nGeboortedatum: onbekend",
        "Zijn vader, [[person:Wim Stolwijk]], ondersteunt het verzoek.",
        "Cliënte: [[person:Ankie Zuiderwijk]], woont sinds kort in de wijk.",
        "Ik sprak [[person:Fenna Oudkerk]] gisteren over de huur.",
        "Vandaag huisbezoek bij [[person:Priya Noordwijk]].",
        "Opgesteld door: [[person:Marije van Lith]], schuldhulpconsulent.",
        # look-alikes: streets, neighbourhoods and institutions stay untouched
        "Het spreekuur is in de Moerwijk en daarna in de Schilderswijk.",
        "Zij woont aan de Melis Stokelaan.",
        "We gingen naar de Nieuwe Kerk voor de herdenking.",
    ],
    # "Hoogland, Fenna - geb. 12-03-1960", "Patiënt: Van Lith, Annie": inverted registers
    "register_inverted": [
        "[[person:Hoogland, Fenna]] - geb. [[date:12-03-1960]]",
        "[[person:Brouwer, Kevin]] - geb. [[date:12-03-1960]]",
        "[[person:Van Assen, Fatima]] - geb. [[date:12-03-1960]]",
        "Patiënt: [[person:Van Lith, Annie]]",
        "Patiënt: [[person:Doornbos, Agnieszka]]",
        "Patiënt: [[person:El Amrani, Mohamed]] – geb. [[date:19-08-1964]]",
        "[[person:Hoop, Ahmad]] - geb. [[date:12-03-1960]]",
        # look-alikes: a letter's place line, a greeting and a word before a comma
        "Den Haag, [[date:3 maart 2025]]",
        "Beste, hierbij de stukken.",
        "Rotterdam, Utrecht en Delft doen mee.",
    ],
    # organisations and neighbourhoods that read as names (gazetteer, round 14)
    "orgs_areas": [
        "Medisch advies via {{org:Argonaut}} aangevraagd.",
        "Werkfit-traject bij {{org:Ammerlaan}} vanaf [[date:8/7]].",
        "Tolk via {{org:Global Talk}} geregeld.",
        "Werkgever: uitzendbureau {{org:OTTO Work Force}}, kassen Westland.",
        "Mevrouw werkt weer in de zorg ({{org:Pieter van Foreest}}).",
        "Adres in de wijk ({{wijk:Chinatown}}) klopt niet.",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round14_person_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 35


def test_curated_word_names_stay_out_of_lower_case() -> None:
    """A curated surname that is a word ("Buren") is a name only when capitalised."""
    from pilot.privacy.lexicons import lexicons

    lex = lexicons()
    assert "Schilder" in lex.surnames and "Schilder" in lex.word_names
    assert "Stolwijk" not in lex.surnames  # a place: left to the toponymic rule
