#!/usr/bin/env python3
"""Held-out corpus 128: group chats of neighbourhood helpers (WhatsApp and Signal exports,
copied threads, single forwarded messages) of volunteers, informal carers
(mantelzorgers), residents and a wijkteam worker coordinating help for neighbours.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
The characters U+27E8 / U+27E9 in the source stand for the invisible isolate marks
U+2068 / U+2069 that WhatsApp puts around names in its exports.
Running this script deterministically writes heldout128.jsonl next to itself.
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

# numbers typed wrongly on purpose (still personal data, but fail the checksum)
BAD_ON_PURPOSE = {"NL61 RABO 6608 0837 20", "13498925", "NL58INGB627132659O", "46905608e"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t.replace("\u27e8", "\u2068").replace("\u27e9", "\u2069"))


# ---------------------------------------------------------------------------
# 1. WhatsApp exports, Android format ("dd-mm-jjjj uu:mm - Naam: bericht")
# ---------------------------------------------------------------------------
add(r"""
[[d:12-04-2025]] 08:02 - Berichten en oproepen zijn end-to-end versleuteld. Niemand buiten deze chat, zelfs WhatsApp niet, kan ze lezen of beluisteren.
[[d:12-04-2025]] 08:02 - ⟨[[p:Ans Hoek]]⟩ heeft de groep "Buurthulp {{w:Bomenbuurt}} 🌳" gemaakt
[[d:12-04-2025]] 08:03 - ⟨[[p:Ans Hoek]]⟩ heeft jou toegevoegd
[[d:12-04-2025]] 08:05 - [[p:Ans Hoek]]: Goeiemorgen allemaal ☀️ dit is de nieuwe groep voor boodschappen en ritjes. Even voorstellen wie wat doet graag
[[d:12-04-2025]] 08:11 - [[p:Joost]]: Hoi! [[p:Joost]] hier, woon op de [[a:Acaciastraat 31]], heb een auto dus ritjes kan ik doen op di en do
[[d:12-04-2025]] 08:12 - [[p:Fatima B]]: Salaam allemaal, ik kan boodschappen doen, ik werk tot 2 uur
[[d:12-04-2025]] 08:20 - [[p:Wim de Vos]]: 👍
[[d:12-04-2025]] 08:31 - [[p:Ans Hoek]]: Top. Eerste vraag: meneer [[p:Koning]] van de [[a:Goudenregenstraat 112]] moet [[d:di 15/4]] om 10.40 naar {{o:Bronovo}}, poli oogheelkunde. Wie?
[[d:12-04-2025]] 08:33 - [[p:Joost]]: doe ik
[[d:12-04-2025]] 08:33 - [[p:Ans Hoek]]: ❤️ zijn nummer is [[t:06 21 87 44 09]], hij hoort slecht dus laat lang overgaan
[[d:12-04-2025]] 08:40 - [[p:Loes]] wijkteam: Fijn dat jullie dit oppakken! Ik ben [[p:Loes]], {{r:welzijnscoach}} bij het wijkteam {{w:Segbroek}}. Vragen die te zwaar zijn mogen altijd naar mij 🙏
[[d:12-04-2025]] 08:41 - [[p:Wim de Vos]]: <Media weggelaten>
=====
[[d:14-04-2025]] 19:22 - [[p:Sharda]]: mama heeft weer niet gegeten vandaag 😔
[[d:14-04-2025]] 19:23 - [[p:Vikash]]: hoe weet je dat
[[d:14-04-2025]] 19:23 - [[p:Sharda]]: bakje van {{o:Tafeltje Dekje}} stond er nog, niet aangeraakt
[[d:14-04-2025]] 19:25 - [[p:Reshma]]: ik ga morgen na werk langs. wie heeft de code van het sleutelkastje ook alweer?
[[d:14-04-2025]] 19:25 - [[p:Sharda]]: 1947 (haar geboortejaar haha)
[[d:14-04-2025]] 19:26 - [[p:Vikash]]: moet je dat hier zetten 🙈
[[d:14-04-2025]] 19:30 - [[p:Reshma]]: ik bel donderdag de {{r:huisarts}}, dr [[p:Lalbahadoersing]]. zij wil dat er iemand van ons bij is
[[d:14-04-2025]] 19:31 - [[p:Sharda]]: do kan ik niet, dienst tot 8
[[d:14-04-2025]] 19:40 - [[p:Vikash]]: ik regel het. @[[p:Reshma]] stuur me het nummer van de praktijk
[[d:14-04-2025]] 19:41 - [[p:Reshma]]: 070 388 12 40 is het algemene nummer, keuze 2 voor de assistente
[[d:14-04-2025]] 19:41 - [[p:Vikash]]: 👌
=====
[[d:02/03/2025]], 21:07 - [[p:Marco]] 🚲: Iemand die morgen mevr [[p:Brouwer]] naar de {{o:Haga}} kan brengen? Ik heb griep 🤒
[[d:02/03/2025]], 21:09 - [[p:Petra vd Berg]]: hoe laat?
[[d:02/03/2025]], 21:09 - [[p:Marco]] 🚲: 9.15 ophalen [[a:Melis Stokelaan 2207]], afspraak 10u bij de longarts route 62
[[d:02/03/2025]], 21:10 - [[p:Petra vd Berg]]: Route 62 is beneden bij de hoofdingang toch. Ik doe het
[[d:02/03/2025]], 21:11 - [[p:Marco]] 🚲: Held. Ze heeft een rollator die past net in de kofferbak. En neem haar pasje mee, ligt in de la onder de telefoon
[[d:02/03/2025]], 21:11 - [[p:Marco]] 🚲: haar nr [[t:070-3294416]] (vaste lijn, mobiel neemt ze niet op)
[[d:02/03/2025]], 21:13 - [[p:Petra vd Berg]]: 👍🏻 beterschap!
[[d:03/03/2025]], 12:48 - [[p:Petra vd Berg]]: Mevrouw weer thuis. Volgende controle [[d:7 april]], zelfde tijd. Ze wil graag dat ik dan weer rij 😊
=====
[[d:21-01-2025]] 16:02 - ⟨[[p:Jeroen]] | wijkteam {{w:Moerwijk}}⟩ heeft ⟨[[t:+31 6 41 09 27 73]]⟩ toegevoegd
[[d:21-01-2025]] 16:03 - [[t:+31 6 41 09 27 73]]: hallo allemaal ik ben [[p:Marisol]], dochter van mevrouw [[p:Doran]] van de [[a:Zuidlarenstraat 61-C]]. dank jullie voor alle hulp aan mama 🙏🏽
[[d:21-01-2025]] 16:05 - [[p:Bouchra]]: Welkom [[p:Marisol]]! Je moeder is een schat
[[d:21-01-2025]] 16:06 - [[p:Hamid]] 🔧: welkom 👋
[[d:21-01-2025]] 16:10 - [[t:+31 6 41 09 27 73]]: ik woon in Zoetermeer dus kan niet elke dag. Als er iets is bel me gerust, ook 's nachts
[[d:21-01-2025]] 16:12 - [[p:Jeroen]] | wijkteam {{w:Moerwijk}}: Ik heb [[p:Marisol]] toegevoegd met toestemming van mevrouw. Zet a.u.b. geen medische info in de groep, dat bespreek ik met de familie apart 👍
=====
[[d:05-05-2025]] 07:58 - [[p:Gosia]]: Dzień dobry 😊 ik kan vandaag de boodschappen doen voor pani [[p:Mazur]], wie heeft het lijstje
[[d:05-05-2025]] 08:04 - [[p:Bartek K]]: ja ik, foto komt
[[d:05-05-2025]] 08:04 - [[p:Bartek K]]: <Media weggelaten>
[[d:05-05-2025]] 08:05 - [[p:Gosia]]: ok. brood, kefir, twaróg, 2x kippenbouten, pampers voor volwassen maat M
[[d:05-05-2025]] 08:07 - [[p:Bartek K]]: geld ligt bij haar op tafel, €40. bonnetje bewaren
[[d:05-05-2025]] 08:09 - [[p:Gosia]]: adres was [[a:Hoefkade 447]] toch? de bel doet het niet
[[d:05-05-2025]] 08:09 - [[p:Bartek K]]: [[a:Hoefkade 447 B]], dan bellen [[t:+48 512 330 981]] dat is haar poolse nummer, ze neemt alleen die op
[[d:05-05-2025]] 11:32 - [[p:Gosia]]: gedaan ✅ wisselgeld €6,35 in het potje
=====
[[d:19-02-2025]] 20:15 - [[p:Kees Pronk]]: Mannen en vrouwen, [[p:Aal]] van [[p:Arie Toet]] ligt sinds gisteren in het {{o:HMC Westeinde}}. Heup 😢
[[d:19-02-2025]] 20:16 - [[p:Grietje]] 🐟: Och heden. Welke afdeling
[[d:19-02-2025]] 20:18 - [[p:Kees Pronk]]: Weet ik niet. [[p:Arie]] belt morgen. Hij redt zich niet alleen met koken, wie kan er een pannetje brengen naar de [[a:Pluimstraat 19]]
[[d:19-02-2025]] 20:19 - [[p:Grietje]] 🐟: ik morgen, ik maak toch hutspot
[[d:19-02-2025]] 20:21 - [[p:Jannie Spaans]]: ik do 🍲
[[d:19-02-2025]] 20:25 - [[p:Kees Pronk]]: Zal ik [[p:Dirk]] van de kerk in {{w:Duindorp}} ook vragen, die bezoekt zieken
[[d:19-02-2025]] 20:26 - [[p:Grietje]] 🐟: ja doe maar
=====
[[d:08-11-2024]] 09:30 - [[p:Nadia]] (wijkteam): Goedemorgen! Herinnering: vandaag om 14.00 overleg mantelzorgers in {{o:Wijkcentrum De Boog}}, zaal 2. Koffie staat klaar ☕
[[d:08-11-2024]] 09:41 - [[p:Henny]]: ik kom met [[p:Cor]] mee, hij kan niet zo goed alleen de trap op
[[d:08-11-2024]] 09:45 - [[p:Nadia]] (wijkteam): Er is een lift achter de balie 👍
[[d:08-11-2024]] 09:52 - [[p:Abdi]]: Sorry ik kan niet, mijn moeder heeft afspraak bij de {{r:fysio}}
[[d:08-11-2024]] 09:53 - [[p:Nadia]] (wijkteam): Geen probleem [[p:Abdi]]. Ik stuur je de aantekeningen
[[d:08-11-2024]] 15:58 - [[p:Nadia]] (wijkteam): Dank voor de goede middag allemaal! Volgende keer vr [[d:13 december]], dan komt de {{r:mantelzorgconsulent}} van {{o:Xtra}} vertellen over respijtzorg
""")
add(r"""
[[d:30-06-2025]] 18:47 - [[p:Ilse Koolhoven]]: hallo buren, mijn vader ([[p:Gerard Koolhoven]], [[a:Goudsbloemlaan 88]]) komt [[d:do 3 juli]] thuis uit het revalidatiecentrum. Zou iemand de eerste week zijn brood en melk kunnen halen? ik woon in Groningen helaas
[[d:30-06-2025]] 18:52 - [[p:Rob]] buurman: ik ben zijn buurman, ik doe het 👍
[[d:30-06-2025]] 18:55 - [[p:Ilse Koolhoven]]: wat lief! Zal ik je geld overmaken of tikkie?
[[d:30-06-2025]] 18:58 - [[p:Rob]] buurman: tikkie is prima, of maak maar over [[i:NL58 INGB 6271 3265 90]] tnv [[p:R. Mulder]]
[[d:30-06-2025]] 19:01 - [[p:Ilse Koolhoven]]: 👌 en mijn nummer voor als er iets is: [[t:06-19 48 22 07]]
[[d:30-06-2025]] 19:03 - [[p:Samira]]: ik kan op zaterdag ook, dan kan [[p:Rob]] even vrij 😉
=====
[[d:11-03-2025]] 13:05 - [[p:Hristo]]: здравейте, wie spreekt bulgaars? baba [[p:Yordanka]] van 3 hoog begrijpt de brief van {{o:Staedion}} niet
[[d:11-03-2025]] 13:09 - [[p:Ivanka Petrova]]: аз! ik kom vanavond
[[d:11-03-2025]] 13:10 - [[p:Hristo]]: merci. ze woont [[a:Spoorwijkstraat 130-3]], [[pc:2526 LB]]. Brief gaat over de huurverhoging denk ik
[[d:11-03-2025]] 13:15 - [[p:Sander]] wijkteam {{w:Laak}}: Als het om een huurachterstand gaat hoor ik het graag, dan kunnen we snel schakelen met {{o:Staedion}}. Mijn nummer [[t:06 43 87 10 52]]
[[d:11-03-2025]] 21:40 - [[p:Ivanka Petrova]]: was gewoon de jaarlijkse huurverhoging, €18 per maand. alles ok 👍
=====
[[d:27-12-2024]] 10:11 - [[p:Eline]]: weet iemand of de apotheek op het plein vandaag open is? meneer [[p:Hartman]] heeft zijn pillen nodig
[[d:27-12-2024]] 10:14 - [[p:Said]]: open van 10 tot 16, verder de dienstapotheek
[[d:27-12-2024]] 10:15 - [[p:Eline]]: dank! loop ik even langs
[[d:27-12-2024]] 10:52 - [[p:Eline]]: opgehaald en gebracht. hij zat in het donker, lamp in de gang kapot. kan iemand met een trapje langs [[a:Kamperfoeliestraat 7]]?
[[d:27-12-2024]] 11:02 - [[p:Said]]: ik kom vanmiddag 💡
=====
[[d:16-09-2024]] 22:18 - Tante [[p:Non]] 🌺: [[p:Lien]] lieverd ben je er, de thuiszorg is vanavond niet gekomen
[[d:16-09-2024]] 22:24 - [[p:Lien Soetomo]]: Tante ik kom eraan. Heeft u gegeten?
[[d:16-09-2024]] 22:25 - Tante [[p:Non]] 🌺: ja rijst van gisteren
[[d:16-09-2024]] 22:51 - [[p:Lien Soetomo]]: Ben bij tante. {{o:Florence}} gebeld, ze hadden haar 'vergeten' 😡 Morgen klacht. Cliëntnummer staat op de map: [[z:FL-220914]]
[[d:17-09-2024]] 08:03 - [[p:Robbie Wattimena]]: Sterkte [[p:Lien]]! Ik kan vanavond kijken bij tante [[p:Non]] als de avondzorg weer niet komt
=====
[[d:04-08-2025]] 17:30 - [[p:Mo]]: wie kan [[d:zaterdag 9 augustus]] de buurtbarbecue opbouwen? 🍗🔥
[[d:04-08-2025]] 17:31 - [[p:Mo]]: en vergeet opa [[p:Sjaak]] niet op te halen, hij wil zo graag komen
[[d:04-08-2025]] 17:35 - [[p:Evelien]]: ik haal [[p:Sjaak]] op, rolstoel past in de bakfiets haha nee serieus ik leen de rolstoel van het buurthuis
[[d:04-08-2025]] 17:36 - [[p:Mo]]: 😂 top
=====
[[d:23-10-2024]] 11:00 - [[p:Marianne]] {{r:buurtconciërge}}: Goedemorgen. Er is een klacht binnengekomen over geluid bij [[a:Westduinweg 212]]. Weet iemand hoe het met de bewoner gaat? Hij is bekend bij ons als kwetsbaar
[[d:23-10-2024]] 11:08 - [[p:Dennis]]: Dat is [[p:Freek]]. Hij heeft weer een slechte periode volgens mij, zijn broer komt niet meer
[[d:23-10-2024]] 11:09 - [[p:Marianne]] {{r:buurtconciërge}}: Dank je. Ik geef het door aan de {{r:wijkverpleegkundige}}, zonder naam in deze groep graag verder 🙏
""")
add(r"""
[[d:01-04-2025]] 09:00 - [[p:Ans Hoek]]: ROOSTER BOODSCHAPPEN APRIL (zie ook het vastgezette bericht)
ma: [[p:Fatima B]] → mw [[p:Groenewegen]] + meneer [[p:Koning]]
di: [[p:Joost]] → ritjes
wo: [[p:Wim]] → tante [[p:Truus]] ([[a:Appelstraat 201]])
do: [[p:Joost]] → ritjes
vr: IEDEREEN vrij behalve noodgevallen
[[d:01-04-2025]] 09:02 - [[p:Wim de Vos]]: wo [[d:16/4]] kan ik niet, tandarts
[[d:01-04-2025]] 09:05 - [[p:Fatima B]]: ik ruil met je 😊
[[d:01-04-2025]] 09:06 - [[p:Ans Hoek]]: 👍 aangepast
=====
[[d:10-02-2025]] 14:44 - [[p:Yohannes]]: Hallo [[p:Semhar]] kun je morgen mee naar {{o:UWV}} met mijn moeder. Ik moet werken. Zij spreekt alleen Tigrinya
[[d:10-02-2025]] 14:50 - [[p:Semhar]]: ja ok, hoe laat en welk kantoor
[[d:10-02-2025]] 14:51 - [[p:Yohannes]]: 10.30 Prinses Beatrixlaan. ik stuur je de brief
[[d:10-02-2025]] 14:51 - [[p:Yohannes]]: brief uwv.pdf (bestand bijgevoegd)
[[d:10-02-2025]] 14:53 - [[p:Semhar]]: ik zie kenmerk [[z:UWV-2025-0081734]], klopt dat? Ik haal haar op om 9.45 bij [[a:Jan van Riebeekstraat 18]]
[[d:10-02-2025]] 14:54 - [[p:Yohannes]]: ja. thank you zus ❤️
=====
[[d:28-05-2025]] 19:03 - [[p:Karin]] (mantelzorger): mag ik iets vragen aan de groep. mijn man [[p:Theo]] wordt steeds vergeetachtiger en ik slaap slecht. hoe doen jullie dat
[[d:28-05-2025]] 19:10 - [[p:Greet]]: Oh [[p:Karin]] ik herken het zo. Bij ons hielp de {{r:casemanager dementie}}, die komt thuis. Vraag het bij je {{r:huisarts}}
[[d:28-05-2025]] 19:12 - [[p:Paula]] (wijkteam {{w:Bezuidenhout}}): Dag [[p:Karin]], ik bel je morgen even, goed? Dan kijken we samen wat er kan. Ook dagbesteding bij {{o:De Kiem}} is een optie
[[d:28-05-2025]] 19:20 - [[p:Karin]] (mantelzorger): dank jullie 🥲
=====
[[d:13-01-2025]] 08:15 - [[p:Gijs]]: GLAD!! ❄️ niemand naar buiten zonder goede schoenen. Ik strooi het pad bij de seniorenflat
[[d:13-01-2025]] 08:16 - [[p:Sevda]]: ik breng brood voor mevrouw [[p:Öztürk]] en meneer [[p:Bakker]], dan hoeven ze niet
[[d:13-01-2025]] 08:20 - [[p:Gijs]]: 👍👍
""")
# ---------------------------------------------------------------------------
# 2. WhatsApp exports, iPhone format ("[dd-mm-jj uu:mm:ss] Naam: bericht")
# ---------------------------------------------------------------------------
add(r"""
[[[d:03-02-25]] 10:14:55] [[p:Bouchra]]: jongens de lift op de [[a:Zuidlarenstraat 61]] doet het weer niet 🙄 mw [[p:doran]] van de 9e verdieping kan niet naar beneden
[[[d:03-02-25]] 10:15:40] [[p:Gilbert]]: Ai. Ze moest toch naar de dialyse vandaag?
[[[d:03-02-25]] 10:16:02] [[p:Bouchra]]: ja om 12u, taxi komt 11.15
[[[d:03-02-25]] 10:17:31] [[p:Jeroen]] | wijkteam {{w:Moerwijk}}: ik bel de storingsdienst van {{o:Haag Wonen}} en laat {{o:Regiotaxi}} weten dat ze later komt. Wie kan bij haar blijven?
[[[d:03-02-25]] 10:18:10] [[p:Hamid]] 🔧: ik ben thuis, ik ga naar boven met de trap 😅
[[[d:03-02-25]] 10:18:44] [[p:Bouchra]]: jij bent een held [[p:Hamid]]
[[[d:03-02-25]] 11:02:19] [[p:Jeroen]] | wijkteam {{w:Moerwijk}}: Monteur komt om 11.30. Taxi verzet naar 11.45, pasnummer van mevrouw was [[z:RTX 4471-0932]] als ze erom vragen
[[[d:03-02-25]] 11:50:03] [[p:Hamid]] 🔧: ze zit in de taxi ✅
=====
[[[d:17-03-25]] 20:01:12] [[p:Vikash]]: zus, heb je de formulieren van de {{o:Wmo}} al ingevuld?
[[[d:17-03-25]] 20:03:40] [[p:Sharda]]: bijna. ik heb haar bsn nodig, staat niet op haar pas
[[[d:17-03-25]] 20:05:02] [[p:Vikash]]: [[b:469056083]]
[[[d:17-03-25]] 20:05:30] [[p:Reshma]]: haal dat weg uit de groep pls 😬
[[[d:17-03-25]] 20:05:58] [[p:Vikash]]: ‎Dit bericht is verwijderd.
[[[d:17-03-25]] 20:06:20] [[p:Sharda]]: staat al in mijn notities, dank. Adres van mama in het formulier is nog [[a:Wolmaransstraat 88]], [[pc:2572 XR]] toch
[[[d:17-03-25]] 20:07:01] [[p:Reshma]]: ja
=====
[[[d:09-06-25]] 07:45:10] [[p:Lisette]]: wie heeft sleutel van meneer [[p:de Haan]]? hij doet niet open en gordijnen zijn nog dicht
[[[d:09-06-25]] 07:46:33] [[p:Ans Hoek]]: ik! kom eraan
[[[d:09-06-25]] 07:58:02] [[p:Ans Hoek]]: hij lag op de grond in de badkamer. 112 gebeld. Hij is aanspreekbaar
[[[d:09-06-25]] 08:15:40] [[p:Ans Hoek]]: ambulance is er. Hij gaat naar {{o:HMC Westeinde}}. Ik bel zijn zoon [[p:Erik]], nummer staat op het briefje op de koelkast [[t:06-51 77 20 34]]
[[[d:09-06-25]] 08:16:02] [[p:Lisette]]: 🙏🙏
[[[d:09-06-25]] 09:30:45] [[p:Loes]] wijkteam: Dank [[p:Ans]] voor het snelle handelen. Ik neem contact op met de familie over wat er nodig is als hij terugkomt
=====
[[[d:22-11-24]] 15:22:01] [[p:Mebrat]]: Hoi [[p:Rahel]], mijn nieuwe nummer [[t:0687429315]]
[[[d:22-11-24]] 15:22:40] [[p:Rahel]]: ok opgeslagen 👍 komt je moeder zaterdag naar de vrouwenochtend?
[[[d:22-11-24]] 15:25:11] [[p:Mebrat]]: ja als iemand haar ophaalt, ze woont nu in {{w:Wateringse Veld}}
[[[d:22-11-24]] 15:26:00] [[p:Rahel]]: ik vraag [[p:Tsega]], die rijdt toch
=====
[[[d:05-12-24]] 18:30:55] [[p:Pieter Storm]]: Vraag: wie kan meneer [[p:Wolf]] helpen met sinterklaascadeaus inpakken voor de kleinkinderen haha. Hij kan niet meer met zijn handen
[[[d:05-12-24]] 18:31:40] [[p:Ilona]]: 😂 ik kom morgen. Adres?
[[[d:05-12-24]] 18:32:02] [[p:Pieter Storm]]: [[a:Laan van Meerdervoort 1140]], bel 3 keer
=====
[[[d:14-02-25]] 12:00:00] [[p:Zarmina]]: salam, vandaag kan ik niet rijden naar ziekenhuis met [[p:Hamidullah]], auto kapot 😞
[[[d:14-02-25]] 12:03:47] [[p:Pim]] (maatje): ik kan om 14u, welke ziekenhuis en afdeling
[[[d:14-02-25]] 12:05:12] [[p:Zarmina]]: {{o:HagaZiekenhuis}} Leyweg, poli cardiologie, 14.40. Hij woont [[a:Laan van Wateringse Veld 611]]
[[[d:14-02-25]] 12:05:30] [[p:Pim]] (maatje): 👍 ik ben er 14.00. Zeg hem dat hij zijn pas meeneemt en de brief
[[[d:14-02-25]] 12:06:01] [[p:Zarmina]]: tashakor [[p:Pim]] 🙏
=====
[[[d:07-07-25]] 21:14:30] [[p:Cor]]: is er al iemand die morgen met [[p:Nel]] naar de bieb gaat?
[[[d:07-07-25]] 21:15:05] [[p:Cor]]: ‎spraakbericht weggelaten
[[[d:07-07-25]] 21:20:44] [[p:Gerda Post]]: ik. 10 uur
""")
add(r"""
[[[d:25-03-25]] 09:12:03] [[p:Xiaoling]]: 早上好 morgen iedereen. Mijn ba gaat [[d:do 27/3]] naar de {{o:HMC}} voor de scan. Ik moet werken. Kan iemand van de buurtgroep mee? Hij spreekt alleen Kantonees en een beetje Nederlands
[[[d:25-03-25]] 09:20:51] [[p:Henk Vink]]: Ik kan rijden, maar ik spreek geen Chinees 😄
[[[d:25-03-25]] 09:21:33] [[p:Xiaoling]]: geeft niks, ik bel mee via de telefoon. Hij woont [[a:Wagenstraat 95]] bij het restaurant, bovenste bel
[[[d:25-03-25]] 09:22:10] [[p:Henk Vink]]: Goed. Hoe heet hij, voor bij de balie
[[[d:25-03-25]] 09:24:40] [[p:Xiaoling]]: [[p:Chen Guoqiang]], geboren [[d:12-08-1951]]. Patiëntnummer [[z:4812207]]
[[[d:25-03-25]] 09:25:00] [[p:Henk Vink]]: 👍 genoteerd
=====
[[[d:30-10-24]] 16:40:12] [[p:Linda]]: zijn er nog mensen die meneer [[p:van Dam]] van [[a:Daal en Bergselaan 42]] kennen? Hij staat sinds vorige week elke dag bij de bushalte zonder jas
[[[d:30-10-24]] 16:45:30] [[p:Rinus]]: Ja dat is [[p:Ad]]. Zijn vrouw is in de zomer overleden
[[[d:30-10-24]] 16:46:01] [[p:Linda]]: 😢 dat wist ik niet
[[[d:30-10-24]] 16:50:44] [[p:Rinus]]: Ik ga vanavond even koffie drinken bij hem
[[[d:30-10-24]] 16:51:09] [[p:Linda]]: Laat je het weten als we iets moeten doen? Ik ken [[p:Saskia]] van het wijkteam
=====
[[[d:18-08-25]] 10:10:10] [[p:Yasmina]]: Salaam. Wie wil mijn schoonmoeder [[d:woensdag 20 augustus]] naar de {{o:Albert Heijn}} begeleiden, ze wil zelf kiezen maar kan niet alleen
[[[d:18-08-25]] 10:11:56] [[p:Anke]]: Ik! Wanneer?
[[[d:18-08-25]] 10:12:30] [[p:Yasmina]]: na 10. [[a:Vlierboomstraat 377]] bel [[p:El Khatib]]
[[[d:18-08-25]] 10:13:02] [[p:Anke]]: 👍
=====
[[[d:02-01-25]] 00:04:11] [[p:Jopie]]: Gelukkig nieuwjaar lieve buren 🎆🥂
[[[d:02-01-25]] 00:05:30] [[p:Ferry]]: jij ook [[p:Jopie]]!!
[[[d:02-01-25]] 09:40:03] [[p:Jopie]]: Wie heeft er gisteren zo hard geknald bij de flat, de hond van [[p:Gonnie]] is nog steeds onder het bed 🐶
=====
[[[d:11-11-24]] 14:15:00] [[p:Jeroen]] | wijkteam {{w:Moerwijk}}: Korte update voor de vrijwilligers: de aanvraag huishoudelijke hulp voor mevrouw [[p:Doran]] is toegekend (zaaknummer [[z:2024-W-04417]] voor als de dochter belt). Start [[d:maandag 18 november]]
[[[d:11-11-24]] 14:16:40] [[p:Bouchra]]: eindelijk 🎉
[[[d:11-11-24]] 14:17:02] [[p:Gilbert]]: goed nieuws man
=====
[[[d:09-09-24]] 19:00:12] [[p:Maaike]]: Lieve buren, mijn moeder [[p:Joke Schaap]] is vannacht overleden. Dank aan iedereen die de laatste maanden heeft geholpen. Condoleren kan op [[a:Erasmusweg 880]] tot vrijdag.
[[[d:09-09-24]] 19:02:40] [[p:Tineke]]: Gecondoleerd [[p:Maaike]] 🖤
[[[d:09-09-24]] 19:03:12] [[p:Bram]]: veel sterkte
[[[d:09-09-24]] 19:10:51] [[p:Saskia]] wijkteam: Heel veel sterkte [[p:Maaike]] en familie.
""")
# ---------------------------------------------------------------------------
# 3. Copied from WhatsApp Web / desktop ("[uu:mm, d-m-jjjj] Naam: ...") and Signal
# ---------------------------------------------------------------------------
add(r"""
[09:14, [[d:12-4-2025]]] [[p:Ans Hoek]]: Wie kan zat [[d:12/4]] de bus doen? [[p:Joost]] is weg
[09:20, [[d:12-4-2025]]] [[p:Fatima B]]: ik heb geen rijbewijs sorry 🙈
[09:31, [[d:12-4-2025]]] [[p:Wim de Vos]]: ik doe het. welke mensen
[09:33, [[d:12-4-2025]]] [[p:Ans Hoek]]: mw [[p:Groenewegen]] (rollator), meneer [[p:Koning]] en tante [[p:Truus]]. Om 10.00 vertrek bij het buurthuis, markt op de Fahrenheitstraat en 11.30 terug
[09:34, [[d:12-4-2025]]] [[p:Wim de Vos]]: 👍
=====
[21:02, [[d:3-3-2025]]] [[p:Dewi]]: Mama wil dat we haar 80e vieren in het {{o:Indisch Huis}} 😍
[21:04, [[d:3-3-2025]]] [[p:Dewi]]: Datum: [[d:zo 6 april]]
[21:10, [[d:3-3-2025]]] [[p:Ruud]]: Wie neemt oom [[p:Frits]] mee uit {{o:Huize Royal}}? Hij moet met een rolstoeltaxi
[21:12, [[d:3-3-2025]]] [[p:Dewi]]: ik bestel {{o:Regiotaxi}}, zijn pasnr heb ik niet. [[p:Ruud]] jij?
[21:15, [[d:3-3-2025]]] [[p:Ruud]]: [[z:RTX 5530-1187]]
=====
[[p:Loes]] (wijkteam)
[[d:vr 11 apr]] · 09:14
Hoi allemaal, er is een nieuwe buurvrouw op de [[a:Elandstraat 140-A]], mevrouw [[p:Kartosen]]. Ze is net uit het ziekenhuis en zoekt iemand die één keer per week boodschappen doet. Wie heeft ruimte?

