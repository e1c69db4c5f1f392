"""Eighteenth round, structured data: bare day-months in chats and action lists (an
approximate or "u" clock time, a referral, an appointment moved, a range of days, the last
dash-set field of a list item, an event with a remark in brackets), zero-padded days before
a month name, case numbers by their place (after "ivm"/"re", opening a caseload line, alone
in brackets, after "zaaknr -") or shape ("MEE/24/669"), and streets in brackets or with a
diminutive street word.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out sets 38, 39 and 41; each
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
    # a day-month before an approximate clock time or a time written with "u"
    "day_month_before_a_time": [
        "[[date:3/11]] ~ 9:45 belde de zus over de sleutel",
        "[[date:7/2]] ~ 14.00 langs bij de woning",
        "[[date:5/3]] 9u30 telefoontje met de huisarts",
        # must stay: a share before an approximation, an amount, a duration
        "2/3 ~ 40 procent van de groep",
        "de eigen bijdrage is 1/2 ca. 12.50 per keer",
        "1/2 3u per week vrijwilligerswerk",
    ],
    # a referral or an appointment moved to a day
    "referral_and_moved_to": [
        "doorverwezen door de huisarts [[date:4/2]], wil graag hulp",
        "verwezen via school [[date:3-9]].",
        "het is verplaatst naar [[date:7/3]]",
        "alles is verschoven naar [[date:2-4]].",
        "kan het omgezet naar [[date:9/1]]?",
        # must stay: shares and durations after the same words
        "aangemeld: 2/3 van de ouders",
        "aangemeld 3/4 deelnemers",
        "de pauze verzet naar 1/2 uur later",
    ],
    # a range of two day-months
    "day_month_ranges": [
        "vakantie [[date:22/7-9/8]], [[person:Jeroen]] neemt waar",
        "afwezig ([[date:17-4 t/m 28-4]]) wegens cursus",
        "[[date:di 3/6 t/m 5/6]] niet bereikbaar",
        "meivakantie [[date:27/4-5/5]]",
        # must stay: fractions, a group range, a decreasing pair
        "1/2-3/4 liter melk per dag",
        "groep 5/6-7/8 samen in het lokaal",
        "verhouding 1/3-1/2 blijft gelijk",
    ],
    # the last dash-set field of a numbered or bulleted action item
    "action_list_deadlines": [
        "3. bewindvoering aanvragen — [[person:Priya]] — [[date:14/5]]",
        "- huisbezoek samen plannen - allen - [[date:2/6]]",
        "2) brief van de woningcorporatie beantwoorden – team – [[date:9-10]]",
        # must stay: a match result, a share outside a list, a share followed by a word
        "- wedstrijd Oranje — België — 2-1",
        "opkomst — ouders — 2/3",
        "4. doelen — team — 2/3 behaald",
    ],
    # an event whose day-month is followed by a remark in brackets
    "event_with_remark": [
        "evaluatiegesprek Kerkelanden [[date:24/3]] (telefonisch)",
        "casusoverleg Bomenbuurt [[date:9/8]] (vertrouwelijk)",
        # must stay: a share after an event and a few words, with a bracket
        "overleg met buren 1/2 (half) gedaan",
    ],
    # a zero-padded day before a month name
    "zero_padded_days": [
        "verslag [[date:06 februari 2024]]",
        "sinds [[date:09 mei]] geen contact meer",
        "Datum: [[date:01 oktober 2025]]",
        # must stay: a number ending in a zero, a decimal
        "er waren 106 mensen in mei",
        "de stand was 2.06 in maart",
    ],
    # a long plain number after what a message is about
    "numbers_after_about_words": [
        "terugbellen ivm [[dossier:88120345]]",
        "mail ontvangen – re [[dossier:55410982]]",
        "brief inzake [[dossier:4471120]] ontvangen",
        "bellen i.v.m. [[phone:0612345678]]",
        # must stay: a count, a year, an amount, a compact date
        "ivm 3 kinderen thuis",
        "ivm 2025 nieuwe regels",
        "ivm 150000 euro schuld",
        "ivm 20241015 afspraak",
    ],
    # a case number opening a caseload line, a number alone in brackets
    "placed_case_numbers": [
        "- [[dossier:44120987]] / [[address:Kerkstraat 4]]: huurachterstand",
        "[[dossier:7731208]] | Mw. [[person:Kaya]]: schuldhulp loopt",
        "het nummer staat nog in de tekst ([[dossier:3108812245]]), graag weghalen",
        # must stay: a compact date, a short number, an amount and a year in brackets
        "- 20240115 / Verslag van de bijeenkomst",
        "- 2024 / Jaarplan",
        "- 125000 / Totaal budget",
        "een wijk (17.000 inwoners) in het oosten",
        "de wet (2015) werd aangepast",
    ],
    # a code, a two-digit year and a serial; a value after "label -"
    "codes_and_dash_fields": [
        "bellen ivm [[dossier:GGZ/23/104]]",
        "- [[dossier:MEE/25/039]] / [[address:Zuiderparklaan 15]]: bemoeizorg",
        "zaaknr - [[dossier:77120934]]",
        "klantnummer – [[dossier:AB-99812]]",
        # must stay: round the clock, a date, a year after a dash
        "GGZ 24/7 bereikbaar",
        "zaaknr - 2024",
        "dossier - 3 weken oud",
    ],
    # a street without a street word in brackets; a diminutive street word
    "streets_in_brackets": [
        "Mw. [[person:Tesfaye]] (Syrische moeder, [[address:Veenkampje 12]]), post stapelt op",
        "een vergelijkbare meneer ([[address:Noorderbuurtje 4-I]]) kreeg hulp",
        "pand [[address:Molendijkje 8]] is verkocht",
        "bij [[address:Begijnhofje 3]] brandde licht",
        "sleutel [[address:Pieterssteegje 5]] opgehaald",
        # must stay: a child's age, a group, a product version, a year with a place
        "zoon ([[person:Ahmed]] 12) gaat naar school",
        "(groep 7b) doet mee",
        "de wijk (inwoners, Hoorn 2024) groeit",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round18_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 40


def _labelled(text: str) -> dict[str, str]:
    return {f.text: f.label for f in find_personal_data(text)}


def test_house_number_that_is_the_day_of_a_date() -> None:
    # the neighbourhood and its day-month: no address "Bomenbuurt 9"
    labels = _labelled("casusoverleg Bomenbuurt 9/8 (vertrouwelijk)")
    assert labels == {"9/8": "date"}


def test_bracketed_street_needs_no_name_or_word() -> None:
    # a description and a comma, but the word is a first name: an age, not a street
    assert "address" not in _labelled("(zoon, Yonas 12) en").values()
    assert "address" not in _labelled("(laptop, Windows 11)").values()


MESSAGE_HEADERS = [
    'Mail van [[person:Sanne Dekker]], [[date:4/9]]:\n"Beste collega,',
    "broer belt ([[phone:06 4411 2233]]), [[date:2-8]]:\nhij maakt zich zorgen",
    "Verslag telefonisch contact [[date:11-3]]: moeder bereikt.",
    "Voicemail [[date:6/5]]: of ik terug wil bellen.",
    "de verhuizing van mevrouw [[person:Tekle]] (die van [[date:4/11]], weet je nog?)",
    "Ik heb het weggehaald uit je bericht van [[date:7-10]].",
    "die 2/3 van de klanten komt niet",
    # a share or a score before a colon stays readable
    "Score van de wedstrijd, 2/3: gewonnen",
    "De helft van de groep, 1/2: kwam niet.",
]


@pytest.mark.parametrize("example", MESSAGE_HEADERS)
def test_day_month_ending_a_message_header(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))
