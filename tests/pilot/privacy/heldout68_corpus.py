#!/usr/bin/env python3
"""Held-out test corpus 68 for the Dutch personal-data finder.

Register: messages from clients and their relatives to the sociale wijkzorgteams
(SMS, WhatsApp, web contact forms, e-mails from phones), often in broken Dutch or
mixed with English, Turkish, Arabic, Polish, Papiamentu and others; quoted letters
from creditors, the municipality, housing corporations and the court; plus the care
workers' short replies.  All people, numbers and addresses are invented.

Running this script deterministically writes heldout68.jsonl next to itself.
"""

RAW = r"""
goedemorgen mevrouw [[p:esther]] 🙏 ik heb weer brief van {{o:cjib}} gekrgen. staat "beschikkingsnummer [[k:6013 2231 4456 7781]] u moet € 412,00 betalen voor [[d:14-06-2024]] anders verhoging". ik heb geen geld deze maand mijn uitkering is nog niet gestort. kan u mij bellen? [[t:06 41 27 83 90]]
groet [[p:hatice]]

Hoi [[p:Hatice]], ik bel je vanmiddag rond 3 uur. Niks betalen zonder overleg, we vragen een betalingsregeling aan bij het {{o:CJIB}}. Gr [[p:Esther]]
~~~~
dzien dobry, ik ben [[p:agnieszka nowak]]. mijn man [[p:pawel]] werkt niet meer, hij is ziek sinds januari. {{o:uwv}} zegt geen recht op ww. wij hebben huurachterstand bij {{o:staedion}} 3 maanden. in brief staat: "ons kenmerk [[k:ST/HA/2024/08812]], achterstand € 2.136,75, wij dragen uw dossier over aan de deurwaarder als u niet voor [[d:1 juli]] betaalt". ik spreek niet goed nederlands, sorry. adres [[a:loosduinseweg 402]] [[pc:2571 bw]]. dziękuję bardzo
~~~~
salam alaikum. ik [[p:rami alhussein]], bsn [[b:§BSN§]]. gemeente stuur brief: "Betreft: terugvordering bijstand, dossiernummer [[k:2024-0331871]]. U heeft in de periode van [[d:1 maart 2023]] tot en met [[d:31 augustus 2023]] te veel bijstand ontvangen." 3400 euro!! ik heb niks verkeerd gedaan wallah. mijn vrouw [[p:rasha]] is zwanger 7 maanden en ik werk alleen 12 uur bij {{o:albert heijn}}. please help us شكرا
~~~~
bon dia [[p:sandra]] 😊 mi ta [[p:giselle cijntje]]. ayo ik heb nieuwe brief van {{o:flanderijn}}: "dossier [[k:F24-553190]] aanzegging ontruiming [[a:zuidlarenstraat 117]] op [[d:dinsdag 9 juli 2024]] om 09.00 uur". mi no sa kiko pa hasi 😭😭 mijn kinderen [[p:jurensley]] en [[p:naomi]] gaan hier naar school in {{w:bouwlust}}. bel mij pls [[t:0687251104]]. danki
~~~~
merhaba, ik ben de dochter van [[p:emine kaya]] (geb. [[d:12-02-1951]]). annem woont alleen op [[a:paul krugerlaan 204b]] in {{w:transvaal}}. ze valt steeds en de {{r:huisarts}} zegt ze moet naar het {{o:wmo-loket}} voor traplift of andere woning. ik woon in ankara dus ik kan niet veel doen. mijn nummer [[t:+90 532 418 77 03]] of mail [[e:kubra.kaya84@gmail.com]]. çok teşekkürler, [[p:kübra]]
~~~~
meneer ik kan morgen niet komen mijn zoon is ziek. kan andere dag? groet [[p:yassine el amrani]]
~~~~
Beste meneer [[p:Farah]], ik heb uw aanvraag bijzondere bijstand vandaag naar {{o:Werk en Inkomen}} gestuurd (aanvraagnr. [[k:BB-24-07731]]). Een besluit duurt meestal 8 weken. Vragen? Bel me op [[t:06-15 33 48 02]].
Met vriendelijke groet,
[[p:Jeroen Bakker]]
{{r:maatschappelijk werker}} {{o:SWT}} {{w:Laak}}
~~~~
hi this is [[p:kwame mensah]], we spoke at the {{o:servicepunt xl}} in {{w:moerwijk}} last tuesday. i got letter from {{o:belastingdienst}} toeslagen they say i must pay back 2.870 euro huurtoeslag over 2022. ref nr [[k:1174.33.901.T.22]] and my bsn [[b:§BSN.§]] is on it. what do i do?? my wife [[p:akosua]] says we need a lawyer. my number changed, new one is [[t:06 2893 0017]]
~~~~
hallo wijkteam. ik ben de buurvrouw van meneer [[p:Koster]] op [[a:de la reyweg 45-II]]. hij is al 4 dagen niet buiten geweest en zijn brievenbus zit vol post. ik heb aangebeld maar geen antwoord. zijn zoon [[p:ruud]] woont in zoetermeer maar ik heb geen nummer van hem. kan iemand gaan kijken? ik maak me zorgen
[[p:ria]] [[t:070-3889214]]
~~~~
Naam: [[p:Shanti Mahabier]]
Telefoon: [[t:0624518830]]
E-mail: [[e:shanti.m@live.nl]]
Adres: [[a:Hobbemastraat 144-3]], [[pc:2526JL]] Den Haag
Onderwerp: schulden
Bericht: ik heb heel veel schulden en ik open geen post meer. mijn broer [[p:ravi]] zegt ik moet hulp vragen. ik heb 3 kinderen en werk 20 uur bij de bakker. ik weet niet hoeveel het is misschien 15000. wanneer kan ik langs komen? liefst niet op woensdag want dan heb ik de kinderen
~~~~
Dag [[p:Shanti]], dank voor je bericht via de website. Ik ben [[p:Marloes]], {{r:schuldhulpverlener}} bij het {{o:sociaal wijkzorgteam}} {{w:Schilderswijk}}. Kun je donderdag [[d:21 maart]] om 13.30 naar {{o:wijkcentrum De Mussen}} komen? Neem alle post mee, ook de ongeopende. Een tas vol is prima 🙂
~~~~
asc walaal. ik ben [[p:hodan warsame]]. {{o:haagwonen}} stuur brief over overlast. ze zeg mijn zoon [[p:abdirahman]] maakt lawaai in de nacht en rookt in portiek. "Kenmerk: [[k:HW-OV-24-1190]]. Bij herhaling zullen wij de kantonrechter vragen de huurovereenkomst te ontbinden." mijn zoon is 19 en heeft problemen in zijn hoofd, hij was bij {{o:parnassia}} maar gestopt. ik heb geen andere plek voor hem. mahadsanid
~~~~
zdravei, mijn naam [[p:desislava georgieva]]. ik werk via uitzendbureau in westland, in de kas. ik woon met 6 mensen op [[a:jacob catsstraat 88]], baas houdt 400 euro huur in van salaris. nu ben ik ontslagen en moet ik weg uit huis voor [[d:vrijdag 31 mei]]. ik heb geen inschrijving bij gemeente. help pls, whatsapp [[t:+359 88 412 3307]]
~~~~
Beste meneer/mevrouw,

Mijn vader, [[p:Hendrik de Wit]] (82), woont sinds de dood van mijn moeder alleen op [[a:Loevesteinlaan 210]] in {{w:Bouwlust}}. Hij eet slecht, vergeet zijn medicijnen en heeft vorige week twee keer de voordeur open laten staan. De {{r:wijkverpleegkundige}} van {{o:Florence}} komt 1x per dag maar dat is niet genoeg. Ik woon in Groningen en kan maar eens in de twee weken komen. Kunnen jullie iets betekenen, dagbesteding of een {{r:casemanager dementie}}? Zijn {{r:huisarts}} is dokter [[p:Lammers]]. Ik ben bereikbaar op [[t:06-52871044]].

Groet,
[[p:Peter de Wit]]

Verzonden vanaf mijn iPhone
~~~~
[[[d:04-03-24]] 09:12] [[p:Fatima]]: goedemorgen 🌸 heb je de brief gezien die ik stuurde?
[[[d:04-03-24]] 09:40] [[p:Mirjam]] SWT: Goedemorgen! Ja, dat is een herinnering van {{o:Eneco}}, klantnummer [[k:200145883]]. Niet schrikken, ik bel ze vandaag.
[[[d:04-03-24]] 09:41] [[p:Fatima]]: dank je wel habibti ❤️
[[[d:04-03-24]] 16:05] [[p:Mirjam]] SWT: Geregeld: regeling van € 45 per maand, eerste keer op [[d:1 april]]. Je krijgt nog een brief.
~~~~
salam. i am [[p:nazanin rahimi]] from afghanistan, i have status 2 years. {{o:duo}} send letter about inburgering loan "relatienummer [[k:R-0088-12741]]" they say i must pay 10.000 euro?? i did the exam 2 times but fail. my {{r:klantmanager}} mr [[p:visser]] dont answer my email. my email is [[e:nazanin.rahimi1995@gmail.com]]. thank you so much
~~~~
wanneer komt [[p:sanne]]?? ik wacht al sinds 10 uur 😡
~~~~
hallo, ik ben [[p:li wei]], zoon van mevrouw [[p:chen]] ([[a:wagenstraat 53-a]]). mijn moeder spreekt alleen chinees. zij heeft brief van {{o:svb}} over aow, moet formulier invullen voor [[d:15 april]]. ik werk in restaurant tot laat. kan er een {{r:tolk}} mee? telefoon mama [[t:070 360 12 87]]. 谢谢
~~~~
good evening, my name is [[p:abena owusu]] i am writing for sister [[p:grace boateng]] from our church. she is sick and the landlord want to put her out. she live [[a:stuwstraat 18]] first floor. her phone is off. she owe 2 months rent. she dont have papers. please can somebody visit her. god bless 🙏🏾
~~~~
[[p:najat]] hier. ik typ de brief over want foto lukt niet: "Geachte heer [[p:Ouali]], Ons dossiernummer: [[k:3317755]]. Opdrachtgever: {{o:Zilveren Kruis}}. Hoofdsom € 1.288,20, rente € 64,11, incassokosten € 193,23. Totaal te voldoen: € 1.545,54. Bij uitblijven van betaling binnen 8 dagen wordt beslag gelegd op uw bankrekening [[i:§IBAN§]]." dat is onze rekening!! mijn man [[p:mohamed]] zegt niet betalen maar ik ben bang. wat moet ik doen
~~~~
Goedemiddag [[p:Najat]], niet in paniek raken. Stuur me morgen een foto van de hele brief (ook achterkant) via whatsapp. Ik kijk of de zorgpremie via {{o:CAK}} loopt. Donderdag ben ik bij jullie in de buurt, kan ik om 11 uur langskomen? Gr [[p:Ilse]]
~~~~
ik heb gisteren gebeld maar niemand neemt op. de {{r:wijkagent}} zei ik moet jullie mailen. mijn ex [[p:dennis]] komt steeds naar mijn huis en slaat op de deur. ik heb contactverbod aangevraagd. ik woon [[a:vaillantlaan 3 bis]], mijn telefoon [[t:06-10 94 37 62]]. ik wil niet dat hij weet dat ik jullie mail. [[p:kelly]]
~~~~
Hoi [[p:Kelly]], goed dat je mailt. Ik neem contact op met {{o:Veilig Thuis}} en bel je alleen als jij dat wil, stuur je een smsje wanneer het veilig is? Bij direct gevaar altijd 112. Groet, [[p:Naima]] ({{r:maatschappelijk werker}})
~~~~
oi [[p:maria]], é a [[p:djenifer]]. desculpa mijn nederlands is niet goed. mijn moeder [[p:lucinda lopes varela]] heeft brief van {{o:ziggo}}, ze zeggen 3 maanden niet betaald, afsluiting [[d:20/05]]. maar zij heeft geen ziggo meer sinds ze verhuisd naar [[a:hengelolaan 1050]]. klantnummer op brief [[k:84 5530 129]]. obrigada
~~~~
Goede dag,
Via deze weg wil ik mijn buurman aanmelden. Meneer [[p:Tesfay Ghebremedhin]] ([[a:Kamperfoeliestraat 61]], {{w:Bomenbuurt}}) spreekt weinig Nederlands en krijgt veel brieven van {{o:Intrum}} die hij niet begrijpt. Hij heeft volgens mij ook geen zorgverzekering meer. Hij heeft mij toestemming gegeven om jullie te mailen. Zijn dochter [[p:Selam]] (15) vertaalt soms. Zijn nummer: [[t:06 3918 2270]].
Met vriendelijke groet, [[p:Anneke Roos]]
~~~~
ik wil klacht doen over [[p:ricardo]] van jullie team hij zegt hij belt terug maar nooit!!! 3 weken wachten. ik ben mw. [[p:doest]], [[a:moerweg 7]]
~~~~
Hallo mevrouw [[p:Doest]], excuses dat u zo lang heeft moeten wachten. [[p:Ricardo]] is ziek, ik neem het over. Ik ben [[p:Femke]], u kunt me bereiken op [[t:06-48 20 71 93]]. Ik bel u morgenochtend.
~~~~
Sent from my Galaxy

hallo,
mijn naam is [[p:ionut popescu]]. ik heb auto boete gekregen en {{o:cjib}} heeft nu mijn loon in beslag genomen. mijn werkgever zegt hij houdt 380 euro in elke maand. ik heb huur 650 en kind in roemenie. bericht van cjib "vorderingnummer [[k:9214 0067 3318 5520]]". kan ik beslagvrije voet laten checken? mijn adres [[a:herman heijermansweg 22]], [[pc:2522 hh]]. mulțumesc
~~~~
goedeavond. kan iemand mijn oma helpen met de aanvraag rolstoel. zij heet [[p:fadumo]] en woont [[a:leyweg 1020-b]]. {{r:ergotherapeut}} is al geweest op [[d:2 mei]]. wij wachten al 6 weken op {{o:wmo}}. ik ben kleinzoon [[p:yusuf]], bel na 17:00 [[t:0633817425]]
~~~~
Beste [[p:Yusuf]], ik heb navraag gedaan: de melding staat bij {{o:Wmo}} onder nummer [[k:WMO-24-01873]]. Er komt binnen 2 weken een {{r:Wmo-adviseur}} bij je oma thuis. Hartelijke groet, [[p:Tom]]
~~~~
salaam aleikum mevrouw [[p:Hanan]],

u zei ik mag alles opschrijven in whatsapp dus ik doe het zo want bellen is moeilijk met de kinderen om mij heen.

gisteren ([[d:zondag 16 maart]]) kwam mijn man [[p:Karim]] weer laat thuis en hij was heel boos over geld. hij heeft de bankpas afgepakt en gezegd dat ik niks meer mag kopen zonder hem te vragen. hij schreeuwde voor de kinderen, [[p:Amira]] heeft de hele nacht gehuild. hij heeft mij niet geslagen deze keer. ik wil niet dat hij weet dat ik met u praat. als ik "ok" stuur betekent het dat hij naast mij staat.

ik heb zelf geen rekening, alleen de gezamenlijke [[i:§IBAN_§]] op zijn naam en de mijne. mijn moeder in Tanger zegt ik moet geduld hebben. maar ik ben zo moe.

ik kan morgen bij de school van [[p:Amira]] zijn om 8.30, daar kan ik even praten. oum [[p:amira]]
~~~~
Lieve [[p:Souhaila]], dank je voor je vertrouwen. Ik ben morgen om 8.30 bij de school, bij het hek aan de zijkant. Ik neem de folder van {{o:Veilig Thuis}} niet mee in papier, ik vertel het je gewoon. Als je je onveilig voelt, bel 112, ook 's nachts. Je mag altijd ook zonder afspraak naar ons kantoor komen. Ik stuur verder niks meer vandaag. [[p:Hanan]]
~~~~
Beste meneer, mevrouw,

Ik schrijf u als {{r:huisarts}} van mevrouw [[p:G.]] ([[p:Gerda]]) [[p:van der Linden]], geboren [[d:19-10-1939]], wonend [[a:Kwartellaan 55]], [[pc:2566 GK]] Den Haag. Mevrouw is weduwe, woont alleen en heeft een beginnende dementie (MMSE 22/30). In de afgelopen maanden heb ik haar tweemaal gezien met onverklaarde blauwe plekken. Zij vertelt dat haar kleinzoon [[p:Kevin]] regelmatig bij haar woont en geld van haar "leent". Zij heeft mij toestemming gegeven om contact met u op te nemen. Ik maak mij zorgen over mogelijke financiële uitbuiting. Wilt u contact met haar opnemen? Haar telefoonnummer is [[t:070-3234599]], haar dochter [[p:Jolanda]] heeft het nummer [[t:06 2041 7736]], maar ik weet niet of zij op de hoogte is.

Met collegiale groet,
[[p:B.J. Hoekstra]], {{r:huisarts}}
{{o:Huisartsenpraktijk Kijkduin}}
~~~~
hallo iedereen van het team 👋 ik ben [[p:Lucia Martina]], ik wil even vertellen hoe het nu gaat want jullie hebben zo veel voor mij gedaan vorig jaar. ik heb sinds [[d:1 april]] een vast contract bij {{o:Albert Heijn}} op de {{o:Haagse Markt}}!! en mijn schulden zijn nog niet weg maar de regeling loopt en ik heb al 14 maanden niks gemist. [[p:Jayden]] gaat goed op school en [[p:Shaïra]] is begonnen met zwemles. ik heb ook een nieuw nummer [[t:06 2745 8811]] en een nieuwe mail [[e:lucia.martina94@gmail.com]]. ik woon nog steeds op [[a:Wouwermanstraat 88-1]]. [[p:marloes]] zeg tegen [[p:ricardo]] dat ik hem mis 😂 danki pa tur, masha danki ❤️
~~~~
Geachte mevrouw/meneer,

Op [[d:24 februari 2025]] heb ik een brief ontvangen van {{o:Dunea}} met het verzoek om mijn watermeter te laten vervangen. Ik kan echter de afspraak van [[d:5 maart]] niet nakomen wegens een operatie in het {{o:Haga}} ziekenhuis. Ik heb Dunea drie keer gebeld, maar krijg niemand te spreken. In de brief staat dat de levering gestopt kan worden als de meter niet wordt vervangen. Ik ben 79 en alleenstaand. Mijn klantnummer is [[k:30 0711 4452]]. Ik woon op [[a:Loosduinsekade 112-hs]], telefoon [[t:070 364 11 09]], e-mail [[e:jw.brinkman@hetnet.nl]].

Zou iemand van het wijkteam voor mij kunnen bellen? Ik zou u zeer erkentelijk zijn.

Hoogachtend,
[[p:J.W. Brinkman]]
~~~~
Hoi [[p:Tamara]], ik heb het formulier van de {{o:Voedselbank}} ingevuld voor mevr. [[p:Ouédraogo]], maar ik weet niet zeker of haar inkomen klopt. Zij krijgt bijstand (€ 1.148) en kinderbijslag voor [[p:Issa]] en [[p:Awa]]. Kun jij checken of ze huurtoeslag krijgt? Haar BSN staat in het dossier, niet hier 🙂. Adres [[a:Jacob Mosselstraat 60]]. Ik lever het dinsdag in. Groetjes, [[p:Marjan]] ({{r:vrijwilliger}} {{o:Humanitas}})
~~~~
hallo ik ben [[p:sunita ramsaran]], ik was bij jullie op het spreekuur in {{w:transvaal}}. hier de brief van de rechtbank zoals gevraagd, ik typ het over:

"{{o:Rechtbank Den Haag}}, team kanton. Zaaknummer / rolnummer: [[k:11204587]] \ CV EXPL [[k:24-6613]]. Vonnis in de zaak van {{o:Vestia}} tegen [[p:S. Ramsaran]], wonende te Den Haag aan de [[a:Wouwermanstraat 41a]]. De kantonrechter ontbindt de huurovereenkomst en veroordeelt gedaagde de woning te ontruimen uiterlijk 14 dagen na betekening..."

stop ik kan niet verder lezen ik moet huilen. mijn dochters [[p:priya]] en [[p:anjali]] weten nog niks. kunnen we nog iets doen??? [[t:06-39 48 11 20]]
~~~~
Goedemiddag,

Ik mail namens mijn moeder mevrouw [[p:Ayşe Yılmaz]], geboren [[d:03-07-1958]], BSN [[b:§BSN_§]]. Zij woont op [[a:Hoefkade 12-hs]], [[pc:2526 BX]] Den Haag. Mijn moeder heeft een brief gekregen van {{o:Werk en Inkomen}} over haar AIO-aanvulling. Er staat:

"Uw uitkering wordt per [[d:1 september 2024]] stopgezet omdat u niet heeft gereageerd op onze brief van [[d:12 juli 2024]] (kenmerk [[k:WI/AIO/0049372]])."

Die brief van juli heeft zij nooit gezien. Zij is in de zomer 6 weken in Turkije geweest bij haar zus. Kan iemand van het wijkteam helpen met bezwaar? Ik werk fulltime maar ben na 18 uur bereikbaar op [[t:06 28 77 40 13]] of via [[e:m.yilmaz.88@outlook.com]].

Met vriendelijke groet,
[[p:Murat Yılmaz]]
~~~~
Beste [[p:Murat]], dank voor uw mail. Bezwaar moet binnen 6 weken na de datum van het besluit, dus we hebben nog tijd. Ik heb een afspraak gemaakt met uw moeder op maandag [[d:9 september]] om 10.00 uur thuis, met een {{r:tolk}} Turks via de telefoon. Kunt u de paspoortstempels of vliegtickets opzoeken? Hartelijke groet, [[p:Saskia van Leeuwen]], {{r:casusregisseur}} {{o:SWT}} {{w:Centrum}}
~~~~
hoi wijkteam. ik ben [[p:roos]], de dochter van [[p:jan]] en [[p:wilma koster]]. mijn ouders wonen [[a:zuiderparklaan 301]], ik hoop dat jullie iets kunnen doen want het gaat echt niet meer. papa drinkt weer en mama is bang. de {{r:huisarts}} dr. [[p:hoop]] zei dat ik jullie moest bellen maar ik krijg alleen het bandje. ik ben zelf ook moeder van twee en werk in de zorg, dus mailen is makkelijker: [[e:roosje.koster@ziggo.nl]]
~~~~
hallo [[p:roos]], wat goed dat je ons mailt. Ik heb je ouders besproken in het teamoverleg. [[p:Wendy]] van {{o:Brijder}} en ik willen samen op huisbezoek. Zou dat kunnen op woensdag [[d:6 november]] in de middag? Je mag er zelf bij zijn als je wil. Groet [[p:Anouk]] ({{r:maatschappelijk werker}})
~~~~
GEACHTE HEER, MEVROUW
IK [[p:BALDEWSINGH]] [[a:LAAKKADE 14-A]] BEN 71 JAAR EN MIJN VROUW [[p:KAMLA]] IS IN HET {{o:HAGA}} ZIEKENHUIS SINDS [[d:20 JANUARI]]. IK KAN NIET ALLEEN VOOR HUIS ZORGEN EN MIJN POST IS ACHTER. DE {{o:ENECO}} HEEFT 2 BRIEVEN GESTUURD. MIJN KLEINZOON [[p:RISHI]] HELPT SOMS MAAR HIJ STUDEERT IN DELFT. TEL [[t:070 3 88 42 19]]
~~~~
Naam: [[p:Marciano Pinas]]
Geboortedatum: [[d:17-11-1989]]
BSN: [[b:§BSN§]]
Adres: [[a:Dierenselaan 60]]
Postcode: [[pc:2573 KL]]
Telefoon: [[t:+31 6 4410 2287]]
E-mail: [[e:marciano.pinas@hotmail.com]]
Waar gaat uw vraag over? Werk en inkomen / schulden
Uw vraag: ik kom net uit detentie (6 maanden) en heb niks. geen huis, slaap bij mijn neef [[p:glenn]] op de bank. mijn {{r:reclasseringswerker}} mevrouw [[p:bloem]] zegt ik moet bij jullie aanmelden voor bijstand en een postadres. wil graag snel afspraak
~~~~
sorry dat ik stoor op zondag. mijn vader [[p:ahmed el khatib]] is vanmiddag opgehaald door ambulance naar {{o:parnassia}}, hij was heel verward en schreeuwde op straat in de {{w:stationsbuurt}}. politie was ook erbij. morgen is er gesprek om 11 uur. kan iemand van jullie mee? hij vertrouwt alleen [[p:karim]] van jullie team. ik ben [[p:yara]], [[t:06 1928 3374]]
~~~~
Hoi [[p:Yara]], [[p:Karim]] hier. Ik heb het bericht net gelezen. Ik ga morgen mee naar het gesprek, ik zie je om 10.45 bij de ingang. Sterkte vanavond. 🙏
~~~~
hallo mevrouw. mijn buurvrouw [[p:mei]] ([[p:chen mei ling]]) van nummer 14 heeft geen eten meer in huis, ik geef haar soms soep. zij is 84 en heel klein geworden. haar zoon woont in rotterdam maar komt nooit. zij woont [[a:Gaslaan 14]], ik woon ernaast op 16. kan de {{o:voedselbank}} of iemand van jullie langs? [[p:greet]] (buurvrouw) [[t:0703475561]]
~~~~
goedemiddag,ik heb een vraag ik heb brief van {{o:belastingdienst}} ontvangen over dat ik mijn zorgtoeslag terug moet betalen 1.104 euro. maar ik heb het hele jaar gewerkt bij {{o:postnl}} met laag loon. kenmerk op brief: [[k:2023.11.447.Z.601]], mijn bsn staat ook: [[b:§BSN§]]. ik snap het niet. kan [[p:anouk]] mij helpen zoals vorige keer met de huurtoeslag? [[p:tomasz kowalczyk]], [[a:jan van der heijdenstraat 92]]
~~~~
ewa! dit is [[p:samira]] van de [[a:parallelweg 88]] 😘 kan jij mij morgen bellen over die brief van de {{o:ggn}}? ik ben thuis na school van de kids, vanaf 15u. o en mijn nieuwe mail is [[e:samira.bouchtaoui@icloud.com]] want oude is gehackt
~~~~
Beste mevrouw/meneer,
Hierbij stuur ik het rekeningnummer waar de bijzondere bijstand voor de wasmachine op gestort kan worden: [[i:§IBAN_§]] t.n.v. [[p:E. Demir]]. Het zaaknummer op de brief is [[k:BBS-2024-00913]]. Dank voor de hulp, de oude machine is echt kapot en ik was nu met de hand voor 4 kinderen.
Groeten [[p:Emre Demir]]
Verstuurd vanaf mijn Samsung Galaxy-smartphone.
~~~~
[[p:sinem]] abla merhaba 🙏🏼 ik heb brief van de school van [[p:elif]]. ze zeggen ze heeft 40 uur gemist en {{r:leerplichtambtenaar}} wil gesprek op [[d:woensdag 16-10]]. [[p:elif]] wil niet meer naar school sinds dat gedoe met die meisjes. ik weet niet meer. kan jij mee?
~~~~
Hoi [[p:Derya]], ik kan woensdag helaas niet, maar [[p:Bas]] van het {{o:CJG}} wel, ik heb hem al gebeld. Hij neemt contact met je op. Is het goed dat hij ook met [[p:Elif]] zelf praat? Gr [[p:Sinem]]
~~~~
Goedenavond,

Mijn naam is [[p:Francis Girigorie]], ik ben de neef van [[p:Shurandy Martina]] (geboren [[d:2 februari 1996]]). [[p:Shurandy]] is vorige maand van Curaçao naar Den Haag gekomen en slaapt nu bij mij op [[a:Calandplein 8]] ({{w:Transvaal}}). Hij heeft hier geen huis, geen werk en geen zorgverzekering. In Curaçao was hij onder behandeling voor zijn benen. Zijn moeder [[p:Julienne]] belt mij elke dag, haar nummer is [[t:+5999 512 8834]]. Hoe kunnen we hem inschrijven en verzekeren? Ik heb zelf een klein huis met mijn vriendin en baby.

Danki,
[[p:Francis]]
~~~~
hey wijkteam ik ben bij {{r:bewindvoerder}} mr. [[p:de vries]] maar hij geeft me maar 50 euro leefgeld per week en ik moet ervan eten en sigaretten en reiskosten. ik heb gevraagd om meer maar hij antwoordt niet. mijn beschermingsbewind nummer is [[k:BW-17-3382]]. ik wil andere bewindvoerder. kan dat? [[p:jordy]]
~~~~
Hoi [[p:Jordy]], wisselen van bewindvoerder kan, dat gaat via de kantonrechter. Maar laten we eerst samen met hem om tafel. Ik bel vandaag het kantoor van [[p:De Vries]]. Spreek je donderdag [[d:30-5]] bij de {{o:Servicepunt XL}} {{w:Escamp}}? 14.00 uur. [[p:Lotte]]
~~~~
[[p:Fatima]]'s zus hier, [[p:Khadija Bouzid]]. [[p:Fatima]] zit nu bij mij want de verwarming in haar huis op [[a:Teniersstraat 5-I]] is al 3 weken kapot en {{o:haagwonen}} komt niet. Ze heeft 2 kleine kinderen en [[p:Adam]] de kleinste is ziek. Reparatieverzoek nummer [[k:RV2410-0884]]. Kan iemand van jullie druk zetten? het is gewoon 11 graden daar
~~~~
Geachte heer/mevrouw,
Ik schrijf u voor mijn oom [[p:Stoyan Ivanov]]. Hij is 58 en heeft sinds [[d:10 oktober]] een herseninfarct gehad, ligt nu in {{o:HMC Westeinde}}. Hij woonde in een pension op [[a:Prinsegracht 29]] maar de eigenaar heeft zijn spullen buiten gezet. Hij heeft bijna geen Nederlands en Bulgaarse verzekering. Het ziekenhuis wil hem ontslaan naar "huis". Welk huis? Ik heb hem zijn BSN: [[b:§BSN.§]]. Kunnen jullie met de {{r:transferverpleegkundige}} bellen?
[[p:Maria Ivanova]], [[t:06 84 43 19 02]]
~~~~
u moet weten ik ben 81 en kan niet meer trap op. ik woon 3 hoog. al 2 jaar vraag ik woning beneden aan {{o:staedion}}. nu zegt meneer [[p:bakker]] van staedion ik moet 'medische urgentie' aanvragen bij jullie? ik weet niet wat dat is. mevr. [[p:c. visser]] [[a:hengelolaan 733]] tel [[t:070 366 18 29]]
~~~~
Goedemorgen mevrouw [[p:Visser]], medische urgentie vraagt u aan bij de gemeente, wij helpen u met het formulier. Ik kom vrijdag [[d:8 maart]] om 10.30 uur bij u langs, samen met onze {{r:ouderenconsulent}} [[p:Hanneke]]. Wilt u de brief van meneer [[p:Bakker]] klaarleggen? Groet, [[p:Iris]]
~~~~
hallo met [[p:wojciech]]. dziękuję voor gisteren. hier nummer van mijn werkgever voor loonstrook: [[t:+48 601 774 218]], pan [[p:marek zielinski]]. hij spreekt engels. ik stuur ook bsn van mijn vrouw [[p:katarzyna]]: [[b:§BSN§]] voor toeslag aanvraag
~~~~
Hoi [[p:Wojciech]], dank je. Tip: stuur BSN's liever niet via whatsapp, neem ze de volgende keer mee op papier. Ik heb het nu genoteerd en verwijder het bericht. Gr [[p:Daan]]
~~~~
goedendag, vraag: mijn huisbaas wil mij eruit zetten omdat ik klaagde over schimmel. het is particulier, meneer [[p:R. Hoogendoorn]]. hij stuurt app dat ik voor [[d:1-12]] weg moet anders komt hij met "mannen". ik heb huurcontract tot 2026. adres [[a:Delftselaan 22]] [[pc:2512RB]] 2e etage. ik ben alleenstaand met zoon van 4. kan {{o:juridisch loket}} of {{o:huurteam}} helpen? [[p:Hiba Saleh]] [[t:0638870214]]
~~~~
Hallo [[p:Hiba]], dat mag hij niet zomaar. Ik heb je aangemeld bij het {{o:Huurteam Den Haag}}, zij bellen je deze week. Bewaar alle apps van hem! Als hij echt met mannen komt: 112 bellen. Gr [[p:Joyce]], {{r:wijkcoach}}
~~~~
ik wil zeggen dankjewel aan [[p:mustafa]] en [[p:lisa]] van het team. door jullie hebben wij weer stroom en de kinderen kunnen weer douchen. god zegene jullie 🤲🏽❤️ familie [[p:Boukhari]], [[a:van ostadestraat 171]]
~~~~
brief {{o:cak}}: "Geachte mevrouw [[p:De Jong]], Uit onze administratie blijkt dat u de bestuursrechtelijke premie verschuldigd bent vanaf [[d:1 november 2023]]. Uw CAK-nummer: [[k:1000 4876 2212]]. Het bedrag van € 186,46 per maand wordt ingehouden op uw uitkering." ik ben [[p:tineke de jong]], wat betekent dat?? ik heb toch {{o:menzis}}?? [[t:06-22 61 03 97]]
~~~~
ok thx 👍
[[p:jamal]]
~~~~
Beste [[p:Jamal]], nog even ter bevestiging: afspraak met de {{r:budgetcoach}} van {{o:Schuldhulpmaatjes}}, [[p:Henk]], op dinsdag [[d:12 november]] om 19.00 uur bij jou thuis op [[a:Wolmaransstraat 76]]. Hij neemt een map mee voor je post. Gr [[p:Mustafa]]
~~~~
goedemorgen [[p:petra]], ik heb vannacht niet geslapen. gisteren kwam deurwaarder aan de deur, hij heeft papier achtergelaten. ik schrijf wat er staat:

"EXPLOOT VAN BESLAGLEGGING. Heden, [[d:vijftien oktober tweeduizend vierentwintig]], heb ik, [[p:Pieter-Jan Koster]], {{r:gerechtsdeurwaarder}} te 's-Gravenhage, ten verzoeke van {{o:Lowell Solutions B.V.}}, beslag gelegd onder {{o:ING Bank N.V.}} op alle tegoeden van [[p:Fernando Tavares]], wonende [[a:Kraayensteinlaan 95]], [[pc:2554 CK]] 's-Gravenhage. Ons kenmerk: [[k:LOW-2381-77190]]."

nu kan ik niks pinnen, mijn salaris komt vrijdag. ik moet benzine voor werk en eten voor mijn dochter [[p:lara]]. het gaat om oude schuld van telefoon van 2019 denk ik, 900 euro. mijn rekening is [[i:§IBAN_§]], kan de bank dat vrijgeven? help aub, [[t:06 19 07 32 58]]
~~~~
Hoi [[p:Fernando]], bel ik je om 9.15. Vandaag nog de deurwaarder bellen: bij beslag op je rekening moet de beslagvrije voet blijven. Stuur je een foto van je laatste loonstrook en je huurcontract? Dan mail ik ze direct. Gr [[p:Petra]]
~~~~
Van: [[e:j.pattipeilohy@kpnmail.nl]]
Onderwerp: aanmelding mijn moeder

Goedemiddag wijkteam {{w:Morgenstond}},

Mijn moeder mevrouw [[p:Johanna Pattipeilohy-Sahetapy]] (89) woont zelfstandig op [[a:Melis Stokelaan 1287]]. Ze is erg eenzaam sinds mijn vader is overleden in het voorjaar. Ze gaat nergens meer heen, alleen naar de kerk op zondag als iemand haar ophaalt. Zij heeft geen mobiel, alleen vaste lijn [[t:070-3292716]]. Misschien is er een {{r:welzijnscoach}} of vrijwilliger die eens in de week op visite wil gaan, of iets bij de {{o:Molukse vereniging}}? Ik woon zelf in Capelle en kom elk weekend, maar door de week is ze alleen.

Met vriendelijke groet,
[[p:Jacob Pattipeilohy]]
~~~~
Beste meneer [[p:Pattipeilohy]], dank voor uw bericht. Onze {{r:welzijnscoach}} [[p:Marieke]] belt uw moeder deze week op de vaste lijn. We hebben ook een vrijwilligster die Maleis spreekt. Ik houd u op de hoogte via deze mail. Groet, [[p:Gert-Jan]] (SWT {{w:Morgenstond}})
~~~~
saluut, ik ben [[p:mihaela dumitru]]. ik werk schoonmaak bij hotel en mijn baas betaalt 3 maanden niet. ik heb contract via bureau "clean4you" maar ze nemen telefoon niet op. ik heb nu huurschuld bij particulier meneer [[p:van rijn]] en hij wil 1800 euro voor [[d:1 maart]]. mijn rekening bij {{o:bunq}} is [[i:§iban:BUNQ§]] maar daar komt niks. ik woon [[a:Soestdijksekade 411]], [[pc:2574AN]]. email [[e:mihaeladumitru77@yahoo.com]]. mulțumesc frumos
~~~~
mevrouw ik heb weer brief van {{o:vattenfall}} 😩

"Klantnummer: [[k:1.027.554.903]]
Factuurnummer: [[k:7004381920]]
Datum: [[d:02-09-2024]]
Betreft: laatste herinnering. Uw openstaande bedrag is € 612,40. Als wij dit bedrag niet vóór [[d:16-09-2024]] hebben ontvangen, geven wij opdracht tot afsluiting van de levering op het adres [[a:Rijswijkseweg 211-C]]."

maar ik betaal toch elke maand 95?? waarom dan nog 612? mijn man [[p:osman]] zegt het is de jaarnota. ik begrijp het niet. [[p:gülsen]]
~~~~
hoi [[p:Gülsen]], dat is inderdaad de jaarafrekening, je maandbedrag was te laag. Afsluiten mogen ze niet zomaar, zeker niet met kinderen in huis. Ik bel Vattenfall vandaag voor een regeling en laat het termijnbedrag verhogen. Gr [[p:Aicha]]
~~~~
Hallo,

Ik ben [[p:Ahmad Popal]], geboren [[d:1 januari 1979]] (dat staat op alles, echte datum weet ik niet). Ik ben met mijn gezin in {{w:Leidschenveen}} komen wonen via {{o:COA}} en {{o:Vluchtelingenwerk}}. Mijn {{r:begeleider}} van Vluchtelingenwerk, mevrouw [[p:Hermans]], is gestopt en nu heb ik niemand. Ik heb 5 kinderen: [[p:Zarghuna]], [[p:Farid]], [[p:Mina]], [[p:Omid]] en de baby [[p:Sahar]]. Wij krijgen brieven van school, van gemeente, van {{o:Dunea}} en ik weet niet welke belangrijk zijn. Mijn oudste dochter leest maar zij is pas 13 en moet niet alles weten.

Telefoon [[t:06 5530 9172]]
Adres [[a:Rozenburgstraat 48]] [[pc:2497 GJ]]

Bedankt
~~~~
Goedemiddag meneer [[p:Popal]], ik ben [[p:Sophie Mulder]] van het {{o:sociaal wijkzorgteam}} {{w:Leidschenveen-Ypenburg}}. Ik kom graag kennismaken, samen met een {{r:tolk}} Dari. Schikt maandag [[d:25 november]] om 10.00 uur? Bewaar alle brieven in één tas, dan sorteren we ze samen. Met vriendelijke groet, [[p:Sophie]] – [[t:06-47 20 58 13]]
~~~~
hey. mijn moeder heeft dementie en wordt steeds agressief naar mijn vader. hij is 86 en kan niet meer. ik ben enige kind en woon in spanje. vader: [[p:Wim Hoogland]], moeder: [[p:Ria Hoogland-Verbeek]], [[a:Dr. Lelykade 104]], {{w:Scheveningen}}. {{r:casemanager}} van {{o:Saffier}} is [[p:Marjolein]] maar zij is met zwangerschapsverlof. zijn er mensen die vandaag nog kunnen helpen?? tel spanje [[t:+34 612 88 41 07]], mail [[e:annehoogland@gmail.com]] - [[p:Anne]]
~~~~
beste mensen ik heb brief van {{o:DUO}}:
"Uw relatienummer: [[k:RN 4021 8876]]. Wij hebben op [[d:3 juni 2024]] vastgesteld dat u niet voldoet aan uw inburgeringsplicht. U krijgt een boete van € 500,-."
maar ik was ziek, ik heb briefje van {{r:huisarts}} van april '24. kan ik bezwaar maken? [[p:selam tekle]], [[e:selamtekle.eri@gmail.com]]
~~~~
ik ben [[p:hamid]], ik was bij jullie kantoor in {{w:moerwijk}} maar jullie waren dicht. de {{r:wijkverpleegkundige}} [[p:astrid]] zegt ik moet naar jullie met mijn vraag over de pgb. mijn dochter [[p:noor]] heeft autisme en {{o:ciz}} heeft wlz afgewezen. brief kenmerk [[k:CIZ/2024/559120]]. wat nu? [[t:0641-885203]]
~~~~
Goedenavond, via het contactformulier:

Naam: [[p:Nelson Fortes]]
Adres: [[a:De Heemstraat 319]], [[pc:2525 HA]]
Tel: [[t:06 81 40 92 33]]
Mail: [[e:nelsonfortes.cv@gmail.com]]
Rekeningnummer (voor eventuele vergoeding): [[i:§IBAN§]]
Vraag: mijn moeder [[p:Maria da Luz Fortes]] is vorige week overleden, in Kaapverdië. ik moet de begrafenis betalen en de huur van haar huis in den haag op [[a:Kempstraat 84]] loopt nog door. {{o:Haagwonen}} wil eindafrekening. ik ben enige in nederland. kan ik ergens geld aanvragen voor de reis en begrafenis?
~~~~
Hallo [[p:Nelson]], gecondoleerd met het verlies van je moeder. Ik ben [[p:Rachid]], {{r:maatschappelijk werker}}. Je kunt misschien bijzondere bijstand aanvragen, maar dat hangt af van je inkomen. Ik bel je morgen tussen 9 en 10. Het opzeggen van de huur kan ik met je regelen bij {{o:Haagwonen}}.
~~~~
hallo. ik ben vrijwilliger bij de {{o:voedselbank}} {{w:escamp}}. één van onze klanten, mw. [[p:sylvia lont]], vraagt of iemand haar kan helpen met haar post. zij is bang om te bellen. zij heeft mij gevraagd haar nummer door te geven: [[t:06 42 19 06 55]]. haar voedselbankpasnummer is [[k:VBE-1187]] als dat helpt. vriendelijke groet, [[p:Kees Smit]]
~~~~
ik ben heel boos!!!! vandaag kreeg ik dagvaarding. "DAGVAARDING. Op [[d:woensdag 23 oktober 2024]] om 09:30 uur dient u te verschijnen ter terechtzitting van de kantonrechter in de {{o:Rechtbank Den Haag}}, Prins Clauslaan 60. Eiser: {{o:Staedion}}. Gedaagde: [[p:R.A. Soekhlal]]. Vordering: betaling huurachterstand ad € 3.845,00 en ontruiming van de woning [[a:Bazarstraat 39]]." MAAR IK HEB REGELING MET STAEDION SINDS APRIL!!! [[p:ravi]] van jullie weet dat. bel mij [[p:roshni soekhlal]] [[t:06-5512 8840]]
~~~~
Hoi [[p:Roshni]], [[p:Ravi]] is vandaag vrij, ik ben zijn collega [[p:Manon]]. Ik heb de regeling in jullie dossier gevonden (getekend [[d:11 april]]). Ik bel Staedion nu en vraag of ze de zaak intrekken. Jij hoeft voorlopig niks te doen. Gr [[p:Manon]]
~~~~
assalamoe aleikoem zuster. mijn man is naar marokko en komt 3 maanden niet terug. hij heeft alle papieren en bankpas. ik heb geen geld voor boodschappen. kinderen [[p:ilyas]] (7) en [[p:hajar]] (4). {{o:gemeente}} zegt ik moet eigen uitkering aanvragen maar ik ben niet ingeschreven als alleenstaande. help mij. oum [[p:ilyas]] ([[p:rachida]]) [[t:0634177290]]
~~~~
Beste mevrouw [[p:Rachida]], ik ben [[p:Loubna]] van het wijkteam. Ik spreek ook Arabisch en Tarifit. Ik kom morgen, [[d:dinsdag 4 februari]], om 10 uur bij u thuis. Als u ergens anders wil praten, zonder de buren, kan het ook in {{o:Wijkcentrum Zuiderpark}}? Laat maar weten. Groet
~~~~
[[p:Bas]] wanneer kom je 🙈 ik sta buiten bij de {{o:jumbo}}
~~~~
Hallo, ik schrijf namens mijn opa [[p:Antonius]] ([[p:Toon]]) [[p:Verbeek]], hij is 92 en woont in {{w:Duindorp}}, [[a:Tesselsestraat 8]]. Hij heeft geen internet en krijgt brief van {{o:Gemeente Den Haag}} dat hij een DigiD moet aanvragen voor de kwijtschelding gemeentelijke belastingen. Aanslagnummer [[k:2024.551.09.318]]. Er staat dat hij bij {{o:Servicepunt XL}} kan langskomen maar hij loopt met rollator. Ik ben [[p:Daphne Verbeek]], kleindochter. [[t:06 2703 5599]]
~~~~
beste, ik [[p:jolanta]], sprzątam u pani [[p:de wit]] in {{w:benoordenhout}}. pani [[p:de wit]] valt vaak en ik vind haar gisteren op de grond om 8 uur morgen. zij wil niet naar dokter. zij heeft geen familie. ik maak zorgen. zij woont [[a:van hoytemastraat 62]]. mijn nummer [[t:+48 512 330 781]]
~~~~
Dank u wel [[p:Jolanta]] voor uw bericht. Onze {{r:wijkverpleegkundige}} gaat vandaag nog langs bij mevrouw [[p:De Wit]]. Mag ik u bellen als ze niet opendoet? Groet, [[p:Esra]]
~~~~
yo is dit wijkteam? mijn vriendin zegt jullie helpen met schulden. ik heb rond 9k schuld bij {{o:klarna}}, {{o:cjib}} en {{o:odido}}. werk in magazijn via uitzend. adres [[a:Vlamingstraat 30-K]]. ik ben [[p:dylan van der berg]], 23. kan het snel want deurwaarder belt elke dag. [[t:0624190373]] 📵 niet bellen tussen 7 en 16, whatsapp ok
~~~~
Hoi [[p:Dylan]], goed dat je je meldt. Vul dit alvast in: naam van alle schuldeisers, bedragen, dossiernummers. Foto's van de brieven is ook goed. Woensdag [[d:2 okt]] 16.30 uur op ons kantoor in {{w:Centrum}}? Gr [[p:Jelle]] {{r:schuldhulpverlener}}
~~~~
hallo. ik heb nog vraag over formulier. bij "IBAN" moet ik die van mij of van mijn {{r:bewindvoerder}}? van mij is [[i:§iban_§]]. van bewindvoerder weet ik niet. ik wacht op antwoord. [[p:kofi asante]]
~~~~
Hoi [[p:Kofi]], omdat je onder bewind staat moet het de beheerrekening van je {{r:bewindvoerder}} zijn. Ik vraag het nummer op bij {{o:Bewindvoering Haaglanden}}. Je hoeft niks meer te doen. Groet [[p:Nina]]
~~~~
(spraakbericht, uitgetypt door [[p:Linda]] SWT)
"ja hallo met meneer [[p:Bakker]] eh [[p:Gerrit Bakker]] van de [[a:Thorbeckelaan 540]] ik bel omdat mijn vrouw [[p:Truus]] sinds gisteren in het {{o:Bronovo}} ligt met haar heup en ik weet niet hoe het moet met de pillen en de boodschappen en de hond, de thuiszorg komt alleen voor haar en nu zij er niet is komen ze ook niet. mijn dochter woont in Australië. ik ben geboren in 1938 hoor dus ik ben ook niet meer zo snel. mijn nummer is [[t:070 325 81 40]], nee wacht [[t:070 325 81 04]]. dank u wel."
Actie: [[p:Linda]] belt dhr. terug op [[d:ma 17/6]], {{r:wijkverpleegkundige}} ingeschakeld.
~~~~
goedemiddag mevrouw [[p:van der Meer]],

zoals u vroeg stuur ik de gegevens van mij en mijn vriend voor de aanvraag schuldhulp:

ik: [[p:Naomi Isenia]], geb [[d:22-08-1994]], bsn [[b:§BSN§]]
hij: [[p:Jurgen Rosaria]], geb [[d:5-1-1991]], bsn [[b:§BSN§]]
samen adres: [[a:Loosduinsekade 713]], [[pc:2571CK]]
rekening gezamenlijk: [[i:§IBAN_§]]
kinderen: [[p:Jayden]] (6) en [[p:Zoë]] (2)

inkomen: ik werk 24 uur bij {{o:HMC}} schoonmaak, hij heeft {{o:UWV}} ziektewet. schulden ongeveer 22.000, grootste is {{o:Belastingdienst}} toeslagen en {{o:Zilveren Kruis}}. ik heb alles in map gedaan zoals u zei. tot donderdag! xx [[p:naomi]]
~~~~
Dag [[p:Naomi]], ontvangen, dank je. Donderdag [[d:7 november]] om 9.30 uur bij jullie thuis, met mijn collega [[p:Koen]] van de {{o:Kredietbank}}. Nog één ding: heeft [[p:Jurgen]] een ziektewetbesluit van het {{o:UWV}}? Neem die ook mee. Groet, [[p:Wilma van der Meer]]
~~~~
bismillah. ik schrijf voor mijn broer [[p:abdelkarim]] omdat hij niet goed leest. hij heeft brief van {{o:CJIB}}:

"Laatste waarschuwing. Als u niet vóór [[d:28 februari 2025]] betaalt, kan de officier van justitie de rechter vragen om u in gijzeling te nemen. CJIB-nummer: [[k:3401 7720 9911 0458]]. Openstaand bedrag: € 1.260,00."

hij is heel bang dat hij naar gevangenis moet. hij heeft 2 kinderen en werk bij {{o:PostNL}} in nachtdienst. kan hij betalen in delen? ik ben zijn zus [[p:malika]], [[t:06 3390 2716]]. hij woont [[a:Schalk Burgerstraat 212]], {{w:Transvaal}}
~~~~
Hoi [[p:Malika]], dank je. Een betalingsregeling bij het CJIB kan zolang er nog geen gijzeling is bevolen. Ik heb het vandaag voor [[p:Abdelkarim]] aangevraagd (hij krijgt een brief thuis). Laat hem wel zelf even bellen of appen naar mij zodat ik weet dat hij akkoord is: [[t:06-21 59 44 80]]. Gr [[p:Youssef]]
~~~~
Goedemorgen,
Ik ben [[p:Irma Sedney]], ik zit al 20 jaar in {{w:Moerwijk}}, [[a:Zonnebloemstraat 150]]. Mijn kleinzoon [[p:Quincy]] (19) woont bij mij sinds zijn moeder is overleden. Hij heeft ADHD en zit de hele dag op zijn kamer te gamen, geen school geen werk. Nu krijg ik brief van {{o:Haagwonen}}: "Uit onze gegevens blijkt dat er een extra bewoner op uw adres staat ingeschreven. Dit heeft gevolgen voor uw huurtoeslag." Kenmerk [[k:HW/24/33190/IS]]. Ik weet niet wat ik moet doen. Hij is toch mijn kleinkind? Ook wil ik dat iemand met hem praat, jongerenwerk of zo. Ik ben 's ochtends thuis, [[t:070-3665012]].
Mi no sabi moro. Grangi, oma [[p:Irma]]
~~~~
Beste mevrouw [[p:Sedney]], dank voor uw mail. Ik ben [[p:Thijs]], {{r:jongerenwerker}} bij {{o:Xtra}}, en ik werk samen met het wijkteam. Ik kom graag eens langs om met [[p:Quincy]] kennis te maken, liefst als hij er zelf ook zin in heeft 🙂. Mijn collega [[p:Petra]] van het wijkteam kijkt naar de huurtoeslag. Zou vrijdag [[d:13 december]] na 14 uur kunnen?
~~~~
ik heb vandaag brief van rechtbank over wsnp:

"{{o:Rechtbank Den Haag}}, insolventienummer [[k:C/09/24/412 R]]. De rechtbank heeft op [[d:19 augustus 2024]] de toepassing van de schuldsaneringsregeling natuurlijke personen uitgesproken ten aanzien van [[p:Özlem Çelik]], geboren op [[d:14 mei 1985]] te Ankara (Turkije), wonende te 's-Gravenhage. Tot {{r:bewindvoerder}} wordt benoemd: mr. [[p:I.M. Bosman]]."

is dit goed nieuws of slecht? [[p:özlem]] 🙏
~~~~
Heel goed nieuws [[p:Özlem]]!! 🎉 Dit betekent dat je in de schuldsanering zit. 3 jaar, daarna ben je schuldenvrij. Mr. [[p:Bosman]] belt je voor een eerste gesprek. Ik leg het donderdag rustig uit. Gr [[p:Fleur]]
~~~~
ik ben moe van alles. geen zin meer. niemand helpt. [[p:dave]]
~~~~
[[p:Dave]], ik lees je bericht. Ik ben blij dat je schrijft. Ben je veilig nu? Ik bel je over 5 minuten. Als je niet opneemt stuur ik iemand langs op [[a:Goudsbloemlaan 77]]. Je kunt ook altijd {{o:113}} bellen (gratis). [[p:Merel]]
~~~~
Hallo,

Mijn naam is [[p:Ivana Petrova]], ik schrijf voor mijn schoonvader [[p:Georgi Petrov]] (64). Hij woonde in een pand van een huisjesmelker op [[a:Stationsweg 71-B]]. Gisteren is het pand gesloten door de gemeente vanwege brandgevaar, alle 14 bewoners moesten eruit. Hij slaapt nu bij ons op de bank in {{w:Laak}} maar wij hebben 3 kinderen en een 2-kamerflat. Hij heeft werk bij een tuinder in Wateringen. Wij hebben gehoord van de {{o:Kessler Stichting}} maar hij wil daar niet naartoe. Is er iets anders? Zijn inschrijving BRP staat nog op het oude adres.

Met vriendelijke groet,
[[p:Ivana]]
[[t:06 1043 8827]]
~~~~
kan iemand mij uitleggen wat dit is? ik krijg van de {{o:gemeente}}:

"Beschikking maatwerkvoorziening Wmo 2015. Aanvraagnummer [[k:2024-WMO-118273]]. Besluit: wij kennen u huishoudelijke ondersteuning toe, categorie 2 (schoon huis), met ingang van [[d:01-10-2024]] tot en met [[d:30-09-2026]]. Zorgaanbieder: {{o:Tzorg}}. Eigen bijdrage: € 21,80 per maand via het {{o:CAK}}."

moet ik nu zelf tzorg bellen of bellen zij mij? groetjes [[p:wilhelmina]] ([[p:wil]]) [[p:de groot]], [[a:Weimarstraat 1044]]
~~~~
goedemiddag [[p:roy]], zoals beloofd stuur ik het nummer van de {{r:huisarts}} van mijn moeder: dokter [[p:Pinto]], [[t:070-3600199]]. de zorgverzekeringspas heb ik ook gefotografeerd, polisnummer [[k:H48812-2033]]. zij zegt trouwens dat ze gisteren om 23:00 weer iemand in haar kamer hoorde, dat is niet echt, zegt de psychiater. groet [[p:gabriela]]
~~~~
asalaam ik ben [[p:fatuma]]. de school van mijn dochter heeft {{o:veilig thuis}} gebeld omdat zij blauwe plek had. maar dat was van gymles!! nu is er een onderzoek, dossiernummer [[k:VT-2024-3317]]. de vrouw van veilig thuis mevrouw [[p:kramer]] komt op [[d:donderdag 21 november]]. kan iemand van jullie erbij zijn want ik ben heel bang dat ze mijn kinderen meenemen. ik woon [[a:Herschelstraat 45]], [[pc:2515 BP]]. [[t:+31 6 29 11 40 87]]
~~~~
Hoi [[p:Fatuma]], ik begrijp dat je schrikt. Veilig Thuis neemt kinderen niet zomaar mee, ze willen vooral weten hoe het gaat. Ik ben donderdag [[d:21/11]] om 10 uur bij je, ik blijf bij het hele gesprek. Neem gerust iemand mee die je vertrouwt. Groet [[p:Anna]] ({{r:casusregisseur}})
~~~~
goeiedag, ik heb paar vragen. 1) mijn zoon [[p:milan]] wordt 18 op [[d:3 maart]], moet hij dan zelf zorgverzekering? 2) hij krijgt nu zakgeld van {{o:DUO}}?? nee studiefinanciering. 3) mijn ex [[p:marco de bruijn]] betaalt geen alimentatie meer sinds de zomer. {{o:LBIO}} zaaknummer [[k:LB-2023-04471]]. kan ik iets doen? [[p:sandra de bruijn-vos]], [[e:sandravos1979@hotmail.nl]]
~~~~
salam [[p:loubna]], mijn moeder zegt dank u wel voor gisteren. ze heeft nu de formulieren voor de {{o:voedselbank}}. ze vraagt of u volgende week weer kan komen, bijvoorbeeld dinsdag [[d:11-2]] of woensdag [[d:12-2]]. ze heeft ook een nieuwe brief van {{o:Dunea}} met "klantnummer [[k:4012287331]]" die wil ze laten zien. groetjes [[p:sara]]
~~~~
Subject: URGENT help my sister

dear team,
my sister [[p:Hanna Gebreyesus]] lives at [[a:Boekhorststraat 2-D]], [[pc:2512 CS]]. she has a baby of 3 weeks ([[p:Liya]]) and she is crying all the time, not eating, says strange things. her husband [[p:Yonas]] works nights at the airport and doesn't understand it's serious. the {{o:consultatiebureau}} nurse said maybe postnatal depression and call the {{r:huisarts}}. but she doesn't have a huisarts yet!! she moved from the azc in april. please help. i live in amsterdam, [[t:+31 6 8842 1035]], [[e:meron.gebreyesus@outlook.com]]
[[p:Meron]]
~~~~
Dear [[p:Meron]], thank you for letting us know. Our {{r:wijkverpleegkundige}} [[p:Ellen]] will visit your sister today. I am also arranging a {{r:huisarts}} for her at the {{o:gezondheidscentrum Schilderswijk}}. Can you tell [[p:Hanna]] we are coming? Kind regards, [[p:Nadia]]
~~~~
Contactformulier sociaal wijkzorgteam

Voornaam: [[p:Giovanni]]
Achternaam: [[p:Doran]]
Geboortedatum: [[d:30/04/1972]]
BSN (optioneel): [[b:§BSN§]]
Straat + huisnummer: [[a:Fahrenheitstraat 503]]
Postcode: [[pc:2561 DK]]
Woonplaats: Den Haag
Telefoonnummer: [[t:06-16 27 38 49]]
E-mailadres: [[e:gio.doran72@gmail.com]]
Bericht: bon tardi. mi ta biba akinan 10 aña. ik ben sinds [[d:1 juni]] werkloos omdat de fabriek dicht is. mijn {{o:UWV}} uitkering is nog niet gestart want ze zeggen dat mijn werkgever de papieren niet heeft gestuurd. ondertussen betaal ik niks meer, huur niet en zorgverzekering niet. mijn vrouw [[p:Yvette]] is net geopereerd. wij hebben nooit schulden gehad en ik schaam me. graag hulp voordat het te laat is. danki
~~~~
Goedenavond meneer [[p:Doran]], dank voor uw bericht. U hoeft zich niet te schamen, dit overkomt veel mensen. Ik ben [[p:Esmée]], {{r:consulent}} {{o:Werk en Inkomen}} in het wijkteam {{w:Segbroek}}. Ik bel morgen het {{o:UWV}} met uw toestemming en vraag een voorschot aan. Daarnaast maak ik een afspraak met de {{o:Kredietbank}} voor een overzicht. Kunt u maandag [[d:17 juni]] om 11 uur? Hartelijke groet, [[p:Esmée]] – [[e:esmee.vandam@swtsegbroek.nl]]
~~~~
[[[d:11/03/2025]], 08:02] [[p:Ayla]]: günaydın 🌞 [[p:Meryem]] hanım, vandaag komt de man van de {{o:Haagwonen}} voor schimmel. kunt u ook komen?
[[[d:11/03/2025]], 08:15] [[p:Meryem]] (wijkteam): Goedemorgen [[p:Ayla]]! Ik kan om 10 uur, hoe laat komt hij?
[[[d:11/03/2025]], 08:16] [[p:Ayla]]: tussen 8 en 12 😅
[[[d:11/03/2025]], 10:48] [[p:Meryem]] (wijkteam): Ik was er net, hij had al geweest. Zijn naam was [[p:Erik Jansen]], reparatienummer [[k:W-24-88410]]. Volgende week komt schilder. Ik bel op [[d:18/3]] of het gelukt is.
[[[d:11/03/2025]], 10:52] [[p:Ayla]]: çok sağ olun 🙏 [[p:Emir]] en [[p:Zeynep]] ook dank jullie
~~~~
Beste wijkteam,

Ik ben [[p:Bogdan Wiśniewski]], sinds 2016 in Nederland. Ik heb een vraag voor mijn vriend [[p:Krzysztof]] die geen e-mail heeft. Hij woont in een caravan bij zijn werk, maar het werk is gestopt en de caravan moet leeg voor [[d:30 november]]. Hij heeft een BSN ([[b:§BSN_§]]) en een bankrekening bij {{o:ING}}: [[i:§IBAN_:INGB§]], maar daar staat bijna niks op. Hij drinkt veel, dat is eerlijk. Kan hij ergens slapen in Den Haag, en kan iemand met hem praten over terug naar Polen? Ik heb gehoord dat {{o:Barka}} dat doet.

Pozdrawiam,
[[p:Bogdan]]
[[t:+48 790 221 046]] / [[e:b.wisniewski@wp.pl]]
~~~~
mevrouw [[p:hoop]] ik heb uw kaartje gevonden in mijn jas. u was bij mijn moeder in het ziekenhuis in januari vorig jaar... ik weet niet of u nog werkt bij {{o:MEE}}? mijn moeder is mevrouw [[p:Sardjoe]] van [[a:Hoefkade 403]], zij heeft lvb en nu weer problemen met geld. de bewindvoerder is gestopt. ik ben [[p:anita]] haar dochter [[t:06 38 55 20 14]]
~~~~
Beste [[p:Anita]], ik werk niet meer bij {{o:MEE}}, maar ik ben nu {{r:casusregisseur}} bij het wijkteam {{w:Schilderswijk}} dus uw moeder valt bij mij 😊. Als de bewindvoerder gestopt is moet de kantonrechter een nieuwe benoemen. Ik kom volgende week langs bij uw moeder, op [[d:woensdag 9 april]] om 14.00 uur. Groet, [[p:Marijke Hoop]]
~~~~
salam alaikum, ik ben [[p:omar alsayed]]. ik stuur deze bericht voor mijn buurman abu [[p:khaled]], hij is oud en alleen, zijn vrouw is dood in syrië. hij woont [[a:Weimarstraat 332]] boven mij. hij heeft brief van {{o:staedion}}:

"Geachte heer [[p:Al-Masri]], Op [[d:maandag 24 maart]] tussen 08.00 en 12.00 uur voeren wij een woningcontrole uit. Uw aanwezigheid is verplicht. Wanneer u niet aanwezig bent, openen wij de woning met een sleutel. Huurcontractnummer [[k:500.331.07]]."

hij is bang dat ze hem eruit gooien. ik kan niet mee want ik werk. kan iemand die arabisch spreekt? mijn nummer [[t:06-42017763]]
~~~~
Goedemiddag [[p:Omar]], dank voor uw zorg om uw buurman. Een woningcontrole is meestal een routinecontrole (bijvoorbeeld op onderhoud). Onze collega [[p:Hassan]] spreekt Arabisch en gaat op [[d:24 maart]] om 8 uur bij meneer [[p:Al-Masri]] langs. Groet, [[p:Eline]] ({{o:SWT}} {{w:Centrum}})
~~~~
hoi. ik stuur even alles voor de aanvraag kwijtschelding zoals [[p:jelle]] vroeg.
naam: [[p:Kimberly Hazelhoff]]
adres: [[a:Sportlaan 12-1]] [[pc:2566 LA]]
bsn: [[b:§BSN.§]]
bank: [[i:§IBAN§]]
aanslag gemeente: [[k:8812.004.557]]
ik heb ook afschriften van de laatste 3 maanden als pdf, maar die zijn te groot voor de mail, mag ik ze op usb meenemen? ik kan [[d:dinsdag 21 jan.]] na 9 uur. liefs [[p:kim]]
~~~~
hallo, dit is [[p:ibrahim]], de oom van [[p:sofiane]]. [[p:sofiane]] is 17 en is weggelopen van huis sinds zaterdag. zijn moeder [[p:nadia benali]] is helemaal kapot. hij slaapt bij vrienden in {{w:spoorwijk}}, we denken bij [[p:ilias]] op de [[a:Ketelstraat 17]]. de politie zegt hij is bijna 18 dus ze doen niks. jullie {{r:jongerenwerker}} kent hem misschien? hij speelde altijd voetbal bij het buurthuis. bel me [[t:06 1187 6630]]
~~~~
Geachte heer, mevrouw,

Namens mijn cliënt, de heer [[p:A. Kurt]] (geboren [[d:4 maart 1966]]), deel ik u mee dat hij op [[d:14 januari 2025]] door de kantonrechter is onder bewind gesteld. Ik ben benoemd als {{r:bewindvoerder}}. Alle post inzake zijn financiën kan worden gestuurd naar ons kantoor. Zijn beheerrekening is [[i:§IBAN_§]]. Ons dossiernummer: [[k:BB/KURT/2025-013]].

Ik begrijp dat uw collega mevrouw [[p:Yıldız]] de aanvraag heeft begeleid, dank daarvoor.

Met vriendelijke groet,
mr. drs. [[p:P.H.]] ([[p:Paul]]) [[p:Verkerk]]
{{o:Haagse Bewindvoering}}
[[t:070-2214590]] | [[e:p.verkerk@verkerkbewind.nl]]

Verzonden vanaf mijn iPad
~~~~
yo [[p:jelle]] kan ik vandaag nog langs? m'n vader is gewoon weggegaan en m'n moeder zit te huilen en zegt ze heeft geen geld voor huur. ik ben [[p:tyrone]], zoon van [[p:cindy]]. we wonen nog steeds op de [[a:Steenhouwersgaarde 44]]. ik heb school tot 3
~~~~
Dank je wel voor uw bericht mevrouw. Ik heb uw klacht doorgestuurd naar mijn leidinggevende [[p:Hans Vermeulen]], hij neemt binnen 5 werkdagen contact met u op. Uw klachtnummer is [[k:KL-2025-0217]]. Met vriendelijke groet, [[p:Charlotte]], {{r:teamleider}} {{o:SWT}} {{w:Escamp}}
~~~~
waarom heeft [[p:Jasper]] mijn dossier aan {{o:Veilig Thuis}} gegeven zonder mij te vragen!!!!!! ik ben [[p:Sharon Lie A Ling]], ik heb jullie vertrouwd. mijn kinderen [[p:Dion]] en [[p:Shanaya]] zijn alles voor mij. ik wil mijn dossier zien en ik wil een andere hulpverlener. [[e:sharonlieal@gmail.com]] [[t:0615509824]]
~~~~
Beste mevrouw [[p:Lie A Ling]], ik begrijp dat u boos bent. Ik wil graag uitleggen waarom [[p:Jasper]] contact heeft gehad met Veilig Thuis, dat hoort u persoonlijk van ons. U heeft ook recht om uw dossier in te zien. Kunt u donderdag [[d:6 februari]] om 15.00 uur op ons kantoor? Dan zijn [[p:Jasper]] en ik erbij. Met vriendelijke groet, [[p:Marloes Dekker]], {{r:teamleider}}
~~~~
hallo. mijn naam is [[p:Aleksandra Zając]]. w sprawie mojej mamy. mijn moeder [[p:Halina]] heeft pensioen uit Polen ({{o:ZUS}}) en kleine AOW. {{o:Belastingdienst}} zegt nu dat ze 2.400 euro zorgtoeslag terug moet betalen over 2023 omdat Poolse pensioen niet was opgegeven. brief nummer [[k:6024.81.332.Z.31]]. zij is 79 en heeft alleen [[i:§iban_§]] met 300 euro. ik woon zelf in Wrocław. kan iemand haar helpen met een betalingsregeling? adres mamy: [[a:Moerweg 118]], [[pc:2544 SG]], tel [[t:070 329 04 56]]. dziękuję, [[p:Ola]]
~~~~
Hoi [[p:Femke]], ik heb een nieuwe telefoon 📱 dit is mijn nummer nu [[t:06 58 21 09 44]], de oude [[t:06 58 21 90 44]] werkt niet meer. sla het op aub! morgen zie ik je bij de {{o:thuisadministratie}}? groetjes [[p:Wendy]]
~~~~
Goedemiddag,
Ik ben [[p:Fernanda Gomes]], ik woon naast dona [[p:Rosa Semedo]] op de [[a:Kempstraat 212]] in de {{w:Schilderswijk}}. Dona [[p:Rosa]] is 77 en spreekt alleen Kriolu en een beetje Portugees. Sinds haar man [[p:Armando]] op [[d:2 oktober]] overleden is, krijgt zij brieven van de {{o:SVB}} over nabestaandenpensioen en van de {{o:Belastingdienst}} over de huurtoeslag die nu lager wordt. Zij heeft mij gevraagd om te helpen maar ik begrijp het zelf ook niet goed. Haar zoon [[p:Ady]] woont in Rotterdam, [[t:06 1452 7033]]. Kunnen jullie een keer langskomen? Ik kan vertalen. Mijn nummer is [[t:06 3007 1862]].
Obrigada, [[p:Fernanda]]
~~~~
goedemiddag, ik ben een van de ouders van de toeslagenaffaire. ik heb brief van {{o:UHT}}:

"Uitvoeringsorganisatie Herstel Toeslagen. Datum: [[d:15.03.2024]]. Ons kenmerk: [[k:UHT-2024-8813307]]. Geachte mevrouw [[p:Amrani]], wij hebben vastgesteld dat u gedupeerde bent. U ontvangt een compensatie van € 30.000 op rekeningnummer [[i:§IBAN_§]]. Uw persoonlijk zaakbehandelaar is dhr. [[p:T. Willems]]."

maar nu zegt de {{o:Belastingdienst}} dat mijn schulden ook kwijt zijn, is dat echt? en moet ik het geld aan de bewindvoerder geven? ik ben [[p:souad amrani]], [[a:Jan Blankenstraat 142]], [[pc:2524 VS]]. ik vertrouw niemand meer van de overheid, alleen [[p:naima]] van jullie.
~~~~
Lieve [[p:Souad]], wat een nieuws! Het klopt, de meeste publieke schulden worden kwijtgescholden. Het geld is van jou. Maar: niet direct alles uitgeven of uitlenen aan familie, dat gebeurt helaas vaak. Ik kom [[d:vr 22/3]] om 13.00 en dan maken we samen een plan. Je zaakbehandelaar [[p:Willems]] bel ik met jouw toestemming. Dikke knuffel, [[p:Naima]]
~~~~
hallo jullie. ik ben [[p:Herman]], ik woon in de portiek [[a:Pisuissestraat 48]] in {{w:Bouwlust}}. mijn onderbuurman meneer [[p:Zandbergen]] (nr 46) heeft zijn huis vol met spullen en vuilniszakken, het stinkt tot in het trappenhuis en er lopen muizen. hij is wel aardig hoor maar hij zegt steeds dat hij het gaat opruimen. ik heb {{o:Staedion}} gebeld (meldnummer [[k:M-240918-0037]]) maar die sturen alleen een brief. ik denk dat hij hulp nodig heeft, niet een brief. hij heeft een zus maar die heeft het contact verbroken. mijn tel [[t:06 45 71 02 39]]
~~~~
Beste [[p:Herman]], dank u voor uw melding en uw betrokkenheid. Ik ben [[p:Stephanie]], {{r:bemoeizorger}} bij {{o:Parnassia}}, en ik werk samen met het wijkteam {{w:Bouwlust}}-{{w:Vrederust}}. Ik ga proberen in contact te komen met uw buurman. Ik kan u niet vertellen hoe het verder gaat (privacy) maar weet dat we ermee bezig zijn. Groet, [[p:Stephanie de Haan]]
~~~~
Naam aanvrager: [[p:Bilal Chaoui]]
Relatie tot cliënt: zoon
Naam cliënt: [[p:Zohra Chaoui-Ait Ali]]
Geboortedatum cliënt: [[d:01-07-1948]]
BSN cliënt: [[b:§BSN§]]
Adres cliënt: [[a:Stortenbekerstraat 97]], [[pc:2522 LN]] Den Haag
Telefoon: [[t:06-23 88 41 70]]
E-mail: [[e:bilal.chaoui@gmail.com]]
Hulpvraag: mijn moeder heeft suiker en haar benen zijn slecht. ze kan niet meer zelf douchen en de boodschappen doen. mijn broer en ik doen nu alles maar ik werk 40 uur en mijn broer woont in Almere. we willen graag thuiszorg en misschien huishoudelijke hulp. de {{r:huisarts}} dr. [[p:El Idrissi]] weet ervan. ze spreekt alleen Berbers (Tamazight). liefst een vrouw die komt. dank jullie
~~~~
[[p:nicky]] dit is [[p:richard]]. ik heb het geld van de voedselbankpas... nee bedoel de bon van de kringloop gekregen, dank je. maar ik heb weer gedronken afgelopen weekend. niet boos worden. ik wil wel weer naar {{o:Brijder}} maar niet naar die [[p:Harold]], die luistert niet. kan ik iemand anders? ik ben thuis [[a:Engelenburgstraat 12-2]] de hele week
~~~~
Mevrouw/meneer, de heer [[p:Yusuf Aydın]] (BSN [[b:§BSN.§]]) is op [[d:2 april 2025]] verschenen op het spreekuur van het {{o:Juridisch Loket}} in verband met een geschil met zijn werkgever. Hij is doorverwezen naar een {{r:advocaat}}: mr. [[p:S. de Wit]], [[t:070 302 66 18]]. Cliënt gaf aan dat hij ook bekend is bij uw team (mevrouw [[p:Tan]]). Graag ontvang ik bericht als hulp bij de eigen bijdrage nodig is. Dossiernummer JL: [[k:JL-2025-044871]].
Met vriendelijke groet, [[p:Ruben Koster]], {{r:juridisch adviseur}}
~~~~
hi team 😊 dit is [[p:chantal]], ik werk als {{r:mentor}} op de {{o:Haagse Hogeschool}}. een student van mij, [[p:Gloria Mensah]], woont met haar broertje ([[p:Kojo]], 14) alleen sinds hun moeder in het ziekenhuis ligt. geen andere familie in nl. ze heeft geen geld voor eten en het huurcontract staat op moeders naam. adres [[a:Van Musschenbroekstraat 23]] [[pc:2522 AH]]. [[p:gloria]] haar nummer: [[t:+31 6 3377 1420]]. zij vindt het erg moeilijk om hulp te vragen, mag ik zeggen dat jullie haar bellen?
~~~~
ik wil even zeggen dat ik met [[p:Kees]] van de {{o:Haagse Munt}} heb gesproken. ik heb nu geld voor brood. bedankt [[p:arjen]]
~~~~
Beste mevrouw [[p:Biharie]],

Naar aanleiding van ons telefoongesprek van vanochtend stuur ik u de gegevens voor de aanvraag van de energietoeslag. U heeft hiervoor nodig:
- uw IBAN (dat heeft u al gegeven: [[i:§IBAN§]])
- een kopie van uw ID-kaart
- de laatste 3 bankafschriften
U kunt de aanvraag indienen tot [[d:30 juni 2025]]. Ik help u graag bij het invullen op dinsdag [[d:3 juni]] om 10.30 uur in {{o:Servicepunt XL}} {{w:Laak}}.

Vriendelijke groet,
[[p:Monique Brouwer]]
{{r:klantmanager}} {{o:gemeente Den Haag}}
[[e:monique.brouwer@denhaag.nl]]
~~~~
u moet helpen!!! ik krijg de brief van {{o:Haagwonen}} dat ik eruit moet omdat ik mijn huis verhuur. maar dat is mijn neef [[p:ali]] die bij mij woont en betaalt mee!! dat is niet verhuren. ik ben 68. de brief zegt "onderhuur geconstateerd op [[d:14 augustus]], kenmerk [[k:HW/JUR/2024/1182]], wij starten een procedure tot ontbinding". ik woon hier 40 jaar op [[a:Rijswijkseplein 7]]. [[p:mohamed amezian]] [[t:0631702954]]
~~~~
hallo mijn naam is [[p:Agata]] ik bel vaak maar jullie nemen niet op. ik ben de moeder van [[p:Oskar]] (20). hij is verslaafd aan gokken en heeft leningen bij vrienden en snelle lening apps. hij heeft ook van mijn rekening geld gehaald, 2300 euro. ik ben alleen en werk in de schoonmaak. wij wonen [[a:Stellingstraat 4-b]], [[pc:2521 EG]]. kan hij naar schuldhulp zonder dat hij eerst alles moet betalen? mijn mail [[e:agata.lis1976@onet.pl]]
~~~~
Dag [[p:Agata]], wat naar dat het u niet lukte ons te bereiken. Ja, [[p:Oskar]] kan zich aanmelden voor schuldhulp, maar hij moet het zelf willen. Ik ben [[p:Bram]], {{r:jongerenconsulent}}. Voor de gokverslaving is er hulp bij {{o:Brijder}}. Zal ik [[p:Oskar]] een berichtje sturen? Dan heb ik wel zijn nummer nodig. Groet
~~~~
goedenavond, mijn vader [[p:Rahim Sultani]] krijgt steeds telefoon van incassobureau {{o:Intrum}} over een rekening van {{o:Odido}} uit [[d:15-02-2022]], € 738,-. maar dat abonnement was van iemand anders die zijn id had gebruikt. hij heeft aangifte gedaan bij de {{o:politie}}, nummer [[k:2022083411-1]]. intrum dossier [[k:92004476150]]. hij is 70 en heel gestrest en spreekt geen nederlands. ik ben zijn dochter [[p:Parwana]], [[e:parwanasultani@hotmail.com]]
~~~~
Verzonden vanaf mijn Huawei

Beste mevrouw [[p:Kuipers]],
Ik mail u omdat u zei dat ik u altijd mag mailen. Het gaat niet goed met [[p:Romano]]. Hij slaapt niet, hij praat over stemmen en hij heeft gisteren de tv stuk gemaakt. Ik ben bang voor mijn kleinkinderen, zij slapen hier in het weekend. De {{r:psychiater}} van {{o:Parnassia}} zei bij het laatste gesprek ([[d:dinsdag 8 oktober]]) dat het goed ging. Dat is niet zo. Ik ben zijn moeder, [[p:Tamara Rosenberg]], [[a:Copernicusplein 19]]. Telefoon overdag [[t:070-3831147]].
~~~~
Dag mevrouw [[p:Rosenberg]], dank voor uw mail. Ik neem vandaag nog contact op met het {{o:FACT-team}} van Parnassia en vraag of zij [[p:Romano]] deze week kunnen zien. Als het vanavond escaleert: bel de {{o:crisisdienst}} via de {{o:huisartsenpost}} of 112. Ik bel u morgen om 9.00 uur. Groet, [[p:Hilde Kuipers]]
~~~~
[[p:maryam]]: asalamu alaikum sister, ik ben in het ziekenhuis met mijn zoon, hij heeft astma aanval. kan ik vandaag niet komen op afspraak 😔
[[p:Sanne]] (SWT): Geen probleem! Beterschap voor [[p:Adam]]. Nieuwe afspraak maandag [[d:3/2]] om 10.00?
[[p:maryam]]: ok inshallah
~~~~
ik [[p:adrian]] ik woon nu bij de {{o:nachtopvang}}, [[p:jan]] van de nachtopvang zegt jullie kunnen helpen met een postadres en dan uitkering. ik heb geen telefoon, dit is telefoon van [[p:jan]]. ik ben hier elke dag tot 9 uur morgens. [[p:adrian ionescu]], geboren [[d:19 07 1983]]
~~~~
Goedemiddag,
Ik ben [[p:Demi]], {{r:ambulant begeleider}} bij {{o:Middin}}. Ik begeleid meneer [[p:Lesley Wijngaarde]] (LVB, 34) die vanaf [[d:1 december]] zelfstandig gaat wonen op [[a:Spaarwaterstraat 120]] in {{w:Duindorp}}. Hij heeft schulden bij {{o:CZ}} (polis [[k:400123887]]) en de {{o:gemeente}}. Graag wil ik een warme overdracht met iemand van het wijkteam, zodat hij in de wijk een vast aanspreekpunt heeft. Ik ben bereikbaar op ma-di-do via [[t:06 20 14 93 36]] of [[e:demi.vos@middin.nl]].
Hartelijke groet, [[p:Demi Vos]]
~~~~
beste [[p:demi]], leuk! ik ben [[p:Gijs]] van het wijkteam {{w:Scheveningen}}. Wat past jou: [[d:do 28 nov]] 10.00 uur op de nieuwe woning? dan kan ik [[p:Lesley]] ook meteen de buurt laten zien en het {{o:buurthuis}}. gr [[p:gijs]]
~~~~
mevrouw ik heb een vraag. wat is een "voorlopige teruggaaf"? ik heb brief "Belastingdienst, [[d:3 januari]], BSN/fiscaal nummer [[b:§BSN_§]], u ontvangt in 2025 maandelijks € 143". is dat goed? ik ben [[p:tjin-a-djie]]. [[a:hobbemaplein 33]]
~~~~
hee, met [[p:Jennifer]] de zus van [[p:Melvin]]. [[p:Melvin]] zit sinds vorige week vast en zijn huis op de [[a:Dreef 57-A]] staat leeg. de huur loopt door en hij heeft een kat. ik heb de sleutel. moet ik de huur betalen? hij zit minimaal 4 maanden. kunnen jullie met {{o:Vestia}} bellen? mijn mail [[e:jenny.tromp@outlook.com]]
~~~~
assalamualaikum ustadha [[p:hanan]]... sorry verkeerde nummer 🙈
~~~~
Goedemorgen,

Het {{o:Juliana Kinderziekenhuis}} meldt dat mevrouw [[p:Saida Haddou]] met haar zoontje [[p:Rayan]] ([[d:09-09-2021]]) gisteren is opgenomen met ondervoeding. Moeder komt over als overbelast, er zijn nog 4 kinderen thuis op [[a:Van der Vennestraat 81]]. De {{r:medisch maatschappelijk werker}} [[p:Judith Vermaat]] ([[t:070-2104288]]) vraagt of het wijkteam bekend is met dit gezin en wil graag overleg voor ontslag. Zaaknummer JKZ [[k:#55120]].
~~~~
Hoi [[p:Judith]], ja we kennen het gezin, [[p:Hajar]] van ons team is betrokken sinds de zomer. Zij belt je vandaag na 13.00 uur. Goed dat je meldt. Gr [[p:Kim]], {{r:teamcoördinator}}
~~~~
goeiemorgen [[p:Rutger]], hier de gegevens voor de aanvraag bewind voor mijn broer, zoals je vroeg. ik heb het van zijn papieren overgetypt dus hopelijk klopt het.

naam: [[p:Rinaldo Kromodimedjo]]
geboren: [[d:24 december 1977]] in Paramaribo
bsn: [[b:§BSN§]]
adres: [[a:Westeinde 119-D]], [[pc:2512 GV]]
bank: [[i:§IBAN_:ASNB§]] ({{o:ASN}})
uitkering: {{o:UWV}} WIA sinds [[d:1-6-2019]]
schulden: {{o:Eneco}}, {{o:CZ}}, huurachterstand {{o:Vestia}} (klantnr [[k:0033 1902 7]]), {{o:CJIB}} 3 boetes, en een lening bij een vriend

hij heeft een herseninfarct gehad en kan niet meer goed plannen. hij vindt het goed dat ik dit stuur, hij tekent zelf bij de rechter. ik ben [[p:Sandra]], [[t:06 4120 8833]]
~~~~
ja goeiemiddag. ik ben [[p:ton de hoop]]. ik wil niet lastig zijn maar de {{o:thuiszorg}} komt nooit meer op de tijd die ze zeggen. soms 7 uur soms 11 uur. ik moet met mijn ontbijt wachten vanwege de insuline. het gaat om {{o:Florence}} team {{w:Loosduinen}}. mijn dochter [[p:marion]] zegt ik moet klagen bij jullie. ik woon [[a:Kijkduinsestraat 612]], nummer [[t:070 397 41 18]]. dank
~~~~
Hallo,
Ik wil graag een melding maken over een meisje in onze klas (ik ben {{r:docent}} op het {{o:Zuid-West College}}). [[p:Anisa]] ([[d:12-3-2008]]) heeft me vandaag verteld dat ze thuis niet meer mag komen van haar vader na een ruzie over haar vriend. Ze slaapt nu bij een vriendin, [[p:Bo Visser]], in {{w:Waldeck}}. Ze is 17. Moeder heet [[p:Elvira Hoxha]], vader [[p:Arben Hoxha]], adres [[a:Loosduinse Hoofdstraat 280]]. Ik heb het ook gemeld bij onze {{r:zorgcoördinator}} meneer [[p:Lambrechts]]. Wie kan ik bellen?
[[p:Evelien Jacobs]], [[e:e.jacobs@zwcollege.nl]]
~~~~
hoi [[p:Evelien]], dank voor de melding. Omdat [[p:Anisa]] nog 17 is, zet ik dit door naar het {{o:Jeugdteam}} {{w:Loosduinen}}. Mijn collega [[p:Roel]] belt je vandaag. Kun je [[p:Anisa]] alvast vertellen dat er iemand contact opneemt? gr [[p:Sevda]]
~~~~
HELP mijn moeder heeft geen stroom!!! {{o:Eneco}} heeft gisteren afgesloten. ze is 74 en heeft zuurstofapparaat!!!! ik ben [[p:farida]], mijn moeder [[p:zainab el hadioui]], [[a:Wingerdstraat 31]], {{w:Bomenbuurt}}. klantnummer eneco [[k:109 556 4812]]. ze hebben nooit gebeld. ik bel al 2 uur met eneco maar ik hang in de wacht. [[t:06 41 09 32 77]]
~~~~
[[p:Farida]], ik bel nu met de storingslijn van Eneco en met de netbeheerder. Bij medische apparatuur mogen ze niet afsluiten. Is je moeder nu bij jou? Zo niet, blijf bij haar. Ik bel je binnen 15 min terug. [[p:Sander]]
~~~~
Beste wijkteam,
Ik ben [[p:Marta Kowalska]] en ik heb een vraag over mijn huurtoeslag. Op [[d:18 februari]] heb ik een brief gekregen dat ik € 1.940 moet terugbetalen over het jaar 2023, omdat mijn inkomen hoger was. Maar ik heb in 2023 maar 4 maanden gewerkt, daarna was ik zwanger en werkloos. Mijn dochter [[p:Zofia]] is geboren op [[d:30 september 2023]]. Ik denk dat de Belastingdienst het verkeerde inkomen heeft. Kenmerk brief: [[k:1902.44.017.H.23]]. Ik woon op [[a:Rijnstraat 44-C]], [[pc:2515 XP]]. Kunnen we samen bezwaar maken? Mijn nummer is [[t:06 8713 2046]].
Dziękuję, [[p:Marta]]
~~~~
Goedemiddag, via de balie van {{o:Servicepunt XL}} {{w:Escamp}} kwam vandaag mevrouw [[p:Hawa Koroma]] (1961?? weet niet precies, zij zegt 60+) met een envelop vol ongeopende post. Zij woont op [[a:Dedemsvaartweg 1221]] en is volgens haarzelf bekend bij jullie via [[p:Yvonne]]. Ik heb de post in een map gedaan en zij komt morgen terug. Haar nummer: [[t:0621447390]]. Kunnen jullie haar bellen? Groet, [[p:Wesley]], {{r:baliemedewerker}}
~~~~
bon dia [[p:yvonne]]!! mi ta [[p:hawa]] 🙏🏿 [[p:wesley]] van de {{o:servicepunt}} zegt jullie bellen mij. ik kan morgen de hele dag. danki danki
~~~~
hallo, ik ben [[p:naveed]] ik woon met mijn vrouw en 3 kinderen in een kamer bij mijn zwager op [[a:Weissenbruchstraat 271]]. wij zijn uit pakistan 1 jaar hier, mijn vrouw is nederlands ([[p:amina]], zij is geboren hier). wij staan op de wachtlijst voor woning maar 9 jaar wachten zeggen ze. kinderen slapen op de grond. school zegt [[p:hamza]] (8) is altijd moe. kan urgentie? email [[e:naveed.akhtar86@gmail.com]]
~~~~
Goedemorgen [[p:Naveed]], dank voor je bericht. Urgentie aanvragen kan bij de {{o:gemeente}}, maar de regels zijn streng. Ik kijk graag met jullie naar alle mogelijkheden. Kunnen jullie [[d:maandag 14 oktober]] om 16.00 uur naar {{o:wijkcentrum Bernadette}} komen? Breng de inschrijfbewijzen van {{o:Woonnet Haaglanden}} mee. Groet, [[p:Ilse de Graaf]]
~~~~
ik ben zo blij!!! 🥳🥳 vandaag de sleutel gekregen van mijn nieuwe huis [[a:Erasmusweg 1504]]! zonder jullie was het nooit gelukt. [[p:priscilla]] en [[p:dewi]] jullie zijn engelen 😇 mijn nieuwe adres voor de post: [[a:erasmusweg 1504]], [[pc:2532 CT]]. groetjes [[p:nathalie]] en de meiden
~~~~
Beste mevrouw [[p:Rietveld]],

Hierbij de vervolgafspraken zoals besproken:
- [[d:dinsdag 4 maart]]: samen naar {{o:UWV}} (afspraak 11.15 uur, mw. [[p:Sarmo]])
- [[d:donderdag 6 maart]]: {{r:budgetcoach}} [[p:Frits]] komt thuis voor de administratie
- [[d:12 maart]]: evaluatie met [[p:Tessa]] ({{o:GGZ}}) en mij
Uw dossiernummer bij ons is [[k:SWT-ESC-2025-0091]], dat kunt u noemen als u belt.

Met vriendelijke groet,
[[p:Rutger Smit]], {{r:casusregisseur}}
~~~~
wat zeg je ze nu weer 🙄 ik heb al 3 keer mijn bankafschriften gestuurd naar de gemeente. [[p:thomas]] zegt dat ze het niet hebben. ik heb ze gemaild naar [[e:thomas.hendriks@denhaag.nl]] op [[d:12 jan]], [[d:20 jan]] en [[d:2 feb]]. ik word er gek van. [[p:patricia]]
~~~~
Hallo [[p:Patricia]], vervelend! Ik heb het nagevraagd: de mails zijn binnen maar niet aan je dossier gekoppeld omdat je dossiernummer er niet bij stond. Het nummer is [[k:WI-2024-339128]]. Ik heb het nu laten koppelen. Je hoeft niks opnieuw te sturen. Gr [[p:Thomas]]
~~~~
hallo, [[p:murat]] hier van de moskee {{o:Mevlana}}. er is een oudere man die elke dag bij ons komt eten, [[p:hasan]] amca. hij is 80 en woont alleen op [[a:Vaillantlaan 81-B]] sinds zijn vrouw [[p:fatma]] overleden. zijn kinderen zijn in duitsland. hij vergeet steeds dingen, gisteren stond hij 's nachts op straat in pyjama. wie kan er met hem praten? hij spreekt alleen turks. [[t:06 44 20 61 03]]
~~~~
Goedemorgen [[p:Murat]], dank u wel. Mijn collega [[p:Gül]] spreekt Turks en is ook {{r:casemanager dementie}}. Zij neemt contact met u op om samen bij [[p:Hasan]] bey langs te gaan. Vriendelijke groet, [[p:Laura]]
~~~~
mijn zoon heeft vandaag de dagvaarding gekregen. "Zaaknummer: [[k:C/09/668812]] / HA ZA [[k:24-415]]. [[p:De Rooij]] tegen [[p:J.M. van Beek]]". het gaat om een lening van zijn ex-schoonvader, 12.000 euro. hij heeft geen geld voor advocaat. is er gratis {{r:advocaat}}? ik ben zijn moeder, [[p:Gerda van Beek]], [[t:0703654410]]
~~~~
selam, my name is [[p:yonas tesfamariam]]. i came from eritrea 2022. my wife [[p:senait]] and children are now in ethiopia, family reunification is approved by {{o:IND}}, they come on [[d:28 March]]. vnummer [[k:V-3102887714]]. but my house is one room, on [[a:Zusterstraat 15-3]]. i need bigger house and beds for 4 children. please help. phone [[t:06 3394 7752]]
~~~~
Hi [[p:Yonas]], congratulations that your family is coming! I am [[p:Mirjam]] from the neighbourhood team. Let's meet on [[d:Thursday 6 March]] at 10:00 at {{o:Vluchtelingenwerk}}, together with your {{r:coach}} there. We will look at housing and at money for furniture (bijzondere bijstand). Best, [[p:Mirjam]]
~~~~
Goedenavond, excuus voor het late tijdstip. Mijn schoonmoeder mevrouw [[p:Ramlal-Bihari]] (84) is vanmiddag gevallen en ligt nu op de SEH van het {{o:HMC}}. Ze woont alleen op [[a:Jan van Riebeekstraat 99]] en heeft een alarmknop via {{o:Haagse Wijk- en Woonzorg}}. Na ontslag kan ze echt niet meer alleen thuis. Wie regelt dat? Ik ben [[p:Anand]], [[e:anand.ramlal@kpnplanet.nl]], [[t:06 2288 9041]].
~~~~
Dag [[p:Anand]], sterkte. De {{r:transferverpleegkundige}} van het ziekenhuis regelt het tijdelijk verblijf na ontslag (eerstelijns verblijf). Daarna kijken wij samen met u en uw schoonmoeder naar thuis of een indicatie. Ik bel u morgen. Groet, [[p:Tineke]] ({{r:ouderenconsulent}})
~~~~
goedemiddag mevrouw [[p:Koster]],

sorry voor lange mail. u vroeg mij alles op te schrijven wat er is gebeurd met de huur, hier is het.

in januari 2024... nee eerst: ik ben [[p:Dragan Petrović]], ik woon met mijn zoon [[p:Luka]] op [[a:Neherkade 2040]], [[pc:2521 VD]]. tot vorig jaar werkte ik bij de bouw maar ik heb een ongeluk gehad op [[d:8 mei 2023]], rug gebroken. werkgever heeft mij ontslagen na de proeftijd van het nieuwe contract. {{o:UWV}} zegt geen WW, omdat ik te kort werkte. van de gemeente kreeg ik pas bijstand vanaf [[d:1 november 2023]]. in de tussentijd heb ik geen huur betaald, 6 maanden. {{o:Staedion}} heeft een regeling voorgesteld van 250 per maand maar dat kan ik niet, ik heb 1.150 euro per maand voor alles. nu is er een brief van de deurwaarder Mr. [[p:Hoogeveen]], dossier [[k:HV24/00718]], dat er op [[d:18 juni]] een zitting is. mijn bankrekening is [[i:§IBAN_§]], daar komt de bijstand op. ik ben bang dat ze die blokkeren.

ik kan elke dag behalve dinsdag (fysio). [[t:06 3402 8117]]

groet, [[p:Dragan]]
~~~~
Beste [[p:Dragan]], dank voor de duidelijke uitleg, dit helpt echt. Ik heb de {{r:schuldhulpverlener}} van de {{o:Kredietbank}} gevraagd om met spoed een moratorium (een tijdelijke stop) aan te vragen bij de rechter, zodat de ontruiming niet doorgaat. Daarvoor heb ik nodig: uw laatste 3 bankafschriften, de brief van de bijstand, en de brief van [[p:Hoogeveen]]. Kunt u die morgen ([[d:woensdag 29 mei]]) brengen naar ons kantoor aan de Hengelolaan 150? Ik ben er vanaf 9 uur. Tot morgen, [[p:Lieke Koster]] ({{r:maatschappelijk werker}}, {{o:SWT}} {{w:Escamp}})
~~~~
Goedenavond wijkteam,

Ik schrijf jullie omdat ik niet meer weet waar ik moet beginnen. Ik ben [[p:Kiran Jagessar]], 41, moeder van drie ([[p:Devika]] 15, [[p:Arjun]] 11, [[p:Mira]] 6). Mijn man [[p:Vikash]] is in augustus vertrokken. Hij had alles op zijn naam: de bank, de energie, het internet. Nu krijg ik brieven van {{o:Essent}}, {{o:KPN}} en de {{o:Belastingdienst}} want de kinderopvangtoeslag is gestopt. Ik werk 24 uur als {{r:doktersassistente}} en verdien net te veel voor bijstand, zeggen ze, maar ik houd na de huur (€ 980) bijna niks over. Op [[d:2 oktober]] heb ik een aanvraag gedaan bij de gemeente voor bijzondere bijstand (aanvraagnummer [[k:BB2024-118473]]) maar ik heb nog niks gehoord. Mijn BSN is [[b:§BSN§]] als jullie dat nodig hebben. Adres: [[a:Hoefkade 811]], [[pc:2526 CR]]. Ik ben bereikbaar via mail [[e:kiran.jagessar@gmail.com]] of na 18.00 uur op [[t:06-19 88 42 36]].

Met vriendelijke groet,
[[p:Kiran]]
~~~~
[[[d:22-11-2024]] 17:41] [[p:Lotte]] SWT: Hoi [[p:Jordy]], zoals beloofd: je leefgeld komt vanaf nu op maandag in plaats van vrijdag. Dat heb ik met [[p:De Vries]] afgesproken.
[[[d:22-11-2024]] 17:58] [[p:Jordy]]: serieus?? top
[[[d:22-11-2024]] 17:58] [[p:Jordy]]: en die 30 euro voor reiskosten
[[[d:22-11-2024]] 18:03] [[p:Lotte]] SWT: Die komt er extra bij, vanaf [[d:2 december]]. Hou wel je bonnetjes bij.
[[[d:25-11-2024]] 09:12] [[p:Jordy]]: [[p:lotte]] het is maandag en er staat niks op mijn rekening [[i:§iban§]] 😡
[[[d:25-11-2024]] 10:30] [[p:Lotte]] SWT: Ik heb net gebeld, het gaat vandaag nog de deur uit, morgen staat het erop. Sorry!
~~~~
Geachte heer/mevrouw,

Namens de {{o:Haagse Kredietbank}} (GKB) bevestig ik dat de heer [[p:Abdirizak Hussein]], geboren [[d:11 november 1983]], wonende [[a:Zuiderparklaan 94]], [[pc:2574 HN]] te 's-Gravenhage, per [[d:1 februari 2025]] is toegelaten tot het minnelijk schuldhulptraject. Het dossiernummer bij de GKB is [[k:GKB-2025-00412]]. Zijn budgetbeheerrekening: [[i:§IBAN_§]]. De vaste lasten worden vanaf deze rekening betaald.

Wij verzoeken het wijkteam de begeleiding voort te zetten, in het bijzonder rond de administratie en de contacten met {{o:Haagwonen}}.

Met vriendelijke groet,
drs. [[p:M.]] ([[p:Mariska]]) [[p:Tjon]]
{{r:schuldhulpverlener}}, {{o:GKB}}
[[t:070 353 77 12]]
~~~~
oké dit is heel lang sorry 😅 maar [[p:daan]] zei ik moet alles sturen. dus:

1) brief van {{o:DUO}}, [[d:10 okt]]: ik moet 97 euro per maand terugbetalen voor studieschuld, klantnummer [[k:2230411-07]]. ik ben gestopt met studie in 2021.
2) brief van {{o:Zilveren Kruis}}, [[d:14/10/2024]]: 4 maanden premie achterstand, 548 euro, relatienummer [[k:117 448 903]].
3) sms van {{o:Klarna}}: 3 betalingen open, 211 euro
4) sms van een incasso die ik niet ken: "Betaal € 89,95 voor [[d:31-10]] o.v.v. [[k:CB-9938102]]" is dat nep??

ik werk in de horeca, wisselend 600-1100 per maand. ik woon nog bij mijn moeder op [[a:Goudenregenstraat 240]]. ik ben [[p:Joëlle Baptiste]], 24, [[t:06 5203 1197]]
~~~~
Hey [[p:Joëlle]], super dat je alles op een rij zet! Nummer 4 lijkt inderdaad nep (phishing), niet betalen en niet op links klikken. Voor DUO kunnen we een draagkrachtmeting aanvragen, dan betaal je misschien veel minder of zelfs niks. Zilveren Kruis: daar maken we een regeling. Ik plan je in bij [[p:Daan]] op [[d:vr 8 nov]] om 15.00. Neem je loonstroken van de laatste 3 maanden mee. Gr [[p:Noor]] (collega van [[p:Daan]])
~~~~
Goedemorgen [[p:Inge]],

Zoals beloofd de samenvatting van de brief van de rechtbank die mijn vader gisteren kreeg, hij heeft hem aan mij voorgelezen via de telefoon:

"Beschikking van de kantonrechter te 's-Gravenhage van [[d:27 augustus 2024]], zaaknummer [[k:10998217]] EJ VERZ [[k:24-2204]]. De kantonrechter stelt de goederen die toebehoren aan [[p:Cornelis Johannes]] ([[p:Kees]]) [[p:Bakker]], geboren op [[d:6 juni 1944]] te Den Haag, onder bewind en benoemt tot {{r:bewindvoerder}}: [[p:Alexander Bakker]], wonende te Leiden."

Dat ben ik dus. Wat moet ik nu als eerste doen? De pensioenen van mijn vader komen bij {{o:ABN AMRO}} binnen op [[i:§IBAN:ABNA§]]. Moet ik een nieuwe rekening openen? Ik heb nog nooit zoiets gedaan.

Hartelijke groet,
[[p:Alex Bakker]]
[[t:06 1155 3072]]
~~~~
Beste [[p:Alex]], goed dat u dit oppakt. Als eerste: de beschikking sturen naar de bank van uw vader, zij zetten de rekening dan op "onder bewind". U heeft een beheerrekening nodig op naam van uw vader, daar kan de bank bij helpen. Daarna maakt u binnen 3 maanden een boedelbeschrijving. Op de site van de rechtspraak staat een handig overzicht. Bel gerust als u vastloopt, [[p:Inge]] ([[t:06-30 18 42 55]])
~~~~
hallo ik ben [[p:Zeynep Arslan]] 👋 ik ben 19 en ik woon sinds kort alleen (ik ben uit huis gegaan door problemen thuis, {{o:Veilig Thuis}} weet ervan). ik heb een kamer bij mevrouw [[p:Smit]], [[a:Paets van Troostwijkstraat 19]], [[pc:2522 DK]] maar zij wil dat ik ingeschreven sta zodat zij geen problemen krijgt met haar toeslag. maar als ik me inschrijf krijgt zij minder toeslag. snap het niet. ik heb ook geen zorgverzekering want dat regelde mijn vader altijd. ik werk bij {{o:Action}} 16 uur. mijn bsn is [[b:§BSN_§]], mijn rekening [[i:§IBAN_§]]. ik wil graag hulp met al deze dingen. mijn nummer is [[t:06 2287 9930]], liever appen dan bellen want ik heb paniek aanvallen bij bellen 🙈
~~~~
Hoi [[p:Zeynep]], knap dat je dit allemaal zelf uitzoekt! Ik app je, geen zorgen 🙂 Eerst de zorgverzekering, dat is het belangrijkste, dat kan deze week nog online en je krijgt zorgtoeslag. Over de inschrijving: je bent verplicht je in te schrijven, maar we kijken of je als kamerhuurder telt zodat het de toeslag van mevrouw [[p:Smit]] niet raakt. Zullen we [[d:dinsdag 19 november]] om 16.30 afspreken in de {{o:bibliotheek Escamp}}? Gr [[p:Yasmina]], {{r:jongerencoach}}
~~~~
Goedenavond,

Ik ben [[p:Abdullahi Farah]] en ik schrijf voor mijn moeder mevrouw [[p:Faadumo Cali]] (BSN [[b:§BSN.§]]). Zij is vorige week naar Somalië vertrokken voor de begrafenis van haar broer en komt pas over 3 maanden terug. Nu heeft ze een brief van de {{o:SVB}} gekregen: "Uw AOW wordt opgeschort omdat u langer dan 13 weken buiten Nederland verblijft" en een brief van de gemeente over de AIO, kenmerk [[k:AIO/2025/88104]]. Ze woont op [[a:Loosduinseweg 1044]] in {{w:Moerwijk}}. Mag ik namens haar bellen? Ik heb een volmacht die zij heeft getekend op [[d:3 maart 2025]]. Mijn telefoon: [[t:+31 6 1839 4406]], e-mail [[e:abdullahi.farah@live.com]].

Mahadsanid,
[[p:Abdullahi]]
~~~~
Goedemiddag [[p:Abdullahi]], met een getekende volmacht mag u namens uw moeder contact opnemen, neem die mee. Let op: bij de AIO geldt een maximale verblijfsduur in het buitenland van 4 weken per jaar, anders wordt de uitkering gestopt. Het is belangrijk dat we dit snel aan {{o:Werk en Inkomen}} doorgeven. Zullen we [[d:do 13-3]] om 10.00 uur afspreken? Groet, [[p:Pieter]]
~~~~
hi. i write for my friend [[p:iulia]], she dont speak dutch or english well. she works in the greenhouse in westland for agency "flexwork", they pay her cash, no contract. she lives with 8 people in house at [[a:Vlaskamp 91]]. the boss of the house, a man called [[p:Cosmin]], took her passport and says she owes him 1200 euro for transport and room. she is scared. is this allowed? i think this is not normal. she has phone [[t:+40 723 441 908]]. please dont tell [[p:Cosmin]] that we wrote you. [[p:Elena Radu]]
~~~~
Dear [[p:Elena]], thank you for writing. This is serious: taking a passport is not allowed and this may be labour exploitation. I will contact our colleague who works with {{o:FairWork}} and the {{o:Inspectie SZW}} contact point. Nobody will tell the boss. Can [[p:Iulia]] meet us in a safe place, maybe with you? Best regards, [[p:Hanna]] ({{r:maatschappelijk werker}})
~~~~
goedemorgen. ik ben de buurman van [[p:kees]] en [[p:marja]] op [[a:Fazantstraat 26]]. [[p:marja]] is sinds kerst in het verpleeghuis en [[p:kees]] is nu alleen. hij heeft beginnende dementie denk ik. gisteren heeft hij 2x bij mij aangebeld om te vragen waar [[p:marja]] was. ik wil graag helpen maar ik weet niet hoe. hun dochter [[p:Carla]] woont in Canada. ik ben [[p:Bert Vermeulen]], [[t:070 363 01 88]]
~~~~
hallo, de koster van onze kerk (de {{o:Bethelkerk}}) zei dat ik jullie moest mailen. ik ben [[p:Wilma Kok]], 66 jaar, en sinds mei zorg ik alleen voor mijn man [[p:Henk]] die parkinson heeft. ik slaap slecht want hij moet 's nachts 3 keer naar de wc. onze kinderen wonen ver weg. ik hoop dat er iemand is die mij een paar uur in de week kan aflossen, een vrijwilliger of {{o:respijtzorg}}. wij wonen op [[a:Erica-straat 17 A]]... sorry [[a:Ericastraat 17A]], [[pc:2565 VC]]. telefoon [[t:(070) 345 67 89]], of mijn mobiel [[t:0031 6 4198 2233]]. met vriendelijke groet, [[p:wilma]]
~~~~
Beste mevrouw [[p:Kok]], wat fijn dat u ons mailt. Ik ben [[p:Bart]], {{r:mantelzorgconsulent}} bij {{o:Stichting Mantelzorg Den Haag}}. Ik bel u donderdagochtend om een keer langs te komen, dan bespreken we wat u helpt: een vrijwilliger, dagbesteding voor [[p:Henk]] of logeeropvang. Hartelijke groet, [[p:Bart]] – [[t:+31(0)6-48 11 20 73]]
~~~~
Fwd: Uw aanvraag individuele inkomenstoeslag

---------- Doorgestuurd bericht ---------
Van: {{o:Gemeente Den Haag}} <noreply@denhaag.nl>
Datum: [[d:2025-01-14]]
Aan: [[e:r.oudshoorn1969@gmail.com]]

Geachte heer [[p:Oudshoorn]],
Wij hebben uw aanvraag individuele inkomenstoeslag ontvangen op [[d:3-1-'25]]. Uw aanvraagnummer is [[k:IIT-25-001877]]. U ontvangt binnen 8 weken een besluit.
---------

Hoi [[p:Esther]], is dit goed? ik had hem gedaan met jou in de bieb. of moet ik nog iets doen? gr [[p:rob]]
~~~~
Hoi [[p:Rob]], ja helemaal goed! Nu wachten. Als je over 8 weken niks hebt gehoord, stuur me dan een berichtje. Gr [[p:Esther]]
~~~~
hallo met [[p:ayaan]]. mijn broer [[p:liban]] heeft een brief gekregen van de rechtbank voor een zitting op [[d:15 mrt '24]] maar hij zit in het buitenland. de zaak is over een boete van {{o:RET}}? nee van het {{o:OV-bureau}}. er staat "parketnummer [[k:09/178443-23]]". mag ik voor hem gaan? ik ben 22. hij woont normaal op [[a:Stuwstraat 61]]. [[t:06-1234 8791]]
~~~~
hey jullie, kort vraagje: krijg ik nog die vergoeding voor de bril? [[p:sem]] zei de aanvraag was gedaan op [[d:20/9]]. het is nu bijna kerst 🎄. nummer was [[k:#48812]] of zoiets. [[p:kevin]] [[a:Jupiterkade 104]]
~~~~
Hoi [[p:Kevin]], ik heb het nagekeken: de vergoeding is toegekend en wordt voor [[d:31 december]] overgemaakt. [[p:Sem]] is met verlof, vandaar dat je niks hoorde. Fijne feestdagen! [[p:Ruud]]
~~~~
Naam: [[p:Liang Hu]]
Telefoon: [[t:06 71 88 20 34]]
E-mail: [[e:lianghu.dh@163.com]]
Adres: [[a:Gedempte Gracht 58-2]], [[pc:2512 BH]]
Bericht: 你好. ik heb restaurant gehad maar gesloten door corona en nu nog belastingschuld bij {{o:Belastingdienst}} van 18.000. mijn vrouw [[p:Hu Mei]] en ik zijn 63 en 61. wij krijgen binnenkort AOW maar nog niet. onze zoon [[p:Kevin Hu]] helpt met brieven maar hij woont in Utrecht. kan iemand ons helpen met een regeling? de ontvanger zegt iets over "kwijtschelding" en "dwangbevel [[k:8321.44.502.A.01.6091]]". dank u
~~~~
goeie morgen [[p:Sharifa]], hier [[p:Shirley]]. ik wou zeggen dat de man van de {{o:gemeente}} er was voor de huisbezoek van de bijstand. hij vroeg waarom er mannenschoenen bij de deur staan. dat zijn van mijn zoon [[p:Jermaine]] van 16!!! hij heeft maat 45. ik hoop niet dat ze nu denken dat ik samenwoon. bezoek was op [[d:dinsdag 12 november]] om 10 uur. hij heette de heer [[p:Zwart]] of [[p:Zwarts]]. mi ta bon, danki pa tur 🙏
~~~~
Hoi [[p:Shirley]], dank dat je het meteen meldt. Ik schrijf het in je dossier, en als er een brief komt helpen we met uitleg. Een zoon van 16 in huis is natuurlijk geen samenwonen 🙂. Groet [[p:Sharifa]]
~~~~
goedemiddag, ik ben [[p:Nikolai Dimitrov]], ik heb een vraag over de brief die ik heb gekregen van de deurwaarder. er staat: "Betekening vonnis. Datum betekening: [[d:2024-10-07]]. Uw gegevens: [[p:N. Dimitrov]], geb. [[d:14.02.1990]], [[a:Elandstraat 155-III]], [[pc:2513 GR]] 's-Gravenhage. Vordering: € 2.311,84 inzake {{o:Vodafone}}. Dossiernr: [[k:2024/VF/10337]]." ik heb dat abonnement al 2 jaar opgezegd!! ik heb het bewijs nog in mijn mail. ik heb ook nooit een dagvaarding gehad. kan ik nog iets doen? mail [[e:nikolai.dimitrov90@abv.bg]], tel [[t:+359 87 551 2040]] of [[t:06 4410 0738]]
~~~~
Beste [[p:Nikolai]], als u nooit een dagvaarding heeft ontvangen, kunt u mogelijk verzet doen. Dat moet binnen 4 weken na de betekening, dus uiterlijk begin november. Ik maak direct een afspraak voor u bij het {{o:Juridisch Loket}}. Stuur mij alvast het bewijs van opzegging door. Met vriendelijke groet, [[p:Marieke de Roos]], {{r:sociaal raadsvrouw}}
"""

