#!/usr/bin/env python3
"""Held-out corpus 31: texts from outside the professional's pen (letters, e-mails,
messages from clients, relatives, landlords, schools, GPs, collectors, police,
bewindvoerders, volunteers) quoted in wijkteam notes, plus the professional's reply.
Markup: [[lab:text]] = pii, {{lab:text}} = keep. Deterministic, stdlib only."""

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
    "ds": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


T(r"""
Mail van dochter binnengekomen via algemene inbox, hieronder letterlijk:

"goeiedag ik ben [[p:Samira]] de dochter van [[p:Fatima el Idrissi]] mijn moeder woont [[a:Jacob Catsstraat 87]] ze krijgt steeds brieven van {{o:CJIB}} maar ze leest geen nederlands. kan iemand van jullie komen kijken. mijn nummer is [[t:06-41 27 90 33]] ik werk tot 5 uur. groetjes [[p:samira]]"

Teruggebeld op dinsdag, afspraak gemaakt voor [[d:do 14/3]] om 10 uur samen met {{r:maatschappelijk werker}} [[p:Joost]].
""")

T(r"""
{{o:Haag Wonen}}
Postbus 45012
2504 AA Den Haag

Aan: Dhr. [[p:M. Aydın]]
[[a:Hoefkade 414]]
[[pc:2526 BT]] Den Haag

Den Haag, [[d:3 april 2024]]
Kenmerk: [[ds:HW/INC/2024-08812]]
Betreft: huurachterstand

Geachte heer [[p:Aydın]],

Uit onze administratie blijkt dat u een achterstand heeft van € 2.314,60. Wij verzoeken u dit bedrag binnen 14 dagen te voldoen. Lukt dit niet, neem dan contact op met onze {{r:woonconsulent}} mevrouw [[p:Van der Hoek]] via [[t:070 - 263 11 48]].

Met vriendelijke groet,
Team Huurincasso

--- brief door dhr. meegenomen naar spreekuur {{o:Servicepunt XL}} {{w:Schilderswijk}}. Wij bellen zelf met woonconsulent.
""")

T(r"""
Hoi,
ik ben zo bang voor die man van boven hij schreeuwt elke nacht en gisteren stond hij weer met een mes op de galerij. ik heb de politie gebeld maar ze kwam pas om 3 uur. ik wil weg hier. kunt u helpen met een andere woning alstublieft
[[p:Aleksandra Nowak]]
[[a:Zuidwijkstraat 33c]] {{w:Bouwlust}}

-- WhatsApp van cliënt, [[d:zondag 9 juni]]. Doorgezet naar {{r:wijkagent}} [[p:Ruud Koster]] en {{o:Haag Wonen}} voor urgentie. Mw gebeld om te laten weten dat het bericht gelezen is.
""")

T(r"""
Van: [[e:r.baldew@huisartsenmoerwijk.nl]]
Aan: [[e:swt-moerwijk@denhaag.nl]]
Verzonden: vrijdag [[d:17 november 2023]] 16:42
Onderwerp: mw [[p:Ramautar]], geb. [[d:04-09-1951]]

Collega's,
Mw [[p:Sita Ramautar]] is vanmiddag bij mij geweest met haar schoonzoon. Zij is vergeetachtig, eet slecht, en de thuiszorg komt niet meer binnen. Mw heeft toestemming gegeven om jullie in te schakelen. Graag een huisbezoek met de {{r:casemanager dementie}}.
Met collegiale groet,
[[p:R. Baldew]], {{r:huisarts}}
Huisartsenpraktijk Moerwijk, tel. [[t:070-3881250]]
""")

T(r"""
Notitie [[p:Ilse]] ({{r:MW}}): brief van school zit in dossier, stukje overgenomen:

"Beste ouder/verzorger van [[p:Dawit]],
Wij maken ons zorgen over het verzuim van uw zoon. Sinds [[d:8 januari]] is hij 11 dagen ongeoorloofd afwezig geweest. Wij hebben de {{r:leerplichtambtenaar}} ingeschakeld (melding [[ds:LPA-23-1904]]).
Met vriendelijke groet, [[p:Marjolein de Bruijn]], {{r:mentor}} 2B, {{o:Zuid-West College}}"

Moeder ([[p:Tsega]]) begreep brief niet. Samen gelezen met tolk van {{o:VluchtelingenWerk}}.
""")

T(r"""
Beste meneer [[p:Hoop]],
Ik heb u brief gekregen over de schulden. Ik heb alle papieren in een tas gedaan, ook de brieven van {{o:Intrum}} en van de zorgverzekering. Mijn rekening is [[i:NL97 INGB 4644 4394 63]] maar daar staat niks meer op. Wanneer komt u?
groet [[p:Kemal Yıldız]]

Reactie [[p:Wouter Hoop]], {{r:schuldhulpverlener}}: Beste [[p:Kemal]], ik kom [[d:woensdag 22 mei]] om 13.30 uur bij u langs. Neem de tas mee naar de tafel, dan sorteren we samen. Groet, [[p:Wouter]]
""")

T(r"""
Gevonden op de mat bij mw [[p:De Wit]] (onder de deur, handgeschreven):

Mevr. U moet de vuilniszakken niet meer op de trap zetten het stinkt en er zijn muizen. Als het nog een keer gebeurt bel ik de woningbouw. Buren van 2 hoog.

Mw zelf erg van slag. {{r:Wijkverpleegkundige}} [[p:Hanneke]] gaat vragen of {{o:Humanitas}} kan helpen met afval wegbrengen. Adres voor de vrijwilliger: [[a:Van Ravesteynstraat 12-hs]], sleutel bij buurvrouw [[p:Bakker]].
""")

T(r"""
{{o:Flanderijn}} Gerechtsdeurwaarders
Dossiernummer: [[ds:2024.118.554]]
Datum: [[d:12-02-2024]]

AANZEGGING
Aan de heer [[p:J.P. Kok]], wonende te [[pc:3083 CK]] Rotterdam, [[a:Wolphaertsbocht 217B]]

Hierbij deel ik u mede dat op [[d:26 februari 2024]] beslag zal worden gelegd op uw roerende zaken ...

Dhr. belde in paniek. {{r:Schuldhulpverlener}} van {{o:Kredietbank Rotterdam}} gevraagd om met deurwaarder te bellen voor een pauze. Cliëntnummer KBR: [[ds:KBR-71230]].
""")

T(r"""
Hallo meneer,
Ik ben [[p:Gift Mensah]] van de kerk in {{w:Feijenoord}}, wij helpen broeder [[p:Kwame Owusu]] met eten. Hij heeft geen geld sinds hij ontslagen is. Hij woont op [[a:Oranjeboomstraat 165-B]]. U kan mij bellen op [[t:+31 6 2874 1190]] of mailen [[e:giftmensah77@gmail.com]].
God bless

--- Doorgestuurd door [[p:Petra]] ({{o:Wijkteam Feijenoord}}). Ik heb dhr. [[p:Owusu]] uitgenodigd, hij komt [[d:maandag 4 maart]] met mevrouw [[p:Mensah]] mee.
""")

T(r"""
Sms van zoon mw [[p:Zomer]]:
"mama is gevallen ligt in haave ziekenhuis. wie moet ik bellen voor thuis zorg na ontslag. [[p:robin]]"
Ik: Hoi [[p:Robin]], sterkte. Ik neem contact op met de transferverpleegkundige van het {{o:HagaZiekenhuis}} en bel je morgen. Groet [[p:Anouk]], {{o:SWT Escamp}}.
""")

T(r"""
Brief {{o:Sociale Verzekeringsbank}} (kopie bij intake):
Uw burgerservicenummer: [[b:832200232]]
Ons kenmerk: [[ds:AOW-5590127]]
Datum: [[d:18 maart 2024]]
Geachte mevrouw [[p:Tahiri]],
Wij hebben uw aanvraag aanvullende inkomensvoorziening ouderen ontvangen. Wij missen nog de bankafschriften van [[i:NL10SNSB9285193058]].

Mw [[p:Khadija Tahiri]] had de afschriften al gestuurd, maar op haar oude adres [[a:Paul Krugerlaan 71]]. {{r:Ouderenconsulent}} belt SVB.
""")

T(r"""
Van de {{r:wijkagent}}:
"Goedemiddag, ik ben afgelopen nacht met collega ter plaatse geweest bij [[a:Delftweg 48A]] in {{w:Overschie}} ivm melding burenruzie. Betrokkene [[p:Henk van Dam]] (63) was onder invloed. Geen aanhouding. Registratie [[ds:PL1700-2024056213]]. Zou fijn zijn als jullie iemand langs sturen, ik denk dat meneer vereenzaamd is. Groet, [[p:Marco Schipper]], {{r:wijkagent}} {{w:Overschie}}/{{w:Kleinpolder}}"
Afgesproken dat ik samen met [[p:Marco]] langs ga op [[d:di 23 april]].
""")

T(r"""
Geachte Sociaal Wijkteam,

Mijn naam is [[p:Oleksandr Kovalenko]], ik kom uit Oekraine en woon sinds 2022 in Delft. Mijn vrouw [[p:Iryna]] is ziek en ik moet zorgen voor haar en onze zoon. Ik spreek nog niet goed Nederlands, sorry voor fouten. Kan iemand helpen met aanvraag huishoudelijke hulp? Adres [[a:Papsouwselaan 119]], [[pc:2624 AM]] Delft. Telefoon [[t:0687 31 44 02]].

Met vriendelijk groeten,
[[p:Oleksandr]]

Reactie {{o:Wmo-loket}} Delft: doorverwezen naar {{o:Wijkteam Delft}}, {{r:Wmo-consulent}} [[p:Laila]] neemt contact op.
""")

T(r"""
[[p:Bram]] van {{o:SchuldHulpMaatje}} mailt over dhr [[p:de jong]]:
"Hoi, even een update. [[p:Theo]] heeft de brief van de belastingdienst nu wel geopend (aanslag [[ds:8812.45.667.H.46.01]]) en we hebben een betalingsregeling aangevraagd. Hij vroeg of jij dat formulier voor de kwijtschelding nog hebt. Groet [[p:Bram]]"

Ja, formulier zit in map. Breng ik [[d:donderdag 6 juni]] mee.
""")

