#!/usr/bin/env python3
"""Held-out corpus 39: draft case lessons (casuslessen), reviewer comments, short lessons and titles
from a cross-team pilot of sociale wijkzorgteams. Writes heldout39.jsonl next to this script.
Markup: [[label:text]] = personal data, {{label:text}} = context that must stay readable."""

# hand-written texts, part 1 (markup: [[label:text]] = pii, {{label:text}} = keep)
HAND1 = [
    # 1
    """Titel: Via de buurvrouw naar binnen
Thema: ouderen / eenzaamheid
Wijkprofiel: {{w:Mariahoeve}}, veel alleenstaande ouderen in portiekflats zonder lift.
Probleem: mw. [[p:Riet van der Laan]] (84, geb. [[d:17-06-1940]]) woont sinds het overlijden van haar man alleen op de [[a:Burgemeester Hovylaan 142]]. Ze at slecht, opende geen post en weigerde de {{r:wijkverpleegkundige}}.
Aanleiding: derde valalarm in twee weken, melding via de {{r:huisarts}} (dr. [[p:Haasbroek]]).
Aanpak: de {{r:ouderenconsulent}} ging niet zelf aanbellen maar dronk eerst koffie bij buurvrouw [[p:Hoop]], die wel binnen mocht komen. Samen op bezoek op [[d:dinsdag 12 maart]].
Werkzame elementen: een vertrouwd gezicht, geen formulieren bij het eerste bezoek.
Wat werkte niet: de brief van het {{o:Wmo-loket}}, die bleef ongeopend liggen.
Resultaat: na zes weken thuiszorg via {{o:Florence}}, dochter [[p:Ans]] ([[t:06-41873320]]) belt nu wekelijks.
Les voor andere teams: zoek eerst uit wie er wél binnenkomt.""",
    # 2
    """Reactie op concept 'Via de buurvrouw naar binnen': mooi verhaal, maar zo kan hij nog niet door. Bij Probleem staan nog de volledige naam en de geboortedatum van mevrouw ([[p:Riet van der Laan]], [[d:17-06-1940]]) en het huisnummer. Ook het 06-nummer van de dochter moet eruit. 'De buurvrouw' is genoeg, de naam [[p:Hoop]] mag weg. {{w:Mariahoeve}} en de rol van de {{r:ouderenconsulent}} kunnen gewoon blijven staan, die maken het juist bruikbaar.
Groet, [[p:Marloes]] ({{r:facilitator}} pilot)""",
    # 3
    """Les: bij jongeren die 18 worden valt de jeugdhulp weg en staat er niemand klaar. Bij [[p:Dylan]] (18 geworden op [[d:4 februari]]) stopte de {{r:gezinsvoogd}} van {{o:Jeugdbescherming west}} van de ene op de andere dag. Wij hoorden het pas drie maanden later via zijn oma. Regel de overdracht een half jaar vóór de 18e verjaardag, met het {{o:CJG}} en de {{r:jongerenwerker}} aan tafel.""",
    # 4
    """Voorlopige titels casuslessen thema schulden (graag stemmen vóór vrijdag):
1. Meneer [[p:Kaya]] en de gele enveloppen
2. Budgetbeheer zonder bewind: wat we leerden van fam. [[p:Benali]]
3. Eerst rust, dan regelingen (ervaringen uit {{w:Moerwijk}})
4. Wie betaalt de huur van [[p:Ilham]]?
5. De {{r:schuldhulpverlener}} aan de keukentafel""",
    # 5
    """Titel: Veiligheid eerst, ook als zij blijft
Thema: huiselijk geweld
Wijkprofiel: {{w:Transvaal}}, jonge gezinnen, krappe huurwoningen, sterke sociale controle.
Doelgroep: vrouwen met kinderen die de relatie niet willen beëindigen.
Aanleiding: melding {{o:Veilig Thuis}} ([[dos:VT-2024-03318]]) na politie-inzet op [[d:23-01-2024]] op de [[a:Hoefkade 877-hs]]. Betrokkenen: [[p:Samira Azzouzi]] (31), partner [[p:Yassine]], kinderen [[p:Amira]] (6) en [[p:Noah]] (3).
Aanpak: de {{r:maatschappelijk werker}} maakte met [[p:Samira]] een veiligheidsplan, zonder te eisen dat [[p:Yassine]] vertrok. Hij kreeg een eigen {{r:ambulant begeleider}} voor agressieregulatie.
Werkzame elementen: systeemgericht werken, één gezin één plan, korte lijnen met de {{r:wijkagent}}.
Wat werkte niet: de oproep van de {{o:Raad voor de Kinderbescherming}} kwam per post, op zijn naam.
Les voor andere teams: een vrouw die blijft is geen mislukte casus.""",
    # 6
    """@[[p:Tom]]: in je concept over huiselijk geweld staat bij Aanleiding nog het VT-nummer ([[dos:VT-2024-03318]]) en het adres [[a:Hoefkade 877-hs]]. Met de voornamen van de kinderen erbij is dit gezin in {{w:Transvaal}} direct herkenbaar. Kun je er 'moeder (31), twee jonge kinderen' van maken? Verder een sterk stuk, vooral het deel over de {{r:wijkagent}}.""",
    # 7
    """Titel: Wachten bij de voordeur
Thema: bemoeizorg
Wijkprofiel: {{w:Laak}}, oude arbeiderswijk, veel kleine particuliere verhuurders.
Probleem: man van rond de 55, vervuilde woning, geen huisarts, weigert ieder contact. Zijn huisbaas (dhr. [[p:Kok]]) dreigde met ontruiming.
Aanpak: de {{r:sociaal psychiatrisch verpleegkundige}} van {{o:Parnassia}} en de {{r:welzijnscoach}} kwamen acht weken lang elke donderdag om half tien langs. Eerst alleen een briefje, later koffie op de stoep.
Werkzame elementen: voorspelbaarheid; de eerste weken niets vragen; uitstel afgesproken met de verhuurder.
Resultaat: in week negen liet [[p:Gerrit]] ons binnen. Er komt nu een schoonmaakploeg en hij is ingeschreven bij huisarts [[p:Van Houten]].
Overdraagbaarheid: goed, mits het team tijd krijgt zonder productienormen.""",
    # 8
    """Wat we leerden bij [[p:Kevin]] (LVB, 24): geen brieven meer, alleen spraakberichtjes. Zijn {{r:MEE-consulent}} [[p:Yvonne]] spreekt elke maandag in wat er die week moet gebeuren. Sinds [[d:1 oktober]] geen gemiste afspraak meer bij het {{o:UWV}}. Simpel, gratis, en het werkt ook bij andere cliënten met een licht verstandelijke beperking in de {{w:Schilderswijk}}.""",
    # 9
    """Titel: Inburgeren met een rugzak
Thema: statushouders
Wijkprofiel: {{w:Bouwlust}} en {{w:Vrederust}}, veel nieuwe statushouders in gerenoveerde flats.
Probleem: [[p:Yonas Tesfay]] (27) uit Eritrea, V-nummer [[dos:2107884512]], kreeg in 2022 een woning aan de [[a:Melis Blecklaan 61]]. Hij heeft schulden door een verkeerde toeslagaanvraag en slaapt slecht.
Aanleiding: de {{r:klantmanager}} inburgering zag dat hij drie lessen miste.
Aanpak: een {{r:ervaringsdeskundige}} uit de Eritrese gemeenschap, [[p:Senait]], ging mee naar de gesprekken. {{o:VluchtelingenWerk}} hielp met de brief van de {{o:Belastingdienst}}.
Wat werkte niet: een telefoontolk; hij durfde niet te zeggen dat hij het niet begreep.
Resultaat: de terugvordering loopt via een regeling; de slaapproblemen zijn besproken met de {{r:POH-GGZ}}.
Les: zoek iemand die de taal én de schaamte kent.""",
    # 10
    """Opmerking redactie bij 'Inburgeren met een rugzak': het V-nummer staat nog in de tekst ([[dos:2107884512]]), net als zijn volledige naam. Jonge Eritrese mannen met dit verhaal zijn er in {{w:Bouwlust}} niet zoveel, dus ook de straatnaam weg. [[p:Senait]] graag vervangen door 'een {{r:ervaringsdeskundige}}'. — [[p:Jeroen]]""",
    # 11
    """Titel: Overbelaste mantelzorger in beeld
Thema: mantelzorg
Wijkprofiel: {{w:Loosduinen}}, vergrijzend, veel koopwoningen.
Doelgroep: partners van mensen met dementie.
Aanleiding: [[p:Henk Bakker]] (79) zorgt dag en nacht voor zijn vrouw [[p:Bep]], die sinds 2021 dementie heeft. Hun zoon [[p:Marco]] belde op [[d:14-11-2023]] met het {{o:Servicepunt XL}}: 'mijn vader gaat eraan onderdoor.'
Aanpak: {{r:casemanager dementie}} en {{r:mantelzorgconsulent}} van {{o:Xtra}} samen op huisbezoek; respijt twee dagdelen per week op een dagbesteding in {{w:Kraayenstein}}.
Wat werkte niet: de indicatie via het {{o:CIZ}} duurde te lang, meneer had die maanden niet.
Resultaat: meneer [[p:Bakker]] slaapt weer, [[p:Marco]] neemt de zaterdagen over.""",
    # 12
    """Titel concept: 'Respijt voor [[p:Henk]]' -> graag anders noemen, [[p:Henk]] is herkenbaar bij de bakker en in de kerk. Voorstel: 'Respijt voor de mantelzorger'. ([[p:Anouk]], {{o:Xtra}})""",
    # 13
    """Titel: Van crisis naar rust, met de huisarts als spil
Thema: GGZ
Probleem: cliënte [[p:Shivani Jagesar]], BSN [[b:566047226]], geb. [[d:02-09-1991]], bekend met een bipolaire stoornis, stopte met haar medicatie na de verhuizing naar [[a:Zuiderparklaan 305]], [[pc:2574 HP]].
Aanleiding: moeder [[p:Sharmila]] ([[t:06 2874 1190]]) meldde dat [[p:Shivani]] nachten niet sliep en geld uitgaf aan online bestellingen.
Aanpak: de {{r:POH-GGZ}} van de praktijk van dokter [[p:Sewdien]] bleef het aanspreekpunt; het FACT-team van {{o:Parnassia}} kwam op afroep.
Werkzame elementen: één vertrouwd gezicht, familie betrokken met toestemming.
Wat werkte niet: de wachtlijst bij {{o:PsyQ}} van veertien weken.
Les voor andere teams: leg in een stabiele periode samen een signaleringsplan vast.""",
    # 14
    """Hoi [[p:Priya]], in alinea 1 staat nog het BSN van je cliënte ([[b:566047226]]). Dat mag er echt nooit in, ook niet in een concept. Verder moeten eruit: het 06-nummer van de moeder, de postcode [[pc:2574 HP]] en de naam van de huisarts. Thema en aanpak zijn heel bruikbaar voor andere teams, dus na aanpassen graag opnieuw indienen.
Groet, [[p:Wim de Groot]]""",
    # 15
    """snelle notitie voor casusles schulden: dhr [[p:ramautar]] had 23 schuldeisers, oudste vordering uit 2016. via {{o:Humanitas}} thuisadministratie de post gesorteerd in drie keukentafelgesprekken. rekeningnr [[i:NL93 ABNA 3160 0949 56]] moet er nog uit!! les: eerst overzicht, pas dan bellen met schuldeisers. {{r:schuldhulpverlener}} vond ons te langzaam, maar zonder die rust was hij afgehaakt.""",
    # 16
    """Titel: Huurachterstand bij jongvolwassene met LVB
Thema: LVB / schulden
Wijkprofiel: {{w:Schilderswijk}}
Doelgroep: jongvolwassenen (18-25) met een licht verstandelijke beperking die zelfstandig wonen.
Probleem: [[p:Jermaine Martina]] (21) woont op kamers aan de [[a:Vaillantlaan 46A]]. Huurachterstand € 2.140 bij verhuurder [[p:R. Mahabier]]. Geen bewindvoering.
Aanleiding: brief van de deurwaarder, zaak [[dos:DW-24-55817]].
Aanpak: {{r:MEE-consulent}} en {{r:jongerenwerker}} samen; verzoek beschermingsbewind bij de rechtbank; budgetplan met plaatjes.
Werkzame elementen: de {{r:jongerenwerker}} kende [[p:Jermaine]] al van het buurthuis.
Wat werkte niet: de digitale aanvraag, hij was zijn DigiD kwijt.
Resultaat: ontruiming afgewend, {{r:bewindvoerder}} [[p:Kalloe]] sinds [[d:1 juni 2024]].""",
    # 17
    """Les voor andere teams: laat een jongere met LVB nooit alleen naar de rechtbank. [[p:Jermaine]] stond op [[d:8 mei]] in de verkeerde zaal en dacht dat zijn bewind was afgewezen. Ga mee, of regel dat de {{r:jongerenwerker}} meegaat.""",
    # 18
    """Titel: Schoolverzuim als eerste signaal
Thema: jeugd
Wijkprofiel: {{w:Moerwijk}}, veel eenoudergezinnen, hoge werkloosheid.
Probleem: jongen van 15 verzuimt structureel; moeder werkt nachten in de schoonmaak.
Aanpak: {{r:leerplichtambtenaar}}, {{r:jeugdconsulent}} van het {{o:CJG}} en {{r:maatschappelijk werker}} in één gesprek, op school, op een tijdstip dat moeder uitkwam.
Werkzame elementen: één plan; de mentor (mevrouw [[p:Dekker]]) als vast aanspreekpunt.
Resultaat: verzuim gehalveerd in tien weken.
Les voor andere teams: plan het gesprek waar de ouder al is, niet op jullie kantoor.""",
    # 19
    """Bijna klaar! Alleen de naam van de mentor ([[p:Dekker]]) nog weghalen; op een middelbare school in {{w:Moerwijk}} weet iedereen dan over welke klas het gaat. De rest is netjes geanonimiseerd.""",
    # 20
    """Titel: Valpreventie zonder betutteling
Thema: ouderen
Wijkprofiel: {{w:Bezuidenhout}}, oudere bewoners in bovenwoningen met steile trappen.
Probleem: dhr. [[p:J.H. Koster]] (88) viel vier keer in een half jaar en wil niet naar een verpleeghuis.
Aanleiding: verwijzing van huisarts [[p:M. de Bruin]] ([[e:m.debruin@huisartsenbezuidenhout.nl]]), dossier SWT [[dos:2024-00713]].
Aanpak: {{r:ergotherapeut}} en {{r:wijkverpleegkundige}} keken met meneer wat hij zelf wilde: trapleuning, alarmknop, boodschappenservice.
Werkzame elementen: zijn eigen doelen centraal; zoon [[p:Peter]] regelde de traplift.
Wat werkte niet: het {{o:Wmo-loket}} wilde eerst een keukentafelgesprek terwijl alles al bekend was.
Resultaat: sinds [[d:15 april]] geen valpartijen meer.
Onderbouwing: richtlijn valpreventie; ervaring van {{o:Haagse Wijk- en Woonzorg}}.""",
    # 21
    """Titel: Financiële uitbuiting door een kleinzoon
Thema: huiselijk geweld / ouderen
Probleem: mevrouw [[p:Hatice Yıldız]] (77) gaf haar bankpas aan kleinzoon [[p:Emre]]. Van haar rekening [[i:NL48RABO9057521243]] werd in drie maanden € 6.800 opgenomen.
Aanleiding: de {{r:wijkverpleegkundige}} zag dat er geen eten in huis was.
Aanpak: gesprek in het Turks door een collega van {{o:Stichting MOOI}}; na overleg met dochter [[p:Ayşe]] een melding bij {{o:Veilig Thuis}}; de bank ingelicht.
Wat werkte niet: mevrouw wilde geen aangifte doen tegen familie.
Les: ouderenmishandeling zit vaak in geld, niet in blauwe plekken. Vraag door bij een lege koelkast.""",
    # 22
    """Reviewer 2: het IBAN bij Probleem ([[i:NL48RABO9057521243]]) en de naam van de kleinzoon ([[p:Emre]]) moeten eruit. Is 'in het Turks' samen met de leeftijd niet te veel? Laat ik aan jou. — [[p:Fenna]]""",
    # 23
    """Casusles (concept) – bemoeizorg {{w:Duindorp}}
Op [[d:vr 19/1]] belde buurman [[p:Sjaak]] ([[t:070-3541178]]) voor de derde keer: stank uit de woning van de bovenbuurman, een oud-visser die iedereen in het dorp kent. Meneer [[p:Visser]] (zo heet hij echt, ja) liet niemand binnen. Wat uiteindelijk hielp was zijn oude schipper, die wel mocht komen en de {{r:wijkverpleegkundige}} meenam. Les: in een hechte wijk zit de ingang vaak bij iemand van vroeger, niet bij een hulpverlener. Zoek die persoon op, ook als het even duurt.""",
    # 24
    """Dag [[p:Ruud]], in je Duindorp-les staat nog de naam van de cliënt, en je schrijft er zelf bij 'zo heet hij echt'. Haal die hele zin weg. Het nummer van de buurman ([[t:070-3541178]]) en de datum [[d:19/1]] ook. 'Een oud-visser' mag blijven, dat zegt iets over de wijk zonder dat hij herkenbaar wordt, denk ik. Overleg anders even met [[p:Hanneke]] van privacy.""",
    # 25
    """Titel: Eén gezin, één plan – ook als de oudste al 19 is
Thema: jeugd/jongvolwassenen
Wijkprofiel: {{w:Spoorwijk}}, jonge wijk, veel grote gezinnen.
Probleem: gezin [[p:Ouali]], vijf kinderen. [[p:Soufiane]] (19) blowt, zit thuis en heeft geen startkwalificatie. Broertje [[p:Bilal]] (14) heeft een {{r:jeugdconsulent}} bij het {{o:CJG}}; voor [[p:Soufiane]] voelde niemand zich verantwoordelijk.
Aanpak: SWT en {{o:CJG}} maakten één gezinsplan met één regisseur. De {{r:jongerenwerker}} haalde hem twee keer per week op voor het sportuur.
Wat werkte niet: doorverwijzen naar het {{o:Jongerenloket}}; hij ging er niet heen.
Resultaat: [[p:Soufiane]] zit sinds september op een entreeopleiding.
Les voor andere teams: de grens van 18 jaar bestaat in de wet, niet in een gezin.""",
]
HAND2 = [
    # 26
    """Titel: Schulden en schaamte bij een werkende vader
Thema: schulden
Wijkprofiel: {{w:Escamp}}, veel werkende armen, flexcontracten.
Probleem: [[p:Mehmet Öztürk]] (44), BSN [[b:4164.92.629]], vier kinderen, werkt via een uitzendbureau. Schuld € 31.000, beslag op zijn loon. Hij belde zelf pas toen het gas werd afgesloten.
Aanleiding: mailtje van zijn vrouw ([[e:hatice.ozturk84@hotmail.com]]) aan het {{o:Servicepunt XL}} op [[d:3-3-'24]].
Aanpak: avondspreekuur, zodat hij niet vrij hoefde te vragen; {{r:budgetcoach}} van {{o:SchuldHulpMaatje}} voor de tussentijd.
Werkzame elementen: geen oordeel, praktische hulp eerst (gas weer aan via het noodfonds).
Wat werkte niet: de standaardintake bij {{o:Schuldhulpverlening Den Haag}}: zes weken wachten op een eerste gesprek.
Les voor andere teams: werkende cliënten zie je alleen 's avonds.""",
    # 27
    """Hoi [[p:Saskia]], even snel over je schuldencasus: het mailadres van de vrouw ([[e:hatice.ozturk84@hotmail.com]]) en het BSN ([[b:4164.92.629]]) staan er nog in, en ook de precieze datum van het mailtje. Die kun je gewoon 'begin maart' maken. De les over het avondspreekuur vind ik top, mag ik die meenemen naar de expertbijeenkomst in april?
[[p:Bas]]""",
    # 28
    """Titel: Gezinshereniging en dan?
Thema: statushouders
Wijkprofiel: {{w:Moerwijk}}, veel nieuwkomers, weinig taalles in de buurt.
Probleem: na de gezinshereniging wonen [[p:Omar Haddad]], zijn vrouw [[p:Rania]] en vier kinderen met z'n zessen in een driekamerflat op de [[a:Erasmusweg 1288]], [[pc:2532CM]]. [[p:Rania]] spreekt geen Nederlands en komt de deur niet uit.
Aanleiding: signaal van de {{r:consulent statushouders}} van {{o:VluchtelingenWerk}}; contact loopt via [[t:+31 6 4109 2287]] ([[p:Omar]]).
Aanpak: vrouwengroep in het buurthuis met een Arabisch sprekende vrijwilliger, oppas geregeld door de {{r:welzijnscoach}}.
Wat werkte niet: een taalcursus in het centrum; reizen met vier kinderen lukte niet.
Resultaat: [[p:Rania]] komt sinds de zomer elke woensdag.
Les: breng het aanbod naar de flat, niet andersom.""",
    # 29
    """Titel: Moeder alleen met een zorgintensieve zoon
Thema: mantelzorg / statushouders
Wijkprofiel: {{w:Bouwlust}}
Probleem: mevrouw [[p:Zarghuna Ahmadi]] (52) uit Afghanistan zorgt alleen voor haar zoon [[p:Farid]] (23), die na een hersenbloeding in een rolstoel zit. Ze slaapt naast hem op de bank.
Aanleiding: de {{r:fysiotherapeut}} belde het SWT; mevrouw zelf vroeg nooit iets, 'hulp vragen is voor wie geen familie heeft'.
Aanpak: {{r:Wmo-adviseur}} en {{r:mantelzorgconsulent}} samen; uitleg over het pgb door een Dari sprekende collega; aanvraag aangepaste woning bij {{o:Haag Wonen}}.
Werkzame elementen: eerst erkenning van wat zij al deed.
Resultaat: pgb toegekend per [[d:01-09-2023]], dagbesteding voor [[p:Farid]] drie dagen per week.
Overdraagbaarheid: hoog, zeker in wijken met veel nieuwkomers.""",
    # 30
    """Korte les (thema jeugd): een moeder uit Somalië, [[p:Hodan Warsame]], wilde niet praten met de {{r:jeugdconsulent}}, uit angst dat haar kinderen uit huis geplaatst zouden worden. Pas toen haar zus [[p:Nasra]] erbij zat en we het gesprek bij haar thuis hielden, ging het open. Les: vraag wie iemand zelf mee wil nemen, en leg uit wat het {{o:CJG}} wel en niet doet voordat je één vraag stelt.""",
    # 31
    """Titel: Dakloze arbeidsmigrant, geen recht op niks?
Thema: bemoeizorg
Wijkprofiel: {{w:Centrum}} / {{w:Stationsbuurt}}
Probleem: [[p:Tomasz Wójcik]] (38) uit Polen, werk en kamer kwijt na een bedrijfsongeval, slaapt in een portiek bij de [[a:Stationsweg 112]]. Drinkt veel. Zus in Gdańsk: [[t:+48 601 223 874]].
Aanpak: {{r:straatveldwerker}} van de {{o:Kessler Stichting}} en een Poolse {{r:ervaringsdeskundige}} ([[p:Piotr]]) zochten hem drie avonden op. Hulp bij een terugkeertraject via {{o:Barka}}.
Wat werkte niet: de nachtopvang; hij had geen binding met Den Haag en werd niet toegelaten.
Resultaat: [[p:Tomasz]] is op [[d:12 december]] met zijn zus teruggereisd.
Les: kijk verder dan onze eigen regels; soms is terugkeer de beste zorg.""",
    # 32
    """Op verzoek van [[p:Lieke]] nog een les uit onze wijk, snel opgeschreven tussen twee huisbezoeken door:
Bulgaars gezin ([[p:Ivanov]]), zeven mensen op 40 m² in een pand van een particuliere huisjesmelker aan de [[a:Van Ostadestraat 201-1]]. Huur € 1.400 contant, geen contract. De {{r:Wmo-adviseur}} kwam er alleen binnen omdat de oudste dochter, [[p:Yordanka]], bij ons op taalles zat. {{o:Gemeente Den Haag}} (team handhaving) erbij gehaald zonder het gezin op straat te zetten. Les: eerst huisvesting regelen, dan pas handhaven, anders verlies je het vertrouwen van de hele straat.""",
    # 33
    """Titel: Geweld achter de voordeur, taal als drempel
Thema: huiselijk geweld
Doelgroep: EU-migranten zonder netwerk
Probleem: [[p:Andreea Popescu]] (29) uit Roemenië, twee kinderen, partner [[p:Florin]] slaat haar. Ze denkt dat ze zonder hem geen recht heeft op opvang of een uitkering.
Aanleiding: de {{r:verloskundige}} belde op [[d:ma 6 mei]] met de vraag wat ze moest doen; mevrouw was zeven maanden zwanger.
Aanpak: {{o:Veilig Thuis}} gaf advies, de {{r:maatschappelijk werker}} voerde het gesprek met een Roemeense tolk (nooit de partner laten tolken!). Plek in de vrouwenopvang geregeld binnen vier dagen.
Wat werkte niet: doorverwijzing naar het {{o:Juridisch Loket}}; te hoogdrempelig in deze fase.
Resultaat: bevallen in de opvang; [[p:Florin]] heeft een contactverbod sinds [[d:2 juli 2024]].
Les voor andere teams: verblijfsrecht is vaak het echte slot op de deur. Zoek het uit vóór het gesprek.""",
    # 34
    """Titel: Mevrouw [[p:Mei]] en de stille winkel
Thema: ouderen
Wijkprofiel: {{w:Centrum}}, Chinatown rond de Wagenstraat.
Probleem: mevrouw [[p:Mei Chen]] (81) woont boven de voormalige winkel van haar overleden man op de [[a:Wagenstraat 78-A]]. Ze spreekt Kantonees, haar zoon [[p:Wai-Lun]] woont in Rotterdam. Ze verloor in mei veel gewicht.
Aanpak: de {{r:ouderenadviseur}} nam een collega van {{o:Stichting Chinese Ouderen}} mee; warme maaltijd via het buurtrestaurant.
Werkzame elementen: eten als ingang, geen 'zorg'.
Wat werkte niet: een alarmknop; ze drukte er nooit op uit beleefdheid.
Resultaat: mevrouw [[p:Chen]] eet nu vier keer per week mee.
Les: in mei en juni verloor ze gewicht, pas in juli zagen wij het. Weeg mee op huisbezoek (met toestemming).""",
    # 35
    """Reviewer: titel 'Mevrouw [[p:Mei]] en de stille winkel' kan echt niet, [[p:Mei]] is haar voornaam en iedereen in de Wagenstraat kent de winkel. Adres ([[a:Wagenstraat 78-A]]) en de voornaam van de zoon ook weg. 'Chinese oudere vrouw, {{w:Centrum}}' is genoeg. Inhoudelijk: mooie les over eten als ingang! — [[p:Ingrid]], {{o:CAOP}}""",
    # 36
    """Titel: Kerk als partner in de GGZ-zorg
Thema: GGZ
Wijkprofiel: {{w:Zuiderpark}} / {{w:Moerwijk}}, sterke Ghanese kerkgemeenschap.
Probleem: [[p:Kwame Mensah]] (46) hoort stemmen, denkt dat hij vervloekt is en weigert medicatie. Zijn vrouw [[p:Akosua]] vroeg hulp aan de pastor, niet aan de huisarts.
Aanleiding: pastor [[p:Owusu]] belde de {{r:wijkagent}} na een incident in de kerk op [[d:zondag 7 januari 2024]].
Aanpak: {{r:sociaal psychiatrisch verpleegkundige}} en pastor samen in gesprek; gebed én medicatie, niet óf-óf.
Werkzame elementen: respect voor het geloof; de pastor als sleutelfiguur.
Resultaat: [[p:Kwame]] slikt zijn medicatie en gaat naar de kerk; opname via {{o:Parnassia}} niet nodig geweest.
Les: zoek de sleutelfiguur in de gemeenschap, ook als die geen hulpverlener is.""",
    # 37
    """Titel: Een jongen die niemand in het systeem had
Thema: LVB / jongvolwassenen
Probleem: [[p:Shurandy Maduro]] (20), van Curaçao, sinds anderhalf jaar in Nederland, niet ingeschreven in de BRP, slaapt bij een tante aan de [[a:Jan van der Heijdenstraat 14-II]]. Vermoedelijk LVB. Werkte zwart in een snackbar vlak bij Madurodam.
Aanpak: {{r:MEE-consulent}} deed een IQ-screening; hulp bij inschrijving en DigiD; tante [[p:Rosaria]] betrokken.
Wat werkte niet: {{o:UWV}} verwees naar de gemeente, de gemeente naar het {{o:UWV}}.
Resultaat: ingeschreven per [[d:17-10-2023]], aanvraag Wajong loopt.
Les: zonder inschrijving bestaat iemand niet voor ons systeem, wel voor de wijk.""",
    # 38
    """hoi allemaal, hierbij mijn casusles over mantelzorg bij een Hindoestaans gezin, nog niet helemaal af. Graag feedback voor donderdag!
[[p:Anjali Soekhai]] (49) zorgt naast een fulltime baan voor haar schoonmoeder mevrouw [[p:Ramsaroep]] (86), die bij hen inwoont aan de [[a:Loosduinseweg 466]]. Van een zus of broer hoeft in de familie niks te komen: 'de schoondochter zorgt'. [[p:Anjali]] is op [[d:21 sept.]] op haar werk ingestort. Wat hielp: een {{r:mantelzorgconsulent}} met dezelfde achtergrond, die met de hele familie aan tafel ging ([[p:Ravi]], haar man, vond dat eerst niks). Nu komt er twee ochtenden per week thuiszorg van {{o:Florence}}.
groet, [[p:Nadia]]""",
    # 39
    """Les (thema GGZ): vraag niet 'wilt u hulp?', maar 'waar heeft u last van?'. Meneer [[p:De Wit]] (61) wilde nooit naar de {{o:GGZ}}, maar wél iets tegen zijn slapeloosheid. Via die vraag kwam hij bij de {{r:POH-GGZ}} terecht, en zes weken later bij {{o:GGZ Delfland}}. Zijn witte bestelbus, waar hij in sliep, staat nu weer voor de deur.""",
    # 40
    """Lijst titels ingediende lessen, stand van [[d:maandag 26 februari]]:
- 'Het sleutelbos van meneer [[p:Boukhari]]' (bemoeizorg, {{w:Schilderswijk}})
- 'Twee talen, één plan' (statushouders, {{w:Vrederust}})
- 'Toen [[p:Roos]] 18 werd' (jeugd)
- 'Schulden zonder brieven' (LVB)
- 'Oma [[p:Tavares]] kookt weer' (ouderen, {{w:Scheveningen}})
Aangeleverd door [[p:Erik]] ({{r:casusregisseur}}).""",
    # 41
    """Feedback op 'Toen [[p:Roos]] 18 werd':
• alinea 1: volledige naam [[p:Roos Schipper]] en geboortedatum [[d:9-11-2005]] eruit
• alinea 2: 'haar vader [[p:Dennis]] (zit vast in {{o:PI Zoetermeer}})' is echt te herkenbaar
• alinea 3: het zaaknummer [[dos:JB-22-09134]] van {{o:Jeugdbescherming west}} eruit
• titel: [[p:Roos]] vervangen
De les zelf (overdracht {{r:gezinsvoogd}} naar SWT bij 18) is precies wat we zoeken.""",
    # 42
    """Titel: Oma kookt weer
Thema: ouderen
Wijkprofiel: {{w:Scheveningen}}, hechte Kaapverdiaanse gemeenschap rond de haven.
Probleem: mevrouw [[p:Maria da Luz Tavares]] (83) werd na de dood van haar man somber en at nauwelijks. Kleinzoon [[p:Edmilson]] belde in paniek naar het SWT ([[t:06-28850173]]).
Aanpak: de {{r:ouderenconsulent}} ontdekte dat ze jarenlang voor de hele straat kookte. Samen met {{o:Welzijn Scheveningen}} een kookmiddag in het buurthuis opgezet, waar zij de cachupa maakt.
Werkzame elementen: iemand een rol geven in plaats van een voorziening.
Resultaat: sinds [[d:vrijdag 5 april]] kookt ze elke twee weken voor 20 buurtgenoten.
Les: vraag naar wat iemand vroeger deed.""",
    # 43
    """Toestemming: de toestemmingsverklaring voor deze casusles is getekend op [[d:11-12-2023]] door mevrouw [[p:Tavares]] en staat in dossier [[dos:SWT-SCH-2023-0412]]. Het delen van de les buiten het team is besproken met kleinzoon [[p:Edmilson Lopes]], die voor haar tolkt. Let op: de les zelf moet nog geanonimiseerd worden.""",
    # 44
    """Wat we leerden over bemoeizorg: het sleutelbos. Meneer [[p:Boukhari]] (67) had 14 sleutels aan zijn bos en wist van de helft niet meer waarvan. De {{r:welzijnscoach}} ging met hem langs alle deuren in de flat op de [[a:Hoefkade 341]]. Het werd een rondje langs de buren, die hem al jaren niet meer hadden gesproken. Buurvrouw [[p:Naima]] kookt nu op vrijdag voor hem. Soms begint bemoeizorg met iets wat nergens op lijkt.""",
    # 45
    """Re: sleutelbos-les – het huisnummer [[a:Hoefkade 341]] graag verwijderen, net als de naam van de buurvrouw. 'Een meneer met een sleutelbos' is in een flat met 40 adressen ook al herkenbaar, maak er 'een oudere man' van. Verder prachtig.
[[p:Mirjam]] ({{r:wijkcoördinator}})""",
]
HAND3 = [
    # 46
    """Van: [[p:Lotte Verhoeven]]
Onderwerp: casusles bemoeizorg (concept 2)

Hoi [[p:Marloes]],

Hierbij de aangepaste versie. Ik heb de naam van meneer vervangen door 'de cliënt', maar ik twijfel over het stuk over zijn zus in Almere; zij heeft ons veel geholpen. Zou jij ernaar kunnen kijken vóór de startbijeenkomst?

Met vriendelijke groet,
[[p:Lotte Verhoeven]]
{{r:casusregisseur}} SWT {{w:Escamp}}
[[t:06-15092277]] | [[e:l.verhoeven@swt-escamp.nl]]""",
    # 47
    """Titel: Psychose bij een jonge statushouder
Thema: GGZ / statushouders
Wijkprofiel: {{w:Laak}}, veel jonge alleenstaanden in kleine studio's.
Probleem: [[p:Yousef Al-Masri]] (22), BSN [[b:385 240 570]], woont sinds 2021 alleen op de [[a:Neptunusstraat 29]], [[pc:2515 VG]]. Zijn moeder en broers wonen nog in Turkije. Hij isoleert zich, praat over 'mensen in de muur'.
Aanleiding: de huisarts, dokter [[p:Çelik]], belde na een bezoek op [[d:2024-02-29]]; de buren hadden geklaagd over geluid 's nachts.
Aanpak: {{r:SPV}} van {{o:Parnassia}} en een Arabisch sprekende {{r:welzijnscoach}} samen op huisbezoek, steeds op dezelfde tijd. Contact met zijn oom in Rijswijk ([[t:06-53317720]]).
Wat werkte niet: een opname via de crisisdienst; hij liep na twee dagen weg.
Resultaat: hij gebruikt nu medicatie en heeft dagbesteding bij {{o:Stichting Anton Constandse}}.
Les: traumasensitief werken betekent ook: zelfde mensen, zelfde tijd.""",
    # 48
    """Reactie [[p:Hanneke]] (privacy): in 'Psychose bij een jonge statushouder' staan nog: BSN ([[b:385 240 570]]), adres + postcode, de datum van het huisartsbezoek en het 06-nummer van de oom. Ook de naam van de huisarts ([[p:Çelik]]) weghalen. De combinatie 'Syrische jongen van 22, {{w:Laak}}, studio' is op zich oké, mits de straat eruit is. Graag voor [[d:15 maart]] aanpassen, dan kan hij mee in de bundel.""",
    # 49
    """Titel: Bewind als adempauze
Thema: schulden
Wijkprofiel: {{w:Regentessekwartier}}
Probleem: [[p:Sherwin Isenia]] (34), alleenstaande moeder van drie, schulden bij het {{o:CAK}}, de zorgverzekeraar en {{o:Staedion}}. Rekening: [[i:nl89 snsb 5051 4320 54]]. Haar ex betaalt geen alimentatie.
Aanleiding: aanmelding via de {{r:maatschappelijk werker}} van school; zaaknummer {{o:SHV}} [[dos:Z-2024-00891]].
Aanpak: beschermingsbewind aangevraagd; {{r:bewindvoerder}} [[p:Van Leeuwen]] nam de post over, zodat [[p:Sherwin]] weer kon slapen.
Werkzame elementen: rust eerst; de {{r:budgetcoach}} leerde haar daarna weer zelf een week budget te maken.
Wat werkte niet: een betalingsregeling met {{o:Staedion}} vóór het bewind, die brak na twee maanden.
Les: bewind is geen falen maar een adempauze.""",
    # 50
    """Titel: Oud geweld, nieuwe hulp
Thema: huiselijk geweld / ouderen
Probleem: mevrouw [[p:Emine Doğan]] (74) wordt al veertig jaar door haar man gekleineerd en soms geslagen. Nu hij dementeert, wordt hij agressiever. Kinderen ([[p:Murat]], [[p:Elif]]) wonen in Duitsland.
Aanleiding: melding van de {{r:thuiszorgmedewerker}} bij {{o:Veilig Thuis}} op [[d:12.03.2024]], melding [[dos:884-2024-VT]].
Aanpak: {{r:casemanager dementie}} en {{r:maatschappelijk werker}} samen; meneer naar dagbesteding, mevrouw eigen gesprekken in het Turks.
Wat werkte niet: scheiding voorstellen. 'Na veertig jaar ga ik niet meer weg.'
Resultaat: rustiger thuis, mevrouw heeft een eigen netwerk via de moskee.
Les: bij ouderen gaat het niet om weggaan maar om het draaglijk maken.""",
    # 51
    """Korte les bemoeizorg: bij mevrouw [[p:Agnieszka Nowak]] (58) stond de woning tot het plafond vol. Opruimen in één dag (zoals {{o:Haag Wonen}} wilde) zou haar breken. We spraken af: elke week één vuilniszak, zij kiest wat erin gaat. Na vier maanden was de keuken leeg. Les: verzamelen is geen vuiligheid maar vasthouden. Contact zus: [[t:0612847390]] (staat nog in concept, graag verwijderen voor publicatie).""",
    # 52
    """Titel: Na de AMV-voogdij: alleen op je achttiende
Thema: jeugd / statushouders
Wijkprofiel: {{w:Ypenburg}}
Probleem: [[p:Habtom Kidane]] kwam als alleenstaande minderjarige uit Eritrea. Op zijn 18e verjaardag ([[d:20 augustus 2023]]) stopte de voogdij van {{o:Nidos}} en moest hij zelfstandig wonen, op de [[a:Laan van Hoornwijck 88]].
Aanpak: {{r:jongerenwerker}} en {{r:klantmanager}} Werk & Inkomen maakten één plan; maatje via {{o:Humanitas}}.
Werkzame elementen: een vaste volwassene; sport als ingang.
Wat werkte niet: de eerste maanden geen inkomen; de uitkering kwam pas na [[d:6 november]].
Les: begin een half jaar van tevoren met de overdracht, net als bij jeugdzorg.""",
    # 53
    """Titel: De jonge mantelzorger die niemand zag
Thema: mantelzorg / jeugd
Wijkprofiel: {{w:Waldeck}}
Probleem: [[p:Sanne de Vries]] (16) zorgt voor haar moeder [[p:Ellen]], die MS heeft. Ze kookt, wast, regelt medicijnen, en haar cijfers kelderen.
Aanleiding: de {{r:zorgcoördinator}} van school belde het {{o:CJG}}; moeder zelf vond dat het 'wel ging'.
Aanpak: {{r:mantelzorgconsulent}} jonge mantelzorgers van {{o:Xtra}}; extra huishoudelijke hulp via de {{r:Wmo-adviseur}}; lotgenotengroep.
Resultaat: [[p:Sanne]] gaat weer naar hockey op dinsdag en donderdag.
Les: vraag bij elke cliënt met een chronische ziekte: wie zorgt er thuis, en hoe oud is die?""",
    # 54
    """Titel: Ouders met LVB en een baby
Thema: LVB / jeugd
Probleem: [[p:Kelly]] (23) en [[p:Mitchell]] (25), allebei LVB, kregen op [[d:31/10/2023]] een zoon. De {{r:kraamverzorgster}} maakte zich zorgen over de voeding.
Aanpak: {{r:MEE-consulent}} en {{r:jeugdverpleegkundige}} van het {{o:CJG}} kwamen om de beurt; alles met foto's en een weekplanning op de koelkast. Geen melding bij {{o:Veilig Thuis}}, wel een vrijwillig kader met duidelijke afspraken. Dossier {{o:CJG}}: [[dos:CJG-20231185]].
Wat werkte niet: folders over voeding.
Resultaat: baby groeit goed; ouders wonen nog samen met de baby op de [[a:Soestdijksekade 411]].
Les: voordoen, niet uitleggen.""",
    # 55
    """Titel: Verslaving en familie-eer
Thema: GGZ
Wijkprofiel: {{w:Transvaal}}, grote Hindoestaanse gemeenschap.
Probleem: [[p:Rajesh Ramautar]] (39) drinkt sinds zijn ontslag. Familie ontkent het probleem; zijn broer [[p:Vikash]] vangt alles op.
Aanpak: de {{r:verslavingsarts}} van {{o:Brijder}} kwam naar het wijkcentrum; gesprekken met de pandit over schaamte.
Wat werkte niet: doorverwijzen naar een kliniek buiten Den Haag.
Resultaat: [[p:Rajesh]] is sinds [[d:1 maart jl.]] in ambulante behandeling.
Les: schaamte is een groter probleem dan alcohol.""",
    # 56
    """Les statushouders (werk): [[p:Khalil Sulaiman]], apotheker in Damascus, vult hier vakken bij een supermarkt in {{w:Leidschenveen}}. Via de {{r:klantmanager}} van {{o:Werkgeversservicepunt}} kwam hij bij een apotheek als assistent. Wat hielp: diploma-waardering via {{o:IDW}}, geregeld door zijn taalcoach [[p:Marieke]]. Wat niet: het standaard re-integratietraject van het {{o:UWV}}. Les: kijk naar wat mensen al kunnen.""",
    # 57
    """Titel: Dementie en de koffiehuizen
Thema: ouderen
Wijkprofiel: {{w:Mariahoeve}}
Probleem: [[p:Hüseyin Arslan]] (80) verdwaalt steeds vaker; zijn vrouw is overleden, dochter [[p:Kübra]] werkt fulltime. Adres: [[a:Juliana van Stolberglaan 213]].
Aanleiding: de politie bracht hem op [[d:zaterdag 16 maart]] thuis; hij stond 's nachts bij het station.
Aanpak: de {{r:casemanager dementie}} legde contact met de Turkse koffiehuizen in de wijk. De eigenaren bellen [[p:Kübra]] ([[t:06-19 44 27 03]]) als hij er binnenloopt.
Werkzame elementen: de wijk zelf als vangnet; geen GPS-tracker die hij toch afdoet.
Resultaat: in drie maanden geen politie meer aan de deur.
Les: dementievriendelijk begint bij de plekken waar iemand al komt.""",
    # 58
    """Opmerkingen bij de bundel 'ouderen' (ronde 2):
> "Adres: [[a:Juliana van Stolberglaan 213]]"
Dit moet weg, samen met de naam van de dochter. 'Een man van 80 in {{w:Mariahoeve}}' is genoeg.
> "dochter [[p:Kübra]] ([[t:06-19 44 27 03]])"
Telefoonnummer eruit, naam ook.
Verder: in 'Valpreventie zonder betutteling' staat nog steeds [[p:J.H. Koster]] én zijn dossiernummer [[dos:2024-00713]]. Dat had er in ronde 1 al uit gemoeten.
— [[p:Marloes]]""",
    # 59
    """Titels ingediend door team {{w:Segbroek}}:
'De sleutel van de brievenbus' – schulden, ingediend door [[p:Gijs]]
'Mevrouw [[p:Winter]] en de kou' – ouderen, energiearmoede
'[[p:Abdi]] wil werken' – statushouders
'Niet nog een hulpverlener' – bemoeizorg
Graag voor [[d:do 4/4]] een keuze maken.""",
    # 60
    """Les over toestemming: vraag de toestemming voor een casusles apart, niet 'mee' met de gewone toestemmingsverklaring. Mevrouw [[p:Farah]] had op [[d:12 januari]] getekend voor delen binnen het team, maar wist niet dat haar verhaal ook naar andere teams zou gaan. Toen ze de les las (haar zoon [[p:Ahmed]] las hem voor), was ze boos. Terecht. Sindsdien vragen wij het met een apart formulier, en laten we de cliënt de tekst zien.""",
    # 61
    """Titel: De {{r:wijkagent}} als bondgenoot
Thema: bemoeizorg
Wijkprofiel: {{w:Moerwijk}}
Probleem: man van 60 met waanideeën, dreigt buren met een mes, weigert alle hulp. Eerder drie keer een verplichte opname.
Aanpak: {{r:wijkagent}} [[p:Ronald de Vos]] kende meneer al twintig jaar en ging mee op huisbezoek, in burger. De {{r:SPV}} bleef buiten beeld tot meneer zelf om 'die dokter' vroeg.
Werkzame elementen: bestaande relaties gebruiken; politie niet als dreiging maar als bekende.
Wat werkte niet: brieven van de {{o:GGD Haaglanden}}.
Les voor andere teams: vraag de {{r:wijkagent}} wie hij al kent.""",
    # 62
    """Titel: Beslag op beslag
Thema: schulden
Wijkprofiel: {{w:Rustenburg-Oostbroek}}
Probleem: [[p:Abena Asante]] (41), BSN [[b:266.956.178]], werkt als schoonmaakster. Drie deurwaarders legden tegelijk beslag, waardoor ze onder de beslagvrije voet uitkwam. Haar loon komt binnen op [[i:NL07 ASNB 4576 4806 30]].
Aanleiding: ze stond met dochter [[p:Ama]] bij de voedselbank; de vrijwilliger stuurde haar naar het {{o:Servicepunt XL}}.
Aanpak: de {{r:schuldhulpverlener}} liet de beslagvrije voet herberekenen en belde alle deurwaarders op één middag.
Werkzame elementen: één coördinerende deurwaarder aangewezen.
Resultaat: € 340 per maand meer om van te leven.
Les: controleer bij elk beslag de beslagvrije voet; die is vaak fout.""",
    # 63
    """Titel: Geronseld via Snapchat
Thema: LVB / jeugd
Wijkprofiel: {{w:Schilderswijk}}
Probleem: [[p:Zakaria El Khattabi]] (17), LVB, werd gebruikt als geldezel; 'vrienden' haalden zijn rekening leeg. Moeder [[p:Naima]] belde in paniek: [[t:+31(0)6-41937265]].
Aanpak: {{r:jongerenwerker}}, {{r:wijkagent}} en een {{r:gedragswetenschapper}} van {{o:Ipse de Bruggen}} samen; bank en politie ingelicht; veiligheidsplan met moeder.
Wat werkte niet: de jongen confronteren in een groot overleg; hij klapte dicht.
Resultaat: geen nieuwe transacties sinds [[d:6 jan]], aangifte loopt ([[dos:PL1500-2024012233]]).
Les: kwetsbare jongeren zien uitbuiting als vriendschap. Begin bij die vriendschap.""",
    # 64
    """Casusles huiselijk geweld, eerste versie ([[p:Jolanda]], SWT {{w:Zuiderpark}})
In het gezin [[p:Pinas]] speelt geweld al twee generaties. Oma [[p:Wilhelmina Pinas]] (geb. [[d:4-7-58]]) zei in het eerste gesprek: 'bij ons werd ook geslagen, daar word je sterk van.' De {{r:maatschappelijk werker}} ging daar niet tegenin, maar vroeg wat zij haar kleinkinderen gunt. Daarna kwam er ruimte voor een opvoedcursus via het {{o:CJG}}, waar oma zelf mee naartoe ging. Les: praat over de toekomst van de kleinkinderen, niet over het verleden van oma.""",
    # 65
    """Titel: Samen oud in een te grote woning
Thema: ouderen
Wijkprofiel: {{w:Wateringse Veld}}
Probleem: echtpaar [[p:Kromodimedjo]] (87 en 84) woont in een eengezinswoning met een steile trap. Meneer [[p:Sapar]] kan niet meer naar boven en slaapt in de woonkamer. Verhuizen willen ze niet: 'hier zijn de kinderen groot geworden.'
Aanpak: {{r:Wmo-adviseur}} en {{r:ergotherapeut}}; bed beneden, douche in de berging; contact met de Javaanse ouderensoos op dinsdag.
Resultaat: aanpassing klaar op [[d:10-06-'23]]; dochter [[p:Wartini]] ([[e:wartini.k@ziggo.nl]]) regelt de contacten.
Les: verhuizen is niet altijd het antwoord, een woning kan ook meebewegen.""",
    # 66
    """ok voor publicatie na 2 wijzigingen: (1) [[e:wartini.k@ziggo.nl]] eruit; (2) de achternaam [[p:Kromodimedjo]] is zeldzaam genoeg om in {{w:Wateringse Veld}} herkenbaar te zijn, weg ermee. De datum van de aanpassing mag 'zomer 2023' worden.
gr. [[p:Fenna]]""",
    # 67
    """Titel: Twee werelden
Thema: jeugd / huiselijk geweld
Probleem: [[p:Sediqa Rahimi]] (16) wil doorleren; haar vader wil dat ze na de zomer trouwt met een neef in Kabul. Ze vertelde het aan haar mentor, meneer [[p:Smit]].
Aanpak: {{r:aandachtsfunctionaris}} van school, {{o:Veilig Thuis}} en het {{o:Landelijk Knooppunt Huwelijksdwang en Achterlating}} samen; veiligheidsplan, paspoort in bewaring.
Wat werkte niet: een gesprek met vader zonder voorbereiding; daarna was [[p:Sediqa]] twee dagen niet op school.
Resultaat: ze woont nu bij haar tante in Delft en zit in 5 havo.
Les: bij eergerelateerd geweld nooit de familie confronteren zonder veiligheidsplan.""",
    # 68
    """Les mantelzorg: [[p:Truus]] (71) zorgde al twaalf jaar voor haar broer [[p:Kees Mulder]], die na een ongeluk hersenletsel heeft. Niemand had haar ooit gevraagd hoe het met háár ging. De {{r:mantelzorgconsulent}} deed dat op [[d:dinsdag 9 april]], en ze huilde een uur. Les: de eerste vraag aan een mantelzorger gaat over de mantelzorger.""",
    # 69
    """Titel: Trauma zonder woorden
Thema: GGZ / statushouders
Probleem: [[p:Mehret Ghebremedhin]] (33) kwam via Libië naar Nederland. Ze slaapt niet, schrikt van uniformen en komt haar woning op de [[a:Leyweg 1022]] niet uit. Contact loopt via buurvrouw [[p:Selam]] ([[t:06-47720913]]).
Aanpak: geen gesprekstherapie maar eerst een lichaamsgerichte groep bij {{o:i-psy}}; de {{r:POH-GGZ}} als vaste schakel.
Wat werkte niet: traumabehandeling met een tolk uit een andere bevolkingsgroep.
Les: vraag welke tolk iemand vertrouwt; taal is niet alleen taal.""",
    # 70
    """les 12 (bemoeizorg): niet afsluiten omdat iemand 'niet gemotiveerd' is. mw. [[p:bakker]] zei drie keer nee. de vierde keer (op [[d:14-2]]) vroeg ze zelf of we 'die aardige meneer' nog eens wilden sturen. een nee is vaak een nog-niet.""",
    # 71
    """Hoi [[p:Esther]],
Voor de casusles schulden heb ik het stuk over het noodfonds uitgeschreven. Eerlijk gezegd staat het rekeningnummer van meneer er nog in ([[i:NL15TRIO1448449067]]), omdat ik het uit de aanvraag heb gekopieerd. Kun jij dat zwart maken? Ik kom er zelf niet meer aan toe vóór de bijeenkomst van [[d:22 november]].
Groet, [[p:Kofi]] ({{r:schuldhulpverlener}}, {{w:Laak}})""",
    # 72
    """Aantekeningen brainstorm huiselijk geweld, wijkcentrum
Aanwezig: [[p:Fatma]], [[p:Joost]], [[p:Chantal]], [[p:Mustafa]] ({{r:wijkagent}}), [[p:Ilse]] ({{o:Veilig Thuis}}).
- casus [[p:Azzouzi]] als voorbeeld gebruiken? alleen geanonimiseerd!
- per team een {{r:aandachtsfunctionaris}} aanwijzen
- meldcode opfrissen, ook voor de {{r:welzijnscoach}}
- vervolg op [[d:woensdag 10 april]], 14.00 uur""",
    # 73
    """aantekening na overleg: [[p:yasmina]] belt de moeder van [[p:jayden]] terug. [[p:hassan]] (broer) niet bereikbaar op [[t:0687712490]]. dossier [[dos:#48812]] doorzetten naar {{r:casusregisseur}}. les voor later: bij jongeren altijd broer of zus betrekken, die weten meer dan ouders.""",
    # 74
    """Let op: de casusles zelf is nu schoon, maar in de bijlage (het ecogram) staan nog alle namen: [[p:Lisa]], [[p:Mark]], opa [[p:Jan Brouwer]] en zelfs de hond. Ook het adres [[a:Weimarstraat 190]] in de kop. Bijlagen gaan ook mee naar de andere teams, dus graag ook daar anonimiseren. — [[p:Jeroen]], {{o:Gemeente Den Haag}}""",
    # 75
    """Titel: Schulden door zorg voor familie ver weg
Thema: schulden / statushouders
Wijkprofiel: {{w:Vrederust}}
Probleem: [[p:Abdullahi Hirsi]] stuurt elke maand € 300 naar familie in Somalië, ook als de huur niet betaald is. Huurschuld bij {{o:Vestia}}, klantnummer [[dos:VES-558102]].
Aanpak: een {{r:budgetcoach}} met Somalische achtergrond besprak de plicht om te zorgen én de eigen kinderen; afspraak: geld voor familie pas na de vaste lasten.
Wat werkte niet: alleen een budgetplan 'van ons'.
Les: respecteer culturele plichten en zoek ruimte binnen het budget, niet ertegenin.""",
    # 76
    """Titel: Mevrouw [[p:Winter]] en de kou
Thema: ouderen / energiearmoede
Probleem: mevrouw [[p:Winter]] (90) stookte deze winter niet, uit angst voor de rekening. Binnen 14 graden. Buurman [[p:Jos]] zag haar met jas en muts op de bank zitten.
Aanpak: de {{r:ouderenconsulent}} regelde via de {{o:Energiebank}} een tegemoetkoming; {{o:Vóór Welzijn}} kwam radiatorfolie plakken.
Resultaat: de verwarming staat op 19, het voorschot is aangepast.
Les: vraag in de winter bij elk huisbezoek naar de thermostaat.""",
    # 77
    """Titel: Ontruiming voorkomen bij verzamelwoede
Thema: bemoeizorg
Probleem: dhr. [[p:Ahmet Şahin]] (63), woning [[a:Dr. Lelykade 44-A]], [[pc:2583CL]] (huurder bij {{o:Staedion}}), zo vol dat de brandweer een rapport maakte. {{o:Staedion}} startte een ontruimingsprocedure.
Aanpak: {{r:woonconsulent}}, {{r:SPV}} en de broer van meneer, [[p:Ali]], maakten een opruimplan met tussendoelen; de procedure werd aangehouden.
Wat werkte niet: een ultimatum van zes weken.
Resultaat: woning brandveilig op [[d:30 september]]; procedure ingetrokken.
Les: een aangehouden procedure is een betere stok achter de deur dan een ultimatum.""",
    # 78
    """Les 7 – LVB: mevrouw [[p:Bianca Groen]] (35) had zes verschillende hulpverleners in één jaar. Pas toen de {{r:MEE-consulent}} de regie nam en de rest op afstand bleef, ging het beter. Haar vaste dag is nu woensdag. Les: minder mensen, meer effect.""",
    # 79
    """Titel: Dagbesteding als anker
Thema: LVB / GGZ
Doelgroep: volwassenen met LVB en psychische klachten
Probleem: [[p:Dennis Vermeulen]] (42) woont zelfstandig met ambulante begeleiding ({{o:Middin}}, cliëntnr [[dos:1182934]]). Hij raakte zijn werk bij de sociale werkplaats kwijt en kwam niet meer buiten. Zijn zus [[p:Mandy]] was de enige die hem nog zag.
Aanpak: de {{r:ambulant begeleider}} zocht met hem dagbesteding op een kinderboerderij in {{w:Houtwijk}}.
Resultaat: vier dagen per week actief, minder crisiscontacten.
Les: structuur is bij LVB vaak de beste {{o:GGZ}}.""",
    # 80
    """Titel: Vader uit Aleppo
Thema: mantelzorg / statushouders
Probleem: [[p:Nour Hamwi]] (36) zorgt voor haar vader [[p:Sulaiman Hamwi]] (78), die via gezinshereniging kwam en geen volledige AOW heeft. Ze woont met hem, haar man en drie kinderen op de [[a:Troelstrakade 75]], [[pc:2531 AB]].
Aanpak: {{r:mantelzorgconsulent}} en {{r:ouderenadviseur}}; vader naar een Arabische ouderengroep in {{w:Morgenstond}}; aanvraag aanvullende inkomensvoorziening bij de {{o:SVB}}.
Les: mantelzorgers die zelf nieuwkomer zijn kennen het systeem niet; leg het één keer goed uit, op papier, in hun taal.""",
    # 81
    """Kanttekening bij 'Vader uit Aleppo': postcode [[pc:2531 AB]] en huisnummer weg, en noem haar niet bij naam ([[p:Nour]]). De opmerking over de AOW en de {{o:SVB}} is juist heel waardevol, laten staan.
[[p:Wim]]""",
    # 82
    """Les (jeugd): [[p:Lucas]] (geb. [[d:06-01-2009]]) had bij drie instanties een dossier: {{o:Jeugdbescherming west}} ([[dos:JB-21-07744]]), het {{o:CJG}} en ons SWT. Niemand wist van de andere twee. Les: vraag in het eerste gesprek altijd wie er nog meer betrokken is, en bel die mensen dezelfde week.""",
]

