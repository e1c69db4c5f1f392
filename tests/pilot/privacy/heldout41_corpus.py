#!/usr/bin/env python3
"""Held-out corpus 41: minutes of pilot sessions / social neighbourhood team meetings
(notulen, verslagen, actielijsten, MDO, intervisie, regiotafel) and thread replies.
Deterministically writes heldout41.jsonl next to this script. Stdlib only."""

import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))

# ---- part1.py ----
# Hand-written texts, part 1. Markup: [[label:text]] = pii, {{label:text}} = keep.
# pii codes: p person, b bsn, t phone, e email, i iban, pc postcode, a address, d date, ds dossier
# keep codes: w wijk, o org, r role
H1 = []
H1.append(r"""Notulen kick-off pilot "Samen werken in het sociale domein"
Datum: [[d:woensdag 22 november 2023]], 13.30-16.30 uur, grote zaal {{o:Wijkcentrum Transvaal}}
Aanwezig: alle teamleden van de 24 SWT's (presentielijst bij [[p:Ilse]]), [[p:Hanneke Verbrugge]] ({{o:gemeente Den Haag}}, {{r:programmamanager}}), [[p:Jeroen Pronk]] en [[p:Aïcha Benali]] ({{o:CAOP}}), [[p:Roel]] van {{o:Crossover}}
Afwezig m.k.: [[p:Bas Koster]] ({{o:Xtra}}), [[p:Sevda]] ({{r:wijkverpleegkundige}} {{w:Laak}})
Notulist: [[p:Ilse van Rijn]]

1. Opening door [[p:Hanneke]]. Doel pilot: vier maanden teamoverstijgend werken aan thema's.
2. Stemming thema's: jeugd 61, ouderen 74, huiselijk geweld 58, bemoeizorg 83, eenzaamheid 40 (afgevallen).
3. Pilotgroep: 20 deelnemers, lijst volgt per mail. Vragen? Bel [[p:Ilse]] op [[t:06-41827730]].
Besluit: startbijeenkomst begin februari, datum volgt.""")

H1.append(r"""Re: Verslag kick-off [[d:22-11]]
Dank [[p:Ilse]], helder verslag. Kleine correctie bij punt 3: niet [[p:Bas]] maar [[p:Bart Koster]] zit namens {{o:Xtra}} in de pilotgroep (ze zijn geen familie, haha). En ik mis [[p:Naima]] van {{o:SWT}} {{w:Moerwijk}} in de lijst, zij heeft zich wel opgegeven. Kan dat nog mee?
Groet, [[p:Lotte]] ({{r:casusregisseur}}, {{w:Bouwlust}})""")

H1.append(r"""MDO {{w:Tarwewijk}} – [[d:dinsdag 9 januari]]
Aanwezig: [[p:Ramona]] ({{o:Wijkteam}} {{w:Charlois}}), [[p:Kevin Schouten]] ({{r:wijkagent}}), [[p:Fatma Yıldız]] ({{o:Bouman GGZ}}), dr. [[p:Kalloe]] ({{r:huisarts}}), [[p:Esther]] ({{o:Vraagwijzer}})
Casus 1 – dhr. [[p:R. Sital]] (58), [[a:Mijnsherenlaan 212b]], [[pc:3081 CK]]. Zorgmijdend, vervuilde woning, melding buren. Huisarts heeft dhr. sinds 2021 niet gezien. [[p:Kevin]] is twee keer langs geweest, niet open gedaan. Broer [[p:Anand]] ([[t:06 2847 1190]]) wil meedenken maar woont in Zoetermeer.
Afspraak: [[p:Ramona]] en [[p:Fatma]] gaan samen op huisbezoek, uiterlijk [[d:19-01]]. Bemoeizorg-route via {{o:Bouman}} als dat niet lukt.
Registratie: casusnr. [[ds:RTD-2024-00318]].""")

H1.append(r"""Casusoverleg buurtteam {{w:Overvecht}}, [[d:18/1/2024]]
Vz: [[p:Jorien]] | notulen: [[p:Sander]]
Bespreking gezin [[p:M.]] (moeder [[p:Karima]], kinderen [[p:Yassin]] 9 en [[p:Lina]] 4). Moeder heeft energieschuld bij {{o:Vattenfall}} en huurachterstand bij {{o:Bo-Ex}}; afsluiting dreigt. [[p:Jorien]] belt vandaag nog met {{o:Bo-Ex}} (contactpersoon mw. [[p:Dijkhuizen]]). Oom [[p:Driss]] springt soms bij maar heeft zelf weinig.
Vraag aan de groep: hoe zorgen we dat 'één gezin, één plan' hier ook echt één plan is? {{o:Altrecht}} is betrokken bij moeder, {{o:SAVE}} niet meer.
Actie: [[p:Sander]] maakt gezinsplan, bespreken [[d:1 feb]].""")

H1.append(r"""Intervisie {{o:WIJ-team}} {{w:Selwerd}} (Groningen), [[d:do 25 jan.]]
Aanwezig: [[p:Wietske]], [[p:Harm-Jan]], [[p:Dilan]], [[p:Marleen de Boer]] (begeleider, {{o:Lentis}})
Inbreng [[p:Harm-Jan]]: 'Ome [[p:Klaas]]', zo noemt de buurt dhr. [[p:Kuipers]] (71). Woont al 30 jaar op de [[a:Eikenlaan 41a]], hamstert, ruzie met bovenburen. Hij vertrouwt alleen [[p:Harm-Jan]]. Vraag: hoe houd je het vol als je de enige ingang bent?
Opbrengst: maatje zoeken via {{o:Humanitas}}, en [[p:Dilan]] loopt 2x mee zodat er een tweede gezicht komt. Niet te snel overdragen.
Volgende intervisie: [[d:22 februari]], inbreng [[p:Wietske]].""")

H1.append(r"""Expertmeeting bemoeizorg – verslag
[[d:11 april 2024]], {{o:Stadhuis Den Haag}}, Atrium zaal 3
Sprekers: [[p:Frank Heijmans]] ({{o:OGGZ-team}} {{o:GGD Haaglanden}}), [[p:Yvonne Peeters]] ({{o:WIJeindhoven}}, {{w:Woensel-West}}) en [[p:Mustafa Aydın]] ({{o:ContourdeTwern}}, {{w:Tilburg-Noord}}).
[[p:Yvonne]] vertelde hoe {{o:WIJeindhoven}} in {{w:Woensel-West}} met een vaste 'buurtdeur' werkt: één generalist die de bewoner kent. Voorbeeld: een man (ze noemde hem [[p:Piet]]) die pas na acht maanden koffie binnen liet. [[p:Mustafa]]: in {{w:Tilburg-Noord}} lopen ze met de {{r:wijkagent}} en een {{r:ervaringsdeskundige}} op.
Contact voor wie meer wil weten: [[e:y.peeters@wijeindhoven.nl]] en [[e:m.aydin@contourdetwern.nl]].""")

H1.append(r"""Actielijst werkbijeenkomst ouderen (stand [[d:07-03-2024]])
| nr | actie | wie | wanneer |
| 1 | overzicht dagbesteding {{w:Mariahoeve}} | [[p:Gerda]] | [[d:14-03]] |
| 2 | contact {{o:Florence}} over dementienetwerk | [[p:Tom Visser]] | [[d:21-03]] |
| 3 | casus mw. [[p:De Roos]] voorbereiden voor expertmeeting (geanonimiseerd!) | [[p:Anouk]] | [[d:4 april]] |
| 4 | uitnodiging {{r:ouderenconsulent}} {{w:Leidschenveen}} | [[p:Gerda]] | z.s.m. |
| 5 | terugkoppeling {{o:Wmo-loket}} | [[p:Hamid]] | loopt |""")

H1.append(r"""Regiotafel huiselijk geweld Twente – verslag [[d:15 maart]]
Aanwezig: [[p:Irene Nijhuis]] ({{o:Veilig Thuis Twente}}), [[p:Bennie Oude Luttikhuis]] ({{o:Sociaal Wijkteam}} {{w:Velve-Lindenhof}}), [[p:Saskia]] ({{o:Mediant}}), [[p:Jolanda Hofstede]] ({{o:gemeente Enschede}}), [[p:Ahmet]] ({{o:politie}} {{o:basisteam Enschede}})
Afwezig: [[p:Lieke]] ({{o:Jarabee}})
Casus (met toestemming ingebracht): vrouw, 34, twee kinderen, woont aan de [[a:Gronausevoetpad 118]], [[pc:7511 HW]]. Ex-partner [[p:Dennis]] blijft langskomen ondanks contactverbod. VT-nummer [[ds:VT-2024-0562]].
Besluit: {{o:Sociaal Wijkteam}} blijft casusregie, {{o:Veilig Thuis}} doet veiligheidsplan. [[p:Irene]] belt moeder [[d:maandag 18 maart]].""")

H1.append(r"""Re: Re: verslag regiotafel
@[[p:Bennie]] klopt het dat [[p:Dennis]] inmiddels ook op het adres van zijn moeder in {{w:Deppenbroek}} staat ingeschreven? Dan moet de wijkagent daar ook van weten. Ik spreek [[p:Ahmet]] morgen, neem het mee.
[[p:Jolanda]]""")

H1.append(r"""Brainstorm bemoeizorg, [[d:6 feb.]] — uitwerking flap-overs
- 'Niet wachten op hulpvraag' (geel)
- huisarts als poortwachter werkt niet voor zorgmijders → kan {{r:POH-GGZ}} outreachend?
- voorbeeld [[p:Marja]]: mw. [[p:bakker]] in {{w:Escamp}}, al 3 jr niet bij HA, wel elke dag bij de {{o:Lidl}}
- {{r:sleutelfiguren}} in de wijk (kapper, moskee, buurtvader [[p:Abdelkader]])
- privacy: mag {{r:wijkagent}} info delen zonder toestemming? → vragen aan mr. [[p:Hoekstra]] ({{r:privacyfunctionaris}})
Volgende stap: [[p:Marja]] en [[p:Rik]] werken dit uit tot 3 interventies.""")

H1.append(
    r"""Let op!! In het verslag van het MDO van [[d:12-02-2024]] staat onder casus 2 het volledige BSN van de cliënt ([[b:2256.54.830]]) en haar geboortedatum ([[d:03-08-1961]]). Dat hoort daar niet. Wil de notulist ([[p:Chantal]]?) dit aanpassen en het oude bestand uit Teams verwijderen? Dank, [[p:Wouter]] ({{r:functioneel beheerder}})"""
)

H1.append(r"""Werkbijeenkomst jeugd & gezin {{w:Almere Buiten}} – [[d:do 29 feb]]
aanw: [[p:Priscilla]], [[p:Jan-Willem]], [[p:Soumaya]], [[p:Rachelle Koning]] ({{o:De Schoor}}), [[p:Gijs]] ({{r:jongerenwerker}})
casus jongen [[p:D.]] (15), woont bij oma [[p:Trees]] op de [[a:Bolderweg 7 bis]]. Moeder zit in {{o:Leger des Heils}}-opvang in {{w:Almere Haven}}. Spijbelt, ruzie met [[p:Koning]]?? → nee, bedoeld wordt de {{r:leerplichtambtenaar}}, mw. [[p:Koning]] van de gemeente, niet [[p:Rachelle]]. verwarrend, sorry.
actie [[p:Gijs]]: contact met [[p:D.]] via voetbal, voor [[d:15-3]]""")

H1.append(r"""Verslag gebiedsteam {{w:Heechterp-Schieringen}} (Leeuwarden), casusoverleg [[d:20 maart 2024]]
Aanwezig: [[p:Sjoukje]], [[p:Ype de Haan]], [[p:Gerbrich]] ({{o:Zienn}}), [[p:Tineke]] ({{r:wijkverpleegkundige}})
1. Fam. [[p:Hoekstra]]: vader (62) dementerend, moeder [[p:Aafke]] mantelzorger, is op. Respijt via {{o:Zorggroep Noorderbreedte}}? [[p:Tineke]] vraagt indicatie aan.
2. Mw. [[p:S. Tesfaye]] (Eritrese statushouder, [[a:Kalverdijkje 65]]), post stapelt op, begrijpt brieven belastingdienst niet. Neef [[p:Yonas]] tolkt. Ze wil graag zelf leren. Taalmaatje via {{o:Humanitas}}.
Actie: [[p:Ype]] belt [[p:Yonas]] ([[t:06-39018274]]) voor afspraak.""")

H1.append(r"""Slotbijeenkomst pilot, [[d:20 juni]] – kort verslag
Na vier maanden presenteerden de themagroepen hun resultaten. Bemoeizorg ([[p:Marja]], [[p:Rik]], [[p:Otto]]): werkwijze 'drie keer aanbellen' in {{w:Escamp}} en {{w:Laak}}. Ouderen ([[p:Gerda]], [[p:Tom]]): signaalkaart voor {{r:huisartsen}}. Jeugd ([[p:Lotte]], [[p:Naima]]): warme overdracht naar {{o:CJG}}. Huiselijk geweld ([[p:Noor El Amrani]]): vast aanspreekpunt bij {{o:Veilig Thuis}}.
[[p:Hanneke]] bedankte iedereen. De wethouder kon niet, stuurt een video. Borging: vanaf september in alle 24 teams. Foto's bij [[p:Ilse]].""")

H1.append(r"""Notulen casusoverleg {{o:Sociaal Wijkteam}} {{w:Malberg}}, Maastricht
[[d:maandag 8 april]] | aanwezig: [[p:Jo Pinckaers]], [[p:Ruud]], [[p:Maud Ramakers]] ({{o:Trajekt}}), [[p:Sjef]] ({{o:Mondriaan}}) | afwezig: [[p:Annelies]]
Dhr. [[p:Lambert Crijns]] (84), [[a:Dolmenplein 14]], [[pc:6218 JV]]. Eenzaam sinds overlijden vrouw [[p:Mia]]. Dochter [[p:Ingrid]] woont in Heerlen, komt om de week. Huisarts [[p:Wetzels]] maakt zich zorgen over alcohol.
Afspraak: [[p:Maud]] koppelt aan {{o:Trajekt}}-ontmoetingsgroep op donderdag, [[p:Sjef]] overlegt met huisarts. Terugkoppeling [[d:22/4]].""")

