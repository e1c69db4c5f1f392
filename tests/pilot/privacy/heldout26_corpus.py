#!/usr/bin/env python3
"""Held-out corpus 26: hand-written wijkteam texts. Markup: [[x:...]] pii, {{x:...}} keep."""

import json, os, re

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

T.append("""Casusles – bemoeizorg bij een zorgmijdende man in {{w:Transvaal}}

Meneer [[p:Karimi]] (58) werd in het voorjaar door de {{r:wijkagent}} bij ons gemeld. Hij woonde al jaren op de [[a:Paul Krugerlaan 114-II]] en had sinds de dood van zijn vrouw [[p:Soraya]] niemand meer binnengelaten. Onze {{r:maatschappelijk werker}} [[p:Ingrid]] is zes weken lang elke dinsdag even langs geweest, alleen om te groeten. Pas op [[d:14 mei]] deed hij open. Les: geef het tijd, en laat één vast gezicht komen. Via de huisarts is later alsnog een verwijzing naar {{o:Parnassia}} gekomen.""")

T.append("""Hoi allemaal, even een vraag aan de groep. Wie heeft ervaring met {{o:Stichting Urgente Noden}} voor een koelkast? Mw [[p:de hoop]] (dossier [[k:SWT-24-0318]]) zit al sinds [[d:2 september]] zonder. Ze heeft geen buffer, de {{r:budgetcoach}} van {{o:Schuldhulpmaatje}} is ermee bezig maar dat duurt. Tips welkom!
Gr, [[p:Yvonne]]""")

T.append("""notitie huisbezoek [[d:di 12/3]]
dhr [[p:pawlak]] thuis, dochter [[p:kasia]] tolkte. achterstand huur ca 2 mnd bij {{o:Haag Wonen}}. tel dochter [[t:06 2841 9937]]. afspraak gemaakt met {{o:Servicepunt XL}} {{w:Moerwijk}} voor formulieren. bsn staat in brief: [[b:322335188]]. volgende keer samen met [[p:Ruud]] ({{r:Wmo-consulent}}).""")

T.append("""Van: [[p:Naima el Khattabi]] <[[e:n.elkhattabi@wijkteam-escamp.nl]]>
Aan: {{o:Veilig Thuis Haaglanden}}
Onderwerp: melding – onze ref. [[k:VT-2024-0912]]

Beste collega,

Hierbij zoals telefonisch besproken de aanvullende gegevens. Moeder: [[p:Chantal Martina]], geboren [[d:07-11-1989]], wonend [[a:Zuidlarenstraat 61]], [[pc:2545 VK]] Den Haag. Zoon [[p:Jayden]] (9) zit op een school in {{w:Bouwlust}}. Vader [[p:R. Girigorie]] heeft een contactverbod.

Met vriendelijke groet,
[[p:Naima el Khattabi]]
{{r:Casusregisseur}} {{o:Sociaal Wijkzorgteam}} {{w:Escamp}}
T [[t:070 - 353 86 12]]""")

T.append(
    """Wat ik van deze casus geleerd heb: vraag altijd door naar de mantelzorger. Bij mevrouw [[p:Roos]] in {{w:Mariahoeve}} dachten we dat haar buurvrouw alles deed, maar die bleek zelf net geopereerd. Onze {{r:casemanager dementie}} [[p:Petra van Leeuwen]] heeft toen dagbesteding geregeld bij {{o:Florence}}. [[p:Roos]] is een mooie naam, maar ook een sterke vrouw: ze wilde per se thuis blijven. Dat is gelukt, met hulp van {{o:Humanitas}} en drie buren."""
)

T.append("""Notulen MDO {{w:Schilderswijk}}, [[d:woensdag 8 januari]]
Aanwezig: [[p:Said]] ({{r:MEE-consulent}}), [[p:Hanneke Visser]] ({{r:wijkverpleegkundige}}), [[p:Jeroen]] ({{r:casusregisseur}}), [[p:F. Öztürk]] ({{o:GGZ}}).
1. Casus [[k:2025-00147]]: dhr. [[p:Bakker]], LVB, schulden. Bewindvoering aangevraagd, rekening [[i:NL72 RABO 9058 0610 04]] wordt beheerrekening.
2. Casus fam. [[p:Ouali]]: geen nieuws, [[p:Hanneke]] belt.
Volgende MDO: [[d:22-01]].""")

T.append("""Re: huisvesting na detentie

Eens met [[p:Marco]]. Wij hadden vorig jaar een vergelijkbare situatie, meneer kwam uit de PI en stond op [[d:vrijdag 3 november]] letterlijk met een vuilniszak op de stoep bij het wijkcentrum. Wat hielp: direct contact met {{o:Leger des Heils}} en de {{r:trajectbegeleider}} van {{o:Reclassering Nederland}}. Naam van de contactpersoon daar is [[p:Dewi Ramsaransing]], [[t:06-49120375]]. Zeg maar dat je van [[p:Anouk]] komt.""")

T.append(
    """Aanmelding via huisarts dr. [[p:Bruinsma]] ({{o:Gezondheidscentrum Zuidwest}}). Cliënt: [[p:Tesfay Haile]], Eritrese statushouder, sinds 2021 in Nederland. Woont met twee kinderen op [[a:Dierenselaan 40A]]. BSN [[b:5036.03.661]]. Vraag: eenzaamheid, taal, post niet begrepen. Er ligt een aanmaning van het {{o:CJIB}}. Eerste gesprek gepland op [[d:18-02-2025]] met tolk via {{o:Vluchtelingenwerk}}."""
)

T.append(
    """Even kort: mw [[p:yilmaz]] belde net, ze wil het gesprek van morgen verzetten. nieuw nr [[t:0687215544]]. Kan iemand van {{w:Laak}} haar terugbellen? Ik zit de hele middag bij {{o:Kessler Stichting}}. -[[p:Bram]]"""
)

T.append("""Casusbeschrijving voor de themagroep huiselijk geweld

Een jonge moeder, [[p:Ana Lopes Tavares]] (Kaapverdiaans), meldde zich bij het {{o:Servicepunt XL}} in {{w:Transvaal}}. Haar partner [[p:Nelson]] controleerde haar telefoon en geld. Zij had een eigen rekening geopend ([[i:NL29ABNA8653653763]]) zonder dat hij het wist. Samen met de {{r:aandachtsfunctionaris huiselijk geweld}} hebben we een veiligheidsplan gemaakt. Op [[d:1 april 2024]] is ze met de kinderen naar de {{o:Blijf Groep}} gegaan. Les: de eerste vraag ging over geld, niet over geweld. Luister naar wat eronder zit.""")

T.append("""Beste [[p:Wouter]],

Dank voor je snelle reactie. Ik stuur je de machtiging van mevrouw [[p:Kooistra-de Wit]] apart toe. Haar bewindvoerder is [[p:S. Mahabier]] van {{o:Bewindvoering Haaglanden}}, bereikbaar via [[e:s.mahabier@bewind-haaglanden.nl]]. Uitkeringsnummer bij de {{o:SVB}}: [[k:AOW-771204]].

Hartelijke groet,
[[p:Lieke Koster]]
{{r:ouderenconsulent}} | {{o:Welzijn Scheveningen}}
[[t:(070) 416 22 90]]""")

T.append(
    """Dag 3 van de pilot. Mooie sessie met [[p:Carla]] en [[p:Mohamed]] over vraaggericht werken. Wat me bijbleef: in {{w:Moerwijk}} werken ze met een vaste {{r:welzijnscoach}} per portiek. [[p:Mohamed]] vertelde over een man die eerst 'nee' zei tegen alles, tot de coach merkte dat hij duiven hield. Daarover kwam het gesprek op gang. Vanaf toen kwam hij elke donderdag naar de koffie in het {{o:buurthuis De Mussen}}."""
)

