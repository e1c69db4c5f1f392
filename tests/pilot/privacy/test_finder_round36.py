"""Thirty-sixth round: shops, associations and houses of worship named like people
("Bakkerij Nour", "Moskee Al Houda", "Speeltuinvereniging Wilhelmina", "uitzendbureau
Flexpol", "Mevlana moskee", "Koning Logistiek", "Koster Bakkerijen"), a number in brackets after a name and a
Wmo allocation's number, a street's first name ("de Jacob Catsstraat"), a neighbourhood and a year; a
person's name written again in their own script (Cyrillic, Arabic) and a Cyrillic
signature; a register name in a table cell; numbers under a "V-nummer" header; the numbers
of foreign identity documents and personal codes (EGN, CNP, DNI, PESEL's neighbours);
addresses abroad ("ul. Lipowa 7/2", "vul. Sumska 71, kv. 18", "Hadda Street 48");
dates of the Persian and Ethiopian calendars; a street nickname ("Rooie Kees"); a date
after "ronde".

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
    "shops-and-houses-of-worship": [
        "Boodschappen bij Slagerij El Baraka en Bakkerij Nour, daarna naar Toko Dewi.",
        "De buren van Bakkerij Ben Ali kwamen kijken.",
        "Zij werkt via uitzendbureau Flexpol in het Westland.",
        "Subsidieaanvraag Speeltuinvereniging Wilhelmina voor de zomer.",
        "Samen met Moskee Al Houda en de Vredeskerk een iftar georganiseerd.",
        "Gesprek met [[person:Erwin Bakker]] van Bakkerij Bakker over de straatkerst.",
        "Ik zat bij de kapper [[person:Jan de Vries]] te wachten.",
        "Kapper [[person:Joop]] uit de Kerkstraat knipt aan huis.",
    ],
    "organisations-named-like-people": [
        "De teamleider van [[person:Grzegorz Wójcik]] bij Koning Logistiek belde.",
        "Open dag Moskee Mesdjid-i Aksa, 11-16 uur.",
        "Al Aqsa moskee (Hoefkade), Mevlana moskee (Van Ostadestraat).",
        "Kerken en moskeeën: Ulu Camii Vrederust, Moskee Masjid Al Hijra.",
        "De traplift wordt geplaatst door Otolift.",
        "Ik vraag [[person:Mahbooba]] van de Afghaanse Vrouwenvereniging.",
        "Meneer [[person:Mensah's]] kerk helpt hem.",
    ],
    "businesses-after-owners": [
        "Zij werkt sinds juni bij Koster Bakkerijen als inpakster.",
        "Een waarschuwing van zijn werkgever Bakker Vleeswaren.",
        "Ik werk 8 uur bij Visser Verhuizingen.",
        "Mw. [[person:Visser]] werkt bij de gemeente.",
    ],
    "numbers-after-names": [
        "Toekenning PGB — [[person:Savitri Ramautar]] ([[dossier:884210]])",
        "Tolk ingezet: [[person:Mariam Noori]] ([[dossier:19045]]).",
        "[[person:Jan de Vries]] (2019) schreef erover.",
        "Zorgaanbieder Tzorg, toewijzing [[dossier:40197710]], stopt per opname.",
    ],
    "streets-and-areas": [
        "De Jacob Catsstraat blijft bij [[person:Ilham]].",
        "Werkplan opbouwwerk Mariahoeve 2025 – hoofdlijnen",
        "Meneer [[person:Groen]] van de [[address:Weimarstraat 220]] belde.",
    ],
    "names-in-their-own-script": [
        "Dhr. [[person:Yordan Petkov]] ([[person:Йордан Петков]]) meldde zich.",
        "Naam: [[person:Zainab Al-Saadi]] / [[person:زينب الساعدي]]",
        "Ik spreek Russisch en Oekraïens. Дякую.\n[[person:Галина Шевчук]]",
        "| naam | land |\n|---|---|\n| [[person:Hussein, Ali Jasim]] | Irak |",
    ],
    "foreign-numbers": [
        "| naam | V-nummer |\n|---|---|\n| [[person:Tesfay]] | [[dossier:3109882641]] |",
        "Papieren: lichna karta [[dossier:645882917]], EGN [[dossier:7003218088]].",
        "CNP: [[dossier:1840609401133]]",
        "Dowód osobisty: [[dossier:CBK 902114]]",
        "Ze heeft een Spaanse DNI [[dossier:48291637K]].",
        "Verblijfsdocument: [[dossier:Y4R01H3C2]]",
        "Zijn paspoort is verlopen sinds 2019.",
        "Het BSN staat op zijn paspoort: [[bsn:189294887]]",
    ],
    "addresses-abroad": [
        "Adres Polen: [[address:ul. Lipowa 7/2]], Lublin",
        "Adres in Oekraïne: Kharkiv, [[address:vul. Sumska 71, kv. 18]]",
        "Adres in Roemenië: [[address:Str. Libertății nr. 14]], Craiova",
        "Zij verblijft bij haar broer, [[address:Hadda Street 48]].",
        "Het gezin woont aan [[address:Bole Road, House No. 612]].",
        "Via UWV kwam er 24/7 toezicht.",
    ],
    "other-calendars": [
        "Geboortedatum in het paspoort: [[date:15 Farvardin 1362]].",
        "Geboren op [[date:5 Megabit 2010]] (Ethiopische kalender).",
    ],
    "nicknames-and-rounds": [
        "Kort: [[person:Rooie Kees]] is er slecht aan toe.",
        "- [[person:Kleine Mo]] zat bij de Lidl.",
        "Wie kent een zekere '[[person:Rasta Ronnie]]'? Hij slaapt in de Bosjes.",
        "Ronde [[date:26/11]] – geen bijzonderheden.",
        "Ze woont op [[address:Het Kleine Loo 331]].",
    ],
}

CASES = [(f"{group}-{i}", ex) for group, exs in GROUPS.items() for i, ex in enumerate(exs)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round36_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 20
