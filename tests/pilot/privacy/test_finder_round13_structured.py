"""Thirteenth round, structured data: dictated numbers in words, court numbers, list streets.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out sets 27 and 29:
speech-to-text spells phone numbers as digit words ("nul zes vier ..."), house numbers
as number words after a street ("erasmusweg honderdtwaalf"), years of dates
("negentienhonderdnegenennegentig") and postcodes ("twee vijf twee zes ka"); court case
numbers go on with their request number ("C/09/658834 / KG ZA 24-311"); a number label in
capitals belongs to its number ("V-NR ..."); a list of visits opens items with bare
streets ("* Mient 404:"); short dates come as night ranges ("30/31 dec"), after a
relative day ("morgen 8/5"), as a birthday ("verjaardag is 3/8") or as a weekday's
ordinal before a time ("vrijdag 22e om 9u").  Each group also holds look-alikes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402
from pilot.privacy.spoken_numbers import (  # noqa: E402
    digit_run,
    house_number,
    spoken_postcode,
    spoken_year,
    word_value,
)

GROUPS: dict[str, list[str]] = {
    # phone numbers read digit by digit, in pairs, with commas, or international after "plus"
    "spoken_phones": [
        "telefoon dochter [[phone:nul zes vier acht twee twee nul negen een drie]]",
        "haar zus [[phone:nul zes vier twee drie nul één één acht zeven]] belt terug",
        "het directe nummer is [[phone:nul zeven nul, drie vier zes, twee twee, nul acht]]. Dank u.",
        "graag terugbellen op [[phone:nul zes, vijf acht, negen nul, drie drie, een twee]] dank je",
        "haar nummer is [[phone:plus drie vijf negen acht acht negen nul twee drie vier vijf zes]]",
        "kunt u mij terugbellen op [[phone:nul zeven nul drie vier vijf zes]]... einde bericht",
        "bel [[phone:nul zes twaalf vierendertig zesenvijftig achtenzeventig]] na vijf uur",
        # must stay: counting, a decimal, a broken-off start, a small sum
        "ik tel een twee drie en dan gaan we",
        "de score was nul twee bij de rust",
        "het nummer is nul zes... dat weet ik niet meer",
        "nul komma vijf procent rente",
        "plus twee kinderen van de buren",
        "twee of drie keer per week",
    ],
    # house numbers in words after a lower-case street, a street of particles or a cue
    "spoken_house_numbers": [
        "hij woont op de [[address:erasmusweg honderdtwaalf]] derde verdieping",
        "een benedenwoning op de [[address:kempstraat zesentachtig]] ze is zeventig",
        "hij is verhuisd naar de [[address:laan van meerdervoort elfhonderd b]] en",
        "bezoek aan [[address:hobbemastraat tweehonderd drieëntwintig]] moeder van drie",
        "adres is [[address:melis stokelaan vierentwintig zeventig]] einde dictaat",
        "ze woont op de [[address:hengelolaan zeshonderdvier]] in bouwlust",
        "op de [[address:putselaan honderdzesentwintig b]] ik ben hier",
        # must stay: counts, ages, amounts, years and units after the same words
        "ze is zeventig en heeft suikerziekte",
        "zes maanden later kwam hij terug",
        "dat kost honderd euro per maand",
        "zij heeft vier kinderen en een hond",
        "hij was onderweg twintig minuten te laat",
        "de hoofdstraat twintig keer op en neer",
        "de inschrijving loopt sinds tweeduizend negentien",
        "in de kerkstraat vijftig woningen gesloopt",
        "in de hoofdstraat vijftig meter verder",
        "de dochter woont in zoetermeer twaalf is ze nu",
        "de dochter in zoetermeer twaalf is ze",
    ],
    # a postcode spoken as four digit words and two letters after "postcode" or an address
    "spoken_postcodes": [
        "adres [[address:wouwermanstraat vijfenzeventig]] postcode [[postcode:twee vijf twee zes ka]]",
        "postcode [[postcode:twee vijf vier een gee iks]] klopt dat",
        # must stay: no letters, a word after the digits, no cue
        "postcode weet ik niet meer",
        "postcode twee vijf twee zes en de rest weet ik niet",
        "ik tel twee vijf twee zes ka",
    ],
    # a date whose year is spoken, a weekday and a part of the day
    "spoken_dates": [
        "geboren [[date:negen mei negentienhonderdnegenennegentig]] hij is verhuisd",
        "op [[date:drie januari tweeduizend vierentwintig]] eerste melding",
        "Op [[date:zaterdagavond 4 november]] belde de crisisdienst.",
        "Gesprek [[date:dinsdagochtend 12 maart]] met de school.",
        # must stay: a year alone, a month alone, a duration
        "hij is hier sinds tweeduizend tweeëntwintig",
        "in maart tweeduizend negentien begon het",
        "zaterdagavond was het rustig.",
    ],
    # court case numbers with their request number, number labels, known-under numbers
    "case_numbers": [
        "zit bij de rechter ([[dossier:C/09/658834 / KG ZA 24-311]]).",
        "Zaaknummer: [[dossier:C/09/663415 / BW RK 24-1902]]. Groet",
        "haar v-nummer is [[dossier:V-NR 2911384402]]",
        "het aanslagnummer [[dossier:8810.44.921.T.24]] voor wie wil helpen",
        "De nieuwe indicatie loopt onder nummer [[dossier:2023-DH-88172]].",
        "Het dossier [[dossier:2024/WMO/1187]] is gesloten.",
        # must stay: shares, scores, round the clock, a year and a word
        "Hij kreeg 1/3 van het bedrag terug.",
        "De score was 3/1 voor de thuisploeg.",
        "De hulplijn is 24/7 bereikbaar.",
        "Het project loopt onder 2024 en verder.",
        "In 2023-DE wijk was het druk.",
    ],
    # streets: a room after the number, a bare street opening a list item, a street of particles
    "street_shapes": [
        "Hij huurde een kamer op de [[address:Ettensebaan 27 k3]]. Daarna op straat.",
        "Ronde:\n* [[address:Lijsterbesstraat 14]]: alles goed.\n* [[address:Mient 404]]: insuline gegeven.",
        "De zus ([[address:Bosjes van Pex 21]], Rijswijk) wordt contactpersoon.",
        # must stay: a list without addresses, a kilometre mark, a name and an age in brackets
        "Agenda:\n* Groep 3: rekenen.\n* Week 12: toetsen.",
        "Ronde:\n* [[address:Lijsterbesstraat 14]]: goed.\n* Kamer 12: slaapt.\n* Groep 3: ok.",
        "De Kerkstraat 12 km verderop.",
        "De buurman ([[person:Jan van Rooij]] 21, Rijswijk) komt ook.",
    ],
    # a lower-case name that runs on into the spelled address after it ends before "op de"
    "name_before_address": [
        "ik ben bij mevrouw [[person:van den berg]] op de [[address:lisstraat zesendertig]] in bouwlust",
        "bij mevrouw [[person:koç]] op de [[address:putselaan honderdzesentwintig b]] ik ben hier",
    ],
    # day-months: a night range, after a relative day, a birthday, a weekday's ordinal
    "short_dates": [
        "Overdracht vannacht ([[date:30/31 dec]]):\n- vuurwerk",
        "wie doet [[date:morgen 8/5]] de ritjes?",
        "en zijn verjaardag is [[date:3/8]] toch?",
        "Afspraak: [[date:vrijdag 22e]] om 9u toch",
        "Nacht van [[date:31/1 jan]] rustig verlopen.",
        "Gebeld op [[date:6/7/24]] en [[date:22 september]].",
        # must stay: a share, a score, round the clock, a counted ordinal
        "morgen 2/3 van de groep aanwezig",
        "Hij scoorde 3/1 in de finale.",
        "verjaardag 2/3 keer gevierd",
        "maandag 2e keer gebeld",
        "Wij zijn 24/7 bereikbaar.",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round13_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 50


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("nul", 0),
        ("één", 1),
        ("twaalf", 12),
        ("drieëntwintig", 23),
        ("negenennegentig", 99),
        ("honderdtwaalf", 112),
        ("honderdentwaalf", 112),
        ("zeshonderdvier", 604),
        ("elfhonderd", 1100),
        ("negentienhonderdnegenennegentig", 1999),
        ("tweeduizendnegentien", 2019),
        ("zesduizend", 6000),
        ("meisje", None),
        ("en", None),
        ("honderdmeisje", None),
    ],
)
def test_word_value(word: str, value: int | None) -> None:
    assert word_value(word) == value


def test_digit_run_stops_at_other_words_and_punctuation() -> None:
    low = "nul zes, twaalf vier... nee"
    end, digits, _ = digit_run(low, 0)
    assert digits == "06124" and low[:end] == "nul zes, twaalf vier"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("honderdtwaalf derde", "honderdtwaalf"),
        ("tweehonderd drieëntwintig moeder", "tweehonderd drieëntwintig"),
        ("vierentwintig zeventig postcode", "vierentwintig zeventig"),
        ("elfhonderd b en", "elfhonderd b"),
        ("zeventig drie", "zeventig"),
        ("een fiets", None),
        ("honderdduizend", None),
    ],
)
def test_house_number(text: str, found: str | None) -> None:
    end = house_number(text, 0)
    assert (text[:end] if end else None) == found


def test_spoken_year_and_postcode() -> None:
    assert spoken_year("twintig tweeëntwintig", 0) == len("twintig tweeëntwintig")
    assert spoken_year("tweeduizend negentien", 0) == len("tweeduizend negentien")
    assert spoken_year("twintig kinderen", 0) is None
    assert spoken_postcode("twee vijf twee zes ka", 0) == len("twee vijf twee zes ka")
    assert spoken_postcode("nul vijf twee zes ka", 0) is None
    assert spoken_postcode("twee vijf twee zes en", 0) is None


if __name__ == "__main__":
    bad = [(cid, ex, check(ex)) for cid, ex in CASES if check(ex)]
    for cid, ex, probs in bad:
        print(cid, probs, "|", ex.replace("\n", "\\n")[:100])
    print(f"{len(CASES) - len(bad)}/{len(CASES)} pass")
