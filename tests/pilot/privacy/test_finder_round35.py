"""Thirty-fifth round: a title after a title ("pastor ds. Wijngaarden", "prof. dr."); a
surname's particles written with a capital where no first name precedes them ("naar Van
der Hoeven"); a titled surname before "van de" and a street ("dhr. de Vos van de
Zuidlarenstraat 57": the man, then his street); medicines, which are no names; a
numbered heading ("Stap 2:"); nouns that end like a street ("verzekering 130"); calendar
entries and bank exports that write a date as eight digits; the id of an online meeting,
which is no citizen number; a mistyped citizen number the text itself calls wrong; a
claim's number after "vord." and a payment's reference after "o.v.v."; a quarter in a
creditor list; a PO box's postcode after a middle dot; a code with a scheme and a district
before its year ("Wth-DH-2024-0219"); organisations and shops named like people
("Hans Anders"), a building after "van De", a foundation's name word by word, a family in
a country, a sentence opening after a title's dot, mail systems, care shorthand, a pet in
brackets; initials the text itself calls initials, also inside file names; an initial
glued after a surname in a file's or folder's name; the login in a home folder's path
or a personal OneDrive link; two initials sharing a surname ("A. & M. Kowalczyk").

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    "chained-titles": [
        "Gesprek met pastor ds. [[person:Wijngaarden]] over de uitvaart.",
        "Verwezen naar mevrouw dr. [[person:Yildiz]] van de geheugenpoli.",
        "Advies van prof. dr. ir. [[person:Bakker]] volgt.",
    ],
    "capital-particles": [
        "Heb je de brief al naar Van der [[person:Hoeven]] gestuurd?",
        "Volgens de BRP heet zij Van der [[person:Zee]], niet anders.",
        "Meneer Van der [[person:Sluis]] vulde het formulier zelf in.",
        "Ik heb Ter [[person:Horst]] gisteren gesproken.",
    ],
    "titled-name-then-street": [
        "Is dhr. de [[person:Vos]] van de [[address:Zuidlarenstraat 57]] bekend bij jullie?",
        "mw van der [[person:Laan]] van de [[address:Lijsterbesstraat 220]] belde de wijkagent",
        "Hij woont op de [[address:Laan van Meerdervoort 12]].",
        "Is dat de meneer van de [[address:Juliana van Stolberglaan 39]]?",
    ],
    "medicines": [
        "Gebruikt Tamsulosine en Furosemide, valt vaker.",
        "Zij nam haar Marcoumar twee keer in.",
        "| Galantamine | 16 mg | 1dd1 |",
        "Sinds gisteren Rivastigmine pleister 4,6 mg.",
        "Kreeg drie dagen geen Sinemet, de rol lag bij de buren.",
    ],
    "numbered-headings": [
        "Stap 1: [[date:9 jan]] / Stap 2: [[date:10 jan]] / Stap 3: [[date:11 jan]]",
        "Casus 3: eergerelateerd, advies gevraagd.",
        "Agenda: 1) [[person:Visser]] 2) [[person:Jansen]] / [[person:Hoek]] 3) rondvraag",
        "[[person:kelly]] 09:00\ngoedemorgen allemaal",
    ],
    "nouns-like-streets": [
        "Vaste lasten:\n- huur 650\n- verzekering 130\n- telefoon 35",
        "Declareren op kostenplaats 4410.",
        "Bijstand (uitkering 1, [[date:28-03-2024]]) is gestort.",
        "Zij woont op [[address:dorpsstraat 12]].",
    ],
    "compact-dates": [
        "BEGIN:VEVENT\nDTSTART:[[date:20240612]]T090000\nDTEND:[[date:20240612]]T100000",
        '"[[date:20240315]]","Huur","[[iban:NL47INGB5822664928]]","712,35"',
    ],
    "meeting-ids": [
        "Telefonische conferentie-id: 730 155 298#",
        "Phone Conference ID: 521 746 383#",
    ],
    "wrong-citizen-numbers": [
        "BSN klopt niet?? Mw. [[person:Benali]] gaf [[bsn:640127989]] op.",
        "Bijlage: brief gemeente BSN [[bsn:173131888]].pdf",
    ],
    "payment-references": [
        "- vord. [[dossier:2291-0088]] → € 742 (Intrum)",
        "Betalen aan Essent, [[iban:NL88ABNA5158014425]], o.v.v. [[dossier:3001428870]].",
        "Q1 2023: € 14.200\nQ3 2023: € 12.940",
        "Postbus 16223 · 2500 BE Den Haag",
        "na het huisverbod ([[dossier:Wth-DH-2024-0219]]) is een plan gemaakt",
    ],
    "not-people": [
        "Wilt u het overmaken naar Hans Anders? Dan kan de bril besteld worden.",
        "Slachtofferhulp via Kompassie, nazorg drie maanden.",
        "Zij is welkom in de zaal van De Lindehof om 15.00 uur.",
        "De zoon van De [[person:Groot]] belde terug.",
        "Hulp via Stichting Somali Bravo bij gesprekken.",
        "Lening familie Marokko ± € 5.000",
        "Budgetplan fam. [[person:Wijngaarden]] (maand)",
        "Met machtiging van mw. Daarna de aanvraag bijstand.",
        "Van: Postmaster\nOnderwerp: Niet bezorgd",
        "[[date:03-01-2024]] – pte. gevallen thuis, pols gekneusd.",
        "[[person:Petra]] (VIG): mw. [[person:Groenendijk]] heeft goed gegeten.",
        "Hond (Bello) is agressief naar de thuiszorg.",
        "Groet van [[person:Sylvia]], EVV'er afdeling De Duinroos.",
        "Uithuisgeplaatste: [[person:Adrian Nowicki]], sleutels ingeleverd.",
    ],
    "file-names-and-paths": [
        "1. [[person:AKH]]_[[date:140381]]_intake.docx\n2. [[person:AKH]]_brief.pdf\n"
        "[[person:AKH]] = initialen van de cliënt",
        "Bestand: Overzicht_schulden_[[person:Nieuwenhuis_H]]_v2 (DEFINITIEF).xlsx",
        "C:\\Users\\[[person:mvdberg]]\\Downloads\\kopie.pdf",
        "https://gemeente-my.sharepoint.com/personal/[[person:l_vos]]_gemeente_nl/Documents/x",
        "Scan_[[bsn:980644276]]_ID-bewijs.pdf",
        "Onderwerp: afstemming [[person:A.]] & [[person:M. Kowalczyk]] (broer en zus)",
    ],
}

CASES = [(f"{group}-{i}", ex) for group, exs in GROUPS.items() for i, ex in enumerate(exs)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round35_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 20
