#!/usr/bin/env python3
"""Held-out corpus 118: case-file material copied into lesson drafts (intake
summaries, plan-of-action pieces per leefgebied, MDO and casusoverleg notes,
snippets of registration-system exports, debt overviews with creditors and
account numbers, agenda entries, referral forms), in many layouts: key: value,
pipe tables, tab-separated tables, semicolon-separated lines.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The character '⇥' in the source stands for a TAB in the text.
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout118.jsonl next to itself.
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

# BSNs and IBANs that are deliberately mistyped (fail the check) but are still
# personal data, as happens in real files.
MISTYPED = {"46411452", "575114754", "NL95ABNA0894069544"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t.replace("⇥", "\t"))


# ---------------------------------------------------------------------------
# 1. Snippets of registration-system exports (key: value, tables, tabs, CSV)
# ---------------------------------------------------------------------------
add(r"""
=== Cliëntkaart (export RegieDossier 4.2) ===
Cliëntnr:      [[z:C-0088412]]
Naam:          [[p:Benali]], [[p:S.]] ([[p:Samira]])
Geb.dat:       [[d:14-07-1983]]
Geslacht:      V
BSN:           [[b:2415.40.458]]
Adres:         [[a:Fahrenheitstraat 412]]
Postcode/Pl.:  [[pc:2561 DK]] Den Haag
Contact:       [[t:06-41 22 87 09]] / [[e:samira.benali83@hotmail.com]]
Wijk:          {{w:Valkenboskwartier}}
Team:          SWT {{w:Segbroek}}
Regievoerder:  [[p:R. Tjon-A-Fat]] ({{r:casusregisseur}})
Status:        actief sinds [[d:02-09-2024]]
=====
| Veld | Waarde |
|---|---|
| Dossiernummer | [[z:2024/SWT/00931]] |
| Achternaam | [[p:Öztürk]] |
| Voornamen | [[p:Hasan Cem]] |
| Geboortedatum | [[d:1961-11-03]] |
| Leeftijd | 63 |
| BSN | [[b:297 895 989]] |
| Woonadres | [[a:Apeldoornselaan 118-B]], [[pc:2573LW]] 's-Gravenhage |
| Telefoon | [[t:070 - 388 14 52]] |
| Huisarts | dokter [[p:Vermeulen]], {{o:Gezondheidscentrum Zuiderpark}} |
| Indicatie | Wmo begeleiding individueel, productcode 02A08, 4 uur p/w |
=====
Gezinssamenstelling (uit BRP-bevraging d.d. [[d:11.10.2024]])
Rol⇥Naam⇥Geb.dat⇥BSN
Aanvrager⇥[[p:Kowalczyk]], [[p:Anna]]⇥[[d:03-05-1990]]⇥[[b:980392640]]
Partner⇥[[p:Kowalczyk]], [[p:Piotr]]⇥[[d:21-01-1988]]⇥[[b:190855976]]
Kind⇥[[p:Kowalczyk]], [[p:Zofia]]⇥[[d:09-09-2016]]⇥[[b:617340717]]
Kind⇥[[p:Kowalczyk]], [[p:Jan]]⇥[[d:30-12-2020]]⇥(nog niet ontvangen)
Woonadres: [[a:Rijswijkseweg 201-3]] [[pc:2516 HK]] – ingeschreven sinds 2019
=====
clientnr;achternaam;voornaam;geb_datum;adres;postcode;telefoon;status;budget_2024
[[z:77120]];[[p:Pieternella]];[[p:Jurmaine]];[[d:19-2-1979]];[[a:Uitenhagestraat 35]];[[pc:2571 VB]];[[t:0687120934]];actief;1250,00
[[z:77121]];[[p:Sewnath]];[[p:Kiran]];[[d:07-11-1966]];[[a:Wolmaransstraat 9 A]];[[pc:2571 XN]];[[t:0703881204]];wachtlijst;0,00
[[z:77124]];[[p:el Khattabi]];[[p:Noura]];[[d:28-8-2001]];[[a:Kritzingerstraat 140]];[[pc:2572 BP]];[[t:0644019287]];afgesloten;480,50
=====
Uit Mens Centraal (printscreen overgetypt):
Registratienr. [[z:MC-24-118230]]  |  Aanmelddatum [[d:vr 04-10-2024]]  |  Bron: {{o:Huisartsenpraktijk De Vaart}}
Cliënt: dhr. [[p:M.A. Ramlal]]  (geb. [[d:03/06/1958]])
Adres: [[a:Soestdijksekade 77-II]], [[pc:2574 AD]]
Tel. thuis [[t:(070) 365 12 98]]  mobiel: onbekend
Hulpvraag: schulden, eenzaamheid, mobiliteit
Urgentie: 2 (binnen 10 werkdagen)
=====
CLIENTGEGEVENS
Naam..............: [[p:Dąbrowska-Visser]], [[p:M.]]
Roepnaam..........: [[p:Magda]]
BSN...............: [[b:701235639]]
Geboortedatum.....: [[d:12 maart 1975]]
Nationaliteit.....: Pools / Nederlands
Burg. staat.......: gescheiden (sinds 2021)
IBAN..............: [[i:NL58ABNA7372780560]]
Inkomen...........: Participatiewet, € 1.401,34 netto p/m (norm alleenstaande ouder incl. vakantiegeld)
=====
Contactpersonen (tabblad 3)
Naam⇥Relatie⇥Telefoon⇥Toestemming delen
[[p:Yasmina Amrani]]⇥dochter⇥[[t:06-28441973]]⇥ja, getekend [[d:5-3-2024]]
[[p:Driss Amrani]]⇥zoon⇥[[t:+32 470 21 88 06]] (België)⇥nee
[[p:Anouk Smit]]⇥{{r:wijkverpleegkundige}} {{o:Florence}}⇥[[t:06 19 54 07 31]]⇥n.v.t.
=====
Export Regiekaart – [[d:26/11/2024]] 09:14
Casus-ID: [[z:RK-4471]]   Leefgebieden in beeld: 6 van 9
Hoofdcliënt: [[p:Abdi Hassan Jama]]
Adres: [[a:Hoefkade 604]]  [[pc:2526 EM]]  ({{w:Schilderswijk}})
Betrokken: {{o:Schuldhulpverlening Den Haag}}, {{o:GGD Haaglanden}}, {{o:Haag Wonen}}
Huurcontractnr. bij corporatie: [[z:HW-0604-22817]]
=====
Persoonsgegevens
  naam: mevr. [[p:G. Sulvaran]]
  geb.: [[d:1949-04-30]] (75 jr)
  adres: [[a:Zeesluisweg 12 hs]], [[pc:2583DR]] {{w:Scheveningen}}
  tel: [[t:070-3502266]]
  e-mail: geen
  cliëntnr {{o:Florence}}: [[z:FL 00 812 733]]
  cliëntnr gemeente: [[z:334178]]
