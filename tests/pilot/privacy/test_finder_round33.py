"""Thirty-third round: what the names of attached files hold between their underscores; the
initials of colleagues in minutes and action lists (the subject of an action, whoever wrote
or signed something, an agenda item's owner in brackets, four capitals among other
initials, a quote's author); words that open a line of a thread or a form ("edit:",
"Aanl:"); buildings and rooms with names; a person's kind or a relation in lower case;
capitals in brackets that abbreviate the words right before them; a title inside brackets;
a recent year or a count after a lower-case street word; general lines named with a few
words between; tables (a year in a header, whose number, a second number column); birth
dates typed year first; a mistyped citizen number that a correct one corrects; owners of
actions (labels, dashes, deadlines in brackets, lists of who brought a case); an arrow
opening a sentence; a meeting's dial-in lines and numbers; scales; streets of The Hague
without a street word; reviewers' comment anchors ("Opmerking [SdB1]:"); tracked changes
and checklists; a year, a month and a serial; verbs and adverbs that a name also has,
in lower case; adjectives made of a name ("Housing First-achtige"); interventions; an
organisation's own lines in a contact list; apps, makes, publishers and themes; nicknames;
the initials of a double first name; "niet het algemene nummer"; numbers in case systems;
whose note it is; dates with a weekday before a dotted day or a month before its day.

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
    # a file's name: its parts read apart, a date or initials among them
    "file-names": [
        'Bijlage: "Beschikking_Wlz_[[person:Fatma]]_[[date:14-02-2023]].pdf"',
        "het bestand heet intake_[[person:Kowalski_Marek]]_[[date:03-11-1979]].docx, graag hernoemen",
        "Zie Veiligheidsplan_[[person:HvdB]].pdf in de map",
        "bijlage: jaarverslag_2023_definitief.pdf en begroting_2024.xlsx",
    ],
    # the initials a team writes for its colleagues
    "colleague-initials": [
        "Afspraken:\n1. [[person:PK]] belt de huisarts over de medicatie\n2. [[person:PK]] mailt het verslag",
        "Zorgen over de woning → [[person:RB]] past de planning aan.",
        "Agenda teamoverleg\n1. Opening ([[person:SvH]])\n2. Casuïstiek",
        "Aanwezig: [[person:JK]], [[person:AvD]], [[person:SWOL]], [[person:EB]]",
        "notities [[person:KL]] intervisie [[date:3 oktober]]",
        "(uitgewerkt door [[person:ms]])",
        "Paraaf teamleider: [[person:FH]]",
        '"Ik voel me eindelijk gehoord." –[[person:BZ]]',
        # an organisation's capitals doing something stay readable
        "{{org:GGD}} belt de bewoner en {{org:UWV}} stuurt een brief.",
        "{{org:CAOP}} schrijft het eindrapport van de pilot.",
        "Advies opgesteld door dr. [[person:Hristo Kolev]], arts.",
    ],
    # a table's rows without digits under a header of people
    "people-column-rows": [
        "wie\twat\twanneer\n[[person:LA]]\tflappen uitwerken\tvrijdag\n[[person:KdV]]\tzaal boeken\tvolgende week",
    ],
    # words that open a line are no speakers
    "line-openers": [
        "wie heeft het nummer van de SVB?\nedit: laat maar, al gevonden",
        "Titel: Stapeling van regels\nAanl: kostendelersnorm, zoon werkt",
    ],
    # buildings and rooms have names of their own
    "named-buildings": [
        "mevrouw [[person:Carolina Martis]] uit flat Zuidhoorn belde de huismeester",
        "bijeenkomst in het wijkcentrum, zaal De Lindenboom, om 15.00 uur",
    ],
    # a person's kind, a relation or a thing in lower case names nobody
    "lower-case-kinds": [
        'Uit de melding: "Betrokkene, man, ca. 40 jr, woont op straat."',
        "Uitkomst: hij heeft nu een tiny house via een proefproject.",
        "hij vertrouwt alleen [[person:karim]] van jullie team",
    ],
    # capitals in brackets abbreviating the words before them are no initials
    "acronyms-of-words": [
        "Titel: Kinderen van ouders met psychische problemen (KOPP)",
        "We werkten volgens Vroeg Eropaf (VE) in de wijk.",
        "[[person:Ricardo Sital]] ([[person:RS]]) neemt de casus over.",
    ],
    # a title inside a bracket keeps the surname after it a name
    "title-in-brackets": [
        "drie casussen, waarvan één (meneer [[person:Doornbos]]) inmiddels overleden",
    ],
    # after a street typed in lower case, a recent year, five digits or a count is no
    # house number
    "lower-street-numbers": [
        "Inhouding € 85,00 p/m (verrekening terugvordering 2023)",
        "zaalhuur teamdag (kostenplaats 55210)",
        "vaste lasten: zorgverzekering 2x € 151,00, water € 19,00",
        "ze woont op [[address:erasmusweg 12]], naast de school",
    ],
    # an organisation's general line named with a few words between
    "general-lines": [
        "het algemene nummer van {{org:Parnassia}} voor verwijzers? 088 358 40 00 staat op de site",
        "Algemeen nummer praktijk blijft 070 325 19 00.",
        "bellen met de DigiD-helpdesk (088 123 6 555) gaf niks",
        "In het algemeen belt ze vanaf [[phone:070 325 19 00]], haar vaste lijn.",
    ],
    # a table's header with a year in a label, a column header naming whose number it is,
    # a second number column, a number with spaces
    "table-numbers": [
        "clientnr;achternaam;voornaam;budget_2024\n[[dossier:66120]];[[person:Pieternella]];[[person:Jurmaine]];1250,00",
        "Naam | Cliëntnr. Parnassia | Behandelaar\n[[person:Hakimi, Zarghona]] | [[dossier:P-772 014 3]] | psychiater",
        "Nr\tSchuldeiser\tBedrag\tKenmerk\n1\t{{org:Staedion}}\t2.480,00\t[[dossier:101-088421]]",
    ],
    # a birth date typed without separators, the year first, after its label
    "compact-birth-dates": [
        "Geb.dat:[[date:19870312]]  BSN:[[bsn:422957264]]",
        "geboortedatum [[date:12031987]]",
    ],
    # a mistyped citizen number that a correct one corrects
    "corrected-citizen-numbers": [
        "Oud (fout): [[bsn:46411452]] – nieuw: [[bsn:464114524]]. Graag aanpassen.",
        "moet [[bsn:561 266 669]] zijn, niet [[bsn:561 266 696]]",
    ],
    # more places where minutes and action lists give a colleague's initials
    "owners-of-actions": [
        "wie organiseert? {{org:CJG}}\ntrekker uitwerking: [[person:JR]]\ncheck bij de wijkagent",
        "Actie [[person:PV]]: melding doen bij de {{org:GGD}}",
        "- posters ophangen – [[person:TB]] – [[date:12-05]]\n- flyer vertalen – [[person:LA]] + [[person:HvdM]] – [[date:1-6]]",
        "[ ] bedankmail sturen ([[person:RZ]], vóór [[date:27-04]])",
        "- [[person:ED]] en [[person:CR]]: poster drukken (A1)",
        "notulen brainstorm (deel 2, na de pauze) – [[person:SO]]",
        "casusronde:\n1. [[person:LA]] – bemoeizorg, man 60+\n2. [[person:SK]] – moeder 3x opvang\n"
        "3. [[person:GH]] – dementie\n4. [[person:BA]] – alleenstaande minderjarige",
        # a list of abbreviations and their meanings names nobody
        "Afkortingen:\n- HG – huiselijk geweld\n- BZ – bemoeizorg\n- OU – ouderen\n- JE – jeugd",
    ],
    # an arrow opens a sentence: a capitalised word after it is no name for that alone
    "arrow-sentences": [
        "- [[person:Yusuf]]: herkenbaar zonder naam? → Dan moet je details weglaten.",
        "- [[person:Ifrah]]: mogen initialen? → Nee, ook initialen zijn persoonsgegevens.",
    ],
    # the general lines and meeting numbers of a meeting's invitation
    "meeting-lines": [
        "Deelnemen via telefoon: +31 20 721 9001 (algemeen inbelnummer)\nConferentie-id: 84712055",
        "Problemen met deelnemen? Bel de servicedesk: 070 353 5000",
        "T 070 – 380 00 00 (algemeen) | M [[phone:06 – 15 77 29 04]]",
        "ja, vergader-ID 4471 228 05#",
    ],
    # a scale asked for is no date
    "scales": [
        "Hoe waardeer je de middag? (1-10): 8",
        "Leefgebied | Huidige situatie (1-5) | Doel | Actie",
        "jongerenwerker gestopt ([[date:1-4]])",
    ],
    # streets of The Hague without a street word
    "hague-streets": [
        "Waar: Atrium, stadhuis, [[address:Spui 70]]",
        "in de Centrale Bibliotheek, [[address:Spui 68]]. De vier groepen",
        "kantoor aan het [[address:Lange Voorhout 34]]",
        "we lopen 2 keer per week over het Spui",
    ],
    # the initials of reviewers' comments, however pasted or typed
    "comment-anchors": [
        "Opmerking [[[person:SdB]]1]: hier staat nog de naam van mevrouw [[person:Bakker]].",
        "Commented [[[person:MB]]2]: adres! weghalen\nCommented [[[person:JvK]]3]: aangepast in v0.4",
        "[[[person:LM]]1] Opmerking: de naam staat er nog 3x in",
        "Opmerking [[[person:ww]]1]: typo\nOpmerking [[[person:ww]]2]: typo",
        "- privacy: zie opmerkingen [[person:JW]]1 t/m [[person:JW]]3 in het document",
        "  [[[person:TM]]] Naam kleinzoon weg.",
        "[[person:Sahra]] (32) [[[person:AK]]: → 'een jonge moeder (32)'] meldde zich",
        ">> opm. redactie ([[person:JV]]): in de eerste zin staat nog een naam",
        "reactie op opm [[person:RK]]2: 'kleinzoon' is beter",
        "navraag bij de privacyfunctionaris ([[person:nk]], [[date:13/3]])",
        "[IVR] u wordt doorverbonden met een medewerker",
        "toestemmingsverklaring vertaald – [[person:IM]] (Somalisch), [[person:BA]] (Arabisch)",
        "- Depot: FACT ({{org:Parnassia}}), 1x per week",
    ],
    # tracked changes and checklists
    "tracked-changes": [
        "Deleted: Mrs [[person:Nowak]]\nInserted: the client\nFormatted: Heading 2",
        "CHECKLIST | JA | NEE | N.V.T.\nNamen | x | |",
        "Toets privacy & kwaliteit\nA. Privacy\n A1 Namen ..... in orde\nB. Kwaliteit\n B1 Leervraag ..... ja",
        "Huurder | Adres\n[[person:A. Mohan]] | [[address:Laakkade 301]]\n[[person:B. Yıldırım]] | [[address:Fruitweg 7]]",
    ],
    # a year, a month and a serial number
    "year-month-serials": [
        "Kernpunten intake [[dossier:2024-11-0071]]\n- Cliënt: man, 44 jr",
        "gesprek op [[date:2024-11-05]] gehad",
    ],
    # words that some name also has, in lower case, and adjectives made of names
    "plain-lower-words": [
        "Wat niet werkte: een folder in het Arabisch; mevrouw las wel, maar geloofde hem niet.",
        "Overdraagbaarheid: hoog (elke school met een zorgcoördinator)",
        "Een buurvrouw werd maatje.",
        "een Housing First-achtige begeleiding bij de eigen woning",
        "mevrouw [[person:yilmaz]] belde terug",
    ],
    # interventions and methods a lesson names
    "interventions": [
        "Titel: Multisysteemtherapie of toch het wijkteam?",
        "4. Inzet Odensehuis twee dagdelen per week",
        "Bewijsniveau: Oplossingsgericht werken (goed onderbouwd)",
    ],
    # an organisation's own lines in a contact list; a person's stay
    "organisation-lines": [
        "Geldloket Escamp | 070 - 205 10 20 | [[person:Nicole Vos]] | [[phone:06 47 21 33 08]]\n"
        "Schuldhulpmaatje | 070 - 762 00 90 | [[person:Pieter Koning]] | –",
        "Jeugdformaat: 070 - 820 88 88 (centrale)",
        "Fier: 088 - 208 00 00 (24/7)",
        "Buurvrouw: [[phone:070 - 391 22 10]]\nZoon: [[phone:070 - 363 11 22]]",
        "Telefoon: [[phone:070 - 394 21 08]] / mobiel [[phone:06-55018273]]",
        "Hij is het best bereikbaar via WhatsApp: [[phone:+48 601 774 238]].",
    ],
    # apps, makes, publishers and themes are no people
    "named-things": [
        "Hij wil niet praten met hulpverleners, alleen via Discord.",
        "Ze woont in haar auto, een grijze Opel.",
        "Bronnen bij de themabijeenkomst Schulden van [[date:27 maart]]:",
        "zonder kaartje in de tram, 3x. Door incassokosten nu € 1.100 bij het CJIB",
    ],
    # nicknames: named as such, or in quotes right after a name
    "nicknames": [
        "In de buurt heette hij ‘de [[person:Burgemeester]]’, omdat hij iedereen groette.",
        "Een man van 58, in de buurt bekend als ‘de [[person:Generaal]]’, zat dagelijks op het plein",
        "Zijn bijnaam thuis, ‘[[person:Dikkie]]’, gebruikte de moeder in elk gesprek.",
        'clt heet [[person:Rignald Maduro]] ("[[person:Riggie]]"), 35',
    ],
    "nicknames-elsewhere": [
        "Titel: ‘Ze noemen hem de [[person:Burgemeester]]’ – een dakloze man",
        "Titel: ‘De [[person:Generaal]]’ van het plein\nSituatie: een man, bekend als ‘de [[person:Generaal]]’",
    ],
    # a title that is part of an organisation's name
    "titles-in-organisations": [
        "Een sleutelpersoon van Stichting Dona Daria sprak met vader.",
        "mevrouw [[person:Jansen]] belde",
    ],
    # more places of a note that give a colleague's initials
    "note-owners": [
        "- mw. [[person:Petrova]] (zelfmelder) → [[person:PJ]], financieel deel\n"
        "- fam. [[person:Kowalczyk]] → [[person:yk]]",
        "Intervisie – methode: incidentmethode\nInbrenger: [[person:YK]]\nCasus: man, 58",
        "to do [[person:yk]]\n- bezwaar printen",
        "Telefoonnotitie [[date:12 maart]], 15.05 uur – [[person:IZ]]\nApotheek belde",
        "[[date:04-03-2025]] 14:00 | huisbezoek | [[person:MN]] + [[person:IZ]]",
        "TODO wk 12\n- huurachterstand bespreken",
        "notitie hb [[date:ma 3 maart]]: mevrouw niet thuis",
        "planning WK 12/2024 staat in de agenda",
        "112 gebeld? → ja, ambulance onderweg.",
        "krijgt onvolledige AOW + AIO, er is steeds geld tekort",
    ],
    # dates written in other orders
    "date-orders": [
        "korte notitie [[date:Wo 04.09]]: vader belde",
        "been geamputeerd [[date:aug 3]] ([[date:3 augustus]]).",
        "in maart 12 mensen gesproken",
        "Jongen wordt in december 18.",
    ],
    # the initials of a double first name defined after the name
    "double-first-names": [
        "clt: [[person:Pieter-Jan Hoogland]] ([[person:PJ]]), 27\naanleiding: [[person:PJ]] wordt uitgebuit",
    ],
    # numbers and general lines in the same breath
    "named-lines": [
        "tel praktijk (alleen voor ons, niet het algemene nr): [[phone:070-3605518]]",
        "[[person:Tessa van Leeuwen]], consulent, [[phone:088 - 775 2044]] (algemeen MEE: 088 - 775 2000)",
    ],
    # a client's numbers in the registration systems, named by the system
    "case-systems": [
        "suite (gemeente): [[dossier:5528190]]\nregas (GGD): [[dossier:771029]]\nallegro (HKB): [[dossier:24-003817]]",
        "De suite: 12 kamers",
    ],
}

CASES = [(f"{group}-{i}", ex) for group, exs in GROUPS.items() for i, ex in enumerate(exs)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round33_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 20
