#!/usr/bin/env python3
"""Held-out corpus 51: informal, fast registers of Haagse wijkteams.

WhatsApp-group exports, voice-memo transcripts, to-do lists, sticky notes,
shift handovers and phone-typed client messages. Markup:
  [[lab:text]]  personal data   lab in p b t e i pc a d ds
  {{lab:text}}  keep context    lab in w o r
Markup is stripped programmatically, so offsets are right by construction.
Deterministic: no randomness, output order = order of TEXTS.
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
    "ds": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

TEXTS = []

# ---------------------------------------------------------------- WhatsApp group exports
TEXTS += [
    r"""[[[d:12-02-24]] 08:41] [[p:Anouk]]: goedemorgen allemaal ☀️ wie kan vanmiddag mee naar mw [[p:el amrani]]? [[a:hoefkade 112 3hoog]], bel doet het niet dus even bellen als je beneden staat [[t:06 41 22 87 90]]
[[[d:12-02-24]] 08:44] [[p:Said]]: ik kan na 2en
[[[d:12-02-24]] 08:44] [[p:Said]]: moet wel eerst langs {{o:Servicepunt XL}} {{w:Transvaal}}
[[[d:12-02-24]] 08:52] [[p:Anouk]]: top 👍 dochter [[p:Nadia]] is er ook, zij tolkt
[[[d:12-02-24]] 09:03] [[p:Marieke Koster]]: fyi de {{r:huisarts}} heeft eindelijk de verwijzing naar de {{r:POH-GGZ}} gedaan""",
    r"""[[[d:05-03-24]] 16:10] [[p:Priya]] {{o:SWT}} {{w:Laak}}: iemand nog iets gehoord van {{o:Veilig Thuis}} over de melding van vorige week? zaaknr [[ds:VT-24-08812]]
[[[d:05-03-24]] 16:12] [[p:Jeroen]]: nee nog niks. ik bel ze morgen
[[[d:05-03-24]] 16:13] [[p:Priya]] {{o:SWT}} {{w:Laak}}: thx. moeder ([[p:Hatice]]) zit nu tijdelijk bij haar zus op de [[a:Hengelolaan 1080]]
[[[d:05-03-24]] 16:15] [[p:Jeroen]]: oke dus niet meer op het oude adres?
[[[d:05-03-24]] 16:15] [[p:Priya]] {{o:SWT}} {{w:Laak}}: nee. kids bij oma. graag niks doorgeven aan vader!!
[[[d:05-03-24]] 16:20] [[p:Samira]]: 👍 genoteerd""",
    r"""[[[d:19-03-24]] 07:58] [[p:Kofi]]: ben ziek vandaag 🤒 kan iemand mn afspraak van 10u overnemen? dhr [[p:jagessar]], schulden, eerste gesprek samen met {{r:budgetcoach}} van {{o:PEP}}
[[[d:19-03-24]] 08:05] [[p:Ewa]]: ik doe het. adres?
[[[d:19-03-24]] 08:06] [[p:Kofi]]: [[a:de la reyweg 300 a]] [[pc:2571 EK]]. hij neemt vaak niet op, nummer is [[t:0687123045]]
[[[d:19-03-24]] 08:06] [[p:Kofi]]: en zijn vrouw [[p:Sunita]] is er meestal ook
[[[d:19-03-24]] 08:07] [[p:Ewa]]: komt goed, beterschap!!
[[[d:19-03-24]] 08:09] [[p:Dewi]]: beterschap [[p:kofi]] 🍵""",
    r"""[[[d:02-04-24]] 12:31] [[p:Hanneke]] {{r:wijkverpleegkundige}}: meneer [[p:Bakker]] van de [[a:Lamarckhof 8]] is vannacht gevallen, ligt in {{o:HMC Westeinde}}. buurvrouw [[p:roos]] belde mij
[[[d:02-04-24]] 12:33] [[p:Mo]]: oei. is de {{r:casemanager dementie}} op de hoogte?
[[[d:02-04-24]] 12:34] [[p:Hanneke]] {{r:wijkverpleegkundige}}: nog niet, [[p:Lotte]] is vrij tot dinsdag
[[[d:02-04-24]] 12:40] [[p:Mo]]: ik mail haar wel, [[e:lotte.vanderhoeven@florence.nl]] toch?
[[[d:02-04-24]] 12:41] [[p:Hanneke]] {{r:wijkverpleegkundige}}: ja klopt
<Media weggelaten>""",
    r"""[[[d:23-04-24]] 09:15] [[p:Yasmina]]: wie heeft de map van fam [[p:Tesfay]]?? kan hem nergens vinden
[[[d:23-04-24]] 09:17] [[p:Bas]]: ligt bij mij, sorry. wat heb je nodig
[[[d:23-04-24]] 09:18] [[p:Yasmina]]: het bsn van de oudste zoon voor de aanvraag bij {{o:DUO}}
[[[d:23-04-24]] 09:22] [[p:Bas]]: [[b:5630.18.410]]. nee wacht dat is moeder. zoon [[p:Yonas]] = [[b:402047205]]
[[[d:23-04-24]] 09:23] [[p:Yasmina]]: dankje 🙏 (en ja ik weet het, niet via de app.. sorry [[p:Bas]])
Dit bericht is verwijderd""",
    r"""[[[d:07-05-24]] 14:02] [[p:Marco]] {{r:wijkagent}}: heb zojuist dhr [[p:Vos]] gesproken bij de portiek, [[a:Jan van Riebeekstraat 45-II]]. Hij was behoorlijk verward, zei dat de buren hem vergiftigen
[[[d:07-05-24]] 14:05] [[p:Femke]]: dank [[p:marco]]. hij is bij ons bekend, dossier [[ds:SWT-DH-4471]]. ik probeer vandaag nog {{o:GGZ}} {{o:Parnassia}} te bellen voor bemoeizorg
[[[d:07-05-24]] 14:06] [[p:Marco]] {{r:wijkagent}}: prima. ik rij er vanavond nog even langs
[[[d:07-05-24]] 14:30] [[p:Femke]]: {{o:Parnassia}} gaat hem [[d:do 9 mei]] bezoeken samen met de {{r:SPV}}""",
    r"""[[[d:15-05-24]] 10:11] [[p:Ilse]]: lieve collega's, [[p:Ümit]] gaat ons na 6 jaar verlaten 😭 afscheid is vr [[d:31/5]] om 16u in {{o:wijkcentrum}} {{o:De Nieuwe Regentes}}
[[[d:15-05-24]] 10:12] [[p:Ümit]]: 🥲❤️
[[[d:15-05-24]] 10:14] [[p:Karin de Jong]]: neee!! wie neemt je casussen over?
[[[d:15-05-24]] 10:20] [[p:Ümit]]: [[p:Ilse]] pakt [[p:Ramsaran]] en [[p:Owusu]], de rest verdelen we in het teamoverleg
[[[d:15-05-24]] 10:21] [[p:Karin de Jong]]: oke, dan kom ik zeker 🥂""",
    r"""[[[d:28-05-24]] 17:45] [[p:Fatma]]: spoed: mw [[p:Dimitrova]] ([[p:Ivanka]]) staat bij de deur van de opvang, sleutel kwijt, telefoon leeg. iemand nog in de buurt van de {{w:Stationsbuurt}}?
[[[d:28-05-24]] 17:47] [[p:Gert-Jan]]: ik zit nog op kantoor. ik bel {{o:Kessler Stichting}}
[[[d:28-05-24]] 17:48] [[p:Fatma]]: haar broer [[p:Georgi]] heeft een nummer uit bulgarije [[t:+359 88 412 3307]], spreekt beetje engels
[[[d:28-05-24]] 18:02] [[p:Gert-Jan]]: geregeld, ze mag vannacht blijven. opvolgen morgen""",
    r"""[[[d:04-06-24]] 08:30] [[p:Naima]]: reminder: intervisie vandaag 13:00 casus van [[p:Sander]] (fam [[p:Kowalczyk]]). graag vooraf lezen, staat in teams
[[[d:04-06-24]] 08:31] [[p:Sander]]: let op: namen in het stuk zijn niet weggehaald, dus niet doorsturen pls
[[[d:04-06-24]] 08:45] [[p:Rachid]]: wordt het opgenomen? ik zit tot 13:30 bij de {{o:Voedselbank}}
[[[d:04-06-24]] 08:46] [[p:Naima]]: nee. kom gewoon later binnen
[[[d:04-06-24]] 13:52] [[p:Sander]]: dank allemaal voor het meedenken 🙏 ik plan met [[p:Agnieszka]] een gesprek op [[d:11 juni]]""",
]
TEXTS += [
    r"""[[[d:11-06-24]] 11:02] [[t:+31 6 28 91 04 77]]: goedemorgen, u spreekt met [[p:Blessing Owusu]], mijn buurvrouw zei dat ik dit nummer kan appen voor hulp met brieven van de {{o:belastingdienst}}
[[[d:11-06-24]] 11:20] [[p:Kim]] {{o:SWT}} {{w:Moerwijk}}: Goedemorgen mevrouw [[p:Owusu]], dat kan zeker. Wilt u langskomen bij het inloopspreekuur in {{o:wijkcentrum}} {{o:De Boog}}? Dinsdag of donderdag 9-12u.
[[[d:11-06-24]] 11:31] [[t:+31 6 28 91 04 77]]: thank you!! donderdag ik kom met mijn dochter [[p:precious]] ze spreekt goed nederlands
[[[d:11-06-24]] 11:32] [[p:Kim]] {{o:SWT}} {{w:Moerwijk}}: Prima, tot donderdag 😊 neem de brieven mee""",
    r"""[[[d:18-06-24]] 15:40] [[p:Hamid]]: weet iemand of {{o:Haag Wonen}} de ontruiming van [[a:Vlierboomstraat 455]] echt doorzet? volgens mw [[p:Ahmadi]] staat deurwaarder op [[d:25 juni]] 
[[[d:18-06-24]] 15:44] [[p:Lieke]]: ja helaas. vonnis is er. achterstand €3.870
[[[d:18-06-24]] 15:45] [[p:Hamid]]: 😣 kunnen we nog een betalingsregeling voorstellen? {{o:Schuldhulpverlening}} heeft haar in behandeling, kenmerk [[ds:SHV/2024/0412]]
[[[d:18-06-24]] 15:51] [[p:Lieke]]: ik bel de {{r:woonconsultant}}, meneer [[p:de Groot]] kent haar. hou je op de hoogte""",
    r"""[[[d:01-07-24]] 08:12] [[p:Tamara]]: Fijne zomer iedereen 🌞 Rooster vakantie: [[p:Joost]] weg [[d:8/7]] t/m [[d:26/7]], [[p:Esra]] [[d:15 juli]] t/m [[d:9 aug]], ik zelf vanaf [[d:29-7]]. Vervanging voor {{r:Wmo-adviseur}} regelt [[p:Arjen]] met {{o:Wmo-loket}}
[[[d:01-07-24]] 08:20] [[p:Esra]]: klopt 👍
[[[d:01-07-24]] 08:22] [[p:Arjen]]: {{o:Wmo-loket}} kan 2 dagen per week iemand sturen, ze heet [[p:Mei Lin]]
[[[d:01-07-24]] 08:23] [[p:Tamara]]: super""",
    r"""[[[d:09-07-24]] 21:14] [[p:Joyce]]: sorry voor late app. mw [[p:Semedo]] belde me privé, ze is bang want ex staat weer voor de deur. ik heb gezegd 112 te bellen als hij binnen wil komen
[[[d:09-07-24]] 21:16] [[p:Rutger]]: goed gedaan. wil je morgen vroeg {{o:Veilig Thuis}} bellen? en denk aan je eigen grenzen he, geef je privénummer niet meer
[[[d:09-07-24]] 21:17] [[p:Joyce]]: ja weet ik 🙈 ze had het nog van toen
[[[d:10-07-24]] 08:03] [[p:Joyce]]: VT gebeld, melding gedaan. ref [[ds:2024/VT/118803]]. ze zoeken contact met [[p:Maria Semedo]] vandaag""",
    r"""[[[d:16-07-24]] 10:00] [[p:Bram]]: Even checken: wie gaat er [[d:zaterdag 20 juli]] naar het buurtfeest op het Hobbemaplein? We hebben een kraam met {{o:Vóór Welzijn}}
[[[d:16-07-24]] 10:03] [[p:Fleur]]: ik! 🎉
[[[d:16-07-24]] 10:04] [[p:Abdel]]: ik kan alleen 's middags
[[[d:16-07-24]] 10:09] [[p:Bram]]: top. [[p:Fleur]] en [[p:Abdel]], meld je bij tante [[p:Jet]] van het bewonersinitiatief, [[t:06-19 44 20 31]]""",
    r"""[[[d:24-07-24]] 13:25] [[p:Anouk]]: kan iemand dit nummer checken? mw [[p:Ramcharan]] zegt haar iban is [[i:NL67 INGB 7436 8698 92]] maar op het formulier staat iets anders 🤔
[[[d:24-07-24]] 13:31] [[p:Said]]: op de beschikking staat [[i:NL51ABNA4420462011]], dat is de rekening van haar bewindvoerder
[[[d:24-07-24]] 13:32] [[p:Anouk]]: aaah ok dan is dat het probleem. bewindvoerder is mr. [[p:Hoogland]] toch?
[[[d:24-07-24]] 13:35] [[p:Said]]: ja, {{o:Bewindvoering Haaglanden}}. [[e:info@bewindhaaglanden.nl]]""",
    r"""[[[d:06-08-24]] 09:09] [[p:Ewa]]: dzień dobry 😄 ik heb gisteren bij [[p:Tomasz]] en [[p:Kasia Zielińska]] gezeten, [[a:Wouwermanstraat 12-hs]]. ze willen hulp bij inschrijving {{o:gemeente}} + zorgverzekering