T(r"""
Hoi mevrouw [[p:Veenstra]]
Ik [[p:Yasmina]] hier. Ik ben niet naar de afspraak gekomen want mijn dochter had koorts. Kan ik nieuwe afspraak? liever ochtend want middag moet ik [[p:Ilyas]] van school halen. Mijn telefoon is kapot dus mail naar [[e:yasmina.bh@hotmail.com]]

Antwoord: Beste [[p:Yasmina]], geen probleem. Nieuwe afspraak [[d:vrijdag 12 april]] om 9.30 uur op het {{o:Wijkcentrum De Boog}}. Groet, [[p:Femke Veenstra]]
""")

T(r"""
STAEDION
Kenmerk: [[ds:ST-OVL-22741]]
Uw kenmerk: [[ds:SWT-LK-0319]]
Betreft: [[a:Regentesselaan 58-II]]

Geachte mevrouw [[p:Groen]],
Naar aanleiding van uw verzoek delen wij u mee dat de woning van de heer [[p:Pieter Vos]] per [[d:1 juli 2024]] wordt opgeleverd. De inboedel dient voor die datum te zijn verwijderd.

Ik ({{r:casusregisseur}} [[p:Ellen Groen]]) heb Staedion gevraagd om uitstel, dhr. [[p:Vos]] ligt nog in het verpleeghuis en zijn zus [[p:Annie]] moet de spullen regelen.
""")

T(r"""
whatsapp mw [[p:ozturk]] [[d:12/01]]:
"hanim ik heb die brief van de gemeente niet begrijp. ze schrijven dat bijstand stopt vanaf [[d:1 februari]]. wat moet ik doen. ik heb niks gedaan fout"
Gebeld met {{o:Werk en Inkomen}}, bleek dat het inlichtingenformulier niet retour was. Samen ingevuld, klantnummer [[ds:WI-0443871]].
""")

T(r"""
Leiden, [[d:2 oktober 2023]]

Beste mensen van het {{o:buurtteam}},

Ik ben [[p:Cor Meijer]], 81 jaar, weduwnaar sinds vorig jaar. Mijn buurvrouw [[p:Lidia]] zegt dat ik bij u terecht kan. Het huis is te groot en de tuin wordt me te veel. Ook mis ik gezelschap.
Mijn adres is [[a:Pieterskerkhof 9]], [[pc:2311 SR]] Leiden, telefoon [[t:071-5142673]].

Hoogachtend,
[[p:C.J. Meijer]]

(brief gescand door {{r:ouderenadviseur}} [[p:Nadia]]; dhr. aangemeld bij {{o:Radius}} voor bezoekdienst)
""")

T(r"""
Van: [[e:info@bewindvoering-vanleeuwen.nl]]
Datum: [[d:maandag 15 januari 2024]]
Betreft: cliënt [[p:R. Sewnath]], dossier [[ds:BW-2019-0227]]

Geacht wijkteam,
Ik ben sinds 2019 {{r:beschermingsbewindvoerder}} van mevrouw [[p:Sewnath]]. Zij heeft mij laten weten dat zij een extra leefgeldbedrag wil voor een wasmachine. Haar leefgeldrekening is [[i:NL16 BUNQ 4784 4663 83]]. Kunt u bevestigen dat de oude machine kapot is?
Met vriendelijke groet,
mr. [[p:P. van Leeuwen]]
""")

T(r"""
Wij hebben een brief gekregen van een buurman, anoniem, over het gezin op [[a:Kamperfoeliestraat 27]] in {{w:Crabbehof}}:

"er lopen daar altijd kleine kinderen alleen op straat, ook 's avonds laat. moeder is nooit thuis. ik wil niet dat er wat gebeurt."

Afgestemd met {{o:Sociaal Wijkteam Dordrecht}} en {{o:Jeugdteam}}; moeder [[p:Priscilla Martina]] bekend bij collega [[p:Sanne]]. Geen melding {{o:Veilig Thuis}} nu, wel huisbezoek samen.
""")

T(r"""
Geachte mevrouw,
Hierbij zend ik u de gevraagde gegevens van mijn vader:
naam: [[p:Abdelkader Benali]]
geboortedatum: [[d:11-11-1946]]
BSN: [[b:8786.39.111]]
adres: [[a:Goudsbloemstraat 14]], [[pc:2565 NX]]
huisarts: dokter [[p:Rijnders]]
Ik ben zijn zoon [[p:Mohamed]], [[t:06 19 87 22 40]].
Met vriendelijke groet, [[p:M. Benali]]

Notitie: gegevens ingevoerd, Wmo-melding aangemaakt onder [[ds:WMO-2024-33170]].
""")

T(r"""
Bericht in het contactformulier van de website:
naam: [[p:Mei Ling Chen]]
e-mail: [[e:meiling.chen88@outlook.com]]
vraag: "Mijn moeder ([[p:Chen Xiu]]) wonen in {{w:Poptahof}}, ze is eenzaam en spreekt alleen Chinees. Is er een activiteit voor Chinese ouderen in Delft? Zij heeft moeite met lopen."
Doorgezet naar {{r:welzijnscoach}} [[p:Rachid]] ({{o:Delft voor Elkaar}}).
""")

T(r"""
Hallo [[p:Mirjam]]
Ik heb de formulier van de voedselbank ingevuld maar ik weet niet mijn inkomen want uwv betaald elke maand anders. mijn nummer bij uwv is [[ds:UWV 2231-88-1190]]. Kan jij helpen. Ik kan vandaag na 2 uur.
[[p:Nicu Popescu]]
[[a:Krispijnseweg 201]]

- [[p:Mirjam]] ({{r:sociaal werker}} {{o:Sociaal Wijkteam Krispijn}}): samen naar {{o:UWV}}-portaal gekeken, aanvraag {{o:Voedselbank}} verstuurd.
""")

T(r"""
Gemeente Gouda - Team Leerplicht
Datum: [[d:29 augustus 2023]]
Ons kenmerk: [[ds:LP/2023/0912]]

Geachte ouder(s)/verzorger(s) van [[p:Dylan Mulder]], geboren [[d:14 mei 2010]],

Wij nodigen u uit voor een gesprek op [[d:dinsdag 5 september 2023]] om 15.00 uur op het stadhuis. Neemt u uw legitimatie mee.

{{r:Leerplichtambtenaar}} [[p:J. Haan]]

Moeder ([[p:Kim Mulder]], [[a:Van Hogendorpplein 3]]) vroeg of ik mee kan. Ja, samen met {{r:jeugdconsulent}} van {{o:Sociaal Team Gouda}}.
""")

T(r"""
Mail van [[p:Koen]] (vrijwilliger {{o:Humanitas Thuisadministratie}}):
"Ik ben vandaag bij mw [[p:Mahabier]] geweest, ze had weer 3 aanmaningen van de energie, klantnummer [[ds:E-10024499]]. Ze wil niet dat haar dochter het weet. Mag ik jou haar nummer geven? [[t:06-28116503]]"
Ja, ik bel mw zelf. [[p:Koen]] bedankt voor de signalering.
""")

T(r"""
Beste heer/mevrouw,

Mijn zus [[p:Hülya]] durft het zelf niet te schrijven. Haar man slaat haar en ook de kinderen zijn bang. Ze woont [[a:Soestdijksekade 402]] maar ze wil niet dat hij weet dat ze hulp zoekt. Bel alstublieft alleen naar mij: [[t:06-51223807]], [[p:Serpil Demir]].

Reactie: Beste mevrouw [[p:Demir]], dank voor uw vertrouwen. Ik heb overlegd met {{o:Veilig Thuis Haaglanden}} en bel u morgen ([[d:20 maart]]) om 11 uur. Met vriendelijke groet, [[p:Marieke]], {{r:maatschappelijk werker}}.
""")

T(r"""
Ontvangen van {{o:Woonbron}}, ingeplakt:
"Geachte heer [[p:Souza]], Op [[d:14-5-2024]] hebben wij een woonfraudeonderzoek gedaan op [[a:Putselaan 88A]]. Er lijken meerdere personen te verblijven die niet ingeschreven staan. Wij nodigen u uit voor een gesprek. Contractnummer: [[ds:07733-118-02]]."
Dhr. [[p:Adilson Souza]] (Kaapverdiaans, 58) zegt dat zijn neven tijdelijk logeren. Samen voorbereiden, {{r:woonconsulent}} [[p:Ester]] is benaderbaar.
""")

T(r"""
Huisarts dr. [[p:Bouzid]] belde en stuurde daarna:
"Patiënt [[p:Yusuf Çelik]], [[d:03.07.1988]], BSN [[b:933 369 803]]. Verwijzing naar {{o:Parnassia}} geweigerd door patiënt. Ik maak mij zorgen, hij slaapt in zijn auto bij zijn broer in {{w:Moerwijk}}. Kunnen jullie bemoeizorg inzetten?"
Besproken in MDO, {{o:Bemoeizorg Den Haag}} ingeschakeld.
""")
T(r"""
Geachte mevrouw [[p:Roos]],

Bijgaand stuur ik u zoals afgesproken de gegevens voor de aanvraag bijzondere bijstand van mijn moeder.

Naam: mevr. [[p:H.M. Bakker-Visser]]
Adres: [[a:Burgemeester Jamessingel 140]], [[pc:2803 PV]] Gouda
BSN: [[b:187336532]]
Rekeningnummer: [[i:NL48 KNAB 0933 0654 18]] t.n.v. [[p:H.M. Bakker]]
Telefoon: [[t:0182-518 406]]

Zij is 77 en heeft geen pc. Wilt u de post naar mij sturen? Mijn e-mail is [[e:a.bakker.gouda@ziggo.nl]].

Vriendelijke groet,
[[p:Annemiek Bakker]] (dochter)

Notitie [[p:Lotte Roos]], {{r:consulent}} {{o:Sociaal Team Gouda}}: tenaamstelling rekening is afgekort, checken bij bank. Post wordt niet naar dochter gestuurd zonder machtiging van mw.
""")