import random

FIRST_LAST = {
    "nl": (
        [
            "Joke",
            "Wilma",
            "Ria",
            "Kees",
            "Bram",
            "Daan",
            "Ingrid",
            "Sandra",
            "Ferry",
            "Arie",
            "Corrie",
            "Tineke",
            "Gert-Jan",
            "Mieke",
        ],
        [
            "de Jong",
            "Jansen",
            "van Dam",
            "Smits",
            "Hoogendoorn",
            "van der Berg",
            "Schouten",
            "Brouwer",
            "Vos",
            "Boer",
            "de Haan",
            "Kuipers",
            "Verbeek",
            "Prins",
        ],
    ),
    "ma": (
        [
            "Fatiha",
            "Rachid",
            "Hanane",
            "Younes",
            "Karima",
            "Mustapha",
            "Loubna",
            "Ayoub",
            "Saida",
            "Brahim",
        ],
        [
            "El Idrissi",
            "Amrani",
            "Bouchtaoui",
            "Ait Said",
            "Hamdaoui",
            "Chaouch",
            "El Ouali",
            "Tahiri",
        ],
    ),
    "tr": (
        ["Fatma", "Osman", "Zeynep", "Hakan", "Gül", "Serkan", "Nurcan", "Yusuf"],
        ["Aksoy", "Kılıç", "Polat", "Erdem", "Koç", "Güneş", "Yavuz", "Özdemir"],
    ),
    "sr": (
        ["Sunita", "Anand", "Radjesh", "Reshma", "Dewika", "Sandjai", "Glenn", "Marlon", "Ruth"],
        [
            "Bhoelai",
            "Chotkan",
            "Ramlal",
            "Jadnanansing",
            "Sitaldin",
            "Fränkel",
            "Vliet",
            "Wijngaarde",
            "Kasanpawiro",
        ],
    ),
    "an": (
        ["Jurgen", "Shakira", "Quincy", "Natasha", "Giovanni", "Suhenna"],
        ["Rojer", "Cijntje", "Girigorie", "Statie", "Wawoe", "Pieternella"],
    ),
    "cv": (
        ["Nelson", "Djamila", "Adilson", "Ivone", "Carlos"],
        ["Monteiro", "Fortes", "Évora", "Delgado", "Semedo"],
    ),
    "pl": (
        ["Katarzyna", "Marek", "Ewa", "Paweł", "Joanna", "Grzegorz"],
        ["Zieliński", "Kamiński", "Lewandowski", "Szymański", "Mazur", "Dąbrowski"],
    ),
    "bg": (
        ["Stoyan", "Desislava", "Hristo", "Milena", "Georgi"],
        ["Georgiev", "Dimitrov", "Todorov", "Kostadinov", "Petrov"],
    ),
    "ro": (
        ["Ionuț", "Mihaela", "Constantin", "Elena", "Bogdan"],
        ["Ionescu", "Dumitru", "Stan", "Lăcătuș", "Munteanu"],
    ),
    "sy": (
        ["Lina", "Ahmad", "Rasha", "Mahmoud", "Hiba", "Bashar"],
        ["Al-Hassan", "Khalil", "Hamoud", "Darwish", "Al-Rifai", "Nasser"],
    ),
    "er": (
        ["Yohannes", "Tsega", "Filmon", "Luwam", "Aman"],
        ["Tekle", "Habte", "Mebrahtu", "Gebreyesus", "Weldemariam"],
    ),
    "so": (
        ["Faduma", "Mohamud", "Ayaan", "Ismail", "Sahra"],
        ["Abdi", "Farah", "Jama", "Nur", "Osman"],
    ),
    "af": (
        ["Mirwais", "Freshta", "Hamidullah", "Mariam", "Nasir"],
        ["Karimi", "Noorzai", "Habibi", "Sultani", "Wardak"],
    ),
    "cn": (["Xiaoling", "Jun", "Hui", "Ming"], ["Wang", "Li", "Zhang", "Lin", "Wu"]),
    "gh": (
        ["Kofi", "Abena", "Yaw", "Efua", "Kwabena"],
        ["Boateng", "Appiah", "Osei", "Agyeman", "Ofori"],
    ),
}
FEMALE = set(
    "Joke Wilma Ria Ingrid Sandra Corrie Tineke Mieke Fatiha Hanane Karima Loubna Saida Fatma Zeynep Gül Nurcan Sunita Reshma Dewika Ruth Shakira Natasha Suhenna Djamila Ivone Katarzyna Ewa Joanna Desislava Milena Mihaela Elena Lina Rasha Hiba Tsega Luwam Faduma Ayaan Sahra Freshta Mariam Xiaoling Hui Abena Efua".split()
)
PROFS = [
    "Maaike",
    "Rutger",
    "Fleur",
    "Hamid",
    "Sevda",
    "Dirk",
    "Nicole",
    "Ramon",
    "Bouchra",
    "Evelien",
    "Koen",
    "Shanti",
    "Merel",
    "Thijs",
    "Latifa",
]
WIJKEN = [
    "Schilderswijk",
    "Transvaal",
    "Moerwijk",
    "Morgenstond",
    "Bouwlust",
    "Vrederust",
    "Mariahoeve",
    "Laak",
    "Spoorwijk",
    "Duindorp",
    "Scheveningen",
    "Loosduinen",
    "Waldeck",
    "Zuiderpark",
    "Regentessekwartier",
    "Stationsbuurt",
    "Bezuidenhout",
    "Ypenburg",
    "Leidschenveen",
    "Wateringse Veld",
    "Kraayenstein",
    "Houtwijk",
    "Duinoord",
    "Zeeheldenkwartier",
    "Escamp",
    "Segbroek",
    "Leyenburg",
]
STREETS = [
    "Hobbemastraat",
    "Jacob Catsstraat",
    "Paets van Troostwijkstraat",
    "De Heemstraat",
    "Vlierboomstraat",
    "Dreef",
    "Loevesteinlaan",
    "Zichtenburglaan",
    "Moerweg",
    "Lorentzplein",
    "Tollensstraat",
    "Kamperfoeliestraat",
    "Zuidlarenstraat",
    "Copernicusplein",
    "Hengelolaan",
    "Meppelweg",
    "Bachplein",
    "Schalk Burgerstraat",
    "Stuwstraat",
    "Westduinweg",
    "Prins Hendrikstraat",
    "Boekhorststraat",
    "Wolmaransstraat",
    "Rijswijkseweg",
    "Gaslaan",
    "Anna Blamanplein",
    "Elandstraat",
    "Weteringkade",
]
SUFFIXES = ["", "", "", "", "A", "B", "-hs", "-II", "-1", "-3", "C", " bis", "-a", "-bov"]
DOMAINS = [
    "hotmail.com",
    "gmail.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "outlook.com",
    "icloud.com",
    "casema.nl",
    "hotmail.nl",
    "yahoo.com",
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
MSHORT = [
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sept.",
    "okt.",
    "nov.",
    "dec.",
]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]