H1.append(r"""Zwolle – wijkteam {{w:Holtenbroek}}, werkoverleg schulden [[d:3 april]]
Mw. [[p:Van Dijk]] heeft 14 schuldeisers. Vaste lasten nu via bewindvoerder [[p:J. Brinkman]] ({{o:Bewindvoering Zwolle}}). Huur gaat per [[d:1 mei]] automatisch van rekening [[i:NL59KNAB5533414768]] (bewindrekening). Let op: oude rekening [[i:NL12 INGB 7238 1814 17]] staat nog bij {{o:deltaWonen}} — die moet eruit.
[[p:Gert-Jan]] ({{r:schuldhulpverlener}}) stuurt wijziging, [[p:Anke]] checkt bij {{o:deltaWonen}}. Dossier [[ds:SHV/2024/0877]].""")

H1.append(
    r"""reactie op notulen holtenbroek: ik zou die rekeningnummers er echt uithalen voor het hier gedeeld wordt, ook al is het intern. verder eens met de aanpak, [[p:gert-jan]] heeft dit bij fam [[p:stegeman]] vorig jaar ook zo gedaan en dat werkte. gr [[p:anke]]"""
)

H1.append(r"""Kerkrade – casusoverleg {{w:Bleijerheide}} [[d:16-4-24]]
Aanw.: [[p:Nicole Hermans]] ({{r:Wmo-consulent}}), [[p:Ralf]] ({{o:Impuls}}), [[p:Claudia]] ({{o:Meander}} {{r:wijkverpleegkundige}})
Mw. [[p:Ewa Kowalczyk]] (Pools, 47) en zoon [[p:Kacper]] (19). Woning [[a:Holzstraat 112-A]] te klein en vochtig. [[p:Kacper]] werkt bij distributiecentrum in Duitsland, moeder heeft COPD. Urgentieaanvraag loopt, nr. [[ds:URG-2024-117]].
Actie: [[p:Nicole]] belt {{o:HEEMwonen}}, [[p:Claudia]] doet zorgindicatie. Tel. mw. [[t:+48 512 330 871]] (Pools nummer!) of via zoon [[t:06-18273645]].""")

H1.append(r"""Verslag startbijeenkomst pilotgroep – [[d:donderdag 8 februari 2024]]
Presentie: 18 van 20. Afgemeld: [[p:Sevda Kılıç]] (ziek) en [[p:Jasper]] (cursus).
[[p:Jeroen]] ({{o:CAOP}}) legde de werkvormen uit: themagroepen, bezoek aan een team in een andere stad, en een expertmeeting. Iedereen krijgt een maatje uit een ander team.
Koppels o.a.: [[p:Noor]] – [[p:Hamid]], [[p:Gerda]] – [[p:Lotte]], [[p:Rik]] – [[p:Marja]], [[p:Anouk]] – [[p:Bart]].
Vragen over het platform: [[e:pilot.sociaaldomein@denhaag.nl]]? Nee, zie correctie hieronder.""")

H1.append(
    r"""Correctie: het mailadres in het verslag van [[d:8-2]] klopt niet. Vragen over de pilot kunnen naar [[p:Ilse]]: [[e:ilse.vanrijn@denhaag.nl]] of naar [[p:Jeroen]]: [[e:j.pronk@caop.nl]]. Excuus!"""
)

H1.append(r"""MDO ouderen {{w:Ommoord}} (Rotterdam), [[d:23 januari 2024]]
Deelnemers: [[p:Wilma]] ({{r:ouderenadviseur}} {{o:SOL}}), [[p:Pieter Mol]] ({{r:huisarts}}), [[p:Rachida]] ({{r:wijkverpleegkundige}} {{o:Laurens}}), [[p:Henk]] ({{o:Wijkteam}}), mw. [[p:Storm]] ({{r:casemanager dementie}})
Cliënt: mw. [[p:A. de Wit-Groen]], geb. [[d:14-02-1938]], [[a:Hesseplaats 233]]. Verdwaalde twee keer in winkelcentrum. Zoon [[p:Marcel]] ([[t:010-4562310]]) wil opname, mw. zelf niet.
Besluit: eerst dagbesteding 2x p.w. proberen, [[p:Storm]] regelt. Evaluatie over 6 weken.""")

H1.append(
    r"""Hoi allemaal, naar aanleiding van het verslag van gisteren: ik ben niet eens met het besluit over mw. [[p:De Wit]]. Haar zoon [[p:Marcel]] zet erg druk en volgens mij moeten we eerst haar eigen wens horen, met een onafhankelijke {{r:cliëntondersteuner}} erbij. Kan dit terug op de agenda van [[d:6 februari]]? — [[p:Rachida]]"""
)

H1.append(r"""Werkbijeenkomst 'bemoeizorg in kleine kernen', Emmen [[d:7 maart]]
Aanw.: [[p:Geesje Wubs]] ({{o:Sociaal Team}} {{w:Bargeres}}), [[p:Roelof]] ({{o:VNN}}), [[p:Annemarie Lubbers]] ({{o:GGZ Drenthe}}), [[p:Wim]] ({{o:Lefier}})
Casus in het kort: man, 'Blonde [[p:Gert]]' voor de buren, woont in een caravan achter het huis van zijn zus [[p:Hennie]] aan de [[a:Statenweg 88]], [[pc:7823 AJ]]. Drinkt, wil niemand spreken, zus is op. [[p:Roelof]] kent hem van vroeger.
Actie: [[p:Roelof]] en [[p:Geesje]] gaan [[d:woensdag 13 maart]] langs. [[p:Wim]] checkt of caravan vergund is.""")

H1.append(r"""Verslag casusoverleg {{w:Kanaleneiland}} [[d:5-3-2024]], 9:30u
Aanwezig: [[p:Hilde]], [[p:Omar]], [[p:Vera]] ({{o:Altrecht}}), [[p:Ferhat Doğan]] ({{r:sociaal makelaar}}), afwezig: [[p:Joost]]
Casus mw. [[p:Y.A.]] — [[a:Marshallaan 189 II]], [[pc:3527 TK]]. Syrische, weduwe, drie kinderen thuis. Oudste zoon [[p:Mahmoud]] (17) draagt veel zorg. Vraag: mantelzorgondersteuning voor een minderjarige?
- [[p:Vera]]: moeder heeft trauma-behandeling nodig, wachtlijst {{o:i-psy}} 20 weken
- [[p:Omar]] spreekt Arabisch, neemt regie
- aanmelding jonge-mantelzorgersgroep {{o:Stichting Mantelzorg Utrecht}}? hmm, checken
Dossiernr. [[ds:BT-UTR-24-3391]]""")

H1.append(r"""Intervisie {{r:Wmo-consulenten}} Tilburg, [[d:12 maart]]
Methode: incidentmethode. Inbreng [[p:Mieke]]: keukentafelgesprek bij dhr. [[p:Van Hoof]] in {{w:Groenewoud}}. Zijn schoondochter [[p:Brenda]] voerde steeds het woord, dhr. zelf zei niets. Achteraf hoorde [[p:Mieke]] van de buurvrouw dat [[p:Brenda]] zijn pinpas heeft.
Leerpunten: altijd ook even alleen spreken; signaal financiële uitbuiting → {{o:Veilig Thuis}} consulteren. [[p:Mieke]] overlegt met [[p:Bert van Gorp]] ({{r:aandachtsfunctionaris}}).""")

H1.append(r"""Van: [[p:Bert van Gorp]] <[[e:bert.vangorp@tilburg.nl]]>
Onderwerp: RE: intervisie [[d:12/3]]
[[p:Mieke]], goed dat je dit oppakt. Ik heb [[d:vrijdag 15/3]] ruimte om samen de meldcode door te lopen. Bel me even op [[t:013 542 88 10]], dan plannen we het. Stuur me niet het BSN van dhr. via de mail, dat zoeken we in Suite op.
Groet, [[p:Bert]]""")

H1.append(r"""Kort overleg MEE/SWT {{w:Schilderswijk}} [[d:di 2 april]]
[[p:Latifa]] ({{o:MEE}}), [[p:Jurgen]] ({{r:casusregisseur}}), [[p:Sharon]]
- jongeman [[p:Gianni]] (LVB), [[a:Hoefkade 431-hs]]. Wordt 'geholpen' door vrienden die zijn uitkering ophalen. Vriend '[[p:Mo]]' en een zekere [[p:Chico]]. Vermoeden van misbruik.
- [[p:Latifa]] vraagt bewind aan, [[p:Jurgen]] belt {{o:Sociale Dienst}} ivm uitkering, klantnr. [[ds:884-213-07]]
- volgend overleg [[d:16 april]]""")

H1.append(
    r"""hoi [[p:Jurgen]], klein dingetje uit het verslag: '[[p:Mo]]' is niet zomaar een vriend, dat is [[p:Mohamed B.]], staat bij ons ook bekend (ander dossier, [[ds:SWT-SW-0771]]). Misschien handig om samen te bespreken. Bel me: [[t:06 51 09 77 23]]. [[p:Sharon]]"""
)

H1.append(r"""Verslag expertmeeting 'Ouderen en eenzaamheid' – Groningen, [[d:24 april]]
Gastsprekers: [[p:Jantien Wolters]] ({{o:WIJ Groningen}}, {{w:Vinkhuizen}}), prof. dr. [[p:Marieke Bos]] ({{o:Hanzehogeschool}})
[[p:Jantien]] liet zien hoe in {{w:Vinkhuizen}} de 'soepbus' werkt: vrijwilligers brengen op vrijdag soep en kijken even mee. Een deelnemer, mevrouw [[p:Wever]], stuurde een bedankkaart die ze liet zien (met toestemming).
[[p:Bos]]: eenzaamheid is geen leeftijdsprobleem; 30% van haar respondenten is jonger dan 50.
Presentaties bij [[p:Aïcha]]: [[e:a.benali@caop.nl]].""")

H1.append(r"""Notulen werkbijeenkomst huiselijk geweld, {{o:SWT}} {{w:Spoorwijk}}/{{w:Laak}}
[[d:14-3-2024]] | vz [[p:Noor]] | notulist [[p:Dewi Ramdin]]
Casus A: mw. (29) met baby, partner [[p:Kofi]] dreigend. Ze wil niet naar de opvang. Adres bekend bij VT: [[a:Rijswijkseweg 302]], [[pc:2516 EZ]]. Moeder van mw., [[p:Comfort Mensah]], wil haar opvangen in {{w:Zuidoost}}.
Casus B uitgesteld ([[p:Hamid]] afwezig).
Besluit: groep maakt handreiking 'veiligheid bij huisbezoek', [[p:Noor]] trekt. Deadline [[d:11 april]].""")

# ---- part2.py ----
H2 = []
H2.append(r"""Verslag werkbijeenkomst {{w:Woensel-West}}, Eindhoven – [[d:19 februari 2024]]
Aanwezig: [[p:Yvonne Peeters]], [[p:Luuk]], [[p:Hatice Kaya]] ({{o:GGzE}}), [[p:Frans van der Heijden]] ({{o:Woonbedrijf}}), [[p:Ans]] ({{r:vrijwilligerscoördinator}})
Afwezig: [[p:Robbert]]
1. Buurtdeur: 43 bewoners in januari, 11 nieuw.
2. Casus dhr. [[p:J.H.]] (66), [[a:Celsiusstraat 21-1]], [[pc:5621 BK]]. Huurachterstand €2.340, dreigende ontruiming per [[d:1 maart]]. Hij vertelt niets aan zijn dochter [[p:Kim]] uit schaamte.
Besluit: [[p:Frans]] zet ontruiming on hold als er vóór [[d:26/2]] een betalingsregeling ligt. [[p:Luuk]] regelt met {{o:Gemeentelijke Kredietbank}}.
3. Rondvraag: [[p:Hatice]] gaat met zwangerschapsverlof vanaf [[d:15 april]]; vervanging door [[p:Thijs]].""")

H2.append(r"""[[p:Luuk]] schreef:
> [[p:J.H.]] heeft toestemming gegeven om zijn gegevens naar de {{o:GKB}} te sturen.
Top. Wil je wel even zijn BSN ([[b:500 903 347]]) en rekeningnr ([[i:NL74RABO4849018247]]) rechtstreeks in het beveiligde portaal zetten en niet hier in de thread? Dit kanaal lezen 40 mensen mee. – [[p:Yvonne]]""")

H2.append(r"""Casusoverleg {{o:Sociaal Team}} {{w:Nieuw-Den Helder}}
[[d:do 11-4]] 10.00u, {{o:De Schooten}}? nee, {{o:Buurthuis De Kolk}}
Aanwezig: [[p:Marco]], [[p:Esmee de Vries]], [[p:Tjitske]] ({{r:POH-GGZ}}), [[p:Rens]] ({{o:Woningstichting Den Helder}})
Casus: gezin [[p:Pietersen]] — vader [[p:Rob]] werkt op zee (3 wkn op, 3 af), moeder [[p:Demi]] alleen met 4 kids. [[p:Demi]] belde zelf, is overspannen. Oudste [[p:Jayden]] (12) zorgt voor de kleintjes.
Afspraken: [[p:Esmee]] plant gesprek met {{o:CJG}}, [[p:Tjitske]] ziet [[p:Demi]] [[d:maandag 15 april]]. Dossier [[ds:ST-DH-2024/091]].""")

