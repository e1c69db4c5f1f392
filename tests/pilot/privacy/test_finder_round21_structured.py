"""Twenty-first round, structured data: dictations and chats in lower case (ordinal days
after a weekday or a preposition, "één februari", a year in one word, eight digits of a
date, a shouted English ordinal), organisation codes in lower case before their number,
lower-case "laan van ..." streets, streets named by a street word alone, a postcode after
its label behind an address, a spoken e-mail address; Outlook meeting lines (a meeting ID,
clock-time ranges) that are no personal data.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow failure classes of a held-out evaluation; each group
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
    # a weekday, "de" and an ordinal day; an ordinal day before a conjunction
    "ordinal_days": [
        "afspraak [[date:woensdag de 14e]] bsn volgt nog",
        "we gaan [[date:maandag de 2e]] samen naar het loket",
        "het slot is vervangen op [[date:de 9e]] maar ze slaapt slecht",
        "haar zoon komt op [[date:de 23e]] naar huis",
        # must stay: a count after the weekday, a recurring day, a floor
        "zaterdag de 2e keer dat hij niet kwam",
        "elke dinsdag de 1e van de maand is er spreekuur",
        "ze woont op de 3e maar de lift is kapot",
    ],
    # an ordinal day past the tenth in words after a date preposition
    "high_ordinal_words": [
        "de energie wordt afgesloten vanaf [[date:de eenentwintigste]] schuld is hoog",
        "uiterlijk [[date:de zeventiende]] moet het formulier binnen zijn",
        # must stay: a century, a low ordinal with a noun, a floor after "op"
        "sinds de twintigste eeuw staat het huis er",
        "vanaf de tweede week gaat het beter",
        "ze woont op de twaalfde verdieping",
    ],
    # a day in words with an accent, a year in one word, eight digits, a shouted ordinal
    "spelled_and_compact_dates": [
        "meneer woont sinds [[date:één maart]] in het verpleeghuis",
        "geboren [[date:negen oktober negentienachtenvijftig]] volgens de moeder",
        "verslag na huisbezoek [[date:21112023]] meneer was rustig",
        "CAN YOU VISIT ON [[date:MONDAY 3RD]]? THANK YOU",
        # must stay: an article before a month, a plain number, a count in English
        "het was een maart vol regen",
        "het bedrag was 12345678 in totaal",
        "FRIDAY 3 PEOPLE CAME",
    ],
    # an organisation's code in lower case and its number after a number label
    "lower_coded_numbers": [
        "klantnummer uwv [[dossier:3318204]] is bekend",
        "haar nummer svb [[dossier:2023 881 204]] moet erbij",
        "klantnummer gemeentelijke dienst sdw [[dossier:7712045]] klopt",
        "kenmerk ggd [[dossier:2024 00912]] staat op de brief",
        "huurcontract hw-[[dossier:552201]] loopt nog",
        # must stay: a preposition, a year, a title before a phone, a short number
        "het nummer van 2024 is nog niet bekend",
        "contract per 12 maanden verlengd",
        "kenmerk abc 12 staat erop",
    ],
    # lower-case "laan van ..." streets; a street named by a street word alone
    "streets": [
        "adres [[address:laan van nieuw oost-indie 233]] bij de tram",
        "zij woont op [[address:laan van wateringse veld 612]] sinds kort",
        "* sleutel [[address:Dreef 17]] ligt bij de buren",
        "- [[person:Yilmaz]], [[address:Brink 4]]: bellen voor bezoek",
        # must stay: an ordinary word after "van", a count, a year
        "de laan van de toekomst 3 keer besproken",
        "Singel 12 jaar geleden opgeknapt",
        "de kade van 1953 is hersteld",
    ],
    # a postcode after its label behind an address; a neighbourhood and its postcode
    "postcodes": [
        "meneer [[address:rijswijkseweg 40-ii]] postcode [[postcode:2516 en]] dossier volgt",
        "de [[address:copernicusstraat 17]] in bomenbuurt [[postcode:2561 vv]] ze is helder",
        # must stay: euros in a chat, a postcode area with "en"
        "[13:03] [[person:esra]]: nee energie, 1800 eu. ze vroeg of jij meekan",
        "in de postcodes 2516 en 2517 wonen veel ouderen",
    ],
    # an e-mail address read out by speech-to-text
    "spoken_email": [
        "haar mail is [[email:jan punt jansen apenstaartje hotmail punt com]] graag bevestigen",
        "mail [[email:info apenstaartje kapsalon-anna punt nl]] voor de afspraak",
        # must stay: the sign named without an address, a point of an agenda
        "het apenstaartje werkt niet op haar telefoon",
        "punt twee van de agenda is de huur",
    ],
    # an Outlook meeting invitation: its meeting ID and its hours are no personal data
    "meeting_lines": [
        "Deelnemen aan de vergadering\nVergadering-ID: 381 552 904 17\nWachtwoord: Kd8sQp",
        "Wanneer: [[date:dinsdag 4 maart 2025]] 09:15-10:45 (UTC+01:00) Amsterdam",
        # still found: a case ID, a day-month after an event and before a comma
        "Casus-ID: [[dossier:2024-11873]]",
        "mw. [[person:Kaya]] – ontslagen uit kliniek [[date:12-4]], medicatie via het FACT-team",
        # must stay: a count of times after the same event word
        "zij is opgenomen 3-4 keer",
    ],
}

CASES = [(group, ex) for group, examples in GROUPS.items() for ex in examples]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round21_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 40


def _labelled(text: str) -> dict[str, str]:
    return {f.text: f.label for f in find_personal_data(text)}


def test_lower_code_keeps_its_capital_suffix() -> None:
    # a capital code with a letter suffix stays one dossier number, not a lower-case code
    labels = _labelled("casusnummer JB-39980-E.")
    assert labels == {"JB-39980-E": "dossier"}


def test_compact_date_under_a_case_label_stays_a_dossier() -> None:
    labels = _labelled("klantnummer 14032024")
    assert labels == {"14032024": "dossier"}
