#!/usr/bin/env python3
"""Held-out corpus 119: the pilot's sessions ("Samen werken in het sociale domein"):
invitations, agendas, attendance lists, minutes of the kick-off, start meeting,
workshops, brainstorms, the expert meeting and the closing; facilitators' notes,
flip-over transcriptions, evaluation forms and participant quotes, action lists with
initials and deadlines, and client cases discussed during the sessions.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout119.jsonl next to itself.

Conventions used here: names of professionals (full, first name only, surname after
a title, initials, paraphs and two-to-four letter codes such as "JvdB" or "MK") are
persons; a date is marked only when it has a day in it; venue addresses with a house
number are addresses; an organisation's general line, 14 070, conference dial-in
numbers, meeting ids, room numbers, times, amounts, years and PO-box postcodes are
left unmarked.
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

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Invitations, reminders, save-the-dates and replies
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Marjolein Verhoef]] <[[e:m.verhoef@caop.nl]]>
Aan: medewerkers sociale wijkzorgteams Den Haag (24 teams)
Onderwerp: Uitnodiging kick-off pilot 'Samen werken in het sociale domein' – [[d:dinsdag 22 november]]

Beste collega's,

Namens de {{o:gemeente Den Haag}}, {{o:Crossover}} en het {{o:CAOP}} nodigen wij jullie van harte uit voor de kick-off van de pilot "Samen werken in het sociale domein".

Wanneer: [[d:dinsdag 22 november]], 13.30 – 17.00 uur (inloop vanaf 13.00)
Waar: Atrium, stadhuis, [[a:Spui 70]]

Op deze middag ontmoeten alle teamleden van de 24 sociale wijkzorgteams elkaar. Samen kiezen we vier teamoverstijgende thema's (op de longlist staan o.a. jeugd, ouderen, huiselijk geweld en bemoeizorg) en stellen we de pilotgroep van 20 collega's samen, die vier maanden met die thema's aan de slag gaat.

Aanmelden graag vóór [[d:15 november]] via [[e:pilot.sociaaldomein@denhaag.nl]]. Heb je een dieetwens of kom je met de rolstoel? Laat het ons weten.

Met hartelijke groet,
[[p:Marjolein Verhoef]]
{{r:programmaleider}} {{o:CAOP}}
[[t:06 41 28 93 07]]
=====
HERINNERING – morgen kick-off pilot sociaal domein!
Inloop 13.00 uur, start 13.30 uur. Parkeren kan in de garage onder het stadhuis (ca. € 3,20 per uur), maar kom liever met de tram (halte Spui, lijn 2, 3, 4 en 6). Bij de ingang krijg je een badge en een stemkaart met drie stickers. Tot morgen!
=====
Onderwerp: Startbijeenkomst pilotgroep – [[d:do 2 februari]] 9.30-12.30

Aan: [[e:l.amrani@voorwelzijn.nl]]; [[e:s.kilic@xtra.nl]]; [[e:r.tjonafong@parnassia.nl]]; [[e:hester.vandermeulen@denhaag.nl]]; [[e:g.hoek@mee-zhn.nl]]; [[e:a.benali@stichtingmooi.nl]]; [[e:c.ramlal@florence.nl]]
CC: [[e:t.brouwer@denhaag.nl]]

Hallo pilotgroep,

Fijn dat jullie erbij zijn! Zoals op de kick-off afgesproken gaan we op [[d:donderdag 2 februari]] écht van start. We zitten in wijkcentrum {{o:De Stek}}, [[a:Beresteinlaan 501]], zaal 1.04 (eerste verdieping, lift aanwezig).

Voorbereiding: bedenk één casus uit je eigen team die je niet loslaat en die bij een van de vier thema's past. Géén namen, adressen of geboortedata meenemen – een paar kernwoorden is genoeg.

Groet,
[[p:Ronald]] ({{o:Crossover}})
=====
Hoi allemaal! Brainstorm bemoeizorg is verplaatst naar [[d:wo 15/3]], 9u, zelfde plek (zaal 1.07). Sorry voor het geschuif. Gr [[p:Roy]]
=====
Geachte heer [[p:Koning]],

Op [[d:donderdag 20 april]] organiseren wij in het kader van de pilot 'Samen werken in het sociale domein' een expertmeeting over bemoeizorg en huiselijk geweld. Twintig professionals uit de sociale wijkzorgteams van Den Haag hebben drie maanden aan deze thema's gewerkt en willen hun eerste oplossingen graag voorleggen aan mensen met kennis van zaken.

Gezien uw ervaring als {{r:lector}} bij de {{o:Haagse Hogeschool}} zouden wij het bijzonder waarderen als u als expert wilt aanschuiven. De bijeenkomst duurt van 13.00 tot 16.30 uur en vindt plaats in het {{o:CAOP}}, [[a:Lange Voorhout 13]], [[pc:2514 EA]] Den Haag.

Wij ontvangen graag uw reactie vóór [[d:31 maart]]. Voor vragen kunt u contact opnemen met mevrouw [[p:H. van der Meulen]], [[t:070 - 353 2847]] (direct).

Met vriendelijke groet,

drs. [[p:T.J. Brouwer]]
{{r:beleidsadviseur}} {{o:Sociale Zaken en Werkgelegenheid}}
Postbus 12600, 2500 DJ Den Haag
=====
SAVE THE DATE
Slotbijeenkomst pilot "Samen werken in het sociale domein"
[[d:Donderdag 22 juni]] · 15.00 – 18.00 uur · met hapje en drankje
Alle teamleden van de sociale wijkzorgteams, hun leidinggevenden en onze partners zijn welkom. Uitnodiging met programma volgt begin juni.
=====
Uitnodiging
Wanneer: woensdag [[d:8 maart 2017]] 09:30-12:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen
Waar: Vergaderruimte Escamp 2.03 / Skype-vergadering
Organisator: [[p:Brouwer, T.]] ([[p:Thijs]])

Workshop 2 thema Ouderen – uitwerken ideeën brainstorm

Deelnemen aan Skype-vergadering
Deelnemen via telefoon: +31 20 721 9001 (algemeen inbelnummer)
Conferentie-id: 84712055
Problemen met deelnemen? Bel de servicedesk: 070 353 5000
=====
RE: Uitnodiging kick-off

Hoi [[p:Marjolein]],

Ik kan helaas niet op de [[d:22e]], die middag heb ik een MDO in {{w:Moerwijk}} dat ik niet kan verzetten. Mijn collega [[p:Gonny Hoek]] ({{r:MEE-consulent}}) komt in mijn plaats, ze is al aangemeld.

Gr. [[p:Pieter]]
{{r:maatschappelijk werker}} SWT {{w:Moerwijk}}
=====
Beste ervaringsdeskundigen,

Tijdens de expertmeeting op [[d:20 april]] willen we ook jullie stem horen. Jullie weten als geen ander hoe het is om hulp te krijgen (of juist niet) van een wijkteam. Voor jullie inbreng ontvangen jullie een vrijwilligersvergoeding van € 50,- en reiskosten.

Wil je meedoen? Stuur voor [[d:7 april]] een mailtje naar [[e:ervaringsdeskundigen@mooi.nl]] met je naam, telefoonnummer en IBAN (voor de vergoeding).

Hartelijke groet,
[[p:Ayoub Benali]], {{r:welzijnswerker}} {{o:Stichting MOOI}}
=====
Van: [[p:Fadumo Yusuf]]
Verzonden: [[d:maandag 3 april 2017]] 21:14
Aan: [[e:ervaringsdeskundigen@mooi.nl]]
Onderwerp: aanmelding expertmeeting

Hallo [[p:Ayoub]]
Ik wil graag meedoen op [[d:20 april]]. Mijn nummer is [[t:06-84 30 19 72]] en mijn rekening [[i:NL44 INGB 8651 1718 87]] t.n.v. [[p:F. Yusuf]].
Ik neem mijn dochter mee als tolk als dat mag, [[p:Hibo]], zij is 17.
Groetjes [[p:Fadumo]]
=====
Workshop OUDEREN – uitnodiging

Beste deelnemers pilotgroep (subgroep ouderen),

De tweede workshop staat gepland op [[d:dinsdag 7 maart]] van 13.30 tot 16.00 uur in de Bibliotheek {{w:Mariahoeve}} (achterzaal). Als gastspreker komt [[p:Dewi Soerjadi]], {{r:casemanager dementie}} bij {{o:WZH}}, vertellen over de aanpak 'Samen thuis' die zij met de {{r:huisartsen}} in {{w:Mariahoeve}} heeft opgezet.

Neem je ideeënkaartjes van de brainstorm mee!

[[p:Hester]] & [[p:Thijs]]
=====
Uitnodiging brainstorm Huiselijk geweld
Dinsdag [[d:28 februari]], 10.00–12.00, {{o:Veilig Thuis Haaglanden}}, vergaderzaal 'Duinzicht' (3e verdieping)

Let op: we werken met casuïstiek. Neem géén namen, adressen of andere herleidbare gegevens van cliënten mee; werk met fictieve voornamen. Het verslag wordt gedeeld met alle 24 teams.

Aanmelden bij [[p:Sevda]]: [[e:sevda.kilic@xtra.nl]]
=====
Geachte mevrouw [[p:Ramlal]],

Als voorzitter van de {{o:Bewonersorganisatie Transvaal}} nodigen wij u graag uit voor de slotbijeenkomst van de pilot 'Samen werken in het sociale domein' op donderdag [[d:22 juni 2017]] om 15.00 uur in de Centrale Bibliotheek, [[a:Spui 68]]. De vier thema-groepen presenteren hun resultaten; daarna is er een paneldiscussie waarin ook bewoners aan het woord komen.

Wilt u uw komst bevestigen bij [[p:Thijs Brouwer]] ([[e:thijs.brouwer@denhaag.nl]])?

Met vriendelijke groet,
namens de {{o:gemeente Den Haag}},
[[p:H.M. van der Meulen]]
{{r:projectsecretaris}}
=====
[Intranet – nieuwsbericht]
Kick-off pilot sociaal domein: 24 teams, één zaal
Op [[d:22 november]] komen alle medewerkers van de Haagse sociale wijkzorgteams bij elkaar om de pilot 'Samen werken in het sociale domein' te starten. Vier maanden lang werkt een pilotgroep van 20 teamleden aan teamoverstijgende thema's. Aanmelden via het formulier op deze pagina; de middag telt als scholing (3 uur).
=====
Hi [[p:Chandni]], kun jij de uitnodiging voor workshop 3 (jeugd) nog even doorsturen naar [[p:Rignald]] en [[p:Jozeline]] van SWT {{w:Rustenburg-Oostbroek}}? Die stonden niet op de lijst. Datum is [[d:14-03]], 13u, {{o:CJG}} {{w:Laak}}. Thx! [[p:Hester]]
=====
Onderwerp: Afmelding startbijeenkomst

Beste [[p:Ronald]],

Helaas moet ik me afmelden voor [[d:2 februari]]: ik ben ziek. Ik stuur mijn casus (jongere met schulden, {{w:Schilderswijk}}) wel per mail aan [[p:Latifa]] zodat zij hem kan inbrengen.

Vriendelijke groet,
[[p:Emre Doğan]]
{{r:jongerenwerker}} | {{o:Stichting Jong Wijk}}
T [[t:06 – 1739 2201]]
=====
Uitnodiging expertmeeting – programma (concept 0.3)

Datum: [[d:20-04-2017]]
Locatie: {{o:CAOP}}, Lange Voorhout (ingang via de zijdeur, zaal 'Plein')
Doelgroep: pilotgroep (20), facilitators (4), externe experts (6), ervaringsdeskundigen (3)

Bevestigde experts:
- [[p:Koning]] ({{o:Haagse Hogeschool}}, {{r:lector}} wijkgericht werken)
- [[p:Annelies de Haan]] ({{o:GGD Haaglanden}}, {{r:coördinator}} OGGZ)
- [[p:Bart-Jan Stam]] ({{o:Politie Den Haag}}, {{r:wijkagent}} {{w:Bouwlust}})
- [[p:Nurcan Aksoy]] ({{o:Veilig Thuis Haaglanden}})
Nog onbevestigd: {{r:huisarts}} uit {{w:Escamp}} (via [[p:Roy]]), iemand van {{o:Haag Wonen}}
=====
Uitnodiging (Outlook)
Onderwerp: Terugkoppeling pilot aan teamleiders
Begin: vr [[d:10-2-2017]] 14:00
Einde: vr [[d:10-2-2017]] 15:00
Locatie: Kamer B0.12, [[a:Spui 70]]
Verplichte deelnemers: [[p:Hester van der Meulen]]; [[p:Thijs Brouwer]]; [[p:Wim de Vos]]; [[p:Sharmila Jagroep]]
Optionele deelnemers: [[p:Ronald Zomer]]
=====
Hallo collega's van {{w:Loosduinen}} en {{w:Segbroek}},
Wie wil er namens ons team in de pilotgroep? We mogen twee mensen voordragen. Het kost ongeveer 4 uur per maand, van februari tot en met juni. Reageer vóór vrijdag bij mij of bij [[p:Wim]].
Groet, [[p:Astrid Pattiasina]]
{{r:teamleider}} SWT {{w:Loosduinen}}
=====
Beste mw. [[p:Aksoy]],

Hartelijk dank voor uw toezegging voor de expertmeeting. Zoals besproken ontvangt u uiterlijk [[d:13 april]] de casusbeschrijvingen (geanonimiseerd). Wilt u bij binnenkomst melden dat u voor zaal 'Plein' komt? Bij vragen op de dag zelf kunt u mij bereiken op [[t:+31 6 2048 7715]].

Met vriendelijke groet,
[[p:Ronald Zomer]] | {{o:Crossover}}
=====
Uitnodiging workshop BEMOEIZORG #2
[[d:di 14 maart]] · 9.30-12.00 · {{o:GGD Haaglanden}}, Westeinde (zaal 4.21)
Gast: {{r:verpleegkundige}} van het {{o:Bemoeizorgteam}} ({{o:Parnassia}}) – vertelt over 'erop af' in {{w:Transvaal}} en {{w:Schilderswijk}}
Opgave: bij [[p:RTAF]] of via de app-groep
=====
WhatsApp – Pilotgroep Sociaal Domein 🧩
[[d:21-11]] 20:47 - [[p:Marjolein Verhoef]]: Morgen is het zover! 13u inloop. Wie kan er om 12u helpen met de stemmuren? 🙏
[[d:21-11]] 20:49 - [[p:Latifa]]: Ik ben er om 12 uur 👍
[[d:21-11]] 20:52 - [[p:Sevda Kılıç]]: Ik kom 12.30, eerst nog huisbezoek
[[d:21-11]] 21:03 - [[p:Roy Tjon A Fong]]: Ik neem verlengsnoeren mee
[[d:21-11]] 21:05 - [[t:+31 6 51 77 20 43]]: Wie is dit? Sorry nieuw nummer 🙈 [[p:Ewa]] hier
""")

