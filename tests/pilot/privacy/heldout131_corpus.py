#!/usr/bin/env python3
"""Held-out corpus 131: medical and mental-health paperwork that reaches a wijkteam
(GP and POH-GGZ referral letters, hospital discharge letters, GGZ intake summaries,
medication lists, pharmacy messages, lab results, out-of-hours reports, forwarded
e-mails about them).

Personal data here includes patient and client numbers, AGB/BIG codes of named
practitioners, dates of birth, admission and discharge dates and the names of
doctors and nurses (name part only, not "dr.", "drs.", "mw."). Look-alikes that
must NOT be marked: dosages (2dd 500 mg, 1-0-1), lab values, ICD-10 / DSM-5 / ICPC
codes, room, bed and ward numbers, times, article numbers (ZI, RVG), amounts,
years, months, general phone lines of organisations and PO-box postcodes, and
eponyms (ziekte van Parkinson, Korsakov, Alzheimer).

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout131.jsonl next to itself.
"""

import json
import os
import re

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "z": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

# BSNs deliberately typed wrongly in the texts (still personal data).
BAD_BSN_OK = {"159912368"}
BAD_IBAN_OK = set()

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. GP referral letters and notes to the wijkteam (letters, ZorgDomein, e-mail)
# ---------------------------------------------------------------------------
add(r"""
Huisartsenpraktijk {{o:Kraayenstein}}
dr. [[p:H.J. van Oosterhout]], {{r:huisarts}} – AGB [[z:01052817]]
Algemeen nummer 070 - 368 12 40 (spoed: keuze 1)

Aan: {{o:Sociaal wijkzorgteam Loosduinen}}
Betreft: mw. [[p:C.M. Hoek-Verbeek]], geb. [[d:14-02-1951]]
BSN [[b:558164067]]
Adres: [[a:Kruisbeklaan 41]], [[pc:2554 RV]] Den Haag

Den Haag, [[d:3 april 2024]]

Geachte collega's,

Hierbij verwijs ik bovengenoemde patiënte (73 jr) met het verzoek mee te kijken naar de thuissituatie. Mw. is sinds het overlijden van haar echtgenoot (2022) toenemend somber en vergeetachtig. MMSE d.d. [[d:21-03-2024]]: 23/30. Zij woont zelfstandig, 2-hoog zonder lift; dochter [[p:Ingrid]] woont in Zoetermeer en komt 1x/week.

Medicatie: metoprolol 50 mg 1dd1, hydrochloorthiazide 12,5 mg 1dd1, sertraline 50 mg 1dd1 (gestart [[d:12-02-2024]]).
Voorgeschiedenis: hypertensie (ICPC K86), depressieve klachten (P76), 2019 heupfractuur re.

Vraag: inventarisatie hulp bij het huishouden, dagbesteding en contact met {{r:casemanager dementie}}. Patiënte heeft toestemming gegeven voor deze verwijzing.

Met collegiale groet,

[[p:H.J. van Oosterhout]], {{r:huisarts}}
=====
ZorgDomein verwijzing – referentie [[z:ZD-7741-2208-13]]
Specialisme: Sociaal domein / wijkteam
Zorgaanbieder: {{o:SWT Escamp}}
Verwijzer: [[p:S. Bouchtaoui]] ({{r:huisarts}}), AGB-code [[z:01-048812]]
Patiënt: [[p:Jagroep]], [[p:R.]] (m)
Geboortedatum: [[d:07-09-1988]]
BSN: [[b:159912386]]
Adres: [[a:Gouverneurlaan 118]], [[pc:2523 ED]]
Telefoon: [[t:06-48207716]]
Reden verwijzing: dhr. 35 jr, alcoholmisbruik (ICPC P15), schulden, dreigende huisuitzetting. Eerder behandeld bij {{o:Brijder}} in 2021, wil nu geen GGZ maar wel hulp met financiën.
Urgentie: binnen 2 weken
Bijlagen: episodelijst, actueel medicatieoverzicht
=====
Beste [[p:Naima]],

Zoals vanochtend telefonisch besproken: dhr. [[p:Kowalczyk]] (*[[d:02-11-1979]]) is gisteren op het spreekuur geweest met forse rugklachten na een val op het werk. Hij is door het uitzendbureau op straat gezet en slaapt nu bij een kennis op de [[a:Weimarstraat 212-III]]. Geen zorgverzekering sinds [[d:1 maart]]. Ik heb hem naproxen 500 mg 2dd1 gegeven en een verwijzing voor fysio, maar zonder verzekering gaat dat niet lukken.

Kunnen jullie hem helpen met de verzekering en huisvesting? Hij spreekt Pools en een beetje Engels. Mobiel: [[t:+48 512 339 870]].

Groet,
[[p:Marieke Dekker]]
{{r:huisarts}} – {{o:Gezondheidscentrum Segbroek}}
=====
Verwijsbrief

Datum: [[d:18-06-2024]]
Van: {{r:huisarts}} [[p:A. Sewdien]], {{o:Huisartsenpraktijk Laakkwartier}}
Aan: {{r:maatschappelijk werker}} SWT {{w:Laak}}

Pt: mw. [[p:F. el Khattabi]], geb.dat. [[d:23/01/1990]], pat.nr. [[z:80451]]

Mw. komt herhaaldelijk op het spreekuur met buikpijn en hoofdpijn zonder somatische verklaring. Bij doorvragen vertelt zij over spanningen thuis en geldzorgen; man werkt niet sinds 2023. Drie kinderen (2, 6 en 9 jaar). Geen aanwijzingen voor acuut gevaar, wel overweeg ik een signaal bij {{o:Veilig Thuis}} als de situatie niet verbetert.

Graag een huisbezoek. Mw. is het beste bereikbaar op [[t:06 - 41 88 20 93]] tussen 10.00 en 12.00 uur.

Met vriendelijke groet,
[[p:A. Sewdien]]
=====
Aan het wijkzorgteam {{w:Mariahoeve}},

Hierbij het verzoek om ondersteuning voor dhr. [[p:Wouter de Haan]], 81 jaar, wonend [[a:Ruychrocklaan 309]]. Dhr. heeft de ziekte van Parkinson (sinds 2017) en valt steeds vaker; laatste val op [[d:zondag 9 juni]], toen 2 uur op de grond gelegen. Echtgenote is zelf slechtziend (maculadegeneratie).

Levodopa/benserazide 125 mg 4dd1 (08-12-16-20 uur) – let op strikte tijden!

Graag aandacht voor personenalarmering, aanpassingen in huis en ondersteuning van mw. als mantelzorger.

dr. [[p:E. Kleinjan]], {{r:huisarts}}
AGB [[z:01039265]]
=====
Van: [[e:secretariaat@huisartsenbeeklaan.nl]]
Aan: [[e:swt.segbroek@denhaag.nl]]
Onderwerp: verwijzing mw. [[p:Rosalia]] – geen toestemming voor delen van medische gegevens

Goedemiddag,

Namens dokter [[p:Van Velzen]]: mw. [[p:Jeanine Rosalia]] (geb. [[d:30-08-1966]]) wil graag met jullie in gesprek over haar woonsituatie. Zij heeft uitdrukkelijk géén toestemming gegeven om medische informatie te delen, dus we sturen alleen haar contactgegevens mee.

Tel. [[t:06-13702984]]
Adres: [[a:Beeklaan 398A]]

Met vriendelijke groet,
[[p:Sandra]], {{r:doktersassistente}}
{{o:Huisartsenpraktijk Beeklaan}}
=====
ZorgDomein | Verwijsbrief | Verstuurd [[d:11-10-2023]] 14:52

Patiënt          : [[p:Hassan]], [[p:Abdullahi M.]]
Geboren          : [[d:12-05-1997]]
Verzekerde nr.   : [[z:Z-887612044]] ({{o:Zilveren Kruis}})
Verwijzer        : [[p:M.L. Jhinkoe-Rai]], {{r:huisarts}}, AGB [[z:01-061723]]
Zorgvraag        : Psychosociale ondersteuning, huisvesting
Toelichting      : 26-jarige man, statushouder uit Somalië, woont in {{w:Transvaal}} bij een neef. PTSS-klachten (ICD-10 F43.1), slaapt 3-4 uur per nacht. Mirtazapine 15 mg a.n. gestart. Heeft schulden bij {{o:CJIB}} en {{o:DUO}}. Wachtlijst {{o:i-psy}}: ca. 14 weken.
Contact          : via neef [[p:Abdirahman]], [[t:06 2741 9930]]
=====
Geachte heer, mevrouw,

Op verzoek van dhr. [[p:Tjon-A-Fat]] verwijs ik hem naar uw team. Dhr. (62 jr) heeft diabetes mellitus type 2 (HbA1c 78 mmol/mol op [[d:4-3-2024]]), COPD GOLD 3 en is sinds kort weduwnaar. Hij komt zijn afspraken op de praktijk niet meer na en haalt zijn medicatie onregelmatig op bij {{o:Apotheek Leyenburg}}.

Wij denken dat er ook sprake is van beginnende cognitieve problemen. Een thuisbezoek door onze {{r:praktijkverpleegkundige}} [[p:Janneke Bos]] op [[d:26-03-2024]] liet een vervuilde woning zien, veel ongeopende post.

Met vriendelijke groet,
drs. [[p:P.R. Ouwehand]], {{r:huisarts}}
{{o:Gezondheidscentrum Moerwijk}}
=====
kort bericht via Zorgmail

Beste collega's SWT {{w:Bouwlust}}/{{w:Vrederust}},
graag jullie hulp bij mw. [[p:Desislava Todorova]], 44 jr, [[a:Middachtenweg 57]], [[pc:2533AN]]. Mw. heeft een ernstige hartaandoening (EF 30%), kan niet werken en heeft geen inkomen sinds haar partner vertrok. Ze heeft nog geen BSN-afspraak kunnen maken, alleen een RNI-nummer. Spreekt Bulgaars, dochter [[p:Mila]] (16) vertaalt.
gr. [[p:Bram Visser]], {{r:huisarts}}
=====
Datum: [[d:di 14 mei 2024]]
Betreft: [[p:Özdemir]], [[p:Gülsen]] – [[d:01.07.1958]] – [[a:Van der Vennestraat 82]]

Collega,

Mw. heeft een ingewikkelde situatie: zorgt voor haar zoon [[p:Emre]] (34) met schizofrenie (F20.0) die bij haar inwoont en niet meer in behandeling wil bij {{o:Parnassia}}. Zoon gebruikt clozapine 300 mg (100-0-200), maar neemt dit waarschijnlijk niet in. Mw. is zelf overbelast, hypertensie slecht ingesteld (RR 172/98).

Ik vraag u om samen met het {{o:FACT-team}} te kijken naar bemoeizorg voor de zoon en ondersteuning voor moeder.

Vriendelijke groet,
[[p:J. Kromosoeto]]
{{r:huisarts}} | AGB [[z:01-055340]] | direct nr. [[t:070-3889142]]
=====
Verwijzing naar wijkteam – samenvatting episodelijst

Naam: [[p:Lamrabet]], [[p:Y.]]     Geb.: [[d:03-03-1971]]     M
Huisarts: [[p:R. Groen]]
Episodes:
- A97 geen ziekte
- P02 acute stressreactie – sinds [[d:15-01-2024]]
- T90 diabetes mellitus type 2 – sinds 2015
- Z05 werkproblemen – sinds [[d:02-02-2024]]
- P76 depressieve stoornis – sinds [[d:19-02-2024]]
Verzoek: ondersteuning bij re-integratie en contact met {{o:UWV}}.
=====
Hoi [[p:Esther]],

Heb jij nog plek voor een nieuwe aanmelding? Ik zie vandaag een jonge moeder, [[p:Shanice]] [[p:Wijngaarde]], 22, met baby van 3 maanden. Ze woont in bij haar moeder in de {{w:Schilderswijk}}, te klein, veel ruzie. Baby is gezond, moeder heeft postpartum somberheid (EPDS 15). Ik heb de {{r:jeugdverpleegkundige}} van het {{o:CJG}} ook ingelicht.

Haar nummer: [[t:06 – 3301 4528]]
Groetjes, [[p:Loes]] ({{r:huisarts}} {{o:Praktijk Hoefkade}})
=====
{{o:Huisartsenpraktijk Duinoord}} – verwijzing

Pat: dhr. [[p:Alexander Koning]]
[[d:19-11-1955]]
[[a:Reinkenstraat 16-II]]
Den Haag

Geachte collega,

Dhr. [[p:Koning]] is bekend met alcoholafhankelijkheid (F10.2) en het syndroom van Korsakov is niet uitgesloten. Hij woont alleen; zijn buurvrouw mevrouw [[p:Schipper]] heeft de praktijk gebeld omdat hij verward op straat liep. Ik heb hem op [[d:8 juli]] bezocht: thiamine 100 mg 1dd1 voorgeschreven. Hij weigert opname.

Ik hoop dat het {{r:casusregisseur}} van uw team contact wil leggen met de {{o:GGD Haaglanden}} (team Vangnet & Advies).

dr. [[p:K. Verbeek]], {{r:huisarts}}
=====
Aan: {{o:SWT Centrum}}
cc: {{r:POH-GGZ}} [[p:Fatima Ouazzani]]

Betreft: dhr. [[p:Li Wei]] ([[p:Li]] = achternaam), geb. [[d:22-12-1949]], pat.nr. [[z:1004723]]

Dhr. woont boven het restaurant van zijn zoon aan de [[a:Wagenstraat 63]]. Na een CVA in 2023 halfzijdig verlamd links, rolstoelafhankelijk. Thuiszorg via {{o:Florence}} 2x/dag. Zoon vraagt om woningaanpassing of een gelijkvloerse woning. Ik ondersteun dit verzoek vanuit medisch oogpunt.

Met vriendelijke groet,
[[p:D. Chen-Hoogland]], {{r:huisarts}}
=====
Verwijzing (vervolg op telefonisch overleg [[d:2/9]])

Dhr. [[p:Jaroslav Novák]], 57, dakloos sinds de zomer, slaapt in de {{o:Nachtopvang Zilverstraat}}. Ulcus cruris li been, verband 3x/wk door {{o:Straatdokter}}. Nu ook longontsteking gehad, amoxicilline 500 mg 3dd1 gedurende 7 dagen. Hij heeft een Tsjechisch paspoort, geen BSN.
Geen telefoon; is elke ochtend tussen 9 en 10 in de inloop.
[[p:Aart Brouwer]], {{r:arts}} {{o:Straatdokter Den Haag}}
=====
Huisartsenpraktijk {{o:De Vogelwijk}}
Postbus 61220, 2506 AE Den Haag | tel. 070-345 99 00 (algemeen) | www.hapdevogelwijk.nl

Den Haag, [[d:28 augustus 2024]]

Aan het sociaal wijkzorgteam {{w:Segbroek}}

Betreft: mw. [[p:M.E. Kuiper]], geboren [[d:4 december 1938]], [[a:Sportlaan 502]], [[pc:2566 LD]]

Geachte collega,

Mw. [[p:Kuiper]] (85) is sinds [[d:15 juli]] weduwe. Zij is cognitief goed (MoCA 27/30) maar heeft moeite met de administratie, die altijd door haar man werd gedaan. Een neef, dhr. [[p:Rutger Kuiper]], woont in Groningen en wil helpen maar kan niet vaak komen. Mw. vraagt om hulp bij de financiën en eventueel een {{r:bewindvoerder}}.

Met vriendelijke groet,
[[p:Hilde Mulder]], {{r:huisarts}}
=====
Van: dr. [[p:Oudshoorn]] <[[e:r.oudshoorn@hapcentrumwest.nl]]>
Verzonden: maandag [[d:7 oktober 2024]] 08:41
Aan: SWT {{w:Zeeheldenkwartier}}
Onderwerp: RE: dhr. [[p:Amrani]]

Hallo [[p:Kees]],

Dank voor je bericht. Ik ken dhr. [[p:Amrani]] al jaren; hij heeft epilepsie (valproaat 500 mg 2dd1) en een lichte verstandelijke beperking. De laatste aanval was op [[d:27 september]], toen is hij op straat gevallen. Ik vind het geen goed idee dat hij alleen gaat wonen zonder begeleiding.

Groet,
[[p:Ruud Oudshoorn]]

> Op [[d:4 okt. 2024]] schreef [[p:Kees Mol]] <[[e:kees.mol@swtdenhaag.nl]]>:
> Beste dokter, dhr. [[p:Amrani]] wil graag zelfstandig wonen en vraagt ons om mee te denken. Heeft u bezwaren vanuit medisch oogpunt?
=====
Verwijsbrief wijkteam
Huisarts: [[p:N. Karimi]] | AGB [[z:01-072291]] | BIG [[z:59063125801]]
Patiënt: [[p:Sultani]], [[p:Mariam]] | ♀ | [[d:17-04-2002]] | BSN [[b:773380279]]
Verzekeraar: {{o:VGZ}}, polisnr. [[z:603221874]]
Vraagstelling: jonge vrouw, sinds 2022 in NL, woont met moeder en 3 broertjes in een 3-kamerwoning in {{w:Moerwijk}}. Mw. heeft ernstige migraine (tot 12 dagen/mnd), sumatriptan 50 mg z.n. max 2x/24u. Ze wil graag een opleiding doen maar verzorgt haar moeder die depressief is. Graag ondersteuning voor beiden; moeder is ook patiënt van deze praktijk.
=====
Geachte collega's van het wijkteam,

Hierbij meld ik, met toestemming van betrokkene, dhr. [[p:Henk Smit]] aan (geb. [[d:11 maart 1962]]). Dhr. heeft een hoge schuld (circa € 28.000) en heeft in het gesprek op mijn spreekuur suïcidale gedachten geuit zonder concreet plan. Hij heeft een afspraak bij de {{r:POH-GGZ}} op [[d:vrijdag 22 november]]. Hij gaf aan dat hij 'het geldgedoe' niet meer overziet.

Hij woont in {{w:Morgenstond}}, [[a:Loevesteinlaan 1133]], en is overdag bereikbaar op [[t:06-22915763]].

Met vriendelijke groet,
[[p:T. Koç]], {{r:huisarts}} i.o. (namens [[p:M. Brabander]])
=====
Notitie telefonisch consult (kopie naar SWT op verzoek van patiënt)

[[d:ma 3-6]] 09:20 – dhr. [[p:Stoyanov]] belt; is sinds 3 dagen zonder medicatie (insuline glargine 24 E a.n., metformine 1000 mg 2dd1) omdat hij de eigen bijdrage niet kan betalen. Glucose zelf gemeten 19,4. Afspraak vandaag 11.40 uur. Apotheek gevraagd medicatie mee te geven. SWT vragen naar bijzondere bijstand / eigen risico.
- dr. [[p:Groen]]
=====
Aan: {{r:wijkverpleegkundige}} / SWT {{w:Bezuidenhout}}
Van: {{o:Huisartsengroep Theresia}}

Mw. [[p:Sahetapy]] (86 jr), [[a:Juliana van Stolberglaan 244]]. Recent ontslagen uit {{o:HMC Bronovo}} na urosepsis. Ernstig verminderde mobiliteit; rollator. Eet slecht, gewicht 49 kg (was 56 kg in januari). Familie (zoon [[p:Johan]], Amsterdam) vraagt om meer zorg thuis.

Graag indicatie wijkverpleging en overleg met de {{r:Wmo-consulent}} over maaltijdvoorziening.
[[p:L. Maduro]], {{r:huisarts}}
=====
Doorverwijzing van de {{o:Huisartsenpost Haaglanden}}

Waarneming [[d:za 17 feb 2024]] 23:15, visite op [[a:Erasmusweg 870]]
Patiënt: [[p:Mohamud]], [[p:Hodan]] – geb. [[d:1985-08-19]]
Eigen huisarts: dr. [[p:Van Rijn]], {{o:Praktijk De Stede}}

Bevindingen: mw. in paniek, hyperventilatie, geen somatische afwijkingen. Zij vertelt dat haar ex-partner voor de deur stond en dreigde. Politie was al ter plaatse. Kinderen (3) sliepen.
Beleid: oxazepam 10 mg eenmalig, uitleg. Bericht naar eigen huisarts en – met toestemming – naar het SWT voor vervolg.
Dienstdoend arts: [[p:M. Schouten]]
HAP-nummer (algemeen): 0900 - 0909 88
""")

