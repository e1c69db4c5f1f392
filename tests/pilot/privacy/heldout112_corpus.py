#!/usr/bin/env python3
"""Held-out corpus 112: the pilot's own register ("Samen werken in het sociale
domein"): drafts of anonymised case lessons (situatie / aanpak / wat werkte / les
voor andere teams) in which personal data slipped through, minutes of theme
meetings, MDO (multidisciplinary) notes, action lists, case-transfer notes
between teams and facilitators' summaries of workshops, structured with
headings, bullets, numbered lists and tables.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout112.jsonl next to itself.
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

# Numbers that are typed wrongly on purpose (still personal data, fail the check).
KNOWN_BAD = {"646698395", "NL23RABO2563660117"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Draft case lessons (situatie / aanpak / wat werkte / les voor andere teams)
# ---------------------------------------------------------------------------
add(r"""
# Casusles (concept) – thema Bemoeizorg

**Team:** SWT {{w:Transvaal}}
**Ingediend door:** [[p:Rachid Lamrini]], {{r:maatschappelijk werker}}

## Situatie
Een man van 58 die al jaren zorg mijdt. Meneer [[p:Ouahbi]] woont alleen op de [[a:Stortenbekerstraat 41-III]] en laat niemand binnen. Buren meldden stankoverlast bij {{o:Haag Wonen}}.

## Aanpak
- Eerst contact via de moskee, niet via een brief
- Samen met {{o:GGD Haaglanden}} (Team Vangnet) drie keer aangebeld op vaste tijden
- Pas bij het vierde bezoek ging de deur open

## Wat werkte
Geduld en steeds dezelfde twee gezichten.

## Les voor andere teams
Plan bemoeizorg in vaste ritmes; wissel niet van medewerker.
=====
Concept casusles v2 – graag feedback vóór vrijdag!

Situatie: mevrouw [[p:Kartosen]] (71) uit {{w:Moerwijk}} werd door haar kleindochter [[p:Sharon]] aangemeld omdat ze haar post niet meer opende. Bleek een achterstand bij {{o:CAK}} en {{o:Eneco}} van samen ruim € 2.300.
Aanpak: {{r:welzijnscoach}} en {{r:schuldhulpverlener}} kwamen samen op huisbezoek (1x per week, 6 weken).
Wat werkte: de kleindochter kreeg een eigen rol (post sorteren op zondag).
Les voor andere teams: maak de mantelzorger onderdeel van het plan in plaats van alleen informant.
=====
CASUSLES – thema Ouderen – SWT {{w:Mariahoeve}}

SITUATIE
Echtpaar, beiden eind tachtig, hij beginnende dementie, zij slechtziend. Wonen op drie hoog zonder lift ([[a:Ruimzicht 212]], [[pc:2591 XK]]). Zoon woont in Groningen.

AANPAK
1. {{r:casemanager dementie}} en {{r:ouderenconsulent}} samen op intake
2. Urgentieaanvraag bij de gemeente
3. Tijdelijk {{o:Buurtzorg}} voor de ochtendzorg

WAT WERKTE
Eén casusregisseur die ook de zoon op de hoogte hield (wekelijks belletje).

LES
Regel bij ouderen met een mantelzorger op afstand één vast contactmoment per week.
=====
## Casusles: huiselijk geweld in een gezin met drie kinderen

| Onderdeel | Beschrijving |
|---|---|
| Wijk | {{w:Laakkwartier}} |
| Thema | Huiselijk geweld |
| Situatie | Moeder ([[p:Nadia]], 34) meldde zich bij het {{o:Servicepunt XL}} met blauwe plekken; partner [[p:Youssef Tahiri]] bleek al bekend bij {{o:Veilig Thuis}} |
| Aanpak | Veiligheidsplan samen met {{o:Veilig Thuis}}, tijdelijke opvang via {{o:Sterk Huis}} |
| Wat werkte | Directe warme overdracht: de {{r:maatschappelijk werker}} liep mee naar de opvang |
| Les | Geen wachttijd laten ontstaan tussen melding en eerste veiligheidsgesprek |
=====
Casusles jeugd/jongvolwassenen (concept, nog niet geanonimiseerd!!)

Situatie
Jongen van 18, net uit de jeugdzorg, geen inkomen, slaapt bij vrienden. [[p:Damian]] stond nog ingeschreven bij zijn moeder op de [[a:Jacob Catsstraat 88]] maar mocht daar niet meer komen.

Aanpak
- Overdracht van {{o:Jeugdbescherming west}} naar ons team vóór zijn verjaardag ([[d:3 oktober]])
- Aanvraag Participatiewet direct bij {{o:SZW}}
- Kamer via {{o:Kessler Stichting}} (tijdelijk)

Wat werkte
De {{r:jeugdconsulent}} bleef 3 maanden "schaduwen".

Les
Begin de 18-min/18-plus overdracht minimaal een half jaar van tevoren.
=====
Situatie: jonge moeder met LVB in de {{w:Schilderswijk}}, drie kinderen onder de 6. Aanpak: {{o:MEE}} + {{o:CJG}} samen één plan. Wat werkte: plaatjes in plaats van brieven. Les: vraag bij LVB altijd hoe iemand informatie het best begrijpt.
=====
Casusles – concept [[p:Marieke]]

Ik heb de namen eruit gehaald, behalve waar dat niet lukte:

Mevrouw X (82) uit {{w:Bezuidenhout}} viel drie keer in een maand. Haar buurman, meneer [[p:de Vos]], belde steeds de {{r:huisarts}}. Uiteindelijk heeft de {{r:wijkverpleegkundige}} een valanalyse gedaan en is via de {{o:Wmo}} een traplift aangevraagd.

Les voor andere teams: buren zijn vaak de eerste signaalgevers; neem hun telefoontjes serieus en spreek af wie terugbelt.
=====
**Thema:** Bemoeizorg
**Titel:** "Via de hond naar binnen"

*Situatie* — Meneer (64) in {{w:Duindorp}}, alcohol, vervuilde woning, weigerde elke hulp. Enige contact was met de {{o:Dierenambulance}} over zijn hond.
*Aanpak* — Vrijwilliger van {{o:Stichting Present}} liet de hond uit, zo kwam er een opening. Na zes weken mocht de {{r:SPV}} van {{o:Parnassia}} mee.
*Wat werkte* — Beginnen bij wat voor meneer belangrijk was.
*Les* — Zoek het ene ding dat iemand wél wil.

(interne noot: dossier [[z:SWT-SCH-2023-0417]], meneer [[p:Kees Hoek]], niet meesturen met de les)
=====
Casusles
Wijk: {{w:Spoorwijk}}
Auteur: [[p:Fatma Aksoy]] ({{r:Wmo-adviseur}})

1. Situatie
Mevrouw [[p:Şahin]], 67 jaar, weduwe, spreekt weinig Nederlands, woont met haar zoon [[p:Murat]] (39, psychische klachten). Zoon weigert zorg, moeder raakt uitgeput.
2. Aanpak
- Turkstalige {{r:welzijnscoach}} van {{o:Stichting MOOI}} ingezet
- Mantelzorgondersteuning voor moeder
- Zoon via {{r:huisarts}} naar {{o:PsyQ}}
3. Wat werkte
Moeder eerst ontlasten; daarna kwam de zoon zelf.
4. Les voor andere teams
Soms help je de cliënt het best via de mantelzorger.
=====
Concept casusles thema schulden (geen pilotthema maar wel relevant)

Situatie: gezin met vier kinderen, vader zzp'er (schoonmaak), inkomen wisselt. Huurachterstand bij {{o:Staedion}} van 5 maanden. Rekening gezin: [[i:NL58TRIO3136484294]] (staat nog in mijn aantekeningen, moet eruit).

Aanpak: stabilisatie via {{o:Haagse Kredietbank}}, beschermingsbewind, huurafspraak.

Wat werkte: de {{r:woonconsultant}} zat vanaf het begin aan tafel.

Les: nodig de corporatie uit bij het eerste gesprek, niet pas als de ontruiming dreigt.
=====
### Casusles 'Koffie bij de buurvrouw'

Situatie
Eenzame vrouw (79) in {{w:Morgenstond}}. Kinderen wonen in het buitenland. Kwam alleen nog buiten voor de {{o:Albert Heijn}}.

Aanpak
- Buurvrouw [[p:Truus Winter]] (zelf 74) gevraagd als maatje
- Wekelijkse koffieochtend in wijkcentrum {{o:De Henck}}
- {{r:ouderenconsulent}} belt 1x per maand

Wat werkte
Het informele netwerk; mevrouw zei later: "[[p:Truus]] is mijn redding."

Les voor andere teams
Kijk eerst in de straat voordat je een organisatie inschakelt.
=====
Casusles thema Huiselijk Geweld — ingediend [[d:14-03-2024]]

Situatie: oudermishandeling. Zoon (45) woont weer bij moeder (77) in {{w:Loosduinen}}, neemt haar pinpas af. Moeder durfde niets te zeggen. Signaal kwam van de bank.
Aanpak: gesprek met moeder alleen, zonder zoon (via dagbesteding). Melding bij {{o:Veilig Thuis}}. {{r:bewindvoerder}} aangevraagd.
Wat werkte: het gesprek op een neutrale plek.
Les: oudermishandeling is vaak financieel; let op pinpas, post en bankzaken.
Contact voor vragen over deze les: [[p:Priscilla Martina]], [[e:p.martina@swtloosduinen.nl]]
=====
Casusles (kort)
Thema: Jeugd
Mevrouw [[p:Asante]] (alleenstaand, 2 tieners) – zoon [[p:Kwabena]] van 15 spijbelde en werd in {{w:Transvaal}} gezien met een groep oudere jongens. School, {{o:CJG}} en wijkagent hadden elk een eigen plan.
Wat werkte: één gezin, één plan, één regisseur.
Les: spreek bij gezinnen met een jongere die afglijdt af wie regie heeft vóórdat iedereen zijn eigen actie inzet.
=====
Casusles — "Niet de diagnose, maar de vraag"

## Situatie
Man, 42, Poolse achtergrond, werkte in de kassen, verloor werk en kamer. Sliep in zijn auto op de parkeerplaats bij het Zuiderpark. Naam in ons systeem: [[p:Tomasz Kowalczyk]], BSN [[b:219875583]].

## Aanpak
- Contact via {{o:Barka}} (Poolstalige straatwerker)
- Tijdelijke opvang {{o:Leger des Heils}}
- Aanvraag uitkering; eerst had hij geen briefadres

## Wat werkte
Iemand die zijn taal sprak en niet meteen over terugkeer begon.

## Les voor andere teams
Regel eerst een briefadres: zonder adres loopt alles vast.
=====
Casusles concept
---------------
Wijk: {{w:Vrederust}}
Thema: Ouderen / eenzaamheid

Situatie:
Meneer [[p:Sewdien]] (83), Hindoestaans, weduwnaar sinds 2022. Dochter [[p:Anita Sewdien-Ramdin]] woont in Zoetermeer, belt dagelijks. Meneer eet slecht, komt niet buiten.

Aanpak:
* Aanmelding maaltijdservice
* Hindoestaanse ouderensoos in {{w:Transvaal}} (vervoer via Regiotaxi)
* {{r:ouderenconsulent}} [[p:Jeroen]] bezoekt 2x per maand

Wat werkte:
De soos. Meneer is weer zanger in het koor.

Les:
Cultuur-specifieke ontmoetingsplekken werken beter dan algemene koffieochtenden.
=====
Casusles (eerste versie)

Situatie. Een alleenstaande vader (36) met twee kinderen van 4 en 7, net gescheiden, komt bij het team via de {{r:schoolmaatschappelijk werker}}. Hij werkt in ploegendienst bij {{o:HTM}} en kan de opvang niet rond krijgen.
Aanpak. Kinderopvangtoeslag geregeld, buurtgezin via {{o:Buurtgezinnen}} gekoppeld.
Wat werkte. Het buurtgezin woont twee straten verder.
Les voor andere teams. Denk bij overbelaste ouders aan informele steun in de buurt.

[opmerking redactie: dit concept bevat geen herleidbare gegevens, akkoord voor publicatie]

--
Verstuurd door [[p:Thijs de Vos]] | {{r:schoolmaatschappelijk werker}} | [[t:06 - 21 90 36 58]]
=====
**Casusles – Bemoeizorg – SWT {{w:Laak}}**

Situatie: psychotische vrouw (29), geen huisarts, woning in {{w:Laak}} ([[a:Neherkade 1344]]). Moeder [[p:Gloria Doelwijt]] belde wekelijks in paniek (tel. [[t:06-41928370]]).
Aanpak:
→ Team Vangnet {{o:GGD}} + {{r:SPV}} {{o:Parnassia}}
→ moeder ondersteund door {{o:Ypsilon}}
→ uiteindelijk IBS op [[d:2 februari]]
Wat werkte: moeder kreeg zelf steun, waardoor ze het volhield.
Les: vergeet de familie niet bij bemoeizorg; zij dragen het meeste.
=====
Casusles "De voordeur"

Situatie — Syrisch gezin (statushouders, 5 kinderen) in {{w:Ypenburg}}. Vader [[p:Abdulkarim Haddad]] kon de brieven van de gemeente niet lezen; energiecontract was door een colporteur afgesloten tegen een hoog tarief.
Aanpak — {{o:Vluchtelingenwerk}} + {{r:welzijnscoach}}; contract ontbonden via {{o:Juridisch Loket}}.
Wat werkte — uitleg aan de keukentafel met tolk.
Les — statushouders in het eerste jaar actief bezoeken i.p.v. wachten op een hulpvraag.
=====
Casusles
Thema: Ouderen
Team: {{w:Scheveningen}}

Mevrouw [[p:Hendrika]] ([[p:Riet]]) [[p:Kuiper]], geb. [[d:12-06-1938]], [[a:Keizerstraat 233]], was de laatste van haar vriendenkring. Situatie: geen hulpvraag, wel zorgen van de {{r:huisarts}}.
Aanpak: huisbezoek door {{r:ouderenadviseur}} onder het mom van 'even kennismaken'.
Wat werkte: niet beginnen over zorg.
Les: een kennismakingsbezoek zonder agenda opent meer deuren.

(NB [[p:Sanne]]: naam + geboortedatum + adres moeten er nog uit voordat dit naar het platform gaat)
=====
Casusles – Huiselijk geweld – eergerelateerd

SITUATIE: jonge vrouw (19) uit {{w:Bouwlust}} vreesde uithuwelijking. Kwam op [[d:vrijdag 9 februari]] via een vriendin bij de {{r:schoolmaatschappelijk werker}}.
AANPAK: direct overleg met {{o:Veilig Thuis}} en het {{o:Landelijk Knooppunt Huwelijksdwang}}; geheim adres.
WAT WERKTE: snel schakelen en niets met de familie delen.
LES: bij eergerelateerd geweld géén bemiddelingsgesprek met de familie.
=====
Concept casusles – [[p:Joost]] – thema bemoeizorg

Het ging om meneer [[p:j. molenaar]] in {{w:Regentessekwartier}}, hoarding. Volle woning tot aan het plafond. Verhuurder wilde ontbinding.
Wat we deden:
1. Gesprek met verhuurder: 3 maanden uitstel
2. Opruimploeg met vrijwilligers van {{o:Humanitas}}
3. Elke week één kamer, samen met meneer
Wat werkte: meneer bepaalde wat weg mocht.
Les: laat de regie bij de cliënt, ook als het traag gaat.
=====
Casusles (ingediend via formulier)

