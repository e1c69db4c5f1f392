# -*- coding: utf-8 -*-
"""Held-out test corpus 71 for the Dutch personal-data finder: informal chats, SMS/app messages, quick notes and to-do lists of social neighbourhood care teams (Den Haag). Spans are written as inline markup and stripped programmatically: [[label:text]] = personal data, {{label:text}} = context that must stay readable. Writes heldout71.jsonl next to this file. Stdlib only."""

# Part 1: WhatsApp / Teams chats within the neighbourhood team
T1 = [
    """[[p:marloes]]: goedemorgen allemaal ☀️ wie kan er vandaag mee naar dhr [[p:el khatib]]? hij heeft weer een brief van {{o:Haag Wonen}} gehad, ontruiming dreigt
[[p:joost]]: ik kan na 13u, zit tot 12 bij {{o:Servicepunt XL}} {{w:Moerwijk}}
[[p:marloes]]: top. adres is [[a:Zuidlarenstraat 88]], bel ff aan want bel is kapot, zijn nr [[t:06-41872930]]
[[p:joost]]: 👍 neem ik de {{r:wijkverpleegkundige}} mee? [[p:sanne]] kent hem nog van vorig jaar
[[p:sanne]]: vandaag niet sorry. [[d:vr 7/3]] wel""",
    """@[[p:Ilse]] kun jij de aanmelding van mw [[p:Kaya]] oppakken? komt via de {{r:huisarts}}, ze is 78 en woont sinds kort alleen (man overleden in januari). dochter [[p:Derya]] belt steeds, [[t:06 2817 4409]]. ik ben t/m woensdag weg. groetjes [[p:Bas]]""",
    """[[d:12-03-25]] 09:14 - [[p:Karin Bos]]: Wie heeft de sleutel van de fietsenkelder in het {{o:wijkcentrum}}? 🙈
[[d:12-03-25]] 09:15 - [[p:Youssef]]: ik, ligt in de la bij [[p:Hanneke]]
[[d:12-03-25]] 09:21 - [[p:Karin Bos]]: thx. Trouwens mw [[p:de Wit]] van de [[a:Jacob Catsstraat 12-hs]] heeft gebeld, ze wil een nieuwe afspraak, ik zei dinsdag
[[d:12-03-25]] 09:22 - [[p:Youssef]]: welke [[p:de wit]], de moeder of de dochter? 😅
[[d:12-03-25]] 09:24 - [[p:Karin Bos]]: de moeder, [[p:Anneke]]""",
    """kort verslag HB dhr [[p:Brouwer]] ([[p:Kees]]), [[d:di 11 feb]]:
- woning erg vervuild, kat 2x gezien
- geen post geopend sinds okt, stapel ligt in de gang
- hij wil geen {{o:GGZ}} 'die hebben me al eens laten opnemen'
- buurvrouw [[p:Riet]] doet boodschappen 3-4 keer per week
actie: [[p:Mo]] belt {{o:Stichting Mooi}} voor {{r:welzijnscoach}}, ik vraag {{r:bewindvoerder}} aan. vervolg [[d:25/2]]""",
    """Hoi team, even een update over de familie [[p:Osei]] uit {{w:Transvaal}}. [[p:Kwame]] (vader) heeft eindelijk zijn {{o:UWV}} uitkering, dus de huurachterstand kan worden afgelost. Moeder [[p:Abena]] vroeg of iemand mee kan naar de {{o:Voedselbank}} intake op [[d:donderdag 20 maart]], ze spreekt nog weinig Nederlands. [[p:Nana]] van {{o:Zebra Welzijn}} wil tolken. Iemand? Groet [[p:Femke]]""",
    """[[p:Lotte]]: wie kent een mevrouw [[p:Roos]]? ze staat bij ons in het systeem maar ik vind geen dossier
[[p:Gert-Jan]]: [[p:roos]] als voornaam of achternaam?
[[p:Lotte]]: achternaam. [[p:Wilma Roos]], geb [[d:04-11-1957]]
[[p:Gert-Jan]]: o die, was van [[p:esther]] haar caseload, dossier staat onder [[dos:SWT-2023-0418]] volgens mij
[[p:Lotte]]: gevonden 🌹 thanks""",
    """Teams – kanaal SWT {{w:Laak}}
[[p:Priya Ramsaransing]] 10:02
Zijn er nog plekken bij de {{r:budgetcoach}}? Ik heb een jonge moeder ([[p:Sharmila]], 23) met 2 kleintjes, schulden bij {{o:DUO}} en {{o:CJIB}}. {{o:CJIB}} kenmerk [[dos:1000 2471 8832 5519]]
[[p:Ruud]] 10:15
Wachtlijst is 6 wkn helaas. Probeer {{o:Schuldhulpmaatje}}, die zijn sneller
[[p:Priya Ramsaransing]] 10:16
Ok dank je 🙏""",
    """ff snel: huisbezoek bij [[p:Wil]] (dhr [[p:Wil van Dam]]) gaat niet door, wil is opgenomen in het {{o:HMC Westeinde}}. zoon [[p:Marco]] belde, [[t:06-19837720]]. ik wil ff overleggen met [[p:Nadia]] wie contact houdt met het ziekenhuis. ben morgen er weer""",
    """[[p:anouk]] 14:32: iemand de {{r:wijkagent}} gesproken over [[a:Hobbemastraat 110-A]]? weer overlast gemeld, nu door de bovenburen
[[p:Rachid]] 14:40: ja [[p:Frank]] is er gisteren langs geweest. jongen heet [[p:Dylan]], 19, woont bij zijn oma [[p:Gerda Visser]]
[[p:anouk]] 14:41: [[p:visser]] is toch ook de naam van de vorige bewoner? 🤔
[[p:Rachid]] 14:43: ja andere [[p:visser]] haha. niet verwarren""",
    """To do wk 11
☐ mw [[p:Yildiz]] bellen ivm {{o:Wmo-loket}} (traplift)
☐ formulier kwijtschelding met [[p:Ahmed]] invullen, BSN [[b:566239747]]
☐ {{o:Haag Wonen}} mailen ivm [[dos:HW/2025/11873]]
☐ [[p:Jet]] vragen voor {{r:casusregisseur}} fam. [[p:Bakker]]
☑ verjaardag [[p:Mieke]] taart 🎂""",
    """Hi [[p:Sophie]], ik ben er [[d:ma 17-3]] niet (tandarts). Wil jij mijn afspraak van 10u met [[p:Bogdan]] overnemen? Hij komt naar het {{o:wijkcentrum}} {{w:Bouwlust}}, brengt zijn loonstroken mee. Spreekt Pools en een beetje Engels. Zijn nummer [[t:+48 512 330 871]] werkt nog, NL nummer heeft hij niet meer. Dank!! [[p:Tom]]""",
    """[[p:Hatice]]: jongens mw [[p:Bakker]] van de [[a:Soestdijksekade nr 40]] belt al 3x vandaag. ze zegt dat [[p:Koster]] van {{o:Staedion}} niet terugbelt
[[p:Hatice]]: wie is [[p:Koster]]?
[[p:Erik]]: {{r:woonconsulent}}, [[p:Jeroen Koster]]. [[e:j.koster@staedion.nl]]
[[p:Hatice]]: 🙏🙏""",
    """Overdracht voor [[p:Naima]] (ik ben 3 wkn met verlof):
1. Dhr. [[p:Mahabier]] - wacht op beschikking {{o:Wmo}}, aanvraagnr [[dos:WMO-2025-00931]]. Bellen als niks na [[d:21 maart]].
2. Fam. [[p:Ahmadi]] - [[p:Zahra]] (moeder) kan bellen via [[t:0687120034]], Dari {{r:tolk}} nodig. Kinderen bij {{o:CJG}}.
3. Tante [[p:Ria]] (zo noemt iedereen haar, echt: [[p:Ria Smit]]) - alleen af en toe koffie, gaat goed.
Succes!! [[p:Wendy]]""",
    """[[p:Dennis]]: is de MDO voor [[p:Jamal]] nou [[d:do 6/3]] of [[d:vr 7/3]]?
[[p:Ellen]]: donderdag. om 14u in de grote zaal
[[p:Dennis]]: en komt de {{r:POH-GGZ}}?
[[p:Ellen]]: ja [[p:Hülya]] komt. en iemand van {{o:Parnassia}}, weet niet wie
[[p:Dennis]]: oké. ik neem de verslagen van de {{r:jeugdconsulent}} mee""",
    """Let op: het nummer van [[p:Sjaak]] is veranderd!! nieuw: [[t:06 - 38 21 77 05]]. oude ([[t:06-38210099]]) niet meer gebruiken, heeft hij verkocht aan een vriend 🙄. Adres is wel hetzelfde: [[a:Weimarstraat 231]], [[pc:2562 GV]]""",
    """Vraagje: iemand ervaring met {{o:SVB}} en AOW-gat? Mevr. [[p:Lucia Martina]] (Curaçao, 68) kwam in 1989 naar NL en heeft nu te weinig AOW. Ze woont [[a:Vaillantlaan 45-II]]. {{r:Sociaal raadsman}} al gebeld maar die zit vol tot mei. Groetjes [[p:Anna]] ({{w:Schilderswijk}})""",
    """[[p:Bram]]: stand van zaken [[p:Dewi]]? 
[[p:Ineke]]: ze heeft woensdag haar intake bij {{o:Kessler Stichting}} gemist. {{r:Maatschappelijk werker}} daar heet [[p:Paul]], probeert opnieuw te plannen
[[p:Bram]]: sh*t. weet je waar ze slaapt?
[[p:Ineke]]: bij haar ex [[p:Rowan]] op de [[a:Stuwstraat 5]], 1 hoog, zegt ze. niet echt veilig denk ik
[[p:Bram]]: melding {{o:Veilig Thuis}}?
[[p:Ineke]]: overleg ik morgen met [[p:Saskia]]""",
    """REMINDER 📣 teamoverleg is verplaatst naar [[d:woensdag 19 maart]], 9.30-11.00, {{o:Servicepunt XL}} {{w:Escamp}}. Casussen: fam. [[p:Hoop]] ([[p:Joyce]]), dhr [[p:Nowak]] ([[p:Mariusz]]), mw [[p:Chen]] ([[p:Mei]]). Nemen jullie de ingevulde zelfredzaamheidsmatrix mee? thx, [[p:Annemarie]]""",
    """[[p:Mei]]: heb de {{r:casemanager dementie}} gesproken over dhr [[p:Lie]]. Zijn vrouw kan het niet meer aan
[[p:Mei]]: dagbesteding bij {{o:Florence}} kan 2 dagen per week, start [[d:1 april]]
[[p:Chantal]]: fijn! weet zijn vrouw het al?
[[p:Mei]]: ja. ze vroeg of de taxi ook kan, adres [[a:Kamperfoeliestraat 61]]""",
    """Aan allen: ik heb het nieuwe telefoonnummer van {{r:huisarts}} dr. [[p:Lambrechts]] voor de {{r:doktersassistente}} alleen voor ons: [[t:070 - 323 44 18]]. Niet doorgeven aan cliënten pls. Praktijk zit nu op [[a:Fahrenheitstraat 590]]. Gr [[p:Marieke]]""",
    """[[p:Gijs]] 08:47
Morgen ben ik vanaf 11 in {{w:Mariahoeve}}. Wie wil mee bij mw [[p:Van Leeuwen]]? Ze is weer gevallen, dochter [[p:Petra]] maakt zich zorgen.
[[p:Fatma]] 08:52
ik! moet toch in de buurt zijn voor [[p:Ayse]]
[[p:Gijs]] 08:53
👌 om 11.15 bij [[a:Ruychrocklaan 233]] dan""",
    """dagnotities [[d:3-4]]
- 9u [[p:Kofi]] gebeld, geen gehoor
- 10u overleg met [[p:Wouter]] over [[p:Storm]] (dhr [[p:Wim Storm]], dakloos sinds feb)
- 13u {{o:Leger des Heils}} zegt: bed vrij vanaf [[d:za 5 april]]
- 15u [[p:Kofi]] teruggebeld: zijn BSN is [[b:4273.61.448]], aanvraag kan door
- morgen: [[p:stijn]] briefen""",
    """[[p:Esra]]: dames en heren, wie wil er meedoen met de kick-off van het thema ouderen op de [[d:22e]]? 
[[p:Rob]]: ik
[[p:Sandra]]: ik ook, als [[p:Linda]] mijn spreekuur overneemt 😇
[[p:Linda]]: jaja
[[p:Esra]]: top, ik zet jullie erop: [[p:Rob]], [[p:Sandra]]. [[p:Linda]] volgende keer?""",
    """Gesprek gehad met [[p:Ton]] (dhr [[p:A. Meijer]], voluit [[p:Anton]], maar iedereen zegt [[p:Ton]]). Hij heeft bijna een ton schuld, echt waar, €96.000 na faillissement van zijn schildersbedrijf. {{o:Schuldhulpverlening}} wil pas als hij alle brieven aanlevert. Zijn mail: [[e:tonmeijer1961@hotmail.com]]""",
    """[[p:Yara]] 16:05
Heeft iemand het nieuwe formulier toestemmingsverklaring? Ik moet er een laten tekenen bij mw [[p:Haddou]] ([[p:Fatiha]]), [[a:Hoefkade 311]].
[[p:Jeroen]] 16:09
Staat op de teamsite onder formulieren > privacy
[[p:Yara]] 16:10
Gevonden, dank je! Ze mag het ook digitaal tekenen toch? mail: [[e:fatiha.h@live.nl]]""",
    """@[[p:Mark]] @[[p:Koen]] denk erom dat het dossier van [[p:Gabriela Iliescu]] ([[dos:#48812]]) niet meer in de gedeelde map staat, staat nu in het nieuwe systeem. Ook haar IBAN voor de bijzondere bijstand: [[i:NL14 INGB 5501 6048 34]]. groet, [[p:Claudia]]""",
    """[[p:Bert]]: weet iemand wanneer [[p:Hassan]] jarig is? wil kaartje sturen 🎉
[[p:Lisa]]: welke [[p:Hassan]]? onze collega of de client?
[[p:Bert]]: collega natuurlijk haha
[[p:Lisa]]: [[d:28 maart]] volgens de kalender
[[p:Bert]]: top, dan ligt er vrijdag een kaart + taart op zijn bureau 🍰 niet verklappen!
[[p:Lisa]]: mijn lippen zijn verzegeld 🤐""",
]
# Part 2: chats and app messages with partners (GP practice, school, housing corporation, police)
T2 = [
    """Goedemiddag, met [[p:Anouk]] {{r:doktersassistente}} {{o:Huisartsenpraktijk Leyweg}}. Dokter vraagt of jullie dhr [[p:Soerdjbalie]] (geb. [[d:14-08-1961]]) kunnen bezoeken, hij komt niet meer op controle voor zijn suiker en neemt telefoon niet op. Toestemming heeft hij vorige maand gegeven. Tel praktijk voor jullie: [[t:070-3665120]]""",
    """Hoi [[p:Anouk]], dank voor je bericht. Ik ga [[d:di 18 maart]] langs bij dhr [[p:Soerdjbalie]] samen met [[p:Priscilla]] ({{r:wijkverpleegkundige}}). Klopt het adres nog: [[a:Leyweg 1010]]? In ons systeem staat [[a:Leyweg 1001]]. Groet, [[p:Hamid]] – SWT {{w:Escamp}}""",
    """Goedemorgen [[p:Hamid]], het is [[a:Leyweg 1010]], [[pc:2545GZ]]. Fijn dat jullie gaan. Zijn zoon [[p:Vikash]] mag gebeld worden, [[t:06-51020368]]. Gr [[p:Anouk]]""",
    """Beste meneer [[p:Verbeek]], ik ben de {{r:intern begeleider}} van {{o:basisschool De Regenboog}}. [[p:Amira]] uit groep 6 komt de laatste weken veel te laat en zonder ontbijt. Moeder (mevr. [[p:Benali]]) zegt dat ze het niet redt sinds vader weg is. Zij gaf toestemming om jullie te benaderen. Kunnen we bellen? Ik ben bereikbaar op [[t:06-24419873]] (ma, di, do). Vriendelijke groet, [[p:Ingrid Mulder]]""",
    """Dag [[p:Ingrid]], dank je wel. Ik heb [[p:Amira]]'s moeder gisteren gesproken. Er spelen schulden en ze slaapt slecht. We starten met een {{r:gezinscoach}} van het {{o:CJG}} en ik zoek een plek bij {{o:VoorElkaar}} voor maaltijdhulp. Kunnen we [[d:donderdag de 27e]] om 8.30 even op school praten? Groet, [[p:Pieter Verbeek]]""",
    """Van: {{o:Haag Wonen}} – klantcontact
Aan: SWT {{w:Transvaal}}
Betreft: huurachterstand [[a:Hoefkade 1152]], contractnr [[dos:0451-22-017]]
Huurder dhr. [[p:R. Ramautar]] heeft inmiddels 4 maanden achterstand (€2.864,-). Wij zijn bereid tot een betalingsregeling als er hulp betrokken is. Graag reactie voor [[d:31-03-2025]]. Met vriendelijke groet, [[p:Esther van Rijn]], {{r:woonconsulent}} [[t:088 - 450 09 21]]""",
    """{{r:Wijkagent}} [[p:Frank]]: Goedemiddag, melding vannacht bij [[a:Vlamingstraat 27]] ivm ruzie. Betrokkenen [[p:Mohamed]] en [[p:Latifa El Amrani]], 2 kinderen aanwezig. PV-nr [[dos:2025071234]]. Melding naar {{o:Veilig Thuis}} is gedaan. Zijn jullie bekend?
SWT: Ja, mevrouw is bekend bij [[p:Nora]]. Ik vraag haar om je te bellen.
{{r:Wijkagent}} [[p:Frank]]: 👍 mijn nr [[t:06-46013377]]""",
    """hallo [[p:Nora]] hier [[p:Frank]] {{o:politie}} {{w:Schilderswijk}}. meneer [[p:El Amrani]] heeft contactverbod tot [[d:15 april]]. als je hem ziet bij de woning bel ons. vrouw zit tijdelijk bij haar zus in {{w:Ypenburg}}, adres weet je?""",
    """Beste [[p:Frank]], ja ik heb het adres: [[a:Dijkgraafweg 14]], [[pc:2496 EV]]. Ze heeft een opvolgafspraak bij {{o:Veilig Thuis}}, dossier [[dos:VT-2025-0412]]. Ik houd je op de hoogte. Gr. [[p:Nora]]""",
    """{{r:POH-GGZ}} [[p:Marjolein]]: hoi! mw [[p:Jansen]] ([[p:Trudy]]) heeft toestemming gegeven om met jullie te overleggen. Ze heeft paniekaanvallen, kan niet meer naar buiten. Zou iemand van jullie haar thuis kunnen zien? Ze woont [[a:Zeezwaluwstraat 9]], bel eerst via [[t:0611928470]] anders doet ze niet open""",
    """Goedemorgen mevrouw [[p:Van der Linden]], hierbij de gegevens van dhr [[p:Gomes Tavares]] voor de aanvraag urgentie. Naam: [[p:Armindo Gomes Tavares]], geb. [[d:03/09/1972]], BSN [[b:665 775 738]], huidig adres [[a:Rijswijkseweg 412]], [[pc:2516 HT]] Den Haag. Medische verklaring volgt via de {{r:huisarts}}. Met vriendelijke groet, [[p:Lisanne]]""",
    """{{o:Staedion}}: Goedemiddag, bij een controle bleek dat de woning van mw. [[p:Gündoğdu]] ([[a:Apeldoornselaan 73]]) ernstig vervuild is. We maken ons zorgen. Is er bij jullie een contactpersoon? Ons kenmerk [[dos:ST-23-88124]]. Groet, [[p:Mehmet]] ({{r:huismeester}})""",
    """Hoi [[p:Mehmet]], ik ben [[p:Roos]] van het SWT. Mw [[p:Gündoğdu]] is bij ons bekend sinds [[d:7 oktober 2024]]. Ik kom [[d:vrijdag 14 maart]] om 10.00 langs. Kun jij dan ook even? Dan kunnen we samen kijken. Mijn 06: [[t:06-33108522]]""",
    """Bericht van {{o:OBS De Vuurtoren}}: Goedemorgen, [[p:Semir]] ([[p:Semir Hodžić]], groep 8) is al 11 dagen niet op school geweest. We hebben de {{r:leerplichtambtenaar}} ingeschakeld, zaaknummer [[dos:LP-2025-3317]]. Moeder zegt dat hij 'ziek' is. Weet het SWT meer? Gr, juf [[p:Saskia]]""",
    """Dag juf [[p:Saskia]], we kennen het gezin. Vader [[p:Edin]] is in december overleden, [[p:Semir]] is erg aangeslagen. Ik stel voor dat de {{r:jeugdconsulent}} ([[p:Jorien]]) eerst een huisbezoek doet voordat leerplicht verdergaat. Ik bel u morgen. Groet [[p:Arjen]]""",
    """{{r:Doktersassistente}} [[p:Monique]] ({{o:Gezondheidscentrum Transvaal}}): dhr [[p:Boateng]] heeft recept opgehaald voor iemand anders en zegt dat hij geen eten heeft. Hij had een briefje bij zich van het SWT met naam [[p:Carla]]. Wie is dat? Graag terugbellen [[t:(070) 388 10 22]]""",
    """{{o:Vestia}} app-bericht: Uw melding [[dos:M-2025-004471]] is in behandeling. Betreft: schimmel badkamer, adres [[a:Tapijtstraat 18]], huurder [[p:S. Ouattara]]. Monteur komt op [[d:ma 24-03-2025]] tussen 8.00 en 12.00 uur.
(doorgestuurd door cliënt naar [[p:Jasmijn]], SWT)""",
    """[[p:Jasmijn]] > [[p:Souleymane]]: Hoi [[p:Souleymane]], ik zag de brief. Op [[d:24 maart]] komt de monteur. Ben jij thuis? Anders kan ik erbij zijn. Groet [[p:Jasmijn]]""",
    """{{r:Wijkagent}} {{w:Duindorp}} [[p:R. de Boer]]: Hallo, er is zorg over een oudere heer op de [[a:Pluimstraat 45]], buren zien hem al dagen niet. Naam volgens de bel: [[p:H. Zwart]]. Komt er iemand van jullie of moeten wij naar binnen?
SWT [[p:Ellen]]: dhr [[p:Zwart]] is bekend, ik ga er nu heen met de {{r:wijkverpleegkundige}}. 10 min""",
    """Hoi! Ik ben [[p:Naomi]], {{r:schoolmaatschappelijk werker}} {{o:Johan de Witt College}}. Een leerling, [[p:Damian]] (16), vertelde dat zijn moeder (mw. [[p:Koster]]) al weken in bed ligt en dat hij voor zijn zusjes zorgt. Hij wil niet dat er 'jeugdzorg komt'. Kunnen we overleggen hoe we het aanpakken? [[e:n.vandenberg@jdwc.nl]]""",
    """Beste [[p:Naomi]], belangrijk signaal, dank. Moeder [[p:Koster]] is niet bij ons bekend. Adres via school: [[a:Teniersplantsoen 8]]? Ik plan met de {{r:casusregisseur}} een gesprek. Kun je [[p:Damian]] vragen of hij het goed vindt dat ik eerst met hem praat? Groet, [[p:Malika]]""",
    """Teamchat met {{o:GGD}} – [[p:Rianne]] ({{o:bemoeizorg}}): Dhr. [[p:Wolf]], jullie kennen hem? Hij woont in een tent in het Zuiderpark-bosje, weigert alle hulp. BSN hebben we: [[b:629668036]]. Wil je de dossiergegevens checken? Ons nummer [[dos:GGD-BZ-2025-117]]""",
    """Goedemorgen, met [[p:Ramon]] van {{o:Staedion}} afdeling incasso. Hebben jullie een nieuw adres van mevrouw [[p:Dijkstra]]? Laatst bekende: [[a:Beeklaan 401-2]]. Eindafrekening ligt klaar, klantnummer [[dos:100293847-01]].
SWT: Dat mogen wij niet zonder haar toestemming doorgeven. Ik vraag het haar.""",
    """{{r:Praktijkondersteuner}} [[p:Sevda]]: dhr [[p:Kowalczyk]] ([[p:Tomasz]]) is gisteren op het spreekuur geweest met hoge bloeddruk. Hij drinkt veel. Hij werkt via uitzendbureau in het Westland, woont met 6 man in [[a:Jan Blankenstraat 22]]. Hij zegt dat hij zijn huur contant betaalt. Misschien iets voor jullie? tel [[t:+31 6 4822 1937]]""",
    """Namens het {{o:Juliana Kinderziekenhuis}}, {{r:medisch maatschappelijk werk}}: patiëntje [[p:Luna]] (geb. [[d:02-02-2021]]) wordt [[d:woensdag 26/3]] ontslagen. Moeder [[p:Tamara Wijnaldum]] heeft ondersteuning thuis nodig, adres [[a:Troelstrakade 33-B]] [[pc:2531 AE]]. Contact: [[p:Els]] [[t:070-2104552]] (bereikbaar ma-vr 8.30-16.30). Luna is 8 weken opgenomen geweest; moeder was al die tijd bij haar en heeft haar werk bij de kinderopvang moeten opzeggen.""",
    """Hoi [[p:Els]], moeder [[p:Tamara]] is bekend, [[p:Dirk]] is haar vaste contactpersoon. Ik stuur dit naar hem door. Hij is op [[d:26/3]] helaas vrij, ik ([[p:Gonca]]) neem het die dag over. Groetjes""",
    """{{o:Haag Wonen}} / {{r:buurtbeheerder}} [[p:Vincent]]: melding van buren: ernstige stankoverlast op [[a:Valkenboslaan 210]], 2e verdieping. Bewoner meneer [[p:Groen]] doet niet open. Brievenbus puilt uit. Is hij bij jullie bekend? Ik zit er tot 15u, bel me [[t:06-29150067]]""",
    """[[p:Vincent]] dank. Dhr [[p:Groen]] ([[p:Hans]]) is bekend, hij heeft een {{r:bewindvoerder}} bij {{o:Budget & Zo}}. Ik kom nu.""",
    """Hallo, hier [[p:Marit]] van de {{o:Voedselbank}} uitgiftepunt {{w:Moerwijk}}. Fam. [[p:Tekle]] heeft haar pakket 3x niet opgehaald. De intake liep via jullie ([[p:Yonas]]?). Klantnr [[dos:VB-20931]]. Kunnen jullie even checken of alles goed is?""",
    """Beste [[p:Marit]], [[p:Yonas]] is helaas ziek. Familie [[p:Tekle]]: mevrouw [[p:Senait]] is bevallen, ligt in het {{o:Haga Ziekenhuis}}. Man [[p:Filmon]] haalt voortaan op, hij heeft als nummer [[t:0684401926]]. Groet [[p:Iris]]""",
    """{{o:Gemeente Den Haag}} – {{o:Sociale Dienst}} | bericht aan SWT {{w:Spoorwijk}}: de aanvraag levensonderhoud van [[p:Abdi Warsame]] (BSN [[b:244532266]]) mist nog bankafschriften van [[i:NL92ABNA6932413625]] over de laatste 3 mnd. Graag aanleveren voor [[d:4 april]] a.s., zaak [[dos:Z/25/123456]].""",
    """Hoi [[p:Abdi]], ik heb bericht van de {{o:Sociale Dienst}}. Ze willen je bankafschriften van 3 maanden. Kun je die uit je bank-app halen? Als het niet lukt kom ik [[d:ma 31/3]] om 14u langs bij jou op de [[a:Parallelweg 80]]. Groet [[p:Karim]]""",
    """Van {{r:huisarts}} [[p:Van Dijk]] ({{o:huisartsenpraktijk Kraayenstein}}): ter info, patiënte mw. [[p:Boersma]] heeft een doorverwijzing naar {{o:Parnassia}} gekregen maar wil niet gaan. Ze is akkoord met contact met SWT. Haar tel: [[t:070-3253818]]. Vriendelijke groet, [[p:J.P. van Dijk]], {{r:huisarts}}""",
    """{{o:Politie}} {{w:Scheveningen}} | Brigadier [[p:Vos]]: [[p:Vos]] hier. Mw [[p:Emma de Haas]] is vanochtend verward aangetroffen op de boulevard. Ze is ingesloten, niet strafbaar, wacht op de {{o:crisisdienst}}. Zij noemde [[p:Sterre]] van jullie team. Woonadres [[a:Keizerstraat 121]]. Bel 0900-8844? nee, direct mij: [[t:06-12230048]]""",
]
# Part 3: client SMS / WhatsApp / app messages in imperfect Dutch, and short replies
T3 = [
    """goedemorgen mevrouw [[p:sanne]] ik ben [[p:fatima]] van de [[a:hoefkade 88]] de brief van belasting is gekomen ik begrijp niet wat moet ik doen. kan u morgen komen? mijn zoon [[p:ilias]] is thuis na 3 uur hij kan helpen vertalen 🙏""",
    """Hallo [[p:Karim]] dit is [[p:Abdi]]. ik heb de papiere van bank maar de printer werkt niet. ik stuur foto's ok? mijn rekening is [[i:NL92 ABNA 6932 4136 25]] dat is goed voor de gemeente? dank u wel broer""",
    """mevrouw ik kan niet komen vandaag mijn kind is ziek koorts 39. kunnen we andere dag? vrijdag of maandag is goed. [[p:Ewa]] ([[p:Nowak]])""",
    """Dag [[p:Ewa]], beterschap voor je dochter! Maandag [[d:24 maart]] om 10.00 bij jou thuis is goed. Ik neem het formulier van {{o:Zilveren Kruis}} mee. Groet, [[p:Ilse]]""",
    """Hallo. Ik ben [[p:Ionela]] uit Roemenie. Mijn werkgever betaal niet 2 maand. Ik woon [[a:Zusterstraat 14]] 3e etage met andere vrouwen. Ik heb nummer van u gekregen van [[p:Adriana]] van de kerk. Mijn telefoon [[t:+40 742 118 903]] of deze whatsapp. Help alstublieft""",
    """salam aleikum [[p:Youssef]], mijn vader dhr [[p:El Idrissi]] is gevallen gisteren in badkamer. hij lig nu {{o:Bronovo}}. de thuiszorg is gestopt, wie kan helpen als hij thuis komt?? ik woon in Rotterdam ik kan niet elke dag. [[p:Samira]]""",
    """[[p:Samira]], wat vervelend. Ik bel vandaag met het ziekenhuis (transferverpleegkundige) en met {{o:Florence}}. Mag ik jouw nummer doorgeven als contactpersoon? Dit is toch [[t:06-14927735]]? Groetjes [[p:Youssef]]""",
    """hoi hoi dit is [[p:Merve]] de dochter van [[p:Songül Kaya]]. mama heeft haar pas verloren en kan de brief van {{o:CAK}} niet openen op de app. haar BSN is [[b:378466963]] als u dat nodig heeft. kunnen jullie bellen naar de {{o:CAK}} voor haar?""",
    """Hoi [[p:Merve]], stuur liever geen BSN via whatsapp 🙂 Ik heb het genoteerd en verwijder je bericht. Ik bel morgen met het {{o:CAK}} samen met je moeder. Is 11u goed? Groetjes [[p:Ilse]]""",
    """Goedendag meneer. Ik heb vandaag brief gekregen van Gerechtsdeurwaarder. Het staat 'beslag op inboedel [[d:2 april]]'. Dossiernummer [[dos:2025-0471-DW]]. Ik ben heel bang. Mijn man weet niet. Ik ben [[p:Nurcan]], [[a:Van Ostadestraat 191]]""",
    """Lieve [[p:Nurcan]], niet schrikken, we gaan er samen naar kijken. Ik bel de deurwaarder vandaag. Kun je een foto van de hele brief sturen? Ik kom [[d:vrijdag 28/3]] langs. Groet [[p:Wendy]]""",
    """hallo mevrouw [[p:Hanneke]] ik wil zeggen dank je wel voor alles, ik heb de woning gekregen!! nieuw adres [[a:Zuiderparklaan 301]] [[pc:2574 HB]]. de sleutel is op [[d:1 mei]]. ik nodig u uit voor thee 🫖🌸 [[p:Hiwet]]""",
    """MENEER [[p:TOM]] IK BEN [[p:BOGDAN]] IK HEB BRIEF VAN {{o:UWV}}. ZIJ ZEGGEN IK MOET GELD TERUG €1400. IK HEB NIET. BELL MIJ AUB [[t:0687 331 209]]""",
    """Dag [[p:Bogdan]], ik bel je om 14u. Leg de brief alvast klaar, vooral het nummer rechtsboven (kenmerk). Groet [[p:Tom]]""",
    """[[p:Tom]] kenmerk is [[dos:UWV-7712-0034-P]] en datum [[d:17.03.2025]]. ok ik wacht""",
    """goede avond. Ik ben [[p:Ahmad]], uit Syrie. Mijn vrouw [[p:Rasha]] heeft depressie, zij huilt elke dag. {{r:huisarts}} zegt wachtlijst {{o:GGZ}} 5 maand. Is er iets anders? Wij wonen [[a:Paul Krugerlaan 204B]]. Wij spreken Engels of Arabisch. Thanks""",
    """Good evening [[p:Ahmad]]. I am [[p:Lina]] from the neighbourhood team. I can visit you and [[p:Rasha]] on [[d:Wednesday 26 March]] with an Arabic-speaking colleague ([[p:Omar]]). Is 13:00 OK? We can talk about {{o:Mind Korrelatie}} and the {{r:POH-GGZ}} at your GP.""",
    """hey [[p:Dirk]] met [[p:jessy]]. kan de afspraak van morgen later? moet naar de rechtbank om 9u voor [[p:kevin]] zijn zaak. ben rond 12 thuis. ps mijn oude nummer doet het niet meer dit is mijn nieuwe""",
    """Hee [[p:Jessy]], geen probleem, ik kom om 13u. Succes bij de rechtbank. Ik sla je nieuwe nummer op. [[p:Dirk]]""",
    """Goedemorgen. Mijn naam is [[p:Wang Mei]]. Mijn moeder [[p:Wang Xiuying]] is 84, zij woont alleen [[a:Wagenstraat 63]] boven het restaurant. Zij spreekt geen Nederlands. Zij is vaak verward. Kan iemand komen kijken? Ik werk tot 23 uur. Mail: [[e:mei.wang88@gmail.com]]""",
    """assalamu alaikum sister [[p:Hodan]] here. the gas man he come today he close the gas because not pay. i have 3 children. no warm water 😢 adres [[a:Calandstraat 12-3]]. please call""",
    """[[p:Hodan]] ik bel nu {{o:Eneco}} en de {{r:schuldhulpverlener}}. ik ben er over 1 uur. [[p:Nadia]]""",
    """Hallo [[p:Wendy]]. Ik ben zo blij. Mevrouw van het {{o:Juridisch Loket}} zegt deurwaarder mag niet beslag want ik heb regeling. Zij heeft naam mr. [[p:Ouali]]. Dank voor alles! Groeten [[p:Nurcan]]""",
    """Hoi [[p:Gonca]], ik ben [[p:Tamara]]. [[p:Luna]] is thuis!! Ze slaapt nu. Maar ik ben zo moe en mijn moeder kan pas over een week komen. Kan die mevrouw van de kraamzorg nog een keer komen? Sorry voor late bericht 🥺""",
    """hoe gaat het meneer [[p:Arjen]]. [[p:semir]] wil morgen naar school gaan maar alleen als de meester [[p:Bart]] niet boos is. kunt u zeggen tegen school? ik ben [[p:Amela]] zijn moeder""",
    """Hallo [[p:Amela]], ik heb met school gebeld. Meester [[p:Bart]] is niet boos, hij is blij dat [[p:Semir]] terugkomt. De {{r:leerplichtambtenaar}} wacht nog even. Groet, [[p:Arjen]]""",
    """[[p:Kwaku]] hier. [[p:Kwaku Mensah]]. Ik ben die man van de voedselbank, Ghana. U zei ik kan bellen als de huur weer omhoog gaat. Nu €712. Ik verdien €1.300 bij schoonmaak. Kan huurtoeslag meer? [[t:06 1800 2947]]""",
    """[[p:Kwaku]] / dhr [[p:Mensah]]: bericht ontvangen. Huurtoeslag gaat per [[d:1 januari]] automatisch omhoog als uw inkomen hetzelfde blijft. Ik check het voor u via {{o:Belastingdienst}} mijn toeslagen als u inlogt met DigiD. Kunt u [[d:di 8/4]] om 10u bij het {{o:Servicepunt XL}} zijn? [[p:Carla]]""",
    """ola [[p:carla]] sou eu [[p:Djenifer]] (da dona [[p:Maria Lopes]]). minha mãe não entende carta. desculpe portugues. mama is Cabo Verde, heeft brief van Gemeente over wmo. kan u lezen wanneer u komt??""",
    """Goedemorgen [[p:Djenifer]], ja ik kom [[d:donderdag 10 april]] bij je moeder langs ([[p:Lopes]], [[a:Hoefkade 603]]). Neem de brief mee, dan lezen we hem samen. Groetjes [[p:Carla]]""",
    """ik ben weer ziek van de stress. de mensen van de {{o:Vestia}} zijn weer niet gekomen voor de schimmel. mijn zoontje hoest. dit is de 4e keer!!! melding [[dos:M-2025-004471]]. ik heb vrij genomen van mijn werk voor niks. de dokter zegt het is slecht voor zijn longen. kunt u bellen met hun? [[p:Souleymane]]""",
    """Dag mevrouw, ik ben [[p:Agnieszka]], ik ben de vrouw van [[p:Tomasz Kowalczyk]]. Hij is gisteren ziekenhuis met hart. Ik wil hem bezoeken maar ik woon in Polen. Kan iemand zijn spullen uit huis halen, adres [[a:Jan Blankenstraat 22]]? mijn mail [[e:agakowalczyk@wp.pl]]""",
    """hallo mevr [[p:Jasmijn]], monteur is geweest, schimmel is weg maar plafond is nu zwart van verf haha. dank u dat u mij hielp met de {{o:Vestia}}. groeten [[p:Souleymane Ouattara]]""",
    """Goedemiddag [[p:Marieke]], ik ben [[p:Gerda]]. Ik kan de brief niet meer vinden van de {{o:Wmo}} maar er stond dat de huishoudelijke hulp stopt op [[d:30 april]]. Is dat echt zo? Ik ben 81 en mijn rug is slecht. Tel thuis [[t:070-3459012]]""",
    """hi [[p:ruud]] its [[p:sharmila]]. de {{o:CJIB}} is weer geweest met brief, nu €1.620. kenmerk [[dos:1000247188325519]]. ik kan echt niet betalen. de kinderen hebben ook nieuwe schoenen nodig 😭""",
    """Hoi [[p:Sharmila]], we gaan een betalingsregeling vragen bij het {{o:CJIB}}. Ik bel morgen. Voor schoenen kun je naar {{o:Stichting Leergeld}}, ik meld je aan. Groetjes [[p:Ruud]]""",
    """Hallo ik ben [[p:Mihail]] ([[p:Mihail Dimitrov]]) uit Bulgarije. [[p:Plamen]] zegt u kan helpen met inschrijven in gemeente. Ik slaap nu bij hem [[a:Weteringkade 7 bis]]. Ik heb geen BSN nog. Werk in kas in Honselersdijk. Bel [[t:+359 88 421 7730]]""",
    """[[p:Mihail]], for registration at the municipality you need a rental contract or permission from the main tenant ([[p:Plamen]]). Come to the {{o:Servicepunt XL}} on [[d:Thursday 3 April]] at 10:00, ask for [[p:Hamid]] or me. Bring your passport. [[p:Sophie]]""",
    """ik ben [[p:Liesbeth]] buurvrouw van [[p:Ans]] op nr 14. [[p:Ans]] is niet goed, ze loopt 's nachts op straat in haar nachtjapon. haar zoon [[p:Rob]] woont in Canada. ik heb zijn email [[e:rob.terhorst@shaw.ca]]. wie kan ik bellen?""",
    """Hallo mevrouw [[p:Liesbeth]], wat fijn dat u ons belt. Ik ben de {{r:casemanager dementie}} ([[p:Marjan]]). Ik ga morgen bij [[p:Ans]] (mevrouw [[p:Ter Horst]]) langs. Ik mail haar zoon [[p:Rob]]. Mag ik u bellen op [[t:0703521176]]?""",
]
# Part 4: quick notes, to-do lists, phone memos
T4 = [
    """todo maandag
- [[p:ans]] terugbellen (zoon canada?)
- [[p:kowalczyk]] spullen ophalen met [[p:gijs]], sleutel bij buurman [[p:Piet]] ([[a:Jan Blankenstraat 20]])
- wmo aanvraag [[p:lopes]] → [[p:carla]]
- declaratie km invullen!!
- ff checken of de nieuwe {{r:Wmo-adviseur}} al een account heeft""",
    """tel.notitie [[d:14/3]] 11.20u
beller: mw. [[p:Verhoeven]]?? nee [[p:Verhoef]], buurvrouw van dhr [[p:Sardjoe]]
zegt: meneer ligt al 2 dagen op de grond?? heeft door brievenbus gekeken
→ 112 gebeld door mij om 11.24
→ {{r:wijkverpleegkundige}} [[p:Priscilla]] ingelicht
adres: [[a:Lorentzplein 17]], [[pc:2562 BA]], 1e etage
beller nr: [[t:06 4137 0028]]""",
    """notitie voor mezelf: bij [[p:Hiwet]] (Eritrea, 34, 2 kids) NIET praten over haar broer, gevoelig. {{r:tolk}} Tigrinya via [[p:Mussie]] [[t:0615599821]]. sleutel nieuwe woning [[d:1/5]]. nog regelen: inrichtingskrediet, {{o:Kringloop}} bon, schoolinschrijving oudste ([[p:Yohannes]], 7) bij {{o:De Springbok}}""",
    """Actielijst MDO [[d:do 6 maart]] – [[p:Jamal Bouzian]] (dossier [[dos:SWT-2024-1187]])
aanwezig: [[p:Ellen]], [[p:Dennis]], [[p:Hülya]] ({{r:POH-GGZ}}), [[p:Sander]] ({{o:Parnassia}}), [[p:Yvonne]] ({{r:jeugdconsulent}})
1. {{o:Parnassia}} start ambulante behandeling, eerste afspraak [[d:18-03]] ([[p:Sander]])
2. {{o:Schuldhulpverlening}} aanmelding ([[p:Dennis]])
3. broertje [[p:Ilyas]] blijft bij {{o:CJG}} ([[p:Yvonne]])
volgende MDO: over 6 weken""",
    """boodschappenlijst huisbezoek dhr. [[p:Zwart]]: melk, brood, kattenvoer 🐈, vuilniszakken. bonnetje bewaren voor declaratie! betaald met pas van SWT. [[p:Hendrik]] (zo heet hij) wil ook sigaretten maar dat doen we niet. totaal €23,40. volgende keer vraag ik of zijn dochter [[p:Marleen]] een boodschappendienst kan regelen via de {{o:Jumbo}}, die bezorgt ook in {{w:Duindorp}}.""",
    """belnotitie [[d:vrijdag 21 maart]]
[[p:Rianne]] ({{o:GGD}}) over dhr [[p:Wolf]]: hij heeft eindelijk toegestemd met een gesprek. tent is weg, hij slaapt nu bij de {{o:nachtopvang}} aan de Zilverstraat. vervolg [[d:dinsdag 25/3]] samen. zijn nr is er niet, hij heeft geen telefoon. neef [[p:Mathijs Wolf]] mag gebeld, [[t:06-21048873]]""",
    """Wk 13 plan:
ma: 10u [[p:Ewa]] (zilveren kruis formulier), 14u team
di: hele dag {{o:Servicepunt XL}} {{w:Laak}}
wo: 9u [[p:Rasha]] + [[p:Omar]] ({{r:tolk}}), 13u [[p:Ahmad]]
do: [[p:Djenifer]] & moeder, daarna [[p:Kwaku]] huurtoeslag
vr: VRIJ 🎉 (verjaardag [[p:Sem]] 4 jaar!)""",
    """gegevens voor aanvraag bijzondere bijstand (NIET in whatsapp laten staan!!)
naam: [[p:Ahmed Tahiri]]
geb: [[d:12-06-1979]]
bsn: [[b:533238626]]
iban: [[i:NL45RABO4744150711]] tnv [[p:A. Tahiri]]
adres: [[a:Stieltjesstraat 3]], [[pc:2526CL]]
tel: [[t:06-47721900]]
mail: [[e:ahmed.tahiri79@hotmail.nl]]""",
    """aantekening na overleg [[p:Jet]]: fam. [[p:Bakker]] — [[p:Koos]] en [[p:Marja]], beiden eind 60, zoon [[p:Rick]] (41) woont weer thuis sinds scheiding, drinkt. [[p:Marja]] durft niks te zeggen. {{r:Casusregisseur}} wordt [[p:Jet]]. [[p:Rick]] heeft schulden bij o.a. {{o:Belastingdienst}} en {{o:DUO}}. Eerste gesprek [[d:2/4]] om 19u want [[p:Koos]] werkt nog""",
    """spreekuur {{w:Moerwijk}} [[d:woe 12/3]]:
1. mw. [[p:Mahabier]] ivm dhr (in afwachting {{o:Wmo}})
2. jongen, [[p:Ricardo]], 20, wil hulp met solliciteren → {{o:Werkplein}}
3. [[p:Zeynep Aydın]], vraag kinderopvangtoeslag, terugvordering €4.300
4. anonieme vraag over mantelzorg (geen naam gegeven)
5. dhr [[p:Kaya]] ([[p:Osman]]) – sleutels kwijt van z'n scootmobielstalling. {{o:Haag Wonen}} gebeld""",
    """Memo – gesprek met [[p:Wil]] ([[p:Willemijn de Groot]], 52) in het {{o:HMC}}. Ze wil (!) naar huis maar heeft geen traplift. Ik heb gezegd dat ik het wil uitzoeken bij het {{o:Wmo-loket}}. Ze woont op de [[a:Laan van Meerdervoort 1100]], 2-hoog. Ex-man [[p:Robert]] niet betrekken, zegt ze.""",
    """tel. [[p:Youssef]] → [[p:Samira]] (dochter [[p:El Idrissi]]): vader wordt [[d:ma 31 maart]] ontslagen uit {{o:Bronovo}}. thuiszorg: {{o:Florence}} start dezelfde dag, 2x per dag. alarmknop aanvragen. dochter komt zaterdag. bellen met [[p:Idris]] (broer) [[t:0031 6 28810023]]""",
    """📌 vergeet niet
- verjaardagskaart [[p:Gerda Visser]] (wordt 80 op [[d:9 april]])
- [[p:Dylan]] naar {{o:Jongerenloket}} begeleiden
- overleg met [[p:R. de Boer]] {{r:wijkagent}} over [[a:Pluimstraat 45]]
- jaaroverzicht 2024 aanleveren voor eind maart""",
    """Notities intake [[d:17-3-2025]]
Cliënt: [[p:Aicha Ouazzani]] (44), [[a:Hooftskade 74-III]], [[pc:2526 KJ]]
Verwezen door: {{r:huisarts}} dr. [[p:Schuurman]]
Hulpvraag: schulden ± €18.000, dreigende afsluiting energie, zoon ([[p:Nordin]], 15) spijbelt
Netwerk: zus [[p:Khadija]] in {{w:Transvaal}}, helpt soms
Afspraken: toestemmingsverklaring getekend; {{r:budgetcoach}} aanvragen; contact school (IB [[p:Hester]])
Volgende afspraak: [[d:31-3]]""",
    """to do!!! 
* [[p:hoop]] bellen (dhr) 
* [[p:roos]] (collega) vragen naar formulier 
* [[p:mei]] ff appen ivm rooster mei/juni
* {{o:VoorElkaar}} maaltijden fam. [[p:benali]]
* mailen naar [[e:wmo.intake@denhaag.nl]] ivm [[dos:WMO-2025-01017]]""",
    """Overdracht avonddienst ➜ [[p:Lieke]]: [[p:Sharmila]] belde 17.45 helemaal in paniek, ex staat voor de deur. {{o:Politie}} gebeld (melding [[dos:PL1500-2025094422]]). Ze zit nu bij buurvrouw [[p:Kiran]] op [[a:Rijswijkseweg 58]]. Morgen eerst bellen: [[t:06-43091775]]. {{o:Veilig Thuis}} is al op de hoogte.""",
    """gesprek [[p:Mariusz]] ([[p:Nowak]]) met {{r:tolk}} – belangrijkste punten:
* werkt sinds 2019 in NL, nu ziek thuis (rug)
* uitzendbureau heeft contract beëindigd in januari
* geen zorgverzekering sinds 3 mnd!! ({{o:CAK}} brief)
* woont [[a:Wouwermanstraat 14]], huur via werkgever → moet eruit per [[d:30/4]]
plan: {{o:Juridisch Loket}}, zorgverzekering regelen, {{o:Servicepunt XL}} voor bijstand""",
    """NB voor iedereen: de {{r:ouderenconsulent}} van {{o:Xtra}} is nu [[p:Jacqueline]] ipv [[p:Ria]]. mail [[e:j.dekker@xtra.nl]]. Ze werkt ma di do in {{w:Mariahoeve}} en {{w:Bezuidenhout}}. [[p:Ria]] gaat met pensioen, haar afscheid is [[d:vrijdag 28 maart]] om 16u in het {{o:wijkcentrum}}. Wie wil meedoen aan een cadeautje? Tikkie volgt. Lopende aanvragen van [[p:Ria]] worden gewoon overgenomen, je hoeft cliënten niet opnieuw aan te melden.""",
    """lijstje ex-caseload [[p:Esther]] (nog toe te wijzen):
[[p:W. Roos]] – [[dos:SWT-2023-0418]] – [[a:Koningstraat 10]]
[[p:N. Achahbar]] – [[dos:SWT-2023-0502]] – [[a:Hoefkade 211]]
fam. [[p:Pinas]] – [[dos:SWT-2024-0017]] – [[a:Moerweg 388]]
[[p:B. Çelik]] – [[dos:SWT-2024-0133]] – [[a:Loosduinseweg 70-hs]]""",
    """Gesprek dochter [[p:Merve]]: moeder ([[p:Kaya]]) heeft nieuwe pas aangevraagd bij de bank. {{o:CAK}}: achterstand €312, regeling 6 mnd. [[p:Merve]] vraagt of mama naar de dagbesteding kan, ze is eenzaam sinds vader overleden is in januari. → {{r:welzijnscoach}} {{o:Stichting Mooi}} inschakelen.""",
    """huisbezoek [[p:Hodan]] [[d:za 22 maart]] (spoed): gas weer aan na betaling €250 uit noodfonds. Kinderen [[p:Abdirahman]], [[p:Ifrah]] en [[p:Sagal]] waren thuis. [[p:Hodan]] vertelt dat man in Somalië is. Schulden onbekend, brieven in Somalisch/Engels niet geopend. Volgende week samen alles sorteren.""",
    """Notitie telefoon {{o:Haag Wonen}}: [[p:Esther van Rijn]] akkoord met betalingsregeling dhr [[p:Ramautar]], €150 p/m bovenop de huur, start [[d:1 mei]]. Voorwaarde: SWT blijft betrokken t/m december. Bevestiging komt per mail naar mij. Contractnr [[dos:0451-22-017]]""",
    """snelle notitie: mw [[p:de Wit]] ([[p:Anneke]]) wil haar dochter [[p:Lisa]] niet meer bij gesprekken. Dochter heeft volmacht over de bankzaken, [[i:NL56INGB5164629182]]. Ik twijfel of dat goed gaat: er gaat elke maand €400 naar een rekening die ik niet ken. Bespreken in intervisie [[d:do 10 april]], anoniem natuurlijk. Eventueel {{o:Veilig Thuis}} raadplegen over financieel misbruik van ouderen.""",
    """tijdlijn [[p:Dewi]] (voor MDO):
- [[d:10-01-2025]] aanmelding via {{o:Kessler Stichting}}
- [[d:23-01]] 1e gesprek, sliep in auto
- [[d:14/2]] tijdelijk bij [[p:Rowan]]
- [[d:3 maart]] melding VT (blauwe plek)
- [[d:12 mrt]] gemiste intake {{o:Kessler}}
- nu: bij vriendin [[p:Sabrina]] in {{w:Leidschenveen}}""",
    """intake checklist
[x] toestemmingsverklaring
[x] ID gezien (paspoort, nr NIET noteren)
[ ] BSN: [[b:201086335]] – check bij {{o:Sociale Dienst}}
[ ] contact {{r:huisarts}}: dr. [[p:Kramer]], [[t:070-3604455]]
[ ] netwerk: oom [[p:Farid]]""",
    """Wie: [[p:Gabriela Iliescu]], 29, Roemeens. Wat: werkte via agency in een distributiecentrum, ongeluk met heftruck op [[d:9 februari]], sindsdien geen loon. Woont in pension [[a:Prinsegracht 40A]]. Wil terug naar Iași maar heeft geen geld. Contact via WhatsApp [[t:+40 751 229 416]]. Volgende stap: {{o:FairWork}} bellen""",
    """dinsdagochtend [[p:Koen]] gevraagd om samen naar meneer [[p:Hoekstra]] te gaan. [[p:Hoekstra]] ([[p:Jelle]]) 67 jaar, ex-zeeman, woont op een woonboot bij de Trekvliet (geen huisnummer!). Telefoon [[t:06-29938201]]. Hij vroeg naar 'die aardige mevrouw [[p:Bloem]]' — dat is [[p:Anja Bloem]] van de {{o:Kessler Stichting}} denk ik.""",
    """✔ [[p:Kofi]] – bed {{o:Leger des Heils}} geregeld
✔ [[p:Wim Storm]] – intake [[d:za 5/4]]
✘ [[p:Dewi]] – onbereikbaar
✘ mw [[p:Kowalski]] – deur niet open, briefje in bus ([[a:Zonnebloemstraat 129]])
? [[p:Stijn]] vragen of hij [[p:Mo]]'s casus overneemt""",
    """Memo overleg met {{r:schuldhulpverlener}} [[p:Gertjan Smit]] ({{o:Gemeente Den Haag}} {{o:Schuldhulpverlening}}): [[p:Ahmed Tahiri]] is toegelaten tot traject, dossier [[dos:SHV-25-004312]]. Eerste gesprek [[d:15 april 2025]] 9.00. Meenemen: alle brieven, loonstroken, afschriften [[i:NL45 RABO 4744 1507 11]].""",
    """gesprek oma [[p:Visser]] ([[p:Gerda]]) over kleinzoon [[p:Dylan]]: ze is bang voor hem als hij gedronken heeft, maar wil hem niet op straat zetten. Hij is haar enige familie. [[p:Rachid]] en ik zien haar volgende week weer. Adres: [[a:Hobbemastraat 110-A]]""",
]
# Part 5: longer threads, forwarded mails and letters, registrations
T5 = [
    """[[d:18-03-25]] 08:02 - [[p:Hanneke]]: morgen allemaal. update [[p:Hiwet]]: de sleutel is vervroegd naar [[d:22 april]] 🎉
[[d:18-03-25]] 08:05 - [[p:Tom]]: yes!! welk adres was het ook alweer
[[d:18-03-25]] 08:06 - [[p:Hanneke]]: [[a:Zuiderparklaan 301]], [[pc:2574 HB]]. 3 kamers, 2e verdieping, geen lift helaas
[[d:18-03-25]] 08:09 - [[p:Tom]]: inrichtingskrediet al aangevraagd?
[[d:18-03-25]] 08:11 - [[p:Hanneke]]: ja, zaak [[dos:BB-2025-18831]]. ze krijgt €2.100. rekening gaat naar haar eigen rekening [[i:NL68 SNSB 7484 9086 80]]
[[d:18-03-25]] 08:12 - [[p:Hanneke]]: voor het formulier zonder spaties: [[i:NL68SNSB7484908680]]
[[d:18-03-25]] 08:20 - [[p:Tom]]: 👌 ik kan [[d:di 22/4]] helpen met sjouwen, heb een bus van mijn zwager
[[d:18-03-25]] 08:21 - [[p:Hanneke]]: held""",
    """FW: aanmelding SWT
Van: [[e:secretariaat@hapleyweg.nl]]
Verzonden: [[d:maandag 10 maart 2025]] 16:44
Beste collega's,
Graag aandacht voor onderstaande patiënt. Mevrouw [[p:Gloria Bernadina]] (geb. [[d:21-07-1958]]), [[a:Loosduinsekade 218]], [[pc:2571 CB]] Den Haag, tel. [[t:06-17344210]]. Mevrouw is recent weduwe geworden, zeer eenzaam, verwaarloost zichzelf. Zij heeft geen kinderen in Nederland; een nicht, [[p:Shirley]], woont in Almere ([[t:036-5401289]]). Mevrouw heeft mondeling toestemming gegeven.
Met vriendelijke groet,
[[p:M. Akkerman]], {{r:praktijkmanager}}
{{o:Huisartsenpraktijk Leyweg}}""",
    """Ha [[p:Bas]], ik heb de aanmelding van mw [[p:Bernadina]] opgepakt. Eerste bezoek was [[d:woensdag 12 maart]]. Ze woont keurig maar de koelkast was leeg en ze had al 3 dagen niet gegeten. Ze praat veel over haar man [[p:Eduard]] (overleden op [[d:6 februari]]). Ze heeft een Antilliaanse achtergrond, kwam in 1974 naar NL. Ik heb {{o:Humanitas}} gevraagd voor een maatje en de {{r:ouderenconsulent}} van {{o:Xtra}} ([[p:Jacqueline]]) komt [[d:25-3]]. Ook aangemeld bij {{o:Tafeltje Dekje}}. Nicht [[p:Shirley]] gebeld, ze komt in de meivakantie. Groetjes, [[p:Ilse]]""",
    """Beste mevrouw [[p:Adjei]],
U heeft een afspraak met het sociaal wijkzorgteam {{w:Escamp}} op:
📅 [[d:donderdag 3 april 2025]]
🕙 10.30 uur
📍 {{o:Servicepunt XL}} {{w:Escamp}}, Leyweg 
U spreekt met [[p:Hamid Azzouz]] ({{r:maatschappelijk werker}}).
Neem mee: ID-bewijs, de brief van {{o:Belastingdienst}} (kenmerk [[dos:4471.22.903.T.25]]), bankafschriften van [[i:NL81 BUNQ 5778 6715 63]].
Kunt u niet? Bel of app [[t:06-12093344]].
(sms verstuurd aan [[t:0642718950]] op [[d:26/3]])""",
    """Teams – privébericht
[[p:Joyce]] 11:20
Hé [[p:Annemarie]], die casus [[p:Hoop]], kun je me de gegevens sturen voor de aanvraag bij {{o:Stichting Leergeld}}? Ik heb hier: moeder [[p:Priscilla Hoop]], kinderen [[p:Jaylen]] (9) en [[p:Naomi]] (6), adres [[a:De Heemstraat 3 bis]]. Wat mist is de postcode en haar mail.
[[p:Annemarie]] 11:34
[[pc:2531 GA]]. mail [[e:prishoop86@gmail.com]]. Let op ze wil niet dat de ex ([[p:Lorenzo]]) iets hoort, hij mag het adres niet weten
[[p:Joyce]] 11:35
Duidelijk, ik zet er geen contactpersoon bij. Ik hoop dat het snel lukt want [[p:Jaylen]] wil op voetbal""",
    """Bericht ontvangen via het contactformulier website:
Naam: [[p:Rachida el Hamdaoui]]
E-mail: [[e:rachida.elhamdaoui@outlook.com]]
Telefoon: [[t:06 28 71 44 90]]
Adres: [[a:Zaanstraat 2-B]], [[pc:2515 VL]]
Bericht: Ik zorg al 6 jaar voor mijn moeder die dementie heeft en ik kan niet meer. Mijn broer [[p:Hicham]] helpt niet. Ik werk 32 uur. Is er respijtzorg of iemand die een dag per week kan komen? Mijn moeder is geboren [[d:1-1-1942]], heet [[p:Fadma]].
(doorgestuurd aan [[p:Marjan]], {{r:casemanager dementie}}, en {{o:Mantelzorg Den Haag}})""",
    """[[p:Sandra]] 09:12: goedemorgen! iemand anders ook ziek vandaag? 🤒 ik meld me af. mijn afspraken:
- 10u mw. [[p:Kaya]] ([[a:Soesterbergstraat 41]]) – kan naar [[d:vr 28/3]]
- 11.30 huisbezoek [[p:Pinas]], zie notities, wil iemand?
- 14u overleg met [[p:Ingrid]] van {{o:De Regenboog}} over [[p:Amira]] – verplaatsen
[[p:Rob]] 09:20: ik doe [[p:Pinas]] 👍
[[p:Pieter]] 09:22: ik bel [[p:Ingrid]] zelf, [[p:Amira]] is van mij 
[[p:Sandra]] 09:23: thx lieverds ❤️ beterschap voor mezelf""",
    """hallo, ik ben [[p:Erdem]] de zoon van [[p:Osman Kaya]]. mijn vader heeft de scootmobiel weer terug maar de stalling is nog dicht, sleutel kwijt. {{o:Haag Wonen}} zegt we moeten nieuwe aanvragen en betalen €45. vader heeft niet zoveel. kan dit via jullie? wij wonen nog altijd [[a:Dedemsvaartweg 1162]], [[pc:2545 AH]]. mijn tel [[t:06-81470034]], email [[e:erdem.k@ziggo.nl]]. meldnummer van haag wonen: [[dos:HW-2025-M-88012]]""",
    """samenvatting telefoongesprek met {{o:CJIB}}, [[d:di 25 maart 2025]], betreft [[p:Sharmila Jagesar]] (geb. [[d:3-10-2001]]):
- openstaand 3 beschikkingen, totaal €1.620
- kenmerken: [[dos:1000247188325519]], [[dos:1000251122004873]], [[dos:1000251122018834]]
- betalingsregeling mogelijk: min. €30 per maand, eerste termijn [[d:1 mei]]
- betaling via IBAN van cliënt [[i:NL55TRIO9567930638]]
- CJIB-medewerker: mevr. [[p:Dekker]], gaf geen direct nummer
Vervolg: [[p:Sharmila]] moet zelf online bevestigen via DigiD. Ik help haar [[d:do 27/3]].""",
    """[[p:Mo]]: jongens even kort, [[p:Kees Brouwer]] is gisteravond opgenomen (IBS). buren hadden {{o:politie}} gebeld omdat hij op het balkon stond te schreeuwen. {{r:Bewindvoerder}} is nog niet rond. zit nu in {{o:Parnassia}} locatie Kijkduin
[[p:Ineke]]: oh jee. en de kat?
[[p:Mo]]: buurvrouw [[p:Riet]] zorgt ervoor, [[a:Van Speijkstraat 70]]
[[p:Ineke]]: was dat niet [[a:Van Speijkstraat 72]]?
[[p:Mo]]: 72 is hij, 70 is [[p:Riet]]. ik heb haar nummer, [[t:070-3631154]]
[[p:Ineke]]: oké. zal ik de {{r:SPV}} van {{o:Parnassia}} mailen? hoe heet hij
[[p:Mo]]: [[p:Sander]], [[e:s.vermeulen@parnassia.nl]]""",
    """Onderwerp: aanvraag urgentieverklaring – dhr. [[p:A. Gomes Tavares]]
Beste [[p:Lisanne]],
Wij hebben uw aanvraag ontvangen op [[d:20 maart 2025]] onder nummer [[dos:URG-25-00788]]. Om deze in behandeling te nemen hebben wij nog nodig: medische verklaring, inkomensgegevens en een kopie huurcontract [[a:Rijswijkseweg 412]]. U kunt deze uploaden tot [[d:17-04-2025]].
Met vriendelijke groet,
[[p:R. Chaoui]], {{r:medewerker urgentie}}, {{o:Gemeente Den Haag}}, {{o:Dienst Stedelijke Ontwikkeling}}
T [[t:070 353 20 11]] | E [[e:r.chaoui@denhaag.nl]]""",
    """Aan: [[p:Gonca]], [[p:Dirk]]
Hoi, de kraamzorg voor [[p:Tamara Wijnaldum]] is verlengd tot [[d:7 april]]. Daarna wil ze graag hulp bij het aanvragen van kinderbijslag en kindgebonden budget voor [[p:Luna]]. {{o:SVB}} heeft al gebeld. Haar BSN heb ik niet, die van [[p:Luna]] wel: [[b:566530648]] (staat op de geboorteakte). [[p:Tamara]]'s mail is [[e:tamarawijnaldum@icloud.com]]. Eerste gesprek kan op [[d:maandag 14 april]] om 11.00, [[a:Troelstrakade 33-B]]. Groet [[p:Els]] ({{o:Juliana Kinderziekenhuis}})""",
    """gespreksverslag [[p:Aicha Ouazzani]] [[d:31-3-2025]], aanwezig: [[p:Aicha]], zus [[p:Khadija]], [[p:Naima]] (SWT)
- energie: {{o:Eneco}} akkoord met uitstel tot [[d:1 juni]], klantnr [[dos:E-3308819204]]
- zoon [[p:Nordin]]: gesprek met IB-er [[p:Hester]] op [[d:vr 4 april]]; ook {{r:leerplichtambtenaar}} betrokken
- schuldenoverzicht: 11 schuldeisers, o.a. {{o:DUO}}, {{o:Zilveren Kruis}}, {{o:Belastingdienst}}
- budgetbeheer: start via {{o:Kredietbank}} — bsn [[b:133283033]], rekening [[i:NL63ASNB9629364919]]
- [[p:Aicha]] voelt zich 'eindelijk gehoord'. 
vervolg: over 2 weken, datum volgt""",
    """Doorgestuurd bericht van cliënt ([[p:Ionela]]):
"Hallo mevrouw. Dit is van mijn baas. Hij zegt ik moet weg uit huis op [[d:15-04]]. Is dit mag? Ik heb geen contract. Nu slapen wij met 5 vrouwen in 2 kamers. [[a:Zusterstraat 14]]. Ik heb nog geen BSN van gemeente, alleen RNI [[b:336 272 704]]. Mijn zus [[p:Florentina]] in Constanța zegt kom terug maar ik wil blijven werken."
→ [[p:Sophie]]: doorgezet naar {{o:FairWork}} en {{r:woonconsulent}}. Bel haar morgen de [[d:3e]]?? nee, dan ben ik vrij, doe [[d:vr 4/4]]""",
    """Whatsapp groep 'Buurtteam {{w:Duindorp}} + {{o:politie}}'
[[p:R. de Boer]]: Mensen, zorgmelding [[a:Pluimstraat 45]] afgerond. Dhr [[p:Zwart]] is naar {{o:HMC}} gebracht, uitgedroogd. Dochter [[p:Marleen]] is gebeld, zij woont in Zoetermeer.
[[p:Ellen]]: dank [[p:Rudy]]! ik heb de {{r:casemanager}} van {{o:HMC}} gemaild. Hij heeft een indicatie nodig voor thuiszorg voordat hij terug kan
[[p:R. de Boer]]: Graag gedaan. Melding staat onder [[dos:PL1500-2025088731]] voor als jullie het nodig hebben.
[[p:Ellen]]: 👍 fijn weekend
[[p:Marleen]] (toegevoegd door [[p:Ellen]]): Dank jullie wel, ik ben er [[d:zaterdag 15/3]], bereikbaar op [[t:079-3316204]]""",
    """[[p:Fatma]]: heb net mw [[p:Van Leeuwen]] gezien met [[p:Gijs]]. ze heeft een flinke bult maar niets gebroken. dochter [[p:Petra]] wil een personenalarmering, ik heb het formulier. gegevens voor aanvraag:
naam [[p:Cornelia van Leeuwen-Bos]]
geb [[d:30-05-1939]]
bsn [[b:407019212]]
adres [[a:Ruychrocklaan 233]] [[pc:2597 EK]]
contact [[p:Petra]] [[t:06-55193028]] / [[e:petra.vanleeuwen@kpnmail.nl]]
rekening voor de maandelijkse kosten [[i:NL03RABO9737627077]]
@[[p:Gijs]] mag jij de ondertekening regelen donderdag?""",
    """notities overleg {{r:wijkverpleegkundige}}n {{w:Bezuidenhout}} [[d:20/3]]
- mw [[p:Dekker]] ([[a:Juliana van Stolberglaan 152]]) – medicijnen niet ingenomen, pillen in de plant gevonden 🌿. dochter weet niet. [[p:Claudia]] belt {{r:huisarts}}
- dhr [[p:Bouma]] – wil absoluut geen thuiszorg, vrouw [[p:Trees]] overbelast. {{r:casemanager dementie}} betrekken
- mw [[p:Yıldız]] ([[p:Hatice]], dus niet onze collega 😅) – val, traplift aangevraagd via {{o:Wmo}}, aanvraag [[dos:WMO-2025-01103]]
- volgende overleg [[d:17 april]]""",
    """beste [[p:Pieter]]
ik ben [[p:Fatiha benali]] de moeder van [[p:Amira]]. ik heb gesprek met school gedaan dank u. ik wil u vragen mijn gas en licht rekening is hoog €189 per maand en ik heb maar €1.450. Ook de huur €620. de huisbaas heet meneer [[p:Schouten]], tel [[t:06 24 55 80 19]]. zijn bank [[i:NL90ABNA5518651368]] ik betaal elke maand maar zonder contract. is dat normaal? mijn adres [[a:Delftselaan 41-1]] [[pc:2512 RB]]""",
    """Hoi [[p:Fatiha]], dank je voor je bericht. Een huurcontract is wel belangrijk, ook voor de huurtoeslag. Ik ga dit met je bespreken [[d:dinsdag 8 april]], 9.30 bij jou thuis. Wil je alvast betaalbewijzen van de laatste maanden klaarleggen? En vraag [[p:Amira]] of ze die middag bij oma kan zijn? Dan kunnen we rustig praten. Groet, [[p:Pieter]] (SWT {{w:Schilderswijk}})""",
    """ik ben [[p:Goran]], ik woon [[a:Loosduinseweg 70-hs]]. ik heb brief van [[p:Berna]]? [[p:B. Çelik]]? zij is mijn vrouw. zij is nu in Turkije 2 maanden voor haar moeder. brief is van de gemeente over haar bijstand, zaak [[dos:WWB-771204]]. zij moet zeggen dat zij weg is? ik weet niet. haar telefoon is [[t:+90 532 481 22 07]]. zij komt terug [[d:20 mei]]""",
    """Hai [[p:Goran]], belangrijk: ja, bijstand moet weten als iemand langer dan 4 weken in het buitenland is. Ik bel [[p:Berna]] vandaag via whatsapp. Ik ben [[p:Hatice]] van het wijkteam, we hebben elkaar in februari gezien bij [[p:Esther]]. Groeten""",
    """Verslag buurtoverleg {{w:Transvaal}} [[d:26 maart 2025]] (intern, niet delen)
Aanwezig: SWT ([[p:Femke]], [[p:Hamid]]), {{o:Haag Wonen}} ([[p:Esther van Rijn]]), {{r:wijkagent}} [[p:Driss]], {{o:Stichting Mooi}} ([[p:Nana]])
1. Overlast portiek [[a:Wouwermanstraat 18]] t/m 26 even: drugsdealen; [[p:Driss]] verhoogt toezicht.
2. Woning [[a:Wouwermanstraat 14]]: arbeidsmigranten, huurbaas onbekend. {{o:Haag Wonen}} onderzoekt.
3. Fam. [[p:Osei]] gaat goed, voedselbank loopt via [[p:Nana]].
4. Bewonersinitiatief moestuin in de Kempstraat zoekt vrijwilligers.
Volgende overleg: [[d:30 april]]""",
    """[[p:anouk]]: help, welk nummer hebben we voor de {{o:nachtopvang}}? dhr [[p:Kofi Asante]] staat hier aan de balie, bed bij {{o:Leger des Heils}} gaat pas in op [[d:5 april]]
[[p:Rachid]]: 0800 nummer van {{o:Centraal Onthaal}}? geen idee, bel [[p:Wouter]]
[[p:Wouter]]: [[p:anouk]] het is [[t:070-7527500]] en vraag naar [[p:Bianca]] 
[[p:anouk]]: ✅ hij mag vannacht slapen op de Zilverstraat. zijn bsn [[b:500 437 622]] stond nog op de oude aanvraag, bevestigd door hem""",
    """Intake {{o:Voedselbank}} (via SWT)
datum: [[d:vr 11-4-25]]
aanvrager: [[p:Senait Tekle]] / partner [[p:Filmon Tesfay]]
kinderen: [[p:Yonatan]] (4), [[p:Selam]] (2), baby [[p:Ruth]] (geb. [[d:28-02-2025]])
adres: [[a:Zuidlarenstraat 12]], [[pc:2545 VX]]
inkomsten: bijstand €1.834, kindgebonden budget
uitgaven: huur €701, energie €210, verzekering €290, schulden: ± €120/mnd aflossing {{o:CZ}}
leefgeld onder de norm → toegelaten
ingevuld door [[p:Iris]] ({{r:welzijnswerker}})""",
    """Hoi [[p:Yara]], jouw cliënte [[p:Fatiha Haddou]] belde net naar de balie. Ze heeft de toestemmingsverklaring per ongeluk naar het verkeerde adres gemaild, naar [[e:swt.laak@denhaag.nl]] ipv naar jou. Kun je die mailbox checken? Ook vroeg ze of de afspraak van [[d:1 april]] doorgaat (geen grap 😄). Terugbellen op [[t:06-20317745]]. Groetjes [[p:Anja]] (front office {{o:Servicepunt XL}} {{w:Laak}})""",
    """[[d:2-4-2025]] 13:40 - [[p:Arjen]]: [[p:Semir]] is vandaag naar school geweest!! 🥳
[[d:2-4-2025]] 13:41 - [[p:Jorien]]: yesss. hoe ging het gesprek met moeder?
[[d:2-4-2025]] 13:45 - [[p:Arjen]]: goed, [[p:Amela]] heeft rouwbegeleiding gekregen via de {{r:POH}}. ze wil ook de uitvaartkosten regelen, er is nog €2.300 open bij uitvaartondernemer, factuur [[dos:F2025-00319]]
[[d:2-4-2025]] 13:46 - [[p:Jorien]]: via bijzondere bijstand?
[[d:2-4-2025]] 13:48 - [[p:Arjen]]: ja. bsn van moeder [[b:209123175]], rekening [[i:NL09 SNSB 3405 7031 70]]. ik vul het in met haar [[d:vr 4/4]]""",
    """Van [[p:Sevda]] ({{r:POH}}) aan SWT: 
Dhr. [[p:Kowalczyk]] (geb. [[d:11-11-1970]]) is ontslagen uit {{o:HMC Bronovo}} na hartinfarct. Hij mag 6 weken niet werken. Geen inkomen, geen verzekering ({{o:CAK}}). Zijn vrouw [[p:Agnieszka]] komt vanuit Polen ([[t:+48 601 223 948]]). Het uitzendbureau wil hem uit de woning ([[a:Jan Blankenstraat 22]], [[pc:2515 BK]]) zetten per [[d:1 mei]]. Kan iemand dit oppakken? BSN [[b:206475354]]. Dank je, [[p:Sevda]]""",
    """[[p:Gijs]]: [[p:Kowalczyk]] pak ik op, ik ken hem al. @[[p:Sophie]] kan jij mee, jij spreekt toch Pools?
[[p:Sophie]]: een beetje 😅 [[p:Kasia]] van {{o:Stichting Barka}} spreekt het echt, zal ik haar vragen?
[[p:Gijs]]: graag. ik wil er [[d:dinsdag 8/4]] heen
[[p:Sophie]]: [[p:Kasia]] kan [[d:di 8/4]] na 14u. haar nr [[t:06-39920188]]
[[p:Gijs]]: top dan 14.30""",
    """notitie {{r:wijkverpleegkundige}} [[p:Priscilla]] na HB dhr [[p:Soerdjbalie]] [[d:18-3]]:
- glucose 19,4 !! {{r:huisarts}} gebeld, insuline aangepast
- hij woont alleen sinds vrouw [[p:Kamla]] terug is naar Suriname (2023)
- zoon [[p:Vikash]] komt 1x per week, dochter [[p:Anjali]] woont in Amsterdam
- huis ok, wel veel ongeopende post van {{o:Belastingdienst}}
- [[p:Hamid]] kijkt naar administratie
- controle [[d:di 25-3]]""",
    """Hoi team, we krijgen een stagiaire! [[p:Noor]] ([[p:Noor van der Meulen]]) van de {{o:Haagse Hogeschool}}, Social Work, start [[d:maandag 7 april]]. Ze loopt mee met [[p:Femke]] en [[p:Hamid]]. Let op: zij mag geen dossiers inzien tot haar VOG binnen is. Haar mail: [[e:noor.vdmeulen@student.hhs.nl]]. Welkomstlunch de [[d:7e]] om 12.30, {{o:wijkcentrum}} {{w:Transvaal}}. 🥪 [[p:Femke]]""",
    """Bericht aan alle collega's {{w:Loosduinen}}: per [[d:1 april 2025]] is het nieuwe adres van ons kantoor [[a:Loosduinse Hoofdstraat 17]], [[pc:2552 AA]]. Het oude adres ([[a:Margaretha de Heerstraat 2]]) vervalt. Cliëntpost wordt 3 maanden doorgestuurd. Telefoonnummer blijft 14070. Vragen? [[p:Jolanda]] (office manager)""",
]
# Part 6: long messages: planning, overviews, copied letters, forms
T6 = [
    """Planning huisbezoeken wk 15 ([[p:Naima]] / [[p:Karim]])
[[d:ma 7-4]] 09.30 [[a:Parallelweg 80]] ({{w:Spoorwijk}}) – bankafschriften ophalen
[[d:ma 7-4]] 11.00 [[a:Hooftskade 74-III]] – schuldenoverzicht afronden
[[d:di 8-4]] 10.00 [[a:Calandstraat 12-3]] – post sorteren, {{r:tolk}} Somalisch mee
[[d:di 8-4]] 14.30 [[a:Jan Blankenstraat 22]] – met [[p:Gijs]] en {{r:tolk}}
[[d:wo 9-4]] hele dag cursus Meldcode, niet inplannen!
[[d:do 10-4]] 10.00 [[a:Hoefkade 603]] – Wmo-brief doorlopen
[[d:vr 11-4]] 09.00 intake {{o:Voedselbank}}, 13.00 team
Reistijd: alles op de fiets behalve dinsdagmiddag. Parkeren bij de Jan Blankenstraat is een drama, dus tram 11 nemen.
Let op: de Parallelweg is opgebroken, ingang via de achterkant.""",
    """Overgetypt uit brief die cliënt ([[p:Nurcan]]) fotografeerde:
"{{o:GERECHTSDEURWAARDERSKANTOOR VAN DER STEEN & PARTNERS}}
Ons kenmerk: [[dos:2025-0471-DW]]
Uw kenmerk: [[dos:MO-8812004]]
Datum: [[d:14 maart 2025]]
Aan: mevrouw [[p:N. Yılmaz-Arslan]], [[a:Van Ostadestraat 191]], [[pc:2526 BJ]] 's-Gravenhage
Betreft: aankondiging beslag roerende zaken
Hierbij deel ik u mede dat ik op [[d:woensdag 2 april 2025]] om 10.00 uur zal overgaan tot beslag, tenzij u vóór [[d:31 maart 2025]] het volledige bedrag van € 3.412,66 voldoet op rekening [[i:NL37INGB5882148515]] o.v.v. het kenmerk."
Opmerking [[p:Wendy]]: regeling via {{o:Juridisch Loket}} loopt, beslag is opgeschort tot nader bericht.""",
    """Vakantieplanning team {{w:Escamp}} (graag aanvullen!)
[[p:Hamid]]: [[d:28-4]] t/m [[d:9-5]]
[[p:Bas]]: meivakantie hele week 18
[[p:Sanne]]: [[d:vr 2 mei]] + [[d:ma 5 mei]] (bevrijdingsdag is al vrij)
[[p:Ilse]]: zomer, nog niet bekend
[[p:Lisanne]]: [[d:12/5]]-[[d:16/5]]
Minimale bezetting: 3 mensen per dag. Op Koningsdag is het servicepunt dicht, op Hemelvaart ook. Wie heeft bereikbaarheidsdienst in de meivakantie? Ik stel voor dat we rouleren per dag. Graag voor het einde van de maand reageren, dan kan ik het rooster maken. [[p:Annemarie]] (teamleider)""",
    """Aanmeldformulier {{o:Stichting Leergeld}} – ingevuld door SWT
Ouder/verzorger: [[p:Priscilla Hoop]]
Adres: [[a:De Heemstraat 3 bis]], [[pc:2531 GA]] Den Haag
Telefoon: [[t:06-30418876]]
E-mail: [[e:prishoop86@gmail.com]]
Kind 1: [[p:Jaylen Hoop]], geb. [[d:17-06-2015]], school: {{o:De Kameleon}}, groep 6 → voetbal {{o:HVV Laakkwartier}}
Kind 2: [[p:Naomi Hoop]], geb. [[d:03-12-2018]], groep 3 → zwemles
Inkomen: bijstand, geen toeslagen ivm lopend onderzoek
Rekening voor vergoeding (alleen bij uitzondering): [[i:NL81INGB0529311266]]
Aanvrager namens SWT: [[p:J. Wessels]], [[e:j.wessels@swt-denhaag.nl]]""",
    """[[p:Karin Bos]]: hoi allemaal, nu even serieus over mw [[p:de Wit]]. Ze belt sinds [[d:3 maart]] bijna elke dag met klachten over de buren van [[a:Jacob Catsstraat 14]]. Volgens haar lekt er water en horen ze haar gesprekken af. Haar dochter zegt dat het 'al jaren zo' is. Ik denk aan beginnende psychose of dementie, maar ze wil niet naar de {{r:huisarts}}. Wat doen we? Bemoeizorg? 
[[p:Youssef]]: {{o:GGD}} {{o:bemoeizorg}} kan een consult doen zonder dat ze hoeft mee te werken. Meld haar aan via het formulier, wel met geboortedatum ([[d:16-08-1948]] toch?) en bsn.
[[p:Karin Bos]]: bsn heb ik: [[b:448161709]]. formulier gaat vandaag de deur uit.
[[p:Youssef]]: 👍 zet [[p:Lisa]] (dochter) er als contactpersoon op, [[t:06-22740381]]""",
    """Overzicht schuldeisers [[p:Ahmed Tahiri]] (bijgewerkt [[d:4-4-2025]])
1. {{o:Belastingdienst}} toeslagen – €6.220 – kenmerk [[dos:7712.84.003.T.21]]
2. {{o:CZ}} zorgverzekering – €1.140 – polisnr [[dos:CZ-0091248833]]
3. {{o:Eneco}} – €880 – klantnr [[dos:E-3301192877]]
4. {{o:Vodafone}} – €410 – incasso via {{o:Intrum}}, dossier [[dos:IN-88210044]]
5. privé-lening broer ([[p:Mustafa]]) – €2.000, geen papieren
6. {{o:DUO}} – €9.300 (draagkrachtregeling loopt)
Totaal ± €19.950. Vaste lasten betaald via [[i:NL45RABO4744150711]]. Volgende stap: aanmelding {{o:Schuldhulpverlening}} definitief op [[d:15 april]].""",
    """Hoi [[p:Dirk]],
Even een bericht voordat ik met zwangerschapsverlof ga 🤰 (laatste werkdag [[d:vrijdag 25 april]]). Mijn lopende casussen gaan naar jou en [[p:Gonca]]:
• [[p:Tamara Wijnaldum]] – alles loopt, aanvragen kinderbijslag gedaan. Adres [[a:Troelstrakade 33-B]], tel [[t:06-27015593]].
• dhr [[p:Boateng]] ([[p:Isaac]]) – voedselbank geregeld, nog geen bewindvoering. [[a:Wolweverstraat 8]], [[pc:2513 LH]]. Geen eigen telefoon, bereikbaar via kerk ({{o:Ghanaian Methodist Church}}).
• fam. [[p:Jagesar]] – zie dossier [[dos:SWT-2024-2210]], CJIB-regeling.
Alles staat ook in het systeem. Tot over 4 maanden! [[p:Carla]]""",
    """Copy-paste uit mail {{o:Vestia}} (incasso):
"Geachte heer [[p:Ouattara]], op [[d:01-04-2025]] bedroeg uw huurachterstand € 1.402,00. Wij verzoeken u dit bedrag binnen 14 dagen over te maken op [[i:NL44 ABNA 0314 9379 13]] onder vermelding van huurdernummer [[dos:HN-200418733]]. Indien u niet betaalt, dragen wij de vordering over aan onze deurwaarder."
[[p:Jasmijn]]: ik denk dat dit te maken heeft met de huurverlaging door de schimmel die ze niet hebben verwerkt. Ik bel [[d:ma 7/4]] met mevrouw [[p:Sanders]] van {{o:Vestia}}. [[p:Soulo]] ([[p:Souleymane]]) is er erg van geschrokken.""",
    """Hoi [[p:Lina]] en [[p:Omar]],
Korte terugkoppeling gesprek fam. [[p:Al-Hassan]] [[d:26/3]]: [[p:Rasha]] heeft een intake bij {{o:i-psy}} op [[d:14 mei]], eerder ging niet. Tot die tijd gaat ze 1x per 2 weken naar de {{r:POH-GGZ}} ([[p:Mirjam]]). [[p:Ahmad]] wil graag vrijwilligerswerk, hij was docent wiskunde in Homs. Ik heb hem gekoppeld aan {{o:VluchtelingenWerk}} ([[p:Joke]], [[t:070-3608700]]). De kinderen, [[p:Karam]] (11) en [[p:Lujain]] (8), gaan naar {{o:OBS De Vuurtoren}}. Adres nog steeds [[a:Paul Krugerlaan 204B]], [[pc:2571 HN]]. Ze hebben als mail [[e:ahmad.alhassan.nl@gmail.com]] opgegeven. Groet, [[p:Willem]]""",
    """notulen casusoverleg huiselijk geweld [[d:27-03-2025]]
casus 1: [[p:L. El Amrani]] (geb. [[d:19-02-1990]]), [[a:Vlamingstraat 27]]. VT-dossier [[dos:VT-2025-0398]]. Contactverbod dhr loopt tot [[d:15-4]]. Mw wil terug naar de woning met kinderen. Afspraak: {{o:Veilig Thuis}} + SWT huisbezoek [[d:3/4]], {{r:wijkagent}} rijdt extra langs.
casus 2: [[p:Dewi S.]], 24, verblijft wisselend. Risicotaxatie hoog. {{o:Kessler Stichting}} regelt plek in {{o:Blijf Groep}} opvang (adres geheim!). Contact via [[p:Ineke]].
casus 3: anoniem overleg, nog geen toestemming.
Volgend overleg [[d:10 april]]""",
    """Ha [[p:Ingrid]]! Voor je dossier hierbij de gegevens van de nieuwe contactpersoon van [[p:Amira]] bij ons: ik ([[p:Pieter Verbeek]]) blijf {{r:casusregisseur}}, maar de {{r:gezinscoach}} van het {{o:CJG}} is nu [[p:Daphne Koning]], [[t:06-45017720]], [[e:d.koning@cjgdenhaag.nl]]. Ze werkt op ma, di en do. Moeder komt [[d:do 17 april]] om 8.30 op school voor het tweede gesprek, [[p:Daphne]] komt ook. Nog iets: de schoolreis van 400 euro kan via {{o:Stichting Leergeld}}. Groetjes, [[p:Pieter]]""",
    """[[p:Erik]] > team {{w:Moerwijk}}
Gisteren met {{o:Staedion}} gebeld over de flats aan de Zuidlarenstraat. Er komen 3 woningen vrij voor urgente gevallen. Wij mogen voordragen. Ik denk aan:
– [[p:Wim Storm]] (nu {{o:Leger des Heils}}), 58
– [[p:Ionela Popescu]] + dochter, nu [[a:Zusterstraat 14]]
– [[p:Goran]] en [[p:Berna Çelik]] (huidige woning te klein, [[a:Loosduinseweg 70-hs]])
Voordracht moet voor [[d:vrijdag 11 april]] bij [[p:Jeroen Koster]]. Wie heeft de zelfredzaamheidsmatrix van [[p:Storm]] ingevuld?""",
    """{{r:Wijkagent}} [[p:Driss]] 07:58: goedemorgen, vannacht om 3u brand in de meterkast van [[a:Wouwermanstraat 14]]. Niemand gewond. 9 bewoners op straat, allemaal Poolse en Roemeense werknemers. Ze zitten nu in het buurthuis. Weet iemand of jullie iemand van hen kennen?
[[p:Femke]] 08:10: ja [[p:Mariusz Nowak]] woont daar, en misschien ook [[p:Ionela]]. Ik ga er nu heen.
[[p:Driss]] 08:12: de brandweer heeft de woning verzegeld. De huurbaas, dhr. [[p:P. Schouten]] ([[t:06-24558019]]), neemt niet op
[[p:Femke]] 08:14: [[p:Schouten]]?? die is ook de huisbaas van een andere cliënt van ons ([[a:Delftselaan 41-1]]). interessant 🤔
[[p:Driss]] 08:15: noteer ik. PV [[dos:2025089901]]""",
    """berichtje van {{o:Basisschool De Kameleon}}: 
"Beste mevrouw [[p:Wessels]], [[p:Jaylen]] heeft vandaag verteld dat zijn vader gisteren voor de school stond. Moeder weet ervan. Vader ([[p:Lorenzo Hoop]]? of een andere achternaam, [[p:Lorenzo Doelwijt]] volgens onze administratie) heeft geen omgangsregeling. Wij hebben de {{r:directeur}} en de {{r:wijkagent}} ingelicht. Kunnen we morgen [[d:9 april]] om 15.15 overleggen? Met vriendelijke groet, [[p:Hester Blom]], {{r:IB'er}}, tel. [[t:070-3882419]]"
→ [[p:Joyce]] en [[p:Annemarie]] ingelicht""",
    """Aantekeningen intake [[p:Mihail Dimitrov]] [[d:do 3 april]] (Engels)
- geboren [[d:22 augustus 1996]] in Sliven, Bulgarije
- in NL sinds oktober, werkt in kassen via uitzendbureau
- woont bij [[p:Plamen]] ([[p:Plamen Georgiev]]) op [[a:Weteringkade 7 bis]], [[pc:2515 AN]]; hoofdhuurder akkoord met inschrijving
- inschrijving gemeente: afspraak [[d:23-4-2025]] 9.10 uur, Spui
- na inschrijving BSN aanvragen bij werkgever, tot die tijd RNI nr [[b:227844440]]
- bankrekening: nog Bulgaarse rekening, NL rekening bij {{o:bunq}} aangevraagd
- zorgverzekering ontbreekt!
contact: [[t:+359 88 421 7730]], mail [[e:m.dimitrov96@abv.bg]]""",
    """aan {{o:Wmo-loket}}, betreft [[dos:WMO-2025-00931]] dhr [[p:Mahabier]]:
Goedemiddag, de beschikking van dhr. [[p:S. Mahabier]] (geb. [[d:02-02-1950]], [[a:Escamplaan 12a]], [[pc:2547 GC]]) is nog niet ontvangen, terwijl de aanvraag op [[d:6 januari]] is ingediend. De wettelijke termijn is verlopen. Dhr heeft dringend een rolstoel nodig, hij zit nu in een geleende van de buurman. Kunt u laten weten wanneer de beschikking komt? Contactpersoon dochter: [[p:Sunita Mahabier]], [[t:06-11937248]].
Met vriendelijke groet, [[p:Naima El Ouardi]], {{r:maatschappelijk werker}} SWT {{w:Escamp}}""",
    """[[p:Jolanda]]: wie heeft mijn post gezien?? er lag een envelop van de rechtbank voor dhr. [[p:Brouwer]] op mijn bureau, met zaaknummer [[dos:C/09/671203 / HA RK 25-112]]. het gaat over de beschermingsbewind aanvraag. zitting is [[d:22 april 2025]] om 11.30!
[[p:Mo]]: heb ik 🙈 sorry. ik ga met hem mee naar de zitting. [[p:Riet]] (buurvrouw) wil ook mee
[[p:Jolanda]]: prima maar leg het de volgende keer in zijn postvak ajb
[[p:Mo]]: jaja mama 😇""",
    """Hallo wijkteam. Ik ben [[p:Tjitske]] van de {{o:Sociale Verzekeringsbank}}. Bel u namens mevrouw [[p:Martina]] over de AOW. Wij hebben haar dossier ([[dos:SVB/AOW/58 8812 004]]) bekeken: er zijn jaren dat zij niet verzekerd was (1978-1989, Curaçao). Zij kan aanvullende inkomensvoorziening ouderen (AIO) aanvragen. Haar geboortedatum [[d:14-04-1957]], BSN [[b:280924240]]. Ik stuur het formulier naar [[a:Vaillantlaan 45-II]], [[pc:2526 HL]]. Graag hulp bij invullen. Mijn directe lijn is 020 - 656 5800? Nee sorry, afdelingsnummer, mij bereikt u via [[e:t.hoekstra@svb.nl]].""",
    """Overdracht weekend ([[d:vr 4 april]] → [[d:ma 7 april]])
- {{o:Crisisdienst}} is ingeschakeld voor [[p:Emma de Haas]], ze is opgenomen in {{o:Parnassia}}, afdeling Kijkduin. Haar kat zit bij buurvrouw [[p:Tineke]] ([[a:Keizerstraat 119]]).
- [[p:Kofi Asante]]: verlenging {{o:nachtopvang}} t/m [[d:13-4]]. 
- [[p:Jessy]] belde op vrijdagavond: [[p:Kevin]] (partner) is veroordeeld, 4 maanden. Ze staat er alleen voor met [[p:Milan]] (2). Bellen op maandag: [[t:06-50182247]].
- Sleutel van het kantoor ligt bij [[p:Hatice]].""",
    """hoi [[p:Ruud]] dit is [[p:Sharmila]]. ik heb alles gedaan met de cjib regeling, €30 per maand via [[i:NL55 TRIO 9567 9306 38]]. het werkt! maar nu heb ik brief van {{o:DUO}} [[dos:DUO-77120455-S]] dat ik €3.800 moet terugbetalen van studie die ik niet afgemaakt. mijn geboortedatum klopt niet op de brief, staat [[d:3-11-2001]] maar ik ben [[d:3 oktober 2001]]. kan dat ook fout zijn? ik stuur foto 📸. liefs en dank""",
    """Verslag huisbezoek mw [[p:Kowalski]] [[d:di 1 april]] ([[p:Stijn]] + [[p:Fatma]])
Deur werd na 3x aanbellen geopend door kleinzoon [[p:Oskar]] (17). Mevrouw ([[p:Halina Kowalski]], 81) lag op de bank. Zij herkende ons niet. Huis rommelig, koelkast leeg, veel medicijnen los op tafel. [[p:Oskar]] zegt dat zijn moeder ([[p:Joanna]], [[t:06-49202133]]) in Breda woont en eens per maand komt. Wij hebben met toestemming de {{r:huisarts}} gebeld. {{r:Wijkverpleegkundige}} [[p:Claudia]] komt morgen. Adres voor de zekerheid: [[a:Zonnebloemstraat 129]], [[pc:2565 RM]].""",
    """Inventarisatie aanvragen bijzondere bijstand Q1 (intern, voor [[p:Annemarie]])
[[p:Amela Hodžić]] – uitvaartkosten – ingediend [[d:4-4]] – [[dos:BB-2025-20014]]
[[p:Hiwet Ghebremariam]] – inrichting – toegekend – [[dos:BB-2025-18831]]
[[p:Ahmed Tahiri]] – tandarts €640 – afgewezen [[d:12-2-2025]], bezwaar loopt – [[dos:BB-2025-09127]]
[[p:Fatiha Benali]] – bril dochter – in behandeling – [[dos:BB-2025-19500]]
Totaal 4 aanvragen, 1 toegekend, 1 afgewezen. Doorlooptijd gemiddeld 6 weken, dat is te lang volgens het team. Punt voor het overleg met de gemeente in mei.""",
    """chat met [[p:Jelle Hoekstra]] (woonboot):
[[p:Jelle]]: moi. hier [[p:jelle]] van de boot. de havenmeester zegt dat ik weg moet voor de [[d:1e van juni]] omdat de ligplaatsvergunning niet betaald is. 800 piek. heb ik niet
[[p:Koen]]: Hoi [[p:Jelle]], wat vervelend. Heb je de brief nog? Staat er een nummer op?
[[p:Jelle]]: [[dos:LPV-2025/0339]]. en de datum is [[d:28 maart]]
[[p:Koen]]: Ik kom morgen met [[p:Anja Bloem]]. Zet je de waterkoker aan? ☕
[[p:Jelle]]: jaja. kom maar na de middag, 's ochtends vis ik""",
    """[[p:Lieke]] aan [[p:Stijn]]: Ik heb net met [[p:Hülya]] ({{r:POH-GGZ}} {{o:Gezondheidscentrum Schilderswijk}}) gesproken. Ze heeft 3 patiënten die ze naar ons wil verwijzen:
1) dhr. [[p:Benchekroun]], 62, rouw + schulden, [[t:06 4128 2206]]
2) mw. [[p:Sewdien]], 45, mantelzorger voor zoon met autisme, [[t:070 - 380 21 05]]
3) jongen van 19 ([[p:Ravi]]), zwerft, slaapt soms bij zijn oom op de [[a:Hoefkade 420]]
Ze heeft van alle drie toestemming. Wil jij 1 en 2 doen, dan doe ik [[p:Ravi]]? We kunnen ze bespreken op [[d:donderdag 10/4]].""",
    """Beste {{o:Haag Wonen}}, namens mijn cliënt [[p:Ricardo Martis]] (geb. [[d:08-03-2005]]) vraag ik om inschrijving als woningzoekende met voorrang jongeren. Hij verblijft nu bij {{o:Jongerenopvang Zuid}} ([[a:Fruitweg 17]], [[pc:2525 KE]]), zijn briefadres is [[a:Mercuriusweg 21]] (via {{o:SMO}}). Hij heeft een startersbaan bij {{o:PostNL}}. Telefonisch bereikbaar: [[t:06-82271950]], mail [[e:ricardomartis05@gmail.com]]. Mocht u vragen hebben dan ben ik bereikbaar op [[t:06-30117642]].
Met vriendelijke groet,
[[p:Wouter Klaassen]], {{r:maatschappelijk werker}}""",
    """groepsapp '{{w:Mariahoeve}} 60+ netwerk' ({{o:Xtra}}, SWT, {{o:Florence}}, kerk)
[[p:Jacqueline]]: Goedemorgen! Op [[d:zaterdag 12 april]] is er weer een buurtlunch in {{o:De Kasbah}}. Wie kent er eenzame ouderen die we kunnen uitnodigen? 🍲
[[p:Gijs]]: mw [[p:Van Leeuwen]] wil graag, maar moet opgehaald worden ([[a:Ruychrocklaan 233]])
Pastor [[p:Ben]]: dhr en mw [[p:Smit]] van de {{o:Theresiakerk}} ook. Ik breng ze.
[[p:Jacqueline]]: Top! Ophalen mw [[p:Van Leeuwen]] kan [[p:Henk]] (vrijwilliger) doen, zijn nr [[t:06-52839920]]""",
    """Tijdlijn [[p:Kees Brouwer]] tbv verzoekschrift bewind (door [[p:Mo]]):
[[d:11 februari 2025]] eerste HB, woning vervuild, post ongeopend
[[d:25 februari 2025]] 2e HB, {{o:Stichting Mooi}} betrokken
[[d:10 maart 2025]] schuldenlijst: huur {{o:Haag Wonen}} €3.100, energie €1.240
[[d:19 maart 2025]] IBS-opname {{o:Parnassia}}
[[d:22 april 2025]] zitting kantonrechter
Rekeningen op naam van dhr: [[i:NL34RABO1694642114]] (betaalrekening), [[i:NL70 INGB 5925 4998 40]] (spaar, €23). BSN [[b:535818634]]. Voorgestelde {{r:bewindvoerder}}: {{o:Budget & Zo}}, mr. [[p:Postma]].""",
]
# Part 7: long, data-heavy messages (forms, copied letters, schedules) with few names
T7 = [
    """Aanvraag {{o:Noodfonds Energie}} – gegevens (ingevuld samen met cliënt op [[d:8 april]])
Naam aanvrager: [[p:H. Warsame]]
Geboortedatum: [[d:05-05-1988]]
BSN: [[b:5438.24.421]]
Adres: [[a:Calandstraat 12-3]]
Postcode/plaats: [[pc:2521AD]] Den Haag
Telefoon: [[t:06 1944 0372]]
E-mail: [[e:hodanwarsame88@gmail.com]]
Energieleverancier: {{o:Eneco}}, klantnummer [[dos:E-3319920051]]
IBAN: [[i:NL75 RABO 9319 2642 96]]
Huishouden: 1 volwassene, 3 kinderen (11, 8, 5)
Netto inkomen: € 1.712 p/m
Energiekosten: € 265 p/m, verwacht jaarverbruik 3.400 kWh en 1.450 m3
Meterstand [[d:8-4-2025]]: 48213 (dal) / 51877 (normaal) – niet invullen op het formulier, alleen voor ons""",
    """Rooster spreekuur {{o:Servicepunt XL}} {{w:Moerwijk}} – april
[[d:di 1/4]] 9-12 [[p:Joost]]
[[d:di 8/4]] 9-12 [[p:Marloes]]
[[d:di 15/4]] 9-12 [[p:Joost]] + stagiaire
[[d:di 22/4]] geen spreekuur (studiedag)
[[d:di 29/4]] 9-12 [[p:Sanne]]
Donderdagmiddag is er inloop van 13-16 uur, daar staan 2 collega's van {{o:Xtra}}. Op Goede Vrijdag en Tweede Paasdag is het servicepunt dicht. Vorige maand kwamen er gemiddeld 14 mensen per spreekuur, dus 3 uur is eigenlijk te kort. Voorstel: 9-13 uur vanaf mei.""",
    """Hee, ik stuur u de herinneringen van ziekenhuis die ik krijg op mijn telefoon want ik begrijp niet goed:
"Herinnering: u heeft een afspraak op [[d:dinsdag 15 april 2025]] om 08:45 bij Cardiologie, {{o:HMC Westeinde}}, Lijnbaan 32, route 23. Patiëntnummer [[dos:HMC-0047721983]]."
"Herinnering: bloedafname [[d:vrijdag 11 april 2025]], vanaf 07:30, nuchter komen."
Moet ik nuchter komen op de [[d:15e]] ook? En mag mijn vrouw mee? Mijn nummer is veranderd naar [[t:06-18202277]]. Groet [[p:Tomasz]]""",
    """Verhuisbericht (door cliënt gestuurd, ik zet het in het dossier):
"Lieve mensen, vanaf [[d:1 mei 2025]] woon ik niet meer op [[a:Moerweg 388]] ([[pc:2532 BV]]) maar op [[a:Erasmusweg 1211]], [[pc:2542 PN]]. Mijn telefoon blijft [[t:070-3808214]]. Bedankt voor alle hulp!"
Actie: adreswijziging doorgeven aan {{o:Wmo-loket}}, {{o:Florence}} en de {{r:bewindvoerder}}. Oude dossiernummer [[dos:SWT-2024-0017]] blijft. Nieuwe wijk valt onder team {{w:Bouwlust}}/{{w:Vrederust}}, dus overdracht na de zomer.""",
    """Uit de brief van de {{o:Belastingdienst}} die mw. meenam (alleen relevante stukken):
"Dienst Toeslagen – Voorlopige berekening huurtoeslag 2025
Datum: [[d:28 februari 2025]]
Burgerservicenummer: [[b:671 204 099]]
Wij betalen het bedrag uit op rekeningnummer [[i:NL80ASNB1019269999]].
Berekeningsnummer: [[dos:9218.44.771.H.25.01]]
U krijgt per maand € 287. Klopt uw inkomen niet? Pas dit dan aan vóór [[d:1 mei]]."
Inkomen staat op €24.800 maar ze verdient nu minder (ander contract sinds januari). Samen aanpassen in Mijn toeslagen, met DigiD van mw.""",
    """Overzicht adressen overlastaanpak {{w:Schilderswijk}}-Noord (vertrouwelijk, alleen voor het driehoeksoverleg SWT – {{o:politie}} – {{o:Haag Wonen}}):
• [[a:Hoefkade 1152]] – huurachterstand + vervuiling, bekend bij SWT
• [[a:Hoefkade 1154]] – klachten geluid, geen zorg bekend
• [[a:Vlamingstraat 27]] – HG, {{o:Veilig Thuis}} betrokken
• [[a:Vlamingstraat 31-boven]] – vermoeden woonfraude
• [[a:Parallelweg 2a]] – kamerverhuur, 7 personen ingeschreven
Volgende bespreking [[d:woensdag 16 april]], 10.00, politiebureau Jan Hendrikstraat. {{r:Wijkagent}}en graag met de meldingsnummers van de laatste 3 maanden.""",
    """[[d:2/4/25]] 09:01 - [[p:Fatma]]: Morgen is het HB bij [[a:Soesterbergstraat 41]] verplaatst naar 11u
[[d:2/4/25]] 09:03 - [[p:Stijn]]: Ok! Welke dag gaan we naar [[a:Zonnebloemstraat 129]]?
[[d:2/4/25]] 09:04 - [[p:Fatma]]: [[d:ma 14-4]], na overleg met de wijkverpleging
[[d:2/4/25]] 09:10 - [[p:Stijn]]: Prima. en [[a:Leyweg 1010]] moet ook nog, hij had [[d:25/3]] controle gemist
[[d:2/4/25]] 09:11 - [[p:Fatma]]: Daar gaat [[p:Priscilla]] [[d:do 3-4]] heen
[[d:2/4/25]] 09:12 - [[p:Stijn]]: top 👌 dan doe ik vrijdag administratie""",
    """Gegevens aanmelding {{o:Parnassia}} (via {{r:huisarts}}, SWT helpt):
Patiënt: [[p:Emma Cornelia de Haas]]
Geb.datum: [[d:29-09-1979]]
BSN: [[b:274980459]]
Adres: [[a:Keizerstraat 121]], [[pc:2584 BH]] Den Haag
Telefoon: [[t:06 3309 1184]]
Zorgverzekeraar: {{o:VGZ}}, polisnummer [[dos:VGZ-204491187]]
Huisarts: [[p:A. Lambrechts]], {{o:Huisartsenpraktijk Duinoord}}
Contactpersoon: zus [[p:Marloes de Haas]], [[t:06-40028331]]
Eerdere opnames: 2016 en 2021, beide {{o:Parnassia}} Kijkduin""",
    """Teams – {{w:Bouwlust}}/{{w:Vrederust}}
[[p:Tom]] 15:45
Even een vraag uit de praktijk: een client van mij wil zijn huur betalen aan een particuliere verhuurder en heeft nu 3x een ander rekeningnummer gekregen: [[i:NL48INGB9188172739]], daarna [[i:NL17 ABNA 9242 9700 10]] en nu een Litouws nummer. Ik vertrouw het niet. Wie heeft ervaring met zo'n huisjesmelker?
[[p:Ruud]] 15:52
Klinkt als oplichting. Meld het bij {{o:Huurteam}} en bij de {{o:Huurcommissie}}. Welk adres?
[[p:Tom]] 15:53
[[a:Weimarstraat 231]], [[pc:2562 GV]], de verhuurder noemt zich 'Vastgoed R.', telefoon [[t:+370 612 48871]]""",
    """Herinnering aan mezelf (na gesprek [[d:9 april]]):
- [[dos:URG-25-00788]] urgentie: medische verklaring is binnen, uploaden vóór de [[d:17e]]
- [[dos:WMO-2025-01017]] fam. [[p:Benali]]: huishoudelijke hulp 3 uur per week toegekend
- [[dos:SHV-25-004312]] traject loopt, gesprek [[d:15/4]] om 9u
- [[dos:LP-2025-3317]] leerplicht: zaak gesloten 🙌
- nieuwe aanmelding via [[e:aanmelding.swt.escamp@denhaag.nl]], nog niet geopend
Niet vergeten: de jaarlijkse evaluatie met {{o:MEE}} op [[d:23 april]].""",
    """dhr belde om 16.55 (ik was al bijna weg 🙄). Hij heeft een nieuwe brief van de deurwaarder: "dagvaarding, zitting kantonrechter [[d:7 mei 2025]], zaaknummer [[dos:11234567 CV EXPL 25-4412]]". Eiser: {{o:Vestia}}. Hij wil niet gaan want 'ze luisteren toch niet'. Ik heb gezegd dat hij zeker moet gaan en dat we samen een verweer maken met het {{o:Juridisch Loket}}. Afspraak [[d:ma 14 april]] 10u op kantoor. Zijn adres voor de stukken: [[a:Tapijtstraat 18]], [[pc:2531 TR]].""",
    """Gespreksnotitie {{r:Wmo-adviseur}} ([[p:Thijs]]) – keukentafelgesprek [[d:28-3-2025]]
Aanwezig: cliënt, dochter, {{r:wijkverpleegkundige}}
Situatie: 88 jaar, woont zelfstandig op 3-hoog zonder lift, valt 3-4 keer per maand. Wil niet naar een verpleeghuis.
Afspraken:
1. urgentie aanvragen voor gelijkvloerse woning ({{o:Haag Wonen}})
2. tijdelijk: trapliftonderzoek (waarschijnlijk afgewezen wegens trapbreedte)
3. personenalarmering via {{o:Florence}}
4. maaltijdservice 5 dagen
Adres: [[a:Kamperfoeliestraat 61]], [[pc:2563 TM]]. Telefoon dochter: [[t:06-27731482]].""",
    """[[d:ma 31-3]] 08:30 - [[p:Lotte]]: Goedemorgen! wie heeft er dienst bij de inloop?
[[d:ma 31-3]] 08:44 - [[p:Esra]]: ik tot 12, daarna [[p:Rob]]
[[d:ma 31-3]] 12:05 - [[p:Rob]]: ik ben er. bij de inloop iemand met een brief van de rechtbank, [[dos:C/09/672018]]. weet iemand of het bewind al is uitgesproken?
[[d:ma 31-3]] 12:07 - [[p:Lotte]]: die van [[a:Valkenboslaan 210]]? ja, uitgesproken op [[d:20 maart]]. {{r:bewindvoerder}} is {{o:Budget & Zo}}
[[d:ma 31-3]] 12:08 - [[p:Rob]]: dank! stuur ik hem door""",
    """Berichten van de {{o:Kredietbank Den Haag}} via de portal:
[[d:03-04-2025]] – Budgetbeheerrekening geopend: [[i:NL51KNAB3788851385]] (vaste lasten)
[[d:03-04-2025]] – Leefgeld: € 75 per week, elke maandag
[[d:07-04-2025]] – Eerste betaling huur € 701 uitgevoerd
[[d:10-04-2025]] – Beschikking {{o:Kredietbank}}, dossier [[dos:KBDH-2025-1447]]
[[d:14-04-2025]] – Vraag van consulent ([[p:R. Hendriks]]): graag loonstrook maart aanleveren
→ cliënt heeft geen loonstrook, werkt niet meer sinds [[d:28 februari]]. Doorgegeven.""",
    """Planning zomer en doorverwijzingen (voor teamdag)
Thema ouderen: we willen met de {{r:ouderenconsulent}}en van {{o:Xtra}} en {{o:Florence}} een vaste lijn. Contact tot nu toe alleen via [[p:Jacqueline Dekker]] ([[t:06-10947320]]).
Thema jeugd: {{o:CJG}} wil maandelijks overleg, eerste op [[d:donderdag 5 juni]].
Thema huiselijk geweld: training meldcode op [[d:12 juni]] en [[d:19 juni]], verplicht voor nieuwe collega's.
Thema {{o:bemoeizorg}}: gesprek met {{o:GGD}} over wachttijd (nu 8 weken!).
Locatie teamdag: {{o:wijkcentrum De Kasbah}}, [[d:vrijdag 27 juni]], 9-16 uur. Lunch wordt verzorgd door {{o:Stichting Mooi}}.""",
    """Verslag telefoon {{o:UWV}} (namens [[p:Bogdan]], met zijn toestemming op de speaker)
Terugvordering WW: €1.400, kenmerk [[dos:UWV-7712-0034-P]]. Reden: hij heeft in december 2 weken gewerkt en dat niet doorgegeven. Bezwaartermijn loopt tot [[d:28-04-2025]]. Betalingsregeling mogelijk vanaf €25 per maand. {{o:UWV}} stuurt nieuwe brief naar [[a:Meppelweg 1144]], [[pc:2544 GB]]. Zijn BSN ter controle: [[b:696699862]]. Telefoonnummer {{o:UWV}} dat ik kreeg: 088-8982070 (algemeen).""",
    """WhatsApp-status van {{o:Buurthuis De Mussen}} (doorgestuurd door [[p:Hatice]]):
"Aanstaande [[d:zaterdag 19 april]] paasontbijt voor alle buren 🐣 van 10-12 uur. Aanmelden bij [[p:Zohra]] [[t:06-87120455]] of via [[e:info@demussen.nl]]. Ook mensen met weinig geld zijn welkom, gratis!"
[[p:Hatice]]: misschien iets voor [[p:Hodan]] en de kinderen? en mw [[p:Yildiz]]?""",
    """voor het dossier, adreshistorie dhr [[p:Storm]] (voor aanvraag briefadres):
- t/m [[d:31-12-2023]] [[a:Koningin Emmakade 140]], [[pc:2518 RL]] (huur opgezegd na scheiding)
- jan-okt 2024 bij zijn broer, [[a:Goudenregenstraat 55]]
- nov 2024 – feb 2025 auto / slaapplekken wisselend
- sinds [[d:5-4-2025]] {{o:Leger des Heils}}, Prinsegracht
Briefadres aangevraagd bij {{o:Gemeente Den Haag}}, aanvraagnummer [[dos:BRA-25-02291]]. Geboortedatum dhr [[d:14-01-1967]]. {{o:Leger des Heils}} wil als briefadres fungeren.""",
    """Hoi [[p:Jeroen]],
Hierbij de voordracht voor een woning aan de Zuidlarenstraat. Kandidaat: [[p:W. Storm]] (geb. [[d:14-01-1967]]), BSN [[b:609417253]], thans verblijvend bij {{o:Leger des Heils}}. Inkomen: bijstand, budgetbeheer via {{o:Kredietbank}}. Begeleiding: SWT {{w:Moerwijk}} en {{o:Leger des Heils}} ambulant, minimaal 1 jaar. Contact kandidaat via [[t:06-59912306]] (prepaid) of via mij. Zelfredzaamheidsmatrix en huurdersverklaring volgen per mail.
Met vriendelijke groet,
[[p:Erik Janssen]], SWT, [[e:erik.janssen@swt-denhaag.nl]], [[t:06 - 20 48 77 19]]""",
    """Notitie over getallen in het dossier van [[p:Kwaku]], want we raakten in de war:
- klantnummer {{o:Voedselbank}}: [[dos:VB-20931]] (dat is van fam. [[p:Tekle]]! niet van hem)
- zijn eigen klantnr {{o:Voedselbank}}: [[dos:VB-21187]]
- huur: €712, servicekosten €48, huurtoeslag €231 vanaf januari
- werkt 24 uur bij schoonmaakbedrijf, €13,68 bruto per uur
- woont [[a:Dr. Lelykade 3]], [[pc:2583 CL]] sinds 2019
- geboren 1971 in Kumasi
Dus: alleen [[dos:VB-21187]] gebruiken bij de aanvraag.""",
    """Lieve collega's, vandaag [[d:10 april]] is mw [[p:Bernadina]] overleden 🕊️ Haar nicht [[p:Shirley]] belde me vanochtend. De uitvaart is [[d:donderdag 17 april]] om 11.00 in de {{o:Willibrorduskerk}}, Bosbesstraat (niet in {{w:Mariahoeve}} zoals ik eerst dacht). Wie mee wil gaan, laat het me weten. Ik stuur een kaart namens het team naar [[p:Shirley]]: [[a:Wisselwerking 28]], [[pc:1312 AB]] Almere. [[p:Ilse]]""",
]
# Part 8: extra long texts, with many numbers that are NOT personal data
T8 = [
    """Cijfers voor de kwartaalrapportage (graag checken [[p:Annemarie]]):
- 214 nieuwe aanmeldingen in Q1, waarvan 61 via huisartsen, 38 via {{o:Servicepunt XL}}, 27 via {{o:Veilig Thuis}}
- gemiddelde leeftijd cliënt 52 jaar, jongste 18, oudste 97
- 43% heeft schulden boven €10.000
- wachttijd {{o:Schuldhulpverlening}}: 6 à 7 weken
- bereikbaarheid: 070-3537000 werkt weer, 0800-nummer komt in juni
Bijzondere casus voor het verslag (geanonimiseerd!!): NIET de naam [[p:Brouwer]] en niet het adres aan de [[a:Van Speijkstraat 72]] gebruiken, gewoon 'een man van 60 in {{w:Duinoord}}'. Deadline rapportage [[d:vrijdag 18 april]].""",
    """Notities overleg met [[p:Mireille Pinas]] ({{o:Surinaamse Vrouwenvereniging Sranan}}), [[d:wo 9 april]]:
Zij ziet in de vereniging veel oudere vrouwen die niet weten dat ze recht hebben op AIO of huurtoeslag. Ze wil een informatiemiddag in {{o:wijkcentrum De Kasbah}}, graag in mei, het liefst op een zaterdag na de [[d:10e]]. Wij leveren een {{r:sociaal raadsman}} en iemand van het {{o:Wmo-loket}}. Ze vroeg ook naar haar eigen moeder (mw. [[p:Pinas]] sr., [[a:Moerweg 388]]) — die is al cliënt van ons, dus daar niets over gezegd behalve dat ze zelf kan bellen. Contact [[p:Mireille]]: [[t:06-47330925]], [[e:m.pinas@sranan-dh.nl]]""",
    """Ha [[p:Sophie]], je vroeg naar de regels rond whatsapp met cliënten. Kort: geen BSN, geen IBAN en geen medische info via whatsapp. Vandaag stuurde [[p:Mihail]] me toch weer zijn gegevens: "bsn [[b:209123175]]"?? nee dat is niet de zijne, dat is een verkeerd overgetypt nummer uit een ander dossier. Zijn echte RNI-nummer is [[b:227844440]]. Ik heb beide berichten verwijderd en het in het dossier gezet onder [[dos:SWT-2025-0309]]. Wil je het hem in het Engels nog eens uitleggen op [[d:do 17/4]]? Dank! [[p:Hamid]]""",
    """Bericht van cliënt ([[p:Gerda]], 81):
"Goedemiddag meisje. Ik heb weer bericht dat de huishoudelijke hulp stopt op [[d:30 april]], maar u zei dat het tot [[d:1 juli]] doorgaat? Wie heeft er nou gelijk. Mijn buurvrouw mevrouw [[p:Kok]] zegt dat ik bezwaar moet maken. Ik ben [[d:6 april]] geweest bij de dokter voor mijn rug, die zegt ik mag niet meer stofzuigen. Ik woon nog steeds [[a:Zeezwaluwstraat 11]], [[pc:2583 SE]] en u kunt bellen op [[t:070-3459012]] maar niet tussen 1 en 3 want dan slaap ik. Hartelijke groet, [[p:G. Vermeulen]]"
→ [[p:Marieke]]: beschikking gecheckt, het is [[d:1 juli]]. Ik bel haar morgen om 10u.""",
    """[[p:Youssef]] 10:41
Collega's, ik heb een vraag over een signaal van een moskee-bestuurder (dhr. [[p:Amrani]], niet verwant aan onze cliënt). Een gezin uit Afghanistan, [[p:Noorzai]], 6 kinderen, woont in een 2-kamerwoning aan de [[a:Fahrenheitstraat 412]]. Vader [[p:Gul Ahmad]] werkt 's nachts, moeder [[p:Parwana]] spreekt geen Nederlands, de oudste ([[p:Zarghuna]], 15) vertaalt alles. Hij vraagt of wij contact kunnen opnemen. Telefoon via de moskee: [[t:070-3602217]].
[[p:Nadia]] 10:50
Ik spreek Dari een beetje. Ik kan [[d:ma 14/4]] mee. Eerst wel toestemming vragen via die meneer 🙂""",
    """Checklist voor de nieuwe collega ([[p:Noor]]) – welke nummers horen in het dossier en welke niet:
✔ dossiernummer SWT, bv. [[dos:SWT-2024-2210]]
✔ kenmerken van instanties ({{o:CJIB}} [[dos:1000251122004873]], {{o:Wmo}} [[dos:WMO-2025-00931]])
✘ BSN alleen in het beveiligde veld, nooit in de notitie (dus niet zoals hier: [[b:566239747]] 🙈)
✘ geen pasnummers, geen pincodes
✔ telefoonnummer cliënt in het contactveld, bv. [[t:06-41872930]]
✘ niet: huisnummers van buren, namen van buren zonder reden
Vragen? Vraag [[p:Femke]] of mij. [[p:Jolanda]]""",
]
# Part 9: data-heavy forms and copied messages, few names
T9 = [
    """kladje intake (nog overzetten naar systeem, daarna weggooien!)
naam: zie dossier [[dos:SWT-2025-0412]]
geb: [[d:7 jan 1963]]
adres: [[a:Leyweg 204-B]] / [[pc:2545cj]]
tel: [[t:+31 (0)6 2094 1187]], vaste lijn [[t:0703 67 22 91]]
bsn: [[b:543 824 421]]
iban: [[i:nl17abna9242970010]]
huisarts: {{o:Gezondheidscentrum Moerwijk}}
uitkering: {{o:UWV}} WIA sinds 2021, €1.480 netto
woonsituatie: alleen, 2-kamer flat 4-hoog, lift vaak kapot
hulpvraag: administratie, eenzaamheid, 'ik kom de dag niet door'
afspraak: volgende week dinsdag (datum nog prikken) samen naar het {{o:Wmo-loket}}""",
    """Doorgestuurd sms'je van een cliënt, die wilde weten of dit echt is:
"Beste klant, uw pakket kon niet worden bezorgd op [[a:Hobbemastraat 110-A]]. Betaal €1,99 via de link om opnieuw te laten bezorgen voor [[d:16-04]]."
Afzender: [[t:+44 7700 918233]]
→ Nee, dit is phishing. Ik heb [[p:Gerda]] uitgelegd dat ze niet moet klikken en het nummer geblokkeerd. Ze had al wel haar geboortedatum ingevuld ([[d:02-10-1944]]) maar geen bankgegevens. Voor de zekerheid samen de bank gebeld; rekening [[i:NL04 INGB 9056 9701 67]] is gecontroleerd en er is niets afgeschreven.""",
    """Overzicht contactgegevens netwerk casus [[dos:SWT-2024-1187]] (alleen voor de {{r:casusregisseur}})
- moeder: [[t:06-36650281]], [[e:moeder.bouzian@gmail.com]]
- vader (geen gezag): [[t:+212 661 447 902]] (Marokko)
- {{o:Parnassia}} behandelaar: [[t:088-3573011]] (doorkiesnummer, niet algemeen)
- {{o:CJG}} {{r:jeugdconsulent}}: [[e:y.mertens@cjgdenhaag.nl]]
- school: {{o:Haags Montessori Lyceum}}, mentor, [[t:070-3238844]] (toestel 213)
- oom: [[a:Boomsluiterskade 11]], [[pc:2511 VX]]
Laatst bijgewerkt [[d:11-04-2025]], door [[p:E.K.]]""",
    """Aanvraag tegemoetkoming eigen risico (formulier gemeente, stap 2 van 4)
Burgerservicenummer: [[b:6996.30.885]]
Geboortedatum: [[d:31-12-1955]]
Straat en huisnummer: [[a:Gaslaan 5 B]]
Postcode: [[pc:2515 SZ]]
Woonplaats: Den Haag
Telefoonnummer: [[t:0612 44 70 98]]
E-mailadres: [[e:info.hr.1955@ziggo.nl]]
Rekeningnummer: [[i:NL63 ASNB 9629 3649 19]]
Zorgverzekeraar: {{o:Zilveren Kruis}}, eigen risico volledig gebruikt in 2024 (€385)
Opmerking SWT: samen ingevuld op [[d:vrijdag 11 april]], mevrouw heeft geen computer.""",
    """Logboek bereikbaarheidsdienst week 16
[[d:ma 14/4]] 17:20 – melding buurman over rook uit woning [[a:Weimarstraat 229]] → brandweer, loos alarm (pan op vuur)
[[d:di 15/4]] 19:05 – cliënt belt: 'ik wil niet meer'. {{o:Crisisdienst}} ingeschakeld, {{o:GGZ}} ging erheen. Nummer beller: [[t:06-51847736]]
[[d:wo 16/4]] geen meldingen
[[d:do 17/4]] 22:40 – {{o:politie}} vraagt info over bewoner [[a:Paul Krugerlaan 57-3]]; geen toestemming, niets gedeeld
[[d:vr 18/4]] (Goede Vrijdag) – rustig
Overgedragen aan [[p:Lieke]] op [[d:22 april]].""",
    """Overgetypte gegevens van de loonstrook (voor de bijstandsaanvraag):
Werkgever: {{o:Schoonmaakbedrijf Hofstad BV}}
Werknemer: [[p:Mensah]], [[p:K.]]
Personeelsnummer: [[dos:P-004417]]
Periode: maart 2025, uitbetaald op [[d:25-3-2025]]
BSN: [[b:424 002 346]] (klopt met zijn ID-kaart)
Bruto €1.641,60 / netto €1.302,17, 24 uur per week
Uitbetaald op [[i:NL90 ABNA 5518 6513 68]]
Adres op loonstrook nog oud: [[a:Hoefkade 98]]""",
]

