#!/usr/bin/env python3
"""Held-out test corpus 90: draft anonymised case lessons (SWT Den Haag knowledge platform)
and reviewer comments on such drafts. Writes heldout90.jsonl next to this script.
Deterministic: all texts are hand-written with inline markup; BSNs and IBANs are generated
with a fixed seed so that they pass the 11-check / mod-97.

Markup: [[label:text]] = personal data (pii), {{label:text}} = context that must stay (keep).
Remaining occurrences of an unambiguous keep vocabulary are marked automatically."""

import json, os, random, re

PII = {"person", "bsn", "phone", "email", "iban", "postcode", "address", "date", "dossier"}
KEEP = {"wijk", "org", "role"}
T = []

T.append("""
Aanleiding
Via de {{role:huisarts}} kwam de vraag binnen of wij eens bij mevrouw [[person:Roos]] (84) langs konden gaan. Ze woont sinds de dood van haar man alleen in een portiekflat aan de [[address:Ambachtsgaarde 87]] in Mariahoeve en komt haar huis bijna niet meer uit. Dochter [[person:Ineke]] woont in Zwolle en belt één keer per week.
Aanpak
Eerste huisbezoek op [[date:dinsdag 12 maart]] samen met de casemanager dementie ([[person:Wendy Hoekstra]]). We hebben vooral geluisterd. Pas bij het derde bezoek durfde mevrouw te vertellen dat ze bang is om te vallen op de trap.
Wat werkte
Een vaste vrijwilliger van Vitis die elke donderdag komt koffiedrinken. Geen grote plannen, gewoon er zijn.
Wat niet
De dagbesteding. Te druk, te veel mensen, ze is na twee keer gestopt.
Uitkomst
Ze gaat nu met de vrijwilliger naar de markt. Traplift is aangevraagd bij het Wmo-loket (aanvraag [[dossier:WMO-2024-31877]]).
Les voor andere teams
Tempo van de cliënt aanhouden, ook als de verwijzer haast heeft.
""")

T.append("""
Opmerking reviewer: dank voor je casus [[person:Jolanda]]! Inhoudelijk sterk. Maar let op: in de eerste alinea staat nog de naam [[person:Roos]] en het volledige adres ([[address:Ambachtsgaarde 87]]). Ook de naam van de casemanager kan eruit. Wil je 'mevrouw X' of 'een oudere vrouw (84)' gebruiken? Leeftijd mag blijven. Groet, [[person:Pieter]] (kennisredacteur)
""")

T.append("""
aanleiding: meneer [[person:el idrissi]] meldt zich bij het servicepunt XL in Transvaal met een stapel post. Ongeopende brieven van CJIB, Eneco, Staedion. Hij spreekt redelijk Nederlands maar lezen lukt niet goed.
aanpak: samen met de Formulierenbrigade alle brieven doorgenomen. Bleek een huurachterstand van 5 maanden, ontruimingsvonnis dreigde. Contact met woonconsulent [[person:Sandra]] van Staedion gelegd, betalingsregeling getroffen.
wat werkte: iemand die naast hem zat en de brieven voorlas. letterlijk.
wat niet: doorverwijzing naar schuldhulp duurde 7 weken, in die tijd nieuwe schulden.
uitkomst: ontruiming van de baan, budgetbeheer via Humanitas.
les: eerst de brand blussen (huur), dan pas het hele traject.
tel. meneer: [[phone:06-41 88 27 03]] (nog weghalen!!)
""")

T.append("""
Aanleiding
Signaal van de school (via CJG) dat de moeder van drie kinderen er zelf ook slecht aan toe was. Moeder, [[person:Agnieszka Zielińska]], kwam in 2019 met haar man uit Polen om in de kassen te werken. Man is vertrokken. Ze woont met de kinderen op [[address:Weimarstraat 212-A]], [[postcode:2562 HE]].

Aanpak
Ik ben met een Poolse tolk op huisbezoek gegaan. Gezamenlijk plan gemaakt met de jeugdconsulent van het CJG, zodat moeder niet twee keer haar verhaal hoefde te doen.

Wat werkte
- één plan, één aanspreekpunt (ik)
- tolk via de telefoon ipv ter plekke: minder drempel
- aanmelding Voedselbank in dezelfde week

Wat niet werkte
Uitkering aanvragen. Ze stond niet goed ingeschreven in de BRP. Kostte ons twee maanden.

Uitkomst
Inschrijving geregeld, uitkering loopt sinds [[date:1 juni]]. Oudste zoon [[person:Kacper]] gaat weer naar school.

Les voor andere teams
Check bij EU-migranten altijd eerst de BRP-inschrijving.
""")

T.append("""
Review: goed verhaal, maar je hebt de voornaam van de zoon laten staan ([[person:Kacper]]) en de achternaam van moeder staat in de aanleiding. Met 'Poolse moeder, 3 kinderen, [[address:Weimarstraat 212-A]]' is ze voor iedereen in de wijk herkenbaar. Adres en postcode eruit, namen eruit. Daarna publiceer ik 'm. — [[person:Hasna]]
""")

T.append("""
Korte casus (concept)
Cliënt [[person:Ayse Kaya]], 47 jr, bekend bij SWT Laak onder nr [[dossier:SWT-LK-0391]]. Depressieve klachten, wil geen ggz ("ik ben niet gek"). Huisarts dr. [[person:Lammers]] wil alleen verwijzen als zij erom vraagt.
Wat werkte: POH-GGZ kwam mee naar ons gesprek op het wijkcentrum, i.p.v. andersom. Daarna wel bereid tot 3 gesprekken.
Les: neem de ggz mee naar de cliënt, niet de cliënt naar de ggz.
""")

T.append("""
Hoi [[person:Erik]], 

je schrijft onder 'aanpak' dat je op [[date:14-11-2023]] met de zus hebt gebeld op [[phone:070 - 388 12 90]]. Datum en nummer graag weg. Een maand ('november') is prima als je de tijdlijn wilt laten zien. En de zus heet in de uitkomst ineens [[person:Gerda]], dat moet ook 'de zus' worden.

verder top, vooral het stukje over wat niet werkte is eerlijk opgeschreven

[[person:Margriet]]
""")

T.append("""
AANLEIDING
Buren klagen al maanden over stankoverlast uit de woning van dhr. [[person:Willem Bakker]] (71), [[address:De Genestetlaan 40]]. Woningcorporatie dreigde met huisuitzetting. Vermoeden van vervuiling / verzamelwoede.
AANPAK
Bemoeizorg. Eerst vier keer aangebeld, briefje door de bus, bij de bakker op de hoek gevraagd of ze hem kenden (ja: hij haalt elke ochtend één bruin brood). Zo kwam ik hem tegen. Via de bakker dus binnengekomen, niet via de voordeur.
WAT WERKTE
Geduld. En humor. Meneer Bakker is oud-marineman en wilde vooral over zijn schip praten.
WAT NIET
Een schoonmaakploeg in één keer sturen. Eerste poging op [[date:3 oktober]] liep uit op een ruzie, hij heeft de deur dichtgegooid.
UITKOMST
Na zes weken mocht een medewerker van HWW één kamer per week doen. Woning is nu leefbaar.
LES VOOR ANDERE TEAMS
Zoek de plek waar iemand nog wél komt.
""")

T.append("""
les uit casus fam [[person:Tesfaye]] (Eritrese statushouders, 5 kinderen). vader [[person:Yonas]] werkt, moeder [[person:Senait]] thuis, spreekt alleen Tigrinya.
- aanleiding: boete van belastingdienst ivm toeslagen, paniek
- aanpak: sleutelpersoon uit de Eritrese gemeenschap ingeschakeld (vrijwilliger, mag naam niet noemen)
- werkte: vertrouwen via sleutelpersoon, uitleg in eigen taal
- werkte niet: onze brieven. nul
- uitkomst: regeling met Toeslagen, €38 p/m
- les: werk met sleutelpersonen, niet alleen met tolken
contact: [[email:yonas.tesfaye87@gmail.com]]
""")

T.append("""
Reviewercommentaar bij casus 'Sleutelpersoon bij Eritrees gezin'
1. Achternaam [[person:Tesfaye]] en beide voornamen staan erin. Weg.
2. Het e-mailadres onderaan is van de vader. Absoluut weg.
3. 'Statushouders met 5 kinderen' in combinatie met de wijk is erg herkenbaar. Misschien 'groot gezin'?
4. Fijn dat je de sleutelpersoon al anoniem hebt gehouden!
Met vriendelijke groet,
[[person:Anand Ramsaran]], kennisredacteur platform
""")

T.append("""
Aanleiding — Op [[date:vrijdag 9 februari]] kregen we een zorgmelding van de wijkagent over een man die 's nachts in het trappenhuis van een flat aan de [[address:Leeghwaterplein 16]] sliep. Bleek [[person:Florin Stan]], 38, Roemeens, sinds een jaar zonder werk en zonder dak.

Aanpak — Ik heb hem samen met [[person:Jurgen]] van het Straatconsulaat opgezocht. Florin wilde eigenlijk terug naar Roemenië maar had geen geld voor de bus. Tegelijk liep er nog een loonvordering bij een uitzendbureau.

Wat werkte — Praktisch beginnen: slaapplek via de nachtopvang, daarna pas praten over perspectief.

Wat niet — Onze regels: zonder BRP-inschrijving konden we eigenlijk niks. Heel veel tijd kwijt aan uitzoeken wie verantwoordelijk is.

Uitkomst — Hij is op [[date:4 maart]] met een busticket teruggegaan, loon is uitbetaald op zijn rekening [[iban:@IBAN_@]].

Les — Maak binnen het team afspraken over dakloze EU-burgers vóórdat de casus zich meldt.
""")

T.append("""
Opmerkingen van [[person:Inge]] (review):
- '[[person:Florin]]' komt nog 3x voor in de tekst, ook in de les. Graag overal 'de man' of 'cliënt'.
- rekeningnummer van meneer staat bij uitkomst. Dat hoort echt niet in een les, ook niet als concept.
- de naam van de collega van het Straatconsulaat mag weg, de organisatie mag blijven.
- 'Leeghwaterplein' zonder nummer vind ik nog net ok, maar met huisnummer niet.
""")

T.append("""
Casus: Jonge moeder met schulden en een zoontje met autisme

Aanleiding. [[person:Shurendy]] ([[person:Isenia]], 24) kwam binnen via de jeugdconsulent. Ze woont met haar zoontje [[person:Jayden]] op [[address:Hoefkade 1136]] in de Schilderswijk. Schulden ongeveer € 14.000, vooral zorgverzekering en telefoon. 

Aanpak. Gezamenlijk gesprek met CJG, MEE-consulent en mij (mw'er). Eén gezin één plan, daar probeerden we ons echt aan te houden. Schulden aangemeld bij de gemeentelijke schuldhulp, dossier [[dossier:SHV-2023-18552]].

Wat werkte. Shurendy zelf laten kiezen met welk probleem ze wilde beginnen. Ze koos voor de opvang van Jayden, niet voor de schulden. Dat voelde voor ons verkeerd, maar het was precies goed: toen Jayden naar de peuteropvang ging had ze ruimte in haar hoofd.

Wat niet. De wachttijd bij schuldhulp. En dat we telkens nieuwe formulieren moesten invullen met steeds dezelfde gegevens (BSN [[bsn:@BSN@]] heb ik wel vijf keer overgeschreven).

Les. Volg de prioriteit van de cliënt, ook als die anders is dan de jouwe.
""")

T.append("""
@[[person:Chantal]] kun je BSN en adres uit je casus halen? En [[person:Jayden]] → 'haar zoontje'. Voor de rest niks op aan te merken, mooi hoe je beschrijft dat zij zelf de volgorde koos. Ik zet hem daarna op de themapagina jeugd. gr [[person:Bas]]
""")

T.append("""
Concept les – niet publiceren tot akkoord mw. [[person:Doğan]]

We hadden een cliënte (58) die mantelzorger was voor haar man met Parkinson. Zij was zelf helemaal op. Haar zoon [[person:Hüseyin]] belde ons ([[phone:06 2398 7714]]) omdat hij zich zorgen maakte. De wijkverpleegkundige zag het ook al.
Wat we deden: mantelzorgconsulent ingezet, respijtzorg geregeld via Wmo (2 dagdelen dagbesteding voor meneer).
Wat werkte: de zoon als bondgenoot.
Wat niet: mevrouw zelf vond het 'niet nodig'. Pas na een val op [[date:22-01-2024]] ging ze om.
Les: mantelzorgers vragen zelden om hulp, vraag het via de familie.
""")

T.append("""
Hallo [[person:Nermin]],
In je titel staat nog 'akkoord mw. [[person:Doğan]]' — dat is volgens mij de naam van de cliënte zelf. Zet de toestemming in het formulier, niet in de tekst. Ook het 06-nummer van de zoon ([[phone:06 2398 7714]]) en de datum van de val moeten weg. Ik vind het verder een heel herkenbare les voor andere teams, dank!
[[person:Rutger]]
""")

T.append("""
aanleiding
mevr [[person:van der Laak]] (79) belt 3x per dag naar het servicepunt in Escamp. eenzaam, verward? dochter woont in spanje.
aanpak
ouderenconsulent [[person:Mieke]] op huisbezoek [[date:2/4]], [[address:Dedemsvaartweg 581]]. geheugentest laten doen via huisarts -> beginnende dementie
wat werkte
casemanager dementie snel erbij, telefooncirkel met buren (buurvrouw [[person:Ria]] belt elke ochtend)
wat niet
alarmknop. ze drukt er niet op, ze weet niet meer wat het is
uitkomst
thuiszorg 2x pd, dochter komt in de zomer
les
bij veel bellen naar de balie: denk aan geheugenproblemen
""")

T.append("""
Mijn opmerkingen op jouw les:
'mevr [[person:van der Laak]]' is een naam, ook al is het ook de naam van een wijk-achtig woord. Graag weg. Adres weg. Buurvrouw [[person:Ria]] weg. De ouderenconsulent mag bij functie blijven ('onze ouderenconsulent'), niet bij naam. Schrijf ook liever 'begin april' dan [[date:2/4]].
gr. [[person:J. de Koning]]
""")

T.append("""
Aanleiding: Hoe krijg je iemand die alle hulp afhoudt toch in beeld? Dat was de vraag bij meneer [[person:Koster]], 62, die na een scheiding in een bovenwoning in de Stationsbuurt zat, met twee honden en geen gas meer.
Aanpak: Ik ben gewoon gaan wandelen. Elke woensdag om half tien liet hij de honden uit in het Zuiderpark, dat wist de huismeester. Drie weken heb ik alleen gedag gezegd. De vierde week vroeg hij waarom ik er steeds was.
Wat werkte: op zijn terrein, zonder agenda. En de honden; ik heb zelf ook een hond.
Wat niet: de eerste brief van het team ('u bent aangemeld bij het sociaal wijkzorgteam'). Hij dacht dat hij uit huis gezet werd.
Uitkomst: gas weer aan, leefgeld via bewindvoerder [[person:H. Pinas]], hij gaat nu mee met een wandelgroep.
Les: bemoeizorg begint met aanwezig zijn. Brieven zijn voor mensen die al vertrouwen hebben.
(geschreven door [[person:Dirk]], wijkteam Laak, [[email:d.verhoef@swtlaak.nl]])
""")

T.append("""
Prachtige les [[person:Dirk]]. Twee dingen nog: de bewindvoerder staat er met naam in ([[person:H. Pinas]]) en je eigen mailadres staat onderaan. Dat laatste mag als je het zelf wil, maar bij de andere teams is afgesproken dat contact via het platform loopt. '[[person:Koster]]' is de achternaam van meneer toch? Dan ook weg. — [[person:Lieke]]
""")

T.append("""
Titel: Schuldhulp bij een gezin met een zieke vader
Wie: SWT Moerwijk, schrijver [[person:Farida Aoulad]]

Aanleiding
Vader [[person:Abdelkader]] (52) heeft een hartoperatie gehad en zit in de WIA-keuring. Inkomen viel terug naar 70%, vaste lasten bleven gelijk. Moeder [[person:Naima]] werkt 12 uur in de schoonmaak. Drie kinderen, oudste studeert.

Aanpak
We hebben alle lasten op een rij gezet met het gezin aan de keukentafel. Betalingsregelingen met Zorg en Zekerheid en de energieleverancier. Aanvraag bijzondere bijstand via SZW, kenmerk [[dossier:BB/2024/004417]].

Wat werkte
De oudste dochter, [[person:Soukaina]], deed de administratie al jaren voor haar ouders. Wij hebben haar getraind in plaats van alles over te nemen.

Wat werkte niet
Het UWV was voor ons onbereikbaar. Zes keer gebeld.

Uitkomst
Geen nieuwe schulden meer sinds de zomer.

Les
Kijk wie in het gezin de administratie al doet en versterk die persoon.
""")