T(r"""
Appje van [[p:Dewi]] (vrijwilliger {{o:Taalhuis}}) aan mij:
"hey! [[p:Abdi]] vroeg me om deze brief te fotograferen, het is van {{o:Vestia}} geloof ik. ze willen zijn meterkast controleren op [[d:28/8]] tussen 8 en 12. hij werkt dan. kan iemand anders de deur open doen? adres is [[a:Slaak 22 bis]], [[pc:3061CT]]. xx [[p:dewi]]"
Ik heb [[p:Abdi Warsame]] gebeld, zijn neef [[p:Hassan]] is thuis die ochtend.
""")

T(r"""
CBI Incasso B.V.
Postbus 3072
3003 AB Rotterdam

Rotterdam, [[d:21 december 2023]]
Dossiernummer: [[ds:CBI-6619023]]
Opdrachtgever: {{o:Zilveren Kruis}}

Aan: Mevrouw [[p:B. Yilmaz]]
[[a:Hillevliet 97c]]
[[pc:3074 KE]] ROTTERDAM

Betreft: Laatste sommatie

Geachte mevrouw [[p:Yilmaz]],
Ondanks eerdere herinneringen heeft u de openstaande premie van € 1.148,20 nog niet voldaan. Indien wij uw betaling niet binnen 5 dagen ontvangen op rekening [[i:NL08INGB5376204506]] onder vermelding van uw dossiernummer, gaan wij over tot dagvaarding.

Hoogachtend,
[[p:R.A. Dekker]], {{r:incassospecialist}}

Mijn notitie: mw [[p:Büşra Yilmaz]] heeft al een WSNP-aanvraag lopen via {{o:Kredietbank Rotterdam}}. Brief doorgestuurd naar haar {{r:schuldhulpverlener}} [[p:Tom]], met het verzoek het moratorium aan te vragen.
""")

T(r"""
Hoi,

Sorry dat ik mail in het weekend. Ik ben [[p:Jesse]], 19 jaar, ik woon bij mijn oma ([[p:Tineke Hoek]]) in {{w:Tanthof}} sinds mijn moeder weg is. Oma krijgt steeds meer moeite met trap en koken en ik moet ook naar school (MBO). Ik weet niet wat kan. Mijn mail is [[e:jesse.h2005@gmail.com]] of bel [[t:0612904431]]. Oma d'r adres is [[a:Diependaalselaan 318]], [[pc:2625 JK]] Delft.

Groetjes

---
Reactie: Hoi [[p:Jesse]], knap dat je dit meldt. Ik ben [[p:Saskia]], {{r:jeugd- en gezinswerker}} bij {{o:Wijkteam Delft Zuid}}. Ik kom graag bij jullie langs, ook om te kijken wat jij als jonge mantelzorger nodig hebt. Past [[d:dinsdag 10 oktober]] om 16.00 uur? Groet, [[p:Saskia]]
""")

T(r"""
Van: {{o:Politie}} {{w:Rotterdam-Zuid}} - [[p:Kevin Bos]]
Aan: {{o:Wijkteam Charlois}}
Onderwerp: zorgmelding [[ds:ZM-2024-00871]]

Goedemorgen,
Vannacht ([[d:02-03-2024]]) aangetroffen: mevrouw [[p:Ana Lopes Tavares]], geb. [[d:19-06-1970]], verward op straat bij de Wolphaertsbocht. Mevrouw is naar haar woning begeleid ([[a:Dorpsweg 125-A]], [[pc:3083 LG]]). Zij gaf aan dat haar zoon [[p:Nelson]] soms bij haar slaapt. Geen acuut gevaar. Graag opvolging door jullie.
Met vriendelijke groet,
[[p:K. Bos]]
{{r:Wijkagent}} {{w:Tarwewijk}}

{{r:Wijkverpleegkundige}} [[p:Gerda]] gaat morgen langs.
""")

T(r"""
mw [[p:kaya]] belt ivm brief huisbaas, foto gestuurd:

Dear Sir/Madam  Mevrouw [[p:Kaya]]
U moet huis verlaten per 1e van de maand want ik ga verkopen. Contract is klaar.
[[p:Jan Willem van Rijn]] / Vastgoed JWR, [[t:06-38224917]]

Er is een onbepaaldetijdcontract. Mw verwezen naar {{o:Juridisch Loket}} en {{o:Huurteam}}. Mw woont [[a:Hugo de Grootstraat 210 A]] in {{w:Leiden Noord}}.
""")

T(r"""
Beste meneer [[p:Mahmoud]],

Ik ben [[p:Ahmad Rahimi]] uit Afghanistan. Mijn vrouw [[p:Zarghuna]] en ik hebben brief van belasting over toeslagen terug betalen, 4.600 euro. Wij begrijpen niet waarom. Mijn BSN is [[b:537.045.454]] en van haar [[b:967.531.421]]. Wij wonen op [[a:Lange Mare 61-3]], Leiden. Alsjeblieft helpen.

Dank u wel
[[p:Ahmad]]

---
[[p:Tarek Mahmoud]] ({{r:sociaal consulent}}, {{o:Buurtteam Leiden}}): Beste [[p:Ahmad]], ik heb uw brief ontvangen. Neem alle brieven van de {{o:Belastingdienst/Toeslagen}} mee op [[d:8 november]], 14.00 uur, {{o:Wijkcentrum De Kooi}}. Stuur de BSN-nummers niet meer via mail, dat is niet veilig. Groet, [[p:Tarek]]
""")

T(r"""
{{o:Rijnmond Bewindvoering}}
[[a:Weena 505]]
[[pc:3013 AL]] Rotterdam
T [[t:010 - 411 62 30]]
E [[e:info@rijnmondbewindvoering.nl]]

Rotterdam, [[d:6 juni 2024]]
Ons kenmerk: [[ds:RB/2217/MK]]
Uw kenmerk: [[ds:WT-CRO-1193]]

Geachte heer [[p:Ait Taleb]],

Graag informeer ik u dat per [[d:1 juni 2024]] het bewind over de goederen van de heer [[p:Mustafa Chaouch]] door de kantonrechter is uitgesproken. Het leefgeld wordt wekelijks op dinsdag overgemaakt naar [[i:NL22 SNSB 8782 1077 74]].

Met vriendelijke groet,
[[p:M. Klaassen]]
{{r:Bewindvoerder}}

Notitie [[p:Youssef Ait Taleb]] ({{o:Wijkteam Crooswijk}}): fijn, eindelijk rust. Dhr. [[p:Chaouch]] vandaag geïnformeerd.
""")

T(r"""
Email van juf:
Hallo, ik ben [[p:Esther Smit]], leerkracht groep 6 van [[p:Nour]] op {{o:De Regenboog}}. [[p:Nour]] vertelde vandaag in de kring dat er thuis geen eten is en dat mama de hele dag op bed ligt. Ik heb moeder ([[p:Rania Haddad]]) gevraagd om even te bellen, maar geen reactie. Kan ik met iemand van het wijkteam overleggen? [[t:078 - 613 92 45]] (school) of [[e:e.smit@regenboog-dordrecht.nl]].

Ik heb juf [[p:Smit]] teruggebeld op [[d:woensdag 31 januari]]. Mw [[p:Haddad]] is Syrisch, sinds 2016 in {{w:Wielwijk}}. Huisbezoek samen met {{r:ambulant hulpverlener}} van {{o:Yulius}}.
""")

T(r"""
Brief van [[p:Zdenek Horvath]] aan ons (geschreven door vriend):

Geachte Wijkteam
Ik heb probleem met werk. Uitzendbureau betaal niet 3 weken. Ik woon in huis met 9 andere mannen op [[a:Bergselaan 184]] in {{w:Rotterdam-Noord}}, huur 450 per maand voor bed. Baas zegt als ik klaag dan moet ik weg. Mijn rekening [[i:NL76BUNQ7053217509]]. Telefoon [[t:+420 734 118 205]] (tsjechisch nummer).
Dank

Gemeld bij {{o:Inspectie SZW}} (anoniem) en {{o:FNV}} Migrantenloket. Dhr. wil geen aangifte.
""")

T(r"""
"Hallo ik ben de buurvrouw van [[p:Gerrit]] op nummer 12, ik heb hem al een week niet gezien en zijn brievenbus zit vol. Zijn zus woont in Zeeland, ik heb alleen haar voornaam: [[p:Truus]]. Kunnen jullie kijken? Groetjes [[p:Wilma Kuipers]] [[t:06 43 81 90 27]]"
Voicemail uitgewerkt door [[p:Daan]]. Met politie ({{r:wijkagent}} [[p:Kees de Haan]]) naar [[a:Tanthofdreef 12]]. Dhr. [[p:Gerrit Verhoef]] lag op de grond, opgenomen in {{o:Reinier de Graaf}}.
""")

T(r"""
Geachte heer, mevrouw,

Wij ontvingen uw verzoek om informatie over onze gezamenlijke cliënt. Helaas kunnen wij zonder schriftelijke toestemming van de heer [[p:Lemmens]] geen medische gegevens verstrekken.

Met vriendelijke groet,
Doktersassistente [[p:Yvonne]]
Huisartsenpraktijk [[p:Van Schaik]] & [[p:Dogan]]
[[a:Koningin Julianalaan 301]], [[pc:2273 JL]] Voorburg

-- Klopt. Ik laat dhr. [[p:Frans Lemmens]] op [[d:15-4]] de toestemmingsverklaring tekenen en stuur die door.
""")

T(r"""
WhatsApp-groep mantelzorgers, bericht van [[p:Usha]]:
"[[p:Shanti]] tante heeft weer haar pillen niet genomen en ze zegt dat de {{r:thuiszorg}} niet gekomen is. Ik kan pas [[d:zaterdag 18 mei]] weer langs. Kan iemand vragen aan {{o:Florence}}?"
Ik heb met {{o:Florence}} gebeld: de zorg komt wel, maar mw doet de deur niet open. Afspraak sleutelkluisje. Adres mw [[p:Shanti Jagesar]]: [[a:Vaillantlaan 592]], [[pc:2526 HV]].
""")

