"""Fourteenth round, structured data: creditor tables, court numbers, streets, mail dates.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out set 28: a debt file
lists the client's reference number at each creditor in a table row ("CJIB | 7001 2288
4419 3310 | € 412,50"), with pipes or tabs, a lower-case label before the number or a
code in capitals; a CJIB payment reference has four groups of four digits; court numbers
come as insolvency numbers ("C/09/R/24/118 FT") or go on with a request number without a
slash ("C/09/512200 BW RK 16-2281"); streets end in "-wallen" or "-land", stand alone
after an adjective ("Hoge Zand") or join a name with "te" ("Huis te Landelaan"); a note
abbreviates "adres" as "adr:"; a postcode fills the cell after an address; an English
mail abbreviates its weekday ("Thu, 16 Jan 2025"); a day-month opens a header line of
cells ("12/12 | Spoorwijk").  Each group also holds look-alikes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402
from pilot.privacy.creditor_tables import table_references  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # the client's reference number in a row "creditor | number | amount | status"
    "creditor_tables": [
        "| Schuldeiser | Kenmerk | Bedrag | Status |\n|---|---|---|---|\n"
        "| CJIB | [[dossier:7001 2288 4419 3310]] | € 412,50 | regeling |",
        "| Haag Wonen | huurcontr. [[dossier:40022871]] | € 1.645,12 | dreigende ontruiming |",
        "| Belastingdienst | [[dossier:8120.44.391.T.05]] | € 3.210,00 | bezwaar |",
        "schuldeiser\tkenmerk\thoofdsom\tstand\nEneco\t[[dossier:EN 2280 1144 09]]\t712,33\tincasso",
        "schuldeiser\tkenmerk\thoofdsom\nDSW\t[[dossier:302215]]\t466,20\tregeling",
        "eneco | ? | ca 800\nvgz | [[dossier:VGZ 4412200]] | 1245,50",
        "crediteur | kenmerk | bedrag\nGemeentelijk Belastingkantoor | [[dossier:GBK 887120]]  | 344",
        "crediteur | kenmerk | bedrag\nZiggo                     | [[dossier:40098812]]         | 211",
        # must stay: no number, an amount column, counts, a year, a date, a version, a phone
        "| Odido | - | € 178,90 | bij incassobureau |",
        "Wehkamp\t-\t389,95\tgestopt",
        "kredietbank | lening 2019 | 3500",
        "| team | 2 | 3 | 4 |",
        "| Gemeente | 12.500 | 300 | open |",
        "schuldeiser | hoofdsom | rente\nDUO | 14120 | 300",
        "| Ziggo | [[date:01-05-2025]] | 211 | betaald |",
        "| Pakket | 1.2.3 | 40 | versie |",
        "| Ziggo | [[phone:070 3456789]] | 211 | bellen |",
        "| DUO | 12345 | geen bedrag | open |",
        "| Lyca Mobile | n.v.t. | 98 |",
    ],
    # payment references, insolvency numbers and court numbers with a request number
    "court_and_payment_numbers": [
        "nieuwe vordering CJIB ([[dossier:3901 2288 4470 1115]]) bijwerken",
        "WSNP-verzoek (rechtbank Den Haag, [[dossier:C/09/R/24/118 FT]]), klachten",
        "de insolventie [[dossier:C/13/24/512 F]] loopt nog",
        "rekening en verantwoording, [[dossier:C/09/512200 BW RK 16-2281]]\nDatum: [[date:28-03-2025]]",
        "rolnummer [[dossier:9887654 BW VERZ 25-233]]\n\nDe heer heeft verzocht",
        # must stay: a time, round the clock, a page, a share, a year range, three groups
        "bereikbaar 24/7 via de dienst",
        "pagina 2/3 van het verslag",
        "van 2019 tot 2022 in beeld",
        "om 09:30 uur overleg",
        "de score 1234 5678 9012 is geen kenmerk",
        "artikel 3/4 van de wet",
    ],
    # streets: "-wallen", "-land", a street word alone after an adjective, "te" in the name
    "street_shapes": [
        "afsluiting bij de familie ([[address:Leidsewallen 60]], Zoetermeer). Klantnummer volgt",
        "2. Dhr, 77, [[address:Isabellaland 1432]]. Leeft samen met partner",
        "kamer via Stichting, [[address:Hoge Zand 4-D]]), werkt niet",
        "Betreft: huurder, [[address:Huis te Landelaan 240]], [[postcode:2283 SJ]] Rijswijk",
        "naam: mw\ngeb: [[date:7-4-'52]]\nadr: [[address:mient 312]] Segbroek\ntel [[phone:0703601177]]",
        "klant: fam.  | [[address:Parallelweg 66-hs]] | [[postcode:2525 na]]\nstaedion | x | 2100,-",
        # must stay: countries and regions, a year, a count, a postcode-like cell elsewhere
        "zij woont sinds 2019 in Nederland 3 jaar",
        "geboren in Engeland 1966 en verhuisd",
        "werk in het Westland 40 uur per week",
        "Het Zand 3 keer per week",
        "| groep | 2 | 2525 na |",
    ],
    # an English weekday abbreviated in a mail header; a day-month opening a header of cells
    "dates": [
        "To: team\nDate: [[date:Thu, 16 Jan 2025]]\nSubject: overdracht",
        "Sent: [[date:Mon, 3 Feb 2025]] 10:14",
        "MDO – kort\n[[date:12/12]] | Spoorwijk\nafspraken",
        # must stay: a share or count opening a row of numbers, a time, a page number
        "2/3 | 4 | 5",
        "1/2 | 12 | 14",
        "de Fri-daagse op [[date:12 maart]]",
        "blz. 4/5 en verder",
        # (under a "Datum" header a day-month is a day: round 28)
        "Datum | Actie | Status\n[[date:3/2]] | Intake | Klaar",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round14_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 40


def test_table_references_need_an_amount_after_the_number() -> None:
    text = "| CJIB | 7001 2288 4419 3310 | € 412,50 |\n| CJIB | 7001 2288 4419 3310 | open |"
    found = [text[s:e] for s, e in table_references(text)]
    assert found == ["7001 2288 4419 3310"]


def test_table_references_skip_an_amount_column() -> None:
    text = "schuldeiser | bedrag | rente\nDUO | 44120 | 300\n\nDUO | 44120 | 300"
    found = [(s, text[s:e]) for s, e in table_references(text)]
    assert found == [(text.rindex("44120"), "44120")]
