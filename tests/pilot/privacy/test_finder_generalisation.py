"""Rules added to generalise beyond dev.jsonl, one example each (markup as in the examples).

``[[label:text]]`` must be found (every non-space character covered), ``{{kind:text}}``
must stay untouched.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

CASES = [
    # persons: structural cues, chat speakers, labels, propagation, lower case, capitals
    "[9:36] [[person:Jurien]]: ja, bel haar maar",
    "12-03-24 14:05 - [[person:Youssef]]: ik ga mee",
    "Notulist: [[person:Ayşe]]\n\n1. Opening",
    "Roepnaam: [[person:Dija]]",
    "Het {{org:Leger des Heils}} nam [[person:Frank]] op. [[person:Frank]] is 51.",
    "ik heb gisteren met [[person:esra]] gebeld. ze komt dinsdag.",
    "dhr [[person:de wit]] opgehaald door zoon [[person:kevin]]",
    "[[person:Bakker]] zelf wil niet, maar zijn vrouw wel.",
    "[[person:Visser]] en [[person:Kok]] (beiden buren) belden de politie.",
    "[[person:Jaïr]] en [[person:Naïma]] zijn de kinderen van [[person:Soumia]].",
    '[[person:Sevgi]]: "Ik kan niet meer."',
    "Client: [[person:Ozturk, H.]] (dhr)",
    "Naam: [[person:JANSEN]], [[person:Pieter]]",
    "Mw. [[person:A. Bakker - de Wit]] belde.",
    "dokter [[person:van Leeuwen]] ({{age:87}}) en de {{role:wijkverpleegkundige}} "
    "([[person:Marjolein]])",
    "[[person:Mei]] Chen en haar zus: Beste [[person:Mei]],",
    # context that must stay
    "Het gezin [[person:Hirsi]] woont in {{wijk:Vruchtenbuurt}}.",
    "[[person:Agnieszka]] woont in {{city:Rijswijk}}.",
    "{{role:Casusregisseur}} [[person:Omar]] belde {{org:Haagwonen}} en {{org:De Mussen}}.",
    "Het Wijkcentrum De Henri en {{org:Stichting Mooi}} in {{wijk:Leyenburg}}.",
    "Heading\n\n{{role:consulent}}\n\nAanleiding\nOp [[date:2 jan.]] kwam de melding.",
    "Oudste zit op het Johan de Witt College; {{org:Florence}} helpt.",
    "Met [[person:Latifa]] naar de {{org:Voedselbank}} aan de [[address:Zuidlarenstraat 57]].",
    # structured data
    "evaluatie op [[date:woensdag 05-05]] en [[date:zo 12/3]]; ook [[date:28 jun '17]]",
    "Op de [[date:3e]] is de huur afgeschreven, in {{week:week 12}} nog niet.",
    "Afspraak: [[date:12-3]]. Rapport van [[date:15-01]]. Periode [[date:1 t/m 15 maart]].",
    "Geb.datum: [[date:01011970]]",
    "Bel [[phone:0800-1234]] of [[phone:+31(0)6 41237788]].\n[[date:28 jun '17]]: huisbezoek",
    "Nieuw adres: [[address:Prinses Beatrixlaan 45-II]], [[postcode:2527 hk]]",
    "Verhuisd naar [[address:'s-Gravenzandelaan 20]], [[postcode:2526bx]].",
    "adres: [[address:van der vennestraat 12]], [[postcode:2525 cd]]",
    "Rek.nr. [[iban:NL 91 ABNA 0417 1643 00]]",
    "casusnr. [[dossier:AB/2023/118]], regnr [[dossier:7781-22]], [[dossier:2024/0088-J]]",
    "Mw [[person:Wijngaarde]] in {{wijk:Laakkwartier}}\n[[date:22/2/19]]: niet thuis",
    "Geplaatst door [[person:Keesje]] ({{role:ouderenadviseur}}, {{wijk:Moerwijk}})",
    "Wat hielp: [[person:Sanae]] van {{org:Woonzorg Nederland}} erbij halen.",
    "Op [[date:vrijdag 31 mei]] komt [[person:Maricel dela Cruz]] langs.",
    "client = [[person:Linh Le]]\niban = [[iban:nl12knab0999698761]]",
    "De {{role:woonconsulent}} gaat langs op [[address:Mient 4]]; melding op [[date:Maandag 3 maart]].",
    "gestuurd naar [[address:De la Reyweg 88]] te {{city:Zoetermeer}}",
    "Naam: [[person:Ahmadzai, Shabnam]]\nmevr. [[person:veldhuis]] akkoord",
    "[[person:Serkan Polat]];[[date:17 juni 1991]];[[postcode:2533 ee]];[[phone:088-1133272]]",
    # after heldout5/6: titles, English openers, tables, signatures, header fields
    "{{title:Schuldvermijding}} aanpakken in de wijk\n\nDe aanpak werkte.",
    "{{en:Quick}} update: [[person:Noor]] is better. {{en:Please}} call the team.",
    "Naam | Rol\n[[person:Xiadani Oyelaran]] | cliënt\n[[person:Tuvshin]] | buurman",
    "Met vriendelijke groet,\n[[person:Mehari Oyelaran]]\n{{role:budgetcoach}}",
    "meneer [[person:la]] belde gisteren",
    "Zij woont op nummer [[address:7 aan de Spinozastraat]].",
    "mevr. [[person:Oyelaran]] (geb. [[date:4 mei 1980]], [[address:Tienhoven 12]])",
    "Van: [[person:Radost]]  Aan: [[person:Tuvshin]]\n- overdracht",
]
DOCS = [parse(c) for c in CASES]


@pytest.mark.parametrize(("text", "pii", "keep"), DOCS, ids=[str(n) for n in range(len(DOCS))])
def test_generalisation_case(text: str, pii: list[dict], keep: list[dict]) -> None:
    findings = find_personal_data(text)
    chars = {i for f in findings for i in range(f.start, f.end)}
    for g in pii:
        missed = [
            i for i in range(g["start"], g["end"]) if i not in chars and not text[i].isspace()
        ]
        assert not missed, (g, findings)
    for k in keep:
        hit = [f for f in findings if f.start < k["end"] and k["start"] < f.end]
        assert not hit, (k, hit)


def test_a_heading_after_a_role_is_no_name() -> None:
    text = "Opgesteld door: T. de Groot, Wmo-consulent\n\nAanleiding\nOp 2 jan. kwam de melding."
    names = [f.text for f in find_personal_data(text) if f.label == "person"]
    assert names == ["T. de Groot"]