[[[d:06-08-24]] 09:12] [[p:Dewi]]: hebben ze een {{o:BRP}} inschrijving al?
[[[d:06-08-24]] 09:13] [[p:Ewa]]: nee, wonen onderhuur. afspraak {{o:Stadsdeelkantoor}} [[d:ma 12/8]] 
[[[d:06-08-24]] 09:15] [[p:Dewi]]: zet het in het systeem ok? client nr [[ds:C-20931]]""",
    r"""[[[d:20-08-24]] 16:47] [[p:Hatice]]: jongens ik heb net mw [[p:Yıldız]] gesproken, haar zoon [[p:Emre]] (17) zit sinds [[d:vrijdag 16 augustus]] thuis en wil niet meer naar school. ik heb {{o:CJG}} gevraagd mee te kijken
[[[d:20-08-24]] 16:50] [[p:Naima]]: ook even {{r:leerplichtambtenaar}} erbij? school begint al [[d:26/8]]
[[[d:20-08-24]] 16:51] [[p:Hatice]]: ja goed idee
[[[d:20-08-24]] 16:52] [[p:Hatice]]: moeder haar nummer voor wie haar belt: [[t:06 2871 5530]]""",
    r"""[[[d:03-09-24]] 07:30] [[p:Rachid]]: goedemorgen 🌧️ {{o:Voedselbank}} pakketten vandaag pas om 14u ipv 11u. wie brengt naar dhr [[p:Boukhari]] en mw [[p:Storm]]?
[[[d:03-09-24]] 07:45] [[p:Marieke Koster]]: ik doe [[p:Storm]], woont bij mij om de hoek
[[[d:03-09-24]] 07:48] [[p:Rachid]]: en [[p:Boukhari]]? [[a:Delftselaan 33 boven]]
[[[d:03-09-24]] 08:02] [[p:Jeroen]]: doe ik wel 👍""",
    r"""[[[d:10-09-24]] 19:03] [[p:Priya]] {{o:SWT}} {{w:Laak}}: hoi allen, bij huisbezoek vandaag bleek dat dhr [[p:Haddad]] ([[p:Omar]], geb [[d:14-03-1959]]) geen insuline meer heeft 😳 {{r:huisarts}} was al dicht
[[[d:10-09-24]] 19:05] [[p:Hanneke]] {{r:wijkverpleegkundige}}: ik bel de {{o:huisartsenpost}}, wat is zijn adres?
[[[d:10-09-24]] 19:06] [[p:Priya]] {{o:SWT}} {{w:Laak}}: [[a:Hooftskade 73]]. zoon [[p:Khaled]] is bij hem
[[[d:10-09-24]] 19:31] [[p:Hanneke]] {{r:wijkverpleegkundige}}: apotheek levert om 20u 👍""",
    r"""[[[d:17-09-24]] 12:00] [[p:Ingrid]] {{r:teamleider}}: Beste team, per [[d:1 oktober]] werken we met de nieuwe toestemmingsverklaring. Oude formulieren graag inleveren bij [[p:Wendy]]. Vragen? [[e:i.meijer@swtescamp.nl]]
[[[d:17-09-24]] 12:04] [[p:Kofi]]: geldt dat ook voor lopende casussen?
[[[d:17-09-24]] 12:09] [[p:Ingrid]] {{r:teamleider}}: alleen nieuwe aanmeldingen. lopende: bij eerstvolgende evaluatie
[[[d:17-09-24]] 12:10] [[p:Kofi]]: 👍""",
    r"""[[[d:01-10-24]] 10:44] [[p:Samira]]: wie kent iemand bij {{o:UWV}}?? mw [[p:Hirsi]] krijgt al 3 mnd geen WW, BSN [[b:335 501 692]], ze heeft geen eten meer
[[[d:01-10-24]] 10:46] [[p:Lieke]]: [[p:Hans]] van {{o:UWV}} {{o:Werkplein}} helpt soms, [[t:088-8987430]] toestel 12
[[[d:01-10-24]] 10:47] [[p:Samira]]: dankjewel!! ik bel hem
[[[d:01-10-24]] 10:48] [[p:Lieke]]: en voor nu voedselbonnen via {{o:Servicepunt XL}}""",
    r"""[[[d:15-10-24]] 08:55] [[p:Fatma]]: ik sta voor de deur bij mw [[p:Wiśniewska]] maar ze doet niet open. gordijnen dicht, post puilt uit de brievenbus 😟
[[[d:15-10-24]] 08:57] [[p:Ingrid]] {{r:teamleider}}: laatste contact?
[[[d:15-10-24]] 08:58] [[p:Fatma]]: [[d:2 okt]]. toen ging het niet goed
[[[d:15-10-24]] 08:59] [[p:Ingrid]] {{r:teamleider}}: bel de {{r:wijkagent}} ([[p:Marco]]) en {{o:Haag Wonen}} voor de sleutel. blijf daar
[[[d:15-10-24]] 09:40] [[p:Fatma]]: ze leeft, lag op bed, erg verzwakt. ambulance is er""",
    r"""[[[d:29-10-24]] 14:14] [[p:Arjen]]: {{o:Wmo}} aanvraag scootmobiel dhr [[p:Kalloe]] is toegekend!! 🛵 beschikking nr [[ds:WMO24-0033]]
[[[d:29-10-24]] 14:15] [[p:Said]]: eindelijk 😂 na 5 maanden
[[[d:29-10-24]] 14:16] [[p:Arjen]]: levering [[d:woensdag 6 november]] op [[a:Loevesteinlaan 36]], wie is daar dan?
[[[d:29-10-24]] 14:20] [[p:Said]]: zijn nicht [[p:Shanti]] is er, ik stuur haar nummer via mail""",
    r"""[[[d:12-11-24]] 09:30] [[p:Jeroen]]: reminder kick off pilot [[d:vrijdag 22/11]] 🎯 {{o:Crossover}} en {{o:CAOP}} zijn er. stemmen over de thema's
[[[d:12-11-24]] 09:41] [[p:Karin de Jong]]: zit ik bij, maar ik moet om 15u weg voor mw [[p:Benali]]
[[[d:12-11-24]] 09:43] [[p:Jeroen]]: prima
[[[d:12-11-24]] 10:15] [[p:Naima]]: kunnen we bemoeizorg voorstellen? na [[p:Vos]] en [[p:Wiśniewska]] lijkt me dat logisch""",
    r"""[[[d:26-11-24]] 17:02] [[p:Yasmina]]: help! iemand een tolk tigrinya voor morgen? [[p:Mehari]] en [[p:Senait]] hebben gesprek bij {{o:Jeugdbescherming West}} om 10u
