#!/usr/bin/env python3
"""Held-out corpus 129: safety and nuisance register (overlast, woonoverlast,
huiselijk geweld). Messages and reports written by and between the wijkagent,
the Zorg- en Veiligheidshuis (ZVH), nuisance officers of housing corporations,
Veilig Thuis and the sociale wijkzorgteams: police mutaties with BVH numbers,
ZVH case numbers and casusoverleg minutes, Wet Damocles (woningsluiting) and
huisverbod letters, neighbours' nuisance diaries, times and flat numbers,
neighbours described by role as witnesses.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout129.jsonl next to itself.
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

# Numbers deliberately typed wrongly in the texts (still personal data).
BAD_ON_PURPOSE = {"18224932", "NL31TRIO0816270767"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. The wijkagent: e-mails, app messages, short notes to partners
# ---------------------------------------------------------------------------
add(r"""
Van: [[p:Rob Hoek]] <[[e:rob.hoek@politie.nl]]>
Aan: SWT {{w:Transvaal}}
Onderwerp: bewoner [[a:Kempstraat 211-C]]

Goedemiddag,

Afgelopen weekend zijn wij drie keer ter plaatse geweest op bovengenoemd adres. Bewoner, dhr. [[p:Lachhab]], was verward en schreeuwde vanaf het balkon naar voorbijgangers. Geen strafbare feiten, wel veel onrust in de portiek. De buurvrouw van 2-hoog (melder) is inmiddels erg angstig.

Registraties: [[z:PL1500-2024081127]] en [[z:PL1500-2024081590]].

Kunnen jullie contact met hem zoeken? Hij kent mij, dus ik wil best mee op huisbezoek.

Gr. [[p:Rob]]
{{r:wijkagent}} {{w:Transvaal-Noord}} / {{w:Groente- en Fruitmarkt}}
{{o:Politie Eenheid Den Haag}}, {{o:basisteam Hoefkade}}
M [[t:06-21904376]]
=====
Hoi [[p:Fenna]], even via de app want ik zit in de auto. Die jongen van [[p:Sarmo]] (de oudste, [[p:Jordy]]) is vannacht aangehouden bij de Zuiderparklaan, wordt vanmiddag gehoord. Moeder weet het nog niet van ons. Kun jij haar bellen voordat ze het via via hoort? Gr [[p:Erik]]
=====
wijkagent [[p:Özdemir]] belde 09:40: bij mw [[p:van der Kooij]] ([[a:Leyweg 704]]) stond de deur wagenwijd open vannacht, de buurman heeft 'm dichtgedaan. Mevrouw wist van niks. Geen mutatie gemaakt. Graag z.s.m. huisbezoek i.v.m. vermoedelijk geheugenproblemen.
=====
Beste collega's van het {{o:sociaal wijkzorgteam Bouwlust/Vrederust}},

Ter info en met toestemming van de melders: sinds [[d:1 februari]] kregen wij 6 meldingen over geluidsoverlast en drugsgebruik in het trappenhuis van de flat aan de Beresteinlaan (even nummers 500 t/m 620). Daarbij valt steeds dezelfde naam: [[p:Denzel Wix]], volgens de huurder officieel wonend op [[a:Beresteinlaan 588]]. Hij is 23 en net uit detentie (PI Zoetermeer).

De {{r:complexbeheerder}} van {{o:Haag Wonen}}, [[p:Marloes de Vos]], is op de hoogte.

Mijn voorstel: bespreken in het eerstvolgende wijkveiligheidsoverleg van [[d:woensdag 13 maart]].

Met vriendelijke groet,

[[p:H.]] ([[p:Hans]]) [[p:Koning]]
{{r:Wijkagent}} {{w:Bouwlust}}
Tel. [[t:06 1083 4429]] (niet voor spoed, dan 112)
=====
Re: mw [[p:Tahiri]]

> Heb jij nog iets gehoord van mevrouw? Ze neemt niet op.
> [[p:Loes]] ({{r:maatschappelijk werker}})

Nee, ik ben er gisteren rond 16.30 uur langs geweest. Geen gehoor, gordijnen dicht. Buurvrouw van de overkant zegt dat haar ex weer in de straat rondrijdt (zwarte Golf). Ik heb een extra surveillance-aanvraag gedaan voor de Vaillantlaan en omgeving. Meld het meteen als je iets hoort.

[[p:Gerrit]]
=====
Goedemorgen [[p:Anouk]],

Je vroeg naar het mutatienummer van het incident in de {{w:Stationsbuurt}}. Dat is [[z:2024097741]], datum [[d:26-04-2024]], tijd 02.13 uur. Het slachtoffer ([[p:Krystian Nowak]], geb. [[d:04-11-1989]]) heeft aangifte gedaan. De verdachte is bij ons bekend.

Over de woonsituatie kan ik je niets vertellen wat niet al in jullie systeem staat, dat loopt via het {{o:ZVH}}.

Gr, [[p:Suzan Meijer]] | {{r:wijkagent}} {{w:Centrum}}-Zuid
=====
Kort bericht wijkagent: vanavond ([[d:vr 14/6]], ca. 20.00) samen met {{r:handhaving}} langs bij de snackbar op de hoek van de Hoefkade. Jongeren gaan weer naar binnen. Niemand bij naam genoemd, verder geen bijzonderheden. – [[p:Erik]]
=====
[[p:ruben]] kun je morgen even bellen ivm mw. [[p:Bakr]]? zij wil aangifte doen tegen bovenburen maar durft niet naar bureau. ik heb haar jouw nr gegeven ([[t:0612873055]]). dank!
=====
Van: [[e:i.elkaddouri@politie.nl]]
Verzonden: donderdag [[d:7 november 2024]] 11:52
Aan: [[p:Groen, W.]] (SWT {{w:Mariahoeve}})
Onderwerp: RE: zorgen om dhr [[p:Verbeek]]

Hoi [[p:Wim]],

Dhr. [[p:Verbeek]] is op [[d:4 november]] door de {{o:GGD}} meegenomen na een E33-melding (verward gedrag). Hij is dezelfde dag weer thuisgekomen. Ik heb in BVH een notitie gemaakt onder [[z:PL1500-2024231884]].

Zijn dochter [[p:Petra]] belt mij steeds; ze wil weten of we hem kunnen laten opnemen. Dat kunnen wij natuurlijk niet. Kun jij haar uitleg geven over de Wvggz en de route via de {{r:huisarts}}?

Groet,
[[p:Ilham El Kaddouri]]
{{r:Wijkagent}} {{w:Mariahoeve}} & {{w:Marlot}}
=====
wijkagent ({{w:Laak}}) laat weten: melder van de vechtpartij op [[d:zat. 12/10]] is de buurman rechts, wil anoniem blijven. getuige 2 is bewoonster 3e etage, spreekt alleen Pools; tolk nodig bij verhoor.
=====
Hallo [[p:Nienke]],
Dank voor je telefoontje. Ik heb de familie [[p:Jaghoe]] nog niet gesproken maar ik rij er vanmiddag langs. Voor de duidelijkheid: er is géén aangifte, alleen een melding van de buren dat er "heel hard" geschreeuwd werd op [[d:maandagavond 3 juni]] rond 22.30 uur. Ik koppel terug.
[[p:Marco Winter]]
=====
Aan het team {{w:Moerwijk}}: ik ben van [[d:22 juli]] t/m [[d:9 augustus]] met verlof. Waarnemend {{r:wijkagent}} is [[p:Sjoerd Brouwer]], bereikbaar via 0900-8844 of op zijn mobiel [[t:06-44519028]].
=====
Van: Politie Den Haag – {{r:wijkagent}} [[p:N. Hamdaoui]]
Aan: {{o:Staedion}}, afd. {{o:Wonen & Leefbaarheid}}
Betreft: verzoek informatie huurder

Geachte heer/mevrouw,