Titel: Taal als sleutel
Wijk: {{w:Rustenburg-Oostbroek}}
Situatie: Eritrese vrouw ([[p:Selam Tesfamariam]], 31) met een baby, geïsoleerd, geen Nederlands. Huisarts vermoedde postnatale depressie.
Aanpak: Tigrinya-sprekende sleutelpersoon, {{r:jeugdverpleegkundige}} van het {{o:CJG}}, moedergroep.
Wat werkte: de sleutelpersoon ging mee naar alle afspraken.
Les: investeer in sleutelpersonen uit de eigen gemeenschap.
=====
Casusles — thema Jeugd — [[p:Koning]]

Situatie
Het gezin [[p:Koning]] (vader, moeder, 4 kinderen) in {{w:Moerwijk}}: vader werkloos na ongeval, moeder overbelast, oudste dochter (16) zorgt voor de kleintjes.
Aanpak
- Jonge-mantelzorgergroep voor de dochter via {{o:Xtra}}
- Re-integratie vader via {{o:UWV}}
Wat werkte
De dochter werd gezien als kind, niet als hulpverlener.
Les
Vraag in elk gezin met een zieke ouder naar jonge mantelzorgers.
=====
| Casusles | Bemoeizorg: "Wie belt er terug?" |
|---|---|
| Team | SWT {{w:Escamp}} |
| Auteur | [[p:Hanneke Brouwer]] |
| Situatie | Een vrouw (50) met verslaving belde 14 keer in een maand naar verschillende loketten; niemand belde terug. Nummer bekend: [[t:06 19 28 47 56]] |
| Aanpak | Eén vast telefoonnummer voor haar: dat van de {{r:casusregisseur}} |
| Wat werkte | Vaste tijd: elke dinsdag 10.00 uur |
| Les | Een vast belmoment voorkomt veel losse crisisbellen |
=====
Casusles - concept

situatie: mw [[p:el idrissi]] (56) in {{w:Schilderswijk}}, diabetes, mobiliteitsproblemen, woont 4 hoog ([[a:Van der Vennestraat 19-D]]). Dochter [[p:Hafsa]] doet alles.
aanpak: wmo-adviseur + wijkverpleging, urgentie aangevraagd
wat werkte: dochter meegenomen in het gesprek met {{o:Haag Wonen}}
les: zorg dat een urgentieaanvraag medisch goed onderbouwd is (huisarts vragen vóór indienen)

[correctie [[p:Bram]]: '[[p:el idrissi]]' → 'mevrouw X' en adres weg]
=====
Casusles

1) Situatie — Meneer (49), dakloos geraakt na scheiding, Antilliaanse achtergrond, slaapt in de nachtopvang. Kinderen wonen bij ex in {{w:Leidschenveen}}.
2) Aanpak — Omgangsregeling via {{o:Juridisch Loket}}, woonplek via {{o:Kessler Stichting}}, werk via {{o:Haeghe Groep}}.
3) Wat werkte — De kinderen waren zijn motivatie; daar hebben we op gebouwd.
4) Les — Vraag waar iemand voor wil opstaan.

Geen persoonsgegevens; akkoord [[p:Dewi]] (redactie) [[d:21/05]].
=====
CASUSLES / THEMA OUDEREN / CONCEPT 3

Situatie: Mevr. [[p:A.J. Verhoeven-Smit]] (91), [[a:Hofzichtlaan 54]], wilde niet naar het verpleeghuis. Dochter drong aan.
Aanpak: keukentafelgesprek met mevrouw, dochter, {{r:casemanager dementie}} en {{r:huisarts}}.
Wat werkte: vragen "wat is voor u een goede dag?"
Les: het gesprek over wonen gaat over waarden, niet over zorguren.
=====
Casusles thema huiselijk geweld (draft)

Situatie: mevrouw [[p:Ahmadzai]] (Afghaans, 3 kinderen) woont sinds 2021 in {{w:Wateringse Veld}}. Haar man controleert alle geld; zij heeft geen eigen rekening.
Aanpak: eigen bankrekening geopend ([[i:NL38RABO1764002183]]), toeslagen op haar naam, taalcursus.
Wat werkte: financiële zelfstandigheid als eerste stap, niet meteen vertrek.
Les: economisch geweld is ook huiselijk geweld; vraag wie over het geld beslist.
=====
Casusles — "Eerst slapen"

Wijk: {{w:Valkenboskwartier}}
Situatie: Jonge man (24), psychose in verleden, net uit kliniek, geen dagritme. (In ons systeem: [[p:Milan Kamphuis]], zie [[z:SWT-VBK-2024-0213]].)
Aanpak: {{r:ervaringsdeskundige}} van {{o:Anton Constandse}}? nee, van {{o:Parnassia}} (herstelacademie), sportmaatje via {{o:Haag Atletiek}}.
Wat werkte: ritme via sport.
Les: begin bij slaap en ritme, daarna pas werk.
=====
Casusles – Thema: bemoeizorg
Ingediend door SWT {{w:Centrum}} op [[d:maandag 8 april]]

Het gaat om een vrouw (60+) die in het portiek van de [[a:Prinsegracht 71]] slaapt. Volgens buren heet ze "[[p:Jolanda]]". Weigert opvang. De {{o:Straatpastoraat}} kent haar.

Aanpak: elke ochtend koffie door dezelfde straatpastor, na 8 weken mee naar de {{o:Leger des Heils}} inloop.
Les: bemoeizorg kost tijd; budgetteer die tijd in het plan.
=====
Casusles (concept) – schuldenproblematiek bij ouderen

Situatie: meneer [[p:Bakker]] (72) had een lening bij een online kredietverstrekker afgesloten om zijn kleinzoon te helpen. Pensioen: AOW + klein pensioen. Achterstand: € 8.450.
Aanpak: {{r:schuldhulpmaatje}} van {{o:SchuldHulpMaatje Den Haag}}, aanvraag minnelijk traject.
Les voor andere teams: vraag ouderen actief naar leningen voor familie — schaamte houdt het verborgen.
=====
Casusles
Thema: Jeugd / jongvolwassenen
Situatie: [[p:Shirley]] ([[d:17-8-2006]]) woonde in een jeugdzorginstelling en moest er op haar 18e uit.
Aanpak: kamertraining via {{o:Jeugdformaat}}, studiefinanciering, coach.
Wat werkte: één contactpersoon die ook na haar 18e bleef.
Les: 18 is een datum, geen moment van volwassen worden.
=====
## Casusles — "De brievenbus"

**Situatie**
Mevrouw (45, LVB, {{w:Laak}}) kreeg een deurwaarder op de stoep voor een schuld van € 312 die was opgelopen tot € 1.900.

**Aanpak**
- Post-afspraak elke donderdag met de {{r:MEE-consulent}}
- Brievenbus met slot (sleutel bij mevrouw én bij de buurvrouw)

**Wat werkte**
De ritme-afspraak; mevrouw zette zelf een wekker.

**Les**
Bij LVB is structuur rond post belangrijker dan uitleg over schulden.

*Contact: [[p:Inge Groen]], {{r:MEE-consulent}}, [[t:06-28 71 90 44]]*
=====
Casusles
Mw. [[p:Lewandowska]] (Pools, 38), [[a:Goudsbloemlaan 128]], kinderen 9 en 11. Huiselijk geweld door partner [[p:Piotr]]. Politie betrokken op [[d:zaterdag 12 augustus]]. Veiligheidsplan opgesteld met {{o:Veilig Thuis}}, zaaknr. [[z:VT-HGL-2023-08812]].
Les: zorg voor een tolk bij het veiligheidsgesprek, ook als iemand 'redelijk Nederlands' spreekt.
=====
Casusles - ouderen - "Het gehoorapparaat"
Situatie: Meneer (86) werd voor dement aangezien; bleek vooral slecht te horen.
Aanpak: audicien aan huis, gehoorapparaat via zorgverzekeraar.
Les: sluit eerst zintuiglijke problemen uit voordat je aan dementie denkt.
=====
Casusles: Jongere met schulden

Situatie: Jongeman van 21 uit {{w:Zuiderpark}}, € 14.000 schuld (telefoonabonnementen, {{o:DUO}}, {{o:CJIB}}-boetes). Moeder [[p:Winnie Sling]] belde ons via het algemene nummer.
Aanpak: jongerenschuldenfonds, werktraject via {{o:Werkgeversservicepunt}}.
Wat werkte: het fonds kocht de schulden op; hij betaalde terug met werk.
Les: jongeren zijn te motiveren als er perspectief is op schuldenvrij.
=====
Casusles (voor het platform)

**Wijk:** {{w:Bomenbuurt}} | **Thema:** ouderen | **Status:** concept

Situatie: Twee zussen (77 en 80) wonen samen; de oudste, mevr. [[p:Cornelia de Jong]], krijgt dementie. De jongste zus zorgt, maar valt zelf regelmatig.
Aanpak: dagbesteding voor de oudste bij {{o:WZH}}, {{r:wijkverpleegkundige}} 3x per week.
Wat werkte: de dagbesteding gaf de jongste zus rust.
Les: kijk bij samenwonende ouderen naar het hele huishouden.
=====
Casusles  - thema Huiselijk Geweld
(concept [[p:Yasmina]] – NIET DELEN)

Cliënt: [[p:Layla Bouchtaoui]]
BSN: [[b:652478049]]
Adres: [[a:Wolmaransstraat 70]], [[pc:2572 VA]] Den Haag

Situatie: stalking door ex-partner na vertrek.
Aanpak: contactverbod via advocaat, adres afgeschermd in BRP.
Les: vraag altijd of adresafscherming in de BRP nodig is.
=====
Casusles "Wie is de regisseur?"

Situatie: In één gezin in {{w:Bouwlust}} waren 11 hulpverleners actief ({{o:CJG}}, {{o:Jeugdbescherming west}}, {{o:Parnassia}}, {{o:Schuldhulpverlening}}, {{o:Youz}} e.a.).
Aanpak: één gezamenlijk plan, één regisseur (onze {{r:casusregisseur}}).
Resultaat: aantal hulpverleners teruggebracht tot 4.
Les: tel het aantal hulpverleners; boven de 5 is een regiegesprek nodig.

Ref. gezinsplan: [[z:GP-2023-BL-0092]] (intern)
=====
Casusles

Situatie: Meneer [[p:Owusu]], Ghanees, 61, ongedocumenteerd tot vorig jaar, nu verblijfsvergunning. Geen AOW-opbouw, werkt zwart.
Aanpak: {{o:Vluchtelingenwerk}}, {{o:SVB}}, Wmo voor woningaanpassing.
Les: ongedocumenteerden hebben na legalisering een lange inhaalslag; plan die samen.

Aanvulling [[p:Erik]]: zijn dossiernummer bij SZW is [[z:SZW-2023-661904]], misschien handig voor wie het overneemt.
=====
Casusles — Bemoeizorg — Concept — [[d:10 juni 2024]]

Meneer (57), alleenstaand, vervuilde woning in {{w:Regentessekwartier}}. Geen hulpvraag.
Aanpak:
  a. signaal via {{o:Haag Wonen}}
  b. huisbezoek {{r:GGD-arts}} + {{r:casusregisseur}}
  c. afspraken met meneer over één kamer tegelijk
Wat werkte: humor.
Les voor andere teams: de {{r:woonconsultant}} is een belangrijke signaalgever; maak afspraken over melden.
=====
Casusles (ingezonden)
Wijk {{w:Kijkduin}}, thema ouderen.
Echtpaar [[p:Zwart]], 84 en 82. Hij zorgt voor haar (Parkinson). Burn-out mantelzorger.
Respijtzorg via {{o:Florence}}. Les: bied respijtzorg aan vóórdat de mantelzorger omvalt.
=====
Casusles: "Met de tolk aan tafel"

Situatie: Chinese vrouw (68) in {{w:Centrum}}, weduwe, dochter ([[p:Mei Ling Chen]]) in Rotterdam. Mevrouw at niet meer sinds overlijden man.
Aanpak: Chinese ouderenvereniging, tolk via de telefoon, {{r:huisarts}}.
Les: rouw wordt in elke cultuur anders getoond; vraag de familie wat normaal is.
=====
### Concept casusles – jeugd

Situatie: Meisje (14) uit {{w:Transvaal}} zorgt voor haar moeder met MS. Moeder: [[p:Anouska Pattipeilohy]].
Aanpak: jonge mantelzorger-traject, thuiszorg voor moeder via {{o:Buurtzorg}}.
Wat werkte: meisje mocht weer naar de sportclub.
Les: vraag kinderen zelf wat ze missen.
=====
Casusles

**Situatie:** Een man (38) met autisme raakte zijn baan kwijt bij een distributiecentrum. Hij woonde bij zijn ouders (fam. [[p:Verbruggen]], [[a:Thomsonlaan 9-C]]) en sloot zich op.
**Aanpak:** {{r:MEE-consulent}}, jobcoach, werkplek bij {{o:Haeghe Groep}}.
**Wat werkte:** stap voor stap, met een vaste jobcoach.
**Les:** bij autisme is voorspelbaarheid van de begeleiding belangrijker dan snelheid.
=====
Casusles – "Het verkeerde loket"

Situatie: Mevrouw [[p:Nowak]] (40) werd door het {{o:Servicepunt XL}} naar het {{o:Wmo-loket}} gestuurd, daar naar {{o:SZW}}, daar terug. Drie weken zonder geld.
Aanpak: {{r:casusregisseur}} belde zelf met alle drie en regelde een voorschot.
Les: warme doorverwijzing = zelf bellen, niet een folder meegeven.
Bijlage (intern): mailwisseling met [[p:R. Kamphuis]] ([[e:r.kamphuis@denhaag.nl]])
""")

# ---------------------------------------------------------------------------
# 2. Minutes of theme meetings (themabijeenkomsten)
# ---------------------------------------------------------------------------
add(r"""
Verslag themabijeenkomst Ouderen
Datum: [[d:donderdag 15 februari 2024]], 13.30–16.00 uur
Locatie: wijkcentrum {{w:Mariahoeve}}, zaal 2
Aanwezig: [[p:Anouk Verhagen]] ({{r:facilitator}}, {{o:CAOP}}), [[p:Hatice Koç]] (SWT {{w:Laak}}), [[p:Ronald Ramcharan]] (SWT {{w:Escamp}}), [[p:Els de Wit]] (SWT {{w:Mariahoeve}}), [[p:Miriam Boukhari]] (SWT {{w:Transvaal}})
Afwezig m.k.: [[p:Gert-Jan Post]]

1. Opening en mededelingen
- [[p:Anouk]] heet iedereen welkom; expertmeeting staat op [[d:18 april]].
2. Ronde casuïstiek
- [[p:Els]] brengt de casus in van een echtpaar op de [[a:Tiendeveen 142]]; zie dossier [[z:SWT-MH-2024-0088]]. Afgesproken dat zij dit als casusles uitwerkt, zonder adres.
- [[p:Ronald]]: eenzaamheid onder Hindoestaanse ouderen, vooral mannen.
3. Rondvraag
- Geen.
=====
Notulen thema Huiselijk Geweld – sessie 3

Aanwezigen: 6 deelnemers uit 4 teams + {{r:aandachtsfunctionaris}} {{o:Veilig Thuis}}
Notulist: [[p:Lotte]]

Besproken:
• Meldcode en de afwegingskader-stappen: iedereen kent ze, weinigen gebruiken stap 4 bewust.
• Vraag uit {{w:Moerwijk}}: hoe om te gaan met een cliënt die geen melding wil?
• Afspraak: bij twijfel altijd anoniem consulteren bij {{o:Veilig Thuis}} (0800-2000).

Volgende sessie: [[d:7 maart]], zelfde tijd.
=====
THEMABIJEENKOMST BEMOEIZORG — NOTULEN