T(r"""
Gouda, [[d:11-09-2023]]

Aan het Sociaal Team,

Ik schrijf u omdat mijn vriend [[p:Wim de Vos]] niet meer voor zichzelf kan zorgen. Hij drinkt te veel en eet niks. Hij woont alleen in een flat in {{w:Korte Akkeren}} ([[a:Aalberseplein 11]]). Ik durf het niet tegen hem te zeggen want dan wordt hij boos. U kunt mij bereiken op [[e:piet.snijders1954@kpnmail.nl]].

Met vriendelijke groet,
[[p:Piet Snijders]]

Antwoord gestuurd: Beste heer [[p:Snijders]], dank u wel. Wij nemen contact op met meneer zelf en met zijn {{r:huisarts}}. Ik kan u over de inhoud helaas niets terugvertellen. Met vriendelijke groet, [[p:Judith]], {{o:Sociaal Team Gouda}}
""")

T(r"""
Van: [[p:Omar Farah]] <[[e:omar.farah.1990@gmail.com]]>
Onderwerp: vraag over mijn broer

Hallo
Mijn broer [[p:Liban]] is schizofreen en hij is uit de kliniek. Hij woont nu bij mij op [[a:Laakkade 19-3]] maar ik heb klein huis met 4 kinderen. Hij heeft geen inkomen, geen DigiD. Zijn BSN [[b:898412304]]. Wie kan helpen met uitkering en eigen woning? Ik bel jou maandag ok?
[[p:Omar]]

Genoteerd: {{o:Parnassia}} FACT-team is ingeschakeld. Afspraak {{o:Werk & Inkomen}} samen met {{r:trajectbegeleider}} [[p:Mila]].
""")

T(r"""
Handgeschreven briefje, afgegeven bij {{o:Servicepunt XL}} {{w:Transvaal}}:

voor de mevrouw die mij hielp met de gas
ik heb nu weer warm water. dank u wel!!! ik heb een klein cadeau voor u maar u mag het niet hebben zegt de meneer aan de balie. ik bid voor u
Mevrouw [[p:Nasrin]]

(bedoeld voor [[p:Carla]], {{r:ouderenconsulent}})
""")

T(r"""
Aanmelding via {{o:Veilig Thuis Rotterdam Rijnmond}}, overdrachtsformulier:
Melding: [[ds:VT-RR-2024-4412]]
Betrokkenen: [[p:Dennis Koster]] (vader), [[p:Chantal Roos]] (moeder), [[p:Milan]] ([[d:2-12-2016]]), [[p:Liv]] ([[d:30-7-2019]])
Adres: [[a:Groene Hilledijk 330]], [[pc:3074 AH]] Rotterdam
"Moeder heeft zelf contact gezocht na escalatie op [[d:27 april]]. Zij wil geen aangifte. Vader is bereid tot hulp."

Eerste gesprek met mw [[p:Roos]] op [[d:3 mei]], 10.00, {{o:Wijkteam Feijenoord}}.
""")

T(r"""
Beste [[p:Hatice]],

Het is me toch gelukt om de brief van de gemeente te vinden! Kenmerk is [[ds:2023-WMO-58821]]. Ik stuur hem mee als foto. Mijn vader wil echt geen scootmobiel maar een rollator is prima.

[[p:Erkan]]

---
Hoi [[p:Erkan]], dank je. Ik zie dat de scootmobiel al is toegekend. Ik bel [[p:Mehmet]] zelf om te vragen wat hij wil en dan passen we het aan bij het {{o:Wmo-loket}}. Groet [[p:Hatice]] ({{r:Wmo-adviseur}})
""")
T(r"""
Beste mevrouw,
Ik ben [[p:Precious Adjei]] en ik heb 3 kinderen. Mijn man is terug naar Ghana. Ik heb geen geld voor de huur van [[d:1 maart]]. Mijn rekening is [[i:NL49 KNAB 5963 6307 06]]. Mijn adres [[a:Strevelsweg 700-214]], [[pc:3083 AS]]. Wat moet ik doen please
[[p:Precious]]

Reactie {{r:maatschappelijk werker}} [[p:Hope de Groot]]: Beste [[p:Precious]], u hoeft mij uw rekeningnummer niet te sturen. Ik bel u morgen om 10 uur op [[t:06-84402119]], dan kijken we samen naar de huurtoeslag en {{o:Voedselbank}}.
""")

T(r"""
Kopie brief {{o:CAK}}:
Datum: [[d:07-05-2024]]
Klantnummer: [[ds:CAK 3301 4499 02]]
BSN: [[b:951 644 312]]
Geachte heer [[p:W. Mulder]], U heeft een betalingsachterstand voor de eigen bijdrage Wmo ...
Dhr. [[p:Willem Mulder]] ({{w:Goverwelle}}) wist niet dat hij moest betalen voor de hulp bij het huishouden. Automatische incasso aangevraagd.
""")

T(r"""
[[p:lieve]] mevrouw [[p:Jansen]]
wij [[p:Rosa]] en [[p:Pedro]] willen dank u zeggen voor alles. nu wij hebben eigen huis in {{w:Sterrenburg}}, [[a:Bachstraat 41]]. u mag altijd komen voor koffie. [[p:Pedro]] heeft nu werk bij de haven.
liefs de familie [[p:Fernandes Semedo]]

(kaartje gekregen, [[d:23-12-2023]]. Dossier [[ds:SWD-0871]] kan afgesloten worden, {{r:casusregisseur}} [[p:Marloes Jansen]])
""")

T(r"""
Geachte heer [[p:Van Wijk]],

Ik schrijf u als {{r:mentor}} van mevrouw [[p:Johanna Zwart]] ({{o:Mentorschap Zuid-Holland}}). Mevrouw woont sinds [[d:12 februari]] in {{o:Woonzorgcentrum Bloemendaal}} in Gouda. Haar oude woning, [[a:Ridder van Catsweg 504]], [[pc:2804 RK]], moet nog worden leeggehaald. De kinderen hebben geen contact met haar. Kan het wijkteam hierin ondersteunen?

Met vriendelijke groet,
drs. [[p:G. van den Berg]]
[[e:g.vandenberg@mentorschapzh.nl]] | [[t:06 - 20 59 71 84]]
""")

T(r"""
reactie van verhuurder op mijn mail (ik vroeg uitstel ontruiming):
"[[p:Brigitte]], ik begrijp dat u wil helpen maar de heer [[p:El Amrani]] betaalt al 7 maanden niet. Wij hebben vonnis, zaaknummer [[ds:C/09/651234 / KG ZA 23-988]]. Ontruiming gaat door op [[d:dinsdag 14 november]]. [[p:Guus Bakker]], HBV Vastgoedbeheer"
Met dhr. [[p:Karim El Amrani]] naar {{o:Schuldhulp Den Haag}}, {{o:Wij Helpen}} voor opvang ingeschakeld.
""")

T(r"""
Hallo meneer [[p:Visser]],

ik ben [[p:Ewelina]] de vrouw van [[p:Marek Zieliński]]. [[p:Marek]] lig in het ziekenhuis ({{o:Maasstad}}) na ongeluk op werk. Wij hebben geen verzekering want baas heeft niet geregeld. Ik heb brief gekregen van ziekenhuis rekening 12 000 euro, factuurnr [[ds:F-2024-0089123]]. Mijn telefoon [[t:+48 512 330 971]] en mail [[e:ewelina.zielinska@wp.pl]]. Wij wonen [[a:Pleinweg 236B]], [[pc:3083 EZ]] Rotterdam. Prosze help

[[p:Ewelina]]

Antwoord [[p:Jeroen Visser]]: Beste mevrouw [[p:Zielińska]], ik heb uw mail gelezen. Ik heb contact gezocht met {{o:Maasstad}} (sociaal werk) en met het {{o:Juridisch Loket}}. Kunt u [[d:vrijdag 26 januari]] naar {{o:Wijkteam Charlois}} komen? Neem paspoorten mee. Met vriendelijke groet, [[p:Jeroen Visser]], {{r:sociaal werker}}.
""")

T(r"""
{{o:Stichting Wonen Delft}} ({{o:Vidomes}})
Ons kenmerk: [[ds:VD/OVL/2024/117]]
Datum: [[d:19 april 2024]]
Betreft: overlast [[a:Van Foreestweg 42]]

Geachte heer [[p:Li]],
Wij ontvangen klachten over geluidsoverlast uit uw woning tussen 23.00 en 04.00 uur...

Dhr. [[p:Li Wei]] (45) werkt nachtdiensten in een restaurant en kookt na thuiskomst. Buurtbemiddeling ({{o:Buurtbemiddeling Delft}}) aangeboden. Dhr. akkoord.
""")

T(r"""
Email van [[p:Annelies]], {{r:POH-GGZ}} {{o:Gezondheidscentrum Tanthof}}:
"Hoi, mw [[p:Sanchez]] ([[d:1.3.1979]]) mag van haar kant met jou overleggen. Ze heeft angstklachten, schulden en een zoon met ADHD. Ze woont op [[a:Tanthofdreef 75]]. Ze heeft al 2x een afspraak bij jullie gemist omdat ze het huis niet uitkomt. Huisbezoek?"
Ja. [[d:Di 9 juli]] samen met [[p:Annelies]].
""")

T(r"""
"goede middag
mijn moeder mevrouw [[p:Agyeman]] is gevallen en niemand komt. please help her"

-- Bericht via contactformulier. Dochter [[p:Abena]] belde vanuit Londen, [[t:+44 7700 912 345]]. Mw [[p:Akosua Agyeman]] (84) woont alleen aan [[a:Hobbemastraat 204B]], {{w:Schilderswijk}}, en is [[d:21 augustus]] van de trap gevallen. {{r:Wijkverpleegkundige}} en {{o:Fysio aan Huis}} ingeschakeld.
""")

T(r"""
Hoi [[p:Mo]],
kan je me helpen met een vraag? Mijn huisbaas zegt dat ik moet betalen voor de schimmel in de badkamer. Hij stuurt foto's en rekening nr [[ds:2024-17]] van 900 euro. Ik woon hier pas sinds [[d:15 oktober]] en het was er al. Mijn adres: [[a:Oude Vest 188-C]], Leiden.
Groet, [[p:Jamal Bouazza]]
[[t:06 3399 1176]]

[[p:Mo]] ({{r:jongerenwerker}}) stuurde door naar mij. Ik heb [[p:Jamal]] doorverwezen naar {{o:Huurteam Leiden}}.
""")

