#!/usr/bin/env python3
"""Held-out test corpus 75: texts of social neighbourhood teams (wijkteams,
buurtteams, sociale teams, gebiedsteams) in municipalities outside Den Haag.

Texts are written with inline markup and stripped programmatically, so every
offset is right by construction:
  [[p:...]] person   [[b:...]] bsn      [[t:...]] phone   [[e:...]] email
  [[i:...]] iban     [[pc:...]] postcode [[a:...]] address [[d:...]] date
  [[dos:...]] dossier
  {{w:...}} wijk     {{o:...}} org      {{r:...}} role
Running this script writes heldout75.jsonl next to itself (deterministic,
stdlib only) and verifies offsets, overlaps, BSN 11-check and IBAN mod-97.
"""

import json
import os
import re
import sys
from collections import Counter

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "dos": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

TEXTS = []

# ---- chunk 1: Noord-Nederland (Groningen, Friesland, Drenthe) ----
TEXTS += [
    r"""
Rapportage huisbezoek [[d:di 14-5]] — {{w:Vinkhuizen}}
Aanwezig: mw. [[p:Hiltje Zuidema]] (cliënt), dochter [[p:Tjitske]] en ik ([[p:Remco]], {{o:WIJ Vinkhuizen}}).
Mw woont sinds 2019 alleen op de [[a:Siersteenlaan 213]], lift is vaak stuk en ze komt dan dagen niet buiten. Sinds het overlijden van haar man [[p:Jan]] is de post blijven liggen: ongeopende brieven van {{o:Lefier}}, {{o:Menzis}} en het {{o:CJIB}}. [[p:Tjitske]] wil helpen maar woont in Delfzijl en heeft zelf drie kinderen.
Afspraak: ik kom [[d:dinsdag 21 mei]] terug met de {{r:schuldhulpverlener}}, mw zoekt tot die tijd alle enveloppen bij elkaar in een doos.
""",
    r"""
Van: [[e:s.dijkstra@gebiedsteamleeuwarden.nl]]
Aan: Sociaal Raadslieden
Onderwerp: aanmelding dhr. [[p:Hoekstra]]

Beste collega's,

Hierbij meld ik dhr. [[p:Wiebe Hoekstra]] (geb. [[d:03-09-1958]]) aan voor hulp bij bezwaar tegen de stopzetting van zijn WW. Meneer woont aan de [[a:Valeriusstraat 41]], [[pc:8913 CT]] Leeuwarden ({{w:Vrijheidswijk}}). Hij is telefonisch slecht bereikbaar, beter via zijn zus [[p:Baukje de Haan]], [[t:06-41 87 22 09]]. Toestemmingsverklaring is getekend op [[d:2-4-'24]].

Met vriendelijke groet,
[[p:Sietske Dijkstra]]
{{r:maatschappelijk werker}} {{o:Gebiedsteam Leeuwarden-Oost}}
""",
    r"""
ff kort: mw [[p:visser]] vanochtend gebeld, geen gehoor. haar man was vroeger visser in Lauwersoog, nu in {{o:Dignis}} voor dagbesteding. morgen nog een poging, anders briefje in bus [[a:Oosterparkweg 96a]].
""",
    r"""
Overdracht [[p:Gerda]] → [[p:Marloes]] (ik ben vanaf [[d:1 juli]] met verlof)

Casus fam. [[p:Postma]], [[a:Kluiverboom 27]], {{w:Lewenborg}}. Dossiernr [[dos:WIJ-2024-03318]].
- [[p:Klaas Postma]] (49), vader, depressieve klachten, in beeld bij {{o:Lentis}}, {{r:POH-GGZ}} is [[p:Anneke Vos]].
- [[p:Ilse]] (46), moeder, werkt 24 u in de thuiszorg bij {{o:Zorggroep Noorderboog}}? Check, ik denk {{o:Cosis}}.
- zoon [[p:Stijn]] (15), schoolverzuim, {{r:leerplichtambtenaar}} is betrokken.
Lopend: aanvraag bijzondere bijstand voor nieuwe wasmachine, besluit verwacht rond [[d:15 juli]]. [[p:Ilse]] belt zelf liever dan dat ze mailt: [[t:06 2874 1130]].
""",
    r"""
hoi [[p:Remco]] met [[p:Hiltje]]. ik heb de doos klaar met alle brieven. er zit ook een brief bij van de deurwaarder, meneer [[p:Van der Molen]], dat hij de [[d:28ste juni]] komt. ik ben bang. kan je eerder komen? groetjes
""",
    r"""
Verslag MDO {{w:Selwerd}}, [[d:donderdag 6 juni 2024]]
Aanwezig: [[p:Pieter]] ({{r:wijkagent}}), [[p:Fenna Bosma]] ({{r:wijkverpleegkundige}}, {{o:Buurtzorg}}), [[p:Jeroen]] ({{o:Nijestee}}, {{r:huismeester}}), [[p:Sanne]] ({{o:WIJ Selwerd}}, vz), [[p:Rachida]] (notulen).
1. Mw. [[p:B.]], [[a:Pleiadenlaan 15-7]]: stankoverlast, vervuiling. [[p:Fenna]] ziet tekenen van beginnende dementie. {{r:Huisarts}} dr. [[p:Kruize]] wordt gevraagd een verwijzing naar de {{r:casemanager dementie}} te doen.
2. Dhr. [[p:Alemu]] en de jongeren in de portiek: [[p:Pieter]] heeft 2x een gesprek gehad. Geen strafbare feiten.
Volgende MDO: [[d:4 juli]], 9.30 u.
""",
    r"""
Cliënt: [[p:Abrehet Tesfay]]
BSN: [[b:796708757]]
Adres: [[a:Eikenlaan 62]], [[pc:9741 EB]] Groningen
Telefoon: [[t:06-19302874]] (Tigrinya, {{r:tolk}} nodig via {{o:GlobeTalk}})
Vraag: hulp bij aanvraag huurtoeslag en inschrijving {{o:DUO}} voor inburgering. Haar zoon [[p:Filmon]] (7) gaat naar groep 4 in {{w:Paddepoel}}.
Notitie {{r:consulent}}: mw is slim en leergierig, heeft vooral uitleg nodig hoe post werkt.
""",
    r"""
Beste [[p:Jelle]],

Zoals vanmorgen besproken stuur ik je het overzicht van de schulden van mw. [[p:Jansje Wiersma]] (dossier [[dos:PG-24-0871]]). Ze heeft een spaarpot bij de {{o:Rabobank}}, rek. [[i:NL46RABO0112180503]], maar daar staat nog € 212 op. Haar vaste lasten lopen via [[i:NL86INGB0001012413]].
Graag een afspraak na [[d:20 mei]], want dan is haar kleindochter [[p:Romy]] terug uit Spanje; zij wil erbij zijn.

Groet,
[[p:Annemiek]]
{{r:budgetcoach}} {{o:Plangroep}}
""",
    r"""
Notitie telefoongesprek [[d:19-3-24]]
Gebeld met {{o:Actium}} (mevr. [[p:Brinkman]], {{r:woonconsulent}}). Huurachterstand van dhr [[p:Lubbers]], [[a:Lariksstraat 8]] ({{w:Lariks}}), bedraagt 4 maanden. Corporatie wil vonnis aanvragen maar wacht als er binnen 2 weken een betalingsregeling is. Meneer mag bellen op [[t:0592 34 41 80]], toestel van mw. [[p:Brinkman]] zelf.
""",
    r"""
Dictaat [[p:Jolanda]] ingesproken ma avond
client meneer [[p:de jong]] van de [[a:bedumerweg 140]] komma nog steeds geen gas punt {{o:vattenfall}} heeft afgesloten op [[d:elf maart]] punt hij stookt met een elektrisch kacheltje punt dochter [[p:annie]] weet er niks van punt actie voor mij bellen met {{o:Vattenfall}} klantnummer [[dos:500 381 227]] en vragen om heraansluiting via noodfonds punt einde
""",
    r"""
Aan: wijkteam {{w:Emmerhout}}
Van: [[p:Ramona Schuiling]], {{r:intern begeleider}} {{o:obs De Vlonder}}

Wij maken ons zorgen over [[p:Dylan]] en [[p:Kayleigh]] [[p:Hulshof]] (groep 3 en 6). Ze komen vaak zonder ontbijt en zonder jas. Moeder ([[p:Mandy]]) is op school aardig maar ontwijkt gesprekken. Het adres is [[a:Houtsnip 44]], [[pc:7812 LM]] Emmen. Vader zit volgens de kinderen "in de bak". Wilt u contact met ons opnemen? Ik ben bereikbaar op [[t:0591-619 204]] of [[e:r.schuiling@obsdevlonder-emmen.nl]].
""",
    r"""
Teamoverleg {{o:Sociaal Team Assen}} – korte punten
- [[p:Henk]] is terug van ziekteverlof, neemt casus [[p:Latumahina]] weer over van [[p:Noor]].
- Aanmelding [[p:Sahetapy]] ({{w:Kloosterveen}}): blijft bij {{o:Jeugdbescherming Noord}}, wij sluiten af.
- [[p:Roos]] vraagt aandacht voor de wachtlijst {{o:GGZ Drenthe}}: 14 weken.
- Vakantie: niemand tussen [[d:22 juli]] en [[d:2 augustus]] op locatie, dienst via centraal nummer.
""",
    r"""
Gespreksverslag keukentafelgesprek Wmo
Datum: [[d:12 februari 2024]]   Zaaknummer: [[dos:Z/24/018472]]
Aanvrager: dhr. [[p:Geert Kuipers]], geb. [[d:17-11-1941]], [[a:Hoofdweg 211]], [[pc:9617 AE]] Harkstede
Aanwezig: dhr. en zijn schoonzoon [[p:Martin Veenstra]] ([[t:06-5310 8846]]).
Hulpvraag: douchen lukt niet meer zelfstandig, trap is een probleem. Dhr. wil niet naar een verzorgingshuis. {{r:Wmo-consulent}} [[p:C. Smit]] adviseert trapliftonderzoek door de {{r:ergotherapeut}} en huishoudelijke ondersteuning 2,5 uur per week.
""",
    r"""
whatsapp van [[p:Baukje]] (zus dhr [[p:Hoekstra]]), [[d:do 18 april]] 21:14
"[[p:Wiebe]] wil niet meer naar de afspraak bij het {{o:UWV}}. Hij zegt dat ze hem toch niet geloven. Kan [[p:Sietske]] hem misschien ophalen? Hij woont nog steeds op 41 hoor 😊"
→ ik antwoord morgen, [[p:Sietske]] is ingeroosterd.
""",
    r"""
Casusbeschrijving (geanonimiseerd? NEE, intern)
[[p:Rasha Haddad]] (34) kwam in 2021 met haar twee kinderen vanuit azc Zweeloo naar {{w:Bargeres}}. Haar man [[p:Maher]] kwam een jaar later via gezinshereniging. Sinds oktober 2023 is er spanning in huis; mw. belde [[d:9 jan]] huilend de {{r:wijkcoach}}. {{o:Veilig Thuis Drenthe}} is geconsulteerd (consultnummer [[dos:VT-DR-24-00152]]), geen melding gedaan. Mw. wil met [[p:Lina]] en [[p:Omar]] in huis blijven en vraagt vooral om steun bij het gesprek met haar man.
""",
    r"""
Hoi [[p:Marloes]],
Nog iets wat ik vergat in de overdracht: [[p:Ilse Postma]] heeft een afspraak bij {{o:Plangroep}} op [[d:vrijdag 12 juli]] om 10.00. Zij heeft gevraagd of er iemand mee kan. Kun jij dat? Anders vraag even [[p:Bertus]] van de vrijwilligers.
Gr [[p:Gerda]]
""",
    r"""
[[d:27/02]] tel. gesprek {{r:huisarts}} [[p:Van Dijk]] ({{w:De Hoogte}}). Pt [[p:Mohammed El Amrani]] is gisteren opgenomen in {{o:Martini Ziekenhuis}} na val. Alleenstaand, geen netwerk in NL bekend behalve neef [[p:Youssef]] in Hoogezand. Ontslag waarschijnlijk begin volgende week. HA vraagt ons thuissituatie te checken op [[a:Noorderbinnensingel 88-b]].
""",
    r"""
Aanmelding {{o:Schuldhulpmaatje}} Friesland
Naam: [[p:Tamara Sikkema]]
Adres: [[a:Anne Vondelingstraat 9]] — [[pc:8921 JR]] Leeuwarden
Tel.: [[t:058 - 288 19 47]]
E-mail: [[e:tamarasikkema87@hotmail.com]]
Aangemeld door: {{r:maatschappelijk werker}} [[p:S. Dijkstra]]
Schulden ca. € 8.400, o.a. {{o:Wehkamp}}, {{o:Ziggo}}, {{o:Belastingdienst}} (terugvordering kinderopvangtoeslag). Mw. is gemotiveerd, werkt 20 uur bij de {{o:Jumbo}}.
""",
    r"""
Evaluatie plan van aanpak – fam. [[p:Pattiasina]], {{w:Pittelo}}
Periode [[d:1-2-2024]] t/m [[d:30-4-2024]].
Doel 1 (huur op tijd): behaald, 3 maanden op rij betaald via automatische incasso van rekening [[i:NL24RBRB0179002916]].
Doel 2 (dagbesteding opa [[p:Johannes]]): deels. Hij gaat 1 dag per week naar de Molukse ouderensoos, wil niet naar {{o:Icare}}.
Doel 3: [[p:Chenoa]] (17) is gestart met BBL-opleiding via {{o:Alfa-college}}.
Afsluiten? Team stelt voor: nog 2 maanden lichte begeleiding door [[p:Noor]].
""",
    r"""
Van: [[p:Anita Ramsaran]] <[[e:anita.ramsaran@live.nl]]>
Verzonden: [[d:maandag 3 juni 2024]] 08:12
Onderwerp: RE: afspraak

Goedemorgen mevrouw [[p:De Boer]],
Ik kan deze week niet omdat mijn moeder in het ziekenhuis ligt in Paramaribo en ik misschien moet vliegen. Ik heb ook nog niet de papieren van de {{r:bewindvoerder}}. Kunnen we na [[d:17 juni]]? Mijn nummer is veranderd het is nu [[t:+31 6 8472 1190]].
Groetjes [[p:Anita]]
""",
    r"""
Signaal van {{o:Elkien}} ({{r:woonconsulent}} [[p:Durk Terpstra]]): bij [[a:Sminiaweg 4]] in Heerenveen hangen al twee weken de gordijnen dicht, brievenbus puilt uit. Bewoner mw. [[p:Grietje Hofstra]], 81 jaar. Geen contactpersoon bekend bij {{o:Elkien}}. Collega [[p:Hylke]] en ik gaan er vanmiddag ([[d:16 mei]]) samen langs.
""",
    r"""
Notulen wijknetwerk {{w:Korrewegwijk}}, [[d:woensdag 10 april]]
Aanwezig o.a. {{o:WIJ Korrewegwijk}}, {{o:De Huismeesters}}, {{o:Humanitas}}, kerk {{w:Korrewegwijk}}, buurtvereniging.
- Voedselbankuitgifte verhuist naar het buurthuis aan de Korreweg.
- Buurtbewoner [[p:Kees Mulder]] wil een repair-café starten; contact via [[e:keesmulder@ziggo.nl]].
- Zorg over eenzame ouderen in de flats aan de Bedumerweg. {{o:Humanitas}} zoekt vrijwilligers.
- Volgende keer spreekt [[p:Wendy]] ({{r:opbouwwerker}}) over het buurtbudget.
""",
    r"""
Intake {{o:Sociaal Wijkteam Emmen}}
Cliënt [[p:Dorota Wójcik]] ({{w:Angelslo}}), 41, woont met partner [[p:Tomasz Nowak]] en dochter [[p:Zuzanna]] (4). Werkzaam via uitzendbureau bij slachterij. Partner heeft sinds [[d:12 maart]] geen werk. Vragen: schulden, huisvesting (kamer boven café is te klein, huisbaas [[p:Arends]] dreigt met ontruiming), zorgverzekering loopt niet.
BSN mw: [[b:151447597]]. Contact in het Pools via [[p:Agnieszka]] ({{r:tolk}}) of Engels. Tel mw: [[t:+48 512 330 871]] (Pools nummer!) en [[t:06 38 91 20 47]].
""",
    r"""
Aantekening [[p:Noor]]: opa [[p:Johannes]] belde zelf. Hij was boos dat "dat meisje van de gemeente" over hem praat met zijn kleinkinderen. Uitgelegd dat [[p:Chenoa]] zelf toestemming heeft gegeven. Hij wil voortaan alleen met mij bellen op zijn vaste nummer [[t:0592-351477]].
""",
    r"""
Verwijzing huisartsenpraktijk {{w:Beijum}}
Betreft: [[p:Eyerusalem Haile]], geb. [[d:14.08.1990]]
Adres: [[a:Wibenaheerd 161]], [[pc:9736 PG]] Groningen
Geachte collega's van {{o:WIJ Beijum}},
Mevrouw heeft sinds de bevalling van haar dochter [[p:Semhar]] (nu 9 mnd) slaapproblemen en somberheid. Ze staat er alleen voor; vader van het kind is onbekend/niet in beeld. Ik verwijs naar jullie voor praktische ondersteuning en een maatje. De {{r:POH-GGZ}} start parallel.
Met collegiale groet,
[[p:R. Bakker]], {{r:huisarts}}
""",
    r"""
[[p:Dorota]] belde: [[p:Arends]] heeft het slot vervangen terwijl zij bij de slachterij was. [[p:Tomasz]] staat buiten met [[p:Zuzanna]]. {{o:Politie}} ingeschakeld (illegale ontruiming). Noodopvang voor vannacht geregeld via {{o:Leger des Heils}}, [[a:Weerdingerstraat 50]]. Morgen [[d:do 23/5]] 9u overleg met {{r:teamleider}} [[p:Erik]].
""",
    r"""
Bericht van [[p:Wendy]] in de teamapp:
"wie kent meneer [[p:Storm]] uit de flat aan de Vinkenstraat? hij zegt dat hij 'een van jullie' heeft gesproken in maart"
[[p:Remco]]: "dat is [[p:Storm]] van [[a:Vinkenstraat 12]] toch? die zat bij mij, afgesloten in april, doorverwezen naar {{o:VNN}}"
""",
]