# ---------------------------------------------------------------------------
# 2. Agendas and programmes
# ---------------------------------------------------------------------------
add(r"""
AGENDA KICK-OFF PILOT 'SAMEN WERKEN IN HET SOCIALE DOMEIN'
[[d:22 november]] | 13.30–17.00 | Atrium stadhuis

13.00  Inloop, koffie, badges
13.30  Welkom door de {{r:wethouder}} Zorg, Welzijn en Jeugd
13.45  Waarom deze pilot? – [[p:Thijs Brouwer]] ({{o:gemeente Den Haag}}, {{o:SZW}})
14.05  Wat leren we van andere gemeenten? – [[p:Ronald Zomer]] ({{o:Crossover}})
14.30  Werkvorm 'thema's op de muur' – begeleiding [[p:Marjolein Verhoef]] ({{o:CAOP}})
15.15  Pauze
15.30  Stemronde: welke vier thema's? (drie stickers p.p.)
16.15  Samenstelling pilotgroep (20 teamleden; max. 1 per team, 4 reserves)
16.45  Afsluiting en borrel in de foyer
=====
Agenda startbijeenkomst pilotgroep
Datum: [[d:donderdag 2 februari]]
Tijd: 9.30 – 12.30 uur
Plaats: wijkcentrum {{o:De Stek}}, zaal 1.04
Voorzitter: [[p:MV]] · Notulist: [[p:HvdM]]

1. Opening en kennismaking (speeddate in tweetallen)
2. Terugblik kick-off [[d:22-11]]: uitslag stemming en gekozen thema's
3. Werkwijze pilot: 4 subgroepen van 5, elk met een facilitator
4. Casusronde: iedereen brengt één casus in (max. 3 minuten, geanonimiseerd!)
5. Planning workshops en brainstorms februari–april
6. Afspraken over delen van casuslessen op het platform (toestemmingsverklaring)
7. Rondvraag en sluiting
=====
PROGRAMMA EXPERTMEETING – do [[d:20 april]]

13.00  Ontvangst
13.15  Opening door [[p:Marjolein Verhoef]]
13.25  Pitches per thema (4 × 10 min)
         Jeugd – [[p:Emre Doğan]] & [[p:Chandni Ramlal]]
         Ouderen – [[p:Gonny Hoek]] & [[p:Dilek Öztürk]]
         Huiselijk geweld – [[p:Sevda Kılıç]] & [[p:Pieter Winter]]
         Bemoeizorg – [[p:Roy Tjon A Fong]] & [[p:Latifa Amrani]]
14.10  Rondetafels met experts (2 rondes van 30 min, tafels 1 t/m 4)
15.20  Pauze
15.35  Ervaringsdeskundigen aan het woord
16.10  Oogst en vervolg – [[p:Thijs Brouwer]]
16.30  Einde
=====
Agenda brainstorm ouderen ([[d:wo 15 feb]])
- check-in: wat heb je deze week gezien in je wijk?
- post-its: wat maakt dat ouderen niet op tijd bij ons komen?
- clusteren
- dot-voting (3 stippen)
- top 3 uitwerken in duo's
- afspraken + wie trekt wat
=====
Slotbijeenkomst pilot "Samen werken in het sociale domein"
Programma [[d:22 juni]]

15.00  Inloop
15.15  Welkom – {{r:directeur}} {{o:OCW}}/{{o:SZW}}
15.25  Terugblik in beeld (film, 6 min.)
15.35  Marktplaats: vier thema-tafels met posters
        Jeugd (tafel 1) · Ouderen (tafel 2) · Huiselijk geweld (tafel 3) · Bemoeizorg (tafel 4)
16.30  Panel: [[p:Astrid Pattiasina]] ({{r:teamleider}} {{w:Loosduinen}}), [[p:Abdullahi Hassan]] ({{r:ervaringsdeskundige}}), [[p:Annelies de Haan]] ({{o:GGD}}) en de {{r:wethouder}}
17.15  Hoe nu verder? Borging in de 24 teams
17.30  Borrel
=====
Agenda workshop 1 – thema JEUGD
Locatie: {{o:CJG}} {{w:Laak}}, spreekkamer 3 | [[d:di 14-03]] | 13:00–15:30

1	Welkom + doel van de workshop	[[p:Hester]]
2	Casus 'jongere van 18 zonder vangnet'	[[p:Emre]]
3	Wie doet wat? Jeugdteam vs. SWT bij de 18-/18+ overgang	[[p:Chandni]] / [[p:Rignald]]
4	Ideeën uit de brainstorm toetsen	allen
5	Vervolgstappen richting expertmeeting	[[p:Hester]]
=====
Agenda workshop huiselijk geweld [[d:7 maart]]
1. Opening ([[p:SK]])
2. Verslag brainstorm [[d:28 feb]] – vaststellen
3. Gastbijdrage {{o:Veilig Thuis Haaglanden}}: meldcode in de praktijk
4. Casus uit {{w:Bouwlust}}/{{w:Vrederust}} (ingebracht door [[p:PW]])
5. Uitwerking idee 'vaste contactpersoon VT per wijk'
6. Wvttk
=====
AGENDA TERUGKOPPELING TEAMLEIDERS
1. Stand van zaken pilot (week 6)
2. Urenbelasting pilotleden: gemiddeld 4,5 uur per maand, budget 2.400 uur totaal
3. Signalen uit de teams
4. Communicatie naar de 24 teams
5. Planning expertmeeting en slot
Stukken: voortgangsnotitie v2, urenoverzicht Q1
=====
Concept-agenda overleg facilitators ([[d:maandag 27/2]])
1. Wat gaat goed / wat niet (iedereen)
2. Subgroep bemoeizorg loopt achter: [[p:Roy]] is 3 weken uit, wie neemt over?
3. Expertmeeting: nog 2 experts zoeken ([[p:RZ]])
4. Platform: casuslessen worden nog niet gedeeld, drempel toestemmingsverklaring?
5. Budget catering slot (€ 1.850 begroot)
=====
Brainstorm bemoeizorg – draaiboek facilitator

09.00 zaal open, flappen ophangen (4 stuks: signaal / contact / volhouden / afsluiten)
09.15 ontvangst, naambordjes (alleen voornaam + team)
09.30 start – [[p:Latifa]] leidt de check-in
09.45 ronde 1: post-its per flap, 10 min per flap, muziek aan
10.30 pauze
10.45 ronde 2: clusteren, [[p:Roy]] schrijft op flip
11.30 stemmen
11.50 afsluiten, foto's van alle flappen naar [[e:pilot.sociaaldomein@denhaag.nl]]
=====
Agenda intervisie pilotleden {{w:Escamp}}/{{w:Loosduinen}} ([[d:19 april]])
1. Voorbereiding expertmeeting: wie pitcht?
2. Casus fam. [[p:Haidari]] ({{w:Bouwlust}}), inbreng [[p:Wahid]]
3. Casus mw. [[p:De Vos]] ({{w:Kijkduin}}), inbreng [[p:Gonny]]
4. Rondvraag
=====
Programma workshop 'Oudere migranten en eenzaamheid'
Tijd: 13.30–16.00 · Plaats: Moskee-ontmoetingsruimte {{w:Transvaal}} (schoenen uit in de gebedsruimte, vergaderzaal is op de 1e)

13.30 Welkom en uitleg
13.45 Verhaal van een {{r:ouderenadviseur}} ({{o:Xtra}})
14.15 In gesprek met vier oudere wijkbewoners (met tolk Turks/Arabisch)
15.15 Wat betekent dit voor de teams?
15.45 Afronding
=====
AGENDA EXPERTTAFEL 3 (Huiselijk geweld)
Tafelvoorzitter: [[p:Pieter Winter]]
Expert: [[p:Nurcan Aksoy]] ({{o:Veilig Thuis}})
Notulist: [[p:Ewa Kowalczyk]]
Vraag aan de expert: hoe houden we als SWT contact met een gezin nadat VT het heeft overgenomen?
=====
Agenda overleg pilotgroep – week 10
1. mededelingen
2. verslag vorige keer
3. voortgang subgroepen (5 min per groep)
4. platform: hoe delen we casuslessen zonder dat cliënten herkenbaar zijn
5. rondvraag
""")

# ---------------------------------------------------------------------------
# 3. Attendance lists
# ---------------------------------------------------------------------------
add(r"""
Presentielijst workshop Huiselijk geweld – [[d:7 maart 2017]]

Naam                 | Team / organisatie                     | Functie                  | Paraaf
[[p:Sevda Kılıç]]          | SWT {{w:Transvaal}} / {{o:Xtra}}                 | {{r:maatschappelijk werker}}   | [[p:SK]]
[[p:Pieter Winter]]        | SWT {{w:Moerwijk}} / {{o:Stichting MOOI}}        | {{r:maatschappelijk werker}}   | ✓
[[p:Marek Wójcik]]         | SWT {{w:Laakkwartier}} / {{o:Parnassia}}         | {{r:sociaal psychiatrisch verpleegkundige}} | [[p:MW]]
[[p:Ifrah Mohamed]]        | SWT {{w:Schilderswijk}} / {{o:MEE}}             | {{r:MEE-consulent}}            | ✓
[[p:Gülay Arslan]]         | SWT {{w:Bouwlust}} / {{o:gemeente}}              | {{r:casusregisseur}}           | afw.
[[p:Nurcan Aksoy]]         | {{o:Veilig Thuis Haaglanden}}                | {{r:aandachtsfunctionaris}}    | ✓
=====
Aanwezig: [[p:Marjolein]] ({{o:CAOP}}, vz), [[p:Thijs]] ({{o:gem.}}), [[p:Hester]] (notulen), [[p:Latifa]], [[p:Sevda]], [[p:Roy]], [[p:Gonny]], [[p:Chandni]], [[p:Emre]], [[p:Dilek]], [[p:Pieter]], [[p:Marek]], [[p:Ifrah]], [[p:Wahid]], [[p:Ewa]], [[p:Rignald]], [[p:Jozeline]]
Afwezig m.k.: [[p:Gülay]] (ziek), [[p:Ayoub]] (cursus)
Afwezig z.k.: [[p:Bassel]]
=====
Aanwezig: [[p:MV]], [[p:TB]], [[p:HvdM]], [[p:LA]], [[p:SK]], [[p:RTAF]], [[p:GH]], [[p:CR]], [[p:ED]], [[p:DÖ]]
Afwezig: [[p:PW]], [[p:WdV]]
Notulen: [[p:HvdM]]
=====
Deelnemerslijst expertmeeting [[d:20-04-2017]] (intern, niet verspreiden)

Tafel 1 – Jeugd: [[p:Emre Doğan]], [[p:Chandni Ramlal]], [[p:Rignald Martis]], [[p:Jozeline Rosario]], [[p:Bassel Alhamwi]] | expert: dhr. [[p:M. de Boer]] ({{o:Jeugdbescherming west}})
Tafel 2 – Ouderen: [[p:Gonny Hoek]], [[p:Dilek Öztürk]], [[p:Wahid Karimi]], [[p:Krystyna Lewandowska]], [[p:Anita Bhoendie]] | expert: [[p:Dewi Soerjadi]] ({{o:WZH}})
Tafel 3 – Huiselijk geweld: [[p:Sevda Kılıç]], [[p:Pieter Winter]], [[p:Marek Wójcik]], [[p:Ifrah Mohamed]], [[p:Gülay Arslan]] | expert: [[p:Nurcan Aksoy]] ({{o:Veilig Thuis}})
Tafel 4 – Bemoeizorg: [[p:Roy Tjon A Fong]], [[p:Latifa Amrani]], [[p:Ewa Kowalczyk]], [[p:Ayoub Benali]], [[p:Samira Ouahabi]] | expert: [[p:Annelies de Haan]] ({{o:GGD Haaglanden}})
Ervaringsdeskundigen: [[p:Fadumo Yusuf]], [[p:Abdullahi Hassan]], [[p:Cynthia Vreden]]
=====
Presentielijst brainstorm ouderen
[[d:15-02]]
naam	team	e-mail
[[p:gonny hoek]]	{{w:Kijkduin}}	[[e:g.hoek@mee-zhn.nl]]
[[p:dilek ozturk]]	{{w:Laak}}	[[e:d.ozturk@wijkteamsdenhaag.nl]]
[[p:W. Karimi]]	{{w:Bouwlust}}	[[e:wkarimi@xtra.nl]]
[[p:Krystyna L.]]	{{w:Scheveningen}}	[[e:krystyna.lewandowska@florence.nl]]
[[p:Anita]]	{{w:Mariahoeve}}	—
=====
Aanwezig: 18 van de 20 pilotleden, 3 facilitators, 2 gasten van {{o:Veilig Thuis}}. Twee afmeldingen (ziekte, verlof). Opkomst tot nu toe gemiddeld 87%.
=====
Aanwezigheid per bijeenkomst (overzicht t/m expertmeeting)

                   kick-off  start  WS1  BS1  WS2  expert
[[p:Latifa Amrani]]     x        x     x    x    x     x
[[p:Sevda Kılıç]]       x        x     -    x    x     x
[[p:Roy Tjon A Fong]]   x        x     x    -    -     x
[[p:Bassel Alhamwi]]    x        -     x    x    -     -
[[p:Samira Ouahabi]]    -        x     x    x    x     x

(x = aanwezig, - = afwezig; WS = workshop, BS = brainstorm)
=====
Presentie slotbijeenkomst ([[d:22-6]]): ca. 140 aanwezigen, waarvan 92 teamleden uit 23 van de 24 teams ({{w:Kijkduin}} ontbrak i.v.m. teamuitje). Gasten o.a. van {{o:Haag Wonen}}, {{o:Staedion}}, {{o:Vestia}}, {{o:GGD}}, {{o:Politie Den Haag}}, {{o:Humanitas}} en de {{o:Haagse Hogeschool}}.
=====
Ook aanwezig (niet op de lijst): [[p:Jan-Willem Bakker]] ({{o:Haag Wonen}}, {{r:wijkconsulent}} {{w:Moerwijk}}) en mevr. [[p:Storm]] ({{o:Humanitas}}). Afgemeld: {{r:wethouder}} (agenda), [[p:Dick de Wit]] ({{o:SZW}}).
=====
AANWEZIG STARTBIJEENKOMST [[d:2/2]]
1 [[p:Amrani]], [[p:L.]]
2 [[p:Kılıç]], [[p:S.]]
3 [[p:Tjon A Fong]], [[p:R.]]
4 [[p:Hoek]], [[p:G.]]
5 [[p:Ramlal]], [[p:C.]]
6 [[p:Doğan]], [[p:E.]] — afgemeld (ziek)
7 [[p:Öztürk]], [[p:D.]]
8 [[p:Winter]], [[p:P.]]
9 [[p:Wójcik]], [[p:M.]]
10 [[p:Mohamed]], [[p:I.]]
=====
Presentielijst (scan, handgeschreven – overgetypt door [[p:HvdM]])
[[p:Samira O.]] – {{w:Spoorwijk}} – [[t:06 2917 4480]]
[[p:Bassel]] – {{w:Centrum}} – ?? (onleesbaar)
[[p:Jozeline Rosario]] – {{w:Rustenburg}} – [[t:06-53 11 08 29]]
[[p:R. Martis]] – {{w:Oostbroek}} – [[e:r.martis@cjgdenhaag.nl]]
[[p:C. Vreden]] (ervaringsdeskundige) – [[t:0703 88 41 62]]
""")