T.append("""
Review bij les van [[person:Farida]]:
namen vader, moeder en dochter ([[person:Abdelkader]], [[person:Naima]], [[person:Soukaina]]) weg. ook het kenmerk van de bijzondere bijstand [[dossier:BB/2024/004417]]. verder: 'hartoperatie' + 'WIA' + 'schoonmaak 12 uur' + Moerwijk is best veel, maar ik denk dat het kan als de namen weg zijn. overleg met je teamleider.
[[person:Thijs]]
""")

T.append("""
Wat niet werkte (aanvulling op mijn eerdere les): de overdracht naar de SPV van Parnassia. Ik had alles keurig opgeschreven, maar mw. [[person:Boateng]] wilde alleen met mij praten. Ze belde me nog weken op mijn werknummer ([[phone:070-7521 633]]). Les: bouw de overdracht op in twee of drie gezamenlijke gesprekken, niet in één warme overdracht.
""")

T.append("""
Aanleiding
Meneer [[person:Mahmood Sultani]] (Afghaans, 66) werd door zijn schoonzoon aangemeld. Hij was ’s nachts de straat op gegaan en kon zijn huis niet terugvinden. Hij woont bij zijn dochter [[person:Zahra]] en schoonzoon in Bouwlust, [[address:Melis Stokelaan 2271]], [[postcode:2541GP]].

Aanpak
Omdat meneer alleen Dari spreekt, hebben we een tolk gebruikt. Een geheugentest afnemen via een tolk bleek lastig: de vragen zijn cultureel gekleurd. Geriater van het HMC heeft uiteindelijk een aangepaste test gedaan.

Wat werkte
Dochter Zahra als spil. Zij regelde alles, wij ondersteunden haar.

Wat niet
Dagbesteding: alleen Nederlandstalige groepen. Meneer voelde zich er verloren.

Uitkomst
Via een moskee in de buurt een inloop voor oudere mannen gevonden, drie ochtenden per week.

Les voor andere teams
Dementie ziet er in elke taal anders uit. Gebruik netwerken in de eigen gemeenschap.
""")

T.append("""
[[person:Kim]], in jouw concept staan de naam van meneer, zijn dochter en het volledige adres inclusief postcode. Dat zijn drie dingen die er echt uit moeten. De moskee mag je benoemen als type voorziening, niet met naam. Ik zie dat je '[[person:Zahra]]' onder 'wat werkte' ook nog hebt staan. — Redactie ([[person:Marcel]])
""")

T.append("""
snelle notitie voor de les (later uitwerken):
- mw [[person:hassan]], somalisch, 4 kids, Transvaal
- huur: [[address:Parallelweg 77-III]]
- bewindvoering aangevraagd [[date:3 mei]], zaak [[dossier:#22817]]
- tante [[person:faadumo]] helpt, tel [[phone:0687745102]]
- ggz weigert: 'geen psychiatrische grondslag'
- les?? iets met taal en schaamte
""")

T.append("""
Aanleiding: Buurtbemiddeling liep vast bij een burenruzie in een portiek in Duindorp. Een van de bewoners, meneer [[person:Visser]], bleek zwaar verslaafd aan alcohol; de buurvrouw, mevrouw [[person:Jansen-Smit]], had drie keer de politie gebeld.
Aanpak: Buurtbemiddelaars hebben de casus aan ons overgedragen. Wij zijn met Brijder in gesprek gegaan en hebben meneer Visser benaderd via zijn broer, die bij de visafslag werkt.
Wat werkte: de broer. En dat we de ruzie los zagen van de verslaving.
Wat niet: meneer doorverwijzen zonder dat hij zelf wilde; hij ging één keer en kwam nooit terug.
Uitkomst: ruzie is gesust, verslaving speelt nog.
Les: Buurtbemiddeling en SWT moeten eerder samen om tafel als er meer speelt dan een ruzie.
""")

T.append("""
Opmerking reviewer
Beste [[person:Wouter]], dank voor deze casus. Je schrijft 'meneer [[person:Visser]]'; ik neem aan dat dat zijn echte naam is? Dan moet die eruit, net als 'mevrouw [[person:Jansen-Smit]]'. Het detail 'broer werkt bij de visafslag' in combinatie met Duindorp maakt hem ook herkenbaar. Kun je dat algemener maken ('een familielid')?
Hartelijke groet, [[person:Sevda Arslan]]
Kennisplatform SWT
""")

T.append("""
AANLEIDING: melding VT ([[dossier:VT-24-08812]]) over mogelijk huiselijk geweld bij fam [[person:Georgiev]] in Laak. Moeder [[person:Desislava]] (31) en twee kinderen. Vader niet bereikbaar.
AANPAK: samen met Veilig Thuis huisbezoek. Daarna veiligheidsplan.
WERKTE: moeder was opgelucht dat er iemand kwam. had het zelf al zo lang geheim gehouden.
WERKTE NIET: bulgaarse tolk pas na 10 dagen beschikbaar.
UITKOMST: moeder en kids sinds [[date:28 april]] in de opvang.
LES: regel een tolk op het moment van de melding, niet pas bij het eerste gesprek.
""")

T.append("""
Deze moet echt even terug naar de schrijver. Melding Veilig Thuis met nummer, achternaam, voornaam moeder en de datum van plaatsing in de opvang. Bij huiselijk geweld is herkenbaarheid ook een veiligheidsrisico: als de vader dit leest weet hij waar ze is sinds wanneer. Graag volledig herschrijven zonder namen, nummers en datums.
[[person:Monique]] (reviewer, thema huiselijk geweld)
""")
T.append("""
## Aanleiding
Financieel misbruik bij een oudere. Mevrouw [[person:Thea de Wit]] (88) uit het Bezuidenhout kreeg hulp van een 'kennis' die haar boodschappen deed. Via de bank (ING) kwam het signaal dat er in drie maanden ruim € 9.000 was gepind van haar rekening [[iban:@IBAN@]].

## Aanpak
Samen met de ouderenconsulent en de wijkagent een gesprek gevoerd. Mevrouw wilde de kennis ([[person:Ronald]]) niet 'verraden', hij was 'zo aardig'. We hebben niet tegen haar in gepraat maar gevraagd wat ze zelf wilde houden: haar zelfstandigheid.

## Wat werkte
Een mentorschap/bewind voorstellen als manier om zelfstandig te blíjven. Dat woord sloeg aan.

## Wat niet
Aangifte. Mevrouw weigerde, en zonder aangifte kon de politie weinig.

## Uitkomst
Beschermingsbewind sinds [[date:15 augustus 2023]], pinpas ingetrokken, kennis komt niet meer.

## Les voor andere teams
Praat over wat iemand wil behouden, niet over wat er mis is.
""")

T.append("""
Beste [[person:Annelies]], ik heb je les gelezen en vind hem waardevol voor het thema ouderen. Wel moeten eruit: naam mevrouw (ook '[[person:De Wit]]' is herkenbaar), het rekeningnummer, de voornaam van de 'kennis' en de exacte datum van het bewind. 'Bank' in plaats van ING is ook beter. Als je dat aanpast, kan hij live. Groet, [[person:Youssef]]
""")

T.append("""
Ik wil een casus delen die me nog steeds bezighoudt. Het gaat over een jongen van 19, [[person:Kevin Eersteling]], die op zijn achttiende uit een jeugdzorginstelling kwam en daarna nergens meer in beeld was. Geen woning, geen inkomen, geen zorgverzekering. Hij sliep bij vrienden, soms bij zijn oma in Moerwijk ([[address:Zuidlarenstraat 64]]). Zijn oma, mevrouw [[person:Pinas]], belde ons uiteindelijk omdat ze het niet meer trok.

Aanleiding was dus een zorgmelding van de oma. Onze aanpak: ik ben op een zaterdag bij oma langsgegaan, omdat Kevin doordeweeks overdag sliep. We hebben samen patat gegeten. Dat klinkt als een detail, maar het was het begin. Hij vertelde dat hij een DigiD had gehad maar de code kwijt was, dat hij nog een boete had van het CJIB en dat hij zich schaamde.

Wat werkte: het Jongerenloket had een medewerker ([[person:Mo]]) die zelf uit de wijk komt. Die klik was goud. Ook werkte het dat ik alle instanties heb laten komen naar één tafel in het wijkcentrum op [[date:woensdag 6 december]].
Wat niet werkte: de knip tussen jeugd en volwassenen. De jeugdbeschermer mocht niets meer, wij wisten niks van zijn voorgeschiedenis.
Uitkomst: Kevin heeft een kamer via een Skaeve Huse-achtige woonvorm en een uitkering. Hij is ingeschreven op [[address:Escamplaan 1020-4]].
Les: regel de overgang 18-/18+ vóór de 18e verjaardag, niet erna.
""")

T.append("""
Reactie reviewer: Mooi en eerlijk geschreven! Maar: [[person:Kevin Eersteling]] is een volledige naam, oma's achternaam staat erin, én twee adressen ([[address:Zuidlarenstraat 64]] en [[address:Escamplaan 1020-4]]). Ook de medewerker van het Jongerenloket staat met (bij)naam. Wil je alles vervangen door 'de jongen', 'zijn oma', 'een jongerenwerker'? De datum van het overleg mag worden 'in december'.
— [[person:Pauline]], redactie
""")

T.append("""
1. Aanleiding
Dhr. [[person:R. Jagesar]] (geb. [[date:02-09-1957]]), diabetes, slechtziend, woont alleen. Insuline werd niet goed gespoten, 3x opname in Haga Ziekenhuis in een half jaar.
2. Aanpak
Wijkverpleegkundige [[person:Priya]] heeft met de Hindoestaanse ouderenvereniging contact gezocht. Een vrijwilliger daar komt nu dagelijks 'even kijken'.
3. Wat werkte
Informele zorg uit de eigen gemeenschap, gekoppeld aan formele zorg.
4. Wat niet
Medicijnrol via de apotheek: meneer wantrouwde de 'zakjes'.
5. Uitkomst
Geen opnames meer sinds april.
6. Les voor andere teams
Zoek de verbinding met migrantenorganisaties, ook voor medische zaken.
Contact schrijver: [[person:Priya Raman]], [[phone:+31 6 4127 0093]]
""")

T.append("""
Kort: geboortedatum van meneer eruit a.u.b. ([[date:02-09-1957]]), initiaal+achternaam ook. Voornaam van de wijkverpleegkundige in de aanpak mag eruit, in de ondertekening mag je zelf kiezen. — [[person:Koen]]
""")

T.append("""
Aanleiding
Een LVB-cliënt (27) uit de Schilderswijk, [[person:Jamal]], kreeg steeds boetes in de tram omdat hij zijn ov-kaart niet snapte. Hij stond bij het CJIB op € 2.300.
Aanpak
MEE-consulent [[person:Latifa Bouchtaoui]] heeft met hem geoefend. Echt geoefend: drie keer samen met de tram naar het Zuiderpark en terug. Boetes via een maatwerkregeling bij het CJIB (kenmerk [[dossier:2024-0331-77812]]).
Wat werkte
Doen in plaats van uitleggen.
Wat niet
Een folder. Natuurlijk niet.
Uitkomst
Geen nieuwe boetes sinds de zomer, regeling loopt.
Les
Bij LVB: niet vertellen, maar voordoen en samen doen.
""")

T.append("""
hoi [[person:latifa]], je eigen naam vind ik prima als je dat wil, maar [[person:Jamal]] moet eruit en het CJIB-kenmerk ook. gr [[person:sanne]]
""")

T.append("""
Casusles 'Huiselijk geweld en een gedeelde voogdij'

Aanleiding: [[person:Roxanne]] (34) meldde zich op het servicepunt met een blauw oog. Haar ex, [[person:Jurgen Martina]], heeft gezamenlijk gezag over hun dochter [[person:Yaëlla]] (6). Na elke overdracht op zondag escaleerde het.
Aanpak: Veilig Thuis ingeschakeld (melding [[dossier:VT-2023-5521]]), omgangsregeling laten herzien via de Raad voor de Kinderbescherming. Overdracht vanaf dat moment op neutraal terrein: het wijkcentrum.
Wat werkte: de overdracht op het wijkcentrum met een jongerenwerker erbij.
Wat niet: de eerste rechtszaak, uitgesteld tot [[date:17 juni 2024]].
Uitkomst: geen incidenten meer sinds de nieuwe overdracht.
Les voor andere teams: een neutrale overdrachtsplek kan veel geweld voorkomen.
""")

T.append("""
Let op, casus over huiselijk geweld met volledige naam van de ex-partner ([[person:Jurgen Martina]]), voornaam moeder en kind, VT-meldnummer en een zittingsdatum. Dit is echt te herkenbaar. Kind (6) en moeder (34) mogen blijven als leeftijd. Ik zet de les op 'niet publiceren' tot hij herschreven is.
[[person:M. Öztürk]], reviewer
""")

T.append("""
Wat werkte niet: we hebben het gezin te lang laten wachten op de Wmo-beschikking voor huishoudelijke hulp. Aanvraag ging de deur uit op [[date:3 januari]], beschikking kwam [[date:26 maart]]. In de tussentijd deed dochter [[person:Mei Ling]] (15) het huishouden naast school. Les: vraag bij een lange wachttijd om een voorlopige voorziening.
""")

T.append("""
Review: '[[person:Mei Ling]] (15)' is een kind met naam en leeftijd, eruit. Datums mogen 'begin januari' en 'eind maart' worden. — [[person:Tom]]
""")

T.append("""
aanleiding
zorgmijder, 56, woont sinds 2011 op [[address:Copernicusplein 3 bis]] in Segbroek. Buren melden geschreeuw 's nachts. Naam: [[person:Hans Smit]]. Bekend bij ggz, ooit opgenomen in Parnassia.
aanpak
bemoeizorg-team GGD + SWT. Zes huisbezoeken in twee maanden. Pas bij het zevende deed hij open.
werkte
Post die ik achterliet was geschreven met de hand. Hij zei later dat dat het verschil maakte.
werkte niet
de crisisdienst bellen toen hij dreigde. Daarna was het vertrouwen weg voor weken.
uitkomst
hij heeft nu een spv, neemt zijn medicatie wisselend in.
les
handgeschreven, persoonlijk, en eindeloos geduld
""")

T.append("""
Opmerking van de redactie bij 'Handgeschreven briefjes':
Naam ([[person:Hans Smit]]) en adres ([[address:Copernicusplein 3 bis]]) staan in de aanleiding. Ook 'woont sinds 2011' samen met de wijk maakt het specifiek, maar dat laat ik aan jou. Jaartal mag, adres niet.
Groet, [[person:Hadewych]]
""")

T.append("""
Aanleiding:
Gezin [[person:Lopes Tavares]] (Kaapverdiaans) met vijf kinderen in een driekamerwoning aan de [[address:Rijswijkseweg 404-2]], [[postcode:2516 HM]]. Urgentie aangevraagd, afgewezen.
Aanpak:
Met de woonconsulent van Haag Wonen gezocht naar tussenoplossingen. Oudste zoon [[person:Adilson]] (20) kon via een jongerenproject zelfstandig wonen.
Wat werkte: breder kijken dan 'een grotere woning'.
Wat niet: urgentie. Die criteria passen niet bij grote gezinnen.
Uitkomst: één kind minder in huis, meer rust.
Les: zoek naar deeloplossingen als de grote oplossing er niet is.
Schrijver: [[person:Djamila]] ([[email:djamila.fortes@swt-laak.nl]])
""")

T.append("""
Dag [[person:Djamila]], achternaam van het gezin, adres en postcode eruit. Voornaam van de zoon ook. Je eigen e-mail onderaan: die halen we bij alle lessen weg, contact loopt via het platform. Dank! [[person:Rob]]
""")

T.append("""
Aanleiding. Meneer [[person:Ivan Petrov]] (45), Bulgaarse arbeidsmigrant, raakte zijn baan én zijn kamer kwijt toen het uitzendbureau failliet ging. Hij stond plots op straat in Laak.
Aanpak. Via de nachtopvang doorgeleid naar ons. Eerst werk: een collega van het UWV-werkgeversservicepunt wist een bedrijf dat Bulgaars sprak. Pas daarna huisvesting.
Wat werkte. Werk eerst, dan woning — andersom lukte het niet.
Wat niet. Loon dat nog openstond bij het failliete bureau: curator reageerde niet.
Uitkomst. Hij werkt weer sinds [[date:12-10]], salaris op [[iban:@IBAN_@]].
Les. Bij arbeidsmigranten: werk en woning hangen aan elkaar, begin bij het werk.
""")