# ---- chunk 2: Oost-Nederland (Twente, Salland, Veluwe, Arnhem, Nijmegen) ----
TEXTS += [
    r"""
SCHULDENOVERZICHT (concept)  –  cliënt: [[p:R. Nijhuis]]  –  dossier [[dos:SON-2024-11873]]
opgesteld door {{r:schuldhulpverlener}} [[p:Mirjam Leferink]], {{o:Stadsbank Oost Nederland}}, [[d:22-04-2024]]

schuldeiser                         kenmerk                  bedrag
{{o:Domijn}} (huur)                 huurcontract [[dos:40712-0031]]     € 2.184,60
{{o:Menzis}} (premie)               relatienr. [[dos:118 227 640]]    €   946,12
{{o:CJIB}}                          [[dos:2023 4471 9902 6614]]       €   390,00
{{o:Belastingdienst/Toeslagen}}     [[dos:TS-7741.03.208]]            € 3.020,00
{{o:Essent}}                        klantnr [[dos:2019884410]]          €   612,75
Totaal ca. € 7.150. Inkomen: Participatiewet, uitbetaling op [[i:NL57ABNA0734127641]].
Vrij te laten bedrag nog berekenen. Dhr. heeft ook nog een lening bij zijn broer [[p:Martijn]] (mondeling, € 1.500).
""",
    r"""
Gespreksverslag [[d:woensdag 8 mei]], {{w:Velve-Lindenhof}}
Met: [[p:Meryem Aydın]] en haar zoon [[p:Emre]] (19). Ik: [[p:Joost]], {{r:wijkcoach}} {{o:Sociaal Wijkteam Enschede-Zuid}}.
[[p:Meryem]] is sinds het overlijden van haar man [[p:Hüseyin]] in februari de weg kwijt in de papieren. [[p:Emre]] deed altijd de vertaling, maar hij start in september met een opleiding in Zwolle en wordt moe van de rol. Samen de post doorgenomen: aanslag gemeentelijke belastingen (kwijtschelding aanvragen), brief {{o:SVB}} over nabestaandenuitkering (ANW), brief van {{o:Domijn}} over de huurverhoging.
Afgesproken dat mw. een maatje krijgt via {{o:Humanitas Twente}} en dat ik de ANW-aanvraag met haar afrond.
Adres voor de zekerheid: [[a:Lasondersingel 171]], [[pc:7514 BR]] Enschede. Mw. tel. [[t:053 - 431 60 02]], [[p:Emre]] [[t:06-24 51 88 73]].
""",
    r"""
Berichtje dhr. [[p:Nijhuis]] (sms) [[d:25-4]]:
ik heb die brief van {{o:menzis}} niet meer. heb hem weggegooid sorry. en mijn broer wil zijn geld terug voor 1 juni. kan dat in de regeling? [[p:Rob]]
""",
    r"""
Aan: Sociaal Wijkteam {{w:Holtenbroek}}
Cc: [[e:wijkverpleging.zwolle-noord@carinova.nl]]
Onderwerp: zorgen over dhr. [[p:Van Hattem]], [[a:Palestrinastraat 33]]

Hallo allemaal,
Als {{r:wijkverpleegkundige}} van {{o:Carinova}} kom ik 2x per dag bij dhr. [[p:Van Hattem]] (82) voor medicatie. Sinds een paar weken staat er bijna altijd een jongeman in huis die zegt dat hij "de neef" is, [[p:Dennis]]. Dhr. zegt dat [[p:Dennis]] zijn pinpas heeft "om boodschappen te doen". Het saldo is volgens dhr. ineens heel laag. Ik vermoed financiële uitbuiting.
Kunnen jullie contact opnemen? Ik ben er morgen weer om 8.15.
Groet, [[p:Lotte Wesselink]]
[[t:06 11 93 04 56]]
""",
    r"""
Casusoverleg Sociaal Team {{w:Rivierenwijk}} Deventer – [[d:di 2 juli 2024]]
Casus 1: [[p:Ahmad Rahimi]] (39), [[a:IJsselstraat 17-A]]. Dhr. kwam in 2016 uit Afghanistan, woont alleen, werkt niet door rugklachten. {{o:UWV}} heeft WIA afgewezen, bezwaar loopt via {{o:Juridisch Loket}}. Dhr. is erg eenzaam; contact met vrouw [[p:Zahra]] en kinderen in Iran loopt via WhatsApp. [[p:Femke]] ({{r:maatschappelijk werker}}) heeft contact gelegd met de Afghaanse vereniging in Apeldoorn.
Casus 2: fam. [[p:Kamphuis]], {{w:Keizerslanden}}. Geen nieuws, moeder ([[p:Anja]]) wil afspraak verzetten naar [[d:16/7]].
Actie: [[p:Femke]] checkt of {{o:Dimence}} dhr. [[p:Rahimi]] kan zien zonder wachtlijst (screening POH).
""",
    r"""
Beste mevrouw [[p:Leferink]],

Hierbij de gevraagde gegevens:
BSN: [[b:746 068 979]]
Werkgever: geen (uitkering gemeente Enschede)
Zorgverzekering: {{o:Menzis}}, polisnummer [[dos:M-302118474]]
Rekeningnummer: [[i:NL 95 INGB 2734 3087 09]]
Ik heb ook de brief van de broer van [[p:Rob]] erbij gedaan.

Met vriendelijke groet,
[[p:Yvonne Scholten]] (partner van [[p:Rob Nijhuis]])
""",
    r"""
voicemail 14.40 ingesproken door mw. [[p:Bruggink]] uit {{w:Twekkelerveld}}: "Ja hallo met mevrouw [[p:Bruggink]], ik wou vragen of die meneer van de huishoudelijke hulp, [[p:Jurgen]], nou ook echt komt want hij is drie keer niet gekomen. Ik woon op de [[a:Tollenstraat 38]]. Belt u mij terug? [[t:053 4 35 77 19]]. Dank u wel."
> NB naam [[p:Bruggink]] in bericht, voor terugbellen.
""",
    r"""
Overdracht wijkteam {{w:Presikhaaf}} → {{o:Rijnstad}} (vrijwillige thuisadministratie)
Cliënt: mevr. [[p:Ioana Popescu]] (29), [[a:Hanzestraat 142]], [[pc:6826 MP]] Arnhem.
Samenstelling: mw. met zoontje [[p:Luca]] (2). Partner [[p:Florin]] werkt in Duitsland (vleesindustrie), komt om het weekend thuis.
Situatie: administratie is nu overzichtelijk, toeslagen lopen, kinderopvang geregeld. Wat nog moet: jaarlijks overzicht bewaren, aangifte IB 2023 ([[p:Florin]] heeft in DE gewerkt, dus ingewikkeld: advies via {{o:Belastingdienst}} grensteam).
{{r:Vrijwilliger}} wordt [[p:Ans van Beek]]. Eerste afspraak [[d:13 augustus]] om 19.00 bij mw. thuis. Mw. spreekt redelijk Engels en wat Nederlands; gebruik geen moeilijke woorden.
Contact mw: [[t:+40 723 118 904]] (Roemeens) of [[e:ioana.popescu92@yahoo.com]].
""",
    r"""
Hoi [[p:Femke]], [[p:Ahmad]] stond vanochtend bij de balie van het wijkcentrum. Hij had een brief van {{o:UWV}} (kenmerk [[dos:UWV/BZW/24/77812]]) met een hoorzitting op [[d:maandag 15 juli]]. Ik heb hem gezegd dat jij belt. Gr. [[p:Dirk]] (balie)
""",
    r"""
Melding via het meldpunt bezorgde burgers, gemeente Apeldoorn
Datum melding: [[d:02-05-2024]]
Melder: buurvrouw, wil anoniem blijven (bij ons bekend: [[p:Henny Brouwer]], [[t:055 521 09 38]])
Betreft: man van ca. 55 jaar, [[a:Anklaarseweg 104]], {{w:Zevenhuizen}}. Loopt 's nachts schreeuwend over straat, heeft vuilniszakken in de tuin opgestapeld, ramen beplakt met krantenpapier. Naam volgens melder: [[p:Ronald]] of [[p:Roland Wissink]].
Doorgezet naar {{o:Team Bemoeizorg Apeldoorn}}, {{r:GGZ-verpleegkundige}} [[p:Marco]] gaat morgen mee met {{r:wijkagent}}.
""",
    r"""
Notities mdo Nijmegen {{w:Dukenburg}}
aanw: [[p:Petra]] (swt), [[p:Kevin Peters]] ({{o:Talis}}), [[p:Bram]] ({{o:Pro Persona}} FACT), [[p:Sem]] ({{o:Bindkracht10}}), mw. [[p:Ozdemir]] afwezig
1) [[p:Zeynep Öztürk]], [[a:Meijhorst 70-12]]. overlast klachten buren over harde muziek en ruzie. {{o:Talis}} start procedure. [[p:Bram]]: mw is bekend bij FACT maar zorgmijdend, laatste contact [[d:12-2]]. [[p:petra]] gaat samen met [[p:Bram]] op huisbezoek.
2) [[p:Brian]] (23) uit de {{w:Tolhuis}}, zwerft, slaapt bij vrienden, geen inkomen. [[p:Sem]] kent hem van het jongerenwerk. Afspraak {{o:Werkplein}} [[d:vr 7 juni]].
""",
    r"""
Verwijsbrief
Aan: {{o:Sociaal Wijkteam Nijmegen-Oost}}
Van: {{r:praktijkondersteuner}} [[p:Hanneke Willems]], Huisartsenpraktijk {{w:Hengstdal}}
Datum: [[d:14 mei 2024]]

Betreft: dhr. [[p:Kwame Boateng]], geb. [[d:1 januari 1975]], [[a:Daalseweg 299]], [[pc:6521 GT]] Nijmegen, BSN [[b:323247921]].
Geachte collega,
Dhr. [[p:Boateng]] is bekend met diabetes type 2 en hypertensie. Hij vertelt steeds vaker dat hij zijn medicijnen niet kan betalen en dat hij soms maaltijden overslaat. Hij heeft een schuld bij zijn zorgverzekeraar en is bang dat hij wordt "afgesloten". Graag uw hulp bij schuldhulpverlening en eventueel voedselbank.
Zijn dochter [[p:Ama]] tolkt soms, tel. [[t:06-47209163]].
""",
    r"""
Aan [[p:Hanneke]]: dank voor je verwijzing. [[p:Kwame Boateng]] is [[d:21/05]] op intake geweest bij [[p:Stefan]], {{r:schuldhulpverlener}}. Hij krijgt een voedselbankpakket vanaf volgende week (uitgifte {{o:Voedselbank Nijmegen}}, locatie {{w:Hatert}}). Ik hou je op de hoogte. [[p:Nadia]] SWT Oost
""",
    r"""
Logboek ambulante begeleiding {{o:Tactus}}, cliënt [[p:Sander]] (regnr [[dos:TC-301187]])
[[d:ma 10/6]] – niet thuis, briefje. 
[[d:wo 12/6]] – [[p:S.]] opende de deur, veel flessen in de keuken. Gesproken over de rechtszaak van [[d:3 juli]]. Hij wil dat zijn moeder ([[p:Tineke]]) niets weet.
[[d:vr 14/6]] – samen boodschappen, pinpas geblokkeerd bij {{o:ING}}. Bellen vanaf zijn telefoon ([[t:06 3810 4477]]).
""",
    r"""
Hallo mevrouw, ik ben [[p:Iryna Kovalenko]], ik woon in de gemeentelijke opvang aan de [[a:Ruitersweg 12]] in Hengelo. Mijn dochter [[p:Sofiia]] heeft medicijnen nodig en ik heb geen geld meer sinds mijn leefgeld stopt. Ik heb uw nummer van [[p:Olena]]. Kunt u helpen? Dank u. [[p:Iryna]]
""",
    r"""
Intake sociaal wijkteam Hengelo — {{w:Berflo Es}}
Datum: [[d:8 april 2024]]
Cliënt: [[p:Iryna Kovalenko]] (Oekraïne), geb. [[d:23-02-1987]]
Kind: [[p:Sofiia]] (6)
Verblijf: tijdelijke bescherming; opvang gemeente, [[a:Ruitersweg 12]]. Leefgeld gestopt doordat mw. 12 uur per week werkt bij een schoonmaakbedrijf; salaris nog niet ontvangen.
Afspraken:
- Contact {{r:klantmanager}} opvang (mw. [[p:Groot Wassink]]) over overbrugging.
- {{r:jeugdverpleegkundige}} {{o:GGD Twente}} vragen over medicatie [[p:Sofiia]].
- mw. mag bellen naar [[t:074-2455 810]] (direct nummer [[p:Marieke]], {{r:consulent}}).
""",
    r"""
[[p:Femke]]: [[p:Rahimi]] was vandaag bij {{o:Dimence}}, screening. Uitkomst: ze willen hem wel zien maar pas na [[d:1 september]]. Hij raakte in paniek toen hij hoorde dat het zo lang duurt. Ik heb met hem afgesproken dat ik hem elke donderdag even bel.
""",
    r"""
Van: [[p:Kevin Peters]] ({{o:Talis}})
Aan: [[p:Petra]]
[[d:6 juni 2024]] 16:02
Hoi [[p:Petra]], de klachten over mw. [[p:Öztürk]] ({{w:Dukenburg}}) blijven binnenkomen. We plannen een gesprek op kantoor [[d:dinsdag 18 juni]] om 10 uur. Zou fijn zijn als jij of [[p:Bram]] aansluit. Huurachterstand is inmiddels € 1.940 (contractnummer [[dos:TAL-88302]]). Groet [[p:Kevin]]
""",
    r"""
Aantekening bewindvoering – {{o:Bewindvoering Oost B.V.}}
Cliënte: [[p:Agnes Lohuis]], [[a:Grotestraat 86-c]], [[pc:7607 CS]] Almelo
Beheerrekening: [[i:NL21SNSB1396324383]]
Leefgeldrekening: [[i:NL31ASNB6145257900]]
Leefgeld wordt elke maandag € 65 overgemaakt. Mw. vraagt extra voor verjaardag kleindochter [[p:Noa]] op [[d:20 juni]]. Akkoord € 25 eenmalig. Wijkteam {{w:Nieuwstraatkwartier}}, [[p:Wouter]], is op de hoogte.
""",
    r"""
Verslag huisbezoek dhr. [[p:Van Hattem]] – [[d:vr 17 mei]]
Samen met [[p:Lotte]] ({{o:Carinova}}). [[p:Dennis]] was er niet. Dhr. liet bankafschriften zien: in 3 weken € 2.300 opgenomen met zijn pas, veel in Zwolle-Zuid. Dhr. zegt eerst dat dat goed is, dan: "Die jongen is geen neef van me, het is een vriend van mijn overleden zoon [[p:Erwin]]."
Acties: pas laten blokkeren via zijn bank (samen gebeld), melding bij {{o:Veilig Thuis IJsselland}} (meldnummer [[dos:VT-IJ-2024-2291]]), aanvraag bewindvoering via de kantonrechter.
Dhr's nicht [[p:Henriëtte]] in Kampen wil {{r:mentor}}/bewindvoerder worden: [[t:038-3317402]].
""",
    r"""
Dictaat (spraak-naar-tekst, niet nagelezen)
Huisbezoek bij meneer [[p:bolscher]] aan de [[a:oldenzaalsestraat 212]] hij had een hele stapel brieven van de {{o:svb}} over zijn aow korting omdat hij jaren in Duitsland heeft gewerkt hij snapt het niet dochter [[p:marian]] woont in Gronau en komt een keer per maand volgende afspraak [[d:vierentwintig juni]] om tien uur dan ook [[p:marian]] erbij telefoon [[t:00 49 2562 81 33 07]]
""",
    r"""
Teamchat {{o:Sociaal Wijkteam Arnhem-Zuid}} ({{w:Malburgen}})
[[p:Sandra]] 09:12: heeft iemand de nieuwe telefoon van mw. [[p:Monteiro]]?
[[p:Tim]] 09:14: [[t:06 81 44 02 97]], had ze gister doorgegeven
[[p:Sandra]] 09:15: top. en het adres is nog [[a:Roerdompstraat 5]]?
[[p:Tim]] 09:15: ja. zoon [[p:Nelson]] woont er ook weer, pas uit de jeugdinrichting
[[p:Sandra]] 09:16: oké dan neem ik [[p:Yannick]] van {{o:Jeugdbescherming Gelderland}} even mee
""",
    r"""
Brief aan cliënt (verstuurd per post)

Aan: mevrouw [[p:N. Monteiro]]
[[a:Roerdompstraat 5]]
[[pc:6832 BH]] ARNHEM

Arnhem, [[d:11 juni 2024]]
Ons kenmerk: [[dos:SWT-AZ/2024/0641]]

Beste mevrouw [[p:Monteiro]],
Op [[d:4 juni]] hebben wij met u gesproken over uw zorgen om uw zoon. Zoals afgesproken melden wij u aan bij {{o:MEE Gelders Rivierenland}} voor begeleiding. Een {{r:consulent}} neemt binnen twee weken contact met u op.
Heeft u vragen? Bel mij op [[t:026 377 48 10]].
Met vriendelijke groet,
[[p:Tim de Wit]]
{{r:gezinscoach}}
""",
]

