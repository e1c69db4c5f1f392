#!/usr/bin/env python3
"""Held-out corpus 111: speech-to-text register.

Automatic transcripts of calls to the intake line (intakelijn) of the sociale
wijkzorgteams, voicemail-to-mail transcripts, dictated voice memos of home visits,
and interpreter-assisted conversations (tolk by phone or in the room). Numbers,
dates, postcodes and house numbers are said in words or a mix of words and digits,
names are spelled letter by letter (also with the Dutch spelling alphabet:
"a van Anton"), with hesitations, self-corrections, no punctuation, speaker labels
and timestamps in several export formats, and misrecognised words.

Inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout111.jsonl next to itself.
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
    "z": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

# BSNs and IBANs that do not pass the 11-check / mod-97 on purpose: misheard or
# misread numbers that are corrected later in the call, and numbers spoken in
# another language (Turkish, English) or with a correction inside. They are
# still personal data.
KNOWN_INVALID = {
    "üç altı dokuz bir sıfır sıfır sekiz beş iki",
    "nine three four zero three nine one six one",
    "N L zeven nul nee nul zeven R A B O drie nul zeven één vier vier vijf zeven vijf negen",
    "vier vijf negen zes één zes acht drie vier",
    "zes vijf vier negen acht twee zes acht zes",
    "6 5 4 9 8 2 6 8 6",
    "33997186",
    "NL57 INGB 8797 9905 26",
}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Calls to the intake line (automatic transcripts, several export formats)
# ---------------------------------------------------------------------------
add(r"""
1
00:00:00,000 --> 00:00:03,480
intakelijn sociale wijkzorgteams u spreekt met [[p:Ruben]]

2
00:00:03,900 --> 00:00:09,120
ja goedemorgen eh ik bel voor mijn buurvrouw mevrouw [[p:de vos]] die eh die kan zelf niet zo goed bellen

3
00:00:09,500 --> 00:00:12,010
oké en waar woont uw buurvrouw

4
00:00:12,300 --> 00:00:17,650
in de {{w:Rivierenbuurt}} [[a:Dierenselaan honderdzesenveertig]] ja eh [[a:146 B]] dus boven

5
00:00:18,000 --> 00:00:21,200
en hoe heet ze voluit

6
00:00:21,400 --> 00:00:25,900
[[p:Ria]] [[p:Ria de Vos]] met een v van eh Victor nee gewoon v
=====
SPK_0 (0:00): goedemiddag intake sociaal wijkzorgteam met [[p:Fenna]]
SPK_1 (0:03): ja hallo ik heb eh ik heb een brief gekregen van de gemeente over eh de wet maatschappelijke ondersteuning
SPK_0 (0:09): ja dat is de {{o:Wmo}} waar gaat de brief over
SPK_1 (0:12): dat mijn eh huishoudelijke hulp stopt per [[d:één juni]]
SPK_0 (0:16): oh vervelend wat is uw naam
SPK_1 (0:18): [[p:Koning]] [[p:Gerard Koning]]
SPK_0 (0:21): meneer [[p:Koning]] staat er een kenmerk op die brief
SPK_1 (0:24): eh ja [[z:WMO 25 zeven zeven drie één]] staat er
SPK_0 (0:29): [[z:WMO-25-7731]] even kijken ja ik zie hem
=====
Beller: hallo is dit het wijkteam
Intake: dit is de centrale intakelijn u wordt doorverbonden met het team bij u in de wijk maar eerst een paar vragen in welke wijk woont u
Beller: eh {{w:Bouwlust}} ja Bouwlust
Intake: en wat is uw postcode
Beller: [[pc:twee vijf vier vier eh s van Simon e van Eduard]]
Intake: [[pc:2544 SE]] en het huisnummer
Beller: [[a:achtentachtig]]
Intake: en uw naam
Beller: [[p:Aydemir]] [[p:Mustafa]] [[p:Aydemir]]
Intake: kunt u de achternaam spellen
Beller: [[p:a y d e m i r]]
=====
[0:00:02.1] S1: intakelijn met [[p:Samira]] goedemorgen
[0:00:04.8] S2: morning eh sorry goedemorgen ik spreek niet zo goed Nederlands
[0:00:08.0] S1: no problem we can speak English
[0:00:10.2] S2: okay thank you my name is [[p:Olena]] [[p:Kovalenko]] I am from Ukraine I live in the eh opvang on the [[a:Schenkkade 50]]
[0:00:18.6] S1: yes I know the location what is your question
[0:00:21.3] S2: my mother she is seventy eight she needs a doctor for her heart but we have no {{r:huisarts}}
[0:00:27.9] S1: okay I will help you what is your phone number
[0:00:30.5] S2: [[t:plus three eight zero six seven four four one two two nine zero]]
[0:00:37.0] S1: that is a Ukrainian number do you have a Dutch one
[0:00:40.2] S2: yes [[t:zero six one nine seven three four four five eight]]
=====
intakelijn gesprek 14:12 duur 4 min 38 s
medewerker goedemiddag met [[p:Thijs]]
beller ja met [[p:Hoek]]
medewerker sorry met wie
beller [[p:Hoek]] [[p:Hennie Hoek]] ik woon op de hoek van de Vaalrivierstraat nee wacht ik woon op de [[a:Vaalrivierstraat 23]] op de hoek bij de moskee
medewerker ah ja meneer [[p:Hoek]] wat kan ik voor u doen
beller ik zit al drie weken zonder warm water en {{o:Vidomes}} komt maar niet
medewerker heeft u een meldnummer van {{o:Vidomes}}
beller ja [[z:M 2025 0 4 4 1 7]]
=====
(0:00) Intake: wijkzorgteam goedemiddag
(0:02) Beller: ja met eh met [[p:Fatma]] ik bel over mijn man
(0:05) Intake: ja [[p:Fatma]] wat is uw achternaam
(0:07) Beller: [[p:Koç]] [[p:k o c]] met zo'n eh staartje aan de c
(0:11) Intake: dank u mevrouw [[p:Koç]] en wat is er met uw man
(0:14) Beller: hij heeft een herseninfarct gehad in januari en nu zit hij thuis en hij wordt heel boos en ik ik kan het niet meer
(0:22) Intake: dat klinkt zwaar hoe oud is uw man
(0:24) Beller: zesenvijftig
(0:26) Intake: en u woont in welke wijk
(0:28) Beller: {{w:Transvaal}} bij de markt
=====
ja goedemiddag u spreekt met de intakelijn eh met [[p:Noor]] ja met [[p:Wiesława]] [[p:Kamińska]] [[p:k a m i n s k a]] ik heb een vraag ik ben mijn werk kwijt en ik kan de huur niet betalen wie is uw verhuurder een man uit eh Rijswijk een particulier ik weet niet zijn achternaam alleen [[p:Sjaak]] en uw adres [[a:Kamerlingh Onneslaan tweehonderd twee]] [[a:202]] eh 2 hoog hoeveel bent u achter twee maanden zeshonderdvijftig per maand oké ik ga u aanmelden bij het team {{w:Laak}} en een collega belt u terug op welk nummer dit nummer [[t:nul zes vier zeven drie één vijf nul acht acht]]
=====
WEBVTT

00:00.000 --> 00:03.200
<v Intake>intakelijn met [[p:Jeroen]] goedemorgen

00:03.600 --> 00:08.900
<v Beller>ja goedemorgen met [[p:Cor Mulder]] ik bel namens de kerk de {{o:Bethlehemkerk}} in {{w:Bouwlust}}

00:09.200 --> 00:16.400
<v Beller>we hebben een man die elke zondag komt en nu vertelde hij dat hij uit zijn huis gezet wordt hij heet [[p:Abubakar]] ehm [[p:Osman]]

00:16.800 --> 00:19.000
<v Intake>weet u waar meneer [[p:Osman]] woont

00:19.300 --> 00:24.100
<v Beller>ergens op de Lozerlaan het nummer weet ik niet maar hij wil wel dat u belt