H2.append(r"""Kick-off 'wijkgericht werken' Vlaardingen, [[d:30 oktober]]
Opening door wethouder [[p:Van Es]]. Daarna rondjes per wijk: {{w:Westwijk}} ([[p:Yolanda]], [[p:Moussa]]), {{w:Holy}} ([[p:Patricia Smit]]), {{w:Babberspolder}} ([[p:Koen]]).
Uit de zaal: 'We hebben te veel overleggen en te weinig tijd voor de mensen zelf' ([[p:Moussa]], {{r:jongerenwerker}} {{o:Stichting Welzijn Vlaardingen}}). Applaus.
Vervolg: per wijk één werkbijeenkomst voor de kerst. Opgeven bij [[p:Patricia]] via [[e:psmit@vlaardingen.nl]] of [[t:010 248 44 96]].""")

H2.append(r"""MDO {{w:Bloemhof}} – notulen [[d:04.03.2024]]
aanwezig: [[p:Shirley]] ({{o:wijkteam}}), [[p:Dirk]] ({{o:Antes}}), [[p:Priya Baldewsingh]] ({{r:huisarts}}), [[p:Corné]] ({{o:Woonstad Rotterdam}})
casus: mw [[p:ramsaran]], [[a:Slaghekstraat 77b]] — zit al maanden in huis, psychotisch? broer [[p:Ravi]] bellen ([[t:+31 6 4410 2983]]). Woonstad heeft klachten over geluid. [[p:Dirk]] wil eerst inschatting door {{o:Antes}}-{{o:FACT}}-team. [[p:Priya]] kent haar nog van 2019.
actie: huisbezoek [[p:Dirk]] + [[p:Shirley]] wo [[d:6/3]]. terugmelden bij [[p:Corné]].""")

H2.append(r"""Notulen werkbijeenkomst 'Geldzorgen bespreekbaar', Zaandam [[d:27 februari 2024]]
Wijk: {{w:Poelenburg}}/{{w:Peldersveld}}. Aanwezig: [[p:Gülsen]] ({{o:Sociaal Wijkteam}}), [[p:Hans Dekker]] ({{o:Zaanstad schuldhulp}}), [[p:Mehmet]] ({{o:Parteon}}), [[p:Astrid]] ({{o:Humanitas}} {{o:Thuisadministratie}})
Voorbeeld (met toestemming): meneer [[p:Özdemir]] kreeg een aanmaning van {{o:CJIB}} via zijn neef [[p:Emre]], die zijn post leest. Na drie maanden bleek het om €90 te gaan, nu €1.100.
Afspraak: vroegsignalering via {{o:Parteon}} na 1 maand huurachterstand. [[p:Mehmet]] regelt convenant, klaar voor [[d:1 juni]].""")

H2.append(r"""Re: werkbijeenkomst geldzorgen
Aanvulling op wat [[p:Astrid]] zei: bij onze vrijwilligers ({{o:Thuisadministratie}}) zit een vrouw die zelf ooit schulden had, [[p:Mariëlle]]. Zij wil best bij een volgende bijeenkomst vertellen. Haar nummer mag ik niet zomaar delen, mail me: [[e:astrid.kroon@humanitas.nl]].""")

H2.append(r"""Intervisie {{r:wijkverpleegkundigen}} Gouda/{{w:Korte Akkeren}}, [[d:28-03]]
Inbreng [[p:Sanne]]: cliënte mw. [[p:H.]] (91) weigert steunkousen en sinds kort ook de wondzorg. Kleindochter [[p:Roos]] dreigt met klacht als we 'niets doen'.
Vraag: waar ligt de grens tussen autonomie en verwaarlozing?
Rondje: [[p:Fleur]] herkent dit, zou {{r:specialist ouderengeneeskunde}} inschakelen. [[p:Bianca]]: 'Kijk wie er eigenlijk hulp nodig heeft, misschien [[p:Roos]] zelf.'
Afspraak: [[p:Sanne]] plant gesprek met mw. en [[p:Roos]] samen, met {{r:huisarts}} [[p:De Groot]].""")

H2.append(r"""Casusoverleg {{w:Schadewijk}} (Oss) – [[d:9 januari 2024]]
Aanwezig: [[p:Mariska]] ({{o:Farent}}? nee, {{o:Sociaal Wijkteam Oss}}), [[p:Rudi van Heesch]] ({{r:wijkagent}}), [[p:Lisanne]] ({{o:Novadic-Kentron}})
Casus: [[p:Dennis van den Akker]] (31), [[a:Kruisstraat 12a]], [[pc:5341 HL]]. Cocaïne, schulden bij dealers, moeder [[p:Gerrie]] betaalt steeds bij. Vriendin [[p:Kelly]] is zwanger (uitgerekend [[d:3 juni]]).
- [[p:Rudi]]: er zijn bedreigingen geweest, melding [[ds:PL2100-2024012345]]
- [[p:Lisanne]]: [[p:Dennis]] wil wel praten, maar niet op het bureau
Actie: gesprek in de wijk, [[p:Lisanne]] + [[p:Mariska]], vóór [[d:19/1]].""")

H2.append(
    r"""Hoi [[p:Mariska]], nav het verslag: [[p:Dennis]] is gisteren ([[d:15 januari]]) toch zelf op het spreekuur gekomen, samen met [[p:Kelly]]. Goed gesprek. Hij wil zijn nummer alleen aan ons geven: [[t:06-23415789]]. Ik zet de afspraak voor [[d:22-01]] in de agenda. Groet [[p:Lisanne]]"""
)

H2.append(r"""Verslag regiotafel Zuid-Limburg 'wonen en zorg', Heerlen [[d:21 maart 2024]]
Aan tafel: {{o:gemeente Heerlen}} ([[p:Bart Vaessen]]), {{o:gemeente Kerkrade}} ([[p:Nicole Hermans]]), {{o:Weller}} ([[p:Chantal Bemelmans]]), {{o:Mondriaan}} ([[p:Sjef Lardinois]]), {{o:Impuls}} ([[p:Ralf]]).
Thema: uitstroom uit beschermd wonen. Probleem: te weinig woningen, wachttijd in {{w:Meezenbroek}} 4 jaar.
Casus ter illustratie: jonge vrouw die al 14 maanden 'klaar' is voor uitstroom. Haar begeleider [[p:Ralf]] ziet haar achteruitgaan.
Afspraak: pilot met 5 woningen {{o:Weller}}, start [[d:1 september 2024]]. Volgende tafel [[d:20 juni]].""")

H2.append(r"""Notulen teamoverleg {{o:Buurtteam}} {{w:Zuilen}}, [[d:dinsdag 13 februari]]
Aanwezig: [[p:Kees]], [[p:Angelique]], [[p:Bouchra]], [[p:Mei Ling Chen]], [[p:Pim]] (stagiair)
Mededelingen: [[p:Angelique]] met verlof [[d:26 feb]] t/m [[d:8 mrt]].
Casussen:
a) dhr. [[p:Hoop]] — nieuwe aanmelding via {{r:huisarts}}. Woont in {{w:Ondiep}}, [[a:Amsterdamsestraatweg 498 bis]]. Slaapt slecht sinds ontslag. [[p:Kees]] pakt op.
b) fam. [[p:Chen]] (geen familie van [[p:Mei Ling]]!) — restaurant gesloten, inkomen weg. Zoon [[p:Wei]] vertaalt.
c) mw. [[p:Jansen]]: afsluiten, doelen behaald. 
Volgende keer: [[p:Bouchra]] licht toe hoe ze [[p:Jansen]] heeft afgesloten, als leercasus.""")

H2.append(r"""Verslag MDO Lelystad {{w:Atolwijk}}, [[d:17 april 2024]]
[[p:Sylvia]] ({{o:Welzijn Lelystad}}), [[p:Abdi Warsame]] ({{r:maatschappelijk werker}}), [[p:Carla]] ({{o:Centrada}}), [[p:Henk-Jan]] ({{r:bewindvoerder}})
Cliënt: mw. [[p:Hodan Mohamed]], Somalische achtergrond, 5 kinderen. Adres [[a:Schouw 14-48]], [[pc:8232 AK]]. Toeslagenaffaire-ouder, herstelbetaling ontvangen, nu druk van familie in buitenland om geld te sturen.
[[p:Abdi]] heeft vertrouwen, spreekt Somalisch. [[p:Henk-Jan]]: budgetbeheer vrijwillig? Rek.nr. leefgeld [[i:NL61 KNAB 1410 2978 12]].
Actie: [[p:Abdi]] gesprek met mw. en oudste dochter [[p:Ayaan]], [[d:24-4]].""")

H2.append(
    r"""Van [[p:Carla]] ({{o:Centrada}}): ik zag in het MDO-verslag het rekeningnummer van mw. staan. Mag ik vragen of dat er bij de volgende versie uit kan? Verder: de woning aan de Schouw is eigenlijk te klein, ik zet haar op de lijst voor een ruil. Registratie bij ons: [[ds:CEN-HH-203314]]."""
)

H2.append(r"""Brainstorm 'jongeren en geld' – {{w:Stokhasselt}}/{{w:Tilburg-Noord}}, [[d:wo 10 april]]
Post-its (letterlijk overgenomen):
* '{{o:Klarna}} is de nieuwe kredietbank' – [[p:Mustafa]]
* jongeren komen pas als deurwaarder er is
* [[p:Dunya]] (17) bijv., al €3000 aan telefoonabbo's op naam van haar vriend [[p:Tarik]]
* geldlessen op ROC? [[p:Kim de Laat]] ({{o:ROC Tilburg}}) wil meedoen
* influencers inzetten?? (lachen)
Vervolg: [[p:Mustafa]] en [[p:Kim]] maken voorstel voor {{o:Jongerenloket}}, [[d:24 april]] bespreken.""")

H2.append(r"""Kort verslag casusoverleg {{w:Paddepoel}}, [[d:13 maart]]
[[p:Wietske]] brengt in: student [[p:Thijmen Zwart]] (23), [[a:Pleiadenlaan 17-27]], [[pc:9742 GC]]. Via {{o:RUG}}-studentendecaan aangemeld, zit al weken op zijn kamer. Moeder [[p:Ingeborg]] belt dagelijks het team vanuit Assen. Hij wil geen contact met haar.
Afspraak: [[p:Wietske]] en {{o:Lentis}}-{{r:psychiater}} dr. [[p:Anwar]] ... correctie: dr. [[p:Anwar]] is van {{o:Accare}}? Nee, van {{o:Lentis}}. Huisbezoek [[d:vr 15/3]].""")

H2.append(r"""Hierbij de actiepunten uit de werkbijeenkomst ouderen {{w:Wyckerpoort}}/{{w:Nazareth}} ([[d:02-04-2024]]):
1. [[p:Maud]]: lijst 75+ers zonder netwerk opvragen bij {{o:Vixia}} (let op AVG!)
2. [[p:Jo]]: contact pastoor [[p:Delnoij]] over koffieochtend
3. [[p:Annelies]]: huisbezoek mw. [[p:Vroemen]], [[a:Meerssenerweg 251A]], vóór Pasen
4. [[p:Ruud]]: vervoer regelen voor dhr. [[p:Crijns]] naar de ontmoetingsgroep
Vragen: [[t:043-3507311]] ([[p:Jo]], doorkiesnummer).""")

H2.append(r"""Re: actiepunten {{w:Wyckerpoort}}
Mag pastoor [[p:Delnoij]] wel weten om wie het gaat? Ik zou alleen algemeen vragen of hij mensen kent die alleen zijn, niet namen noemen zoals mw. [[p:Vroemen]]. Groetjes [[p:Annelies]]""")

H2.append(r"""Notulen expertmeeting 'Huiselijk geweld en ouderen', Zwolle [[d:18-04-2024]]
Aanwezig o.a.: [[p:Jikke Boer]] ({{o:Veilig Thuis IJsselland}}), [[p:Gerard Mulder]] ({{o:Wijkteams Zwolle}}), [[p:Hülya]] ({{o:Travers Welzijn}}), [[p:Dineke Post]] ({{o:Dimence}}).
[[p:Jikke]]: ouderenmishandeling wordt vaak pas gezien als er financieel iets mis is. Voorbeeld uit {{w:Diezerpoort}}: zoon die moeders pensioen (rek. [[i:NL15RBRB5164043277]]) leeghaalde – de bank belde uiteindelijk.
[[p:Gerard]]: in {{w:Stadshagen}} werken ze nu met een vaste {{r:aandachtsfunctionaris}} per team.
Afsluiting: [[p:Dineke]] nodigt uit voor {{o:Dimence}}-werkplaats in juni.""")

H2.append(r"""Verslag intervisie {{r:casusregisseurs}} Den Haag, [[d:ma 26 feb]]
Aanwezig: [[p:Lotte]], [[p:Jurgen]], [[p:Daphne]], [[p:Mohamed Azzouzi]], [[p:Saskia van der Meer]] (begeleider)
Thema: 'Als de cliënt boos wordt op jou'. [[p:Daphne]] vertelt over dhr. [[p:Bouwman]] uit {{w:Moerwijk}}, die haar uitschold nadat de Wmo-aanvraag was afgewezen. Hij belde tien keer per dag naar haar werknummer ([[t:070-3532210]]).
Reflectie: [[p:Mohamed]]: 'Hij is niet boos op jou, hij is bang.' Leerpunt: afwijzing altijd samen met {{r:Wmo-adviseur}} brengen.""")

H2.append(
    r"""Hoi [[p:Saskia]], ik heb mijn werknummer laten aanpassen want dhr. blijft bellen. Mijn nieuwe nummer is [[t:070 353 29 84]], graag niet in verslagen zetten. Fijne intervisie trouwens. [[p:Daphne]]"""
)