datum: [[d:wo 6-3]]
tijd: 09:30 - 12:00
plek: {{o:Servicepunt XL}} {{w:Moerwijk}}, ruimte 0.12

aanwezig:
- [[p:Bas Mulder]] (SWT {{w:Moerwijk}})
- [[p:Naima Ait Benali]] (SWT {{w:Schilderswijk}})
- [[p:Patrick Coffie]] ({{o:GGD Haaglanden}}, Team Vangnet)
- [[p:Jolien van der Meer]] ({{r:facilitator}})

punten:
1. Wat verstaan we onder bemoeizorg? Definitie {{o:GGD}} vs. praktijk in de teams
2. Casus [[p:Naima]]: man in de {{w:Schilderswijk}} die al 3 jaar niet buitenkomt; buren hebben sleutel. Naam en adres niet genoteerd (goed zo)
3. Knelpunt: toestemmingsverklaring — cliënt wil niet tekenen, mag je dan wel delen met {{o:GGD}}?

actie: [[p:Patrick]] zoekt uit wat de juridische ruimte is (AVG art. 6 lid 1 sub d).
=====
Verslag thema Jeugd, bijeenkomst 2 ([[d:29 januari]])

Deelnemers stellen zich voor. Daarna korte presentatie door [[p:Samira el Khatib]] ({{r:jeugdconsulent}} {{o:CJG}} {{w:Centrum}}) over de overgang 18-/18+.

Kernpunten:
- 40% van de jongeren die uit jeugdzorg komen heeft binnen een jaar schulden (cijfer {{o:Nji}}).
- Overdracht loopt vaak te laat; afspraak: start overdracht bij 17,5 jaar.
- Voorbeeld uit {{w:Laak}}: jongen die op zijn verjaardag op straat stond. [[p:Kevin]] (naam genoemd in bijeenkomst) – zit nu in een kamertraining.

Besluit: thema Jeugd richt zich op 16–23 jaar.
=====
Notulen themagroep Ouderen — [[d:dinsdag 12 maart]]

| Agendapunt | Besproken | Actie | Wie |
|---|---|---|---|
| 1. Terugkoppeling kick-off | Veel animo voor thema eenzaamheid | – | – |
| 2. Casus {{w:Bezuidenhout}} | Mevr. [[p:Smit]] (89) wil thuis sterven; huisarts twijfelt | Gesprek plannen met {{r:huisarts}} | [[p:Karin]] |
| 3. Samenwerking {{o:WZH}} | Wachtlijst dagbesteding 12 weken | Navragen bij {{o:WZH}} | [[p:Ahmed]] |
| 4. Rondvraag | Zaal voor april? | Zaal 3.05 reserveren | [[p:Anouk]] |
=====
Verslag themabijeenkomst Huiselijk Geweld
[[d:22 februari 2024]] | 10.00–12.30 | {{o:Gemeente Den Haag}}, Spui, zaal B1.04

Aanwezig: [[p:Mustafa Yavuz]], [[p:Priscilla]], [[p:Liesbeth Hoek]], [[p:Desiree Wijdenbosch]], [[p:Marco]] ({{o:Veilig Thuis}}), [[p:Jolien]] (facilitator)

1. Presentatie [[p:Marco]] over Radar-aanpak
2. Discussie: hoe signaleer je huiselijk geweld bij ouderen? Voorbeeld [[p:Liesbeth]]: dochter die pinpas van moeder gebruikt
3. Afspraken:
   a) iedere deelnemer brengt volgende keer één casus mee (geanonimiseerd!)
   b) [[p:Desiree]] deelt de checklist oudermishandeling
4. Volgende keer: [[d:21 maart]]
=====
Korte notulen bemoeizorg-overleg

Aanwezig: 5
Casussen besproken: 3 (geanonimiseerd)
Belangrijkste conclusie: de teams willen vaker samen met {{o:GGD Haaglanden}} op huisbezoek. Volgende overleg over vier weken.
=====
Verslag thema-overleg Ouderen (3)

Opening door [[p:Els]]. Zij meldt dat mevrouw [[p:Gerritsen]] uit de casus van vorige keer op [[d:4 april]] is overleden. Korte stilte.

Inhoud:
- Ouderenmishandeling: gastspreker drs. [[p:M. Schouten]] ({{o:Veilig Thuis}})
- Hoe bereik je ouderen die niet naar het wijkcentrum komen? Ideeën: via kerk/moskee/tempel, apotheek, kapper
- [[p:Hatice]]: ervaring met Turkse ouderen in {{w:Laak}} – werkt goed via het koffiehuis

Afspraak: volgende bijeenkomst op locatie in {{w:Laak}}.
=====
NOTULEN THEMA JEUGD
datum [[d:14-05-2024]] / notulist [[p:Wendy]]

aanwezig: [[p:Samira]], [[p:Wendy]], [[p:Jurgen]], [[p:Sevda]], [[p:Kofi Appiah]], [[p:Roel]] (afw: [[p:Nicole]])

- check-in
- [[p:Kofi]] vertelt over jongerenwerk in {{w:Zuidwest}}: veel jongens met LVB in de schulden. Noemt jongen [[p:Dylan]] als voorbeeld, 19, woont bij oma op de [[a:Dedemsvaartweg 1021]] – NB dit uit het verslag halen?
- afspraak: {{o:Jongerenloket}} uitnodigen
- planning: werkbezoek {{o:Jongerencentrum Zuidwest}} in juni
=====
Themabijeenkomst Bemoeizorg – verslag

Gastspreker: dr. [[p:Farid Amrani]], {{r:psychiater}} {{o:Parnassia}}, over zorgmijding en 'bemoeien met respect'.

Drie lessen uit zijn verhaal:
1. Zorgmijders zijn vaak zorgverwachters die teleurgesteld zijn.
2. Het eerste contact bepaalt alles.
3. Werk met wat de persoon wél wil (sigaretten, hond, koffie).

Vragen uit de zaal gingen vooral over de Wvggz en de rol van de {{r:burgemeester}} bij een crisismaatregel.
=====
Verslag themagroep Huiselijk Geweld – [[d:maandag 22 april]]

Aanwezig: [[p:M. Yavuz]], [[p:L. Hoek]], [[p:D. Wijdenbosch]], [[p:P. Martina]], [[p:J. van der Meer]] (vz)

Casus ingebracht door [[p:P. Martina]] (Loosduinen):
> moeder (77) en zoon (45), financiële uitbuiting, zoon dreigt met geweld.
Reactie groep: melding Veilig Thuis is terecht; daarnaast bewindvoering.
[[p:P. Martina]] vraagt of zij de casus als les mag delen; ja, na anonimisering en met toestemming van mevrouw.
=====
Agenda + aantekeningen thema Ouderen (sessie 5)

1. Welkom — 2. Terugblik expertmeeting — 3. Casusles "Koffie bij de buurvrouw" bespreken — 4. Wat nemen we mee naar de slotbijeenkomst?

Aantekeningen:
ad 2: expertmeeting vond iedereen nuttig, vooral de workshop over dementie en migratie.
ad 3: vraag of "buurvrouw [[p:Truus]]" als naam in de les mag blijven. Conclusie: nee, vervangen door "een buurvrouw".
ad 4: drie lessen: informeel netwerk, vaste contactpersoon, culturele ontmoetingsplekken.
=====
Notulen bemoeizorg, [[d:11 april]]

Present: [[p:Bas]], [[p:Naima]], [[p:Patrick]], [[p:Jolien]], gast: [[p:Hans Timmerman]] ({{o:Politie Eenheid Den Haag}}, {{r:wijkagent}} {{w:Schilderswijk}})

- [[p:Hans]] vertelt over meldingen 'verward gedrag' (E33): in {{w:Schilderswijk}} gemiddeld 6 per week.
- Knelpunt: politie mag weinig delen. Oplossing: gezamenlijk zorg- en veiligheidsoverleg via het {{o:Zorg- en Veiligheidshuis Haaglanden}}.
- Contactgegevens [[p:Hans]]: [[t:06-5139 7820]] (alleen voor deelnemers)
=====
Verslag themabijeenkomst Ouderen

Datum: [[d:16 mei 2024]]
Aanwezig: 7 deelnemers

Onderwerp: mantelzorg bij migrantenouderen.
Uitkomsten:
- Mantelzorg wordt vaak niet zo genoemd ("het is mijn plicht").
- Respijtzorg wordt weinig gebruikt; taal en vertrouwen zijn drempels.
- Idee: mantelzorgcafé in het Turks, Arabisch en Sranantongo.

Geen casussen met namen besproken.
=====
Notulen jeugdthema — extra overleg

[[d:3 juni]], online (Teams)
Aanwezig: [[p:Samira]], [[p:Jurgen Dekker]], [[p:Sevda Güler]]

Enige punt: casus van [[p:Sevda]] – jongen van 17 ([[p:Mohammed Benali]], geb. [[d:09-11-2006]]) wordt over 5 maanden 18, heeft nog geen inkomen geregeld. Afspraak: [[p:Jurgen]] neemt contact op met {{o:Jeugdbescherming west}}, contactpersoon mevrouw [[p:Stoker]].
=====
Verslag thema Huiselijk Geweld, bijeenkomst 5 (laatste)

Wat hebben we geleerd?
1. Signaleren gebeurt vaak door anderen dan de hulpverlener (kapper, school, buurvrouw).
2. Snelheid tussen signaal en eerste gesprek is cruciaal.
3. Economisch geweld wordt onderschat.
4. Bij eergerelateerd geweld: nooit bemiddelen met familie.

Deze vier lessen gaan mee naar de slotbijeenkomst in juni.
=====
Themagroep Ouderen — notulen [[d:9 januari]]

Voorzitter: [[p:Els de Wit]]
Notulen: [[p:Hatice Koç]]

• Kennismaking. Ieder vertelt waarom ouderen.
  - [[p:Ronald]]: "Mijn eigen vader woonde alleen in {{w:Vrederust}}, ik zag hoe moeilijk het was."
  - [[p:Miriam]]: veel Marokkaanse ouderen in {{w:Transvaal}} met slechte huisvesting.
• Plan van aanpak: 5 bijeenkomsten, expertmeeting in april.
• Deelnemerslijst + mailadressen rondsturen: [[e:e.dewit@swt-mariahoeve.nl]], [[e:h.koc@swtlaak.nl]], [[e:r.ramcharan@swt-escamp.nl]]
=====
Verslag bemoeizorg themagroep (concept, nog niet vastgesteld)

1. Vaststellen vorig verslag: akkoord met één wijziging ([[p:Bas]] i.p.v. [[p:Bram]] bij actie 2).
2. Casus ({{w:Moerwijk}}): vrouw met verslaving, 14 telefoontjes. Ingebracht door [[p:Hanneke Brouwer]].
   – herkenbaar voor alle teams
   – "vast belmoment" wordt casusles
3. Volgende keer: bespreking rol huisarts (gast: huisarts dr. [[p:Lie]], {{o:Gezondheidscentrum Transvaal}})
=====
NOTULEN – Themabijeenkomst jeugd en huiselijk geweld (gezamenlijk)

Datum: [[d:ma 25 maart]]
Plaats: {{o:CJG}} {{w:Schilderswijk}}

Aanwezig: beide themagroepen (11 personen) + [[p:Marco de Boer]] ({{o:Veilig Thuis}}) + [[p:Femke Koster]] ({{o:Jeugdbescherming west}})

Kinderen als getuige van huiselijk geweld:
- Gemiddeld 1 op de 3 meldingen betreft gezinnen met kinderen
- Samenwerking SWT–CJG: wie pakt wat op? Afspraak: SWT voor volwassene, CJG voor kind, één gezamenlijk plan
- [[p:Femke]] noemt gezin [[p:Yilmaz]] als goed voorbeeld (naam geschrapt in definitieve versie)
=====
Notulen thema-overleg ouderen – kort

- Volgende bijeenkomst verzet naar [[d:woensdag 5 juni]]
- [[p:Ahmed]] heeft contact gehad met {{o:WZH}}: wachtlijst dagbesteding nu 8 weken
- Casus mevr. [[p:v.d. Berg]] afgesloten (verhuisd naar {{o:Florence}} Mariahoeve)
=====
Notulen bijeenkomst themagroep Bemoeizorg

Aanwezig: zie presentielijst (bijlage 1)
Datum: 3e bijeenkomst

De groep bespreekt het begrip "bemoeien". Stelling: "Je mag je met iemand bemoeien als het leven van die persoon of van anderen in gevaar is." 4 eens, 2 oneens.
Tweede stelling: "Het belang van de buurt weegt mee." Verdeeld.
Conclusie: bemoeizorg vraagt om heldere afspraken over wanneer je je ermee bemoeit en wanneer niet. Dit wordt uitgewerkt in een stroomschema.
=====
Verslag themagroep Jeugd — [[d:vrijdag 19 april]]

1. Welkom door [[p:Samira]]
2. Presentatie door [[p:Thijs Visser]] ({{o:Jongerenloket}}): 18-jarigen bij het loket, meest gestelde vragen: zorgverzekering (32%), uitkering (28%), wonen (21%)
3. Casus: jonge moeder (19) in {{w:Laak}}, 2 kinderen, schulden. Klantnr. {{o:SZW}}: [[z:5018834]]. Afspraak [[p:Wendy]] zoekt uit of er een jongerenregeling is
4. Rondvraag: [[p:Roel]] stopt bij het SWT per [[d:1 juli]]
=====
Notulen thema-overleg "Huiselijk geweld & ouderen"

[[d:13/3]] — 14u — online

Deelnemers: [[p:Liesbeth]], [[p:Priscilla]], [[p:Desiree]]

Besproken: checklist oudermishandeling (versie 2). Aanvullingen:
 - vraag naar pinpas en machtigingen
 - vraag naar wie de post opent
 - vraag naar plotselinge veranderingen in testament
[[p:Desiree]] stuurt versie 3 rond vóór de volgende bijeenkomst.
=====
Kort verslag thema ouderen ({{w:Escamp}}-tafel)

Er waren 4 mensen. We hebben het gehad over vervoer: de Regiotaxi is voor veel ouderen te duur of te ingewikkeld. Voorbeeld: mevrouw [[p:Ramlal]] (84) mist haar dagbesteding 2x per week omdat de taxi niet komt. Actie: melden bij {{o:Wmo-loket}} en bij de vervoerder.
=====
Verslag thema Bemoeizorg – sessie met ervaringsdeskundigen

Drie ervaringsdeskundigen van {{o:Herstelacademie Den Haag}} vertelden hun verhaal. Eén van hen, [[p:Ricardo]], was jarenlang dakloos in {{w:Centrum}}. Wat hielp hem? "Iemand die bleef komen, ook als ik hem wegstuurde."
Les voor de groep: volharding en oprechtheid.
=====
Notulen themabijeenkomst Jeugd (4)

Datum: [[d:27-05-2024]]
Tijd: 15.00-17.00
Aanwezig: 6 deelnemers; afwezig: [[p:Kofi]], [[p:Nicole]]

1. Stand van zaken casuslessen: 3 van de 5 klaar, 2 in concept
2. Feedback op concept van [[p:Wendy]]: bevat nog naam van school + klas, daardoor herleidbaar
3. Voorbereiding slotbijeenkomst: presentatie door [[p:Samira]] en [[p:Jurgen]]
""")

# ---------------------------------------------------------------------------
# 3. MDO notes (multidisciplinair overleg)
# ---------------------------------------------------------------------------
add(r"""
MDO-verslag
Cliënt: [[p:Zeynep Arslan]] | geb. [[d:03-09-1961]] | BSN [[b:907482983]]
Adres: [[a:Stieltjesstraat 22]], [[pc:2526 VG]] {{w:Den Haag}}
Datum MDO: [[d:20 maart 2024]]