[[p:Fatima B]]
[[d:vr 11 apr]] · 09:40
Ik wel op maandag

[[p:Loes]] (wijkteam)
[[d:vr 11 apr]] · 09:41
Super! Ik breng jullie in contact. Haar nr is [[t:06 30 19 58 42]], ze weet dat je gaat bellen 🙂
=====
[[p:Thijs]]: ik ben bij meneer [[p:Yilmaz]], hij zegt dat de thuiszorg vanochtend de insuline niet heeft gegeven
[[p:Thijs]]: wat moet ik doen
[[p:Derya]]: bel de {{r:wijkverpleegkundige}}! nummer staat op de koelkast
[[p:Thijs]]: [[t:06 12 93 48 70]] toch?
[[p:Derya]]: ja. of anders {{o:Florence}} algemeen nummer 088 750 2000
[[p:Thijs]]: gebeld, ze komen binnen een uur 👍
=====
[14:55, [[d:28-1-2025]]] [[p:Naima Oulad Ali]]: Asselaam, ik heb een vraag over de voedselbank. Mijn buurvrouw schaamt zich, kan iemand haar helpen met aanmelden?
[14:58, [[d:28-1-2025]]] [[p:Sander]] wijkteam {{w:Laak}}: Hoi [[p:Naima]]! Dat kan via ons. Wil je haar vragen mij te bellen of mag ik haar bellen?
[15:02, [[d:28-1-2025]]] [[p:Naima Oulad Ali]]: ze wil dat jij belt. [[t:0645128830]], ze heet [[p:Latifa]]
[15:03, [[d:28-1-2025]]] [[p:Sander]] wijkteam {{w:Laak}}: Dank! Ik bel haar morgen voor 12u 🙏
=====
[[d:Zaterdag 15 februari 2025]]
Oma [[p:Lien]] 👵🏽: Is er iemand die mij dinsdag naar de pedicure kan brengen, [[a:Weimarstraat 371]]. Ik kan niet meer zo ver lopen
[[p:Kevin]]: Oma ik kan niet ik werk
[[p:Sandra]] buurvrouw: Ik breng u oma [[p:Lien]] 🥰
Oma [[p:Lien]] 👵🏽: Dank je kind
=====
[08:02, [[d:17-6-2025]]] [[p:Erwin de Jong]]: Morgen, de {{r:wijkagent}} vroeg of er iemand is die [[p:Hennie]] kent van de [[a:Noorderbeekdwarsstraat 12]]? Buren maken zich zorgen
[08:10, [[d:17-6-2025]]] [[p:Mirjam]]: Ik ken haar van de kerk. Zal ik even aanbellen?
[08:11, [[d:17-6-2025]]] [[p:Erwin de Jong]]: graag! laat maar weten
[11:44, [[d:17-6-2025]]] [[p:Mirjam]]: Ze was thuis, erg in de war en alles lag vol. Ik heb met haar zus [[p:Willy]] gebeld ([[t:0174-62 45 18]]). Die komt morgen en gaat met de {{r:huisarts}} praten
""")
add(r"""
Signal – groep "Zorg voor opa [[p:Henk]] 💙"