# ---- chunk 3: Brabant (Eindhoven, Tilburg, Breda, Den Bosch, Helmond, Oss) ----
TEXTS += [
    r"""
Verslag eerste gesprek – {{o:WIJeindhoven}}, team {{w:Woensel-West}}
Datum: [[d:dinsdag 9 januari 2024]]
Aanwezig: [[p:Priscilla Martina]] (cliënte), [[p:Shurandy]] (haar broer), [[p:Kim van de Ven]] ({{r:WIJ-coach}})

[[p:Priscilla]] (31) kwam in 2022 van Curaçao naar Eindhoven, samen met haar zoontjes [[p:Jayden]] en [[p:Jeremy]]. Ze woont in bij [[p:Shurandy]] op de [[a:Celebesstraat 48]], een 2-kamerwoning van {{o:Woonbedrijf}}. Ze staat niet ingeschreven op dat adres, omdat haar broer dan toeslagen kwijtraakt. Daardoor heeft zij geen BSN-gekoppeld adres, geen uitkering en geen zorgverzekering.
Afspraken: inschrijving regelen met briefadres (via {{o:Neos}}), daarna aanvraag Participatiewet. [[p:Kim]] belt met de {{r:consulent}} van {{o:Burgerzaken}}. Volgende afspraak [[d:16-01]] op het WIJ-kantoor.
Tel. [[p:Priscilla]]: [[t:+5999 561 2290]] (Curaçaos), werkt niet altijd; liever via [[p:Shurandy]] [[t:06-1842 7731]].
""",
    r"""
Hoi [[p:Hatice]],
Kun jij [[d:dinsdag 16 januari]] het gesprek met [[p:P. Martina]] ({{w:Woensel-West}}) overnemen? Ik zit dan op cursus. Alles staat in het dossier ([[dos:WIJ-EHV-2024-0093]]). Belangrijk: praat niet over haar ex ([[p:Giovanni]]) als de kinderen erbij zijn, en vraag of ze de brief van de {{o:IND}} al heeft.
Dankjewel! [[p:Kim]]
""",
    r"""
Overzicht inkomsten en uitgaven – mw. [[p:Schellekens]], [[a:Korvelseweg 230]], [[pc:5025 JJ]] Tilburg ({{w:Korvel}})
Rekening: [[i:NL53RABO0499217555]]   BSN: [[b:704901043]]
Inkomsten p/m: AOW € 1.372, aanvullende pensioen {{o:PFZW}} € 214, huurtoeslag € 188.
Uitgaven p/m: huur {{o:Tiwos}} € 712, energie {{o:Eneco}} € 165 (voorschot veel te laag, eindafrekening kwam op € 1.140 bij!), zorgverzekering {{o:CZ}} € 149, telefoon € 25, uitvaartverzekering € 18, kerkbijdrage € 10, contributie ouderenbond € 3.
Tekort ontstaat vooral door energie. Mw. stookt in 1 kamer. Advies: energiecoach ({{o:ContourdeTwern}}), voorschot verhogen, betalingsregeling {{o:Eneco}} (klantnummer [[dos:3004198875]]). Zoon [[p:Ad]] helpt met internetbankieren, [[e:ad.schellekens@gmail.com]].
""",
    r"""
app mw. [[p:Çelik]] aan [[p:Lisanne]] ({{r:sociaal werker}}), [[d:zo 3 maart]] 22:47:
"[[p:Lisanne]] sorry dat ik zo laat stuur. Hij is weer boos geweest. Ik ben met [[p:Elif]] en [[p:Yusuf]] bij mijn zus [[p:Fatma]] in {{w:Tilburg-Noord}}. Adres [[a:Kruidenlaan 13]]. Morgen wil ik praten maar niet op kantoor alsjeblieft"
→ maandagochtend besproken met {{r:gedragswetenschapper}}; {{o:Veilig Thuis Midden-Brabant}} gebeld voor advies. Afspraak met mw. op het adres van de zus.
""",
    r"""
Notulen casusoverleg Breda – [[d:21-03-2024]], wijkhuis {{w:Hoge Vucht}}
Aanwezig: [[p:Marjolein]] (wijkteam, vz), [[p:Joris van Gils]] ({{o:WonenBreburg}}), [[p:Hamid]] ({{r:jongerenwerker}}, {{o:Surplus Welzijn}}), [[p:Ellen]] ({{o:GGZ Breburg}}), [[p:Karin Smulders]] ({{r:wijkagent}}).

Casus fam. [[p:Stoyanov]], [[a:Lunetstraat 86]]
In de woning wonen volgens {{o:WonenBreburg}} minstens 9 personen, ingeschreven zijn er 3: [[p:Georgi Stoyanov]], zijn vrouw [[p:Mariya Stoyanova]] en dochter [[p:Desislava]]. Buren klagen over geluid en afval. [[p:Joris]] wil handhaving inschakelen. [[p:Hamid]] waarschuwt: de mannen werken via een uitzendbureau en wonen daar omdat er geen alternatief is; uitzetting betekent dat ze op straat staan.
Afspraak: [[p:Marjolein]] en [[p:Hamid]] gaan eerst op huisbezoek met een Bulgaarse {{r:tolk}}. [[p:Karin]] controleert of er meldingen van uitbuiting zijn. Terugkoppeling volgende overleg, [[d:18 april]].
""",
    r"""
[[d:5-2]] gebeld met {{o:Reinier van Arkel}} (afdeling FACT {{w:Kruiskamp}}), gesproken met [[p:Gijs]]. Cliënt [[p:Mustafa Koç]] is [[d:vrijdag 2 februari]] met IBS opgenomen, nu op de opnameafdeling in Rosmalen. Bezoek voor zijn moeder [[p:Emine]] mogelijk vanaf volgende week. Moeder tel. [[t:073-6141852]].
""",
    r"""
Beste [[p:Wendy]],

Namens mijn moeder mevrouw [[p:Ramaekers-Houben]] wil ik een klacht indienen. Ze heeft sinds [[d:1 maart]] geen huishoudelijke hulp meer gehad omdat "de indicatie verlopen" zou zijn. Niemand heeft haar dat verteld. Ze is 88 en kan echt niet zelf dweilen. Haar cliëntnummer bij de Wmo is [[dos:WMO-0048812]].
Ik hoor graag wanneer de hulp weer komt.

Met vriendelijke groet,
[[p:Paul Ramaekers]]
[[a:Stiphoutsedijk 41]]
[[pc:5701 NZ]] Helmond
[[t:0492 - 53 71 18]]
""",
    r"""
Geachte heer [[p:Ramaekers]],
Dank voor uw mail. Excuses voor de gang van zaken. De indicatie huishoudelijke ondersteuning voor uw moeder was inderdaad per [[d:29 februari]] verlopen en de herindicatie is bij ons blijven liggen. Ik heb de indicatie vandaag met terugwerkende kracht verlengd tot [[d:28-02-2025]]. {{o:ZuidZorg}} start weer op [[d:maandag 18 maart]]; de vaste hulp [[p:Gonny]] komt terug.
Met vriendelijke groet,
[[p:Wendy Verhoeven]], {{r:Wmo-consulent}} gemeente Helmond
""",
    r"""
Rapportage {{o:Sociaal Wijkteam Oss}} (cliënt [[p:Y. Abdi]], regnr [[dos:SWTO-7741]])
[[d:08-04]] Mw. [[p:Yasmin Abdi]] belde, ze heeft een brief gekregen van school over haar zoon [[p:Abdirahman]] (14): hij is al 3 weken niet geweest. Mw. wist dat niet; hij gaat 's ochtends de deur uit. Zij spreekt Somalisch en een beetje Nederlands, haar nicht [[p:Hodan Warsame]] helpt.
[[d:10-04]] Gesprek met {{r:leerplichtambtenaar}} [[p:De Bruijn]] en {{r:mentor}} school. [[p:Abdirahman]] hangt rond bij het station. Voorstel: gezinsgesprek met {{r:jongerenwerker}} erbij.
[[d:12-04]] Gezinsgesprek gepland op [[d:17 april]] om 16.00, [[a:Kruisstraat 19]] (wijkcentrum).
""",
    r"""
Van: [[e:info@bewindvoeringdebrabant.nl]]
Aan: [[e:m.vandenbroek@wijkteamsdenbosch.nl]]
Datum: [[d:15-05-2024]]
Onderwerp: cliënt [[p:L. van der Heijden]] – toelating bewind

Geachte mevrouw [[p:Van den Broek]],
Hierbij bevestigen wij dat de kantonrechter ons op [[d:7 mei]] jl. heeft benoemd als {{r:bewindvoerder}} van mevrouw [[p:Lenie van der Heijden]], [[a:Hambakenweg 42-d]], {{w:De Hambaken}}. Het zaaknummer is [[dos:11022315 BM VERZ 24-4412]]. De beheerrekening is [[i:NL66RABO0933943094]]; graag alle schuldeisers hierover informeren.
Met vriendelijke groet,
mr. [[p:R. Smeets]]
""",
    r"""
quick note [[p:hatice]]: mw [[p:martina]] niet gekomen op de afspraak. broer gebeld, zij was ziek. nieuwe afspraak donderdag. {{o:IND}}-brief nog steeds niet gezien.
""",
    r"""
Aanmelding schuldhulpverlening gemeente Tilburg
Aanvrager: [[p:Jan-Willem van Dongen]] (45)
Partner: [[p:Chantal Peters]] (41)
Kinderen: [[p:Sven]] (12), [[p:Lieke]] (9)
Adres: [[a:Ringbaan-West 302]], [[pc:5025 VB]] Tilburg
BSN aanvrager: [[b:817449334]]   BSN partner: [[b:600457400]]
Telefoon: [[t:06 - 30 41 55 82]]
E-mail: [[e:jw.vandongen@kpnmail.nl]]
Reden aanmelding: na faillissement eenmanszaak (schilder) in 2023 restschulden bij leveranciers en {{o:Belastingdienst}} (btw). [[p:Chantal]] werkt 28 uur als {{r:doktersassistente}}. [[p:Jan-Willem]] werkt sinds [[d:1 februari]] in loondienst.
Verwijzer: [[p:Lisanne]] ({{o:ContourdeTwern}})
""",
    r"""
Reminder in agenda: [[d:23 april]] – bellen met [[p:Jan-Willem]] over de stukken (loonstroken jan t/m mrt, belastingbrieven, bankafschriften [[i:NL42INGB1121737237]] laatste 3 mnd).
""",
    r"""
Dictaat huisbezoek, [[p:Thijs]] ({{r:ouderenadviseur}}), [[d:woensdag 10 juli]]
Bij mevrouw [[p:Van der Meulen]], nee sorry, bij mevrouw [[p:Van Kessel]], 91 jaar, [[a:Brugstraat 17-A]] in {{w:Stiphout}}. Ze zat in het donker. Lamp kapot sinds weken, durft niet op een trapje. Haar zoon [[p:Frans]] woont in Australië en belt elke zondag. De buurvrouw, mevrouw [[p:Roos]], doet boodschappen maar gaat zelf verhuizen naar een aanleunwoning. Mw. eet vaak brood; warme maaltijd via {{o:Tafeltje-dek-je}} wil ze niet "want dat is voor oude mensen".
Actie: klusvrijwilliger van {{o:Vitalis}}, alarmknop aanvragen, gesprek over dagbesteding.
""",
    r"""
WhatsApp ([[t:06 49 28 10 63]] → wijkteam Breda-Noord)
"Goedemiddag ik ben [[p:Dimitar]] van [[a:Lunetstraat 86]]. Mijn broer [[p:Georgi]] zegt ik moet u sturen. Baas van uitzendbureau neemt 120 euro per week voor bed. Wij werken 50 uur. Is dit normaal? Please help. [[p:Dimitar]]"
""",
    r"""
Intern memo
Aan: {{r:teamleider}} [[p:M. Schreurs]]
Van: [[p:Hatice Doğan]]
Datum: [[d:30 januari 2024]]
Betreft: zorg rond [[p:Priscilla Martina]] en kinderen

Ik maak mij zorgen over de woonsituatie. Bij het huisbezoek op [[d:25/1]] sliepen [[p:Priscilla]] en de jongens met z'n drieën op een matras in de woonkamer; [[p:Shurandy]]'s vriendin is er inmiddels ook ingetrokken. Ik stel voor om het {{o:CJG}} te consulteren en te onderzoeken of mw. in aanmerking komt voor een urgentie. Mw. geeft toestemming voor overleg met {{o:Woonbedrijf}} (getekend [[d:25-01-2024]]).
""",
    r"""
Verslag netwerkbijeenkomst rond [[p:Koen]] (22, LVB) – {{o:Sociaal Wijkteam Amersfoort}}, {{w:Kruiskamp}}
Datum: [[d:13-06-2024]]
Aanwezig: [[p:Koen]], zijn moeder [[p:Marianne Stam]], zijn oom [[p:Bert]], begeleider [[p:Ruud]] ({{o:Lijn5}}), {{r:MEE-consulent}} [[p:Fleur]], [[p:Eva]] (wijkteam).
[[p:Koen]] woont sinds een half jaar zelfstandig ([[a:Kruiskamp 211]], [[pc:3815 AL]] Amersfoort). Het gaat goed met koken en werk (sociale werkvoorziening, 4 dagen), maar hij laat "vrienden" binnen die blijven slapen en zijn eten opmaken. Twee keer is zijn telefoon "geleend" en niet terug gekomen. [[p:Koen]] zegt zelf: "Ik wil niet alleen zijn."
Afspraken: [[p:Ruud]] oefent met [[p:Koen]] 'nee zeggen'; [[p:Bert]] neemt hem mee naar de voetbalclub; [[p:Fleur]] onderzoekt een maatjesproject. Evaluatie [[d:12 september]].
""",
]

# ---- chunk 4: Limburg en Zeeland ----
TEXTS += [
    r"""
Rapportage {{o:Sociaal Wijkteam Maastricht}} – {{w:Malberg}}
Cliënt: dhr. [[p:J. Frissen]] ("[[p:Sjef]]"), [[a:Brusselseweg 388 B]], [[pc:6217 HE]] Maastricht
Cliëntnummer: [[dos:MSWT-2023-1544]]

[[d:Do 7 maart]]: huisbezoek samen met de {{r:woonconsulent}} van {{o:Servatius}}. Woning ernstig vervuild, vooral keuken en badkamer. Dhr. ontkent het probleem niet ("'t is get rommelig"), maar wil geen hulp van "vreemde mensen". Geen gas sinds november, hij kookt op een campingbrander: brandgevaar besproken.
[[d:Vr 8 maart]]: gebeld met zijn zus mw. [[p:Geelen-Frissen]] in Meerssen ([[t:043 - 364 12 88]]). Zij wil helpen met opruimen als het wijkteam de regie houdt.
[[d:Di 12 maart]]: {{o:Essent}} gebeld over de afsluiting, klantnummer [[dos:20 1177 3048]]. Achterstand € 1.486. Aansluiting mogelijk na regeling + eerste termijn € 150 via bijzondere bijstand. [[p:Sjef]] stemt in, tekent machtiging.
""",
    r"""
Hallo [[p:Annelies]],

Ik ben [[p:Mariëlle Coenen]], de dochter van [[p:Bèr Coenen]] ({{w:Heerlerheide}}). U was vorige week bij papa. Hij vertelde dat u een aanvraag doet voor een scootmobiel. Fijn! Maar hij weet zijn eigen BSN niet en vroeg mij het door te geven: [[b:828 870 482]]. Zijn adres is [[a:Beersdalweg 55]], [[pc:6412 PD]] Heerlen. Hij is op [[d:15 augustus]] jarig, dan wordt hij 84, het zou mooi zijn als het dan geregeld is haha.
Ik ben zelf bereikbaar op [[t:06 22 90 17 45]] of [[e:marielle.coenen@home.nl]]. 
Groetjes, [[p:Mariëlle]]
""",
    r"""
Notulen overleg {{o:Sociaal Team Kerkrade}}, [[d:dinsdag 23 april 2024]]
Aanwezig: [[p:Jo]] (vz), [[p:Ricky]], [[p:Nathalie]], [[p:Sevda]], Mevr. [[p:Notermans]] ({{o:Weller}})

1. Nieuwe aanmeldingen: 6, waarvan 2 via de {{r:huisarts}}, 3 via {{o:Weller}}, 1 via de {{o:politie}}.
2. Casus [[p:Wetzels]], {{w:Chevremont}}: meneer is [[d:20/4]] overleden. Zijn vrouw [[p:Thea]] heeft geen idee van de financiën; er blijkt een lening van € 11.000 te lopen bij een kredietverstrekker in Duitsland (Aken). [[p:Ricky]] gaat met haar naar het {{o:Juridisch Loket}} over verwerping/beneficiaire aanvaarding.
3. [[p:Sevda]] neemt de casus [[p:Kaya]] over van [[p:Nathalie]] (zwangerschapsverlof vanaf [[d:1 mei]]).
4. Rondvraag: de printer op de {{w:Bleijerheide}}-locatie doet het weer.
""",
    r"""
Rapportage {{r:ouderenconsulent}}, [[d:3-6-2024]]
Mw. [[p:M. Lemmens]], 79, [[a:Kapelstraat 3 bis]], [[pc:6161 EN]] Geleen ({{w:Lindenheuvel}})
Mw. vertelt dat ze sinds het overlijden van haar vriendin [[p:Lies]] bijna niemand meer spreekt. Haar dochter [[p:Ingrid]] woont in Venlo en komt eens per twee weken. Mw. heeft last van haar knie en loopt slecht sinds de operatie in {{o:Zuyderland}}, maar wil "niet zielig doen".
We bespraken: de soos in het gemeenschapshuis (dinsdagmiddag), {{o:Zonnebloem}}-vrijwilliger voor uitstapjes, en de belbus. Mw. twijfelt maar vond de soos wel een idee "als [[p:Mia]] van nummer 9 ook gaat". ([[p:Mia]] = buurvrouw mw. [[p:Mia Vleugels]], [[a:Kapelstraat 9]].)
""",
    r"""
Hoi [[p:Annelies]], mijn vader belde net dat er iemand van de scootmobielfirma was geweest. Hij weet de naam niet meer. Is dat goed? Hij heeft niks getekend zegt hij. Gr [[p:Mariëlle]]
""",
    r"""
Aanmeldformulier {{o:Vincent van Gogh}} (verwijzing door wijkteam Venlo-Oost)
Naam: [[p:Rafał Zieliński]]
Geboortedatum: [[d:30.11.1985]]
BSN: [[b:525467713]]
Adres: [[a:Kaldenkerkerweg 118-C]], [[pc:5913 AE]] Venlo
Tel.: [[t:+48 601 774 219]]
{{r:Huisarts}}: {{o:Medisch Centrum Vossener}}, dr. [[p:Geurts]]
Reden: alcoholgebruik, somberheid na verlies van werk (tuinbouw) en woonruimte. Slaapt in een caravan op een camping bij {{w:Blerick}}. Spreekt Pools en Duits, weinig Nederlands. Vriendin [[p:Ewa]] is contactpersoon.
Verwijzer: [[p:Mark Hendriks]], {{r:maatschappelijk werker}}
""",
    r"""
Teams-bericht van [[p:Sevda]] aan [[p:Nathalie]]:
Hey, ik lees het dossier van [[p:Kaya]] door. Klopt het dat de oudste, [[p:Deniz]], nog bij {{o:Mondriaan}} in behandeling is? En wie is [[p:Onur]]? Staat alleen "O." in de rapportage van [[d:12 februari]].
""",
    r"""
Antwoord [[p:Nathalie]]: [[p:Onur]] is de ex van mw. [[p:Kaya]], vader van de jongste. Hij woont in Heerlen-Noord, [[a:Schandelerstraat 20]]. Contactverbod loopt t/m [[d:15 december]]. Dus niet benaderen zonder overleg met {{o:Veilig Thuis Zuid-Limburg}}! [[p:Deniz]] zit nog bij {{o:Mondriaan}} jeugd, {{r:behandelaar}} is dr. [[p:Kessels]], check even.
""",
    r"""
Huisbezoek Vlissingen {{w:Lammerenburg}} [[d:12/03]]
cl. [[p:Adjoa Mensah]] + kids ([[p:Kofi]] 8, [[p:Akosua]] 5). Woning [[a:Van Dishoeckstraat 214]], {{o:Zeeuwland}}. Schimmel in slaapkamer kinderen, [[p:Akosua]] heeft astma. Mw. heeft 2x melding gedaan bij corporatie, meldingsnummers [[dos:ZL-240117]] en [[dos:ZL-240209]], geen reactie. Ik bel morgen met de opzichter. Foto's gemaakt met toestemming.
""",
    r"""
Mail aan {{o:Zeeuwland}}, t.a.v. de opzichter ({{w:Lammerenburg}})
Goedemiddag,
Namens mevrouw [[p:Mensah]] ([[a:Van Dishoeckstraat 214]], Vlissingen) vraag ik uw aandacht voor de schimmel in de kinderkamer. Meldingen [[dos:ZL-240117]] ([[d:17-01-2024]]) en [[dos:ZL-240209]] ([[d:09-02-2024]]) zijn nog niet opgepakt. De jongste dochter heeft astma; de {{r:jeugdarts}} van de {{o:GGD Zeeland}} ondersteunt een spoedige aanpak.
Met vriendelijke groet,
[[p:Inge Kodde]]
{{r:sociaal werker}} {{o:Porthos}}
[[t:06 - 53 18 02 66]]
""",
    r"""
Kladje overdracht (voor [[p:Linda]])
- [[p:frissen]]: gas weer aan sinds [[d:2/4]], opruimactie zaterdag met zus + 2 vrijwilligers. 
- [[p:el idrissi]] ({{w:Caberg}}): nog geen reactie op de brief van het {{o:UWV}}, uiterlijk [[d:19 april]] bezwaar indienen!
- mw. [[p:Nazarova]]: {{r:tolk}} geregeld voor [[d:woensdag 17/4]], {{o:Tolk- en Vertaalcentrum}}
- bellen: [[t:043-3502 776]] (dochter [[p:el idrissi]])
""",
    r"""
Verslag huisbezoek Roermond {{w:Donderberg}} — [[d:11 juni]]
Met [[p:Mohamed Ouali]] (67) en zijn vrouw [[p:Rachida]] (63), [[a:Sint Wironstraat 39]]. Dhr. is sinds de beroerte in 2022 halfzijdig verlamd. Mw. verzorgt hem alleen, slaapt slecht, heeft zelf hartklachten. Kinderen wonen in Rotterdam en België. Mw. wil geen thuiszorg "want dat hoort de familie te doen", maar stemt in met 1 dagdeel dagbesteding voor dhr.
Acties: {{r:mantelzorgconsulent}} inschakelen; aanvraag dagbesteding via Wmo; {{r:wijkverpleegkundige}} vraagt de {{r:huisarts}} om mw. zelf ook te zien. Zoon [[p:Karim]] belt ons volgende week, [[t:+32 470 11 82 93]].
""",
    r"""
ingesproken door [[p:Rick]] in de auto, [[d:maandag 4 maart]]
oké even snel, net bij mevrouw [[p:Houben]] geweest op de [[a:akerstraat 61]], ja dat is in Heerlen, ze zegt dat haar schoonzoon [[p:Patrick]] haar bankpas heeft en dat ze niet weet hoeveel geld ze heeft, ik moet dit bespreken in het overleg, mogelijk financiële uitbuiting, nummer van de schoonzoon heb ik niet, ze gaf wel het nummer van haar kleinzoon [[p:Kevin]], dat is [[t:nul zes drie acht een vier twee twee nul negen]], die bel ik morgen
""",
]