# ---------------------------------------------------------------------------
# 2. POH-GGZ referrals, consultations and hand-overs
# ---------------------------------------------------------------------------
add(r"""
Overdracht {{r:POH-GGZ}} → SWT {{w:Regentessekwartier}}

Cliënt: [[p:Ilse van der Zande]], 29 jr, geb. [[d:08-08-1995]]
Adres: [[a:Weimarstraat 35-I]], [[pc:2562 GS]]
Tel: [[t:06 19 58 77 02]]

Contacten POH-GGZ: 5x ([[d:12-01-2024]] t/m [[d:22-03-2024]])
Klachten: paniekaanvallen, vermijding, somberheid. PHQ-9 bij start 19, bij laatste contact 12. GAD-7: 14.
Context: zwaar belast door schulden (ca. € 9.000), verlies van baan in de horeca, relatie beëindigd. Woont alleen met kat.
Afspraken: mw. wordt aangemeld bij {{o:PsyQ}} (basis-GGZ), wachttijd 10-12 wkn. Vraag aan SWT: hulp bij schulden en dagstructuur in de tussentijd.

[[p:Anouk Verhoeven]], {{r:POH-GGZ}}
{{o:Huisartsenpraktijk Stadhoudersplantsoen}}
=====
Hoi collega's,

Ik ben [[p:Samira]], POH-GGZ bij dokter [[p:Kalloe]] in {{w:Rustenburg}}. Ik zie sinds februari meneer [[p:Ramlal]] ([[p:Dinesh]]), 48. Hij heeft een burn-out gehad en zit nu in de ziektewet, maar het lijkt erop dat er thuis veel meer speelt: zijn vrouw is ernstig ziek (MS) en hun zoon van 17 is gestopt met school.

Mag ik hem bij jullie aanmelden? Hij heeft toestemming gegeven. Zijn mobiel is [[t:0624781193]], liefst bellen na 16.00 uur.

Groetjes,
[[p:Samira Benali]]
[[e:s.benali@praktijkkalloe.nl]]
=====
Verslag {{r:POH-GGZ}} – consult 3
Datum: [[d:25-04-2024]]
Cliënt: mw. [[p:Zając]] ([[p:Agnieszka]])

S: slaapt slecht, piekert over verblijfsstatus van partner, huilt veel. Spreekt Nederlands met wat moeite, gesprek deels in het Engels.
O: verzorgd, goed contact, stemming somber, geen suïcidaliteit.
E: aanpassingsstoornis met depressieve stemming (F43.21).
P: psycho-educatie, slaaphygiëne. Vervolgafspraak [[d:16-05]]. Verwijzing SWT {{w:Escamp}} voor praktische hulp (huur, toeslagen).
=====
Aan {{o:SWT Leidschenveen-Ypenburg}}

Beste [[p:Marco]],

Zoals afgesproken in het MDO van [[d:donderdag 6 juni]] stuur ik jullie mijn korte samenvatting over de familie [[p:Ahmadi]].

Moeder, mw. [[p:Zahra Ahmadi]] (41), heeft bij mij 6 gesprekken gehad i.v.m. herbelevingen (PTSS, eerder gediagnosticeerd in het AZC). Zij is gestopt met de sertraline (50 mg) omdat ze er misselijk van werd. Vader, dhr. [[p:Farid Ahmadi]], wil niet praten over klachten. Oudste zoon [[p:Omid]] (15) komt sinds april nauwelijks op school.

Advies: specialistische traumabehandeling via {{o:i-psy}}, en vanuit het SWT afstemming met {{o:CJG}} en de {{r:leerplichtambtenaar}}.

Met groet,
[[p:Yvette Stam]], {{r:POH-GGZ}}
=====
Samenvatting begeleiding POH-GGZ (overdracht bij afsluiting)

Naam: [[p:D. Kılıç]]
Geb: [[d:11/11/1983]]
Periode: [[d:14 februari 2024]] – [[d:3 juli 2024]] (9 contacten)
Reden aanmelding: alcoholgebruik (AUDIT 22), spanningsklachten
Beloop: gebruik verminderd van ±6 naar 2 glazen per dag. Slaapt beter. Nog veel spanning over werk (vrachtwagenchauffeur, 50-60 uur p/w).
Afspraken: cliënt heeft aangegeven geen verdere GGZ-hulp te willen. Wel interesse in maatjesproject via {{o:Stichting Mooi}}.
POH-GGZ: [[p:Rik Hooftman]]
=====
hoi [[p:anouk]], kun jij morgen even bellen met mw. [[p:el idrissi]]? ze heeft bij mij gezegd dat ze het niet meer ziet zitten maar heeft géén plan, heb crisisdienst overlegd, niet nodig nu. wel zorgen om haar dochters (7 en 11). ze belt niet terug op haar eigen nummer, probeer [[t:06-51 04 33 81]] (zus [[p:Laila]]). groetjes [[p:mieke]]
=====
Afspraakbevestiging – {{o:Huisartsenpraktijk Transvaal}}

Beste [[p:Oluwaseun Adeyemi]],

U heeft een afspraak met {{r:POH-GGZ}} [[p:Tessa de Vos]] op [[d:woensdag 10 juli 2024]] om 13.15 uur, kamer 2.07, [[a:Paul Krugerlaan 132]].
Bent u verhinderd? Bel dan minimaal 24 uur van tevoren met de praktijk: 070 - 388 04 50.

Uw medewerker van het SWT, [[p:Jasper]], mag ook meekomen.
=====
Consultvraag POH-GGZ aan SWT (via Siilo)

[[p:Lotte K.]] 09:14: Goedemorgen, heeft iemand van jullie contact met dhr. [[p:Pattiasina]]? Hij kwam niet op zijn afspraak van [[d:maandag 12/8]] en neemt niet op.
[[p:Ricardo]] SWT 09:31: Ja, ik ben er gisteren geweest. Hij lag op de bank, zag er slecht uit, zei dat zijn medicijnen op waren (quetiapine 200 mg a.n.?). Heeft volgens mij al een week niet gegeten.
[[p:Lotte K.]] 09:33: Dank! Ik overleg direct met de huisarts. Kun je zijn broer [[p:Marcel]] vragen om vandaag langs te gaan?
[[p:Ricardo]] SWT 09:40: Doe ik 👍
=====
Aanmeldformulier SWT – ingevuld door verwijzer

Naam verwijzer: [[p:Jolanda Sabajo]]
Functie: {{r:POH-GGZ}}
Organisatie: {{o:Gezondheidscentrum Waldeck}}
Telefoon verwijzer (direct): [[t:070 - 323 71 19]]
Naam cliënt: [[p:Kevin Martina]]
Geboortedatum: [[d:29-02-2000]]
Woonplaats/wijk: Den Haag, {{w:Waldeck}}
Hulpvraag: ondersteuning bij zelfstandig wonen na uitstroom uit jeugdzorg; ADHD (F90.0), methylfenidaat 36 mg 1dd1; schulden (ca. € 3.400) bij {{o:Zilveren Kruis}} en telefoonprovider.
Toestemming cliënt: ja, getekend op [[d:05-09-2024]]
=====
Na de brief van de {{r:POH-GGZ}} heb ik vandaag gebeld met mw. [[p:Nour Haddad]]. Ze wil graag een gesprek maar niet thuis ("mijn man mag het niet weten"). Afgesproken: [[d:dinsdag 24 september]], 10.30 uur in het wijkcentrum {{o:De Boog}} in {{w:Moerwijk}}, kamer 1.12. Niet naar huis bellen en geen post naar [[a:Zuidlarenstraat 41]]!
=====
Kopie uit HIS – contactregel POH-GGZ (met toestemming doorgestuurd)

[[d:03-10-2024]] POH-GGZ [[p:VRHV]]
S/ Mw. [[p:Bissessar]] komt samen met schoonzus. Sinds de dood van haar moeder in India (juni) sombere stemming, slaapt 4 uur, eet weinig. Schoonfamilie vindt dat ze 'zich aanstelt'.
O/ Vlak affect, huilt, oogcontact goed. Geen psychotische kenmerken. Suïcidaliteit: passieve doodswens, geen plannen.
E/ P03 depressief gevoel; rouw
P/ vervolg 2 wk; overleg HA over start AD; na toestemming info SWT ({{r:maatschappelijk werk}}) i.v.m. isolement.
""")

# ---------------------------------------------------------------------------
# 3. Hospital discharge letters, transfer messages, nursing hand-overs
# ---------------------------------------------------------------------------
add(r"""
{{o:HagaZiekenhuis}} – afdeling Interne Geneeskunde, C3-Zuid
[[a:Leyweg 275]], Postbus 40551, 2504 LN Den Haag – algemeen nummer 070 - 210 00 00

ONTSLAGBRIEF

Patiënt: dhr. [[p:G.A. Molenaar]]    Pat.nr.: [[z:3106775]]
Geboortedatum: [[d:06-06-1947]]
Opname: [[d:02-04-2024]]    Ontslag: [[d:16-04-2024]]
Afdeling/kamer: C3-Zuid, kamer 14, bed 2
Huisarts: [[p:E. Kleinjan]]

Reden van opname: decompensatio cordis bij bekend atriumfibrilleren.
Beloop: goed herstel op diuretica, gewicht van 84,2 naar 78,9 kg. NT-proBNP 4120 → 1860 ng/l. Kreatinine 132 µmol/l, eGFR 44.
Ontslagmedicatie:
- furosemide 40 mg 2dd1 (08.00 en 14.00 uur)
- apixaban 5 mg 2dd1
- bisoprolol 5 mg 1dd1
- spironolacton 25 mg 1dd1 (nieuw)
Afspraken: controle polikliniek Cardiologie over 6 weken, dagelijks wegen (bij > 2 kg stijging in 3 dagen bellen).
Sociaal: woont alleen, 3e verdieping zonder lift. Transferverpleegkundige heeft thuiszorg aangevraagd bij {{o:Saffier}} en SWT geïnformeerd over valgevaar en eenzaamheid.

Met vriendelijke groet,
drs. [[p:L.F. Bijl]]
{{r:arts-assistent}} Interne Geneeskunde, namens dr. [[p:M. Tahapary]], {{r:internist}}
=====
Transferbericht verpleging {{o:HMC Westeinde}} → wijkverpleging / SWT

Naam: mw. [[p:Hristova]], [[p:Elena]]
Geb.: [[d:14.09.1962]]
Ontslagdatum: [[d:vrijdag 21 juni 2024]], ± 15.00 uur met taxi
Woonadres: [[a:Loosduinsekade 218]], [[pc:2571 CK]]
Contactpersoon: dochter [[p:Viktoria Hristova]], [[t:+359 88 712 4460]] (Bulgarije) / buurvrouw mw. [[p:de Jong]]
Diagnose: cellulitis onderbeen re., diabetes type 2 slecht ingesteld (glucose bij opname 24,1).
Zorg: wondzorg 1x/dag, insuline (NovoRapid 3x/dag volgens schema + Levemir 18E om 22.00). Pt kan zelf prikken maar heeft hulp nodig bij het afleezen.
Bijzonderheden: geen zorgverzekering sinds [[d:1 januari 2024]]?? – wordt uitgezocht. SWT {{w:Loosduinen}} ingeschakeld.
{{r:Transferverpleegkundige}}: [[p:Petra van der Meer]], tel. [[t:06 45 90 12 77]]
=====
Ontslagsamenvatting (verkort) – {{o:Reinier de Graaf}}, afd. Geriatrie

Pt. [[p:Hooftman-Kroon]], [[p:W.]] (89 jr) – ZIS-nr [[z:8003412]]
Opgenomen [[d:30/07/2024]] via SEH na val thuis (collumfractuur li), geopereerd [[d:31/07]] (kophalsprothese).
Delier tijdens opname, haloperidol 0,5 mg 2dd gestopt op [[d:06/08]].
Ontslag [[d:12/08/2024]] naar {{o:WZH Swaneburgh}} voor geriatrische revalidatie (afdeling Duin, kamer 209).
Verwachting: terugkeer naar huis ([[a:Valkenboslaan 81]]) twijfelachtig; echtgenoot (91) kan zorg niet overnemen. Advies aan SWT: tijdig starten met WLZ-aanvraag via {{o:CIZ}}.
Behandelend {{r:klinisch geriater}}: dr. [[p:A.S. Iyer]]
=====
Geachte collega,

Uw patiënt dhr. [[p:Mehmet Arslan]], geboren [[d:21 oktober 1970]], werd van [[d:5 maart]] tot en met [[d:9 maart 2024]] opgenomen op onze afdeling Longziekten (B4, kamer 412) in verband met een exacerbatie COPD.

Aanvullend onderzoek: CRP 86 mg/l, leuco's 14,2, X-thorax geen infiltraat. Saturatie bij ontslag 92% zonder zuurstof.

Medicatie bij ontslag: prednisolon 30 mg 1dd1 t/m [[d:14-03-2024]], tiotropium/olodaterol 2,5/2,5 µg 2 inhalaties 1dd, salbutamol 100 µg z.n.

Dhr. rookt nog 20 sig/dag. Hij gaf aan dat hij door schulden en een dreigende ontruiming veel stress ervaart; met zijn toestemming hebben wij het sociaal wijkzorgteam {{w:Laak}} ingelicht.

Met vriendelijke groet,
[[p:F. Boukhari]], {{r:verpleegkundig specialist}} Longziekten
{{o:HMC Antoniushove}}
=====
Medisch-sociale overdracht SEH → SWT

[[d:18-10-2024]], 02:40 uur. Dhr. [[p:Emil Lewandowski]] (±40 jr, geb.datum volgens ID [[d:13-01-1984]]) gebracht door ambulance na aangetroffen op straat, alcoholintoxicatie (promillage 2,9). Verwondingen: hoofdwond 3 cm, gehecht.
Geen vaste woon- of verblijfplaats; noemt als postadres [[a:Dr. Lelykade 40]] (kennis).
Ontslagen [[d:18-10-2024]] 09:00 na observatie. Advies: contact {{o:Leger des Heils}} / {{o:GGD Haaglanden}}.
SEH-arts: [[p:J. Kamińska]]
=====
BRIEF AAN HUISARTS (kopie aan SWT op verzoek van patiënte)

Betreft: mw. [[p:Afua Mensah]], geb. [[d:1 januari 1979]], patiëntnummer [[z:HMC-2219803]]

Mw. werd [[d:12 juni]] gezien op de polikliniek Gynaecologie. In verband met een uterus myomatosus met ernstig bloedverlies (Hb 5,8 mmol/l) is zij op [[d:14 juni]] geopereerd. Het herstel verliep ongecompliceerd.

Mw. gaf aan dat zij haar kinderen (4 en 8 jaar) niet goed kan verzorgen de komende 6 weken (niet tillen > 5 kg). Zij heeft geen netwerk in Nederland. Wij vragen het SWT te kijken naar tijdelijke ondersteuning.

IJzer (ferrofumaraat 200 mg 3dd1) gedurende 3 maanden.

Met vriendelijke groet,
dr. [[p:Van Leeuwen]], {{r:gynaecoloog}}
=====
Ontslag uit {{o:HMC Bronovo}} – samenvatting voor thuiszorg

Naam: [[p:Noorlander]], [[p:Johannes]]
Geb.: [[d:2-8-1936]]
Ontslag: [[d:25-09]]
Adres: [[a:Van Alkemadelaan 350-B]], kamer nr. B-17 (seniorencomplex)
Diagnose: pneumonie, ondervoeding (SNAQ 4).
Afspraken: drinkvoeding 2x/dag, fysiotherapie 2x/wk, controle bij huisarts over 1 week.
Familie: geen. Contact via buurman dhr. [[p:Vos]] ([[t:070-3245581]]).
=====
Aan: {{r:wijkverpleegkundige}} {{o:Buurtzorg Den Haag Zuidwest}}
cc: SWT {{w:Escamp}}
Van: {{r:transferverpleegkundige}} [[p:Ayla Doğan]], {{o:HMC Westeinde}}

Dhr. [[p:Soekhoe]] gaat morgen ([[d:woensdag 2 oktober]]) met ontslag naar huis, [[a:Meppelweg 1207]]. Hij heeft een nieuwe stoma (colostoma) en moet nog leren deze zelf te verzorgen. Echtgenote (mw. [[p:Soekhoe-Ganga]]) is bereid te helpen maar is analfabeet en spreekt vooral Sarnami. Graag instructie met tolk of via dochter [[p:Reshma]], [[t:06-29 38 47 56]].
Benodigdheden zijn besteld via {{o:Medireva}}, levering [[d:1 oktober]].
=====
Verpleegkundige overdracht bij ontslag – {{o:LangeLand Ziekenhuis}} Zoetermeer

Patiënt    | [[p:P.J. Winter]]
Geb.datum  | [[d:19-07-1958]]
Opname     | [[d:28-02-2024]]
Ontslag    | [[d:04-03-2024]]
Reden      | TIA, geen restverschijnselen
Medicatie  | clopidogrel 75 mg 1dd1, atorvastatine 40 mg 1dd1 (a.n.)
Leefstijl  | roken, overgewicht (BMI 32,4), weinig bewegen
Sociaal    | eenzaam sinds scheiding, woont in {{w:Leidschenveen}}; wil graag vrijwilligerswerk
Verwijzing | SWT i.v.m. sociaal isolement; leefstijlcoach via huisarts
Ingevuld door | [[p:Sanne Koster]], {{r:verpleegkundige}} afd. Neurologie (N2, kamer 8)
=====
Beste collega's van het SWT {{w:Transvaal}},

Ter info: mw. [[p:Sewdayal]] is gisteren ([[d:13-11-2024]]) ontslagen uit ons ziekenhuis na een hypoglykemie. Zij is hier in 3 maanden 4 keer geweest. Wij vermoeden dat zij haar insuline niet goed doseert door visusproblemen (diabetische retinopathie). Zij woont samen met haar kleinzoon [[p:Rohan]] (19) op de [[a:Hoefkade 701]]; hij werkt 's nachts.

Graag jullie hulp bij een oplossing (wijkverpleging? voorgevulde pennen?). Patiënte heeft hiermee ingestemd.

[[p:Mirjam Zuidgeest]], {{r:diabetesverpleegkundige}}
{{o:HagaZiekenhuis}}, tel. poli (algemeen) 070 - 210 12 34
=====
Kliniek Psychiatrie – ontslagbericht

Cliënt: dhr. [[p:Ivanov]] ([[p:Georgi]]), geb. [[d:5-5-1991]], {{o:PAAZ HMC}} afd. 5 Noord
Opname: [[d:19 aug]] (IBS) – omgezet naar vrijwillig [[d:22 aug]]
Ontslag: [[d:27 september 2024]]
Diagnose (DSM-5): schizofreniespectrumstoornis, eerste psychose (298.9 / F29); cannabisgebruik (F12.10)
Medicatie: aripiprazol 15 mg 1dd1; depot (Abilify Maintena 400 mg/4 wkn) overwogen.
Nazorg: {{o:Parnassia}} FACT {{w:Centrum}}, eerste afspraak [[d:2 oktober]] bij {{r:SPV}} [[p:Nadia Lahouari]].
Wonen: tijdelijk bij moeder, [[a:Jacob Catsstraat 20-hs]]; zoekt kamer. SWT gevraagd voor inkomen (uitkering gestopt tijdens opname) en dagbesteding.
""")