T.append("""Overdracht naar {{w:Segbroek}}:
- cliënt [[p:Jan-Willem Hoogendijk]], geb. [[d:19 augustus 1961]]
- adres [[a:Fahrenheitstraat 233]], [[pc:2561DG]]
- bsn [[b:714 823 405]]
- tel [[t:+31 6 1094 3378]]
- dossiernr [[k:WZT/2023/1187]]
Loopt bij {{o:Brijder Verslavingszorg}}, {{r:behandelaar}} [[p:Ellen]]. Woonbegeleiding via {{o:Limor}} gestopt per 1e van deze maand.""")

T.append(
    """Ik wil graag iets delen uit {{w:Duindorp}}. Daar kennen mensen elkaar al generaties, dus iedereen weet alles. Een vrouw, [[p:Bep Spaans]], wilde absoluut niet dat de buren zagen dat de {{r:wijkverpleegkundige}} kwam. We hebben toen afgesproken dat [[p:Joyce]] in gewone kleren kwam en aan de achterkant aanbelde. Klein ding, groot verschil. Sinds [[d:15-9-2023]] krijgt ze nu dagelijks zorg van {{o:Zorg aan Zee}}."""
)

T.append(
    """@[[p:Priya]] heb je het formulier voor de {{o:Voedselbank}} al rond voor fam. [[p:Chaudhry]]? Inkomensgegevens staan in het dossier ([[k:#50213]]). Rekeningnr is [[i:NL53 SNSB 5070 3666 17]]. Aanmelding moet voor [[d:vrijdag 28/6]] binnen zijn."""
)

T.append("""Gespreksverslag [[d:4 maart '25]]
Aanwezig: cliënt [[p:Lucas Wit]], zijn broer [[p:Thijs]], ik ({{r:Wmo-adviseur}}).
Dhr. [[p:Wit]] heeft na een herseninfarct moeite met traplopen. Hij woont op driehoog, [[a:Van Ostadestraat 12-III]]. Aanvraag traplift afgewezen, verhuisindicatie wordt onderzocht met {{o:Staedion}}. Broer [[p:Thijs]] doet boodschappen, is zelf overbelast. Doorverwezen naar {{o:Mantelzorg Den Haag}} voor respijtzorg.""")

T.append(
    """Hallo [[p:Esra]], hier de gegevens die je vroeg. Meneer heet [[p:Dimitar Georgiev]], Bulgaars, werkt via een uitzendbureau in het Westland. Slaapt met vijf man op [[a:Hoefkade 807 bis]]. Geen BSN-registratie op dit adres, wel een oud nummer: [[b:668594792]]. Kun je kijken of {{o:Barka}} hem kan spreken? Zijn werkgever dreigt met ontslag. Groetjes, [[p:Tom]]"""
)

T.append(
    """Les voor collega's: schakel op tijd de {{r:sociaal raadslid}} in. Bij mevrouw [[p:Hassan]] (Somalische achtergrond, {{w:Bouwlust}}) hebben we maanden gedacht dat het toeslagprobleem vanzelf zou oplossen. Pas toen {{o:Sociaal Raadslieden Den Haag}} erbij kwam, bleek dat er sinds [[d:01-01-2022]] een terugvordering liep. Haar dochter [[p:Hodan]] had alle brieven bewaard in een schoenendoos. Tip: vraag naar de schoenendoos!"""
)

T.append("""Verzonden vanaf mijn iPhone

Hoi, kleine update. Was vanochtend bij [[p:Kees de Boer]]. Deur stond open, hij lag op de bank, verward. Huisarts Dr. [[p:Amrani]] komt vanmiddag. Zoon [[p:Martijn]] gebeld op [[t:06-55 31 20 84]], komt morgen uit Groningen. Meld het ook bij de {{r:wijkagent}} want het is al de derde keer. gr. [[p:Hans]]""")

T.append("""Terugkoppeling intake [[k:ZW-2025-03311]]
Naam: [[p:Wiktoria Nowak]]
Geboortedatum: [[d:30.06.1994]]
Adres: [[a:Jacob Catsstraat 150]], [[pc:2521 GT]] Den Haag
E-mail: [[e:wikinowak94@gmail.com]]
IBAN: [[i:NL47TRIO0346876818]]
Situatie: alleenstaand, zwanger, geen huisarts. Verwezen naar {{o:CJG}} en {{o:Jeugd Gezondheidszorg}}. {{r:Jeugdverpleegkundige}} neemt contact op.""")

T.append(
    """Vraag over privacy: mogen we de toestemmingsverklaring ook digitaal laten tekenen? [[p:Sanne]] van het team {{w:Centrum}} zegt dat {{o:DigiD}} nodig is, maar veel van onze cliënten hebben dat niet. Bijvoorbeeld meneer [[p:Hoop]], die heeft geen eens een mailadres. Wie weet hoe dat bij {{o:gemeente Den Haag}} geregeld is?"""
)

T.append("""Re: Re: Re: dagbesteding

Ik heb [[p:Gerrit]] gisteren even gesproken. Hij wil wel naar {{o:De Hoogte}} maar niet op maandag, dan komt zijn dochter [[p:Mei]]. Ze woont in {{w:Loosduinen}}. Heb haar nummer: [[t:0651238870]]. Ik zou het via haar regelen, ze is heel betrokken. En laat [[p:Gerrit]] de vervoerspas zelf aanvragen bij het {{o:Wmo-loket}}, dat vindt hij belangrijk.
[[p:Fenna]]""")

T.append("""Wat werkte in deze casus

Een Syrisch gezin in {{w:Moerwijk}}, vader [[p:Abdulrahman Al-Hamwi]], moeder [[p:Rasha]], vier kinderen. Schulden bij de energieleverancier, de oudste [[p:Omar]] (17) was degene die alle post las. We hebben bewust [[p:Omar]] niet meer als tolk ingezet. De {{r:schuldhulpverlener}} van {{o:Schuldhulp Den Haag}} kwam met een Arabisch sprekende vrijwilliger. Aanmelding liep onder [[k:SHV-20240877]]. Belangrijk: kinderen zijn geen tolk.""")

T.append("""Geachte heer [[p:Verhoeven]],

Naar aanleiding van ons gesprek op [[d:maandag 17 juni]] bevestig ik dat het {{o:Sociaal Wijkzorgteam}} {{w:Scheveningen}} de regie heeft over de zorg rond uw moeder, mevrouw [[p:A.M. Verhoeven-Kuiper]], [[a:Badhuisstraat 88]]. De {{r:casemanager dementie}} neemt na de zomer contact met u op.

Met vriendelijke groet,
drs. [[p:H.J. Smit]]
{{r:teamleider}}
[[e:hj.smit@denhaag.nl]]""")

T.append(
    """kort: bij [[p:fatma]] geweest (huisbezoek), situatie stabiel. rekening nog steeds geblokkeerd, bank is {{o:ING}}, nr [[i:NL52INGB7958456234]]. loopt via bewindvoerder. volgende week [[d:do 9 okt]] weer."""
)

T.append(
    """Mijn les uit {{w:Spoorwijk}}: een LVB-cliënt begrijpt 'beschikking' niet. [[p:Kevin]] (29) had een brief van het {{o:UWV}} gekregen en dacht dat hij ontslagen was. Hij is toen drie dagen niet naar zijn werk gegaan en ís daardoor bijna ontslagen. De {{r:MEE-consulent}} [[p:Astrid Bosman]] heeft met hem een briefjesmap gemaakt: groen is goed nieuws, rood is bellen met [[p:Astrid]]. Eenvoudig en het werkt."""
)