T.append("""
Hoi [[person:Martijn]], twee dingen: naam meneer ([[person:Ivan Petrov]]) en zijn rekeningnummer. Waarom staat dat er eigenlijk in? Ik zou het gewoon weglaten, het voegt niks toe aan de les. De datum '[[date:12-10]]' ook weg. Groetjes [[person:Esra]]
""")

T.append("""
Les voor andere teams: als iemand geen DigiD heeft, kun je bijna niets. Wij hadden een cliënt (mw. [[person:Yilmaz]], BSN [[bsn:@BSN.@]]) die daardoor een half jaar geen huurtoeslag kreeg. Oplossing: samen naar het servicepunt, DigiD met sms-controle aanvragen, machtiging voor de dochter. Duurde uiteindelijk twee weken.
""")

T.append("""
Opmerking: BSN in de les, dat kan echt niet. Ook de achternaam ([[person:Yilmaz]]) weg. Verder kort en krachtig, goede les. — [[person:Ilse]] (review)
""")

T.append("""
Aanleiding
Via de huisarts: een man van 74 die al weken niet meer opendeed. [[person:Henk Mulder]], oud-buschauffeur, weduwnaar. Adres [[address:Hengelolaan 832]].
Aanpak
Samen met de wijkverpleegkundige aangebeld. Geen reactie. De buurman, [[person:Ben]], had een sleutel. We zijn naar binnen gegaan nadat de wijkagent erbij was. Meneer lag op de grond, uitgedroogd, maar aanspreekbaar.
Wat werkte
Dat de buurman een sleutel had. En dat we niet nóg een week hebben gewacht.
Wat niet
Dat er al drie weken signalen waren (post bleef liggen) zonder dat iemand iets deed.
Uitkomst
Opname in het HMC, daarna revalidatie, nu thuis met dagelijkse zorg.
Les
Leg afspraken vast over wanneer je met politie naar binnen gaat. Dat scheelt twijfel.
""")

T.append("""
Review — [[person:Henk Mulder]] (naam), oud-buschauffeur + weduwnaar + leeftijd + adres: alles bij elkaar volstrekt herkenbaar. Naam en adres sowieso eruit; 'oud-buschauffeur' zou ik ook weglaten. Buurman [[person:Ben]] mag 'een buurman' worden. Ik ben blij dat je de les over het naar binnen gaan deelt, die hebben meer teams nodig.
[[person:Ahmet]]
""")

T.append("""
Concept — Thema eenzaamheid
Wat we zagen: een vrouw (67) die elke dag in de bibliotheek zat, niet om te lezen maar om mensen om zich heen te hebben. Collega [[person:Noor]] van Xtra kende haar van gezicht.
Wat we deden: een uitnodiging voor de breigroep op [[date:donderdag 18 januari]], samen met Noor erheen.
Wat werkte: iemand die al een bekend gezicht was.
Wat niet: de eerste keer durfde ze niet binnen.
Les: koppel nieuw contact aan een bestaand, bekend gezicht.
(contact: [[email:noor.bakkali@xtra.nl]])
""")

T.append("""
@[[person:Noor]]: lijkt me een mooie korte les! Ik mis eigenlijk alleen 'uitkomst'. Datum van de breigroep en je mailadres haal ik eruit. Mag de bibliotheek blijven? Ik denk het wel, er zijn er genoeg. — [[person:Fenna]]
""")

T.append("""
aanleiding: jongeman ([[person:Abdi Warsame]], 23) met schulden, gokverslaving. moeder belde ([[phone:06-19 33 02 81]]).
aanpak: brijder + schuldhulpmaatje + wij. zaaknummer schuldhulp [[dossier:SHV-22-07741]]
wat werkte: schuldhulpmaatje, leeftijdsgenoot, ook somalisch
wat niet: gokken stoppen. blijft moeilijk
uitkomst: schulden stabiel, nog 2 terugvallen
les: een maatje van dezelfde leeftijd/achtergrond werkt beter dan een professional
""")

T.append("""
De naam en leeftijd van de jongen, het nummer van zijn moeder en het zaaknummer moeten eruit. Die combinatie (somalisch + 23 + gokken) maakt hem sowieso al herkenbaar, dus wees voorzichtig met details. — reviewer [[person:Gijs]]
""")

T.append("""
Wat werkte: wij hebben mevrouw [[person:Chen]] (71) gekoppeld aan een Chinese vrijwilligster van de Haagse Chinese Vereniging, [[person:Xiu Ying]]. Samen gaan ze elke vrijdag naar de Chinese supermarkt in de Wagenstraat. Mevrouw Chen was daarvoor maanden niet buiten geweest.
Wat niet: de Nederlandse ouderensoos. Ze verstond er niemand.
Les: eenzaamheid bij migrantenouderen vraagt om contact in de eigen taal.
""")

T.append("""
Wijziging nodig: achternaam mevrouw ([[person:Chen]]) en de voornaam van de vrijwilligster ([[person:Xiu Ying]]) weghalen. Wagenstraat mag blijven (straat zonder huisnummer, heel druk). [[person:Rianne]]
""")

T.append("""
Aanleiding
Een vrouw (41) met een verstandelijke beperking, moeder van twee, werd financieel uitgebuit door haar nieuwe vriend. [[person:Desiree]] had binnen een maand drie telefoonabonnementen op haar naam.
Aanpak
- gesprek met MEE en de bewindvoerder
- abonnementen laten ontbinden (vordering betwist)
- aangifte met hulp van wijkagent [[person:Van Dam]]
Wat werkte
De bewindvoerder had het snel door: rare afschrijvingen op [[iban:@IBAN@]].
Wat niet
Aangifte duurde lang, vriend woont er nog.
Uitkomst
Abonnementen ontbonden op [[date:5 juli]], relatie loopt nog.
Les
Bij LVB en een nieuwe partner: let op financiële signalen.
""")

T.append("""
Aanpassing gevraagd: voornaam cliënte ([[person:Desiree]]), naam van de wijkagent ([[person:Van Dam]]), rekeningnummer en datum eruit. Let op: de wijkagent mag wel als functie blijven. [[person:Sofie]]
""")
T.append("""
[concept, nog opschonen]
Gegevens uit registratie (even laten staan voor mezelf):
Naam: [[person:Kübra Aydın]]
Geb.datum: [[date:11.03.1986]]
BSN: [[bsn:@BSN_@]]
Adres: [[address:Vaillantlaan 312-hs]], [[postcode:2526 BX]] Den Haag
Tel: [[phone:(070) 364 21 18]]
Dossier SWT: [[dossier:2024-SWT-TV-0188]]

Aanleiding
Alleenstaande moeder met twee kinderen, burn-out, dreigende uithuiszetting.
Aanpak / wat werkte / les: volgt
""")

T.append("""
[[person:Selin]], ik zie dat je het registratieblok bovenaan je concept hebt laten staan. Het concept is voor de hele pilotgroep zichtbaar, ook als het niet gepubliceerd is! Haal het alsjeblieft nu meteen weg (naam, geboortedatum [[date:11.03.1986]], BSN, adres, telefoon, dossiernummer [[dossier:2024-SWT-TV-0188]]). Ik heb het ook gemeld bij de privacyfunctionaris zoals afgesproken.
Groet, [[person:Wilma]] (kennisredactie)
""")

T.append("""
Aanleiding: Op [[date:2024-02-19]] meldde de GGD een man in een vervuilde woning aan de [[address:Zuiderparklaan 45-II]] ([[postcode:2574 HA]]). Meneer [[person:Stoffels]], 59.
Aanpak: gezamenlijk huisbezoek GGD-arts + mij op [[date:2024-02-23]]. Daarna elke week.
Wat werkte: afspraken per kamer, niet per huis.
Wat niet: de container die de corporatie op [[date:2024-03-04]] voor de deur zette; meneer voelde zich te kijk gezet.
Uitkomst: woning schoon, meneer nog steeds wantrouwig.
Les: vervuiling aanpakken in het tempo van de bewoner, en nooit met publiek erbij.
""")

T.append("""
Review: drie exacte datums, adres met postcode en achternaam. Ik zou schrijven 'eind februari' en 'begin maart'. [[person:Stoffels]] weg. Verder duidelijke les over de container, die herken ik! [[person:Jeroen]]
""")

T.append("""
AANLEIDING
Zorgmelding [[dossier:ZM-2023-1104]] van Staedion: huurder [[person:Gulalai Popal]] betaalt al 4 mnd geen huur. [[address:Hobbemastraat 3 bis]].
AANPAK
Huisbezoek met de tolk Pasjtoe. Mevrouw bleek weduwe sinds vorig jaar, haar man deed altijd alles. Zij wist niet eens dat er huur betaald moest worden via een overschrijving.
WAT WERKTE
Automatische incasso regelen vanaf haar rekening [[iban:@IBAN_@]], samen met haar neef [[person:Farid]] ([[phone:06 36 01 45 92]]).
WAT NIET
Eerste brief van Staedion was juridisch en in het Nederlands.
UITKOMST
Achterstand in regeling, incasso loopt sinds [[date:1-9-2023]].
LES
Bij weduwen/weduwnaars: check wie de administratie deed.
""")

T.append("""
[[person:Hamid]] — dank. Eruit: zorgmeldingsnummer, naam mevrouw, adres, IBAN, naam+nummer neef, datum incasso. Dat is bijna alles aan gegevens, maar de les blijft helemaal overeind zonder. 'Pasjtoe' als taal mag blijven. Gr, [[person:Carolien]]
""")

T.append("""
Les: Een telefooncirkel werkt beter dan een alarmknop bij mensen met beginnende dementie.

Hoe we erop kwamen: mevrouw [[person:Bos]] (82) uit Morgenstond. Haar dochter belde haar elke ochtend om 9.00 uur, maar ging op [[date:zaterdag 3 augustus]] drie weken op vakantie naar Canada. Wij hebben voor die weken een belrooster gemaakt met drie buren en de buurtkerk. Daarna is het gewoon doorgegaan.

Wat niet werkte: de alarmknop van de zorgverzekeraar. Ze droeg hem niet.
Uitkomst: mevrouw woont nog zelfstandig, buren bellen om beurten.

Dochter: [[person:Marian Bos]], [[phone:+31 (0)6 5211 0988]], [[email:marianbos@ziggo.nl]]
""")

T.append("""
Onderaan je les staan de naam, het 06-nummer en het mailadres van de dochter. Die moeten weg. Ook '[[person:Bos]]' bij mevrouw. 'Morgenstond' mag blijven. Vind het een heel sympathieke les! — [[person:Kees]]
""")

T.append("""
Aanleiding — vader ([[person:Kofi Owusu]], 39) belde in paniek: zijn zoon [[person:Kwabena]] (17) was sinds [[date:vr 14/6]] niet thuisgekomen. Dit was een gezin dat al bij ons bekend was (schulden).
Aanpak — politie ingeschakeld, CJG, school. Zoon bleek bij een 'vriend' in Rotterdam, verdenking van criminele uitbuiting.
Wat werkte — snelle lijnen met de wijkagent, die kende de jongen van naam.
Wat niet — jeugd/volwassenen gescheiden: het CJG mocht ons niets vertellen over de zoon.
Uitkomst — zoon weer thuis, traject bij jeugdreclassering.
Les — bij gezinnen met schulden en tieners: let op signalen van criminele uitbuiting.
""")

T.append("""
Review [[person:Femke]]: namen van vader en zoon eruit, en de datum waarop de jongen vermist raakte ([[date:vr 14/6]]). Leeftijd 17 mag blijven. Rotterdam ook prima.
""")

T.append("""
Van: [[person:Ouassima]]
Concept-les 'Geen gas, geen warm eten'

Gezin in Spoorwijk (moeder + 3), gas afgesloten wegens achterstand bij Eneco. Moeder [[person:Hanan El Haddaoui]], [[address:Hildebrandplein 14-B]], [[postcode:2524AM]].
Aanpak: noodfonds aangevraagd, gas binnen 48 uur weer aan.
Wat werkte: de kerk in de buurt had een noodfonds, sneller dan alles van de gemeente.
Wat niet: bijzondere bijstand, nu nog geen besluit (aanvraag [[dossier:BB-2024-00912]]).
Les: ken de noodfondsen in je wijk.
""")

T.append("""
Hoi [[person:Ouassima]], naam, adres en postcode van moeder graag weg, en het aanvraagnummer bijzondere bijstand. Rest is prima. Ik vind 'ken de noodfondsen in je wijk' een sterke les, misschien kun je noemen welke soorten er zijn? Gr [[person:Thomas]]
""")

T.append("""
Wat niet werkte: de samenwerking met de bewindvoerder. Ik heb tussen [[date:10 jan]] en [[date:28 feb]] negen keer gemaild naar [[email:info@bewindvoering-deharmonie.nl]] zonder antwoord. Meneer [[person:Sinan]] zat al die tijd zonder leefgeld.
Les: leg bij de start vast binnen hoeveel dagen de bewindvoerder reageert, en escaleer naar de kantonrechter als het niet lukt.
""")

T.append("""
reviewer: het mailadres van de bewindvoerder is van een organisatie, maar het maakt wel herleidbaar om welke cliënt het gaat. Liever 'de bewindvoerder' zonder mailadres. Ook [[person:Sinan]] weg, en 'tussen januari en eind februari'. [[person:Paula]]
""")

T.append("""
Aanleiding
Tienermoeder ([[person:Priscilla]], 17) met baby, woont bij haar moeder in een overvol huis aan de [[address:Gaslaan 28]] (Laak). Moeder [[person:Gerda Nelom]] heeft zelf schulden.
Aanpak
Jeugd- en volwassenenkant tegelijk: CJG voor Priscilla, wij voor de oma. Afspraak met beide op [[date:di 9 april]].
Wat werkte
Eén gezamenlijk gesprek in plaats van twee los van elkaar.
Wat niet
Priscilla's uitkering: ze is 17, dus er kan niks tot haar 18e.
Uitkomst
Priscilla in een tienermoederhuis sinds [[date:1 mei]], oma in schuldhulp.
Les
Zorg voor één regie over generaties heen.
""")

T.append("""
Beste [[person:Lisa]], dit is een gevoelige casus met een minderjarige. Naam van de tienermoeder en van oma, adres en de datums moeten eruit. Ook 'Laak' + 'tienermoederhuis' kan herleidbaar zijn, overweeg 'een wijk in Den Haag'. Met vriendelijke groet, [[person:Hilde van Oosten]], privacyreviewer
""")

T.append("""
Casus Mariahoeve – vrijwilligers inzetten bij dementie
Wie schrijft: [[person:Wendy]], casemanager dementie

Aanleiding: echtpaar [[person:Kok]], beiden 80+. Meneer dement, mevrouw mantelzorger en overbelast. [[address:Het Kleine Loo 188]].
Aanpak: maatjesproject via Vitis, elke dinsdagmiddag een vrijwilliger bij meneer.
Wat werkte: dezelfde vrijwilliger elke keer. [[person:Gert]] (ook 70+) en meneer Kok kaarten samen.
Wat niet: toen Gert een keer ziek was en een vervanger kwam: meneer raakte in paniek.
Uitkomst: mevrouw heeft één middag per week voor zichzelf.
Les: continuïteit boven alles.
""")

T.append("""
@[[person:Wendy]] kun je de achternaam [[person:Kok]] en het adres Het Kleine Loo weghalen? en de voornaam van de vrijwilliger. Daarna is hij klaar. — [[person:Lotte]]
""")

T.append("""
Wat werkte (kort): een gezamenlijke huisbezoekronde met de woonconsulent van Vestia in de flats aan de [[address:Loevesteinlaan 371]] t/m 411. Zo kwamen we bij 6 adressen binnen waar al jaren niemand was geweest. Bij één ervan (mw. [[person:Koster]], [[phone:070-3932117]]) hebben we meteen een Wmo-aanvraag gedaan. Les: combineer huurdersbezoeken met welzijn.
""")

T.append("""
Reviewer: '[[address:Loevesteinlaan 371]] t/m 411' is een flatblok, op zich oké als het niet om één persoon gaat; maar mevrouw [[person:Koster]] + telefoonnummer graag weg. [[person:Arjen]]
""")