# ---------------------------------------------------------------------------
# 4. GGZ intake summaries, treatment plans, crisis-service and FACT notes
# ---------------------------------------------------------------------------
add(r"""
{{o:Parnassia}} – Intakeverslag (samenvatting voor verwijzer en SWT)

Cliëntnummer: [[z:P-2041178]]
Naam: [[p:Y. Kaya]]
Geboortedatum: [[d:04-10-1986]]
Intakedatum: [[d:15-05-2024]]
Intaker: drs. [[p:M. Demir]], {{r:GZ-psycholoog}} (BIG [[z:19921533425]])
Regiebehandelaar: dr. [[p:J.P. Rietveld]], {{r:psychiater}}

Aanmeldingsklacht: sinds ca. een jaar toenemende somberheid, sociale terugtrekking, stemmen horen ('iemand praat over mij'), wantrouwen jegens buren.
Classificatie DSM-5: 295.90 (F20.9) schizofrenie, voorlopig; 305.20 (F12.10) cannabisgebruik, licht.
Somatiek: BMI 19,1; glucose nuchter 5,2 mmol/l; ECG QTc 412 ms.
Sociaal: woont alleen in {{w:Moerwijk}}, geen werk, huurachterstand 3 mnd bij {{o:Staedion}}. Broer [[p:Serkan]] is steunfiguur.
Advies: behandeling binnen FACT-team, start olanzapine 5 mg a.n., wekelijks contact {{r:SPV}}. SWT wordt gevraagd om inkomen en schulden op te pakken.
=====
Samenvatting intake {{o:PsyQ}} Den Haag – afdeling Angst & Stemming

Cliënt: mevrouw [[p:Ghebremariam]], [[p:Saba]] (28)
Intake: [[d:23 januari 2024]] met tolk Tigrinya (tolknummer 4421 via {{o:GlobalTalk}})
Conclusie: posttraumatische stressstoornis (F43.10), depressieve stoornis, eenmalige episode, matig (F32.1).
Behandeladvies: EMDR, 8-12 sessies bij drs. [[p:K. Tesfay]] ({{r:GZ-psycholoog}}). Start na stabilisatie van de woonsituatie.
Knelpunt: mw. verblijft in een tijdelijke woning ([[a:Zuidwoldestraat 54]]) en moet per [[d:1 april]] verhuizen. Zonder vaste woonplek is traumabehandeling lastig. Wij vragen het SWT {{w:Moerwijk}} om met haar en {{o:Vluchtelingenwerk}} naar huisvesting te kijken.
=====
Crisisdienst {{o:Parnassia Acute Psychiatrie}} – beoordeling
Datum/tijd: [[d:zaterdag 16 maart 2024]], 21:30
Locatie: thuis, [[a:Heemstraweg 22-A]], [[pc:2531 TS]]
Aanmelder: {{r:huisarts}} (HAP), dr. [[p:B. Nijman]]
Beoordelaars: [[p:F. Erdoğan]] ({{r:SPV}}), [[p:T. van Dam]] ({{r:psychiater}})

Dhr. [[p:Delano Felida]], 31 jr, dreigde zichzelf iets aan te doen na ruzie met partner. Bij beoordeling rustig, distantieert zich geleidelijk van suïcidale uitspraken, wil hulp. Geen psychotische kenmerken. Middelengebruik: alcohol (8 E vanavond).
Conclusie: geen indicatie voor opname of verplichte zorg. Veiligheidsplan opgesteld met partner [[p:Chantal]].
Vervolg: maandag [[d:18-03]] contact huisarts; SWT {{w:Transvaal}} geïnformeerd (toestemming cliënt) i.v.m. huisvesting en relatieproblemen.
=====
Behandelplan (samenvatting) – {{o:Brijder Verslavingszorg}}
Cliënt: [[p:R.C. Maduro]] | clientnr [[z:BR-0553812]] | geb. [[d:20-06-1977]]
Looptijd: [[d:01-07-2024]] t/m [[d:31-12-2024]]
Doelen:
1. Stoppen met cocaïnegebruik (nu 3-4 dagen p/w), urinecontrole 1x/wk.
2. Stabiele dagbesteding.
3. Schulden in beeld (samen met SWT {{w:Spoorwijk}}).
Medicatie: geen; eerder disulfiram (2019) gestopt.
Behandelaar: [[p:Soufiane Chaoui]], {{r:verslavingsarts}} i.o.; casemanager [[p:Liesbeth Post]], [[t:06-46219830]].
Ondertekend door cliënt op [[d:03-07-2024]].
=====
Beste SWT-collega's,

Vanuit het {{o:FACT-team Escamp}} willen we graag samenwerken rond mw. [[p:Lin]] ([[p:Mei-Ling Lin]], 52). Zij is bij ons bekend met een bipolaire stoornis (F31.4, DSM 296.53) en gebruikt lithium 800 mg a.n. (spiegel [[d:09-09]]: 0,72 mmol/l) en quetiapine 300 mg. Sinds haar man overleed in maart gaat het thuis slecht: ze eet onregelmatig, de post stapelt zich op, energiebedrijf dreigt af te sluiten.

Haar dochter [[p:Jasmine]] (student in Leiden) is bereikbaar via [[e:jasmine.lin@student.leidenuniv.nl]].

Zullen we een gezamenlijk huisbezoek plannen? Ik kan [[d:dinsdag 24/9]] of [[d:donderdag 26/9]] in de ochtend.

Met groet,
[[p:Jeroen Hoek]]
{{r:sociaal-psychiatrisch verpleegkundige}}, {{o:Parnassia}}
=====
Adviesbrief na diagnostiek – {{o:Sinai Centrum}}

Betreft: dhr. [[p:Ben-David]], [[p:Aaron]] – [[d:12 augustus 1948]]
Geachte heer [[p:Ben-David]],

Op [[d:3 juni]] en [[d:10 juni 2024]] had u gesprekken met ons. Zoals besproken is er sprake van een chronische posttraumatische stressstoornis, mede samenhangend met de oorlogservaringen van uw ouders (tweede generatie). Wij adviseren groepsbehandeling op locatie Amersfoort of ambulante behandeling in Den Haag.

U gaf aan ook praktische hulp nodig te hebben bij het verhuizen naar een woning zonder trappen. Met uw toestemming sturen wij een kopie van deze brief naar het {{o:sociaal wijkzorgteam Haagse Hout}}.

Hoogachtend,
dr. [[p:S. Rosenberg]], {{r:klinisch psycholoog}}
=====
GGZ-intake (kort) – {{o:i-psy}} Den Haag
cl. [[p:Noori]], [[p:Habiba]] | v | 34 jr | BSN [[b:936107467]]
datum intake [[d:07-02-2024]] | tolk Dari | behandelaar [[p:Aziz Rahimi]] ({{r:psycholoog}})
klachten: angst, nachtmerries, hoofdpijn; sinds vlucht 2021 via Iran/Turkije
dx: PTSS (F43.1); uitsluiten depressie
advies: NET-behandeling, start na [[d:15-03]]
sociaal: alleenstaand met 2 kinderen, huurwoning [[a:Steenhouwersgaarde 17]] {{w:Wateringse Veld}}; kinderen op school; inkomen bijstand
vraag aan SWT: ondersteuning opvoeding, netwerk
=====
Notitie {{r:psychiater}} consultatie op verzoek van SWT (MDO [[d:12-12-2024]])

Aanwezig: [[p:E. Vink]] ({{r:casusregisseur}} SWT {{w:Leyenburg}}), dr. [[p:Ramsoedh]] ({{r:psychiater}} {{o:Parnassia}}), [[p:Gijs]] ({{r:wijkagent}}), [[p:Hanneke Prins]] ({{r:woonconsultant}} {{o:Vestia}}).
Casus: dhr. [[p:W.]] ([[p:Willem Schoemaker]]), 66, [[a:Middachtenweg 290]], overlast door geluid en stank; buren klagen sinds zomer 2023. Geen contact met huisarts sinds 2019. Mogelijk waanstoornis (F22.0) – niet gezien, dus geen diagnose.
Afspraken:
- dr. [[p:Ramsoedh]] gaat samen met [[p:E. Vink]] op huisbezoek op [[d:vrijdag 20 december]];
- {{o:Vestia}} stelt ontruimingsprocedure uit tot [[d:1 februari]];
- evaluatie in MDO van [[d:16-01-2025]].
=====
Brief aan cliënt (kopie SWT) – {{o:Youz}} (jongvolwassenen)

Beste [[p:Jayden]],

Fijn dat je op [[d:8 mei]] bij ons was voor je intake. Je vertelde dat je sinds je 15e last hebt van stemmingswisselingen en dat je soms jezelf pijn doet. Je behandelaar wordt [[p:Merel Timmer]] ({{r:GZ-psycholoog}}). Je eerste afspraak is op [[d:woensdag 22 mei]] om 15.00 uur, locatie Lijnbaan, kamer 3.22.

We hebben met je afgesproken dat we ook contact houden met [[p:Fenna]] van het SWT, die je helpt met je kamer en je studiefinanciering.

Groet,
team {{o:Youz}} Den Haag
=====
Ontslagbrief klinische opname – {{o:Parnassia}}, locatie Monsterseweg, afdeling Kust 2

Cliënt: [[p:A.B. Bakker]] (m), geb. [[d:01-12-1964]], dossiernr. [[z:20190447]]
Opname [[d:10-01-2024]] (crisismaatregel), ontslag [[d:08-03-2024]]
Diagnose: ernstige depressieve stoornis met psychotische kenmerken (F32.3), alcoholgebruiksstoornis matig (F10.20)
Beloop: na ECT (12 sessies) duidelijke verbetering. Bij ontslag HDRS 9.
Ontslagmedicatie: nortriptyline 75 mg a.n. (spiegel 98 µg/l), quetiapine 50 mg a.n., thiamine 100 mg 1dd1.
Nazorg: ambulant {{o:Parnassia}} Haagse Hout, {{r:psychiater}} drs. [[p:C. Wolff]]; {{r:SPV}} [[p:Martijn de Boer]].
Aandachtspunten voor SWT: dhr. woont alleen op [[a:Kamperfoeliestraat 9]], heeft een beschermingsbewindvoerder ({{o:Bureau Haagse Bewind}}) en weinig sociale contacten. Ex-echtgenote [[p:Marja]] is op de hoogte.
=====
Samenvatting FACT-bespreking [[d:wo 6-11]]

- [[p:Pinas]] (cl.nr [[z:F-88123]]): depot gemist ([[d:30-10]]), niet thuis bij 2 pogingen. SWT ([[p:Moniek]]) gaat via moeder, [[t:06-20847312]].
- [[p:Sabbagh]]: stabiel. Verhuizing naar {{w:Laak}} per [[d:1 december]]; nieuwe huisarts nog zoeken.
- [[p:J. de Wit]]: IBS-beoordeling [[d:2-11]], geen opname. Zus ([[p:Anke]]) meldt opnieuw overlast. Plan: wekelijks bemoeizorg samen met GGD.
- nieuwe aanmelding: mw. [[p:Kurt]] via {{r:POH-GGZ}}, bipolair, net verhuisd uit Rotterdam.
=====
{{o:Indigo Haaglanden}} – verslag na 5 sessies (basis-GGZ)

Cliënt: [[p:Iris Hart]], [[d:17-03-2001]]
Behandelaar: [[p:Kim Zwart]], {{r:psycholoog}} / {{r:orthopedagoog}}
Hulpvraag: faalangst, somberheid, problemen met studie (HBO-V, jaar 2).
Beloop: duidelijke afname van klachten (OQ-45 van 92 naar 61). [[p:Iris]] heeft een studieplanning gemaakt en praat weer met haar ouders.
Afsluiting: [[d:27-06-2024]]. Terugval: via {{r:huisarts}}.
Opmerking: het SWT heeft geholpen met een urgentie-aanvraag; [[p:Iris]] woont sinds juni op [[a:Dierenselaan 118-D]].
=====
Telefoonnotitie crisisdienst ({{o:Acute Psychiatrie Den Haag}})

[[d:05-01-2025]] 03:12 – melding politie: man op balkon [[a:Vaillantlaan 463]], 4e etage, dreigt te springen. Naam volgens buren: [[p:Hamid]]. Politie en ambulance ter plaatse. Beoordeling op locatie door [[p:S. Groenewegen]] ({{r:SPV}}) en {{r:psychiater}} dr. [[p:P. Nieuwenhuis]]. Dhr. [[p:Hamid Tahiri]] (geb. [[d:09-09-1992]]) vrijwillig mee naar {{o:Parnassia}} kliniek. Moeder ([[t:06 11 86 42 09]]) geïnformeerd.
Melding aan SWT {{w:Schilderswijk}} volgt via zorgverlener op maandag.
=====
Verslag systeemgesprek, {{o:Lionarons GGZ}}

Aanwezig: cliënte [[p:Kristina Nowak]], haar moeder [[p:Halina Nowak]], behandelaar drs. [[p:E. van Vliet]], SWT-consulent [[p:Rachid]].
Datum: [[d:19 februari 2025]]

[[p:Kristina]] (23) heeft een eetstoornis (anorexia nervosa, F50.0), BMI op dit moment 15,8. Zij is in 2024 drie weken opgenomen geweest. Moeder is bang dat ze opnieuw moet worden opgenomen. [[p:Kristina]] wil zelfstandig wonen; er is een kamer gevonden aan de [[a:Laan van Meerdervoort 880]].
Afspraken: wekelijks wegen bij de {{r:huisarts}}, maaltijdbegeleiding via {{o:Kessler Stichting}} niet passend – SWT zoekt alternatief.
=====
Aanmelding ambulante woonbegeleiding (GGZ-indicatie) – kopie aan SWT

Cliënt: [[p:Thomas Jager]], geb. [[d:14-05-1990]], [[a:Thorbeckelaan 56]], [[pc:2564BV]]
Diagnose (bekend bij {{o:Parnassia}}): autismespectrumstoornis (F84.0), depressieve stoornis recidiverend (F33.1).
Indicatie: Beschermd Wonen – Wonen met begeleiding, 6 uur per week; beschikkingsnummer [[z:BW-2024-04417]].
Startdatum: [[d:1 november 2024]].
Contactpersoon: [[p:N. Dekker]], {{r:trajectbegeleider}}, [[e:n.dekker@parnassiagroep.nl]]
=====
Stukje uit de intake (door cliënt zelf doorgestuurd naar SWT):

"U bent op [[d:12-02]] gezien door onze {{r:verpleegkundig specialist}} [[p:Marloes Groot]]. Uw klachten passen bij ADHD (F90.0). Voordat we met medicatie (methylfenidaat) kunnen starten, is een ECG en bloeddrukmeting nodig. U kunt hiervoor bij uw {{r:huisarts}} terecht."

vraag van cliënt ([[p:Dayenne]]): "kunnen jullie helpen met de eigen bijdrage?? ik heb geen geld voor dat ECG"
""")

