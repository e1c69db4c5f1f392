#!/usr/bin/env python3
"""Held-out corpus 139: community work and neighbourhood life (opbouwwerk, buurtcentra,
bewonersorganisaties): activity programmes, minutes of bewonersavonden, volunteer rosters,
newsletters and wijkkranten, subsidy applications for buurtinitiatieven, social maps
(sociale kaart) of a wijk, e-mails and app messages between buurtwerkers and residents.

The register is context-heavy: many places, streets (mostly without house numbers),
organisations, shops, mosques, churches, schools, parks, events and roles that must stay
readable, with personal data only here and there.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk / place / street or park, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout139.jsonl next to itself.

Conventions used here (following the anonymisation README and the writers' brief):
  - every calendar date with a day in it is a date, also the date of a public event;
    weekdays alone ("elke dinsdag"), months, years, times and weeks are not;
  - an organisation's general phone line / switchboard and the postcode of a PO box
    stay unmarked; a person's direct line or mobile is a phone; every e-mail address
    is an e-mail;
  - a street name without a house number stays readable (sometimes marked {{w:}});
  - initials used for a person in minutes ("actie: FB") are a person.
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
# 1. Activity programmes, flyers and posters of buurtcentra and wijkcentra
# ---------------------------------------------------------------------------
add(r"""
WEEKPROGRAMMA {{o:BUURTHUIS DE SPIEGEL}} – najaar
Maandag
  09.30 – 11.30  Taalcafé Nederlands (beginners), zaal 1
  13.30 – 15.30  Handwerkclub 'Steek voor Steek'
  19.00 – 21.00  Inloop {{o:SchuldHulpMaatje}}
Dinsdag
  10.00 – 12.00  Koffieochtend 55+ met de {{r:ouderenconsulent}}
  14.00 – 16.00  Computerles voor senioren (laptops aanwezig)
Woensdag
  14.00 – 17.00  Kinderclub (6-12 jaar), € 1,- per keer
  18.00 – 20.00  Samen eten, € 4,50 (aanmelden vóór dinsdag 12.00 uur)
Donderdag
  09.00 – 12.00  Spreekuur {{o:Servicepunt XL}}
  19.30 – 21.30  Bewonerscommissie {{w:Vaillantlaan}} e.o. (1x per maand)
Vrijdag
  10.00 – 11.00  Stoelyoga
  13.00 – 16.00  Repair Café (elke 2e vrijdag)

Alle activiteiten zijn toegankelijk voor rolstoelen. Vragen? Loop binnen bij de balie of bel het algemene nummer van het buurthuis: 070 - 388 40 10.
=====
Hallo buren!! 🎉
Zaterdag [[d:14 september]] is het weer BURENDAG in het {{w:Julianapark}}. Van 12.00 tot 17.00 uur: springkussen, schminken, een kleedjesmarkt en muziek van de brassband van {{o:Muziekschool Escamp}}.
Wil je een kraampje of wil je helpen met opbouwen (vanaf 10.00 uur)? App [[p:Nicole]] op [[t:06-28193746]] of [[p:Hamza]] op [[t:06 41 07 55 28]].
Georganiseerd door {{o:Bewonersgroep Julianapark}} met steun van het {{o:Oranje Fonds}} en {{o:Xtra}}.
=====
Programma {{o:Wijkcentrum Mariahoeve}} december
wo [[d:4 dec]] 14.00 uur   Sinterklaasmiddag voor kinderen uit de wijk (gratis, opgeven bij de balie)
za [[d:14 dec]] 10.00 uur   Kerststukjes maken met [[p:Truus de Vos]] (materiaal € 7,50)
do [[d:19 dec]] 17.30 uur   Kerstdiner voor alleenstaanden, i.s.m. {{o:Resto VanHarte}} en de {{o:Nicolaïkerk}}
di [[d:31 dec]]             gesloten
Het centrum is in de kerstvakantie open van 10.00 tot 15.00 uur, behalve op de feestdagen.
=====
Nieuwe cursus! ‘Omgaan met geld’ in 4 avonden
Waar: {{o:Buurtcentrum De Boog}}, zaal 3 (1e verdieping, lift aanwezig)
Wanneer: 4 dinsdagavonden, 19.30 – 21.00 uur
Voor wie: iedereen uit {{w:Moerwijk}} en {{w:Morgenstond}} die meer grip wil op zijn geld
Door: vrijwilligers van {{o:Humanitas Thuisadministratie}} en de {{r:sociaal werker}} van {{o:Xtra}}
Kosten: gratis. Max. 12 deelnemers.
Aanmelden bij de balie of via het algemene nummer van {{o:Xtra}}. Eerste avond: dinsdag [[d:1 oktober]].
=====
Flyer – tekst voor de achterkant
Vrouwenochtend elke donderdag 9.30-12.00 in de {{o:Al Ikhlas moskee}} (zijingang {{w:Hoefkade}}). Thee, taal en sport. Kinderopvang aanwezig. Er komt deze maand een gastspreker van de {{o:GGD Haaglanden}} over slapen en stress. Spreekt u Arabisch, Tamazight, Turks of Nederlands? Iedereen is welkom.
Info: [[p:Hafsa Ait Taleb]], {{r:vrijwilligster}} → [[t:0645192083]]
=====
KINDERVAKANTIEWEEK {{w:TRANSVAAL}} 2024
ma [[d:22 juli]] t/m vr [[d:26 juli]], elke dag 10.00 – 15.00 uur
Thema: De Wereld Rond 🌍
Plaats: speelplein {{w:Pretoriusplein}} (bij slecht weer in {{o:Buurthuis Transvaal}})
Voor kinderen van 5 t/m 12 jaar, € 10,- voor de hele week, met {{o:Ooievaarspas}} gratis.
Inschrijven: t/m [[d:5 juli]] bij de {{r:jongerenwerker}} of in de {{o:Bibliotheek Transvaal}}.
=====
Weekoverzicht {{o:Huis van de Wijk Bezuidenhout}}
| dag | tijd | activiteit | contact |
| ma | 10:00-12:00 | Koersbal | balie |
| di | 13:30-15:30 | Bridgeclub | balie |
| wo | 10:00-11:30 | Zwangerschapscursus (Engelstalig) | {{o:CJG}} |
| wo | 15:00-17:00 | Huiswerkbegeleiding groep 6-8 | balie |
| do | 19:00-22:00 | Biljarten | dhr. [[p:Kraaijeveld]] |
| vr | 10:00-12:00 | Wandelclub (start bij de ingang van het {{w:Haagse Bos}}) | [[p:Anneke]] |
=====
Iftar voor de buurt 🌙
De {{o:Stichting Mevlana}} en de {{o:Paaskerk}} nodigen alle buren uit voor een gezamenlijke iftar op vrijdag [[d:22 maart]] in de grote zaal van {{o:Wijkcentrum De Lijsterbes}}. Inloop vanaf 18.30 uur, we breken het vasten om 19.12 uur. Iedereen neemt iets mee: een gerecht, een toetje, of gewoon jezelf.
Aanmelden is fijn maar niet verplicht.
=====
Het Repair Café {{w:Segbroek}} zoekt reparateurs!
Elke laatste zaterdag van de maand repareren we samen kapotte lampen, broodroosters, kleding en fietsen in de {{o:Valkenbosch Kerk}}. Heb jij twee rechterhanden? Kom een keer kijken. Geen ervaring met naaimachines nodig, wel zin in koffie.
{{o:Repair Café Segbroek}} – onderdeel van {{o:Duurzaam Den Haag}}
=====
Aankondiging
Op woensdag [[d:9 oktober]] is er een informatiebijeenkomst over de renovatie van de portiekflats aan de {{w:Zuiderparklaan}} en de {{w:Jan Luykenlaan}}. {{o:Staedion}} vertelt over de planning (start verwacht voorjaar 2025), de huurverhoging (max. 5%) en de wisselwoningen. De {{r:bewonersconsulent}} is aanwezig, net als de {{o:Huurdersvereniging Moerwijk}}.
Tijd: 19.30 uur, zaal open 19.00 uur
Plaats: {{o:Wijkcentrum Zuiderpark}}
=====
SAMEN KOKEN – SAMEN ETEN
elke woensdag in de keuken van {{o:Buurthuis De Mussen}}
boodschappen om 15.00 uur, koken vanaf 16.00, eten om 18.00
kosten € 3,50 (kinderen € 1,50)
deze maand koken: [[p:Ayan]] (Somalisch), [[p:Dilek]] en [[p:Ria]] (Hollandse pot), [[p:Graciëlla]] (Surinaams)
=====
Jeugdprogramma zomer – {{o:Jongerencentrum De Bron}} ({{w:Laakkwartier}})
• Zaalvoetbal ma en wo 16.00-18.00 in de gymzaal van {{o:Basisschool De Paradijsvogel}}
• Meidenclub 'Queens' di 15.30-17.30 (12-16 jr), begeleiding door [[p:Soumaya]] en [[p:Eline]]
• Studio: beats maken en opnemen, do vanaf 17.00 uur
• Uitje naar {{o:Duinrell}} op [[d:zaterdag 10 augustus]], € 15,- (aanmelden vóór [[d:1 augustus]] bij de {{r:jongerenwerker}})
=====
Wekelijkse activiteiten {{o:Wijkcentrum Het Kasteel}}, {{w:Vrederust}}
Ma t/m vr: inloop met koffie en krant 9.00-12.00
Di: Turkse vrouwengroep 13.00-15.00 (Nederlands/Turks)
Wo: Schaakclub voor jong en oud 14.00-16.00
Do: Zingen met het koor 'Vrolijke Noten' 10.00-11.30
Vr: Bingo 14.00 (€ 2,50 per kaart)
Voor vervoer kunt u gebruikmaken van de {{o:Buurtbus Escamp}}, minimaal één dag van tevoren bellen naar het algemene nummer van {{o:Vóór Welzijn}}.
=====
Let op: gewijzigde openingstijden!
Vanwege de verbouwing van de keuken is {{o:Buurtcentrum Oase}} van maandag [[d:3 juni]] tot en met vrijdag [[d:14 juni]] alleen 's middags open (13.00-17.00). De maaltijden op woensdag gaan niet door. Het spreekuur van de {{r:wijkverpleegkundige}} verhuist in die weken naar {{o:Gezondheidscentrum Leyweg}}.
Excuses voor het ongemak, het team van {{o:Buurtcentrum Oase}}
=====
Kom zingen, dansen en vieren!
Keti Koti-viering in {{w:Park de Verademing}}, maandag [[d:1 juli]], 14.00-20.00 uur.
Met: lezing over de geschiedenis van de slavernij door de {{o:Stichting Eer en Herstel}}, banya-dansgroep 'Loekoe Fa Wi', kinderhoek en Surinaamse hapjes van {{o:Warung Mini}}.
Toegang gratis. Draag iets in de kleuren van de koto!
=====
Programma Week van de Eenzaamheid – {{w:Loosduinen}}
Ma: wandeling door {{w:Madestein}} met koffie bij {{o:Theehuis Madestein}} (vertrek 10.00 vanaf {{o:Wijkcentrum Loosduinen}})
Di: filmmiddag 'Ik ben Willem' in {{o:Filmhuis Den Haag}}, vervoer geregeld
Wo: open dag {{o:Kinderboerderij Loosduinen}}, kinderen en opa's/oma's samen
Do: 'Een goed gesprek' met [[p:Jolanda van der Poel]] ({{r:geestelijk verzorger}} {{o:Humanitas}})
Vr: afsluiting met muziek en soep in de {{o:Abdijkerk}}
=====
Cursus Nederlands voor moeders – nieuw!
Start: dinsdag [[d:17 september]], 9.00-11.00 uur
Locatie: {{o:Basisschool Al-Ghazali}}, ouderkamer
Docent: Mw. [[p:L. Bouhlal]] (NT2-docent) met vrijwilligers van het {{o:Taalhuis Den Haag}}
Aanmelden via de {{r:ouderconsulent}} van de school of via de {{o:Bibliotheek Schilderswijk}}.
=====
Fietsles voor vrouwen
Voorjaarsgroep start weer! Elke zaterdagochtend op het schoolplein van {{o:De Kameleon}} ({{w:Spoorwijk}}). Fietsen en helmen zijn er. Na 10 lessen doe je mee aan het fietsexamen van {{o:Veilig Verkeer Nederland}}.
Opgeven: bij de balie van {{o:Wijkcentrum Spoorwijk}}. Lesgeefsters gezocht! Meld je bij [[p:Yara]] ([[t:06 17 30 52 68]]).
=====
Tekst voor het prikbord:
GEZOCHT: oppas voor 2 poezen, van [[d:20/7]] t/m [[d:3/8]], 1x per dag voeren. ik woon in de flat aan de {{w:Dr. Lelykade}} vlakbij de vismarkt. Vergoeding in overleg!
bel [[p:Petra]] [[t:06 3318 7045]]
=====
{{o:Stichting Buurtmoestuin De Groene Vingers}}
Openingstijden tuin: woensdag en zaterdag 10.00-13.00. Elke eerste zaterdag van de maand is er een werkochtend met lunch. In het seizoen verkopen we groente aan de poort, de opbrengst gaat naar de {{o:Voedselbank Haaglanden}}. De tuin ligt achter het {{o:Sportpark Escamp}}, ingang via de {{w:Melis Stokelaan}}. Vragen over een eigen bakje? Mail [[p:Kees]] (tuincoördinator): [[e:kees.degroenevingers@gmail.com]].
=====
Seniorenmiddag ‘Toen en Nu’
Oud-bewoners van {{w:Duindorp}} vertellen over de wijk in de jaren ’50 en ’60. Met foto’s uit het archief van de {{o:Historische Vereniging Die Haghe}}. Vertellers o.a. [[p:Cor Schaap]] (oud-visser, 91) en [[p:Bep Zuurmond-Jonker]].
Donderdag [[d:7 november]], 14.00 uur, {{o:Buurthuis Duindorp}}, toegang € 2,- incl. koffie en koek.
""")
# ---------------------------------------------------------------------------
# 2. Minutes of bewonersavonden, wijkoverleg and bewonerscommissies
# ---------------------------------------------------------------------------
add(r"""
NOTULEN BEWONERSAVOND {{w:TRANSVAAL-NOORD}}
Datum: [[d:dinsdag 8 oktober 2024]], 19.30-21.45 uur
Plaats: {{o:Buurthuis Transvaal}}, grote zaal
Aanwezig: ca. 45 bewoners, [[p:Marco Ruijgrok]] ({{r:wijkagent}}), [[p:Esma Yavuz]] ({{r:opbouwwerker}} {{o:Zebra Welzijn}}), [[p:Dennis Koning]] ({{r:wijkregisseur}} {{o:gemeente Den Haag}}), namens {{o:HMS}}: [[p:R. Baboeram]]
Notulist: [[p:Ineke Hoek]]