[[p:Daan]]: wie gaat er morgen naar opa
[[p:Liselot]]: ik ochtend, middag [[p:Iris]]?
[[p:Iris]]: kan pas om 4
[[p:Daan]]: dan doe ik 1-4. opa zei dat hij zelf wil koken 😬
[[p:Liselot]]: NIET doen, de pit stond vorige week aan. ik heb de {{r:casemanager dementie}} gemaild ([[e:m.roodenburg@florence.nl]]) over een kookplaatbeveiliging
[[p:Iris]]: goed plan
[[p:Daan]]: en de buurvrouw, [[p:Tineke Winter]], wil 's avonds even kijken. Haar nr [[t:06-28 94 11 06]]
=====
[12:31, [[d:4-11-2024]]] [[p:Freddy Martina]]: Bon dia! Wie kan mijn tante [[p:Ciska]] vrijdag naar de kapper brengen, ze woont [[a:Hoefkade 201 B]]
[12:32, [[d:4-11-2024]]] [[p:Jurrien]]: vrijdag de hoeveelste
[12:33, [[d:4-11-2024]]] [[p:Freddy Martina]]: [[d:8 nov]] om 11
[12:35, [[d:4-11-2024]]] [[p:Jurrien]]: lukt me niet, [[d:za 9/11]] wel
[12:40, [[d:4-11-2024]]] [[p:Freddy Martina]]: ik vraag of ze kan verzetten, danki!
=====
[[p:Ayşe]]: [[p:Kübra]] ben jij bij anne?
[[p:Kübra]]: ja, ze slaapt nu
[[p:Ayşe]]: heeft ze haar medicijnen van 8 uur gehad
[[p:Kübra]]: ja ik heb ze gegeven, de blauwe en de halve witte
[[p:Ayşe]]: ok. morgen komt de {{r:fysiotherapeut}} om 9, ik neem vrij
=====
[16:20, [[d:19-9-2024]]] [[p:Rutger]]: Mensen, er hangt een briefje in de hal van de flat: "wie heeft mijn rollator meegenomen" van mw [[p:Verhoef]] 4 hoog 😅
[16:22, [[d:19-9-2024]]] [[p:Esma]]: hahaha die staat bij de lift, ik breng hem terug
=====
[[d:Dinsdag 8 juli]]
[[p:Ruth]] ({{r:buurtcoach}} {{o:Stichting MOOI}}): Ik zoek voor meneer [[p:Abdullahi]] iemand die Somalisch spreekt om mee te gaan naar de {{r:longarts}} in {{o:HMC Antoniushove}}. Iemand?
[[p:Fadumo]]: ik kan, wanneer
[[p:Ruth]] ({{r:buurtcoach}} {{o:Stichting MOOI}}): [[d:15 juli]] om 13.20. Hij woont in {{w:Leidschenveen}}, ik stuur adres privé
[[p:Fadumo]]: ok 👍🏾
=====
[10:05, [[d:6-5-2025]]] [[p:Marjolein]]: @⟨[[p:Bas van der Meer]]⟩ kan jij donderdag [[p:Mies]] naar de {{r:tandarts}} brengen? ik heb oppasdag
[10:19, [[d:6-5-2025]]] [[p:Bas van der Meer]]: ja, zelfde adres als vorige keer? [[a:Kijkduinsestraat 402]]
[10:21, [[d:6-5-2025]]] [[p:Marjolein]]: ja. tandarts zit bij het winkelcentrum, ze moet om 14.15 binnen zijn
""")
# ---------------------------------------------------------------------------
# 4. Short pasted fragments of threads (no timestamps), replies, forwards
# ---------------------------------------------------------------------------
add(r"""
[[p:jolanda]]: wie haalt mw [[p:de bruin]] op voor de koffieochtend
[[p:ria]]: ik
[[p:jolanda]]: 👍 ze staat om kwart voor 10 beneden
=====
[[p:Hamid]] 🔧: kraan lekt bij ome [[p:Ahmed]] op de [[a:Steenwijklaan 14]], ik ga zo
[[p:Bouchra]]: neem die rubbertjes mee
[[p:Hamid]] 🔧: heb ik 💪
=====
Doorgestuurd
Beste buren, vanaf [[d:1 maart]] is de {{o:Voedselbank}} uitgifte in {{o:De Mussen}} op donderdag ipv woensdag. Zelfde tijd 13-15u. Geef door aan wie het nodig heeft!
=====
↪️ Antwoord op [[p:Joost]]: "ik kan di niet"
[[p:Ans Hoek]]: geeft niks, ik vraag [[p:Fatima]] 🙂
=====
[[p:Wendy]]: is er iemand die weet hoe je een rolstoel aanvraagt voor je moeder
[[p:Priscilla]]: via {{o:Wmo-loket}} van de gemeente, bel 14 070
[[p:Wendy]]: thanks!!
[[p:Priscilla]]: of vraag [[p:Jeroen]] van het wijkteam die helpt ook met invullen
=====
[[p:Selma]] ~ buurvrouw: ik heb soep over, wie wil er? 🥣 ik breng het ook naar meneer [[p:Kurt]] en [[p:Gonnie]]
=====
~ [[p:Fadumo]]: walaal ik heb vanavond geen tijd voor hooyo [[p:Ubah]], kan iemand anders
~ [[p:Ifrah]]: ik ga wel
=====
[[p:Lotte]]: vraagje van de huismeester: de blauwe Opel die al 3 weken voor de deur staat is van meneer [[p:Storm]], hij kan niet meer rijden. Wie wil hem helpen met verkopen? 🚗
[[p:Ferdi]]: mijn zwager handelt in auto's, ik vraag het
=====
[[p:Sevda]]: Mevrouw [[p:Öztürk]] wil jullie allemaal bedanken 🌷 ze is [[d:20 december]] 85 geworden en heeft zo genoten van de taart
=====
[[p:Gijs]]: Even opletten: er loopt een man langs de deuren die zegt dat hij van de "thuiszorg" is en wil binnenkomen. Geen pasje. Niet binnenlaten! {{r:wijkagent}} is ingelicht
[[p:Marloes]]: eng 😨 ik waarschuw mijn moeder
=====
[[p:Robbie Wattimena]]: tante [[p:Non]] vraagt of iemand haar kan helpen met DigiD. ze heeft een brief van de {{o:SVB}}
[[p:Lien Soetomo]]: ik doe het zondag wel, haar DigiD gebruikersnaam staat in haar boekje
[[p:Robbie Wattimena]]: 👍 ook haar AOW nr van de brief: [[z:SVB 0341 7720 16]]
=====
> [[p:Karin]] (mantelzorger): heeft iemand een rolstoel te leen voor zaterdag?
[[p:Greet]]: ja, van mijn man zaliger. haal maar op [[a:Stuyvesantplein 7]]
=====
[[p:Tsega]]: ik rij morgen [[p:Mebrat]] haar moeder en [[p:Selam]] naar de vrouwenochtend. nog plek voor 1
[[p:Rahel]]: [[p:Almaz]] wil mee! zij woont [[a:Oudemanstraat 27]]
[[p:Tsega]]: ok om 9.30 bij haar
=====
PEILING:
Welke dag voor de buurtmaaltijd?
OPTIE: di (4 stemmen)
OPTIE: wo (7 stemmen)
OPTIE: do (2 stemmen)
=====
[[p:Hanneke]]: de brillen van meneer [[p:Chaudhry]] zijn klaar bij de opticien, wie haalt ze op? Bonnetje ligt bij mij, is al betaald
[[p:Willem]]: ik zit toch in de stad
=====
[[p:Diana]]: Lieve mensen, [[p:Frans]] en ik gaan 3 weken naar onze dochter in Canada. Wie neemt mijn ritjes over naar de dialyse van meneer [[p:Boumediene]]? Ma-wo-vr 07.30 ophalen [[a:Nieuwe Haven 125]]
[[p:Abdel]]: ma en wo kan ik
[[p:Ineke]]: vr ik
[[p:Diana]]: 🙏🙏🙏 ik zet jullie in het schema
=====
[[p:Bartek K]]: kto może jutro? pani [[p:Kowalczyk]] potrzebuje leki z apteki. recept ligt klaar bij {{o:Apotheek De Vaillant}}
[[p:Gosia]]: ja mogę, po 15
=====
[[p:Stefan]]: meneer [[p:Mol]] van 2 hoog heeft een nieuw telefoonnummer: [[t:06 44 10 29 83]] oude werkt niet meer
=====
[[p:Noor]]: ik heb de oproep gezien voor vrijwilligers bij de {{o:Zonnebloem}}. ik doe mee!
=====
[[p:Saskia]] wijkteam: Dank [[p:Rinus]] voor je bericht over meneer [[p:van Dam]]. Ik ga [[d:donderdag 7 november]] met hem in gesprek samen met de {{r:ouderenconsulent}}. Wil je hem zeggen dat we komen?
[[p:Rinus]]: doe ik. Hij was blij met de koffie 😊
=====
[[p:Ana Lopes]]: alguem? nee sorry verkeerde groep 🙈
""")
add(r"""
[[p:Jopie]]: wie heeft er zin om mee te helpen met de kerststukjes voor de ouderen in de flat? zo [[d:15 dec]] 13u in de recreatiezaal
[[p:Ferry]]: ik neem dennengroen mee
[[p:Gonnie]]: ik maak koffie ☕
=====
[[p:Pieter Storm]]: even voor de duidelijkheid: alle bonnetjes naar [[e:penningmeester.buurthulpduinoord@gmail.com]] of in de brievenbus bij mij, dan betaal ik het terug
=====
[[p:Eline]]: [[p:Hartman]] zijn dochter heet [[p:Annemarie]] en woont in Delft. Haar nr: [[t:+31 15 262 88 41]]
=====
[[p:Marianne]] {{r:buurtconciërge}}: Heeft iemand [[p:Freek]] van de Westduinweg gezien de laatste dagen?
=====
[[p:Hendrik]]: ik heb mw [[p:kok]] gisteren naar de ogenarts gebracht, volgende keer is [[d:3/6]]
[[p:Linda]]: 👍 schrijf je het in het schema
=====
[[p:Ali R.]]: ik ben een week in Turkije, mijn vader [[p:Necati Arslan]] ([[a:Kraaiheidestraat 52]]) is alleen. wil iemand 1x per dag even aanbellen? [[p:Selin]] mijn zus heeft de sleutel [[t:06 57 31 28 09]]
[[p:Anouk]]: ik woon tegenover, ik let op hem 🙂
[[p:Ali R.]]: teşekkürler [[p:Anouk]] ❤️
=====
[[p:Femke]]: kan de groep een mooie bos bloemen sturen voor [[p:Riet]]? ze wordt maandag 90!
[[p:Kees]]: ik leg €5 in
[[p:Saida]]: ik ook
[[p:Femke]]: tikkie komt 🌸
""")
# ---------------------------------------------------------------------------
# 5. Single messages (one line to a few lines)
# ---------------------------------------------------------------------------
add(r"""
wie kan zat [[d:12/4]] mw [[p:de wit]] naar de markt brengen? 🙏
=====
[[p:joost]] rijdt do, [[p:wim]] vr
=====
ik sta voor de deur bij [[p:Truus]] maar ze doet niet open 😟 [[a:Appelstraat 201]]
=====
tel van [[p:mo]] is [[t:0619203847]] voor wie het nodig heeft
=====
lift doet het weer 👍
=====
mevr [[p:El Ouariachi]] heeft morgen om 9:30 de {{r:oogarts}}, [[p:Hakima]] brengt haar
=====
nieuw nr [[p:Gerrit]]: [[t:06 - 41 55 70 18]]
=====
ik ben er [[d:ma 21/4]] niet, 2e paasdag 🐣
=====
Afspraak {{o:HMC}} verzet naar [[d:woensdag 14 mei]], zelfde tijd. [[p:Joost]] rijdt nog steeds?
=====
Zijn er mensen die kunnen helpen met verhuizen van Mw. [[p:Dekker]]? Van de [[a:Stevinstraat 66]] naar de aanleunwoning in {{o:Het Uiterjoon}}
=====
[[p:Gijs]]: Vergeet niet: morgen oud papier! Bakken voor 7.30 buiten 📦
=====
@[[p:Sandra]] kun jij de sleutel bij oma [[p:Jo]] terugleggen, onder de bloempot
=====
[[p:Karel]] ligt in het {{o:Haga}}, kamer 4.12, bezoek 15-20u
=====
hoi!! [[p:Lisa]] hier van de [[a:Valkenboslaan 219]], ik wil graag helpen met boodschappen 😊 ik ben student en heb op di en vr tijd
=====
📞 [[t:+31 6 2840 1937]] is het nummer van [[p:Samira]]'s moeder, ze is de sleutelhouder
=====
De {{r:tandarts}} van meneer [[p:Koning]] zit op de Laan van Meerdervoort, bij de Valkenboslaan. Parkeren achter
=====
Mijn moeder [[p:Kalawatie]] heeft een nieuwe kluiscode. Ik stuur hem priv
=====
[[p:Ans Hoek]]: deze week geen boodschappenronde ivm vakantie van iedereen 🌴 volgende week weer normaal
=====
iemand een opvouwbare rolstoel? voor [[d:10 mei]], bruiloft van mijn nicht en mijn moeder kan niet zo lang staan
=====
[[p:Marloes]] kan jij [[p:Chayenne]] haar nummer doorsturen, [[p:Bianca]] wil haar bellen over de oppas voor [[p:Dylan]]
=====
Buurman [[p:Koos]] (hiernaast) heeft hulp nodig bij het ophangen van gordijnen, heeft iemand een ladder?
=====
Gaat er iemand zaterdag naar de Haagse Markt? ome [[p:Wim]] wil vis
=====
bus 25 rijdt niet ivm werkzaamheden op de Loosduinseweg, neem lijn 24 🚌
=====
Ik heb €23,40 voorgeschoten voor de boodschappen van mw [[p:Yildirim]]. Kan iemand [[i:NL61 RABO 6608 0837 02]] tnv [[p:A. Hoek]] 🙏
=====
[[p:Fenna]] is bevallen!!! 👶 een jongen, [[p:Siem]], [[d:3 juni]] om 04.12 uur, 3450 gram
=====
[[p:Ans Hoek]]: wie wil er in de nieuwe rooster voor de boodschappen? reageer met 🙋
=====
[[p:Yousra]] en [[p:Anass]] halen de kerstpakketten op voor [[p:Bep]], [[p:Teun]], meneer [[p:Wong]] en de [[p:Bouzids]]
=====
Adres tante [[p:Ciska]]: [[a:Hoefkade 201-B]], [[pc:2526 AG]]. bel 2x
=====
het wijkteam zit nu op donderdag in het {{o:Wijkcentrum Bouwlust}}, van 9 tot 12 zonder afspraak 👍
=====
ik stuur [[p:Dilan]] even een privé berichtje
=====
nieuwe sleutelkast geplaatst bij [[a:Goudenregenstraat 112]] (meneer [[p:Koning]]), code via [[p:Ans]]
=====
Toiletpapier 9 rollen €3,49 bij de {{o:Kruidvat}} deze week, voor wie de boodschappen doet
=====
Morgen is het buurtteam dicht i.v.m. studiedag. In nood: huisartsenpost of 112
=====
de kinderen van [[p:Ramona]] ([[p:Jayden]] en [[p:Shania]]) mogen bij mij spelen tot ze terug is van de {{o:Bronovo}}
=====
[[p:Gül]] teyze wil vrijdag bij ons eten, ik haal haar op om 6 uur
=====
het nummer van [[p:Truus]] dochter [[p:Marian]]: [[t:06-38 47 15 90]] en [[e:marianvelzen@ziggo.nl]]
=====
Is het waar dat meneer [[p:de Vos]] in het hospice ligt? 😢
=====
[[p:ans]]: graag allemaal een 👍 als je het rooster hebt gezien
""")
# ---------------------------------------------------------------------------
# 6. Rotas, driving schedules, contact lists pasted into the chat (| and tabs)
# ---------------------------------------------------------------------------
add(r"""
📌 RIJSCHEMA ZIEKENHUIS week 16
dag | wie rijdt | wie | waar | hoe laat
[[d:ma 14/4]] | [[p:Joost]] | meneer [[p:Koning]] | {{o:Bronovo}} oogpoli | 10.40
[[d:di 15/4]] | [[p:Petra]] | mw [[p:Brouwer]] | {{o:Haga}} longarts | 10.00
[[d:wo 16/4]] | ?? | [[p:Hamidullah]] | {{o:HMC Westeinde}} | 14.40
[[d:do 17/4]] | [[p:Wim]] | tante [[p:Truus]] | {{o:Bronovo}} bloedprikken | 08.15
vr | - | - | - | -
Wie kan woensdag??
=====
BOODSCHAPPENROOSTER MEI
Maandag	[[p:Fatima]]	mw [[p:Kartosen]], mw [[p:Groenewegen]]
Dinsdag	[[p:Lisa]]	meneer [[p:Koning]]
Woensdag	[[p:Wim]]	tante [[p:Truus]]
Donderdag	[[p:Lisa]]	meneer [[p:de Haan]] (na ontslag ziekenhuis)
Vrijdag	reserve: [[p:Ans]]
Lijstjes graag vóór 9 uur 's ochtends in de groep. Geld: altijd bonnetje 🧾
=====
Contactlijst buurthulp (NIET doorsturen aub)
[[p:Ans Hoek]] – coördinator – [[t:06-14 72 90 33]]
[[p:Joost van Beek]] – chauffeur – [[t:06 39 48 51 27]]
[[p:Fatima Benali]] – boodschappen – [[t:0641385529]]
[[p:Wim de Vos]] – chauffeur – [[t:070 363 14 82]]
[[p:Lisa Kroon]] – boodschappen – [[t:06 22 81 97 40]]
[[p:Loes]] – {{r:welzijnscoach}} wijkteam {{w:Segbroek}} – [[t:06 11 83 52 96]] (alleen werkdagen)
Wijkteam algemeen: 14 070
=====
Mantelzorgrooster mama 👵🏽
| wie | ochtend | middag | avond |
| ma | [[p:Sharda]] | {{o:Tafeltje Dekje}} | [[p:Vikash]] |
| di | thuiszorg | [[p:Reshma]] | [[p:Reshma]] |
| wo | [[p:Sharda]] | dagbesteding {{o:Het Palet}} | [[p:Vikash]] |
| do | thuiszorg | [[p:Ravi]] (neef) | [[p:Sharda]] |
| vr | [[p:Reshma]] | dagbesteding | [[p:Vikash]] |
| za/zo | om de beurt |
Medicijnen: apotheek bezorgt op vrijdag. Zorgpas ligt in de bruine tas
=====
Ritjes dialyse meneer [[p:Boumediene]] ([[a:Nieuwe Haven 125]], 3e etage, lift)
ma [[d:2 juni]]  [[p:Abdel]]
wo [[d:4 juni]]  [[p:Abdel]]
vr [[d:6 juni]]  [[p:Ineke]]
ma [[d:9 juni]]  Pinkstermaandag!! centrum open? navragen
wo [[d:11 juni]]  [[p:Diana]] terug 🎉
=====
Wie brengt wat mee voor de buurtmaaltijd zo:
soep – [[p:Gonnie]]
rijst + kip – [[p:Yasmina]] en [[p:Saida]]
salade – [[p:Anke]]
toetje – [[p:Ferry]]
ophalen ouderen – [[p:Jopie]] ([[p:Riet]], [[p:Bep]], meneer [[p:Kurt]])
tafels – de jongens van {{o:Jongerenwerk}} {{w:Transvaal}}
=====
Boodschappenlijst mw [[p:Mazur]] 🛒
- brood (volkoren, gesneden)
- 2 l melk halfvol
- kefir
- 500 g twaróg
- kipfilet
- bananen
- incontinentiemateriaal M (art. 4009163 bij de {{o:Kruidvat}})
budget €40, bonnetje in de envelop
=====
Oproepen week 23
1) vervoer naar {{o:Haga}} [[d:do 5/6]] 13.00 – mw [[p:Oedit]], [[a:Jonckbloetplein 22]] – rolstoel
2) boodschappen – meneer [[p:Sultani]], {{w:Ypenburg}} – wil halal, lijstje volgt
3) maatje gezocht – dame 78 jr, eenzaam, houdt van breien, {{w:Bezuidenhout}}
4) klusje: lamp vervangen – [[a:Kamperfoeliestraat 7]]
Reageren bij [[p:Saskia]] (wijkteam) of hier in de groep
=====
VERJAARDAGEN in de flat 🎂
[[p:Riet]] – [[d:14 april]] (90!)
[[p:Bep]] – [[d:2 mei]]
meneer [[p:Kurt]] – [[d:19 juli]]
[[p:Gonnie]] – [[d:30 sept]]
[[p:Jopie]] – [[d:24 dec]]
Kaartje sturen = 1 minuut werk, veel blijdschap 💌
=====
Planning vrijwilligers kerstdiner {{o:Buurthuis De Kraaienhoek}}
taak	naam	tel
koken	[[p:Saida]]	[[t:06 29 40 17 63]]
koken	[[p:Marleen Smit]]	[[t:06 50 08 23 14]]
vervoer	[[p:Hendrik]]	[[t:06 47 92 30 58]]
afwas	[[p:Kees]] + [[p:Ferdi]]	-
Ouderen ophalen vanaf 16.30, diner 17.30
=====
Wie rijdt wie naar de {{o:Zonnebloem}} dagtocht [[d:za 21 juni]]:
[[p:Hendrik]] → mw [[p:kok]] + mw [[p:Visser]]
[[p:Willem]] → meneer [[p:Chaudhry]] (rolstoel!!)
[[p:Linda]] → [[p:Ad van Dam]]
Vertrek bus 8.30 bij het {{o:Wijkcentrum Oostbroek}}, terug ± 18.00
=====
Overzicht sleutelhouders 🔑
meneer [[p:Koning]] – sleutelkastje (code bij [[p:Ans]])
tante [[p:Truus]] – [[p:Wim]] en de buurvrouw van hiernaast
mw [[p:Groenewegen]] – dochter [[p:Hester]] ([[t:06-20 91 44 85]])
meneer [[p:de Haan]] – zoon [[p:Erik]] + [[p:Ans]]
""")
# ---------------------------------------------------------------------------
# 7. Messages of the wijkteam worker, forwarded notices, announcements
# ---------------------------------------------------------------------------
add(r"""
Beste vrijwilligers 🙂 Een paar afspraken voor deze groep:
1. Geen medische details van buren in de groep
2. Geen BSN, bankgegevens of kopieën van brieven delen
3. Bij zorgen over iemand: bel of app mij privé
4. Bij nood: 112
Het wijkteam {{w:Segbroek}} is bereikbaar via 14 070 of op het spreekuur in {{o:Wijkcentrum Segbroek}} (di 9-12).
Dank voor jullie inzet!
=====
Doorgestuurd:
*Mantelzorgcafé {{w:Escamp}}* ☕
Elke 2e donderdag van de maand, 14.00–16.00, {{o:Wijkcentrum Zuiderpark}}.
Thema deze keer: "Zorgen voor een ouder met dementie"
Met de {{r:casemanager dementie}} van {{o:Florence}}.
Aanmelden niet nodig. Info: {{o:Mantelzorg Den Haag}} (algemeen nummer 070 205 20 20)
=====
Info van {{o:Stichting Urgente Noden}}: aanvragen alleen via een hulpverlener, niet rechtstreeks. Post naar Postbus 16100, 2500 BC Den Haag. Dus als iemand in de buurt vastzit met een rekening: via het wijkteam 👍
=====
Hoi allen, [[p:Jeroen]] hier van het wijkteam {{w:Moerwijk}}. Ik ben van [[d:28 juli]] t/m [[d:15 augustus]] met vakantie ☀️ Mijn collega [[p:Esra Doğan]] neemt waar: [[t:06 34 72 18 05]]. Voor spoed: 14 070.
=====
Bericht van de {{o:Haagse Ouderenbond}}: gratis belastingaangifte hulp voor 65+ tot [[d:1 mei]]. Afspraak maken via het algemene nummer 070 360 98 31. Neem DigiD mee!
=====
‼️ Hitteplan: het wordt morgen 34 graden. Wilt u vandaag even langs bij de ouderen in uw straat? Water, gordijnen dicht, ramen 's nachts open. Wie niemand heeft: meld het bij de {{r:wijkverpleegkundige}} of het wijkteam.
=====
Van [[p:Paula]] (wijkteam {{w:Bezuidenhout}}): de aanmelding voor dagbesteding van meneer [[p:Theo Roodenburg]] is door. Start [[d:di 10 juni]] bij {{o:De Kiem}}, vervoer regelt de dagbesteding zelf. [[p:Karin]], ik bel je nog voor de details 🙂
=====
Het {{o:Servicepunt XL}} in {{w:Transvaal}} is verhuisd naar de Kempstraat. Openingstijden ma-do 9-17. Alles verder hetzelfde.
=====
Oproep van {{o:Buurtcirkel}}: wij zoeken nog vrijwilligers voor de telefooncirkel (elke ochtend een belletje naar een oudere). 10 minuten per dag! Reageer bij de {{r:buurtcoach}}.
=====
Hoi [[p:Marisol]], zoals besproken de gegevens voor de aanvraag bijzondere bijstand van je moeder: dossiernummer [[z:SZW-2025-11834]], contactpersoon bij de gemeente is mevrouw [[p:Verbeek]], [[t:070 353 64 12]] (direct). Wil je de afschriften van [[i:NL27 KNAB 1212 4884 58]] van de laatste 3 maanden sturen naar [[e:jeroen.smits@wijkteamsdenhaag.nl]]? Groet, [[p:Jeroen]]
=====
LET OP: oplichters bellen ouderen namens "de bank". Nooit pincode geven, nooit pas afgeven. Bij twijfel ophangen en zelf de bank bellen op het nummer achter op de pas.
=====
*Nieuw in de wijk* 🎉 Spreekuur schulden en geldzaken bij {{o:Schuldhulpmaatje}}, elke vrijdag 10-12 in de bibliotheek {{w:Laakkwartier}}. Gratis en anoniem.
=====
Namens het wijkteam: dank voor jullie hulp bij de familie in de [[a:Jan van Riebeekstraat 18]] deze winter. Het gaat een stuk beter. Bedankt [[p:Semhar]], [[p:Tsega]] en [[p:Rahel]] 🙏
=====
Terugkoppeling [[p:Sander]] (wijkteam {{w:Laak}}): [[p:Latifa]] is aangemeld bij de {{o:Voedselbank}}, klantnummer [[z:VB-3318]]. Ze kan vrijdag haar eerste pakket halen bij uitgiftepunt {{o:De Mussen}}. [[p:Naima]], dank dat je de brug was!
=====
Beste buren, de gemeente komt [[d:dinsdag 3 juni]] de bomen snoeien in de hele straat. Auto's weg tussen 7 en 16 uur.
=====
Week van de Mantelzorg 💜 gratis lunch voor mantelzorgers in {{o:Wijkcentrum De Boog}}, aanmelden vóór vrijdag bij de balie.
=====
Gezocht: iemand die Dari of Pashto spreekt en af en toe wil tolken bij gesprekken met het wijkteam in {{w:Ypenburg}}. Onkostenvergoeding via {{o:Vluchtelingenwerk}}.
=====
Voor wie het vroeg: de Ooievaarspas vraag je aan via de gemeente, niet via ons. Formulier op de site. Met een laag inkomen heb je korting op zwemmen en de bieb.
""")
# ---------------------------------------------------------------------------
# 8. Longer threads: money, forms, hospital discharge, conflicts in the group
# ---------------------------------------------------------------------------
add(r"""
[[d:06-01-2025]] 10:02 - [[p:Vikash]]: ok familie, de {{r:bewindvoerder}} wil alle rekeningen van mama. Ik heb er 2 gevonden
[[d:06-01-2025]] 10:03 - [[p:Vikash]]: betaalrekening [[i:NL15 INGB 2627 0078 76]] en spaar [[i:NL89INGB5186687067]]
[[d:06-01-2025]] 10:05 - [[p:Sharda]]: er is ook nog die oude van de {{o:SNS}}, daar komt haar pensioen uit Suriname op
[[d:06-01-2025]] 10:06 - [[p:Reshma]]: die is [[i:NL62 SNSB 4229 1096 08]], staat op het afschrift van december
[[d:06-01-2025]] 10:09 - [[p:Vikash]]: top. bewindvoerder is mevrouw [[p:Ramcharan]] van {{o:Budgetbeheer Haaglanden}}, [[e:s.ramcharan@budgetbeheerhaaglanden.nl]]
[[d:06-01-2025]] 10:10 - [[p:Vikash]]: zij vraagt ook een kopie ID van mama en het {{o:CAK}} klantnummer
[[d:06-01-2025]] 10:15 - [[p:Sharda]]: CAK nummer is [[z:8804 1172 35]]
[[d:06-01-2025]] 10:16 - [[p:Reshma]]: jongens kunnen we dit niet in de familiegroep doen, hier zit ook oom [[p:Ravi]] in en die stuurt alles door 🙄
[[d:06-01-2025]] 10:17 - [[p:Vikash]]: 😂 klopt. ik maak een aparte groep
=====
[[[d:21-05-25]] 16:33:00] [[p:Erik de Haan]]: Beste buren, dank voor alles wat jullie voor mijn vader hebben gedaan. Hij komt [[d:vrijdag 23 mei]] thuis uit het {{o:HMC}}. De {{r:transferverpleegkundige}} heeft thuiszorg geregeld bij {{o:Vitis}}, 3x per dag
[[[d:21-05-25]] 16:34:12] [[p:Erik de Haan]]: Ik wil graag dat er een sleutelkastje komt. Heeft iemand ervaring?
[[[d:21-05-25]] 16:40:45] [[p:Ans Hoek]]: Ja, bij meneer [[p:Koning]] hebben we er een. Kost ongeveer €45, ik kan het ophangen met [[p:Joost]]
[[[d:21-05-25]] 16:41:09] [[p:Erik de Haan]]: Graag! Ik maak het geld over. Mag ik je rekeningnummer?
[[[d:21-05-25]] 16:45:30] [[p:Ans Hoek]]: [[i:NL61 RABO 6608 0837 20]] tnv [[p:A.M. Hoek]]
[[[d:21-05-25]] 16:47:02] [[p:Erik de Haan]]: Klopt dat? Mijn bank geeft een foutmelding
[[[d:21-05-25]] 16:50:11] [[p:Ans Hoek]]: oeps laatste twee cijfers omgedraaid 🙈 [[i:NL61 RABO 6608 0837 02]]
[[[d:21-05-25]] 16:51:00] [[p:Erik de Haan]]: Gelukt 👍
=====
[[p:Jeroen]] | wijkteam {{w:Moerwijk}}
[[d:ma 10 mrt]] 11:20
@[[p:Marisol]] zou je mij de gegevens van je moeder kunnen appen voor de aanvraag? Naam, geboortedatum, BSN. Privé graag, niet in de groep 🙏