T.append("""Afspraak bevestigd:
[[d:Dinsdag 11 februari 2025]], 10.30 uur
[[a:Leyweg 204-B]] ({{o:Servicepunt XL}} {{w:Escamp}})
Met: mw. [[p:G. Ramdin-Soekhai]] en {{r:budgetcoach}} [[p:Tim]]
Meenemen: ID-bewijs, bankafschriften, brief van {{o:Belastingdienst}}.
Bij verhindering bellen naar [[t:070-3538800]].""")

T.append(
    """Hoi [[p:Ilse]], jij vroeg naar die man met de hond in {{w:Rustenburg-Oostbroek}}. Dat is [[p:Henk Vos]], woont op [[a:Weimarstraat 302]]. Zijn hond is zijn alles, dus opname is lastig. {{o:Dierenambulance}} kan tijdelijk opvang regelen. Zijn bewindvoerder heeft mail: [[e:info@bewindsbureau-dekroon.nl]], vraag naar [[p:Marloes]]."""
)

T.append("""Casusles: samen met de woningcorporatie

Mevrouw [[p:Nguyen Thi Lan]] (71) stond op het punt ontruimd te worden. Haar huurachterstand was ontstaan toen haar man [[p:Minh]] overleed op [[d:23-11-2022]] en de huur van zijn rekening bleef afgeschreven worden, een rekening die geblokkeerd was. Niemand had het door. Met {{o:Vestia}} hebben we een betalingsregeling gemaakt en de {{r:ouderenadviseur}} heeft haar aangemeld bij {{o:Stichting Mooi}}. Les: na een overlijden direct de vaste lasten checken.""")

T.append("""Uit het overleg van [[d:20/05]]:
[[p:Rachid]] neemt casus [[k:MH-0451]] over van [[p:Linda]] (zwangerschapsverlof). Contactpersoon bij {{o:Parnassia}} blijft dr. [[p:Veenstra]]. [[p:Rachid]] mailt de familie ([[e:fam.dijkstra1960@ziggo.nl]]) met een kennismakingsvoorstel. Let op: cliënt wil niet dat zijn zus [[p:Wilma]] iets hoort.""")

T.append(
    """Even sparren: een man van 84 wil niet dat zijn vaste hulp van {{o:Thuiszorg West-Brabant}} nog komt. Hij noemt haar 'die nieuwe' maar ze komt al twee jaar. Dochter [[p:Ria van der Linden]] denkt aan dementie. Hij heeft een afspraak bij het geheugenpolikliniek op [[d:3-10-'24]]. Wat doen jullie met zulke weigering in de tussentijd? Groet, [[p:Bas]] ({{r:wijkverpleegkundige}}, {{w:Breda-Noord}})"""
)

T.append("""{{o:Gemeente Rotterdam}} – {{o:Wijkteam}} {{w:Feijenoord}}
Verslag kennismaking [[d:26 augustus 2024]]
Cliënte: [[p:Ayşe Demirci]], [[a:Putselaan 19a]], [[pc:3074 JA]] Rotterdam
Tel: [[t:010-4851276]]
BSN: [[b:966062711]]
Hulpvraag: financiën en opvoeding. Zoon [[p:Emre]] (14) spijbelt. Afgestemd met {{o:Centrum voor Jeugd en Gezin}} en de {{r:leerplichtambtenaar}}.""")

T.append(
    """Reactie op de themavraag ouderen en eenzaamheid: in {{w:Kanaleneiland}} (Utrecht) hebben we goede ervaring met een maatjesproject van {{o:Stichting Present}}. Voorbeeld: opa [[p:Sjaak]] – zo noemt iedereen hem – kreeg een maatje, [[p:Hamza]], een student. Ze gaan samen vissen. [[p:Sjaak]] zegt zelf: 'ik had geen zin meer in morgen, nu wel.' Mooi om te horen."""
)

T.append(
    """NB dossier [[k:2024/WZT/0093]]: adreswijziging! Cliënt [[p:R.S.]] woont sinds [[d:1 juli]] op [[a:Kempstraat 45-hs]], [[pc:2572 GC]]. Oude adres [[a:Kempstraat 12]] is opgezegd. Graag ook doorgeven aan {{o:Haagse Pas}} en {{o:Sociale Dienst}}."""
)

T.append("""Hi allen,

Ik heb gisteren een huisbezoek gedaan bij [[p:Kwame Mensah]] (Ghanees, 45), samen met [[p:Lotte]] van {{o:Xtra Welzijn}}. Hij werkt 's nachts bij de schoonmaak en zijn vrouw [[p:Akosua]] is ziek, diabetes. Ze hebben drie kinderen. De oudste, [[p:Kofi]], doet alles in huis. We denken aan een {{r:jongerenwerker}} voor [[p:Kofi]] en een aanvraag huishoudelijke hulp. Wie kent iemand bij {{o:Middin}}?

[[p:Youssef]]
{{w:Laakkwartier}}""")

T.append(
    """Terugblik kick-off [[d:22 november]]: fijne dag! Ik zat in de groep met [[p:Marieke Bakker]], [[p:Hüseyin]] en [[p:Dewi]]. We kozen bemoeizorg als thema. [[p:Hüseyin]] vertelde over een cliënt die hij drie jaar heeft gevolgd voordat er iets veranderde. Dat zegt genoeg over hoe lang bemoeizorg kan duren. Wie wil het verslag? Mail me op [[e:marieke.bakker@swt-segbroek.nl]]."""
)

T.append(
    """mw [[p:koster]] belt weer over de rolstoel. Leverancier zegt levering [[d:13 dec]]. Ze heeft nu een leen-rolstoel van {{o:Medipoint}}. Zegt dat de buurman, dhr [[p:de Vries]], al helpt. info doorgegeven aan [[p:Wendy]] ({{r:ergotherapeut}})."""
)

T.append("""Casusles jeugd – overgang naar 18

[[p:Sharon]] was 17 toen ze bij ons kwam via {{o:Jeugdbescherming West}}. Op haar 18e verjaardag ([[d:5 januari 2024]]) stopte alle jeugdhulp. Ze had geen woning, geen inkomen, wel een baby op komst. Onze {{r:casusregisseur}} [[p:Ahmed Benali]] was al half jaar eerder begonnen met het voorbereiden. Zonder dat voorwerk was [[p:Sharon]] op straat beland. Les: begin bij 17,5 jaar, niet bij 18.""")

T.append("""Goedemorgen [[p:Annemiek]],

Hierbij de gegevens voor de aanvraag bijzondere bijstand:
Naam: [[p:Mohammed Ouhaddou]]
BSN: [[b:149994096]]
IBAN: [[i:NL43 ASNB 3660 1392 18]]
Adres: [[a:Zuiderparklaan 77-B]], [[pc:2574 HM]]
Ik hoor graag wanneer het {{o:Werkplein}} het ontvangen heeft.

Vriendelijke groet,
[[p:Elif]]
{{r:maatschappelijk werker}}, {{o:Sociaal Wijkzorgteam}} {{w:Zuiderpark}}""")

T.append(
    """Iemand ervaring met een cliënt die al zijn post weggooit? Meneer [[p:Stoop]] (cl.nr. [[k:88214]]) doet dat al jaren. Inmiddels heeft hij een beslag op zijn uitkering. De {{r:deurwaarder}} (mevrouw [[p:Gerritsen]], van {{o:Flanderijn}}) is gelukkig bereid om mee te denken. Tips over postbegeleiding zijn welkom. – [[p:Koen]]"""
)

