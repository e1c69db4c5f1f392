"""Thirtieth round: digits of other scripts, read as the digits they are; names spelled
with the names of the letters ("pee, ee, tee, er, oo, vee") or in capitals one by one
("B E N A L I. Geboortedatum": no initials before a surname); list letters, file names,
organisations and their file numbers ("CJG 72.638"), register names, streets named after
someone, and a speaker's turn that opens with an ordinary word ("Medewerker: Waar ...").

The rules write a digit as ``[0-9]`` (a table look-up in the regex engine, where ``\\d``
asks Unicode about every character); ``finder.ascii_digits`` first reads each decimal
digit of another script as its ASCII digit, one character for one.  So a phone number
typed with Arabic-Indic or full-width digits is found where the same number in ASCII
digits is, at the same offsets, and the finding shows the digits as they were typed.

On the phone a name is spelled with the letters' names: "ka, a, es, es, ee, em" after "hoe
schrijf je de achternaam?", or "bee, oo, uu, ka, haa, a, er, ie" right after the caller
said "Boukhari".  Such a run is a name when a word about spelling stands just before it
or when its letters spell a word said shortly before; an organisation spelled ("U W V")
stays readable, and a word that goes on with the sentence ("... a i t en dan") is left out.

Lines that open with "A.", "B.", "C." count a list's items: the letter is no initial and
the item's first word no surname ("A. Vroegsignalering via de corporatie"), while a name
after the letter is still found ("A. Vos → Jeroen").

An attachment's name holds the client's name, a date or a case number between its
underscores ("medicatieoverzicht_Aarab_020524.pdf"): file names are read with spaces for
the underscores, and six or eight digits there that give a day and a month are a date;
a camera's own file names ("IMG_20240312_091544.jpg") are left alone.

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
from pilot.privacy.finder import ascii_digits  # noqa: E402

GROUPS: dict[str, list[str]] = {
    # digits of other scripts: Arabic-Indic, Eastern Arabic (Persian), full-width
    "digits": [
        "Mevrouw belde vanaf [[phone:٠٦١٢٣٤٥٦٧٨]], graag terugbellen.",
        "Geboortedatum: [[date:۱۲-۰۳-۱۹۸۴]], BSN volgt.",
        "Telefoon: [[phone:０６-１２３４５６７８]]",
        "Afspraak op [[date:３ maart]] bij de huisarts.",
        # must stay: a count in other digits
        "Er waren ٣ deelnemers bij de bijeenkomst.",
    ],
    # capitals spelled one by one after the name: no initials before a surname
    "spelled_capitals": [
        "Cliënte: [[person:Naima Benali]], [[person:B E N A L I]]. Geboortedatum volgt.",
        "Bezoek bij [[person:Tesfay]], achternaam [[person:Gebremedhin]], dat is "
        "[[person:G E B R E M E D H I N]]. Hij woont sinds kort op een kamer.",
        "Ja hoi, met [[person:Shurandy Cijntje]], [[person:C I J N T J E]]. Ik bel over de brief.",
    ],
    # a name spelled with the names of its letters
    "letter_names": [
        "Medewerker: Kunt u uw achternaam spellen?\nBeller: Ja, [[person:Petrov]]. "
        "[[person:pee, ee, tee, er, oo, vee]].\nMedewerker: Dank u.",
        "Medewerker: En hoe schrijf je de achternaam?\nTolk: [[person:ka, a, es, es, ee, em]].\n"
        "Medewerker: En verder?",
        "Beller: [[person:Khadija Boukhari]]. Dat is met [[person:bee, oo, uu, ka, haa, a, er, ie]].",
        "Naam: [[person:Roos De Graaf]] / Spelling achternaam: [[person:D E, G R A A F]]",
        "SPK_0: mevrouw [[person:Ivanova]], kunt u uw achternaam spellen\n"
        "SPK_1: [[person:i vee aa en oo vee aa]]\nSPK_0: dank u",
        "S1: Hoe schrijft u uw achternaam?\nS2: [[person:Lopes]] met een s, "
        "[[person:L O P E S]], en dan verder.",
        # must stay: an organisation spelled
        "Cliënt: ik spel het. {{org:U W V}}, die stuurden de brief.",
    ],
    # the letters that number a list's items are no initials
    "list_letters": [
        "Ideeën (geclusterd):\nA. Vroegsignalering via de corporatie\nB. Vaste consulent per "
        "wijk\nC. Geen dreigbrieven tijdens het traject\nD. Ervaringsdeskundigen in elk team",
        "Verdeling:\nA. [[person:Vos]] → [[person:Jeroen]]\nB. Fam. [[person:Delgado]] → "
        "[[person:Joyce]]\nC. Nieuwe aanmeldingen → allen",
        # must stay found: initials in an attendance list, and one "A." alone
        "Aanwezig:\n[[person:A. Jansen]] ({{role:huisarts}})\n[[person:B. Bakker]]",
        "Gesprek met\n[[person:A. Jansen]]\nen haar zoon.",
    ],
    # what the name of an attached file holds between its underscores
    "file_names": [
        "Bijlagen: medicatieoverzicht_[[person:Aarab]]_[[date:020524]].pdf",
        "Bijlagen:\n- verklaring_huisarts_[[person:Todorova]].pdf\n- fotos_woning_[[date:2024-03-12]].zip",
        "Schuldenoverzicht_[[date:01122024]].xlsx (44 kB)",
        "Bijlage: veiligheidsplan_[[dossier:VT-HGL-24-03381]].pdf",
        "Bijlage: toestemming_SWT_[[person:S_Rahimi]]_getekend.pdf (212 kB)",
        "Bijlage: formulier_medische_urgentie_[[person:Arslan_E]].pdf",
        # must stay: a photo's own name, a year, a number that is no date
        "Bijlage: IMG_20240312_091544.jpg",
        "Zie jaarverslag_2023.pdf en scan_123456.pdf",
    ],
    # organisations of one word or an unknown compound: no surnames
    "organisations": [
        "Werk voor EU-migranten direct samen met {{org:Fairwork}}; [[person:Andrei]] van "
        "{{org:FairWork}} helpt met vertalen.",
        "Maaltijdservice van {{org:Apetito}}, en anders {{org:Tafeltje Dekje}}.",
        "Neem contact op met het {{org:Centrum tegen Kinderhandel en Mensenhandel}}.",
        "Melding via {{org:Fixi}}, doorgezet door het stadsdeel; de {{org:Seniorenraad}} weet ervan.",
        "Hallo {{org:Basisteam}} Loosduinen, na 17.00 uur is er niemand.",
    ],
    # a speaker's turn in a transcript opens with an ordinary word, no name
    "speaker_turns": [
        "Medewerker: Waar verblijft zij nu?\nTolk: Bij een vriend, [[person:Omar Al-Hassan]].",
        "[00:02:20] Medewerker: Uw burgerservicenummer, heeft u die?",
        "Medewerker: Geboortedatum van uw moeder?\nBeller: [[date:zeventien maart]].",
        # the client shortened as a chat export's speaker
        "[[[date:27/4/2024]] 10:07] clt: hallo ik heb weer een brief\n"
        "[[[date:27/4/2024]] 10:09] [[person:Sanne]]: welke brief?\n"
        "[[[date:27/4/2024]] 10:12] [[person:ger]]: ben er over 5 min",
        # must stay found: a role's field with a name
        "{{role:Huisarts}}: [[person:Bakker]], Laakkade\nContactpersoon: [[person:Petra de Wit]]",
    ],
    # the number an organisation files someone under, after its short name
    "org_numbers": [
        "Bij ons staat het onder [[dossier:CJG 72.638]]. Ze vroegen om het BSN.",
        "De Raad onderzoekt de omgang ([[dossier:RvdK 24/118.774]]).",
        "Hij kreeg een brief, nummer [[dossier:IND-V 2291-0047-88]]. Kunnen we maandag?",
        "Klantnummers: {{org:Essent}}: [[dossier:20 1183 7790]]\n{{org:WML}} (water): "
        "[[dossier:300 118 2247]]",
        "Noteer het kenmerk van {{org:Vivent}} [[dossier:2023 71902]].",
        # must stay: years, an amount, a count
        "De {{org:GGD}} 2023-2024 cijfers zijn binnen.",
        "De {{org:GGD}} 10.000 euro subsidie is toegekend.",
        "{{org:UWV}} betaalt € 1.243,18 uit.",
    ],
    # a surname in capitals before the first names, as a register writes it
    "register_names": [
        "Betrokkene: [[person:BAKKER, Frederik Johannes]], geb. [[date:07-05-1959]]",
        "Cliënt: [[person:KAMIŃSKI, Marek]] (BSN volgt)",
        # must stay apart: two colleagues' initials
        "Aanwezig: [[person:RJ]], [[person:BvD]] en de {{role:wijkagent}}.",
    ],
    # a street named after someone, without a house number, is no person
    "street_names": [
        "Verblijfplaats: bankje bij het Zuiderpark, ingang Mr. P. Droogleever Fortuynweg.",
        "Niet te verwarren met meneer [[person:de Wit]] van de Dedemsvaartweg.",
        "De bus stopt op de Burgemeester Patijnlaan.",
    ],
}

CASES = [(f"{group}-{i}", ex) for group, exs in GROUPS.items() for i, ex in enumerate(exs)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round30_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_other_digits_keep_their_offsets_and_are_shown_as_typed() -> None:
    ascii_text = "Bel mevrouw op 0612345678 of mail."
    other = ascii_text.replace("0612345678", "٠٦١٢٣٤٥٦٧٨")
    assert ascii_digits(other) == ascii_text
    found_ascii = find_personal_data(ascii_text)
    found_other = find_personal_data(other)
    assert [(f.start, f.end, f.label) for f in found_other] == [
        (f.start, f.end, f.label) for f in found_ascii
    ]
    assert [f.text for f in found_other if f.label == "phone"] == ["٠٦١٢٣٤٥٦٧٨"]


def test_text_without_other_digits_is_the_same_object() -> None:
    text = "Café in de Schilderswijk, 3 maart – geen cijfers van elders."
    assert ascii_digits(text) is text


def test_enough_examples() -> None:
    assert len(CASES) >= 5
