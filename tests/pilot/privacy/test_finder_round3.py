"""Third round of adversarial examples (issue #5), written before the rules that pass them.

Markup as in ``privacy_finder_examples``: ``[[label:text]]`` must be found (every non-space
character covered), ``{{kind:text}}`` must stay untouched, and any other finding is a
false positive.  The groups follow the failure classes of held-out set 9, in wordings of
our own: word-names opening a sentence before a strong-past or separable verb, possessives,
signatures under short closings, capitalised particles after a title, Arabic surnames with
a hyphenated article, names after "aan"/"naar", speaker prefixes with an organisation in
brackets, vocatives, day-month dates after a heading or "van", lower-case postcodes in
brackets, letter-prefixed number cues; and what must stay: "24/7", greetings to a group,
inverted questions, English quotes, random mixed-case tokens, Title Case project names.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from privacy_finder_examples import check, parse  # noqa: E402

from pilot.privacy import find_personal_data  # noqa: E402

# a surname or first name that is an ordinary word, opening a sentence before a verb
WORD_NAMES = [
    "[[person:Groen]] liet de hond uit terwijl wij wachtten.",
    "[[person:Koning]] nam de telefoon pas na drie keer op.",
    "[[person:Zwart]] regelt de sleutel met de verhuurder.",
    "[[person:Wit]] pakt de aanvraag bij het loket op.",
    "[[person:Prins]] schreef een lange brief aan de gemeente.",
    "[[person:Zon]] zit vaak alleen op het balkon.",
    "[[person:Storm]] gaf aan dat hij geen hulp wil.",
    "[[person:Vos]] vroeg of we later terug konden komen.",
    "[[person:Hoek]] zocht uit welke toeslagen nog openstaan.",
    "[[person:Mulder]] sprak met de {{role:wijkagent}} over de overlast.",
    "Vandaag langs geweest. [[person:Vrolijk]] liet ons binnen na lang aandringen.",
    "[[person:Roos]] stuurt de foto's van de schimmel door.",
    "[[person:Blom]] haalt haar zoon elke dag van school.",
]
# possessives of names
POSSESSIVES = [
    "[[person:Trui]]'s grootste angst is dat ze het huis uit moet.",
    "[[person:Mieke]]'s broer woont in {{wijk:Transvaal}}.",
    "Na het gesprek bleek [[person:Joost]]'s schuld hoger dan gedacht.",
    "[[person:Wil]]'s dochter belde ons zelf.",
    "[[person:Pien]]'s moeder spreekt geen Nederlands.",
    "De auto's staan al weken op de stoep.",
    "De foto's van de woning liet ze zien.",
]
# signatures under a closing, one name on a line
SIGNATURES = [
    "Alvast dank!\n[[person:Yusra]]",
    "Bedankt voor het meedenken.\n\n[[person:Gerdien]]",
    "Fijne dag,\n[[person:Ravi]]",
    "Hartelijk dank alvast!\n[[person:Marit]]",
    "Tot morgen,\n[[person:Noor]]",
    "Groetjes en tot snel,\n[[person:Lieke]]",
    "Dank je wel!\n[[person:Storm]]",
    "Liefs,\n[[person:Anke]]",
]
# titles followed by capitalised particles
TITLE_PARTICLES = [
    "Geachte mevrouw [[person:Van den Berg]],\n\nHierbij ontvangt u de brief.",
    "Beste meneer [[person:De Jong]], dank voor uw bericht.",
    "Geachte heer [[person:Ter Horst]],",
    "Geachte mevrouw [[person:Van Dam-El Idrissi]],",
    "Gesprek met mw. [[person:Van der Linden]] over de huur.",
    "Gebeld met dhr. [[person:Den Hartog]] van de woningbouw.",
]
# Arabic and other names with a hyphenated article or particle
ARTICLE_SURNAMES = [
    "Huisbezoek bij [[person:Karim El-Amrani]] op dinsdag.",
    "Gesprek met [[person:Nour Al-Hashimi]] en haar zus.",
    "Overleg met [[person:Yasmin Abu-Bakr]] over de schulden.",
    "We zagen [[person:Omar Al-Khatib]] in de wachtkamer.",
    "De buurman, [[person:Tariq Ben-Youssef]], belde de politie.",
    "Dossier overgedragen aan [[person:Hamza Al-Rashid]].",
]
# names after prepositions such as "aan" and "naar", coordinated with a pronoun
AFTER_PREPOSITIONS = [
    "Overdracht aan [[person:Bep]] vanaf volgende week.",
    "Stuur de stukken aan [[person:Gijs]], hij neemt het over.",
    "Vraag naar [[person:Wil]] of naar mij.",
    "Bel mij of [[person:Ben]] als er iets is.",
    "Je kunt ook naar [[person:Door]] vragen, zij kent de familie.",
    "Ik heb het doorgezet naar [[person:Kees]].",
    "De sleutel ligt bij [[person:Hein]].",
]
# speaker prefixes in threads, and vocatives
SPEAKERS = [
    "[[person:Frank]] ({{org:GGD}}): Ik kan donderdag mee.",
    "[[person:Wil]] ({{org:Veilig Thuis}}): Bel ons gerust.",
    "[[person:Hanna]] (school): Het verzuim is opgelopen.",
    "[[person:Marco]] ({{org:Parnassia}}): Wij nemen contact op.",
    "[[person:Wil]], ik bel je maandag terug.",
    "[[person:Roos]], kun jij de intake doen?",
    "Dank je, [[person:Door]]! Ik pak het op.",
    "Goed punt, [[person:Ben]]. Dat nemen we mee.",
    "[[person:Storm]], wil jij de school mailen?",
    "Zeker, ik bel je morgen.",
    "Goed, ik doe de intake.",
    "Nou, ik weet het niet.",
    "Ja, wij komen.",
]
# lower-case names in quick notes
LOWER_NOTES = [
    "morgen langs bij dhr [[person:hoogland]]?",
    "mw [[person:visser]] belt terug",
    "hb bij mw [[person:bakker]] gedaan",
    "mw is gevallen, dhr wil geen hulp",
    "dhr belt morgen terug over de huur",
    "nb: [[person:xiu mei]] wil niet dat [[person:li na]] het hoort",
    "overleg met [[person:wei ling]] over de schulden",
    "[[person:zhi hao]] komt donderdag langs",
]
# day-month dates
DATES = [
    "Wijkoverleg Laakkwartier, [[date:3/9]].",
    "Casusbespreking Moerwijk, [[date:12/11]]\nAanwezig: [[person:Ineke]]",
    "In het overleg van [[date:4-6]] spraken we af dat ze zelf belt.",
    "Na het gesprek van [[date:22-9]] bleef het stil.",
    "Sinds de melding van [[date:8/12]] is er niets veranderd.",
    "De zorg is niet 24/7 nodig.",
    "Hij is 24/7 bereikbaar voor zijn moeder.",
    "Score 3/8 op de vragenlijst.",
    "Artikel 7/10 is van toepassing.",
]
# postcodes in lower case, letter-prefixed number cues
STRUCTURED = [
    "De woning aan de [[address:Jan Luykenlaan 14]] ([[postcode:2552 kb]]) is te klein.",
    "Nieuw adres [[address:Goudenregenstraat 9]] ([[postcode:2565ev]]).",
    "Een pak van (1500 kg) past niet in de lift.",
    "IND-gegevens (V-nummer [[dossier:3012456789]]) liggen bij de advocaat.",
    "Zijn vreemdelingennummer is [[dossier:2301456712]].",
    "Het V-nr. [[dossier:2817744102]] staat op de verblijfspas.",
    "Het klantnummer [[dossier:55120934]] van Eneco staat op de brief.",
    "We zijn 24/7 bereikbaar via het algemene nummer.",
]
# must stay: greetings to groups, inverted questions, English quotes, gibberish, titles
MUST_STAY = [
    "Lieve collega's,\n\nVanaf maandag ben ik met verlof.",
    "Beste allemaal,\n\nEen korte update.",
    "Lieve mensen, dank voor jullie hulp.",
    "Kent iemand een goede schuldhulpverlener?",
    "Weet iemand of de woning al is toegewezen?",
    "Heeft iemand de sleutel nog?",
    "Kan iemand donderdag mee naar de zitting?",
    "Mag ik vragen hoe het nu gaat?",
    'Ze zei alleen: "I have my church."',
    'Hij herhaalde: "I miss my family."',
    'Haar antwoord was: "Leave me alone, please."',
    "Code YngFb werkt niet meer in het portaal.",
    "Het wachtwoord BUbHoWC is verlopen.",
    "De link eindigt op ZWeq en opent niet.",
    "Token xKqPz en QaRfT staan in de log.",
    "Project 'Samen Sterk in de Wijk' liep tot 2024.",
    "De cursus 'Sterk in je Werk' was vol.",
    "Evaluatie 'Samen Verder in Laak' is afgerond.",
    "Ze ging naar de {{org:Expat & Migrant Desk}} voor uitleg.",
    "Hulp via {{org:Taal & Werk Punt}} werd geregeld.",
    "Bij {{org:Wonen & Welzijn Loket}} stond een rij.",
    "Open Huis & Buurt Café op vrijdag.",
]
# mixed-case names that are real and must still be found
MIXED_CASE_NAMES = [
    "Gesprek met [[person:Sean McDonald]] over zijn werk.",
    "Buurman [[person:Patrick O'Neill]] belde aan.",
    "Mevrouw [[person:MacLean]] komt uit Schotland.",
    "[[person:Lucas DeVries]] is de nieuwe begeleider.",
    "Contact met [[person:Giulia D'Angelo]] via de school.",
    "[[person:Ryan LaFontaine]] kwam niet opdagen.",
]
# more adversarial shapes from other wordings of care notes
MORE = [
    "Namens [[person:Yara]] en [[person:Milan]] bedankt voor alles.",
    "Door [[person:Fleur]] is de melding gedaan.",
    "Met dank aan [[person:Gert]] voor het meedenken.",
    "Cc: [[person:Hetty]], [[person:Bram]]",
    "Via [[person:Sanne]] hoorden we dat hij is verhuisd.",
    "Volgens [[person:Vrolijk]] ligt het probleem bij de school.",
    "Samen met [[person:Ahmet]] gaan we langs bij de school.",
    "Samen gaan we kijken wat nodig is.",
    "Sterk punt is dat ze zelf hulp vraagt.",
    "Zwart geld is niet aangetroffen.",
    "Groen licht van de {{role:teamleider}} voor de aanpak.",
    "Klein probleem: de brief is kwijt.",
    "Kent u de weg naar het wijkcentrum?",
    "Wil je de stukken sturen?",
    "Ben je morgen aanwezig?",
    "Door de verhuizing is alles vertraagd.",
    "Trui en jas liggen in de gang.",
    "Zon en regen wisselden elkaar af.",
]

# second batch, written after the first rules: greetings to one person, attendee and
# header lists, titles, short dates, Title Case names, sentence adverbs before agent verbs
MORE2 = [
    "Hoi [[person:Ger]],\n\nKun je morgen mee?",
    "Dag [[person:Wil]], dank voor je bericht.",
    "Hé [[person:Door]], heb je de brief al?",
    "Groetjes, [[person:Trui]]",
    "Met vriendelijke groet, [[person:Bep]] ({{role:wijkverpleegkundige}})",
    "Aanwezig: [[person:Ineke]] ({{role:wijkverpleegkundige}}), [[person:Ger]] ({{org:GGD}}), [[person:Wil]]",
    "[10:02] [[person:Ger]]: ik ga er morgen heen.",
    "[[person:Van Dijk]] belde vanochtend over de huur.",
    "[[person:De Groot]] wil niet verhuizen.",
    "De moeder van [[person:Sem]] belde ons.",
    "Namens [[person:Ger]] stuur ik je dit door.",
    "Volgens [[person:Wil]] gaat het beter.",
    "Voor [[person:Door]] is dit te veel.",
    "Gesproken met [[person:fatima]] over haar zoon.",
    "[[person:Anne-Marie]] en [[person:Jan-Willem]] zijn de buren.",
    "Gesprek met [[person:J de Vries]] over de schulden.",
    "Ds. [[person:Hoekstra]] kent de familie al jaren.",
    "Dr. [[person:Vrolijk]] is de behandelaar.",
    "De buurvrouw ([[person:Wil]]) heeft een sleutel.",
    "Zus [[person:Trui]] komt elke week.",
    "[[person:Gertje]] is het jongste kind.",
    "Mw. [[person:De Groot-Bakker]] belde terug.",
    "Op [[date:ma 3/2]] langs geweest.",
    "Volgende afspraak [[date:wo 12-3]] om 10 uur.",
    "Op [[date:5 dec.]] was de intake.",
    "Verlof van [[date:12 t/m 16 mei]].",
    "Bel [[phone:06 - 123 456 78]] na vijf uur.",
    "Belgisch nummer [[phone:+32 470 12 34 56]].",
    "Zaaknr. [[dossier:ZK-24-0012]] bij de rechtbank.",
    "Afgesproken: [[person:Ger]] belt de school, ik bel de huisarts.",
    "Wie: [[person:Ger]]\nWat: huisbezoek",
    "Contactpersoon: [[person:Trui]] ({{org:Veilig Thuis}})",
    "Door de drukte is het blijven liggen.",
    "Wil je dat even checken?",
    "Ben je er morgen bij?",
    "Dan bellen we later.",
    "Zo gaan we het doen.",
    "Dit pakt goed uit voor haar.",
    "Samen pakken we dit op.",
    "Sterk vind ik dat ze zelf belde.",
    "Klein detail: de brief is kwijt.",
    "Groot was de schrik toen de deurwaarder kwam.",
    "Het project Samen Sterk in {{wijk:Laak}} loopt door.",
    "Zij gaat naar Stichting Wil en Kunnen.",
    "Lieve [[person:Ger]], dank voor alles.",
    "Beste collega's, even een update.",
    "Gelukkig nam de verhuurder contact op.",
    "Uiteindelijk liet de rechter het zo.",
    "Helaas bleef de brief liggen.",
    "Angst houdt haar tegen.",
    "Geld speelt een grote rol.",
    "Hoop doet leven, zei ze.",
    "Rust zit er niet in.",
    'Ze spreekt goed Engels: "My name is not important."',
    'Hij zei: "Please help my mother."',
    "WhatsApp en LinkedIn gebruikt ze niet.",
    "Via YouTube leerde hij Nederlands.",
    "[[person:McKenzie]] woont sinds kort in de wijk.",
    "[[person:IJsbrand]] is de vader.",
    "Met [[person:DeShawn]] gesproken over school.",
]
# third batch: thread mentions and quotes, letter headers, capitalised and lower-case
# particles after titles, first names that are function words, fractions and ranges
MORE3 = [
    "@[[person:Wil]] kun jij dit oppakken?",
    "@[[person:ger]] graag even bellen",
    "Re: vraag van [[person:Trui]] over de huur",
    "[[person:Wil]] schreef op [[date:3 maart]]:\n> Is er nieuws?",
    "Groet, [[person:Wil]]",
    "Hoi allen,\n\nKorte update.",
    "Hoi team, morgen overleg.",
    "Geachte heer, mevrouw,\n\nHierbij de brief.",
    "T.a.v. de heer [[person:Van der Toorn]]",
    "Dhr. [[person:Van der Toorn]] belde terug.",
    "De familie [[person:Van der Toorn]] woont er al lang.",
    "mw. [[person:van der toorn]] belt terug",
    "Gesprek d.d. [[date:10-10]] met de school.",
    "Gebeld op [[date:za 3/8]] maar niemand thuis.",
    "Intake [[date:3-8-24]] gedaan.",
    "Verjaardag op [[date:3.8.2024]] gevierd.",
    "Nieuw adres: [[postcode:2566rb]] Den Haag.",
    "Bel [[phone:070 - 123 45 67]].",
    "BSN-nummer: [[bsn:123456782]]",
    "Ons kenmerk: [[dossier:2024/0456]]",
    "Ze zei: 'He is a good boy.'",
    "Gesprek met mevrouw [[person:Al-Saadi]] en haar zoon.",
    "Buurman [[person:El Amrani]] hielp met de verhuizing.",
    "Dank, [[person:Wil]].",
    "Thanks [[person:Ger]]!",
    "[[person:Wil]] en [[person:Door]] gaan samen langs.",
    "[[person:Ger]] en ik gaan donderdag.",
    "Ik heb [[person:Trui]] gebeld.",
    "[[person:Trui]] belt morgen terug.",
    "[[person:Ger]] neemt het over.",
    "We bespraken met [[person:Ger]] en [[person:Trui]] de opties.",
    "Overleg met {{org:Veilig Thuis}} ([[person:Door]]) gepland.",
    "Vraag voor [[person:Wil]]: klopt dit adres?",
    "Zie mail van [[person:Wil]] hieronder.",
    "Namens het team,\n[[person:Ger]] en [[person:Trui]]",
    "Casusregisseur: [[person:Wil]]",
    "Door: [[person:Trui]]",
    "Door wie is dit gemeld?",
    "Wil iemand dit oppakken?",
    "Trui aan, jas aan, en naar buiten.",
    "Kent u iemand bij de woningcorporatie?",
    "Mag ik u iets vragen?",
    "Lieve help, wat een chaos.",
    "Beste wensen voor het nieuwe jaar.",
    "Dag en nacht is er lawaai.",
    "Samen met de buren is een plan gemaakt.",
    "Wit brood en melk waren er niet.",
    "Zwart-wit denken helpt niet.",
    "De zorg is 24/7 geregeld via de thuiszorg.",
    "Ze werkt 24/7 en is uitgeput.",
    "Hij belt 7/24 naar de politie.",
    "Verhouding 3/4 van de kosten voor de gemeente.",
    "Zie ook bijlage 2/3.",
    "In week 10-11 is ze weg.",
    "Kinderen van 4-12 jaar mogen mee.",
    "Groep 7/8 van de basisschool.",
    "Open van 9-17 uur.",
]
# fourth batch: structured shapes in other wordings (headings with a day-month, ranges,
# fractions, bracketed lower-case postcodes, number cues in brackets, "24/7" as a phrase)
MORE4 = [
    "MDO {{wijk:Mariahoeve}}, [[date:14/2]]\nAanwezig: [[person:Wil]], [[person:Ger]]",
    "Verslag huisbezoek [[date:7-5]]",
    "Terugkoppeling van het gesprek op [[date:9/10]]: ze wil hulp.",
    "Na de zitting van [[date:3-4]] kwam de uitspraak.",
    "Brief ontvangen [[date:2/9]], nog niet beantwoord.",
    "Sinds [[date:1-7]] woont ze bij haar zus.",
    "Tussen [[date:3/6]] en [[date:17/6]] is ze op vakantie.",
    "Deadline aanvraag: [[date:15/11]]",
    "Evaluatie [[date:vr 8/3]]",
    "Week 12: huisbezoek ([[date:19-3]]).",
    "Ze kreeg 2/3 van de toeslag terug.",
    "Slechts 1/3 van de ouders kwam.",
    "Score: 4/5 op tevredenheid.",
    "In groep 5/6 zit haar zoon.",
    "Postcode [[postcode:2525 rb]], nummer 12.",
    "Woont in ([[postcode:2516 ab]]) Den Haag.",
    "Adres: [[address:Hoefkade 120]] ([[postcode:2526 bh]])",
    "Dossiernummer: [[dossier:DOS-2024-0811]]",
    "Vreemdelingennummer (V-nr) [[dossier:2210345678]]",
    "Zaak [[dossier:ZK24-00813]] ligt bij de rechter.",
    "Relatienummer bij de woningcorporatie: [[dossier:8800123]].",
    "Het CAK-nummer is [[dossier:551203]].",
    "Pasnummer ooievaarspas [[dossier:1234567]]",
    "Ze is 24/7 bezig met de kinderen.",
    "Hulp 24/7 beschikbaar via de crisisdienst.",
    "Mantelzorg 24/7, geen pauze.",
    "Tel: [[phone:06-12 34 56 78]]",
    "Mobiel [[phone:+31(0)6 12345678]]",
    "Bereikbaar via [[phone:0031 6 12 34 56 78]].",
    "IBAN [[iban:NL20INGB0001234567]] op naam van de moeder.",
    "Geboren [[date:12-03-1987]] in Paramaribo.",
    "Geb. [[date:3/4/1990]]",
    "Overleden op [[date:2 februari]] na een kort ziekbed.",
    "De uitkering stopt per [[date:1 januari]].",
    "Vanaf januari 2025 woont zij in {{wijk:Laak}}.",
    "In 2023 begon de schuldhulp; sinds drie maanden is het rustig.",
    "Ze is 42 jaar en heeft drie kinderen van 3, 7 en 12.",
    "Kamer 3/12 van het ziekenhuis.",
    "Bus 24 naar het centrum.",
]
# fifth batch: institutions named after people, headings in Title Case, children with
# ages, speakers quoted, word-names in questions and after prepositions
MORE5 = [
    "Plan Van Aanpak\n\nDoelen En Afspraken",
    "Next Steps\n\n- Bellen met de school",
    "Ze woont in Den Haag Zuidwest, vlakbij de Prinses Beatrixlaan.",
    "Afspraak bij Huis van de Wijk {{wijk:Bouwlust}}.",
    "Hij zit op de Jan van Nassau school.",
    "Ze volgt een cursus bij het Willem Dreeshuis.",
    "Vrijwilliger bij Stichting De Mussen.",
    "Ze studeert aan de Haagse Hogeschool.",
    "Koningin Julianaplein is het ontmoetingspunt.",
    "Opvoedondersteuning via Stichting Jeugd & Gezin.",
    "[[person:S.]] (zoon, 14) wil niet naar school.",
    "Mevrouw [[person:Bakker-Hoekstra]] is de moeder.",
    "Betrokkene: [[person:R. Hoekstra]], geb. [[date:04-05-1979]]",
    "| Naam | Rol |\n| [[person:Ger Kuipers]] | buurman |",
    "De oudste, [[person:Noor]], past op de kleintjes.",
    "Haar ex, [[person:Dennis]], heeft een contactverbod.",
    "Volgens haar broer [[person:Mo]] is er geen geld.",
    "Oom [[person:Ger]] regelt de administratie.",
    "Opa [[person:Wil]] is vorig jaar overleden.",
    "De buren (fam. [[person:Vos]]) klagen over geluid.",
    "Tante [[person:Door]] haalt de kinderen op.",
    "[[person:Storm]] (8) en [[person:Zon]] (5) gaan naar dezelfde school.",
    "Meneer [[person:Zwart]] belde opnieuw.",
    "Gesprek met de heer [[person:Wit]] en zijn vrouw.",
    "[[person:Hoogland]] zegt dat de huur te hoog is.",
    '[[person:Koster]]: "Ik red het niet."',
    "[[person:Bakker]] en [[person:Visser]] zijn de mentoren.",
    "Ze woont bij [[person:Kees]] en [[person:Ans]] in huis.",
    "Contact via [[email:w.groen@gmail.com]] of bel [[person:Wil]].",
    "Ik spreek [[person:Ger]] morgen.",
    "Heb je [[person:Trui]] al gesproken?",
    "Is [[person:Door]] er morgen?",
    "Weet [[person:Wil]] hiervan?",
    "Kan [[person:Ben]] dit overnemen?",
    "Wil jij [[person:Ger]] bellen?",
    "Stuur het naar [[person:Trui]] en mij.",
    "Het gaat niet goed met [[person:Ger]].",
    "Goed nieuws: ze heeft een baan!",
    "Sterk gedaan van haar.",
    "Groen licht voor de aanvraag.",
    "Zwart op wit afgesproken.",
    "Klein beginnen, zei de coach.",
    "Vrolijk was ze niet.",
]
# sixth batch: quick notes and chat lines in lower case
MORE6 = [
    "[09:12] [[person:ger]]: ben er over 5 min",
    "[09:14] [[person:Trui]]: top, tot zo",
    "09:15 [[person:Wil]] - klant niet thuis",
    "hb mw [[person:el idrissi]], dochter [[person:samira]] aanwezig",
    "tel [[phone:0612345678]] (zoon [[person:yassin]])",
    "afspr [[date:di 4/6]] 10u met [[person:ger]]",
    "mw [[person:hoekstra]] wil geen hulp meer",
    "dhr [[person:janssen]]: schulden ca 12k",
    "gesproken met [[person:bep]], zij regelt de sleutel",
    "ik bel morgen de huisarts",
    "wil je de brief nog sturen?",
    "door de regen niet gefietst",
    "ben morgen vrij, trui ligt in de auto",
    "mw heeft veel pijn, dhr is bezorgd",
    "mw ziek, dhr boos, kids naar school",
    "hb gedaan, mw in de war",
    "mw zegt dat ze rond komt",
    "dhr blij met de uitkomst",
    "even checken bij de wijkagent",
    "zon en regen, dus binnen gebleven",
]
# seventh batch, for precision: nouns and adjectives opening a sentence before a comma
# (no vocative), numbered words in brackets (no age), answer words
MORE7 = [
    "Rust, dat is wat ze het meest nodig heeft.",
    "Geld, daar draait het om.",
    "Thuis, zei ze, voelt ze zich niet veilig.",
    "Eerlijk gezegd, ik weet het niet.",
    "Kortom, we gaan door.",
    "Soms, als ik moe ben, bel ik niet.",
    "Zorg, wat is dat eigenlijk?",
    "Werk, daar wil ze naartoe.",
    "Hoop, dat is wat overblijft.",
    "Tijd, dat hebben we niet.",
    "[[person:Bakker]], wat vind jij?",
    "Dank aan iedereen die meedacht.",
    "Groot, dat was het probleem.",
    "Klein, maar fijn.",
    "Beter laat dan nooit.",
    "Groep (8) zit vol.",
    "Zie het verslag van het MDO.",
    "Ze ging naar het Haagse Bos.",
    "Kent hij de weg?",
    "Weet ze dat al?",
    "Stuur iemand naar het adres.",
    "Met dank aan het team.",
    "Vergeet het niet, zei ze.",
    "Mooi zo, ik ga ermee verder.",
    "Goedemorgen allemaal,\nHier de update.",
    "Graag, ik kom eraan.",
    "Prima, ik pak het op.",
    "Helder, we doen het zo.",
    "Duidelijk, ik regel het.",
    "Akkoord, ik stuur het door.",
    "Klopt, hij woont daar.",
]
# Not solved (measured, kept out of the asserted cases): an adjective-shaped surname before
# an agent verb with an article after it reads exactly like a sentence adverb ("Gelukkig
# nam de verhuurder ..."); a word-name after ";" in a header list; a word-name before a
# dash and a noun in a task list; a Title Case name opening a sentence; lower-case first
# names that are function words or nouns ("wil", "door", "trui") and lower-case initials.
KNOWN_LIMITS = [
    "[[person:Vrolijk]] hield de brieven maandenlang dicht.",
    "[[person:Klein]] bleef de hele middag op de bank liggen.",
    "Samen Sterk is de naam van de cursus.",
    "[[person:wil]] belt mw [[person:de groot]] morgen",
    "ff overleggen met [[person:door]] over de casus",
]

# Known limits until session 7, now found: a lower-case initial before a lower-case name
# is taken into it (finder._leading_initials).
FOUND_SINCE_SESSION_7 = [
    "cliënt [[person:m. bakker]] niet bereikbaar",
]

# Known limits until session 5, now found: the token classifier (person_model.py) was
# trained on these examples among many others, so they guard the combination, not
# the model's reach.
FOUND_SINCE_MODEL = [
    "Aan: [[person:Ger]]; [[person:Trui]]\nOnderwerp: overdracht",
    "Taken: [[person:Wil]] – aanvraag, [[person:Door]] – huisbezoek.",
    "nb [[person:trui]] is jarig [[date:12/4]]",
]

GROUPS = {
    "word_names": WORD_NAMES,
    "possessives": POSSESSIVES,
    "signatures": SIGNATURES,
    "title_particles": TITLE_PARTICLES,
    "article_surnames": ARTICLE_SURNAMES,
    "after_prepositions": AFTER_PREPOSITIONS,
    "speakers": SPEAKERS,
    "lower_notes": LOWER_NOTES,
    "dates": DATES,
    "structured": STRUCTURED,
    "must_stay": MUST_STAY,
    "mixed_case_names": MIXED_CASE_NAMES,
    "more": MORE,
    "more2": MORE2,
    "more3": MORE3,
    "more4": MORE4,
    "more5": MORE5,
    "more6": MORE6,
    "more7": MORE7,
    "found_since_model": FOUND_SINCE_MODEL,
    "found_since_session_7": FOUND_SINCE_SESSION_7,
}
CASES = [(f"{g}-{n}", ex) for g, lst in GROUPS.items() for n, ex in enumerate(lst)]


@pytest.mark.parametrize("example", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_round3_case(example: str) -> None:
    assert not check(example), (example, find_personal_data(parse(example)[0]))


def test_enough_examples() -> None:
    assert len(CASES) >= 120


@pytest.mark.parametrize("example", KNOWN_LIMITS)
def test_known_limits_still_fail(example: str) -> None:
    """Documented gaps: when one starts passing, move it into the asserted groups."""
    assert check(example)


if __name__ == "__main__":
    bad = [(cid, ex, check(ex)) for cid, ex in CASES if check(ex)]
    for cid, ex, probs in bad:
        print(cid, probs, "|", ex.replace("\n", "\\n")[:90])
    print(f"{len(CASES) - len(bad)}/{len(CASES)} pass")