[[[d:26-11-24]] 17:10] [[p:Bas]]: [[p:Kidane]] doet dat soms als vrijwilliger, [[t:0644 81 29 03]]
[[[d:26-11-24]] 17:11] [[p:Yasmina]]: je bent een held
[[[d:26-11-24]] 17:30] [[p:Yasmina]]: geregeld ✅ hij komt om 9:45 naar [[a:Soendalaan 14]]""",
]
# ---------------------------------------------------------------- voice-memo transcripts
TEXTS += [
    r"""spraakmemo ja dus ik kom net bij meneer [[p:kaya]] vandaan op de [[a:leyweg tweehonderdvier b]] eh hij zit er echt doorheen de {{r:bewindvoerder}} heeft al twee maanden niks overgemaakt dus eh ik moet morgen als eerste {{o:Plangroep}} bellen en eh zijn dochter [[p:elif]] wil ook betrokken worden haar nummer is [[t:nul zes een vier vier vier drie negen twee acht]] dat was het geloof ik o ja hij heeft een afspraak bij de {{r:huisarts}} op de [[d:zeventiende]] om half elf""",
    r"""memo voor mezelf huisbezoek familie [[p:tavares]] [[a:de heemstraat 210]] drie hoog moeder [[p:ana]] vader [[p:joao]] werkt nachten bij de veiling drie kinderen de oudste [[p:kevin]] heeft net een baan dus eh die zijn inkomen telt mee voor de huurtoeslag daar moet ik naar kijken met {{o:Sociaal Raadslieden}} volgende keer is [[d:dinsdag twaalf maart]] 's middags""",
    r"""ok eh overdracht voor [[p:jeroen]] want ik ben er morgen niet mevrouw [[p:de wit]] belt waarschijnlijk weer over de {{o:Wmo}} taxipas die is nog niet binnen ik heb het nagevraagd bij het {{o:Wmo-loket}} het aanvraagnummer is [[ds:w m o vierentwintig nul negen achttien]] ze zeggen uiterlijk [[d:vrijdag de vijftiende]] en eh als ze boos wordt gewoon rustig blijven ze meent het niet zo""",
    r"""spraakbericht van [[p:priya]] aan het team eh ik heb gisteren met [[p:mahabier]] gesproken meneer dus niet mevrouw de broer eh hij wil dat zijn moeder naar een verpleeghuis maar zij wil thuis blijven ik denk dat we een gesprek met de {{r:casemanager dementie}} en de {{r:ouderenconsulent}} moeten organiseren liefst nog voor [[d:eenendertig januari]] kunnen jullie aangeven wie wanneer kan thanks""",
    r"""uh memo donderdag na spreekuur vijf mensen gezien een mevrouw uit eritrea [[p:lemlem]] nog geen achternaam genoteerd komt volgende week terug met haar brieven dan een meneer [[p:zhang]] van het restaurant op de [[a:wagenstraat negentig]] over zijn zoon en eh een jonge vrouw [[p:dounia]] die uit huis is gezet die heb ik doorverwezen naar {{o:Centrale Toegang}} van de {{o:maatschappelijke opvang}} en de rest was kort""",
    r"""ja hoi [[p:karin]] met [[p:fatma]] even snel ingesproken want ik rijd eh mevrouw [[p:wisniewska]] ligt nu in het {{o:Haga}} op afdeling interne haar dochter in polen is gebeld die komt [[d:zaterdag de negentiende]] naar nederland nummer van de dochter is [[t:plus achtenveertig vijf nul een twee drie vier vijf zes zeven]] en eh ja ze heeft geen sleutel dus moeten we met {{o:Haag Wonen}} afstemmen doei""",
    r"""transcriptie spraakmemo huisbezoek dhr [[p:al hassan]] [[p:ahmad]] samen met [[p:said]] gesprek in het arabisch meneer heeft oorlogstrauma slaapt slecht wil wel hulp maar niet van de ggz want psychiatrie is schande zegt hij afgesproken dat [[p:said]] een kennismaking regelt met een {{r:ervaringsdeskundige}} van {{o:Stichting Mooi}} zijn adres klopt niet in het systeem het is [[a:parkietstraat twee a]] niet twee b""",
    r"""memo [[d:dertien februari]] ochtend eh gebeld met de {{r:bewindvoerder}} van mevrouw [[p:de groot]] [[p:wilma]] die gaat akkoord met extra leefgeld voor de verhuizing en eh ze maakt het over op haar rekening eindigend op zes acht vier nul ik heb gevraagd of ze het hele nummer wil mailen naar [[e:m punt verbeek at denhaag punt nl]] want ik wil het niet fout doen""",
    r"""overdracht ingesproken ehm mevrouw [[p:mulder]] van de [[a:stuwstraat achtentwintig]] belt steeds het team ze is eenzaam niet in nood ik heb haar aangemeld bij {{o:Humanitas}} maatjesproject coördinator heet [[p:anja]] en die neemt contact op ergens na de [[d:twintigste]] als ze belt zeg maar dat het eraan komt""",
    r"""spraakbericht ja [[p:bas]] hier ik sta nu bij de flat van [[p:mensah]] maar er woont iemand anders de nieuwe bewoner zegt dat ze verhuisd zijn naar {{w:ypenburg}} ergens eh adres weet hij niet ik bel het {{o:BRP}} of zoek in Suite als iemand anders tijd heeft graag hoor want ik moet door naar [[p:ionescu]]""",
    r"""memo na overleg met {{o:Veilig Thuis}} over [[p:hodan]] en de kinderen veiligheidsplan staat ex-partner [[p:abdi]] mag niet in de buurt van de school komen school is ingelicht de {{r:jeugdconsulent}} van {{o:CJG}} is [[p:lisanne]] die doet de kinderen ik doe moeder volgende evaluatie [[d:maandag achttien november]] om tien uur""",
    r"""ehm memo voor de dossiervorming mevrouw [[p:boateng]] [[p:akosua]] geboren [[d:zeven juli negentienzeventig]] bsn [[b:zeven drie drie zes vier drie zes twee nul]] woont op [[a:troelstrakade zestig]] [[pc:twee vijf drie een a c]] heeft schulden bij zeven schuldeisers totaal rond de negenduizend euro aanvraag {{o:schuldhulpverlening}} ingediend""",
    r"""ja dus ik heb net mevrouw [[p:koster]] aan de lijn gehad niet de collega maar de client van de [[a:oudemansstraat negen]] ze vroeg of [[p:hoop]] nog langskomt ik snap het niet helemaal of ze haar kleindochter bedoelt of iemand van {{o:Florence}} even navragen bij de {{r:wijkverpleegkundige}} morgen""",
    r"""memo dinsdag alleen eh [[p:yilmaz]] gebeld twee keer geen gehoor voicemail ingesproken [[p:chen]] gesproken gaat goed die heeft werk nu via {{o:Werkgeversservicepunt}} [[p:dumitru]] afspraak verzet naar [[d:donderdag de vierde]] en eh fam [[p:van dam]] niet thuis briefje in de bus""",
    r"""hoi allemaal even een spraakberichtje ik heb net de {{r:wijkagent}} gesproken hij maakt zich zorgen over de jongen van [[p:girigorie]] [[p:shurandy]] die hangt veel rond bij de {{w:Zuiderpark}} en wordt gebruikt als koerier volgens hem ik stel voor dat we [[p:kees]] van het {{o:jongerenwerk}} vragen om contact te leggen""",
    r"""memo voor [[p:naima]] jouw client mevrouw [[p:el idrissi]] belde ze heeft een nieuw telefoonnummer [[t:nul zes vijf twee acht acht een nul drie vier]] het oude werkt niet meer en ze vroeg of de afspraak van [[d:dinsdag de achtste]] nog doorgaat ik heb gezegd dat jij haar terugbelt""",
    r"""ingesproken om kwart over vier ik ben bij mevrouw [[p:lopes]] [[p:maria da graca]] geweest eh samen met haar nichtje [[p:djeneba]] die vertaalt uit het kaapverdiaans creools ze wil graag naar een dagbesteding voor ouderen misschien {{o:Xtra}} of {{o:Florence}} ik ga dat uitzoeken met de {{r:welzijnscoach}}""",
    r"""ok memo klantnummer [[ds:vijf vijf drie nul negen twee]] meneer [[p:osei]] nieuwe aanvraag bijzondere bijstand voor een koelkast afgewezen want hij heeft nog reserve maar die reserve is een spaarpot voor de begrafenis van zijn vader in ghana dus bezwaar maken voor [[d:tien december]]""",
    r"""eh ja memo na teamoverleg nieuwe verdeling [[p:ramsaran]] gaat naar [[p:ilse]] [[p:owusu]] ook [[p:kowalczyk]] blijft bij [[p:sander]] en [[p:ahmadi]] gaat naar [[p:hamid]] omdat die al contact heeft met {{o:Haag Wonen}} wie vragen heeft bel mij""",
    r"""memo voor het verslag ik was er om kwart over negen bij [[p:farida noorzai]] in {{w:Bouwlust}} ze had net een brief van {{o:IND}} gehad over verlenging van de verblijfsvergunning en ze was in paniek haar man [[p:ahmad zia]] zit nog in pakistan ik heb met haar afgesproken dat we [[d:woensdag zes maart]] samen naar {{o:VluchtelingenWerk}} gaan""",
]
# ---------------------------------------------------------------- to-do lists
TEXTS += [
    r"""TODO ma
- bellen [[p:bakker]] ivm {{o:wmo}} (huishoudelijke hulp loopt af [[d:31-3]])
- mail naar [[p:roos]] ({{o:MEE}}) over [[p:joey]]
- formulier bijz bijstand mw [[p:tahiri]] afmaken
- [[p:sevda]] terugbellen [[t:06-43871209]]
- lunch 🥪""",
    r"""to do deze week:
1. [[p:demir]] - huurachterstand, {{o:Staedion}} bellen, dossier [[ds:2024-0813]]
2. [[p:jansen]] + dochter gesprek [[d:wo 14/2]] 10u
3. {{o:Voedselbank}} verwijsbrief voor fam [[p:Ghebremedhin]]
4. rapportage [[p:van den Berg]] afronden!!
5. nieuwe telnr [[p:Appiah]]: [[t:0627 19 38 45]]
6. intervisie voorbereiden""",
    r"""[ ] bsn checken [[p:popescu]] > [[b:970431673]]?
[ ] {{o:UWV}} [[p:Hirsi]] nabellen
[x] brief {{o:CAK}} gescand
[ ] sleutel terug naar {{o:Haag Wonen}} ([[a:Mijtensstraat 3 bis]])
[ ] [[p:Fleur]] vragen of ze vrijdag kan overnemen""",
    r"""todo morgen de [[d:14e]]
- 9u mw. [[p:Lin]] (tolk geregeld? > [[p:Xu Wei]] [[t:0616047723]])
- 11u teamoverleg
- 13u huisbezoek [[p:Dekker]], [[a:Erasmusweg 1012]]
- bellen {{o:Brijder}} over [[p:Danny]]
- declaraties!!""",
    r"""Actielijst teamoverleg {{o:SWT}} {{w:Bouwlust/Vrederust}}
- [[p:Esra]]: aanvraag {{o:Wmo}} traplift mw. [[p:Visser]] ([[ds:WMO-2024-1187]])
- [[p:Joost]]: contact {{r:huisarts}} over dhr. [[p:Çelik]]
- [[p:Tamara]]: {{o:Jeugdbescherming}} rondom [[p:Noah]] (geb. [[d:02-11-2015]])
- allen: verlofaanvragen voor [[d:1 mei]] indienen
volgende overleg: [[d:di 23 apr]]""",
    r"""lijstje voor vrijdag
* [[p:bloem]] ophalen bij station 10:15 (mw komt met trein uit Zwolle)
* daarna met haar naar {{o:SVB}} ivm AOW
* boodschappen voor dhr. [[p:de Boer]], sleutel ligt onder de mat (!!)
* [[p:Kwame]] bellen over werkstage, [[t:+31 6 1045 8832]]
* afsluiten casus [[ds:#48817]]""",
    r"""TO DO
bel mevr. [[p:Statia]] ([[t:070-3887104]])
mail [[e:r.martina@ziggo.nl]] over rooster mantelzorg
{{r:ouderenconsulent}} vragen mee naar [[p:Hoogendijk]] op [[d:do 7/3]]
checken of iban mw. [[p:Rosaria]] klopt: [[i:NL39 RABO 7869 9963 83]]?""",
    r"""dingen die ik niet mag vergeten 🙃
- [[p:mei]] haar verjaardag [[d:8 mei]] (kaartje!)
- [[p:Wolf]] {{r:POH-GGZ}} terugbellen
- {{o:Wmo}} aanvraag fam. [[p:Sultani]] controleren, ze wonen nu op [[a:Moerweg 210-D]] [[pc:2533 AZ]]
- [[p:Sarita]] (stagiaire) beoordelingsgesprek [[d:dinsdag 28 mei]]""",
    r"""taken:
- {{o:CJG}}: overdracht [[p:Amir]] & [[p:Lina]] (kinderen van [[p:Darwish]])
- beschikking [[ds:2023.884.01]] laten herzien
- adreswijziging doorgeven: oud [[a:Beeklaan 200-3]], nieuw [[a:Dierenselaan 14 hs]] [[pc:2573 bt]]
- [[p:Said]] vragen of hij mee kan""",
    r"""todo:
[[p:van dijk]] > {{o:sociaal raadslieden}}
[[p:smit]] > boodschappendienst {{o:Welzijn Scheveningen}}
[[p:noor]] > tolk dari regelen
[[p:de haan]] > huisbezoek [[d:1302]]
[[p:kok]] > niks, afsluiten
[[p:storm]] > {{o:voedselbank}} verlengen tot 1 juli""",
    r"""do 
- 8:30 mw [[p:Aydın]] [[a:Zuiderparklaan 401]] 
- 10:00 overleg met {{o:Parnassia}} (dr. [[p:Verhoef]])
- 12:30 lunch met [[p:Dewi]] & [[p:Kim]]
- 14:00 [[p:Ivanov]] gezin, {{w:Spoorwijk}}
- mail terug naar [[e:georgi.ivanov88@gmail.com]] ivm vertaling""",
    r"""NIET VERGETEN:
formulier toestemming [[p:Mohamud]] laten tekenen!!!
zonder toestemming niks delen met {{o:Jeugdbescherming}}
dossier [[ds:SWT-MH-2209]]
afspraak [[d:za 3/2]] 11u bij haar thuis ([[a:Hart Nibbrigkade 40 a]])""",
    r"""to-do deze week ([[p:Hanneke]])
ma: wondzorg dhr. [[p:Kalloe]]
di: {{r:casemanager dementie}} overleg over mw. [[p:Bakker]] + mw. [[p:Hoop]]
wo: vrij
do: [[p:Lotte]] terug, overdracht
vr: scholing wondzorg {{o:Florence}}""",
    r"""1. belastingaangifte [[p:Constantin]] 2022+2023
2. huurtoeslag terugvordering [[p:Haile]] bezwaar voor [[d:15-06]]
3. iban [[p:Haile]] = [[i:NL42SNSB8556349517]]
4. bsn [[b:627-503-044]] nagaan bij {{o:BRP}}
5. {{r:budgetcoach}} [[p:Gerda]] inseinen""",
]
# ---------------------------------------------------------------- sticky notes
TEXTS += [
    r"""GEELTJE op monitor:
[[p:Ramdin]] belde 2x!! terugbellen voor 12u
[[t:06 - 38 20 11 94]]
gaat over brief {{o:CAK}}""",
    r"""post-it: BEL WERKT NIET bij mw [[p:de wit]], achterom via de tuin, 2e deur links. hond (Bikkel) is lief maar blaft.""",
    r"""briefje op bureau [[p:Said]]:
[[p:Said]], mw [[p:Benali]] was hier om 15u met haar buurvrouw. ze heeft de brief van {{o:DUO}} achtergelaten (in je postvak). ze vraagt of je haar wilt bellen op haar nieuwe nummer [[t:0649372015]]. gr [[p:Wendy]] (balie)""",
    r"""sticky: wachtwoord wifi {{o:wijkcentrum}} = niet hier opschrijven 😅
wel: sleutelkluis [[a:Kijkduinsestraat 5]] code bij [[p:Joost]]""",
    r"""!!! mw [[p:Zwart]] NIET bellen tussen 12-14u (slaapt na dialyse)
alleen vaste telnr [[t:(070) 366 41 92]]""",
    r"""notitie op de koelkast bij client (foto in dossier [[ds:88-1203]]):
maandag = [[p:anja]] komt
dinsdag = dagbesteding bus 9u
woensdag = kleinzoon [[p:Rik]]
donderdag = zuster [[p:Hanneke]]
vrijdag = boodschappen met [[p:Roos]]""",
    r"""briefje in de bus (kopie): Beste meneer [[p:Georgiev]], ik ben vandaag ([[d:dinsdag 9 april]]) langs geweest maar u was niet thuis. Wilt u mij bellen? [[p:Ewa]], {{r:maatschappelijk werker}} {{o:SWT}} {{w:Transvaal}}, [[t:06 54 81 27 30]]""",
    r"""memo blaadje: [[p:hakimi]] - ziekenhuis - [[d:23/2]] - 8u30 nuchter!! - vervoer? vragen aan neef [[p:wahid]]""",
    r"""geeltje bij printer: wie heeft het dossier van [[p:Ionescu]] ([[ds:2023-04711]]) geprint en laten liggen?? NIET DOEN AUB 🙏 [[p:Ingrid]]""",
    r"""post-it, rand van het scherm:
[[p:Mercy]] > bewindvoering aanvraag
rekening > [[i:NL70 ASNB 7921 3420 39]]
[[pc:2526LE]]
rechtbank zitting [[d:4 juni]]""",
    r"""sticky (handgeschreven, overgetypt): dhr [[p:Hoekstra]] wil alleen met een vrouw praten?? nee andersom, alleen met een MAN. [[p:Rachid]] of [[p:Bas]] dus. adres [[a:vaillantlaan 17a]] 1e etage""",
    r"""briefje: [[p:Hope]] heeft gebeld (dochter van mw [[p:Asante]]). moeder is [[d:zondag 3-3]] overleden 😢 begrafenis vrijdag. condoleancekaart? team tekent bij [[p:Tamara]]""",
    r"""geeltje: BSN [[p:Sahin]] = [[b:354 182 729]] (niet in app zetten!!)
kaartje verzekering ligt in kluis""",
    r"""notitie op whiteboard kantoor (foto):
WIE IS WAAR vandaag
[[p:Anouk]] - {{o:Servicepunt XL}} {{w:Transvaal}}
[[p:Said]] - huisbezoeken {{w:Schilderswijk}}
[[p:Priya]] - ziek
[[p:Mo]] - scholing {{o:GGD Haaglanden}}
[[p:Marieke]] - [[p:Storm]] + [[p:Bakker]] ([[a:Lamarckhof 8]])""",
]
# ---------------------------------------------------------------- shift handovers
TEXTS += [
    r"""OVERDRACHT vr > ma (piket [[p:Rutger]])
- [[p:Semedo]]: VT betrokken, ex heeft contactverbod. Bij escalatie 112. Mw heeft mijn piketnr.
- Dhr. [[p:Haddad]]: insuline geregeld via apotheek, zoon [[p:Khaled]] checkt za+zo. [[t:06 1187 4420]]
- [[p:Wiśniewska]]: opgenomen {{o:Haga}}, dochter komt [[d:za 19/10]].
- rustig verder. [[p:Rutger]]""",
    r"""Dienstoverdracht avond {{o:wijkverpleging}} {{w:Escamp}}
mw. [[p:Roos]] (87) - insuline 22u gegeven, glucose 9,1. Morgen [[d:6/11]] controle {{r:huisarts}}.
dhr. [[p:Yilmaz]] - wond li been, verband vernieuwd. Vrouw [[p:Gül]] vraagt naar thuiszorg in weekend.
mw. [[p:Lieveld]] - weigert medicatie, {{r:casemanager dementie}} informeren ([[p:Lotte]]).
Sleutel [[a:Vrederustlaan 94]] in kluisje, code bekend bij team.
Groet [[p:Anita]]""",
    r"""overdracht vakantie [[p:Kim]] ([[d:22-7]] t/m [[d:9-8]]) voor [[p:Abdel]]:
1. [[p:Owusu]] ([[ds:C-20944]]): brieven belastingdienst, volgt op. Dochter [[p:Precious]] helpt.
2. [[p:Mensah]]: verhuisd naar {{w:Ypenburg}}, nieuw adres [[a:Laan van Hoornwijck 55]] [[pc:2497 BE]], overdracht naar {{o:SWT}} {{w:Ypenburg}} loopt.
3. [[p:Chen]]: afsluiten als hij werk houdt.
Bij vragen: [[e:k.vermeulen@swtmoerwijk.nl]] (ik lees af en toe mee 😉)""",
    r"""Overdracht [[d:donderdag 14 maart]] middag → vrijdag
dhr [[p:Jagessar]] komt niet opdagen bij {{o:PEP}}, 2e keer. [[p:Ewa]] probeert morgen huisbezoek.
mw [[p:Tahiri]] bijzondere bijstand ingediend, ref [[ds:BB-24-00917]].
Fam [[p:Tesfay]]: {{o:DUO}} aanvraag verstuurd. BSN [[p:Yonas]] gecontroleerd.
!! Nieuwe aanmelding via {{r:huisarts}} dr. [[p:Van Leeuwen]]: jonge moeder [[p:Sara]] (geb [[d:30-08-2001]]), [[a:Oudemansstraat 211]], zorgen over de baby. Graag morgen oppakken.""",
    r"""weekendoverdracht crisisdienst
za [[d:16/3]] 23:40 melding politie: mw [[p:El Amrani]] ([[a:hoefkade 112-III]]) verward op straat, door {{o:politie}} thuisgebracht. Dochter [[p:Nadia]] ingelicht ([[t:0613 44 82 90]]).
zo 10:15 mw zelf gebeld, gaat beter, wil maandag {{r:casusregisseur}} spreken.
actie ma: [[p:Anouk]] belt haar + {{o:GGZ}} consult aanvragen""",
    r"""overdracht [[p:Joyce]] > [[p:Femke]]
- [[p:Semedo]]: zie VT-ref [[ds:2024/VT/118803]], gesprek [[d:woensdag 17 juli]] met {{o:Veilig Thuis}} en mw
- [[p:Vos]]: {{o:Parnassia}} {{r:SPV}} [[p:Marloes]] is casusregisseur nu
- [[p:Tavares]]: huurtoeslag, wacht op {{o:Sociaal Raadslieden}}
- dhr [[p:Girigorie]]: zoon [[p:Shurandy]] (16) jongerenwerk loopt via [[p:Kees]]""",
    r"""OVERDRACHT NACHT→DAG {{o:nachtopvang}} {{o:SMO}}
bed 4: [[p:Dounia]] (nieuw), rustig, wil morgen met {{r:maatschappelijk werker}} praten over {{o:Centrale Toegang}}
bed 7: [[p:J.]] ([[p:Jozef Nowak]]) dronken binnengekomen 01:10, geen incidenten
bed 9: leeg, [[p:Mihai]] niet teruggekomen
gr nachtdienst [[p:Ruud]] & [[p:Abena]]""",
    r"""overdracht: [[p:Mo]] is [[d:di 5 mrt]] t/m [[d:vr 8 mrt]] op cursus. Zijn casussen:
- [[p:Ait Taleb]] ([[a:Wolweverstraat 1 2e]]): wacht op beschikking {{o:Wmo}}
- [[p:Van der Linden]]: gesprek met {{r:bewindvoerder}} [[d:7-3]] gaat door, [[p:Naima]] neemt waar
- [[p:Oyelaran]]: niets plannen""",
    r"""Overdracht {{r:Wmo-adviseur}} [[p:Esra]] > [[p:Arjen]] (ziekte)
Lopende aanvragen:
[[ds:WMO-2024-1187]] [[p:Visser]] traplift, keuring [[d:2 mei]]
[[ds:WMO-2024-1203]] [[p:Sultani]] huishoudelijke hulp
[[ds:WMO-2024-1241]] [[p:Dumitru]] rolstoel, wacht op {{o:Welzorg}}
Contact [[p:Visser]] loopt via schoonzoon [[p:Hans Bakker]] [[t:06-51739924]]""",
    r"""overdracht wijkverpleging: mw [[p:Oudshoorn]] [[a:Beeklaan 200-3]] steunkousen ochtend, ze noemt je steeds "[[p:Liesbeth]]", dat is haar dochter, gewoon laten. Dochter [[p:Liesbeth]] zelf: [[t:+31 70 391 22 84]]. Volgende evaluatie {{r:wijkverpleegkundige}} + {{r:casemanager dementie}} [[d:28 feb]].""",
    r"""korte overdracht (ik ben [[d:ma 12/8]] weg):
[[p:Tomasz]] & [[p:Kasia]] → {{o:Stadsdeelkantoor}} afspraak om 10:40, [[p:Dewi]] gaat mee
[[p:Ivanov]] → mail beantwoord
[[p:Popescu]] → bsn klopt, {{o:UWV}} gebeld
[[p:Ewa]]""",
    r"""Overdracht avonddienst {{o:Haagse Wijk- en Woonzorg}}
[[d:3-10-2024]]
dhr. [[p:A. Mohan]] (kamer 12) valrisico, bedhek omhoog
mw. [[p:C. Pinas]] dochter [[p:Ingrid]] komt morgen om 10u voor gesprek met {{r:specialist ouderengeneeskunde}}
mw. [[p:R. Sewdien-Ramlal]] koorts 38,4, {{r:huisarts}} gebeld
/[[p:Linda]]""",
    r"""overdracht van vandaag ([[d:wo 20-3]]):
- [[p:Benali]]: ze durft de post niet te openen. samen gedaan. 4 aanmaningen {{o:CJIB}}, ref [[ds:8812 4401 2237]]
- [[p:El Idrissi]]: nieuw nummer staat in systeem
- [[p:Mahabier]]: familiegesprek [[d:27 maart]] 19u, broer [[p:Ravi]] + zus [[p:Anjali]] komen
- [[p:Kalloe]]: blij met scootmobiel 😂""",
    r"""piket overdracht [[d:zo 24-11]] > [[d:ma 25-11]]
zat 21:10 belde buurman [[p:van Dam]] ([[a:Stuwstraat 30]]) over mw [[p:Mulder]] naast hem: harde muziek en geschreeuw. Gebeld met mw, ze klonk in de war. Geen gevaar volgens buurman na 22u.
graag ma contact met {{r:huisarts}} en {{o:Humanitas}} (maatje [[p:Anja]])""",
    r"""overdracht team {{w:Mariahoeve}} [[d:vrijdag 6 december]]
- mw [[p:Kuipers]] (dementie) verdwaald bij winkelcentrum, door buurvrouw [[p:Marian de Vries]] thuisgebracht. {{r:casemanager dementie}} weet ervan
- dhr. [[p:Hosseini]]: tolk farsi [[p:Parisa]] kan [[d:10/12]]
- kerstpakketten via {{o:Voedselbank}} komen [[d:17 dec]]""",
]
# ---------------------------------------------------------------- client messages typed on a phone
TEXTS += [
    r"""sms van client (doorgestuurd): hoi mevrouw [[p:anouk]] met mij [[p:fatima]] kan ik morgen de [[d:14e]] niet komen mijn zoon is ziek 😢 kan het [[d:za 3/2]]? of maandag. sorry!!""",
    r"""whatsapp client: goedemiddag ik ben dhr [[p:kaya]] van [[a:leyweg 204b]] ik heb nog steeds geen geld van bewind gekregen ik heb geen eten meer voor mij en mijn vrouw wat moet ik doen alstublieft bel mij [[t:06 14 44 39 28]]""",
    r"""IK HEB NOG STEEDS GEEN GELD GEHAD VAN DE GEMEENTE!!! MIJN HUUR IS AL 2 MAANDE NIET BETAALD. DIT IS [[p:JOZEF NOWAK]] [[a:HOEFKADE 344]]. BEL MIJ [[t:0684412093]] 😡😡""",
    r"""sms: goeie morgen meneer [[p:said]] 😊 hier [[p:amina]] de moeder van [[p:ilyas]]. de brief van school heb ik gekrege kunt u wat voor mij lezen ik ben thuis na [[d:1302]] uh sorry na [[d:13 feb]] want ik ga naar marokko""",
    r"""whatsapp van mw [[p:ramcharan]]: Dag [[p:Anouk]], dit is mijn rekening nummer voor de bijzondere bijstand [[i:nl68trio9877353517]] op naam van [[p:S.D. Ramcharan-Jhinkoe]]. Groetjes en bedankt 🙏🌺""",
    r"""sms client: hallo dit is [[p:blessing]] i dont understand the letter from {{o:UWV}} can you help me please. my number is [[t:+31628910477]] i live [[a:paul krugerlaan 88 bis]]""",
    r"""app: mevr ik ben [[p:ivanka]] ik slaap nu bij vriendin [[p:mariya]] adress [[a:jacob catsstraat 19]] [[pc:2521vn]]?? ik weet niet precies. telefoon weer opgeladen 👍 dank u voor gisteren""",
    r"""doorgestuurd bericht van dochter client: Hallo mevr [[p:Hanneke]], mijn moeder (mw [[p:de Groot]]) heeft een valalarm nodig, ze is weer gevallen vannacht. Wie moet ik daarvoor bellen? Mijn email is [[e:sandra.degroot71@hotmail.com]]. Gr [[p:Sandra]]""",
    r"""whatsapp: heej [[p:kim]] ik ben het [[p:precious]] de dochter van [[p:blessing owusu]]. mama vraagt of donderdag om 10 uur ook goed is ipv 9. ze moet eerst naar de dokter 🙏🏾""",
    r"""sms: meneer [[p:mo]] ik ben [[p:zhang]] van het restaurant. mijn zoon [[p:jiahao]] is weer niet naar school. school heeft gebeld. ik weet niet meer wat te doen. kunt u komen zaterdag? [[d:za 9 mrt]]""",
    r"""whatsapp client ([[t:+48 501 772 310]]): Dzien dobry pani [[p:Ewa]], ik ben [[p:Agnieszka]] ([[p:Kowalczyk]]). de man van verhuur zegt ik moet weg op [[d:1 april]]. is dat mag? ik heb contract tot augustus. dank u""",
    r"""sms (hoofdletters zoals ontvangen): MEVROUW IK BEN [[p:HAILE]] IK HEB BRIEF VAN BELASTING MOET 2400 EURO TERUG BETALEN HUURTOESLAG. IK HEB DAT NIET. HELP MIJ. MIJN BSN [[b:736671742]]""",
    r"""whatsapp: goedenavond mevr [[p:yasmina]], de tolk meneer [[p:kidane]] heeft goed geholpen bedankt. volgende afspraak bij jeugdbescherming is [[d:dinsdag 10 december]] om 14.00. [[p:mehari]]""",
    r"""sms van dhr [[p:vos]]: ZE ZITTEN WEER IN MIJN MUUR. ik heb het {{o:politie}} gezegd niemand doet iets. bel [[p:femke]] ze moet komen NU""",
    r"""app van mw [[p:el amrani]] (via dochter): goedemorgen dit is [[p:nadia]], mama wil zeggen dat het beter gaat ❤️ en ze wil graag de afspraak met [[p:anouk]] op [[d:maandag 18 maart]] houden. ons nieuwe email is [[e:nadia.elamrani@live.nl]]""",
    r"""whatsapp: salaam [[p:hamid]] broer, de brief van haag wonen gaat over [[d:25 juni]] toch? mijn moeder is heel bang. ik ben [[p:wahid ahmadi]] de zoon. mijn nummer [[t:06-3981-0026]]""",
    r"""sms: [[p:Fleur]] dankjewel voor gisteren!! de buren komen ook naar het feest 🎉 groetjes tante [[p:jet]]""",
    r"""bericht client via contactformulier website: naam: [[p:m. boukhari]] | adres: [[a:delftselaan 33 boven]] | postcode: [[pc:2512 RB]] | tel: [[t:070 - 3651 870]] | vraag: ik krijg geen voedselpakket meer sinds [[d:3 sept]], wat is er aan de hand""",
    r"""whatsapp: hey [[p:bas]] 👋 met [[p:gift]] (van de {{o:taalcafe}}). mijn huisbaas zegt dat ik moet betalen voor de schimmel 🤬 kan ik hem jouw nummer geven? hij heet mr. [[p:de Ruiter]]""",
    r"""sms: ik kan niet komen woensdag mijn vrouw [[p:sunita]] ligt in ziekenhuis. nieuwe datum? [[p:jagessar]]""",
    r"""app van [[t:06 47 93 02 15]]: hallo ik heb uw nummer van [[p:Khadija]] van de moskee. ik heb probleem met schulden en kan niet slapen. ik woon {{w:schilderswijk}} [[a:van der vennestraat 33]]. ik ben [[p:Abdelkader]]""",
    r"""sms: ja goedemiddag u spreekt met mevrouw [[p:storm]] ik wilde het pakket van vandaag bedanken en uw collega [[p:marieke]] ook alstublieft 🌷""",
    r"""whatsapp client: hi miss [[p:fatma]], this is [[p:ioana]] from romania, my husband [[p:ionut]] has accident at work, he is in hospital {{o:haga}}. we have no insurance?? what we do. our adress is [[a:hengelolaan 512]] [[pc:2545 GT]]""",
    r"""sms: IK WIL DAT [[p:ARJEN]] MIJ BELT OVER MIJN SCOOTMOBIEL HIJ IS KAPOT!!!!! [[p:KALLOE]] [[t:0703659021]]""",
    r"""app: Goedemorgen, ik ben de buurvrouw van mw [[p:Wiśniewska]], [[p:Trees Koster]] van nummer 24. Ik heb de sleutel van haar huis als u wilt. Mijn telefoon [[t:06-2019 4488]]. Groet, [[p:Trees]]""",
]
# ---------------------------------------------------------------- quick notes, mails, agenda lines, registrations
TEXTS += [
    r"""snelle aanmelding (balie {{o:Servicepunt XL}} {{w:Moerwijk}})
naam: [[p:abdi warsame]]
geb: [[d:03071988]]
bsn: [[b:951170892]]
adres: [[a:zuiderparklaan 77 2hg]] [[pc:2574 hv]]
tel: [[t:0617 22 98 40]]
vraag: schulden, dreigende afsluiting energie, 3 kinderen. doorgezet naar {{r:casusregisseur}}""",
    r"""mail (kort, van telefoon): hoi [[p:naima]], kun jij ff kijken naar [[p:benali]]? zij staat op de lijst voor [[d:20/3]] maar ik zit dan bij {{o:Haga}}. iban voor de bijstand is [[i:NL74 BUNQ 0675 7305 12]]. thx! [[p:karin]]
Verzonden vanaf mijn iPhone""",
    r"""agenda [[p:Said]]:
[[d:ma 4/3]] 09:00 dhr [[p:Al Hassan]] + {{r:ervaringsdeskundige}} ([[p:Tarek]])
[[d:ma 4/3]] 13:00 teamoverleg
[[d:di 5/3]] 10:30 mw [[p:Benali]] post openen
[[d:wo 6/3]] vrij
[[d:do 7/3]] 14:00 {{o:VluchtelingenWerk}} met [[p:Noorzai]]""",
    r"""rapportage (snel getypt, nog nalopen): gesprek met mw. [[p:chen mei]] en haar man [[p:wong]] over mantelzorg voor schoonmoeder. schoonmoeder woont op [[a:wagenstraat 90-1]] boven het restaurant. {{r:mantelzorgconsulent}} van {{o:Xtra}} ([[p:Yvonne]]) neemt contact op. emailadres fam: [[e:wongfamily.dh@gmail.com]]""",
    r"""teams-chat:
[[p:Jeroen]]: heb jij het nummer van die {{r:budgetcoach}}?
[[p:Dewi]]: [[p:Gerda]]? [[t:06 2190 4477]]
[[p:Jeroen]]: thx. ze moet naar [[p:Constantin]] [[d:do de 11e]]
[[p:Dewi]]: let op hij spreekt weinig nl, [[p:Mihaela]] (vrouw) wel""",
    r"""notitie telefoontje {{o:Jeugdbescherming West}} [[d:26/11]]: {{r:jeugdbeschermer}} mw. [[p:Pauw]] ([[e:a.pauw@jbwest.nl]], [[t:088 - 121 3400]]) wil gezinsgesprek met [[p:Mehari]] en [[p:Senait]]. kinderen: [[p:Lidya]] ([[d:12-5-2012]]) en [[p:Natnael]] ([[d:1-9-2015]]). zaaknummer jb [[ds:JBW-2024-55102]]""",
    r"""vergeet niet: mw [[p:de jong]] ([[p:karin]]'s moeder?? nee andere [[p:de jong]]) op [[a:Zeeheldenkade 3]] in {{w:Zeeheldenkwartier}} heeft nieuwe iban [[i:NL67KNAB4881684040]], doorgeven aan {{o:Belastingdienst/Toeslagen}}""",
    r"""mailtje aan {{o:Sociaal Raadslieden}}:
hoi, kunnen jullie fam [[p:tavares]] helpen met huurtoeslag 2023? bsn moeder [[b:410 423 580]], vader [[b:809.887.058]]. adres [[a:de heemstraat 210-III]] [[pc:2531 XH]]. zij komen [[d:dinsdag 12 maart]] om 14u. vriendelijke groet, [[p:Kofi Asamoah]], {{r:maatschappelijk werker}} {{o:SWT}} {{w:Transvaal}}, [[t:06 18 45 22 07]]""",
    r"""doorgestuurde mail (van client): van: [[e:bakker.w1944@kpnmail.nl]]
aan: wijkteam
beste mensen ik ben [[p:wim bakker]] 80 jaar en mijn vrouw [[p:riet]] heeft alzheimer. ik kan het niet meer alleen. wij wonen [[a:Prins Mauritslaan 21]] [[pc:2582 LM]]. graag iemand langs. groeten [[p:w. bakker]]""",
    r"""kladje na huisbezoek (overtypen in dossier [[ds:#30921]]):
client [[p:H. Farah]] ♀ 34 jr, 4 kids, partner weg sinds zomer
inkomen: bijstand, {{r:klantmanager}} dhr. [[p:Pronk]]
schuld ~€6k
iban [[i:NL91RBRB0430413682]]
bsn [[b:274503335]]
wil: rust, hulp met post, zwemles kinderen""",
    r"""agenda-item: [[d:vr 22 nov]] kick-off pilot 'Samen werken in het sociale domein', zaal Atrium. Aanmelden bij [[p:Jeroen]] ([[e:j.koops@denhaag.nl]]). Thema's: jeugd, ouderen, huiselijk geweld, bemoeizorg. Lunch via [[p:Ingrid]]""",
    r"""notitie bij dossier [[ds:2024-1093]]: contact met zus van client, [[p:Ayşe Öztürk]], die in Duitsland woont ([[t:+49 176 2231 9840]], [[e:ayse.oeztuerk@web.de]]). Zij wil mantelzorg op afstand doen, vooral financiën. Client zelf ([[p:Mehmet]]) vindt dat prima.""",
    r"""fotootje van formulier, overgetypt:
NAAM [[p:MONTEIRO, Djenane]]
GEB [[d:19-06-1993]]
ADRES [[a:Jan Blankenstraat 7b]]
PC [[pc:2514 RH]]
TEL [[t:06 53 90 11 27]]
IBAN [[i:NL11 INGB 6253 5190 12]] (van partner?? navragen)""",
    r"""appje aan mezelf: [[p:chen]] nr veranderd > [[t:0645 902 117]], mail [[e:lchen@outlook.com]]. afspraak {{o:Werkgeversservicepunt}} [[d:18/4]]""",
    r"""mail [[p:Lieke]] (kort): Hoi allen, dhr [[p:Ahmadi]]'s ontruiming is uitgesteld naar [[d:9 juli]] 🙏 {{o:Haag Wonen}} accepteert regeling van €150 p/m via [[i:NL71INGB5723928390]] (rekening {{o:Haag Wonen}}? nee, dat is van de deurwaarder). Details in [[ds:SHV/2024/0412]]. Gr L""",
    r"""snelle notitie tijdens telefoongesprek: mw [[p:Ouali]] - [[a:Schalk Burgerstraat 166]] - zoon [[p:Yassine]] 19 - drugs? - {{o:Brijder}} - {{r:jongerenwerker}} [[p:Kees]] - bsn mw [[b:2720 75747]] - terugbellen woensdag""",
    r"""kort verslag (ingevoerd via telefoon): [[d:14-3]] hb bij [[p:Yıldız]], [[p:Emre]] gaat weer 2 dagen naar school 👍 {{r:leerplichtambtenaar}} dhr. [[p:Groen]] tevreden. moeder werkt bij {{o:PostNL}}, nachtdiensten. volgend gesprek [[d:11/4]]""",
    r"""bijlage-notitie: machtiging voor [[p:W.F. Kuipers-Blom]], geb. [[d:2 februari 1941]], bsn [[b:386171208]], voor zoon [[p:Erik Kuipers]] ([[e:erik.kuipers@ziggo.nl]]). iban voor zorgkosten: [[i:NL88ABNA4036626913]]. {{r:casemanager dementie}}: [[p:Lotte]]""",
]