T.append(
    """In {{w:Bezuidenhout}} hadden we een cliënt, [[p:Jolanda]], die elke week een andere hulpverlener zag. {{o:Parnassia}}, {{o:Indigo}}, {{o:Brijder}}, de {{r:schuldhulpverlener}}, de {{r:wijkagent}}... Ze zei tegen mij: 'ik ben moe van mijn eigen verhaal'. We hebben toen met z'n allen een keer om tafel gezeten, met [[p:Jolanda]] erbij, en één plan gemaakt. Sinds [[d:12 februari]] heeft ze nog maar één aanspreekpunt: [[p:Niels]]."""
)

T.append("""Dossier-notitie [[k:SWT-ESC-2025-0214]]
[[d:ma 14-04]] – telefonisch contact met mw. [[p:Pinas]], dochter van cliënt [[p:Errol Pinas]]. Hij is opgenomen in {{o:HMC Westeinde}}. Ontslag verwacht eind van de week. Thuis is niet veilig (valgevaar). Overleg gepland met {{r:transferverpleegkundige}} [[p:Nicole]], [[t:070 330 2000]] toestel 4412.""")

T.append("""Beste collega's van het {{o:Jongerenloket}},

Vanuit {{w:Mariahoeve}} wil ik jullie vragen om mee te denken over [[p:Dylan Koorndijk]], 20 jaar, geen startkwalificatie, woont nog bij moeder op [[a:Ambachtsgaarde 9]]. Hij is te bereiken via [[t:06 13 47 82 09]] of [[e:dylank2004@hotmail.com]]. Moeder heet [[p:Ingeborg]] en wil graag mee naar het eerste gesprek.

Groeten uit {{w:Mariahoeve}},
[[p:Fleur Jansen]], {{r:jongerencoach}}""")

T.append(
    """wat ik mis in de overdracht: de persoon zelf. in het dossier van meneer [[p:oduya]] stond alleen 'zorgmijdend, alcohol, agressief'. toen ik hem sprak bleek hij vroeger leraar Engels in Lagos te zijn, hij leest nog elke dag de krant. We praten nu over boeken. de {{r:GGZ-verpleegkundige}} van {{o:Parnassia}} was verbaasd. schrijf ook op wie iemand is."""
)

T.append("""Opvolging melding buurtbemiddeling
Melder: [[p:Gerda Pronk]], [[a:Marktweg 23]]
Betreft: buurman [[p:B. Lewandowski]], [[a:Marktweg 25]]
Klacht: geluidsoverlast 's nachts. Op [[d:zaterdag 6 april]] is {{o:Buurtbemiddeling Den Haag}} langs geweest. Dhr. [[p:Lewandowski]] bleek nachtdiensten te draaien in de kassen en 's nachts te koken. Afgesproken: geen muziek na 23.00 uur. Zaak afgesloten, ref [[k:BB-24-311]].""")

T.append("""Casusles ouderen: de kracht van de huisarts.

Mevrouw [[p:Hoekstra]] (92) liet niemand binnen, behalve haar huisarts dokter [[p:Van Dam]]. Toen die met pensioen ging, viel alles weg. Zijn opvolger dokter [[p:Chen]] kende haar niet. Wat hielp: een warme overdracht, waarbij de oude huisarts één keer mee ging. Daarna kon de {{r:praktijkondersteuner}} ook binnen komen. Ze woont nog steeds in {{w:Benoordenhout}}, inmiddels met {{o:Buurtzorg}} aan huis.""")

T.append(
    """Hoi [[p:Gijs]], kun je voor me checken of betaling binnen is? Betaalkenmerk [[k:2025.118.047]], van rekening [[i:NL37KNAB9725890188]] ([[p:T. van Beek]]). Hij zegt dat hij het op [[d:12 maart]] heeft overgemaakt aan {{o:Schuldhulp Den Haag}}. Dank! [[p:Margo]]"""
)

T.append("""Praktijkvoorbeeld {{w:Leidsche Rijn}} (Utrecht)
Een Afghaanse weduwe, [[p:Zarghona Ahmadzai]], met drie zoons. Ze spreekt alleen Dari. De {{r:buurtteammedewerker}} [[p:Mirjam]] heeft haar via het {{o:Buurtteam Utrecht}} in contact gebracht met een Dari-sprekende vrouw uit de moskee. Langzaamaan kwam er vertrouwen. Mevrouw woont op [[a:Vleutensebaan 3 A]], [[pc:3542 AB]] Utrecht en heeft nu een eigen telefoon: [[t:06-31557702]].""")

T.append(
    """[[p:Ewa]] (schoonmaakster, Poolse) gevonden door buurvrouw op [[d:31-12]] na een val. Lag al een dag. Woont alleen in {{w:Transvaal}}. Familie in Polen, broer [[p:Piotr Zieliński]] tel [[t:+48 601 234 567]]. Nu in revalidatie bij {{o:Florence}}. Vraag aan team: wie gaat in gesprek over alarmering?"""
)

T.append("""Van: [[p:Jasper Mulder]]
Verzonden: [[d:donderdag 5 december 2024]] 16:41
Aan: [[p:Karin Hofman]]
Onderwerp: RE: [[k:CAS-2024-5521]]

Hoi [[p:Karin]],
Ik heb vanmiddag de familie [[p:Soekhlal]] gesproken. Ze willen dat [[p:Ravi]] (de oudste zoon) de contactpersoon wordt. Zijn mail is [[e:ravi.soekhlal@outlook.com]]. Verder geen bijzonderheden, de {{r:Wmo-consulent}} rondt de indicatie af.
Groet,
[[p:Jasper]]
{{r:casusregisseur}} {{w:Laak}}""")

T.append(
    """Wat onze {{r:ervaringsdeskundige}} [[p:Marcel]] ons leerde: vraag niet 'wat is het probleem?', vraag 'wat wil je morgen anders?'. Hij was zelf jarenlang dakloos in Den Haag {{w:Centrum}}. Toen hij meeging naar meneer [[p:Haddou]], sprak die ineens over zijn droom om weer te fietsen. Een fiets via {{o:Fietsbank}} deed meer dan drie maanden gesprekken."""
)

T.append("""Intakeformulier (handgeschreven, overgetypt)
naam: [[p:Doina Popescu]]
geb.: [[d:2-2-1987]]
adres: [[a:Weimarstraat 15-1e]], [[pc:2562 GN]]
tel: [[t:06.43.21.90.15]]
BSN: [[b:652 756 098]]
werk: via uitzendbureau in Naaldwijk, geen contract. Verwezen naar {{o:FNV}} en het {{o:Juridisch Loket}}.""")

T.append("""Re: wachttijd GGZ

Bij ons in {{w:Overvecht}} is het niet anders. Cliënt [[p:S. Baldewsingh]] wacht sinds [[d:15 januari]] op een intake bij {{o:Altrecht}}. In de tussentijd heeft de {{r:POH-GGZ}} [[p:Martine]] twee keer per week contact. Niet ideaal, maar beter dan niks. Wat ook helpt: de {{r:ambulant begeleider}} van {{o:Lister}} die er al was, gewoon laten doorgaan.""")

T.append("""Verslag huisbezoek, [[p:Roos Kaya]] ({{r:wijkverpleegkundige}})
Datum: [[d:vr 21 maart]]
Cliënt dhr. [[p:Willems]] ([[k:ZIS 30417725]]), wondverzorging been. Hij vertelde dat zijn kleindochter [[p:Jade]] tijdelijk bij hem inwoont. Er ligt veel rommel, mogelijk verzamelwoede. Gemeld bij de {{r:casusregisseur}}. Volgende bezoek [[d:maandag 24 maart]].""")