1. Opening
[[p:Esma]] heet iedereen welkom. Er is tolken Turks en Arabisch aanwezig (vrijwillig, dank aan [[p:Yusuf]] en [[p:Nawal]]).
2. Afval en grofvuil
Veel klachten over bijzetzakken bij de ondergrondse containers op de {{w:Paul Krugerlaan}} en het {{w:Pretoriusplein}}. Dhr. [[p:Baboeram]] legt uit dat er vanaf januari een extra ophaalronde komt op vrijdag. Een bewoner van de {{w:Kempstraat}} vraagt waarom de container bij de hoek {{w:Kritzingerstraat}} al drie weken kapot is. Wordt uitgezocht.
3. Veiligheid
De {{r:wijkagent}} meldt dat het aantal woninginbraken is gedaald (–18% t.o.v. vorig jaar). Overlast van jongeren bij het {{w:Transvaalplein}} blijft een punt. De {{r:jongerenwerker}} van {{o:Zebra}} gaat vaker op straat.
4. Rondvraag
– Mw. [[p:Öztürk]] vraagt om een extra bankje bij de tramhalte Vaalrivierstraat. Actie: [[p:DK]].
– Dhr. [[p:van Leeuwen]] meldt rattenoverlast in de achtertuinen. Actie: [[p:RB]] neemt contact op met {{o:Ongediertebestrijding Haaglanden}}.
Volgende bewonersavond: [[d:dinsdag 14 januari]].
=====
Verslag overleg bewonerscommissie {{o:BC De Zeven Zeeën}} ({{w:Zeeheldenkwartier}})
aanwezig: [[p:Wim]] (vz), [[p:Samira]], [[p:Jos]], [[p:Klaartje]], [[p:Fenna Groen]] (nieuw!)
afwezig m.k.: [[p:Herman]]
- notulen vorige keer vastgesteld
- lekkage in de bergingen blok B: {{o:Haag Wonen}} heeft eindelijk een aannemer gestuurd. [[p:Samira]] houdt het bij.
- buurtbarbecue: budget € 600 uit het {{o:Bewonersbudget}}, datum wordt zaterdag [[d:31 augustus]]
- [[p:Fenna]] wil de nieuwsbrief gaan maken 👍
- volgende keer: do [[d:12 sept]] bij [[p:Jos]] thuis
=====
Samenvatting Wijkoverleg {{w:Rustenburg-Oostbroek}}
De gemeente presenteerde het plan voor de herinrichting van de {{w:Apeldoornselaan}}: meer groen, fietspad aan beide kanten, 40 parkeerplaatsen minder. Bewoners zijn verdeeld. De ondernemers van het {{w:Oostbroekplein}} willen de laad- en losplek behouden. De {{o:Ondernemersvereniging Leyweg}} stuurt een schriftelijke reactie. Het plan ligt tot eind november ter inzage in het stadsdeelkantoor {{o:Stadsdeelkantoor Escamp}} en op de website van de gemeente. Reacties kunnen ook per post naar Postbus 12600, 2500 DJ Den Haag.
=====
Notulen vergadering {{o:Wijkberaad Bouwlust-Vrederust}} – [[d:17 april 2024]]
Aanwezig: [[p:H. Sardjoe]] (vz), [[p:P. Wolters]] (secr), [[p:A. El Ouardi]] (penn.), [[p:L. Kamphuis]], [[p:Z. Ramdin]]; gast: mevr. [[p:K. Winter]] ({{r:gebiedsbeheerder}})
Punt 3 Financiën
De {{r:penningmeester}} meldt dat de jaarrekening 2023 klaar is; er is € 1.842,17 over van de subsidie. Voorstel: inzetten voor de kinderactiviteiten in de zomer. Akkoord.
Punt 4 Groen
De bomen in de {{w:Lozerlaan}} worden in het najaar vervangen, 23 stuks, zegt mevr. [[p:Winter]]. Er komen ook geveltuintjes aan de {{w:Dedemsvaartweg}} (bewoners kunnen zich opgeven).
Punt 6 Actielijst
| nr | actie | wie | wanneer |
| 12 | brief aan {{o:HTM}} over lijn 2 | [[p:PW]] | mei |
| 14 | offerte springkussen | [[p:AEO]] | z.s.m. |
| 15 | contact {{o:Speeltuinvereniging Wilhelmina}} | [[p:LK]] | vóór [[d:1 juni]] |
=====
Kort verslag van de buurtbijeenkomst over de parkeerdruk in {{w:Duinoord}}. Er waren 60 mensen. De meeste aanwezigen zijn tegen betaald parkeren op zondag. De {{o:Wijkvereniging Duinoord}} gaat een enquête houden onder alle 3.400 huishoudens. Uitslag wordt besproken in de ledenvergadering in maart.
=====
Notulen bewonersavond {{w:Mariahoeve}} – Bewonersinitiatieven
Datum: [[d:woensdag 6 maart]], 19.00 uur, {{o:Wijkcentrum Mariahoeve}}
Voorzitter: [[p:Margriet Sanders]] ({{o:Bewonersorganisatie Mariahoeve}})
De {{r:opbouwwerker}} [[p:Thijs]] licht de regeling toe: een buurtinitiatief kan tot € 5.000 krijgen uit het wijkbudget. Er zijn 6 ideeën gepresenteerd:
1) Buurtkast bij de {{w:Ruychrocklaan}} (door mevr. [[p:Lam]] en haar buurman [[p:Onur]])
2) Jeu de boules-baan in het {{w:Mariahoevepark}}
3) Maandelijkse 'Samen aan tafel' in de {{o:Emmaüskerk}}
4) Schoonmaakactie rondom {{o:Station Mariahoeve}}
5) Huiswerkklas voor kinderen uit de {{w:Kleine Dalen}}
6) Tuinieren met statushouders bij {{o:Stadsboerderij Mariahoeve}}
Na stemming (handopsteken) kregen 1, 3 en 5 de meeste steun. [[p:Thijs]] helpt bij het invullen van de aanvragen.
=====
Uit de notulen van de {{o:Huurdersvereniging Spoorwijk}}, ALV [[d:23-05-2024]]:
"De heer [[p:Kaldenbach]] deelt mee dat hij na 14 jaar stopt als {{r:voorzitter}}. De vergadering bedankt hem met een lang applaus. [[p:Rachida el Khayari]] stelt zich kandidaat en wordt bij acclamatie gekozen. De nieuwe {{r:secretaris}} is [[p:Jeroen Mulder]]."
=====
verslag buurtschouw {{w:Laakkwartier-Oost}}, 11 personen, route: {{w:Hildebrandplein}} – {{w:Linnaeusstraat}} – {{w:Jan van der Heijdenstraat}} – {{w:Laakkade}}
bevindingen:
- 4 lantaarnpalen kapot (nrs. 118, 122, 131 en 204 op de paal)
- scheve stoeptegels voor de ingang van {{o:Kinderdagverblijf Het Zonnetje}}
- graffiti op het transformatorhuisje bij de {{w:Laakhaven}}
- fietswrakken in het rek bij de {{o:Albert Heijn}} Hildebrandplein (16 stuks gelabeld door {{o:Handhaving}})
- positief: de nieuwe speeltuin op het plein wordt goed gebruikt
melding gedaan via de app van de gemeente (18 meldingen in totaal)
=====
Notities bewonersoverleg flat '{{o:De Hoge Boog}}', {{w:Morgenstond}}
[[p:Mustafa]]: lift is weer 5 dagen kapot geweest, oudere mensen op 9 hoog konden niet naar beneden
Mw [[p:Pieterse]] (8e): zij is 2x door de {{r:huismeester}} naar beneden gedragen 😥
[[p:Renate]] ({{o:Haag Wonen}}): excuses, er wordt een nieuwe liftinstallatie besteld, levertijd 12 weken
afspraak: bij storing bellen naar het storingsnummer van {{o:Haag Wonen}} én melden in de app-groep zodat buren elkaar helpen
=====
Verslag Wijkplatform {{w:Scheveningen-Dorp}}
Aanwezig: 18 bewoners, 2 ondernemers, de {{r:wijkmanager}}, {{o:Welzijn Scheveningen}}
1. Evenementen rond de boulevard: bewoners willen dat de {{o:Vlaggetjesdag}} op zaterdag [[d:8 juni]] eerder stopt (nu 23.00). De {{r:wijkmanager}} neemt dit mee naar de evenementenvergunning.
2. Parkeren {{w:Keizerstraat}}: geen nieuws.
3. {{o:Stichting Scheveningen Haven}}: werkt aan een herdenkingsbank voor omgekomen vissers bij de {{o:Oude Kerk}}.
4. Rondvraag: niets.
=====
NOTULEN ALV {{o:BEWONERSVERENIGING REGENTESSEKWARTIER}}
[[d:maandag 18 november]], {{o:Wijkcentrum Regentes}}, 20.00 uur
Aanwezig: 27 leden (presentielijst bij secretariaat)
1. Jaarverslag: de vereniging telt 412 leden (2023: 389). Activiteiten: 3 buurtborrels, de kerstmarkt op de {{w:Weimarstraat}}, het zomerfeest in het {{w:Sweelinckplein}}-plantsoen en de actie 'Heel de Buurt Bakt'.
2. Kascommissie (dhr. [[p:Wessels]] en mevr. [[p:Hamidi]]): de boeken zien er keurig uit. Het bestuur wordt décharge verleend.
3. Contributie blijft € 12,50 per jaar. Betalen kan op de rekening van de vereniging ([[i:NL77TRIO5802692688]]) o.v.v. naam en adres.
4. Bestuursverkiezing: [[p:Lotte Brouwer]] treedt af als {{r:secretaris}}, [[p:Karan Mehta]] volgt haar op.
5. Sluiting om 21.35 uur, daarna borrel.
=====
Besluitenlijst kernteam {{o:Buurtpreventie Kijkduin}}
- nieuwe looproutes vanaf januari, zie bijlage (3 routes, langs {{w:Deltaplein}}, {{w:Kijkduinsestraat}} en {{w:Machiel Vrijenhoeklaan}})
- hesjes: 10 nieuwe besteld
- [[p:Ad]] stopt met coördineren, [[p:Gijs Kuipers]] neemt het over ([[t:06-14482296]])
- evaluatie met {{r:wijkagent}} op [[d:do 30/1]]
=====
Vergadering moskeebestuur en buurt – gespreksverslag
Op uitnodiging van het bestuur van de {{o:Mimar Sinan Moskee}} spraken 9 buurtbewoners van de {{w:Jan Blankenstraat}} en omgeving over het parkeren tijdens het vrijdaggebed en de feestdagen. Afspraken: het bestuur zet verkeersregelaars in, deelt flyers uit in het Nederlands en Turks, en opent de parkeerplaats van {{o:Autobedrijf Van Rijn}} (in overleg) tijdens het Offerfeest. Contactpersoon namens het bestuur: [[p:Ibrahim Çakır]], bereikbaar op [[t:06 53 90 21 48]]. De buurt wordt vertegenwoordigd door [[p:Jacqueline]] en [[p:Ton Bos]].
=====
Bewonersoverleg {{w:Stationsbuurt}} – samenvatting
Onderwerp: overlast rond de {{o:Hindoestaanse Tempel Shri Ram Mandir}} tijdens Divali en de knalvuurwerk-incidenten. Het tempelbestuur heeft excuses aangeboden. Er is afgesproken dat er volgend jaar een buurtbrief komt met de data. Verder: de {{o:Stichting Stationsbuurt Leeft}} zoekt nog mensen voor de bloembakken op de {{w:Wagenstraat}}.
=====
Verslag gesprek gemeente – bewoners {{w:Moerwijk-Oost}} over de sloop van de {{w:Erasmusweg}}-flats
Aanwezig namens de gemeente: {{r:projectleider}} stedelijke vernieuwing, {{r:bewonersbegeleider}}. Namens bewoners: [[p:Sevda]], [[p:Hennie Dekker]], mr. [[p:Abdoelbasier]], [[p:Quincy]]
Belangrijkste vragen:
- Krijgen we urgentie? Ja, met een sloopurgentie van 15 maanden.
- Wat is de verhuiskostenvergoeding? € 7.569,- (wettelijk bedrag 2024).
- Kan ik terugkeren? Ja, er komen 240 nieuwe woningen, waarvan 60% sociale huur.
- Vraag [[p:Hennie]]: "Mijn moeder is 88, wie helpt haar verhuizen?" Antwoord: de {{r:bewonersbegeleider}} maakt een plan per huishouden, bij ouderen samen met de {{r:ouderenconsulent}}.
Dossier mevr. [[p:Dekker]] sr. ([[a:Erasmusweg 611]]) is doorgezet naar het sloopteam onder nummer [[z:SU-EW-0611-24]].
=====
kernteam {{o:Buurtvaders Schilderswijk}} – overleg do avond
aanwezig: [[p:Abdelkader]], [[p:Hassan B.]], [[p:Ricardo]], [[p:Mehmet]], [[p:Nordin]] + [[p:Jasper]] ({{r:jongerenwerker}})
- rondes vr en za 21.00-00.00 blijven, start bij {{o:Buurthuis De Mussen}}
- incident vorige week bij de {{o:Lidl}} Vaillantlaan: jongens uit {{w:Transvaal}}, [[p:Nordin]] kent de ouders, gaat langs
- nieuwe jassen met logo via {{o:Fonds 1818}}?
- [[p:Hassan]] gaat stoppen, verhuist naar Zoetermeer
=====
Verslag informatieavond ‘Aardgasvrij {{w:Bezuidenhout-West}}’
De gemeente lichtte de proef met een warmtenet toe. Er waren veel kritische vragen over de kosten. {{o:Het Energiecollectief Bezuidenhout}} heeft een rekenvoorbeeld gemaakt (zie bijlage). Opvallend: huurders van {{o:Vestia}} en {{o:Staedion}} hebben geen keuze, eigenaren wel. Volgende bijeenkomst in het voorjaar. Vragen kunnen naar [[p:Bas Hoogland]] van het collectief ([[e:bas@energiecollectiefbezuidenhout.nl]]).
=====
Notulen Overleg Sleutelfiguren {{w:Laak}} – [[d:12 februari]]
Aanwezig: sleutelfiguren uit de Somalische, Eritrese, Poolse, Marokkaanse en Syrische gemeenschap; {{r:opbouwwerker}} [[p:Nina Chaouch]]; {{r:GGD-medewerker}} [[p:Mariska Schipper]].
Thema: mentale gezondheid en stress na de oorlog in de regio van herkomst.
[[p:Abdi]] (Somalisch): veel jonge mannen praten niet, schaamte.
[[p:Tekle]] (Eritrees): vraag naar een Tigrinya-sprekende hulpverlener.
[[p:Marzena]] (Pools): mensen werken lang, geen tijd voor bijeenkomsten; beter online.
Afspraak: GGD maakt een korte voorlichting in 5 talen; [[p:Nina]] zoekt ruimte bij {{o:Wijkcentrum Laak}}.
Volgende keer: [[d:11-03]].
=====
Actiepunten na bewonersavond {{w:Ypenburg}} (intern, niet verspreiden)
1. Klacht dhr. [[p:Schuitemaker]] ([[a:Laan van Hoornwijck 143]]) over geluid evenemententerrein → doorzetten naar omgevingsdienst, zaaknr [[z:ODH-24-03571]]
2. Mevr. [[p:Nguyen]] wil een buurtinitiatief starten (bijles wiskunde) → [[p:Sara]] belt haar, [[t:06 20 99 41 63]]
3. Vraag over subsidie speeltuin {{w:Singelpark}} → doorsturen naar {{r:wijkregisseur}}
=====
Vergaderverslag {{o:Stichting Kinderboerderij De Uithof}}
Het bestuur bespreekt de geitenziekte van vorige maand. De {{r:dierenarts}} heeft bevestigd dat alle dieren weer gezond zijn. Bezoekersaantal 2023: 48.000. Vrijwilligers: 34, waarvan 6 via de dagbesteding van {{o:Ipse de Bruggen}}. Financieel: tekort van € 3.200 door hogere voerkosten. Er wordt een crowdfunding gestart; [[p:Marloes Duijvestein]] en [[p:Kemal]] trekken die.
=====
Verslag 'Rondetafel Ouderen {{w:Loosduinen}}'
Deelnemers: {{o:Vóór Welzijn}}, {{o:WZH Overduin}}, {{o:Florence}}, {{o:Humanitas}}, {{o:Abdijkerk}}, {{o:Huisartsenpraktijk Kijkduin}}, {{o:Bibliotheek Loosduinen}}, {{o:Buurtbus Loosduinen}}
Conclusies: er zijn veel activiteiten maar ouderen weten ze niet te vinden. De {{r:welzijnscoach}} stelt voor één gezamenlijke activiteitenfolder per kwartaal te maken. Iedereen levert info aan bij [[p:Eveline Koot]] vóór [[d:31 januari]]. Het {{o:Servicepunt XL}} verspreidt de folder huis-aan-huis in {{w:Kijkduin}}, {{w:Waldeck}} en {{w:Houtwijk}}.
=====
Verslag thema-avond over eenzaamheid in {{o:Wijkcentrum De Zijlen}}
Ongeveer 30 aanwezigen. Een gastspreker van {{o:Coalitie Erbij}} vertelde over de signalen van eenzaamheid. Daarna in groepjes. Citaat van een bewoner: "Ik woon hier 40 jaar, en ik ken nog maar twee mensen in mijn portiek." Opbrengst: idee voor een 'koffiebank' in het plantsoen aan de {{w:Marterrade}}, en een maandelijkse ontmoeting op zondagmiddag. [[p:Greet]] en [[p:Mustapha]] (beiden van de {{w:Marterrade}}) willen dat trekken.
""")
# ---------------------------------------------------------------------------
# 3. Volunteer rosters, volunteer intake and administration
# ---------------------------------------------------------------------------
add(r"""
ROOSTER GASTVROUWEN/-HEREN {{o:BUURTHUIS DE SPIEGEL}} – OKTOBER
| week | ma ochtend | ma middag | di ochtend | wo middag | do ochtend | vr ochtend |
| 40 | [[p:Ria]] | [[p:Fatima Z.]] | [[p:Henk]] | [[p:Lamyae]] | [[p:Ria]] | [[p:Sjaak]] |
| 41 | [[p:Gonny]] | [[p:Fatima Z.]] | [[p:Henk]] | [[p:Lamyae]] | [[p:Wendelien]] | [[p:Sjaak]] |
| 42 | herfstvakantie – alleen do open | | | | [[p:Ria]] + [[p:Gonny]] | |
| 43 | [[p:Ria]] | [[p:Erkan]] | [[p:Henk]] | [[p:Lamyae]] | [[p:Ria]] | [[p:Sjaak]] |
Ruilen? Altijd zelf regelen én doorgeven aan [[p:Marleen]] ({{r:vrijwilligerscoördinator}}): [[t:06-47 11 02 39]]
=====
Voedselbank uitgiftepunt {{o:Bethelkerk}} – bezetting vrijdag
08.30 lossen vrachtwagen: [[p:Kees]], [[p:Bart van Dam]], [[p:Ahmed]]
09.30 sorteren: [[p:Jannie]], [[p:Wilma]], [[p:Souad]], [[p:Ewa]]
12.00-15.00 uitgifte: [[p:Jannie]] (kassa/pasjes), [[p:Ewa]], [[p:Mohamed A.]], [[p:Dirk]]
koffie: [[p:Jet]]
⚠️ [[p:Bart]] heeft de sleutel van het koelcel-hok, anders [[p:Dirk]] bellen [[t:06 2250 8173]]
=====
Inschrijfformulier vrijwilliger – {{o:Stichting Buurtwerk Segbroek}}
Naam: [[p:Oksana Melnyk]]
Geboortedatum: [[d:03-11-1986]]
Adres: [[a:Fahrenheitstraat 402]], [[pc:2561 DL]] Den Haag
Telefoon: [[t:06 8412 3390]]
E-mail: [[e:oksana.melnyk86@gmail.com]]
Talen: Oekraïens, Russisch, Engels, een beetje Nederlands (A2)
Interesse: taalcafé, kinderactiviteiten, koken
Beschikbaar: ma en wo overdag
VOG aangevraagd op: [[d:14-05-2024]] (aanvraag via {{o:Justis}})
Intake door: [[p:Marloes]] ({{r:vrijwilligerscoördinator}})
=====
Beste [[p:Jan-Willem]],
Hierbij de opgave voor de vrijwilligersvergoeding over het 2e kwartaal. Ik heb 26 uur gedraaid bij de klussendienst van {{o:Wijkcentrum Bouwlust}}, plus reiskosten 84 km à € 0,23.
Graag overmaken op [[i:NL42RABO6243472296]] t.n.v. [[p:G.J. Hoekstra]].
Groet, [[p:Gert-Jan Hoekstra]]
=====
Overzicht maatjes {{o:Maatjesproject Haagse Hout}} (vertrouwelijk)
| maatje | deelnemer | sinds | wijk | bijzonderheden |
| [[p:Lisa Verbeek]] | mw. [[p:H. Tjoa]] | [[d:12-01-2024]] | {{w:Bezuidenhout}} | wandelen, slechtziend |
| [[p:Ömer Kılıç]] | dhr. [[p:R. van Wijngaarden]] | [[d:02-03-2024]] | {{w:Mariahoeve}} | schaken, dementie beginstadium |
| [[p:Saskia de Boer]] | mw. [[p:F. Abdullahi]] | [[d:18-04-2024]] | {{w:Mariahoeve}} | taal + boodschappen |
| [[p:Noah Tempelman]] | dhr. [[p:K. Nijhuis]] | gestopt | {{w:Bezuidenhout}} | deelnemer verhuisd naar {{o:WZH Mechropa}} |
=====
Vrijwilligersrooster Repair Café {{w:Segbroek}}, laatste zaterdag
elektra: [[p:Theo]], [[p:Rajesh]]
textiel: [[p:Annie]], [[p:Gül]]
fietsen: [[p:Bram]] + stagiair van het {{o:ROC Mondriaan}}
ontvangst/koffie: [[p:Carla]]
(niemand van de gastdames kan in december, we slaan die maand over)
=====
Hoi allemaal, even de verdeling voor de kerstmarkt op zaterdag [[d:21 december]]:
kraam 1 (oliebollen): [[p:Sharon]] + [[p:Erwin]] 10-13u, [[p:Khadija]] + [[p:Tim]] 13-16u
kraam 2 (knutselen): [[p:Yvette]] de hele dag
kraam 3 (loterij): mevrouw [[p:Koningsveld]] en haar dochter
opbouw 8.30, afbouw 16.30. Wie een busje heeft: meld je bij mij!
– [[p:Ilona]]
=====
Vrijwilligersbestand (export) – alleen intern
naam;telefoon;email;rol;VOG
[[p:Pieter Zomer]];[[t:0612987340]];[[e:pzomer@ziggo.nl]];klussendienst;ja
[[p:Nadia El Haddouchi]];[[t:0687113204]];[[e:nadia.elhaddouchi@outlook.com]];huiswerkbegeleiding;ja
[[p:Liu Yang]];[[t:0634568821]];[[e:liuyang.dh@gmail.com]];taalmaatje;aangevraagd
[[p:Ricky Wijnhard]];[[t:0649925507]];;buurtbus chauffeur;ja
[[p:Anna Kowalczyk]];[[t:+48 601 442 918]];[[e:a.kowalczyk@wp.pl]];koken;nee
=====
Onkostendeclaratie – Buurtbarbecue {{w:Zeeheldenkwartier}}
Gedeclareerd door: [[p:Samira Bouzakoura]]
Bonnen: {{o:Makro}} € 214,38 / {{o:Action}} € 23,97 / {{o:Slagerij Al Amal}} € 160,00
Totaal: € 398,35
Rekening: [[i:NL28KNAB9373639312]]
Akkoord {{r:penningmeester}}: ✔ ([[p:W. Brink]]), [[d:4-9-2024]]
=====
Dag [[p:Stephanie]],
Ik wil me graag aanmelden als vrijwilliger voor de taalclub. Ik ben gepensioneerd docent Frans en woon sinds kort in {{w:Statenkwartier}}. Ik heb op woensdag- en vrijdagochtend tijd.
Mijn gegevens: [[p:Hans-Peter Ockhuijsen]], [[a:Frederik Hendriklaan 188-A]], [[t:070 352 1984]].
Met vriendelijke groet,
[[p:H.P. Ockhuijsen]]
=====
Planning buurtbus {{w:Leidschenveen-Ypenburg}} week 47
ma: [[p:Frits]] (ochtend), [[p:Marianne]] (middag)
di: [[p:Sunil]]
wo: geen rit (onderhoud bij {{o:Garage Ypenburg}})
do: [[p:Frits]]
vr: [[p:Geert de Jager]] – let op: rit naar {{o:HagaZiekenhuis}} om 9.15 voor mw. [[p:Rozendaal]], ophalen [[a:Nootdorpse Landingslaan 31]]
=====
Verslag intakegesprek nieuwe vrijwilliger
Naam: [[p:Berhane Tesfamariam]]
Leeftijd: 24
Verwezen door: {{o:Vluchtelingenwerk Den Haag}} ({{r:maatschappelijk begeleider}} [[p:Leonie]])
Woont sinds 2 jaar in {{w:Moerwijk}}, statushouder, volgt inburgering bij {{o:ROC Mondriaan}}. Wil graag werkervaring opdoen, liefst in de horeca. Past goed bij het buurtrestaurant op donderdag.
Afspraak proefdraaien: [[d:do 16 mei]], 15.00 uur
Gegevens voor de vrijwilligersovereenkomst volgen; BSN staat op de kopie die hij meebracht: [[b:258511849]].
=====
Rooster huiswerkbegeleiding {{o:Jongerencentrum De Bron}}
ma 15.30-17.00: [[p:Jesse]] (wiskunde), [[p:Imane]] (NL)
di 15.30-17.00: [[p:Oğuz]] (Engels/wiskunde)
do 15.30-17.00: [[p:Imane]], [[p:Ferdi]]
Bij ziekte: zelf vervanging zoeken in de appgroep, anders [[p:Jeroen]] ({{r:coördinator}}).
=====
Betreft: vrijwilligersvergoeding [[p:S. Ramlal]]
Hierbij bevestig ik dat mevrouw [[p:Sita Ramlal]], [[a:Hoefkade 677]], vanaf [[d:1 januari]] een vergoeding ontvangt van € 150,- per maand voor haar werk als {{r:gastvrouw}} in het {{o:Buurtrestaurant Schilderswijk}}. Dit valt binnen de vrijwilligersregeling van de {{o:Belastingdienst}} (max. € 2.100 per jaar).
Uitbetaling op rekeningnummer [[i:NL66INGB2151971186]].
[[p:F. Smits]], {{r:coördinator}}
=====
Vrijwilligers NLdoet {{o:Speeltuin De Drie Duiven}} ({{w:Spoorwijk}})
verven hekken: [[p:Koen]], [[p:Inge]], [[p:Rahim]] + 4 collega's van {{o:Gemeente Den Haag, dienst OCW}}
zandbak verversen: [[p:Marcel Haan]] (brengt aanhanger)
lunch: [[p:Stella]] en [[p:Anouk]]
verzamelen 9.00 bij het hek aan de {{w:Spoorwijkstraat}}
=====
Overzicht vrijwilligersuren {{o:Buurtrestaurant Schilderswijk}} 2023
Totaal vrijwilligers: 22 (waarvan 15 vrouwen)
Gemiddeld aantal uren per week per vrijwilliger: 5,4
Totaal gewerkte uren: 6.178
Verloop: 7 nieuw, 4 gestopt
Gemiddelde leeftijd: 47 jaar
Opleidingen gevolgd: Sociale Hygiëne (3x), HACCP (9x), EHBO (5x)
=====
[[p:Ria]], wil jij morgen de sleutel ophalen bij [[p:Fred]] op de [[a:Copernicusstraat 37]]? hij is na 10 uur thuis. dan kan [[p:Gonny]] om 12 uur gewoon open doen. dank je wel!!
=====
Formulier 'Melding vertrek vrijwilliger'
Naam: [[p:Youssef Mansouri]]
Vrijwilligersnummer: [[z:VRW-0417]]
Laatste werkdag: [[d:30 juni 2024]]
Reden: nieuwe baan bij {{o:HTM}} (buschauffeur)
Teruggegeven: sleutel nr. 14, pasje, hesje
Afgetekend: [[p:R. Kemal]], {{r:beheerder}}
""")
# ---------------------------------------------------------------------------
# 4. Newsletters, wijkkranten, social-media posts
# ---------------------------------------------------------------------------
add(r"""
WIJKKRANT {{w:DE SCHILDERSWIJK}} – jaargang 31, nr. 4
In de buurt: [[p:Aziza]] (63) kookt al 20 jaar voor de buurt
Elke woensdag staat [[p:Aziza Lamrini]] om drie uur in de keuken van {{o:Buurthuis De Mussen}}. "Mijn moeder kookte voor de hele straat in Nador, ik doe hier hetzelfde." Ze begon in 2004, toen het buurthuis nog aan de {{w:Van Ostadestraat}} zat. Haar specialiteit: harira en couscous met zeven groenten. Vorige maand kreeg ze uit handen van de {{r:stadsdeeldirecteur}} de Haagse Vrijwilligersprijs. "Die beker staat nu naast de tajine," lacht ze.
Wil je ook een keer mee-eten? Elke woensdag om 18.00 uur, € 3,50.
=====
Nieuwsbrief {{o:Bewonersorganisatie Bezuidenhout}} – september
▸ De herinrichting van de {{w:Theresiastraat}} is klaar. Er staan nu 64 nieuwe bomen.
▸ Burendag: zaterdag [[d:28 september]] in {{w:Park Marlot}}, met o.a. de {{o:Scouting Bezuidenhout}} en de ijscokar van {{o:IJssalon Florencia}}.
▸ Wijkschouw: we lopen op donderdag [[d:3 oktober]] om 10.00 vanaf de {{o:Christus Triumfatorkerk}}.
▸ Nieuw in het bestuur: [[p:Maartje Rietveld]] (penningmeester). Welkom!
Lid worden? € 10 per jaar. Mail naar [[e:secretariaat@bewonersbezuidenhout.nl]]
=====
Uit het buurtblad 'Rond de {{w:Haagse Markt}}'
Column van de {{r:opbouwwerker}}
Deze maand sprak ik met de marktkooplui over de nieuwe afvalregels. Iedereen mopperde, maar na een half uur stonden we samen te lachen bij de kraam van [[p:Ali]] de groenteman. Het mooiste gesprek had ik met een jonge vrouw uit Syrië die sinds kort kaas verkoopt bij een Hollandse kraam. Haar Nederlands is al beter dan mijn Arabisch. Volgende maand: de markt bij nacht.
– [[p:Jolien]]
=====
🌷 Buurtbericht {{w:Vogelwijk}}: De bollenplantactie was een groot succes! Met 40 vrijwilligers hebben we 12.000 bollen geplant langs de {{w:Laan van Poot}}. Dank aan {{o:Tuincentrum Osdorp}} voor de korting en aan {{o:Scouting Kijkduin}} voor de hulp. In april: bloei! Speciale dank aan [[p:Loes van der Voort]] die alles coördineerde.
=====
Colofon
{{o:Wijkkrant Moerwijk & Morgenstond}} verschijnt 6x per jaar in een oplage van 11.500 exemplaren.
Redactie: [[p:Willem Boezeman]], [[p:Esther Hoogstraten]], [[p:Abdelilah Bouharrou]], [[p:Bianca Zwart]]
Vormgeving: [[p:Dirk-Jan Schouten]]
Redactieadres: {{o:Wijkcentrum Zuiderpark}}, p/a Postbus 16100, 2500 BC Den Haag
E-mail: [[e:redactie@wijkkrantmoerwijk.nl]]
Kopij voor het volgende nummer vóór [[d:15 januari]].
Bezorgklachten: bel het algemene nummer van de {{o:Bezorgdienst Haaglanden}}.
=====
Facebook – {{o:Wij zijn Rustenburg}}
Gisteren was de opening van het nieuwe speelveld aan de {{w:Erasmusweg}}! 🏀⚽ Meer dan 200 kinderen en ouders kwamen kijken. Dank aan de {{o:Johan Cruyff Foundation}}, {{o:Haag Wonen}} en natuurlijk aan [[p:Sjors]] en [[p:Rashida]] die dit 2 jaar lang hebben getrokken. Foto's door [[p:Kevin Tjon A Fong]].
=====
Agenda {{w:Laakkwartier}}
• za [[d:5 okt]] – Open dag {{o:Moskee Mesdjid-i Aksa}}, 11-16 uur
• zo [[d:6 okt]] – Dierendag op de {{o:Kinderboerderij Laak}}
• wo [[d:16 okt]] – Informatieavond {{o:Stichting Haagse Stadspartners}} over geld en schulden
• vr [[d:25 okt]] – Griezeltocht voor kinderen door het {{w:Rode Kruispark}}
• za [[d:2 nov]] – Ruilbeurs kinderkleding in {{o:Wijkcentrum Laak}}
=====
Interview: '{{w:Duindorp}} is mijn dorp'
[[p:Jaap Pronk]] (74) is geboren op de {{w:Tesselsestraat}} en heeft de wijk nooit verlaten. Hij werkte 35 jaar op de visafslag en zit nu in het bestuur van de {{o:Stichting Vreugdevuur Duindorp}}. "Het vreugdevuur is van ons. Wij bouwen het, wij passen erop." Zijn kleindochter [[p:Mandy]] helpt al mee met het sjouwen van pallets. Op [[d:31 december]] hoopt [[p:Jaap]] weer op het strand te staan.
=====
Nieuwsbrief {{o:Taalhuis Escamp}}, winter
Onze taalvrijwilligers hebben dit jaar 312 mensen geholpen. Nieuw: de 'Digi-Taalhuis-spreekuren' in {{o:Bibliotheek Escamp}} (dinsdag 10-12). We zoeken nog taalmaatjes, vooral mannen. Interesse? Kom naar de informatiebijeenkomst op woensdag [[d:22 januari]], 19.30 uur.
=====
Instagram @buurtkeukenleyweg
Vandaag op het menu: Surinaamse moksi meti, Turkse linzensoep en een Poolse appeltaart van [[p:Magda]] 😍 Elke donderdag in {{o:Buurtkeuken Leyweg}}, {{w:Bouwlust}}. #samenkoken #denhaag
=====
Wijkkrant {{w:Laak}} – Hoe gaat het met …
… de {{o:Stichting Vrouwen Laak}}?
Voorzitter [[p:Hanan el Boujdaini]] vertelt dat de stichting 80 leden heeft. "We doen sport, taal, en we gaan samen naar de {{o:Keukenhof}}." Het grootste probleem: ruimte. Sinds {{o:Wijkcentrum Laak}} op woensdag vol zit, wijken ze uit naar de kantine van {{o:VV Laakkwartier}}.
=====
Buurtnieuws {{w:Valkenboskwartier}}
Het pand van de voormalige {{o:Rabobank}} aan de {{w:Fahrenheitstraat}} wordt een huiskamer voor de buurt. Bewoners kunnen ideeën aandragen tijdens de inloop op zaterdag [[d:9 november]] van 11 tot 14 uur. Wie al een idee heeft, kan ook mailen naar [[p:Ruben]] van {{o:Stichting Valkenbos Verbindt}}: [[e:ruben@valkenbosverbindt.nl]].
=====
IN MEMORIAM
Op [[d:2 februari]] is [[p:Gerrit (Gerrie) van der Zalm]] overleden, 82 jaar. [[p:Gerrie]] was 25 jaar de drijvende kracht achter de {{o:Biljartvereniging Kraaiennest}} en de klusjesman van {{o:Wijkcentrum Morgenstond}}. We zullen zijn grapjes en zijn gele trui missen. Onze gedachten zijn bij zijn vrouw [[p:Nel]] en de kinderen.
=====
Buurtbericht (WhatsApp-kanaal {{w:Vruchtenbuurt}})
Herinnering: morgen (dinsdag) wordt het oud papier opgehaald, niet woensdag zoals in de kalender staat. Zet de containers vóór 7.30 uur buiten. Meer info: website {{o:HMS}} of 14 070.
=====
Nieuwsbrief {{o:Welzijn Scheveningen}}
Nieuwe gezichten! Sinds deze maand werken [[p:Fleur Kramer]] ({{r:sociaal werker}} {{w:Scheveningen-Haven}}) en [[p:Bilal Tahiri]] ({{r:jongerenwerker}} {{w:Duindorp}}) bij ons. [[p:Fleur]] is te bereiken op [[t:06 15 50 78 02]] en [[e:f.kramer@welzijnscheveningen.nl]]. [[p:Bilal]] zit op dinsdag en donderdag in {{o:Buurthuis Duindorp}}.
=====
Uit de buurtkrant {{w:Regentessekwartier}}:
'Lieve buren, graag wil ik iedereen bedanken die mij heeft geholpen na de brand in mijn woning in augustus. De bloemen, de kaarten, de soep, de kleren voor de kinderen. Ik woon nu tijdelijk in {{w:Loosduinen}} maar mijn hart is in de {{w:Weimarstraat}}. – [[p:Jamila]] en de jongens'
=====
Nieuws van de {{o:Hindoestaanse Ouderenvereniging Shanti}}
Op zondag [[d:3 november]] vieren we Divali in {{o:Wijkcentrum De Boog}}. Er is een optreden van de dansgroep van [[p:Pooja Ramsoekh]] en een lezing door pandit [[p:Ramdew]]. Aanmelden bij mevr. [[p:Bhoelai]], [[t:070 - 397 33 12]] (na 18.00 uur).
=====
WIJKKRANT SPOORWIJK — Nieuwe winkel
Aan de {{w:Rijswijkseweg}} heeft {{o:Toko Sari Rasa}} de deuren geopend. Eigenaar [[p:Dewi Sastrodihardjo]] verkoopt Indonesische en Surinaamse producten en maakt op vrijdag verse loempia's. De buren van {{o:Bakkerij Ben Ali}} en {{o:Kapper Hamit}} kwamen al een kijkje nemen.
=====
Nieuwsbrief {{o:Huurdersvereniging Spoorwijk}}
De huurverhoging per [[d:1 juli]] is bekend: gemiddeld 5,8%. Heeft u een laag inkomen, dan kunt u bezwaar maken. Onze vrijwilligers helpen u op het spreekuur (woensdag 14-16 uur, {{o:Wijkcentrum Spoorwijk}}). Neem uw huurbrief en inkomensgegevens mee.
""")
# ---------------------------------------------------------------------------
# 5. Subsidy applications for buurtinitiatieven, decisions, budgets
# ---------------------------------------------------------------------------
add(r"""
AANVRAAGFORMULIER BEWONERSINITIATIEF – {{o:Gemeente Den Haag}}
1. Gegevens aanvrager
Naam: [[p:Yasmina Bakkali]]
Adres: [[a:Jan Blankenstraat 41]]
Postcode + plaats: [[pc:2573 RG]] Den Haag
Telefoon: [[t:06-39910427]]
E-mail: [[e:yasmina.bakkali@hotmail.com]]
Medeaanvragers (min. 2, uit de wijk): [[p:Cindy Verhoeven]], [[p:Burak Aslan]]
2. Het initiatief
Naam: Zomerspeeldagen {{w:Jan Blankenstraat}} e.o.
Wat: 6 woensdagmiddagen in juli en augustus spelen op straat met kinderen, met een afsluitend straatfeest.
Wijk: {{w:Transvaal}} / {{w:Regentessekwartier}} (grens)
3. Begroting
Spelmateriaal € 350,-
Huur springkussen € 275,-
Limonade en fruit € 180,-
Straatfeest (muziek, hapjes) € 600,-
Totaal € 1.405,-
4. Bankrekening: [[i:NL60RABO9650431878]] t.n.v. [[p:Y. Bakkali]]
Handtekening: ______ Datum: [[d:18 april 2024]]
=====
Beschikking subsidie bewonersinitiatief
Ons kenmerk: [[z:BI-2024-00873]]
Geachte heer [[p:Van Vliet]],
Op [[d:2 mei 2024]] ontvingen wij uw aanvraag voor het initiatief 'Kerstboom op het {{w:Hobbemaplein}}'. Wij kennen u een subsidie toe van € 900,-. Het bedrag wordt binnen vier weken overgemaakt op het door u opgegeven rekeningnummer. Binnen 8 weken na afloop levert u een kort verslag met foto's en bonnen in.
Met vriendelijke groet,
namens het college van burgemeester en wethouders,
{{r:teamleider}} Bewonersinitiatieven {{o:Dienst Publiekszaken}}
=====
Projectplan 'Buurtmoestuin {{w:Bosjes van Poot}}' (bijlage bij aanvraag {{o:Fonds 1818}})
Aanleiding: In de {{w:Vogelwijk}} wonen veel ouderen alleen. Een moestuin brengt mensen samen. We hebben toestemming van de gemeente voor een perceel van 300 m² naast de {{o:Kinderboerderij Vogelwijk}}.
Doelen: 25 vaste deelnemers, 4 open dagen per jaar, samenwerking met {{o:Basisschool De Vogelaar}} (groep 5 en 6).
Organisatie: {{o:Stichting Tuinieren Vogelwijk}} (i.o.), bestuur: drs. [[p:A.M. Broekhuizen]] ({{r:voorzitter}}), [[p:Jenny Lau]] ({{r:secretaris}}), [[p:Arjen de Haan]] ({{r:penningmeester}}).
Gevraagd bedrag: € 8.750,-
=====
Begroting buurtfeest '{{w:Kraaiennest}} viert' – aangevraagd bij het wijkbudget
| post | bedrag |
| podium + geluid ({{o:Verhuurbedrijf De Pret}}) | € 1.150,00 |
| vergunning + verkeersborden | € 320,00 |
| eten (4 kramen, zelf koken) | € 800,00 |
| kinderactiviteiten | € 450,00 |
| EHBO ({{o:Rode Kruis afd. Den Haag}}) | € 180,00 |
| onvoorzien 5% | € 145,00 |
| totaal | € 3.045,00 |
Eigen bijdrage: verkoop eten ca. € 400,00. Gevraagd: € 2.645,00.
Ingediend door: [[p:Rinesh Sewdien]], namens de straatcommissie {{w:Kraaiennest}}, datum feest: zaterdag [[d:7 september]].
=====
Geachte mevrouw [[p:Koç]],
Hartelijk dank voor uw aanvraag ‘Naailes voor vrouwen in {{w:Spoorwijk}}’. Helaas kunnen wij deze niet in behandeling nemen, omdat er geen tweede bewoner uit de wijk als medeaanvrager op het formulier staat. U kunt de aanvraag opnieuw indienen, uiterlijk [[d:30 september]]. Uw dossiernummer blijft [[z:BI-2024-01172]].
Heeft u hulp nodig bij het invullen? De {{r:opbouwwerker}} van {{o:Xtra}} in {{w:Laak}} helpt u graag.
=====
Aanvraag 'Buurtkast {{w:Ruychrocklaan}}'
Wij, [[p:Lam Thi Hoa]] ([[a:Ruychrocklaan 322]]) en [[p:Onur Şahin]] ([[a:Ruychrocklaan 330]]), willen een boeken- en ruilkast plaatsen op het grasveld tussen onze flats. We hebben al een kast van een buurman die timmerman is. We vragen € 250,- voor verf, een dak en een bordje in vier talen (Nederlands, Vietnamees, Turks, Arabisch).
Contact: [[t:06 41 27 99 05]] ([[p:Hoa]]) – zij spreekt goed Engels, [[p:Onur]] spreekt Nederlands.
=====
Verantwoording subsidie wijkbudget 2023 – {{o:Stichting Wijkactief Morgenstond}}
Toegekend: € 12.500 (wijkbudget Escamp)
Besteed:
– Maandelijkse buurtmaaltijden (11x, gem. 46 deelnemers): € 5.212
– Zomerkamp kinderen (32 kinderen): € 3.890
– Sinterklaasfeest (120 kinderen): € 1.975
– Materiaal en drukwerk: € 864
– Restant terug naar gemeente: € 559
Bijlagen: bonnen, foto's, presentielijsten (alleen op aanvraag i.v.m. privacy).
Opgesteld door [[p:J. Koolhoven]], {{r:penningmeester}}.
=====
Hoi [[p:Thijs]], hierbij mijn aanvraag voor de jeu-de-boulesbaan. Ik heb het formulier ingevuld maar weet niet of het goed is. Mijn rekeningnummer is [[i:NL 49 ABNA 0163 2193 167]] en mijn adres [[a:Diamanthorst 56]]. Ik heb 14 handtekeningen van buren verzameld. Groet, [[p:Hennie Blom]]
=====
Bijlage 3: Handtekeningenlijst steun initiatief 'Bankjes {{w:Escamplaan}}'
| naam | adres | handtekening |
| [[p:J. Ramnath]] | [[a:Escamplaan 401]] | ✓ |
| Mw. [[p:D. Veldhuis]] | [[a:Escamplaan 405-B]] | ✓ |
| [[p:Kader Benali]] | [[a:Escamplaan 409]] | ✓ |
| [[p:P. de Koning]] | [[a:Zuidlarenstraat 12]] | ✓ |
| [[p:Agnes Mook]] | [[a:Escamplaan 415]] | ✓ |
=====
Toelichting op de aanvraag 'Wijkkeuken {{w:Mariahoeve}}' (stichting in oprichting)
Het buurtrestaurant draait al een jaar op vrijwillige basis in de {{o:Emmaüskerk}}. Elke vrijdag eten er tussen de 30 en 50 mensen, vooral ouderen en statushouders. We vragen € 4.800 voor een professionele vaatwasser, keukengerei en de HACCP-cursus voor 8 vrijwilligers. Na toekenning wordt de subsidie beheerd door {{o:Stichting Kerk in de Buurt}}. Bij het {{o:Oranje Fonds}} vragen we hetzelfde bedrag aan voor de inrichting. Contact: [[p:Adiam Tesfay]] en [[p:Kees-Jan Storm]], [[e:wijkkeukenmariahoeve@gmail.com]].
=====
Subsidieaanvraag kinderactiviteiten {{o:Speeltuinvereniging Wilhelmina}}
KvK en rekening staan op naam van de vereniging. Contactpersoon: [[p:Leo Schipper]] ({{r:voorzitter}}), [[e:leoschipper61@kpnmail.nl]], [[t:070-3663154]] (privé, liefst 's avonds).
Gevraagd: € 2.000,- voor het zomerprogramma (6 weken, 3 middagen per week).
=====
Beste mevrouw [[p:Van der Steen]],
Wij hebben uw verantwoording voor het project 'Burendag {{w:Waldeck}}' ontvangen. Er ontbreken nog de bonnen van de huur van de partytent (€ 240,-). Wilt u die uiterlijk [[d:15 november]] nasturen? Anders moeten wij dat deel terugvorderen.
Met vriendelijke groet,
[[p:Miriam Oudshoorn]]
{{r:Subsidieadviseur}}, {{o:Gemeente Den Haag}}
Direct: [[t:070 353 78 41]]
=====
Pitch voor de wijkraad (max. 1 minuut):
"Wij zijn [[p:Sven]], [[p:Dounia]] en [[p:Pablo]] uit {{w:Wateringse Veld}}. Onze kinderen hebben geen plek om te skaten. Wij vragen de wijkraad om een klein skatepark op het terrein naast {{o:Sportcentrum Wateringse Veld}}. We hebben al een ontwerp van een student van de {{o:Haagse Hogeschool}} en 180 handtekeningen."
=====
Ontvangstbevestiging
Uw aanvraag voor een bewonersinitiatief is ontvangen op [[d:03-06-2024]] onder zaaknummer [[z:Z/24/2398117]]. U ontvangt binnen 8 weken een besluit. Vragen? Bel 14 070 en noem uw zaaknummer.
Dit is een automatisch verzonden bericht van {{o:Gemeente Den Haag}}.
=====
Aanvraag Kansfonds – samenvatting
Organisatie: {{o:Stichting Samen Sterk in Moerwijk}}
Project: Buurtmoeders {{w:Moerwijk}} – vrouwen uit de wijk die andere moeders bezoeken en wegwijs maken.
Doelgroep: 60 gezinnen per jaar, vooral nieuwkomers uit Syrië, Eritrea, Afghanistan en Oekraïne.
Partners: {{o:CJG Escamp}}, {{o:Xtra}}, {{o:Basisschool De Springbok}}, {{o:Moskee An-Nour}}, {{o:Evangelische Broedergemeente Den Haag}}.
Begroting totaal: € 46.300 (2 jaar), gevraagd bij {{o:Kansfonds}}: € 20.000.
Contactpersoon aanvraag: [[p:Feven Haile]], {{r:projectcoördinator}}, [[e:feven@samensterkmoerwijk.nl]], [[t:06 19 44 30 82]].
=====
Re: aanvraag wijkbudget bankjes
Hoi [[p:Agnes]], goed nieuws: de {{r:gebiedsbeheerder}} heeft groen licht gegeven voor 3 bankjes op de {{w:Escamplaan}}, tussen de {{w:Zuidlarenstraat}} en de {{w:Meppelweg}}. De plaatsing is in week 44. Wil jij de buren die hebben getekend laten weten dat het gelukt is?
Gr. [[p:Nicole]]
""")
# ---------------------------------------------------------------------------
# 6. Sociale kaart of a wijk (many organisations, places, few persons)
# ---------------------------------------------------------------------------
add(r"""
SOCIALE KAART {{w:SCHILDERSWIJK}} (versie voorjaar, intern gebruik buurtwerk)

Welzijn en ontmoeting
- {{o:Buurthuis De Mussen}} – {{w:De Mussenstraat}}; inloop, buurtrestaurant, kinderclub
- {{o:Wijkcentrum De Nieuwe Regentes}} – activiteiten voor ouderen, taalcafé
- {{o:Stichting MOOI}} – opbouwwerk, jongerenwerk, ouderenwerk; algemeen nummer 070 - 205 26 00
- {{o:Servicepunt XL Schilderswijk}} – hulp bij formulieren, {{o:Ooievaarspas}}, toeslagen

Geloofsgemeenschappen
- {{o:Al Aqsa moskee}} ({{w:Hoefkade}}), {{o:Mevlana moskee}} ({{w:Van Ostadestraat}}), {{o:Masjid Tawheed}} ({{w:Parallelweg}})
- {{o:Sint-Jacobuskerk}}, {{o:Bethelkerk}}, {{o:Evangelische Broedergemeente}} ({{w:Koningstraat}})
- {{o:Hindoe Sewa Samiti}} (mandir aan de {{w:Hoefkade}})

Scholen
- {{o:Basisschool De Vlinderboom}}, {{o:Al Ghazali}}, {{o:Johan de Wittschool}} (ouderkamer di+do ochtend)
- {{o:Hofstad Lyceum}} (buiten de wijk, veel leerlingen uit de Schilderswijk)

Gezondheid
- {{o:Gezondheidscentrum Schilderswijk}} (huisartsen, fysio, apotheek)
- {{o:CJG Schilderswijk}} – consultatiebureau, opvoedspreekuur
- {{o:GGZ Haagstreek}}, {{o:Parnassia}} (wijkteam GGZ)

Geld en recht
- {{o:Juridisch Loket}}, {{o:Sociaal Raadslieden Den Haag}} (spreekuur in het Servicepunt), {{o:SchuldHulpMaatje}}, {{o:Voedselbank Haaglanden}} uitgiftepunt {{o:Bethelkerk}}

Winkels en markt
- {{o:Haagse Markt}} (ma, wo, vr, za); {{o:Slagerij El Baraka}}, {{o:Bakkerij Nour}}, {{o:Toko Dewi}}, {{o:Lidl}} {{w:Vaillantlaan}}, {{o:Albert Heijn}} {{w:Hobbemaplein}}

Parken en spelen
- {{w:Hobbemaplein}}, {{w:Vaillantplein}}, {{w:Schilderswijk-Noord}} speeltuin, {{w:Zuiderpark}} (10 min lopen)
=====
Wie is wie in {{w:Morgenstond}}? – overzicht sleutelpersonen (niet verspreiden buiten het netwerk)
| naam | rol/organisatie | bereikbaar |
| [[p:Henny Lagerwaard]] | {{r:voorzitter}} {{o:Wijkberaad Morgenstond}} | [[t:06 22 87 40 19]] |
| [[p:Mohammed Riffi]] | {{r:bestuurslid}} {{o:Moskee An-Nour}} | [[t:06 47 33 95 02]] |
| Ds. [[p:Corine Smit]] | {{r:predikant}} {{o:Oase-kerk}} | via de kerk |
| [[p:Selma Verschuur]] | {{r:sociaal werker}} {{o:Xtra}} | [[e:s.verschuur@xtra.nl]] |
| [[p:Ruud Kalk]] | {{r:wijkagent}} | via 0900-8844 |
| [[p:Naoual]] | {{r:sleutelfiguur}} Marokkaanse vrouwen | via [[p:Selma]] |
=====
Sociale kaart {{w:Bouwlust-Vrederust}} – bijlage bij het wijkplan

1. Ontmoeten: {{o:Wijkcentrum Bouwlust}} ({{w:Leyweg}}), {{o:Buurtkeuken Leyweg}}, {{o:Wijkcentrum Het Kasteel}}, {{o:Seniorencentrum Het Uiterjoon}}, {{o:Bibliotheek Escamp}}.
2. Kerken en moskeeën: {{o:Kerk aan het Meer}} (PKN), {{o:Parochie Maria Sterre der Zee}}, {{o:Ulu Camii Vrederust}}, {{o:Moskee Masjid Al Hijra}}.
3. Sport: {{o:Sportcampus Zuiderpark}}, {{o:Zwembad Zuiderpark}}, {{o:Boksschool Ouiam}}, {{o:Cruyff Court Leyweg}}, {{o:VV Escamp}}.
4. Zorg: {{o:Gezondheidscentrum Leyweg}}, {{o:HMC Antoniushove}} (buiten wijk), {{o:Florence Thuiszorg Escamp}}, {{o:WZH Zuidhage}}.
5. Winkels: winkelcentrum {{w:Leyweg}}, {{w:Hoge Veld}}-markt (di en za), {{o:Kringloop Leyweg}}.
6. Groen: {{w:Zuiderpark}}, {{w:Bosjes van Pex}}, {{o:Heemtuin Leijpark}}, volkstuinen {{o:ATV De Eendracht}}.
7. Onderwijs: {{o:De Springbok}}, {{o:Willem Dreesschool}}, {{o:Het Palet}}, {{o:Zuid-West College}}.
Voor alle vragen: {{o:Servicepunt XL Escamp}} of 14 070.
=====
Sociale kaart – {{w:Scheveningen}} (buurtwerk, versie 3)
Bijeenkomstruimtes: {{o:Buurthuis Duindorp}}, {{o:Wijkcentrum 't Schouw}}, {{o:Het Nieuwe Badhuis}}, {{o:Vrijwilligershuis Scheveningen}}
Kerken: {{o:Oude Kerk Scheveningen}}, {{o:Nieuwe Kerk Scheveningen}} (beide met ouderenwerk), {{o:Gereformeerde Kerk Duinzicht}}, {{o:Hersteld Hervormde Gemeente}}
Zorg: {{o:WZH Uitzicht}}, {{o:Haagse Wijk- en Woonzorg}}, {{o:Huisartsen Duinstraat}}
Jeugd: {{o:Welzijn Scheveningen jongerenwerk}}, {{o:Scouting Scheveningen}}, {{o:Zeeverkenners Duindorp}}
Evenementen: Vlaggetjesdag (juni), Vreugdevuur (oudejaarsavond), Nieuwjaarsduik
Bereikbaarheid: tram 1 en 11, bus 22 en 23
=====
Contactpersonen netwerk 'Samen in {{w:Ypenburg}}'
– {{o:CJG Ypenburg}}: [[p:Irene Mos]], {{r:jeugdverpleegkundige}}, direct [[t:06 30 12 84 75]]
– {{o:Welzijn Ypenburg-Leidschenveen}}: algemene mail, spreekuur maandag
– {{o:Bibliotheek Ypenburg}}: [[p:Koen]], {{r:coördinator}} Taalhuis
– {{o:Moskee Ypenburg}}: imam [[p:Yassine Ouled Haj]]
– {{o:Katholieke Parochie St. Augustinus}}: {{r:pastoraal werker}} [[p:Ellen van Meer]]
– {{o:Bewonersvereniging Ypenburg}}: [[p:Stefan Baas]], [[e:sbaas@bvypenburg.nl]]
– {{r:wijkagent}} Ypenburg: [[p:Ronald Verweij]]
=====
Routebeschrijving naar {{o:Wijkcentrum De Zijlen}}
Met de tram: lijn 2 of 6 tot halte {{w:Leyenburg}}, dan 5 minuten lopen langs het {{w:Zuiderpark}} richting {{w:Melis Stokelaan}}. Het centrum ligt naast {{o:Basisschool De Zijlen}} en tegenover de {{o:Jumbo}}. Parkeren is gratis in de straten rondom. Ingang aan de achterkant (zijde speeltuin). Rolstoeltoegankelijk.
=====
Sociale kaart voor nieuwkomers in {{w:Laak}} (tekst voor de tweetalige folder NL/EN)
Taal / Language: {{o:Taalhuis Laak}} in {{o:Bibliotheek Laak}}, taalcafé elke dinsdag, gratis.
Kinderen / Children: {{o:CJG Laak}} (consultatiebureau), {{o:VVE Peuterspeelzaal De Kikker}}, {{o:Basisschool De Kameleon}}, {{o:Internationale Schakelklas (ISK) Laak}}.
Geld / Money: {{o:Servicepunt XL Laak}}, {{o:Geldloket}}, {{o:Stichting Urgente Noden}}.
Gezondheid / Health: {{o:Huisartsenpraktijk Laakhaven}}, {{o:Apotheek Laakkwartier}}, {{o:Tandartspraktijk Hildebrand}}.
Geloof / Faith: {{o:Eritrees-Orthodoxe Kerk Kidane Mehret}}, {{o:Poolse Katholieke Missie}}, {{o:Somalische Moskee Al-Furqan}}, {{o:Moskee Mesdjid-i Aksa}}.
Ontmoeten / Meet: {{o:Wijkcentrum Laak}}, {{o:Stichting Vrouwen Laak}}, {{o:Wereldvrouwen Spoorwijk}}.
Vragen over deze folder / Questions: [[p:Nina Chaouch]], {{r:opbouwwerker}}, [[t:06 29 48 17 03]].
=====
Sociale kaart {{w:Mariahoeve}} – ouderen
| organisatie | wat | contact |
| {{o:Vóór Welzijn}} | ouderenadviseur, maatjes, boodschappenhulp | algemeen nummer: 070 - 300 80 00 |
| {{o:Seniorenvereniging KBO Mariahoeve}} | reisjes, lezingen | [[p:Joke van Ommen]], [[t:070 347 12 66]] |
| {{o:Stadsboerderij Mariahoeve}} | dagbesteding, koffie | balie |
| {{o:WZH Mariahoeve}} | verpleeghuis, dagopvang | receptie |
| {{o:Emmaüskerk}} | samen eten (vr), bezoekwerk | kerkelijk bureau |
| {{o:Huisartsen Mariahoeve}} | {{r:POH-ouderen}} | via assistente |
| {{o:Bibliotheek Mariahoeve}} | digicafé, voorlezen | balie |
=====
Overzicht speelplekken {{w:Transvaal}} / {{w:Groente- en Fruitmarkt}}
- speelplein {{w:Pretoriusplein}} (0-12 jr, toezicht wo en za middag door {{o:Speeltuinvereniging Transvaal}})
- {{w:Oranjeplein}} (trapveldje, kunstgras)
- {{w:Paul Krugerplein}} (schommels, nieuw sinds 2022)
- speeltuin achter {{o:Basisschool De Globetrotter}} (na schooltijd open)
- {{o:Cruyff Court Transvaal}} aan de {{w:Kempstraat}}
Toestand: speeltoestel bij de {{w:Kritzingerstraat}} kapot gemeld via de MeldDenHaag-app, nog niet gerepareerd.
=====
Winkels en ondernemers in de {{w:Wouwermanstraat}} en omgeving – contactlijst voor de straatkerst
| zaak | contactpersoon | tel |
| {{o:Bakkerij Oussama}} | [[p:Oussama]] | winkel |
| {{o:Fietsenmaker Rijwielhandel Jansen}} | [[p:Frank Jansen]] | [[t:06 11 48 92 36]] |
| {{o:Tokoh Suriname}} | mevrouw [[p:Ramsahai]] | winkel |
| {{o:Kapsalon Istanbul}} | [[p:Hakan]] | [[t:06 45 02 78 13]] |
| {{o:Belwinkel Connect}} | – | – |
| {{o:Apotheek Wouwerman}} | Mw. [[p:Ellen de Leeuw]] | apotheek |
=====
Sociale kaart {{w:Centrum}} – dak- en thuislozen
{{o:Kessler Stichting}}, {{o:Leger des Heils}}, {{o:Straatpastoraat Den Haag}}, {{o:De Haagse Dakloosheid Spreekuurlijn}}, nachtopvang {{o:Zilveren Toren}}, inloop {{o:De Oase}} ({{o:Kloosterkerk}}), {{o:Straatdokter}} (spreekuur in {{o:Het Kruispunt}}), maaltijden bij {{o:Pauluskerk}} (di, do) en de {{o:Sint-Jacobuskerk}} (zo). Voor postadres: {{o:Centraal Meldpunt Briefadres}}, Postbus 12652, 2500 DP Den Haag.
""")
# ---------------------------------------------------------------------------
# 7. E-mails between buurtwerkers, residents and partners (signatures, replies)
# ---------------------------------------------------------------------------
add(r"""
Van: [[e:m.elkaddouri@xtra.nl]]
Aan: [[e:bewonerscommissie.kempstraat@gmail.com]]
Onderwerp: zaal voor jullie overleg

Hoi [[p:Robert]],

De grote zaal van {{o:Buurthuis Transvaal}} is op donderdag [[d:21 november]] vrij vanaf 19.00 uur. Ik heb hem voor jullie gereserveerd tot 22.00. Sleutel ligt bij de {{r:beheerder}}, [[p:Erol]]. Koffie en thee staan klaar, rekening komt niet, dat valt onder het buurtbudget.

Groet,
[[p:Mounir El Kaddouri]]
{{r:Opbouwwerker}} {{w:Transvaal}} | {{o:Xtra}}
[[t:06 52 17 84 30]] (ma-do)
=====
Onderwerp: RE: klacht over de hangplek bij de {{o:Lidl}}

Beste mevrouw [[p:Van Rijswijk]],

Dank voor uw mail. Ik heb uw zorgen besproken met de {{r:jongerenwerker}} en de {{r:wijkagent}}. Zij gaan de komende weken vaker langs op de {{w:Vaillantlaan}} tussen 20.00 en 23.00 uur. Daarnaast nodigen we u graag uit voor het buurtgesprek op maandag [[d:2 december]], waar ook de jongeren zelf bij zijn.

Met vriendelijke groet,
[[p:Charlotte Vos]]
{{r:Buurtbemiddelaar}}, {{o:Buurtbemiddeling Den Haag}}

> Van: [[p:A. van Rijswijk]] <[[e:avrijswijk@planet.nl]]>
> Ik woon al 30 jaar op de [[a:Vaillantlaan 307]] maar zo erg als nu is het nooit geweest. Elke avond scooters, geschreeuw, lachgas. Wat gaat de gemeente hier aan doen?
=====
Hallo [[p:Tineke]],
Zoals besproken stuur ik je de lijst met deelnemers van de fietsles die het examen gaan doen op [[d:zaterdag 15 juni]]. Het zijn er 9. Wil jij de certificaten laten drukken? Namen: [[p:Hiwet]], [[p:Salwa]], [[p:Rukiye]], [[p:Fadumo]], [[p:Halima]], [[p:Ewelina]], [[p:Mahtab]], [[p:Leyla]] en [[p:Sahar]]. Achternamen staan in de map op de server.
Dank! [[p:Yara]]
=====
From: [[p:Anjali Sharma]] <[[e:anjali.sharma.nl@gmail.com]]>
Subject: volunteering in Benoordenhout?
Dear sir/madam,
I moved to The Hague last month with my husband who works at the {{o:International Criminal Court}}. I live in {{w:Benoordenhout}} and I would like to volunteer in the neighbourhood, for example with children or elderly. I speak English, Hindi and some German. Could somebody contact me? My number is [[t:+31 6 2774 0912]].
Kind regards, [[p:Anjali]]
=====
Beste allen,
Hierbij de uitnodiging voor het netwerkoverleg {{w:Moerwijk}}, woensdag [[d:13 maart]], 10.00-11.30 uur in {{o:Wijkcentrum Zuiderpark}}.
Agenda:
1. Voorstelronde (nieuw: {{o:Stichting Jeugdwerk Escamp}}, {{o:Praktijk voor Leefstijl Moerwijk}})
2. Signalen uit de wijk: armoede, energiekosten, huisvesting Oekraïense vluchtelingen in {{o:Hotel Moerwijk}}
3. Buurtfeest [[d:zaterdag 25 mei]]: wie doet wat
4. Rondvraag
Graag afmelden bij mij.
Met vriendelijke groet,
[[p:Naomi Bergsma]], {{r:netwerkcoördinator}} {{o:Xtra}}
=====
Onderwerp: Fw: vraag over buurman

---------- Doorgestuurd bericht ---------
Van: [[p:Linda Kerkhoven]]
Datum: [[d:di 7 mei 2024]] 21:14
Ik maak me zorgen om mijn bovenbuurman, meneer [[p:Pranoto]] (ongeveer 80). Hij woont alleen op [[a:Bilderdijkstraat 19-II]] en ik zie hem al een week niet. Zijn dochter woont in Indonesië. Kunnen jullie iemand sturen?

Hoi [[p:Jelle]], kun jij dit oppakken met de {{r:ouderenconsulent}}? Ik ben er t/m vrijdag niet. [[p:Karin]]
=====
Beste [[p:Ahmed]],
Dank voor je aanmelding als {{r:buurtvader}}. Voordat je kunt starten vragen we een VOG aan. Je krijgt binnenkort een mail van {{o:Justis}} met een link; die moet je binnen 14 dagen met DigiD afronden. Daarna plannen we de training (2 avonden) in {{o:Buurthuis De Mussen}}.
Groetjes, [[p:Jasper Hoogendijk]]
{{r:Jongerenwerker}} {{o:Stichting MOOI}}
=====
Hoi hoi,
Kleine correctie op de nieuwsbrief van gisteren: de lampionnenoptocht voor Sint-Maarten is op maandag [[d:11 november]] en niet op dinsdag. Verzamelen om 17.30 uur bij de {{o:Valkenbosch Kerk}}, de tocht eindigt bij {{o:Wijkcentrum Valkenbos}} met warme chocolademelk.
Met excuses, de redactie
=====
Re: Re: bezwaar bomenkap {{w:Laan van Meerdervoort}}
Ha [[p:Willemijn]],
Het bezwaar is op tijd ingediend (de termijn liep t/m [[d:28 februari]]). De gemeente heeft het ontvangen onder nummer [[z:BZW-2024-00418]]. Jij staat als eerste indiener op het stuk, met je adres [[a:Laan van Meerdervoort 1120]] erbij. Er komt een hoorzitting, datum volgt.
Groeten, [[p:Roel]] ({{o:Bomenstichting Den Haag}})
=====
Geachte heer/mevrouw,
Graag maak ik gebruik van de oproep in de wijkkrant. Mijn moeder, mevrouw [[p:N. Oehlers]], 84 jaar, woont sinds kort in {{w:Waldeck}} ([[a:Kamperfoeliestraat 89]], [[pc:2555 ER]]) en kent nog niemand. Ze is van Indische afkomst, houdt van kaarten en koken. Is er een activiteit of een maatje voor haar? U kunt mij bellen op [[t:06 51 93 44 07]].
Met vriendelijke groet, [[p:Marion Oehlers]]
=====
Aan: {{o:Wijkcentrum Het Kasteel}}
Onderwerp: huur zaal verjaardag
Hallo, ik wil graag de kleine zaal huren voor de verjaardag van mijn zoon (10 jaar) op zondag [[d:9 juni]] van 14 tot 18 uur, ongeveer 25 personen. Wat kost dat? Mijn naam is [[p:Shirley Tjin-A-Djie]], tel [[t:06 4811 0375]].
=====
Van: {{r:wijkregisseur}} {{w:Laak}}
Aan: partners netwerk Laak
Beste partners, in de bijlage het overzicht van de Haagse Kenniswerkplaats-bijeenkomsten in het voorjaar. Alle bijeenkomsten vinden plaats in het {{o:Stadhuis}} (Atrium, zaal 1.14) en zijn ook online te volgen. Aanmelden via de link in de bijlage. Ik zie jullie graag.
[[p:Hester Blankenzee]]
{{r:Wijkregisseur}} {{w:Laak}}, {{o:Gemeente Den Haag}}
=====
Beste [[p:Eveline]],
Bij deze bevestig ik de afspraak met de {{o:Hervormde Gemeente Loosduinen}}: de {{o:Abdijkerk}} mag gebruikt worden voor de afsluiting van de Week van de Eenzaamheid op vrijdag [[d:4 oktober]]. De koster, [[p:Arie Vreugdenhil]], opent om 15.00 uur. Zijn nummer: [[t:06 22 01 57 86]].
Vriendelijke groet, ds. [[p:P.J. van Dam]]
=====
Hoi [[p:Sanne]] en [[p:Emre]],
Vergeet niet: maandag komt de fotograaf van de {{o:Haagsche Courant}} voor het stuk over de moestuin. Graag iemand aanwezig om 11.00. Zijn naam is [[p:Thomas de Graaf]]. Lukt het jullie niet, dan laat ik het [[p:Anna-Lisa]] doen.
x [[p:Merel]]
=====
Onderwerp: Aanmelding Kerstdiner
Naam: [[p:Tjong Hoa Liem]]
Aantal personen: 2 (ik en mijn vrouw)
Dieetwensen: geen varkensvlees, zoutarm
Vervoer nodig: ja, vanaf [[a:Dalsteindreef 1401]] (flat, lift)
=====
RE: cijfers jaarverslag
Hoi [[p:Peter]], hier de cijfers die je vroeg: 1.273 unieke bezoekers in 2023 (+14%), 86 vrijwilligers, 3.440 maaltijden, 41 buurtinitiatieven begeleid waarvan 29 gehonoreerd. Grootste groep bezoekers: 65+ (38%). Ik stuur de grafieken morgen. Gr, [[p:Linda]]
=====
Beste heer [[p:Aydemir]],
Wat vervelend dat uw fiets is gestolen uit de fietsenstalling onder de flat aan de {{w:Erasmusweg}}. Ik heb met {{o:Staedion}} afgesproken dat de deur van de stalling een nieuw slot krijgt. Aangifte doen kan online via de website van de {{o:politie}} of aan de balie op het bureau {{o:Politiebureau Escamp}}. Uw meldingsnummer bij {{o:Staedion}} is [[z:ST-2024-5531802]].
Met vriendelijke groet,
[[p:Ilse Bogaard]]
{{r:Bewonersconsulent}}
=====
Goedemiddag,
Namens {{o:Stichting Poolse Vrouwen in Den Haag}} wil ik een ruimte aanvragen voor onze maandelijkse bijeenkomst (3e zondag, 14-17 uur, ca. 30 vrouwen en kinderen). Wij zoeken iets in {{w:Laak}} of {{w:Spoorwijk}}. Wij betalen graag een kleine huur.
Pozdrawiam / Met groet,
[[p:Dorota Wiśniewska]], {{r:voorzitster}}
[[e:dorota.wisniewska@pvdh.nl]]
=====
Hoi [[p:Faisal]], we missen nog jouw bonnetjes van het voetbaltoernooi. Zonder bonnen kan de penningmeester niks uitbetalen. Kun je ze deze week in de bus doen bij het buurthuis? Gr [[p:Daan]]
=====
Beste [[p:Chantal]],
Zoals beloofd de contactgegevens van de {{r:schuldhulpmaatje}} voor je buurvrouw: [[p:Erik Visser]], [[t:06 18 77 45 90]], [[e:erik.visser@schuldhulpmaatje-denhaag.nl]]. Hij weet dat ze belt. Het eerste gesprek kan ook in {{o:Wijkcentrum Bouwlust}}, dat is dichterbij voor haar.
Hartelijke groet, [[p:Bart]]
""")
# ---------------------------------------------------------------------------
# 8. App groups (buurtapp, WhatsApp), SMS and quick messages
# ---------------------------------------------------------------------------
add(r"""
[18:02] [[p:Mirella]]: wie heeft de sleutel van de container van de speeltuin?
[18:05] [[p:Abdel]]: ik niet, [[p:Ton]] had m zaterdag
[18:06] [[p:Ton Bos]]: ligt bij mij thuis, kom maar halen, [[a:Cilliersstraat 12]] 2e bel
[18:06] [[p:Mirella]]: top thx 🙏
=====
Buurtpreventie {{w:Kijkduin}} 🚨
[22:41] [[p:Gijs]]: verdachte situatie bij de garageboxen achter de {{w:Kijkduinsestraat}}, 2 mannen met zaklamp
[22:43] [[p:Lenie]]: politie gebeld (112) 👍
[22:58] [[p:Gijs]]: politie is er, het waren de eigenaren van box 14 😅 zoeken een kat
[22:59] [[p:Ad]]: 😂
=====
[09:15] [[p:Esma Yavuz]]: Goedemorgen allemaal! Herinnering: vanavond bewonersavond om 19.30 in het buurthuis. Wie kan er om 19.00 helpen met stoelen zetten?
[09:21] [[p:Nawal]]: ik kom om 7 uur
[09:40] [[p:Yusuf]]: ik ook, en ik neem mijn neef mee voor het tolken
[10:02] [[p:Ineke]]: ik ben er om kwart voor, ik doe de notulen weer
=====
{{o:Buurtapp Rivierenbuurt}}
[[p:Jolanda]]: Weet iemand of de {{o:Jumbo}} aan de {{w:Rijswijkseweg}} weer open is na de brand?
[[p:Patrick]]: ja sinds gisteren
[[p:Jolanda]]: dank je!
=====
SMS van 06-nummer:
Hoi [[p:Nicole]] met [[p:Hamza]], ik kan zaterdag pas om 11 ipv 10. Mijn broer [[p:Yassin]] komt wel om 10 met de aanhanger. Zijn nummer is [[t:06 14 58 27 93]]
=====
[14:22] [[p:Ricardo]]: mannen, ronde vanavond gaat niet door, te veel regen. wel morgen.
[14:25] [[p:Abdelkader]]: ok 👍
[14:30] [[p:Mehmet]]: ok
=====
Groep ‘Moestuin {{w:Bosjes van Poot}}’
[[p:Jenny Lau]]: De slakken hebben alle sla opgegeten 😭
[[p:Arjen]]: Ik neem zaterdag bierbakjes mee
[[p:Jenny Lau]]: Haha ja graag. Wie giet er volgende week? Ik ben weg t/m [[d:18 juli]]
Mw [[p:Broekhuizen]]: Ik doe ma en do
=====
[20:17] [[p:Fatima Z.]]: Ik ben ziek morgen, kan iemand mijn middag overnemen?
[20:34] [[p:Erkan]]: ik kan
[20:35] [[p:Marleen]]: Dank [[p:Erkan]]! Beterschap [[p:Fatima]] ❤️
=====
Bericht in de buurtapp {{w:Vruchtenbuurt}}:
KAT VERMIST! Grijs-wit, luistert naar "Pluis", sinds zondag weg rond de {{w:Appelstraat}} / {{w:Perenstraat}}. Graag bellen naar [[p:Marjolein]]: [[t:06-23580941]]. Beloning!
=====
[11:03] Beheer {{o:Wijkcentrum Regentes}}: LET OP: de verwarming in zaal 2 doet het niet. Activiteiten van vandaag verplaatst naar zaal 4.
=====
[[p:Sjors]]: jongens, wie heeft er nog het spandoek van de opening?
[[p:Rashida]]: ligt in de berging van het buurthuis
[[p:Sjors]]: 👌
=====
WhatsApp {{o:Vrouwengroep Al Ikhlas}}
[[p:Hafsa]]: Salaam zusters, morgen komt de dame van de {{o:GGD}} om 10 uur. Kom op tijd 🌸
[[p:Latifa]]: In sha Allah
[[p:Hanane]]: Mag ik mijn schoonzus meenemen? Ze woont net in {{w:Transvaal}}
[[p:Hafsa]]: Natuurlijk, iedereen welkom
=====
[[p:Dennis Koning]] ({{r:wijkregisseur}}): Ter info: de container bij de {{w:Kritzingerstraat}} is vandaag vervangen. Dank voor de melding mw [[p:Öztürk]]!
=====
Hi [[p:Marleen]], [[p:Oksana]] here. Tomorrow I can not come to the taalcafé, my son [[p:Artem]] is sick. Sorry!! Next week yes. 🙏
=====
Klussendienst {{w:Bouwlust}} – appgroep
[[p:Gert-Jan]]: Klus voor morgen: gordijnrails ophangen bij mw. [[p:Veenstra]], [[a:Melis Stokelaan 2140]], 3 hoog. Wie gaat er mee?
[[p:Sunil]]: Ik, om 10 uur?
[[p:Gert-Jan]]: Prima, ik neem de boor mee.
=====
[19:48] [[p:Nina Chaouch]]: Dank allemaal voor vanavond! Fijn gesprek. De presentatie van de GGD stuur ik morgen. Volgende keer ({{o:Wijkcentrum Laak}}, zaal boven) nemen [[p:Tekle]] en [[p:Marzena]] iemand mee.
=====
Buurtapp {{w:Duinoord}}: Morgen tussen 8 en 16 uur is de {{w:Reinkenstraat}} afgesloten voor een verhuislift. Excuses voor de overlast, groetjes van de nieuwe bewoners op 3 hoog
""")
# ---------------------------------------------------------------------------
# 9. Reports of opbouwwerkers: kwartaalrapportages, werkplannen, signalen
# ---------------------------------------------------------------------------
add(r"""
KWARTAALRAPPORTAGE OPBOUWWERK {{w:LAAK}} – Q3
1. Algemeen
Het derde kwartaal stond in het teken van de zomeractiviteiten en de voorbereiding van de renovatie in {{w:Laakkwartier-West}}. Het team bestond uit 2,4 fte {{r:opbouwwerker}} en één stagiair van de {{o:Haagse Hogeschool}} (opleiding Social Work).
2. Bewonersinitiatieven
Er zijn 14 initiatieven begeleid, waarvan 9 nieuw. Voorbeelden: de fietsenwerkplaats aan de {{w:Neherkade}}, de 'Laakse Lunch' in {{o:Wijkcentrum Laak}} en de zwemles voor moeders in {{o:Zwembad De Blinkerd}}. Eén initiatief is gestopt omdat de trekker verhuisde.
3. Signalen
- Toename van het aantal gezinnen met energieschulden (gemeld door {{o:Voedselbank Haaglanden}} en {{o:Servicepunt XL Laak}}).
- Oekraïense vluchtelingen in de noodopvang aan de {{w:Binckhorstlaan}} zoeken werk en taallessen.
- Overlast van arbeidsmigranten-woningen in de {{w:Van Musschenbroekstraat}}: overbewoning, afval. Doorgezet naar {{o:Team Woonoverlast}}.
4. Samenwerking
Goede samenwerking met het {{o:SWT Laak}}, {{o:CJG}} en de {{o:Moskee Mesdjid-i Aksa}}. Minder contact met de scholen door personeelswisselingen.
5. Vooruitblik Q4
Wijkfeest op zaterdag [[d:12 oktober]], Sint-Maarten, kerstpakketten-actie met de kerken, start 'Buurtmoeders Laak'.
[[p:N. Chaouch]] / [[p:T. van Kampen]]
=====
Signaal aan het {{o:sociaal wijkzorgteam}} {{w:Escamp}} (met toestemming van betrokkene)
Bij de koffieochtend kwam mevrouw [[p:Gülsüm Erdoğan]] (71) huilend binnen. Ze woont alleen op [[a:Dedemsvaartweg 418]], haar man is in maart overleden. Ze heeft een brief van de {{o:SVB}} gekregen over haar AOW en begrijpt die niet. Ze heeft geen kinderen in Nederland. Ze spreekt weinig Nederlands, wel goed Turks. Toestemming voor doorverwijzing is mondeling gegeven. Telefoon: [[t:070 329 58 14]].
Gemeld door: [[p:Sevgi]] ({{r:gastvrouw}} {{o:Wijkcentrum Het Kasteel}})
=====
Werkplan opbouwwerk {{w:Mariahoeve}} 2025 – hoofdlijnen
Speerpunten:
1. Versterken van de {{o:Bewonersorganisatie Mariahoeve}} (nieuwe bestuursleden, training vergaderen).
2. Eenzaamheid onder ouderen: uitbreiden 'Samen aan tafel' naar twee locaties ({{o:Emmaüskerk}}, {{o:Wijkcentrum Mariahoeve}}).
3. Jeugd: samen met {{o:Jongerenwerk Haagse Hout}} een jongerenraad opzetten.
4. Duurzaamheid: energiecoaches in de flats aan de {{w:Ruychrocklaan}} en {{w:Kleine Dalen}}.
5. Wonen: begeleiden van huurders bij de renovatie van de 'Vijf Eiken'-flats.
Uren: 1.664 uur opbouwwerk, 420 uur ondersteuning vrijwilligers.
Indicatoren: 30 actieve vrijwilligers, 12 begeleide initiatieven, tevredenheid bewoners min. 7,5.
Opgesteld: [[p:Thijs Wagenaar]], {{r:opbouwwerker}} {{o:Vóór Welzijn}}.
=====
Verslag huisbezoek (buurtwerk) – vertrouwelijk
Op verzoek van de bewonerscommissie ben ik langs geweest bij de heer [[p:Bogusław Nowicki]], [[a:Jan van der Heijdenstraat 88]]. Buren klagen over geluid 's nachts. Dhr. werkt in ploegendienst in de kassen in het Westland en woont met 5 collega's in de woning (verhuurd via {{o:uitzendbureau Flexpol}}). Dhr. was vriendelijk, erkende het probleem. Afspraak: geen muziek na 22.00. Doorgegeven aan {{o:Team Woonoverlast}} i.v.m. mogelijke overbewoning. Contact via zijn Poolse nummer [[t:+48 512 880 143]].
[[p:Nina C.]], {{r:opbouwwerker}}
=====
JAARVERSLAG 2023 – {{o:STICHTING BUURTWERK SEGBROEK}} (samenvatting)
Bezoekers: 22.400 bezoeken aan onze drie locaties ({{o:Wijkcentrum Valkenbos}}, {{o:Buurthuis Het Reinkenhuis}}, {{o:Repair Café Segbroek}}).
Vrijwilligers: 143, samen goed voor circa 41.000 uur.
Financiën: baten € 812.000 (gemeentelijke subsidie 74%, fondsen 14%, eigen inkomsten 12%), lasten € 806.500.
Hoogtepunten: 25 jaar Repair Café, de opening van de {{o:Huiskamer Fahrenheitstraat}}, een nieuw samenwerkingsverband met {{o:Haaglanden Medisch Centrum}} rond valpreventie.
Zorgpunten: de huur van het pand aan de {{w:Reinkenstraat}} stijgt met 18%.
=====
Signaal jongerenwerk – niet voor verspreiding
Jongen (16), [[p:Rayan]], bekend van het {{o:Jongerencentrum De Bron}}, vertelt dat hij sinds 3 weken niet meer naar school gaat ({{o:Johan de Witt Scholengroep}}). Vader zit vast, moeder werkt 's nachts. Hij slaapt soms bij een vriend in {{w:Spoorwijk}}. Besproken met de {{r:leerplichtambtenaar}} en {{o:Jeugdteam Laak}}. Moeder: mevr. [[p:Y. Benhaddou]], [[t:06 39 71 02 18]].
=====
Evaluatie Burendag {{w:Julianapark}}
Bezoekers: ca. 350
Wat ging goed: veel verschillende mensen, weer was top, de brassband.
Wat kan beter: te weinig vrijwilligers bij het afbreken, te weinig vuilniszakken, geen toilet.
Budget: € 1.850 uitgegeven van € 2.000.
Volgend jaar: eerder beginnen met werven, een dixi bestellen, meer schaduw voor ouderen.
Dank aan [[p:Nicole]], [[p:Hamza]] en [[p:Yassin]] voor de organisatie!
=====
Werkaantekening opbouwwerker (niet voor het dossier)
– gesprek met dhr. [[p:Smits]] van de {{o:Ondernemersvereniging Haagse Markt}}: willen meedoen met de kerstactie, sponsoring € 500
– idee [[p:Rachida]] ({{o:Huurdersvereniging Spoorwijk}}): gezamenlijke avond over huurtoeslag met de {{o:Sociaal Raadslieden}}
– bellen: {{o:Stichting Urgente Noden}} over de regeling voor koelkasten
– mevrouw van 't hoekje ({{w:Hoefkade}}, bij de bakker) nog eens aanspreken over de buurtmoestuin — naam vergeten!
=====
Rapportage 'Samen aan tafel' – eerste half jaar
Aantal bijeenkomsten: 24
Gemiddeld aantal deelnemers: 31 (laagste 18, hoogste 47)
Aandeel 75+: 41%
Aantal nieuwe deelnemers via verwijzing {{o:SWT}} of {{r:huisarts}}: 12
Aantal vrijwilligers in de keuken: 9
Opvallend: de tafel in de {{o:Emmaüskerk}} trekt ook jonge statushouders, die graag helpen koken.
=====
Casusbeschrijving voor de intervisie (geanonimiseerd)
Een oudere vrouw in {{w:Bezuidenhout}} kwam via de koffieochtend in contact met de {{r:ouderenconsulent}}. Ze was sinds het overlijden van haar partner nauwelijks buiten geweest. Na drie gesprekken en een maatje via het {{o:Maatjesproject Haagse Hout}} gaat ze nu elke week naar de bridgeclub. Leerpunt: de koffieochtend werkt als laagdrempelige ingang, maar alleen als de gastvrouw tijd heeft voor een écht gesprek.
=====
Doorverwijzing naar {{o:Humanitas Thuisadministratie}}
Naam: [[p:Ayodele Okonkwo]]
Adres: [[a:Loosduinsekade 211]], [[pc:2571 BV]] Den Haag
Geboortedatum: [[d:27-08-1969]]
Tel: [[t:06 41 06 37 92]]
Hulpvraag: post ordenen, achterstand energie, moeite met DigiD
Verwijzer: [[p:Jelle Terpstra]], {{r:buurtwerker}} {{o:Stichting MOOI}}
Toestemming: ja, getekend [[d:11-04-2024]]
=====
Terugblik Ramadan-avonden {{w:Transvaal}}
Vier avonden, 600 bezoekers in totaal, samenwerking tussen {{o:Buurthuis Transvaal}}, {{o:Moskee Al Houda}}, {{o:Vredeskerk}} en {{o:Stichting Transvaal Verbindt}}. Veel buren die elkaar niet kenden zaten naast elkaar. Volgend jaar willen we één avond op het {{w:Pretoriusplein}} buiten houden. Idee van imam [[p:Abdelhakim]] en dominee [[p:Marleen de Kroon]].
=====
Incidentmelding {{o:Buurthuis De Spiegel}}
Datum: [[d:vrijdag 12 april]]
Tijd: 16.40 uur
Wat: bezoeker (man, ca. 40 jaar, naam bekend: [[p:R. Tokkie]]) werd agressief aan de balie toen hij geen koffie meer kreeg na sluitingstijd. Heeft een stoel omgegooid. {{r:Beheerder}} [[p:Erol]] heeft hem rustig naar buiten begeleid. Geen letsel. Politie niet gebeld.
Vervolg: gesprek met dhr. volgende week samen met de {{r:sociaal werker}}.
=====
Analyse bewonersenquête {{w:Duinoord}} (n = 1.128, respons 33%)
– 62% vindt de parkeerdruk een groot probleem
– 71% is tegen betaald parkeren op zondag
– 48% kent minstens vijf buren bij naam
– 19% voelt zich weleens eenzaam
Open antwoorden: vaak genoemd zijn de {{w:Reinkenstraat}} (te druk), de {{w:Zoutmanstraat}} (fietsers) en het plantsoen aan de {{w:Sweelinckplein}}-kant (te weinig bankjes).
=====
Notitie na overleg met de {{r:wijkagent}} [[p:Ruud Kalk]]:
Woning [[a:Moerweg 204]] wordt vermoedelijk gebruikt voor drugshandel. Buren (fam. [[p:Atmodimedjo]] en mevr. [[p:Kluivert]]) hebben gemeld. Politie is op de hoogte en vraagt ons géén eigen acties te ondernemen. Bewoners verwijzen naar {{o:Meld Misdaad Anoniem}} (0800-7000).
=====
Eindrapport project 'Buurtmoeders {{w:Moerwijk}}' – conclusie
In twee jaar zijn 74 gezinnen bezocht door 11 buurtmoeders. De moeders kwamen uit 14 landen. Het project heeft geleid tot meer gebruik van het consultatiebureau, meer inschrijvingen bij de bibliotheek en een lager aantal gemiste schoolafspraken. De samenwerking met {{o:CJG Escamp}} en {{o:Basisschool De Springbok}} was essentieel. Aanbeveling: structurele financiering vanuit de gemeente.
[[p:Feven Haile]], {{r:projectcoördinator}}, [[d:20 december 2024]]
=====
Contactverslag
[[d:28/02]] – Mevr. [[p:Bakker-Tahiri]] belde: wil zich aanmelden voor het buurtrestaurant maar heeft geen vervoer. Woont [[a:Hoefkade 1033]]. Gekoppeld aan vrijwillige chauffeur [[p:Henk]]. Terugbellen op vrijdag.
=====
Monitor buurtinitiatieven {{w:Escamp}} – overzicht lopende aanvragen (intern)
| nr | initiatief | trekker | status |
| [[z:BI-2024-00812]] | Jeu de boules {{w:Diamanthorst}} | [[p:H. Blom]] | in behandeling |
| [[z:BI-2024-00845]] | Buurtfeest {{w:Kraaiennest}} | [[p:R. Sewdien]] | toegekend |
| [[z:BI-2024-00873]] | Kerstboom {{w:Hobbemaplein}} | [[p:E. van Vliet]] | toegekend |
| [[z:BI-2024-00901]] | Bankjes {{w:Escamplaan}} | [[p:A. Mook]] | toegekend |
| [[z:BI-2024-01172]] | Naailes {{w:Spoorwijk}} | [[p:S. Koç]] | aanvulling nodig |
=====
Memo aan het bestuur van {{o:Wijkcentrum Het Kasteel}}
Onderwerp: openingstijden zomer
Het team stelt voor om in juli en augustus op maandag en vrijdag gesloten te zijn, en op de andere dagen open van 10.00 tot 16.00 uur. Reden: minder bezoekers (gem. 12 per dag in 2023) en vakanties van vrijwilligers. De zomerspelweek voor kinderen gaat gewoon door. Graag besluit in de vergadering van [[d:woensdag 15 mei]].
[[p:Erdal]] en [[p:Gonny]], namens het team
=====
Observatie tijdens de wijkwandeling met nieuwe collega’s: op de {{w:Parallelweg}} zijn drie winkels leeg komen te staan, terwijl er op de {{w:Hoefkade}} juist nieuwe zaken bijkomen (een Syrische bakker, een Eritrees restaurant, een kapper). De {{o:Haagse Markt}} blijft het kloppende hart. [[p:Rosa]] (de nieuwe collega) kende de wijk nog niet.
""")
# ---------------------------------------------------------------------------
# 10. Draaiboeken, presentielijsten, evaluation forms and short notes
# ---------------------------------------------------------------------------
add(r"""
DRAAIBOEK ZOMERFEEST {{w:SPOORWIJK}} – zaterdag [[d:6 juli]]
08.00  Opbouw podium ({{o:Verhuurbedrijf De Pret}}), aanspreekpunt [[p:Marcel Haan]] [[t:06 28 40 77 15]]
09.00  Kramen opzetten, stroomkast openen ({{o:Stedin}}-sleutel bij [[p:Rahim]])
11.00  Opening door de {{r:stadsdeeldirecteur}} en [[p:Rachida el Khayari]] ({{o:Huurdersvereniging Spoorwijk}})
11.15  Kinderprogramma: schminken, springkussen, voetbaltoernooi op het {{o:Cruyff Court Spoorwijk}}
13.00  Optreden {{o:Steelband Pan Caribe}}
14.30  Modeshow 'Spoorwijk Stijl' door de naaigroep van mevrouw [[p:Koç]]
16.00  Prijsuitreiking toernooi
17.00  Afbouw, vuilnis naar de container bij de {{w:Rijswijkseweg}}
EHBO: {{o:Rode Kruis}} (post bij de ingang). Calamiteiten: [[p:Koen]] [[t:06 37 62 91 04]] of 112.
=====
Presentielijst workshop 'Subsidie aanvragen voor je buurtidee'
| naam | initiatief | e-mail |
| [[p:Tamara Gravenbeek]] | wandelgroep {{w:Morgenstond}} | [[e:t.gravenbeek@gmail.com]] |
| [[p:Hamid Karimi]] | Afghaanse kookclub | [[e:hamidkarimi.nl@yahoo.com]] |
| [[p:Ludmila Petrova]] | Bulgaarse dansles kinderen | [[e:ludapetrova@abv.bg]] |
| [[p:José Lopes]] | straatvoetbal {{w:Schilderswijk}} | – |
| [[p:Ingrid Winter]] | geveltuinen {{w:Rustenburg}} | [[e:ingrid.winter@xs4all.nl]] |
| [[p:Xu Mei]] | tai chi in het {{w:Zuiderpark}} | [[e:xumei1962@163.com]] |
=====
Evaluatieformulier Taalcafé (ingevuld door deelnemer)
Wat vond je goed? De vrijwilliger is heel geduldig. Ik leer veel woorden.
Wat kan beter? Meer tijd voor spreken. Het is soms te druk.
Cijfer: 9
Naam (mag leeg): [[p:Mahtab]]
=====
Aanmeldlijst kinderkamp {{o:Stichting Wijkactief Morgenstond}}
1. [[p:Noor]] (9) – moeder [[p:Samira El Amrani]] [[t:06 40 82 19 57]] – allergie: noten
2. [[p:Jayden]] (10) – vader [[p:Rodney Pinas]] [[t:06 21 09 77 46]]
3. [[p:Ilayda]] (8) – moeder [[p:Derya Koçak]] [[t:06 55 31 08 62]] – astma-pufje mee
4. [[p:Mateo]] (11) – oma [[p:Bep Hoek]] [[t:070 366 20 71]]
5. [[p:Hiba]] (9) en [[p:Hamza]] (7) – vader [[p:Mohamed Hussein Abdi]] [[t:06 84 17 33 05]]
=====
Checklist afsluiten buurthuis
☐ alle ramen dicht (ook keuken en wc boven)
☐ kachels op 15 graden
☐ koffiezetapparaat uit
☐ kas tellen en in de kluis
☐ alarm aan (code bij de {{r:beheerder}})
☐ deur op het nachtslot
Bij problemen: storingsnummer van de {{o:Facilitaire Dienst}} (achterkant van de sleutelkaart).
=====
Aantekening telefoon balie {{o:Wijkcentrum Bouwlust}}:
mw. [[p:ramdin]] belde voor de bingo, wil 2 kaarten reserveren voor vrijdag. nummer [[t:0703251177]]. – [[p:ria]]
=====
Draaiboek Sint-Maarten lampionnenoptocht {{w:Valkenboskwartier}}, maandag [[d:11 november]]
17.00 vrijwilligers aanwezig bij de {{o:Valkenbosch Kerk}} (hesjes, zaklampen)
17.30 verzamelen kinderen en ouders
17.45 vertrek, route: {{w:Valkenboslaan}} – {{w:Fahrenheitstraat}} – {{w:Thomsonlaan}} – {{w:Regentesselaan}}
18.30 aankomst {{o:Wijkcentrum Valkenbos}}, chocolademelk + mandarijnen
Verkeersregelaars: [[p:Bram]], [[p:Wouter Kok]], [[p:Iris]], [[p:Mohammed]] (allen met certificaat)
Muziek: {{o:Fanfare Segbroek}}
=====
Intakeformulier deelnemer 'Samen aan tafel'
Naam: [[p:Gerarda (Gerda) Zomer]]
Adres: [[a:Theresiastraat 321]] [[pc:2593 AP]]
Telefoon: [[t:070 383 47 90]]
Geb.datum: [[d:19-02-1940]]
Contactpersoon: neef [[p:Rob Zomer]] [[t:06 53 02 44 18]]
Bijzonderheden: rolstoel, suikerziekte, eet geen vis
Hoe bij ons gekomen: via de {{r:wijkverpleegkundige}} van {{o:Florence}}
=====
Kladje bij de telefoon:
- [[p:Fadumo]] komt dinsdag NIET naar het taalcafé (kind ziek)
- sleutel kleine zaal kwijt??? vragen aan [[p:Henk]]
- {{o:Voedselbank}} belt terug over de kratten
- koffie op!!!
=====
Deelnemerslijst excursie naar de {{o:Tweede Kamer}} (i.s.m. {{o:ProDemos}})
[[p:Fatma Yılmaz]], [[p:Ruth Kidane]], [[p:Wiesława Nowak]], [[p:Sabah Hamoud]], [[p:Joyce Nelom]], [[p:Kees van Veen]], [[p:Abdullahi Warsame]], [[p:Mei Lin Chen]]
Verzamelen 9.15 bij de ingang aan het {{w:Lange Poten}}. ID-bewijs meenemen!
=====
Tekst voor de website
{{o:Buurthuis De Mussen}} is een huiskamer voor de {{w:Schilderswijk}}. Iedereen is welkom, ongeacht leeftijd, achtergrond of geloof. We zijn open van maandag tot en met zaterdag. Vrijwilligers uit de buurt draaien de bar, de keuken en de activiteiten, ondersteund door professionals van {{o:Stichting MOOI}}. Wil je meedoen of heb je een idee? Loop gerust binnen.
=====
Aanmelding ruilbeurs:
[[p:Ayşe]] 2 tafels
[[p:Kimberly]] 1 tafel
mw [[p:de groot]] 1 tafel + kledingrek
[[p:Oleksandra]] 1 tafel (samen met [[p:Iryna]])
=====
Vragenlijst bewonersonderzoek {{w:Erasmusweg}} – ingevuld exemplaar nr. 214
Hoe lang woont u in de wijk? 23 jaar
Met hoeveel personen woont u? 4
Wilt u terugkeren na de sloop? Ja, naar dezelfde buurt
Heeft u hulp nodig bij de verhuizing? Ja, mijn man is gehandicapt
Mogen we contact met u opnemen? Ja: [[p:Siham Achahbar]], [[t:06 15 83 20 47]]
=====
Overzicht zaalverhuur {{o:Wijkcentrum Het Kasteel}} – november
| datum | zaal | huurder | tijd | prijs |
| za [[d:2 nov]] | groot | {{o:Surinaamse Vereniging Wi Na Wan}} | 14-22 | € 260 |
| zo [[d:3 nov]] | groot | {{o:Hindoestaanse Ouderenvereniging Shanti}} | 13-18 | € 160 |
| wo [[d:13 nov]] | klein | {{o:Anonieme Alcoholisten}} | 19-21 | € 30 |
| za [[d:16 nov]] | klein | [[p:Shirley Tjin-A-Djie]] (verjaardag) | 14-18 | € 75 |
| za [[d:23 nov]] | groot | {{o:Kerk van de Levende God}} | 10-13 | € 95 |
=====
Na afloop van de wijkwandeling: heel fijne groep, 14 mensen. Volgende keer willen ze naar de {{o:Japanse Tuin}} in {{w:Clingendael}}. Let op: die is alleen in het voorjaar open. [[p:Aad Storm]] regelt de aanmeldingen.
=====
Zie hieronder de aanmeldingen voor de bus naar de {{o:Keukenhof}}:
1 [[p:Truus Kleinjan]] + rollator
2 [[p:Rosita Biharie]]
3 [[p:Francien de Wit]]
4 [[p:Lies Koning]] (met begeleider [[p:Marja]])
5 [[p:Djamila]]
6 Hr. [[p:A. Hoogenboom]]
Vertrek [[d:dinsdag 16 april]] 9.00 vanaf {{o:Wijkcentrum Loosduinen}}, terug ca. 17.00.
=====
Kleine mededeling: vanaf deze week staat er een gratis weggeefkast bij de ingang van {{o:Buurthuis Duindorp}}. Breng wat je over hebt (boeken, kleding, houdbaar eten), neem wat je nodig hebt.
=====
Gesprek met [[p:Erwin Bakker]] van {{o:Bakkerij Bakker}} ({{w:Loosduinseweg}}): hij wil elke zaterdag het brood van de vorige dag doneren aan het buurtrestaurant. Afspraak: [[p:Ilona]] haalt het op om 17.30. Hij wil geen vermelding in de krant.
=====
Aanwezig bij de training 'Signalen herkennen' (gastvrouwen/-heren):
[[p:Ria]], [[p:Lamyae]], [[p:Gonny]], [[p:Sjaak]], [[p:henk v.]], [[p:Wendelien]]
Trainer: [[p:Marieke Groen]] ({{o:Coalitie Erbij}})
Afwezig: [[p:Erkan]] (vakantie), [[p:Fatima Z.]] (ziek)
""")
# ---------------------------------------------------------------------------
# 11. Formulierenhulp, Voedselbank, funds: the few places with hard identifiers
# ---------------------------------------------------------------------------
add(r"""
Aanvraag {{o:Stichting Urgente Noden Haaglanden}} – ingediend door buurtwerk
Aanvrager (hulpverlener): [[p:Jelle Terpstra]], {{o:Stichting MOOI}}, [[e:j.terpstra@stichtingmooi.nl]]
Cliënt: [[p:Mariam Yusuf Ali]], [[a:Jan Steenstraat 74]], [[pc:2515 TH]] Den Haag
BSN: [[b:947258085]]
Gezinssituatie: alleenstaande moeder, 3 kinderen (2, 6 en 11 jaar)
Gevraagd: koelkast en wasmachine, samen € 780,-
Reden: beide kapot, geen buffer, bijzondere bijstand afgewezen (besluit gemeente kenmerk [[z:BB/2024/117734]])
Uitbetaling rechtstreeks aan leverancier {{o:Witgoedcentrum Den Haag}}, factuur bijgevoegd.
=====
Intake {{o:Voedselbank}} uitgiftepunt {{o:Bethelkerk}}
Klantnummer: [[z:VB-HGL-20417]]
Naam: [[p:Veselin Georgiev]] / partner [[p:Milena Georgieva]]
Adres: [[a:Kamperfoeliestraat 12 A]], [[pc:2563TA]]
Gezin: 2 volw., 1 kind
Doorverwezen door: {{o:SchuldHulpMaatje}} ([[p:Erik Visser]])
Geldig tot: [[d:31-03-2025]]
=====
Formulierenspreekuur {{o:Servicepunt XL Escamp}} – aantekening
Geholpen: mevr. [[p:Hadiya Noorzai]] (Afghaans, spreekt Dari en wat Engels), met haar dochter [[p:Sahar]] als tolk.
Gedaan: aanvraag {{o:Ooievaarspas}} ingevuld, BSN [[b:503758139]], rekeningnummer voor de kwijtschelding: [[i:NL39SNSB8103904808]].
Nog doen: huurtoeslag checken bij {{o:Dienst Toeslagen}} (zelf bellen, 0800-0543 is het algemene nummer).
Volgende afspraak: [[d:di 19 nov]] 10.30
=====
Hoi [[p:Jelle]], het BSN van mevrouw [[p:Kidane]] klopt niet, ze heeft het verkeerd overgeschreven: er staat [[b:2147 03 882]] maar het moet [[b:2147 03 885]] zijn? Kun je het even checken op haar brief van de gemeente? Anders gaat de aanvraag bij {{o:Stichting Leergeld}} terug. [[p:Merel]]
=====
Aanmelding kerstpakketactie {{o:Kerken Samen Escamp}}
| nr | naam | adres | gezinsgrootte |
| 1 | [[p:R. Jagroep]] | [[a:Zuidlarenstraat 78]] | 4 |
| 2 | fam. [[p:Mohamud]] | [[a:Meppelweg 233]] | 7 |
| 3 | [[p:I. Petrova]] | [[a:Loosduinseweg 811-C]] | 2 |
| 4 | dhr. [[p:W. Groen]] | [[a:Erasmusweg 477]] | 1 |
| 5 | mevr. [[p:Chen]] | [[a:Leyweg 980]] | 3 |
Bezorgen op zaterdag [[d:21 december]] tussen 10 en 13 uur. Bezorgers verzamelen bij de {{o:Kerk aan het Meer}}.
=====
Bijlage bij doorverwijzing Schuldhulp – inkomensoverzicht
Naam: [[p:Patricia Leito]]
Geboren: [[d:14 augustus 1978]], Willemstad (Curaçao)
BSN: [[b:398119661]]
Inkomen: Participatiewet, € 1.271,- netto
Vaste lasten: huur € 712,- ({{o:Staedion}}), energie € 145,-, zorgverzekering € 137,-
Schulden (globaal): {{o:CJIB}} € 620,-, {{o:Eneco}} € 1.130,-, {{o:Zilveren Kruis}} € 410,-
Betaalrekening: [[i:NL63ABNA8204707857]]
Verwezen door: [[p:Quincy Martha]], {{r:vrijwilliger}} {{o:SchuldHulpMaatje}}
=====
notitie formulierenhulp: dhr [[p:amrani]] [[p:said]] kwam met brief {{o:DUO}} (kenmerk [[z:DUO-71048822]]), wil betalingsregeling. geholpen met mijn.duo.nl. bevestiging naar zijn mail [[e:said.amrani1990@hotmail.com]]. klaar.
=====
Aanvraagformulier Jeugdfonds Sport & Cultuur (ingevuld door intermediair)
Kind: [[p:Elsa Tesfamichael]], geboren [[d:02-09-2014]]
Ouder: [[p:Mehret Ghebremeskel]], [[a:Gouverneurlaan 61]], [[pc:2522 VT]]
Activiteit: zwemles A-diploma bij {{o:Zwembad De Blinkerd}}
Bedrag: € 450,-
Intermediair: [[p:Irene Mos]], {{o:CJG Ypenburg}}
=====
Aan {{o:Stichting Leergeld Den Haag}}
Hierbij meld ik het gezin [[p:Van der Kooij]] aan voor een laptop voor de oudste zoon ([[p:Daan]], 13, brugklas {{o:Zandvliet College}}). Moeder [[p:Tessa van der Kooij]] is bereikbaar op [[t:06 42 91 18 30]]. Ik heb de inkomensgegevens gezien, het gezin valt binnen de norm van 130% sociaal minimum.
[[p:Stephanie Duinkerken]], {{r:sociaal werker}} {{o:Stichting Buurtwerk Segbroek}}
=====
Intake maatje 'Wegwijs' – nieuwe deelnemer
Naam: [[p:Zhang Wei]] (achternaam [[p:Zhang]])
Leeftijd: 58
Woont: [[a:Teniersstraat 15]], {{w:Schilderswijk}}, met zijn vrouw
Hulpvraag: brieven begrijpen, afspraken bij de {{r:huisarts}}, Nederlands oefenen
Spreekt: Mandarijn, Kantonees, beetje Engels
Gekoppeld aan: [[p:Lian Oei]] (spreekt Mandarijn)
Start: [[d:maandag 4 maart]]
=====
Kwitantie
Ontvangen van {{o:Buurthuis De Spiegel}}: € 75,- als bedankje voor het koken bij het kerstdiner.
Naam: [[p:Graciëlla Rozenblad]]
Rekeningnummer: [[i:NL91 INGB 0007 1234 56]]
Handtekening: [[p:G. Rozenblad]]
=====
Verzoek tot uitbetaling vrijwilligersvergoeding – {{o:Stichting Wijkactief Morgenstond}}
| naam | BSN | IBAN | bedrag |
| [[p:Henny Lagerwaard]] | [[b:669045883]] | [[i:NL48ABNA0096310899]] | € 450,00 |
| [[p:Ruth Kidane]] | [[b:431464716]] | [[i:NL85TRIO0524706525]] | € 300,00 |
| [[p:Mehmet Aksoy]] | [[b:751631371]] | [[i:NL43INGB6644017544]] | € 300,00 |
Akkoord voorzitter: [[p:H.L.]]
=====
Voedselbank – wijziging
[[z:VB-HGL-18862]]: gezin [[p:Osei]] verhuisd van [[a:Hoefkade 290]] naar [[a:Zuiderparklaan 44-A]], [[pc:2574 HG]]. Ophalen voortaan bij uitgiftepunt {{o:Wijkcentrum Zuiderpark}}.
=====
Beste [[p:Irene]],
Ik heb het formulier van de Jeugdsport voor [[p:Elsa]] opgestuurd. Mijn nieuwe telefoon is [[t:0617 44 20 85]], de oude doet het niet meer. Dank u voor alles.
[[p:Mehret]]
=====
Doorverwijsbriefje (van {{r:buurtwerker}} naar {{o:Juridisch Loket}})
Graag aandacht voor [[p:Bashar Al-Masri]], geb. [[d:1-1-1985]], BSN [[b:568254843]]. Geschil met huisbaas over borg (€ 1.400) voor kamer [[a:Paul Krugerlaan 118-3]]. Verhuurder: [[p:H. Demir]] (particulier). Hij heeft alle WhatsApp-berichten bewaard.
""")
# ---------------------------------------------------------------------------
# 12. Short notes, one-liners and mixed layouts
# ---------------------------------------------------------------------------
add(r"""
Sleutel zaal 3 opgehaald door [[p:Roos]] (buurtmoestuin), terug op vrijdag.
=====
Koningsdag [[d:27 april]]: vrijmarkt op het {{w:Hobbemaplein}}, plekken gratis, geen aanmelden nodig. Kinderspelen vanaf 10.00 uur door {{o:Speeltuinvereniging Schilderswijk}}.
=====
Dodenherdenking {{w:Bezuidenhout}}: [[d:4 mei]], 19.30 uur bij het monument in het {{w:Bezuidenhout-park}} (bombardement 1945). Aansluitend koffie in de {{o:Christus Triumfatorkerk}}.
=====
mevr [[p:de vos]] belde: kan zij haar kleinzoon meenemen naar het kerstdiner? → ja, 1 extra couvert. tel [[t:070-3 456 789]]
=====
Aanmelding rommelmarkt – kraam 17 – [[p:Visser]] (heeft geen kraam nodig, neemt eigen tafel mee, verkoopt visspullen van haar overleden man)
=====
Wie heeft er een aanhanger voor zaterdag? [[p:Sander Hoek]] van de hoek {{w:Weimarstraat}}/{{w:Televisiestraat}} heeft er misschien een.
=====
Vergeten in de zaal na de yoga: blauwe jas maat M, sleutelbos met hanger 'Ajax', leesbril. Op te halen bij de balie.
=====
Mevrouw [[p:Winter]] vraagt of het winterfeest dit jaar weer in de {{o:Vredeskerk}} is. → ja, zaterdag [[d:14-12]]
=====
Nieuwe bewoner in de flat: [[p:Hamid Sultani]], 4e verdieping, zoekt contact met Afghaanse gezinnen in de buurt. Ik heb hem gewezen op de {{o:Afghaanse Vrouwenvereniging Den Haag}} (voor zijn vrouw [[p:Farzana]]) en de voetbalgroep op zaterdag.
=====
Contactgegevens nieuw bestuur {{o:Bewonerscommissie Hoge Boog}}
voorzitter: [[p:Mustafa Yıldırım]], [[t:+31 (0)6 41 58 92 07]]
secretaris: [[p:Els de Koning]], [[e:elsdekoning@casema.nl]]
penningmeester: [[p:Ramon Kasanmoesdiono]], [[t:0031 6 2880 1946]]
Postadres: p/a {{o:Haag Wonen}}, Postbus 43011, 2504 AA Den Haag
=====
Tafelindeling buurtdiner [[d:vrijdag 20 december]]
tafel 1: [[p:Jaap]], [[p:Nel]], [[p:Aziza]], [[p:Fred]], [[p:Gülsüm]], [[p:Pranoto]]
tafel 2: [[p:Hadiya]] + [[p:Sahar]], [[p:Tjong]] en mevr. [[p:Liem]], [[p:Gerda Zomer]] (rolstoel → aan de kop)
tafel 3: vrijwilligers
=====
Klachtenformulier {{o:Wijkcentrum Regentes}}
Naam: [[p:Bert-Jan Ravesteijn]]
Klacht: De muziek van de dansles op woensdagavond is te hard, ik woon erboven ([[a:Regentesselaan 64-E]]).
Gewenste oplossing: muziek zachter of ramen dicht.
Afgehandeld door: {{r:beheerder}}, [[d:2024-10-09]]
=====
Let op: het wijkcentrum is gesloten op [[d:25 en 26 december]] en [[d:1 januari]]. Op [[d:31 december]] open tot 14.00 uur.
=====
Tip van [[p:Shanice]]: de {{o:Bibliotheek Transvaal}} heeft nu ook een Tigrinya-boekenkast!
=====
BEDANKT! Met de statiegeldactie bij de {{o:Albert Heijn}} {{w:Leyweg}} is € 1.318,45 opgehaald voor de speeltuin. Zegt het voort.
=====
Bericht van [[p:Lucía Fernández]] ({{r:stagiair}} {{o:Haagse Hogeschool}}): ik ben vanaf [[d:maandag 2 september]] elke maandag en dinsdag in het buurthuis. Je kunt me bereiken op [[e:lucia.fernandez@student.hhs.nl]].
=====
Zaalreservering [[z:#2024-117]]: kleine zaal, [[p:Dounia El Bakkali]], babyshower, zaterdag [[d:5 oktober]], 13-17 u, € 75 voldaan.
=====
{{w:Zuiderpark}}: de {{o:Stadsboerderij Zuiderpark}} zoekt vrijwilligers voor de zondag. Aanmelden via de website of loop langs bij de boerderij (ingang {{w:Mr. P. Droogleever Fortuynweg}}).
=====
voor [[p:Gonny]]: het geld van de bingo (€ 212,50) zit in de blauwe envelop in de kluis. [[p:Sjaak]]
=====
Aanmelding Koffie & Kennis {{w:Moerwijk}} – [[p:Bülent Korkmaz]] + [[p:Zeynep Korkmaz]], [[a:Moerweg 311]], via {{r:ouderenconsulent}} [[p:Anouk]].
=====
NB: de {{r:wijkagent}} is tijdelijk vervangen door [[p:Ilias Bouzerda]], bereikbaar via 0900-8844 (vraag naar de wijkagent van {{w:Transvaal}}).
=====
Inschrijving zwemles moeders – bevestiging
Beste [[p:Rukiye]], je bent ingeschreven voor de cursus in {{o:Zwembad De Blinkerd}}, start [[d:zo 8 sept]] 9.00 uur. Badmuts en handdoek meenemen. Kosten € 25 (met {{o:Ooievaarspas}} € 5).
=====
Overdracht aan [[p:Thijs]] bij mijn vertrek:
- De bewonersorganisatie heeft een nieuw secretariaatsmail: [[e:info@bomariahoeve.nl]].
- [[p:Margriet Sanders]] wil stoppen als {{r:voorzitter}} na de zomer, ze zoekt zelf een opvolger.
- Let op met de {{w:Kleine Dalen}}: twee families (de [[p:Yusufs]] en de [[p:Koppenols]]) liggen al jaren met elkaar overhoop. Buurtbemiddeling is ingezet in 2022.
- De sleutels van de buurtkast liggen bij [[p:Hoa]] ([[a:Ruychrocklaan 322]]).
Succes! [[p:Femke]]
=====
Van de balie: [[p:Olena Kovalenko]] vraagt of er een Oekraïense gebedsgroep is in de buurt. Doorverwezen naar de {{o:Oekraïens-Grieks-Katholieke Parochie}} in de {{o:Sint-Agnesparochie}}.
=====
Voorstel agenda bewonersavond {{w:Bouwlust}}, [[d:donderdag 23 januari 2025]], 19.30 uur:
1. Opening door [[p:Hemraj Sardjoe]]
2. Presentatie renovatie {{w:Lozerlaan}}-flats ({{o:Staedion}})
3. Veiligheid: {{r:wijkagent}} en {{o:Buurtpreventie Bouwlust}}
4. Initiatieven uit de wijk (Repair Café, jeu de boules)
5. Rondvraag en sluiting
=====
Geachte bewoners van de {{w:Kempstraat}} (even nummers),
In week 38 en 39 worden de galerijen geschilderd. Wilt u planten en fietsen van de galerij halen? Voor vragen kunt u terecht bij de {{r:opzichter}} van {{o:Staedion}}, dhr. [[p:Van Oosten]], [[t:06 51 27 03 66]].
=====
Verslag in 1 zin: goed gesprek met de {{o:Ahmadiyya Moslim Gemeenschap}} over de buurtschoonmaak op [[d:1 januari]], zij leveren 30 vrijwilligers.
=====
[[p:dewi]] heeft de foto's van het buurtfeest in de gedeelde map gezet, mét toestemming van de ouders voor de kinderfoto's
=====
Wijziging bezorgroute wijkkrant: de {{w:Wouwermanstraat}} (oneven kant) gaat van [[p:Ricky]] naar [[p:Ilham]], de {{w:Jacob Catsstraat}} blijft bij meneer [[p:Amatmoekrim]].
""")


# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}", re.S)

# Deliberately mistyped numbers (still personal data, but failing the checksum).
MISTYPED = {
    "NL 49 ABNA 0163 2193 167",
    "NL91 INGB 0007 1234 56",
    "12345678",
    "2147 03 882",
}


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
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


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
            if sp["label"] == "bsn" and sp["text"] not in MISTYPED:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in MISTYPED:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h139-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout139.jsonl")
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
