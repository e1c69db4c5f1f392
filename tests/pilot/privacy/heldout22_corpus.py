#!/usr/bin/env python3
"""Held-out test corpus 22 for the Dutch personal-data finder (sociale wijkzorgteams).

Every text was written by hand; spans are marked inline and stripped programmatically:
  [[code:text]]  personal data (pii)      {{code:text}}  context that must stay (keep)
Run: python3 heldout22_corpus.py  -> writes heldout22.jsonl next to this script.
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
    "k": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

T = []
# --- 1: meticulous casusregisseur, case lesson, Den Haag Transvaal
T.append("""Casusles SWT {{w:Transvaal}} – 'de post die niemand opende'
Opgesteld door: [[p:Marieke van der Heijden]], {{r:casusregisseur}}
Dossiernummer: [[k:SWT-TV-2024-0193]]

Dhr. [[p:Abdelkader El Idrissi]] (67) woont sinds 1998 op de [[a:Paul Krugerlaan 112-2]], [[pc:2571 JG]] {{w:Den Haag}}. Op [[d:14 februari 2024]] belde zijn {{r:huisarts}}, dokter [[p:Kuipers]], omdat meneer zijn medicatie al twee maanden niet ophaalde. Bij het eerste huisbezoek ([[d:20-02-2024]]) lag er een stapel ongeopende post van ruim een jaar. Samen met de {{r:schuldhulpverlener}} van {{o:Schuldhulpverlening Den Haag}} hebben we alles gesorteerd: 23 schuldeisers, totaal ca. € 14.300.
Zoon [[p:Youssef]] wilde eerst niet betrokken worden. Pas toen zijn vader zelf vroeg of [[p:Youssef]] mee kon naar het {{o:Servicepunt XL}} in de Paul Krugerlaan ging het lopen.
Les: open de post niet vóór de cliënt, open hem sámen – en laat hem bepalen wie erbij zit.""")

# --- 2: hurried wijkverpleegkundige on phone, Rotterdam
T.append("""ff snel: mw [[p:de wit]] ({{w:Carnisse}}) vanochtend gevallen in badkamer, geen breuk volgens {{o:hap}}. dochter [[p:Roos]] komt vanavond. heb [[p:Anouk]] van {{o:Laurens}} gevraagd thuiszorg op te schalen naar 3x pd. vaste tel van mw is stuk, bellen via dochter [[t:06 41 27 93 05]]. adres vr de zekerheid [[a:Boergoensevliet 210b]]. mrgn terug om 8.30
gr [[p:Ilse]] ({{r:wijkverpleegkundige}})""")

# --- 3: jurist, formal letter, Utrecht
T.append("""Aan: de heer mr. [[p:P.J.M. Verhoeven]]
{{o:Stichting Beschermingsbewind Midden-Nederland}}
Postbus 1204, {{w:Utrecht}}

Betreft: verzoek tot opschorting ontruiming – cliënte mevrouw [[p:S. Aydın-Koç]]
Uw kenmerk: [[k:BMN/2024/00871]]
{{w:Utrecht}}, [[d:8 april 2024]]

Geachte heer [[p:Verhoeven]],

Namens het {{o:Buurtteam Sociaal Overvecht}} verzoek ik u, in overleg met {{o:Mitros}}, de betaling van de huurachterstand (€ 2.418,60) met voorrang te voldoen vanaf rekening [[i:NL94 RABO 7495 0470 34]], ten name van uw cliënte. De ontruiming van de woning aan de [[a:Zamenhofdreef 61]] ([[pc:3562 JT]]) staat gepland voor [[d:23 april a.s.]]
Cliënte is bekend bij ons onder BSN [[b:156403407]]. Haar dochter [[p:Elif]] (9) gaat in de wijk naar school; een ontruiming zou voor haar zeer ingrijpend zijn.

Hoogachtend,

mr. [[p:D.A. (Dirk) Brouwer]]
{{r:sociaal raadsman}}""")

# --- 4: jongerenwerker, informal, Amsterdam Nieuw-West
T.append("""yo team, update over [[p:Dani]] uit {{w:Slotervaart}}. gast was weer gepakt met een scooter die niet van hem was, {{r:wijkagent}} [[p:Jorrit]] belde me gister. ik heb hem gesproken bij {{o:Dynamo}}?? nee bij de buurtkamer van {{o:Combiwel}} op de Pieter Calandlaan. hij is eigenlijk echt chill als je em los trekt van [[p:Kevin]] en die andere jongens. moeder (mw. [[p:Tahiri]]) wil dat hij naar {{o:Jongerenpunt Nieuw-West}}, hij zelf wil boksen. ik zeg: laat em boksen bro 😅
nummer van [[p:Dani]] is nieuw: [[t:0687614420]]. niet doorgeven aan [[p:Kevin]] lol
- [[p:Mo]] ({{r:jongerenwerker}})""")

# --- 5: Frisian colleague, thread message, Leeuwarden
T.append("""Goeiemoarn allegear! Even een vraag vanuit {{o:Gebiedsteam Heechterp-Schieringen}} ({{o:Amaryllis}}). Wy hawwe in mefrou, [[p:Tjitske Hoekstra]], dy't sûnt de dea fan har man [[p:Sjoerd]] ([[d:3 novimber]]) hielendal allinne sit. Har buorfrou [[p:Baukje Dijkstra]] docht de boadskippen, mar dat hâldt sy net lang mear fol. Heeft iemand ervaring met maatjesprojecten voor ouderen in {{w:Leeuwarden}}? Ik dacht aan {{o:Humanitas}}. Reageer gerust hier of mail me: [[e:w.zijlstra@amaryllis-lwd.nl]]
Groetnis, [[p:Wytske]]""")

# --- 6: English expat volunteer, Den Haag
T.append("""Hi all, sorry for writing in English, my Dutch is still 'een beetje'. I'm the volunteer from {{o:Stichting Present}} who helped Mr. [[p:Okonkwo]] move last Saturday. Quick handover: his new address is [[a:Dedemsvaartweg 718]], [[pc:2545 AV]] ({{w:Bouwlust}}). The landlord is {{o:Staedion}}. He still has no fridge, and the gas is only connected on [[d:March 12th]]. His daughter [[p:Adaeze]] is studying in {{w:Rotterdam}}, she can be reached at [[t:+31 6 2954 8810]]. I told him the {{r:Wmo consultant}} would call; I hope that is correct?
Cheers, [[p:Hannah]]""")

# --- 7: team leader minutes, Den Haag Escamp
T.append("""Notulen MDO SWT {{w:Moerwijk}} – [[d:di 5 maart]]
Aanwezig: [[p:Gerda]] (vz, {{r:teamleider}}), [[p:Ruben]] ({{r:Wmo-adviseur}}), [[p:Samira]] ({{r:maatschappelijk werker}}), [[p:Kwame]] ({{o:MEE}}), [[p:Linda B.]] ({{r:wijkverpleegkundige}}). Afwezig: [[p:Linda S.]]
1. Familie [[p:Mahabier]] – [[p:Samira]] meldt dat de nieuwe {{r:bewindvoerder}} per [[d:1 maart]] is gestart. Beslagleggingen lopen nog. Actie: [[p:Samira]] belt {{o:CJIB}} over betalingsregeling (beschikkingsnr [[k:7200 0001 9413 6652]]).
2. Mw. [[p:Visser]] ({{w:Morgenstond}}) – opname {{o:Parnassia}} afgewezen. [[p:Kwame]] en [[p:Ruben]] plannen huisbezoek.
3. Rondvraag: geen.
Volgend overleg: [[d:19/3]] om 10 uur in {{o:wijkcentrum De Henneburgh}}.""")

# --- 8: facilitator summarising workshop
T.append("""Terugblik workshop 'Huiselijk geweld: signaleren zonder te oordelen' – {{o:Pilot Samen werken in het sociale domein}}

Op [[d:woensdag 10 april]] kwamen 18 deelnemers uit zeven teams samen in het Atrium. Trainer [[p:Nadia Benali]] van {{o:Veilig Thuis Haaglanden}} liet zien hoe de meldcode in de praktijk vaak te laat wordt ingezet. Een {{r:wijkverpleegkundige}} uit {{w:Laak}} vertelde over een casus waarin ze zes maanden twijfelde. Reactie van [[p:Nadia]]: 'Twijfel is juist het moment om te bellen' (anoniem advies kan altijd via 0800-2000).
Opvallend in de brainstorm: teams in {{w:Ypenburg}} en {{w:Leidschenveen}} ervaren minder signalen, terwijl {{o:Veilig Thuis}} daar niet minder meldingen ziet.
Vragen over deze sessie? Mail mij: [[e:j.vanrijswijk@caop.nl]]
– [[p:Joost van Rijswijk]], {{r:facilitator}} {{o:CAOP}}""")

# --- 9: Limburg colleague, Maastricht
T.append(
    """Hoi allemaol, hie [[p:Sjef]] van 't {{o:Sociaal Wijkteam Maastricht}}, team {{w:Malberg}}. Kort vraogske: meneer [[p:Ramaekers]] ([[p:Har]] veur de vrunj) is d'r weer slechter aan toe, zien vrouw [[p:Truus]] kan 't neet mie trekke. Hae wilt perse neet nao {{o:Mondriaan}}. Wae haet ervaring mit ene {{r:casemanager dementie}} vanoet {{o:Envida}}? Ich höb al gemaild nao [[e:casemanagement@envida.nl]] mer nog niks gehuurd. Bel miech gerust: [[t:043 - 350 12 88]]. Hajje!"""
)

# --- 10: short handover, Groningen
T.append("""Overdracht [[p:Ayaan Warsame]] (dossier [[k:WIJ-2024-3381]]), {{o:WIJ Selwerd}}
Mw. woont [[a:Eikenlaan 248-14]], [[pc:9741 EW]] {{w:Groningen}}. Tel [[t:06-18830472]]. Tolk Somalisch nodig bij gesprekken, via {{o:Tolkcentrum}} aanvragen. Loopt bij {{o:Lentis}} (traject PTSS). Zoon [[p:Abdirahman]] (16) vertaalt vaak, dat willen we juist níet.
Ik ben vanaf [[d:15-7]] met verlof, [[p:Jelle Bosma]] neemt over.
[[p:H.W.]]""")
# --- 11: e-mail quote thread, Utrecht Kanaleneiland
T.append("""Hoi [[p:Floor]],

Dank voor je snelle reactie. Ik heb [[p:Anja]] gevraagd of de aanvraag bij {{o:Lister}} al binnen is, maar ze weet het niet.

Op [[d:3 mei 2024]] om 14:12 schreef [[p:Anja Terpstra]] <[[e:a.terpstra@buurtteamsutrecht.nl]]>:
> Beste collega's, mevrouw [[p:Chaouch]] uit {{w:Kanaleneiland}} heeft vandaag haar indicatie beschermd wonen gekregen. Ik heb haar doorverwezen naar {{o:Lister}}. Haar broer [[p:Hamid]] is haar contactpersoon ([[t:06 - 2211 9034]]).

Groet,
[[p:Bart]]
{{r:trajectbegeleider}} {{o:Buurtteam Kanaleneiland}}""")