# ---------------------------------------------------------------------------
# 4. Minutes (kick-off, start meeting, workshops, brainstorms, expert meeting,
#    closing), including client cases discussed in the sessions
# ---------------------------------------------------------------------------
add(r"""
VERSLAG KICK-OFF PILOT 'SAMEN WERKEN IN HET SOCIALE DOMEIN'
Datum: [[d:22 november 2016]]
Verslag: [[p:Hester van der Meulen]]

1. Opening
De {{r:wethouder}} opent de middag voor ruim 200 medewerkers van de sociale wijkzorgteams. Sinds november 2015 werken de 24 teams in de wijken; nu is het tijd om ook over de grenzen van het eigen team te kijken.

2. Toelichting pilot
[[p:Thijs Brouwer]] licht toe dat de pilot vier maanden loopt, dat een groep van 20 teamleden aan de slag gaat en dat de gemeente de tijd vergoedt (max. 4 uur per maand per deelnemer). [[p:Ronald Zomer]] ({{o:Crossover}}) vertelt over ervaringen in Utrecht en Eindhoven.

3. Keuze thema's
Na de werkvorm 'thema's op de muur' stemden de aanwezigen met stickers. Uitslag:
- bemoeizorg: 187 stickers
- huiselijk geweld: 163
- ouderen: 151
- jeugd (18-/18+): 139
- schulden: 98
- LVB: 71
De eerste vier zijn gekozen. Schulden komt terug als dwarsverband.

4. Pilotgroep
Er waren 34 aanmeldingen voor 20 plekken. Gekozen is voor spreiding over wijken en organisaties. De lijst volgt per mail; reserves zijn [[p:Krystyna Lewandowska]] en [[p:Wahid Karimi]].

5. Vervolg
Startbijeenkomst pilotgroep begin februari (datum volgt). Expertmeeting in april, slotbijeenkomst in juni.
=====
Verslag startbijeenkomst [[d:2 februari]] – kort

Opening door [[p:Marjolein]]. Speeddate leverde veel gelach op ("ik wist niet dat {{w:Ypenburg}} óók een SWT heeft").
Uitslag kick-off toegelicht. Subgroepen:
• Jeugd: [[p:Emre]], [[p:Chandni]], [[p:Rignald]], [[p:Jozeline]], [[p:Bassel]] – facilitator [[p:Hester]]
• Ouderen: [[p:Gonny]], [[p:Dilek]], [[p:Wahid]], [[p:Krystyna]], [[p:Anita]] – facilitator [[p:Thijs]]
• Huiselijk geweld: [[p:Sevda]], [[p:Pieter]], [[p:Marek]], [[p:Ifrah]], [[p:Gülay]] – facilitator [[p:Marjolein]]
• Bemoeizorg: [[p:Roy]], [[p:Latifa]], [[p:Ewa]], [[p:Ayoub]], [[p:Samira]] – facilitator [[p:Ronald]]
Casusronde: 19 casussen ingebracht. Opvallend: in 11 van de 19 speelden schulden mee, in 7 een {{r:huisarts}} die niet in beeld was.
Afspraak: casussen gaan alleen geanonimiseerd het platform op, met getekende toestemmingsverklaring.
=====
Notulen workshop 1 Jeugd, [[d:14 maart]], {{o:CJG}} {{w:Laak}}

Aanwezig: [[p:Emre Doğan]], [[p:Chandni Ramlal]], [[p:Rignald Martis]], [[p:Jozeline Rosario]], [[p:Hester van der Meulen]] (facilitator). Afwezig: [[p:Bassel Alhamwi]].

Casus (ingebracht door [[p:Emre]])
Het gaat om [[p:Jayden]], 18 jaar, woont bij zijn oma in de {{w:Schilderswijk}}. Tot zijn 18e had hij een {{r:jeugdconsulent}} van het {{o:CJG}} en een {{r:voogd}} van {{o:Jeugdbescherming west}}. Op zijn verjaardag stopte alles. Hij heeft inmiddels € 2.300 schuld (telefoonabonnement, zorgverzekering, boete OV), geen school, geen inkomen. Oma (mevrouw [[p:Pinas-Kranenburg]], 71) is op.
Discussie: wie had vóór de 18e verjaardag het SWT moeten inschakelen? [[p:Chandni]]: "Wij horen het pas als het al misgaat." [[p:Rignald]] stelt een warme overdracht voor vanaf 17,5 jaar.

Idee: een 'overgangsgesprek' met CJG, SWT en jongere, uiterlijk zes maanden vóór de 18e verjaardag. [[p:Jozeline]] werkt het uit voor de expertmeeting.
=====
Verslag brainstorm Bemoeizorg – [[d:15 maart]]

We begonnen met de vraag: hoe kom je binnen bij iemand die de deur niet opendoet? Op de vier flappen ('signaal', 'contact', 'volhouden', 'afsluiten') kwamen 96 post-its.
Top 3 na stemmen:
1. Vaste 'eerste bezoeker' per wijk samen met de {{r:wijkagent}} (14 stippen)
2. Huisbezoek met iets concreets (boodschappen, een lamp vervangen) (11 stippen)
3. Korte lijn met de {{r:woonconsultant}} van de corporatie (9 stippen)

[[p:Latifa]] vertelde over meneer [[p:K.]] uit {{w:Transvaal}}: zes maanden lang elke week een briefje, pas toen ze zijn kapotte fiets liet maken deed hij open. "Geen indicatie, wel een fietsband."
[[p:Ewa]]: bij Poolse arbeidsmigranten werkt een brief in het Pools beter dan drie huisbezoeken.
Volgende keer uitwerken: idee 1 (trekker [[p:Roy]]) en idee 2 (trekker [[p:Samira]]).
=====
Notulen workshop Huiselijk geweld – [[d:7 maart 2017]]
Voorzitter: [[p:Marjolein Verhoef]], notulist: [[p:Ewa Kowalczyk]]

2. Het verslag van de brainstorm van [[d:28 februari]] wordt vastgesteld met één wijziging: het idee 'vaste contactpersoon Veilig Thuis per wijk' kwam van [[p:Ifrah]], niet van [[p:Pieter]].

3. [[p:Nurcan Aksoy]] ({{o:Veilig Thuis Haaglanden}}) licht de meldcode toe. Vragen uit de groep gingen vooral over terugkoppeling: na een melding horen teams vaak niets meer.

4. Casus {{w:Bouwlust}} (ingebracht door [[p:Pieter Winter]])
Mevrouw [[p:Naziha el Khattabi]] (34), drie kinderen, woont aan de [[a:Dedemsvaartweg 1127]]. Partner [[p:Youssef B.]] is in oktober uit huis geplaatst (tijdelijk huisverbod). Sindsdien is zij alleen met de kinderen; de oudste ([[p:Rayan]], 12) gedraagt zich agressief op school. Het SWT helpt met de aanvraag bijzondere bijstand (aanvraag [[z:BB-2016-40817]]) en huisvesting. Veilig Thuis heeft de casus in november afgesloten.
Vraag aan de groep: hoe blijf je als SWT in beeld bij het gezin als de partner terugkomt?
Noot notulist na afloop: [[p:Pieter]] vraagt om de naam en het adres uit het verslag te halen voordat het verstuurd wordt. → [[p:MV]] past aan.

5. Idee 'vaste contactpersoon VT per wijk' wordt in een duo uitgewerkt ([[p:Sevda]] + [[p:Gülay]]).
=====
Verslag expertmeeting [[d:20 april 2017]] – samenvatting per tafel

Tafel 1 Jeugd. Expert [[p:De Boer]] ({{o:Jeugdbescherming west}}) herkent het probleem van de 18-grens. Hij adviseert om het 'overgangsgesprek' vast te leggen in het werkproces van het {{o:CJG}} in plaats van het aan de goede wil van individuele {{r:consulenten}} over te laten.

Tafel 2 Ouderen. [[p:Dewi Soerjadi]] pleit voor een vaste {{r:casemanager dementie}} per wijk die ook aan de SWT-tafel zit. In {{w:Mariahoeve}} werkt dat al; in {{w:Escamp}} niet.

Tafel 3 Huiselijk geweld. [[p:Nurcan Aksoy]] stelt voor dat {{o:Veilig Thuis}} per melding één vast contactpersoon noemt voor het SWT. Zij neemt het mee naar haar MT.

Tafel 4 Bemoeizorg. [[p:Annelies de Haan]] ({{o:GGD}}) waarschuwt: "Een fietsband repareren is mooi, maar registreer het ook, anders bestaat het niet." Gesprek over privacy: mag een SWT-medewerker een signaal van de buren doorgeven aan de {{o:GGD}} zonder toestemming?

Ervaringsdeskundigen. [[p:Abdullahi]] vertelde hoe hij in 2014 dakloos raakte na een huisuitzetting en hoe een {{r:maatschappelijk werker}} hem "elke vrijdag om vier uur" in de bibliotheek opzocht. [[p:Cynthia]]: "Niemand vroeg wat ík wilde."
=====
Verslag slotbijeenkomst [[d:22 juni]]

Circa 140 mensen in de Centrale Bibliotheek. Na de film (zie intranet) presenteerden de vier subgroepen hun resultaten op de marktplaats. Enkele opbrengsten:
- Jeugd: het 'overgangsgesprek 17,5' wordt vanaf september in drie wijken getest ({{w:Laak}}, {{w:Schilderswijk}}, {{w:Rustenburg-Oostbroek}}).
- Ouderen: een vaste {{r:casemanager dementie}} aan tafel in {{w:Escamp}} en {{w:Loosduinen}}.
- Huiselijk geweld: {{o:Veilig Thuis}} noemt per melding één vast contactpersoon voor het SWT (afspraak per [[d:1 september]]).
- Bemoeizorg: 'eerste bezoeker'-duo's met de {{r:wijkagent}} in {{w:Transvaal}} en {{w:Moerwijk}}.
Het panel was het eens dat de pilot te kort was. De {{r:wethouder}} zegde toe dat er een tweede ronde komt, met een nieuwe groep van 20.
Dank aan alle deelnemers en in het bijzonder aan [[p:Latifa Amrani]] en [[p:Roy Tjon A Fong]], die het platform hebben volgeschreven met casuslessen.
=====
notulen brainstorm ouderen wo [[d:15/2]]
aanw: [[p:gonny]], [[p:dilek]], [[p:wahid]], [[p:krystyna]], [[p:anita]] + [[p:thijs]] (fac)

- check-in: [[p:dilek]] heeft deze week 3 ouderen gezien die niet wisten dat ze recht hadden op huishoudelijke hulp
- post-its: 41 stuks, geclusterd in 5 groepen (onbekendheid, schaamte, taal, mantelzorger weet het niet, huisarts verwijst niet)
- casus [[p:wahid]]: meneer [[p:Rahimi]] (86), Afghaans, woont sinds de dood van zijn vrouw alleen op de [[a:Hengelolaan 812]], zoon woont in Duitsland. Kwam in beeld via de {{r:apotheker}}, die zag dat hij zijn medicijnen niet meer ophaalde. Geen {{r:huisarts}} meer sinds de praktijk stopte.
- idee: apotheken in {{w:Bouwlust}} een signaalkaart geven met het nummer van het SWT
- volgende keer: [[p:krystyna]] brengt casus in uit {{w:Scheveningen}}
=====
aanw [[p:gonny]], [[p:dilek]], [[p:wahid]], [[p:krystyna]], [[p:anita]], [[p:thijs]]
(n.b. alleen voornamen, presentielijst in de map)
=====
Verslag workshop 2 Ouderen – [[d:7 maart]], Bibliotheek {{w:Mariahoeve}}

[[p:Dewi Soerjadi]] vertelde over 'Samen thuis'. Kern: de {{r:huisarts}}, de {{r:wijkverpleegkundige}} en de {{r:casemanager dementie}} zitten eens per zes weken aan tafel bij het SWT. In een jaar werden 43 ouderen eerder in beeld gebracht.

Casus [[p:Krystyna]] ({{w:Scheveningen}}): mevrouw [[p:Willemien de Vos]], 89, weduwe, woont op de [[a:Badhuisstraat 44-B]]. Dochter [[p:Ingrid]] woont in Canada en belt elke zondag. Mevrouw is twee keer gevallen; de eerste keer lag ze 14 uur op de grond voordat de buurman haar vond. Ze weigert een alarmknop ("dat is voor oude mensen"). Er is geen mantelzorger in de buurt.
Reacties: [[p:Gonny]] kent dit uit {{w:Kijkduin}}; een alarmknop verkopen als 'telefoon voor als de kleinkinderen bellen' werkte daar. [[p:Anita]]: laat de dochter het voorstellen, niet het SWT.
Afspraak: [[p:Krystyna]] belt de dochter ([[t:+1 604 555 0187]]) met toestemming van mevrouw.
=====
Besluitenlijst overleg facilitators [[d:27 februari]]

B1 Subgroep bemoeizorg wordt tijdelijk begeleid door [[p:Marjolein]] zolang [[p:Roy]] afwezig is.
B2 Externe experts krijgen een vergoeding van € 250 per dagdeel; ervaringsdeskundigen € 50 plus reiskosten.
B3 Casusbeschrijvingen voor de expertmeeting worden door de facilitators geanonimiseerd vóór verzending.
B4 Slotbijeenkomst in de Centrale Bibliotheek; catering max. € 1.850.
B5 Geen foto's van deelnemers op intranet zonder toestemming.
=====
Kort verslag terugkoppeling teamleiders ([[d:10/2]])

Aanwezig: vier teamleiders en de projectgroep. Teamleiders zijn positief maar maken zich zorgen over de uren: in {{w:Escamp}} en {{w:Laak}} zijn wachtlijsten van 3 tot 5 weken. Afgesproken dat pilotleden maximaal 4 uur per maand besteden en dat de gemeente de vervanging in {{w:Laak}} betaalt (ca. 60 uur). Volgende terugkoppeling na de expertmeeting.
=====
Verslag workshop Bemoeizorg #2, [[d:di 14 maart]]
Notulist: [[p:Samira Ouahabi]]

De {{r:verpleegkundige}} van het {{o:Bemoeizorgteam}} ([[p:Ruud Tuinenburg]]) vertelde over zijn werk. Hij zei: "In {{w:Transvaal}} ken ik de portiekdeuren beter dan de mensen." Vragen uit de groep:
- Wanneer schakel je de {{o:GGD}} in en wanneer doe je het als SWT zelf? [[p:Ruud]]: als er gevaar is voor de persoon of de buren, altijd de {{o:GGD}}.
- Mag je zonder toestemming bij de {{r:huisarts}} navragen of iemand bekend is? Nee, tenzij er acuut gevaar is.

Casus (ingebracht door [[p:Ayoub]]): een man van 52 in de {{w:Schilderswijk}}, voormalig zeeman, verzamelt spullen. De corporatie ({{o:Staedion}}) dreigt met ontruiming, de buren klagen over ongedierte. Hij staat ingeschreven op de [[a:Vaillantlaan 231 III]], maar slaapt volgens de buren vaak in het Zuiderpark. [[p:Ayoub]] heeft hem twee keer gesproken bij de {{o:Voedselbank}}.
[[p:Ruud]] biedt aan om een keer mee te gaan.
=====
Notulen overleg pilotgroep week 10

1. Mededelingen. [[p:Ewa]] is per [[d:1 april]] naar een ander team ({{w:Centrum}}) maar blijft in de pilot.
2. Verslag vorige keer vastgesteld.
3. Voortgang: jeugd en huiselijk geweld liggen op schema, ouderen heeft nog geen concreet idee, bemoeizorg loopt achter door ziekte.
4. Platform: er staan pas 6 casuslessen op. [[p:Latifa]] merkt op dat collega's bang zijn dat cliënten herkenbaar zijn. [[p:Thijs]]: de privacyfilter haalt namen en adressen eruit, maar lees altijd zelf na.
5. Rondvraag: [[p:Gülay]] vraagt of de expertmeeting ook 's avonds kan; nee, de experts kunnen alleen overdag.
=====
Verslag intervisie pilotleden {{w:Escamp}}/{{w:Loosduinen}} – [[d:19-4]]

Casus fam. [[p:Haidari]] ({{w:Bouwlust}}) – inbreng [[p:Wahid]]
Vader [[p:Nasir Haidari]] (58), moeder [[p:Zahra Hosseini]] (51), drie volwassen kinderen thuis. Statushouders sinds 2015. Vader heeft na een beroerte halfzijdige verlamming; moeder verzorgt hem 24/7 en spreekt nauwelijks Nederlands. Zoon [[p:Farid]] (24) regelt alle post. De Wmo-aanvraag (zaaknummer [[z:WMO-2017-008214]]) loopt al 11 weken. BSN vader: [[b:428861167]] (stond op de aanvraag die [[p:Wahid]] meenam – niet in verslag opnemen!).
Advies groep: mantelzorgondersteuning voor moeder via {{o:Xtra}}, tolk via {{o:Vluchtelingenwerk}}.

Casus mw. [[p:De Vos]] ({{w:Kijkduin}}) – inbreng [[p:Gonny]]
Verschoven naar volgende keer.
=====
Verslag brainstorm Huiselijk geweld – [[d:28 februari]]

We werkten met de methode 'omgekeerde brainstorm': wat moet je doen om huiselijk geweld zo láát mogelijk te ontdekken? Antwoorden o.a.: "nooit alleen met de vrouw praten", "alleen op kantoor afspreken", "niet vragen naar de kinderen", "de {{r:wijkagent}} niet kennen". Daarna omgedraaid naar tips.
Opvallend: in {{w:Transvaal}} en {{w:Laakkwartier}} weten teamleden niet wie de {{r:aandachtsfunctionaris}} huiselijk geweld is in hun eigen organisatie.
Ideeën voor de workshop: vaste contactpersoon VT per wijk, meldcode-opfriscursus per team, een kaartje met 'hoe vraag je ernaar' in vijf talen.
=====
Verslag (concept) startbijeenkomst – opmerkingen graag voor vrijdag [[d:10 februari]] naar [[e:h.vandermeulen@denhaag.nl]]

[...]
4. Casusronde (selectie)
- [[p:Sevda]] ({{w:Transvaal}}): een moeder die al drie keer naar de Blijf-opvang ging en steeds terugkeerde. "We beginnen elke keer opnieuw."
- [[p:Gonny]] ({{w:Kijkduin}}): een echtpaar van 90+ van wie de man dementeert; zoon weigert hulp toe te laten.
- [[p:Bassel]] ({{w:Centrum}}): een Syrische jongen van 19 die alleen in Nederland is en na zijn 18e uit de jeugdzorg viel.
- [[p:Roy]] ({{w:Moerwijk}}): meneer [[p:T.]] die al 15 jaar niemand binnenlaat; de {{r:wijkagent}} noemt hem 'de kluizenaar van de Zuiderparklaan'.
- [[p:Ewa]] ({{w:Laak}}): zes Poolse mannen in één benedenwoning, één van hen met een ernstige wond aan zijn been.
[...]
=====
Verslag overleg met {{o:Veilig Thuis Haaglanden}} (n.a.v. expertmeeting) – [[d:maandag 8 mei]]
Aanwezig: [[p:N. Aksoy]], [[p:J. Dekker]] ({{r:teammanager}} VT), [[p:S. Kılıç]], [[p:M. Verhoef]]

VT is bereid per melding uit een wijk met een SWT een vast contactpersoon te noemen. Voorwaarde: het SWT meldt via het {{r:casusregisseur}}-account en niet via persoonlijke mailboxen. Start [[d:1 september]] in vier wijken, evaluatie na drie maanden. [[p:Dekker]] wil een contactlijst van alle 24 teams met één vast nummer per team (géén 06-nummers van medewerkers).
=====
Verslag workshop 3 Jeugd ([[d:11 april]])

Korte bijeenkomst (1,5 uur). [[p:Jozeline]] presenteerde het uitgewerkte idee 'overgangsgesprek 17,5':
- wie: jongere, ouder(s), {{r:jeugdconsulent}} {{o:CJG}}, {{r:casusregisseur}} SWT, evt. {{r:mentor}} school
- wanneer: uiterlijk 6 maanden vóór de 18e verjaardag
- wat: inkomen, zorgverzekering, school/werk, wonen, schulden
Discussie over privacy: het CJG mag gegevens alleen met toestemming van de jongere delen. Idee van [[p:Bassel]]: laat de jongere zelf de uitnodiging sturen.
[[p:Emre]] gebruikte als voorbeeld [[p:Jayden]] uit de eerste workshop: inmiddels 19, de schuld is opgelopen tot € 3.100 en hij is in beeld bij de {{o:Kredietbank}} (dossier [[z:KBH 17/00931]]).
=====
VERSLAG EXPERTTAFEL 3 – HUISELIJK GEWELD (notulist [[p:Ewa Kowalczyk]])

Vraag: hoe houden we als SWT contact met een gezin nadat VT het heeft overgenomen?
[[p:Aksoy]]: "Meld het gewoon bij ons dat jullie betrokken zijn. We vergeten het te vaak."
[[p:Winter]] gaf het voorbeeld van een gezin in {{w:Moerwijk}} waar VT, het CJG en het SWT alle drie een plan hadden, en de moeder drie verschillende afspraken op één dag.
[[p:Gülay]]: "Eén gezin, één plan – dat zeggen ze in Utrecht, maar hier heeft iedereen zijn eigen systeem."
Conclusie: vaste contactpersoon + één gezamenlijk plan. Verder geen afspraken, [[p:Aksoy]] koppelt terug via [[p:Marjolein]].
=====
Verslag workshop Ouderen (derde keer), [[d:4 april 2017]], {{o:Xtra}} Moerwijk

Casus [[p:Dilek]] ({{w:Laak}}): meneer en mevrouw [[p:Bouchtaoui]], 79 en 74, wonen drie hoog zonder lift aan de [[a:Rijswijkseweg 402]], [[pc:2516 HK]]. Meneer heeft hartfalen en komt al een jaar de trap niet meer af. Mevrouw doet alles, ook de boodschappen, en heeft zelf artrose. Kinderen (vijf!) wonen in de buurt maar "willen dat het SWT het regelt". Urgentieaanvraag bij de gemeente afgewezen (kenmerk [[z:UV/2017/1187-B]]) omdat meneer "niet aan huis gebonden" zou zijn.
[[p:Wahid]] heeft een vergelijkbare casus gehad en bezwaar gemaakt met hulp van het {{r:sociaal raadslid}}; dat werd toegekend na 4 maanden.
Afspraak: [[p:Dilek]] vraagt een medische verklaring aan de {{r:huisarts}} en maakt bezwaar. Deadline bezwaar: [[d:17 april]].
=====
Notulen kick-off, tafelgesprekken (bijlage 2)

Tafel {{w:Haagse Hout}}/{{w:Bezuidenhout}}: "Wij kennen de collega's van {{w:Mariahoeve}} alleen van de mail."
Tafel {{w:Leidschenveen}}/{{w:Ypenburg}}: nieuwbouwwijken, andere problematiek: jonge gezinnen met schulden, eenzaamheid onder mantelzorgers.
Tafel {{w:Segbroek}}/{{w:Duinoord}}: ouderen die "te rijk zijn voor hulp en te arm om het zelf te betalen".
Tafel {{w:Scheveningen}}: huiselijk geweld bij vissersfamilies komt nauwelijks in beeld.
Tafel {{w:Escamp}}: ruim de helft van de casussen heeft met schulden te maken.
=====
Aanvulling op het verslag van [[d:7 maart]]: de casus uit {{w:Bouwlust}} is op verzoek van de inbrenger verwijderd. Wie het verslag al had doorgestuurd: graag de oude versie verwijderen. Dank, [[p:Marjolein]]
=====
Verslag workshop Bemoeizorg #3 ([[d:4-4]])

Idee 1 'eerste bezoeker': [[p:Roy]] heeft met de {{r:wijkagenten}} van {{w:Transvaal}} ([[p:Van Dam]]) en {{w:Moerwijk}} ([[p:Bart-Jan Stam]]) gesproken. Beiden willen meedoen, op voorwaarde dat het niet als politiebezoek voelt: geen uniform.
Idee 2 'huisbezoek met iets concreets': [[p:Samira]] heeft een 'klusjeskoffer' samengesteld (lampen, zekeringen, een fietspomp) – kosten € 85, betaald uit het wijkbudget {{w:Spoorwijk}}.
Casus-update meneer [[p:T.]] ({{w:Moerwijk}}): na 9 weken briefjes en twee keer een pan soep bij de deur heeft hij [[p:Roy]] binnengelaten. Het huis is ernstig vervuild; er is een melding bij de {{o:GGD}} gedaan. Adres voor de {{o:GGD}}: [[a:Zuiderparklaan 96]], telefoon van zijn broer [[p:Hans]]: [[t:06-2288 4163]].
=====
Verslag gesprek [[p:Thijs Brouwer]] / [[p:Ronald Zomer]] over de evaluatie ([[d:24-05]])

De evaluatie bestaat uit: (1) de evaluatieformulieren van alle bijeenkomsten (n = 173), (2) groepsinterviews met de vier subgroepen, (3) een korte vragenlijst onder de 24 teamleiders. [[p:Ronald]] schrijft het rapport, eerste versie half juni. De gemiddelde waardering van de bijeenkomsten is 7,8; de workshops scoren hoger (8,1) dan de kick-off (7,2).
=====
Verslag startbijeenkomst, punt 6 (platform)

[[p:Thijs]] liet zien hoe een casusles op het platform komt: het teamlid schrijft de les, de privacyfilter markeert namen, adressen, data en nummers, en pas na akkoord van de {{r:casusregisseur}} wordt de les zichtbaar voor andere teams. Vragen:
- [[p:Pieter]]: wat als een cliënt herkenbaar is aan zijn verhaal, ook zonder naam? → Dan moet je details weglaten (bijv. "een man van in de vijftig" in plaats van "een voormalig zeeman van 52").
- [[p:Ifrah]]: mogen initialen? → Nee, ook initialen zijn persoonsgegevens.
- [[p:Dilek]]: en de naam van de wijk? → Die mag blijven staan, anders leer je er niets van.
""")