THEMES = {
    "jeugd/jongvolwassenen": dict(
        prob=[
            "{c} ({age}) is gestopt met school en hangt veel op straat",
            "{c} ({age}) wordt 18 en valt tussen jeugdhulp en volwassenenzorg in",
            "{c} ({age}) zit thuis na een schorsing en heeft schulden bij een telefoonprovider",
        ],
        roles=["jongerenwerker", "jeugdconsulent", "leerplichtambtenaar", "trajectbegeleider"],
        orgs=["CJG", "Jongerenloket", "Jeugdbescherming west"],
        ages=(17, 23),
        aanpak=[
            "een vaste {r1} die ook buiten kantoortijden bereikbaar was",
            "één plan met het {o1}, met de jongere zelf aan tafel",
        ],
        les=[
            "regel de overgang naar 18 ruim van tevoren",
            "laat de jongere kiezen wie zijn vaste contactpersoon wordt",
        ],
    ),
    "ouderen": dict(
        prob=[
            "{c} ({age}) vereenzaamt na het overlijden van de partner",
            "{c} ({age}) heeft beginnende dementie en vergeet rekeningen",
            "{c} ({age}) valt vaak en weigert een alarmering",
        ],
        roles=[
            "ouderenconsulent",
            "wijkverpleegkundige",
            "casemanager dementie",
            "ouderenadviseur",
        ],
        orgs=["Wmo-loket", "Florence", "Vóór Welzijn", "Sint Jacob"],
        ages=(72, 94),
        aanpak=[
            "huisbezoek door de {r1} samen met de {r2}",
            "een maatje via {o1} voor de wekelijkse wandeling",
        ],
        les=[
            "kijk wie er al over de vloer komt",
            "één vast gezicht werkt beter dan drie voorzieningen",
        ],
    ),
    "huiselijk geweld": dict(
        prob=[
            "{c} ({age}) wordt door de partner bedreigd en gecontroleerd",
            "{c} ({age}) wordt bedreigd door een ex-partner die de kinderen als drukmiddel gebruikt",
            "in het gezin van {c} ({age}) is sprake van kindermishandeling",
        ],
        roles=["maatschappelijk werker", "aandachtsfunctionaris", "wijkagent", "casusregisseur"],
        orgs=["Veilig Thuis", "Raad voor de Kinderbescherming", "CJG"],
        ages=(24, 70),
        aanpak=[
            "een veiligheidsplan met de {r1}, afgestemd met {o1}",
            "systeemgericht werken: ook de pleger kreeg hulp",
        ],
        les=[
            "maak eerst de veiligheid concreet, dan pas de hulpvraag",
            "werk niet met de pleger als tolk",
        ],
    ),
    "bemoeizorg": dict(
        prob=[
            "{c} ({age}) woont in een sterk vervuilde woning en houdt de deur dicht",
            "{c} ({age}) heeft een dreigende huisuitzetting en reageert op niets",
            "{c} ({age}) zwerft en slaapt soms in een portiek",
        ],
        roles=[
            "sociaal psychiatrisch verpleegkundige",
            "welzijnscoach",
            "woonconsulent",
            "straatveldwerker",
        ],
        orgs=["GGD Haaglanden", "Parnassia", "Kessler Stichting", "Haag Wonen"],
        ages=(35, 78),
        aanpak=[
            "vaste bezoekmomenten door de {r1}, zonder eisen",
            "afstemming met {o1} zodat de procedure werd aangehouden",
        ],
        les=[
            "herhaling en voorspelbaarheid winnen het van overtuigen",
            "zoek de ene persoon die wel binnen mag",
        ],
    ),
    "schulden": dict(
        prob=[
            "{c} ({age}) heeft betalingsachterstanden bij de huur en de zorgverzekering",
            "{c} ({age}) opent geen post meer, er ligt een stapel aanmaningen",
            "{c} ({age}) heeft beslag op de uitkering",
        ],
        roles=["schuldhulpverlener", "budgetcoach", "bewindvoerder", "klantmanager"],
        orgs=["Schuldhulpverlening Den Haag", "Humanitas", "SchuldHulpMaatje", "CAK"],
        ages=(22, 66),
        aanpak=["de post samen sorteren met de {r1} aan de keukentafel", "een adempauze via {o1}"],
        les=[
            "eerst rust, dan regelingen",
            "bel de schuldeisers samen met de cliënt, niet voor hem",
        ],
    ),
    "LVB": dict(
        prob=[
            "{c} ({age}) heeft een licht verstandelijke beperking en begrijpt de brieven van de gemeente niet",
            "{c} ({age}) wordt financieel uitgebuit door kennissen",
            "{c} ({age}) raakt steeds afspraken kwijt en dreigt de uitkering te verliezen",
        ],
        roles=["MEE-consulent", "ambulant begeleider", "gedragswetenschapper", "Wmo-adviseur"],
        orgs=["MEE", "Middin", "Ipse de Bruggen", "Philadelphia"],
        ages=(19, 48),
        aanpak=[
            "alles visueel gemaakt door de {r1}: weekplanning met foto's",
            "vaste begeleiding via {o1}",
        ],
        les=["voordoen in plaats van uitleggen", "minder hulpverleners, meer duidelijkheid"],
    ),
    "GGZ": dict(
        prob=[
            "{c} ({age}) heeft depressieve klachten en komt niet meer buiten",
            "{c} ({age}) is gestopt met medicatie en raakt verward",
            "{c} ({age}) heeft angstklachten en durft niet naar afspraken",
        ],
        roles=["POH-GGZ", "sociaal psychiatrisch verpleegkundige", "huisarts", "psychiater"],
        orgs=["Parnassia", "PsyQ", "GGZ Delfland", "i-psy"],
        ages=(21, 67),
        aanpak=[
            "de {r1} als vast aanspreekpunt, met {o1} op afroep",
            "een signaleringsplan samen met de familie",
        ],
        les=[
            "begin bij de klacht die de cliënt zelf noemt",
            "houd één vast gezicht, ook tijdens een wachtlijst",
        ],
    ),
    "statushouders": dict(
        prob=[
            "{c} ({age}) begrijpt de brieven van de {{{{o:Belastingdienst}}}} niet en heeft een terugvordering",
            "{c} ({age}) zit geïsoleerd thuis en volgt geen inburgering",
            "{c} ({age}) wil werken maar het diploma uit het land van herkomst wordt niet erkend",
        ],
        roles=["consulent statushouders", "klantmanager", "taalcoach", "welzijnscoach"],
        orgs=["VluchtelingenWerk", "IND", "COA", "UWV"],
        ages=(19, 62),
        aanpak=[
            "een {r1} met dezelfde taal ging mee naar afspraken",
            "samenwerking met {o1} over de brieven",
        ],
        les=[
            "zoek iemand die de taal én de schaamte kent",
            "leg het systeem één keer goed uit, op papier",
        ],
    ),
    "mantelzorg": dict(
        prob=[
            "{c} ({age}) zorgt alleen voor een partner met dementie en is uitgeput",
            "{c} ({age}) combineert werk en zorg voor een ouder en meldt zich ziek",
            "{c} ({age}) zorgt voor een zoon met een beperking en heeft geen tijd voor zichzelf",
        ],
        roles=[
            "mantelzorgconsulent",
            "casemanager dementie",
            "Wmo-adviseur",
            "wijkverpleegkundige",
        ],
        orgs=["Xtra", "Servicepunt XL", "Wmo-loket", "Humanitas"],
        ages=(38, 82),
        aanpak=[
            "respijtzorg geregeld door de {r1}",
            "een gesprek over de mantelzorger zelf, los van de zorgvrager",
        ],
        les=[
            "vraag de mantelzorger hoe het met hem of haar gaat",
            "respijt moet je regelen voordat het nodig is",
        ],
    ),
}
WERKTE_NIET = [
    "brieven sturen",
    "een groot overleg met alle instanties tegelijk",
    "doorverwijzen zonder warme overdracht",
    "een wachtlijst van maanden",
    "een telefonische tolk",
    "een standaardintake op kantoor",
]
TITLES = [
    "Eén vast gezicht",
    "Niet alles tegelijk",
    "Eerst koffie, dan zorg",
    "De deur op een kier",
    "Wie zorgt er voor de zorger?",
    "Rust in de post",
    "Samen naar de afspraak",
    "Het netwerk als sleutel",
    "Kleine stappen",
    "Buiten kantoortijd",
]