# ---------------------------------------------------------------------------
# 5. Medication lists (Actueel Medicatieoverzicht, baxter lists, hand-written)
# ---------------------------------------------------------------------------
add(r"""
ACTUEEL MEDICATIEOVERZICHT
{{o:Apotheek Mariahoeve}} – Postbus 93012, 2509 AA Den Haag – tel. (algemeen) 070 - 347 05 05
Afgedrukt: [[d:14-05-2024]] 10:22

Patiënt: Mw. [[p:J.H. de Graaf-Brouwer]]
Geboortedatum: [[d:03-07-1940]]   BSN: [[b:121219513]]
Adres: [[a:Nieuw Hoflaan 61]], [[pc:2597 HJ]] Den Haag
Voorschrijver: [[p:E. Kleinjan]] (AGB [[z:01039265]])

| Geneesmiddel                        | Dosering     | Start      | Opmerking          |
| Metformine 500 mg tablet            | 2dd1         | 2016       | bij de maaltijd    |
| Amlodipine 5 mg tablet              | 1dd1         | 12-2021    |                    |
| Omeprazol 20 mg capsule msr         | 1dd1         | 2020       | ½ uur voor ontbijt |
| Paracetamol 500 mg tablet           | 3-4dd2 z.n.  | 2023       | max 6 per dag      |
| Donepezil 5 mg tablet               | 1dd1 a.n.    | [[d:04-03-2024]] | nieuw, geriater    |
| Macrogol/elektrolyten poeder        | 1dd1 sachet  | 2024       |                    |

Allergieën/contra-indicaties: penicilline (huiduitslag), nierfunctie eGFR 52.
=====
medicatielijst dhr [[p:sahin]] (overgetypt door SWT van doosjes in de keuken, [[d:22/10]]):
- seroquel 100 mg, 's avonds 1 (doosje leeg)
- lorazepam 1 mg, zo nodig, max 3 per dag, strip van [[d:5 sept]] nog 4 over
- metoprolol 100 mg 1x per dag 's ochtends
- pantoprazol 40
- onbekend wit tabletje "AN 727" in een zakje
-> navragen bij {{o:Apotheek Schilderswijk}} en {{r:POH-GGZ}} [[p:Bouzid]]
=====
Baxter-overzicht week 42 – {{o:Service Apotheek Laak}}
Cliënt: [[p:F. Ramsaroep]] – geb. [[d:15-10-1953]] – ID [[z:APO-774120]]
Bezorgadres: [[a:Cort Heyligersstraat 12-A]]

Tijdstip | Middel                          | Aantal
08:00    | levothyroxine 100 µg            | 1
08:00    | furosemide 40 mg                | 1
08:00    | kaliumchloride 600 mg (Slow-K)  | 2
13:00    | furosemide 40 mg                | 1
18:00    | simvastatine 40 mg              | 1
22:00    | temazepam 10 mg                 | 1

Let op: temazepam afbouwschema vanaf [[d:21-10-2024]] – overleg {{r:huisarts}} [[p:Y. Pattiruhu]].
Bezorging: dinsdag tussen 13 en 17 uur.
=====
Medicatieoverdracht bij ontslag (eOverdracht) – {{o:HagaZiekenhuis}}

Naam: [[p:Nasser]], [[p:Omar]] – [[d:1953-02-28]]
Ontslagdatum: [[d:2024-06-11]]

STOP: diclofenac 50 mg 3dd1 (nierfunctie)
STOP: oxazepam 10 mg z.n.
NIEUW: paracetamol 1000 mg 3dd1 gedurende 2 weken, daarna z.n.
NIEUW: oxycodon 5 mg z.n. max 4dd1 (t/m [[d:2024-06-18]])
GEWIJZIGD: insuline aspart 6-6-8 E (was 8-8-10 E)
CONTINUEREN: insuline glargine 20 E a.n.; metoprolol 50 mg 1dd1; apixaban 5 mg 2dd1
Opgesteld door: [[p:R. Khoury]], {{r:ziekenhuisapotheker}} i.o.
=====
Medicatie volgens cliënt (intakeformulier SWT, vraag 14):
"ik krijg van dokter [[p:Ouwehand]] de blauwe pillen voor suiker (2 per dag) en de kleine witte voor bloeddruk, en van de {{o:Parnassia}} de spuit elke maand (Xeplion?) en soms diazepam. Insuline spuit ik niet meer sinds ik bij mijn zus woon."
Ingevuld door [[p:Karim Azzouzi]], 54, [[d:09-01-2025]].
=====
Medicatieoverzicht t.b.v. indicatie wijkverpleging

cliënt: mw. [[p:A. Kromosoeto-Kartodikromo]]
geb.: [[d:30-04-1945]]
huisarts: [[p:J. Kromosoeto]] (nb: geen familie)

1. Metformine 850 mg – 3dd1
2. Gliclazide 80 mg – 2dd1 (ochtend + avond)
3. Enalapril 10 mg – 1dd1
4. Atorvastatine 20 mg – 1dd1 a.n.
5. Timolol 0,5% oogdruppels – 2dd1 beide ogen
6. Latanoprost oogdruppels – 1dd1 a.n.
7. Calciumcarbonaat/colecalciferol 1,25g/800IE – 1dd1
8. Alendroninezuur 70 mg – 1x per week (zondag, nuchter)

Toedienhulp nodig bij: oogdruppels (2x/dag) en alendroninezuur. Mw. woont alleen, zoon [[p:Harry]] komt in het weekend.
=====
Medicatielijst uit Zorgmail-bericht van {{o:Apotheek Bouwlust}}, [[d:03-02-2025]]

Dhr. [[p:Dimitrov]], [[p:Krasimir]] (BSN [[b:896329756]])
- Clozapine 100 mg: 2-0-3 (totaal 500 mg/dag)
- Clozapine bloedcontrole: laatste ANC [[d:20-01-2025]] 3,1 x 10^9/l
- Biperideen 2 mg 1dd1
- Laxeermiddel (macrogol) 2dd1
- Nicotinepleister 21 mg/24 u

Dhr. heeft de laatste 2 weken geen medicatie opgehaald. Clozapine mag niet zomaar worden herstart na > 48 uur onderbreking! Graag contact met behandelaar {{o:Parnassia}} (dr. [[p:L. Soeratram]]).
=====
Lijst medicatie en hulpmiddelen – [[p:Ahmed Hashimi]] (10 jr, zoon van cliënte)

Medicatie:
* Methylfenidaat MGA 18 mg 1dd1 (schooldagen)
* Melatonine 3 mg a.n.
* Salbutamol inhalator z.n. + voorzetkamer
Hulpmiddelen: hoortoestel links ({{o:Schoonenberg}}), bril.
Volgende controle: kinderarts {{o:HMC Westeinde}} [[d:18 maart]], 09.40 uur.
=====
Medicatie-overzicht [[p:Koster]], [[p:H.]] – 11/2024 (niet volledig)
Naam geneesmiddel | Sterkte | Gebruik | Voorschrijver
Venlafaxine MGA   | 150 mg  | 1x daags| dr. [[p:Wolff]]
Mirtazapine       | 30 mg   | a.n.    | dr. [[p:Wolff]]
Lisinopril        | 20 mg   | 1x daags| HA
Tramadol          | 50 mg   | 3dd1-2  | HA (!!)
Bij vragen: {{r:apotheker}} [[p:Roel Bron]], [[t:070 - 2056 391]] (direct)
=====
MEDICATIEROL – wijziging per [[d:ma 17/3]]
pt. [[p:Jhinkoe]], [[p:S.]]  |  afdeling: thuis  |  kamer: n.v.t.
ochtend: metformine 1000 / amlodipine 10 / ASA 80
middag: –
avond: metformine 1000 / simva 40 / quetiapine 25
NB quetiapine nieuw per [[d:17-03]] (voorschrijver {{r:specialist ouderengeneeskunde}} [[p:T. Schipper]])
=====
Overzicht depotmedicatie (vanuit {{o:FACT Laak}} aan SWT, met toestemming):

cliënt | middel | dosis | interval | volgende
[[p:Bouzid]], [[p:M.]] | paliperidon (Xeplion) | 150 mg | 4 wkn | [[d:12-08]]
[[p:Isenia]], [[p:R.]] | aripiprazol (Abilify Maintena) | 400 mg | 4 wkn | [[d:15-08]]
[[p:Koç]], [[p:E.]] | zuclopentixol decanoaat | 200 mg | 2 wkn | [[d:09-08]]

Toediening op de poli, [[a:Hoefkade 1205]] (kamer 0.14) of thuis door {{r:SPV}}.
""")

# ---------------------------------------------------------------------------
# 6. Pharmacy messages (to SWT, to clients, SMS notifications, signals)
# ---------------------------------------------------------------------------
add(r"""
Bericht van {{o:Apotheek Escamp}} aan SWT {{w:Escamp}}

Goedemiddag,

Wij maken ons zorgen over mevrouw [[p:Wijnands]] (geb. [[d:22-06-1944]], [[a:Betje Wolffplein 8]]). Zij heeft haar baxterrol van week 38 en 39 niet opgehaald en reageert niet op telefoon. Zij gebruikt o.a. warfarine (acenocoumarol) en digoxine, dus onderbreking is riskant. De trombosedienst ({{o:Star-shl}}) heeft haar ook niet kunnen bereiken.

Kan iemand van jullie vandaag langsgaan? Bel ons gerust: [[p:Inge]], {{r:apothekersassistente}}, direct [[t:070 - 308 44 17]].

Met vriendelijke groet,
{{o:Apotheek Escamp}}
=====
SMS – {{o:Apotheek Duinoord}}: Beste mw. [[p:Groen]], uw herhaalrecept ligt klaar. Ophalen vóór [[d:za 9-11]]. Vragen? Bel 070-3638100 (ma-vr 8-18u).
=====
[Zorgmail] Van: {{o:Apotheek Moerwijk}} | Aan: {{r:huisarts}} [[p:P.R. Ouwehand]] | cc SWT

Betreft: [[p:Sabajo]], [[p:L.]] – [[d:08-11-1969]]
Signaal: dubbele medicatie. Patiënt heeft op [[d:12-09]] oxazepam 10 mg (90 st.) gekregen van de HAP en op [[d:16-09]] diazepam 5 mg (60 st.) van {{o:Parnassia}}. Daarnaast zolpidem via u. Patiënt vertelt aan de balie dat hij "niet kan slapen door de schuldeisers".
Graag afstemming. [[p:M. van Rijn]], {{r:apotheker}}
=====
Hallo mevrouw [[p:Hassan]], dit is de apotheek. Uw medicijnen voor [[p:Yasmin]] (Ritalin 10 mg) zijn binnen. U kunt ze vandaag tot 17.30 uur ophalen bij {{o:Apotheek De Vaillant}}, [[a:Vaillantlaan 142]]. Neem uw ID mee. Groet, [[p:Nadia]]
=====
Notitie SWT [[d:wo 21/8]]: apotheek belde (assistente [[p:Dilara]]). Dhr. [[p:Verbeek]] komt elke 3-4 dagen om extra oxycodon vragen, zegt dat hij ze "kwijtraakt". Ze hebben het aan de {{r:huisarts}} gemeld. Vraag aan ons: weten wij van iemand in huis die ze misschien afpakt? (kleinzoon [[p:Dylan]]?). Bespreken in MDO.
=====
Beste [[p:Sanne]],

Ter info: vanaf [[d:1 januari]] gaat {{o:Apotheek Transvaal}} over naar de nieuwe locatie aan de Vaillantlaan (naast de moskee). Het algemene nummer blijft 070 - 380 12 30, het oude faxnummer vervalt. Voor cliënten met bezorging verandert er niets. De baxterrollen van jullie cliënten ([[p:Mahabier]], [[p:El Amrani]], [[p:Kowalski]]) blijven op dinsdag bezorgd.

Groet, [[p:Hennie de Jong]], {{r:apotheker}}
=====
Melding vanuit de apotheek (via beveiligd e-mail, [[d:05-03-2024]])

Mw. [[p:Warsame]] ([[p:Fadumo]], [[d:01-01-1975]]) kwam met haar dochter [[p:Sagal]] naar de balie. Dochter vertaalde. Mw. heeft nog 2 weken metformine maar kan de nieuwe verzekering niet betalen: polis opgezegd per [[d:1 februari]]. Ze heeft al € 180 openstaand bij ons. Wij verwijzen naar het SWT {{w:Schilderswijk}} voor de premieachterstand en bijzondere bijstand.
BSN (door mw. zelf opgegeven): [[b:517893617]]
Tel. dochter: [[t:06 43 77 19 05]]
=====
Verzoek tot toestemming (apotheek → SWT)

Apotheek: {{o:BENU Apotheek Leyweg}}
Contact: [[p:Jorien]], {{r:apothekersassistente}}
Cliënt: [[p:Zhou]], [[p:Xiaoming]]
Geb.: [[d:02-02-1961]]
Betreft: cliënt haalt methadon (40 mg/dag, dagelijks ophalen onder toezicht) al 3 dagen niet op. Laatste uitgifte: [[d:ma 14-10]]. Verstrekking in overleg met {{o:Brijder}} (casemanager [[p:Gert Kwak]], [[t:06-15 44 02 73]]).
Vraag: weet het SWT waar cliënt verblijft? Laatst bekend adres: [[a:Wateringseweg 73-B]].
=====
Van: {{o:Apotheek Ypenburg}}
Onderwerp: medicatiebeoordeling dhr. [[p:Groenendijk]]

Bij de medicatiebeoordeling op [[d:12 november]] (aanwezig: {{r:huisarts}}, {{r:apotheker}}, {{r:wijkverpleegkundige}} [[p:Kirsten]]) is besloten:
- omeprazol 40 mg → 20 mg
- stoppen met temazepam (valrisico, 2 valincidenten in 2024)
- amitriptyline 25 mg afbouwen volgens schema (2 wkn 10 mg, daarna stop)
De familie (dochter [[p:Esmée Groenendijk]]) is ingelicht. Graag aandacht van SWT voor dagstructuur en slaaphygiëne.
=====
Beste collega's,

Vanuit {{o:Apotheek Scheveningen}} vragen wij aandacht voor dhr. [[p:Pieter Vis]], [[a:Zeesluisweg 31-III]]. Hij haalt medicatie voor 3 maanden op, maar volgens zijn buurvrouw (mw. [[p:Hoek]]) verkoopt hij een deel door. Het gaat om pregabaline 150 mg en oxazepam. Wij hebben de {{r:huisarts}} geïnformeerd. Geen BSN bekend bij ons (buitenlandse verzekering).
[[p:F. Mulder]]
=====
Whatsapp van apotheek (doorgestuurd door cliënte [[p:Rabia]]):
"Goedemorgen [[p:Rabia]], de pillen van je moeder (Atorvastatine 40 + Losartan 50) liggen klaar. Je moet wel nog €12,95 eigen bijdrage betalen voor de losartan. Groetjes {{o:apotheek Laakkwartier}}"
[[p:Rabia]] erbij: "Kan SWT dit betalen? mama heeft geen geld tot de [[d:24e]]"
=====
Herinnering griepvaccinatie – {{o:Apotheek Benoordenhout}} / huisartsen {{w:Benoordenhout}}
Beste heer [[p:Van Oosterhout]],
U bent uitgenodigd voor de griepprik op [[d:zaterdag 19 oktober]] tussen 09.00 en 12.00 uur in wijkcentrum {{o:De Kempen}} (zaal 2). Neem deze brief en uw ID mee. Kunt u niet zelf komen? Uw {{r:wijkverpleegkundige}} kan de prik thuis geven.
Uw patiëntnummer: [[z:BH-1188302]]
""")