# ---------------------------------------------------------------------------
# 5. Facilitators' notes (own notes, logbooks, handover notes, reflections)
# ---------------------------------------------------------------------------
add(r"""
notities [[p:MV]] kick-off
- zaal te klein voor de werkvorm, volgende keer 2 ruimtes
- stemmen ging chaotisch, sommige mensen plakten 6 stickers
- tafel {{w:Escamp}} heel actief, vooral [[p:Latifa]] en [[p:Samira]]
- [[p:Roy]] wil trekker worden bemoeizorg, goed idee
- na afloop gesproken met [[p:Astrid]] ({{r:TL}} {{w:Loosduinen}}): ze is kritisch over de uren
- [[p:Thijs]] vragen: budget voor vervanging?
=====
Logboek facilitator subgroep Jeugd ([[p:H. van der Meulen]])

[[d:2/2]] – groep gevormd, energie goed, [[p:Bassel]] nog wat stil
[[d:21/2]] – brainstorm: 38 post-its, thema '18-/18+' domineert
[[d:14/3]] – workshop 1: casus [[p:Jayden]] ([[p:Emre]]) raakte iedereen. Let op: [[p:Emre]] noemde de achternaam van de oma hardop en die staat nu in mijn aantekeningen. Niet in verslag!
[[d:11/4]] – workshop 3: idee overgangsgesprek is rijp voor de expertmeeting
[[d:20/4]] – expertmeeting: tafel goed, [[p:De Boer]] enthousiast
=====
Reflectie facilitator na workshop 2 (ouderen)

Wat ging goed: de gastspreker sloot precies aan bij de vragen van de groep. Wat kon beter: ik liet de casusbespreking te lang duren (50 minuten in plaats van 20), waardoor we niet toekwamen aan het uitwerken van ideeën. Volgende keer een timer gebruiken en strenger zijn op de casusvorm (situatie – vraag – wat heb je al geprobeerd).
=====
Overdracht subgroep bemoeizorg van [[p:Roy]] aan [[p:Marjolein]] ([[p:Roy]] is [[d:20 februari]] t/m [[d:12 maart]] afwezig)

- groep is gemotiveerd maar versnipperd; [[p:Ewa]] en [[p:Ayoub]] werken allebei aan 'huisbezoek met iets concreets', stem dat af
- [[p:Samira]] heeft de contacten met {{o:Staedion}}, niet dubbel bellen
- casus meneer [[p:T.]] ({{w:Moerwijk}}) loopt via mij, de {{r:wijkagent}} weet ervan. Bel bij nood de {{r:wijkagent}} via het algemene nummer van de politie (0900-8844), niet zijn 06.
- brainstorm [[d:15/3]] staat, zaal 1.07 is geboekt op mijn naam
=====
Aantekeningen [[p:RZ]] – gesprek met [[p:Annelies de Haan]] (GGD) [[d:9 maart]]
- wil expert zijn, liefst tafel bemoeizorg
- punt van zorg: SWT's melden te laat bij OGGZ
- geeft tip: spreek met de {{r:coördinator}} {{o:Vangnet & Advies}}, [[p:Frank Groen]], [[t:070 752 81 93]] (direct)
- [[p:Annelies]] haar eigen nr: [[t:06 50 19 84 22]], liever mailen: [[e:a.dehaan@ggdhaaglanden.nl]]
=====
Notitie facilitator: vanmiddag in de workshop vertelde [[p:Gülay]] over een cliënte uit {{w:Bouwlust}} met naam én straat erbij. Ik heb het gesprek even stilgelegd en uitgelegd dat we casussen alleen zonder herleidbare gegevens bespreken. Iedereen begreep het, maar het laat zien dat het een reflex is: in teamoverleg noem je altijd de naam. Idee: aan het begin van elke sessie een korte 'privacy-check-in'.
=====
Nota bene voor [[p:Hester]]: het verslag van de HG-workshop van [[d:7/3]] bevat in punt 4 nog de naam van de cliënte en haar adres (Dedemsvaartweg). Pas aan vóór verzending! Ook de naam van de ex-partner eruit. [[p:M.]]
=====
Checklist facilitator per sessie
☐ zaal geboekt + sleutel
☐ flappen, stiften, post-its (4 kleuren), stickers
☐ presentielijst (zonder telefoonnummers)
☐ privacy-check-in aan het begin
☐ evaluatieformulieren (papier + QR-code)
☐ foto's flappen → map pilot
☐ verslag binnen 5 werkdagen
=====
Notities [[p:TB]] startbijeenkomst:
casusronde 19 casussen, ik heb er 7 genoteerd:
1. [[p:LA]] – bemoeizorg, man 60+, {{w:Transvaal}}, deur dicht
2. [[p:SK]] – HG, moeder 3x Blijf
3. [[p:GH]] – dementie + zoon die hulp weigert
4. [[p:BA]] – alleenstaande minderjarige vluchteling 18+
5. [[p:RTAF]] – kluizenaar {{w:Moerwijk}}
6. [[p:EK]] – arbeidsmigranten {{w:Laak}}
7. [[p:DÖ]] – oudere migranten, geen huishoudelijke hulp
→ 4 van de 7 met schulden
=====
Eigen aantekening: gebeld met [[p:Cynthia Vreden]] (ervaringsdeskundige) ter voorbereiding op [[d:20/4]]. Ze wil wel vertellen maar niet over haar ex. Ze vindt het spannend om in een zaal met 'hulpverleners' te staan. Afgesproken dat [[p:Abdullahi]] naast haar zit. Adres voor de taxi: [[a:Soestdijksekade 318]], [[pc:2574 AM]], ophalen 12.15 uur.
=====
Aantekeningen brainstorm jeugd ([[d:21-2]]) – facilitator
Vraag: wat gaat er mis rond de 18e verjaardag?
Opbrengst in steekwoorden: zorgverzekering vergeten, DUO, toeslagen stoppen, jeugdhulp stopt, "ineens volwassen", bewindvoering pas na schulden, geen contact met SWT.
[[p:Rignald]] vertelt over een jongen van {{w:Oostbroek}} die op zijn 18e verjaardag uit de pleeggezinnen 'op straat' kwam. Geboortedatum en naam noemde hij niet, goed zo.
=====
Voorbereiding expertmeeting – taakverdeling facilitators
[[p:MV]]: opening, dagvoorzitter, tafel 3
[[p:TB]]: oogst en vervolg, tafel 2
[[p:HvdM]]: tafel 1, presentielijst, badges
[[p:RZ]]: tafel 4, contact met experts en ervaringsdeskundigen
Catering via {{o:CAOP}}, 35 personen, lunch + koffie/thee, € 22,50 p.p.
=====
Notitie na bellen met [[p:Abdullahi Hassan]]: hij wil zijn vergoeding op de rekening van zijn zus, omdat hij zelf nog een beslag op zijn rekening heeft. IBAN zus: [[i:NL93 TRIO 5627 6291 28]] t.n.v. [[p:H. Hassan]]. Even met de administratie van {{o:MOOI}} checken of dat mag. [[p:A.B.]]
=====
Gespreksnotitie facilitator – [[d:vrijdag 31 maart]]
Met [[p:Wahid]] gebeld: hij twijfelt of hij nog mee kan doen, zijn team ({{w:Bouwlust}}) is onderbezet sinds de {{r:casusregisseur}} met zwangerschapsverlof is. Afgesproken dat hij de expertmeeting wel bijwoont en de workshop van april laat schieten. Zijn teamleider [[p:Mol]] is akkoord.
=====
Notitie [[p:Marjolein]] voor eindverslag

Drie dingen die ik meeneem:
1. Professionals willen graag van elkaar leren, maar het kost tijd die er niet is.
2. De casus is de motor: zodra iemand een echte casus vertelt, gaat de groep aan.
3. Privacy is geen bijzaak. In bijna elke sessie werd wel een naam genoemd. Een filter op het platform helpt, maar het gesprek blijft mensenwerk.
=====
aantekening [[p:thijs]]: [[p:wim]] ({{r:TL}} {{w:Segbroek}}) belde, wil volgend jaar met zijn hele team meedoen. Terugbellen [[t:06 1203 7791]] na de [[d:15e]].
=====
Facilitator-log workshop HG [[d:7-3]]
09:55 [[p:Nurcan]] binnen, beamer werkt niet
10:05 start met 14 mensen, 2 te laat ({{w:Scheveningen}}, file)
10:40 discussie over terugkoppeling loopt hoog op, [[p:Pieter]] geëmotioneerd over de casus
11:15 pauze ingelast
11:30 duo's werken idee uit
12:00 einde, evaluatie 8 formulieren ingevuld
=====
Notitie: [[p:Rachida el Khattabi]] ({{r:ouderenconsulent}} {{o:Florence}}) vroeg of zij als gast bij de ouderen-workshop mag aanschuiven. Prima, aan [[p:Thijs]] doorgegeven. Haar mail: [[e:rachida.elkhattabi@florence.nl]].
""")

