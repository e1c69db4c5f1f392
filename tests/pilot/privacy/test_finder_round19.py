"""Nineteenth round: inverted names with their particles behind them (Outlook's "Hoop, Roos
de"), bare lower-case surnames in the slot of the one contacted ("heb jij visser al
gebeld?"), messages typed in capitals, and context the name rules took for persons: known
organisations and places that a later pass added, a role's department ("teamleider
Inkomen"), an employer after "<name>, <role>", a language after "spreekt", "Max." before a
number, "familie in buitenland" and a verb after "de bewoner".

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out sets 37, 41 and 43 and
of the gaps listed after session 5; each group also holds look-alikes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # "Surname, First particles": the particles written behind the first name
    "inverted_names_with_particles": [
        "Aan: [[person:Hoop, Roos de]]; [[person:Jansen, Piet]]\nOnderwerp: huur",
        "Van: [[person:Berg, Anna van den]] <[[email:a.vandenberg@ggd.nl]]>",
        "CC: [[person:Wit, Kees de]]\nVerzonden: dinsdag",
        # a name and an apposition: no particles follow
        "[[person:Bakker]], de wijkagent, komt morgen langs.",
    ],
    # a bare lower-case surname as the one called, seen or spoken with
    "lower_case_surname_contacted": [
        "heb jij [[person:visser]] al gebeld?",
        "met [[person:de jong]] gesproken over de huur",
        "heeft iemand [[person:koster]] vandaag gezien?",
        # must stay: roles, pronouns, groups and nouns with their article
        "heb je huisarts al gebeld?",
        "heb je werk al gebeld over de uren",
        "met iedereen gesproken, niemand wist ervan",
        "met haar gesproken en met hem afgesproken",
        "heb jij de buurman gesproken?",
        "met elkaar gesproken in het team",
    ],
    # a client's message typed in capitals
    "messages_in_capitals": [
        "MEVROUW [[person:DE BOER]] IK HEB GEEN GELD MEER BEL ME OP [[phone:0612345678]]",
        "IK BEN [[person:FATIMA EL AMRANI]] EN MIJN ZOON [[person:MOHAMMED]] IS ZIEK, HELP ME",
        "LET OP: DHR [[person:HOEKSTRA]] WOONT NIET MEER OP [[address:KRAAIHEIDE 8 2HG]]",
        "ADRES [[address:LANGE BEESTENMARKT 5 BIS]] [[postcode:2512 EC]]",
        # must stay: shouting without a name
        "IK HEB 3 KINDEREN EN 2 HONDEN EN IK WOON AL 20 JAAR IN DEZE STAD",
        "WAAROM BELT NIEMAND MIJ TERUG, IK WACHT AL DRIE WEKEN OP DE GEMEENTE",
    ],
    # organisations and places a late pass had taken for a person
    "known_organisations_and_places": [
        "* 'Klarna is de nieuwe kredietbank' – [[person:Marjan]]",
        "09.40 casus (mw. [[person:Oudshoorn]]) besproken",
        "[[person:Wilco ter Braak]], schuldhulpverlener, Hengelo",
    ],
    # a role's department, an employer after "<name>, <role>"
    "departments_and_employers": [
        "Met vriendelijke groet,\n[[person:J.P. Dekker]]\nteamleider Inkomen",
        "Groet, [[person:Anne van der Heijden]], beleidsmedewerker Bestaanszekerheid",
        "[[person:Karin Smit]], teamleider Ouderen",
        "[[person:Frank Wisse]], casusregisseur Porthos",
        "[[person:Pieter de Schepper]], wijkcoördinator, Porthos Hulst",
        # must stay found: a person after a role in a list of people
        "Aanwezig: [[person:Abdel]], wijkagent [[person:Sanne Kuiper]], "
        "Wmo-consulent [[person:K. Boukhari]]",
        "Betrokkenen: kleinzoon [[person:Kofi]], mentor [[person:Radost Dimitrova]].",
        "Betrokken: moeder [[person:Wilma]], bewindvoerder [[person:A. de Wit]]",
        "wijkagent [[person:Bos]] komt langs",
    ],
    # words the rules took for a name
    "ordinary_words": [
        "Hij spreekt Crioulo en wat Portugees.",
        "Max. 25 deelnemers, vol = vol.",
        "nu druk van familie in buitenland om geld te sturen.",
        "één generalist die de bewoner kent. Voorbeeld: een man",
        # must stay found
        "[[person:Max]] belt morgen terug.",
        "mw in 't [[person:veld]] belde",
    ],
    # a name in a dictation grown from the part found to the whole name
    "whole_lower_case_names": [
        "gesprek met wijkagent [[person:van der linden]] over de jongens",
        "twee keer gebeld wijkagent [[person:de ruiter]] is op de hoogte",
        "spreekuur mevrouw [[person:van der meer]] met vraag over kwijtschelding",
        "telefoontje van hr. [[person:de koning]] van eneco",
        "bewindvoerder is mr [[person:a. kortekaas]] van bewindvoering de hofstad",
        "buurman heet volgens meneer [[person:pieter blom]] ik heb gevraagd",
        "mentor van vroeger [[person:wim de vries]] heeft nog contact",
        "ik heb gisteren mevrouw [[person:tjon a fong lydia]] bezocht",
        "moeder: [[person:Maria do Carmo Ferreira]] (37)",
        # must stay: an organisation or a role after the same words
        "mevrouw van de gemeente belde terug",
        "meneer de voorzitter opende de vergadering",
        "de wijkagent de hele dag niet gezien",
    ],
    # to-do lines and households: whom to call, whose case, a family in the plural
    "to_do_lines_and_households": [
        "TODO ma\n- bellen [[person:koster]] ([[phone:06 20 94 11 83]])",
        "16u mail [[person:kuipers]] over leefgeld",
        "wo:\n9u [[person:hoop]] terugbellen\n10u mdo",
        "13u HB [[person:de haan]] + [[person:marloes]]",
        "chronologie casus [[person:de wit]] voor het mdo",
        "Gesprek met mw [[person:Nkemelu]]. Daarna bij de [[person:Nkemelus]] thuis.",
        "- mail van [[person:zomer]] ([[email:zomer@casema.nl]])",
        # must stay: words after the same cues
        "bel even terug als het lukt",
        "- bellen huisarts over recept",
        "casus besproken in het team",
        "bellen morgen om 10u",
        "Gesprek met mw [[person:Smit]] over de kosten en de regeling",
    ],
    # handover lines opened by the person, writers naming themselves, lower-case sign-offs
    "handover_heads_and_self_names": [
        "[[person:noor]] > tolk dari regelen\n[[person:de haan]] > huisbezoek\n[[person:kok]] > niks, afsluiten",
        "todo:\n[[person:van dijk]] > sociaal raadslieden",
        "1. [[person:demir]] - huurachterstand, Staedion bellen",
        "2. [[person:jansen]] + dochter gesprek woensdag",
        "maandag als eerste:\n[[person:de jong]] → ontslagplanning",
        "[[person:de jong]]: gevonden door buurvrouw\n1. [[person:el amrani]]: regeling loopt",
        # must stay: one-word labels and months opening a list line
        "iban: onbekend\nkort: gebeld\nrek: volgt",
        "• april – expertmeeting\n• mei – slotbijeenkomst",
        "sms client: hallo dit is [[person:blessing]] i dont understand the letter",
        "hallo met [[person:patience]] van de kerk op de Escamplaan",
        "graag iemand langs. groeten [[person:w. bakker]]",
        # must stay: list labels, groups and words
        "post - brieven ophalen\n- huur > betaald\nactie - bellen",
        "hallo met wie spreek ik?",
        "dit is heel vervelend voor haar",
    ],
    # organisations named after what they are or who founded them
    "institution_names": [
        "[[person:Ama]] wordt aangemeld bij Jong Mantelzorg.",
        "mentor via Big Brothers Big Sisters.",
        "dagbesteding van Zorggroep Haag Zuid. Wachtlijst verpleeghuis",
        "vervoer naar de mytylschool (Mytylschool De Witte Vogel), en hulp",
        "de notaris (mr. [[person:Van den Berg]], Notariskantoor Hofplaats) kan maandag",
        "Graag maandag bellen met [[person:Marek]] van Barka.",
        "[[person:Helin]] (6), die het syndroom van Down heeft.",
        "Nav gesprek aan de keukentafel",
        "[[person:Shabnam]] neemt mw. mee naar het vrouwencafé",
        # must stay found: a colleague's illness, a surname after "van"
        "i.v.m. ziekte van [[person:Marieke]] nemen wij het over",
        "het boek van [[person:Els van Wijngaarden]] gelezen",
    ],
    # exported tables, logs, closings and greetings
    "tables_logs_closings": [
        "[[dossier:LK-20931]]\t[[person:Tekle, Yohannes]]\t[[date:12-03-1991]]\t[[postcode:2521AB]]",
        "Naam: [[person:GEORGIEVA, Mariya Ivanova]]\nGeboren: [[date:13-09-1983]]",
        "Aanvrager: [[person:W.F. (Wim) de Wit]]\nRelatie: zoon",
        "[[date:2025-01-14]] 10:02 | [[person:jpinas]] | Telefonisch contact",
        "5 regels geëxporteerd door [[person:h.aitlahcen]]",
        "Goedemiddag [[person:hoop]], ik hoop dat het goed gaat",
        "[[person:toon]]: hedde gij al iets gehoord\n[[person:sjef]]: nee\n[[person:toon]]: ok",
        "Kan het op [[date:do 13-3]]?\nGroet, [[person:Rieke]]",
        "ok top. zie je morgen. groetjes [[person:mei]]",
        "mevrouw [[person:Sarmoe]] ik spel het [[person:S A R M O E]] eh ze is mantelzorger",
        "dat is met een z y eh [[person:k r z y s z t o f i k]] eh woont in een kamer",
        "het is een a b c cursus met een t v en een d v d",
        # must stay: a closing to a group, a log without a user, a greeting of all
        "Tot morgen.\nGroet, Team",
        "[[date:2025-01-14]] 10:02 | systeem | back-up",
        "Goedemorgen allemaal, de agenda staat online",
    ],
    # list letters, form abbreviations, firms named after a person, dialect and shops
    "forms_firms_dialect": [
        "B. Fam. [[person:Delgado]] → [[person:Joyce]] blijft.",
        "Naam: [[person:Ramón Isenia]]\nAdr: [[address:Delagoastraat 7]] beneden",
        "Caseload overzicht Wmo-adviseur [[person:Joost]]",
        "mr. [[person:A. Oudshoorn]], Oudshoorn Bewindvoering\nBelanghebbenden: moeder",
        "Huisbaas (Van Veen Vastgoed) - 2 mnd huur",
        "Noabers (fam. [[person:Nijhuis]]) koken 2x per week.",
        "Tot donderdag.\nOant sjen,\n[[person:Hylke]]",
        "i am working nights at albert heijn distributie",
        "een mevrouw in de Oude Westen. Ik had me voorbereid",
        "Hij spreekt Creole and Portuguese.",
        # must stay found: a name ending in a word that is also a title
        "Van: [[person:Tanja Meester]] <[[email:t.meester@stichtingmee.nl]]>",
    ],
    # mail headers, subjects and sign-offs
    "mail_headers": [
        "Verplichte deelnemers: [[person:Hoop, Roos de]]; [[person:Yildiz, Mehmet]]",
        "Onderwerp: Antw: mw [[person:mahabier]]",
        "Onderwerp: Afwezig: Aanmelding schuldhulp dhr. [[person:Pranoto]]",
        "Subject: Automatic reply: overdracht\nImportance: High",
        "Laat ik weten hoe het ging.\n[[person:P.]]\n\n-----Original Message-----",
        "Dank!\n[[person:J.]]",
        "klantmanager is volgens mij [[person:Sanne]].\nDank! [[person:J.]]\n\n-----Oorspronkelijk",
        "Uitnodiging: overleg casus [[person:W.Z.]] ([[dossier:CMB-2024-117]])",
        "Het gezin [[person:A.B.]] is verhuisd",
        # must stay: a list item and an initial inside a sentence
        "Punten:\nA. de huur\nB. de schulden",
    ],
    # organisations, origins and family nouns the rules took for a person
    "organisations_origins_family_nouns": [
        "[[person:Koen]] (bewindvoerder, Bewind op Maat) vraagt overzicht",
        "Bewindvoerder: mr. [[person:T. Jonker]] (Jonker Bewind)",
        "Van Arkel Gerechtsdeurwaarders\tnamens Staedion",
        "Huisarts: Daklozenpraktijk Haaglanden, dr. [[person:M. Gerritsen]]",
        "proefperiode dagbesteding (Dagcentrum De Schakel), 2 dagen per week.",
        "Actie: tolk Marokkaans-Arabisch voor het gesprek",
        "Situatie: Turks-Nederlandse man (52), werkloos.",
        "Veel eenzaamheid. Man woont nog in Ethiopië.",
        "Tien mannen, allemaal weduwnaar.",
        "@allen kort: de GZ-psycholoog komt later",
        "Heb je dat? Anders via het consulaat.",
        "door corona forse belastingschuld",
        "op naam van mw. (telefoonabonnementen). Mw. wil aangifte doen.",
        "Afw m.k.: [[person:Mariyana]] (Stichting Barka)",
        "om 10 uur in het wijkcentrum, Van der Vennestraat (ingang naast de bibliotheek)",
        "Waarom belt niemand mij terug?",
        # a word glued to digits is a piece of a code ("ada", "ta", "ted" inside it)
        "Bel haar op [[phone:06-12345678]] (t12983ada)",
        "Eerste bericht ta560bce3 en ted3e6435",
        "Griffiemedewerker ([[person:De Graaf]]) zegt: schriftelijk",
        "[[person:S. Brouwer]]\njurist Bezwaar en Beroep",
        "Kan er een tolk komen?\n\nObrigado,\n[[person:João]]",
        "Hij luistert naar jou.\n\nKhoda hafez,\n[[person:Mina]]",
        "> Bij mevrouw op de Ambachtsgaarde hing hij er gewoon",
        "de CRAFT-methode (Community Reinforcement and Family Training) proberen",
        "kennen jullie de Clutter Image Rating? Wij gaan het proberen.",
        "langs geweest bij mw [[person:wijngaarde]] op [[address:Erasmusweg 40]]",
        # must stay found: greetings and cues that are also names
        "Voor [[person:Door]] is dit te veel.",
        "Ook [[person:Lieve]] was aanwezig.",
    ],
}

CASES = [(group, example) for group, examples in GROUPS.items() for example in examples]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round19_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_capitals_keep_offsets_and_read_names_only_in_shouted_lines() -> None:
    # a heading in capitals is no shouted message: "VERSLAG MDO" stays as written
    text = "VERSLAG MDO\nMw. Jansen belde."
    found = [(f.text, f.label) for f in find_personal_data(text)]
    assert found == [("Jansen", "person")]