# ---------------------------------------------------------------------------
# 7. Lab results, out-of-hours reports, specialist letters, nursing notes
# ---------------------------------------------------------------------------
add(r"""
Laboratoriumuitslag – {{o:Labwest}} (kopie op verzoek cliënt aan SWT)
Aanvrager: [[p:R. Groen]], {{r:huisarts}}
Patiënt: [[p:Lamrabet]], [[p:Y.]], [[d:03-03-1971]]
Afname: [[d:19-02-2024]] 08:14

Hb            8,9   mmol/l   (8,5-11,0)
MCV           84    fl
Glucose nucht 9,8   mmol/l   (4,0-6,0)  H
HbA1c         71    mmol/mol (< 53)     H
Kreatinine    88    µmol/l
eGFR          > 90
TSH           2,1   mU/l
Vit. B12      142   pmol/l   (> 150)    L
=====
Bericht {{o:Huisartsenpost Den Haag}} – waarneming

Datum: [[d:zo 04-08-2024]] 14:05 (consult op post, [[a:Lijnbaan 32]])
Patiënt: [[p:Karijodikoro]], [[p:Sutini]] – [[d:17-12-1959]]
Triage: U3
Anamnese: sinds 2 dagen koorts en hoesten, woont alleen, slecht ter been. Zoon ([[p:Dennis]]) bracht haar.
Lich. onderzoek: T 38,6, sat 93%, crepitaties rechts basaal. CRP 118.
Conclusie: pneumonie re. onderkwab.
Beleid: amoxicilline 750 mg 3dd1 7 dagen; bij verslechtering 112. Zoon blijft 2 nachten. Graag maandag contact eigen huisarts en – met toestemming – SWT {{w:Morgenstond}} i.v.m. zorg thuis.
Arts: [[p:N. Wardak]], {{r:waarnemend huisarts}}
=====
Poliklinische brief – {{o:HMC Westeinde}}, polikliniek Neurologie

Den Haag, [[d:2 februari 2024]]
Kenmerk: [[z:NEU/HvdK/4471902]]

Betreft: dhr. [[p:T.A. Latumahina]], geb. [[d:16-11-1960]]

Amice,

Uw patiënt werd op [[d:31 januari]] gezien voor geheugenklachten. De MMSE was 19/30, MoCA 15/30. MRI toonde gegeneraliseerde atrofie met uitgesproken hippocampusatrofie (MTA 3). Conclusie: waarschijnlijk dementie bij de ziekte van Alzheimer, matig stadium.

Dhr. mag niet meer autorijden; dit is met hem en zijn echtgenote besproken. Wij adviseren verwijzing naar het {{o:Alzheimer Café}} en inschakeling van een {{r:casemanager dementie}} via het SWT.

Met vriendelijke groet,
[[p:H. van der Kroft]], {{r:neuroloog}}
=====
Bloeddruk- en gewichtslijst (door wijkverpleging bijgehouden)

dhr. [[p:Kuijpers]] | [[a:Meer en Boslaan 84]] | {{w:Kijkduin}}

datum   | RR      | pols | gewicht
[[d:01-07]]   | 152/88  | 76   | 71,2
[[d:08-07]]   | 148/90  | 81   | 70,6
[[d:15-07]]   | 161/95  | 88   | 69,9
[[d:22-07]]   | 139/84  | 72   | 69,0

Opmerking: gewicht daalt 2,2 kg in 3 weken, eet slecht sinds vrouw in {{o:WZH Het Uiterjoon}} is opgenomen. Door: [[p:Nicole]] ({{r:wijkverpleegkundige}}).
=====
Rapportage wijkverpleging {{o:Haagse Wijk- en Woonzorg}}, [[d:wo 13 maart]], 08:30
Bezoek bij mw. [[p:Van Dam]] ([[a:Mient 418]]). Mw. lag nog in bed, had zich sinds gisteren niet verschoond. Wondje aan li onderbeen (3 x 2 cm) verbonden. Medicatie: zakje van dinsdagavond nog in de rol. Dochter ([[p:Karin]]) gebeld, komt vanmiddag. Signaal gegeven aan SWT: mw. kan niet langer zonder extra toezicht, {{o:CIZ}}-aanvraag Wlz opstarten?
Paraaf: [[p:MvL]]
=====
Indicatiebesluit {{o:CIZ}} (samenvatting – kopie aan SWT)

Aanvrager: [[p:Jan-Willem Hoogland]] (zoon/wettelijk vertegenwoordiger)
Cliënt: [[p:Gerrit Hoogland]], geb. [[d:27-05-1934]]
Besluitnummer: [[z:CIZ-2024-8840521]]
Zorgprofiel: VV Beschermd wonen met intensieve verzorging en verpleging (VV-05)
Ingangsdatum: [[d:15-08-2024]]
Geldig: onbepaalde tijd
Grondslag: somatische aandoening/beperking; psychogeriatrische aandoening
=====
Verslag huisbezoek {{r:specialist ouderengeneeskunde}} (op verzoek SWT en huisarts)

[[d:vrijdag 7 februari 2025]], bij mw. [[p:Cornelia Blok]] (91), [[a:Badhuisweg 193]], [[pc:2587 CG]].
Aanwezig: mw., haar buurvrouw [[p:Truus]], [[p:L. Elbers]] (SWT).
Bevindingen: ondervoed (gewicht 44 kg, BMI 17,6), licht dehydratie, orientatie in tijd gestoord. MMSE 18/30. Geen aanwijzingen voor delier. Woning koud (15 °C), verwarming kapot.
Advies: Wlz-indicatie, tijdelijk logeeropvang in {{o:WZH Waldhof}} (afdeling 2B); voedingsadvies diëtist; reparatie verwarming via {{o:Haag Wonen}}.
dr. [[p:T. Schipper]]
=====
Bericht ambulancedienst ({{o:RAV Haaglanden}}) – overdracht aan SEH, kopie via GGD aan SWT

Rit [[d:11-06-2024]] 19:42, [[a:Dedemsvaartweg 512]]
Pt: vrouw, ca. 70 jr, naam volgens buren mevr. [[p:Tan]] ([[p:Lian Tan]])
Gevonden door buurman na 2 dagen op de vloer. GCS 14. Glucose 3,1. Dehydratie.
Woning: ernstig vervuild, veel katten (> 10).
Verwezen naar {{o:HagaZiekenhuis}} SEH. Melding woning aan {{o:GGD Haaglanden}} Vangnet.
=====
Uitslag ECG en bloeddruk – {{o:Trombosedienst}} / Star-shl

Patiënt: [[p:de Vos]], [[p:Hendrik]] | [[d:12-10-1941]]
INR-controle [[d:06-01-2025]]: 4,8 (streef 2,0-3,5)
Dosering acenocoumarol aangepast: di/vr 1 mg, overige dagen 1,5 mg.
Volgende controle: [[d:13-01-2025]] (thuisprikken, route {{w:Scheveningen}})
Opmerking priklaborant: pt. lijkt doseerkalender niet te begrijpen, veel bruine plekken op armen. Dochter [[p:Greet]] op de hoogte? Signaal naar {{r:huisarts}}.
=====
[Siilo – groep "Casus [[p:Öztürk]]"]
[[p:Fleur]] (wijkverpleging): Mw. is weer gevallen vannacht, geen breuk maar hematoom aan het hoofd. Zij gebruikt apixaban. Moet de HA niet kijken?
dr. [[p:Karimi]]: Ik kom om 12.30 langs.
[[p:Yusuf]] (SWT): Ik heb de ergotherapeut gevraagd voor een valanalyse, komt [[d:donderdag 20 maart]].
[[p:Fleur]] (wijkverpleging): 👍 zoon [[p:Kerem]] gebeld, hij zorgt dat de traplift-offerte naar jullie gaat.
=====
Specialistische brief (samenvatting door SWT-collega overgenomen in dossier)

[[d:22-05-2024]] brief {{r:longarts}} dr. [[p:Sint Jago]] ({{o:HMC Antoniushove}}) over dhr. [[p:Dijkman]]: longkanker, stadium IV, palliatief beleid. Levensverwachting maanden. Dhr. wil thuis sterven; echtgenote ([[p:Riet]]) wil dit ook. Actie SWT: contact {{o:Stichting Hospicezorg Den Haag}} en vrijwillige terminale zorg (VPTZ); aanvraag hulpmiddelen (hoog-laagbed) via Wmo.
=====
Uitnodiging MDO – {{o:Gezondheidscentrum Mariahoeve}}

Beste deelnemers,

Hierbij de uitnodiging voor het MDO ouderenzorg op [[d:dinsdag 8 april]], 12.30-14.00 uur, vergaderzaal 1e etage.

Te bespreken:
1. Mw. [[p:Kervezee]] ([[d:23-04-1939]]) – valrisico, eenzaamheid
2. Dhr. [[p:Boukhari]] ([[d:11-12-1944]]) – mantelzorger overbelast (echtgenote met dementie)
3. Dhr. en mw. [[p:Nguyen]] – taalbarrière, medicatiegebruik

Aanwezig: [[p:Nicole Verhoef]] ({{r:POH-ouderen}}), [[p:A. van den Bosch]] ({{r:huisarts}}), [[p:Sophie]] ({{r:casemanager dementie}}), SWT {{w:Mariahoeve}}.
=====
Verslag telefonisch overleg met {{r:GGD-arts}} ([[d:do 14-11-2024]])

Met dr. [[p:Kraaijenhagen]] ({{o:GGD Haaglanden}}, team Bijzondere Zorg) gesproken over dhr. [[p:Okafor]], [[a:Herman Costerstraat 46]]. Er is een melding van de {{o:HTM}} gekomen, dhr. was in de tram verward en agressief. Dhr. is 46, geen huisarts ingeschreven. GGD gaat samen met SWT op [[d:maandag 18 november]] langs. Ik heb aangegeven dat hij tot 2023 bij dr. [[p:Eze]] in Rijswijk ingeschreven was.
=====
Kopie brief {{o:Diabetespoli}} HagaZiekenhuis
"... Bij uw patiënte mevrouw [[p:Aydın]] (geboren [[d:6 juni 1968]]) zagen wij een sterk wisselende glucose (2,9 tot 22,4 mmol/l) bij gebruik van FreeStyle Libre. Zij vertelt dat ze tijdens de ramadan doorspuit. Wij hebben het insulineschema aangepast: ochtend 14 E, avond 10 E. Volgende controle over 3 maanden. ..."
Aantekening SWT ([[p:Bas]]): mw. wil graag voorlichting in het Turks, navragen bij {{o:Stichting Mooi}}.
""")

# ---------------------------------------------------------------------------
# 8. SWT notes and e-mails about medical paperwork (forwards, quoted replies,
#    insurance, costs, consent)
# ---------------------------------------------------------------------------
add(r"""
Dossiernotitie SWT {{w:Transvaal}} – [[z:SWT-TRV-2024-0192]]
[[d:15-04-2024]] – ontslagbrief HagaZiekenhuis ontvangen over dhr. [[p:Arslan]] (via cliënt zelf). Belangrijk: prednisolon-kuur loopt tot [[d:14-03]] (al voorbij), nu alleen inhalatoren. Dhr. zegt dat hij de inhalatoren niet goed kan gebruiken. Actie: vragen aan {{r:POH}} [[p:Lisa]] voor inhalatie-instructie. Huurachterstand: 4 mnd, {{o:Haag Wonen}} contactpersoon [[p:Gerard Koning]], [[t:06-31 72 40 88]].
=====
Van: [[p:Naima Ouali]] <[[e:n.ouali@swtdenhaag.nl]]>
Aan: [[p:Marieke Dekker]] <[[e:m.dekker@gcsegbroek.nl]]>
Datum: [[d:do 14 maart 2024]], 16:02
Onderwerp: dhr. [[p:Kowalczyk]] – zorgverzekering geregeld

Beste [[p:Marieke]],

Goed nieuws: dhr. [[p:Kowalczyk]] is per [[d:1 april]] verzekerd bij {{o:CZ}} (polisnummer [[z:CZ 4471 1820 3]]). Hij heeft ook een kamer gevonden via {{o:Barka}}, voorlopig adres [[a:Parallelweg 10-4]]. De fysio kan dus worden opgestart.

Met vriendelijke groet,
[[p:Naima Ouali]]
{{r:maatschappelijk werker}} SWT {{w:Segbroek}}
=====
Aanvraag bijzondere bijstand medische kosten – bijlage bij intake
Aanvrager: [[p:Ramsaran]], [[p:Sunita]]
BSN: [[b:871268668]]
IBAN: [[i:NL29INGB3841613300]]
Kosten: eigen risico 2024 (€ 385), tandartsrekening € 612,40 (factuur [[z:TA-88213]], [[d:03-06-2024]]), bril € 189.
Medische onderbouwing: verklaring huisarts dr. [[p:Sewdien]] d.d. [[d:10-06-2024]] (diabetes, retinopathie).
=====
Notitie [[d:28-08]]: POH-brief over [[p:Shanice]] ontvangen. EPDS nu 11 (was 15). Baby ([[p:Nyla]]) groeit goed volgens CJG. Urgentieaanvraag ingediend, kenmerk [[z:URG-24-3318]]. Volgende afspraak [[d:11-09]] 10u bij moeder thuis, [[a:Van Ravesteynstraat 40]].
=====
Re: Re: toestemming medische info

> Van: [[p:J. Kromosoeto]]
> Ik kan u zonder schriftelijke toestemming van mevrouw [[p:Özdemir]] geen medische gegevens verstrekken. Wilt u het formulier laten ondertekenen?

Beste dokter [[p:Kromosoeto]],

Bijgaand het ondertekende toestemmingsformulier (getekend [[d:17-05-2024]]) van mw. [[p:Gülsen Özdemir]]. Zij geeft toestemming om informatie te delen over haar eigen gezondheid en over haar rol als mantelzorger van haar zoon. Over de zoon zelf hebben wij geen toestemming.

Groet,
[[p:Sevda Yıldırım]], {{r:casusregisseur}} SWT {{w:Laak}}
=====
Checklist bij aanmelding via huisarts (ingevuld door [[p:Hatice]], SWT {{w:Moerwijk}}):
[x] toestemmingsverklaring getekend ([[d:04-06-2024]])
[x] verwijsbrief ontvangen (ZorgDomein, ref. [[z:ZD-1190-4471-02]])
[ ] medicatieoverzicht – opgevraagd bij {{o:Apotheek Moerwijk}}
[x] BSN gecontroleerd: [[b:724524101]]
[ ] contact {{r:POH-GGZ}}
Cliënt: [[p:M. Sultani]], [[a:Zonnebloemstraat 208]]
=====
Aantekening casusregisseur [[d:21/11]]

mw [[p:jagessar]] (zie brief Parnassia [[d:19/11]]) is weer thuis, gebruikt nu lithium. Broer ([[p:Anand]]) wil niet meer contactpersoon zijn, "te zwaar". Vervangend contactpersoon: nicht [[p:Priya Jagessar]], [[t:06-14 02 88 61]], [[e:priya.j@hotmail.com]].
Afspraak: ik bel de {{r:SPV}} maandag voor afstemming over crisiskaart.
=====
Verzoek vergoeding taxikosten ziekenhuisbezoek (Wmo/bijz. bijstand)

Cliënt: dhr. [[p:J. Noorlander]]
Ritten naar {{o:HMC Bronovo}} voor dialyse, 3x per week, vanaf [[d:1 oktober 2024]].
Afstand: [[a:Van Alkemadelaan 350-B]] → Bronovo: 2,1 km (enkele reis).
Uitbetalen op: [[i:NL95RABO7132044207]] t.n.v. [[p:J. Noorlander]].
Verklaring: {{r:nefroloog}} dr. [[p:Wanders]], [[d:25-09-2024]].
=====
Intern mailtje SWT

[[p:Hatice]] – ik heb de ontslagbrief van [[p:Hristova]] in het dossier gezet ([[z:SWT-LSD-0871]]). Haar verzekering is toch niet stopgezet, ze staat nog bij {{o:DSW}} (verzekerdennummer [[z:DSW-204-118-337]]). Wel premieachterstand van 5 mnd → {{o:CAK}} wanbetalersregeling. Kun jij het met haar oppakken? Ik ben er [[d:woensdag 3 juli]] niet. Gr [[p:Tim]]
=====
Verslag gesprek met mevrouw [[p:Mensah]] ([[d:02-07-2024]])

Mw. is 3 weken na haar operatie. Pijn onder controle (paracetamol 4dd1000 mg). Ze mag nog niet tillen; de kinderen ([[p:Kofi]] 4, [[p:Ama]] 8) gaan naar school via buurvrouw [[p:Joke Schouten]]. Huishoudelijke hulp is tijdelijk toegekend (Wmo-beschikking [[z:WMO-2024-55913]], 3 uur p/w t/m [[d:31-07-2024]]).
Mw. maakt zich zorgen over haar werk (schoonmaakbedrijf, oproepcontract). Volgende keer samen kijken naar ziektewet bij {{o:UWV}}.
=====
Hoi [[p:Ricardo]],
kun je de brief van de longarts over [[p:Pattiasina]] niet meer in de groepsapp zetten? Medische info alleen via het dossier ([[z:SWT-ESC-00781]]) of beveiligde mail. Thx, [[p:Marloes]] (privacy-aandachtsfunctionaris)
=====
Machtiging tot opvragen medische gegevens

Ondergetekende, [[p:Abdullahi Mohamed Hassan]], geboren [[d:12-05-1997]], wonende te [[a:Stuyvesantstraat 81]] ([[pc:2562 TL]]), geeft hierbij toestemming aan het {{o:sociaal wijkzorgteam Transvaal}} om bij {{r:huisarts}} [[p:M.L. Jhinkoe-Rai]] en bij {{o:i-psy}} informatie op te vragen over zijn behandeling.
Geldig tot: [[d:31-12-2024]]
Handtekening: ____________   Datum: [[d:16-10-2023]]
=====
Terugkoppeling aan verwijzer (SWT → huisarts)

Geachte dokter [[p:Van Oosterhout]],

Naar aanleiding van uw verwijzing van [[d:3 april]] over mevrouw [[p:Hoek-Verbeek]] het volgende. Wij hebben mevrouw op [[d:17 april]] thuis bezocht. Er is huishoudelijke hulp aangevraagd (2,5 uur per week) en zij gaat vanaf mei op woensdag naar de ontmoetingsgroep van {{o:Stichting Voor Welzijn}} in {{w:Loosduinen}}. De {{r:casemanager dementie}}, mevrouw [[p:Y. Schuurman]], start op [[d:8 mei]].

Met vriendelijke groet,
[[p:Kees de Ruiter]], {{r:casusregisseur}}
=====
Beste [[p:Anouk]],

Dank voor je overdracht van [[p:Ilse]]. Ik heb haar [[d:woensdag 10/4]] gesproken. Schulden zijn inderdaad € 9.000+; aanmelding bij {{o:Schuldhulpverlening Den Haag}} gedaan (kenmerk [[z:SHV-2024-7712]]). Ze was blij met de wachttijdoverbrugging; ik zie haar elke 2 weken.
Ze noemde ook dat ze haar medicatie (sertraline?) niet meer kan betalen, klopt dat? Kun je dat checken bij jullie apotheek?

Groet [[p:Bram]]
=====
Aantekening n.a.v. pharmacy-signaal: dhr [[p:verbeek]] kleinzoon [[p:dylan]] (19) woont bij hem in sinds maart. Opa zegt dat [[p:dylan]] "wel eens iets meeneemt". Besproken met {{r:wijkagent}} [[p:Ruiz]]. Opa wil geen aangifte. Afgesproken met apotheek: oxycodon per week in baxter, niet meer los.
""")

