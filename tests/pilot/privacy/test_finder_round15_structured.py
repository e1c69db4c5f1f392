"""Fifteenth round, structured data: tax assessments, cued lists, letterheads, slashed phones.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out sets 30 and 31: a tax
assessment number holds a capital between dots ("8812.45.667.H.46.01"); a number word may
be followed by an identifier with a one-digit check group ("zorgnummer ZV-1190 4478 2");
"nummer bij uwv is ..." names whose number follows; a plural cue opens a list
("Registraties: 2023041187, 2023098812"); a private landlord numbers his invoices by year
("rekening nr 2024-17"); a court number may join its request number with a backslash; a
letterhead's street line stands between the organisation and the postcode line; a mobile
may follow a city line after a slash ("14 010 / 06 1099 3382"); a day-month closes a
clause after a visit verb or "intervisie".  Each group also holds look-alikes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402
from pilot.privacy.cue_numbers import find_cued_numbers  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # tax assessment numbers: digit groups and a capital between dots
    "tax_assessments": [
        "brief van de belastingdienst (aanslag [[dossier:8812.45.667.H.46.01]]) geopend",
        "verzoek om uitstel van betaling, aanslag [[dossier:2021.H.46.559-01]]\n\nGeachte heer",
        "aanslagnummer [[dossier:1234.56.789.W.36]] klopt niet",
        # must stay: an amount, a year, a version, a section with a letter, an abbreviation
        "de aanslag van € 1.245,00 is betaald",
        "aanslag 2024 komt in mei",
        "versie 2.1.A.3 van het protocol",
        "zie artikel 7.A.1 van de regeling",
        "de aanslag is 12.450 euro",
    ],
    # a number word and an identifier ending in a one-digit check group
    "check_digit_ids": [
        "de zorgverzekeraar liep wel, zorgnummer [[dossier:ZV-1190 4478 2]]. De werker",
        "klantnummer [[dossier:4471 2290 7]], graag vermelden",
        # must stay: a house number, a count, a phone number word, short groups
        "huisnummer 12 34 5.",
        "zorgnummer volgt later, 3 kinderen",
        "nummer 12 3 4 5.",
        "telefoonnummer [[phone:070 345 67 89]].",
    ],
    # whose number it is, then the number
    "number_at_org": [
        "mijn nummer bij uwv is [[dossier:UWV 2231-88-1190]]. Kan jij helpen.",
        "het nummer bij de SVB is [[dossier:88120447]]",
        # must stay: a bus, a house, a room; a phone stays a phone
        "het nummer van de bus is 40",
        "het nummer van het huis is 12",
        "nummer van de kamer is 1204",
        "het nummer van de buurvrouw is [[phone:06-12345678]]",
    ],
    # a list after a plural cue
    "plural_cue_lists": [
        "op Dedemsvaartweg. Registraties: [[dossier:2023041187]], [[dossier:2023098812]]. Klaar",
        "Meldingen: [[dossier:M-2024-0412]] en [[dossier:M-2024-0977]]",
        "Zaaknummers: [[dossier:88412]]; [[dossier:88517]]",
        # must stay: counts, years, an amount
        "Meldingen: 3 in totaal",
        "Zaken: 2023 en 2024 waren rustig",
        "Kenmerken: rustig, vriendelijk",
        "Meldingen: 1.250 per jaar",
    ],
    # a private landlord's invoice numbered by year
    "invoice_year_serial": [
        "Hij stuurt foto's en rekening nr [[dossier:2024-17]] van 900 euro.",
        "nota nr. [[dossier:2023/112]] is nog open",
        # must stay: a year, a year range, a bank account word without a serial
        "rekening nr 2024 is betaald",
        "de rekening nr 2023-2024 van de school",
        "rekening van 2024-17 euro",
        "rekeningnummer volgt",
    ],
    # a court number with a backslash before the request number
    "court_backslash": [
        "zaak-/rolnummer: [[dossier:10234567 \\ BM VERZ 24-1123]]\nbewindvoerder",
        "zaaknr [[dossier:9887654\\BW VERZ 25-233]] loopt",
        # must stay: a path, a fraction with a backslash, a code without digits
        "opslaan in C:\\team\\notities",
        "12 \\ 4 = 3",
        "map 2024 \\ BM verslagen",
    ],
    # the street line of a letterhead between the organisation and the postcode line
    "letterhead_streets": [
        "Rijnmond Bewindvoering\n[[address:Weena 505]]\n[[postcode:3013 AL]] Rotterdam",
        "Stichting Hulp Dichtbij\n[[address:Lange Nieuwstraat 12a]]\n[[postcode:3512 PH]] Utrecht",
        # must stay: a post office box, a room, no line above
        "Gemeente Rotterdam\nPostbus 70012\n3000 KP Rotterdam",
        "Wijkteam Noord\nKamer 12\n[[postcode:3013 AL]] Rotterdam",
        "Team 3\n\nGroep 5\n[[postcode:3013 AL]] Rotterdam",
    ],
    # a mobile after a city line and a slash
    "slashed_phones": [
        "Wijkmanager IJsselmonde\n14 010 / [[phone:06 1099 3382]]\n\nNotitie",
        "bel [[phone:070/3456789]] of later",
        # must stay: a short city line, a fraction, a score
        "bel 14 010 voor een afspraak",
        "verhouding 010 / 06 is raar",
    ],
    # a day-month closing a clause after a visit verb or an event noun
    "visit_and_event_dates": [
        "Onderwerp: casus voor intervisie [[date:8/4]]\nAanwezig: team",
        "Buurvrouw bezoekt oma [[date:4-4]].",
        "zij bezocht de dagbesteding [[date:3/2]], ging goed",
        # must stay: a frequency, a group, a score, a share
        "hij bezoekt haar 3-4 keer per week",
        "zij bezoekt groep 5-6.",
        "intervisie 2/3 van de groep was er",
        "bezoeken: 3/4 gelukt",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round15_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 50


def test_cued_numbers_cost_nothing_without_cues() -> None:
    text = "Gewoon een zin zonder nummers, namen of data."
    assert list(find_cued_numbers(text, text.lower())) == []


def test_plural_list_stops_at_a_short_number() -> None:
    text = "Registraties: 2023041187, 12, 2023098812"
    found = [text[s:e] for s, e, _, _ in find_cued_numbers(text, text.lower())]
    assert found == ["2023041187"]