T.append(
    """Voor de themabijeenkomst in april: wie wil de casus van meneer [[p:Ali Mohamud]] presenteren? Hij heeft zelf toestemming gegeven (verklaring getekend op [[d:10-03-2025]]). Zijn verhaal over het {{o:AZC}}, de eerste woning in {{w:Schilderswijk}} en het vrijwilligerswerk bij {{o:Stichting Wijkz}} is heel leerzaam. Graag reactie voor einde van de maand aan [[p:Loes]] ([[e:loes.verbeek@crossover-advies.nl]])."""
)

T.append(
    """Kleine correctie op het verslag van gisteren: het adres van mevrouw [[p:Blom]] is niet [[a:Laan van Meerdervoort 501]] maar [[a:Laan van Meerdervoort 510]]. Postcode is [[pc:2563AV]]. Excuses voor de verwarring. [[p:Dirk]]"""
)

T.append("""Casusles: wanneer de mantelzorger zelf hulp nodig heeft

[[p:Gülsen]] zorgde al tien jaar voor haar moeder met MS. Toen ze zelf een burn-out kreeg, stortte alles in. Haar broer [[p:Murat]] woonde in Duitsland en kwam alleen met feestdagen. De {{r:mantelzorgconsulent}} van {{o:Mantelzorg Den Haag}} regelde logeeropvang bij {{o:Respijthuis}}. Sindsdien heeft [[p:Gülsen]] één weekend per maand vrij. Les: vraag ook hoe het met de mantelzorger gaat, niet alleen met de cliënt.""")

T.append("""Beste heer [[p:Brouwer]],

Uw aanvraag voor een Wmo-voorziening is ontvangen onder nummer [[k:WMO-2025-004417]]. Een {{r:Wmo-adviseur}} neemt binnen tien werkdagen contact met u op via [[t:06 52 99 10 43]]. U kunt uw stukken ook mailen naar {{o:Wmo-loket}} ([[e:wmo@denhaag.nl]]).

Met vriendelijke groet,
namens het {{o:Sociaal Wijkzorgteam}} {{w:Haagse Hout}},
[[p:Sevda Aydın]]""")

T.append(
    """Zojuist gebeld met {{o:Veilig Thuis}}, zij hebben een melding over fam [[p:Cruz]] in {{w:Regentessekwartier}}. Moeder [[p:Daniela]], kinderen [[p:Mateo]] en [[p:Lia]]. Adres: [[a:Weimarstraat 84-b]]. Dit gezin kennen wij al onder [[k:2023-11902]]. [[p:Simone]] pakt het op met de {{r:jeugdconsulent}} van het {{o:CJG}}."""
)

T.append(
    """Als {{r:wijkcoach}} in {{w:Arnhem-Oost}} merk ik dat vrijwilligers vaak eerder signalen zien dan wij. Neem [[p:Truus]], onze vrijwilliger bij het koffie-uurtje. Zij zag dat meneer [[p:Post]] steeds magerder werd en belde mij. Bleek dat hij zijn boodschappen niet meer kon dragen. Nu brengt [[p:Truus]]' kleinzoon ze op woensdag. Geen indicatie, geen formulier, gewoon een buur."""
)

T.append(
    """Aandachtspunt voor het MDO van [[d:vrijdag 14/2]]: dhr [[p:de Groot]] heeft via zijn bewindvoerder laten weten dat zijn rekening is veranderd: nieuw [[i:NL70RABO0920869168]]. Oude rekening ([[i:NL56 ABNA 2010 7973 30]]) is gesloten. Graag aanpassen in de beschikking van {{o:Sociale Zaken}}."""
)

T.append(
    """Hoi hoi, [[p:Nadia]] hier. Ik ben vanaf [[d:3 juni]] drie weken weg. Voor spoed bij mijn cliënten: bel [[p:Patrick]], [[t:06-18 42 77 30]]. Voor de casus in {{w:Moerwijk}} (meneer [[p:Rahimi]]) is het {{r:ambulant begeleider}} van {{o:Anton Constandse}} het aanspreekpunt. Dankjewel!"""
)

T.append(
    """Leerpunt uit de intervisie van vorige week: [[p:Marleen]] vertelde over een vrouw uit Suriname, tante [[p:Ilse]] zoals de buurt haar noemt, die als enige in de flat nog niet over het gas-pakket was geïnformeerd. Ze had geen internet. [[p:Marleen]] is toen alle flats langs gegaan met de {{r:energiecoach}} van {{o:Duurzaam Den Haag}}. Twintig huishoudens geholpen, vooral ouderen in {{w:Morgenstond}}."""
)

T.append("""Cliëntgegevens voor overdracht aan {{o:Beschermd Wonen Haaglanden}}:
[[p:Femke Roeleveld]], [[d:12 oktober 1998]], BSN [[b:786509491]]
Verblijfadres: [[a:Westeinde 134]], [[pc:2512 HH]] Den Haag
Contact moeder: [[p:M. Roeleveld-Spek]], [[t:071 512 34 90]]
Dossier {{o:Parnassia}}: [[k:PNA-998210]]""")

T.append(
    """Mw [[p:el amrani]] vandaag niet op afspraak. wel sms gestuurd naar [[t:0622148730]]. morgen opnieuw. [[p:liesbeth]]"""
)

T.append(
    """Reactie van [[p:Pieter]] ({{r:beleidsadviseur}}, {{o:gemeente Den Haag}}): de toestemmingsverklaring wordt vanaf volgend jaar digitaal. Tot die tijd graag op papier laten tekenen en scannen in het dossier. Vragen? Mail [[e:pieter.vanrijn@denhaag.nl]] of bel [[t:070-3537110]]."""
)

T.append(
    """Sinds [[d:2 januari 2025]] is [[p:Bogdan Ionescu]] ingeschreven op [[a:Hobbemastraat 201-A]], [[pc:2526 JN]] Den Haag. Hij had eerder geen adres en sliep in de auto. Via {{o:Straatconsulaat}} en de {{r:straatadvocaat}} is er nu een postadres en een uitkering. Zijn BSN ([[b:831 618 462]]) was jaren 'niet-ingezetene'. Les voor {{w:Stationsbuurt}}: RNI-registraties zijn een valkuil."""
)

T.append("""Beste [[p:Jolien]] en [[p:Tarik]],

Bedankt voor de fijne samenwerking rond mevrouw [[p:Amponsah]]. Zij is gisteren verhuisd naar een aanleunwoning van {{o:WoonZorgcentrum Het Uiterjoon}}. Haar nieuwe adres: [[a:Nieboerweg 4A]]. Ik sluit het dossier ([[k:SWT-2024-HH-0771]]) per [[d:1 september 2025]].

Groet,
[[p:Hilde]]""")

T.append(
    """Vraag aan de {{r:ouderenadviseurs}}: hoe gaan jullie om met financiële uitbuiting door familie? Bij een cliënt van mij (ik noem haar oma [[p:Joke]]) haalde de kleinzoon elke maand geld van haar rekening [[i:NL06INGB3841012217]]. Ze wil geen aangifte doen. Ik heb contact gehad met {{o:Veilig Thuis}} en de {{r:wijkagent}} [[p:Erik Prins]]. Meer ideeën?"""
)

