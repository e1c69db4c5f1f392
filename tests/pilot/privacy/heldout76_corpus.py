#!/usr/bin/env python3
"""Held-out test corpus 76: informal / spoken register.

WhatsApp and Teams messages among colleagues and with clients, voicemails and
dictations as written out by speech recognition, phone-call notes, to-do lists.

Markup used in the source texts below (stripped programmatically, so offsets are
right by construction):
  [[p:...]] person   [[b:...]] bsn    [[t:...]] phone   [[e:...]] email
  [[i:...]] iban     [[pc:...]] postcode  [[a:...]] address  [[d:...]] date
  [[n:...]] dossier
  {{w:...}} wijk     {{o:...}} org    {{r:...}} role       (keep spans)

Run:  python3 heldout76_corpus.py   -> writes heldout76.jsonl next to this file.
"""

import json
import os
import re
import sys

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "n": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

TEXTS = []

TEXTS += [
    """[08:47] [[p:Sanne]] {{o:SWT}}: goedemorgen allemaal ☀️ wie kan vandaag mee naar mw [[p:yilmaz]]? ze belde gisteren in paniek ivm brief vd {{r:deurwaarder}}
[08:52] [[p:Ricardo]]: ik kan na 13u, eerst overleg met {{o:Haag Wonen}} over dhr [[p:Pinas]]
[08:53] [[p:Sanne]] {{o:SWT}}: top 👍 adres is [[a:Hobbemastraat 112-A]], bel ff aan bij 2e bel want eerste is kapot
[09:10] [[p:Anouk]]: ik heb haar dossier nog open staan: [[n:2024-00871]]. Schuld was in maart al €2.300""",
    """voicemail ma 10:14 (transcriptie) ja hallo goedemiddag met [[p:Ingrid de Hoop]] ik ben de dochter van [[p:Gerrit de Hoop]] eh u was vorige week bij mijn vader op de [[a:Laan van Meerdervoort 1021]] eh ik bel omdat hij nu weer zegt dat hij niemand binnen laat en ik hoop dat u nog een keer langs kunt gaan met die eh {{r:casemanager}} van de dementie kunt u mij terugbellen op [[t:nul zes een acht zeven vier twee twee nul negen]] dank u wel""",
    """Goedemorgen mevr. [[p:Bouzid]], herinnering: morgen ([[d:do 14 maart]]) om 10.00 komen [[p:Lotte]] en ik bij u voor de aanvraag bijzondere bijstand. Wilt u de bankafschriften van de laatste 3 maanden klaarleggen? Groet, [[p:Femke]], {{r:maatschappelijk werker}} {{o:SWT}} {{w:Transvaal}}

> ok ik ben thuis. mijn zoon [[p:Hamza]] is er ook hij kan vertalen 🙏""",
    """tel. notitie [[d:11/3]] (zelf gebeld)
dhr [[p:Kowalski]] ([[p:Piotr]]), geb. [[d:02-06-1971]], bsn [[b:139084150]]
woont sinds jan. op [[a:Newtonstraat 211]], [[pc:2562 KX]]. Werk kwijt via uitzendbureau, geen inkomen sinds 6 wk. Spreekt weinig NL, gesprek in Engels.
Afspraak gemaakt met {{r:klantmanager}} {{o:SZW}} op [[d:18 maart]] 9u.
Tel [[t:+48 601 233 419]] (Pools nr!) of [[t:06-29384710]]""",
    """TODO wk 12
- [[p:ramdin]] bellen ivm huurachterstand ({{o:Staedion}} wil ontruimen??)
- formulier {{o:CAK}} mw [[p:Soekhai]] ophalen
- mail naar {{r:bewindvoerder}} mr. [[p:Visser]] ([[e:j.visser@bewindvoeringhaaglanden.nl]])
- terugbellen [[p:Said]] (broer van [[p:Nadia]]) [[t:0687120345]]
- do: huisbezoek [[a:Jan van der Heijdenstraat 40-2]] met {{r:wijkverpleegkundige}}
- vrijdag teamoverleg, casus [[n:SWT-SCH-0412]] inbrengen""",
    """dicteer verslag huisbezoek punt mevrouw [[p:Tesfaye]] komma [[p:Senait]] komma 34 jaar komma woont met drie kinderen op [[a:Zuiderparklaan 3 bis]] punt nieuwe regel de oudste [[p:yonas]] is 15 en gaat niet naar school komma {{o:leerplicht}} is ingeschakeld punt nieuwe regel afspraak met {{o:CJG}} op [[d:vijfentwintig april]] punt moeder heeft veel stress over een brief van de {{o:belastingdienst}} over toeslagen punt einde dictaat""",
    """Hoi [[p:Jeroen]], kun jij ff kijken in Suite of er al een melding is van {{o:Veilig Thuis}} over fam. [[p:Al-Hassan]]? Ik krijg signalen van school (juf [[p:Marloes]]) dat [[p:Rami]] blauwe plekken had. VT-nummer zou [[n:VT-2024-3381]] zijn volgens de {{r:wijkagent}}. Thx! [[p:Ilse]]""",
    """goedemiddag juf ik heb de brief gekregen van de woningbouw. mijn nummer is veranderd nu [[t:06 44 19 03 72]] en de woningbouw zegt dat de verwarming pas over twee weken gemaakt word, maar mijn kinderen zijn nu al verkouden. kunt u bellen met hun? groetjes [[p:ayse kaya]]""",
    """voicemail di 16:02 — goedemiddag met [[p:Petra]] van de praktijk van dokter [[p:Hamdi]] eh het gaat over uw cliënt meneer [[p:Jagroep]] geboortedatum [[d:twaalf oktober negentienzesenvijftig]] hij is vandaag niet verschenen voor zijn afspraak en wij maken ons een beetje zorgen kunt u even terugbellen op [[t:070 3 88 12 40]] keuze twee en dan vragen naar mij of naar de {{r:poh ggz}} dank u""",
    """[[p:roos]] ben je er al? ik sta voor de deur bij [[a:Paul Krugerlaan 67]] maar niemand doet open 😕 buurvrouw zegt dat ze gister met de ambulance weg is

-- ja sorry file.. kom eraan. bel anders {{o:HMC Westeinde}}, mss ligt ze daar. geb datum [[d:3-7-1949]] als ze ernaar vragen""",
    """Gesprek met dhr. [[p:Ahmadi]] ([[p:Farid]]), 20 min. Zijn vrouw [[p:Zahra]] is opgenomen bij {{o:Parnassia}} sinds [[d:vrijdag 8 maart]]. Hij zorgt nu alleen voor 4 kinderen (2-11 jr). Vraagt hulp bij boodschappen en huishouden.
→ {{o:Wmo-loket}} ivm huishoudelijke hulp, evt {{o:Stichting MOOI}} voor maatje.
Kinderen al bekend bij {{o:CJG}} {{w:Moerwijk}} ({{r:jeugdconsulent}} [[p:Karin]]). Terugbellen ma.""",
    """@[[p:Wouter]] kan jij de machtiging voor mw [[p:Ivanova]] naar {{o:Schuldhulpverlening}} doorzetten? Rekeningnr: [[i:NL84 ASNB 1998 2442 70]] tnv [[p:D. Ivanova]]. Ze heeft de toestemmingsverklaring getekend op [[d:4/3]]. Dossiernr bij {{o:Kredietbank}} is [[n:KBH-2024-0117]]""",
    """hallo hallo eh met [[p:mariam]] eh ik wil zeggen eh morgen ik kan niet komen mijn kind is ziek eh mijn nummer is eh [[t:nul zes vier vier twee een nul nul acht zeven]] dank je wel doei""",
    """ma: [[p:Kees]] vd {{o:voedselbank}} bellen ovv pakket fam [[p:Osei]] ({{w:Laak}})""",
    """Contactpersoon bij {{o:UWV}} is [[p:Hilde Sterk]], [[e:hilde.sterk@uwv.nl]] of [[t:088-8981320]]. Ze zei dat de uitkering van meneer [[p:Owusu]] pas vanaf [[d:1 april]] loopt. Dus nog 3 weken niks 😩 ik regel wel een voedselpakket""",
    """[[p:Priya Ramsaran]] 09:12
Goedemorgen team! Korte update casus [[p:Sewdien]] ([[n:2023-11842]]): mevrouw is gisteren verhuisd van de {{w:Schilderswijk}} naar {{w:Morgenstond}}, nieuw adres [[a:Melis Stokelaan 1843]], [[pc:2541GP]].

[[p:Glenn Wijngaarde]] 09:20
Nice. wie is daar haar nieuwe contactpersoon?

[[p:Priya Ramsaran]] 09:21
[[p:Esther]] vd {{o:Xtra}}, zij neemt het over per [[d:1-4]]. Ik stuur haar vandaag het overdrachtsverslag (zonder bsn 😉)""",
    """nieuw bericht vandaag om 11.38 — goedemorgen u spreekt met [[p:Frank Koster]] {{r:woonconsulent}} bij {{o:Staedion}} eh ik bel over huurder mevrouw [[p:monteiro]] op de [[a:De la Reystraat 44]] daar zijn klachten over geluidsoverlast en ook over de tuin eh wij willen graag een keukentafelgesprek met jullie erbij kunt u mij bellen op [[t:06 51 83 27 09]] of mailen naar [[e:f punt koster at staedion punt nl]] fijne dag""",
    """hoi [[p:Bart]] hier is mijn rekening voor de huurtoeslag [[i:nl62snsb2798416062]] en ik heb de brief van {{o:Belastingdienst}} gefotografeerd 📎 is dit goed zo? gr [[p:Marcia]]""",
    """14:05 tel mw [[p:el idrissi]]: brief {{o:DUO}} (studieschuld zoon [[p:Bilal]]), wil betalingsregeling. zaaknr {{o:DUO}} [[n:D2-449013782]]? checken. volgende afspraak: ma [[d:25/3]] 14u op {{o:Servicepunt XL}} {{w:Escamp}}""",
    """verslag wijkverpleging [[d:dinsdag negentien maart]] cliënt [[p:van der meer cornelis]] geboren [[d:zeven januari negentien achtendertig]] woont zelfstandig [[a:Dedemsvaartweg 318]] wondzorg been links gaat goed dochter [[p:anja]] komt twee keer per week maar is overbelast advies mantelzorgondersteuning via {{o:Stichting MOOI}} en {{r:casemanager dementie}} inschakelen want geheugen gaat achteruit einde""",
    """Wie heeft het nummer van [[p:Yordanka]] ({{r:tolk}} Bulgaars)? ik heb morgen 9u gesprek met fam [[p:Petrov]] en het {{o:Tolkencentrum}} kan niet. Het gaat over de schulden en de brief van de {{r:deurwaarder}}, dus ik wil echt niet met de 12-jarige zoon als tolk werken.""",
    """ff checken: intake mw [[p:Wang]] was nou [[d:2 feb]] of [[d:9 feb]]? Ik moet het invullen in het overdrachtsformulier voor {{o:MEE}} en in Suite staan ze allebei 🤔 Volgens mijn agenda was het de 2e, maar toen was ik toch op cursus?""",
    """goedenavond mevrouw sorry dat ik zo laat stuur. ik heb vandag weer een brief gekregen van {{o:Eneco}} ze willen stroom afsluiten op [[d:28 maart]]. klantnummer is [[n:200318877]]. ik heb echt geen geld meer mijn uitkering is nog niet binnen. kunt u morgen bellen naar ze? ik ben [[p:Hodan Warsame]] van de [[a:Troelstrakade 77]] 3 hoog. dank u 🙏🙏""",
    """Heeft iemand ervaring met {{o:Brijder}}? Dhr [[p:Storm]] (die met de hond, van de [[a:Vlamingstraat 2-hs]]) wil eindelijk praten over z'n drinken. Het wordt vandaag echt storm buiten trouwens, ik ga niet fietsen 🌧️ — [[p:Mees]]""",
    """voicemail — hallo met de buurvrouw van mevrouw [[p:Truus Bakker]] van nummer 14 eh ik heb haar al drie dagen niet gezien en de post ligt op de mat ik maak me zorgen mijn naam is [[p:Joke]] ik woon ernaast op [[a:Sportlaan 16]] mijn nummer is [[t:070 325 44 81]] dag""",
]

