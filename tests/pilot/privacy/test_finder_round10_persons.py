"""Tenth round of person examples: sign-offs, owner codes, listed names, mixed languages.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found, ``{{kind:text}}``
must stay untouched, and any other finding is a false positive.  The groups follow the
failure classes of held-out sets 21-22, in wordings of our own: initials and short names
signing a message, owner codes of action lists, first names that are words in attendee
lists and brackets, names joined by "en" or a hand-over arrow, names in hashtags and
handles, and English or Frisian/Limburgish words that open sentences.
Each group also holds look-alikes that must stay untouched or must be found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # initials or a short name on the last line sign the message
    "signoffs": [
        "Ik ben volgende week vrij, [[person:Bas]] neemt de casus waar.\n[[person:T.J.]]",
        "De brief is verstuurd.\n[[person:R.V.]], buurtteam Oost",
        "Kun je het dossier bijwerken? Alvast bedankt, [[person:P.]]",
        "ik bel de huisbaas morgen wel \n–[[person:joke]]",
        "sleutel ligt bij de buren.\n[[person:jdv]]",
        "Bel me gerust als het niet lukt.\n[[person:Sjoukje]]",
        # look-alikes: closing words, abbreviations and services stay
        "Ik hoor het graag.\nGroeten",
        "Zie verder het plan.\nmvg",
        "Dat was het voor nu.\n- nvt",
        "Met vriendelijke groet,\n[[person:Ruben]]\n{{org:Humanitas}}",
        "Dat is afgesproken met de GGD.\n{{org:GGD}}",
    ],
    # owner codes opening the lines of an action list
    "owners": [
        "Acties\n- [[person:JvD]]: bellen met de woningcorporatie\n- [[person:PR]]: brief UWV",
        "• [[person:AtB]]: huisbezoek maandag\n• [[person:SvdM]]: overleg school",
        "sub-actie: [[person:lb]] pakt op ma, de rest volgt",
        # look-alikes: organisations and roles as owners, plain notes
        "Acties\n- UWV: uitkering loopt\n- GGD: geen contact",
        "Notitie: dhr belt morgen terug over de huur.",
        "- NB: de afspraak is verzet",
    ],
    # first names that are words, in attendee lists, brackets and pairs
    "listed": [
        "Aanwezig: [[person:Barend]] (Noordwijk), [[person:Sem]] (wijkagent)",
        "Deelnemers: [[person:Frans]] (extern, belt in); [[person:Hanna]] (SWT)",
        "Via de schuldhulpverlener ([[person:Mark]]) is een regeling getroffen.",
        "• Wonen – [[person:Frank]] en [[person:Jolanda]]: nieuwe aanpak",
        "Overdracht gezin – [[person:Yeliz]] → [[person:Marloes]]",
        "Rapportage huisbezoek [[date:3 maart]] – [[person:Tjitske]]\nDe woning was op orde.",
        # look-alikes: places, languages and services in the same slots
        "Aanwezig: Rotterdam (2), Breda (Noord)",
        "Hij spreekt Arabisch en Frans (een beetje).",
        "Verslag overleg – Rotterdam\nDe wijkagent was er ook.",
        "Samen met dominee [[person:Latuheru]] en het Leger des Heils een middag opgezet.",
        "Ondergetekende: [[person:Noor Haddou]]\nWoonplaats: Zwolle",
        "Naam: [[person:Veenstra, Geertruida Johanna (Truus)]]\nWoonplaats: Sneek",
        "Cliënt [[person:R.M.]] (initialen op verzoek) woont in {{wijk:Transvaal}}.",
        # look-alikes: an article or an area noun before an organisation or area
        "Jurist, Het Juridisch Loket Zwolle",
        "Casus uit de wijk (Humanitas, wijk Kanaleneiland)",
        # two capitalised words ending in a plain noun name an organisation
        "Werk gevonden via Noorderpoort Bedrijven, fijn nieuws.",
        "Aan: Regionaal Belastingkantoor\nBetreft: kwijtschelding",
        "Casus B: dhr. [[person:Van Zanten]], 58 jaar.",
        "[[person:Lotte Bakker]] belde terug.",
    ],
    # names inside hashtags and @-handles
    "handles": [
        "Wat een middag! #bedankt[[person:Annelies]] #buurtkracht",
        "fijn gedaan #trotsop[[person:Saskia]]",
        "ik vraag @[[person:Sanne_deVries]] of ze meegaat",
        # look-alikes: hashtags of places and themes
        "#eenzaamheid #Overvecht #jongerenwerk",
        "Mail naar [[email:info@humanitas.nl]] voor de aanmelding.",
    ],
    # English and dialect words opening sentences are no names
    "languages": [
        "I'm the buddy of Mr [[person:Appiah]] and she can be reached after five.",
        "Who can explain the rules to him? Thanks, [[person:Derek]]",
        "Her mobile number is better, I think.",
        "Hae wilt neet verhuze. Ich höb al gebeld.",
        "Goeiemoarn allegear! Tige tank foar de help.",
        "Groetnis út Snits, [[person:Sytske de Jong]]",
        "als er Molukse liederen klinken, zingt hij mee.",
        "peace, [[person:Soufiane]]",
        # look-alikes: such words as surnames after a title, or with a person verb
        "Gesprek met meneer [[person:Hae]] over de huurschuld.",
        "[[person:Post]] belde over de sleutel.",
        "met een Albert Heijn-tas vol post kwam ze binnen.",
        "Mevrouw [[person:Jansen-de Boer]] belde terug.",
    ],
}

CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round10_person_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 40
