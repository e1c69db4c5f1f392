#!/usr/bin/env python3
"""Held-out corpus 106: structured and semi-structured documents around clients of
Dutch social neighbourhood teams (intake forms, signalling forms, Wmo and
Participatiewet decisions, debt inventories, housing-corporation letters, GP and
mental-health referrals, CSV/Excel pastes, case-system exports with timestamps,
e-mail threads with headers and signatures).

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk/place, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
The character "⇥" in a text stands for a TAB (pasted spreadsheet rows).
Running this script deterministically writes heldout106.jsonl next to itself.
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

# Deliberately mistyped numbers (still personal data, fail their checksum on purpose).
MISTYPED = {"989771193", "NL14RBRB4638550345"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t.replace("⇥", "\t"))


# ---------------------------------------------------------------------------
# 1. Intake and registration forms (key: value)
# ---------------------------------------------------------------------------
add(r"""
INTAKEFORMULIER SOCIAAL WIJKZORGTEAM {{w:ESCAMP}}
Datum intake: [[d:14-03-2024]]
Medewerker: [[p:Lotte Verschuur]] ({{r:maatschappelijk werker}}, {{o:Xtra}})
Naam cliënt: [[p:Bilal Ouchan]]
Geboortedatum: [[d:02-11-1986]]          Leeftijd: 37
BSN: [[b:708870417]]
Adres: [[a:Hengelolaan 1722]]
Postcode/woonplaats: [[pc:2545 KT]] Den Haag
Telefoon: [[t:06-41873302]]
E-mail: [[e:b.ouchan86@gmail.com]]
Burgerlijke staat: gescheiden, 2 kinderen (8 en 11 jr), omgang om het weekend
Inkomen: Participatiewet, € 1.284,62 netto p/m
Woonsituatie: huurwoning {{o:Haag Wonen}}, 3-kamer, kale huur € 712,40
Hulpvraag: overzicht in schulden (schatting cliënt ca. € 14.000), hulp bij post
Verwijzer: {{r:huisarts}} dr. [[p:P. Hoekstra]], {{o:Gezondheidscentrum Morgenstond}}
Toestemmingsverklaring getekend: ja, d.d. [[d:14-03-2024]]
=====
Aanmelding {{o:Buurtteam}} {{w:Overvecht}} – {{w:Utrecht}}
------------------------------------------
naam: [[p:Marleen de Vos]]
geb.datum: [[d:17/08/1971]]
bsn: [[b:3756.74.378]]
adres: [[a:Zamenhofdreef 118 bis]]
pc: [[pc:3562JW]]
tel: [[t:030-2617745]] (vast) / [[t:06 2811 4409]] (mobiel dochter [[p:Sanne]])
aangemeld door: {{r:wijkagent}} [[p:R. Hoekman]]
reden: vervuiling woning, huurachterstand {{o:Portaal}} 3 mnd (€ 2.136,-), mogelijk verward gedrag
bijzonderheden: hond aanwezig, 2x aanbellen, 4e verdieping, lift vaak stuk
eerste huisbezoek: [[d:wo 10 april]] 13.30u samen met {{r:GGZ-verpleegkundige}} van {{o:Altrecht}}
=====
naam: [[p:fatima el hamdaoui]]
geb: [[d:3-5-79]]
adres: [[a:kanaalweg 41 bis]] {{w:lombok}}
tel: [[t:0612093384]]
vraag: hulp bij aanvraag toeslagen, spreekt weinig NL, dochter [[p:nora]] (16) tolkt
afspraak: volgende week di, spreekkamer 3 wijkbureau
=====
REGISTRATIEFORMULIER WIJKTEAM {{w:BOSPOLDER-TUSSENDIJKEN}} ({{o:Gemeente Rotterdam}})

1. Aanvrager
   Naam ............ [[p:Dragan Petrović]]
   Geboortedatum ... [[d:11-01-1980]]
   BSN ............. [[b:472 245 752]]
   Nationaliteit ... Servische
   Adres ........... [[a:Schiedamseweg 233-B]], [[pc:3026 AH]] {{w:Rotterdam}}
   Mobiel .......... [[t:+31 6 18 20 47 93]]

2. Gezinssamenstelling
   | naam                | relatie   | geb.datum   |
   | [[p:Jelena Petrović]]     | partner   | [[d:29-06-1983]]  |
   | [[p:Luka]]                | zoon      | [[d:04-09-2009]]  |
   | [[p:Mila]]                | dochter   | [[d:18-12-2014]]  |

3. Hulpvraag (in eigen woorden)
   "Ik werk 32 uur in de haven maar we komen niet rond. Er liggen brieven van de deurwaarder."

4. Afspraken
   - {{r:schuldhulpverlener}} {{o:Kredietbank Rotterdam}} inschakelen
   - volgende afspraak wijkteamkantoor, kamer 1.07, tram 8 halte Schiedamseweg
=====
WIJ-intake {{o:WIJ Groningen}} – team {{w:Selwerd}}
Datum: [[d:zaterdag 6 juli 2024]] (huisbezoek)
Cliënt: mw. [[p:H.J.]] ([[p:Hennie]]) [[p:Wubbels-Dijkstra]], 84 jaar
Adres: [[a:Pleiadenlaan 22a]]
Contactpersoon: zoon [[p:Gert Wubbels]], [[t:06-53119027]], woont in {{w:Assen}}
Huisarts: {{o:Huisartsenpraktijk Selwerd}} (algemeen nummer 050 571 10 10)
Situatie: weduwe sinds 2019, valincidenten (2x in mei), eet slecht, vergeetachtig
Wensen cliënt: thuis blijven wonen, "niet naar het tehuis"
Vervolg: aanvraag hulp bij het huishouden via {{o:Wmo}}, {{r:casemanager dementie}} {{o:Zorggroep Noorderboog}}? nagaan
=====
INTAKE JONGERENLOKET {{w:TILBURG}} (18-27)
voornaam: [[p:Jayden]]
achternaam: [[p:Martis]]
geboortedatum: [[d:23-02-2005]] (19 jr)
bsn: [[b:145522611]]
verblijf: bank-slapen bij vriend, [[a:Ringbaan-West 180]] (adres van vriend, niet ingeschreven)
telefoon: [[t:06 39 40 11 28]]
instagram: niet noteren
school: mbo-2 {{o:ROC Tilburg}} afgebroken in 2023
inkomen: geen
vraag: briefadres, uitkering, woonruimte
doorverwezen naar: {{o:Stichting Traverse}} (woonbegeleiding), {{o:Werkplein Hart van Brabant}}
=====
Formulier eerste gesprek – kopie uit dossier

Naam                 : [[p:Anouk Bakker]]
Geboren              : [[d:30 september 1992]] te Zwolle
Adres                : [[a:Dobbe 14]], [[pc:8032 JS]] {{w:Zwolle}} ({{w:Holtenbroek}})
Telefoon             : [[t:038 - 421 38 60]]
Kinderen             : [[p:Mees]] (5), [[p:Fenna]] (3)
Ex-partner           : [[p:Rick Tuinstra]], geen contact, contactverbod tot 12-2024
Betrokken hulpverl.  : {{o:Veilig Thuis IJsselland}} (dossier [[z:VTIJ-24-08817]]), {{o:Jeugdbescherming Overijssel}}
Huisnummer kantoor   : kamer 0.12, {{o:Stadkamer}}
Notitie              : cliënt wil geen post op huisadres, post via [[e:anouk.bakker92@ziggo.nl]]
=====
AANMELDFORMULIER SCHULDHULPVERLENING {{o:GEMEENTE ARNHEM}}
Aanmeldnummer: [[z:SHV-ARN-2024-01187]]
Ontvangen op: [[d:2 mei 2024]], via {{o:Wijkteam}} {{w:Malburgen}}

Persoonsgegevens
Naam: [[p:Kemal Aksoy]]
Geboortedatum: [[d:19-07-1975]]
BSN: [[b:315125780]]
IBAN: [[i:NL50 INGB 3260 9613 19]]
Adres: [[a:Batavierenweg 96]], [[pc:6841 HT]] Arnhem
Tel.: [[t:06-22715094]]

Partner
Naam: [[p:Derya Aksoy-Kılıç]]
Geboortedatum: [[d:08-03-1979]]
BSN: [[b:947763223]]

Inkomen huishouden: loon € 2.310,- (vast), kinderbijslag, zorgtoeslag € 246,- p/m
Schulden (indicatie): 11 schuldeisers, ca. € 23.500
Spoed: ja – ontruimingsaanzegging {{o:Vivare}}, datum ontruiming 06-2024 (dag nog onbekend)
=====
Intakeformulier Wmo – deel A (in te vullen door {{r:consulent}})
Melding ontvangen: [[d:ma 22-01-2024]]
Naam: dhr. [[p:J.W.]] ([[p:Jan-Willem]]) [[p:van der Hoek]]
Geb.: [[d:14-10-1948]]  (75 jr)
BSN: [[b:325 429 583]]
Adres: [[a:Burgemeester de Withstraat 12]] ({{w:Bloemendaal}})
Tel. via echtgenote mw. [[p:Ria van der Hoek]]: [[t:023-5256611]]
Aanleiding: CVA (oktober 2023), revalidatie afgerond bij {{o:Revalidatiecentrum Heliomare}}
Beperkingen: loopt met rollator max. 50 m, traplopen niet mogelijk
Gevraagd: traplift / verhuizen?  Woning: eigen woning, bouwjaar 1936
Consulent: [[p:Inge Leenders]], {{o:Wmo-loket}} {{o:Gemeente Bloemendaal}}
=====
Kenmerken cliënt (uit: aanmeldingsformulier {{o:MEE Zuid-Holland Noord}})
• Naam: [[p:Thijs Koning]]
• Geboortedatum: [[d:5-12-2001]]
• Woonplaats: {{w:Leiden}}, wijk {{w:Stevenshof}}
• Adres: [[a:Damlaan 7-c]]
• IQ-indicatie (2019): 68 – LVB
• Ouders: [[p:Patricia]] en [[p:Ron Koning]], [[e:koning.familie@kpnplanet.nl]]
• Dagbesteding: 3 dagdelen {{o:Gemiva}}, bus 43
• Vraag: hulp bij geldzaken; krijgt 100% Wajong (oude regeling), € 1.176,- p/m
• {{r:MEE-consulent}}: [[p:Ayla Doğan]], [[t:06-10844720]]
=====
INTAKE (verkort) – {{o:Wijkteam}} {{w:Woensel-West}} {{w:Eindhoven}}
Cliënt: [[p:Ewa Kamińska]] / geb [[d:1988-04-12]] / BSN [[b:662290586]]
Adres: [[a:Edisonstraat 61]], [[pc:5621 HK]]
Werk: uitzendkracht ({{o:OTTO Work Force}}), kamer gehuurd via werkgever – huur ingehouden op loon
Taal: Pools, Engels redelijk
Vraag: werkgever houdt € 95,- p/w in voor kamer, is ontslagen per [[d:1 juni]], moet kamer uit
Vervolg: {{o:FNV}} / {{o:Juridisch Loket}} / {{o:Arbeidsinspectie}} (meldpunt)
=====
Gegevens nieuw gezin ({{r:gezinscoach}} [[p:Raoul Kerkhof]])
Moeder: [[p:Naomi Sahetapy]], geb. [[d:21-09-1990]], tel [[t:06-4750 3311]]
Vader: [[p:Desmond Landveld]], geb. [[d:02-02-1987]], woont elders ([[a:Troelstralaan 48]], {{w:Almere Haven}})
Kinderen: [[p:Jazzlyn]] (2016), [[p:Quincy]] (2018), [[p:Mayra]] (2021)
Adres gezin: [[a:Lindenhof 130]], [[pc:1355 BD]] Almere
Betrokken: {{o:De Schoor}} (welzijn), consultatiebureau, {{o:Jeugdzorg Flevoland}}
Zorgen: moeder zwanger (4e), 3 kinderen op 2 kamers, schulden energie
=====
Persoonskaart (print uit {{o:Suite4Sociaal Domein}})
Registratienummer ......... [[z:R-20240318-0042]]
Achternaam ................. [[p:Bouzid]]
Voorvoegsels ............... 
Voornamen .................. [[p:Rachida Malika]]
Geslacht ................... V
Geboortedatum .............. [[d:07-06-1966]]
BSN ........................ [[b:811877838]]
Straat + huisnr ............ [[a:Slotermeerlaan 103 III]]
Postcode ................... [[pc:1063 JN]]
Woonplaats ................. AMSTERDAM
Stadsdeel / wijk ........... {{w:Nieuw-West}} / {{w:Slotermeer}}
Team ....................... {{o:Buurtteam Amsterdam}} {{w:Slotermeer Noordoost}}
Regievoerder ............... [[p:M.]] ([[p:Maarten]]) [[p:Zwanenburg]]
=====
Intake mantelzorgondersteuning – {{o:Mantelzorg Dordrecht}}
Mantelzorger: [[p:Greet Hooijmans]] (61), [[a:Bilderdijkstraat 55]], {{w:Dordrecht}}, [[t:078 - 614 22 09]]
Zorgontvanger: echtgenoot [[p:Kees Hooijmans]] (66), parkinson sinds 2017
Belasting mantelzorger (EDIZ-score): 7 van 9 = hoog
Uren zorg p/w: ca. 40
Hulp van anderen: dochter in {{w:Breda}} 1x per maand
Afspraken: respijtzorg 1 dagdeel/week via {{o:Het Parkhuis}}; mantelzorgwaardering € 100,- aangevraagd
=====
AANMELDING VIA WEBFORMULIER (automatisch gegenereerd)
formulier-id: 884213
ingediend: [[d:2024-02-11]] 23:47
naam: [[p:Mustafa Yıldırım]]
e-mail: [[e:mustafa.yildirim@outlook.com]]
telefoon: [[t:0642210087]]
postcode: [[pc:3531KR]]  huisnummer: 17
woonplaats: Utrecht ({{w:Kanaleneiland}})
waarmee kunnen wij u helpen?: mijn vader ([[p:Hasan]], 79) woont alleen en kan niet meer voor zichzelf zorgen, hij wil geen hulp van vreemden
hoe heeft u ons gevonden?: via de moskee
=====
INTAKE (leeg formulier, versie 3.2 – juli 2023)
Naam cliënt: ________________________
Geboortedatum: __-__-____
BSN: _________
Adres: ______________________  Postcode: ____ __
Telefoon: __________  E-mail: _______________
Hulpvraag (leefgebieden): ☐ financiën ☐ wonen ☐ werk/dagbesteding ☐ gezondheid ☐ sociaal netwerk ☐ veiligheid
Zelfredzaamheidsmatrix ingevuld: ☐ ja ☐ nee (score 1-5 per domein)
Toestemming delen gegevens (art. 5.2 toestemmingsverklaring): ☐ ja ☐ nee
Bewaartermijn dossier: 15 jaar na afsluiting
=====
Zelfredzaamheidsmatrix – [[p:Soufiane Amrani]] ([[z:DOS-2024-3310]])
Afgenomen op [[d:09-04-2024]] door [[p:Hilde Pronk]]
domein                score   toelichting
financiën             1       acute schulden, geen inkomen sinds 02-2024
dagbesteding          2       zoekt werk, geen startkwalificatie
huisvesting           2       inwonend bij zus [[p:Samira]], [[a:Kruisstraat 28]] {{w:Woensel-Noord}}
huiselijke relaties   3
geestelijke gezondh.  2       somber, slaapt slecht, {{r:POH-GGZ}} bij {{o:Huisartsenpraktijk De Kruisstraat}}
lichamelijke gezondh. 4
totaal: 14 / 55 (vorige meting 12)
=====
CLIËNTGEGEVENS – {{o:Sociaal Team}} {{w:Zoetermeer}} {{w:Oosterheem}}
Naam | [[p:Ahmad Wardak]]
Geboren | [[d:1 januari 1970]] (administratief, Afghanistan)
BSN | [[b:803161530]]
Verblijfsstatus | verblijfsvergunning asiel, sinds 2016
Adres | [[a:Australiëweg 14]] | [[pc:2719 AE]]
Tel | [[t:06-30227184]] (zoon [[p:Farid]], spreekt Nederlands)
Taal | Dari / Pashto; tolk via {{o:Tolk- en Vertaalcentrum Nederland}}
Inburgering | vrijgesteld (medisch)
Vraag | aanvraag individuele inkomenstoeslag, hulp bij huurtoeslag 2023
=====
Intakeformulier cliënt {{o:Leger des Heils}} – Dagopvang {{w:Den Bosch}}
naam/roepnaam: [[p:Wim]] "[[p:Mosterd]]" [[p:Verhoeven]]
geb: [[d:12.02.1964]]
laatste woonadres: [[a:Hinthamerstraat 191]] (tot 2021)
briefadres: {{o:Leger des Heils}}, Postbus 2270, 5202 CG 's-Hertogenbosch
inkomen: geen (uitkering gestopt, niet gereageerd op brieven)
verslaving: alcohol, sinds jaren; bij {{o:Novadic-Kentron}} bekend ([[z:NK-77120]])
wil: bed, uitkering terug, "rust"
=====
Anamnese-formulier wijkverpleging ({{o:Buurtzorg}} team {{w:Deventer Centrum}})
Cliënt: mw. [[p:Truus Lubbers]], [[d:3-3-1939]]
Adres: [[a:Brink 62 A]], [[pc:7411 BV]] Deventer
Dochter (1e contactpersoon): [[p:Monique Lubbers]], [[t:0570-624881]] / [[e:m.lubbers@hetnet.nl]]
Diagnoses: DM2, hartfalen, beginnende dementie (MMSE 23/30)
Medicatie via {{o:Apotheek De Brink}}, baxterrol
Zorgmoment: 2x per dag (08:00 en 20:30), sleutel in kluisje code via planning
Wijkverpleegkundige: [[p:Erik-Jan Slot]]
=====
Aanmeldformulier {{o:Schuldhulpmaatje}} {{w:Amersfoort}}
Naam deelnemer: [[p:Lisa Oosterveld]]   Leeftijd: 29
Woonwijk: {{w:Kruiskamp}}
Telefoonnummer: [[t:06 87 03 92 14]]
Doorverwezen door: {{o:Indebuurt033}}, [[p:Kevin Nijenhuis]] ({{r:sociaal werker}})
Schulden: ca. € 6.800 (o.a. {{o:DUO}}, telefoonabonnement, {{o:CJIB}} 3 boetes)
Voorkeur maatje: vrouw, overdag, in de buurt van bus 6
Koppeling: [[d:15 juni]] met vrijwilliger [[p:Joke van Ginkel]]
""")

# ---------------------------------------------------------------------------
# 2. Signalling forms, early-warning reports, police care reports, nuisance reports
# ---------------------------------------------------------------------------
add(r"""
SIGNALERINGSFORMULIER VROEGSIGNALERING BETALINGSACHTERSTANDEN
Afzender: {{o:Dunea}} (drinkwater)       Datum signaal: [[d:04-06-2024]]
Klantnummer: [[z:1002387716]]
Naam klant: [[p:H. Sedney]]
Leveringsadres: [[a:Van Musschenbroekstraat 24]], [[pc:2522 RC]] 's-Gravenhage
Achterstand: € 187,35 (2 termijnen: april en mei)
Telefoonnummer klant (indien bekend): [[t:06-21904871]]
Toestemming klant voor doorgifte: n.v.t. (grondslag art. 3.3 Wet gemeentelijke schuldhulpverlening)
Behandeld door {{o:Vroeg Eropaf}} {{w:Den Haag Zuidwest}}: huisbezoek gepland [[d:12 juni]]
=====
Signaal VroegEropaf – batch 2024-23 (week 23), regel 14 van 61
Bron: {{o:Woonstad Rotterdam}}
Huurder: [[p:Gianni Rosario]]
Adres: [[a:2e Middellandstraat 71b]]
Huurachterstand: € 1.468,80 = 2 maanden
Contractnummer: [[z:WSR-0071-44812]]
Opmerking corporatie: huurder reageert niet op brieven, buren melden dat de woning leeg lijkt
Status wijkteam {{w:Nieuwe Westen}}: 1e huisbezoek niemand thuis, kaartje in bus (ma), 2e poging do
=====
ZORGMELDING POLITIE (ProKid/BVH-uitdraai, ingekort)
Registratienr.: [[z:PL1500-2024178823]]
Datum/tijd incident: [[d:zo 19-05-2024]] 02:40 uur
Locatie: [[a:Vaartweg 212]], {{w:Hilversum}}
Betrokkene: [[p:Sandra Kuipers]], geb. [[d:14-01-1977]]
Aard: verwarde persoon – buren belden 112, mevrouw stond op galerij te schreeuwen, eenheid ter plaatse 02:52
Opvolging: doorgezet naar {{o:Zorg- en Veiligheidshuis Gooi en Vechtstreek}} en {{o:Sociaal Wijkteam}} Hilversum-Oost
Agent: [[p:T. Schuurmans]] ({{r:wijkagent}}), {{o:Politie Midden-Nederland}}, tel. 0900-8844
=====
Melding woonoverlast – {{o:Mitros}}
meldnummer: [[z:OVL-24-003381]]
melder: anoniem (bewoner portiek)
over: bewoner [[a:Pelikaanstraat 3 bis]], {{w:Zuilen}}
klacht: stankoverlast, muizen, bewoner (m, ca. 60 jaar) komt zelden buiten
acties: {{r:huurconsulent}} [[p:Judith Manders]] heeft [[d:23 april]] aangebeld, geen reactie; brief gestuurd; signaal naar buurtteam
=====
SIGNALERING ZORGWEKKENDE SITUATIE (uit {{o:Meldpunt Zorg en Overlast}})
meldingsdatum: [[d:18 maart 2024]]
melder: [[p:Yvonne Stam]], buurvrouw, [[t:010-4826133]]
betreft: [[p:Piet de Wit]] (±75 jaar), [[a:Zwaanshals 390]], {{w:Rotterdam-Noord}}
omschrijving: meneer loopt in de nacht op straat in pyjama, heeft de deur open laten staan, eet niet meer. Zoon woont in Canada.
urgentie: hoog (binnen 24 uur)
toegewezen aan: {{o:Wijkteam}} {{w:Agniesebuurt}}, [[p:Lotfi Bennani]]
=====
Meldformulier huiselijk geweld – interne route ({{o:Meldcode}} stap 1-3)
Datum: [[d:07-11-2023]]
Melder (medewerker): [[p:Femke Jonkers]], {{r:jeugd- en gezinswerker}}
Betreft gezin: [[p:Rosales]] / [[p:Baptiste]], [[a:Vrijheidstraat 4]] {{w:Heerlen}}
Kind(eren): [[p:Liam]] ([[d:02-04-2016]]), [[p:Noa]] ([[d:15-10-2019]])
Signalen: blauwe plek bij oog moeder, kinderen vertellen over "geschreeuw", oudste zit slecht op school
Collegiale consultatie: [[d:8 november]] met {{r:aandachtsfunctionaris}} [[p:Hans Mertens]]
Veilig Thuis geraadpleegd: ja, {{o:Veilig Thuis Limburg}}, adviesnummer [[z:VTL-ADV-23-19044]]
=====
Signalering (anoniem, voor casuïstiekoverleg – géén persoonsgegevens invullen)
Leeftijd: 40-50
Wijk: {{w:Kanaleneiland}}
Leefgebieden: financiën, psychische gezondheid, opvoeding
Signaal komt van: school (groep 6)
Wat is er aan de hand: moeder komt niet naar gesprekken, kind komt zonder lunch, vader sinds voorjaar 2024 uit beeld
Vraag aan het overleg: wie kent het gezin al? Wie heeft ingang?
Besproken: overleg week 38, kamer 2.14
=====
VSV-formulier (vroegsignalering) ingevuld door {{o:Eneco}} / gemeente {{w:Haarlem}}
Klant: [[p:Tamara Bos]]
Adres: [[a:Amsterdamstraat 118]], [[pc:2032 PR]] Haarlem
Klantnummer {{o:Eneco}}: [[z:40381192]]
Achterstand: € 412,- (termijnbedrag € 206,- p/m)
Afsluitdatum voorgenomen: na [[d:01-10-2024]]
Opmerkingen: e-mail klant [[e:tamarabos.hlm@gmail.com]]; geen telefoon bekend
=====
Signaal van {{o:Menzis}} – premieachterstand zorgverzekering
Verzekerde: [[p:Jorge Fernandes]]
Relatienummer: [[z:204.118.776]]
Geboortedatum: [[d:21-08-1982]]
Achterstand: 2 maanden (€ 298,40)
Adres volgens BRP: [[a:Dr. Zamenhofstraat 7]], [[pc:7514 EW]] {{w:Enschede}}
Aanbod gemeente: betalingsregeling, doorverwijzing {{o:Stadsbank Oost Nederland}}
Terugkoppeling aan {{o:Menzis}}: "contact gelegd" [[d:19/06/2024]]
=====
MELDING MOR (Meldingen Openbare Ruimte), doorgezet naar sociaal wijkteam
Categorie: Overlast personen > Zwerfafval bij woning
Locatie: {{w:Bomenbuurt}}, hoek Kastanjelaan/Eikstraat (geen huisnummer)
Toelichting melder: "Al weken liggen er vuilniszakken van de bovenwoning op straat, man die daar woont is volgens mij niet in orde"
Opmerking behandelaar {{o:Stadsbeheer}}: geen adres vast te stellen, doorgezet ter info
=====
Verwijzing vanuit school – signaleringsformulier leerplicht/zorg
Leerling: [[p:Yara Hakimi]]   Groep 7   {{o:Basisschool De Regenboog}} {{w:Vinkhuizen}}
Geb.datum: [[d:11-05-2013]]
Ouders: [[p:Nasrin Hakimi]] (moeder), [[t:06-41127788]]; vader onbekend
Verzuim: 23 dagen schooljaar 2023-2024, vooral op maandag
Signalen: zorg voor jongere broertjes, moeder vaak ziek (psychisch?)
Intern begeleider: [[p:Marjan Tiemersma]]
Doorverwezen naar: {{o:WIJ Vinkhuizen}} ([[d:maandag 27 mei]])
=====
SIGNAALFORMULIER WONINGCORPORATIE → WIJKTEAM
Corporatie: {{o:Woonbedrijf}} {{w:Eindhoven}}
Huurder: [[p:Karel]] en [[p:Ineke Claessens]]
Adres: [[a:Generaal Bothastraat 28-B]]
Signaal: hoarding (ernstig, Clutter Image Rating 7), brandgevaar, rookmelder uitgeschakeld
Huurachterstand: nee
Vraag: samen huisbezoek met {{r:brandweer}} en {{r:GGZ-verpleegkundige}}
Contactpersoon corporatie: [[p:Stefanie de Rooij]], [[t:06-11408873]], [[e:s.derooij@woonbedrijf.com]]
=====
Melding schuldeiser (art. 3.4 Wgs) – {{o:Vesteda}} (particuliere verhuur)
Datum: [[d:28 februari 2024]]
Huurder: dhr. [[p:A.K. Boateng]]
Huurcontract: [[z:VST-2231987]]
Object: [[a:Parklaan 16-2]], {{w:Eindhoven}}
Achterstand: € 2.940,- (januari + februari 2024 + opgebouwde servicekosten)
Bankrekening huurder (incasso gestorneerd): [[i:NL47KNAB3841281994]]
=====
Signaleringskaart buurtconciërge {{w:Heechterp-Schieringen}} ({{w:Leeuwarden}})
datum: [[d:vr 13/9]]
wie: oudere meneer, [[p:Sjoerd]], flat [[a:Heliconweg 67]], 3e etage
wat: brievenbus vol, gordijnen dicht, buren hebben hem 5 dagen niet gezien
gedaan: aangebeld 10:15 en 14:00, geen reactie
doorgegeven aan: {{o:Sociaal Wijkteam}} Heechterp ([[p:Marit]]) + {{o:Elkien}}
=====
Casusaanmelding {{o:Zorg- en Veiligheidshuis}} {{w:Zeeland}}
Aanmelder: {{o:Sociaal Team}} {{w:Vlissingen}} ({{r:procesregisseur}} [[p:Gerard Mol]])
Betrokkene: [[p:Chantal Minderhoud]], geb. [[d:1985-11-30]], BSN [[b:157068833]]
Adres: [[a:Paul Krugerstraat 44]], [[pc:4382 CL]] {{w:Vlissingen}}
Partner: [[p:Dennis Sturm]] (bekend bij {{o:Reclassering Nederland}}, [[z:RN-2023-551902]])
Reden aanmelding: meervoudige problematiek, HG, verslaving, 2 kinderen in gezin, hulpverlening loopt vast
Gewenst: afstemming strafrecht/zorg, overleg 1e dinsdag van de maand 10:00-12:00, zaal 3
""")

# ---------------------------------------------------------------------------
# 3. Wmo decisions (beschikkingen) and related letters
# ---------------------------------------------------------------------------
add(r"""
{{o:Gemeente Utrecht}}
Postbus 16200, 3500 CE Utrecht
Telefoon 14 030