H2.append(r"""MDO {{w:Crooswijk}}, [[d:27-02-'24]]
Aanwezig: [[p:Nadia]], [[p:Bram]], [[p:Shanti]] ({{o:Pameijer}}), [[p:Teun]] ({{o:Havensteder}})
Cliënt: [[p:Ricardo Martina]] (Curaçaos, 38). Zit sinds [[d:okt. 12]]?? — bedoeld [[d:12 oktober]] j.l. — zonder stroom. Woont [[a:Boezemstraat 147-B]], [[pc:3034 GD]]. Dochter [[p:Shaniqua]] woont bij haar moeder op Curaçao.
Acties:
- [[p:Teun]]: kan {{o:Havensteder}} bemiddelen bij {{o:Eneco}}? vóór [[d:5 maart]]
- [[p:Shanti]]: check of dhr. in beeld is bij {{o:Pameijer}} (oud dossier [[ds:PMJ-0019384]])
- [[p:Nadia]]: aanvraag bijzondere bijstand""")

H2.append(r"""Startbijeenkomst 'Ouderen in de wijk' Hoorn – verslag [[d:06 februari 2024]]
Wijk: {{w:Kersenboogerd}}. Aanwezig: [[p:Marga Schipper]] ({{o:Netwerk Pro}}), [[p:Wil]] ({{r:ouderenadviseur}}), [[p:Tobias]] ({{o:Intermaris}}), [[p:Ria Groot]] (vrijwilliger)
Let op: [[p:Wil]] is hier een persoon, geen werkwoord 😉
Gesprek over de flats aan de Roerdompstraat: veel alleenstaande ouderen, lift vaak kapot. [[p:Ria]] kent iedereen, noemde o.a. mevrouw [[p:Kok]] van [[a:Roerdompstraat 88]] die al drie weken niet buiten is geweest.
Afspraak: [[p:Wil]] gaat langs bij mw. [[p:Kok]]. [[p:Tobias]] meldt liftstoring hoger op.""")

H2.append(r"""Notulen casusoverleg sociaal team Veendam, [[d:22 mei]]
Aanwezig: [[p:Harmke]], [[p:Erik Jan]], [[p:Baukje]] ({{o:Lentis}}), [[p:Trijntje]] ({{o:Wooncom}})
Fam. [[p:Mulder-Bakker]]: aardbevingsschade, huis moet versterkt worden, tijdelijke woning. Dhr. [[p:Mulder]] (69) kan niet tegen de onrust, slaapt niet. Mw. [[p:Bakker]] is woedend op {{o:NCG}}.
- [[p:Baukje]]: dhr. wil geen GGZ, wel praten met {{r:geestelijk verzorger}}
- [[p:Trijntje]]: wisselwoning beschikbaar vanaf [[d:15 juni]] aan de [[a:Kerkstraat 21]]
Zaaknummer NCG: [[ds:NCG-2023-48812]].""")

H2.append(r"""Reactie op verslag casusoverleg Veendam:
Zijn we niet vergeten dat dochter [[p:Hilde]] ([[t:0598-623118]]) aangaf dat ze haar ouders tijdelijk in huis wil nemen? Dat was in het vorige overleg ([[d:8 mei]]). Misschien eerst met haar bellen voor we die wisselwoning vastleggen. – [[p:Harmke]]""")

H2.append(r"""Regiotafel bemoeizorg Fryslân, Leeuwarden [[d:28-2-2024]]
Deelnemers: [[p:Sjoukje Dijkstra]] ({{o:Sociaal Wijkteam Leeuwarden}}), [[p:Douwe]] ({{o:GGZ Friesland}}), [[p:Anneke Postma]] ({{o:VNN}}), [[p:Wiebe]] ({{o:Elkien}}), [[p:Femke]] ({{o:GGD Fryslân}})
Casus {{w:Vrijheidswijk}}: vrouw (55) met veel katten, stankoverlast. Buren hebben petitie. [[p:Wiebe]]: ontruiming dreigt. [[p:Femke]] heeft hygiëneonderzoek gedaan [[d:14 februari]].
Leerpunt: dierenambulance en {{o:Dierenbescherming}} eerder betrekken. De vrouw noemt haar katten haar kinderen.
Volgende regiotafel [[d:24 april]].""")

H2.append(r"""Bijlage bij verslag MDO {{w:Hillesluis}} — aanmeldformulier (kopie, NIET verder verspreiden)
Naam: [[p:Aysel Karakaş]]
Geb.datum: [[d:17-09-1979]]
BSN: [[b:854040699]]
Adres: [[a:Beijerlandselaan 96-C]], [[pc:3074 EK]] Rotterdam
Tel: [[t:06-14857209]]
Reden aanmelding: overbelast, zorg voor zoon [[p:Baran]] (autisme), man [[p:Serkan]] werkt nachten.
Aangemeld door: [[p:Femke Bouma]], {{r:schoolmaatschappelijk werker}}""")

H2.append(
    r"""@iedereen: ik heb de bijlage hierboven verwijderd, die hoorde niet in deze thread. Wie hem heeft gedownload: graag wissen. Het formulier staat in het dossier ([[ds:WT-RTD-2024-1177]]). Sorry! [[p:Shirley]]"""
)

# ---- part3.py ----
H3 = []
H3.append(r"""Besluitenlijst MDO {{w:Malburgen}} (Arnhem), [[d:2024-03-14]]
B1. Dhr. [[p:Gheorghe Popescu]] (Roemeens, 44, arbeidsmigrant) krijgt tijdelijk noodopvang via {{o:Stichting Kruispunt}}. Werkgever heeft hem op straat gezet na ongeluk. Collega [[p:Ionel]] wil tolken.
B2. Mw. [[p:Djamila]] wordt aangemeld bij {{o:Rijnstad}} voor taalcoaching.
B3. Casus [[p:Van der Linden]] gesloten.
Registratie Wmo-beschikking dhr. [[p:Popescu]]: [[ds:WMO-24-00871]]; BSN in aanvraag: [[b:634997154]].
Volgend MDO [[d:28-03]]. Notulen: [[p:Ellen]].""")

H3.append(r"""Verslag werkbijeenkomst 'statushouders en zorg', Amersfoort {{w:Kruiskamp}}, [[d:19 maart]]
Aanwezig: [[p:Zahra Ahmadi]] ({{r:cultuursensitief werker}}), [[p:Rutger]] ({{o:Indebuurt033}}), [[p:Semhar Ghebremedhin]] ({{r:sleutelpersoon}}), [[p:Lonneke Hart]] ({{o:VluchtelingenWerk}})
[[p:Semhar]] vertelde hoe Eritrese gezinnen het {{o:wijkteam}} vaak zien als 'de gemeente' en dus wantrouwen. Voorbeeld: familie van [[p:Filmon]] die pas na een half jaar vertelde dat de zoon niet naar school ging.
[[p:Zahra]]: bij Afghaanse gezinnen idem, vaders spreken liever met een man.
Actie: [[p:Lonneke]] organiseert met [[p:Semhar]] een koffieochtend, [[d:vrijdag 12 april]], {{o:Buurthuis De Kruiskamp}}.""")

H3.append(r"""Re: statushouders en zorg
Goede bijeenkomst! Voor wie contact wil met [[p:Semhar]]: zij staat open voor vragen via [[e:semhar.g@gmail.com]] (heeft ze zelf aangegeven). Mijn eigen nummer is [[t:033 - 469 21 70]]. [[p:Rutger]]""")

H3.append(r"""MDO {{w:Nieuwland}} Schiedam – [[d:14 mrt '24]]
aanw. [[p:Gonny]], [[p:Luís Delgado]] ({{r:jongerenwerker}}), [[p:Samira]] ({{o:Minters}}? nee {{o:Stichting Welzijn Schiedam}}), [[p:Arno]] ({{o:Woonplus}})
Jongen [[p:Djaniny Lopes Tavares]] (16) — Kaapverdiaans, moeder [[p:Maria]] alleen, vader in Lissabon. Ingeschreven op [[a:Lorentzlaan 34-B]], slaapt vaak bij vriend [[p:Kelvin]] in {{w:Oost}}. [[p:Luís]] kent de familie via voetbal.
Acties: [[p:Luís]] gesprek jongen (Kriolu mag), [[p:Gonny]] contact {{o:Jeugdbescherming}}? eerst niet, eerst vrijwillig. Dossier jeugd [[ds:JGD-SCH-24-0123]].""")

H3.append(r"""Notulen kick-off 'Samen sterk in de wijk' Dordrecht
[[d:maandag 15 januari 2024]] | {{o:Het Energiehuis}}
Aanwezig: ca. 60 professionals. Sprekers: [[p:Koos van Wijk]] ({{o:Sociaal Wijkteam Dordrecht}}), [[p:Fenna Roelofs]] ({{o:MEE Plus}}), [[p:Ibrahim Boukhari]] ({{o:Trivire}})
Stemming thema's: armoede (1), jeugd (2), eenzaamheid (3), wonen (4). {{w:Crabbehof}} en {{w:Wielwijk}} als proefwijken.
Citaat [[p:Koos]]: 'Ik wil niet nog een overleg, ik wil een ander gesprek.'
Contact pilot: [[p:Fenna]], [[e:f.roelofs@meeplus.nl]], [[t:078-6330123]].""")

H3.append(r"""Casusbespreking {{w:Dukenburg}} (Nijmegen), [[d:16-01]]
Aanwezig: [[p:Marloes]], [[p:Gijs]], [[p:Kwame Owusu]] ({{o:Tandem}}), [[p:Anja]] ({{o:Talis}})
Dhr. [[p:Owusu]]... nee, niet [[p:Kwame]] zelf: dhr. [[p:Nana Asante]] (Ghanees, 72), [[a:Meijhorst 60-11]], [[pc:6537 KE]]. Woont alleen, kinderen in Londen. Geen AOW-gat? [[p:Kwame]] checkt bij {{o:SVB}}. Kerk ({{o:Pinkstergemeente}}) brengt eten.
[[p:Anja]]: {{o:Talis}} wil woning aanpassen (douche). [[p:Marloes]] doet Wmo-melding, ref [[ds:Z/24/118842]].""")

H3.append(r"""Verslag intervisie {{o:WIJ}} {{w:Beijum}}/{{w:Lewenborg}}, [[d:di 5 maart]]
[[p:Dilan]] brengt in: mw. [[p:Lieve Schuiling]], 41, drie kinderen, verstandelijke beperking, wil niet meer met {{o:MEE}} praten omdat 'die mijn kinderen willen afpakken'. Ex [[p:Rudy]] verspreidt dat.
Vraag aan de groep: hoe herstel je vertrouwen als een hele organisatie besmet is?
Tips: via haar zus [[p:Geke]]; koffiemoment op school; taal vereenvoudigen.
Volgende keer: [[p:Wietske]] met casus [[p:Kuipers]] (vervolg).""")

H3.append(r"""Actielijst regiotafel {{o:Beschermd Wonen}} Utrecht-stad, [[d:12-03-2024]]
A1 [[p:Hilde]] – overzicht wachtenden {{w:Overvecht}} – [[d:26-3]]
A2 [[p:Joost Kamphuis]] ({{o:Lister}}) – plekken {{o:Skaeve Huse}} – [[d:9 april]]
A3 [[p:Omar]] – casus dhr. [[p:R.]] ({{w:Lombok}}) voorbereiden, zonder naam! – volgend overleg
A4 [[p:Vera]] ({{o:Altrecht}}) – FACT-indicatie mw. [[p:Y.A.]] – loopt
A5 allen – reactie op conceptnotitie naar [[e:regiotafel.bw@utrecht.nl]] – [[d:vr 22/3]]""")

H3.append(r"""Notulen brainstorm 'Jong en mantelzorger', Helmond [[d:28 februari]]
Wijken: {{w:Binnenstad-Oost}}, {{w:Brouwhuis}}. Aanwezig: [[p:Petra]], [[p:Noah]] (jongere, 19, ervaringsdeskundige), [[p:Anouk van Bree]] ({{o:LEV-groep}}), [[p:Sjaak]] ({{r:docent}} {{o:Dr.-Knippenbergcollege}})
[[p:Noah]] vertelde over zijn moeder met MS. Hij heeft op zijn 14e al injecties gegeven. Niemand op school wist het.
Ideeën: jonge-mantelzorgerspas, een 'mantelzorgvrije middag', app-groep met [[p:Noah]] als beheerder.
Actie: [[p:Anouk]] schrijft projectplan voor [[d:1 april]]; [[p:Sjaak]] peilt bij mentoren.""")

H3.append(
    r"""Hallo [[p:Anouk]], naar aanleiding van de brainstorm: mijn moeder wil best meedoen met een interview, maar zonder haar naam ([[p:Marjolein]]) en zonder ons adres erin ([[a:Steenweg 8d]]). Is dat goed? Mijn nummer [[t:0623458812]]. Groetjes [[p:Noah]]"""
)

H3.append(r"""MDO {{w:Kalsdonk}}, Roosendaal — [[d:woensdag 3 april]]
Deelnemers: [[p:Ineke]] ({{o:WVS}}), [[p:Martijn Luijk]] ({{r:wijkagent}}), [[p:Hakan]] ({{o:Traverse}}), [[p:Petra de Bruijn]] ({{o:Surplus Welzijn}})
Casus Bulgaarse familie [[p:Georgiev]]: vader [[p:Stoyan]], moeder [[p:Desislava Petrova]], drie kinderen, met nog 6 landgenoten in één woning ([[a:Kalsdonksestraat 49]], [[pc:4702 NM]]). Huisjesmelker. Kinderen niet op school ingeschreven.
Acties: [[p:Martijn]] + gemeentelijke handhaving controle; [[p:Petra]] regelt tolk Bulgaars; [[p:Hakan]] leerplicht. Melding handhaving: [[ds:HH-RSD-2024-0388]].""")

