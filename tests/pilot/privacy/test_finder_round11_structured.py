"""Eleventh round, structured data: organisation numbers, bare ordinal days, deadlines, streets.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out sets 23-24: a case
number right after an organisation's code ("SVB 7722 0913 4", "HW 24/499",
"CJG.2025.8889"); a weekday with a bare ordinal day ("donderdag 12de?"); a day-month after
a note abbreviation ("aant. 1-9:"), as a deadline ("als geen reactie voor 1-3") or in
apposition to a relative day ("gisteren, 3/12"); a recurring debit day ("incasso op de
1e"); a lower-case street named after a first name ("jan blankenstraat 7"); and an age
limit that looks like a house number ("overgang 18-/18+").  Each group also holds
look-alikes that must stay untouched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # an organisation's code right before its number
    "org_numbers": [
        "haar klantnummer bij de SVB is [[dossier:SVB 7722 0913 4]]. Dank je!",
        "Schulden: boetes ([[dossier:CJIB 2024 8812 3309]]), energie.",
        "bekend bij ons onder [[dossier:HW 24/499]], spijbelt al maanden",
        "graag de casus ([[dossier:CJG.2025.8889]]) anonimiseren",
        "zie melding [[dossier:VT 23/10456]] van vorig jaar",
        "aanvraag loopt bij [[dossier:UWV 118 4402 77]] sinds de zomer",
        # no case numbers: a date in groups is a date; weeks, years, short counts and
        # round-the-clock lines stay
        "MDO [[date:12 03 2024]] in de grote zaal",
        "planning WK 12/2024 staat in de agenda",
        "subsidie BTW 2023 2024 2025 verrekend",
        "uitslag NS 12 3 4 was onduidelijk",
        "een begroting van EUR 12 500 000 voor de wijk",
        "bereikbaar via GGD 24/7 voor vragen",
        "In 2024 kregen 1200 gezinnen hulp.",
    ],
    # a weekday and a bare ordinal day closing the clause
    "weekday_ordinal": [
        "mijn zoon is ziek. kan het [[date:donderdag 12de]]? groetjes",
        "Afspraak verzet naar [[date:maandag 3e]].",
        "Zij komt [[date:vrijdag, 21ste]]!",
        # must stay: an ordinal counting something else
        "maandag 2e keer langs geweest",
        "zaterdag 1e elftal gewonnen",
        "dinsdag 3e ronde van de cursus",
    ],
    # a day-month after a note abbreviation, as a deadline, or after a relative day
    "short_dates": [
        "aant. [[date:1-9]]: dhr belde boos, uitkering niet ontvangen",
        "Notitie [[date:4/6]]: brief verstuurd.",
        "als geen reactie voor [[date:1-3]] -> bemoeizorg inschakelen",
        "graag betalen voor [[date:5-6]].",
        "Kort: zij is [[date:gisteren, 3/12]] bevallen van een zoon.",
        "Hij belde [[date:vandaag, 8/4]] terug.",
        # must stay: scores, ranges and shares
        "aant. 3-4 kinderen in de klas",
        "De spits zorgde voor 2-1.",
        "De stand was 3-1 voor ons.",
        "geschikt voor 4-6 jarigen",
        "gisteren, 3 keer gebeld",
        "als het lukt voor 2/3 van de kosten",
    ],
    # a recurring debit day is no date; a single payment day is
    "debit_days": [
        "huur € 712 (automatische incasso op de 1e), zorgverzekering CZ",
        "salaris komt op de 25e binnen",
        "maandelijks afgeschreven op de 28e.",
        "De huur is op [[date:de 3e]] betaald, zei hij.",
    ],
    # a lower-case street named after a first name
    "street_first_name": [
        "ben net weg bij [[person:kuipers]] ([[address:jan blankenstraat 7]]), hij was verward",
        "afspraak op [[address:piet heinstraat 12]] om tien uur",
        "woont [[address:johan willemslaan 4]] sinds maart",
        # must stay: a preposition or plain word before the street is no part of it
        "ik ga via [[address:blankenstraat 7]] naar huis",
        "zie [[address:kerkstraat 3]] voor de sleutel",
    ],
    # an age limit that looks like a house number
    "age_limits": [
        "Besproken: overgang 18-/18+. Voorbeeldcasus volgt.",
        "jongeren in de overgang 18+ krijgen een mentor",
        "Zij woont op de [[address:Overgang 18]], naast de school.",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round11_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 40


if __name__ == "__main__":
    bad = [(cid, ex, check(ex)) for cid, ex in CASES if check(ex)]
    for cid, ex, probs in bad:
        print(cid, probs, "|", ex.replace("\n", "\\n")[:100])
    print(f"{len(CASES) - len(bad)}/{len(CASES)} pass")