# ---------------------------------------------------------------------------
# 6. Flip-over and post-it transcriptions
# ---------------------------------------------------------------------------
add(r"""
FLAP 1 – SIGNAAL
- buren bellen corporatie, niet ons
- {{r:apotheker}} ziet als eerste dat iemand medicijnen laat liggen!!
- postbode?
- "de buurvrouw van 3 hoog weet alles" ([[p:Latifa]])
- {{r:huisarts}} → alleen met toestemming
- {{r:wijkagent}} meldt via {{o:Zorg- en Veiligheidshuis}}
=====
FLIP THEMAKEUZE (kick-off, [[d:22/11]])
BEMOEIZORG ●●●●●●●●●● (187)
HUISELIJK GEWELD ●●●●●●●● (163)
OUDEREN ●●●●●●●● (151)
JEUGD 18-/18+ ●●●●●●● (139)
SCHULDEN ●●●●● (98)
LVB ●●●● (71)
WERK & INKOMEN ●● (37)
MANTELZORG ●● (31)
=====
post-its brainstorm ouderen, geclusterd

ONBEKENDHEID
- weten niet dat SWT bestaat
- "wijkteam? dat is toch voor kinderen"
- folder alleen in NL
SCHAAMTE
- hulp vragen = falen
- "mijn kinderen moeten het doen"
TAAL
- tolk is duur/moet aangevraagd
- kleinkind vertaalt (!)
MANTELZORGER WEET HET NIET
- dochter woont ver
HUISARTS VERWIJST NIET
- "dr. [[p:Visser]] in {{w:Bouwlust}} kent ons niet eens" → [[p:Wahid]] belt hem
=====
Flap uitwerking idee 'eerste bezoeker'
WIE: SWT-er + {{r:wijkagent}} (geen uniform)
WANNEER: na 2e signaal van buren/corporatie
HOE: max 3x per week langs, altijd iets meenemen
REGISTRATIE: in MensCentraal, code BZ-EB
PILOT: {{w:Transvaal}} ([[p:Roy]] + {{r:wijkagent}} [[p:Van Dam]]), {{w:Moerwijk}} ([[p:Samira]] + [[p:Stam]])
=====
OMGEKEERDE BRAINSTORM – hoe ontdek je HG zo laat mogelijk?
• nooit alleen met mevrouw praten
• altijd afspreken op kantoor
• niet naar de kinderen vragen
• niet samenwerken met school
• {{r:wijkagent}} niet kennen
• tolk = de man zelf 😬
• elke keer een andere collega sturen
=====
Flipover workshop jeugd [[d:14-3]]
OVERGANGSGESPREK 17,5
wie? jongere + ouder + {{o:CJG}} + SWT (+ school)
wat? geld / zorgverz. / DUO / wonen / werk
wanneer? 6 mnd vóór 18
wie organiseert? CJG (→ vastleggen!!)
trekker uitwerking: [[p:JR]]
check bij [[p:De Boer]] (JBw) – expertmeeting
=====
Tekst op flap 'Wat neem je mee?' (einde startbijeenkomst)
- "ik ga mijn casus morgen anders aanpakken" 
- elkaars 06 hebben!
- {{w:Ypenburg}} heeft dezelfde problemen als {{w:Escamp}}?!
- minder vergaderen, meer doen
- [[p:Bassel]]: "ik dacht dat alleen mijn team het zo druk had"
- koffie was top
=====
FLAP – PARKEERPLAATS (vragen voor later)
? mag ik een casus van een collega inbrengen
? wie betaalt de tolk bij de expertmeeting
? hoe zit het met de toestemmingsverklaring als cliënt niet kan lezen
? krijgen we een certificaat (accreditatie registerplein)
=====
flip brainstorm HG – post-its 'wat hebben we nodig'
1 vaste contactpersoon VT per wijk ([[p:Ifrah]]) ●●●●●●●
2 meldcode-opfris per team ●●●●●
3 kaartje 'hoe vraag je ernaar' 5 talen ●●●●
4 korte lijn met {{r:wijkagent}} ●●●
5 opvangplek voor mannen?? ●
=====
Flap casus (workshop bemoeizorg #2) — GEANONIMISEERD
man, 50+, {{w:Schilderswijk}}
- verzamelt spullen, ongedierte
- corporatie dreigt met ontruiming
- slaapt soms buiten
- wel contact via Voedselbank
VRAAG: hoe zorgen we dat ontruiming niet het eerste contact wordt?
=====
Flap casus – workshop bemoeizorg #2 (ORIGINEEL, niet delen)
dhr [[p:Hendrik Blok]] 52 jr
[[a:Vaillantlaan 231 III]]
verzamelt, ongedierte, {{o:Staedion}} → ontruiming ([[d:1 mei]]?)
slaapt in Zuiderpark
contact via {{o:Voedselbank}} ([[p:Ayoub]])
zus [[p:Marga]] in Zoetermeer, [[t:079-3 41 52 80]]
=====
FLAP OOGST EXPERTMEETING
JEUGD → overgangsgesprek vastleggen in werkproces CJG
OUDEREN → casemanager dementie aan tafel in elke wijk
HG → 1 vast contactpersoon VT per melding
BEMOEIZORG → eerste-bezoeker-duo's + REGISTREREN
ALLES → tijd! + privacy goed regelen
=====
Post-its (foto 3 van 5) – brainstorm jeugd
"DUO-brief komt altijd op de 18e verjaardag" –[[p:E.]]
"zorgverzekering!!! 1e maand gratis, daarna boete"
"casus loopt niet af op een verjaardag"
"{{o:CJG}} draagt over via mail = geen overdracht" –[[p:CR]]
"wie is de regisseur na 18?"
=====
Flipover slotbijeenkomst – 'Mijn wens voor ronde 2'
- meer teams! 
- ook bewoners en vrijwilligers in de groep
- thema schulden erbij
- platform ook voor de {{o:CJG}}'s
- "elk team een privacy-maatje" 
- vaker in de wijk bijeenkomen i.p.v. stadhuis
=====
FLAP WERKAFSPRAKEN PILOTGROEP
✔ we komen op tijd
✔ telefoon op stil
✔ wat hier gezegd wordt over cliënten blijft hier
✔ geen namen, wel wijken
✔ iedereen mag 'stop' zeggen
=====
Uitgetypte flap tafel 2 (ouderen) expertmeeting, handschrift [[p:Dilek]]
- [[p:Soerjadi]]: 'Samen thuis' werkt door de vaste tafel
- wie betaalt? Wmo / Zvw / WLZ?
- huisarts moet het willen → via {{o:ELZHA}}
- {{w:Escamp}}: 14 huisartspraktijken!!
- [[p:Gonny]] checkt {{w:Kijkduin}}
""")

# ---------------------------------------------------------------------------
# 7. Evaluation forms (paper forms typed out, online form exports)
# ---------------------------------------------------------------------------
add(r"""
EVALUATIEFORMULIER KICK-OFF
Naam (optioneel): [[p:Tineke Kuiper]]
Team: SWT {{w:Segbroek}}
Functie: {{r:Wmo-adviseur}}

Hoe waardeer je de middag? (1-10): 7
Wat vond je het meest waardevol? Collega's uit andere wijken ontmoeten
Wat kan beter? Het stemmen duurde te lang en de zaal was te vol
Wil je op de hoogte blijven? ja → [[e:t.kuiper@denhaag.nl]]
=====
EVALUATIEFORMULIER KICK-OFF
Naam (optioneel): 
Team: {{w:Escamp}}
Functie: {{r:MW}}

Hoe waardeer je de middag? (1-10): 8
Wat vond je het meest waardevol? dat we zelf de thema's mochten kiezen
Wat kan beter? meer tijd voor de tafelgesprekken, minder presentaties
Wil je op de hoogte blijven? nee
=====
Evaluatie workshop huiselijk geweld [[d:07-03-2017]]
1. De inhoud sloot aan bij mijn praktijk: ○1 ○2 ○3 ●4 ○5
2. De gastspreker was helder: ○1 ○2 ○3 ○4 ●5
3. Ik kan hier morgen mee aan de slag: ○1 ○2 ●3 ○4 ○5
4. Opmerkingen: De casus van [[p:Pieter]] was heftig. Goed dat er ruimte was om even stil te staan. Wel jammer dat we niet aan het idee toekwamen.
Naam: -
=====
Evaluatie brainstorm bemoeizorg (online formulier, export)
Tijdstempel: [[d:15-3-2017]] 12:14:08
E-mailadres: [[e:samira.ouahabi@xtra.nl]]
Wat vond je van de werkvorm met de vier flappen? Heel fijn, vooral de muziek erbij 😄
Welk idee spreekt je het meest aan? Huisbezoek met iets concreets
Wat heb je nodig om dit in je eigen wijk te doen? Een klein budget en toestemming van mijn teamleider ([[p:Jeroen Smit]])
Cijfer: 9
=====
Tijdstempel: [[d:15-3-2017]] 12:31:40
E-mailadres: (leeg)
Wat vond je van de werkvorm met de vier flappen? te druk, ik kon niet goed nadenken
Welk idee spreekt je het meest aan? eerste bezoeker
Wat heb je nodig om dit in je eigen wijk te doen? een wijkagent die wil
Cijfer: 6
=====
Evaluatieformulier startbijeenkomst – open vragen (overgetypt)

"Wat neem je mee?"
- Dat {{w:Leidschenveen}} ook zulke casussen heeft.
- Het telefoonnummer van [[p:Ewa]] voor Poolse cliënten.
- De vraag 'wat heb je al geprobeerd?' bij elke casus.
- Dat ik niet de enige ben die vastloopt met de {{r:huisarts}}.
"Wat mis je?"
- Een vaste contactpersoon bij de gemeente voor de pilot.
- Meer tijd.
=====
EVALUATIE EXPERTMEETING – ervaringsdeskundige
Naam: [[p:Cynthia Vreden]]
Hoe was het voor u om hier te zijn? Spannend maar goed. De mensen luisterden echt.
Wat zou u de teams willen meegeven? Vraag wat ík wil. En stuur niet elke keer iemand anders.
Mogen wij uw antwoorden gebruiken in het verslag? Ja, maar zonder mijn achternaam.
=====
Evaluatie workshop 2 ouderen – cijfers
n = 9 | gem. inhoud 8,2 | gem. spreker 8,8 | gem. organisatie 7,1
Opmerkingen: bibliotheek slecht bereikbaar met OV (2×), te weinig tijd voor uitwerken (4×), spreker top (6×)
=====
Naam: [[p:K. Lewandowska]]
Bijeenkomst: workshop ouderen [[d:7/3]]
Wat vond je goed: gastspreker, herkenbare casussen
Wat vond je minder: mijn eigen casus duurde te lang (sorry!!)
Cijfer: 8
Suggestie: volgende keer iemand van {{o:Haag Wonen}} erbij voor de traplift-vraag
=====
Evaluatieformulier slotbijeenkomst (anoniem)
1. Hoe kijkt u terug op de pilot? ☐ zeer positief ☒ positief ☐ neutraal ☐ negatief
2. Heeft de pilot iets veranderd in uw werk? ja, ik bel nu sneller een collega in een andere wijk
3. Wilt u meedoen aan ronde 2? ☒ ja ☐ nee ☐ weet niet
4. Vrije ruimte: Graag meer aandacht voor LVB, dat speelt in bijna al mijn casussen in de {{w:Schilderswijk}}.
=====
Evaluatieformulier slotbijeenkomst (anoniem)
1. Hoe kijkt u terug op de pilot? ☐ zeer positief ☐ positief ☒ neutraal ☐ negatief
2. Heeft de pilot iets veranderd in uw werk? niet echt, ik zat er niet in
3. Wilt u meedoen aan ronde 2? ☐ ja ☐ nee ☒ weet niet
4. Vrije ruimte: Mijn collega [[p:Joost de Graaf]] heeft er veel aan gehad, dus misschien.
=====
Evaluatie [[p:WK]] – brainstorm ouderen
Sterk: dat iedereen een casus meenam
Zwak: de stickers, ik snap het stemmen niet
Cijfer 7
=====
Evaluatie kick-off (digitaal) – antwoord #118
Leeftijd: 35-44
Werkzaam bij: {{o:MEE}}
Functie: {{r:consulent}}
Cijfer: 6
Toelichting: Leuke middag, maar ik snap nog steeds niet wat de pilot voor mijn team ({{w:Ypenburg}}) gaat betekenen. 1 van de 20 plekken voor 24 teams is weinig.
=====
EVALUATIE STARTBIJEENKOMST
naam: [[p:bassel alhamwi]]
team: {{w:centrum}}
cijfer: 8
opmerking: ik wil graag een keer mijn casus van de syrische jongen uitgebreider bespreken. hij heet [[p:Omar]], 19, woont nu in een kamer bij {{o:Kessler Stichting}} aan de [[a:Hoefkade 42]]. ik weet niet of ik zijn naam hier mag zetten, sorry.
=====
Evaluatie workshop jeugd (QR-formulier)
Respons: 5 van 5
"Heel nuttig, eindelijk praten we met het {{o:CJG}} en niet over het CJG." 
"Graag vaker zo, ook met iemand van {{o:DUO}} erbij."
"Goede casus, wel veel details over de jongen – was dat nodig?"
"9!"
"Meer tijd."
=====
Evaluatie expertmeeting – externe expert
Naam: prof. dr. [[p:H.J. Koning]]
Organisatie: {{o:Haagse Hogeschool}}
Wat viel u op? De professionals zijn veel verder dan ik dacht; ze missen vooral mandaat.
Zou u nogmaals deelnemen? Ja. Bereikbaar via [[e:h.j.koning@hhs.nl]] of via het secretariaat, 070 445 8888.
=====
Evaluatie brainstorm HG, antwoord op vraag 4 ('overige opmerkingen'):
ik vond het lastig dat mevr. [[p:Arslan]] haar cliënt bij naam noemde (iets met [[p:Sultani]]?) en het adres in {{w:Vrederust}}. Misschien vooraf afspreken dat we dat niet doen. – [[p:I.M.]]
=====
Totaal evaluaties pilot (alle bijeenkomsten)
Kick-off: n=121, gem. 7,2
Start: n=18, gem. 8,0
Workshops (9): n=58, gem. 8,1
Brainstorms (4): n=31, gem. 7,6
Expertmeeting: n=26, gem. 8,4
Slot: n=73, gem. 7,9
Totaal n=327 (formulieren), responspercentage ca. 64%.
=====
EVALUATIEFORMULIER – ervaringsdeskundige (mondeling afgenomen door [[p:Ayoub]])
Naam: [[p:Abdullahi Hassan]]
Geboortedatum (voor de vergoeding): [[d:14-08-1971]]
BSN (voor de vergoeding, administratie MOOI): [[b:3244.37.900]]
Hoe was het? "Voor het eerst zat ik aan de andere kant van de tafel. Dat was goed voor mij."
=====
Evaluatie workshop bemoeizorg #3
Wat ging goed? de klusjeskoffer van [[p:Samira]]!! 
Wat kan beter? ik mis de {{o:GGD}} aan tafel
Cijfer: 8,5
Naam + team: [[p:Ewa K]] / {{w:Laak}}
=====
evaluatie slot – opmerking bij vraag 4: 'De film was mooi maar ik zag mezelf terwijl ik niet had getekend voor beeldgebruik. Graag verwijderen. [[p:Dilek Öztürk]], {{w:Laak}}, [[t:06 3378 1290]]'
""")

# ---------------------------------------------------------------------------
# 8. Participant quotes (for reports, posters, newsletters)
# ---------------------------------------------------------------------------
add(r"""
'Ik dacht dat ik de enige was die hiermee worstelde.' – [[p:Samira]], {{r:welzijnscoach}} SWT {{w:Spoorwijk}}
=====
"Geen indicatie, wel een fietsband." – [[p:Latifa Amrani]] over de manier waarop zij na een half jaar binnenkwam bij een cliënt in {{w:Transvaal}}
=====
Quotes voor de nieuwsbrief (goedgekeurd door de deelnemers):
• "Door de pilot bel ik nu gewoon een collega in {{w:Ypenburg}} als ik vastloop." ({{r:maatschappelijk werker}}, {{w:Escamp}})
• "We praten eindelijk mét het {{o:CJG}} in plaats van over het CJG." ({{r:jongerenwerker}})
• "Privacy is geen bijzaak, het is het eerste waar je aan moet denken." ({{r:casusregisseur}})
=====
"Eén gezin, één plan – dat zeggen ze in Utrecht, maar hier heeft iedereen zijn eigen systeem." – [[p:Gülay Arslan]], {{r:casusregisseur}} {{w:Bouwlust}}
=====
Citaat bij foto 7 (poster bemoeizorg): [[p:Roy]] en [[p:Samira]] met de klusjeskoffer. "Soms is een nieuwe lamp het begin van een gesprek."
=====
Uitspraken ervaringsdeskundigen (expertmeeting):
- "Niemand vroeg wat ík wilde." ([[p:Cynthia]])
- "Elke vrijdag om vier uur kwam ze naar de bibliotheek. Ik wist: zij geeft niet op." ([[p:Abdullahi]], over zijn {{r:maatschappelijk werker}})
- "Ik had drie hulpverleners en geen van hen wist van de ander." (anoniem)
=====
"In {{w:Transvaal}} ken ik de portiekdeuren beter dan de mensen." – [[p:R. Tuinenburg]], {{r:verpleegkundige}} {{o:Bemoeizorgteam}} {{o:Parnassia}}
=====
Wat zeiden de deelnemers? "Leerzaam", "eindelijk tijd om na te denken", "te kort", "meer van dit!", "ik heb 3 nieuwe collega's leren kennen", "de koffie in {{w:Mariahoeve}} is beter dan op het stadhuis".
=====
[[p:Chandni]] ({{w:Laak}}): "Wij horen het pas als het al misgaat. Dat moet anders, en met het overgangsgesprek kan het ook anders."
=====
"Ik stond bij de slotbijeenkomst te vertellen over meneer die zes maanden de deur niet opendeed, en toen zei iemand uit {{w:Kijkduin}}: die hebben wij er ook drie. Dan weet je waar je het voor doet." – [[p:Latifa]]
=====
Citaat {{r:wethouder}} slot: "De teams hebben laten zien dat ze over hun eigen schutting willen kijken. Wij gaan zorgen dat dat ook kan."
=====
Quote [[p:Dewi Soerjadi]] (WZH): "De huisarts is geen poortwachter, hij is een buurman van het SWT. Ga er gewoon koffie drinken."
=====
'Meneer [[p:Rahimi]] zei tegen mij: u bent de eerste die naar mijn vrouw vraagt. Ze is al twee jaar dood.' – [[p:Wahid Karimi]], SWT {{w:Bouwlust}}
=====
Uit de groepsinterviews (evaluatie):
"De pilot gaf me een netwerk. Ik app nu met [[p:Sevda]] en [[p:Ifrah]] als ik twijfel over een melding."
"Ik heb meer geleerd van de koffiepauzes dan van de presentaties."
"Vier maanden is te kort om iets echt te veranderen."
=====
"Ik ben Pools, ik ken de taal, dus ik krijg alle Poolse cliënten van {{w:Laak}}. Dat is eigenlijk niet goed." – [[p:Ewa]] ({{r:maatschappelijk werker}})
""")