00:24.500 --> 00:27.000
<v Intake>heeft hij een telefoon
=====
SPEAKER_00: sociaal wijkzorgteam goedemiddag met [[p:Dewi]]
SPEAKER_01: ja dag mevrouw ik eh ik heb schulden
SPEAKER_00: oké fijn dat u belt daar kunnen we bij helpen mag ik uw naam
SPEAKER_01: liever niet eerst
SPEAKER_00: dat is goed hoeveel schulden zijn het ongeveer
SPEAKER_01: twaalf dertienduizend ik weet het niet precies een lening bij de bank en de zorgverzekering en de huur
SPEAKER_00: we hebben een inloopspreekuur op donderdag van negen tot twaalf in het {{o:Servicepunt XL}} aan de Loosduinseweg daar kunt u zonder afspraak binnenlopen
SPEAKER_01: en dan moet ik daar mijn naam zeggen
SPEAKER_00: alleen als u wilt u kunt eerst gewoon informatie vragen
=====
Intakelijn — automatische transcriptie (Nederlands, betrouwbaarheid 78%)
Beller: goedemorgen met [[p:Bert Winter]] eh ik bel voor mijn moeder
Medewerker: goedemorgen meneer [[p:Winter]]
Beller: ze is eh afgelopen winter gevallen en sindsdien komt ze de deur niet meer uit
Medewerker: hoe oud is uw moeder
Beller: negentig in [[d:september de zeventiende]] wordt ze eenennegentig
Medewerker: en ze woont zelfstandig
Beller: ja in {{w:Mariahoeve}} [[a:Saffierhorst 114]] [[pc:2592 eh twee vijf negen twee t j]]
Medewerker: ik noteer [[pc:2592 TJ]] heeft zij een {{r:casemanager}} of thuiszorg
Beller: thuiszorg van {{o:WZH}} voor het douchen twee keer in de week
=====
SPK_0 00:00 intakelijn met [[p:Hamza]]
SPK_1 00:02 salaam alaikum eh met [[p:Hamid]] [[p:Ouazzani]]
SPK_0 00:05 wa alaikum salaam meneer [[p:Ouazzani]] wat kan ik voor u doen
SPK_1 00:08 mijn dochter eh [[p:Youssra]] die is negentien en ze wil niet meer naar school ze slaapt de hele dag
SPK_0 00:14 woont ze bij u thuis
SPK_1 00:16 ja [[a:Slicherstraat 7]] eh [[a:zeven a]]
SPK_0 00:20 [[a:Slicherstraat 7A]] en heeft u een telefoonnummer
SPK_1 00:23 [[t:zes twee acht negen nul één vier zeven zes]]
SPK_0 00:28 met nul zes ervoor dus [[t:06 28 90 14 76]]
SPK_1 00:31 ja ja
=====
beller: hallo ik eh wil een klacht doen
medewerker: een klacht over het wijkteam
beller: nee over de buren ze maken lawaai tot drie uur 's nachts
medewerker: ah dan moet u eigenlijk bij de gemeente zijn dat is het algemene nummer 14 070 of bij de corporatie
beller: veertien nul zeventig
medewerker: ja precies veertien nul zeventig dan komt u bij de gemeente en die stuurt het door naar handhaving
beller: oké dank u
=====
[00:00:01] Medewerker intake: goedemorgen u spreekt met [[p:Vera]]
[00:00:03] Beller: goedemorgen ik ben de {{r:praktijkondersteuner}} van huisartsenpraktijk {{o:De Oude Molen}} [[p:Mireille]] [[p:Tjon A Fong]]
[00:00:10] Medewerker intake: dag [[p:Mireille]]
[00:00:11] Beller: ik wil een patiënt aanmelden [[p:Rudy Pattipeilohy]] [[p:p a t t i p e i l o h y]] geboren [[d:dertien april negentien zesenvijftig]]
[00:00:22] Medewerker intake: ik noteer [[d:13-04-1956]]
[00:00:25] Beller: hij woont in {{w:Rustenburg}} op de [[a:Oudemansstraat 233]] [[pc:2522 HP]] en hij vereenzaamt volledig sinds zijn vrouw is overleden zijn kinderen wonen in Zwolle
[00:00:35] Medewerker intake: en hij weet van de aanmelding
[00:00:37] Beller: ja hij heeft toestemming gegeven u kunt mij bereiken op mijn directe lijn [[t:070 – 3 21 84 06]]
=====
S1: met de intakelijn [[p:Inge]]
S2: ja hoi met [[p:Kimberly]] ik eh ik bel voor mezelf
S1: hoi [[p:Kimberly]] vertel
S2: ik ben net bevallen zes weken geleden en mijn vriend is weg en ik heb geen spullen voor de baby en de kraamzorg is gestopt
S1: wat goed dat je belt hoe is je achternaam
S2: [[p:Winklaar]] [[p:w i n k l a a r]]
S1: en wanneer is de baby geboren
S2: [[d:tweeëntwintig februari]]
S1: en je woont in
S2: {{w:Moerwijk}} [[a:Apeldoornselaan zevenenzestig]] ja [[a:Apeldoornselaan 67]]
S1: ik zet je door naar het team {{w:Moerwijk}} en ik bel ook het {{o:CJG}} voor de {{r:jeugdverpleegkundige}}
=====
beller ja goedemiddag met [[p:Comfort]] [[p:Asante]]
medewerker goedemiddag mevrouw waar kan ik u mee helpen
beller my husband eh mijn man [[p:Yaw]] heeft een brief gekregen van {{o:DUO}} nee van het {{o:CJIB}} [onverstaanbaar] zevenhonderd euro
medewerker heeft u de brief voor u
beller yes het kenmerk is [[z:vier nul één acht drie drie twee zes]] eh en dan nog [[z:nul nul nul vijf]] [onverstaanbaar]
medewerker oké dat is een lang nummer wilt u de brief meenemen naar het spreekuur
beller which day
medewerker donderdag
=====
intakelijn 09:47 gebruiker [[p:Samira]]
hallo u spreekt met [[p:Thea]] nee [[p:Tea]] [[p:Tea Brouwer]] zonder h eh ik ben mantelzorger voor mijn broer [[p:Klaas]] die is vierenzestig en heeft een licht verstandelijke beperking en nu is onze moeder overleden en hij woonde bij haar op de [[a:Vrederustlaan 1 1 4]] en ik weet niet of hij daar kan blijven want het huurcontract stond op haar naam {{o:Haag Wonen}} zegt dat hij er binnen drie maanden uit moet en ik woon zelf in Zoetermeer mijn nummer is [[t:079 – 3 51 66 20]] en van [[p:Klaas]] [[t:06 – 53 00 41 17]]
=====
0:00 | [[p:Ruben]] (intake) | goedemiddag intakelijn
0:02 | Onbekende spreker | ja eh goedemiddag ik bel van de {{o:politie}} wijkteam {{w:Segbroek}} u spreekt met [[p:Van Rijn]] {{r:wijkagent}}
0:08 | [[p:Ruben]] (intake) | dag meneer [[p:van Rijn]]
0:10 | Onbekende spreker | ik heb een zorgmelding van vannacht meneer [[p:Timmerman]] [[p:Peter]] [[d:zeventien zeven eenenvijftig]] woont alleen [[a:Fahrenheitstraat 512]] hij stond om vier uur 's nachts op straat in zijn pyjama
0:21 | [[p:Ruben]] (intake) | en hoe gaat het nu met hem
0:23 | Onbekende spreker | hij is thuisgebracht maar hij herkende zijn eigen voordeur niet ons registratienummer is [[z:PL1500-2025-0883127]]
=====
Intake: goedemorgen sociaal wijkzorgteam
Beller: goedemorgen ik bel voor informatie over eh dagbesteding voor mijn vader
Intake: ja daar kan ik u iets over vertellen in welke wijk woont uw vader
Beller: in {{w:Loosduinen}}
Intake: daar zijn een paar mogelijkheden er is een ontmoetingscentrum bij {{o:Saffier}} en er is dagbesteding via de {{o:Wmo}} daarvoor is een melding nodig
Beller: en wat kost dat
Intake: de eigen bijdrage is maximaal 21 euro per maand via het {{o:CAK}}
Beller: oké en hoe lang duurt zo'n melding
Intake: de gemeente heeft zes weken voor het onderzoek u kunt de melding doen via 14 070
Beller: dank u ik bespreek het eerst met mijn broer
=====
[S1 00:00] intakelijn goedemorgen
[S2 00:01] goedemorgen met eh [[p:Songül]] [[p:Arslan]]
[S1 00:04] mevrouw [[p:Arslan]] wat is uw vraag
[S2 00:06] ik heb van mijn {{r:huisarts}} dokter [[p:Sewnath]] gehoord dat ik u moet bellen voor mijn zoon [[p:Mert]] hij is eenentwintig en hij gokt
[S2 00:14] hij heeft al mijn spaargeld opgemaakt en nu belt de bank
[S1 00:18] dat is heftig waar woont u
[S2 00:20] [[a:Wolmaransstraat negentig]]
[S1 00:22] [[a:Wolmaransstraat 90]]
[S2 00:23] ja [[pc:2572 eh v van Victor a]] eh ik weet niet precies
[S1 00:29] geeft niet we vinden het en een nummer om u terug te bellen
[S2 00:32] [[t:06 19 42 nul nul 83]]
=====
intake — terugbelverzoek — transcriptie
beller zegt: met [[p:Abdullahi]] eh [[p:Mohamed]] [[p:Abdullahi]] [[p:Mohamed]] is mijn vader zijn naam in Somalië is het zo
medewerker: dus voornaam [[p:Abdullahi]] achternaam [[p:Mohamed]]
beller: ja nee voor de gemeente is [[p:Mohamed]] de achternaam ja
medewerker: en uw geboortedatum
beller: [[d:01-01-1979]] dat staat in het paspoort
medewerker: en wat is de vraag
beller: ik krijg brieven van de {{o:Belastingdienst}} over kinderopvangtoeslag ik moet achtduizend terugbetalen maar mijn kinderen zijn nooit naar de opvang geweest
medewerker: dat klinkt als iets voor de {{o:UHT}} de herstelorganisatie toeslagen ik vraag een collega om u te bellen
=====
medewerker: goedemiddag intakelijn
beller: [stilte 3 s] hallo
medewerker: hallo u spreekt met het sociaal wijkzorgteam kan ik u helpen
beller: ik weet niet of ik goed zit ik eh ik wil praten met iemand over mijn eh mijn leven het gaat niet
medewerker: u zit goed ik heb alle tijd bent u nu veilig
beller: ja ik ben thuis
medewerker: als het echt niet meer gaat kunt u ook altijd bellen met 113 of 0800 0113 dat is gratis en dag en nacht
beller: ja dat weet ik
medewerker: zullen we samen kijken wat er nodig is u hoeft geen naam te noemen als u dat niet wilt
=====
SPK_0: intakelijn met [[p:Jolanda]]
SPK_1: ja met [[p:Maricel]] [[p:Santos]] I call for my employer eh mijn werkgever mevrouw [[p:Valk]]
SPK_0: yes
SPK_1: she is very old and her son is in America I clean for her and I see she has no food in the fridge and letters everywhere
SPK_0: where does mrs [[p:Valk]] live
SPK_1: [[a:Sportlaan 40]] I think apartment [[a:Sportlaan 40-12]]
SPK_0: and her first name
SPK_1: [[p:Henriëtte]] but everybody says [[p:Jet]]
SPK_0: thank you [[p:Maricel]] may I have your number
SPK_1: [[t:+31 6 4170 2286]]
=====
00:00:00 [intake] goedemorgen u spreekt met [[p:Cem]]
00:00:02 [beller] morgen ik bel van {{o:Dunea}} klantenservice over een klant die we willen afsluiten van water
00:00:07 [intake] oké daar hebben we het protocol voor mag ik het adres
00:00:10 [beller] [[a:Joubertstraat 11-b]] [[pc:2572 CP]] de klant is [[p:R. Iliev]] ehm [[p:Rumen Iliev]] achterstand tweehonderdnegenentachtig euro zeventig
00:00:19 [intake] en het klantnummer
00:00:21 [beller] [[z:4100 882 615]]
00:00:24 [intake] we nemen contact op met meneer [[p:Iliev]] kunt u de afsluiting aanhouden
00:00:27 [beller] vier weken is standaard dus tot [[d:dertig mei]]
=====
ja dag met [[p:Annabel]] van de intakelijn ik bel u terug u had gebeld ja ja met [[p:Marijke Prins]] ik eh heb een vraag over mijn schoonvader meneer [[p:Prins]] [[p:Johan]] die woont in {{w:Scheveningen}} op de [[a:Stevinstraat zesennegentig a]] hij drinkt weer sinds zijn vrouw overleden is ik vind flessen onder het aanrecht
=====
Intake: met de intakelijn
Beller: hoi ja met [[p:Jaswant]] van de {{o:Sikh gurdwara}} eh ik wil iemand aanmelden voor de {{o:Voedselbank}} kan dat via jullie
Intake: dat kan via ons of via een andere verwijzer zoals de kerk of moskee ook de gurdwara
Beller: oké dan kom ik met haar langs ze heet [[p:Kavita Mangroe]] ze woont hier in {{w:Laakkwartier}}
Intake: welkom wanneer
Beller: [[d:maandag twaalf mei]] kan dat
Intake: maandag is het spreekuur van half twee tot vier
=====
[00:00:00] SWT-intake: goedemiddag met [[p:Merel]]
[00:00:02] beller: hallo met meneer [[p:Smit]] eh [[p:Joke Smit]] dus mevrouw
[00:00:06] SWT-intake: mevrouw [[p:Smit]] vertelt u het maar
[00:00:08] beller: de {{r:bewindvoerder}} van mijn zoon neemt de telefoon niet op al twee weken
[00:00:12] SWT-intake: hoe heet de {{r:bewindvoerder}}
[00:00:14] beller: [[p:Erik Dekker]] van {{o:Dekker Bewind}} ik heb alleen het algemene nummer en daar krijg ik een bandje
[00:00:19] SWT-intake: en hoe heet uw zoon
[00:00:20] beller: [[p:Niels]] [[p:Niels Smit]] geboren [[d:vier-elf-negentig]]
""")
# ---------------------------------------------------------------------------
# 2. Voicemails as delivered by mail (voicemail-to-text)
# ---------------------------------------------------------------------------
add(r"""
Nieuwe voicemail van [[t:+31 6 38 27 14 90]] (0:41)
Transcriptie: "ja hallo met [[p:Gülsüm]] [[p:Öztürk]] eh ik had een afspraak met [[p:Samira]] om tien uur maar de bus eh lijn 25 rijdt niet ik kom later kwart over tien oké sorry doei"
=====
Voicemail — intakelijn — [[d:di 14-01]] 16:48 — beller: afgeschermd nummer — duur 00:57
"goedemiddag u spreekt met de assistente van huisartsenpraktijk {{o:Vruchtenbuurt}} eh ik bel namens dokter [[p:Brinkman]] over een gezamenlijke patiënt meneer [[p:Schaap]] geboortedatum [[d:twaalf tien negenendertig]] hij is gisteren ontslagen uit het {{o:HMC Bronovo}} en er is thuis niemand de dokter vraagt of het wijkteam vandaag nog kan gaan kijken u kunt mij terugbellen op mijn directe nummer [[t:070 – 3 45 61 18]] dank u wel"
=====
voicemail 08:03 (transcriptie, kan fouten bevatten)
ja goedemorgen het is [[p:Semhar]] eh [[p:Ghebreyesus]] ik ben heel erg ziek vandaag ik kan niet komen naar de taalles en ook niet naar de afspraak bij [[p:Ilona]] eh ik bel later terug dank je
=====
Van: Voicemail Intakelijn
Onderwerp: Nieuw bericht van [[t:0702 84 11 73]] ([[d:vrijdag 7 februari 2025]] 11:26)