# --- 12: short note, two people same surname, Den Haag Schilderswijk
T.append(
    """Let op bij de familie [[p:Bakker]]: er zijn twee mevrouwen [[p:Bakker]] in dit dossier. [[p:Joke Bakker]] (moeder, [[a:Hoefkade 812]]) en haar schoonzus [[p:Ria Bakker]], die twee deuren verderop woont op [[a:Hoefkade 808-hs]]. Post voor [[p:Ria]] komt soms bij [[p:Joke]] terecht en andersom. Allebei klant bij {{o:Haag Wonen}}. Bij twijfel altijd geboortedatum checken: [[p:Joke]] is van [[d:12-08-1957]], [[p:Ria]] van [[d:30-01-1962]]."""
)

# --- 13: casusregisseur lesson, child named after month, Rotterdam Bloemhof
T.append("""Casusles: gezinsplan met één regisseur (wijkteam {{w:Bloemhof}})

Moeder [[p:Shirley Martina]] (34) en haar drie kinderen [[p:Juni]] (7), [[p:Jaydee]] (11) en [[p:Angelique]] (15) woonden tot januari in een tijdelijke woning van {{o:Woonstad Rotterdam}}. Er waren op een gegeven moment negen hulpverleners betrokken, van {{o:CJG Rijnmond}} tot {{o:Antes}}.
In juni (toevallig ook de naam van de jongste) hebben we alles teruggebracht tot één plan. De {{r:gezinscoach}} van het wijkteam, [[p:Priscilla]], werd het vaste gezicht. Mevrouw zei later: 'Eindelijk hoef ik mijn verhaal niet tien keer te vertellen.'
Les: minder hulpverleners is niet minder hulp. Vraag bij iedere nieuwe aanmelding eerst: wie zit er al?""")

# --- 14: hurried note with BSN and date formats, Den Haag
T.append(
    """aanmelding vanuit {{o:HMC Westeinde}}, SEH. dhr [[p:kowalczyk]] ([[p:Tomasz]]), geb [[d:04.11.1979]], bsn [[b:5847.00.817]], geen vaste woon/verblijfplaats, slaapt in auto bij de {{w:Binckhorst}}. spreekt redelijk NL. contact via [[t:+48 512 604 318]] (pools nr). vraag: {{o:Kessler Stichting}} nachtopvang + inkomen regelen. [[p:lb]] pakt op ma"""
)

# --- 15: wijkverpleegkundige lesson on flower-named client, Amsterdam Zuidoost
T.append("""Een les over mantelzorg die niemand zag

Mevrouw [[p:Lelie Pinas]] (81) woont in een flat in {{w:Holendrecht}}. Haar kleindochter [[p:Jasmijn]] zorgde elke dag voor haar, naast haar opleiding. Niemand wist dat, ook de {{r:huisarts}} niet. Pas toen [[p:Jasmijn]] zelf vastliep en bij de {{r:POH-GGZ}} terechtkwam, kwam het op tafel.
Via {{o:Cordaan}} is nu dagbesteding geregeld op dinsdag en donderdag, en {{o:Markant}} ondersteunt [[p:Jasmijn]] als jonge mantelzorger.
Wat ik hiervan leer als {{r:wijkverpleegkundige}}: vraag niet alleen 'wie helpt u?', maar ook 'wat kost het die persoon?'.
[[p:Esther Kortstam]], {{o:Buurtzorg}} team {{w:Zuidoost}}""")

# --- 16: Wmo-consulent formal summary with IBAN, Arnhem
T.append("""Verslag keukentafelgesprek Wmo
Cliënt: dhr. [[p:G.J. (Gerrit) van Arnhem]]
Adres: [[a:Kruisakkerstraat 33]], [[pc:6826 BS]] {{w:Arnhem}} ({{w:Presikhaaf}})
BSN: [[b:926 459 314]]
Datum gesprek: [[d:2 juli 2024]]
Aanwezig: cliënt, zijn zus mw. [[p:A. van Arnhem]], {{r:Wmo-consulent}} [[p:K. Boukhari]]

Meneer heeft sinds zijn herseninfarct moeite met traplopen. Aanvraag traplift en hulp bij het huishouden. Eigen bijdrage via {{o:CAK}}; incasso van rekening [[i:NL78ABNA8130416354]]. Zus regelt de administratie.
Conclusie: advies positief, beschikking volgt binnen 8 weken.""")

# --- 17: team whatsapp style thread with @mentions, Den Haag
T.append("""[[p:Kofi]]: @[[p:Sanne]] kun jij morgen mee naar mw [[p:Osei]]? ze heeft weer een brief van {{o:UWV}} die ze niet snapt
[[p:Sanne]]: ja prima, 10u? ik vraag @[[p:Marloes_vdBerg]] ook mee ivm de schulden
[[p:Marloes]]: kan niet, zit bij {{o:Florence}} overleg tot 11
[[p:Kofi]]: oke dan alleen @[[p:Sanne]] en ik. adres was [[a:Loevesteinlaan 191]] toch? ({{w:Bouwlust}})
[[p:Sanne]]: ja 3e etage, bel 2x 👍""")
# --- 18: Cape Verdean family, Rotterdam Delfshaven, maatschappelijk werker lesson
T.append("""Wat werkte bij de familie [[p:Lopes Tavares]]

In {{w:Delfshaven}} wonen veel Kaapverdiaanse families, en het {{o:Wijkteam Delfshaven}} heeft gemerkt dat de kerk vaak eerder weet wat er speelt dan wij. Bij [[p:Maria da Luz Lopes Tavares]] was het pastor [[p:Djoy Fortes]] die aan de bel trok: zij had sinds de dood van haar man geen inkomen meer aangevraagd.
Wij hebben samen met de pastor een eerste gesprek gehouden, in het Kriolu, bij haar thuis op de [[a:Schiedamseweg 201-03]]. Daarna ging het snel: nabestaandenuitkering via {{o:SVB}}, kwijtschelding via {{o:BelastingBalie}}, en haar zoon [[p:Nelson]] helpt nu met de post.
Tip: zoek de sleutelfiguren in de gemeenschap op vóórdat je ze nodig hebt.
[[p:Cynthia Rosario]], {{r:maatschappelijk werker}}""")

# --- 19: Syrian family, Zwolle, intake note
T.append("""Intake [[d:vr 12-1]] – fam. [[p:Al-Khatib]], {{w:Holtenbroek}} ({{w:Zwolle}})
Vader [[p:Mahmoud]], moeder [[p:Rasha]], 4 kinderen. Statushouders sinds 2021, begeleid door {{o:VluchtelingenWerk}}. Huur via {{o:deltaWonen}}, [[a:Kamperpoortenstraat 17-A]]. Vader werkt 20u bij een distributiecentrum, maar toeslagen zijn stopgezet na een fout in de inkomensopgave. Terugvordering {{o:Belastingdienst/Toeslagen}} ca. € 6.200. 
BSN vader: [[b:415878433]], BSN moeder: [[b:550318392]].
Afspraak: {{r:sociaal raadsvrouw}} [[p:Miriam]] maakt bezwaar. Volgende afspraak [[d:26 jan]].""")

# --- 20: Eritrean young man, Tilburg, jongerenwerker informal
T.append("""Even een shout-out voor [[p:Yonas]] 🙌 Sinds hij bij ons in {{w:Tilburg-Noord}} komt (via {{o:ContourdeTwern}}) heeft ie zijn inburgering gehaald en nu gaat ie een BBL-opleiding doen bij {{o:Curio}}. Hij woont nog steeds in die kamer aan de [[a:Ringbaan-Noord 142 b]] met 3 andere jongens, dat is eigenlijk niet oké, {{r:woonconsulent}} [[p:Karin]] van {{o:WonenBreburg}} zoekt mee.
Wie [[p:Yonas]] wil feliciteren: hij is jarig op [[d:22 juni]] haha. Net 20 geworden toen ik hem leerde kennen
#trots #jongerenwerk #{{w:Tilburg}}""")

# --- 21: Afghan woman, Den Haag, lesson by Wmo-adviseur
T.append("""Casusles: ‘Ik wil geen hulp, ik wil een taalcursus’

Mevrouw [[p:Zarghuna Ahmadzai]] (52) uit {{w:Bouwlust}} werd bij ons aangemeld door de {{r:wijkagent}} na een melding van geluidsoverlast. De buren dachten aan ruzie; het bleek haar zoon [[p:Farid]] die 's nachts met familie in {{w:Kabul}} belde. 
Ik heb mevrouw niet benaderd met een hulpaanbod, maar met de vraag wat zij zelf wilde. Antwoord: Nederlands leren. Via {{o:Taalhuis Den Haag}} zit ze nu op een taalcafé in {{o:Wijkcentrum Bouwlust}}, en ze kent inmiddels drie buurvrouwen bij naam.
Dossier gesloten op [[d:1 oktober 2023]] ([[k:SWT-ESC-23-4471]]). 
[[p:Ruben Dijkhuizen]], {{r:Wmo-adviseur}}""")

# --- 22: Chinese restaurant owner, elderly, Amsterdam; note with Mei as name and month
T.append("""Notitie huisbezoek [[d:7 mei]] – dhr. [[p:Chen Wei]] en mw. [[p:Lin Mei]] ({{w:Indische Buurt}})
Het echtpaar runde tot 2019 een restaurant op de Javastraat. Mw. [[p:Mei]] is sinds mei vorig jaar vergeetachtig, meneer doet alles alleen. Hun dochter [[p:Xiaoling]] woont in {{w:Almere}} en komt in het weekend.
{{o:Cordaan}} kan een {{r:casemanager dementie}} inzetten; meneer wil dat alleen als er iemand Mandarijn spreekt. Gevraagd bij de Chinese ouderensoos in de buurt of zij een vrijwilliger hebben.
Contact dochter: [[e:xiaoling.chen88@gmail.com]]""")

