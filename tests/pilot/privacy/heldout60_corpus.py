#!/usr/bin/env python3
"""Held-out test corpus 60: informal, fast writing in Dutch social neighbourhood care.

Registers: team chats with timestamps, WhatsApp from clients and relatives, voicemail and
dictation transcripts, sticky notes, shift handovers, to-do lists, quick mails and notes.

Markup in the source texts (stripped programmatically, so offsets are right by construction):
  [[p:...]] person   [[d:...]] date     [[a:...]] address  [[t:...]] phone   [[pc:...]] postcode
  [[e:...]] email    [[b:...]] bsn      [[i:...]] iban     [[n:...]] dossier
  {{w:...}} wijk     {{o:...}} org      {{r:...}} role
Run: python3 heldout60_corpus.py  -> writes heldout60.jsonl next to this script.
"""

import json
import os
import re
import sys

PII = {
    "p": "person",
    "d": "date",
    "a": "address",
    "t": "phone",
    "pc": "postcode",
    "e": "email",
    "b": "bsn",
    "i": "iban",
    "n": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

T = []
# ---------------------------------------------------------------- team chats
T += [
    r"""
[08:47] [[p:Sanne]]: goedemorgen! wie kan vanmiddag mee naar mw [[p:el amrani]]? ze belde gisteren 3x, huisbaas dreigt met ontruiming
[08:51] [[p:Joyce]]: ik niet, zit de hele middag bij {{o:Servicepunt XL}} {{w:Moerwijk}}
[08:52] [[p:Bas]]: ik kan na 14u. adres was [[a:Hoefkade 212-hs]] toch?
[08:52] [[p:Sanne]]: ja. bel ff als je er bent, haar nr is [[t:06-41 27 83 09]], ze doet niet open als ze je niet kent
[08:55] [[p:Bas]]: 👍 neem de brief van {{o:Staedion}} wel mee
[08:57] [[p:Sanne]]: en de zitting bij de kantonrechter is [[d:dinsdag 23 april]] om 9.30, dus nog 3 weken. achterstand is 2.480 euro. kun jij checken of {{o:Schuldhulpverlening}} al iets gedaan heeft? haar nr daar is [[n:SHV-24-0517]]
""",
    r"""
[10:02] [[p:Marloes]]: update [[p:de wit]] → meneer is gisteravond via de SEH opgenomen in {{o:HMC Westeinde}}, hartritmestoornis
[10:03] [[p:Marloes]]: dochter [[p:Roos]] belde net, wil weten wie de sleutel heeft. heb gezegd dat de {{r:wijkverpleegkundige}} ([[p:Gerda]]) er een heeft
[10:05] [[p:Ruud]]: ok. let op er is ook een kat, buurvrouw [[p:koster]] voert hem tot zondag
[10:06] [[p:Marloes]]: top, zet t in [[n:SWT-24-0388]]
[10:11] [[p:Ruud]]: en wie belt {{o:Schuldhulpverlening}}? zijn intake van [[d:do 14/3]] moet verzet worden
[10:13] [[p:Marloes]]: adres voor de post: [[a:Loosduinse Hoofdstraat 210]], [[pc:2552 AW]]. ontslag verwacht rond [[d:25 maart]] maar dat hangt af van de cardioloog
""",
    r"""
[[p:Hatice Yilmaz]]  09:31
Iemand ervaring met het {{o:CAK}} en een eigen bijdrage die gewoon doorloopt na overlijden? Cliënt mw. [[p:Ramcharan]] ([[p:Shanti]]) is op [[d:2 februari]] overleden en de zoon krijgt nog steeds rekeningen.

[[p:Rachid Bouzid]]  09:40
Ja, zoon moet de overlijdensakte opsturen naar het CAK. Heb ik vorig jaar ook gedaan voor dhr [[p:Pinas]]. Duurde wel 8 weken trouwens.

[[p:Hatice Yilmaz]]  09:41
Dankjewel! Zoon heet [[p:Vikash]], ik app het hem vanmiddag.

[[p:Hatice Yilmaz]]  09:44
Voor de volledigheid: CAK-kenmerk is [[n:CAK 7730-2219-01]], laatste rekening gedateerd [[d:14-03-2024]], dus ruim een maand na het overlijden. Ik zet de rest in het dossier, niet hier.
""",
    r"""
[[p:Priya]] 11:15: @[[p:Jeroen]] ben jij al bij de familie [[p:Nowak]] geweest? [[p:Katarzyna]] stuurde me een appje in het pools 😅
[[p:Jeroen]] 11:20: nee morgen pas. google translate zegt dat ze op [[d:15 april]] het huis uit moeten. ik check bij {{o:Haag Wonen}}
[[p:Priya]] 11:21: vraag ook naar de man, [[p:Tomasz]], die werkt via een uitzendbureau in de kassen en is nooit thuis
[[p:Jeroen]] 11:22: 👍 nummer van hem?
[[p:Priya]] 11:24: [[t:+48 601 447 219]] maar hij neemt vrijwel nooit op
[[p:Jeroen]] 11:26: adres is [[a:Hobbemastraat 230-III]] toch?
[[p:Priya]] 11:27: ja, [[pc:2526 JX]]. het vonnis is trouwens van [[d:27 maart]], dus snel zijn
""",
    r"""
[14:02] [[p:Iris]]: wie heeft er contact met [[p:April]]? (jonge moeder uit de {{w:Stationsbuurt}}) ze heeft in april nog niks van {{o:Toeslagen}} ontvangen
[14:05] [[p:Dewi]]: ik. ze heeft een nieuw nummer: [[t:0628830417]]
[14:05] [[p:Dewi]]: haar moeder heet trouwens [[p:Hope]] en woont ook bij haar in, dus huishouden van 3 + baby
[14:07] [[p:Iris]]: ok. is er nog hoop op die bijzondere bijstand?
[14:09] [[p:Dewi]]: ja, als de {{r:klantmanager}} (mevr. [[p:de Hoop]], haha) de bankafschriften binnen heeft. deadline [[d:vrijdag 26 april]]
[14:11] [[p:Iris]]: oké ik mail haar de lijst. in het systeem staat nog [[a:Parallelweg 18-A]], klopt dat?
[14:12] [[p:Dewi]]: nee, sinds [[d:1 maart]] [[a:Stationsweg 96]], [[pc:2515 BP]]. 2 hoog achter
""",
    r"""
07:58 [[p:Linda]]: morguh. mw [[p:van der zon]] ({{w:Loosduinen}}) vannacht gevallen, alarmering ging om 3u af, {{o:Florence}} is geweest. geen breuk gelukkig
08:03 [[p:Fenna]]: pfff. zoon [[p:Erik]] gebeld?
08:04 [[p:Linda]]: ja op [[t:06 5318 2290]], hij komt vanavond. vraagt of er een {{r:ergotherapeut}} kan komen ivm de douche
08:10 [[p:Fenna]]: ik zet een aanvraag uit bij het {{o:Wmo-loket}}. geb datum had ik nodig, heb jij die?
08:11 [[p:Linda]]: [[d:19-06-1938]]
08:11 [[p:Fenna]]: dank je
08:13 [[p:Linda]]: adres [[a:Lippe Biesterfeldweg 77]], vast nr [[t:070 397 41 12]]. sleutelkluisje, code staat in het ECD
""",
    r"""
[16:40] [[p:Tom]]: bsn van dhr [[p:Kaya]] is [[b:2731.58.077]] voor de aanvraag
[16:41] [[p:Samira]]: [[p:tom]]!! geen bsn in de groepsapp 🙈 gewoon in het systeem zetten
[16:41] [[p:Tom]]: sorry sorry, ik haal het weg
[16:42] [[p:Samira]]: en weet [[p:Mehmet]] zelf dat we dit aanvragen? hij was [[d:maandag 11/3]] nog best boos
[16:45] [[p:Tom]]: ja zijn vrouw [[p:Emine]] heeft het uitgelegd, ze belt je morgen
[16:47] [[p:Samira]]: top. keukentafelgesprek met de {{r:Wmo-adviseur}} is [[d:do 21 maart]] om 11u bij hen thuis
[16:48] [[p:Tom]]: 👍 staat in mijn agenda
""",
    r"""
[[d:03-10-23]], 19:12 - [[p:Wendy]] (SWT): Goedenavond mevrouw [[p:Boateng]], morgen kom ik om 10.00 uur langs samen met mijn collega van {{o:MEE}}. Groet [[p:Wendy]]
[[d:03-10-23]], 19:40 - [[p:Abena]]: ok thank you madam. my husband [[p:kofi]] also there. house number is [[a:Rijswijkseweg 540 B]] not A!!
[[d:03-10-23]], 19:41 - [[p:Wendy]] (SWT): Top, dank u. Tot morgen 👍
[[d:04-10-23]], 08:02 - [[p:Abena]]: madam the bell is broken, please call [[t:0687 334 902]] when you are downstairs 🙏
""",
    r"""
[09:00] [[p:Noor]]: agenda MDO vandaag:
- [[p:Visser]] (schulden, {{w:Transvaal}})
- fam. [[p:Bakker]] / [[p:Smit]] (burenruzie, gaat al maanden zo)
- [[p:de Boer]] → {{r:casusregisseur}} nodig?
[09:02] [[p:Ilse]]: kunnen we mw [[p:Lopes Semedo]] ook toevoegen? ze is [[d:vr 8 maart]] uit de opvang gekomen
[09:03] [[p:Noor]]: ja. wie neemt koffie en iets lekkers mee, de bakker om de hoek is dicht 😂
[09:05] [[p:Ilse]]: 😂 ik neem stroopwafels mee. en [[p:Visser]] graag als eerste, de deurwaarder komt al op [[d:15-3]]
""",
    r"""
[12:15] [[p:Kim]]: nieuw adres van [[p:Dimitar Petrov]]: [[a:Stuwstraat 31-1]], [[pc:2516 TE]]. ingeschreven per [[d:1-2-2024]]
[12:17] [[p:Bas]]: eindelijk!! dan kan de uitkering ook door. {{o:UWV}} moet het ook weten
[12:18] [[p:Kim]]: zijn zus [[p:Stoyanka]] regelt dat, die spreekt goed nederlands. haar mail is [[e:stoyanka.petrova88@abv.bg]]
[12:20] [[p:Bas]]: en op zijn oude adres [[a:Hoefkade 1130]] moet hij uitgeschreven worden, daar staan nu 6 man ingeschreven 🙄
[12:21] [[p:Kim]]: loopt al, melding bij de gemeente gedaan op [[d:29 januari]]
""",
    r"""
[22:14] [[p:Rachid]]: heads up voor morgen: de {{r:wijkagent}} belde, politie is vannacht op [[a:Jacob Catsstraat 45-II]] geweest. [[p:Storm]] (zoon, 19) had ruzie met zijn stiefvader
[22:16] [[p:Marloes]]: jeetje. {{o:Veilig Thuis}} al ingeschakeld?
[22:17] [[p:Rachid]]: ja melding loopt, nummer [[n:VT-2024-2208]]. moeder ([[p:Jolanda]]) wil met ons praten, niet met de politie
[22:18] [[p:Rachid]]: zij zit tijdelijk bij haar zus op [[a:Pisuissestraat 121]], tel [[t:06 58 40 71 26]]
[22:30] [[p:Marloes]]: ik plan haar om 9u in. slaap lekker ondanks de storm buiten 🌧️
""",
    r"""
[13:01] [[p:esra]]: heeft iemand de sleutel van mw [[p:gebremedhin]]?? sta voor de deur
[13:02] [[p:femke]]: in het sleutelkastje, code weet [[p:ruud]]
[13:04] [[p:esra]]: [[p:ruud]] neemt niet op
[13:04] [[p:femke]]: probeer [[t:070 - 205 33 18]], dat is zijn werknummer
[13:10] [[p:esra]]: binnen. mw [[p:semhar]] huilt, dochter [[p:helen]] is vannacht niet thuisgekomen. ik blijf nog even
[13:11] [[p:femke]]: sterkte ❤️ laat weten of je iemand nodig hebt
[13:30] [[p:esra]]: update: [[p:helen]] is gevonden, zat bij een vriendin. mw wil [[d:vrijdag 6 december]] een gesprek met tolk. ik zet alles in [[n:2024-1187]]
""",
    r"""
[[p:Mo]] 08:12 > wie rijdt er vandaag naar {{w:Bouwlust}}? ik moet langs [[a:Lozerlaan 112]] (dhr [[p:Tavares]]) en [[a:Hengelolaan 730]] (mw [[p:Isenia]])
[[p:Kim]] 08:15 > ik! 10u?
[[p:Mo]] 08:15 > deal. [[p:tavares]] heeft trouwens een nieuw nr: [[t:06 20 91 33 48]]
[[p:Kim]] 08:16 > en mw [[p:isenia]] weet dat we komen?
[[p:Mo]] 08:16 > nee 🙃 verrassing
[[p:Mo]] 08:18 > postcode bij [[p:tavares]] is [[pc:2541 VP]], de navigatie vindt de Lozerlaan anders niet haha
""",
    r"""
[15:33] [[p:Linda]]: voor de noodfonds-aanvraag van mw [[p:Owusu]]: rekeningnr [[i:NL07 ABNA 3233 3418 83]] t.n.v. [[p:A. Owusu]]
[15:34] [[p:Jeroen]]: is dat haar eigen rekening of die van de {{r:bewindvoerder}}?
[15:36] [[p:Linda]]: eigen, het bewind start pas per [[d:1 juni]]
[15:36] [[p:Jeroen]]: ok dan kan het. stuur het formulier naar mij, [[e:jeroen.kuipers@wzt-laak.nl]]
[15:40] [[p:Linda]]: gestuurd. geb.datum moest er ook bij, [[d:09-11-1984]], en het adres [[a:Rijswijkseweg 214]]. bsn alleen op het formulier gezet 👍
""",
    r"""
[[p:Akosua]] 17:02: lieve collega's, mijn laatste dag is [[d:28 juni]], de overdracht van mijn caseload staat in de map. fam. [[p:Mensah]] gaat naar [[p:Dewi]], [[p:Zhang Li]] naar [[p:Bas]], de rest verdeelt [[p:Noor]] 💛
[[p:Bas]] 17:05: nooo 😢 we gaan je missen
[[p:Dewi]] 17:06: borrel vrijdag in {{o:De Mussen}}??
[[p:Akosua]] 17:06: 🥂🥂
[[p:Akosua]] 17:10: voor wie contact wil houden: [[t:06 29 55 81 40]] / [[e:akosua.adjei@gmail.com]] 💛
""",
    r"""
[11:40] [[p:Ilse]]: zitting kantonrechter dhr [[p:Azzouzi]] is verplaatst naar [[d:2024-05-21]]. zaaknummer [[n:CV EXPL 24-11873]]
[11:42] [[p:Rachid]]: ik ga mee als hij dat wil. {{o:Juridisch Loket}} zei dat hij nog uitstel kan vragen
[11:43] [[p:Ilse]]: top. zijn advocaat is mr. [[p:Groen]], [[t:070-3617722]]
[11:43] [[p:Rachid]]: 👌
[11:45] [[p:Ilse]]: hij woont nog op [[a:Vaillantlaan 402]], post komt gewoon aan. de dagvaarding is van [[d:8 april]]
""",
    r"""
[19:02] [[p:Ben]]: ben bij mw [[p:Kross]] geweest, ze is weer erg verward. ben om 19u weggegaan
[19:05] [[p:Wendy]]: thanks [[p:ben]]. heeft [[p:Ricardo]] (kleinzoon) de medicijnen opgehaald?
[19:06] [[p:Ben]]: nee, ik ben zelf langs de apotheek geweest. morgen de {{r:casemanager dementie}} bellen
[19:06] [[p:Wendy]]: 👍 ik zet het op de lijst
[19:10] [[p:Wendy]]: noteer ook dat mw vanaf [[d:maandag 15 juli]] de nieuwe baxterrol krijgt. nummer kleinzoon: [[t:06 40 13 92 85]]
""",
    r"""
[08:30] [[p:Hatice]]: [[p:Deniz]] is ziek vandaag 🤒 wie neemt haar huisbezoek in {{w:Laak}} over? [[a:Trekweg 40-1]], mw [[p:Demir]], 10.30
[08:35] [[p:Umut]]: ik doe het
[08:35] [[p:Hatice]]: held. let op, ze spreekt alleen turks, kleindochter [[p:Elif]] tolkt meestal. uitzicht op de zee heeft ze niet maar wel op de Trekvliet haha
[08:40] [[p:Hatice]]: en ze heeft [[d:30 mei]] een afspraak bij de {{r:longarts}}, vraag even of het vervoer geregeld is. vast nr mw: [[t:070 366 20 19]]
""",
    r"""
[10:45] [[p:Jeroen]]: iemand ervaring met {{o:Leger des Heils}} en een man die in zijn auto slaapt? dhr [[p:Koning]], 58, staat al 2 weken op de parkeerplaats bij {{w:Kijkduin}}
[10:47] [[p:Samira]]: ja, bel [[p:Peter Hoek]] van het Leger, [[t:06-10 44 92 71]]. zeg dat je van het swt bent
[10:48] [[p:Jeroen]]: dank! hij heeft wel een postadres: [[a:Kijkduinsestraat 411]], bij zijn broer
[10:50] [[p:Samira]]: dan kan hij zich daar misschien ook inschrijven, anders briefadres aanvragen
[10:55] [[p:Jeroen]]: geb.datum voor de aanmelding heb ik: [[d:2-8-1965]]. dus net geen 60, valt niet onder de ouderenconsulent
""",
    r"""
[12:30] [[p:Roos]]: jullie mogen de tulpen van mw [[p:Ahmadzai]] mee naar huis nemen, staan in de keuken 🌷
[12:31] [[p:Bas]]: lief! waarom kreeg ze bloemen?
[12:33] [[p:Roos]]: haar zoon [[p:Farid]] heeft eindelijk zijn verblijfsvergunning, besluit {{o:IND}} van [[d:2 mei]]. dus ze trakteert 😭
[12:34] [[p:Bas]]: wauw. verdient een rode roos 🌹
[12:36] [[p:Roos]]: 🥹 en ze verhuizen ook: per [[d:15 juni]] naar [[a:Erasmusweg 1133]]. ik regel de verhuiskostenvergoeding
""",
    r"""
[09:20] [[p:Priya]]: {{o:Wmo-loket}} vraagt nogmaals om het meldingsnummer van mw [[p:Mahabier]] → [[n:WMO-2024-017730]]. en haar mail klopt niet, moet zijn [[e:sharda.mahabier@ziggo.nl]] ipv hotmail
[09:25] [[p:Kim]]: aangepast. zit haar mantelzorger ([[p:Anand]]) ook in de cc?
[09:26] [[p:Priya]]: nee hij wil alleen gebeld worden: [[t:06-2750 8814]]
[09:30] [[p:Priya]]: adres voor de zekerheid: [[a:Apeldoornselaan 402]], [[pc:2573 LW]]
""",
    r"""
[15:10] [[p:Dewi]]: weet iemand wie [[p:Mei]] is? staat op de lijst voor het mantelzorgcafé in mei
[15:12] [[p:Priya]]: [[p:Chen Mei]], de dochter van dhr [[p:Chen]] van [[a:Wagenstraat 88]]. ze zorgt voor hem sinds zijn beroerte
[15:13] [[p:Dewi]]: ah! nummer?
[15:14] [[p:Priya]]: [[t:06-3982 1157]], liever whatsapp dan bellen
[15:15] [[p:Dewi]]: top, ik nodig haar uit voor het mantelzorgcafé op [[d:donderdag 16 mei]] in {{o:De Boog}}
""",
    r"""
[[p:Marloes]] (teamleider) 08:01
Lieve allemaal, [[p:Kees]] is vanaf vandaag met verlof tot en met [[d:9 september]]. Zijn casussen:
[[p:Hodan Abdi]] → [[p:Esra]]
dhr. en mw. [[p:Groenendijk]] → [[p:Umut]]
[[p:Lucas]] (LVB, {{w:Schilderswijk}}) → [[p:Fenna]], samen met de {{r:MEE-consulent}}
Vragen? Bel me op [[t:06 4400 1298]]. Vanaf [[d:10 september]] is hij er weer.

[[p:Esra]] 08:14
👍 ik bel [[p:Hodan]] vandaag even om me voor te stellen
""",
    r"""
[17:45] [[p:Umut]]: ff snel: dhr [[p:Groenendijk]] zegt dat zijn vrouw [[p:Corrie]] gisteren naar {{o:Eykenburg}} is gegaan voor respijtzorg, tot [[d:12/10]]
[17:46] [[p:Umut]]: hij is zelf behoorlijk in de war, buurman ([[p:Wim Veen]]) kijkt mee, tel [[t:070 323 88 41]]
[17:50] [[p:Marloes]]: dank je! kun je een notitie in [[n:#48812]] zetten?
[17:51] [[p:Umut]]: done
[17:52] [[p:Umut]]: adres voor de zekerheid ook erbij gezet: [[a:Rederijkerstraat 150]]
""",
    r"""
[11:02] [[p:Fenna]]: vraagje: [[p:Lucas]] wil een bankrekening openen maar heeft geen geldig ID. iemand een idee?
[11:04] [[p:Ruud]]: eerst ID aanvragen bij de gemeente, kost geld → bijzondere bijstand. {{r:MEE-consulent}} kan mee
[11:05] [[p:Fenna]]: ok! hij woont sinds [[d:1 jan]] op [[a:Hoefkade 640-C]], bij zijn oom [[p:Dennis]]
[11:06] [[p:Ruud]]: dan is het makkelijk, daar staat hij ingeschreven. succes ✌️
[11:08] [[p:Fenna]]: afspraak voor de ID staat al: [[d:29 augustus]], 10.40 uur
""",
    r"""
Groepsapp SWT {{w:Escamp}} 🏡
[07:42] [[p:Jeroen]]: trein ligt plat, ik ben er pas om 10u. kan iemand om 9u mw [[p:Winter]] bellen? [[t:0612047735]]
[07:44] [[p:Noor]]: doe ik. is dat over de winterkleding voor de kids?
[07:45] [[p:Jeroen]]: ja en over het gesprek met {{o:Stichting Leergeld}} van [[d:woensdag 15 november]]
[07:45] [[p:Noor]]: ✅
[07:50] [[p:Noor]]: mw [[p:Winter]] woont toch op de [[a:Soestdijksekade 412]]? dan loop ik daarna even langs
""",
]
# ---------------------------------------------------------------- whatsapp from clients / relatives
T += [
    r"""
goedemorgen mevrouw [[p:sanne]] ik ben [[p:fatima]] van [[a:hoefkade 212]] de brief van {{o:staedion}} is weer gekomen ik snap niet wat ik moet doen. kan u mij bellen? [[t:0641278309]] 🙏🙏 de brief zegt ik moet op [[d:23-04]] naar de rechter en ik moet 2480 euro betalen. ik heb het niet
""",
    r"""
MEVROUW IK HEB GEEN GELD MEER VOOR ETEN. MIJN UITKERING IS NIET GEKOMEN. DE MAN VAN DE GEMEENTE ZEGT [[d:15 MAART]] MAAR NU IS HET [[d:18 MAART]]!!! IK HEB 3 KINDEREN. HELP AUB
IK WOON [[a:VAN DER VENNESTRAAT 45]] [[pc:2525 CL]] MIJN NUMMER [[t:0649920318]]
[[p:HODAN ABDI]]
""",
    r"""
hallo [[p:wendy]] ik ben moeder van [[p:filmon]]. hij heb brief van school hij niet gaan. ik niet begrijp. maandag [[d:4 november]] ik kom bij jullie kantor? ik woon nu [[a:weimarstraat 101]] [[pc:2562gx]] mijn telefoon [[t:06 1784 2290]]. dank u wel 🙏
[[p:tsega]]
""",
    r"""
dzien dobry. sorry my dutch not good. this is [[p:agnieszka]] wife of [[p:piotr zielinski]]. [[p:piotr]] in hospital since [[d:friday 12.04]], {{o:haga ziekenhuis}}. landlord want money 850 euro this week. we live [[a:Van Ostadestraat 280A]]. what we do?? my number [[t:+48 512 903 662]] or email [[e:aga.zielinska@o2.pl]]
""",
    r"""
GOEDEMIDDAG. MIJN VADER [[p:HENK VISSER]] HEEFT AL 3 DAGEN GEEN THUISZORG GEHAD!!!! 😡😡 NIEMAND NEEMT OP BIJ {{o:FLORENCE}}. HIJ WOONT ALLEEN OP DE [[a:LEYWEG 612]], IS 86 EN DIABETICUS. HIJ KAN NIET ALLEEN DOUCHEN. BEL MIJ TERUG OP [[t:06-53 11 20 87]]
[[p:ANITA]] (DOCHTER)
""",
    r"""
hoi [[p:joyce]] , ik kan morgen niet komen want mijn zoon [[p:kevin]] heef koorts 🤒 kunnen we verzetten naar [[d:donderdag de 21e]]? of anders vrijdag [[d:22 november]]? ook de belasting brief is gekomen ik maak een foto 📸
groetjes [[p:ria]]
""",
    r"""
salam [[p:samira]] ik ben [[p:khadija]] moeder van [[p:nordin]]. politie heeft [[p:nordin]] weer gepakt gisteravond. ik ben heel bang. jij kan bellen naar zijn advocaat? ik heb nummer niet. kan jij komen bij mij thuis [[a:vaillantlaan 118 3e]] 😢😢 ik heb ook brief van rechtbank, zitting is [[d:12 juni]]
""",
    r"""
bon dia [[p:priya]] aki ta [[p:maritza]]. mi no por bin awe, mi yiu [[p:jurrick]] ta malu. sorry!! kan het [[d:dinsdag 9 juli]]? zelfde tijd. danki danki 🙏🌸 mi number nobo: [[t:06 15 82 73 01]]
""",
    r"""
Hello mevrouw [[p:Ilse]], I am [[p:Rami al-Hassan]]. The letter from {{o:DUO}} says I have exam on [[d:3/9]] but my wife [[p:Nour]] is in hospital for the baby 👶. Can you change it? My BSN is [[b:433654090]] if you need it. Thank you very much
""",
    r"""
hoi, ik ben [[p:truus]] de buurvrouw van meneer [[p:de jong]] op nr 23. ik heb hem al een week niet gezien en de post puilt uit de brievenbus. gordijnen zijn dicht. ik heb uw nummer van de flyer in het buurthuis. kan er iemand komen kijken? hij woont op [[a:moerweg 23]] ik zelf op 25. mijn telefoon is [[t:070 3 46 52 18]]
""",
    r"""
GEEN WATER MEER IN HUIS SINDS ZATERDAG. {{o:VESTIA}} KOMT NIET. KINDEREN KUNNEN NIET WASSEN. IK HEB AL 5 KEER GEBELD EN NIEMAND KOMT. MIJN VROUW IS ZWANGER. [[a:ESCAMPLAAN 88-3]]
[[p:KWAME]] [[t:0614402297]]
""",
    r"""
yoo [[p:bas]] ik ben t [[p:djeison]] 😎 mn moeder zegt ik moet jou appen over die stage. ik wil bij de kapper werken ✂️ of iets met autos. kan t na 3 uur want school. o en mn nieuwe nummer is [[t:0620185544]] oude is kapot 💀 en mn moeder d'r mail is [[e:mariadaluz.tavares@hotmail.com]] als je iets moet sturen
""",
    r"""
Goedemiddag. Ik ben [[p:Yordanka Ivanova]]. Ik werk bij schoonmaak bedrijf maar baas betaal niet 2 maanden. Ik wonen [[a:Hobbemastraat 9-III]] met 4 personen andere, geen contract. Ik ben hier sinds [[d:3 februari 2023]]. Mijn BSN [[b:731362792]]. Mijn telefoon [[t:+359 88 471 2093]]. Wie kan helpen? {{o:FairWork}}? Dank u
""",
    r"""
salam [[p:mo]] jan. ik ben [[p:parwana]]. ik heb brief van gemeente (nummer [[n:INB-2024-33817]]), ik moet komen [[d:25 okt]] om 9 uur. maar dan ik heb taalles. mijn man [[p:mohammad]] kan niet, werk. wat ik doen? 🌹
""",
    r"""
goedenavond mevr [[p:Dewi]], met [[p:Sunita]] de zus van [[p:Radjesh]]. hij is weer gestopt met zijn medicijnen en ligt de hele dag op bed. de {{r:spv}} van {{o:Parnassia}} heeft hij ook afgezegd. hij woont nog steeds op [[a:Jan Hendrikstraat 14-hs]]. ik woon in Zoetermeer maar ik kan [[d:za 16/11]] komen. mijn nr is [[t:06-4412 7709]]. ik maak me echt zorgen
""",
    r"""
hoi [[p:Kim]] hier t rekeningnummer voor de energietoeslag: [[i:nl29rabo0187939264]] op naam van mij [[p:Ivanilda Fortes]] 💶 en mijn adres is nu [[a:Loosduinseweg 879]], [[pc:2571 BV]] dankjewel!!!
""",
    r"""
[[e:PATRICK.DEBOER1971@HOTMAIL.COM]] DAT IS MIJN MAIL. STUUR HET MAAR DAARNAAR, NIET MEER PER POST WANT DIE WORDT HIER GEJAT. BSN VOOR DE ZEKERHEID [[b:633563262]]. [[p:P. DE BOER]]
""",
    r"""
Dear sir/madam, I am [[p:Abdirahman Warsame]], brother of [[p:Faadumo Warsame]]. I live in Birmingham. My sister called me crying, she says {{o:Jeugdbescherming}} took her son [[p:Ayaan]] yesterday. Nobody explains her anything. Please call me [[t:+44 7700 912 384]]. She lives at [[a:Zuiderparklaan 17]], [[pc:2574 HA]]. Regards
""",
    r"""
lieve [[p:marieke]] bedankt voor alles!! zonder jou waren we nu op straat. de kinderen [[p:sterre]] en [[p:jip]] maken een tekening voor je 🎨❤️ kom je nog een keer koffie drinken? ps ons nieuwe adres is [[a:Valkenboskade 512]] vanaf [[d:1 december]] 🏠
[[p:fleur]]
""",
    r"""
Hallo, ik ben [[p:Lin]], dochter van [[p:Wang Wei]]. Mijn vader spreekt geen Nederlands. Hij heeft de afspraak met de {{r:ouderenconsulent}} gemist op [[d:woensdag 5 juni]], sorry. Nieuwe afspraak graag na 17:00, ik werk overdag. Mijn nummer: [[t:06 21 77 40 58]]. Adres blijft [[a:Wagenstraat 104B]].
Mvg [[p:Lin]]
""",
    r"""
good afternoon sister [[p:grace]], this is pastor [[p:Emmanuel Asante]] from the church in {{w:Laakkwartier}}. one of our members, brother [[p:Kojo]], has no place to sleep since last monday. before he was living at [[a:Hoefkade 883]] with a friend. his phone is off, you can reach me on [[t:0687 112 340]]. God bless 🙏
""",
    r"""
[[p:hatice]] hanım merhaba, ik ben [[p:Ayşe Yıldız]]. doktor papier heb ik. van ziekenhuis ook, maar die is in het turks, is dat goed? mijn man [[p:mehmet]] zegt jij moet kopie. morgen ik breng bij {{o:servicepunt}} ok? 😊 afspraak uroloog is [[d:çarşamba 12 haziran]]
""",
    r"""
buna ziua. eu sunt [[p:Mihaela]]. sorry no dutch. [[p:Ionuț]] my husband no come home since [[d:8 decembrie]]. police say go to you. we live [[a:Wouwermanstraat 120]]. please help me. [[t:+40 723 118 604]]
""",
    r"""
hoi [[p:ilse]] de deurwaarder is geweest vandaag hij zegt dat ik voor [[d:1 feb]] 1200 euro moet betalen anders gaan ze beslag leggen op me loon ik weet niet wat ik moet doen heb hem gebeld maar die zegt ik moet naar jullie. ik ben thuis na 4en. [[a:vlierboomstraat 388]]
[[p:danny]]
""",
    r"""
Hallo [[p:Hatice]], met [[p:Selin]] (dochter van mw. [[p:Kaya]]). Even een update: mama is sinds [[d:zondag 3 november]] weer thuis uit het {{o:Haga}}. Thuiszorg komt 2x per dag. Ze vraagt of de {{r:welzijnscoach}} nog langskomt voor de dagbesteding? Ik ben er zelf op maandag en donderdag. Mijn nummer voor als er iets is: [[t:06 39 27 01 44]].
Liefs [[p:Selin]]
""",
    r"""
DANK JE WEL [[p:ROOS]] ❤️❤️ HET PAKKET VAN DE {{o:VOEDSELBANK}} IS GEKOMEN. DE KINDEREN BLIJ. ER ZAT OOK KAAS EN FRUIT IN. GOD ZEGENE JULLIE ALLEMAAL. VOLGENDE KEER OPHALEN [[d:DONDERDAG 28 NOVEMBER]]?
""",
    r"""
hallo [[p:Esra]] . ik [[p:Tesfay]]. mijn dochter [[p:Luwam]] school zegt zij niet komt. maar zij ziek. dokter papier hier 📄 zij heeft hoge koorts sinds zondag, 3 dagen. ik niet goed nederlands sorry. ik mijn postcode veranderd nu [[pc:2525 xr]]
""",
    r"""
Hello [[p:Kim]]! It is [[p:Oksana Kovalenko]] from the hotel in {{w:Scheveningen}}. My son [[p:Artem]] needs school, we are here from [[d:14.02.2024]]. Hotel is [[a:Gevers Deynootweg 30]], room 214. Can you help? My phone [[t:+380 67 441 2290]]. Thank you!
[[p:Оксана]]
""",
    r"""
hoi dit is [[p:Jordy Tamaela]], kleinzoon van oma [[p:Wattimena]]. oma vroeg of ik u wil appen omdat haar telefoon stuk is. ze heeft een brief gekregen van de {{o:SVB}} over haar AOW en ze snapt het niet. u kan mij bellen op [[t:06 38 11 90 27]] of mailen [[e:jordy.tamaela@outlook.com]]. gr [[p:jordy]]
""",
    r"""
meneer [[p:mo]] ik ben boos!!!! u heeft gezegt dat de schuldhulp zou bellen en niemand belt. al 3 weken!!! ik heb gewoon recht op hulp. ik heb mijn klantnummer [[n:SHV-19-2231]] 10 keer doorgegeven. bel me op [[t:06-5502 3341]]
[[p:Ahmed el Khadiri]]
""",
    r"""
sorry dat ik zo laat app 🙈 mn ex heeft de kids niet teruggebracht. hij zit bij zn moeder in {{w:Ypenburg}}, [[a:Laan van Hoornwijck 52]]. ze moesten [[d:zondag 17 november]] om 6 uur terug zijn. ik wil geen politie maar ik weet niet wat ik moet doen. [[p:Jade]]
""",
    r"""
hai mevrouw [[p:Noor]] met mij gaat goed. ik heb werk gevonden bij {{o:PostNL}} 📦 vanaf [[d:1 maart]]!! dus uitkering mag stoppen. mijn nieuwe iban voor salaris is [[i:NL28 BUNQ 3860 8143 19]] moet ik die ook aan gemeente geven? adres blijft [[a:Zuiderparklaan 301]]. groet [[p:Abel Haile]]
""",
]
# ---------------------------------------------------------------- voicemail and dictation transcripts
T += [
    r"""
voicemail ontvangen 09:14 (transcriptie)
ja goedemorgen u spreekt met eh [[p:ria koster]] ik bel voor mijn moeder mevrouw [[p:koster]] eh zij woont op de [[a:loosduinseweg honderdzeven b]] en eh ze is vannacht gevallen en nou ja ik wil graag dat er iemand even langsgaat want ik woon zelf in Groningen kunt u mij terugbellen op [[t:nul zes twee acht vier vier nul een negen drie]] nogmaals [[t:nul zes twee acht vier vier nul een negen drie]] dank u wel
""",
    r"""
dicteer verslag huisbezoek [[d:twaalf maart]] punt cliënt meneer [[p:Baldew]] komma [[p:Arjun]] komma woonachtig [[a:Paul Krugerlaan tweeëntwintig a]] komma burgerservicenummer [[b:416 359 954]] punt nieuwe alinea meneer geeft aan dat hij sinds januari geen inkomen heeft punt de {{r:klantmanager}} van {{o:Werk en Inkomen}} komma mevrouw [[p:Dekker]] komma is op de hoogte punt afspraak met {{o:Schuldhulpverlening}} op [[d:dinsdag negentien maart]] punt einde dictaat
""",
    r"""
Gesprek gehad met mevrouw [[p:Bouali]] ze gaf aan dat ze op [[d:de 3e april]] een afspraak heeft bij de huisarts en dat haar dochter [[p:Yasmina]] mee gaat uhm de huisarts is dokter [[p:van Leeuwen]] in de {{w:Schilderswijk}} uhm ze wil graag hulp bij het aanvragen van een rolstoel via de Wmo en ze vroeg of de {{r:ergotherapeut}} ook bij haar thuis kan komen op de [[a:Hoefkade zeshonderdtwintig]] dat is driehoog zonder lift ehm telefoonnummer van de dochter is [[t:06 31 40 88 72]] die neemt altijd op
""",
    r"""
Nieuwe voicemail van [[t:+31 6 14 55 20 93]] (ma 10:22)
"hallo hallo ja met [[p:said]] eh [[p:said azzouzi]] ja ik ben gebeld door jullie eh ik weet niet wie was het eh [[p:marloes]] of zo eh ik ben nu thuis tot vier uur op de [[a:vaillantlaan vierhonderdtwee]] bel maar terug ja doei"
""",
    r"""
goedemiddag met [[p:Carla Schipper]] van {{o:Veilig Thuis Haaglanden}} ik bel over de melding van eh mevrouw [[p:Tavares]] ons kenmerk is [[n:twee nul twee vier streepje nul vier vier drie]] eh wij willen graag afstemmen wie van jullie de {{r:casusregisseur}} is en eh of er al een veiligheidsplan ligt ik ben bereikbaar op [[t:nul zeventig drie zes vier vijf vijf nul nul]] tot half vijf dank u wel
""",
    r"""
memo intake [[p:Mohammad Nazari]] geboren [[d:vier juli negentien achtenvijftig]] eh komma burgerservicenummer [[b:een negen vier zeven twee acht een een nul]] woont sinds twee jaar in {{w:Moerwijk}} op [[a:Moerweg honderdachtentachtig]] samen met echtgenote [[p:Parwana]] en dochter [[p:Zarghuna]] eh inburgering loopt via {{o:DUO}} maar meneer heeft rugklachten en kan niet werken huisarts is op de hoogte
""",
    r"""
ja goedemiddag met dokter [[p:Hartman]] {{r:huisarts}} in het {{w:Bezuidenhout}} eh ik bel over een gezamenlijke patiënt meneer [[p:Groenewegen]] geboren [[d:drie november negentien vijftig]] woonachtig [[a:Laan van Nieuw Oost-Indië 143]] ehm ik maak me zorgen over de thuissituatie hij vermagert en zijn vrouw is ook niet meer zo goed wilt u mij terugbellen via de terugbellijn dan krijgt u mijn assistente [[p:Marja]] oké dank u
""",
    r"""
oké notitie voor mezelf eh morgen niet vergeten mevrouw [[p:Nazari]] bellen over de eh de huur en dan ook [[p:Zarghuna]] vragen of ze de brief van {{o:Vluchtelingenwerk}} nog heeft en dan eh om twee uur teamoverleg en o ja taart halen voor [[p:Kees]] want die is jarig en [[p:Jeroen]] terugbellen over dossier [[n:58801]] klaar
""",
    r"""
hallo eh goedendag ik ben eh [[p:Mahmoud]] eh ik heb eh gisteren brief eh van eh gemeente ik niet begrijp wat is eh kan jij mij bellen eh nummer is [[t:nul zes twee vier vier eh negen negen een drie]] en ik woon eh [[a:Kempstraat eh honderdtwaalf]] dank je wel eh [[p:Mahmoud Haddad]] ja
""",
    r"""
goedemorgen met [[p:Jasper]] {{r:woonconsulent}} van {{o:Staedion}} ik bel over eh de huurder op de [[a:Soestdijksekade vierhonderdtwaalf]] mevrouw [[p:Winter]] er is sprake van een huurachterstand van ruim drie maanden en we krijgen geen contact we willen graag voor [[d:vijftien januari]] een gesprek anders moeten we het dossier overdragen aan de deurwaarder mijn nummer is [[t:nul zes een twee drie vier vier vijf negen acht]] fijne dag
""",
    r"""
[00:03:12] [[p:Noor Benali]]: Ja, dan de volgende. Eh, dat is meneer [[p:Mulder]].
[00:03:20] [[p:Ruud Jansen]]: Ja, [[p:Mulder]], die heb ik vorige week gesproken. Hij woont nog steeds op de [[a:Thorbeckelaan 330]], maar de verhuurder wil eigenlijk dat hij eruit gaat.
[00:03:41] [[p:Noor Benali]]: Oké. En die dochter, hoe heette ze, [[p:Anouk]]?
[00:03:44] [[p:Ruud Jansen]]: [[p:Anouk]], ja. Die belt mij soms. Die is zelf ook overbelast. Ik heb haar doorverwezen naar {{o:Mantelzorg Den Haag}}, maar ik weet niet of ze dat gedaan heeft.
[00:04:05] [[p:Ruud Jansen]]: O, en zijn geboortedatum klopt niet in het systeem. Moet [[d:5 januari 1948]] zijn, niet 1949.
[00:04:11] [[p:Noor Benali]]: Zet het maar op de actielijst.
""",
    r"""
dictaat aanmelding nieuwe cliënt achternaam [[p:Nguyen]] ik spel [[p:N G U Y E N]] voornaam [[p:Thi Lan]] eh geboortedatum [[d:zeventien augustus negentien vijfenzestig]] adres [[a:Delftselaan zesenveertig]] postcode [[pc:2525 J K]] telefoon [[t:nul zes vier zeven een twee drie drie acht nul]] aangemeld door de {{r:POH-GGZ}} mevrouw [[p:Ten Brink]] vanwege somberheid en schulden einde
""",
    r"""
ja hoi met [[p:Kevin Bakker]] de zoon van [[p:Ria]] eh ik bel omdat ik de formulieren niet heb gekregen kunt u ze mailen naar [[e:kevin punt bakker apenstaartje gmail punt com]] dus [[e:kevin.bakker@gmail.com]] hoor eh dan print ik ze voor mijn moeder oké doei
""",
    r"""
ja verslag telefonisch contact met meneer [[p:Tekle]] eh hij is bereikbaar op [[t:nul zeventig drie vijfenveertig zevenenzestig negenentachtig]] alleen na vijf uur want hij werkt overdag bij de {{o:Haeghe Groep}} eh zijn {{r:trajectbegeleider}} heet [[p:Sander]] eh die belt mij volgende week nog o ja en meneer is verhuisd naar de [[a:Paets van Troostwijkstraat 203]] sinds [[d:één oktober]]
""",
    r"""
Goedemiddag [[p:Linda]], met meester [[p:Bram]] van basisschool {{o:De Regenboog}} in {{w:Transvaal}}. Ik bel over [[p:Amira]] uit groep zes eh ze is deze week weer drie dagen niet geweest en moeder neemt niet op. Ik heb de {{r:leerplichtambtenaar}} ook ingelicht, de verzuimmelding heeft nummer [[n:LP-2024-0562]]. Eh mijn directe nummer is [[t:070 - 388 12 40]], ik ben er tot half vier. Fijne dag nog.
""",
    r"""
ja goedemiddag met [[p:Frank de Vos]] {{r:bewindvoerder}} eh ik bel over de heer [[p:Roelof Hart]] eh het gaat om de leefgeldrekening eh die staat op [[i:NL73 KNAB 2004 4944 73]] en daar wordt vanaf nu elke vrijdag vijfenzeventig euro op gestort eh het zou fijn zijn als jullie dat ook aan meneer uitleggen want hij denkt dat ik zijn geld inhoud eh bel me even terug op [[t:06 47 20 19 83]] fijne middag
""",
    r"""
verslag [[d:maandag 2 september]] mevrouw [[p:Rosaria]] ehm [[p:Maritza Rosaria]] zeventig jaar diabetes ehm woont [[a:Hengelolaan 1320]] ehm suiker vandaag 14 komma 2 te hoog ze eet niet regelmatig dochter [[p:Giselle]] komt één keer per week uit Rotterdam ik heb met haar afgesproken dat ze de {{r:diëtist}} belt en ik heb de {{r:huisarts}} dokter [[p:Pronk]] een bericht gestuurd ehm verder vertelde ze dat buurman [[p:Rudsel]] de boodschappen doet maar die is zelf ook ziek dus tja even kijken of er een vrijwilliger van {{o:Humanitas}} kan komen
""",
    r"""
eh ja hallo met eh mevrouw [[p:de Graaf]] van de [[a:Dedemsvaartweg 1022]] eh ik bel over mijn bovenbuurman eh [[p:Sjaak]] heet ie eh die heeft weer de hele nacht lopen schreeuwen en ik hoor ook glas breken ik maak me zorgen om hem hoor niet boos maar ik weet niet waar ik moet zijn de politie zei bel het wijkteam mijn nummer is [[t:nul zes een drie nul negen acht zeven zes vijf]] dank u
""",
    r"""
telefoongesprek [[d:vrijdag 6/12]] met mw [[p:Gebremedhin]] via tolk Tigrinya (tolknr [[n:40921]]) mevrouw vertelt dat dochter [[p:Helen]] weer thuis is sinds woensdag ze was bij een vriendin in {{w:Leidschenveen}} eh volgens mevrouw geen politie nodig ik heb gezegd dat ik [[d:dinsdag 10 december]] langskom samen met {{r:jongerenwerker}} [[p:Yonas]]
""",
    r"""
ja bon dia met [[p:Shurandy Martina]] eh ik bel voor mijn afspraak van eh [[d:donderdag achttien januari]] ik kan niet ik heb werk gevonden eh in de haven dus eh ja mi ta bai traha eh kunt u een nieuwe maken na zes uur ik woon nog steeds op de [[a:Troelstrakade achtenzeventig]] mijn nummer is nog hetzelfde danki
""",
    r"""
notitie [[p:Oduro]] [[d:elf oktober]] mevrouw verhuist per [[d:een november]] naar [[a:Melis Stokelaan achtentwintig huis]] dat is een benedenwoning eh nieuwe postcode weet ik nog niet {{o:Haag Wonen}} doet de sleuteloverdracht op [[d:eenendertig oktober]] om tien uur eh ex-partner [[p:Kwaku]] mag het nieuwe adres absoluut niet weten
""",
    r"""
he [[p:Bas]] met [[p:Joyce]] eh ik sta nu bij [[p:el amrani]] de deurwaarder is er ook ik heb gezegd dat we een betalingsregeling eh gaan maken kun jij eh het rekeningnummer van de verhuurder opzoeken het stond in de mail van [[d:eenentwintig februari]] met kenmerk eh [[n:HV 2024 118]] ja bel me even
""",
    r"""
Voicemail van [[t:0703614402]] · 0:48
"Ja goedemiddag, u spreekt met [[p:Van der Steen]], ik ben de {{r:mentor}} van mevrouw [[p:Kuiper]]. Eh, ik heb gehoord dat ze naar een verpleeghuis moet, maar daar ben ik als mentor niet over geïnformeerd. Eh, dat kan zo niet. Wilt u mij terugbellen? Het gaat om mevrouw [[p:Kuiper]], [[p:Annie Kuiper]], geboren [[d:30 mei 1936]]. Mijn nummer is [[t:06 22 19 84 30]]. Dank u."
""",
    r"""
spraakmemo 14:02 na HB [[p:Kowalczyk]]
eh oké dus mevrouw [[p:Kowalczyk]] [[p:Dorota]] eh haar man is sinds de zomer terug naar Polen ze staat er alleen voor met twee kinderen [[p:Maja]] van acht en [[p:Kuba]] van vijf eh huur is per [[d:1 augustus]] niet meer betaald eh ze wil hulp van de {{r:budgetcoach}} en eh ze vroeg om een tolk Pools voor volgende keer eh haar nummer is [[t:06 19 37 44 02]] en ze woont op [[a:Kempstraat 205 2e]] klaar
""",
]
# ---------------------------------------------------------------- sticky notes, post-its, quick notes
T += [
    r"""
BELLEN!! mw [[p:yilmaz]] → [[t:06-23 45 91 07]] ivm huur (vóór 12u)
""",
    r"""
[[p:kees]]: ma 9u sleutel ophalen [[a:Elandstraat 3 bis]] (bij de buren aanbellen, fam. [[p:Smits]] heeft m)
""",
    r"""
zaaknr [[p:bakker]] = [[n:24/0917]]  ← NIET kwijtraken!! (kantonrechter, huurzaak, advocaat zit bij {{o:Juridisch Loket}})
geb. [[d:7-1-'61]]
""",
    r"""
🟡 [[p:roos]] ziek t/m woe → [[p:Priya]] neemt {{w:Spoorwijk}} over, [[p:Bas]] doet {{w:Laakkwartier}}
HB [[p:Osei]] ([[a:Ketelstraat 19]]) verzetten naar [[d:vr 22/3]]
""",
    r"""
[[p:Nour]] terugbellen: [[t:0031 6 4409 2281]] (zit bij haar moeder in Marokko t/m [[d:4 jan]]) - en IBAN voor de teruggave: [[i:NL42INGB5413626300]]
""",
    r"""
[[d:di 4/6]] 14u HB fam. [[p:Ahmadi]], [[a:Heeswijkplein 12]] → tolk Dari besteld ({{o:Tolkcentrum}}) - sleutel kluisje [[p:Noor]]
""",
    r"""
geb.dat. [[p:J. Smit]] [[d:03-07-'52]] / bsn [[b:1115.71.625]]
adres: [[a:Fahrenheitstraat 540]]
huisarts: dr. [[p:Baldewsingh]] ({{w:Valkenbos}})
""",
    r"""
Beste meneer [[p:de Vries]],
Ik ben vandaag langs geweest maar u was niet thuis. Ik kom [[d:donderdag 14 november]] om 11 uur terug. Kan het niet? Bel of app mij: [[t:06 41 98 22 07]].
Groet, [[p:Sanne]] ({{o:sociaal wijkzorgteam}} {{w:Centrum}})
""",
    r"""
!!! [[p:Oduro]] NIET bellen op het vaste nr, alleen mobiel [[t:06-1122 3847]] (ex [[p:Kwaku]] neemt vaste lijn op)
""",
    r"""
→ {{o:CJG}}: [[p:Marit]] [[t:070-7529311]]
→ {{o:Jeugdbescherming West}}: [[p:Sem]] (jeugdbeschermer van [[p:Ayaan]]) [[e:s.vandenberg@jbwest.nl]]
""",
    r"""
postcode klopt niet! → [[pc:2572 AB]] ipv [[pc:2572 AD]] (mw [[p:Vos]], [[a:Beeklaan 233]])
""",
    r"""
[[p:Gerrit]] (buurman van mw [[p:Berg]]) heeft de reservesleutel → [[a:Vleerstraat 41]], bel eerst: [[t:070 3 88 14 22]]
""",
    r"""
IBAN [[p:Tekle]]: [[i:NL50SNSB2448981635]] — checken bij {{r:bewindvoerder}}, klopt niet met wat [[p:Yonas]] zei??
""",
    r"""
vóór [[d:31/1]]: jaaropgave [[p:Mensah]] + huurcontract + kopie id + loonstrook dec.
→ inleveren bij {{o:Servicepunt XL}}, uiterlijk [[d:ma 29/1]]
""",
    r"""
mail [[p:ilham]]: [[e:ilham.b@live.nl]] (niet de oude hotmail, die leest ze nooit!) + mobiel [[t:06-1903 3487]]
""",
    r"""
de witte map = [[p:de wit]] 😅 niet verwarren met [[p:Witte]] ([[n:2023-04711]])
""",
    r"""
WACHTEN OP:
- {{o:CAK}} (eigen bijdrage [[p:Ramcharan]])
- verklaring {{r:huisarts}} [[p:Hodan]]
- bsn kind [[p:Luwam]]: [[b:877798667]]
""",
    r"""
mevr. [[p:Somer]] — nee: mw [[p:Zomer]]! (niet mevr. [[p:Winter]], die is van [[p:Jeroen]]) → nieuwe tel [[t:06 33 50 71 98]]
""",
    r"""
sleutelkastje code = vraag [[p:Ruud]]
HB's morgen: [[p:Vink]] 9u / [[p:Kuipers]] 10.30 ([[a:Goudenregenstraat 77]]) / [[p:El Idrissi]] 13u ([[a:Wouwermanstraat 66-1]])
""",
    r"""
📌 [[p:Sunny]] ([[p:Sunita]]'s broer?) → ja! [[p:Radjesh]] wordt thuis [[p:Sunny]] genoemd. zelfde persoon, dossier [[n:SWT-23-1172]]
""",
]
# ---------------------------------------------------------------- shift handovers
T += [
    r"""
Overdracht avond → nacht, [[d:zo 17-11]]
- k4 dhr [[p:Lopes]]: onrustig, prn gehad om 21u, slaapt nu
- [[p:Bella]] (k7) had bezoek van ex-vriend [[p:Marco]], dat mag NIET (contactverbod) → gemeld bij {{r:teamleider}}
- mw [[p:Hoekstra]] morgen ([[d:ma 18-11]]) 8.15 taxi naar {{o:HMC}} (dialyse), pasje ligt in bakje
- nieuwe aanmelding via {{o:Veilig Thuis}}: [[p:Ruth]] + 2 kids, komen morgen rond 11u
gr [[p:Ilse]]
""",
    r"""
overdracht ambulant [[d:vrijdag 8 maart]]
[[p:kowalczyk]]: geen gehoor, briefje in de bus
[[p:de jong]]: gevonden door buurvrouw [[p:truus]] 😥 hij lag op de grond, ambulance is geweest, ligt nu in {{o:Haga}}. dochter gebeld ([[t:06 81 02 44 73]])
[[p:el amrani]]: betalingsregeling rond!! 75 p/m
sleutel van [[a:Moerweg 23]] ligt bij [[p:truus]] op 25
maandag als eerste: [[p:de jong]] → ontslagplanning met {{r:transferverpleegkundige}}
""",
    r"""
Weekenddienst bereikbaarheid SWT [[d:za 6 t/m zo 7 juli]] – overdracht aan [[p:Umut]]
Vrijdagavond gebeld door mw [[p:Sabajo]] ([[t:06-1390 7284]]): haar zoon [[p:Marlon]] dreigde zichzelf iets aan te doen. Hij woont bij haar op [[a:Hoogeveenstraat 40]], [[pc:2532 PR]]. Crisisdienst {{o:Parnassia}} is geweest, hij blijft thuis met zijn moeder. Ma 9u graag contact met de {{r:POH-GGZ}} en de {{r:psychiater}} (dr. [[p:Ooms]]).
Verder rustig.
[[p:Wendy]]
""",
    r"""
nachtdienst opvang {{o:Kessler Stichting}} [[d:14/15 jan]]
00.40 [[p:Rob]] (kamer 12) dronken binnengekomen, ruzie met [[p:Sjors]], uit elkaar gehaald
01.30 [[p:Rob]] geb.datum nagevraagd voor de aanmelding: [[d:17-09-1981]]
02.15 politie bracht [[p:Kojo]] (nieuw, geen id, geb. volgens hem [[d:1-1-1990]]) → bed 3
05.30 [[p:Sjors]] wil vandaag met iemand van het swt praten over zijn schulden. {{r:maatschappelijk werker}} van dagdienst?
overgedragen aan [[p:Hanneke]]
""",
    r"""
Overdracht wijkverpleging route {{w:Vrederust}} – ochtend > middag
• mw [[p:Hendriks]] ([[a:Hengelolaan 511]]): wond ziet er beter uit, verband vervangen
• dhr [[p:Ait Taleb]]: suikers hoog (18,4), {{r:huisarts}} gebeld, terugbelverzoek staat
• mw [[p:de Hoop]] ([[a:Melis Stokelaan 1090]]): zoon [[p:Maarten]] vraagt of wij ook op zondag kunnen komen → planning
• [[p:Said]] (inwonende kleinzoon van dhr [[p:Ait Taleb]]) heeft telefoonnr gegeven: [[t:06 27 39 81 05]]
""",
    r"""
ovd [[d:ma 23/9]] late dienst
- [[p:jurrick]] niet komen opdagen bij dagbesteding, moeder [[p:maritza]] weet ervan. gesprek leerplicht [[d:do 26/9]] 9u
- aanvraag bijz. bijstand fam. [[p:Haile]] → ingediend, ref [[n:BB-2024-00871]]
- brief van {{o:Belastingdienst}} voor mw [[p:Gebremedhin]] ligt op je bureau [[p:esra]]
- printer kapot (weer) 🙄
""",
    r"""
Dienstoverdracht crisisbed {{o:Parnassia}} / SWT
Cliënt: [[p:R. Ramcharan]], °[[d:11-02-1979]], BSN [[b:804 134 248]]
Opname: [[d:16-10-2024]], 23:10 uur, via crisisdienst
Contactpersoon: zus [[p:Sunita Ramcharan]], [[t:06-4412 7709]]
Behandelaar: drs. [[p:Wolters]], {{r:psychiater}}
Bijzonderheden: cliënt wil niet dat zijn werkgever iets hoort. Rookt, wil om de 2 uur naar buiten.
""",
    r"""
overdracht van [[p:Bas]] → [[p:Joyce]] (ik ben 3 wkn op vakantie 🏝️)
1. [[p:el amrani]]: regeling loopt, check [[d:1 augustus]] of 1e termijn betaald is
2. [[p:djeison]]: stageplek bij kapper [[p:Lorenzo]] ({{w:Regentessekwartier}}), start [[d:2/9]]
3. [[p:Owusu]]: bewind per [[d:1 juni]] geregeld, {{r:bewindvoerder}} = [[p:Frank de Vos]]
4. [[p:Tavares]]: NIETS doen zonder {{o:Veilig Thuis}}! kenmerk [[n:2024-0443]]
succes!!
""",
    r"""
Overdracht nachtdienst {{o:Florence}} thuiszorg → dagdienst
Geen bijzonderheden behalve: 03:12 alarmering mw [[p:Mahabier]], lag naast bed, niet gewond. Zoon [[p:Anand]] gebeld ([[t:06-2750 8814]]), hij komt om 8 uur. Graag melding bij het {{o:Wmo-loket}} voor een hoog-laagbed, meldnr is [[n:WMO-2024-017730]].
Nachtdienst: [[p:Yvonne]]
""",
    r"""
ovd 📋 dinsdag
[[p:roos]] → [[p:mo]]: fam [[p:Kaya]] is klaar, afsluiten na evaluatie
[[p:mo]] → [[p:roos]]: nieuwe melding [[p:Jansen]] (buurtbemiddeling, [[a:Koningstraat 48A]], [[t:06 18 77 30 52]]) – burenruzie over een blaffende hond. staat nog niet in het systeem, doe jij dat?
""",
    r"""
Overdracht SWT → CJG ([[d:27 mei 2024]])
Gezin: [[p:Mahamed]] ([[p:Ayaan Mahamed]], 11 jr, [[p:Ilhan]], 7 jr)
Moeder: [[p:Faadumo Warsame]], [[a:Zuiderparklaan 17]], [[pc:2574 HA]]
Casus jeugdbescherming sinds [[d:12 mei]], {{r:jeugdbeschermer}} [[p:Sem van den Berg]]
Volwassenenkant blijft bij ons: schulden + huisvesting. Contact via mij, [[p:Esra]], [[t:06 48 21 70 36]].
""",
    r"""
Let op voor de nachtdienst: [[p:Sjaak]] van [[a:Dedemsvaartweg 1024]] (boven mw [[p:de Graaf]]) kan onrustig zijn. {{r:wijkagent}} [[p:Van Dijk]] rijdt vannacht extra langs. Als het escaleert: 112, daarna [[p:Marloes]] appen. Niet zelf naar binnen. Zijn broer is bereikbaar op [[t:06-2280 1946]].
""",
    r"""
overdracht zaterdag (tijdens de storm 🌪️)
- mw [[p:Storm]] uit {{w:Duindorp}} ([[a:Westduinweg 181]], [[t:070 354 90 27]]) belde 4x, dakraam lekt. {{o:Haag Wonen}} storingsdienst gebeld, komen ma. Ze is niet in paniek, wel eenzaam → maandag welzijnscoach vragen
- dhr [[p:Zeeman]]: medicatie in orde
geen verdere meldingen. [[p:Fenna]]
""",
    r"""
Overdracht van [[p:Kees]] (verlof t/m [[d:9-9]])
[[p:Groenendijk]], [[a:Rederijkerstraat 150]]: [[p:Corrie]] tot [[d:12/10]] in {{o:Eykenburg}} (respijt). Dhr alleen thuis, buurman [[p:Wim Veen]] houdt oogje in t zeil. Casemanager dementie is [[p:Petra]] van {{o:Florence}}.
[[p:Lucas]]: wacht op ID-kaart, afspraak stadsdeelkantoor [[d:donderdag 29 augustus]] 10.40
""",
    r"""
overdracht ambulante begeleiding {{o:Middin}}
cliënt [[p:M. Vermeulen]] ([[n:MID-330912]]) per [[d:1-4]] naar SWT. Licht verstandelijke beperking, woont zelfstandig op [[a:Jan Blankenstraat 8-hs]] [[pc:2523ST]]. Moeder ([[p:Ina]]) is mantelzorger, tel. [[t:(070) 394 12 05]]. Budgetbeheer via {{o:PLANgroep}}.
""",
    r"""
Dagoverdracht inloop {{o:Servicepunt XL}} {{w:Transvaal}}, [[d:woensdag 10 januari]]
09:30 mw [[p:Mbarki]] ([[a:Paul Krugerlaan 80]]) – formulier kwijtschelding ingevuld, IBAN [[i:NL84 INGB 6474 8893 52]], kopie in bakje
10:15 dhr [[p:Derksen]] – vraag over huurtoeslag, doorverwezen naar {{o:Sociaal Raadslieden}}
11:40 [[p:Lina]] en [[p:Omar]] (broer en zus) – willen vrijwilligerswerk, naar de {{r:welzijnscoach}}
12:00 dicht
""",
    r"""
ovd n8 → ochtend
rustig. om 4u belde [[p:Hope]] (moeder van [[p:April]]) dat de baby niet wilde drinken, advies gegeven, ging goed. niet verder nodig.
mail van {{o:Toeslagen}} voor [[p:April]] staat in de inbox, graag vandaag bellen [[t:0628830417]]. consultatiebureau {{o:CJG}} staat op [[d:wo 14/8]]
[[p:Dewi]] 🌙
""",
    r"""
overdracht SWT {{w:Scheveningen}} (vóór de vakantie)
- [[p:Oksana]] + [[p:Artem]]: school geregeld vanaf [[d:2 april]], {{o:Nova College}} taalklas → hoeft niks meer
- dhr [[p:Koster]] ([[a:Zeesluisweg 3]]): kerkbezoek wil hij weer, de koster van de {{o:Duinzichtkerk}} haalt hem op zondag op
- mw [[p:Vreeswijk]]: verjaardag [[d:19 juli]], 90 jaar! kaartje sturen 🎉
- bij twijfel: [[p:Iris]] [[t:06 52 40 88 13]]
""",
]
# ---------------------------------------------------------------- to-do lists
T += [
    r"""
TODO wk 12
- [[p:Baldew]] → {{o:UWV}} bellen ivm WW-aanvraag
- fam [[p:Kowalczyk]] → tolk Pools regelen, afspraak [[d:21/3]]
- aanvraag BB [[p:Hodan]] >> deadline [[d:22-03]]!!
- ☐ [[p:ruud]] vragen over sleutel
- ✔ mail naar [[e:m.oduro@gmail.com]] verstuurd
""",
    r"""
to do vandaag (di):
→ [[p:Yordanka]] doorverwijzen {{o:FairWork}} + {{o:Juridisch Loket}}
→ [[p:Petrov]] uitkering: check of {{o:UWV}} de adreswijziging heeft ([[a:Stuwstraat 31-1]])
→ [[p:Petrov]]: bsn [[b:824313707]] doorgeven aan UWV (bellen, niet mailen!)
→ team: wie gaat er naar de kick-off van de pilot?
→ lunch 🥪
""",
    r"""
Actiepunten MDO [[d:12-06-2024]]
1. [[p:Visser]] – schuldhulp aanmelden (ML) – vóór [[d:19-06]]
2. [[p:Bakker]]/[[p:Smit]] – buurtbemiddeling inschakelen (NB)
3. [[p:de Boer]] – {{r:casusregisseur}} = [[p:Ilse]]
4. [[p:Lopes Semedo]] – woonurgentie aanvragen, dossier [[n:WU-24-3318]] (IK)
volgende MDO: [[d:26 juni]]
""",
    r"""
✅ huisbezoek [[p:Chen]]
✅ [[p:Mei]] bellen ([[t:06-3982 1157]])
⬜ formulier pgb → {{o:Zorgkantoor}}, kenmerk [[n:ZK-8812034]]
⬜ {{r:casemanager dementie}} vragen mee te denken
⬜ kaartje voor dhr [[p:Chen]] z'n verjaardag ([[d:zat 8 feb]])
""",
    r"""
lijstje voor morgen
- 9u [[p:Sabajo]] → hoe gaat het met [[p:Marlon]]?
- 10u teamoverleg
- 11.30 {{o:Parnassia}} terugbellen (dr. [[p:Ooms]], [[t:06 57 02 31 20]])
- 14u [[p:Hendriks]] ([[a:Hengelolaan 511]]) – samen met {{r:wijkverpleegkundige}}
- 16u uren schrijven!!
""",
    r"""
week 47 — niet vergeten
* kick-off pilot: aanmelden bij [[p:Marloes]]
* [[p:jade]] → veiligheidsplan met {{o:Veilig Thuis}} ([[n:VT-2024-3391]])
* ex van [[p:jade]] ([[p:Dylan]]) woont bij zijn moeder, [[a:Laan van Hoornwijck 52]], [[pc:2289 DG]]
* verlof aanvragen kerst
""",
    r"""
boodschappen voor mw [[p:Kuiper]] (vrijwilliger [[p:Hans Bos]] doet het do.)
- brood, melk, koffie
- 2x kattenvoer
- geld: pinpas ligt bij [[p:Annie]] zelf, NIET meenemen
→ bonnetje in het schriftje
→ volgende keer [[d:do 5 dec]]
→ sleutel terug bij buurvrouw [[p:Lies]] ([[a:Weimarstraat 280]])
""",
    r"""
🔴 urgent
• [[p:Tavares]] – {{o:Veilig Thuis}} terugbellen, [[p:Carla]] [[t:070 364 55 00]]
• [[p:Winter]] – gesprek {{o:Staedion}} vóór [[d:15/1]]!! ([[p:Jasper]], [[t:06 1234 4598]])
🟡 deze week
• [[p:Nguyen]] intake plannen, [[a:Delftselaan 46]]
• declaratie tolk ([[n:T-40921]])
""",
    r"""
todo na vakantie 🌞
> [[p:el amrani]] termijn check
> [[p:djeison]] stage → evaluatie met [[p:Lorenzo]] ([[e:lorenzo@kapsalonlorenzo.nl]])
> [[p:Owusu]] → nieuwe {{r:bewindvoerder}}?? ([[p:de Vos]] stopt per [[d:31-12]])
> verlofdagen invullen t/m [[d:15-9]]
> lief kaartje [[p:Akosua]] 💛
""",
    r"""
Voor de aanvraag kwijtschelding [[p:Hendrik van der Meer]]:
- bsn: [[b:1221.29.192]]
- iban: [[i:NL52ABNA2138384897]]
- 3 bankafschriften (aug t/m okt)
- huurspecificatie
→ inleveren bij {{o:Servicepunt XL}} of mailen naar de {{r:consulent}}
→ klaar vóór [[d:1 november]]
""",
    r"""
bellen (volgorde!!)
1 mw [[p:Demir]] ([[a:Trekweg 40-1]]) – kleindochter [[p:Elif]] opnemen, niet mw zelf ([[t:06 4471 0923]])
2 {{o:Haag Wonen}} – reparatie [[p:Isenia]], [[a:Hengelolaan 730]]
3 [[p:Hartman]] (ha) terugbellen ivm [[p:Groenewegen]]
4 [[p:Ruud]] – auto van de zaak??
""",
    r"""
TO DO
-- [[p:Mohammad]] → fysio via ha, bsn [[b:194 728 110]] staat al in het systeem
-- [[p:Parwana]] → taalcursus verzetten ({{o:DUO}})
-- dochter [[p:Zarghuna]] → vrijwilligerswerk bij de {{o:Voedselbank}}? 
-- alles in [[n:SWT-24-0102]] zetten
""",
    r"""
actielijst bewonersavond {{w:Moerwijk}} (wijkcentrum {{o:De Boog}})
→ flyers: [[p:Noor]]
→ koffie + thee: vrijwilligers [[p:Truus]] ([[t:070 3 46 52 18]]) en [[p:Wim]]
→ spreker: {{r:wijkagent}} [[p:Van Dijk]] + iemand van {{o:Schuldhulpverlening}}
→ zaal geboekt voor [[d:do 7 nov]] 19u
""",
    r"""
- [[p:Ahmed el Khadiri]] is boos (terecht) → schuldhulp zelf bellen, klantnr [[n:SHV-19-2231]]
- daarna hem terugbellen: [[t:06-5502 3341]]
- excuses aanbieden namens [[p:mo]]
- in dossier: contact [[d:9-4]] + [[d:10-4]]
""",
    r"""
Checklist nieuwe cliënt [[p:Abdi]], [[p:Hodan]]
[x] toestemmingsverklaring getekend [[d:5 maart 2024]]
[x] bsn ([[b:686 441 904]])
[ ] iban → [[i:NL04 ASNB 8252 7875 71]] ?? vragen of dit haar eigen rekening is
[ ] huisarts: dr. [[p:Farah]], {{w:Schilderswijk}}
[ ] kinderen: [[p:Sagal]] (9), [[p:Mustafe]] (6), [[p:Idil]] (2)
""",
    r"""
morgen mee te nemen → HB [[p:Zielinski]]
- formulier huurtoeslag
- Engelse folder {{o:Juridisch Loket}}
- nummer verhuurder (staat in mail van [[p:Agnieszka]] van [[d:19 april]])
- tolk? nee, [[p:Piotr]] spreekt Engels
adres: [[a:Van Ostadestraat 280-A]], [[pc:2526 GR]]
""",
    r"""
dingen voor [[p:Lucas]]:
→ ID ✔
→ bankrekening → samen met [[p:Dennis]] naar de bank, [[d:vr 6 sept]] 9.30
→ inschrijven {{o:Werkplein}}
→ telefoon kapot, bereikbaar via oom: [[t:+31 (0)6 30 99 18 42]]
""",
    r"""
to do [[p:Umut]] (overgenomen van [[p:Kees]])
☐ [[p:Groenendijk]] evaluatie respijt na [[d:12 okt]]
☐ [[p:Corrie]] – indicatie WLZ via {{o:CIZ}}? overleg met [[p:Petra]]
☐ adres voor het {{o:CIZ}}: [[a:Rederijkerstraat 150]], [[pc:2531 XZ]]
☐ buurman [[p:Wim Veen]] bedanken 🌻
☐ [[p:Hodan]] → is nu van [[p:Esra]]!! niet meer bellen
""",
]
# ---------------------------------------------------------------- quick mails, invites, sms, whiteboards, logs
T += [
    r"""
Van: [[p:Priya Ramdin]] <[[e:p.ramdin@swtdenhaag.nl]]>
Aan: [[p:Kim]]
Onderwerp: fw: mw [[p:Fortes]]

Hoi [[p:Kim]], zie onder. Mw heeft nu toch een iban gestuurd ([[i:NL29 RABO 0187 9392 64]]) maar volgens mij is dat die van haar dochter [[p:Ivanilda]]... kun jij dat checken? thx! [[p:Pri]]
""",
    r"""
Uitnodiging: HB mw [[p:Kaya]] + {{r:welzijnscoach}}
Wanneer: [[d:do 12 dec.]] 10:00–11:00
Waar: [[a:Beeklaan 3 bis]], [[pc:2562 AA]]
Deelnemers: [[p:Hatice Yilmaz]]; [[p:Selin Kaya]] (dochter)
Notitie: bel aan bij de zijdeur, bel voor werkt niet
""",
    r"""
Herinnering: u heeft een afspraak met [[p:Esra]] van het sociaal wijkzorgteam op [[d:di 14-05-2024]] om 13:30 in wijkcentrum {{o:De Mussen}}. Verhinderd? Bel 14070. Uw kenmerk: [[n:SWT-24-0877]]
""",
    r"""
les geleerd (snel opgeschreven na de casus van dhr [[p:de Wit]]): bel bij een ziekenhuisopname meteen de {{r:transferverpleegkundige}}, anders gedoe met ontslag op vrijdagmiddag. bij meneer was het [[d:vrijdag 22 maart]], om 16u thuis zonder thuiszorg 😬 {{w:Loosduinen}} heeft hier al afspraken over met het {{o:HMC}}, wij in {{w:Escamp}} nog niet. ik ga het voorstellen bij het teamoverleg.
""",
    r"""
↪️ doorgestuurd
[[p:Kofi Boateng]]: "madam the gas man from {{o:Eneco}} is coming [[d:monday 14th]] between 8 and 1. my wife [[p:abena]] is working. can someone be there?? my number [[t:+31687334902]]"
""",
    r"""
WHITEBOARD teamkamer (foto van [[d:4/11]])
AANDACHT DEZE WEEK: [[p:HODAN]] / [[p:DE JONG]] / [[p:KOWALCZYK]]
NIEUW: [[p:M. BENNANI]], [[a:PRINSEGRACHT 71]], [[pc:2512 EZ]]
VERLOF: [[p:KEES]] ✈️
🎂 [[p:ROOS]] [[d:8/11]] → taart!!
""",
    r"""
tel. [[d:14-3]] 10.05 mw [[p:Rahimi]] ([[t:0684417763]]) belde over de brief van het {{o:CAK}}, eigen bijdrage te hoog. bsn [[b:320 223 498]]. gezegd dat ik uitzoek en do terugbel. zoon [[p:Jawad]] wil mee luisteren, zijn mail: [[e:jawad.rahimi@gmail.com]]
""",
    r"""
Geachte meneer/mevrouw,

ik ben [[p:Kwabena Ofori]], mijn BSN is [[b:590544834]]. Ik wil vragen waarom mijn aanvraag voor huishoudelijke hulp ([[n:W-2024-55120]]) is afgewezen. Ik ben 71 jaar en heb COPD. Mijn vrouw [[p:Efua]] kan het ook niet meer. U kan mij mailen op [[e:kwabena.ofori@kpnmail.nl]] of bellen op [[t:070 - 393 02 81]].

Met vriendelijke groet,
[[p:K. Ofori]]
[[a:Leyweg 918B]], [[pc:2545 CR]] Den Haag
""",
    r"""
📷 screenshot brief (van [[p:Mbeki]]):
"Geachte heer [[p:Mbeki]], ondanks herhaalde verzoeken hebben wij geen betaling ontvangen onder dossiernummer [[n:HKB 22-0913]]. Wij verzoeken u het bedrag van € 1.412,50 uiterlijk [[d:30-09-2024]] over te maken o.v.v. uw dossiernummer."
wat moet ik hiermee?? 😩
""",
    r"""
ff snel: kan je me morgen ophalen bij [[a:escamplaan 88-3]]? de bus rijdt niet door werkzaamheden en lopen is te ver. ik heb geen ov geld. ben [[p:kojo]] zoon van [[p:kwame]]. moet om 10 bij {{o:werkplein}} zijn 🙏
""",
    r"""
ADRES VOOR DE BRIEF: [[p:F. OSMAN]] [[a:LEYWEG 1204]] [[pc:2545 GT]]
NIET MEER NAAR MIJN BROER STUREN
BSN [[b:170626763]]
""",
    r"""
(whatsapp spraakbericht, automatisch uitgeschreven)
salam aleikum mevrouw [[p:samira]] het is [[p:khadija]] ja [[p:nordin]] is weer thuis alhamdulillah de advocaat meneer [[p:Benali]] heeft geholpen hij moet [[d:twaalf juni]] naar de rechter ik wil dat jij mee gaat als dat kan ok bel mij
""",
    r"""
intake [[d:3-10]] door {{r:MEE-consulent}} en {{r:Wmo-adviseur}} bij [[p:Jorrit]] (27, LVB) en zijn vriendin [[p:Kiki]]. Wonen samen op [[a:Boekhorststraat 60-2]] in de {{w:Stationsbuurt}}. Schulden ca. 9.000 euro, {{o:Kredietbank}} nog niet in beeld. Zijn mail: [[e:jorritvdlinden@hotmail.com]]. Hij wil zelf geen bewindvoering, zij wel.
""",
    r"""
hey [[p:marieke]]!! kun je het formulier sturen naar [[e:fleur.hoogendoorn@live.nl]]? en de kinderbijslag gaat naar [[i:NL45SNSB6922825037]] (nieuwe rekening, de oude is dicht) 🙏 xx [[p:fleur]]
""",
    r"""
Notitie telefonisch consult [[d:dinsdag 17 september]]
Dhr [[p:Jovanović]] ([[p:Dragan]]), [[a:Weimarstraat 38 2-hoog]], [[pc:2562 GV]]. BSN [[b:233 540 611]].
Belde zelf. Wil een verhuizing naar een benedenwoning, loopt slecht sinds zijn heupoperatie in april. Urgentie via {{o:Haag Wonen}} is afgewezen. Advies: medische urgentie, verklaring {{r:huisarts}}. Dochter [[p:Ana]] ([[t:+381 64 223 8190]]) helpt met de formulieren.
""",
    r"""
mw [[p:El Idrissi]] 13u ✔
- dochter [[p:Salma]] was erbij, tolkte
- mw wil naar de {{o:Voedselbank}}, verwijsbrief gemaakt
- rekening voor de bijz. bijstand: [[i:NL71 INGB 7214 8129 58]] (t.n.v. [[p:H. El Idrissi-Amrani]])
- volgende keer samen met {{r:schuldhulpverlener}}, [[d:ma 2 dec]]
""",
    r"""
Hoi [[p:Rachid]],
Snelle vraag tussendoor: weet jij nog het mailadres van de zus van [[p:Dimitar]]? Ik heb [[e:stoyanka.petrova88@abv.bg]] maar dat komt terug (onbestelbaar). Hij zit nu op [[a:Stuwstraat 31-1]] maar de post komt niet aan.
Gr. [[p:Kim]]
Verstuurd vanaf mijn iPhone
""",
    r"""
SMS van [[t:06 2044 1876]] ([[d:ma 8 jan]], 23:51):
"is dit de vrouw van het wijkteam? ik ben [[p:Naima]], de buurvrouw van [[p:Jamila]] op [[a:Hobbemastraat 141]]. er is weer geschreeuw en de kinderen huilen. ik durf niet te bellen naar politie. wat moet ik doen"
(ochtend [[d:9 jan]] teruggebeld door [[p:Samira]], {{o:Veilig Thuis}} geraadpleegd)
""",
    r"""
fijn weekend allemaal 🌞 vergeet niet: maandag om 9u MDO, [[p:Noor]] zit voor. en wie heeft de oplader van [[p:Bas]] gezien?? (grijs, ligt normaal naast de koffieautomaat) — [[p:Bas]] zelf
""",
]
# ---------------------------------------------------------------- longer messages, threads and dictations
T += [
    r"""
hoi [[p:Iris]], sorry lang bericht 🙈 met [[p:Linda de Koning]], dochter van [[p:Jan de Koning]] (de meneer van de {{o:Alzheimer Café}}-avond). het gaat echt niet meer thuis. papa is vorige week 2x de deur uit gegaan om 3 uur 's nachts, de tweede keer heeft de politie hem bij het station gevonden, [[d:dinsdag 8 oktober]] was dat. hij woont nog steeds alleen op [[a:Laan van Meerdervoort 1501]], [[pc:2555 CJ]]. ik woon in Leiden en werk fulltime, mijn broer zit in Spanje.
wat ik nodig heb:
1. iemand die met mij naar de {{r:casemanager dementie}} gaat, ik snap niet wie wat doet
2. de mantelzorgwaardering, die is vorig jaar niet gekomen. rekening van mij: [[i:NL79 INGB 7313 8071 34]]
3. zijn bsn, jullie vroegen erom: [[b:678305080]]
4. de brief van het {{o:CIZ}} heeft nummer [[n:CIZ-24-118734]], aangevraagd op [[d:2-9-2024]]
je kunt me bellen na 17u op [[t:06 14 73 92 08]] of mailen naar [[e:linda.dekoning@ziggo.nl]]. dankjewel alvast, ik ben echt op 😞
""",
    r"""
dictaat huisbezoek [[d:donderdag zeven november]] ehm aanwezig de heer [[p:Haddad]] mevrouw [[p:Haddad]] en de {{r:maatschappelijk werker}} ondergetekende eh gezin woont sinds [[d:vijftien maart tweeduizend drieëntwintig]] op de [[a:Erasmusweg achthonderdzesenvijftig]] postcode [[pc:2532 CL]] in {{w:Moerwijk}} dossier [[n:SWT vierentwintig nul zes één twee]] eh vier kinderen de oudste gaat naar het vmbo de jongste is drie eh grootste zorg is de huur die sinds juli niet betaald is door een fout bij {{o:Toeslagen}} de achterstand is ongeveer negentienhonderd euro eh meneer heeft werk als schoonmaker bij een bedrijf in Rijswijk maar het contract loopt af op [[d:eenendertig december]] mevrouw is zwanger uitgerekende datum [[d:twintig januari]] afspraken eh ik bel {{o:Toeslagen}} samen met meneer op [[d:maandag elf november]] om tien uur eh mevrouw meldt zich bij de verloskundige eh volgend huisbezoek [[d:vijfentwintig november]] telefoon meneer [[t:nul zes vijf vijf nul drie drie een vier zeven]] einde dictaat
""",
    r"""
[09:02] [[p:Jeroen]]: casus [[p:Mbarki]] wordt ingewikkeld, even hier ipv mail:
[09:02] [[p:Jeroen]]: ze heeft 14 schuldeisers, totaal ca 23k. {{o:Schuldhulpverlening}} zegt dat ze pas kan starten als de inkomsten stabiel zijn. loon gaat naar [[i:NL27TRIO9813614973]] maar daar heeft de deurwaarder beslag op gelegd sinds [[d:16 september]]
[09:04] [[p:Noor]]: welke deurwaarder? en is de beslagvrije voet goed berekend?
[09:05] [[p:Jeroen]]: zaaknr deurwaarder [[n:DW 24/118832]], beslag van [[d:16-09]]. beslagvrije voet is NIET goed, ze had [[d:1 juli]] nog een kind erbij (ingeschreven op [[a:Paul Krugerlaan 80]]) en dat hebben ze niet meegenomen
[09:07] [[p:Noor]]: dan bezwaar via {{o:Sociaal Raadslieden}}. ik heb daar contact met iemand, ik stuur je het nummer
[09:07] [[p:Noor]]: [[p:Yvette]], [[t:06 11 29 40 57]]. zij doet de inloop op dinsdag
[09:09] [[p:Jeroen]]: top. nieuwe rekening voor huur en vaste lasten wordt [[i:NL88 RBRB 1034 7978 44]], dan loopt het niet meer via de rekening met beslag
[09:10] [[p:Noor]]: 👍 zet alles in [[n:SWT-24-0933]] en laat [[p:Priya]] meelezen, die neemt het over als jij weg bent
""",
    r"""
(voicemail 11:48, transcriptie)
goedemorgen eh ik ben [[p:Petar]] ik bel voor mijn moeder [[p:Rositsa Georgieva]] eh ze spreekt geen Nederlands eh ik vertaal eh zij heeft een brief gekregen dat ze uit de woning moet op [[d:twintig december]] maar ze heeft wel een contract eh het contract is van [[d:één mei tweeduizend tweeëntwintig]] de huisbaas zegt nu dat het niet geldig is eh het adres is [[a:Hooftskade vierhonderdeenendertig]] eh postcode [[pc:2526 KL]] eh ze woont daar met mijn zusje [[p:Desislava]] die is vijftien eh mijn nummer is [[t:nul zes acht acht twee één nul vier vier zes]] eh of van mijn moeder [[t:plus drie vijf negen acht acht vier nul twee één drie drie vijf]] maar die neemt niet op als ze het nummer niet kent eh ik ben vrij op woensdag eh de rechtbank brief heeft nummer [[n:C/09/671234]] eh dank u wel
""",
    r"""
OVERDRACHT WEEKEND [[d:za 12]] + [[d:zo 13 april]] (bereikbaarheidsdienst)
za 10.14 – buurman van [[a:Vleerstraat 41]] belt: mw [[p:Berg]] staat in ochtendjas op straat. Ter plaatse geweest, mw was de weg kwijt, naar binnen gebracht. Dochter gebeld ([[t:06 33 81 20 57]]), kwam om 12u.
za 16.40 – {{o:Politie}} {{w:Segbroek}}: melding huiselijk geweld op [[a:Fahrenheitstraat 287-B]], [[pc:2561 DE]]. Kinderen (8 en 11) bij oma op [[a:Sportlaan 912]]. {{o:Veilig Thuis}} heeft het overgenomen, kenmerk [[n:VT-2025-0412]].
zo 09.30 – sms van [[t:+31 6 4103 7726]]: "ik heb geen eten meer" – bleek dhr [[p:Leeuwenburg]] te zijn, nieuw bij ons, naar de {{o:Voedselbank}} verwezen, uitgiftepunt maandag.
zo 14.00 – rustig.
Maandag graag:
→ mw [[p:Berg]]: {{r:casemanager dementie}} bellen, valt ze buiten de indicatie?
→ [[p:Leeuwenburg]]: intake plannen, geb. [[d:22-12-1959]] volgens hemzelf
Groet, [[p:Iris]]
""",
    r"""
VERHUIZING mw [[p:Sabajo]] – checklist (versie [[d:3/3]])
oud: [[a:Hoogeveenstraat 40]], [[pc:2532 PR]]
nieuw: [[a:Dr. Lelykade 118-2]], [[pc:2583 CM]] ({{w:Scheveningen}}), sleutel [[d:vr 14 maart]] 10u bij {{o:Staedion}}
→ huurcontract getekend ✔ (contractnr [[n:ST-775310]])
→ huurtoeslag wijzigen → {{o:Toeslagen}}
→ automatische incasso huur vanaf [[i:NL87RABO5982841507]] (rekening van mw, niet van [[p:Marlon]]!!)
→ verhuizing doorgeven aan gemeente, max 5 dagen na [[d:14-3]]
→ energie: contactpersoon [[p:Ruben]] van het energieloket, [[e:ruben.vos@energieloket-haaglanden.nl]]
→ {{r:verhuiscoach}} van de {{o:Humanitas}} (vrijwilliger [[p:Gert]], [[t:06 20 64 11 39]]) helpt zaterdag met dozen
→ [[p:Marlon]] mag meeverhuizen, {{o:Parnassia}} is akkoord
→ wat niet mee kan → kringloop ophalen [[d:zaterdag 15 maart]]
""",
    r"""
salam mevrouw [[p:esra]]. ik ben [[p:hodan]]. sorry ik schrijf veel. de belasting heeft kinderbijslag gestopt. nee niet belasting, de {{o:svb}}. zij zegt [[p:sagal]] niet meer op mijn adres. maar [[p:sagal]] woont bij mij!! ze is 9 jaar. ik heb brief gekregen op [[d:18 februari]] en ik moet voor [[d:4 maart]] bewijs geven. wat is bewijs? school papier? ik heb brief van school van [[d:10-1-2025]]. mijn adres is nog [[a:van der vennestraat 45]] en [[p:sagal]] is ingeschreven hier. haar bsn is [[b:438233542]], mijn bsn staat al bij jullie. ook de rekening waar het geld naar toe moet is veranderd, nu [[i:NL41ABNA7021593821]] omdat oude rekening geblokkeerd. kan jij de svb bellen samen met mij? ik ben vrij dinsdag en donderdag. mijn nummer is nog [[t:0649920318]]. dank je wel mevrouw [[p:esra]], god zegen jou 🤲
""",
    r"""
Hoi [[p:Frank]],

Even snel tussen twee huisbezoeken door (sorry voor de typefouten, op mijn telefoon). Dhr [[p:Hart]] ([[p:Roelof]], geb. [[d:14-06-1957]], BSN [[b:281 495 464]]) snapt nog steeds niet hoe het leefgeld werkt. Hij denkt dat jij zijn AOW "houdt". Kunnen we [[d:woensdag 20 november]] om 14.00 samen bij hem langs, [[a:Troelstrakade 22]]? Dan leggen we het 1x samen uit.

Daarnaast: hij heeft een tweede rekening die volgens mij niet onder het bewind valt, [[i:NL20 RABO 2460 2580 31]]. Daar komt iets van 120 euro per maand op binnen, ik vermoed van zijn zus. Weet jij daarvan?

Zijn nieuwe telefoonnummer is [[t:06-28 47 11 93]], de oude werkt niet meer. Jouw dossiernr was toch [[n:BW-2019-0422]]?

Groet,
[[p:Kim]] ({{r:maatschappelijk werker}} SWT {{w:Escamp}})
""",
    r"""
dictaat intake gezin [[p:al-Khatib]] [[d:woensdag negen oktober]] aanwezig vader [[p:Abdulrahman al-Khatib]] geboren [[d:twaalf januari negentien tweeëntachtig]] moeder [[p:Layla Haddad]] geboren [[d:drie mei negentien achtentachtig]] kinderen [[p:Yara]] geboren [[d:vijf augustus tweeduizend twaalf]] [[p:Omar]] geboren [[d:eenentwintig februari tweeduizend vijftien]] en [[p:Lina]] geboren [[d:negen september tweeduizend negentien]] eh gezin komt uit Aleppo via {{o:COA}} sinds [[d:één juni]] in een woning van {{o:Haag Wonen}} op de [[a:Zuiderparklaan tweehonderdveertien]] postcode [[pc:2574 HR]] eh vader spreekt Engels moeder alleen Arabisch tolk was aanwezig eh vragen eh inburgering via {{o:DUO}} loopt eh zorgen om [[p:Omar]] die slecht slaapt en nachtmerries heeft doorverwijzen naar {{o:CJG}} eh vader zoekt werk was elektricien eh telefoon vader [[t:nul zes één vier negen negen twee acht zeven één]] e-mail [[e:abd.khatib82@gmail.com]] volgende afspraak [[d:zesentwintig oktober]] einde
""",
    r"""
[13:12] [[p:Fenna]]: [[p:Lucas]] update 🎉 hij heeft zijn ID! nu bankrekening. kan iemand donderdag mee? ik zit dan bij de {{r:MEE-consulent}}
[13:14] [[p:Ruud]]: ik kan donderdag tot 12u
[13:15] [[p:Fenna]]: super. afspraak bank is [[d:do 5 september]] 10.15, filiaal Spui. hij wordt opgehaald op [[a:Hoefkade 640-C]]. bel hem een half uur van tevoren, anders ligt hij nog in bed 😅 [[t:06 30 99 18 42]] is van zijn oom, zijn eigen nr [[t:0684 20 11 73]] werkt weer sinds gisteren
[13:16] [[p:Ruud]]: oké. moet hij iets meenemen?
[13:17] [[p:Fenna]]: ID, zijn bsn (staat op de brief van de gemeente, [[b:571 198 715]]) en een adresbewijs. zijn uitkering start per [[d:1 oktober]] dus die rekening moet er voor [[d:20 september]] zijn
[13:18] [[p:Ruud]]: 👌 en daarna langs het {{o:Werkplein}}?
[13:20] [[p:Fenna]]: ja, ze weten ervan, klantnr [[n:WP-4410927]]
""",
    r"""
bureau [[p:Kim]] – post-its (gefotografeerd voor [[p:Priya]] ivm ziekte)
🟨 [[p:Petrov]] bellen ivm UWV: [[t:06 81 33 20 17]]
🟨 mw [[p:Rahimi]] – CAK bezwaar verstuurd [[d:18/3]], reactie binnen 6 wkn
🟨 fam [[p:al-Khatib]] → [[p:Omar]] CJG-afspraak [[d:2 april]] 15u
🟩 [[p:Jovanović]] urgentie → verklaring huisarts binnen ✔
🟩 [[e:ana.jovanovic@gmail.com]] = dochter, mag gemaild worden
🟥 [[p:Hart]]!!! leefgeld → samen met {{r:bewindvoerder}}
🟥 [[p:Ofori]] bezwaar huishoudelijke hulp, termijn loopt af [[d:4-4]]!! kenmerk [[n:W-2024-55120]]
🟦 privé: tandarts [[d:do 28/3]] 8.15 😬
""",
    r"""
voicemail 16:51
goedemiddag met [[p:Maud Verhoeven]] {{r:verpleegkundig specialist}} van de {{o:Parnassia}} crisisdienst eh ik bel over eh de heer [[p:Marlon Sabajo]] geboren [[d:negen augustus negentien negenennegentig]] eh hij is vannacht bij ons gezien na een melding van zijn moeder eh hij is niet opgenomen hij is teruggegaan naar huis dat is [[a:Hoogeveenstraat veertig]] eh we hebben afgesproken dat de {{r:POH-GGZ}} hem morgen belt en dat wij hem [[d:vrijdag veertien maart]] terugzien op de polikliniek eh ons dossiernummer is [[n:P-22-448190]] eh als u vragen heeft ik ben bereikbaar via [[t:nul zes vier twee een acht acht nul drie vijf]] nogmaals [[t:nul zes vier twee een acht acht nul drie vijf]] dat is mijn dienstmobiel eh fijne avond
""",
    r"""
Koppelingen maatjesproject (concept, niet doorsturen!)
1) mw [[p:Kuiper]], 88, {{w:Bomen- en Bloemenbuurt}}, [[a:Goudenregenstraat 77]] ↔ vrijwilliger [[p:Hans Bos]] ([[t:06 51 22 08 93]], [[e:hansbos1956@kpnmail.nl]]) – wandelen + boodschappen, start [[d:ma 7 okt]]
2) dhr [[p:Chen]], [[a:Wagenstraat 88]] ↔ [[p:Li Na]] (student, spreekt Mandarijn) – kennismaking [[d:10 oktober]] met [[p:Mei]] erbij
3) mw [[p:Vreeswijk]] ↔ nog niemand. voorkeur vrouw, graag iemand die van breien houdt 🧶
4) dhr [[p:Groenendijk]] ↔ [[p:Wim Veen]] doet het al informeel, vragen of hij zich wil aanmelden (VOG nodig, kosten vergoed)
vragen → [[p:Truus]] (coördinator vrijwilligers, {{o:Humanitas}}), [[e:t.vanleeuwen@humanitas-dh.nl]]
""",
    r"""
bom dia [[p:kim]]!! tudo bem? aqui [[p:ivanilda]] 😊 a gemeente mandou carta, ik krijg geld terug van de energietoeslag, 800 euro!! maar ze hebben het gestuurd naar de oude rekening van mijn ex [[p:Nelson]] 😡😡 dat is [[i:NL65INGB1680934257]], niet van mij!!! mijn rekening is [[i:NL29RABO0187939264]] dat heb ik jou gestuurd toch?? de brief is van [[d:12 de fevereiro]], kenmerk [[n:ET-2023-104452]]. [[p:nelson]] woont nu in Rotterdam, ik heb geen contact. wat moet ik doen? ik kan morgen na 3 uur naar {{o:Servicepunt XL}}. obrigada ❤️ [[p:ivanilda]]
""",
    r"""
Good evening [[p:Wendy]], this is [[p:Abena Boateng]] again. Thank you for coming on [[d:4th October]] with the lady from {{o:MEE}}. Now the problem is bigger. The landlord sent a letter dated [[d:28/10/2023]] that we must leave the house before [[d:1st December]] because he wants to sell it. We have 3 children, [[p:Nana]] is in the school at the {{w:Rustenburg}} side and the small one goes to the creche. My husband [[p:Kofi]] works night shifts at the distribution center and I clean in the hospital. We have never missed the rent, I can show the bank statements, the account is [[i:NL71ASNB7652779285]]. Our address is still [[a:Rijswijkseweg 540B]], [[pc:2516 EV]]. Please can you tell us our rights? My email is [[e:abenaboateng.gh@yahoo.com]] and you can call [[t:+31 6 8733 4902]] after 4pm. God bless you.
""",
]
# ---------------------------------------------------------------- quick forms, agendas, logs
T += [
    r"""
aanvraag noodfonds (snel ingevuld via app, formulier volgt)
naam: [[p:Bennani, M.]]
geb: [[d:23-11-1971]]
bsn: [[b:102098499]]
adres: [[a:Prinsegracht 71]] [[pc:2512EZ]]
tel: [[t:06 12 90 44 38]]
mail: [[e:m.bennani71@hotmail.com]]
iban: [[i:NL18 BUNQ 7573 1015 96]]
zaaknr SWT: [[n:SWT-24-1208]]
reden: koelkast kapot sinds [[d:2/11]], insuline moet koel. geen geld voor nieuwe (bijstand, schuld bij {{o:Kredietbank}}). offerte 389 euro, {{o:Stichting Urgente Noden}} gevraagd
aanvrager: [[p:Priya]] ({{r:maatschappelijk werker}})
""",
    r"""
agenda wk 41 (printje, aantekeningen met pen)
ma [[d:7/10]]  9.00 HB [[a:Vaillantlaan 402]] – betalingsregeling
ma       13.30 MDO {{w:Transvaal}}
di [[d:8/10]]  10.00 HB [[a:Jacob Catsstraat 45-II]] + {{o:Veilig Thuis}}
di       14.00 tolk Tigrinya bellen (voor [[a:Weimarstraat 101]])
wo [[d:9/10]]  vrij (papadag) 👶
do [[d:10/10]] 11.00 HB [[a:Delftselaan 46]] intake, 15.30 {{o:Servicepunt XL}} inloop
vr [[d:11/10]] 9.30 rechtbank met [[p:Azzouzi]] → verplaatst!! nu [[d:ma 21/10]]
    13.00 {{r:wijkagent}} overleg, [[a:Hengelolaan 730]] (overlast)
""",
    r"""
ja goedemiddag met [[p:Esther Brink]] {{r:woonconsulent}} van {{o:Haag Wonen}} eh ik bel over drie adressen in uw wijk waar we ons zorgen over maken eh de eerste is [[a:Weimarstraat 38 2-hoog]] daar is sinds eind augustus niemand meer gezien en de brievenbus zit vol eh de tweede is [[a:Boekhorststraat 60-2]] daar is een huurachterstand van vijf maanden en er is overlast gemeld op [[d:twaalf september]] en [[d:negentien september]] eh en de derde is [[a:Escamplaan 88-3]] daar is al drie weken geen water door een lekkage die de huurder niet laat repareren eh ik hoor graag wie van jullie hier iets mee kan mijn nummer is [[t:nul zes vier vier één acht zeven zeven nul twee]] of mail [[e:e.brink@haagwonen.nl]] dank u
""",
    r"""
dictaat betalingsregeling [[p:el Amrani]] afgesproken met de verhuurder op [[d:vrijdag veertien juni]] totaal twee duizend vierhonderdtachtig euro in twaalf termijnen van tweehonderdzeven euro eerste termijn [[d:één juli]] dan [[d:één augustus]] [[d:één september]] enzovoort laatste termijn [[d:één juni tweeduizend vijfentwintig]] betaling via automatische incasso van rekening [[i:NL48 INGB 4937 8777 61]] kenmerk bij de verhuurder [[n:HA-2024-06-7713]] als er twee termijnen gemist worden vervalt de regeling en gaat het dossier alsnog naar de deurwaarder mevrouw is hiermee akkoord en heeft getekend einde
""",
    r"""
sms'jes van [[t:06-2449 9913]] (dhr [[p:Haddad]]), doorgestuurd voor het dossier:
[[d:12-03]] 23:14  goedenavond ik heb nog geen antwoord
[[d:13-03]] 07:02  de brief zegt [[d:15-03]] laatste dag
[[d:13-03]] 07:03  ???
[[d:13-03]] 12:40  ok ik kom morgen naar jullie kantoor
[[d:14-03]] 09:15  ik sta beneden, de deur is dicht
→ dhr stond bij het oude adres van het servicepunt 🙈 is sinds [[d:1 januari]] verhuisd. excuses gemaakt, nieuwe afspraak [[d:di 19 maart]] 10u.
""",
]
# ---------------------------------------------------------------- more long ones
T += [
    r"""
salam alaikum meneer [[p:rachid]] ik ben vader van [[p:soufiane]] ([[p:bouzerda]]). ik moet jou iets vragen want ik weet niet meer. [[p:soufiane]] is 15 en hij gaat niet meer naar school sinds de herfstvakantie. school heeft gebeld ze zeggen leerplicht komt. hij zit de hele nacht op telefoon en slaapt de hele dag. ik zeg ga naar school hij zegt jij snapt niks. mijn vrouw huilt. ik werk bij de bakker vanaf 4 uur in de nacht dus ik ben niet thuis als hij wakker is. de leerplicht brief is van [[d:11 november]] en ze willen ons zien op [[d:maandag 25 november]] om 14:00 op school. kan jij mee? ik spreek nederlands maar niet zo goed als die mensen praten. ik woon [[a:jan hendrikstraat 202]] [[pc:2512 gn]] 2e verdieping. mijn nummer [[t:06 45 81 27 70]] na 12 uur bellen want dan slaap ik tot 11 🙏 dank je broeder
""",
    r"""
[08:40] [[p:Fenna]]: melding via {{o:GGD}} woningvervuiling, [[a:Pluvierstraat 219]], {{w:Duindorp}}. bewoner dhr [[p:Zeeman]] (ja dezelfde als van de medicatie)
[08:41] [[p:Fenna]]: GGD kenmerk [[n:GGD-HW-24-0931]]. buren klagen over stank sinds de zomer, ongedierte in het trappenhuis
[08:45] [[p:Ruud]]: pff. hij doet alleen open voor de thuiszorg toch?
[08:46] [[p:Fenna]]: ja, om 8u en 20u. ik ga [[d:donderdag 17 oktober]] mee met de ochtendronde. {{o:Florence}} weet ervan
[08:48] [[p:Noor]]: neem de {{r:wijkagent}} niet mee, dan gaat de deur nooit meer open. wel de {{o:GGD}} erbij, die kunnen bij gevaar de woning in
[08:50] [[p:Fenna]]: klopt. ook {{o:Haag Wonen}} wil een schouw op [[d:24-10]]. ik probeer dat te combineren
[08:52] [[p:Ruud]]: heeft hij familie?
[08:53] [[p:Fenna]]: een nicht in Delft, tel [[t:015 212 33 87]]. ze wil niet betrokken worden maar mag wel gebeld worden in nood
""",
    r"""
dictaat evaluatie [[p:Filmon Tesfamariam]] [[d:donderdag negentien december]] aanwezig meneer de {{r:trajectbegeleider}} van {{o:Vluchtelingenwerk}} en ik eh meneer is negentien woont sinds [[d:twee maart]] zelfstandig op [[a:Stuwstraat honderdveertig a]] postcode [[pc:2516 TK]] eh hij heeft zijn inburgering afgerond en wil een opleiding doen op het {{o:ROC Mondriaan}} eh hij heeft daar een intake gehad op [[d:vijf december]] eh de studiefinanciering moet via {{o:DUO}} worden aangevraagd eh rekeningnummer voor de studiefinanciering [[i:NL08ABNA2779193297]] e-mail [[e:filmon.tesfa2005@gmail.com]] eh meneer maakt zich zorgen over zijn moeder en zusje die nog in een kamp in Ethiopië zitten de gezinshereniging loopt via de {{o:IND}} eh volgende evaluatie over drie maanden einde dictaat
""",
    r"""
Overdracht van mij ([[p:Sophie]], {{r:stagiaire}}) – laatste dag [[d:31 januari]] 🎓
Mijn lopende dingen:
• mw [[p:Vreeswijk]] – maatje gezocht, nog niks. [[p:Truus]] van {{o:Humanitas}} weet ervan
• [[p:jade]] – ik ging wekelijks mee naar de {{o:Bibliotheek}} voor het taalcafé. volgende [[d:wo 5 feb]]
• fam [[p:al-Khatib]] – [[p:Omar]] staat op de wachtlijst bij {{o:CJG}}, aangemeld [[d:14-1-2025]]
• verslagen staan in de map "stage", afspraken in Outlook
Contact na mijn stage mag, ik kom terug als invalkracht (hoop ik!): [[t:06 18 93 52 66]] / [[e:sophie.vermeer@student.hhs.nl]]
Dankjulliewel voor alles, vooral [[p:Noor]] als {{r:werkbegeleider}} 💐
""",
]
# ---------------------------------------------------------------- extra mixed
T += [
    r"""
(voicemail 10:03)
ja goedemorgen met mevrouw [[p:Tjon A Fong]] eh [[p:Lucretia]] ik ben de oma van [[p:Dwayne]] eh [[p:Dwayne Kartosen]] ja die jongen woont bij mij sinds zijn moeder eh nou ja u weet het wel eh hij is zeventien en hij heeft een brief gekregen van {{o:DUO}} en van de {{o:Belastingdienst}} en ik begrijp er niks van mi no sabi fa fu du eh sorry eh hij moet op [[d:achtentwintig februari]] bij het {{o:Jongerenloket}} komen maar hij zegt dat hij niet gaat eh ik woon op de [[a:Loosduinseweg vijfhonderdtweeënzestig]] postcode [[pc:2571 AH]] en mijn telefoon is [[t:nul zeventig drie zes nul nul acht twee vijf één]] ik ben altijd thuis behalve dinsdag want dan ga ik naar de kerk eh dank u wel ja eh tot horens
""",
    r"""
[[d:14-05-24]] 09:12 - [[p:Priya]] (SWT): Goedemorgen mw [[p:Mbarki]], heeft u het nieuwe rekeningnummer al doorgegeven aan de verhuurder?
[[d:14-05-24]] 09:40 - [[p:Mbarki]]: goedemorge ja maar ze zeggen ik moet formulier en ik heb niet
[[d:14-05-24]] 09:41 - [[p:Mbarki]]: is dit goed [[i:NL88RBRB1034797844]] ??
[[d:14-05-24]] 09:45 - [[p:Priya]] (SWT): Ja dat is de goede 👍 Ik stuur u het formulier, of ik breng het donderdag mee. Is [[a:Paul Krugerlaan 80]] nog uw adres?
[[d:14-05-24]] 09:52 - [[p:Mbarki]]: ja. postcode [[pc:2571GE]]. dondrdag is goed, na school van kinderen
[[d:14-05-24]] 09:53 - [[p:Priya]] (SWT): Top. Dan kom ik [[d:donderdag 16 mei]] om 13.30 uur. Tot dan!
""",
    r"""
dictaat huisbezoek familie [[p:Wu]] restaurant {{w:Bezuidenhout}} [[d:vrijdag eenentwintig juni]] eh aanwezig meneer [[p:Wu Jian]] en zijn dochter [[p:Wu Xiaoyu]] die tolkt eh het restaurant op de [[a:Theresiastraat honderdzevenenvijftig]] is sinds corona niet meer rendabel er is een belastingschuld van ongeveer achttienduizend euro en een huurachterstand voor de bovenwoning waar het gezin woont eh meneer schaamt zich en heeft niemand iets verteld eh de {{r:schuldhulpverlener}} van de gemeente kan helpen maar eerst moet het bedrijf worden beëindigd eh contact via de dochter e-mail [[e:xiaoyu.wu@outlook.com]] telefoon [[t:nul zes drie één negen vier vier vijf nul twee]] eh volgende afspraak samen met {{o:Ondernemersloket}} op [[d:vier juli]] om tien uur einde
""",
    r"""
Overdracht thema ouderen (voor het overleg van [[d:dinsdag 3 december]])
- [[a:Lippe Biesterfeldweg 77]]: valincident, zoon betrokken, hoog-laagbed geregeld
- [[a:Rederijkerstraat 150]]: mevrouw terug uit respijt, meneer steeds verwarder → {{r:casemanager dementie}} + huisarts
- [[a:Laan van Meerdervoort 1501]]: dochter wil opname, meneer zelf niet. {{o:CIZ}} indicatie aangevraagd [[d:2-9-2024]]
- [[a:Goudenregenstraat 77]]: maatje gekoppeld, loopt goed 🙂
- [[a:Westduinweg 181]]: eenzaamheid, aangemeld bij de {{o:Zonnebloem}} en het buurthuis
Vraag aan de pilotgroep: hoe voorkomen we dat een opname alleen via de crisisroute gaat? Graag ervaringen uit {{w:Mariahoeve}} en {{w:Loosduinen}}.
[[p:Marloes]]
""",
]
T += [
    r"""
hello [[p:Kim]], [[p:Marek]] here (friend of [[p:Dorota Kowalczyk]]). sorry my dutch is bad so english ok? i had accident at work on [[d:3 october]], fall from ladder in warehouse Waalwijk. now 5 weeks no work and the uitzendbureau say they not pay because contract stop on [[d:10-10]]. i have no money for rent [[a:Kempstraat 209]] ([[pc:2572 GH]]). i call the {{o:UWV}} but they say i need DigiD and my DigiD not work because they send letter to old address. my BSN [[b:753881238]]. can you help me? i have all paper from hospital ({{o:HMC Westeinde}}, they make photo of my back). my phone [[t:+48 698 221 074]] or dutch number [[t:0612 84 77 03]]. email [[e:marek.wozniak.pl@gmail.com]]. thank you so much, dziękuję 🙏
""",
    r"""
[16:02] [[p:Yonas]]: collega's, korte vraag over [[p:Filmon]] ({{w:Laak}}, de jongen van de evaluatie van vorige week)
[16:02] [[p:Yonas]]: {{o:DUO}} wil een rekening op zijn eigen naam, maar de bank vraagt een adres en zijn post gaat nog naar [[a:Stuwstraat 140a]] terwijl hij sinds [[d:1 december]] bij een vriend op [[a:Trekweg 88-2]] slaapt
[16:05] [[p:Esra]]: is hij nog ingeschreven op de Stuwstraat? dan gewoon dat adres gebruiken
[16:06] [[p:Yonas]]: ja ingeschreven. ok. rekening is al geopend trouwens: [[i:NL08 ABNA 2779 1932 97]]
[16:07] [[p:Esra]]: 👍 zet het in [[n:SWT-24-1321]]. en check of zijn huur wel betaald wordt, {{o:Staedion}} belde mij op [[d:12 december]] over een achterstand
[16:10] [[p:Yonas]]: oei. ik bel hem vanavond ([[t:06 42 10 75 39]])
""",
    r"""
telefoonnotitie [[d:dinsdag 28 januari]] mw [[p:Sharifi]] via tolk Dari (tolknr [[n:52280]])
mevrouw woont met haar vier kinderen op [[a:Moerweg 330]], [[pc:2532 BK]]. haar man is vorig jaar in juli teruggegaan naar Iran en ze weet niet of hij terugkomt. kinderen: [[p:Mahsa]] geb. [[d:02-03-2011]], [[p:Reza]] geb. [[d:17-07-2013]], [[p:Sara]] geb. [[d:09-12-2016]] en [[p:Ali]] geb. [[d:21-04-2020]]. de kinderbijslag en het kindgebonden budget staan nog op naam van meneer, dus komen niet bij haar binnen. actie: samen met haar naar de {{o:SVB}} en {{o:Toeslagen}}, afspraak [[d:ma 3 feb]] 10u. haar nummer: [[t:06 87 12 40 96]]. ze wil ook graag taalles, doorverwezen naar het {{o:Taalhuis}}.
""",
]

# ---------------------------------------------------------------- build + verify
MARK = re.compile(r"\[\[(pc|p|d|a|t|e|b|i|n):(.+?)\]\]|\{\{(w|o|r):(.+?)\}\}", re.S)
DIGITWORDS = {
    "nul": "0",
    "een": "1",
    "één": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
}


def strip(src):
    out, pii, keep, pos = [], [], [], 0
    for m in MARK.finditer(src):
        out.append(src[pos : m.start()])
        start = sum(len(x) for x in out)
        if m.group(1):
            label, span = PII[m.group(1)], m.group(2)
            pii.append({"start": start, "end": start + len(span), "label": label, "text": span})
        else:
            label, span = KEEP[m.group(3)], m.group(4)
            keep.append({"start": start, "end": start + len(span), "label": label, "text": span})
        out.append(span)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), pii, keep


