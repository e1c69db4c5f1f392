"""Structured labels on shapes and cues the dev corpus lacks (issue #5), own wording only.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and every other finding counts as
a false positive.  Each group holds positives in several wordings next to look-alikes that
must stay readable (counts, fractions, scores, amounts, versions, years).  The rules they
exercise are general: a BSN is nine digits in any grouping that pass the 11-check (any
nine digits after a BSN cue); a case number is an identifier after a cue word, possibly a
few words and a colon later, or a shape no amount has (letter code with digit groups,
dotted groups that are no thousands, a leading zero); a day-month without a year is a
date by its day (13 or more), its place (note line start, table cell), a cue before it,
a time or day part after it, or a full date it ranges to.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402
from pilot.privacy.patterns import elfproef  # noqa: E402

BSN = [
    "Haar BSN is [[bsn:6452 90 415]], gecontroleerd bij de balie.",
    "bsn-nr [[bsn:75-923-3275]] doorgegeven aan de bewindvoerder",
    "Sofinummer: [[bsn:425.774.624]]",
    "Burgerservicenr. [[bsn:67 841 7751]] staat op de beschikking.",
    "Het nummer op de zorgpas: [[bsn:7980 08 398]].",
    "[[bsn:734-537-864]] stond onderaan de brief.",
    "[[bsn:4103 54 284]]\tgecontroleerd\tja",
    "oeps, het juiste is [[bsn:922 795 356]], niet het oude",
    "BSN: [[bsn:5857 38 843]] (nog niet gecontroleerd)",
    "bsn [[bsn:2157.52.697]]",
    "(BSN [[bsn:77 58 72 064]])",
    "burgerservicenummer zoon: [[bsn:457111100]]",
    "Sofi-/BSN-nr.: [[bsn:5402 88 822]]",
    "kind 2 | [[bsn:3645 57 047]] | basisschool",
]
BSN_STAY = [
    "De begroting noemt 701 051 017 als totaal.",
    "Er gaat 25.000.000 naar de wijken.",
    "Een oplage van 1 250 000 exemplaren.",
    "Tussen 2019 en 2023 woonde ze elders.",
    "Ze kreeg 3 brieven, 12 aanmaningen en 450 euro boete.",
]
assert all(not elfproef(n) for n in ("701051017", "585738843"))

DOSSIER = [
    "Het CAK-nummer voor de eigen bijdrage: [[dossier:2023887766]].",
    "AGB-code [[dossier:03-112233]] van de huisarts",
    "patiëntnummer [[dossier:LUMC 5512 8890]], afdeling geriatrie",
    "zaak [[dossier:DUO 2023.4471.9902]] loopt nog",
    "het kenmerk van de deurwaarder is [[dossier:GDW-2022-88123]]",
    "het dossier ([[dossier:VtH-2020-4471]]) is gesloten",
    "bij de jeugdbescherming geregistreerd onder [[dossier:K-712-334]]",
    "(zie [[dossier:0771234]]) voor de voorgeschiedenis",
    "ik zet het in [[dossier:0412265]] 👍",
    "zaak aangemaakt: [[dossier:22.118.4455]] (eigenaar team west)",
    "[[dossier:24.310.0098]] | gesloten | ja",
    "Inschrijfnummer woningzoekende: [[dossier:WZ-1188230]]",
    "polisnummer [[dossier:NN-4471-2209-01]]",
    "meldingsnummer [[dossier:M2024-00871]]",
    "Casusnummer bij de GGD: [[dossier:GGD-33910]]",
    "klantnummer bij de energieleverancier is [[dossier:55120987]]",
    "relatienummer [[dossier:#77120]]",
    "BPV-nummer voor deze aanvragen: [[dossier:7734120056]]",
    "aanvraagnummer voor bijzondere bijstand: [[dossier:BB/2024/00713]]",
    "Cliëntnr. [[dossier:CL 88 1204]] in het systeem",
    "referentie [[dossier:Cjib-4471-0093]] op de acceptgiro",
    "dossier [[dossier:KvK 5512 0987]] van de onderneming",
    "het oude zaaknummer was [[dossier:19.884.2210]]",
    "Registratie: [[dossier:RG-2021-0067]] / nieuw",
]
DOSSIER_STAY = [
    "Het dossier is al 3 jaar oud.",
    "De zaak speelt sinds 2019 en loopt nog.",
    "De zaak kost ons 25000 euro per jaar.",
    "Versie 2.10.3 van het protocol geldt.",
    "In de periode 1998-2002 woonde ze elders.",
    "De {{law:Wmo 2015}} regelt dit.",
    "Dossier 5 van de 12 is gesloten.",
    "Een huur van € 1.234 per maand.",
    "Het klantnummer is nog onbekend.",
    "Zaak 3 van de lijst is lastig.",
    "Tussen 8.30 en 12.00 uur open.",
    "De periode 2020-2024 was zwaar.",
]

DATES = [
    "[[date:16/4]] mw belde over de huur",
    "- [[date:3-5]] gebeld met de school, geen gehoor",
    "• [[date:9/1]]: brief verstuurd",
    "hb [[date:4/11]] gezin thuis aangetroffen",
    "afspr: [[date:9/9]] samen de post doen",
    "De tandarts komt [[date:8/12]].",
    "Volgende keer: [[date:7-11]]",
    "Ingangsdatum [[date:1-12]].",
    "Einddatum: [[date:30/6]]",
    "nachtdienst [[date:6-8]]\nalles rustig",
    "herinneren aan intake schuldhulp [[date:9-5]]",
    "Kan ook [[date:27/5]] of anders [[date:3/6]]?",
    "Ik kan [[date:19/2]] in de middag.",
    "Lukt [[date:5/3]] 's ochtends?",
    "| buurt | [[date:11/3]] |",
    "Afwezig van [[date:20-12]] t/m [[date:2-1-2025]].",
    "Met verlof van [[date:5-8]] tot [[date:19-8-2024]].",
    "Met vriendelijke groet, team west, [[date:22-9]]",
    "Hij zou op [[date:de 28e]] zijn huur betalen.",
    "We spraken af 'op [[date:de 5e]]'.",
    "Jarig op [[date:23/1]], dus dan geen afspraak.",
    "Gepland: [[date:3/3]]",
    "De brief van [[date:14/10]] ligt nog ongeopend.",
    "uitkering stopt per [[date:1/4]]",
    "verhuizing [[date:2-9]]",
    "Overdrachtsdatum [[date:1-7]].",
    "Tot [[date:6/6]] niet bereikbaar.",
    "zorgverlof [[date:29/3]]\nterug [[date:8/4]]",
    "Startdatum traject: [[date:4-3]]",
    "MDO [[date:12/2]], iedereen aanwezig",
    "[[date:7/5]]\t{{role:wijkagent}} langs",
    "zo [[date:2/6]] belde buurvrouw",
]
DATES_STAY = [
    "Ze werkt 3/4 van de tijd.",
    "Hij krijgt 2/3 deel van de uitkering.",
    "Op de toets had ze 7/10 punten.",
    "De hulplijn is 24/7 bereikbaar.",
    "Het was 50-50 of ze zou komen.",
    "Hij komt 2-3 keer per week.",
    "Voor kinderen van 4-8 jaar.",
    "2-3 dagen per week naar de dagbesteding.",
    "Groep 7/8 gaat op kamp.",
    "Zie artikel 4/2 lid 1.",
    "De score was 3-1 voor de thuisclub.",
    "Ze scoorde 14/20 op de toets.",
    "In 1-2 gesprekken lukt dat.",
    "Op 3/4 van de adressen was niemand thuis.",
    "Op 2-3 plekken lag afval.",
    "1-2 keer per maand komt ze langs.",
    "Ongeveer 1/3 van de gezinnen heeft schulden.",
    "Hij zit in klas 5/6.",
    "Ze is 5-6 uur per dag bezig.",
    "Het lukte de 2e keer wel.",
    "Zij woont op de 3e verdieping.",
    "Vanaf 4-6 personen is het druk.",
    "1/2 liter water per dag.",
    "Het scherm is 16/9.",
    "Appartement 15-1 is leeg.",
    "Kamer 14/2 is vrij.",
    "Uitslag: 21-14",
    "Ze slikt 1-2 tabletten per dag.",
]

PHONES = [
    "Bel [[phone:070 – 353 72 00]] voor de wijkpost.",
    "mobiel [[phone:06 – 41 22 80 19]]",
    "[[phone:088 – 123 45 67]] | algemeen nummer",
    "tel [[phone:+31 (0)70 – 345 67 89]]",
    "of via [[phone:010–4123456]]",
    "bel [[phone:070/3456789]] of [[phone:06/12345678]]",
    "Bereikbaar tussen 9-17 uur: [[phone:070/345 67 89]]",
]
PHONES_STAY = [
    "Open van 9 – 17 uur.",
    "Bereik: 20 – 30 gezinnen per jaar.",
]

ADDRESSES = [
    "Ze woont op de [[address:Dorpsstraat 14 2e]] boven de winkel.",
    "langs [[address:Rozenkamp 40-hs]], niemand open",
    "woont op de [[address:Duinhove 12]] sinds kort",
    "verhuisd naar [[address:Vinkenbocht 5]]",
    "[[address:Oostvest 17 1e]], bel werkt niet",
    "woont twee straten verderop ([[address:Tarwekamp 9]])",
    "Mijn oude adres? [[address:Singelweg 51 1e]], bij mijn zus.",
    "op de [[address:Hoefkade 12 3e verdieping]] is het lawaai",
    "adres is [[address:Appelboog 3]]",
]
ADDRESSES_STAY = [
    "Het lukte pas in week 3.",
    "We zitten nu in fase 2 van het plan.",
]

EMAILS_AND_IBANS = [
    "mail [[email:j.jansen(at)gmail.com]] of [[email:info [at] wijkteam-west.nl]]",
    "rekening [[iban:NL91-ABNA-0417-1643-00]] van de bewindvoerder",
    "[[iban:NL91 ABNA 0417 1643 00]] - op haar naam",
]
EXTRA = [
    "langs [[address:Mient 4]] gereden, niemand thuis",
    "cliëntnummer: [[dossier:4471 22 09]] in het systeem",
    "Reg.nr. [[dossier:7781123]]",
    "uitspraak op [[date:2024/03/03]], bezwaar loopt",
    "intake [[date:06/12/2024]] 10:00",
]

POSTCODES = [
    "postcode moet [[postcode:2512hv]] zijn",
    "pc [[postcode:2594ab]] klopt niet in het systeem",
    "nieuw: [[postcode:2531tk]], rest gelijk",
]
POSTCODES_STAY = [
    "Ze slikt 1500mg paracetamol per dag.",
    "Hij fietst 2000km per jaar.",
]

GROUPS = {
    "bsn": BSN,
    "bsn_stay": BSN_STAY,
    "dossier": DOSSIER,
    "dossier_stay": DOSSIER_STAY,
    "date": DATES,
    "date_stay": DATES_STAY,
    "phone": PHONES,
    "phone_stay": PHONES_STAY,
    "address": ADDRESSES,
    "address_stay": ADDRESSES_STAY,
    "postcode": POSTCODES,
    "email_iban": EMAILS_AND_IBANS,
    "extra": EXTRA,
    "postcode_stay": POSTCODES_STAY,
}
CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_structured_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_label_of_grouped_bsn() -> None:
    """A grouped BSN is reported as a BSN, a year-number case number stays a case number."""
    found = find_personal_data("BSN 6452 90 415, dossier 2023-04711")
    assert [(f.text, f.label) for f in found] == [
        ("6452 90 415", "bsn"),
        ("2023-04711", "dossier"),
    ]


def test_enough_examples() -> None:
    assert len(CASES) >= 120