class Gen:
    def __init__(self, seed=39):
        self.r = random.Random(seed)

    def bsn(self):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(8)]
            if d[0] == 0:
                continue
            s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
            for c in range(10):
                if (s - c) % 11 == 0:
                    b = "".join(map(str, d)) + str(c)
                    f = r.choice(["plain", "dots", "spaces"])
                    if f == "dots":
                        return b[:4] + "." + b[4:6] + "." + b[6:]
                    if f == "spaces":
                        return b[:3] + " " + b[3:6] + " " + b[6:]
                    return b

    def iban(self):
        r = self.r
        bank = r.choice(["INGB", "ABNA", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"])
        acc = "".join(str(r.randint(0, 9)) for _ in range(10))
        n = int("".join(str(int(ch, 36)) for ch in bank + acc + "NL00"))
        ib = "NL%02d%s%s" % (98 - n % 97, bank, acc)
        f = r.random()
        if f < 0.45:
            ib = " ".join(ib[i : i + 4] for i in range(0, len(ib), 4))
        if f > 0.92:
            ib = ib.lower()
        return ib

    def phone(self):
        r = self.r
        d = "".join(str(r.randint(0, 9)) for _ in range(8))
        l = "".join(str(r.randint(0, 9)) for _ in range(7))
        return r.choice(
            [
                "06-" + d,
                "06 " + d[:2] + " " + d[2:4] + " " + d[4:6] + " " + d[6:],
                "06" + d,
                "+31 6 " + d[:4] + " " + d[4:],
                "070-" + l,
                "(070) " + l[:3] + " " + l[3:5] + " " + l[5:],
                "070 " + l[:3] + " " + l[3:],
                "+316" + d,
                "06-" + d[:4] + " " + d[4:],
            ]
        )

    def date(self, year=None):
        r = self.r
        day = r.randint(1, 28)
        m = r.randint(1, 12)
        y = year or r.choice([2023, 2024])
        fs = [
            f"{day} {MONTHS[m - 1]} {y}",
            f"{day:02d}-{m:02d}-{y}",
            f"{day}-{m}-{y}",
            f"{day}/{m}",
            f"{day} {MONTHS[m - 1]}",
            f"{day} {MSHORT[m - 1]}",
            f"{day}-{m}-'{str(y)[2:]}",
            f"{day:02d}.{m:02d}.{y}",
        ]
        if r.random() < 0.15:
            import datetime

            wd = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][
                datetime.date(y, m, day).weekday()
            ]
            return wd + " " + f"{day} {MONTHS[m - 1]}"
        return r.choice(fs)

    def bdate(self, age):
        r = self.r
        y = 2024 - age
        day = r.randint(1, 28)
        m = r.randint(1, 12)
        return r.choice(
            [
                f"{day:02d}-{m:02d}-{y}",
                f"{day}-{m}-{y}",
                f"{day} {MONTHS[m - 1]} {y}",
                f"{day:02d}/{m:02d}/{y}",
                f"{day}-{m}-'{str(y)[2:]}",
            ]
        )

    def address(self):
        r = self.r
        return f"{r.choice(STREETS)} {r.randint(1, 420)}{r.choice(SUFFIXES)}"

    def postcode(self):
        r = self.r
        n = r.randint(2491, 2597)
        l = r.choice("ABCEGHJKLMNPRSTVWXZ") + r.choice("ABCEGHJKLMNPRSTVWXZ")
        return r.choice([f"{n} {l}", f"{n}{l}", f"{n} {l}", f"{n}{l.lower()}"])

    def dossier(self):
        r = self.r
        n = r.randint
        return r.choice(
            [
                f"SWT-{r.choice([2023, 2024])}-{n(100, 9999):04d}",
                f"Z/{r.choice([23, 24])}/{n(10000, 99999)}",
                f"{r.choice([2023, 2024])}-0{n(1000, 9999)}",
                f"#{n(10000, 99999)}",
                f"GKB-24-{n(1000, 9999)}",
                f"SHV/2024/{n(100, 999)}",
                f"WMO-{n(1000000, 9999999)}",
                f"VT-{r.choice([2023, 2024])}-{n(1000, 9999)}",
            ]
        )

    def person(self):
        r = self.r
        o = r.choice(list(FIRST_LAST))
        fs, ls = FIRST_LAST[o]
        f = r.choice(fs)
        l = r.choice(ls)
        if f in FEMALE:
            if o == "pl" and l.endswith("ski"):
                l = l[:-1] + "a"
            if o == "bg":
                l = l + "a"
        return f, l, o

    def fem(self, f):
        return f in FEMALE

    def email(self, first, last):
        r = self.r
        import unicodedata

        def asc(s):
            s = s.translate(str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "ß": "ss"}))
            return (
                "".join(ch for ch in unicodedata.normalize("NFKD", s) if ord(ch) < 128)
                .lower()
                .replace(" ", "")
                .replace("-", "")
            )

        f, l = asc(first), asc(last)
        return (
            r.choice(
                [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}.{l}", f"{f}_{l}", f"{l}{f[0]}"]
            )
            + "@"
            + r.choice(DOMAINS)
        )