H3.append(r"""Verslag expertmeeting jeugd, Den Haag – [[d:10 april 2024]]
Externe gasten: [[p:Carolien de Jong]] ({{o:Buurtteam Jeugd en Gezin}} Utrecht, {{w:Hoograven}}) en [[p:Remco Veldhuis]] ({{o:Sociaal Wijkteam}} {{w:Wesselerbrink}}, Enschede)
[[p:Carolien]] over 'één gezin, één plan': in {{w:Hoograven}} neemt één {{r:buurtteammedewerker}} alles, ook schulden van ouders. [[p:Remco]]: Enschede werkt nog met aparte jeugd- en volwassenenteams, en dat wringt.
Discussie over {{o:CJG}} in Den Haag: [[p:Naima]] en [[p:Lotte]] vinden de overdracht te koud.
Afspraak: [[p:Lotte]] loopt een dag mee in {{w:Hoograven}}, [[d:23 mei]].""")

H3.append(
    r"""Hi [[p:Carolien]], dank voor je bijdrage gisteren! Zoals besproken loop ik graag mee op [[d:do 23 mei]]. Kun je me het adres van jullie kantoor sturen? Mijn mail: [[e:lotte.vermeulen@swtbouwlust.nl]], mob [[t:06 - 18 44 02 97]]. Hartelijke groet, [[p:Lotte Vermeulen]], {{r:casusregisseur}} {{o:SWT}} {{w:Bouwlust}}/{{w:Vrederust}}"""
)

H3.append(r"""Casusoverleg {{o:Wijkteam}} {{w:Charlois}}, [[d:20.02.24]]
Aanwezig: [[p:Ramona]], [[p:Jessica]], [[p:Karim]], [[p:Wendy Hoogendoorn]] ({{o:Humanitas}})
1. dhr. [[p:Sital]] (zie MDO [[d:9 jan]]): huisbezoek gelukt! Hij liet [[p:Fatma]] binnen, niet [[p:Ramona]]. Woning vervuild maar geen ongedierte. Hij wil wel hulp bij de post.
2. mw. [[p:Yasmina El Idrissi]], nieuwe aanmelding via school. Woont [[a:Wolphaertsbocht 410]] 3e etage. Huurschuld €1.800. BSN [[b:738 395 419]].
3. Vrijwilligers: [[p:Wendy]] heeft 2 nieuwe maatjes.
Actie [[p:Karim]]: afspraak mw. [[p:El Idrissi]] [[d:27 febr.]]""")

H3.append(r"""Werkbijeenkomst ouderen Deventer, wijk {{w:Rivierenwijk}}, [[d:11-3-2024]]
Aanw: [[p:Gerda Nijland]] ({{o:Raster}}), [[p:Herman]] ({{o:Carinova}}), [[p:Sophie]] ({{o:Sociaal team}}), [[p:Joke Mensink]] (mantelzorger)
[[p:Joke]] vertelde over haar man [[p:Jan]] (alzheimer): 'Ik kreeg zes formulieren en niemand die ze met me invulde.' Daarna was het stil.
Besluit: één {{r:mantelzorgconsulent}} als vast aanspreekpunt per wijk. [[p:Gerda]] werkt uit.
[[p:Joke]] mag gebeld worden voor vervolg: [[t:0570-612455]].""")

H3.append(r"""Notulen regiotafel jeugd Almere, [[d:7 februari 2024]]
Aanwezig: [[p:Rachelle Koning]] ({{o:De Schoor}}), [[p:Priscilla]] ({{o:Sociaal Wijkteam}} {{w:Almere Buiten}}), [[p:Jan-Willem]] ({{o:Sociaal Wijkteam}} {{w:Almere Haven}}), [[p:Farid Ahmadi]] ({{o:Leerplicht}}), [[p:Nathalie]] ({{o:Vitree}})
Cijfers: 212 thuiszitters in de regio.
Casus (met toestemming): meisje [[p:Noa]] uit {{w:Muziekwijk}}, 14, angst, zit sinds [[d:2 oktober]] thuis. Vader [[p:Ruben]] vraagt om onderwijs-zorgarrangement.
Actie: [[p:Farid]] en [[p:Nathalie]] plannen overleg met school, [[d:do 15 feb]]. Registratie leerplicht [[ds:LP-ALM-24/0412]].""")

H3.append(r"""Re: regiotafel jeugd Almere
Kleine aanvulling: [[p:Noa]]'s moeder ([[p:Esther]]) wil ook graag betrokken worden, de ouders zijn gescheiden en wonen op twee adressen ([[a:Kasteelweg 23]] en [[a:Frans Halsstraat 101]], [[pc:1323 BK]]). — [[p:Priscilla]]""")

H3.append(r"""Verslag casusoverleg {{o:SWT}} {{w:Mariahoeve}}, [[d:dinsdag 19 maart]]
Aanwezig: [[p:Gerda]] ({{r:ouderenconsulent}}), [[p:Tom Visser]] ({{r:casemanager dementie}}), [[p:Anouk]] ({{r:wijkverpleegkundige}}), [[p:Hamid]] ({{r:Wmo-adviseur}})
Mw. [[p:De Roos]] (87), [[a:Ramborstlaan 77]], [[pc:2592 DN]]. Dochter [[p:Annemiek Roos-Brink]] woont in Canada. Buurman [[p:Visser]] (niet [[p:Tom]]!) doet boodschappen maar wil stoppen.
- Thuiszorg 3x per dag via {{o:Florence}}
- Alarmering via {{o:Haagse Wijk- en Woonzorg}}? [[p:Hamid]] checkt
- [[p:Anouk]] bespreekt met {{r:huisarts}} [[p:Ramcharan]]
Kenmerk: [[ds:SWT-MH-24-0219]].""")

H3.append(r"""Notulen werkbijeenkomst 'bemoeizorg & wijkagenten', Enschede [[d:9-4-2024]]
Aanwezig: [[p:Remco Veldhuis]], [[p:Ahmet Şahin]] ({{r:wijkagent}} {{w:Twekkelerveld}}), [[p:Marieke Kuipers]] ({{o:Mediant}}), [[p:Ellis]] ({{o:Domijn}})
[[p:Ahmet]] vertelde over een man die al maanden 's nachts over straat loopt te roepen. In de wijk heet hij 'Ome [[p:Harrie]]' of '[[p:Harrie]] de Roeper', echte naam bekend bij team.
Afspraak: wijkagent en {{o:Mediant}} gaan samen, niet met politieauto. [[p:Ellis]] checkt huurcontract. Zaak: [[ds:SWE-2024-00731]].""")

H3.append(
    r"""Hoi [[p:Remco]], nog even over '[[p:Harrie]]' uit het verslag: zijn zus heeft gisteren gebeld, ze heet [[p:Gerrie Lansink]] ([[t:053-4310029]]). Ze wil meewerken. Woont zelf in {{w:Pathmos}}. [[p:Marieke]]"""
)

H3.append(r"""Kort verslag telefonisch overleg [[d:vr 29 maart]]
[[p:Jo]] ({{o:SWT}} {{w:Malberg}}) – [[p:Nicole]] ({{o:gemeente Kerkrade}})
Onderwerp: verhuizing mw. [[p:Kowalczyk]] van Kerkrade naar Maastricht, nieuw adres [[a:Populierweg 4-C]], [[pc:6222 BE]]. Overdracht casus per [[d:15 april]]. Dossier Kerkrade [[ds:URG-2024-117]] wordt gesloten, nieuw dossier Maastricht volgt.
Zoon [[p:Kacper]] verhuist niet mee.""")

H3.append(r"""Verslag intervisie Haarlem {{w:Schalkwijk}}, [[d:21 februari]]
Deelnemers: [[p:Marianne]], [[p:Youssef]], [[p:Lien]], [[p:Bart de Graaf]] (intervisor)
Casus [[p:Youssef]]: mw. [[p:Nguyen]] (Vietnamese, 58) verzamelt oud papier, kamer vol. Haar dochter [[p:Thi Hoa]] schaamt zich, wil niet dat de buren het weten. [[p:Youssef]] voelde zich 'klusjesman' in plaats van hulpverlener.
Leerpunt: eerst relatie, dan ruimen. {{o:Stichting Hoogtij}} kan helpen met opruimcoach.
Afspraak: [[p:Lien]] geeft [[p:Youssef]] contact van [[p:Carla Bakker]] ({{o:Hoogtij}}).""")

H3.append(r"""Re: intervisie Schalkwijk
Nog een tip voor [[p:Youssef]]: bij ons in {{w:Overdie}} (Alkmaar) hebben we goede ervaring met {{o:Leger des Heils}}-{{r:ambulant begeleider}} [[p:Jenny Zwart]]. Ze heeft vorig jaar bij een vergelijkbare mevrouw ([[a:Wognumsebuurt 12-II]]) in 4 maanden de woning leeg gekregen, zonder dwang. Mail: [[e:jenny.zwart@legerdesheils.nl]]. Gr, [[p:Monique]] ({{o:Sociaal Wijkteam Alkmaar}})""")

H3.append(r"""MDO Den Haag {{w:Laak}}, [[d:22 februari 2024]] 14u
Aanwezig: [[p:Sevda Kılıç]], [[p:Noor El Amrani]], [[p:Hamid]], [[p:Ravi Jagessar]] ({{o:Parnassia}}), [[p:Linda]] ({{o:Haag Wonen}})
Casus: gezin [[p:Ramdas]]: moeder [[p:Sunita]], drie kids, vader [[p:Vikash]] uit huis na incident ([[d:2 feb]]). [[p:Sunita]]'s schoonmoeder blijft langskomen en zet haar onder druk om hem terug te nemen.
VT-melding [[ds:VT-2024-1187]]. Adres: [[a:Van Musschenbroekstraat 51]], [[pc:2522 AL]].
Besluit: [[p:Noor]] casusregie, [[p:Ravi]] behandeling moeder, [[p:Linda]] mogelijk woningruil. Evaluatie [[d:21 maart]].""")

H3.append(
    r"""Aanvulling op MDO {{w:Laak}}: [[p:Vikash]] heeft zichzelf gemeld bij {{o:Wij Doen Het}}? nee, bij {{o:Kompassie}}-daderhulp. Contactpersoon daar [[p:Stefan]], [[t:+31 (0)70 – 2051900]]. Ik hou het in de gaten. [[p:Noor]]"""
)

H3.append(r"""Verslag slotbijeenkomst 'Wijkgericht werken' Apeldoorn, [[d:13 juni 2024]]
Opening: [[p:Annemarie Bos]] ({{o:gemeente Apeldoorn}}). Presentaties van {{w:Zevenhuizen}} ([[p:Eric]], [[p:Mirjam]]) en {{w:De Maten}} ([[p:Anil]]).
[[p:Anil]] liet de 'buurtkaart' zien: welke sleutelfiguren er zijn, zonder namen van bewoners. Goede vraag uit zaal van [[p:Truus van der Berg]]: 'Hoe hou je zo'n kaart actueel?'
Afsluiting met bedankje voor [[p:Mirjam]] die met pensioen gaat per [[d:1 juli]]. Zij bedankte iedereen en in het bijzonder oud-cliënt 'mevrouw [[p:Lammers]]', die haar een gedicht stuurde.""")

H3.append(r"""Brainstorm huiselijk geweld 'onzichtbare slachtoffers' – Den Haag [[d:21-02-2024]]
Ingebracht:
> mannen als slachtoffer ([[p:Hamid]]: dhr. [[p:K.]] uit {{w:Transvaal}}, 52, geslagen door vrouw, schaamte)
> ouderen (zie expertmeeting)
> LHBTI-jongeren ([[p:Sharon]]: jongen [[p:Dewi]] die door zijn ooms werd bedreigd)
> financieel geweld
Uitwerking door [[p:Noor]], [[p:Hamid]] en [[p:Sharon]], presentatie [[d:20 juni]].
Opm.: [[p:Dewi]] hier is niet onze collega [[p:Dewi Ramdin]].""")

H3.append(r"""Notulen werkbijeenkomst schulden, {{w:Ittersum}}/{{w:Holtenbroek}} Zwolle – [[d:08-05-2024]]
Aanwezig: [[p:Gert-Jan]], [[p:Anke]], [[p:Marloes Veenstra]] ({{o:Stichting Kredietbank Nederland}}), [[p:Yusuf]] ({{o:Travers Welzijn}})
Casus fam. [[p:Stegeman]] (vervolg): schuldenregeling toegekend. Afloscapaciteit €86 p.m. naar [[i:NL54RABO5787137617]] (boedelrekening SKN).
Nieuw: dhr. [[p:Rafael Isenia]], Antilliaans, [[a:Zwartewaterallee 40-2]], [[pc:8031 DX]]. Studieschuld DUO + CJIB-boetes. BSN [[b:156838047]], reg.nr. SKN [[ds:SKN-ZW-38120]].
Actie: [[p:Yusuf]] intake [[d:dinsdag 14 mei]].""")

# ---- part4.py ----
H4 = []
H4.append(r"""Planning pilot 'Samen werken in het sociale domein' (versie 3, [[d:12-01-2024]])
- kick-off: [[d:22 november 2023]] (geweest)
- startbijeenkomst pilotgroep: [[d:do 8 februari]], 13.00-17.00
- werkbijeenkomsten themagroepen: [[d:7 maart]], [[d:21 maart]] en [[d:4 april]] (telkens donderdagmiddag)
- brainstorm bemoeizorg: [[d:6 februari]] (extra)
- expertmeeting: [[d:11 april]], stadhuis
- terugkomdag: [[d:16 mei]]
- slotbijeenkomst: [[d:donderdag 20 juni 2024]]
Wijzigingen worden in het kanaal gemeld. Let op: in mei valt de meivakantie, geen bijeenkomsten in week 18 en 19. Afmelden bij [[p:Ilse]] ([[t:06-41827730]]) of [[e:ilse.vanrijn@denhaag.nl]].""")

