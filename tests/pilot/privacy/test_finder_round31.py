"""Thirty-first round: initials that sign a line after a slash ("... bellen. /SG"), an
initial typed loose before a name ("over r. de wit"), chat speakers whose first names are
also words ("Dan: ..."), the short name "Will", and towns and neighbourhoods that name a
service ("WIJ Selwerd", "Zorgpunt Dokkum"), which stay readable wherever they are written;
house-number additions ("14 achter", "7a rood", "31 bus 2", "288 A02"), a day and month
opening a bracket ("(12/3, via ...)"), an organisation's general number named with its
organisation, the particles of a surname after a title or household word ("Gezin van den
Berg"), an English "Can I ...?", streets that open with an adjective ("Lange Voorhout"),
and table columns headed by a role ("medewerker", "cliënt").

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
    # a colleague's initials after a slash, closing a line after a finished sentence
    "slash-initials": [
        "Huurachterstand besproken, regeling loopt via de corporatie. /[[person:KvD]]",
        "Moeder belt zelf de huisarts. /[[person:MB]]\nVolgende week weer langs.",
        "Tel. nagevraagd: klopt nu. /[[person:RT]]",
        # two abbreviations paired with a slash are no signature
        "Thema: {{r:LVB}} / GGZ, met de wijkverpleging.",
        "Overdracht naar {{o:Parnassia}} / SWT afgerond",
        # a contact type after a slash is no one's initials
        "Afspraak gemaakt. /HB",
    ],
    # one initial typed loose before a name in lower case or capitals
    "loose-initial": [
        "korte vraag over [[person:j. de graaf]], hij woont nog op de oude plek",
        "mw [[person:k. de boer]] uit Bouwlust belde terug",
        "Gesprek met [[person:H. Visser]] over de schulden.",
        # an abbreviation's last letter, or a postcode letter said aloud, is no initial
        "Dit is m.b.t. de aanvraag gedaan.",
        "Ik bel u. Dan weten we meer.",
    ],
    # speakers of a chat whose first names are also words, among other named speakers
    "chat-speakers": [
        "[[person:Dan]]: ik ga vanmiddag langs bij de familie\n"
        "[[person:Ilse]]: top, neem de folder mee\n"
        "[[person:Dan]]: Dan doe ik dat.\n"
        "[[person:Gert]]: ok",
        "[[person:Mei]]: ben er om 10u\n[[person:Sanne]]: prima\n[[person:Youssef]]: ik ook",
        # months that label the lines of a plan are no speakers
        "April: intake en kennismaking\nMei: evaluatie met de cliënt\nJuni: afsluiting",
        "Dan: bellen met de corporatie\nDaarna: brief sturen\nTot slot: evalueren",
    ],
    # "Will", a short name; "will" in an English sentence is the verb
    "will": [
        "Gisteren belde [[person:Will]] over de huur van de berging.",
        "[[person:Will]] wil dat we hem voortaan 's middags bellen.",
        "Our colleague will visit Mr [[person:Mensah]] on Thursday.",
        "Will you call me back tomorrow?",
        "Her daughter will call you, she speaks Dutch.",
    ],
    # the town or neighbourhood a service is named after, and that town elsewhere
    "seat-of-service": [
        "Gedeeld door [[person:Geertje Bosma]] ({{o:WIJ Beijum}})\n"
        "Cliënt woont in {{w:Beijum}} en heeft schulden.",
        "Samen met {{o:Zorgpunt Dokkum}} en de huisarts. Het gezin uit {{w:Dokkum}} "
        "wil geen hulp van buiten.",
        "Via het Wijkteam Kampen gaat de aanvraag, mevrouw [[person:Kampen]] tekent zelf.",
        # a first name after a label word is still the person
        "Actiepunt [[person:Fatima]]: BSN nakijken bij de BRP.",
    ],
    # an organisation's general number, however its name and a bracket stand around it
    "general-number": [
        "Algemeen nummer Woonbron: 010 - 4 32 32 32, vraag naar de wijkbeheerder.",
        "Ik heb alleen het algemene nummer (050 - 3 67 67 67) en daar kom ik niet verder.",
        "Haar eigen nummer is [[phone:06 - 41 22 87 09]], het algemene nummer niet.",
    ],
    # the particles of a surname after a title or a household word belong to it; after a
    # household word a lone "van" before a first name says whose
    "particles": [
        "Titel: Gezin [[person:van den Heuvel]]: drie schuldeisers, één plan",
        "Mevr. [[person:van der Laan]] belde over de beschikking.",
        "Onderzoek naar het gezin van [[person:Samira]] is afgerond.",
        "bij de familie [[person:de Graaf]] thuis",
    ],
    # "Can I ...?" opens an English question
    "english-question": [
        "I can come on Friday. Can I also bring my sister to the meeting?",
    ],
    # a street whose name opens with an adjective that is also a surname
    "street-adjective": [
        "De bijeenkomst is in het stadhuis, Korte Houtstraat, zaal 3.",
        "Kom naar de Oude Molstraat, daar is de ingang.",
    ],
    # columns headed by a role: the client and the worker named in each row
    "role-columns": [
        "datum;medewerker;cliënt;soort\n"
        "[[date:2025-01-14]];[[person:pdekker]];[[person:oudejans]];tel\n"
        "[[date:2025-01-21]];[[person:pdekker]];onbekend;hb",
        "zaak\tcliënt\tregisseur\tstatus\n"
        "Z-12\t[[person:Visser K]]\t[[person:J. Meijer]]\topen\n"
        "Z-13\tmw. [[person:Bos]]\tteam\tdicht",
    ],
    # firms that carry a founder's name; a doctor's practice keeps the doctor's name
    "firms": [
        "Loonbeslag gelegd door {{o:Gerechtsdeurwaarderskantoor Dijkhuizen}} namens de corporatie.",
        "inkomen [[person:Erik]] ({{o:Installatiebedrijf Van Leeuwen}}) 1.950,00",
        "bijgestaan door mr. [[person:P. Ongering]] (Rechtsbijstand Ongering & Van Dam)",
        "Medicatie via Apotheek De Linde, weekrol",
    ],
    # a day as the decimals of an amount over a month's line is no date
    "amount-decimals": [
        "maand | inkomsten | uitgaven\njan | € 1.612,40 | € 1.321,28\nfeb | € 1.612,40 | € 1.290,00",
        "Hij kreeg op [[date:28 februari]] de brief.",
    ],
    # a sentence opened after an ellipsis: "Bent u ...?" asks, it names no one
    "ellipsis": [
        "U betaalt een eigen bijdrage … Bent u het niet eens met dit besluit? Maak bezwaar.",
    ],
    # a town on a river written short in an address
    "river-towns": [
        "Adres: [[address:Dorpsstraat 12]], [[postcode:2902 AB]] Capelle a/d IJssel",
        "Verhuisd naar Alphen a/d Rijn, nieuw adres volgt.",
    ],
    # where someone was born, in brackets after the date of birth
    "birthplace": [
        "Vader: [[person:Khaled Haddad]], geb. [[date:01-03-1978]] (Aleppo)",
        "Notitie huisbezoek [[date:dinsdag 2 april]] ([[person:MdB]])",
    ],
    # a field whose value is a place, a bus stop
    "place-fields": [
        "Naam: [[person:CHAN]]\nGeboorteplaats: MACAU\nNationaliteit: Chinese",
        "Tram 9 stopt vlak bij de deur (halte Vaartsche Rijn).",
    ],
    # exports and logs: an ISO time stamp, a user in a log line, a name between XML tags
    "exports": [
        "[[date:2024-09-02]]T14:05:33Z  user=[[person:k.bouzid]]  action=OPEN  record=[[dossier:CL-0071254]]",
        "<client>\n<naam>[[person:Postma, Geertje]]</naam>\n<geboortedatum>[[date:1951-02-11]]"
        "</geboortedatum>\n</client>",
        "<organisatie><naam>{{o:Vivent}}</naam></organisatie>",
    ],
    # more ways to call a number an organisation's general one; a mobile stays someone's
    "general-number-2": [
        "- Buurthuis De Mussen (algemeen): 070 - 366 12 00",
        "Pameijer aanmeldingen: algemeen 010 - 266 88 00",
        "Tel. apotheek (alg. nr 070 - 345 22 10, optie 2) gebeld.",
        "algemeen bereikbaar via mw zelf: [[phone:06-41228709]]",
    ],
    # how someone is, right after the title
    "state-after-title": [
        "Mw moe, hb 7,1, ijzertabletten gestopt.",
        "mw [[person:ozturk]] belde, klinkt boos",
    ],
    # opening hours after a weekday are no date
    "opening-hours": [
        "Spreekuur do 9-12 is vol, 4 mensen op de wachtlijst.",
        "Lessen ma/wo/do 9-12 in het buurthuis.",
        "Afspraak op [[date:do 9-12]] om 10 uur.",
    ],
    # a time of day is no case number, whatever word stands before it
    "clock": [
        "De opvang begint pas om 7.30 en de bus gaat om 7.45.",
        "Ze kan pas om 16.00 aansluiten bij het overleg.",
    ],
    # facilitators and note-takers by their initials; firms, systems and themes are no one
    "author-initials": [
        "Per thema vijf deelnemers, waar nodig geloot door [[person:PV]] en [[person:JK]].",
        "Workshop ouderen (samenvatting door [[person:TS]])",
        "Facilitator: [[person:CR]]\nDeelnemers: twaalf",
        "Evaluatie per thema (door [[person:LK]] en [[person:KA]])",
        "flipover uitgetypt door [[person:jv]]",
        "De woning wordt gereinigd door HMS met toestemming van meneer.",
        "Export gegenereerd door RIS, 07:00",
        "Privacy-check door FG gemeente loopt nog.",
        "Niet verwisselen in het verslag aub!",
    ],
    # initials of three speakers opening the lines of minutes; two role labels are no one
    "speaker-initials": [
        "[[person:MD]]: de experts waren goed\n[[person:RB]]: eens\n[[person:AK]] (SZW): prima",
        "WC: Met de corporatie gesproken.\nWT: Hallo, met wie?",
    ],
    # a line break never stands between a day and its month: a table's count and the next row
    "count-and-month": [
        "maand | activiteit | deelnemers\nfebruari | startbijeenkomst | 18\nmaart | workshops | 40",
    ],
    # Papiamentu's little words are nobody: "mi ta bai", "e ta kontentu"
    "papiamentu": [
        "Bon tardi. Mi yu [[person:Jurgen]] ta bai skol awor, e juf a bisa ku e ta bai bon.",
        "mi no ta kompronde e karta. kiko mi mester hasi?",
    ],
    "hoek-van-holland": [
        "Zijn broer woont in Hoek van Holland en komt nooit langs.",
    ],
}

CASES = [(f"{group}-{i}", ex) for group, exs in GROUPS.items() for i, ex in enumerate(exs)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round31_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 20