# --- 23: Bulgarian seasonal workers, Westland; thread message
T.append("""Vraag aan collega's in het {{w:Westland}} / {{w:Den Haag}}-zuid: wij hebben een melding binnen van {{o:GGD Haaglanden}} over een woning aan de [[a:Zwartendijk 88]] in {{w:Monster}} waar 14 Bulgaarse arbeidsmigranten wonen. Eén van hen, [[p:Ivan Dimitrov]], heeft een werkongeval gehad en is ontslagen door het uitzendbureau. Hij spreekt alleen Bulgaars en een beetje Turks. Kennen jullie een cultureel intermediair? 
Mijn collega [[p:Petya]] (tel [[t:06-38471026]]) spreekt ook Bulgaars maar zit tot [[d:18/11]] in {{w:Sofia}}.
Gr, [[p:Wendy Vreugdenhil]], {{o:Sociaal Team Westland}}""")

# --- 24: Romanian family, Dordrecht; handover with IBAN no spaces
T.append("""Overdracht fam. [[p:Popescu]] ({{w:Crabbehof}}, {{w:Dordrecht}})
Contactpersoon: mw. [[p:Elena Popescu]], [[t:078-6134452]] (vast) / [[t:06 84 55 20 17]] (mobiel)
Adres: [[a:Karel Doormanstraat 2 bis]], [[pc:3317 AB]] {{w:Dordrecht}}
Zaaknummer gemeente: [[k:DOR-SWT-2024-118]]
Stand van zaken: aanvraag bijzondere bijstand voor witgoed ingediend op [[d:09-09-2024]]. Uitbetaling op rekening [[i:NL76SNSB6199737009]] (op naam van mw.). Zoon [[p:Andrei]] (14) heeft leerplichtproblemen, {{r:leerplichtambtenaar}} [[p:Van Dongen]] is op de hoogte.
Nog open: schuldenoverzicht maken met {{o:Schuldhulpmaatje}}.""")
# --- 25: Hindustani family, Den Haag Transvaal, lesson with possessive
T.append("""Les uit de casus [[p:Ramsaransing]]: schaamte is groter dan schuld

Meneer [[p:Rajesh Ramsaransing]] en zijn vrouw [[p:Sita]] hebben jarenlang hun schulden verborgen gehouden voor de rest van de familie. Toen [[p:Sita]]'s broer [[p:Anand]] onverwacht op bezoek kwam en de deurwaarder aan de deur stond, brak het open. 
De {{r:schuldhulpverlener}} van {{o:Stichting MOOI}} had het gezin al een jaar op de wachtlijst staan. Via het {{o:SWT Transvaal}} kregen ze binnen twee weken een eerste gesprek. Belangrijk: [[p:Rajesh]] wilde uitdrukkelijk niet dat de pandit iets te horen kreeg.
Oproep: hoe gaan jullie om met schaamte rond geldzaken in hechte gemeenschappen? Reageer in de thread of bel me op [[t:070 - 353 72 61]].
[[p:Priya]]""")

# --- 26: Antillean mother, Rotterdam Zuid, hurried note
T.append(
    """nb. mw [[p:Girigorie]] ([[p:Sharon]]) belde, huur {{o:Havensteder}} 3 mnd achter, incasso bij {{o:Flanderijn}}. ze vraagt of we kunnen bemiddelen voor [[d:31 aug]]. dochter [[p:Chanel]] zwanger, 17 jr, is al bij {{o:CJG}}. adres [[a:Pretorialaan 77B]], [[pc:3072 EH]] ({{w:Afrikaanderwijk}}). mail: [[e:sharon.girigorie@hotmail.com]] - pakt iemand dit op? ik zit vol."""
)

# --- 27: Turkish elderly couple, Enschede, Wmo-consulent report
T.append("""Huisbezoek [[d:dinsdag 11 juni]]
Dhr. [[p:Mehmet Yıldırım]] (78) en mw. [[p:Fadime Yıldırım-Şahin]] (74), [[a:Oldenzaalsestraat 402]], {{w:Enschede}} (wijk {{w:Velve-Lindenhof}}).
Meneer heeft COPD en gebruikt zuurstof. Mevrouw is zijn enige mantelzorger. Kinderen wonen in {{w:Duitsland}} en {{w:Istanbul}}, komen 1x per jaar. Buurman [[p:Hasan Demir]] helpt met vervoer naar {{o:MST}}.
Afspraken: {{r:ouderenadviseur}} van {{o:Alifa}} komt langs over respijtzorg; aanvraag vervoerspas ingediend ([[k:WMO-ENS-24-05521]]).
[[p:T. Nijhuis]], {{r:Wmo-consulent}}""")

# --- 28: Moroccan single dad, Zaandam Poelenburg, case lesson
T.append("""Casus: alleenstaande vader met drie kinderen in {{w:Poelenburg}}

[[p:Said Ouchan]] werd weduwnaar in 2022. Zijn oudste, [[p:Ilyas]], kreeg kort daarna problemen op school; de jongste, [[p:Nour]], stopte met praten tegen vreemden. [[p:Said]] zelf bleef werken, 50 uur per week in de bouw, en vroeg nergens om hulp.
Het {{o:Sociaal Wijkteam Zaanstad}} kwam pas in beeld toen de school een zorgmelding deed. Onze {{r:jeugdconsulent}} heeft eerst gewoon koffie gedronken op de bouwplaats. Dat bleek de sleutel.
Vader heeft nu een vaste contactpersoon en [[p:Nour]] gaat naar speltherapie bij {{o:Levvel}}. 
– [[p:Fenna]] ({{o:Wijkteam Zaanstad-Oost}})""")

# --- 29: Polish worker, Heerlen, Limburg colleague informal
T.append("""Hej collega's! Effe 'n update oet {{w:Heerlen}}. Die Poolse meneer, [[p:Krzysztof Nowak]], woe ich 't in december euver had, haet noe 'ne kamer gevonden via {{o:Woonpunt}} in {{w:Meezenbroek}}: [[a:Meezenbroekerweg 58-C]], [[pc:6412 VL]] {{w:Heerlen}}. Hae is ingeschreve, dus ouch 'n BSN: [[b:125 349 002]]. Zien ex, [[p:Agnieszka]], blijf e mit de kinder in {{w:Polen}}.
Volgende stap: {{o:UWV}} en {{o:Alcander}} veur dagstructuur. Danke veur alle tips hie!
[[p:Mariëlle]]""")

# --- 30: Ghanaian family, Amsterdam Bijlmer, minutes buurtteam
T.append("""Verslag casusoverleg {{o:Buurtteam Amsterdam Zuidoost}} – [[d:14-03-2024]]
Casus 3: mw. [[p:Akosua Mensah]] ({{w:Bijlmer-Centrum}}), [[k:BT-ZO-0031884]]
Mw. heeft een ongedocumenteerde partner, [[p:Kwabena]]. Angst voor contact met instanties is groot. {{r:Maatschappelijk werker}} [[p:Jeroen]] heeft via {{o:Het Juridisch Loket}} advies ingewonnen over het verblijf van de partner. Kinderen ([[p:Ama]] en [[p:Kojo]]) gaan naar de basisschool in {{w:Gaasperdam}}. 
Actie: [[p:Jeroen]] belt voor [[d:21/03]] met {{o:Stichting LOS}}; [[p:Nicole]] checkt recht op toeslagen.""")

# --- 31: Ukrainian refugee, Almere, English expat volunteer
T.append("""Hello, this is [[p:Greg]] again (volunteer, {{o:Vluchtelingenwerk Almere}}). Update on [[p:Oksana Kovalenko]] and her son [[p:Dmytro]]. They moved out of the opvang in {{w:Almere Haven}} and now live at [[a:Olmenweg 14]], [[pc:1326 XE]]. [[p:Oksana]] found a job at a cleaning company from [[d:1 September]], so her living allowance from the gemeente will stop. She asked me what happens with her rent. I said I would ask you guys. Her phone is [[t:+380 67 512 4490]] but WhatsApp on her Dutch number is better: [[t:06 2748 1193]].
Thanks!! [[p:Greg]]""")

# --- 32: Somali woman, Utrecht Overvecht, lesson about interpreter
T.append("""Tolken: niet de kinderen laten vertalen

In een gesprek met mevrouw [[p:Hodan Abdi]] liet ik, uit tijdsnood, haar dochter [[p:Sahra]] (13) vertalen. Het ging over de schulden en over de relatie met haar ex-man. Achteraf hoorde ik van de {{r:intern begeleider}} dat [[p:Sahra]] die week niet naar school was geweest.
Sindsdien plan ik standaard een professionele tolk in via het {{o:Tolk- en Vertaalcentrum Nederland}}. Het kost een week extra, maar het voorkomt schade.
[[p:Annemiek]], {{r:buurtteammedewerker}} {{o:Buurtteam Overvecht}}""")
# --- 33: aanvraag beschermingsbewind, Nijmegen, form-like with IBAN spaced
T.append("""Aanvraag beschermingsbewind – gegevens voor {{o:Rechtbank Gelderland}}
Betrokkene: [[p:Marcel Hendrikus Jansen]]
Geboren: [[d:17 maart 1971]] te {{w:Nijmegen}}
BSN: [[b:5151.54.672]]
Adres: [[a:Meijhorst 70-14]], [[pc:6537 KP]] {{w:Nijmegen}} ({{w:Dukenburg}})
Bankrekening: [[i:NL47 KNAB 0137 3085 73]]
Voorgestelde {{r:bewindvoerder}}: [[p:L.C. Arts-Willems]], {{o:Arts Bewindvoering}}, [[e:info@artsbewindvoering.nl]]
Toelichting door {{r:maatschappelijk werker}} ({{o:Sterker sociaal werk}}): meneer heeft een licht verstandelijke beperking en problematische schulden (ca. € 31.000). Zijn broer [[p:Wim Jansen]] heeft de administratie jarenlang gedaan maar is in januari overleden.""")

# --- 34: minutes, Leiden
T.append("""Notulen wijkoverleg {{w:Leiden Noord}}, [[d:maandag 27 mei 2024]]
Aanwezig: [[p:Petra Zwart]] ({{o:Incluzio Leiden}}), [[p:Hüseyin Kaya]] ({{r:wijkagent}}), [[p:Jan-Willem de Groot]] ({{o:Portaal}}), [[p:Eva]] ({{r:jongerenwerker}}, {{o:Libertas Leiden}}), notulist [[p:Sophie Kramer]].
– Overlast rond het Kooiplein neemt af sinds de nieuwe verlichting. [[p:Hüseyin]] noemt één adres waar nog veel meldingen over zijn: [[a:Kooilaan 112]]. De bewoner, mw. [[p:L.]], is bekend bij het team. (Initiaal op verzoek van [[p:Petra]].)
– [[p:Jan-Willem]] meldt dat {{o:Portaal}} vanaf [[d:1 juli]] een extra {{r:buurtbeheerder}} inzet.
– Volgende keer: voorstelronde nieuwe {{r:ouderenconsulent}}.""")