# ---------------------------------------------------------------- longer pieces (long memos, threads, handovers)
TEXTS += [
    r"""spraakmemo lang ingesproken in de auto ja ok dus ik ben vanochtend eerst bij mevrouw [[p:ghebremedhin]] geweest [[p:tsega]] op de [[a:soestdijksekade vierhonderdtwaalf]] dat is in {{w:Bouwlust}} eh ze woont daar met drie kinderen en haar schoonmoeder de schoonmoeder is ziek heeft suiker en ze kan de trap niet meer op dus we moeten kijken naar een andere woning of een traplift eh ik heb gezegd dat ik de {{r:Wmo-adviseur}} vraag om mee te kijken dan eh de kinderen de middelste gaat niet naar school heeft geen plek gekregen op de school in de buurt omdat de aanmelding te laat was dus dat moet ik met {{o:leerplicht}} oppakken haar nummer is veranderd het is nu [[t:nul zes drie een vier vier zeven zeven acht negen]] en ze wil liever whatsapp dan bellen want ze verstaat het dan beter ze heeft ook een brief van de {{o:belastingdienst}} laten zien over kinderopvangtoeslag ik denk dat ze in de hersteloperatie zit maar dat weet ik niet zeker dus ik heb een foto gemaakt van het kenmerk dat is [[ds:KOT zeven acht acht twee nul een]] en eh ja ik ga dat morgen met [[p:lieke]] bespreken volgende afspraak is [[d:vrijdag de tweeëntwintigste]] om tien uur bij haar thuis einde memo""",
    r"""[[[d:08-01-25]] 08:02] [[p:Ingrid]] {{r:teamleider}}: Gelukkig nieuwjaar allemaal 🎆 even praktisch: de nieuwe {{r:MEE-consulent}} start [[d:maandag 13 januari]], ze heet [[p:Zeynep Arslan]], mail [[e:z.arslan@meeplus.nl]]. Graag welkom heten!
[[[d:08-01-25]] 08:05] [[p:Said]]: welkom alvast [[p:Zeynep]] 🙌
[[[d:08-01-25]] 08:11] [[p:Naima]]: 🎉 ik heb al 2 casussen voor haar 😇 [[p:Mahabier]] (LVB zoon) en de jongen van [[p:Ouali]]
[[[d:08-01-25]] 08:14] [[p:Ingrid]] {{r:teamleider}}: rustig aan [[p:Naima]] 😂 eerst inwerken. [[p:Zeynep]] loopt de eerste week mee met [[p:Rachid]] en [[p:Hanneke]]
[[[d:08-01-25]] 08:20] [[p:Rachid]]: prima, ik heb ma huisbezoek bij dhr [[p:Osei]] ([[a:Vaillantlaan 283-II]]) en di bij mw [[p:Mohamud]], kan ze mee
[[[d:08-01-25]] 08:21] [[p:Hanneke]] {{r:wijkverpleegkundige}}: en do mag ze mee naar mw [[p:Kuipers]] op de [[a:Ambachtsgaarde 61]], dan ziet ze ook de {{r:casemanager dementie}} aan het werk
[[[d:08-01-25]] 08:30] [[p:Zeynep Arslan]]: Dank jullie wel voor de warme ontvangst! Mijn nummer voor de groep: [[t:06 33 18 72 05]]. Tot maandag 😊
[[[d:08-01-25]] 08:31] [[p:Ingrid]] {{r:teamleider}}: [[p:Zeynep]] toegevoegd aan de groep""",
    r"""OVERDRACHT bij vertrek ([[p:Ümit]] → [[p:Ilse]]), laatste werkdag [[d:31-05-2024]]

1. Fam. [[p:Ramsaran]], [[a:Paul Krugerlaan 140 A]], [[pc:2571 JK]], tel. [[t:070-3889120]]
Dhr. [[p:Ramsaran]] ([[p:Dinesh]]) heeft beginnende dementie, echtgenote [[p:Kamla]] is mantelzorger en overbelast. Dagbesteding bij {{o:Florence}} 2x p/w loopt sinds april. Dochter [[p:Reshma]] ([[e:reshma.ramsaran@gmail.com]]) regelt de financiën. Aandachtspunt: [[p:Kamla]] wil zelf geen hulp, maar huilt vaak aan de telefoon. Respijtzorg voorgesteld, ze twijfelt.

2. Mw. [[p:Owusu]] ([[p:Blessing]]), [[a:Hengelolaan 1080]], klantnr. [[ds:C-20944]]
Toeslagen gecorrigeerd, terugvordering kwijtgescholden. Nog open: aanvraag kwijtschelding gemeentelijke belastingen. Iban voor teruggave: [[i:NL93 RABO 3089 5927 17]]. Dochter [[p:Precious]] (16) tolkt, let op dat zij niet te veel meekrijgt.

3. Dhr. [[p:Kowalczyk]] en mw. [[p:Agnieszka Kowalczyk]], blijven bij [[p:Sander]].

Veel succes [[p:Ilse]]! ❤️ [[p:Ü.]]""",
    r"""[[[d:21-02-25]] 22:48] [[p:Joyce]]: sorry voor de late app maar ik heb net een bericht gekregen van mw [[p:Delgado]] ([[p:Carla]]), ze is met de kinderen bij haar moeder op de [[a:Beijersstraat 19-hs]] omdat haar vriend weer dronken was
[[[d:21-02-25]] 22:50] [[p:Rutger]]: is ze nu veilig?
[[[d:21-02-25]] 22:51] [[p:Joyce]]: ja zegt ze. maar hij weet waar moeder woont
[[[d:21-02-25]] 22:53] [[p:Rutger]]: oké. laat haar bij twijfel 112 bellen. morgen melding {{o:Veilig Thuis}}. wie heeft de casus formeel?
[[[d:21-02-25]] 22:54] [[p:Joyce]]: ik, dossier [[ds:SWT-TV-0388]]
[[[d:21-02-25]] 22:55] [[p:Joyce]]: vriend heet [[p:Ricardo Fortes]], geb 1987 nee dat weet ik niet zeker
[[[d:22-02-25]] 08:10] [[p:Rutger]]: heb gebeld met VT, ze pakken het vandaag op. contactpersoon mw. [[p:Haverkamp]], 0800-2000 is het algemene nummer, zij belt terug op [[t:06-41273388]] (jouw werknummer toch?)
[[[d:22-02-25]] 08:12] [[p:Joyce]]: ja klopt dank je wel 🙏 ik ga om 11u langs bij oma, samen met [[p:Femke]]""",
    r"""IK BEN HET ZAT!!!! al 3 weken bel ik naar de gemeente en niemand belt terug. mijn naam is [[p:rosaria martina]] en ik woon [[a:calandplein 4 3hoog]] [[pc:2533 bt]] met mijn 2 kinderen en er is SCHIMMEL in de slaapkamer van mijn dochter [[p:djaimy]] ze heeft astma!! haag wonen zegt bel de gemeente de gemeente zegt bel haag wonen. ik heb foto's gestuurd naar [[e:rosaria_m@hotmail.com]] dat is mijn mail maar niemand antwoordt. mijn huurcontract nummer is [[ds:HW-0938812]] als jullie dat nodig hebben. ik wil dat iemand komt kijken morgen of overmorgen anders ga ik naar de krant. mijn telefoon [[t:06 24 18 73 90]] bel me na 3 uur want ik werk. 😤😤😤""",
    r"""dossiernotitie overgezet uit schrift, [[d:10-04-2024]]
client: [[p:Yaw Boateng]] ([[d:geb 28-02-1966]]), bsn [[b:973061388]]
adres: [[a:Rijswijkseweg 208-c]], [[pc:2516 HN]]
tel: [[t:0684 03 17 29]] / vrouw [[p:Akosua]] [[t:0621 77 40 83]]
huisarts: dr. [[p:Mertens]], {{o:Gezondheidscentrum}} {{w:Laak}}
schulden: ±€9.000, 7 schuldeisers, {{o:Schuldhulpverlening}} kenmerk [[ds:SHV/2024/0577]]
rekening: [[i:NL36INGB8167478912]]
afspraken: {{r:budgetcoach}} [[p:Gerda]] komt om de week op donderdag; dhr. levert post aan op het spreekuur. volgende evaluatie [[d:4 juni 2024]].""",
    r"""ok even een lange memo over familie [[p:sahin]] want ik heb het niet kunnen typen dus meneer [[p:sahin]] [[p:mustafa]] heeft een hernia en kan al een half jaar niet werken hij zit in de ziektewet via {{o:UWV}} maar die stopt binnenkort en hij is bang dat ze dan geen inkomen meer hebben zijn vrouw [[p:derya]] werkt twintig uur in de schoonmaak het huis is van {{o:Staedion}} op de [[a:mauritskade vijfennegentig]] eh twee hoog ze hebben een achterstand van drie maanden ik heb de {{r:woonconsultant}} gemaild en ik heb gevraagd of ze een betalingsregeling willen de {{r:huisarts}} wil hem doorverwijzen naar de pijnpoli in het {{o:HMC}} en eh de oudste zoon [[p:burak]] is achttien en wil stoppen met zijn opleiding om te gaan werken dat vind ik zonde ik wil hem in contact brengen met het {{o:jongerenloket}} het nummer van moeder is [[t:nul zes vijf zes een twee drie nul acht acht]] eh volgende stap is [[d:maandag vijf februari]] samen met {{o:Sociaal Raadslieden}} de ziektewet brief doorlopen""",
    r"""[[[d:12-03-25]] 13:05] [[p:Ewa]]: hulp gezocht: {{o:Stadsdeelkantoor}} wil een bewijs van adres voor [[p:Mihai Constantin]]. hij woont bij een kennis op [[a:Hoefkade 1012 b]]. de kennis ([[p:Sorin]]) wil niets tekenen 😩
[[[d:12-03-25]] 13:09] [[p:Dewi]]: briefadres via {{o:Kessler Stichting}}? dan kan hij ook z'n bijstand aanvragen
[[[d:12-03-25]] 13:10] [[p:Ewa]]: dat had ik niet bedacht. wie heb je daar?
[[[d:12-03-25]] 13:12] [[p:Dewi]]: [[p:Marloes Hendriks]], [[e:m.hendriks@kessler-stichting.nl]], ze is top
[[[d:12-03-25]] 13:15] [[p:Ewa]]: 👍 zijn bsn is [[b:386939901]] en hij heeft een roemeense rekening, geen NL iban. kan dat?
[[[d:12-03-25]] 13:20] [[p:Gert-Jan]]: voor bijstand heb je een NL rekening nodig. {{o:ING}} doet basisbankrekening als je via ons komt
[[[d:12-03-25]] 13:21] [[p:Ewa]]: top, afspraak bank [[d:di 18 mrt]]""",
    r"""overdracht weekend [[d:za 5 apr]] / [[d:zo 6 apr]] (piket [[p:Naima]])
- za 11:20 mw [[p:Hirsi]] gebeld: koelkast kapot, eten bedorven. Voedselpakket via noodvoorraad, opgehaald door haar buurman [[p:Abdirahman]] ([[t:06 19 82 33 70]]). Maandag bijzondere bijstand aanvragen, iban mw [[i:NL80 ABNA 8783 3133 27]].
- za 19:40 politie belde over dhr [[p:Vos]], [[a:Jan van Riebeekstraat 45-II]]. Hij stond op het balkon te schreeuwen. Crisisdienst {{o:Parnassia}} is langs geweest, geen opname. [[p:Marloes]] ({{r:SPV}}) is per mail ingelicht.
- zo rustig.
- Let op: dhr [[p:de Boer]] ([[a:Laakkade 91]], [[pc:2521 XK]]) heeft maandag om 9u een afspraak bij de {{r:huisarts}}, de buurvrouw [[p:Greet]] kan niet mee. Wie kan?
gr [[p:N.]]""",
    r"""to do lijst week [[d:17/3]]–[[d:21/3]] ([[p:Kofi]])
MA
- [[p:Jagessar]]: huisbezoek met {{o:PEP}}, [[a:de la reyweg 300 a]]
- mail [[e:sunita.jagessar@gmail.com]] met afspraak bevestiging
DI
- [[p:Tavares]]: {{o:Sociaal Raadslieden}} uitslag huurtoeslag
- iban mw [[p:Tavares]] wijzigen bij {{o:Toeslagen}} → [[i:NL93RABO9934103225]]
WO
- intervisie
- [[p:Appiah]] verhuizing: nieuw adres [[a:Erasmusweg 488]] [[pc:2532 CV]]
DO
- [[p:Yaw]] & [[p:Akosua Boateng]] met [[p:Gerda]]
VR
- rapportages!!! + declaraties""",
    r"""lange whatsapp van client (ongewijzigd): goedeavond mevrouw [[p:priya]] sorry dat ik zo laat stuur. ik wil u bedanken voor alles wat u voor mij en mijn kinderen hebt gedaan. toen ik bij u kwam op [[d:3 oktober]] vorig jaar had ik niks, geen huis geen geld en de kinderen waren bij mijn zus in {{w:Spoorwijk}}. nu hebben wij een huis op de [[a:Lorentzplein 7-III]] en [[p:aaliyah]] en [[p:zayn]] gaan naar school. ik heb ook werk gevonden bij {{o:Albert Heijn}}. mijn nieuwe nummer is [[t:+31 6 8190 4432]] en mijn mail is [[e:hanan.saidi1990@gmail.com]] als u nog iets nodig heeft voor het dossier. ik ben [[d:15 mei]] jarig dan geef ik een feestje u bent welkom 😊🙏❤️ groetjes [[p:hanan]]""",
    r"""notitie MDO ([[d:20 maart 2025]], {{o:wijkcentrum}} {{o:De Boog}})
aanwezig: [[p:Ingrid]] ({{r:teamleider}}), [[p:Femke]] ({{r:casusregisseur}}), [[p:Marloes]] ({{r:SPV}} {{o:Parnassia}}), [[p:Marco]] ({{r:wijkagent}}), mw. [[p:Sprenger]] ({{o:Haag Wonen}})
client: dhr. [[p:P. Vos]] ([[d:geb. 17-11-1962]]), [[a:Jan van Riebeekstraat 45-II]], [[pc:2572 GM]], dossier [[ds:SWT-DH-4471]]
- Woningcorporatie overweegt ontbinding huur wegens overlast (klachten buren fam. [[p:Koster]] en [[p:Zwart]]).
- {{o:Parnassia}} ziet geen grond voor zorgmachtiging, wel voor intensieve bemoeizorg.
- Afspraak: 6 weken plan, [[p:Marloes]] 2x p/w langs, [[p:Femke]] houdt contact met zus [[p:Annie Vos]] ([[t:06-12093847]]).
- Evaluatie [[d:1 mei]].""",
    r"""[[[d:02-06-25]] 10:02] [[p:Sander]]: kan iemand me helpen met een bsn check? ik denk dat ik een typfout heb. [[p:Agnieszka]] haar bsn zou [[b:9408 99 516]] moeten zijn maar {{o:DigiD}} doet moeilijk
[[[d:02-06-25]] 10:04] [[p:Jeroen]]: ga nou niet bsn's in de groep zetten 🙈 maar die klopt wel volgens de elfproef
[[[d:02-06-25]] 10:05] [[p:Sander]]: sorry sorry. verwijder ik zo
[[[d:02-06-25]] 10:06] [[p:Sander]]: probleem is dan vast de activatiecode, die gaat naar [[a:Wouwermanstraat 12 hs]] en daar woont ze niet meer
[[[d:02-06-25]] 10:09] [[p:Ewa]]: ze woont nu op [[a:Vlierboomstraat 211]], [[pc:2564 JB]] toch? adreswijziging al doorgegeven?
[[[d:02-06-25]] 10:12] [[p:Sander]]: nee 🤦 dat doe ik vandaag nog, samen met haar. thx [[p:Ewa]]""",
    r"""sticky notes van het bureau van [[p:Hamid]], verzameld voor de overdracht:
- "[[p:ahmadi]] > deurwaarder [[p:Van Ommen]] [[t:070 3455 120]], ref [[ds:DW 24/11987]]"
- "[[p:wahid]] (zoon) wil alles via whatsapp"
- "mw [[p:sultani]] geb [[d:1-1-1970]]?? (alle afghanen 1 jan zegt ze lachend, klopt dus niet)"
- "{{o:VluchtelingenWerk}} [[p:Farhad]] [[t:06 4012 8876]]"
- "NIET VERGETEN [[p:Noorzai]] IND brief [[d:vr de 28e]]"
- "bsn [[p:Hakimi]] [[b:177 789 621]]"
- "iban deurwaarder [[i:NL62SNSB5421846828]]" """,
    r"""kladje na huisbezoek bij [[p:Lin Xiaoming]] en [[p:Lin Hua]] ([[a:Wagenstraat 21]] boven de toko, [[pc:2512 AW]]), samen met tolk [[p:Xu Wei]]:
- dhr 78, mw 74, wonen 40 jaar in {{w:Chinatown}}/{{w:Stationsbuurt}}
- dochter [[p:Lin Mei]] woont in Rotterdam, belt elke dag, [[t:06 5533 9071]]
- mw vergeetachtig, valt vaak. {{r:huisarts}} nog niet ingelicht
- dhr. wil geen hulp van 'vreemden'. wel van de kerk (pastor [[p:Wong]])
- AOW op rekening [[i:NL37 ASNB 6124 7586 85]], bsn dhr [[b:233981585]]
- vervolg: {{r:casemanager dementie}} + {{r:ouderenconsulent}}, en [[p:Mei]] vragen mee te komen op [[d:zaterdag 26 april]]""",
    r"""voice memo transcript (automatisch, niet gecorrigeerd) ja hallo met [[p:hanneke]] van de wijkverpleging ik sta nu bij mevrouw [[p:roos]] die is gevallen in de badkamer niks gebroken denk ik maar ze kan moeilijk opstaan ik heb de {{r:huisarts}} gebeld die komt rond twaalf uur ehm de sleutel zat niet in de kluis maar bij de buurman meneer [[p:de wit]] op nummer achtentwintig a hij heeft de sleutel terug gehangen haar zoon [[p:peter]] moet gebeld worden zijn nummer is [[t:nul zes twee vier negen nul nul een drie zes]] en ze zegt dat hij pas morgen de [[d:zevende]] terug is van vakantie ik wil graag dat [[p:lotte]] van de casemanagement ook even belt want ik denk dat het thuis wonen niet lang meer gaat""",
]