Aanwezig:
- [[p:Marloes]] ({{r:casusregisseur}}, SWT {{w:Laak}})
- [[p:Y. Bulut]] ({{r:wijkverpleegkundige}}, {{o:Buurtzorg}})
- dr. [[p:Hendriks]] — nee, correctie: {{r:huisarts}} [[p:Hendriks]]
- [[p:Nora]] ({{r:schuldhulpverlener}}, {{o:SHV}})

Hulpvraag: ondersteuning thuis na heupoperatie; financiële zorgen.
Afspraken:
1. Huishoudelijke hulp via {{o:Wmo}} (indicatie aanvragen)
2. Budgetcoaching 3 maanden
3. Evaluatie over 6 weken
=====
MDO [[z:SWT-ESC-2024-0156]]

Datum: [[d:di 9 april]]
Deelnemers: {{r:casusregisseur}}, {{r:SPV}} {{o:Parnassia}}, {{r:MEE-consulent}}, {{r:bewindvoerder}}

Stand van zaken:
- Cliënt (m, 33, LVB + psychische klachten) woont zelfstandig, dreigt huis kwijt te raken
- Huurachterstand € 3.120 bij {{o:Vestia}}
- Bewindvoering loopt sinds januari

Besluit: aanvraag begeleid wonen (indicatie {{o:Wlz}} onderzoeken). MEE neemt het voortouw.
=====
MULTIDISCIPLINAIR OVERLEG – gezin [[p:Mohamed Abdi]]

aanwezig: SWT {{w:Transvaal}} ([[p:Fleur]], [[p:Abdullahi]]), {{o:CJG}} ([[p:Ilona]]), school (mevr. [[p:Kok]], {{r:intern begeleider}}), {{o:Veilig Thuis}} (telefonisch)

gezinsleden:
| naam | rol | leeftijd |
|---|---|---|
| [[p:Hodan Mohamed Abdi]] | moeder | 37 |
| [[p:Abdirizak]] | zoon | 14 |
| [[p:Sagal]] | dochter | 11 |
| [[p:Ilhan]] | dochter | 6 |

zorgen: moeder somber, vader in Somalië, oudste zoon verzuimt
afspraken: moeder naar {{r:POH-GGZ}}; zoon gesprek met {{r:leerplichtambtenaar}}; volgende MDO [[d:7 mei]]
=====
MDO-notitie (kort)
Betrokken: SWT, {{o:GGD}}, {{o:Haag Wonen}}
Casus: vervuilde woning {{w:Moerwijk}} ([[a:Twickelstraat 37]]), bewoner 70+, weigert hulp
Afspraak: GGD-arts gaat met SWT op huisbezoek; corporatie wacht 4 weken met juridische stappen.
Volgende MDO over 4 weken.
=====
Verslag MDO ouderen – mevr. [[p:Tjon A Fong]]

Datum: [[d:14 mei]]
Aanwezig: [[p:Patricia]] ({{r:casemanager dementie}}), [[p:Wim]] ({{r:huisarts}}), [[p:Xiomara]] ({{r:wijkverpleegkundige}}), zoon [[p:Edwin Tjon A Fong]], [[p:Ruud]] ({{r:Wmo-adviseur}})

Situatie: dementie matig, nachtelijk dwalen, zoon woont in Almere.
Besproken:
- GPS-horloge (zoon betaalt)
- Nachtzorg via {{o:Saffier}} onderzoeken
- WLZ-indicatie aanvragen ({{o:CIZ}})
Contact zoon: [[t:06 33 47 81 20]], [[e:edwin.tjonafong@ziggo.nl]]
=====
MDO

Datum: [[d:21-02-2024]]
Casus: jongvolwassene, 20 jr, {{w:Spoorwijk}}, cannabis, geen dagbesteding, moeder overbelast.
Aanwezig: SWT (2), {{o:Brijder}}, {{o:Jongerenloket}}, moeder.
Afspraken:
a) intake {{o:Brijder}} (jongerenteam) – wk 10
b) traject {{o:Jongerenloket}} – wk 11
c) moeder steunpunt mantelzorg
Evaluatie: over 8 weken.
=====
MDO-verslag (uitgebreid)

**Cliënt:** [[p:Radu Popa]], [[d:28-4-1979]], klantnr {{o:SZW}} [[z:2290415]]
**Adres:** [[a:Loosduinseweg 716]]
**Betrokken:** SWT {{w:Valkenboskwartier}}, {{o:Fairwork}}, {{o:UWV}}, {{o:Zilveren Kruis}}

**Situatie**
Meneer werkte via uitzendbureau, had een bedrijfsongeval (val van ladder), geen loondoorbetaling. Woont met 6 landgenoten in een huis. Zorgverzekering onbetaald.

**Besproken**
1. Loonvordering via {{o:Fairwork}}
2. Ziektewet via {{o:UWV}}
3. Betalingsregeling {{o:Zilveren Kruis}} (achterstand € 690)

**Afspraken**
- [[p:Irina]] (SWT, spreekt Roemeens) belt meneer wekelijks
- Evaluatie [[d:15 juli]]
=====
MDO – [[d:donderdag 4 juli]] – casus [[z:2024-SWT-1187]]

Deelnemers:
  • {{r:casusregisseur}} [[p:Stijn Verbeek]]
  • {{r:GZ-psycholoog}} [[p:Amal Darwish]] ({{o:i-psy}})
  • {{r:jeugdconsulent}} [[p:Niels]] ({{o:CJG}})
  • {{r:bewindvoerder}} mr. [[p:S. Polat]]

Cliënt (vrouw, 28, Syrisch, 2 kinderen) heeft PTSS, kinderen gedragsproblemen op school.
Afspraken: traumabehandeling start in september; {{o:CJG}} opvoedondersteuning; bewindvoerder regelt kinderopvangtoeslag.
=====
MDO verslag
- Cliënt: dhr [[p:de boer]]
- Probleem: alcohol, eenzaamheid, vallen
- Aanwezig: huisarts, wijkverpleging, SWT
- Besluit: opname ontgifting ({{o:Brijder}} kliniek), daarna thuiszorg + maatje via {{o:Humanitas}}
- Volgende: na ontslag
=====
Multidisciplinair overleg — Casus "meneer X" ({{w:Leyenburg}})

Datum: [[d:2 april]]

Aanwezig: SWT {{w:Escamp}}, {{o:Parnassia}} (FACT-team), {{o:Politie}}, {{o:Staedion}}

Samenvatting: man (45), paranoïde klachten, bedreigt buren, meerdere meldingen. FACT-team heeft contact maar meneer neemt medicatie niet.
Afspraken:
1. FACT verhoogt frequentie naar 2x per week
2. Politie: wijkagent rijdt vaker langs
3. {{o:Staedion}} stelt gedragsaanwijzing op
4. SWT ondersteunt buren (bemiddeling via {{o:Buurtbemiddeling}})
=====
MDO notitie - gezin [[p:Ramkisoen]] - [[d:10-01-2024]]

Situatie: 5 gezinsleden, vader ([[p:Dinesh]]) werkloos, moeder ([[p:Kavita]]) chronisch ziek, zoon [[p:Rajiv]] (16) verslaafd aan gamen, dochters 9 en 12.
Aanwezig: SWT, CJG, school, huisarts
Plan (1 gezin 1 plan):
| domein | doel | wie | wanneer |
|---|---|---|---|
| werk | vader naar werkfit-traject | {{o:SZW}} | febr |
| gezondheid | moeder: revalidatie | {{r:huisarts}} | mrt |
| jeugd | [[p:Rajiv]]: gameverslaving | {{o:Brijder}} jeugd | direct |
| financiën | aanvraag bijzondere bijstand | SWT | [[d:15-01]] |
=====
MDO

Betreft: mevrouw met hoarding, 66 jr, {{w:Duinoord}}, [[pc:2563 NH]].
Aanwezig: {{r:casusregisseur}}, {{r:SPV}}, {{r:woonconsultant}}, {{o:brandweer}}-adviseur.
Brandweer: acuut brandgevaar (gaskachel + papier). Afspraak: binnen 2 weken eerste ontruiming gang en keuken, met toestemming van mevrouw.
=====
MDO verslag — casus bemoeizorg

Cliënt: [[p:Gerrit Schouten]] ("[[p:Gerrie]]"), 61 jaar
Woonadres: [[a:Westduinweg 116]]
Telefoon: heeft geen telefoon; buurvrouw [[p:Ria]] ([[t:070-3631294]]) neemt berichten aan
Huisarts: praktijk {{w:Duindorp}}

Stand: meneer laat sinds 2 weken de {{r:SPV}} binnen; eet beter. Nog steeds geen douche.
Afspraak: {{o:Buurtzorg}} vraagt of hij 1x per week wil douchen met hulp.
=====
Verslag MDO – [[d:29 januari]]

casus: jongen, 17 jaar, licht verstandelijk beperkt, crimineel gedrag (winkeldiefstal), moeder alleenstaand.
aanwezig: SWT, {{o:Jeugdbescherming west}}, {{o:Reclassering}} (jeugd), {{o:Ipse de Bruggen}}
afspraken:
- jeugdreclassering neemt regie tot 18e
- SWT bereidt 18+ voor: uitkering, woning, begeleiding
- volgende MDO in april

(opm: ik heb zijn naam bewust weggelaten – [[p:Niels]])
=====
MDO-VERSLAG

Naam cliënt: [[p:Aziz Rahimi]]
Geboortedatum: [[d:1 januari 1987]]
BSN: [[b:593673177]]
Dossier: [[z:SWT-SP-2024-044]]
Contact: [[t:+31 6 2718 4409]]

Deelnemers: {{r:casusregisseur}} ([[p:Lisa Koning]]), {{r:trajectbegeleider}} {{o:Vluchtelingenwerk}} ([[p:Farhad]]), {{r:klantmanager}} {{o:SZW}}

Onderwerp: gezinshereniging; vrouw en 3 kinderen komen in september. Woning is te klein (2 kamers).
Acties:
1. Aanvraag grotere woning (urgentie) – [[p:Lisa]]
2. Inrichtingskrediet – {{o:SZW}}
3. Scholen zoeken – {{o:Vluchtelingenwerk}}
=====
MDO kort verslag ({{w:Bezuidenhout}})

Aanwezig: SWT, huisarts, wijkverpleging, {{r:apotheker}}
Cliënt (w, 88, mw [[p:schenk]]) neemt medicatie niet goed in. Apotheker levert voortaan in baxterrol. Wijkverpleging controleert 1x per dag. Geen verdere actie.
=====
MDO — [[d:woensdag 17 januari]] — fam. [[p:Lamrini-Bakkali]]

Aanwezig: [[p:Rachid Lamrini]] (SWT), [[p:S. Bakkali]] (moeder), {{r:jeugdverpleegkundige}} [[p:Anke]], {{r:gezinscoach}} [[p:Jordy]] ({{o:Xtra}})

Punten:
1) Baby ([[p:Adam]], geb. [[d:4 november 2023]]) groeit slecht
2) Moeder somber, vader werkt veel
3) Woning vochtig ({{w:Transvaal}}, [[a:Kempstraat 201]])
Afspraken: consultatiebureau 2-wekelijks; vochtprobleem melden bij corporatie; POH-GGZ voor moeder.

Let op: [[p:Rachid]] is familie van het gezin → casus overgedragen aan collega.
=====
MDO

Casus: vrouw (52) met chronische pijn, geen inkomen, partner recent overleden (BSN partner voor SVB: [[b:347 156 150]]).
Aanwezig: SWT {{w:Mariahoeve}}, {{o:UWV}}, {{o:Pijnpoli HMC}}
Afspraken:
- Nabestaandenuitkering ({{o:SVB}}) aanvragen
- Pijnrevalidatie
- Rouwbegeleiding via {{o:Stichting Rouw en Verlies}}
Evaluatie over 3 maanden.
=====
Verslag MDO (met cliënt aan tafel)

Cliënt: [[p:Ngozi Okafor]]
Aanwezig: [[p:Ngozi]], haar zus [[p:Chiamaka]], {{r:casusregisseur}}, {{r:maatschappelijk werker}} {{o:Vluchtelingenwerk}}

[[p:Ngozi]] vertelt zelf wat ze wil: "een eigen plek en werk in de zorg."
Plan:
✓ inschrijving woningzoekende
✓ taalniveau B1 halen ({{o:ROC Mondriaan}})
✓ vrijwilligerswerk bij {{o:Florence}}

Volgende afspraak: [[d:vr 14 juni]] 10u bij het {{o:Servicepunt XL}} {{w:Laak}}.
=====
MDO casus 'vervuiling + dieren'
Locatie woning: [[a:Zuidlarenstraat 47]] ({{w:Bouwlust}})
Aanwezig: SWT, {{o:Dierenbescherming}}, {{o:GGD}}, {{o:Staedion}}
Uitkomst: 14 katten, 3 honden. Dierenbescherming neemt 10 katten mee met toestemming bewoonster. Woning wordt geschoond.
=====
MDO-verslag huiselijk geweld

Casus: [[z:VT-2024-11032]] (overgedragen door Veilig Thuis)
Deelnemers: SWT {{w:Morgenstond}}, {{o:Veilig Thuis}}, {{o:CJG}}, {{o:Reclassering}}

Veiligheid: man heeft contactverbod; houdt zich eraan.
Moeder: traumabehandeling gestart.
Kinderen: 2, beide op school, geen zorgen meer vanuit school.
Besluit: {{o:Veilig Thuis}} sluit af per [[d:1 mei]]; SWT blijft betrokken tot de zomer.
=====
MDO — [[d:08/02]]

mevr. [[p:Visser]] (SWT), dhr. [[p:Yıldırım]] ({{r:wijkverpleegkundige}}), Dr. [[p:Kartodikromo]] ({{r:huisarts}}), [[p:Annelies]] ({{r:casemanager dementie}})

Cliënt: [[p:Johanna Kraaijeveld]], [[a:Marlot 9]]
- toenemende dementie
- echtgenoot overleden in december
- dochter woont in Canada

Besluit: WLZ-aanvraag, tijdelijk logeren in {{o:WZH}} Waterhof.
=====
MDO-verslag (sjabloon ingevuld)

1. Aanleiding: stagnatie in schuldhulptraject
2. Aanwezig: SWT, {{o:Haagse Kredietbank}}, {{o:Bewindvoering Haaglanden}}
3. Knelpunten: cliënt levert papieren niet aan; vaste lasten hoger dan inkomen
4. Afspraken: samen papieren verzamelen (3 afspraken); vaste lasten verlagen (energiecontract)
5. Evaluatie: over 6 weken
6. Verslag door: {{r:casusregisseur}}
7. Rekeningnummer cliënt voor vaste lasten: [[i:NL97 RABO 1097 8319 90]]
""")

# ---------------------------------------------------------------------------
# 4. Action lists (actielijsten)
# ---------------------------------------------------------------------------
add(r"""
ACTIELIJST PILOTGROEP – stand [[d:1 maart 2024]]

| # | Actie | Eigenaar | Deadline | Status |
|---|---|---|---|---|
| 1 | Deelnemerslijst definitief | [[p:Jolien]] | [[d:8 maart]] | ✔ |
| 2 | Zaal expertmeeting reserveren | [[p:Anouk]] | [[d:15 maart]] | loopt |
| 3 | Sjabloon casusles delen | [[p:Jolien]] | [[d:8 maart]] | ✔ |
| 4 | Toestemmingsverklaring aanpassen voor platform | [[p:Ruben de Graaf]] ({{o:gemeente}}, {{r:privacy officer}}) | [[d:22 maart]] | open |
| 5 | Uitnodiging {{o:Veilig Thuis}} voor thema HG | [[p:Mustafa]] | [[d:15 maart]] | open |
=====
Actiepunten thema Ouderen
- [[p:Karin]]: gesprek huisarts mevr. [[p:Smit]] plannen (vóór [[d:26/3]])
- [[p:Ahmed]]: wachtlijst {{o:WZH}} navragen
- [[p:Els]]: casusles echtpaar uitwerken, ZONDER adres
- allen: volgende keer 1 casus meenemen
=====
Actielijst bemoeizorg (bijgewerkt)