# --- 35: very short callback note, name of ordinary words
T.append(
    """Terugbellen: [[p:Roos Koster]], [[t:06-51 93 02 77]], over haar vader (dhr. [[p:Koster]], {{w:Duindorp}}). Na 16u."""
)

# --- 36: Moluccan elderly, Den Haag Mariahoeve, casemanager dementie lesson
T.append("""Les: de kracht van de kerkgemeenschap bij dementie

Meneer [[p:Johannes Pattiasina]] (84) woont met zijn vrouw [[p:Christina]] in een seniorenflat in {{w:Mariahoeve}}. Als {{r:casemanager dementie}} merkte ik dat meneer alleen nog helder werd als er Maleise liederen werden gezongen. Zijn vrouw vertelde over de Molukse kerk waar ze vroeger elke zondag naartoe gingen.
Samen met dominee [[p:Tuhumury]] en het {{o:Haags Ouderenfonds}} hebben we een zangmiddag opgezet in {{o:Wijkcentrum Mariahoeve}}, elke tweede zondag van de maand. Inmiddels komen er twaalf ouderen.
Lesje voor collega's: vraag naar de muziek van vroeger.
[[p:Carla Hofstede]], {{o:Florence}}""")

# --- 37: facilitator summary of kick-off
T.append("""Verslag kick-off pilot 'Samen werken in het sociale domein' – [[d:22 november]]

Ruim 180 medewerkers van de 24 sociale wijkzorgteams waren aanwezig in het stadhuis. {{r:Wethouder}} [[p:Van Leeuwen-Maas]] opende de dag. Daarna presenteerden [[p:Lieke Mulder]] ({{o:Crossover}}) en [[p:Erik Boon]] ({{o:CAOP}}) het programma.
Na de stemming zijn vier thema's gekozen: jeugd, ouderen, huiselijk geweld en bemoeizorg. Voor de pilotgroep hebben 20 deelnemers zich aangemeld, waaronder [[p:Fatma]] (SWT {{w:Laak}}) en [[p:Dewi]] (SWT {{w:Scheveningen}}).
De startbijeenkomst is begin februari. Presentaties staan op het platform; vragen kunnen naar [[e:samenwerken@caop.nl]].""")
# --- 38: jurist formal letter to housing corporation, Delft
T.append("""{{w:Delft}}, [[d:15 oktober 2024]]

Aan {{o:Woonbron}}, afdeling Incasso
t.a.v. mevrouw [[p:J. Groenewegen]]

Onderwerp: huurachterstand dhr. [[p:R. van Delft]], [[a:Van Foreestweg 23-a]], [[pc:2624 AD]] {{w:Delft}} – huurcontractnummer [[k:HC-0044187-02]]

Geachte mevrouw [[p:Groenewegen]],

In vervolg op ons telefoongesprek van [[d:11 oktober jl.]] bevestig ik dat {{o:Het Buurtteam Delft}} de heer [[p:Van Delft]] ondersteunt bij het aflossen van zijn huurachterstand. Wij stellen een betalingsregeling voor van € 75 per maand, te voldoen per automatische incasso van rekening [[i:NL08ASNB9893084077]].
De heer [[p:Van Delft]] is, zoals u bekend, sinds kort onder behandeling bij {{o:GGZ Delfland}}. Wij verzoeken u de ontruimingsprocedure aan te houden tot [[d:1 februari 2025]].

Met vriendelijke groet,
mr. [[p:F.E. Oosterhuis]]
{{r:Juridisch adviseur}}, {{o:Het Buurtteam Delft}}
[[t:015 - 260 44 18]]""")

# --- 39: Eindhoven, bemoeizorg lesson
T.append("""Bemoeizorg in {{w:Woensel-West}}: twaalf keer aanbellen

[[p:Peter]] (57, achternaam laat ik weg) zat al jaren binnen in een woning van {{o:Trudo}}. Buren klaagden over stank. Het {{o:WIJeindhoven}}-team en {{o:GGzE}} zijn samen twaalf keer langs geweest voordat hij de deur opendeed. Ons {{r:ervaringsdeskundige}} [[p:Ronnie]] was degene die uiteindelijk binnen mocht komen – hij had zelf ooit zo geleefd.
Wat we leerden: stel de vraag 'mag ik volgende week terugkomen?' in plaats van 'wilt u hulp?'. Na de twaalfde keer zei [[p:Peter]]: 'Jij komt toch wel weer.'
Meer weten? [[p:Lotte van Hoof]], [[e:l.vanhoof@wijeindhoven.nl]]""")

# --- 40: Groningen Beijum, surname that is a place
T.append("""Overdracht mw. [[p:Van Groningen]] ({{w:Beijum}}, {{w:Groningen}}) – dossier [[k:WIJ/BEI/2023/0917]]
Mevrouw [[p:Geesje van Groningen]] is 88 en woont nog zelfstandig in [[a:Beijumerweg 14 c]], [[pc:9736 AB]]. Ze heeft twee zoons, [[p:Harm]] en [[p:Klaas]]; [[p:Klaas]] woont in {{w:Drenthe}} en belt dagelijks. Huishoudelijke hulp via {{o:Thuiszorg Groningen}}, 2 uur per week.
Aandachtspunt: ze heeft in augustus een val gehad maar weigert alarmering. Volgende evaluatie met {{r:WIJ-werker}} [[p:Hilde]] op [[d:do 4 juli]].""")

# --- 41: jongerenwerker, Nijmegen, slang
T.append("""Mannen, kleine update over het voetbalproject in {{w:Hatert}}. Elke woensdag zo'n 20 gasten op het veldje. [[p:Jayden]] en [[p:Rafael]] zijn nu echt leiders aan het worden, super vet om te zien. Alleen [[p:Ricardo]] (broertje van [[p:Rafael]]) was vorige week weer strafbaar bezig, {{r:wijkagent}} heeft ons ingeseind.
Mama van [[p:Ricardo]] wil met iemand van {{o:Bindkracht10}} praten, ze belt liever dan dat ze mailt: [[t:06-44 908 123]]. Wie neemt het? Anders doe ik het na ramadan.
peace, [[p:Soufiane]] ✌️""")

# --- 42: English-speaking volunteer at food bank, Den Haag Laak
T.append("""Dear team,
I volunteer at the {{o:Voedselbank Haaglanden}} distribution point in {{w:Laak}} on Thursdays. One of our regulars, Mrs [[p:Grace Boateng]], told me she will lose her house because of a letter from the bailiff. She gave me the letter: reference [[k:DW-2024-558103]], from {{o:GGN}}. She lives at [[a:Ketelstraat 31]] ([[pc:2521 ER]]) with her grandchildren. I did not know whom to call, so I'm posting it here. Mrs [[p:Boateng]] gave me permission. Her phone: [[t:0684412290]].
Kind regards, [[p:Siobhan O'Reilly]]""")

# --- 43: minutes, Arnhem Malburgen
T.append("""Kort verslag teamoverleg {{o:Wijkteam Malburgen}} – [[d:2024-09-17]]
- [[p:Marloes]] stopt per [[d:1 oktober]], [[p:Sander]] neemt haar casussen over (o.a. [[k:ARN-WT-24-0812]] en [[k:ARN-WT-24-0855]]).
- Casus fam. [[p:El Amrani]]: vader ([[p:Karim]]) weer aan het werk via {{o:Presikhaaf Bedrijven}}. Goed nieuws!
- Casus [[p:de Jong]] ({{w:Malburgen-Oost}}): {{o:Rijnstad}} stopt met de inzet, {{o:Pro Persona}} neemt het over. Let op: er zijn meerdere families [[p:de Jong]] bekend in het team, check altijd het zaaknummer.
- Volgende overleg gewoon dinsdag.""")

# --- 44: Duindorp family, ordinary-word names
T.append("""Casusles {{w:Duindorp}}: 'Wij lossen het zelf wel op'

De familie [[p:Schaap]] is al generaties vissersfamilie. Toen vader [[p:Arie Schaap]] arbeidsongeschikt werd, trok moeder [[p:Grietje]] alles naar zich toe. Hulp vragen past niet in het dorp, zei ze.
De ingang bleek haar nicht [[p:Neeltje Hoop]], die vrijwilliger is bij {{o:Xtra}} in het buurthuis. Via haar kwam een gesprek op gang met onze {{r:maatschappelijk werker}}, op neutraal terrein: de kantine van de voetbalclub.
Les: in gesloten gemeenschappen werkt de 'warme' ingang beter dan een brief van de gemeente. Er is hoop, letterlijk.
[[p:M.K.]], SWT {{w:Scheveningen}}""")
# --- 45: schuldhulp intake, Rotterdam Tarwewijk
T.append("""Intake schuldhulpverlening – {{o:Kredietbank Rotterdam}} i.s.m. {{o:Wijkteam Tarwewijk}}
Aanvrager: [[p:Nathalie Doelwijt]], geb. [[d:02-06-1988]]
BSN: [[b:166538292]]
Adres: [[a:Mijnsherenlaan 140-B]], [[pc:3081 CR]] {{w:Rotterdam}}
E-mail: [[e:n.doelwijt88@outlook.com]] | tel: [[t:06 1234 0987]]
Rekening leefgeld: [[i:NL69TRIO1957937976]]
Partner: geen. Kinderen: [[p:Jayden]] (5) en [[p:Skylar]] (9).
Schulden: zorgverzekering ({{o:Zilveren Kruis}}), energie, {{o:DUO}}, twee webwinkels. Totaal ca. € 9.850. 
Opmerking {{r:schuldhulpverlener}} ([[p:Y. Benhadi]]): mw. is zeer gemotiveerd, heeft zelf al een overzicht gemaakt. Warme overdracht naar budgetcoach gepland [[d:vrijdag 8 november]].""")

# --- 46: hurried wijkverpleegkundige, Tilburg, typos
T.append("""Dhr [[p:v. tilburg]] vanmiddag gezien, wond aan been gaat niet goed, ik heb {{o:hap}} gebeld en hij moet morgen naar {{o:ETZ}}. vrouw ([[p:annie]]) is erg in de war, vgs mij dementie maar geen diagnose. graag iemand van {{o:ContourdeTwern}} vr mantelzorgondersteuning. ze wonen [[a:Groenstraat 9a]] in {{w:Groenewoud}}. sleutel in kluisje, code bij mij. ik app [[p:wendy]] wel even 
-[[p:ank]]""")

# --- 47: Frisian colleague #2, Leeuwarden Vrijheidswijk
T.append("""Hoi allen, hjirby in koarte update út 'e {{w:Vrijheidswijk}}. Mevrouw [[p:Jildou van der Meer]] (dossier [[k:AMA-2024-00632]]) heeft gisteren eindelijk haar bewindvoerder ontmoet. [[p:Hylke]] van {{o:Elkien}} regelt een kleinere woning in de buurt, want de trap is niet meer te doen. Har soan [[p:Auke]] wennet yn {{w:Drachten}} en wol graach meidwaan oan it gesprek. Volgende afspraak: [[d:tiisdei 14 jannewaris]] om 10.00 by har thús.
Groetnis út {{w:Ljouwert}}, [[p:Aukje Wiersma]], {{r:gebiedsteammedewerker}}""")