# ---- chunk 5: Randstad buiten Den Haag (Rotterdam, Amsterdam, Utrecht, Almere, Zaandam, Leiden, Dordrecht, Haarlem) ----
TEXTS += [
    r"""
Schuldenlijst t.b.v. aanvraag schuldregeling (Wsnp-toets) — Rotterdam, wijkteam {{w:Tarwewijk}}
Cliënt: [[p:Sunita Jagroep]], [[a:Mijnsherenlaan 92b]], [[pc:3081 CJ]] Rotterdam
Geb.: [[d:5 oktober 1979]]   BSN: [[b:290689843]]
Dossier {{o:Kredietbank Rotterdam}}: [[dos:KBR-2024-009231]]

1. {{o:Woonstad Rotterdam}} – huurachterstand, contract [[dos:1100-44827]] – € 3.412,50
2. {{o:Zilveren Kruis}} – premie 2023 – € 1.118,00 (bronheffing loopt via {{o:CAK}}, regnr [[dos:CAK 7720 1193 01]])
3. {{o:Vattenfall}} – eindafrekening – € 987,40
4. Incassobureau (namens {{o:Otto}}) – dossier [[dos:IB/2023/884120]] – € 544,87
5. {{o:DUO}} – studieschuld, draagkrachtregeling – € 14.220
Betalingen aan de {{o:Kredietbank}} op [[i:NL55INGB8103940078]] o.v.v. het dossiernummer.
Opmerking {{r:schuldhulpverlener}}: mw. is na scheiding van [[p:Rajesh]] in 2021 alleen komen te staan met twee kinderen; sindsdien stapelden de achterstanden.
""",
    r"""
Hoi [[p:Marco]],

Zoals beloofd het telefoonnummer van de {{r:bewindvoerder}} van dhr. [[p:Pinas]]: [[t:010 - 412 88 30]] (vragen naar [[p:Mireille]]). Dhr. zegt dat hij [[d:26-6]] zijn leefgeld niet heeft gehad. Zijn adres is gewijzigd: hij woont nu in de opvang van het {{o:Leger des Heils}} aan de [[a:Pleinweg 212]], [[pc:3083 EZ]]. Post gaat nog naar het oude adres in {{w:Carnisse}}, dat moet worden doorgestuurd.

Groet,
[[p:Gianna]]
""",
    r"""
AANMELDING BUURTTEAM — Amsterdam Nieuw-West ({{w:Geuzenveld}})

Aangemeld door: [[p:L. Asante]], {{r:schoolmaatschappelijk werker}} {{o:basisschool De Kolibrie}} ([[e:l.asante@dekolibrie-amsterdam.nl]])
Datum: [[d:22-01-2024]]

Gezin: [[p:Sara]] en [[p:Ahmed Ziani]], kinderen [[p:Imane]] (10), [[p:Bilal]] (7), [[p:Rayan]] (2)
Adres: [[a:Lodewijk van Deysselstraat 55-III]], [[pc:1067 JB]] Amsterdam
Vraag: Moeder is sinds de geboorte van [[p:Rayan]] erg moe en somber. [[p:Imane]] zorgt voor haar broertjes en komt te laat op school. Vader werkt nachten in de haven. Gezin heeft schulden (onbekend hoeveel).
Toestemming ouders: ja, mondeling [[d:19 januari]], schriftelijk volgt.
Bereikbaarheid: moeder [[t:06-55 01 23 86]], vader alleen na 14.00 u.
""",
    r"""
Verslag {{r:ervaringsdeskundige}} ({{o:Buurtteam Amsterdam-Oost}}), [[d:vrijdag 1 maart]]
Ik ben samen met [[p:Hamza]] naar het {{o:Werkplein}} gegaan. Hij was erg zenuwachtig, want de vorige keer werd hij "weggestuurd". Deze keer hadden we alle papieren: paspoort, huurcontract van {{o:Ymere}} ([[a:Javastraat 140-2]]), bankafschriften [[i:NL02TRIO2196522516]] en de brief van de {{o:Belastingdienst}}. De {{r:klantmanager}}, mevrouw [[p:De Groot]], was vriendelijk. Aanvraag is binnen, zaaknummer [[dos:WPI-24-118402]]. Volgende stap: afspraak [[d:14 maart]] voor het plan van aanpak. [[p:Hamza]] zei na afloop: "Ik dacht dat ik gek was, maar het ligt niet aan mij."
""",
    r"""
[[p:Gianna]] 08:41 in groepsapp {{w:Carnisse}}: wie heeft er vandaag de piketdienst? er staat een mevrouw bij de deur, mw. [[p:Sabajo]] van [[a:Carnissesingel 41a]], ze is haar sleutels kwijt en haar zoon [[p:Dwayne]] neemt niet op
[[p:Marco]] 08:44: ik kom eraan. [[p:Dwayne]] zijn nummer staat in het dossier: [[t:0616902358]]
""",
    r"""
Utrecht, {{o:Buurtteam Overvecht}} — overdracht bij wisseling {{r:buurtteammedewerker}}
Van [[p:Jasper]] naar [[p:Meltem]], [[d:3 juni 2024]]

Cliënt: [[p:Filmon Tekle]] (26), [[a:Tigrisdreef 87]], [[pc:3561 HB]] Utrecht.
Achtergrond: statushouder uit Eritrea, sinds 2019 in Utrecht. Werkt via participatiebaan bij een fietsenmaker. Broer [[p:Yonas]] woont in Zweden.
Wat ging goed: huurachterstand bij {{o:Mitros}} volledig afgelost (betalingsregeling afgerond [[d:30-04-2024]]). Inburgering (oude stelsel) gehaald.
Wat loopt: aanvraag gezinshereniging voor zijn vrouw [[p:Senait]] en dochter; {{r:advocaat}} mr. [[p:Van Rijn]] ({{o:VluchtelingenWerk}} verwees). [[p:Filmon]] raakt gestrest van de {{o:IND}}-brieven.
Tip: [[p:Filmon]] wil liefst afspraken op maandagmiddag; hij antwoordt op WhatsApp, niet op mail.
""",
    r"""
mail van dhr. [[p:Tekle]], [[d:11-6-2024]]:
hello [[p:Meltem]], i have new letter from {{o:IND}}. number is [[dos:IND-V 2291-0047-88]]. can we meet monday? thank you [[p:Filmon]]
[[e:filmon.tekle1998@gmail.com]]
""",
    r"""
Ingesproken notitie, [[p:Esther]] ({{r:wijkverpleegkundige}}, {{o:Buurtzorg Almere Haven}})
Vandaag bij mevrouw [[p:Kromodimedjo]] geweest, [[a:Sluisweg 12]], {{w:Haven}}. Ze is 86, Javaans-Surinaams, woont alleen. Kleindochter [[p:Widya]] komt 's avonds. Mevrouw krijgt wondzorg aan haar been. Ze liet me vandaag een brief zien van een incassobureau, iets met een telefoonabonnement dat ze nooit heeft afgesloten, op haar naam, [[p:S. Kromodimedjo]], met geboortedatum [[d:2 februari 1938]]. Ik denk aan identiteitsfraude. Doorzetten naar het wijkteam {{w:Stedenwijk}}? Nee, zij valt onder {{w:Haven}}. Bel [[p:Wouter]].
""",
    r"""
Van: [[p:Wouter Post]] <[[e:w.post@wijkteamalmere.nl]]>
Aan: [[p:Esther]]
Datum: [[d:26 maart 2024]]
Hoi [[p:Esther]], dank voor je signaal over mw. [[p:Kromodimedjo]]. Ik ga er [[d:donderdag 28 maart]] samen met haar kleindochter langs. Kun jij een kopie van die incassobrief maken (met toestemming)? Dan kan ik bij {{o:Fraudehelpdesk}} melden en het abonnement laten blokkeren. Groet, [[p:Wouter]]
""",
    r"""
Verslag MDO Zaandam {{w:Poelenburg}}, [[d:ma 15 april]]
Aanwezig: {{o:Sociaal Wijkteam Zaanstad}} ([[p:Nicole]], [[p:Ömer]]), {{o:Parteon}} ([[p:Frank]]), {{o:GGD Zaanstreek-Waterland}} ([[p:Ilona]], {{r:sociaal verpleegkundige}}), {{r:wijkagent}} [[p:Bos]].
Casus: [[p:Ayşe Arslan]] (58), [[a:Poelenburg 312]], stapelt spullen op in woning en galerij. Brandweer heeft [[d:3 april]] een brandveiligheidscheck gedaan: te veel brandbaar materiaal. {{o:Parteon}} heeft een laatste waarschuwing gestuurd. Mw. heeft geen contact met haar kinderen sinds de scheiding. [[p:Ilona]] kent mw. uit 2019 (toen ook vervuiling, opgelost met hulp van dochter [[p:Kübra]]).
Afspraak: [[p:Ilona]] en [[p:Ömer]] gaan [[d:17-4]] op huisbezoek in het Turks; [[p:Frank]] schort juridische stappen 6 weken op.
""",
    r"""
Telefoonnotitie [[d:09.04.2024]] — Leiden {{w:Slaaghwijk}}
Beller: mw. [[p:Vink]] (buurvrouw), [[t:071 - 576 30 41]]
Zij maakt zich zorgen over haar buurman dhr. [[p:De Haan]] op [[a:Telderskade 19]]. Sinds zijn hond dood is komt hij niet meer naar buiten. Ze heeft hem vorige week ook zien huilen in de tuin. Ze wil niet dat hij weet dat zij heeft gebeld.
Actie: [[p:Thomas]] ({{o:Incluzio Leiden}}) gaat "toevallig" langs met de flyer van de buurtsoos.
""",
    r"""
Aan: {{o:Sociale Dienst Drechtsteden}}, t.a.v. dhr. [[p:Verhagen]]
Van: [[p:Joyce]], {{r:sociaal werker}} wijkteam Dordrecht {{w:Crabbehof}}
Datum: [[d:20-05-2024]]

Betreft: verzoek om voorschot, cliënt [[p:Florentina Dumitru]], [[a:Twintighoevenstraat 38]], [[pc:3317 KD]] Dordrecht, klantnummer [[dos:SDD-0812294]].

Geachte heer [[p:Verhagen]],
Mevrouw heeft op [[d:2 mei]] een bijstandsuitkering aangevraagd nadat haar werkgever (schoonmaakbedrijf) failliet ging. Ze heeft een zoon van 3 en geen spaargeld. De huur over mei kan niet worden betaald; {{o:Woonbron}} is op de hoogte. Wij verzoeken u een voorschot van € 800 over te maken op haar rekening [[i:NL14RABO5373708429]].
Met vriendelijke groet,
[[p:Joyce Hoek]]
""",
    r"""
Casusles (concept, nog anonimiseren!) — Haarlem {{w:Schalkwijk}}
Toen [[p:Roos]] (44) bij ons kwam, had ze zeven schuldeisers en een deurwaarder die beslag had gelegd op haar loon bij de {{o:Hema}}. Haar zus [[p:Daisy]] had haar naar het {{o:Sociaal Wijkteam Haarlem}} gestuurd. Wat werkte: één vast aanspreekpunt ([[p:Sandra]], {{r:budgetcoach}}) en samen elke vrijdagochtend de post openen. Na vier maanden kon [[p:Roos]] in het traject bij de {{o:Kredietbank Haarlem}}. Wat niet werkte: de wachttijd van 11 weken. Dossier [[dos:SWH-23-4410]].
""",
    r"""
Sms aan mw. [[p:Arslan]] [[d:16/4]]:
"Goedemiddag mevrouw [[p:Arslan]], morgen om 11 uur komen [[p:Ilona]] en [[p:Ömer]] bij u langs. Als het niet uitkomt, bel [[t:075 - 681 55 20]]. Groet, Sociaal Wijkteam"
""",
    r"""
Notitie [[p:Meltem]] — [[d:maandag 17 juni]]
Met [[p:Filmon]] de brief doorgenomen. De {{o:IND}} vraagt aanvullende documenten over de relatie met [[p:Senait]] (huwelijksakte, foto's). Hij heeft een kerkelijke huwelijksakte uit Asmara. {{r:Advocaat}} gebeld, [[t:030 - 236 77 01]], afspraak [[d:24/6]]. [[p:Filmon]] was opgelucht dat er iets gebeurde.
""",
    r"""
Formulier bijzondere bijstand — ingevuld met cliënt
Naam: [[p:Hodan Farah]]   Geboortedatum: [[d:01-07-1992]]
BSN: [[b:357328309]]
Adres: [[a:Gambiadreef 12]], [[pc:3564 CE]] Utrecht ({{w:Overvecht}})
IBAN: [[i:NL90 BUNQ 0348 8093 78]]
Aanvraag voor: bed en matras kinderen, winterjassen, schoolspullen
Toelichting {{r:buurtteammedewerker}} [[p:Meltem Koç]]: mw. is met haar drie kinderen uit de vrouwenopvang gekomen ({{o:Moviera}}), woning leeg opgeleverd. Geen netwerk in Utrecht.
""",
]

