# heldout29: hand-written informal wijkteam texts (chat, dictation, notes, handovers)
T = []
T.append(r"""[09:12] [[p:Samira]]: goeiemorgen allemaal, wie kan vandaag langs bij mw [[p:kaya]] ([[a:Hoefkade 311-2]])? ik zit tot 12 uur vast in overleg met {{o:Haag Wonen}}
[09:14] [[p:Jeroen B]]: ik kan om 14u. sleutel ligt nog bij de buurvrouw?
[09:15] [[p:Samira]]: ja bij [[p:Rukiye]] op nummer 309. Bel wel eerst, [[t:06-41 22 87 03]]
[09:15] [[p:Jeroen B]]: 👍""")
T.append(
    r"""huisbezoek meneer [[p:de wit]] in {{w:moerwijk}} op [[d:zes maart]] hij woont op de [[a:erasmusweg honderdtwaalf]] derde verdieping geen lift dus dat is eigenlijk al het probleem hij komt niet meer naar beneden sinds de val in januari dochter [[p:Ingrid]] komt een keer per week boodschappen doen maar die woont in zoetermeer en heeft zelf ook drie kinderen {{r:wijkverpleegkundige}} komt twee keer per dag voor de steunkousen en medicatie ik heb gevraagd of hij een aanvraag {{o:wmo}} voor een andere woning wil dan zegt hij ik ga hier pas weg in een kist punt volgende keer samen met [[p:Ingrid]] bespreken telefoon dochter [[t:nul zes vier acht twee twee nul negen een drie]]"""
)
T.append(r"""todo ma
- [[p:bakker]] terugbellen ivm beschikking (zaak [[k:WMO-2024-08817]])
- {{o:HKB}} aanmelding [[p:Hodan]] afmaken, bsn [[b:815 994 187]] staat nog verkeerd in systeem
- mail naar [[e:r.hoogendoorn@voorwelzijn.nl]] over dagbesteding
- brood halen!!""")
T.append(r"""Overdracht nachtdienst {{w:Escamp}} / {{w:Bouwlust}}
00:40 melding via {{o:politie}}, dhr [[p:Wiśniewski]] ([[p:Marek]]) weer onrustig op straat voor de flat [[a:Melis Stokelaan 1183]], tweede keer deze week. Opgehaald door zus [[p:Agnieszka]] (tel [[t:+48 601 332 918]], spreekt matig Nederlands, Engels gaat wel). Hij sliep om 02:15. Vroege dienst: aub contact met {{r:SPV}} van {{o:Parnassia}}, er ligt al een melding, nr [[k:PNS-55102]]. Niet alleen gaan, hij was vannacht verbaal agressief tegen de buurman.""")
T.append(
    r'''voicemail 10:47 - "ja goedemiddag u spreekt met [[p:Yvonne Koster]] van de {{o:Voedselbank}} locatie {{w:laak}} eh ik bel over mevrouw eh [[p:Mensah]], [[p:Akosua Mensah]], die heeft haar pakket nu al drie weken niet opgehaald en we maken ons een beetje zorgen, haar telefoon staat uit, eh misschien kunnen jullie even kijken, het adres dat wij hebben is [[a:Van Zuylen van Nijeveltstraat 18]], ja, mijn nummer is [[t:070 388 12 64]], dank u wel, doei"'''
)
T.append(
    r"""hey [[p:marloes]] kun jij [[p:roos]] morgen ff bellen? ze had mij geappt dat haar uitkering niet is gestort, iets met {{o:UWV}}. ik ben vrij. rekeningnr staat in dossier maar ze zei dat ze een nieuwe heeft: [[i:NL48 TRIO 1541 9852 82]]. thnx xx"""
)
T.append(
    r"""[[p:Fatima]]'s moeder is gisteren ([[d:di 12/3]]) opgenomen in {{o:HMC Westeinde}}, [[p:Fatima]] staat nu alleen voor de kleintjes. {{o:CJG}} is ingelicht. Graag overleg morgen met {{r:jeugdconsulent}}. Adres blijft [[a:Jan Blankenstraat 42]], [[pc:2525 BN]]."""
)
T.append(r"""Teams - kanaal SWT {{w:Transvaal}}
[[p:Ahmet Yildirim]] 11:02
Iemand ervaring met een {{r:bewindvoerder}} die niet reageert? Mijn client mw [[p:Öztürk]] wacht sinds februari op leefgeld. Bewind loopt via {{o:Stichting Beheer en Bewind Haaglanden}}, dossier [[k:BB/2023/1144]].
[[p:Lotte van Dam]] 11:09
jaa klassieker. Klacht indienen bij de kantonrechter helpt meestal wel, duurt alleen 6 weken. Of bel [[p:Pieter]] daar, die pakt het wel op: [[t:070-3467711]]
[[p:Ahmet Yildirim]] 11:10
top dank je!""")
T.append(
    r"""ok dus ik ben net weg bij die familie in de {{w:schilderswijk}} en ik moet echt even mijn hart luchten want dit gaat nergens meer over. Vader ([[p:Mohamed]]) heeft drie banen verloren sinds de zomer, moeder [[p:Naima]] zit thuis met een depressie waar niks mee gebeurt omdat de {{r:huisarts}} haar steeds terugstuurt met 'probeer te wandelen', de oudste zoon [[p:Bilal]] (17) is al twee keer opgepakt, en ondertussen komen er elke week brieven van {{o:Eneco}}, van de {{o:Belastingdienst}}, van incassobureau zus en zo, die niemand opent want niemand kan ze lezen. Ik heb vandaag op de grond zitten sorteren, 43 enveloppen. 43!!! Huurachterstand bij {{o:Staedion}} is nu 2.800 euro. En dan krijg ik van de {{o:schuldhulp}} te horen dat ze eerst een 'stabiele situatie' willen zien. Hoe dan??? Ze wonen op [[a:Parallelweg 214b]], vier kamers met zes mensen. Ik heb een afspraak gemaakt voor [[d:donderdag 21 maart]] met de {{r:budgetcoach}} maar eerlijk gezegd denk ik dat we hier een {{r:casusregisseur}} op moeten zetten en een echte gezinsaanpak. Wie wil er met mij meedenken? Sorry lang bericht. [[p:Esther]]"""
)
T.append(
    r"""sticky op scherm: BEL mw [[p:Chen]]?? -> nee. [[p:Chen]] = [[t:06 1877 4410]], afspraak [[d:vr 8-11]] 10u samen met tolk Mandarijn"""
)
T.append(
    r"""dictaat bezoek mevrouw [[p:girigorie]] transvaal 14 u 30 mevrouw woont met haar kleinzoon [[p:jayden]] in een benedenwoning op de [[a:kempstraat zesentachtig]] ze is zeventig en heeft suikerziekte en ze ziet slecht dus ze kan haar insuline niet goed afmeten de {{r:wijkverpleegkundige}} van {{o:florence}} komt s ochtends maar s avonds doet [[p:jayden]] het en die is vijftien dat is eigenlijk niet oke mevrouw zegt dushi mi ta bon mi ta bon maar ik zag de suikermeter en die stond op vijfentwintig afspraak gemaakt om met de {{r:huisarts}} te overleggen over een avondronde"""
)
T.append(r"""[18:22] [[p:Kees]]: ben bij [[p:Joop]] in {{w:Duindorp}}, hij zit weer zonder stroom. 
[18:22] [[p:Kees]]: ik betaal dit NIET uit eigen zak zeg ik alvast
[18:25] [[p:Nadia]]: haha nee. noodfonds via {{o:Servicepunt XL}}? of morgen bellen met {{o:Eneco}}, klantnr [[k:200384716]]
[18:26] [[p:Kees]]: morgen. hij heeft een kaars en zijn hond. komt goed""")
T.append(
    r"""Aanmelding via {{r:huisarts}} dr. [[p:Ramsaran]]: mw. [[p:S.R. Jagesar-Mahabier]], geb. [[d:14-07-1956]], [[a:Paul Krugerlaan 88]], [[pc:2571 JD]] Den Haag, bsn [[b:566001731]]. Klachten: geheugen, vergeet eten, zoon [[p:Ashwin]] woont in Almere. Vraag: {{r:casemanager dementie}} + {{o:Wmo}} huishoudelijke hulp."""
)
T.append(
    r"""lieve collega's, ff korte update over [[p:mehari]]. Hij heeft eindelijk een plek bij {{o:Stichting Anton Constandse}} (nachtopvang) en begint maandag bij de taalles. Zijn broer [[p:Yonas Tesfay]] heeft beloofd om te helpen met de post. Postadres voorlopig: [[a:Zilverstraat 7]], [[pc:2512JB]]. dossiernr bij ons is [[k:SWT-0931]]. Groet [[p:Hanneke]]"""
)
T.append(r"""nachtoverdracht 23-7
kamer 4 mw [[p:van der Hoop]] – rustig, 1x wc 3u
kamer 6 dhr [[p:Aydin]] – pijn rechterknie, paracetamol 01:30 gegeven. Zoon [[p:Emre]] belt om 8u, geef hem door dat ontslag NIET morgen is
kamer 9 [[p:Bep]] – niks bijzonders, wel weer "waar is [[p:Henk]]". [[p:Henk]] is in 2019 overleden, meegaan in gesprek
verder: telefoon van de dienst lag leeg, opladen!!""")
T.append(
    r"""[[p:Ana Lopes]] (zus van [[p:Maria da Graça Lopes]]) belde: [[p:Maria]] is uit huis gezet, [[a:Zuiderparklaan 20-A]]. Slaapt nu bij haar. Nr [[p:Ana]]: [[t:0031 6 28 44 91 05]]. Kan iemand van {{o:Voor Welzijn}} morgen mee naar {{o:Servicepunt XL}} {{w:Moerwijk}}? [[p:Ana]] spreekt Kriolu en Portugees, [[p:Maria]] alleen Kriolu."""
)
T.append(
    r"""hoi [[p:Sanne]], kun je ff checken of de toestemmingsverklaring van dhr [[p:Popescu]] al getekend terug is? Ik zie niks in het dossier ([[k:2024-06613]]). Hij woont nu bij zijn neef [[p:Ionuț]] in {{w:Laak}}, ik weet het huisnummer niet, iets op de Neherkade. Mail van de neef: [[e:ionut.pop88@gmail.com]]"""
)
T.append(
    r"""spraakmemo 12 april wijkcentrum de {{o:Stek}} ik heb net gesproken met meneer [[p:abdi warsame]] hij wil graag vrijwilligerswerk maar hij heeft geen vog zijn dochter [[p:faadumo]] helpt hem met de aanvraag hij vraagt of wij de kosten kunnen dekken dat is ongeveer veertig euro nummer van de dochter is nul zes... nee wacht dat was [[t:nul zes drie een vijf vijf twee acht negen nul]] dat moet ik nog even checken"""
)
T.append(
    r"""GRRR. derde keer dat de {{o:GGD}} belt over mevr. [[p:Ivanova]] en derde keer dat ik zeg: ze wil geen contact. Laat het gaan of kom met een bemoeizorg-team. Klaar."""
)
T.append(
    r"""Hi all, [[p:Dimitar Petrov]] (dossier [[k:#48121]]) has a new phone: [[t:+359 88 712 4403]]. He only answers after 6 pm. English ok, Dutch no. His landlord is mr. [[p:Vreeswijk]], adres is [[a:Delftselaan 60-III]]. Pls update. [[p:Gosia]]"""
)
T.append(r"""[07:51] [[p:Ilse]] (wijkverpleging): mw. [[p:Roos]] vanochtend gevallen, ambu geweest, niet mee. ze heeft blauwe plekken maar zegt dat het gaat
[07:53] [[p:Ilse]] (wijkverpleging): dochter [[p:Mei]] is onderweg
[08:02] [[p:Rachid]]: ok dank, ik zet het in het dossier. [[p:Mei]] heeft mijn nummer?
[08:02] [[p:Ilse]] (wijkverpleging): ja""")
T.append(r"""bellijst woensdag
1. [[p:hatice]] ([[t:0644028817]]) ivm tolk
2. [[p:soekhai]] huurcommissie
3. {{r:woonconsulent}} {{o:Vestia}} - over [[a:Troelstrakade 45]]
4. ouma van [[p:Kwame]] – nieuwe datum?? [[d:27/3]] of [[d:28/3]]
5. mezelf eraan herinneren om [[p:Linda]] te bedanken""")
T.append(r"""[14:03] [[p:Tolga]]: slm [[p:Zeynep]] abla, heb je nog contact gehad met [[p:Emine]] hanım? ze nam niet op
[14:05] [[p:Zeynep]]: evet gisteren. ze is naar haar zoon in {{w:Rustenburg-Oostbroek}}, [[a:Beeklaan 402]]. tot eind van de week
[14:05] [[p:Tolga]]: tamam, dan zet ik de afspraak met de {{r:Wmo-adviseur}} op [[d:maandag 15 april]]
[14:06] [[p:Zeynep]]: 👍 kolay gelsin""")
T.append(
    r"""Notitie [[d:2 okt]]: mw [[p:El Amrani-Bouzid]] belde huilend, man is vertrokken, zij heeft geen toegang tot de rekening ([[i:NL90RBRB0735363367]] staat op zijn naam). Drie kinderen, jongste 2 jr. Verwezen naar {{o:Veilig Thuis}} voor advies, zelf gebeld met {{r:sociaal raadsman}} ivm alimentatie. Volgende afspraak bij haar thuis, [[a:Vaillantlaan 501]]."""
)
T.append(
    r"""wie heeft de oplader van de dienstauto weer meegenomen 🙄 ps [[p:yasmina]] jouw client meneer [[p:sewdayal]] staat beneden bij de balie"""
)
T.append(
    r"""huisbezoek samen met {{r:MEE-consulent}} bij [[p:Dewi]] (23, lvb) in {{w:Spoorwijk}}. Ze woont sinds een half jaar zelfstandig op [[a:Rijswijkseweg 141-1]]. Vriendje [[p:Rico]] blijkt veel geld van haar te lenen, ze heeft 3 telefoonabonnementen op haar naam die ze niet gebruikt. [[p:Dewi]] zegt "hij is lief voor mij". Gesproken over bewind, ze twijfelt. Moeder ([[p:Wilma]], [[t:06-22194067]]) is op de hoogte maar wil niet "bemoeien". Volgende keer: samen de telefoonrekeningen doorlopen. dossier [[k:MEE-22-7810]]"""
)
T.append(
    r"""ik weet niet of dit hier mag maar zit echt met de handen in het haar. Mevrouw [[p:Haddad]] ([[p:Nour]]) uit {{w:Bouwlust}}, gevlucht uit Syrië, 4 kinderen, man zit nog in Turkije. Ze krijgt sinds oktober geen kinderbijslag meer omdat de {{o:SVB}} een brief heeft gestuurd die ze niet begreep. Ik heb gisteren 50 minuten in de wacht gestaan. 50. Daarna kreeg ik iemand die zei dat ik een machtiging nodig had. Die heb ik. Maar die moet "per post". Inshallah komt het goed zegt ze zelf, maar die kinderen eten nu van de {{o:Voedselbank}} en van haar buurvrouw [[p:Souad]]. Als iemand een contactpersoon heeft bij de SVB die écht iets kan, graag!!! bsn mevrouw staat in het dossier, ik ga het hier niet zetten. groetjes [[p:Iris]]"""
)
T.append(r'''[[p:R. Sewnath]] – terugbellen – [[t:070 - 215 48 90]] – "over zijn moeder"''')
T.append(r"""Overdracht avond -> nacht, [[d:za 9 nov]]
- [[p:Gerrit]] (kamer 2) wil steeds naar buiten, deur op slot houden, zijn vrouw [[p:Truus]] belt meestal rond 22u
- Mw. [[p:Isenia]] heeft een nieuwe bril nodig, briefje voor {{r:ergotherapeut}}
- [[p:Lucas]] uit de nieuwe instroom: weet nog niet waar zijn medicatie ligt, staat in map onder [[k:CL-1187]]
- telefoon [[p:Roel]] ({{r:achterwacht}}) = [[t:06-53 00 71 28]]""")
T.append(
    r"""mail aan mezelf: vergeet niet IBAN voor vergoeding vrijwilliger [[p:Hoop]] in te voeren, [[i:NL62 KNAB 8890 3375 58]] t.n.v. [[p:J. Hoop]]. Onkosten maart 34,20"""
)
T.append(
    r"""dicteer afspraak mevrouw [[p:zhang]] [[p:zhang mei]] woont [[a:wagenstraat vierennegentig]] tweede verdieping china town dus ja dat klopt mevrouw heeft geen kinderen in nederland de buurvrouw [[p:li]] tolkt een beetje zij heeft pijn in haar rug en kan de trap niet meer op afspraak met {{r:ergotherapeut}} en {{o:wmo loket}} voor traplift of verhuizing woningnet inschrijving loopt sinds tweeduizend negentien"""
)
T.append(r"""[[p:Marleen]]: Ben er om 3 uur
[[p:Marleen]]: Stond net voor dichte deur bij [[p:Kowalczyk]], iemand enig idee
[[p:Dennis]]: die werkt tot 4 bij de kas in het Westland
[[p:Marleen]]: oja. ok. Dan schuif ik door naar [[p:Baldew]]""")
T.append(r"""Aan: [[e:wijkteam.laak@denhaag.nl]]
cc: [[e:m.kalpoe@cardia.nl]]
Onderwerp: dhr. [[p:Kalpoe]] sr.
Beste collega's, mijn vader is opgenomen bij {{o:Cardia}} en ik wilde even laten weten dat de thuiszorg dus niet meer hoeft te komen op [[a:Hooftskade 76]]. Met vriendelijke groet, [[p:Mira Kalpoe]]""")
T.append(
    r"""Update [[k:VT-2023-4410]]: {{o:Veilig Thuis}} sluit, overdracht naar ons. Betrokkenen: [[p:Chayenne Martina]] (moeder), [[p:Jurgen]] (ex-partner, contactverbod), kinderen [[p:Shaniqua]] (8) en [[p:Jaïro]] (5). Moeder + kids verhuizen [[d:1 december]] naar [[a:Dierenselaan 12-hs]] in {{w:Transvaal}}. Nieuw adres NIET aan ex geven."""
)
T.append(
    r"""quick q: is {{o:Stichting Mooi}} nog de partij voor buurtbemiddeling in {{w:Escamp}}? Heb een burenruzie [[a:Leyweg 980]] vs [[a:Leyweg 982]], beide oudere dames (mw [[p:de Bruin]] en mw [[p:Gonzales]]), gaat over een kat"""
)
T.append(r"""Teams chat
[[p:Babette Visser]] 16:44
Mensen, op [[d:22 november]] is de kick-off, graag allemaal aanmelden. Ook leuk als jullie een casus meenemen (geanonimiseerd graag 😅)
[[p:Wouter Koster]] 16:51
Ik neem de casus van mevrouw [[p:Biharie]] mee
[[p:Babette Visser]] 16:52
[[p:Wouter]]! geanonimiseerd zei ik
[[p:Wouter Koster]] 16:52
oeps""")
T.append(
    r"""ff een ventilatie-moment, niet lezen als je moe bent. ik heb vanmiddag 2,5 uur bij dhr. [[p:Pinas]] gezeten omdat zijn {{r:bewindvoerder}} weer vergeten was om de huur over te maken. Tweede keer dit jaar. {{o:Haag Wonen}} had al een brief gestuurd voor een ontruimingsprocedure. Meneer is 78, heeft COPD, en snapt er helemaal niks van. Zijn nicht [[p:Gladys]] regelt soms wat maar die zit nu in Suriname tot na de zomer. Ik heb de bewindvoerder 6x gebeld (!!), uiteindelijk via de mail ([[e:info@bewindbureau-hofstad.nl]]) reactie gekregen dat "het systeem" de betaling had geblokkeerd. Meneer woont op [[a:Van der Vennestraat 33-1]], al 40 jaar. Als die man uit zijn huis moet dan weet ik het niet meer. Ik ga morgen een klacht indienen bij de rechtbank, wie wil meelezen?"""
)
T.append(
    r"""[[p:yusuf]] [[p:demir]] geb [[d:03.02.1991]] bsn [[b:5175.98.632]] - briefadres aangevraagd bij gemeente, nog geen reactie"""
)
T.append(
    r"""voicemail transcriptie (auto): "hallo met eh [[p:inge]] van het {{o:leger des heils}} ik bel over [[p:kwaku owusu]] die is vanochtend bij ons binnengekomen hij zegt dat hij bij jullie in begeleiding is eh hij heeft een afspraak gemist op de achttiende kunt u mij terugbellen op [[t:nul zeven nul drie vier vijf zes]]..." [einde bericht]"""
)
T.append(
    r"""lijstje boodschappen voor mw. [[p:Lammers]] ([[a:Zeezijde 18]], {{w:Scheveningen}}): melk, beschuit, pindakaas, kattenvoer. Geld zit in envelop. Sleutelkastje code staat NIET hier :)"""
)
T.append(r"""[20:11] [[p:Rabia]]: is er iemand van jullie die morgen naar de zitting gaat van [[p:Kerem]]? morgen 9:30 kantonrechter
[20:13] [[p:Thijs]]: ik. zaaknummer?
[20:13] [[p:Rabia]]: [[k:C/09/661023]]
[20:14] [[p:Thijs]]: thx""")
T.append(
    r"""Intake [[d:18-01-24]] in {{w:Mariahoeve}}. Dhr [[p:Van Dijk]] (84) en mw [[p:Van Dijk-Bloem]] (81), [[a:Hofzichtlaan 9]], [[pc:2595 HC]]. Mevrouw zorgt voor meneer (Parkinson), ze is op. Zoon [[p:Frank]] belt 1x per maand uit Canada. {{r:Ouderenconsulent}} koppelt een maatje via {{o:Humanitas}}, {{r:casemanager dementie}} blijft erbij. Respijtzorg besproken, mevrouw wil "nog even niet"."""
)
T.append(
    r"""srry typefout eerder: het is [[t:06 46 10 93 58]] nt [[t:06 46 10 93 85]] !! (nr van dhr [[p:Tavares]])"""
)
T.append(
    r"""dictaat ... ja ok hij neemt op ... mevrouw [[p:zarghona karimi]] afghaans ze is hier sinds tweeduizend tweeëntwintig met haar twee dochters [[p:parwana]] en [[p:mursal]] de oudste is veertien en die tolkt alles ook bij de dokter dat wil ik eigenlijk niet meer we hebben afgesproken dat we de tolkentelefoon gebruiken ze woont op de [[a:hengelolaan zeshonderdvier]] in {{w:bouwlust}} ze heeft een inburgeringsschuld bij {{o:duo}} van ongeveer zes duizend euro afspraak met {{r:klantmanager}} gemaakt voor [[d:dertien mei]] om elf uur"""
)
T.append(
    r"""Team, herinnering: rooster [[p:Jolanda]] is gewijzigd, ze werkt nu di en do. Voor spoed in haar caseload ([[p:Ramdin]], [[p:Fortes]], [[p:Nijenhuis]], [[p:Al-Hassan]]) bel [[p:Ruud]]."""
)
T.append(
    r"""[[p:mohammed a.]] zit bij de {{o:Brijder}} nu, ambulant. wil vrijdag langskomen zegt ie. zal t zien"""
)
T.append(r"""from: [[p:Semhar]] ([[e:semhar.t@hotmail.com]])
hallo mevrouw [[p:Anouk]], wij wonen nu nieuw adres [[a:Copernicusstraat 210]] [[pc:2561vm]]. mijn man [[p:Yohannes]] heeft werk gevonden, dankjewel voor alles. ik stuur foto van huurcontract. groet [[p:semhar]]""")
T.append(
    r"""Kwartaalcijfers SWT {{w:Laak}}: 142 aanmeldingen, waarvan 38 via {{r:huisarts}}, 21 via {{o:Servicepunt XL}}, 12 via {{o:woningcorporatie}}. Gemiddelde doorlooptijd 5 maanden. Opvallend: 9 casussen met inwonende volwassen kinderen. Voorbeeldcasus: fam. [[p:Boukhari]], zie [[k:SWT-LK-2023-117]]."""
)
T.append(r"""[10:30] [[p:Wendy]]: kan iemand dit checken voor de HKB aanvraag van mw [[p:Ait Taleb]]
[10:30] [[p:Wendy]]: bsn [[b:723669831]]
[10:30] [[p:Wendy]]: iban [[i:NL79SNSB7401620499]]
[10:31] [[p:Wendy]]: adres [[a:Wolmaransstraat 15]] [[pc:2572 PV]]
[10:35] [[p:Jamal]]: [[p:wendy]], niet in de groepsapp zetten 🙈 stuur maar via beveiligde mail
[10:36] [[p:Wendy]]: shit sorry. verwijder ik""")
T.append(
    r"""spraak naar tekst: mevrouw [[p:ivanova]] [[p:petya]] bulgaars woont met vier mannen in één huis op de [[a:hoefkade zevenhonderd]] bovenste etage ze zegt dat ze huur betaalt aan een meneer die ze [[p:stoyan]] noemt contant driehonderd vijftig in de maand geen contract ik denk uitbuiting melding doen bij {{o:sociaal raadslieden}} en {{o:FairWork}} of {{o:inspectie SZW}} ze wil niet naar de politie want dan verliest ze haar werk in de kassen haar nummer is [[t:plus drie vijf negen acht acht negen nul twee drie vier vijf zes]]"""
)
T.append(r"""Beste [[p:Petra]],
Zoals besproken de gegevens van Mevrouw [[p:Doran]]:
Naam: [[p:Shirley Doran]]
Geb.: [[d:30 augustus 1969]]
BSN: [[b:864.483.673]]
Adres: [[a:Zuiderparklaan 414]], [[pc:2574 HN]] Den Haag
Tel: [[t:06-1238 5510]]
Dossier: [[k:SWT-MW-2024-0188]]
Graag aanmelden bij de {{o:Haagse Kredietbank}}. Met groet, [[p:Nicole]] ({{r:maatschappelijk werker}})""")
T.append(
    r"""note to self: oom van [[p:Rayan]] wil ook gesprek. nee. eerst [[p:Rayan]] zelf (18 nu!). volwassen = eigen regie"""
)
T.append(
    r"""[[p:bakker]] belt weer. 4e keer vandaag. zegt dat buurman [[p:Visser]] zijn post steelt. gaan we niet oplossen via de telefoon. Bezoek plannen ([[a:Soestdijksekade 1031]])"""
)
T.append(r"""Overdrachtsverslag nachtteam {{w:Scheveningen}} - [[d:vrijdag 3 mei]]
01:10 – Mw. [[p:Roodenburg]] belt alarm, wil "gewoon praten". 15 min gesprek.
02:45 – Alarm [[a:Duinstraat 4-A]], dhr. [[p:Zwart]]: gevallen naast bed, met 2 collega's opgetild, geen letsel zichtbaar. Dochter [[p:Marja Zwart]] gebeld ([[t:06-12 09 44 31]]), komt morgenochtend.
05:20 – rustig.
Aandachtspunt: [[p:Zwart]] vaker valincidenten, evalueren met {{r:wijkverpleegkundige}} [[p:Naomi]].""")
T.append(
    r"""ey [[p:khadija]] heb je de brief van {{o:DUO}} nog voor [[p:youssef]]? hij zegt dat hij t kwijt is. zijn nieuwe mail is [[e:youssef.elk2001@outlook.com]] dan kun je t daarheen sturen ok"""
)
T.append(r"""Casusoverleg [[d:11-06]] – aanwezig: [[p:Karin]] ({{r:casusregisseur}}), [[p:Bas]] ({{r:wijkagent}}), [[p:Fenna]] ({{o:GGZ}} {{r:SPV}}), [[p:Hamid]] ({{o:Xtra}}).
Client: [[p:L. Jansen]], 41, [[a:Moerweg 210]], [[k:SWT-2024-00573]].
Zorgmijdend, sinds april 3 meldingen overlast. Afspraak: [[p:Fenna]] en [[p:Hamid]] gaan samen langs, [[p:Bas]] op afstand beschikbaar. Evaluatie over 4 weken.""")
T.append(
    r"""mevr. [[p:Soekhai]] zegt dat haar zoon [[p:Rakesh]] haar pinpas heeft. Rekening [[i:NL21 TRIO 6994 1310 19]]. Ze wil dat blokkeren maar weet niet hoe. Morgen samen naar de bank."""
)
T.append(
    r"""haha [[p:Roos]] je bent een topper. voor wie niet weet waarom: [[p:Roos]] heeft gisteren 3 uur met mevrouw [[p:Ahmadzai]] in de wachtkamer van de {{o:SEH}} gezeten op haar vrije dag 💚"""
)
T.append(
    r"""dicteren start huisbezoek fam. [[p:nowak]] ul. eh nee hier is het de [[a:weimarstraat honderdachtentachtig]] in {{w:segbroek}} meneer [[p:tomasz]] en mevrouw [[p:katarzyna]] twee kinderen meneer heeft een arbeidsongeval gehad in november en krijgt nu niks want zijn uitzendbureau zegt dat hij ziek uit dienst is ik heb gebeld met het {{o:UWV}} zij zeggen wachten op beoordeling het gezin heeft nog zo een week geld mevrouw vraagt om voedselpakketten en hulp bij de huur telefoon meneer [[t:nul zes twee vier vier zeven zeven een een nul]] bsn staat op de loonstrook die ik gefotografeerd heb"""
)
T.append(
    r"""Herinnering: vanaf [[d:1 juni]] nieuwe werkinstructie voor de toestemmingsverklaring. Scannen en uploaden in het dossier, origineel naar archief. Vragen? [[e:privacy.swt@denhaag.nl]]"""
)
T.append(r"""[08:15] [[p:Gülsen]]: günaydın. Wie heeft dienst in {{w:Moerwijk}} vandaag?
[08:16] [[p:Patrick]]: ik + [[p:Ayaan]]
[08:17] [[p:Gülsen]]: kunnen jullie langs bij [[p:Hassan]] (de broer van [[p:Leila]] dus niet de vader). hij woont [[a:Loevesteinlaan 2 bis]]. hij moet vandaag zijn medicijnen halen bij de apotheek en dat vergeet hij
[08:19] [[p:Ayaan]]: doen we""")
T.append(
    r"""Wie heeft het nummer van de {{r:POH-GGZ}} van de praktijk in {{w:Ypenburg}}? Ik heb dr. [[p:Van Leeuwen]] maar niet de POH. Het gaat om [[p:Esmee]] (dossier [[k:2023/19/442]])"""
)
T.append(
    r"""AAAARGH. Sorry. Ik moet dit kwijt. Al ZES weken probeer ik een indicatie te krijgen voor beschermd wonen voor [[p:Jeffrey]]. Zes weken. Het {{o:Wmo-loket}} zegt dat het bij de {{o:GGD}} ligt, de GGD zegt dat ze wachten op het psychiatrisch rapport, het rapport ligt bij de psychiater, en de psychiater (dr. [[p:Nassiri]]) zit tot [[d:29 juli]] op vakantie. Ondertussen slaapt [[p:Jeffrey]] om de nacht bij zijn ex, [[p:Kimberly]], en om de nacht op straat. Gisteren belde [[p:Kimberly]] me op, ze is zwanger en wil hem niet meer in huis. Snap ik. Ik heb [[p:Jeffrey]] nu een plek geregeld bij de daklozenopvang maar daar mag hij maar 2 nachten per week komen omdat hij "niet Haags genoeg" is (hij woonde 8 maanden in Rijswijk). Hij is hier geboren!!!! In het {{o:Westeinde}}! Zijn moeder woont nog steeds op de [[a:Jan van der Heijdenstraat 71]]! Maar goed, de regels. Iemand een slim idee? Ik ben het echt even zat."""
)
T.append(r"""to do
✔ fam [[p:Ramdin]] formulier
✗ dhr. [[p:Yilmaz]] – toeslagen ([[k:TS-2023-88210]])
✗ [[p:Ingrid]]'s verjaardag kaartje!
✗ {{r:wijkverpleegkundige}} bellen over [[p:Koster]]""")
T.append(r"""[[p:Jessica]] 13:02: lunch?
[[p:Achmed]] 13:02: ja na mw [[p:Mahabier]], zit hier nog even. ze heeft koekjes 😋
[[p:Jessica]] 13:03: neem er 1 voor mij mee""")
T.append(r"""Onderwerp: Aanmelding [[p:Haile]], [[p:Tsegay]]
Goedemiddag, hierbij meld ik dhr. [[p:Tsegay Haile]] aan (statushouder, Eritrea). Geboortedatum [[d:01-01-1994]]. Hij woont sinds [[d:15 februari]] op [[a:Kamperfoeliestraat 63]], [[pc:2563 RB]]. BSN [[b:824497697]]. Hij heeft vragen over zijn energierekening, zorgtoeslag en wil een cursus computer. Contact via zijn maatje van {{o:VluchtelingenWerk}}: [[p:Roel de Groot]], [[t:06 27 45 80 11]] / [[e:roel.degroot@vluchtelingenwerk.nl]].""")
T.append(
    r"""Tsjongejonge. mevrouw [[p:De Wit]] heeft de {{r:wijkagent}} weer gebeld over de hangjongeren bij [[a:Goudenregenplein 1]]. Het is de Goudenregenstraat niet het plein zegt ze. Maakt niet uit. Zij woont zelf op nummer 3. [[p:Kevin]], wil jij dit oppakken?"""
)
T.append(
    r"""[[d:ma 4/3]] overleg [[p:Nathalie]] ({{o:Jeugdbescherming west}}) ivm [[p:Milan]] en [[p:Sem]], gezinsvoogd stopt per 1 april. Moeder [[p:Jennifer Bakker]] wil contact met SWT. Haar adres [[a:Heemstraweg 23]]. Jeugdzaak [[k:JBW-19283]]."""
)
T.append(
    r'''tekst van meneer [[p:Mensah]]: "goodmorning madam, I go hospital today 11 oclock, my daughter [[p:Abena]] go with me. pls call tomorrow. God bless"'''
)
T.append(r"""[22:47] Nachtdienst {{w:Laak}}: melding dhr [[p:Pool]] – zegt dat zijn vriendin [[p:Dagmara]] niet thuis is gekomen. hij heeft gedronken. opnieuw bellen na 23:30
[23:35] Nachtdienst {{w:Laak}}: ze is er. alles ok.""")
T.append(r"""Schuldenoverzicht dhr [[p:Baldewsingh]] (gedicteerd, nog nakijken)
- {{o:CJIB}} boetes 1.140 euro, kenmerk [[k:CJIB 2024 0881 7762]]
- {{o:Zilveren Kruis}} achterstand premie
- Huur {{o:Staedion}} 3 mnd
Rekening client: [[i:NL46ASNB2265287215]]
Beslag op uitkering sinds [[d:1-4-2024]]. {{r:schuldhulpverlener}} [[p:Marco]] neemt het over.""")
T.append(r"""[15:40] [[p:Souad]]: dames ik heb een vraag over [[p:nenne]] van de overkant
[15:41] [[p:Souad]]: jullie weten wie ik bedoel, mevrouw [[p:Tahiri]], die oude dame met de rollator
[15:41] [[p:Souad]]: ze zat vanochtend buiten op het bankje te huilen omdat ze haar sleutel kwijt was en niemand van de familie nam op
[15:42] [[p:Meryem]]: wallah zielig. haar kleindochter [[p:Ikram]] woont toch in {{w:Transvaal}}?
[15:43] [[p:Souad]]: ja maar die werkt. ik heb {{o:Haag Wonen}} gebeld voor een nieuwe sleutel""")
T.append(
    r"""spraakmemo … de datum is [[d:negentien november]] ik zit in de auto voor de deur bij meneer [[p:van der meer]] [[p:klaas]] op de [[a:visserhavenweg zeventig]] in {{w:scheveningen}} hij heeft zijn hele leven op de vissersboot gezeten en nu zit hij alleen met zijn duiven hij wil geen huishoudelijke hulp want dan komt er een vreemde in huis maar het stinkt er wel echt heel erg ik ga kijken of zijn broer [[p:aad]] kan helpen om hem te overtuigen nummer van [[p:aad]] heb ik niet"""
)
T.append(r"""[[p:Lisa]]: [[p:Daan]] kun je me mw. [[p:Boateng]] haar email sturen?
[[p:Daan]]: [[e:grace.boateng1975@yahoo.com]]
[[p:Lisa]]: 🙏""")
T.append(
    r"""Let op!! Dubbele registratie in systeem: [[p:Mohamed Benali]] geb. [[d:12-12-1980]] en [[p:Mohammed Benaly]] geb. [[d:12-12-1980]] zijn dezelfde persoon. Correct BSN [[b:152425184]]. Oude dossier [[k:SWT-2019-03310]] samenvoegen met [[k:SWT-2024-01120]]."""
)
T.append(
    r"""juf [[p:Anja]] van de basisschool belde, [[p:Noah]] (groep 5) komt al 2 wkn zonder ontbijt en met dezelfde kleren. Moeder niet bereikbaar. {{o:CJG}} gebeld, zij kennen het gezin niet. Adres volgens school: [[a:Kraijenhoffstraat 8-b]], {{w:Schilderswijk}}."""
)
T.append(r"""dringend: wie heeft [[p:Gerda]]'s sleutel van het kantoor in {{w:Bezuidenhout}}?""")
T.append(r"""Overdracht nacht -> dag [[d:14/02]]
[[p:Ramón]] (vader van [[p:Kenzo]]) stond om 03.00 voor de deur van de opvang, wilde [[p:Kenzo]] zien. Niet binnengelaten (omgangsregeling!). Hij heeft een half uur geschreeuwd, politie gebeld, hij was weg toen ze kwamen. Moeder [[p:Quisqueya]] erg geschrokken. Graag vandaag contact met haar advocaat mr. [[p:Schouten]], [[t:070 - 361 8820]]. Melding gemaakt, nr [[k:PL1500-2024-044871]].""")
T.append(
    r"""ik zit hier bij mw [[p:kaya]] en ze vraagt of iemand haar kan helpen haar iban te veranderen bij de gemeente. oude: [[i:NL62ABNA0086260186]] nieuwe: [[i:NL36 KNAB 3995 3144 09]]. welk formulier is dat ook alweer?"""
)
T.append(
    r"""dictaat. client [[p:marisol]] achternaam [[p:rosario]] zei ze maar ik denk dat het [[p:rozario]] is met een z checken. dominicaans. woont in {{w:laak}} op de [[a:neherkade achttienhonderd]] met haar vriend. blauwe plek op haar arm. zegt dat ze gevallen is. ik geloof het niet. veilig thuis bellen voor advies. ze heeft geen eigen telefoon. contact alleen via haar zus [[p:yomaira]] nul zes... nee wacht [[t:nul zes vier twee drie nul één één acht zeven]]"""
)
T.append(r"""[[p:Marieke]] 09:14
Collega's van {{w:Mariahoeve}}: ik zoek een {{r:ouderenadviseur}} die Mandarijn of Kantonees spreekt. Client mw. [[p:Wong]] (82) wil niet met tolk.
[[p:Tjeerd]] 09:20
[[p:Li Na]] van {{o:Vitis Welzijn}} spreekt Mandarijn volgens mij. [[e:lina.wu@vitis-welzijn.nl]]
[[p:Marieke]] 09:21
Super, dank""")
T.append(
    r"""Adres wijziging!! [[p:Yilmaz]], [[p:Ayşe]]: van [[a:Vlierboomstraat 512]] naar [[a:Esdoornstraat 19-B]], [[pc:2565 HG]]. Per [[d:1 maart]]."""
)
T.append(
    r"""nou lekker weer hoor. dienstauto stuk, fiets lek, en dhr. [[p:de Haas]] was niet thuis terwijl ik 'm gisteren nog gesproken had. Morgen nieuwe poging, [[d:woensdag de 7e]]."""
)
T.append(
    r"""notitie telefoongesprek met [[p:Priscilla]] (dochter van [[p:Hendrik Hoogstad]]): vader weigert nog steeds de deur open te doen voor de {{r:wijkverpleegkundige}}. [[p:Priscilla]] heeft een sleutel maar woont in Rotterdam ({{w:Charlois}}). Ze vraagt of we een sleutelkluis kunnen regelen. Adres vader: [[a:Zonnebloemstraat 226]], [[pc:2565 SE]]. Haar nr [[t:06-39817025]], mail [[e:priscilla.hoogstad@ziggo.nl]]."""
)
T.append(
    r"""[[p:Sharda]] zegt: "dit is mijn laatste keer dat ik bel" en hangt op. Hmm. [[p:Sharda]] = moeder van [[p:Vikash]], [[k:SWT-ESC-0442]]. Morgen 1e werk: terugbellen."""
)
T.append(
    r"""bericht van [[p:Agnieszka]] (vertaald met google): "Goedemiddag, mijn broer [[p:Marek]] is gisteren in het ziekenhuis HAGA gekomen. Hij heeft zijn telefoon niet. Kunt u voor hem de huur betalen? Ik kan geld sturen naar rekening [[i:NL83RABO5410948882]] ?" -> NIET op ingaan, wij betalen geen huur voor clienten. Doorverwijzen naar {{o:HKB}}."""
)
T.append(
    r"""Kerstpakketten uitdelen [[d:20 december]], {{w:Duindorp}} wijkcentrum, 14:00-16:00. Vrijwilligers: [[p:Ria]], [[p:Joke]], [[p:Mustafa]], [[p:Dirk]] en [[p:Sandra Bloem]]. Lijst met adressen krijgen jullie op de dag zelf (privacy!)."""
)
T.append(r"""[09:00] [[p:Hamza]]: morgen iedereen bij de intervisie? 10u
[09:02] [[p:Elif]]: ja. ik neem casus mee van mr. [[p:Aksoy]] ([[k:SWT/TV/2024/031]])
[09:02] [[p:Hamza]]: was dat die met de hond?
[09:03] [[p:Elif]]: haha nee dat is [[p:Jopie]]""")
T.append(
    r"""intake tel. [[d:2-7]] 10:15 dhr. [[p:Gomes Fortes]] ([[p:Zé]]), 58, Kaapverdisch. Woont [[a:Vermeerstraat 62]]. Vrouw overleden in mei. Drinkt. Zoon [[p:Hélio]] ongerust, belde namens hem. Afspraak [[d:vr 5 juli]] 13u thuis. Tolk niet nodig, Portugees ok bij [[p:Vera]]."""
)
T.append(
    r"""[[p:manon]] ff snel: postcode van meneer [[p:Ozdemir]] is [[pc:2531 EW]] niet [[pc:2531 WE]]. typefout in de brief aan {{o:Wmo}}. kun je die opnieuw sturen?"""
)
T.append(
    r'''Voicemail ([[d:03-09]], 16:22): "Goedemiddag, [[p:Henk van der Laan]], {{r:huisarts}} in {{w:Moerwijk}}. Ik bel over een gezamenlijke patiënt, mevrouw [[p:Ramkhelawan]], geboren [[d:4 april 1948]]. Ze is gisteren bij me geweest met een flinke blauwe plek en ik maak me zorgen over de situatie thuis. Wilt u me terugbellen? Het directe nummer is [[t:nul zeven nul, drie vier zes, twee twee, nul acht]]. Dank u."'''
)
T.append(r"""planning week 12 (niet delen buiten team)
ma [[d:18/3]] 9u intake nieuw, {{w:Vrederust}}, [[a:Dedemsvaartweg 1290]]
ma [[d:18/3]] 14u HKB met dhr. [[p:Sital]], kenmerk [[k:HKB-77120-B]]
di [[d:19/3]] thuiswerkdag, rapportages
wo [[d:20-3]] 10u30 {{r:wijkverpleegkundige}} overleg, 13u huisbezoek [[a:Moerweg 88-2]]
do [[d:21 mrt]] 9u MDO {{o:Parnassia}}, daarna {{o:Servicepunt XL}} {{w:Escamp}}
vr [[d:22/03]] vrij!!! (tandarts 8:15)
bereikbaar op [[t:06-1108 2279]] behalve vrijdag""")
T.append(
    r"""tijdlijn gedicteerd voor rapportage [[k:VT-2024-1093]] ... op [[d:drie januari]] eerste melding van school over [[p:amira]] op [[d:tien januari]] huisbezoek met {{r:jeugdconsulent}} moeder niet thuis op [[d:zeventien januari]] wel thuis gesprek gevoerd moeder zegt dat vader [[p:karim]] weer terug is in huis terwijl er een huisverbod was tot [[d:twintig januari]] op [[d:tweeëntwintig januari]] melding bij {{o:veilig thuis}} gedaan op [[d:eerste februari]] overleg met {{o:politie}} en school op [[d:negen februari]] nog een keer langs geweest toen was alles rustig volgende stap gezinsgesprek in maart adres [[a:wouwermanstraat vijfenzeventig]] postcode [[pc:twee vijf twee zes ka]]"""
)
T.append(r"""[11:20] [[p:Bram]]: gegevens voor de aanvraag bijzondere bijstand van mw [[p:Pawirodikromo]]:
[11:20] [[p:Bram]]: geb [[d:22-10-1962]], bsn [[b:534006681]], [[a:Escamppad 14]] [[pc:2545 KE]]
[11:21] [[p:Bram]]: iban [[i:NL67 BUNQ 3553 3534 93]]
[11:21] [[p:Bram]]: tel [[t:(070) 329 55 14]]
[11:24] [[p:Ellen]]: ontvangen, ik verwijder ze hier weer. afspraak bij de {{r:klantmanager}} staat [[d:dinsdag 9 juli]]""")
T.append(
    r"""Heel lang verhaal, maar ik denk dat we hier iets van kunnen leren dus ik zet het toch even neer. Sinds maart 2023 begeleid ik [[p:R.]] (zo noem ik hem maar), 52, alleenstaand, woont in {{w:Bouwlust}}. Hij kwam binnen via de {{r:huisarts}} met "somberheid" maar al snel bleek dat er veel meer speelde: 28 schuldeisers, een zoon die hij al 10 jaar niet had gezien, en een gokverslaving waar hij zich enorm voor schaamde. Het kantelpunt was eigenlijk heel klein. Op [[d:14 juni]] zaten we in zijn keuken en hij liet me een foto zien van zijn zoon ([[p:Dylan]]) als kind. Ik vroeg of hij hem wilde zien. Hij begon te huilen. Vanaf dat moment hadden we een doel dat van HEM was, niet van mij of van de {{o:schuldhulp}}. Via Facebook hebben we [[p:Dylan]] gevonden, die woont in Zoetermeer ({{w:Meerzicht}}). Op [[d:2 september]] hebben ze samen koffie gedronken bij het {{o:wijkcentrum}}. Daarna ging hij ineens wél naar {{o:Brijder}}, tekende hij wél voor beschermingsbewind, ging hij wél mee naar de {{o:HKB}}. Les: zoek het doel van de client en niet alleen de problemen. Dossier voor wie het wil nalezen: [[k:SWT-BL-2023-0212]]."""
)
T.append(r"""overdracht late dienst [[d:zo 6 okt]]
* [[a:Lijsterbesstraat 14]]: mw. [[p:Baars]] heeft om 21u gebeld dat er iemand in de tuin stond. Buren (fam. [[p:Karaca]]) hebben gekeken, niks. Ze is angstig sinds de inbraak op [[d:28 september]]
* [[a:Mient 404]]: insuline gegeven 22:00, suiker 9,1
* [[a:Sportlaan 2-C]]: geen gehoor. Dochter gebeld op [[t:06-50 62 18 77]], die zegt vader slaapt bij haar. Ok.
* nieuwe client morgen: [[p:Berend]] [[p:de Jong]], [[a:Thorbeckelaan 310]], [[pc:2564 BX]], start [[d:7-10]]""")
T.append(
    r"""mw. [[p:Fernandes]] belde om 8:02. ze is [[d:12 februari]] geopereerd en moet [[d:26 februari]] terug naar {{o:Haga}} voor controle. vervoer? {{o:Regiotaxi}} pas vanaf [[d:1 maart]] geregeld. wie kan rijden? adres [[a:Beresteinlaan 521]], tel [[t:070 3 66 40 12]]"""
)
T.append(
    r"""Gesprek met [[p:Kerstin]] ({{o:Staedion}}, {{r:woonconsulent}}) over huisuitzetting [[p:Vrolijk]]. Vonnis is [[d:20-05-2024]], ontruiming gepland op [[d:13 juni 2024]]. Uitstel mogelijk als er voor [[d:10 juni]] een betalingsregeling ligt met de HKB. Huurachterstand 4.318,50. Contact [[p:Kerstin]]: [[e:k.dijkhuizen@staedion.nl]] / [[t:088 - 781 10 00]]. Clientnr bij {{o:Staedion}} [[k:H-11820334]]. Ik mail vandaag de {{r:budgetcoach}}."""
)
T.append(
    r"""ok even snel: oma [[p:Sjaan]] is vandaag 90 geworden!!! [[d:15-05]]. We hebben taart gebracht met [[p:Greet]] en [[p:Mo]] van de {{o:buurtkamer}}. Ze moest huilen 😢💕"""
)
T.append(r"""Te checken bij aanmelding mw [[p:Kowalska]]:
- BSN klopt niet? dossier zegt [[b:262400042]], brief UWV zegt iets anders
- geboortedatum [[d:7 november 1985]] of [[d:11-07-1985]] (Poolse notatie!!)
- IBAN [[i:NL80SNSB0625481490]]
- email [[e:ewa.kowalska@wp.pl]]
- adres [[a:Van Ostadestraat 221]] [[pc:2526 GG]]""")
T.append(
    r"""spraak naar tekst gesprek met {{r:wijkagent}} [[p:ronald]] op [[d:vrijdag elf oktober]] hij vertelt dat er in de flat op de [[a:zuidlarenstraat honderdvierenzestig]] al drie keer brand is geweest in de gemeenschappelijke ruimte de laatste keer op [[d:vijf oktober]] hij denkt dat het de zoon van mevrouw [[p:bayram]] is die heet [[p:serkan]] die heeft psychoses en is gestopt met de medicatie hij is eerder opgenomen geweest bij {{o:parnassia}} in twintig tweeëntwintig... nee tweeduizend tweeëntwintig afspraak dat ik met moeder ga praten en de {{r:SPV}} inlicht"""
)
T.append(
    r"""Hoi allen, mijn laatste werkdag is [[d:vrijdag 28 juni]]. Mijn caseload wordt verdeeld: [[p:Rozemarijn]] neemt {{w:Moerwijk}}, [[p:Yunus]] neemt {{w:Morgenstond}}. Voor vragen daarna: [[e:j.vanderwal.prive@gmail.com]] of [[t:06 33 01 27 84]]. Bedankt voor 6 mooie jaren! Liefs [[p:Jacqueline]]"""
)
T.append(
    r"""[[d:23-1]] hr. [[p:Huisman]] sr. ([[a:Weissenbruchstraat 95]]) - rook in de gang, brandweer geweest. Hij kookte. Pan vergeten. 3e keer. {{r:casemanager dementie}} [[p:Anita]] is op de hoogte, zij belt dochter [[p:Wil]]. Tel dochter [[t:0654-870-123]]. Ik denk dat het thuis wonen niet meer gaat."""
)
T.append(r"""hoi, dit is [[p:Jasmijn]] van het nachtteam. Overdracht vannacht ([[d:30/31 dec]]):
- vuurwerk!! veel onrust, 3x gebeld door mw. [[p:Schaap]] ([[a:Kazernestraat 18]]) die bang was, gerustgesteld
- 02:10 [[p:Tarik]] ([[k:SWT-CT-0071]]) belde, dronken, wil "met iemand praten", 20 min gesproken, hij gaat slapen
- 04:40 {{o:Politie}} belde: [[p:Cees Bakker]] aangetroffen op straat in pyjama, teruggebracht naar [[a:Balistraat 66]]. Hij had zijn sleutel niet. Buurman [[p:Frits]] heeft een reservesleutel.
Gelukkig nieuwjaar allemaal 🎆""")
T.append(r"""[14:12] [[p:Karima]]: Kunnen jullie de aanmelding bij {{o:Stichting Leergeld}} doen voor de kids van [[p:Naima]]? Gegevens:
[14:12] [[p:Karima]]: [[p:Adam]] geb [[d:5-9-2014]], [[p:Lina]] geb [[d:19/03/2017]]
[14:13] [[p:Karima]]: moeder bsn [[b:108008022]] rekening [[i:NL64RBRB9404688880]]
[14:15] [[p:Tim]]: doe ik vandaag, deadline is [[d:1 augustus]] toch?
[14:15] [[p:Karima]]: ja""")
T.append(
    r'''vm [[d:ma 02-12]] 11:03 "hallo ja [[p:de vries]] hier van {{o:MEE}} ik heb een vraag over een gezamenlijke client [[p:stefan]] [[p:kramer]] geboren [[d:negen mei negentienhonderdnegenennegentig]] hij is verhuisd naar de [[a:laan van meerdervoort elfhonderd b]] en we kunnen hem niet meer bereiken graag terugbellen op [[t:nul zes, vijf acht, negen nul, drie drie, een twee]] dank je wel"'''
)
T.append(
    r"""Nou collega's, ik zit nu 40 minuten in de wachtrij bij de {{o:Belastingdienst}} voor de toeslagen van mevrouw [[p:Kalloe]] en ik wil even zeggen dat dit systeem kapot is. KAPOT. Ze moet 6.700 euro huurtoeslag terugbetalen over 2022... sorry, over het jaar 2022, omdat haar zoon [[p:Ravi]] 4 maanden bij haar ingeschreven stond terwijl hij daar niet woonde (hij woonde bij zijn vriendin in Delft). De beschikking is van [[d:17 april]], bezwaartermijn is 6 weken, dus we moeten voor [[d:29 mei]] iets indienen. Ik heb het bezwaarschrift klaar staan maar ik wil het ook even telefonisch melden. Mevrouw heeft ondertussen al niet geslapen sinds de brief kwam. Haar BSN is [[b:275 310 346]] en het aanslagnummer [[k:8810.44.921.T.24]] voor wie me wil helpen als ik om 16u nog niet verder ben. Ik moet haar kleinkinderen ophalen om half 5, dus ja."""
)
T.append(
    r"""wie doet [[d:morgen 8/5]] de bloedprik-ritjes? mw. [[p:Otten]] 8:30, dhr. [[p:Celik]] 9:15 ({{w:Laak}}), [[p:Sophie]] 10u. Ik kan niet, zit bij de rechter met [[p:Amal]] ([[k:C/09/658834 / KG ZA 24-311]])."""
)
T.append(
    r"""notitie: bellen met [[p:Kwabena Asante]] ([[t:+233 24 551 7830]], Ghana) over terugkeer van zijn moeder [[p:Adwoa]]. Ze wil terug naar Kumasi. Vlucht [[d:16 januari]]. {{o:IOM}} helpt met de kosten. Haar woning [[a:Paul Krugerplein 17-III]] moet opgezegd worden per [[d:31 januari]]. Opzegbrief sturen naar {{o:HaagWonen}}. Clientnummer: [[k:HW-2019-55301]]."""
)
T.append(
    r"""ff voor de duidelijkheid: [[p:Mahabier]] (zonder -[[p:Jagesar]]) is de ZOON, [[p:Jagesar-Mahabier]] is de moeder. Beiden [[a:Paul Krugerlaan 88]]. Zoon: [[e:vishal.mahabier@live.nl]]. Moeder heeft geen mail."""
)
T.append(r"""Dienstoverdracht weekend {{w:Segbroek}} / {{w:Loosduinen}} ([[d:zaterdag 17 augustus]] - [[d:zondag 18 augustus]])
za 10:00 dhr. [[p:Meijer]] [[a:Kijkduinsestraat 700]] - oogdruppels, wondzorg been
za 13:30 [[p:Carla]] (mantelzorger van [[p:Wim]]) belde: ze is ziek, kan niet koken. maaltijdservice geregeld tot [[d:di 20-8]]
zo 09:00 mw. [[p:Said]] - vergat medicatie, zus [[p:Fadwa]] gebeld [[t:06-46228051]]
zo 17:00 rustig
Let op: [[p:Meijer]] zijn kleinzoon komt maandag, vraag hem naar de sleutel""")
T.append(r"""[[p:Lieke]]: heb je toevallig de postcode van dhr. [[p:Abdullahi]]?
[[p:Hussein]]: [[pc:2521GH]] en hij woont op [[a:Koningstraat 300-hs]]
[[p:Lieke]]: dank! en zijn verjaardag is [[d:3/8]] toch? voor het formulier
[[p:Hussein]]: ja [[d:3 augustus 1977]]""")
T.append(
    r"""korte notitie voor het dossier [[k:2024-11208]]: client ([[p:Guus]], 67) heeft vandaag, [[d:donderdag 12 september]], de toestemmingsverklaring getekend. Kopie meegegeven. Afgesproken dat zijn zus [[p:Tineke Bos]] ([[a:Bosjes van Pex 21]], Rijswijk) contactpersoon wordt, [[t:070-3192236]], [[e:tinekebos@kpnmail.nl]]."""
)
T.append(
    r"""gedicteerd in de tram sorry voor fouten. bezoek aan [[p:Sara]] [[p:Gebremedhin]] [[a:hobbemastraat tweehonderd drieëntwintig]] moeder van drie ze heeft net een brief gekregen van de {{o:IND}} dat haar man [[p:Filmon]] mag komen gezinshereniging hij komt op [[d:achtentwintig februari]] naar schiphol ze is heel blij maar het huis is te klein twee kamers ik heb gezegd dat we met {{o:woningnet}} kijken voor urgentie de {{r:maatschappelijk werker}} van vluchtelingenwerk heet [[p:Tamar]] die belt mij volgende week haar v-nummer is [[k:V-NR 2911384402]]"""
)
T.append(
    r"""Hoi [[p:Anke]], kun je deze aan de HKB sturen: mw. [[p:N. Bouazza]], bsn [[b:919453600]], [[a:Van der Vennestraat 101]], [[pc:2525 CM]], [[i:NL15RABO4430159535]], aanvraag datum [[d:04-11-2024]]. Haar intake was [[d:woensdag 30 oktober]]. Dank! [[p:Ruben]]"""
)
T.append(
    r"""[[p:Brenda]] zegt: leuk dat de {{o:gemeente}} weer een nieuw registratiesysteem heeft maar mevr. [[p:Lachman]] d'r dossier ([[k:SWT-2021-07777]]) is nu "niet gevonden" en ik moet alles opnieuw invoeren. geb datum [[d:18-06-1951]], [[a:Hoefbladstraat 49]]. JOEPIE."""
)
T.append(r"""[07:02] [[p:Orhan]]: morgen allemaal, [[p:Sevda]] is ziek vandaag. haar afspraken: 10u [[p:Kaya]] ([[a:Wolmaransstraat 15]]), 13u [[p:van Rijn]] ([[a:Rederijkerstraat 2]]), 15u de nieuwe intake in {{w:Transvaal}}
[07:10] [[p:Femke]]: ik neem 10u en 13u
[07:11] [[p:Orhan]]: 👍 intake verzet ik naar [[d:do 14/11]]""")
T.append(
    r"""mw. [[p:Girigorie]] heeft een nieuw nummer [[t:06-87 12 33 09]] en haar kleinzoon [[p:Jayden]] ook: [[t:0619224785]]. Volgende bezoek [[d:do 3 okt]]. Suikerwaarden zijn beter sinds de avondronde van {{o:Florence}}. Masha danki!"""
)
T.append(
    r"""Verslag telefonisch consult [[d:8 jan. 2025]] met dr. [[p:Bhagwandin]] (psychiater {{o:Parnassia}}) over [[p:Ferdinand]] ([[p:F.J.]] [[p:Verhoef]], geb. '68... nee, [[d:23-04-1968]]). BSN [[b:564924611]]. Advies: opname niet geïndiceerd, wel FACT-team. Zijn broer [[p:Gijs]] ([[t:06 22 90 41 58]]) wil betrokken worden. Dossier bij {{o:Parnassia}} [[k:PNS-2025-0033]]."""
)
T.append(
    r"""Jongens ik moet even iets kwijt over hoe het gaat met de aanvragen beschermingsbewind, want ik word er een beetje gek van en ik denk dat meer mensen hier tegenaan lopen. Situatie: client in {{w:Moerwijk}}, alleenstaande vader met twee pubers, werkt in de schoonmaak via een uitzendbureau, inkomen wisselt elke maand. Hij heeft zelf om bewind gevraagd (!), wat al bijzonder is. Wij hebben op [[d:4 maart]] samen het verzoekschrift ingevuld, alles erbij: loonstroken, schuldenoverzicht, een verklaring van de {{r:huisarts}}, kopie ID, bankafschriften van [[i:NL58 INGB 0938 4823 18]] van de laatste drie maanden. Verstuurd op [[d:6 maart]]. Op [[d:2 april]] krijgt hij een brief van de rechtbank dat er "een stuk ontbreekt". Welk stuk staat er niet in. Ik bel, wacht 35 minuten, en krijg te horen dat het BSN op het formulier niet leesbaar was. Het BSN. Dat gewoon getypt was: [[b:606670567]]. Ze hadden een scan van een scan gemaakt. Dus opnieuw opgestuurd op [[d:3 april]], en nu is de zitting op [[d:27 mei]]. Ondertussen heeft hij twee nieuwe incasso's erbij. Mijn punt: als je een verzoekschrift stuurt, stuur het digitaal via het portaal en niet per post, en bel na een week om te checken of het compleet is. Had ik maar geweten. Zaaknummer voor wie het wil volgen: [[k:C/09/663415 / BW RK 24-1902]]. Groet, [[p:Annelies]] ({{r:maatschappelijk werker}}, {{o:Xtra}})"""
)
T.append(
    r"""dictaat huisbezoek ... eh ja het is nu [[d:woensdag dertien maart]] kwart over twee ik ben bij mevrouw [[p:van den berg]] op de [[a:lisstraat zesendertig]] in {{w:bouwlust}} mevrouw is negenentachtig en woont nog helemaal zelfstandig wat echt knap is maar ze heeft de laatste tijd veel moeite met de post ze krijgt brieven van het cak over een eigen bijdrage die ze niet begrijpt en ze heeft een aanmaning liggen van eneco ik heb samen met haar de brieven doorgelopen de eigen bijdrage is gewoon correct negentien euro per maand voor de huishoudelijke hulp maar die is niet betaald omdat haar automatische incasso gestopt is bij de overstap van bank haar nieuwe rekening staat op het pasje ik typ het later over [[i:NL50SNSB0065038922]] ik ga met haar kleinzoon [[p:thomas]] bellen die regelt haar internetbankieren het nummer van [[p:thomas]] is [[t:nul zes een acht zes zes vier twee vier nul]] volgende afspraak over twee weken"""
)
T.append(r"""Verslag MDO [[d:dinsdag 5 november 2024]], locatie wijkcentrum {{w:Laak}}
Aanwezig: {{r:casusregisseur}} ([[p:Merel]]), {{r:wijkverpleegkundige}} ([[p:Sandra]], {{o:Florence}}), {{r:SPV}} ([[p:Kees Bloemendaal]], {{o:Parnassia}}), {{r:woonconsulent}} ({{o:Staedion}}), {{r:bewindvoerder}} (mr. [[p:A. Pronk]]).
Client: mevrouw [[p:Z.]], 61, [[a:Vlamingstraat 39-A]], [[pc:2511 AW]], BSN [[b:222 597 689]], dossier [[k:SWT-LK-2024-0902]].
Situatie: vervuilde woning, kat(ten), ernstige overlast buren sinds augustus (buren hebben [[d:12 augustus]] een petitie ingediend). Mevrouw weigert hulp, maar laat de {{r:wijkverpleegkundige}} wel binnen voor de wondzorg. Er is een ontruimingsdreiging.
Afspraken:
1. [[p:Sandra]] vraagt mevrouw of [[p:Kees]] een keer mee mag (uiterlijk [[d:19-11]]).
2. Staedion schort de procedure op tot [[d:1 januari 2025]].
3. [[p:Pronk]] zorgt dat de huur vanaf [[d:1 december]] rechtstreeks wordt betaald.
4. Evaluatie-MDO op [[d:dinsdag 7 januari]].""")
T.append(r"""[16:55] [[p:Bouchra]]: meiden help ik ben mijn afsprakenlijst kwijt
[16:56] [[p:Bouchra]]: iemand weet nog wanneer [[p:Hanan]] haar afspraak bij de {{o:GGD}} was?
[16:58] [[p:Lotte]]: [[d:vrijdag 22e]] om 9u toch
[16:58] [[p:Bouchra]]: jaaa dankje
[17:01] [[p:Lotte]]: en die van [[p:Sadia]] bij de {{r:tandarts}}??
[17:02] [[p:Bouchra]]: [[d:25 nov]] om kwart voor 11. ik ga zo mee want ze is bang
[17:03] [[p:Lotte]]: je bent lief
[17:03] [[p:Bouchra]]: haha nee ik wil gewoon niet dat ze weer niet gaat. derde keer zou het zijn
[17:05] [[p:Lotte]]: trouwens {{o:Stichting Mooi}} wil nog haar bsn voor de aanmelding bij het taalcafé, [[b:153707392]] toch?
[17:05] [[p:Bouchra]]: ja maar zet dat er niet in!!! bel ze gewoon
[17:06] [[p:Lotte]]: oeps. ja.""")
T.append(r"""lange mail aan coördinator, concept, nog niet versturen:
Beste [[p:Hans]], ik wil je even meenemen in waarom ik de casus van de familie [[p:Osei]] wil opschalen. Sinds [[d:10 januari]] ben ik betrokken. Vader [[p:Emmanuel Osei]] werkt 's nachts bij een distributiecentrum in Bleiswijk, moeder [[p:Abena]] zit thuis met de tweeling (1,5 jaar) en de oudste [[p:Kofi]] (9) heeft autisme zonder passende school. De leerplichtambtenaar heeft [[d:3 februari]] een proces-verbaal opgemaakt terwijl het gezin al sinds september op een plek wacht. Moeder spreekt Twi en een beetje Engels, geen Nederlands. Ze wonen op [[a:Goeverneurlaan 488]] met vijf personen in een driekamerwoning. Ik heb hulp gevraagd aan {{o:CJG}}, aan {{o:MEE}}, aan de {{r:jeugdconsulent}}, en aan {{o:Passend Onderwijs Haaglanden}}. Iedereen is welwillend, niemand pakt de regie. Mijn voorstel: we zetten een {{r:casusregisseur}} in vanuit het SWT en plannen voor [[d:1 maart]] een gezinsplangesprek met alle partijen. Ik wil ook de toeslagen laten checken, ze krijgen volgens mij geen kinderopvangtoeslag terwijl moeder volgende maand begint aan een taaltraject. Vader is bereikbaar op [[t:+31 6 4411 0926]], na 14u. Wat denk jij? Groet, [[p:Ellen]]""")
T.append(r"""post-it op de koelkast van het kantoor:
WIE HEEFT MIJN YOGHURT
ps [[p:Sjors]] de sleutel van [[a:Zwaardstraat 16-2]] ligt in la 3
pps mw [[p:Vos]] belt om 9u, [[t:070 - 355 0912]], niet vergeten aub""")
T.append(r"""Overdracht nachtteam [[d:ma 21/10]] – [[d:di 22/10]]
22:30 dhr. [[p:Lemmens]] ([[a:Fahrenheitstraat 611]]) alarmknop, bleek per ongeluk
23:50 [[p:Rita]] ([[k:CL-2024-331]]) wil stoppen met de begeleiding, "jullie zijn allemaal hetzelfde". Morgen bespreken met [[p:Marloes]]
01:15 melding van {{o:GGD}} {{o:Meldpunt Zorg en Overlast}} over mw. [[p:Oduya]], [[a:Weimarstraat 400]], buren horen haar schreeuwen. Ter plaatse: mevrouw in paniek, zegt dat er mensen in de muur zitten. Crisisdienst gebeld, dr. [[p:Kuipers]] kwam om 02:30, geen opname, wel morgen contact {{r:SPV}}. Haar zus [[p:Lydia Oduya]] is er nu, [[t:06 19 88 20 43]]
04:00 rustig
Bij de vroege dienst: wie kan [[p:Oduya]] om 10u bellen?""")
T.append(
    r"""hoi hoi, ik ben [[p:Dilan]] nieuw in het team {{w:Escamp}} 👋 {{r:Wmo-adviseur}}, hiervoor 4 jaar bij de gemeente Zoetermeer. Mijn mail is [[e:dilan.arslan@denhaag.nl]] en mijn werknummer [[t:06 - 1522 8890]]. Ik werk ma di do. Zin in!!"""
)
T.append(r"""Aanmelding schuldhulp via {{o:Servicepunt XL}} {{w:Schilderswijk}}
Naam: [[p:Ionela Munteanu]] ([[p:Ionela]] zegt zelf "[[p:Ela]]")
Geboren: [[d:2 juni 1990]] te Constanța
BSN: [[b:372852208]]
Rekening: [[i:NL04ASNB5797944551]]
Adres: [[a:Hoefkade 1012]], [[pc:2526 BP]]
Telefoon: [[t:06-27381046]]
E-mail: [[e:ela.munteanu90@yahoo.ro]]
Partner: [[p:Vasile]], zelfde adres, werkt bij een sloopbedrijf
Probleem: achterstand huur en energie, loonbeslag. Tolk Roemeens gewenst.""")
T.append(
    r"""Oké, ik ga dit gewoon typen want anders ontplof ik. Vandaag ([[d:dinsdag 14 mei]]) met een client naar het {{o:UWV}} geweest voor een herbeoordeling. Hij is 59, heeft 38 jaar in de haven gewerkt, twee hernia's, en moet nu volgens een verzekeringsarts die hem 20 minuten heeft gezien "passende arbeid" gaan zoeken. Hij spreekt goed Nederlands maar leest slecht, dus ik was mee om te helpen. De arts keek alleen naar zijn scherm. Toen meneer vertelde dat hij 's nachts niet kan slapen van de pijn zei ze "dat staat niet in uw dossier". Nee, want niemand heeft het gevraagd! Ik heb gevraagd of de brief van de orthopeed van [[d:11 februari]] was meegenomen, die was "niet ontvangen". Ik heb hem zelf op [[d:19 februari]] aangetekend verstuurd. Met bewijs. Enfin, we gaan bezwaar maken, termijn loopt tot [[d:25 juni]]. Ik heb {{o:Sociaal Raadslieden}} al ingeschakeld en een advocaat via het {{o:Juridisch Loket}}. Wat ik wil zeggen tegen iedereen hier: ga ALTIJD mee naar zo'n keuring als je client laaggeletterd is, en neem kopieën mee van alles. Altijd. Het dossiernummer bij het UWV is [[k:UWV-WIA-2024-3318871]] voor als iemand van jullie contacten heeft bij de bezwaarafdeling. Meneer woont overigens op [[a:Schalk Burgerstraat 170]], als iemand in de buurt is en even wil aanbellen, hij zit er behoorlijk doorheen."""
)
T.append(
    r"""verslag groepsbijeenkomst mantelzorgers {{w:Mariahoeve}}, [[d:donderdag 6 juni]], 14.00 – 16.00 uur, {{o:wijkcentrum}}. 11 aanwezigen. Thema: "en wie zorgt er voor jou?". Veel herkenning over schuldgevoel als je een dag vrij neemt. Een deelnemer ([[p:Hennie]]) vertelde dat ze sinds [[d:1 januari]] geen enkele nacht heeft doorgeslapen omdat haar man 's nachts dwaalt. Ze had nooit van respijtzorg gehoord. De {{r:casemanager dementie}} heeft na afloop met haar een afspraak gemaakt voor [[d:12 juni]], bij haar thuis op [[a:Ramstraat 33]]. Een andere deelnemer vroeg naar logeeropvang bij {{o:Florence}}; informatie volgt per mail. Volgende bijeenkomst [[d:4 juli]], thema vakantie en mantelzorg. Mailadres voor aanmelden: [[e:mantelzorg.mariahoeve@voorwelzijn.nl]]. Opmerking {{r:welzijnscoach}}: de opkomst was hoger dan in april, misschien door de flyers bij de apotheek. We moeten wel een grotere ruimte regelen, het was erg warm. Evaluatie met het team op [[d:maandag 10 juni]]."""
)
T.append(
    r"""speech to text huisbezoek [[d:acht oktober]] rotterdam {{w:feijenoord}} bij mevrouw [[p:koç]] op de [[a:putselaan honderdzesentwintig b]] ik ben hier als ondersteuning voor de collega van het wijkteam rotterdam omdat mevrouw tot vorig jaar in {{w:transvaal}} woonde en wij haar kennen mevrouw is weduwe en woont met haar volwassen zoon die zegt ze niet werkt en de hele dag gamet mevrouw heeft een kleine aow en een aanvullende uitkering en betaalt alles ook zijn telefoonrekening en zijn boetes van het {{o:cjib}} ze zegt ama o benim oğlum wat kan ik doen we hebben gesproken over haar grenzen en dat het niet egoïstisch is om nee te zeggen de collega uit rotterdam heet [[p:vera]] en zij neemt het nu over bereikbaar via [[e:v.smit@wijkteamsrotterdam.nl]] oud dossier bij ons is [[k:SWT-TV-2022-0419]] mag gesloten worden na overdracht op [[d:eenendertig oktober]]"""
)
T.append(
    r"""Kort verslag evaluatie pilot "Samen werken in het sociale domein", workshop [[d:11 april]]. Thema bemoeizorg. Deelnemers uit {{w:Schilderswijk}}, {{w:Transvaal}}, {{w:Moerwijk}}, {{w:Escamp}} en {{w:Scheveningen}}. Belangrijkste opbrengst: zorgmijders worden vaak pas zichtbaar via signalen van buren of de {{r:wijkagent}}, en dan is de situatie al ernstig. Voorbeeld uit {{w:Duindorp}}: een man van 70 die al 2 jaar geen post opende, ontdekt toen de buurvrouw (mevrouw [[p:Kuijt]]) aan de bel trok bij {{o:Haag Wonen}}. Voorstel: vaste contactpersoon per portiek, in samenwerking met bewonersinitiatieven. Vervolg: expertmeeting in week van [[d:22 april]]... correctie: expertmeeting staat op [[d:25 april]]. Contact organisatie: [[p:Willemijn Hoek]] ({{o:CAOP}}), [[e:w.hoek@caop.nl]], [[t:070 - 376 57 00]]."""
)
T.append(r"""[19:40] [[p:Sharon]]: jongens ik zit hier nog bij [[p:Bianca]] in {{w:Spoorwijk}}, het is echt mis. vriend is weg met de auto, zij heeft geen geld, morgen moet de huur eraf
[19:41] [[p:Sharon]]: kinderen hebben nog niet gegeten
[19:43] [[p:Youssef]]: voedselbank is dicht nu. noodpakket bij de {{o:Kerk op de Hoek}}? die zijn tot 21u open
[19:44] [[p:Sharon]]: ok ik ga daarheen. kan iemand morgen de {{o:HKB}} bellen? haar klantnummer daar is [[k:HKB 2023 118 407]]
[19:45] [[p:Youssef]]: doe ik. 
[19:45] [[p:Youssef]]: zet je wel je eigen tijd erop, je bent al sinds 8 aan de gang
[19:47] [[p:Sharon]]: ja ja 😅 ben om 9 thuis
[19:52] [[p:Sharon]]: oh en [[p:Bianca]] haar moeder woont in {{w:Leidschenveen}}, [[p:Marianne]], [[t:06 55 10 88 23]], die wil misschien de kinderen een paar dagen nemen""")
T.append(
    r"""dictaat na overleg, voor het dossier, zo snel mogelijk uittypen ... casus familie [[p:al-hassan]] in {{w:bouwlust}} moeder [[p:rasha]] vader [[p:omar]] vier kinderen waarvan de oudste [[p:hamoudi]] eigenlijk [[p:mohammed]] die is zestien en zit sinds [[d:zes januari]] niet meer op school school heeft het gemeld bij leerplicht vader zegt hij moet werken om de familie in syrië te helpen geld sturen naar de opa en oma in idlib ik begrijp dat maar hij is zestien we hebben afgesproken dat de {{r:jeugdconsulent}} van het {{o:cjg}} samen met mij op [[d:twintig februari]] langs gaat om half vier moeder wil graag een taalcursus maar heeft geen oppas voor de kleinste die is twee ik kijk bij {{o:stichting mooi}} voor een cursus met kinderopvang verder de huur is bij {{o:vestia}} geen achterstand gelukkig de energierekening wel ongeveer negenhonderd euro ik meld ze aan bij de {{o:hkb}} daarvoor heb ik nodig bsn van vader dat is [[b:708 740 145]] en de bankrekening [[i:NL81 TRIO 8203 9370 25]] telefoon vader [[t:nul zes drie nul zeven zeven een vier vijf acht]] adres is [[a:melis stokelaan vierentwintig zeventig]] postcode [[pc:2541 gx]] einde dictaat"""
)
T.append(
    r"""Reactie op de draad van [[p:Esther]] over die familie met de 43 enveloppen: ik herken het zo erg. Bij ons in {{w:Scheveningen}} hadden we vorig jaar iets vergelijkbaars. Wat bij ons hielp was dat we niet met de schulden begonnen maar met één ding waar de moeder zelf wakker van lag: de school van haar dochter. Toen dat geregeld was (nieuwe school per [[d:1 oktober]], met leerlingenvervoer) kwam er ruimte in haar hoofd. Pas daarna hebben we de post gedaan. Verder tip: vraag bij de {{o:HKB}} naar een "stabilisatietraject", dat is precies bedoeld voor mensen die nog niet stabiel genoeg zijn voor de schuldregeling. Contactpersoon bij ons was [[p:Frank Meulenbelt]], [[e:f.meulenbelt@hkb.nl]], echt een fijne vent. En laat de {{r:budgetcoach}} een vaste dag in de week komen, bijvoorbeeld elke dinsdag, zodat het een ritme wordt. Ik kan je het plan van aanpak sturen dat we hebben gebruikt (zonder namen). Onze evaluatie was op [[d:13-12-2023]] en het gezin is inmiddels volledig schuldenvrij gemaakt binnen de regeling. Zet hem op! [[p:Marjolein]] ({{r:maatschappelijk werker}}, {{o:Voor Welzijn}})"""
)
T.append(r"""sleutelkluis codes zijn verplaatst naar het beveiligde systeem!! alleen nog de adressen hier ter info:
- [[a:Hondiusstraat 45]] (sinds [[d:1-2-2024]])
- [[a:Stuwstraat 9-2]] / [[pc:2516 TD]]
- [[a:Goudsbloemlaan 112]] – kluis zit links naast de deur
- [[a:Fruitweg 210-D]] – nieuw per [[d:ma 11 maart]]
storingen kluis melden bij leverancier [[t:088-0123 456]] (klantnr [[k:40-7781-K]])""")
T.append(
    r"""agenda [[d:di 23 april]]: 9u teamoverleg ({{w:Moerwijk}}), 11u lunch-workshop "omgaan met agressie", 13u30 terug naar [[a:Zuiderparklaan 414]] voor de formulieren, 15u {{o:Servicepunt XL}}. Voor [[d:25 april]] rapportage inleveren bij de {{r:teamleider}}. [[d:30-4]] vrij (Koningsdag valt op za). Vergeet niet: aanvraag [[k:WMO-2024-11290]] loopt [[d:3 mei]] af."""
)

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
MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def parse(src):
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
    return "".join(out), pii, keep


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, src in enumerate(T):
        text, pii, keep = parse(src)
        assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, (
            i,
            text,
        )
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (i, s)
            assert s["text"] == s["text"].strip(), (i, s)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), (i, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), (i, s)
        assert pii, i
        rows.append({"id": "ho29-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout29.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    from collections import Counter

    rows = main()
    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    print(len(rows), "texts,", words / len(rows), "words avg")
    print("pii", sum(pc.values()), dict(pc))
    print("keep", dict(kc))
