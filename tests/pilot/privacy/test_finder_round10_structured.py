"""Tenth round, structured data: case-number lists, regional dates and streets after a name.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out sets 21-22: a case
number after a compound or plural "dossier" cue, in a list, or after an English "V-number";
a code that holds a phone-like run ("HC-0044187-02"); numbered visit logs ("2e 3/7:") and
signals ("(signaal 4-10)"); Frisian and Limburg month and weekday names; a street without
a street word in a dash-separated header or in brackets after a person; and a floor after
a dash ("49-2e"); free and anonymous helplines.  Each group also holds look-alikes that must stay untouched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # a case number after a compound or plural cue, in a list, or after "V-number"
    "dossier_cues": [
        "Jeugddossier: [[dossier:23-7781]] is overgedragen.",
        "zie huurdossier [[dossier:WB 2020.5512]] voor de achterstand",
        "Open dossiers: [[dossier:8812345]], [[dossier:JZ-2024-0031]] en [[dossier:GK 2023.1187]].",
        "Zaaknummers: [[dossier:2024-5512]]; [[dossier:2024-5513]].",
        "Zijn V-nummer is [[dossier:V-1188 220 417]], graag checken.",
        "energiecontractnummer [[dossier:EC-0031774-01]] staat op de brief",
        # must stay: counts, amounts, times and dates after a listed identifier
        "dossier [[dossier:1234567]], 3 kinderen, sinds 2019 bekend",
        "kenmerk [[dossier:JZ 2019 8104]], EUR 1.567 achterstand",
        "melding [[date:22-10-2024]], 23.40 uur binnengekomen",
        "Het dossier is dik: 120 pagina's.",
        "Lopende dossiers: geen.",
        "Twee dossiers: 4 en 5 jaar oud.",
        "versie 2.4 van het gezinsdossier staat klaar",
    ],
    # numbered visit logs and signals; scores, ranges and shares stay
    "short_dates": [
        "1e huisbezoek [[date:25 mei]]: geen gehoor\n2e [[date:3/7]]: met wijkagent\n"
        "3e [[date:8-11]]: mag binnen",
        "Bekend bij het team (signaal [[date:4-10]]) via de huisarts.",
        "Buurtsignaal [[date:12-3]].",
        "Post: [[person:Piet ten Brinke]] · [[date:30/05/2022]] 10.00",
        # must stay
        "2e ronde 3/4 van de deelnemers was er weer bij",
        "3e 8-11 jaar: groep met de jongste kinderen",
        "De wedstrijd eindigde 3-2 voor de thuisploeg.",
        "Signaal: 2-3 keer per week overlast.",
        "gemiddeld scoort het team 7/10",
        "2e helft 3-1 na verlenging",
        "op de 25e van elke maand komt de huur binnen",
    ],
    # Frisian and Limburg month and weekday names
    "regional_dates": [
        "Sûnt de dea fan har man ([[date:3 novimber]]) sit se allinne.",
        "Volgende afspraak: [[date:tiisdei 14 jannewaris]] om 10.00.",
        "Hy is op [[date:snein 2 maaie]] weromkommen.",
        "Ze is op [[date:3 fibberwarie]] verhuisd nao 't verzorgingshoes.",
        "Gesprek op [[date:vriedig 12 miert]] bij de dochter.",
        "Evaluaasje [[date:21 desimber 2024]].",
        # must stay: the words without a day, and a day with a count
        "Yn novimber hawwe wy in soad meldingen hân.",
        "De miert is geen datum, de mier wel een insect.",
        "Op freed komme 3 frijwilligers.",
    ],
    # a street without a street word after a person, in a header or in brackets
    "street_after_name": [
        "mw [[person:Appiah]] – 53 – [[address:Dennenrode 24A]] – woont met zoon",
        "De brief voor mw. [[person:Dumitru]] ([[address:Kraaiennest 429]]) is verstuurd.",
        "dhr. [[person:Yilmaz]] – [[address:Wagenstraat 3]] – schulden",
        "fam. [[person:Bakker]] – 2 kinderen – [[address:Bijlmerdreef 118-C]]",
        # must stay: ages, rooms, groups, a neighbourhood without a number, years
        "mw [[person:Appiah]] – 53 – woont met zoon",
        "mw. [[person:Jansen]] (Lokaal 12) en dhr. [[person:Bakker]] (Groep 3)",
        "Bijeenkomst in Kraaiennest, met buurtbewoners.",
        "dhr. [[person:Kok]] – Fase 2 – gesprek gepland",
        "mw. [[person:Dekker]] (Versie 2) van het plan",
        "mw. [[person:Smit]] – Sinds 2019 – bekend",
    ],
    # a floor after a dash belongs to the house number
    "floor_suffix": [
        "Adres: [[address:Engelenburgstraat 49-2e]]. Verder niets.",
        "woont [[address:Van Hallstraat 12-3de]], bel aan",
        "huisbezoek [[address:Kerklaan 7-1ste]] om tien uur",
        # must stay: an ordinal without a street
        "de 2e keer was beter dan de 1e",
    ],
    # a free or anonymous helpline is public; a personal number with the same words is not
    "helplines": [
        "Twijfel? Anoniem advies kan altijd via 0800-2000.",
        "Bel de gratis hulplijn 0800-0113 bij zorgen.",
        "Gratis bellen kan ook naar haar mobiel: [[phone:06-12345678]].",
        "Zijn werknummer is [[phone:0800-3188]], daar is hij overdag.",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round10_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 45


if __name__ == "__main__":
    bad = [(cid, ex, check(ex)) for cid, ex in CASES if check(ex)]
    for cid, ex, probs in bad:
        print(cid, probs, "|", ex.replace("\n", "\\n")[:100])
    print(f"{len(CASES) - len(bad)}/{len(CASES)} pass")