T.append("""Memo [[d:28-8-25]] – [[p:Sara]]
Telefoon mw [[p:Hussein]] ([[t:+31 (0)6 27 09 11 58]]). Zij vraagt of de taalcursus bij {{o:Bibliotheek Den Haag}} nog doorgaat. Heb gezegd: ja, dinsdagochtend. Dochter [[p:Yasmin]] komt haar ophalen. Kenmerk [[k:TAAL-0812]].""")

T.append("""Casusles: geldzorgen en schaamte

Meneer [[p:Ramcharan]] (63) was zijn hele leven zelfstandig ondernemer. Toen zijn winkel in {{w:Transvaal}} dicht ging, bleven de schulden. Hij schaamde zich zo dat hij zijn vrouw [[p:Sita]] niets vertelde. Pas toen de {{r:deurwaarder}} aan de deur stond op [[d:9 juli 2024]], kwam het uit. De {{r:vrijwillige thuisadministrateur}} van {{o:Humanitas}} en een traject bij {{o:Schuldhulp Den Haag}} gaven weer lucht. Wat ons team leerde: vraag bij ondernemers expliciet naar zakelijke schulden.""")

T.append("""Casusles: één plan, één regisseur – ervaringen uit {{w:Schilderswijk-Noord}}

Ik wil een casus delen die ons team veel heeft geleerd over samenwerken met de schuldhulp en de woningcorporatie tegelijk. Het gaat om een vrouw van begin veertig, [[p:Samira Bouzerda]], alleenstaand met twee kinderen, wonend op [[a:Hoefkade 214-I]], [[pc:2526 BK]]. Zij werd aangemeld door de {{r:intern begeleider}} van de basisschool, die zag dat de kinderen zonder ontbijt kwamen. Bij het eerste huisbezoek op [[d:woensdag 16 oktober]] lag er een stapel ongeopende post van meer dan veertig brieven. Mevrouw had zeven schuldeisers, onder wie {{o:Haag Wonen}}, de {{o:Belastingdienst}} en een zorgverzekeraar. Haar BSN ([[b:289721672]]) bleek ook nog bij een oude toeslagaffaire betrokken te zijn. Onze {{r:casusregisseur}} [[p:Wim]] heeft toen bewust gekozen om alle partijen in één gesprek bij elkaar te halen, mét [[p:Samira]] aan tafel. Eén plan, één aanspreekpunt. Les: het werkt, maar alleen als iedereen ook echt een stap terug wil doen.""")

T.append("""Van: [[p:Olga Kovalenko]] <[[e:olga.kovalenko@swt-scheveningen.nl]]>
Verzonden: [[d:ma 3-2-2025]] 09:12
Aan: {{o:Schuldhulp Den Haag}}
Onderwerp: aanmelding [[k:SH-25-00412]] dhr. [[p:Van der Meer]]

Goedemorgen,

Hierbij meld ik dhr. [[p:Arie van der Meer]] aan voor een schuldhulptraject. Hij heeft een AOW en een klein pensioen, maar sinds de dood van zijn vrouw loopt de administratie uit de hand.

Geboortedatum: [[d:11-04-1952]]
BSN: [[b:6418.59.818]]
Adres: [[a:Duinstraat 36]], [[pc:2584 AZ]] Den Haag
Rekening: [[i:NL36 BUNQ 6749 4095 73]]
Telefoon: [[t:070 - 355 12 67]] (vaste lijn, mobiel heeft hij niet)

Zijn buurman dhr. [[p:Lammers]] helpt met de post, maar wil daar vanaf. Graag een gesprek met een {{r:schuldhulpverlener}} bij hem thuis, hij komt slecht de deur uit.

Met vriendelijke groet,

[[p:Olga Kovalenko]]
{{r:maatschappelijk werker}} | {{o:Sociaal Wijkzorgteam}} {{w:Scheveningen}}""")

T.append("""Notulen teamoverleg SWT {{w:Mariahoeve}} – [[d:dinsdag 18 maart 2025]]

Aanwezig: [[p:Ans]] (vz), [[p:Rob de Jong]], [[p:Fatoumata]], [[p:Lisa Verbruggen]], [[p:M. Bakkali]]. Afwezig: [[p:Guus]].

1. Mededelingen. [[p:Ans]] meldt dat de {{r:ouderenconsulent}} van {{o:Xtra}} vanaf april drie dagen in het wijkcentrum zit.
2. Casus [[k:MH-2025-017]]: echtpaar [[p:Van Houten]], [[a:Ramaweg 112]]. Meneer dementeert, mevrouw is overbelast. [[p:Rob]] regelt dagbesteding bij {{o:Florence}}. Mevrouw heeft haar rekening ([[i:NL17RABO6823381329]]) laten blokkeren na een nepbelletje, [[p:Fatoumata]] helpt met de nieuwe pas.
3. Casus [[k:MH-2025-022]]: jongeman met LVB, [[p:Lisa]] heeft contact met {{o:MEE}}. Moeder bereikbaar op [[t:06-20 93 41 18]].
4. Rondvraag: niets.
Volgende overleg: [[d:1 april]].""")

T.append("""Re: hoe krijg je een BSN bij een ongedocumenteerde?

Korte reactie, ik heb dit vorig jaar meegemaakt. Meneer [[p:Abebe]] (Ethiopisch, sinds 2019 in NL) had alleen een oud nummer uit zijn asieltijd: [[b:184 595 861]]. Dat bleek nog gewoon geldig in de BRP, alleen stond hij als 'vertrokken onbekend waarheen'. Via het {{o:Stadsdeelkantoor}} en met een briefadres bij {{o:Stichting De Kessler}} ([[a:Jacob Catsstraat 33]], [[pc:2515 GA]]) konden we hem weer inschrijven. Daarna ging het snel: zorgverzekering, huisarts, een uitkering. Vraag dus altijd of iemand ergens nog papieren heeft van vroeger. Vragen mag via [[e:k.devries@wijkteam-laak.nl]]. Groet, [[p:Karin de Vries]], {{r:maatschappelijk werker}} {{w:Laak}}""")

T.append("""Werkaantekeningen, niet voor dossier

- [[p:lotte]] (cl) gebeld, gaat goed. bewindvoering rond per [[d:15/1]].
- nieuwe rek. bewindvoerder: [[i:NL20 SNSB 7721 1453 81]], t.n.v. {{o:Bewindvoering Hofstad}}
- oud bsn in brief stond verkeerd: moet [[b:696176427]] zijn, doorgeven aan [[p:Hasan]] van {{o:SZW}}
- mw [[p:van dijk]] nog terugbellen over de {{o:Ooievaarspas}}, [[t:06-33829014]]
- vergeet niet: postcode klopt niet in systeem, is [[pc:2531 NM]] ipv [[pc:2531 MN]]""")

T.append("""Casusles voor de themagroep ouderen: signalen van zelfverwaarlozing

Het begon met een melding van de postbode. Meneer [[p:Jacobus Zwart]], 88 jaar, woonde alleen op [[a:Erasmusweg 1022]] in {{w:Morgenstond}} ([[pc:2532 CV]]). De brievenbus puilde uit en uit de flat kwam een onaangename geur. De {{r:wijkverpleegkundige}} [[p:Zeynep]] ging samen met een {{r:wijkagent}} langs. Meneer bleek gevallen, maar wilde absoluut niet naar het ziekenhuis. Hij vertrouwde maar één iemand: zijn oud-collega [[p:Gerard Sluijter]], met wie hij veertig jaar bij de {{o:HTM}} had gewerkt. [[p:Zeynep]] belde [[p:Gerard]] op [[t:06 44 18 27 53]] en die was binnen een half uur daar. Toen ging hij wel mee. Les: zoek de ene persoon die vertrouwd is, ook als dat geen familie is. Meneer woont inmiddels in {{o:Woonzorgcentrum Oldeslo}}.""")