# ---------------------------------------------------------------------------
# 9. Texts without personal data (protocols, general notices, look-alikes only)
# ---------------------------------------------------------------------------
add(r"""
Werkafspraak verwijzingen huisarts → SWT {{w:Escamp}} (versie 3, 2024)

1. De {{r:huisarts}} of {{r:POH-GGZ}} vraagt eerst toestemming aan de patiënt.
2. Verwijzing loopt via ZorgDomein (specialisme 'Sociaal domein') of Zorgmail.
3. Medische gegevens alleen meesturen als ze nodig zijn voor de hulpvraag.
4. Het SWT neemt binnen 5 werkdagen contact op met de patiënt en koppelt binnen 4 weken terug.
Vragen? Bel het algemene nummer van het SWT: 14 070.
=====
Doseringsafkortingen (handig bij het lezen van medicatielijsten):
1dd1 = 1x per dag 1 stuk; 2dd2 = 2x per dag 2 stuks; 3-4dd1-2 = 3 tot 4x per dag 1 à 2 stuks;
a.n. = voor de nacht; z.n. = zo nodig; msr = maagsapresistent; MGA = met gereguleerde afgifte;
1-0-1 = ochtend 1, middag 0, avond 1; gtt = druppels; E = eenheden (insuline).
Voorbeeld: metformine 500 mg 2dd1 = twee keer per dag één tablet van 500 mg.
=====
Bezoektijden {{o:HMC Westeinde}}
Verpleegafdelingen: dagelijks 15.00-20.00 uur.
IC en CCU: in overleg.
Afdeling 5 Noord (psychiatrie, PAAZ): 16.00-17.30 en 19.00-20.00 uur.
Parkeren: garage Lijnbaan, € 3,20 per uur. Algemeen nummer: 088 - 979 79 00.
=====
Referentiewaarden (volwassenen) bij veelvoorkomende labuitslagen:
Hb man 8,5-11,0 mmol/l, vrouw 7,5-10,0 mmol/l; glucose nuchter 4,0-6,0 mmol/l; HbA1c < 53 mmol/mol; eGFR > 60 ml/min/1,73 m²; TSH 0,4-4,0 mU/l; natrium 135-145 mmol/l; lithium (therapeutisch) 0,6-1,0 mmol/l.
Let op: een waarde buiten de norm is niet altijd ziekte. Vraag het na bij de {{r:huisarts}}.
=====
Teamoverleg SWT {{w:Laak}}, thema medicatie en bemoeizorg

Veel cliënten die wij zien hebben een medicatielijst van 8 of meer middelen. Afspraak: bij twijfel over medicatiegebruik altijd eerst de {{r:apotheker}} bellen (algemeen nummer apotheek), niet zelf adviseren. Bij gemiste depots (Xeplion, Abilify Maintena) altijd het {{o:FACT-team}} informeren, binnen 24 uur.
Volgende scholing door {{o:Parnassia}}: week 41, zaal 3.08, 13.30-16.00 uur.
=====
DSM-5 en ICD-10: veelgebruikte codes in brieven
F32.1 / 296.22 – depressieve stoornis, eenmalig, matig
F33.1 / 296.32 – depressieve stoornis, recidiverend, matig
F43.10 / 309.81 – posttraumatische stressstoornis
F20.9 / 295.90 – schizofrenie
F10.20 / 303.90 – alcoholgebruiksstoornis, ernstig
F90.0 / 314.01 – ADHD, overwegend onoplettend
ICPC: P76 depressie, P74 angststoornis, P15 chronisch alcoholmisbruik, T90 diabetes mellitus type 2.
=====
Informatie {{o:Huisartsenpost Den Haag}}
Buiten kantooruren (werkdagen 17.00-08.00 uur, weekend en feestdagen) kunt u bellen met de huisartsenpost: 0900 - 0909 88. Bij levensgevaar: 112.
Adres huisartsenpost: in het ziekenhuisgebouw, ingang B, begane grond. Alleen op afspraak.
=====
Postadres {{o:Parnassia Groep}}: Postbus 53002, 2505 AA Den Haag. Centraal aanmeldpunt: 088 - 357 30 00 (ma-vr 9-17 uur). Crisis buiten kantoortijd: via de {{r:huisarts}} of de huisartsenpost.
=====
Notitie scholing 'Lezen van een ontslagbrief' voor {{r:wijkteammedewerkers}}:
- Kijk altijd naar opname- en ontslagdatum en naar de ontslagmedicatie (STOP / NIEUW / GEWIJZIGD).
- Let op afkortingen: SEH = spoedeisende hulp, PAAZ = psychiatrische afdeling algemeen ziekenhuis, IBS = inbewaringstelling, RM = rechterlijke machtiging (nu: zorgmachtiging).
- Labwaarden: CRP > 100 wijst vaak op een infectie; Hb < 6 is fors laag.
- De kamer- en bednummers (bijv. C3-Zuid, kamer 14, bed 2) zijn niet belangrijk voor ons werk.
=====
Tarieven eigen bijdrage 2024 (informatie voor cliënten)
Eigen risico zorgverzekering: € 385 per jaar.
Wmo eigen bijdrage: maximaal € 21,60 per maand.
Wlz eigen bijdrage: inkomensafhankelijk, via het {{o:CAK}}.
Medicijnen met eigen bijdrage (GVS): maximaal € 250 per jaar.
=====
Afspraken MDO ouderen {{w:Mariahoeve}}: elke 2e dinsdag van de maand, 12.30 uur. Vaste deelnemers: {{r:huisarts}}, {{r:POH-ouderen}}, {{r:wijkverpleegkundige}}, {{r:casemanager dementie}}, {{r:ouderenconsulent}} SWT. Casussen uiterlijk vrijdag ervoor aanmelden (zonder namen in de agenda, alleen initialen in de beveiligde omgeving).
=====
Uit de richtlijn: bij een lithiumspiegel > 1,2 mmol/l, braken, diarree of trillen: direct contact met de behandelaar. Lithium altijd 's avonds innemen, spiegel 12 uur na de laatste dosis. Zoutloos dieet vermijden. Bij koorts of uitdroging kan de spiegel stijgen.
=====
Vraag in het team: hoe gaan jullie om met cliënten die hun medicijnen niet ophalen omdat ze de eigen bijdrage niet kunnen betalen? In {{w:Moerwijk}} zien we dit steeds vaker, vooral bij insuline en inhalatoren (bedragen van € 5 tot € 40 per maand). Ideeën: afspraak met de apotheek over uitstel van betaling, bijzondere bijstand, collectieve zorgverzekering van de gemeente.
=====
Apotheek-etiket (voorbeeld):
Paroxetine 20 mg – 30 tabletten
1x per dag 1 tablet 's ochtends
ZI 14523456 – RVG 15732 – ch.b. 2304517 – exp 03-2026
Niet gebruiken met alcohol. Kan de rijvaardigheid beïnvloeden.
=====
Kwartaalcijfers verwijzingen naar de SWT's (Q3): 412 verwijzingen via huisartsen, waarvan 38% via de {{r:POH-GGZ}}; 17% van de verwijzingen betrof cliënten die ook bij de specialistische GGZ bekend zijn. Gemiddelde doorlooptijd 19 dagen. Meeste verwijzingen uit {{w:Schilderswijk}}, {{w:Transvaal}} en {{w:Moerwijk}}.
=====
Routebeschrijving polikliniek Psychiatrie: neem lift B naar de 4e verdieping, volg route 62. Meld u bij balie 4.3. Wachtkamer naast kamer 4.17. Let op: afspraken op maandag en donderdag vinden plaats op locatie Antoniushove, route 20.
=====
De ziekte van Korsakov ontstaat door een tekort aan vitamine B1 (thiamine), vaak bij langdurig alcoholgebruik. Kenmerken: geheugenverlies, verwardheid, verzinsels (confabulaties). Bij vermoeden: huisarts inschakelen; vaak eerst het syndroom van Wernicke (acuut). In Den Haag is er gespecialiseerde zorg via {{o:Parnassia}} en {{o:Florence}}.
=====
Handreiking: welke gegevens uit een medische brief horen in het SWT-dossier?
Wel: de hulpvraag, afspraken, contactpersonen (met toestemming), relevante beperkingen.
Niet: volledige diagnoses met codes (F- of DSM-codes), labwaarden, medicatie met dosering, tenzij nodig voor het plan.
Bewaartermijn volgens het privacyreglement: 15 jaar na afsluiting (Wgbo 20 jaar).
=====
Rooster depotspreekuur {{o:FACT Centrum}}: maandag 09.00-12.00 (kamer 1.04), woensdag 13.30-16.30 (kamer 1.06). Bij uitval: bellen naar het secretariaat (algemeen), niet naar de mobiele nummers van de SPV's.
=====
Eigen risico en GGZ: vanaf 18 jaar valt behandeling in de basis-GGZ en specialistische GGZ onder het eigen risico. De {{r:POH-GGZ}} bij de huisarts valt er níet onder. Voor cliënten met schulden is de POH-GGZ dus vaak de eerste stap.
""")

# ---------------------------------------------------------------------------
# 10. Mixed: appointment letters, insurer letters, midwives, dentists, client
#     messages, tricky look-alikes (eponyms, word surnames, Dr.-streets)
# ---------------------------------------------------------------------------
add(r"""
Afspraakbevestiging {{o:HMC Westeinde}} – polikliniek Interne Geneeskunde

Geachte heer [[p:Winter]],

U heeft een afspraak op [[d:maandag 13 januari 2025]] om 10.40 uur bij dr. [[p:S. Lie-A-Kwie]], {{r:internist}}. Meldt u zich 10 minuten vooraf bij balie 2.1 (route 17). Vóór de afspraak graag bloedprikken op de trombosedienst, nuchter.
Uw patiëntnummer: [[z:2207146]]
Let op: deze winter gelden aangepaste openingstijden van de parkeergarage.
=====
Zorgverzekeraar {{o:Menzis}} – machtiging

Aan: mw. [[p:L. Groen]]
Relatienummer: [[z:150 339 872]]
Datum: [[d:28 mei 2024]]

Uw aanvraag voor een rolstoel (categorie elektrisch) is goedgekeurd op basis van de verklaring van uw {{r:revalidatiearts}}, dr. [[p:O. Fernandes]]. De leverancier ({{o:Medipoint}}) neemt binnen 10 werkdagen contact met u op via het nummer dat bij ons bekend is ([[t:06-27 11 94 30]]).
Dit is geen Wmo-voorziening; neem voor woningaanpassingen contact op met het Wmo-loket (14 070).
=====
Verloskundigenpraktijk {{o:De BakerMat}} – overdracht aan SWT {{w:Schilderswijk}} en {{o:CJG}}

Cliënte: [[p:Amina Osman]], 19 jaar, G1P0
Uitgerekende datum: [[d:29-09-2024]]
Adres: [[a:Jacob Marisstraat 77]], [[pc:2526 AC]]
Zorgen: geen zorgverzekering geregeld, leeft van wat familie geeft, weinig eten in huis. Partner ([[p:Abdi]]) is niet in beeld. Mw. is 24 weken zwanger en heeft nog geen kinderwagen, bedje of babyspullen.
Gevraagd: hulp bij verzekering, toeslagen, {{o:Stichting Babyspullen}}.
Contact via {{r:verloskundige}} [[p:Maartje Wolters]], direct [[t:06-41 70 23 95]].
=====
hoi ik ben [[p:agnieszka]] zajac. doktor [[p:Verhoeven]] zegt ik moet jullie bellen. ik heb brief van ziekenhuis maar ik snap niet. afspraak [[d:12 czerwca]]?? ik denk juni. kamer 3.105. mijn telefoon [[t:0687442019]]. dank u
=====
Tandartspraktijk {{o:Zuiderpark}} – verklaring t.b.v. bijzondere bijstand

Hierbij verklaar ik dat dhr. [[p:Baldewsingh]], [[p:Roy]] (geb. [[d:12-08-1966]]) dringend een gebitsprothese nodig heeft (boven- en ondergebit). Kostenbegroting: € 1.468,75 (codes J20, J21, J50). De zorgverzekeraar vergoedt 75% van de kosten na eigen risico.
[[p:R. Sharma]], {{r:tandarts}}, AGB [[z:02-021874]]
Den Haag, [[d:3 september 2024]]
=====
Verslag {{r:ergotherapeut}} (woningaanpassing) – cliënt [[p:Kamil Mazur]]

Bezoek [[d:17-10-2024]], [[a:Dr. Kuyperstraat 8]] (portiekwoning, 2e etage, 28 traptreden).
Dhr. heeft na een beroerte (links) een paretisch been en loopt met een vierpoot. Traplopen lukt met moeite en alleen met leuning links, die ontbreekt.
Advies: tweede trapleuning (korte termijn); op termijn verhuizing naar gelijkvloerse woning. Urgentie vanuit medisch oogpunt aangevraagd.
[[p:Eline Post]], {{r:ergotherapeut}} {{o:Ergotherapie Haaglanden}}
=====
Bericht van mw. [[p:de Koning]] via het contactformulier:
"Mijn vader ([[p:Jan Koning]], [[d:14-4-1937]]) is met Koningsdag gevallen en ligt nu in het {{o:Bronovo}}, afdeling 3B kamer 12. Ze willen hem vrijdag al naar huis sturen maar hij woont alleen. Wie kan ons helpen? Bel mij op [[t:06 5120 8841]]. Groet, [[p:Marleen]]"
=====
Verpleegkundige overdracht nachtdienst → SWT (doorgestuurd door {{r:teamleider}} {{o:Leger des Heils}} opvang)

[[d:26-01-2025]]: bewoner [[p:S.]] ([[p:Sergei Volkov]], kamer 11) vannacht epileptisch insult, 3 minuten, vanzelf over. Ambulance niet nodig geweest. Medicatie (levetiracetam 500 mg 2dd1) waarschijnlijk 2 dagen niet ingenomen. Hij heeft geen huisarts. Graag inschrijving regelen via {{o:Straatdokter}}, en medicatiebeheer bespreken.
=====
[[p:Marja]] van het SWT, kun je even kijken? De brief hieronder kwam gisteren bij mijn moeder binnen en ze raakt in paniek.

--- doorgestuurd bericht ---
{{o:HagaZiekenhuis}} – Geheugenpoli
Geachte mevrouw [[p:Chaoui]],
Uw afspraak van [[d:woensdag 2 april]] is verzet naar [[d:woensdag 9 april]], 14.20 uur, bij {{r:verpleegkundig specialist}} [[p:H. Ammerlaan]]. Neemt u uw medicijnen of een actueel medicatieoverzicht mee, en bij voorkeur iemand die u goed kent.
Met vriendelijke groet, secretariaat Geriatrie
=====
Fysiotherapie {{o:Fysio Vrederust}} – kort verslag aan SWT

Dhr. [[p:Jama]] ([[p:Abdikarim]]), 58, heeft 9 van de 18 behandelingen gehad voor een frozen shoulder. Hij komt sinds [[d:15 mei]] niet meer. Telefonisch gaf hij aan dat de behandelingen niet meer vergoed worden en dat hij het eigen deel niet kan betalen. Openstaande rekening: € 148,00 (factuurnr. 2024-0612).
[[p:J. Brouwer]], {{r:fysiotherapeut}}
=====
Notitie [[d:2 okt]] – meneer [[p:Groen]] belde over zijn ontslagbrief: er staat 'groen licht voor thuis' maar hij weet niet wie de wondzorg doet. {{o:Buurtzorg}} gebeld: start morgen. Ook gevraagd naar zijn nieuwe medicatie (amoxicilline/clavulaanzuur 500/125 3dd1) – staat al in de baxter.
=====
Verklaring {{r:behandelend psychiater}} t.b.v. urgentieaanvraag

Hierbij verklaar ik dat mw. [[p:N. Benhaddou]] (geb. [[d:28-02-1993]]) sinds juni 2023 bij {{o:PsyQ}} in behandeling is voor een ernstige angststoornis met paniekaanvallen (F41.0). Haar huidige woonsituatie – een kamer van 9 m² boven een snackbar aan de [[a:Hoefkade 88]], met gedeelde keuken en veel nachtelijk lawaai – belemmert de behandeling ernstig. Een zelfstandige, rustige woning is vanuit psychiatrisch oogpunt noodzakelijk.

Den Haag, [[d:14 november 2024]]
drs. [[p:G.M. van Rijswijk]], {{r:psychiater}}
BIG-nummer [[z:09053218401]]
=====
Uitnodiging bevolkingsonderzoek / vervolg – doorgestuurd door cliënt

"Uitslag: verder onderzoek nodig. U bent aangemeld bij de mammapoli van {{o:HMC Bronovo}}, afspraak [[d:di 19 nov.]] 08.50 uur."
Cliënte ([[p:Ruth Kidane]]) vraagt of iemand van het SWT mee kan. Ze leest de brief niet goed (Tigrinya). [[p:Selam]] (vrijwilliger {{o:VluchtelingenWerk}}) kan mogelijk mee; anders [[p:Joost]].
=====
Aan: SWT {{w:Bezuidenhout}}
Van: {{r:huisarts}} drs. [[p:K. Mahabiersing]]

Dhr. [[p:Hoekstra]] (geb. [[d:3-9-1950]]) heeft de ziekte van Huntington (erfelijk; zijn moeder overleed eraan). Hij wordt begeleid door {{o:Atlant}} (Huntingtoncentrum, Apeldoorn) maar woont thuis op [[a:Schenkkade 52]] met echtgenote. Zij is overbelast; de dochters ([[p:Ellen]] en [[p:Marloes]]) wonen in het buitenland. Verzoek: respijtzorg, lotgenotencontact, ondersteuning mantelzorger.
=====
SMS van cliënt [[p:Tomás]] aan SWT-consulent, [[d:09-12-2024]] 22:41:
"sorry laat. ziekenhuis zegt ik moet 2dd 500 mg nemen van de antibiotica maar apotheek geeft 3x per dag?? welke klopt. ben nu in de nachtopvang zilverstraat. kamer 4"
=====
Brief {{o:Zilveren Kruis}} – premieachterstand

[[p:H. van Dam]]
[[a:Zwaardvegersgaarde 210]]
[[pc:2542 BX]] DEN HAAG

Den Haag, [[d:20 juni 2024]]
Relatienummer: [[z:ZK 11894702]]

Geachte heer [[p:Van Dam]],

U heeft een betalingsachterstand van 4 maandpremies (€ 612,80). Als u niet binnen 14 dagen betaalt, dragen wij u aan bij het {{o:CAK}} (bestuursrechtelijke premie). Wilt u een betalingsregeling? Bel 071 - 751 00 52 (klantenservice) of maak het bedrag over o.v.v. uw relatienummer.
=====
Uit het MDO-verslag ([[d:do 30 jan]]) – alleen het deel over mw. [[p:Lewandowska]]:
Mw. ([[p:Beata]], 63) is bekend met de ziekte van Crohn en heeft sinds december een stoma. Ze weigert de wijkverpleging ("ik wil geen vreemden in huis"). Huisarts dr. [[p:Hoogeveen]] overweegt verwijzing {{r:stomaverpleegkundige}} poli. SWT ([[p:Karolina]], Poolssprekend) gaat mee naar het eerstvolgende gesprek op [[d:11 februari]].
=====
Sticker op ontslagbrief (overgetypt):
[[p:SEDNEY]], [[p:M.R.]]  V  [[d:07-07-1981]]
PatNr [[z:5523 881]]  Afd. B2-Noord K 221
BSN [[b:401357272]]
=====
Beste [[p:Gerda]],

Zoals besproken stuur ik je de gegevens voor de aanvraag van de Wlz-indicatie voor je moeder. Het CIZ heeft de medische informatie van dr. [[p:Tahapary]] nodig (ontslagbrief [[d:16-04-2024]]) en het medicatieoverzicht van de apotheek. Het aanvraagnummer is [[z:CIZ-2024-8871203]].
Ik heb het formulier alvast voor de helft ingevuld; jij moet nog tekenen als wettelijk vertegenwoordiger.

Hartelijke groet,
[[p:Sophie van Rijn]], {{r:ouderenconsulent}} SWT {{w:Haagse Hout}}
=====
Voorschrift (recept), foto door cliënt gestuurd:
R/ Quetiapine 25 mg, tabl. no. XXX
S. 1dd1 a.n., zo nodig 2dd1
[[p:Latifa Ouazzani]], [[d:14-8-1999]]
Voorschrijver: [[p:F. Erdoğan]], {{r:verpleegkundig specialist}} GGZ – AGB [[z:90-012558]]
Datum: [[d:09-09-2024]]
""")

