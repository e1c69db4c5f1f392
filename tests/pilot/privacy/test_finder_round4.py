"""Fourth round of adversarial examples (issue #5), written for the rules that pass them.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out sets 10 and 11, in
wordings of our own: the elided article "'t" before a surname, a lone initial after a
title, lower-case note names revealed by their slot ("met X + Y", "mail van X (...)",
"X niet thuis", "ex (X)", "X (12) wil", "broer van X") or by a first_last e-mail address,
capitalised names revealed by their slot (possessive s before a relation, casus "X",
"(bij X)" after an address, attendee lists with a role, task lists, thread speakers with a
clock time, "Wil" before a verb, a call name in brackets before the surname, greetings
"Ha"/"Hi"), structured data in new shapes (lower-case postcodes and streets after their
cue, letter-suffixed and court case numbers, ids in a mail subject, "+31 (0)" phones,
English dates); and what must stay: an employer after "van", departments after
"medewerker", nationalities and languages, diseases named after a person, English
function words, "24/7 bereikbaar", note abbreviations, seasons and storms as words.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

# the elided article belongs to the surname
ELIDED_T = [
    "Vandaag sprak ik meneer [[person:'t Hooft]] over zijn schulden.",
    "Dhr [[person:'t Lam]] belde om half tien.",
    "We hebben mevrouw [[person:'t Jong]] doorverwezen naar het {{org:Wmo-loket}}.",
    "De heer [[person:’t Zand]] woont alleen.",
    "Mw. [[person:'t Hoen]] wil geen hulp van de {{org:GGZ}}.",
    "Afspraak met dhr. [[person:'t Mannetje]] verzet.",
]
# a single initial after a title is the person
TITLE_INITIAL = [
    "Een lastige casus was die van meneer [[person:K.]] uit {{wijk:Laak}}.",
    "Mevrouw [[person:B.]], die al jaren alleen woont, vroeg om hulp.",
    "We bespraken de situatie van dhr. [[person:T.]] en zijn dochter.",
    "Het verhaal van mevrouw [[person:R.]] laat zien hoe snel schulden groeien.",
    "Dhr. [[person:A. de Ruiter]] kwam niet opdagen.",
]
# lower-case names in a quick note, revealed by the slot they fill
LOWER_SLOTS = [
    "- huisbezoek di 14:00 met [[person:roos]] + [[person:kees]], alles rustig",
    "- gesprek met [[person:storm]] + [[person:bas]] over de huur",
    "- mail van [[person:roos]] ([[email:roos.dekker@ziggo.nl]]) over de afspraak",
    "- tel. [[person:kees]] (UWV): uitkering loopt door",
    "- app [[person:fleur]] (school): ze komt niet",
    "- [[person:roos]] niet thuis, briefje achtergelaten",
    "- [[person:kees]] afwezig bij het overleg",
    "mw [[person:bakker]] wil geen contact met ex ([[person:koen]])",
    "vader ([[person:bas]]) komt ook naar het gesprek",
    "Gesprek met de school. [[person:fleur]] (14) wil naar een andere klas.",
    "kinderen: [[person:storm]] (9), [[person:kees]] (12) en [[person:bas]] (14)",
    "reminder: [[person:roos]] jarig [[date:3/6]]",
    "wie heeft het nummer van de oom? broer van [[person:jurre]]",
    "geld terug op rek. van [[person:merel]]: [[iban:NL91ABNA0417164300]]",
    "het nummer van [[person:kees]]: [[phone:06-12345678]]",
    "dochter van [[person:roos]] belt morgen",
]
# lower-case word-names spelled by a first_last e-mail address in the same note
EMAIL_NAMES = [
    "- mail van [[person:zomer]] ([[email:zomer_bakker@gmail.com]])\n- [[person:zomer]] vertelde over de huur",
    "> [[email:storm.visser@outlook.com]] stuurde de brief\n> [[person:storm]] belt vrijdag terug",
    "> hb mnr [[person:timmer]] ivm [[email:jan_timmer@hotmail.com]]",
    "contact: [[email:roos-meijer@kpnmail.nl]]. [[person:roos]] wil liever bellen",
    "na de zomer mailt ze weer via [[email:zomer_jansen@live.nl]]",
    "vorige zomer was het rustig ([[email:zomer.de.vries@gmail.com]])",
]
# capitalised names revealed by their slot
CAP_SLOTS = [
    "[[person:Toms]] moeder kwam ook. [[person:Jacks]] vader werkt in ploegendienst.",
    "[[person:Mikes]] zus brengt hem naar school.",
    'Intervisie jongerenwerk – casus "[[person:Storm]]"\nDatum: [[date:wo 6 maart 2024]]',
    "Bespreking van de casus '[[person:Roos]]' in het team.",
    "Het gezin “[[person:Visser]]” is verhuisd.",
    "Post naar [[address:Hoefkade 12]], [[postcode:2526 BX]] {{city:Den Haag}} (bij [[person:Öztürk]]).",
    "Aanwezig: [[person:Hilde Boer]] (vz), [[person:Lotus Snoek]] (notulist), [[person:Ravi Kalpoe]] (wijkcoach)",
    "Actiepunten:\n- [[person:Wil]]: verslag rondsturen\n- [[person:Bas]]: school bellen",
    "- [[person:Roos]]: folder ophalen bij de bieb",
    "[[person:Wil]] 11:02: ben bij mw, alles goed\n[[person:Bas]] 11:05: top, ik bel de huisarts",
    "[[person:Storm]] 9.15: onderweg",
    "[[person:Wil]] mocht van de rechter blijven wonen.",
    "HULPVRAAG\n[[person:Wil]] zelf had geen hulpvraag.",
    "[[person:Wil]] haakte bijna af na het eerste gesprek.",
    "Betrokkene: mevrouw [[person:Hendrika (Riek) van der Laan-Bos]], 81 jaar.",
    "De heer [[person:Johannes (Hans) de Graaf]] belde terug.",
    "Ha [[person:Hemel]] en anderen,\nDank voor het meedenken.",
    "Hi [[person:Sterre]],\nKun je morgen?",
    "Subject: RE: [[person:Lotus Maas]] / [[dossier:21-80412]]\nDate: [[date:22/10/2024]]",
]
# structured data in new shapes
STRUCTURED = [
    "- postcode is [[postcode:2531 kx]], niet wat in het systeem staat",
    "- postcode: [[postcode:2564 pa]]",
    "pc is [[postcode:2512 ab]] volgens de brief",
    "adres [[address:Withuysstraat 12]] [[postcode:2546 vk]]. graag langs",
    "- afspraak ma, adres [[address:korte poten 226-2]].",
    "- nieuw adres [[address:mient 320a]]",
    "adres: [[address:lange beestenmarkt 7]]",
    "woonadres [[address:van der vennestraat 44]]",
    "Dossier [[dossier:2021.0457.AB]] is gesloten.",
    "Ons kenmerk: [[dossier:2022.1324.VG]].",
    "kenmerk [[dossier:BZK-2022-471/TW]] van de Belastingdienst",
    "Zaak [[dossier:2020.113/KL]] loopt nog.",
    "(zaaknummer [[dossier:C/09/612345/FA RK 23-4411]])",
    "Subject: FW: [[person:P. Smit]] / [[dossier:22-71034]]\nDate: morgen",
    "Onderwerp: overdracht [[dossier:19-55120]]",
    "tel. [[phone:+31 (0)15 577 74 22]].",
    "bel [[phone:+31 (0)70 345 67 89]] of [[phone:+44 7986 595290]]",
    'She wrote: "As agreed on [[date:21 May 2024]], I will pay."',
    "Sent: [[date:Monday 6 May 2024]] 19:22",
    "since her fall on [[date:April 20]] she hardly leaves the house",
    "The meeting on [[date:June 3rd, 2024]] was cancelled.",
    "(uit de aanvraag van [[date:12/2]])",
    "de brief van [[date:4/3]] kwam te laat",
    "opname [[date:03MAR2024]] volgens het systeem",
    "op [[date:Tuesday 5 March]] at ten",
]
# must stay: context that looks like a name or data in these slots
MUST_STAY = [
    "Met [[person:Marek Kowalczyk]] van {{org:Barka}} regelde ik een slaapplek.",
    "We spraken [[person:Anna Visser]] van Straatwerk over de opvang.",
    "[[person:Merel Vink]], medewerker Verhuur, {{org:Staedion}}",
    "Bel de medewerker Incasso van de woningcorporatie.",
    "She prefers to speak German or English.",
    "Dhr. [[person:O'Brien]] (Ierse expat, 58) is dakloos.",
    "De heer [[person:Müller]] (71), Duitser, woont al lang hier.",
    "Een Bulgaarssprekende brugfunctionaris hielp mee.",
    "Een Arabischtalige vrijwilliger vertaalt.",
    "Ze kregen de diagnose Alzheimer vorig jaar.",
    "Bij Parkinson helpt bewegen.",
    "Dear Sir/Madam,\nI live next door.",
    "Subject: help for my neighbour",
    "I will pay the arrears from my own account.",
    "---------- Forwarded message ---------",
    "- 24/7 bereikbaarheid doorgeven aan de buren",
    "De crisisdienst is 24/7 beschikbaar.",
    "Afspr vr om 9.30 op kantoor.",
    "na de zomer weer verder",
    "de storm van vorige week heeft het dak beschadigd",
    "In April 20 mensen geholpen.",
    "- zomer (2) weken weg",
    "Wil je even bellen?",
    "Wil u het formulier invullen?",
    "Bent u het niet eens met het besluit? Dan kunt u bezwaar maken.",
    "- Mei: evaluatie plannen",
    "- Doel: rust in huis",
    "adres is gewijzigd 3 keer dit jaar",
    "op de kade 200 2000 kg hout",
    "Met [[person:Jan van Dijk]] gesproken.",
    "mail naar [[email:info@wijkteam.nl]] voor de agenda",
    "ex-collega's van het team",
]

# more variants of the same classes, positives and must-stay cases mixed
MORE = [
    "Mevr. [[person:'t Hart-de Vries]] belde over de huur.",
    "Meneer [[person:V.]], 62 jaar, woont sinds kort alleen.",
    "- app van [[person:sterre]] (zus): ze komt later",
    "> [[person:kees]] niet aanwezig bij het mdo",
    "afspraak met [[person:roos]] & [[person:bas]] bij de huisarts",
    "[[person:Ryans]] oom belde over de sleutels.",
    'Casus "[[person:Bloem]]" werd als eerste besproken.',
    "Aanwezig: [[person:Jade Winter]] (voorzitter), [[person:Sam Riet]] (notulist)",
    "[[person:Roos]] 14:20: ik ben er, deur is open",
    "Kenmerk: [[dossier:2023.0881.ZW]]",
    "Sent: [[date:Friday 3 May 2024]] 08:12",
    "- postcode is [[postcode:3011 ab]]",
    "Dan gaat het vast beter.",
    "Wil het team dit oppakken?",
    "Mag ik iets vragen over de aanvraag?",
    "Wil zij dat zelf wel?",
    "Het team Incasso belt haar terug.",
    "Ze spreekt Engels en Duits, geen Nederlands.",
    "Hi all, korte update over de planning.",
    "Hoe was de storm bij jullie?",
    'Het team koos casus "Eenzaamheid" als thema.',
    "Spreekuur in het buurthuis (bij Receptie).",
    "Aanwezig: Sociaal Team (wijkcoach)",
    "Planning 10:30: start overleg",
    "Actie: verslag rondsturen",
    "- volgens afspraak komt ze",
    "- cc teamleider",
    "- bericht naar school gestuurd",
    "- hb gepland voor dinsdag",
    "- zon schijnt, mei is druk, dan gaat het beter",
    "De kinderen (3) gaan naar school.",
    "- hb [[person:jansen]]: geen gehoor",
    "- overleg met [[person:bakker]] ({{org:Wmo}}) over de aanvraag",
    "- mw [[person:jansen-de boer]] belt",
    "- [[person:roos]] en [[person:kees]] komen dinsdag",
    "- [[person:kees]] gaat akkoord met het plan",
    "- [[person:roos]] gebeld, geen gehoor",
    "- volgens [[person:roos]] is de huur betaald",
    "- samen met [[person:kees]] naar de bank",
    "- bericht naar [[person:kees]] gestuurd",
    "— [[person:Storm]], wijkcoach",
    "[[person:Storm]] (12) gaat naar de brugklas.",
    "[[person:Hendrika 'Riek' de Vries]] belde.",
    "- overleg met [[person:storm]] en [[person:bas]] over de huur",
    "- nr. [[dossier:2019/1039/XB]]",
    "on the [[date:21st of May 2024]]",
    "- woont op [[address:mient 32]]",
    "[[person:Becker]] kan dat aanvragen bij zijn Krankenkasse.",
    "I live next door to Mrs. [[person:Olga Petrova]], 79 years old.",
    "Our social worker [[person:Julien Moreau]] will call you on Tuesday.",
    "He is Irish and Catholic.",
    "We met at the Community Centre.",
    "My neighbour [[person:Anna]] is lonely.",
    "Ms. [[person:Jones]] called back.",
    "Gesprek met mevrouw [[person:d'Souza]] over de huur.",
    "Met [[person:Maria d'Souza]] gesproken.",
    "Hij zei d'r niets over.",
    "Dochter [[person:Mila]] woont in Sofia en belt dagelijks.",
    "Ze noemt haar [[person:Seun]].",
    "Van: [[person:Storm, Roos]] <[[email:r.storm@denhaag.nl]]>\nOnderwerp: huur",
    "Aan: [[person:Bloem, K.]]\nOnderwerp: verslag",
    "From: [[person:Zon Hemel]]\nSent: today",
    "Cc: [[person:Hilde Boer]]; [[person:Jade Winter]]",
    "To: Wijkteam Centrum",
    "Aan: {{org:Gemeente Den Haag}}",
    "Van: de gemeente krijg je een brief.",
    "Dank je!\n\nGroetjes,\n[[person:Wil]]",
]

GROUPS = {
    "elided_t": ELIDED_T,
    "title_initial": TITLE_INITIAL,
    "lower_slots": LOWER_SLOTS,
    "email_names": EMAIL_NAMES,
    "cap_slots": CAP_SLOTS,
    "structured": STRUCTURED,
    "must_stay": MUST_STAY,
    "more": MORE,
    # known limits until session 5, now found with the token classifier, which was
    # trained on them among many others
    "found_since_model": [
        "Het regende. [[person:Zon]] ging mee naar het spreekuur.",
        'Zij zei dat "[[person:Frank]] het geld beheert".',
        "niet bereikbaar op vaste nr. [[person:roos]] werkt bij de bakker",
    ],
}
CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round4_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 120


if __name__ == "__main__":
    bad = [(cid, ex, check(ex)) for cid, ex in CASES if check(ex)]
    for cid, ex, probs in bad:
        print(cid, probs, "|", ex.replace("\n", "\\n")[:90])
    print(f"{len(CASES) - len(bad)}/{len(CASES)} pass")
