"""Twelfth round, structured data: log-style day-months, new case-number cues, compass streets.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out sets 25-26: a day-month
without a year after a report or update word ("RAPP. 10-5", "Bijgewerkt 4-11 door"), in
brackets after a relative week ("Vorige week (3-7)"), as the deadline of an action point
whose clause holds an e-mail address ("mailt ... naar a.b@c.nl voor 4-3.") or closing a
signed line ("Opgesteld door X, consulent, 8-1."); a case number after "bekend onder", a
"...snr." or "...kenmerk" compound, or a system code in brackets ("(ZIS 30417725)"); a
street split by the compass ("Ringbaan-Oost 151-3hg") with a bracketed lower-case postcode
("(5031 cm)").  Each group also holds look-alikes that must stay untouched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # a day-month after a report or update word, closing the clause or before its author
    "update_dates": [
        "RAPP. [[date:10-5]]\nmevrouw slaapt slecht, eet weinig.",
        "Rapportage: [[date:6-12]]. Gesprek met de dochter.",
        "Bijgewerkt [[date:4-11]] door collega.",
        "Laatst gewijzigd [[date:3-2]].",
        "Plan aangepast [[date:12-9]], zie dossier.",
        # must stay: counts, scores and ranges after the same words
        "Bijgewerkt 2-3 keer per jaar.",
        "Plan aangepast 1-2 weken later.",
        "Rapportage over 3-4 gezinnen.",
        "Rapport 6-7 gehaald voor wiskunde.",
        "De stand was 3-1 bij de rust.",
    ],
    # a day-month in brackets after a relative week or day
    "relative_bracket": [
        "Vorige week ([[date:3-7]]) hadden wij intervisie.",
        "Gisteren ([[date:12/3]]) belde de buurvrouw.",
        "Komende maandag ([[date:6-5]]) gaan we langs.",
        # must stay: a score, a count or a share in the same brackets
        "Vorige week (3-1 gewonnen) was het feest.",
        "Vorige week (2-3 keer) gebeld, geen gehoor.",
        "Het team (3-1) speelde goed.",
        "Vorige week (1/2 van de groep) was er ziek.",
    ],
    # a deadline in an action point whose clause holds an e-mail address
    "action_deadline": [
        "AP: [[person:Mehmet]] mailt het verslag naar [[email:mehmet.koster@wijkteam.nl]] voor [[date:4-3]].",
        "[[person:Latifa]] stuurt de stukken naar [[email:l.gomes@kredietbank.nl]] voor [[date:12-9]].",
        "Actie: het formulier naar de bewindvoerder voor [[date:3-1]].",
        # must stay: a score after "voor", counts and a share
        "De spits zorgde voor 2-1.",
        "Hij belt 2-3 keer per week.",
        "Zij stuurt voor 2-3 personen een uitnodiging.",
        "AP: zorg voor 1-2 vrijwilligers per avond.",
        "De stand was 3-1 voor ons.",
        "Hij belt en zegt dat het team ging voor 2-1.",
    ],
    # a day-month closing a signed line
    "signed_line": [
        "Opgesteld door [[person:Nadia Kramer]], MEE-consulent, [[date:8-1]].",
        "Genotuleerd door [[person:Femke]], [[date:14-2]]",
        "Verslag door [[person:Sanne]], wijkcoach, [[date:3-10]].",
        # must stay: a score, a group or a version at the end of a signed line
        "Opgesteld door groep 5, score 3-1.",
        "Verslag door de jeugd, uitslag 2-1.",
        "Opgesteld door de werkgroep, versie 2-1.",
        "Een baan van 9-5 werk.",
        "Namens de club, 3-1.",
        "Bereikbaar 24-7 zorg.",
    ],
    # a case number after "bekend onder", a "...snr." compound or a "...kenmerk" compound
    "case_cues": [
        "de meneer die bij ons bekend is onder [[dossier:SHV22-341]]? Dan even afstemmen.",
        "Zij staat geregistreerd onder nummer [[dossier:2024-11873]].",
        "Via Veilig Thuis (meldingsnr. [[dossier:126220]]) bleek dat er zorgen waren.",
        "Het aanvraagsnummer is [[dossier:AV-88123]].",
        "Betaalkenmerk [[dossier:2025.118.047]], van de rekening van de cliënt.",
        "Graag het betalingskenmerk [[dossier:7001 2233 4455]] vermelden.",
        # must stay: names, counts and years after the same cues
        "Hij is bekend onder 3 namen.",
        "Zij is ingeschreven onder 2024.",
        "Bekend onder de bijnaam [[person:Kiki]].",
        "Het kenmerk van de zaak is de lange duur.",
        "De meldingsnoodzaak is besproken.",
    ],
    # a system code and one long number in brackets
    "system_codes": [
        "Cliënt dhr. [[person:Willems]] ([[dossier:ZIS 30417725]]), wondverzorging been.",
        "Mw. [[person:Pauw]] ([[dossier:EPD 1203344]]) krijgt thuiszorg.",
        # must stay: an amount, a tax or company number, a short or bare number
        "De schuld (EUR 1500000) is te hoog.",
        "Het bedrijf (BTW 123456789) betaalt niet.",
        "Het project (WMO 2015) loopt nog.",
        "Het gebouw (ZIS 3041) is dicht.",
    ],
    # a street split by the compass, with a bracketed postcode even in unit-like letters
    "compass_streets": [
        "Nieuw adres: [[address:Ringbaan-Oost 151-3hg]] ([[postcode:5031 cm]]).",
        "Zij woont aan de [[address:Kanaaldijk-Noord 4]] te Eindhoven.",
        "Post naar [[address:Ringbaan-West 12]], [[postcode:5038 KA]] Tilburg.",
        "Verhuisd naar [[address:Hoefkade 12]] ([[postcode:2526 km]]).",
        # must stay: a route, a unit in brackets after a dose, a compass pair
        "De Noord-Zuid 3 keer genomen.",
        "De Ringbaan-Oost is afgesloten.",
        "Het medicijn (1500 mg) helpt.",
        "[[address:Kerkstraat 4]] (1500 en meer) wordt gesloopt.",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round12_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 50


if __name__ == "__main__":
    bad = [(cid, ex, check(ex)) for cid, ex in CASES if check(ex)]
    for cid, ex, probs in bad:
        print(cid, probs, "|", ex.replace("\n", "\\n")[:100])
    print(f"{len(CASES) - len(bad)}/{len(CASES)} pass")