Mevrouw [[p:E.M. Verkerk-Yılmaz]]
[[a:Bernadottelaan 318]]
[[pc:3527 GH]] UTRECHT

Datum: [[d:12 maart 2024]]
Ons kenmerk: [[z:WMO-2024-031877]]
Onderwerp: beschikking hulp bij het huishouden

Geachte mevrouw [[p:Verkerk-Yılmaz]],

Op [[d:19 februari 2024]] heeft u zich gemeld voor ondersteuning. Op [[d:28 februari 2024]] heeft onze {{r:Wmo-consulent}} een gesprek met u gevoerd. In deze brief leest u ons besluit.

Besluit
U krijgt een maatwerkvoorziening hulp bij het huishouden (resultaat: schoon en leefbaar huis), 2,5 uur per week, van [[d:1 april 2024]] tot en met [[d:31 maart 2027]]. De zorg wordt geleverd door {{o:Tzorg}}.

Wij baseren dit besluit op artikel 2.3.5 van de Wet maatschappelijke ondersteuning 2015 en artikel 8 van de Verordening maatschappelijke ondersteuning Utrecht 2023.

Eigen bijdrage
Het {{o:CAK}} stelt uw eigen bijdrage vast. Deze is maximaal € 21,80 per maand (abonnementstarief 2024).

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
[[p:J. Dekker]]
{{r:teamleider}} Wmo
=====
BESCHIKKING WMO 2015 – WONINGAANPASSING
Gemeente {{w:Apeldoorn}} | Postbus 9033, 7300 ES Apeldoorn | (055) 580 10 10

Aan: dhr. [[p:B.G. Hendriksen]]
[[a:Loolaan 441]]
[[pc:7315 AM]] Apeldoorn

Kenmerk: [[z:U24.112093]]          Datum: [[d:5 juni 2024]]
Behandeld door: [[p:Sietske Bouma]], [[t:055-5801732]]

Geachte heer [[p:Hendriksen]],
U vroeg op [[d:2 april 2024]] om een traplift. Wij kennen een trapliftvoorziening toe in natura (categorie 2, rechte trap, 14 treden). De voorziening wordt geplaatst door {{o:Otolift}}. Kosten voor de gemeente: € 4.820,- excl. btw. Onderhoud en keuring zijn voor 5 jaar inbegrepen (contract 2022-017 met leverancier).
Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken (art. 6:7 Awb).
=====
Onderwerp: Besluit aanvraag begeleiding individueel – afwijzing
Uw kenmerk: –
Ons kenmerk: [[z:2024-0001734-WMO]]
Datum: [[d:22-05-2024]]

Geachte heer [[p:Oduya]],

Op [[d:11 april]] hebben wij met u en uw zus, mevrouw [[p:Grace Oduya]], gesproken bij u thuis aan de [[a:Hobokenstraat 9]] in {{w:Vlaardingen}}. U vroeg om individuele begeleiding bij het regelen van uw administratie.

Wij wijzen uw aanvraag af. Uit het onderzoek blijkt dat uw vraag kan worden opgelost met een algemene voorziening: de thuisadministratie van {{o:Minters}} (vrijwilligers, kosteloos). Zie artikel 2.3.5 lid 3 Wmo 2015.

Wij hebben u op [[d:15 mei]] telefonisch aangemeld bij {{o:Minters}}, contactpersoon [[p:Robbert van Wijk]].

Met vriendelijke groet,
[[p:Gülşen Acar]]
{{r:Wmo-consulent}} {{o:Gemeente Vlaardingen}}
=====
WMO – VERSLAG ONDERZOEK (art. 2.3.2 Wmo 2015)
Zaaknummer: [[z:Z/24/318845]]
Cliënt: [[p:Maria da Conceição Lopes]]     geb. [[d:09-09-1958]]
Adres: [[a:Slinge 606]], [[pc:3085 EX]] {{w:Rotterdam}} ({{w:Pendrecht}})
Aanwezig: cliënt, dochter [[p:Inês]], {{r:Wmo-consulent}} [[p:Dirk Vroegindeweij]], tolk Portugees (via telefoon)
Gesprek: [[d:di 16 april 2024]], 10.00-11.15
Hulpvraag: kan niet meer zelf douchen, huishouden lukt niet (reuma), eenzaam
Afwegingen: douchestoel algemeen gebruikelijk (€ 35-60), hulp bij huishouden 3 uur p/w, dagbesteding 2 dagdelen bij {{o:Humanitas}} {{w:Charlois}}
Conclusie: maatwerkvoorziening HH (3 uur) + dagbesteding groep; advies wijkverpleging via {{o:Laurens}}
Ondertekening verslag door cliënt: [[d:24-04-2024]]
=====
Besluit Wmo-vervoersvoorziening (Valys/regiotaxi)
Aan: mw. [[p:Loes Hagenaars]], [[a:Willem Klooslaan 25]], [[pc:5343 EN]] {{w:Oss}}
Datum: [[d:3 oktober 2023]]     Ons nummer: [[z:WMOV-23-8810]]
Wij kennen u toe: een pas voor de regiotaxi {{o:Taxbus}} met een vervoersbudget van 1.500 zone-kilometers per kalenderjaar. Uw eigen bijdrage per zone is € 0,81 (OV-tarief 2023). U mag een begeleider gratis meenemen (medische noodzaak, code B).
Vragen? Bel het {{o:Wmo-loket}} op 0412 629 911 (algemeen, werkdagen 9-12 uur).
=====
Van: {{o:Wmo-loket}} {{o:Gemeente Westland}}
Aan: dhr. [[p:Teun Zuijderwijk]], [[a:Kerkstraat 83]], [[pc:2671 CK]] {{w:Naaldwijk}}
Datum: [[d:8 januari 2024]]
Betreft: herindicatie scootmobiel, uw kenmerk n.v.t., ons kenmerk [[z:WL-2024-00213]]

Geachte heer [[p:Zuijderwijk]],
Uw scootmobiel (type Vermeiren Ceres 4, hulpmiddelnummer SC-10771) is bijna 7 jaar oud. De technische levensduur volgens het contract met {{o:Medipoint}} is 7 jaar. Wij nodigen u uit voor een gesprek op [[d:donderdag 25 januari 2024]] om 14.00 uur in het gemeentehuis, spreekkamer 0.21.
Met vriendelijke groet, [[p:Annemarie Vreugdenhil]], {{r:consulent}} Wmo
=====
beschikking beschermd wonen (regio {{w:Midden-Holland}}, centrumgemeente {{w:Gouda}})
--
cliënt ............ [[p:Ricardo Sno]]
geboren ........... [[d:20-10-1996]]
bsn ............... [[b:144040736]]
huidig adres ...... [[a:Goudse Houtsingel 38]], Gouda (ouderlijk huis)
besluit ........... toekenning beschermd wonen, intensiteit 3 (24-uurs bereikbaarheid), aanbieder {{o:Kwintes}}
looptijd .......... [[d:01-07-2024]] t/m [[d:30-06-2026]]
grondslag ......... art. 2.3.5 lid 4 Wmo 2015; art. 11 Verordening Wmo Midden-Holland 2022
eigen bijdrage .... CAK; bij beschermd wonen inkomensafhankelijk
consulent ......... [[p:Wendy Moerman]], {{o:Regionaal Toegangsteam}}
=====
Geachte mevrouw [[p:Rutkowska]],

Op uw verzoek van [[d:9 september]] heeft de gemeente uw indicatie voor begeleiding groep (dagbesteding) herzien. Met ingang van [[d:1 november 2023]] ontvangt u 4 dagdelen per week in plaats van 2. U blijft naar de locatie van {{o:Philadelphia}} aan de Korte Groenendaal gaan. Uw beschikkingsnummer is [[z:BSK-2023-77304]]; het oude beschikkingsnummer [[z:BSK-2022-41012]] vervalt.

Met vriendelijke groet,
Team Toegang {{o:Gemeente Gouda}}
=====
BEZWAARSCHRIFT (concept, opgesteld met {{r:cliëntondersteuner}} {{o:MEE}})
Aan het college van B&W van de gemeente {{w:Zaanstad}}
Postbus 2000, 1500 GA Zaandam

Naam: [[p:Henny Kok]]
Adres: [[a:Vermeerstraat 102]], [[pc:1506 NH]] Zaandam
Datum: [[d:17 juli 2024]]
Betreft: bezwaar tegen besluit van [[d:6 juni 2024]], kenmerk [[z:ZS-WMO-24-6230]]

Ik maak bezwaar tegen het besluit om mijn huishoudelijke hulp te verminderen van 4 naar 2,5 uur per week. Ik heb COPD (GOLD III) en een zoon met autisme die bij mij woont. In het gesprek is daar geen rekening mee gehouden. Mijn longarts van het {{o:Zaans Medisch Centrum}} kan dit bevestigen.

Handtekening: [[p:H. Kok]]
=====
Hieronder een standaardtekst voor Wmo-beschikkingen (versie januari 2024, geen cliëntgegevens):

"U krijgt een maatwerkvoorziening in de vorm van zorg in natura. De aanbieder neemt binnen 5 werkdagen contact met u op. Het {{o:CAK}} berekent uw eigen bijdrage: in 2024 is dat maximaal € 21,80 per 4 weken … Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college (artikel 7:1 Algemene wet bestuursrecht). Stuur uw bezwaarschrift naar Postbus 12600, 2500 DJ Den Haag, of gebruik het formulier op de website."
Let op: in veld <<datum>> altijd de verzenddatum, niet de gespreksdatum.
=====
Kennisgeving ontvangst melding (Wmo art. 2.3.2 lid 1)
{{o:Gemeente Nijmegen}} – {{o:Sociaal Wijkteam}} {{w:Dukenburg}}
Datum: [[d:30-01-2024]]
Uw melding van: [[d:29-01-2024]]
Meldingsnummer: [[z:M-24-00987]]
Aan: dhr./mw. [[p:N. Diallo]], [[a:Meijhorst 30-12]], [[pc:6537 AA]] Nijmegen

Wij hebben uw melding ontvangen. Binnen 6 weken voeren wij het onderzoek uit. U kunt een persoonlijk plan indienen binnen 7 dagen. Gratis cliëntondersteuning: {{o:Cliëntondersteuning Nijmegen}}, tel. 024 - 323 00 00.
=====
Memo Wmo-team {{w:Heerlen}}
Aan: [[p:Ruud Gijsen]] ({{r:casemanager}})
Van: [[p:Ilse Hanssen]] ({{r:ergotherapeut}})
Datum: [[d:14 maart]]
Betreft: woningaanpassing [[p:Bronckers]], [[a:Akerstraat-Noord 155]]

Advies: badkamer aanpassen (drempel weg, douchezitje, beugels), geschatte kosten € 7.250. Alternatief verhuizen naar nultredenwoning {{o:Weller}} in {{w:Meezenbroek}} – wachttijd ca. 14 maanden. Cliënt (82) wil niet verhuizen. Voorstel: aanpassen, met 10% eigen bijdrage volgens art. 4.3 verordening? → juridisch checken.
""")

# ---------------------------------------------------------------------------
# 4. Participatiewet decisions, benefit letters, special assistance
# ---------------------------------------------------------------------------
add(r"""
{{o:Gemeente Den Haag}} – Dienst {{o:SZW}}
Afdeling Werk en Inkomen, Postbus 16100, 2500 BC Den Haag

Aan: [[p:S. Mohamud Abdi]]
[[a:Hoefkade 868]]
[[pc:2526 BZ]] Den Haag

Datum: [[d:3 april 2024]]
Klantnummer: [[z:7700318]]
Onderwerp: toekenning algemene bijstand