T.append("""
Aanleiding
[[person:Tomasz]] ([[person:Kowalczyk]], 33) kwam via de huisarts: alcoholproblemen, recent ontslagen, vrouw en kind teruggegaan naar Polen.
Aanpak
Brijder (ambulant) + wij voor inkomen en huisvesting. Intake Brijder [[date:6 nov.]], cliëntnummer [[dossier:BR-119043]].
Wat werkte: een Poolstalige hulpverlener bij Brijder.
Wat niet: Tomasz had geen recht op bijstand (te kort in NL).
Uitkomst: hij is teruggekeerd naar Polen op eigen verzoek, met contact met een hulpverlener daar.
Les: terugkeer kan ook een goede uitkomst zijn.
""")

T.append("""
[[person:Tomasz]] en [[person:Kowalczyk]] weg, en het cliëntnummer bij Brijder (dat is een persoonsgegeven!). '6 nov.' → 'begin november'. Verder prima. – [[person:Ingrid]]
""")

T.append("""
Aanleiding:
Mevrouw [[person:Pattipeilohy]] (76), Molukse, woont in de Vrederust-flat aan de [[address:Ambachtsgaarde 12]] — nee, wacht, dat was een andere casus — ze woont aan de [[address:Leyweg 914-C]]. Ze is slechtziend, en niemand in de Molukse kerk wist dat ze niet meer kon lezen.
Aanpak: huisbezoek, daarna contact met de kerk.
Wat werkte: de dominee.
Wat niet: de brieven van het CAK bleven ongeopend, eigen bijdrage opgelopen tot € 600.
Les: laaggeletterdheid en slechtziendheid lijken op elkaar, vraag ernaar.
""")

T.append("""
Haha, ik zie je correctie in de tekst, maar nu staan er twee adressen in ([[address:Ambachtsgaarde 12]] en [[address:Leyweg 914-C]]). Beide weg graag, en de achternaam van mevrouw ook. 'Molukse kerk' mag denk ik blijven. [[person:Nadia]]
""")

T.append("""
Les voor andere teams (aanvulling na de expertbijeenkomst)
Bij bemoeizorg is het belangrijk om met één vast gezicht te werken. In de casus van dhr. [[person:Verbeek]] hebben we dat niet gedaan: in vier weken kwamen er vijf verschillende mensen langs (ik, [[person:Sandra]], [[person:Rachid]], de SPV en de wijkagent). Meneer raakte in de war en deed niet meer open. Pas toen alleen [[person:Rachid]] nog ging, lukte het weer. Dossier [[dossier:BZ-0072]].
""")

T.append("""
goed punt over het vaste gezicht. [[person:verbeek]] = cliënt? dan weg. collega's mogen bij functie ('een collega') en het dossiernr [[dossier:BZ-0072]] moet ook weg. [[person:hanneke]]
""")

T.append("""
Aanleiding
Meneer [[person:Nour Alhamwi]] (Syrisch, 44, statushouder sinds 2016) zou huisarts zijn geweest in Aleppo, maar werkt hier als pakketbezorger. Depressief, slaapt slecht. Zijn vrouw [[person:Yara]] belde ons in tranen.
Aanpak
Geen ggz (meneer wil niet, 'ik ben zelf dokter'). Wel: een gesprek met een Syrische psychiater die als vrijwilliger bij een zelforganisatie werkt.
Wat werkte
Gesprek van arts tot arts. Hij voelde zich serieus genomen.
Wat niet
Diplomawaardering via het IDW: loopt al twee jaar.
Uitkomst
Meneer is gestart met een schakeltraject. Slaapt beter.
Les
Erken wat mensen waren en kunnen, niet alleen wat ze nu missen.
""")

T.append("""
Reactie [[person:Rutger]]: voormalig huisarts + Syrisch + 44 + pakketbezorger is zeer herkenbaar, ook zonder naam. Naam en naam echtgenote moeten er sowieso uit ([[person:Nour Alhamwi]], [[person:Yara]]). Kun je 'hoogopgeleid' gebruiken in plaats van 'huisarts'?
""")

T.append("""
aanleiding: buurtbewoners ongerust over meneer [[person:de Groot]] (huisnr [[address:Erasmusweg 1190]]), loopt in pyjama op straat
aanpak: bemoeizorg + ouderenconsulent
werkte: zijn kapper! die knipt hem al 30 jaar en wist het telefoonnummer van zijn nicht ([[phone:0031 6 28 77 14 30]])
werkte niet: huisarts wilde niets zeggen i.v.m. privacy
uitkomst: nicht regelt nu casemanager dementie
les: vraag in de winkels en bij de kapper, niet alleen bij de buren
""")

T.append("""
Leuke les! Wel naam + huisnummer + nummer nicht eruit. — [[person:Sevda]]
""")
T.append("""
Tijdlijn casus (voor de les over samenwerking met de corporatie)
- [[date:3-3-'24]]: eerste signaal Haag Wonen, huurachterstand 3 mnd
- [[date:11 mrt]]: brief van ons, geen reactie
- [[date:18 mrt]]: huisbezoek, niemand thuis, kaartje achtergelaten
- [[date:2 april jl.]]: mevrouw belt zelf terug vanaf [[phone:06-53 90 12 44]]
- [[date:9-4]]: gesprek op het servicepunt, schulden ca. € 6.700
- [[date:30 april]]: aanmelding schuldhulp ([[dossier:SHV-2024-02231]])
- mei: betalingsregeling Haag Wonen, ontruiming van tafel
Wat werkte: volhouden. Drie keer proberen is niet genoeg, vijf keer wel.
Wat niet: de corporatie gaf ons pas na 3 maanden het signaal door; eerder was makkelijker geweest.
Les: maak met de corporatie een afspraak om na 1 maand achterstand al te melden.
""")

T.append("""
De tijdlijn is heel inzichtelijk, maar door alle exacte datums plus het 06-nummer en het schuldhulpnummer is de casus terug te vinden in onze systemen. Kun je er maanden van maken ('begin maart', 'half maart' etc.) en het nummer en het dossiernummer weglaten? De bedragen mogen blijven. Reviewer, SWT Escamp ([[person:Marieke]])
""")

T.append("""
Reflectie bij een casus die niet goed afliep

Ik twijfelde of ik deze les moest schrijven, want het is geen succesverhaal. Maar juist daarom. Het gaat om een man van 63 in de Schilderswijk, [[person:Ramon]], die ik sinds [[date:14 september 2022]] begeleidde. Hij woonde in een kelderwoning aan de [[address:Van Ostadestraat 166-hs]] ([[postcode:2526 GN]]), dronk veel, had COPD en wilde geen thuiszorg. Zijn zus, mevrouw [[person:Carmen Statia]], belde elke maand met zorgen ([[phone:06-24 81 70 55]]).

Onze aanpak was eigenlijk best goed bedacht: vaste contactpersoon (ik), korte lijnen met de huisarts en de wijkverpleging, een buurman die boodschappen deed. Wat werkte: de wekelijkse koffie. Hij vertelde me dingen die hij tegen niemand anders zei, over zijn dochter met wie hij geen contact meer had.

Wat niet werkte: toen het slechter ging, wilde hij niet naar het ziekenhuis. Wij respecteerden dat. Op [[date:zondag 22 januari 2023]] werd hij overleden gevonden. Ik heb daar lang over nagedacht: hadden we meer moeten drangen? Ik weet het nog steeds niet.

Les voor andere teams: bespreek zelfbeschikking en de grens van bemoeizorg expliciet in het team, vóórdat het kritiek wordt. En zorg voor nazorg voor jezelf.
""")

T.append("""
Dank je, [[person:Esther]], voor deze moedige les. Ik heb er even over gedaan om te reageren. Inhoudelijk hoeft er niets aan te veranderen. Maar voor publicatie: voornaam [[person:Ramon]], het adres, de postcode, de naam en het nummer van de zus en de exacte datums (begin en overlijden) moeten eruit. Juist omdat hij overleden is, is het voor buren en familie direct herkenbaar. 'In de winter van 2023' is voldoende.
Warme groet, [[person:Hanneke de Jong]]
""")

T.append("""
wat werkte niet: sms'en. mevr. [[person:Balkisson]] ([[phone:0649218830]]) las nooit sms. wel whatsapp spraakberichten! sinds [[date:5/2]] stuur ik alleen nog spraakberichten en ze reageert binnen een uur. les: vraag hoe iemand communiceert.
""")

T.append("""
reviewer: naam + 06 weg, datum weg. fijne praktische les. [[person:T.]]
""")

T.append("""
Concept les — thema jeugd
Aanleiding: een meisje van 14, [[person:Lina Haddad]], spijbelde structureel. Leerplicht meldde het bij ons via het CJG (dossier [[dossier:CJG-55-2190]]), omdat de moeder, [[person:Rasha]], zelf ernstig ziek bleek.
Aanpak: gezinsgesprek met de leerplichtambtenaar, een gezinscoach en mij. Lina bleek thuis de zorg voor haar moeder en twee broertjes op zich te hebben genomen.
Wat werkte: thuiszorg voor moeder regelen (Wmo, sinds [[date:20-02-2024]]), zodat Lina weer naar school kon. Het probleem was niet Lina.
Wat niet: de eerste reactie van school: een boete.
Uitkomst: Lina gaat weer, 90% aanwezig.
Les: achter verzuim zit vaak een jonge mantelzorger.
""")

T.append("""
Review jeugd ([[person:Priya]]): Mooie les, precies wat we in de pilot willen laten zien! Namen meisje en moeder, CJG-dossiernummer en Wmo-startdatum ([[date:20-02-2024]]) eruit graag. Ook de achternaam [[person:Haddad]] is vrij herkenbaar in combinatie met de ziekte.
""")

T.append("""
Aanleiding: Stichting MOOI meldde een oudere Turkse man, meneer [[person:Mehmet Öztürk]], die elke dag op hetzelfde bankje zat bij de Haagse Markt. Hij bleek dakloos sinds zijn vrouw van hem gescheiden was. Laatste adres: [[address:Paul Krugerlaan 88A]], [[postcode:2571 JC]]. BSN van meneer (via de Sociale Dienst): [[bsn:@BSN@]].
Aanpak: tijdelijke opvang via de Kessler Stichting, daarna een kamer.
Wat werkte: de opbouwwerker die hem al kende van de markt.
Wat niet: de brievenbusadres-regel, zonder postadres geen uitkering.
Uitkomst: kamer in een pension in Laak, uitkering sinds [[date:1 december]], postadres via het servicepunt.
Les: regel als eerste een briefadres.
""")

T.append("""
Hoi [[person:Yusuf]], het BSN in je les! Dat mag nergens op het platform staan, ook niet in een concept. Haal het er nu uit alsjeblieft. Daarnaast: naam, laatste adres + postcode en de datum. 'Paul Krugerlaan' zonder nummer mag wel, maar is eigenlijk ook niet nodig. De Haagse Markt mag blijven. Groet, [[person:Dewi]]
""")

T.append("""
Bijlage bij concept (NIET publiceren): e-mailwisseling met de bewindvoerder
Van: [[email:j.vanleeuwen@bewindhaaglanden.nl]]
Aan: [[email:s.elamrani@swtmoerwijk.nl]]
Datum: [[date:dinsdag 7 mei 2024]] 10:14
Onderwerp: cliënt [[person:A. Mahabier]], [[dossier:BW-2019-3318]]
'Leefgeld wordt vanaf [[date:13-05]] op [[iban:@IBANl@]] gestort. Graag doorgeven aan meneer.'
Les die ik hieruit wil halen: leg schriftelijk vast wie wat doorgeeft aan de cliënt. Nu dacht iedereen dat de ander het deed.
""")

T.append("""
[[person:Salma]], je hebt een hele e-mailwisseling in je concept geplakt, met twee mailadressen, naam en dossiernummer van de cliënt, datums en een IBAN. Graag het hele blok weghalen en alleen de les laten staan ('leg schriftelijk vast wie wat doorgeeft'). Ik snap dat het handig is als bewijs, maar dat hoort in het dossier, niet op het platform. — redactie
""")

T.append("""
Aanleiding
In oktober 2023 — sorry, ik bedoel begin oktober — kregen we via de GGZ-crisisdienst een melding over een vrouw van 38 met een psychose, [[person:Nathalie]], die met haar twee kinderen in een woning aan de [[address:Beresteinlaan 401]] woonde. Vader niet in beeld.
Aanpak
Kinderen tijdelijk bij oma [[person:Truus]] in Loosduinen, moeder opgenomen bij Parnassia. Wij hielden contact met beide.
Wat werkte
Oma als vangnet, en een vaste SPV'er na ontslag.
Wat niet
Ontslag uit de kliniek op vrijdagmiddag [[date:17 november]] zonder dat wij het wisten.
Uitkomst
Moeder weer thuis, kinderen ook, wekelijks bezoek SPV.
Les
Spreek met de kliniek af dat het SWT altijd vooraf hoort van ontslag.
""")

T.append("""
reviewer: in je eerste zin staat 'oktober 2023' en daarna corrigeer je het zelf, dat is prima (maand + jaar is geen probleem). Wél eruit: [[person:Nathalie]], oma [[person:Truus]], het adres aan de Beresteinlaan met huisnummer en de ontslagdatum [[date:17 november]]. groet [[person:Jasper]]
""")

T.append("""
Aanleiding. Mw. [[person:Mahabier-Soekhlal]] (69) kreeg na een beroerte een scootmobiel via de Wmo, maar kon er niet mee naar binnen: geen stalling, vierde verdieping, lift vaak kapot. [[address:Dr. Lelykade 31]].
Aanpak. Wmo-adviseur + woonconsulent: verhuizing naar een gelijkvloerse woning met urgentie. Urgentieaanvraag [[dossier:URG-24-4471]].
Wat werkte. Foto's van de kapotte lift (van haar kleinzoon [[person:Rishi]]) bij de aanvraag.
Wat niet. Eerst scootmobiel, dan pas woonsituatie bekijken: verkeerde volgorde.
Uitkomst. Verhuisd op [[date:19 augustus]] naar een seniorenwoning in Moerwijk.
Les. Bij een hulpmiddel: kijk eerst naar de woning.
""")

T.append("""
Voor de les 'eerst de woning, dan het hulpmiddel': naam mevrouw (dubbele naam, heel herkenbaar), adres, urgentienummer en de verhuisdatum weg. De kleinzoon [[person:Rishi]] ook. Dank, [[person:Bram]]
""")

T.append("""
Wat werkte heel goed bij mevrouw [[person:Asante]] (Ghanees, 52): we hebben haar pastor erbij betrokken. Ze vertrouwde geen hulpverleners, wel hem. Via de pastor (Pastor [[person:Kwame Mensah]]) kreeg ze een afspraak bij de POH-GGZ. Les: religieuze leiders kunnen bruggenbouwers zijn.
""")

T.append("""
Let op: 'Pastor' is een titel, de naam van de pastor ([[person:Kwame Mensah]]) en de achternaam van mevrouw moeten eruit. Kerk noemen mag (zonder naam van de gemeente, die is klein). — [[person:Roel]]
""")

T.append("""
Les in drie zinnen:
Bel niet, ga langs. Meneer [[person:Jokhan]] ([[address:Jan Hendrikstraat 22]]) nam nooit op, maar deed altijd open. Zijn nummer ([[phone:070 - 360 44 12]]) stond wel in het dossier maar was al jaren afgesloten.
""")

T.append("""
Kort maar krachtig! Naam en adres weghalen (Jan Hendrikstraat zonder nummer zou ook kunnen, maar is onnodig), telefoonnummer weg. — [[person:Marloes]]
""")

T.append("""
aanleiding
Signaal van de apotheek: mevrouw [[person:Hodan Farah]] haalt al 2 maanden haar insuline niet op. Adres [[address:Calandplein 8]], [[postcode:2521 AB]]. Telefoon: [[phone:06-15 72 88 01]] (afgesloten).
aanpak
Met wijkverpleegkundige [[person:Jolien]] op huisbezoek. Mevrouw bleek geen geld te hebben voor de eigen bijdrage.
wat werkte
Direct regelen: gemeentelijke zorgverzekering (aanmelding op [[date:12 juni]]), eigen risico in termijnen.
wat niet
Mevrouw dacht dat ze de apotheek moest terugbetalen en schaamde zich.
uitkomst
Insuline weer op tijd, suiker stabiel.
les
Vraag bij therapieontrouw altijd naar geld.
""")

T.append("""
Review door [[person:Hatice]]: naam mevrouw, adres met postcode, telefoonnummer (ook al is het afgesloten) en datum eruit. [[person:Jolien]] mag 'de wijkverpleegkundige' worden. Sterke les!
""")