def digits_of(s):
    d = re.sub(r"\D", "", s)
    if d:
        return d
    return "".join(DIGITWORDS[w] for w in s.lower().split() if w in DIGITWORDS)


def bsn_ok(s):
    d = digits_of(s)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0


def iban_ok(s):
    x = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", x):
        return False
    num = "".join(str(int(ch, 36)) for ch in x[4:] + x[:4])
    return int(num) % 97 == 1


def extend_keep(text, pii, keep):
    """Mark further occurrences (same spelling, whole word) of keep terms marked in the same text."""
    taken = [(s["start"], s["end"]) for s in pii + keep]
    extra = []
    for term, label in sorted({(s["text"], s["label"]) for s in keep}):
        for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", text):
            if any(m.start() < e and b < m.end() for b, e in taken):
                continue
            extra.append({"start": m.start(), "end": m.end(), "label": label, "text": term})
            taken.append((m.start(), m.end()))
    return sorted(keep + extra, key=lambda s: s["start"])


def build():
    rows = []
    for k, src in enumerate(T):
        src = src.strip("\n")
        text, pii, keep = strip(src)
        keep = extend_keep(text, pii, keep)
        for bad in ("[[", "]]", "{{", "}}"):
            assert bad not in text, (k, bad, text)
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (k, s)
            assert s["text"] == s["text"].strip() and s["text"], (k, s)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (k, a, b)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), (k, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), (k, s)
        assert pii, (k, "no pii")
        rows.append({"id": "ho60-%04d" % k, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout60.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-verify
    n_pii, n_keep, words = {}, {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            words.append(len(r["text"].split()))
            for s in r["pii"]:
                assert r["text"][s["start"] : s["end"]] == s["text"]
                n_pii[s["label"]] = n_pii.get(s["label"], 0) + 1
            for s in r["keep"]:
                assert r["text"][s["start"] : s["end"]] == s["text"]
                n_keep[s["label"]] = n_keep.get(s["label"], 0) + 1
    tot = sum(n_pii.values())
    print(
        "wrote %s: %d texts, words avg %.1f (min %d, max %d)"
        % (path, len(rows), sum(words) / len(words), min(words), max(words))
    )
    print(
        "pii  %d:" % tot,
        ", ".join("%s %d" % kv for kv in sorted(n_pii.items(), key=lambda kv: -kv[1])),
        "| person share %.1f%%" % (100.0 * n_pii.get("person", 0) / tot),
    )
    print(
        "keep %d:" % sum(n_keep.values()),
        ", ".join("%s %d" % kv for kv in sorted(n_keep.items(), key=lambda kv: -kv[1])),
    )
    low = [l for l in PII.values() if n_pii.get(l, 0) < 15]
    if low:
        print("WARNING: labels under 15:", low, file=sys.stderr)


if __name__ == "__main__":
    main()