TEXTS += [
    """[[p:Noor van Dam]] (Teams, 08:31): Goedemorgen, iemand die vandaag om 11u mee kan naar meneer [[p:de Wit]]? Het is die bemoeizorgcasus uit {{w:Duindorp}}, [[a:Tesselsestraat 9]]. {{r:SPV}} [[p:Hakim]] van {{o:Parnassia}} gaat ook mee maar wil liefst met twee van ons erbij. Vorige keer ([[d:22-2]]) deed hij de deur niet open en riep hij dat iedereen van de gemeente moest oprotten.
[[p:Mirjam]] (08:40): Ik kan! moet wel om half 1 weg ivm overleg {{o:Wmo}}.
[[p:Noor van Dam]] (08:41): Super. Zijn zus [[p:Wilma]] heeft een sleutel, haar nr staat in dossier [[n:2022-07719]]. Ze wil niet dat hij weet dat zij ons gebeld heeft!!
[[p:Mirjam]] (08:42): 👍 helder, ik zeg niks""",
    """Transcript telefoongesprek (automatisch, niet gecorrigeerd)
spreker 1: ja met [[p:Desislava]] van het wijkteam
spreker 2: ja hallo met [[p:Stoyan Georgiev]] ik bel voor mijn moeder eh [[p:Yordanka Georgieva]] zij heeft brief van de gemeente dat haar uitkering is gestopt
spreker 1: oke en wat is de geboortedatum van uw moeder
spreker 2: [[d:vijftien mei negentienhonderdachtenvijftig]]
spreker 1: en het adres
spreker 2: [[a:Hoefkade 285]] eh [[pc:2526 bm]]
spreker 1: ik zie het ze heeft een brief gekregen omdat een formulier niet terug is gekomen ik ga dat voor u uitzoeken mag ik u terugbellen op dit nummer
spreker 2: ja [[t:nul zes negentien achtenveertig zevenentwintig drieëndertig]]
spreker 1: prima dan bel ik u voor vrijdag""",
    """[[p:Fatima]] ik stuur je mijn gegevens voor het formulier van de {{o:SVB}}. BSN [[b:7888.42.250]] geboren [[d:12-12-1963]], adres [[a:Jacob Catsstraat 34]] 2e verd, [[pc:2521 PV]]. Mijn man is [[p:Mohamed Benali]] geboren [[d:1-1-1960]] bsn [[b:177559020]]. Sorry voor de foto's ze zijn scheef 😅""",
    """nieuwe notitie dubbele punt gesprek met [[p:Shurandy Martina]] aanhalingstekens openen ik wil gewoon een eigen huis aanhalingstekens sluiten punt hij is 23 en heeft een licht verstandelijke beperking komma woont nu bij zijn tante [[p:Gisela]] in {{w:Transvaal}} op de [[a:Van Ostadestraat 189]] punt er is veel ruzie thuis punt nieuwe regel afspraken dubbele punt inschrijven {{o:Haag Wonen}} en urgentie bekijken komma inkomen checken bij {{o:UWV}} wajong komma {{r:MEE-consulent}} erbij vragen komma volgende afspraak [[d:dertig april]] om tien uur punt""",
    """Mijn lijstje voor vandaag (niet vergeten!!)
☐ [[p:Tavares]] — huurtoeslag aanvraag afmaken (DigiD zit bij zoon [[p:Edson]])
☐ bellen mw. [[p:Lopes]] [[t:06-41 22 80 19]] over afspraak {{r:psycholoog}}
☐ {{o:Juridisch Loket}} mailen ivm bezwaar [[n:BZW/2024/00451]]
☐ verslag [[d:12-03]] uitwerken (huisbezoek [[a:Kempstraat 101]])
☐ lunch 🥪
☐ [[p:Kofi]] appen: gaat vrijdag door?""",
    """Bericht van [[t:+31 70 744 03 18]], om 9.12 uur. Goedemorgen, met [[p:Marco Hoogendoorn]], {{r:bewindvoerder}} van {{o:Budget Bewind Haaglanden}}. Ik bel over onze gezamenlijke cliënt, meneer [[p:Tomasz Zielinski]]. Eh, het bewind is per [[d:1 maart]] uitgesproken, ik heb vandaag de beschikking binnengekregen met zaaknummer [[n:C/09/661204]]. Ik heb nog zijn rekeningnummer nodig van de leefgeldrekening en die staat nog niet in mijn systeem, het is volgens mij [[i:NL54 KNAB 7758 9406 63]] maar dat wil ik even bevestigd hebben. Mijn mobiel is [[t:06 14 55 09 32]]. Dank je wel, doei.""",
    """Hoi [[p:Dewi]], kan je [[p:Ama]] laten weten dat de afspraak bij de {{r:huisarts}} verzet is naar [[d:woensdag 3 april]]? Ik krijg haar niet te pakken. Dankjewel!""",
    """📌 Nieuwe nummers: [[p:Youssef]] (nachtopvang {{o:Leger des Heils}}) [[t:06 - 12 98 77 30]], en [[p:Shanti]], {{r:ouderenconsulent}} {{w:Mariahoeve}}: [[t:070-3536621]]. Het oude nummer van [[p:Shanti]] werkt niet meer, graag aanpassen in jullie telefoon.""",
    """Tel. met hr. [[p:Mensah]] (zoon van [[p:Akosua Mensah]], geb. [[d:3.8.1952]]). Moeder is [[d:zaterdag 16 maart]] gevallen in de douche, ligt nu in het {{o:Haga}}. Ontslag waarschijnlijk [[d:22/3]]. Hij wil tijdelijk logeeropvang voor haar, hij woont zelf in Almere en kan niet elke dag komen. Vraag ligt bij {{r:Wmo-adviseur}} [[p:Bas]]. Terugbelverzoek: [[t:0031 6 48 21 77 05]].""",
    """ja met [[p:hüseyin demir]] ik heb nu al drie keer gebeld niemand belt mij terug ik heb die papieren van de {{o:wmo}} al lang ingestuurd en nog steeds geen traplift mijn vrouw kan niet meer naar boven ze slaapt nu in de woonkamer op de bank dit is toch geen leven ik woon op [[a:Escamplaan 1150]] mijn dossiernummer is eh [[n:twee nul twee vier nul nul drie een acht]] bel mij [[t:06 38 27 19 05]] vandaag nog alsjeblieft""",
    """Ik loop zo vanaf de {{o:Jumbo}} op de Reinkenstraat naar {{o:Buurthuis De Mussen}}. Daar zit [[p:Ria]] van het spreekuur. Als mw. [[p:Chen]] belt, zeg dan dat ik er om 2 uur ben. Ze woont op de Wagenstraat maar ik weet het huisnummer niet meer 🙈 staat in haar map""",
    """Beste collega's, voor de kick-off op [[d:22 november]] willen we per team één casus inbrengen rond bemoeizorg. Let op: anonimiseren! Dus niet "mevr. [[p:Hakimi]] van de [[a:Weimarstraat 54]]" maar "een vrouw van 70 in {{w:Segbroek}}". Ook geen geboortedata, geen namen van kinderen, niks. Vragen → [[p:Hans]] ([[e:hans.brouwer@denhaag.nl]]) of mij. Gr [[p:Carla]], {{r:teamleider}}""",
    """Dzien dobry, sorry mijn nederlands is niet goed. Ik ben [[p:Agnieszka Nowak]], de moeder van [[p:Kasia]]. Wij hebben afspraak morgen maar mijn werk zegt ik moet komen. Kan ook [[d:vrijdag 12]]? Mijn adres is nieuw: [[a:Beeklaan 204B]], [[pc:2562AE]]. Dank u wel""",
    """Rapportage [[d:2 april]], bezoek mevrouw [[p:Kromodimedjo]]. Mevrouw is 81 jaar en woont alleen sinds het overlijden van haar man [[p:Sadiman]] in december. Ze eet slecht, weegt nog 48 kilo. Koelkast was leeg. Buurvrouw [[p:Ernestine]] brengt soms eten. Zoon [[p:Romano]] woont in Rotterdam, telefoon [[t:06-11 38 92 40]]. Advies: maaltijdservice, dagbesteding bij {{o:Florence}}, contact met {{r:huisarts}} over gewicht. Volgende bezoek [[d:9 april]].""",
    """wie heeft er vandaag dienst op het inloopspreekuur in {{w:Bouwlust}}? Er staat een meneer ([[p:Abdi]]?) zonder afspraak, hij zegt dat hij vorige week met iemand van jullie heeft gesproken""",
    """Dag meneer [[p:Van Leeuwen]], ik heb net gebeld met {{o:Sociaal Raadslieden}}. U kunt [[d:maandag 8/4]] om 13.30 langskomen bij [[p:Hester]] op de [[a:Loosduinseweg 9-I]]. Neem uw paspoort, de brief met kenmerk [[n:WMO-2024-118734]] en uw bankpas mee. Lukt het niet? App of bel me: [[t:06 22 41 87 03]]. Gr. [[p:Tim]]""",
    """nog doen:
* [[p:roza]] formulier terug? nog niks ontvangen
* [[p:abdirahman]] → afspraak {{o:Jongerenloket}}
* dhr [[p:smit]] bewindvoering aanvragen, dochter [[p:petra]] tekent mee
* verjaardag [[p:mei]] [[d:17 mei]]!! kaartje 🎂
* mei: verlof aanvragen voor de meivakantie""",
    """Voicemail 19:47. Ja goedenavond, met [[p:Erik Zwart]], {{r:wijkagent}} {{w:Laak}}. Ik bel even over de melding van vanavond op de [[a:Jan van Riebeekstraat 37]], mevrouw [[p:Celik]] en haar ex-partner. Er is ook een melding gedaan bij {{o:Veilig Thuis}}, ons registratienummer is [[n:PL1500-2024087731]]. De kinderen zijn voor vannacht bij oma. Bel me morgen maar even terug op [[t:06 53 19 44 20]]. Dank je.""",
    """Dank aan [[p:Jurelle]], [[p:Anand]] en [[p:Kwame]] voor gisteren! Dankzij jullie kon mw. [[p:Haile]] toch mee naar {{o:Parnassia}} en is haar dochter [[p:Meron]] opgevangen via {{o:Jeugdbescherming West}} 💪 Echt teamwerk.""",
    """Hallo mevrouw [[p:Roos]] goede morgen 🌹 ik heb gemaakt een email voor de gemeente: [[e:omar.khalil1985@gmail.com]]. Mijn BSN is [[b:464453161]] en van mijn vrouw [[p:Lina]] [[b:252 084 172]]. Wanneer komt u? Ik ben thuis behalve dinsdag.""",
    """tel [[p:wim]] (mantelzorger): vader dhr [[p:dekker]] wil niet naar dagbesteding, zegt dat het 'voor oude mensen' is 🙄 proberen via {{r:welzijnscoach}}. [[p:wim]] zelf is op, werkt fulltime en zorgt elke avond voor hem. Mantelzorgwaardering aanvragen + respijtzorg bespreken volgende keer.""",
    """Transcriptie: Hallo, u spreekt met [[p:Abena Boateng]] eh ik ben de zus van eh [[p:Yaw]]. Hij ligt in het ziekenhuis sinds [[d:vierentwintig maart]] en hij vroeg of iemand zijn post kan halen op het [[a:Hobbemaplein 18]]. Eh het gaat om eh brieven van de {{o:Kredietbank}} denk ik. U kunt mij bereiken op [[t:06 87 42 11 03]]. Dank u.""",
    """FYI: de {{r:POH-GGZ}} bij de praktijk op de Dierenselaan heet nu [[p:Wendy Sabajo]] ([[e:w.sabajo@hapzuid.nl]]). Ze wil graag korte lijnen met ons, vooral ivm mw. [[p:Tjon A Fat]] en dhr. [[p:Nelom]]. Ik heb gezegd dat we eens per maand kunnen afstemmen.""",
]