Nr	Actie	Wie	Wanneer
1	Juridische ruimte delen zonder toestemming uitzoeken	[[p:Patrick]]	[[d:20-03]]
2	Stroomschema "wanneer bemoeien" opzetten	[[p:Naima]] + [[p:Bas]]	april
3	Ervaringsdeskundigen uitnodigen	[[p:Jolien]]	[[d:11-04]]
4	Contact met wijkagent {{w:Schilderswijk}}	[[p:Naima]]	gedaan
=====
Actielijst n.a.v. MDO [[d:20 maart 2024]] (cliënt [[p:Z. Arslan]])

☐ Wmo-indicatie HH aanvragen — [[p:Marloes]] — wk 13
☐ Budgetcoaching starten — [[p:Nora]] ({{o:SHV}}) — wk 14
☐ Fysiotherapie aan huis — {{r:huisarts}} — wk 13
☐ Evaluatie plannen — [[p:Marloes]] — [[d:2 mei]]
=====
Acties uit werksessie "Casuslessen schrijven"

1. Iedereen schrijft vóór de startbijeenkomst één casusles (max. 400 woorden).
2. Gebruik het sjabloon: situatie – aanpak – wat werkte – les.
3. Controleer zelf op namen, adressen, data, telefoonnummers.
4. Laat een collega meelezen.
5. Upload via het platform; de privacycheck draait automatisch.
=====
ACTIELIJST thema Jeugd (v3)

actie | wie | deadline | opm.
------|-----|----------|-----
Jongerenloket uitnodigen | [[p:Wendy]] | [[d:30 april]] | gedaan
Werkbezoek Zuidwest plannen | [[p:Kofi]] | mei | contact: [[p:Mark Soekhai]], [[t:06-4488 1290]]
Casusles [[p:Mohammed]] (18-/18+) | [[p:Sevda]] | [[d:15 mei]] | naam eruit!
Presentatie slot | [[p:Samira]], [[p:Jurgen]] | [[d:10 juni]] | –
=====
Takenlijst facilitatoren (intern)

- [ ] kick-off evaluatie verwerken (respons 71%, 143 van 201 formulieren)
- [ ] factuur {{o:Crossover}} controleren (€ 4.850 excl. btw, factuurnr 2024-0117)
- [ ] catering slotbijeenkomst bestellen (80 personen)
- [x] verslag expertmeeting rondsturen
=====
Acties – MDO gezin [[p:Mohamed Abdi]] – [[d:16-04-2024]]

* Moeder aanmelden POH-GGZ → [[p:Fleur]]
* Gesprek leerplicht [[p:Abdirizak]] → school / mevr. [[p:Kok]]... nee → {{r:leerplichtambtenaar}} [[p:H. Jama]]
* Contact vader in Somalië? → niet nodig volgens moeder
* Volgende MDO [[d:7 mei]] 14:00, {{o:CJG}} {{w:Transvaal}}, kamer 1.08
=====
Openstaande acties pilot (week 14)

| Thema | Openstaand | Verantwoordelijk |
|---|---|---|
| Jeugd | 2 | themagroep |
| Ouderen | 1 | themagroep |
| Huiselijk geweld | 3 | themagroep |
| Bemoeizorg | 4 | themagroep |
| Algemeen | 2 | facilitatoren |
Totaal: 12 acties, waarvan 5 over de deadline.
=====
Actielijst overdracht [[p:Wiśniewski]] ({{w:Laak}} → {{w:Escamp}})

1. Dossier [[z:SWT-LK-2023-0761]] overzetten in systeem — [[p:Jeroen]] (LK)
2. Kennismakingsgesprek plannen met nieuwe {{r:casusregisseur}} — [[p:Annemarie]] (ESC)
3. Huurcontract nieuwe woning [[a:Meppelweg 415]] checken
4. Adreswijziging doorgeven aan {{o:UWV}}, {{o:Zilveren Kruis}}, bewindvoerder
5. Oude sleutel [[a:Slicherstraat 6]] inleveren bij {{o:Staedion}}
=====
Acties thema HG

→ [[p:Desiree]]: checklist v3 rondsturen (vóór [[d:4 april]]... staat al in mail van [[d:28-3]])
→ [[p:Liesbeth]]: casus moeder/zoon uitschrijven
→ [[p:Mustafa]]: contact {{o:Landelijk Knooppunt Huwelijksdwang}}
→ allen: stelling voor slotbijeenkomst bedenken
=====
actielijst (teamoverleg SWT {{w:Centrum}}, pilotdeel)

- [[p:dewi]] leest concept [[p:joost]] (hoarding) mee
- [[p:youssef]] vraagt toestemming aan mw X voor delen les
- [[p:tamara]] → zaal 4 reserveren voor brainstorm
- iedereen: uren pilot schrijven op projectcode 7731
=====
Acties na huisbezoek [[d:11-06]] (dhr [[p:Kuiper]], [[a:Pluvierstraat 88-A]])

1. Brandmelder laten plaatsen ({{o:brandweer}} gratis actie)
2. Maaltijdservice aanvragen
3. Zoon [[p:Dennis Kuiper]] bellen over sleutelkastje: [[t:0622847193]]
4. Verslag naar huisarts
=====
ACTIELIJST EXPERTMEETING
(voorbereiding, vastgesteld [[d:27 maart]])

A. Sprekers bevestigen
   - {{r:lector}} dr. ir. [[p:H. Wattimena]]... 
   - ervaringsdeskundige ({{o:Herstelacademie}})
B. Locatie: {{o:Atrium Stadhuis}}, 120 plaatsen
C. Programma: 4 workshops (1 per thema) van 45 min
D. Uitnodiging naar alle 24 teams (via teamleiders)
E. Budget: € 3.200 (binnen begroting)
=====
Actiepunten n.a.v. brainstorm "Wat werkt bij zorgmijders?"

