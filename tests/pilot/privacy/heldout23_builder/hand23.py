# 17 fully hand-written texts (markup inline)
H = [
    """Casusles: 'Roos en de bakker'
[[person:Roos]] ([[person:Bakker]] van achternaam, 71) woont al veertig jaar boven de bakker op de hoek van de Weimarstraat, in het {{wijk:Regentessekwartier}}. De bakker zelf belde ons: ze kwam geen brood meer halen. Hoop doet leven, zei hij erbij. De {{role:ouderenconsulent}} ging op [[date:dinsdag 14 mei]] langs. Mevrouw [[person:Bakker]] bleek gevallen, lag al twee dagen op de grond. Sindsdien alarmering via {{org:Florence}}. Les: winkeliers zijn goud waard als signaleerders.""",
    """Re: rozen en mantelzorg
Haha, mooi dat je de roos uit de tuin van mevrouw noemt, maar let op: in je tweede alinea staat nog gewoon '[[person:Roos de Hoop]]' en haar huisnummer ([[address:Zuidlarenstraat 61-hs]]). Wil je dat even weghalen? Verder herkenbaar verhaal, wij zien in {{wijk:Morgenstond}} hetzelfde.
groet [[person:Mei]] (wijkverpleging, {{org:Florence}})""",
    """Notulen expertmeeting bemoeizorg, [[date:18 april]]
Aanwezig: [[person:Gerrit Visser]] (GGD), [[person:Hatice Öztürk]] ({{role:SPV}}), [[person:Jan-Willem de Wit]] ({{org:Parnassia}}), [[person:Kwabena Owusu]] ({{role:ervaringsdeskundige}}), [[person:Lotte]] (notulen).
[[person:Visser]] schetst de wettelijke kaders (Wvggz). [[person:De Wit]] vraagt wat het team doet als de huisarts niet meewerkt. [[person:Owusu]]: "Eerst koffie, dan pas het gesprek." Iedereen knikt.
Volgende sessie: slotbijeenkomst in juni, datum volgt.""",
    """aant. 3/2 — [[person:fatima]] (dochter) belde. moeder (mw [[person:el idrissi]]) weer opgenomen in {{org:HMC Westeinde}}, kamer onbekend. [[person:fatima]]'s nr: [[phone:06 41 87 22 09]]. vraagt of iemand de kat eten geeft, sleutel ligt bij buurman [[person:koster]] (nr 14).""",
    """Casusles — thema jeugd (geanonimiseerd door [[person:S. Ramsaran]])
Een moeder (32) met drie kinderen uit {{wijk:Transvaal}} had een huurschuld van € 4.300 en dreigde uit huis gezet te worden. Het {{org:CJG}} en het sociaal wijkzorgteam werkten langs elkaar heen. Na een gezamenlijk gesprek in maart is er één plan gemaakt met één {{role:gezinscoach}}.
Noot van de moderator: ik heb namen en adres verwijderd. Alleen in de bijlage stond nog het dossiernummer [[dossier:SWT-TV-0318]]; ook dat is nu weg.""",
    """Hoi [[person:Soufiane]],
Zoals besproken de gegevens voor de aanvraag bijzondere bijstand:
Mw. [[person:A.M. Tavares-Lopes]]
[[address:Dierenselaan 204B]]
[[postcode:2573 HV]] Den Haag
BSN [[bsn:2836.15.096]]
rekening [[iban:NL29 INGB 0004 8127 35]]
Ze heeft me gevraagd om het via mij te laten lopen, haar Nederlands is niet goed genoeg voor de telefoon.
Dank je!
[[person:Nienke]]
{{role:maatschappelijk werker}} – {{org:Stichting MOOI}}""",
    """Wat ik deze week leerde (korte blog voor het platform)
In {{wijk:Duindorp}} kent iedereen iedereen. Dat is een kracht en een valkuil. Toen we bij de familie [[person:Storm]] binnenkwamen, wist de halve straat het binnen een uur. Meneer [[person:Storm]] ([[person:Dirk]] voor de buurt) zei later: 'jullie auto met dat logo, dat helpt niet'. Sindsdien parkeren we om de hoek bij de Westduinweg en lopen we het laatste stuk. Klein ding, groot effect.""",
    """Uit het verslag van de workshop 'Lastige gesprekken' (gegeven door [[person:Yonas Tesfamariam]] en [[person:Sahra Hirsi]] op [[date:wo 26-3]]):
- laat stiltes vallen
- herhaal wat iemand zegt ('dus u bedoelt...')
- vraag door op gevoel
Voorbeeld van [[person:Sahra]]: een Somalische vader die pas na drie gesprekken over zijn schulden durfde te praten. 'Schaamte is het grootste obstakel,' aldus [[person:Hirsi]].
Slides: op het platform onder Thema → Ouderen → Materiaal.""",
    """Doorverwijzing (ingescand, overgetypt)
Aan: sociaal wijkzorgteam {{wijk:Laak}}
Van: dr. [[person:P.J. Koning]], huisarts, {{wijk:Laakkwartier}}
Patiënt: [[person:Mehmet Kaya]], [[date:07-11-1958]]
[[address:Van Musschenbroekstraat 41-II]], [[postcode:2522 AK]]
Tel: [[phone:(070) 388 45 16]]
BSN: [[bsn:166 372 043]]
Reden: vereenzaming sinds overlijden echtgenote, alcoholgebruik neemt toe. Patiënt stemt in met contact. Graag terugkoppeling via [[email:praktijk.koning@huisartsenlaak.nl]].""",
    """Vraag uit {{wijk:Overvecht}} ({{org:Buurtteam Utrecht}}): hoe gaan jullie om met cliënten die hun schuldhulptraject steeds afbreken? Wij hebben een jonge man, laten we hem [[person:Wesley]] noemen (echte naam bekend bij ons), die al drie keer bij de {{org:Kredietbank}} is gestopt. Hij is 24, woont bij zijn oma aan de [[address:Amazonedreef 87]]. Ideeën welkom, ook per mail: [[email:buurtteam.overvecht.j.vlijter@gmail.com]] (mijn werkmail ligt plat).""",
    """Verslag kick-off [[date:22 november]] — aanvulling
Vergeten in de eerste versie: ook [[person:Ricardo Pinas]] ({{role:opbouwwerker}}, {{wijk:Spoorwijk}}) en [[person:Małgorzata Nowak]] ({{role:welzijnscoach}}, {{wijk:Bouwlust}}) zitten in de pilotgroep. Daarmee zijn we met z'n twintigen. Telefoonlijst: [[person:Ricardo]] [[phone:06-3827 1140]], [[person:Małgorzata]] [[phone:+48 601 223 984]] (Pools nummer, ze is tot [[date:1 dec.]] bij familie in Polen).""",
    """Intakesamenvatting (bijlage bij casusles, NIET anoniem – moderator graag checken)
Naam: [[person:Ghalia Al-Masri]]
Geb.: [[date:3 januari 1987]]
Gezin: man [[person:Ammar]], kinderen [[person:Yara]] (9), [[person:Omar]] (6) en [[person:Nour]] (2)
Adres: [[address:Hengelolaan 1023 bis]], [[postcode:2545 JD]]
Vluchtelingenwerk-nr: [[dossier:VW-HGL-20671]]
Hulpvraag: grotere woning, taalles, werk voor [[person:Ammar]] (was in Aleppo elektricien).""",
    """[[person:Kees]] schreef in de vorige reactie dat bemoeizorg 'niet werkt bij jongeren'. Daar ben ik het niet mee eens. Bij ons in {{wijk:Feijenoord}} hebben we een jonge vrouw (23) die pas na een halfjaar van outreachend werk met ons in gesprek ging. Tip van [[person:Khadija]] uit ons team: ga mee naar de plek waar de jongere al komt, de sportschool, de shisha-lounge, de moskee. Groet, [[person:Wendell Sno]], {{org:Kwadraad}}""",
    """Closing pilot — dankwoord van de procesbegeleider
Vier maanden geleden stonden we hier op [[date:22-11]] met 200 mensen. Nu ligt er een platform met 64 casuslessen, drie methodieken en een netwerk. Speciale dank aan [[person:Ilse van der Meer]], [[person:Brahim Chaara]], [[person:Tsvetanka Kolev]] en [[person:Quincy Martina]], die elke sessie voorbereidden. En aan [[person:Henk]], die de koffie regelde. Tot ziens bij de evaluatie op [[date:vrijdag 27 juni]].""",
    """sms'je van cliënt (doorgestuurd door [[person:Emre]]):
'goedemorgen mevr. [[person:de graaf]] ik kan vandaag niet komen mijn zoon is ziek. kan het [[date:donderdag 12de]]? groetjes [[person:Zofia]]'
→ [[person:Emre]]: afspraak verzet, [[person:Zofia Wójcik]] zelf nog even terugbellen op [[phone:0627 339 041]].""",
    """Casusles Zoetermeer, thema ouderen
Twee zussen (84 en 86) in {{wijk:Palenstein}}, allebei beginnend dement, zorgen voor elkaar. Het ging goed tot de oudste, [[person:Jacoba]], viel. De jongste, [[person:Dina]], kon de zorg niet aan. {{org:Vangnet Zoetermeer}} en de {{role:casemanager dementie}} regelden binnen een week een logeeropvang voor allebei. Dossier bij de gemeente: [[dossier:ZTM/WMO/24-0889]]. Les: zie de zussen als één huishouden, niet als twee cliënten.""",
    """Voor wie het zoekt: het nummer van de crisisdienst is het algemene nummer van {{org:Parnassia}}, niet het mobiele nummer van [[person:Marieke]] ([[phone:06 12 88 49 03]]) dat in het verslag van [[date:11 februari]] staat. Dat is haar privénummer. Moderator, wil je dat aanpassen? Bedankt! – [[person:Sjaak Verbeek]], {{role:teamleider}} {{wijk:Escamp}}""",
]