# ---------------------------------------------------------------------------
# 11. Long documents (full discharge letters, multi-party summaries, timelines)
# ---------------------------------------------------------------------------
add(r"""
{{o:Haaglanden Medisch Centrum}} – locatie Westeinde
Afdeling Psychiatrie (PAAZ), 5 Noord

ONTSLAGBRIEF
Den Haag, [[d:20 maart 2024]]

Aan: {{r:huisarts}} [[p:A. Sewdien]], {{o:Huisartsenpraktijk Laakkwartier}}
Kopie: {{o:Parnassia}} FACT {{w:Laak}}; SWT {{w:Laak}} (met toestemming patiënte)

Betreft: mevrouw [[p:Fatima el Khattabi]], geboren [[d:23-01-1990]], patiëntnummer [[z:6640218]]
Opnameperiode: [[d:01-03-2024]] t/m [[d:19-03-2024]]

Geachte collega,

Uw patiënte werd opgenomen via de SEH na een intoxicatie met paracetamol (ca. 20 g) en oxazepam na een conflict thuis. Na behandeling met acetylcysteïne op de MC-unit (kamer 4.11) werd zij overgeplaatst naar onze afdeling.

Psychiatrisch onderzoek: vrouw van 34 jaar, somber, schaamte, geen psychotische kenmerken. Zij vertelt over langdurige psychische en fysieke mishandeling door haar echtgenoot. Er is met haar instemming een melding gedaan bij {{o:Veilig Thuis}} (meldingsnummer [[z:VT-2024-02817]]).

Classificatie: depressieve stoornis, eenmalige episode, ernstig zonder psychotische kenmerken (F32.2); problemen in relatie met partner (Z63.0).

Ontslagmedicatie: sertraline 50 mg 1dd1 (opbouwen naar 100 mg na 2 weken), quetiapine 25 mg a.n. z.n. Geen voorraad > 1 week in verband met risico.

Beleid en afspraken:
- Mw. verblijft na ontslag met haar drie kinderen in de opvang van {{o:Stichting Wende}} (adres geheim).
- Eerste ambulante afspraak bij {{o:Parnassia}} op [[d:26 maart]] met {{r:SPV}} [[p:Loubna Tahiri]].
- Het SWT wordt gevraagd te ondersteunen bij inkomen, school van de kinderen en contact met de advocaat.

Met collegiale groet,

[[p:J.C. Sint Nicolaas]], {{r:arts-assistent}} psychiatrie
dr. [[p:R.M. Kalpoe]], {{r:psychiater}} (supervisor)
=====
Chronologisch overzicht (opgesteld door SWT {{w:Moerwijk}} voor het MDO van [[d:12-09-2024]])
Cliënt: [[p:Tesfay Gebremariam]] – dossier [[z:SWT-MW-2023-1187]]

[[d:02-05-2023]]  aanmelding via {{r:huisarts}} dr. [[p:Bouchtaoui]]: slaapproblemen, schulden, geen dagbesteding
[[d:16-05-2023]]  intake thuis, [[a:Zuidlarenstraat 112]]; toestemmingsverklaring getekend
[[d:30-06-2023]]  verwijzing {{o:i-psy}} (PTSS?), wachtlijst 16 weken
[[d:04-10-2023]]  intake {{o:i-psy}}: PTSS (F43.1), start NET-therapie
[[d:12-01-2024]]  opname {{o:HagaZiekenhuis}} (ulcus, Hb 5,4), ontslag [[d:19-01-2024]]
[[d:20-03-2024]]  schuldhulptraject gestart (kenmerk [[z:SHV-2024-1190]])
[[d:08-07-2024]]  crisis: cliënt niet thuis, broer [[p:Dawit]] meldt vermissing; [[d:09-07-2024]] teruggevonden in Rotterdam
[[d:22-07-2024]]  behandeling {{o:i-psy}} gepauzeerd
Vraag aan het MDO: hoe verder nu de behandeling stilligt? Cliënt wil wel, maar haalt afspraken niet.
=====
Verslag multidisciplinair overleg – familie [[p:Rahimi]], {{w:Wateringse Veld}}
Datum: [[d:dinsdag 4 februari 2025]], 14.00 uur, gezondheidscentrum, zaal 0.12

Aanwezig:
- [[p:Nasrin Rahimi]] (moeder) met tolk Dari (tolknr. 80314)
- [[p:L. Hendriks]], {{r:huisarts}}
- [[p:Aziz]], {{r:psycholoog}} {{o:i-psy}}
- [[p:Wendy Kok]], {{r:jeugdverpleegkundige}} {{o:CJG}}
- [[p:Jesse van Leeuwen]], {{r:casusregisseur}} SWT

Situatie: moeder (38) is in behandeling voor PTSS; vader ([[p:Jawad]]) werkt nachtdiensten in een distributiecentrum. Zoon [[p:Farhad]] (9) heeft astma (salbutamol z.n., fluticason 2dd 1 puf) en is dit schooljaar 14 dagen afwezig geweest; de {{r:schoolarts}} heeft de huisarts gebeld. Dochter [[p:Parisa]] (3) heeft een taalachterstand.

Afspraken:
1. Huisarts controleert de astma op [[d:18-02-2025]] en geeft een inhalatie-instructie met tolk.
2. {{o:CJG}} meldt [[p:Parisa]] aan voor VVE-peuterspeelzaal.
3. SWT ondersteunt bij de aanvraag kinderopvangtoeslag en zoekt een maatje voor moeder via {{o:Stichting Mooi}}.
4. Volgende MDO: [[d:1 april 2025]].

Verslag: [[p:J. van Leeuwen]]
=====
Overdracht bij vertrek collega (SWT {{w:Schilderswijk}}), caseload medische aandachtspunten

1. [[p:Hodan Mohamud]] ([[z:SWT-SW-0412]]) – HAP-bericht [[d:17-02]] (dreiging ex); Veilig Thuis betrokken; mw. gebruikt oxazepam z.n. Contact: [[t:06-3390 1174]].
2. [[p:El Khattabi]] – zie ontslagbrief PAAZ; verblijft in opvang; NIET naar oud adres gaan of bellen.
3. dhr. [[p:Amrani]] ([[p:Youssef]]) – epilepsie, LVB; aanvraag begeleid wonen bij {{o:Middin}} loopt, beschikking verwacht half maart.
4. [[p:Wijngaarde]], [[p:Shanice]] + baby – urgentie toegekend [[d:05-02-2025]]; verhuizing naar [[a:Parallelweg 188]] op [[d:1 maart]].
5. [[p:Warsame]] – premieachterstand opgelost, {{o:CAK}}-registratie beëindigd per [[d:01-01-2025]].
Alles staat ook in het registratiesysteem. Succes [[p:Joyce]]! – [[p:Malika]]
=====
Ontslagbrief (uitgebreid) – {{o:HagaZiekenhuis}}, afdeling Geriatrie, G2

Geachte collega [[p:Maduro]],

Hierbij berichten wij u over uw patiënte mevrouw [[p:J.E. Sahetapy-Latuheru]], geboren [[d:19 mei 1938]], die van [[d:8 augustus 2024]] tot [[d:23 augustus 2024]] op onze afdeling was opgenomen (kamer 2.14, bed 3).

Reden van opname: delier bij urineweginfectie, val thuis zonder fractuur.
Voorgeschiedenis: 2012 CVA, 2018 atriumfibrilleren, hypertensie, matige nierfunctiestoornis (eGFR 38).
Beloop: na behandeling met cefuroxim i.v. en daarna nitrofurantoïne 100 mg 2dd1 (t/m [[d:25-08]]) verdween het delier. Haloperidol 0,5 mg a.n. is gestopt op [[d:20-08]]. Bij ontslag MMSE 22/30; een onderliggende dementie is niet uitgesloten.
Medicatie bij ontslag: apixaban 2,5 mg 2dd1 (dosis verlaagd i.v.m. leeftijd en nierfunctie), metoprolol 50 mg 1dd1, paracetamol 1000 mg 3dd1, macrogol 1dd1.
Sociaal: mw. woont alleen op de [[a:Prinses Mariannelaan 175]] in Voorburg, zoon [[p:Johan Sahetapy]] ([[t:+31 6 2184 7702]]) is eerste contactpersoon. Thuiszorg {{o:Florence}} 3x/dag gestart. Het SWT is door onze {{r:transferverpleegkundige}} gevraagd de mogelijkheden voor dagbesteding en een Wlz-indicatie te bespreken.
Controle: poli Geriatrie over 8 weken (geheugenonderzoek).

Met vriendelijke groet,
[[p:M. Doğan]], {{r:ANIOS}} Geriatrie
dr. [[p:C.W. Verschoor]], {{r:klinisch geriater}}
=====
Samenvattend verslag bemoeizorgtraject (GGD en SWT), januari tot oktober 2024

Betrokkene: dhr. [[p:Okafor]] ([[p:Chinedu]]), geboren [[d:02-03-1978]], [[a:Herman Costerstraat 46]], [[pc:2571 GK]]
GGD-registratienummer: [[z:GGD-VA-24-00318]]

Aanleiding: meldingen van buren en de {{o:HTM}} over verward gedrag. Dhr. stond niet ingeschreven bij een huisarts en had sinds [[d:1 november 2023]] geen inkomen.
Verloop: na 7 huisbezoeken (meestal samen met [[p:Fatih]] van het SWT en {{r:GGD-arts}} [[p:M. Kraaijenhagen]]) liet dhr. ons binnen op [[d:8 april]]. De woning was leeg op een matras na. Dhr. vertelde dat hij stemmen hoort die hem zeggen dat zijn telefoon wordt afgeluisterd. Hij stemde in met een afspraak bij {{r:huisarts}} [[p:Eze]] ([[d:15 april]]) en later met behandeling door {{o:Parnassia}} FACT {{w:Centrum}} (start [[d:3 juni]]).
Huidige situatie: dhr. gebruikt risperidon 2 mg 1dd1 (controle spiegel niet nodig), heeft een bijstandsuitkering sinds [[d:1 juli]] en een bewindvoerder. Contact met zijn zus [[p:Ngozi]] in Londen is hersteld.
Afsluiting bemoeizorg: [[d:31 oktober 2024]]; SWT blijft betrokken voor dagbesteding.
=====
Van: [[p:Jeroen Hoek]] <[[e:j.hoek@parnassiagroep.nl]]>
Aan: SWT {{w:Escamp}}
Onderwerp: huisbezoek mw. [[p:Lin]] – verslag

Beste [[p:Esra]],

Dank voor het gezamenlijke huisbezoek van gisteren ([[d:26-09-2024]]) bij mw. [[p:Lin]]. Mijn samenvatting:
- Lithiumspiegel nu 0,81 mmol/l, medicatie wordt ingenomen (dochter heeft een weekdoos gevuld).
- {{o:Eneco}} heeft de afsluiting uitgesteld tot [[d:15 oktober]] na jouw telefoontje; betalingsregeling nog te maken.
- Mw. stemt in met aanmelding bij {{o:Stichting Mooi}} voor een vrijwilliger (Mandarijn sprekend?).
- Volgende afspraak FACT: [[d:10-10]], ik ga dan alleen.

Groet,
[[p:Jeroen]]

-----Oorspronkelijk bericht-----
Van: [[p:Esra Şahin]] <[[e:esra.sahin@swtdenhaag.nl]]>
Verzonden: woensdag [[d:25 september 2024]] 11:02
Onderwerp: RE: huisbezoek mw. [[p:Lin]]
[[d:Donderdag 26/9]] om 10.00 is goed. Ik neem de brieven van het energiebedrijf mee. Adres is toch [[a:Leyweg 1410]]?
""")

# ---------------------------------------------------------------------------
# 12. Short items: one-liners, HIS lines, agenda entries, quick notes, SMS
# ---------------------------------------------------------------------------
add(r"""
brief POH ontvangen over mw [[p:yilmaz]], zie bijlage.
=====
[[d:14/3]] ontslag Bronovo dhr [[p:kuiper]], thuiszorg start [[d:15/3]].
=====
Terugbellen: {{r:POH-GGZ}} [[p:Vera]] ([[t:070-3469021]], toestel 4) over [[p:Hamid T.]]
=====
Let op: pt. [[p:Bakker]] (kamer 12) is niet dezelfde als dhr. [[p:A.B. Bakker]] uit het FACT-overzicht!
=====
HIS-regel: [[d:10-07-2024]] [[p:HJO]] C: visite, mw. [[p:Hoek-Verbeek]] – valpartij, geen fractuur; SWT ingelicht.
=====
afspraak geheugenpoli voor dhr [[p:latumahina]] verzet naar [[d:do 7 maart]] 11.20u, echtgenote gaat mee
=====
Baxterrol voor [[p:Ramsaroep]] vandaag niet bezorgd, apotheek bezorgt morgen vóór 12.00 uur.
=====
Graag bellen met dochter van mw. [[p:Nguyen]] ([[p:Thi Hoa]]), [[t:06 80 14 22 39]], over ontslag uit Westeinde op [[d:zaterdag 5 oktober]].
=====
Geen verwijsbrief ontvangen van dr. [[p:Karimi]] over [[p:Sultani]]; opnieuw opgevraagd [[d:02-09]].
=====
Lithiumspiegel mw. [[p:Lin]] 1,3 (!) → FACT gebeld 14:10, SPV komt vandaag. Geen actie SWT.
=====
Dossiernr. [[z:SWT-HH-0934]]: medische verklaring ontvangen (urgentie), doorgezet naar {{o:Woonnet Haaglanden}}.
=====
dhr. [[p:van der Zande]] (vader van [[p:Ilse]]) belde: zij is sinds gisteren weer bij hen thuis in Rijswijk. Tel vader [[t:06-53 02 91 18]].
=====
Agenda MDO [[d:12-12]]: 1. [[p:Schoemaker]] (bemoeizorg) 2. [[p:Felida]] (na crisisbeoordeling) 3. rondvraag
=====
Melding {{o:Veilig Thuis}} gedaan door SEH HagaZiekenhuis, [[d:11-06]], over mw. [[p:Tan]] (zelfverwaarlozing).
=====
SMS verstuurd aan [[p:Delano]]: "Hoi, ik kom morgen om 11u langs met [[p:Chantal]] erbij, ok? groet [[p:Kim]] SWT"
=====
INR 4,8 bij dhr [[p:de vos]]. Trombosedienst heeft dochter gebeld. Wij hoeven niets te doen.
=====
Voor mijn collega: mw. [[p:Boukhari]] is de echtgenote van de patiënt, niet te verwarren met [[p:F. Boukhari]], de verpleegkundig specialist van Antoniushove.
=====
Let op: BSN op de verwijsbrief van dhr. [[p:Jagroep]] ([[b:159912368]]) wijkt af van wat bij ons staat ([[b:159912386]]). Typfout bij de praktijk? Nagevraagd bij assistente [[p:Sandra]].
=====
cliënt [[p:Iman]] wil niet dat haar huisarts (dr [[p:Van Velzen]]) iets doorkrijgt van ons. Genoteerd in toestemmingsformulier [[d:3-10-2024]].
""")