# ---------------------------------------------------------------- more long pieces, context-heavy
TEXTS += [
    r"""memo na de wijkronde met de {{r:wijkagent}} en de {{r:jongerenwerker}} door {{w:Transvaal}} en de {{w:Schilderswijk}} eh algemene indruk veel jongeren op straat rond de {{o:Haagse Markt}} na sluitingstijd veel overlast gemeld op de Paul Krugerlaan en de Hoefkade maar geen namen eh we zijn langs geweest bij twee adressen eerst [[a:paul krugerlaan honderdveertig a]] daar was niemand thuis daarna [[a:hoefkade driehonderdvierenveertig]] daar woont een meneer die al drie jaar bij ons bekend is hij had de deur open maar wilde niet praten ik ga dat met de {{r:casusregisseur}} bespreken verder viel op dat er in de portiek van de Jan Blankenstraat een matras ligt waar iemand slaapt ik heb {{o:Straatpastoraat}} en de {{o:Kessler Stichting}} gemaild over een dakloze man rond de vijftig jaar met een rode jas de {{r:jongerenwerker}} zegt dat ze hem ome [[p:harrie]] noemen maar dat is waarschijnlijk een bijnaam afspraak volgende wijkronde [[d:dinsdag negen april]] dan ook met iemand van {{o:Haag Wonen}} erbij""",
    r"""[[[d:14-04-25]] 09:00] [[p:Tamara]]: Goedemorgen! Update project ouderen en eenzaamheid: we hebben nu 23 deelnemers bij de koffieochtend in {{o:wijkcentrum}} {{o:De Nieuwe Regentes}}. Dank aan de vrijwilligers van {{o:Vóór Welzijn}} 👏
[[[d:14-04-25]] 09:04] [[p:Esra]]: super! mw [[p:Visser]] komt nu ook elke week, ze zei dat het de eerste keer in maanden was dat ze gelachen had ❤️
[[[d:14-04-25]] 09:06] [[p:Tamara]]: mooi. vervoer blijft een probleem: 4 mensen kunnen niet zelf komen. {{o:Automaatje}} rijdt alleen op dinsdag en donderdag
[[[d:14-04-25]] 09:10] [[p:Arjen]]: via de {{o:Wmo}} kan het ook, maar dan moet er een indicatie zijn en dat duurt 8 weken
[[[d:14-04-25]] 09:12] [[p:Esra]]: voor mw [[p:Visser]] op de [[a:Regentesselaan 48]] rijdt haar schoonzoon, dus die lukt
[[[d:14-04-25]] 09:15] [[p:Tamara]]: ok, de andere drie zet ik op de lijst voor {{o:Automaatje}}. Volgende koffieochtend is [[d:dinsdag 22 april]], daarna meivakantie. Evaluatie met {{o:Vóór Welzijn}} op [[d:13 mei]], ik stuur een verslag rond via [[e:t.brouwer@swtsegbroek.nl]]
[[[d:14-04-25]] 09:16] [[p:Arjen]]: 👍""",
    r"""Overdracht bij ziekte [[p:Femke]] (verwacht 2-3 weken), casussen verdeeld in teamoverleg [[d:ma 3 feb]]

A. [[p:Vos]] → [[p:Jeroen]]. Bemoeizorg loopt via {{o:Parnassia}}. Huurovereenkomst nog niet ontbonden, zitting kantonrechter [[d:27-02-2025]]. Advocaat via het {{o:Juridisch Loket}}. Contact zus via [[t:06-12093847]].
B. Fam. [[p:Delgado]] → [[p:Joyce]] blijft. {{o:Veilig Thuis}} heeft onderzoek afgerond, gezin krijgt ambulante hulp van {{o:Youz}}. Nieuw adres moeder en kinderen: [[a:Laakweg 12-B]], [[pc:2521 BP]]. NIET delen met ex-partner of zijn familie!!
C. Mw. [[p:Hirsi]] → [[p:Samira]]. Bijzondere bijstand koelkast toegekend (€450), uitbetaling op [[i:NL80ABNA8783313327]]. Nog lopend: aanvraag {{o:Voedselbank}} verlenging tot september.
D. Dhr. [[p:Boukhari]] → [[p:Rachid]]. Alleen huisbezoek bij mooi weer, hij komt niet naar het spreekuur. [[a:Delftselaan 33 boven]], bel eerst [[t:070 - 3651 870]].

Vragen: [[p:Ingrid]].""",
    r"""notitie telefoongesprek met {{r:bewindvoerder}} ([[d:7 jan]])
bewindvoerder: mr. [[p:J.P. Verhagen]], kantoor {{o:Haagse Budgetzorg}}, [[t:070 - 205 44 10]], [[e:jp.verhagen@haagsebudgetzorg.nl]]
clienten bij ons: [[p:Kalloe]], [[p:Oudshoorn]], [[p:Farah]]
- [[p:Kalloe]]: leefgeld gaat van €60 naar €75 per week per [[d:1 februari]]. eigen bijdrage {{o:CAK}} is geregeld.
- [[p:Oudshoorn]]: dochter wil bewind overnemen, [[p:verhagen]] vindt dat prima, verzoek naar de rechtbank. bsn mw [[b:475317877]]
- [[p:Farah]]: 2 nieuwe schulden gevonden (zorgverzekering, telefoon), totaal nu ±€7.200. moratorium aangevraagd. rekening leefgeld mw: [[i:NL73 TRIO 8741 1465 46]]
volgende overleg: eind maart""",
    r"""hee [[p:mo]] 👋 ik ben het weer [[p:zhang]] van restaurant. sorry ik schrijf slecht nederlands. mijn zoon [[p:jiahao]] gaat nu weer naar school, dank je wel voor je hulp en ook de man van jongerenwerk. maar nu een ander probleem. de gemeente stuurt brief dat ik moet betalen €1.800 voor bedrijfsafval van 2023 maar ik heb al betaald aan een bedrijf, ik heb de bon. ik weet niet wie ik moet bellen. mijn vrouw [[p:xiaolan]] is heel boos op mij 😓 kun je helpen of iemand anders? ik ben elke dag in restaurant behalve maandag. adres weet je [[a:wagenstraat 90]] maar ook thuis [[a:oranjeplein 7 2hoog]]. mijn nieuwe email [[e:zhang.hotpot.denhaag@gmail.com]] want oude is gehackt. bedankt bedankt 🙏🙏""",
    r"""Verslag spreekuur {{o:Servicepunt XL}} {{w:Laak}}, [[d:donderdag 16 januari]]
bemensing: [[p:Priya]] ({{r:maatschappelijk werker}}), [[p:Kim]] ({{r:Wmo-adviseur}}), vrijwilliger [[p:Henk]]
14 bezoekers, waarvan 6 nieuw. Opvallend veel vragen over de jaarafrekening energie.
- vrouw 62, {{w:Spoorwijk}}, energie €1.240 bijbetalen, doorgestuurd naar {{o:Energiefixers}}
- dhr. [[p:Iwan Pinas]] ([[a:Gouverneurlaan 312]], [[pc:2524 VP]], [[t:06 44 09 18 23]]), wil hulp bij aanvraag {{o:Wmo}} woningaanpassing. Afspraak [[p:Kim]] [[d:23-1]].
- jong stel uit Syrië, [[p:Rama]] en [[p:Yousef Alhamoud]], zoeken taalcursus en werk. verwezen naar {{o:Werkplein}} en het {{o:Taalhuis}}. Zij spreken goed Engels.
- mw. [[p:Georgieva]] met dochter: toeslagen stopgezet, bsn [[b:259 552 562]]. Doorgezet naar [[p:Priya]] voor vervolg.
Verder: de printer is kapot (wéér).""",
    r"""spraakbericht van de {{r:ouderenconsulent}} [[p:ria]] aan het team ja hoi hier [[p:ria]] even een update over mevrouw [[p:bhagwandin]] van de [[a:loosduinseweg zevenhonderdtwaalf]] ik ben er gisteren geweest samen met haar kleinzoon [[p:rohan]] ze is vierennegentig jaar en woont nog helemaal alleen de {{r:wijkverpleegkundige}} komt twee keer per dag en ze krijgt maaltijden van {{o:Tafeltje Dekje}} maar ze is heel eenzaam ze vertelt dat haar man in negentienzesennegentig is overleden en sinds corona komt er bijna niemand meer ik wil haar aanmelden voor de dagbesteding in {{o:wijkcentrum}} {{w:Bouwlust}} maar ze wil alleen als er ook hindostaanse mensen komen dat ga ik uitzoeken de kleinzoon vroeg of wij ook iets met haar administratie kunnen doen want zijn vader doet het nu maar die woont in suriname het mailadres van [[p:rohan]] is [[e:rohan punt bhagwandin at hotmail punt com]] en hij is het best bereikbaar na zes uur s avonds dank jullie wel""",
    r"""[[[d:30-04-25]] 16:30] [[p:Lieke]]: vraagje voor de {{r:schuldhulpverlener}}s onder ons 😅 dhr [[p:Georgiev]] heeft een betalingsregeling met {{o:Eneco}} en met {{o:Zilveren Kruis}}, maar zijn loon gaat naar een rekening van zijn werkgever?? [[i:NL70BUNQ2655977436]] staat op zijn loonstrook als 'uitbetaalrekening'
[[[d:30-04-25]] 16:33] [[p:Gert-Jan]]: klinkt als een uitzendbureau dat loon inhoudt voor huisvesting. welk bureau?
[[[d:30-04-25]] 16:35] [[p:Lieke]]: staat niet op de strook. hij woont in een pand met 8 andere bulgaren op de [[a:Dierenselaan 181]]
[[[d:30-04-25]] 16:37] [[p:Gert-Jan]]: dan zou ik de {{o:Arbeidsinspectie}} tippen en {{o:FairWork}}. hij heeft recht op zijn volledige loon op zijn eigen rekening
[[[d:30-04-25]] 16:40] [[p:Lieke]]: ok. ik zoek eerst met hem uit of hij een eigen rekening heeft. zijn broer [[p:Georgi]] vertaalt, die heeft een nl nummer nu: [[t:06 29 31 04 56]]
[[[d:30-04-25]] 16:41] [[p:Gert-Jan]]: succes 💪""",
    r"""eigen aantekeningen (niet voor dossier) week 19
ma: druk. [[p:Hakimi]] ziekenhuis ging goed. [[p:Noorzai]] IND brief = alleen een ontvangstbevestiging, pff.
di: intervisie over grenzen (privénummer aan clienten geven, ja of nee). Iedereen had een ander antwoord.
wo: scholing 'meldcode huiselijk geweld' met {{o:Veilig Thuis}}, 4 uur. Nuttig: vijf stappen, kindcheck.
do: mw [[p:Sultani]] wil een nieuwe huisarts, de oude is met pensioen. Praktijk aan de [[a:Erasmusweg 1040]] neemt nog mensen aan, tel [[t:070 - 329 14 60]] ?? nakijken.
vr: teamuitje? [[p:Tamara]] regelt iets. en mijn verjaardag vergeten te melden, ik trakteer [[d:maandag de 12e]] 🍰""",
    r"""Aanmeldformulier (ingevuld door {{r:huisarts}}, overgenomen):
Naam cliënt: [[p:Kwabena Mensah-Doe]]
Geboortedatum: [[d:11.09.1979]]
BSN: [[b:533534458]]
Adres: [[a:Jonckbloetplein 15 1e etage]], [[pc:2523 AR]] Den Haag
Telefoon: [[t:06-19 72 35 04]]
E-mail: [[e:kmensahdoe@yahoo.com]]
Reden aanmelding: sinds ontslag in november geen inkomen, somber, slaapt slecht, schulden lopen op. Wil geen {{o:GGZ}}, wel hulp bij geld en werk.
Betrokken: {{r:POH-GGZ}} mw. [[p:Ravensbergen]].
Verwijzer: dr. [[p:S. Bouzid]], {{o:Huisartsenpraktijk}} {{w:Laakkwartier}}
Datum: [[d:3-12-2024]]""",
    r"""verslag in steekwoorden, gesprek met [[p:Dumitru]] & dochter [[p:Elena]] ([[d:do 6 maart]], bij hen thuis, [[a:Hobbemastraat 99 1e]])
- rolstoel nog niet geleverd, {{o:Welzorg}} zegt "in bestelling", aanvraagnr [[ds:WMO-2024-1241]]
- dhr 58, CVA in 2023, rechterzijde verlamd
- vrouw werkt fulltime in de kassen in het Westland, [[p:Elena]] (19) stopt steeds vaker met school om voor vader te zorgen ⚠️ jonge mantelzorger
- {{r:mantelzorgconsulent}} inschakelen, evt. respijt
- inkomen: WIA aanvraag loopt via {{o:UWV}}, bsn dhr [[b:993284401]]
- iban voor mantelzorgwaardering: [[i:NL09KNAB2889593077]] (van [[p:Elena]])
- volgende afspraak: [[d:20/3]] 15:30""",
    r"""wat ik heb opgeschreven tijdens het teamoverleg (snel, sorry voor typos)
- nieuw: aanmeldingen via {{o:CJG}} gaan vanaf nu via [[p:Lisanne]] ipv via de mailbox
- [[p:Bram]] vraagt of iemand de casus van fam [[p:Hoogendijk]] wil inbrengen bij de pilot, thema ouderen
- discussie over bemoeizorg: {{o:GGD}} wil alleen meedoen als er een melding via {{o:Meldpunt Zorg en Overlast}} is. [[p:Naima]] vindt dat te traag, 3-4 weken
- [[p:Said]] en [[p:Hatice]] gaan naar expertmeeting in april
- huisbezoeken in duo's bij [[a:Vlierboomstraat 455]] en [[a:Schalk Burgerstraat 166]] (ivm agressie)
- [[p:Kofi]] is jarig [[d:29/4]] 🎂
- volgende overleg [[d:di 6 mei]], notulen [[p:Dewi]]""",
    r"""sms reeks van client (doorgestuurd door [[p:Joost]]):
08:14 goedemorgen meneer [[p:joost]] dit is [[p:henk hoekstra]] van de [[a:van der vennestraat 9]]
08:15 de verwarming is kapot al 5 dagen
08:15 ik ben 82 en heb het koud
08:40 ??
09:02 HALLO
09:30 ik heb vestia gebeld die zeggen storing nummer maar ik kom er niet door
09:31 mijn dochter [[p:marian]] woont in groningen die kan niks doen
10:05 ok nu heb ik een monteur afspraak morgen [[d:9/1]] tussen 8 en 13
10:06 sorry voor het storen en de hoofdletters
10:06 gr [[p:h. hoekstra]] [[t:070 3 45 67 89]]""",
    r"""[[[d:19-05-25]] 11:11] [[p:Karin de Jong]]: is er iemand die Somalisch spreekt of een tolk kent? mw [[p:Abdi]] ([[p:Faduma]]) komt om 13u naar het spreekuur, net uit de vrouwenopvang
[[[d:19-05-25]] 11:13] [[p:Samira]]: {{o:Tolkencentrum}} telefonisch, klantnummer team is [[ds:TC-55120]]
[[[d:19-05-25]] 11:13] [[p:Samira]]: of [[p:Hodan]], maar die is zelf client, dus liever niet
[[[d:19-05-25]] 11:15] [[p:Karin de Jong]]: haha nee inderdaad. telefonisch dan
[[[d:19-05-25]] 13:58] [[p:Karin de Jong]]: gesprek gehad. ze heeft een woning gekregen via urgentie, [[a:Escamplaan 566]], [[pc:2547 GJ]], sleutel [[d:1 juni]]. geen meubels, geen geld. bsn [[b:219571296]], aanvraag inrichtingskosten gaat vandaag de deur uit
[[[d:19-05-25]] 14:00] [[p:Ingrid]] {{r:teamleider}}: 👍 en kringloop {{o:Het Goed}} kan misschien helpen met meubels, [[p:Bram]] kent daar iemand
[[[d:19-05-25]] 14:02] [[p:Bram]]: klopt, [[p:Wilco]], ik app hem""",
]