• Ideeën bundelen in één document – [[p:Jolien]]
• Top 3 ideeën uitwerken: (1) vaste gezichten, (2) via de hond/het huisdier, (3) koffie aan de deur
• Eén idee testen in 2 wijken ({{w:Moerwijk}}, {{w:Schilderswijk}}) in mei–juni
=====
Actielijst casus [[z:#48120]]

wie	wat	klaar?
SWT ([[p:Irina]])	bellen met [[p:Radu]]	ja
{{o:Fairwork}}	loonvordering indienen	nee
{{o:UWV}}	ZW-beslissing	wacht
bewind	niet van toepassing	-
=====
Acties slotbijeenkomst

1. Programma definitief – [[p:Anouk]] – [[d:3 juni]]
2. Vier casuslessen per thema klaar voor presentatie – themagroepen – [[d:7 juni]]
3. Wethouder uitnodigen (via secretariaat, Postbus 12600, 2500 DJ Den Haag) – [[p:Anouk]]
4. Evaluatieformulier (digitaal) – [[p:Jolien]]
5. Bedankje deelnemers (bloemen/bon à € 25) – [[p:Jolien]]
=====
Acties ouderen {{w:Escamp}}
- Regiotaxi-probleem melden (mw [[p:ramlal]]) → [[p:Ronald]]
- vrijwilligers vervoer zoeken via {{o:Vrijwilligerspunt}} → [[p:Ronald]]
- terugkoppeling in themagroep [[d:16 mei]]
=====
Actielijst teamoverleg — pilot punt 4

| actie | door | datum |
|---|---|---|
| consent mevr. [[p:Bouchtaoui]] ophalen voor casusles | [[p:Yasmina]] | [[d:18-4]] |
| concept HG-les herschrijven | [[p:Yasmina]] | [[d:25-4]] |
| privacycheck concept draaien | [[p:Yasmina]] | [[d:25-4]] |
=====
To do (kladje, [[p:Bas]])
- bellen [[p:Patrick]] GGD over man [[a:Heeswijkplein 12]]
- mail aan [[e:jolien.vandermeer@caop.nl]] over stroomschema
- ma 9u MDO
- niet vergeten: IBAN cliënt voor noodfonds [[i:NL85KNAB6987250397]] → naar [[p:Nora]]
=====
Actielijst – uitkomst stemming kick-off

Gekozen thema's (stemmen van 187 aanwezigen):
1. Bemoeizorg – 61
2. Ouderen – 52
3. Huiselijk geweld – 41
4. Jeugd – 33
Niet gekozen: wonen (18), schulden (14).
Actie: per thema 5 deelnemers werven (totaal 20).
=====
ACTIES (MDO {{w:Leyenburg}}, [[d:2 april]])
1. FACT 2x/week — {{o:Parnassia}}
2. Wijkagent [[p:R. Pinas]] rijdt vaker langs — {{o:Politie}}
3. Gedragsaanwijzing — {{o:Staedion}}, contact [[p:M. de Groot]], [[e:m.degroot@staedion.nl]]
4. Buurtbemiddeling — SWT
""")

# ---------------------------------------------------------------------------
# 5. Case-transfer notes between teams (overdrachtsnotities)
# ---------------------------------------------------------------------------
add(r"""
OVERDRACHT CASUS
Van: SWT {{w:Laak}}          Naar: SWT {{w:Escamp}}
Datum overdracht: [[d:12 februari 2024]]

Cliënt: [[p:Tomasz Wiśniewski]]
Geboortedatum: [[d:22-07-1972]]
BSN: [[b:964640661]]
Nieuw adres: [[a:Meppelweg 415]], [[pc:2544 BL]]
Tel.: [[t:06 38 12 77 04]]

Reden overdracht: verhuizing.
Lopende zaken:
- schuldhulp via {{o:Kredietbank}} (dossier [[z:HKB-2023-5512]])
- re-integratie via {{o:UWV}}
- contact met {{o:Fairwork}} afgerond
Aandachtspunt: meneer is wantrouwig tegenover instanties; neem de tijd voor kennismaking.

Overdragend medewerker: [[p:Jeroen Smit]], [[e:j.smit@swtlaak.nl]]
=====
Warme overdracht – notitie

Mevrouw (83) verhuist van {{w:Bezuidenhout}} naar een aanleunwoning in {{w:Mariahoeve}}. Huidige contacten: {{r:wijkverpleegkundige}}, {{r:ouderenconsulent}}. Wens mevrouw: dezelfde huisarts houden (kan, binnen het gebied). Overdrachtsgesprek met nieuwe {{r:casusregisseur}} bij mevrouw thuis, samen met dochter [[p:Ingrid]].
Nieuw adres: [[a:Hofzichtlaan 301]], [[pc:2595 ZH]].
=====
Overdracht van {{o:CJG}} {{w:Schilderswijk}} naar SWT {{w:Schilderswijk}} (18+)

Jongere: [[p:Yasin El Ouardi]], wordt 18 op [[d:14 september]]
Woont bij: moeder [[p:Fatiha]], [[a:Hoekstraat 34]]
Huidige hulp: {{r:jeugdconsulent}} [[p:Niels Bos]] (tot 18), {{o:Ipse de Bruggen}} (dagbesteding)

Wat moet geregeld zijn vóór 18:
☐ zorgverzekering
☐ bewindvoering of mentorschap? (LVB, IQ ca. 65)
☐ Wlz of Wmo voor begeleiding
☐ inkomen (Wajong-beoordeling {{o:UWV}})

Overdrachtsgesprek: [[d:wo 19 juni]], 15u, CJG.
=====
Overdracht (intern, tussen collega's)

[[p:Stijn]] → [[p:Lisa]]
Ik ben vanaf maandag 3 weken weg. Lopende casussen:
1. fam. [[p:Haddad]] — urgentie aangevraagd, wacht op uitslag
2. [[p:Rahimi]] — gezinshereniging, inrichtingskrediet loopt
3. mw [[p:Nowak]] — voorschot geregeld, volgende afspraak [[d:18/4]]
4. dhr. P. ({{w:Spoorwijk}}) — geen actie nodig, alleen bellen als hij belt

Wachtwoord gedeelde map staat in de kluis (niet in deze notitie).
=====
Overdrachtsnotitie SWT {{w:Moerwijk}} → SWT {{w:Morgenstond}}

Betreft: gezin, moeder + 3 kinderen, verhuisd wegens huiselijk geweld (adres afgeschermd!)
Let op: het nieuwe adres NIET noteren in gedeelde systemen. Contact via [[t:06 50 18 33 62]] (prepaid, alleen moeder).
Lopend:
• {{o:Veilig Thuis}} ([[z:VT-HGL-2024-0391]])
• traumabehandeling moeder ({{o:i-psy}})
• school kinderen: nieuwe school geregeld via {{r:leerplichtambtenaar}}
=====
OVERDRACHT

Van: [[p:Anneke Koster]] ({{r:MEE-consulent}}, {{w:Laak}})
Aan: [[p:Ilse Zomer]] ({{r:MEE-consulent}}, {{w:Ypenburg}})
Cliënt: [[p:B. Jansen]] (meneer, 34, LVB)
Dossier MEE: [[z:MEE-ZHN-17762]]

Samenvatting: meneer woont sinds kort zelfstandig (trainingshuis afgerond). Heeft hulp nodig bij post en geld; werkt 3 dagen bij {{o:Haeghe Groep}}. Moeder ([[p:Wilma Jansen]]) is zeer betrokken, soms té.
Advies: begin met een gesprek zonder moeder erbij.
=====
Overdracht bemoeizorgcasus van {{o:GGD Haaglanden}} (Team Vangnet) naar SWT {{w:Duindorp}}

Cliënt: [[p:Gerrit Schouten]], [[a:Westduinweg 116]]
Sinds: november 2023 nee – [[d:3 november 2023]] eerste melding
Fase: contact gelegd, meneer laat SPV binnen.
Vraag aan SWT: sociaal netwerk versterken (hij was visser, misschien via de visserijvereniging?).
Contact GGD: [[p:Patrick Coffie]], [[t:06 15 90 42 88]]
=====
Overdracht per mail (doorgestuurd)

> Van: [[p:Roel Verhoef]] <[[e:roel.verhoef@swt-segbroek.nl]]>
> Verzonden: [[d:dinsdag 7 mei 2024]] 16:42
> Onderwerp: overdracht mw K.
>
> Hoi [[p:Nicole]], mw [[p:Kasanwirjo]] verhuist naar jullie wijk ({{w:Rustenburg}}...) 

Hoi [[p:Nicole]],
Zie hierboven; adres wordt [[a:Beeklaan 385-B]]. Ze heeft huishoudelijke hulp via {{o:Tzorg}} en een {{r:bewindvoerder}}. Ik bel je morgen even.
Groet, [[p:Roel]]
=====
Overdracht van pilotrol

Per [[d:1 juli]] stopt [[p:Roel]] met het SWT. Zijn plek in de themagroep Jeugd wordt overgenomen door [[p:Sanne Vos]] (SWT {{w:Segbroek}}). [[p:Roel]] draagt over: 1 casusles in concept, contact met {{o:Jongerenloket}}, presentatie-slides.
=====
Overdrachtsformulier

| veld | inhoud |
|---|---|
| Cliënt | [[p:Meryem Doğan]] |
| Geb.datum | [[d:30-10-1990]] |
| BSN | [[b:501775870]] |
| Adres | [[a:Zevenwoudenstraat 11]], [[pc:2546 HW]] |
| Telefoon | [[t:06-41 22 78 90]] |
| Van team | {{w:Bouwlust}} |
| Naar team | {{w:Transvaal}} |
| Reden | verhuizing |
| Hulpvraag | schulden, opvoeding 2 kinderen |
| Betrokken | {{o:SHV}}, {{o:CJG}}, {{o:Stichting MOOI}} |
| Bijzonderheden | ex-partner mag nieuw adres niet weten |
=====
Overdracht
(kort, telefonisch afgestemd)

Meneer uit {{w:Kijkduin}}, 78, verhuist naar zijn dochter in Delft. Casus gaat naar het sociaal team Delft. Geen lopende acties behalve Wmo-aanvraag scootmobiel (wordt door Delft overgenomen). Dochter bereikbaar op [[t:015 - 212 48 30]].
=====
OVERDRACHT CASUS – {{w:Scheveningen}} → {{w:Segbroek}}

Betreft: mevr. [[p:R. Kuiper]] ([[d:12-06-1938]])
Van: [[p:Sanne]] (ouderenadviseur)
Naar: [[p:Youssef]] (casusregisseur)

Lopende zaken:
- aanvraag WLZ ingediend [[d:2 mei]] ({{o:CIZ}} kenmerk [[z:CIZ-24-558201]])
- logeeropvang geregeld bij {{o:WZH}}
- dochter in Canada: [[e:ria.kuiper@shaw.ca]], bellen kan via WhatsApp op [[t:+1 604 555 0187]]
=====
Overdracht binnen team – kladversie

dhr. [[p:Owusu]]: alles rond behalve Wmo woningaanpassing.
mw. [[p:Asante]]: zoon weer op school; nog 1 gesprek met CJG.
fam. [[p:Koning]]: dochter in jonge-mantelzorgergroep; vader wacht op UWV.
Verder niets bijzonders.
=====
Overdracht Veilig Thuis → SWT {{w:Laakkwartier}}

Zaaknummer VT: [[z:VT-2024-09917]]
Gezin: moeder [[p:Nadia Tahiri-Benaissa]], kinderen [[p:Ilyas]] (9), [[p:Sara]] (6), [[p:Amine]] (3)
Pleger: [[p:Youssef Tahiri]], contactverbod t/m [[d:31-12-2024]]
Adres moeder: afgeschermd, via {{o:Sterk Huis}}

Wat VT heeft gedaan: veiligheidsplan, crisisopvang, aangifte-ondersteuning.
Vraag aan SWT: huisvesting, inkomen, ondersteuning moeder.
Contact VT: {{r:casemanager}} [[p:J. Kuipers]], [[t:088 - 456 31 07]] (direct)
=====
Overdracht GGZ-cliënt van {{o:Parnassia}} (FACT {{w:Zuidwest}}) naar SWT

Cliënt (v, 44; [[p:Carla Mulder]]) stabiel, behandeling afgerond. Heeft nog ondersteuning nodig bij administratie en dagbesteding. Geen crisisplan meer nodig. Overdrachtsgesprek gepland met cliënt aan tafel.
=====
Overdracht

Beste [[p:Annemarie]],

Bij deze de overdracht van [[p:Tomasz]]. Zie het formulier in de bijlage. Belangrijkste:
– hij praat liever Engels dan Nederlands
– bel niet vóór 11 uur (nachtdienst)
– zijn IBAN voor de teruggave van de borg is [[i:NL23RABO2563660117]] (staat ook op het formulier)

Succes! [[p:Jeroen]]
=====
Overdracht themagroep Ouderen (facilitator)

[[p:Els de Wit]] is met zwangerschapsverlof vanaf [[d:15 mei]]. Voorzitterschap gaat naar [[p:Hatice Koç]]. Notulen voortaan door [[p:Ahmed Chaouch]]. Contact voor vragen: [[e:h.koc@swtlaak.nl]].
=====
Overdrachtsnotitie – jongere 18+

Naam: [[p:Damian Winklaar]]
Geboren: [[d:3 oktober 2005]]
Van: {{o:Jeugdbescherming west}} ({{r:jeugdbeschermer}} [[p:Sharida]])
Naar: SWT {{w:Schilderswijk}}
Situatie: geen woonplek, slaapt bij vrienden, ingeschreven op [[a:Jacob Catsstraat 88]] (moeder).
Geregeld: uitkering aangevraagd ([[z:PW-2023-77310]]), zorgverzekering.
Nog te doen: woonplek, dagbesteding, schulden in kaart.
=====
Overdracht (WhatsApp-export, geplakt in dossier)

[[d:14-02-24]], 09:12 - [[p:Jeroen]]: hoi, heb je de overdracht van meneer W gezien?
[[d:14-02-24]], 09:15 - [[p:Annemarie]]: ja! bel ik hem vandaag. nummer nog [[t:0638127704]]?
[[d:14-02-24]], 09:16 - [[p:Jeroen]]: klopt
=====
Overdracht dagbesteding

Van: {{o:WZH}} dagbesteding {{w:Bezuidenhout}}
Aan: SWT {{w:Mariahoeve}}
Onderwerp: signaal mevrouw [[p:C. de Jong]] – komt sinds 2 weken niet meer, telefoon wordt niet opgenomen. Zus belde dat het slecht gaat. Graag huisbezoek.
Met vriendelijke groet,
[[p:Marja Veenstra]], {{r:coördinator dagbesteding}}
T (algemeen) 070 - 379 30 00 | T (direct) [[t:070 - 379 31 46]]
=====
Overdracht van pilotgroep naar alle teams (facilitator)

Na afloop van de pilot gaan de casuslessen naar alle 24 teams. Elke themagroep draagt over:
1. 4–5 casuslessen (geanonimiseerd, met consent)
2. een 1-pagina-samenvatting
3. contactpersoon voor vragen (functie, niet naam)
De overdracht vindt plaats op de slotbijeenkomst.
=====
Overdracht casus (verkort)
Cliënt: mevrouw [[p:Siahaya]]
Van {{w:Transvaal}} naar {{w:Wateringse Veld}}
Lopend: Wmo HH, budgetcoach
Afspraak kennismaking [[d:maandag 24 juni]]
=====
OVERDRACHT — nachtopvang → SWT {{w:Centrum}}

Meneer [[p:Ricardo Frans]] (49) heeft een woonplek gekregen via {{o:Kessler Stichting}} (Housing First), adres [[a:Groenewegje 144]]. Begeleiding vanuit Kessler 2x per week. Vraag aan SWT: dagbesteding en contact met kinderen.
Omgangsregeling loopt via advocaat mr. [[p:Dijkstra]].
""")

# ---------------------------------------------------------------------------
# 6. Facilitators' summaries of workshops and pilot meetings
# ---------------------------------------------------------------------------
add(r"""
Samenvatting kick-off "Samen werken in het sociale domein"
[[d:22 november]], {{o:Fokker Terminal}}, 13.00–17.30

Opkomst: 187 teamleden uit alle 24 sociale wijkzorgteams.
Programma:
1. Opening door de {{r:wethouder}}
2. Pitches van vier mogelijke thema's
3. Stemming via de app (resultaten zie actielijst)
4. Samenstelling pilotgroep (20 deelnemers)

Opvallend: veel behoefte aan uitwisseling tussen teams ("we weten niet wat {{w:Escamp}} doet, terwijl we dezelfde casussen hebben").
Facilitatoren: [[p:Anouk Verhagen]] ({{o:CAOP}}), [[p:Jolien van der Meer]] ({{o:Crossover}})
=====
Verslag startbijeenkomst pilotgroep

Datum: [[d:dinsdag 6 februari]]
Aanwezig: 19 van de 20 deelnemers

Wat hebben we gedaan?
- Kennismaking in duo's (uit verschillende teams)
- Per thema een "probleemboom" gemaakt
- Afspraken over werkwijze: elke themagroep komt 5x bij elkaar; casuslessen via het platform

Wat viel op?
- Teams gebruiken verschillende definities (bijv. van "bemoeizorg")
- Privacy is een grote zorg: "mag ik deze casus wel delen?"

Volgende stap: expertmeeting in april.
=====
Samenvatting workshop "Anonimiseren van casuslessen"

Facilitator: [[p:Ruben de Graaf]] ({{r:privacy officer}}, {{o:gemeente Den Haag}})

Kernboodschap: een casusles is pas deelbaar als niemand de cliënt kan herkennen — ook niet collega's uit een ander team.
Wat moet eruit:
• namen (ook voornamen, ook van familie en buren)
• adressen, postcodes, telefoonnummers, mailadressen
• geboortedata en andere data met een dag erin
• BSN, dossiernummers, IBAN
Wat mag blijven: wijk, leeftijd, rol van hulpverleners, organisaties, jaartallen.

Oefening: deelnemers kregen een concept met 14 "lekken"; gemiddeld vonden ze er 9.
=====
Verslag expertmeeting – [[d:18 april 2024]]

Locatie: Atrium Stadhuis
Deelnemers: 96

Keynote: {{r:lector}} [[p:Hanna Wattimena]] ({{o:Haagse Hogeschool}}) over "integraal werken in de wijk".
Vier workshops:
| Workshop | Begeleider | Deelnemers |
|---|---|---|
| Jeugd: 18-/18+ | [[p:Samira el Khatib]] | 22 |
| Ouderen: dementie en migratie | [[p:Patricia Gomes]] ({{o:Alzheimer Nederland}}) | 28 |
| Huiselijk geweld: economisch geweld | [[p:Marco de Boer]] ({{o:Veilig Thuis}}) | 19 |
| Bemoeizorg: ervaringsdeskundigheid | [[p:Ricardo]] ({{o:Herstelacademie}}) | 27 |

Rode draad: "Vraaggericht werken botst met aanbodgerichte structuren."
=====
Facilitatorsverslag brainstorm bemoeizorg (kort)

Er kwamen 34 ideeën uit de brainstorm. Geclusterd in: (a) contact leggen, (b) volhouden, (c) samenwerken met GGD/politie, (d) juridische ruimte. Top-3 gekozen door stemming met stickers. Volgende stap: testen in twee wijken.
– [[p:Jolien]]
=====
Samenvatting slotbijeenkomst pilot

[[d:20 juni 2024]], {{o:Theater aan het Spui}}

De vier themagroepen presenteerden hun belangrijkste lessen:
1. Jeugd — begin de 18+-overdracht op 17,5 jaar.
2. Ouderen — zoek eerst het informele netwerk in de straat.
3. Huiselijk geweld — let op economisch geweld; geen bemiddeling bij eergerelateerd geweld.
4. Bemoeizorg — vaste gezichten en vaste ritmes.

De {{r:wethouder}} beloofde de aanpak uit te breiden naar alle 24 teams. Bedankt: alle 20 deelnemers, in het bijzonder [[p:Hatice Koç]] en [[p:Bas Mulder]] die twee themagroepen trokken.
=====
Verslag workshop "Samenwerken met de huisarts"

Begeleider: huisarts [[p:Marlies Doornbos]] ({{o:Gezondheidscentrum Mariahoeve}})

Belangrijkste inzichten:
- De huisarts mag zonder toestemming van de patiënt niets delen; vraag de cliënt dus altijd om toestemming vooraf.
- Gebruik het POH-GGZ-spreekuur als brug.
- Een vast aanspreekpunt per praktijk helpt.

Vraag uit de zaal: "Hoe krijg je een huisarts mee bij een zorgmijder zonder verwijzing?" Antwoord: via de {{o:GGD}} (bemoeizorg heeft geen verwijzing nodig).
=====
Terugkoppeling facilitatoren na sessie 2 van alle themagroepen

Sterk:
✓ hoge betrokkenheid, 90% opkomst
✓ eerste casuslessen binnen

Aandachtspunten:
✗ in 6 van de 9 ingediende concepten stonden nog persoonsgegevens (namen, adressen, één keer een BSN)
✗ themagroep Jeugd heeft moeite met planning

Actie: extra workshop anonimiseren op [[d:donderdag 28 maart]].
=====
Samenvatting workshop "Casusles schrijven" — voor de deelnemers

Een goede casusles:
1. is kort (max. 1 A4)
2. volgt het sjabloon (situatie – aanpak – wat werkte – les)
3. beschrijft de cliënt in algemene termen: leeftijd, wijk, leefsituatie
4. bevat een les die een ander team morgen kan toepassen

Voorbeeld van een slechte zin: "Mevrouw [[p:Yildiz]] van de [[a:Paul Krugerlaan 110]] belde ons op [[d:5 maart]]."
Voorbeeld van een goede zin: "Een vrouw van middelbare leeftijd uit {{w:Transvaal}} belde ons in het voorjaar."
=====
Facilitatorverslag themagroep Huiselijk geweld (tussentijds)

De groep werkt goed samen. [[p:Mustafa Yavuz]] en [[p:Desiree Wijdenbosch]] trekken de groep. Er zijn 3 casuslessen ingediend, waarvan 1 al gepubliceerd. De groep wil graag een gastspreker over eergerelateerd geweld; [[p:Mustafa]] heeft contact met het {{o:Landelijk Knooppunt}}.
Aandacht: in de les over stalking stond nog een naam + BSN; teruggestuurd naar de auteur.
=====
Verslag brainstorm "Ouderen en eenzaamheid"

Datum: [[d:12-03]]
Werkvorm: World Café, 3 rondes van 20 minuten

Tafel 1 — Wat werkt?
  - buren, kerk, moskee, koffiehuis
  - vaste vrijwilliger
Tafel 2 — Wat werkt niet?
  - algemene activiteiten zonder persoonlijke uitnodiging
  - folders
Tafel 3 — Wat zouden we willen proberen?
  - "ouderen-buddy" uit de eigen gemeenschap
  - huisbezoek bij 75-plussers (preventief)

Notulen: [[p:Ahmed]]; foto's van de flappen op het platform.
=====
Samenvatting expertmeeting workshop Jeugd (door [[p:Samira]])

22 deelnemers, waarvan 8 van buiten de pilot ({{o:CJG}}, {{o:Jeugdbescherming west}}, {{o:Jongerenloket}}).
Uitkomsten:
- Een "18-min-gesprek" standaard op 17,5 jaar
- Eén contactpersoon die 6 maanden na de 18e betrokken blijft
- Casus [[p:Damian]] werd als voorbeeld genoemd (met toestemming, naam alleen in de zaal)
=====
Facilitatorsverslag – evaluatie pilot (concept)

Respons evaluatieformulier: 17 van 20 deelnemers.
Gemiddeld cijfer: 7,8.
Meest genoemd als waardevol: "leren van andere teams" (15x), "tijd om na te denken" (9x).
Minst waardevol: "de vele formulieren" (6x).
Verbetersuggesties:
- minder bijeenkomsten, maar langer
- platform eenvoudiger maken
- privacycheck vóór upload sneller

Geen persoonlijke citaten opgenomen.
=====
Verslag workshop "Vraaggericht werken"

Begeleider: [[p:Jolien van der Meer]]
Datum: [[d:wo 24 januari]] (extra sessie voor teams buiten de pilot)

Opdracht: neem een casus waarin het aanbod leidend was en herschrijf hem vanuit de vraag.
Voorbeeld uit {{w:Loosduinen}}: "We boden een cursus budgetteren aan, maar meneer wilde eigenlijk alleen een baan." Herschreven: "Meneer wil werk; wat is daarvoor nodig?"

Deelnemers vonden het lastig om de vraag echt te horen: "We zijn getraind in oplossen."
=====
Samenvatting startbijeenkomst — voor de teamleiders

Kort: pilot is gestart met 20 deelnemers uit 14 teams. Vier thema's. Tijdsinvestering: 4 uur per week per deelnemer. Tussentijdse rapportage volgt eind maart. Vragen: [[p:Anouk Verhagen]], [[t:06 24 81 55 39]], [[e:a.verhagen@caop.nl]].
=====
Facilitatorverslag themagroep Bemoeizorg

Sessies: 5 (alle doorgegaan)
Gemiddelde opkomst: 4,6 van 5
Casuslessen: 4 ingediend, 3 gepubliceerd
Hoogtepunt: sessie met ervaringsdeskundigen
Knelpunt: juridische ruimte bij gegevensdeling zonder toestemming (art. 6 lid 1 sub d/e AVG) – advies [[p:Ruben de Graaf]] volgt

Opvallende quote (geanonimiseerd): "Ik kwam zestien keer aan de deur. De zeventiende keer ging hij open."
=====
Verslag workshop "Signalen van huiselijk geweld bij ouderen"

Begeleider: drs. [[p:M. Schouten]] ({{o:Veilig Thuis Haaglanden}})
Deelnemers: 14

Signalen die genoemd werden:
- onverklaarbare blauwe plekken
- plotselinge geldproblemen
- mantelzorger die altijd het woord doet
- cliënt die angstig is in bijzijn van familielid

Aanbevolen instrument: de "Meldcode-app" + afwegingskader.
=====
Samenvatting van de teamleidersbijeenkomst over de pilot

De teamleiders van de 24 teams kwamen op [[d:7 mei]] bijeen. Zij steunen uitbreiding, maar vragen om: (1) geen extra registratielast, (2) vrije uren voor deelnemers, (3) een privacycheck die betrouwbaar is. Teamleider {{w:Laak}}, [[p:Gerard Ooms]], benadrukt dat "anonimiseren niet mag afhangen van hoe druk iemand is".
=====
Facilitatorsnotitie na kick-off (intern)

Zaal was te klein (187 man, 150 stoelen). Stemming via app werkte na 10 minuten storing. De pitch over jeugd werd slecht ontvangen (te veel cijfers). Volgend jaar: ruimere zaal, stemming op papier als back-up.
=====
Verslag brainstorm "Informele zorg en vrijwilligers in het team"

Aanleiding: bewonersorganisaties vinden dat vrijwilligers en bewoners in de teams horen.
Standpunten:
- Voor: vrijwilligers kennen de buurt, zijn laagdrempelig
- Tegen: privacy, beroepsgeheim, belasting vrijwilligers
Voorzichtige conclusie: vrijwilligers wel bij themabijeenkomsten, niet bij casusoverleg.
Ingebracht door [[p:Trudy Hoogland]] ({{o:Bewonersorganisatie Moerwijk}}).
=====
Samenvatting workshop ouderen: "Dementie en migratie"

Begeleider: [[p:Patricia Gomes]] ({{o:Alzheimer Nederland}}, afd. Haaglanden)

- Dementie bij migrantenouderen wordt later herkend (taal, schaamte, andere beelden van ouder worden)
- Tests zijn vaak niet cultuursensitief; gebruik de RUDAS
- Familie wil vaak zelf zorgen; respijtzorg wordt laat gevraagd

Casus uit de zaal: Turkse meneer uit {{w:Laak}} werd pas na een verkeersongeluk gediagnosticeerd.
=====
Facilitatorsverslag themagroep Jeugd (eindverslag)

De groep startte met 5 deelnemers; 1 vertrok ([[p:Roel]]) en werd vervangen door [[p:Sanne Vos]]. Vijf bijeenkomsten en één werkbezoek ({{o:Jongerencentrum Zuidwest}}). Twee casuslessen gepubliceerd; twee in concept (privacy nog niet op orde).
=====
Verslag expertmeeting, workshop Huiselijk geweld (door [[p:Marco de Boer]])

Onderwerp: economisch geweld.
Kernpunten:
1. Vraag altijd wie het geld beheert.
2. Een eigen bankrekening is vaak stap één.
3. Let op schulden die op naam van het slachtoffer zijn gezet.

Voorbeeld uit de praktijk (naam genoemd door deelnemer en daarna geschrapt): vrouw uit {{w:Wateringse Veld}} bij wie de partner vier telefoonabonnementen op haar naam had afgesloten.
=====
Verslag online kennissessie "Wet verplichte ggz voor wijkteams"

Spreker: mr. [[p:Lucas Brouwer]], {{r:jurist}} {{o:Parnassia}}
Datum: [[d:donderdag 23 mei]], 12.00–13.00 (lunchsessie)

Onderwerpen: verkennend onderzoek, zorgmachtiging, crisismaatregel; rol van de {{o:GGD}} bij meldingen (meldpunt 14 070 of via de GGD-meldlijn).
Slides staan op het platform.
""")

# ---------------------------------------------------------------------------
# 7. Mixed: review rounds on drafts, platform discussion under lessons,
#    privacy feedback, short notes and texts without personal data
# ---------------------------------------------------------------------------
add(r"""
Feedback privacycheck op concept "Via de hond naar binnen"

| regel | gevonden | advies |
|---|---|---|
| 14 | "[[z:SWT-SCH-2023-0417]]" | dossiernummer verwijderen |
| 14 | "[[p:Kees Hoek]]" | naam verwijderen |
| 3 | "{{w:Duindorp}}" | mag blijven (wijk) |
| 5 | "{{o:Dierenambulance}}" | mag blijven (organisatie) |

Status: teruggestuurd naar auteur.
=====
Reactie op casusles "Wie belt er terug?"

> Een vast belmoment voorkomt veel losse crisisbellen

Herkenbaar! Bij ons in {{w:Loosduinen}} hebben we hetzelfde gedaan met een meneer die elke dag de {{o:Wmo-loket}}-lijn belde. Na 3 weken vast belmoment op maandag was het aantal telefoontjes gehalveerd.
– [[p:Priscilla]]
=====
Reactie van [[p:Kofi Appiah]] (SWT {{w:Zuidwest}}):
"Goede les. Eén aanvulling: bij jongeren werkt WhatsApp beter dan bellen. Wij spreken een vaste app-tijd af."
=====
Discussie onder casusles "Taal als sleutel"

[[p:Hatice Koç]] schreef:
Mooi voorbeeld. Hoe vonden jullie de sleutelpersoon?

[[p:Fleur Dekker]] antwoordde:
Via {{o:Stichting Eritrese Gemeenschap Den Haag}}. Zij hebben een lijst met vrijwilligers. De vrouw uit de casus, [[p:Selam]], is inmiddels zelf sleutelpersoon geworden!

Moderator: let op, voornaam cliënt verwijderd uit de reactie.
=====
Redactieronde casuslessen thema Ouderen — overzicht

| Titel | Auteur | Status | Privacy |
|---|---|---|---|
| Koffie bij de buurvrouw | [[p:Els de Wit]] | gepubliceerd | ok na aanpassing |
| Het gehoorapparaat | [[p:Ronald Ramcharan]] | gepubliceerd | ok |
| Cultuur-specifieke soos | [[p:Ronald Ramcharan]] | concept | naam cliënt + dochter |
| Een kennismaking zonder agenda | [[p:Sanne]] | concept | naam, geb.datum, adres |
| De mantelzorger op afstand | [[p:Miriam Boukhari]] | in review | ok |
=====
Opmerking privacy officer bij ingediende les

Beste [[p:Yasmina]],

Je concept "Stalking na vertrek" bevat een BSN ([[b:652478049]]), een volledig adres en de naam van de cliënt. Dit mag nooit buiten het team. Wil je een nieuwe versie maken? Tip: gebruik "een vrouw van rond de 30 uit {{w:Transvaal}}".

Met groet,
[[p:Ruben de Graaf]]
{{r:privacy officer}} {{o:gemeente Den Haag}}, dienst {{o:OCW}}
Postbus 12652, 2500 DP Den Haag
=====
Vraag op het platform: "Heeft iemand ervaring met een gezamenlijk huisbezoek met de corporatie bij een dreigende ontruiming? Wat zijn de do's en don'ts?"
=====
Antwoord op vraag over gezamenlijk huisbezoek corporatie

Do's:
- vooraf afstemmen wie wat zegt
- de cliënt vooraf informeren (geen verrassingen)
- een concreet voorstel meenemen (betalingsregeling)
Don'ts:
- niet met z'n vieren aan de deur
- niet in het trappenhuis praten

Bij ons ({{w:Spoorwijk}}) werkt het goed met de {{r:woonconsultant}} van {{o:Staedion}}.

[[p:Mustafa]] ([[e:m.yavuz@swt-spoorwijk.nl]])
=====
Reactie op "De voordeur":
Wij hadden precies dezelfde casus, ook een colporteur, ook {{w:Ypenburg}}. Meneer [[p:Haddad]] misschien dezelfde familie? 😅 Even checken met jullie, [[p:Lisa]]?
=====
Concept casusles — inclusief opmerkingen van meelezer

Situatie: Een man van 70 uit {{w:Waldeck}} zorgde voor zijn vrouw met dementie.
[meelezer: leeftijd en wijk oké]
Hij belde de huisarts pas toen hij zelf viel, op [[d:16 december]].
[meelezer: datum weghalen → "in de winter"]
Zijn zoon [[p:Marcel]] wist van niets.
[meelezer: naam zoon weg!]
Les: vraag bij mantelzorgers naar een noodplan.
=====
Samenvatting discussie "Mag je een casus delen zonder toestemming?"

Posts: 23 | Deelnemers: 11
Conclusie van de moderator: nee, niet als de cliënt herkenbaar is. Wel als de les volledig geanonimiseerd is én geen unieke kenmerken bevat. Twijfel? Vraag de {{r:privacy officer}}.
=====
Reactie [[p:Jurgen Dekker]]:
"@[[p:Sevda]] in je les staat nog zijn geboortedatum ([[d:09-11-2006]]) en de naam van zijn school. Even aanpassen?"
=====
Casusles (tweede versie, na feedback)

Situatie: Een jonge man van 17 uit {{w:Laak}} had nog niets geregeld voor zijn 18e verjaardag ([[d:9 november]]).
Aanpak: overdracht vanuit {{o:Jeugdbescherming west}} vervroegd; samen met hem zorgverzekering, uitkering en woonplek geregeld.
Wat werkte: hij mocht zelf kiezen wie zijn contactpersoon werd.
Les: laat jongeren hun eigen contactpersoon kiezen.
=====
Concept casusles – [[p:Wendy Kok]]

Situatie: Een meisje van 15 ([[p:Naomi]]) uit {{w:Moerwijk}} verzuimde veel. Thuis zorgde zij voor haar moeder met een depressie. School dacht aan spijbelen.
Aanpak: gesprek met [[p:Naomi]] alleen; bleek jonge mantelzorger. Moeder via {{r:POH-GGZ}} naar behandeling.
Wat werkte: het meisje zelf vragen.
Les: bij schoolverzuim altijd vragen naar de thuissituatie.
Contact school: dhr. [[p:Veenstra]] ({{r:mentor}}), [[e:veenstra@vmbo-moerwijk.nl]]
=====
Privacy-checklist vóór publicatie (ingevuld)

[x] geen namen van cliënten
[x] geen namen van familie/buren
[ ] geen adressen → "[[a:Weimarstraat 183]]" staat nog in alinea 2
[x] geen telefoonnummers
[x] geen data met dag
[x] geen BSN/dossiernummers
Ingevuld door: [[p:M. Boukhari]]
=====
Notitie bij les "Koffie bij de buurvrouw": de buurvrouw heeft zelf gevraagd om genoemd te worden ("ik ben er trots op"). Toch verwijderd: via haar is de cliënt te herkennen.
=====
Draad op het platform – thema Bemoeizorg

[[p:Bas Mulder]] ([[d:12 apr]], 10:14):
Wie heeft er ervaring met de nieuwe werkwijze van Team Vangnet? Bij ons duurt het 3 weken voor er iemand langskomt.

[[p:Naima Ait Benali]] ([[d:12 apr]], 11:02):
Bij ons ook. Tip: bel de {{r:GGD-arts}} rechtstreeks, niet via de meldlijn.

[[p:Patrick Coffie]] ({{o:GGD Haaglanden}}) ([[d:12 apr]], 13:40):
Klopt, er is een wachtlijst. Spoed gaat voor. Bel bij spoed altijd, dan kijken we samen.
=====
Korte les (ingediend via mobiel)
Thema: ouderen. Vraag bij een huisbezoek altijd of je de koelkast mag zien. Zegt meer dan een vragenlijst.
=====
Casusles – Bemoeizorg – versie 1 (NIET PUBLICEREN)

situatie: mevrouw [[p:Hirsi]] (Somalisch, 55) uit {{w:Transvaal}} sluit zich op sinds de dood van haar zoon [[p:Abdi]] (overleden [[d:2 januari 2024]]). Buurvrouw [[p:Amina Warsame]] ([[t:06-39 20 71 48]]) brengt eten.
aanpak: via de imam, daarna vrouwengroep
les: rouw en bemoeizorg: de gemeenschap is de ingang
=====
Opmerkingen meelezer bij "De brievenbus"

1. Goede les, heel praktisch.
2. "Mevrouw (45, LVB, Laak)" — combinatie leeftijd+LVB+wijk is misschien te herkenbaar? Overleg met privacy officer.
3. Bedrag van € 312 kan blijven.
4. Je contactgegevens onderaan mogen blijven, het gaat om jou als professional — of toch liever via het algemene nummer?
=====
Reactie op discussie over informele zorg:
"Bij ons in {{w:Scheveningen}} zit sinds dit jaar een vrijwilliger van {{o:Humanitas}} bij het wekelijkse teamoverleg (niet bij casusbespreking). Bevalt goed." – [[p:Sanne]]
=====
Tussenrapportage pilot (maart)

| Indicator | Doel | Stand |
|---|---|---|
| Deelnemers actief | 20 | 19 |
| Bijeenkomsten gehouden | 20 | 11 |
| Casuslessen ingediend | 20 | 14 |
| Casuslessen gepubliceerd | 20 | 6 |
| Gem. tijd tot publicatie | < 14 dagen | 19 dagen |

Toelichting: de meeste vertraging komt door de privacycontrole; 8 van de 14 concepten moesten worden aangepast.
=====
Concept casusles [[p:Ahmed Chaouch]]

Titel: "Een uitnodiging per post werkt niet"
Situatie: Voor de ouderensoos in {{w:Laakkwartier}} stuurden we 200 brieven; 4 mensen kwamen. Meneer [[p:Benali]] (81) vertelde later: "Ik lees geen brieven van de gemeente, die zijn altijd slecht nieuws."
Aanpak: persoonlijk uitnodigen via de moskee en de {{r:huisarts}}.
Resultaat: 27 bezoekers bij de volgende soos.
Les: persoonlijke uitnodiging > brief.
=====
Bericht van de moderator

Beste deelnemers, in de afgelopen week zijn drie reacties verwijderd omdat er namen van cliënten in stonden. Denk eraan: ook in reacties geldt dat er niets herleidbaars in mag. Dank voor jullie begrip!
=====
Reactie [[p:Ronald]] op "Het gehoorapparaat":
Dit hadden we ook bij meneer [[p:Soekhai]] op de [[a:Escamplaan 52]], bleek na 2 jaar "dementie" gewoon doof. Schrijnend.
=====
Casusles in tabelvorm (concept, thema jeugd)

Situatie	Jongen (16) gamet 's nachts, slaapt overdag, verzuimt
Aanpak	{{o:Brijder}} jeugd + afspraken thuis over wifi
Wat werkte	vader deed mee ([[p:Dinesh]], zie MDO [[d:10-01-2024]])
Les	betrek beide ouders, ook als één ouder de "zorgouder" is
=====
Discussie – thema huiselijk geweld

[[p:Liesbeth Hoek]]: Wie weet hoe je adresafscherming in de BRP regelt?
[[p:Yasmina]]: Via burgerzaken, formulier "geheimhouding persoonsgegevens". Duurt ca. 2 weken.
[[p:Liesbeth Hoek]]: Dank!
=====
Samenvatting reacties op enquête "Hoe gebruikt u het platform?"

58 respondenten uit 21 teams
- 72% zoekt op thema
- 41% zoekt op wijk
- 19% heeft zelf een casusles ingediend
- grootste drempel: "tijd" (64%) en "angst om privacyfouten te maken" (37%)
=====
Concept les – [[p:Irina Stan]] ({{w:Valkenboskwartier}})

Situatie: arbeidsmigrant (m, 45), ongeval op het werk, geen loon, geen zorgverzekering.
Aanpak: {{o:Fairwork}} + {{o:UWV}} + betalingsregeling verzekeraar.
Wat werkte: ik sprak zijn taal.
Les: taalvaardigheid in het team is goud waard; inventariseer welke talen collega's spreken.

(Adres van meneer staat nog in het MDO-verslag, niet in deze les.)
=====
Feedback op concept HG-les van [[p:Yasmina]] (tweede ronde)

Nu goed! Alleen: "een vrouw uit {{w:Transvaal}} van rond de 30 met een Marokkaanse achtergrond die bij {{o:Sterk Huis}} verbleef" — is dat samen niet te specifiek? Misschien de achtergrond weglaten.
=====
Vraag op platform: "Wie heeft een goed voorbeeld van een toestemmingsverklaring in eenvoudige taal (B1)? Wij gebruiken nu die van 2019 en die begrijpt niemand."
=====
Reactie op vraag toestemmingsverklaring:
Wij hebben er een in B1 en met pictogrammen, gemaakt met {{o:MEE}}. Ik stuur hem je. [[p:Anneke Koster]], [[e:a.koster@mee-zhn.nl]]
=====
Korte notitie na themabijeenkomst
Casus van [[p:Bas]] (man met hoarding, [[a:Heeswijkplein 12]]) loopt nu goed; kamer 1 en 2 zijn leeg. Hij vraagt of hij de les mag delen, met toestemming van meneer.
=====
Feedback facilitatoren op de casuslessen (algemeen)

Wat gaat goed:
- lessen zijn concreet
- sjabloon wordt gebruikt

Wat kan beter:
- de "les" is soms een samenvatting in plaats van een les
- te veel details over de cliënt (niet nodig voor de les, wel een privacyrisico)
- jaartallen en leeftijden zijn prima, maar vermijd exacte data

Tip: lees je les hardop aan een collega van een ander team: herkent hij/zij de cliënt?
=====
Mail van deelnemer aan facilitator

Hoi [[p:Jolien]],

Ik kan [[d:donderdag 16 mei]] niet bij de themabijeenkomst zijn. Mijn casusles staat in concept op het platform (zie "Regiotaxi"). Kun jij hem meenemen?

Groet, [[p:Ronald]]
[[p:Ronald Ramcharan]] | {{r:ouderenadviseur}} SWT {{w:Escamp}} | [[t:06-1773 4092]] | algemeen nummer team: 070 353 77 00
=====
Thema-overzicht op het platform (stand juni)

Jeugd: 4 lessen — Ouderen: 6 lessen — Huiselijk geweld: 5 lessen — Bemoeizorg: 5 lessen
Meest gelezen: "Via de hond naar binnen" (312x), "Koffie bij de buurvrouw" (287x), "Eerst slapen" (204x).
=====
Casusles "Samen naar de deurwaarder"

Situatie: mevrouw [[p:Isenia]] (Curaçaos, 58) uit {{w:Rustenburg-Oostbroek}} kreeg beslag op haar uitkering; bleef met € 180 per maand over.
Aanpak: {{r:sociaal raadslid}} rekende de beslagvrije voet na: die was fout berekend.
Wat werkte: narekenen. Deurwaarder [[p:Van Leeuwen]] (belde zelf terug)... nee, naam weglaten.
Les: controleer altijd de beslagvrije voet.
=====
Reactie op "Samen naar de deurwaarder":
Super tip. Rekentool staat op de site van de Rijksoverheid. Bij ons was het in 3 van de 5 gevallen fout!
""")

# ---------------------------------------------------------------------------
# 8. More drafts and transfer notes with identifiers that slipped through
# ---------------------------------------------------------------------------
add(r"""
Concept casusles (export uit registratiesysteem, nog opschonen!)

Cliëntnummer: [[z:CL-00418877]]
Naam: [[p:Borislav Todorov]] | Geb.: [[d:19.03.1983]] | BSN: [[b:6466.98.395]]... [[b:646704308]]
Adres: [[a:Rijswijkseweg 512-IV]], [[pc:2516HN]] 's-Gravenhage
Tel: [[t:(070) 388 12 59]] / [[t:+359 88 412 7730]]

Situatie: Bulgaarse man (41), woont met vrouw [[p:Galina]] en twee kinderen in een kamer van 16 m². Werkt in de schoonmaak, loon wordt contant betaald.
Aanpak: inschrijving BRP, zorgverzekering, kinderen naar school via {{o:Internationale Schakelklas}}.
Les: zonder inschrijving in de BRP bestaat een gezin niet voor de instanties; begin daar.
=====
Overdracht budgetbeheer (uit mail geplakt)

Rekening cliënt: [[i:NL10 TRIO 9948 0451 54]]
Leefgeldrekening: [[i:NL63BUNQ4287328218]]
Bewindvoerder: mr. drs. [[p:E. Karsowidjojo]] ({{o:Bewindvoering Haaglanden}})
Leefgeld: € 65 per week, op maandag.
Vaste lasten lopen via bewind sinds [[d:1-2-2024]].
=====
MDO-verslag kort – mevrouw [[p:Ghebremichael]] ([[p:Saba]])

Datum: [[d:25-06-2024]]
Adres: [[a:Paul Krugerlaan 318]], [[pc:2571 JT]]
BSN: [[b:790597287]]
Aanwezig: SWT {{w:Transvaal}}, {{o:Vluchtelingenwerk}}, {{r:jeugdverpleegkundige}}
Afspraak: taalmaatje via {{o:Stichting Nederlands Leren}}; volgende MDO over 8 weken.
=====
Casusles – "De verkeerde brief"

Situatie: Een vrouw (63) uit {{w:Leyenburg}} kreeg een naheffing van de {{o:Belastingdienst}} van € 4.712 (zorgtoeslag 2022). Ze had het geld niet.
Aanpak: bezwaar met hulp van de {{r:sociaal raadslid}}; betalingsregeling bij afwijzing.
Wat werkte: de brief samen lezen en in stukjes knippen.
Les: een naheffing is geen schuld bij de deurwaarder — er is vaak nog ruimte.
(concept van [[p:Gülay Polat]], [[e:gulay.polat@swt-escamp.nl]], [[t:+31 (0)6 41 73 20 95]])
=====
Actielijst overdracht mw [[p:Sahetapy]] ({{w:Morgenstond}} → {{w:Wateringse Veld}})

| # | wat | wie | wanneer |
|---|---|---|---|
| 1 | adreswijziging [[a:Laan van Wateringse Veld 1216]], [[pc:2548 CK]] doorgeven | mw + dochter [[p:Natasja]] | [[d:maandag 1 juli]] |
| 2 | Wmo-dossier [[z:WMO-24-031877]] overdragen | [[p:Ruud]] | wk 27 |
| 3 | kennismaking nieuwe {{r:Wmo-adviseur}} | [[p:Carmen]] | [[d:8 juli]] |
=====
Themabijeenkomst Jeugd – aantekeningen [[p:Sevda Güler]]

- casus jongen 17 → inmiddels 18, uitkering aangevraagd ([[z:PW-2024-10331]])
- moeder belde mij privé op [[t:0612 345 098]]... nummer doorgestuurd naar team, niet op mijn eigen telefoon!
- IBAN voor eerste betaling: [[i:NL16RBRB5045218550]] (staat op aanvraag)
- volgende keer bespreken: hoe bescherm je je privénummer?
=====
Ingediende casusles – thema ouderen – status: afgekeurd door privacycheck

"Meneer [[p:Wong]] (92) uit de {{w:Stationsbuurt}}, weduwnaar, woont boven het restaurant van zijn zoon [[p:Kevin Wong]] op de [[a:Wagenstraat 74]]. Hij komt nooit meer beneden..."

Reden afkeuring: naam, adres, familienaam zoon.
=====
Verslag intervisie pilotgroep (geen casus, alleen proces)

Vraag van de inbrenger: "Hoe ga ik om met de druk om casuslessen snel te leveren terwijl het anonimiseren tijd kost?"
Adviezen van de groep:
1. schrijf de les meteen zonder namen, niet achteraf schrappen
2. gebruik 'een vrouw', 'een man', 'haar zoon'
3. noteer nooit exacte data, alleen 'in het voorjaar'
4. vraag de cliënt bij de start al om toestemming voor delen
""")

# ---------------------------------------------------------------------------
# 9. Long drafts and one-liners
# ---------------------------------------------------------------------------
add(r"""
# Casusles (uitgebreid concept) — thema Bemoeizorg — SWT {{w:Moerwijk}}

## 1. Situatie
In het najaar kregen we vanuit drie kanten signalen over dezelfde bewoner: de {{r:woonconsultant}} van {{o:Staedion}} (klachten over stank en ongedierte), de {{r:wijkagent}} (twee meldingen verward gedrag) en de huisartsenpraktijk (niet verschenen op vijf afspraken). Het ging om meneer [[p:Hüseyin Kaplan]] (67), alleenstaand, woonachtig op de [[a:Erasmusweg 1130]], [[pc:2532 CD]]. Zijn broer [[p:Ahmet]] woont in Antwerpen en belde ons op [[d:dinsdag 14 november]] in paniek: "Hij neemt al twee weken niet op."

## 2. Aanpak
1. Eén casusregisseur aangewezen (ik), alle signalen bij elkaar gelegd in één overzicht.
2. Samen met Team Vangnet van de {{o:GGD Haaglanden}} op huisbezoek; we zijn drie keer voor een dichte deur geweest.
3. Via de imam van de moskee in {{w:Moerwijk}} kwam er een opening: meneer liet hem binnen, en een week later ook ons.
4. Korte termijn: ongediertebestrijding, boodschappen, medicatie via de {{r:apotheker}} in weekrollen.
5. Lange termijn: {{r:SPV}} van {{o:Parnassia}}, dagbesteding in het Turkse buurthuis.

## 3. Wat werkte
- Eén regisseur en één overzicht in plaats van drie losse meldingen.
- De sleutelfiguur uit de eigen gemeenschap.
- De broer als bondgenoot (wekelijks belmoment, [[t:+32 470 55 81 26]]).

## 4. Les voor andere teams
Leg signalen uit verschillende hoeken zo snel mogelijk bij één persoon. Zoek daarna de sleutelfiguur die de cliënt al vertrouwt — vaak zit die buiten de zorg.

*Dossierverwijzing (intern, verwijderen vóór publicatie): [[z:SWT-MW-2023-0871]]*
=====
Verslag themabijeenkomst Ouderen — sessie 4 — volledige notulen

Datum: [[d:woensdag 10 april 2024]], 13.30–16.00 uur
Locatie: wijkcentrum {{o:De Boog}}, {{w:Laak}} (zaal "Trekvliet", 1e verdieping)
Voorzitter: [[p:Els de Wit]] | Notulen: [[p:Hatice Koç]]
Aanwezig: [[p:Ronald Ramcharan]], [[p:Miriam Boukhari]], [[p:Ahmed Chaouch]], [[p:Karin Hoogendijk]], gast [[p:Patricia Gomes]] ({{o:Alzheimer Nederland}})

1. Opening
[[p:Els]] opent om 13.35 uur. Mededeling: de expertmeeting is verschoven naar [[d:18 april]] (Atrium).

2. Vaststellen notulen sessie 3
Akkoord, met één correctie: bij punt 2 moet "dochter" worden "schoondochter".

3. Casusbespreking
[[p:Karin]] brengt de casus in van een vrouw van 84 in {{w:Bezuidenhout}} die wil blijven wonen terwijl haar dementie toeneemt. Zoon ([[p:Frank]]) wil opname. Discussie: wiens belang staat voorop? [[p:Patricia]] adviseert een gesprek met de {{r:casemanager dementie}} erbij en het gebruik van het "levensboek". Afspraak: [[p:Karin]] plant dat gesprek en koppelt terug.

4. Casusles "Het gehoorapparaat" ([[p:Ronald]])
Reacties: sterk, kort, herkenbaar. Eén punt: het woord "doof" vervangen door "slechthorend".

5. Voorbereiding expertmeeting
Workshop ouderen wordt geleid door [[p:Patricia]]; [[p:Miriam]] en [[p:Ahmed]] brengen elk een casus in (geanonimiseerd!).

6. Rondvraag en sluiting
[[p:Ahmed]]: wie wil meelezen met zijn les over uitnodigingen? [[p:Ronald]] meldt zich. Sluiting 15.55 uur.
=====
Overdrachtsdocument (volledig) – SWT {{w:Bouwlust}} → SWT {{w:Scheveningen}}

Cliëntgegevens
Naam: [[p:Marianne Roelofs-Baldew]]
Geboortedatum: [[d:7 augustus 1969]]
BSN: [[b:288864098]]
Huidig adres: [[a:Lozerlaan 2291]], [[pc:2545 RR]]
Nieuw adres (per [[d:15 maart]]): [[a:Stevinstraat 160]], [[pc:2587 EN]]
Telefoon: [[t:06 - 52 07 33 18]]
E-mail: [[e:mroelofs69@hotmail.com]]
Zaaknummer SWT: [[z:SWT-BL-2022-1044]]

Samenvatting
Mevrouw is bekend sinds 2022 met schulden (totaal ca. € 23.000), een depressie en een zoon ([[p:Jayden]], 17) met wisselend schoolbezoek. Schuldhulptraject loopt via de {{o:Haagse Kredietbank}}. Depressie: behandeling bij {{o:PsyQ}}, contact via de {{r:POH-GGZ}}. Zoon: in beeld bij het {{o:CJG}}.

Wat werkt bij mevrouw
- afspraken altijd schriftelijk bevestigen (per sms)
- niet te veel hulpverleners tegelijk
- humor

Openstaand
- aanvraag kwijtschelding gemeentelijke belastingen
- overdracht CJG naar CJG {{w:Scheveningen}}

Overdragend: [[p:Naima]], {{r:casusregisseur}}
=====
Les in één zin: bel zelf, stuur geen folder mee.
=====
"Meneer [[p:Baldewsingh]] zegt dat hij alles zelf kan." — dat was ook zo, na drie maanden.
=====
Thema jeugd: start de overdracht 18-/18+ op 17,5 jaar, niet op de 18e verjaardag.
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
    d = re.sub(r"[\s.]", "", s)
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
    seen = set()
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        assert text not in seen, ("duplicate text", text[:60])
        seen.add(text)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            compact = re.sub(r"[\s.]", "", sp["text"])
            if sp["label"] == "bsn" and compact not in KNOWN_BAD:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and compact not in KNOWN_BAD:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h112-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout112.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify what was written
    with open(path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == len(rows)
    for r in back:
        for sp in r["pii"] + r["keep"]:
            assert r["text"][sp["start"] : sp["end"]] == sp["text"]
        for tok in ("[[", "]]", "{{", "}}"):
            assert tok not in r["text"]
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    empty = sum(1 for r in rows if not r["pii"])
    print(path)
    print("texts", len(rows), "without pii", empty, "avg words %.1f" % (words / len(rows)))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