H4.append(r"""Contactlijst pilotgroep themagroep ouderen (intern, niet doorsturen)
[[p:Gerda Hoogland]] – {{r:ouderenconsulent}} {{w:Mariahoeve}} – [[t:06 2011 4587]] – [[e:g.hoogland@swtmariahoeve.nl]]
[[p:Tom Visser]] – {{r:casemanager dementie}} – [[t:06-54018823]] – [[e:tom.visser@florence.nl]]
[[p:Anouk Meijer]] – {{r:wijkverpleegkundige}} – [[t:+31 6 38 77 12 04]] – [[e:anouk.meijer@florence.nl]]
[[p:Hamid Ouali]] – {{r:Wmo-adviseur}} – [[t:070 - 752 80 31]] – [[e:hamid.ouali@denhaag.nl]]
Bereikbaarheid: [[p:Gerda]] werkt ma/di/do, [[p:Anouk]] niet op woensdag.""")

H4.append(r"""Re: Re: bewind fam. [[p:Stegeman]]
Beste [[p:Gert-Jan]],
Het leefgeld voor fam. [[p:Stegeman]] gaat vanaf [[d:3 juni]] wekelijks (€ 95,-) naar [[i:NL02 ASNB 9392 9637 28]]. De oude rekening [[i:NL49INGB7337366258]] is geblokkeerd. Schuldeiser {{o:Vesteda}} heeft akkoord gegeven, kenmerk [[ds:VES/INC/2024-55013]]; de zorgverzekeraar ({{o:Zilveren Kruis}}) nog niet, dossier [[ds:ZK-7783102]].
Met vriendelijke groet,
[[p:Marloes Veenstra]]
{{r:budgetcoach}} {{o:Stichting Kredietbank Nederland}}
T [[t:038 - 852 30 17]] | E [[e:m.veenstra@skn.nl]]""")

H4.append(r"""Bijlage 2 bij verslag casusoverleg {{w:Velve-Lindenhof}} [[d:15-03-2024]] — gegevens voor aanvraag urgentie
Aanvrager: mw. [[p:N.]], geb. [[d:22-11-1989]], BSN [[b:3549.57.247]]
Huidig adres: [[a:Gronausevoetpad 118]], [[pc:7511 HW]] Enschede
Postadres (tijdelijk, via {{o:Blijf Groep}}): [[a:Hengelosestraat 700]], [[pc:7521 PA]]
Kinderen: [[p:Luca]] ([[d:3-5-2016]]), [[p:Mila]] ([[d:19-01-2020]])
Contact: alleen via {{r:casusregisseur}} [[p:Bennie]]: [[t:053-4817734]]
VT-nr [[ds:VT-2024-0562]], urgentiedossier [[ds:DOM-URG-24-118]]""")

H4.append(
    r"""hoi allemaal, even een vraag nav het verslag van het MDO in {{w:Selwerd}} ([[d:di 9 april]]): daar staat bij dhr. [[p:Kuipers]] "IBAN [[i:NL19ABNA8211519601]] doorgeven aan {{o:Lentis}}" maar volgens mij is dat het nummer van zijn buurvrouw [[p:Hennie]], die zijn boodschappen voorschiet. Klopt dat? Dan moet het zeker niet naar {{o:Lentis}}. Zijn eigen rekening is [[i:NL70 RABO 1903 3705 28]] (heb ik van de bewindvoerder, mr. [[p:Ter Horst]]?? nee die is {{r:advocaat}}, de bewindvoerder heet [[p:Anita Dijkema]]). Sorry, lange vrijdag. [[p:Harm-Jan]]"""
)

H4.append(r"""Agenda MDO {{w:Tarwewijk}}/{{w:Carnisse}} [[d:dinsdag 16 april 2024]], 13.30-15.00, {{o:Huis van de Wijk De Put}}
1. Opening, notulen [[d:19 maart]]
2. Casus 1: dhr. [[p:S.]], [[a:Mijnsherenlaan 212b]] (vervolg, [[ds:RTD-2024-00318]])
3. Casus 2: mw. [[p:K.]], [[a:Katendrechtse Lagedijk 78-A]], [[pc:3082 EA]] (nieuw, aanmelding huisarts [[d:2/4]])
4. Casus 3: gezin [[p:O.]], [[a:Pretorialaan 143 hs]] (school, {{o:CJG}})
5. Rondvraag
Stukken vooraf via beveiligde mail. Vragen: [[p:Ramona]], [[t:010 - 498 57 20]].""")

H4.append(r"""Notulen overleg {{o:SWT}} {{w:Escamp}} met {{o:Servicepunt XL}} {{o:Wijkcentrum Escamp}}, [[d:1 maart]]
Aanwezig: [[p:Otto]], [[p:Marja]], [[p:Lieneke]] (balie {{o:Servicepunt XL}})
Signalen balie afgelopen maand: 6 bewoners met vragen over energietoeslag, 2 over huurachterstand. Eén vrouw kwam drie keer, [[p:Lieneke]] noteerde haar gegevens: [[a:Zuiderparkweg 212-II]], [[pc:2531 BC]], tel [[t:0687654321]], geboren [[d:1 januari 1970]]? (twijfel, klopt vast niet).
Afspraak: balie mag bij signaal direct [[p:Marja]] bellen, vooraf toestemming vragen. Formulier 'warme doorverwijzing' volgt. Registratie signalen: [[ds:XL-ESC-0301]] t/m [[ds:XL-ESC-0308]].""")

H4.append(r"""Van: {{o:Wmo-loket}} gemeente Zwolle
Aan: [[p:Gerard Mulder]]
Onderwerp: beschikking mw. [[p:Van Dijk]] ([[ds:2024-04711]])
Beste [[p:Gerard]],
De beschikking voor huishoudelijke ondersteuning is op [[d:2 mei 2024]] verstuurd naar [[a:Meeuwenlaan 13 A]], [[pc:8011 BZ]]. Eigen bijdrage via {{o:CAK}}, machtiging op [[i:NL66INGB1337103286]]. Bij vragen kan mw. bellen met 14 038? — correctie: het algemene nummer hoort niet bij mw.; haar eigen nummer is [[t:038-4223190]].
BSN ter controle: [[b:798509223]].
Groet, [[p:Femke Oosterhuis]], {{r:Wmo-consulent}}""")

H4.append(
    r"""Naschrift bij slotbijeenkomst {{w:Holtenbroek}}: [[p:Gerard]] heeft een mail met BSN en rekeningnummer van een cliënte hierboven doorgestuurd in de publieke thread. Ik heb de moderator gevraagd het bericht te verbergen. Voor de volgende keer: verwijs alleen naar het dossiernummer ([[ds:2024-04711]]), niet naar gegevens. [[p:Anke]], {{r:privacycoördinator}} {{o:Wijkteams Zwolle}}"""
)

H4.append(r"""Casusoverleg {{w:Afrikaanderwijk}} – [[d:ma 22-1-2024]]
Aanwezig: [[p:Shirley]], [[p:Abdelhak]], [[p:Gonca Yılmaz]] ({{o:Wijkteam Feijenoord}}), [[p:Maarten]] ({{o:Woonstad}})
1. Mw. [[p:Hatice Arslan]], [[a:Paul Krugerstraat 88A-02]], [[pc:3072 GN]]. Tel. [[t:06-27 48 39 10]]. Man [[p:Osman]] overleden [[d:3 december]], zij spreekt weinig Nederlands, kinderen [[p:Ayşe]] en [[p:Burak]] wonen in Duitsland. Nabestaandenpensioen nog niet aangevraagd. BSN [[b:509345591]] ligt bij {{o:SVB}}.
2. Dhr. [[p:M.]] uit de Hillevliet: geen nieuws.
Acties: [[p:Gonca]] (Turks) belt mw. [[d:wo 24/1]], [[p:Maarten]] bevriest huurverhoging.""")

H4.append(r"""Kort verslag werkbezoek pilotgroep aan {{o:WIJ Groningen}}, {{w:Oosterparkwijk}} – [[d:18 april 2024]]
Ontvangen door [[p:Jantien Wolters]] en [[p:Klaas Brouwer]] ({{r:teamleider}}). We liepen mee met de {{r:wijkverpleegkundige}}, bezochten het {{o:Oosterparkbuurthuis}} en de voedselbank.
Opvallend: WIJ heeft één intake voor jong en oud. [[p:Klaas]]: 'Bij ons heet niemand casusregisseur, iedereen is gewoon {{r:WIJ-werker}}.'
Reiskosten declareren vóór [[d:1 mei]] bij [[p:Ilse]], met bonnetjes. Volgende werkbezoek: Tilburg, [[d:30 mei]].""")

H4.append(r"""Intervisieverslag {{r:jongerenwerkers}} Rotterdam-Zuid, [[d:27 maart]]
Aanwezig: [[p:Gijs]], [[p:Luís Delgado]], [[p:Anass]], [[p:Yara]] (begeleider)
Casus [[p:Anass]]: jongen [[p:B.]] (17) uit {{w:Lombardijen}}, deelt drugs uit via Snapchat, noemt zichzelf 'Baby [[p:Bouzid]]'. Moeder [[p:Saida Bouzid]] ([[t:+31 6 3011 8472]]) smeekt om hulp. Broer [[p:Ilias]] zit vast.
Reflectie: hoe blijf je in contact zonder medeplichtig te voelen?
Afspraak: [[p:Anass]] overlegt met {{r:wijkagent}} [[p:Kevin Schouten]] op [[d:3 april]]; melding [[ds:PL1700-2024067788]] bestaat al.""")

# ---- part5.py ----
H5 = []
H5.append(r"""Verslag werkbijeenkomst themagroep bemoeizorg – [[d:donderdag 21 maart 2024]]
Aanwezig: [[p:Marja Hendriks]] ({{r:maatschappelijk werker}}, {{w:Escamp}}), [[p:Rik]] ({{r:casusregisseur}}, {{w:Laak}}), [[p:Otto Brouwer]] ({{o:GGD Haaglanden}}), [[p:Esra]] ({{r:ervaringsdeskundige}}); te gast: [[p:Frank Heijmans]]
Afwezig: [[p:Naima]] (ziek)

1. Terugblik. Sinds de brainstorm in februari hebben we drie interventies gekozen: 'drie keer aanbellen', de sleutelfigurenkaart en een vast koppel met de {{r:wijkagent}}. [[p:Rik]] merkte op dat we in de hoop dat mensen zelf komen vaak maanden verliezen.
2. Casus ter illustratie (toestemming via zus): dhr. [[p:T.]], 63, woont al 11 jaar zonder cv aan de [[a:Erasmusweg 1010]]. Zus [[p:Ria]] belde in januari. Na drie pogingen deed hij open voor [[p:Esra]], niet voor de {{r:wijkagent}}. Nu één keer per week koffie.
3. Privacy: [[p:Frank]] legt uit dat bij acuut gevaar informatie gedeeld mag worden, verder alleen met toestemming. Het convenant bemoeizorg geldt voor heel Haaglanden.
Acties: [[p:Otto]] stuurt convenant rond (vóór [[d:28/3]]); [[p:Marja]] maakt een one-pager voor de expertmeeting van [[d:11 april]].
Volgende keer: woensdag in plaats van donderdag, tijd volgt.""")

H5.append(r"""Thread: 'Terugkoppeling expertmeeting — wat nemen we mee?'

[[p:Lotte]] ([[d:12 apr]], 09:14): Wat ik vooral meeneem van [[p:Yvonne]] uit Eindhoven: de buurtdeur. Eén vaste plek, één vast gezicht. Zouden we in {{w:Bouwlust}} met het {{o:Servicepunt XL}} kunnen proberen?

[[p:Hamid]] (09:40): Eens. Maar wie zit er dan? Bij ons in {{w:Mariahoeve}} heeft de {{r:ouderenconsulent}} nu al geen tijd.

[[p:Marja]] (10:02): In {{w:Escamp}} kan het met de vrijwilligers van {{o:Xtra}}. [[p:Bart]] vindt het ook een goed idee. Misschien één middag per week om te beginnen, dinsdag?

[[p:Ilse]] (10:31): Leuk! Zet het op de agenda voor de terugkomdag ([[d:16 mei]]). Wie [[p:Yvonne]] direct wil spreken: haar mail staat in het verslag. Graag geen cliëntnamen in deze thread, ook niet als voorbeeld, dank jullie wel.

[[p:Lotte]] (10:33): 👍""")

H5.append(r"""Notulen casusoverleg {{o:Sociaal Team}} Delfzijl, [[d:5 maart 2024]]
Aanwezig: [[p:Aaltje]], [[p:Rogier Smit]], [[p:Hasan]] ({{o:Lentis}}), [[p:Ineke de Hoop]] ({{o:Acantus}}), [[p:Stella]] ({{r:wijkverpleegkundige}} {{o:Zorggroep Meander}})

Algemeen: de krimp raakt ook het team; {{r:jongerenwerker}} vertrekt in mei en de vacature staat al drie maanden open.

Casus 1 – echtpaar [[p:Dijkhuis]], allebei in de tachtig, [[a:Stationsweg 14-a]]. Mw. valt vaak, dhr. is slechthorend en hoort de alarmering niet. Kleinzoon [[p:Jarno]] komt op zaterdag. [[p:Stella]] vraagt ergotherapie aan; [[p:Ineke]] kijkt naar een gelijkvloerse woning.
Casus 2 – jonge vader ([[p:Niek]], 24) met schulden na faillissement van zijn zzp-bedrijf. Wil geen bewind. [[p:Rogier]] probeert het met een vrijwillige budgetcoach van {{o:Humanitas}}. Registratie [[ds:ST-DZL-2024/0044]].
Rondvraag: [[p:Hasan]] meldt dat {{o:Lentis}} in Appingedam per [[d:1 juni]] een inloop start.
Volgende overleg: [[d:dinsdag 19 maart]], 9.30 uur.""")