# ---------------------------------------------------------------------------
# 13. More letters and forms (Wvggz, addiction care, home care, dementia,
#     restitution of costs, referral replies)
# ---------------------------------------------------------------------------
add(r"""
Zorgmachtiging (Wvggz) – informatie aan betrokkenen

Betrokkene: [[p:Stefan de Jong]], geboren [[d:30-10-1985]]
Zaaknummer rechtbank Den Haag: [[z:C/09/661204 / FA RK 24-3318]]
Geneesheer-directeur: dr. [[p:A.H. Wiersma]]
Zorgverantwoordelijke: [[p:B. Vermeulen]], {{r:psychiater}} {{o:Parnassia}}
Looptijd: [[d:15 mei 2024]] tot en met [[d:14 november 2024]]
Vormen van verplichte zorg: toedienen van medicatie (depot), opname bij ernstig nadeel, controle op middelengebruik.
Het SWT {{w:Scheveningen}} is in het zorgplan opgenomen als betrokken partij voor wonen en inkomen ({{r:contactpersoon}}: [[p:Lieke]], [[t:06-34 81 07 22]]).
=====
{{o:Brijder}} – uitslagen urinecontrole (met toestemming aan SWT)

Cliënt [[z:BR-0553812]] ([[p:R. Maduro]])
[[d:04-07]]  cocaïne pos.  THC neg.  opiaten neg.
[[d:11-07]]  cocaïne neg.  THC neg.  opiaten neg.
[[d:18-07]]  cocaïne neg.  THC pos.  opiaten neg.
[[d:25-07]]  niet verschenen
Casemanager: [[p:L. Post]]
=====
Zorgplan wijkverpleging {{o:Saffier}} – samenvatting

Cliënt: dhr. [[p:G.A. Molenaar]], [[a:Abeelstraat 19]], [[pc:2564 RD]]
Start: [[d:17-04-2024]] (na ontslag HagaZiekenhuis)
Doelen:
- dagelijks wegen en noteren (streefgewicht 79 kg; bij > 81 kg huisarts bellen);
- medicatie via baxterrol (furosemide 2dd1: 08.00 en 14.00 uur!);
- steunkousen aan/uit (2x per dag);
- signaleren eenzaamheid → SWT ([[p:Kees de Ruiter]]).
Wijkverpleegkundige: [[p:Amber Kooij]]
Evaluatie: [[d:17-07-2024]]
=====
Brief geheugenpoli ({{o:Reinier de Graaf}}) aan {{r:huisarts}}, cc SWT

Betreft: mevrouw [[p:Truus van Veen]] (geb. [[d:22-11-1942]])
Op [[d:29 oktober]] zagen wij mevrouw samen met haar dochter [[p:Esther]]. Na neuropsychologisch onderzoek is de diagnose vasculaire dementie gesteld. Mw. mag niet meer zelfstandig koken (twee keer pan op het vuur vergeten, brandmelder afgegaan). Wij adviseren een kookplaatbeveiliging en een casemanager. Rivastigmine wordt niet gestart.
Met vriendelijke groet, [[p:D. Noordam]], {{r:verpleegkundig specialist}} geriatrie
=====
Declaratie restitutie medische kosten (ingevuld met hulp van SWT)

Naam: [[p:Yusuf Demirci]]
BSN: [[b:426828008]]
Rekeningnummer: [[i:NL89ABNA3595957447]]
Verzekerdennummer: [[z:603 998 114]]
Nota's:
1. {{o:Apotheek Schilderswijk}}, [[d:12-01-2024]], € 23,40 (eigen bijdrage)
2. Tandarts [[p:Sharma]], [[d:02-02-2024]], € 86,00
3. Taxi naar HMC Westeinde, [[d:15-02-2024]], € 18,50
Handtekening: ............. Datum: [[d:1 maart 2024]]
=====
Reactie {{o:Middin}} op aanvraag begeleid wonen

Beste [[p:Malika]],

Wij hebben de aanvraag voor [[p:Youssef Amrani]] (geb. [[d:14-06-1996]]) ontvangen. Op basis van de medische informatie (epilepsie, IQ-onderzoek 2019: TIQ 64) kan hij in aanmerking komen voor een plek op onze locatie in {{w:Ypenburg}}. De Wlz-indicatie (VG-03) is rond. Kennismaking: [[d:donderdag 13 maart]], 15.00 uur, met zijn moeder erbij.

Met vriendelijke groet,
[[p:Annelies Smit]], {{r:trajectbegeleider}} {{o:Middin}}
=====
Toelichting huisarts bij Wmo-aanvraag (vervoer)

Dhr. [[p:Kwame Boateng]], 67 jaar, heeft sinds maart 2024 een amputatie van het rechter onderbeen (diabetes, perifeer vaatlijden). Hij loopt met een prothese maximaal 50 meter en kan niet zelfstandig met het openbaar vervoer. Hij moet 2x per week naar de {{o:Diabeteszorg Haaglanden}} en 1x per week naar de fysiotherapeut. Ik ondersteun de aanvraag voor Wmo-vervoer (Haagse Taxi/Wmo-pas).
[[p:Ellen van den Berg]], {{r:huisarts}}, [[d:9 juli 2024]]
=====
Notitie telefoongesprek met {{r:verpleegkundig specialist}} GGZ

[[d:vr 15-11]] 16:20 gebeld met [[p:Fatma Erdoğan]] ({{o:Parnassia}}) over [[p:Latifa Ouazzani]]. Quetiapine is gestart; [[p:Latifa]] heeft last van sufheid in de ochtend en komt daardoor niet op haar werkervaringsplek (10.00 uur). Afgesproken: innemen om 20.00 uur i.p.v. 23.00 uur, evaluatie over 2 weken. Werkgever ({{o:Haeghe Groep}}) mag van [[p:Latifa]] weten dat ze medicatie gebruikt, niet welke.
=====
Bericht van de {{r:wijkverpleegkundige}} via het cliëntportaal:

"Hallo [[p:Kees]], vandaag bij dhr [[p:Molenaar]] geweest. Gewicht 81,6 (!), enkels dik, kortademig bij aankleden. Huisarts [[p:Kleinjan]] gebeld, furosemide tijdelijk 3dd1. Hij zei ook dat hij sinds de dood van zijn kat niemand meer spreekt. Kunnen jullie iets met de buurtkamer aan de [[a:Abeelstraat 3]]? groet [[p:Amber]]"
=====
Verzoek om informatie (SWT → {{o:PsyQ}})

Geachte heer/mevrouw,

Met toestemming van cliënte, mevrouw [[p:Saba Ghebremariam]] (geboren [[d:11-09-1995]], [[a:Zuidwoldestraat 54]]), vraag ik u of de EMDR-behandeling inmiddels is gestart. Mevrouw heeft per [[d:1 april]] een vaste woning gekregen aan de [[a:Leeuwardenstraat 17]] in {{w:Moerwijk}}. Zij geeft aan dat zij niets meer heeft gehoord sinds de intake van [[d:23 januari 2024]].

Met vriendelijke groet,
[[p:Rosa Mulder]], {{r:maatschappelijk werker}} SWT {{w:Moerwijk}}
[[t:06-28 49 31 06]] | [[e:rosa.mulder@swtdenhaag.nl]]
=====
Kraamzorgoverdracht ({{o:Kraamzorg Haaglanden}}) – 8e dag

Moeder: [[p:Amina Osman]] | Kind: [[p:Yusra]], geboren [[d:27-09-2024]], 3120 g
Borstvoeding gaat goed, gewicht dag 8: 3050 g. Moeder vermoeid, weinig steun. Huisvesting: 1 kamer bij tante, baby slaapt in een doos met dekens – bedje nog niet geregeld (zie verzoek SWT [[d:10-09]]).
Overdracht aan {{o:CJG}} en SWT: graag deze week huisbezoek.
Kraamverzorgende: [[p:Ingrid Hoogendijk]]
=====
Melding aan SWT door {{r:bedrijfsarts}}

Werknemer [[p:Rui Tavares]] (geb. [[d:04-04-1974]]) is sinds [[d:12 augustus]] arbeidsongeschikt (burn-out, slaapproblemen, hoge schulden). Ik heb hem geadviseerd contact op te nemen met de {{r:huisarts}} en met uw team voor de schulden. Met zijn toestemming stuur ik u deze korte melding. Mijn mobiele nummer voor overleg: [[t:06 18 42 90 55]].
drs. [[p:H. Kamps]]
""")

# ---------------------------------------------------------------------------
# 14. Tricky look-alikes next to real data (numbers in many formats)
# ---------------------------------------------------------------------------
add(r"""
Ontslagmedicatie en controles (bijlage bij brief [[d:16-04-2024]])

| Middel | Dosering | Start | Stop |
| Furosemide 40 mg | 2dd1 | [[d:02-04-2024]] | – |
| Spironolacton 25 mg | 1dd1 | [[d:10-04-2024]] | – |
| Kaliumchloride 600 mg | 3dd1 | [[d:03-04-2024]] | [[d:15-04-2024]] |
Controle kalium en kreatinine over 1 week (lab op [[a:Vaillantlaan 48]], zonder afspraak, 07.30-10.00 uur).
Pt.: [[p:Molenaar]], pat.nr. [[z:3106775]]
=====
Verwijsbrief verslavingszorg

Naam: [[p:Nikolai Petrov]]
Geb. datum: [[d:11.02.1989]]
Klachten: dagelijks 1 fles wodka (ca. 26 E/dag), onttrekkingsverschijnselen in de ochtend (tremor, zweten), CIWA-score 14 bij consult.
Somatiek: GGT 412 U/l, ALAT 88 U/l, MCV 104 fl, trombocyten 112.
Beleid: thiamine 100 mg 1dd1, verwijzing {{o:Brijder}} voor klinische detox (opname gepland week 48).
Verwijzer: [[p:R. van Rijn]], {{r:huisarts}}, AGB [[z:01-033198]]
=====
Korte mail van {{r:POH-GGZ}} aan SWT

Hoi [[p:Fenna]], [[p:Jayden]] komt niet meer bij mij (laatste contact [[d:3 mei]]) sinds hij bij {{o:Youz}} in behandeling is. PHQ-9 was toen 21. Hij heeft wel toestemming gegeven dat ik zijn nieuwe mobiel aan jou doorgeef: [[t:06-44 19 72 80]]. Zijn oude nummer (eindigt op 512) werkt niet meer. Groet, [[p:Ilona]]
=====
Verpleegkundige anamnese bij opname ({{o:WZH Swaneburgh}}, afdeling Duin, kamer 209)

Cliënt: [[p:W. Hooftman-Kroon]], 89 jr
Opnamedatum: [[d:12-08-2024]]
Eerste contactpersoon: [[p:Peter Hooftman]] (zoon), [[t:06 2198 4407]]
Tweede contactpersoon: [[p:Marijke Hooftman]] (schoondochter), [[e:marijke.hooftman@ziggo.nl]]
Dieet: zoutbeperkt, gemalen.
Gewicht bij opname: 57,3 kg, lengte 1,61 m.
Mobiliteit: rollator, transfers met 1 persoon. Decubitus: roodheid stuit (cat. 1).
Wensen: katholiek, wil graag de zondagsmis op tv zien. Kat is opgevangen door buurvrouw mw. [[p:Schipper]] ([[a:Valkenboslaan 83]]).
=====
Samenvatting dossieraantekeningen {{o:GGD Haaglanden}}, Vangnet & Advies, over [[p:Lian Tan]]:
- [[d:11-06-2024]] melding RAV: aangetroffen na val, woning vervuild.
- [[d:14-06-2024]] huisbezoek GGD ([[p:Bouwman]]) en {{o:Dierenbescherming}}: 14 katten.
- [[d:20-06-2024]] overleg met {{o:HagaZiekenhuis}}: mw. gaat naar revalidatie in {{o:WZH Waldhof}}.
- [[d:02-07-2024]] woning gereinigd (kosten € 2.840, via {{o:Haag Wonen}}).
- [[d:15-07-2024]] mw. terug naar huis, [[a:Dedemsvaartweg 512]]; overdracht aan SWT {{w:Escamp}}.
=====
Bericht van dochter via mail:

Beste meneer [[p:Hoek]],

Mijn moeder, mevrouw [[p:Sahetapy]], vraagt of u ook met haar wilt kijken naar de medicijnen. Sinds het ziekenhuis slikt ze 11 verschillende pillen per dag, ze weet niet meer welke waarvoor. Zij heeft een afspraak bij de apotheek op [[d:2 september]] om 10.15 uur voor een medicatiegesprek. Kunt u mee? Ik woon in Breda en kan niet.

Hartelijke groet,
[[p:Ingrid Sahetapy]]
=====
Formulier Wlz-aanvraag (deel medische gegevens, ingevuld door SWT met behandelaar)

Cliënt: [[p:Gülsen Özdemir]] t.b.v. zoon [[p:Emre Özdemir]]
Geb. zoon: [[d:06-02-1990]]
BSN zoon: [[b:854733000]]
Grondslag: psychische stoornis (schizofrenie, F20.0), blijvende behoefte aan permanent toezicht.
Behandelaar: {{o:Parnassia}} FACT {{w:Laak}}, {{r:psychiater}} [[p:A. Rijkaart]]
Datum aanvraag: [[d:07-10-2024]]
=====
Uitslagen thuismeting bloedglucose (uit de app van cliënt, overgenomen [[d:19-09]]):
ma 6,8 / 11,2 / 9,4
di 7,1 / 14,8 / 12,0
wo 5,9 / 9,7 / 8,1
do – / – / 21,3
vr 3,2 (!) / 8,8 / 10,4
Cliënt: [[p:S. Jhinkoe]]. Doorgestuurd aan {{r:praktijkondersteuner}} [[p:Naomi]].
=====
Interne vraag SWT: wie kan met mw. [[p:Kervezee]] mee naar het ziekenhuis op [[d:vrijdag 14 februari]]? Afspraak 09.30 uur bij de {{r:cardioloog}}, poli B, kamer 1.22. Taxi is geregeld (ritnummer 55091, Wmo-vervoer). Ze woont op de [[a:Ruychrocklaan 12-G]].
=====
Bezwaar tegen beschikking Wmo (met medische onderbouwing)

Namens mijn cliënt, de heer [[p:Ahmet Yılmaz]] (BSN [[b:693375140]]), maak ik bezwaar tegen de beschikking van [[d:12 augustus 2024]] (kenmerk [[z:WMO/2024/118804]]). De gemeente stelt dat meneer zelf kan douchen. Uit de brief van zijn {{r:reumatoloog}}, dr. [[p:S. Hazenberg]] ({{o:HMC}}), blijkt echter dat hij door ernstige reumatoïde artritis (DAS28 5,4) zijn armen niet boven schouderhoogte kan heffen.
[[p:Ilse van der Zanden]], {{r:sociaal raadslid}}
=====
Teambericht: de nieuwe ZorgDomein-koppeling werkt vanaf week 37. Verwijzingen van de huisartsen in {{w:Segbroek}} en {{w:Scheveningen}} komen dan rechtstreeks in ons registratiesysteem. Bijlagen (ontslagbrieven, medicatieoverzichten) worden automatisch bewaard; niet downloaden op privé-laptops.
=====
Machtiging betalingsregeling – {{o:Apotheek Moerwijk}}

Ondergetekende, [[p:Kwame Mensah]] (geb. [[d:19-04-1971]]), machtigt {{o:Apotheek Moerwijk}} om maandelijks € 15,00 af te schrijven van rekening [[i:NL49 INGB 0680 9683 35]] tot de openstaande eigen bijdragen (€ 164,20) zijn voldaan. Eerste afschrijving: [[d:1 december 2024]].
Opgesteld met hulp van [[p:Hatice Koç]], SWT {{w:Moerwijk}}.
=====
Bericht {{o:CAK}} (doorgestuurd door zoon [[p:Harry]]):
"U heeft in 2024 te veel eigen bijdrage Wlz betaald. Wij storten € 311,47 terug op [[i:NL62TRIO1066385203]] t.n.v. [[p:A. Kromosoeto-Kartodikromo]]. Uw CAK-klantnummer: [[z:7720 1184 09]]."
[[p:Harry]]: klopt dit? mama woont toch nog thuis, ze heeft alleen thuiszorg via de Wmo...
=====
Wachttijden GGZ regio Haaglanden (peildatum september): basis-GGZ 8-12 weken, specialistische GGZ (angst/stemming) 14-20 weken, traumabehandeling bij {{o:i-psy}} 16 weken, {{o:Youz}} 10 weken. Overbrugging: {{r:POH-GGZ}}, lotgenotengroepen, e-health (Mirro, Therapieland).
""")


# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}", re.S)


def parse(marked):
    out, pii, keep, pos, last = [], [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[last : m.start()])
        pos += m.start() - last
        if m.group(1):
            code, span, target, table = m.group(1), m.group(2), pii, PII
        else:
            code, span, target, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown label %r in %r" % (code, marked[:60]))
        target.append({"start": pos, "end": pos + len(span), "label": table[code], "text": span})
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unbalanced markup: %r" % text[:80])
    return text, pii, keep


def bsn_ok(s):
    d = re.sub(r"[\s.\-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn" and sp["text"] not in BAD_BSN_OK:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in BAD_IBAN_OK:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h131-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout131.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    print(path)
    print("texts", len(rows), "avg words %.1f" % (words / len(rows)))
    print("texts without personal data", sum(1 for r in rows if not r["pii"]))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