# ---------------------------------------------------------------------------
# 9. Action lists (initials, codes, deadlines)
# ---------------------------------------------------------------------------
add(r"""
ACTIELIJST PILOTGROEP (bijgewerkt [[d:3 maart]])

nr | actie                                              | wie   | deadline | status
1  | uitslag stemming kick-off op intranet             | [[p:HvdM]]  | [[d:1/12]]     | ✔
2  | zalen boeken workshops feb-apr                     | [[p:TB]]    | [[d:15/1]]     | ✔
3  | casusformat (situatie-vraag-geprobeerd) maken      | [[p:MV]]    | [[d:30/1]]     | ✔
4  | experts benaderen (6)                              | [[p:RZ]]    | [[d:15/3]]     | 4 van 6
5  | overgangsgesprek 17,5 uitwerken                    | [[p:JR]]/[[p:ED]] | [[d:11/4]]     | loopt
6  | signaalkaart apotheken {{w:Bouwlust}}                  | [[p:WK]]    | [[d:31/3]]     | loopt
7  | contact {{o:Veilig Thuis}} over vaste contactpersoon      | [[p:SK]]/[[p:GA]] | [[d:20/4]]     | open
8  | klusjeskoffer samenstellen                         | [[p:SO]]    | [[d:4/4]]      | open
=====
Acties n.a.v. workshop jeugd:
- [[p:Jozeline]]: idee uitwerken op 1 A4 → vóór [[d:4 april]]
- [[p:Emre]]: navragen bij {{o:DUO}} wanneer de brief naar 18-jarigen gaat
- [[p:Hester]]: {{o:Jeugdbescherming west}} uitnodigen voor expertmeeting
- [[p:Rignald]] + [[p:Chandni]]: inventariseren hoeveel 17,5-jarigen het {{o:CJG}} {{w:Laak}} nu in zorg heeft
=====
ACTIEPUNTEN
wie	wat	wanneer
[[p:LA]]	flappen uitwerken	vr
[[p:RTAF]]	{{r:wijkagenten}} bellen	volgende week
[[p:SO]]	offerte klusjeskoffer	voor de [[d:20e]]
allen	casus anonimiseren voor platform	doorlopend
=====
Actie: [[p:PW]] haalt naam en adres van cliënte uit het verslag van [[d:7/3]] en stuurt de nieuwe versie rond vóór [[d:vr 10/3]].
=====
To do (facilitators) na expertmeeting
[ ] bedankmail experts ([[p:RZ]], vóór [[d:27-04]])
[ ] vergoedingen ervaringsdeskundigen laten uitbetalen ([[p:AB]], {{o:MOOI}})
[ ] verslag per tafel bundelen ([[p:HvdM]])
[ ] afspraak {{o:Veilig Thuis}} plannen ([[p:MV]] + [[p:SK]])
[ ] {{o:ELZHA}} benaderen over huisartsen aan tafel ([[p:TB]])
[x] foto's flappen in de map ([[p:HvdM]])
=====
Actielijst facilitators – overzicht
A1 | zaalhuur slot afrekenen | [[p:TB]] | eind juni
A2 | film monteren | extern | [[d:15 juni]]
A3 | evaluatierapport | [[p:RZ]] | juli
A4 | beelden van [[p:D. Öztürk]] uit film knippen (geen toestemming) | extern | z.s.m.
=====
acties brainstorm ouderen:
* [[p:wahid]] → dr [[p:visser]] bellen ({{r:huisarts}} {{w:bouwlust}})
* [[p:dilek]] → folder in turks/arabisch navragen bij {{o:xtra}}
* [[p:krystyna]] → casus voor volgende keer
* [[p:thijs]] → gastspreker {{o:WZH}} ([[p:dewi]]) vastleggen
=====
Afspraken uit de intervisie ([[d:19-4]]):
1. [[p:WK]] vraagt mantelzorgondersteuning aan voor mw. [[p:Hosseini]] bij {{o:Xtra}} – deadline [[d:26 april]]
2. [[p:WK]] belt de {{r:Wmo-consulent}} over [[z:WMO-2017-008214]] – z.s.m.
3. [[p:GH]] brengt casus mw. [[p:De Vos]] in op [[d:17 mei]]
=====
Actielijst werkgroep platform
- privacyfilter testen met 20 oude verslagen (geanonimiseerd) – [[p:TB]] – [[d:12-05]]
- handleiding 'casusles schrijven' (2 pagina's) – [[p:LA]] + [[p:HvdM]] – [[d:1-6]]
- toestemmingsverklaring in 5 talen – [[p:IM]] (Somalisch), [[p:BA]] (Arabisch), [[p:EK]] (Pools), [[p:DÖ]] (Turks), [[p:WK]] (Dari) – [[d:1-6]]
=====
WIE DOET WAT – slotbijeenkomst [[d:22/6]]
ontvangst & badges: [[p:Hester]], [[p:Ifrah]]
marktplaats opbouwen: elke subgroep zelf, klaar om 15.00
panel voorbereiden: [[p:Marjolein]] met [[p:Astrid]] en [[p:Abdullahi]] (bellen op [[d:ma 19/6]])
microfoon + beamer: [[p:Thijs]]
foto's: alleen van wie het formulier heeft getekend!!
=====
Acties uit overleg met VT [[d:8/5]]:
[[p:NA]]: intern voorstel MT VT ([[d:1 juni]])
[[p:JD]]: contactlijst 24 teams opvragen via [[p:MV]]
[[p:SK]]: lijst vaste teamnummers aanleveren (geen 06-nummers)
[[p:MV]]: evaluatiemoment plannen dec.
=====
Actie [[p:RTAF]]: GGD-melding meneer [[p:T.]] (zie verslag [[d:4/4]]) – gedaan [[d:5/4]], ref. {{o:GGD}} [[z:17-0447]]
=====
Actielijst (uit de notulen van week 10)
• Platform: iedere subgroep zet vóór de expertmeeting min. 2 casuslessen online – trekkers per groep
• Expertmeeting: pitches van 10 minuten, oefenen in de groep
• Uren: bijhouden op het urenformulier, inleveren bij de teamleider
=====
Actie [[p:Dilek]]: bezwaar urgentie fam. [[p:Bouchtaoui]] – deadline [[d:17-4]] – medische verklaring van dr. [[p:Prins]] ({{r:huisarts}}, [[a:Rijswijkseweg 388]]) opvragen.
=====
openstaande acties per [[d:1 juni]]:
- vergoeding [[p:F. Yusuf]] nog niet betaald! IBAN klopt niet volgens de bank ([[i:NL44 INGB 8651 1781 87]]?) → [[p:AB]] belt haar
- [[p:HvdM]]: presentielijst slot printen
- [[p:ED]] en [[p:CR]]: poster jeugd drukken (A1), factuur naar gemeente o.v.v. kostenplaats 6120.4471
=====
Actiepunten kick-off (voor projectgroep):
1. Pilotgroep bekendmaken – binnen 2 weken
2. Reserves informeren – [[p:Marjolein]]
3. Teamleiders informeren over uren – [[p:Thijs]]
4. Datum startbijeenkomst prikken – doodle via [[p:Hester]]: opties [[d:26 januari]], [[d:2 februari]], [[d:7 februari]]
""")