Transcript:
hallo met [[p:Ans Brouwer]] ik bel over mijn man [[p:Wim]] hij heeft alzheimer en ik eh ik kan het echt niet meer alleen de {{r:casemanager dementie}} is met verlof en niemand belt terug ik ben op dit nummer de hele dag thuis alstublieft bel terug
=====
voicemail: ja goedemiddag u spreekt met [[p:Marjolein Baas]] {{r:woonconsulent}} van {{o:Vidomes}} ik bel over de huurder op de [[a:Kritzingerstraat 41]] meneer [[p:Aydemir]] we hebben een ontruimingsvonnis gekregen en de datum is [[d:dinsdag 18 maart]] als er nog iets te regelen is moet het deze week mijn nummer is [[t:zes twee twee vier negen zeven één nul nul]] met nul zes ervoor groetjes
=====
transcriptie voicemail [[t:06-44 19 27 05]]:
[onverstaanbaar] ... kinderen ... zeg maar tegen [[p:Thijs]] dat ik niet ... [muziek] ... bel mij
=====
Voicemail (0:22) — afzender: [[p:Latifa Essafi]] [[t:06 30 91 58 44]]
"hoi [[p:Hamza]] met [[p:Latifa]] het gaat weer mis met [[p:Yassin]] hij is weggelopen van de {{o:Jutters}} kun je me bellen"
=====
Bericht op intakelijn, 19:42 (buiten kantoortijd)
"eh ja goedenavond ik weet niet of dit klopt ik ben de buurman van eh de vrouw op de derde eh hier in de flat aan de Zuidlarenstraat en we ruiken al een paar dagen iets raars uit de gang en de vrouw die daar woont hebben we een week niet gezien [stilte] ik bel ook de politie dag"
=====
voicemail van {{o:Jeugdbescherming west}} ehm met [[p:Ilse-Marie Groen]] {{r:jeugdbeschermer}} ik bel voor de {{r:casusregisseur}} van de familie [[p:Mourabit]] eh we hebben een zitting bij de kinderrechter op [[d:woensdag de negende april]] en ik zou graag vooraf jullie rapportage ontvangen mijn mail is [[e:i.groen@jbwest.nl]] dat is i punt groen dank je
=====
voicemail 14:05
goedemiddag dit is een automatisch bericht van {{o:Eneco}} over klantnummer [[z:2 0 0 8 8 7 1 3 4 6]] er staat een betalingsachterstand open neem contact op met onze klantenservice op 088 8 955 955 tijdens kantooruren
=====
Nieuwe voicemail ([[t:+48 512 774 093]]) 0:35
"dzień dobry eh goedemiddag met [[p:Paweł]] [[p:Grabowski]] ik heb van het uitzendbureau gehoord dat ik hier kan bellen mijn huis is weg ik slaap in de auto bij de Binckhorstlaan alstublieft bel mij"
=====
voicemail ingesproken door [[p:Erik Dekker]] {{o:Dekker Bewind}}:
"ja hallo met [[p:Erik]] ik bel terug voor [[p:Merel]] over [[p:Niels Smit]] ik was twee weken ziek vandaar de stilte het leefgeld is vandaag overgemaakt naar zijn leefgeldrekening [[i:NL 53 INGB 2 0 2 4 9 9 5 5 1 0]] dus dat is opgelost mijn directe nummer is [[t:06 15 22 80 39]] mocht zijn moeder nog vragen hebben"
=====
voicemail 11:17 ([[d:22/04]])
hallo met de school eh {{o:De Vliegeraar}} in {{w:Morgenstond}} ik ben [[p:Rachida Bakkali]] {{r:intern begeleider}} ik bel over een leerling van ons waarvan de moeder zegt dat ze met jullie contact heeft [[p:Nour]] uit groep zes haar moeder is [[p:Rasha]] [[p:Al-Hamwi]] eh het kind komt steeds zonder eten en vertelt dat de stroom uit is wilt u terugbellen op de schoolnummer en vragen naar mij
=====
voicemail [[t:06 83 47 02 19]] 17:55 transcriptie onvolledig
ja met [[p:Rishi]] ik ben de zoon van [[p:Bhagwandin]] [[p:Sushila Bhagwandin]] [[d:drieëntwintig acht]] is haar afspraak bij de {{r:Wmo-consulent}} maar ik moet werken kan het verzet worden naar [[d:de vijfentwintigste]] ik eh [onverstaanbaar] bel me
=====
Voicemail — doorgeschakeld van mobiel [[p:Gijs]]
"hé [[p:Gijs]] met [[p:Timo]] van {{o:Straatconsulaat}} even snel die meneer van de {{w:Binckhorst}} [[p:Paweł]] die in z'n auto slaapt we hebben hem gesproken hij kan morgen om negen uur bij ons langskomen op het spreekuur kun jij er ook zijn laters"
=====
voicemailbericht, 09:31
"goedemorgen met [[p:Truus Storm]] [[p:storm]] zoals het weer ik woon op de [[a:Vlielandsestraat 212]] in {{w:Duindorp}} ik heb een brief gehad dat de huishoudelijke hulp minder uren wordt en dat wil ik niet ik ben drieëntachtig en ik kan niet meer stofzuigen belt u mij terug op [[t:nul zeven nul drie vijf vijf acht twee eenenveertig]] dag"
=====
voicemail (0:12): hallo u spreekt met het {{o:CAK}} dit is een bericht voor mevrouw de {{r:casusregisseur}} [onverstaanbaar] terugbellen op het algemene nummer 0800 1925 dank u
=====
voicemail transcript [[d:ma 3 maart]] 12:02
ja hallo goedemiddag ik ben [[p:Katalin]] [[p:Horváth]] [[p:h o r v a t h]] met een streepje op de a ik woon in {{w:Laak}} op de [[a:Cromvlietkade 88 derde]] etage en ik heb hulp nodig voor papieren van de zorgverzekering ik spreek Hongaars en een beetje Engels mijn nummer is [[t:06 eh 17 88 32 095]]
=====
bericht van [[t:070 – 7 50 12 94]] transcriptie: goedemiddag met [[p:Hans Kuiper]] van het {{o:Haags Ontmoeten}} voor [[p:Vera]] [[p:Vera van den Heuvel]] de gezamenlijke maaltijd is verplaatst naar donderdag en meneer [[p:Pattipeilohy]] zou graag opgehaald worden dat regelen wij wel groetjes
=====
Voicemail (onbekende beller, 0:08)
"... nee laat maar ..."
=====
voicemail ingesproken 13:44
eh hallo [[p:Fenna]] met [[p:Gerard Koning]] ik heb die brief gevonden van de {{o:Wmo}} hij lag onder de mat het nummer is [[z:WMO-25-7731]] en het gaat om [[d:1 juni]] zoals ik zei ik wacht op uw telefoontje dank u
=====
nieuwe voicemail van [[t:+359 88 741 2260]] (1:05)
"hello this is [[p:Milena Todorova]] I am the sister of [[p:Hristo]] [[p:Angelov]] he is in the hospital the {{o:HagaZiekenhuis}} since Sunday eh [[d:zondag 16 februari]] and his room on the [[a:Zuidlarenstraat 58]] is with no heating I am in Bulgaria I cannot help him please somebody call me or write to [[e:milena.todorova@abv.bg]] thank you"
=====
Voicemail 10:09 — [[t:06 22 74 90 31]]
"ja hallo u spreekt met [[p:Dirk-Jan Molenaar]] ik ben {{r:vrijwilliger}} bij {{o:Schuldhulpmaatje}} en ik begeleid mevrouw [[p:Lewandowska]] [[p:Dorota]] ik wil afstemmen met haar {{r:maatschappelijk werker}} over de aanvraag bij de {{o:Kredietbank}} ik ben na vijven het beste bereikbaar"
=====
voicemail transcriptie (automatisch)
ja hoi [[p:Inge]] met [[p:Samira]] ik sta nu bij het adres aan de [[a:Joubertstraat elf b]] er doet niemand open maar de tv staat aan ik probeer het straks nog een keer en anders bel ik de {{r:wijkagent}} oké
=====
voicemail [[d:woensdag 2 april]] 08:52 beller [[t:06 51 09 47 26]]
goedemorgen ik ben [[p:Abdelkader]] [[p:Mourabit]] [[p:m o u r a b i t]] ik eh heb een brief van de rechtbank over mijn kinderen en ik begrijp niet wat de {{r:jeugdbeschermer}} wil alstublieft bel mij terug na twaalf uur ik werk nachtdienst
=====
Voicemail — intakelijn — 16:59 — duur 0:31
"goedemiddag met {{o:Stichting Present}} wij hebben vrijwilligers beschikbaar voor een klus in de tuin of schilderwerk als jullie cliënten hebben die dat kunnen gebruiken aanmelden kan via de website of via ons kantoor we zitten aan de Hoefkade fijne dag"
=====
ingesproken bericht 15:20
hallo met [[p:Gilbert]] [[p:Doran]] ik bel voor mijn moeder ze is [[p:Sharina Martis]] ehm nee [[p:Martis]] is haar meisjesnaam in het dossier staat ze als [[p:Sharina Doran-Martis]] ze heeft een brief van de {{o:SVB}} over haar AOW en ze vraagt of iemand kan komen mijn nummer is [[t:06 eenenveertig achtentachtig dertig negentien]]
=====
Van: [[t:+31 6 2709 5548]] | duur 0:19
"met [[p:Nermin]] eh de tolk moet Turks zijn niet Bulgaars voor de afspraak van morgen oké dank je"
=====
voicemail 12:40 ([[d:24 maart]])
ehm ja met [[p:Yaw Appiah]] ik bel namens {{o:Church of Pentecost}} in {{w:Zuidwest}} we hebben een gezin dat net uit Italië is gekomen met drie kinderen ze slapen bij een broeder op de Leyenburg nee [[a:Leyweg 1104]] kan iemand contact opnemen mijn nummer is [[t:06 87 14 00 62]] god bless
=====
voicemail doorgestuurd naar team {{w:Escamp}}
"ja hallo met [[p:Hennie Hoek]] nog een keer over het warme water het is nog steeds kapot het meldnummer was [[z:M2025-04417]] en de man van {{o:Vidomes}} zou dinsdag komen maar hij kwam niet"
""")
# ---------------------------------------------------------------------------
# 3. Dictated voice memos of home visits (voice memo app / dictation software)
# ---------------------------------------------------------------------------
add(r"""
Spraakmemo 031 (3:12)
huisbezoek bij mevrouw [[p:Kamińska]] op de [[a:Kamerlingh Onneslaan 202]] samen met [[p:Jeroen]] van {{o:Wijkz}} eh woning is klein maar schoon ze heeft twee kinderen op de basisschool de huurachterstand is nu twee maanden de verhuurder meneer [[p:Sjaak]] eh [[p:van der Meer]] belt haar elke dag ze is bang afspraak ik neem contact op met het {{o:Juridisch Loket}} over de huurprijs want voor een tweekamerwoning is zeshonderdvijftig veel en we vragen voorschot bijstand aan einde memo
=====
memo huisbezoek punt datum [[d:donderdag zes maart]] punt cliënt meneer [[p:Timmerman]] komma [[a:Fahrenheitstraat 512]] punt nieuwe alinea meneer deed pas na tien minuten open komma hij wist niet wie ik was maar liet me binnen punt in de keuken stonden pannen met bedorven eten punt hij zegt dat zijn dochter elke dag komt maar de buurvrouw zegt dat ze haar al maanden niet heeft gezien punt nieuwe alinea actie dubbele punt melding bij de {{r:huisarts}} voor geheugenonderzoek komma {{r:casemanager dementie}} inschakelen komma dochter opsporen via de gemeente punt
=====
opname 14 — huisbezoek — [[p:Halima Abdi]] en kinderen
eh ja ik sta nu buiten net weg bij mevrouw [[p:Abdi]] in de [[a:Ruysdaelstraat 118]] in de {{w:Schilders wijk}} vijf kinderen de jongste [[p:Hamdi]] is anderhalf en heeft een zware astma de woning is vochtig er zit schimmel op de slaapkamermuur ehm ik heb foto's gemaakt voor {{o:Haag Wonen}} de oudste dochter [[p:Faadumo]] is veertien en vertaalt alles voor haar moeder dat is te veel voor haar we moeten een tolk regelen volgende keer Somalisch dus via {{o:Tolkcontact}}
=====
memo voor dossier [[z:SWT-LK-2025-0146]] ehm gesprek gehad bij cliënt thuis met de {{r:bewindvoerder}} erbij [[p:Erik Dekker]] de inkomsten zijn nu op orde maar er is nog een oude schuld bij {{o:Zilveren Kruis}} van ongeveer achttienhonderd euro die is niet opgenomen in het overzicht omdat de brief op het oude adres is aangekomen [[a:Goudenregenstraat 61]] de nieuwe bewoners hebben de brief pas deze maand afgegeven
=====
eh spraakmemo [[d:zaterdag 15 maart]] buiten kantoortijd gebeld door de {{o:politie}} over mevrouw [[p:Lewandowska]] haar vriend heeft haar geslagen ik ben met de {{r:wijkagent}} mee geweest naar [[a:Stuwstraat 9 1 hoog]] ze wilde niet mee naar de opvang ze wil bij een vriendin [[p:Agata]] slapen in Rijswijk nummer van de vriendin [[t:06 42 18 95 03]] maandag melding bij {{o:Veilig Thuis}}
=====
Memo huisbezoek
wie: [[p:Comfort Asante]] en [[p:Yaw Asante]]
waar: [[a:Vaalrivierstraat 140]] {{w:Transvaal}}
eh de brief van het {{o:CJIB}} gaat over een verkeersboete die is opgelopen tot zevenhonderdvijftig euro ehm ze wisten niet dat je kunt betalen in termijnen ik heb samen met hen een regeling aangevraagd van vijftig euro per maand vonnisnummer eh het kenmerk is [[z:4018 3326 0005 1199]] ze hebben ook nog een probleem met de kinderbijslag maar dat doen we de volgende keer
=====
dicteren: huisbezoek familie [[p:Nguyen]] komma [[p:Hoa]] en [[p:Minh]] komma in {{w:Bezuidenhout}} punt de zoon [[p:Bao]] van twaalf vertaalde punt meneer [[p:Tran]] eh nee meneer heet [[p:Tran Van Minh]] en mevrouw [[p:Nguyen Thi Hoa]] punt in Vietnam staat de familienaam voorop punt ze runnen een afhaalrestaurant en werken zeven dagen per week punt mevrouw heeft rugklachten en slaapt slecht punt ze wil niet naar de dokter omdat ze geen tijd heeft punt
=====
memo [[d:25-03]] huisbezoek [[p:gerard koning]] [[a:dierenselaan 204]]
wmo brief gaat over herindicatie hulp bij het huishouden hij krijgt nu drie uur per week en dat wordt anderhalf uur ik heb uitgelegd dat hij bezwaar kan maken binnen zes weken en dat ik daarbij help hij heeft het huis netjes maar hij kan niet meer bukken door zijn heup de keuken was vies meneer vindt het moeilijk om hulp te vragen zijn zoon woont in Breda
=====
Spraakmemo — 2:03
ehm even voor mezelf bij [[p:Rumen]] eh [[p:Iliev]] geweest kamer aan de [[a:Joubertstraat 11-b]] acht mannen in één huis allemaal Bulgaars matrassen op de grond de eigenaar [[p:Petrov]] nee niet die [[p:Petrov]] een andere eh [[p:Bogomil Petkov]] komt elke week de huur contant ophalen tweehonderd per persoon per week dat is illegaal ik ga dit melden bij de gemeente handhaving en bij {{o:Fairwork}} meneer is bang dat hij dan op straat staat
=====
huisbezoek verslag gedicteerd door [[p:Ilona]]
datum [[d:maandag 17 maart 2025]]
aanwezig [[p:Ilona]] {{r:maatschappelijk werker}} en [[p:Cem]] {{r:Wmo-adviseur}}
cliënt [[p:Mehmet Şahin]] geboren [[d:vijf januari zesenveertig]] adres [[a:Wolmaransstraat 12]]
bevindingen meneer woont alleen na de dood van zijn vrouw en kookt niet meer hij eet brood en thee de trap is steil en hij valt vaak er is een zoon [[p:Emre Şahin]] in Almere die wil helpen maar weet niet hoe
afspraken traplift aanvragen via de {{o:Wmo}} maaltijdvoorziening via {{o:Tafeltje Dekje}} en gesprek met de zoon op [[d:24 maart]]
=====
eh memo korte kort bezoek bij [[p:Bouchra]] ehm [[p:boesra]] staat er nu zie ik het moet [[p:Bouchra]] zijn [[p:El Ghazaoui]] dus ze was net terug van het ziekenhuis met de baby het gaat goed met de baby maar zij huilt veel ze zegt dat haar schoonmoeder alles beslist ik heb gevraagd of ze alleen met mij wil praten volgende keer en dat wil ze
=====
memo [[d:26 maart]] punt huisbezoek niet doorgegaan komma cliënt niet thuis punt kaartje achtergelaten punt
=====
Spraakmemo huisbezoek {{w:Mariahoeve}}
mevrouw [[p:Valk]] [[p:Henriëtte]] [[a:Sportlaan 40-12]] nee wacht dat is niet Mariahoeve dat is {{w:Segbroek}} ik zeg het verkeerd dus mevrouw [[p:Valk]] in Segbroek ze is zesennegentig helder van geest maar lichamelijk erg zwak ze heeft een hulp [[p:Maricel]] die drie ochtenden schoonmaakt en zij heeft ons gebeld de zoon woont in Boston en belt eens per maand er is een volmacht geregeld bij de notaris maar niemand gebruikt hem de post lag in stapels er zit een aanmaning tussen van de gemeente voor de afvalstoffenheffing en een brief van de bank ik heb met mevrouw afgesproken dat [[p:Maricel]] de post voortaan in een bak legt en dat ik elke twee weken kom tot er iets geregeld is voor de administratie
=====
voice memo 17:22 [[d:2 april]]
[[p:Freshta]] [[p:Sultani]] woont sinds een half jaar in {{w:Ypenburg}} met haar twee dochters de man [[p:Zabihullah]] is nog in Pakistan gezinshereniging loopt ze wil Nederlands leren en werken als naaister ik heb haar aangemeld bij het {{o:Taalhuis}} in de bibliotheek en bij {{o:Vrouw & Vaart}} hmm zo heet het niet ik zoek het op
=====
memo huisbezoek. Ehm. Meneer [[p:de Haan]], [[p:Klaas]], [[a:Vissershavenweg 71]]. Scheveningen. Oud-visser, tweeëntachtig. Heeft een longziekte, zuurstof thuis. Hij rookt nog. Gevaarlijk met de zuurstof. Heb {{o:Basic Fit}} eh nee {{o:Basalt}} sorry, de longverpleegkundige, gevraagd om langs te komen. Zijn vrouw [[p:Ellie]] is de mantelzorger, ze is op. Respijtzorg bespreken.
=====
opname 22 eh de tolk stond in de wachtrij dus we hebben het gesprek eerst met handen en voeten gedaan mevrouw [[p:Kidane]] [[p:Selam]] eh [[p:Selam Berhane]] eh ik weet niet meer wat de achternaam is in het systeem staat [[p:Berhane]] dus dat zal het zijn ze woont op de [[a:Steenwijklaan 33]] met haar zoon [[p:Daniel]] van vijf die naar groep twee gaat ze heeft een afspraak nodig bij de tandarts maar weet niet hoe dat werkt
=====
memo (automatisch getranscribeerd) ehm huisbezoek bij de familie [[p:Kılıç]] de vader [[p:Hasan]] zit in de WIA sinds een bedrijfsongeval in 2019 de moeder [[p:Dilek]] werkt als schoonmaakster bij {{o:CSU}} in de avond de zoon [[p:Burak]] is zeventien en heeft een strafblad het {{o:Jongerenloket}} en de {{o:Reclassering}} zijn betrokken vader zegt dat hij de controle kwijt is over zijn zoon en schaamt zich daarvoor moeder wil vooral dat de zoon een opleiding afmaakt ik stel een gezinsgesprek voor met de {{r:jongerenwerker}} [[p:Soufiane]] van {{o:Xtra}} die kent [[p:Burak]] van de sporthal
=====
Dictaat, [[d:vrijdag 11 april]], home visit, samen met de {{r:tolk}} Engels eh dus geen officiële tolk maar de buurman, meneer [[p:Appiah]]. Client [[p:Akua Mensah-Owusu]], eh, nee, [[p:Akua Owusu]], dat is de naam op de brief. Adres [[a:Leyweg 1104]] hs. Vier kinderen, net uit Italië, geen BSN nog, geen inschrijving. Onderdak bij de broeder van de kerk. Actie: inschrijving {{o:BRP}} regelen, school voor de kinderen via {{o:leerplicht}}, {{o:Voedselbank}} verwijzing.
=====
memo ehm [[p:Abubakar Osman]] gesproken bij de kerk hij woont op de [[a:Lozerlaan 1 2 0 6]] de ontruiming is over twee weken hij heeft geen {{r:bewindvoerder}} en heeft alle brieven weggegooid hij heeft geen telefoon meer alleen via de kerk bereikbaar het nummer van de kerk is het algemene nummer dus ik noteer die niet dossier aanmaken en spoed aanvraag
=====
spraakmemo kort
[[p:Jet Valk]] bellen over de post
[[p:Gerard Koning]] bezwaar sturen voor [[d:8 mei]]
[[p:Rudy]] [[p:Pattipeilohy]] ophalen voor de maaltijd donderdag
zelf vakantie aanvragen
=====
ja ehm verslag van de koffie met de vrijwilligers van de buurtkamer in {{w:Moerwijk}} er waren acht mensen drie van {{o:Stichting MOOI}} en vijf bewoners we hebben besproken dat de buurtkamer op woensdag dicht gaat in de zomer en dat de maaltijd voor ouderen verschuift naar dinsdag de kosten van de maaltijd gaan naar vier euro vijftig de vrijwilligers vragen of het wijkteam meer mensen kan doorverwijzen vooral mannen die alleen wonen
=====
memo huisbezoek [[d:14 april]] mevrouw [[p:Rasha Al-Hamwi]] [[a:Steenwijklaan 176]] [[pc:2541 R van Rudolf J van Johan]] [[p:Nour]] negen jaar [[p:Karam]] zes jaar en een baby stroom is afgesloten door {{o:Vattenfall}} wegens een achterstand van zevenhonderdtwintig euro meneer [[p:Bashar Kassem]] de vader zit in Duitsland voor werk zegt ze en stuurt soms geld ik heb de noodprocedure gestart bij {{o:Vattenfall}} en een aanvraag bij het {{o:Noodfonds Energie}} gedaan
=====
Opname 03 — [[d:22-4-2025]] — 1:47
even snel de gegevens van de nieuwe aanmelding want ik heb geen pen bij me naam [[p:Zainab]] [[p:Al-Saadi]] [[p:a l streepje s a a d i]] telefoon [[t:nul zes dertien zevenenveertig negenentachtig twintig]] adres [[a:Gentsestraat negenenveertig]] dat is in {{w:Scheveningen}} bij de haven zij is aangemeld door haar {{r:huisarts}} vanwege eenzaamheid ze woont alleen sinds haar man overleden is en haar kinderen in Zweden
=====
memo. huisbezoek [[p:Nel Schaap]] (meneer [[p:Schaap]] is [[p:Frits]]) [[a:Groot Hertoginnelaan 181]]. Meneer is thuis na Bronovo. Mevrouw [[p:Schaap]] is zelf tweeëntachtig en slechtziend. Kinderen: geen. Neef [[p:Roel]] in Leiden helpt soms. Thuiszorg {{o:Florence}} komt vanaf morgen. Boodschappen via {{o:Haagse Helpers}}. Ik kom [[d:dinsdag 29 april]] terug.
=====
memo ehm korte terugkoppeling huisbezoek {{w:Escamp}} de cliënt woont op de vierde verdieping zonder lift en kan de trap niet meer op al twee maanden niet buiten geweest urgentie aanvragen voor een benedenwoning de {{r:woonconsulent}} zegt dat de wachttijd drie tot vijf jaar is tenzij er een medische urgentie komt de {{r:huisarts}} wil een verklaring schrijven
=====
spraakmemo ja dus ik zit in de auto en ik vergeet dit anders meneer [[p:Aydemir]] heeft het ontruimingsvonnis gekregen voor [[d:18 maart]] en hij heeft niks ingepakt hij zegt ik ga niet weg ik heb met [[p:Marjolein]] van {{o:Vidomes}} gesproken en ze willen een laatste kans geven als hij vóór [[d:de veertiende]] tweeduizend euro betaalt daarvoor vragen we een lening aan bij de {{o:Kredietbank}} urgent
=====
memo 16:04
huisbezoek [[p:Imran Qureshi]] [[a:Rijswijkseweg 303]] bovenwoning
meneer heeft drie jaar een winkel gehad in de Stationsbuurt en is failliet gegaan schulden bij {{o:Belastingdienst}} en leveranciers totaal ongeveer zestigduizend hij wil geen WSNP omdat hij dan niet meer zelfstandig kan beginnen zijn vrouw [[p:Sadia]] weet niet hoe groot de schulden zijn en hij wil ook niet dat ze het weet ik heb gezegd dat ik dat respecteer maar dat het in een traject boven water komt
=====
dicteer memo ehm [[p:Oksana Melnyk]] en haar moeder [[p:Halyna]] wonen sinds maart tweeduizendtweeëntwintig nee ze wonen sinds 2022 in de opvanglocatie aan de Schenkkade de moeder heeft nu een indicatie nodig voor zorg zij is ziek nierdialyse drie keer per week in het {{o:HMC Westeinde}} vervoer regelen via {{o:Valys}} eh nee {{o:Wmo}} vervoer
=====
memo [[d:29 april]] teamoverleg: geen namen want het gaat om de werkwijze wij merken dat de tolk telefonisch vaak te laat inbelt en dat gesprekken daardoor een kwartier korter zijn voorstel: tolk vijf minuten eerder laten bellen en de eerste minuten zonder cliënt afstemmen
=====
Spraakmemo 044
[[p:Mustafa Aydemir]] opnieuw gesproken hij wil toch verhuizen naar zijn broer [[p:Yusuf]] in Zoetermeer adres broer [[a:Dorpsstraat 118]] [[pc:2712 AM]] Zoetermeer de {{r:bewindvoerder}} moet de inschrijving regelen en de uitkering moet over naar de gemeente Zoetermeer overdracht aan het sociaal team daar
=====
memo ehm ik was vandaag bij meneer [[p:Kasanpawiro]] eh [[p:Romeo]] [[a:Lijnbaan 3 eh 4]] nee [[a:Lijnbaan 34]] hij heeft een beroerte gehad vorig jaar en spreekt moeilijk hij verstaat alles maar praat langzaam zijn dochter [[p:Shirley]] [[p:Sedney]] dat is de naam van haar man regelt alles en ze is erg boos op de gemeente want de aanpassing van de douche duurt al acht maanden het zaaknummer is [[z:2024-WMO-88120]]
""")
# ---------------------------------------------------------------------------
# 4. Interpreter-assisted conversations (telephone interpreter or in the room)
# ---------------------------------------------------------------------------
add(r"""
[00:00:00] Medewerker: goedemorgen we hebben de tolk aan de lijn tolk wilt u zich voorstellen
[00:00:04] Tolk: goedemorgen ik ben de tolk Tigrinya mijn naam is [[p:Mehret]] ik vertaal alles wat gezegd wordt en ik heb geheimhouding
[00:00:11] Medewerker: dank u wilt u mevrouw vragen hoe ze heet en wanneer ze geboren is
[00:00:15] Tolk: [Tigrinya]
[00:00:19] Cliënt: [Tigrinya]
[00:00:24] Tolk: ze zegt ik heet [[p:Semhar Ghebreyesus]] en ik ben geboren op [[d:één januari tweeduizend]] maar ze weet niet zeker of dat de echte datum is
[00:00:32] Medewerker: dat is goed en wilt u vragen wat haar grootste zorg is
[00:00:35] Tolk: [Tigrinya]
[00:00:49] Tolk: ze zegt dat haar zoon van zes [[p:Filmon]] steeds ziek is en dat ze niet weet hoe ze een dokter moet bellen
=====
gesprek met telefonische tolk Arabisch ({{o:Tolkcontact}}) — automatisch transcript, Arabische delen niet getranscribeerd
medewerker: kunt u vragen waar ze nu woont
tolk: [...] ze zegt op de [[a:Hoefkade vierhonderdtwaalf]] eh [[a:Hoefkade vierhonderdtwaalf A]]
medewerker: dus [[a:Hoefkade 412A]]
tolk: ja en ze woont daar met haar broer en zijn vrouw en vier kinderen in drie kamers
medewerker: en hoe heet haar broer
tolk: [...] [[p:Bashar]] [[p:Kassem]] nee sorry zij zegt [[p:Basel]] niet [[p:Bashar]] [[p:Basel Kassem]]
medewerker: dank u en wil ze dat wij contact opnemen met de corporatie
tolk: [...] ze zegt ja maar niet zonder dat haar broer het weet
=====
SPK_0 (medewerker): de tolk is er mevrouw [[p:Noori]] we gaan beginnen
SPK_2 (tolk Dari): [Dari]
SPK_1 (cliënt): [Dari]
SPK_2 (tolk Dari): ze zegt dank u dat u gekomen bent
SPK_0 (medewerker): ik wil eerst uitleggen dat wij een toestemmingsverklaring gebruiken wilt u dat vertalen
SPK_2 (tolk Dari): [Dari]
SPK_1 (cliënt): [Dari]
SPK_2 (tolk Dari): ze vraagt of haar man dit ook moet tekenen
SPK_0 (medewerker): nee alleen als hij zelf ook hulp wil
SPK_2 (tolk Dari): [Dari] ze zegt haar man [[p:Gul Ahmad]] wil geen hulp hij zegt dat het een familiezaak is
=====
verslag tolkgesprek (tolk Pools, in de kamer) [[d:dinsdag 22 april]]
aanwezig [[p:Wiesława Kamińska]] tolk [[p:Agnieszka]] en [[p:Noor]] van het wijkteam
[[p:Noor]]: vraag haar alsjeblieft of de verhuurder een huurcontract heeft gegeven
tolk: ze zegt nee er is alleen een papiertje met zijn naam en rekeningnummer
[[p:Noor]]: mag ik dat zien
tolk: ze pakt het
[[p:Noor]]: er staat [[p:J. van der Meer]] [[i:NL71 RABO 8167 4847 19]] en zijn telefoon [[t:06 - 21 48 77 03]]
tolk: ze zegt dat hij elke maand contant wil hebben maar zij heeft het overgemaakt zodat ze een bewijs heeft
[[p:Noor]]: dat is heel verstandig zeg haar dat
=====
[00:02:10] Medewerker: vraagt u hem wat zijn BSN is als hij dat weet
[00:02:13] Tolk (Turks): [Turks]
[00:02:16] Cliënt: [[b:üç altı dokuz bir sıfır sıfır sekiz beş iki]]
[00:02:22] Tolk (Turks): hij zegt [[b:drie zes negen een nul nul acht vijf twee]]
[00:02:27] Medewerker: [[b:369100852]] dank u en zijn geboortedatum
[00:02:30] Tolk (Turks): [Turks]
[00:02:33] Tolk (Turks): [[d:veertien mei negentien achtenvijftig]]
=====
tolkgesprek Somalisch telefonisch eh mevrouw [[p:Halima Abdi]] met tolk [[p:Abdirisak]] de tolk zegt ze heeft een brief gekregen die ze niet begrijpt de medewerker vraagt lees de afzender voor de tolk leest {{o:Sociale Verzekeringsbank}} kinderbijslag ze moeten een formulier terugsturen over de kinderen die ouder zijn dan zestien de medewerker zegt dat gaat over [[p:Faadumo]] nee die is veertien over wie dan de tolk zegt er is nog een zoon [[p:Abdiwali]] van zeventien die woont bij zijn oom in Birmingham
=====
Medewerker: we hebben nu de tolk Bulgaars aan de lijn kunt u zich voorstellen
Tolk: ja goedemiddag ik ben tolk Bulgaars ik heet [[p:Tsvetelina]] ik vertaal in de ik-vorm
Medewerker: meneer [[p:Iliev]] weet u wie de eigenaar van het huis is
Tolk: ik weet zijn naam is [[p:Bogomil]] hij heeft een winkel in de Paul Krugerlaan hij komt elke zondag
Medewerker: en heeft u een contract
Tolk: nee ik heb niks alleen een sleutel
Medewerker: oké we gaan u helpen kunt u morgen om tien uur naar het {{o:Servicepunt XL}} in {{w:Transvaal}} komen
Tolk: morgen moet ik werken om zes uur in de kas tot vier uur
Medewerker: dan om half vijf
=====
Transcriptie huisbezoek met tolk (Tolk: T, Medewerker: M, Cliënt: C, Zoon: Z)
M: kunt u vragen of mevrouw haar medicijnen zelf klaarzet
T: [Arabisch] ze zegt dat haar zoon het doet
Z: ja ik doe het elke zondag voor de hele week
M: en jij bent [[p:Ayoub]]
Z: ja [[p:Ayoub]] [[p:Lahlali]]
M: en je moeder heet
Z: [[p:Fatiha]] [[p:Lahlali]] eh [[p:Fatiha Lahlali-Bouzidi]] op haar paspoort
M: en jullie wonen op
Z: [[a:Hooftskade 61]] [[pc:2526 KE]]
T: mag ik iets zeggen mevrouw vraagt wie u bent ze begrijpt niet waarom u hier bent
M: zeg haar dat ik van het wijkteam ben en dat haar zoon ons heeft gebeld omdat hij hulp wil bij de zorg
=====
(Tolk Tigrinya, via telefoon, [[d:24-04]])
0:00 medewerker: hallo meneer [[p:Hagos]] hoort u mij
0:02 tolk: [Tigrinya] hij zegt ja
0:04 medewerker: ik bel over de brief van de {{o:IND}} over uw vrouw
0:08 tolk: [Tigrinya] hij zegt zijn vrouw [[p:Saba]] komt misschien volgende maand via Addis
0:14 medewerker: en u heeft een woning nodig voor de familie
0:17 tolk: [Tigrinya] hij zegt de kamer waar hij nu woont op de [[a:Kritzingerstraat 9-2]] is te klein voor vier mensen
0:24 medewerker: ik ga het aanvragen bij de gemeente daarvoor heb ik het v-nummer nodig
0:27 tolk: hij zegt [[z:drie twee negen vier nul vijf één acht acht zes]]
=====
ehm gesprek met tolk Mandarijn in de spreekkamer
medewerker: vraag mevrouw of ze een bankrekening op eigen naam heeft
tolk: ze zegt nee alles staat op naam van haar man [[p:Huang]] eh [[p:Huang Jianguo]] maar hij is sinds [[d:vijftien januari]] terug in China
medewerker: heeft ze toegang tot die rekening
tolk: ze heeft een pas maar het saldo is nul en er komen nog afschrijvingen voor de winkel
medewerker: we moeten dan een eigen rekening openen en de toeslagen omzetten wat is haar naam precies voor het formulier
tolk: [[p:Huang Lihua]] nee sorry [[p:Liu]] [[p:Liu Fang]] dat is haar naam [[p:Huang]] is de man
=====
[00:00:00] medewerker: ik zet de tolk op de speaker de tolk is Farsi
[00:00:03] tolk: salam ik ben [[p:Parisa]] tolk Farsi
[00:00:06] medewerker: dank u mevrouw [[p:Moradi]] eh [[p:Shirin]] is hier bij mij
[00:00:10] tolk: [Farsi]
[00:00:13] cliënt: [Farsi]
[00:00:18] tolk: ze zegt dat ze sinds drie maanden niet slaapt omdat haar buren geluid maken en dat ze bang is voor de man boven
[00:00:26] medewerker: vraag of de man boven haar bedreigt
[00:00:28] tolk: [Farsi] ze zegt hij schreeuwt als ze haar was ophangt hij heet [[p:Ron]] verder weet ze het niet
=====
Tolkgesprek Tigrinya — notulen (automatisch)
Medewerker vraagt naar school van de kinderen. Tolk: de oudste, [[p:Yonatan]], gaat naar {{o:Het Haagsch Lyceum}}, eh nee, de moeder zegt {{o:Het Lyceum}}, ik weet niet welk. De jongste, [[p:Luwam]], naar groep vier.
Medewerker vraagt of er iemand in het netwerk is die kan helpen met de post. Tolk: ze zegt haar nicht [[p:Rahwa]] woont in Delft en studeert, zij kan soms komen.
Medewerker: nummer van de nicht? Tolk: [[t:06 - 1 2 8 8 4 3 0 7 6]].
=====
S1 medewerker: kunt u mevrouw vragen hoe oud haar moeder is
S2 tolk: [Oekraïens] vierentachtig
S1 medewerker: en welke ziektes heeft ze
S2 tolk: [Oekraïens] ze zegt suiker hart en ze ziet slecht ze heeft insuline nodig
S1 medewerker: wie zet de insuline nu
S2 tolk: ze zegt ik zelf maar ik werk vanaf volgende week bij een distributiecentrum in Bleiswijk dan ben ik van zes tot drie weg
S1 medewerker: dan vragen we de {{r:wijkverpleegkundige}} van {{o:Saffier}} wat is het adres van de opvang voor de aanvraag
S2 tolk: [Oekraïens] ze zegt [[a:Schenkkade 50]] kamer 3.14
=====
Medewerker: de tolk is er [[p:Zainab]] kunnen we beginnen
Tolk: [Arabisch] ze zegt ja
Medewerker: wat is haar mailadres voor de afspraken
Tolk: ze spelt het [[e:z a i n a b punt s a a d i at gmail punt com]]
Medewerker: dus [[e:zainab.saadi@gmail.com]]
Tolk: ja
Medewerker: en haar IBAN voor de aanvraag
Tolk: [Arabisch] ze leest het van haar pas [[i:N L zeven nul nee nul zeven R A B O drie nul zeven één vier vier vijf zeven vijf negen]]
Medewerker: [[i:NL07 RABO 3071 4457 59]]
=====
[tolk Turks in de kamer, transcript alleen Nederlandse delen]
medewerker: meneer [[p:Şahin]] uw zoon [[p:Emre]] heeft gebeld dat hij de traplift wil betalen als de gemeente het niet doet
tolk: hij zegt mijn zoon moet zijn geld houden hij heeft zelf kinderen
medewerker: de gemeente betaalt de traplift als de indicatie klopt er komt een {{r:ergotherapeut}} op [[d:woensdag 7 mei]]
tolk: hij vraagt of de ergotherapeut Turks spreekt
medewerker: dat weet ik niet ik zorg dat er een tolk is
=====
gesprek met tolk Pasjtoe via {{o:GlobalTalk}} transcript onvolledig (veel ruis)
medewerker: ... vraag hem of hij een verblijfsvergunning heeft
tolk: ... ja sinds eh [[d:twaalf november]] vorig jaar ... een status
medewerker: en waar woont hij nu
tolk: [onverstaanbaar] bij een vriend ... de Vaillantlaan ... hij weet het nummer niet
medewerker: hoe heet hij
tolk: [[p:Zabihullah]] ... [[p:Rahmani]]
=====
huisbezoek met tolk Portugees (Kaapverdisch creools lukt niet, alleen Portugees)
[[p:Djenifer Fortes]] woont met haar vader [[p:Antonio]] [[p:Monteiro]] op de [[a:Thomsonlaan 98]] vader is vijfenzeventig dementerend en roept 's nachts haar moeders naam [[p:Filomena]] die al tien jaar dood is tolk vertaalde dat [[p:Djenifer]] nachten niet slaapt en haar werk bij de {{o:PostNL}} sorteerafdeling dreigt kwijt te raken
=====
M = medewerker, T = tolk Arabisch (telefonisch), C = cliënt
M: vraag of hij de brief van de rechtbank bij zich heeft
T: hij zegt ja hij heeft hem hier
M: kunt u vragen om het zaaknummer voor te lezen
T: [[z:C schuine streep nul negen schuine streep zes vier één twee zes zes]] eh hij leest het in het Arabisch voor ik vertaal het zo goed als ik kan
M: ik denk dat het [[z:C/09/641266]] is klopt dat
T: hij zegt ja dat staat er
M: en wie is zijn advocaat
T: mevrouw [[p:Van Beek]] uit Rijswijk
=====
(automatische transcriptie, tolkgesprek Bulgaars/Turks)
medewerker: dus mevrouw [[p:Mehmedova]] spreekt Turks en geen Bulgaars
tolk: ja ze is Bulgaarse Turk ze zegt dat ze [[p:Nermin]] heet [[p:Nermin Mehmedova]]
medewerker: en wat is haar geboortedatum
tolk: [[d:tien tien zeventig]]
medewerker: oké dat is [[d:10-10-1970]] en wat kan ik voor haar doen
tolk: ze zegt haar werkgever heeft haar niet betaald over drie maanden bij een schoonmaakbedrijf
=====
Tolk Dari via telefoon, gesprek over het aanmeldformulier
medewerker: BSN van meneer
tolk: hij zegt [[b:9 5 9 6 1 6 8 3 4]]
medewerker: en van mevrouw
tolk: hij zegt [[b:vier vijf negen zes één zes acht drie vier]] nee hij leest het verkeerd het is [[b:4 5 3 9 8 4 5 2 6]]
medewerker: dank u en telefoonnummer
tolk: [[t:06 eenenzestig nul nul drieënveertig vijfentwintig]]
=====
gesprek via de {{o:Tolkentelefoon}} eh Tigrinya de tolk verbreekt de verbinding drie keer uiteindelijk gesprek met de buurvrouw als tolk die spreekt ook Tigrinya [[p:Senait]] zij zegt de cliënt heeft pijn in de buik al een week en durft niet naar de huisarts omdat ze denkt dat het geld kost ik heb uitgelegd dat de zorgverzekering het betaalt en een afspraak gemaakt bij praktijk {{o:De Kern}} voor morgen
=====
[0:00] tolk: goedemorgen met de tolk Arabisch mijn naam is [[p:Amal]]
[0:03] medewerker: goedemorgen [[p:Amal]] ik heb hier mevrouw [[p:Darwish]] zij spreekt Syrisch Arabisch
[0:08] tolk: geen probleem
[0:10] medewerker: wilt u vragen waarom ze vandaag komt
[0:13] tolk: [Arabisch]
[0:21] tolk: ze zegt dat haar man [[p:Nour Darwish]] is opgenomen in het {{o:Parnassia}} in de kliniek in Kijkduin en dat ze niet weet hoe het verder moet met de huur en de kinderen
[0:30] medewerker: hoe lang is hij opgenomen
[0:32] tolk: sinds [[d:de derde]] van deze maand
=====
tolkgesprek (Engels, zonder tolk) met een moeder uit Ghana
staff: so your name is [[p:Comfort]] and the father of the children
client: [[p:Kwabena]] [[p:Ofori]] but he does not live with us
staff: and the children
client: [[p:Abena]] is eleven [[p:Kwesi]] is eight and [[p:Esi]] is three
staff: do they go to school
client: the two big ones yes at the {{o:Bavinckschool}} the small one is home with me
""")
# ---------------------------------------------------------------------------
# 5. Forms and checks over the phone: spelled names, numbers in words and digits
# ---------------------------------------------------------------------------
add(r"""
medewerker: dan de achternaam graag spellen
beller: [[p:b van Bernard o van Otto u van Utrecht z van Zaandam i van Izaak d van Dirk i van Izaak]]
medewerker: [[p:Bouzidi]] en de voornaam
beller: [[p:Karima]] met een k
medewerker: en geboortedatum
beller: [[d:de zesentwintigste van de vierde zevenentachtig]]
medewerker: [[d:26-04-1987]]
=====
[00:01:12] SWT: uw postcode
[00:01:14] cliënt: [[pc:vijfentwintig tweeëndertig eh k l]]
[00:01:18] SWT: [[pc:2532 KL]] en het huisnummer
[00:01:20] cliënt: [[a:drieënveertig]] eh zonder toevoeging
[00:01:25] SWT: en de straat is dan de [[a:Zuidlarenstraat 43]] klopt dat
[00:01:28] cliënt: ja
=====
SWT: kunt u uw burgerservicenummer oplezen
cliënt: [[b:zes vijf vier negen acht twee zes acht zes]]
SWT: ik herhaal [[b:6 5 4 9 8 2 6 8 6]]
cliënt: nee het laatste is vijf niet zes [[b:6 5 4 9 8 2 6 8 5]]
SWT: oké [[b:654982685]] dank u
=====
medewerker: mailadres
cliënt: [[e:fatma koc tweeëntachtig apenstaartje hotmail punt com]] alles aan elkaar
medewerker: [[e:fatmakoc82@hotmail.com]]
cliënt: ja maar [[p:koc]] zonder staartje in de mail
=====
[00:00:31] medewerker: IBAN
[00:00:33] cliënt: [[i:NL vijfenveertig RABO vijf zeven twee één één negen negen vier één nul]]
[00:00:40] medewerker: [[i:NL45 RABO 5721 1994 10]]
[00:00:43] cliënt: ja
=====
intake telefoon bevestiging gegevens (automatisch)
naam: [[p:Mehmedova Nermin]]
geb.: [[d:10 okt 1970]]
bsn: [[b:195 489 937]]
adres: [[a:Hooftskade twee honderd en vier]] / [[a:Hooftskade 204]]
pc: [[pc:2526 GJ]]
tel: [[t:06-eenentwintig-tweeënzeventig-negentig-veertien]] → [[t:06 21 72 90 14]]
=====
Medewerker: spelt u de straatnaam even
Beller: Van der Helststraat eh dat is v a n d e r h e l s t
Medewerker: en het nummer
Beller: [[a:zevenenzestig rood]]
Medewerker: rood
Beller: ja zo heet dat hier rood dat is de onderste
Medewerker: [[a:Van der Helststraat 67 rood]] dank u
=====
SWT: uw telefoonnummer voor de {{r:wijkverpleegkundige}}
cliënt: [[t:nul zeven nul drie acht vijf eh vijftig vijftig]]
SWT: [[t:070 385 50 50]]
cliënt: ja maar dat is het oude nummer van mijn man het nieuwe is eh [[t:06 vijftien eenentwintig zesentachtig nul nul]]
=====
[00:02:40] SWT: dossiernummer van de {{o:Kredietbank}}
[00:02:42] cliënt: [[z:K B nul acht vier vier twee één]]
[00:02:46] SWT: [[z:KB-084421]] ja ik zie hem
=====
ja het nummer is [[b:drie twee twee acht negen vier vijf nul vijf]] ja dat is mijn BSN dat staat op de achterkant van het rijbewijs nee van de ID-kaart sorry
=====
medewerker: en de geboortedatum van uw man
cliënt: [[d:acht acht achtentachtig]] makkelijk te onthouden
medewerker: en die van u
cliënt: [[d:twintig twaalf negentig]]
medewerker: en de kinderen
cliënt: [[p:Lina]] [[d:drie juni vijftien]] en [[p:Adam]] negentien eh [[d:negentien september negentien]]
=====
SWT: ik lees even terug [[p:Mourabit]] [[p:Abdelkader]] geboren [[d:12-03-1981]] BSN [[b:803784934]] woont [[a:Hooftskade 180]] klopt dat
cliënt: ja klopt maar de postcode is nieuw [[pc:2526 L van Lodewijk C van Cornelis]]
SWT: [[pc:2526 LC]] genoteerd
=====
SWT: voor het formulier kwijtschelding nog uw aanslagnummer
cliënt: [[z:vier nul vier nul zes zes één twee acht negen nul één]]
SWT: en uw rekeningnummer
cliënt: [[i:NL vierentwintig ABNA zeven zeven één één drie twee één zes vier acht]]
SWT: dat wordt [[i:NL24ABNA7711321648]] op naam van
cliënt: [[p:Y. Lahlali]]
=====
beller: mijn BSN is [[b:33997186]] eh wacht er mist er één [[b:339971861]]
medewerker: dank u
=====
[0:00:05] SWT: ik controleer uw e-mail [[e:r punt bhagwandin at ziggo punt nl]]
[0:00:09] cliënt: nee [[e:rishi punt bhagwandin]] voluit
[0:00:12] SWT: dus [[e:rishi.bhagwandin@ziggo.nl]]
[0:00:14] cliënt: ja precies
=====
medewerker: welk nummer kan de {{r:bewindvoerder}} bellen
cliënt: [[t:nul zes eh drieëndertig vierenzeventig nul negen achtenvijftig]]
medewerker: [[t:06 33 74 09 58]]
cliënt: ja
=====
SWT: u zei [[d:tweede mei]]
cliënt: nee [[d:twee maart]]
SWT: oh [[d:2 maart]] dan ben ik te laat met de aanvraag
=====
[00:00:01] cliënt: ik heb het zaaknummer [[z:Z nul nul nul vier vier zeven één drie]]
[00:00:06] SWT: sorry dat ging te snel
[00:00:07] cliënt: [[z:Z 0004 4713]]
[00:00:10] SWT: en van welke organisatie
[00:00:11] cliënt: van de rechtbank {{o:Rechtbank Den Haag}} over de schuldsanering
=====
SWT: geboortedatum van de baby
cliënt: [[d:tweeëntwintig twee vijfentwintig]]
SWT: [[d:22-2-2025]] en hoe heet ze
cliënt: [[p:Amaya]] [[p:Amaya Winklaar]]
=====
intake-check (spraak naar tekst, [[d:vr 9 mei]])
adres genoemd: [[a:Laan van Meerdervoort twaalfhonderd achtentachtig]] → systeem herkende "[[a:Laan van Meerdervoort 1200 88]]" → correct is [[a:Laan van Meerdervoort 1288]]
postcode genoemd: [[pc:2555 eh a x]] → [[pc:2555 AX]]
=====
cliënt: mijn rekening is [[i:NL57 INGB 8797 9905 26]]
SWT: dat klopt niet helemaal volgens het systeem kunt u het nog eens oplezen
cliënt: [[i:N L vijf zeven I N G B acht zeven negen zeven negen negen nul vijf zes twee]]
SWT: ja nu klopt hij
=====
[00:00:00] SWT: voor de aanmelding {{o:Voedselbank}} alle namen en geboortedata in huis
[00:00:04] cliënt: ik [[p:Shirin Moradi]] [[d:1-9-84]] mijn dochter [[p:Darya]] [[d:14-2-2012]] en mijn zoon [[p:Arman]] [[d:30-6-2016]]
[00:00:13] SWT: en inkomen
[00:00:14] cliënt: bijstand 1.387 euro netto en kinderbijslag per kwartaal
=====
SWT: kunt u de naam van uw {{r:huisarts}} spellen
cliënt: [[p:e l b o u a z z a t i]] dokter [[p:El Bouazzati]]
SWT: en de praktijk zit op
cliënt: de Hoefkade naast de apotheek
""")
# ---------------------------------------------------------------------------
# 6. Partners calling or being called (GP, police, school, housing, hospital ...)
# ---------------------------------------------------------------------------
add(r"""
[00:00:00] Intake: intakelijn met [[p:Vera]]
[00:00:02] Beller: hoi [[p:Vera]] met [[p:Lisanne]] {{r:transferverpleegkundige}} {{o:HMC Antoniushove}} ik heb een patiënt die morgen naar huis gaat en die eigenlijk niet naar huis kan
[00:00:10] Intake: vertel
[00:00:11] Beller: mevrouw [[p:Blom]] [[p:Aaltje Blom]] zevenentachtig heup gebroken woont alleen op de [[a:Laan van Eik en Duinen 203]] derde verdieping geen lift
[00:00:20] Intake: is er geen plek in een {{o:eerstelijnsverblijf}}
[00:00:22] Beller: alles vol in de regio ik heb vrijdag ook nog gebeld
[00:00:26] Intake: ik zet het door naar team {{w:Segbroek}} wat is je directe nummer
[00:00:29] Beller: [[t:070 – 3 12 04 77]] dat is de afdeling dan vraag je naar mij
=====
SPK_0: intakelijn [[p:Thijs]]
SPK_1: ja met {{o:Vidomes}} [[p:Marjolein Baas]] ik wil even een signaal afgeven over een huurder
SPK_0: ga je gang
SPK_1: mevrouw [[p:Lahlali]] op de [[a:Hooftskade 61]] wij hebben klachten van de buren dat ze 's nachts op de galerij loopt en aanbelt bij mensen haar zoon zegt dat ze dementie heeft
SPK_0: wij hebben die familie in beeld sinds vorige maand ik geef het door aan de {{r:casusregisseur}}
SPK_1: fijn want we hebben een overlastdossier geopend [[z:VID-OV-2025-117]] en dat wil ik liever niet laten escaleren
=====
Intake: intakelijn goedemiddag
Beller: goedemiddag u spreekt met meester [[p:Jorrit]] van {{o:De Bavinckschool}} ik ben de {{r:leerkracht}} van groep zes
Intake: dag meester [[p:Jorrit]]
Beller: ik maak me zorgen over een leerling [[p:Abena]] [[p:Ofori]] ze is elf ze komt al drie weken zonder ontbijt en ze valt in slaap in de klas haar moeder zegt dat alles goed gaat maar ik geloof dat niet
Intake: heeft de school al met de {{r:schoolmaatschappelijk werker}} overlegd
Beller: die is met zwangerschapsverlof daarom bel ik u
=====
[00:00:00] {{r:wijkagent}}: goedemorgen met [[p:Anouk]] [[p:de Ruiter]] {{r:wijkagent}} {{w:Laak}}
[00:00:04] SWT: morgen [[p:Anouk]] met [[p:Hamza]]
[00:00:06] {{r:wijkagent}}: ik heb vannacht een aanhouding gehad bij de [[a:Slicherstraat 7A]] de zoon [[p:Yassin]] heeft zijn vader geduwd en ruiten ingegooid
[00:00:13] SWT: oh nee de familie [[p:Ouazzani]] ik ken ze hoe gaat het met de vader
[00:00:16] {{r:wijkagent}}: lichte verwondingen hij wil geen aangifte doen maar we hebben een zorgmelding gemaakt het nummer is [[z:2025-0 4 4 1 8 7 6 3]]
[00:00:24] SWT: dank je ik ga er vandaag heen met [[p:Latifa]] van {{o:Jutters}}
=====
ja met dokter [[p:Sewnath]] huisarts ik bel voor het wijkteam {{w:Transvaal}} over een patiënt [[p:Mert Arslan]] geboren [[d:zes augustus tweeduizend drie]] die is bij mij geweest met een gokverslaving en hij wil nu hulp hij geeft toestemming om contact met jullie op te nemen ik verwijs hem door naar {{o:Brijder}} maar de schulden moeten ook aangepakt worden zijn moeder heeft al gebeld geloof ik
=====
[00:00:01] SWT: met [[p:Inge]] sociaal wijkzorgteam ik bel met {{o:Jeugdbescherming west}}
[00:00:04] JBW: met [[p:Ilse-Marie Groen]]
[00:00:06] SWT: hoi [[p:Ilse-Marie]] over de familie [[p:Mourabit]] je vroeg om een rapportage voor de zitting van [[d:9 april]]
[00:00:11] JBW: ja klopt kan je die voor [[d:2 april]] sturen naar [[e:i.groen@jbwest.nl]]
[00:00:15] SWT: dat lukt ik zet erin dat vader meewerkt en dat de kinderen [[p:Lina]] en [[p:Adam]] goed naar school gaan
=====
beller ja hallo met [[p:Peter de Boer]] {{r:bewindvoerder}} van {{o:Beschermingsbewind Haaglanden}} ik bel voor een cliënt van mij [[p:Rumen Iliev]] [[d:3-12-1988]] ik heb een verzoek van de rechtbank gekregen om bewind in te stellen maar ik krijg hem niet te pakken hij heeft geen vast adres meer het laatste was [[a:Joubertstraat 11-b]] weet het wijkteam waar hij verblijft
medewerker ik mag daar zonder zijn toestemming niks over zeggen maar ik kan hem vragen contact met u op te nemen
beller graag mijn nummer is [[t:06 48 20 15 71]]
=====
[00:00:00] SWT: goedemiddag met [[p:Ilona]] ik bel met de {{o:Belastingtelefoon}}
[00:00:03] BT: goedemiddag het burgerservicenummer van de persoon om wie het gaat
[00:00:07] SWT: [[b:vier zeven nul twee acht negen nul zes vijf]] en ik heb een machtiging
[00:00:12] BT: en de naam
[00:00:13] SWT: [[p:Mohamed]] [[p:Abdullahi]] geboren [[d:1 januari 1979]]
[00:00:17] BT: ik zie een terugvordering kinderopvangtoeslag over 2019 en 2020 er loopt ook een aanvraag bij de {{o:UHT}} het dossiernummer daar is [[z:UHT 2 0 2 1 0 3 3 8 1 7]]
=====
Intake: intakelijn sociaal wijkzorgteam
Beller: goedemiddag u spreekt met [[p:Wilma]] van de {{o:Voedselbank Haaglanden}} uitgiftepunt {{w:Loosduinen}}
Intake: dag [[p:Wilma]]
Beller: we hebben een klant die niet meer komt ophalen drie weken al en we maken ons zorgen [[p:Cor]] eh meneer [[p:Vink]] [[p:Cornelis Vink]] hij woont alleen hij is zestig
Intake: heeft hij toestemming gegeven dat jullie ons mogen bellen
Beller: ja dat staat op zijn intakeformulier bij ons
Intake: weet u zijn adres
Beller: [[a:Thomsonlaan 230]] nee [[a:Thomsonlaan 23 C]]
=====
{{o:Haag Wonen}} belt intakelijn [[d:28-4]] 10:12
woonconsulent [[p:Bart Timmer]] meldt: huurder [[p:Sharina Doran]] [[a:Vlielandsestraat 8]] heeft drie maanden achterstand en reageert niet op brieven; dochter [[p:Kimberly]] zou af en toe bij haar wonen. Vraagt of wijkteam kan aanbellen. Contractnummer [[z:HW 2 2 0 0 8 1 4]]. Directe lijn [[t:070 – 3 77 40 18]]
=====
[00:00:00] Beller: ja hallo met [[p:Ramautar]] {{r:apotheker}} van {{o:Apotheek Transvaal}}
[00:00:04] Intake: goedemiddag
[00:00:05] Beller: ik heb een klant die zijn medicatie voor de schizofrenie al zes weken niet heeft opgehaald en we krijgen hem niet aan de telefoon [[p:Ionuț]] [[p:Marinescu]] [[d:negen drie zevenentachtig]]
[00:00:14] Intake: weet u welke {{r:psychiater}} hij heeft
[00:00:16] Beller: bij {{o:Parnassia}} {{w:Centrum}} de voorschrijver is dokter [[p:Hendriks]]
[00:00:20] Intake: ik ga contact opnemen met het {{o:FACT-team}}
=====
ja goedemiddag u spreekt met [[p:Rachida Bakkali]] de {{r:intern begeleider}} ik bel nog even terug over [[p:Nour]] de stroom is weer aan zegt ze maar nu is er geen gas meer en het huis is koud de moeder [[p:Rasha]] durft niet te bellen naar het energiebedrijf kunt u nog een keer langs gaan de moeder heeft gezegd dat het goed is dat ik bel
=====
Medewerker intakelijn: goedemorgen
Beller: morgen met [[p:Sanne Schipper]] {{o:Reclassering Nederland}} ik heb een cliënt die over twee weken vrijkomt uit {{o:PI Haaglanden}} en die geen woning heeft
Medewerker intakelijn: hoe heet uw cliënt
Beller: [[p:Gilbert Doran]] ik heb toestemming van hem hij is de zoon van mevrouw [[p:Doran]] van de [[a:Vlielandsestraat 8]] maar daar kan hij niet wonen
Medewerker intakelijn: en de datum van ontslag
Beller: [[d:donderdag 15 mei]]
=====
[00:00:00] SWT: met [[p:Dewi]] wijkteam {{w:Moerwijk}} ik bel met de {{o:GGD}} team {{o:Bijzondere Zorg}}
[00:00:04] GGD: ja met [[p:Marco]]
[00:00:05] SWT: hoi [[p:Marco]] we hebben een meldingsnummer van de buren over stankoverlast bij de flat in de Zuidlarenstraat [[z:MOR 25 3 3 0 1 8]] de bewoonster reageert niet
[00:00:13] GGD: welk huisnummer
[00:00:14] SWT: [[a:Zuidlarenstraat 58 derde]] mevrouw [[p:Todorova]] eh nee die is van de zus de bewoner is [[p:Hristo Angelov]]
[00:00:20] GGD: dan gaan we er morgen om negen uur heen met de {{r:wijkagent}}
=====
SWT: goedemiddag u spreekt met [[p:Gijs]] ik bel met het {{o:UWV}} voor een cliënt in de WW
UWV: goedemiddag ik kan alleen met u spreken als de cliënt erbij is
SWT: hij zit naast mij
cliënt: ja met [[p:Łukasz Mazur]] [[p:m a z u r]]
UWV: meneer [[p:Mazur]] kunt u uw BSN noemen
cliënt: eh [[b:acht vier twee vier drie negen één zeven één]]
UWV: [[b:842439171]] dank u uw WW loopt tot [[d:31 juli]]
=====
[0:00:00] beller: goedemorgen ik ben [[p:Fleur]] van {{o:Saffier}} de {{r:wijkverpleegkundige}} ik bel voor overleg over mevrouw [[p:Halyna Melnyk]]
[0:00:06] intake: dag [[p:Fleur]]
[0:00:07] beller: ik zet nu de insuline twee keer per dag maar de dochter gaat werken en ik kan niet om zes uur 's ochtends komen
[0:00:13] intake: kan de dialyse-afdeling het niet doen
[0:00:15] beller: alleen op de dialysedagen maandag woensdag vrijdag
[0:00:18] intake: ik overleg met [[p:Noor]] die heeft de casus
=====
ja met [[p:Koen]] van {{o:Stek}} voor de buurtpastor ik bel over meneer [[p:Osman]] hij heeft gisteren in onze inloop geslapen en vanochtend vertelde hij dat de deurwaarder zijn spullen op straat heeft gezet aan de Lozerlaan hij heeft een tas met papieren gered daarin zit een brief met kenmerk [[z:DW-4410-2025-06]] kan iemand vandaag nog komen
=====
[00:00:00] SWT: ik bel met {{o:Dunea}} over de afsluiting
[00:00:03] Dunea: ja met [[p:Ilse]] klantenservice bijzondere situaties
[00:00:06] SWT: klantnummer [[z:4100882615]] meneer [[p:Iliev]] hij is inmiddels verhuisd
[00:00:10] Dunea: dan moet de aansluiting op naam van de nieuwe bewoner of de eigenaar
[00:00:13] SWT: de eigenaar is [[p:B. Petkov]] hij woont volgens ons in Rijswijk maar we hebben geen adres
=====
beller: ik bel van het {{o:CIZ}} ik zoek de contactpersoon van [[p:Henriëtte Valk]] ik heb een Wlz-aanvraag gekregen maar er staat geen telefoonnummer van een familielid bij
medewerker: de zoon woont in het buitenland ik ben zelf de contactpersoon vanuit het wijkteam [[p:Merel]] [[t:06 12 91 40 87]]
beller: dank u we plannen het gesprek op [[d:dinsdag 20 mei]] om tien uur
""")
# ---------------------------------------------------------------------------
# 7. Transcripts without personal data (menus, general questions, team memos,
#    look-alikes: amounts, times, years, room numbers, general phone lines)
# ---------------------------------------------------------------------------
add(r"""
automatische transcriptie keuzemenu intakelijn
welkom bij de intakelijn van de sociale wijkzorgteams van de gemeente Den Haag dit gesprek wordt opgenomen en automatisch uitgeschreven voor kwaliteitsdoeleinden heeft u een vraag over zorg of ondersteuning thuis toets 1 heeft u geldzorgen toets 2 belt u als professional toets 3 voor alle andere vragen belt u met de gemeente op 14 070 bij direct gevaar belt u 112
=====
ja hallo eh ik bel even om te vragen hoe laat het spreekuur morgen begint in het wijkcentrum want ik heb gehoord dat het verplaatst is van half tien naar tien uur klopt dat ik hoor het wel dank u
=====
SPK_0: intakelijn goedemiddag
SPK_1: ja hallo ik ben student en ik doe een onderzoek naar de wijkteams mag ik een paar vragen stellen
SPK_0: dat kan niet via deze lijn u kunt mailen naar het algemene adres van de gemeente of bellen met 14 070
SPK_1: oké en hoeveel teams zijn er
SPK_0: in Den Haag zijn er vierentwintig sociale wijkzorgteams met elk acht tot tien professionals
SPK_1: dank u wel
=====
memo teamoverleg week 19
punt één we hebben dit kwartaal 212 aanmeldingen gehad via de intakelijn dat is 18 procent meer dan vorig jaar
punt twee de meeste vragen gaan over geldzorgen en eenzaamheid
punt drie de tolkentelefoon is vanaf juli duurder de kosten per gesprek gaan van 38 naar 42 euro
punt vier volgende overleg in zaal 2.07 op de tweede verdieping
=====
Voicemail — intakelijn — duur 0:14
"goedemiddag ik bel over de folder van het wijkteam in het Arabisch die is op in de bibliotheek kunnen er nieuwe komen dank u"
=====
Intake: intakelijn
Beller: hallo ik wil graag weten of het wijkteam ook helpt met het invullen van de belastingaangifte
Intake: daarvoor kunt u terecht bij de vrijwilligers van {{o:Humanitas}} of bij de sociaal raadslieden in het {{o:Servicepunt XL}} de hulp is gratis
Beller: ook als ik een eigen huis heb
Intake: ja ook dan maar neem alle papieren mee jaaropgaven van 2024 en de WOZ-beschikking
Beller: dank u
=====
spraakmemo ehm idee voor de pilot thema ouderen: veel oudere mannen in {{w:Escamp}} komen niet naar de koffieochtenden maar wel naar de biljartclub bij het wijkcentrum op vrijdagmiddag van twee tot vijf misschien kan de {{r:ouderenadviseur}} daar eens per maand aanschuiven en kunnen we de {{r:buurtsportcoach}} vragen mee te denken
=====
[00:00:00] Intake: intakelijn goedemorgen
[00:00:02] Beller: goedemorgen ik werk bij een huisartsenpraktijk en ik wil weten wat de verwijsroute is voor een patiënt met schulden en psychische klachten
[00:00:09] Intake: u kunt de patiënt met toestemming aanmelden via deze lijn of via het formulier in Zorgdomein we nemen binnen vijf werkdagen contact op
[00:00:16] Beller: en als het urgent is
[00:00:18] Intake: dan binnen twee werkdagen en bij crisis de crisisdienst van de {{o:GGZ}}
=====
beller: [onverstaanbaar] ... de bus ... kwartier ... [muziek] ... ja
medewerker: hallo ik versta u slecht kunt u het nog eens zeggen
beller: [verbinding verbroken]
=====
eh memo voor mezelf de declaratie van de reiskosten voor mei nog indienen 86 kilometer à 23 cent en de parkeerkosten bij het ziekenhuis 7 euro 40 bonnetje zit in het dashboardkastje
=====
Intake: intakelijn met wie spreek ik
Beller: dat doet er niet toe ik wil alleen weten of het waar is dat jullie alles doorgeven aan de politie
Intake: nee wij werken met een toestemmingsverklaring informatie delen we alleen met toestemming behalve als er direct gevaar is voor iemand
Beller: en aan de {{o:Belastingdienst}}
Intake: ook niet
Beller: oké dan bel ik misschien nog een keer terug
=====
memo casusles ouderen (geanonimiseerd) ehm een vrouw van in de negentig woonde veertig jaar in dezelfde flat in {{w:Segbroek}} haar hulp merkte dat de post zich opstapelde en belde de intakelijn binnen een week was er een {{r:ouderenadviseur}} binnen en na zes weken een volmacht voor de administratie les voor andere teams huishoudelijke hulpen en schoonmakers zijn vaak de eersten die iets zien geef ze het nummer van de intakelijn
=====
voicemail 10:55 "hallo met de receptie van het stadhuis er staat hier iemand aan de balie voor het wijkteam maar hij wil zijn naam niet zeggen hij komt morgen terug om negen uur"
=====
[00:00:00] Tolk: goedemiddag u spreekt met de tolk Tigrinya ik ben ingeboekt voor een gesprek om twee uur maar er neemt niemand op
[00:00:06] Intake: oh sorry de collega zit nog in een ander gesprek kunt u over tien minuten terugbellen
[00:00:10] Tolk: dat kan maar dan is mijn tijd om kwart voor drie op
""")
# ---------------------------------------------------------------------------
# 8. Longer recordings: multi-party calls, long voicemails, long dictations
# ---------------------------------------------------------------------------
add(r"""
transcriptie telefonisch casusoverleg [[d:dinsdag 6 mei]] 13:00 (opname met toestemming, automatisch uitgeschreven)
aanwezig: [[p:Noor]] ({{r:casusregisseur}}), [[p:Fleur]] ({{r:wijkverpleegkundige}} {{o:Saffier}}), [[p:Hans Kuiper]] ({{o:Haags Ontmoeten}}), [[p:Gijs]] ({{r:maatschappelijk werker}})
[00:00:02] [[p:Noor]]: we hebben drie casussen eerst mevrouw [[p:Melnyk]] de moeder
[00:00:06] [[p:Fleur]]: de insuline gaat nu goed we hebben een avondronde en op dialysedagen doet het ziekenhuis de ochtend
[00:00:13] [[p:Noor]]: en de dochter [[p:Oksana]] werkt nu
[00:00:15] [[p:Fleur]]: ja ze is wel moe maar het lukt
[00:00:18] [[p:Noor]]: goed tweede casus meneer [[p:Pattipeilohy]] [[p:Hans]]
[00:00:22] [[p:Hans Kuiper]]: hij komt elke donderdag naar de maaltijd en heeft vrienden gemaakt een van de vrijwilligers [[p:Ineke Tanasale]] komt ook uit de Molukse gemeenschap ze gaan samen naar de kerk
[00:00:32] [[p:Noor]]: mooi dan stel ik voor dat we afschalen [[p:Gijs]] de derde is van jou
[00:00:36] [[p:Gijs]]: ja [[p:Paweł Grabowski]] hij slaapt niet meer in de auto hij heeft via het {{o:Straatconsulaat}} een kamer gevonden aan de [[a:Trekweg 17]] maar hij moet zich nog inschrijven en hij heeft een ID nodig de Poolse ambassade is in het {{w:Statenkwartier}} hij heeft een afspraak op [[d:de twintigste]]
[00:00:52] [[p:Noor]]: dank je volgend overleg [[d:3 juni]]
=====
lange voicemail 2:48 (automatische transcriptie)
ja hallo goedemiddag u spreekt met [[p:Ineke Tanasale]] ik ben eh vrijwilliger bij {{o:Haags Ontmoeten}} en ik bel eigenlijk over een vriendin van mij uit de kerk mevrouw [[p:Soeters]] eh [[p:Wilhelmina Soeters]] maar iedereen zegt tante [[p:Mien]] ze is negenentachtig en woont nog helemaal alleen in een bovenwoning aan de [[a:Stortenbekerstraat 41]] in {{w:Moerwijk}} eh haar zoon is overleden vorig jaar en haar kleinzoon [[p:Dennis]] eh [[p:Dennis Soeters]] die komt eigenlijk alleen als hij geld nodig heeft ik heb gezien dat hij haar pinpas heeft en dat er elke week geld van haar rekening af gaat ik wil niemand beschuldigen maar ik vind het niet goed ze zegt zelf dat het goed is en dat hij een goede jongen is maar ze heeft geen eten in huis en ze heeft de huur van april niet betaald ze heeft een brief van {{o:Staedion}} daarover ik weet niet wat ik moet doen ik wil niet dat ze boos op me wordt ik ben bereikbaar op [[t:06 – 29 44 81 30]] of thuis op [[t:070 – 3 97 26 14]] eh ik heb ook haar toestemming gevraagd om u te bellen en dat vond ze goed als ik er maar bij ben dank u wel
=====
Spraakmemo 052 — 6:41 — huisbezoek + terugkoppeling
ehm ja goed ik sta buiten bij [[a:Stortenbekerstraat 41]] net weg bij mevrouw [[p:Soeters]] met [[p:Ineke]] erbij punt het verhaal van [[p:Ineke]] klopt grotendeels punt de kleinzoon heeft inderdaad de pinpas en mevrouw zegt dat ze hem die gegeven heeft voor de boodschappen maar er zijn geen boodschappen punt op het afschrift van de {{o:ING}} zie ik elke week opnames van tweehonderd euro bij een automaat op de Leyweg punt de rekening is [[i:NL89 INGB 2133 0187 18]] komma de AOW komt op de vijfentwintigste punt er is een huurachterstand van één maand bij {{o:Staedion}} punt mevrouw is helder punt ze weet precies hoe oud ze is en wie de koning is punt maar ze wil de kleinzoon niet kwijt punt nieuwe alinea wat ik ga doen dubbele punt één overleg met het team over financiële uitbuiting en of we {{o:Veilig Thuis}} raadplegen punt twee mevrouw voorstellen dat de AOW op een nieuwe rekening komt waar alleen zij bij kan punt drie de huur via automatische incasso punt vier de {{r:ouderenadviseur}} vragen voor een gesprek over een mentor of bewind punt het nummer van de kleinzoon heb ik niet en ik ga hem ook niet zelf bellen punt einde memo
=====
[00:00:00] SWT: goedemiddag met [[p:Hamza]] ik heb de tolk en mevrouw aan de lijn en ik wil even u erbij halen meneer [[p:Van Beek]] nee mevrouw [[p:Van Beek]] sorry de advocaat
[00:00:07] Advocaat: ja met [[p:Saskia van Beek]] goedemiddag
[00:00:09] SWT: het gaat om de zaak van meneer [[p:Ouazzani]] zaaknummer [[z:C/09/641266]] de zitting over de ondertoezichtstelling van zijn dochter
[00:00:15] Advocaat: die is niet van meneer [[p:Ouazzani]] die is van meneer [[p:Mourabit]] ik denk dat er iets door elkaar loopt
[00:00:20] SWT: oh u heeft gelijk [[p:Mourabit]] [[p:Abdelkader]] dat is mijn fout
[00:00:24] Advocaat: de zitting is op [[d:woensdag 9 april]] om half elf de kinderrechter wil weten of vader een veilige thuissituatie kan bieden
[00:00:31] Tolk: [Arabisch]
[00:00:36] Tolk: meneer zegt dat hij sinds januari een eigen woning heeft aan de [[a:Hooftskade 180]] en dat de kamer van de kinderen klaar is
[00:00:43] Advocaat: dat is goed kan het wijkteam daar een korte verklaring over geven
[00:00:46] SWT: ja als meneer toestemming geeft ik mail het naar u
[00:00:49] Advocaat: [[e:s.vanbeek@vanbeekadvocatuur.nl]] van beek aan elkaar
=====
gedicteerde brief (spraakherkenning, niet nagekeken)
aan {{o:Vidomes}} t.a.v. mevrouw [[p:M. Baas]] {{r:woonconsulent}} postbus 16100 2500 BC Den Haag komma betreft dubbele punt huurder [[p:M. Aydemir]] komma [[a:Kritzingerstraat 41]] komma [[pc:2572 MN]] Den Haag komma contractnummer [[z:VID 0 4 1 7 7 2 9]] nieuwe alinea geachte mevrouw [[p:Baas]] komma nieuwe alinea naar aanleiding van ons telefoongesprek van [[d:donderdag tien april]] bevestig ik dat de heer [[p:Aydemir]] met ingang van [[d:één mei]] verhuist naar zijn broer in Zoetermeer punt de sleutels worden uiterlijk [[d:dertig april]] ingeleverd punt de achterstand van tweeduizend honderdveertig euro wordt in overleg met de {{r:bewindvoerder}} in termijnen betaald punt nieuwe alinea met vriendelijke groet komma [[p:Samira Bouali]] komma {{r:maatschappelijk werker}} sociaal wijkzorgteam {{w:Transvaal}} komma [[t:06 – 11 38 52 97]]
=====
[00:00:00] intake: intakelijn met [[p:Annabel]]
[00:00:02] beller: hallo met [[p:Marijke Prins]] ik had eerder gebeld over mijn schoonvader
[00:00:06] intake: ja meneer [[p:Prins]] op de [[a:Stevinstraat 96a]]
[00:00:09] beller: ja hij is vannacht gevallen en lag op de grond tot ik vanochtend kwam hij heeft zijn pols gebroken hij is nu in het {{o:HMC Westeinde}} en ze willen hem vandaag naar huis sturen
[00:00:18] intake: dat is schrikken
[00:00:19] beller: er stonden zes lege flessen jenever in de keuken ik weet het niet meer mijn man [[p:Joost]] zegt dat zijn vader altijd al dronk maar nu is het veel erger
[00:00:28] intake: ik ga het met spoed doorzetten naar team {{w:Scheveningen}} en ik neem contact op met de {{r:transferverpleegkundige}} mag ik uw nummer
[00:00:34] beller: [[t:zes vijf vier eh nul twee twee acht één vijf]] met nul ervoor
[00:00:39] intake: [[t:06 54 02 28 15]]
[00:00:42] beller: ja en de geboortedatum van mijn schoonvader is [[d:drie november negentienhonderdvierenveertig]] voor het ziekenhuis
=====
dictaat casusbeschrijving voor het MDO (automatisch getranscribeerd, nog niet gecorrigeerd)
casus familie [[p:Ofori]] nee [[p:Asante]] sorry ik had de verkeerde open familie [[p:Ofori]] moeder [[p:Comfort]] [[p:Ofori-Mensah]] drie kinderen [[p:Abena]] elf [[p:Kwesi]] acht [[p:Esi]] drie vader [[p:Kwabena]] woont in Amsterdam {{w:Zuidoost}} en betaalt geen alimentatie moeder werkt als schoonmaker bij het {{o:Haga}} ziekenhuis in de nacht en de kinderen zijn dan alleen met een buurvrouw die soms komt de school heeft gebeld omdat [[p:Abena]] in slaap valt en geen ontbijt heeft ehm wat ik zie moeder is uitgeput ze wil het goed doen maar ze kan niet tegelijk werken en slapen en zorgen financieel is er een tekort van ongeveer driehonderd euro per maand omdat de kinderopvangtoeslag stopte toen ze van werk wisselde de oplossing is niet ingewikkeld maar er zijn veel loketten voorstel één toeslag opnieuw aanvragen twee alimentatie via het {{o:LBIO}} drie overdag slapen mogelijk maken door de kleine naar een peuterplek te laten gaan vier contact met de school op [[d:donderdag 8 mei]] het adres ter info [[a:Erasmusweg 560]] [[pc:2532 CR]]
=====
Voicemail (2:05) van [[t:+90 532 418 77 09]]
"merhaba eh hallo ik ben [[p:Gülsüm]] [[p:Öztürk]] ik ben nu in Turkije bij mijn zus in Izmir mijn moeder is ziek ik kom terug op [[d:twintig juni]] eh en ik heb een afspraak met [[p:Samira]] die moet ik verzetten ook mijn huur op de [[a:Hooftskade 29]] eh die wordt gewoon afgeschreven dus dat is goed maar ik heb een brief gekregen van de gemeente over mijn uitkering dat ik moet melden als ik naar het buitenland ga ik heb het gemeld eh per mail naar mijn {{r:klantmanager}} [[p:Bram]] [[p:Hofstede]] kunt u controleren of hij het heeft gekregen mijn mail is [[e:gulsum.ozturk@outlook.com]] dank u wel"
=====
Spraakmemo 061 — overdracht bij vakantie
voor [[p:Cem]] ik ben weg van [[d:12 juli]] tot [[d:3 augustus]] lopende zaken ten eerste [[p:Mehmet Şahin]] traplift wordt geplaatst in de week van [[d:14 juli]] de monteur belt zelf op [[t:06 41 93 00 26]] dat is het nummer van de zoon [[p:Emre]] ten tweede [[p:Gerard Koning]] het bezwaar tegen de herindicatie ligt bij de commissie kenmerk [[z:BZW-2025-3318]] er komt een hoorzitting maar niet voor september ten derde [[p:Hennie Hoek]] warm water is gerepareerd maar hij belt nog steeds elke week gewoon even praten hij is eenzaam misschien {{o:Zonnebloem}} ten vierde [[p:Aaltje Blom]] zit in het {{o:eerstelijnsverblijf}} bij {{o:WZH}} tot eind juli daarna terug naar de [[a:Laan van Eik en Duinen 203]] als de trap niet gaat moet er een andere woning komen
=====
[00:00:00] medewerker: ik heb de tolk Oekraïens op de lijn en mevrouw [[p:Oksana Melnyk]] zit naast mij
[00:00:04] tolk: goedendag ik ben [[p:Iryna]] tolk Oekraïens
[00:00:07] medewerker: we gaan het aanvraagformulier voor de bijzondere bijstand invullen voor een wasmachine wat is haar geboortedatum
[00:00:12] tolk: [Oekraïens] [[d:zeven maart zevenentachtig]]
[00:00:16] medewerker: en haar BSN
[00:00:17] tolk: [Oekraïens] [[b:drie vier vier zes nul vier negen zeven vier]]
[00:00:24] medewerker: en het IBAN
[00:00:25] tolk: [Oekraïens] ze heeft een rekening bij de {{o:bunq}} [[i:NL67 BUNQ 7506 8148 91]]
[00:00:33] medewerker: en de moeder [[p:Halyna]] heeft die ook een BSN
[00:00:35] tolk: [Oekraïens] ja [[b:nine three four zero three nine one six one]] sorry in het Nederlands [[b:934039161]]
=====
telefoonnotitie automatisch uitgeschreven
wie belde: [[p:Tea Brouwer]], zus van [[p:Klaas Brouwer]]
wanneer: [[d:woensdag 14 mei]] 09:10
wat: {{o:Haag Wonen}} heeft laten weten dat [[p:Klaas]] de woning aan de [[a:Vrederustlaan 114]] toch mag overnemen als er begeleiding is. {{o:Middin}} kan ambulante begeleiding geven vanaf juni, intake op [[d:2 juni]] om 10.30 uur.
vraag: kan het wijkteam een brief schrijven voor {{o:Haag Wonen}}? Contactpersoon daar: [[p:Bart Timmer]], [[e:b.timmer@haagwonen.nl]].
=====
[00:00:00] SWT: goedemiddag met [[p:Jolanda]] van het sociaal wijkzorgteam {{w:Segbroek}} ik bel voor mevrouw [[p:Valk]]
[00:00:05] notaris: u spreekt met mr. [[p:Den Hartog]] notariskantoor {{o:Den Hartog & Partners}}
[00:00:09] SWT: er is bij u een volmacht opgesteld door mevrouw [[p:H. Valk]] voor haar zoon [[p:Robert]] in de Verenigde Staten
[00:00:14] notaris: dat kan ik niet bevestigen zonder haar toestemming
[00:00:16] SWT: ze zit naast mij
[00:00:17] cliënt: ja dat klopt ik wil dat de jongedame mij helpt
[00:00:20] notaris: mevrouw wat is uw geboortedatum
[00:00:21] cliënt: [[d:zeventien juni negentien negenentwintig]]
[00:00:25] notaris: dank u de volmacht is van [[d:3 maart 2021]] en geeft uw zoon alle bevoegdheden als hij het niet kan uitvoeren kunt u een nieuwe volmacht laten maken of een bewindvoerder aanvragen
""")
# ---------------------------------------------------------------------------
# 9. Short fragments (quick voice notes, misrecognised names, one-liners)
# ---------------------------------------------------------------------------
add(r"""
memo bel mevrouw [[p:de boer]] terug over de meedoenpas
=====
spraaknotitie: mevrouw [[p:gebre jesus]] eh [[p:Ghebreyesus]] heeft de tolk nodig bij de tandarts [[d:dinsdag de dertiende]]
=====
terugbellen [[p:jeroen]] ivm [[p:koç]] wmo
=====
notitie [[p:hennie hoek]] belde weer gewoon om te praten
=====
memo: meneer [[p:pati pei lo hi]] wil donderdag opgehaald worden om half zes
=====
mevrouw [[p:nu wen]] belde de tolk Vietnamees is geregeld voor [[d:vrijdag 16 mei]]
=====
voicemail (afzender onbekend): "bel me terug op [[t:06 27 31 80 44]] het gaat over mijn zus"
=====
kenmerk [[z:WMO-25-7731]] afgehandeld bezwaar gegrond hulp blijft drie uur
=====
notitie: mevrouw [[p:winter]] wil de afspraak in de winter niet verzetten ze wil hem nu
=====
spraakmemo parkeren bij de Fahrenheitstraat lukt nooit volgende keer met tram 3 en om half negen vertrekken
=====
memo [[p:ik bal]] nee [[p:Iqbal]] [[p:Nasreen Iqbal]] heeft nieuw nummer [[t:06 52 00 71 38]]
=====
spraaknotitie meneer [[p:kasan pa wiro]] douche aanpassing akkoord eindelijk
=====
[[p:Samira]] neemt [[p:Abdullahi]] over vanaf [[d:1 juni]]
=====
memo 11:40 huisbezoek [[p:Vink]] afgezegd door cliënt ziek nieuwe afspraak volgende week
=====
memo mw [[p:todorova]] heeft gemaild vanaf [[e:milena.todorova@abv.bg]] ze komt [[d:27 mei]] naar Den Haag
=====
voice memo: ik moet niet vergeten de sleutel van de buurtkamer terug te brengen naar de beheerder voor vijf uur
=====
notitie: [[p:Tjon A Fong]] praktijkondersteuner belt terug over [[p:Pattipeilohy]]
=====
spraakmemo [[a:kritzinger straat 41]] leeg opgeleverd meterstanden genoteerd gas 04417 stroom 23881
""")
# ---------------------------------------------------------------------------
# 10. Mixed layouts: call-back lists read aloud, AI call summaries, counter talk
# ---------------------------------------------------------------------------
add(r"""
terugbellijst intakelijn ingesproken door [[p:Ruben]] einde dienst
één [[p:Ria de Vos]] [[t:nul zeven nul drie drie eenenzestig negen vier]] wil weten of de huishoudelijke hulp doorgaat
twee meneer [[p:Osman]] via de kerk geen telefoon
drie [[p:Milena Todorova]] buitenlands nummer [[t:plus drie vijf negen achtentachtig zeven vier één twee twee zes nul]] Engels
vier de {{r:wijkagent}} [[p:Anouk de Ruiter]] terugbellen via de meldkamer
vijf anoniem schulden gaf geen nummer
=====
Samenvatting gesprek (automatisch gegenereerd, controleer voor gebruik)
Beller: [[p:Karima Bouzidi]], [[d:26-04-1987]], [[a:Hooftskade 61]]
Onderwerp: beller is dochter van mevrouw [[p:Lahlali]] (tante), vraagt om respijtzorg zodat de zoon [[p:Ayoub]] een weekend weg kan.
Afspraken: intakelijn zet door naar team {{w:Laak}}; {{r:casemanager dementie}} neemt contact op vóór [[d:vrijdag 23 mei]].
Sentiment: bezorgd.
=====
gesprek aan de balie {{o:Servicepunt XL}} {{w:Laak}} (opname voor verslag)
medewerker: goedemiddag waarmee kan ik u helpen
bezoeker: ik heb deze brief
medewerker: ik kijk even het is een brief van het {{o:CJIB}} op naam van [[p:E. Maduro]] bent u dat
bezoeker: ja [[p:Eduardo]]
medewerker: meneer [[p:Maduro]] het gaat om een boete die is verhoogd tot driehonderdveertig euro omdat hij niet op tijd betaald is
bezoeker: ik woonde toen niet op dat adres de brief ging naar de [[a:Cromvlietkade 14]] en ik woon nu bij mijn moeder
medewerker: dan moeten we uw adres laten aanpassen en een betalingsregeling aanvragen heeft u het CJIB-nummer
bezoeker: het staat hier [[z:4018 2260 7714 0021]]
=====
[00:00:00] Spreker 1: intakelijn [[p:Merel]]
[00:00:02] Spreker 2: ja met [[p:Merel]] ook
[00:00:03] Spreker 1: haha wat leuk
[00:00:05] Spreker 2: ik ben [[p:Merel Mulder]] ik ben de kleindochter van [[p:Cor Mulder]] hij heeft laatst gebeld voor iemand van de kerk maar nu bel ik voor hem zelf
[00:00:12] Spreker 2: opa is gevallen en hij wil geen alarmknop maar hij woont alleen op de [[a:Zwolsestraat 288]]
[00:00:18] Spreker 1: hoe oud is je opa
[00:00:19] Spreker 2: vierentachtig maar hij doet alsof hij zestig is
=====
gedicteerde mail (spraak naar tekst)
aan [[e:h.kuiper@haagsontmoeten.nl]] onderwerp vervoer donderdag komma beste [[p:Hans]] komma nieuwe regel meneer [[p:Pattipeilohy]] en mevrouw [[p:Soeters]] willen graag mee met de maaltijd op donderdag punt meneer woont op de [[a:Oudemansstraat 233]] en mevrouw op de [[a:Stortenbekerstraat 41]] dat ligt op de route punt kunnen jullie ze om vijf uur ophalen vraagteken groet [[p:Vera]]
=====
voicemail 16:31 transcriptie kwaliteit laag
eh hallo ja met [[p:Rishi]] [onverstaanbaar] afspraak [[d:vijfentwintig augustus]] is goed voor mijn moeder [[p:Sushila]] tien uur [onverstaanbaar] tot dan
=====
[00:00:00] SPK_0: goedemiddag intakelijn met [[p:Hamza]]
[00:00:03] SPK_1: ja hallo met [[p:Youssra]] ik ben de dochter van [[p:Ouazzani]] mijn vader heeft gebeld over mij
[00:00:09] SPK_0: hoi [[p:Youssra]] fijn dat je zelf belt
[00:00:11] SPK_1: ik wil eigenlijk niet dat hij alles vertelt ik wil zelf praten met iemand maar niet thuis
[00:00:16] SPK_0: dat kan we kunnen afspreken in het wijkcentrum of in een koffiezaak waar jij wilt
[00:00:21] SPK_1: ja bij de bibliotheek aan het Spui
[00:00:24] SPK_0: goed wat is jouw eigen nummer
[00:00:26] SPK_1: [[t:zes vierenvijftig achtentachtig eenendertig zevenenzeventig]] met nul ervoor
=====
telefoonnotitie (transcriptie) [[d:ma 19-5]]
[[p:Katalin Horváth]] belde met haar buurvrouw [[p:Eszter]] als tolk Hongaars
vraag: zorgverzekering opgezegd wegens achterstand, nu onverzekerd sinds [[d:1 april]]
gegevens: geboren [[d:11-11-1991]], BSN [[b:776 082 437]], adres [[a:Cromvlietkade 88-3]]
actie: aanmelden bij {{o:CZ}} met betalingsregeling; afspraak [[d:22 mei]] 14.00 uur, spreekkamer 1.12
=====
intakelijn — gesprek afgebroken na 0:47
beller: ja hallo ik ben eh [[p:Dorota]] ik bel over mijn schulden ik heb met meneer [[p:Molenaar]] gesproken van {{o:Schuldhulpmaatje}} en hij zei ik moet hier
medewerker: hallo [[p:Dorota]] met [[p:Dewi]] wat is je achternaam
beller: [[p:Lewandowska]] [[p:l e w a n d o w s k a]]
medewerker: en je geboortedatum voor het systeem
beller: [[d:negentien twaalf tweeënnegentig]]
medewerker: hallo
[verbinding verbroken]
=====
[00:00:00] SWT: goedemorgen met [[p:Gijs]] ik bel voor de {{r:huisarts}} van meneer [[p:Grabowski]] hij heeft geen {{r:huisarts}} dus ik bel de {{o:Straatdokter}}
[00:00:06] Straatdokter: met [[p:Sandra]] {{r:straatdokter}}
[00:00:08] SWT: hij heeft een wond aan zijn been die niet geneest hij woont nu op de [[a:Trekweg 17]] in een kamer
[00:00:13] Straatdokter: laat hem woensdag om tien uur naar het inloopspreekuur komen aan de Prinsegracht
=====
spraakmemo 072 gesprek op straat in {{w:Transvaal}} met een vrouw die mij aansprak ze wilde niet zeggen hoe ze heette ze zorgt voor haar moeder die dementeert en ze is op ik heb haar de folder en het nummer van de intakelijn gegeven en gezegd dat ze ook anoniem kan bellen
=====
[00:00:00] intake: intakelijn
[00:00:01] beller: ja met [[p:Koning]]
[00:00:03] intake: dag meneer [[p:Koning]]
[00:00:04] beller: nee mevrouw [[p:Koning]] ik ben [[p:Ingrid]] de dochter van [[p:Gerard]]
[00:00:08] intake: oh sorry mevrouw [[p:Koning]]
[00:00:10] beller: ik wil even zeggen dat het bezwaar gegrond is verklaard dank u wel voor de hulp mijn vader was zo blij hij heeft taart gekocht
""")
# ---------------------------------------------------------------------------
# 11. More layouts: meeting-app transcripts, memo tables, consent read aloud
# ---------------------------------------------------------------------------
add(r"""
Transcript
[[p:Vera van den Heuvel]]   10:02
goedemorgen allemaal zijn we compleet ik zie [[p:Gijs]] en [[p:Fleur]] en de {{r:POH-GGZ}} van de praktijk in de Vruchtenbuurt