Geachte heer [[p:Mohamud Abdi]],
U heeft op [[d:13 februari 2024]] bijstand aangevraagd. U krijgt vanaf [[d:13 februari 2024]] bijstand volgens de norm voor een alleenstaande van 21 jaar tot de AOW-leeftijd: € 1.273,00 netto per maand (inclusief vakantietoeslag). Wij betalen uw uitkering uiterlijk op de laatste werkdag van de maand op rekening [[i:NL51 RABO 2594 1547 21]].
Uw verplichtingen staan in hoofdstuk 3 van de bijlage. Let op: de taaleis (art. 18b Participatiewet) is op u van toepassing.
Uw {{r:klantmanager}} is [[p:Jeroen Wassenaar]], bereikbaar via 14 070 (vraag naar team {{w:Laak}}).
=====
BESLUIT BIJZONDERE BIJSTAND
Gemeente {{w:Tilburg}} – {{o:Team Inkomen}}
dossiernummer: [[z:BB/24/05529]]
naam aanvrager: [[p:Esther Maas]]
adres: [[a:Piushaven 18A]], [[pc:5017 AN]] Tilburg
aanvraag: kosten bewindvoering (art. 35 Participatiewet)
besluit: toegekend, forfaitair € 141,- per maand (tarief 2024, Besluit kosten rechtsbijstand/Rbkb), vanaf [[d:01-03-2024]]
uitbetaling: rechtstreeks aan {{o:Bewindvoering Boog}}, rekening van de bewindvoerder t.n.v. Stichting Derdengelden Boog
datum besluit: [[d:21 maart 2024]]
=====
Rechten en plichten – gespreksverslag {{r:klantmanager}} ({{o:Werkplein Drechtsteden}})
Klant: [[p:Mohamed El Ouali]] – [[z:SDD-112.889]]
Datum gesprek: [[d:maandag 15 januari]]
Besproken:
- inlichtingenplicht (art. 17 Pw): wijzigingen binnen 1 week doorgeven
- cliënt werkt 12 uur p/w bij {{o:PostNL}} sorteercentrum, loonstroken maandelijks uploaden
- vrijlating inkomsten 25% (max € 253,- p/m, max 6 mnd)
- afspraak taalschool {{o:Da Vinci College}}, do-ochtend, lokaal B1.04
Volgende gesprek: [[d:15-04-2024]]
Handtekening klant: getekend
=====
Geachte mevrouw [[p:Jankowski]],

U heeft op [[d:4 juli]] een aanvraag gedaan voor een individuele inkomenstoeslag (art. 36 Participatiewet). U heeft in de afgelopen 3 jaar een laag inkomen gehad en geen uitzicht op inkomensverbetering. Wij kennen u een toeslag toe van € 496,- (alleenstaande ouder, 2024).

We maken het bedrag binnen 10 werkdagen over op uw rekening [[i:NL62ASNB0035592547]] onder vermelding van "IIT 2024 [[z:ZK-2024-71198]]".

Met vriendelijke groet,
{{o:Sociale Zaken}} {{w:Groningen}}
=====
HERZIENING EN TERUGVORDERING (art. 54 lid 3 en art. 58 Participatiewet)
Aan: dhr. [[p:L.M. Pinedo]], [[a:Mercuriusweg 4-III]], [[pc:2516 AV]] 's-Gravenhage
Ons kenmerk: [[z:SZW/TV/2024/004418]]
Datum: [[d:10 mei 2024]]

Wij hebben vastgesteld dat u van [[d:1 september 2023]] tot en met [[d:31 januari 2024]] inkomsten uit arbeid bij {{o:Schoonmaakbedrijf Hago}} niet (volledig) heeft gemeld. Wij herzien uw uitkering over die periode en vorderen € 3.412,77 bruto terug. Daarnaast leggen wij een boete op van € 150,- (verwijtbaarheid: verminderd).
Aflossing: € 56,- per maand (5% van de norm), in te houden op de uitkering vanaf juni 2024.
=====
Aanvraagformulier levensonderhoud (pagina 3 van 11) – ingevuld
6. Bankrekeningen
   IBAN betaalrekening: [[i:NL43 ABNA 2379 3423 71]]   saldo op [[d:01-02-2024]]: € 34,12
   IBAN spaarrekening: geen
   Rekening partner: [[i:NL03ASNB2585981823]] (gezamenlijk?) ☐ ja ☒ nee
7. Vermogen
   Auto: ja, Opel Corsa bj. 2009, dagwaarde ca. € 1.500 (kenteken niet ingevuld)
   Vermogensgrens 2024 gehuwden: € 15.200 → binnen grens
8. Woonkosten
   Huur: € 624,50 ({{o:Woonzorg Nederland}}), huurtoeslag € 181,-
   Aanvrager: [[p:Ilse Mulder]] / partner [[p:Ahmed Benali]]
=====
Besluit maatregel (verlaging bijstand)
kenmerk: [[z:PW-MTR-24-0321]]   datum: [[d:26-06-2024]]
naam: [[p:Kevin Hendrix]]
Wij verlagen uw bijstand met 30% gedurende 1 maand (juli 2024), omdat u zonder bericht niet bent verschenen op de afspraak van [[d:11 juni 2024]] bij {{o:Werkbedrijf}} {{w:Nijmegen}} (artikel 18 lid 2 Participatiewet, artikel 9 Afstemmingsverordening). Bij het bepalen van de verlaging hebben wij rekening gehouden met uw omstandigheden (zorg voor moeder).
Contactpersoon: [[p:Kirsten Rijnders]], [[e:k.rijnders@nijmegen.nl]]
=====
Van {{o:Team Bijzondere Bijstand}} aan wijkteam {{w:Presikhaaf}} – terugkoppeling
Aanvraag bijzondere bijstand witgoed/inrichting:
cliënt: [[p:Tesfamariam]] ([[z:AR-BB-24-1822]])
- wasmachine: toegekend € 329,- (leenbijstand, rentevrij, aflossing € 25/mnd)
- bed + matras: toegekend € 350,- (om niet)
- koelkast: afgewezen, is algemeen gebruikelijk, reserveren uit norm
- tweedehands via {{o:Kringloop Arnhem}}: waardebon € 75,-
Besluit verstuurd [[d:17-10-2024]] naar [[a:Sperwerstraat 19]], Arnhem
=====
Inkomensoverzicht bij aanvraag (uit het systeem, per maand)
Periode: 01-2024 t/m 06-2024
Maand | Bruto loon | Netto | Uitkering PW | Totaal
jan   | € 612,40   | € 540,18 | € 781,10 | € 1.321,28
feb   | € 0,00     | € 0,00   | € 1.273,00 | € 1.273,00
mrt   | € 455,00   | € 402,95 | € 870,05 | € 1.273,00
apr   | € 701,25   | € 618,33 | € 654,67 | € 1.273,00
mei   | € 0,00     | € 0,00   | € 1.273,00 | € 1.273,00
jun   | € 380,00   | € 336,46 | € 936,54 | € 1.273,00
Totaal vrijgelaten (art. 31 lid 2 sub n): € 188,40
=====
Aan: dhr. [[p:R.]] ([[p:Robin]]) [[p:Hofstede]]
Datum: [[d:19 december 2023]]
Betreft: uitnodiging verificatiegesprek (huisbezoek)

Geachte heer [[p:Hofstede]],
In het kader van het onderzoek naar uw recht op bijstand komen twee medewerkers van de afdeling {{o:Handhaving Sociale Zekerheid}} op [[d:woensdag 3 januari 2024]] tussen 9.00 en 12.00 uur bij u langs op [[a:Kerkstraat 8 rood]], {{w:Schiedam}}. Uw dossiernummer is [[z:SCH-HH-23-0092]]. Zorg dat u de volgende stukken klaarlegt: bankafschriften (3 maanden), huurcontract, identiteitsbewijs.
=====
Notitie {{r:inkomensconsulent}}: aanvraag PW gezin [[p:Oyelaran]]
- aanvrager [[p:Babatunde Oyelaran]] BSN [[b:420950825]]
- partner [[p:Folake Oyelaran-Adeyemi]] BSN [[b:855104806]]
- 4 kinderen < 18; kinderbijslag via {{o:SVB}}
- norm gehuwden 2024: € 1.818,58 netto (excl. vakantietoeslag)
- woonadres [[a:Van Heuven Goedhartlaan 260]], [[pc:1181 LK]] {{w:Amstelveen}}
- 1e betaling (voorschot 90%): week 14
=====
Stappenplan aanvraag bijstand (intern, {{w:Enschede}})
Stap 1: melding via website of balie (Hengelosestraat, loket 4-6)
Stap 2: zoektermijn 4 weken (jongeren tot 27 jaar)
Stap 3: intakegesprek, meenemen ID, bankafschriften 3 mnd, huurcontract
Stap 4: besluit binnen 8 weken (art. 44 Pw), voorschot na 4 weken mogelijk
Norm alleenstaande 2024: € 1.273,00; gehuwden € 1.818,58
Vragen: bel 14 053
=====
Besluit op bezwaar
Zaaknummer bezwaar: [[z:BZW-2024-0417]]
Bezwaarmaker: mevrouw [[p:F.Z. Amiri]], vertegenwoordigd door mr. [[p:D. Ongering]] ({{o:Rechtsbijstand Ongering & Van Pelt}})
Bestreden besluit: [[d:14-02-2024]], intrekking bijstand wegens woonfraude-vermoeden
Hoorzitting: [[d:12 april 2024]], kamer 4.22, stadskantoor
Overwegingen: uit de huisbezoeken blijkt niet dat mevrouw op het adres [[a:Hugo de Grootstraat 31]] van haar ex-partner [[p:Jawad Sultani]] woont. De waterverbruiksgegevens (16 m³ per jaar) zijn onvoldoende bewijs.
Besluit: bezwaar gegrond, bijstand wordt met terugwerkende kracht per [[d:1 maart 2024]] hersteld.
""")

# ---------------------------------------------------------------------------
# 5. Debt inventories (creditor tables, budget plans, garnishment overviews)
# ---------------------------------------------------------------------------
add(r"""
SCHULDENOVERZICHT – cliënt [[p:Nicole van Beek]] ([[z:SHV-2024-00613]])
Peildatum: [[d:01-05-2024]]     Opgesteld door: [[p:Bart Wolters]], {{r:schuldhulpverlener}} {{o:PLANgroep}}

| nr | schuldeiser                         | kenmerk / klantnr          | hoofdsom   | kosten+rente | totaal     | status            |
|----|-------------------------------------|----------------------------|------------|--------------|------------|-------------------|
| 1  | {{o:Belastingdienst/Toeslagen}}     | [[z:8127 4410 3342 0018]]        | € 2.914,00 | € 0,00       | € 2.914,00 | terugvordering ZT |
| 2  | {{o:DUO}}                           | [[z:4481207]]                    | € 6.120,55 | € 312,04     | € 6.432,59 | achterstand 7 mnd |
| 3  | {{o:Vattenfall}}                    | [[z:60 3318 2045]]               | € 488,10   | € 40,00      | € 528,10   | incasso           |
| 4  | {{o:Ziggo}} / {{o:Intrum}}          | [[z:ZG-77140326]]                | € 212,80   | € 119,24     | € 332,04   | bij incassobureau |
| 5  | {{o:Wehkamp}}                       | [[z:12009384751]]                | € 644,99   | € 64,50      | € 709,49   |                   |
| 6  | {{o:CJIB}}                          | [[z:5017 2290 4481 3370]]        | € 95,00    | € 95,00      | € 190,00   | 1e aanmaning      |
| 7  | broer [[p:Stefan van Beek]]         | –                          | € 1.500,00 | –            | € 1.500,00 | mondeling         |
|    | TOTAAL                              |                            |            |              | € 12.606,22 |                  |

Bankrekeningen cliënt: [[i:NL05 INGB 4264 9079 58]] (betaalrekening), geen spaarrekening.
=====
Crediteur⇥Kenmerk⇥Bedrag⇥Contact⇥Opmerking
{{o:Eneco}}⇥[[z:204887113]]⇥€ 1.034,22⇥klantenservice⇥eindafrekening oude adres [[a:Kamerlingh Onneslaan 12]]
{{o:VGZ}}⇥[[z:VGZ 918.274.003]]⇥€ 611,40⇥⇥wanbetalersregeling sinds 03-2024
{{o:Flanderijn}} (dw)⇥[[z:2024-104417/TK]]⇥€ 1.877,05⇥mr. [[p:T. Kuijpers]]⇥beslag op loon aangekondigd
{{o:Odido}}⇥[[z:1.33019812]]⇥€ 329,00⇥⇥
{{o:Afterpay}}/{{o:Riverty}}⇥[[z:R-88410228]]⇥€ 84,95⇥⇥bestelling Zalando
{{o:Gemeentebelastingen Amsterdam}}⇥[[z:2023.441.08991]]⇥€ 356,12⇥⇥kwijtschelding aangevraagd
TOTAAL⇥⇥€ 4.292,74⇥⇥
=====
KREDIETBANK – SCHULDENLIJST (uitdraai)
Dossier      : [[z:KBN-0822-24]]        Debiteur: [[p:A. Ramautar]] + [[p:S. Ramautar-Gobardhan]]
Adres        : [[a:Loosduinse Hoofdstraat 715]], [[pc:2552 AH]] 's-Gravenhage
Datum uitdraai: [[d:18-07-2024]]

Volgnr  Schuldeiser                  Vordering     Preferent  Conc.   Aandeel
001     {{o:Belastingdienst}}            3.118,00      J          -       15,02%
002     {{o:Haag Wonen}}                 2.640,90      N          J       12,72%
003     {{o:Zilveren Kruis}}             1.408,77      N          J        6,79%
004     {{o:Direct Pay}} (div.)          4.902,31      N          J       23,61%
005     {{o:Lowell}}                     7.211,48      N          J       34,73%
006     {{o:Gemeente Den Haag}} (PW)     1.482,00      N          J        7,14%
Totaal                                20.763,46                     100,00%
Afloscapaciteit per maand: € 214,- ; looptijd 18 maanden ; verwachte uitkering aan schuldeisers 18,56%
=====
Saneringsvoorstel (minnelijk) – verzonden aan schuldeisers op [[d:2 september 2024]]
Dossier: [[z:GKB-2024-1183]] ({{o:Gemeentelijke Kredietbank Groningen}})
Namens: [[p:Jildou Brouwer]], [[a:Korreweg 301]], {{w:Groningen}}

Schuldeiser            Uw kenmerk                Vordering    Aanbod (17,20%)
{{o:Lefier}}               [[z:HUUR-031-88127]]            € 1.912,00   € 328,86
{{o:Essent}}               [[z:2200 1134 887]]             € 744,50     € 128,05
{{o:CZ}}                   [[z:CZ 100.883.412]]            € 1.220,00   € 209,84
{{o:Cannock Chase}}        [[z:CC/77019982]]               € 3.401,20   € 585,01
{{o:Klarna}}               [[z:KL-4410088271]]             € 301,90     € 51,93
Totaal                                           € 7.579,60   € 1.303,69

Graag uw reactie binnen 3 weken. Betaling na akkoord vanaf rekening t.n.v. Stichting GKB (geen rekening van schuldenaar).
=====
budgetplan fam. [[p:Wijngaarden]] (maand)
INKOMSTEN
loon [[p:Erik]] ({{o:Bouwbedrijf Van Wijnen}})        2.188,00
kinderbijslag (per kwartaal 3 x 269,76 / 3)          269,76
kindgebonden budget                                  312,00
zorgtoeslag 2 pers                                   259,00
totaal                                              3.028,76
UITGAVEN
huur {{o:Vidomes}}                                   812,40
energie {{o:Budget Energie}}                         189,00
water {{o:Dunea}}                                     24,10
zorgverzekering 2x                                   296,00
telefoon/internet                                     85,00
kinderopvang (na toeslag)                            140,00
boodschappen (Nibud 4 pers)                          720,00
aflossing regeling {{o:DUO}}                          84,00
totaal                                              2.350,50
ruimte                                                678,26
rekening huishoudpot: [[i:NL57ABNA5223149125]] ; rekening vaste lasten: [[i:NL86 ABNA 2995 8112 26]]
=====
Beslagvrije voet – berekening (art. 475da Rv)
Schuldenaar: [[p:Ricardo Janga]] (geb. [[d:12-12-1983]])
Beslaglegger: {{o:Gerechtsdeurwaarders Haaglanden}} – dossier [[z:GDH 2024/01733]]
Inkomen: WW via {{o:UWV}} € 1.604,18 netto
Huishouden: alleenstaande ouder, 1 kind (7 jr)
Beslagvrije voet: € 1.512,29 (95% van toepasselijke bijstandsnorm, verhoogd met woonkostencorrectie)
Afdracht: € 91,89 per maand
Controle door wijkteam {{w:Transvaal}} ([[p:Petra Sluijter]]): berekening klopt, maar kinderalimentatie van ex ([[p:Doreen Martha]]) ontbreekt nog
=====
schuldenoverzicht (door cliënt zelf gemaakt, foto overgetypt)
- belasting auto (2022) 430 euro
- tandarts {{o:Tandartspraktijk Vlietzicht}} 1240 euro (rekening van maart)
- ING rood staan -1500 op [[i:NL42INGB6151812014]]
- klarna 3 dingen, totaal 260
- mijn zus [[p:maaike]] 800
- boete rood licht 239 (kenmerk weet ik niet meer)
- huur 2 maanden achter bij {{o:Rochdale}}
=====
Overzicht beslagen en deurwaarders (intern, stand week 31)

Cliënt          | Deurwaarder                    | Dossiernr deurwaarder  | Soort beslag     | Bedrag
[[p:Y. Boukhari]]     | {{o:GGN}} {{w:Rotterdam}}                  | [[z:8801-44720-GGN]]         | loonbeslag       | € 3.410,00
[[p:T. de Graaf]]     | {{o:Flanderijn}}                     | [[z:2024-209183/ML]]         | bankbeslag       | € 612,88
[[p:M. Sinkovics]]    | {{o:Van der Hoeven & Muller}}        | [[z:VH-24-05512]]            | roerende zaken   | € 1.044,10
[[p:K. Osei]]         | {{o:Rijksbelastingdienst}}           | [[z:3389.102.44.W.40]]       | dwangbevel       | € 2.277,00

NB: bij [[p:Sinkovics]] staat executieverkoop gepland op [[d:dinsdag 20 augustus]] 10:00, inventaris: bank, tv, laptop
=====
Schuldenoverzicht – geanonimiseerd voor casuïstiekbespreking (geen persoonsgegevens)
Huishouden: alleenstaande vader, 2 kinderen (6 en 9), wijk {{w:Feijenoord}}
Inkomen: bijstand + parttime (16 uur) in de horeca
Aantal schuldeisers: 14
Totale schuld: € 31.400 (waarvan € 18.900 toeslagen, € 4.200 huur, € 3.100 zorgverzekering)
Grootste knelpunt: wisselend inkomen, elke maand andere verrekening
Vraag aan collega's: ervaring met stabilisatie via budgetbeheer bij {{o:Kredietbank Rotterdam}} vs. {{o:Humanitas Thuisadministratie}}?
=====
Van de {{o:Belastingdienst}} (brief overgenomen in dossier):
Aanslagnummer: [[z:1402.77.319.H.36]]
Naam: [[p:G.H.M. Schellekens]]
Bedrag: € 1.866,00 – belastingjaar 2022
Uiterste betaaldatum: [[d:30 april 2024]]
Betalen op rekening van de {{o:Belastingdienst}}: NL86 INGB 0002 4455 88 t.n.v. Belastingdienst Apeldoorn, onder vermelding van betalingskenmerk [[z:1402 7731 9360 0419]]
Uitstel van betaling / kwijtschelding: formulier via belastingdienst.nl
=====
Dossier {{o:Kredietbank Nederland}} – stand van zaken
naam: [[p:Huseyin Karaca]] | dossier [[z:KBNL-551.203]]
fase: stabilisatie (maand 3 van max 6)
budgetbeheer rekening (beheerrekening): [[i:NL76RABO0875975714]] t.n.v. KBNL inz. [[p:H. Karaca]]
leefgeld: € 60,- per week, elke maandag op [[i:NL70 RABO 1134 4584 15]]
openstaand: 9 vorderingen, € 16.442,13
afspraak schuldeisers: moratorium aangevraagd bij rechtbank (art. 287b Fw) wegens dreigende ontruiming {{o:Wonion}}
volgende gesprek: [[d:vrijdag 11 oktober]] 13:30, locatie {{o:Wijkcentrum De Brug}}
=====
Lijst schuldeisers voor aanvraag WSNP (bijlage 2), dossier [[z:RB-DH-24/0388]]
1. {{o:DUO}} – € 14.902,11 – klantnr [[z:3018842]]
2. {{o:Belastingdienst/Toeslagen}} – € 9.402,00 – [[z:6655 1200 8184 3307]]
3. {{o:Staedion}} – € 3.130,55 – huurcontract [[z:STA-211-4491]]
4. {{o:Zilveren Kruis}} – € 2.018,40 – [[z:ZK 402881173]]
5. {{o:ING}} (roodstand) – € 1.500,00 – rekening [[i:NL81SNSB6320858976]]?? (klopt niet, is SNS-rekening → nagaan)
6. {{o:Holland Incasso}} namens {{o:KPN}} – € 489,60 – [[z:HI-22418830]]
7. particulier: dhr. [[p:F. Yusufi]] (oom) – € 2.500,- – geen kenmerk
Verzoeker: [[p:Omid Yusufi]], geb. [[d:04-04-1994]]
=====
Saldo-overzicht schuldeisers per kwartaal ({{o:Stadsbank Oost Nederland}}, regio {{w:Twente}}, geaggregeerd)
Kwartaal  | Nieuwe aanmeldingen | Gem. schuld | Gem. aantal schuldeisers | % met toeslagschuld
Q1 2024   | 412                  | € 38.120    | 13,4                      | 27%
Q2 2024   | 389                  | € 36.880    | 12,9                      | 29%
Q3 2024   | 441                  | € 41.300    | 14,1                      | 31%
Bron: jaarrapportage 2024, tabel 3.2 (p. 17)
=====
Schulden [[p:Kuiper]], [[p:Jolanda]] – snelle inventarisatie bij eerste gesprek [[d:do 5-9]]
huur {{o:Woonzorg}}: 2 mnd (€ 1.188,-) → contractnr [[z:0411-220981]]
energie {{o:Greenchoice}}: eindnota € 942,17, klantnr [[z:GC8801293]], dreigt uit handen
gem. belastingen {{w:Vlaardingen}} ({{o:SVHW}}): € 298,- aanslag 2024
CJIB 2x verkeersboete (€ 110 + € 280)
{{o:Riverty}}: 4 bestellingen, samen € 351,76
leningen: geen
rekeningen: [[i:NL77KNAB6519554468]] (Knab, bijna leeg) – pinpas kwijt
=====
Schuldeiser: [[p:M. Demirci]] (particulier, verhuurder kamer)
Vordering: € 1.350,- (3 maanden kamerhuur à € 450,-)
Rekening verhuurder: [[i:NL60ABNA4735439667]] t.n.v. [[p:M. Demirci]]
Huurder/schuldenaar: [[p:Adrian Wiśniewski]], kamer 3 op [[a:Groenhovenstraat 14]] {{w:Gouda}}
Opmerking: geen schriftelijk huurcontract; verhuurder dreigt spullen op straat te zetten per [[d:15-11]]. Doorverwezen naar {{o:Huurteam}} en {{o:Juridisch Loket}} ({{o:Juridisch Loket}} algemeen 0900-8020).
""")

# ---------------------------------------------------------------------------
# 6. Letters from housing corporations (and replies)
# ---------------------------------------------------------------------------
add(r"""
{{o:Staedion}}
Postbus 30300, 2500 GH Den Haag
T 088 - 782 33 00 (algemeen)