def K(label, s):
    return "{{%s:%s}}" % (label, s)


def P(label, s):
    return "[[%s:%s]]" % (label, s)


def form_a(g):
    r = g.r
    theme = r.choice(list(THEMES))
    T = THEMES[theme]
    f, l, o = g.person()
    age = r.randint(*T["ages"])
    wijk = r.choice(WIJKEN)
    style = r.choice(["full", "first", "mw", "lower"] if age >= 23 else ["full", "first"])
    if style == "full":
        cname = P("p", f + " " + l)
    elif style == "first":
        cname = P("p", f)
    elif style == "mw":
        cname = (
            r.choice(["mw. ", "mevrouw "]) if g.fem(f) else r.choice(["dhr. ", "meneer "])
        ) + P("p", l)
    else:
        cname = ("mw " if g.fem(f) else "dhr ") + P("p", l.lower())
    prob = r.choice(T["prob"]).format(c=cname, age=age)
    prob = prob[0].upper() + prob[1:] if not prob.startswith("[[") else prob
    r1, r2 = r.sample(T["roles"], 2)
    o1 = r.choice(T["orgs"])
    extras = []
    careless = r.sample(["bsn", "iban", "email", "addr", "phone", "dos", "bdate"], r.randint(2, 4))
    if "bdate" in careless:
        extras.append("geb. " + P("d", g.bdate(age)))
    if "bsn" in careless:
        extras.append("BSN " + P("b", g.bsn()))
    prob_line = f"Probleem: {prob}" + (" (" + ", ".join(extras) + ")" if extras else "") + "."
    lines = [f"Titel: {r.choice(TITLES)}", f"Thema: {theme}", f"Wijkprofiel: {K('w', wijk)}"]
    if r.random() < 0.5:
        lines.append(
            "Doelgroep: "
            + r.choice(
                [
                    "bewoners die zorg mijden",
                    "alleenstaanden met meerdere problemen",
                    "gezinnen met weinig netwerk",
                    "mensen die de weg niet kennen",
                ]
            )
        )
    lines.append(prob_line)
    if "addr" in careless:
        a = P("a", g.address())
        if r.random() < 0.7:
            a += ", " + P("pc", g.postcode()) + r.choice([" Den Haag", ""])
        lines.append(f"Woont: {a}.")
    rf = f
    while rf == f:
        rf, _, _ = g.person()
    if age >= 50:
        rel = (
            r.choice(["dochter", "zus", "buurvrouw", "schoondochter", "nicht"])
            if g.fem(rf)
            else r.choice(["zoon", "broer", "buurman", "neef", "schoonzoon"])
        )
    else:
        rel = (
            r.choice(["zus", "buurvrouw", "moeder", "vriendin", "tante"])
            if g.fem(rf)
            else r.choice(["broer", "buurman", "vader", "vriend", "oom"])
        )
    al = f"Aanleiding: signaal van de {K('r', r2)} op {P('d', g.date())}"
    if "phone" in careless:
        al += f"; {rel} {P('p', rf)} belde later zelf ({P('t', g.phone())})"
    if "email" in careless:
        al += f"; contact per mail via {P('e', g.email(f, l))}"
    if "dos" in careless:
        al += f"; dossiernr. {P('dos', g.dossier())}"
    lines.append(al + ".")
    ap = r.choice(T["aanpak"]).format(r1=K("r", r1), r2=K("r", r2), o1=K("o", o1))
    lines.append("Aanpak: " + ap + ".")
    if r.random() < 0.6:
        lines.append("Wat werkte niet: " + r.choice(WERKTE_NIET) + ".")
    if "iban" in careless:
        lines.append(
            r.choice(
                [
                    "Resultaat: noodfonds uitgekeerd op rekening {i}; {n} heeft weer overzicht.",
                    "Resultaat: leefgeld wordt nu wekelijks gestort op {i}, {n} komt rond.",
                    "Resultaat: eerste aflossing vanaf {i} loopt; {n} opent de post weer zelf.",
                ]
            ).format(i=P("i", g.iban()), n=P("p", f))
        )
    else:
        lines.append(
            "Resultaat: "
            + r.choice(
                [
                    "na drie maanden stabiel",
                    "hulp loopt, minder crisiscontacten",
                    "de cliënt komt zelf naar afspraken",
                ]
            )
            + "."
        )
    lines.append(
        r.choice(["Les voor andere teams: ", "Les: ", "Geleerde les: "]) + r.choice(T["les"]) + "."
    )
    if r.random() < 0.4:
        lines.append(
            "Overdraagbaarheid: "
            + r.choice(
                [
                    "goed",
                    "redelijk, vraagt tijd",
                    "hoog, geen extra budget nodig",
                    "afhankelijk van de sociale kaart",
                ]
            )
            + "."
        )
    return "\n".join(lines)