T(r"""
Geachte mevrouw [[p:Koster]],

Naar aanleiding van ons telefoongesprek van [[d:maandag 3 juni]] bevestig ik dat ik per direct stop als {{r:vrijwilliger}} bij de heer [[p:Van der Meer]]. Ik kan het niet meer aan, hij scheldt mij uit en gisteren heeft hij een kopje gegooid.

Met vriendelijke groet,
[[p:Ria Hendriks]]
[[a:Rembrandtlaan 7]], [[pc:3331 TZ]] Zwijndrecht

Notitie: [[p:Kees van der Meer]] (79, {{w:Crabbehof}}) mogelijk beginnende dementie? Overleg {{r:huisarts}} en {{r:casemanager dementie}}.
""")

T(r"""
Uit het verslag van {{r:bewindvoerder}} ([[p:Van den Heuvel]] {{o:Budgetbeheer}}), ingeplakt door mij:
"Cliënt: dhr. [[p:S. Kalpoe]]
BSN: [[b:735760810]]
Beheerrekening: [[i:NL68 BUNQ 6285 6384 17]]
Leefgeldrekening: [[i:NL91INGB2943267345]]
Schulden: 14 schuldeisers, totaal ca. € 31.000
Bijzonderheden: cliënt wil zelf contact met de {{o:Belastingdienst}}, dit werkt tegen."
Met dhr. [[p:Kalpoe]] besproken dat alle post naar bewindvoerder gaat.
""")

T(r"""
Buurvrouw belde en stuurde sms:
"Meneer [[p:Dijkstra]] op [[a:Zonnebloemstraat 38]] roept de hele tijd om hulp, ik durf niet naar binnen. [[p:Leen]] van nummer 40"
Direct doorgezet naar {{o:GGD}} meldpunt zorg en overlast, [[ds:MZO-77120]]. GGD is om 15.30 geweest, dhr. [[p:Dijkstra]] opgenomen.
""")

T(r"""
Mailwisseling met {{o:Woonpartners Midden-Holland}}:

Van: [[e:w.debruin@woonpartners-mh.nl]]
"Beste [[p:Sophie]], de woning van mw [[p:Ouali]] aan de [[a:Graaf Florisweg 66]] wordt [[d:16 augustus]] geïnspecteerd op vervuiling. Is het wijkteam erbij? Groet, [[p:Wendy de Bruin]], {{r:woonconsulent}}"

Mijn antwoord: "Hoi [[p:Wendy]], ja ik kom, samen met {{r:GGZ-verpleegkundige}} [[p:Theo]] van {{o:Kwintes}}. Mw weet ervan. Groet, [[p:Sophie]]"
""")

T(r"""
Brief {{o:Gemeente Rotterdam}}, Werk en Inkomen
Datum: [[d:11 januari 2024]]
Zaaknummer: [[ds:Z-2024-001284]]
Ons kenmerk: [[ds:WI/BB/1284-RM]]

Geachte mevrouw [[p:R. Mohan]],
[[a:Bloemkwekersstraat 55]]
[[pc:3081 VK]] ROTTERDAM

Uw aanvraag voor bijzondere bijstand voor een koelkast is toegekend...

Mw [[p:Radha Mohan]] blij. Koelkast via {{o:Kringloop}}.
""")

T(r"""
hallo wijkteam ik ben [[p:yunus]] 17 jaar ik mag niet meer thuis wonen van mijn vader. ik slaap bij vriend maar daar kan ook niet lang. wat kan ik doen. mijn nummer [[t:0643902218]]

(via insta-dm naar {{r:jongerenwerker}} [[p:Said]], doorgestuurd [[d:vr 8-3]]. [[p:Said]] + {{o:CJG}} gaan vandaag met [[p:Yunus]] praten, ook {{o:Jeugdbescherming}} check)
""")

T(r"""
Van: dr. [[p:M. Yıldırım]], {{r:huisarts}}
Datum: [[d:26-09-2023]]
Aan: {{o:Buurtteam Leiden Zuidwest}}

Betreft: [[p:Esra Kılıç]], [[d:12-12-1993]], [[a:Zuidvliet 9]], [[pc:2316 EA]]

Collega's, mw. heeft ernstige postnatale depressie, baby is 3 mnd. Partner werkt veel. Graag praktische ondersteuning en contact met {{o:JGZ}}. Mw is akkoord met dit contact.
Met vriendelijke groet, [[p:M. Yıldırım]]
""")

T(r"""
Sms vrijwilliger [[p:Joke]] ({{o:Vrijwillige Thuishulp}}):
"Ik heb mw [[p:de hoop]] naar de tandarts gebracht. Ze zei dat ze [[d:13 juni]] jarig is en dan alleen is. Misschien iemand langs?"

Correctie: mw heet [[p:De Hoop]] (zo staat het in ons systeem). [[p:Joke]] zelf gaat op haar verjaardag langs.
""")
T(r"""
Gemeente Den Haag, Dienst SZW
Datum: [[d:4 maart 2024]]
Ons kenmerk: [[ds:SZW-2024-118733]]
BSN: [[b:411 335 224]]

Geachte heer [[p:Boateng]],
Uw uitkering wordt per [[d:1 april 2024]] verlaagd omdat u samenwoont met mevrouw [[p:A. Osei]] op [[a:Wouwermanstraat 29]]...

Dhr. [[p:Kofi Boateng]] zegt dat mw [[p:Osei]] alleen zijn nicht is die tijdelijk logeert. Bezwaar samen opgesteld, termijn 6 weken.
""")

T(r"""
Lieve [[p:Noor]],
Ik wil je bedanken voor het gesprek. Ik heb nu een afspraak bij de {{o:Voedselbank}}. Sorry dat ik zo boos was op de telefoon, het is gewoon allemaal te veel met [[p:Jayden]] en zijn vader.
Liefs [[p:Sharon]]
(kaartje [[p:Sharon van Loon]], [[a:Bernard Zweerskade 3-bis]], {{w:Bospolder}})
""")

T(r"""
Mail van {{o:Humanitas}} [[p:Tineke Schouten]] ({{r:coördinator Home-Start}}):
"Hoi! We hebben een vrijwilliger voor gezin [[p:Tesfay]] gevonden: [[p:Marjan]], zij kan op dinsdagochtend. Mag ik haar het adres geven ([[a:Heemraadssingel 277]])? Ze is zelf ook moeder van 3. Groetjes [[p:Tineke]], [[t:010-4367722]]"
Ja, met toestemming van mw [[p:Helen Tesfay]] (Eritrees, sinds 2019 in NL).
""")

T(r"""
Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen het besluit van [[d:14-08-2023]] met kenmerk [[ds:WMO/HH/23/4471]].
Mijn moeder [[p:Grietje van der Laan]], geboren [[d:2 februari 1938]], BSN [[b:707984592]], wonende [[a:Lange Groenendaal 114]], [[pc:2801 LV]] Gouda, heeft recht op meer uren hulp. Zij is blind aan één oog en kan niet meer stofzuigen.

Hoogachtend,
[[p:ir. J. van der Laan]]
[[e:jvdlaan@xs4all.nl]]

-- Notitie {{r:Wmo-consulent}}: zoon belde erbij. Heronderzoek gepland [[d:29/8]].
""")

T(r"""
dag mevr [[p:ramdin]]
ik heb de brief van de rechtbank nu. Ik moet [[d:dinsdag 12 december]] komen om 9.15 uur. Moet jij ook mee? Ik ben bang voor de rechter.
[[p:vinod]]

Reactie: Ja [[p:Vinod]], ik ga mee. Ik haal je om 8.30 uur op bij [[a:Paul Krugerlaan 18]]. Groet, [[p:Kavita Ramdin]] ({{o:SWT Transvaal}})
""")

T(r"""
Van {{o:Kinderopvang Kinderrijk}} ([[p:Nathalie]], {{r:pedagogisch medewerker}}):
"We zien dat [[p:Amira]] (3) vaak dezelfde kleren aanheeft en erg hongerig is als ze komt. Moeder [[p:Naima Azzouzi]] is heel lief maar lijkt overweldigd. Ouders zijn sinds de zomer van 2023 gescheiden."
Gebeld met mw [[p:Azzouzi]] op [[d:vrijdag 2 februari]]. Zij wil graag hulp bij de opvoeding, {{o:CJG}} erbij gevraagd.
""")

T(r"""
Voicemail uitgeschreven:
"Ja goedendag, met [[p:Bert Kok]], ik ben de broer van [[p:Jannie]]. [[p:Jannie]] zit helemaal in de schulden, ze heeft weer een brief van {{o:Lavg}} gekregen, dossiernummer [[ds:L-7712938]]. Ik zou graag willen dat iemand haar helpt. Mijn nummer is [[t:06 24 77 19 03]]. Dank u."
""")

T(r"""
Geachte mevrouw,

U heeft ons gevraagd om een verklaring voor de urgentieaanvraag van de heer [[p:Abdullahi Hirsi]], [[d:05-05-1981]]. Hierbij verklaren wij dat de heer [[p:Hirsi]] sinds januari onder behandeling is bij {{o:GGZ Rivierduinen}} en dat de huidige woonsituatie zijn herstel ernstig belemmert.
Met vriendelijke groet, [[p:S. Oudshoorn]], {{r:psychiater}}

Verklaring toegevoegd aan urgentieaanvraag, [[ds:URG-LEI-2024-061]]. Dhr. woont nu met 5 anderen in een kamer op [[a:Haagweg 4e]], Leiden.
""")

T(r"""
Bericht van mw [[p:Nowak]] (vertaald met Google):
"Goedendag. ik heb de afspraak niet vergeten. [[p:Tomasz]] mijn man is weer gaan drinken en heeft mijn telefoon kapot gemaakt. Dit is telefoon van mijn vriendin [[p:Kasia]]: [[t:06 58 20 11 73]]. Niet naar mijn nummer bellen."
Veiligheidsplan gemaakt met {{o:Veilig Thuis}}. Mw [[p:Agnieszka Nowak]] en kinderen naar {{o:Blijf Groep}}.
""")

