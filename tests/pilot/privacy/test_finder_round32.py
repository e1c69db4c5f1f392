"""Thirty-second round: codes of three to five hyphened parts with letters and numbers mixed
("2023-WMO-LK-0412", "7702-31180-CJB"), letters joined by "&" ahead of a number
("V&J-2024-0012"), one letter glued to a year and a serial ("b23-40981"), a Chamber of
Commerce number of the client's own firm, identifiers in XML fields; a day and month with
no cue around it, which is a date unless it has the shape of a share, a count or opening
hours; and a birth date read out as numbers after its label ("zes twaalf tweeënveertig").

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
    # hyphened parts of letters and digits: a case system's numbering
    "segment-codes": [
        "Aanvraag bijzondere bijstand loopt onder [[dossier:2023-WMO-LK-0412]], wacht op besluit.",
        "beslag | [[dossier:7702-31180-CJB]] | € 1.210,00",
        "Kinderen apart geregistreerd: [[dossier:2022-JZ-00815-K2]] en [[dossier:2022-JZ-00815-K3]].",
        "Zie ook [[dossier:PW-2023-BB-117]] voor de eerdere aanvraag.",
        # a date, a phone number or a period has no part of letters
        "Gesprek op [[date:2024-03-12]] gehad, tel. [[phone:070-353-3000]] gebeld.",
        "Het project liep van 2019-2021 in de wijk.",
        # too few digits for anyone's file
        "Formulier A-12-B ingevuld.",
    ],
    # "&" inside the letters of a code
    "ampersand-codes": [
        "kenmerk [[dossier:V&J-2024-0012]] staat op de brief",
        "klantnummer [[dossier:Z&W-0071345]]",
    ],
    # a postcode shape at the head of a code is a year before a case number
    "year-before-code": [
        'onder vermelding van "BBZ 2023 [[dossier:KL-2023-40021]]"',
        "Postcode: [[postcode:2514 AB]], {{p:Den Haag}}",
    ],
    # one letter glued to a year of this century and a serial
    "letter-year-serial": [
        "het oude nummer [[dossier:b23-40981]] is vervallen",
        "Zaak [[dossier:K2022-118734]] is heropend.",
        # a phone number after a letter and a space is no case
        "T [[phone:06-12345678]] (mobiel)",
    ],
    # a Chamber of Commerce number of the client's own firm; an organisation's stays
    "kvk-own-firm": [
        "Hij heeft een eenmanszaak (klussen), KvK [[dossier:71230498]], en loopt achter met btw.",
        "Moeder regelt de KvK-uitschrijving (KvK-nummer [[dossier:60981234]]) deze week.",
        "Verhuurder: {{o:Woonstichting De Key}}, KvK 33162540, Postbus 1.",
    ],
    # the value of an XML field that names an identifier
    "xml-id": [
        "<dossier>\n<clientNummer>[[dossier:4471920]]</clientNummer>\n<team>Laak</team>",
        "<prioriteit>2</prioriteit><status>open</status>",
    ],
    # a day and month without a cue: a date, unless a share, a count or opening hours
    "bare-day-month": [
        "Logboek [[date:3-11]]\n10.00 gebeld met de corporatie.",
        "Telefoonnotitie, [[date:9-10]], doorgezet naar de wijkverpleging.",
        "Valpartij [[date:2-2]]. Daarna opgenomen.",
        "Hij wil de papieren vóór [[date:6/4]] langsbrengen.",
        "kan ik [[date:4-3]]? anders volgende week",
        "check [[date:1-4]] of de eerste termijn is betaald",
        "overleg [[date:3/4]]: de school sluit aan",
        # shares, scores, hours and counts
        "Bij 2/3 van de gezinnen lukte contact.",
        "Aanwezig waren 4/4 deelnemers; ook de buurvrouw was 3/3 keer aanwezig.",
        "Spreekuur di 9-12 in het buurthuis.",
        "Bij het inloopspreekuur zit ik er 8-11, daarna op kantoor.",
        "Er zijn 4-6 schuldeisers in beeld.",
        "Zij zorgt 24/7 voor haar man.",
        "Aantal vrijwilligers: 6-8",
        "Ga naar loket 3-5 in de hal.",
    ],
    # a birth date read out after its label, with two year digits
    "spoken-birth-date": [
        "Geboortedatum even nagevraagd, ze zei [[date:negen elf vierenzestig]], klopt met de pas.",
        "geboortedatum?\nCliënt: [[date:zeventien vier eenennegentig]]",
        "De tolk zegt: geboortedatum [[date:nul drie, een nul, negentienzevenenvijftig]].",
        "zijn zoon is geboren [[date:acht-drie-tweeënzeventig]] zegt hij",
        # a count after the label is no date
        "Geboren in een gezin van zes kinderen, twee broers.",
        "geboortedatum staat op de pas, hij heeft twee zoons van negen en elf jaar",
    ],
    # a street after a person's name, with an age or birth date in brackets between
    "street-after-name": [
        "- mw [[person:Veenstra]] (±80 jaar), [[address:Klaverweide 12]], {{p:Leiden}}",
        "Casus: [[person:Joost Manders]] ([[date:03-04-1951]]), [[address:Brink Noord 4]], {{p:Assen}}.",
        # a group and a number after a name is no street
        "[[person:Sanne]] (stagiair), Groep 7.",
    ],
    # "à" and "a" inside a street's name
    "street-particle-a": [
        "Adres: [[address:Maria à Lopezstraat 31]], [[postcode:1011 AB]] Amsterdam",
        "langs geweest op de [[address:Jan a Huygenslaan 4]]",
    ],
    # a house number's letter before a full stop is no initial of the next name
    "house-letter-no-initial": [
        "Zij woont op [[address:Beekweg 17C]]. [[person:Karin]] komt morgen.",
        "Over mw [[person:Bos]] (negentig), [[address:Groene Zoom 81B]]. [[person:Ilse]] belt haar.",
    ],
    # a spoken house number after a pause, "eh" or "nummer"
    "spoken-street-pause": [
        "ja ik woon eh [[address:Dorpsstraat eh honderdzes]] dank u",
        "Woont hij nog op de [[address:Vaartweg, ehm, tweeëntachtig]]?",
        "we gaan naar de [[address:lindelaan, nummer negen]]. tot zo",
        "Bij mevrouw [[person:Kaya]], [[address:Laan van Poot, eh, zeventien]]. Ze is thuis.",
        "ik ben nu bij [[address:kerkweg driehonderdtien]] als je me zoekt",
        # a town and a count are no address
        "Eén jongere verhuisde naar Utrecht, drie wilden blijven.",
        "Hij woonde in Zwolle, eh, twee jaar lang.",
    ],
    # the Arabic article and a neighbour's "van" belong to the surname
    "surname-articles": [
        "vanmiddag op huisbezoek bij [[person:el haddaoui]], zoon was er ook",
        "Fam. [[person:al-Rashid]] heeft de brief ontvangen.",
        "buurvrouw [[person:van Beek]] heeft de sleutel",
        # "al" is also "already"
        "Ik heb al [[person:Youssef]] gebeld.",
    ],
    # a lower-case postcode where the text names a postcode or an address just before
    "named-lower-postcode": [
        "mijn postcode is nu anders [[postcode:3514 ek]]",
        "ik woon [[address:Kerkstraat 12]] eh [[postcode:3512 ab]] dank u",
        "postcode?\nbeller: [[postcode:2564 tw]]",
        "postcode bekend, hij reed 2500 km",
    ],
    # a clock time's minutes are no phone number's start
    "clock-before-phone": [
        "09:14 - [[phone:010 412 33 80]] - voicemail ingesproken",
    ],
    # a citizen number named at some distance, with no other number between
    "bsn-far-cue": [
        "Het BSN dat de school ons doorgaf staat (gelukkig) nu ook in het dossier: [[bsn:123456782]].",
        "BSN [[bsn:111222333]], en het klantnummer bij de verzekeraar is [[dossier:20567711]].",
    ],
    # a long number later in the sentence after a number's label
    "number-after-label-later": [
        "ze vragen om mijn klantnummer maar ik weet niet zeker. is het [[dossier:418 20 773]]?",
        "Het dossiernummer weet hij niet meer, misschien [[dossier:88120467]] zegt hij.",
        # a count, a date, an amount or a phone number there is no such number
        "klantnummer weet ik niet, ze woont er al 12 jaar",
        "het kenmerk staat op de brief van [[date:12 03 2024]]",
        "kenmerk? ik betaal 125000 euro aan de bank",
        "klantnummer heb ik niet, bel maar [[phone:06 41 22 87 90]]",
    ],
    # day, month and a four-digit year typed with spaces
    "spaced-date-with-year": [
        "de beschikking van [[date:3 11 2024]] ligt bij de post",
        # digit groups of a longer number are no date
        "polis 4 11 2024 8812 77",
    ],
    # a chat tool's message headers of user name and time
    "timed-chat-headers": [
        "[[person:kvdlinden]]  9:02 AM\nwie pakt de nieuwe melding op?\n[[person:r.amrani]]  9:05 AM\nik",
        "[[person:Wietske]] 11:20\nben bij de huisarts\n[[person:Gerrit]] 11:24\noké",
        # an agenda's times under words are no writers
        "Programma\nInloop 9:30\nmet koffie\nLunch 12:30\nin de kantine",
    ],
    # a Dutch account number typed with a digit too many or too few
    "mistyped-iban": [
        "IBAN [[iban:NL12 RABO 0123 4567 890]] klopt niet volgens de bank",
        "de app weigert [[iban:NL02ABNA01234567891]]",
    ],
    # an organisation's free or paid line, however it is introduced
    "service-lines": [
        "{{o:Veilig Thuis}} is dag en nacht bereikbaar op 0800-2000.",
        "Bel het {{o:Juridisch Loket}} via 0900-8020 (lokaal tarief) voor advies.",
    ],
    # greetings in other languages are nobody's name
    "foreign-greetings": [
        "[[person:Wim]]: Buongiorno, de brief is binnen.",
        "Selamat pagi, ik kom morgen om tien uur.",
    ],
    # a house number or a file's number said as the answer to a question for it
    "answered-fields": [
        "Medewerker: en het huisnummer\nBeller: [[address:vierenzestig]]\nMedewerker: dank u",
        "[00:00:31] intake: en uw klantnummer\n[00:00:33] beller: [[dossier:5520 118 403]]",
        "Medewerker: wat is het huisnummer?\nBeller: weet ik niet uit mijn hoofd",
    ],
    # two letters that sign a note after its last sentence
    "sign-off-initials": [
        "Brief met haar doorgenomen, ze belt zelf de corporatie. [[person:rv]]",
        "Bewindvoerder gebeld, geen bezwaar. Dank je! [[person:KD]]",
        "formulier ingevuld en opgestuurd. -[[person:mh]]",
        # ... and the same letters elsewhere in the note are the same colleague
        "Samen met [[person:PJ]] naar het loket. Hoi [[person:PJ]], bel jij? Dank je! [[person:PJ]]",
        # a reply word or an abbreviation ends many notes too
        "kan ik morgen de sleutel halen? ok",
        "Tot morgen. Gr",
    ],
    # an O or I typed for a 0 or 1 inside a number
    "letters-for-digits": [
        "Tel: [[phone:O6I2345O91]]\nBericht: bel me terug",
        "zijn nieuwe nummer is [[phone:o6 45 93 11 28]], ok?",
        "BSN van de zoon: [[bsn:82145036O]] (met een O getypt)",
        # letters spelling a bank's code or a word stay letters
        "In 2O24 kwam hij voor het eerst, code OIOIOI12 werkt niet",
    ],
}

CASES = [(f"{group}-{i}", ex) for group, exs in GROUPS.items() for i, ex in enumerate(exs)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round32_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 20