Mevrouw [[p:D. Karadağ]]
[[a:Beijerstraat 47]]
[[pc:2526 SB]] 's-GRAVENHAGE

Den Haag, [[d:6 mei 2024]]
Huurcontractnummer: [[z:0447-118320]]
Onderwerp: huurachterstand – laatste waarschuwing

Geachte mevrouw [[p:Karadağ]],

Ondanks onze brieven van [[d:4 maart]] en [[d:8 april]] heeft u uw huurachterstand niet betaald. Op dit moment is de achterstand € 1.837,26 (huur maart, april en mei à € 612,42).

Als u niet vóór [[d:20 mei 2024]] betaalt of een betalingsregeling met ons afspreekt, dragen wij de vordering over aan de deurwaarder. De kosten daarvan komen voor uw rekening.

Heeft u moeite met betalen? Neem dan contact op met het {{o:Sociaal Wijkzorgteam}} {{w:Schilderswijk}} of met uw {{r:woonconsulent}}, [[p:Rutger Blom]], op [[t:06 - 5277 3190]].

Met vriendelijke groet,
Afdeling Incasso
=====
{{o:Eigen Haard}} | Klantcontact | Postbus 94200, 1090 GE Amsterdam

Betreft: aankondiging woningbezoek – vermoeden van onderhuur
Adres: [[a:Van Speijkstraat 140-2]], [[pc:1057 HH]] Amsterdam
Datum: [[d:14-02-2024]]
Kenmerk: [[z:EH/WF/2024/0881]]

Beste heer [[p:Hakobyan]],
Wij hebben signalen ontvangen dat u niet (meer) zelf in de woning woont. Op [[d:dinsdag 27 februari 2024]] tussen 10.00 en 12.00 uur komen twee medewerkers van het team Woonfraude langs. Wij vragen u uw identiteitsbewijs te laten zien.
Kunt u niet? Bel dan 020 - 680 18 01 (algemeen nummer) en vraag naar [[p:Sabine Vink]].
=====
Huurovereenkomst (uittreksel p. 1) – {{o:Portaal}} Utrecht
Verhuurder: Stichting Portaal, KvK 30206234, Postbus 2096, 3500 GB Utrecht
Huurder 1: [[p:Oleksandr Bondarenko]], geb. [[d:22-06-1979]]
Huurder 2: [[p:Tetiana Bondarenko]], geb. [[d:03-12-1981]]
Gehuurde: [[a:Columbuslaan 540]], [[pc:3526 EP]] Utrecht, 3-kamerwoning, 71 m²
Ingangsdatum: [[d:1 augustus 2023]]
Kale huur: € 684,70; servicekosten € 38,12; totaal € 722,82
Huurprijsgrens (liberalisatiegrens 2023): € 808,06
Betaalwijze: automatische incasso van [[i:NL65INGB5366596891]]
=====
Geachte heer, mevrouw,

Naar aanleiding van ons telefoongesprek van vandaag bevestigen wij de afspraken over de betalingsregeling voor uw huurachterstand.

Huurder: [[p:Sevda]] en [[p:Erkan Toprak]]
Adres: [[a:Merelstraat 22]], [[pc:7552 GH]] {{w:Hengelo}}
Klantnummer {{o:Welbions}}: [[z:3008817]]
Achterstand: € 2.211,60
Regeling: 12 termijnen van € 184,30 bovenop de maandhuur, eerste termijn op [[d:1 juli 2024]]
Let op: bij het missen van 2 termijnen vervalt de regeling (zie art. 7 Algemene Huurvoorwaarden 2019).

Met vriendelijke groet, [[p:Lisanne Kamphuis]], {{r:medewerker huurincasso}}, [[e:l.kamphuis@welbions.nl]]
=====
Van: {{o:Havensteder}} – Team Woonbegeleiding
Aan: Wijkteam {{w:Crooswijk}}, t.a.v. [[p:Ilona Paas]]
Datum: [[d:2 oktober 2024]]
Betreft: [[p:Jansen-Kroon]] ([[a:Boezemweg 88a]])

Beste [[p:Ilona]],
Zoals besproken sturen wij jullie onze zorgen over mevrouw [[p:Jansen-Kroon]]. Bij de jaarlijkse rookmeldercontrole op [[d:26 september]] troffen onze monteurs een sterk vervuilde woning aan. Er lagen medicijnen op de grond, de koelkast was leeg en mevrouw wist niet welke dag het was. Mevrouw is 79 en heeft volgens de buren geen familie meer in Rotterdam. Wij hebben (nog) geen huurachterstand.
Kunnen jullie contact opnemen? Ons interne meldingsnummer is [[z:HS-SOC-24-0412]].
Groet, [[p:Yusuf Erdem]], {{r:woonbegeleider}}, 010 - 789 50 50 (algemeen) / direct [[t:06-14729901]]
=====
AANZEGGING ONTRUIMING
{{o:Gerechtsdeurwaarderskantoor Klaassen}} – handelend namens {{o:Stichting Woonwaard}}
Vonnis kantonrechter {{w:Alkmaar}} d.d. [[d:21 februari 2024]], zaaknummer [[z:10781234 CV EXPL 24-1109]]
Aan: [[p:Jeffrey Buitenhuis]]
Adres: [[a:Hertog Aalbrechtweg 64]], [[pc:1823 DL]] Alkmaar
Hierbij zeg ik u aan dat de ontruiming zal plaatsvinden op [[d:donderdag 11 april 2024]] om 09:30 uur.
Totale vordering inclusief kosten: € 4.402,88
mr. [[p:W.J. Klaassen]], {{r:gerechtsdeurwaarder}}
=====
Beste bewoner,

Vanaf juni 2024 start {{o:Vidomes}} met groot onderhoud aan de flats aan de Sniplaan (nrs 2 t/m 188) in {{w:Delft}} {{w:Buitenhof}}. De werkzaamheden duren ongeveer 16 weken. U krijgt een vergoeding van € 350,- voor ongemak. Heeft u vragen? Kom naar het bewonersspreekuur in de keet op het parkeerterrein, dinsdag en donderdag 13.00-15.00 uur, of bel 015 - 219 22 22.
Wijkbeheerder: zie het mededelingenbord in de hal.
=====
Betreft: urgentieverklaring – beslissing
Aanvrager: [[p:Hawa Jalloh]]
Huidig adres: tijdelijk bij {{o:Moviera}} (geheim adres), correspondentie via [[e:h.jalloh@proton.me]]
Registratienummer {{o:Woonnet Haaglanden}}: [[z:WH-6612830]]
Besluit: urgentie toegekend (categorie uitstroom vrouwenopvang), geldig 6 maanden vanaf [[d:01-09-2024]]
Zoekprofiel: 2-3 kamers, max. huur € 879,66, regio {{w:Zoetermeer}} / {{w:Leidschendam-Voorburg}}
Contact {{o:gemeente}}: Team Urgentie, 14 079
=====
{{o:Domijn}} – huisbezoekverslag (intern)
datum bezoek: [[d:wo 17 jan]]
huurder: [[p:Thomas Nijhuis]] (51), [[a:Lipperkerkstraat 254]], {{w:Enschede}}
aanwezig: {{r:woonconsulent}} [[p:Marloes]], {{r:sociaal werker}} {{o:Wijkracht}} [[p:Hamid Toufik]]
bevindingen: woning verwaarloosd, ramen afgeplakt, meneer achterdochtig, zegt dat de buren hem "afluisteren via de cv"
huur: betaald via bewindvoerder, geen achterstand
afspraak: {{o:GGZ}}-consult via {{r:huisarts}}; volgende bezoek [[d:31-01]]
=====
Reactie op uw brief van [[d:12 juni]] (kenmerk [[z:HW/INC/24-2290]])

Geachte mevrouw [[p:Van Ruiten]],

Namens mijn cliënt, de heer [[p:Gerrit Smit]], huurder van [[a:Zuidlarenstraat 402]] in {{w:Den Haag}} ({{w:Morgenstond}}), laat ik u weten dat er sinds [[d:3 juni]] een schuldhulptraject loopt bij {{o:Schuldhulpverlening Den Haag}}. Ik verzoek u de vordering niet uit handen te geven en het moratorium van 6 maanden te respecteren.

Met vriendelijke groet,
[[p:Linda Verhagen]]
{{r:maatschappelijk werker}} {{o:Xtra}}, sociaal wijkzorgteam {{w:Morgenstond}}
[[t:06 1948 2260]] (ma t/m do)
=====
Woningtoewijzing – bericht van {{o:Accolade}}
U bent geselecteerd voor: [[a:Saskia van Uylenburgkade 3]], {{w:Leeuwarden}}
Advertentienummer: 112044
Bezichtiging: [[d:dinsdag 4 juni]] om 15.15 uur
Meenemen: ID, inkomensverklaring {{o:Belastingdienst}} (IBRI) 2023, laatste 3 loonstroken
Aan: [[p:Nienke de Boer]], [[e:nienkedeboer@live.nl]]
=====
Geachte heer [[p:Osei-Bonsu]],

Uw woning aan de [[a:Bijlmerdreef 1040]] in {{w:Amsterdam Zuidoost}} wordt in week 42 en 43 gerenoveerd (nieuwe keuken en badkamer). Gedurende 8 werkdagen kunt u gebruikmaken van een wisselwoning op de begane grond van hetzelfde complex, nummer 1002. De sleutel kunt u ophalen bij de huismeester, [[p:Erwin]], in het beheerderskantoor (kamer 0.4).

Met vriendelijke groet,
{{o:Ymere}}, team Projecten
""")

# ---------------------------------------------------------------------------
# 7. GP and mental-health referrals, discharge letters, consultations
# ---------------------------------------------------------------------------
add(r"""
VERWIJSBRIEF (via ZorgDomein)
Verwijzer: [[p:A.F. Brinkman]], {{r:huisarts}}, {{o:Huisartsenpraktijk Laakkwartier}}, tel. praktijk 070 - 388 01 20
Ontvanger: {{o:Parnassia}} – {{o:Basis GGZ}} Haaglanden
Datum: [[d:11-06-2024]]

Patiënt: [[p:Aziz El Khadir]], M, geb. [[d:08-02-1991]]
Adres: [[a:Jan van der Heijdenstraat 16]], [[pc:2525 TG]] Den Haag
Tel: [[t:06-33018452]]
Verzekering: {{o:DSW}}, polisnr. [[z:DSW-2901184-01]]
BSN: [[b:555373952]]

Vraagstelling: diagnostiek en behandeling. Vermoeden depressieve stoornis, matig (PHQ-9: 17). Klachten sinds ca. 8 maanden na ontslag. Slaapt 3-4 uur per nacht, geen suïcidale gedachten op dit moment (wel passief doodsdenken in maart).
Medicatie: geen. Voorgeschiedenis: 2017 burn-out, 6 gesprekken {{r:POH-GGZ}}.
Sociaal: woont alleen, schulden, begeleid door sociaal wijkzorgteam {{w:Laak}} ([[p:Hanna de Vries]]).
=====
Van: {{r:POH-GGZ}} [[p:Chantal Meijer]], {{o:Gezondheidscentrum Kanaleneiland}}
Aan: {{o:Buurtteam}} {{w:Kanaleneiland}}
Datum: [[d:29-04-2024]]
Betreft: mw. [[p:S. Bouallala]], geb. [[d:15-10-1970]]

Beste collega,
Met toestemming van mevrouw (mondeling, [[d:26-4]]) meld ik haar bij jullie aan. Zij heeft 5 gesprekken bij mij gehad (angst, somberheid). Een groot deel van de klachten hangt samen met geldzorgen en een dreigende huisuitzetting door {{o:Mitros}}. Behandeling in de GGZ is nu niet zinvol zolang de stressoren blijven. Zij spreekt goed Nederlands; haar zoon [[p:Ilias]] (22) helpt bij brieven.
Telefoon mevrouw: [[t:06 47 10 88 21]]
Met collegiale groet, [[p:Chantal Meijer]]
=====
ONTSLAGBRIEF KLINIEK
{{o:GGZ inGeest}} – afdeling Acute Psychiatrie, locatie {{w:Amsterdam}}
Opname: [[d:03-03-2024]] (IBS, omgezet in zorgmachtiging)     Ontslag: [[d:17-04-2024]]
Patiënt: [[p:Dwight Kromowidjojo]], geb. [[d:21-11-1988]], patiëntnr. [[z:GG-0081743]]
Diagnose (DSM-5): schizofrenie (F20.0), stoornis in cannabisgebruik, matig
Medicatie bij ontslag: clozapine 300 mg/dag, bloedcontrole wekelijks
Nazorg: {{o:FACT-team}} {{w:Osdorp}} ({{r:casemanager}} [[p:Paulien Graafland]]), {{r:huisarts}} dr. [[p:Boersma]]
Woonsituatie: terug naar moeder, [[a:Pieter Calandlaan 412]]; aanvraag beschermd wonen loopt (kenmerk [[z:BW-AMS-24-0711]])
Aandachtspunt: moeder ([[p:Wilma]], 67) geeft aan het niet lang meer vol te houden
=====
Consultatievraag van de {{r:huisarts}} aan het wijkteam (geen verwijzing, anoniem)
"Ik heb een patiënt van rond de 80 die na het overlijden van haar man (voorjaar 2023) steeds vaker belt met lichamelijke klachten waar ik niets voor vind. Ik vermoed eenzaamheid. Wat hebben jullie in {{w:Groenoord}} aan activiteiten? Ze fietst niet meer, maar bus 1 stopt voor de deur."
Antwoord wijkteam: koffieochtend {{o:Wijkcentrum Groenoord}} (di 10:00), maatjesproject {{o:Humanitas}}, Zonnebloem-bezoek. Graag warme overdracht met toestemming van mevrouw.
=====
Verwijzing naar {{o:Specialistische GGZ}} (Zorgdomein-product: Persoonlijkheid, volwassenen)
Huisarts: [[p:R. Tjon A Fong]], {{o:Huisartsenpraktijk Bijlmer-Centrum}}
Patiënt: [[p:Shanice Wijngaarde]] – [[d:1997-03-30]] – BSN [[b:569 065 604]]
Adres: [[a:Karspeldreef 88]] [[pc:1102 BJ]] Amsterdam
Reden: recidiverende crisis, zelfbeschadiging (laatste SEH-bezoek [[d:09-01-2024]]), 3e verwijzing in 2 jaar
Eerder behandeld: {{o:Arkin}} 2021-2022 (DGT, afgebroken)
Huidige hulp: {{o:Buurtteam Amsterdam}} Zuidoost (financiën), jongerenwerk {{o:Combiwel}}
Wachttijd indicatie: 14 weken; overbrugging {{r:POH-GGZ}}
=====
Aan: {{o:Sociaal Team}} {{w:Helmond}} Noord
Van: {{o:GGZ Oost Brabant}}, {{r:SPV}} [[p:Joost van Lieshout]]
Datum: [[d:13 augustus 2024]]
Betreft: overdracht van [[p:Petra Raaijmakers]] (geb. [[d:05-05-1973]]), [[a:Mierloseweg 225]], Helmond