Naar aanleiding van meerdere meldingen (o.a. [[z:PL1500-2024140022]], [[z:PL1500-2024143317]]) over het pand [[a:Jacob Catsstraat 37]], [[pc:2571 VK]] {{w:'s-Gravenhage}} verzoek ik u, binnen de kaders van het convenant woonoverlast, na te gaan wie de huurder is van de bovenwoning en of er signalen zijn van onderverhuur.

Met vriendelijke groet,
[[p:Nadia Hamdaoui]]
=====
Hey [[p:Said]], mw. [[p:Koenen]] van 't [[a:Wolmaransplein 8]] belt mij net, haar kleinzoon ([[p:Stefan]], 19) staat weer voor de deur en wil geld. Ze heeft de deur niet opengedaan. Kan iemand van jullie vandaag nog bij haar langs? Ik ben er rond 15.00. Gr. wijkagent
=====
Terugkoppeling wijkagent n.a.v. ons overleg:
- adres [[a:Gaslaan 14]] -> bewoner vertrokken, sleutels ingeleverd bij {{o:Haag Wonen}}
- adres [[a:Gaslaan 19-A]] -> nog 1 melding (gisteravond 23.50 uur), muziek, geen politie-inzet
- de kapotte verlichting in de onderdoorgang is gemeld bij {{o:Stadsbeheer}} (meldnummer 4410, algemeen)
- volgende ronde: wk 42
""")

# ---------------------------------------------------------------------------
# 2. Police registrations: mutaties, incident summaries, bestuurlijke rapportages
# ---------------------------------------------------------------------------
add(r"""
MUTATIE [[z:PL1500-2024066310]]
Soort: Burenruzie (F300)
Datum/tijd: [[d:18-03-2024]] 23:47
Locatie: [[a:Van der Vennestraat 96]], [[pc:2525 CM]] {{w:Den Haag}}
Betrokkene 1: [[p:Aziz Bouchtaoui]] (huurder, 1e etage)
Betrokkene 2: [[p:Ria Vermeulen]] (huurder, begane grond)
Toedracht: Melder (betrokkene 2) verklaarde dat betrokkene 1 al uren met meubels schoof en op de vloer stampte. Betrokkene 1 verklaarde dat hij aan het verhuizen was en dat melder "altijd klaagt". Partijen gescheiden, beide aangesproken. Geen strafbare feiten. Advies buurtbemiddeling gegeven.
Afhandeling: {{r:verbalisanten}} [[p:Jansen]] en [[p:Bulut]]
=====
Mutatie [[z:2024-0315287]] | [[d:23 juni 2024]] | 01:12 uur
Locatie: Heeswijkplein t.h.v. de portieken aan de oostkant
Melding: groep van ca. 8 jongeren, harde muziek uit scooter, lachgas. Bij aankomst eenheid nog 3 personen aanwezig, 1 gecontroleerd: [[p:Y. Amrani]], [[d:14-02-2006]], wonende [[a:Heeswijkplein 52]]. Weggestuurd. Bewoner 3e etage (melder) tevreden.
=====
BVH-registratie [[z:PL1500-2024198870]] – Huiselijk geweld
Pleegdatum: [[d:zondag 25 augustus 2024]], tussen 21.30 en 22.00 uur
Pleegplaats: [[a:Melis Stokelaan 2170]], [[pc:2541 GM]]
Verdachte: [[p:Rachid]] [[p:E.M.]] (partner)
Benadeelde: [[p:Samira Ouchan]], geb. [[d:09-07-1991]]
Kinderen aanwezig: ja, 2 (6 en 9 jaar)
Aanhouding verdachte ter plaatse. Zorgmelding Veilig Thuis via ZSM verstuurd. Overweging tijdelijk huisverbod: ja, RiHG afgenomen door {{r:hulpofficier van justitie}}.
=====
Incidentoverzicht adres [[a:Steenwijklaan 321]] (periode jan t/m jun)
datum        tijd    soort              nr
[[d:09-01]]        22:15   geluid             [[z:PL1500-2024004512]]
[[d:27-01]]        03:40   burenruzie         [[z:PL1500-2024019934]]
[[d:14-02]]        19:05   bedreiging         [[z:PL1500-2024037761]]
[[d:02-04]]        00:30   geluid             [[z:PL1500-2024075208]]
[[d:19-05]]        23:55   vernieling (deur)  [[z:PL1500-2024109640]]
Totaal: 5 registraties, waarvan 1 aangifte (bedreiging, aangever: bewoner benedenwoning).
=====
Bestuurlijke rapportage ten behoeve van de burgemeester van {{w:Den Haag}}

Onderwerp: aantreffen verdovende middelen in woning [[a:Lorentzplein 17]], [[pc:2522 JH]] te {{w:'s-Gravenhage}}
Registratienummer: [[z:PL1500-2024155402]]

Op [[d:vrijdag 12 juli 2024]] omstreeks 14:20 uur hebben wij, {{r:verbalisanten}}, in het kader van een doorzoeking in bovengenoemde woning het volgende aangetroffen:
- 412 gram hennep (toppen), verpakt in 40 gripzakjes;
- 26 gram cocaïne;
- een weegschaal en € 3.480,- aan contanten.

De woning wordt bewoond door [[p:Ferdinand Lens]], geboren [[d:30 maart 1986]] te Paramaribo, die ten tijde van de doorzoeking aanwezig was. Volgens de {{o:BRP}} staat tevens ingeschreven: [[p:Chantal Lens-Pinas]], geboren [[d:11 oktober 1988]], en twee minderjarige kinderen.

Gelet op de hoeveelheid is sprake van een handelshoeveelheid in de zin van artikel 13b Opiumwet.

{{r:Opsteller}}: [[p:M.C. van Dam]], {{r:brigadier}}
=====
PV van bevindingen (uittreksel) – [[z:PL1500-2024210093-3]]
Ik, {{r:verbalisant}}, zag dat de voordeur van de woning [[a:Weimarstraat 312b]] beschadigd was rond het slot. Ik hoorde de bewoonster, mij later bekend als [[p:Lidia Georgieva]], huilen. Zij verklaarde: "Hij heeft de deur ingetrapt omdat ik niet wilde opendoen." Zij noemde als degene die dat deed haar ex-partner [[p:Hristo]].
=====
E33-melding [[d:16-09-2024]] 17:32 – persoon met verward gedrag op straat t.h.v. [[a:Laakweg 91]]. Betrokkene (m, ca. 40 jr, onbekend) was alleen aanwezig, sprak tegen zichzelf. Overgedragen aan {{o:GGD}} Acute Psychiatrie. Geen registratie van personalia.
=====
Notitie BVH, ter info aan {{o:ZVH}}: [[p:Frank de Koning]] ([[d:21-12-1974]]) meldde zich op [[d:2 oktober]] aan de balie van bureau Segbroek en verklaarde dat hij "door de buren wordt afgeluisterd via de cv". Geen aanwijzingen voor strafbare feiten. Mutatie [[z:PL1500-2024214420]].
=====
Melding via 0900-8844, [[d:wo 6 nov]] 21:08: melder (buurvrouw 1-hoog, naam bekend bij politie) hoort kinderen huilen en een man schreeuwen op [[a:Zonnebloemstraat 77]]. Eenheid ter plaatse 21:20, niets vreemds aangetroffen, bewoner [[p:Mustafa Kılıç]] verklaart dat de kinderen niet wilden slapen. Geregistreerd onder [[z:2024241178]].
=====
Samenvatting politie-informatie (gedeeld in ZVH-overleg, afgeschermd):
Betrokkene [[p:Jerrel Martina]], [[d:03-05-1997]]
- 2022: 4 registraties openlijk geweld (2 veroordelingen)
- 2023: 2 registraties, o.a. diefstal scooter
- 2024: 7 registraties overlast rond zijn woning [[a:Lyonnetstraat 44]]; meest recent [[z:PL1500-2024187701]] d.d. [[d:14-08-2024]]
Huidige status: voorwaardelijke straf, toezicht {{o:Reclassering Nederland}}
=====
Mutatie [[z:PL1500-2024120355]]
[[d:02-06-2024]] 15.40 uur. Melder: {{r:huismeester}} van {{o:Vestia}}. Er komt water door het plafond van [[a:Thorbeckelaan 506]], bovenwoning ([[a:Thorbeckelaan 508]]) reageert niet. Brandweer ter plaatse, deur geforceerd. Bewoner [[p:J.W. Mol]] (82) aangetroffen op de vloer, aanspreekbaar, per ambulance naar {{o:HMC Antoniushove}}.
=====
Registratie [[z:PL15-24-077812]]: melding dierenmishandeling/ verwaarlozing, hond op balkon [[a:Ferrandweg 23-G]], al twee dagen. {{o:Dierenpolitie}} ingeschakeld. Eigenaar: [[p:Tessa Groen]].
""")

# ---------------------------------------------------------------------------
# 3. Zorg- en Veiligheidshuis: aanmeldingen, casusoverleg, actielijsten
# ---------------------------------------------------------------------------
add(r"""
AANMELDFORMULIER {{o:ZORG- EN VEILIGHEIDSHUIS HAAGLANDEN}}

Datum aanmelding: [[d:11-03-2024]]
Aanmelder: [[p:Joost Kok]], {{r:casusregisseur}} {{o:SWT Escamp}}
Telefoon aanmelder: [[t:06-39401727]]
E-mail: [[e:joost.kok@denhaag.nl]]

Gegevens betrokkene
Naam: [[p:Ilse Korporaal]]
Geboortedatum: [[d:17-08-1979]]
BSN: [[b:984063535]]
Adres: [[a:Erasmusweg 1113]], [[pc:2532 CK]] Den Haag

Reden aanmelding: ernstige woonoverlast (geluid, stank, vervuiling), zorgmijding, dreigende ontruiming door {{o:Haag Wonen}}. Betrokkene is bekend bij {{o:Parnassia}} (eerder BOPZ-maatregel). Vrijwillige hulp lukt niet, meerdere partijen betrokken: {{o:politie}}, corporatie, {{o:GGD}} {{o:Bemoeizorg}}, SWT.

Gevraagd: regie op gezamenlijk plan, {{r:procesregisseur}} ZVH.
=====
Verslag casusoverleg Woonoverlast – {{o:ZVH}}, [[d:donderdag 4 april 2024]]
Casus: [[z:ZVH-24-00871]] ([[p:Korporaal]])
Aanwezig: [[p:R. Tjon A Fong]] ({{r:procesregisseur}}, vz), [[p:J. Kok]] ({{o:SWT}}), [[p:Marloes de Vos]] ({{o:Haag Wonen}}), [[p:H. Koning]] ({{r:wijkagent}}), dr. [[p:Ammerlaan]] ({{o:Parnassia}}), [[p:T. Visser]] ({{o:GGD}} {{o:Bemoeizorg}})

1. Stand van zaken
Sinds het vorige overleg 3 nieuwe meldingen van buren (geluid 's nachts). Mw. laat niemand binnen. Ontruimingsvonnis is aangevraagd; zitting kantonrechter gepland op [[d:16 mei]].
2. Afspraken
- {{o:GGD}} doet met {{r:wijkagent}} een gezamenlijk bezoek vóór [[d:19-04]] (actie: [[p:Visser]]/[[p:Koning]])
- {{o:Haag Wonen}} onderzoekt "laatste kans"-contract, voorwaarde: begeleiding (actie: [[p:De Vos]])
- SWT legt contact met zus van betrokkene, [[p:Greetje]], die in Rijswijk woont (actie: [[p:Kok]])
3. Volgend overleg: [[d:2 mei 2024]], 10.00 uur, {{o:ZVH}}, kamer 2.14
=====
Actielijst ZVH casusoverleg Top600 / PGA – week 15

| nr | casus | actie | wie | voor |
|----|-------|-------|-----|------|
| 1 | [[z:ZVH-23-01342]] [[p:M. Haddouchi]] | woonplek na detentie (uitstroom [[d:29-04]]) | [[p:Annelies]] (ZVH) | [[d:22-04]] |
| 2 | [[z:ZVH-24-00112]] [[p:K. Adjei]] | schuldhulp intake plannen | {{o:SWT Laak}} | [[d:19-04]] |
| 3 | [[z:ZVH-24-00409]] [[p:D. Wix]] | gedragsaanwijzing voorbereiden | {{o:Haag Wonen}} / {{o:OOV}} | [[d:30-04]] |
| 4 | [[z:ZVH-24-00587]] [[p:S. Jagroep]] | terugkoppeling reclassering | [[p:Priscilla]] | z.s.m. |
=====
Hoi allen,

Korte update over [[z:ZVH 2024-1187]]: betrokkene ([[p:Ahmed]]) is gisteren ([[d:23/5]]) toch verhuisd naar de Skaeve Huse-locatie. Hierdoor kan het overlastdossier bij {{o:Staedion}} worden afgesloten. Wel graag nog nazorg door {{o:SWT Segbroek}} en de {{r:ambulant begeleider}} van het {{o:Leger des Heils}}.

Hartelijke groet,
[[p:Roelie Haas]]
{{r:Procesregisseur}} {{o:Zorg- en Veiligheidshuis Haaglanden}}
Tel. [[t:088 - 102 58 44]] | algemeen {{o:ZVH}}: 070 - 353 66 00
=====
ZVH-overleg Personen met verward gedrag, [[d:12-09-2024]]. Besproken: 9 casussen, waarvan 3 nieuw. Voorzitter: {{r:procesregisseur}}. Notulist: {{r:secretariaat ZVH}}. Geen personalia in dit verslag; zie GCOS.
=====
Casus [[z:24-0619]] (GCOS) – fam. [[p:Ramlal]]/[[p:Bhola]]
Aanleiding: 4 meldingen huiselijk geweld in 12 maanden op [[a:Loosduinsekade 188]], [[pc:2571 CE]]; {{o:Veilig Thuis}} heeft geen zicht meer, gezin weigert hulp. Jongste kind ([[p:Dev]], 3 jr) volgens {{o:CJG}} achter in ontwikkeling.
Vraag aan het overleg: opschalen naar {{o:Raad voor de Kinderbescherming}}?
Besluit: ja, {{o:Veilig Thuis}} doet verzoek tot onderzoek; {{r:jeugdconsulent}} [[p:Lotte Smit]] informeert ouders vóór [[d:1 november]].
=====
Van: [[p:Ricardo Tjon A Fong]]
Aan: [[p:Kok, Joost]]; [[p:Visser, Tamara]]
Onderwerp: [[z:ZVH-24-00871]] uitnodiging

Beste [[p:Joost]] en [[p:Tamara]],
Voor het vervolgoverleg over mw. [[p:K.]] nodig ik jullie uit op [[d:2 mei]] om 10:00 uur. Willen jullie vooraf de actiepunten aanvullen in GCOS?
Met groet, [[p:Ricardo]]
=====
Uitnodiging escalatieoverleg
Wanneer: [[d:dinsdag 8 oktober 2024]], 14.00–15.30
Waar: {{o:ZVH Haaglanden}}, Zuid-Hollandlaan, zaal "Plein"
Casussen:
1. [[z:ZVH-24-00944]] – [[p:Orlando Felida]], [[a:Dr. Lelykade 140]] (overlast + wapenbezit)
2. [[z:ZVH-24-01011]] – [[p:Barbara Wiśniewska]], [[a:Kijkduinsestraat 615]] (vervuiling, verwaarlozing)
3. [[z:ZVH-24-01026]] – [[p:Hamza Yusuf Abdi]] (dakloos, laatst verblijvend in {{w:Laakhaven}})
Aanwezig namens {{o:gemeente}}: {{r:teamleider Openbare Orde}}
=====
Notitie procesregie ZVH
[[d:15-10]]: tel. gesproken met mw. dr. [[p:Y. Çelik]], {{r:psychiater}} {{o:Fivoor}}. Zij bevestigt dat dhr. [[p:Felida]] sinds [[d:1 september]] in behandeling is (FACT). Risico op escalatie bij de naaste buren (gezin met jonge kinderen) blijft aanwezig. Afgesproken: bij nieuwe dreiging direct melden bij [[p:Marco]] ({{r:wijkagent}}).
=====
Aan: {{o:Reclassering Nederland}}, unit Den Haag
Betreft: nazorg ex-gedetineerde [[p:Sandro Pigot]], geb. [[d:05-01-1995]], BSN [[b:182249323]]
Datum uitstroom: [[d:18 juni 2024]] uit PI Haaglanden, locatie Scheveningen
Woonadres na uitstroom: tijdelijk bij moeder, [[a:Hunsestraat 11 hs]], [[pc:2573 PW]]
Contactpersoon {{o:gemeente}} (nazorgcoördinator): [[p:Wendy Schouten]], [[t:070 752 88 19]] (direct)
Aandachtspunten: ID-bewijs verlopen, geen zorgverzekering, schulden CJIB (ca. € 2.100).
=====
{{o:ZVH}} weekoverzicht nieuwe casussen (alleen intern)
- wk 37: 11 aanmeldingen (7 woonoverlast, 3 HG, 1 nazorg)
- wk 38: 9 aanmeldingen
- Gemiddelde doorlooptijd: 94 dagen
- Afgesloten met resultaat: 68%
Opmerking: graag bij aanmelding altijd het BVH-nummer vermelden.
=====
mail van [[p:Priscilla]] (ZVH): "casus [[p:Jagroep]] gaat over naar het Levensloopteam. Dossiernr blijft [[z:ZVH-24-00587]]. Wie van jullie blijft contactpersoon vanuit het wijkteam? Laat je het mij weten vóór vrijdag [[d:7 juni]]?"
=====
Verslag Casusoverleg Huiselijk Geweld Plus (HG+), [[d:20-02-2024]]
Casus [[z:HG24-0033]]
Betrokkenen: [[p:Nadira]] ([[d:02-02-1990]]), partner [[p:Sjors van Leeuwen]] ([[d:26-10-1984]]), kinderen [[p:Amir]] (7) en [[p:Lina]] (4), adres [[a:Goudenregenstraat 402]]
Partners: {{o:Veilig Thuis Haaglanden}} ({{r:regievoerder}} [[p:Mieke]]), {{o:politie}} (wijkagent [[p:Tim Roos]]), {{o:OM}} ({{r:parketsecretaris}}), {{o:Reclassering}}, {{o:CJG}}, {{o:Sterk Huis}}
Risico-inschatting: hoog (RiHG-score 19). Verdachte zit sinds [[d:14 februari]] in voorarrest.
Plan: slachtoffer blijft met de kinderen in de woning; aanvraag huurcontract op eigen naam bij {{o:Staedion}}; telefoon met AWARE-alarm via {{o:Slachtofferhulp}}.
""")

# ---------------------------------------------------------------------------
# 4. Housing corporations: overlastconsulenten, complexbeheerders, letters
# ---------------------------------------------------------------------------
add(r"""
{{o:Haag Wonen}}
Postbus 16100
2500 BC Den Haag

Aan: de heer [[p:D. Wix]]
[[a:Beresteinlaan 588]]
[[pc:2542 JH]] Den Haag

Den Haag, [[d:20 maart 2024]]
Ons kenmerk: [[z:OV-2024-0314]]
Klantnummer: [[z:3017745]]
Betreft: waarschuwing overlast

Geachte heer [[p:Wix]],

Wij ontvangen klachten van omwonenden over overlast vanuit uw woning en in het trappenhuis. Het gaat om harde muziek na 23.00 uur, samenscholing en de geur van wiet. Op grond van artikel 7:213 BW en uw huurovereenkomst bent u verplicht zich als goed huurder te gedragen.

Wij verzoeken u de overlast per direct te stoppen. Wij nodigen u uit voor een gesprek op [[d:donderdag 28 maart 2024]] om 10.30 uur op ons kantoor. Als de overlast doorgaat, kunnen wij de kantonrechter vragen de huurovereenkomst te ontbinden.

Met vriendelijke groet,

[[p:Marloes de Vos]]
{{r:Complexbeheerder}} {{w:Bouwlust}}
Telefoon: 070 - 890 40 00 (algemeen)
=====
Logboek overlast – dossier [[z:2024/OV/0198]] – [[a:Dedemsvaartweg 1045]]

[[d:08-01]] tel. melding buurvrouw ernaast (huurder, wil anoniem blijven): hond blaft hele dag.
[[d:15-01]] brief 1 verstuurd aan huurder [[p:B. Dekker]].
[[d:22-01]] geen reactie; huisbezoek niet thuis, kaart achtergelaten.
[[d:05-02]] 2e melding + 1 van onderburen. Buurtbemiddeling voorgesteld.
[[d:12-02]] gesprek huurder: hond is van zoon [[p:Mike]], die er tijdelijk woont. Afspraak: hond naar zoon's nieuwe adres per [[d:1 maart]].
[[d:11-03]] controle: geen hond meer. Dossier gesloten. – [[p:KvdB]]
=====
Hoi [[p:Dewi]],

Wat vervelend dat de buren zo'n overlast geven. Ik heb je melding ontvangen (zaaknummer [[z:STA-1102938]]). Om iets te kunnen doen hebben we een overlastdagboek nodig over minstens 4 weken, met datum, tijd en wat je hoort. Een formulier zit in de bijlage. Lukt het niet om het zelf in te vullen, bel dan gerust.

Groet,
[[p:Kevin Vink]]
{{r:Consulent Wonen}} {{o:Staedion}}
[[t:06 - 2211 30 84]]
=====
Intern ({{o:Staedion}}): verzoek om juridisch advies
Huurder: [[p:Erdal Yavuz]], [[a:Fahrenheitstraat 520]], contractnr [[z:11920-01]]
Probleem: vermoeden hennepteelt (stroomverbruik 4x gemiddeld, melding netbeheerder), daarnaast klachten van onderbuurvrouw over geurhinder en wateroverlast.
Vraag: kunnen wij op basis van de bevindingen van {{o:Stedin}} en {{o:politie}} ([[z:PL1500-2024140977]]) direct een ontbindingsprocedure starten, of eerst afwachten of de burgemeester sluit op grond van art. 13b?
[[p:Wouter Post]], {{r:overlastconsulent}}
=====
Gespreksverslag huisbezoek
Datum: [[d:14 mei 2024]]
Adres: [[a:Zuiderparklaan 402]] (benedenwoning)
Aanwezig: huurder mw. [[p:Mariska Baas]], haar dochter, {{r:woonconsulent}} [[p:F. Yilmaz]] ({{o:Haag Wonen}}), {{r:buurtbemiddelaar}} [[p:Hetty]]
Klacht van bovenburen: harde ruzies, deuren slaan, 's nachts stofzuigen.
Mw. [[p:Baas]] vertelt dat zij nachtdiensten draait in het {{o:Haga Ziekenhuis}} en overdag slaapt; 's nachts doet ze huishoudelijk werk als ze vrij is. Ze wist niet dat het zo gehoord werd. Zij ervaart zelf overlast van loopgeluid van boven.
Afspraken: buurtbemiddeling gaat met beide partijen in gesprek. Evaluatie over 6 weken.
=====
[[p:Yasmina]] ({{o:Vestia}}) schreef:
> Wij kunnen niks met anonieme meldingen, de buren moeten zelf een dagboek bijhouden.

Dat begrijp ik, maar de buren zijn bang. De man van [[a:Goudsbloemlaan 99]] heeft vorige maand de auto van de benedenbuurvrouw bekrast. Zij heeft aangifte gedaan ([[z:PL1500-2024060811]]). Kunnen jullie het politierapport niet gebruiken als bewijs?
[[p:Jeroen]], SWT {{w:Bomen- en Bloemenbuurt}}
=====
Korte notitie {{r:huismeester}}: trappenhuis Wateringseweg weer vol met vuilniszakken (vermoedelijk van 4e etage). Foto's gemaakt ([[d:11-09]], 08.10 uur). Geen namen bekend. Doorgezet naar {{r:overlastconsulent}} [[p:Wouter]].
=====
Geachte mevrouw [[p:Van Dam-Groenewegen]],

Op [[d:3 september 2024]] hebben wij u een brief gestuurd over de vervuiling van uw woning aan de [[a:Hendrik Zwaardecroonstraat 62]]. Tijdens de woningcontrole van [[d:17 september]] bleek de situatie niet verbeterd. Wij hebben met uw toestemming het {{o:sociaal wijkzorgteam Segbroek}} gevraagd u te helpen met opruimen.

Een medewerker van het team, mevrouw [[p:Sahin]], neemt deze week contact met u op.

Met vriendelijke groet,
{{o:Staedion}}, team Wonen
[[p:Laura Boer]]
Zaaknummer: [[z:STA-1187034]]
=====
Van: [[e:w.post@staedion.nl]]
Aan: [[e:m.achahbar@denhaag.nl]]
Datum: [[d:ma 9-9-2024]] 08:14
Onderwerp: dhr [[p:Yavuz]], [[a:Fahrenheitstraat 520]]

[[p:Mohamed]],

Burgemeester heeft de woning per [[d:16 september]] voor 3 maanden gesloten. Huurder heeft geen vervangende woonruimte en volgens mij ook 2 kinderen die om de week bij hem zijn. Kan het wijkteam nog iets betekenen? Wij zetten de ontbinding wel door.

[[p:Wouter]]
=====
Overlastmelding (webformulier {{o:Haag Wonen}}) – [[z:MLD-2024-58213]]
Naam melder: [[p:A. Benali]]
Adres melder: [[a:Hoefkade 606]]
Telefoon: [[t:+31 6 15 66 07 92]]
Adres veroorzaker: Hoefkade, nr. weet ik niet, de bovenste verdieping boven de kapper
Soort overlast: geluid / drugs / anders
Omschrijving: elke nacht tussen 1 en 4 uur lopen er mensen in en uit, ze bellen bij iedereen aan. Mijn kinderen worden er wakker van. Er is ook een keer een man in het portiek in slaap gevallen.
Eerder gemeld bij: politie, ja ([[d:12-08]], [[d:13-08]])
=====
notitie wijkbeheerder ({{o:Haag Wonen}}) [[d:ma 4/11]]: bezoek galerij 7e etage flat Zamenhofstraat. Huurder van [[a:Zamenhofstraat 714]] (dhr. [[p:Chen]]) heeft een illegale kookplaat op de galerij. Brandgevaar. Aangesproken, verwijderd binnen 24u.
=====
Huurachterstand + overlast, overdracht naar SWT:
Huurder: [[p:Precious Owusu]]
Adres: [[a:Lozerlaan 1380]], [[pc:2545 LH]]
Huurachterstand: € 2.964,60 (5 mnd), betalingsregeling 2x niet nagekomen
IBAN huurder (voor terugboeking): [[i:NL72BUNQ4811386658]]
Overlast: 3 meldingen kinderen op galerij, afval over balkon
{{r:Consulent}}: [[p:Dennis Meijer]] ([[t:06-14382270]])
=====
Buurtbemiddeling Den Haag – intakeverslag
Partij A: Fam. [[p:Rijnders]], [[a:Vlierboomstraat 211]]
Partij B: [[p:Malika Saidi]], [[a:Vlierboomstraat 213]]
Ruzie over: schutting/erfgrens, kattenpoep, barbecue in de tuin.
Bemiddelaars (vrijwilligers): [[p:Ton]] en [[p:Hülya]]
Gesprek gepland: [[d:dinsdag 21 mei]], 19.30, buurthuis De Mussen
=====
Reactie op zienswijze huurder – kenmerk [[z:HW/JUR/24-0447]]
Cliënt stelt dat de overlast niet van hem afkomstig is maar van zijn broer [[p:Ilyas]], die zonder toestemming in de woning verbleef. Volgens de verklaringen van de buren (bewoners 2e en 4e etage) en de politie-informatie ([[z:PL1500-2024093215]], [[z:PL1500-2024101122]]) was cliënt zelf bij minstens twee incidenten aanwezig. Wij zien geen aanleiding om af te zien van de procedure.
=====
Whatsapp {{r:huismeester}} → {{r:overlastconsulent}}:
"[[p:Kim]] die mevrouw van de 3e (naast de lift) zit weer buiten te huilen. Zegt dat haar vriend haar uit huis gezet heeft. Ik heb wijkagent gebeld. Adres is [[a:Ambachtsgaarde 117]]. Naam op de bel: [[p:El Idrissi]]/[[p:Mourik]]."
=====
{{o:Woonbron}} – checklist "Laatste Kanscontract"
[ ] begeleidingsafspraken ondertekend door huurder
[ ] zorgpartij bekend (naam + contactpersoon)
[ ] looptijd 2 jaar, evaluatie na 6 en 12 maanden
[ ] schriftelijke bevestiging wijkteam
[ ] budgetbeheer of beschermingsbewind geregeld
Let op: nooit medische informatie in het huurdossier opnemen.
=====
Beste [[p:Astrid]],
In de bijlage het geluidsrapport van de meting in de woning [[a:Valkenboslaan 234]] van [[d:11 juni]] tot en met [[d:15 juni]]: 's nachts gemiddeld 48 dB(A), piek 71 dB(A) om 03:12 uur. Dat is boven de norm. Ik stel voor dat we de bovenbuurman ([[p:Lucas Hendriks]]) samen uitnodigen.
Groet, [[p:Bram]]
""")

# ---------------------------------------------------------------------------
# 5. Neighbours: complaints, overlastdagboeken, letters to the corporation
# ---------------------------------------------------------------------------
add(r"""
OVERLASTDAGBOEK
Naam: [[p:G. Mulder]]   Adres: [[a:Vrederustlaan 87]]   Tel: [[t:06-53127741]]
Overlast door: bovenburen (nr. boven mij, weet naam niet)

datum      | van    | tot    | wat
[[d:02-10-2024]] | 23:10  | 01:45  | bas muziek, gestamp
[[d:03-10-2024]] | 00:20  | 02:00  | ruzie man/vrouw, gegil, deur dicht gesmeten
[[d:05-10-2024]] | 14:00  | 18:30  | boren en timmeren (zondag!!)
[[d:06-10-2024]] | 22:50  | 03:30  | feest, mensen op de trap, geblowd
[[d:09-10-2024]] | 01:10  | 01:40  | weer geschreeuw, politie gebeld (ze kwamen om 01.35)

Handtekening: [[p:G. Mulder]]
=====
Beste meneer/mevrouw van de woningbouw,

Ik schrijf u want ik kan niet meer. Sinds de nieuwe mensen naast mij wonen (ik woon op [[a:Weimarstraat 16]]) is er ELKE nacht lawaai. Ik ben 74 jaar en heb een hartkwaal. Mijn dochter [[p:Ingrid]] heeft al twee keer aangebeld maar ze doen niet open. Ze hebben ook een grote hond die tegen mijn deur springt als ik langs loop.

Ik wil graag dat u er iets aan doet.

Hoogachtend,
mevr. [[p:J.C. Hoogstraten-Lam]]
tel [[t:070-3641188]]
=====
hallo ik ben [[p:Mohammed]] van de 2e ik wil klacht doen over de buurman van 1e hij rookt wiet op balkon en het komt allemaal in de slaapkamer van mijn kinderen. mijn vrouw is zwanger. ik heb al 3 keer gezegd. hij zegt jij moet weg uit nederland. dit is discriminatie. adres [[a:Jan van der Heijdenstraat 61-2]]. bel [[t:0687219034]]
=====
Aan {{o:Vestia}}
Betreft: klacht [[a:Moerweg 311]]

Hierbij wil ik namens de bewoners van de portiek melden dat onze buurvrouw van driehoog (mevr. [[p:Kalloe]]) al maanden duiven voert vanaf haar balkon. Er zit duivenpoep op al onze balkons en ramen, de ratten komen erop af. Wij hebben het netjes met haar besproken maar zij wil er niet mee stoppen.

Namens de bewoners,
[[p:P. van Rijn]] ([[a:Moerweg 305]])
[[p:R. Sewnarain]] ([[a:Moerweg 317]])
=====
Sms aan {{r:wijkagent}} ([[d:zat 17-8]], 02:14): Ze zijn weer bezig, hoor glas breken en hij schreeuwt "ik maak je af". Durf niet te bellen ivm wraak. Buurvrouw van beneden.
=====
Geachte heer/mevrouw,

Graag meld ik dat er sinds ongeveer [[d:15 juli]] iemand in de bergingen onder de flat aan de Meppelweg slaapt. Ik heb hem twee keer gezien rond 6 uur 's ochtends, een man van een jaar of vijftig met een rode jas. Ik wil niet dat hij in de problemen komt, maar het is niet veilig voor hem en er ligt afval. Kan iemand kijken of hij hulp nodig heeft?

Vriendelijke groet,
een bewoonster van de 6e verdieping
=====
Re: uw melding [[z:M24-118832]]
> Op [[d:8 mei 2024]] om 11:02 schreef [[p:Hans Kuiper]] <[[e:hanskuiper52@ziggo.nl]]>:
> Ik heb al 4x gebeld over de jongens in de speeltuin aan de Stuwstraat. Er wordt gedeald, ik zie het vanaf mijn balkon. Er gebeurt niks!

Geachte heer [[p:Kuiper]],
Dank voor uw melding. De {{r:wijkagent}} en {{r:handhaving}} hebben de speeltuin aan de Stuwstraat opgenomen in hun route. Wij raden u aan ook anoniem te melden via {{o:Meld Misdaad Anoniem}} (0800-7000).
Met vriendelijke groet, {{o:Politie Den Haag}}, team Service
=====
ik ([[p:Aylin]], [[a:Piet Heinstraat 23 3hg]]) heb weer last van die man van 2hg, hij zet steeds zijn fiets voor mijn deur en scheldt mijn moeder uit. foto bijgevoegd. datum vandaag [[d:24/4]]. graag reactie!!!
=====
Dagboek (ingevuld door buurvrouw, namens mw. [[p:Frankenberg]] die slecht ziet)
[[d:di 12 maart]] – 's avonds om 9 uur harde knal in de gang. Later bleek een ruit stuk.
[[d:wo 13 maart]] – bovenbuurman heeft de hele nacht muziek aan, volgens mij Turkse muziek, heel hard
[[d:vr 15 maart]] – drie mannen op de trap die mij niet doorlieten. Ik ben teruggegaan naar huis
[[d:za 16 maart]] – rustig
[[d:zo 17 maart]] – weer muziek tot 4 uur
=====
Van: [[p:Ellen Smit]] <[[e:ellensmit.denhaag@gmail.com]]>
Aan: meldpunt overlast
Onderwerp: naastgelegen pand [[a:Reinkenstraat 48]]

Het pand naast ons staat al een jaar leeg maar er gaan steeds mensen in en uit, vaak 's nachts. Er brandt dag en nacht licht op zolder en het ruikt naar hennep. Ik heb een vermoeden dat het om een kwekerij gaat. Ik wil graag anoniem blijven richting de buurt, mijn gegevens mogen alleen bij de politie bekend zijn.
[[p:Ellen]]
=====
Aan de {{r:overlastconsulent}}: de buren hebben nu al 8 weken een gat in de dakgoot en het water loopt langs onze gevel. Wij wonen op de begane grond, zij op de 1e (huurders van jullie). Graag een monteur langsturen. Dhr en mevr. [[p:Bijlsma]]
""")

# ---------------------------------------------------------------------------
# 6. Veilig Thuis: meldingen, overdrachten, terugkoppelingen
# ---------------------------------------------------------------------------
add(r"""
{{o:Veilig Thuis Haaglanden}} – Overdracht aan lokaal veld
VT-nummer: [[z:VT-2024-08812]]
Datum overdracht: [[d:27-05-2024]]
Ontvangende partij: {{o:sociaal wijkzorgteam Laak}}, t.a.v. [[p:Fenna Schouten]]

Gezin: [[p:Dragan Petrović]] (vader, [[d:12-12-1982]]), [[p:Milena Petrović]] (moeder, [[d:30-06-1986]]), [[p:Luka]] ([[d:03-03-2013]]), [[p:Ana]] ([[d:19-11-2017]])
Adres: [[a:Neptunusstraat 64]], [[pc:2516 TE]] Den Haag

Aanleiding: politiemelding ([[z:PL1500-2024099017]]) na escalatie tussen ouders op [[d:4 mei]]; kinderen waren getuige. Vader heeft een tijdelijk huisverbod gehad (10 dagen, niet verlengd).
Veiligheidsafspraken: vader neemt bij oplopende spanning een time-out bij zijn broer; moeder belt bij dreiging 112; er wordt niet gedronken in bijzijn van de kinderen.
Vervolg: {{o:SWT}} monitort 3 maanden, {{o:Veilig Thuis}} toetst [[d:2 september]] de veiligheid.
Contactpersoon VT: [[p:Mieke van Beek]], {{r:medewerker Veilig Thuis}}, [[t:06-41870253]]
=====
Hoi [[p:Mieke]],
Even over [[z:VT-2024-08812]]: ik ben vandaag bij moeder geweest (zonder vader). Ze zegt dat het rustig is, vader houdt zich aan de afspraken. [[p:Luka]] slaapt wel slecht volgens de juf. Ik heb het {{o:CJG}} gevraagd mee te kijken. Zal ik het gezin in het MDO van [[d:17 juni]] inbrengen?
Groet [[p:Fenna]]
=====
Zorgmelding {{o:Veilig Thuis}} (ingekomen via politie, ZSM)
Registratie [[z:202405512]]
Melddatum: [[d:za 29 juni 2024]]
Plaats incident: [[a:Paets van Troostwijkstraat 205]]
Slachtoffer: [[p:Hanneke Zomer]], 67
Pleger: zoon, [[p:Thijs Zomer]], 38, inwonend
Aard: financiële uitbuiting en psychisch geweld (ouderenmishandeling)
Bijzonderheden: zoon heeft pinpas moeder in beheer, weigert haar de woning te laten verlaten. Buurvrouw (melder) hoort regelmatig schelden.
=====
Terugkoppeling {{o:Veilig Thuis}} aan melder ({{r:huisarts}} dr. [[p:S. Ramautar]]):
Uw melding van [[d:14 augustus 2024]] over mw. [[p:Zomer]] is door ons opgepakt. Wij hebben onderzoek gedaan en de zaak overgedragen aan het {{o:sociaal wijkzorgteam Segbroek}}. Casusnummer bij ons: [[z:VT-2024-11476]].
=====
[[p:Bouchra]] (VT) aan wijkteam: "Let op: adres van mw. [[p:Achterberg]] is geheim (ze zit in de opvang van {{o:Sterk Huis}}). Niet doorgeven aan de woningcorporatie of aan de school. Nieuw telnr alleen via mij."
=====
Advies {{o:Veilig Thuis}}, anoniem advies (geen melding):
{{r:Wijkverpleegkundige}} belt met een vraag over een cliënt (vrouw, 80+) die blauwe plekken heeft. De dochter doet de verzorging en is volgens de {{r:wijkverpleegkundige}} erg overbelast. Advies: bespreek het met de cliënt alleen, gebruik de meldcode, stap 2 collegiale consultatie. Geen namen genoteerd.
=====
Onderwerp: Veiligheidsplan fam. [[p:Aksoy]] – [[z:VT 24-07721]]
Datum: [[d:18.07.24]]

Betrokkenen: moeder [[p:Emine Aksoy]], vader [[p:Halil Aksoy]] (verblijft bij zijn zus op [[a:Hoge Zand 34]]), kinderen [[p:Elif]] (11), [[p:Yusuf]] (8)
Afspraken:
1. vader komt niet in de woning aan de [[a:Cremerstraat 188]] tot de evaluatie
2. omgang kinderen op zaterdag 10–16 uur bij oma (moederszijde) in {{w:Transvaal}}
3. bij incidenten belt moeder 112 en daarna [[p:Sevda]] ({{r:casemanager}} VT): [[t:06 2718 0936]]
4. vader start bij {{o:De Waag}} (agressieregulatie) – startdatum [[d:1 augustus]]
Evaluatie: [[d:woensdag 11 september]]
=====
Hallo,
Ik ben de juf van [[p:Noor]] uit groep 5 van de {{o:Bavinckschool}}. Ze vertelde vandaag dat papa mama heeft geduwd en dat mama gehuild heeft. Ik weet niet zeker of ik dit bij Veilig Thuis moet melden of eerst bij ouders moet aankaarten. Ik heb het genoteerd in ons leerlingvolgsysteem.
groet, juf [[p:Carla]]
=====
{{o:VT}} casusoverdracht – kort
[[p:Kevin Sedney]] ([[d:7-4-2001]]) woont met moeder en oma op [[a:Jan Blankenstraat 9-II]]. Grootouder meldt dat hij geld afpakt en dreigt. Politie heeft 2x ingegrepen. Voorstel: SWT gaat in gesprek met kleinzoon over dagbesteding en inkomen (geen uitkering, geen werk). {{r:VT-medewerker}}: [[p:Gwen]].
=====
Vraag aan {{o:Veilig Thuis}} (via beveiligde mail, Zivver):
Cliënt [[p:Samira Ouchan]] ([[z:PL1500-2024198870]]) wil niet dat haar partner terugkomt, maar durft de verlenging van het huisverbod niet te vragen. Kan {{o:VT}} haar bellen? Haar nummer: [[t:06-27731904]]. Ze spreekt goed Nederlands.
[[p:Marjolein]], {{r:maatschappelijk werker}} {{o:Xtra}}
=====
Interne notitie VT: radarmelding onderwijs ([[d:11 november]]), leerling [[p:Bilal]] ([[d:2016-02-21]]), adres [[a:Rijswijkseweg 455-A]], vader vermoedelijk gedetineerd, moeder niet bereikbaar op [[t:06-12 93 08 47]]. Actie: huisbezoek door 2 medewerkers binnen 5 werkdagen.
=====
"Ik wil dat het stopt, maar ik wil niet dat hij de gevangenis in gaat." – zei mevrouw [[p:R.]] tijdens het eerste gesprek met {{o:Veilig Thuis}}. Dit citaat gebruik ik graag in de casusles, zonder verdere gegevens.
""")

# ---------------------------------------------------------------------------
# 7. Tijdelijk huisverbod (Wth): beschikkingen, hulpverleningsaanbod, verlenging
# ---------------------------------------------------------------------------
add(r"""
BESCHIKKING TIJDELIJK HUISVERBOD
(artikel 2 Wet tijdelijk huisverbod)

De burgemeester van {{w:'s-Gravenhage}}, namens deze de {{r:hulpofficier van justitie}} [[p:A.P. Schuurman]],

legt op aan: [[p:Kenneth Doelwijt]], geboren [[d:08-08-1980]] te 's-Gravenhage,
een huisverbod voor de woning gelegen aan de [[a:Mient 270]], [[pc:2564 KR]] 's-Gravenhage,
ingaande [[d:zaterdag 9 maart 2024]] om 03.15 uur en eindigend [[d:dinsdag 19 maart 2024]] om 03.15 uur.

Achterblijvers: [[p:Shirley Doelwijt-Rens]] en de kinderen [[p:Quincy]] en [[p:Naomi]].
Registratienummer: [[z:HV-2024-0217]]

Tegen deze beschikking kan beroep worden ingesteld bij de bestuursrechter.
=====
Hulpverleningsaanbod huisverbod [[z:HV-2024-0217]]
Uithuisgeplaatste: dhr. [[p:Doelwijt]] – verblijft tijdens het huisverbod bij een vriend in {{w:Leidschenveen}}, bereikbaar op [[t:06-58270143]]. Aangemeld bij {{o:Reclassering}} voor een gesprek binnen 3 dagen.
Achterblijvers: mw. [[p:Doelwijt-Rens]] en kinderen – {{o:Veilig Thuis}} (casemanager huisverbod [[p:Esra Kaya]]) komt op [[d:11 maart]].
Kinderen: {{o:CJG}} en school ({{o:Haagse Montessorischool}}) geïnformeerd.
=====
Advies verlenging huisverbod – aan de burgemeester
Betreft: [[z:HV-2024-0217]], [[p:K. Doelwijt]]
Datum advies: [[d:15 maart 2024]]
Op basis van het gesprek met de achterblijvers en de informatie van {{o:politie}} en {{o:Reclassering}} adviseert {{o:Veilig Thuis}} het huisverbod te verlengen tot 28 dagen. Reden: de dreiging is niet afgenomen; betrokkene stuurt berichten in strijd met het contactverbod (screenshots van [[d:12 maart]] en [[d:13 maart]] aanwezig). Hulpverlening is nog niet op gang gekomen.
[[p:E. Kaya]], {{r:casemanager huisverbod}}
=====
Besluit verlenging: het huisverbod van dhr. [[p:Doelwijt]] is verlengd tot en met [[d:6 april 2024]], 03.15 uur. Kennisgeving per deurwaarder uitgereikt op [[d:18-03-2024]].
=====
Casusnotitie SWT: mw. [[p:Bakker-Aydın]] belde. Het huisverbod van haar man ([[p:Orhan]]) loopt morgen [[d:14 mei]] af. Zij is bang dat hij direct terugkomt. Zij heeft niet om verlenging gevraagd omdat ze dacht dat dat automatisch ging. Ik heb direct gebeld met {{o:VT}} (via algemeen nr 0800-2000). Advies wordt vandaag nog opgesteld. Adres: [[a:Stuwstraat 48]].
=====
Gespreksverslag uithuisgeplaatste
Datum: [[d:di 23 juli]]
Aanwezig: dhr. [[p:Przemysław Zając]] ([[d:14-04-1977]]), {{r:reclasseringswerker}} [[p:Bas]], tolk Pools (telefonisch, via {{o:Global Talk}})
Dhr. slaapt in zijn auto bij de Haagse Markt. Hij ontkent het geweld, zegt dat zijn vrouw "ook slaat". Hij wil zijn dochter ([[p:Zuzanna]], 5) zien. Uitgelegd dat contact via {{o:Veilig Thuis}} loopt. Aangemeld voor nachtopvang bij het {{o:Leger des Heils}}.
=====
Korte notitie: huisverbod dhr. [[p:S. Ouchan]]? Nee – naam verdachte is [[p:Rachid E.M.]], huisverbod niet opgelegd want hij zat in verzekering. Vandaag vrijgelaten met contact- en locatieverbod ([[a:Melis Stokelaan 2170]] en omgeving).
=====
Overzicht huisverboden stadsdeel {{w:Escamp}}, Q2:
- aantal opgelegd: 31
- verlengd: 12 (39%)
- overtredingen: 4
- gemiddelde leeftijd uithuisgeplaatste: 36
Geen persoonsgegevens in dit overzicht. Bron: {{o:Veilig Thuis Haaglanden}} / {{o:OOV}}.
=====
Van: [[p:Esra Kaya]]
Aan: [[p:Tim Roos]] ({{r:wijkagent}})
Onderwerp: overtreding HV?

Hoi [[p:Tim]],
Mw. [[p:Nadira]] ([[a:Goudenregenstraat 402]]) belde net in paniek: zij zag haar ex om 20:10 uur bij de speeltuin tegenover de woning. Het huisverbod loopt nog t/m [[d:24 februari]]. Kunnen jullie langsrijden? Aangifte overtreding volgt morgen.
[[p:Esra]]
[[t:06-19 55 73 02]]
""")

# ---------------------------------------------------------------------------
# 8. Woningsluiting: Wet Damocles (art. 13b Opiumwet), art. 174a Gemeentewet
# ---------------------------------------------------------------------------
add(r"""
VOORNEMEN TOT SLUITING WONING

Aangetekend
Aan: de heer [[p:F. Lens]]
[[a:Lorentzplein 17]]
[[pc:2522 JH]] 's-Gravenhage

Datum: [[d:24 juli 2024]]
Kenmerk: [[z:OOV/2024/13b-0412]]

Geachte heer [[p:Lens]],

Uit de bestuurlijke rapportage van de politie van [[d:16 juli 2024]] blijkt dat op [[d:12 juli 2024]] in uw woning een handelshoeveelheid drugs is aangetroffen. Ik ben daarom van plan de woning op grond van artikel 13b van de Opiumwet voor de duur van drie maanden te sluiten.

Voordat ik een besluit neem, krijgt u de gelegenheid uw zienswijze te geven, schriftelijk of mondeling, binnen twee weken na dagtekening van deze brief.

De burgemeester van 's-Gravenhage,
namens deze,
mr. drs. [[p:E.S. Vermaas]]
{{r:teamleider Openbare Orde en Veiligheid}}
=====
Zienswijze namens mw. [[p:Chantal Lens-Pinas]] ([[z:OOV/2024/13b-0412]])

Cliënte woont met haar twee kinderen ([[p:Jaylen]], 9 en [[p:Kyara]], 4) in de woning. Zij was niet op de hoogte van de handel van haar partner en heeft hem inmiddels de woning uitgezet. Een sluiting zou betekenen dat een moeder met twee jonge kinderen dakloos wordt. Wij verzoeken u af te zien van sluiting, dan wel te volstaan met een waarschuwing. Bijgevoegd: verklaring {{r:schoolmaatschappelijk werker}} en brief van het {{o:sociaal wijkzorgteam Centrum}}.

mr. [[p:R.J. Hoekstra]], {{r:advocaat}}
=====
Memo {{o:OOV}} – weging evenredigheid sluiting [[a:Lorentzplein 17]]
- eerste overtreding op dit adres: ja
- minderjarigen in de woning: ja (2)
- partner (huurder) heeft aangetoond dat betrokkene is vertrokken: deels (verklaring, nog ingeschreven in {{o:BRP}})
- alternatief: waarschuwing + bestuurlijke afspraken, bij herhaling sluiting 6 mnd
Advies: afzien van sluiting, waarschuwing. Akkoord {{r:burgemeester}}: [[d:07-08-2024]].
=====
[[p:Mohamed]] (OOV) aan [[p:Joost]] (SWT):
Woning [[a:Fahrenheitstraat 520]] wordt [[d:16 sept]] om 10.00 uur gesloten, {{r:handhavers}} komen met slotenmaker. Dhr. [[p:Yavuz]] weet het. Hij weigert contact met ons. Kun jij proberen of hij een slaapplek heeft? Hij zei iets over een neef in Rijswijk.
=====
Besluit sluiting (samenvatting voor het dossier):
Woning: [[a:Gruttostraat 29-C]], [[pc:2565 RL]]
Grondslag: art. 13b lid 1 Opiumwet, Damoclesbeleid gemeente Den Haag 2023
Aangetroffen: kwekerij 220 planten + elektriciteitsdiefstal
Duur: 6 maanden (tweede overtreding binnen 5 jaar)
Huurder: [[p:Nguyen Van Long]]
Belanghebbende: {{o:Haag Wonen}} (verhuurder)
Ingangsdatum: [[d:1 oktober 2024]]
Kenmerk: [[z:OOV/2024/13b-0598]]
=====
Hoe werkt een woningsluiting op grond van de Wet Damocles? Na een bestuurlijke rapportage van de politie stuurt de burgemeester een voornemen. De bewoner mag een zienswijze geven. Daarna volgt het besluit; de sluiting duurt meestal 3, 6 of 12 maanden. Belanghebbenden kunnen bezwaar maken en een voorlopige voorziening vragen bij de rechtbank. Het wijkteam kan helpen met vervangende woonruimte, maar die is er bijna nooit.
=====
Casusles (concept) – woningsluiting en kinderen
In een casus in {{w:Zuidwest}} werd een woning gesloten terwijl er drie kinderen woonden. Het wijkteam hoorde dat pas op de dag van de sluiting. Les: vraag {{o:OOV}} om bij elk voornemen tot sluiting het {{o:SWT}} te informeren, zodat er tijd is om opvang te regelen. In 2023 ging dat in 14 van de 60 zaken mis.
=====
Geachte mevrouw [[p:Hassani]],

Hierbij bevestig ik de ontvangst van uw bezwaarschrift van [[d:2 november 2024]] tegen het besluit tot sluiting van de woning [[a:Hobbemastraat 141-B]] (kenmerk [[z:OOV/2024/13b-0633]]). U wordt uitgenodigd voor een hoorzitting. Over de datum ontvangt u binnen vier weken bericht.

Met vriendelijke groet,
{{o:Gemeente Den Haag}}, {{o:afdeling Juridische Zaken}}
Postbus 12600, 2500 DJ Den Haag
=====
Sluiting op grond van art. 174a Gemeentewet (ernstige verstoring openbare orde) – [[a:Van Speijkstraat 222]]:
Aanleiding: 3 schietincidenten bij/tegen de woning ([[d:19-01]], [[d:03-02]], [[d:09-02]]); bewoner [[p:R. Tjin-Kon-Fat]] zelf niet verdacht maar doelwit. Sluiting 3 maanden. Bewoner + partner tijdelijk ondergebracht (adres afgeschermd). Contact uitsluitend via {{r:procesregisseur}} ZVH.
=====
Gedragsaanwijzing (art. 151d Gemeentewet) aan mw. [[p:Korporaal]]:
1. u laat de hulpverlening van {{o:GGD}} Bemoeizorg minimaal 1x per week binnen;
2. u draagt zorg dat er geen afval op de galerij staat;
3. u maakt tussen 23.00 en 07.00 uur geen lawaai.
Looptijd: 6 maanden vanaf [[d:1 juli 2024]]. Bij overtreding last onder dwangsom van € 250 per overtreding, maximaal € 2.500.
Kenmerk [[z:OOV/WAW/2024-007]]
""")

# ---------------------------------------------------------------------------
# 9. Sociale wijkzorgteams writing about overlast and safety
# ---------------------------------------------------------------------------
add(r"""
casusnotitie [[d:03-06]] – mw [[p:hehanussa]] ([[a:Kraayensteinlaan 310]]). Buren klagen over stank uit de woning, {{o:Haag Wonen}} heeft het SWT gevraagd. Vandaag met {{r:wijkverpleegkundige}} [[p:Ineke]] binnen geweest: veel spullen, geen ongedierte gezien, wel bedorven eten in de keuken. Mw is 79, zegt "ik red me wel". Dochter [[p:Maureen]] woont in Zoetermeer ([[t:06-38117604]]), gaat helpen met opruimen zaterdag.
=====
MDO {{o:SWT Moerwijk}} [[d:18 april]] – agendapunt 3: overlast [[a:Zuiderparklaan 1130]]
Inbreng [[p:Ayoub]] ({{r:maatschappelijk werker}}): gezin [[p:Hirsi]] (moeder + 5 kinderen, vader in Somalië). Buren klagen over lawaai van de kinderen in de avond en vuil op de galerij. Moeder is overbelast, oudste zoon ([[p:Abdullahi]], 16) komt laat thuis, volgens {{r:wijkagent}} "bekend in de groep bij het Zuiderpark".
Besluit: inzet {{o:Jeugdteam}} + gezinscoach; corporatie vragen om geduld; gesprek met buren via buurtbemiddeling.
=====
Ik heb vandaag voor de derde keer geprobeerd meneer [[p:Lewandowski]] te spreken over de klachten van zijn benedenburen. Hij doet niet open, maar ik hoor hem wel. Briefje in het Pools achtergelaten (vertaald door collega [[p:Agnieszka]]). Als hij voor [[d:vrijdag 20 september]] niet reageert, bespreek ik met de {{r:overlastconsulent}} of we samen met de {{r:wijkagent}} gaan.
=====
SWT {{w:Laak}} – interne mail
Hoi allemaal, wie kent dhr. [[p:Kostadinov]] uit de Spoorwijk? Hij staat bij mij op de lijst via het {{o:ZVH}} ([[z:ZVH-24-01207]]) vanwege overlast (drank, ruzie met huisgenoten op de kamer aan de [[a:Rijswijkseweg 216]]). Ik wil weten of iemand hem al eerder heeft gezien. Groet, [[p:Femke]]
=====
notitie: ivm veiligheid niet alleen op huisbezoek bij dhr [[p:K.]] ([[a:Weimarstraat 312b]] bovenwoning is NIET zijn adres, hij woont op [[a:Weimarstraat 314]]). Altijd met 2 collega's of samen met wijkagent. Hij heeft medewerker Haag Wonen vorig jaar bedreigd.
=====
Huisbezoek [[d:do 7/11]] samen met {{r:overlastconsulent}} [[p:Kim Janssen]] bij mw. [[p:Wang Li]] ([[a:Lijsterbesstraat 38]]). Klacht buren: harde muziek 's nachts. Blijkt: mw werkt tot 02.00 in restaurant van haar broer, haar zoon ([[p:Kevin Wang]], 17) heeft thuis vrienden over als zij weg is. Mw wist dit niet. Afspraken met zoon gemaakt, mw brengt het zelf bij de buren ter sprake.
=====
Aan: {{o:Meldpunt Bezorgd}}
Melding zorgwekkende situatie
Wie: [[p:Henk de Wit]], ca. 60 jaar
Waar: [[a:Tesselseplein 9]], [[pc:2583 PX]]
Wat: buren (bewoners van de 1e en 3e verdieping) zien hem al 2 weken niet, de brievenbus puilt uit, er komt een vieze lucht uit de brievenbus.
Melder: {{r:Wijkverpleegkundige}} {{o:SWT Scheveningen}}, [[p:Jolanda Pauw]], [[t:06-23875519]]
=====
Wat ik wil delen in de leergroep: bij overlastcasussen kijken we vaak alleen naar de veroorzaker. In de casus van mw. [[p:Z.]] bleek de klagende buurman zelf de bron van veel spanning (hij filmde haar elke dag). Pas toen we beide kanten hoorden kwam er rust. Ik heb de buurman toen aangemeld bij het {{o:SWT}} voor zijn eigen eenzaamheid. Werkte.
=====
[[p:Jasper]] ({{o:SWT}} {{w:Regentessekwartier}}) → [[p:Nicole]] ({{o:Staedion}}):
Cliënt [[p:Gaby Anthonia]] geeft toestemming om met jullie te praten over haar huurachterstand en de klachten. Zij vraagt of de ontbindingsprocedure kan worden aangehouden nu ze bij {{o:PLANgroep}} in een schuldhulptraject zit (traject nr [[z:PG-3398120]]).
=====
Casusnotitie [[p:Ruud Verhoeven]] (SWT Haagse Hout), [[d:26-09-2024]]:
Dhr. [[p:Ahmadzai]] ([[a:Theresiastraat 201-H]]) kwam op het spreekuur. Hij wordt door jongeren uit de straat uitgescholden en er is al 2x een steen door zijn raam gegooid. Hij durft geen aangifte te doen. Samen met hem naar {{r:wijkagent}} [[p:Lisa Smits]] gebeld; aangifte kan thuis worden opgenomen. Afspraak [[d:1 oktober]] 14.00 uur.
=====
Teams-bericht: wie van jullie gaat mee naar het ZVH-overleg over [[p:Ilse K.]] morgen? Ik kan niet, [[p:Zeynep]] is ziek. Dossiernr staat in de agenda.
=====
Verslag huisbezoek mw. [[p:Latuheru]] / zoon [[p:Jeffrey]] ([[a:Ambonplein 74]], {{w:Indische Buurt}})
Aanleiding: {{r:wijkagent}} meldt dat er vaak geschreeuw is; [[p:Jeffrey]] (34) zou zijn moeder duwen als hij gedronken heeft.
Mw. bevestigt dit deels, maar wil haar zoon niet kwijt. Hij heeft "niemand anders".
Afgesproken: melding bij {{o:Veilig Thuis}} (mw. stemt in); [[p:Jeffrey]] aanmelden bij {{o:Brijder}}; mw. krijgt alarmknop via {{o:Florence}}.
=====
notitie overleg met {{r:wijkagent}} en {{r:overlastconsulent}}, [[d:ma 12 feb]]: 3 adressen in de Rembrandtstraat met veel meldingen. Alleen bij [[a:Rembrandtstraat 12]] is het SWT betrokken (fam. [[p:Kılınç]]). Andere twee adressen: geen zorgsignalen, politie en corporatie pakken op.
=====
Hi [[p:Noura]],
Zoals besproken: cliënt [[p:Marek Kowalczyk]] (BSN [[b:797214148]]) heeft geen vaste woonplek sinds hij uit de woning is gezet aan de [[a:Loosduinseweg 505]]. Kun jij de aanvraag briefadres bij {{o:Publiekszaken}} doen? Hij slaapt nu in de {{o:nachtopvang Zilveren Toren}}.
Dank, [[p:Pieter]]
=====
[[d:12/12]] – mw [[p:tesfay]] gebeld. Buurvrouw heeft weer aangebeld om 23.00 uur, dreigde "de kinderen laten weghalen". Mw zeer angstig. Ik adviseer melding bij wijkagent (bedreiging). Buurtbemiddeling niet geschikt bij dreiging.
=====
Lesje uit de praktijk (anoniem): een jonge vrouw met LVB werd in haar eigen flat "overgenomen" door een groepje jongens (huisjesmelken / cuckooing). Buren dachten dat zij de overlast veroorzaakte. Pas toen de {{r:MEE-consulent}} samen met de {{r:wijkagent}} ging praten, kwam het uit. Tip: vraag bij overlast altijd wie er eigenlijk in de woning verblijft.
=====
SWT {{w:Mariahoeve}} aan {{o:politie}} – toestemming gegevensdeling
Ondergetekende, [[p:Wilhelmina]] ([[p:Willy]]) [[p:Groen]], geboren [[d:05-05-1948]], wonende [[a:Ambachtsgaarde 420]], geeft toestemming aan het sociaal wijkzorgteam om informatie uit te wisselen met de {{r:wijkagent}} over de bedreigingen door haar buurman.
Handtekening: [[p:W. Groen]]          Datum: [[d:22-01-2024]]
=====
kort: [[p:jamal]] (cliënt) zegt dat de buurman van hiernaast, dhr [[p:smit]], een luchtbuks heeft en daarmee op duiven schiet vanaf het balkon. Doorgezet naar wijkagent [[p:de Graaf]] ([[t:06-51904417]]).
=====
Overdracht overlastcasus naar collega [[p:Anna Lisa Moreno]]
Cliënt: [[p:Tiago Monteiro]] ([[d:1992-11-30]]), [[a:Vaillantlaan 455]], [[pc:2526 HW]]? (postcode nog checken)
Stand: tweede waarschuwingsbrief corporatie ontvangen; hij heeft een begeleider bij {{o:Stichting Anton Constandse}} (mentor: [[p:Wendy]]); zijn ex-vriendin komt regelmatig verhaal halen, ook 's nachts.
Open acties: gesprek met corporatie plannen, check of er een contactverbod is.
""")

# ---------------------------------------------------------------------------
# 10. No personal data: procedures, policy, statistics, look-alikes
# ---------------------------------------------------------------------------
add(r"""
Werkafspraak {{o:SWT}} – overlastmeldingen
1. Meldingen van de corporatie komen binnen via de teammail.
2. Binnen 5 werkdagen eerste contact met de huurder.
3. Bij signalen van huiselijk geweld altijd de meldcode volgen (stap 1 t/m 5).
4. Bij dreiging voor medewerkers: nooit alleen op huisbezoek, meld vooraf bij de {{r:teamleider}}.
5. Terugkoppeling aan de corporatie alleen met toestemming van de huurder.
=====
Bereikbaarheid partners (voor de kaart op het prikbord)
{{o:Politie}} geen spoed: 0900-8844
{{o:Veilig Thuis Haaglanden}}: 0800-2000 (24/7)
{{o:Gemeente Den Haag}}: 14 070
{{o:GGD}} acute psychiatrie: via {{r:huisarts}} of {{o:politie}}
{{o:Meld Misdaad Anoniem}}: 0800-7000
{{o:Buurtbemiddeling}}: via het wijkcentrum, spreekuur di 13.00–15.00 uur
=====
Het aantal meldingen woonoverlast in {{w:Escamp}} steeg in 2023 met 18% ten opzichte van 2022. Ruim een derde ging over geluid. In 42 gevallen werd een gedragsaanwijzing overwogen, in 7 gevallen opgelegd. Het {{o:ZVH}} besprak 116 casussen uit het stadsdeel.
=====
Vraag in de leergroep: hoe gaan jullie om met een huurder die zelf overlast ervaart én veroorzaakt? Wij merken dat de corporatie dan alleen naar de klachten van de buren kijkt. Zijn er teams die goede ervaringen hebben met een gezamenlijk gesprek onder leiding van een {{r:buurtbemiddelaar}}?
[[p:Hanna]] (SWT {{w:Ypenburg}})
=====
Reactie: bij ons in {{w:Loosduinen}} werkt het goed als de {{r:wijkagent}} er in het eerste gesprek niet bij is. Dat voelt voor huurders minder als een verhoor. Pas als er dreiging is schuift de politie aan. – [[p:mourad]]
=====
Agenda wijkveiligheidsoverleg {{w:Segbroek}}
13.30 opening en mededelingen
13.40 cijfers woninginbraken en overlast jeugd (politie)
14.00 aanpak hangplek Fahrenheitstraat / Valkenboskade
14.30 stand van zaken camera's Reinkenstraat
14.45 rondvraag
Locatie: stadsdeelkantoor, zaal 1.04
Voorzitter: [[p:Wendelien Sterk]] ({{r:gebiedsmanager}})
=====
Ter info: de regels over geluid in een huurwoning staan niet in de wet maar in het huurcontract en de APV. Artikel 7:213 BW (goed huurderschap) en artikel 4:6 APV (geluidhinder) worden het vaakst gebruikt. Voor burengeluid bestaat geen vaste norm in decibel.
=====
Stappen bij een tijdelijk huisverbod, in het kort:
- de {{r:hulpofficier van justitie}} legt het verbod op namens de {{r:burgemeester}};
- het verbod geldt 10 dagen en kan worden verlengd tot maximaal 28 dagen;
- {{o:Veilig Thuis}} coördineert de hulp voor alle betrokkenen;
- de uithuisgeplaatste moet sleutels inleveren en mag geen contact opnemen;
- overtreding is een misdrijf (art. 285c Sr).
=====
Presentatie expertmeeting: "Van overlast naar zorg". Sheet 4: in 6 op de 10 overlastcasussen speelt psychische problematiek. Sheet 5: gemiddeld duurt het 14 maanden voordat een casus bij het {{o:ZVH}} komt. Sheet 6: wat helpt? Vroeg samen op huisbezoek, één regisseur, korte lijnen.
=====
Wie kan mij vertellen hoe de aanmelding bij het {{o:ZVH}} nu gaat sinds het nieuwe systeem? Moet het BVH-nummer er altijd bij, ook als er geen politiecontact is geweest?
gr [[p:Jolien]]
=====
Antwoord: nee, dat veld mag leeg blijven. Wel graag aangeven welke partners al betrokken zijn en of de cliënt toestemming heeft gegeven. [[p:Roelie]] ({{o:ZVH}})
=====
Let op bij het delen van casuslessen over overlast: adressen, flatnummers, politienummers en zaaknummers van het {{o:ZVH}} altijd weglaten. Ook "de man van driehoog boven de snackbar" kan in een kleine straat al herkenbaar zijn.
=====
Posterteksten actieweek Veilig Thuis
"Twijfel je? Bel 0800-2000. Anoniem mag."
"Geweld achter de voordeur is nooit privé."
"1 op de 20 ouderen krijgt te maken met ouderenmishandeling."
=====
Rooster handhaving nachtdienst (vr/za) {{w:Scheveningen}}-Haven: 22.00–04.00 uur, 2 koppels {{r:BOA's}}, route langs Dr. Lelykade, Keizerstraat en de Boulevard. Bijzonderheden doorgeven aan de {{r:coördinator}} via portofoon kanaal 3.
=====
Besluitenlijst teamoverleg SWT {{w:Centrum}}
- We gaan vanaf kwartaal 3 aansluiten bij het woonoverlastoverleg van {{o:Staedion}} (maandelijks, 2e dinsdag).
- Casusbespreking huiselijk geweld blijft elke vrijdag 9.00–10.00.
- Cursus agressiehantering: 4 plekken, aanmelden bij de {{r:teamleider}}.
Notulist: [[p:Guus de Haan]]
=====
Evaluatie pilot "Samen op huisbezoek" (politie + SWT), {{w:Transvaal}}: 48 huisbezoeken, 31 keer kon zorg worden ingezet, 9 keer weigerde de bewoner alle hulp. Kosten: € 12.400 aan extra uren. Advies: uitbreiden naar {{w:Schilderswijk}} en {{w:Moerwijk}}.
=====
Het meldingsnummer 112 is alleen voor spoed. Bij een burenruzie zonder geweld belt u 0900-8844. Voor vragen over uw huurwoning belt u uw corporatie; {{o:Haag Wonen}} is bereikbaar op 070 - 890 40 00 en {{o:Staedion}} op 088 - 781 00 00.
=====
Stelling voor de brainstorm: "De wijkagent hoort vaste deelnemer van het wijkzorgteam te zijn." Eens/oneens? Argumenten voor: korte lijnen, eerder signaleren. Tegen: bewoners vertrouwen het team minder, beroepsgeheim.
=====
Reminder: de training Meldcode Huiselijk Geweld en Kindermishandeling is verplaatst naar kamer 3.12 op de 3e verdieping van het stadsdeelkantoor. Aanvang 9.30 uur op [[d:dinsdag 26 november]]. Trainer: [[p:Marleen Kok]]. Neem je eigen casus mee (geanonimiseerd!).
=====
Overzicht codes politie (voor nieuwe collega's): F300 = burenruzie, E33 = verward persoon, A20? = niet zeker, navragen bij wijkagent. BVH is het registratiesysteem van de politie; een registratienummer begint meestal met PL gevolgd door de eenheidscode.
=====
Hoe lang duurt een ontbindingsprocedure bij de kantonrechter? Meestal 3 tot 6 maanden, soms langer als er hoger beroep komt. In die tijd blijft de overlast vaak doorgaan. Daarom zetten corporaties steeds vaker eerst een laatste-kanscontract in.
=====
Vraag van een nieuwe collega: mag ik bij een huisbezoek foto's maken van een vervuilde woning? Antwoord van de {{r:privacy officer}}: alleen met toestemming, alleen als het nodig is voor de hulp, en nooit in de groepsapp.
""")

# ---------------------------------------------------------------------------
# 11. Longer reports: timelines, e-mail threads, integrated plans
# ---------------------------------------------------------------------------
add(r"""
Tijdlijn casus [[z:ZVH-24-00409]] – [[p:Denzel Wix]] ([[d:11-06-2000]])

[[d:02-01-2024]]  uitstroom PI Zoetermeer, geen woonplek; trekt in bij zijn oma [[p:Elvira Wix]] ([[a:Beresteinlaan 588]], huurder {{o:Haag Wonen}})
[[d:01-02-2024]]  eerste melding overlast trappenhuis (bewoonster 4e verdieping)
[[d:14-02-2024]]  politie ter plaatse, blowen in portiek, bekeuring ([[z:PL1500-2024036620]])
[[d:20-03-2024]]  waarschuwingsbrief {{o:Haag Wonen}} ([[z:OV-2024-0314]])
[[d:05-04-2024]]  aanmelding {{o:ZVH}} door {{r:wijkagent}} [[p:Koning]]
[[d:16-04-2024]]  eerste casusoverleg; oma wil kleinzoon niet op straat zetten
[[d:30-04-2024]]  gesprek [[p:Denzel]] met {{r:reclasseringswerker}} [[p:Orhan Tekin]] en {{r:jobcoach}} van {{o:Werkgeversservicepunt}}
[[d:21-05-2024]]  [[p:Denzel]] start bij een bouwbedrijf in Delft (proefplaatsing)
juni              2 meldingen (beide in het weekend)
[[d:15-07-2024]]  kamer via {{o:Kamers met Kansen}}, verhuizing naar {{w:Laakhaven}}
[[d:01-08-2024]]  afsluiten overlastdossier corporatie; ZVH evalueert na 3 maanden

Les: de combinatie werk + eigen kamer deed meer dan de waarschuwingsbrieven.
=====
Van: [[p:Tamara Visser]] ({{o:GGD Haaglanden}}, {{o:Bemoeizorg}})
Aan: [[p:Ricardo Tjon A Fong]]; [[p:Joost Kok]]; [[p:Marloes de Vos]]; [[p:Hans Koning]]
Datum: [[d:19 april 2024]]
Onderwerp: huisbezoek mw. [[p:Korporaal]] – verslag

Allen,

Gisteren ([[d:18-04]]) zijn [[p:Hans]] en ik om 11.00 uur bij mw. op de [[a:Erasmusweg 1113]] geweest. Zij deed na ongeveer tien minuten open, nadat [[p:Hans]] zich via de brievenbus had voorgesteld. De woning is ernstig vervuild (schaal 6 van de Clutter Image Rating), er staan minstens 40 vuilniszakken in de gang. Mw. is vermagerd, zegt dat de buren haar "bestralen" en dat ze daarom 's nachts met de radio aan slaapt (dat verklaart het geluid dat de buren horen).

Zij wil met mij verder praten, niet met de politie. Dat is winst.

Voorstel:
1. ik ga volgende week dinsdag alleen terug (met collega in de auto beneden);
2. [[p:Joost]] vraagt haar zus [[p:Greetje]] of zij mee wil;
3. [[p:Marloes]], kan de ontbindingszaak van [[d:16 mei]] worden aangehouden? Een ontruiming maakt het nu alleen erger.

Als het de komende twee weken niet lukt om contact te houden, bespreek ik met {{o:Parnassia}} een zorgmachtiging.

Groet,
[[p:Tamara]]
[[t:06-47225380]]
=====
Verslag MDO (multidisciplinair overleg) – gezin [[p:Petrović]], [[d:17 juni 2024]]
Aanwezig: [[p:Fenna Schouten]] (SWT, regie), [[p:Mieke van Beek]] ({{o:VT}}), [[p:Jorieke]] ({{r:jeugdverpleegkundige}} {{o:CJG}}), [[p:Dragan]] en [[p:Milena Petrović]] (ouders), meester [[p:Henk]] (leerkracht [[p:Luka]])

1. Veiligheid: sinds [[d:4 mei]] geen nieuwe incidenten. Ouders volgen de afspraken uit het veiligheidsplan. Vader heeft 4 van de 6 gesprekken bij {{o:De Waag}} gehad.
2. Kinderen: [[p:Luka]] (11) slaapt slecht en is op school snel boos. {{r:Schoolmaatschappelijk werker}} gaat met hem praten. [[p:Ana]] (6) gaat goed.
3. Financiën: huurachterstand € 1.120 bij {{o:Vestia}}; betalingsregeling loopt. IBAN voor de regeling: [[i:NL21TRIO5943725488]] (op naam van moeder).
4. Vervolg: {{o:VT}} toetst op [[d:2 september]], daarna sluit {{o:VT}} af als het veilig blijft. SWT blijft tot eind van het jaar.

Volgende MDO: [[d:maandag 9 september 2024]], 15.00 uur, wijkcentrum De Mussen.
=====
Casusles "Overlast of hulpvraag?" (concept, nog niet geanonimiseerd – NIET delen)

Mevrouw [[p:Barbara Wiśniewska]] (58, [[a:Kijkduinsestraat 615]], [[pc:2554 AM]]) werd in het voorjaar aangemeld door {{o:Vidomes}} vanwege stank en ongedierte. In haar woning bleken 14 katten te wonen. De buren (een jong gezin links en een oudere heer rechts) hadden al een half jaar geklaagd; de oudere heer had zelfs de {{o:Dierenbescherming}} gebeld.

Bij het eerste huisbezoek vertelde mevrouw dat haar man in maart 2022 is overleden en dat de katten "het enige zijn wat ze heeft". Zij had nooit hulp gevraagd. Haar zoon [[p:Paweł]] woont in Wrocław en belt eens per maand.

Wat werkte: de {{r:dierenambulancemedewerker}} en de {{r:maatschappelijk werker}} gingen samen. Mevrouw mocht zelf 3 katten kiezen om te houden. De {{o:Dierenbescherming}} plaatste de rest. De woning werd met vrijwilligers van {{o:NLdoet}} schoongemaakt.

Wat niet werkte: de eerste brief van de corporatie (met dreiging van ontbinding) maakte mevrouw zo bang dat ze drie weken de deur niet opendeed.
=====
E-mailwisseling (ingekort)

--- [[d:di 3 sep 2024]] 09:12, [[p:Wouter Post]] ({{o:Staedion}}) ---
[[p:Mohamed]], heb je al bericht over de sluiting [[a:Fahrenheitstraat 520]]? Wij hebben de ontbinding al bij de advocaat liggen.

--- [[d:di 3 sep 2024]] 11:40, [[p:Mohamed Achahbar]] ({{o:OOV}}) ---
Besluit wordt deze week getekend. Ingangsdatum wordt waarschijnlijk [[d:16 september]]. Ik laat het je weten.

--- [[d:ma 9 sep 2024]] 08:14, [[p:Wouter Post]] ---
(zie eerdere mail over de kinderen)

--- [[d:ma 9 sep 2024]] 13:02, [[p:Joost Kok]] (SWT) ---
Ik heb dhr. [[p:Yavuz]] gesproken. Hij kan tijdelijk bij zijn neef terecht op de [[a:Generaal Spoorlaan 44]] in Rijswijk. Over de kinderen: die wonen bij hun moeder in {{w:Wateringseveld}}, de omgangsregeling gaat gewoon door maar dan bij oma. Geen zorg rond kinderen op dit moment.
=====
Rapportage {{r:wijkagent}} t.b.v. ZVH-casusoverleg, [[d:7 oktober 2024]]

Betreft: [[p:Orlando Felida]], geb. [[d:26-02-1988]], [[a:Dr. Lelykade 140]]
Registraties afgelopen 6 maanden:
- [[d:12-04]]: bedreiging buurman (aangifte, [[z:PL1500-2024082211]])
- [[d:30-05]]: geluidsoverlast, 02:40 uur
- [[d:18-07]]: verward gedrag (E33), overgedragen aan GGD
- [[d:02-09]]: in bezit van vuurwapen (alarmpistool, omgebouwd?) – in beslag genomen, [[z:PL1500-2024200488]]
- [[d:29-09]]: ruzie op straat met onbekende, geen aangifte

Beoordeling: oplopende lijn. De buurman (benedenwoning) en zijn gezin zijn zeer bang; zij overwegen te verhuizen. Betrokkene is sinds [[d:1 september]] bij {{o:Fivoor}} in behandeling, maar komt afspraken slecht na.
Advies: gedragsaanwijzing + afspraken met {{o:Fivoor}} over informatie-uitwisseling; bij volgende incident met wapen sluiting o.g.v. art. 174a Gemeentewet onderzoeken.

[[p:M. Winter]], {{r:wijkagent}} {{w:Scheveningen-Haven}} / {{w:Duindorp}}
=====
Samenvatting {{o:Veilig Thuis}}-onderzoek (uittreksel voor SWT)
Dossier: [[z:VT-2024-11476]]
Cliënt: [[p:Johanna]] ([[p:Hanneke]]) [[p:Zomer]], [[d:1 april 1957]], [[a:Paets van Troostwijkstraat 205]]
Zoon: [[p:Thijs Zomer]], [[d:12-02-1986]]
Bevindingen: de zoon beheert de pinpas, er zijn tussen [[d:1 januari]] en [[d:30 juni]] geldopnames gedaan van in totaal € 8.740. Cliënt bevestigt dat ze niet vrij over haar geld kan beschikken. De zoon heeft een alcoholprobleem en is werkloos sinds 2022.
Conclusie: vermoeden financiële uitbuiting bevestigd.
Afspraken: nieuwe pinpas op naam cliënt; bewindvoering aangevraagd bij de kantonrechter; zoon krijgt een aanbod van {{o:Brijder}}; {{o:SWT Segbroek}} neemt regie over per [[d:1 september 2024]].
Rekening cliënt (nieuw, alleen voor de bewindvoerder): [[i:NL90RBRB2780586930]]
=====
Plan van aanpak – overlast {{w:Centrum}}, portiek Amsterdamse Veerkade
Betrokken huishoudens (alleen bekend bij corporatie en SWT):
A) [[p:Abdi]] – [[a:Amsterdamse Veerkade 63-1]] – klager (lawaai van boven)
B) [[p:Sarmo]] – [[a:Amsterdamse Veerkade 63-2]] – veroorzaker? jeugd, muziek, bezoek
C) [[p:Van Rossum]] – [[a:Amsterdamse Veerkade 63-3]] – klager (drugs in trappenhuis)
Acties:
- {{r:wijkagent}} [[p:Erik]]: extra surveillance vr/za, contact met zoon B ([[p:Jordy]])
- SWT: gesprek met moeder B ([[p:Esmeralda Sarmo]], [[t:06-13 40 25 77]])
- corporatie: deur trappenhuis repareren, verlichting
- buurtbemiddeling: aanbieden aan A en B
Evaluatie: [[d:1 december]]
=====
Hallo [[p:Petra]],

Je vroeg me om een samenvatting van wat er in de nacht van [[d:zaterdag 14]] op [[d:zondag 15 september]] bij je vader ([[p:Jan Verbeek]], [[a:Ramen 12]]) is gebeurd. Om ongeveer 01.30 uur belde de buurman van hiernaast de politie omdat je vader in zijn pyjama op de galerij stond te roepen dat er inbrekers waren. De politie heeft hem gerustgesteld en is gebleven tot de {{r:huisarts}} van de huisartsenpost er was. Er zijn geen inbrekers geweest.

Ik begrijp dat je boos bent dat je niet direct gebeld bent. Jouw nummer stond niet bij de politie. Ik raad aan dat je vader een sleutelkastje en een alarmknop krijgt met jouw nummer erin. De {{r:casemanager dementie}} van ons team ([[p:Yvonne Hoek]]) belt je deze week.

Met vriendelijke groet,
[[p:Wim Groen]]
{{r:Maatschappelijk werker}} SWT {{w:Mariahoeve}}
=====
Verslag Escalatieoverleg [[d:8 oktober 2024]] (uittreksel)

[[z:ZVH-24-01011]] – mw. [[p:Wiśniewska]]: situatie verbeterd, casus terug naar SWT.
[[z:ZVH-24-00944]] – dhr. [[p:Felida]]: {{r:burgemeester}} wordt geadviseerd een gedragsaanwijzing op te leggen; {{o:Fivoor}} wordt gevraagd om FACT-zorg te intensiveren. {{r:Wijkagent}} [[p:Winter]] blijft aanspreekpunt voor de buren.
[[z:ZVH-24-01026]] – dhr. [[p:Hamza Yusuf Abdi]]: geen contact; {{o:Straatpastoraat}} en de {{r:outreachend werker}} ([[p:Abdirizak]]) zoeken hem op rond Hollands Spoor. BSN bekend: [[b:160392135]]. Aanvraag briefadres loopt.
""")

# ---------------------------------------------------------------------------
# 12. Quick messages: apps, Teams, sms, lazy typing
# ---------------------------------------------------------------------------
add(r"""
@[[p:sanne]] kan jij vrijdag mee naar [[a:heeswijkplein 52]]? wijkagent wil er niet alleen heen ivm die hond
=====
[[p:fatma]] belde, bovenbuurman heeft weer haar deurmat in brand gestoken (2e keer!!). politie is geweest, mutatienr [[z:2024-0411872]]. ze wil verhuizen, urgentie?
=====
ok ik zet het in het dossier van [[p:El Idrissi]]. weet jij of de vriend ([[p:Mourik]]) nu echt weg is of alleen "even"?
=====
Wijkagent [[p:Hoek]] vraagt of we de moeder van dhr. [[p:Lachhab]] kunnen bereiken, nr eindigt op 7712? ik heb het volledige nummer niet
=====
FYI: mw. [[p:Baas]] (buurtbemiddeling) heeft afgezegd voor dinsdag, nieuwe datum [[d:4 juni]].
=====
heb net [[p:Owusu]] gesproken, betaalt morgen € 500 aan Haag Wonen. zegt dat de kinderen niet meer op de galerij spelen. vertrouw het half.
=====
Bericht van [[p:Koenen]] (buurvrouw): "ze hebben weer de hele nacht lopen boren, ik ben op, ik trek het niet meer". Tijd bericht: 04:52.
=====
[[p:Joost]]: heeft iemand het nieuwe nummer van [[p:Greetje]] (zus van mw [[p:K]])?
[[p:Tamara]]: [[t:06 2849 1103]]
[[p:Joost]]: top dank
=====
Spoed: dhr [[p:Verbeek]] (Ramen) is weer de straat op gegaan zonder jas, buurvrouw heeft hem binnengehaald. Dochter onderweg.
=====
graag terugbellen: mr. [[p:Oudshoorn]] advocaat van fam [[p:Doelwijt]], [[t:070-3619924]], over de verlenging HV
=====
ik ben bij de fam. [[p:Aksoy]], alles rustig. vader niet gezien. ga zo naar [[p:Latuheru]].
=====
Teams: @[[p:Mirjam]] @[[p:Yusuf]] wie pakt de melding van {{o:Staedion}} op over [[a:Laakweg 17-B]]? zit nog niemand op
=====
sms cliënt: "mevrouw [[p:fenna]] hij staat weer voor de deur wat moet ik doen". antwoord: "bel 112 nu. ik bel de wijkagent."
=====
Memo aan mezelf: BVH-nr van de melding van dinsdag nog opvragen bij [[p:Marco]]. Zonder nummer neemt ZVH de aanmelding niet in behandeling.
=====
[[p:Wendy]] ({{r:nazorgcoördinator}}) zegt: [[p:Pigot]] is niet op zijn afspraak bij de {{o:Reclassering}} verschenen. Moeder zegt dat hij "bij vrienden" slaapt. Adres [[a:Hunsestraat 11 hs]] blijft zijn briefadres.
=====
Kun je aub de BSN van dhr. [[p:Kowalczyk]] checken, ik heb [[b:18224932]] genoteerd maar dat zijn 8 cijfers
=====
klopt, moet [[b:7972.14.148]] zijn
=====
geen nieuws over [[p:Hamza]]. outreach heeft hem 2 weken niet gezien op HS.
=====
[[p:ivo]] kun jij het overlastdagboek van [[p:mulder]] inscannen en naar {{o:Haag Wonen}} sturen? staat in de map op de kast.
=====
App wijkagent [[d:zo 10-11]] 09:03: "Nacht was rustig bij [[p:Felida]], 1 melding om 00:40 (muziek), bij aankomst was het al uit."
""")

# ---------------------------------------------------------------------------
# 13. Mixed documents: exports, statements, court and urgency papers, residents
# ---------------------------------------------------------------------------
add(r"""
Export meldingenregister {{o:Staedion}} (selectie complex 4412)
meldnr	datum	adres	soort	status
[[z:STA-1102938]]	[[d:2024-05-02]]	[[a:Kerketuinenweg 118]]	geluid	in behandeling
[[z:STA-1103310]]	[[d:2024-05-09]]	[[a:Kerketuinenweg 126]]	vervuiling	afgesloten
[[z:STA-1104477]]	[[d:2024-05-27]]	[[a:Kerketuinenweg 118]]	geluid	in behandeling
[[z:STA-1106012]]	[[d:2024-06-14]]	[[a:Kerketuinenweg 140]]	drugs	doorgezet politie
=====
GETUIGENVERKLARING (t.b.v. procedure ontbinding huurovereenkomst)

Ik, ondergetekende, [[p:Cornelis]] ([[p:Kees]]) [[p:van der Veen]], geboren [[d:19 mei 1961]], wonende [[a:Kerketuinenweg 120]], [[pc:2544 CV]] Den Haag, verklaar het volgende.

Ik woon sinds 1998 naast de woning van gedaagde. Sinds de huidige huurder daar woont (ongeveer twee jaar) heb ik vrijwel elke week last van harde muziek en schreeuwen, vooral tussen 23.00 en 04.00 uur. Op [[d:2 mei 2024]] ben ik om 02.00 uur aan de deur gegaan. De huurder, die ik ken als [[p:Rocky]], duwde mij toen tegen de muur. Daarvan heb ik aangifte gedaan ([[z:PL1500-2024089401]]).

Deze verklaring is naar waarheid opgemaakt.
Den Haag, [[d:20 juni 2024]]
[[p:C. van der Veen]]
=====
Rechtbank Den Haag, team kanton
Zaaknummer / rolnummer: [[z:11204567 \ CV EXPL 24-8812]]
Vonnis van [[d:19 september 2024]] in de zaak van
de stichting {{o:Stichting Staedion}}, gevestigd te Den Haag, eiseres,
gemachtigde: mr. [[p:L.A. de Ruiter]],
tegen
[[p:Rocky Martis]], wonende te Den Haag, gedaagde, verschenen in persoon.

De kantonrechter ontbindt de huurovereenkomst tussen partijen betreffende de woning aan de [[a:Kerketuinenweg 118]] te Den Haag en veroordeelt gedaagde de woning binnen 14 dagen na betekening van dit vonnis te ontruimen.
=====
Aanvraag urgentieverklaring (reden: huiselijk geweld)
Aanvrager: [[p:Samira Ouchan]]
BSN: [[b:704945253]]
Huidig adres: [[a:Melis Stokelaan 2170]], [[pc:2541 GM]] (gezamenlijke huurwoning met pleger)
Telefoon: [[t:06-27731904]]
Kinderen: [[p:Yassin]] ([[d:13-09-2015]]), [[p:Imane]] ([[d:28-01-2018]])
Onderbouwing: verklaring {{o:Veilig Thuis}} ([[z:VT-2024-12033]]), politieregistratie [[z:PL1500-2024198870]]
Ondersteund door: {{r:maatschappelijk werker}} [[p:Marjolein Dekker]] ({{o:Xtra}})
=====
Noodfonds {{o:Sterk Huis}} – uitbetaling eerste levensbehoeften
Naam: [[p:N. Achterberg]]
Bedrag: € 150
Rekening: [[i:NL31TRIO0816270767]]
Let op: rekeningnummer lijkt niet te kloppen (validatie faalt), navragen bij cliënt.
=====
Hi, this is [[p:Emma Clarke]] from [[a:Van Boetzelaerlaan 71-B]]. I'm writing on behalf of several expat tenants in our building. The man on the ground floor has been shouting at us in the stairwell and last Friday ([[d:11 October]]) he threatened my partner [[p:Rahul]] with a knife. We reported it to the police (reference [[z:PL1500-2024227310]]). We don't speak much Dutch – who can we talk to at {{o:Haag Wonen}}? My number is [[t:+44 7700 900412]].
Thanks, [[p:Emma]]
=====
Samenvatting bewonersavond {{w:Duindorp}} (georganiseerd door {{o:Stichting Wijkberaad Duindorp}}) op [[d:donderdag 10 oktober]], 38 aanwezigen
- klachten over jongeren met scooters op het Tesselseplein en bij de haven 's avonds
- zorgen over een woning in de straat waar "steeds andere mannen wonen" (arbeidsmigranten?); bewoners noemden geen namen
- {{r:wijkagent}} licht werkwijze toe; {{r:jongerenwerker}} van {{o:Stichting MOOI}} nodigt jongeren uit voor gesprek
- vervolgavond in het najaar
=====
Telefoonnotitie {{o:Meldpunt Zorg en Overlast}}
Beller: [[p:Tineke Brouwer]], {{r:mantelzorger}}/buurvrouw
Over: [[p:Gerrit Schouten]], 71, [[a:Goudsbloemlaan 47]]
Melding: meneer verwaarloost zichzelf, drinkt, hij schreeuwt 's nachts tegen zijn overleden vrouw. Beller heeft sleutel. Familie onbekend.
Aangenomen door: [[p:Rachida]] op [[d:woensdag 28 augustus]] om 10:20
Doorgezet naar: {{o:SWT Bomen- en Bloemenbuurt}} + {{o:GGD}} {{o:Bemoeizorg}}
=====
Verwijzing {{o:Buurtbemiddeling Den Haag}}
Verwijzer: {{o:Vestia}}, [[p:Yasmina Boukhari]], [[e:y.boukhari@vestia.nl]]
Partij 1: dhr. [[p:Kees Dijkstra]], [[a:Goudsbloemlaan 99]], [[t:06-31 27 84 50]]
Partij 2: mw. [[p:Fatoumata Diallo]], [[a:Goudsbloemlaan 97]] (benedenwoning), [[t:0642987316]]
Aard conflict: auto bekrast (aangifte gedaan), pesterijen, geluid
Bereidheid: partij 1 ja, partij 2 "alleen als er iemand bij is"
Opmerking: bij dreiging geen bemiddeling, eerst politie.
=====
Overzicht jeugdgroep Zuiderpark (groepsaanpak, vertrouwelijk)
| naam | leeft. | adres | school/werk | rol in groep |
| [[p:Abdullahi Hirsi]] | 16 | [[a:Zuiderparklaan 1130]] | MBO | meeloper |
| [[p:Jayden Kromosoeto]] | 17 | [[a:Melis Stokelaan 1874]] | geen | kern |
| [[p:Ricky de Jong]] | 15 | [[a:Erasmusweg 802]] | VMBO | meeloper |
| [[p:Ilias Bouzambou]] | 18 | onbekend (bank-hopper) | geen | kern |
Aanpak: per jongere een {{r:casusregisseur}}, ouders uitnodigen, {{r:leerplichtambtenaar}} informeren.
=====
Dagrapport {{r:huismeester}} {{o:Haag Wonen}}, complex Morgenstond-Noord, [[d:vr 8-3-2024]]
07:45 ronde galerijen flat 1–3. Flat 2, 5e galerij: brandgang versperd (fietsen, kinderwagen) bij de woningen [[a:Hengelolaan 1261]] en [[a:Hengelolaan 1263]] – briefjes opgehangen.
10:30 lift flat 3 defect, monteur gemeld.
13:15 klacht mw. van [[a:Hengelolaan 1471]] over rookgeur uit de buren – bekeken, vermoedelijk sigaretten, niets gevonden.
16:00 sleutel woning [[a:Hengelolaan 1290]] opgehaald (vertrek huurder, overleden).
=====
Brief {{o:Slachtofferhulp Nederland}} aan mw. [[p:Ilse Hagenaars]]
Datum: [[d:2 december 2024]]
Beste mevrouw [[p:Hagenaars]], de politie heeft ons laten weten dat u slachtoffer bent geworden van bedreiging door uw buurman op [[d:26 november]]. Uw aangifte heeft nummer [[z:PL1500-2024262290]]. Wij bieden u gratis ondersteuning aan. Uw contactpersoon is [[p:Ton Lammers]], bereikbaar op [[t:06-81174032]] of via 0900-0101 (algemeen).
=====
Advies {{o:Reclassering Nederland}} t.b.v. ZSM-beslissing
Verdachte: [[p:Dwayne Statia]], [[d:17-10-1990]], [[a:Hobbemastraat 51]]
Delict: bedreiging buurvrouw, vernieling (ruit), [[d:29-10-2024]]
Risico recidive: gemiddeld. Verslavingsproblematiek (cocaïne), bekend bij {{o:Brijder}}.
Advies: voorwaardelijk sepot met bijzondere voorwaarden: contactverbod met de buurvrouw (mw. [[p:F.]]), meldplicht, behandeling bij {{o:Brijder}}.
Rapporteur: [[p:Orhan Tekin]], {{r:reclasseringswerker}}
=====
Sleuteloverdracht na woningsluiting
Woning: [[a:Gruttostraat 29-C]]
Datum opening: [[d:02-04-2025]]
Sleutels ontvangen door: [[p:Lan Nguyen]] (dochter huurder), in bijzijn van {{r:handhaver}} en {{r:medewerker}} {{o:Haag Wonen}}
Staat woning: leeg, schade aan elektra (zie rapport {{o:Stedin}})
=====
Kopie whatsapp van cliënt aan haar SWT-medewerker: "Bon dia [[p:Nathaly]], mi ta bon. ma e buurman a bolbe grita ayera anochi. mi a yama polis, nan a bin ora 11. ik heb het nummer van de melding niet gekregen. Mi tin miedu."
=====
Bericht {{r:leerkracht}} {{o:OBS De Springplank}}: "[[p:Yassin Ouchan]] uit groep 6 was vandaag erg stil en vertelde dat hij niet meer thuis mag slapen maar bij zijn tante. Moeder is niet bereikbaar. Wie is contactpersoon vanuit VT?"
=====
Overzicht adressen gesloten woningen {{w:Laak}} (ter info voor SWT, niet verspreiden)
1. [[a:Gruttostraat 29-C]] – t/m [[d:31-03-2025]]
2. [[a:Lorentzplein 17]] – geen sluiting, waarschuwing
3. [[a:Fahrenheitstraat 520]] – t/m [[d:16-12-2024]] (is {{w:Segbroek}}, zat per abuis in de lijst)
=====
Verzoek om informatie aan {{o:DUO}}? Nee – aan {{o:Belastingdienst}}? Ook nee. Voor een ZVH-casus mag je alleen gegevens delen die nodig zijn voor het doel, met een grondslag in het convenant. Bij twijfel: bel de {{r:privacy officer}} van het {{o:ZVH}}.
=====
Notitie gesprek met {{r:buurtcoach}} [[p:Sevgi Arslan]] over de Wolmaransstraat: bewoners hebben een eigen buurtpreventie-app. Daarin worden soms namen en foto's van "verdachte" bewoners gedeeld, o.a. van een jongeman met autisme ([[p:Robin]], woont bij zijn ouders op [[a:Wolmaransstraat 29]]). Zijn moeder heeft bij het SWT geklaagd. Actie: gesprek met beheerders van de app.
""")

# ---------------------------------------------------------------------------
# 14. More letters, reports and notes (GGD, VT, corporations, clients)
# ---------------------------------------------------------------------------
add(r"""
Wijkagent-spreekuur {{w:Laakkwartier}}
Elke woensdag van 14.00 tot 15.30 uur in wijkcentrum Laakkwartier (zaal 0.03).
Uw {{r:wijkagenten}}: [[p:Gerrit van Leeuwen]] en [[p:Sabrina Tahtah]].
Geen spoed? Bel 0900-8844. Wel spoed? Bel 112.
=====
{{o:Veilig Thuis Haaglanden}}
Postbus 16144, 2500 BC Den Haag

Aan mevrouw [[p:E. Aksoy]]
[[a:Cremerstraat 188]]
[[pc:2526 JV]] DEN HAAG

Datum: [[d:22 juli 2024]]
Ons kenmerk: [[z:VT 24-07721]]

Beste mevrouw [[p:Aksoy]],

Zoals afgesproken sturen wij u een bevestiging van het veiligheidsplan dat wij op [[d:18 juli]] samen hebben gemaakt. Heeft u vragen, dan kunt u bellen met uw casemanager, [[p:Sevda Yıldırım]], op [[t:06 2718 0936]]. Bij acuut gevaar belt u altijd 112.

Met vriendelijke groet,
[[p:Sevda Yıldırım]], {{r:casemanager}}
=====
Rapportage {{o:GGD Haaglanden}} – {{o:Bemoeizorg}} / OGGZ
Cliënt: [[p:G. Schouten]], [[a:Goudsbloemlaan 47]]
Datum bezoek: [[d:3 september 2024]], 11.15 uur, met {{r:wijkverpleegkundige}} [[p:Anja de Boer]]
Bevindingen: cliënt aanspreekbaar, georiënteerd in tijd en plaats. Woning vervuild (lege flessen, etensresten). Geen acute psychose; wel rouw en alcoholmisbruik. Geen gevaar voor anderen, gering gevaar voor zichzelf (valrisico).
Afspraken: dagelijks thuiszorg voor medicatie, aanmelding bij {{o:Brijder}}; buurvrouw [[p:Brouwer]] wordt als sleutelhouder genoteerd (met toestemming).
=====
Aanmelding Skaeve Huse / Bijzondere Woonvormen – vertrouwelijk
Kandidaat: [[p:Hamza Yusuf Abdi]], geb. [[d:01-01-1979]] (datum onzeker, Somalisch paspoort)
BSN: [[b:160392135]]
Verblijf: op straat, rond station Hollands Spoor en Laakhaven
Aanmelder: {{o:ZVH}} ([[z:ZVH-24-01026]]), [[p:Roelie Haas]]
Reden: 3x uit maatschappelijke opvang gezet wegens agressie; ernstige overlast in eerdere woning aan de [[a:Jan Blankenstraat 42]] (ontbonden in 2021)
=====
Notitie [[p:Agnieszka Wójcik]] (SWT {{w:Laak}}), [[d:2024-10-03]] 16:45
Dhr. [[p:Lewandowski]] heeft gebeld naar aanleiding van mijn briefje. Hij zegt dat de benedenburen zelf overlast geven (rook van hun barbecue). Hij drinkt "alleen in het weekend". Hij werkt in een distributiecentrum in Bleiswijk, wisseldiensten. Afspraak: huisbezoek [[d:do 10/10]] 17.30 na zijn dienst. Tolk niet nodig, hij wil Pools met mij praten.
=====
Klacht over behandeling door de corporatie (ingediend bij {{o:Huurcommissie}}? nee – bij de klachtencommissie {{o:Haag Wonen}})
Indiener: [[p:Mustafa Kılıç]], [[a:Zonnebloemstraat 77]]
"Ik word behandeld als een crimineel. De buurvrouw belt steeds de politie als mijn kinderen huilen. De politie is al 3x geweest en niks gevonden (zie melding van [[d:6 november]]). Nu krijg ik een waarschuwingsbrief van u. Ik wil dat u ook naar mijn kant luistert."
=====
Van: [[e:ricardo.tjonafong@zvhh.nl]]
Aan: [[e:fenna.schouten@denhaag.nl]]
CC: [[e:m.vanbeek@veiligthuishaaglanden.nl]]
Onderwerp: aanmelding fam. [[p:Petrović]] bij ZVH?

[[p:Fenna]], ik zie dat de casus nu goed loopt onder regie van het SWT en {{o:VT}}. Wat mij betreft is aanmelding bij het {{o:ZVH}} niet nodig. Mocht er een nieuw incident zijn, dan graag opnieuw kijken. Groet, [[p:Ricardo]]
=====
Samenvatting voor de overdracht van wijkagent [[p:Ilham El Kaddouri]] naar haar opvolger:
- mw. [[p:Frankenberg]] ([[a:Hofzichtlaan 3]]), slechtziend, vaak bang 's nachts, belt soms 112 bij geluiden. Geen verdere actie nodig, wel af en toe langsgaan.
- dhr. [[p:Verbeek]], zie mail [[d:7 november]]. Dochter [[p:Petra]]: [[t:06-45 91 27 03]].
- jongeren bij het Mariahoeveplein: rustig sinds de nieuwe jongerenwerker.
=====
Rapport geluidsoverlast (meting {{o:Omgevingsdienst Haaglanden}})
Meetlocatie: slaapkamer [[a:Laan van Meerdervoort 1602]], 2e verdieping
Bron: bovenwoning (horeca-afzuiging dakopbouw) – geen woonoverlast door bewoners
Meetperiode: [[d:2 oktober]], 22:00 – [[d:3 oktober]], 07:00
Resultaat: LAr,LT 41 dB(A) ('s nachts), norm 40 dB(A). Overschrijding 1 dB.
Contact melder: [[p:J. Vos]], [[t:070 - 323 18 46]]
=====
dhr [[p:soekhram]] belde boos: zijn zoon zou volgens de buren "drugs verkopen" maar volgens hem verkoopt hij tweedehands telefoons. Politie heeft niks gevonden. Hij wil weten wie hem heeft aangegeven. Uitgelegd dat we dat niet mogen zeggen en dat wij ook niet weten wie de melder is.
=====
Aan de burgemeester van Den Haag,

Wij, de bewoners van de Acaciastraat (even kant), willen ons zorgen uiten over het huis op [[a:Acaciastraat 74]]. Daar komen dag en nacht auto's die kort stoppen. Wij zijn bang dat er gehandeld wordt. Wij vragen u om de woning te sluiten zoals in andere straten is gebeurd.

Namens 14 huishoudens,
[[p:Marianne Kraai]] ([[a:Acaciastraat 68]])
[[p:Bayu Sastrowardoyo]] ([[a:Acaciastraat 80]])
=====
Reactie {{o:OOV}}: "Wij kunnen alleen een woning sluiten als de politie daar drugs of wapens aantreft. Een vermoeden van de buren is niet genoeg. Wel nemen wij uw signalen door met de {{r:wijkagent}}. Meld verdachte situaties bij de politie (0900-8844) of anoniem bij {{o:Meld Misdaad Anoniem}}."
""")


add(r"""
Integraal plan van aanpak – {{o:Zorg- en Veiligheidshuis Haaglanden}}
Casus: [[z:ZVH-24-01133]]   Versie 2, [[d:14 november 2024]]   {{r:Procesregisseur}}: [[p:Roelie Haas]]

1. Wie
[[p:Nasrin Rahimi]] ([[d:09-09-1985]]), [[a:Oude Haagweg 377-D]], [[pc:2552 EV]], en haar zoons [[p:Farid]] (14) en [[p:Omid]] (10). Ex-partner [[p:Javid Popal]] ([[d:22-03-1980]]) woont sinds de scheiding in Zoetermeer.

2. Waarom bij het ZVH
Sinds [[d:1 mei]] 9 politieregistraties op het adres, waaronder 2 keer huiselijk geweld (ex-partner kwam verhaal halen, o.a. [[z:PL1500-2024170032]]) en 5 keer overlastmeldingen van buren over [[p:Farid]] en zijn vrienden in het portiek. De benedenbuurman heeft een overlastdagboek bijgehouden over 6 weken. {{o:Haag Wonen}} overweegt ontbinding; {{o:Veilig Thuis}} ([[z:VT-2024-10988]]) ziet moeder als slachtoffer, niet als veroorzaker.

3. Doelen (6 maanden)
a. Geen nieuwe incidenten met de ex-partner: contactverbod via {{o:OM}}, AWARE-alarm voor moeder.
b. Minder overlast in het portiek: [[p:Farid]] naar voetbal bij {{o:ADO Den Haag}} Community, {{r:jongerenwerker}} [[p:Yassine]] zoekt hem wekelijks op.
c. Woning behouden: {{o:Haag Wonen}} houdt de procedure aan zolang afspraken worden nagekomen; moeder tekent een gedragsovereenkomst.
d. Rust thuis: {{r:gezinscoach}} van het {{o:CJG}}, 1x per week.

4. Rollen
Regie: {{o:SWT Segbroek}} ([[p:Daan Mulder]], [[t:06-29 17 48 36]]). Veiligheid: {{r:wijkagent}} [[p:Sabrina Tahtah]]. Evaluatie in het ZVH-overleg van [[d:13 februari 2025]].
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


def digits(s):
    return "".join(re.findall(r"[0-9A-Za-z]", s)).upper()


def bsn_ok(s):
    d = digits(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = digits(s)
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
            if sp["label"] == "bsn" and sp["text"] not in BAD_ON_PURPOSE:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in BAD_ON_PURPOSE:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
            if sp["label"] == "date":
                assert re.search(r"\d", sp["text"]), ("date without a day", sp["text"])
        rows.append({"id": "h129-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout129.jsonl")
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