# ---- chunk 6: gemengd, langere verslagen en lastige woorden ----
TEXTS += [
    r"""
Verslag huisbezoek – {{o:Sociaal Wijkteam Zwolle}}, {{w:Aa-landen}}
Datum: [[d:vrijdag 24 mei 2024]], 14.00–15.30 uur
Aanwezig: mw. [[p:Mei Ling Chen]] (cliënte), haar zoon [[p:Kevin Chen]] ({{r:tolk}}, 17 jaar), [[p:Bakker]] ({{r:sociaal werker}}).

Mw. runt samen met haar man een afhaalrestaurant in Zwolle-Zuid. Sinds de coronajaren zijn er achterstanden bij de {{o:Belastingdienst}} en bij de leverancier. Haar man is in maart vertrokken naar familie in Rotterdam en neemt de telefoon niet op. Mw. werkt nu alleen, van 's middags tot middernacht, en slaapt slecht. [[p:Kevin]] doet de administratie naast school; hij zit in 5 havo en heeft in mei eindexamens. Hij vertelt dat hij 's nachts de facturen invoert.
Mw. wil het restaurant niet opgeven: "Het is alles wat we hebben."
Afspraken:
- Ondernemersloket {{o:IMK}} / Ondernemersdesk: aanmelding door [[p:Bakker]] ([[d:27 mei]]).
- [[p:Kevin]] mag stoppen met de administratie tot na zijn examens; {{r:vrijwilliger}} van {{o:Humanitas}} neemt tijdelijk over.
- Contact mw.: [[t:038 - 422 91 06]] (zaak), privé [[t:06 14 20 77 85]].
Adres privé: [[a:Rijnlaan 117]], [[pc:8032 HL]] Zwolle.
""",
    r"""
Let op: [[p:Kok]] (cliënt) is geen kok, hij werkt in de bakkerij bij {{o:Bakkerij Bart}}. Verwarring in vorige rapportage. Dhr. [[p:Kok]] heeft [[d:maandag 3 juni]] een gesprek met zijn {{r:jobcoach}}.
""",
    r"""
Rapportage {{r:maatschappelijk werker}} – casus [[p:Winter]] ({{w:Deppenbroek}}, Enschede)
Mevrouw [[p:Winter]] vertelt dat de winter zwaar was: ze heeft drie maanden met een kapotte cv gezeten omdat de verhuurder niet reageerde. De huisbaas, dhr. [[p:Zomer]] (geen grap), woont in Duitsland en is alleen per mail bereikbaar: [[e:h.zomer.vastgoed@gmx.de]]. Mw. heeft in totaal vijf mails gestuurd (eerste op [[d:4 dec.]]). We sturen nu een brief via het {{o:Juridisch Loket}} en schakelen de {{o:Huurcommissie}} in. Ze woont op [[a:Deppenbroekstraat 44]], bovenwoning.
""",
    r"""
Hoi allemaal, korte update over de huisbezoeken die ik heb afgelegd in de week van [[d:8 april]]:
- mw. [[p:de Jong]], [[a:Vrijheidsplein 3]]: gaat goed, wil afschalen
- dhr. [[p:Smit]], [[a:Slauerhoffweg 18-A]]: niet thuis, 2e keer
- fam. [[p:Amatsaleh]], [[a:Kalverdijkje 66]]: zoon [[p:Ricardo]] heeft werk gevonden!
- mw. [[p:Haile]], [[a:Oostergrachtswal 101]]: {{r:tolk}} nodig volgende keer (Tigrinya)
- dhr. [[p:Van der Meer]]: verhuisd naar {{o:Palet}} (verpleeghuis), dossier afsluiten
Groet, [[p:Jitske]] ({{o:Gebiedsteam Leeuwarden-Oost}})
""",
    r"""
Verslag intake, [[d:14-11-2023]], {{o:Sociaal Team Deventer}}
Cliënt: mw. [[p:Iris Hoogland]] (38), [[a:Boxbergerweg 52]], [[pc:7412 AB]] Deventer
Samenstelling: alleenstaand, dochter [[p:Merel]] (15) woont bij vader ([[p:Rik Hoogland]]) in Apeldoorn.
Aanleiding: mw. meldt zich zelf na een burn-out; ziektewet loopt af, re-integratie bij werkgever mislukt. Ze vertelt over een gescheiden periode met veel ruzie; sinds anderhalf jaar is het rustiger. Ze heeft financieel nog een gezamenlijke schuld met [[p:Rik]] (lening voor de auto), die hij niet meer betaalt.
Gevoel van mw.: "Ik ben alles kwijt behalve [[p:Merel]] en zelfs die zie ik maar om het weekend."
Plan: inventarisatie financiën; {{r:POH-GGZ}} {{r:huisarts}}; contact {{o:UWV}} over WIA-aanvraag (voor [[d:1 februari]] indienen). Tel mw. [[t:0570 - 61 23 44]], mail [[e:irishoogland@outlook.com]].
""",
    r"""
van: mevrouw [[p:Hart]] <[[e:ellyhart1961@kpnplanet.nl]]>
datum: [[d:woensdag 17 april 2024]]
Beste mevrouw van het wijkteam, ik heb begrepen dat u mensen helpt met formulieren. Ik heb een formulier gekregen van het {{o:CAK}} over een eigen bijdrage maar ik snap er niets van, ik heb toch al die bijdrage betaald? Mijn kenmerk is [[dos:CAK-EB 0093 7718 244]]. Ik woon in {{w:Kloosterveen}} op de [[a:Kloosterveste 230]]. Ik ben het beste te bereiken in de ochtend, [[t:0592-78 30 12]]. Met vriendelijke groet, [[p:Elly Hart]]
""",
    r"""
Notitie: dhr. [[p:Yilmaz]] (cliënt van [[p:Sevda]]) is niet dezelfde als dhr. [[p:Yılmaz]] uit {{w:Hatert}} (cliënt van [[p:Bram]]). Twee dossiers: [[dos:SWT-NIJ-22-0087]] en [[dos:SWT-NIJ-23-1142]]. Niet door elkaar halen bij de facturen!
""",
    r"""
Dictaat [[p:Anouk]] – huisbezoek in Tilburg, [[d:dinsdag 7 mei]]
Ik was bij de familie [[p:Fortes]] op de [[a:Goirkestraat 77]], dat is op de hoek bij de Piushaven. Moeder [[p:Neusa Fortes]], vader [[p:Adilson Tavares]], vier kinderen tussen de 2 en de 14. Het gezin is uit Kaapverdië via Portugal naar Nederland gekomen, in 2019. Vader werkt in de distributie in Waalwijk en maakt lange dagen. Moeder spreekt Portugees en Kaapverdisch Creools. Haar grootste zorg is de oudste, [[p:Djenifer]], die thuis zit sinds ze van school is gestuurd. Afgesproken dat ik [[p:Djenifer]] voorstel aan het {{o:Jongerenloket}} en dat moeder meedoet met de taalcafé-ochtend in {{w:Groenewoud}}. De Portugese {{r:tolk}} via de telefoon werkte goed, tolknummer [[dos:TVCN-2024-55132]]. Einde dictaat.
""",
    r"""
Aanvulling van [[p:Anouk]]: vader [[p:Adilson]] belde terug, hij kan alleen op zaterdag. Zijn nummer: [[t:+351 912 440 718]] (Portugees nummer, werkt ook via WhatsApp).
""",
    r"""
Beste collega's van {{o:De Hoop ggz}},
Wij verwijzen dhr. [[p:Laurens Boer]] (47, geb. [[d:12-8-'76]]) naar jullie voor een intake verslavingszorg. Dhr. drinkt volgens eigen zeggen "een fles per dag" sinds hij vorig jaar zijn baan als vrachtwagenchauffeur verloor. Hij woont alleen in {{w:Krispijn}}, [[a:Bosboom Toussaintstraat 14]], [[pc:3317 BJ]] Dordrecht. Dhr. heeft hoop dat hij kan stoppen "voor mijn dochter" ([[p:Lotte]], 9). De {{r:huisarts}}, dr. [[p:Van der Wal]], steunt de verwijzing.
Contact: [[t:06 - 18 82 40 39]]. BSN [[b:152243471]].
Met vriendelijke groet, [[p:Ruben]], {{r:wijkteammedewerker}} Dordrecht
""",
    r"""
Casusbespreking leerteam ouderen – {{o:Sociaal Wijkteam Heerlen}}
Inbrenger: [[p:Annelies]]
Casus: dhr. [[p:Coenen]] ([[p:Bèr]]), 83, weduwnaar, {{w:Heerlerheide}}. Scootmobiel toegekend op [[d:8 juli]]. Toch blijft dhr. binnen. Bij doorvragen blijkt: hij schaamt zich voor zijn "karretje". Vroeger was hij mijnwerker en stond hij bekend als sterke man.
Vraag aan het team: hoe motiveer je iemand zonder hem klein te maken?
Tips: laat een oud-collega van de mijn meerijden ({{r:vrijwilliger}} [[p:Harrie Jongen]]); laat {{o:Trajekt}} hem betrekken bij de mijnwerkers-soos in {{w:Hoensbroek}}; kleindochter [[p:Fenna]] wil hem meenemen naar de markt.
""",
    r"""
[[p:marloes]] aan [[p:gerda]] (privé-app, ma avond): kun je me het nummer van [[p:stijn]]s {{r:mentor}} sturen? en heeft [[p:ilse]] nog iets gezegd over de wasmachine?
[[p:gerda]]: {{r:mentor}} is mw. [[p:De Vries]], [[t:050-5770 218]]. [[p:ilse]] zei dat de bijstand vrijdag is toegekend!
""",
    r"""
OVERDRACHT NAAR {{o:WIJ GRONINGEN}} TEAM {{w:OOSTERPARK}}
Van: {{o:Sociaal Team Hoogezand}} ([[p:P. Mulder]])
Datum: [[d:05/06/2024]]
Cliënt: [[p:Janneke Huizinga]], verhuist per [[d:1 juli 2024]] naar [[a:Oosterparkweg 45-II]], [[pc:9713 JG]] Groningen.
Lopende zaken: bewind via {{o:Bewindvoering Noord}} (beheerrekening [[i:NL61RABO0729307716]]); ambulante begeleiding via {{o:Cosis}} (begeleider [[p:Hennie]]); medicatie via {{o:Lentis}}.
Aandachtspunt: mw. laat zich makkelijk meeslepen door haar ex [[p:Dennis Veldman]], die ook in Groningen woont. Hij is eerder voor huiselijk geweld veroordeeld. Mw. heeft zelf gevraagd dat haar nieuwe adres niet met hem gedeeld wordt.
""",
    r"""
berichtje van [[p:Djenifer]] aan [[p:Anouk]] via de app:
"Hoi [[p:Anouk]] ik ben morgen niet bij {{o:jongerenloket}} want ik moet oppassen op mijn broertje [[p:Ruben]]. Kan het volgende week? Sorry. X"
""",
    r"""
Verslag huisbezoek — {{w:Geitenkamp}}, Arnhem — [[d:do 11 april]]
Bezoek aan mw. [[p:Mariam Sultani]] en haar kinderen [[p:Mina]] (16) en [[p:Farid]] (11) op [[a:Bakenbergseweg 188]]. Mw. is weduwe, haar man is in 2021 in Afghanistan omgekomen. Ze spreekt Dari; [[p:Mina]] vertaalde, wat eigenlijk niet de bedoeling is. Volgende keer een {{r:tolk}}.
Onderwerpen: de onderhoudskosten van het huis ({{o:Vivare}}), de aanvraag van een computer voor school via het Jeugdfonds, en de nachtmerries van [[p:Farid]]. De {{r:schoolmaatschappelijk werker}} van zijn school ziet hem ook somber.
Afgesproken: aanmelding bij {{o:i-psy}} voor traumabehandeling [[p:Farid]] (via {{r:huisarts}}), en een Dari-sprekende vrijwilligster van {{o:VluchtelingenWerk}} ([[p:Nazanin]]).
""",
    r"""
Van [[p:Lieke]] ({{r:wijkverpleegkundige}}) aan [[p:Sanne]], per mail, [[d:28-2-24]]:
Mw. [[p:B.]] van de Pleiadenlaan is gisteren gevallen. Niet ernstig, maar ze lag twee uur op de grond voordat de buurman, dhr. [[p:Koster]], haar hoorde. Ze heeft geen alarmering. Kan dit mee in het MDO? Nummer buurman [[t:050 - 571 32 98]] voor als we hem willen spreken, hij is erg betrokken.
""",
    r"""
Verslag teamoverleg — korte notities ([[d:25-06]])
• [[p:Hamid]] is terug van vakantie.
• Wachtlijst schuldhulp in Breda: 9 weken. Ondertussen stabilisatie door het wijkteam zelf.
• Nieuw: elke 1e dinsdag van de maand spreekuur in de bibliotheek {{w:Heuvelkwartier}}.
• Casus [[p:Stoyanov]] (Lunetstraat): huisbezoek heeft plaatsgevonden op [[d:2 april]]; er wonen 11 mensen. [[p:Karin]] heeft signaal uitbuiting doorgezet naar de {{o:Inspectie SZW}} (nu {{o:Nederlandse Arbeidsinspectie}}), meldnummer [[dos:NLA-2024-31877]].
""",
    r"""
Brief {{r:bewindvoerder}} — ter informatie aan wijkteam
Maastricht, [[d:19 maart 2024]]
Betreft: mevrouw [[p:Y. El Idrissi]], [[a:Pater Kustersweg 23a]], [[pc:6213 EX]] Maastricht

Geachte heer/mevrouw,
Per [[d:1 april 2024]] zijn wij benoemd tot beschermingsbewindvoerder van mevrouw [[p:El Idrissi]]. Alle correspondentie graag naar ons kantoor. Het leefgeld wordt wekelijks gestort op [[i:NL29INGB5553682506]]. Bij vragen: [[e:bewind@limburgsbewind.nl]] of [[t:043 - 851 20 09]].
Hoogachtend,
[[p:H. Ramakers]]
{{o:Limburgs Bewind}}
""",
]