# ---------------------------------------------------------------- long, context-heavy, fewer names
TEXTS += [
    r"""memo voor het teamoverleg over het thema huiselijk geweld ja ik heb de cijfers van dit jaar even bij elkaar gezocht we hadden negentien meldingen via {{o:Veilig Thuis}} waarvan elf in {{w:Moerwijk}} en de rest verspreid over {{w:Morgenstond}} en {{w:Zuiderpark}} opvallend is dat het in bijna de helft van de gevallen om gezinnen gaat met schulden en dat er vaak al jaren hulpverlening is geweest zonder dat iemand het zag eh wat ik wil voorstellen is dat we de {{r:aandachtsfunctionaris huiselijk geweld}} vaker bij het teamoverleg vragen en dat we samen met het {{o:CJG}} een vaste route afspreken voor de kindcheck eh het voorbeeld van het gezin op de [[a:loevesteinlaan tweehonderdtwaalf]] laat zien hoe lang het duurt daar is de eerste melding van [[d:twaalf januari]] en pas op [[d:vier maart]] was er een gesprek met moeder dat is te lang ik zet het op de agenda voor [[d:dinsdag achttien maart]]""",
    r"""Overdracht locatie {{o:Servicepunt XL}} {{w:Escamp}} (sluiting bij verbouwing, [[d:1 t/m 12 juli]])
- inloop verplaatst naar {{o:wijkcentrum}} {{o:Het Kompas}}, [[a:Leyweg 1092]], [[pc:2545 GM]]
- post voor clienten met briefadres bij ons: ophalen bij de balie van het {{o:Stadsdeelkantoor}} {{w:Escamp}}, na legitimatie
- telefonisch spreekuur blijft: [[t:070 - 353 77 20]] (ma-vr 9-12u)
- lopende afspraken met {{o:Sociaal Raadslieden}} en {{o:Schuldhulpverlening}} gaan door op de nieuwe locatie
- sleutels kluisjes: [[p:Wendy]] heeft ze, kluisje 12 (dossier [[ds:2024-0813]]) niet legen zonder overleg
- vrijwilligers taalcafé pauzeren 2 weken
Vragen aan [[p:Ingrid]] of [[p:Wendy]], [[e:servicepunt.escamp@denhaag.nl]]""",
    r"""lange whatsapp van buurtbewoner (doorgestuurd door {{r:wijkagent}}): beste mensen van het wijkteam ik maak me zorgen over de meneer op [[a:stuwstraat 32 hs]]. ik woon er al 26 jaar tegenover en hij was altijd netjes maar sinds de winter zie ik hem in zijn pyjama buiten lopen soms om 3 uur 's nachts. de vuilniszakken staan al weken in de gang en het stinkt. zijn vrouw is vorig jaar overleden. volgens mij heeft hij geen familie meer hier, een zoon in Canada misschien. ik wil niet roddelen hoor maar ik denk dat hij niet meer voor zichzelf kan zorgen. ik heb mijn nummer hieronder gezet als u meer wilt weten, ik ben de hele dag thuis. [[t:06 20 87 43 11]] groet [[p:Corrie van Leeuwen]]""",
    r"""verslag bewonersavond {{w:Spoorwijk}} ([[d:woensdag 5 maart 2025]], buurthuis {{o:De Kraal}})
ca. 40 bewoners aanwezig, plus {{o:Haag Wonen}}, {{o:politie}}, {{o:Stichting Mooi}} en ons team ([[p:Said]], [[p:Anouk]]).
Onderwerpen: zwerfafval, parkeren, jongeren bij het speelveld, eenzaamheid onder ouderen, de sluiting van de bibliotheekvestiging.
Bewoners willen zelf een ouderencafé starten, 1x per maand, initiatiefnemer woont op de [[a:Rijswijkseweg 117-I]]. {{o:Stichting Mooi}} helpt met subsidie bewonersinitiatief (max €2.500).
Klachten over overlast van een woning op de Hooftskade zijn doorgezet naar de {{r:wijkagent}}; geen namen genoemd op de avond, goed zo.
Volgende bewonersavond: [[d:3 september]].
Contact initiatief via [[e:ouderencafe.spoorwijk@gmail.com]]""",
    r"""memo na telefonisch consult met de {{r:specialist ouderengeneeskunde}} over meneer [[p:de boer]] ja dus de conclusie is dat hij waarschijnlijk vasculaire dementie heeft en niet meer veilig alleen kan wonen de specialist adviseert een indicatie via het {{o:CIZ}} voor de wet langdurige zorg dat traject duurt zes tot acht weken in de tussentijd verhogen we de thuiszorg naar drie keer per dag en komt de {{o:dagbesteding}} van {{o:Respect Zorggroep}} hem twee dagen ophalen het adres klopt nog steeds [[a:laakkade eenennegentig]] maar hij heeft de sleutel twee keer kwijtgeraakt dus we laten een sleutelkluis plaatsen en de code gaat naar de {{r:wijkverpleegkundige}} en de buurvrouw de aanvraag bij het {{o:CIZ}} doe ik [[d:maandag drie november]] met zijn neef die komt daarvoor uit Zeeland""",
    r"""Agenda week 47 ({{o:SWT}} {{w:Mariahoeve}})
ma [[d:17 nov]] 09:00 teamoverleg, 11:00 casemanagers dementie overleg
di [[d:18 nov]] spreekuur {{o:Servicepunt XL}} {{w:Mariahoeve}} 13-16u ([[p:Bram]], [[p:Fleur]])
wo [[d:19 nov]] 10:00 huisbezoek [[a:Ambachtsgaarde 61]] (mw [[p:Kuipers]]), 14:00 MDO met {{o:WZH}}
do [[d:20 nov]] hele dag scholing 'schulden en stress' door {{o:Nibud}}
vr [[d:21 nov]] voorbereiding kick-off, 16:00 borrel 🍻
za [[d:22/11]] kick-off pilot (zie mail)
let op: parkeren bij het winkelcentrum is betaald sinds oktober!""",
    r"""notitie telefoongesprek met de {{r:woonconsultant}} van {{o:Staedion}} ([[p:Daphne]], [[t:088 - 771 34 56]])
- woning [[a:Mauritskade 95 II]] (fam [[p:Şahin]]): achterstand nu 4 maanden, €3.380. {{o:Staedion}} gaat akkoord met regeling €120/mnd bovenop de huur als de eerste betaling voor [[d:15 februari]] binnen is. Betalen op [[i:NL76 RBRB 9480 6571 24]] o.v.v. huurcontract [[ds:ST-77120-04]]
- daarnaast melding over vocht in de badkamer, monteur komt [[d:do 13/2]]
- {{r:woonconsultant}} vraagt of wij willen zorgen dat er iemand thuis is, meneer ligt vaak op bed ivm hernia
- zij wil graag een kopie van de ziektewet-beslissing van {{o:UWV}}, alleen met toestemming van de clienten""",
    r"""[[[d:03-07-25]] 15:20] [[p:Dewi]]: ter info: het adres van de nieuwe woning van [[p:Mihai Constantin]] is [[a:Meppelweg 1211]], [[pc:2544 CS]]. Hij is zo blij 😭 na 7 maanden briefadres
[[[d:03-07-25]] 15:21] [[p:Ewa]]: wat goed!! 🎉
[[[d:03-07-25]] 15:23] [[p:Dewi]]: inrichtingskosten aangevraagd, uitbetaling op [[i:NL79INGB6704119939]]. meubels via {{o:Het Goed}}
[[[d:03-07-25]] 15:25] [[p:Gert-Jan]]: en zijn inschrijving {{o:BRP}}? anders stopt de bijstand weer
[[[d:03-07-25]] 15:28] [[p:Dewi]]: afspraak {{o:Stadsdeelkantoor}} [[d:maandag 7 juli]] 9:20. ik ga mee. daarna sluiten we het briefadres bij {{o:Kessler Stichting}} af
[[[d:03-07-25]] 15:30] [[p:Ewa]]: mooi werk collega 💪 ik zet het op het bord als succesverhaal (zonder naam natuurlijk 😉)""",
]