TEXTS += [
    """Intake tel. schuldhulp [[d:ma 15-4]]
Naam: [[p:Adilson Semedo]]
Geb: [[d:23-09-1986]]   BSN: [[b:903642633]]
Adres: [[a:Kerketuinenweg 22]], [[pc:2544 CW]] (onderhuur bij neef [[p:Nelson]]?? niet ingeschreven daar → checken BRP)
Tel: [[t:06-30 11 58 92]]   mail: [[e:adilsonsemedo@hotmail.com]]
Rek: [[i:NL09RABO2792518925]]
Schulden: ca € 14.000 ({{o:CJIB}}, {{o:Zilveren Kruis}}, {{o:Belastingdienst}}, Klarna, telefoonabonnement). Werkt via uitzendbureau, wisselend inkomen. Vriendin [[p:Nelsa]] is zwanger (uitgerekend [[d:3 juli]]).
Vervolg: stukken verzamelen, afspraak {{r:schuldhulpverlener}} [[p:Ahmet]] op [[d:29 april]] 10:00 {{o:Servicepunt XL}} {{w:Escamp}}.""",
    """[ma 09:02] [[p:Ilham]] (wijkteam): Goedemorgen [[p:Samira]], lukt het om vandaag de formulieren langs te brengen?
[ma 11:45] [[p:Samira]]: nee sorry mijn dochter moest naar de tandarts. morgen?
[ma 11:47] [[p:Ilham]] (wijkteam): Morgen ben ik er niet, woensdag wel vanaf 9u. Je kan ze ook in de brievenbus van het {{o:Servicepunt XL}} doen, met je naam erop.
[wo 08:58] [[p:Samira]]: ok ik kom om 10. mijn man [[p:Khalid]] komt ook mee want hij heeft de brief van de {{o:IND}}
[wo 10:40] [[p:Ilham]] (wijkteam): Fijn dat jullie er waren! Volgende stap: ik bel [[d:vrijdag 19 april]] met {{o:VluchtelingenWerk}} over de aanvraag voor [[p:Khalid]]'s moeder. 🤞""",
    """ja hallo u spreekt met [[p:annie schipper]] eh ik weet niet of ik goed ben bij u maar mijn buurman meneer [[p:wolde michael]] eh die woont onder mij en die eh die schreeuwt 's nachts en hij zet de muziek heel hard en ik denk niet dat het goed met hem gaat hij is ook heel mager geworden eh ik heb al gebeld met {{o:haag wonen}} maar die zeggen dat ik bij het wijkteam moet zijn eh ik woon zelf op [[a:de heemstraat 110]] eh de eerste etage mijn telefoon is [[t:nul zeventig drie zes zes vier vier twee een]] ik ben de hele dag thuis dank u wel dag""",
    """[[p:Lisa Verbeek]] 10:02
Collega's, het MDO voor fam. [[p:Doğan]] ([[n:SWT-2024-0877]]) is verplaatst naar [[d:dinsdag 23 april]], 14.00-15.30, in de grote zaal. Aanwezig: {{o:Veilig Thuis}} ([[p:Marieke]]), {{o:CJG}} ([[p:Jochem]]), {{o:Parnassia}} ({{r:SPV}} [[p:Anton]]), {{o:Haag Wonen}} en wij. Vader ([[p:Murat]]) en moeder ([[p:Elif]]) zijn uitgenodigd voor het tweede deel.
[[p:Thijs]] 10:05
Ik kan dan niet, heb {{o:rechtbank}} met mw. [[p:Arslan]]. Kan [[p:Naima]] voor mij gaan?
[[p:Naima]] 10:11
Ja prima, stuur je me de laatste verslagen? Vooral die van [[d:4/4]] (na het incident)
[[p:Lisa Verbeek]] 10:12
👍 Let op: oudste zoon [[p:Emre]] (17) wil er niet bij zijn, respecteren.""",
    """weekplanning [[p:Jasmijn]] 🗓️
ma
- 9u teamoverleg
- 11u huisbezoek mw [[p:Hoek]], [[a:Thomsonlaan 30]] (sleutel bij buurvrouw [[p:Ans]])
- bellen {{o:CAK}} over eigen bijdrage [[p:Hoek]]
di
- vrij (tandarts 🦷)
wo
- 10u intake gezin [[p:Farah]] {{o:Servicepunt XL}}
- mailen naar [[e:m.farah.warsame@outlook.com]] over documenten
do
- 14u MDO [[p:Van den Berg]] met {{r:casemanager dementie}}
- aanvraag huishoudelijke hulp [[p:Smits]] afmaken, bsn [[b:638998098]]
vr
- verslaglegging, mail, fiets ophalen bij de Hoek (fietsenmaker)""",
    """Dictaat 16 uur 20. Huisbezoek bij meneer [[p:Radjkoemar]], of eigenlijk bij zijn broer [[p:Vishal]] thuis, want meneer logeert daar sinds hij uit zijn huis is gezet. Adres broer: [[a:Hengelolaan 602]], [[pc:2545 BJ]]. Meneer heeft geen vaste verblijfplaats meer, post loopt via het postadres bij de {{o:Kessler Stichting}}. Hij heeft een schuld bij de verhuurder van ongeveer 6.000 euro. Hij drinkt, ontkent dat ook niet. Hij wil wel hulp maar geen opname. Afspraak: ik meld hem aan bij het {{o:Centraal Aanmeldpunt}} voor bemoeizorg en bel {{o:Brijder}}. Volgende contact donderdag. Einde dictaat.""",
    """🎤 Spraakbericht (uitgeschreven): hallo [[p:Lotte]] met [[p:Xiaoyan]] eh ik heb gisteren nieuwe sleutel gekregen van woning eh [[a:Zevensprong 41]] in {{w:Ypenburg}} dus ik ga verhuizen op [[d:1 mei]] eh kan jij helpen met eh adreswijziging en de huurtoeslag ik weet niet hoe dat moet doei""",
    """Doorgestuurd bericht ↓
Van: [[p:R. Isenia]] <[[e:r.isenia@cardia.nl]]>
Onderwerp: cliënt [[p:Doran]]
Hoi! Mevrouw [[p:Doran]] (° [[d:14-02-1944]]) is gisteren thuisgekomen uit het revalidatiecentrum. Zij krijgt nu 3x per week zorg van ons. Kan het wijkteam kijken naar eenzaamheid? Dochter [[p:Rosalia]] woont op Curaçao en kan weinig doen. Groet, [[p:Rinia Isenia]], {{r:wijkverpleegkundige}} {{o:Cardia}} {{w:Bezuidenhout}}, [[t:06 24 51 99 08]]
---
wie pakt dit op? Ik heb geen ruimte deze week 🙏""",
    """Bericht van een onbekend nummer 10:03: met [[p:Jan de Jong]] de vader van [[p:Mila]] ik bel terug op jullie brief over de school van mijn dochter. Ik snap niet zo goed wat jullie willen, ze gaat gewoon naar school. Bel maar terug op [[t:0652 841 033]]. Doei.""",
    """gebeld m mevr [[p:yildiz]] 10.15: zoon [[p:baris]] (19) weer thuis na detentie, slaapt op de bank. geen inkomen, geen id-kaart. afspraak [[d:di 23/4]] samen naar gemeentebalie voor id. daarna {{o:uwv}}/{{o:werkplein}}. mevr zelf erg moe, slaapt slecht, mss {{r:poh}} → vragen aan dr [[p:ozturk]] 😴""",
    """Vraagje: mag ik in het verslag voor de pilot schrijven 'een vrouw uit {{w:Mariahoeve}} van 78 met beginnende dementie, haar zoon woont in Spanje'? Of is dat al te herkenbaar? Het gaat om mw. [[p:Groen]] maar dat zet ik er natuurlijk niet in 😉 — [[p:Hanneke]]""",
    """Goedemiddag, u spreekt met [[p:Sophie Mulder]], {{r:medisch maatschappelijk werker}} van {{o:HMC Bronovo}}. Ik bel over een patiënt van ons, meneer [[p:Ionescu]], [[p:Florin Ionescu]], geboren [[d:8 augustus 1966]]. Hij wordt waarschijnlijk [[d:donderdag 25 april]] ontslagen maar hij heeft geen woning meer, hij sliep in zijn auto. Hij staat volgens mij ingeschreven op een briefadres, de [[a:Spinozastraat 50]]. Wij hebben zijn toestemming om contact met u op te nemen. Kunt u mij terugbellen via [[t:070 - 312 00 00]], toestel 4471, of mailen naar [[e:s.mulder@haaglandenmc.nl]]. Dank u wel.""",
    """[[p:Koen]] heb je de sleutel van de dienstfiets? staat niet in het rek 🚲""",
    """Merhaba [[p:Esra]] hanım, ik heb de rekening gevonden: [[i:NL62 INGB 8437 1318 48]] op naam van mijn schoonvader [[p:Mustafa Öztürk]]. Hij woont bij ons op [[a:Vaillantlaan 12-hs]]. Kunt u die in het formulier zetten? Teşekkürler 🙏""",
    """Let op, 2 dossiers door elkaar gehaald in het systeem: [[n:2023-05512]] = mw. [[p:Baldewsingh]] ([[a:Vaillantlaan 388]]) en [[n:2023-05521]] = dhr. [[p:Baldew]] ([[a:Parallelweg 71]]). De rapportage van [[d:2 april]] stond bij de verkeerde. [[p:Rakesh]] heeft het gecorrigeerd, maar check even je eigen notities van die week.""",
    """oké opnemen begint nu. voor de themabijeenkomst ouderen wil ik de casus van mevrouw [[p:Lewandowska]] gebruiken maar dan geanonimiseerd komma de les is dat we veel eerder de {{r:ouderenadviseur}} hadden moeten inzetten punt nieuwe alinea de {{r:casusregisseur}} [[p:Marloes]] kan het verhaal vertellen want zij was er vanaf het begin bij punt zij was er ook op [[d:eenentwintig januari]] toen mevrouw gevonden werd punt einde""",
    """is er iemand die vandaag {{w:Moerwijk}} in gaat? Mw. [[p:Pattipeilohy]] moet haar medicijnen ophalen bij de apotheek en haar pas ligt hier bij ons op het bureau. Ze kan zelf niet lopen met die knie, en haar zoon is deze week in Marokko. Apotheek sluit om half 6.""",
    """u zou me toch bellen?? ik heb de hele ochtend gewacht. de {{r:deurwaarder}} staat [[d:23-4]] op de stoep!!! mijn dossier bij hun is [[n:88123]]. [[p:Chantal]]""",
    """voicemail woensdag: goeiemorgen met meester [[p:Bram]] van basisschool {{o:De Regenboog}} ik bel over [[p:Ayaan]] uit groep zes en haar broertje [[p:Liban]] ze zijn al een week niet op school geweest en moeder neemt niet op eh wij hebben wel het adres [[a:Cartesiusstraat 120]] maar daar wordt niet opengedaan eh de {{r:leerplichtambtenaar}} weet ervan kunt u even bellen [[t:070 368 90 12]] dankjewel""",
    """hb [[d:vr 26/4]] [[a:hoefkade 503a]] [[pc:2526bc]] - mw [[p:kalloe]] + kleinzoon [[p:dilan]]. huis vol, kattenbak niet schoon, mw zelf redelijk. dochter [[p:sunita]] ([[t:0624417903]]) regelt geldzaken maar mw wantrouwt haar. vervolg: {{r:ouderenconsulent}} + evt onderzoek bewindvoering""",
    """Even een reflectie na gisteren. Bij meneer [[p:Warsame]] (de vader van [[p:Hibaaq]]) hebben we 3 maanden lang alles via de dochter gedaan omdat hij 'geen Nederlands sprak'. Gisteren bleek met de {{r:tolk}} ([[p:Abdirahman]] van {{o:Globe Talk}}) dat hij heel andere wensen heeft dan zij zei. Hij wil helemaal niet naar het verzorgingshuis. Les: altijd zelf met de cliënt praten, met een professionele tolk, ook al kost het tijd. Ik breng het in op [[d:8 mei]] bij de intervisie. — [[p:Sanne]]""",
    """Good morning madam [[p:Iris]], sorry I forget the appointment yesterday. My son [[p:Kwabena]] was sick. Can we do another day? My new number is [[t:+31 6 4471 2290]]. God bless 🙏 [[p:Akua Asante]]""",
    """[[p:Joyce]] → uitslag indicatie {{o:CIZ}} voor mw [[p:Jonker]] is binnen: Wlz! 🎉 zaaknr [[n:CIZ-7710-2284]]""",
]