# ---- chunk 7: formulieren, lijsten, dataverkeer (veel niet-persoonsgegevens) ----
TEXTS += [
    r"""
Inventarisatie schulden — {{o:WIJeindhoven}} / {{o:GKB Eindhoven}}
Cliënt: [[p:M. van Lierop]]   Geb.dat.: [[d:1969-04-22]]   BSN: [[b:678262615]]
Adres: [[a:Boschdijk 301 A]], [[pc:5631AJ]] Eindhoven
Tel: [[t:(040) 211 38 72]]   Mail: [[e:mvlierop69@gmail.com]]
Bankrekening (inkomen): [[i:nl17ingb0007342226]]

| schuldeiser | referentie | stand per [[d:01-03-2024]] |
| {{o:Woonbedrijf}} | [[dos:W-2211-0473]] | € 1.720,00 |
| {{o:CZ}} | verzekerdennr. [[dos:4 1188 903 22]] | € 611,40 |
| {{o:Gemeente Eindhoven}} (belastingen) | aanslagnr. [[dos:2023.0.418.7721]] | € 389,00 |
| {{o:Lowell}} (ex-{{o:Intrum}}) | [[dos:#7731902]] | € 2.105,95 |
| {{o:CJIB}} | beschikking [[dos:5400 1137 7420 9918]] | € 129,00 |
Totaal: € 4.955,35
""",
    r"""
Aanvraag urgentie — advies sociaal wijkteam
Aanvrager: mw. [[p:Khadija Benali]], [[d:15-6-1990]]
Huidig adres: [[a:Kastanjelaan 14 zw]], [[pc:4817 KL]] Breda (inwonend bij ouders, 5 volwassenen en 3 kinderen in een 4-kamerwoning)
Kinderen: [[p:Soufian]] (8), [[p:Noor]] (5), [[p:Adam]] (1)
Advies: de {{r:wijkteammedewerker}} ondersteunt de aanvraag. Mw. heeft na de scheiding van [[p:Nordin Benali]] (scheiding uitgesproken [[d:20-12-2023]]) geen eigen woonruimte. De situatie bij haar ouders is overbelast; vader heeft COPD. Zie ook verklaring {{r:huisarts}}.
{{r:Behandelaar}}: [[p:Marjolein Schippers]], [[e:m.schippers@wijkteambreda.nl]], [[t:076 - 529 44 81]]
""",
    r"""
Contactgegevens netwerk dhr. [[p:A. Rahimi]] (bij toestemming d.d. [[d:02-07-2024]])
- broer [[p:Jawad Rahimi]] (Apeldoorn): [[t:06 - 24 11 90 35]]
- buurman [[p:Henk Schipper]], [[a:IJsselstraat 19]]: [[t:0570 - 61 88 02]]
- {{r:huisarts}} dr. [[p:Ter Horst]], {{o:Gezondheidscentrum Rivierenwijk}}
- {{r:advocaat}} mr. [[p:Y. Bennani]], [[e:bennani@advocatendeventer.nl]]
""",
    r"""
Agenda week 24 – [[p:Femke]]
ma [[d:10/6]] 09.00 teamoverleg | 13.30 huisbezoek [[a:IJsselstraat 17-A]] ([[p:Rahimi]])
di [[d:11/6]] 10.00 {{o:Dimence}} overleg | 15.00 fam. [[p:Kamphuis]], [[a:Hanzeweg 8]]
wo [[d:12/6]] vrij
do [[d:13/6]] 11.00 tel. {{o:Juridisch Loket}} | 14.00 spreekuur {{w:Keizerslanden}}
vr [[d:14/6]] 09.30 intake nieuw: mw. [[p:O. Yıldız]], [[a:Amstelstraat 2]]
""",
    r"""
[[d:2024-03-18]] 10:02 Telefonisch contact met {{o:Stadsbank Oost Nederland}}, [[p:Mirjam]]. Dossier [[dos:SON-2024-11873]] ([[p:Nijhuis]]) is compleet. Start stabilisatiefase. Budgetbeheerrekening wordt geopend; nummer volgt per post. Vtlb berekend op € 1.388/mnd.
""",
    r"""
Hallo, ik ben de buurvrouw van meneer [[p:Kuipers]] in Harkstede, [[a:Hoofdweg 209]]. Ik wou even zeggen dat hij vorige week is gevallen bij de trap en dat zijn schoonzoon op vakantie is. Ik doe nu de boodschappen maar ik ben zelf ook al 76. Mijn nummer is [[t:050 4041 233]]. Groet [[p:Truus Meijer]]
""",
    r"""
Doorverwijzing (warm) van wijkteam {{w:Velve-Lindenhof}} naar {{o:Mediant}} – {{o:FACT-team}} Enschede-Zuid
Patiënt: [[p:Paulina Nowak]], geb. [[d:07-03-1995]], BSN [[b:533 908 589]]
Adres: [[a:Lasondersingel 131-3]], [[pc:7514 BP]] Enschede
Mobiel: [[t:0031 6 2810 4456]]
Reden: psychotische klachten sinds ca. [[d:20 februari]] (volgens partner [[p:Mateusz]]), achterdocht, slaapt nauwelijks, zorgmijdend. {{r:Huisarts}} gezien [[d:4 maart]]. Geen crisis op dit moment.
Contactpersoon wijkteam: [[p:Joost Bruggink]], [[e:j.bruggink@wijkteamsenschede.nl]]
""",
    r"""
Klantnummers energie/water (voor budgetbeheer [[p:El Idrissi]])
{{o:Essent}}: [[dos:20 1183 7790]]
{{o:WML}} (water): [[dos:300 118 2247]]
{{o:Ziggo}}: klantnr [[dos:51108832]]
Huur {{o:Maasvallei}}: contract [[dos:0041-227]]
""",
    r"""
Notitie [[d:wo 5-6]]: zowel mw. [[p:Haddad]] als dhr. [[p:Haddad]] vandaag apart gesproken in {{w:Bargeres}}. [[p:Maher]] zegt dat hij werk zoekt maar dat zijn diploma's uit Syrië niet erkend worden; {{o:IDW}} (Internationale Diplomawaardering, {{o:Nuffic}}) aanvraag samen gedaan, dossiernr. [[dos:IDW-2024-0883417]]. Mw. vond het prettig dat hij ook gezien wordt.
""",
    r"""
Wijkteam Helmond-Noord — lijst actieve casussen (alleen intern!)
1. [[p:Van Kessel]] – [[a:Brugstraat 17-A]] – ouderen – [[p:Thijs]]
2. [[p:Ramaekers-Houben]] – [[a:Kerkstraat 8]] – Wmo HH – [[p:Wendy]]
3. [[p:Aksoy]] – [[a:Mierloseweg 244]] – schulden – [[p:Thijs]]
4. [[p:Pieters]] – [[a:Rijpelbergseweg 61 b]] – opvoeding – {{o:CJG Helmond}}
5. [[p:Van den Eijnde]] – [[a:Kasteellaan 3]] – woonoverlast – [[p:Wendy]]
""",
    r"""
Huisbezoek Venlo, [[d:ma 22 april]] — cliënt [[p:Rafał]] opgehaald op camping bij {{w:Blerick}} en samen naar de intake bij {{o:Vincent van Gogh}} gereden. Dr. [[p:Geurts]] had de verwijzing op [[d:18-04]] gestuurd. Intake duurde 1,5 uur. [[p:Rafał]] mag starten met een groepsbehandeling (Pools-sprekend) op dinsdagen. Onderdak blijft het probleem: hij krijgt een plek in de nachtopvang (via het {{o:Leger des Heils}} Venlo).
""",
    r"""
Herinnering van {{o:Sociaal Wijkteam Amersfoort}} aan [[p:Koen Stam]] (sms):
Hoi [[p:Koen]]! Morgen ([[d:do 20 juni]]) om 10.00 komt [[p:Ruud]] langs. Denk aan je bankpas en de brief van de {{o:SVB}}. Groetjes [[p:Eva]]
""",
    r"""
Mail van de {{r:buurtagent}}:
Van: [[e:karin.smulders@politie.nl]]
Aan: [[e:marjolein@wijkteambreda.nl]]
[[d:Vr 29-3-2024]]
Hoi [[p:Marjolein]], ter info: vannacht is er een ruzie geweest op [[a:Lunetstraat 86]], twee mannen licht gewond. Een van hen, [[p:Plamen]] (achternaam onbekend), zegt dat hij zijn loon al twee maanden niet krijgt. Registratienummer [[dos:PL2000-2024078112]]. Zou je dit meenemen richting de uitbuitingsmelding? Gr. [[p:Karin]]
""",
    r"""
Reactie van het {{o:Juridisch Loket}} (Tilburg), [[d:6-5-2024]]:
Geachte mevrouw [[p:Fortes]], wij hebben uw vraag ontvangen onder nummer [[dos:JL-2024-T-18832]]. U kunt op [[d:woensdag 15 mei]] om 10.30 uur terecht op ons kantoor aan de [[a:Piusplein 8]], [[pc:5038 WL]] Tilburg. Neem uw ID-bewijs en de brief van de school mee.
""",
    r"""
Memo van [[p:Nadia]] (SWT Nijmegen-Oost)
[[p:Kwame]] heeft vandaag zijn eerste voedselpakket opgehaald. Hij vertelde trots dat zijn dochter [[p:Ama]] aangenomen is op de Hogeschool ({{o:HAN}}). Schuldhulptraject: alle schuldeisers aangeschreven [[d:27 mei]], reacties verwacht binnen 4 weken. De zorgverzekeraar ({{o:VGZ}}) heeft de betalingsachterstand van € 1.320 "bevroren" onder nummer [[dos:VGZ-WNZ-2024-2871]].
""",
    r"""
Klacht ingediend bij {{o:Gebiedsteam Leeuwarden}} via het webformulier, [[d:22.04.2024]]:
Naam: [[p:Freerk Bosma]]
Adres: [[a:Schieringerweg 114]], [[pc:8924 CM]] Leeuwarden
E-mail: [[e:freerk.bosma@planet.nl]]
Telefoon: [[t:06 - 42 81 00 73]]
Klacht: "Ik heb drie weken geleden gebeld omdat mijn moeder ([[p:Akke Bosma]], [[a:Heliconweg 33]]) dreigt te vereenzamen. Er is nog steeds niemand geweest. Ik vind dat onacceptabel."
""",
    r"""
Antwoord [[p:Sietske]] aan dhr. [[p:Bosma]]:
Beste heer [[p:Bosma]], excuses dat het zo lang heeft geduurd. Door ziekte in het team liep onze wachtlijst op. Ik ga [[d:dinsdag 30 april]] om 10.00 uur bij uw moeder langs. Als u erbij wilt zijn, graag. Mijn directe nummer is [[t:058 - 233 81 70]].
""",
    r"""
quick note ([[p:joost]]): [[p:paulina]] vandaag opgenomen (vrijwillig!), {{o:Mediant}} {{w:Enschede-Zuid}}. [[p:mateusz]] heeft de sleutel, kat wordt gevoerd door buurvrouw. Huurbetaling mei: al gedaan via [[i:NL03INGB8320193687]].
""",
    r"""
Bijlage bij aanvraag bijzondere bijstand [[p:Benali]]:
Offerte witgoed, [[d:11-04-2024]]: wasmachine € 429, koelkast € 379. Levering op [[a:Kastanjelaan 14 zw]], Breda, t.a.v. mw. [[p:K. Benali]], tel. [[t:06-47 22 91 80]].
""",
    r"""
Intake bij {{o:Sociaal Wijkteam Sittard-Geleen}}, [[d:25-01-2024]]
Dhr. [[p:Nikolay Dimitrov]] (52) woont met zijn vrouw [[p:Petya]] in een kamer boven een pizzeria aan de [[a:Rijksweg Centrum 41]], [[pc:6161 EB]] Geleen. Ze zijn niet ingeschreven in de BRP, dus geen toeslagen, geen zorgverzekering. Dhr. werkt als orderpicker via een uitzendbureau (werkgever regelt huisvesting). Sinds hij een hernia heeft kan hij niet werken en moet hij de kamer uit.
BSN dhr: [[b:747352859]]. BSN mw: [[b:703644026]].
Acties: inschrijving BRP, zorgverzekering afsluiten, contact met {{o:FairWork}}. Tel: [[t:+359 88 712 3045]] (Bulgaars).
""",
]

# ---- chunk 8: langere verslagen, casuslessen, dictaten ----
TEXTS += [
    r"""
Casusles voor het leerplatform (intern concept, nog te anonimiseren)
Titel: "Eerst de koelkast, dan het gesprek"
In {{w:Pathmos}} kwamen we bij [[p:Fatima]]'s gezin binnen via de school: de jongste, [[p:Yasmina]], viel in slaap in de klas. Ons eerste plan was een gesprek over opvoeding. Dat liep vast. Pas toen [[p:Fatima Azzouzi]] liet zien dat de koelkast leeg was en dat ze sinds [[d:12 januari]] geen kinderbijslag meer kreeg (de {{o:SVB}} had haar adres in Marokko geregistreerd na een vakantie), begrepen we de echte vraag.
Wat werkte: binnen een week samen naar het {{o:SVB}}-kantoor in Enschede, de fout laten herstellen en een voorschot via de gemeente. Pas daarna was er ruimte voor het gesprek over slapen en schermtijd.
Les voor andere teams: vraag bij elke opvoedvraag eerst naar het inkomen van de afgelopen drie maanden.
Contactpersoon voor vragen: [[p:Joost]], {{r:wijkcoach}}, [[e:j.bruggink@wijkteamsenschede.nl]].
""",
    r"""
dictaat {{r:teamleider}} [[p:erik]] na crisisoverleg [[d:vrijdag 24 mei]]
situatie familie [[p:wojcik]] [[p:nowak]] is nu stabiel ze zitten sinds woensdag in een tijdelijke woning van {{o:domesta}} aan de [[a:houtsnip 12]] nee sorry [[a:houtsnip 21]] in {{w:emmerhout}} de huisbaas [[p:arends]] heeft een aangifte aan zijn broek van de {{o:politie}} het kind [[p:zuzanna]] gaat vanaf maandag naar de peuteropvang en [[p:dorota]] heeft weer werk bij dezelfde slachterij maar nu in dagdienst taken voor volgende week [[p:noor]] regelt de zorgverzekering en ik bel met de {{r:wethouder}} over de kosten van de noodopvang einde
""",
    r"""
Verslag gesprek met dhr. [[p:Stefan Lewandowski]] (39) – {{o:Sociaal Team Almelo}}
Datum en tijd: [[d:maandag 8 juli]], 9.15 uur
Locatie: wijkcentrum {{w:Windmolenbroek}}

Dhr. komt op eigen initiatief. Hij is sinds 2015 in Nederland, werkte in de metaal en verloor zijn baan toen de fabriek in Vriezenveen sloot. Hij woont met zijn vriendin [[p:Kasia]] en haar zoon [[p:Kuba]] (10) op de [[a:Windmolenbroeksweg 92]], [[pc:7606 AK]] Almelo. De WW loopt af op [[d:31 augustus]]. Hij is bang dat ze de huur niet meer kunnen betalen. Hij drinkt "wat meer dan vroeger", zegt hij zelf.
Wat hij vraagt: hulp bij solliciteren (zijn Nederlands is goed maar schriftelijk lastig) en uitzoeken of hij recht heeft op aanvullende bijstand.
Afspraken: {{r:participatieconsulent}} [[p:Tessa Wolbers]] neemt contact op; ik stuur de WW-brieven door naar haar ([[e:t.wolbers@almelo.nl]]); volgende afspraak over 2 weken. Tel. dhr.: [[t:06 17 48 90 25]].
""",
    r"""
Verslag teamoverleg {{o:Sociaal Wijkteam Nijmegen-West}}, [[d:12 maart 2024]]
Aanwezig: [[p:Petra]], [[p:Bram]], [[p:Ilse]], [[p:Wouter]], [[p:Leila]] (stagiaire {{o:HAN}}), {{r:teamleider}} [[p:Hans]].
1. Terugblik week: 14 nieuwe meldingen, waarvan 5 schulden, 4 eenzaamheid, 3 opvoeding, 2 overlast.
2. Thema: huiselijk geweld. [[p:Leila]] presenteert haar onderzoek naar signalen bij ouderen. Belangrijkste punt: financiële uitbuiting wordt zelden herkend. Voorbeeld (met toestemming): mw. [[p:Janssen]] uit {{w:Wolfskuil}}, bij wie een kleinzoon maandelijks € 400 "leende".
3. Rooster zomer: [[p:Wouter]] is weg van [[d:15 juli]] t/m [[d:9 augustus]]; [[p:Ilse]] neemt zijn casussen waar.
4. Afscheid [[p:Hans]] (met pensioen!) op [[d:vrijdag 28 juni]], borrel in {{o:De Klif}}.
""",
    r"""
Hoi [[p:Kim]], ik ben het [[p:Priscilla]]. Ik heb die brief van de {{o:IND}} eindelijk. Er staat dat ik een afspraak heb op [[d:vier maart]] in Den Bosch? Kun jij mee? Mijn broer moet werken. Mijn nieuwe nummer is [[t:06 85 33 20 14]] want de oude is kapot. xx
""",
    r"""
Rapportage [[d:20 juni 2024]] — {{o:WIJ Lewenborg}}
Mw. [[p:Postma]] belde huilend: [[p:Stijn]] is door de {{o:politie}} thuisgebracht na een vechtpartij bij het winkelcentrum. Hij is 15. Vader [[p:Klaas]] lag op bed en kwam niet naar beneden. Ik ben er om 16.00 langs geweest. [[p:Stijn]] zat op zijn kamer, wilde niet praten, maar kwam na een half uur toch naar beneden toen ik over voetbal begon (hij is fan van {{o:FC Groningen}}).
Afgesproken: morgen samen met de {{r:jeugdconsulent}} ([[p:Anke Bakker]]) een gezinsgesprek. Contact met de {{r:wijkagent}} over de afhandeling ({{o:Halt}}?). Zaak bij {{o:politie}}: [[dos:PL0100-2024162003]].
""",
    r"""
Van: [[p:Ilona Kaspers]] ({{o:GGD Zaanstreek-Waterland}})
Aan: [[p:Ömer]]
Onderwerp: mw. [[p:A.]] ({{w:Poelenburg}})
[[d:17-04-2024]]
Hoi [[p:Ömer]], goed bezoek vandaag! Ik vond het mooi hoe mw. opleefde toen je over haar dorp in Konya begon. Wat mij betreft volgende keer een eerste afspraak met haar dochter [[p:Kübra]]: die woont in Wormerveer, [[t:06 - 19 40 81 55]]. Mw. gaf toestemming. Ik stuur [[p:Frank]] van {{o:Parteon}} een update. Groet [[p:Ilona]]
""",
    r"""
Overdracht {{r:huisarts}} → wijkteam (via {{o:Zorgdomein}}, platte tekst)
Patiënt: mevr. [[p:G.H. van der Laan-Kramer]], geb. [[d:21-01-1944]]
Adres: [[a:Willem de Zwijgerlaan 88]], [[pc:9402 AR]] Assen
Dochter: [[p:Carla]], [[t:06-20 51 47 93]]
Probleem: mw. vergeet haar medicatie, heeft haar pinpas drie keer verloren, ligt 's nachts wakker. Geen diagnose dementie. Dochter is overbelast.
Vraag: graag casemanagement en ondersteuning mantelzorger. Verwijzing ook naar {{r:casemanager dementie}} ({{o:Icare}}) gedaan.
{{r:Huisarts}}: [[p:E.J. Koster]], Gezondheidscentrum {{w:Assen-Oost}}
""",
    r"""
Telefoonnotitie [[d:15 april]] (avond, piket): mw. [[p:Tesfay]] belde in paniek: haar zoon [[p:Filmon]] (7) heeft hoge koorts. Ze wist niet dat ze de huisartsenpost kan bellen. Nummer {{o:HAP}} gegeven. Morgen checken. (Let op: andere [[p:Filmon]] dan de cliënt van {{o:Buurtteam Overvecht}}, dat is een toeval.)
""",
    r"""
Notulen stuurgroep "Samen sterk in {{w:Hoensbroek}}" — [[d:14 nov. '23]]
Aanwezig: gemeente Heerlen (mevr. [[p:Dassen]], dhr. [[p:Habets]]), {{o:Weller}} ([[p:Ron Pelzer]]), {{o:Trajekt}} ([[p:Gaby]]), {{o:Zuyderland}} ([[p:Maud]]), {{o:Sociaal Team Heerlen}} ([[p:Annelies]]).
- Cijfers: 46 huishoudens met meervoudige problematiek in beeld; 12 met een huurachterstand van meer dan 3 maanden.
- Pilot "vroegsignalering": {{o:Weller}}, {{o:Essent}} en {{o:WML}} leveren signalen aan bij 1 maand achterstand. Eerste ervaringen positief.
- Volgende bijeenkomst: [[d:6 februari 2024]], gemeentehuis.
""",
    r"""
Samenvatting {{o:Veilig Thuis}}-melding (alleen voor {{r:behandelaar}})
Meldnummer: [[dos:VT-ZL-2024-00419]]
Datum melding: [[d:28-01-2024]]
Betrokkenen: mw. [[p:Sevgi Kaya]] (34), kinderen [[p:Deniz]] (14), [[p:Ela]] (6), ex-partner [[p:Onur Şahin]].
Woonadres mw.: [[a:Palemigerboord 117]], [[pc:6411 HS]] Heerlen.
Kern: na de scheiding blijft dhr. [[p:Şahin]] mw. bellen en opwachten bij school. Op [[d:26 januari]] heeft hij de ruit van de auto van mw. ingeslagen. Aangifte gedaan.
Vervolg: {{o:Veilig Thuis}} draagt over aan het {{o:Sociaal Team Heerlen}}.
""",
    r"""
[[p:Ravi]] ({{r:budgetcoach}}) aan [[p:Sunita]], via WhatsApp, [[d:di 5/3]]:
Goedemorgen [[p:Sunita]], de {{o:Kredietbank}} heeft de schuldregeling goedgekeurd 🎉. Je krijgt een brief. Vanaf april betaal je elke maand € 35 aan de {{o:Kredietbank}}, de rest wordt gespaard voor de schuldeisers. Vragen? Bel gerust [[t:06 39 52 18 70]].
""",
    r"""
Hoi [[p:Ravi]], wat goed!!! Dankjewel. Ik moet ook even zeggen dat [[p:Rajesh]] weer contact zoekt, hij wil de kinderen zien in de meivakantie. Ik weet niet of ik dat moet toestaan. Kunnen we daar volgende keer over praten? Groetjes [[p:Sunita]]
""",
    r"""
Verslag {{r:opbouwwerker}} — bewonersavond {{w:Tuinzigt}}, Breda, [[d:donderdag 30 mei]]
Ongeveer 35 bewoners aanwezig. Onderwerpen: de parkeerdruk, hangjongeren bij de Tuinzigtstraat, en de sluiting van de supermarkt. Bewoonster [[p:Marga van Leeuwen]] biedt aan om een boodschappendienst voor ouderen op te zetten. Bewoner [[p:Hüseyin Demir]] wil een moestuin op het braakliggende terrein. Beide krijgen een afspraak met [[p:Lotte]] (buurtbudget). Contact bewonerscommissie: [[e:bewonerscommissie.tuinzigt@gmail.com]].
""",
    r"""
Terugkoppeling aan verwijzer (schoolmaatschappelijk werk)
Beste mevrouw [[p:Asante]],
Dank voor uw aanmelding van het gezin [[p:Ziani]]. Wij hebben op [[d:31 januari]] een eerste gesprek gehad met moeder en vader thuis. Er is een plan gemaakt: moeder krijgt steun van een {{r:gezinscoach}} ([[p:Naima]]), de schulden worden geïnventariseerd, en voor [[p:Imane]] zoeken we een plek bij de naschoolse opvang zodat zij niet alleen voor haar broertjes hoeft te zorgen.
Met vriendelijke groet,
[[p:Tom]], {{o:Buurtteam Amsterdam Nieuw-West}}
""",
    r"""
Logboek nachtopvang (overdracht aan wijkteam, op verzoek cliënt)
Naam: [[p:Brian de Graaf]] (23)
[[d:3/6]] binnen 22.10, rustig. Vraagt naar "die meneer van het wijkteam" ([[p:Sem]]).
[[d:4/6]] niet gekomen.
[[d:5/6]] binnen 23.40, onder invloed, ruzie met medebewoner [[p:Ahmed]] (niet dezelfde als cliënt [[p:Ziani]]!).
[[d:6/6]] binnen 21.30, afspraak bij {{o:Werkplein}} morgen besproken, kleding gewassen.
""",
    r"""
Mail [[p:Sanne]] ({{o:WIJ Selwerd}}) aan {{o:Nijestee}}:
Beste [[p:Jeroen]],
Mevrouw [[p:B.]] (Pleiadenlaan) heeft nu een {{r:casemanager dementie}}. Zij wil graag weten of jullie een traplift/aanpassing kunnen doen; de {{r:huisarts}} ondersteunt dit. Ook vraag ik of jullie de buurman, dhr. [[p:Koster]], willen bedanken: zonder hem was het anders afgelopen. Mw. heeft toestemming gegeven (getekend [[d:4 maart 2024]]).
Groet,
[[p:Sanne de Boer]]
[[t:06 - 41 20 38 16]]
""",
    r"""
ingesproken memo [[p:Karin]] ({{r:wijkagent}}), doorgestuurd aan wijkteam
ja [[p:Marjolein]] met [[p:Karin]] even over die woning aan de lunetstraat, die is vandaag ontruimd, de mannen zijn opgevangen in een hotel in Etten-Leur op kosten van de gemeente, [[p:Georgi]] en zijn gezin mogen blijven, hun nieuwe contract komt via {{o:WonenBreburg}}, en de uitzendbureau-eigenaar, [[p:Van Ooijen]], is aangehouden, dat is de stand, bel me maar als je vragen hebt
""",
    r"""
Verslag keukentafelgesprek — {{w:Lakerlopen}}, Eindhoven — [[d:18-03-2024]]
Aanwezig: dhr. [[p:Theo van der Heijden]] (76), mw. [[p:Riet van der Heijden]] (74), zoon [[p:Mark]], {{r:Wmo-consulent}} [[p:Daphne]].
Dhr. heeft Parkinson. Mw. verzorgt hem, maar heeft zelf artrose. Ze slapen beneden in de woonkamer omdat de trap niet meer gaat. Badkamer is boven. Ze willen graag blijven wonen in hun eigen huis aan de [[a:Celebesstraat 7]].
Mogelijkheden besproken: traplift of badkamer beneden; respijtzorg voor mw. ({{o:Mantelzorg Eindhoven}}); logeeropvang dhr. Zoon [[p:Mark]] regelt de financiën en is bereikbaar via [[e:markvdheijden@ziggo.nl]].
""",
]