T.append("""
Aanleiding
Kick-off van de pilot op [[date:22 november]]: wij kozen het thema 'bemoeizorg'. In ons team speelde toen de casus van een vrouw die al twaalf jaar geen hulp aannam. Ik noem haar hier [[person:Anna]] (haar echte voornaam, ik weet het, die haal ik er nog uit).
Aanpak
Ieder teamlid schreef op wat hij of zij al geprobeerd had. Dat bleken 23 verschillende pogingen in 12 jaar, door 14 verschillende hulpverleners.
Wat werkte
De lijst zelf. Hij liet zien dat niemand het overzicht had.
Wat niet
Nieuwe pogingen zonder die lijst.
Uitkomst
Eén vaste casusregisseur, nieuwe aanpak vanaf [[date:1 februari]].
Les
Maak bij langdurige zorgmijding eerst een 'pogingenlijst'.
""")

T.append("""
Je schrijft zelf al dat [[person:Anna]] haar echte voornaam is. Graag vervangen voor publicatie. 'De kick-off' zonder datum kan ook; iedereen weet wanneer die was. Idem de startdatum. Goed idee die pogingenlijst! [[person:Wim]]
""")

T.append("""
Aanleiding: jongvolwassene met autisme, [[person:Daan Bakker]] (20), woont nog bij zijn ouders in Ypenburg. Ouders uitgeput. Hij zit sinds de middelbare school thuis, gamet.
Aanpak: MEE-consulent + buurtsportcoach. Eerst via gamen contact: de buurtsportcoach speelde online mee.
Wat werkte: aansluiten bij zijn wereld.
Wat niet: de participatiewet, hij kreeg een oproep voor een re-integratiebureau en sloeg dicht.
Uitkomst: hij doet nu vrijwilligerswerk bij een e-sportsclub, twee middagen per week.
Les: ga naar de plek waar de ander al is, ook als die online is.
Contact vader: [[person:Peter Bakker]], [[email:peterbakker1961@hotmail.com]], [[phone:015-2613398]]
""")

T.append("""
Beste schrijver, heel mooie les, de buurtsportcoach die online meespeelt: top. Maar de contactgegevens van vader (naam, mail, telefoon) en de naam van de jongen moeten eruit. '[[person:Bakker]]' is ook echt een achternaam hier, geen beroep :) — [[person:Julia]]
""")

T.append("""
Aanleiding: huisarts dr. [[person:S. Lim]] — pardon, dr. [[person:Lim]] — verwees een patiënt naar ons met 'sociale problemen'. Meer stond er niet in de verwijzing. Meneer [[person:Wong]] (58), kok, arbeidsongeschikt na een rugoperatie.
Aanpak: eerst uitzoeken wat 'sociale problemen' waren: geen inkomen door een fout bij het UWV, kenmerk [[dossier:UWV/WIA/23-88127]].
Wat werkte: rechtstreeks contact met een consulent bij het UWV (via ons netwerk).
Wat niet: de verwijzing van de huisarts, te vaag.
Les: maak met de huisartsen in de wijk een korte verwijsbrief-afspraak.
""")

T.append("""
Eruit: naam huisarts (2x), naam meneer, UWV-kenmerk. 'Kok' mag blijven als beroep? Ik zou het weglaten. — [[person:Naomi]]
""")
T.append("""
Aanleiding
Een gezin in Transvaal met een stapel schulden bij de Belastingdienst (toeslagenaffaire). Vader werkt in de bouw, moeder thuis met vier kinderen. Het gezin was erkend als gedupeerde, maar wist niet wat dat betekende.
Aanpak
We hebben alles op één A4 gezet. Brede hersteloperatie aangevraagd bij de gemeente, zaaknummer [[dossier:HO-2023-008815]]. Betalingen van UHT op rekening [[iban:@IBAN_@]] ([[date:4 juli 2023]]: € 30.000 compensatie).
Wat werkte
Eén vaste persoon bij de gemeente die alleen over herstel ging.
Wat niet
Het geld kwam binnen, maar de schuldeisers ook. Binnen twee weken was er € 8.000 beslag.
Uitkomst
Kwijtschelding private schulden loopt nog, aanvraag ingediend [[date:09-10-2023]].
Les
Zorg dat er een bewindvoerder of budgetcoach klaarstaat vóór het compensatiegeld binnenkomt.
Schrijver: [[person:H. Boukhari]] ([[email:h.boukhari@swt-transvaal.nl]], [[phone:06 4319 2270]])
""")

T.append("""
Reviewnotitie
- zaaknummer hersteloperatie [[dossier:HO-2023-008815]]: weg
- IBAN: weg
- twee exacte datums ([[date:4 juli 2023]], [[date:09-10-2023]]): weg, maand/jaar mag
- bedragen: mogen blijven, zijn juist leerzaam
- je eigen contactgegevens: weg (contact via platform)
Dank, sterke les. Reviewer thema schulden.
""")

T.append("""
Aanleiding: Op [[date:woensdag 15-11-2023]] belde een buurvrouw van de [[address:Stuwstraat 17]] ([[postcode:2516 TC]]) de wijkagent: haar bovenbuurman (82) was al dagen niet gezien. Hij bleek in het ziekenhuis te liggen; niemand wist het. De buurvrouw had wel een sleutel en een adres van een neef: [[address:Noordeinde 112-B]], [[postcode:2514 GM]].
Aanpak: contact met het ziekenhuis, de neef, de huisarts. Ontslag voorbereid met transferverpleegkundige.
Wat werkte: de buurvrouw als spil, ze kende meneer 30 jaar.
Wat niet: geen enkele instantie had een contactpersoon van meneer geregistreerd.
Uitkomst: thuiszorg 2x per dag na ontslag op [[date:29-11]].
Les: vraag bij ouderen altijd naar een contactpersoon en leg die vast.
""")

T.append("""
Twee adressen met postcodes, twee exacte datums. Graag alles eruit. De rest van de les kan zo blijven, mooi voorbeeld van hoe buren het vangnet zijn. [[person:Rik]] (redactie)
""")

T.append("""
Intakeverslag (per ongeluk in de les geplakt?)
Naam cliënt: [[person:Desislava Ivanova]] | geb. [[date:23-06-1991]] | BSN [[bsn:@BSN.@]] | nationaliteit: Bulgaars
Adres: [[address:Groenteweg 63-2]], [[postcode:2521 XE]]
Tel: [[phone:+359 88 412 7730]] / [[phone:06-87 23 11 09]]
Werkgever: uitzendbureau (Westland)
Hulpvraag: huurcontract op naam van huisbaas, wordt eruit gezet, 2 kinderen
---
Les (concept): bij arbeidsmigranten met een huisjesmelker eerst de huurcommissie inschakelen, dan pas andere woonruimte zoeken.
""")

T.append("""
Dit concept bevat een volledig intakeverslag: naam, geboortedatum, BSN, adres, twee telefoonnummers. Ik heb het concept op 'verborgen' gezet. Graag het hele intakeblok verwijderen; de les onderaan is goed. Dit is een datalek-incident, ik meld het bij de FG zoals de procedure voorschrijft.
Redactie kennisplatform, [[person:S. Vermeulen]]
""")

T.append("""
Aanleiding
Dhr. [[person:Abdulrahman Al Ahmad]], 70, Syrisch, kwam via gezinshereniging naar zijn zoon in Leidschenveen. Zoon [[person:Omar]] werkt fulltime, schoondochter ook. Meneer zat de hele dag alleen, sprak geen Nederlands, was depressief.
Aanpak
Welzijnscoach zocht Arabischsprekende ouderen. Via de moskee in Ypenburg een koffieochtend gevonden op dinsdag.
Wat werkte
Vervoer regelen: Omar bracht hem de eerste keer, daarna ging hij met de buurtbus.
Wat niet
Taalles: te schools voor meneer.
Uitkomst
Drie ochtenden per week onder de mensen.
Les
Gezinshereniging van ouderen vraagt eigen aandacht; de familie kan het niet alleen.
Adres zoon (voor het dossier): [[address:Laan van Wateringse Veld 720]], [[postcode:2548 BJ]]
""")

T.append("""
Naam meneer, naam zoon en het adres met postcode onderaan moeten weg. 'Dinsdag' als dag mag natuurlijk. — [[person:Annemiek]]
""")

T.append("""
korte les: bel de CAK niet, maar gebruik het formulier 'betalingsregeling'. Wij wachtten bij mevr. [[person:Tavares]] (CAK-relatienr. [[dossier:70391283]]) 40 min in de wacht op [[date:di 16 jan]] en kregen daarna te horen dat het alleen schriftelijk kan. Formulier ingestuurd op [[date:17-1]], regeling goedgekeurd op [[date:2-2]].
""")

T.append("""
review: relatienummer CAK en naam weg. datums weg. dank, praktische tip! — [[person:A.B.]]
""")

T.append("""
## Casus: Meneer die zijn post niet meer opende
**Aanleiding** Ongeopende post, afgesloten water. Meneer [[person:Frans van der Heijden]] (68), alleenstaand, [[address:Weimarstraat 5-D]]. Geboren [[date:8 mei 1955]].
**Aanpak** Samen met Humanitas Thuisadministratie de post geopend. 142 ongeopende enveloppen. Schulden: € 23.450 bij 11 schuldeisers.
**Wat werkte** Vrijwilliger [[person:Joop]] van Humanitas, zelf ook 70. Meneer vertrouwde hem omdat hij 'geen hulpverlener' was.
**Wat niet** De doorlooptijd van de schuldsanering: aanvraag [[date:14 februari]], start traject pas [[date:30 augustus]].
**Uitkomst** Water weer aan (na 2 dagen), schuldsanering (WSNP) loopt. Dossier bij de Kredietbank [[dossier:KB-23-40012]].
**Les** Laat vrijwilligers het vertrouwenswerk doen, professionals het juridische.
""")

T.append("""
Dank voor deze les! Uit de tekst moeten: naam + geboortedatum van meneer, adres, de voornaam van de vrijwilliger, de datums en het dossiernummer van de Kredietbank. Getallen (142 enveloppen, bedrag, aantal schuldeisers) mogen blijven, die maken de les juist sterk. Met vriendelijke groet, [[person:Fatma Yıldız]], reviewer
""")

T.append("""
Les (heel kort) — bij gezinnen met huiselijk geweld nooit het adres van de opvang in je verslag. Bij ons ging dat mis: collega had 'opvang [[address:Westeinde 57]]' in het gezamenlijke dossier gezet, ex-partner ([[person:Marcel]]) kreeg inzage via zijn advocaat. Gelukkig op tijd gezien.
""")

T.append("""
Pijnlijk en belangrijk. Maar je noemt nu zelf weer het adres van de opvang ([[address:Westeinde 57]]) en de voornaam van de ex. Dat moeten we niet herhalen op het platform. Kun je 'een adres van de opvang' schrijven? [[person:Lieke]]
""")

T.append("""
Aanleiding
Zorgmelding van een thuiszorgorganisatie over mw. [[person:Zeynep Kaya]] (79): vermagering, verwaarlozing, zoon woont in en zou haar AOW opmaken. Zoon: [[person:Murat]] (52), werkloos. Adres: [[address:Hoefkade 620]], [[postcode:2526 BR]].
Aanpak
Veilig Thuis (melding [[dossier:VT-2024-1187]]), huisbezoek met tolk, gesprek met mevrouw alleen (zonder zoon) op het consultatiebureau-achtig lokaal van het wijkcentrum.
Wat werkte
Mevrouw apart spreken. Met zoon erbij zei ze niets.
Wat niet
De zoon was zelf ook hulpbehoevend (verslaafd); wij hadden daar eerst geen oog voor.
Uitkomst
Zoon in behandeling bij Brijder, mevrouw krijgt haar AOW via bewindvoering op [[iban:@IBAN@]].
Les
Bij ouderenmishandeling is de pleger vaak zelf ook kwetsbaar. Help beiden.
""")

T.append("""
Reviewer: naam moeder en zoon, adres + postcode, VT-nummer ([[dossier:VT-2024-1187]]) en IBAN eruit. 'Consultatiebureau-achtig lokaal' snap ik niet helemaal, maar dat is stijl. De les zelf is heel waardevol, graag snel terug. [[person:Hester]]
""")

T.append("""
Wat werkte: wij gebruiken nu een gedeelde app-groep voor het netwerk rond een cliënt (met toestemming!). Bij dhr. [[person:Sjaak Pinas]] zitten erin: zijn dochter ([[phone:06-34 55 90 17]]), de buurman, de wijkverpleegkundige en ik. Werkt veel sneller dan bellen.
Wat niet: niet iedereen had een smartphone; de buurman print de berichten.
Les: een netwerkgroep werkt, maar check privacy en regel toestemming schriftelijk.
""")

T.append("""
Goede les, maar haal naam meneer en het nummer van de dochter weg. Over de app: kun je noemen welke app jullie gebruiken? Sommige teams mogen geen WhatsApp gebruiken. — [[person:Ruud]]
""")

T.append("""
AANLEIDING: mw [[person:Gebremedhin]], 29, alleenst. moeder 1 kind, getraumatiseerd (vlucht via Libië). Woont sinds [[date:1-3-2022]] op [[address:Tapijtweg 38]]. Slaapt niet, kind (3) gaat niet naar opvang.
AANPAK: eerst kinderopvang regelen zodat mevrouw lucht krijgt. VVE-plek via het CJG. Daarna pas traumabehandeling (i-psy).
WERKTE: stapsgewijs. eerst praktisch, dan psychisch.
WERKTE NIET: de wachtlijst traumabehandeling, 9 maanden.
UITKOMST: kind naar VVE sinds [[date:4 sept.]], mevrouw op de wachtlijst, in de tussentijd praatgroep voor Eritrese vrouwen.
LES: overbrug wachtlijsten met lotgenotengroepen.
""")

T.append("""
@schrijver: achternaam mevrouw, adres en beide datums eruit. 'Via Libië' zou ik ook weglaten, het voegt niet veel toe en is gevoelig. — [[person:Bouchra]]
""")

T.append("""
Aanleiding
Meneer [[person:Gerrit Storm]] (64) werd in Kraayenstein ontslagen uit de verslavingskliniek, zonder woning. Hij woonde voor zijn opname op [[address:Kraaijensteinlaan 204B]] maar die woning was in de tussentijd ontbonden.
Aanpak
Nachtopvang, daarna een Housing First-plek. Contact met de maatschappelijk werker van de kliniek, [[person:Hugo]] ([[email:hugo.brink@kliniek-duinrand.nl]]).
Wat werkte
Housing First: eerst een huis, geen voorwaarden.
Wat niet
De ontslagplanning: niemand had ons ingelicht.
Uitkomst
Meneer woont sinds [[date:18 maart 2024]] in een eigen studio, nog 6 maanden begeleiding.
Les
Ontslag uit een kliniek zonder woning = dakloosheid. Spreek af dat klinieken 4 weken vooraf melden.
""")

T.append("""
Reviewer [[person:Ilona]]: [[person:Storm]] is de achternaam, toch? Graag eruit, ook '[[person:Gerrit]]'. Oud adres, naam en mail van de mw'er van de kliniek en de datum eruit. Ik vind de les 'ontslag zonder woning = dakloosheid' erg sterk.
""")

T.append("""
Aanleiding: op [[date:vrijdag 1 december]] stonden er twee kinderen ([[person:Sami]] 8 en [[person:Noah]] 10) op het schoolplein te wachten, niemand kwam ze halen. Moeder [[person:Jessica de Bruin]] bleek op dat moment in de cel te zitten (zwartrijden, openstaande boetes). Adres: [[address:Wouwermanstraat 94]], [[postcode:2525 LD]].
Aanpak: opvang bij de buurvrouw, mevrouw [[person:Ay]] — sorry, [[person:Ay]] is de achternaam van de buurvrouw —, daarna contact met het CJIB, boetes betaald via noodfonds. Moeder was dezelfde avond vrij.
Wat werkte: de buurvrouw, en de snelle lijn met het CJIB.
Wat niet: dat niemand wist dat moeder boetes had.
Les: openstaande CJIB-boetes bij alleenstaande ouders zijn een risico voor kinderen.
""")

T.append("""
Deze les raakt me. Kinderen met naam en leeftijd, moeder met volledige naam, adres, postcode, datum, buurvrouw. Alles eruit, en laat ook het 'sorry' in de tekst weg natuurlijk ;-) — [[person:Gertjan]], redactie
""")