TEXTS += [
    """[[p:Ricardo]]: mensen, dringend: mw [[p:Monteiro]] staat met haar 2 kinderen op straat, {{o:Staedion}} heeft vandaag het slot vervangen. Ze zit nu bij de {{o:Jumbo}} op de Leyweg met alle tassen.
[[p:Anouk]]: wat?! de ontruiming was toch opgeschort tot [[d:15 mei]]?
[[p:Ricardo]]: dat dachten wij ja. ik heb [[p:Frank]] gebeld, neemt niet op. {{o:Kessler}} heeft geen plek voor een gezin.
[[p:Esther]]: ik bel {{o:Jeugdbescherming West}} voor noodopvang. wat is haar nr?
[[p:Ricardo]]: [[t:06 19 72 40 55]], en van haar zus [[p:Djamila]] [[t:06 48 03 11 27]], die woont in {{w:Laak}} maar heeft zelf 4 kids
[[p:Anouk]]: ik ga erheen, ben er over 10 min 🚲
[[p:Ricardo]]: dank je!! vergeet niet alles te noteren met tijden, morgen bellen we de advocaat (mr. [[p:Fortes]])""",
    """Verslag eerste gesprek, [[d:maandag 13 mei]]. Aanwezig: mevrouw [[p:Nadia el Khatib]], haar moeder [[p:Aicha]] en ik. Mevrouw is 29, alleenstaand met twee kinderen ([[p:Sami]], 6, en [[p:Lina]], 3). Ze woont op de [[a:Van der Vennestraat 62]], [[pc:2525 CJ]], een portiekflat van {{o:Haag Wonen}}. Problemen: schulden (ongeveer 9.000 euro), een conflict met de vader van de kinderen over de omgang, en ze slaapt slecht. Ze heeft de toestemmingsverklaring getekend. BSN mevrouw: [[b:568633519]]. Ze wil graag eerst hulp met de post, ze durft de enveloppen niet meer open te maken. Afspraken: ik kom [[d:donderdag 16 mei]] terug en dan maken we samen de post open. Ik vraag {{r:maatschappelijk werker}} [[p:Yara]] erbij voor de omgangsregeling. Einde verslag.""",
    """ja hoi met [[p:kim]] eh de dochter van meneer [[p:boer]] [[p:henk boer]] eh hij woont op de [[a:laan van nieuw oost-indië 201]] eh ik bel eigenlijk omdat mijn vader sinds de dood van mijn moeder in februari eh niet meer eet en ook zijn rekeningen niet meer betaalt er lag een brief van {{o:eneco}} en van de {{o:belastingdienst}} en ik woon zelf in Groningen dus ik kan niet zo vaak komen eh mijn broer [[p:rob]] woont wel in den haag maar die eh die heeft het zelf ook moeilijk eh kunt u alstublieft een keer bij hem langs gaan hij is wel een beetje eigenwijs hoor hij zal zeggen dat het allemaal goed gaat eh mijn nummer is [[t:nul zes vijf vijf twee drie een vier nul acht]] of mail naar [[e:kimboer at live punt nl]] eh ja dank u wel""",
    """[[p:Hamid]] 13:14
@[[p:Priscilla]] in het verslag staat het bsn van de verkeerde persoon volgens mij. Je hebt [[b:538580835]] staan bij mw. [[p:Noori]] maar dat is van haar man [[p:Wahid]]. Haar eigen nummer is [[b:891588516]].
[[p:Priscilla]] 13:20
oeps 🙈 dank je, aangepast. Moet ik dit melden als datalek?
[[p:Hamid]] 13:21
Nee, het is intern gebleven. Maar check ff bij [[p:Ronald]] ({{r:privacy officer}}) voor de zekerheid.""",
    """route huisbezoeken do [[d:16/5]] 🚲
1. 9:30 [[a:Fahrenheitstraat 640]] ([[pc:2561 EA]]) - [[p:van Dijk]], sleutelkastje code 1966 (!! niet doorgeven)
2. 11:00 [[a:Loosduinsekade 12-III]] - [[p:Huang]], tolk Mandarijn geregeld ([[p:Ling]])
3. 13:30 [[a:Goudenregenstraat 91]], [[pc:2565 EP]] - mw. [[p:Verhoeven]] + {{r:wijkverpleegkundige}}
4. 15:00 terug naar kantoor, verslagen
NB: [[p:van Dijk]] wordt 90 op [[d:20 mei]], bloemetje? 💐""",
    """Hoi [[p:Maaike]], hierbij de gegevens voor de aanmelding bij {{o:MEE}}:
[[p:Jordy Statia]], [[d:17-05-2001]], [[a:Stuwstraat 23]], [[pc:2516 TK]], tel [[t:06 33 21 87 60]]. Moeder: [[p:Glenda Statia]] ([[t:06 18 80 45 12]]).
Hij heeft een IQ van rond de 68 (onderzoek uit 2019), werkt nu niet, zit veel thuis te gamen. Hij wil zelf hulp bij 'volwassen worden', zijn woorden 😊 Zijn dossiernummer bij ons: [[n:SWT-HC-2024-118]]. Groet! [[p:Thijs]]""",
    """Hallo, goedemiddag. Mijn naam is [[p:Rasha Darwish]], ik ben {{r:tolk}} Arabisch. Ik was vanmorgen bij het gesprek met de familie [[p:Haddad]] en mevrouw vroeg mij nog iets door te geven. Ze heeft een nieuwe afspraak bij het ziekenhuis op [[d:6 juni]], en ze wil niet dat haar man daarvan weet. Haar eigen nummer is [[t:06 29 01 74 58]], maar alleen bellen tussen tien en twaalf. Dank u.""",
    """Overzicht wie nog post heeft liggen bij de balie ({{w:Transvaal}}):
- [[p:A. Tahiri]] – 2 brieven
- fam. [[p:Kaya]] – pakketje
- [[p:Sabajo]] – brief {{o:CJIB}}
- [[p:De Jong-Visser]] – aangetekend!!
Graag deze week ophalen of de mensen bellen. Het {{o:Servicepunt XL}} is dicht van [[d:27 mei]] t/m [[d:31 mei]] wegens verbouwing.""",
    """notitie voor mezelf meneer [[p:afolabi]] verhuist nieuw adres [[a:escamplaan 88]] postcode [[pc:2544 km]] vanaf [[d:één juni]] niet vergeten de {{r:woonconsulent}} te mailen en de sleuteloverdracht samen met hem te doen want hij is bang dat hij het verkeerd doet""",
    """Salaam mevrouw [[p:Iris]]. Dit is bsn van mij [[b:594737230]] en van mijn zoon [[p:Mohammad Rahimi]] [[b:357363966]]. Bank [[i:NL71 ABNA 4748 9073 37]]. Ik wacht op u donderdag. [[p:Shabnam]]""",
    """[[p:Winter]] is ziek vandaag dus de intake van [[p:Zomer]] om 10u moet iemand anders doen 😂 geen grap, echt zo. [[p:Winter]] = [[p:Jacqueline Winter]] van {{o:MEE}}, [[p:Zomer]] = dhr [[p:Zomer]] uit {{w:Rustenburg}}, [[a:Beresteinlaan 402]]. wie kan? ☀️❄️""",
    """Tel. dhr [[p:Dumitru]] ([[p:Gheorghe]]), Roemeens, via telefonische {{r:tolk}}. Werkt bij een kas in het Westland, woont met 6 man in een huis aan de [[a:Rijswijkseweg 400]]. Baas houdt zijn paspoort in. Wil weg maar is bang. Nummer vriend: [[t:+40 744 512 300]]. Overleg met {{o:FairWork}} en de {{r:wijkagent}}. Toestemming mondeling gegeven op [[d:28-5]], schriftelijk volgt.""",
    """Voor de themagroep huiselijk geweld (vanuit {{o:SWT}} {{w:Schilderswijk}}): wat ik leerde van de casus van de familie [[p:B.]]. Wat mij vooral is bijgebleven: het was niet de {{r:huisarts}} en niet de school die het eerst iets merkte, maar de buurvrouw, mevrouw [[p:Lindeboom]], die ons belde op [[d:3 februari]]. Zonder haar hadden we het veel later gezien. We hebben toen binnen 24 uur samen met {{o:Veilig Thuis}} en de {{r:wijkagent}} een plan gemaakt. De moeder wilde aanvankelijk geen hulp; pas toen [[p:Samantha]], {{r:ervaringsdeskundige}}, meeging, ging de deur open. Les: investeer in de relatie met buren en zet ervaringsdeskundigheid eerder in. De toestemming van mevrouw om dit te delen is op [[d:12-06]] getekend.""",
    """Dag mevr. [[p:Visser]], ik ben er over 5 min. Ik sta nog even bij de viskraam op de markt 🐟 [[p:Jeroen]]""",
    """Mailadressen voor de uitnodiging expertmeeting ([[d:18 april]]):
[[e:y.elouali@denhaag.nl]] ({{r:casusregisseur}}), [[e:marjolein.vdberg@parnassia.nl]], [[e:t.soekhai@xtra.nl]], [[e:b.mohan@mee-zhn.nl]]. [[p:Bilal]] van {{o:Stichting MOOI}} mailt zelf nog door naar zijn collega's.""",
    """Voicemail 23 uur 14 — Ja, met [[p:Dennis]] van de crisisdienst van {{o:Parnassia}}. Wij zijn net bij mevrouw [[p:Latuheru]] geweest op de [[a:Amsterdamse Veerkade 55-1]]. Zij is niet opgenomen, maar we maken ons wel zorgen. Ze heeft toegezegd morgen contact op te nemen met jullie. Haar dossier bij ons is [[n:PNS-449102]]. Mijn nummer voor overleg: [[t:088 - 357 21 00]]. Groet.""",
    """[[p:Naima]]: ziek 🤒 sorry, afspraken van vandaag: 10u mw. [[p:Koster]] en 14u dhr. [[p:Jama]] ({{w:Moerwijk}}). Kan iemand bellen om af te zeggen? nrs staan in de agenda
[[p:Tim]]: beterschap!! ik bel ze
[[p:Mirjam]]: beterschap 💐 ik neem je inloopspreekuur over""",
    """Gebeld met {{o:Vattenfall}} voor dhr [[p:Hassan Jama]]: klantnr [[n:4800 1192 33]], achterstand € 612. Regeling afgesproken: € 50/mnd vanaf [[d:1 juli]], automatische incasso van [[i:NL17RABO1600910932]]. Afsluiting ingetrokken. Bevestiging komt per post naar [[a:Oudemansstraat 5]] [[pc:2522 SC]]. Medewerker daar: [[p:Kevin]].""",
    """Cliënt [[p:Yonas]] belde: zijn fiets is gestolen en nu kan hij niet naar zijn werk. Vraag: kan de {{o:Fietsbank}} helpen? afspraak [[d:vr 7/6]] 13u. Hij werkt sinds 2 maanden bij een distributiecentrum in Zoetermeer, vroege dienst, en dit werk is echt zijn kans. Anders evt. OV-kaart via bijzondere bijstand?""",
    """bon dia eh met [[p:sharlon maduro]] ik ben de neef van [[p:eldrick]] eh [[p:eldrick]] is weer opgenomen sinds gisteren bij {{o:parnassia}} en hij vroeg mij om u te bellen want zijn huur eh moet nog betaald worden het nummer van zijn {{r:bewindvoerder}} weet ik niet eh mijn nummer [[t:06 81 20 37 45]] danki""",
]

TEXTS += [
    """[[p:Mohan]] 11:02: Wmo-aanvraag van mw. [[p:Ramsaran]] ([[n:WMO/2024/20771]]) is afgewezen wegens 'voorliggende voorziening'. Ze heeft alleen een rollator en kan niet douchen zonder hulp!!
[[p:Esther]] 11:05: pff. Heb je het keukentafelverslag van [[d:14 mei]] erbij? Daarin stond volgens mij duidelijk dat de douche op de 1e verdieping is.
[[p:Mohan]] 11:06: ja. En dochter [[p:Priya]] heeft zelf een burn-out, die kan echt niet meer.
[[p:Esther]] 11:10: Dan bezwaar maken. Termijn 6 weken vanaf het besluit ([[d:21-05-2024]]). Zal ik [[p:Anouk]] vragen, zij heeft er ervaring mee? En bel {{o:MEE}} voor onafhankelijke cliëntondersteuning, dat is gratis.
[[p:Mohan]] 11:12: top, doe maar. Adres voor de brief: [[a:Zuiderparklaan 188]], [[pc:2533 AG]].""",
    """hallo eh goedemorgen ik ben [[p:filmon ghebremedhin]] ik bel voor eh de brief van de gemeente ik begrijp niet eh ze zeggen ik moet eh terugbetalen bijstand eh drieduizend euro maar ik heb altijd alles gemeld eh mijn vrouw [[p:selam]] is in het ziekenhuis met de baby sinds zondag en ik ben alleen met de kinderen eh ik woon [[a:zichtenburglaan 250]] mijn klantnummer van de brief is [[n:7 7 0 1 4 2 9]] eh mijn nummer is [[t:06 45 90 12 88]] ik spreek tigrinya en een beetje nederlands dankjewel""",
    """Korte notulen MDO [[d:dinsdag 4 juni]]. Casus [[n:2024-03390]].
Aanwezig: [[p:L. Verbeek]] (voorzitter), [[p:J. Pauwels]] ({{o:CJG}}), [[p:A. Hakimi]] ({{o:Veilig Thuis}}), ondergetekende.
Besproken: situatie bij moeder ([[p:Z.]]) en de drie kinderen is stabieler sinds vader is vertrokken naar zijn broer in Rotterdam. Oudste ([[p:Y.]], 14) gaat weer naar school, middelste heeft nog veel last van buikpijn.
Afspraken: {{o:Veilig Thuis}} sluit af per [[d:1 juli]], wij blijven betrokken voor schulden en huisvesting. Volgend MDO [[d:10 september]].
Notulist: [[p:Carla]]""",
    """hoi juf [[p:fleur]] mijn nieuwe mail is [[e:glennpinas69@gmail.com]] want de oude is gehackt. en ik woon nu bij mijn moeder op de [[a:dr. h. colijnlaan 267]] [[pc:2283xa]] rijswijk tot ik iets vind. gr [[p:glenn]]""",
    """📋 To do na de vakantie
- [[p:Ahmed]] (stagiair) inwerken: laptop, Suite, {{o:GGD}}-training
- bellen {{o:Jeugdbescherming West}} over [[p:Rayan]] ([[n:JBW-2024-0511]])
- brief {{r:deurwaarder}} mw. [[p:Kok]] → kopie naar {{r:bewindvoerder}}
- check: heeft [[p:Dirk]] het formulier 'toestemming gegevensdeling' van [[p:Abdullah]] ingescand?
- [[d:24 juni]] team-uitje 🎳
- verjaardag [[p:Priya]] [[d:26/6]]""",
    """Goedemorgen, u spreekt met [[p:Wendy de Graaf]] van {{o:Schuldhulpverlening Den Haag}}. Het gaat om de aanmelding van meneer [[p:Boateng]], [[p:Kofi Boateng]]. Wij missen nog de volgende stukken: de laatste drie loonstroken, de huurovereenkomst en een afschrift van zijn rekening, dat is de [[i:NL24 TRIO 4172 8081 71]]. Zijn aanvraagnummer is [[n:SHV-24-10387]]. Als de stukken niet voor [[d:vrijdag 14 juni]] binnen zijn, moeten we de aanvraag helaas sluiten. U kunt mij bereiken op [[t:070-3537241]]. Fijne dag.""",
    """[[p:Ben]] ben je vandaag op kantoor? Ik ben namelijk mijn pasje kwijt 😅 en ik heb om 10 uur mw. [[p:Bloem]] hier voor een gesprek. Zij komt met haar buurman [[p:Sjaak]], die zegt dat hij haar 'mantelzorger' is maar ik vertrouw het niet helemaal. Eerder heeft hij haar pinpas gebruikt (zie notitie [[d:3-5]]).""",
    """Oké, verslag. Vandaag, [[d:zeventien juni]], bij meneer [[p:Van der Linden]] geweest, [[p:Karel]], 84 jaar. Hij woont nog zelfstandig op de [[a:Juliana van Stolberglaan 96]] maar het gaat echt niet meer. Hij heeft twee keer het gas aan laten staan, zegt de buurman, meneer [[p:Mohamed Chaoui]]. De dochter, [[p:Marianne]], heeft een ingewikkelde verhouding met hem en komt eigenlijk niet meer. Ik heb met de {{r:huisarts}}, dokter [[p:Brinkman]], gebeld en we vragen een Wlz-indicatie aan bij het {{o:CIZ}}. De {{r:casemanager dementie}} van {{o:Florence}} komt [[d:maandag de vierentwintigste]]. Einde.""",
    """你好 [[p:Mei]], sorry wrong language 😅 I mean: hallo [[p:Mei]], de brief van de {{o:IND}} is gekomen, afspraak op [[d:2024-07-03]] om 9:00 in Rijswijk. Kun je mee? Ik ben bang dat ik het niet goed begrijp en mijn dochter heeft dan school. [[p:Chen Jun]]""",
    """Telefonisch aangemeld door {{r:huisarts}} [[p:Oosterhout]]: dhr. [[p:Sultani]], [[p:Wahid]], [[d:01-01-1979]], BSN [[b:5641.80.257]]. Ernstige PTSS, woont alleen op de [[a:Hanenburglaan 332]], [[pc:2565 GV]]. {{r:Huisarts}} maakt zich zorgen over zelfverwaarlozing. Meneer weet van de aanmelding. Contact loopt via zijn vriend [[p:Hamid]], [[t:06-51.20.33.19]].""",
    """hallo mevrouw ik heb gister gebelt maar u was er nie. mijn schulde worde steeds meer en de huurbaas zegt ik moet eind juni weg als ik nie betaal. kunnen we praate? ik ben [[p:shirley]] van de [[a:jan de baenstraat 3]], mijn nummer hebt u [[t:06 42 12 87 01]]""",
    """Collega's uit {{w:Scheveningen}} en {{w:Duindorp}}: kennen jullie een huisjesmelker op de Badhuisstraat? Mw. [[p:Ivanova]] ([[p:Desislava]]) huurt daar een kamer van 9 m² voor € 750 cash, zonder contract. Hij heet volgens haar 'meneer [[p:Sam]]' en belt van [[t:06 14 20 90 11]]. Zij wil aangifte doen maar is bang haar kamer kwijt te raken. Het {{o:Huurteam}} kan helpen, maar alleen als ze ingeschreven staat op [[a:Badhuisstraat 211]]. Tips? — [[p:Tamara]]""",
    """hallo met [[p:nel]] van de [[a:hendrik zwaardecroonstraat 8]] ik wou even zeggen dat ik [[d:donderdag de twintigste]] niet thuis ben want ik moet naar het ziekenhuis dus de mevrouw hoeft niet te komen dag""",
    """Welkom [[p:Ilse]]! 🎉 Je neemt deze casussen over van [[p:Gijs]]:
1. [[p:Kaya]], [[p:Zeynep]] – [[a:Wouwermanstraat 74]] – schulden + mantelzorg voor moeder. Contact via dochter [[p:Elif]] [[t:06 37 10 55 28]].
2. [[p:de Bruin]] – weigert hulp, maar belt wekelijks. Zachte aanpak!
3. fam. [[p:Ait Taleb]] – huisvesting, overbewoning (8 personen in een 3-kamerwoning). Urgentieaanvraag loopt, nr [[n:URG-24-3310]].
4. [[p:Lin]] – net gestart, intake was [[d:12 juni]].
Lees eerst de verslagen in Suite, daarna even koffie met [[p:Gijs]] ☕""",
    """Tel. {{o:ING}} (bijzonder beheer) ivm mw [[p:Abdi]]: rekening [[i:NL38INGB3716737957]] is geblokkeerd door beslag. Spaarrekening van dochter [[p:Hodan]] ([[i:NL33 INGB 3417 8651 39]]) hoort daar niet bij, vrijgave aangevraagd. Referentie bank: [[n:ING-BB-00412877]]. Terugkoppeling binnen 5 werkdagen.""",
    """Morgen ([[d:29/6]]) ben ik vrij, [[p:Roos]] is mijn vervanger: [[t:06-38174402]]. Fijne dag!""",
    """bericht voor [[p:paula]] punt mevrouw [[p:varela]] heeft gebeld ze heeft de uitnodiging voor het gesprek bij het {{o:werkplein}} op [[d:één juli]] gekregen maar ze heeft geen oppas voor haar zoon [[p:kevin]] die is twee komma kan het gesprek verplaatst worden of kunnen de {{o:buurtmoeders}} helpen punt haar nummer is [[t:nul zes vijf één één acht negen twee nul zes]] punt""",
    """Reminder: zet geen screenshots van WhatsApp-gesprekken met cliënten in de teamchat! Gisteren stond hier een screenshot met het adres van dhr. [[p:El Amrani]] ([[a:Wolmaransstraat 17]]) én zijn bsn. Ik heb het verwijderd. Dank voor jullie begrip 🙏 [[p:Carla]] ({{r:teamleider}})""",
    """🎤 (uitgeschreven) ja hoi [[p:Anouk]] met [[p:Marcia]] eh ik wil even zeggen dat [[p:Romano]] gisteren weer is thuisgebracht door de {{o:politie}} eh ze hebben hem opgepakt bij het station eh hij heeft weer geblowd en ik weet het niet meer eh ik kan dit niet meer alleen eh zijn vader [[p:Errol]] wil niks doen die zegt dat het mijn probleem is eh kan je alsjeblieft morgen komen ik ben thuis vanaf twaalf uur de {{r:jeugdconsulent}} heeft ook gebeld maar die kan pas volgende week eh ja sorry voor het lange bericht doei""",
    """Overdracht voor mijn vakantie (van [[d:8 juli]] t/m [[d:26 juli]]):
- mw. [[p:Mohamud]]: huurtoeslag wordt gestort op [[i:NL49 ASNB 0417 1449 00]] (rekening van haar broer!! is zo afgesproken, zie toestemmingsformulier)
- dhr. [[p:Petrovic]]: wacht op de uitspraak bewind, [[e:info@bewindhaaglanden.nl]] mailt als het er is
- [[p:Joke]] van de {{o:Voedselbank}} belt misschien over fam. [[p:Owusu]]. Haar nummer: [[t:06 10 44 82 93]].
- verder rustig hoop ik 🤞""",
]