H5.append(r"""Verslag regiotafel 'Wonen en begeleiding' Utrecht, [[d:16 april 2024]]
Aan tafel: [[p:Hilde van Beek]] ({{o:Buurtteam}} {{w:Overvecht}}), [[p:Joost Kamphuis]] ({{o:Lister}}), [[p:Vera]] ({{o:Altrecht}}), [[p:Tamara]] ({{o:Mitros}}), [[p:Ferhat Doğan]] ({{r:sociaal makelaar}}), [[p:Hester Blom]] ({{o:gemeente Utrecht}}, {{r:beleidsadviseur}})

Stand van zaken: 38 mensen wachten op een plek in beschermd wonen; gemiddelde wachttijd 14 maanden. Het aantal meldingen van woonoverlast in {{w:Overvecht}} is gestegen sinds 2022.
Discussie: [[p:Tamara]] wil dat corporaties eerder worden betrokken. [[p:Joost]] vertelt over de {{o:Skaeve Huse}} aan de rand van {{w:Lunetten}}: 'Werkt, als de buurt vooraf meepraat.'
Casus (geanonimiseerd door [[p:Vera]]): man van 45, 'wachtlijst-zwerver', sliep 9 maanden in een auto. Nu woning via {{o:Mitros}}, begeleiding via {{o:Lister}}. Dossier [[ds:BW-UTR-2024-0093]].
Besluit: [[p:Hester]] brengt de wachttijden in bij de wethouder, uiterlijk [[d:1 mei]]. Volgende regiotafel [[d:18 juni]].""")

H5.append(r"""Slotbijeenkomst werkplaats 'Vroegsignalering schulden' Tilburg – [[d:27 juni]]
Een korte terugblik van de organisatie ([[p:Mustafa Aydın]], {{o:ContourdeTwern}}):
Vijf maanden lang kwamen {{r:schuldhulpverleners}}, {{r:wijkverpleegkundigen}}, {{r:consulenten}} van {{o:Tiwos}} en {{o:WonenBreburg}} en vrijwilligers van {{o:SchuldHulpMaatje}} elke maand samen in {{o:Wijkcentrum De Poorten}} in {{w:Stokhasselt}}. Bijna tweehonderd huishoudens kregen een brief of huisbezoek na twee maanden achterstand.
Mooiste moment volgens [[p:Kim de Laat]]: een jongen van 19 die zelf binnenliep met een tas vol ongeopende post, omdat zijn oma ([[p:Nel]]) het bij de bingo over de werkplaats had gehoord.
Geleerd: niet te veel formulieren; de eerste afspraak binnen een week; meteen iemand mee naar de deurwaarder.
Dankwoord aan [[p:Dunya]] en [[p:Tarik]], jongeren die hun verhaal durfden te vertellen (met hun toestemming genoemd).
De werkplaats gaat door als netwerk. Contact: [[p:Mustafa]], [[t:06 47 13 90 28]].""")

H5.append(r"""Verslag intervisie pilotgroep (geanonimiseerde versie), [[d:16 mei 2024]]
Deelnemers: 12 leden van de pilotgroep, begeleiding [[p:Saskia van der Meer]].
Thema: 'Wanneer stop je?' [[p:Gerda]] vertelde over een mevrouw in {{w:Mariahoeve}} met wie ze drie jaar optrekt; de mevrouw noemt haar 'mijn [[p:Gerda]]' en wil geen andere hulpverlener. [[p:Noor]] herkende het vanuit huiselijk geweld: soms ben je de enige veilige persoon.
[[p:Jurgen]] deelde het tegenovergestelde: een man uit de {{w:Schilderswijk}} die hij na zes weken moest overdragen omdat hij verhuisde naar Rotterdam-Zuid. Via [[p:Ramona]] van het {{o:Wijkteam}} {{w:Charlois}} is de overdracht warm gegaan, in één gesprek met z'n drieën.
Opbrengst: afscheid voorbereiden vanaf dag één; overdracht altijd samen; 'loslaten is ook zorgen'.
Volgende bijeenkomst: slotbijeenkomst [[d:20-06-2024]].""")

# ---- gen.py ----
# Small generator (at most a third of the texts): data-dense attachments, action lists,
# visit plannings, corrections and signatures that accompany minutes.
CITIES = [
    # city, wijken, streets, postcode prefixes, area code, orgs, team name
    (
        "Rotterdam",
        ["Tarwewijk", "Bloemhof", "Spangen", "Oude Westen", "Hillesluis", "Lombardijen"],
        [
            "Dordtselaan",
            "Putselaan",
            "Mathenesserweg",
            "Gouvernestraat",
            "Groene Hilledijk",
            "Spinozaweg",
        ],
        ["3073", "3074", "3026", "3014", "3075", "3076"],
        "010",
        ["Wijkteam", "Vraagwijzer", "Antes", "Woonstad Rotterdam", "SOL"],
    ),
    (
        "Utrecht",
        ["Overvecht", "Kanaleneiland", "Zuilen", "Hoograven", "Ondiep"],
        ["Gambiadreef", "Aalberselaan", "Prins Bernhardlaan", "Briljantlaan", "Neptunusstraat"],
        ["3563", "3526", "3554", "3525", "3553"],
        "030",
        ["Buurtteam", "Altrecht", "Bo-Ex", "Mitros", "Lister"],
    ),
    (
        "Groningen",
        ["Selwerd", "Vinkhuizen", "Beijum", "Lewenborg", "De Hoogte", "Korrewegwijk"],
        ["Zonnelaan", "Siersteenlaan", "Beijumerweg", "Kometenstraat", "Bedumerweg"],
        ["9741", "9744", "9736", "9737", "9715"],
        "050",
        ["WIJ Groningen", "Lentis", "Nijestee", "Humanitas"],
    ),
    (
        "Eindhoven",
        ["Woensel-West", "Doornakkers", "Lakerlopen", "'t Hofke", "Gestel"],
        ["Edisonstraat", "Pisanostraat", "Tongelresestraat", "Kruisstraat", "Hastelweg"],
        ["5621", "5622", "5642", "5611", "5615"],
        "040",
        ["WIJeindhoven", "GGzE", "Woonbedrijf", "Trudo"],
    ),
    (
        "Tilburg",
        ["Groenewoud", "Tilburg-Noord", "Stokhasselt", "Korvel", "Jeruzalem"],
        ["Ringbaan-Oost", "Hoefstraat", "Tuinstraat", "Bredaseweg", "Ketelhavenstraat"],
        ["5042", "5045", "5011", "5014", "5021"],
        "013",
        ["ContourdeTwern", "Tiwos", "WonenBreburg", "GGz Breburg"],
    ),
    (
        "Almere",
        ["Almere Buiten", "Almere Haven", "Muziekwijk", "Stedenwijk", "Waterwijk"],
        ["Bolderweg", "Kasteelweg", "Randstad", "Baltimoreweg", "Operaweg"],
        ["1324", "1353", "1312", "1326", "1325"],
        "036",
        ["De Schoor", "Sociaal Wijkteam", "Ymere", "Leger des Heils"],
    ),
    (
        "Leeuwarden",
        ["Heechterp-Schieringen", "Vrijheidswijk", "Bilgaard", "Camminghaburen", "Oud-Oost"],
        ["Kalverdijkje", "Valeriusstraat", "Abbingastraat", "Borniastraat", "Egelantierstraat"],
        ["8924", "8921", "8932", "8926", "8912"],
        "058",
        ["Gebiedsteam", "Zienn", "Elkien", "GGZ Friesland"],
    ),
    (
        "Maastricht",
        ["Malberg", "Caberg", "Pottenberg", "Wittevrouwenveld", "Mariaberg"],
        ["Dolmenplein", "Brusselseweg", "Kastanjelaan", "Meerssenerweg", "Cabergerweg"],
        ["6218", "6216", "6213", "6222", "6217"],
        "043",
        ["Trajekt", "Mondriaan", "Servatius", "Sociaal Wijkteam"],
    ),
    (
        "Enschede",
        ["Velve-Lindenhof", "Deppenbroek", "Wesselerbrink", "Pathmos", "Twekkelerveld"],
        [
            "Gronausestraat",
            "Lasondersingel",
            "Wesselerbrinklaan",
            "Pathmossingel",
            "Hengelosestraat",
        ],
        ["7511", "7523", "7544", "7513", "7522"],
        "053",
        ["Sociaal Wijkteam", "Mediant", "Domijn", "Alifa"],
    ),
    (
        "Zwolle",
        ["Holtenbroek", "Diezerpoort", "Aa-landen", "Stadshagen", "Kamperpoort"],
        ["Zwartewaterallee", "Vechtstraat", "Ittersumallee", "Rieteweg", "Hortensiastraat"],
        ["8031", "8021", "8032", "8043", "8011"],
        "038",
        ["Wijkteams Zwolle", "Travers Welzijn", "deltaWonen", "Dimence"],
    ),
    (
        "Den Haag",
        ["Schilderswijk", "Transvaal", "Moerwijk", "Laak", "Mariahoeve", "Bouwlust"],
        ["Hoefkade", "Leyweg", "Loosduinseweg", "Paul Krugerlaan", "Hengelolaan", "Escamplaan"],
        ["2526", "2533", "2571", "2525", "2545", "2546"],
        "070",
        ["SWT", "Servicepunt XL", "Parnassia", "Haag Wonen", "Xtra"],
    ),
    (
        "Emmen",
        ["Bargeres", "Angelslo", "Emmerhout", "Emmermeer"],
        ["Statenweg", "Houtweg", "Boslaan", "Vlierstraat"],
        ["7823", "7822", "7826", "7824"],
        "0591",
        ["Sociaal Team", "VNN", "Lefier", "GGZ Drenthe"],
    ),
    (
        "Heerlen",
        ["Meezenbroek", "Heerlerheide", "Hoensbroek"],
        ["Meezenbroekerweg", "Akerstraat", "Heerlerbaan"],
        ["6413", "6417", "6432"],
        "045",
        ["Impuls", "Weller", "Mondriaan"],
    ),
]
FIRST = [
    "Fatima",
    "Jan",
    "Priya",
    "Kees",
    "Ewa",
    "Mohammed",
    "Sanne",
    "Joke",
    "Ahmed",
    "Dewi",
    "Ricardo",
    "Marieke",
    "Ionela",
    "Samir",
    "Roos",
    "Mei",
    "Yusuf",
    "Hanna",
    "Tesfay",
    "Abdullahi",
    "Wei",
    "Kwabena",
    "Nadia",
    "Henk",
    "Sharda",
    "Piotr",
    "Maria",
    "Elif",
    "Farid",
    "Gerrit",
    "Lieve",
    "Djamila",
    "Bram",
    "Esra",
    "Natasha",
    "Amal",
]
LAST = [
    "de Vries",
    "Bakker",
    "Visser",
    "El Amrani",
    "Kaya",
    "Ramdin",
    "Kowalski",
    "Popescu",
    "Haile",
    "Warsame",
    "Chen",
    "Mensah",
    "Martina",
    "Lopes",
    "Jagessar",
    "Yilmaz",
    "Koster",
    "de Wit",
    "Hoekstra",
    "Ahmadi",
    "Petrova",
    "Nowak",
    "Bouzid",
    "Smit",
    "Mol",
    "Groen",
    "Kok",
    "Dijkstra",
    "Alhussein",
    "Oduro",
    "Tahiri",
    "Storm",
]
PROF = [
    "Irma",
    "Rachid",
    "Wendy",
    "Thijs",
    "Karin",
    "Youssef",
    "Jolien",
    "Bas",
    "Mirjam",
    "Dave",
    "Hester",
    "Ozan",
]
ROLES = [
    "maatschappelijk werker",
    "wijkverpleegkundige",
    "Wmo-consulent",
    "casusregisseur",
    "schuldhulpverlener",
    "ouderenadviseur",
    "jongerenwerker",
    "MEE-consulent",
    "wijkagent",
    "POH-GGZ",
    "welzijnscoach",
]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
DAY2 = ["ma", "di", "wo", "do", "vr"]
MEETINGS = [
    "MDO",
    "casusoverleg",
    "werkbijeenkomst",
    "intervisie",
    "regiotafel",
    "teamoverleg",
    "expertmeeting",
]
LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"