def form_b(g):
    r = g.r
    f, l, o = g.person()
    rev = r.choice(PROFS)
    auth = r.choice(PROFS)
    items = r.sample(
        ["bsn", "iban", "email", "addr", "phone", "date", "dos", "pc"], r.randint(3, 5)
    )
    out = [
        f"Checklist anonimisering – concept '{r.choice(TITLES)}' (ingediend door {P('p', auth)}, {K('w', r.choice(WIJKEN))})",
        f"[x] naam cliënt: {P('p', f + ' ' + l) if r.random() < 0.6 else P('p', l)} staat nog in alinea {r.randint(1, 3)}",
    ]
    for it in items:
        if it == "bsn":
            out.append(f"[x] BSN in Probleem: {P('b', g.bsn())}")
        if it == "iban":
            out.append(f"[x] rekeningnummer bij Resultaat ({P('i', g.iban())})")
        if it == "email":
            out.append(f"[x] mailadres familie: {P('e', g.email(*g.person()[:2]))}")
        if it == "addr":
            out.append(f"[x] adres {P('a', g.address())} bij Aanleiding")
        if it == "phone":
            out.append(
                f"[x] telefoonnummer {r.choice(['dochter', 'zoon', 'buurman', 'zus'])}: {P('t', g.phone())}"
            )
        if it == "date":
            out.append(f"[x] geboortedatum {P('d', g.bdate(r.randint(20, 90)))}")
        if it == "dos":
            out.append(f"[x] zaaknummer {P('dos', g.dossier())}")
        if it == "pc":
            out.append(f"[x] postcode {P('pc', g.postcode())}")
    out.append(
        f"[ ] rollen ({K('r', r.choice(['wijkverpleegkundige', 'casusregisseur', 'maatschappelijk werker', 'Wmo-adviseur']))}) en organisaties ({K('o', r.choice(['Veilig Thuis', 'GGD Haaglanden', 'Servicepunt XL', 'MEE']))}) mogen blijven"
    )
    out.append(r.choice(["Groet, ", "– ", "Namens de redactie, "]) + P("p", rev))
    return "\n".join(out)