T.append("""
aanleiding: hoarding, 4-kamerwoning vol, meneer (59) slaapt op de bank. [[person:Piet Hoop]] heet hij, ik weet, mooie naam voor deze casus. Adres [[address:Lorentzplein 29-3]].
aanpak: hoarding-protocol GGD, ergotherapeut, 1 kamer per maand
wat werkte: zijn eigen foto's maken van 'voor' en 'na'
wat niet: deadline van de verhuurder
uitkomst: 3 kamers leeg, we hebben goede hoop
les: laat de bewoner zelf het tempo en de keuzes bepalen
""")

T.append("""
Ha! 'We hebben goede hoop' en dan heet meneer ook [[person:Hoop]]. Naam en adres eruit, dan is de woordgrap ook weg :). [[person:Jasmijn]]
""")

T.append("""
Aanleiding
Bij de Voedselbank meldde een vrouw zich die zei dat ze 'al twee jaar alleen brood eet'. Ze had recht op toeslagen, maar had die nooit aangevraagd. Mevrouw [[person:Liu Yang]], 61, werkt in een restaurant in de Chinatown aan de Wagenstraat, zwart, geen papieren van haar werkgever.
Aanpak
Samen met Sociaal Raadslieden haar rechten uitgezocht. Toeslagen met terugwerkende kracht aangevraagd (kenmerk Toeslagen [[dossier:1-2024-0093-7712]]).
Wat werkte
De Chinese tolk van de Voedselbank.
Wat niet
De werkgever: die ontkende dat ze er werkte.
Uitkomst
Huurtoeslag met terugwerkende kracht, ca. € 2.900.
Les
Vraag bij de Voedselbank standaard naar toeslagen.
""")

T.append("""
Naam mevrouw en kenmerk Toeslagen weg graag. Let op dat 'werkt zwart in restaurant in Chinatown' + 61 + vrouw mogelijk herleidbaar is, en strafbaar gedrag beschrijft. Liever 'werkt in de horeca zonder contract'. [[person:Fleur]]
""")

T.append("""
Les voor andere teams: vraag bij jonge mensen met schulden altijd naar 'geleende' bankpassen. [[person:Dylan]] (19) uit Escamp had zijn pas 'uitgeleend' aan een vriend; er liep daardoor € 11.000 aan fraude via zijn rekening ([[iban:@IBAN_@]]). Hij werd zelf verdachte. Met hulp van een jurist van het Juridisch Loket en de wijkagent is hij als slachtoffer (money mule) gezien. Zaak bij de politie: [[dossier:PL1500-2023287741]].
""")

T.append("""
reviewnotitie: voornaam + IBAN + politie-zaaknummer eruit. 'Money mule' + leeftijd + wijk is nog redelijk specifiek maar acceptabel. [[person:C. Bakker]]
""")

T.append("""
Aanleiding
De buurtbus stopte, en ineens konden vier ouderen uit de Kraayensteinse flats niet meer naar de dagbesteding. Een van hen, mevrouw [[person:Annie Visser]] (90!), belde mij op [[date:maandag 6 mei]] huilend op.
Aanpak
We hebben met de vier ouderen en hun mantelzorgers (o.a. dochter [[person:Linda]], [[phone:06 21 43 65 87]]) een taxipool opgezet via de Wmo (Haagse Wmo-vervoer, pasnummer mevrouw [[dossier:WV-2231047]]).
Wat werkte
Samen met de ouderen bedenken. Zij wisten precies hoe laat ze wilden.
Wat niet
Wmo-vervoer komt soms 45 min te laat.
Les
Als een voorziening verdwijnt: ga met de gebruikers om tafel, niet alleen met de organisatie.
""")

T.append("""
Reviewer: 'mevrouw [[person:Visser]] (90!)' is herkenbaar voor iedereen in die flat. Naam, de datum, naam en telefoon van de dochter en het pasnummer Wmo-vervoer eruit. Leeftijd zou ik ook iets vager maken ('90+'). Dank, [[person:Jan-Willem]]
""")
T.append("""
Aanleiding
Ik schrijf deze les op verzoek van de pilotgroep, na de workshop over schulden. Het gaat om een gezin waar ik ruim een jaar mee heb opgetrokken: vader, moeder en drie kinderen in een eengezinswoning in Waldeck. Op papier ging het goed: vader had een vaste baan bij een transportbedrijf, moeder werkte parttime in de thuiszorg. Maar er lagen 17 schuldeisers op de loer en de vaste lasten waren hoger dan het inkomen. Het begon met een melding van de woningcorporatie over een huurachterstand; het dossier bij ons kreeg nummer [[dossier:SWT-ESC-2023-0412]].

Aanpak
We hebben eerst een volledig overzicht gemaakt. Vader wilde dat eigenlijk niet ('het lukt ons wel'), moeder wel. Die spanning tussen hen was misschien wel het belangrijkste probleem. Ik heb daarom eerst met moeder apart gesproken, op [[date:woensdag 8 november 2023]], en daarna met beiden samen.
De aanmelding bij de schuldhulpverlening ging via de Kredietbank, met kenmerk [[dossier:KB/2023/12-7781]]. Het BSN van vader ([[bsn:@BSN@]]) en moeder ([[bsn:@BSN@]]) moest ik drie keer opnieuw doorgeven omdat systemen niet gekoppeld zijn.

Wat werkte
Het gesprek met moeder alleen. Ze vertelde dingen over de gokschulden van haar man die ze samen nooit zou zeggen.

Wat niet
De wachttijd: vier maanden tot het eerste gesprek bij de Kredietbank.

Uitkomst
Schuldregeling sinds het voorjaar. Vader is in behandeling voor zijn gokverslaving.

Les voor andere teams
Spreek partners bij schulden ook afzonderlijk. En mopper bij de gemeente over dat BSN-gedoe, want het kost uren.
""")

T.append("""
Hoi, dank voor deze uitgebreide les! Ik heb hem gelezen en er staan een paar dingen in die eruit moeten:
• SWT-dossiernummer [[dossier:SWT-ESC-2023-0412]]
• de datum van het gesprek met moeder ([[date:8 november 2023]])
• het kenmerk bij de Kredietbank
• en twee BSN's (!!), van vader en moeder
Over dat laatste: ook als je uitlegt dát je het BSN steeds moest doorgeven, hoef je het nummer zelf niet te noemen. De les over partners apart spreken vind ik sterk.
Groet, redactie thema schulden
""")

T.append("""
Wat werkte niet: de aanvraag Wmo huishoudelijke hulp via de website. Mevrouw had geen computer. Ik heb het samen met haar op mijn telefoon gedaan op [[date:vr 26 jan. '24]], aanvraagnummer [[dossier:WMO-24-018832]]. Bevestigingsmail ging naar haar oude adres ([[email:r.martina1949@hetnet.nl]]) dat ze al 5 jaar niet meer gebruikt. Les: check altijd of het mailadres nog werkt.
""")

T.append("""
Het mailadres van mevrouw, de datum en het aanvraagnummer moeten weg. — [[person:Gwen]], reviewer Wmo-thema
""")

T.append("""
Aanleiding
Melding vanuit de huisartsenpraktijk aan de Loosduinse Hoofdstraat: een patiënte (46) met een angststoornis komt haar huis niet meer uit. De POH-GGZ kon geen huisbezoek doen. Gegevens van de verwijzing: mw. [[person:M. Boukhari-Aziz]], [[address:Loosduinse Hoofdstraat 702]], [[postcode:2553 EK]], tel. [[phone:070-397 55 21]].
Aanpak
Ik ben met de ervaringsdeskundige van ons team op huisbezoek gegaan. Zij heeft zelf jaren met angst geworsteld.
Wat werkte
De ervaringsdeskundige. Mevrouw zei na afloop: 'jij snapt het tenminste'.
Wat niet
De eerste afspraak bij de GGZ: te ver weg (Rijswijk), ze durfde niet met de tram.
Uitkomst
Online behandeling via PsyQ, wekelijks een wandeling met de ervaringsdeskundige.
Les
Zet ervaringsdeskundigen in bij angst en isolement.
""")

T.append("""
Graag de verwijsgegevens (naam, adres, postcode, telefoon) uit de aanleiding halen. Loosduinse Hoofdstraat zonder nummer bij de praktijk mag, maar ik zou het weglaten zodat de praktijk niet herkenbaar wordt. — [[person:Ellen]]
""")

T.append("""
notitie voor mezelf + les
fam. [[person:nowak]], [[address:moerweg 210]], [[postcode:2533 ag]]. vader tel [[phone:0616448822]]. kind [[person:zuzanna]] (7) heeft ernstige astma, schimmel in de woning.
corporatie doet niks, al 3 klachten ingediend (klachtnr [[dossier:VST-KL-88103]]).
les: bij schimmel direct GGD-binnenmilieu inschakelen, die hebben meer gewicht dan wij
""")

T.append("""
Dit lijkt nog een notitie voor jezelf, maar hij staat op het platform in de groep. Naam gezin, adres, postcode, telefoon vader, naam kind en het klachtnummer moeten weg. De les (GGD-binnenmilieu) is goed. [[person:Mirjam]]
""")

T.append("""
Aanleiding – jeugd & schulden
Jongen van 17 met een telefoonabonnement van € 95 per maand, afgesloten toen hij 16 was (!). Moeder wist van niets. Incassobureau dreigde met beslag op moeders loon. Moeder: [[person:Chitra Ramdat]], geb. [[date:14-4-1979]], BSN [[bsn:@BSN_@]].
Aanpak: Het Juridisch Loket. Contract nietig want minderjarig.
Wat werkte: de brief van de jurist.
Wat niet: eerst zelf bellen met het incassobureau, kansloos.
Uitkomst: vordering ingetrokken op [[date:21 maart]].
Les: contracten van minderjarigen zijn vaak nietig, check dat eerst.
""")

T.append("""
Reviewer: naam, geboortedatum en BSN van moeder: direct weg. Datum intrekking ook. Verder: goede juridische tip, die ga ik ook doorsturen naar het thema jeugd. [[person:Stijn]]
""")

T.append("""
Les: geld voor de wasmachine via een fonds
Mevrouw [[person:Kaya]] had een kapotte wasmachine, drie kleine kinderen en geen spaargeld. Bijzondere bijstand: afgewezen. Wij hebben een aanvraag gedaan bij een particulier fonds (Sint Nicolaas-fonds of iets dergelijks, ik weet de naam niet meer precies). Toegekend: € 450, overgemaakt naar [[iban:@IBAN@]] op [[date:7-12]]. Les: ken de fondsen, ze zijn sneller dan de bijstand.
""")

T.append("""
Hoi, IBAN, datum en naam graag weg. 'Sint Nicolaas-fonds' mag (is geen persoon ;)). [[person:Karin]]
""")

T.append("""
Aanleiding
Signaal vanuit het Juliana Kinderziekenhuis: een jongen van 9 met ernstig overgewicht en een moeder die afspraken mist. Het ziekenhuis vroeg het SWT om mee te kijken. Moeder: mevrouw [[person:Yıldırım]], [[address:Escamplaan 288-A]]. Afspraak gemist op [[date:12/01/2024]] en [[date:26/01/2024]].
Aanpak
Ik ben met de buurtsportcoach langsgegaan. Moeder bleek in de nachtdienst te werken en overdag te slapen. De afspraken waren steeds om 9.00 uur.
Wat werkte
Afspraken verzetten naar de middag.
Wat niet
Het ziekenhuis had al een melding bij Veilig Thuis overwogen wegens 'medische verwaarlozing'.
Uitkomst
Jongen sport nu twee keer per week, moeder komt naar de afspraken.
Les
Vraag eerst naar werktijden voor je aan verwaarlozing denkt.
""")

T.append("""
Het Juliana Kinderziekenhuis mag blijven. Naam moeder, adres en de twee datums eruit. Dank! [[person:Sabine]]
""")

T.append("""
Les — doe geen beloftes die je niet kunt waarmaken.
Ik heb dhr. [[person:Adjodha]] op [[date:maandag 4 maart]] beloofd dat hij 'binnen een maand' een woning zou hebben. Dat was naïef. Het werd vier maanden. Hij heeft me dat lang kwalijk genomen. Sindsdien zeg ik alleen nog wat ík ga doen, niet wat anderen gaan doen.
— [[person:Rachid]], maatschappelijk werker SWT Schilderswijk
""")

T.append("""
Heel eerlijk, dank. Alleen de naam van meneer en de datum eruit. Je eigen naam mag, als je dat wil. [[person:Mireille]]
""")

T.append("""
aanleiding: mevr. [[person:Pietersz]], 84, weigert thuiszorg, valt regelmatig. dochter [[person:Gonny]] woont in Australië, belt via whatsapp ([[phone:+61 412 558 903]])
aanpak: huisbezoek, gesprek met dochter via video
werkte: dochter via video bij het gesprek, mevrouw luisterde naar haar
werkte niet: valalarm
uitkomst: thuiszorg 1x per dag sinds [[date:30 okt]]
les: betrek familie op afstand via beeldbellen
""")

T.append("""
@schrijver naam mevrouw en dochter, het Australische nummer en de datum weg. Leuke les over beeldbellen! — redactie, [[person:Joost]]
""")

T.append("""
Wat werkte: wij hebben afgesproken met de Sophia Revalidatie dat zij ons mailen als een cliënt uit onze wijk met ontslag gaat. Het eerste mailtje ging over mw. [[person:Ruiter]], [[address:Leyweg 204-B]], ontslag [[date:2 aug.]]. Dat ging meteen goed: Wmo-aanpassingen waren op tijd klaar. Les: maak vaste afspraken met revalidatiecentra.
""")

T.append("""
Mooi! Sophia Revalidatie is een organisatie, die mag blijven. Naam, adres en datum van mevrouw weg. [[person:Monique]]
""")

T.append("""
Aanleiding
Jonge man ([[person:Mourad]], 26), LVB, woont in een kamer boven een snackbar in de Stationsbuurt. Werd door 'vrienden' gebruikt als opslag voor drugs. Adres: [[address:Stationsweg 118-C]]. Bekend bij politie onder registratienr. [[dossier:2023-0411-DHG]].
Aanpak
MEE, wijkagent, woonbegeleider van Middin. Nieuwe kamer in een beschermde setting.
Wat werkte
Verhuizing naar een andere wijk, weg van de vrienden.
Wat niet
Hem uitleggen dat het 'geen echte vrienden' waren. Hij bleef ze verdedigen.
Uitkomst
Woont sinds [[date:01-06-2024]] in een begeleid-wonen-project van Middin.
Les
Bij LVB en criminele uitbuiting: fysieke afstand werkt beter dan praten.
""")

T.append("""
Reviewer: naam, adres, politie-registratienummer en de verhuisdatum weg. Middin mag blijven als organisatie, maar let op: 'een begeleid-wonen-project van Middin' + LVB + 26 is vrij specifiek. [[person:Hanna]]
""")

T.append("""
Uitkomst en les (aanvulling):
Na ons gesprek op [[date:12-03-2024]] heeft meneer [[person:Eduardo]] zelf contact opgenomen met de Voedselbank. Hij gaf het nummer van zijn vrouw op: [[phone:06-38 29 47 10]]. Les: mensen willen zelf regie, geef ze het nummer in plaats van zelf te bellen.
""")

T.append("""
Datum, naam en 06-nummer eruit. [[person:Dennis]]
""")

T.append("""
Casus – mantelzorger zonder rust
Aanleiding: Mevrouw [[person:Ria Koster-Dekker]] (77) zorgt 24/7 voor haar man met Alzheimer. Zij belde zelf de Mantelzorglijn, die verwees naar ons. Tel. mevrouw: [[phone:070 - 511 23 90]]. Adres: [[address:Van Musschenbroekstraat 5-D]], [[postcode:2522 AK]].
Aanpak: respijtzorg (logeeropvang één weekend per maand), mantelzorgwaardering aangevraagd.
Wat werkte: de logeeropvang. Mevrouw sliep het eerste weekend 14 uur.
Wat niet: de casemanager dementie was met zwangerschapsverlof, geen vervanging.
Uitkomst: mevrouw houdt het vol, meneer staat op de wachtlijst voor een verpleeghuis.
Les: vraag mantelzorgers hoeveel uur ze slapen.
""")

T.append("""
Eruit: naam mevrouw, telefoon, adres, postcode. 'Zwangerschapsverlof' van de casemanager is over een collega, dat zou ik weglaten. [[person:Judith]]
""")