Wij sluiten de behandeling af per [[d:1 september]]. Mevrouw is stabiel op lithium (spiegel 0,7). Zij heeft behoefte aan praktische ondersteuning bij het zoeken naar vrijwilligerswerk en aan contact met lotgenoten. Signaleringsplan is bijgevoegd (bijlage 2, 4 pagina's). Bij terugval: crisisdienst GGZ Oost Brabant, 0900-1933 (algemeen, 24/7).
=====
Verwijsbrief huisarts → {{o:Brijder Verslavingszorg}}
datum: [[d:18-09-2024]]
patiënt: dhr. [[p:L.]] ([[p:Leendert]]) [[p:Bosman]], [[d:2-7-1965]]
adres: [[a:Stationsstraat 19 B]], {{w:Zaandam}}
tel: [[t:075-6124478]]
vraagstelling: alcoholafhankelijkheid, ca. 20 E/dag, wil (nu) stoppen na val met hoofdletsel. Eerder detox 2019 ({{o:Brijder}} {{w:Alkmaar}}).
bloed: GGT 412, MCV 104
sociale situatie: gescheiden, zoon [[p:Jordi]] (24) woont bij hem, werkloos sinds 2022, schulden; wijkteam {{w:Zaandam Oost}} betrokken
huisarts: [[p:M. Wessels]]
=====
MEDISCHE INFORMATIE T.B.V. WMO-AANVRAAG (ingevuld door {{r:huisarts}})
Naam patiënt: [[p:Annie van Wageningen]]       Geboortedatum: [[d:19-04-1936]]
Diagnoses: artrose knieën en heupen, maculadegeneratie (visus 0,1), lichte cognitieve stoornis
Mobiliteit: rollator binnenshuis, buitenshuis rolstoel (geduwd)
Prognose: progressief
Advies: hulp bij het huishouden, aangepast vervoer, dagbesteding 2x per week
Ingevuld door: dr. [[p:H. Oosterhuis]], {{o:Huisartsenpraktijk De Linde}}, {{w:Ede}}, d.d. [[d:03-12-2023]]
=====
Crisisbeoordeling – verslag ({{o:Crisisdienst Lentis}}, {{w:Groningen}})
datum/tijd: [[d:zaterdag 16-03-2024]] 23:10
aangevraagd door: {{r:huisartsenpost}} (dienstdoende arts [[p:K. Vos]])
betrokkene: [[p:Rutger Hiemstra]], 34 jr, [[a:Oosterhamrikkade 88 a]]
aanwezig: moeder [[p:Grietje Hiemstra]], broer, politie (2 agenten)
bevindingen: psychotisch, achtervolgingsideeën, geen eten sinds 3 dagen, dreigende uitspraken naar buurman
conclusie: crisismaatregel (burgemeester), opname {{o:Lentis}} {{w:Zuidlaren}}, kamer 2.06 afdeling Zeven
follow-up: melding aan {{o:WIJ Oosterparkwijk}} voor de sociale kant
=====
Verwijzing {{o:MEE}} – diagnostisch onderzoek LVB
Verwijzer: {{r:jeugdarts}} [[p:S. Kruithof]] ({{o:GGD Hollands Midden}})
Jongere: [[p:Bram de Ruiter]], [[d:14-08-2006]]
Woonadres: [[a:Korte Groenendaal 8]], [[pc:2801 LT]] Gouda (bij vader)
Moeder: [[p:Jacqueline de Ruiter-Hoogendijk]], woont in {{w:Waddinxveen}}, [[t:0182-612 340]]
Aanleiding: 18e verjaardag nadert, nog geen toekomstplan; IQ-test 2014 (WISC: 71)
Schoolgegevens: {{o:Praktijkschool Gouda}}, uitschrijving per augustus
=====
Terugrapportage {{o:Basis GGZ}} aan {{r:huisarts}} (cc wijkteam, met toestemming)
Cliënt: [[p:Nurcan Güneş]], geb. [[d:22-01-1984]]
Behandeling: 8 sessies (van [[d:15-01-2024]] t/m [[d:25-03-2024]]), CGT bij paniekstoornis
Uitkomst: paniekaanvallen van 4x/week naar 1x/maand; ROM (OQ-45) 92 → 61
Advies: wijkteam {{w:Hatert}} ondersteunt verder bij taalcursus en werk; terugvalpreventieplan ligt bij cliënte
Behandelaar: drs. [[p:E. Harmsen]], {{r:GZ-psycholoog}}, {{o:Indigo}} {{w:Nijmegen}}
=====
Verwijsformulier {{o:Veilig Thuis}} (advies → melding)
Beroepskracht: [[p:Noor Wijnands]], {{r:huisarts}} in opleiding, {{o:Huisartsenpraktijk Overvecht-Noord}}
Datum melding: [[d:1 juli 2024]]
Betreft: [[p:Meryem]] ([[d:03-06-2019]]) en haar moeder [[p:Hatice Korkmaz]] ([[d:11-11-1992]])
Adres: [[a:Marshalllaan 80]], Utrecht
Vermoedelijke pleger: partner van moeder, [[p:Burak Şahin]]
Aard: lichamelijk letsel bij moeder (kneuzing pols), kind getuige
Veiligheid nu: moeder verblijft tijdelijk bij zus, [[a:Tigrisdreef 12]]
""")

# ---------------------------------------------------------------------------
# 8. CSV / Excel pastes (semicolons, tabs)
# ---------------------------------------------------------------------------
add(r"""
clientnr;achternaam;voornaam;geb_datum;postcode;huisnr;wijk;regisseur;status
[[z:100412]];[[p:Aydemir]];[[p:Serkan]];[[d:12-04-1977]];[[pc:2525AB]];14;{{w:Schilderswijk}};[[p:J. Brouwer]];actief
[[z:100413]];[[p:Lachman]];[[p:Roshni]];[[d:30-11-1990]];[[pc:2526CD]];201-A;{{w:Transvaal}};[[p:J. Brouwer]];wachtlijst
[[z:100419]];[[p:Hoekstra]];[[p:Gerben]];[[d:01-01-1956]];[[pc:2533EV]];7;{{w:Moerwijk}};[[p:F. Amrani]];afgesloten
[[z:100421]];[[p:Osman]];[[p:Ifrah]];[[d:17-07-2001]];[[pc:2545PL]];88;{{w:Morgenstond}};[[p:F. Amrani]];actief
=====
Naam⇥Telefoon⇥E-mail⇥Beschikbaar⇥Talen
[[p:Marja Pieters]]⇥[[t:06-51203398]]⇥[[e:marjapieters@hotmail.com]]⇥ma/wo ochtend⇥NL
[[p:Hicham Bouzerda]]⇥[[t:06-24180073]]⇥[[e:h.bouzerda@gmail.com]]⇥za⇥NL, Arabisch, Tarifit
[[p:Agata Lewandowska]]⇥[[t:+48 601 228 913]]⇥[[e:agata.lew@wp.pl]]⇥di/do middag⇥PL, EN, NL (A2)
[[p:Co de Jager]]⇥[[t:0297-261 554]]⇥–⇥hele week⇥NL
(vrijwilligerslijst maatjesproject {{o:Welzijn Aalsmeer}}, niet verder verspreiden)
=====
"Datum";"Tijd";"Locatie";"Cliënt";"Medewerker";"Soort"
"[[d:2024-10-07]]";"09:00";"kamer 1.12";"[[p:Baptist, L.]]";"[[p:Verbeek, S.]]";"intake"
"[[d:2024-10-07]]";"10:30";"huisbezoek";"[[p:Nguyen, T.H.]]";"[[p:Verbeek, S.]]";"vervolg"
"[[d:2024-10-07]]";"13:00";"{{o:Servicepunt XL}} {{w:Loosduinen}}";"[[p:Romeijn, K.]]";"[[p:El Idrissi, N.]]";"schuldhulp"
"[[d:2024-10-08]]";"11:15";"telefonisch";"[[p:Tahiri, Y.]]";"[[p:Verbeek, S.]]";"evaluatie"
=====
wijk;aantal_meldingen_2023;aantal_meldingen_2024;gem_leeftijd;pct_schulden;pct_ggz
{{w:Schilderswijk}};412;455;41,2;63%;38%
{{w:Transvaal}};298;311;39,8;58%;35%
{{w:Moerwijk}};377;402;44,6;61%;41%
{{w:Mariahoeve}};214;236;57,3;32%;29%
{{w:Escamp}};501;520;46,0;55%;37%
{{w:Scheveningen}};188;174;51,9;29%;33%
bron: monitor sociale wijkzorgteams, peilmoment 1e kwartaal
=====
BSN⇥Naam⇥Bedrag⇥IBAN⇥Omschrijving
[[b:842876418]]⇥[[p:R. Sewdien]]⇥€ 150,00⇥[[i:NL45RABO1290983109]]⇥energietoeslag restant 2023
[[b:521877799]]⇥[[p:M.A. Wielinga]]⇥€ 150,00⇥[[i:NL79INGB7146644512]]⇥energietoeslag restant 2023
[[b:327109191]]⇥[[p:O. Diakité]]⇥€ 150,00⇥[[i:NL25RABO2075375521]]⇥energietoeslag restant 2023
[[b:989771193]]⇥[[p:J. Heemskerk]]⇥€ 150,00⇥[[i:NL15TRIO2112251204]]⇥energietoeslag restant 2023 (BSN checken!)
totaal⇥⇥€ 600,00⇥⇥batch 2024-03, uitbetaling week 12
=====
naam;adres;postcode;woonplaats;telefoon;aantal personen;verwijzer;einddatum
[[p:Bisschop, Angela]];[[a:Malakkastraat 40]];[[pc:3531 SN]];Utrecht;[[t:06-41202281]];3;{{o:Buurtteam}} {{w:Kanaleneiland}};[[d:31-12-2024]]
[[p:Haji, Omar]];[[a:Ibisdreef 29]];[[pc:3562 EH]];Utrecht;[[t:06-10098345]];6;{{o:Buurtteam}} {{w:Overvecht}};[[d:30-09-2024]]
[[p:Zwart-Meijer, Lia]];[[a:Amsterdamsestraatweg 511]];[[pc:3553 EE]];Utrecht;;1;{{o:Stichting Sociaal Raadslieden}};[[d:31-10-2024]]
(export klantenbestand {{o:Voedselbank Utrecht}}, uitgiftepunt {{w:Zuilen}})
=====
Wachtlijst dagbesteding {{o:De Hoogstraat}} – stand [[d:01-07-2024]]
pos⇥naam⇥geb.⇥indicatie⇥aangemeld⇥wacht (wk)
1⇥[[p:Bart Schuurman]]⇥1959⇥4 dagdelen⇥[[d:12-02-2024]]⇥20
2⇥[[p:Ria Oskam]]⇥1947⇥2 dagdelen⇥[[d:26-02-2024]]⇥18
3⇥[[p:Ahmet Çetin]]⇥1952⇥3 dagdelen⇥[[d:04-03-2024]]⇥17
4⇥[[p:Gerda Dijkhuizen]]⇥1940⇥2 dagdelen⇥[[d:19-03-2024]]⇥15
gem. wachttijd: 17,5 weken (norm contract: 8 weken)
=====
Subsidie bewonersinitiatieven 2024 – overzicht
Initiatief;Wijk;Bedrag aangevraagd;Toegekend;Besluitnr
Moestuin Achter de Flat;{{w:Klarendal}};€ 2.400;€ 2.000;BI-2024-017
Kookclub 55+;{{w:Presikhaaf}};€ 950;€ 950;BI-2024-018
Huiswerkklas De Regenboog;{{w:Malburgen}};€ 4.100;€ 3.600;BI-2024-021
Buurtbarbecue Geitenkamp;{{w:Geitenkamp}};€ 600;afgewezen;BI-2024-024
Totaal toegekend: € 6.550 (budget 2024: € 40.000, uitgeput 16%)
=====
dossier⇥cliënt⇥geb⇥schuldeiser⇥kenmerk⇥bedrag⇥bijgewerkt
[[z:SHV-24-0771]]⇥[[p:Nadia Chaouch]]⇥[[d:03-09-1988]]⇥{{o:Toeslagen}}⇥[[z:4412 0098 7711 2034]]⇥3.880,00⇥[[d:12-06-2024]]
[[z:SHV-24-0771]]⇥[[p:Nadia Chaouch]]⇥[[d:03-09-1988]]⇥{{o:HTM}} (boete OV)⇥[[z:HTM-BB-771209]]⇥215,50⇥[[d:12-06-2024]]
[[z:SHV-24-0772]]⇥[[p:Gerrit-Jan Koops]]⇥[[d:22-12-1961]]⇥{{o:Eneco}}⇥[[z:200991847]]⇥1.120,18⇥[[d:13-06-2024]]
=====
ID;Naam;Leeftijd;Kamer;Opvang sinds;Uitstroom naar
[[z:NO-1184]];[[p:Mehdi K.]];34;2.04;03-2024;zelfstandig ({{o:Stadgenoot}})
[[z:NO-1191]];[[p:Stanislav P.]];51;1.11;05-2024;terugkeer via {{o:Barka}}
[[z:NO-1202]];[[p:Jolanda]];47;2.07;06-2024;nog onbekend
[[z:NO-1210]];[[p:R. van Dam]];29;1.03;07-2024;{{o:HVO-Querido}} beschermd wonen
({{o:Nachtopvang}} {{w:Amsterdam}} Oost, stand eind juli)
=====
Kolommen: Maand | Aantal nieuwe cliënten | Waarvan < 27 jr | Gem. doorlooptijd intake (dagen)
jan 2024 | 41 | 9 | 6,2
feb 2024 | 38 | 7 | 5,9
mrt 2024 | 52 | 14 | 8,1
apr 2024 | 47 | 11 | 7,4
Bron: eigen registratie sociaal team {{w:Lelystad}}; KPI doorlooptijd ≤ 10 werkdagen (90% gehaald)
=====
naam,telefoon,mail,rol,organisatie
[[p:Lianne Kolk]],[[t:06-20119834]],[[e:l.kolk@zorggroepapeldoorn.nl]],{{r:wijkverpleegkundige}},{{o:Zorggroep Apeldoorn}}
[[p:Mounir Zaoui]],[[t:06-41130927]],[[e:m.zaoui@stimenz.nl]],{{r:maatschappelijk werker}},{{o:Stimenz}}
[[p:Ilse Verhoef]],,[[e:i.verhoef@apeldoorn.nl]],{{r:Wmo-consulent}},{{o:Gemeente Apeldoorn}}
algemeen,055 - 580 10 10,[[e:info@apeldoorn.nl]],,{{o:Gemeente Apeldoorn}}
=====
Rij 2-7 uit "urenregistratie Q2.xlsx" (tabblad casussen)
[[z:C-2024-0188]]⇥[[p:Boukhrissi]]⇥6,5 uur⇥financiën
[[z:C-2024-0193]]⇥[[p:de Vries-Hamstra]]⇥2,0 uur⇥wonen
[[z:C-2024-0201]]⇥[[p:Castillo]]⇥11,25 uur⇥opvoeding / HG
[[z:C-2024-0207]]⇥[[p:Pauwels]]⇥1,5 uur⇥informatie & advies
[[z:C-2024-0210]]⇥[[p:Nair]]⇥4,0 uur⇥financiën
[[z:C-2024-0211]]⇥[[p:Koç]]⇥3,75 uur⇥gezondheid
=====
Naam;Adres;PC;Huurachterstand;Maanden;Corporatie;Signaaldatum
[[p:M. Wijnhoven]];[[a:Ruys de Beerenbrouckstraat 12]];[[pc:6417 CG]];€ 1.422,10;2;{{o:Weller}};[[d:03-05-2024]]
[[p:A. Hamidi]];[[a:Schaesbergerweg 181]];[[pc:6415 AN]];€ 2.880,00;4;{{o:Wonen Limburg}};[[d:03-05-2024]]
[[p:J.P.M. Lemmens]];[[a:Kloosterweg 7-A]];[[pc:6412 CN]];€ 711,05;1;{{o:Weller}};[[d:06-05-2024]]
(vroegsignalering {{w:Heerlen}}, week 18/19)
=====
Tarieven begeleiding 2024 (uit contract, tabblad 3)
Product;Code;Eenheid;Tarief;Indexatie
Begeleiding individueel basis;07A08;uur;€ 62,18;4,6%
Begeleiding individueel specialistisch;07A09;uur;€ 78,44;4,6%
Dagbesteding groep basis;08A01;dagdeel;€ 48,90;4,6%
Hulp bij het huishouden;01A01;uur;€ 37,12;5,1%
Kortdurend verblijf;09A02;etmaal;€ 164,30;4,6%
""")

# ---------------------------------------------------------------------------
# 9. Case-system exports with timestamps (journals, audit logs, task lists)
# ---------------------------------------------------------------------------
add(r"""
Journaal – dossier [[z:2024-011873]] ([[p:Appiah, Kwabena]])
[[d:2024-03-04]] 09:12 | [[p:Ruth Sanches]] | Aanmelding | Aangemeld door {{r:huisarts}} (dr. [[p:Wennekes]]), klachten somberheid, geldzorgen
[[d:2024-03-06]] 14:40 | [[p:Ruth Sanches]] | Telefonisch | Cliënt gebeld op [[t:06-18842275]], afspraak gemaakt
[[d:2024-03-11]] 10:00 | [[p:Ruth Sanches]] | Huisbezoek | [[a:Oudemansstraat 208]]; woning netjes, post ongeopend (ca. 40 brieven), zorgverzekering opgezegd
[[d:2024-03-11]] 16:55 | [[p:Ruth Sanches]] | Actie | Aanmelding {{o:Schuldhulpverlening Den Haag}} verstuurd, ref. [[z:SHV-2024-01922]]
[[d:2024-03-19]] 11:30 | [[p:Tim Olthof]] | Overleg | MDO: casus besproken, {{r:POH-GGZ}} inschakelen
=====
== EXPORT CONTACTMOMENTEN (csv omgezet) ==
tijdstip: [[d:12-09-2024]] 08:47
medewerker: [[p:Bouchra Ait Said]]
cliënt: [[p:Miroslav Novák]] (BSN [[b:563313043]])
kanaal: WhatsApp (zakelijk)
inhoud: "Meneer stuurt foto van brief {{o:CJIB}}, kenmerk [[z:6014 8821 0033 7715]], € 419,00. Gevraagd om donderdag langs te komen op het spreekuur (kamer 0.08)."
=====
Audit log – Sociaal Domein Suite
[[d:2024-05-21]]T08:02:11Z  user=[[p:m.vanderlinde]]  action=OPEN    record=[[z:CL-0098113]]
[[d:2024-05-21]]T08:02:49Z  user=[[p:m.vanderlinde]]  action=EXPORT  record=[[z:CL-0098113]] format=pdf
[[d:2024-05-21]]T08:15:03Z  user=[[p:s.achahbar]]     action=OPEN    record=[[z:CL-0100442]]
[[d:2024-05-21]]T09:40:27Z  user=systeem           action=BACKUP  records=18422
=====
Takenlijst {{r:casusregisseur}} [[p:E. Tuinman]] – week 15
☐ [[d:ma 08-04]] bellen {{o:Woonstad}} over [[p:Mahadew]] (regeling, contractnr [[z:WR-889012]])
☐ [[d:di 09-04]] 13:00 MDO in kamer B2.05 ({{w:Tarwewijk}})
☑ [[d:di 09-04]] machtiging {{o:Belastingdienst}} [[p:Oksana]] (pincode per post naar [[a:Pretorialaan 133C]])
☐ [[d:do 11-04]] huisbezoek fam. [[p:Dogan]] met {{r:jeugdconsulent}}
☐ vóór vrijdag: rapportage {{o:Veilig Thuis}} [[z:VT-R-2024-1893]]
=====
Rapportage periode [[d:01-01-2024]] t/m [[d:31-03-2024]] (automatisch gegenereerd)
Cliënt: [[p:Karin Oosterhout]]
Dossier: [[z:DOS/2023/4471]]
Ingezette producten:
- Begeleiding individueel (07A08), 3 uur p/w, aanbieder {{o:Cordaan}}
- Hulp bij het huishouden, 2 uur p/w, aanbieder {{o:Zorggroep Amsterdam Oost}}
Evaluatie: doelen 1 en 3 behaald, doel 2 (werk) loopt. Laatste evaluatiegesprek [[d:27-03-2024]].
Volgende evaluatie: juni 2024
=====
[08:14] Systeem: nieuwe melding ontvangen via {{o:Meldpunt Zorg & Overlast}}
[08:14] Systeem: melding gekoppeld aan bestaand dossier [[z:GGD-MZO-22-1187]] ([[p:Visser, Albertus]], [[a:Vliegenvangerpolder 12]])
[08:31] [[p:Nora Bakker]]: opgepakt
[09:05] [[p:Nora Bakker]]: buurman [[p:Ton]] gebeld ([[t:06-22338104]]), meneer zou sinds zondag niet meer buiten zijn geweest
[09:47] [[p:Nora Bakker]]: met {{r:wijkagent}} ter plaatse, meneer aangetroffen, verward, ambulance gebeld
=====
Historie wijzigingen persoonsgegevens
veld          | oud                          | nieuw                         | gewijzigd op        | door
adres         | [[a:Hogeweg 212]]            | [[a:Kerkweg 9 A]]                 | [[d:02-02-2024]] 10:11 | [[p:J. Kalkman]]
postcode      | [[pc:5652 AA]]                    | [[pc:5641 KH]]                     | [[d:02-02-2024]] 10:11 | [[p:J. Kalkman]]
telefoon      | [[t:06-14490021]]                 | [[t:06-38271106]]                  | [[d:14-03-2024]] 15:02 | [[p:A. Yilmaz-Baars]]
e-mail        | (leeg)                       | [[e:p.verhaegh@kpnmail.nl]]        | [[d:14-03-2024]] 15:02 | [[p:A. Yilmaz-Baars]]
=====
Journaalregels gefilterd op "toestemming" (export {{o:Sociaal Team}} {{w:Emmen}})
[[d:07-05-2024]] 11:20 – toestemmingsverklaring getekend door [[p:Renske Lubbers]] (geldig 12 maanden)
[[d:07-05-2024]] 11:22 – toestemming om gegevens te delen met {{o:Verslavingszorg Noord Nederland}}: NEE
[[d:21-05-2024]] 16:03 – toestemming alsnog gegeven (mondeling), vastgelegd door [[p:Henk Pranger]]
[[d:22-05-2024]] 08:40 – aanmelding {{o:VNN}} verstuurd via Zorgmail
=====
Export (xml omgezet naar tekst)
<clientId>[[z:774120]]</clientId>
<naam>[[p:Lindeboom, Harmke]]</naam>
<geboortedatum>[[d:1949-06-18]]</geboortedatum>
<adres>[[a:Sint Jansstraat 14]]</adres><postcode>[[pc:9711 TG]]</postcode><plaats>GRONINGEN</plaats>
<regisseur>[[p:Wouter Stegeman]]</regisseur>
<team>{{o:WIJ}} {{w:Binnenstad}}</team>
<status>actief</status><prioriteit>2</prioriteit>
=====
Overzicht open acties per team (geen clientgegevens)
Team                 | open | te laat | gem. dagen open
{{w:Centrum}}        | 44   | 6       | 11,3
{{w:Laak}}           | 61   | 14      | 15,8
{{w:Escamp}}-Zuid    | 72   | 9       | 12,0
{{w:Segbroek}}       | 23   | 1       | 7,4
Gegenereerd door het systeem op verzoek van de {{r:teammanager}}; volgende update bij de kwartaalrapportage (Q3).
=====
[[d:23-08-2024]] 15:31 – mail ontvangen van [[e:s.ramdhan@stichtingmoviera.nl]] (onderwerp: "[[p:Jamila]] – veiligheidsplan")
[[d:23-08-2024]] 15:44 – doorgestuurd aan [[p:Evelien Groot]] ({{r:gezinsregisseur}})
[[d:26-08-2024]] 09:10 – [[p:Evelien Groot]]: gebeld met [[p:Jamila]] ([[t:06-29384411]]), veiligheidsplan doorgenomen, ex-partner [[p:Y. el Mourabit]] heeft contactverbod tot [[d:14-11-2024]]
[[d:26-08-2024]] 09:32 – taak aangemaakt: evaluatie {{o:Moviera}} over 4 weken
=====
Dossieroverdracht (systeemmelding)
Van: [[p:Kees Rijkaart]] (team {{w:Oud-Beijerland}})
Naar: [[p:Sophie van Loon]] (team {{w:Hoeksche Waard}} Oost)
Dossiers: [[z:HW-21-0091]], [[z:HW-22-0412]], [[z:HW-24-0006]]
Reden: vertrek medewerker per [[d:01-09-2024]]
Gezien door {{r:teamleider}}: ja, [[d:29-08-2024]] 10:02
=====
[nachtjob] 07:58:01 INFO  koppeling BRP: 0 wijzigingen
[nachtjob] 07:58:14 INFO  koppeling Suwinet: 12 berichten verwerkt
[nachtjob] 07:58:15 WARN  bericht 7 afgekeurd: BSN-elfproef mislukt (waarde gemaskeerd)
[nachtjob] 08:00:00 INFO  job klaar in 119 s, volgende run 02:00
=====
Contactmoment [[d:vr 12 april 2024]] 15:20 (telefoon, inkomend)
Beller: [[p:Gloria Martis]] (zus van cliënt [[p:Rudsel Martis]], [[z:CL-2023-4401]])
Onderwerp: broer is uit {{o:PI Haaglanden}} ontslagen op [[d:10 april]], heeft geen woonadres, slaapt bij haar op de bank ([[a:Loevesteinlaan 1026]])
Afspraak: re-integratie-intake {{o:Reclassering}} + aanvraag uitkering; terugbellen op [[t:06-41177320]] (na 17:00)
Vastgelegd door: [[p:Samuel Kwakye]]
=====
[[z:#2291]]  opened [[d:2024-02-14]] by [[p:L. Hoogland]]   status: closed [[d:2024-02-20]]
Onderwerp: aanvraag noodfonds fam. [[p:Rachidi]]
Bedrag: € 350,- (boodschappen + openbaar vervoer, tram 9 en bus 26)
IBAN ontvanger: [[i:NL84ABNA7940750885]] (rekening mevr. [[p:Rachidi]])
Goedgekeurd door: [[p:H. de Bruijn]] ({{r:teamleider}})
""")

# ---------------------------------------------------------------------------
# 10. E-mail threads with headers, quoted replies and signatures
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Lisette Hoogland]] <[[e:l.hoogland@utrecht.nl]]>
Aan: [[p:Jesse Barendrecht]] <[[e:j.barendrecht@buurtteamsutrecht.nl]]>
Onderwerp: RE: spoed – mw. [[p:Ouahabi]], afsluiting energie
Datum: dinsdag [[d:14 mei 2024]] 10:12

Hoi [[p:Jesse]],

Ik heb {{o:Eneco}} gebeld; de afsluiting van [[a:Marco Pololaan 221]] is opgeschort tot [[d:1 juni]]. Wel moet mevrouw vóór die datum € 150,- aanbetalen. Kan dat uit het noodfonds (budget 2024 nog € 3.420 over)?

Groet,
[[p:Lisette Hoogland]]
{{r:consulent}} Vroegsignalering | {{o:Gemeente Utrecht}}
T 14 030 | M [[t:06 - 1023 8841]] (di, wo, do)

> Op ma [[d:13 mei 2024]] om 16:40 schreef [[p:Jesse Barendrecht]] <[[e:j.barendrecht@buurtteamsutrecht.nl]]>:
> [[p:Lisette]], mw. [[p:Ouahabi]] (klantnr. Eneco [[z:301882476]]) krijgt donderdag haar stroom afgesloten. Drie kinderen, jongste 8 maanden. Kun jij iets?
=====
From: [[e:kamal.saidi1979@gmail.com]]
To: [[e:wijkteam.noord@sociaalteam-zwolle.nl]]
Subject: brief
Date: [[d:Fri, 8 Mar 2024]] 22:14:03 +0100

goedenavond ik heb brief gehad van de gemeente over mijn uitkering ze zeggen ik moet 2100 euro terug betalen maar ik heb alles altijd gemeld. mijn klantnummer is [[z:882104]]. kunt u mij helpen? ik woon [[a:Palestinastraat 9]]. mijn nummer [[t:0614927730]]

mvg [[p:Kamal Saidi]]

Verzonden vanaf mijn iPhone
=====
Van: [[p:Sandra Mulder]] ({{o:Stichting Bewindvoering Noord}})
Verzonden: woensdag [[d:3 juli 2024]] 09:02
Aan: [[p:Koen Wassink]]
CC: [[e:administratie@bewindvoeringnoord.nl]]
Onderwerp: cliënt [[p:T. Hofman]] ([[z:BN-20190341]]) – leefgeld en huur

Beste [[p:Koen]],

Dank voor je mail. Ik kan de huur van juli niet betalen omdat het {{o:UWV}} de uitkering van dhr. [[p:Hofman]] te laat heeft overgemaakt (komt nu op [[d:5 juli]] binnen). Ik heb {{o:Lefier}} hierover geïnformeerd. Het leefgeld (€ 70,- per week) gaat gewoon door op zijn eigen rekening [[i:NL36SNSB8763407571]].

Met vriendelijke groet,
[[p:Sandra Mulder]]
{{r:bewindvoerder}}
Stichting Bewindvoering Noord | Postbus 1270, 9701 BG Groningen
T 050 - 313 22 00 | KvK 01129837
=====
Onderwerp: Uitnodiging: casuïstiekoverleg bemoeizorg – dinsdag, Teams
Van: {{o:Secretariaat Sociaal Domein}}
Aan: alle teamleden {{w:Leiden}} Noord

Beste collega's,

Het casuïstiekoverleg bemoeizorg vindt plaats op de 2e dinsdag van de maand van 13.30 tot 15.00 uur in kamer 3.18 van het Stadhuis of via Teams (link in de agenda). Breng casussen geanonimiseerd in: geen namen, adressen of BSN's in de presentatie. Gebruik in de titel alleen wijk + leeftijdscategorie, bijvoorbeeld "{{w:De Kooi}}, 60-70".

Agenda:
1. Opening en notulen vorige keer
2. Casus 1 ({{r:GGZ-verpleegkundige}} {{o:Rivierduinen}})
3. Casus 2 (wijkteam)
4. Rondvraag

Met vriendelijke groet,
Secretariaat Sociaal Domein (071 - 516 50 00, keuze 4)
=====
Van: [[p:M.]] ([[p:Mehmet]]) [[p:Öztürk]] <[[e:m.ozturk@welzijnhengelo.nl]]>
Aan: [[e:wonen@welbions.nl]]
Onderwerp: Fw: overlast / zorg [[a:Vossenbeltstraat 17]]

Goedemiddag,

Hieronder de mail van de buurvrouw. Wij kennen meneer ([[p:Ger Veldhuis]], 68) al van de ouderenadviseur. Kunnen we samen een huisbezoek doen? Ik heb volgende week [[d:dinsdag 24 september]] of [[d:donderdag 26 september]] de middag vrij.

[[p:Mehmet Öztürk]]
{{r:ouderenadviseur}} | {{o:Welzijn Hengelo}} | [[t:06-20998144]]

-----Doorgestuurd bericht-----
Van: [[p:Anja ter Horst]] <[[e:anjaterhorst@kpnmail.nl]]>
Datum: [[d:17-09-2024]] 21:48
Meneer naast mij (nr 17) zet zijn afval al weken in de gang, het stinkt en ik zie hem soms vallen. Ik weet niet wie ik anders moet bellen. [[p:Anja]]
=====
Van: [[p:Jolien Bos]]
Aan: [[p:Hamza]]
Onderwerp: je afspraak morgen

Hoi [[p:Hamza]],

Even een herinnering: morgen om 10.00 uur hebben we een afspraak bij het {{o:Jongerenloket}} aan de Noordstraat (ingang naast de bibliotheek, 1e verdieping, kamer 1.4). Neem je ID-kaart, je bankpas en de brief van {{o:DUO}} mee. Je kunt met bus 4 tot de halte Stationsplein.

Lukt het niet? App me dan even op [[t:06-44810293]].

Groetjes,
[[p:Jolien]]
{{r:jongerenwerker}} {{o:Contour de Twern}}, {{w:Tilburg}}
=====
Van: [[e:noreply@mijnwijkteam.nl]]
Aan: [[e:fam.vandenbroek@ziggo.nl]]
Onderwerp: Bevestiging van uw afspraak
Datum: [[d:ma 10-06-2024]] 08:00

Beste [[p:J.C. van den Broek]],

Hierbij bevestigen wij uw afspraak met [[p:Inge Smeets]] van {{o:Sociaal Team}} {{w:Venlo}} Zuid.
Wanneer: [[d:woensdag 12 juni 2024]], 14:30 – 15:30
Waar: Wijkcentrum De Wissel, spreekkamer 2
Referentie: [[z:AFS-2024-118830]]

Wilt u de afspraak wijzigen? Bel 077 - 359 66 66 (algemeen nummer, werkdagen 8.30-17.00 uur).
=====
Van: [[p:Rob van Eijk]] <[[e:rob.vaneijk@pro-persona.nl]]>
Aan: [[p:Sietske de Jong]] <[[e:sietske.dejong@arnhem.nl]]>
Onderwerp: RE: RE: RE: [[p:Tessa]] – aanvraag BW
Datum: [[d:29-07-2024]] 17:03

[[p:Sietske]],
Excuus voor de late reactie, ik was op vakantie. De indicatie voor beschermd wonen van [[p:Tessa Gerritsen]] ([[d:11-01-2002]]) is rond, start bij {{o:RIBW Arnhem & Veluwe Vallei}} per [[d:15 augustus]]. Kun jij de huur van de kamer aan de [[a:Steenstraat 82-3]] opzeggen met haar? Haar moeder ([[t:026-3514708]]) weet ervan.
[[p:Rob]]

-----Oorspronkelijk bericht-----
Van: [[p:Sietske de Jong]]
Verzonden: maandag [[d:15 juli 2024]] 11:20
Hoi [[p:Rob]], is er al nieuws over [[p:Tessa]]? Ze belde me vanochtend huilend, de verhuurder wil haar eruit.
=====
Van: {{o:Servicedesk Toeslagen}}
Aan: [[e:h.elmaghraoui@wijkteamamersfoort.nl]]
Onderwerp: Uw vraag met kenmerk [[z:TSL-24-9982104]]

Geachte heer/mevrouw,
Wij hebben uw vraag over de herziening huurtoeslag 2022 van [[p:R. Tjin-Kon-Fat]] ontvangen. Wij kunnen zonder machtiging geen informatie geven. Een machtiging kunt u aanvragen via belastingdienst.nl/machtigen of bel de BelastingTelefoon: 0800 - 0543 (gratis).
Met vriendelijke groet,
Belastingdienst/Toeslagen
=====
Van: [[p:Tineke Brouwers]]
Aan: wijkteam {{w:Maastricht}} {{w:Malberg}}
Onderwerp: mijn moeder
Datum: [[d:zo 3 nov]] 20:41

Hallo,
Mijn moeder [[p:Mia Brouwers-Lenssen]] (86) woont in de [[a:Malbergsingel 311]] en ze heeft vorige week haar pols gebroken. Ik woon zelf in {{w:Rotterdam}} en kan niet elke dag komen. Wie kan er helpen met wassen en aankleden? De {{r:huisarts}} zegt dat ik bij jullie moet zijn. Mijn nummer is [[t:06 2944 8120]].
Groetjes [[p:Tineke]]
=====
From: [[p:Piotr Mazur]] <[[e:p.mazur.nl@gmail.com]]>
To: [[p:Anouk]] (wijkteam)
Subject: Re: documenten
Date: [[d:22 januari 2024]]

Hello [[p:Anouk]], I send the documents: ID card (scan), work contract from {{o:Randstad}} and foto of bank card. My account is [[i:NL80 KNAB 3556 2351 63]]. Address now: [[a:Calandstraat 26]] room 4, {{w:Delft}}, [[pc:2612 EV]]. Sorry for late, my phone was broken. Regards [[p:Piotr]]
=====
Van: [[p:Fenna Zijlstra]], {{r:intern begeleider}} {{o:OBS De Tweemaster}}
Aan: [[p:Jurre Klein]], wijkteam {{w:Leeuwarden}} Oost
Onderwerp: zorgen om [[p:Kaylee]] (groep 5)

Hoi [[p:Jurre]],

Met toestemming van moeder ([[p:Demi Postma]], [[t:06-51108274]]) meld ik [[p:Kaylee]] bij je aan. Ze komt vaak zonder ontbijt, heeft deze maand 6 keer gemist en vertelde dat "mama steeds in bed ligt". Moeder staat open voor een gesprek; ze woont sinds de scheiding (zomer 2023) met [[p:Kaylee]] en haar broertje op de [[a:Zaailand 98-B]].

Groet, [[p:Fenna]]
058 - 212 45 90 (school, algemeen)
=====
Van: [[p:Gijs Achterberg]] <[[e:g.achterberg@gemeentevenlo.nl]]>
Aan: Sociaal Team Venlo (alle)
Onderwerp: FW: nieuwe werkwijze bijzondere bijstand

Collega's,

Vanaf het vierde kwartaal verandert de aanvraagroute voor bijzondere bijstand (zie bijlage, Beleidsregels 2024, art. 6-9). Aanvragen < € 250 kunnen jullie voortaan zelf afhandelen via het formulier BB-light. Het maximum per kalenderjaar is € 750 per huishouden. Vragen? Kom naar het inloopuur op donderdag, kamer 2.11.

Met collegiale groet,
[[p:Gijs Achterberg]]
{{r:beleidsmedewerker}} Inkomen
=====
Van: [[p:Nathalie Kroes]] <[[e:nkroes@vluchtelingenwerk.nl]]>
Aan: [[e:s.abdullahi@wijkteamgouda.nl]]
Onderwerp: warme overdracht gezin [[p:Tesfay]] / [[p:Ghebreyesus]]
Datum: [[d:6 februari 2024]]

Beste [[p:Sahra]],

Zoals afgesproken hierbij de gegevens voor de overdracht per [[d:1 maart]]:
- Vader: [[p:Mebrahtu Ghebreyesus]], [[d:01-01-1985]], V-nummer [[z:2841177302]]
- Moeder: [[p:Selam Tesfay]], [[d:12-06-1992]]
- Kinderen: [[p:Abel]] (2017), [[p:Ruth]] (2020)
- Adres: [[a:Oosterwei 150]], [[pc:2805 BK]] Gouda
- Lopend: inburgering (B1-route, {{o:Taalhuis}}), schuldenvrij, aanvraag kinderopvangtoeslag net gedaan
Het gezin spreekt Tigrinya; {{o:Tolkcentrum}} via het algemene nummer.

Groet,
[[p:Nathalie]]
=====
Onderwerp: Afwezig: RE: overleg
Ik ben afwezig tot en met week 33 en lees mijn mail daarna. Voor spoedzaken kunt u bellen met het algemene nummer van het sociaal team, 0345 - 47 47 47, of mailen naar het teampostvak.
=====
Van: [[p:Kwame Ofori]] <[[e:k.ofori@deltawonen.nl]]>
Aan: [[p:Marieke Scholten]]
Datum: [[d:dinsdag 9 januari 2024]] 13:22
Onderwerp: huurder [[a:Assendorperstraat 174]] – reactie

[[p:Marieke]],

Prima dat jullie contact hebben gehad met mevrouw [[p:Dijkstra]]. Wij zetten het incassotraject 6 weken stil (t/m week 7). Ik heb in ons systeem genoteerd: sociaal team Zwolle betrokken, contactpersoon [[p:M. Scholten]], [[t:06-47210933]].
De huurachterstand is nu € 1.964,18 (3 maanden + € 20,- aanmaankosten). Betaling kan op onze rekening NL34 RABO 0123 4567 89 o.v.v. huurcontract [[z:DW-412-09933]].

Met vriendelijke groet,
[[p:Kwame Ofori]]
{{r:incassomedewerker}} {{o:deltaWonen}} | 038 - 845 88 88
=====
Van: [[p:Ellen de Haan]]
Aan: [[p:Priscilla Lont]]; [[p:Maarten Kerstens]]
Onderwerp: korte terugkoppeling MDO [[d:11/4]]

Hoi allebei,

- [[p:Sevgi]] (casus [[z:2023-77180]]): schuldhulp loopt, {{o:Kredietbank Limburg}} heeft stabilisatie bevestigd.
- Meneer [[p:Deckers]]: heeft toestemming gegeven om {{r:huisarts}} te bellen, doet [[p:Maarten]].
- fam. [[p:Vroemen]]: nog geen contact, brief gestuurd naar [[a:Heerderweg 22]].
Volgende MDO [[d:25 april]], zelfde tijd, kamer 1.03.

[[p:Ellen]]
=====
Van: [[e:pietjanssen51@hotmail.com]]
Aan: [[e:info@wijkteamdelft.nl]]
Onderwerp: aanvraag rolstoel

hallo,
mijn vrouw [[p:Corrie]] heeft een rolstoel nodig want ze kan niet meer lopen sinds de operatie op [[d:2 april]] in het {{o:Reinier de Graaf}}. wij wonen in {{w:Tanthof}} [[a:Papsouwselaan 301]]. wat moeten wij doen?
groeten [[p:piet janssen]]
tel [[t:015 2563 118]]
=====
Van: [[p:Anna Wiśniewska]] <[[e:a.wisniewska@barkanl.org]]>
Aan: [[p:Thomas Veenendaal]]
Onderwerp: Re: [[p:Marek]] – terugkeer
Datum: [[d:30 oktober 2024]]

Hi [[p:Thomas]],
[[p:Marek Zieliński]] ([[d:03-08-1979]]) has agreed to return to Poland. We booked the bus (Flixbus, [[d:4 november]], 08:15 from Den Haag Centraal, seat 23). His brother [[p:Paweł]] will pick him up in Wrocław, phone [[t:+48 512 770 431]]. Can you ask the shelter to keep his bed until [[d:3 November]]?
Thanks! [[p:Anna]]
=====
Van: [[p:Bernadette Pool]] <[[e:b.pool@mee-ggn.nl]]>
Aan: [[p:Lotte Drenth]] <[[e:l.drenth@assen.nl]]>
Onderwerp: aanvraag cliëntondersteuning – [[p:Dennis Kruizinga]]

Hoi [[p:Lotte]],

[[p:Dennis]] (27, LVB) woont sinds kort zelfstandig in {{w:Assen-Oost}} ([[a:Lariksstraat 41]], daarvoor bij zijn moeder op de [[a:Bomenbuurtstraat 4]]). Hij heeft een afspraak bij jullie voor een keukentafelgesprek op [[d:vrijdag 15 maart]]. Ik ga mee als {{r:cliëntondersteuner}}. Wil je het gesprek in eenvoudige taal houden en niet langer dan een uur? Zijn moeder ([[p:Klaasje]]) komt ook.

Dank je!
[[p:Bernadette]]
{{o:MEE Groningen Drenthe}} | [[t:06-15770912]]
=====
Van: [[p:Ahmed Benhaddou]] <[[e:ahmed.benhaddou@rotterdam.nl]]>
Aan: wijkteam {{w:Delfshaven}}
Onderwerp: beslaglegging – onjuiste beslagvrije voet

Beste collega's,
Bij mevrouw [[p:Azzaoui]] ([[a:Mathenesserweg 33-C]], [[z:RTD-BL-24-0781]]) heeft {{o:GGN}} de beslagvrije voet te laag vastgesteld: € 1.211,67 in plaats van € 1.472,05 (alleenstaande ouder, woonkosten € 790). Ik heb bezwaar gemaakt bij de deurwaarder. Kunnen jullie mevrouw vertellen dat ze de komende 2 maanden € 260,41 extra kan verwachten?
Groet, [[p:Ahmed]]
=====
Van: [[p:Carla Huijbregts]]
Aan: [[p:Sjaak]] ([[e:sjaakvdmeer@planet.nl]])
Onderwerp: Re: Re: vraag over de thuisadministratie
Datum: [[d:vr 6-12-2024]] 11:50

Beste [[p:Sjaak]],
Natuurlijk mag u uw zus meenemen naar de afspraak. We zitten in het {{o:Wijkcentrum De Vaart}}, zaal 2, ingang aan de achterkant. Er is een lift. Bus 11 stopt voor de deur (halte Vaartsche Rijn).
Vriendelijke groet, [[p:Carla Huijbregts]], vrijwilliger {{o:Humanitas Thuisadministratie}}

> Mag mijn zus [[p:Riek]] mee? Zij weet meer van de post dan ik. [[p:Sjaak van der Meer]]
""")

# ---------------------------------------------------------------------------
# 11. Mixed documents: more forms, plans, consent, network maps, decisions
# ---------------------------------------------------------------------------
add(r"""
INTAKE STATUSHOUDERS – {{o:Gemeente Emmen}}, {{o:Sociaal Team}} {{w:Emmerhout}}
Hoofd gezin: [[p:Khaled Al-Hamwi]]     geb. [[d:01-03-1978]] (Homs)
Echtgenote: [[p:Rasha Al-Hamwi]]       geb. [[d:15-08-1984]]
Kinderen: [[p:Yousef]] (14), [[p:Lana]] (11), [[p:Omar]] (6)
BSN hoofdaanvrager: [[b:401164858]]
Woning: [[a:Houtweg 112]], [[pc:7823 PK]] Emmen (toegewezen door {{o:Lefier}}, sleutel [[d:12-02-2024]])
Inrichtingskrediet: € 3.400,- (leenbijstand, aflossing € 50 p/m vanaf maand 7)
Tolk: Arabisch (Levantijns), via {{o:Global Talk}}
Inburgering: B1-route, {{o:Alfa-college}}; kinderen naar ISK en {{o:OBS De Kameleon}}
Contactpersoon {{o:VluchtelingenWerk Noord Nederland}}: [[p:Jantina Bakker]]
=====
Gegevens cliënt (overgenomen van identiteitsbewijs, gecontroleerd door [[p:M. Kok]])
Achternaam: [[p:WONG]]
Voornamen: [[p:SIU LAN]]
Geboortedatum: [[d:29 SEP/SEPT 1946]]
Geboorteplaats: HONG KONG
Documentnummer: [[z:NXK8R21F4]]
Geldig tot: [[d:14 06 2031]]
Adres: [[a:Wolphaertsbocht 411]], [[pc:3083 MP]] {{w:Rotterdam}} ({{w:Tarwewijk}})
Contact: kleindochter [[p:Vivian Chan]], [[t:06-49902137]], [[e:vivian.chan@student.eur.nl]]
=====
Aanmelding {{o:Wijkteam}} {{w:Capelle aan den IJssel}} – {{w:Oostgaarde}}
Naam: [[p:Johannes Latumahina]] (roepnaam [[p:Hans]])
Geboren: [[d:22-12-1952]], Ambon
Adres: [[a:Kerkweg 6]], [[pc:2902 CJ]] Capelle a/d IJssel
Zorgen: sinds overlijden echtgenote (maart 2024) sterk vermagerd, stopt met ouderensoos van de {{o:Molukse Kerk}}
Familie: zoon [[p:Frans Latumahina]] ([[t:06-23374410]]), dochter in {{w:Bovensmilde}}
Huisarts: {{o:Huisartsenpraktijk 's-Gravenland}}, dr. [[p:Tuankotta]]
Wens: niet naar verzorgingshuis; wil koken voor de kleinkinderen op zondag
=====
intake seizoensarbeider (gesprek via Google Translate en collega [[p:Maria]], Bulgaars)
naam: [[p:Dimitar Stoyanov]] / [[p:Димитър Стоянов]]
geb: [[d:07.07.1990]]
BSN: [[b:279943830]] (RNI-inschrijving)
woonplaats: logiesgebouw van uitzendbureau, [[a:Zwartendijk 54]], {{w:Honselersdijk}} ({{w:Westland}}), kamer 12, 6 personen
werkgever/uitzendbureau: {{o:Covebo}}
probleem: loon niet uitbetaald week 31-34, uitzendbureau houdt € 113,- per week in voor huisvesting en € 35,- vervoer
telefoon: [[t:+359 88 712 4415]]
acties: {{o:FairWork}} gebeld; afspraak {{o:Arbeidsinspectie}}; tijdelijke opvang via {{o:Stichting Pools Welzijn}}? (spreekt ook Bulgaars)
=====
Wmo – beschikking dagbesteding
Datum: [[d:18 november 2023]]       Kenmerk: [[z:WMO/23/DB/4012]]
Aan: mevrouw [[p:Ingrid Sulvaran]], [[a:Pijnackerstraat 50 b]], [[pc:3035 GM]] Rotterdam
Toekenning: begeleiding groep (dagbesteding), 3 dagdelen per week, bij {{o:Pameijer}}, locatie {{w:Oude Noorden}}
Vervoer: rolstoeltaxi (groepsvervoer), 2 ritten per dagdeel
Geldig: [[d:1 december 2023]] – [[d:30 november 2025]]
Uw {{r:Wmo-consulent}}: [[p:Roderick Hato]], [[e:r.hato@rotterdam.nl]]
=====
BESLUIT LOONKOSTENSUBSIDIE (art. 10d Participatiewet)
{{o:Werkgeversservicepunt}} {{w:Midden-Utrecht}}
Werknemer: [[p:Siham Azough]], BSN [[b:890 229 570]]
Werkgever: {{o:Hotel Karel V}} (KvK 30131225), {{w:Utrecht}}
Loonwaarde vastgesteld op 55% (meting Dariuz, [[d:04-04-2024]])
Loonkostensubsidie: 45% van het WML + 23% werkgeverslasten
Ingangsdatum: [[d:15-04-2024]]; herbeoordeling na 12 maanden
Jobcoach: [[p:Pieter van Dalen]] ({{o:Jobcoach Utrecht}})
=====
Besluit: ontheffing arbeidsverplichtingen (art. 9 lid 2 Participatiewet)
Betreft: [[p:A. Hussein Mohamed]], klantnr [[z:W&I-0092211]]
Wij geven u tijdelijk (12 maanden) ontheffing van de arbeidsverplichtingen vanwege dringende redenen: u zorgt fulltime voor uw zoon met een ernstige meervoudige beperking (zie medisch advies {{o:Argonaut}}, [[d:3 juni 2024]]). De ontheffing geldt tot en met [[d:30 juni 2025]]. Uw {{r:klantmanager}} neemt in april 2025 contact met u op.
=====
Kwijtschelding gemeentelijke belastingen – beschikking
{{o:BghU}} (Belastingsamenwerking gemeenten en hoogheemraadschap Utrecht), Postbus 13, 3500 AA Utrecht
Aanslagnummer: [[z:4018.22.0719.24]]
Naam: [[p:J. van Rossum-Tahiri]]
Adres: [[a:Amaliadwarsstraat 8]], [[pc:3522 BW]] Utrecht
Besluit: volledige kwijtschelding afvalstoffenheffing en rioolheffing 2024 (€ 411,60)
Geen kwijtschelding voor: hondenbelasting (€ 124,44) – niet kwijtscheldbaar volgens art. 3 Uitvoeringsregeling
=====
Schulden (door cliënt in Excel bijgehouden, geplakt)
Wie⇥Wat⇥Bedrag⇥Nummer⇥Betaald?
{{o:Budget Thuis}}⇥stroom⇥612,22⇥[[z:BT-661203]]⇥nee
{{o:Simpel}}⇥telefoon⇥96,40⇥[[z:31-0441-2291]]⇥deels (40)
{{o:Zilveren Kruis}}⇥zorg⇥1430⇥[[z:ZK 3390 1127]]⇥nee
ome [[p:Ramon]]⇥geleend⇥500⇥–⇥nee
{{o:Gemeente Almere}}⇥terugvordering⇥2210⇥[[z:ALM-TV-22-0419]]⇥regeling 25/mnd
totaal⇥⇥4848,62⇥⇥
=====
VERZOEK TOT AFKOELINGSPERIODE (art. 3.6 Wgs) – {{o:Gemeente Zwolle}}
Aan: {{o:Gerechtsdeurwaarderskantoor Van den Akker}} (dossier [[z:VDA-24-33012]])
Schuldenaar: [[p:Lotte Hiddink]], [[a:Thomas a Kempisstraat 77]], [[pc:8021 BL]] Zwolle
Besluit college: afkoelingsperiode van 6 maanden, van [[d:18 maart 2024]] tot en met [[d:17 september 2024]]
Reden: dreigende ontruiming en afsluiting van energie ({{o:Essent}}, klantnr. [[z:1020334871]])
Gevolg: geen beslag, geen executie, geen ontbinding huurovereenkomst {{o:SWZ}} gedurende de periode
=====
Van: [[p:R.J. Bikker]] <[[e:rj.bikker@bikkerdeurwaarders.nl]]>
Aan: [[e:schuldhulp@sociaalteamoss.nl]]
Onderwerp: uw cliënt [[p:F. Aouragh]] – ons dossier [[z:2024/5512/RB]]

Geachte heer/mevrouw,
Naar aanleiding van uw verzoek bevestigen wij dat de vordering van {{o:Vattenfall}} op uw cliënt € 1.204,77 bedraagt (hoofdsom € 902,10; rente € 48,67; kosten € 254,00). Wij houden de invordering 4 weken aan. Betalingen kunnen op rekening NL19 INGB 0660 1177 01 t.n.v. Bikker Gerechtsdeurwaarders o.v.v. het dossiernummer.
Met vriendelijke groet,
[[p:R.J. Bikker]], {{r:gerechtsdeurwaarder}}
=====
Huurverhoging 2024 – brief aan huurder
{{o:Woonstichting De Key}}
Aan: [[p:Sandra Schipper]], [[a:Admiraal de Ruijterweg 301-II]], [[pc:1055 MA]] Amsterdam
Uw huidige kale huur: € 648,19
Huurverhoging: 5,8% (huishoudinkomen < € 52.000)
Nieuwe kale huur: € 685,78
Bezwaar: vóór [[d:1 juli 2024]] via het bezwaarformulier van de {{o:Huurcommissie}}.
=====
Laatste-kansovereenkomst (bijlage bij huurovereenkomst)
Partijen: {{o:Stichting Woonwaard}}, {{o:Gemeente Heerhugowaard}} (nu {{w:Dijk en Waard}}), huurder [[p:Ronald Wever]] en {{o:Leger des Heils}} (begeleiding)
Woning: [[a:Rustenburgerweg 16]], Heerhugowaard
Voorwaarden: (1) begeleiding minimaal 1x per week, (2) budgetbeheer via {{o:Kredietbank West-Friesland}}, (3) geen overlast (max. 2 gegronde klachten), (4) evaluatie elke 3 maanden
Looptijd: 2 jaar, daarna omzetting naar regulier contract bij goed verloop
Getekend te Heerhugowaard op [[d:8 april 2024]]
=====
Aanmeldformulier {{o:Buurtbemiddeling}} {{w:Amersfoort}}
Aanmelder: [[p:Hüseyin Bulut]], [[a:Ringweg Randenbroek 58]], [[t:06-41907762]]
Andere partij: buren boven (nr 60), naam bekend bij corporatie: [[p:De Haan]]
Klacht: geluidsoverlast 's nachts, spelende kinderen tot 23:00, bonken
Duur: sinds oktober 2023
Eerdere stappen: gesprek op straat (liep uit op ruzie), melding bij {{o:Alliantie}}
=====
Verwijzing wijkverpleging / indicatiestelling ({{r:wijkverpleegkundige}} niveau 5)
Cliënt: dhr. [[p:Hendrik Brouwer]] – [[d:11-11-1941]] – polis {{o:Zilveren Kruis}} [[z:ZK-188203441]]
Adres: [[a:Dorpsstraat 42]], [[pc:3956 BK]] {{w:Leersum}}
Zorgvraag: wondzorg ulcus cruris (dagelijks), hulp bij steunkousen, ADL ochtend
Indicatie: 7 uur per week, [[d:01-05-2024]] t/m [[d:31-10-2024]]
Gesteld door: [[p:Femke Westerveld]], {{o:Buurtzorg}} {{w:Heuvelrug}}
=====
AANMELDING NACHTOPVANG / CRISISOPVANG ({{o:Centrale Toegang}} {{w:Utrecht}})
Datum/tijd aanmelding: [[d:zo 14-01-2024]] 21:17
Naam: [[p:Benjamin Aidoo]]     Leeftijd: 42
Laatste verblijfplaats: bij ex-partner, [[a:Livingstonelaan 790]] (daar weggestuurd)
BSN: [[b:800319540]]
Middelen: alcohol (dagelijks), cannabis
Medisch: diabetes type 1 (insuline bij zich)
Toegewezen: {{o:Tussenvoorziening}}, noodbed 4, melden vóór 22:30
=====
Uitnodiging intakegesprek
{{o:Yulius}} – locatie {{w:Dordrecht}}
Aan: Mevr. [[p:N.L. Tjon]], [[a:Spuiboulevard 119]], [[pc:3311 GP]] Dordrecht
Datum brief: [[d:16 augustus 2024]]
Uw afspraak: [[d:donderdag 5 september 2024]], 09:30 uur, met drs. [[p:K. Meijers]], {{r:psychiater}}, kamer B.2.14
Meenemen: medicatielijst, ID, verwijsbrief
Patiëntnummer: [[z:YU-4471290]]
=====
Brief van de {{r:huisarts}} aan het sociaal wijkzorgteam (met toestemming van patiënt)
{{o:Huisartsenpraktijk Moerwijk-Oost}}
Den Haag, [[d:22 oktober 2024]]

Betreft: dhr. [[p:Joop Vink]], geb. [[d:03-03-1958]], [[a:Zuiderparklaan 512]]

Geachte collega's,
Dhr. [[p:Vink]] is al 2 jaar niet op het spreekuur geweest. Bij een visite (op verzoek van zijn zus, mw. [[p:A. Vink]]) trof ik een vervuilde woning aan en een magere man met wonden aan de benen. Hij weigert opname. Ik vraag u om mee te kijken vanuit de bemoeizorg; hij gaf toestemming voor dit contact ("als ze maar niet met de politie komen").
Met collegiale groet,
[[p:L. Kaptein]], {{r:huisarts}}
=====
Huisbezoekplanning week 46;;;;;
datum;tijd;cliënt;adres;vervoer;medewerker
[[d:ma 11-11]];09:30;mw. [[p:Hoek]];[[a:Rijswijkseweg 405]];tram 11;[[p:Dewi]]
[[d:ma 11-11]];11:00;dhr. [[p:Winter]];[[a:Van Zeggelenlaan 1062]];bus 23;[[p:Dewi]]
[[d:di 12-11]];14:00;fam. [[p:Groen]];[[a:Melis Blekestraat 134]];fiets;[[p:Bram]]
[[d:do 14-11]];10:15;mw. [[p:De Vos]];[[a:Loevesteinlaan 580]];bus 26;[[p:Bram]]
""")
add(r"""
Deelnemers taalcafé {{o:Bibliotheek Haarlem}} {{w:Schalkwijk}} (ma 10-12u)
Naam⇥Land⇥Niveau⇥Tel.⇥Via
[[p:Awet Kidane]]⇥Eritrea⇥A1⇥[[t:06-84211903]]⇥{{o:VluchtelingenWerk}}
[[p:Layla Haidari]]⇥Afghanistan⇥A2⇥[[t:06 1877 4021]]⇥wijkteam
[[p:Nguyen Thi Hoa]]⇥Vietnam⇥A2⇥–⇥zelf
[[p:Olena Kravets]]⇥Oekraïne⇥B1⇥[[t:+380 67 441 2098]]⇥{{o:Gemeente Haarlem}}
[[p:Fatuma Ali]]⇥Somalië⇥A1⇥[[t:0641239987]]⇥wijkteam
=====
"registratienr";"bsn";"naam";"geboren";"aanvraag";"status"
"[[z:R24-00712]]";"[[b:9055.69.192]]";"[[p:Kowalczyk, Beata]]";"[[d:12-01-1982]]";"bijzondere bijstand";"in behandeling"
"[[z:R24-00713]]";"[[b:1976.72.723]]";"[[p:Baldé, Mamadou]]";"[[d:30-06-1999]]";"IIT";"toegekend"
"[[z:R24-00716]]";"[[b:7011.38.725]]";"[[p:van Hout, Gert]]";"[[d:05-05-1961]]";"kwijtschelding";"afgewezen"
=====
KPI-overzicht sociaal wijkteams {{w:Dordrecht}} – 1e halfjaar 2024 (export Excel, tabblad "samenvatting")
Indicator⇥Norm⇥Q1⇥Q2
Eerste contact binnen 5 werkdagen⇥90%⇥87%⇥92%
Plan binnen 6 weken⇥80%⇥74%⇥79%
Cliënttevredenheid (rapportcijfer)⇥7,5⇥7,8⇥7,6
Uitval schuldhulp (%)⇥< 25%⇥31%⇥28%
Caseload per fte⇥25⇥29,4⇥27,1
=====
Tijdlijn dossier [[z:ZW-2023-1127]] – [[p:Brink, Anneke van den]]
ma [[d:04-03-2024]] 09:12  aanmelding via {{o:Vroegsignalering}} ({{o:Dimence}} meldde zorgen)
wo [[d:06-03-2024]] 15:45  telefonisch contact, cliënt wil geen huisbezoek
vr [[d:15-03-2024]] 10:30  gesprek op kantoor {{o:Stadkamer}}, kamer 2.04; dochter [[p:Lieke]] aanwezig
di [[d:02-04-2024]] 11:00  aanvraag HH ingediend ([[z:WMO-ZW-24-0883]])
do [[d:18-04-2024]] 16:20  afgesloten eerste fase; overdracht aan {{r:wijkverpleegkundige}} [[p:Joyce Hulshof]]
=====
{
  "clientId": "[[z:C-77-041199]]",
  "naam": {"voornaam": "[[p:Gloria]]", "achternaam": "[[p:Mercelina]]"},
  "geboortedatum": "[[d:1987-02-17]]",
  "contact": {"mobiel": "[[t:+31612904418]]", "email": "[[e:glorymerc@yahoo.com]]"},
  "adres": {"straat": "[[a:Kiekendiefstraat 29]]", "postcode": "[[pc:3192 RA]]", "plaats": "Hoogvliet"},
  "team": "{{o:Wijkteam}} {{w:Hoogvliet}}",
  "aantalKinderen": 2,
  "huurachterstandMaanden": 3
}
=====
Onderwerp: [Suite] Nieuwe taak toegewezen – [[z:DOS-2024-5821]]
Beste [[p:Ilse Terpstra]],
Er is een nieuwe taak aan u toegewezen door [[p:Marco Reinders]].
Taak: evaluatiegesprek plannen
Cliënt: [[p:M. Oukili]]
Deadline: [[d:13-09-2024]]
Dit is een automatisch bericht. U kunt niet op deze e-mail reageren.
=====
BETROKKENEN (uit dossier [[z:SWT-TR-2024-0218]])
rol                        | naam                    | organisatie                  | telefoon
cliënt                     | [[p:Roshan Ramcharan]]        | –                            | [[t:06-11903377]]
echtgenote                 | [[p:Kamla Ramcharan-Jagroep]] | –                            | [[t:06-11903378]]
{{r:huisarts}}                   | dr. [[p:S. Mangal]]           | {{o:Gezondheidscentrum Transvaal}}   | 070 - 380 22 11 (praktijk)
{{r:bewindvoerder}}              | [[p:Yvette Haring]]           | {{o:Bewindvoering Haaglanden}}       | [[t:06-28410057]]
{{r:maatschappelijk werker}}     | [[p:Nordin Aarab]]            | {{o:Xtra}}                           | [[t:06-50288813]]
{{r:casusregisseur}}             | [[p:Emma Prins]]              | {{o:Gemeente Den Haag}}              | 14 070
=====
van: [[e:ronnie.smit1969@gmail.com]]
aan: mevr [[p:van Dijk]] (bewindvoerder)
onderwerp: leefgeld!!!

mevrouw ik heb nog steeds geen geld gehad deze week. het is al donderdag. ik heb niks in de koelkast en mijn hond moet ook eten. u zou het op maandag storten op [[i:NL14RBRB4638550345]]. bel mij op [[t:06 33 48 10 72]] of ik kom naar kantoor

[[p:ronnie]]
=====
Van: [[p:Wendy Scheffer]] <[[e:w.scheffer@ggdhaaglanden.nl]]>
Aan: [[p:Said Boulahrouz]] <[[e:s.boulahrouz@wijkteamsdenhaag.nl]]>
Onderwerp: RE: bemoeizorg dhr. [[p:Hout]]
Datum: [[d:wo 20 maart 2024]] 08:55

Hoi [[p:Said]],
Wij gaan er [[d:vrijdag 22 maart]] met de {{r:sociaal psychiatrisch verpleegkundige}} heen. Adres blijft [[a:Valkenboskade 590]] toch? Verder: meneer heeft volgens {{o:Haag Wonen}} een achterstand van 5 maanden.
[[p:Wendy]]
{{o:GGD Haaglanden}} | Team OGGZ / Vangnet & Advies

Op di [[d:19 mrt 2024]] om 17:02 schreef [[p:Said Boulahrouz]]:
> [[p:Wendy]], kunnen jullie mee naar dhr. [[p:Hout]]? Hij laat niemand binnen en de buren (fam. [[p:Prins]], nr 592) maken zich zorgen. Zijn broer [[p:Gerard Hout]] belde ons ([[t:06-47023318]]).
=====
{{o:UWV}}
Postbus 58285, 1040 HG Amsterdam

Aan: dhr. [[p:M.A. Verbruggen]]
[[a:Lange Nieuwstraat 212]]
[[pc:1972 GN]] IJMUIDEN
Datum: [[d:30 september 2024]]
Ons kenmerk: [[z:WIA-24-0098823]]

Beslissing op uw aanvraag WIA-uitkering
U krijgt een WGA-uitkering. U bent voor 57,3% arbeidsongeschikt (klasse 55-65%). De uitkering gaat in op [[d:14 oktober 2024]]. Uw loongerelateerde uitkering duurt 14 maanden.
Heeft u vragen? Bel ons: 088 - 898 92 94.
=====
Van: [[p:Fleur Hendriks]]
Aan: MDO-groep {{w:Woensel-Zuid}}
Onderwerp: agenda MDO donderdag 10:00, kamer 3.12 (ingang Kruisstraat)

Te bespreken:
1. [[p:K.B.]] ([[z:EH-24-0112]]) – huurachterstand, inbreng [[p:Fleur]]
2. fam. [[p:M.]] ([[z:EH-24-0178]]) – zorgen kinderen, inbreng {{r:jeugdverpleegkundige}}
3. [[p:A.v.d.L.]] ([[z:EH-23-0990]]) – evaluatie na 6 mnd
4. nieuwe aanmelding {{o:Woonbedrijf}} (nog geen nummer)
Graag alleen initialen in de notulen.
=====
Van: [[p:Jasper Veltkamp]], {{r:studieloopbaanbegeleider}} {{o:ROC van Amsterdam}}
Aan: {{o:Buurtteam}} {{w:Osdorp}}
Onderwerp: student met schulden – doorverwijzing

Goedemiddag,
Mijn student [[p:Dylan Pengel]] (19, MBO-2 logistiek, studentnr. [[z:500874412]]) heeft naar eigen zeggen ruim € 4.000 schuld (telefoon, boetes OV, {{o:DUO}}-lening) en krijgt dreigbrieven van een incassobureau. Hij woont bij zijn oma (mw. [[p:Pengel]]) aan de [[a:Pieter Calandlaan 88]]. Hij wil hulp maar durft niet zelf te bellen. Zijn nummer: [[t:06-38814470]].
Mvg, [[p:Jasper Veltkamp]]
=====
Van: [[e:ivanova.galina76@abv.bg]]
Aan: wijkteam {{w:Rotterdam Zuid}}
Onderwerp: hulp

Goedendag. Mij naam is [[p:Galina Ivanova]]. Ik woon in [[a:Hillevliet 180-B]] met mijn zoon [[p:Nikolai]] (12 jaar). Ik heb werk verloren op [[d:1 augustus]]. De huisbaas wil 3 maanden huur. Mijn BSN is [[b:634290186]]. Ik spreek een beetje Nederlands, kan telefoon [[t:0687241190]].
Dank u wel,
[[p:Galina]]
=====
Bevestiging aanvraag – {{o:Stichting Leergeld}} {{w:Den Bosch}}
Aanvraagnummer: [[z:LG-2024-3318]]
Kind: [[p:Jamal Idrissi]], geb. [[d:22-03-2014]], groep 7 {{o:Basisschool De Kameleon}}
Aanvraag: fiets (€ 250), zwemlessen diploma B (€ 180), schoolreis (€ 45)
Ouder/verzorger: [[p:Nadia Idrissi]], [[e:n.idrissi85@gmail.com]]
Intermediair: [[p:Tom Verbeek]], {{r:wijkcoach}} {{o:Farent}}
Thuisbezoek door vrijwilliger: [[d:dinsdag 8 oktober]] na 15:00
=====
Doorgestuurd WhatsApp-gesprek (screenshot overgetypt door [[p:Joke]])
[[d:12-06-24]] 22:31 – [[p:Tanja]]: ze hebben de deur weer dichtgetimmerd, ik kan niet naar binnen
[[d:12-06-24]] 22:33 – [[p:Tanja]]: mijn medicijnen liggen nog binnen!!
[[d:12-06-24]] 22:40 – [[p:Joke]]: waar ben je nu
[[d:12-06-24]] 22:41 – [[p:Tanja]]: bij [[p:Ricky]] op de [[a:Stationsweg 77A]], kan hier 1 nacht
[[d:12-06-24]] 22:41 – [[p:Joke]]: ok ik bel morgen om 9 de corporatie en {{o:Leger des Heils}}
=====
NIEUWSBRIEF SOCIALE WIJKTEAMS – editie 3, 2024
• Het aantal aanmeldingen steeg in het eerste halfjaar met 8% ten opzichte van 2023.
• Nieuw: het spreekuur Geldzaken in {{w:Duindorp}} (elke dinsdag, 13-15 uur, buurthuis aan de Westduinweg).
• Vanaf het najaar werken we met de nieuwe toestemmingsverklaring (versie 4.0).
• Terugblik expertmeeting bemoeizorg: 64 deelnemers, gemiddeld cijfer 8,1.
• Vacatures: 2 {{r:maatschappelijk werkers}} (32-36 uur), schaal 9.
=====
SIGNAAL APOTHEEK → {{o:Wijkteam}} {{w:Zaandam}} Oost
Apotheek: {{o:Apotheek Rosmolen}} (algemeen 075 - 617 44 10)
Patiënt: [[p:Marianne Hogendoorn]], [[d:08-08-1950]]
Signaal: medicatie (antidepressiva, bloeddrukmedicatie) al 6 weken niet opgehaald; telefonisch onbereikbaar op [[t:075-6170912]]
Adres volgens AIS: [[a:Westzijde 340]]
Toestemming: patiënt niet bereikbaar, melding in het kader van "zorgwekkende situatie" (in overleg met {{r:huisarts}})
Melder: [[p:Koen Mulder]], {{r:apotheker}}
=====
MELDPUNT BEZORGD – registratie {{o:GGD Fryslân}}
nr: [[z:MB-FR-24-1180]]
datum: [[d:03-10-2024]]
melder: {{r:wijkagent}} {{w:Sneek}}
over: [[p:A. Zijlstra]] (man, ca. 45), [[a:Oosterdijk 12]], Sneek
situatie: zwerft door de stad, slaapt in auto, eerder opgenomen (2019) bij {{o:GGZ Friesland}}
afspraak: {{r:bemoeizorger}} [[p:Sjoukje]] probeert contact binnen 48 uur
=====
{{o:CAK}} – Regeling wanbetalers zorgverzekering
Aan: [[p:T.R. Soekhai]], [[a:Stuyvesantplein 17]], [[pc:2574 VA]] 's-Gravenhage
Datum: [[d:11 januari 2024]]
Uw CAK-nummer: [[z:CAK 9981 7720 31]]
U betaalt vanaf februari 2024 een bestuursrechtelijke premie van € 190,56 per maand (130% van de standaardpremie). Deze wordt ingehouden op uw uitkering door {{o:SZW Den Haag}} (bronheffing).
Wilt u uit de regeling? Dan moet u een schuldregeling treffen; zie cak.nl of bel 0800 - 0228 (gratis).
=====
ZORGMELDING POLITIE {{w:ROTTERDAM}} – samenvatting voor wijkteam
| veld            | waarde                                   |
| registratienr   | [[z:PL1700-2024-221904]]                       |
| datum           | [[d:19-02-2024]]                               |
| betrokkene      | [[p:Errol Tjin]] (geb. [[d:07-07-1969]])            |
| adres           | [[a:Dordtselaan 301-A]], {{w:Rotterdam}}              |
| aard            | verward gedrag, geen strafbaar feit      |
| melder          | brigadier [[p:L. de Rooij]]                    |
| advies          | contact {{o:Wijkteam}} {{w:Bloemhof}}, evt. {{o:Bouman GGZ}} |
=====
VERSLAG KEUKENTAFELGESPREK
Datum: [[d:maandag 6 mei 2024]]
Aanwezig: mw. [[p:Saskia Koning]] (cliënt), [[p:Edwin Koning]] (partner), [[p:Hilde Groen]] ({{r:Wmo-consulent}}), [[p:Nina]] ({{r:cliëntondersteuner}} {{o:MEE}})
Adres: [[a:Wilhelminastraat 33]], {{w:Hoorn}}

1. Hulpvraag: mevrouw (48, MS sinds 2015) kan niet meer zelfstandig douchen en koken; partner werkt fulltime (ploegendienst {{o:Tata Steel}}).
2. Wat lukt zelf: administratie, boodschappen online.
3. Netwerk: dochter (20) studeert in {{w:Groningen}}; buurvrouw [[p:Ans]] helpt 1x p/w.
4. Afspraken: aanvraag PGB hulp bij het huishouden (4 uur), aanpassing badkamer (offerte {{o:Mobility Woonaanpassingen}}), rolstoel via {{o:Medipoint}}.
=====
PLAN VAN AANPAK – 1 gezin 1 plan
Gezin: [[p:Obi]] ([[z:GZ-2024-0091]]), {{w:Almere Buiten}}
Deelnemers: [[p:Chinedu Obi]] (vader), [[p:Blessing Obi]] (moeder), {{r:gezinscoach}} [[p:Anita Roos]]

| doel                                | wie                  | wanneer        | resultaat                 |
| stabiel inkomen                     | vader + {{o:UWV}}          | vóór [[d:1 juni]]    | WW aangevraagd, loopt     |
| schulden in beeld                   | moeder + [[p:Anita]]       | maart          | 9 schuldeisers, € 12.800  |
| oudste ([[p:Emeka]], 15) naar school | school + leerplicht  | direct         | 3 dagen p/w aanwezig      |
| moeder ontlasten                    | {{o:De Schoor}}            | april          | mantelzorgmaatje [[p:Jos]]      |
Evaluatie: 6 weken.
=====
NETWERKKAART [[p:Bakari Touré]] (62) – opgesteld samen met cliënt
binnenste cirkel: dochter [[p:Aminata]] ([[t:06-12834419]]), vriend [[p:Moussa]] (moskee)
middelste cirkel: buurman [[p:Theo de Wit]] (boodschappen), [[p:Lamin]] (neef, {{w:Breda}})
buitenste cirkel: {{r:huisarts}} (praktijk {{o:De Hoge Vucht}}), {{o:Surplus Welzijn}}, {{o:Voedselbank Breda}}
wens: meer contact met dochter; minder afhankelijk van [[p:Theo]]
=====
TOESTEMMINGSVERKLARING
Ik, [[p:Yasemin Arslan]], geboren op [[d:27-10-1993]], geef het sociaal wijkzorgteam {{w:Bouwlust}}/{{w:Vrederust}} toestemming om informatie over mij uit te wisselen met:
☑ mijn {{r:huisarts}} ({{o:Huisartsenpraktijk Bouwlust}})
☑ {{o:Schuldhulpverlening Den Haag}}
☐ {{o:Veilig Thuis}}
☑ {{o:Staedion}} (alleen over de huurachterstand)
Deze toestemming geldt tot [[d:27-05-2025]] en kan ik altijd intrekken.
Plaats/datum: Den Haag, [[d:27-05-2024]]      Handtekening: ............
=====
Machtigingsformulier (intermediair) – {{o:Belastingdienst}}
Machtiginggever: [[p:Omar Farouk Jalloh]], BSN [[b:833 607 212]]
Gemachtigde: [[p:Petra Kluivert]], {{r:sociaal raadslid}} {{o:Sociaal Raadslieden Rotterdam}}
Omvang: toeslagen (huurtoeslag, zorgtoeslag) jaren 2023 en 2024
Geldig: tot en met [[d:31-12-2025]]
Ondertekend: [[d:15 oktober 2024]]
=====
Huisbezoekverslag (checklist)
Datum: [[d:27-11-2024]]   Adres: [[a:Nieuwe Schoolstraat 15-C]], {{w:Leiden}}   Medewerker: [[p:Bas Visscher]]
Cliënt: Mevrouw [[p:Tromp]] (79)
[x] rookmelder aanwezig        [ ] werkt
[x] voldoende eten in huis
[ ] post geopend (ca. 25 ongeopende enveloppen, o.a. {{o:CAK}}, {{o:Menzis}})
[x] medicatie in baxter, juist ingenomen
[ ] valgevaar beperkt (losse kleden, trap zonder leuning)
Vervolg: valpreventie via {{o:Fysiotherapie Zuid}}; thuisadministratie {{o:Humanitas}}
=====
OVERDRACHTSFORMULIER (warme overdracht tussen teams)
Van team: {{w:Transvaal}} ([[p:Irene Kolster]]) → naar team: {{w:Loosduinen}} ([[p:Kees-Jan Dam]])
Cliënt: [[p:Mohammed Saberi]], [[d:14-04-1965]], nieuw adres [[a:Loosduinse Hoofdstraat 1012]], [[pc:2552 BA]]
Reden: verhuizing per [[d:1 december]]
Lopende zaken:
- schuldregeling {{o:Schuldhulpverlening Den Haag}} ([[z:SHV-2023-08812]]), maand 14 van 36
- aanvraag HH bij {{o:Wmo}} (beschikking verwacht januari)
- {{r:huisarts}}: wisselt naar {{o:Huisartsenpraktijk Kijkduin}}
Risico's: geen; cliënt is op de hoogte en akkoord
=====
AANVRAAG NOODFONDS – {{o:Stichting Urgente Noden Gelderland}}
Aanvrager (hulpverlener): [[p:Maaike Evers]], {{o:Sociaal Team}} {{w:Ede}} {{w:Veldhuizen}}, [[e:m.evers@ede.nl]]
Cliënt: [[p:Mulugeta Haile]] (alleenstaande vader, 2 kinderen)
Gevraagd: € 640,- voor een bed, 2 kinderbedden en beddengoed (offerte {{o:Kringloop Ede}})
Uitbetaling aan: leverancier (factuur van de kringloop, factuurnr 2024-1187)
Rekening cliënt (voor eventuele teruggave): [[i:NL34RABO5800505935]]
Motivatie: gezin sliep 4 maanden op matrassen, leenbijstand afgewezen wegens aflossingscapaciteit (€ 0)
=====
VERKLARING
Hierbij verklaart het sociaal wijkzorgteam {{w:Laak}} dat mevrouw [[p:Fatima Zahra Benali]], geboren [[d:19-09-1986]], sinds [[d:10 januari 2023]] bij ons team bekend is en woonachtig is op het adres [[a:Neherkade 2210]], [[pc:2521 VX]] Den Haag, samen met haar twee kinderen. Zij wordt ondersteund bij haar financiën en bij het contact met instanties.
Deze verklaring is afgegeven op verzoek van mevrouw ten behoeve van haar procedure bij de {{o:IND}} (V-nummer [[z:3102487735]]).
Den Haag, [[d:4 november 2024]]
[[p:Thomas Wijnberg]], {{r:casusregisseur}}
=====
Mutatieformulier inkomsten – {{o:Sociale Dienst Drechtsteden}}
Naam: [[p:Leon Bosveld]]     Klantnummer: [[z:SDD-204.117]]
Maand: september 2024
Werkgever: {{o:Albert Heijn}} (filiaal 1542)
Gewerkte uren: 46,5
Bruto loon: € 612,78
Netto loon: € 563,05 (loonstrook bijgevoegd)
Uitbetaald op: [[d:25-09-2024]] op rekening [[i:NL05 SNSB 0965 0998 22]]
Handtekening: [[p:L. Bosveld]]
=====
SJABLOON HUISBEZOEKVERSLAG (versie 2.1)
Datum: dd-mm-jjjj      Medewerker: <naam>      Dossiernummer: <nummer>
1. Aanleiding bezoek
2. Aanwezigen (alleen rollen, bv. "cliënt", "dochter", "{{r:wijkverpleegkundige}}")
3. Observaties woning (veiligheid, hygiëne, post, eten)
4. Wat zegt de cliënt zelf?
5. Afspraken (wie / wat / wanneer)
Tip: noteer geen gegevens van derden (buren, familie) zonder noodzaak; bewaartermijn 15 jaar.
=====
Bereikbaarheid partners (lijst achter de balie, {{o:Servicepunt XL}} {{w:Escamp}})
{{o:Veilig Thuis}}: 0800-2000 (gratis, 24/7)
{{o:Schuldhulpverlening Den Haag}}: 14 070, Postbus 12652, 2500 DP Den Haag
{{o:Haag Wonen}}: 070 - 373 73 73
{{o:Staedion}}: 088 - 782 33 00
{{o:Juridisch Loket}}: 0900-8020
{{o:GGD Haaglanden}} Vangnet & Advies: 088 - 355 01 00
{{o:Voedselbank Haaglanden}}: via verwijzer
Sleutel kast dossiers: bij de {{r:teamleider}}, kamer 1.19
=====
ROOSTER SPREEKUREN NAJAAR
ma 09:00-11:00   inloop geldzaken      wijkcentrum {{w:Overvecht}}, zaal 1   (bus 1, halte Zamenhofdreef)
di 13:30-15:30   spreekuur Wmo         stadskantoor, loket 12                 (tram 20)
wo 10:00-12:00   jongerenloket         {{o:JoU}}, 1e verdieping              (bus 8)
do 09:00-12:00   spreekuur Wmo + schuldhulp   {{w:Kanaleneiland}}, kamer 0.03
vr gesloten (teamoverleg)
Niet op feestdagen; in de herfstvakantie (week 43) alleen inloop op maandag.
=====
Onderwerp: RE: [[p:Kowalczyk]] – [[z:SHV-24-1120]] – ontbrekende stukken
=====
BSN: [[b:729387847]]  /  klantnr. {{o:Eneco}}: [[z:61 0044 9128]]  /  huur: € 711,30  /  artikel 35 Pw
=====
PGB-overzicht {{o:SVB}} (uittreksel) – budgethouder [[p:Sadia Mahmood]]
Budgethoudernummer: [[z:PGB-8841-2290]]
Zorgverlener: [[p:Rukhsana Mahmood]] (zus, informele zorg), uurtarief € 26,50
Rekening zorgverlener: [[i:NL50INGB6738230511]]
Declaraties: jan 42 u | feb 38 u | mrt 44 u
Budget 2024: € 18.240,- ; besteed t/m maart: € 3.286,00 (18%)
=====
{{o:CIZ}} – Besluit Wet langdurige zorg
Aan: de heer [[p:Gerrit Dekker]], p/a {{o:Zorgcentrum De Meent}}, [[a:Meentweg 40]], {{w:Soest}}
Datum: [[d:2 februari 2024]]       Kenmerk: [[z:CIZ-2024-0119822]]
U heeft recht op zorg uit de Wet langdurige zorg met zorgprofiel VV-06 (beschut wonen met intensieve verzorging en verpleging). Het besluit geldt voor onbepaalde tijd vanaf [[d:29 januari 2024]].
Uw zoon, de heer [[p:P. Dekker]], is als wettelijk vertegenwoordiger vermeld.
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
    d = re.sub(r"\D", "", s)
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
    for i, marked in enumerate(TEXTS, start=1):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            digits = re.sub(r"\s", "", sp["text"]).replace(".", "")
            if sp["label"] == "bsn" and digits not in MISTYPED:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and digits not in MISTYPED:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h106-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout106.jsonl")
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
        "without pii",
        sum(1 for r in rows if not r["pii"]),
        "avg words %.1f" % (words / len(rows)),
    )
    print("pii", tot, {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])})
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