[[p:Fleur]] (Gast)   10:02
ja goedemorgen

[[p:Vera van den Heuvel]]   10:03
we hebben het over mevrouw [[p:Schaap]] [[p:Nel]] van de [[a:Groot Hertoginnelaan 181]] haar man [[p:Frits]] is [[d:zaterdag 24 mei]] overleden

[[p:Gijs]]   10:03
oh wat verdrietig

[[p:Vera van den Heuvel]]   10:04
ze is nu helemaal alleen en slechtziend ik wil vandaag afspreken wie wat doet
=====
spraakmemo ingesproken als tabel, kolommen naam pipe wat pipe wanneer
[[p:Djenifer Fortes]] | respijtzorg voor vader aanvragen | vóór [[d:vrijdag 30 mei]]
[[p:Imran Qureshi]] | schuldenoverzicht ophalen | volgende week
[[p:Katalin Horváth]] | {{o:CZ}} polis checken | [[d:2 juni]]
[[p:Hagos]] eh [[p:Hagos Tekle]] | woningaanvraag | geen datum
=====
voicemail 18:20 (automatische transcriptie, gemengde taal)
salam eh goedenavond ik ben [[p:Latifa]] [[p:Essafi]] wllah ik weet niet meer wat ik moet doen [[p:Yassin]] is weer niet thuisgekomen hij zit bij zijn vrienden in de {{w:Spoorwijk}} denk ik de {{o:Jutters}} zegt dat hij zich moet melden morgen om negen uur anders gaat zijn plek weg ik heb geen credit meer bel me op het nummer van mijn man [[t:06 eh 39 nul 2 77 15 4]]
=====
[00:00:00] SWT: ik lees nu de toestemmingsverklaring voor en daarna vraag ik of u akkoord gaat
[00:00:05] SWT: ik [[p:Abubakar Osman]] geboren [[d:negentien juli negentien vijfentachtig]] geef toestemming aan het sociaal wijkzorgteam {{w:Bouwlust}} om informatie uit te wisselen met {{o:Stek}}, de {{o:Kredietbank}} en mijn {{r:huisarts}} over mijn woonsituatie en schulden gaat u akkoord
[00:00:19] cliënt: ja akkoord
[00:00:20] SWT: dan noteer ik dat de toestemming mondeling is gegeven op [[d:twaalf juni]] om tien over elf in aanwezigheid van [[p:Koen]] van {{o:Stek}}
=====
SPK_0: intakelijn met [[p:Inge]]
SPK_1: ja hallo met [[p:Dilek]] [[p:Kılıç]] ik heb eerder met u gepraat over mijn zoon
SPK_0: ja mevrouw [[p:Kılıç]]
SPK_1: hij heeft nu een plek bij een opleiding bij het {{o:ROC Mondriaan}} voor monteur hij begint in september
SPK_0: wat een goed nieuws
SPK_1: ja maar nu vraagt de school een bee es en voor de inschrijving en die heeft hij niet bij zich de politie heeft zijn ID
SPK_0: de bee es en staat ook op de zorgpas of op brieven van de {{o:Belastingdienst}}
SPK_1: oh ja de zorgpas hier [[b:vijf zes nul acht zes zeven twee acht één]]
SPK_0: mevrouw dat hoeft u mij niet te geven dat kunt u aan de school geven
=====
dicteerfunctie (niet gecontroleerd): "huisbezoek mevrouw [[p:Horváth]] tolk was de buurvrouw [[p:Eszter]] punt mevrouw heeft een nieuwe polis bij {{o:CZ}} komma ingang [[d:1 juni]] punt de oude schuld bij de vorige verzekeraar van negenhonderd veertien euro wordt in twaalf termijnen betaald punt volgende stap aanvraag {{o:Stichting Urgente Noden}} voor een bed voor het kind punt"
=====
ondertiteling (SRT) opname huisbezoek [[p:Romeo Kasanpawiro]]
1
00:00:01,000 --> 00:00:04,000
[[p:Shirley]]: pa de mevrouw van de gemeente is er

