"""Thirty-fourth round: dates with a weekday or a month in another language (English,
French, Papiamento, Spanish, German; French, Indonesian, Papiamento, Bulgarian, Ukrainian,
Russian and Islamic months; "di" between day and month), American dates told by a day
after the twelfth, English months before a zero-padded day; the abbreviations of Dutch
laws, which are no names; and the initials of colleagues in the minutes and action lists
of case conferences: the subject of more actions, the owner who opens the lines of an
action list (after a colon, a column's spaces, a dash or a check box), the owner between
dashes, initials with a particle's small letters, an assignment after "->", an
attendance list ticked after the initials.  A transcript's speakers, a rota's weekdays
and the bodies written with a particle ("KvK", "PvA") stay.  Then: surnames in capitals
before a first name or after a title; a phone with a letter o, typed a digit at a time or
with its country in brackets; a Polish citizen's number and an interpreter's registration;
words of Darija, Turkish, Polish, Papiamentu and Somali in a message; schools and
hospitals named after someone; "familie X"; "P.S."; a general line named after the
number in its brackets; nicknames in quotes; "zat" as a weekday; streets of two names
joined by "en"; a name someone is known by ("die ik ken als Rocky"); students' numbers;
social-media handles and gamer tags.

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
    # a weekday in another language before the date
    "foreign-weekdays": [
        "Kan de afspraak van [[date:Thursday 6 March]] naar later?",
        "Hij is weg sinds [[date:mardi 4 février]], dit zei de zus.",
        "Mi ta bin [[date:djarason 9 juli]] na kantoor.",
        "Afspraak op [[date:Mittwoch 12 maart]] of [[date:woensdag 19 maart]].",
        "[[date:Sat 3 May]] - visited the family",
        "Ze liep in 2019 mee in de mars voor de zorg.",
    ],
    # a month in another language
    "foreign-months": [
        "Geboren [[date:17 juillet 1961]] in Tanger.",
        "Opname sinds [[date:3 Maret]], ontslag onbekend.",
        "Ze kwam op [[date:15 di òktober]] naar Nederland.",
        "Operatie op [[date:12 травня]] in Lviv.",
        "Hij belde [[date:4 декември]] vanuit Bulgarije.",
        "Vader overleden op [[date:20 Ramadan]] volgens de familie.",
        "De ramadan duurt een maand; in maart 2025 viel hij vroeg.",
    ],
    # American order, only where the day tells it
    "american-dates": [
        "DOB on the visa: [[date:11/23/1984]]",
        "Paspoort: [[date:12/30/1990]] (mm/dd)",
        "Zie ook [[date:Nov 07 2023]] in de brief.",
        "Verhouding 12/15 is te laag",
    ],
    # the laws a letter cites are no one's name
    "laws": [
        "Bezwaar op grond van art. 7:1 Awb ingediend door [[person:Petra Hoekstra]].",
        "boete | Wahv | € 239,00",
        "Zie art. 2 Awir en de Wgs.",
    ],
    # colleagues' initials in the minutes of a case conference
    "minutes-initials": [
        "Besluit: melding bij Veilig Thuis, [[person:KR]] bewaakt de afspraken.",
        "Casus Noord: [[person:PvdB]] vermoedt een verslaving; [[person:PvdB]] belt de huisarts.",
        "Acties\n[[person:RT]]: indicatie aanvragen\n[[person:YK]]: gesprek met school plannen",
        "Wie doet wat\n[[person:EB]]    huisbezoek plannen      week 12\n[[person:OL]]    bewindvoering checken   z.s.m.",
        "bijzondere bijstand – [[person:IH]] – ingediend [[date:3/4]]\nwoningruil – [[person:CJ]] – loopt",
        "Stand van zaken\n[x] [[person:FD]] belt de woningcorporatie\n[ ] [[person:MK]] regelt een tolk",
        "- huisbezoek -> [[person:rk]]\n- dagbesteding zoeken -> [[person:gh]]",
        "Aanwezig MDO:\n[[person:AS]] ✓  [[person:LK]] ✓  [[person:BW]] ✗  [[person:JD]] ✓",
        "Nieuwe casus, [[person:MvdS]] intake.",
    ],
    # surnames in capitals before a first name or after a title, as papers write them
    "capital-surnames": [
        "Aanvrager: [[person:YILDIRIM Hatice]], geb. [[date:03-05-1969]]",
        "client [[person:MENSAH, Kwame]] (71) woont alleen",
        "Moeder: [[person:BEN ALI Khadija]], vader onbekend",
        "Echtgenoot [[person:ÖZDEMİR-KAYA Emre]] werkt in Duitsland.",
        "Meneer [[person:OULAHYANE]] komt morgen.",
        "NETWERKKAART [[person:Bakari Touré]] (62)",
        "POH-GGZ [[person:Sanne]] belt terug",
        "Het UWV en de SVB zijn ingelicht.",
    ],
    # numbers typed oddly: a letter for a digit, a digit at a time, a country in brackets
    "typed-numbers": [
        "mijn nummer: [[phone:o6 - 28 11 40 93]]",
        "bel mij [[phone:0 6 2 8 1 1 4 0 9 3]] na 5 uur",
        "Tel. [[phone:(+31) 06 28 11 40 93]]",
        "scores: 0 6 4 8 op de vier vragen",
    ],
    # foreign citizens' and interpreters' numbers after their names
    "foreign-numbers": [
        "[[person:Krystyna Nowak]], PESEL [[dossier:85071203485]], woont sinds 2019 hier",
        "Tolk: [[person:Ahmet Polat]] (reg. [[dossier:208811]])",
        "reg. 2024 was een goed jaar",
    ],
    # words of other languages in a client's message are no names
    "mixed-languages": [
        "Shokran bzaf, mama dyal [[person:Yassir]] zegt dank",
        "Tak, jutro om 10 uur bij het servicepunt",
        "Bon Pasku! En de beste wensen",
        "Subax wanaagsan, mijn vader is ziek",
    ],
    # schools and hospitals named after someone, stand-ins, postscripts, general lines
    "named-after": [
        "Ze zit op het Anne Frank College in Leidschenveen.",
        "opname in het Juliana Gasthuis sinds [[date:3 maart]]",
        "De mentor van de Koningin Emmaschool belde.",
        "Bij de familie X (naam weggelaten) ging het mis.",
        "P.S. de foto's volgen later",
        "Meldpunt Zorg en Overlast (070 - 752 00 00, algemeen nummer)",
    ],
    # nicknames in quotes that a naming verb or friends give
    "quoted-nicknames": [
        'De man, bekend als "[[person:Lange Henk]]" in de straat, opende niet.',
        'Ze heet eigenlijk [[person:Shirley]] ("[[person:Shir]]" voor vrienden).',
        'De buurvrouw zegt: hij heet "[[person:Dikkie]]".',
        'Het project heet "Samen Sterk" en loopt door.',
    ],
    # a short weekday, a street of two names, a name someone is known by, a student's number
    "more-forms": [
        "boodschappen [[date:zat 22/3]] met de bus",
        "Hij woont op de [[address:Laan en Parkweg 7]] sinds kort",
        "De bewoner, die iedereen kent als [[person:Bertus]], kwam naar buiten.",
        'Zijn bijnaam is "[[person:Kleine Moes]]", zegt de wijkagent.',
        "Student [[dossier:2055812]] staat op uitschrijven.",
        "Er zijn 120 leerlingen en 35 studenten.",
    ],
    # handles and gamer tags, where a text speaks of games or social media
    "handles": [
        "Hij reageert alleen op Instagram ([[person:@dwayne.070]]).",
        "op discord heet hij [[person:xDarkNiels]], zijn maat is [[person:Kr4ken_HGL]]",
        "@[[person:Fleur]] kun jij dit oppakken?",
        "@iedereen: de sessie is verplaatst",
        "Mail naar [[email:info@jongerenpunt.nl]], klas SD3B, lokaal 2.17",
        "Hij speelt Fortnite met vrienden op de PlayStation.",
    ],
    # what stays: speakers of a transcript, weekdays of a rota, bodies, schemes
    "not-initials": [
        "KL: Goedemiddag.\nMW: Met [[person:Sanne]].\nKL: Ik bel over de brief.\nMW: Ja?\nKL: Wat moet ik doen?",
        "MA  huisbezoeken Moerwijk\nDI  teamoverleg\nWO  spreekuur",
        "Inschrijving bij de KvK is nodig; het PvA volgt.",
        "- HH: aangevraagd\n- VT: op de hoogte",
        "afspraak – HB – [[date:14-3]]",
    ],
}

CASES = [(f"{group}-{i}", ex) for group, exs in GROUPS.items() for i, ex in enumerate(exs)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round34_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 20