# --- 48: email reply with quote header, Den Haag Stationsbuurt
T.append("""Dag [[p:Mirjam]],

Klopt, ik heb meneer inmiddels gesproken. Hij wil wel naar {{o:Brijder}}, maar alleen als iemand meegaat. Kun jij dat?

Met vriendelijke groet,
[[p:Orlando Martis]]
{{r:Maatschappelijk werker}} SWT {{w:Stationsbuurt}} | [[t:06-20 48 71 39]]

-----Oorspronkelijk bericht-----
Van: [[p:Mirjam de Vos]] <[[e:mirjam.devos@parnassia.nl]]>
Verzonden: dinsdag [[d:4 juni 2024]] 09:31
Aan: [[p:Martis, Orlando]]
Onderwerp: dhr. [[p:Baptiste]] – verslaving

Hoi [[p:Orlando]], heb jij dhr. [[p:Jean-Luc Baptiste]] al gesproken? Hij woont bij jou in de wijk, [[a:Rijswijkseweg 60 3e]].""")

# --- 49: minutes SWT Schilderswijk, many names
T.append("""Notulen casusbespreking SWT {{w:Schilderswijk}} [[d:08/10/2024]]
Aanwezig: [[p:Hanneke]] ({{r:teamleider}}), [[p:Bilal]], [[p:Gül]], [[p:Esra]], [[p:Thijs]], [[p:Judith]] ({{o:MEE}}), gast: [[p:Rashida]] ({{o:Jeugdbescherming West}}).
Casus A (dossier [[k:SWT-SW-2024-0388]]): gezin met LVB-problematiek, moeder [[p:Naima]] en vier kinderen. [[p:Rashida]] bevestigt dat er een ondertoezichtstelling loopt voor de oudste, [[p:Ayoub]]. [[p:Judith]] stelt een MEE-trajectbegeleider voor.
Casus B: dhr. [[p:Van Zanten]], 73, hoarding. [[p:Thijs]] en [[p:Gül]] gaan samen met {{o:Haag Wonen}} langs.
Mededelingen: [[p:Esra]] met zwangerschapsverlof vanaf [[d:1 december]]. Bloemen geregeld door [[p:Bilal]].""")

# --- 50: toestemmingsverklaring (consent) filled in
T.append("""TOESTEMMINGSVERKLARING gegevensuitwisseling sociaal wijkzorgteam

Ondergetekende:
Naam: [[p:Oudhuis, Hendrika Wilhelmina (Riek)]]
Geboortedatum: [[d:19-04-1949]]
BSN: [[b:588 122 397]]
Adres: [[a:Rederijkerstraat 312]], [[pc:2547 SJ]] {{w:Den Haag}}

geeft toestemming aan SWT {{w:Vrederust}} om gegevens uit te wisselen met: {{r:huisarts}} (dr. [[p:Moerman]]), {{o:Florence}}, {{o:Haagse Wijk- en Woonzorg}}, {{o:Wmo-loket}}.
Uitgelegd door {{r:casusregisseur}} [[p:S. Elmaci]] op [[d:23.05.2024]].
Handtekening: [[p:R. Oudhuis]]""")
# --- 51: facilitator, expert meeting bemoeizorg (April)
T.append("""Samenvatting expertmeeting bemoeizorg – [[d:18 april 2024]]

Gastspreker was {{r:psychiater}} [[p:Wouter Kleinjan]] van {{o:Parnassia}} (team {{o:Bemoeizorg Haaglanden}}). Hij pleitte ervoor om de huisarts niet langer als poortwachter te zien bij zorgmijders. Twee teams presenteerden een casus: SWT {{w:Spoorwijk}} (door [[p:Ilona]] en [[p:Marco]]) en SWT {{w:Loosduinen}} (door [[p:Hasna]]).
Rode draad: de eerste drie contacten gaan niet over hulp, maar over vertrouwen. [[p:Marco]] noemde het 'de koffiefase'.
Afspraken: de pilotgroep werkt tot juni een handreiking uit. [[p:Ilona]] neemt het voortouw; bijdragen graag vóór [[d:31 mei]] naar [[e:ilona.verbeek@denhaag.nl]].
{{r:Facilitator}}: [[p:Annelies de Boer]] ({{o:Gemeente Den Haag}})""")

# --- 52: hurried handover, Amsterdam Osdorp, phone-typed
T.append(
    """overdracht ivm ziek: mw [[p:Benhaddou]] ([[p:Malika]]) {{w:Osdorp}}, afspraak mrgn [[d:wo 16/10]] 11u bij haar thuis [[a:Osdorpplein 702-A]]. mee nemen: formulier bijz bijstand + kopie ID. zij heeft uitkering via {{o:WPI}}, klantnr [[k:0093381]]. [[p:Mounir]] (zoon) is tolk maar liever niet. mijn tel staat aan, 06 nr [[t:0641170385]]. sorry!! [[p:lisa]]"""
)

# --- 53: English-speaking professional, Eindhoven
T.append(
    """Hi colleagues, [[p:Daniel Whitfield]] here, I started last month as {{r:GGZ nurse}} at {{o:GGzE}} and joined the {{o:WIJeindhoven}} team in {{w:Doornakkers}}. Question about a client, Mr. [[p:de Bruijn]] (he agreed that I ask this here, anonymised as far as possible): he wants to do volunteer work but he is afraid he will lose his benefits from the gemeente. Who can explain the rules to him? I tried calling the {{o:Werkgevers Servicepunt}}, no luck. You can also reach me at [[e:d.whitfield@ggze.nl]] or [[t:+31 (0)40 261 3300]]."""
)

# --- 54: short note about leefgeld
T.append(
    """Leefgeld mw. [[p:Kaya]] vanaf deze week €60 p/w ipv €50, overgemaakt door bewindvoerder naar [[i:NL 08 BUNQ 0077 5647 10]]. Zij weet ervan. Bij vragen [[p:Hatice]] bellen, niet de bewindvoerder."""
)

# --- 55: formal case lesson, Maastricht Wittevrouwenveld
T.append("""Casusbeschrijving ten behoeve van intervisie ({{o:Trajekt}}, wijk {{w:Wittevrouwenveld}})

Betreft: mevrouw [[p:C.M.J. Vliegen]] (69), alleenwonend. Registratienummer [[k:TRJ-2023-11479]].
Mevrouw werd op [[d:6 december 2023]] aangemeld door haar {{r:huisarts}} in verband met vereenzaming en alcoholgebruik. Haar enige dochter, [[p:Mariëlle Vliegen]], woont in {{w:Luik}} en heeft weinig contact. 
In de eerste fase is ingezet op contact via de {{r:buurtconciërge}} en een wekelijks bezoek van een vrijwilliger van {{o:Humanitas Maastricht}}. Pas na vier maanden stemde mevrouw in met een gesprek bij {{o:Mondriaan}}.
Leerpunt voor het team: wees terughoudend met het woord 'verslaving'; mevrouw haakte direct af toen een collega dat gebruikte.""")

# --- 56: thread message with hashtags
T.append("""Wat een mooie bijeenkomst gisteren over ouderen en eenzaamheid! Vooral het verhaal over meneer [[p:Smit]] die via de bingo in het buurthuis weer onder de mensen kwam, raakte me. #dankjewel[[p:Petra]] #eenzaamheid #{{w:Morgenstond}}
Wie heeft de slides? Ik wil ze delen met mijn team in {{w:Wateringse Veld}}. Stuur maar naar [[e:kees.vanderlinden@xtra.nl]] 🙏 – [[p:Kees]]""")

# --- 57: ouderenadviseur, Zwolle Diezerpoort, Hungarian
T.append("""Verslag ouderenadvies, {{w:Diezerpoort}} {{w:Zwolle}}
Mw. [[p:Erzsébet Nagy]] (76) kwam in 1980 uit {{w:Hongarije}} naar {{w:Nederland}}. Sinds het overlijden van haar man ([[d:12 februari]]) heeft ze geen AOW-aanvulling meer aangevraagd. Samen met haar buurvrouw mw. [[p:Kroeze]] hebben we de AIO-aanvraag bij de {{o:SVB}} gedaan. Referentie SVB: [[k:AIO-2024-771802]].
Verder: ze wil graag naar de Hongaarse koffieochtend in {{w:Deventer}}; {{o:Travers Welzijn}} kijkt of vervoer via de Regiotaxi kan.
[[p:Joyce Lammers]], {{r:ouderenadviseur}} – [[t:038 - 422 18 90]]""")
# --- 58: dossier-heavy handover, Den Haag Laak
T.append("""Overdracht casussen [[p:Nienke]] → [[p:Ahmed]] (per [[d:1-11]])

1. [[p:Kaçar]], [[a:Goudenregenstraat 41]] — Wmo-nr [[k:WMO-2023-018833]], loopt.
2. [[p:Da Silva]], [[a:Paets van Troostwijkstraat 120-1]] — schuldhulp, SHV-dossier [[k:SHV/24/0312]], wacht op stabilisatie.
3. [[p:Nguyen Thi Lan]] — geen vaste woonplek, briefadres via {{o:Kessler Stichting}}, [[k:#48122]].
4. Fam. [[p:Boukhari]] — {{o:Veilig Thuis}}-melding [[k:VT-2024-02291]] afgesloten, nazorg door SWT {{w:Laak}}.
Alles staat in het systeem. Bij vragen: ik ben tot vrijdag nog bereikbaar op [[t:070-7521408]].""")

# --- 59: jurist, formal bezwaarschrift
T.append("""Aan de {{o:Belastingdienst/Toeslagen}}
Postbus 8250, {{w:Utrecht}}

{{w:Rotterdam}}, [[d:29 juli 2024]]

Betreft: bezwaar tegen beschikking huurtoeslag 2023
Belanghebbende: mevrouw [[p:A.Y. Fernandes Semedo]], BSN [[b:330393558]]
Kenmerk beschikking: [[k:HT-2023-4471-0098]]

Geachte heer, mevrouw,

Namens belanghebbende, die mij daartoe heeft gemachtigd, maak ik bezwaar tegen bovengenoemde beschikking van [[d:21 juni 2024]]. Ten onrechte is het inkomen van haar meerderjarige zoon, de heer [[p:Edson Fernandes]], meegeteld; hij staat sinds [[d:1 maart 2023]] ingeschreven op een ander adres, te weten [[a:Pijnackerstraat 88c]], [[pc:3035 GD]] {{w:Rotterdam}}.
Ik verzoek u de terugvordering op te schorten en eventuele teruggaaf over te maken op [[i:NL42INGB1897903301]] ten name van belanghebbende.

Hoogachtend,
mr. [[p:I. Haddou]], {{r:sociaal raadsvrouw}} {{o:Sociaal Raadslieden Rotterdam}}""")