def generate():
    r = random.Random(41)

    def date(year=True):
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        y = r.choice([2023, 2024, 2024, 2025])
        k = r.randint(0, 11)
        if k == 0:
            return "%d %s %d" % (d, MONTHS[m - 1], y) if year else "%d %s" % (d, MONTHS[m - 1])
        if k == 1:
            return "%02d-%02d-%d" % (d, m, y) if year else "%d-%d" % (d, m)
        if k == 2:
            return "%d/%d" % (d, m)
        if k == 3:
            return "%s %d %s" % (r.choice(DAYS), d, MONTHS[m - 1])
        if k == 4:
            return "%s %d/%d" % (r.choice(DAY2), d, m)
        if k == 5:
            return "%d %s." % (d, MON3[m - 1]) if MON3[m - 1] != "mei" else "%d mei" % d
        if k == 6:
            return "%d-%d-'%02d" % (d, m, y % 100)
        if k == 7:
            return "%d.%d.%02d" % (d, m, y % 100)
        if k == 8:
            return "%d-%02d-%02d" % (y, m, d)
        if k == 9:
            return "%de %s" % (d, MONTHS[m - 1])
        if k == 10:
            return "%d %s '%02d" % (d, MON3[m - 1], y % 100)
        return "%d %s" % (d, MONTHS[m - 1])

    def dob():
        y, m, d = r.randint(1936, 2006), r.randint(1, 12), r.randint(1, 28)
        return r.choice(
            [
                "%02d-%02d-%d" % (d, m, y),
                "%d-%d-%d" % (d, m, y),
                "%d %s %d" % (d, MONTHS[m - 1], y),
                "%02d/%02d/%d" % (d, m, y),
            ]
        )

    def phone(area):
        k = r.randint(0, 7)
        n = [str(r.randint(0, 9)) for _ in range(8)]
        s = "".join(n)
        if k == 0:
            return "06-" + s
        if k == 1:
            return "06 %s %s" % (s[:4], s[4:])
        if k == 2:
            return "+31 6 %s %s" % (s[:4], s[4:])
        if k == 3:
            return "06 %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:])
        if k == 4:
            return "0031 6 " + s
        rest = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(9 - len(area)))
        if k == 5:
            return "%s-%s" % (area, rest)
        if k == 6:
            return "(%s) %s" % (area, rest)
        return "+31 %s %s" % (area[1:], rest)

    def pc(prefix):
        l = r.choice(LETTERS) + r.choice(LETTERS)
        return r.choice(["%s %s", "%s %s", "%s%s"]) % (prefix, l)

    def addr(streets):
        n = r.randint(1, 260)
        suf = r.choice(["", "", "", "-hs", "B", "-II", " bis", "-3", " A", "a", "-1", " III", "-C"])
        return "%s %d%s" % (r.choice(streets), n, suf)

    def bsn():
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            if d[0] == 0:
                continue
            s = sum(d[i] * (9 - i) for i in range(8))
            for d9 in range(10):
                if (s - d9) % 11 == 0:
                    t = "".join(map(str, d + [d9]))
                    return r.choice(
                        [
                            t,
                            t,
                            "%s.%s.%s" % (t[:4], t[4:6], t[6:]),
                            "%s %s %s" % (t[:3], t[3:6], t[6:]),
                        ]
                    )

    def iban():
        bank = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"])
        acc = "".join(str(r.randint(0, 9)) for _ in range(10))
        num = "".join(str(int(c, 36)) for c in bank + acc + "NL00")
        t = "NL%02d%s%s" % (98 - int(num) % 97, bank, acc)
        if r.random() < 0.4:
            return " ".join(t[i : i + 4] for i in range(0, 18, 4))
        return t

    def dossier(city):
        c = city[:3].upper()
        k = r.randint(0, 7)
        y = r.choice([2023, 2024])
        if k == 0:
            return "%d-%05d" % (y, r.randint(100, 99999))
        if k == 1:
            return "%s-%d-%04d" % (
                r.choice(["WMO", "SWT", "MDO", "JGD"]),
                y % 100,
                r.randint(1, 9999),
            )
        if k == 2:
            return "#%d" % r.randint(10000, 99999)
        if k == 3:
            return "%s/%d/%04d" % (r.choice(["SHV", "BW", "WT"]), y, r.randint(1, 9999))
        if k == 4:
            return "VT-%d-%04d" % (y, r.randint(1, 9999))
        if k == 5:
            return "%s-%s-%05d" % (r.choice(["WT", "BT", "ST"]), c, r.randint(1, 99999))
        if k == 6:
            return "Z/%d/%06d" % (y % 100, r.randint(1, 999999))
        return "%d.%03d.%03d" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 999))

    def email(first, last):
        f = first.lower()
        l = last.lower().replace(" ", "").replace("'", "")
        dom = r.choice(
            ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl"]
        )
        return (
            r.choice(["%s.%s@%s", "%s%s@%s", "%s_%s@%s"]) % (f, l, dom)
            if r.random() < 0.6
            else "%s%d@%s" % (l, r.randint(1, 99), dom)
        )

    def mt():
        m = r.choice(MEETINGS)
        return (
            "de "
            if m in ("werkbijeenkomst", "intervisie", "regiotafel", "expertmeeting")
            else "het "
        ) + m

    def client():
        fn, ln = r.choice(FIRST), r.choice(LAST)
        return fn, ln

    def title():
        return r.choice(["mw.", "dhr.", "mevrouw", "meneer", "mw", "dhr"])

    out = []

    def t_form(c):
        city, wijken, streets, pcs, area, orgs = c
        fn, ln = client()
        prof = r.choice(PROF)
        org = r.choice(orgs)
        role = r.choice(ROLES)
        lines = [
            "Bijlage bij verslag %s {{w:%s}} [[d:%s]] (vertrouwelijk)"
            % (r.choice(MEETINGS), r.choice(wijken), date())
        ]
        lines.append("Naam: [[p:%s %s]]" % (fn, ln))
        lines.append("Geboortedatum: [[d:%s]]" % dob())
        if r.random() < 0.8:
            lines.append("BSN: [[b:%s]]" % bsn())
        lines.append("Adres: [[a:%s]], [[pc:%s]] %s" % (addr(streets), pc(r.choice(pcs)), city))
        lines.append("Telefoon: [[t:%s]]" % phone(area))
        if r.random() < 0.5:
            lines.append("E-mail: [[e:%s]]" % email(fn, ln))
        if r.random() < 0.45:
            lines.append("Rekeningnr. (voor bijz. bijstand): [[i:%s]]" % iban())
        rel = r.choice(["dochter", "zoon", "zus", "broer", "buurvrouw", "schoonzoon"])
        lines.append("Contactpersoon: %s [[p:%s]], [[t:%s]]" % (rel, r.choice(FIRST), phone(area)))
        lines.append(
            "Hulpvraag: %s"
            % r.choice(
                [
                    "schulden en post",
                    "eenzaamheid, geen netwerk",
                    "huurachterstand, dreigende ontruiming",
                    "overbelaste mantelzorger",
                    "woning vervuild, zorgmijdend",
                    "opvoedvragen en geldzorgen",
                ]
            )
        )
        lines.append(
            "Aangemeld door: [[p:%s]], {{r:%s}} {{o:%s}} — dossier [[ds:%s]]"
            % (prof, role, org, dossier(city))
        )
        return "\n".join(lines)

    def t_visits(c):
        city, wijken, streets, pcs, area, orgs = c
        w = r.choice(wijken)
        rows = [
            "Huisbezoekenplanning {{o:%s}} {{w:%s}}, week na %s (actiepunt uit verslag van [[d:%s]])"
            % (r.choice(orgs), w, mt(), date(False))
        ]
        for _ in range(r.randint(3, 5)):
            fn, ln = client()
            who = r.choice(
                [
                    "%s [[p:%s.]]" % (title(), ln[0].upper()),
                    "%s [[p:%s]]" % (title(), ln),
                    "[[p:%s %s]]" % (fn[0] + ".", ln),
                    "fam. [[p:%s]]" % ln,
                ]
            )
            rows.append(
                "- [[d:%s %d/%d]] %02d:%s — %s, [[a:%s]]%s — tel [[t:%s]] — [[p:%s]]"
                % (
                    r.choice(DAY2),
                    r.randint(1, 28),
                    r.randint(1, 12),
                    r.randint(9, 16),
                    r.choice(["00", "30"]),
                    who,
                    addr(streets),
                    (", [[pc:%s]]" % pc(r.choice(pcs))) if r.random() < 0.5 else "",
                    phone(area),
                    r.choice(PROF),
                )
            )
        rows.append(
            r.choice(
                [
                    "Niet thuis? Briefje achterlaten en terugmelden in het kanaal.",
                    "Tolk Arabisch aangevraagd voor het tweede bezoek.",
                    "Bij twijfel over veiligheid altijd met z'n tweeën.",
                    "Sleutelkastje: code bij de {{r:wijkverpleegkundige}}.",
                ]
            )
        )
        return "\n".join(rows)

    def t_actions(c):
        city, wijken, streets, pcs, area, orgs = c
        w = r.choice(wijken)
        meet = r.choice(MEETINGS)
        rows = ["Actielijst %s {{w:%s}} (%s), stand [[d:%s]]" % (meet, w, city, date())]
        acts = [
            lambda: "huisbezoek %s [[p:%s]], [[a:%s]]" % (title(), r.choice(LAST), addr(streets)),
            lambda: "dossier [[ds:%s]] overdragen aan {{o:%s}}" % (dossier(city), r.choice(orgs)),
            lambda: (
                "{{o:%s}} bellen over huurachterstand ([[ds:%s]])" % (r.choice(orgs), dossier(city))
            ),
            lambda: "verslag van [[d:%s]] corrigeren (adres stond fout)" % date(False),
            lambda: "terugbellen broer van cliënt, [[t:%s]]" % phone(area),
            lambda: "uitnodiging expertmeeting naar {{r:%s}}" % r.choice(ROLES),
            lambda: "aanvraag bijzondere bijstand indienen, rek.nr. [[i:%s]]" % iban(),
            lambda: "check BSN [[b:%s]] in Suite (klopt niet met brief)" % bsn(),
            lambda: (
                "nieuw postadres doorgeven: [[a:%s]], [[pc:%s]]"
                % (addr(streets), pc(r.choice(pcs)))
            ),
            lambda: "mail naar [[e:%s]] met datum vervolgoverleg" % email(*client()),
        ]
        r.shuffle(acts)
        for i, a in enumerate(acts[: r.randint(4, 6)]):
            owner = r.choice(
                [
                    "[[p:%s]]" % r.choice(PROF),
                    "{{r:%s}}" % r.choice(ROLES),
                    "[[p:%s]]" % r.choice(PROF),
                    "allen",
                ]
            )
            dl = r.choice(
                [
                    "[[d:%s]]" % date(False),
                    "[[d:%s]]" % date(False),
                    "z.s.m.",
                    "volgend overleg",
                    "vóór de zomer",
                    "[[d:%s]]" % date(False),
                ]
            )
            rows.append("%d. %s — %s — %s" % (i + 1, a(), owner, dl))
        return "\n".join(rows)

    def t_correction(c):
        city, wijken, streets, pcs, area, orgs = c
        fn, ln = client()
        prof = r.choice(PROF)
        return r.choice(
            [
                "Correctie op het verslag van %s van [[d:%s]]: het adres van %s [[p:%s]] is niet [[a:%s]] maar [[a:%s]], [[pc:%s]]. Ook het telefoonnummer was fout, moet zijn [[t:%s]]. Graag aanpassen in het dossier ([[ds:%s]]). Groet, [[p:%s]]"
                % (
                    mt(),
                    date(),
                    title(),
                    ln,
                    addr(streets),
                    addr(streets),
                    pc(r.choice(pcs)),
                    phone(area),
                    dossier(city),
                    prof,
                ),
                "Aanvulling verslag {{w:%s}} [[d:%s]]: de geboortedatum van [[p:%s]] is [[d:%s]], niet wat er stond. BSN voor de aanvraag: [[b:%s]]. Ik heb het in het beveiligde dossier gezet, niet hier herhalen aub. — [[p:%s]] ({{o:%s}})"
                % (r.choice(wijken), date(False), fn, dob(), bsn(), prof, r.choice(orgs)),
                "Even ter info nav %s: %s [[p:%s]] is verhuisd naar [[a:%s]], [[pc:%s]] %s. Nieuw nummer [[t:%s]]. De {{r:%s}} is op de hoogte. [[p:%s]]"
                % (
                    mt(),
                    title(),
                    ln,
                    addr(streets),
                    pc(r.choice(pcs)),
                    city,
                    phone(area),
                    r.choice(ROLES),
                    prof,
                ),
            ]
        )

    def t_sig(c):
        city, wijken, streets, pcs, area, orgs = c
        prof = r.choice(PROF)
        pl = r.choice(LAST)
        org = r.choice(orgs)
        role = r.choice(ROLES)
        body = r.choice(
            [
                "Dank voor het verslag. Ik kan [[d:%s]] niet bij het vervolgoverleg; mijn collega neemt het over. Casus [[ds:%s]] staat op haar naam."
                % (date(False), dossier(city)),
                "Ik sluit me aan bij de besluiten. Voor de casus in {{w:%s}} (dossier [[ds:%s]]) stel ik voor dat we [[d:%s]] samen gaan."
                % (r.choice(wijken), dossier(city), date(False)),
                "Hierbij de presentatie van de werkbijeenkomst van [[d:%s]]. Vragen mogen altijd, liefst per mail."
                % date(),
                "Kunnen we %s van [[d:%s]] verzetten naar [[d:%s]]? Ik heb dan een zitting."
                % (mt(), date(False), date(False)),
            ]
        )
        return (
            "%s\n\nMet vriendelijke groet,\n[[p:%s %s]]\n{{r:%s}} | {{o:%s}} {{w:%s}}\n[[t:%s]] | [[e:%s]]"
            % (
                body,
                prof,
                pl,
                role,
                org,
                r.choice(wijken),
                phone(area),
                "%s.%s@%s.nl"
                % (
                    prof.lower(),
                    pl.lower().replace(" ", ""),
                    org.lower().replace(" ", "").replace("'", ""),
                ),
            )
        )

    kinds = [t_form] * 10 + [t_visits] * 9 + [t_actions] * 11 + [t_correction] * 8 + [t_sig] * 8
    r.shuffle(kinds)
    for k in kinds:
        out.append(k(r.choice(CITIES)))
    return out


PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "ds": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
TOK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(markup):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in TOK.finditer(markup):
        out.append(markup[pos : m.start()])
        n += len(markup[pos : m.start()])
        if m.group(1):
            lab, txt, tgt = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, tgt = KEEP[m.group(3)], m.group(4), keep
        tgt.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(markup[pos:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return (
        re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s) is not None
        and int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    )


def main():
    hand = H1 + H2 + H3 + H4 + H5
    gen = generate()
    assert len(gen) * 3 <= len(hand) + len(gen), "generator share above one third"
    rows = []
    for i, mk in enumerate(hand + gen):
        text, pii, keep = parse(mk)
        assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, mk
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], s
            assert s["text"] == s["text"].strip() and s["text"], s
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (a, b)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, mk
        rows.append({"id": "ho41-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(HERE, "heldout41.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows, len(hand), len(gen)


if __name__ == "__main__":
    from collections import Counter

    rows, nh, ng = main()
    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = [len(r["text"].split()) for r in rows]
    print(
        "texts",
        len(rows),
        "hand",
        nh,
        "gen",
        ng,
        "avg words",
        sum(words) / len(words),
        "min",
        min(words),
        "max",
        max(words),
    )
    tot = sum(pc.values())
    print("pii", tot, {k: (v, round(v / tot, 3)) for k, v in pc.most_common()})
    print("keep", dict(kc))
