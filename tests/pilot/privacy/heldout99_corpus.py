#!/usr/bin/env python3
"""Held-out test corpus 99 for the Dutch personal-data finder (sociale wijkzorgteams).

Register: team chat (WhatsApp/Teams), platform discussion threads, quick internal
e-mails, rosters and to-do lists, handover notes. Hand-written texts with inline
markup; offsets are derived by stripping the markup, so they are right by
construction. Run: python3 heldout99_corpus.py  -> writes heldout99.jsonl next to it.
"""

import collections
import json
import os
import re
import sys

RAW = """[09:12] [[p:Sanne]]: goedemorgen! wie kan vandaag mee naar mw [[p:el amrani]]? ze belde net, deurwaarder staat er morgen weer 😩
[09:14] [[p:Jeroen]]: ik zit tot 12 uur bij {{o:Servicepunt XL}} {{w:Moerwijk}}, daarna kan ik wel
[09:15] [[p:Sanne]]: top. adres is [[a:Zuiderparklaan 204]], 3 hoog, bel doet het niet dus ff bellen op [[t:06-41298873]] als je er bent
[09:15] [[p:Jeroen]]: 👍
=====
hoi [[p:kim]], heb jij nog het nr van de {{r:bewindvoerder}} van dhr [[p:Bakker]]? kan t nergens vinden in het dossier ([[k:2024-03318]])

ja sec.. is [[p:Hennie Ploeg]], [[t:070 - 362 18 40]]. ze is alleen ma t/m wo bereikbaar
dank!! en weet jij of hij nog op de [[a:Van Musschenbroekstraat 45]] woont? de {{o:Kredietbank}} heeft post retour gekregen
nee hij is sinds [[d:1 februari]] verhuisd naar zn broer, [[a:Loevesteinlaan 218]], [[pc:2531 GL]]. staat nog niet in de {{o:BRP}} geloof ik
=====
[[p:Mo]] zegt dat zn moeder weer in het {{o:HMC}} ligt sinds [[d:zaterdag 9 maart]]. iemand iets gehoord van de {{r:wijkverpleegkundige}}?? ik wil niet dat ze straks zonder zorg thuiskomt op de [[a:Hoefkade 871]]
update 15.30: {{r:wijkverpleegkundige}} gesproken, ze gaat [[d:dinsdag 12 maart]] langs zodra mevrouw thuis is. nummer van de afdeling voor als iemand wil bellen: vraag naar [[p:Ineke]] op [[t:088 979 47 10]]. [[p:Mo]] zelf is bereikbaar op [[t:06 30 41 88 57]]
=====
[[p:AK]] kan jij ff checken of de aanvraag bijz. bijstand van fam. [[p:Nowak]] al binnen is bij {{o:SZW}}? kenmerk [[k:BB-24-07731]]. ze zitten echt zonder boodschappengeld. thx!
ze hebben de aanvraag op [[d:26 februari]] ingediend, dus het zou er nu wel moeten zijn. mocht het nog niet binnen zijn: de uitbetaling moet naar [[i:NL11 ASNB 8101 1298 85]], niet naar de oude rekening van meneer
=====
[14:02] [[p:Dewi]]: zit nu bij [[p:hatice]]. ze wil wel naar de {{r:huisarts}} maar alleen als ik meega. kan iemand mn 15.30 overnemen?
[14:03] [[p:Rutger]]: welke 15.30?
[14:03] [[p:Dewi]]: dhr [[p:Mahabier]], intake, [[a:Delftselaan 7-B]]. hij weet ervan
[14:05] [[p:Rutger]]: ok ik ga wel. nr?
[14:05] [[p:Dewi]]: [[t:0624417780]] maar hij neemt vaak niet op, gewoon aanbellen
=====
lol ik had net een mevrouw aan de lijn die dacht dat ik van de {{o:Belastingdienst}} was. anyway: [[p:Roos]] (de dochter van mw [[p:Visser]]) wil graag teruggebeld worden, [[t:06 18 20 44 93]]. gaat over de Wmo-indicatie, die loopt af per [[d:1 mei]]
ze belde vanaf een vast nummer trouwens, [[t:070 - 323 90 14]], dat is denk ik van haar werk. de herindicatie moet aangevraagd voor [[d:15 april]] anders is het te laat. dossier bij ons: [[k:WMO-2021-40077]]
=====
wie heeft de sleutel van de spreekkamer in {{w:Transvaal}}?? [[p:Fatih]] staat voor een dichte deur met mw [[p:Tesfamariam]] en haar {{r:tolk}}
nvm, [[p:Fatih]] heeft hem al. gesprek gaat door. volgende keer liggen de sleutels in het kastje bij de receptie, code staat in de mail van [[d:ma 4 maart]]
=====
[[p:jo]] ik heb de les over dhr. [[p:K.]] even aangepast want er stond nog zn straat + huisnr in ([[a:Kamperfoeliestraat 32]]) 🙈 graag voortaan checken voor je iets op het platform zet
ook zn geboortedatum stond erin ([[d:14-05-1962]]) en het zaaknummer van de {{o:Kredietbank}} ([[k:GKB 2201-15]]). dat is echt te herleiden. de les zelf is trouwens top hoor
=====
[[d:12-03-24]] 08:47 - [[p:Marloes]]: vergeten te zeggen: [[p:Ayşe Yıldız]] heeft per [[d:15 maart]] een nieuwe woning via {{o:Haag Wonen}}. verhuizing regelt haar broer [[p:Kemal]]
[[d:12-03-24]] 08:49 - [[p:Ilse]]: eindelijk!! waar wordt het?
[[d:12-03-24]] 08:50 - [[p:Marloes]]: [[a:Erasmusweg 1120]], benedenwoning, dus geen trappen meer 🙏
[[d:12-03-24]] 08:52 - [[p:Ilse]]: postcode? dan pas ik het aan in het systeem
[[d:12-03-24]] 08:53 - [[p:Marloes]]: [[pc:2532 CL]]. telefoon blijft hetzelfde, [[t:06 39 02 55 18]]
=====
kan iemand morgen de {{r:tolk}} Tigrinya regelen voor 10u? is voor [[p:Senait]] en haar zoon [[p:Filmon]]. gesprek met {{o:Jeugdbescherming west}} op het kantoor aan de Prinses Beatrixlaan
adres van moeder is [[a:Van Ostadestraat 301-B]], [[pc:2526 GZ]] als de {{r:tolk}} er rechtstreeks heen wil. afspraak is [[d:do 29-2]] om 10.00
=====
[[p:Bas]]: ik heb dhr [[p:de wit]] gesproken, hij wil NIET dat we zn zus bellen. dus [[p:Gerda]] niet benaderen aub, staat ook in [[k:#48812]]
[[p:Naima]]: noted. en de {{r:POH-GGZ}}? mag die wel?
[[p:Bas]]: ja die wel, toestemming getekend [[d:di 5/3]]
[[p:Bas]]: oh en de eerstvolgende afspraak met dhr is [[d:19 maart]] bij hem thuis, [[a:Noordpolderkade 40]]. Ik ben dan vrij, wie kan?
=====
Update fam. [[p:Ahmadzai]]: de kinderen zijn aangemeld bij het {{o:CJG}}, vader ([[p:Farid]]) heeft vanmiddag gesprek bij {{o:UWV}}. Moeder [[p:Zahra]] wil taalles, iemand een idee waar in {{w:Laak}} nog plek is?
Vader z'n nr voor als het {{o:UWV}} belt: [[t:06 83 90 24 17]]. Ze wonen op de [[a:Rijswijkseweg 212-1]], [[pc:2516 EM]]. Het gezin is bekend onder [[k:SWT-2024-0150]]
=====
@[[p:Priya]] je bericht over mw [[p:Jagesar]] gezien. ik bel de {{r:casemanager dementie}} wel even, volgens mij is dat [[p:Henk-Jan]] van {{o:Florence}}
zijn mail is [[e:hj.verhoef@florence.nl]] als je m niet te pakken krijgt. mw [[p:Jagesar]] heeft [[d:22 maart]] een afspraak bij de geheugenpoli
=====
psst niet vergeten, [[p:Chantal]] is jarig vrijdag 🎂 wie regelt taart? (ik betaal mee, tikkie naar [[i:NL79 INGB 2083 5240 66]] is prima haha)
(grapje natuurlijk 😂 die rekening is van mn oude studentenhuis. echt nr krijg je prive)
[[p:Hakan]]: ik neem een taart mee van de bakker op de Weimarstraat, die is lekker
=====
ff een vraagje aan de groep: mevrouw [[p:Kok]] (86, {{w:Bezuidenhout}}) wil perse niet naar de dagbesteding omdat ze daar 'alleen oude mensen' zitten 😂 iemand tips? haar zoon [[p:Ruud]] is er wel heel erg mee bezig
haar zoon heeft trouwens een nieuw nummer: [[t:06-44 91 20 37]]. hij wil graag [[d:donderdag 21 maart]] met ons om tafel. mevrouw woont op de [[a:Juliana van Stolberglaan 312]]
=====
[[p:Yusuf]]: waar zitten jullie?
[[p:Lotte]]: wijkcentrum {{w:Spoorwijk}}, zaaltje boven
[[p:Yusuf]]: ok ik kom eraan, heb de papieren van [[p:Kowalczyk]] bij me (bsn [[b:462569706]] staat erop dus niet laten slingeren!!)
[[p:Lotte]]: top. haar geboortedatum graag ook ff checken, op het formulier van {{o:MEE}} staat [[d:12-7-1988]] maar in ons systeem [[d:7-12-1988]] 🙄
=====
heeft iemand contact met [[p:Shurwen]]? telefoon staat uit sinds vorige week [[d:donderdag 14/3]]. laatste adres dat we hebben is [[a:Vaillantlaan 45-II]] maar de buren zeggen dat hij daar niet meer woont. {{r:wijkagent}} [[p:Dekker]] weet ook niks
zijn moeder ([[p:Giselle]]) zegt dat hij misschien bij een vriend in {{w:Transvaal}} slaapt. haar nummer: [[t:06 27 88 14 02]]. zijn dossier: [[k:SWT-23-0981]]
=====
[[p:Femke]] ik heb je mail van gisteren [[d:18 april]] ff doorgestuurd naar [[p:Kees]] van {{o:Schuldhulpverlening}}, hij pakt het op. het dossier is [[k:SHV-2024-0412]]
hij vroeg of je ook de beschikking van [[d:4 april]] kunt mailen, naar [[e:k.vermeer@denhaag.nl]]
=====
dhr [[p:Öztürk]] kwam net langs op het {{o:Servicepunt XL}} {{w:Escamp}}, helemaal overstuur, brief van {{o:CAK}} over eigen bijdrage. zat ook een aanmaning bij, heb kopie gemaakt. zn nr is veranderd: [[t:+31 6 2871 0045]]
kenmerk op de brief: [[k:CAK 7802-1136-04]]. het gaat om eigen bijdrage vanaf [[d:1 januari]]. hij woont nog steeds op de [[a:Leyweg 1108]], [[pc:2545 HZ]] toch?
=====
wie gaat er mee naar de kick-off op [[d:22 november]]?? ik heb me aangemeld met [[p:Esra]] en [[p:Thijs]], we kunnen samen rijden vanaf {{w:Mariahoeve}}
vertrek om 12.15 bij mij thuis ([[a:Ambachtsgaarde 77]]) of we treffen elkaar bij het stadhuis. aanmelden kan nog tot [[d:15 november]] via [[e:pilot.sociaaldomein@denhaag.nl]]
=====
[[p:Mirjam]]: Wist iemand dat mw [[p:Boateng]] zwanger is?
[[p:Kofi]]: 😮 nee. Uitgerekend?
[[p:Mirjam]]: ergens half juni. we moeten ff met het {{o:CJG}} schakelen
[[p:Kofi]]: ik bel de {{r:verloskundige}} wel. mw heeft [[d:dinsdag 26 maart]] een echo, ik kan dan mee. haar nr is [[t:06 15 20 73 94]]
=====
tnx [[p:ruben]] voor het invallen gister bij meneer [[p:Dimitrov]]. hij vond je 'een goede jongen' haha. volgende afspraak staat op [[d:wo 27 mrt]] 10u, [[a:Wolmaransstraat 19]]
en hij heeft een nieuw telefoonnummer: [[t:+359 88 412 3307]] (bulgaars nr, zn oude nl nummer is afgesloten)
=====
Bericht van de receptie: mevrouw [[p:Lina Khaddour]] heeft gebeld voor [[p:Anouk]]. Graag terugbellen op [[t:06-83 11 27 09]], het gaat over de brief van de {{o:IND}}
Ze belde met [[t:070 - 205 18 93]] maar zei dat we haar mobiel moeten gebruiken. Klantnummer {{o:IND}} staat op de brief: V-nummer [[k:3021558871]]
=====
zijn er nog mensen met ruimte in hun caseload? nieuwe aanmelding via de {{r:huisarts}} (dr. [[p:Sewnath]]): jonge vrouw, 24, schulden + LVB vermoeden, woont in {{w:Schilderswijk}}. meer info in [[k:SWT-24-0193]]
ze woont op de [[a:Wouwermanstraat 77]], [[pc:2526 CR]], bij haar moeder. geb. [[d:08.08.1999]]. zo snel mogelijk intake, voor [[d:29 maart]] graag
=====
[[p:mariska]] kun je het formulier voor de {{o:Voedselbank}} van mw [[p:Fortes]] nog even langsbrengen? ligt op mn bureau, gele map. ze woont [[a:Troelstrakade 9 C]]
[[p:mariska]]: ja doe ik om 16u. moet haar IBAN erop? [[i:NL80 BUNQ 1990 7338 93]] staat in het dossier
ja, en de datum van de toestemming: [[d:7-3-2024]]
=====
zo net 1,5 uur bij dhr [[p:Pinas]] gezeten. hij is zn bankpas kwijt en heeft dus geen geld. rekeningnr [[i:NL06RABO6173894456]], hij gaat zelf naar de bank met [[p:Errol]] (neef). morgen checken of het gelukt is
update: gelukt! nieuwe pas komt binnen 5 werkdagen op [[a:Hoefkade 1084]]. [[p:Errol]] heeft tijdelijk €50 voorgeschoten
=====
Iemand die Pools spreekt? [[p:Tomasz]] van [[a:Newtonstraat 212]] snapt de beschikking niet en google translate maakt er een potje van 😅
zijn contract loopt tot [[d:31-05]]. het uitzendbureau heeft zijn BSN verkeerd genoteerd, moet [[b:638062688]] zijn
=====
[[p:Ineke]]: [[p:Daan]] ik sta in de file op de Utrechtsebaan, kun jij beginnen met het overleg?
[[p:Daan]]: jazeker. [[p:Wouter]] is er ook, en iemand van {{o:Parnassia}}
[[p:Ineke]]: thx. de casus van [[p:Bouchtaoui]] als eerste aub, die is urgent
=====
reminder: evaluatie met mw [[p:Warsame]] en de {{r:MEE-consulent}} is verplaatst naar [[d:donderdag 11 april]] om 13.30. {{w:Laakkwartier}}, buurthuis De Wissel.
afmelden bij [[p:Hodan]] zelf, [[t:06-1909 4417]] is het nr van haar moeder dus let op. dossier [[k:MEE-24-3391]]
=====
mw [[p:winter]] heeft weer 3x gebeld vandaag. ze is eenzaam, niet in crisis. kunnen we haar koppelen aan een maatje van {{o:Humanitas}}? ik doe de aanmelding wel als [[p:Jasper]] akkoord is
haar nr (dat ze ook 3x vanaf belde) is [[t:070-3241167]]. ze woont [[a:Goudenregenstraat 12]], [[pc:2565 EN]]. aanmelding {{o:Humanitas}} gaat via [[e:maatjes@humanitas-denhaag.nl]]
=====
[[p:Sharon]]: heb jij [[p:Giselle]] nog gesproken over haar huur?
[[p:Naomi]]: ja, ze heeft € 1.840 achterstand, maar ze heeft nu wel een regeling met {{o:Staedion}}. eerste termijn gaat [[d:28-3]] van haar rekening ([[i:NL09 ABNA 4148 3832 96]])
[[p:Sharon]]: 👏👏
=====
[[p:Wijnand]] hee kun jij morgen om 9 ipv mij naar het MDO? ik moet met mn dochter naar de tandarts. gaat over [[p:Yonas]] en [[p:Helen]] (de twee broers/zussen uit {{w:Bouwlust}}), stukken staan in Teams
de tandarts is om [[d:9 april]] 8.45, dus ik ben er rond 10u. het overleg is in de kamer van [[p:Karin]]. dossiernr is [[k:2024-01172]]
=====
[[p:Tessa van Dijk]] heeft een bericht verwijderd
[[p:Tessa van Dijk]]: sorry verkeerde groep 🙈 dat was de bsn van dhr [[p:Constantin]], niet voor hier
[[p:Marco]]: geen probleem, maar haal m ook ff uit je gedeelde map aub
[[p:Tessa van Dijk]]: klopt, gedaan. de nieuwe afspraak met hem is [[d:dinsdag 14 mei]], [[a:Rijswijkseweg 402]]
=====
wie van jullie kent [[p:Juliana Maduro]]? ze zegt dat ze vorig jaar al bij ons team was, maar ik kan niks vinden. geb. [[d:03-11-1979]], woont nu [[a:Dierenselaan 26]] [[pc:2572 BH]]
haar telefoon: [[t:06 - 81 27 40 19]]. ze zegt dat [[p:Jurgen]] haar begeleidde in oktober 2023
=====
opa [[p:Henk]] van de [[a:Sportlaan 410]] is weer gevallen 😞 buurvrouw [[p:Marianne]] belde. {{r:wijkverpleging}} is onderweg. ik hou jullie op de hoogte
update: ambulance heeft hem meegenomen naar {{o:HMC}}. sleutelkluisje code weet [[p:Marianne]], haar nr: [[t:070-3551872]]. geboortedatum voor de SEH: [[d:02-02-1940]]
=====
[[p:Gijs]]: moet ik bij de aanmelding van [[p:Hodan]] het BSN invullen of mag dat leeg?
[[p:Noor]]: invullen, anders pakt {{o:MEE}} m niet op. [[b:7848 99 721]]
[[p:Gijs]]: dankje!
[[p:Gijs]]: en haar postcode, [[pc:2522 KL]] of [[pc:2522 KJ]]? er staan er 2 in het systeem
[[p:Noor]]: KL. [[a:Wolmaransstraat 60]]
=====
FYI: [[p:Lisa]] is vanaf [[d:maandag de 8e]] terug van zwangerschapsverlof 🎉🎉 ze pakt haar oude caseload in {{w:Regentessekwartier}} weer op
welkom terug [[p:Lisa]]!! je nieuwe werknummer is [[t:06 45 09 81 22]], de oude is overgezet naar [[p:Koen]]
=====
heb vanochtend de {{r:schuldhulpverlener}} gesproken over dhr [[p:Ramdin]]. dossiernr bij de {{o:Kredietbank}}: [[k:GKB 3318-22]]. hij heeft een afspraak [[d:22/4]] maar zegt zelf dat hij dan 'misschien' kan 😬
zn vrouw ([[p:Sita]]) zei aan de telefoon dat ze de afspraak van [[d:22/4]] prima vindt. zij gaat mee. ze zijn bereikbaar op [[t:070 - 394 27 58]]
=====
[[p:bo]]: mw [[p:popescu]] heeft nieuwe telefoon: [[t:0687651230]]
[[p:bo]]: oude nr werkt niet meer
[[p:sam]]: aangepast in het systeem 👍
[[p:bo]]: mail ook nieuw: [[e:ionutpopescu77@yahoo.ro]]. en adres klopt nog, [[a:Kepplerstraat 188]]
=====
iemand ervaring met {{o:Veilig Thuis}} in het weekend? [[p:Ilona]] (de vriendin van [[p:Marvin Doelwijt]]) belde net mn werktelefoon, ze is bang. ik heb haar gezegd 112 te bellen als het escaleert
update: ik heb met [[p:Ilona]] gesproken, ze slaapt vannacht bij haar zus. morgen om 9u bellen we {{o:Veilig Thuis}} samen. melding wordt [[k:VT-2024-0933]]. haar nr: [[t:06 17 36 90 52]]
=====
[[p:Aysel]] is ziek vandaag, haar afspraken:
- 10.00 mw [[p:Chen]] → verzet
- 11.30 dhr [[p:Asante]] → [[p:Pieter]] neemt over
- 14.00 overleg {{o:Staedion}} over [[a:Jacob Catsstraat 58]] → gaat door zonder haar
nieuwe afspraak mw [[p:Chen]]: [[d:vrijdag 12 april]], 10u, [[a:Wagenstraat 115]], [[pc:2512 AX]]
=====
[[p:Hamza]] wil zn verhaal op het platform delen (anoniem!!) over hoe hij uit de schulden is gekomen. Wie helpt hem met het schrijven? hij is erg trots 😊
ik wil wel helpen! ik heb [[d:woensdag 17 april]] tijd. kun je hem vragen mij te mailen op [[e:rachid.elmessaoudi@gmail.com]]? of nee, beter mijn werkmail
=====
Bericht van [[p:Karin]] ({{r:teamleider}}): vanaf [[d:1-4]] geen gebruik meer van prive whatsapp voor clientinfo. Alles via Teams of Zorgmail. Ook geen foto's van brieven meer sturen met namen erop aub
[[p:Karin]]: vragen hierover? ik zit [[d:maandag 25 maart]] de hele dag op kantoor, of bel [[t:06-22 10 38 47]]
=====
[[p:Jurgen]] net even op huisbezoek geweest bij mw [[p:Rosaria]]. De woning staat vol, je kunt er bijna niet lopen. Ze wil wel hulp van [[p:Jurgen]] maar niet 'van de {{o:gemeente}}'. Dus voorzichtig aan. Verslag volgt
Ze woont op de [[a:Teniersstraat 16]], [[pc:2526 NK]]. Melding bij {{o:Meldpunt Zorg en Overlast}}? Of nog even niet?
=====
[[p:Wendy]]: kan iemand dhr [[p:Kromodimedjo]] morgen ophalen voor zn afspraak bij {{o:PsyQ}}? hij gaat anders echt niet
[[p:Ali]]: hoe laat?
[[p:Wendy]]: 9.45 vertrek, hij woont [[a:Kempstraat 112-hs]]
[[p:Ali]]: doe ik
[[p:Wendy]]: de afspraak is [[d:ma 8/4]] om 10u. Zn BSN ([[b:503001934]]) heb je nodig voor de aanmelding bij de balie
=====
pff heb 20 min in de wacht gestaan bij {{o:SVB}} voor mw [[p:Lieveld]] haar AOW. blijkt dat er een verkeerd rekeningnr in staat. goede is [[i:NL89SNSB1056148039]], hebben ze nu aangepast
rekening staat op naam van haar en haar overleden man, dat moet nog omgezet worden. dossiernr {{o:SVB}}: [[k:AOW 4410-88-21]]
=====
[[p:Ellen]]: is mevrouw [[p:Hoop]] eigenlijk al bekend bij {{o:Parnassia}}?
[[p:Cor]]: ja, sinds 2019... nee wacht dat was haar man
[[p:Cor]]: en zij woont tegenwoordig alleen. ik zoek het even op
[[p:Ellen]]: oké. haar adres is [[a:Herderslaan 140]]? of [[a:Herderslaan 104]]? ik ga [[d:donderdag 4 april]] langs
=====
[[p:Koen]] kun je de aanvraag voor [[p:Mariya Todorova]] nog aanpassen? ze heeft een nieuw mailadres: [[e:mariya.t88@abv.bg]]. de oude ([[e:m.todorova@hotmail.com]]) kan ze niet meer in
ze woont inmiddels op [[a:Gedempte Burgwal 39]], [[pc:2512 BT]], dus dat ook ff aanpassen. bsn: [[b:599381450]]
=====
goeiemiddag allemaal. korte vraag namens {{r:ouderenconsulent}} [[p:Bep van Rijn]]: wie weet of dhr [[p:Baas]] al een {{r:casemanager dementie}} heeft? dochter zegt van wel, maar niemand weet wie
ik heb de dochter gesproken, [[p:Ellen]], op [[t:06 18 42 73 09]]. ze zegt dat er begin maart iemand van {{o:Florence}} is geweest
=====
[[p:Rik]]: hoe ging het bij de [[p:Zeeman]]s?
[[p:Esther]]: meneer [[p:Zeeman]] was er niet (die werkt bij de {{o:Zeeman}} haha, echt waar), mevrouw wel. ze wil hulp bij de administratie. ik heb de aanmelding voor {{o:Schuldhulpmaatje}} gedaan
[[p:Rik]]: haha. wat is het nr van de aanmelding?
[[p:Esther]]: [[k:SHM-2024-112]]. afspraak bij hun thuis [[d:17 april]], [[a:Troelstrakade 133]]
=====
[[p:Anand]]: morgen 11u huisbezoek dhr [[p:Baldew]], wie gaat mee? ivm veiligheid liever met zn 2en
[[p:Petra]]: ik. adres?
[[p:Anand]]: [[a:Hobbemastraat 164]], [[pc:2526 JL]]. Parkeren is drama, neem de tram
[[p:Petra]]: oké, ik ben er om 10.45. ik neem tram 6
=====
wie weet het telnr van de {{o:Juliana Kinderziekenhuis}} afdeling sociale zaken? moeder van [[p:Djenifer]] (3jr) belde in paniek, kind ligt sinds [[d:zondag 24-3]] opgenomen en ze heeft geen geld voor de parkeerkosten
gevonden: het nr is [[t:070 - 210 43 08]], vraag naar [[p:Ingrid Pronk]]. [[p:Djenifer]]s moeder heet [[p:Elisângela Semedo]], geboren [[d:12-12-1995]]
=====
✔️ [[p:Stefan]] heeft de taak 'terugbellen mw. [[p:Mensah]]' voltooid
(notitie: mw. [[p:Mensah]] gebeld op [[t:06 57 30 22 81]], afspraak gemaakt voor [[d:di 2 april]] 14.00 op het {{o:Servicepunt XL}} {{w:Laak}})
=====
[[p:Natasja]]: heb jij [[p:kwame]] al gezien vandaag
[[p:Ruben]]: nee, zn fiets staat er wel. denk dat hij slaapt. ik probeer het om 3 uur nog een keer
[[p:Natasja]]: ok, laat ff weten. als hij niet opendoet bel ik [[p:Abena]]
[[p:Ruben]] 15:10: hij deed open! gaat ok. morgen om 11 u weer. [[p:Abena]] hoeft niet gebeld
=====
[[p:hanneke]] zit jij vandaag op de inloop? er staat een meneer hier met een brief van de deurwaarder, [[p:Piotr Zieliński]], zegt dat hij bij jou in de caseload zit. ik heb hem een koffie gegeven
[[p:hanneke]]: ja ik kom eraan. zijn dossiernr is [[k:2023-10442]], hij woont op de [[a:Copernicusplein 9]]
=====
[[p:JdB]]: Wie neemt de nieuwe melding van {{o:Veilig Thuis}} ([[k:VT-2024-1187]])? Gaat om een gezin in {{w:Morgenstond}}, moeder + 3 kids. Vader ([[p:Mihai]]) is uit huis geplaatst.
[[p:SvL]]: Ik wil wel, maar heb nog 2 grote zaken. Als [[p:Mieke]] meekijkt lukt het
[[p:JdB]]: Top, ik zet jullie er samen op
[[p:JdB]]: adres gezin is [[a:Hengelolaan 702]], [[pc:2544 GX]]. Eerste huisbezoek gepland [[d:do 25 april]]
=====
[[p:Vera]]: het is echt warm in de wijkkantoor, airco kapot. Als je vandaag clientgesprekken hebt, doe ze in {{w:Ypenburg}} of gewoon buiten 🌞
[[p:Arjen]]: haha ik zit al met mw [[p:Pattiasina]] op het bankje voor het wijkcentrum
[[p:Vera]]: haha. [[p:Arjen]] heeft de airco gemeld bij de facilitaire dienst, ticket [[k:FD-24-08812]] 😅
=====
[[p:Nicole]] (onze {{r:mw-er}}) is ziek dus [[p:Loes]] van {{o:Xtra}} komt donderdag in haar plaats bij fam. [[p:Kaya]]. [[p:Loes]] heeft het dossier ([[k:2024-00871]]) al gelezen
[[p:Loes]] heeft een afspraak bij de familie op [[d:donderdag 18 april]] 10.00, [[a:Zuiderparklaan 512]], [[pc:2532 BE]]
=====
[[p:Thomas]]: mag ik de casus van [[p:Semhar]] inbrengen bij de intervisie?
[[p:Dominique]]: ja maar maak m wel anoniem. geen namen, geen adres, niks over de school van de kinderen
[[p:Thomas]]: natuurlijk. ik noem haar 'mevrouw [[p:S.]]'
[[p:Thomas]]: ook haar geboortedatum ([[d:5 juni 1986]]) en het zaaknummer ([[k:VT-2023-2240]]) haal ik eruit
=====
vraagje: weet iemand of [[p:Abdi Farah]] nog op de [[a:Lijsterbesstraat 9]] woont? post komt retour. laatste contact [[d:28 feb '24]]
post gaat nu retour naar ons kantoor. nieuwe adres misschien [[a:Lijsterbesstraat 81]]? zijn telefoon is [[t:06 24 18 05 39]]
=====
[[p:Jessica]]: [[p:Mustafa]], ben jij bij het gesprek met {{o:Stichting MOOI}} op [[d:16 mei]]?
[[p:Mustafa]]: staat in mn agenda! gaat over de buurtkamer in {{w:Rustenburg}} toch
[[p:Jessica]]: jep. en over mw [[p:Ivanova]], zij wil daar vrijwilliger worden
[[p:Jessica]]: mw [[p:Ivanova]] heeft een VOG nodig, aanvraag loopt via [[e:vrijwilligers@stichtingmooi.nl]]. haar geboortedatum: [[d:21-3-1979]]
=====
Goedemorgen team ☀️ Vandaag jarig: niemand. Vandaag afwezig: [[p:Marijke]] (cursus), [[p:Hakan]] (vrij). Dienst op de telefoon: [[p:Ilse]] ([[t:06-11 40 87 26]]). Fijne dag!
PS: [[p:Marijke]] is morgen weer terug, haar cursus eindigt [[d:vrijdag 19 april]]
=====
Heeft iemand de uitslag van de WOZ-bezwaar van dhr. [[p:Lewandowski]]? hij zwaait hier met een brief met kenmerk [[k:WOZ/2024/118470]] maar ik snap er niks van
hij woont [[a:Loosduinseweg 1022]], [[pc:2571 CH]]. bezwaar moet voor [[d:6 mei]] binnen zijn bij de {{o:gemeente}}
=====
[[p:ans]]: mw [[p:Hashimi]] gaat [[d:30 april]] met haar zoon op reis naar Kabul voor begrafenis familie. ze vraagt of haar uitkering doorloopt. iemand die dat weet?
[[p:tim]]: max 4 weken buitenland mag volgens mij, check even bij {{o:SZW}}
[[p:ans]]: ze vertrekt [[d:30-4]] en komt [[d:21-5]] terug, dus 3 weken. dat zou moeten kunnen
=====
[[p:Ferry]]: ik heb net een lang gesprek gehad met [[p:Bloem]], de buurvrouw van dhr [[p:Smit]]. zij doet al jaren zijn boodschappen, maar ze wordt zelf 80. tijd voor een plan B
[[p:Ferry]]: de buurvrouw wil dat we haar bellen: [[t:070 - 364 82 13]]. dhr [[p:Smit]] woont [[a:Weissenbruchstraat 8]]
=====
iemand zin om [[d:2 juni]] mee te lopen met de buurtschouw in {{w:Duindorp}}? {{o:Politie}} en {{o:HaagWonen}} zijn er ook. vertrek 10.00 bij de kerk aan de Westduinweg
aanmelden bij [[p:Jessica]] ([[e:j.tromp@swt-denhaag.nl]]) graag voor [[d:27 mei]]
=====
[[p:KdV]] [[p:MB]] [[p:RvO]] even jullie aandacht: de rapportages van week 12 missen nog. graag voor vrijdag invoeren, anders krijg ik de {{o:gemeente}} op mn dak 😅
ook: de rapportage van [[d:maandag 18 maart]] van mw [[p:Warsame]] staat er dubbel in
=====
Sorry ik kan niet bellen zit in gesprek. Kun je appen? 
— ok: dhr [[p:El Idrissi]] staat beneden aan de balie, zonder afspraak, zegt dat jij hem vandaag zou bellen
— ai vergeten. zeg dat ik om 16u bel op [[t:+31644902217]]
— ok ik geef het door. hij heeft trouwens een brief bij zich van {{o:SZW}} met [[k:SZW-882014]]
=====
[[p:Lin Hui]] heeft een {{r:tolk}} Mandarijn nodig bij het gesprek met de {{r:Wmo-adviseur}} op [[d:woensdag 3 april]]. @[[p:Sophie]] kun jij dat via {{o:Global Talk}} regelen?
[[p:Sophie]]: doe ik. adres voor de {{r:tolk}}: [[a:Laan van Nieuw Oost-Indië 53]], [[pc:2593 BJ]]
=====
[[p:Wouter]]: hoe heet die dame van {{o:Leger des Heils}} ook alweer, die van de dagopvang?
[[p:Saskia]]: [[p:Mei-Ling]]? of bedoel je [[p:Tineke]]
[[p:Wouter]]: [[p:Tineke]]! dankje
[[p:Saskia]]: haar mail is [[e:tineke.vanderlinden@legerdesheils.nl]]
=====
zo net mevrouw [[p:Ait Ouali]] gesproken, haar zoon [[p:Youssef]] (17) is sinds [[d:vrijdag 5 april]] niet meer thuis geweest. moeder heeft aangifte gedaan. {{o:jeugdteam}} is op de hoogte.
[[p:Youssef]] is gevonden op [[d:zondag 7 april]], hij zat bij een vriend in Rotterdam. moeder's nummer voor de {{o:politie}}: [[t:06 40 19 28 63]]. adres: [[a:Van der Vennestraat 12]]
=====
Reactie van [[p:Marloes Verhoeven]] ({{w:Moerwijk}}) – [[d:14 maart 2024]]
Mooie les! Herkenbaar. Wij hadden iets vergelijkbaars met een meneer die ook geen {{r:huisarts}} wilde. Wat bij ons hielp was dat de {{r:wijkagent}} hem al kende van vroeger. Vraag aan de schrijver: hoe lang duurde het voordat hij de toestemmingsverklaring tekende?
=====
@[[p:Ramon]] goeie vraag. Bij ons duurde dat bijna 3 maanden. En eerlijk gezegd: het kwartje viel pas toen zijn dochter [[p:Samira]] erbij kwam zitten. Maar dat had ik misschien niet moeten noemen haha, kan een moderator dat eruit halen?
(Voor de moderator: het ging om de les van [[d:3 maart]], dossier [[k:SWT-2023-0412]] bij ons. Haar naam mag eruit.)
=====
Ik lees in de les 'woont op de [[a:Hoefkade 12]] met zijn moeder'. Volgens mij hoort het adres hier niet in, ook al is de rest anoniem. Kan de auteur ([[p:Esra]]?) dat aanpassen? Verder mooi stuk over vraaggericht werken.
Ook de postcode ([[pc:2526 BX]]) en de geboortedatum van de moeder ([[d:11-11-1948]]) staan nog in de tweede alinea.
=====
Thema: eenzaamheid bij ouderen
Bijdrage van [[p:Bep van Rijn]], {{r:ouderenadviseur}} {{w:Mariahoeve}}

Wat ik de afgelopen 2 jaar heb geleerd: eenzaamheid los je niet op met een activiteitenkalender. Mevrouw [[p:de Haan]] (92) ging pas naar de koffieochtend toen de buurvrouw ([[p:Truus]]) haar kwam halen. Zonder [[p:Truus]] was het nooit gelukt. Informele zorg is de sleutel.
=====
Reactie op 'Schulden bij jonge alleenstaanden' · [[p:Youssef B.]] · {{r:schuldhulpverlener}} bij {{o:Gemeente Den Haag}}

Eens met [[p:Femke]]. Wat ik wel mis in de les: hoe ging het met de {{o:Belastingdienst}}? In mijn ervaring (bv. bij dhr. [[p:Sabajo]], zaak [[k:SHV-2023-1190]]) loopt het daar altijd vast op de toeslagen.
Bij dhr. [[p:Sabajo]] heeft het uiteindelijk tot [[d:1 december]] geduurd voordat de toeslagen waren hersteld.
=====
Geplaatst op [[d:04-03-2024]] 14:12 door [[p:lotte.k]]
wie heeft er ervaring met ouders die geen Nederlands spreken en niet willen dat hun kind tolkt? ik zit met een Bulgaarse moeder ([[p:Desislava]]) en de {{o:Jeugdbescherming}} wil snel een gesprek.
EDIT [[d:05-03-2024]]: intussen opgelost, {{o:Jeugdbescherming}} regelt zelf een {{r:tolk}}. Moeder is bereikbaar via [[t:+359 87 655 1298]] voor wie het wil weten, maar liever via mij.
=====
[[p:Hans]] schreef:
> Wij werken in {{w:Transvaal}} altijd met een vaste {{r:ervaringsdeskundige}}
Dat is bij ons in {{w:Segbroek}} helaas nog niet zo. Hoe hebben jullie dat gefinancierd? Kun je de contactpersoon bij {{o:Zebra Welzijn}} delen? (mag via prive bericht: [[e:n.pranger@zebrawelzijn.nl]] is mijn adres)
Wij zijn er mee begonnen na de teamdag van [[d:12 oktober]].
=====
Dank [[p:Nicole]]. Kleine correctie op je samenvatting: het ging niet om 'mevrouw [[p:Y.]] uit {{w:Laak}}' maar uit {{w:Escamp}}. En het was niet [[d:12 januari]] maar [[d:21 januari]], dat maakt voor de les niet zoveel uit maar toch 🙂
Nog iets: in het verslag staat ook haar adres ([[a:Melis Stokelaan 2301]]). Kun je dat eruit halen?
=====
Vraag in de groep 'Bemoeizorg':
Heeft iemand ervaring met een cliënt die alleen via de voordeur wil praten? Meneer (ik noem hem [[p:Ben]], echte naam doet er niet toe) is 61, woont alleen, en zijn buren maken zich zorgen over de stank. {{o:GGD}} is al langs geweest. Tips welkom!
Update [[d:20-03]]: het is gelukt om binnen te komen. De {{r:wijkverpleegkundige}} gaat nu 2x per week. Hij woont trouwens niet in {{w:Moerwijk}} maar in {{w:Rustenburg}}.
=====
Re: Re: Casusles 'Samen met de woningcorporatie'
[[p:Jan-Willem]], dank voor je reactie. Ik ben het niet helemaal met je eens dat we de {{o:corporatie}} altijd meteen moeten betrekken. Bij mw. [[p:Wiśniewska]] heeft dat juist averechts gewerkt: zij kreeg een aanzegging van ontruiming binnen een week nadat wij {{o:Vestia}} hadden gebeld.
=====
Reactie van een moderator: deze reactie is aangepast omdat er een telefoonnummer in stond ([[t:06-21433760]]). Graag geen contactgegevens van cliënten in het forum plaatsen. Groet, [[p:Anouk]] (moderator)
Ook het e-mailadres ([[e:kimberley.v@live.nl]]) is verwijderd.
=====
[[p:Hatice]] · 3 dagen geleden
Herkenbaar!! Bij ons in {{w:Schilderswijk}} zien we veel vrouwen die na een scheiding ineens alle post krijgen die eerst naar hun man ging. Eén mevrouw ([[p:Khadija]]) had 43 ongeopende enveloppen. Samen met de {{r:sociaal raadsvrouw}} hebben we ze allemaal doorgelopen.
Als iemand dezelfde aanpak wil: mail me, [[e:h.yilmaz@swt-denhaag.nl]]. We hebben er een stappenplan van gemaakt op [[d:15 januari]].
=====
Antwoord op vraag van [[p:Willemijn]]: ja, je kunt de aanvraag ook digitaal doen, maar dan heb je DigiD nodig en dat heeft dhr [[p:Martina]] dus niet. Wij hebben toen een machtiging geregeld via zijn {{r:mentor}}.
De machtiging staat op naam van [[p:Wilfred Martina]], dossier {{o:SVB}} [[k:MA-2024-7716]].
=====
Thema-avond 'Huiselijk geweld' – nabespreking
[[p:Ingrid]]: fijne avond, goede sprekers van {{o:Veilig Thuis}} en {{o:Fier}}.
[[p:Said]]: eens. Wel jammer dat de casus van [[p:Karima]] werd besproken met haar echte naam, ook al was het intern. Dat moeten we echt anders doen.
[[p:Ingrid]]: terecht punt. Ik neem het mee naar [[p:Karin]].
=====
👍 12   💬 4
[[p:Wendy Linger]]: zouden we niet een vaste lijst kunnen maken van tolken per taal? Ik heb er een paar: Tigrinya ([[p:Tesfay]], [[t:06 4309 1122]]), Pashto ([[p:Shafiq]]), Bulgaars ([[p:Ivana]]).
[[p:Shafiq]] is te bereiken via [[t:06 - 29 44 81 07]], [[p:Ivana]] via [[e:ivana.tolk@gmail.com]]. Ik kan de lijst bijhouden.
=====
Reactie op 'Ouderen en digitale zaken' door [[p:h.vanleeuwen]]:
eens, de {{o:SVB}} is soms onmogelijk. ik heb een keer met dhr. [[p:Nelom]] (87) twee uur op het {{o:Servicepunt XL}} gezeten om zijn Mijn {{o:SVB}} in orde te krijgen. uiteindelijk heeft zijn kleinzoon [[p:Dylan]] het vanuit Rotterdam gedaan.
Dat was op [[d:woensdag 7 februari]]. [[p:Dylan]] heeft toen ook de DigiD van zijn opa aangevraagd.
=====
Wat een sterke les, [[p:Priya]]! Vooral het stuk over hoe jullie de {{r:wijkverpleegkundige}} en de {{r:Wmo-adviseur}} samen aan tafel kregen. Mag ik hem gebruiken in onze teamdag op [[d:18 juni]]?
De teamdag is op [[d:dinsdag 18 juni]] in {{o:Wijkcentrum De Mussen}}, dus je kunt mij ook mailen: [[e:priya.jagesar@swt-denhaag.nl]].
=====
[[p:Ruud]] (teamlid {{w:Loosduinen}}) vroeg in de chat: 'hoe zit het met toestemming als de cliënt dement is?' Antwoord van mr. [[p:S. Koster]], {{r:jurist}} {{o:gemeente}}: dan moet de {{r:mentor}} of wettelijk vertegenwoordiger tekenen. Zie de notitie van [[d:9 oktober]].
Notitie te vinden onder [[k:JZ-2023-118]] op intranet.
=====
Casusles #17 – 'De buurman die alles wist'
Opmerking van de redactie: in de eerste versie stond de naam van de buurman ([[p:Arie Groen]]) en zijn huisnummer. Dat is verwijderd. Bedankt aan [[p:Mustafa]] voor het melden.
Ook het adres ([[a:Esdoornstraat 61]]) en de datum van het incident ([[d:2 februari]]) zijn uit de les gehaald.
=====
[[p:Anouk]] [[d:ma 15 apr]] 09:22
Goedemorgen! Voor wie de live-sessie heeft gemist: opname staat online. De sprekers waren [[p:Kees Bakker]] ({{r:opbouwwerker}} {{o:Vóór Welzijn}}) en [[p:Yvonne Esajas]] ({{r:ervaringsdeskundige}}). Vragen kun je hier kwijt.
Volgende live-sessie: [[d:maandag 13 mei]] 09:30.
=====
Vraag van [[p:Joost]] ({{w:Bezuidenhout}}): iemand een goed contact bij {{o:Brijder}} voor een acute aanmelding? Het gaat om een jonge vader, alcohol, 2 kinderen. Zijn ex ([[p:Anna Lopes Tavares]]) heeft ons ingeschakeld.
-- [[p:Wesley]]: bel [[p:Marit]] op de intake, [[t:088 - 358 23 10]]. Zeg dat je van mij komt
-- [[p:Joost]]: dank! gebeld, aanmelding staat, intake [[d:vrijdag 3 mei]]. Nummer bij {{o:Brijder}}: [[k:BR-240513-07]]
=====
Mijn bijdrage voor het thema jeugd: we zien in {{w:Zuiderpark}} steeds meer jongeren van 18-23 die tussen wal en schip vallen. Een voorbeeld: [[p:Jayden]] werd op zijn 18e verjaardag ([[d:7 augustus]]) uit de pleegzorg 'ontslagen' en stond op straat. Het {{o:Jongerenloket}} kon pas na 6 weken iets.
Hij woont nu in een kamer aan de [[a:Zuiderparklaan 66]], maar die is tijdelijk tot [[d:30 juni]].
=====
[[p:Eveline Schipper]] heeft gereageerd op jouw bericht:
"Dank voor het delen. Bij ons is de {{r:casusregisseur}} altijd iemand van de {{o:gemeente}}. Hoe is dat bij jullie?"
[[p:Eveline Schipper]] · {{w:Wateringse Veld}} · [[d:25 april]]
=====
Ik wil even reageren op wat [[p:Hakan]] schreef over de {{o:Voedselbank}}. Het klopt niet dat je daar pas na 3 maanden terecht kunt. Ik heb mw. [[p:Osei]] vorige week nog binnen 5 dagen aangemeld (verwijzing via {{o:Stichting Boog}}, ref [[k:VB-0988-24]]).
Zij woont op de [[a:Dierenselaan 140]], [[pc:2572 BP]] en was erg blij.
=====
Samenvatting brainstorm 'Ouderen' ([[d:6 februari]], {{w:Leidschenveen}})
Aanwezig: [[p:Bep]], [[p:Wim]], [[p:Sharon]], [[p:Achmed]], [[p:Lieke]] (notulen)
- ouderen met beginnende dementie worden te laat gezien
- {{r:huisartsen}} verwijzen weinig door naar het {{o:SWT}}
- actie: [[p:Wim]] maakt contact met {{o:HWW zorg}}
Volgende brainstorm: [[d:28 maart]], locatie volgt. [[p:Wim]] is te bereiken op [[t:06 21 30 47 95]].
=====
Commentaar bij de les van [[p:Ilse]]:
Interessant dat jullie de buurvrouw als mantelzorger hebben ingezet. Is dat niet risicovol? Wij hadden een keer een buurman ([[p:Vos]]) die misbruik maakte van een oudere dame, hij had haar pinpas en pincode. Politie-zaak [[k:PL1500-2023-087762]].
De dame woonde op de [[a:Goudsbloemlaan 88]]. Het is uiteindelijk goed gekomen maar het kostte maanden.
=====
Hoi allen, [[p:Gulalai]] hier ({{r:stagiaire}} MWD, {{o:Haagse Hogeschool}}). Ik doe onderzoek naar hoe sociale wijkzorgteams samenwerken met moskeeën. Wie wil geïnterviewd worden? Mail me op [[e:g.sultani@student.hhs.nl]] 🙏
Interviews zijn tussen [[d:1 mei]] en [[d:15 juni]], ongeveer een uur.
=====
Reactie op 'Wat doe je als een cliënt niet meer opendoet?'
[[p:Marco]]: in ons geval was meneer [[p:Post]] overleden. Het is twee weken niet opgemerkt. Sindsdien hebben we met de {{o:corporatie}} de afspraak dat zij ons bellen als de post zich ophoopt.
Het was op de [[a:Moerweg 240]], hij is gevonden op [[d:14 januari]].
=====
Ik sluit me aan bij [[p:Wendy]] en [[p:Jan]]. Nog een tip: de {{o:Sociaal Raadslieden}} van {{o:Stichting Rechtswinkel}} hebben op dinsdag een inloop in het wijkcentrum aan de Jan Luykenlaan. Daar gaat mevrouw [[p:Storm]] (een van onze cliënten) altijd heen.
Inloop is van 13.00 tot 15.00. Mevrouw [[p:Storm]] kun je er meestal treffen, haar dossier bij ons is [[k:2023-04418]].
=====
[[p:tineke_r]]: Kleine noot bij de casusles van deze week. Ik zag dat de datum van het incident erin stond ([[d:zaterdag 16 december]]). In combinatie met de wijk ({{w:Vrederust}}) kun je dan toch herleiden over wie het gaat. Misschien weglaten?
Ook stond er dat het gebeurde 'bij het flatje aan de [[a:Steenwijklaan 312]]'.
=====
Nieuw onderwerp: Wie heeft de ppt van [[p:Judith Winklaar]] van de expertmeeting? Ze zei dat hij zou worden gedeeld maar ik kan hem niet vinden. Anders mail ik haar zelf ([[e:judith.winklaar@denhaag.nl]])
Ze presenteerde op [[d:16 april]], als ik het goed heb.
=====
Reactie van [[p:Kwaku Mensah]] · {{r:jongerenwerker}} {{o:Jongerenwerk Den Haag Zuidwest}}
Ik herken mezelf in dit verhaal. Ik ben zelf opgegroeid in {{w:Moerwijk}} en mijn moeder had ook schulden. Wat mij toen had geholpen: een volwassene die gewoon bleef komen, zoals meester [[p:Hans]] van de basisschool.
=====
[[p:Sophie]] schreef op [[d:19-02]]:
'Wij hebben alleen goede ervaringen met het {{o:Wijkteam}} in Delft.'
Mag ik vragen welke contactpersoon jullie daar hebben? Wij hebben een cliënt ([[p:R.]]) die van {{w:Ypenburg}} naar Delft verhuist en de overdracht loopt stroef.
[[p:R.]] is geboren op [[d:17-11-1971]] en verhuist per [[d:1 april]], mocht dat helpen.
=====
Poll: welk thema willen jullie voor de volgende sessie?
◻ jeugd ◻ ouderen ◻ huiselijk geweld ◻ bemoeizorg
Gestart door [[p:Anouk de Groot]] · sluit op [[d:vrijdag 1 maart]]
Vragen: mail [[e:anouk.degroot@denhaag.nl]]
=====
Aanvulling op mijn eigen les: na publicatie heeft mevrouw ([[p:Fatma]]) me gebeld. Ze was blij dat het verhaal gedeeld wordt, maar vroeg of het jaartal eruit kon. Heb dat gedaan. Ze woont nu trouwens niet meer in de [[a:Stuwstraat 24]], dus dat deel klopt ook niet meer.
=====
@[[p:Kees]] @[[p:Mirjam]] zien jullie dit? Er staat een volledig BSN in de casus van vanochtend ([[b:4903 99 691]]). Graag zsm verwijderen!
Het stond in de alinea over de {{o:SVB}}, samen met het adres [[a:Esdoornstraat 61]] en [[pc:2565 HL]].
=====
Reactie op thema 'Bemoeizorg':
Wij werken in {{w:Scheveningen}} met een vast 'bemoeizorgoverleg' elke 2 weken. Deelnemers: {{o:GGD}}, {{o:Parnassia}}, {{o:HWW zorg}}, {{o:Politie}} en wij. De {{r:wijkverpleegkundige}} ([[p:Mariëlle]]) is de spil. Voorbeeld: mw. [[p:van der Kooij]] is daardoor wel in beeld gebleven.
Ze woont op de [[a:Badhuisstraat 151]], [[pc:2584 HJ]]. Overleg elke 2e dinsdag, volgende op [[d:9 april]].
=====
Onderwerp: dhr. [[p:Benali]] – terugkoppeling

Hoi [[p:Kim]],

Kort: ik ben vanochtend bij dhr. [[p:Benali]] geweest ([[a:Hoefkade 633]]). Hij heeft de toestemmingsverklaring getekend. Hij wil hulp bij zijn schulden, maar nog niet bij de GGZ-kant. Kun jij de aanmelding bij {{o:Schuldhulpverlening}} doen? Zijn BSN is [[b:782721217]].

Groet,
[[p:Rachid]]
=====
Van: [[p:Femke Hagen]] <[[e:f.hagen@swt-denhaag.nl]]>
Aan: team {{w:Laak}}
Onderwerp: vakantie + vervanging

Allen, ik ben van [[d:29 juli]] t/m [[d:16 augustus]] weg. Lopende zaken neemt [[p:Thijs]] waar. Belangrijk: mw. [[p:Yilmaz]] heeft op [[d:5 augustus]] een zitting bij de rechter (huurzaak). [[p:Thijs]] gaat mee. Ik heb alles in het dossier gezet.

Fijne zomer!
[[p:Femke]]
=====
Hi [[p:Sander]],

Zoals besproken de gegevens voor de aanvraag van mw. [[p:Doran]]:
BSN: [[b:8136.32.602]]
IBAN: [[i:NL18 ASNB 0680 5919 29]]
Adres: [[a:Zuidlarenstraat 57]], [[pc:2545 VR]] Den Haag
Geboortedatum: [[d:12-08-1966]]

Laat maar weten als er iets ontbreekt.
Gr. [[p:Jolanda]]
PS: haar telefoon is [[t:06 - 14 70 29 88]] en e-mail [[e:doran.linda@kpnmail.nl]].
=====
Onderwerp: RE: overdracht [[p:R. Sewnath]]

Dag [[p:Hester]],

Ik heb het even nagevraagd. Meneer staat nog ingeschreven op de [[a:Lorentzplein 3 bis]] maar verblijft bij zijn zus in Zoetermeer. Post gaat naar het {{o:Leger des Heils}} (postadres). De {{r:bewindvoerder}} is op de hoogte.

Hartelijke groet,
[[p:Anand]] | {{r:Wmo-consulent}} | {{o:gemeente Den Haag}} | [[t:06 15 39 77 02]]
=====
Hoi allemaal,

Ik zoek voor [[d:maandag 22 april]] iemand die met mij mee wil naar de {{o:Raad voor de Kinderbescherming}}. Het gaat om de kinderen van [[p:Ahmad Alsayed]]. De zitting begint om 13:00. Wie kan?

[[p:Lieke]]
Adres gezin: [[a:Vlierboomstraat 287]], [[pc:2564 JE]]. Dossier [[k:RvdK-2024-0319]].
=====
Onderwerp: verslag HB [[d:3/4]] mw. [[p:Gomes Varela]]

[[p:Peter]], zie hieronder mijn korte verslag.
- woning schoon, koelkast leeg
- geen contact met familie, behalve nicht ([[p:Lurdes]], woont in Rotterdam)
- wil wél hulp bij financiën, ze heeft een brief van de {{o:Belastingdienst}} met kenmerk [[k:9123.45.678.T.42]] die ze niet begrijpt
- volgende afspraak [[d:10 april]]

Gr [[p:Ria]]
=====
Beste mevrouw [[p:Van den Broek]],

Dank voor uw mail. Ik heb uw vraag doorgezet naar mijn collega [[p:Ahmed Chaouch]], {{r:ouderenconsulent}}. Hij neemt deze week contact met u op over de situatie van uw vader. U kunt hem ook zelf bereiken via [[e:a.chaouch@voorwelzijn.nl]].

Met vriendelijke groet,
[[p:Claudia]]
{{o:Servicepunt XL}} {{w:Bouwlust}}/{{w:Vrederust}}
=====
Hoi [[p:Ronald]], wil je dit aub doorsturen naar [[p:Gerrit]]? Ik heb zijn nieuwe adres niet. Het gaat om de aanmelding van [[p:Agnieszka Kowalczyk]] ([[a:De la Reystraat 80]], [[pc:2572TK]]) bij {{o:MEE}}. Alvast dank. [[p:Lisa]]
Haar telefoon: [[t:06 50 29 71 84]]. Geboren [[d:28-09-1983]].
=====
Onderwerp: Let op – fraude?!

Team,

Vandaag belde een man die zich voorstelde als 'de zoon van mevrouw [[p:Bouwman]]' en haar IBAN wilde wijzigen naar [[i:NL04BUNQ6663923758]]. Mevrouw heeft geen zoon. Ik heb niks doorgegeven en de {{o:politie}} gebeld. Mocht hij ook bij jullie bellen: niks doorgeven, noteer zijn nr. Hij belde met [[t:+32 470 12 34 56]].

[[p:Ilona]]
=====
Hi [[p:Kees]], kun jij mij het e-mailadres van [[p:Paulien]] van {{o:Staedion}} doorsturen? Ik heb een vraag over de woning van dhr. [[p:Groen]] in {{w:Moerwijk}}. Dank! [[p:S.]]
Hij woont [[a:Erasmusweg 411]], [[pc:2532 CB]]. Huurcontract nummer [[k:100234567]].
=====
Dag [[p:Willem]],

Bijgaand het rooster voor het MDO in mei. Let op: [[d:donderdag 9 mei]] is Hemelvaart, dus die schuift naar [[d:woensdag 8 mei]].

Casussen:
1. fam. [[p:Demir]] (ingebracht door [[p:Gülay]])
2. mw. [[p:Rosaria]] (ingebracht door [[p:Jurgen]])
3. dhr. [[p:Tjon A Fong]] (ingebracht door mij)

Groet, [[p:Daphne]]
=====
Onderwerp: Vraag ivm {{o:UWV}} – [[p:Marek]]

Hoi [[p:Yvette]],

[[p:Marek]] (dhr. [[p:Zieliński]]) heeft me gevraagd of zijn WW-uitkering doorloopt nu hij ziek is. Ik weet het niet. Weet jij het? Zijn klantnummer bij het {{o:UWV}} is [[k:KL-40021857]].

[[p:Jaap]]
Hij woont op de [[a:Copernicusplein 9]], [[pc:2561 VD]]. Ziekmelding was op [[d:2 april]].
=====
Hoi [[p:Mirjam]],

Ik heb net de {{r:wijkverpleegkundige}} gebeld over mw. [[p:Lam]]. Zij gaat per [[d:1 juni]] naar het verpleeghuis ({{o:Saffier}} – locatie Nolenshaghe). Kun jij de Wmo-voorziening stopzetten? Dossier [[k:WMO-2022-55120]].

[[p:Anita]]
Adres verpleeghuis: [[a:Nolensplein 11]], [[pc:2551 JM]]. Haar dochter [[p:Ling]]: [[t:06 44 22 81 30]].
=====
Van: [[e:secretariaat.swt.escamp@denhaag.nl]]
Onderwerp: telefoonlijst bijgewerkt

Nieuwe nummers:
[[p:Tim Koster]] – [[t:06-25178803]]
[[p:Maaike de Boer]] – [[t:06-43 72 10 66]]
[[p:Hassan]] – [[t:(070) 353 26 70]]
Oude lijst weggooien aub!
[[p:Hassan]] – mail: [[e:h.bakkali@swt-denhaag.nl]]
=====
Hoi [[p:Eva]], zie bijlage. Het betreft de huurachterstand van mevr. [[p:Abdullahi Hassan]] ([[a:Moerweg 301]], {{w:Moerwijk}}), klantnr {{o:Haag Wonen}} [[k:HW 0710283]]. Zij heeft gisteren een betalingsregeling afgesproken van €50 per maand. Gr. [[p:Robin]]
Eerste termijn wordt op [[d:1 mei]] afgeschreven van [[i:NL59RBRB4090971061]].
=====
Hoi team,

Ter info: mw. [[p:Mei]] (ja, zo heet ze echt) uit {{w:Ypenburg}} is op [[d:3 mei]] bevallen van een zoon. Alles goed. Ze vraagt of we in mei even langs willen komen om te kijken naar de kinderbijslag enzo.

[[p:Babette]]
=====
Onderwerp: toestemmingsverklaring fam. [[p:Alhassan]]

[[p:Bart]],

De verklaring is getekend door beide ouders ([[p:Abdulrahman]] en [[p:Rania]]) op [[d:26-02-2024]]. Ik heb hem gescand en in het dossier gezet ([[k:SWT-2024-0077]]). Origineel ligt in de kluis.

Groet,
[[p:Gerdien]]
{{r:casusregisseur}} {{o:SWT}} {{w:Transvaal}}
De verklaring geldt tot [[d:26-02-2025]]. Ze wonen op de [[a:Wouwermanstraat 19-III]].
=====
Hallo [[p:Jeanine]],

Mw. [[p:Esajas]] belde vanmorgen. Haar telefoon is gestolen, ze is bereikbaar via haar buurvrouw [[p:Marga]] ([[t:070-3931184]]). Wil je dat ff in het systeem zetten? Ik kom er zelf vandaag niet aan toe.

Thnx, [[p:Mark]]
Haar adres is [[a:Kamperfoeliestraat 32]], [[pc:2563 AR]]. Afspraak bij de {{r:huisarts}} op [[d:dinsdag 9 april]].
=====
Onderwerp: Brainstorm jeugd – datum

Beste allen,

De brainstorm over het thema jeugd is verplaatst van [[d:di 12 maart]] naar [[d:do 14 maart]], zelfde tijd (15.00-17.00), {{o:Wijkcentrum De Mussen}}. Facilitator is [[p:Ellen Brink]] van {{o:CAOP}}. Graag aanmelden bij mij.

Met vriendelijke groet,
[[p:Marieke Vink]]
Projectleider pilot 'Samen werken in het sociale domein'
[[e:marieke.vink@denhaag.nl]] | [[t:06 52 11 08 74]]
=====
Hoi [[p:Rob]], even snel: dhr. [[p:Hooi]] heeft geen geldig ID meer, dus de aanvraag bij {{o:SZW}} wordt afgewezen. Hij heeft een afspraak bij de balie Stadhuis op [[d:17 april]] om een nieuw paspoort aan te vragen. Daarna pak ik het weer op. [[p:Marjolein]]
Zijn BSN heb je nodig: [[b:104312464]]. Zijn adres: [[a:Hooftskade 181]].
=====
Onderwerp: Re: Zorgen om dhr. [[p:W.]]

[[p:Linda]],

Dank voor je bericht. Ik ben het met je eens dat we moeten handelen. Ik stel voor dat we een melding doen bij het {{o:Meldpunt Zorg en Overlast}}. Ik doe dat vandaag nog; naam [[p:Wolf]], [[a:Goudenregenstraat 145]], geb. [[d:1-9-1958]]. Ik hou je op de hoogte.

[[p:Bram]]
=====
Goedemiddag,

Via deze mail meld ik mevrouw [[p:Zhang Mei]] aan voor het maatjesproject. Ze is 71, spreekt weinig Nederlands (wel Kantonees), woont alleen in {{w:Bezuidenhout}}. Contact loopt via haar dochter [[p:Wei]] ([[e:wei.zhang1990@gmail.com]]).

Met groet,
[[p:Hans de Vos]]
{{r:welzijnscoach}}
Adres: [[a:Juliana van Stolberglaan 150]], [[pc:2595 CK]]. Telefoon dochter: [[t:06 - 37 58 90 11]].
=====
Hi [[p:Sanne]],

Ik heb zojuist de intake gedaan met [[p:Filmon Habte]]. Hij is 19, woont sinds [[d:1 januari]] zelfstandig in de [[a:Weimarstraat 17a]] en heeft nu al een huurachterstand. Geen vaste dagbesteding. Ik stel voor dat jij als {{r:jongerencoach}} erbij komt.

Groet, [[p:Bart]]
=====
Onderwerp: Verzoek inzage dossier

Beste [[p:Natasja]],

Dhr. [[p:Popalzai]] heeft verzocht om inzage in zijn dossier ([[k:2023/SWT/1184]]). Kun jij het dossier doorlopen en eventuele informatie over derden (bijv. over zijn ex-vrouw [[p:Mariam]]) weglakken? We moeten binnen 4 weken reageren.

[[p:Hanneke]], {{r:teamleider}}
=====
Hoi [[p:Frank]],

Volgens mij heb ik je nog niet het mailadres van de nieuwe {{r:huisarts}} van mw. [[p:Kalloe]] gegeven. Het is [[e:praktijk.vandermeer@huisartsen-escamp.nl]]. Telefonisch: [[t:070 - 329 40 22]].

Gr, [[p:Shanti]]
De nieuwe {{r:huisarts}} heeft haar op [[d:12 maart]] ingeschreven. BSN voor de overdracht: [[b:298834091]].
=====
Onderwerp: welkom!

Lieve allemaal,

Vanaf maandag hebben we een nieuwe collega: [[p:Ahmet Erdoğan]], {{r:maatschappelijk werker}} via {{o:Xtra}}. Hij komt uit {{w:Leidschenveen}} en gaat vooral in {{w:Laakkwartier}} aan de slag. Zijn mail: [[e:a.erdogan@xtra.nl]]. Laten we hem goed ontvangen! 🎉

[[p:Karin]]
=====
Hoi [[p:Esther]],

De beschikking van dhr. [[p:Amatmoekrim]] is binnen. Huishoudelijke hulp 3 uur/week, ingang [[d:1 april 2024]]. Zorgaanbieder: {{o:Florence}}. Kenmerk beschikking: [[k:BW-24-044781]]. Zal ik het hem uitleggen of doe jij het?

[[p:Youssra]]
Zijn adres voor de {{o:Florence}}-planning: [[a:Paets van Troostwijkstraat 98]], [[pc:2522 DR]].
=====
TODO ma
- bellen mw [[p:yilmaz]] ivm huur (na 10u, ze slaapt lang)
- formulier bijz. bijstand dhr [[p:Ramdin]] → {{o:SZW}}
- mail [[p:Kees]] over [[k:SHV-2024-0412]]
- taart voor [[p:Chantal]]!!
- {{r:huisarts}} [[p:Sewnath]] terugbellen [[t:070-3887120]]
- [[p:Rosaria]] checken [[a:Teniersstraat 16]] (ivm melding)
- verslag [[d:15/3]] afmaken
=====
Rooster inloop {{o:Servicepunt XL}} {{w:Transvaal}} – week van [[d:15 april]]
ma: [[p:Fatih]] + [[p:Dewi]]
di: [[p:Sanne]] (ochtend), [[p:Rutger]] (middag)
wo: gesloten (teamdag)
do: [[p:Naima]] + {{r:stagiaire}} [[p:Gulalai]]
vr: [[p:Bas]]
Bij ziekte: app [[p:Ilse]], [[t:06-11408726]]
=====
to do's na MDO [[d:8/5]]:
* [[p:jeroen]]: huisbezoek fam [[p:demir]] plannen
* [[p:gülay]]: contact school [[p:Elif]] en [[p:Emre]]
* [[p:daphne]]: {{o:Veilig Thuis}} terugkoppelen ([[k:VT-2024-0562]])
* allen: toestemmingsverklaringen checken!!
volgende MDO: [[d:22/5]], zelfde tijd
=====
Boodschappenlijstje voor mw. [[p:Kowalski]] (ze kan zelf niet):
brood, melk, koffie ({{o:Douwe Egberts}}!), kattenvoer, wc-papier
betalen met haar pas, pincode weet [[p:Hennie]] (buurvrouw [[a:Laan van Meerdervoort 1034]])
(ze woont zelf op [[a:Laan van Meerdervoort 1036]], [[pc:2564 AW]], mocht iemand anders gaan)
=====
Bereikbaarheidslijst kerst ([[d:23 dec]] – [[d:2 jan]])
[[d:23/12]] [[p:Marco]] [[t:06 31 09 44 81]]
[[d:27/12]] [[p:Ingrid]] [[t:06 58 00 12 37]]
[[d:30/12]] [[p:Said]] [[t:0648392201]]
[[d:2/1]] [[p:Marco]]
Crisis: bel altijd eerst de {{r:crisisdienst}} {{o:GGZ}}, daarna de dienst
=====
Checklist aanmelding {{o:MEE}} – [[p:Hodan Warsame]]
☑ toestemming getekend ([[d:14-03-2024]])
☑ BSN: [[b:141400031]]
☐ verslag {{r:psycholoog}}
☐ contactgegevens moeder ([[p:Faadumo]], [[t:06-1909 4417]])
☐ IQ-test → via {{r:huisarts}}
☐ IBAN voor de eigen bijdrage: [[i:NL53INGB7697667739]]
☐ afspraak intake {{o:MEE}}: [[d:9 april]]
=====
wat moet ik nog doen vandaag:
1 [[p:Rosaria]] ff bellen
2 {{o:Voedselbank}} pakket [[p:Fortes]] regelen
3 declaratie km's!!
4 verslag schrijven [[p:Pinas]] en [[p:Doelwijt]]
5 lunch 🙃
6 [[e:r.moerman@haagwonen.nl]] mailen over [[a:Beeklaan 442-3]]
=====
Huisbezoeken wo [[d:20-3]]
09.30 [[p:Chen]] – [[a:Wagenstraat 115]] ({{r:tolk}} geregeld)
11.00 [[p:El Idrissi]] – [[a:Parallelweg 88-1]]
13.00 lunch
14.00 [[p:Boateng]] – [[a:Vaillantlaan 582]] met [[p:Mirjam]]
16.00 rapporteren
(postcode [[p:El Idrissi]]: [[pc:2521 BW]] / [[p:Boateng]]: [[pc:2526 HV]])
=====
Aandachtspunten overleg {{o:Parnassia}} – {{o:SWT}} [[d:1 feb.]]
- wachtlijst FACT-team (6 mnd!!)
- dhr [[p:Lewandowski]]: opname of niet?
- mw [[p:Koster]]: medicatie-inname, wie controleert
- afspraken over informatie-uitwisseling (toestemming!)
Aanwezig: [[p:AK]], [[p:JdB]], [[p:SvL]], dr. [[p:Meijer]] ({{r:psychiater}})
Volgend overleg: [[d:7 maart]], zelfde plek.
=====
Takenlijst [[p:Dominique]] – week 15
[ ] [[p:Thomas]] helpen met anonimiseren casus
[ ] evaluatie stage [[p:Gulalai]]
[x] aanvraag Wmo dhr. [[p:Haj Ali]] ([[k:WMO-2024-10311]])
[ ] bellen met [[p:Mustafa]] over buurtkamer
[ ] afspraak [[d:11 april]] met {{o:HWW zorg}} over [[k:HWW-118204]]
=====
Belrondje vrijdag (eenzaamheid-project)
- mw [[p:de Haan]] [[t:070-3245519]] ✓ goed
- dhr [[p:Nelom]] [[t:070 3637821]] ✗ niet opgenomen
- mw [[p:Storm]] [[t:06-2344 8190]] ✓ wil op bezoek
- mw [[p:Bloem]] [[t:070-3659907]] ✓
- dhr [[p:Smit]] - nr klopt niet meer
=====
Inventarisatie schulden fam. [[p:Kaya]] ([[d:7-2-'24]]):
- {{o:Belastingdienst}} (toeslagen) € 4.300
- {{o:Eneco}} € 680
- {{o:CZ}} € 1.210 (zorgpremie)
- {{o:Haag Wonen}} € 2.450 huur
- {{o:Vodafone}} ca. € 300
rekening: [[i:NL73 RBRB 8416 0218 44]] (op naam van [[p:Hakan Kaya]])
=====
Rooster telefonische dienst team {{w:Scheveningen}}
maandag – [[p:Mariëlle]]
dinsdag – [[p:Joost]]
woensdag – [[p:Ria]]
donderdag – [[p:Mariëlle]]
vrijdag – [[p:Harm]]
(zomerperiode: [[p:Harm]] is weg van [[d:15-7]] tot [[d:5-8]], dan neemt [[p:Joost]] de vrijdag over)
[[p:Harm]] mobiel (alleen bij spoed): [[t:06 51 40 22 87]]
=====
Actielijst kick-off pilot
1. uitnodiging naar alle 24 teams ([[p:Marieke]]) – deadline [[d:1 november]]
2. zaal regelen: {{o:Atrium Stadhuis}} ([[p:Ellen]])
3. catering ([[p:Anouk]])
4. stemformulier thema's maken ([[p:Marieke]] + [[p:Anouk]])
5. sprekers {{o:CAOP}} bevestigen ([[p:Ellen]])
6. kick-off: [[d:22 november]], 13.00 – 17.00
=====
nog regelen voor [[p:Tomasz]]:
- BSN aanvragen ({{o:gemeente}}) – hij heeft alleen een RNI-nr
- zorgverzekering
- uitzendbureau bellen over loonstrookjes, contactpersoon [[p:Agata]] [[t:+48 512 903 447]]
- woonadres: [[a:Newtonstraat 212]] (kamerverhuur, 4 mannen op 1 kamer!!)
=====
Aanmeldingen deze week:
[[k:#55120]] – vrouw 34, {{w:Spoorwijk}}, schulden + opvoeding
[[k:#55121]] – man 67, {{w:Mariahoeve}}, vereenzaming, beginnende dementie
[[k:#55124]] – jongen 19, {{w:Laak}}, dakloos (slaapt bij vrienden)
Verdeling: [[p:Wijnand]], [[p:Lotte]], [[p:Yusuf]]
[[k:#55124]]: BSN onbekend, alleen geb.datum [[d:03-01-2005]]
=====
lijstje vragen voor gesprek met {{r:bewindvoerder}} (mr. [[p:De Wit]]):
- waarom geen leefgeld sinds [[d:1 maart]]?
- hoe hoog is de schuldenlast nu?
- rekening [[i:NL29INGB2880591911]] – van wie is die?
- kan [[p:Jurgen]] zijn eigen boodschappen doen?
- adres [[p:Jurgen]]: [[a:Jan van Riebeekstraat 55]], [[pc:2525 VA]] – klopt dat nog?
=====
Planning expertmeeting april
- datum: [[d:dinsdag 16 april]], 13-17u
- plek: {{o:Wijkcentrum Bouwlust}}
- sprekers: prof. [[p:Anna Groeneveld]] ({{o:Universiteit Leiden}}), [[p:Yvonne Esajas]] ({{r:ervaringsdeskundige}})
- casus aanleveren: [[p:Priya]], [[p:Ramon]] (deadline [[d:5/4]])
- aanmelden bij [[e:pilot.sociaaldomein@denhaag.nl]]
=====
Sleutelbeheer spreekkamers {{w:Laak}}
kamer 1 – [[p:Hassan]]
kamer 2 – [[p:Tim]]
kamer 3 (met kinderhoek) – [[p:Maaike]]
reservesleutel bij de receptie ({{o:Servicepunt XL}}), alleen af te halen met pas
Sleutels kwijt? Bel [[p:Hassan]] op [[t:06 12 08 44 35]]. Laatst gecontroleerd: [[d:4 maart]].
=====
to-do [[p:bo]] vr:
- mw [[p:popescu]] nieuwe telnr doorgeven aan {{o:Florence}}
- dhr [[p:asante]] brief {{o:CAK}} uitleggen
- mail aan [[p:noor]]: wanneer MDO [[p:warsame]]?
- [[p:sam]] bedanken voor invallen ❤️
- afspraak mw [[p:popescu]] [[d:ma 15-4]] 11u, [[a:Kepplerstraat 188]]
=====
Verdeling caseload na vertrek [[p:Esther]]:
[[p:Zeeman]] → [[p:Rik]]
[[p:Amatmoekrim]] → [[p:Youssra]]
[[p:Osei]] → [[p:Hakan]]
[[p:Van der Kooij]] → [[p:Mariëlle]]
[[p:Jansen-Bakker]] → [[p:Rik]]
Overdrachtsgesprekken uiterlijk [[d:31 mei]]
Wie vragen heeft: [[p:Esther]] is nog tot [[d:24 mei]] bereikbaar op [[t:06 33 71 09 48]].
=====
Gegevens voor {{o:Fonds Bijzondere Noden}} aanvraag:
naam: [[p:Nadia Ait Ouali]]
adres: [[a:Jan van der Heijdenstraat 22]], [[pc:2525 XN]] Den Haag
tel: [[t:06 47 28 11 90]]
IBAN: [[i:NL26INGB7088990315]] t.n.v. [[p:N. Ait Ouali]]
gevraagd: wasmachine (oude kapot sinds februari)
onderbouwing: [[p:Mieke]] ({{r:maatschappelijk werker}})
=====
Openstaande acties pilot-groep (stand [[d:2 mei]])
✓ themakeuze (jeugd, ouderen, huiselijk geweld, bemoeizorg)
✓ startbijeenkomst
◯ verslag expertmeeting – [[p:Ellen Brink]]
◯ evaluatieformulier – [[p:Joost]]
◯ afsluiting juni: locatie? – [[p:Marieke]] vraagt {{o:Theater aan het Spui}}
=====
Wie neemt wat mee naar de buurtbarbecue {{w:Moerwijk}} (za)
[[p:Jeroen]] – bbq + kolen
[[p:Sanne]] – salades
[[p:Rutger]] – drinken
[[p:Dewi]] – halal vlees (via slager [[p:Yilmaz]] op de Paul Krugerlaan, hij geeft korting)
buurtbewoners: oma [[p:Truus]] bakt cake
=====
Afspraken [[p:Ali]] deze week:
ma: [[p:Kromodimedjo]] → {{o:PsyQ}} (ophalen 9.45, [[a:Kempstraat 112-hs]])
di: teamoverleg
wo: [[p:Hashimi]] + {{r:tolk}} Dari
do: [[p:Osman]] (nieuw, [[a:Hoefkade 1084]])
vr: vrij
do: adres [[p:Osman]] checken → [[pc:2526 BV]]?
=====
Checklist verhuizing mw. [[p:Yıldız]]
- adreswijziging {{o:gemeente}} – nieuw adres [[a:Erasmusweg 1120]], [[pc:2532 CL]]
- Wmo-voorzieningen verhuizen (traplift niet meer nodig!)
- nieuwe {{r:huisarts}}? – vragen aan [[p:Kemal]]
- oude woning opleveren [[d:15-3-2024]] bij {{o:Haag Wonen}}
=====
telefoonnummers die ik altijd kwijt ben 😅
- {{o:Veilig Thuis}} regio: via 0800
- {{r:wijkagent}} {{w:Schilderswijk}} ([[p:Dekker]]): [[t:06-29004513]]
- [[p:Mirjam]] thuis (noodgeval): [[t:079 - 341 19 62]]
- {{o:Kredietbank}} balie: op de site
- {{o:Kredietbank}} [[p:Kees]] direct: [[t:070 - 353 66 41]]
=====
Agenda teamoverleg {{o:SWT}} {{w:Regentessekwartier}} – [[d:dinsdag 2 april]]
1. Opening ([[p:Lisa]] is terug!)
2. Casus mw. [[p:Todorova]] (inbreng [[p:Koen]])
3. Casus dhr. [[p:Baas]] (inbreng [[p:Bep]])
4. Privacy: hoe delen we casuslessen? (presentatie [[p:Anouk]])
5. Rondvraag
Locatie: kantoor Elandstraat (achteringang). Notulen: [[p:Koen]]. Mw. [[p:Todorova]] is bij ons bekend onder [[k:2023-11902]].
=====
Overdracht [[p:Femke]] → [[p:Thijs]] (vakantie)

mw. [[p:Yilmaz]], [[a:Paul Krugerlaan 191]]: huurzaak loopt, zitting [[d:5 aug]]. Advocaat is mr. [[p:Hamdi]], [[t:070-3455102]]. Zij is erg zenuwachtig, bel haar de dag ervoor even.
dhr. [[p:Nowak]]: wacht op beschikking bijz. bijstand. Als die binnen is, samen naar de {{o:Kringloop}} voor meubels.
[[p:Jayden]] (19): slaapt nu bij zijn oom in {{w:Zuiderpark}}. Niet pushen, hij komt zelf als hij iets nodig heeft. Zijn nr: [[t:06 84 20 31 55]].
=====
Overdracht weekend – [[p:Ruben]]
Gezien: [[p:kwame]] (vrijdag 15u). Hij lag op bed, wel aanspreekbaar. Koelkast leeg, heb boodschappen gedaan van zijn eigen geld (pas + pin van [[p:Abena]]). Zaterdag belt [[p:Abena]] hem. Als hij zondag niet opneemt: {{r:wijkverpleegkundige}} [[p:Mariska]] bellen ([[t:06-52 90 17 83]]).
[[p:kwame]] woont [[a:Zonnebloemstraat 214]], [[pc:2565 SC]]. Abena's nummer: [[t:06 53 20 71 48]].
=====
Aan: [[p:Dewi]]
Van: [[p:Rutger]]
Betreft: dhr. [[p:Mahabier]], intake [[d:26-3]]

Dhr. is 58, woont alleen sinds zijn vrouw is overleden (december 2022). Schulden ca. € 9.000, vooral zorgverzekering en energie. Drinkt 'soms'. Wil graag hulp, maar wil niet dat zijn kinderen het weten. Toestemming getekend. BSN [[b:372216638]]. Volgende stap: aanmelding {{o:Schuldhulpverlening}} + gesprek {{r:POH-GGZ}}.
=====
overdracht van mij ([[p:Naima]]) naar [[p:Bas]]:
[[p:de wit]] – niet de zus bellen!! alleen {{r:POH-GGZ}}. toestemming [[d:5/3]].
[[p:Hoop]] – contact via dochter. {{o:parnassia}}-dossier liep al.
[[p:Haj Ali]] – Wmo-aanvraag ingediend, wachten.
[[p:Sabajo]] – klaar, mag afgesloten. eindgesprek gehad [[d:11 april]].
sorry voor de rommelige overdracht, moet echt om 4 weg 🙈
=====
Warme overdracht {{o:SWT}} {{w:Ypenburg}} → {{o:wijkteam}} Delft

Cliënt: [[p:R. Kalloe]] (geb. [[d:17-11-1971]])
Nieuw adres: [[a:Papsouwselaan 118]], [[pc:2624 AS]] Delft
Problematiek: schulden, lichte depressie, sociaal isolement
Betrokken: {{o:Kredietbank}} ({{r:schuldhulpverlener}} [[p:Kees]]), {{r:huisarts}} dr. [[p:Van der Meer]]
Afspraken: overdrachtsgesprek [[d:3 juni]] met [[p:Sophie]] ({{o:wijkteam}} Delft) en mij.
[[p:Shanti]] – [[e:s.baldew@swt-denhaag.nl]]
=====
Notitie voor [[p:Jeanine]] (ik ben morgen vrij)
Mw. [[p:Esajas]] is bereikbaar via buurvrouw [[p:Marga]], zie mail. Ze heeft donderdag een afspraak bij {{o:HMC}} Westeinde, om 10.40. Taxi is NIET geregeld (de {{o:Regiotaxi}} had geen plek). Kun jij kijken of [[p:Henk]] (vrijwilliger {{o:PEP}}) haar kan brengen?
Haar geboortedatum voor de taxi: [[d:19-03-1944]]. Ze woont [[a:Gaslaan 42]], [[pc:2564 TH]].
=====
Dagrapportage bemoeizorg [[d:19 maart]] – [[p:Marco]]
Bij [[p:Post]]: geen reactie. Post puilt uit de bus, gordijnen dicht. Buurman ([[p:Gerrit]], nr 14) zegt hem zondag nog gezien te hebben. {{o:Haag Wonen}} gebeld voor sleutel, morgen om 9u samen met {{r:wijkagent}}. Adres ter info: [[a:Moerweg 240]].
Melding bij {{o:Haag Wonen}}: [[k:HW-M-2024-5511]]. Buurman's nummer: [[t:06 28 19 33 70]].
=====
Overdracht [[p:Hester]] → [[p:Linda]] (ouderschapsverlof)

Lopende casussen:
1. Dhr. [[p:Wolf]] – melding {{o:Meldpunt Zorg en Overlast}} gedaan [[d:2-4]]. Reactie afwachten.
2. Mw. [[p:Clarinda Isenia]] – heeft een nieuwe {{r:bewindvoerder}} nodig, de huidige stopt per [[d:1 juli]]. Mogelijke kandidaat: Mr. [[p:P. Statia]].
3. Fam. [[p:Lopes]] – kinderen zitten bij {{o:Jeugdbescherming west}}, wij doen alleen volwassenenkant (moeder [[p:Ana]]).

Ik ben per mail bereikbaar ([[e:hester.vdberg@gmail.com]]) maar liever niet 😉
=====
voor wie vannacht dienst heeft:
dhr [[p:Dimitrov]] belde om 17u, verward. Zegt dat buren zijn geld stelen. Ik denk dat het niet klopt maar hij is wel erg angstig. Als hij weer belt: rustig blijven, [[p:ruben]] kent hem goed. Hij woont [[a:Wolmaransstraat 19]], [[pc:2522 PB]]. Bij escalatie {{o:crisisdienst Parnassia}}.
Zijn BSN (voor de {{o:crisisdienst}}): [[b:246600147]]. Geboren [[d:11-06-1951]].
=====
Overdracht intake
Naam: [[p:Hatice Demir]]
Geb.datum: [[d:30-06-1985]]
Adres: [[a:Zuiderparklaan 18-II]]
Telefoon: [[t:06-12 93 85 40]]
Mail: [[e:haticedemir85@hotmail.com]]
Hulpvraag: 'ik wil weer overzicht over mijn leven'. 3 kinderen (12, 9, 4), gescheiden sinds 2022, schulden onbekend. Ex-man [[p:Serkan]] betaalt geen alimentatie.
Wie pakt op? → [[p:Gülay]]
=====
Hoi [[p:Peter]], ik draag mw [[p:Gomes Varela]] aan jou over omdat ik per [[d:1 mei]] naar team {{w:Centrum}} ga. Ze is een schat maar neemt nooit op. Beste is: langsgaan op dinsdagochtend, dan is ze thuis. [[a:Boekhorststraat 64]]. Nicht [[p:Lurdes]] is de sleutelfiguur. Succes! [[p:Ria]]
Haar nr: [[t:06 - 44 01 29 83]]. Dossier [[k:2022-06650]].
=====
Wisseling {{r:casusregisseur}} fam. [[p:Tesfamariam]]
Van [[p:Fatih]] naar [[p:Dominique]] per [[d:maandag 29 april]].
Korte stand van zaken: moeder ([[p:Senait]]) is nu 6 maanden in NL, kinderen ([[p:Filmon]] 15, [[p:Luwam]] 11) gaan naar school. Zorgen over woonruimte: 4 personen in 2 kamers aan de [[a:Van Ostadestraat 301-B]]. {{o:Vluchtelingenwerk}} is betrokken (contact: [[p:Meron]]).
=====
overdr. dhr [[p:El Idrissi]]
- komt vaak onaangekondigd naar de balie, niet wegsturen maar afspraak maken
- zoon [[p:Said]] helpt met papieren (gebruik NIET zijn nr voor vader, vader heeft eigen: [[t:+31644902217]])
- dossiernr [[k:2022-11873]]
- geen {{r:huisarts}}!! dringend regelen
- woont [[a:Parallelweg 88-1]], [[pc:2525 NG]]
=====
Hallo [[p:Marieke]],

Hierbij mijn overdracht van de pilot-taken, want ik ga per [[d:15 mei]] met verlof:
- contact met de 20 deelnemers loopt via de Teams-groep; de lijst met namen staat in de map
- voor de afsluiting in juni heb ik optie op het {{o:Theater aan het Spui}} ([[p:Remco]], [[t:070-3465272]])
- de enquête staat klaar, wachten op akkoord van [[p:Ellen]] ({{o:CAOP}})

Hartelijke groet,
[[p:Anouk de Groot]]
=====
Bericht voor de nieuwe {{r:wijkverpleegkundige}}: 

Welkom [[p:Nienke]]! Een paar mensen die je snel wilt leren kennen: mw. [[p:van der Kooij]] ([[a:Badhuisstraat 151]]), dhr. [[p:Pinas]] (samen met [[p:Errol]], de neef) en mw. [[p:Lieveld]]. Zij hebben alle drie veel aan een vast gezicht. Groetjes, [[p:Mariëlle]]
Spreekuur hier: elke dinsdag, eerste keer voor jou [[d:dinsdag 7 mei]].
=====
Overdracht casus – vertrouwelijk

Cliënt: mevrouw [[p:K. Wiśniewska]], 44 jaar, woont met haar twee dochters op de [[a:Hoefkade 12]] ([[pc:2526 BX]]). Bekend bij ons sinds [[d:9 november 2023]], aangemeld door de {{r:wijkagent}} na een melding van de buren. Er is sprake van huiselijk geweld door haar ex-partner ([[p:Dariusz]]), die nog regelmatig voor de deur staat. {{o:Veilig Thuis}} heeft een onderzoek lopen onder nummer [[k:VT-2023-5521]].

Wat werkt: afspraken altijd op het kantoor in {{w:Schilderswijk}} of bij haar zus ([[p:Ewa]]) thuis, nooit op haar eigen adres. Zij wil geen contact via de telefoon, alleen via sms op [[t:06-30 18 77 42]].

Wat nog moet: aanvraag urgentie bij de {{o:gemeente}}, gesprek met school van de meisjes, contact leggen met het {{o:CJG}}.

[[p:Naima]], {{r:maatschappelijk werker}}
=====
Hoi [[p:Yvette]], ik neem morgen de inloop niet, jij wel? Let op: [[p:Marek]] komt misschien langs met zijn WW-brief. Ik heb het klantnummer al nagevraagd ([[k:KL-40021857]]), hij moet zelf {{o:UWV}} bellen. Verder komt mogelijk mw. [[p:Hashimi]] voor haar reis ([[d:30/4]]). [[p:Jaap]]
[[p:Marek]] woont nu op de [[a:Copernicusplein 9]], [[pc:2561 VD]].
=====
Overdracht nachtdienst {{o:Kessler Stichting}} → {{o:SWT}}
[[d:Zondag 7 april]], 23:40 – dhr. [[p:G. Petrov]] (bekend bij jullie, [[k:SWT-2023-0412]]) meldde zich bij de nachtopvang. Hij is uit zijn kamer gezet aan de [[a:Rijswijkseweg 402]]. Spullen staan nog daar. Hij mag hier 3 nachten blijven. Graag maandag contact opnemen met ons via [[e:nachtopvang@kessler-stichting.nl]] of mij direct op [[t:06-38 20 14 97]].
Groet, [[p:Dennis]] (begeleider)
=====
Van [[p:Wendy]] voor [[p:Ali]]: dhr. [[p:Kromodimedjo]] heeft [[d:ma 8/4]] om 10u een afspraak bij {{o:PsyQ}}, locatie Lijnbaan. Ophalen om 9.45. Hij is erg angstig, neem de tijd. Als hij niet opendoet: zijn broer [[p:Soekarno]] heeft een sleutel, [[t:06-13 55 92 04]]. Dank je!!
=====
Overdracht bij ziekte [[p:Aysel]]:
[[p:Chen]] – afspraak verzet naar [[d:vr 12/4]], {{r:tolk}} Mandarijn moet opnieuw aangevraagd
[[p:Asante]] – [[p:Pieter]] is geweest, verslag in dossier
Overleg {{o:Staedion}} – ging door, uitkomst: [[a:Jacob Catsstraat 58]] wordt gerenoveerd, bewoners tijdelijk elders
Nieuw adres tijdelijk voor de bewoners: [[a:Jacob Catsstraat 2]].
=====
Afsluitende notitie [[p:Hamza]] (dossier [[k:2022-08713]])

[[p:Hamza]] is schuldenvrij sinds [[d:1 februari]]! Hij heeft 3 jaar in het traject gezeten bij de {{o:Kredietbank}}. Hij woont nog steeds op de [[a:Westeinde 98 A]] en werkt nu 24 uur per week bij {{o:Albert Heijn}} aan de Vaillantlaan. Hij wil zijn verhaal delen op het platform, anoniem. Ik begeleid hem daarbij.

Afgesloten door: [[p:Rachid]], [[d:2-2-2024]]
=====
Hoi [[p:Sophie]],

Ter voorbereiding op de overdracht van [[p:R.]] naar jullie team:
- woont sinds [[d:1 april]] in Delft (adres in bijlage)
- schulden: traject bij {{o:Kredietbank}} loopt door, dossier [[k:GKB 4410-08]]
- {{r:huisarts}}: moet nog een nieuwe vinden in Delft
- netwerk: zus [[p:Anita]] (Zoetermeer), vriend [[p:Ricardo]]
- valkuil: als hij zich schaamt trekt hij zich terug. Dan gewoon blijven appen.

Groet,
[[p:Shanti]]
=====
overdracht spoed
mw [[p:Hodan Warsame]] staat op straat, huisbaas heeft slot vervangen. zit nu met 2 kids bij {{o:Servicepunt XL}} {{w:Laakkwartier}}. ik heb {{o:Centrale Toegang}} gebeld, ze mag vannacht naar de noodopvang. moeder [[p:Faadumo]] komt haar halen. ik moet weg (ziek kind) – [[p:Noor]], neem jij het over? alles staat in [[k:#55203]]
=====
Overdracht van casusregie
Cliënt: dhr. [[p:Mohamed Abdullahi Hassan]], [[a:Loosduinseweg 881 A]], [[pc:2571 BN]]
Geboren: [[d:2 januari 1949]]
BSN: [[b:684 028 712]]
Reden overdracht: [[p:Robin]] vertrekt naar een ander team.
Nieuwe {{r:casusregisseur}}: [[p:Eva]]
Betrokken partijen: {{o:HWW zorg}} (thuiszorg), {{o:Haag Wonen}}, {{r:mantelzorgconsulent}} ([[p:Linda Hooi]]), dochter [[p:Ayaan]] (mantelzorger, [[t:06-47 11 30 82]])
Stand: stabiel. Belangrijkste zorg is de trap, hij kan nauwelijks nog naar buiten.
=====
[[p:Stefan]] → [[p:Mensah]]-dossier is helemaal bijgewerkt. Zij heeft nu een {{r:budgetcoach}} via {{o:Humanitas}} ([[p:Joke]]). Volgende evaluatie [[d:20 mei]]. Betaalrekening is gewijzigd, nieuwe nr: [[i:NL86RABO9740489411]]. Oude rekening is opgeheven.
Haar adres: [[a:Vaillantlaan 120]], [[pc:2526 BC]]. Geboortedatum: [[d:23-10-1987]].
=====
Overdracht kinderen [[p:Alsayed]]

[[p:Lieke]] gaat op [[d:22 april]] mee naar de {{o:Raad voor de Kinderbescherming}}. Daarna neemt [[p:Bart]] de volwassenenkant over. Vader [[p:Ahmad]] heeft geen verblijfsstatus-problemen meer (status sinds [[d:12 december 2023]]). Moeder [[p:Rania]] spreekt goed Engels, vader alleen Arabisch. De kinderen [[p:Omar]] (10) en [[p:Lana]] (7) gaan naar school in {{w:Transvaal}}.
=====
Notitie bij overdracht dienst-telefoon
- om 11.20 belde [[p:Annelies Bakker]] van {{o:Sociale Verzekeringsbank}} over mw. [[p:Lieveld]]. Terugbellen op haar directe nummer [[t:020 - 656 52 81]]
- om 14.05 belde dhr. [[p:Vos]] (de buurman!!) over mw. [[p:de Haan]]. Niet op ingegaan, zie eerdere melding.
- om 16.30 belde [[p:Kemal]] voor zijn zus: verhuizing gaat goed.
=====
Overdracht {{r:jongerencoach}} – [[p:Filmon Habte]]
[[p:Filmon]] is heel gemotiveerd om te werken. Hij heeft een proefplaatsing gehad bij {{o:Haeghe Groep}}, dat ging goed. Het probleem is nu de huur: achterstand van € 1.600. Ik heb een regeling voorgesteld aan de verhuurder, ref [[k:HV-2024/3381]]. Hij moet zelf de eerste stap zetten, dus hij belt maandag. Zijn nr: [[t:06-24 77 01 39]]. Vaak beter bereikbaar via WhatsApp.
– [[p:Bart]]
=====
[[d:15-04-2024]] 08:58 - [[p:Sanne]]: goedemorgen allemaal. even een update over mw [[p:el amrani]] want ik ben vanaf morgen 2 weken weg
[[d:15-04-2024]] 08:59 - [[p:Sanne]]: deurwaarder is vrijdag geweest, beslag op haar inboedel is voorlopig van de baan omdat we een regeling hebben met {{o:Staedion}}. termijnen van €75 per maand, eerste op [[d:1 mei]], afschrijving van [[i:NL36 INGB 4318 7169 86]]
[[d:15-04-2024]] 09:01 - [[p:Sanne]]: haar zoon [[p:Ilias]] (16) gaat niet meer naar school sinds de krokusvakantie. {{o:leerplicht}} is ingeschakeld, contactpersoon daar is [[p:Marjan Kuipers]], [[t:06 38 12 90 47]]
[[d:15-04-2024]] 09:03 - [[p:Jeroen]]: dank je. wie neemt haar over?
[[d:15-04-2024]] 09:04 - [[p:Sanne]]: jij als je wil 😇 ze kent je van de vorige keer. volgende afspraak staat op [[d:dinsdag 23 april]] om 14u bij haar thuis, [[a:Zuiderparklaan 204]], [[pc:2532 AZ]]
[[d:15-04-2024]] 09:05 - [[p:Jeroen]]: ok is goed. stuur je me het dossiernr?
[[d:15-04-2024]] 09:05 - [[p:Sanne]]: [[k:SWT-2023-0877]]. en let op, ze heeft een nieuw nummer: [[t:0685 22 19 03]]
=====
Onderwerp: Aanmelding {{o:Schuldhulpverlening}} – gegevens compleet

Hoi [[p:Kees]],

Hierbij de gegevens van de nieuwe aanmelding, zoals afgesproken in het overleg van [[d:woensdag 10 april]]. Cliënt heeft de toestemmingsverklaring op [[d:8 april 2024]] getekend, kopie zit in de bijlage.

Naam: [[p:Mehmet Öztürk]]
Geboortedatum: [[d:21-05-1973]]
BSN: [[b:813485459]]
Adres: [[a:Vaillantlaan 582]], [[pc:2526 HX]] Den Haag
Telefoon: [[t:06 - 41 73 30 82]]
E-mail: [[e:m.ozturk73@outlook.com]]
Rekening: [[i:NL53ABNA9404097905]]
Eerdere dossiers: [[k:SHV-2019-0266]] (afgebroken)

Hij heeft ongeveer 14 schuldeisers, waarvan de grootste het {{o:CAK}} en de {{o:Belastingdienst}} zijn. Zijn vrouw ([[p:Emine]]) weet niet hoe groot de schulden zijn en dat wil hij voorlopig zo houden. Graag daar rekening mee houden bij het versturen van post: liever naar zijn mailadres.

Ik ben zelf weer bereikbaar vanaf [[d:maandag 15 april]].

Groet,
[[p:Rachid]]
{{r:maatschappelijk werker}} | {{o:SWT}} {{w:Transvaal}}
[[t:06 33 90 12 58]] | [[e:r.elmessaoudi@swt-denhaag.nl]]
=====
Rooster huisbezoeken team {{w:Moerwijk}} – week 17

ma [[d:22/4]]
09.30 [[p:Jeroen]] – [[a:Melis Stokelaan 1140]] ([[pc:2541 GP]]), fam. [[p:Bouchtaoui]]
11.00 [[p:Dewi]] – [[a:Moerweg 240]], dhr. [[p:Post]] (met {{r:wijkagent}})
14.00 [[p:Rutger]] – [[a:Zuiderparklaan 18-II]]

di [[d:23/4]]
10.00 [[p:Jeroen]] – [[a:Zuiderparklaan 204]]
13.30 [[p:Fatih]] – [[a:Van Ostadestraat 301-B]] + {{r:tolk}}

wo [[d:24/4]]
teamdag, geen bezoeken

do [[d:25/4]]
09.00 [[p:Dewi]] – [[a:Delftselaan 7-B]], [[pc:2512 RA]]
15.00 [[p:Sanne]] ❌ (verlof) → [[p:Rutger]] – [[a:Wolmaransstraat 19]]

vr [[d:26/4]]
geen bezoeken ivm Koningsdag-drukte (wel bereikbaar)
=====
Hoi allemaal,

Zoals beloofd de praktische info voor de startbijeenkomst van de pilot 'Samen werken in het sociale domein' op [[d:donderdag 8 februari]].

Waar: {{o:Wijkcentrum Bouwlust}}, zaal 2 (ingang aan de achterkant)
Hoe laat: 9.30 inloop, 10.00 start, 16.00 afsluiting met borrel
Wie: de 20 deelnemers van de pilotgroep, [[p:Ellen Brink]] en [[p:Hugo Ramaker]] van {{o:CAOP}}, en vanuit de {{o:gemeente}} [[p:Marieke Vink]] en ik.

Neem een casus mee die past bij een van de vier thema's. Geen echte namen of adressen in je casus aub! We hebben bij de kick-off op [[d:22 november]] gemerkt dat dat nog vaak misgaat.

Vragen? Bel of app me op [[t:06 19 73 40 52]], of mail [[e:anouk.degroot@denhaag.nl]].

Tot dan!
[[p:Anouk]]
=====
Overdracht [[p:Gerdien]] ({{r:casusregisseur}} {{w:Transvaal}}) – periode [[d:1 juli]] t/m [[d:26 juli]]

1) Fam. [[p:Alhassan]], [[a:Wouwermanstraat 19-III]], [[pc:2526 AK]]. Dossier [[k:SWT-2024-0077]]. Vader [[p:Abdulrahman]] werkt sinds [[d:3 juni]] via {{o:Werkgevers Servicepunt}}, 20 uur. Moeder [[p:Rania]] wil de inburgering afmaken. Kinderen gezond. Risico: huur stijgt per [[d:1 juli]] met €40, check of huurtoeslag is aangepast.

2) Mw. [[p:Fortes]], [[a:Troelstrakade 9 C]], [[pc:2531 AB]]. Voedselbank-pakket tot [[d:30 september]], daarna herbeoordeling. Haar telefoon: [[t:06-22 81 56 70]].

3) Dhr. [[p:Pinas]], [[a:Hoefkade 1084]]. Nieuwe bankpas is binnen. Rekening [[i:NL43INGB4687160884]]. Neef [[p:Errol]] doet de boodschappen, dat gaat goed.

4) Mw. [[p:Tesfamariam]]: urgentieaanvraag ingediend op [[d:18-06-2024]], kenmerk [[k:URG-24-00519]]. Uitslag verwacht binnen 8 weken.

Bij twijfel: [[p:Dominique]] weet van alles af. Mijn telefoon staat uit, maar in noodgevallen mag je [[p:Karin]] bellen ({{r:teamleider}}).
=====
[[p:Mirjam]] [[d:22-03]] 10:14
Hoi, even een vraag aan wie wil reageren. Ik heb een cliënt, mevrouw [[p:Akosua Boateng]] (32), die in de zomer bevalt. Ze woont nu in een kamer van 12m2 aan de [[a:Hobbemastraat 48-1]] en heeft geen recht op urgentie volgens de {{o:gemeente}}. Iemand ervaring met een vergelijkbare situatie?

[[p:Kofi]] [[d:22-03]] 10:31
Ja, wij hebben vorig jaar bij een mevrouw uit {{w:Laak}} een bezwaar gemaakt tegen de afwijzing. Dat is toen gelukt via de {{o:Sociaal Raadslieden}}. Ik kan je het bezwaarschrift sturen (geanonimiseerd). Mail me even: [[e:kofi.asante@swt-denhaag.nl]]

[[p:Mirjam]] [[d:22-03]] 10:40
Super, doe ik! Dank je
=====
Intake-formulier (ingevuld door [[p:Gülay]], [[d:9 april 2024]])

Naam cliënt: [[p:Elif Şahin]]
Geboren: [[d:14-02-1990]] te Ankara
BSN: [[b:6907 39 047]]
Adres: [[a:Jan Blokkerstraat 23]], [[pc:2533 ZX]] Den Haag
Telefoon: [[t:06-55 02 88 13]]
E-mail: [[e:elif.sahin.90@gmail.com]]
IBAN: [[i:NL12 TRIO 9535 7629 14]]
{{r:Huisarts}}: dr. [[p:Bekkers]], {{o:Gezondheidscentrum Transvaal}}
Hulpvraag: hulp bij scheiding, huisvesting en het regelen van de kinderopvang. Twee kinderen ([[p:Deniz]], 6 en [[p:Ada]], 3).
Eerder contact met: {{o:CJG}} (2022), {{o:Veilig Thuis}} (melding [[k:VT-2022-0318]])
Afspraak vervolg: [[d:2024-04-16]], 10.00 uur, kantoor {{w:Transvaal}}
=====
[[p:Hakan]]: ben jij morgen bij het overleg met de {{o:corporatie}}?
[[p:Maaike]]: ja. agenda: [[a:Weimarstraat 17a]], [[a:Stuwstraat 24]] en [[a:Beeklaan 442-3]]. allemaal overlast of achterstand
[[p:Hakan]]: bij de Beeklaan gaat het om mw [[p:Groenewegen]] toch?
[[p:Maaike]]: ja, die. ze heeft op [[d:4 maart]] een brief gekregen dat ze eruit moet per [[d:1 juni]]. huurachterstand ruim €3000. we moeten echt iets
[[p:Hakan]]: heeft ze al schuldhulp?
[[p:Maaike]]: aanmelding loopt sinds [[d:19-3]]. nummer [[k:SHV-2024-0577]]
[[p:Hakan]]: ok, neem dat mee. ik doe de Stuwstraat, daar ken ik de bewoner
=====
Onderwerp: Vraag over toestemming bij delen gegevens met {{o:Parnassia}}

Beste [[p:Hanneke]],

Ik heb een vraag over het delen van informatie. Dhr. [[p:Bhoendie]] (geb. [[d:8 oktober 1961]], dossier [[k:2023-09114]]) heeft in januari vorig jaar een toestemmingsverklaring getekend voor het delen van gegevens met de {{r:huisarts}} en {{o:Schuldhulpverlening}}. Nu wil {{o:Parnassia}} informatie, omdat hij daar is aangemeld door de {{r:POH-GGZ}}. Moet ik hem opnieuw laten tekenen, of valt dit eronder?

Ik heb hem geprobeerd te bellen op [[t:070 - 388 14 29]] maar hij neemt niet op. Vrijdag ga ik langs ([[a:Laakweg 87]]).

Groet,
[[p:Wouter]]
=====
Notities telefoondienst [[d:18.04.2024]] ([[p:Ilse]])

08.45 – mw. [[p:Jansen-Bakker]] belt: thuiszorg is niet gekomen. Doorgezet naar {{o:HWW zorg}}, zij bellen haar terug op [[t:070-3601248]].
09.30 – {{o:UWV}} belt over dhr. [[p:Zieliński]]. Wilde bevestiging van adres: [[a:Copernicusplein 9]], [[pc:2561 VD]]. Niet gegeven zonder toestemming, gevraagd om een mail te sturen.
11.10 – een buurvrouw van [[a:Hoefkade 871]] belt, mevrouw daar ([[p:Sunita]]) zou 'al dagen niet buiten geweest zijn'. [[p:Mo]] (zoon) gebeld, hij gaat er vanmiddag heen.
13.15 – [[p:Lina Khaddour]] voor [[p:Anouk]], over de {{o:IND}}. Terugbelverzoek [[t:06-83 11 27 09]].
15.50 – {{o:Kredietbank}}: de afspraak van dhr. [[p:Ramdin]] op [[d:22-04]] is verzet naar [[d:29-04]], 9.00 uur.
=====
[[p:Yonas]] wil een casus delen in de groep 'Jeugd' en vroeg mij om mee te lezen. Ik heb de volgende dingen eruit gehaald, voor de duidelijkheid (dit is mijn notitie, niet voor het platform!):
- naam van de jongen ([[p:Robel]]) en zijn school
- de geboortedatum [[d:17-9-2007]]
- het adres in {{w:Bouwlust}} ([[a:Hengelolaan 1360]])
- het nummer van zijn zaak bij {{o:Jeugdbescherming west}} ([[k:JBW-2021-33410]])
- het telefoonnummer van zijn {{r:voogd}} ([[t:06 50 71 39 28]])
Wat er nu nog in staat kan volgens mij prima: leeftijd (16), de wijk, de rol van de {{r:jeugdconsulent}}, en dat het in 2021 begon.
=====
Hi [[p:Esra]], kort verslag van het MDO van vanochtend ([[d:3 april]]):

Casus dhr. [[p:Dimitrov]]: hij wordt verward, mogelijk beginnende dementie. {{r:huisarts}} (dr. [[p:Kalpoe]]) gaat een verwijzing naar de geheugenpoli doen. [[p:Ruben]] blijft vaste contactpersoon. Volgende MDO over hem op [[d:1 mei]].

Casus mw. [[p:Kowalczyk]]: aanmelding {{o:MEE}} is rond, intake [[d:12-4]]. Haar BSN ([[b:547701974]]) moest nog gecorrigeerd worden in het systeem, er stond een cijfer verkeerd. Gedaan.

Casus fam. [[p:Boateng]]: bevalling verwacht rond [[d:20 juni]]. {{o:CJG}} komt een kraamvisite plannen. Adres is veranderd naar [[a:Hobbemastraat 48-1]].

Groet, [[p:Kofi]]
=====
Onderwerp: Aanvraag bijzondere bijstand – inrichtingskosten

Goedemiddag,

Namens mijn cliënt, mevrouw [[p:Senait Ghebremedhin]], vraag ik bijzondere bijstand aan voor de inrichting van haar nieuwe woning aan de [[a:Van der Vennestraat 62]], [[pc:2525 CL]] Den Haag. Zij heeft de sleutel ontvangen op [[d:2 mei 2024]] en woont daar met haar twee kinderen.

BSN: [[b:261578868]]
Bankrekening: [[i:NL65 SNSB 1175 8199 90]] t.n.v. [[p:S. Ghebremedhin]]
Klantnummer {{o:SZW}}: [[k:SZW-883201]]

Bijgevoegd: huurcontract, offerte {{o:Kringloop}}, bankafschriften van [[d:1 februari]] tot en met [[d:30 april]].

Voor vragen ben ik bereikbaar op [[t:06 - 28 10 55 71]].

Met vriendelijke groet,
[[p:Dominique Lemmens]]
{{r:casusregisseur}} {{o:SWT}} {{w:Transvaal}}
=====
Teams-chat '{{o:SWT}} {{w:Escamp}} – algemeen'

[[p:Vera]] 10:02
Mensen, de {{o:gemeente}} heeft gevraagd welke thema's wij willen voor de pilot. Voorstel: ouderen en bemoeizorg. Reacties?
[[p:Arjen]] 10:05
eens. vooral bemoeizorg, denk aan [[p:Pattiasina]] en meneer van de [[a:Leyweg 12-hs]]
[[p:Vera]] 10:06
[[p:Arjen]] geen namen of adressen in deze chat aub, er zitten ook mensen van buiten het team in 🙏
[[p:Arjen]] 10:06
oeps sorry, zal het verwijderen
[[p:Gijs]] 10:11
ik stem ook op ouderen + bemoeizorg. stemformulier moet voor [[d:15 november]] binnen zijn toch?
[[p:Vera]] 10:12
klopt. ik vul het in namens ons team
=====
Overdracht bij vertrek – [[p:Robin]] ({{r:Wmo-consulent}})

Beste [[p:Eva]],

Hieronder de lopende Wmo-aanvragen die ik aan je overdraag:

[[k:WMO-2024-10311]] – dhr. [[p:Haj Ali]], [[a:Hoefkade 633]], [[pc:2526 BW]]: scootmobiel. Onderzoek gedaan op [[d:28 maart]], advies ergotherapeut nog niet binnen.
[[k:WMO-2024-10489]] – mw. [[p:Abdullahi Hassan]], [[a:Moerweg 301]]: traplift. Woning is van {{o:Haag Wonen}}, zij moeten toestemming geven. Contactpersoon [[p:Ria Moerman]], [[e:r.moerman@haagwonen.nl]].
[[k:WMO-2024-10522]] – mw. [[p:Lam]], verhuist [[d:1 juni]] naar {{o:Saffier}}, voorzieningen stopzetten.
[[k:WMO-2024-10601]] – dhr. [[p:Amatmoekrim]]: beschikking verstuurd [[d:25-03-2024]], ingangsdatum [[d:1-4-2024]].

Succes! Ik ben tot [[d:31 mei]] nog bereikbaar op [[t:06-51 28 04 73]].
=====
[[p:Petra]]: [[p:Anand]], hoe ging het bij [[p:Baldew]]?
[[p:Anand]]: pittig. hij was boos op de {{o:gemeente}}, op zijn ex, op iedereen. maar uiteindelijk wel aanspreekbaar. hij wil hulp bij de rekeningen, niet bij 'die psych-shit' zoals hij zei
[[p:Petra]]: snap ik. en de kinderen?
[[p:Anand]]: zien hem om het weekend. ex woont in Rijswijk ([[a:Prinses Irenelaan 33]]). er loopt een omgangsregeling via de rechter, zaaknr [[k:C/09/661204]]
[[p:Petra]]: oei. zal ik de {{r:mediator}} van {{o:Stichting Bemiddeling}} vragen?
[[p:Anand]]: nog even niet. eerst geld op orde. ik heb een afspraak gemaakt bij de {{o:Kredietbank}} op [[d:maandag 6 mei]]
=====
Verslag buurtschouw {{w:Duindorp}}, [[d:zondag 2 juni]]

Gelopen met: [[p:Jessica]] ({{o:SWT}}), [[p:Arno]] ({{r:wijkagent}}), [[p:Kim Vermeulen]] ({{o:HaagWonen}}), [[p:Cees]] (bewonerscommissie)

Bevindingen:
- [[a:Westduinweg 102]]: tuin vol afval, bewoner (ouder, alleen) onbekend bij ons. [[p:Arno]] kent hem: dhr. [[p:Wessels]]. Actie: [[p:Jessica]] gaat langs.
- [[a:Dillenburgstraat 41-2]]: brievenbus puilt uit. Buren zeggen dat mevrouw ([[p:Toos]]) in het ziekenhuis ligt.
- speeltuin bij de Kerkhoflaan: jongeren 's avonds, overlast. Doorgezet naar {{o:Jongerenwerk}}.

Volgende schouw: [[d:6 oktober]].
=====
Hoi [[p:Lotte]],

Ik zag dat jij [[k:#55121]] hebt gekregen, de meneer uit {{w:Mariahoeve}}. Ik ken hem nog van mijn tijd bij {{o:Florence}}. Wat handige info:
- het is dhr. [[p:Arend van Leeuwen]], [[a:Ambachtsgaarde 310]], [[pc:2591 RM]]
- hij is geboren op [[d:30 augustus 1956]] en is weduwnaar sinds een paar jaar
- zijn dochter [[p:Marieke]] woont in Utrecht, [[t:06 44 01 82 36]], en regelt zijn geldzaken
- hij heeft een hekel aan 'instanties', dus stel je voor als 'iemand van de buurt' 😉
- {{r:casemanager dementie}} was vroeger [[p:Henk-Jan]], maar die is weg

Succes!
[[p:Priya]]
=====
Overzicht contactmomenten dhr. [[p:Kwame Owusu]] ([[k:SWT-24-0233]])

[[d:5-2]] eerste contact via {{r:huisarts}}, telefonisch
[[d:12-2]] huisbezoek [[a:Zonnebloemstraat 214]] met [[p:Natasja]]. Woning vervuild, geen gas (afgesloten).
[[d:14-2]] contact {{o:Eneco}} → gas weer aan per [[d:16-2]] na betalingsregeling
[[d:21-2]] samen naar {{o:Servicepunt XL}} voor aanvraag bijz. bijstand
[[d:4-3]] niet thuis
[[d:6-3]] wel thuis, somber. [[p:Abena]] (zus) aanwezig
[[d:11-3]] overleg {{r:POH-GGZ}}, verwijzing naar {{o:Parnassia}}
[[d:2-4]] intake {{o:Parnassia}}, [[p:Ruben]] mee
=====
Onderwerp: Fwd: klacht van buurvrouw

Hoi [[p:Jasper]],

Kun jij hier iets mee? Ik heb hem doorgestuurd omdat mw. [[p:Winter]] in jouw caseload zit.

---------- Doorgestuurd bericht ---------
Van: [[p:Lenie Hoogstraten]] <[[e:lenie.hoogstraten@ziggo.nl]]>
Datum: [[d:ma 8 apr. 2024]] om 21:14
Onderwerp: mevrouw van nr 12

Geachte heer/mevrouw, ik woon naast mevrouw [[p:Winter]] op de [[a:Kamperfoeliestraat 14]] en ik maak mij zorgen. Zij belt 's nachts bij mij aan en zegt dat er mensen in haar huis zijn. Haar kinderen komen nooit. Kunt u iets doen? Mijn nummer is [[t:070 363 29 84]].
Met vriendelijke groet, [[p:L. Hoogstraten]]
=====
Handover weekenddienst bemoeizorg ([[d:vr 24 mei]] – [[d:ma 27 mei]])

Aandacht nodig:
• dhr. [[p:Constantin]] – vrijdag ontslagen uit {{o:Parnassia}}, terug naar [[a:Rijswijkseweg 402]]. Heeft medicatie voor 3 dagen. Maandag moet de {{r:SPV}} ([[p:Marloes]], [[t:06-42 08 31 77]]) langs.
• mw. [[p:Groenewegen]] – ontruimingsdatum [[d:1 juni]] staat nog. Advocaat (mr. [[p:Hamdi]]) diende vrijdag kort geding in, zitting [[d:29 mei]].
• dhr. [[p:Petrov]] – nog in de nachtopvang van de {{o:Kessler Stichting}}. Zijn kamer aan de Rijswijkseweg is weg.
Bij crisis: {{o:crisisdienst Parnassia}}. Bij geweld: 112.
[[p:Harm]]
=====
Reactie op 'Samenwerken met de {{r:huisarts}}' – dr. [[p:Sewnath]] ({{r:huisarts}}, {{w:Schilderswijk}})

Vanuit de huisartsenpraktijk wil ik ook iets toevoegen. Wij krijgen veel verzoeken om informatie, maar vaak zonder toestemming van de patiënt erbij. Stuur de getekende verklaring mee, dan kunnen wij sneller reageren. Bel de praktijk niet op het algemene nummer maar mail naar [[e:swt-contact@praktijksewnath.nl]], dan komt het bij mij of bij [[p:Ashwin]] ({{r:POH}}). Een voorbeeld dat goed ging: de aanmelding van [[k:SWT-24-0193]] op [[d:4 maart]], binnen twee dagen hadden we een gezamenlijk gesprek.
=====
Taken na huisbezoek mw. [[p:Juliana Maduro]] ([[d:11/4]]):
- [ ] huurtoeslag aanvragen (huur €780, ze heeft geen toeslag!)
- [ ] DigiD aanvragen, activatiecode komt op [[a:Dierenselaan 26]], [[pc:2572 BH]]
- [ ] zoon [[p:Rignald]] vragen of hij kan helpen, [[t:+599 9 516 2230]] (hij woont op Curaçao)
- [ ] rekeningnummer controleren: zij gaf [[i:NL18RABO4278727058]], klopt dat met het bankpasje?
- [ ] volgende afspraak [[d:25 april]] 11u
=====
[[[d:28/03/2024]], 16:02:11] [[p:Ineke]]: mensen ik heb net gehoord dat dhr [[p:Bouchtaoui]] is opgenomen. hij is in elkaar gezakt op straat, bij de Haagse Markt
[[[d:28/03/2024]], 16:03:40] [[p:Daan]]: 😟 welk ziekenhuis?
[[[d:28/03/2024]], 16:04:02] [[p:Ineke]]: {{o:HMC}} Westeinde. zijn vrouw [[p:Khadija]] is erbij. ik ga er morgen heen
[[[d:28/03/2024]], 16:10:55] [[p:Wouter]]: laat weten als we iets kunnen doen. de {{r:maatschappelijk werker}} van het ziekenhuis is [[p:Samira Haddou]], ik ken haar, [[t:088 979 22 41]]
=====
Planning pilot 'Samen werken in het sociale domein' (versie [[d:12 januari]])

[[d:22 november]] – kick-off, alle teamleden, {{o:Atrium Stadhuis}}
[[d:8 februari]] – startbijeenkomst pilotgroep, {{o:Wijkcentrum Bouwlust}}
[[d:29 februari]] – workshop 'casuslessen schrijven', {{o:Servicepunt XL}} {{w:Laak}}
[[d:14 maart]] – brainstorm jeugd (verplaatst van [[d:12 maart]])
[[d:28 maart]] – brainstorm ouderen + bemoeizorg
[[d:16 april]] – expertmeeting, sprekers o.a. {{o:Universiteit Leiden}} en een {{r:ervaringsdeskundige}}
[[d:21 mei]] – tussenevaluatie
[[d:20 juni]] – afsluiting, {{o:Theater aan het Spui}}

Contact: [[p:Marieke Vink]] ([[t:06 52 11 08 74]]) of het secretariaat ([[e:pilot.sociaaldomein@denhaag.nl]]).
=====
Onderwerp: adreswijzigingen + nieuwe telefoonnummers cliënten (intern!)

Team,

Ik heb de afgelopen weken een aantal wijzigingen verzameld die nog niet in het systeem staan. Wil iedereen even checken bij zijn eigen cliënten?

- mw. [[p:Yıldız]]: [[a:Erasmusweg 1120]], [[pc:2532 CL]] (was [[a:Paul Krugerlaan 191]])
- dhr. [[p:Mahabier]]: nieuw mobiel [[t:06-20 48 37 19]]
- mw. [[p:Boateng]]: [[a:Hobbemastraat 48-1]], [[pc:2526 JH]]
- dhr. [[p:Petrov]]: geen vast adres, post via {{o:Kessler Stichting}}, [[a:Prinsegracht 20]]
- mw. [[p:Esajas]]: tijdelijk bereikbaar via [[t:070-3931184]] (buurvrouw)
- dhr. [[p:Zieliński]]: e-mail gewijzigd naar [[e:piotr.zielinski.nl@wp.pl]]

Dank!
[[p:Ilse]]
=====
Hoi [[p:Wijnand]],

Ik heb de stukken voor het MDO van morgen in de gedeelde map gezet. Kort overzicht:

Casus [[k:2024-01172]] (de broer en zus uit {{w:Bouwlust}}): sinds [[d:1 maart]] wonen ze samen op de [[a:Leyweg 904]], [[pc:2545 GW]]. De huur staat op naam van de zus, geboren [[d:4-4-2003]]. Haar broer is 18 sinds [[d:19 januari]] en heeft dus geen recht meer op jeugdhulp. {{o:Jongerenloket}} is aangeschreven op [[d:20 maart]], nog geen reactie.

Vragen voor het MDO:
1. wie wordt {{r:casusregisseur}}?
2. kunnen we de {{r:jongerencoach}} eerder inzetten?
3. wat doen we met de schuld bij {{o:DUO}} (€ 2.100)?

Groet,
[[p:Thomas]]
=====
Kladblok [[p:Naomi]] – gesprek [[p:Giselle Coffie]] [[d:28-02-2024]]

huur €1.840 achter, sinds okt. geen betaling
inkomen: bijstand, €1.260 p/m op [[i:NL39KNAB7197880323]]
schulden: {{o:Staedion}}, {{o:Zilveren Kruis}}, {{o:Essent}}, telefoon, een 'vriend' (€ 500)
kinderen: 2 ([[p:Jaysa]] 8, [[p:Jurwin]] 5), school in {{w:Spoorwijk}}
ex-partner: [[p:Ruthmilo]], betaalt niets, woont op Curaçao
wil: rust. 'ik wil gewoon weer slapen'
afspraak: samen naar {{o:Staedion}} op [[d:5 maart]] 10.00, [[a:Loosduinseweg 881]]?? → checken, volgens mij is hun kantoor ergens anders
volgende HB [[d:12/3]]
=====
[[p:Koen]]: [[p:Mariya]] heeft vandaag haar beschikking gekregen, maar die is verstuurd naar haar oude adres ([[a:Lijnbaan 153-A]]). Nu woont ze op de [[a:Gedempte Burgwal 39]], [[pc:2512 BT]].
[[p:Lisa]]: aiii. heb je de klantenservice gebeld?
[[p:Koen]]: ja, zegt dat adreswijziging via de {{o:BRP}} moet. die is doorgegeven op [[d:3 februari]]. snap er niks van
[[p:Lisa]]: stuur een mail naar [[e:wmo.denhaag@denhaag.nl]] met haar dossiernr erbij
[[p:Koen]]: [[k:WMO-2023-88102]], ja doe ik. thx!
=====
Overdracht {{r:ouderenconsulent}} [[p:Bep van Rijn]] (pensioen per [[d:1 september]]) → [[p:Ahmed Chaouch]]

[[p:Ahmed]], hieronder mijn mensen, in volgorde van zorg:

1. dhr. [[p:Baas]] – [[a:Isabellaland 1312]], [[pc:2591 KP]], geb. [[d:07-07-1938]]. Dementie, dochter [[p:Ellen]] ([[t:06 18 42 73 09]]) is mantelzorger en op. Dagbesteding bij {{o:Florence}} 2x per week.
2. mw. [[p:de Haan]] – [[a:Ambachtsgaarde 98]], [[pc:2591 RK]], geb. [[d:02-12-1931]]. Eenzaam, gaat naar de koffieochtend met [[p:Truus]].
3. mw. [[p:Kok]] – {{w:Bezuidenhout}}, [[a:Laan van Nieuw Oost-Indië 127]], [[pc:2593 BM]]. Weigert dagbesteding. Zoon [[p:Ruud]] belt vaak, [[t:06 23 11 47 88]].
4. dhr. [[p:Nelom]] – [[a:Diamanthorst 54]], [[pc:2592 GB]]. Kleinzoon [[p:Dylan]] doet de digitale zaken.

Ik heb iedereen verteld dat jij komt. Veel plezier, het zijn schatten!
[[p:Bep]]
=====
Teams – kanaal 'Privacy vragen'

[[p:Willemijn]] [[d:vr 19-4]] 14:20
Mag ik het BSN van een cliënt in een mail naar {{o:MEE}} zetten? Het gaat om [[b:506062569]] (dhr. [[p:Fernandes Semedo]]).

[[p:Anouk]] [[d:vr 19-4]] 14:32
@[[p:Willemijn]] liever niet via gewone mail, gebruik Zorgmail of het beveiligde portaal. En zet het BSN ook niet in Teams, zoals nu 😉 Ik verwijder je bericht even.

[[p:Willemijn]] [[d:vr 19-4]] 14:33
oeps, dank je!!
=====
Onderwerp: Terugkoppeling gesprek {{o:Belastingdienst}} – fam. [[p:Kaya]]

Hoi [[p:Hakan]],

Vandaag met de {{o:Belastingdienst}} gebeld over de terugvordering kinderopvangtoeslag van [[p:Hakan Kaya]] en [[p:Zeynep Çelik]]. Uitkomst:
- ze vallen onder de hersteloperatie (UHT), dossiernummer [[k:UHT-2020-048812]]
- er komt een compensatie, maar wanneer is onduidelijk
- de schuld van € 4.300 wordt opgeschort vanaf [[d:1 mei 2024]]
- contactpersoon: mevr. [[p:Dijkstra]], persoonlijk zaakbehandelaar, [[t:06 - 52 38 01 94]]

Ik heb het ook genoteerd in het dossier. Het adres dat de {{o:Belastingdienst}} had was nog het oude ([[a:Zuiderparklaan 512]]), dat is aangepast naar [[a:Jan Blokkerstraat 23]].

Groet, [[p:Gülay]]
=====
Bezoekrooster vrijwilligers {{o:PEP}} – mw. [[p:Kowalski]], [[a:Laan van Meerdervoort 1034]]

[[d:ma 6 mei]] – [[p:Henk]] (boodschappen)
[[d:wo 8 mei]] – [[p:Ria]] (wandelen)
[[d:vr 10 mei]] – [[p:Henk]]
[[d:ma 13 mei]] – [[p:Gonnie]]
[[d:wo 15 mei]] – [[p:Ria]]
[[d:vr 17 mei]] – niemand → {{o:SWT}}?

Bij problemen: [[p:Henk]] [[t:06 51 77 20 38]] of de coördinator [[p:Nel]] [[t:070 - 364 33 81]]
=====
Hoi [[p:Femke]],

Snel even dit: mw. [[p:Aydın]] (zus van [[p:Kemal]]) belde me. Ze zit met een probleem met haar energiecontract, {{o:Vattenfall}} wil €1.100 voorschot per maand 😳. Ik heb haar gezegd dat ze het contract moet sturen naar [[e:f.hagen@swt-denhaag.nl]], jouw adres, want jij bent er beter in dan ik. Ze woont op de [[a:Stuwstraat 24]], [[pc:2516 TD]]. Haar klantnummer bij {{o:Vattenfall}} is [[k:120 448 901]]. Ze is bereikbaar op [[t:06 - 28 39 04 17]] na 15.00 (werkt in de ochtend).

Thanks!! [[p:Kim]]
=====
Overdracht [[p:Harm]] → [[p:Joost]] ({{w:Scheveningen}}), [[d:12-07]]

- mw. [[p:van der Kooij]]: afspraak {{r:geriater}} [[d:17 juli]] 10.15 in {{o:HMC Bronovo}}. [[p:Mariëlle]] gaat mee.
- dhr. [[p:Schipper]] ([[a:Badhuisstraat 51]]): net ontslagen uit het ziekenhuis, heup. Thuiszorg via {{o:HWW zorg}} vanaf [[d:13 juli]].
- mw. [[p:Hart]] ([[a:Keizerstraat 208-B]]): verhuist [[d:31-07]] naar haar dochter in Zoetermeer. Afsluiten na verhuizing.
- buurtkamer Keizerstraat: sleutel bij [[p:Cees]], [[t:06-15 82 43 90]].
=====
[[p:Said]]: iemand nog plek voor een nieuwe casus? het gaat om een man uit {{w:Transvaal}}, 41, net uit detentie (sinds [[d:2 april]]). hij heeft geen woning, geen ID, geen inkomen. {{o:Reclassering Nederland}} is betrokken, contact: [[p:Ivo Smeets]] ([[e:i.smeets@reclassering.nl]]). zijn nr bij ons wordt [[k:SWT-24-0301]]
[[p:Ingrid]]: ik. heb net iemand afgesloten. wat is zijn naam?
[[p:Said]]: [[p:Jermaine Zeegelaar]]. ik stuur je de rest via de mail
[[p:Ingrid]]: top. wanneer kan ik hem zien?
[[p:Said]]: hij slaapt nu bij zijn moeder op de [[a:Wouwermanstraat 77]], bel haar: [[t:06 41 90 02 36]]
=====
Notitie na het gesprek met de {{o:GGD}} ([[d:dinsdag 21 mei]]):

Onderwerp: dhr. [[p:van den Heuvel]] ([[a:Thorbeckelaan 402]], [[pc:2564 BS]]), bekend sinds [[d:3-10-2022]], dossier [[k:2022-07741]].

De {{r:GGD-arts}} (dr. [[p:Yousfi]]) is langs geweest met de {{r:SPV}}. Woning is onbewoonbaar, veel ongedierte. Dhr. weigert hulp. {{o:Haag Wonen}} overweegt een ontruiming. Volgende stap: bemoeizorgoverleg op [[d:4 juni]], inbreng door mij.

[[p:Marco]]
=====
Casusles (concept) – 'Een winter zonder verwarming' – door [[p:Jessica]], opmerkingen van [[p:Mustafa]] tussen haakjes

Deze winter kregen we een melding van de {{o:corporatie}} over een oudere man in {{w:Duindorp}} die al weken geen verwarming had. Na de storm in november was zijn dak gaan lekken en hij durfde niemand te bellen. ([[p:Mustafa]]: hier stond eerst 'dhr. [[p:Wessels]] van de [[a:Westduinweg 102]]' – heb ik eruit gehaald, ook de datum [[d:3 december]], want met de storm erbij is hij te herkennen.)

Wat werkte: de {{r:wijkagent}} kende hem nog van vroeger, toen hij als kok op de vissersboten werkte. Via die ingang ging de deur open. De {{r:wijkverpleegkundige}} ging mee en zag direct dat hij ondervoed was.

Les: gebruik het netwerk dat er al is, ook als het een onverwachte hoek is. ([[p:Mustafa]]: mooi! Alleen het stukje over zijn zoon [[p:Rob]] in Zoetermeer moet er ook uit.)
=====
Onderwerp: Declaratie tolkkosten maart

Hoi [[p:Marjolein]],

Hierbij de lijst van tolkgesprekken in maart, voor de declaratie bij {{o:Global Talk}}:

[[d:4-3]] – mw. [[p:Tesfamariam]] (Tigrinya), 60 min, [[k:GT-240304-118]]
[[d:7-3]] – dhr. [[p:Chen]] (Mandarijn), 45 min, [[k:GT-240307-031]]
[[d:14-3]] – mw. [[p:Hashimi]] (Dari), 90 min, [[k:GT-240314-276]]
[[d:21-3]] – fam. [[p:Alhassan]] (Arabisch), 60 min, [[k:GT-240321-009]]
[[d:28-3]] – dhr. [[p:Dimitrov]] (Bulgaars), telefonisch, 30 min, [[k:GT-240328-144]]

Totaal 4,75 uur. Kostenplaats: {{o:SWT}} {{w:Transvaal}}.

Groet,
[[p:Sophie]]
=====
[[p:Gerdien]]: ik heb gisteren de familie gesproken waar [[p:Abdulrahman]] het over had, de buren van [[a:Wouwermanstraat 21]]. ze hebben een baby van 3 weken en wonen met 5 mensen in 2 kamers 😢
[[p:Bart]]: heftig. zijn ze bekend?
[[p:Gerdien]]: nee. de moeder heet [[p:Meseret]], vader [[p:Dawit]]. ze zijn pas sinds [[d:15 januari]] in Den Haag, via het {{o:COA}}. de {{r:jeugdverpleegkundige}} van het {{o:CJG}} is wel geweest
[[p:Bart]]: heb je toestemming om ze aan te melden?
[[p:Gerdien]]: ja getekend, vandaag [[d:2 februari]]. ik maak een nieuw dossier aan: [[k:SWT-2024-0112]]. telefoon vader: [[t:06 87 10 45 92]]
[[p:Bart]]: top. vraag ook of {{o:Vluchtelingenwerk}} al een begeleider heeft toegewezen
=====
Beste collega's,

Naar aanleiding van de privacy-incidenten van de afgelopen maand (drie keer een BSN in Teams, één keer een IBAN in een casusles op het platform) een paar afspraken op een rij:

1. Geen BSN, IBAN of adres in chats, ook niet 'even snel'. Dus niet zoals op [[d:19 april]]: 'BSN van dhr. is [[b:772155100]]'.
2. Bij het delen van een casusles: geen namen, ook geen voornamen. Ook niet 'mevrouw [[p:R.]]', want in een kleine wijk weet iedereen wie dat is.
3. Datums van incidenten weglaten of vaag maken ('begin dit jaar').
4. Twijfel? Vraag het aan [[p:Anouk]] ([[e:anouk.degroot@denhaag.nl]]) of aan de {{r:privacy officer}} van de {{o:gemeente}}, [[p:Bert Hoekstra]].

Dank voor jullie medewerking!
[[p:Karin]], {{r:teamleider}} {{o:SWT}} {{w:Transvaal}}
=====
Verslag huisbezoek [[d:11 april 2024]] – dhr. [[p:Arend van Leeuwen]] ([[k:#55121]])
Aanwezig: [[p:Lotte]] ({{o:SWT}}), dochter [[p:Marieke]] (telefonisch)

Meneer ontving ons vriendelijk. Hij vertelde over zijn vrouw, die in maart 2021 overleed. Sindsdien komt hij weinig buiten. Hij gaat wel elke zondag naar de kerk aan de Theresiastraat, daar kent de koster hem. Hij eet slecht, koelkast bijna leeg.

Afspraken:
- aanmelding maaltijdservice (via {{o:Florence}})
- dochter regelt de automatische incasso's, zijn rekening: [[i:NL37ABNA0852402429]]
- {{r:huisarts}} (dr. [[p:Visser]], praktijk aan de [[a:Ruychrocklaan 42]]) wordt gevraagd om een geheugentest
- volgend bezoek [[d:25 april]]
=====
Reactie op de casusles 'Jong en schulden' – [[p:Rachid]] ({{w:Transvaal}})

Goede les, [[p:Femke]]. Ik wil één ding toevoegen over de {{o:DUO}}-schulden. Bij veel jongeren die wij zien, zoals de jongen die ik vorig jaar begeleidde (geboren [[d:30-1-2004]], meer zeg ik niet 😉), is de studieschuld het topje van de ijsberg. Daaronder zitten vaak boetes van het {{o:CJIB}}, telefoonabonnementen en 'leningen' van vrienden. Mijn tip: vraag altijd een overzicht op bij het {{o:BKR}} en bij het {{o:CJIB}}. En zet de jongere zelf aan het stuur.

Mocht je het stappenplan willen: [[e:r.elmessaoudi@swt-denhaag.nl]].
=====
Overdracht tijdens Ramadan – [[p:Naima]]

Ik werk in de Ramadan (vanaf [[d:11 maart]]) alleen 's ochtends. Middagafspraken neemt [[p:Bas]] over:
- dhr. [[p:de wit]] – [[d:wo 13/3]] 14u, [[a:Noordpolderkade 40]], [[pc:2517 AL]]
- mw. [[p:Aydın]] – [[d:do 14/3]] 15u, telefonisch [[t:06 - 28 39 04 17]]
- fam. [[p:Bouchtaoui]] – [[d:ma 18/3]] 13.30, {{o:Servicepunt XL}}
Na het Suikerfeest ([[d:10 april]]) ben ik weer gewoon de hele dag bereikbaar.
=====
[[p:Ilona]]: wie heeft er zin om een keer mee te gaan naar de {{o:Voedselbank}} op de Fruitweg? ik moet daar [[d:vrijdag 26 januari]] heen met mw [[p:Fortes]] en mw [[p:Owusu]]
[[p:Hatice]]: ik! ben benieuwd hoe het daar gaat
[[p:Ilona]]: top. we verzamelen om 9.30 bij [[a:Troelstrakade 9 C]]. mw [[p:Owusu]] komt zelf, ze woont [[a:Goudsbloemlaan 12]]
[[p:Hatice]]: moeten we iets meenemen?
[[p:Ilona]]: hun pasjes. die van [[p:Fortes]] heb ik, nr [[k:VB-0412-23]]. die van [[p:Owusu]] heeft ze zelf
=====
Van: [[p:Bert Hoekstra]] <[[e:bert.hoekstra@denhaag.nl]]>
Aan: [[p:Karin Smulders]]
Onderwerp: RE: privacy-incident [[d:19 april]]

Dag [[p:Karin]],

Dank voor de melding. Ik heb het incident geregistreerd onder [[k:PI-2024-0087]]. Het betreft het BSN van een cliënt dat in een Teams-kanaal is geplaatst met externe deelnemers. Omdat het bericht binnen 15 minuten is verwijderd en de kring beperkt was, hoeft het niet bij de {{o:Autoriteit Persoonsgegevens}} te worden gemeld. Wel graag de betrokken collega ([[p:W. Dekkers]]) op de afspraken wijzen.

Met vriendelijke groet,
[[p:Bert Hoekstra]]
{{r:privacy officer}}, {{o:gemeente Den Haag}}
[[t:06 - 11 83 46 20]]
=====
Rooster weekenddienst {{o:SWT}} {{w:Escamp}} – mei

[[d:za 4 mei]] / [[d:zo 5 mei]] – [[p:Vera]] ([[t:06 20 93 18 44]])
[[d:za 11 mei]] / [[d:zo 12 mei]] – [[p:Arjen]] ([[t:06 41 02 77 35]])
[[d:za 18 mei]] / [[d:zo 19 mei]] – [[p:Gijs]] ([[t:06 38 55 10 26]])
[[d:za 25 mei]] / [[d:zo 26 mei]] – [[p:Willemijn]] ([[t:06 19 46 82 03]])
Ruilen? Zelf regelen en doorgeven aan [[p:Vera]].
Let op: Pinksteren ([[d:19 en 20 mei]]) telt als weekend.
=====
Overdracht [[p:Priya]] → [[p:Esra]] – mw. [[p:Jagesar]]

Mw. [[p:Sunita Jagesar]], 79 jaar, woont alleen op de [[a:Hoefkade 871]], [[pc:2526 CE]]. Hindostaanse achtergrond, spreekt Sarnami en Nederlands. Zoon [[p:Mo]] (eigenlijk [[p:Mohan]]) woont in {{w:Spoorwijk}} en komt dagelijks. Dochter [[p:Anjali]] woont in Amsterdam.

Stand van zaken: beginnende dementie, geheugenpoli op [[d:22 maart]]. {{r:casemanager dementie}} via {{o:Florence}} is aangevraagd. Ze viel in februari en lag daarna in het {{o:HMC}}. Thuiszorg 2x per dag.

Let op: ze viert Divali en vindt het fijn als je daar naar vraagt. Geen afspraken op dinsdag, dan gaat ze naar de mandir.

[[p:Priya]] ([[t:06 59 31 20 44]])
=====
[[p:Ramon]] [[d:03-05-2024]] 11:40
Vraag aan de groep: een cliënt van ons ([[p:Lamin]], 23, uit Gambia) heeft een baan gevonden bij een bakker in {{w:Loosduinen}}. Super. Maar: zijn uitkering stopt direct en zijn eerste loon komt pas over 5 weken. Hoe overbruggen jullie dat?

[[p:Kofi]] [[d:03-05-2024]] 11:58
Voorschot aanvragen bij {{o:SZW}}. Bij ons lukte dat in een week. Zet wel het IBAN er goed op, bij ons ging het een keer mis (er stond [[i:NL42 TRIO 3397 4556 13]] ipv het goede nummer 🙈)

[[p:Ramon]] [[d:03-05-2024]] 12:05
Dank! Doe ik. Zijn klantnummer heb ik: [[k:SZW-901127]]
=====
Notitie overleg {{o:Haag Wonen}} – {{w:Moerwijk}} ([[d:29 mei]])

Aanwezig: [[p:Jeroen]], [[p:Sanne]], [[p:Ria Moerman]] ({{r:woonconsulent}}), [[p:Peter de Kok]] ({{r:wijkbeheerder}})

1. [[a:Moerweg 240]] – woning leeg na overlijden huurder. Nabestaanden? [[p:Ria]] zoekt uit.
2. [[a:Moerweg 301]] – traplift-aanvraag mw. [[p:Abdullahi Hassan]] goedgekeurd.
3. [[a:Melis Stokelaan 1140]] – overlastmelding buren fam. [[p:Bouchtaoui]] (muziek). [[p:Jeroen]] gaat langs.
4. Algemeen: {{o:Haag Wonen}} wil meer samenwerken met het {{o:SWT}} bij huurachterstand. Voorstel: signaal na 2 maanden.

Volgende keer: [[d:26 juni]].
=====
Hoi [[p:Babette]],

Zoals beloofd een samenvatting van mijn bezoek aan mw. [[p:Mei]] en haar baby gisteren ([[d:vrijdag 17 mei]]).

Alles gaat goed met de kleine ([[p:Noah]], geboren [[d:3 mei]]). Mw. heeft nog geen kinderbijslag aangevraagd bij de {{o:SVB}}, dat hebben we samen gedaan. Haar rekening: [[i:NL90 KNAB 4118 0541 33]]. Ook het kindgebonden budget loopt nu via de {{o:Belastingdienst}} (aanvraag [[k:KGB-2024-339104]]).

Wat mij zorgen baart: haar partner ([[p:Jun]]) werkt in de kassen in het Westland en is veel weg. Zij is heel alleen. Ze wil graag naar een moedergroep, in het {{o:Centrum voor Jeugd en Gezin}} in {{w:Ypenburg}} is er een op woensdag. Ik heb haar opgegeven via [[e:cjg.ypenburg@cjgdenhaag.nl]].

Adres klopt nog: [[a:Laan van Hoornwijck 81]], [[pc:2497 CR]].

Groet, [[p:Anita]]
=====
[[p:Stefan]]: ik heb een vraag over mw [[p:Mensah]]. ze heeft een brief van het {{o:CJIB}} gekregen, boete van €380 voor zwartrijden in de tram. ze zegt dat ze een geldig abonnement had
[[p:Joke]]: had ze dat ook? ik doe haar budget, ik zie in de afschriften van februari geen OV-kosten...
[[p:Stefan]]: haha goede vraag. ze had een Ooievaarspas, dan reis je toch gratis?
[[p:Joke]]: alleen als je 66+ bent. zij is 45. dus nee
[[p:Stefan]]: aha. dan bezwaar maken heeft geen zin. betalingsregeling dan. cjib-nr [[k:CJIB 4021 8833 1907]]
[[p:Joke]]: kan via hun site. ik doe het [[d:maandag 11 maart]] met haar, ze komt om 10u naar [[a:Vaillantlaan 120]]
=====
Wijkschouw {{w:Schilderswijk}} – aantekeningen [[p:Naima]] ([[d:woensdag 15 mei]])

We liepen met {{o:Haag Wonen}}, {{o:Stichting MOOI}} en [[p:Dekker]] ({{r:wijkagent}}).

• [[a:Hoefkade 633]]: bewoner ([[p:Benali]]) stond buiten, wilde graag praten. Hij is tevreden over het traject, schulden worden minder.
• [[a:Koningstraat 55 I]]: veel klachten over stank. Bewoonster onbekend bij ons. [[p:Dekker]] weet dat het om een oudere vrouw gaat, [[p:Marie]], met veel katten. Actie: {{o:Dierenambulance}} + bemoeizorg.
• Speeltuin Jacob Catsstraat: vies, naalden gevonden. Doorgezet naar de {{o:gemeente}}.
• [[a:Van Ostadestraat 301-B]]: fam. [[p:Tesfamariam]] verhuist binnenkort (urgentie toegekend op [[d:10 mei]]!).

Volgende schouw: na de zomer.
=====
Onderwerp: Inschrijving cursus 'Omgaan met agressie' – [[d:6 en 13 juni]]

Hoi allen,

Er zijn nog 4 plekken voor de cursus 'Omgaan met agressie' van {{o:Xtra}}. Vooral voor wie veel huisbezoeken doet in de bemoeizorg is dit aan te raden. Na het incident van [[d:11 maart]] bij een huisbezoek in {{w:Laak}} (jullie weten waar ik het over heb, ik noem geen namen) vind ik het eigenlijk verplicht.

Aanmelden bij mij, uiterlijk [[d:31 mei]]. Mail: [[e:karin.smulders@swt-denhaag.nl]]. Al ingeschreven: [[p:Dewi]], [[p:Fatih]], [[p:Arjen]], [[p:Joost]] en [[p:Ingrid]].

Locatie: {{o:Xtra}}, [[a:Laan van Poot 353]] (achter het station {{w:Mariahoeve}}).

[[p:Karin]]
=====
Overdracht bij overplaatsing – [[p:Ingrid]] → [[p:Said]]

[[p:Jermaine Zeegelaar]] (geb. [[d:14-09-1982]], BSN [[b:258068097]]) is nu 6 weken bij ons. Stand:
- woont tijdelijk bij zijn moeder ([[a:Wouwermanstraat 77]], [[pc:2526 CR]])
- ID aangevraagd op [[d:22 april]], ophalen na [[d:6 mei]]
- uitkering aangevraagd, [[k:SZW-904417]]
- {{o:Reclassering Nederland}}: [[p:Ivo Smeets]] ({{r:reclasseringswerker}}), [[t:06 - 50 13 74 09]]
- meldplicht elke maandag
Valkuil: oude vrienden in {{w:Transvaal}}. Hij wil zelf graag verhuizen naar een andere wijk.
Hij is meestal bereikbaar op [[t:06 - 84 31 22 60]] (na 10u, 's ochtends slaapt hij).
=====
Commentaar op de casusles 'Het gezin dat niemand zag' (auteur: [[p:Yonas]])

[[p:Eveline Schipper]]: Heel sterk geschreven. Eén ding: jullie schrijven dat de moeder 'in de zomer' bij de {{o:GGD}} kwam. Maar in de bijlage staat de echte datum nog, [[d:8 juli 2023]], en de naam van de school. Dat graag verwijderen.

[[p:Yonas]]: Dank! Verwijderd. Ik zag ook dat de bijlage nog het dossiernummer bevatte ([[k:JBW-2023-51192]]), ook eruit.

[[p:Wesley]]: Sterk stuk, [[p:Yonas]]. Vooral de rol van de {{r:schoolmaatschappelijk werker}} vond ik leerzaam. Bij ons in {{w:Bouwlust}} missen we die schakel vaak.
=====
Casusles: 'Vijf instanties, één moeder' – geplaatst door [[p:Wesley]] ({{w:Bouwlust}}), [[d:27-05-2024]]

Mevrouw (ik noem haar hier niet bij naam) kwam bij ons via de {{r:schoolmaatschappelijk werker}}. Ze had te maken met vijf instanties tegelijk: {{o:Jeugdbescherming west}}, {{o:UWV}}, {{o:Belastingdienst}}, {{o:Haag Wonen}} en {{o:Schuldhulpverlening}}. Iedereen had een eigen plan. Niemand wist wat de ander deed.

Wat we deden: één tafel, één plan. De {{r:casusregisseur}} nodigde iedereen uit, en mevrouw mocht zelf bepalen wie er bij kwam. Haar zus kwam mee als steun.

Wat we leerden: zorg dat de cliënt de agenda maakt. En: spreek af wie de brieven uitlegt.

---
Reactie [[p:Oksana Kovalenko]] ({{r:maatschappelijk werker}}, {{w:Leidschenveen}}): Heel herkenbaar. Eén opmerking: in de bijlage staat nog een scan van een brief met haar naam ([[p:T. Okafor]]) en adres ([[a:Hengelolaan 1044]], [[pc:2545 AS]]). Kun je die vervangen?
Reactie [[p:Wesley]]: Oei! Dank, is vervangen.
=====
Hoi [[p:Thuy]],

Welkom in het team! Zoals beloofd een lijstje om je eerste week makkelijker te maken:

- je werktelefoon: [[t:06 - 21 87 40 63]] (de oude eigenaar was [[p:Ferry]], dus je krijgt nog wel eens appjes voor hem 😅)
- je mail: [[e:t.nguyen@swt-denhaag.nl]]
- inwerkmaatje: [[p:Mariska]] ({{r:wijkverpleegkundige}})
- eerste teamoverleg: [[d:dinsdag 4 juni]], 9.30
- eerste MDO: [[d:donderdag 6 juni]]
- training Privacy & Casuslessen: [[d:12 juni]], bij {{o:CAOP}}
- je eerste casussen: dhr. [[p:Suleiman]] ([[k:SWT-24-0388]], {{w:Spoorwijk}}) en mw. [[p:Latumahina]] ([[k:SWT-24-0391]], {{w:Moerwijk}})

Mw. [[p:Latumahina]] is een Molukse dame van 81, heel lief, maar ze praat veel over vroeger. Neem de tijd. Haar dochter [[p:Grace]] is de contactpersoon.

Groetjes,
[[p:Karin]]
=====
[[p:Hanneke]] 08:14: morgen allemaal! ik heb een lastige. een man, [[p:Chinedu Okafor]], staat sinds vanochtend bij ons voor de deur op het {{o:Servicepunt XL}}. hij zegt dat zijn vrouw hem eruit heeft gezet. geen geld, geen telefoon
[[p:Arjen]] 08:20: is hij bekend?
[[p:Hanneke]] 08:21: ja, zijn vrouw wel. [[p:T. Okafor]], casus van [[p:Wesley]] in {{w:Bouwlust}}. adres [[a:Hengelolaan 1044]]
[[p:Wesley]] 08:25: klopt. er loopt een melding bij {{o:Veilig Thuis}} ([[k:VT-2024-1430]]) en er is een tijdelijk huisverbod sinds [[d:zaterdag 25 mei]]. hij mag er 10 dagen niet heen
[[p:Hanneke]] 08:26: aha. dan heeft hij recht op een plek in de opvang. ik bel de {{o:Centrale Toegang}}
[[p:Wesley]] 08:27: en zijn {{r:hulpverlener}} van het huisverbod is [[p:Rianne]] van {{o:Xtra}}, [[t:06 - 30 27 51 84]]
[[p:Hanneke]] 08:31: top dank je
=====
Actielijst na het overleg met {{o:Fier}} en {{o:Veilig Thuis}} ([[d:ma 10 juni]])

1. Vrouwenopvang – plek voor mw. [[p:Rojin Demir]] (Koerdisch, 2 kinderen)? [[p:Naima]] belt vandaag. Huidige adres NIET in de aanmelding zetten ([[a:Stuwstraat 8]], [[pc:2516 TE]]).
2. Veiligheidsplan mw. [[p:K. Wiśniewska]] updaten → [[p:Naima]] + [[p:Ewa]] (zus). Nieuw nummer mw.: [[t:06-30 44 12 68]].
3. Dossier [[k:VT-2023-5521]] afsluiten? {{o:Veilig Thuis}} stelt voor om per [[d:1 juli]] af te sluiten, wij twijfelen.
4. Training 'signaleren huiselijk geweld' voor de hele wijk, datum voorstel [[d:9 september]].
5. Contactpersoon {{o:Fier}}: [[p:Patricia Maatrijk]], [[e:p.maatrijk@fier.nl]].
=====
Onderwerp: Jaarverslag SWT {{w:Laak}} – casusvoorbeelden gecontroleerd

Hoi [[p:Hanneke]],

Ik heb de casusvoorbeelden voor het jaarverslag nagelopen op privacy. Wat ik heb aangepast:

- voorbeeld 2: 'mw. [[p:Warsame]] uit de [[a:Lijsterbesstraat 18]]' → 'een moeder uit {{w:Laak}}'
- voorbeeld 4: geboortedatum [[d:1 februari 1998]] weg, alleen 'een jonge vrouw van midden 20'
- voorbeeld 5: de naam van de {{r:huisarts}} (dr. [[p:Mohan Pershad]]) weg, alleen 'de huisarts'
- voorbeeld 7: dossiernummer [[k:SWT-2023-1177]] stond nog in de voetnoot
- voorbeeld 8: het IBAN in de schermafbeelding ([[i:NL18 RABO 4278 7270 58]]) onleesbaar gemaakt

Wat ik heb laten staan: leeftijden, de wijk, de rollen van de betrokken professionals, de jaartallen en de organisaties ({{o:MEE}}, {{o:Parnassia}}, {{o:Kredietbank}}). Zonder die context is het verslag niet bruikbaar.

Groet,
[[p:Tim Koster]]
"""