TEXTS += [
    """verslag huisbezoek punt datum [[d:drie juli]] punt aanwezig dubbele punt mevrouw [[p:Pinas]] komma haar zoon [[p:Jerrel]] en ik punt nieuwe alinea mevrouw woont al twaalf jaar op de [[a:Kepplerstraat 214]] in het {{w:Valkenboskwartier}} punt het huis is schoon maar er staan veel dozen omdat ze denkt dat ze gaat verhuizen punt dat is niet zo komma er is geen nieuwe woning punt ze vertelt dat de buren haar afluisteren en dat er iemand in haar kast zit punt zoon zegt dat dit sinds de zomer erger is geworden punt ze slikt haar medicatie niet meer sinds ze ruzie heeft gehad met de {{r:psychiater}} punt nieuwe alinea afspraken dubbele punt ik neem contact op met {{o:Parnassia}} over bemoeizorg komma zoon belt de {{r:huisarts}} komma volgende bezoek [[d:tien juli]] samen met {{r:SPV}} [[p:Hakim]] punt zoon is bereikbaar op [[t:nul zes twee acht vier vier een nul zeven drie]] punt einde verslag""",
    """[[p:Glenn Wijngaarde]] 14:30
Vraag voor de pilotgroep: ik wil de les van casus [[n:2023-09921]] delen op het platform. Moet ik dan ook de wijk weglaten? Het ging om een man in {{w:Moerwijk}}, 52, alleenstaand, hoarding.
[[p:Lisa Verbeek]] 14:34
Wijk mag blijven, leeftijd ook. Naam, adres, exacte data niet. Dus niet 'dhr. [[p:Hoogland]] van de [[a:Zuidlarenstraat 40]] werd op [[d:5 maart]] bijna ontruimd' maar 'een man werd in het voorjaar bijna ontruimd'.
[[p:Glenn Wijngaarde]] 14:35
Helder. En de naam van {{o:Haag Wonen}}? Die speelde een grote rol.
[[p:Lisa Verbeek]] 14:37
Organisaties mag je noemen, dat is juist leerzaam. Alleen niet de naam van de {{r:woonconsulent}} ([[p:Frank]] 😉).
[[p:Glenn Wijngaarde]] 14:38
👍 dank! Toestemming van meneer heb ik, getekend op [[d:18-03-2024]].""",
    """ja salaam alaikum eh goedemiddag met [[p:mohamed amrani]] ik ben vader van [[p:youssef amrani]] eh jullie kennen hem hij is twintig eh hij is weer in de problemen met de {{o:politie}} en ik weet niet wat ik moet doen ik heb gebeld met die mevrouw van eh het {{o:jongerenloket}} maar zij zegt hij is volwassen zij kan niks zeggen eh mijn vrouw is ziek van de zorgen eh wij wonen op [[a:vaillantlaan 97]] derde verdieping u kan altijd komen ik ben thuis na vier uur eh mijn nummer is [[t:nul zes een negen vijf vijf twee drie acht acht]] eh of van mijn dochter [[p:khadija]] die spreekt beter nederlands [[t:nul zes vier vier zeven zeven een twee nul drie]] dank u wel eh beslama""",
    """Hier de gegevens van mijn moeder voor de aanvraag:
Naam: [[p:Fadime Şahin]]
Geboren: [[d:15/08/1950]] in Konya
BSN: [[b:153160585]]
Adres: [[a:Delftselaan 21A]], [[pc:2512 RB]] Den Haag
Tel: [[t:070 - 380 12 77]] (vast), mobiel van mij: [[t:06 20 59 33 81]]
Bank: [[i:NL95RBRB6805516674]]
{{r:Huisarts}}: dokter [[p:Yücel]], {{o:Gezondheidscentrum Schilderswijk}}
Ze heeft suikerziekte en kan niet meer goed lopen, ze valt vaak. Ze spreekt alleen Turks. Ik ben [[p:Gül]], de jongste dochter. Kunt u laten weten wanneer de {{r:Wmo-consulent}} komt? Liefst niet op woensdag want dan werk ik.""",
    """[[p:Youssef]] 08:15: Heeft iemand gisteren nog meneer [[p:Vos]] gesproken? Hij belde 4x naar de balie 😬
[[p:Femke]] 08:19: Ja ik, hij is boos over de afwijzing van de taxipas. Ik heb gezegd dat we [[d:maandag 8 juli]] samen bezwaar schrijven.
[[p:Youssef]] 08:20: Oké. Hij zei tegen de balie dat hij 'alles kapot gaat slaan', moeten we dat melden?
[[p:Femke]] 08:24: Ik ken hem, hij is een schreeuwer maar niet gevaarlijk. Wel vastleggen in Suite. Zijn {{r:wijkagent}} ([[p:Erik]]) kent hem ook.
[[p:Youssef]] 08:25: Prima, ik noteer het. Dossier [[n:2021-00317]] toch?
[[p:Femke]] 08:25: klopt 👍""",
    """to do [[d:ma 8/7]]
✔ mail {{o:CAK}}
✔ koffie 😅
✘ terugbellen [[p:Ans de Vries]] [[t:06-15 70 22 34]] (2x geprobeerd)
✘ [[p:Moreno]] formulier bijzondere bijstand → ligt nog bij {{o:SZW}}, aanvraagnr [[n:BB-2024-077812]]
✘ huisbezoek [[p:Soares]] verzetten naar [[d:woensdag 10/7]], adres [[a:Noordpolderkade 160]]
- uitzoeken: kan [[p:Nikolai]] (Bulgaarse buurman van [[p:Soares]]) als vrijwilliger tolken? vragen aan {{r:opbouwwerker}} [[p:Marleen]]
- pilotbijeenkomst voorbereiden: 3 casussen, geanonimiseerd!!
- juli: zomerrooster maken""",
    """Goedemiddag, u spreekt met [[p:Anita Storm]] van de {{o:GGD Haaglanden}}, team {{o:Bijzondere Zorg}}. Ik bel over een woning aan de [[a:Oudemansstraat 61]] waar een melding over stank en ongedierte is binnengekomen. De bewoner is volgens onze gegevens meneer [[p:R. Jagesar]], geboren in 1958. We zouden graag samen met het wijkteam een huisbezoek doen, bij voorkeur [[d:dinsdag 16 juli]] in de ochtend. Ons meldingsnummer is [[n:GGD-2024-11476]]. U kunt mij terugbellen op [[t:06 46 19 23 90]]. Dank u wel.""",
    """[[p:Sanne]] ({{o:SWT}}): Goedemorgen [[p:Hodan]]! Even de afspraken op een rijtje:
• [[d:di 16/7]] 10u – samen naar {{o:UWV}} (Sweelinckplein)
• [[d:do 18-07]] – {{r:budgetcoach}} [[p:Ilona]] komt bij jou thuis
• [[d:22 juli]] – laatste dag dat je de huur kan betalen zonder boete
Zet je ze in je agenda? 😊
[[p:Hodan]]: ja dankjewel!! maar de [[d:18e]] heb ik ook tandarts om 11u
[[p:Sanne]] ({{o:SWT}}): Geen probleem, [[p:Ilona]] komt om 9u. Succes!""",
    """Crisis tel 17:50 – buurvrouw [[p:Sandra]] belt: dhr. [[p:Tekle]] (alleenstaand, 60) ligt op de grond in zijn woning [[a:Rederijkerstraat 33]], [[pc:2564 HC]]. 112 gebeld? → ja, ambulance onderweg. Ik heb zijn broer [[p:Aman Tekle]] gebeld ([[t:+31 6 1820 4417]]), neemt niet op, ingesproken. Morgen navragen bij {{o:HMC Westeinde}}. [[p:Sandra]]: [[t:06 49 03 22 71]].""",
    """Hoop dat [[p:Hoop]] vandaag opendoet haha. (mw. [[p:de Hoop]], [[a:Erasmusweg 1390]]) 🤞""",
    """Terugblik expertmeeting [[d:18 april]] 🙌 Fijn dat er zoveel collega's waren uit {{w:Laak}}, {{w:Escamp}}, {{w:Centrum}} en {{w:Segbroek}}. [[p:Hans Brouwer]] ({{o:gemeente Den Haag}}) gaf een toelichting op de nieuwe werkwijze rond bemoeizorg, en [[p:Marjolein]] van {{o:Parnassia}} vertelde over het {{o:FACT-team}}. Een mooi moment was toen [[p:Abdelkader]], {{r:ervaringsdeskundige}}, vertelde hoe hij zelf jarenlang zorg mijdde. Zijn boodschap: 'kom terug, ook als ik de deur dichtgooi.' De presentaties staan in de map. Volgende bijeenkomst: de afsluiting in juni, datum volgt. Groet, [[p:Carla]]""",
    """hallo met [[p:marta wojcik]] ik woon op [[a:piet heinstraat 40]] postcode [[pc:twee vijf één acht c j]] ik heb een brief van de {{o:s v b}} over kinderbijslag voor [[p:zofia]] en ik snap niet wat ze willen kan iemand mij helpen bellen op [[t:zes één twee drie drie vier nul vijf negen]]""",
    """Goedemiddag [[p:Femke]], de {{o:Belastingdienst}} heeft een brief gestuurd over het terugbetalen van de kinderopvangtoeslag. Kenmerk [[n:T-2019-0044187]]. Ze willen dat ik vóór [[d:1 augustus]] € 1.840 overmaak. Ik ben gedupeerde van de toeslagenaffaire, dat weten ze toch?? Mijn rekening voor de compensatie is [[i:NL80 ASNB 4769 0959 99]]. Kunnen we samen bellen met {{o:UHT}}? Groetjes [[p:Nadia]]""",
    """notitie [[p:bram]] voor [[p:esther]] punt nieuwe cliënt aangemeld via {{o:servicepunt xl}} {{w:mariahoeve}} punt mevrouw [[p:de ridder]] komma [[p:johanna]] komma geboren [[d:negen negen negentien vijfenveertig]] punt bsn [[b:3 6 6 5 5 2 1 5 6]] punt ze woont op de [[a:Ruijsdaelstraat 22]] punt ze is eenzaam en heeft sinds haar man overleden is niemand meer gesproken behalve de mevrouw van {{o:tafeltje dek je}} punt graag een {{r:welzijnscoach}} inzetten punt einde""",
    """Beste [[p:Shanti]],

Zoals besproken draag ik mw. [[p:Wiśniewska]] ([[n:2024-05108]]) aan jou over. Zij woont sinds kort in {{w:Mariahoeve}} ([[a:Ambachtsgaarde 88]], [[pc:2591 RA]]). Haar dochter [[p:Marta]] is contactpersoon ([[e:marta.wisniewska@wp.pl]]). Vragen? Bel me gerust.

Met vriendelijke groet,
[[p:Jeroen Smit]]
{{r:Maatschappelijk werker}} | {{o:SWT}} {{w:Schilderswijk}}
M [[t:06 11 54 39 82]] | E [[e:j.smit@xtra.nl]]
Werkdagen: ma, di, do""",
    """[[p:kees]] zegt dat mw [[p:hamdaoui]] weer in {{o:bronovo}} ligt, kan jij morgen [[p:ilyas]] van school halen? 🙏 ik zit tot 4 uur vast. school is {{o:De Regenboog}}, juf weet ervan. daarna mag hij bij zijn tante [[p:samira]] in {{w:Transvaal}}""",
    """Gespreksverslag (automatisch) — bellen met {{o:Haag Wonen}}
medewerker: {{o:Haag Wonen}} klantenservice met [[p:Daniëlle]]
ik: hoi met [[p:Tamara]] van het sociaal wijkzorgteam ik bel over een huurder van jullie mevrouw [[p:Soekhlal]] op de [[a:Vaillantlaan 510]] ze heeft een huurachterstand en ze heeft toestemming gegeven dat ik met jullie praat
medewerker: wat is haar huurcontractnummer
ik: [[n:HW-00877214]]
medewerker: ik zie een achterstand van vier maanden er staat een zitting gepland bij de kantonrechter op [[d:twaalf september]]
ik: kunnen we een betalingsregeling maken voor die tijd
medewerker: dat kan maar dan moet de lopende huur wel betaald worden
ik: oké ik ga met haar rekenen dan bel ik u terug""",
    """Hi [[p:Tim]], this is [[p:Faadumo]]. The school of my daughter [[p:Ayaan]] want to talk about her, date [[d:17 september]] 14.00. Can you come with me please? My email [[e:faadumo.h.mohamed@yahoo.com]], new phone [[t:0031 684 22 71 09]]. Thank you so much 🙏""",
    """{{o:CJIB}} gebeld voor dhr [[p:Celik]]: 2 boetes, betalingskenmerken [[n:4001 2234 8871 0032]] en [[n:4001 2234 9921 0018]]. Samen € 470. Betalingsregeling kan vanaf € 25/mnd. Aanvragen via de website met DigiD, doen we samen [[d:do 11 juli]].""",
    """[[p:Dirk]]: wie gaat er mee lunchen bij Sultan (de shoarmazaak)? 🥙
[[p:Mei]]: ik! maar pas na 1 uur, ik zit nog bij mw. [[p:Lim]]
[[p:Dirk]]: prima. [[p:Bakker]]??
[[p:Wim Bakker]]: ben bij de bakker 😄 neem broodjes mee voor wie wil
[[p:Iris]]: ik niet, ik heb een gesprek met {{o:Veilig Thuis}} over dat gezin in {{w:Transvaal}}
[[p:Dirk]]: oké, om 13.15 bij de deur""",
]