T.append("""Beste [[p:Jelle]],

Zoals beloofd de gegevens voor de aanvraag bij {{o:Stichting Leergeld}} voor de kinderen van mevrouw [[p:Osei]]:
Ouder: [[p:Abena Osei]], [[a:Zuiderparklaan 301-A]], [[pc:2574 HN]]
Kinderen: [[p:Nana]] (8) en [[p:Kwesi]] (11)
Inkomen: bijstand via {{o:Sociale Dienst Den Haag}}, klantnummer [[k:BS-3318024]]
IBAN voor uitbetaling: [[i:NL97INGB7296904851]]
Mail mevrouw: [[e:abena.osei@live.nl]]

Haar dochter [[p:Nana]] wil graag op zwemles, dat is het eerste wat ze vroeg. Lukt het voor de herfstvakantie?

Groetjes,
[[p:Manon]]
{{r:gezinscoach}}, {{o:CJG}} {{w:Zuiderpark}}""")

T.append(
    """Even laten weten hoe het is afgelopen met [[p:Radu]], die Roemeense jongen over wie ik in september schreef. Hij had geen woning, werkte zwart bij een bouwbedrijf en was na een val van de steiger zijn werk kwijt. Via de {{r:EU-arbeidsmigrantenconsulent}} van {{o:Straatconsulaat}} hebben we hem kunnen inschrijven op [[a:Loosduinseweg 598]], [[pc:2571 BW]]. Zijn BSN is [[b:460 104 317]], eindelijk een echte. Hij heeft nu een zorgverzekering en loopt bij de fysio. De werkgever ([[p:J. Smits]] van {{o:Bouwbedrijf Smits & Zn}}) is aangesproken via het {{o:Juridisch Loket}}. Conclusie: zonder inschrijving bestaat iemand niet. Dank aan [[p:Ivana]] van {{o:Barka}} die alles vertaalde."""
)

T.append("""Verslag casusoverleg [[d:7 november 2024]]

Casus: [[k:VT-2024-2291]] – gezin [[p:Mahabier]], [[a:Kamperfoeliestraat 18]], [[pc:2563 SR]] Den Haag.
Aanwezig: {{r:gedragswetenschapper}} {{o:Veilig Thuis}} (dhr. [[p:Bos]]), {{r:jeugdbeschermer}} [[p:Anita Ramlal]] ({{o:Jeugdbescherming West}}), [[p:Karim]] (SWT {{w:Segbroek}}), {{r:wijkagent}}.
Besproken: moeder [[p:Reshma]] heeft aangifte gedaan op [[d:30-10-2024]]. Vader [[p:Vikash]] woont tijdelijk bij zijn broer in Zoetermeer. Kinderen [[p:Priya]] (6) en [[p:Arjun]] (10) tonen veel onrust op school.
Afspraken: [[p:Karim]] regelt praktische steun (financiën, [[i:NL39 RABO 8524 8150 59]] op naam moeder), {{o:Veilig Thuis}} blijft regie houden. Evaluatie over zes weken.""")

T.append(
    """Hallo allemaal, een oproep: wie heeft contact met iemand bij {{o:Stichting Rechtswinkel}}? Ik heb een cliënt, meneer [[p:Tan]] (Chinees-Indonesisch, 76), die een huurverhoging van 30% heeft gekregen van een particuliere verhuurder. Adres [[a:Noordeinde 17-B]], [[pc:2514 GC]]. Hij spreekt goed Nederlands maar durft niet te bellen. Zijn kleindochter [[p:Wen Li]] helpt, haar mail is [[e:wenli.tan@gmail.com]]. Alvast bedankt! [[p:Noor]] ({{r:sociaal makelaar}}, {{w:Centrum}})"""
)

T.append("""Intake-samenvatting ([[p:Brenda]], {{r:welzijnscoach}})

Cliënte is [[p:Marisol Rosario]], Curaçaose, 52 jaar, woont sinds 2016 in {{w:Transvaal}} op [[a:Wolmaransstraat 77]]. Geboren op [[d:14 februari 1973]]. Sinds haar scheiding heeft ze weinig sociale contacten. Ze werkte als schoonmaakster, maar is sinds een half jaar ziek gemeld via het {{o:UWV}}. BSN: [[b:325195043]]. Ze wil graag iets doen met koken. Haar zus [[p:Gisela]] in Rotterdam belt dagelijks. Plan: kennismaking bij het {{o:buurtrestaurant Moeders van Transvaal}} op [[d:donderdag 6 maart]], daarna kijken naar vrijwilligerswerk. Contact: [[t:06 - 19 48 22 70]], [[e:marisolrosario@hotmail.nl]].""")

T.append(
    """Hoi [[p:Sem]], wat je vroeg over die aanvraag beschermingsbewind: die is ingediend op [[d:24-6-'25]] bij de kantonrechter, zaaknummer [[k:C/09/688213]]. Cliënt is dhr. [[p:A. Yousef]], [[a:Teniersplantsoen 5]], [[pc:2525 RN]]. Rekening voor het bewind: [[i:NL24TRIO1394471218]]. BSN [[b:150786396]]. Bewindvoerder wordt mr. [[p:Kramer]]. Laat maar weten als je meer nodig hebt."""
)

T.append("""Casusles: samenwerking met de huisartsenpraktijk

In {{w:Moerwijk}} hebben we een vaste afspraak met {{o:Huisartsenpraktijk Moerwijk}}: één keer per maand een overleg tussen de {{r:POH-GGZ}}, de {{r:huisarts}} en ons team. Een voorbeeld waarom dat werkt: mevrouw [[p:Boateng]] kwam elke week op het spreekuur met buikpijn. Medisch niks te vinden. In het overleg bleek dat wij haar kenden van een huurachterstand en dat haar zoon [[p:Kojo]] kort ervoor in de gevangenis was beland. De buikpijn was zorg. Dokter [[p:Visser]] en onze {{r:maatschappelijk werker}} [[p:Jamila]] hebben toen samen een gesprek gevoerd. Mevrouw komt nu naar de lotgenotengroep bij {{o:Stichting Exodus}}.""")

T.append("""BSN's klopten niet in de lijst van vorige week, excuses. Correct zijn:
- [[p:Gonzales, R.]]: [[b:616533585]]
- [[p:Ibrahimović, S.]]: [[b:7396 12 566]]
- [[p:Lambrecht, D.]]: [[b:919.509.721]]
Graag niet meer mailen met bsn's erin maar via {{o:Zorgmail}} of het dossier ([[k:SWT-LAAK-2025-0088]]). [[p:Evelien]]""")

T.append("""Casusles bemoeizorg: de man op het balkon

Dit verhaal deel ik met toestemming van de cliënt zelf. [[p:Hendrik]] (61) woonde al vijftien jaar in een portiekflat aan de [[a:Melis Stokezijde 140]] in {{w:Bouwlust}}. Buren belden regelmatig de politie omdat hij 's nachts op het balkon stond te schreeuwen. De {{r:wijkagent}} [[p:Dennis Hoogeveen]] meldde hem bij het {{o:Meldpunt Zorg en Overlast}} op [[d:19 juni 2023]]. [[p:Hendrik]] had geen huisarts meer, want die had hem na een ruzie uitgeschreven. Onze {{r:bemoeizorgmedewerker}} [[p:Fiona]] heeft de eerste maanden alleen boodschappen voor hem gedaan, want dat was het enige waar hij ja op zei. Langzaam kwam het verhaal: zijn broer was op zijn 20e verongelukt en hij had nooit iemand gehad om mee te praten. Toen er vertrouwen was, ging hij mee naar een nieuwe huisarts, en via die huisarts naar {{o:Parnassia}}. Nu, een jaar later, heeft hij een {{r:ambulant begeleider}}, een vrijwilligersbaantje bij de {{o:Kringloop Den Haag}} en geen overlastmeldingen meer. Lessen: 1) ja zeggen op wat de cliënt wil, ook als het klein is; 2) één vast gezicht; 3) de huisarts is de sleutel voor de GGZ, dus daar eerst in investeren.""")