# ---------------------------------------------------------------------------
# Engine: markup -> clean text + spans.  Deterministic (seeded RNG for BSN/IBAN).
# Markup:  [[x:text]] personal data, {{y:text}} context to keep.
#   x: p person, b bsn, t phone, e email, i iban, pc postcode, a address,
#      d date, k dossier
#   y: w wijk, o org, r role
# Placeholders inside markup: §BSN§ (plain), §BSN.§ (1234.56.782), §BSN_§ (123 456 782)
#   §IBAN§ compact upper, §IBAN_§ grouped upper, §iban§ compact lower, §iban_§ grouped lower;
#   an optional bank code fixes the bank: §IBAN_:INGB§
# ---------------------------------------------------------------------------
import json
import os
import random
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
    "k": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

RNG = random.Random(6868)
BANKS_NL = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB", "RBRB"]


def make_bsn():
    while True:
        d = [RNG.randint(1, 9)] + [RNG.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10:
            d.append(last)
            num = "".join(map(str, d))
            assert bsn_ok(num)
            return num


def bsn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    if len(digits) != 9:
        return False
    s = sum(x * w for x, w in zip(digits[:8], range(9, 1, -1))) - digits[8]
    return s % 11 == 0


def iban_check(country, bban):
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return 98 - int(numeric) % 97


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    rearranged = s[4:] + s[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


def make_iban(bank=None):
    bank = bank or RNG.choice(BANKS_NL)
    acct = "".join(str(RNG.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    cd = iban_check("NL", bban)
    iban = "NL%02d%s" % (cd, bban)
    assert iban_ok(iban)
    return iban


def fill(m):
    kind = m.group(1)
    if kind.startswith("BSN"):
        v = make_bsn()
        if kind == "BSN.":
            return v[:4] + "." + v[4:6] + "." + v[6:]
        if kind == "BSN_":
            return v[:3] + " " + v[3:6] + " " + v[6:]
        return v
    v = make_iban(m.group(2))
    if kind.endswith("_"):
        v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    if kind.startswith("iban"):
        v = v.lower()
    return v


PLACE = re.compile(r"§(BSN\.|BSN_|BSN|IBAN_|IBAN|iban_|iban)(?::([A-Z]{4}))?§")
MARK = re.compile(r"\[\[(p|b|t|e|i|pc|a|d|k):(.+?)\]\]|\{\{(w|o|r):(.+?)\}\}", re.S)


def parse(raw):
    raw = PLACE.sub(fill, raw)
    out, pii, keep = [], [], []
    pos, n = 0, 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        n += len(raw[pos : m.start()])
        if m.group(1):
            lab, txt, target = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, target = KEEP[m.group(3)], m.group(4), keep
        target.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    return text, pii, keep


def verify(rec):
    t = rec["text"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda s: (s["start"], s["end"]))
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip(), (rec["id"], s)
        assert s["text"], rec["id"]
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], ("overlap", rec["id"], a, b)
    for s in rec["pii"]:
        if s["label"] == "bsn":
            assert bsn_ok(s["text"]), s
        if s["label"] == "iban":
            assert iban_ok(s["text"]), s
    assert rec["pii"], ("no pii", rec["id"])
    for marker in ("[[", "{{", "}}", "§"):
        assert marker not in t, (rec["id"], marker)


# Context terms marked once by hand are marked at every other free occurrence too,
# so that "keep" lists all readable context, not only the first mention.
EXTRA_KEEP = [
    ("role", "deurwaarder"),
    ("org", "wijkteam"),
    ("role", "huisarts"),
    ("role", "bewindvoerder"),
    ("org", "gemeente"),
    ("role", "tolk"),
    ("role", "kantonrechter"),
    ("org", "rechtbank"),
]


def complete_keep(recs):
    terms = {}
    for r in recs:
        for s in r["keep"]:
            terms.setdefault(s["text"].lower(), s["label"])
    for lab, t in EXTRA_KEEP:
        terms.setdefault(t, lab)
    items = sorted(
        ((t, l) for t, l in terms.items() if not t.isdigit()), key=lambda x: (-len(x[0]), x[0])
    )
    for r in recs:
        text = r["text"]
        taken = [0] * len(text)
        for s in r["pii"] + r["keep"]:
            for k in range(s["start"], s["end"]):
                taken[k] = 1
        for t, lab in items:
            flags = 0 if len(t) < 4 else re.I
            pat = re.compile(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", flags)
            if len(t) < 4:
                pat = re.compile(r"(?<![\w-])" + re.escape(t.upper()) + r"(?![\w-])")
            for m in pat.finditer(text):
                if any(taken[m.start() : m.end()]):
                    continue
                r["keep"].append(
                    {"start": m.start(), "end": m.end(), "label": lab, "text": m.group()}
                )
                for k in range(m.start(), m.end()):
                    taken[k] = 1
        r["keep"].sort(key=lambda s: s["start"])


def main():
    texts = [x.strip("\n") for x in RAW.split("\n~~~~\n")]
    texts = [x for x in texts if x.strip()]
    recs = []
    for i, raw in enumerate(texts):
        text, pii, keep = parse(raw)
        recs.append({"id": "ho68-%04d" % i, "text": text, "pii": pii, "keep": keep})
    complete_keep(recs)
    for rec in recs:
        verify(rec)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout68.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = sum(len(r["text"].split()) for r in recs)
    tot = sum(pc.values())
    print("texts", len(recs), "words/text %.1f" % (words / len(recs)))
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc.most_common()))
    print("written", path)


if __name__ == "__main__":
    main()