=====
>> Zoekresultaat BRP-koppeling (1 treffer)
BSN [[b:224421487]] | [[p:WARDAK]], [[p:Mohammad Nasir]] | [[d:01-01-1970]] | [[a:Laan van Wateringse Veld 1011]] | [[pc:2548 CL]] | inschrijving [[d:17-06-2016]]
Let op: een geboortedatum op nieuwjaarsdag is vaak fictief (onbekende dag, vaak bij statushouders).
=====
Aanvraaggegevens Wmo
Aanvraagnummer: [[z:WMO-2024-083315]]
Datum melding: [[d:22 okt 2024]]
Product: huishoudelijke ondersteuning (HO), art. 2.3.5 Wmo 2015
Aanvrager: [[p:Jacobus]] ([[p:Koos]]) [[p:de Wit]]
Geboren: [[d:8 januari 1941]]
Adres: [[a:Kamperfoeliestraat 44]], [[pc:2563 TB]] Den Haag
Vertegenwoordiger: dochter [[p:Ellen de Wit]], [[t:06 50 73 11 92]], [[e:ellen.dewit@ziggo.nl]]
Beschikking verzonden: [[d:19-11-2024]], kenmerk [[z:BS/24/55120]]
=====
id	naam	contact	laatste contact
[[z:SWT-ESC-1187]]	[[p:Latumahina]], [[p:Ferry]]	[[t:06-33190475]]	[[d:14/11]]
[[z:SWT-ESC-1190]]	[[p:Ivanova]], [[p:Desislava]]	[[t:+359 88 412 3377]]	[[d:02/12]]
[[z:SWT-ESC-1192]]	[[p:Pinas-Kross]], [[p:Wilma]]	[[t:070 329 55 08]]	[[d:29/11]]
=====
Cliënt: [[p:Tesfaye]], [[p:Mebrat]] ⇥ Cliëntnummer: [[z:4401237]] ⇥ Geb.dat: [[d:07.07.1996]]
Adres: [[a:Vaillantlaan 318 C]] ⇥ [[pc:2526 HL]]
Taal: Tigrinya (tolk nodig, tolknummer Tolk- en Vertaalcentrum TVCN: algemeen nummer)
BSN: [[b:231298389]]
=====
Overgetypt uit GWS (inkomen), scherm 'Uitkeringsgegevens':
Relatienummer     [[z:900441872]]
Naam              [[p:Chaouch]], [[p:K.]]
Regeling          PW art. 21 sub b (alleenstaande)
Ingangsdatum      [[d:01-03-2023]]
Bankrekening      [[i:NL25 RABO 2025 4345 86]]
Betaaldatum       elke maand rond de 25e
Inhouding         € 85,00 p/m (verrekening terugvordering 2022)
=====
Overdracht uit oud systeem -> nieuw systeem (migratie [[d:1 juli 2024]]):
oud dossiernr [[z:D-19-00422]] => nieuw [[z:SWT-2024-10422]]
cliënt: [[p:Yusuf Kılıç]], [[a:Thomsonlaan 92]], [[pc:2565 HZ]]
oud dossiernr [[z:D-19-00517]] => nieuw [[z:SWT-2024-10517]]
cliënt: [[p:Dewi Siahaya]], [[a:Goudsbloemlaan 201]], [[pc:2565 CV]]
Aantal gemigreerde dossiers {{w:Segbroek}}: 412 (98,5%)
=====
NAW
[[p:Zhou Ling]]
[[a:Stuyvesantstraat 19]]
[[pc:2593 XA]] 's-Gravenhage
[[t:06 – 82 90 11 47]]
[[e:ling.zhou@outlook.com]]
=====
Scherm "Betrokkenen" (casus [[z:#70319]])
- {{r:casusregisseur}}: [[p:Ilham Bouchtaoui]] ({{o:gemeente Den Haag}}), [[t:06 40 52 18 60]]
- {{r:maatschappelijk werker}}: [[p:Sjoerd Hoek]] ({{o:Xtra}})
- {{r:bewindvoerder}}: {{o:Beschermingsbewind Westland}}, contactpersoon mw. [[p:Koning]]
- {{r:huisarts}}: algemeen nummer praktijk 070 – 300 00 00 (tijdens kantooruren)
- cliënt: [[p:Orlando Frans]], °[[d:25-12-1972]]
=====
Geb.dat:[[d:19870312]]  BSN:[[b:422957264]]  Cliëntnr:[[z:118-422]]
Naam:[[p:Mehari]],[[p:Selam]]  Tel:[[t:0612873390]]
=====
+------------------+---------------------------------+
| Huishouden       | [[p:Ghebremeskel]] / [[p:Woldu]]             |
| Volwassenen      | 2                               |
| Kinderen         | 4 (2009, 2012, 2015, 2019)      |
| Adres            | [[a:Beresteinlaan 570]], [[pc:2542 JT]]    |
| Casusnummer      | [[z:CN-2024-0318]]                    |
| Huur             | € 712,46 (kale huur € 648,00)  |
+------------------+---------------------------------+
=====
Melding binnengekomen via webformulier {{o:Servicepunt XL}} {{w:Moerwijk}}:
Naam melder: [[p:Thea Brouwer]] (buurvrouw)
Telefoon melder: [[t:06-15370244]]
Over: bewoner [[a:Zwolsestraat 33-III]]? naam onbekend, man ± 60 jaar
Melding: "meneer zit al weken binnen, post puilt uit de bus, stank in portiek"
Ontvangen: [[d:ma 18 nov 2024]] 21:47 uur
Meldingsnr: [[z:SPXL-M-24-3391]]
=====
cliënt    : [[p:Darwish]], [[p:Rami]] & [[p:Darwish-Sabbagh]], [[p:Lina]]
geb.datum : [[d:15-04-1984]] resp. [[d:2-10-1987]]
BSN       : [[b:183212010]] / [[b:207373450]]
status    : vergunninghouders sinds [[d:12-08-2022]], inburgering via {{o:gemeente Den Haag}}
=====
Uitdraai agenda-koppeling + klantgegevens
Klantnr: [[z:K2024-00813]]
Naam: mw [[p:van der Hoek]]
Tel: [[t:070 – 3 22 41 96]]
Volgende afspraak: [[d:do 12/12]] 10:30, kamer 1.08, Wijkcentrum {{w:Bouwlust}}
Duur: 45 min
=====
Dossierkop
Cliënt⇥[[p:Anjali Bhagwandin]]
Geb.dat.⇥[[d:24 - 09 - 1992]]
Adres⇥[[a:Oudemansstraat 218]]
⇥[[pc:2522 ST]] Den Haag
Tel.⇥[[t:+31 6 2447 1098]]
BSN⇥[[b:552 629 030]]
Dossiernr⇥[[z:BH/2024/1702]]
=====
Zoekopdracht: postcode [[pc:2533 GH]] huisnummer 71  →  1 resultaat: [[p:Nowak]], [[p:T.]] (dossier [[z:Z-2024-4871]])
=====
**Cliëntgegevens** (gekopieerd uit het systeem, daarna onleesbaar maken!)
* naam: [[p:Nurhan Arslan]]
* BSN: [[b:394702700]]
* geboren: [[d:3 aug. 1969]]
* adres: [[a:De la Reyweg 290-A]] ([[pc:2571 EX]])
* tel: [[t:06-22 15 67 84]]
* mail: [[e:n.arslan69@gmail.com]]
* IBAN: [[i:NL43INGB2967185402]]
=====
Export "Huisbezoeken week 48" (team {{w:Laak}})
datum;tijd;client;adres;medewerker
[[d:25-11-2024]];09:00;[[p:Lin]];[[a:Fruitweg 12-B]];[[p:Merel]]
[[d:25-11-2024]];11:30;[[p:Sitaram]];[[a:Linnaeusstraat 61]];[[p:Merel]]
[[d:27-11-2024]];14:00;[[p:Huang]];[[a:Slachthuisstraat 8]];[[p:Ozan]]
[[d:28-11-2024]];10:00;[[p:Kolev]];[[a:Laakweg 203-2]];[[p:Ozan]]
=====
Clientnummer: [[z:200348817]]   (let op: dit is géén BSN, is het nummer uit Suite)
BSN: [[b:370629267]]
Naam: [[p:Hirsi]], [[p:Faadumo Cali]]
Geboortedatum: [[d:01/07/1988]]
=====
Dossier: [[z:VT-2024-08812]] (overgedragen door {{o:Veilig Thuis Haaglanden}})
Betrokkenen:
 1. [[p:Sylvana Martina]] (moeder), °[[d:12.02.1990]]
 2. [[p:Jayden Martina]] (zoon, 9 jr)
 3. [[p:Shakira Martina]] (dochter, 6 jr)
 4. [[p:Randy Cicilia]] (ex-partner, niet woonachtig), contactverbod t/m [[d:31-01-2025]]
Woonadres moeder + kinderen: [[a:Almeloweg 88]], [[pc:2546 KE]]
=====
Registratie aanmelding
-----------------------
Datum:        [[d:4-11-24]]
Via:          {{o:Politie Eenheid Den Haag}} (zorgmelding, registratienr. [[z:PL1500-2024518873]])
Cliënt:       [[p:Wessel Post]], 47 jaar
Verblijf:     bij vriend op [[a:Mient 311]], geen eigen woonadres
Postadres:    {{o:Kessler Stichting}}, Postbus 16100, 2500 BC Den Haag
Telefoon:     [[t:06 – 49 01 77 28]] (van vriend)
=====
Naam cliënt | Cliëntnr. {{o:Parnassia}} | Behandelaar
[[p:Hakimi]], [[p:Zarghona]] | [[z:P-772 014 3]] | drs. [[p:E. Lamers]], {{r:psychiater}}
[[p:Hakimi]], [[p:Ahmad Shah]] | [[z:P-772 015 1]] | [[p:K. Verhoef]], {{r:SPV}}
=====
Gegevens partner (alleen voor intern gebruik)
Naam: [[p:Kevin Molenaar]]
Geboren: Den Haag, [[d:14 februari 1985]]
Werkgever: {{o:PostNL}}, contract tot [[d:31-03-2025]]
Loonstrook nov: bruto € 2.644,00, netto € 2.203,17, ploegentoeslag 12%
Rekening: [[i:NL91 SNSB 0628 8495 20]]
""")
# ---------------------------------------------------------------------------
# 2. Intake summaries
# ---------------------------------------------------------------------------
add(r"""
INTAKE – samenvatting
Datum intake: [[d:dinsdag 8 oktober 2024]], op kantoor {{w:Transvaal}}
Aanwezig: cliënt, zijn zus [[p:Fatma]], {{r:maatschappelijk werker}} [[p:Joost Schouten]]
Cliënt: [[p:Mustafa Doğan]] (52), [[a:Hertzogstraat 17-B]], [[pc:2572 TM]]

Aanleiding: verwezen door {{r:huisarts}} dr. [[p:Peters]]... nee: door de {{r:POH-GGZ}} van de praktijk. Cliënt is sinds maart 2024 arbeidsongeschikt na een bedrijfsongeval (heftruck). WIA-keuring staat gepland. Hij heeft sinds de zomer geen post meer geopend.

Wat gaat goed: contact met zus, dagstructuur (wandelt elke ochtend), geen verslaving.
Zorgen: betalingsachterstanden (zie schuldenlijst), somberheid, isolement.
Afspraken: cliënt brengt alle post mee op [[d:15/10]]; [[p:Joost]] vraagt inkomensgegevens op bij {{o:UWV}}.
=====
Samenvatting intakegesprek [[p:Bilal Ouazzani]], [[d:12-11-2024]]

[[p:Bilal]] is 19 jaar en woont sinds twee maanden niet meer thuis na ruzie met zijn stiefvader. Hij slaapt afwisselend bij vrienden in {{w:Spoorwijk}} en bij zijn oma op de [[a:Rijswijkseplein 44]]. Hij heeft geen inkomen, geen zorgverzekering (opgezegd door moeder per [[d:1 september]]) en een schuld bij {{o:DUO}} van ca. € 2.300 door een afgebroken mbo-opleiding. Hij wil graag een opleiding als monteur bij {{o:ROC Mondriaan}}.

Afgesproken:
- aanvraag levensonderhoud 18-21 jr bij {{o:SZW}} (samen invullen op [[d:19 nov]])
- zorgverzekering regelen: collectieve polis gemeente (premie ± € 149 p/m)
- [[p:Bilal]] houdt zijn nummer [[t:06 18 44 20 96]] aan
Dossiernr: [[z:SWT-LAAK-24-0933]]
=====
Intakeverslag (verkort, voor in de casusles)
Cliënte is een vrouw van 34, moeder van drie kinderen (3, 7 en 11). Aangemeld door de {{r:intern begeleider}} van de basisschool in {{w:Moerwijk}}, omdat de kinderen regelmatig zonder ontbijt op school komen. Moeder werkt 24 uur per week in de schoonmaak (bruto € 14,06 per uur). Vader is in 2022 teruggekeerd naar Ghana. Er is een huurachterstand van 3 maanden (€ 1.984,50) bij {{o:Staedion}}. Eerste stap: gesprek met {{o:Staedion}} over een betalingsregeling en aanmelding bij {{o:Voedselbank Haaglanden}}. Cliënte wil geen {{o:CJG}} erbij; dat respecteren we voorlopig.
=====
Intake [[p:Zeynep Korkmaz]] – wk 45

Persoonlijk: geb. [[d:9-4-1978]], gescheiden, 2 kinderen (16 en 19), woont [[a:Leyweg 712]] [[pc:2545 GJ]]
Telefoon: [[t:06 – 55 13 28 90]]
Werk: 32 uur administratief medewerker bij {{o:HMC}} (Bronovo), contract onbepaalde tijd
Vraag: "Ik red het niet meer met mijn moeder erbij." Moeder ([[p:Gülsüm]], 81) woont sinds een half jaar in, na CVA. Mantelzorgbelasting hoog (EDIZ-score 8 van 9).
Plan: {{r:mantelzorgconsulent}} van {{o:Mantelzorg Den Haag}}, indicatie dagbesteding moeder, respijtzorg 1 weekend per maand.
=====
Verslag kennismaking/intake dd [[d:28.10.2024]]
Naam: [[p:Theo Kuiper]]
Adres: [[a:Bouwlustlaan 33]]
Leeftijd: 71
Hulpvragen volgens cliënt: (1) hulp bij de post (2) iemand om mee te praten (3) de trap lukt niet meer
Hulpvragen volgens zoon [[p:Erik Kuiper]] (tel [[t:06-47291035]]): vergeetachtigheid, vervuiling keuken, geen overzicht geldzaken
Observatie {{r:wijkverpleegkundige}} [[p:Lotte]]: woning matig schoon, koelkast met bedorven producten, medicijnen niet volgens Baxter ingenomen (zakjes van [[d:21/10]] t/m [[d:25/10]] nog dicht).
Conclusie: aanmelden {{r:casemanager dementie}}; geheugenonderzoek via {{r:huisarts}}.
=====
INTAKE
Wie: [[p:Hamid Popal]] en [[p:Mariam Popal]]
Waar: thuis, [[a:Steenwijklaan 241]], {{w:Morgenstond}}
Wanneer: [[d:3 december]], 13.00–14.30 uur
Tolk: via telefoon (Dari), tolknummer onbekend
Kern: echtpaar met 5 kinderen in een driekamerflat. Oudste zoon [[p:Farid]] (17) doet de administratie en vertaalt alles; hij haalt zijn school niet meer. [[p:Hamid]] heeft rugklachten en werkt niet, [[p:Mariam]] volgt inburgering (B1-route). Er liggen aanmaningen van {{o:Eneco}} en {{o:Menzis}}.
=====
Samenvatting: mevrouw [[p:Girigoria]] (68) kwam op het inloopspreekuur van {{o:Servicepunt XL}} {{w:Escamp}} met een tas vol brieven. Ze krijgt AOW met een korting van 30% (woonde 15 jaar op Curaçao) en heeft geen aanvullende inkomensvoorziening (AIO) aangevraagd. Haar buurvrouw [[p:Bep]] helpt soms. Afspraak gemaakt voor AIO-aanvraag bij de {{o:SVB}} op [[d:vrijdag 22 november]] om 9.30.
=====
Intake (telefonisch, 25 min.)
Beller: [[p:Svetlana Georgieva]], [[t:+359 87 702 4419]], belt namens haar broer [[p:Todor Georgiev]] die in Den Haag woont ([[a:Jurriaan Kokstraat 104-1]], {{w:Scheveningen}}).
Broer is dakloos geweest, woont nu in kamer met 5 anderen, werkt zwart in de bouw, drinkt veel. Zus vraagt of iemand langs kan gaan. Afspraak: {{r:straatveldwerker}} van {{o:Straatzorg}} gaat [[d:donderdag 28 november]] langs.
=====
Kernpunten intake [[z:2024-11-0071]]
- Cliënt: [[p:R. Soekhai]], m, 44 jr, alleenstaand
- Verwijzer: {{o:Reclassering Nederland}}, mw. drs. [[p:P. Dekker]]
- Sinds [[d:02-08-2024]] uit detentie (PI Haaglanden), voorwaardelijk
- Woont tijdelijk bij moeder ([[a:Ramenstraat 9]])
- Heeft geen ID-bewijs, geen bankrekening
- Wil werken; heeft heftruckcertificaat en VCA
=====
Intakeformulier (ingevuld door {{r:Wmo-adviseur}})
1. Persoonsgegevens: [[p:Liu Jian]] en [[p:Liu-Wong Mei]], [[a:Appelstraat 301]], [[pc:2564 XJ]]
2. Gezondheid: meneer heeft Parkinson (diagnose 2019), mevrouw artrose in beide knieën
3. Wonen: 2e verdieping zonder lift; aanvraag verhuisurgentie overwegen
4. Financiën: eigen bedrijf (restaurant) verkocht in 2021, AOW + klein pensioen, geen schulden
5. Netwerk: zoon in Rotterdam ([[p:Kevin Liu]], [[t:010-4129377]]), dochter in Shanghai
6. Vervolg: huisbezoek ergotherapeut op [[d:2 dec. 2024]]
=====
Korte samenvatting voor het teamoverleg: cliënt (m, eind 50) woont in {{w:Bezuidenhout}} en is via de {{o:Woonbond}} bij ons gekomen. Hij heeft sinds 2019 een conflict met zijn verhuurder over schimmel; de Huurcommissie heeft hem in 2023 gelijk gegeven (huurverlaging 40%), maar de verhuurder voert niets uit. Cliënt is erg boos en stuurt dagelijks mails. Vraag aan het team: hoe houden we hem binnen zonder dat wij zijn zaak worden? Geen spoed; bespreken in het overleg van week 49.
=====
INTAKEGESPREK [[p:Yolanda Wijngaarde]] ([[d:vr 15/11/24]])
Aanwezig: [[p:Yolanda]], haar dochter [[p:Naomi]] (22), ik ([[p:Cor Blom]], {{r:ouderenconsulent}})
Reden: [[p:Yolanda]] (60) kan door reuma haar huis aan de [[a:Erasmusweg 1101]] niet meer schoonhouden en heeft vorige maand haar baan bij {{o:HTM}} verloren. [[p:Naomi]] woont bij haar in en studeert hbo.
Wat is nodig: huishoudelijke hulp, uitzoeken WW en recht op toeslagen, mogelijk kwijtschelding gemeentelijke belastingen 2024.
Telefoon [[p:Yolanda]]: [[t:06 39 90 12 77]] ; mail [[p:Naomi]]: [[e:naomi.wijngaarde@student.hhs.nl]]
=====
Intake via {{o:Het Juridisch Loket}} doorverwezen:
cliënte [[p:Agnieszka Zając]], geb. [[d:11-11-1993]], woonachtig [[a:Stevinstraat 56-A]], [[pc:2587 EM]].
Conflict met uitzendbureau over ingehouden huisvestingskosten (€ 125 per week voor een bed). Loonstroken van week 30 t/m 41 in bezit. BSN [[b:596918550]]. Spreekt Engels en Pools, geen Nederlands. Contact via WhatsApp [[t:+48 602 117 843]].
=====
Samenvatting eerste gesprekken (3x) met meneer [[p:van Rijn]] en mevrouw [[p:Pattiasina]]

Stel, samenwonend sinds 2010 op de [[a:Ametisthorst 199]] in {{w:Mariahoeve}}. Mevrouw [[p:Pattiasina]] (Moluks, 66) zorgt voor meneer (79) die na een val in juli slecht ter been is. Dochter van mevrouw, [[p:Marleen Pattiasina]], belt ons regelmatig en vindt dat moeder het niet meer redt.
Meneer wil geen thuiszorg ("geen vreemden in huis"). Mevrouw wil vooral even weg: koor op dinsdag in de {{o:Molukse kerk}}.
Voorstel: vrijwilliger van {{o:Humanitas}} 1 middag p/w bij meneer, zodat mevrouw naar koor kan.
=====
INTAKE / SIGNALERING
Aangemeld door: {{r:wijkagent}} [[p:Marco de Bruin]] ([[t:06 – 1234 8871]], dienst)
Betreft: [[p:Nadia Haddouchi]] (41) en kinderen [[p:Ilyas]] (12) en [[p:Sara]] (8), [[a:Copernicusplein 14]]
Aanleiding: politie-inzet [[d:zaterdag 9 november]] i.v.m. ruzie met ex-partner, kinderen aanwezig.
Reeds betrokken: {{o:Veilig Thuis}} (melding [[z:VTH-24-55810]]), {{o:CJG}} {{w:Laak}}.
Vraag aan ons: ondersteuning moeder bij huisvesting en financiën (ex-partner betaalt geen alimentatie).
=====
Intake [[p:Ahmed Nur]] – spreekuur – [[d:05-12]]
[[p:Ahmed]] (28) is in 2023 naar NL gekomen, is statushouder en woont sinds 3 weken in een studio op de [[a:Dr. Lelykade 48-C]]. Nog geen inrichting: slaapt op de grond. Lening inrichtingskrediet bij de {{o:Kredietbank}} aangevraagd (€ 3.250, aflossing 36 maanden). Geen werk, volgt taalles 2x p/w. Vraagt om hulp bij brieven van {{o:Toeslagen}}. Nummer: [[t:0686149273]].
=====
Intakesamenvatting (let op: toestemmingsverklaring getekend [[d:14-10-2024]], kopie in dossier)
De heer [[p:Ruud Vink]] (°1953) is weduwnaar sinds 2023...
=====
Verslag intake SWT {{w:Leidschenveen}}-{{w:Ypenburg}}
cliënt: [[p:Rashida Autar-Lachman]]
datum: [[d:21 oktober]]
aanmelder: zij zelf, na folder in de bibliotheek
situatie: [[p:Rashida]] (49) is sinds [[d:1 juni 2024]] gescheiden en woont met haar zoon [[p:Vikash]] (15) in de voormalige echtelijke woning aan de [[a:Ypenburgse Boslaan 76]]. Ex-partner betaalt de hypotheek niet meer. Ze heeft een parttime baan (20 u) bij de {{o:Bibliotheek Den Haag}}. Ze schaamt zich en wil niet dat haar familie het weet.
vervolg: budgetgesprek + check recht op huurtoeslag/kindgebonden budget bij verkoop woning
""")
# ---------------------------------------------------------------------------
# 3. Plan-of-action pieces (leefgebieden, doelen, acties, wie/wanneer)
# ---------------------------------------------------------------------------
add(r"""
PLAN VAN AANPAK – fam. [[p:Benhaddou]] ([[z:SWT-2024-0877]])
Versie 2, [[d:18-11-2024]]

| Leefgebied | Doel | Actie | Wie | Wanneer |
|---|---|---|---|---|
| Financiën | overzicht schulden binnen 6 wkn | alle post sorteren, schuldenlijst maken | [[p:Hanan]] + {{r:budgetcoach}} | vóór [[d:20-12]] |
| Wonen | huisuitzetting voorkomen | betalingsregeling {{o:Vestia}} | {{r:casusregisseur}} [[p:Gert]] | [[d:29-11-2024]] |
| Gezondheid | moeder weer naar {{r:huisarts}} | afspraak maken, meegaan | [[p:Hanan]] | wk 49 |
| Kinderen | schoolgang [[p:Adam]] stabiel | overleg met {{r:leerplichtambtenaar}} | {{o:CJG}} | doorlopend |
=====
Leefgebied: Dagbesteding
Doel: Meneer heeft over 3 maanden minimaal 2 dagdelen per week een zinvolle bezigheid buitenshuis.
Acties:
  a. kennismaking bij de moestuin van {{o:Stichting Mooi}} in {{w:Zuiderpark}} – wie: cliënt + vrijwilliger – wanneer: [[d:ma 2 dec]]
  b. vervoer regelen (Haagse Ooievaarspas, 25% korting HTM)
  c. evaluatie na 6 weken
Verantwoordelijk: [[p:Ramon Sulvaran]] ({{r:welzijnscoach}})
=====
Doelen en acties (uit het gezamenlijk plan, [[p:Aksoy]] / [[p:Yavuz]])
1. Huisvesting – Doel: eigen woning voor [[p:Elif Yavuz]] en kinderen.
   Actie: urgentieaanvraag indienen (formulier U-2024) – [[p:Elif]] met {{r:maatschappelijk werker}} – uiterlijk [[d:6 december]].
2. Veiligheid – Doel: geen contact met [[p:Serkan Aksoy]] buiten de omgangsregeling.
   Actie: veiligheidsplan bijwerken met {{o:Veilig Thuis}} – [[d:13/12]].
3. Inkomen – Doel: eigen uitkering los van partner.
   Actie: aanvraag PW zelfstandig, IBAN [[i:NL80ASNB1757021735]] op eigen naam (nieuw geopend).
=====
Plan van aanpak (format gemeente, leeg sjabloon)

Leefgebied | Huidige situatie (1-5) | Doel | Actie | Wie | Wanneer | Evaluatie
Financiën | | | | | |
Wonen | | | | | |
Huiselijke relaties | | | | | |
Geestelijke gezondheid | | | | | |
Lichamelijke gezondheid | | | | | |
Middelengebruik | | | | | |
Dagbesteding | | | | | |
Sociaal netwerk | | | | | |
Justitie | | | | | |
Scores volgens de Zelfredzaamheid-Matrix (ZRM, versie 2017). Evaluatie minimaal elke 3 maanden.
=====
ACTIEPUNTEN (stand [[d:2-12-2024]])
[x] aanvraag bijzondere bijstand wasmachine – ingediend [[d:14-11]], aanvraagnr [[z:BB-24-30871]]
[x] afspraak {{o:Kredietbank}} – was [[d:21-11]], dossier HKB [[z:55.812]]
[ ] doorverwijzing {{o:Indigo}} (wachttijd 8-10 wkn)
[ ] gesprek met broer [[p:Mourad]] over geld lenen aan cliënt
[ ] bellen met {{o:Eneco}} (klantnr [[z:1029384756]]) over termijnbedrag € 212 → € 145
=====
Wie doet wat?
- [[p:Kim]] ({{o:Xtra}}): formulieren toeslagen, elke dinsdag 14-16u
- [[p:Sandra]] ({{r:wijkverpleegkundige}}): medicatie, wondzorg been, ma-wo-vr
- [[p:Ayoub]] ({{r:jongerenwerker}}): contact met zoon [[p:Yassin]], voetbal bij {{o:HVV Laakkwartier}}
- {{r:casusregisseur}}: overzicht, MDO elke 6 weken (volgende: [[d:7 jan.]])
=====
Plan: [[p:Noordermeer-Ait Brahim]], [[p:L.]]
Leefgebied Sociaal netwerk – doel: niet meer dan 2 dagen per week alleen thuis.
Actie: aanmelden voor "Koffie & Zo" in het wijkcentrum (elke woensdag 10:00–11:30, € 1,50 per keer). Wie: zij zelf, met buurvrouw [[p:Ria]]. Wanneer: vanaf [[d:woensdag 4 december]].
=====
Doel (SMART): Voor [[d:1 maart 2025]] heeft [[p:Kwaku]] een stabiel inkomen uit werk of uitkering en zijn er geen nieuwe achterstanden bij de vaste lasten.
Acties: (1) re-integratietraject bij het {{o:Werkgeversservicepunt}}; (2) automatische overschrijving huur en zorgverzekering vanaf rekening [[i:NL07 TRIO 7354 0512 26]]; (3) maandelijks budgetgesprek met een {{r:vrijwilliger}} van de Thuisadministratie ({{o:Humanitas}}).
Wie: [[p:Kwaku]], [[p:Abena]] (partner), vrijwilliger [[p:Henk Schipper]].
=====
Afspraken uit het plan, in gewone taal voor mevrouw (zij wilde een kopie):
1. U gaat elke week met [[p:Marjolein]] naar de markt.
2. [[p:Marjolein]] helpt u met de brieven. U bewaart ze in de blauwe map.
3. Op [[d:dinsdag 10 december]] komt de man van de gemeente voor de traplift.
4. Als u zich niet goed voelt belt u [[p:Marjolein]]: [[t:06-34 81 29 05]].
5. De dokter belt u op [[d:16-12]] over de uitslag.
=====
Plan van aanpak
Leefgebied⇥Doel⇥Actie⇥Wie⇥Wanneer
Financiën⇥stabiel budget⇥aanmelden beschermingsbewind⇥{{r:MW}}⇥Q1 2025
Wonen⇥opruimen woning⇥inzet {{o:Opruimteam Haag Wonen}}⇥{{r:woonconsultant}}⇥febr. 2025
Gezondheid⇥stoppen met drinken⇥intake {{o:Brijder}}⇥cliënt⇥z.s.m.
Netwerk⇥contact met dochter herstellen⇥bemiddeling⇥{{r:casusregisseur}}⇥na stabilisatie
=====
Plan: doelen per leefgebied (cliënte [[p:Hodan Osman]], [[z:2024-BH-0612]])

Wonen (ZRM 2 → doel 4)
  Doel: [[p:Hodan]] woont over een half jaar zelfstandig.
  Actie 1: inschrijving Woonnet Haaglanden verlengen (inschrijfnr [[z:W-H-0881122]]) – [[p:Hodan]] – [[d:31 dec]]
  Actie 2: begeleid wonen-traject {{o:Limor}} – {{r:trajectbegeleider}} – start Q1
Financiën (ZRM 1 → 3)
  Doel: geen nieuwe schulden; lopende schuld (€ 4.812) in regeling.
  Actie: aanmelding {{o:Schuldhulpverlening Den Haag}}, intake [[d:9-1-2025]] 11:15
=====
Stap 3 van het plan: de kinderen.
[[p:Mila]] (7) en [[p:Daan]] (10) gaan na school naar de BSO van {{o:Kinderopvang 2Samen}} op maandag en donderdag; kosten worden betaald uit SMI (sociaal-medische indicatie, 2 dagen, 12 maanden). Aanvraag verstuurd [[d:3 okt]]. Contactpersoon opvang: [[p:Ilse Groen]], [[e:i.groen@2samen.nl]].
=====
Wie/wanneer-lijst casus [[z:KM-19]] (overzicht voor de {{r:casusregisseur}})
wie            wat                                   wanneer
[[p:Marieke]]        huisbezoek met {{o:Haag Wonen}}              [[d:do 28-11]] 13:00
[[p:Dennis]]         machtiging DigiD aanvragen            deze week
[[p:Fatiha]]         tolk Tamazight regelen                vóór [[d:2/12]]
cliënt         bankafschriften juli–okt verzamelen   volgend gesprek
=====
Acties na evaluatie (ZRM-scores [[d:1 november]] vs. [[d:1 augustus]]):
Financiën 2→3, Wonen 3→3, Gezondheid 2→2, Netwerk 1→2, Dagbesteding 1→1.
Dagbesteding blijft achter. Nieuwe actie: proefdag bij {{o:Haeghe Groep}} (werkplaats fietsen) op [[d:11-12-2024]]; [[p:Hüseyin]] gaat mee als maatje.
=====
Doel: "ik wil zelf mijn geld doen" ([[p:Priscilla]], 23, LVB)
Acties:
• wekelijks leefgeld op aparte rekening [[i:NL05KNAB7129364694]]
• app "Kasboek" samen installeren
• na 3 maanden kijken of bewindvoering (sinds [[d:1-6-2023]], {{o:Bewindvoering Haaglanden}}, dossier [[z:BW 2023-118]]) kan worden omgezet naar budgetbeheer
Wie: [[p:Priscilla]] + {{r:MEE-consulent}} [[p:Olga Kamińska]]
=====
Plan van aanpak – leefgebied Justitie
Situatie: openstaande boetes CJIB (3x), totaal € 1.140,00; werkstraf van 40 uur nog niet uitgevoerd (parketnummer [[z:09/228813-23]]).
Doel: boetes in betalingsregeling, werkstraf afgerond vóór zomer 2025.
Actie: contact {{o:Reclassering}} (algemeen nummer 088 – 804 11 00) en aanvraag betalingsregeling bij {{o:CJIB}} met betalingskenmerk [[z:1001 8877 2310 4459]].
Wie: cliënt met {{r:casusregisseur}}.
=====
Voorbeeldplan (uit de training "Werken met leefgebieden", [[d:12 september]]):
Doel: de cliënt heeft binnen 3 maanden een dagritme.
Actie: de cliënt staat om 8:00 op en gaat 3x per week naar de inloop.
Wie: cliënt, met steun van de {{r:welzijnscoach}}.
Wanneer: start direct, evaluatie na 12 weken.
(uit het handboek, p. 24)
=====
Overzicht doelen [[p:Mehmet]] en [[p:Ayten]]:
Gezondheid → [[p:Ayten]] heeft afspraak bij {{o:Parnassia}} op [[d:17.12.2024]] om 10:45 (bevestigingsnr. [[z:PNA-99241]])
Financiën → aanvraag kwijtschelding gemeentelijke belastingen 2024 (aanslagnr. [[z:8.0447.1193.225]])
Wonen → melding schimmel bij {{o:Staedion}} gedaan, meldnummer [[z:STD-M-552081]]
Netwerk → [[p:Mehmet]] naar mannengroep {{o:Stichting Bij Ons}}, elke vrijdag na het gebed
=====
Doelen (alleen koppen, de rest staat in het systeem):
1. Rust in de financiën
2. Een veilig thuis voor de kinderen
3. Moeder weer aan het werk (min. 12 uur per week)
4. Minder politiecontacten (2023: 7 meldingen, 2024 t/m okt: 2)
Alle doelen zijn met moeder besproken en ondertekend.
=====
Acties week 50:
ma [[d:9/12]] – [[p:Jerry]] belt bewindvoerder (mw. [[p:Winter]], [[t:070 – 219 44 38]])
di [[d:10/12]] – huisbezoek [[p:Jerry]] + [[p:Saskia]] bij cliënt ([[a:Kijkduinsestraat 512]])
do [[d:12/12]] – MDO, zaal 3.02, 9:30 uur
vr [[d:13/12]] – deadline aanvraag kerstpakket {{o:Voedselbank}}
=====
Leefgebied Huiselijke relaties
Huidige situatie: spanningen tussen cliënt en volwassen zoon [[p:Rowan]] (26), die sinds de scheiding weer bij hem woont en niets bijdraagt. Cliënt durft geen grenzen te stellen.
Doel: binnen 2 maanden een afspraak over kostgeld (voorstel € 250 p/m) en huishoudtaken.
Actie: gesprek met beide in het bijzijn van {{r:maatschappelijk werker}}. Evaluatie: [[d:zaterdag 1 februari]] is geen werkdag → [[d:maandag 3 februari]].
""")
# ---------------------------------------------------------------------------
# 4. MDO and casusoverleg notes
# ---------------------------------------------------------------------------
add(r"""
MDO [[d:21-11-2024]] – casus [[p:Wilhelmina]] ([[p:Willy]]) [[p:Prins]]
Aanwezig: [[p:Karin]] ({{r:casusregisseur}}), [[p:Abdel]] ({{r:Wmo-adviseur}}), dr. [[p:S. Hoogland]] ({{r:huisarts}}), [[p:Lieke]] ({{r:casemanager dementie}}, {{o:Florence}}), dochter [[p:Monique Prins]]
Afwezig m.k.: {{o:Haag Wonen}}

1. Stand van zaken: mevr. [[p:Prins]] (86) is in okt. 2x gevallen. Alarmering is aangevraagd (aanvraag [[d:4/11]]).
2. Zorg: thuiszorg 3x daags, wil 's nachts niemand.
3. Besluit: aanvraag Wlz-indicatie via {{o:CIZ}} – [[p:Lieke]] doet dit vóór [[d:6 december]].
4. Volgende MDO: [[d:9 januari 2025]], 14:00, {{o:Florence}} locatie {{w:Mariahoeve}}.
=====
Casusoverleg SWT {{w:Schilderswijk}}, [[d:dinsdag 26 november]]
Inbreng: [[p:Aicha]] ({{r:MW}})
Casus: jonge vader ([[p:Jamal]], 24) met twee kinderen, partner zit in detentie. Hij heeft zijn baan opgezegd om voor de kinderen te zorgen. Geen inkomen sinds [[d:1 oktober]]. Oma ([[p:Khadija Ahouari]]) helpt, maar woont in Leiden.
Vraag aan het team: hoe snel kunnen we een voorschot PW regelen?
Tips uit het team:
- [[p:Pieter]]: via de spoedprocedure, voorschot binnen 5 werkdagen is mogelijk (art. 52 PW)
- [[p:Emine]]: noodfonds {{o:Stichting Urgente Noden}} (max. € 500) voor de tussentijd
- [[p:Ruben]]: kinderopvangtoeslag blijft doorlopen, wél wijziging doorgeven
=====
MDO-verslag
Datum: [[d:28/11/2024]]
Cliënt: [[p:E.M. Linger]] ([[z:SWT-VR-2023-0412]])
Deelnemers: {{r:casusregisseur}} [[p:T. van Dam]] (vz), {{r:SPV}} [[p:A. Rahimi]] ({{o:Parnassia}}), {{r:bewindvoerder}} [[p:J. Kok]], {{r:woonconsultant}} [[p:F. de Vos]] ({{o:Staedion}})
Besproken:
- Overlast: 4 klachten van buren sinds sept. (o.a. van [[a:Loosduinsekade 301]] en [[a:Loosduinsekade 303]]).
- Behandeling: cliënt weigert depot; {{r:SPV}} ziet geen grond voor verplichte zorg (Wvggz).
- Financiën: huur wordt door {{r:bewindvoerder}} betaald, geen achterstand.
Besluit: gezamenlijk huisbezoek {{r:SPV}} + {{r:woonconsultant}} op [[d:5 december]]; {{o:Staedion}} schort gesprek over "gedragsaanwijzing" op tot na MDO op [[d:19-12]].
=====
Notulen casusoverleg (kort)
– fam. [[p:Sahin]]: afgeschaald, loopt via {{o:CJG}} verder. Afsluitbrief [[d:29-11]].
– Mw. [[p:Baldewsing]]: nog steeds wachten op bericht {{o:CIZ}}. [[p:Nienke]] belt.
– Dhr. [[p:Koning]] ([[a:Weteringkade 37A]]): overleden op [[d:20 november]]. Condoleancekaart naar zus ([[p:Greet]]). Dossier sluiten.
– Nieuwe aanmeldingen: 3 (zie lijst).
=====
Verslag casusoverleg {{w:Escamp}} – week 47
Aanwezig: 9 teamleden + {{r:gedragswetenschapper}} {{o:MEE}}
Casus 1 (inbreng [[p:Stefan]]): man, 35, LVB, woont bij ouders, ouders worden oud. Vraag: wanneer begint een traject beschermd wonen?
  Advies: nu al aanmelden, wachttijd {{o:Ipse de Bruggen}} ca. 18 maanden.
Casus 2 (inbreng [[p:Ghizlane]]): vrouw, 58, ernstige vervuiling, 12 katten. {{o:Dierenbescherming}} en {{o:GGD}} (team Vangnet) zijn betrokken.
  Advies: bemoeizorg-overleg aanvragen.
Geen namen in dit verslag; zie dossiers.
=====
MDO huiselijk geweld – [[d:vr 22/11]] – locatie: {{o:Veilig Thuis}}, overlegkamer 4
Casus [[z:VT-HGL-2024-1571]]
Moeder: [[p:Sabrina Girigoria]] | Vader: [[p:Dwight Rosalia]] | Kinderen: [[p:Jaylano]] (4), [[p:Jayzinho]] (2)
Risicotaxatie (LIRIK): hoog.
Afspraken:
→ [[p:Sabrina]] gaat met de kinderen naar de opvang van {{o:Stichting Wende}} (adres geheim!).
→ {{r:jeugdbeschermer}} van {{o:Jeugdbescherming west}}: [[p:Mirjam Schouten]], [[t:06 – 21 09 66 48]].
→ Huisverbod [[p:Dwight]] loopt t/m [[d:1-12-2024]], verlenging aangevraagd.
=====
Overleg met {{o:GGD Haaglanden}} (bemoeizorg) over [[p:Henk Mulder]]
Datum: [[d:19 november 2024]]
Aanwezig: [[p:Peter]] ({{o:GGD}}), [[p:Yasmin]] (SWT), [[p:Bart]] ({{r:wijkagent}})
[[p:Henk]] woont sinds 1998 op de [[a:Zoutmanstraat 14-1]]. Sinds de dood van zijn moeder is hij afgegleden. Buurman [[p:Jan de Graaf]] ([[a:Zoutmanstraat 14-2]]) brengt eten.
Besluit: [[p:Peter]] en [[p:Yasmin]] gaan samen langs op [[d:dinsdag 26-11]] 10:00.
=====
Casusoverleg – kopie van de whiteboardfoto (uitgetypt)
CASUS | WAT NODIG | WIE
[[p:Ahmadi]] | huur! | [[p:Ruben]]
[[p:Tekle]] / [[p:Berhane]] | tolk + ZRM | [[p:Salma]]
[[p:Boer]] (84) | valpreventie | [[p:Ineke]]
[[p:Kurdi]] | ? → MDO | allen
Nieuwe: 2x SPXL, 1x huisarts
=====
MDO {{w:Ypenburg}} [[d:12 december]]
Cliënte [[p:Chantal Verhoef]] (38), 3 kinderen, schulden ca. € 38.000, waarvan € 21.000 bij de {{o:Belastingdienst}}/{{o:Toeslagen}} (hersteloperatie: gedupeerde ouder, erkend [[d:14-03-2022]]).
{{o:UHT}} (Uitvoeringsorganisatie Herstel Toeslagen): persoonlijk zaakbehandelaar [[p:Roy Lamers]], dossiernr [[z:UHT-0099-3381-2]].
Afspraak: {{r:casusregisseur}} neemt contact op met [[p:Roy]] over kwijtschelding private schulden.
=====
Verslag MDO (cliënt aanwezig)
[[p:Oleksandr]] vertelt dat hij sinds de oorlog in 2022 in NL is en sinds [[d:15 augustus]] op de [[a:Sportlaan 22-G]] woont (opvang Oekraïners). Hij werkt 38 uur bij een distributiecentrum. Zijn vrouw [[p:Olena]] is depressief. Hun zoon [[p:Maksym]] (14) gaat naar de ISK.
Actiepunten: [[p:Olena]] naar {{r:huisarts}} (huisarts voor ontheemden: {{o:Huisartsenpraktijk Segbroek}}); gezinsgesprek met {{o:CJG}} op [[d:18/12]].
=====
MDO-verslag, vertrouwelijk
Datum: [[d:05-12-2024]], 13:30-15:00
Cliënt: mw. [[p:Lewandowska]], [[p:Kasia]] – cliëntnr. [[z:0039812]]
Aanwezig: {{r:casusregisseur}}, {{r:schuldhulpverlener}} ([[p:Patrick Kok]]), {{r:jobcoach}} ([[p:Marloes]]), cliënt, haar vriendin [[p:Ewa]] als steun
Conclusies:
1. Schuldregeling (WSNP) niet haalbaar: lopende fraudevordering {{o:SVB}} (kinderbijslag 2021).
2. Eerst stabilisatie: budgetbeheer via {{o:Kredietbank}}, beheerrekening [[i:NL20BUNQ3333878162]].
3. Werk: {{r:jobcoach}} start traject, proefplaatsing bij {{o:Hoogvliet}} per [[d:6 jan. 2025]].
=====
Casusbespreking (intervisie, geanonimiseerd): vrouw, begin 40, woont in {{w:Rustenburg}}-{{w:Oostbroek}}, twee pubers. Vader op afstand. Probleem: ze laat niemand binnen, communiceert alleen via WhatsApp. Wat werkte bij anderen? – vaste contactpersoon, korte berichten, afspraken op vaste tijden (bijv. elke donderdag 16:00), nooit onaangekondigd langs. Uitkomst: proberen, evalueren over 6 weken.
=====
Overleg 1Gezin1Plan – fam. [[p:Wattimena]]
Datum: [[d:27-11-24]]
Aanwezig: ouders [[p:Johan]] en [[p:Brenda Wattimena]], {{r:jeugdconsulent}} [[p:Noor El Bakkali]], {{r:maatschappelijk werker}} [[p:Gijs de Vos]], {{r:mentor}} school
Gezinsdoel: "weer rust in huis"
Afspraken:
• [[p:Johan]] meldt zich bij {{o:Indigo}} voor zijn somberheid
• [[p:Brenda]] en [[p:Gijs]] maken schuldenoverzicht (deadline [[d:11 dec]])
• school zet [[p:Kaylee]] (13) op het zorgrooster
Volgende overleg: [[d:22-01-2025]]
=====
Casusoverleg wijkzorgteam + wijkagenten {{w:Laak}}
Agenda 10:00-11:30
1. Opening/mededelingen
2. Signalen overlast [[a:Newtonplein 25]] (woongroep, 6 bewoners)
3. Casus [[p:El Yousfi]]: zoon ([[p:Anouar]], 17) mogelijk betrokken bij drugsrunners, moeder vraagt hulp
4. Casus [[p:Rodriguez Pérez]]: illegaal verblijf, wil terug naar Colombia → {{o:IOM}}
5. Rondvraag
=====
Verslag MDO – {{o:Zorg- en Veiligheidshuis Haaglanden}}
Datum [[d:03.12.2024]], persoonsgerichte aanpak (PGA)
Persoon: [[p:Dylan de Groot]], °[[d:02.11.2001]], [[z:ZVH-PGA-24-0173]]
Partners: {{o:Politie}}, {{o:OM}}, {{o:Reclassering}}, {{o:Jeugdbescherming}}, SWT
Stand: 11 antecedenten (2019-2024), nu schorsing voorlopige hechtenis met meldplicht.
Rol SWT: woning + dagbesteding. Contact via moeder [[p:Esther de Groot]] ([[t:06-29187440]]).
=====
Kort verslag (mail aan team, [[d:maandag 2 december 2024]] 17:12)
Hoi allen, even het belangrijkste uit het MDO van vandaag over [[p:Agnes]] ([[a:Nijkerklaan 7]]):
- {{o:CIZ}} heeft Wlz-indicatie afgegeven (VV-5), opname in {{o:Respect Zorggroep}} locatie {{o:Bloemendaal}} naar verwachting in januari.
- Zoon [[p:Rob]] regelt de opzegging van de huur.
- Onze rol stopt na de verhuizing.
Groet, [[p:Ans]]
=====
casusoverleg aantekeningen (snel getypt)
- mw [[p:el mahi]]: huur betaald? ja 2 v 3 termijnen. blijven volgen
- dhr [[p:vd Berg]]: geen contact meer sinds [[d:7/11]], [[p:karim]] gaat langs
- [[p:amira]] (21): baan bij {{o:Albert Heijn}}! uitkering stopt per [[d:1/1]], check toeslagen
- fam. [[p:ozturk]]: nieuw adres [[a:meppelweg 1022]], nog doorgeven aan {{o:CJG}}
=====
MDO besluitenlijst
nr | besluit | eigenaar | deadline
B-01 | aanvraag WMO HH (2 uur/wk) | {{r:Wmo-adviseur}} | [[d:15-12-2024]]
B-02 | start budgetbeheer | {{r:MW}} | [[d:01-01-2025]]
B-03 | oriëntatie dagbesteding | cliënt + [[p:Jolanda]] | Q1
B-04 | evaluatie | allen | MDO [[d:20-02-2025]]
(besluiten B-01 t/m B-04 horen bij casus [[z:CR-24-2201]])
=====
MDO Ouderen {{w:Benoordenhout}}/{{w:Haagse Hout}}
Casus: meneer [[p:Ferdinand van Alkemade]] (92), alleenstaand, villa aan de [[a:Van Alkemadelaan 1230]]? nee, adres staat verkeerd in systeem → juiste adres [[a:Oude Waalsdorperweg 64]].
Overwegingen: vermoeden financiële uitbuiting door een "vriendin" ([[p:Claudia]], ± 50 jr). Bankafschriften tonen opnames van € 500 per dag.
Besluit: melding bij {{o:Veilig Thuis}} (ouderenmishandeling), en contact {{o:ABN AMRO}} (afdeling bijzonder beheer).
=====
MDO [[d:17/12]]
Doel van dit MDO: besluit over afsluiten casus.
Fam. [[p:Nowak]] ([[p:Tomasz]], [[p:Iwona]], 3 kinderen): schulden in regeling (saneringskrediet, afgesloten [[d:08-10-2024]]), vaste baan [[p:Tomasz]], kinderen op school. Positief!
Besluit: casus afsluiten per [[d:31-12-2024]]; nazorgcontact over 3 maanden (maart 2025).
""")
# ---------------------------------------------------------------------------
# 5. Debt overviews (creditors, kenmerken, account numbers)
# ---------------------------------------------------------------------------
add(r"""
SCHULDENOVERZICHT [[p:A. Bouzambou]] – peildatum [[d:01-11-2024]]
Rekening cliënt: [[i:NL17RBRB3454245775]]

| Schuldeiser | Kenmerk / dossiernr | Oorspr. | Openstaand | Status |
|---|---|---|---|---|
| {{o:Haag Wonen}} (huur) | [[z:HW-22817-0604]] | € 2.136,00 | € 2.136,00 | regeling voorgesteld |
| {{o:Eneco}} | [[z:204 118 773]] | € 640,12 | € 512,12 | termijn € 64/mnd |
| {{o:Zilveren Kruis}} | polis [[z:198273645]] | € 1.380,00 | € 1.560,40 | bij deurwaarder |
| {{o:CJIB}} | [[z:8800 1234 9876 5501]] | € 240,00 | € 480,00 | verhoogd 100% |
| {{o:Riverty}} (Zalando) | [[z:AFP-7731-228]] | € 89,95 | € 142,10 | incasso |
| Totaal | | | € 4.830,62 | |
=====
Schuldeiser⇥Dossiernummer⇥Bedrag⇥Opmerking
{{o:Belastingdienst}} / {{o:Toeslagen}} (HT 2022)⇥[[z:1234.56.789.T.22.01]]⇥€ 3.412⇥terugvordering, bezwaar loopt
{{o:DUO}}⇥[[z:Q82 117 4409]]⇥€ 9.870⇥draagkrachtmeting aangevraagd
{{o:Odido}}⇥klantnr [[z:1.29938411]]⇥€ 312,50⇥2 abonnementen
{{o:Gemeente Den Haag}} (belastingen)⇥aanslag [[z:2024.0089.771.3]]⇥€ 402,18⇥kwijtschelding aangevraagd
{{o:Intrum}} namens {{o:Wehkamp}}⇥[[z:INT-00918273]]⇥€ 1.104,77⇥
Totaal⇥⇥€ 15.101,45⇥excl. rente en kosten
=====
schuldeiser;kenmerk;hoofdsom;kosten;totaal;aflossing
{{o:Vattenfall}};[[z:VF-558120733]];812,40;40,00;852,40;0
{{o:CZ}};[[z:CZ/1188202]];1.024,00;148,00;1.172,00;50
{{o:DSW}};-;0,00;0,00;0,00;nvt
{{o:Ziggo}};[[z:ZG 2018 4471 92]];287,31;40,00;327,31;0
{{o:Lowell}} (ex-{{o:Vodafone}});[[z:LW4418826]];455,00;187,20;642,20;25
=====
Schulden mevrouw [[p:Rosalia]] (door haar zelf opgeschreven, overgetypt):
- huur 3 maand ongeveer 2000
- zorgverzekering "weet niet precies" (brief van de deurwaarder {{o:Flanderijn}}, dossier [[z:FL-24-339187]])
- telefoon KPN 300
- lening van zus [[p:Ingrid]] 1500 (moet terug in juni)
- klarna kleren 140
=====
Schuldenlijst [[z:SHV-2024/0813]] (cliënt [[p:Cheung]], [[p:W.]])
Aangemeld bij {{o:Schuldhulpverlening Den Haag}} op [[d:4-9-2024]]; stabilisatiefase t/m [[d:4-12-2024]].
1. {{o:Staedion}} ........................ € 3.877,00  (kenmerk [[z:STD-4411802]])
2. {{o:Menzis}} .......................... € 2.140,55  (relatienr [[z:402998117]])
3. {{o:Gerechtsdeurwaarder Van der Klip}} namens {{o:Dunea}}  € 618,20 (dossier [[z:K24-08812]])
4. {{o:Belastingdienst}} (IB 2021) ....... € 1.709,00
5. Particulier (ex-partner [[p:Wing Cheung]]) € 6.000,00 (geen bewijs)
Totaal: € 14.344,75 (5 schuldeisers)
=====
Overzicht inkomsten en uitgaven fam. [[p:Nurhan]]/[[p:Korkmaz]] (per maand)
Inkomsten: loon [[p:Erkan]] € 2.110,00 | kinderbijslag (kwartaal/3) € 262,00 | KGB € 318,00 | huurtoeslag € 297,00
Uitgaven: huur € 889,00 | energie € 190,00 | zorgverzekering 2x € 154,00 | water € 24,00 | internet/tv/tel € 78,00 | verzekeringen € 36,00 | school/sport € 45,00
Vrij te besteden: € 1.107,00 → leefgeld € 250,00 per week
Rekening voor vaste lasten: [[i:NL55 INGB 3069 8873 31]]
=====
Schuldenoverzicht (bijlage bij verwijzing naar {{o:Kredietbank}})
Naam: [[p:Dimitrov]], [[p:Georgi Ivanov]]   BSN: [[b:158986003]]   Geb.: [[d:22.06.1977]]
Adres: [[a:Calandplein 8 E]], [[pc:2521 AB]]
Crediteur                     Kenmerk              Saldo
{{o:Essent}}                        [[z:8170022391]]          €   944,16
{{o:VGZ}}                           [[z:10827743]]            € 1.882,00
{{o:Coeo Incasso}}                  [[z:CO-1177-09283]]       €   301,87
Loonbeslag {{o:GGN}}                [[z:GGN/24/4417726]]      € 2.560,00 (beslag € 356/mnd)
=====
Betalingsachterstanden (stand [[d:15 oktober 2024]]) – [[p:Fatima Zahra El Idrissi]]
huur: 2 mnd (€ 1.420)
gas/licht: afsluitwaarschuwing ontvangen, afsluiting gepland [[d:4 november]]!! (klantnr [[z:6200 11 4478]])
zorgverz.: wanbetalersregeling sinds [[d:1-3-2024]] (bestuursrechtelijke premie via {{o:CAK}}, € 197,24 p/m)
Let op: IBAN van cliënte bij {{o:CAK}} nog oud: [[i:NL70ABNA9589725238]]
=====
SCHULDEN
Nr⇥Schuldeiser⇥Soort⇥Bedrag⇥Kenmerk
1⇥{{o:Staedion}}⇥huur⇥2.480,00⇥[[z:101-088421]]
2⇥{{o:ING}}⇥roodstand⇥1.000,00⇥rek. [[i:NL88INGB6214045416]]
3⇥{{o:ING}}⇥persoonlijke lening⇥7.850,00⇥lening [[z:LN 8811.02.117]]
4⇥{{o:Santander}}⇥creditcard⇥2.214,33⇥[[z:SC-5021-8890]]
5⇥{{o:Gemeente Den Haag}}⇥terugvordering bijstand⇥4.119,00⇥[[z:TV 2023-08812]]
⇥⇥Totaal⇥17.663,33⇥
Aflossingscapaciteit (VTLB 2024): € 118 per maand
=====
Let op bij het invullen van het schuldenoverzicht: gebruik het format van de {{o:NVVK}} (versie 2024), vermeld per schuldeiser het kenmerk zoals op de laatste brief, en neem alleen bedragen over van brieven die jonger zijn dan 3 maanden. Rente en incassokosten apart (max. 15% over de eerste € 2.500 volgens het Besluit vergoeding voor buitengerechtelijke incassokosten, min. € 40).
=====
Schulden in beeld (samen met [[p:Malika]] op [[d:wo 20-11]] doorgenomen)
- {{o:Toeslagen}}: zorgtoeslag 2023 terugvorderen € 1.236 (kenmerk [[z:3381.47.902.Z.23.01]])
- {{o:Gemeente Den Haag}}: afvalstoffenheffing € 356,40
- {{o:Zilveren Kruis}}: € 0 (betaalt nu via {{r:bewindvoerder}})
- boete OV (HTM zwartrijden): € 50 + € 16 kosten, nr. [[z:HTM-B-24-771204]]
[[p:Malika]]'s rekening: [[i:NL79 ABNA 5724 9852 13]]
=====
Bewindvoerder overzicht (per [[d:30-09-2024]]) – onderbewindgestelde: [[p:Martinus]] ([[p:Tinus]]) [[p:Visser]], [[z:Bew. 24/0319]]
Beheerrekening: [[i:NL22RABO4380028160]] t.n.v. Stichting Beheerrekening ... inz. [[p:M. Visser]]
Leefgeldrekening: [[i:NL24INGB8829271716]]
Leefgeld: € 60 per week (donderdag)
Vaste lasten worden betaald vanaf beheerrekening. Schulden (13 crediteuren) aangemeld bij {{o:Plangroep}} voor minnelijk traject.
=====
| crediteur | ref | bedrag | sinds |
|---|---|---|---|
| {{o:Klarna}} | [[z:KL-SE-00288117]] | € 212,00 | 2023 |
| {{o:Bol.com}} via {{o:Riverty}} | [[z:4711 0098 2213]] | € 66,48 | [[d:12-04-2024]] |
| {{o:Vesting Finance}} | [[z:VF/2024/187722]] | € 903,16 | 2022 |
=====
Gesprek over schulden met Dhr. [[p:Naarendorp]] ([[d:vr 29 nov]])
Totaal schuld volgens cliënt: "rond de 20 duizend". Volgens BKR-overzicht: 4 registraties (A-codering), totaal € 24.560. Grootste post: doorlopend krediet {{o:Defam}} (contractnr [[z:DF-88102411]]), achterstand sinds 2021.
Cliënt heeft een baan (36 uur, {{o:Gemeente Rijswijk}}, schaal 6). Inkomen € 2.640 netto. Cliënt schaamt zich tegenover vrouw [[p:Joyce]], zij weet het niet.
=====
Budgetplan [[z:BP-24-1177]]
Inkomen      € 1.532,00  (AOW alleenstaand + AIO-aanvulling)
Vaste lasten € 1.018,00
Reservering  €   100,00  (onvoorzien / kerst)
Leefgeld     €   414,00  (± € 95 per week)
Cliënt: [[p:Frits Dekker]], [[a:Houtwijklaan 17]] ([[pc:2554 HN]])
Rekening: [[i:NL28SNSB2249877018]] | spaarrekening: [[i:NL46ASNB2763841801]]
=====
Schuldeiser | kenmerk | bedrag | reactie op saneringsvoorstel (8,3%)
{{o:Eneco}} | [[z:EN-9918203]] | € 612,00 | akkoord
{{o:CZ}} | [[z:CZ/2200917]] | € 1.398,00 | akkoord
{{o:Belastingdienst}} | [[z:8044.11.337.H.42]] | € 2.115,00 | akkoord onder voorwaarde
{{o:DUO}} | – | € 14.440,00 | buiten regeling (studieschuld)
{{o:Wehkamp}} | [[z:WK 77 12 031]] | € 483,90 | weigert → dwangakkoord overwegen
=====
Deurwaardersbrief (overgetypt, [[d:25.11.2024]])
{{o:Gerechtsdeurwaarderskantoor Haaglanden}}
Ons dossiernummer: [[z:D2024-118806]]
Inzake: {{o:Vestia}} / [[p:S.M. Sitaram]]
Wij betekenen u hierbij het vonnis van de kantonrechter d.d. [[d:14-10-2024]] (zaaknr. [[z:11019283 CV EXPL 24-4471]]).
U dient binnen 2 dagen € 3.118,26 te voldoen op rekening van ons kantoor o.v.v. uw dossiernummer.
=====
Huishoudboekje [[p:Jennifer]] november
wk 45: boodschappen 78,40 / bus 12,00 / telefoon 15,00
wk 46: boodschappen 91,15 / verjaardag nichtje 25,00
wk 47: boodschappen 66,02 / schoenen [[p:Lucas]] 39,99
wk 48: boodschappen 83,70
totaal 411,26 – leefgeld was 400,00 → 11,26 tekort
=====
Schulden (bron: BKR + post cliënt), [[p:Kidane]], [[p:Tesfamariam]] – BSN [[b:286 914 426]]
{{o:Menzis}} [[z:411228093]] € 744,20
{{o:DUO}} (inburgeringslening) [[z:INB-2019-338201]] € 9.600,00 – kwijtschelding mogelijk bij afronding (aanvraag vóór [[d:1 juli 2025]])
{{o:Vattenfall}} [[z:VF-660102487]] € 389,55
=====
Leefgeld- en schuldenoverzicht dhr. [[p:Ait Brahim]]
Bankrekeningen: [[i:NL26TRIO4257085227]] (betaalrekening, {{o:Triodos}}); [[i:NL47KNAB0610700486]] (spaar, saldo € 12,50)
Schulden: zie tabel in dossier [[z:SWT-2024-2219]]; totaal € 7.214,60.
Beslag: {{o:UWV}} (WW) beslag door {{o:GGN}}, beslagvrije voet € 1.496,20.
=====
Gegevens voor de NVVK-aanmelding
Aanvrager: [[p:Kamal Rahimi]], [[d:05-05-1980]], BSN [[b:930814277]]
Partner: [[p:Shabnam Rahimi-Noorzai]], [[d:18-01-1985]], BSN [[b:4001.72.021]]
Adres: [[a:Beeklaan 448-A]], [[pc:2562 BM]] Den Haag
Telefoon: [[t:06-41 77 02 98]] ([[p:Kamal]]) / [[t:06-19 30 65 41]] ([[p:Shabnam]])
IBAN: [[i:NL93BUNQ9812715398]] (en/of)
Aantal schuldeisers: 11 | Totaal: € 31.209,45 | Oudste schuld: 2018
=====
Schuldenoverzicht (alleen totalen, geanonimiseerd voor de casusles):
– vaste lasten (huur, energie, water): € 3.820
– zorg (premies, eigen risico): € 2.410
– overheid (CJIB, belastingen, toeslagen): € 6.115
– consumptief (kopen op afbetaling, telefoon): € 1.980
Totaal € 14.325 bij 14 schuldeisers. Looptijd regeling 18 maanden (sinds 2024 geen 36 maanden meer).
""")
# ---------------------------------------------------------------------------
# 6. Agenda entries
# ---------------------------------------------------------------------------
add(r"""
AGENDA [[p:Merel]] – week 49
ma [[d:2/12]]  09:00  teamoverleg (kamer 2.14)
               11:00  huisbezoek mw. [[p:Bakker]], [[a:Dierenselaan 92]]
               14:30  {{o:Kredietbank}} met [[p:Yusuf]] (meenemen: loonstroken, [[z:HKB 56.120]])
di [[d:3/12]]  10:00  MDO [[p:Prins]] bij {{o:Florence}}
               13:00  scholing "Meldcode" (verplicht, 3 uur)
wo [[d:4/12]]  vrij
do [[d:5/12]]  09:30  intake nieuwe cliënt (via {{o:SPXL}}) – [[t:06 12 90 44 71]]
vr [[d:6/12]]  administratie
=====
Afspraak: [[d:donderdag 12 december 2024]], 10.15 – 11.00 uur
Waar: {{o:Servicepunt XL}} {{w:Loosduinen}}, spreekkamer 3
Met: Mevr. [[p:N. Soekhlal]] en haar zoon
Onderwerp: aanvraag bijzondere bijstand (eigen bijdrage bril € 189)
Meenemen: ID, bankafschriften laatste 3 mnd, offerte opticien
Herinnering per sms naar [[t:0628110457]] op [[d:11-12]]
=====
📅 [[d:Di 10 dec]] – 14:00-15:00 – Huisbezoek [[p:Sulvaran]] ([[a:Kijkduinsestraat 512]]) – met [[p:Jerry]] – let op hond!
📅 [[d:Wo 11 dec]] – 09:00-12:00 – Training "Schulden en stress" – {{o:Gemeente Den Haag}}, stadhuis Spui, zaal 0.24
📅 [[d:Do 12 dec]] – 09:30 – MDO (zie agenda) – Teams-link in mail
=====
Outlook-uitnodiging
Onderwerp: Casusoverleg [[p:Kalloe]] / [[p:Baldew]] – [[z:SWT-2024-1553]]
Wanneer: [[d:vrijdag 13 december 2024]] 13:00-14:00 (UTC+01:00) Amsterdam
Locatie: Microsoft Teams-vergadering
Organisator: [[e:s.kalloe-ramdin@denhaag.nl]]
Deelnemers: [[e:m.baldew@xtra.nl]]; [[e:w.vandijk@parnassia.nl]]; [[e:rdekker@florence.nl]]
Vergadering-ID: 381 224 991 07  Wachtwoord: Hq7xYz
=====
Terugkerende afspraak: elke dinsdag 9:00-10:00, weekstart team {{w:Bezuidenhout}}, zaal Oranje. Van [[d:7 januari 2025]] t/m [[d:24 juni 2025]]. Niet op [[d:22 april]] (paasweek).
=====
Planning huisbezoeken {{w:Morgenstond}}/{{w:Leyenburg}}, [[d:ma 16-12-2024]]
09:00 [[p:Popal]]        [[a:Steenwijklaan 241]]     tolk Dari 09:00-10:00 (boeking [[z:TVCN-88120]])
10:30 [[p:Groen]], [[p:Ria]]   [[a:Lozerlaan 1104]]        samen met {{r:wijkverpleegkundige}}
12:00 lunch
13:00 [[p:Kromodimedjo]] [[a:Hardenbergplein 33]]    evaluatie plan
14:30 [[p:Okonkwo]]      [[a:Leyweg 1448]]           eerste kennismaking
=====
Herinnering: morgen ([[d:wo 18 dec]]) 11:00 rechtszitting kantonrechter (rechtbank Den Haag, Prins Clauslaan), zaak [[p:Mahabier]]/{{o:Staedion}}, zaaknummer [[z:11220931 CV EXPL 24-8812]]. Ik ga mee als steun. Verzamelen 10:30 bij de ingang.
=====
dag [[d:9-12]]
- 9u bellen dhr [[p:de winter]] ([[t:070 3 60 42 18]]) ivm afspraak ergotherapeut
- 10u overleg met [[p:Sarita]] ({{o:MEE}})
- 11u [[p:nina]] spreken over dhr. [[p:Lam]]
- 13u-17u dossiers bijwerken (achterstand 14 verslagen!)
=====
Agenda-item voor het teamoverleg van [[d:19 december]]:
"Casus [[p:Aziz]]: kunnen we een extra huisbezoek inplannen voor de feestdagen? Mevrouw is alleen en heeft in 2023 rond kerst een crisis gehad." – ingebracht door [[p:Leonie]]
=====
KALENDER {{o:SWT}} {{w:Transvaal}} – december
[[d:02-12]] 09:30 teamoverleg
[[d:05-12]] Sinterklaas, middag vrij vanaf 15:00
[[d:09-12]] 10:00 overleg met {{o:Haag Wonen}} (wijkbeheer)
[[d:12-12]] 13:30 themabijeenkomst "bemoeizorg" met {{o:GGD}}
[[d:16-12]] 09:00 intervisie
[[d:19-12]] 16:00 kerstborrel, wijkcentrum
[[d:24-12]] t/m [[d:01-01]] minimale bezetting (piketnummer 070 – 353 00 00)
=====
Afspraak bevestigd per sms:
"Beste [[p:Mariska]], herinnering: do [[d:19/12]] om 14.00 komt [[p:Leon]] van het wijkzorgteam bij u thuis ([[a:Hardewijkstraat 73]]). Kunt u niet? Bel [[t:06-21 48 70 06]]. Groet, SWT {{w:Vrederust}}"
=====
Planning intakes week 51 (anoniem, alleen tijden en bron)
ma 09:00 – huisarts | ma 11:00 – SPXL | di 10:00 – Veilig Thuis | wo 09:00 – zelfmelder | do 14:00 – woningcorporatie | vr 10:30 – politie
Max. 6 intakes per week per team, gemiddelde duur 75 minuten.
=====
[[d:Maandag 6 januari 2025]] 10:00 Nieuwjaarsoverleg met ketenpartners
Aanmelden vóór [[d:20 december]] bij [[p:Astrid Schipper]] ([[e:astrid.schipper@denhaag.nl]], [[t:06-18 72 30 96]]).
Locatie: Wijkcentrum {{w:Transvaal}}, zaal 1+2 (capaciteit 60 personen).
=====
Afspraak [[p:Bhagwandin]]
Datum: [[d:2024-12-11]]
Tijd: 15:45
Plaats: thuis, [[a:Oudemansstraat 218]]
Doel: ondertekenen aanvraag bewind, meenemen: formulier rechtbank (versie 2024-1), ID, IBAN [[i:NL27RABO5497148164]]
=====
Wk 50 afspraken dhr. [[p:Wardak]]:
[[d:10-12]] 11:00 huisarts (dr. [[p:Bloem]])
[[d:11-12]] 14:00 {{o:IND}} Rijswijk (kenmerk [[z:V-NR 3301447712]])
[[d:13-12]] 09:30 taalles
=====
Gemiste afspraken (no-show) november 2024: 7 van 112 (6%). Grootste groep: eerste afspraken na aanmelding door derden. Tip: bevestigen per sms één dag van tevoren en de {{r:verwijzer}} vragen mee te komen.
=====
To do vandaag ([[d:vr 20/12]]):
☐ [[p:Kowalczyk]] – bellen over kerstpakket
☐ afspraak [[p:Abena]] verzetten naar [[d:8 jan]]
☐ formulier [[p:Jama]] scannen naar dossier [[z:RK-4471]]
☐ declaratie reiskosten (nov: 142 km)
""")
# ---------------------------------------------------------------------------
# 7. Referral forms (verwijzing / aanmelding / overdracht)
# ---------------------------------------------------------------------------
add(r"""
VERWIJSFORMULIER SOCIAAL WIJKZORGTEAM
Verwijzer: {{r:huisarts}} [[p:M.L. Boukhari]], {{o:Huisartsenpraktijk Spoorwijk}}
AGB-code praktijk: zie briefhoofd | Tel. praktijk (algemeen): 070 – 388 00 00 | Direct: [[t:070-3880167]]
Datum verwijzing: [[d:27-11-2024]]

Cliënt: [[p:Dounia Amezian]]    Geb.datum: [[d:17-10-1999]]    BSN: [[b:979868713]]
Adres: [[a:Spoorwijkstraat 2-D]], [[pc:2525 TP]]    Tel: [[t:06-24 55 90 18]]
Reden van verwijzing: angstklachten, sociale isolatie, dreigende schooluitval (hbo-v, jaar 2). Cliënte heeft toestemming gegeven voor deze verwijzing (mondeling, [[d:27/11]]).
=====
Aanmelding {{o:MEE Zuid-Holland Noord}}
Naam aanvrager: [[p:Roberto Maduro]]
Relatie tot cliënt: broer en mentor
Cliënt: [[p:Gilberto Maduro]], [[d:3 mei 1990]], LVB (IQ 64, onderzoek 2017)
Woonsituatie: woont zelfstandig, [[a:Wijndaelerduin 15]], [[pc:2554 BX]]
Contact aanvrager: [[t:06 – 51 77 40 22]], [[e:r.maduro@kpnplanet.nl]]
Vraag: ondersteuning bij post/geld en zoeken van werk (beschut werk?)
=====
Overdracht naar {{o:Schuldhulpverlening Den Haag}}
Van: SWT {{w:Segbroek}}, [[p:Ingrid Bakker]] ({{r:maatschappelijk werker}}), [[e:ingrid.bakker@xtra.nl]]
Cliënt: [[p:Petra]] en [[p:Johan de Vos]], [[a:Valkenboslaan 140]], [[pc:2563 GX]]
BSN's: [[b:754004624]] / [[b:882257948]]
Schulden: ca. € 27.000 (overzicht bijgevoegd, 9 schuldeisers)
Inkomen: WIA [[p:Johan]] (€ 1.612 netto) + loon [[p:Petra]] (18 u, € 980 netto)
Motivatie: hoog, stel heeft zelf al 4 regelingen getroffen
Gewenste startdatum: z.s.m., uiterlijk [[d:15 januari]]
=====
Verwijzing GGZ (via {{r:POH-GGZ}})
Patiënt: [[p:Sandeep Ramcharan]]
Geboortedatum: [[d:12-12-1986]]
Verzekeraar: {{o:Zilveren Kruis}}, polisnr. [[z:3300 9987 12]]
Verwezen naar: {{o:Parnassia}}, afdeling angst en depressie
Urgentie: regulier (wachttijd ± 10 weken)
DSM-5 werkhypothese: F43.1 / PTSS (code alleen ter info)
=====
AANMELDFORMULIER MAATSCHAPPELIJKE OPVANG
Datum aanmelding: [[d:30 november 2024]], 16:50 uur
Aangemeld door: SWT {{w:Centrum}}, [[p:Roel Hoogendijk]], [[t:06-38 00 71 25]]
Cliënt: [[p:Ionuț Popescu]] (Roemeens), geb. [[d:14-08-1971]], geen BSN, wel RNI-nummer? nee, niet ingeschreven
Verblijf afgelopen nacht: buiten, Zuiderpark
Medisch: diabetes type 2, insuline kwijt
Doorverwezen naar: {{o:Kessler Stichting}} nachtopvang Zilvermeeuw, bed 14
=====
Verwijzing naar {{o:Voedselbank Haaglanden}}
Verwijzer: [[p:Said Chaouch]] ({{r:welzijnswerker}}, {{o:Stichting Mooi}})
Huishouden: 1 volwassene, 2 kinderen
Naam aanvrager: [[p:Ilona Kovács]]
Adres: [[a:Wateringseweg 41]]
Leefgeld per week na vaste lasten: € 58,00 (norm voedselbank 2024 voor dit huishouden: € 365 p/m → voldoet)
Ingangsdatum: [[d:di 3 december]]
Uitgiftepunt: {{w:Moerwijk}}, dinsdag 13:00-15:00
=====
Overdrachtsformulier SWT → {{o:CJG}}
Gezin: [[p:Yılmaz]]-[[p:Erdoğan]]
Kinderen: [[p:Ela]] ([[d:02-03-2013]]), [[p:Can]] ([[d:19-06-2016]]), [[p:Deniz]] ([[d:08-11-2020]])
Ouders: [[p:Burak Yılmaz]] (vader), [[p:Selin Erdoğan]] (moeder)
Adres: [[a:Kaapseweg 9-A]], [[pc:2572 JE]]
Zorg: spanningen tussen ouders, [[p:Ela]] heeft buikpijnklachten en verzuim (14 dagen in Q3).
Contactpersoon SWT blijft [[p:Joyce]] tot warme overdracht op [[d:10 december]].
=====
Verwijsbrief (uit HIS, geanonimiseerd door de huisarts zelf):
"Geachte collega, graag verwijs ik patiënte (v, 67) naar uw team i.v.m. toenemende vergeetachtigheid, sociale terugtrekking en twijfel over zelfstandig wonen. Zij is alleenstaand, geen kinderen. Medicatie: metformine 2dd 500mg, simvastatine 40mg. MMSE 22/30 (okt. 2024). Met collegiale groet, huisarts"
=====
Aanvraagformulier bijzondere bijstand (overgetypt)
Aanvrager: [[p:Mirela Stoyanova]]
BSN: [[b:338 810 092]]
Geboortedatum: [[d:4.4.1982]]
Adres: [[a:Hoefkade 223-III]], [[pc:2526 BK]]
IBAN: [[i:NL61 RBRB 6682 1545 29]]
Waarvoor: wasmachine (offerte € 429,00, artikelnummer 8718863012, Bosch WAN28202NL)
Reden: oude machine kapot, 3 kinderen
Handtekening: ✓  Datum: [[d:28-11-2024]]
=====
Aanmelding Wmo (via {{o:Servicepunt XL}}):
Melder: [[p:Wouter Hoek]] (zoon), [[t:06 36 21 09 77]]
Cliënt: mevrouw [[p:Jannie Hoek-Smit]], 88 jaar, [[a:Kristalstraat 50]], [[pc:2592 RE]] {{w:Mariahoeve}}
Vraag: scootmobiel en hulp bij het douchen
Melding geregistreerd onder [[z:WMO-M-2024-41120]] op [[d:22 nov 2024]]
Keukentafelgesprek gepland: [[d:5 dec]] 10:00 met {{r:Wmo-consulent}} [[p:Arjen]]
=====
Verwijzing naar het {{o:Juridisch Loket}}
Cliënt: [[p:Hassan Abdullahi Mohamed]]
Kwestie: ontslag op staande voet ([[d:8-11-2024]]) bij schoonmaakbedrijf, loon over oktober niet betaald (€ 1.744,00 bruto)
Documenten: arbeidscontract, loonstroken aug-okt, WhatsApp-berichten werkgever
Tel. cliënt: [[t:0031 6 47 20 11 83]]
=====
Verwijsformulier Bemoeizorg {{o:GGD Haaglanden}}
Persoon: [[p:Gerrit Smit]], ca. 70 jaar
Adres: [[a:Stationsweg 91-2]]
Signalen: vervuilde woning, verwaarlozing, geen contact met hulpverlening, weigert deur te openen
Melder: woningcorporatie ({{o:Vestia}}), dhr. [[p:K. Smit]] (geen familie!)
Eerdere contacten: 2019 ({{o:GGD}}), 2022 ({{o:Politie}})
=====
Doorverwijzing {{o:Fier}} / {{o:Stichting Wende}} (vrouwenopvang)
LET OP: adresgegevens cliënte NIET doorgeven aan ex-partner of diens familie.
Cliënte: [[p:Farah Hussaini]], °[[d:09-05-1994]] (Afghaans)
Kinderen: [[p:Omid]] (5), [[p:Parwana]] (3)
Huidig verblijf: bij vriendin, adres bekend bij {{r:casusregisseur}}
Contact uitsluitend via: [[t:06-5566 0913]] (nieuw nummer, ex kent dit niet)
=====
Verwijzing dagbesteding (cliënt [[p:Erik Vos]], [[z:ZD-2024-5512]])
Aanbieder: {{o:Pameijer}} of {{o:De Binnenbaan}}
Indicatie: Wmo dagbesteding groep, 3 dagdelen, productcode 04D03, tarief 2024 € 57,41 per dagdeel
Startdatum gewenst: [[d:6 januari]]
Vervoer: regiotaxi (pasnummer [[z:RT-771902]])
=====
Verwijzing {{o:Indigo}} (basis-GGZ)
naam: [[p:Naima Bouzid]]
gebdat: [[d:23/3/1997]]
adres: [[a:Groenewegje 88-B]] [[pc:2515LR]]
tel: [[t:+31(0)624719930]]
klachten: paniekaanvallen sinds de bevalling van [[p:Amir]] ([[d:1-8-2024]])
verwijzer: {{r:wijkverpleegkundige}} ({{o:Florence}}) via huisarts
=====
Overdracht bij vertrek collega ([[p:Saskia]] → [[p:Thijs]]), dossier [[z:SWT-HH-24-0211]]:
cliënt [[p:Abdullah Sultani]], [[a:Laan van Nieuw Oost-Indië 302]], spreekt Pashto en Engels. Vertrouwt alleen [[p:Saskia]]; warme overdracht dus samen op [[d:vrijdag 17 januari]]. Lopende aanvragen: huurtoeslag (ingediend [[d:2-12]]), Ooievaarspas 2025.
=====
Aanmeldformulier vrijwilligershulp {{o:Humanitas}} Thuisadministratie
Naam deelnemer: [[p:Cor Winter]]
Leeftijd: 74
Adres: [[a:Hildo Kropplein 12]], [[pc:2493 AA]]
Hulpvraag: post ordenen, ± 2 uur per 2 weken
Voorkeur vrijwilliger: "iemand van mijn leeftijd, geen jong meisje"
Aangemeld door: [[p:Dilara]] ({{r:ouderenadviseur}}), [[d:14-11-24]]
""")
# ---------------------------------------------------------------------------
# 8. Lesson drafts with pasted case-file material
# ---------------------------------------------------------------------------
add(r"""
CASUSLES (concept) – thema bemoeizorg
Titel: "De deur bleef dicht, de brievenbus niet"

Achtergrond (geplakt uit het dossier, nog anonimiseren!):
Cliënt: [[p:Hendrik]] ([[p:Henk]]) [[p:Mulder]], °[[d:14-02-1957]], [[a:Zoutmanstraat 14-1]], [[pc:2518 GP]]
Dossier: [[z:SWT-ZH-2024-0338]]
Melding: buurman [[p:Jan de Graaf]], [[d:04-11-2024]]

Wat deden we: drie keer langs, briefjes in de bus, uiteindelijk via de buurman contact.
Wat leerden we: in bemoeizorg werkt de informele route (buren, winkelier) vaak beter dan de formele. De {{r:wijkagent}} en {{o:GGD}} zijn pas in tweede instantie nodig.
=====
Les voor andere teams (thema schulden), concept van [[p:Fleur]]:
We hadden een gezin in {{w:Transvaal}} met 14 schuldeisers. Het overzicht (zie hieronder) kreeg ik pas compleet toen we de post van 2 jaar samen op de keukentafel hadden uitgestald.

{{o:Staedion}}  kenmerk [[z:STD-4471-0291]]  € 3.120
{{o:CZ}}        relatienr [[z:55812209]]      € 2.008
{{o:CJIB}}      [[z:4000 0210 8875 1190]]    €   920

Tip: vraag altijd het BKR-overzicht op, en bel de schuldeisers niet één voor één maar stuur een standaardbrief met verzoek tot een pauze van 3 maanden (ademruimte).
=====
Casusles "Mantelzorg op afstand" – eerste versie
Mevrouw [[p:Kromodikoro]]? nee, andere cliënt: mevrouw [[p:Karsodimedjo]] (91) woont alleen in {{w:Waldeck}}. Haar dochter [[p:Sri]] woont in Breda en belt elke dag. Zie intake van [[d:3 september]]:
"Dochter [[p:Sri Karsodimedjo]] ([[t:076-5221904]]) regelt de boodschappen online, maar weet niet dat moeder de helft weggooit."
Les: vraag de mantelzorger op afstand niet alleen wat ze dóét, maar ook wat ze níét ziet.
=====
Drafts voor de casusles, stuk over de aanpak (uit mijn verslagen van [[d:12/9]], [[d:26/9]] en [[d:10/10]] geplakt):
- [[d:12/9]]: eerste contact met [[p:Aziz]] via {{r:jongerenwerker}}. Hij wil niet praten over zijn schulden, wel over voetbal.
- [[d:26/9]]: samen naar {{o:ADO Den Haag}} stadion (via maatschappelijke kaartjes). Onderweg vertelde hij over de boete van € 380.
- [[d:10/10]]: eerste gesprek over geld op kantoor, met zijn moeder [[p:Latifa]].
Les: laat de jongere het onderwerp kiezen; het geld komt vanzelf.
=====
Casusles thema ouderen (klaar om te delen, gecheckt door [[p:Ans]]):
Een man van 84 in {{w:Mariahoeve}} zorgde jarenlang alleen voor zijn vrouw met dementie. Pas toen hij zelf in het ziekenhuis belandde, bleek hoe kwetsbaar de situatie was. Wat werkte: een noodplan op de koelkast, één vast aanspreekpunt bij de thuiszorg, en een {{r:casemanager dementie}} die ook naar de mantelzorger kijkt. Wat we anders zouden doen: eerder vragen "wat gebeurt er als u uitvalt?".
=====
Concept-les: "Statushouders en de post"
Context uit dossier (intake [[d:18-06-2024]]): [[p:Dawit Haile]] en [[p:Rahel Tekle]], beiden 30+, woonachtig [[a:Moerweg 403]], [[pc:2532 BB]]; 3 kinderen; inburgeringsplicht (DUO-kenmerk [[z:INB 2023 447190]]).
Probleem: brieven van {{o:DUO}}, {{o:Belastingdienst}} en {{o:Gemeente}} stapelden zich op; niemand wist welke brief belangrijk was.
Oplossing: kleurcodes (rood = betalen, geel = reageren, groen = bewaren), samen met vrijwilliger [[p:Thomas]] van {{o:VluchtelingenWerk}}.
=====
Lesvoorbeeld zonder persoonsgegevens (ter vergelijking):
"Een alleenstaande vader (40) in {{w:Laak}} met twee kinderen kwam bij ons met een huurachterstand van 4 maanden. In 6 weken hebben we een betalingsregeling getroffen van € 150 per maand, een aanvraag bijzondere bijstand gedaan en hem aangemeld bij de {{o:Kredietbank}}. Na een half jaar was de achterstand weg."
=====
Ik twijfel wat ik uit deze MDO-notitie kan gebruiken voor de les:
> MDO [[d:07.11.2024]] fam. [[p:Boateng]] ([[z:#50277]]): moeder [[p:Adwoa Boateng]] heeft inmiddels een baan bij {{o:Schoonmaakbedrijf CSU}}, kinderen [[p:Nana]] en [[p:Kofi]] gaan naar de BSO. Energieschuld ({{o:Eneco}} [[z:110 883 4712]]) in regeling.
Ik denk: alleen de aanpak, niet de namen en kenmerken. Graag feedback van [[p:Marloes]] of [[p:Yasmin]].
=====
CASUSLES — huiselijk geweld en huisvesting (concept [[d:2 dec]])
Ingeplakt uit het systeem (moet er nog uit!):
  Cliënt: [[p:Khadija El Hamdaoui]]
  Cliëntnr: [[z:C-0091187]]
  BSN: [[b:153823689]]
  Adres (geheim): [[a:Beeklaan 12-C]]
Leerpunt: bij een geheim adres nooit het adres in een gedeeld document zetten, ook niet in een concept. Dat is hier dus misgegaan…
=====
Aanzet casusles "De kracht van de buurvrouw"
In {{w:Duindorp}} woonde een vrouw van 79 alleen. De buurvrouw (zelf 72) deed al jaren de boodschappen. Toen de buurvrouw verhuisde, viel alles weg. Les: breng het informele netwerk in kaart (een ecogram), en vraag wie er "stilletjes" zorgt.
Bron: verslag huisbezoek [[d:di 15 oktober]] door [[p:Lotte]] ({{r:wijkverpleegkundige}}).
=====
Bijlage bij de casusles (tijdlijn, nog met echte data):
[[d:03-01-2024]] melding door {{o:Vestia}}
[[d:17-01-2024]] eerste huisbezoek
[[d:12-02-2024]] aanmelding {{o:Schuldhulpverlening Den Haag}}
[[d:04-04-2024]] ontruimingsvonnis geschorst
[[d:01-07-2024]] start budgetbeheer
[[d:30-10-2024]] afsluiting
Looptijd: 10 maanden, 23 contactmomenten, 4 MDO's.
=====
Casusles in wording, stukje over samenwerking met {{o:Haag Wonen}}:
"De {{r:woonconsultant}} [[p:Bart van Leeuwen]] belde ons op vrijdagmiddag [[d:13 september]]: 'ik heb een huurder op de [[a:Zuidlarenstraat 57]] die al 6 maanden niks betaalt, maar ik wil hem niet uit huis zetten.' Die houding maakte het verschil."
=====
Voorstel voor de les (thema jeugd): gebruik de tabel hieronder, maar vervang namen door "jongere A/B/C".
| Jongere | Leeftijd | Probleem | Aanpak | Resultaat |
| [[p:Mohamed Amrani]] | 17 | schooluitval | jobcoach + leerwerkplek | diploma niveau 2 |
| [[p:Jesse Koning]] | 19 | schulden (€ 4.200) | budgetcoach | regeling |
| [[p:Destiny Frans]] | 18 | dakloos | Housing First | eigen kamer |
=====
Les (gedeeld op het platform, definitief):
"Bij gezinnen met taalbarrières werkt een vaste tolk beter dan wisselende tolken via de telefoon. In onze casus (echtpaar, 5 kinderen, {{w:Morgenstond}}) hebben we na 3 maanden gewisseld naar één tolk Dari. Het aantal gemiste afspraken daalde van 5 naar 0."
=====
Ruwe aantekeningen voor de casusles (kopie uit mijn notitieboek):
[[p:greet]] (dochter van dhr [[p:koning]]) belde [[d:20/11]]: vader overleden. Ze vroeg of wij de huur kunnen opzeggen. Uitgelegd dat zij dit als erfgenaam moet doen. Nummer [[p:greet]]: [[t:06 2813 4470]].
→ les: bij overlijden direct een "afsluitlijstje" meegeven aan de familie (huur, energie, gemeente, zorgverzekering, abonnementen).
=====
Stuk voor de les "Werken zonder indicatie"
Uit dossier [[z:2023-04811]]: dhr. [[p:Tjon Sie Fat]] kreeg in maart geen Wmo-indicatie, maar wel 10 weken inzet van vrijwilligers. Kosten: € 0 voor de gemeente; uren vrijwilligers: 46.
=====
Concept – les over samenwerking met {{o:Veilig Thuis}}
Plak uit VT-overdracht ([[d:11-10-2024]]):
"Melding [[z:VT-2024-20017]] betreft [[p:Sabitri]] en [[p:Ravi Jhagroe]], [[a:Soesterberglaan 48]], [[pc:2545 VP]]. Casus wordt overgedragen aan SWT {{w:Escamp}} (contact: [[p:Annelies de Vries]], [[e:a.devries@vtdenhaag.nl]], [[t:06-42 18 03 55]])."
Leerpunt: vraag bij elke overdracht wie de {{r:regiehouder}} is en vanaf welke datum.
""")
# ---------------------------------------------------------------------------
# 9. Contact journals, mails with signatures, mixed exports, look-alikes
# ---------------------------------------------------------------------------
add(r"""
Contactjournaal (export, laatste 5 regels)
[[d:02-12-2024]] 09:12 | tel. | [[p:Sanne Dekker]] | Gebeld met cliënt, gaat goed, wasmachine geleverd.
[[d:28-11-2024]] 15:40 | mail | [[p:Sanne Dekker]] | Offerte doorgestuurd naar {{o:SZW}} (via het webformulier).
[[d:25-11-2024]] 11:00 | huisbezoek | [[p:Sanne Dekker]], [[p:Omar]] | Zie verslag.
[[d:21-11-2024]] 16:05 | tel. | [[p:Omar El Khadir]] | Cliënt belde in paniek over brief {{o:CAK}}.
[[d:14-11-2024]] 10:30 | kantoor | [[p:Sanne Dekker]] | Intake, toestemmingsverklaring getekend.
=====
Van: [[p:Lisette Groen]] <[[e:l.groen@haagwonen.nl]]>
Aan: SWT Escamp (teammailbox)
Datum: [[d:woensdag 27 november 2024]] 10:41
Onderwerp: RE: huurder [[a:Escamplaan 901]] – contractnr [[z:HW-0901-77310]]

Goedemorgen,
Bedankt voor jullie bericht. De achterstand van meneer [[p:Tahiri]] bedraagt per vandaag € 2.846,50 (4 maanden). Wij zijn bereid de dagvaarding aan te houden als er vóór [[d:13 december]] een regeling is met een eerste termijn van € 150.
Met vriendelijke groet,
[[p:Lisette Groen]]
{{r:Huurconsulent}} | {{o:Haag Wonen}}
T 070 – 380 00 00 (algemeen) | M [[t:06 – 15 77 29 04]]
=====
Van: [[e:kgiebels@bewindvoering-giebels.nl]]
Verzonden: [[d:vr 22-11-2024]] 08:03
Betreft: dhr. [[p:P. Linger]], [[z:Bew. 2022/1187]]

Hallo [[p:Marit]],
Ik heb de nieuwe beschikking van {{o:CIZ}} ontvangen. Kun je het IBAN van de zorgaanbieder nalopen? Cliënt heeft zelf nog een oude rekening, [[i:NL95ABNA0894096544]], die opgeheven moet worden.
Groet, [[p:Karin Giebels]]
Beschermingsbewindvoerder | KvK 58812334 | Postbus 30012, 2500 GA Den Haag
=====
WhatsApp van cliënt, gekopieerd naar dossier op [[d:3-12]]:
[[d:03-12-24]] 14:22 - [[p:Zainab]]: goedemiddag mevrouw ik heb brief van deurwaarder gekregen
[[d:03-12-24]] 14:23 - [[p:Zainab]]: nummer staat erop [[z:DW/24/8812-03]]
[[d:03-12-24]] 14:23 - [[p:Zainab]]: ik moet 1.340 euro betalen voor [[d:10 december]]??
[[d:03-12-24]] 14:41 - [[p:Loes]] (SWT): Dag [[p:Zainab]], niet schrikken. Neem de brief morgen mee, 10:00 op kantoor.
=====
Onderwerp: aanmelding nieuwe cliënt
Hoi team,
Via de {{r:huisarts}} (praktijk {{o:Het Oude Centrum}}) is aangemeld: [[p:Bayu Santoso]], [[d:21-7-1963]], [[a:Prinsegracht 180-D]]. Indonesisch-Nederlandse man, sinds de dood van zijn vrouw in mei sterk vermagerd. Telefoon [[t:070 - 364 90 13]]. Wie pakt 'm op? Ik heb deze week geen ruimte.
[[p:Nienke]]
-- 
{{r:casusregisseur}} SWT {{w:Centrum}} | bereikbaar ma/di/do | [[t:06 25 40 18 97]]
=====
Export Excel "Lopende casussen Q4" (plakselectie):
Casusnr⇥Wijk⇥Leefgebieden⇥Start⇥Regie⇥Status
[[z:SWT-24-0412]]⇥{{w:Bouwlust}}⇥fin, won⇥[[d:12-03-2024]]⇥[[p:JvD]]⇥loopt
[[z:SWT-24-0588]]⇥{{w:Vrederust}}⇥fin, gez, net⇥[[d:02-05-2024]]⇥[[p:MK]]⇥afschalen
[[z:SWT-24-0702]]⇥{{w:Morgenstond}}⇥huis, jus⇥[[d:19-06-2024]]⇥[[p:JvD]]⇥MDO
[[z:SWT-24-0911]]⇥{{w:Leyenburg}}⇥dag⇥[[d:03-09-2024]]⇥[[p:AB]]⇥wachtlijst
Totaal lopend: 4 van 61 (6,6%)
=====
Teamnotitie: gebruik in lesconcepten GEEN cliëntnummers uit RegieDossier (formaat C-0000000) en GEEN zaaknummers uit het zaaksysteem (formaat Z/24/000000). Vervang ze door "[nummer]". Vragen? Bel de {{r:privacy officer}} via het algemene nummer 14 070 of mail het servicedesk-adres.
=====
Tarieven en productcodes Wmo 2025 (ter info bij het plan):
Code⇥Product⇥Eenheid⇥Tarief
02A08⇥Begeleiding individueel⇥uur⇥€ 68,12
04D03⇥Dagbesteding groep⇥dagdeel⇥€ 58,90
01H02⇥Huishoudelijke ondersteuning⇥uur⇥€ 39,75
Eigen bijdrage: € 21,80 per maand (abonnementstarief 2025), geïnd door het {{o:CAK}}.
Indexatie t.o.v. 2024: 3,7%.
=====
Inkoop en facturatie (niet over cliënten): factuur F2024-00418 van {{o:Wijkcentrum De Boog}} voor zaalhuur teamdag (€ 385,00 excl. btw), kostenplaats 66120, grootboek 4410. Betalen vóór einde van de maand; bij vragen crediteurenadministratie, algemeen nummer 070 – 353 35 35.
=====
Aantekeningen huisbezoek [[d:ma 25/11]] (getypt vanaf papier)
clt: Mw. [[p:Kılınç]] [[p:Hatice]] – [[a:Hengelolaan 1082]] 3e etage – geen lift
aanw: [[p:Hatice]], dochter [[p:Büşra]], ik
- keuken: schimmel achter koelkast (foto's in dossier)
- slaapkamer: kinderen (3) slapen met z'n allen in 1 kamer
- financieel: alleen Anw-uitkering, € 1.288 netto; KGB ontvangen; HT niet!
- afspr: HT aanvragen via [[p:Büşra]]'s DigiD-machtiging, telnr [[p:Büşra]] [[t:06 84 33 10 72]]
=====
Van: [[p:Pieter Kok]]
Aan: [[p:Emine]]; [[p:Ruben]]
CC: teamleider
Datum: [[d:2 december 2024]]

Even ter info: mw. [[p:Jagroep]] ([[z:SWT-2024-0977]]) heeft vandaag een nieuwe BSN-brief gekregen omdat haar oude nummer verkeerd in het systeem stond. Oud (fout): [[b:46411452]] – nieuw: [[b:464114524]]. Graag in jullie eigen aantekeningen aanpassen.
=====
"Melding zorgen" (formulier ketenpartners, [[d:28-10-2024]])
Melder: {{o:Dunea}}, afdeling debiteuren, [[p:R. Schouten]], [[e:r.schouten@dunea.nl]]
Klant: [[p:A. Kuipers]], [[a:Lijsterbesstraat 28]], [[pc:2565 EL]]
Klantnummer: [[z:30021188476]]
Achterstand: € 418,66 (6 maanden)
Reden melding: geen reactie op herinneringen, afsluiting water is bij wet uitgesloten zonder melding; daarom melding via convenant Vroegsignalering.
=====
Vroegsignalering – batch [[d:01-12-2024]] (extract, 3 van 47 signalen)
signaalnr;partij;klant;adres;achterstand
[[z:VS-24-12-0001]];{{o:Staedion}};[[p:Bouzid]], [[p:N.]];[[a:Groenewegje 88-B]];€ 1.410
[[z:VS-24-12-0002]];{{o:Eneco}};[[p:Georgiev]], [[p:T.]];[[a:Jurriaan Kokstraat 104-1]];€ 388
[[z:VS-24-12-0003]];{{o:Menzis}};[[p:Ramlal]], [[p:M.A.]];[[a:Soestdijksekade 77-II]];€ 624
=====
Checklist eerste huisbezoek (uit het werkproces, versie 3.1)
1. Toestemmingsverklaring laten tekenen (formulier TV-01)
2. ZRM afnemen (alle 11 domeinen)
3. Netwerk in kaart (ecogram)
4. Afspraken vastleggen in het plan binnen 5 werkdagen
5. Terugkoppeling aan {{r:verwijzer}} binnen 10 werkdagen
Let op: geen foto's van documenten met BSN op de telefoon bewaren.
=====
Bankafschrift (deels overgetypt voor het budgetgesprek) – rekening [[i:NL68 RABO 4386 9056 02]] t.n.v. [[p:J.W. Hoogland]]
[[d:01-11]] Bijschrijving {{o:SVB}} AOW nov .......... + 1.534,21
[[d:01-11]] {{o:Haag Wonen}} huur ..................... −   812,40
[[d:04-11]] {{o:Zilveren Kruis}} premie ............... −   146,95
[[d:07-11]] Geldautomaat Leyweg ................... −   200,00
[[d:12-11]] Overboeking naar [[i:NL77ABNA3762694746]] ([[p:R. Hoogland]]) −   500,00
[[d:18-11]] Geldautomaat Leyweg ................... −   200,00
Opmerking: overboeking aan zoon [[p:Ronald]] elke maand; bespreken.
=====
Aan: {{o:Belastingdienst/Toeslagen}}
Betreft: verzoek betalingsregeling
Naam: [[p:Gaby Isenia]]
BSN: [[b:244.972.680]]
Toeslagjaar: 2023, zorgtoeslag en huurtoeslag
Kenmerk terugvordering: [[z:2449.72.680.T.23.01]]
Verzoek: aflossing € 40 per maand i.p.v. € 168 (draagkracht bijgevoegd)
Rekeningnummer: [[i:NL69 RABO 5591 1536 00]]
Datum: [[d:29 nov. 2024]]  Handtekening: [[p:G. Isenia]]
=====
Bericht in het teamkanaal:
"wie heeft het nummer van de {{r:SPV}} bij {{o:Parnassia}} die [[p:Hakimi]] doet? ik heb alleen het algemene nummer (088 357 30 00) en daar kom ik niet door" – [[p:Bas]], [[d:di 3 dec]] 11:14
"[[p:Kees Verhoef]]: [[t:06-51 29 88 03]], maar niet doorgeven aan cliënt" – [[p:Lotte]]
=====
Archief-export (alleen metadata)
bestand: verslag_MDO_[[d:2024-11-21]].docx | grootte: 48 kB | versie 3 | laatst gewijzigd door [[p:k.vandam]] | map: /casussen/[[z:SWT-2024-0877]]/
bestand: plan_v2.pdf | 212 kB | versie 2 | [[p:k.vandam]]
bestand: scan_ID_[[p:benhaddou]].jpg | 1,2 MB | VERWIJDEREN (ID-bewijs niet bewaren)
=====
Intake volgens ZRM (scores, [[d:13 november 2024]]) – cliënt [[z:C-0102294]]
Financiën 1 | Werk & opleiding 2 | Tijdsbesteding 2 | Huisvesting 3 | Huiselijke relaties 2 | Geestelijke gezondheid 2 | Lichamelijke gezondheid 4 | Middelengebruik 5 | Basale ADL 5 | Instrumentele ADL 3 | Sociaal netwerk 1 | Maatschappelijke participatie 2 | Justitie 5
Gemiddelde: 2,85 (bij start 2023: 2,31)
=====
Jaaroverzicht team {{w:Schilderswijk}} 2024 (t/m oktober)
Nieuwe aanmeldingen: 212 (2023: 187, +13%)
Afgesloten casussen: 164
Gemiddelde doorlooptijd: 7,4 maanden
Top 3 leefgebieden: financiën (71%), wonen (48%), geestelijke gezondheid (44%)
Aantal MDO's: 96 | Verwijzingen naar {{o:Schuldhulpverlening Den Haag}}: 58
=====
Formulier "Toestemming delen gegevens" (ingevuld)
Ik, [[p:Obinna Okonkwo]], geboren op [[d:09-09-1979]], wonende [[a:Leyweg 1448]] te Den Haag, geef toestemming aan het sociaal wijkzorgteam {{w:Escamp}} om mijn gegevens te delen met: {{o:Kredietbank}}, {{o:Parnassia}}, {{o:Haag Wonen}}.
Deze toestemming geldt tot [[d:31 december 2025]] en kan ik altijd intrekken.
Handtekening: ……  Plaats/datum: Den Haag, [[d:14-11-2024]]
=====
Referentiecodes die je in verslagen kunt tegenkomen (geen persoonsgegevens):
- Wvggz art. 5:4 (crisismaatregel)
- Wmo 2015 art. 2.3.2 (onderzoek) – termijn 6 weken
- PW art. 35 lid 1 (bijzondere bijstand)
- ICD-10 F32.1, DSM-5 300.02
- NVVK gedragscode 2024, paragraaf 4.3
- SBI-code 88.99 (overige maatschappelijke dienstverlening)
=====
Huisbezoekverslag [[d:29-11-2024]], dhr. [[p:Hassan Jama]] en mw. [[p:Jama-Warsame]] ([[z:RK-4471]])
Aanwezig: {{r:casusregisseur}} [[p:Tamara]], {{r:woonconsultant}} [[p:Youssef]] ({{o:Haag Wonen}}).
De woning ([[a:Hoefkade 604]]) is overbewoond: 9 personen op 68 m². Woningruil besproken; corporatie ziet mogelijkheden in {{w:Wateringse Veld}} (5-kamerwoning, huur € 1.012, na huurtoeslag ± € 640).
Afspraak: gezin bespreekt het samen, reactie vóór [[d:13 december]] naar [[t:06 44 12 70 39]] ([[p:Youssef]]).
=====
CONTACTGEGEVENS NETWERK (uit ecogram [[p:Reza Amiri]])
Broer [[p:Behrouz]] – [[t:06-18 93 02 74]] – wekelijks contact
Vriend [[p:Marcel Bos]] – [[t:06-47 10 39 88]] – helpt met klussen
Moskee/imam – via algemeen nummer – af en toe
Werkgever ({{o:PostNL}}, sorteercentrum) – leidinggevende [[p:Yvonne Kamp]] – [[e:yvonne.kamp@postnl.nl]]
=====
Verslag telefoongesprek met {{o:UWV}}, [[d:21 november]], 14:10-14:35
Gesproken met: medewerker (naam niet genoemd), teamnummer 4
Betreft cliënt: [[p:Mustafa Doğan]], BSN [[b:575114754]] (let op: dit nummer staat zo in ons dossier, UWV vond hem niet!), later gevonden op geb.datum [[d:11-02-1972]].
Uitkomst: WIA-keuring gepland op [[d:9 januari 2025]], 09:30, {{o:UWV}} kantoor Den Haag.
=====
Let op, versie 2 van het schuldenoverzicht: IBAN bij de vorige versie was fout overgetypt ([[i:NL95ABNA0894069544]]), moet zijn [[i:NL95ABNA0894096544]]. Cliënt: [[p:P. Linger]].
=====
Voorbeeldtekst voor brief aan schuldeisers (sjabloon, geen cliëntgegevens):
"Geachte heer/mevrouw, Namens onze cliënt verzoeken wij u de incassomaatregelen voor een periode van 3 maanden op te schorten. In deze periode brengen wij de financiële situatie in kaart. Uw vordering (kenmerk: ………) wordt daarin meegenomen. Wij verzoeken u binnen 14 dagen een actueel saldo-overzicht te sturen."
=====
Notitie na telefoontje mw. [[p:de Bruijn]] (buurtbewoner, [[a:Duinstraat 44]]):
Zij ziet al een week geen licht bij de buren ([[a:Duinstraat 46]], fam. [[p:Hoekstra]]). Geen paniek: de familie bleek op vakantie. Actie: geen. Afgesloten [[d:26-11]].
=====
Kopie uit digitale dossier {{o:Parnassia}} (via toestemming), samenvatting:
Patiënt: [[p:Lahcen Benaissa]] – patiëntnr. [[z:PNS-0044182]] – DBC-traject sinds [[d:12-05-2023]]
Behandelaar: drs. [[p:M. Vos]], {{r:GZ-psycholoog}}
Medicatie: quetiapine 100 mg 1dd, sertraline 50 mg
Crisisplan: bij terugval bellen naar crisisdienst (algemeen: 088 – 357 50 00) of broer [[p:Hamid]] ([[t:06-14 20 88 31]]).
=====
Uit het verslag van de buurtbemiddelaar ({{o:Buurtbemiddeling Den Haag}}), [[d:zondag 17 november]]:
Partijen: [[p:Wendy Bakker]] ([[a:Thorbeckelaan 201]]) en [[p:Kemal Şahin]] ([[a:Thorbeckelaan 203]]). Geluidsoverlast (muziek na 23:00). Afspraken: geen muziek na 22:00 door de week, 23:30 in het weekend. Evaluatie over 4 weken.
=====
Agenda teamdag (geen casussen):
09:00 inloop, koffie
09:30 terugblik 2024 (cijfers: 212 aanmeldingen, 164 afgesloten)
10:30 workshop "motiverende gespreksvoering" (zaal 1.12)
12:00 lunch
13:00 pilot "Samen werken in het sociale domein": keuze van 4 thema's
15:30 afsluiting
Budget teamdag: € 1.200 (kostenplaats 66120)
=====
Verslag huisbezoek door vrijwilliger (ingeleverd op papier, overgetypt):
"Ik ben bij meneer [[p:Van Dam]] geweest. Hij heeft weer koffie voor me gezet. Hij zei dat zijn dochter [[p:Marjan]] op [[d:zondag 8 december]] komt met de kleinkinderen. Hij vraagt of de rollator (artikel 710.224, van de uitleen) nog langer mag blijven. Groet [[p:Gerda]]"
=====
Gespreksverslag met {{o:Gemeente Den Haag}}, afdeling Werk en Inkomen – overleg over cliënt [[z:900441872]] ([[p:K. Chaouch]])
Afspraak: terugvordering 2022 (€ 4.119) wordt omgezet naar een aflossing van € 42 per maand vanaf [[d:1 februari 2025]]. De {{r:klantmanager}} is mw. [[p:R. Ramkisoen]], bereikbaar op [[t:06 – 83 12 44 70]] (di en do).
=====
Samenvatting van het mailverkeer met de school (geanonimiseerd, voor de les):
De {{r:intern begeleider}} meldde dat een leerling uit groep 6 vaak moe is en geen lunch meeheeft. Na overleg met de ouders bleek dat de vader 's nachts werkt en de moeder ziek is. Het team regelde via het {{o:Jeugdfonds Sport & Cultuur}} een sportclub en via de school een gezonde lunch (project "Schoolmaaltijden", 5 dagen per week).
=====
Registratie crisisinterventie
Datum/tijd: [[d:za 30-11-2024]] 23:15
Cliënt: [[p:Jerrel Doelwijt]], [[d:04-04-1996]], [[a:Goudenregenstraat 77-B]]
Melder: vriendin [[p:Shanice]], [[t:0639 417 722]]
Ingezet: {{o:Acute Psychiatrie Haaglanden}}; opname {{o:Parnassia}} ({{w:Kijkduin}}), IBS aangevraagd ([[z:IBS-2024-1130-07]])
=====
Team-to-do na de kick-off van de pilot ([[d:22 november]]):
- thema's kiezen: jeugd, ouderen, huiselijk geweld, bemoeizorg
- 20 deelnemers uit de pilotgroep aanwijzen (5 per thema)
- startbijeenkomst begin februari plannen
- casuslessen aanleveren in het format van {{o:CAOP}} (max. 800 woorden)
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
    seen_mistyped = set()
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] in ("bsn", "iban"):
                ok = bsn_ok(sp["text"]) if sp["label"] == "bsn" else iban_ok(sp["text"])
                if sp["text"] in MISTYPED:
                    assert not ok, ("listed as mistyped but valid", sp["text"])
                    seen_mistyped.add(sp["text"])
                else:
                    assert ok, ("bad " + sp["label"], sp["text"])
        rows.append({"id": "h118-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    assert seen_mistyped == MISTYPED, MISTYPED - seen_mistyped
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout118.jsonl")
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
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