[[p:Marisol]]
[[d:ma 10 mrt]] 11:48
[[p:Eudora Maria Doran]]
[[d:23-09-1942]]
[[b:283585791]]
oh sorry dit is de groep!! 😱

[[p:Jeroen]] | wijkteam {{w:Moerwijk}}
[[d:ma 10 mrt]] 11:50
Geen zorgen, ik heb het genoteerd. Wil je het bericht voor iedereen verwijderen?

[[p:Marisol]]
[[d:ma 10 mrt]] 11:51
Dit bericht is verwijderd
=====
[[d:16-10-2024]] 09:00 - [[p:Nadia]] (wijkteam): Goedemorgen. Voor de aanvraag van de Mantelzorgwaardering heb ik van iedereen nodig: naam, adres en de naam van degene voor wie je zorgt. Stuur het privé!
[[d:16-10-2024]] 09:04 - [[p:Henny]]: [[p:Henny Bos]], [[a:Loosduinsekade 318]], [[pc:2571 CJ]], zorg voor mijn man [[p:Cor Bos]]
[[d:16-10-2024]] 09:05 - [[p:Abdi]]: [[p:Abdirizak Hassan]], [[a:Hoefkade 892-2]], voor mijn moeder [[p:Faadumo Ali]]
[[d:16-10-2024]] 09:06 - [[p:Nadia]] (wijkteam): 🙈 privé zei ik haha. Maar dank jullie, genoteerd. Ik verwijder het niet zelf, doen jullie dat aub
[[d:16-10-2024]] 09:07 - [[p:Henny]]: ‎Dit bericht is verwijderd
=====
[[p:Gosia]]: Uwaga! pani [[p:Mazur]] heeft een brief van de {{o:Belastingdienst}} dat ze €1.240 toeslag terug moet betalen. kenmerk [[z:1044.87.223.T.45]]
[[p:Bartek K]]: ojej. Kan het wijkteam helpen?
[[p:Gosia]]: ik heb [[p:Sander]] gevraagd, hij komt [[d:woensdag 12 maart]] om 14u
[[p:Sander]] wijkteam {{w:Laak}}: klopt! @[[p:Gosia]] wil je erbij zijn om te vertalen? Neem haar afschriften mee en haar BSN staat op de brief, dus brief graag meenemen, niet fotograferen 😉
[[p:Gosia]]: ok 👍
=====
[[[d:13-08-24]] 08:55:10] [[p:Grietje]] 🐟: [[p:Aal]] is weer thuis 🎉 ze loopt met een looprek
[[[d:13-08-24]] 08:56:40] [[p:Kees Pronk]]: mooi zo. wie kan de eerste week de boodschappen doen? [[p:Arie]] kan niet autorijden met zijn ogen
[[[d:13-08-24]] 08:58:01] [[p:Jannie Spaans]]: ik ma-wo-vr, ik doe toch voor mezelf
[[[d:13-08-24]] 09:02:30] [[p:Grietje]] 🐟: ik di-do
[[[d:13-08-24]] 09:03:05] [[p:Kees Pronk]]: topper. en de {{r:fysio}} komt aan huis zei [[p:Arie]], vanaf [[d:maandag de 19e]]
[[[d:13-08-24]] 09:10:44] [[p:Jannie Spaans]]: nog iets: hun nieuwe nummer is [[t:070 354 28 61]], de oude is opgezegd
=====
[[p:Fadumo]]: Salaam zusters. Hooyo [[p:Ubah]] heeft brief van {{o:Staedion}}. Ze moet eruit zeggen ze 😭
[[p:Ifrah]]: wat? waarom
[[p:Fadumo]]: huurachterstand 3 maanden. ik wist niet
[[p:Ruth]] ({{r:buurtcoach}} {{o:Stichting MOOI}}): [[p:Fadumo]], wil je me de brief sturen? Dan neem ik het vandaag nog op met het wijkteam. Dit is op te lossen, echt 🙏 mijn nr: [[t:06 15 90 37 44]]
[[p:Fadumo]]: ik stuur privé. haar adres [[a:Van der Vennestraat 51]], contractnummer [[z:ST-0072-88134]]
[[p:Ruth]] ({{r:buurtcoach}} {{o:Stichting MOOI}}): 👍 zet dat nummer liever niet hier, maar ik heb het. Ik bel je straks
=====
[10:14, [[d:20-3-2025]]] [[p:Lisa Kroon]]: Even een vraag over privacy. Mag ik de namen van mijn boodschappenmensen in mijn agenda zetten?
[10:20, [[d:20-3-2025]]] [[p:Loes]] wijkteam: Goede vraag [[p:Lisa]]! Voornaam en dag is prima. Adressen en telefoonnummers liever niet in een gedeelde agenda, en geen medische info
[10:21, [[d:20-3-2025]]] [[p:Lisa Kroon]]: duidelijk, dank!
=====
[[d:02-07-2025]] 18:20 - [[p:Khaled]]: مرحبا Hallo, mijn vader [[p:Mahmoud Al-Hamwi]] heeft morgen operatie in {{o:HMC Westeinde}}. Kan iemand mijn moeder [[p:Rasha]] brengen en halen? Ik zit in Rotterdam voor werk
[[d:02-07-2025]] 18:24 - [[p:Pim]] (maatje): Ik kan. Hoe laat en waar wonen jullie
[[d:02-07-2025]] 18:25 - [[p:Khaled]]: 7.00 ophalen, [[a:Laan van Ypenburg 296]]. terug als hij wakker is, ongeveer 15u
[[d:02-07-2025]] 18:26 - [[p:Khaled]]: mijn nummer [[t:+31 6 55 23 09 81]], mama's nummer [[t:06-85 30 41 12]] (alleen Arabisch)
[[d:02-07-2025]] 18:28 - [[p:Zarmina]]: ik ga met [[p:Pim]] mee, ik spreek een beetje Arabisch
[[d:02-07-2025]] 18:30 - [[p:Khaled]]: شكرا ❤️🙏
=====
[[p:Mirjam]]: update over [[p:Hennie]] van de [[a:Noorderbeekdwarsstraat 12]]: haar zus [[p:Willy de Graaf]] is geweest, ze hebben samen met de {{r:huisarts}} gesproken. Er komt iemand van {{o:Parnassia}} langs. [[p:Hennie]] wil nog geen hulp in huis maar vindt het wel fijn als wij af en toe aanbellen
[[p:Erwin de Jong]]: dank [[p:Mirjam]]! Ik geef het aan de {{r:wijkagent}} door, zonder details
[[p:Mirjam]]: ik loop op di en vr even langs, als iemand anders do wil?
[[p:Tamara]]: do is goed, ik woon op de hoek
""")
# ---------------------------------------------------------------------------
# 9. More neighbourhoods and layouts (non-contacts with ~, numbers as senders,
#    contact cards, Signal threads with "Jij", edited messages)
# ---------------------------------------------------------------------------
add(r"""
[[d:18-03-2025]] 12:10 - ~ [[p:Jacqueline]]: hallo ik ben nieuw in de groep, ik woon sinds kort op de [[a:Badhuisstraat 88-A]] en wil graag helpen met ouderen 😊
[[d:18-03-2025]] 12:12 - [[p:Kees Pronk]]: welkom [[p:Jacqueline]]! Kun je autorijden?
[[d:18-03-2025]] 12:13 - ~ [[p:Jacqueline]]: ja en ik heb een grote auto
[[d:18-03-2025]] 12:14 - [[p:Kees Pronk]]: goud waard 😁 [[p:Grietje]] stuurt je het rooster
=====
[[d:25-02-2025]] 17:40 - [[t:+359 88 412 6603]]: Здравейте, I am [[p:Stoyanka]], daughter of [[p:Yordanka Georgieva]]. Thank you for helping my mother. Can somebody tell me if she went to the doctor today?
[[d:25-02-2025]] 17:45 - [[p:Ivanka Petrova]]: Hi [[p:Stoyanka]]! Yes I went with her, the doctor says it is bronchitis, she has antibiotics now. I will check tomorrow again
[[d:25-02-2025]] 17:46 - [[t:+359 88 412 6603]]: мерси много 🙏
=====
[[p:Tineke Winter]].vcf (bestand bijgevoegd)
[[p:Daan]]: dit is de buurvrouw van opa, voor in jullie telefoon
=====
Jij: Ik ben om 10 bij meneer [[p:Sultani]], heb je het lijstje?
[[p:Zarmina]]: ja: rijst 5 kg (zak van de Turkse supermarkt), uien, tomaten, yoghurt, naan, thee. halal vlees van de slager op de Leyweg
Jij: 👍 en geld?
[[p:Zarmina]]: hij betaalt je contant, hij wil niet pinnen
[[p:Zarmina]]: zijn adres is [[a:Laan van Wateringse Veld 611]] maar het is veranderd, nu [[a:Meester van der Eerdenlaan 48]] (bewerkt)
=====
[[p:Sonja]] 🌻: vanmiddag met [[p:Marie-José]] naar het strand geweest in haar rolstoel, ze heeft zo gelachen 😍🌊
[[p:Sonja]] 🌻: <Media weggelaten>
[[p:Bert]]: prachtig!!
=====
[[p:Ruth]] ({{r:buurtcoach}} {{o:Stichting MOOI}}): Goed nieuws: de huurachterstand van hooyo [[p:Ubah]] is in een regeling. Dank [[p:Fadumo]] voor het snelle doorsturen! Er komt ook een {{r:budgetcoach}}.
[[p:Ifrah]]: alhamdulillah 🙏🏾
=====
[[p:Rinus]]: [[p:Ad]] vroeg of iemand zijn computer kan maken, hij krijgt zijn mail niet meer. Zijn mailadres is [[e:advandam1946@hetnet.nl]], het wachtwoord weet hij niet meer 🙃
[[p:Linda]]: mijn zoon is daar goed in, ik vraag het
=====
Locatie gedeeld: {{o:HMC Westeinde}}, Lijnbaan
[[p:Pim]] (maatje): hier staan we, ingang C, parkeergarage is vol dus ik sta bij de taxistandplaats
=====
[[p:Henk Vink]]: Meneer [[p:Chen]] is geweest, scan ging goed. Uitslag over 2 weken bij de {{r:uroloog}}, [[d:dinsdag 8 april]] 11.20. [[p:Xiaoling]] weet het
[[p:Xiaoling]]: 谢谢 [[p:Henk]]!! mijn ba zegt dat je te hard rijdt haha
=====
[[d:29-11-2024]] 20:00 - [[p:Ilona]]: wie heeft er nog kerstballen? voor de boom in de hal van het {{o:Jozef Israëlshuis}}
[[d:29-11-2024]] 20:02 - [[p:Pieter Storm]]: zolder vol 🎄
=====
Mevrouw [[p:Pattipeilohy]] belt steeds mijn nummer [[t:06 48 01 77 26]] 's nachts, ze is in de war denk ik. Wie kent haar familie?
=====
[[p:Joyce Maduro]]: mijn oom [[p:Eugène]] woont alleen op de [[a:Prins Hendrikstraat 135-3]] en valt vaak. de {{r:ergotherapeut}} zegt hij moet een alarmknop. weet iemand hoe dat werkt
[[p:Marleen Smit]]: via de {{o:Wmo}}! of bij {{o:Vitis}} kun je zelf een abonnement nemen
[[p:Joyce Maduro]]: dank je [[p:Marleen]] 🫶🏾
=====
[[d:10-10-2024]] 07:30 - [[p:Alaa]]: Goedemorgen. Mijn moeder heeft afspraak voor de ogen, [[d:vrijdag 18 oktober]] om 08.50 in {{o:Het Oogziekenhuis}} Rotterdam 😬 wie kan zo vroeg rijden?
[[d:10-10-2024]] 07:44 - [[p:Pim]] (maatje): Rotterdam is ver... ik kan, maar dan moeten we 7.30 weg
[[d:10-10-2024]] 07:46 - [[p:Alaa]]: geen probleem, ik zet wekker ⏰ [[a:Dr. Lelykade 21]] bij de vishal
=====
[[p:Willem]]: mw [[p:visser]] belde me dat ze de afstandsbediening kwijt is 😂 ik ga even zoeken
=====
[[p:Marjolein]]: hoi [[p:Bas]], kan jij [[d:do 22/5]] weer [[p:Mies]] doen? 10.30 [[p:Mies]] haar kapper
[[p:Bas van der Meer]]: 👍🏻
=====
[[[d:04-04-25]] 13:13:13] [[p:Gerda Post]]: lieve allemaal, ik stop met de groep want ik ga naar mijn dochter in Zwolle verhuizen 🥲 dank voor alles
[[[d:04-04-25]] 13:14:00] [[p:Cor]]: ohhhh [[p:Gerda]] we gaan je missen
[[[d:04-04-25]] 13:20:21] ‎[[p:Gerda Post]] heeft de groep verlaten
=====
[[d:31-12-2024]] 23:59 - [[p:Mo]]: 🎆🎆🎆 Gelukkig nieuwjaar buren!!! Dank voor alle hulp dit jaar
=====
[[p:Hassan]]: ik zoek iemand die mijn oom [[p:Abdelkader]] ({{w:Schilderswijk}}) elke vrijdag naar de moskee kan brengen. Hij is 84 en kan niet meer met de tram
[[p:Younes]]: ik rij toch elke vrijdag, waar woont hij
[[p:Hassan]]: [[a:Parallelweg 236]], hoek Koningstraat
[[p:Younes]]: komt goed insha'Allah
""")
# ---------------------------------------------------------------------------
# 10. Mixed: forms shared by mistake, mantelzorg families, Kijkduin/Mariahoeve/
#     Leidschenveen, Scheveningen, Stationsbuurt
# ---------------------------------------------------------------------------
add(r"""
[[p:Wouter]] (zoon): Even alle gegevens van pa voor de aanvraag bij het {{o:CIZ}}, dan hoef ik het niet steeds op te zoeken:
[[p:Johannes Cornelis Kuiper]]
geb. [[d:02-02-1938]]
BSN [[b:225 199 117]]
[[a:Oostduinlaan 75]]
[[pc:2596 JK]] Den Haag
{{r:huisarts}}: dr. [[p:Schipper]]
[[p:Marloes]] (dochter): fijn dat je het doet. Maar zet je dit ook ergens anders? Deze groep staat op de telefoon van tante [[p:Lidy]] en die laat hem overal liggen 😅
=====
[[p:Bep]]: [[p:Riet]] is gevallen in de hal!! ze zit op de grond
[[p:Gonnie]]: ik kom
[[p:Jopie]]: 112??
[[p:Gonnie]]: ze zegt niet nodig, ze kan opstaan met hulp. ik blijf bij haar. haar dochter [[p:Ellen]] bellen? iemand nummer?
[[p:Jopie]]: [[t:06 24 71 93 50]]
[[p:Gonnie]]: gebeld, ze komt. en ik heb de alarmcentrale van haar halsketting ingedrukt zodat het geregistreerd is
=====
hoi [[p:Marwa]] 👋🏽 ik ben [[p:Noor]] van de buurthulp. Ik kom [[d:zaterdag 17 mei]] om 11u bij je moeder op de [[a:Hoogeveenstraat 9]] voor de boodschappen. Klopt het adres?
=====
[[p:Stijn]]: heeft iemand zin om met meneer [[p:Winter]] te gaan wandelen? hij mag van de {{r:fysio}} weer 20 min per dag naar buiten
[[p:Emma]]: ik ga na mijn werk! 17.30 ok?
[[p:Stijn]]: perfect, hij woont [[a:Bankastraat 103]]
=====
Geachte buurtbewoners,