# ---- chunk 9: formulieren, brieven, signalen (data-rijk) ----
TEXTS += [
    r"""
TOESTEMMINGSVERKLARING uitwisseling gegevens — {{o:Sociaal Wijkteam Zwolle}}
Ondergetekende: [[p:Dewi Kartodikromo]]
Geboortedatum: [[d:9 september 1983]]
BSN: [[b:163529802]]
Adres: [[a:Thomas a Kempisstraat 57]], [[pc:8021 BK]] Zwolle
geeft toestemming dat het wijkteam gegevens uitwisselt met: {{o:Dimence}}, {{o:Isala}} (afd. diabetes), {{o:Schuldhulp Zwolle}} en de {{r:huisarts}}.
Geldig tot: [[d:31-12-2024]]
Plaats en datum ondertekening: Zwolle, [[d:19-2-2024]]
Namens het wijkteam: [[p:R. Veldhuis]], {{r:casusregisseur}}
""",
    r"""
Signaal huurachterstand — {{o:Woonpunt}} → {{o:Sociaal Wijkteam Maastricht}}
Datum signaal: [[d:03-04-2024]]
Huurder(s): [[p:Lahcen Boukhari]] en [[p:Naima Boukhari-Tahiri]]
Adres: [[a:Mergelweg 120 C]], [[pc:6212 XN]] Maastricht ({{w:Mariaberg}})
Contractnummer: [[dos:WP-033871-02]]
Achterstand: 2 maanden (€ 1.344,18), eerste herinnering [[d:5 febr.]], aanmaning [[d:7 mrt]].
Telefoon huurder (bij ons bekend): [[t:043 - 325 01 99]]
Opmerking {{r:woonconsulent}}: huurders reageren niet op brieven; bij huisbezoek op [[d:28 maart]] niet thuis.
""",
    r"""
Verzoek betalingsregeling — verstuurd namens cliënt
Aan: {{o:Flanderijn}} gerechtsdeurwaarders
Uw dossiernummer: [[dos:FL-2024-0833719]]
Betreft: dhr. [[p:P. Kamphuis]], [[a:Hanzeweg 8]], [[pc:7418 AW]] Deventer
Deventer, [[d:17 juni 2024]]

Geachte heer, mevrouw,
Namens bovengenoemde cliënt verzoek ik u akkoord te gaan met een betalingsregeling van € 50 per maand, ingaande [[d:1 juli 2024]]. Cliënt heeft een inkomen op bijstandsniveau; een overzicht van inkomsten en lasten is bijgevoegd. Betaling vindt plaats vanaf rekening [[i:NL67ASNB8140836312]] onder vermelding van uw dossiernummer.
Wij verzoeken u het beslag op de uitkering op te heffen tot u heeft gereageerd.
Met vriendelijke groet,
[[p:Femke Oude Luttikhuis]], {{r:maatschappelijk werker}} {{o:Sociaal Team Deventer}}
""",
    r"""
Vroegsignalering energie, week 16 — lijst van {{o:Enexis}}/{{o:Essent}} aan wijkteam Heerlen (vertrouwelijk)
1. [[a:Ganzeweide 14]], [[pc:6413 GA]] – achterstand 2 mnd – klantnr [[dos:20 1147 0062]]
2. [[a:Akerstraat 203-B]], [[pc:6417 BP]] – achterstand 3 mnd – klantnr [[dos:20 1151 9930]]
3. [[a:Schaesbergerweg 54]], [[pc:6415 AK]] – achterstand 2 mnd – klantnr [[dos:20 1099 4127]]
Actie: [[p:Annelies]] en [[p:Ricky]] gaan [[d:maandag 22 april]] langs met de "we-hebben-een-brief-voor-u"-aanpak.
""",
    r"""
Aanvraag kwijtschelding gemeentelijke belastingen (ingevuld met {{r:vrijwilliger}} {{o:SchuldHulpMaatje}})
Aanvrager: [[p:Agnieszka Kamińska]]
Adres: [[a:Spoorstraat 40-b]], [[pc:5911 KK]] Venlo
Aanslagnummer: [[dos:1800.2024.0017.8812]]
Rekeningnummer: [[i:NL06 TRIO 0919 2052 01]]
Huishouden: alleenstaande ouder met [[p:Oliwia]] (11)
Inkomen: loon (parttime, schoonmaak) € 1.160 netto + kindgebonden budget
Datum: [[d:26 maart 2024]]
""",
    r"""
Uitnodiging netwerkberaad rond [[p:Koen Stam]]
Beste [[p:Marianne]], [[p:Bert]] en [[p:Ruud]],
Hierbij nodig ik jullie uit voor het tweede netwerkberaad op [[d:donderdag 12 september 2024]] van 15.00 tot 16.30 uur in het wijkcentrum, [[a:Kruiskamp 101]], Amersfoort. [[p:Koen]] heeft zelf gevraagd of ook zijn collega [[p:Jeffrey]] van de werkvoorziening mag komen. Laat even weten of jullie kunnen.
Groet, [[p:Eva Prins]], {{o:Sociaal Wijkteam Amersfoort}}, [[t:033 - 469 55 12]]
""",
    r"""
Beschikking bijzondere bijstand (samenvatting voor dossier)
Kenmerk: [[dos:BB/2024/04412]]   Datum besluit: [[d:12-07-2024]]
Aanvrager: [[p:I. Postma]], {{w:Lewenborg}}
Toegekend: € 439 voor wasmachine, uitbetaling op [[i:NL28INGB0001153137]] binnen 5 werkdagen.
Afgewezen: vergoeding telefoonrekening.
Bezwaar mogelijk tot [[d:23 augustus 2024]].
""",
    r"""
Van: [[e:helpdesk@gemeentepolis-twente.nl]]
Aan: [[e:m.aydin1966@hotmail.com]]
Datum: [[d:ma 3 jun 2024]]
Beste mevrouw [[p:Aydın]],
Uw aanmelding voor de gemeentepolis ({{o:Menzis}}) is ontvangen. Uw nieuwe polisnummer is [[dos:M-301 992 417]]; de verzekering gaat in per [[d:1 juli 2024]]. De premie wordt maandelijks afgeschreven van [[i:NL96ABNA0241602552]].
Met vriendelijke groet, Team Gemeentepolis
""",
    r"""
Verwijzing {{o:Voedselbank Assen}}
Naam aanvrager: [[p:Chenoa Pattiasina]] (eigen huishouden sinds [[d:1 mei 2024]])
Adres: [[a:Molukkenstraat 6]], [[pc:9402 GK]] Assen
Aantal personen: 2 (mw. + zoontje [[p:Jairo]], 4 mnd)
Verwijzer: [[p:Noor Tuanakotta]], {{r:sociaal werker}}, [[e:n.tuanakotta@sociaalteamassen.nl]]
Ingangsdatum: [[d:16-05-2024]], herbeoordeling na 6 maanden.
""",
    r"""
Notitie [[p:Noor]]: let op, [[p:Chenoa]] (17 bij start van ons traject) is nu 18 en woont zelfstandig met baby. Opa [[p:Johannes]] is daar niet blij mee. Dossier [[dos:STA-2023-0442]] blijft open, nieuw dossier voor [[p:Chenoa]] zelf: [[dos:STA-2024-0915]].
""",
    r"""
English message from client, forwarded by [[p:Tim]] ([[d:Jun 12, 2024]]):
"Hi [[p:Tim]], this is [[p:Nelson]]'s mom. [[p:Nelson]] has an appointment with the {{r:probation officer}} on [[d:June 19]] at the office on [[a:Velperweg 27]]. He lost the letter. Can you call me on [[t:+31 6 81 44 02 97]]? I work until 3. Thank you, [[p:Nilda]]"
""",
    r"""
[[d:di 9-4-2024]] huisbezoek [[a:Lasondersingel 171]]. Mw. [[p:Aydın]] heeft de kwijtschelding gekregen (aanslagnummer [[dos:2024 011 4478 2]]). ANW-aanvraag ingediend bij de {{o:SVB}} op [[d:2-4]]; zij kreeg een ontvangstbevestiging onder nummer [[dos:ANW 0019 2281 16]]. [[p:Emre]] was niet thuis, hij had een sollicitatiegesprek.
""",
    r"""
Rapportage {{o:Sociaal Wijkteam Leiden}}, {{w:Stevenshof}}
[[d:3 juli]]: Gesprek met mw. [[p:Lily Zhang]] (42), [[a:Haagwinde 31]], [[pc:2332 KX]] Leiden. Mw. is alleenstaand, werkt als kok in een restaurant in de binnenstad en heeft sinds een val op het werk rugklachten. Werkgever betaalt loon door maar dreigt met ontslag. Dochter [[p:Xiao]] (12) zit op het {{o:Stedelijk Gymnasium}}.
Mw. vraagt: wat zijn mijn rechten? Verwezen naar de {{r:sociaal raadsman}} en het {{o:Juridisch Loket}}. Contact: [[t:06 - 28 40 11 97]], [[e:lily.zhang.leiden@gmail.com]].
""",
    r"""
Memo [[p:Ruben]] (Dordrecht): [[p:Laurens]] heeft [[d:2 juli]] zijn intake gehad bij {{o:De Hoop ggz}}. Hij begint [[d:15-07]] met een dagbehandeling. Zijn dochter [[p:Lotte]] logeert in de zomer bij haar moeder in Zwijndrecht. Hij vroeg of het wijkteam in de tussentijd zijn post kan bekijken; afgesproken: 1x per week, woensdag.
""",
    r"""
Rapport vervuiling woning (ter info aan wijkteam) — {{o:Rijnstad}}/{{o:Vivare}}, Arnhem
Adres: [[a:Rosendaalseweg 512-2]], [[pc:6824 KZ]] Arnhem ({{w:Geitenkamp}})
Bewoner: dhr. [[p:W. Gerritsen]] (68)
Bevindingen bij inspectie [[d:4 juni 2024]]: verzameling oude kranten tot plafondhoogte in twee kamers, gootsteen niet bruikbaar, sterke urinelucht, kat(ten). Geen ongedierte waargenomen. Dhr. was vriendelijk maar zei "dit is mijn archief".
Advies: aanpak via het bemoeizorgteam; geen juridische stappen zolang er een hulpverleningstraject is.
""",
    r"""
Verslag [[p:Tamara]] ({{r:schuldhulpmaatje}}) — [[d:woensdag 22 mei]]
Gesprek met mw. [[p:Sikkema]] over haar schuld aan de {{o:Belastingdienst}}. Zij is gedupeerde van de toeslagenaffaire (dossier {{o:UHT}} [[dos:UHT-2021-411029]]). De compensatie kwam in 2022; een deel ging op aan oude schulden, een deel aan een auto. Inmiddels zijn er nieuwe achterstanden bij {{o:Ziggo}} en {{o:Wehkamp}}. Mw. schaamt zich: "Ik heb het verpest." Ik heb gezegd dat dit vaker gebeurt en dat het {{o:Herstelteam}} ook brede ondersteuning biedt via de gemeente. Nieuwe afspraak [[d:5 juni]].
""",
    r"""
Notulen overleg Vroeg Eropaf, Rotterdam-Zuid — [[d:10-04-2024]]
Aanwezig: {{o:Woonstad Rotterdam}}, {{o:Havensteder}}, {{o:Vraagwijzer}} Charlois, wijkteams {{w:Tarwewijk}} en {{w:Bloemhof}}, {{o:Kredietbank Rotterdam}}.
- Aantal signalen Q1: 212; 61% bereikt, 38 huishoudens doorverwezen naar schuldhulp.
- Knelpunt: signalen zonder telefoonnummer. Voorstel: corporaties leveren voortaan ook e-mailadres.
- Casus ter bespreking: huishouden op [[a:Dordtselaan 187b]] (naam in dossier), 4 keer niet thuis. {{r:Huisbezoeker}} [[p:Romano]] gaat in de avond.
- Volgend overleg [[d:8 mei]].
""",
]