T.append("""Reactie op de vraag van [[p:Zoë]] over signalen van uitbuiting bij arbeidsmigranten

Wij zien dit in {{w:Laakkwartier}} helaas vaak. Een voorbeeld van afgelopen winter: vier Poolse mannen woonden in één bovenwoning op [[a:Hoefkade 330-III]], [[pc:2526 BP]]. De huur (€ 450 per persoon per maand) werd rechtstreeks van hun loon ingehouden door het uitzendbureau. Eén van hen, [[p:Tomasz Wójcik]], kwam bij ons binnen met een kapotte hand na een bedrijfsongeval. Hij durfde geen ziekmelding te doen. Via het {{o:Expertisecentrum Mensenhandel}} en de {{r:arbeidsinspecteur}} van de {{o:Nederlandse Arbeidsinspectie}} is het uitzendbureau onderzocht. [[p:Tomasz]] heeft inmiddels een eigen kamer en werkt bij een ander bedrijf. Zijn collega [[p:Łukasz]] is teruggegaan naar Polen. Wat we leerden: vraag altijd wie de huur int en of mensen hun eigen paspoort nog hebben. Als je meer wilt weten, bel me gerust: [[t:06-27 55 31 08]]. Groet, [[p:Agnieszka Nowicka]], {{r:maatschappelijk werker}} / {{r:cultureel mediator}}""")

T.append("""Van: [[p:Rutger Schenk]] <[[e:r.schenk@haaglanden-bewind.nl]]>
Aan: [[p:Sandra Lie]] <[[e:s.lie@swt-haagsehout.nl]]>
Datum: [[d:vrijdag 9 mei 2025]]
Onderwerp: RE: stand van zaken mevr. [[p:Tjon-A-Fong]] / [[k:HB-2023-5567]]

Beste [[p:Sandra]],

Dank voor je bericht. Ik kan bevestigen dat de betalingsregeling met {{o:Eneco}} sinds deze maand loopt. De huur wordt vanaf [[d:1 juni]] weer rechtstreeks betaald vanaf de beheerrekening [[i:NL88ASNB9154478659]]. Mevrouw krijgt wekelijks leefgeld op haar eigen rekening. Wel maak ik me zorgen over haar zoon [[p:Marvin]], die volgens de buren geregeld geld komt halen. Mevrouw zelf zegt dat het 'een lening' is. Zou jij dat bij het volgende huisbezoek voorzichtig kunnen aankaarten? Zij vertrouwt jou meer dan mij.

Met vriendelijke groet,

mr. [[p:R. Schenk]]
{{r:beschermingsbewindvoerder}}
[[t:015 - 261 44 80]]""")

T.append("""Ervaringen delen: de wijkzuster als vertrouwenspersoon

Ik werk al 22 jaar als {{r:wijkverpleegkundige}}, de laatste zes in {{w:Bezuidenhout-West}}, en wil iets delen voor de jongere collega's. Vorig voorjaar kwam ik voor de wondzorg bij een meneer van 79, meneer [[p:Adriaan Pronk]]. Tijdens de zorg vertelde hij terloops dat zijn dochter [[p:Ellen]] 'alles regelt' met zijn bankzaken, en dat hij zijn pinpas al een jaar niet had gezien. Hij lachte erbij. Ik heb dat opgeschreven en besproken in het MDO van het wijkzorgteam op [[d:donderdag 25 april]]. De {{r:ouderenconsulent}} [[p:Tineke]] is daarna met hem in gesprek gegaan, zonder de dochter. Het bleek financieel misbruik, maar meneer wilde zijn dochter niet kwijt. Samen met {{o:Veilig Thuis}} is een tussenweg gevonden: een onafhankelijke bewindvoerder en een gesprek met de dochter erbij. Les: als iets terloops gezegd wordt, is het vaak het belangrijkste. Bel of mail me als je hierover wilt sparren: [[e:hannie.groen@buurtzorg.nl]]. [[p:Hannie]]""")

T.append("""Verslag bijeenkomst themagroep jeugd – [[d:12-06-2025]], {{o:wijkcentrum De Dobbel}} ({{w:Rustenburg}})

Aanwezig: [[p:Lars]], [[p:Oumaima]], [[p:P. Hendriks]], [[p:Victor]], [[p:Daphne Kok]] ({{o:CJG}}), [[p:Noah]] (student {{o:De Haagse Hogeschool}}).

[[p:Oumaima]] presenteerde de casus van een 16-jarige jongen, [[p:Ilias]], die na de scheiding van zijn ouders tussen twee huizen woonde: bij moeder op [[a:Beeklaan 404]] en bij vader in Rijswijk. Niemand van de hulpverleners wist waar hij eigenlijk sliep. Op school ({{o:Johan de Witt College}}) viel hij uit. Pas toen de {{r:jongerenwerker}} van {{o:Jongerenwerk Segbroek}} hem op het pleintje sprak, werd duidelijk dat hij meestal bij een vriend sliep. Er is nu een gezinsplan met beide ouders. Zijn dossier bij de {{o:Jeugdbescherming}} is [[k:JB-24-14420]].

Discussiepunt: wie heeft de regie als ouders in verschillende gemeenten wonen? Afgesproken dat [[p:Victor]] dit uitzoekt bij de gemeente. Volgende bijeenkomst: [[d:3 juli]].""")

T.append("""Aan het team,

Vanaf maandag neem ik de caseload van [[p:Anja]] over. Wil iedereen even checken of de contactgegevens in het systeem kloppen? Ik kwam er al drie tegen die niet goed waren:
- mevrouw [[p:Benhaddou]]: nieuw mobiel [[t:06 29 31 44 56]], niet meer het vaste nummer
- dhr. [[p:Kuipers]]: verhuisd van [[a:Soestdijksekade 22]] naar [[a:Soestdijksekade 220]], postcode [[pc:2574 AK]]
- [[p:Mariam Jalloh]]: mailadres is [[e:mariam.jalloh@yahoo.com]] (met h!), dossier [[k:SWT-ESC-2024-0631]]
Als jullie meer tegenkomen, laat het me weten. Zoals jullie weten ben ik {{r:Wmo-consulent}} dus voor vragen over de Wmo kun je altijd bij me terecht.

Groet,
[[p:Jurgen]]""")

# ---------------------------------------------------------------- build
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        cur += m.start() - pos
        if m.group(1):
            lab, txt, bucket = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, bucket = KEEP[m.group(3)], m.group(4), keep
        bucket.append({"start": cur, "end": cur + len(txt), "label": lab, "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, text
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (sum(x * w for x, w in zip(d, range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = "".join(c for c in s if c.isalnum()).upper()
    r = s[4:] + s[:4]
    return len(s) == 18 and int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for n, src in enumerate(T):
        text, pii, keep = parse(src)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (n, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (n, s)
            assert s["text"] == s["text"].strip() and s["text"], (n, s)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, n
        rows.append({"id": "ho26-%04d" % n, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout26.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(len(rows), "texts,", words / len(rows), "words avg")
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", dict(kc.most_common()))


if __name__ == "__main__":
    main()
