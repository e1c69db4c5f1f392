"""Twenty-fourth round: speech-to-text once more (IBANs read out, phone numbers in words and
groups mixed with hesitations and corrections, case numbers with "hekje", "schuine streep"
or "punt", a BSN in three hundreds), dates with "de" before the ordinal day or a year in
words after the month, house numbers after "nummer" or with a letter said as its name,
postcodes read out after a typed address, and number columns of tables typed with aligned
spaces or semicolons.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow failure classes of held-out sets 66-69 (team chats,
speech-to-text, client messages, a month of a team); each group also holds look-alikes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # a Dutch IBAN read out: the letters said, check digits and digits in words or groups
    "spoken_ibans": [
        "het geld gaat naar [[iban:en el 91 a b n a nul vier een zeven een zes vier drie nul nul]] graag",
        "rekening [[iban:N L eenennegentig ABNA 0417 1643 00]], die is van haar",
        "op [[iban:NL 91 abna nul vier een zeven een zes vier drie nul nul]] staat niks",
        # must stay: a country and a number of something else
        "in NL twee jaar gewoond",
    ],
    # a phone number read out in words and groups mixed, with a hesitation or a correction
    "mixed_phones": [
        "kun je terugbellen op [[phone:06 negentien 44 zeventig 21]] dank",
        "bereikbaar op [[phone:070 345 ehm 67 89]] tot vijf uur",
        "mijn nummer [[phone:06 1234 5 sorry 5 678]] bel maar",
        "ik ben te bereiken op [[phone:nul zes twee twee eh vier vier vijf vijf zes zes]] doei",
        # must stay: an amount, a clock time, a count
        "het kost 06 euro per stuk",
        "om 07 uur twintig minuten wachten",
    ],
    # case numbers read out with "hekje", "schuine streep", "punt" or after "casus"
    "spoken_case_codes": [
        "de CJIB met nummer eh [[dossier:hekje vier vier twee nul zes]]. Ik heb",
        "kenmerk [[dossier:K B schuine streep twee nul twee vier schuine streep een twee drie]] punt",
        "nummer [[dossier:S V B twee nul twee vier punt een twee punt drie drie]] van de brief",
        "verslag casus [[dossier:drie drie een acht zes vier een nul nul twee]], cliënt",
        # must stay: a short number after "nummer", a house number, a phone read out
        "het nummer is twee vier zeven",
        "huisnummer zeventien is leeg",
        "mijn nummer is [[phone:nul zes een twee drie vier vijf zes zeven acht]]",
    ],
    # a BSN read out in hundreds
    "bsn_in_hundreds": [
        "BSN [[bsn:honderddrieëntwintig vierhonderdzesenvijftig zevenhonderdtweeëntachtig]] klopt",
    ],
    # dates: "de" before an ordinal day, a year in words after the month, "op een september"
    "dates_read_out": [
        "de hulp stopt per [[date:de 18e maart]] en ik wil bezwaar",
        "sinds [[date:12 november tweeduizendvierentwintig]] is ze weg",
        "het MDO van [[date:3 oktober tweeduizend drieëntwintig]] punt aanwezigen",
        "op [[date:19 mei twintig vijfentwintig]] punt groeten",
        "op [[date:een september]] hebben we de eerste klacht gehad",
        # must stay: an age after a date, a count of days
        "ze is [[date:12 mei]] twintig jaar geworden",
        "de 3e keer deze week",
    ],
    # house numbers read out after "nummer", with a letter said as its name, and streets
    # named with a title, a capitalised particle or a weak street word
    "spoken_addresses": [
        "in Moerwijk, [[address:Erasmusweg nummer honderdeenenvijftig C]], [[postcode:2538 WK]]",
        "ik zeg het goed: [[address:Java-straat negenendertig bee]]. Mijn dokter",
        "laatste adres [[address:Hobbemastraat honderdelf cee]]. Kan iemand bellen",
        "[[person:Glenn Sabajo]], [[address:Diamanthorst driehonderdzestien]]. Meneer is ziek",
        "eerste huisbezoek op de [[address:De la Reyweg acht]], toestemming getekend",
        "komen wonen [[address:Dr. Lelykade negenendertig]] met vader",
        "en nu op [[address:prins hendrikstraat vierendertig e]] de brief ging",
        "vannacht bij de [[address:Rederijkerstraat zeven h s]] voor een ruzie",
        # must stay: a street without a number, a count after a street
        "hij woont ergens aan de Erasmusweg, nummer weet ik niet",
        "in de Kerkstraat twee keer gevallen",
    ],
    # a postcode read out, or typed with its letters said, right after an address
    "postcodes_after_addresses": [
        "adres [[address:Hoefkade 7A]] [[postcode:twee vijf vier nul B Z]] ik wou vragen",
        "adres is [[address:Hoytemastraat 9]], [[postcode:vijfentwintig dertien A Z]]. Mijn nummer",
        "door: [[address:Aaltje Noordewierlaan 126 A]], [[postcode:2537 er bee]], en mail",
        # must stay: a count after an address
        "[[address:Hoefkade 12]] twee keer gebeld",
    ],
    # number columns in tables typed with aligned spaces or semicolons
    "table_columns": [
        "Schuldeiser;Kenmerk;Bedrag\nVattenfall;[[dossier:9912345]];734,12\nDUO;[[dossier:ST-4498120]];8.900,00",
        "   SCHULDEISER          BEDRAG      SINDS      NR.\n"
        "   Eneco                € 1.004     2024       [[dossier:209118543]]\n"
        "   CZ                   € 1.366     2023       cn [[dossier:21.994.103]]",
        "Klantnummer   Adres                    Achterstand\n"
        "[[dossier:201188734]]     [[address:Jan Blankenstraat 8 bis]]    € 412,10",
        # must stay: a date in the number column, a code of four digits
        "Klantnummer   Adres            Datum\n[[date:12-01-2024]]    onbekend         2024",
    ],
    # a dotted number after its label is one code, not a phone number inside it
    "dotted_codes": [
        "Aanslagnummer: [[dossier:2025.0044.91873]]\nIBAN volgt",
        "kenmerk [[dossier:Wmo 2025.380.719]] op de brief",
    ],
    # letters spelled out that repeat a word written just before, or the spelling alphabet
    "spelled_repeats": [
        "u spreekt met [[person:bakker]] [[person:b-a-k-k-e-r]] met een hoofdletter",
        "meneer [[person:Ionescu]] ([[person:I O N E S C U]]) uit de flat",
        "dat is [[person:Çelik]], [[person:c. e. l. i. k.]] nieuwe regel",
        "mevrouw [[person:Demir]], [[person:D van Dirk, E van Eduard, M van Marie]]. Ik woon",
        # must stay: an organisation spelled out, letters that spell nothing before them
        "bel de wmo w m o maar",
        "de W M O regelt het vervoer",
    ],
    # a first name and surname in lower case after a title or "met"/"ik ben"
    "lower_full_names": [
        "casus 1: mevrouw [[person:kim zwart]]. casus 2: meneer [[person:hans groen]].",
        "ja met [[person:sem molenaar]] de buurman van meneer",
        "ja goedemiddag. ik ben [[person:ton de hoop]]. ik wil niet lastig zijn",
        # must stay: a relation or an employer after the first name, "met ... en ..."
        "ja met [[person:jan]] de buurman",
        "ja met [[person:jan]] van de gemeente",
        "met jan en alleman gesproken",
    ],
    # the other heads of a list once one head is a person, a name in brackets after one
    "list_heads_and_brackets": [
        "stand van zaken\n- [[person:wiśniewski]]: beschikking binnen\n- [[person:adjei]]: wacht op UWV",
        "ik ben vader van [[person:soufiane]] ([[person:bouzerda]]). ik moet jou iets vragen",
        # must stay: labels heading a list
        "stand\n- iban: onbekend\n- status: loopt\n- kort: niks",
    ],
    # formal documents: court request numbers, spaced dates, rooms and floors in a house number
    "formal_shapes": [
        "rekestnummer: [[dossier:C/09/612345 / FA RK 24/118]]\n\nVONNIS",
        "Betalingskenmerk: [[dossier:7 0412 9932 8810 4471]]\nOnderwerp: eigen bijdrage",
        "Geboortedatum: [[date:03 - 07 - 1979]]\nBSN volgt",
        "Datum: [[date:07 08 2024]]\nKenmerk volgt",
        "[[address:Houtweg 9 k.12]] in Emmen",
        "[[address:Schiedamseweg 45-B02]]\n[[postcode:3026 AA]] ROTTERDAM",
        # must stay: a score and a count, a range of years
        "uitslag 3 - 1 - 2 na verlenging",
        "periode 2019 - 2022 afgesloten",
    ],
    # punctuation said as words in a dictation, the first word after a transcript's label
    "dictated_punctuation": [
        "wacht al een jaar punt Doorverwijzen naar het taalhuis punt",
        "Verslag punt nieuwe regel Cliënt dubbele punt [[person:Hüseyin Demir]] punt nieuwe regel",
        "Intake punt Aanmelder komma huisarts [[person:Aydın]] komma praktijk",
        "Medewerker: Duidelijk. En u bent bereikbaar?\nBeller: Ja ja, nog steeds.",
        "[00:00:02] Spreker 2: Goedemiddag, wijkteam.",
        "Ja, ehm, verslag van het gesprek",
        # must stay: a name after "punt" used as a word, a name after a relation's colon
        "op dit punt [[person:Jansen]] gebeld",
        "dochter: [[person:Dan]]",
    ],
    # case numbers after a key cell, a request or contract compound; a reference after the amount
    "more_case_numbers": [
        "| Dossiernr | [[dossier:2025-03-0117]] |\n| Naam | [[person:Akosua Mensah]] |",
        "Subject: Uw reparatieverzoek [[dossier:7731904]]\nGeachte heer",
        "schuldeiser\tsoort\tbedrag\tkenmerk\nZiggo\tinternet/tv\t178,45\t[[dossier:19822043]]",
        "[[date:17/3]] Energiedirect – [[dossier:ED 5522 8190]] – € 1.437",
        # must stay: a year under a cue, a clock time, a phone in a dash row
        "| moeder cliënt | 1944 | ja, sinds 2023 |",
        "Terugbelverzoek 11.20 — zij belt terug",
        "buurvrouw [[person:Henny Roos]] – [[phone:070 - 389 12 66]] – sleutel!",
    ],
    # a weekday and a bare day asked on its own; "van der" opens a surname after "met"
    "last_fixes": [
        "mijn werk zegt ik moet komen. Kan ook [[date:vrijdag 12]]? Mijn adres volgt",
        "ja hallo met [[person:iris van der zee]] ik ben de zus van [[person:thomas]]",
        "Tel. notitie [[date:24.09]] – mw. [[person:Ioana Popescu]] via tolk",
        "ik woon op de [[address:wateringseweg 15c]] sinds mei",
        "afspraak 9.05 – ok, ik kom",
        # must stay: a clock time or a count after the weekday, an employer after the name
        "vrijdag 10 uur kom ik langs",
        "maandag 3 kinderen opgehaald",
        "ja met [[person:jan]] van de gemeente",
    ],
}

CASES = [(f"{g}-{i}", ex) for g, exs in GROUPS.items() for i, ex in enumerate(exs)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round24_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 45


def test_spoken_iban_passes_mod_97_only() -> None:
    good = "naar en el 91 a b n a nul vier een zeven een zes vier drie nul nul graag"
    bad = good.replace("nul nul graag", "nul een graag")
    assert [f.label for f in find_personal_data(good)] == ["iban"]
    assert "iban" not in [f.label for f in find_personal_data(bad)]