T(r"""
Brief aan cliënt (concept, door mij):

Dhr. [[p:H. Çakır]]
[[a:Rozenburglaan 18-2]]
[[pc:3035 AK]] Rotterdam

Rotterdam, [[d:28 maart 2024]]
Betreft: uw afspraak

Beste meneer [[p:Çakır]],
Zoals besproken komen wij [[d:woensdag 10 april]] om 11.00 uur bij u thuis met {{r:budgetcoach}} [[p:Ingrid]]. Wilt u de brieven van {{o:Eneco}} en {{o:DUO}} klaarleggen?
Met vriendelijke groet,
[[p:Selin Aksoy]]
{{o:Wijkteam Noord}}
""")

T(r"""
Melding van de buurman van dhr. [[p:Lodewijk]], per mail:
"dhr [[p:Lodewijk]] woont al 30 jaar naast ons en wordt steeds vergeetachtiger, ik vond hem gisteren in pyjama op straat. Zijn zoon [[p:Maarten]] woont in Canada. groet, [[p:Peter Visser]], [[a:Westduinweg 150]]"
""")

T(r"""
E-mail:
Van: "[[p:Maria Ionescu]]" <[[e:maria.ionescu.ro@yahoo.com]]>
Subject: ajutor / hulp

Buna ziua. Hallo. Ik werk in kas in Westland en woon met mijn man in {{w:Laak}}. Eigenaar van huis wil 1200 euro borg terug niet geven. Ik heb contract op naam van [[p:Vasile Ionescu]]. Wij verhuizen op [[d:31.05.2024]]. Wat kan ik doen?

Beantwoord in het Engels door {{r:arbeidsmigrantenconsulent}} [[p:Lucia]]. Verwezen naar {{o:Huurteam Den Haag}}.
""")

T(r"""
Gesprek met zoon over brief {{o:Zorgverzekeraar VGZ}}:
"polisnummer [[ds:VGZ 66120493]], naam [[p:Elif Aydemir]], geboortedatum [[d:17-3-'49]]". Premieachterstand > 6 mnd, aangemeld bij {{o:CAK}} wanbetalersregeling. Zoon [[p:Burak]] ([[t:06-19336204]]) regelt het samen met mij.
""")

T(r"""
Geachte mevrouw [[p:Mei]],

Uw cliënt, de heer [[p:Chan]], is op [[d:vrijdag 1 december]] niet verschenen op de zitting bij de kantonrechter Den Haag. Het vonnis volgt per post.

mr. drs. [[p:F. Hendriks]], advocaat

Notitie: [[p:Lin Mei]] is ons {{r:maatschappelijk werker}}, niet de advocaat van dhr. [[p:Chan Kwok Wing]]. Brief is verkeerd geadresseerd, doorgestuurd.
""")

T(r"""
WhatsApp van [[p:Fatoumata]]:
"Goedemorgen mevrouw, ik ben nu in het {{o:Leger des Heils}} opvang. ik heb geen adres meer. brief moet naar postadres. Kan ik postadres bij jullie? mijn zaak nummer bij gemeente is [[ds:ZK24-008841]]"
Postadres aangevraagd via {{o:Straatconsulaat}}.
""")

T(r"""
Brief {{o:Woonkracht10}} (foto via cliënt):
Datum [[d:22-1-2024]], kenmerk [[ds:WK10/HA/3318]]
"Geachte heer [[p:Van Leeuwen]], U heeft een huurachterstand van 3 maanden ([[a:Ravelstraat 44]], [[pc:3311 EZ]] Dordrecht)..."
Dhr. [[p:Dirk van Leeuwen]] gaat akkoord met betalingsregeling 75 p/m via {{o:Sociaal Wijkteam Dordrecht}}.
""")
T(r"""
Gemaild door dochter, met bijlagen:

"Hallo [[p:Petra]],

Hierbij de gegevens die je vroeg voor de aanvraag van de mantelzorgwaardering en de bijzondere bijstand voor mijn vader.

Vader: [[p:Hendrik Jan Schipper]], geb. [[d:30 juni 1944]]
BSN: [[b:790 172 975]]
IBAN: [[i:NL41 TRIO 6549 7651 23]]
Adres: [[a:Pijnackerstraat 2-III]], [[pc:3072 SM]] Rotterdam
Ikzelf: [[p:Marian Schipper]], [[t:06 - 48 33 27 10]], [[e:marian.schipper@live.nl]]

Hij wil eigenlijk niet dat ik dit doe, dus zeg maar dat het jouw idee was haha. Hij is erg koppig maar ik kan het niet meer alleen. Ik werk fulltime en rij elke dag na mijn werk naar {{w:Afrikaanderwijk}}.

Groetjes, [[p:Marian]]"

Reactie [[p:Petra]] ({{r:mantelzorgconsulent}}, {{o:Wijkteam Feijenoord}}): Hoi [[p:Marian]], dank je wel. Ik ga het niet stiekem doen: ik bespreek het [[d:donderdag 7 maart]] eerlijk met je vader. Ik meld jou ook aan bij {{o:Mantelzorg Rotterdam}} voor een gesprek over jouw belasting. Groet, [[p:Petra]]
""")

T(r"""
Van: [[e:bewind@zorgvuldigbewind.nl]]
Aan: [[e:l.dekker@swtescamp.nl]]
Cc: [[e:a.rahman@zorgvuldigbewind.nl]]
Onderwerp: RE: cliënt [[p:Sultani]], [[ds:ZB-0412]]

Beste [[p:Lieke]],

Dank voor je bericht. Mevrouw [[p:Sultani]] heeft inderdaad een vast bedrag per week, maar dat is op [[d:24/4]] niet overgemaakt wegens een storing bij de bank. We hebben het vandaag alsnog gestort op [[i:NL38ASNB2114476318]]. Excuses voor de zorgen.

Met vriendelijke groet,
[[p:Abdul Rahman]]
{{r:Bewindvoerder}} | {{o:Zorgvuldig Bewind}}
[[t:(070) 762 04 19]]
""")

T(r"""
Melding van {{o:Eneco}} (afsluitbeleid, vroegsignalering), ingeplakt:
Klant: [[p:D. Pinas]]
Adres: [[a:Dr. Zamenhofstraat 39]], [[pc:2522 CR]]
Achterstand: € 410,-
Contactpoging: [[d:11-10-2023]], geen reactie
Huisbezoek door {{o:Vroeg Eropaf}} op [[d:13-10]]. Mw [[p:Daisy Pinas]] (Surinaams, 52) woont met kleinzoon [[p:Gianni]]. Betalingsregeling getroffen.
""")

T(r"""
Beste mevrouw [[p:Bos]]

Hier is [[p:Yonas]]. Ik heb brief van DUO. Ze zeggen ik moet inburgering nog doen voor [[d:15-07-2024]] anders boete. Maar ik ben ziek geweest. Mijn huisarts [[p:Kramer]] kan brief maken. Is dat genoeg? Mijn BSN [[b:694720215]]

Dank je

Antwoord: Beste [[p:Yonas]], ja, een brief van de huisarts helpt. Stuur die niet naar mij maar naar {{o:DUO}}. Ik help je [[d:vrijdag 3 mei]] met het formulier verlenging. Groet, [[p:Ingrid Bos]], {{r:consulent inburgering}}.
""")

T(r"""
Mail van docent {{o:ROC Mondriaan}}:
"Goedemiddag, ik ben [[p:Richard Blom]], {{r:studieloopbaanbegeleider}} van [[p:Shakira Pinas]]. Zij zegt dat zij niet naar school kan omdat ze voor haar broertjes moet zorgen. Moeder zou in het ziekenhuis liggen. Kunnen jullie contact opnemen? [[p:Shakira]]: [[t:06 17220948]]. Met vriendelijke groet, [[p:R. Blom]]"
""")

T(r"""
Doorgestuurd door {{r:huisarts}} [[p:Van Dijk]], {{o:Huisartsenpraktijk Krispijn}}:

"Betreft: dhr. [[p:L. Hofman]], [[d:8/4/1960]], [[a:Mijlweg 12]] zw.
Collega's, deze patiënt komt wekelijks op mijn spreekuur met lichamelijke klachten waar ik niets voor vind. Hij is eenzaam sinds zijn vrouw overleed. Ik denk aan welzijn op recept. Patiënt heeft mondeling toestemming gegeven."

Aangemeld bij {{o:Welzijn op Recept}}, {{r:welzijnscoach}} [[p:Shirley]].
""")

T(r"""
Kerstkaart van cliënt, {{o:SWT Laak}}:
"voor [[p:Dennis]] en [[p:Fleur]] van het wijkteam, fijne kerst en bedankt voor dit jaar. zonder jullie zat ik nu op straat. [[p:Marco]] en [[p:Sandra]] en de honden"
(familie [[p:Vermeulen]], [[a:Tapijtstraat 118]])
""")

T(r"""
Geachte mevrouw, meneer,

Ik ben [[p:Hamid Karimi]] en woon in Nederland sinds 2015. Ik wil graag vrijwilliger worden als tolk Dari/Farsi voor jullie. Ik heb gewerkt als leraar in Herat. Mijn contact: [[e:h.karimi1975@gmail.com]], [[t:06-26 55 88 04]].

Met vriendelijke groet,
[[p:H. Karimi]]

Doorgestuurd naar {{o:Vrijwilligerspunt Delft}}.
""")

T(r"""
Post cliënt, ingescand:

GGN Mastering Credit
Dossiernr.: [[ds:4.117.328]]
Vordering: {{o:T-Mobile}}, factuur [[ds:90021874456]]
Aan: [[p:M. Mohammadi]], [[a:Apollolaan 24]], [[pc:2324 BZ]] LEIDEN
Datum: [[d:06/02/2024]]

Mw [[p:Maryam Mohammadi]] had het abonnement opgezegd in 2022. Bewijs gevonden, bezwaar verstuurd per aangetekende post.
""")