def form_c(g):
    r = g.r
    f, l, o = g.person()
    age = r.randint(20, 88)
    head = r.choice(
        [
            "NB: onderstaande gegevens stonden onderaan het concept en moeten eruit:",
            "Contactgegevens (alleen voor intern gebruik, NIET in de les):",
            "Gegevens cliënt (per ongeluk meegekopieerd uit het registratiesysteem):",
        ]
    )
    rows = [f"Naam: {P('p', l + ', ' + f) if r.random() < 0.3 else P('p', f + ' ' + l)}"]
    items = r.sample(["bdate", "addr", "phone", "email", "bsn", "iban", "dos"], r.randint(3, 6))
    for it in ["bdate", "addr", "phone", "email", "bsn", "iban", "dos"]:
        if it not in items:
            continue
        if it == "bdate":
            rows.append(f"Geb.datum: {P('d', g.bdate(age))}")
        if it == "addr":
            rows.append(f"Adres: {P('a', g.address())}, {P('pc', g.postcode())} Den Haag")
        if it == "phone":
            rows.append(f"Tel: {P('t', g.phone())}")
        if it == "email":
            rows.append(f"E-mail: {P('e', g.email(f, l))}")
        if it == "bsn":
            rows.append(f"BSN: {P('b', g.bsn())}")
        if it == "iban":
            rows.append(f"IBAN: {P('i', g.iban())}")
        if it == "dos":
            rows.append(f"Dossier: {P('dos', g.dossier())}")
    if r.random() < 0.5:
        cf = f
        while cf == f:
            cf, cl, _ = g.person()
        rows.append(
            f"Contactpersoon: {P('p', cf)} ({r.choice(['dochter', 'zus', 'buurvrouw']) if g.fem(cf) else r.choice(['zoon', 'broer', 'buurman'])}), {P('t', g.phone())}"
        )
    tail = f"Betrokken: {K('r', r.choice(['casusregisseur', 'wijkverpleegkundige', 'MEE-consulent', 'schuldhulpverlener', 'ouderenconsulent']))} {P('p', r.choice(PROFS))}, {K('w', r.choice(WIJKEN))}."
    return head + "\n" + "\n".join(rows) + "\n" + tail