# ---------------------------------------------------------------------------
# Assembly: merge message threads, strip markup, compute offsets, verify, write.
import json, os, re


def merge(lst, groups):
    """Merge consecutive messages of one conversation into a single text."""
    out, used = [], set()
    starts = {g[0]: g for g in groups}
    for i, t in enumerate(lst):
        if i in used:
            continue
        if i in starts:
            g = starts[i]
            out.append("\n\n".join(lst[j].strip() for j in g))
            used.update(g)
        else:
            out.append(t)
    return out


T2m = merge(
    T2,
    [
        (0, 1, 2),
        (3, 4),
        (6, 7, 8),
        (11, 12),
        (13, 14),
        (16, 17),
        (19, 20),
        (26, 27),
        (28, 29),
        (30, 31),
    ],
)
T3m = merge(
    T3,
    [
        (2, 3),
        (5, 6),
        (7, 8),
        (9, 10),
        (12, 13, 14),
        (15, 16),
        (17, 18),
        (20, 21),
        (24, 25),
        (26, 27),
        (28, 29),
        (34, 35),
        (36, 37),
        (38, 39),
    ],
)
T5m = merge(T5, [(20, 21)])
ALL = T1 + T2m + T3m + T4 + T5m + T6 + T7 + T8 + T9

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
MARK = re.compile(r"\[\[(p|b|t|e|i|pc|a|d|dos):(.+?)\]\]|\{\{(w|o|r):(.+?)\}\}")


def parse(src):
    src = src.strip()
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1):
            lab, txt, dst = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, dst = KEEP[m.group(3)], m.group(4), keep
        dst.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
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
    return (sum(x * (9 - i) for i, x in enumerate(d[:8])) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for k, src in enumerate(ALL):
        text, pii, keep = parse(src)
        for sp in pii + keep:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"] == sp["text"].strip(), sp
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (a, b)
        for sp in pii:
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), sp
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), sp
        assert pii, text
        rows.append({"id": "ho71-%04d" % k, "text": text, "pii": pii, "keep": keep})
    return rows


if __name__ == "__main__":
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout71.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(len(rows), "texts,", round(words / len(rows), 1), "words/text")
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", sum(kc.values()), dict(kc.most_common()))