T(r"""
Hallo hallo
Ik ben [[p:Sevda]] buurvrouw van [[p:Fikret]] amca op [[a:Dirk Hoogenraadstraat 141]]. Amca is 88 en hij woont alleen. Hij valt veel. Zijn kinderen wonen in Duitsland. Ik kook voor hem maar ik ga vanaf [[d:20 juli]] 4 weken naar Turkije. Wie helpt hem dan?

Met {{r:ouderenconsulent}} [[p:Yvette]] afgesproken: maaltijdservice + alarmering. Dhr. [[p:Fikret Arslan]], telnr [[t:070-3454120]].
""")

T(r"""
Reactie {{o:Politie Haaglanden}} op ons verzoek (AVG-verzoek via casusoverleg):
"In het kader van het {{o:Zorg- en Veiligheidshuis Haaglanden}} delen wij het volgende: betrokkene [[p:R.J. Wolters]] ([[d:23-11-1985]]) is sinds [[d:1-1-2023]] vier keer in aanraking geweest met politie i.v.m. overlast op [[a:Dedemsvaartweg 1220]]. Registraties: [[ds:2023041187]], [[ds:2023098812]]. {{r:Wijkagent}} [[p:Jansen]]"
""")

T(r"""
Vrijwilliger [[p:Ahmed]] ({{o:Buurtvaders}}) appte:
"salaam, die jongen [[p:Bilal]] die ik gisteren noemde, zijn moeder wil praten. ze heet [[p:Latifa]]. ze wil niet op kantoor komen. misschien bij de moskee op vrijdag na gebed? haar nr [[t:0654127730]]"
Ok, geregeld: [[d:vrijdag 19 april]], 14.00, samen met {{r:jongerenwerker}} van {{o:Xtra}}.
""")

T(r"""
Brief van cliënt aan {{o:Belastingdienst}}, door mij gecontroleerd voor verzending:

[[p:A. Hakimi]]
[[a:Vlierboomstraat 512]]
[[pc:2564 JH]] Den Haag
BSN [[b:990933428]]

Den Haag, [[d:17 juni 2024]]
Betreft: verzoek om uitstel van betaling, aanslag [[ds:2021.H.46.559-01]]

Geachte heer, mevrouw,
Hierbij vraag ik uitstel van betaling omdat ik in een schuldhulptraject zit bij {{o:Schuldhulp Den Haag}}...
Met vriendelijke groet, [[p:Ali Hakimi]]
""")

T(r"""
Bericht van oma [[p:Riet]] via haar buurman:
"mijn kleinzoon [[p:Kevin]] woont bij mij sinds kerst..."

[[p:Riet de Wit]] (76) heeft voogdij noch toestemming. {{o:Jeugdbescherming West}} gebeld, bekend onder [[ds:JBW-21-3381]].
""")

T(r"""
Hoi [[p:Anna]]
De {{r:wijkverpleging}} komt nu 2x per dag bij papa. Het gaat iets beter. De scootmobiel staat nog steeds bij de buren omdat de berging vol is. Kan iemand van Staedion kijken? Papa's adres weet je: [[a:Soembastraat 9]]. groet [[p:Henk]] jr
""")

T(r"""
From: [[p:Ngozi Eze]] <[[e:ngozi.eze@protonmail.com]]>
Dear social team,
I am a PhD student in Delft, my husband [[p:Chidi]] lost his job and we have a baby (born [[d:April 3rd, 2024]]). We live at [[a:Mekelweg 100-A]], Delft. Can we get help with rent? Sorry I don't speak Dutch yet.
Kind regards, [[p:Ngozi]]

Antwoord in het Engels gestuurd door [[p:Martijn]] ({{o:Wijkteam Delft}}), afspraak [[d:13/05]].
""")

T(r"""
Aan het Sociaal Wijkteam {{w:Mariahoeve}}

Beste,
Mijn schoonmoeder [[p:Trees Kuijpers]] woont in de Theresiastraat; sinds twee weken herkent zij haar eigen kleinkinderen niet meer. Haar huisarts is dr. [[p:Bouwman]]. Wij (ik en mijn man [[p:Frank]]) wonen in Groningen. Bel ons op [[t:050-3128844]].
Vriendelijke groet,
[[p:Ellen Kuijpers-de Vries]]
""")

T(r"""
Doorgestuurd door {{r:schuldhulpmaatje}} [[p:Gerard]]:
"Kwijtscheldingsverzoek gemeentelijke belastingen voor [[p:Y. Ouedraogo]], aanslagnummer [[ds:0518 2231 4409]], rekening [[i:NL39ASNB2317975219]]. Aanvrager heeft geen vermogen."
Ingediend [[d:8-2-24]].
""")

T(r"""
Antwoord van de school ({{o:Montessori College}}):
"Geachte [[p:Sem]], Dank voor uw mail. Wij hebben de zorgen over [[p:Zainab]] besproken in het zorgteam. De {{r:schoolmaatschappelijk werker}}, [[p:Nadia el Khatib]], neemt contact met u op. Met vriendelijke groet, [[p:Carolien Mulder]], {{r:zorgcoördinator}}"
""")

T(r"""
Hallo meneer [[p:Koster]],
de buurman op [[a:Wielingenstraat 21-hs]] ([[pc:3074 PS]]) heeft weer zijn hond laten blaffen van 6 tot 10. Ik heb het opgenomen. Mijn dochter heeft eindexamen. Ik wil nu een klacht indienen.
Mevr. [[p:E. Sánchez]]

Antwoord: Beste mevrouw [[p:Sánchez]], ik stel voor eerst {{o:Buurtbemiddeling}} te proberen. Zij kunnen [[d:25 mei]] een gesprek begeleiden. Groet, [[p:Rik Koster]]
""")

T(r"""
Hey [[p:Iris]]!! Ik heb het huurcontract!! [[a:Goudenregenstraat 64]] in {{w:Leiden Noord}}, sleutel op [[d:1 sept]]. Kan je me helpen met inrichtingskrediet? Mijn nieuwe postcode is [[pc:2313 HT]]. XX [[p:Bo]]
""")

T(r"""
{{o:Rabobank}} bijzonder beheer aan cliënt (kopie bewindvoerder):
Rekening [[i:NL14RABO5877526720]], t.n.v. [[p:E.J. van Rooij]]
"Wij zien dat uw rekening sinds [[d:13 augustus 2023]] een debetstand heeft van € 2.980,00..."
Besproken met bewindvoerder [[p:Shirin Ahmadi]] ({{o:Horizon Bewindvoering}}), [[t:079-3627100]].
""")

T(r"""
Beste mevrouw [[p:Baldewsingh]],
U bent aangemeld door de heer [[p:Pranoto]] ({{r:POH}}) voor hulp bij de administratie. Wij willen u graag uitnodigen op [[d:woensdag 24 januari 2024]] om 10.00 uur op [[a:Prinsegracht 43]]. Kunt u niet? Bel dan [[t:070 - 752 80 00]].
Met vriendelijke groet, {{o:SWT Centrum}}
""")

T(r"""
sms: "Ik ben bij de dokter. kom iets later. [[p:Fatma]]"
Mw [[p:Fatma Güneş]] kwam 40 min later. Samen aanvraag ingediend, referentie [[ds:AANV-2024-66171]].
""")
T(r"""
Geachte mevrouw [[p:Wit]],

Hierbij stuur ik u, zoals telefonisch besproken op [[d:dinsdag 16 april]], het overzicht van mijn inkomsten en uitgaven. Ik heb het met hulp van mijn neef gemaakt want ik ben niet goed met computer.

Inkomen: AOW en klein pensioen van de haven
Huur: 712 euro aan {{o:Havensteder}} (contractnr. [[ds:HS-100928-4]])
Rekening: [[i:NL55 RBRB 8992 4284 69]]
BSN: [[b:878888639]]

Ik hoop dat ik nu huurtoeslag kan krijgen want sinds mijn vrouw [[p:Lenie]] is overleden op [[d:3 januari]] moet ik alles alleen betalen.

Met de beste groeten,
[[p:A.C.]] ([[p:Arie]]) [[p:de Graaf]]
[[a:Mathenesserdijk 402-C]]
[[pc:3026 GW]] Rotterdam

Notitie [[p:Noortje Wit]] ({{r:ouderenadviseur}}, {{o:Wijkteam Delfshaven}}): huurtoeslag aangevraagd, dhr. ook aangemeld voor rouwgroep bij {{o:Humanitas}}.
""")

T(r"""
Brief van {{o:Woonzorg Nederland}}, locatie De Schutse, kenmerk [[ds:WZN-DS-0077]]:
"Mevrouw [[p:Okafor]], bewoonster van appartement [[a:Sniepweg 8-31]], heeft tweemaal de brandmelder gesloopt..."
Gesprek met mw [[p:Blessing Okafor]] en haar dochter [[p:Favour]] op [[d:ma 22/1]]. Mw rookt binnen en raakt in paniek van het alarm.
""")

T(r"""
Beste [[p:Youssef]],

Zoals gevraagd hierbij de gegevens van mijn broer voor de aanmelding bij de {{o:Kredietbank}}:
[[p:Rachid Amrani]], [[d:7 augustus 1979]], BSN [[b:839747524]], [[a:Kruisstraat 23-B]], [[pc:2611 ML]] Delft.
Schuldeisers: {{o:Belastingdienst}}, {{o:DUO}}, {{o:CJIB}} (beschikkingsnr [[ds:1234 5678 0091 2024]]), {{o:Vattenfall}}.
Hij zegt dat hij de rest niet meer weet.

Groet, [[p:Samir Amrani]]
[[e:s.amrani@outlook.com]]
""")

T(r"""
Uit het groepsgesprek (verslag door {{r:vrijwilliger}} [[p:Hannie]]):
"Aanwezig: [[p:Rob]], [[p:Marietje]], [[p:Ahmet]], [[p:Sunita]] en ik. [[p:Ahmet]] vertelde dat hij volgende week donderdag uit zijn huis moet..."
Datum achterhaald via [[p:Ahmet]]: [[d:donderdag 14 maart]]. Dhr. [[p:Ahmet Şahin]] aangemeld, {{r:casusregisseur}} [[p:Ruben]].
""")