def generate(n_a=18, n_b=10, n_c=10, seed=39):
    g = Gen(seed)
    out = []
    for _ in range(n_a):
        out.append(form_a(g))
    for _ in range(n_b):
        out.append(form_b(g))
    for _ in range(n_c):
        out.append(form_c(g))
    return out


# ---------------------------------------------------------------- build
import json, os, re, collections

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
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def strip(marked):
    out = []
    pii = []
    keep = []
    pos = 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += len(marked[pos : m.start()])
        if m.group(1):
            lab, txt, tgt = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, tgt = KEEP[m.group(3)], m.group(4), keep
        tgt.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(x) * w for x, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    return int("".join(str(int(c, 36)) for c in d[4:] + d[:4])) % 97 == 1


def main():
    import random

    texts = [("hand", t) for t in HAND1 + HAND2 + HAND3] + [("gen", t) for t in generate()]
    random.Random(3939).shuffle(texts)
    rows = []
    cnt = collections.Counter()
    kcnt = collections.Counter()
    words = 0
    ngen = 0
    for i, (kind, marked) in enumerate(texts):
        text, pii, keep = strip(marked)
        assert not re.search(r"\[\[|\]\]|\{\{|\}\}", text), text
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (a, b)
        for s in spans:
            assert (
                text[s["start"] : s["end"]] == s["text"]
                and s["text"] == s["text"].strip()
                and s["text"]
            ), s
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, text
        cnt.update(s["label"] for s in pii)
        kcnt.update(s["label"] for s in keep)
        words += len(text.split())
        ngen += kind == "gen"
        rows.append({"id": "ho39-%04d" % i, "text": text, "pii": pii, "keep": keep})
    assert ngen * 3 <= len(rows)
    for lab in PII.values():
        assert cnt[lab] >= 15, (lab, cnt[lab])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout39.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    tot = sum(cnt.values())
    print(out, len(rows), "texts (", ngen, "generated ), avg words %.1f" % (words / len(rows)))
    print("pii", dict(cnt.most_common()), "total", tot, "person share %.2f" % (cnt["person"] / tot))
    print("keep", dict(kcnt.most_common()))


if __name__ == "__main__":
    main()