T.append("""
Aanleiding – we hadden een meneer van 52, [[person:Edmilson Duarte]], die na 20 jaar werk in de haven arbeidsongeschikt raakte. Schulden liepen op. Zijn dossier bij de Sociale Dienst: [[dossier:SZW-883201]]; BSN [[bsn:@BSN.@]].
Aanpak – ik heb hem gekoppeld aan een budgetcoach van Schuldhulpmaatje en tegelijk een WIA-bezwaar laten indienen.
Wat werkte – bezwaar gewonnen, WIA met terugwerkende kracht.
Wat niet – de tijd: bezwaar duurde 11 maanden.
Uitkomst – schulden afgelost van de nabetaling (op [[iban:@IBAN_@]]), meneer doet vrijwilligerswerk bij de Voedselbank.
Les – een bezwaar indienen loont vaak. Laat het niet liggen.
""")

T.append("""
Reviewer: volledige naam, SZW-dossier, BSN en IBAN. Vier dingen die niet op het platform mogen. Graag alles weg. 'Haven' + 20 jaar mag wat mij betreft. — [[person:Peter]]
""")

T.append("""
Les: werk samen met de imam bij huiselijk geweld
Ik weet dat dit gevoelig ligt. Maar in de casus van fam. [[person:Bennani]] was de imam de enige die de vader kon aanspreken. Hij heeft een gesprek gehad op [[date:zondag 19 mei]], en daarna is de vader akkoord gegaan met hulp van Veilig Thuis. Moeder [[person:Fatiha]] was opgelucht.
""")

T.append("""
Belangrijke les. Naam gezin en moeder eruit, en de datum. Graag ook een stukje 'wat niet werkte' erbij, en hoe jullie zorgden dat de moeder veilig bleef. — [[person:Zeynep]], reviewer huiselijk geweld
""")

T.append("""
Aanleiding: In de flat aan de [[address:Hengelolaan 1050]] woonde een man ([[person:Kenrick]], 44) met een psychose. Hij gooide spullen van het balkon. Buren waren bang. Meldingen bij de politie: [[dossier:PL-2024-118920]], [[dossier:PL-2024-121335]].
Aanpak: bemoeizorg, huisarts, spv, wijkagent. Zorgmachtiging aangevraagd.
Wat werkte: snel schakelen tussen wijkagent en spv.
Wat niet: zorgmachtiging duurde 6 weken, intussen twee incidenten.
Uitkomst: opname, nu weer thuis met depot-medicatie.
Les: start de Wvggz-procedure eerder.
""")

T.append("""
Adres, naam en de twee politienummers eruit. Dank, [[person:Mo]]
""")

T.append("""
Casus - budgetbeheer via de gemeente
Mevrouw ([[person:Akosua Boateng]], 38) heeft vrijwillig budgetbeheer via de Kredietbank sinds [[date:1-1-2024]]. Leefgeld van € 60 per week op haar rekening [[iban:@IBANl@]]. Zij belde me vorige week dat het geld niet was overgemaakt. Bleek een fout in de koppeling. Les: check na de start van budgetbeheer de eerste drie weken zelf of het leefgeld binnenkomt.
Mail Kredietbank-contact: [[email:budgetbeheer.team3@kredietbank-haaglanden.nl]]
""")

T.append("""
Naam, startdatum, IBAN en het mailadres eruit. Bedrag mag blijven. [[person:Ilse]]
""")

T.append("""
les (ouderen): bij ouderen die alles 'zelf willen' helpt het om ze een taak te geven. Meneer [[person:Lucas]] (81, oud-onderwijzer) wilde geen hulp, maar wel bijles geven aan een buurjongen. Nu is er elke woensdag iemand over de vloer en ziet de moeder van de buurjongen ([[person:Sandra]], [[phone:06-44 11 90 32]]) hoe het met hem gaat.
""")

T.append("""
Mooi idee! Naam meneer, naam en nummer buurvrouw eruit. 'Oud-onderwijzer' mag blijven als het een grote wijk is. [[person:Tamara]]
""")

T.append("""
Aanleiding: Via [[email:meldpunt.zorg@staedion-demo.nl]] kwam een melding binnen over stank uit de woning van dhr. [[person:Lambrecht]], [[address:Jan van der Heijdenstraat 97]], [[postcode:2525 EH]]. Geboren [[date:19-08-1950]].
Aanpak: GGD, huisarts, bemoeizorg.
Wat werkte: de huisarts was al 20 jaar zijn huisarts en mocht binnen.
Wat niet: de meldingsroute, de melding lag 3 weken op een stapel.
Les: spreek met de corporatie af dat zorgmeldingen binnen 2 dagen doorgaan.
""")

T.append("""
Reviewer: naam, adres, postcode, geboortedatum weg. Het mailadres van het meldpunt van de corporatie is geen cliëntgegeven, maar haal het ook weg, anders kun je de melding terugzoeken. [[person:Gerard]]
""")

T.append("""
Wat werkte bij ons: een vaste 'inloop' in het wijkcentrum voor mensen met post. Iedere dinsdag 13.30-15.30 uur. In week 12 kwamen er 14 mensen. Een van hen, [[person:Ahmed]], kwam met een dwangbevel van de gemeente (kenmerk [[dossier:BLB-2024/55310]]) dat hij al een maand in zijn tas had. Dat konden we dezelfde middag oplossen. Les: laagdrempelige inloop vangt veel op.
""")

T.append("""
Naam en kenmerk BLB eruit, verder top. Tijden en weeknummer mogen. [[person:Anouk]]
""")

T.append("""
Aanleiding
Dit is een lange, maar ik denk dat hij belangrijk is voor andere teams. Het gaat over een Afghaanse vrouw, [[person:Zahra Ahmadi]], 35, die met haar drie kinderen in een noodopvang in Leidschenveen woonde en daarna een woning kreeg aan de [[address:Ambachtsgaarde 240]] in Mariahoeve, postcode [[postcode:2591 NP]]. Haar man zat nog in Afghanistan.
Aanpak
Ik heb haar vanaf de eerste week begeleid, samen met VluchtelingenWerk. We hebben de basis geregeld: uitkering, toeslagen, school, huisarts. Ik merkte dat ze 's nachts niet sliep; haar oudste dochter [[person:Mariam]] (12) vertelde me dat mama steeds huilde.
Wat werkte
Een vrouwengroep in het wijkcentrum met andere Afghaanse vrouwen, op vrijdagochtend. Daar kon ze praten.
Wat niet
De gezinshereniging: de IND-procedure (V-nr [[dossier:3012884471]]) ligt al anderhalf jaar stil.
Uitkomst
Ze slaapt beter, kinderen gaan naar school. Haar man is nog niet hier.
Les
Lotgenotengroepen in de eigen taal doen meer dan een doorverwijzing naar de ggz.
""")

T.append("""
Reviewer: dank voor deze lange les. Eruit moeten: naam mevrouw, naam dochter, adres + postcode en het V-nummer van de IND. Let op: ook 'Afghaanse vrouw + 3 kinderen + man nog in Afghanistan + Mariahoeve' maakt haar herkenbaar. Overweeg de wijk weg te laten of 'een wijk in Den Haag' te schrijven. [[person:Simone]]
""")
T.append("""
Aanleiding
Deze les gaat over het verschil tussen 'zorg mijden' en 'zorg niet kunnen vinden'. Een vrouw van 58 uit Bouwlust werd door vier verschillende instanties als zorgmijder gezien. De huisarts, de corporatie, de GGD en wij. Pas toen ik alle contactmomenten naast elkaar legde, zag ik dat ze eigenlijk steeds wél had gereageerd, maar altijd op het verkeerde kanaal.
Tijdlijn (uit ons systeem, nog anonimiseren):
- [[date:12 januari]]: brief corporatie, mevrouw belt terug naar [[phone:070-750 88 00]] (algemeen nummer), komt in een keuzemenu, hangt op
- [[date:3 februari]]: huisarts stuurt brief, mevrouw mailt terug naar [[email:praktijk.debuitenhof@gmail.com]], geen antwoord
- [[date:20-02]]: GGD-bezoek, mevrouw niet thuis (werkt 's ochtends als schoonmaker)
- [[date:1-3]]: ik bel haar op [[phone:06-29 01 73 84]] om 10 uur: geen gehoor. Om 19.00 neemt ze wel op.
Aanpak
Eén contactpersoon (ik), bellen na werktijd, een vaste avond per week.
Wat werkte
Gewoon 's avonds bellen.
Wat niet
Onze kantooruren.
Uitkomst
Ze bleek een huurachterstand te hebben door een fout in haar toeslag. Binnen twee weken opgelost.
Les voor andere teams
Voordat je iemand 'zorgmijder' noemt: check of jullie wel bereikbaar waren op de momenten dat zij kon.
""")

T.append("""
Reviewer-opmerkingen:
De les is super. Maar de tijdlijn moet geanonimiseerd worden: alle datums ([[date:12 januari]], [[date:3 februari]], [[date:20-02]], [[date:1-3]]), het 06-nummer van mevrouw en het mailadres van de huisartsenpraktijk (daarmee is de praktijk en dus de patiënte te vinden). Het algemene nummer van de corporatie mag je laten staan, al voegt het niets toe. Ik zou de tijdlijn omzetten naar 'week 1, week 4, week 7, week 8' zodat de opbouw zichtbaar blijft.
""")

T.append("""
Copy-paste uit Suite (per abuis):
Cliënt 1: [[person:Yusuf Demir]], BSN [[bsn:@BSN@]], geb. [[date:04-11-1972]]
Cliënt 2 (partner): [[person:Elif Demir-Şahin]], BSN [[bsn:@BSN@]], geb. [[date:30-07-1976]]
Rekening: [[iban:@IBAN_@]] (gezamenlijk)
Adres: [[address:Vlierboomstraat 331]], [[postcode:2564 JH]]
E-mail: [[email:elif.sahin76@outlook.com]]
Casusnummer: [[dossier:SWT-SEG-24-0077]]

Eigenlijke les: als beide partners cliënt zijn, maak twee plannen maar één gesprek.
""")

T.append("""
Ik heb dit concept direct verborgen. Er staan twee BSN's, twee geboortedata, een IBAN, adres, postcode, mailadres en casusnummer in. Graag alleen de laatste zin (de les) laten staan en uitbreiden met aanleiding, aanpak, etc. Ik heb het incident gemeld volgens de procedure (meldnr. [[dossier:DL-2024-019]]).
Kennisredactie
""")

T.append("""
Schuldhulp en de 'vergeten' vaste lasten – les uit een casus in Laak

Aanleiding: meneer (61), alleenstaand, net gescheiden. Hij had zijn vaste lasten altijd via de rekening van zijn ex-vrouw betaald. Na de scheiding liep alles door van háár rekening ([[iban:@IBAN@]]), tot zij het stopzette op [[date:1 april 2024]]. Binnen zes weken: afsluiting internet, aanmaning zorgverzekeraar, huurachterstand.

Aanpak: we hebben met meneer alle incasso's overgezet naar zijn eigen rekening [[iban:@IBAN_@]]. Dat kostte twee middagen en elf telefoontjes. De zorgverzekeraar (klantnummer [[dossier:ZZ 183 004 551]]) gaf een betalingsregeling.

Wat werkte: een lijst van alle vaste lasten maken vanaf het oude bankafschrift.
Wat niet: de ex-vrouw vroeg ons om 'het geld terug' voor de maanden na de scheiding. Daar hebben wij ons buiten gehouden.
Uitkomst: alles loopt weer, geen nieuwe schulden.
Les: bij scheidingen altijd nagaan via wiens rekening de vaste lasten liepen.
Geschreven door [[person:Marco]] ([[phone:06 5100 2299]])
""")

T.append("""
Twee IBANs, een datum, klantnummer zorgverzekeraar en je 06-nummer weg graag. 'Meneer (61)' is prima. Groet, [[person:Wendela]]
""")

T.append("""
Verslag van de expertbijeenkomst (thema ouderen) – concept voor het platform
We zijn op [[date:donderdag 18 april]] bij elkaar gekomen in het wijkcentrum in Morgenstond. Aanwezig: 9 deelnemers uit 6 teams. Drie casussen besproken:
1. Een echtpaar in Moerwijk, beiden 85+, waarvan de man 's nachts dwaalt. De casemanager dementie vertelde hoe ze met een GPS-horloge (via de Wmo) werkten. Adres van het echtpaar was [[address:Moerweg 412-A]] (haalt de casuseigenaar nog weg).
2. Een alleenstaande vrouw (92) in Rustenburg die nog volledig zelfstandig woont dankzij 11 buren. Belrooster staat op haar koelkast, met het nummer van de coördinerende buurvrouw: [[phone:070 - 323 99 01]].
3. Meneer [[person:De Wit]] uit Oostbroek (zie eerdere les), die na een val weigerde te revalideren.
Conclusie: informele netwerken zijn bij ouderen vaak sterker dan we denken, maar kwetsbaar als één persoon wegvalt.
Volgende bijeenkomst: [[date:16 mei]]. Aanmelden via [[email:pilot.ouderen@swt-denhaag.nl]].
""")

T.append("""
Dank voor het verslag! Drie dingen: adres bij casus 1, het telefoonnummer van de buurvrouw bij casus 2 en de naam bij casus 3 moeten weg. De bijeenkomstdatums mogen van mij blijven, maar volgens de privacyregels van het platform halen we alle datums weg; schrijf 'half april' en 'half mei'. Het aanmeldadres is een functioneel mailadres; dat mag blijven als de coördinator dat wil. [[person:Roos]] (facilitator)
""")

T.append("""
Aanleiding
Een gezin met een kind met een ernstige meervoudige beperking ([[person:Ilias]], 12). Ouders ([[person:Hamza]] en [[person:Souad]]) waren op. Ze kregen PGB, maar de administratie daarvan ging helemaal mis: de SVB eiste € 7.800 terug.
Aanpak
We hebben met een PGB-adviseur van MEE de hele administratie nagelopen. Terugvordering SVB, kenmerk [[dossier:SVB-PGB-2023-447120]]. Bezwaar ingediend op [[date:2 oktober 2023]].
Wat werkte
De MEE-consulent, die kende de regels van binnen en van buiten.
Wat niet
Het PGB zelf: voor deze ouders was ZIN (zorg in natura) veel beter geweest. Niemand had dat besproken.
Uitkomst
Bezwaar gedeeltelijk gegrond, terugvordering € 2.100. Overgestapt naar ZIN.
Les
Bespreek altijd of een PGB past bij de draagkracht van de ouders. Een PGB is ook een baan.
""")

T.append("""
Reviewer: Namen van het kind en beide ouders, het SVB-kenmerk en de bezwaardatum weg. De bedragen mogen blijven. Dank voor de heldere les over PGB! [[person:Lonneke]]
""")

T.append("""
korte les: {{org:Florence}} en het SWT hebben nu een vaste lijn. Sinds [[date:1 sept]] belt de wijkverpleging van {{org:Florence}} ons als een cliënt thuiszorg weigert. Eerste casus via die lijn: mevrouw [[person:Florence Adjei]] (ja, zelfde naam als de organisatie, toevallig), [[address:Erasmusweg 882]], [[phone:06-84 77 12 53]]. Binnen een week hadden we een gesprek met haar én haar zoon.
""")

T.append("""
Haha, verwarrend met die naam. De organisatie {{org:Florence}} mag blijven, mevrouw [[person:Florence Adjei]] en haar adres en nummer niet. Datum ook weg. [[person:Bart]]
""")

T.append("""
Aanleiding: een man (49) van Kaapverdiaanse afkomst, [[person:Adilson Monteiro]], belde ons zelf. Hij had een brief van de gemeente gekregen dat zijn bijstand werd stopgezet per [[date:1 juli]], wegens 'niet meewerken aan re-integratie'. Hij had de afspraken gemist omdat de brieven naar het adres van zijn ex gingen: [[address:Kempstraat 121]], [[postcode:2572 GC]]. Zelf woonde hij al een jaar bij zijn broer op [[address:Thomsonlaan 33-3]].
Aanpak: adreswijziging doorgevoerd, bezwaar, gesprek met de klantmanager.
Wat werkte: de klantmanager was redelijk toen ze het hele verhaal hoorde.
Wat niet: de BRP was niet bijgewerkt, dus de gemeente wist niets.
Uitkomst: bijstand loopt door, met een nieuwe afspraak op [[date:15-07]].
Les: check bij 'niet meewerken' altijd eerst of de brieven wel aankomen.
""")

T.append("""
Naam, twee adressen met postcode en de datums eruit. Het detail 'bij zijn broer' is prima. [[person:Ester]]
""")