# ---------------------------------------------------------------------------
# Markup: [[x:...]] = personal data (must be found), {{y:...}} = context to keep.
LABELS = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "k": "dossier",
    "w": "wijk",
    "o": "org",
    "r": "role",
}
KEEP = {"wijk", "org", "role"}
MARK = re.compile(r"\[\[(p|b|t|e|i|pc|a|d|k):(.+?)\]\]|\{\{(w|o|r):(.+?)\}\}", re.S)


def parse(raw):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        n += len(raw[pos : m.start()])
        code, body = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        lab = LABELS[code]
        span = {"start": n, "end": n + len(body), "label": lab, "text": body}
        (keep if lab in KEEP else pii).append(span)
        out.append(body)
        n += len(body)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9 or len(re.sub(r"[\d .\-]", "", s)):
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


TITLES = (
    "mw",
    "mevr",
    "mevrouw",
    "dhr",
    "meneer",
    "fam",
    "mr",
    "dr",
    "prof",
    "opa",
    "oma",
    "tante",
    "oom",
    "meester",
    "juf",
    "buurman",
    "buurvrouw",
)


def build():
    blocks = [b.strip("\n") for b in RAW.split("\n=====\n")]
    recs = []
    for i, raw in enumerate(blocks):
        text, pii, keep = parse(raw)
        recs.append({"id": "ho99-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return recs


def verify(recs):
    errors = []
    for r in recs:
        t = r["text"]
        if any(x in t for x in ("[[", "]]", "{{", "}}")):
            errors.append((r["id"], "leftover markup"))
        if not r["pii"]:
            errors.append((r["id"], "no pii"))
        spans = sorted(r["pii"] + r["keep"], key=lambda s: s["start"])
        for s in spans:
            if t[s["start"] : s["end"]] != s["text"]:
                errors.append((r["id"], "slice", s))
            if s["text"] != s["text"].strip() or not s["text"]:
                errors.append((r["id"], "whitespace edge", s))
            if s["label"] == "bsn" and not bsn_ok(s["text"]):
                errors.append((r["id"], "bad bsn", s["text"]))
            if s["label"] == "iban" and not iban_ok(s["text"]):
                errors.append((r["id"], "bad iban", s["text"]))
            if s["label"] == "person":
                w = s["text"].split()[0].rstrip(".").lower()
                if w in TITLES and len(s["text"].split()) > 1:
                    errors.append((r["id"], "title inside person", s["text"]))
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errors.append((r["id"], "overlap", a, b))
    return errors


def main():
    recs = build()
    errors = verify(recs)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout99.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pc = collections.Counter(s["label"] for r in recs for s in r["pii"])
    kc = collections.Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    print(
        "texts",
        len(recs),
        "avg words %.1f (min %d, max %d)" % (sum(words) / len(words), min(words), max(words)),
    )
    tot = sum(pc.values())
    print(
        "pii", tot, {k: v for k, v in pc.most_common()}, "person share %.2f" % (pc["person"] / tot)
    )
    print("keep", sum(kc.values()), dict(kc.most_common()))


if __name__ == "__main__":
    main()