# --- 60: wijkverpleegkundige, Den Haag Regentessekwartier, lesson
T.append("""Wat ik leerde van meneer [[p:Winter]]

Meneer [[p:Winter]] (91) wilde in de zomer niet naar buiten en in de winter niet naar binnen, zei hij altijd. Een grapje over zijn naam, dacht ik eerst. Tot ik merkte dat hij 's winters de verwarming uit liet omdat hij de energierekening niet kon betalen.
Via het {{o:Energiefonds Den Haag}} en de {{r:energiecoach}} van {{o:Stichting Duurzaam Den Haag}} is er nu een regeling. Zijn buurvrouw, mevrouw [[p:Zomer]] (echt waar), let een beetje op hem.
Les: neem grapjes serieus, er zit vaak een echte zorg achter.
– [[p:Noor]], {{r:wijkverpleegkundige}} {{o:Buurtzorg}} {{w:Regentessekwartier}}""")

# --- 61: short thread reply
T.append(
    """Ik heb mw. [[p:Abdullahi]] vandaag gesproken (zie bericht [[p:Karin]] van [[d:maandag 2 sept]]). Alles oké, ze is blij met de nieuwe {{r:thuisbegeleider}}. Zaak mag dicht."""
)

# --- 62: English expat volunteer, Groningen Paddepoel, taalmaatje
T.append(
    """Hi everyone, I'm a language buddy ("taalmaatje") via {{o:Humanitas Groningen}}. My buddy [[p:Tesfay]] asked me to help him with a letter from the {{o:IND}} about his wife [[p:Helen]] and their little girl [[p:April]] (yes, like the month!) who are still in {{w:Ethiopia}}. His V-number is [[k:V-2093 114 876]]. I don't want to make mistakes. Can someone from the {{o:WIJ-team Paddepoel}} help? He lives at [[a:Pleiadenlaan 42-B]], [[pc:9742 GA]] {{w:Groningen}}. Thank you, [[p:Liam]] (from {{w:Dublin}}, living in {{w:Paddepoel}})"""
)

# --- 63: minutes, Dordrecht Wielwijk, housing
T.append("""Verslag overleg woonoverlast {{w:Wielwijk}} – [[d:12-2-2025]]
Aanwezig: {{o:Trivire}} ([[p:Mark]]), {{o:Sociaal Wijkteam Dordrecht}} ([[p:Ilse van der Wal]], [[p:Ruud]]), politie ([[p:Fleur]], {{r:wijkagent}}).
Adres [[a:Prins Clausplein 40]]: bewoner dhr. [[p:S.]] (dossier [[k:SWT-DOR-22-914]]) verzamelt afval. Buren hebben 6 meldingen gedaan. [[p:Ruud]] heeft contact, dhr. accepteert alleen hem. Voorstel: schoonmaak met {{o:Stichting Present}} na [[d:1 maart]], daarna wekelijks huisbezoek.
Adres Prins Bernhardlaan: geen nieuwe meldingen.""")
# --- 64: aanmeldformulier, Den Haag Moerwijk, form-like
T.append("""AANMELDING SWT – via {{o:Servicepunt XL Moerwijk}}
Datum aanmelding: [[d:03-04-2025]]
Naam: [[p:Dwarka, Sunita]]
Geboortedatum: [[d:27/09/1966]]
BSN: [[b:682919809]]
Adres: [[a:Erasmusweg 1014]], [[pc:2532 CW]] {{w:Den Haag}}
Telefoon: [[t:(070) 329 41 56]] / [[t:06-15 48 33 90]]
E-mail: [[e:sunita.dwarka@ziggo.nl]]
IBAN (voor eventuele vergoedingen): [[i:NL34 RABO 3837 3080 94]]
Hulpvraag: 'Ik red het niet meer met mijn moeder in huis.' Moeder (88) heeft na een beroerte 24-uurs toezicht nodig.
Aangemeld door: [[p:Esmee]], {{r:welzijnscoach}}""")

# --- 65: wijkverpleegkundige on phone, dates shorthand, Rotterdam Ommoord
T.append("""planning wk 46 mw [[p:van der Meulen]] ({{w:Ommoord}}):
ma [[d:11/11]] ochtend zorg + insuline
di [[d:12/11]] afspraak {{o:Ikazia}} 10.40 (taxi geregeld)
do [[d:14/11]] evaluatie met dochter [[p:Marja]], zij belt op [[t:06 4802 9931]]
vr [[d:15/11]] geen zorg, dochter komt
adres blijft [[a:Hesseplaats 287]], sleutelkluis 4 cijfers – code in het dossier""")

# --- 66: letter to client, formal, Almere
T.append("""{{o:De Schoor}} – Sociaal Wijkteam {{w:Almere Buiten}}

Mevrouw [[p:K. Amankwah]]
[[a:Baltimoreweg 36]]
[[pc:1334 AK]] {{w:Almere}}

{{w:Almere}}, [[d:9 januari 2025]]
Ons kenmerk: [[k:SWA-25-0047]]

Beste mevrouw [[p:Amankwah]],

Op [[d:7 januari]] hebben wij gesproken over uw zoon [[p:Kwesi]] en zijn schoolverzuim. Zoals afgesproken hebben wij contact opgenomen met {{o:Leerplicht Almere}}. De eerste afspraak is op [[d:donderdag 23 januari 2025]] om 14.00 uur op ons kantoor.
Heeft u vragen? Bel mij op [[t:036-5399 871]] of mail naar [[e:r.kuijpers@deschoor.nl]].

Met vriendelijke groet,
[[p:Rianne Kuijpers]]
{{r:jeugdconsulent}}""")

# --- 67: hurried note with BSN in spaces and IBAN in lower case
T.append(
    """nw aanmelding via {{o:Veilig Thuis}}: mw [[p:Ferreira]] en 2 kids, zit nu bij haar zus in {{w:Spangen}}, [[a:Spaansebocht 61]]. bsn mw [[b:155 168 733]]. ex-partner ([[p:Ricardo F.]]) heeft toegang tot gezamenlijke rekening [[i:nl73abna9820888794]] → asap eigen rekening regelen! zus ([[p:Vanessa]]) tel [[t:06-83 21 00 45]]"""
)

# --- 68: meeting minutes Den Haag Segbroek, short
T.append("""Actielijst teamoverleg SWT {{w:Segbroek}} [[d:16 jan 2025]]
- [[p:YdB]]: contact {{o:HagaZiekenhuis}} over ontslag dhr. [[p:Peeters]] ([[d:20-1]])
- [[p:KvdL]]: huisbezoek [[a:Weimarstraat 130-3]] voor [[d:vrijdag 24 jan]]
- [[p:MA]]: bezwaar {{o:CAK}} indienen, kenmerk [[k:CAK-778013452]]
- allen: toestemmingsverklaringen checken vóór de audit""")

# --- 69: English volunteer, Scheveningen, buddy for elderly man
T.append("""Hello team,
Small report from my visits to Mr [[p:de Hoop]] in {{w:Scheveningen}} (I'm his buddy through {{o:Haags Ouderenfonds}}). We went to the harbour on [[d:Tuesday 22 October]], first time outside in weeks! He told me his wife [[p:Cornelia]] passed away on [[d:14-02-2019]] and he still keeps her coat by the door. He is lonely but he refuses the day centre. His nephew [[p:Arjen de Hoop]] (phone [[t:06 11 29 84 70]]) visits once a month. Next visit: [[d:5 November]].
Best, [[p:Aisling]]""")

# --- 70: casusregisseur lesson, Utrecht Zuilen, with addresses
T.append("""Casusles: wonen met een kamerverhuurder die niet deugt

In {{w:Zuilen}} stuitten we op een pand aan de [[a:Amsterdamsestraatweg 517-bis]] waar zes mannen woonden, onder wie [[p:Gheorghe]] en [[p:Petru]], twee Roemeense bouwvakkers. Eén van hen, [[p:Ionuț Marin]], had een hernia en werd door de verhuurder op straat gezet. Hij sliep daarna een week in het park.
Samen met {{o:Gemeente Utrecht}} (team handhaving) en {{o:Barka}} hebben we een tijdelijke plek gevonden bij {{o:Tussenvoorziening}}. [[p:Ionuț]] is inmiddels teruggekeerd naar zijn familie in {{w:Iași}}.
Les: vraag bij ieder huisbezoek wie er verder nog in het pand woont.
[[p:Maaike Stam]], {{r:casusregisseur}}""")

# --- 71: phone numbers and addresses, Den Haag Bouwlust, lesson about deurwaarder
T.append("""Korte notitie voor het dossier [[k:2024-05871]]
Dhr. [[p:Bahadır Öztürk]] is verhuisd van [[a:Zuidlarenstraat 64]] naar [[a:Kamperfoeliestraat 12-A]], [[pc:2563 TH]]. Nieuw nummer: [[t:+31 6 49 20 73 18]]. Het oude vaste nummer ([[t:070 368 22 41]]) werkt niet meer.
Beslag op loon door {{o:GGN Mastering Credit}} is met ingang van [[d:1-12-2024]] opgeheven. Hij komt nu elke 2e dinsdag van de maand naar het {{o:Servicepunt XL Bouwlust}} voor de administratie. 
[[p:sv]]""")
# --- 72: Nijmegen Lindenholt, schuldhulp letter with IBAN for payment arrangement
T.append("""Betalingsvoorstel namens dhr. [[p:B. Hoekman]] ([[a:Zwanenveld 90-11]], [[pc:6538 SZ]] {{w:Nijmegen}})

Aan: {{o:Vattenfall}}, afdeling Debiteuren
Klantnummer: [[k:2003918827]]

Geachte heer/mevrouw,
Mijn cliënt heeft een achterstand van € 642,18. Hij is bereid € 25 per maand af te lossen, ingaande [[d:1 mei 2025]], vanaf rekening [[i:NL18INGB0404908251]]. De eerste betaling vindt plaats op of rond [[d:28 april]].
Voor vragen kunt u mij bereiken via [[t:024 - 329 70 00]] of [[e:schuldhulp.lindenholt@sterker.nl]].
Met vriendelijke groet,
[[p:Tessa Hermsen]], {{r:schuldhulpverlener}} {{o:Sterker sociaal werk}}""")