# ---------------------------------------------------------------------------
# 10. Cases brought into the sessions (casus forms, drafts, follow-up mails)
# ---------------------------------------------------------------------------
add(r"""
CASUSFORMAT (in te vullen vóór de workshop)
Thema: huiselijk geweld
Ingebracht door: [[p:Ifrah Mohamed]], {{r:MEE-consulent}} SWT {{w:Schilderswijk}}

Situatie: Mevrouw [[p:Hodan Abdi]] (29), moeder van een zoon met autisme ([[p:Liban]], 6). Licht verstandelijke beperking. Woont met haar man [[p:Mahad]] op de [[a:Hoefkade 877]], [[pc:2526 BZ]]. Op een huisbezoek zag ik blauwe plekken op haar arm; zij zegt dat ze gevallen is.
Vraag: hoe bespreek je geweld met iemand met een LVB zonder dat ze dichtklapt?
Wat heb ik al geprobeerd: alleen afspreken (lukt niet, man is altijd thuis), via de school van de zoon (de {{r:intern begeleider}} heeft niets gezien).
=====
CASUSFORMAT
Thema: ouderen
Ingebracht door: (naam weggelaten)
Situatie: Een vrouw van 84 in {{w:Mariahoeve}}, weduwe, beginnende dementie. Haar zoon woont bij haar in en beheert haar geld. De {{r:wijkverpleegkundige}} vermoedt financieel misbruik: er wordt elke maand een groot bedrag opgenomen.
Vraag: wanneer is dit huiselijk geweld (ouderenmishandeling) en wie meldt?
Wat heb ik al geprobeerd: gesprek met de zoon, die boos werd.
=====
Van: [[p:Pieter Winter]]
Aan: [[p:Marjolein Verhoef]]
Datum: [[d:8 maart 2017]]
Onderwerp: verslag gisteren

Hoi [[p:Marjolein]],

Ik zag dat in de conceptnotulen van gisteren de volledige naam en het adres van mijn cliënte staan, en ook de naam van haar ex. Dat had ik zelf ook niet zo moeten vertellen, maar het mag zeker niet rondgestuurd worden. Zou je punt 4 willen vervangen door: "casus moeder met drie kinderen in {{w:Bouwlust}}, partner met tijdelijk huisverbod"?

Dank je wel,
[[p:Pieter]]
=====
Casusles (concept, nog niet gepubliceerd) – thema bemoeizorg
Titel: Een kapotte fiets als ingang

Een man van in de zestig in {{w:Transvaal}} deed al jaren de deur niet open voor hulpverleners. Buren meldden stank en ongedierte bij de corporatie. De {{r:welzijnscoach}} van het SWT liet zes maanden lang elke week een briefje achter, met steeds dezelfde tekst en haar voornaam. Toen ze zag dat zijn fiets al maanden met een lekke band in de gang stond, bood ze aan die te laten maken. Dat was het begin.
Les: kies een ingang die klein en concreet is, en die iets met de persoon zelf te maken heeft. Houd vol – en registreer wat je doet.
(Opmerking reviewer [[p:TB]]: mooi, zo kan het blijven. 'Van in de zestig' is goed, niet de exacte leeftijd.)
=====
Casusles (concept) – thema jeugd – opmerkingen van de privacyfilter nog niet verwerkt!
[[p:Jayden Pinas]] (18, geb. [[d:03-10-1998]]) woont bij zijn oma op de [[a:Van Ravesteynstraat 12]] in de {{w:Schilderswijk}}. Op zijn 18e verjaardag stopte de jeugdhulp. Binnen drie maanden had hij € 2.300 schuld. Zijn casus staat bij de {{o:Kredietbank}} onder [[z:KBH 17/00931]] en bij het SWT onder [[z:SWT-SW-2017-0212]].
Les: begin uiterlijk zes maanden vóór de 18e verjaardag met een overgangsgesprek.
=====
Casusbeschrijving voor de expertmeeting (geanonimiseerd door de facilitator)
Thema: huiselijk geweld · Wijk: {{w:Laakkwartier}}
Een gezin met vier kinderen, vader werkt in ploegendienst, moeder thuis. Na een melding van school heeft {{o:Veilig Thuis}} onderzoek gedaan en de zaak na zes weken 'overgedragen aan het lokale veld'. Het SWT hoorde dat pas twee maanden later, van de moeder zelf. Vraag aan de experts: hoe organiseer je dat een overdracht ook echt aankomt?
=====
Casusbeschrijving voor de expertmeeting – ORIGINEEL van de inbrenger (niet verspreiden)
Gezin [[p:Koç]], [[a:Neptunusstraat 61]], {{w:Laakkwartier}}. Vader [[p:Serkan]], moeder [[p:Elif]], kinderen [[p:Ahmet]] (14), [[p:Zeynep]] (11), [[p:Mert]] (8) en [[p:Ela]] (3). VT-zaak [[z:VT-2016-12873]]. Contact VT: [[p:J. Dekker]]. Moeder bereikbaar op [[t:06 4422 1907]] (niet bellen als vader thuis is!).
=====
Hoi allemaal,

Naar aanleiding van de vraag van [[p:Ifrah]] in de brainstorm: de folder van {{o:Veilig Thuis}} over 'hoe vraag je ernaar' bestaat al in het Arabisch, Turks en Engels. Somalisch en Tigrinya niet. [[p:Saba Tekle]] ({{r:maatschappelijk werker}} {{w:Centrum}}) en [[p:Awet Tesfamariam]] ({{r:vrijwilliger}} {{o:Vluchtelingenwerk}}) willen helpen met Tigrinya. Ik zoek nog iemand voor Somalisch.
Gr, [[p:Sevda]]
=====
Casus uit de workshop bemoeizorg (voor de eigen dossiervorming, [[p:S. Ouahabi]])
Cliënt: [[p:Mustafa el Idrissi]], geb. [[d:22-06-1961]], BSN [[b:575695389]]
Adres: [[a:Hoefkade 1205]], [[pc:2526 CM]] Den Haag
Tel.: [[t:070 388 19 46]] (vaste lijn, neemt zelden op)
Betrokken: {{o:GGD}} Vangnet ([[p:F. Groen]]), {{o:Staedion}} (woonconsultant [[p:Marieke Koning]]), {{r:huisarts}} dr. [[p:Hoek]]
Samenvatting: sinds 2014 bekend, verzamelt spullen, afgelopen maand 2× brandweer geweest i.v.m. rookmelder. Na de workshop besloten: samen met [[p:Roy]] 'eerste bezoeker'-aanpak proberen.
=====
Voorbeeld uit de workshop ouderen (ter illustratie in het verslag, met toestemming):
"Mevrouw (87) in {{w:Morgenstond}} dacht dat de Wmo alleen voor mensen in een rolstoel was. Ze stond drie jaar lang om zes uur op om zelf de trap te doen. Via de koffieochtend van {{o:Vóór Welzijn}} kwam ze bij ons. Nu heeft ze huishoudelijke hulp en een trapleuning."
=====
Gespreksverslag na de startbijeenkomst ([[p:Latifa]] en [[p:Roy]], [[d:6 feb]])
We willen allebei een casus inbrengen over mannen die de deur niet opendoen. [[p:Latifa]]'s cliënt woont in {{w:Transvaal}} (meneer [[p:Kerkhoven]], [[a:Kempstraat 302]]); [[p:Roy]]'s cliënt in {{w:Moerwijk}} (meneer [[p:T.]]). Besloten om voor de brainstorm allebei de casus 'kaal' te maken: leeftijd, wijk, probleem, wat geprobeerd is.
=====
[Teams-chat tijdens online workshop, [[d:30-03-2017]]]
[10:02] [[p:Hester van der Meulen]]: Welkom! Zet je camera aan als het kan 🙂
[10:04] [[p:Rignald Martis]]: geluid valt weg bij mij
[10:05] [[p:Chandni Ramlal]]: bij mij ook, ik bel in via 070 – 353 9000?
[10:05] [[p:Hester van der Meulen]]: ja, vergader-ID 4471 228 05#
[10:21] [[p:Bassel Alhamwi]]: mijn casus: jongen van 19, woont nu bij {{o:Kessler}}, heeft geen inkomen sinds zijn 18e. Hij heet [[p:Omar]], kan ik zijn nummer delen? [[t:06 87 41 25 30]]
[10:22] [[p:Hester van der Meulen]]: Liever niet in de chat [[p:Bassel]], ik neem na afloop contact met je op.
=====
Aanvulling casus [[p:Omar]] (n.a.v. online workshop) – [[p:BA]]
[[p:Omar Al-Masri]], 19 jaar, geb. [[d:2 januari 1998]] (officieel, volgens IND-papieren), kwam in 2015 als alleenstaande minderjarige vreemdeling. Tot zijn 18e bij {{o:Nidos}}, daarna kamer via {{o:Kessler Stichting}}. Studiefinanciering afgewezen omdat hij geen opleiding volgt; bijstandsaanvraag [[z:PW-2017-33517]] loopt. BSN [[b:210 212 925]]. Rekening [[i:NL10 SNSB 9590 8889 46]]. Hij wil graag kok worden.
=====
Casus ingebracht door [[p:Ewa Kowalczyk]] (brainstorm bemoeizorg)
Zes Poolse mannen wonen in een benedenwoning aan de [[a:Heeswijkstraat 17]] in {{w:Laak}}. Eén van hen, [[p:Tomasz]], heeft een open wond aan zijn been die niet geneest; hij heeft geen zorgverzekering en durft niet naar de {{r:huisarts}} omdat hij dan misschien zijn werk kwijtraakt. Het uitzendbureau ([[p:Wiesław]] is daar de contactpersoon, [[t:+48 601 223 874]]) regelt ook de huisvesting.
[[p:Ewa]] vraagt: wie kan hier zonder verzekering zorg verlenen? Antwoord uit de groep: {{o:Dokters van de Wereld}} en het {{o:Zorgloket}} van de gemeente.
=====
Mail na de expertmeeting

Beste [[p:Ronald]],

Dank voor de uitnodiging. Ik wil nog iets kwijt over tafel 4. Er werd een casus besproken van een vrouw in {{w:Spoorwijk}} – mevrouw [[p:Visser]], zo noemde een van de deelnemers haar – met de straat erbij. Ik ken die vrouw, zij is cliënt van ons. Ik vind dat niet in orde en ik denk dat jullie dit moeten melden als datalek bij de {{r:functionaris gegevensbescherming}}.

Met vriendelijke groet,
[[p:A. de Haan]]
{{o:GGD Haaglanden}}
=====
Reactie [[p:Thijs Brouwer]]:
Beste [[p:Annelies]], dank voor je melding. Ik heb het doorgegeven aan de {{r:privacy officer}} van SZW en ga met de betreffende deelnemer in gesprek. We nemen het mee in de afspraken voor de slotbijeenkomst: geen namen, geen straten, ook niet mondeling. Groet, [[p:Thijs]]
=====
Casus [[p:Dilek]] – fam. [[p:Bouchtaoui]] (update voor de slotbijeenkomst)
Het bezwaar tegen de afwijzing van de urgentie is gegrond verklaard op [[d:6 juni]]. De familie krijgt een benedenwoning in {{w:Laak}}, [[a:Oudemansstraat 233]], sleuteloverdracht [[d:1 juli]]. Meneer [[p:Bouchtaoui]] zei: "Na een jaar kan ik weer naar de moskee."
=====
Uit het verslag van de expertmeeting (tafel 2):
Als voorbeeld noemde [[p:Anita Bhoendie]] ({{w:Mariahoeve}}) de familie [[p:Ramkisoen]]: mevrouw (81) heeft dementie, meneer (85) zorgt voor haar, de kinderen wonen in Suriname en Amsterdam. De {{r:casemanager dementie}} kwam pas in beeld na een opname. "In {{w:Mariahoeve}} zit zij nu wél aan tafel, dus dit gebeurt ons niet meer." Zoon [[p:Rakesh Ramkisoen]] heeft toestemming gegeven om het verhaal te delen.
=====
Casus (workshop ouderen #3, ingebracht door [[p:Krystyna Lewandowska]])
Meneer [[p:Jan de Winter]] (91), {{w:Scheveningen}}, oud-visser, weduwnaar. In de winter komt hij de deur niet uit. Zijn buurvrouw [[p:Trudy Bakker]] doet boodschappen, maar gaat verhuizen. Er is een bakker op de hoek die hem elke ochtend brood brengt. Wie neemt het over?
Idee uit de groep: de bakker vragen of hij signalen wil doorgeven aan het SWT (met toestemming van meneer).
=====
Casus voor workshop HG (ingebracht door [[p:Gülay Arslan]]), GEANONIMISEERDE VERSIE
Een jonge vrouw (22) uit {{w:Vrederust}} is via gezinshereniging uit Afghanistan gekomen en woont bij haar schoonfamilie. Ze mag het huis niet alleen uit en heeft geen eigen telefoon. Ze kwam in beeld via het {{o:consultatiebureau}}.
Vraag: hoe bereik je iemand die je niet alleen kunt spreken?
=====
Casus voor workshop HG (ingebracht door [[p:Gülay Arslan]]), oorspronkelijke versie uit haar mail
Mw. [[p:Nasrin Sultani]], 22 jr, [[a:Melis Stokelaan 2091]], {{w:Vrederust}}, woont bij schoonfamilie (schoonvader [[p:Gul Ahmad Sultani]]). BSN [[b:833 626 486]]. Gezien op het {{o:consultatiebureau}} op [[d:12 januari]] met baby ([[p:Mariam]], geb. [[d:2-11-2016]]). Kan alleen gebeld worden via de {{r:jeugdverpleegkundige}}, [[p:Mirjam Vink]], [[t:06 1499 8320]].
=====
Ingebracht bij de brainstorm jeugd door [[p:Rignald]]:
"Een jongen van 18, uit het pleeggezin, geen startkwalificatie, heeft al twee keer een boete voor zwartrijden. Zijn pleegmoeder wil nog wel helpen maar krijgt geen vergoeding meer." Geen namen genoemd.
=====
E-mail [[p:Latifa Amrani]] aan de pilotgroep (na de brainstorm)

Hallo allemaal,

Ik heb de foto's van de flappen in de map gezet. Op flap 3 staat per ongeluk het adres van een cliënt ('[[a:Kempstraat 302]]', linksonder op een post-it). Wil iedereen die de foto heeft gedownload die verwijderen? Ik heb een nieuwe versie met de post-it weggepoetst in de map gezet.

Sorry!
[[p:Latifa]]
=====
Casus [[p:Chen]] (workshop ouderen, ingebracht door [[p:Anita Bhoendie]])
Mevrouw [[p:Chen Xiuying]] (78) woont boven het restaurant van haar zoon aan de [[a:Wagenstraat 94]], in de {{w:Stationsbuurt}}/Chinatown. Spreekt alleen Kantonees. Haar kleindochter [[p:Mei Ling Chen]] ([[e:meiling.chen98@hotmail.com]]) vertaalt, maar studeert in Delft. Vraag: hoe krijgen we een tolk Kantonees bij de {{r:Wmo-consulent}}?
Tip [[p:Wahid]]: de {{o:Chinese Ouderenvereniging}} aan de Wagenstraat heeft vrijwilligers die tolken.
=====
Casus ingebracht door [[p:Jozeline Rosario]] (jeugd, brainstorm):
Jongedame van 18, [[p:Shaïra]], moeder van een baby, woont bij haar moeder in {{w:Rustenburg}}. Haar jeugdhulp stopte bij 18, de baby heeft nog een {{r:jeugdverpleegkundige}}. Ze heeft een studieschuld van {{o:DUO}} en geen inkomen. Haar moeder, mevrouw [[p:Martina]], werkt nachtdiensten.
[[p:Jozeline]] schreef de naam achteraf op de flap. Weghalen!
""")

# ---------------------------------------------------------------------------
# 11. Around the sessions: consent forms, declarations, panel transcripts,
#     newsletters, logistics, later sessions
# ---------------------------------------------------------------------------
add(r"""
TOESTEMMINGSVERKLARING – delen van casusgegevens binnen de pilot
Ondergetekende: [[p:Rakesh Ramkisoen]]
namens: zijn moeder, mevrouw [[p:S. Ramkisoen-Jhinkoe]], geboren [[d:9 september 1935]]
Adres: [[a:Ruychrocklaan 128]], [[pc:2597 EN]] Den Haag
geeft toestemming dat het verhaal van zijn ouders (zonder naam en adres) wordt gebruikt tijdens de expertmeeting en op het platform van de sociale wijkzorgteams.
Datum: [[d:10-04-2017]]        Handtekening: (getekend)
Namens het SWT: [[p:A. Bhoendie]], {{r:ouderenconsulent}}
=====
DECLARATIEFORMULIER EXTERNE EXPERTS
Naam: [[p:Annelies de Haan]]
Bijeenkomst: expertmeeting [[d:20 april 2017]]
Vergoeding: € 250,00 (dagdeel)
Reiskosten: 14 km à € 0,19 = € 2,66
IBAN: [[i:NL45RBRB3661741269]]
T.n.v.: [[p:A.C. de Haan]]
Handtekening: ✓
Paraaf budgethouder: [[p:TB]]
=====
Transcriptie panelgesprek slotbijeenkomst (fragment)
[[p:Marjolein Verhoef]]: [[p:Abdullahi]], jij zat bij de expertmeeting aan tafel met professionals. Hoe was dat?
[[p:Abdullahi Hassan]]: Raar eerst. Ik ken die mensen van de andere kant. Maar ze luisterden. Een mevrouw van de {{o:GGD}} schreef alles op.
[[p:Astrid Pattiasina]]: Wat ik als {{r:teamleider}} heb geleerd: mijn mensen willen dit, maar ze hebben er geen tijd voor. Als de gemeente dit serieus neemt, moet er formatie bij.
{{r:Wethouder}}: Dat hoor ik. Er komt een tweede ronde.
[[p:Annelies de Haan]]: En registreer het. Wat je niet opschrijft, bestaat niet.
=====
NIEUWSBRIEF SOCIALE WIJKZORGTEAMS – nr. 4 (juni)
Pilot 'Samen werken in het sociale domein' afgerond
Op [[d:22 juni]] sloten ruim 140 collega's de pilot af in de Centrale Bibliotheek. Vier maanden werkten twintig teamleden aan jeugd, ouderen, huiselijk geweld en bemoeizorg. De opbrengst: vier concrete werkwijzen die na de zomer in verschillende wijken worden getest. Het evaluatierapport verschijnt in juli. Meer weten? Kijk op het platform onder 'Pilot 2016-2017' of bel het projectbureau via het algemene nummer 14 070.
=====
Nieuwsbrief – rubriek 'Eén van de twintig'
Deze keer: [[p:Wahid Karimi]] ({{r:welzijnscoach}} SWT {{w:Bouwlust}}, {{o:Xtra}})
"Ik kwam zelf in 2001 uit Afghanistan. Mijn vader had niemand die naar hem vroeg. Daarom zit ik in de subgroep ouderen." [[p:Wahid]] werkte in de pilot aan een signaalkaart voor apotheken. "Een {{r:apotheker}} ziet het als eerste als iemand de medicijnen niet meer ophaalt."
=====
Badges kick-off – namenlijst voor de drukker (selectie)
[[p:Gonny Hoek]] – {{o:MEE}} – {{w:Kijkduin}}
[[p:Marcel de Vos]] – gemeente – {{w:Loosduinen}}
[[p:Petra Visser]] – {{o:Florence}} – {{w:Segbroek}}
[[p:Kees Koning]] – {{o:Xtra}} – {{w:Scheveningen}}
[[p:Fenna Groen]] – {{o:MOOI}} – {{w:Spoorwijk}}
[[p:Yusuf Ateş]] – gemeente – {{w:Laak}}
[[p:Meryem Yılmaz]] – {{o:Parnassia}} – {{w:Transvaal}}
[[p:Lamin Jallow]] – {{o:Xtra}} – {{w:Centrum}}
=====
Bevestiging zaalreservering
Ruimte: Zaal 'Plein', {{o:CAOP}}
Datum: [[d:donderdag 20 april 2017]], 12.00–17.00 uur
Opstelling: 4 ronde tafels à 8 personen + podium
Catering: 35 p. (lunch, koffie/thee, om 15.20 uur fruit)
Contactpersoon op de dag: [[p:Ronald Zomer]] ([[t:06 2871 0554]])
Kosten: € 675,00 excl. btw
=====
Fotolijst slotbijeenkomst – wie heeft toestemming gegeven voor beeldgebruik?
JA: [[p:Latifa Amrani]], [[p:Roy Tjon A Fong]], [[p:Samira Ouahabi]], [[p:Gonny Hoek]], [[p:Emre Doğan]], [[p:Chandni Ramlal]], [[p:Sevda Kılıç]]
NEE: [[p:Dilek Öztürk]], [[p:Marek Wójcik]], [[p:Ifrah Mohamed]]
NIET INGELEVERD: [[p:Gülay]], [[p:Bassel]], [[p:Krystyna]] – nabellen ([[p:HvdM]])
=====
Verslag tweede brainstorm jeugd ([[d:21 februari]]) – kort

Aanwezig: vier van de vijf ([[p:Bassel]] afwezig). Vraag: wat gaat er mis rond de 18e verjaardag? 38 post-its. Grootste cluster: 'geld' (zorgverzekering, {{o:DUO}}, toeslagen). Tweede cluster: 'niemand voelt zich verantwoordelijk'. Besloten het idee 'overgangsgesprek' uit te werken.
=====
Tafelindeling expertmeeting
Tafel 1 (bij het raam): jeugd
Tafel 2: ouderen
Tafel 3: huiselijk geweld
Tafel 4 (bij de deur, i.v.m. rolstoel): bemoeizorg
Ervaringsdeskundigen wisselen na ronde 1 van tafel. Koffie staat achterin, toiletten op de 1e verdieping (kamer 1.12 is stilteruimte).
=====
Begeleidende brief bij de casusbeschrijvingen (aan de experts)

Geachte experts,

Bijgaand ontvangt u vier casusbeschrijvingen, één per thema. Alle gegevens die tot een persoon herleidbaar zijn, zijn verwijderd of veranderd; leeftijden en wijken kloppen wel. Wij verzoeken u de stukken na de bijeenkomst te vernietigen.

Met vriendelijke groet,
het projectteam
=====
Van: [[p:Jeroen Smit]] ({{r:teamleider}} SWT {{w:Spoorwijk}})
Aan: [[p:Thijs Brouwer]]
Onderwerp: uren [[p:Samira]]

[[p:Thijs]], [[p:Samira]] heeft in maart 11 uur aan de pilot besteed in plaats van 4. Dat is mooi, maar ik heb geen vervanging. Kunnen we het over de urenvergoeding hebben? Ik ben bereikbaar op [[t:06 48 33 07 16]].
[[p:Jeroen]]
=====
Hallo [[p:Jeroen]], ja natuurlijk. Ik bel je maandag. De gemeente vergoedt maximaal 4 uur per maand per deelnemer, maar voor {{w:Spoorwijk}} kijk ik wat er nog in het budget zit (we zitten op 61% van de 2.400 uur). Gr [[p:Thijs]]
=====
Notulen voorbereidend overleg slotbijeenkomst, [[d:ma 29 mei]]
Aanwezig: [[p:MV]], [[p:TB]], [[p:HvdM]], [[p:RZ]], [[p:LA]] (namens pilotgroep)
- Panel bevestigd: [[p:Astrid Pattiasina]], [[p:Abdullahi Hassan]], [[p:Annelies de Haan]], {{r:wethouder}}
- Film: 6 minuten, montage klaar [[d:15 juni]]. [[p:Dilek]] heeft bezwaar tegen beelden, die worden eruit geknipt.
- Marktplaats: posters A1, drukker levert [[d:20 juni]]
- Privacy: in alle posters en presentaties geen namen van cliënten, geen straatnamen. [[p:LA]] checkt de posters.
=====
Evaluatierapport (concept), §3.2 Wat werkte?
Deelnemers noemen vooral de casusbesprekingen als waardevol: "zodra iemand een echte casus vertelt, gaat de groep aan". Tegelijk bleek het lastig om casussen te bespreken zonder herleidbare details. In vijf van de veertien bijeenkomsten werden namen of adressen van cliënten genoemd; in twee gevallen kwamen ze in een verslag terecht en is het verslag aangepast. Aanbeveling: een vaste privacy-check-in aan het begin van elke sessie en een filter op het platform.
=====
Evaluatierapport (concept), bijlage 1: deelnemers pilotgroep
[[p:L. Amrani]] ({{o:Vóór Welzijn}}), [[p:S. Kılıç]] ({{o:Xtra}}), [[p:R. Tjon A Fong]] ({{o:Parnassia}}), [[p:G. Hoek]] ({{o:MEE}}), [[p:C. Ramlal]] ({{o:CJG}}), [[p:E. Doğan]] ({{o:Stichting Jong Wijk}}), [[p:D. Öztürk]] ({{o:gemeente}}), [[p:P. Winter]] ({{o:MOOI}}), [[p:M. Wójcik]] ({{o:Parnassia}}), [[p:I. Mohamed]] ({{o:MEE}}), [[p:G. Arslan]] ({{o:gemeente}}), [[p:W. Karimi]] ({{o:Xtra}}), [[p:K. Lewandowska]] ({{o:Florence}}), [[p:A. Bhoendie]] ({{o:WZH}}), [[p:E. Kowalczyk]] ({{o:Xtra}}), [[p:A. Benali]] ({{o:MOOI}}), [[p:S. Ouahabi]] ({{o:Xtra}}), [[p:R. Martis]] ({{o:CJG}}), [[p:J. Rosario]] ({{o:CJG}}), [[p:B. Alhamwi]] ({{o:Vluchtelingenwerk}})
=====
Reminder: evaluatieformulier slotbijeenkomst nog niet ingevuld? Het kan tot [[d:30 juni]] via de QR-code of de link op het platform. Het duurt 3 minuten en is anoniem.
=====
Mailtje van [[p:Cynthia Vreden]] na de slotbijeenkomst:
"Ik wilde nog zeggen dat ik trots ben dat ik het gedaan heb. Mijn {{r:maatschappelijk werker}} van vroeger (mevrouw [[p:Storm]]) zat in de zaal, ze herkende me meteen. Als jullie weer iemand zoeken, mag je me bellen: [[t:06-15 38 02 77]]. Groetjes [[p:Cynthia]]"
=====
Korte terugblik kick-off voor het teamoverleg {{w:Haagse Hout}}
Er waren meer dan 200 collega's. Gekozen thema's: bemoeizorg, huiselijk geweld, ouderen, jeugd. Uit ons team doet niemand mee aan de pilotgroep, maar we kunnen wel casussen aanleveren via de facilitators. De verslagen komen op het platform.
=====
Verslag startbijeenkomst – bijlage: casusoverzicht (intern)
# | inbrenger | wijk | thema | kern
1 | [[p:LA]] | {{w:Transvaal}} | BZ | man 60+, deur dicht, ongedierte
2 | [[p:SK]] | {{w:Transvaal}} | HG | moeder 3× opvang
3 | [[p:GH]] | {{w:Kijkduin}} | OU | dementie, zoon weigert hulp
4 | [[p:BA]] | {{w:Centrum}} | JE | AMV 18+, geen inkomen
5 | [[p:RTAF]] | {{w:Moerwijk}} | BZ | kluizenaar, 15 jaar niemand binnen
6 | [[p:EK]] | {{w:Laak}} | BZ | arbeidsmigranten, wond
7 | [[p:DÖ]] | {{w:Laak}} | OU | oudere migranten
8 | [[p:PW]] | {{w:Bouwlust}} | HG | huisverbod, 3 kinderen
9 | [[p:IM]] | {{w:Schilderswijk}} | HG | LVB, blauwe plekken
10 | [[p:WK]] | {{w:Bouwlust}} | OU | statushouders, mantelzorg 24/7
=====
Uitnodiging + agenda 'terugkomdag' pilotgroep (na de zomer)
Datum: [[d:dinsdag 19 september]], 14.00–16.00, {{o:De Stek}}, [[a:Beresteinlaan 501]]
1. Hoe staat het met de vier werkwijzen?
2. Ervaringen eerste-bezoeker-duo's ([[p:Roy]], [[p:Samira]])
3. Overgangsgesprek 17,5: eerste 6 gesprekken gevoerd
4. Voorbereiding ronde 2
=====
Informatie voor de taxi (ervaringsdeskundigen expertmeeting)
1. [[p:F. Yusuf]], [[a:Zuidlarenstraat 58]], [[pc:2545 VE]], ophalen 12.00 – [[t:06-84 30 19 72]]
2. [[p:C. Vreden]], [[a:Soestdijksekade 318]], [[pc:2574 AM]], ophalen 12.15
3. [[p:A. Hassan]] komt zelf (fiets)
Retour om 16.45 vanaf {{o:CAOP}}. Taxibedrijf: {{o:HTM Taxi}}, algemeen nummer 070 390 77 22, ritnummer 417-22.
=====
Overzicht bijeenkomsten pilot
Kick-off | [[d:22 november]] | stadhuis
Startbijeenkomst | begin februari | De Stek
Brainstorms (4) | februari – maart | diverse wijkcentra
Workshops (9) | februari – april | diverse locaties
Expertmeeting | april | CAOP
Slotbijeenkomst | juni | Centrale Bibliotheek
=====
Chatbericht in de app-groep (na de expertmeeting):
[[p:Roy Tjon A Fong]]: Top dag allemaal 💪 [[p:Annelies]] van de GGD wil volgende maand met ons de wijk in. Wie gaat er mee op [[d:17 mei]]? Verzamelen bij het politiebureau aan de Jan Blankenstraat om 9u.
[[p:Samira Ouahabi]]: ik!
[[p:Latifa Amrani]]: ik ook, maar pas vanaf 10u
=====
brainstorm bemoeizorg, stemming (overgetypt door [[p:so]]):
eerste bezoeker 14 – huisbezoek met iets concreets 11 – korte lijn corporatie 9 – buurtapp 4 – alles via {{o:GGD}} 2
=====
Bedankkaartje (tekst) aan mevrouw [[p:Rahimi]]... nee, aan de familie van meneer [[p:Rahimi]]:
Beste [[p:Farhad]], dank dat u ons toestemming gaf om het verhaal van uw vader te gebruiken in de workshop ouderen. Het heeft veel collega's aan het denken gezet. Met vriendelijke groet, [[p:Wahid Karimi]] en de subgroep ouderen
=====
Verslag workshop huiselijk geweld #3 ([[d:4 april]]) – alleen besluiten
1. Het idee 'vaste contactpersoon VT per wijk' gaat als voorstel naar de expertmeeting.
2. De subgroep schrijft een kaartje 'hoe vraag je ernaar' in vijf talen (vertalingen via de pilotleden).
3. [[p:Marek]] en [[p:Ifrah]] schrijven samen een casusles over LVB en huiselijk geweld.
4. Volgende bijeenkomst: expertmeeting.
""")