2
00:00:04,500 --> 00:00:09,000
[[p:Romeo]]: ja ja goedemiddag u moet ehm u moet de douche zien

3
00:00:09,500 --> 00:00:15,000
medewerker: dank u meneer [[p:Kasanpawiro]] ik zie de beugel is er al de stoel komt volgende week
=====
Voicemail — [[t:06 74 11 28 93]] — 0:26
"hoi [[p:Dewi]] met [[p:Kimberly]] [[p:Winklaar]] de baby heeft geelzucht en we liggen in het {{o:Haga}} sinds gisteren ik kan [[d:dinsdag 3 juni]] niet komen naar het {{o:CJG}} kun jij het doorgeven doei"
""")


# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------
MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}", re.S)


def parse(marked):
    out, pii, keep, pos, last = [], [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[last : m.start()])
        pos += m.start() - last
        if m.group(1):
            code, span, target, table = m.group(1), m.group(2), pii, PII
        else:
            code, span, target, table = m.group(3), m.group(4), keep, KEEP
        if code not in table:
            raise ValueError("unknown label %r in %r" % (code, marked[:60]))
        target.append({"start": pos, "end": pos + len(span), "label": table[code], "text": span})
        out.append(span)
        pos += len(span)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    for tok in ("[[", "]]", "{{", "}}"):
        if tok in text:
            raise ValueError("markup left in text: %r" % text[:80])
    return text, pii, keep


UNITS = {
    "nul": 0,
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
TEENS = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
COMPOUND = re.compile(r"(%s)(?:en|ën)(%s)" % ("|".join(UNITS), "|".join(TENS)))


def spoken_to_chars(s):
    """'NL vijfenveertig RABO vijf zeven ...' -> 'NL45RABO57...'; 'eh' is a filler."""
    res = []
    for tok in re.findall(r"[0-9A-Za-zÀ-ÿ]+", s):
        low = tok.lower()
        if low in ("eh", "ehm"):
            continue
        if tok.isdigit():
            res.append(tok)
        elif low in UNITS:
            res.append(str(UNITS[low]))
        elif low in TEENS:
            res.append(str(TEENS[low]))
        elif low in TENS:
            res.append(str(TENS[low]))
        elif COMPOUND.fullmatch(low):
            m = COMPOUND.fullmatch(low)
            res.append(str(TENS[m.group(2)] + UNITS[m.group(1)]))
        else:
            res.append(tok.upper())
    return "".join(res)


def bsn_ok(s):
    d = spoken_to_chars(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = spoken_to_chars(s)
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    seen_invalid = set()
    for i, marked in enumerate(TEXTS, start=1):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] in ("bsn", "iban"):
                ok = bsn_ok(sp["text"]) if sp["label"] == "bsn" else iban_ok(sp["text"])
                if sp["text"] in KNOWN_INVALID:
                    assert not ok, ("listed as invalid but passes", sp["text"])
                    seen_invalid.add(sp["text"])
                else:
                    assert ok, ("bad %s" % sp["label"], sp["text"])
        rows.append({"id": "h111-%04d" % i, "text": text, "pii": pii, "keep": keep})
    assert seen_invalid == KNOWN_INVALID, KNOWN_INVALID - seen_invalid
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout111.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    empty = sum(1 for r in rows if not r["pii"])
    print(path)
    print("texts", len(rows), "without personal data", empty)
    print("pii", sum(pc.values()), dict(sorted(pc.items(), key=lambda kv: -kv[1])))
    print("keep", sum(kc.values()), dict(sorted(kc.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