Namens de {{o:Bewonersorganisatie}} {{w:Mariahoeve}} willen we alle vrijwilligers bedanken voor de hulp afgelopen winter. Zonder jullie hadden veel ouderen in de flats aan de Ambachtsgaarde geen boodschappen gehad.

Vrijwilligersborrel: vrijdag 16.00 in {{o:Wijkcentrum Mariahoeve}}. Graag tot dan!
=====
[[p:Agnieszka]]: czy ktoś ma numer do Pani [[p:Basia]]? ik moet haar iets brengen
[[p:Bartek K]]: [[t:+48 601 728 440]] of [[t:06 87 12 45 09]], die laatste is NL
=====
[[d:15-07-2025]] 09:22 - [[p:Nicole]]: De {{r:wijkverpleegkundige}} vroeg of wij kunnen letten op meneer [[p:Prins]] op de [[a:Regentesselaan 74]] tijdens de hittegolf. Wie woont dichtbij?
[[d:15-07-2025]] 09:25 - [[p:Youssef]]: ik woon 3 deuren verder, ik ga elke middag even
[[d:15-07-2025]] 09:26 - [[p:Nicole]]: 🙏 check of hij drinkt, hij vergeet het
=====
[[p:Sophie]]: moeten we iets doen aan de 80e van [[p:Jan Blom]]? is [[d:12 oktober]]
[[p:Thomas]]: taart + kaart, ik regel
=====
[[p:Tessa]] wijkteam {{w:Stationsbuurt}}: Hoi allemaal! Ik zoek een vrijwilliger die met mevrouw [[p:Nguyen]] naar het {{o:Juridisch Loket}} wil gaan, [[d:maandag 23 juni]] 10.00. Ze spreekt Vietnamees en Engels
[[p:Thomas]]: Ik kan! Engels is ok
[[p:Tessa]] wijkteam {{w:Stationsbuurt}}: Top [[p:Thomas]] ik stuur je haar nr privé
=====
[[p:Wim de Vos]]: Vandaag 10 ouderen naar de markt gebracht, 3 rolstoelen, 1 scootmobiel en 0 ongelukken 🎉 top team!
=====
[[p:Carla]]: mijn moeder (mw. [[p:A. Hoogstraten]]) heeft nieuwe medicijnen, apotheek bezorgt niet meer op zaterdag. kan iemand op vrijdag ophalen bij de {{o:Apotheek Kijkduin}}? recept staat op naam, geb.datum [[d:04-06-1941]]
[[p:Peter]]: ik fiets er toch langs
=====
[[p:Mebrat]]: [[p:Rahel]] mijn moeder heeft brief van gemeente, ze moet naar keukentafelgesprek [[d:donderdag 27 februari]]. kun jij mee? zaaknummer [[z:WMO-25-002918]]
[[p:Rahel]]: ja natuurlijk. is het thuis?
[[p:Mebrat]]: ja thuis, [[a:Hildo Kropstraat 56]]
=====
[[d:08-05-2025]] 14:00 - [[p:Freek]]: wie heeft mijn nummer gegeven aan die mevrouw van het wijkteam
[[d:08-05-2025]] 14:05 - [[p:Marianne]] {{r:buurtconciërge}}: Dat was ik [[p:Freek]], omdat we ons zorgen maakten. Sorry als het je overviel. Ze wil alleen even kennismaken
[[d:08-05-2025]] 14:10 - [[p:Freek]]: ok. ze mag komen maar niet vroeg
=====
[[p:Kübra]]: anne's afspraak bij de {{r:neuroloog}} is verzet naar [[d:di 3 juni]], {{o:HMC Bronovo}} 9:40
[[p:Ayşe]]: ik kan niet, [[p:Emre]] moet rijden
[[p:Emre]]: ok ik neem vrij. wat is haar patiëntnummer, vragen ze altijd aan de balie
[[p:Kübra]]: [[z:7093315]]
=====
Buurtpreventie: vannacht is er ingebroken in de schuurtjes achter de Escamplaan. Doe je schuur op slot en meld verdachte zaken bij de politie (0900-8844).
=====
[[p:Ferdi]]: meneer [[p:Storm]] zijn auto is verkocht! €1.100 en hij is blij 😄 geld staat op zijn rekening
[[p:Lotte]]: goed gedaan [[p:Ferdi]]
=====
[[p:Priscilla]]: Dames en heren ik heb een vraag: mijn buurman [[p:Errol]] is net uit detentie en heeft niks, geen bed geen pannen. Wie heeft er iets over?
[[p:Wendy]]: ik heb een eenpersoonsbed 🛏️
[[p:Jurrien]]: pannen en borden heb ik
[[p:Priscilla]]: jullie zijn geweldig. Hij woont op de [[a:Zusterstraat 152]], ik kan het met jullie ophalen za
=====
Geheugensteuntje voor [[d:vrijdag 13 juni]]:
- 9.00 [[p:Joost]] haalt mw [[p:Groenewegen]] op ({{o:Bronovo}} bloedprikken)
- 11.00 [[p:Fatima]] boodschappen meneer [[p:Koning]]
- 14.00 [[p:Ans]] + [[p:Loes]] bij meneer [[p:de Haan]] (evaluatie thuiszorg)
=====
[[p:Anouk]]: [[p:Necati]] bey heeft vandaag de hele dag niet opengedaan, ik maak me zorgen. @[[p:Ali R.]] kun je [[p:Selin]] bellen?
[[p:Ali R.]]: ik heb hem net gesproken, hij sliep haha. Zijn gehoorapparaat lag op tafel 🙈 dank je [[p:Anouk]]!!
=====
[[p:Marianne]] ({{r:buurtconciërge}}): Mag ik vragen om in deze groep geen politiek te bespreken? Het is een groep voor burenhulp 🙂
=====
[[p:Lien Soetomo]]: tante [[p:Non]] heeft vandaag de indicatie gekregen voor het verpleeghuis. Ze gaat naar {{o:Rosenburgh}}. Haar nieuwe adres vanaf [[d:1 september]]: [[a:Zuidlarenstraat 8]], kamer 2.14 🥹
[[p:Robbie Wattimena]]: Oh dat is dichtbij, dan kunnen we nog op bezoek
=====
[[p:Gijs]]: wie heeft er een boormachine? meneer [[p:Bakker]] van [[a:Melis Stokelaan 1970]] wil een handgreep in de douche
[[p:Sevda]]: mijn man [[p:Orhan]] heeft er een, hij komt zaterdag
""")
# ---------------------------------------------------------------------------
# 11. Long threads and typos (numbers typed wrongly, mixed date notations)
# ---------------------------------------------------------------------------
add(r"""
[[d:07-03-2025]] 08:01 - [[p:Ans Hoek]]: Goedemorgen 🌷 planning komende week:
[[d:07-03-2025]] 08:01 - [[p:Ans Hoek]]: [[d:zat 8/3]] markt met de bus ([[p:Wim]])
[[d:07-03-2025]] 08:02 - [[p:Ans Hoek]]: [[d:ma 10/3]] boodschappen ([[p:Fatima]], [[p:Lisa]])
[[d:07-03-2025]] 08:02 - [[p:Ans Hoek]]: [[d:di 11-3]] meneer [[p:Koning]] naar de {{r:audicien}} ([[p:Joost]])
[[d:07-03-2025]] 08:03 - [[p:Ans Hoek]]: [[d:do 13.3]] koffieochtend in {{o:Wijkcentrum Segbroek}}
[[d:07-03-2025]] 08:10 - [[p:Lisa Kroon]]: ma kan ik pas na 3 uur, is dat goed?
[[d:07-03-2025]] 08:11 - [[p:Ans Hoek]]: prima
[[d:07-03-2025]] 08:30 - [[p:Joost]]: audicien is op de Weimarstraat toch? hoe laat
[[d:07-03-2025]] 08:31 - [[p:Ans Hoek]]: 11.15, bij de {{o:Specsavers}}. Hij heeft een garantiebewijs, ligt in zijn la
""")
add(r"""
[[d:12-06-2025]] 19:40 - [[p:Sharda]]: jongens, mama's bankpas is geblokkeerd, ze heeft 3x verkeerde pin ingetoetst 🙄
[[d:12-06-2025]] 19:41 - [[p:Vikash]]: welke rekening
[[d:12-06-2025]] 19:42 - [[p:Sharda]]: [[i:NL58INGB627132659O]]
[[d:12-06-2025]] 19:43 - [[p:Reshma]]: daar zit een O in ipv 0 maar ja die. ING bellen, 020 22 888 00. ze moeten mama zelf spreken
[[d:12-06-2025]] 19:45 - [[p:Vikash]]: ik ga morgen met haar naar het kantoor
=====
[[p:Semhar]]: [[p:Yohannes]], het {{o:UWV}} vraagt het BSN van je moeder opnieuw, ik heb [[b:13498925]] maar dat zijn 8 cijfers?
[[p:Yohannes]]: oh er mist een 1 vooraan: [[b:113498925]]. sorry, had het privé moeten sturen 😳
=====
[[p:Grietje]] 🐟: weet iemand het postcode van [[p:Aal]] en [[p:Arie]]? voor de kaart
[[p:Kees Pronk]]: [[a:Pluimstraat 19]], [[pc:2583 VJ]]
[[p:Grietje]] 🐟: dank je 💌
=====
[[p:Henny]]: [[p:Cor]] is opgenomen in {{o:Parnassia}}, afdeling ouderenpsychiatrie. Ik mag pas [[d:donderdag de 6e]] op bezoek 😢
[[p:Nadia]] (wijkteam): Sterkte [[p:Henny]]. Ik bel je morgen. Weet je dat je bij de {{r:mantelzorgconsulent}} terecht kunt voor je eigen verhaal?
[[p:Henny]]: dank je lieverd
=====
[[p:Mo]]: de fiets van [[p:Rachid]] zijn vader is gestolen voor de deur van [[a:Bilderdijkstraat 40-3]] 😡 heeft iemand iets gezien? zwarte gazelle met kinderzitje
[[p:Evelien]]: camera van de buren misschien?
[[p:Mo]]: ik vraag het
=====
Voor alle nieuwe leden: welkom! 🙌 Stel je even voor met je voornaam, je straat en wat je zou willen doen. Telefoonnummers en huisnummers hoeven niet in de groep.
=====
[[p:Wim de Vos]]: Aan [[p:Truus]] haar deur hangt een briefje van {{o:Stedin}} dat ze de meter komen vervangen [[d:woensdag 9 april]] tussen 8 en 13. Zal ik erbij zijn?
[[p:Ans Hoek]]: ja graag, ze laat anders niemand binnen
=====
[[p:Liselot]]: opa [[p:Henk]] heeft weer een brief van de {{o:Belastingdienst}}, aanslag waterschapsbelasting? Hij snapt het niet. Aanslagnummer [[z:2025.47.118.60.3]]
[[p:Daan]]: is van {{o:Delfland}} waarschijnlijk, niet belasting. Ik kijk zondag
=====
[[p:Yasmina]]: mijn schoonmoeder [[p:Fatna El Khatib]] heeft een nieuwe {{r:huisarts}} nodig, de oude stopt. Weet iemand een praktijk die nog patiënten aanneemt in {{w:Bomenbuurt}}?
[[p:Anke]]: die op de Thomsonlaan neemt nog aan volgens mij, gewoon bellen
[[p:Yasmina]]: dank je!
=====
[[p:Pieter Storm]]: wie kan helpen met de belastingaangifte van meneer [[p:Wolf]]? hij heeft alle papieren in een schoenendoos 📦
[[p:Ilona]]: [[p:Bram]] is boekhouder toch?
[[p:Bram]]: ja ik kan [[d:zondag 30 maart]] kijken. wel DigiD nodig
=====
[[p:Abdel]]: meneer [[p:Boumediene]] was vanochtend heel zwak na de dialyse. ik heb hem naar boven geholpen maar ik vertrouw het niet
[[p:Ineke]]: bel zijn dochter [[p:Nadia Boumediene]] [[t:06-49 33 12 76]]
[[p:Abdel]]: gedaan, ze komt om 12 uur
=====
Oma [[p:Lien]] 👵🏽 heeft [[p:Kevin]] toegevoegd
[[p:Kevin]]: hoi allemaal, ik ben de kleinzoon van [[p:Lien]] 😊 dank dat jullie haar helpen
=====
[[p:Zarmina]]: meneer [[p:Sultani]] zijn zoon [[p:Farid]] komt uit Afghanistan naar hier via gezinshereniging 🙏 hij landt [[d:28 augustus]] op Schiphol. Wie kan rijden?
[[p:Pim]] (maatje): Schiphol! Ik, als jij meegaat voor vertalen
[[p:Zarmina]]: natuurlijk
=====
Tikkie van [[p:Femke]]: €5,00 voor "bloemen [[p:Riet]] 90 🌸" – betaal via de link
=====
[[p:Hendrik]]: voor de dagtocht: mw [[p:kok]] heeft een rollator, mw [[p:Visser]] moet om de 2 uur naar het toilet en meneer [[p:Chaudhry]] eet geen varkensvlees. Ik heb het doorgegeven aan de {{o:Zonnebloem}} coördinator [[p:Gerda Hamer]] ([[e:g.hamer@zonnebloem-vrijwilligers.nl]])
=====
[[p:Saskia]] wijkteam: Dank jullie allemaal voor de hulp bij meneer [[p:van Dam]]. Hij gaat vanaf volgende week naar de huiskamer van {{o:Humanitas}} op dinsdag en donderdag. [[p:Rinus]] en [[p:Linda]] zijn zijn vaste contactpersonen in de straat 🙂
=====
[[p:Reshma]]: BSN van mama voor de apotheek is [[b:46905608e]]... ik bedoel [[b:469056083]] 🙈 typen in het donker. Ik stop ermee 😵
[[p:Sharda]]: haha ga slapen
""")
# ---------------------------------------------------------------------------
# 12. Word-like names, forms for transport passes, e-mail addresses
# ---------------------------------------------------------------------------
add(r"""
[[p:Roos]] heeft een roos meegenomen voor mw [[p:Winter]], deze winter valt haar zwaar 🌹
=====
Aanvraag Regiotaxipas (ingevuld, ter controle):
Naam: [[p:G.H. Koolhoven]]
Adres: [[a:Goudsbloemlaan 88]]
Postcode: [[pc:2565CP]]
Geboortedatum: [[d:11-11-1936]]
Wmo-nummer: [[z:W-2025-07731]]
Contactpersoon: [[p:Ilse Koolhoven]], [[e:ilse.koolhoven@gmail.com]], [[t:06-19 48 22 07]]
[[p:Rob]]: ziet er goed uit, stuur maar op
=====
[[p:ans]]: [[p:hoek]] hier 😄 ik sta op de hoek bij de bakker, wie komt er nog
[[p:joost]]: 2 min
=====
Voor vragen over de kerstpakketten: [[e:info@buurthuisdekraaienhoek.nl]] of bel het buurthuis (algemeen) 070 311 40 00
=====
[[p:Paula]] (wijkteam {{w:Bezuidenhout}}): [[p:Karin]], het formulier voor de logeeropvang van [[p:Theo]] mag je mailen naar [[e:p.dekoning@wijkteamsdenhaag.nl]]. Zet in het onderwerp alleen zijn initialen ([[p:T.R.]]) en [[z:BZH-2025-0412]] 🙂
=====
[[p:Gonnie]]: adressen voor de kerstkaarten van de flat
[[p:Riet]] [[p:Verschoor]] – [[a:Kijkduinsestraat 650]], [[pc:2554 EL]]
[[p:Bep]] – [[a:Kijkduinsestraat 652]]
[[p:Kurt]] [[p:Schmidt]] – [[a:Kijkduinsestraat 702]]
allemaal [[pc:2554 EL]] behalve [[p:Kurt]], die is [[pc:2554 EM]]
=====
[[p:bakker]] van 3 hoog zegt dat de visser op de markt geen schol meer heeft 🐟 dus [[p:Kok]] krijgt kabeljauw
=====
Mevrouw [[p:Tahapary]] heeft een nieuwe {{r:thuiszorgmedewerker}}, [[p:Angel]]. Ze is er blij mee 😊 "eindelijk een engel" zegt ze haha
=====
[[d:23-04-2025]] 21:12 - [[p:Marisol]]: Mama heeft het toekenningsbesluit van de bijzondere bijstand 🎉 €640 voor de wasmachine. Gaat naar [[i:NL04 TRIO 2888 4186 30]], haar rekening. Dank [[p:Jeroen]]!!
[[d:23-04-2025]] 21:15 - [[p:Bouchra]]: yesss 🙌
[[d:23-04-2025]] 21:16 - [[p:Hamid]] 🔧: ik sluit hem aan als hij komt
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


def check_span(sp):
    t, lab = sp["text"], sp["label"]
    if lab == "bsn" and t not in BAD_ON_PURPOSE:
        assert bsn_ok(t), ("bad bsn", t)
    if lab == "iban" and t not in BAD_ON_PURPOSE:
        assert iban_ok(t), ("bad iban", t)
    if lab in ("date", "address"):
        assert re.search(r"\d", t), (lab, t)
    if lab == "phone":
        assert len(re.sub(r"\D", "", t)) >= 9, ("short phone", t)
    if lab == "postcode":
        assert re.fullmatch(r"[1-9]\d{3} ?[A-Z]{2}", t), ("postcode", t)
    if lab == "email":
        assert "@" in t, ("email", t)


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
            check_span(sp)
        rows.append({"id": "h128-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout128.jsonl")
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
        "max chars",
        max(len(r["text"]) for r in rows),
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