# ---------------------------------------------------------------- last long pieces
TEXTS += [
    r"""memo na huisbezoek nieuwe aanmelding via de {{r:huisarts}} ja dus mevrouw [[p:nowak]] [[p:halina]] eenenzestig jaar woont sinds twee jaar op de [[a:kamperfoeliestraat achtendertig]] in {{w:Bouwlust}} eh ze is hier gekomen om bij haar zoon te zijn maar de zoon is terug naar polen en nu zit ze hier alleen ze spreekt een beetje duits en bijna geen nederlands ze werkte in een uitzendbureau in de kassen maar is daar vorig jaar uitgevallen met haar rug geen inkomen sinds september ze leeft van spaargeld en dat is bijna op ze heeft wel een bsn en een zorgverzekering via het uitzendbureau maar die is volgens mij gestopt dus dat moet ik checken ik heb haar gekoppeld aan [[p:ewa]] voor de taal en we gaan [[d:dinsdag de vijfentwintigste]] samen naar het {{o:Werkplein}} voor een aanvraag bijstand ze heeft geen telefoon alleen whatsapp via wifi van de buren het nummer daarvan is [[t:plus achtenveertig zes nul nul een twee drie vier vijf zes]] dat werkt alleen als ze thuis is eh ik zet het allemaal in het dossier""",
    r"""hoi team, kort verslag van de expertmeeting pilot in het Atrium ([[d:do 10 april]])
- ongeveer 60 mensen, ook van andere gemeenten (Delft, Zoetermeer)
- workshop bemoeizorg door {{o:GGD Haaglanden}} en {{o:Parnassia}}: de vijf stappen van het {{o:Meldpunt Zorg en Overlast}}, wachttijd nu 3 weken
- mooi voorbeeld uit {{w:Duindorp}}: {{r:buurtcoach}} en {{r:wijkagent}} lopen samen een vaste ronde
- ons eigen voorbeeld (de meneer met de overlast, thema bemoeizorg) is goed ontvangen, zonder namen en adres. [[p:Femke]] heeft het gepresenteerd 👏
- volgende stap: afsluitende bijeenkomst in juni, datum volgt
- contact voor het verslag: [[p:Lisa Dijkstra]] van {{o:CAOP}}, [[e:l.dijkstra@caop.nl]]
- presentatie staat op de teamschijf
groet, [[p:Hatice]]""",
    r"""[[[d:16-06-25]] 08:50] [[p:Samira]]: morgen verhuizing mw [[p:Abdi]] 📦 wie helpt? we hebben een busje van {{o:Het Goed}} van 9 tot 12
[[[d:16-06-25]] 08:52] [[p:Bram]]: ik! ik neem mn zoon mee, die is sterk 💪
[[[d:16-06-25]] 08:55] [[p:Karin de Jong]]: ik kan tot 11
[[[d:16-06-25]] 08:57] [[p:Samira]]: top. ophalen bij de opslag van {{o:Leger des Heils}}, [[a:Tesselsestraat 8]], dan naar [[a:Escamplaan 566]]. sleutel heb ik
[[[d:16-06-25]] 09:05] [[p:Ingrid]] {{r:teamleider}}: let op verzekering: vrijwilligers mogen meehelpen, collega's alleen als het in werktijd is en geregistreerd. [[p:Samira]] graag even in het systeem zetten als activiteit
[[[d:16-06-25]] 09:06] [[p:Samira]]: doe ik. ze heeft de telefoon van haar nicht, bereikbaar op [[t:06 38 52 71 09]] als we iets niet kunnen vinden
[[[d:16-06-25]] 09:10] [[p:Bram]]: en koffie?? ☕
[[[d:16-06-25]] 09:11] [[p:Samira]]: haha ik neem koffie mee""",
    r"""Overdracht wijkverpleging → {{o:SWT}} (per mail, [[d:28-08-2025]])
Beste collega's, bij de cliënt op de [[a:Kijkduinsestraat 5]] ([[pc:2554 AA]]) maken wij ons zorgen over de thuissituatie. Mevrouw (79) is mantelzorger voor haar man (84, Parkinson). Zij heeft zelf hartklachten en zegt dat ze 's nachts nauwelijks slaapt omdat hij onrustig is. De kinderen wonen in het buitenland. Wij komen 2x per dag voor ADL bij meneer. Mevrouw wil eigenlijk respijtzorg maar schaamt zich. Kunnen jullie een {{r:mantelzorgconsulent}} of {{r:ouderenconsulent}} inzetten? De echtgenote is telefonisch het best bereikbaar ’s ochtends op [[t:070 - 323 90 14]]. Toestemming om dit te delen is gegeven.
Met vriendelijke groet, [[p:Anita Soekhai]], {{r:wijkverpleegkundige}} {{o:Florence}}, [[t:06 - 1577 2239]]""",
    r"""hallo met [[p:patience]] van de kerk op de [[a:Escamplaan 1034]], ik schrijf namens een zuster uit de gemeente, ze heet [[p:abena]], ze is zwanger van 7 maanden en heeft geen verblijfspapieren. ze slaapt nu bij mij maar mijn huis is klein en mijn huisbaas wil het niet. ze is bang om naar een dokter te gaan omdat ze denkt dat ze dan uitgezet wordt. ik heb gehoord dat {{o:Dokters van de Wereld}} kan helpen maar ik weet niet waar. kunnen jullie helpen met een verloskundige? ze wil haar naam niet geven aan de gemeente. mijn nummer [[t:06 87 30 44 19]], bel na 5 uur. god bless 🙏🏿""",
    r"""lijst openstaande acties na audit dossiers (intern, niet verspreiden)
1. [[ds:SWT-DH-4471]]: toestemmingsverklaring ontbreekt, [[p:Femke]] regelt
2. [[ds:C-20931]]: bsn staat in vrij tekstveld, verwijderen ([[p:Dewi]])
3. [[ds:#30921]]: oude iban staat nog in rapportage, vervangen door verwijzing naar financieel blad
4. [[ds:2023-04711]]: geprint dossier gevonden bij printer, melding datalek? overleg met {{r:privacy officer}}
5. [[ds:JBW-2024-55102]]: mailwisseling met {{o:Jeugdbescherming West}} bevat namen kinderen in onderwerpregel, voortaan initialen
6. algemeen: whatsapp-groep niet gebruiken voor bsn, iban of medische info (zie afspraak van [[d:2 juni]])
deadline alle acties: eind van de maand, [[d:30 juni]]""",
]