# --- 73: thread on WhatsApp-like group about missing client, Utrecht Ondiep
T.append("""[[p:Jesse]]: iemand mnr [[p:Maas]] gezien? niet thuis op [[a:Ondiep-Zuidzijde 23]] en neemt niet op
[[p:Rachida]]: nee, laatste contact was vrijdag [[d:6/12]]
[[p:Jesse]]: ik bel zijn zus [[p:Ineke Maas]] wel even, [[t:030-2440613]]
[[p:Rachida]]: check ook {{o:Altrecht}} crisisdienst
[[p:Jesse]]: gevonden!! ligt in {{o:Diakonessenhuis}}, val thuis. zus wist het al""")

# --- 74: Wmo-adviseur, formal beschikking summary, Den Haag Leidschenveen
T.append("""Samenvatting onderzoek Wmo – maatwerkvoorziening
Naam cliënt: [[p:Y. Wang-Hoogendoorn]]
BSN: [[b:308032366]]
Adres: [[a:Fluitekruidweg 58]], [[pc:2496 RV]] {{w:Den Haag}} ({{w:Leidschenveen}})
Melding ontvangen: [[d:11-03-2025]] | Gesprek: [[d:25-03-2025]] | Verslag verstuurd: [[d:2-4-'25]]
Zaaknummer: [[k:WMO-DH-2025-031177]]
Mevrouw heeft MS en gebruikt een rolstoel. Aanvraag: woningaanpassing badkamer en vervoersvoorziening. Echtgenoot, dhr. [[p:Hoogendoorn]], werkt fulltime. Dochter [[p:Lily]] (12) helpt veel – aandachtspunt jonge mantelzorger, doorverwijzen naar {{o:CJG}}.
{{r:Wmo-adviseur}}: [[p:R. Dijkhuizen]]""")

# --- 75: Limburg colleague, Sittard, second
T.append("""Dao is 'r weer eine vaan oos {{o:Partners in Welzijn}} in {{w:Sittard}}! Kort: mevrouw [[p:Pluijmen]] (zeg mer [[p:Ans]]) is op [[d:3 fibberwarie]] verhuisd nao 't verzorgingshoes ({{o:Zuyderland}}, locatie {{w:Sint Jansgeleen}}). Heur nuuj adres is [[a:Beekstraat 20]], [[pc:6135 ET]] {{w:Sittard}}. Heur doughter [[p:Ingrid Pluijmen]] is bereikbaar op [[t:046-4512 276]]. 't Dossier [[k:PIW-2022-3310]] mag dao dus dich.
Gr, [[p:Jo]]""")

# --- 76: short e-mail with forwarded quote, Leiden Stevenshof
T.append("""Fyi, zie hieronder. [[p:Lotte]] wil graag dat iemand met haar meegaat naar het {{o:Juridisch Loket}}.

> Op vr [[d:14 mrt. 2025]] om 16:02 schreef [[p:Lotte Verschuur]] <[[e:lotte_verschuur@live.nl]]>:
> Hallo [[p:Ayşe]], de deurwaarder is weer geweest bij [[a:Hofdijk 7 zw]]. Ik weet niet meer wat ik moet doen. Kun je me bellen? [[t:06-33829104]]

[[p:Ayşe Güneş]]
{{r:welzijnswerker}} {{o:Incluzio Leiden}}, team {{w:Stevenshof}}""")

# --- 77: casusles Arnhem Klarendal with two same-surname clients
T.append("""Verwarring in {{w:Klarendal}}: twee keer [[p:Hendriks]]

Onze {{r:Wmo-consulent}} ging op [[d:maandag 3 juni]] op huisbezoek bij mevrouw [[p:Hendriks]], [[a:Klarendalseweg 314]]. Het bleek de verkeerde mevrouw [[p:Hendriks]]: [[p:Tonnie Hendriks]] woont op 314, onze cliënt [[p:Wilma Hendriks]] op [[a:Klarendalseweg 341]]. Niet familie van elkaar.
Gelukkig kwam er geen vertrouwelijke informatie op tafel, maar het was schrikken. Sindsdien controleren we bij elk huisbezoek de geboortedatum én het huisnummer, en staat er in het dossier een waarschuwing (cliënt [[k:ARN-WMO-118204]]).
[[p:Erwin]], {{o:Wijkteam Klarendal}}""")
# --- 78: bewindvoerder overdracht, Enschede Deppenbroek
T.append("""Overdracht bewind – cliënt [[p:Sandra Olthof]] ({{w:Deppenbroek}}, {{w:Enschede}})
BSN: [[b:911852232]]
Adres: [[a:Pathmossingel 105]], [[pc:7513 CL]] {{w:Enschede}}
Beheerrekening: [[i:NL29RABO4195039722]]
Leefgeldrekening: [[i:NL84 SNSB 7803 6125 62]] (mw. ontvangt elke maandag € 55)
Vaste lasten: huur {{o:Domijn}}, zorgverzekering {{o:Menzis}}, energie.
Lopende zaken: WSNP-verzoek ingediend [[d:28-08-2024]], zitting rechtbank nog niet bekend. Ex-partner [[p:Dennis]] heeft nog een schuld bij haar openstaan, daar doet mw. niets mee.
Nieuwe {{r:bewindvoerder}} vanaf [[d:1 oktober 2024]]: [[p:H. Gerritsen]] ({{o:Stichting Mentorschap Twente}}), [[e:h.gerritsen@mentorschap-twente.nl]]""")

# --- 79: hurried wijkverpleegkundige, Den Haag Mariahoeve
T.append(
    """mw [[p:Lammers]] ([[a:Ruychrocklaan 388]]) heeft griep, ik kom vanavond nog langs. zoon [[p:Rob]] gebeld ([[t:0623874012]]), hij komt morgen. afspraak {{o:Bronovo}} van [[d:donderdag 21-11]] verzetten naar [[d:28-11]]?? zie wel. als iemand tijd heeft: even bij {{o:Voorall}} checken of de rolstoel al gerepareerd is. xx [[p:Saskia]]"""
)

# --- 80: jongerenwerker, Utrecht Overvecht, slang and hashtag with name
T.append("""Shoutout naar de mattie [[p:Ilias]] die vandaag z'n diploma heeft gepakt!! 🎓🔥 Twee jaar geleden zat hij elke dag op het plein bij de Vlampijpstraat te chillen en nu gaat ie de opleiding sociaal werk doen bij {{o:MBO Utrecht}}. Zijn moeder kwam huilend naar {{o:JoU}} toe 😭
Vrijdag [[d:5 juli]] vieren we het in de buurtkamer, iedereen welkom. #proud[[p:Ilias]] #{{w:Overvecht}} #jongerenwerk
– [[p:Anouar]], {{r:jongerenwerker}} {{o:JoU}}""")

# --- 81: facilitator, startbijeenkomst pilot
T.append("""Verslag startbijeenkomst pilotgroep – [[d:donderdag 6 februari]]

Aanwezig: 19 van de 20 pilotdeelnemers ([[p:Dewi]] had zich afgemeld). {{r:Facilitator}} [[p:Lieke Mulder]] ({{o:Crossover}}) leidde de dag, [[p:Erik Boon]] ({{o:CAOP}}) nam het deel over werkvormen voor zijn rekening.
Per thema is een trekker gekozen: jeugd – [[p:Tamara Soekhlal]] (SWT {{w:Transvaal}}); ouderen – [[p:Bert Vos]] (SWT {{w:Mariahoeve}}); huiselijk geweld – [[p:Fatma Yilmaz]] (SWT {{w:Laak}}); bemoeizorg – [[p:Ilona Verbeek]] (SWT {{w:Spoorwijk}}).
Let op: [[p:Bert Vos]] en [[p:Karin Vos]] (SWT {{w:Centrum}}) zijn geen familie, maar worden in de mail vaak verwisseld.
De expertmeeting is in april; de slotbijeenkomst in juni.""")

# --- 82: English volunteer asking reimbursement, own IBAN
T.append("""Hi [[p:Ruben]],
As discussed, I paid for Mrs [[p:Adeyemi]]'s groceries and her bus card top-up while her benefits were delayed (receipts attached, total €48.60). Could {{o:Stichting Mooi}} reimburse me? My account is [[i:NL55 BUNQ 2328 5977 59]], in the name of [[p:J.M. Thornton]].
Also, her new address from [[d:1 December]] is [[a:Teniersstraat 17 hs]], [[pc:2526 NK]] {{w:Den Haag}}. She said I could share that with you.
Thanks a lot, [[p:Jessica]]""")

# --- 83: jurist, kwijtschelding, Groningen Vinkhuizen
T.append("""Aan: {{o:Noordelijk Belastingkantoor}}
Betreft: verzoek om kwijtschelding gemeentelijke belastingen 2025
Aanslagnummer: [[k:1024.55.81732]]

{{w:Groningen}}, [[d:5 maart 2025]]

Geachte heer/mevrouw,

Namens de heer [[p:Mustafa Hussein Ali]], wonende [[a:Siersteenlaan 228]], [[pc:9743 ET]] {{w:Groningen}}, BSN [[b:879219257]], verzoek ik om volledige kwijtschelding. Cliënt ontvangt een bijstandsuitkering en heeft geen vermogen. Bijgevoegd zijn de bankafschriften van rekening [[i:NL23ABNA2693951755]] over de afgelopen drie maanden.

Hoogachtend,
mr. drs. [[p:G.H. Bolt]]
{{r:sociaal raadsman}}, {{o:WIJ Vinkhuizen}}""")
# --- 84: Frisian colleague, Sneek, mixed
T.append("""Moarn team! Eefkes in fraachje út {{w:Snits}}. Wy hawwe in jonge mem, [[p:Femke de Boer]] (22), mei in poppe fan trije moanne, [[p:Lieke]]. Se wennet by har heit en mem yn [[a:Oosterdijk 41]], mar dat giet net langer. Heeft iemand contacten bij {{o:Timpaan Welzijn}} of {{o:Kwadrant}} voor begeleid wonen jonge moeders? Mail nei [[e:g.postma@gebietsteamsudwestfryslan.nl]] of skilje [[t:0515 - 48 92 17]].
Tige tank! [[p:Gerben Postma]]""")

# --- 85: very short callback note, new number
T.append(
    """Nieuw 06-nummer mw. [[p:Roos]]: [[t:06 - 19 44 82 06]] (oude werkt niet). Graag in dossier [[k:SWT-ESC-24-1120]] zetten. Dank! [[p:N.]]"""
)