TEXTS += [
    """Goedemorgen, met [[p:Linda]] van {{o:Bewindvoering Mulder & Partners}}. Ik bel voor [[p:Anouk]] van het wijkteam, over de heer [[p:Ruud Verhagen]], geboren [[d:4 november 1969]]. We hebben de aanvraag voor bewind ontvangen, maar op het formulier staat een bsn dat niet lijkt te kloppen. Wij hebben [[b:5291.31.055]] maar volgens de rechtbank is het een ander nummer. Zou u dat willen controleren? Verder hebben we voor het leefgeld zijn nieuwe rekening nodig; hij noemde [[i:NL41 BUNQ 9020 4072 39]], klopt dat? U kunt me bereiken op [[t:0174 - 29 31 80]], ik werk op maandag, dinsdag en donderdag. Dank u wel en een fijne dag.""",
    """Buurtactie {{w:Bouwlust}} za: we gaan langs de flats aan de Melis Blecklaan (ouderen checken ivm hitte 🥵). Bekende adressen waar we zeker aanbellen:
- [[a:Melis Blecklaan 61]] (mw. [[p:Hendriks]], 91 jr)
- [[a:Melis Blecklaan 137]] (dhr. [[p:Aydın]], rolstoel)
- [[a:Melis Blecklaan 203]] (echtpaar [[p:Mohan]], hij is slechtziend)
Neem water mee! Verzamelen om 10u bij de {{o:Bibliotheek}} {{w:Bouwlust}}. Vragen → [[p:Marleen]], {{r:opbouwwerker}}, [[t:06 - 28 44 13 90]]""",
    """telefoongesprek met de zoon van mevrouw [[p:Lewandowska]] meneer [[p:Krzysztof Lewandowski]] vanuit Polen punt hij belde van [[t:plus achtenveertig vijf nul twee drie drie een vier vier twee]] punt hij wil zijn moeder naar Polen halen maar mevrouw wil zelf niet punt hij vraagt om haar adres te geven aan zijn advocaat punt heb uitgelegd dat dat niet mag zonder toestemming van mevrouw punt vervolg dubbele punt met mevrouw bespreken op [[d:maandag vijftien juli]] punt""",
    """Planning zomer:
[[p:Mirjam]] weg [[d:15/7]]–[[d:2/8]], [[p:Tim]] [[d:22 juli]] t/m [[d:9 augustus]], [[p:Naima]] alleen de week van [[d:29 juli]]. Vervanging {{w:Laak}}: [[p:Youssef]]. Crisistelefoon in de zomer: [[t:06 - 12 00 47 85]] (dienstnummer, niet aan cliënten geven, alleen aan ketenpartners zoals {{o:Veilig Thuis}} en {{o:politie}}). In augustus is het inloopspreekuur alleen op dinsdag.""",
    """bon dia [[p:Ricardo]] ik ben het, [[p:Gisela]] van [[p:Shurandy]]. Ik wil je even laten weten dat hij gisteren weer ruzie had met mijn man en nu slaapt hij bij een vriend in {{w:Moerwijk}}, bij [[p:Jurgen]] op de [[a:Dedemsvaartweg 44]] denk ik. Ik maak me zorgen want die jongen gebruikt. [[p:Shurandy]] heeft zijn telefoon niet meer, hij heeft hem verkocht. Als je hem wil spreken bel naar [[p:Jurgen]] zijn nummer [[t:06 18 09 77 31]]. En de brief van {{o:Haag Wonen}} over de inschrijving is gekomen, inschrijfnummer [[n:WN-20240611-4471]]. Kan jij dat regelen met hem? Ik ben er moe van. Danki, [[p:Gisela]]""",
    """contactlijst fam. [[p:Asante]] (bijwerken!)
moeder [[p:Akua]] – [[t:06 44 71 22 90]]
vader [[p:Kwasi]] – [[t:+233 24 455 1290]] (Ghana, tot sept)
oudste dochter [[p:Efua]] – [[t:0637 11 82 49]]
school ({{o:De Springbok}}) – [[t:070 - 366 88 20]]
{{r:jeugdconsulent}} [[p:Pieter]] – [[t:06 22 90 17 63]]
adres: [[a:Lijsterbesstraat 14]], [[pc:2563 TB]]""",
    """ja met mevrouw [[p:de wit]] van drie hoog eh ik bel over de meneer onder mij eh meneer [[p:kaplan]] die heeft vannacht weer de hele nacht lopen bonken en er komt water door mijn plafond eh het wordt helemaal wit en geel eh ik heb de woningbouw gebeld maar die komen pas [[d:dinsdag de zesde]] eh kunnen jullie niet even bij hem kijken want ik denk dat hij weer niet goed is eh ik woon op de [[a:wateringseweg 15c]] dag""",
    """Mijn les van deze maand, voor de themagroep ouderen: we hadden bij mw. [[p:Van Rijn]] (91, {{w:Benoordenhout}}) alles keurig geregeld – alarmering, maaltijden, {{r:wijkverpleegkundige}} 2x per dag, dagbesteding bij {{o:Florence}} – en toch was ze ongelukkig. Pas toen de vrijwilliger van {{o:Humanitas}} ([[p:Gerard]], zelf 78) langskwam om samen te biljarten, bloeide ze op. Eenzaamheid los je niet op met zorg. Ik zou andere teams willen aanraden om bij elke ouderencasus te vragen: wie is er voor de gezelligheid? Mevrouw gaf op [[d:30-08]] toestemming om dit te delen, naam en adres eruit natuurlijk 😉 – [[p:Shanti]], {{r:ouderenconsulent}}""",
    """memo: mw [[p:el hadioui]] nieuw nummer [[t:06.19.44.82.07]] punt verhuisd naar [[a:Hoefkade 1002]] [[pc:2526 ER]] punt aan {{o:CAK}} en {{r:huisarts}} doorgeven punt""",
    """📍 [[a:Vrederustlaan 120-B]], flat 4e etage, lift kapot!! 😩 mw. [[p:Wijnberg]] wacht op ons om 14u. Ze heeft gezegd dat haar kleinzoon [[p:Tygo]] er ook is, die 'regelt alles', maar volgens de {{r:huisarts}} neemt hij haar pinpas af. Dus: let op wat er gebeurt. Dossier [[n:2024-07730]].""",
    """INTAKE [[d:19-08-2024]] – {{w:Spoorwijk}}
Cliënt: [[p:Ali Hussein Jaber]] (geb. [[d:03-03-1990]])
Gezin: vrouw [[p:Hala]], kinderen [[p:Nour]] (8) en [[p:Karim]] (5)
Adres: [[a:Jan Blankenstraat 9-1]], [[pc:2525 TX]]
BSN: [[b:927090776]] | e-mail: [[e:ali.jaber90@hotmail.nl]]
Hulpvraag: werk (hij was elektricien in Syrië, diploma niet erkend), taal (A2), schulden ({{o:Zilveren Kruis}}, € 1.100).
Afspraken: aanmelden {{o:Werkplein}}, diplomawaardering via {{o:IDW}}, doorverwijzen naar {{r:schuldhulpverlener}}.""",
    """Even tussendoor: [[p:Tom]] van de {{o:Kredietbank}} belde, mw. [[p:Özdemir]] heeft een nieuwe rekening, [[i:NL68 SNSB 5375 0868 03]], de oude ([[i:NL98RABO9088074567]]) is opgeheven. Kan jij het in Suite aanpassen? Dank! 🙏""",
    """spreker 1: {{o:Haga}} ziekenhuis afdeling geriatrie met [[p:Evelien]]
spreker 2: hallo met [[p:Sanne]] van het wijkteam {{w:Transvaal}} ik bel over mevrouw [[p:Bouchra el Ouali]] geboren [[d:twee februari negentienhonderd zevenenveertig]] die is gisteren bij jullie opgenomen
spreker 1: ja klopt ze ligt hier wat kan ik voor u doen
spreker 2: ze woont alleen en ik wil graag dat er een overdracht komt voordat ze naar huis gaat want thuis gaat het niet meer
spreker 1: dat begrijp ik ik zet een notitie voor de {{r:transferverpleegkundige}} kunt u uw nummer geven
spreker 2: [[t:06 21 38 09 47]]
spreker 1: dank u dan wordt u gebeld""",
    """Nog invoeren in Suite (bsn's gecheckt in BRP ✅):
[[p:Mensah]] – [[b:389636733]]
[[p:Wojcik]] – [[b:548369641]]
[[p:Tavares]] – [[b:190647103]]
[[p:Ait Taleb]] – [[b:602158618]]
Daarna dit bericht verwijderen!!""",
    """Goedemiddag, ik ben [[p:Anjali]], kleindochter van mevrouw [[p:Ramcharan]]. Oma heeft een brief gekregen dat de huishoudelijke hulp stopt per [[d:1 oktober]]. Zij is 88 en woont alleen op de [[a:Soestdijksekade 45-II]]. Dat kan toch niet? De hulp, [[p:Sevda]] van {{o:Tzorg}}, zegt dat het van de gemeente komt. Beschikkingsnummer [[n:WMO-HH-2024-33871]]. Kunt u ons helpen met bezwaar? Mijn nummer [[t:06 13 87 22 40]], mail [[e:anjali.ramcharan@gmail.com]].""",
    """Weet iemand het huisnummer van [[p:Agnieszka Nowak]]? Ik heb alleen 'Beeklaan' genoteerd 🙈 — laat maar, gevonden: [[a:Beeklaan 204B]].""",
    """hallo ik ben [[p:hibaaq]] de dochter van [[p:warsame]] eh mijn vader heeft morgen afspraak bij jullie maar hij is ziek eh kan het [[d:maandag de negende]] zijn eh ik bel van mijn nummer [[t:nul zes achtendertig negentien vijfenveertig nul twee]] dank je""",
    """[[p:Florence]] (de dochter, niet de thuiszorg 😅) belde: haar moeder wil geen {{o:Florence}} meer over de vloer, ze wil iemand van {{o:Cardia}}. Kan dat zomaar? Gaat om mw. [[p:Adjei]], [[a:Goudsbloemlaan 77]].""",
    """afspraak met juf [[p:van der kamp]] van groep 4 op [[d:woensdag achttien september]] om half drie over [[p:nour]] punt moeder [[p:hala]] gaat mee punt {{r:tolk}} Arabisch regelen punt""",
    """Beste meneer [[p:Hakimi]], morgen, [[d:vrijdag 20 september]], om 11.00 komen [[p:Naima]] en [[p:Bas]] ({{r:Wmo-adviseur}}) bij u thuis op de [[a:Weimarstraat 54]] voor het keukentafelgesprek over de traplift. Uw zoon [[p:Farid]] mag ook aanschuiven. Tot morgen!""",
    """Hoi, met [[p:Gerard]] van {{o:Humanitas}}. Ik ben vanmiddag bij mevrouw [[p:Van Rijn]] geweest, we hebben weer gebiljart, ze was vrolijk. Maar ze vertelde dat haar neef [[p:Maarten]] geld heeft geleend, vijfhonderd euro, en het niet terugbetaalt. Misschien iets om op te letten? Ik ben bereikbaar op [[t:06 27 43 18 90]]. Groetjes.""",
    """!! [[d:3 okt]] zitting kantonrechter mw [[p:soekhlal]] 9.30 — [[p:tamara]] gaat mee, ik niet""",
]