# ---- chunk 10: lange teksten, mailwisselingen, lessen ----
TEXTS += [
    r"""
Casusles bemoeizorg — Apeldoorn, {{w:Zevenhuizen}}
Na de melding van de buurvrouw op [[d:2 mei]] zijn de {{r:GGZ-verpleegkundige}} van {{o:Team Bemoeizorg Apeldoorn}} en de {{r:wijkagent}} vijf keer bij dhr. [[p:Wissink]] aan de deur geweest. De eerste vier keer deed hij niet open. De vijfde keer hadden ze een zak broodjes bij zich en vroegen ze alleen of hij iets nodig had. Hij liet ze binnen. In huis bleek dat de stroom al maanden was afgesloten en dat hij 's nachts liep omdat hij het koud had. Eerste stap was dus niet de {{r:psychiater}} maar {{o:Liander}} en de energieleverancier. Na drie weken stroom sliep hij weer. Pas daarna was hij bereid om met een {{r:psychiater}} te praten.
Les: bij zorgmijding begint vertrouwen vaak bij iets praktisch. Tijdsinvestering: ca. 14 uur in 6 weken, veel minder dan een gedwongen opname had gekost.
Contact voor collega's: [[p:Marco Beltman]], [[t:06 - 22 41 77 90]].
""",
    r"""
Van: [[p:Kevin Peters]] <[[e:k.peters@talis.nl]]>
Aan: [[p:Petra van Gils]] <[[e:p.vangils@swtnijmegen.nl]]>
Datum: [[d:dinsdag 2 juli 2024]] 11:47
Onderwerp: RE: RE: mw. [[p:Öztürk]]

Hoi [[p:Petra]],
Akkoord, we zetten de ontbindingsprocedure voorlopig stop. Voorwaarde is wel dat mw. de afspraken uit het gesprek van [[d:18 juni]] nakomt (geen muziek na 22.00, betaling € 150 per maand bovenop de huur). Wil jij dat nog eens met haar doornemen?
Groet, [[p:Kevin]]

> Op [[d:1 jul. 2024]] schreef [[p:Petra van Gils]]:
> Hoi [[p:Kevin]], mw. [[p:Öztürk]] is sinds vorige week weer in beeld bij {{o:Pro Persona}} en neemt medicatie. [[p:Bram]] ziet haar wekelijks. Kunnen jullie de procedure aanhouden?
""",
    r"""
dictaat, spraakherkenning, [[p:Daphne]] {{r:Wmo-consulent}} Eindhoven
gesprek op [[d:drieëntwintig januari tweeduizend vierentwintig]] met mevrouw [[p:Van Lierop]] punt mevrouw woont alleen op de [[a:boschdijk driehonderdeen a]] komma tweede verdieping punt ze heeft COPD en kan de trap moeilijk op punt ze vraagt een verhuisindicatie naar een gelijkvloerse woning punt haar zoon [[p:Martin]] heeft het formulier ingevuld punt volgende stap medisch advies via {{o:Argonaut}} punt
""",
    r"""
Overdracht {{o:Buurtteam Amsterdam-Zuidoost}} ({{w:Bijlmer-Centrum}}) — [[d:8 mei 2024]]
Gezin [[p:Owusu]]: vader [[p:Kwabena Owusu]] (51), moeder [[p:Akua Owusu-Mensah]] (46), kinderen [[p:Esi]] (17), [[p:Kojo]] (14), [[p:Abena]] (9).
Adres: [[a:Bijlmerdreef 1102]], [[pc:1103 TX]] Amsterdam (woning {{o:Ymere}}).
Achtergrond: vader werkte als beveiliger, is sinds een hartinfarct in 2023 arbeidsongeschikt. Moeder werkt als schoonmaakster in de ochtend en in een ziekenhuis in de avond. Het gezin is actief in een Ghanese pinksterkerk; de {{r:voorganger}}, pastor [[p:Agyeman]], helpt soms met geld.
Lopend: WIA-aanvraag vader ([[dos:UWV 2024-118-3392]]); schuld aan {{o:DUO}} van [[p:Esi]]'s oudere zus die in Londen woont (staat op naam van moeder?) — uitzoeken. [[p:Kojo]] is geschorst geweest op school; {{o:OKT}} is betrokken ([[p:Sharon]]).
Nieuwe contactpersoon buurtteam: [[p:Jordy]], [[t:020 - 251 81 44]].
""",
    r"""
Brief, handgeschreven, overgetypt door [[p:Inge]] ({{o:Porthos}}), ontvangen [[d:3-6-2024]]
"Geachte dames en heren, Mijn naam is [[p:Adriana Dieleman-Sinke]] en ik woon al 52 jaar op de [[a:Dauwendaelsweg 96]] te Middelburg. Sinds mijn man [[p:Kees]] in het voorjaar is overleden krijg ik brieven die ik niet begrijp over een pensioen uit Engeland waar hij vroeger gewerkt heeft. Mijn kinderen wonen ver weg. Mijn buurvrouw mevrouw [[p:Minderhoud]] zei dat ik u moest schrijven. Ik heb geen computer. Mijn telefoon is [[t:0118 - 62 71 30]]. Hoogachtend, [[p:A. Dieleman]]"
Noot [[p:Inge]]: mw. signeert met "[[p:A. Dieleman]]", voorletter [[p:Adriana]]. Afspraak gemaakt voor [[d:donderdag 13 juni]].
""",
    r"""
Notulen overleg {{o:Buurtteam Kanaleneiland}}, Utrecht — [[d:woensdag 28 februari 2024]]
Aanwezig: [[p:Meltem]], [[p:Jasper]], [[p:Youssra]] ({{r:buurtteammedewerker}}), [[p:Gert-Jan]] ({{o:Mitros}}), [[p:Fatima El Khatib]] ({{r:wijkverpleegkundige}}), [[p:Rob]] ({{o:Lister}}).
1. Casus [[p:El Amrani]] ([[a:Marshalllaan 305]]): dhr. (71) weigert thuiszorg, wordt verzorgd door dochter [[p:Houda]] die zelf drie kinderen heeft. [[p:Fatima]] heeft met hem in het Tamazight gesproken; hij vindt het schaamtevol om door een vreemde gewassen te worden. Voorstel: mannelijke verzorgende. [[p:Fatima]] vraagt dit na bij {{o:Careyn}}.
2. Casus [[p:Haile]] ([[a:Trumanlaan 48-bis]]): wachten op nieuws van de {{o:IND}}.
3. [[p:Rob]] vertelt dat {{o:Lister}} een nieuwe woonvorm opent in {{w:Lombok}} voor jongvolwassenen met psychische kwetsbaarheid; aanmelden via hem.
Volgende keer: [[d:13-3]].
""",
    r"""
Intake {{o:Sociaal Wijkteam Lelystad}}, [[d:donderdag 4 april 2024]]
Cliënt: [[p:Sharon Wawoe]] (19), [[a:Atolplaats 12]], [[pc:8232 AC]] Lelystad ({{w:Atolwijk}})
Mw. is met 18 uit een gezinshuis vertrokken (jeugdzorg via {{o:Timon}}). Ze woont nu in een studio, volgt een mbo-opleiding Zorg & Welzijn en werkt 12 uur bij een supermarkt. Studiefinanciering is stopgezet omdat ze te veel verzuim had; ze heeft nu een schuld bij {{o:DUO}} van € 2.600 en haar zorgverzekering ({{o:Zilveren Kruis}}) is opgezegd wegens wanbetaling.
Netwerk: haar tante [[p:Gracia]] in Almere, ex-pleegmoeder [[p:Marjan de Ruiter]] ([[t:0320 - 24 81 55]]), vriendje [[p:Jermaine]].
Afspraken: zorgverzekering herstellen via gemeentepolis; {{o:DUO}}: verzoek om draagkrachtmeting; {{r:jongerencoach}} [[p:Mo]] start. Tel. mw.: [[t:06 - 48 33 20 71]]. BSN: [[b:378552594]].
""",
    r"""
Van het {{o:Vraagwijzer}} Charlois: beller mw. [[p:Pinas]] (zus van cliënt) [[d:vrijdag 12 april]] om 16.50: "Mijn broer [[p:Edgar]] is uit de opvang gezet. Hij zit nu bij mij op de bank, [[a:Wolphaertsbocht 410c]]. Ik kan hem hier niet houden, mijn huurbaas ({{o:Woonstad}}) mag het niet weten." Doorgezet naar wijkteam {{w:Carnisse}} ([[p:Marco]]) voor maandag.
""",
    r"""
Notitie [[p:Hylke]] ({{o:Gebiedsteam Heerenveen}}), [[d:14 juni]]:
Mw. [[p:Grietje Hofstra]] is na de opname in het ziekenhuis niet meer naar de [[a:Sminiaweg 4]] teruggegaan. Ze verblijft tijdelijk in een zorgcentrum in de Anne Frankstraat; een definitieve plek wordt gezocht. Haar neef [[p:Sjoerd Hofstra]] uit Sneek is nu contactpersoon ([[t:0515 - 43 19 02]]). De woning wordt in overleg met {{o:Elkien}} opgezegd per [[d:1 augustus]]. Ik sluit ons dossier [[dos:GTH-24-0317]] af na de overdracht aan de {{r:casemanager dementie}}.
""",
    r"""
Reactie cliënt op evaluatieformulier (anoniem? nee, naam ingevuld)
Naam: [[p:Yvonne Scholten]]
Hoe tevreden bent u over de hulp van het wijkteam? 8
Wat ging goed? "[[p:Mirjam]] en [[p:Joost]] luisterden echt. Ze hebben ons geholpen toen [[p:Rob]] niet meer wist hoe het verder moest."
Wat kan beter? "De wachttijd bij de {{o:Stadsbank}}. Drie maanden is heel lang als de deurwaarder elke week belt."
Mogen we u bellen voor een gesprek? Ja: [[t:06 53 11 70 28]].
""",
    r"""
Verslag {{r:jongerenwerker}} Gouda ({{w:Korte Akkeren}}), [[d:19-06-2024]]
[[p:Yonas Ghebremedhin]] (17) komt al een paar weken naar het jongerencentrum. Hij is als alleenstaande minderjarige vreemdeling via {{o:Nidos}} in Gouda geplaatst en woont in een kleine wooneenheid. Vandaag vertelde hij dat hij 's nachts niet slaapt en steeds aan zijn moeder in Eritrea denkt; hij heeft al maanden niets van haar gehoord. Zijn {{r:voogd}} bij {{o:Nidos}}, [[p:Marieke Wisse]], wist hier niet van. Met toestemming van [[p:Yonas]] mail ik haar ([[e:m.wisse@nidos.nl]]) en stel ik een gezamenlijk gesprek voor.
""",
    r"""
[[d:do 20-6]] 10.30 bel van [[p:Marieke Wisse]] ({{o:Nidos}}): dank voor signaal. [[p:Yonas]] heeft een afspraak bij de {{o:GGD}} {{r:jeugdarts}} op [[d:27 juni]]. Ook zoekt ze via het {{o:Rode Kruis}} (Restoring Family Links) naar zijn moeder.
""",
    r"""
Aan: [[e:wijkteam@gemeente-denhelder.nl]]
Van: [[e:a.kramer@ggdhn.nl]]
Datum: [[d:7 maart 2024]]
Onderwerp: zorgmelding [[a:Javastraat 68]], {{w:Nieuw-Den Helder}}

Beste collega's,
Na een melding van de buren zijn wij op [[d:5 maart]] bij de bewoner, dhr. [[p:R. Zwart]] (63), geweest. Er is sprake van ernstige vervuiling en er leven circa 20 katten in de woning. Dhr. heeft een militair verleden (marine) en wil niets met "instanties" te maken hebben, maar hij sprak wel open over zijn broer [[p:Piet]], die hem vroeger hielp. Wij adviseren een gezamenlijke aanpak met {{o:Woningstichting Den Helder}} en de dierenambulance.
Met vriendelijke groet,
[[p:Anja Kramer]], {{r:sociaal verpleegkundige}} {{o:GGD Hollands Noorden}}
""",
    r"""
Appje van [[p:Ahmad Rahimi]] aan [[p:Femke]], [[d:16-7-2024]] 07:58:
"Goedemorgen [[p:Femke]]. Gisteren hoorzitting {{o:UWV}}. Mevrouw van {{o:Juridisch Loket}} (mevrouw [[p:Eshuis]]) was mee. Zij zeggen uitslag komt in 6 weken. Ik ben blij dat u mij helpt. [[p:Zahra]] zegt ook dank u. [[p:Ahmad]]"
""",
]

# ---- chunk 11: administratieve notities (weinig namen, veel nummers) ----
TEXTS += [
    r"""
adreswijziging doorgeven!! mw [[p:huizinga]] woont vanaf [[d:1-7]] op [[a:oosterparkweg 45-II]], postcode [[pc:9713jg]]. oud adres ([[a:Meint Veningastraat 88]], [[pc:9603 AG]] Hoogezand) NIET meer gebruiken. post {{r:bewindvoerder}} ook omzetten, rekening blijft [[i:NL61 RABO 0729 3077 16]].
""",
    r"""
Leefgeldoverzicht juni — beheerrekening [[i:nl11 abna 3034 0758 75]] (cliënt [[p:J.M. Pinas]], dossier [[dos:BWV/0387]])
[[d:03-06]]  leefgeld  € 60,00
[[d:10-06]]  leefgeld  € 60,00
[[d:14-06]]  extra (schoenen, akkoord [[p:Mireille]])  € 45,00
[[d:17-06]]  leefgeld  € 60,00
[[d:24-06]]  leefgeld  € 60,00  → niet ontvangen volgens cliënt; bank gebeld, bijgeschreven op [[d:26-06]]
Huur {{o:Woonstad Rotterdam}} per incasso op [[d:1 juni]]. Geen bijzonderheden.
""",
    r"""
Netwerkoverleg Venlo-Oost — planning 2e helft 2024 (locaties)
[[d:do 12 sept]]: buurthuis, [[a:Hogeweg 110]], 14.00
[[d:do 10 okt]]: {{o:Vincent van Gogh}}, [[a:Stationsweg 46]], [[pc:5803 AC]] Venray, 13.30
[[d:do 14 nov]]: wijkcentrum {{w:Vossener}}, 14.00
[[d:do 12 dec]]: gemeentehuis, 10.00 (afsluiting met {{r:wethouder}})
Aanmelden bij [[p:Mark Hendriks]], [[e:m.hendriks@wijkteamvenlo.nl]].
""",
    r"""
Intakeformulier {{o:Sociaal Wijkteam Zaanstad}}
Hoofdaanvrager: [[p:Rami Alsayed]], geb. [[d:17/03/1981]], BSN [[b:8200.53.429]]
Partner: [[p:Hiba Alsayed]], geb. [[d:02/11/1986]], BSN [[b:923 261 849]]
Kinderen: 4 (2009, 2012, 2016, 2021)
Adres: [[a:Peldersveld 23]], [[pc:1504 KA]] Zaandam ({{w:Peldersveld}})
Tel: [[t:+31 (0)75 612 40 88]] / [[t:06-4110 9320]]
E-mail: [[e:rami.alsayed81@gmail.com]]
Taal: Arabisch; Engels redelijk. Statushouder sinds 2019. Vraag: schulden na verhuizing, inrichtingskrediet nog niet afbetaald ([[dos:GKB-ZS-19-2271]]).
""",
    r"""
Met vriendelijke groet,

[[p:Sanne Koopmans]]
{{r:Wmo-consulent}} | {{o:Sociaal Team Deventer}}
T [[t:0570 - 69 34 18]] | M [[t:06 - 83 11 02 47]]
E [[e:s.koopmans@deventer.nl]]
Werkdagen: ma, di, do
Let op: vanaf [[d:1 september 2024]] zijn wij verhuisd naar de [[a:Brink 89]], [[pc:7411 BW]] Deventer.
""",
    r"""
Brief {{o:CJIB}} (samenvatting): betalingsregeling toegekend voor beschikkingen [[dos:2024 1180 0447 2213]] en [[dos:2024 1180 0861 0037]], 12 termijnen van € 32,50, eerste termijn vóór [[d:15 augustus 2024]]. Geadresseerd aan dhr. [[p:S. van Wijk]], [[a:Tegelseweg 210]], [[pc:5912 BK]] Venlo.
""",
    r"""
[[d:01-07-2024]]: zaak [[dos:24/00771]] ([[p:Lubbers]]) gesloten. Huurachterstand afgelost, betalingsregeling {{o:Actium}} loopt door tot [[d:1 maart 2025]] (laatste termijn). Nazorgbelletje gepland [[d:1 okt.]].
""",
    r"""
Beslagbericht (samenvatting voor dossier)
Deurwaarderskantoor: {{o:GGN Mastering Credit}}, dossier [[dos:GGN-77104492]]
Schuldenaar: mw. [[p:A. Lohuis]], [[a:Grotestraat 86-c]], Almelo
Beslag op: uitkering {{o:SVB}} (AOW) per [[d:1 mei 2024]]
Beslagvrije voet: € 1.412,51 (berekening [[d:22-04-2024]])
Betaling beslag naar rekening deurwaarder o.v.v. dossiernummer. Leefgeld cliënt via [[i:NL31ASNB6145257900]] blijft ongewijzigd.
""",
    r"""
dictaat [[p:Rick]], [[d:dinsdag 5 maart]], vervolg op gisteren
ja ik heb de kleinzoon [[p:Kevin]] gesproken, hij bevestigt dat zijn vader [[p:Patrick]] de pas van oma heeft, hij schrok er zelf ook van, oma woont op de [[a:akerstraat nummer eenenzestig]] en de pas is van de {{o:Rabobank}}, ik heb samen met mevrouw [[p:Houben]] de bank gebeld en de pas geblokkeerd, nieuwe pas wordt naar het huisadres gestuurd, op [[d:twaalf maart]] gaan we samen naar het kantoor in Heerlen centrum om een nieuwe pincode op te halen
""",
    r"""
Herbeoordelingen {{o:Voedselbank Assen}} — week 27 (alleen klantnummers, namen in systeem)
klant [[dos:VBA-1193]] – [[pc:9402 GK]] – 2 pers – verlengd t/m [[d:16-11-2024]]
klant [[dos:VBA-1207]] – [[pc:9406 TL]] – 4 pers – gestopt (inkomen boven norm)
klant [[dos:VBA-1215]] – [[pc:9404 HD]] – 1 pers – verlengd t/m [[d:30-12-2024]]
klant [[dos:VBA-1221]] – [[pc:9401 RE]] – 3 pers – gegevens incompleet, {{r:sociaal werker}} [[p:Noor]] vragen
""",
    r"""
Aanvraag {{o:Tijdelijk Noodfonds Energie}} — ingevuld met dhr. [[p:Frissen]]
Adres aansluiting: [[a:Brusselseweg 388 B]], [[pc:6217 HE]] Maastricht
EAN-code gas: [[dos:871687140011223457]]
Klantnummer {{o:Essent}}: [[dos:20 1177 3048]]
Rekening voor terugbetaling: [[i:NL09INGB0004468648]]
Ingediend op [[d:18 maart 2024]], referentie aanvraag [[dos:TNE-24-0331985]].
""",
    r"""
Teams: [[p:Joost]] → team Zuid, [[d:vr 14-06]] 16:44
"Wie kan maandag de afspraak om 9u van mij overnemen op [[a:Hengelosestraat 505]]? Ik ben ziek. Mw. weet ervan, haar nr is [[t:06 - 35 20 84 19]]."
""",
    r"""
Kort verslag [[p:Sevda]], [[d:do 2 mei 2024]]: mw. [[p:Kaya]] heeft haar nieuwe adres doorgegeven ([[a:Kommerstraat 14]], [[pc:6461 GL]] Kerkrade). Dit adres NIET delen met dhr. [[p:Şahin]] of diens familie, zie VT-melding [[dos:VT-ZL-2024-00419]]. Geheimhouding adres aangevraagd in de BRP op [[d:30-4]].
""",
]


MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(marked):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += len(marked[pos : m.start()])
        if m.group(1) is not None:
            code, span, bucket, table = m.group(1), m.group(2), pii, PII
        else:
            code, span, bucket, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown label %r in %r" % (code, marked[:60]))
        bucket.append({"start": n, "end": n + len(span), "label": table[code], "text": span})
        out.append(span)
        n += len(span)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for tok in ("[[", "]]", "{{", "}}"):
        if tok in text:
            raise ValueError("stray markup %r in %r" % (tok, text[:80]))
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout75.jsonl")
    rows, pc, kc, words = [], Counter(), Counter(), []
    for k, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked.strip("\n"))
        spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", k, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (k, s)
            assert s["text"] == s["text"].strip() and s["text"], ("space", k, s)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), ("bad bsn", k, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), ("bad iban", k, s)
        assert pii, ("no pii", k)
        pc.update(s["label"] for s in pii)
        kc.update(s["label"] for s in keep)
        words.append(len(text.split()))
        rows.append({"id": "ho75-%04d" % k, "text": text, "pii": pii, "keep": keep})
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    tot = sum(pc.values())
    print(
        "texts:",
        len(rows),
        "words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    print("pii:", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep:", sum(kc.values()), dict(kc.most_common()))
    low = [l for l in PII.values() if pc[l] < 15]
    if low or len(rows) < 170:
        print("WARNING: below target:", low, len(rows), file=sys.stderr)
    print("wrote", path)


if __name__ == "__main__":
    main()