# --- 86: casusregisseur timeline, Den Haag Transvaal
T.append("""Tijdlijn casus [[p:Jaddoe]] (ten behoeve van evaluatie)
- [[d:5 januari 2024]]: melding {{o:Haag Wonen}} over huurachterstand
- [[d:17 januari]]: eerste huisbezoek, mw. [[p:Savitri Jaddoe]] doet niet open
- [[d:25-01]]: tweede poging samen met {{r:wijkagent}}, kort gesprek aan de deur
- [[d:2 feb.]]: mw. komt zelf naar {{o:Servicepunt XL Transvaal}}, geholpen door nicht [[p:Kavita]]
- [[d:14/02/2024]]: aanvraag schuldhulp, dossier [[k:SHV-2024-00418]]
- [[d:20 maart 2024]]: ontruiming van de baan
Adres voor de volledigheid: [[a:Engelenburgstraat 49-2e]]. Wat opvalt: de doorbraak kwam toen mw. zélf de stap zette, niet toen wij aan de deur stonden.""")

# --- 87: handover Zaandam Peldersveld, international numbers
T.append("""Overdracht fam. [[p:Erdoğan]] ({{w:Peldersveld}}, {{w:Zaandam}}) – [[p:Gizem]] → [[p:Hanna]]
Moeder [[p:Emine Erdoğan]] verblijft tot [[d:15 augustus]] bij familie in {{w:Konya}}, bereikbaar op [[t:+90 532 418 77 05]]. Vader [[p:Serkan]] is thuis met de drie kinderen en belt liefst via WhatsApp: [[t:0031 6 3308 1742]].
Adres: [[a:Peldersveldweg 5 A]], [[pc:1503 KA]] {{w:Zaandam}}.
Openstaand: aanvraag kinderopvangtoeslag (BSN vader [[b:915 328 689]]), gesprek met {{o:Parteon}} over woningruil naar een grotere woning. Oudste zoon [[p:Emre]] gaat na de zomer naar de brugklas.""")

# --- 88: meticulous casusregisseur, Amsterdam Geuzenveld, privacy lesson
T.append("""Les over privacy: de verkeerde bijlage

Op [[d:12 september 2024]] stuurde een collega een verslag over mevrouw [[p:A.]] naar {{o:Stadgenoot}}. Per ongeluk zat het complete intakeformulier erbij, met BSN ([[b:431 657 993]]), geboortedatum ([[d:03-07-1975]]) en het adres van haar opvanglocatie. Dat laatste is ernstig: mevrouw verblijft daar vanwege huiselijk geweld.
We hebben het gemeld bij de {{r:functionaris gegevensbescherming}} van het {{o:Buurtteam Amsterdam Nieuw-West}} en binnen 72 uur bij de {{o:Autoriteit Persoonsgegevens}} (meldnummer [[k:AP-2024-33871]]). {{o:Stadgenoot}} heeft het bestand verwijderd.
Les: stuur nooit de intake als bijlage, en controleer bijlagen bij externe mails altijd met z'n tweeën.
[[p:Femke Jaspers]], {{r:casusregisseur}} {{w:Geuzenveld}}-{{w:Slotermeer}}""")
# --- 89: long case lesson, huiselijk geweld, Den Haag Ypenburg
T.append("""Casusles huiselijk geweld: als de pleger ook hulp vraagt

Deze les is opgesteld met toestemming van beide betrokkenen; namen zijn in het origineel gewijzigd, behalve waar zij zelf hun naam wilden noemen.

In het voorjaar meldde een {{r:huisarts}} uit {{w:Ypenburg}} dat een vrouw met blauwe plekken op het spreekuur was geweest. Zij wilde geen melding bij {{o:Veilig Thuis}}. Twee weken later, op [[d:vrijdag 19 april]], belde haar partner zelf het {{o:Servicepunt XL}}: hij was bang voor zijn eigen woede. Dat gebeurt zelden.
De {{r:casusregisseur}} heeft toen, in overleg met {{o:Veilig Thuis Haaglanden}}, twee sporen tegelijk opgezet: veiligheid voor haar (tijdelijke opvang via {{o:Stichting Kompassie}} vanaf [[d:22-04]]) en een agressieregulatietraining voor hem bij {{o:De Waag}}. Hun dochter van zes bleef in beeld bij het {{o:CJG}}.
Het gezin woonde op [[a:Laan van Hoornwijck 144]], [[pc:2497 GE]]; inmiddels heeft de vrouw een eigen woning elders in de stad. De man woont nog op het oude adres en komt elke week naar {{o:De Waag}}.
Wat wij leerden: plegers die zelf hulp vragen verdienen een snelle reactie, want het venster is kort. Binnen 48 uur een gesprek, desnoods 's avonds. Vraag bij {{o:De Waag}} naar een spoedintake; die is er ook voor zelfmelders.
Contactpersoon voor deze les: [[p:Nadia Essaidi]], [[e:n.essaidi@swt-ypenburg.nl]]""")

# --- 90: verhuisbericht / mutatieformulier
T.append("""MUTATIE CLIËNTGEGEVENS – dossier [[k:SWT-VR-2022-0765]]
Oud adres: [[a:Melis Stokelaan 1275]], [[pc:2541 GC]] {{w:Den Haag}}
Nieuw adres per [[d:15-05-2025]]: [[a:Leyweg 904-B]], [[pc:2545 GX]] {{w:Den Haag}}
Nieuw telefoonnummer: [[t:06-90 21 37 55]] (oude [[t:06-47 11 02 39]] vervalt)
Rekeningnummer gewijzigd naar: [[i:NL66 INGB 6922 8345 12]]
BSN ter controle: [[b:629574522]]
Ingevoerd door: [[p:E. de Kok]], {{r:administratief medewerker}}""")

# --- 91: planning home visits list, Rotterdam Hillesluis
T.append("""Huisbezoeken week 9 – {{o:Wijkteam Hillesluis}}
ma [[d:24-2]] 09:30 [[a:Beijerlandselaan 155a]] (intake, met tolk Arabisch)
ma [[d:24-2]] 13:00 [[a:Lange Hilleweg 420]] (evaluatie)
di [[d:25-2]] 10:00 [[a:Hillevliet 88-C]] (samen met {{o:Pameijer}})
wo [[d:26-2]] vrij
do [[d:27-2]] 11:00 [[a:Putsebocht 212b]] – LET OP hond
Wie niet kan: graag ruilen met [[p:Marit]] of [[p:Achraf]].""")

# --- 92: English volunteer, short note with dates
T.append(
    """Quick note from the Thursday walking group in {{w:Kralingen}} ({{o:Humanitas Rotterdam}}): Mr [[p:Bouwman]] didn't show up on [[d:13 February]] or [[d:20 February]]. His neighbour says he hasn't seen him since the [[d:10th of February]]. Could someone check on him? He lives at [[a:Oudedijk 48-B]]. – [[p:Tom]] (volunteer)"""
)

# --- 93: machtiging, short formal
T.append("""MACHTIGING
Hierbij machtig ik, [[p:Fatoumata Diallo]], geboren [[d:1 januari 1990]], BSN [[b:140305853]], mijn {{r:maatschappelijk werker}} bij {{o:Stichting MOOI}} om namens mij contact op te nemen met {{o:UWV}}, {{o:Belastingdienst}} en {{o:Gemeente Den Haag}} (dienst SZW, klantnummer [[k:SZW-883417]]).
{{w:Den Haag}}, [[d:7-10-2024]]
Handtekening: [[p:F. Diallo]]""")
# --- 94: wijkverpleegkundige, person named Florence vs organisation Florence, Den Haag Escamp
T.append("""Even voor de duidelijkheid in de thread over mw. [[p:Cruden]]: met '[[p:Florence]]' bedoelde ik haar dochter, [[p:Florence Cruden]], níet de thuiszorgorganisatie {{o:Florence}}. De thuiszorg wordt geleverd door {{o:Saffier}}. [[p:Florence]] woont in {{w:Zoetermeer}} en komt op woensdag en zaterdag.
Verder: mw. doet haar boodschappen nog zelf bij de {{o:Albert Heijn}} op de Loosduinseweg, maar sinds haar val op [[d:3 januari]] gaat haar buurman [[p:Dirk]] mee. (Niet verwarren met de {{o:Dirk}} aan de overkant, haha.)
Adres staat goed in het systeem: [[a:Hengelolaan 612]].
[[p:Evelien]], {{r:wijkverpleegkundige}} {{w:Escamp}}""")

# --- 95: meticulous lesson, Juliana Kinderziekenhuis, street names with person names
T.append("""Casusles jeugd & ouders: ziekenhuis als vindplaats

Zoontje [[p:Noah]] (4) van mevrouw [[p:Adjoa Asante]] lag drie weken in het {{o:Juliana Kinderziekenhuis}}. De {{r:medisch maatschappelijk werker}} daar, [[p:Anouk Brink]], merkte dat moeder elke avond met de bus van en naar haar kamer aan de Johan de Wittlaan ging – twee uur per dag – en geen geld had voor eten. Zij belde ons op [[d:dinsdag 10 september]].
Binnen een week was er via het {{o:Kinderfonds MAMA}} een voedselpakket en via {{o:Stichting Leergeld}} een fiets. Moeder woont inmiddels in {{w:Transvaal}} op [[a:Hobbemastraat 201-3]].
Les: het ziekenhuis ziet soms eerder dan wij dat een gezin vastloopt. Maak daar vaste afspraken over met het {{o:Haga}}-team.
[[p:D. Verhoef]], {{r:casusregisseur}} (contact: [[t:06 58 22 41 93]])""")

# --- 96: Sinterklaas / Suikerfeest, seasonal note, Rotterdam Pendrecht
T.append("""Bewonersinitiatief {{w:Pendrecht}}: Sinterklaas en Suikerfeest in één middag! Dank aan [[p:Mevlüde]] en [[p:Carmen Doest]] voor het organiseren. Het Sinterklaasfeest was op [[d:zaterdag 30 november]] in {{o:Huis van de Wijk Pendrecht}}. Er kwamen 64 kinderen. Eén moeder, mw. [[p:Ramdin]], vroeg na afloop of iemand haar kon helpen met een brief van {{o:DUO}}; [[p:Carmen]] heeft haar nummer doorgegeven aan ons: [[t:06-27 70 31 58]]. Ik bel haar maandag.
[[p:Jurgen]], {{r:opbouwwerker}} {{o:DOCK}}""")

MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1):
            code, txt, lst, table = m.group(1), m.group(2), pii, PII
        else:
            code, txt, lst, table = m.group(3), m.group(4), keep, KEEP
        lst.append({"start": n, "end": n + len(txt), "label": table[code], "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, src in enumerate(T):
        text, pii, keep = parse(src)
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (i, s)
            assert s["text"] == s["text"].strip(), (i, s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), (i, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), (i, s)
        assert pii, i
        rows.append({"id": "ho22-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


if __name__ == "__main__":
    rows = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout22.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(len(rows), "texts,", words / len(rows), "words avg")
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", sum(kc.values()), dict(kc.most_common()))