TEXTS += [
    """[[p:Paula]] 09:03
Update fam. [[p:Varela]]: de afspraak bij het {{o:Werkplein}} van [[d:1 juli]] is verzet naar [[d:15 juli]], oppas geregeld via de {{o:buurtmoeders}} ([[p:Nelsa]] 🙏). [[p:Kevin]] (2) gaat vanaf september naar de peuteropvang op de Paul Krugerlaan.
[[p:Ilham]] 09:10
Top! Heeft mw. ook die brief van de {{o:SVB}} al gekregen over het kindgebonden budget?
[[p:Paula]] 09:12
Ja, er klopte iets niet met de rekening. Op de brief staat [[i:NL30ABNA8715837826]] maar ze heeft sinds mei een rekening bij de {{o:ASN}}. Ik bel de {{o:SVB}} morgen.
[[p:Ilham]] 09:13
Vergeet niet: ze heeft een machtiging nodig, of ze moet er zelf bij zijn. Tip: samen bellen op de speaker.
[[p:Paula]] 09:14
Goed plan. Ik ga er [[d:donderdag 11 juli]] langs, [[a:Zuiderparklaan 97]].""",
    """Ja, goedemiddag, u spreekt met [[p:Bert Kok]], voorzitter van de bewonerscommissie van de flat aan de Hengelolaan. Ik bel omdat we ons zorgen maken over een bewoonster op de zevende verdieping, mevrouw [[p:Mulder]]. Haar voordeur staat al dagen open, er komen allerlei mannen binnen en ze zit zelf vaak op de galerij te huilen. We hebben {{o:Staedion}} al gebeld, maar die verwijzen naar jullie. Haar adres is [[a:Hengelolaan 1254]]. Ik wil niet dat ze weet dat ik gebeld heb, dat begrijpt u. Mijn nummer is [[t:06 10 33 47 82]], en mijn e-mail is [[e:bertkok@ziggo.nl]]. Dank u wel.""",
    """[[p:Omar]]: goedemorgen [[p:Roos]] 🌹
[[p:Omar]]: de brief van {{o:DUO}} over inburgering 😟
[[p:Roos]] (wijkteam): Goedemorgen [[p:Omar]]! Stuur maar een foto
[[p:Omar]]: 📷
[[p:Roos]] (wijkteam): Ik zie het. Je moet vóór [[d:1-10-2024]] je KNM-examen doen, anders krijg je een boete. Je hebt op [[d:26 september]] examen, dus dat is op tijd 👍
[[p:Omar]]: ah oke!! dank u. en [[p:Lina]] haar brief ook?
[[p:Roos]] (wijkteam): Zij heeft ontheffing, daar hoef je niks mee. Zie ik je [[d:dinsdag de 24e]] om 10u op de [[a:Parallelweg 203]]?""",
    """hoi [[p:dirk]] met [[p:ellen]] eh ik sta nu bij meneer [[p:dekker]] en mevrouw [[p:koster]] is hier ook de buurvrouw die altijd helpt eh meneer is gevallen in de nacht en lag tot de ochtend op de grond hij heeft de alarmknop niet gebruikt omdat hij die 's nachts afdoet eh ik wil dat we vandaag nog met de {{r:ergotherapeut}} en de {{r:huisarts}} overleggen eh kun je mij terugbellen op mijn werknummer [[t:06 57 20 14 39]] ik ben hier nog tot elf uur het adres is [[a:trompstraat 88]] voor als je langs wil komen doei""",
    """Nieuwe info dhr. [[p:Petrovic]] ([[p:Dragan]]): bewind is uitgesproken per [[d:16-09-2024]], {{r:bewindvoerder}} is mw. [[p:A. de Graaf]] van {{o:Budget Bewind Haaglanden}}, [[t:070 744 03 20]]. Beschikking: [[n:C/09/668813 / FA RK 24-4417]]. Leefgeld gaat vanaf nu naar [[i:NL24 RBRB 0162 4135 88]], elke maandag € 60. Vaste lasten regelt zij. Graag geen afspraken meer maken over betalingen met meneer zelf. Vragen → [[e:a.degraaf@budgetbewind.nl]].""",
    """[[p:Koen]] 👉 jouw casus [[n:#48127]] staat op de agenda van het MDO van [[d:vr 27 sep]]. ok?
> ok 👍 ik neem de verslagen mee""",
    """goedemiddag met meneer [[p:baldewsingh]] [[p:ramesh baldewsingh]] eh ik bel want ik heb een afspraak gehad met mevrouw eh [[p:priya]] op [[d:vijf september]] en zij zou mij terugbellen over de kwijtschelding maar ik heb niks gehoord eh nu heb ik weer een aanmaning gekregen van de gemeentebelastingen eh van vierhonderd euro en ik moet betalen voor [[d:dertig september]] eh ik heb dat geld niet ik heb alleen mijn aow eh kan iemand mij helpen mijn nummer is [[t:nul zeventig drie negen vier twee twee acht één]] ik ben thuis alleen niet op donderdagochtend want dan ga ik naar de mandir dank u""",
    """Voor de themagroep jeugd zijn dit de contactpersonen: [[p:Jochem Pauwels]], {{o:CJG}} ([[e:jochem.pauwels@cjgdenhaag.nl]]), [[p:Lotte Brouwer]], {{o:Jeugdbescherming West}} ([[e:l.brouwer@jbwest.nl]]) en [[p:Kwame Osei]] ({{r:jongerenwerker}}, {{o:Stichting MOOI}}, [[t:06 31 77 45 02]]). Eerste bijeenkomst [[d:dinsdag 1 oktober]], 13:00, in het wijkcentrum in {{w:Leyenburg}}. Neem allemaal één casus mee waar jeugd en volwassenenzorg elkaar raken.""",
    """🎤 ik rij nu naar mevrouw [[p:lopes]] op de [[a:gaslaan 7]] eh kun jij [[p:djamila]] even bellen dat ik tien minuten later ben er is file op de utrechtsebaan en zeg tegen [[p:naima]] dat de sleutels van de dienstauto in het kastje liggen dankjewel""",
    """Tel. notitie [[d:24.09]] – mw. [[p:Ioana Popescu]] (via {{r:tolk}} [[p:Mihaela]], {{o:Tolkencentrum}}). Mw. woont met partner [[p:Andrei Stan]] en 2 kinderen in een caravan op een camping, was eerder ingeschreven op [[a:Loosduinseweg 720]]. Kinderen ([[p:Maria]] 7, [[p:Luca]] 4) gaan niet naar school. Mw. wil hulp bij inschrijving BRP en school. BSN mw. [[b:110978705]], partner heeft geen BSN. Afspraak [[d:1/10]] {{o:Servicepunt XL}} {{w:Loosduinen}}, tolk Roemeens.""",
    """Incidentmelding, [[d:25 september 2024]], ongeveer 15.30 uur. Tijdens het inloopspreekuur in het wijkcentrum in {{w:Moerwijk}} werd collega [[p:Femke Dijkstra]] bedreigd door een cliënt, meneer [[p:K.]], die boos was over de afwijzing van zijn aanvraag. Hij gooide een stoel om en riep dat hij haar 'wel zou vinden'. Collega [[p:Youssef]] heeft de situatie gesust. De {{o:politie}} is niet gebeld. [[p:Femke]] is erg geschrokken en is naar huis gegaan. Vervolg: gesprek met [[p:Femke]] door mij op [[d:27-9]], overweging aangifte, registratie in het incidentensysteem onder nummer [[n:INC-2024-0193]]. [[p:Carla]], {{r:teamleider}}.""",
    """dit is de adres van mijn nieuwe huis [[a:stieltjesstraat 9]] [[pc:2515ck]] 🏠🎉 dank jullie voor alles!!! [[p:mariam]] en [[p:wahid]]""",
    """Zaterdag [[d:14 december]] kerstpakketten ophalen bij de Sint-Jacobuskerk, de koster ([[p:Hans]]) is er van 10 tot 12. Lijst van gezinnen volgt, max 40. Aanmelden bij mij of bij [[p:Ria Koster]] van de {{o:voedselbank}}. Wie heeft er een auto? 🚗""",
    """intake jongvolwassene punt naam [[p:Sharon de Kok]] punt geboren [[d:elf april tweeduizend vier]] punt woont tijdelijk bij haar oma [[p:Truus de Kok]] op de [[a:Kootwijkstraat 31]] postcode [[pc:2573 RN]] punt bsn [[b:799226312]] punt ze heeft een LVB en schulden bij webshops van ongeveer drieduizend euro punt ze wil graag werken in de kinderopvang punt afspraken dubbele punt aanmelden bij {{o:MEE}} komma {{r:budgetcoach}} inzetten komma gesprek bij het {{o:Jongerenloket}} op [[d:acht oktober]] punt einde""",
    """nummer van dhr. [[p:Zhang]] is [[t:(070) 388 21 05]] maar hij neemt alleen op na 18u, hij werkt overdag in het restaurant van zijn broer""",
    """Casusles (concept, nog NIET delen, eerst intern bespreken): Mw. [[p:Agyeman]] ([[p:Abena]]), [[a:Calandplein 12]], kwam bij ons via haar {{r:huisarts}} met 'vermoeidheid'. Na 3 gesprekken bleek ze 2 banen te hebben, schoonmaken 's ochtends vroeg en 's avonds, én mantelzorger te zijn voor haar zus [[p:Adwoa]] met MS. Haar schulden (€ 8.000) waren ontstaan door een lening aan een neef in Ghana. Wat werkte: één vast aanspreekpunt ([[p:Ilse]]), één plan, en pas over geld praten toen er vertrouwen was. Wat niet werkte: 4 verschillende loketten ({{o:UWV}}, {{o:SVB}}, {{o:Belastingdienst}}, {{o:Kredietbank}}) die elk een ander formulier wilden. Eerste aanmelding: [[d:12-01-2024]]. Dossier [[n:2024-00112]].""",
    """ja met [[p:peter van den bosch]] ik heb al drie keer mijn bsn doorgegeven dat is [[b:4 4 0 8 6 0 9 2 1]] en ik woon op [[a:erasmusweg 802]] [[pc:2532 CW]] en ik wil gewoon weten waarom de taxi van de {{o:wmo}} niet meer komt dit is de derde keer dat ik bel en niemand belt terug""",
    """[[p:Shanti]]: mw. [[p:Groen]] is [[d:zaterdag 28 september]] overleden 🕯️ rustig ingeslapen in het hospice. Uitvaart [[d:vrijdag 4 oktober]] 11u. Haar zoon [[p:Peter]] vroeg of er iemand van het team wil komen.
[[p:Hanneke]]: wat verdrietig. ik ga mee 🙏
[[p:Jeroen]]: ik ook als het lukt""",
    """fu: [[p:Aziz]] (neef van mw. [[p:Chaoui]]) wil een update, maar er is geen toestemming van mw.!! → niks zeggen. check toestemmingsformulier [[n:TV-2024-0301]]. mw. heeft eerder gezegd dat ze de familie erbuiten wil houden, dat respecteren, ook als hij blijft bellen.""",
    """korte notitie bellen met meneer [[p:Osei]] [[p:Kwabena Osei]] hij heeft vandaag bericht gehad van {{o:Vluchtelingenwerk}} dat zijn gezin mag komen punt ze komen op [[d:zeventien oktober]] aan op Schiphol punt hij heeft nog geen grotere woning punt contact opnemen met {{o:Haag Wonen}} over urgentie punt zijn e-mail is [[e:kwabena.osei@outlook.com]] punt""",
    """Goedemorgen mevrouw [[p:Bakker]], ik heb werk!! Bij de bakker op de Weimarstraat, 3 ochtenden in de week. Ik begin [[d:maandag 7 oktober]] 😀 Moet ik dat doorgeven aan {{o:SZW}}? Groetjes [[p:Khadija]]""",
    """Tel. {{o:Haag Wonen}} ([[p:Daniëlle]]), [[d:30 sept]]: mw. [[p:Soekhlal]] kan per [[d:15 oktober]] verhuizen naar een kleinere woning, [[a:Zonnebloemstraat 41]], [[pc:2565 RM]]. Huidige woning [[a:Vaillantlaan 510]] ([[pc:2526 HV]]) wordt dan opgezegd, de achterstand wordt via een regeling in de nieuwe huur verrekend. Zitting kantonrechter wordt ingetrokken 🎉 Nieuw contractnummer: [[n:HW-00912387]]. [[p:Tamara]] gaat mee naar de sleuteloverdracht.""",
    """Wie heeft [[p:Storm]] gezien vandaag? Zijn hond loopt los op het plein bij [[a:Vlamingstraat 2]] en hij doet niet open. Ik heb de dierenambulance gebeld en {{r:wijkagent}} [[p:Erik]] ingelicht.""",
    """ja hallo met [[p:iris van der zee]] ik ben de zus van [[p:thomas]] ik wil zeggen dat hij thuis is uit de kliniek sinds gisteren en hij wil jullie graag zien hij woont nu bij mij op de [[a:regentesselaan 166]] bel maar op [[t:06 71 38 20 94]] doei""",
    """wk 41 📝
- ma 9u: overdracht [[p:Sharon]] naar {{o:MEE}} ([[p:Maaike]])
- ma 14u: mw [[p:Agyeman]] + {{r:budgetcoach}}
- di: cursus 'gespreksvoering met zorgmijders' ({{o:Parnassia Academie}})
- wo [[d:9/10]]: huisbezoek [[p:Van der Linden]] met {{r:casemanager dementie}} [[p:Ellen]]
- do: formulier {{o:CAK}} [[p:Hendriks]], bsn [[b:977800738]]
- vr [[d:11/10]]: pilotbijeenkomst themagroep ouderen, casus [[n:2024-00112]] presenteren (geanonimiseerd!)
- nog iemand vinden voor mw. [[p:Van Rijn]]: [[p:Gerard]] stopt als vrijwilliger 😢""",
]