T.append("""
Wat werkte: de ouderenadviseur van Vitis heeft een lijstje gemaakt van alle instanties met een direct nummer (geen keuzemenu). Dat scheelt ons per casus zeker een uur. Voorbeeld: toen mevrouw [[person:Hendriks]] op [[date:ma 8 jan]] haar huurtoeslag kwijt was, hadden we binnen 10 minuten iemand van de Belastingdienst aan de lijn. Haar BSN ([[bsn:@BSN_@]]) moest ik wel hardop noemen in de wachtkamer, dat was minder. Les: deel je directe nummers met het team, en bel niet in een openbare ruimte.
""")

T.append("""
Goede tip. BSN, naam en datum eruit. Bedankt [[person:Nicole]]! Reviewer
""")

T.append("""
aanleiding
meneer [[person:stoyan dimitrov]] (bulgaars, 37) had een arbeidsongeval in een kas in het Westland. geen verzekering, werkgever weg. woont in een huis met 11 andere mannen, [[address:Hoefkade 873]]
aanpak
FNV + juridisch loket, letselschadeclaim
wat werkte
de FNV-consulent sprak bulgaars
wat niet
de uitzendwerkgever was failliet
uitkomst
nog niks, loopt. zaaknr bij de rechtbank [[dossier:C/09/661204]]
les
bij arbeidsmigranten met letsel: meteen vakbond inschakelen
""")

T.append("""
Naam meneer, adres en het zaaknummer van de rechtbank eruit. '11 mannen in één huis' is misschien ook herkenbaar voor de buurt. — [[person:Laura]]
""")

T.append("""
Aanleiding
Ik schreef eerder een les over energiearmoede, dit is het vervolg. Gezin met vier kinderen in een slecht geïsoleerde portiekwoning in de Schilderswijk ([[address:Hobbemastraat 210-III]], [[postcode:2526 JT]]), energierekening € 380 per maand, klantnummer bij Vattenfall [[dossier:KL-4471998203]]. Moeder [[person:Wafae]] kookte op een elektrisch plaatje om gas te sparen.
Aanpak
Fixbrigade voor kleine isolatiemaatregelen, energiecoach van het Haags Klimaatfonds (of hoe heet het ook weer), aanvraag energietoeslag.
Wat werkte
De energiecoach die gewoon in de keuken ging kijken. Alleen al de ketel lager zetten scheelde € 40.
Wat niet
De verhuurder: particulier, reageerde op geen enkele mail ([[email:verhuur.vandongen@kpnmail.nl]]).
Uitkomst
Maandbedrag omlaag naar € 290.
Les
Combineer praktische hulp in huis met geldzaken; alleen toeslag aanvragen is niet genoeg.
""")

T.append("""
Graag eruit: adres + postcode, klantnummer Vattenfall, naam moeder, en het mailadres van de verhuurder (daarmee is de woning te vinden). Bedragen mogen blijven. — [[person:Sjoerd]]
""")

T.append("""
Les in de vorm van een lijstje, voor collega's die nieuw zijn in het team:
1. Noteer nooit een BSN in een e-mail. Ik deed dat een keer: mail aan de Wmo ([[email:wmo-aanvragen@denhaag-demo.nl]]) met 'BSN [[bsn:@BSN.@]]' in de onderwerpregel. Die mail is door 4 mensen doorgestuurd.
2. Gebruik de beveiligde mailomgeving.
3. Zet in het onderwerp alleen het casusnummer (bij ons bijv. [[dossier:C-24-1182]]).
4. Check voor je op 'verzenden' drukt.
""")

T.append("""
Ironisch genoeg staat het BSN nu in de les. Weghalen! Ook het casusnummer als voorbeeld: gebruik een nep-nummer of 'C-24-xxxx'. Het Wmo-mailadres is een functioneel adres, mag blijven. [[person:Priscilla]], reviewer
""")

T.append("""
Aanvulling 'wat niet werkte' bij mijn les over de Wmo-aanvraag: het Wmo-loket kon de aanvraag niet vinden omdat ik een typfout had gemaakt in het BSN. Het juiste nummer ([[bsn:@BSN@]]) stond wel in ons eigen dossier. Drie weken vertraging. Les: laat de cliënt het BSN zelf van de zorgpas of het paspoort voorlezen.
""")

T.append("""
Reviewnotitie bij 'Typfout in het BSN': de les klopt, maar je hebt nu het juiste BSN van de cliënt in de les gezet. Dat kan natuurlijk niet. Verwijderen graag. Verder: naam collega die de aanvraag behandelde ([[person:Wilco]]) ook eruit.
""")

T.append("""
les
bij huiselijk geweld NOOIT samen met de partner een gesprek plannen als je vermoedt dat er geweld is. wij deden dat bij mw [[person:osei]] op [[date:28-11]], haar partner zat erbij en zij zei niks. pas op [[date:5-12]] alleen gesproken, toen kwam alles eruit. melding VT gedaan ([[dossier:VT 2023/5521-B]]), BSN mw [[bsn:@BSN_@]] doorgegeven aan VT.
""")

T.append("""
Reviewer: naam, datums, VT-nummer en BSN weg. De les zelf is cruciaal, dank je wel voor het delen. [[person:Femke]]
""")

# ---------------------------------------------------------------- generation
RNG = random.Random(9090)
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def make_bsn():
    while True:
        d = [RNG.randint(1, 6)] + [RNG.randint(0, 9) for _ in range(7)]
        c = sum(d[i] * (9 - i) for i in range(8)) % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


def make_iban():
    bank = RNG.choice(BANKS)
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    r = bank + acct + "NL00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    return "NL%02d%s%s" % (98 - n % 97, bank, acct)


def fill(raw):
    def rep(m):
        kind = m.group(1)
        if kind.startswith("BSN"):
            b = make_bsn()
            if kind == "BSN.":
                return b[:4] + "." + b[4:6] + "." + b[6:]
            if kind == "BSN_":
                return b[:3] + " " + b[3:6] + " " + b[6:]
            return b
        i = make_iban()
        if kind == "IBAN_":
            return " ".join(i[k : k + 4] for k in range(0, len(i), 4))
        if kind == "IBANl":
            return i.lower()
        return i

    return re.sub(r"@(BSN\.|BSN_|BSN|IBAN_|IBANl|IBAN)@", rep, raw)


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)

AUTO_WIJK = [
    "Schilderswijk",
    "Transvaal",
    "Mariahoeve",
    "Escamp",
    "Moerwijk",
    "Laak",
    "Spoorwijk",
    "Bouwlust",
    "Vrederust",
    "Morgenstond",
    "Duindorp",
    "Scheveningen",
    "Segbroek",
    "Regentessekwartier",
    "Zeeheldenkwartier",
    "Stationsbuurt",
    "Rustenburg",
    "Oostbroek",
    "Leyenburg",
    "Loosduinen",
    "Waldeck",
    "Ypenburg",
    "Leidschenveen",
    "Wateringse Veld",
    "Bezuidenhout",
    "Kraayenstein",
    "Houtwijk",
    "Zuiderpark",
    "Den Haag Zuidwest",
    "Groente- en Fruitmarkt",
    "Laakkwartier",
    "Bouwlust/Vrederust",
    "Duinoord",
    "Zorgvliet",
    "Haagse Hout",
    "Benoordenhout",
    "Archipelbuurt",
    "Valkenboskwartier",
    "Bomenbuurt",
    "Erasmusveld",
    "Wateringse veld",
    "schilderswijk",
    "transvaal",
    "moerwijk",
    "laak",
    "mariahoeve",
    "escamp",
    "spoorwijk",
    "bouwlust",
]
AUTO_ORG = [
    "Veilig Thuis",
    "Servicepunt XL",
    "Servicepunten XL",
    "Wmo-loket",
    "Parnassia",
    "PsyQ",
    "Xtra",
    "Stichting MOOI",
    "MOOI",
    "HWW",
    "Vitis",
    "Staedion",
    "Haag Wonen",
    "Vestia",
    "Leger des Heils",
    "CJG",
    "UWV",
    "CAK",
    "Belastingdienst",
    "Voedselbank",
    "Humanitas",
    "Kessler Stichting",
    "Brijder",
    "Indigo",
    "Jeugdbescherming West",
    "Raad voor de Kinderbescherming",
    "GGD",
    "GGZ",
    "ggz",
    "MEE",
    "SWT",
    "swt",
    "SZW",
    "Haga Ziekenhuis",
    "HMC",
    "Bronovo",
    "Juliana Kinderziekenhuis",
    "Sophia Revalidatie",
    "Zorg en Zekerheid",
    "DSW",
    "servicepunt XL",
    "Juridisch Loket",
    "FNV",
    "SVB",
    "IND",
    "VluchtelingenWerk",
    "ING",
    "Fixbrigade",
    "Mantelzorglijn",
    "Haags Klimaatfonds",
    "Haagse Chinese Vereniging",
    "Humanitas Thuisadministratie",
    "CJIB",
    "Eneco",
    "Vattenfall",
    "Essent",
    "Budget Energie",
    "Kredietbank",
    "Stadsbank",
    "Schuldhulpmaatje",
    "Formulierenbrigade",
    "Sociaal Raadslieden",
    "Straatconsulaat",
    "Cardia",
    "Respect Zorggroep",
    "Wijkz",
    "Kwadraad",
    "Jongerenloket",
    "Mantelzorg Den Haag",
    "Zorgkantoor",
    "Centrum voor Jeugd en Gezin",
    "GGZ-crisisdienst",
    "Dienst SZW",
    "Sociale Dienst",
    "politie",
    "Politie",
    "Woonnet Haaglanden",
    "Haags Ontmoeten",
    "Gemeente Den Haag",
    "gemeente Den Haag",
    "Lucertis",
    "Ipse de Bruggen",
    "Middin",
    "Cordaan",
    "Reakt",
    "Anton Constandse",
    "wmo-loket",
    "VT",
]
AUTO_ROLE = [
    "wijkverpleegkundige",
    "casusregisseur",
    "maatschappelijk werker",
    "maatschappelijk werkster",
    "Wmo-adviseur",
    "wmo-adviseur",
    "ouderenadviseur",
    "ouderenconsulent",
    "welzijnscoach",
    "MEE-consulent",
    "mee-consulent",
    "schuldhulpverlener",
    "huisarts",
    "POH-GGZ",
    "poh-ggz",
    "POH GGZ",
    "wijkagent",
    "casemanager dementie",
    "casemanager",
    "sociaal psychiatrisch verpleegkundige",
    "SPV",
    "spv",
    "ambulant begeleider",
    "ervaringsdeskundige",
    "jeugdconsulent",
    "bewindvoerder",
    "mentor",
    "woonconsulent",
    "leerplichtambtenaar",
    "buurtsportcoach",
    "GGD-arts",
    "klantmanager",
    "trajectbegeleider",
    "jongerenwerker",
    "praktijkondersteuner",
    "teamleider",
    "thuiszorgmedewerker",
    "psychiater",
    "ergotherapeut",
    "fysiotherapeut",
    "tolk",
    "kennisredacteur",
    "reviewer",
    "wijkverpleegkundigen",
    "maatschappelijk werkers",
    "casusregisseurs",
    "welzijnscoaches",
    "schuldhulpverleners",
    "huisartsen",
    "wijkagenten",
    "bewindvoerders",
    "consulent inkomen",
    "ouderenwerker",
    "sociaal werker",
    "opbouwwerker",
    "woonbegeleider",
    "gezinscoach",
    "jeugdbeschermer",
    "verpleegkundige",
    "verzorgende",
    "consulent",
    "coördinator",
    "kwartiermaker",
    "MW'er",
    "mw'er",
    "MW-er",
    "spv'er",
    "wijkverpleging",
    "begeleider",
    "ambulant hulpverlener",
    "bemoeizorger",
    "bemoeizorgers",
    "buurtbemiddelaar",
    "buurtbemiddelaars",
    "huismeester",
    "POH",
    "poh",
    "geriater",
    "klinisch psycholoog",
    "psycholoog",
    "doktersassistente",
    "Wmo-consulent",
    "wmo-consulent",
    "Wmo-consulenten",
    "aandachtsfunctionaris",
    "vrijwilligerscoördinator",
    "mantelzorgconsulent",
    "cliëntondersteuner",
    "onafhankelijk cliëntondersteuner",
    "ervaringsdeskundigen",
    "budgetcoach",
    "thuisbegeleider",
    "gedragswetenschapper",
    "jurist",
    "advocaat",
    "deurwaarder",
    "Reviewer",
    "Kennisredacteur",
    "Casusregisseur",
    "Wijkverpleegkundige",
    "Huisarts",
    "Wijkagent",
    "Bewindvoerder",
    "Teamleider",
    "Ouderenconsulent",
    "Welzijnscoach",
    "Tolk",
    "SPV'er",
    "Spv",
]


def auto_mark(text, spans):
    taken = [(s["start"], s["end"]) for s in spans]
    out = []
    for label, words in (("role", AUTO_ROLE), ("org", AUTO_ORG), ("wijk", AUTO_WIJK)):
        for w in sorted(set(words), key=len, reverse=True):
            for m in re.finditer(r"(?<![\w@.\-/])" + re.escape(w) + r"(?![\w@\-])", text):
                a, b = m.start(), m.end()
                if any(a < e and s < b for s, e in taken):
                    continue
                taken.append((a, b))
                out.append({"start": a, "end": b, "label": label, "text": text[a:b]})
    return out


PARTICLES = {
    "van",
    "der",
    "den",
    "ten",
    "ter",
    "dos",
    "das",
    "del",
    "bin",
    "ibn",
    "abu",
    "op",
    "het",
    "von",
    "mevrouw",
    "meneer",
}
PROPAGATED = []


def propagate(text, spans):
    """Mark further occurrences (same text) of hand-marked pii, and of the capitalised parts
    of marked person names, so that every mention of a person is pii."""
    taken = [(s["start"], s["end"]) for s in spans]
    out = []
    cands = []
    for s in spans:
        if s["label"] not in PII:
            continue
        cands.append((s["text"], s["label"]))
        if s["label"] == "person":
            for p in re.split(r"[\s\-]+", s["text"]):
                p = p.strip(".,'")
                if len(p) >= 3 and p[0].isupper() and p.lower() not in PARTICLES:
                    cands.append((p, "person"))
    for c, label in sorted(set(cands), key=lambda x: -len(x[0])):
        for m in re.finditer(r"(?<![\w@.\-])" + re.escape(c) + r"(?![\w@\-])", text):
            a, b = m.start(), m.end()
            if any(a < e and s < b for s, e in taken):
                continue
            taken.append((a, b))
            out.append({"start": a, "end": b, "label": label, "text": text[a:b]})
            PROPAGATED.append((c, text[max(0, a - 25) : b + 25].replace("\n", " ")))
    return out


def parse(raw):
    text, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        text.append(raw[pos : m.start()])
        n += len(raw[pos : m.start()])
        label = m.group(1) or m.group(3)
        val = m.group(2) if m.group(1) else m.group(4)
        assert label in PII | KEEP, (label, raw[:60])
        spans.append({"start": n, "end": n + len(val), "label": label, "text": val})
        text.append(val)
        n += len(val)
        pos = m.end()
    text.append(raw[pos:])
    t = "".join(text)
    assert "[[" not in t and "]]" not in t and "{{" not in t and "}}" not in t, t[:80]
    return t, spans


def build():
    recs = []
    for i, raw in enumerate(T):
        t, spans = parse(fill(raw.strip("\n")))
        spans += propagate(t, spans)
        spans += auto_mark(t, spans)
        pii = sorted([s for s in spans if s["label"] in PII], key=lambda s: s["start"])
        keep = sorted([s for s in spans if s["label"] in KEEP], key=lambda s: s["start"])
        allsp = sorted(pii + keep, key=lambda s: s["start"])
        for s in allsp:
            assert t[s["start"] : s["end"]] == s["text"], s
            assert s["text"] == s["text"].strip(), s
        for a, b in zip(allsp, allsp[1:]):
            assert a["end"] <= b["start"], (a, b)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, t[:80]
        recs.append({"id": "ho90-%04d" % i, "text": t, "pii": pii, "keep": keep})
    return recs


if __name__ == "__main__":
    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "heldout90.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = sum(len(r["text"].split()) for r in recs)
    print("texts", len(recs), "avg words %.1f" % (words / len(recs)))
    print("pii", sum(pc.values()), dict(pc.most_common()))
    print("keep", sum(kc.values()), dict(kc.most_common()))
    if os.environ.get("SHOWPROP"):
        for c, ctx in PROPAGATED:
            print("PROP", c, "|", ctx)