# ---------------------------------------------------------------------------
# 12. More session material with structured personal data
# ---------------------------------------------------------------------------
add(r"""
Aanmeldformulier kick-off (export, 3 van 212 regels)
naam;team;organisatie;functie;mail;mobiel;dieetwens
[[p:Radostina Petkova]];{{w:Laak}};{{o:Xtra}};{{r:welzijnscoach}};[[e:r.petkova@xtra.nl]];[[t:0612093348]];vegetarisch
[[p:Glenn Leysner]];{{w:Duindorp}};{{o:gemeente Den Haag}};{{r:casusregisseur}};[[e:glenn.leysner@denhaag.nl]];;
[[p:Hatice Polat]];{{w:Schilderswijk}};{{o:Parnassia}};{{r:SPV}};[[e:h.polat@parnassia.nl]];[[t:06-2400 7163]];halal
=====
Uitbetaling vergoedingen ervaringsdeskundigen (aan administratie {{o:Stichting MOOI}})
naam | bedrag | IBAN | t.n.v.
[[p:F. Yusuf]] | € 50 + € 8,40 | [[i:NL44 INGB 8651 1718 87]] | [[p:F. Yusuf]]
[[p:C. Vreden]] | € 50 + € 12,60 | [[i:NL98ASNB9062894862]] | [[p:C.M. Vreden]]
[[p:A. Hassan]] | € 50 | [[i:NL93 TRIO 5627 6291 28]] | [[p:H. Hassan]] (zus)
Akkoord budgethouder: [[p:T. Brouwer]], [[d:2 mei 2017]]
=====
Casus tafel 1 (jeugd) – aantekeningen van de expert, meegegeven aan de facilitator
jongen [[p:Dewayne]] ([[p:Statia]]?), 17 jr 8 mnd, {{w:Moerwijk}}, bij moeder, {{o:CJG}} dossier [[z:CJG-MW-2016-4418]]
→ overgangsgesprek zou hier passen, moeder werkt bij de {{o:HTM}}, vader op Curaçao
→ advies: {{r:mentor}} ROC erbij halen
=====
notulen brainstorm bemoeizorg (deel 2, na de pauze) – [[p:SO]]
[[p:latifa]] vertelt verder over mnr [[p:kerkhoven]]: hij heeft nu een afspraak met de {{r:huisarts}} op [[d:do 23 maart]]. zij gaat mee. de corporatie ({{o:Vestia}}) heeft de ontruimingsprocedure aangehouden tot [[d:1 mei]]. adres nogmaals voor de GGD-melding: [[a:kempstraat 302]], [[pc:2572gk]].
[[p:ewa]]: de Poolse mannen zijn verhuisd, niemand weet waarheen
=====
Overdracht pilotdeelname: [[p:Ewa Kowalczyk]] → [[p:Piotr Zając]]
Omdat [[p:Ewa]] vanaf [[d:1 april]] in {{w:Centrum}} werkt, neemt [[p:Piotr]] ({{r:MW}}, SWT {{w:Laak}}) haar lopende casussen uit de pilot over:
- arbeidsmigranten [[a:Heeswijkstraat 17]] (contact uitzendbureau: [[p:Wiesław Nowicki]], [[e:w.nowicki@flexpraca.pl]])
- mevrouw [[p:Galina Ivanova]] (Bulgaars, 44), [[a:Hobbemastraat 183-A]], schulden, BSN [[b:376789980]], klantnummer {{o:Kredietbank}} [[z:KBH 16/07733]]
[[p:Ewa]] blijft wel lid van de pilotgroep.
=====
Casus brainstorm ouderen ([[p:Anita Bhoendie]]) – alleen voor de subgroep
Meneer [[p:Soekhlal]] (88), Hindostaans, {{w:Mariahoeve}}, [[a:Ambachtsgaarde 215]]. Zoon [[p:Vikash]] ([[t:06 3104 7726]]) woont in Zoetermeer, dochter [[p:Anjali Soekhlal]] in Paramaribo. Meneer wil niet naar de dagbesteding "want daar zitten alleen Hollanders". Idee: dagbesteding bij {{o:Stichting Hindoestaanse Ouderen}}? [[p:Dilek]] kent iemand daar.
=====
Verslag workshop HG #2, casus [[p:Ifrah]] (LVB) – besproken op [[d:21 maart]]
Mevrouw [[p:A.]] is inmiddels met haar zoon naar een opvang ({{o:Blijf Groep}}) gegaan. De {{r:MEE-consulent}} heeft samen met {{o:Veilig Thuis}} een veiligheidsplan gemaakt. Geleerd: gebruik pictogrammen bij het gesprek over veiligheid; vraag niet 'word je geslagen?' maar 'ben je weleens bang thuis?'.
=====
Expertmeeting – vragenkaartjes uit de zaal (overgetypt)
1. "Hoe weet ik bij VT wie mijn contactpersoon is?" – [[p:Ifrah]]
2. "Mogen wij bij de huisarts vragen of iemand bekend is?" – anoniem
3. "Waarom duurt een Wmo-aanvraag 11 weken?" – [[p:W.K.]]
4. "Kan de GGD ook 's avonds mee?" – [[p:Roy TAF]]
5. "Wie betaalt de klusjeskoffer na de pilot?" – [[p:Samira O.]]
=====
Tafel 4 – notities [[p:Annelies de Haan]] (GGD), na afloop gemaild
- casus kluizenaar {{w:Moerwijk}}: is bij ons bekend, melding [[z:VA-2017-0391]], adres [[a:Zuiderparklaan 96]]
- casus verzamelaar {{w:Schilderswijk}}: ook bekend, [[p:Frank]] gaat met [[p:Ayoub]] mee op [[d:3 mei]]
- 'eerste bezoeker': prima, maar meld altijd aan ons dat je gaat
=====
brainstorm jeugd, opmerking bij flap 2: "die jongen van [[p:Emre]], [[p:Jayden]], die zit nu bij ons op het ROC" ([[p:Rignald]]). Afgesproken: [[p:Rignald]] zegt niks tegen de jongen, [[p:Emre]] belt de {{r:mentor}}.
=====
Lijst deelnemers subgroep ouderen met bereikbaarheid (niet delen buiten de groep)
[[p:Gonny Hoek]] – ma/di/do – [[t:06 4180 2256]]
[[p:Dilek Öztürk]] – ma t/m vr – [[t:06-3378 1290]]
[[p:Wahid Karimi]] – di/wo/do – [[t:06 22 81 47 09]]
[[p:Krystyna Lewandowska]] – ma/wo – [[t:06 50 66 19 38]]
[[p:Anita Bhoendie]] – wo/vr – via de receptie van {{o:WZH}}, algemeen nummer 070 – 379 4000
=====
Citaat ([[p:Ifrah Mohamed]], {{r:MEE-consulent}} {{w:Schilderswijk}}): "Bij mensen met een licht verstandelijke beperking moet je huiselijk geweld anders bespreken. Ik teken het nu, met poppetjes. Dat had ik nooit bedacht zonder deze groep."
=====
Verslag gesprek na workshop, [[d:22-3-2017]] – [[p:Marjolein]] met [[p:Gülay]]
[[p:Gülay]] schrok ervan dat ze in de workshop de naam van haar cliënte noemde. Ze werkt al 20 jaar zo in het teamoverleg. Samen afgesproken: zij schrijft haar casussen voortaan eerst op met de vraag 'kan iemand van buiten deze persoon herkennen?'. Ze vraagt of de oude aantekeningen met de BSN van de cliënte ([[b:833 626 468]]) kunnen worden vernietigd. Ja, doen.
=====
Voorstel dagindeling expertmeeting – mail [[p:Ronald]] aan [[p:Marjolein]], [[d:vr 24 maart]] 16:48
"Hoi [[p:M.]], wat vind je ervan om de ervaringsdeskundigen ná de rondetafels te doen? Dan hebben de experts de casussen al gehoord. [[p:Cynthia]] vindt het wel spannend, ik laat [[p:Abdullahi]] naast haar zitten. Bel me even als je kunt: [[t:06 2871 0554]]. [[p:R.]]"
=====
Kaartje op de marktplaats (slotbijeenkomst), tafel ouderen:
"Wil je meer weten over 'Samen thuis'? Mail [[p:Dewi]]: [[e:d.soerjadi@wzh.nl]] of loop binnen bij het SWT {{w:Mariahoeve}}, [[a:Ambachtsgaarde 3]], elke dinsdag van 9 tot 12."
=====
Verslag workshop ouderen #3, punt 5 (rondvraag):
[[p:Krystyna]] meldt dat meneer [[p:De Winter]] ({{w:Scheveningen}}) sinds [[d:maandag 3 april]] thuiszorg heeft van {{o:Florence}}. De bakker brengt nog steeds brood. [[p:Gonny]] vraagt naar mevrouw [[p:De Vos]]: die is verhuisd naar een verzorgingshuis in {{w:Kijkduin}} ({{o:Huize Westhoff}}).
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
    d = re.sub(r"[\s.\-]", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows, bad = [], []
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            # a few numbers are typed wrongly on purpose (still personal data)
            if sp["label"] == "bsn" and not bsn_ok(sp["text"]):
                bad.append(sp["text"])
            if sp["label"] == "iban" and not iban_ok(sp["text"]):
                bad.append(sp["text"])
        rows.append({"id": "h119-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows, bad


def main():
    rows, bad = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout119.jsonl")
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
    print(
        "texts",
        len(rows),
        "avg words %.1f" % (words / len(rows)),
        "without pii",
        sum(1 for r in rows if not r["pii"]),
    )
    print("pii", tot, {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])})
    print("keep", sum(kc.values()), kc)
    print("numbers failing their check (typed wrongly on purpose):", bad)


if __name__ == "__main__":
    main()