TEXTS += [
    """Verslag intake schuldhulp, [[d:dinsdag 8 oktober]], {{o:Servicepunt XL}} {{w:Laak}}. Aanwezig: meneer [[p:Emre Yıldırım]], zijn vrouw [[p:Büşra]], {{r:schuldhulpverlener}} [[p:Ahmet]] en ik. Meneer is 41, werkt als chauffeur bij een pakketbezorger, mevrouw is thuis met drie kinderen. Adres: [[a:Linnaeusstraat 48]], [[pc:2522 GM]]. Betaalrekening: [[i:NL03 ABNA 4566 9867 10]]. Schuldeisers: {{o:Belastingdienst}} (toeslagen, ongeveer 4.300 euro), {{o:CZ}}, twee telefoonabonnementen, een lening bij familie. Meneer schaamt zich zichtbaar; mevrouw wist van de helft van de schulden niet. Afspraken: alle post verzamelen in één doos, [[p:Ahmet]] stuurt de aanvraag in voor een minnelijk traject, dossiernummer wordt [[n:SHV-24-11902]]. Volgende afspraak [[d:22 oktober]], 10.00. Ik houd contact met mevrouw via [[t:06 40 19 88 37]], zij wil niet dat het via meneer loopt.""",
    """[[d:14-10]] 19:42 [[p:Leila]]: Goedenavond, sorry voor het late bericht. Mijn vader ([[p:Abdelkrim Tahiri]]) is vandaag weer gevallen. Hij wil nog steeds niet naar een verzorgingshuis.
[[d:14-10]] 20:05 [[p:Sanne]] ({{o:SWT}}): Vervelend om te horen [[p:Leila]]. Is hij gewond? Heeft de {{r:huisarts}} gekeken?
[[d:14-10]] 20:11 [[p:Leila]]: Alleen een blauwe plek. Dokter [[p:Meijer]] komt morgen.
[[d:15-10]] 08:30 [[p:Sanne]] ({{o:SWT}}): Goedemorgen. Ik heb de {{r:ergotherapeut}} gevraagd om [[d:vrijdag 18 oktober]] te komen kijken naar de badkamer. Adres is nog steeds [[a:Stuyvesantplein 3]]?
[[d:15-10]] 08:41 [[p:Leila]]: Ja klopt, 3 hoog. Bel bij mij aan als hij niet opendoet, ik woon op [[a:Stuyvesantplein 11]]. 🙏""",
    """Goedemiddag, u spreekt met [[p:Natasja Bloem]], {{r:casemanager}} nazorg bij de {{o:gemeente Den Haag}}, team re-integratie ex-gedetineerden. Ik bel over meneer [[p:Dennis Kramer]], geboren [[d:30 januari 1985]], die op [[d:maandag 21 oktober]] vrijkomt uit de {{o:PI Haaglanden}}. Hij heeft aangegeven dat hij bij zijn moeder gaat wonen, op de [[a:Steenhouwersgaarde 26]], [[pc:2591 GL]], maar de verhuurder is daar nog niet mee akkoord. Hij heeft een schuld bij het {{o:CJIB}} en nog geen id-bewijs. Zou het wijkteam op de dag van vrijlating beschikbaar kunnen zijn? Ons dossiernummer is [[n:NZ-2024-0877]]. Mijn mobiele nummer is [[t:06 39 50 11 46]] en mijn mail is [[e:n.bloem@denhaag.nl]]. Alvast dank.""",
    """Afsluiting pilot [[d:donderdag 19 juni]] – takenlijst ✅
1. zaal boeken (wijkcentrum {{w:Mariahoeve}}) → [[p:Shanti]] ✔
2. uitnodigingen: alle 20 pilotdeelnemers + {{o:CAOP}} ([[e:r.vandermeulen@caop.nl]]) + project Crossover ([[p:Jelle]], [[t:06 28 11 90 75]])
3. catering: {{o:Stichting MOOI}} vraagt bewoners uit de buurt te koken 🍲, contact [[p:Fatma]] [[t:06 12 48 39 20]]
4. casuslessen checken op privacy!! (geen namen, adressen, data) → [[p:Lisa]] en [[p:Ronald]]
5. evaluatieformulieren naar [[e:pilot-swt@denhaag.nl]]
6. cadeautje voor [[p:Carla]] (gaat met pensioen per [[d:1 juli]]) 🎁""",
    """dicteer nieuwe casus veilig thuis melding punt op [[d:dertien november]] belde mevrouw [[p:yasmina el baz]] naar het spreekuur punt zij vertelde dat haar man [[p:rachid]] haar sinds de geboorte van hun jongste kind [[p:adam]] regelmatig slaat punt zij wil niet naar de opvang maar wel hulp punt zij woont op de [[a:gaslaan 19]] komma derde verdieping punt haar eigen telefoon wordt gecontroleerd door haar man punt veilig contact via haar zus [[p:houda]] op [[t:nul zes één twee acht acht drie vier vijf zes]] punt afgesproken dat ik vandaag overleg met {{o:veilig thuis}} en dat we haar morgen zien op het consultatiebureau punt einde""",
    """[[p:Wouter]] 15:02
Kan iemand checken of deze klopt voor de aanvraag bijzondere bijstand van mw. [[p:Kowalska]]: BSN [[b:2144 22 264]], IBAN [[i:NL41 RABO 9921 0596 01]]?
[[p:Carla]] 15:05
@[[p:Wouter]] graag geen bsn's en rekeningnummers in Teams!! Zet het in Suite, dat is beveiligd.
[[p:Wouter]] 15:06
Sorry, je hebt gelijk 🙈 ik verwijder het.
[[p:Ilse]] 15:08
Ter info: mw. [[p:Kowalska]] heeft ook een afspraak bij {{o:SZW}} op [[d:woensdag 6 november]], [[p:Wouter]] kan je dat meenemen?""",
    """spreker 1: goedemiddag wijkteam met [[p:Iris]]
spreker 2: ja hallo ik ben [[p:meron haile]] eh mijn moeder [[p:senait]] heeft een brief van de gemeente dat zij moet verhuizen
spreker 1: welk adres heeft uw moeder nu
spreker 2: [[a:hooftskade 83]] [[pc:2526 kc]]
spreker 1: en waar moet ze naartoe
spreker 2: ze zeggen een andere woning in {{w:ypenburg}} maar daar kent zij niemand ze is ziek ze heeft dialyse drie keer per week in het {{o:hmc}}
spreker 1: ik begrijp het ik kijk met de {{r:woonconsulent}} of er iets anders kan wanneer kan ik u bereiken
spreker 2: altijd na drie uur [[t:nul zes vijf drie twee twee negen nul één acht]]
spreker 1: en uw moeder zelf
spreker 2: zij spreekt alleen tigrinya ik moet er altijd bij zijn
spreker 1: dan plannen we het samen dank u""",
    """Goeie morgen mijn schat [[p:Ricardo]] ik ben het tante [[p:Ernestine]]. Ik wil je bedanken voor gister echt waar, je ben een engel 😇. Die mevrouw van de {{o:Wmo}} is [[d:dinsdag 29 oktober]] geweest en ze zegt ik krijg een scootmobiel. Maar nu mijn kleinzoon [[p:Jaïro]] zegt hij wil bij mij komen wonen want hij is uit huis gezet. Mag dat van de woningbouw? Hij is 22 en hij heeft geen werk. Ik wil niet dat mijn huurtoeslag stopt. Mijn adres is nog [[a:Withuysstraat 72]] hoor. Bel me maar als je tijd hebt [[t:070 - 394 18 23]]. Gods zegen 🙏🏾""",
    """Signalen week 45 ({{w:Schilderswijk}}-Noord):
• [[a:Van Ravesteynstraat 5]]: buren horen een kind huilen, niemand doet open → {{o:CJG}} ingelicht
• dhr. [[p:Babacar]] (Senegalees, 60+) slaapt in de moskee aan de Hoefkade, heeft geen verblijfsvergunning → {{o:VluchtelingenWerk}}
• mw. [[p:Çelik]]: ex-partner weer gezien in de straat, ondanks contactverbod ([[n:VT-2024-4102]])
• [[p:Hanna]] (16), nichtje van fam. [[p:Yousef]], zou weggelopen zijn → {{r:wijkagent}} [[p:Erik]] weet ervan, vermissing geregistreerd [[d:7-11-2024]]
Bespreken in het teamoverleg van [[d:ma 11/11]].""",
    """Ja, goedemorgen, met [[p:Sevgi]] van {{o:Apotheek Transvaal}}. Ik bel over mevrouw [[p:Ait Ouali]], [[p:Fatna Ait Ouali]], geboren [[d:1 juli 1941]]. Ze heeft haar medicijnen al drie weken niet opgehaald, ook de insuline niet. Haar telefoon, [[t:070 - 388 55 21]], wordt niet opgenomen. De {{r:huisarts}} is op vakantie. Wij hebben in ons systeem staan dat het wijkteam betrokken is, vandaar. Ze woont op de [[a:Hoefkade 731]]. U kunt ons bellen op het apotheeknummer en naar mij vragen. Dank u.""",
    """ok hier is hem: [[i:nl21knab8103408433]] op naam van [[p:j. wijngaarde]] (mijn broer). hij zegt het is goed 🙏""",
    """Vraag aan de pilotgroep bemoeizorg: hoe gaan jullie om met buren die alles filmen? Bij dhr. [[p:Van Beek]] ([[a:Zuidlarenstraat 122]], [[pc:2545 VM]]) staat sinds [[d:2 november]] een filmpje op Facebook van zijn ontruiming, gemaakt door een buurman ([[p:Ronnie]]). Meneer is er kapot van. {{o:Haag Wonen}} zegt dat het hun probleem niet is, de {{o:politie}} zegt dat het geen strafbaar feit is. Ik heb meneer geholpen met een verwijderverzoek. Tips welkom! Groet, [[p:Thijs]] ({{r:maatschappelijk werker}})""",
]


MARK = re.compile(r"\[\[(pc|p|b|t|e|i|a|d|n):(.+?)\]\]|\{\{(w|o|r):(.+?)\}\}", re.S)


def parse(src):
    out, pii, keep = [], [], []
    pos = 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1):
            lab, txt, tgt = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, tgt = KEEP[m.group(3)], m.group(4), keep
        tgt.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = "".join(s.split()).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs, errors = [], []
    for k, src in enumerate(TEXTS):
        src = src.strip("\n")
        text, pii, keep = parse(src)
        rid = "ho76-%04d" % k
        for bad in ("[[", "]]", "{{", "}}"):
            if bad in text:
                errors.append("%s: leftover markup %r" % (rid, bad))
        spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
        for s in spans:
            if text[s["start"] : s["end"]] != s["text"]:
                errors.append("%s: offset mismatch %r" % (rid, s))
            if s["text"] != s["text"].strip():
                errors.append("%s: span with outer whitespace %r" % (rid, s))
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                errors.append("%s: overlap %r %r" % (rid, a, b))
        for s in pii:
            if s["label"] == "bsn" and not bsn_ok(s["text"]):
                errors.append("%s: bad bsn %r" % (rid, s["text"]))
            if s["label"] == "iban" and not iban_ok(s["text"]):
                errors.append("%s: bad iban %r" % (rid, s["text"]))
        if not pii:
            errors.append("%s: no pii" % rid)
        recs.append({"id": rid, "text": text, "pii": pii, "keep": keep})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    path = os.path.join(here, "heldout76.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter

    pc, kc = Counter(), Counter()
    words = 0
    for r in recs:
        pc.update(s["label"] for s in r["pii"])
        kc.update(s["label"] for s in r["keep"])
        words += len(r["text"].split())
    tot = sum(pc.values())
    print("wrote %s: %d texts, %d words (avg %.0f)" % (path, len(recs), words, words / len(recs)))
    print(
        "pii  %d: %s"
        % (tot, ", ".join("%s=%d (%.0f%%)" % (k, v, 100.0 * v / tot) for k, v in pc.most_common()))
    )
    print("keep %d: %s" % (sum(kc.values()), ", ".join("%s=%d" % kv for kv in kc.most_common())))


if __name__ == "__main__":
    main()