T(r"""
hoi mevrouw [[p:de jong]]
ik ben [[p:dani]] van de [[a:kamerlingh onnesweg 307]] u was hier vorige week voor mijn oma. ze zegt dat de vrouw van de thuiszorg haar geld heeft gepakt uit de la. 200 euro. wat moeten wij doen
groet

Melding doorgezet naar {{o:Florence}} (klachtenfunctionaris) en {{o:Veilig Thuis}} (financiële uitbuiting ouderen). {{r:Casemanager dementie}} [[p:Marja de Jong]] bezoekt oma [[p:Joke Verbeek]] [[d:4-4]].
""")

T(r"""
Van: [[p:Tanja Meester]] <[[e:t.meester@stichtingmee.nl]]>
Aan: wijkteam {{w:Stevenshof}}
Onderwerp: overdracht [[ds:MEE-ZHN-22019]]

Hallo allemaal,
Ik draag [[p:Kevin de Bruin]] (24, LVB) over aan jullie omdat ik vertrek bij {{o:MEE}}. [[p:Kevin]] woont zelfstandig in {{w:Stevenshof}} ([[a:Rosalind Franklinstraat 15]]), werkt bij {{o:DZB}} en heeft een {{r:bewindvoerder}} (mr. [[p:Polat]]). Zijn IBAN voor leefgeld: [[i:NL69BUNQ8594192227]]. Let op: [[p:Kevin]] vindt nieuwe mensen eng, introduceer via zijn moeder [[p:Gonny]] ([[t:06-44120876]]).
Groeten, [[p:Tanja]]
""")

T(r"""
Geachte heer [[p:De Koning]],
Uw dochter [[p:Luna]] ([[d:09-02-2015]]) is op [[d:22-11-2023]], [[d:23-11-2023]] en [[d:27-11-2023]] zonder bericht afwezig geweest.
{{o:OBS De Vuurvogel}}, [[p:M. Vos]], {{r:directeur}}

Vader belde ons: hij is net uit detentie, moeder van [[p:Luna]] is met onbekende bestemming. Aanpak met {{o:Jeugdteam}} {{w:Morgenstond}}.
""")

T(r"""
Aan: {{o:Stichting Leergeld}}
Van: wijkteam
"Graag aanmelding voor het gezin [[p:Bajramović]], [[a:Kamperfoelieweg 7]], [[pc:3312 RE]] Dordrecht. Kinderen: [[p:Edin]] (11) en [[p:Lejla]] (8). Moeder: [[p:Amela Bajramović]], BSN [[b:518 534 698]], [[t:078-6218452]]. Inkomen: bijstand."
Bevestiging Leergeld: dossier [[ds:SLD-4412]].
""")

T(r"""
Hoi [[p:Thijs]], hier [[p:Rosalie]] van de {{o:Voedselbank Leiden}}. Mw [[p:Dogan]] kwam vandaag niet haar pakket halen, 3e keer. Ze reageert niet op [[t:06 1922 7350]]. Kan jij even kijken? Ze woont [[a:Meeuwenlaan 20]].

Dank, ik ga langs.
""")

T(r"""
Mail van bewoner ([[p:Joost Zwart]], [[a:Brugsestraat 4]]), per mail [[e:joostzwart@gmail.com]]:
"Ik woon in [[pc:2587 XG]], vallen wij onder jullie of onder {{w:Scheveningen}}? Mijn moeder [[p:Gré]] heeft hulp nodig met boodschappen."
Antwoord: Ja, wij zijn het goede team. [[p:Linda]], {{o:SWT Scheveningen}}.
""")

T(r"""
Kopie beschikking kantonrechter:
zaak-/rolnummer: [[ds:10234567 \ BM VERZ 24-1123]]
"bewindvoerder: [[p:M.A. Kerkhof]] te Leiden, onderbewindgestelde: [[p:Samuel Tesfamariam]], geboren te Asmara op [[d:1 januari 1990]], wonende [[a:Hoge Rijndijk 95-A]], [[pc:2314 AD]] Leiden"
Toegevoegd aan dossier. Dhr. weet nu wie zijn bewindvoerder is.
""")

T(r"""
"Mw [[p:van Dam]] belde. Ze had een brief van een deurwaarder, maar wist niet welke." — {{r:Vrijwilliger}} [[p:Koos]] heeft de brief gevonden: {{o:Vesting Finance}}, dossier [[ds:VF-2024-338102]], [[i:NL30RBRB2672278295]] (rekening deurwaarder). Mw [[p:Cora van Dam]] aangemeld bij {{o:Schuldhulp Gouda}}.
""")
T(r"""
Ingekomen brief, handgeschreven, overgetypt door [[p:Femke]] ({{r:maatschappelijk werker}}, {{o:SWT Moerwijk}}):

"Den Haag [[d:14-2-2024]]

Aan de mevrouw van de gemeente

Ik ben [[p:Johanna Bakker]] en ik woon al 52 jaar op de [[a:Zuiderparklaan 211]]. Mijn man [[p:Kees]] is in het verpleeghuis sinds de zomer en nu moet ik alles zelf. De brieven liggen op tafel en ik durf ze niet open te maken. Er komt ook een man aan de deur die zegt dat hij van het energie bedrijf is en geld wil. Ik heb hem 50 euro gegeven. Mijn dochter [[p:Ineke]] woont in Spanje en belt elke zondag maar ze kan niks doen van daar. De buurvrouw mevrouw [[p:Hoek]] zegt dat u kan helpen. Ik heb geen computer. U kan mij bellen op [[t:070-3 29 44 18]] maar laat het lang overgaan want ik loop met de rollator.

hoogachtend
[[p:J. Bakker-Kool]]"

Actie: [[d:vrijdag 16 februari]] huisbezoek, {{r:wijkagent}} geïnformeerd over de man aan de deur (babbeltruc?), {{o:Humanitas Thuisadministratie}} gevraagd.
""")

T(r"""
Van: [[e:p.vermeer@rotterdam.nl]]
Aan: [[e:wijkteam.ijsselmonde@rotterdam.nl]]
Datum: dinsdag [[d:9 januari 2024]] 09:12
Onderwerp: {{o:Stadsbeheer}} - melding vervuilde woning [[a:Herenwaard 144]], [[pc:3078 AV]]

Goedemorgen,

Via de {{o:Meldkamer Stadsbeheer}} kwam een melding binnen van een stankoverlast vanuit bovengenoemde woning. De bewoner, de heer [[p:Giovanni Rossi]] (volgens {{o:BRP}} geboren [[d:02-04-1958]]), reageert niet op brieven. Buren melden dat zij hem soms 's nachts zien met boodschappentassen vol spullen uit containers. {{r:Wijkagent}} [[p:Shanna Martis]] weet van de situatie.

Kunnen jullie dit oppakken onder bemoeizorg? Ik heb intern registratienummer [[ds:SB-MLD-2024-00412]] aangemaakt.

Met vriendelijke groet,
[[p:Paul Vermeer]]
{{r:Wijkmanager}} {{w:IJsselmonde}}
14 010 / [[t:06 1099 3382]]

Notitie [[p:Ilona]]: opgepakt met {{o:Bavo Europoort}}, eerste bezoek [[d:12 jan]].
""")

T(r"""
Lieve mevrouw [[p:Aksoy]],

ik schrijf u deze brief want praten lukt niet altijd met mijn Nederlands. Ik wil zeggen dank u wel voor uw hulp bij de scheiding en de papieren. Nu ik heb eigen huis voor mij en [[p:Zeynep]] en [[p:Emir]] in {{w:Bloemendaal}}, [[a:Dahliastraat 40]], [[pc:2802 GN]]. De kinderen gaan naar nieuwe school en zij zijn blij. Ik ga ook taalles doen bij {{o:Bibliotheek Gouda}}, elke dinsdag. Als ik meer Nederlands leer dan wil ik ook vrijwilliger worden om andere vrouwen te helpen want ik weet hoe moeilijk het is.

Heel veel liefde,
[[p:Gülsüm]]

Reactie [[p:Selin Aksoy]]: Lieve [[p:Gülsüm]], wat een mooie brief. Ik ben trots op je. Als je wilt, breng ik je in contact met {{o:Vrouwen voor Vrouwen}}, zij zoeken nog vrijwilligers. Ik bel je na de zomer. Groet, [[p:Selin]]
""")

T(r"""
Bericht via {{o:Zorgdomein}} van {{o:Huisartsenpraktijk Voorhof}}:

Patiënt: [[p:Kamal Hossain]]
Geboortedatum: [[d:18-10-1966]]
BSN: [[b:201632366]]
Adres: [[a:Aart van der Leeuwlaan 356]], [[pc:2624 LS]] Delft
Telefoon: [[t:015-2561187]]

Vraagstelling: patiënt heeft na hartinfarct zijn baan als taxichauffeur verloren. Financiële zorgen, somber, vrouw spreekt geen Nederlands. Graag ondersteuning bij aanvraag uitkering en eventueel {{r:budgetcoach}}. Patiënt geeft toestemming.
Verwijzer: [[p:H. Tjon A Fong]], {{r:huisarts}}

Opgepakt door [[p:Martijn]] ({{o:Wijkteam Delft}}), intake [[d:donderdag 29 februari]].
""")

MARK = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)


def parse(raw):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        n += len(raw[pos : m.start()])
        if m.group(1):
            lab, txt, dest = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, dest = KEEP[m.group(3)], m.group(4), keep
        dest.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), pii, keep


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    return len(d) == 9 and (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"[\s.]", "", s).upper()
    r = s[4:] + s[:4]
    return (
        s.startswith("NL") and len(s) == 18 and int("".join(str(int(c, 36)) for c in r)) % 97 == 1
    )


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = []
    for k, raw in enumerate(TEXTS):
        assert "[[" not in MARK.sub("", raw) and "{{" not in MARK.sub("", raw), raw[:80]
        text, pii, keep = parse(raw)
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
        recs.append({"id": "ho31-%04d" % k, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout31.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = sum(len(r["text"].split()) for r in recs)
    print(len(recs), "texts,", words // max(1, len(recs)), "words avg")
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", dict(kc.most_common()))


if __name__ == "__main__":
    main()
