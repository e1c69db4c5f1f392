"""Twenty-third round: case numbers after a bare "nummer" or with a one-letter code,
creditor rows typed with aligned spaces, spaced dashes or a row number, e-mail addresses
read out with "at" or a number in the name, house numbers read out small, digit by digit
or in parts with an addition, ordinal days read out around "de", and dates read out as
three numbers.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow failure classes of a held-out evaluation (sets 62-65:
chats, dictations, a mixed fortnight, client messages); each group also holds look-alikes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # a case number after a bare "nummer"/"nr", a few words or a comma in between
    "bare_number_cue": [
        "de brief van Dunea heeft een nummer [[dossier:4410 0087 213]], wat moet ik doen",
        "UWV nummer [[dossier:2025118734]] staat bovenaan",
        "er staat een nummer op: [[dossier:66-3018-21]] denk ik",
        "nummer [[dossier:WBS 2024-7781]] is van de Kredietbank",
        "mijn vriendin heeft nr [[dossier:HvB 2023/11872]] gekregen",
        # must stay: a house number, a municipality's line, a switchboard, a short number
        "huis nummer 14 is leeg",
        "bel het algemene nummer 14 079 van de gemeente",
        "het centrale nummer 088-1234567 is de hele dag bereikbaar",
        "nummer 3 op de lijst",
        "bus nummer 22 rijdt niet",
    ],
    # a one-letter code or loose digit groups after a case-number label
    "coded_case_numbers": [
        "kenmerk [[dossier:B 2024 331 08]] op de aanmaning",
        "het zaaknummer is [[dossier:KG 25 0 14 77]] eh ok",
        "zaaknummer op de brief is [[dossier:RBD 2023 - 11 402]]. de zitting is later",
        "v-nummer [[dossier:V 41 3392 018]] staat op haar pasje",
        "klantnummer [[dossier:NUON 3318 2207]] voor de energie",
        # must stay: a count after the label, a year
        "klantnummer [[dossier:12345678]] 2 keer doorgegeven",
        "kenmerk van 2023 klopt niet",
    ],
    # creditor rows typed without pipes: aligned columns, spaced dashes, a row number
    "creditor_rows": [
        "schuldeiser        kenmerk              openstaand\n"
        "Menzis             [[dossier:MZ 7710382245]]      € 812,40\n"
        "Eneco              [[dossier:2210-4478-90]]       € 96,15",
        "Vattenfall (energie) – [[dossier:VF 4411 0923]] – € 311,00\n"
        "Zalando – [[dossier:ZL-88201774]] – € 59,95\n"
        "buurman (geleend) – – € 150,00",
        "nr | schuldeiser | kenmerk | saldo\n"
        "1 | Evides | [[dossier:4471 0922 18]] | € 140,10\n"
        "2 | Ziggo | [[dossier:ZG 882 1047]] | € 77,00",
        "Schuldeiser             Dossier              Bedrag     Beslag\n"
        "Intrum                  [[dossier:INT 4402 8813]]        €   412    nee",
        # must stay as they are: a row with a phone (no case number), a year range
        "Ziggo – [[phone:088 717 1717]] – € 45,00",
        "Eneco  2019 - 2022  € 300,00",
    ],
    # an e-mail address read out: "at", a number in the name, a dotted name, any domain
    "spoken_emails": [
        "haar mail is [[email:yara punt haddad vijftig apenstaartje gmail punt com]] graag",
        "mail naar [[email:p.kowalski at wp punt pl]] voor de papieren",
        "zijn adres is [[email:tom.devries at ziggo.nl]] zei hij",
        "schrijf [[email:desi punt petrova apenstaartje abv punt bg]] punt volgende week",
        "[[email:karin punt bos twee apenstaartje live punt nl]] punt dat was het",
        # must stay: the sign named, English "at", a point of the agenda
        "het apenstaartje werkt niet op haar toetsenbord",
        "we meet at the office tomorrow",
        "punt twee van de agenda is de planning",
    ],
    # a house number read out small, digit by digit, in parts or with an addition
    "spoken_house_numbers": [
        "ze woont op de [[address:Kamperfoeliestraat zes b]] punt",
        "hij woont op [[address:Vaillantlaan negen]] in Transvaal",
        "het adres is [[address:Twee Kerkenstraat twee vier acht]], tweede deur",
        "bij haar op de [[address:Willem Dreeslaan drie honderd vier]] punt",
        "op de [[address:Elandstraat tweehonderd en twaalf]] woont ze alleen",
        "[[address:Thorbeckelaan tweeduizend honderdtwee]] punt en dan",
        "we zijn op de [[address:Koningstraat zeventig derde]] geweest",
        "ze woont [[address:Paul Krugerlaan vierentachtig een hoog]] met haar zoon",
        "op de [[address:Beekstraat dertien huis]] eh bij de buren",
        "adres [[address:Moerweg vijftien twee]], dat klopt",
        # must stay: a count, a duration, a street without a number
        "via de snelweg drie uur gereden",
        "in de Kerkstraat twee keer gevallen",
        "op de Hoofdstraat vier kinderen gezien",
        "sinds tweeduizend negentien in Nederland",
    ],
    # ordinal days read out around "de"
    "ordinal_days": [
        "ze heeft sinds [[date:de derde van de vijfde]] geen huur betaald",
        "loon kwam op [[date:maart de twaalfde]] en daarna niet meer",
        "de afspraak is op [[date:de zevenentwintigste]], bij haar thuis",
        "ik kom [[date:donderdag de negende]] langs",
        "kan het [[date:overmorgen de 14e]]? laat maar weten",
        "de huur komt [[date:de 19de]]. dan bel ik",
        # must stay: a class, a century, a floor, a count, a day that recurs
        "hij zit in de tweede van de vierde klas",
        "in de negentiende eeuw",
        "ze woont op de veertiende verdieping",
        "dat is de vierde keer dit jaar",
        "elke maand op de 25e komt het geld",
        "rond de 20e van de maand",
    ],
    # a date read out as three numbers, or "een" and a month before a spoken year
    "spoken_full_dates": [
        "geboren [[date:twaalf drie negentienhonderd tachtig]] klopt",
        "geboortedatum [[date:een juni negentienhonderd vierenzestig]] en bsn volgt",
        # must stay: counts and amounts, a year alone
        "twee drie twintig euro",
        "een juni is een mooie maand",
        "in negentienhonderd vijftig gebouwd",
    ],
    # case numbers read out with commas, "streepje", a letter code or a year in words
    "spoken_case_runs": [
        "mijn klantnummer is [[dossier:B zes zes, twee negen, één vier]]. ok. dag.",
        "dossier [[dossier:negentien achtentachtig streepje nul vier vier twee]] meneer belt",
        "Dossier [[dossier:R tweeduizend vierentwintig, nul acht zeven]]. Einde memo.",
        "nummer [[dossier:NVB twee nul twee vier, nul nul drie één]] van de bank",
        # must stay: a count after the label, words that are no numbers
        "klantnummer twee keer opgegeven",
        "dossier bespreken we morgen",
    ],
    # a postcode read out with a comma, two pairs, letters spoken one by one
    "spoken_postcodes": [
        "[[address:Tollensstraat 3]], postcode [[postcode:twee vijf vier vijf, K L]]. groet",
        "postcode [[postcode:vijfentwintig zevenenveertig B T]] klopt",
        # must stay: a count after "postcode", a year
        "postcode twee keer gecontroleerd",
    ],
    # nine or more digits read out one by one without a label right before them
    "digit_word_runs": [
        "van de brief overgenomen: [[bsn:een vier drie twee vijf vijf zes een zeven]]. klaar",
        "ze is bereikbaar op [[phone:zes een twee drie vier vijf zes zeven]] met nul zes ervoor",
        "kun je mij bellen op [[phone:zes vier vier acht twee twee nul negen een drie]] doei",
        # must stay: nine digits that fail the eleven test, a short run, a phone word near
        "overgenomen: een twee drie vier vijf zes zeven acht negen. klaar",
        "ze telde een twee drie vier en stopte",
    ],
    # digits typed one by one: a phone, a case number after its label, a birth date
    "spaced_digits": [
        "mijn mobiel [[phone:0 6 4 1 2 2 7 8 3 9]] of mail",
        "klant nummer [[dossier:3 3 0 1 8 8 2 4 5]] bij de bank",
        "geb: [[date:4 2 1979]] (volgens paspoort)",
        # must stay: a list of small numbers, a score
        "nummer 12 3 4 5.",
        "score 0 1 2 3 4 5 6",
    ],
    # day-months in notes: an hour after it, a contact done on the day, a dash after an event
    "short_dates_in_notes": [
        "gesprek met dhr [[person:Mensah]], [[date:6/3]] 14u\nboos over de brief",
        "kort: [[date:9-12]] gebeld met UWV over de uitkering",
        "☐ intake WMO [[date:3/4]] – wie gaat mee?",
        # must stay: a duration, a fraction, a score
        "1/2 3u per week vrijwilligerswerk",
        "de uitslag was 2-1 gewonnen",
        "overleg met buren 1/2 (half) gedaan",
    ],
    # typed addresses: additions "bov", "h s", "zolder", and "ik woon (nog steeds)"
    "typed_address_additions": [
        "ik woon al jaren hier ([[address:Weimarstraat 112 bov]]). hij komt",
        "adres [[address:Van Speijkstraat 41 h s]]. kun jij bellen?",
        "ik ben Marek van [[address:Fahrenheitstraat 20 zolder]]. de huisbaas",
        "ik woon nog steeds [[address:Zonneveld 14]] als je langs wil komen",
        # must stay: a place and a count
        "ik woon in Den Haag 3 jaar",
    ],
    # dates in Polish, a misspelled month, a weekday cut short, English dates
    "foreign_and_loose_dates": [
        "mój mąż zmarł [[date:4 maja]] i teraz bank",
        "ze heeft op [[date:7 meij]] gebeld",
        "spotkanie [[date:wtorek 11 czerwca]] o 10",
        "Dictaat [[person:Marleen]], [[date:dins 4 mrt]]\nHuisbezoek",
        "they say I must leave on [[date:the 30th]]. help",
        "tomorrow [[date:friday 14]] I come with my son",
        # must stay: an ordinal that counts, a clock time
        "she called on the 3rd time we asked",
        "see you friday 10 am",
    ],
    # a name spelled out in a dictation, or said as it sounds
    "spelled_names": [
        "mevrouw [[person:Wiśniewska]] belde met [[person:W van Willem i s n i e w s k a]] ok",
        "dhr [[person:Tahiri]] dat is [[person:T A H spatie I R I]] punt hij is zestig",
        "meneer [[person:Nguyen]] spreek uit [[person:nwujen]], afspraak volgende week",
        # must stay: a code read out, letters in a list, how someone speaks
        "de W M O regelt het vervoer",
        "zij spreekt het goed uit, dat klopt",
        "hij spreekt goed nederlands.",
    ],
    # initials or a shortened particle before a name found
    "initials_before_names": [
        "dhr [[person:v. Dijk]] (huurteam) belde terug",
        "die meneer? [[person:v.d. Berg]]? zijn vrouw belde",
        "broer van clt [[person:k. mulder]] belde over de huur",
        "de bewindvoerder wordt mevr. [[person:B. Hoekstra]] van Zuidwest Bewind",
        # must stay: "u." before a word, an initial inside a code
        "ik kom om 10 uur bij u. Dan regelen we het",
    ],
    # the other half of a name in brackets after it
    "name_in_brackets_after": [
        "- mw. [[person:Owusu]] ([[person:Akosua]]) – nieuwe ID-kaart",
        "weet iemand of [[person:ruben]] ([[person:bakker]]) zijn intake heeft",
        # must stay: a team, a relation, a neighbourhood, an ordinary word
        "dhr [[person:Jansen]] (huurteam) belde",
        "[[person:Bakker]] (buurman) belde",
        "bij [[person:Lieke van Rooij]] ({{wijk:Broekhoven}}) thuis",
        "mail [[person:Lieke]] (kort): het gaat goed",
    ],
    # a closing in English, export and note headers, a grandparent named by the relation
    "closings_and_headers": [
        "my dutch is not so good.\n\nGod bless\n[[person:Blessing]]\n[[phone:0687114523]]",
        "[Voice message transcribed]\nmevrouw [[person:Kuipers]] belde",
        "Post-it op scherm van [[person:Ilse]]: bellen",
        "Oma wordt 81 en kan het niet meer alleen",
        "die mw van de voedselbank belde nog",
        "geschorst van school Johan de Witt college vorige week",
    ],
}

CASES = [(f"{g}-{i}", ex) for g, exs in GROUPS.items() for i, ex in enumerate(exs)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round23_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 120


def test_bare_number_case_is_labelled_dossier() -> None:
    labels = {f.text: f.label for f in find_personal_data("UWV nummer 2025118734 staat er")}
    assert labels == {"2025118734": "dossier"}