# ---------------------------------------------------------------- build, verify, write
TOKEN = re.compile(r"\[\[(\w+):(.*?)\]\]|\{\{(\w+):(.*?)\}\}", re.S)

SPOKEN = {
    "nul": "0",
    "een": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
}


def parse(marked):
    out, pii, keep, pos = [], [], [], 0
    cur = 0
    marked = marked.rstrip()
    for m in TOKEN.finditer(marked):
        out.append(marked[pos : m.start()])
        cur += m.start() - pos
        if m.group(1) is not None:
            lab, txt, target, table = m.group(1), m.group(2), pii, PII
        else:
            lab, txt, target, table = m.group(3), m.group(4), keep, KEEP
        if lab not in table:
            raise ValueError("unknown label %r in %r" % (lab, marked[:60]))
        if "[[" in txt or "{{" in txt or txt != txt.strip() or not txt:
            raise ValueError("bad span %r" % txt)
        target.append({"start": cur, "end": cur + len(txt), "label": table[lab], "text": txt})
        out.append(txt)
        cur += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise ValueError("leftover markup %r in %r" % (bad, text[:80]))
    return text, pii, keep


def digits(s):
    words = re.findall(r"[a-z]+", s.lower())
    if words and all(w in SPOKEN for w in words):
        return "".join(SPOKEN[w] for w in words)
    return re.sub(r"\D", "", s)


def bsn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    tot = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return tot % 11 == 0


def iban_ok(s):
    t = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", t):
        return False
    num = "".join(str(int(c, 36)) for c in t[4:] + t[:4])
    return int(num) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: (x["start"], x["end"]))
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                raise ValueError("overlap %r %r" % (a, b))
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"]
        for sp in pii:
            if sp["label"] == "bsn" and not bsn_ok(sp["text"]):
                raise ValueError("bad bsn %r" % sp["text"])
            if sp["label"] == "iban" and not iban_ok(sp["text"]):
                raise ValueError("bad iban %r" % sp["text"])
        if not pii:
            raise ValueError("text without pii: %r" % text[:60])
        rows.append({"id": "ho51-%04d" % i, "text": text, "pii": pii, "keep": keep})
    with open(os.path.join(here, "heldout51.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    from collections import Counter

    rows = main()
    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = [len(r["text"].split()) for r in rows]
    print(
        "texts",
        len(rows),
        "words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    tot = sum(pc.values())
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", dict(kc.most_common()))
