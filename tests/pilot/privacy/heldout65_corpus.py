#!/usr/bin/env python3
"""Held-out corpus 65: messages written by clients and their family to their
care worker (SMS, WhatsApp, contact forms, e-mails) in imperfect Dutch, plus the
care worker's short replies. Writes heldout65.jsonl next to this script.

Markup: [[lab:text]] = personal data, {{lab:text}} = context that must stay.
Aliases: p person, b bsn, t phone, e email, i iban, pc postcode, a address,
d date, k dossier | w wijk, o org, r role.
"""

import json
import os
import re
import sys

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

TEXTS = []
# ---- batch 1: whatsapp / sms from clients, some with replies ----
TEXTS += [
    r"""hoi [[p:marloes]] met [[p:hodan]] hier 🙏 ik heb weer brief van {{o:cjib}} gekregen ik snap niet wat staat er. kenmerk is [[k:8841 2209 6613 0075]] en moet betalen voor [[d:28 mei]] anders komt verhoging. ik heb geen geld deze maand mijn zoon [[p:abdirahman]] heeft nieuwe schoenen nodig voor school. kan jij helpen aub? morgen ben ik heel dag thuis

Hoi [[p:Hodan]], stuur je een foto van de brief? Dan bel ik het {{o:CJIB}} voor een betalingsregeling. Donderdag kom ik langs rond 11 uur. Gr [[p:Marloes]]""",
    r"""goede morgen mevrouw [[p:Sandra]] ik ben [[p:Emine Kaya]] de moeder van [[p:Burak]]. de dokter heeft gezegt dat ik moet naar {{o:Parnassia}} maar ik wil niet zonder jou gaan. afspraak is [[d:dinsdag 14 mei]] om half 10 op de {{o:Parnassia}} locatie in {{w:Bezuidenhout}}. kan u mee? mijn man werkt altijd. telefoon van mij is nieuw [[t:06 41 27 88 03]] 😊""",
    r"""Ja hoor [[p:Emine]], ik ga mee op [[d:14 mei]]. Ik haal je om 9 uur op bij de [[a:Wouwermanstraat 61-II]]. Groetjes [[p:Sandra]] ({{r:maatschappelijk werker}})""",
    r"""[[p:jeroen]] de deurwaader was vandaag weer hier 😭😭 hij zegt beslag op mijn loon. ik heb gezegt dat ik wijkteam heb en hij geeft nummer [[t:070 - 311 45 90]] van meneer [[p:de Haan]] van {{o:Flanderijn}}. dossier nummer is [[k:FL 2023 11 8847]]. ik wil regeling maken maar hun wil mijn voorstel niet""",
    r"""sorry ik bedoel hun wil 50 euro per maand niet hun wil 200. ik heb dat niet. bel jij ze aub? ik ben tot 3 uur op werk bij {{o:Albert Heijn}} in {{w:Moerwijk}}. groet [[p:Patrick]]""",
    r"""Hallo [[p:Nadia]] , ik heb de afspraak met het {{o:UWV}} verzet naar [[d:woensdag 3 juli]] 10:15 uur. Vergeet je je ID kaart en bankpas niet? Als je wil ga ik mee. Groet, [[p:Fleur]]

ok [[p:fleur]] dankjewel 👍 tot woensdag inshallah""",
    r"""Mevrouw [[p:Bakker]] u zei ik moet app sturen als probleem met verwarming. nu 4 dagen koud in huis en mijn dochter [[p:Roos]] is 2 jaar ze hoest heel veel. {{o:Staedion}} zegt monteur komt maar komt niet. mijn huurders nummer is [[k:0041-8823]] en adres is [[a:Melis Stokelaan 1422]] [[pc:2541 GH]]. help alstublieft 🙏🙏""",
    r"""Dank je voor je bericht [[p:Zeynep]]. Ik heb {{o:Staedion}} net gebeld (melding [[k:ST-5519203]]), de monteur komt morgen tussen 8 en 12. Ga je met [[p:Roos]] ook even langs de {{r:huisarts}} voor dat hoesten? [[p:Ingrid]] {{r:wijkverpleegkundige}}""",
    r"""Goedenavond. Ik ben [[p:Agnieszka]], moeder van [[p:Kacper]] (8) en [[p:Zuzia]] (5). Mijn buurman van beneden meneer [[p:Koster]] klopt elke avond op plafon met bezem en schreeuwen. Ik bang voor kinderen. Ik heb {{r:wijkagent}} gebeld maar niemand komt. Kan wijkteam iets doen? ik woon [[a:Zuidlarenstraat 88]] 2e etage. Dzięki 🙏""",
    r"""goeiemiddag [[p:rachid]] je moet weten dat mijn moeder in het {{o:HMC}} ligt sinds zaterdag. ze is gevallen in de douche. ik ben haar zoon [[p:Karim El Amrani]] en ik regel dingen nu. kan de {{o:thuiszorg}} komen als ze naar huis gaat? haar geboortedatum is [[d:12-09-1949]] en bsn [[b:371 351 601]] dat vroeg u vorig keer. mijn nummer [[t:0628855104]]""",
    r"""Hoi [[p:Karim]], beterschap voor je moeder. Ik zet een Wmo-aanvraag in en overleg met de {{r:transferverpleegkundige}} van het {{o:HMC}}. Laat je weten wanneer ze ontslag krijgt? Gr [[p:Rachid]]""",
    r"""heyy [[p:lotte]] 🙂 wil je nog weten hoe gaat met solliciteren. ik heb gesprek bij {{o:Hema}} op [[d:vrijdag de 21e]] 🥳🥳 mijn cv heb jij gemaakt dus dank dank dank. ook [[p:Mei]] gaat nu naar opvang bij juf [[p:Hanneke]] dus ik kan werken. groetjes [[p:Lin Xiaoyan]]""",
    r"""Beste [[p:Wendy]],
ik heb op [[d:2 april]] een brief gekregen van {{o:Intrum}} over een oude rekening van {{o:Ziggo}} van 412 euro. Dat is van mijn ex [[p:Rodney]] hij woonde toen bij mij op [[a:Jan Blankenstraat 17]]. Referentie nummer op de brief [[k:4O 1127 9934]] (ik weet niet is het O of nul). Ik wil dit niet betalen want het is niet van mij. Wat moet ik doen?
[[p:Shanti]]""",
    r"""Hoi [[p:Shanti]], goed dat je het meldt. Betaal nog niks. Neem de brief mee naar ons spreekuur in het {{o:Servicepunt XL}} {{w:Transvaal}}, dinsdagmiddag. Dan schrijven we samen een bezwaar. Groet [[p:Wendy]]""",
    r"""ik ben het [[p:henk]] van 3 hoog. ze hebben de deur van de berging weer open gebroken 😡 en mijn fiets is weg. de huisbaas [[p:Verbeek]] doet niks al 2 jaar niet. zijn nummer [[t:06-51 09 88 21]] neemt nooit op. ik wil verhuizen maar ik heb geen urgentie zeggen ze bij de {{o:gemeente}}. kun jij een brief schrijven voor mij""",
    r"""[[p:Samira]] ik zit in de wachtkamer bij de {{o:Sociale Dienst}} ze vragen mijn klantnummer en ik weet niet meer. is het [[k:720 33 914]]?? help snel 🙏""",
    r"""Ja klopt, [[k:72033914]]. Succes! [[p:S.]]""",
    r"""assalamu alaikum [[p:fatma]] abla. ik heb goed nieuws mijn zorgtoeslag komt weer. maar huurtoeslag nog niet, ze zeggen verander van adres niet goed is. nu sta ik nog op [[a:De la Reyweg 205 b]] maar ik woon sinds [[d:1 maart]] op [[a:Hengelolaan 640]] bij mijn broer [[p:Mustafa]]. postcode is [[pc:2545ch]]. kan je bellen naar {{o:belasting dienst}} met mij samen? ik spreek niet goed""",
    r"""Hai [[p:Elif]], morgen om 10:00 bel ik met jou naar {{o:Toeslagen}}. Houd je BSN en je huurcontract bij de hand. Tot morgen! [[p:Fatma]]""",
    r"""goede morgen mijn naam is [[p:Ghebremariam]] [[p:Semhar]] ik heb afspraak met u [[d:maandag 10 juni]] maar mijn kind [[p:Yonas]] is ziek koorts. kan ik andere dag? ik kan dinsdag of donderdag. sorry 🙏 ik heb geen beltegoed dus stuur whatsapp""",
    r"""Geen probleem [[p:Semhar]]. Wordt het donderdag [[d:13 juni]] om 13.30 bij jou thuis? Beterschap voor [[p:Yonas]]. [[p:Jolien]], {{o:SWT}} {{w:Laak}}""",
    r"""Yo [[p:Dennis]] ik ben met [[p:kevin]] van tante [[p:ria]] haar huis. ze wil niet dat ik bel maar ze eet niet meer en het stinkt hier. de post ligt opgestapeld ook van {{o:Eneco}} en van {{o:Vesting Finance}}. ze woont [[a:Soestdijksekade 312]]. ik weet niet wat ik moet doen bro ik ben haar neef. kan iemand gaan kijken?""",
    r"""Hoi [[p:Kevin]], fijn dat je me appt. Ik ga morgen samen met de {{r:wijkverpleegkundige}} bij je tante langs. Kun je me haar geboortedatum sturen en haar nummer? Dan bel ik eerst. [[p:Dennis]]

ok. [[d:3-2-1951]] en vaste lijn [[t:070 3 66 42 18]] maar ze pakt niet op""",
    r"""mevr [[p:vos]] ik heb alle papiere voor de schuldhulp verzameld maar loonstrook van januari mist nog. werkgever stuurt pas [[d:25 feb]]. is dat goed of moet ik wachten? mijn reknr voor als u vraagt is [[i:NL29 INGB 6505 8909 60]] 🙂 groet [[p:Mohammed Ouali]]""",
]
# ---- batch 2: contact forms and e-mails ----
TEXTS += [
    r"""Contactformulier {{o:Sociaal Wijkzorgteam}} {{w:Escamp}}
Naam: [[p:Dorota Kowalczyk]]
Adres: [[a:Loevesteinlaan 318]]
Postcode: [[pc:2533 PW]]
Telefoon: [[t:+48 512 330 918]]
E-mail: [[e:dorotakowal84@wp.pl]]
Uw vraag: ik heb hulp nodig met papieren van {{o:gemeente}} voor inschrijving. ik woon hier sinds oktober bij vriendin [[p:Magda]] maar ik heb geen bsn nog. werk bij uitzendbureau maar hun betalen niet goed. ik spreek beetje nederlands en engels. bedankt""",
    r"""Contactformulier
Naam: mw. [[p:J.W. de Wit-Hoogendoorn]]
Adres: [[a:Groot Hertoginnelaan 52 A]]
Postcode: [[pc:2517EG]]
Telefoonnummer: [[t:070-3605521]]
E-mailadres: [[e:jw.dewit@casema.nl]]
Geboortedatum: [[d:9 november 1938]]
Uw bericht: Mijn buurvrouw mevrouw [[p:Blom]] (naast mij) is erg in de war de laatste tijd. Ze belt bij mij aan om 3 uur s nachts en vraagt naar haar man maar die is al jaren dood. Zij heeft geen kinderen meer hier, een neef in Groningen. Ik maak me zorgen. Met vriendelijke groet.""",
    r"""Onderwerp: vraag over schulden
Van: [[e:sharda.ramsaran@hotmail.com]]
Datum: [[d:ma 6 mei 2024]] 23:14

hallo meneer [[p:Tim]]
mijn naam is [[p:Sharda Ramsaran]] u was bij ons in februari voor de huurachterstand. Nu heb ik nog een brief van {{o:GGN}} deurwaarders gekregen over zorgverzekering {{o:Zilveren Kruis}} 1.837,22 euro. dossiernummer: [[k:2319-4471-0]]. mijn man [[p:Ravi]] zegt gewoon weggooien maar ik slaap niet meer. kunt u bellen na 4 uur? [[t:0645 120 937]]

Verzonden vanaf mijn iPhone""",
    r"""Beste [[p:Sharda]],
Niet weggooien inderdaad. Ik bel je [[d:donderdag 9 mei]] na 16.00 uur. Leg alle brieven van {{o:GGN}} en {{o:Zilveren Kruis}} vast bij elkaar, dan kijken we of we dit meenemen in het traject bij {{o:Schuldhulpverlening}}.
Met vriendelijke groet,
[[p:Tim Hofstede]]
{{r:Schuldhulpverlener}} | {{o:SWT}} {{w:Moerwijk}}
[[t:06 18 44 20 57]] | [[e:t.hofstede@swt-moerwijk.nl]]""",
    r"""Goedendag,

Ik schrijf namens mijn vader, de heer [[p:A. Sadiqi]] (geb. [[d:01-01-1956]]). Hij spreekt geen Nederlands, alleen Dari. Hij woont alleen op [[a:Erasmusweg 1017]], [[pc:2532 CP]] Den Haag. Sinds mijn moeder is overleden in december eet hij slecht en gaat hij niet meer naar de moskee. De {{r:huisarts}} dokter [[p:Lagerweij]] zei dat we het wijkteam moeten mailen. Ik woon zelf in Tilburg en kan maar 1x per maand komen.

Zijn BSN is [[b:9122.07.322]] en zijn nummer [[t:06-84 31 07 66]] (hij neemt alleen op als hij je kent, stuur eerst een sms).

Alvast heel erg bedankt,
[[p:Nazanin Sadiqi]]
[[e:n.sadiqi.tlb@gmail.com]]""",
    r"""Contact formulier
naam: [[p:yusuf ozdemir]]
adres: [[a:hobbemastraat 144 3hoog]]
postcode: [[pc:2526jk]]
tel: [[t:0614873302]]
email: [[e:yusuf.ozd1990@outlook.com]]
bericht: goede dag ik zoek hulp voor mijn moeder [[p:Ayse]] ze is 71 en kan trap niet meer op. wij wonen samen op 3 hoog geen lift. {{o:Haag Wonen}} zegt ik moet eerst naar {{o:wmo loket}}. wat is dit? ik ben mantelzorger maar ik werk ook nachten bij {{o:PostNL}}""",
    r"""Onderwerp: RE: afspraak [[d:17/6]]

Hallo [[p:Esther]]

Ik kan niet op [[d:17/6]] want dan heb ik rechtzaak voor de kinderen met [[p:Jurgen]] hun vader. Advocaat is mevrouw mr. [[p:Statia]] van {{o:Het Juridisch Loket}}. Zaaknummer staat [[k:C/09/661203]] / [[k:FA RK 24-1187]]. Kan het ook [[d:19 juni]]? Ik breng dan [[p:Djaimy]] mee die heeft vrij.

Groetjes [[p:Chenoa Martina]]""",
    r"""Beste mevrouw [[p:Martina]], [[d:19 juni]] om 14.00 uur is goed. Succes bij de rechtbank. Hartelijke groet, [[p:Esther Verhoeven]], {{r:casusregisseur}}""",
    r"""Contactformulier wijkzorgteam

Naam: [[p:Stoyan Georgiev]]
Adres: [[a:Zuiderparklaan 262-b]]
Postcode: [[pc:2574 HV]]
Telefoon: [[t:+359 88 741 2206]] / [[t:06 87 21 55 09]]
BSN: [[b:415 024 778]]
Vraag: i need help my employer give me room on this address but now he say i must go out before [[d:30 june]]. he take 400 euro from salary for room. 6 people in 1 room. i have no contract. please help, i speak english, bulgarian. my colleague [[p:Ivan]] also same problem.""",
    r"""Van: [[p:Henny van der Meer]] <[[e:hennyvdmeer@ziggo.nl]]>
Aan: wijkteam
Onderwerp: mijn broer

Goedemiddag, ik heb vorige week gebeld met een collega van u, ik meen [[p:Priscilla]]. Het gaat om mijn broer [[p:Gerrit van der Meer]], [[a:Kamperfoeliestraat 33]] in {{w:Bouwlust}}. Hij verzamelt alles en zijn woning is zo vol dat de {{o:brandweer}} heeft gezegd dat het gevaarlijk is. Zijn {{r:bewindvoerder}} dhr. [[p:Mahabier]] van {{o:Budget Beheer Haaglanden}} weet ervan. Mijn telefoonnummer: [[t:06-20118745]].
Met vriendelijke groet, [[p:Henny]]""",
    r"""aan wijkteam {{w:Duindorp}}

ik ben [[p:Ria Kok]] en ik woon in de [[a:Westduinweg 118]] met mijn zoon [[p:Danny]] (34). [[p:danny]] gebruikt weer en hij heeft schulde bij verkeerde mense. ze komen aan de deur. ik durf niet naar de {{o:politie}}. zijn {{r:reclasseringswerker}} heet [[p:Bart]] geloof ik. bel mij NIET op vaste nummer want [[p:danny]] luistert mee. mijn mobiel [[t:0 6 2 8 1 1 4 3 9 0]] of mail [[e:riakok1962@kpnmail.nl]]""",
    r"""Onderwerp: huur
hoi [[p:Yvonne]] hier is het nummer van de huurbaas mr [[p:Chaudhry]] [[t:+44 7911 204 883]] hij woont in engeland. de huur moet op zijn rekening [[i:NL69RABO0067527885]] tnv [[p:A. Chaudhry]]. ik heb [[d:1 mei]] betaalt maar hij zegt niet ontvangen. hier is screenshot. groet [[p:joanna]] [[p:wisniewska]]""",
    r"""Contactformulier
Voornaam: [[p:Nilton]]
Achternaam: [[p:Tavares Semedo]]
Straat + huisnr: [[a:Paul Krugerlaan 3 bis]]
Postcode: [[pc:2571 GD]]
Tel: [[t:06-35509218]]
Mail: [[e:nilton_ts@live.nl]]
Uw bericht: mijn oma [[p:Maria da Luz Semedo]] (87) woont bij ons sinds zij uit Kaapverdie kwam. ze krijgt geen aow want ze is hier niet lang. wij zorgen maar het word te zwaar voor mijn moeder [[p:Djenifer]]. kunnen jullie iets voor dagbesteding?""",
    r"""Goedemorgen,

Hierbij stuur ik de gegevens die u vroeg voor de aanvraag van de Wmo:
naam [[p:Ahmed Benali]]
geboren [[d:23 maart 1962]] in Nador
bsn [[b:1991 10 967]]
adres [[a:Vaillantlaan 318 C]] [[pc:2526 AE]]
{{r:huisarts}} dr. [[p:Wong]], {{o:Gezondheidscentrum Transvaal}}
rekening [[i:NL 31 ABNA 6069 1131 71]]
Mijn zoon [[p:Youssef]] heeft dit getypt want ik kan niet goed typen.
Groeten""",
    r"""Onderwerp: Hulp nodig!!!!!

Geachte meneer/mevrouw

Ik ben [[p:Comfort Mensah]], ik woon in {{w:Mariahoeve}} op de [[a:Ruychrocklaan 402]]. Vandaag is er een brief van de {{o:Belastingdienst}} gekomen dat ik 6.400 kinderopvangtoeslag moet terug betalen. Mijn kinderen [[p:Blessing]], [[p:Prosper]] en [[p:Patience]] gaan niet meer naar opvang sinds august 2023. Ik heb het gemeld maar ze zeggen niet. Toeslagennummer [[k:K-3384-0921-77]]. Please help me, my dutch is not so good.

God bless
[[p:Comfort]]
[[t:0687114523]]""",
    r"""Beste [[p:Comfort]], thank you for your mail. Ik kom [[d:vrijdag 24 mei]] om 10 uur bij je thuis en dan bellen we samen met {{o:Toeslagen}}. Please have all letters ready. Kind regards, [[p:Mirjam]] ({{o:SWT}} {{w:Mariahoeve}})""",
    r"""Contactformulier
Naam: [[p:Hala Alkhatib]]
Adres: [[a:Ambachtsgaarde 72]] [[pc:2542 HP]] Den Haag
Telefoon: [[t:0616903344]]
Bericht: mijn man [[p:Khaled]] heeft nachtmerries van oorlog, hij slaapt niet en schreeuw. de kinderen zijn bang. huisarts zegt wachtlijst {{o:i-psy}} is 9 maanden. mijn dochter [[p:Yara]] (12) zegt op school niets meer. de {{r:mentor}} meneer [[p:Hoop]] heeft gebeld. wij hebben hulp nodig nu, niet 9 maanden""",
    r"""Van: [[e:m.tesfay.2001@gmail.com]]
Onderwerp: vraag

hallo [[p:Sanne]]
ik heb jouw mail van [[p:Helen]] gekregen, zij is mijn tante. ik wil vragen of jij kan helpen met studiefinanciering {{o:DUO}} ze zeggen ik moet 2.000 terug. mijn {{o:DUO}} nummer is [[k:DUO-112.338.904]]. ik woon met [[p:Helen]] op [[a:Lorentzplein 18 II]]. ik heb afspraak bij {{o:ROC Mondriaan}} op [[d:4/7]] voor nieuwe opleiding. dankjewel
[[p:Mebrahtu Tesfay]]""",
]
# ---- batch 3: whatsapp exports, voice transcripts, copied letters ----
TEXTS += [
    r"""[[d:14-03-24]] 08:51 - [[p:Fatima Zahra]]: goedemorgen [[p:Anouk]]
[[d:14-03-24]] 08:52 - [[p:Fatima Zahra]]: ik heb de brief van {{o:vestia}} gefotografeert. het gaat over ontruiming ze zeggen [[d:2 april]] moet ik eruit 😢
[[d:14-03-24]] 08:52 - [[p:Fatima Zahra]]: <Media weggelaten>
[[d:14-03-24]] 09:30 - [[p:Anouk]] {{o:SWT}}: Goedemorgen [[p:Fatima]], ik zie het. Dit is een dagvaarding, nog geen ontruiming. Ik bel vandaag met {{o:Vestia}} en met de {{r:advocaat}}. Niet in paniek raken ok?
[[d:14-03-24]] 09:31 - [[p:Fatima Zahra]]: ok 🙏 mijn kinderen weten niks
[[d:14-03-24]] 09:31 - [[p:Fatima Zahra]]: huurnummer staat [[k:1027.334.05]] en mijn bsn is [[b:461447460]] als ze vragen""",
    r"""[[d:02/05/2024]], 21:17 - Mama [[p:Ilham]]: [[p:Said]] heeft weer niet geslapen thuis. ik weet niet waar hij is. zijn telefoon uit. ik heb zijn vriend [[p:Oussama]] gebeld die zegt hij weet niet
[[d:02/05/2024]], 21:18 - Mama [[p:Ilham]]: hij is pas 16 juf
[[d:02/05/2024]], 21:40 - [[p:Loubna]] wijkteam: Hoi [[p:Ilham]], dat is heel zorgelijk. Als je je echt zorgen maakt bel dan de politie via 0900-8844. Ik bel je morgen om 9 uur. Laat je het weten als hij thuiskomt?
[[d:03/05/2024]], 07:02 - Mama [[p:Ilham]]: hij is thuis gekomen om 4 uur. slaapt nu. dank je [[p:Loubna]] ❤️""",
    r"""(spraakbericht omgezet naar tekst)
ja hallo met [[p:Joke]] eh [[p:Joke Smit]] van de [[a:Moerweg 210]] ik bel want eh mijn man [[p:Cor]] die is dus gevallen gister en die ligt nu in het {{o:Haga}} en ze zeggen hij mag dinsdag naar huis maar ik kan hem niet tillen hè ik ben zelf 79 en ik heb zelf die heup dus eh ik wou vragen of die meneer [[p:Bakker]] van jullie nog kan bellen want die had dat geregeld met de douchestoel toen. mijn nummer is [[t:070 394 12 80]] ik ben de hele dag thuis hoor. dag""",
    r"""(spraak naar tekst)
hoi ik ben het [[p:soekhoe]] [[p:kishan]] van de {{w:groente en fruitmarkt}} eh nee ik woon daar in de buurt [[a:hoefkade 610 b]] eh ik heb een brief van de {{o:huurcommissie}} en het zaak nummer is [[k:HC 24 0 66 91]] eh mijn verhuurder meneer [[p:van rijn]] wil niet het gebrek maken de schimmel dus eh kan jij mij bellen op [[t:zes twee drie vier vijf acht nul een twee nul]] oke doei""",
    r"""Dit staat in de brief ik typ het over:

"Geachte heer [[p:Doerga]],
Op [[d:11 april 2024]] heeft u een aanmaning ontvangen voor de openstaande nota's. Ons kenmerk: [[k:2024/DWK/0041823]]. Uw klantnummer: [[k:30118766]]. Indien wij uiterlijk [[d:25-04-2024]] geen betaling hebben ontvangen op rekening van {{o:Vattenfall}} zullen wij overgaan tot afsluiting van de levering op het adres [[a:Dedemsvaartweg 544]], [[pc:2545 JC]] 's-Gravenhage."

wat moet ik doen [[p:Iris]]? Mijn {{r:bewindvoerder}} neemt nooit op""",
    r"""(transcriptie voicemail {{r:wijkteamcoördinator}} - [[d:ma 27/5]])
Ja goedemiddag met [[p:Tesfaye]] [[p:Kidane]] eh ik bel voor mijn vrouw [[p:Almaz]] zij heeft afspraak bij de gynaecoloog in het {{o:Haga}} op eh [[d:zesentwintig juni]] en zij heeft tolk nodig Tigrinya en ik moet werken. Kunt u tolk regelen? Haar geboortedatum is [[d:4 juni 1993]]. Ons nummer [[t:06 2 7 7 1 0 4 5 8 3]] bedankt""",
    r"""[[d:19-7-2024]] 16:04 - [[p:Emma]] ({{r:budgetcoach}}): Hoi [[p:Priya]], heb je de afschriften van juni al?
[[d:19-7-2024]] 16:20 - [[p:Priya J]]: nee mijn bank app werkt niet. welke rekening wil je die van mij of van [[p:Sunil]]
[[d:19-7-2024]] 16:21 - [[p:Emma]] ({{r:budgetcoach}}): Allebei graag
[[d:19-7-2024]] 16:35 - [[p:Priya J]]: van mij is [[i:NL80INGB4335719033]] en van [[p:sunil]] [[i:NL90ABNA3971277589]] hij heeft ook nog rabo maar die is leeg
[[d:19-7-2024]] 16:36 - [[p:Emma]] ({{r:budgetcoach}}): Top, dan vraag ik het zo op via het machtigingsformulier 👍""",
    r"""hallo [[p:tineke]]
mijn buurvrouw mevrouw [[p:Hart]] hoort u ook bij. ik zie haar niet al een week, de gordijnen zijn dicht en de post zit in de bus van [[a:Beeklaan 379]]. ik heb geen sleutel. haar dochter [[p:Ilse]] woont in Zoetermeer nummer weet ik niet. moet ik 112 bellen? ik ben [[p:Wil]], de buurvrouw van hiernaast""",
    r"""Hoi [[p:Wil]], dank je wel dat je oplet! Ik bel nu de politie voor een controle bij mevrouw [[p:Hart]] en probeer [[p:Ilse]] te bereiken. Ik laat je weten. [[p:Tineke]]""",
    r"""goedenmiddag meneer [[p:Joost]]
ik heb gisteren bij {{o:voedselbank}} intake gehad maar ze zeggen verwijsbrief moet van jullie. kan die naar mail [[e:oksanapetrenko1979@ukr.net]] ? ik ben [[p:Oksana Petrenko]] mijn kinderen [[p:Dmytro]] en [[p:Sofiia]]. opvang locatie [[a:Laan van Meerdervoort 1100]] kamer 12. ik heb ook een oekraiense brief van {{o:UWV}} niet begrijp. dyakuyu""",
    r"""(foto van brief overgetypt door dochter)

Gemeente Den Haag
Dienst Sociale Zaken en Werkgelegenheid
Betreft: beëindiging uitkering
Relatienummer: [[k:1002 7734 18]]
Datum: [[d:8 juli 2024]]

Geachte mevrouw [[p:Öztürk]],
Uit onderzoek is gebleken dat op uw adres [[a:Jacob Catsstraat 114]] meer personen staan ingeschreven...

mam zegt dat is haar nicht [[p:Gülsen]] die woont daar niet meer sinds [[d:15-3]] ze is naar rotterdam. [[p:Derya]] (dochter)""",
    r"""[[d:25-11-23]] 22:48 - [[t:+31 6 11 80 92 47]]: sorry laat. ik ben [[p:lieke]] van [[a:twentelaan 22]]. buren [[p:de jong]] maken weer ruzie heel hard met slaan. kind huilt. ik durf niet te bellen
[[d:25-11-23]] 22:49 - [[t:+31 6 11 80 92 47]]: jij zei ik mag appen
[[d:26-11-23]] 07:45 - [[p:Marco]] SWT: Hoi [[p:Lieke]], goed dat je het laat weten. Bij acuut gevaar altijd 112 bellen, ook anoniem. Ik neem het vandaag op met {{o:Veilig Thuis}} (0800-2000).""",
]
# ---- batch 4: longer messages, family members, debts ----
TEXTS += [
    r"""Beste [[p:Marieke]],

Excuses dat ik zo laat reageer, het is heel druk met mijn moeder. U vroeg om de gegevens voor de aanmelding bij {{o:Schuldhulpverlening Den Haag}}, hier zijn ze:

Naam: [[p:Mihaela Popescu]]
Geboortedatum: [[d:17.08.1971]]
BSN: [[b:998 219 046]]
Adres: [[a:Teniersplantsoen 9]], [[pc:2526 DB]]
Rekening: [[i:NL20 ABNA 9149 5148 21]]
Schuldeisers die ik weet: {{o:Klarna}}, {{o:Wehkamp}}, {{o:CZ}} (polisnummer [[k:4418 220 17]]) en de huur bij {{o:Haag Wonen}}.

Mijn moeder wil zelf ook graag mee naar het gesprek op [[d:dinsdag 11 juni]]. Ik (haar dochter [[p:Andreea]]) kan alleen na 15.00 uur, ik werk in de thuiszorg bij {{o:Florence}}. Mijn nummer is [[t:+31 6 43 09 12 77]].

Hartelijk dank voor alles wat u doet.
[[p:Andreea Popescu]]""",
    r"""hallo [[p:bram]] met [[p:natasja]] 👋 ik wil even zeggen dat het niet goed gaat. [[p:dylan]] is weer geschorst van school {{o:Johan de Witt college}} en zijn vader [[p:Rick]] wil hem niet meer hebben in weekend. ik heb zelf ook weer last van mijn depressie en ik ben gestopt met mijn pillen want ze maken me moe. de {{r:poh}} bij de huisarts mevr [[p:Lambrechts]] zegt ik moet bellen met {{o:Parnassia}} maar ik durf niet. en de deurwaarder van {{o:Flanderijn}} komt [[d:dinsdag 9 juli]] om 9 uur voor beslag inventaris. ik heb geen idee meer 😞 ik woon nog steeds [[a:Zevensprong 87]] als je langs wil komen. ik ben thuis""",
    r"""Hoi [[p:Natasja]], dank je dat je het zegt, dat is knap. Ik kom morgen om 10 uur bij je. Zullen we dan samen {{o:Parnassia}} bellen? Over de deurwaarder: ik neem vandaag contact op met {{o:Flanderijn}} om het beslag uit te stellen. Kun je me het dossiernummer op de brief sturen? Groet [[p:Bram]]

ja is [[k:F-2024-0093312]] 👍""",
    r"""Geachte heer, mevrouw,

Mijn naam is [[p:Wang Fang]] ([[p:Fang Wang]] in het paspoort). Ik woon met mijn schoonmoeder mevrouw [[p:Chen]] ([[d:03-11-1940]]) op adres [[a:Wagenstraat 62-A]], [[pc:2512 AZ]] in {{w:Chinatown}}. Mijn schoonmoeder is vergeetachtig en laat het gas aan. Mijn man [[p:Li Wei]] werkt in het restaurant tot 23.00. {{r:Casemanager dementie}} mevrouw [[p:Roos]] van {{o:Florence}} zegt wijkteam moet helpen met dagbesteding en indicatie {{o:CIZ}}.
BSN schoonmoeder [[b:686.197.975]].
Email [[e:wangfang.dh@163.com]] telefoon [[t:06-2290 4415]]
Dank u.""",
    r"""gm [[p:Ayoub]]
sorry ik stuur weer 😅 jij zei ik moet huurachterstand precies weten. ik heb gebeld met {{o:Staedion}} het is 2.340 euro, 3 maanden plus kosten. de vrouw heet [[p:Petra]] en haar nummer [[t:088 782 3001]] direct. mijn contractnummer [[k:5500-11-872]]. zij wil regeling 150 per maand vanaf [[d:1 juli]]. ik kan 100. mijn uitkering komt de [[d:23ste]]. mijn broer [[p:Hamza]] kan misschien 500 geven eenmalig. hij zet het op mijn rekening [[i:nl16ingb9240258920]]. is dat goed of moet hij direct naar staedion betalen? [[p:Anas]]""",
    r"""Hoi [[p:Anas]], goed werk dat je het hebt uitgezocht! Laat [[p:Hamza]] het bedrag direct aan {{o:Staedion}} overmaken met je contractnummer erbij, dan is het meteen verwerkt. Dan vraag ik [[p:Petra]] of 100 per maand akkoord is. [[p:Ayoub]] ({{r:maatschappelijk werker}})""",
    r"""Dag [[p:Linda]],

Ik ben [[p:Wendelien]], de dochter van [[p:Theo]] en [[p:Annie Bos]] van de [[a:Mient 410]] in {{w:Bomen- en Bloemenbuurt}}. Gisteren hebben we het gesprek gehad met de {{r:ouderenconsulent}}, [[p:Gerda]], en zij verwees ons naar u. Papa is sinds zijn herseninfarct in februari ... sorry dat is geen goede zin. Papa is sinds februari na zijn herseninfarct veel veranderd, boos en hij slaat met deuren. Mama is 84 en doodmoe. Ik woon in Amersfoort. Kunt u ons helpen met logeeropvang? Mijn broer [[p:Erik]] ([[t:06 51 44 02 39]]) woont dichterbij, in {{w:Loosduinen}}.

Groet, [[p:Wendelien Bos]]
[[e:wendelien.bos@xs4all.nl]]""",
    r"""hoi [[p:jamila]] het is [[p:farah]]. vandaag 2 brieven. 1 van {{o:cak}} eigen bijdrage 87,40 per maand en 1 van {{o:svb}} over kinderbijslag [[p:Adam]] want hij is 18 geworden op [[d:12 juni]]. ik snap niet waarom svb stopt hij gaat nog naar school {{o:ROC}} niveau 2. klantnummer svb is [[k:KB 55 218 443 1]]. morgen kan jij? of vrijdag? mijn dochter [[p:Sara]] is ook thuis vrijdag die kan vertalen""",
    r"""Hallo wijkteam

ik heb vorige week contact formulier gestuurd maar niemand belt terug. ik ben [[p:Agnieszka Nowak]] van [[a:Schenkkade 174]] (niet Schenkweg!). [[pc:2595 AV]]. mijn nummer [[t:0031 6 14 22 70 58]].

probleem: mijn man [[p:Paweł]] is overleden [[d:4 maj]] sorry [[d:4 mei]] en nu de bank blokkeren de rekening [[i:NL54 KNAB 7177 3560 17]] en ik kan huur niet betalen. begrafenis was in Polen. notaris kost veel. {{o:SVB}} zegt nabestaanden niet voor mij. ik heb 2 kinderen [[p:Oliwia]] en [[p:Szymon]].

dziękuję""",
    r"""Beste mevrouw [[p:Nowak]], gecondoleerd met het verlies van [[p:Paweł]]. Excuses dat niemand heeft teruggebeld. Ik ben [[p:Karin]] en ik bel u morgen, [[d:vrijdag 17 mei]], tussen 9 en 10 uur. We kijken naar bijzondere bijstand en naar de bank. Hartelijke groet, [[p:Karin Oudshoorn]], {{r:maatschappelijk werker}} {{o:SWT}} {{w:Bezuidenhout}}""",
    r"""[[p:Mohamed]] broer jij zei ik moet alles sturen voor bewind aanvraag. hier:
naam: [[p:Abdirahman Hirsi Warsame]]
geb: [[d:1 1 1988]] (iedereen uit somalie is 1 januari haha)
bsn: [[b:1556 14 502]]
adres: [[a:Escamplaan 1060]] [[pc:2547ew]]
rekening: [[i:NL22TRIO3964376353]]
tel [[t:0684 455 201]]
mijn zus [[p:Faadumo]] wil geen bewindvoerder zijn dus moet iemand van buiten. [[p:Hodan]] zegt {{o:Humanitas}} kan helpen met de papieren?""",
    r"""Geachte mevrouw [[p:van der Linden]],

Zoals afgesproken bij het huisbezoek op [[d:28 mei]] stuur ik u de gegevens van de huisbaas. Hij heet dhr. [[p:G. Kuiper]], maar iedereen zegt [[p:Ger]]. Adres van hem: [[a:Badhuisweg 3 K]], [[pc:2587 CA]]. Hij wil de huur verhogen van 720 naar 950 euro per [[d:1 augustus]] zonder brief. Ik woon al 11 jaar in dit huis ([[a:Duinstraat 41 bov]]). Hij komt zonder afspraak binnen met eigen sleutel! Mijn buurman [[p:Jaap]] heeft het ook gezien.

Met vriendelijke groet
[[p:Sevda Arslan]]
[[t:06-34198702]]""",
]
# ---- batch 5: mixed registers, tricky words ----
TEXTS += [
    r"""Hoop dat alles goed is met je [[p:Roos]] 🌹 ik heb een bos rozen gekocht bij de bloemist op de markt voor jou omdat je zo goed geholpen hebt met de woning. in mei verhuizen we echt naar {{w:Ypenburg}}!!! [[a:Laan van Hoornwijck 56]] ik kan het niet geloven. [[p:Jayden]] krijgt eigen kamer. met heel mijn hart bedankt. [[p:Sharon]] en kids 😘""",
    r"""dank je [[p:Sharon]] wat lief! Vergeet niet je adres te wijzigen bij de gemeente en de school van [[p:Jayden]]. Succes met de verhuizing, [[p:Roos]]""",
    r"""bon dia [[p:Girigorie]] mi ta [[p:Shurandy]] 😁 sorry voor nederlands. mijn moeder [[p:Ethelinda Isenia]] heeft afspraak bij {{o:CIZ}} voor indicatie op [[d:woensdag 26-06]] om 11:00 maar ik kan niet ik werk bij {{o:Schiphol}}. kan jij met haar gaan? zij woont [[a:Stuyvesantplein 7 2 hoog]] in {{w:Bouwlust}}. zij spreekt papiamentu en beetje nederlands. danki danki""",
    r"""Hey [[p:Shurandy]]! Ik ga met je moeder mee, geen probleem. Ik sta om 10.30 bij haar voor de deur. Ayo! [[p:Jurmaine Girigorie]] {{r:welzijnscoach}}""",
    r"""de bakker op de hoek is vandaag dicht dus ik kon geen brood halen voor buurvrouw. ik heb wel bij {{o:Lidl}} boodschappen gedaan voor mevrouw [[p:Visser]] en ze heeft 23 euro aan mij terug gegeven. ze zegt jij moet haar bellen over de {{o:Haagse Pas}}. haar nummer is vast [[t:070-3682294]]. groet [[p:Koster]] ([[p:Piet]]) de vrijwilliger""",
    r"""Hallo mevrouw [[p:de Vries]],
Mijn dochter [[p:Zahra]] heeft uw nummer gegeven. Ik ben [[p:Nasrin Rahimi]]. Wij zijn in Nederland sinds 2 jaar, status gekregen in oktober. Nu wonen in [[a:Heeswijkplein 127]], [[pc:2531 HD]] {{w:Moerwijk}}. Huis heeft geen meubels, geen bedden. {{o:COA}} zegt gemeente geeft lening maar wij snappen niet formulier. V-nummer [[k:26 0437 1182]]. Wij zijn met 5 personen. Kunnen wij afspraak maken? [[p:Zahra]] kan vertalen na school, zij is 15.
Dank u wel
[[p:Nasrin]]""",
    r"""zeg [[p:gijs]] die storm van vannacht heeft het raam van [[p:kim]] haar slaapkamer kapot. {{o:haagwonen}} zegt pas volgende week. er zit nu karton voor. zij is 7 maand zwanger en koud. huurder nr [[k:776 110 23]] adres [[a:Van der Vennestraat 20 h s]]. kun jij druk zetten? ik ben haar moeder [[p:Jacqueline]]""",
    r"""Goedemiddag [[p:Jacqueline]], ik heb {{o:HaagWonen}} gebeld, spoedmelding [[k:HW24-88317]]. Morgen voor 12 uur komt er iemand het raam dichtmaken. Groet [[p:Gijs]]""",
    r"""Sms van [[t:06 1988 4430]]:
ik ben [[p:Malika]] van {{o:Stichting Mooi}} inloop in {{w:Schilderswijk}}. mevrouw [[p:Azzouzi]] was hier vandaag met haar zoontje [[p:Rayan]] en zei dat zij uit huis is gezet. ze slaapt bij haar zus [[p:Khadija]] op [[a:Hobbemaplein 98]]. zij vraagt of jij haar belt op nummer van zus [[t:0644021187]]. ze heeft geen beltegoed""",
    r"""goedemorgen [[p:Hanneke]] ik heb vanmorgen gebeld met {{o:Eneco}} zoals je zei. ze hebben regeling gemaakt 35 euro per maand vanaf [[d:28 juni]]. klantnummer is [[k:200 447 120]]. de man was aardig, hij heet [[p:Bas]]. ik ben trots op mezelf 💪 [[p:Ahmet]]""",
    r"""Super [[p:Ahmet]]!! Dat heb je helemaal zelf gedaan 👏 Zet de regeling in je agenda. Gr [[p:Hanneke]]""",
    r"""Geachte heer/mevrouw,

Hierbij meld ik mijn zus aan bij het wijkteam. Zij heet [[p:Fatoumata Diallo]] en woont op de [[a:Fahrenheitstraat 509]] in {{w:Valkenboskwartier}}. Haar geboortedatum is [[d:30 september 1985]] en haar telefoon [[t:06 10 42 93 85]]. Zij is erg depressief na de scheiding van [[p:Mamadou]]. Zij heeft 3 kinderen ([[p:Aïssatou]], [[p:Ibrahima]] en de kleine [[p:Binta]]) en het huis is een chaos. De {{r:jeugdconsulent}} van het {{o:CJG}}, mevrouw [[p:Sterk]], weet ervan. Ik woon in Brussel en kan niet veel doen.

Cordialement / groeten,
[[p:Kadiatou Diallo]]
[[e:kadi.diallo@skynet.be]]""",
    r"""wijkteam hallo
ik wil klacht doen over buurman [[p:de Groot]] van boven [[a:Elandstraat 126 3]]. hij laat water lekken in mijn keuken al 3 keer en mijn plafon is zwart. hij zegt jammer. {{o:Vidomes}} nee sorry {{o:Staedion}} stuurt niemand. ik ben 68 en hartpatient. afspraak {{r:cardioloog}} [[d:12 aug]]. [[p:Joseph Tjon A Fong]]""",
    r"""Hoi [[p:Bilal]] je vroeg mijn mail. is [[e:ilham_bakkali@hotmail.nl]]. en de school van [[p:Noor]] is {{o:De Springbok}} in {{w:Transvaal}}, de juf heet juf [[p:Anke]]. afspraak met juf is [[d:do 20/6]] half 3. ga jij mee? 🙏""",
]
# ---- batch 6: longer, admin-heavy ----
TEXTS += [
    r"""Hallo [[p:Priscilla]],

ik ben het weer [[p:Rosalie]] 😔 sorry voor lange bericht. gister kwam er een brief van de {{o:Belastingdienst}} dat mijn huurtoeslag stopt per [[d:1-8]] want ze zeggen dat [[p:Marvin]] bij mij woont. maar [[p:marvin]] woont niet bij mij!! hij staat alleen op mijn adres ingeschreven omdat hij geen huis had, hij slaapt bij zijn vriendin in {{w:Spoorwijk}}. nu moet ik 1.900 terug betalen. mijn BSN [[b:264 469 926]] en van [[p:marvin]] weet ik niet. brief kenmerk [[k:T-2024-556103]]. ik heb ook mijn rekening nieuw want oude is geblokkeerd, nieuwe is [[i:NL92 INGB 5712 7743 70]]. kan je me helpen met bezwaar? ik ben zo moe van alles. de kinderen [[p:Shayenne]] en [[p:Dayvano]] merken het ook.
groetjes""",
    r"""Formulier aanmelding vrijwillige schuldhulp

Naam aanvrager: [[p:Kees van Dijk]]
Geboortedatum: [[d:14-02-1967]]
BSN: [[b:846461845]]
Partner: [[p:Marian van Dijk-Prins]], geb. [[d:20-06-1969]], BSN [[b:165525071]]
Adres: [[a:Goudenregenstraat 110]]
Postcode/plaats: [[pc:2565 EX]] Den Haag
Telefoon: [[t:06-41005528]]
E-mail: [[e:keesenmarian@kpnplanet.nl]]
Rekeningnummer: [[i:NL05INGB0572395087]]
Toelichting: wij zijn allebei ziek geworden, [[p:Marian]] heeft reuma en ik ben afgekeurd na mijn ongeluk. de schulden zijn opgelopen tot ongeveer 23.000 euro. ik schaam me dood om dit in te vullen. we hebben een {{r:budgetcoach}} gehad van {{o:Humanitas}}, [[p:Ellen]], maar die is gestopt.""",
    r"""Beste meneer [[p:van Dijk]], dank voor uw aanmelding. U hoeft zich niet te schamen, u doet precies het goede. Ik ben [[p:Sophie]], uw contactpersoon. Op [[d:maandag 22 juli]] om 10.00 uur kom ik bij u en uw vrouw thuis. Wilt u de laatste drie bankafschriften klaarleggen? Met vriendelijke groet, [[p:Sophie de Graaf]], {{r:schuldhulpverlener}}, [[t:06 12 79 30 84]]""",
    r"""hoi [[p:Naima]] 🌸 met [[p:Yasmina]]. de {{r:bewindvoerder}} meneer [[p:Ramdin]] heeft mij al 3 weken geen leefgeld gestuurd!! ik bel en bel, niemand neemt op bij zijn kantoor {{o:Bewindvoering Haaglanden}}. mijn klantnummer bij hun [[k:BH/0882]]. ik heb geen eten voor de kinderen, [[p:Ilyas]] en [[p:Maryam]] eten nu bij mijn moeder op [[a:Hoefkade 233]]. leefgeld moet op [[i:NL17 RABO 1023 4728 42]] ik heb al gecheckt niks. wat moet ik doen??? kan jij klacht doen bij de rechtbank of zo?""",
    r"""Hoi [[p:Yasmina]], vervelend! Ik bel vandaag meneer [[p:Ramdin]]. Als het niet opgelost wordt kunnen we een klacht indienen bij de kantonrechter. Voor nu: ik regel een voedselpakket, je kunt het morgen ophalen bij de {{o:Voedselbank}} aan de Zuiderparklaan, 13.00 uur. [[p:Naima]]""",
    r"""Email van [[e:pjotr.kaminski88@gmail.com]]
Subject: apartment

Hello, i am [[p:Piotr Kamiński]], your colleague [[p:Jasper]] give me this email. i live in house of employment agency {{o:Flexpower}} on [[a:Kerketuinenweg 41]] but i lost job [[d:Friday 5 July]] because back injury. now they say i have to leave before [[d:12.07]]. i have nowhere to go. i have BSN [[b:100 488 651]] and dutch bank [[i:NL59TRIO5446777702]]. my phone [[t:+48 601 224 918]] and dutch [[t:06 87 43 10 25]]. please help me, i don't want to sleep in park.""",
    r"""Goedendag wijkzorgteam,

Mijn naam is [[p:Ingrid Jagroep]], ik ben de {{r:mentor}} (vrijwilliger) van mevrouw [[p:Mahabier]] via {{o:Stichting MantelzorgNL}}. Ik mail met haar toestemming. Zij is 82, woont op [[a:Prinsegracht 41-D]] en heeft een brief gekregen van het {{o:CAK}} met een achterstand van 1.200 euro voor de Wlz. Cliëntnummer CAK [[k:7709 3318 02]]. Haar zoon [[p:Rakesh]] beheerde haar geld maar die is verhuisd naar Suriname en reageert niet meer. Ik denk dat er iets niet klopt. Haar BSN: [[b:591.270.316]]. Kunt u contact opnemen met mij op [[t:06-24 55 18 09]]?

Met groet,
[[p:Ingrid]]""",
    r"""salaam [[p:omar]]
ik wil vragen voor mijn vader [[p:Abu Khaled]] hij is 74 en heeft suiker. hij moet elke dag insuline maar hij vergeet. {{o:Buurtzorg}} komt 1x per dag maar nodig 2x. de {{r:wijkverpleegkundige}} [[p:Marloes Dekker]] zegt indicatie moet hoger. hij woont alleen [[a:Newtonstraat 276-A]] [[pc:2562 KX]]. ik ben [[p:Rami]] zijn zoon, mijn nummer [[t:+31687201154]] ik werk in Rotterdam. zijn geboorte [[d:7/3/1950]]. shukran""",
    r"""hallo [[p:Nicole]] hier is [[p:Dewi]]

ik heb de nieuwe afspraken in mijn agenda gezet kijk of goed:
- [[d:di 2 juli]] 10u {{r:psycholoog}} [[p:Van Os]]
- [[d:wo 3 juli]] jij komt thuis
- [[d:ma 8 juli]] 14u {{o:UWV}} (klantmanager [[p:Hans]])
- [[d:15 juli]] rechter voor schuldsanering
en op [[d:10-07]] is [[p:Jesse]] jarig 🎂 hij wordt 6!! kom je taart eten haha. adres weet je [[a:Troelstrakade 71]]""",
    r"""Hoi [[p:Dewi]], klopt helemaal! Op [[d:3 juli]] kom ik om 11 uur. Gefeliciteerd alvast met [[p:Jesse]] 🎈 [[p:Nicole]]""",
    r"""beste [[p:S. Yildiz]] ik heb u gezien op {{o:Servicepunt XL}} {{w:Zuiderpark}} vorige maand. u gaf mij kaartje. ik ben [[p:Selin]] 19 jaar en ik woon bij mijn vader maar hij is niet lief voor mij. ik wil weg. ik heb baan bij {{o:Kruidvat}} en ik verdien 900. kan ik zelf huis? mijn vader mag dit niet weten, niet bellen naar thuis nummer. alleen app [[t:0630 1177 42]]. mijn bsn als nodig [[b:4312 47 821]]""",
    r"""Hoi [[p:Selin]], dank je voor je vertrouwen. Ik bel of app alleen naar dit nummer. Kunnen we afspreken in de bibliotheek {{w:Escamp}} op [[d:woensdag 19 juni]] om 16.00? Daar kunnen we rustig praten. Als je je onveilig voelt: bel 112 of {{o:Veilig Thuis}}. Groet [[p:Serpil]]""",
]
# ---- batch 7: longer run-on messages, dyslexic/phonetic spelling ----
TEXTS += [
    r"""hoi [[p:Mariska]] ik heb gister na gedagt over wat je zij van de scholdhulp en ik wil het tog doen want het gaat zo niet meer de deurwaader staat elke week aan de deur en mijn dogter [[p:Kayleigh]] schaamt zich dood voor de bure. ik heb alle briefe in een tas gedaan het zijn er veel ook van {{o:cjib}} voor boetes van mijn ex [[p:Ricardo]] die op mijn naam staan auto. ik woon nog steets op [[a:Hanenburglaan 82]] en mijn nieuwe numer is [[t:06 20 338 194]] want de oude is afgesloten door {{o:odido}} wegens niet betaald haha 🙈 wanneer kan je komen? ik ben vrij op [[d:maandag 24 juni]] en [[d:woensdag 26 juni]] de rest werk ik bij de schoonmaak""",
    r"""GOEDEMIDDAG IK BEN ZEER BOOS. IK HEB AL 3 KEER GEBELD MET HET WIJKTEAM EN NIEMAND DOET IETS. DE BUURMAN [[p:DE WIT]] OP [[a:APPELSTRAAT 44]] HEEFT 6 HONDEN EN DIE BLAFFEN DAG EN NACHT EN ZIJN TUIN IS EEN VUILNISBELT MET RATTEN. MIJN KLEINZOON [[p:LUCAS]] IS GEBETEN DOOR 1 VAN DIE HONDEN OP [[d:ZATERDAG 8 JUNI]]. WE ZIJN NAAR DE HUISARTSENPOST GEWEEST. IK WIL DAT ER NU IETS GEBEURT. [[p:G. BAKKER]] [[a:APPELSTRAAT 46]] [[t:0703256611]]""",
    r"""Geachte heer/mevrouw [[p:Bakker]], dank voor uw bericht en vervelend wat er met [[p:Lucas]] is gebeurd. Ik heb het doorgegeven aan de {{r:wijkagent}} en aan de {{r:buurtbemiddelaar}}. Ik bel u [[d:dinsdag 11 juni]] voor een afspraak. Met vriendelijke groet, [[p:Martijn Koster]], {{o:SWT}} {{w:Vruchtenbuurt}}""",
    r"""heej [[p:lisa]] het is [[p:sem]] van de [[a:meppelweg 1214]] weet je nog ik had die afspraak met jou bij {{o:Brijder}} gemist. ik was niet lekker. nu ben ik al 9 dagen clean echt waar 🙏 ik wil nieuwe afspraak en ik wil ook dat mijn moeder [[p:Yvonne]] meekomt want zij gelooft me niet meer. mijn dossier bij brijder is [[k:BR-778013]] denk ik. mijn moeder haar nummer [[t:06-47 81 20 36]] als ik niet opneem. ik werk nu ook 2 dagen bij de kringloop in {{w:Laak}} via {{o:Haeghe Groep}}""",
    r"""Hoi [[p:Sem]], wat goed om te horen, 9 dagen! Ik heb een nieuwe intake bij {{o:Brijder}} aangevraagd. Ik laat het je weten zodra ik een datum heb. Als je moeder mee wil is ze welkom. Groet [[p:Lisa]]""",
    r"""Goedenavond juffrouw [[p:Ans]],
Ik wil u heel hartelijk bedanken voor de hulp met het aanvragen van de {{o:Ooievaarspas}}, nu kan [[p:Chaimae]] op zwemles en [[p:Nassim]] op voetbal bij {{o:HVV Laakkwartier}}. U heeft ook geholpen met de brief van {{o:Dunea}} over het water, regeling is goed, nummer [[k:1140336-7]]. Mijn man [[p:Mourad]] zegt ook bedankt. Als u een keer in de buurt bent van de [[a:Heemstraweg 15]], kom thee drinken. U bent als familie.
Groet, [[p:Latifa Amrani]]""",
    r"""hallo ik wil vragen waneer die man komt voor de trapleuning. de vrouw van de {{o:wmo}} mevrouw [[p:Yilmaz]] heeft op [[d:3 meij]] gezegt binen 6 weken maar nu is het al [[d:22 juni]]. mijn moeder valt bijna elke dag op de trap. beschikking nummer [[k:WMO-2024-018871]]. adres [[a:Isabellaland 1505]] [[pc:2591 tm]]. groet [[p:Aysel]]""",
    r"""@[[p:Kristel]] ja ik ben [[p:Cheyenne]] van de groepsapp van het moederscafe in {{w:Bouwlust}}. ik wou vragen of je mij prive kan helpen want ik wil niet alles in de groep. mijn vriend [[p:Lorenzo]] is weer vrij uit de bak en hij wil [[p:Nova]] zien maar ik wil niet. ik heb een contactverbod aangevraagd bij de advocaat mr. [[p:De Hoop]] maar die duurt lang. hij woont nu bij zijn moeder op de [[a:Loosduinse Hoofdstraat 310]]. ik ben bang dat hij komt. mijn adres weet hij 😰""",
    r"""Hoi [[p:Cheyenne]], goed dat je me appt. Fijn dat je de advocaat al hebt ingeschakeld. Kunnen we morgen bellen? Ik wil samen met jou een veiligheidsplan maken. Bij direct gevaar altijd 112. [[p:Kristel]] ({{o:SWT}})""",
    r"""aan mevrouw [[p:L. Vermeulen]] maatschappelijk werk

ik [[p:Berhane]] van de [[a:Zuidlarenstraat 12]] ik heb de brief van de {{o:IND}} meegenomen naar de les bij de {{r:taaldocent}} [[p:Martha]] en zij zegt het is gezinshereniging goed nieuws. mijn vrouw [[p:Luwam]] en kinderen [[p:Filmon]] en [[p:Saron]] komen uit Ethiopie misschien in september. maar mijn huis is klein 2 kamers. wat moet ik doen voor groter huis? {{o:woningnet}} inschrijfnummer [[k:2023 0911 4478]]. mijn telefoon [[t:0649 91 30 27]]. dank u""",
]
# ---- batch 8: forms with many fields, signatures ----
TEXTS += [
    r"""Webformulier "Ik heb een vraag" - ingediend [[d:16-05-2024]] 07:12

Naam: [[p:Ionuț Dumitrescu]]
Geboortedatum: [[d:02/10/1990]]
Burgerservicenummer: [[b:510234860]]
Straat en huisnummer: [[a:Weimarstraat 188 3e]]
Postcode: [[pc:2562 HE]]
Woonplaats: Den Haag
Telefoon: [[t:0620443918]]
E-mail: [[e:ionut.dumi90@yahoo.ro]]
Vraag: buna ziua. i work at Westland greenhouse, agency takes rent 125 each week from salary for bed in this house. 7 men. no heating in bedroom, mold. the owner mister [[p:Van Leeuwen]] says if i complain i lose job. my friend [[p:Florin]] same. i want register at gemeente on my own address but agency says no. please contact me in english or romanian""",
    r"""Dag [[p:Ionuț]], thank you for your message. I am [[p:Anne]] from the social neighbourhood team. We can help you with registration and your rights as a worker. Can you come to our office in {{w:Regentessekwartier}} on [[d:Tuesday 21 May]] at 17:00? Address: Weimarstraat, next to the library. If you cannot, call me: [[t:06 33 18 72 04]]. Kind regards, [[p:Anne Visser]]""",
    r"""Aanmeldformulier Wijkzorgteam
Datum: [[d:4 juni 2024]]
Aangemeld door: [[p:Esra]] (dochter)
Cliënt: [[p:Mehmet Çelik]], [[d:15.05.1952]]
BSN cliënt: [[b:745 125 967]]
Adres: [[a:Hilversumsestraat 27]], [[pc:2545 SB]]
Tel cliënt: [[t:070 - 388 77 02]]
Tel aanmelder: [[t:06 - 15 72 09 48]]
E-mail aanmelder: [[e:esra.celik@live.nl]]
Huisarts: dr. [[p:H. van Wijk]], {{o:Huisartsenpraktijk Morgenstond}}
Reden van aanmelding: vader is sinds het overlijden van mijn moeder [[p:Hatice]] erg eenzaam, gaat niet meer naar het koffiehuis, drinkt meer. Hij wil geen hulp maar ik wel voor hem. Hij spreekt Turks.""",
    r"""Geachte mevrouw [[p:Çelik]],
Dank voor de aanmelding van uw vader. [[p:Yusuf]], onze Turkssprekende collega ({{r:welzijnscoach}}), neemt deze week contact met u op. Met vriendelijke groet,
[[p:Lotte Brouwer]]
{{r:Casusregisseur}} {{o:Sociaal Wijkzorgteam}} {{w:Morgenstond}}
T [[t:06 81 90 44 27]]
E [[e:lotte.brouwer@swt-denhaag.nl]]""",
    r"""Contactformulier
naam [[p:Priya Baldew]]
adres [[a:Hoefkade 502-2]]
postcode [[pc:2526 CJ]]
tel [[t:06 - 410 330 92]]
mail [[e:priyab@ziggo.nl]]
bericht: mijn schoonvader [[p:Ramesh Baldew]] (geb [[d:13-4-44]]) woont in {{w:Transvaal}} op [[a:Paul Krugerlaan 118 A]]. hij heeft dementie beginnend zegt de {{r:geriater}} van {{o:Bronovo}}. hij geeft zijn geld weg aan mensen bij de deur, vorige week 500 euro aan een man die zei dat hij van {{o:Eneco}} was. zijn bankrekening [[i:NL18 ABNA 4273 8520 52]] moet beschermd worden. hoe krijgen wij bewind of mentorschap? mijn man [[p:Anil]] is enige zoon.""",
    r"""Aan: [[e:wijkteam.laak@swt-denhaag.nl]]
Van: [[e:gladys.owusu@gmail.com]]
Onderwerp: Urgent - eviction

Good afternoon madam [[p:Yvette]],

It is me [[p:Gladys Owusu]] from [[a:Rijswijkseweg 316 1hg]]. The bailiff came today with a letter. They say on [[d:18 June]] we have to leave the house. My husband [[p:Kwame]] lost his job at {{o:Schiphol}} and we could not pay rent for 4 months. We have 3 children, [[p:Akosua]] 9, [[p:Kofi]] 6 and [[p:Ama]] 1. Case number on letter [[k:21/44098 OZ]]. Please what can we do? My number [[t:0686 22 1940]].

Thank you, God bless you""",
    r"""Hoi [[p:Gladys]], ik heb je mail gelezen. Bel me morgen om 9 uur op [[t:06 14 90 82 31]], dan gaan we direct met de verhuurder en de deurwaarder praten. There is still time. [[p:Yvette]]""",
    r"""Contactformulier {{o:Servicepunt XL}} {{w:Leyenburg}}
Naam: [[p:Jantje Hoek]]
Adres: [[a:Leyweg 986]]
Postcode: [[pc:2545GJ]]
Telefoonnummer: [[t:06-10293385]]
Bericht: Ik ben 76 en mijn man [[p:Wim]] is vorige week [[d:donderdag 13 juni]] overleden. Ik weet niet hoe ik de AOW moet regelen en de bank. [[p:Wim]] deed altijd alles. Mijn buurjongen [[p:Mo]] helpt met de computer maar die gaat op vakantie. Mijn rekeningnummer bij de ING is [[i:NL42INGB4019197756]] en die van [[p:Wim]] [[i:NL90SNSB2013077562]]. Ik wil graag dat er iemand komt.""",
    r"""dag [[p:jantje]], gecondoleerd met het overlijden van [[p:Wim]]. Ik ben [[p:Rob]] van het wijkteam en ik kom [[d:maandag 24 juni]] om 10 uur bij u. Dan regelen we samen de {{o:SVB}} en de bank. Hartelijke groet""",
    r"""Beste [[p:Nathalie]],
Bijgaand de gegevens voor de inschrijving bij {{o:Haaglanden Beheer}} zoals je vroeg. Ik ben [[p:Rabia Sahin]], BSN [[b:306-389-733]], geboren [[d:19 januari 1984]] in Ankara. Adres [[a:Gaslaan 10]], [[pc:2525 VM]]. Rekening voor inkomsten: [[i:NL68 RABO 6191 9168 13]]. Mijn zoon [[p:Emre]] woont nog thuis en heeft eigen inkomen van {{o:Albert Heijn}}, ongeveer 600 per maand. Ik weet niet of dat mee telt. Groetjes [[p:Rabia]]
[[t:06-20 45 71 38]]""",
]
# ---- batch 9: youth, school, family ----
TEXTS += [
    r"""goedemorgen meneer [[p:Dijkstra]] ik ben de moeder van [[p:Ilias]] uit groep 7 van {{o:De Vogelaar}}. de {{r:intern begeleider}} juf [[p:Saskia]] zegt dat [[p:Ilias]] onderzoek moet naar adhd en ze stuurt naar het {{o:CJG}}. maar ik wil eerst met u praten want u kent ons gezin. mijn man is niet eens. [[p:ilias]] zijn broertje [[p:Rayan]] heeft al diagnose autisme bij {{o:Youz}}. kan u bellen na 13 uur? [[t:0619 88 20 14]]. groet [[p:Souad]]""",
    r"""Hoi [[p:Souad]], ik bel je vanmiddag om half 2. Dan kijken we samen wat goed is voor [[p:Ilias]]. Groet, [[p:Wouter Dijkstra]]""",
    r"""hee [[p:joyce]] ik moet je iets vertellen 😟 de {{r:jeugdbeschermer}} van {{o:Jeugdbescherming west}} mevrouw [[p:Tahiri]] was hier en ze zegt als het huis niet schoon is over 2 weken dan gaan [[p:Levi]] en [[p:Quinty]] naar pleeggezin. ik doe echt mijn best maar ik ben zo moe. kan iemand van jullie helpen opruimen? zaaknummer op haar brief is [[k:JBW 2024 - 03 119]]. de zitting is [[d:2 aug]]. ik woon [[a:Lozerlaan 210 c]] (ze weten dat). sorry sorry""",
    r"""Hoi [[p:Joyce]], je hoeft geen sorry te zeggen. Ik regel voor deze week twee vrijwilligers van {{o:Stek}} om te helpen opruimen en ik bel mevrouw [[p:Tahiri]]. Donderdagochtend kom ik zelf ook. Je staat er niet alleen voor 💛 [[p:Joyce van Beek]]... haha ja we heten hetzelfde 😄""",
    r"""Beste Mevr. [[p:Hendriks]],

wij zijn de familie [[p:Haddad]], [[p:Rami]] en [[p:Hala]], wonen op [[a:Beeklaan 140 A]] sinds [[d:1 februari 2023]]. Onze dochter [[p:Lina]] (6) heeft epilepsie en moet vaak naar het {{o:Juliana Kinderziekenhuis}}. Wij hebben geen auto en taxi is duur. De {{r:kinderarts}} dr. [[p:Bouwman]] zegt dat gemeente vervoer vergoed via {{o:Wmo}}. Wij hebben het formulier ingevuld maar het is afgewezen, kenmerk [[k:WMO/2024/44917]]. Kunt u helpen met bezwaar? Dank u wel.
[[t:06 18 27 36 45]]""",
    r"""hallo [[p:Mustafa]] met [[p:Yasemin]], de dochter van mevrouw [[p:Aydın]] van [[a:De la Reyweg 444]]. mijn moeder heeft vandaag haar pillen weer niet gepakt, de baxterrol zit vol. ik woon in Delft en kan niet elke dag. de {{r:apotheker}} van {{o:Apotheek Leyweg}} zegt medicijndispenser met alarm kan maar dan moet wijkteam aanvragen? haar bsn [[b:656 824 840]] geb [[d:29-12-1948]]. alvast bedankt 🙏🏼""",
    r"""[[d:Vr 7 jun]], 18:02 - [[p:Tamara]]: [[p:Ruben]] ik heb hem eruit gezet. hij heeft weer alles vergokt ook het geld van de kinderbijslag. ik heb zijn spullen bij zijn moeder gebracht [[a:Kijkduinsestraat 661]]. ik blijf nu bij mijn zus [[p:Jolanda]] met de kinderen tot maandag
[[d:Vr 7 jun]], 18:10 - [[p:Ruben]] (SWT): Hoi [[p:Tamara]], goed dat je voor jezelf en de kinderen kiest. Ben je veilig? Maandag om 10 uur kom ik naar je toe, bij je zus of thuis?
[[d:Vr 7 jun]], 18:13 - [[p:Tamara]]: ja veilig. thuis is goed [[a:Kerketuinenweg 12-08]]""",
    r"""hi [[p:vera]] ik ben [[p:mila]] 15 jaar. jij ben toch van het wijkteam van mijn moeder [[p:sandra]]? ik wil vragen of jij weet of mijn moeder oke is want ze ligt de hele dag in bed en ze eet niet. ik maak eten voor mijn broertje [[p:finn]] en breng hem naar school. ik wil niet dat jeugdzorg komt. mijn nummer is dit [[t:0683449102]]. niet zeggen tegen mama dat ik heb ge-appt pls""",
    r"""Hoi [[p:Mila]], wat goed en dapper dat je me appt. Je doet heel veel voor [[p:Finn]]. Ik ga vandaag je moeder bellen, ik zeg niet dat jij het me vertelde. Wil jij ook zelf met iemand praten? Dat kan bij {{o:CJG}} of bij mij. [[p:Vera]]""",
    r"""Hallo,
Ik ben [[p:Marco Rossi]] en ik woon sinds 2021 in Den Haag, [[a:Stevinstraat 212]], [[pc:2587 ET]]. Mijn vriendin [[p:Giulia]] is [[d:25/03]] bevallen van [[p:Leonardo]] in het {{o:HMC Bronovo}}. We hebben nog geen kinderbijslag want {{o:SVB}} zegt dat mijn BSN [[b:8390 39 232]] niet goed gekoppeld is met haar, zij heeft nog geen BSN. Kan het wijkteam helpen of moeten we naar {{o:IND}}? Tel [[t:+39 347 112 8806]] of [[e:marco.rossi.dh@gmail.com]]. Grazie""",
]
# ---- batch 10: long e-mails from clients and relatives ----
TEXTS += [
    r"""Onderwerp: Klacht en vraag om hulp

Geachte mevrouw [[p:Kramer]],

Ik schrijf u omdat ik echt niet meer weet wat ik moet doen. Ik ben [[p:Wilma Dekker]], 58 jaar, en ik woon al 31 jaar op de [[a:Dedemsvaartweg 120]] in {{w:Morgenstond}}. Sinds de nieuwe buren naast mij zijn komen wonen (familie [[p:Kuipers]]) is er elke nacht herrie. Ik heb er met de {{r:buurtbemiddelaar}} [[p:Hans]] over gesproken, en met de verhuurder {{o:Vestia}}, melding nummer [[k:VES-2024-117-334]], maar er gebeurt niks.

Ik slaap niet meer en mijn {{r:huisarts}} heeft me slaappillen gegeven, dat wil ik eigenlijk niet. Mijn dochter [[p:Monique]] zegt dat ik moet verhuizen maar waar naartoe, ik heb een klein pensioen. Kunt u mij helpen met een urgentieaanvraag?

Ik ben bereikbaar op [[t:070-3297815]] of [[e:wdekker1966@hetnet.nl]].

Met vriendelijke groet,
[[p:W. Dekker]]""",
    r"""Goedenavond [[p:Olga]],

Ik ben [[p:Desislava Ivanova]]. Vorige keer u heeft gezegd stuur email met alles wat gebeurd. Dus hier:
- [[d:3 mei]] mijn werkgever {{o:Uitzendbureau Prima}} heeft mij ontslagen zonder brief
- [[d:10 mei]] ik ben naar {{o:UWV}} gegaan, zij zeggen WW niet want ik heb geen 26 weken
- [[d:21 mei]] ik heb bijstand aangevraagd bij {{o:gemeente}}, aanvraagnummer [[k:BB-24-0557810]]
- [[d:5 juni]] brief dat ik ontbrekend papier moet sturen, bankafschrift van Bulgaarse bank
- vandaag huisbaas meneer [[p:Dogan]] zegt huur betalen anders eruit

Ik woon [[a:Scheveningseweg 66 B]], [[pc:2517 KW]]. Mijn zoon [[p:Viktor]] gaat naar {{o:ISK}} school. Mijn nederlandse rekening is [[i:NL46ABNA0032473780]]. Ik heb geen eten bijna.
Blagodarya,
[[p:Desi]]""",
    r"""Geachte heer [[p:Kaya]],

Mijn excuses voor mijn slechte Nederlands. Ik ben [[p:Aziz Mohammadi]] uit Afghanistan. Mijn vrouw [[p:Zahra]] en ik wonen met onze 4 kinderen op [[a:Erasmusweg 402]]. Wij hebben het huis sinds [[d:15 november 2023]]. U heeft ons geholpen met meubels, heel erg bedankt.

Nu een nieuw probleem: de {{o:DUO}} zegt dat mijn inburgering niet op tijd is, ik moet boete 1.250 euro. Maar ik was 3 maanden in ziekenhuis ({{o:Haga}}) voor mijn hart. Ik heb brief van de {{r:cardioloog}} dr. [[p:Meijer]]. DUO klantnummer [[k:882 431 5507]]. Mijn BSN [[b:812 786 762]]. Mijn {{r:taalcoach}} heet [[p:Hanna]] van {{o:Vluchtelingenwerk}}, zij wil ook helpen.

Kunt u mij helpen met bezwaar? Mijn telefoon is [[t:06 47 30 81 19]].

Met vriendelijke groet,
[[p:Aziz]]""",
    r"""Beste [[p:Jeroen]],

Ik heb vandaag alles op een rijtje gezet zoals je vroeg. Schulden die ik ken:
1. {{o:Vesting Finance}} - 2.340 euro - dossier [[k:VF 55 30 118]]
2. {{o:CJIB}} - 3 boetes - [[k:6401 8813 0427 5519]]
3. {{o:Menzis}} - premie - klantnummer [[k:19 002 441]]
4. mijn ex [[p:Roy Hermans]] - 1.500 geleend, hij woont [[a:Wolmaransstraat 5]]
5. mijn oma - maar die wil het niet terug 😊
De rest weet ik niet, misschien {{o:Belastingdienst}}. Mijn BSN [[b:254717913]] zodat je BKR kan checken. Rekening [[i:NL86 INGB 6965 1546 70]].
Tot [[d:maandag 1 juli]]!
[[p:Kelly]]""",
    r"""Dag [[p:Kelly]], heel goed gedaan, dit helpt echt. [[d:Maandag 1 juli]] om 13.00 uur bij jou thuis. Groet, [[p:Jeroen Bos]] ({{r:budgetcoach}} {{o:SWT}} {{w:Laak}})""",
    r"""Hallo mevrouw [[p:Mertens]],

Mijn moeder [[p:Gerda Mulder]] is 91 en woont nog zelfstandig op [[a:Juliana van Stolberglaan 254]] in {{w:Bezuidenhout}}. Ik ben [[p:Peter]], haar zoon, en ik woon in Spanje. Sinds [[d:10 april]] belt ze mij 20 keer per dag in paniek. Ze zegt dat er iemand in huis is die dingen steelt. Haar buurvrouw [[p:Ineke]] (van hiernaast) kijkt af en toe maar is zelf ook 80. De {{r:huisarts}} dokter [[p:Verschoor]] zegt dat een {{r:casemanager dementie}} moet komen maar er is een wachtlijst.

Ik kom [[d:17 mei]] naar Nederland. Zou ik u dan kunnen spreken? Mijn Nederlandse nummer is [[t:06 52 11 84 07]], Spaanse [[t:+34 612 44 90 31]].

Vriendelijke groet,
[[p:Peter Mulder]]""",
]
# ---- batch 11: quick whatsapps, word-like names ----
TEXTS += [
    r"""goedemiddag [[p:winter]] 😊 de zon schijnt eindelijk! ik ben vandaag met oma [[p:storm]] naar het park geweest met de rolstoel die jij hebt geregeld. zij was zo blij. volgende afspraak {{r:fysio}} is [[d:2024-06-03]] om 11u, zal ik die zelf regelen met {{o:HTM}} regiotaxi? pasnummer [[k:RT 0455 1920]]. groetjes [[p:Bianca]]""",
    r"""ja regel maar zelf [[p:Bianca]], goed bezig! Groet [[p:Esmee Winter]]""",
    r"""hallo [[p:esmee]] ik ben meneer [[p:Hoop]] ([[p:Klaas]]) van de [[a:vaandelstraat 31]] ik heb uw kaart gekregen van de kerk. de koster [[p:Evert]] zei u kan helpen met mijn belasting aangifte want mijn vrouw deed dat altijd. zij is in januari overleden. ik heb de brief met de code van {{o:belastingdienst}}. wanneer kan ik komen? ik heb geen computer. telefoon [[t:070-3801164]]""",
    r"""salam [[p:hanan]] ik stuur nummer van mijn broer [[p:abdi]] [[t:0031 6 45 82 19 03]] hij kan tolk somali voor mama op [[d:3-3-'25]]. de afspraak bij {{o:GGZ}} is om 14:30 bij {{o:Parnassia}}? ik weet niet zeker. mahadsanid 🙏🏾""",
    r"""Hoi [[p:Zainab]], de afspraak bij {{o:GGZ}} is op [[d:3 maart]] om 14.30. Fijn dat [[p:Abdi]] kan tolken. Ik zie jullie daar. [[p:Hanan]]""",
    r"""[[p:sunita]] app ik jou want mijn telefoon nummer veranderd. nieuwe is [[t:06 39 40 41 25]]. ook mijn mail nieuw [[e:sunitakalloe@gmail.com]]. oude was niet meer. zeg ook aan dhr [[p:mangal]] van de bewindvoering aub. en de afspraak [[d:za 6/7]] kan niet want hindoestaanse bruiloft van mijn nicht [[p:Anjali]] 💃""",
    r"""goedemorgen mevrouw [[p:Koç]] ik heb slecht nieuws de {{o:ROC}} heeft [[p:Mert]] uitgeschreven want hij is niet gekomen 6 weken. hij zit de hele dag op zijn kamer met games. hij is 17. de {{r:leerplichtambtenaar}} meneer [[p:Smit]] wil gesprek op [[d:woensdag 12/6]] op het stadhuis. ik ben bang dat hij niet meegaat. kan jij ook komen? [[p:Nurcan]]""",
    r"""hoi [[p:demi]] heb je mijn mail gehad van gister? ik heb alle papieren gestuurd naar [[e:d.hoogland@wijkteam-escamp.nl]] is dat goed adres? ik zie niks terug. groet [[p:Chantal]] van de [[a:Melis Stokelaan 2187]]""",
    r"""Hoi [[p:Chantal]], nee dat adres klopt niet helemaal, het is [[e:d.hooglandt@swt-escamp.nl]]. Wil je het nog een keer sturen? Dank je! [[p:Demi]]""",
    r"""hoi [[p:mei]] 🙂 mijn moeder mevrouw [[p:Lin]] zegt dank u voor de hulp bij {{o:Bureau Rechtshulp}}. zij heeft de brief van de verhuurder getekend niet. huurcontract nummer [[k:HC/22/0871]]. zij blijft in huis op [[a:Wagenstraat 108]] 🙏 ik ben [[p:Wen]] haar dochter""",
    r"""hallo [[p:liesbeth]] ik weet niet of ik jou mag appen maar mijn vriendin [[p:Precious]] zegt jij bent lief. ik ben [[p:Gift Boateng]] ik heb een baby [[p:Mercy]] van 4 weken en ik woon in een kamer bij een man in {{w:Schilderswijk}} [[a:Van Ostadestraat 302]]. hij wil dat ik weg ga. ik heb geen verblijfsvergunning nog, mijn procedure loopt, v-nummer [[k:V 30 2281 445]]. waar kan ik slapen met baby? [[t:+31 6 2889 1047]]""",
    r"""[[p:Gift]], ik heb je bericht gezien. Ik bel je over een half uur. We zoeken samen met het {{o:Leger des Heils}} naar een plek voor jou en [[p:Mercy]]. Groet [[p:Liesbeth]]""",
    r"""ff snel [[p:Jordy]]: de rechtbank heeft [[d:18 juli]] uitspraak wsnp en de {{r:bewindvoerder}} wordt mevr. [[p:A. Tjin]] van {{o:Zuidwest Bewind}}. rolnummer [[k:C/09/24/331 R]]. ik ben zo blij 😭❤️ groet [[p:Marisa]]""",
]
# ---- batch 12: long mixed threads ----
TEXTS += [
    r"""[[d:09-04-2024]] 10:02 - [[p:Amira]] SWT: Goedemorgen [[p:Wafaa]], hoe ging het gesprek met de {{r:woonconsulent}} gisteren?
[[d:09-04-2024]] 10:15 - [[p:Wafaa El Idrissi]]: niet goed. ze zegt urgentie afgewezen want ik heb al huis. maar huis is te klein en schimmel en [[p:Imran]] heeft astma heel erg. de {{r:longarts}} dokter [[p:Pieters]] heeft brief geschreven
[[d:09-04-2024]] 10:16 - [[p:Wafaa El Idrissi]]: zij heet mevrouw [[p:Van Leeuwen]] van {{o:gemeente}} afdeling wonen. beschikking [[k:URG-24-00391]]
[[d:09-04-2024]] 10:22 - [[p:Amira]] SWT: Dan gaan we bezwaar maken. Ik heb de brief van de longarts nodig en een foto van de schimmel. Binnen 6 weken moet het bezwaar er zijn, dus voor [[d:21 mei]].
[[d:09-04-2024]] 10:25 - [[p:Wafaa El Idrissi]]: ok ik stuur vanavond. dank je habibti ❤️""",
    r"""Goedendag mevrouw [[p:Lahlou]], hier is [[p:Marleen]] van de {{o:Voedselbank}} uitgiftepunt {{w:Moerwijk}}. Meneer [[p:Jan-Willem Koops]] (geb. [[d:6-8-1959]]) kwam vandaag voor zijn pakket maar zijn verwijzing is verlopen per [[d:31 mei]]. Hij zegt dat u zijn {{r:hulpverlener}} bent. Hij woont [[a:Moerweg 544 A]] en heeft geen telefoon, alleen e-mail via de bibliotheek: [[e:jwkoops59@gmail.com]]. Wilt u de verlenging doen? Zijn klantnummer bij ons is [[k:VB-MW-1187]]. Groet, [[p:Marleen]] ({{r:coördinator}})""",
    r"""mevrouw [[p:Sterk]] ik ben [[p:Kadir]] van de snackbar op de hoek van de [[a:Loosduinseweg 710]], ik heb uw nummer van [[p:Henk]] van het buurthuis. de oude meneer van boven, [[p:Bertus]], komt elke dag bij mij eten maar hij betaalt niet meer en hij is heel mager en vies. hij zegt zijn dochter [[p:Sylvia]] pakt zijn pinpas. ik wil niet bemoeien maar ik maak me zorgen. ik weet zijn achternaam niet, ik denk [[p:Van Rijn]] of [[p:Van Rhijn]]. hij woont erboven, bovenste bel""",
    r"""hallo [[p:Petra]],

hier is [[p:Mustafa Yıldırım]]. Ik ben de zoon van [[p:Fadime]]. u weet dat zij in {{o:Rustenburg}} verpleeghuis wil maar de {{o:CIZ}} heeft gezegd dat zij nog thuis kan. Wij zijn het niet eens!! zij valt steeds en zij herkent mij soms niet. Vorige week [[d:donderdag 16 mei]] lag zij 3 uur op de grond voordat buurvrouw [[p:Hülya]] haar vond. CIZ nummer [[k:24-HGL-0337812]]. Haar adres [[a:Zevensprong 212]], [[pc:2547 PK]].
Kunt u een gesprek regelen met de {{r:specialist ouderengeneeskunde}}? Ik ben bereikbaar [[t:06 29 88 14 70]].
Met vriendelijke groet""",
    r"""Hoi [[p:Mustafa]], wat een zorgelijk verhaal. Ik vraag een herbeoordeling aan bij het {{o:CIZ}} en neem contact op met de {{r:specialist ouderengeneeskunde}}. Tot die tijd vraag ik de thuiszorg om vaker te komen en een personenalarm. Groet [[p:Petra]]""",
    r"""hoi [[p:samantha]] ik ben [[p:Romano]] van [[a:Boekhorststraat 71 2 hoog]] weet je nog. ik heb nu eindelijk werk!!! bij {{o:PostNL}} sorteer centrum via {{o:Randstad}}. begin [[d:ma 15 juli]]. maar nu vraag: moet ik {{o:sociale dienst}} zelf zeggen of doe jij? mijn klantnummer [[k:0 771 302 8]]. en mijn loon komt op [[i:NL28 INGB 7356 8968 10]] zelfde als uitkering. ik wil geen problemen met terugbetalen. 💪💪""",
    r"""Contactformulier wijkzorgteam
Naam: [[p:Hamid Azimi]]
Adres: [[a:Wolmaransstraat 20-A]]
Postcode: [[pc:2572 VZ]]
Telefoon: [[t:0638210947]]
E-mail: [[e:hamid.azimi.af@gmail.com]]
BSN: [[b:3259 08 606]]
Geboortedatum: [[d:21.03.1979]]
Vraag: Ik ben ex-tolk van Nederlandse leger in Kandahar. Ik woon hier sinds 2022 met vrouw [[p:Fereshta]] en 2 kinderen. Ik heb veel hoofdpijn en slaap slecht, herinneringen. Huisarts dokter [[p:Aslan]] heeft mij doorgestuurd naar {{o:ARQ Centrum'45}} maar wachttijd is lang. Tussendoor wil ik werk vinden, ik spreek 4 talen. Wie kan helpen?""",
]
# ---- batch 13: neighbours, landlords, scams ----
TEXTS += [
    r"""hallo wijkteam {{w:Scheveningen}} ik ben [[p:Truus van der Zwan]] (82) van de [[a:Keizerstraat 188]]. vandaag belde een meneer van de bank, hij zei dat mijn rekening gehackt is en ik moet geld overzetten naar een veilige rekening [[i:NL16RBRB1978388853]]. ik heb het gedaan 2.800 euro 😢 nu neemt hij niet meer op. mijn kleindochter [[p:Femke]] zegt dat is oplichting. mijn eigen rekening is [[i:NL24 SNSB 0590 6869 49]]. moet ik naar de politie? ik schaam me zo. tel [[t:070-3544127]]""",
    r"""Beste mevrouw [[p:van der Zwan]], u hoeft zich niet te schamen, dit overkomt heel veel mensen. Bel direct uw bank om de betaling te blokkeren en doe aangifte. [[p:Femke]] of ik kunnen met u mee naar het bureau. Ik bel u straks. Hartelijke groet, [[p:Annelies]] ({{r:ouderenconsulent}})""",
    r"""beste [[p:rik]]
de verhuurder meneer [[p:Boukhari]] heeft de sloten vervangen terwijl ik op werk was!! al mijn spullen binnen ook medicijnen van mijn dochter [[p:Hiba]]. ik sta nu buiten bij [[a:Vaillantlaan 612]]. hij zegt ik heb huur niet betaald maar ik heb alles betaald op zijn rekening [[i:NL95 BUNQ 4271 1303 88]], ik heb bonnetjes. zijn nummer [[t:06-44 10 29 87]]. wat moet ik doen ik heb geen contract op papier""",
    r"""Hoi, bel direct de politie, dit is illegaal (huisvredebreuk/eigenrichting). Ik kom naar je toe, ben er over 20 min. Blijf bij [[p:Hiba]]. [[p:Rik]]""",
    r"""Goedemiddag [[p:Cor]],

Mijn buurman [[p:Abdelkader]] (hij woont boven mij op [[a:Jan Blankenstraat 97-B]]) is vanmorgen door de ambulance meegenomen. Hij heeft een kat en een parkiet en niemand zorgt voor ze. Hij heeft geen familie hier, alleen een broer in Marokko. Ik heb zijn sleutel niet. Zijn telefoonnummer [[t:06 11 92 03 88]] staat uit. Weet u of hij in het {{o:HMC}} ligt? Hij is heel alleen. Ik ben [[p:Mariëtte]] van [[a:Jan Blankenstraat 97-A]], tel [[t:06 23 48 77 10]].""",
    r"""hee [[p:bilal]] het is [[p:jaimy]] van tante [[p:roos]] haar huis op de [[a:Heeswijkplein 71]]. de man van {{o:Eneco}} komt morgen om gas af te sluiten 😩 ze zegt er is een regeling met jou gemaakt in maart. kan je bellen naar eneco? klant nummer [[k:1 2 0 0 5 4 8 8 3 7]]. tante heeft geen tel. mijn nummer is dit""",
    r"""Geachte heer, mevrouw,

Ik wil graag een afspraak maken voor mijn broer [[p:Sandro Lopes Fortes]]. Hij woont in {{w:Rustenburg}} op [[a:Thorbeckelaan 250]], [[pc:2564 BS]]. Sinds hij zijn baan bij de haven heeft verloren drinkt hij veel en komt hij niet meer buiten. Zijn zoon [[p:Kevin]] (11) woont om de week bij hem. De moeder van [[p:Kevin]], [[p:Carla]], maakt zich ook zorgen. Ik ben [[p:Elisa Lopes]], telefoon [[t:06 42 15 30 79]], e-mail [[e:elisa.lopes@outlook.com]]. [[p:Sandro]] weet dat ik u schrijf en vindt het goed.

Met vriendelijke groet,
[[p:Elisa]]""",
    r"""hoi mevr [[p:Visser]] u bent bij mij geweest op [[d:dinsdag 4 juni]] voor de intake. u vroeg nog mijn bsn die was ik vergeten. hier: [[b:631 683 082]]. en van mijn vrouw [[p:Zehra]] [[b:2234.48.515]]. groetjes [[p:Osman Polat]]""",
    r"""Dank u meneer [[p:Polat]], ontvangen. Ik verwerk het en bel u volgende week. Groet [[p:Ellen Visser]]""",
    r"""Aan het wijkteam {{w:Duinoord}},

ik ben [[p:Rashida]] uit Eritrea. ik woon nu 1 jaar op [[a:Reinkenstraat 41 hs]], [[pc:2517 CT]]. Mijn buren [[p:Bram]] en [[p:Loes]] zijn heel aardig, zij helpen met brieven. Maar ik heb een vraag voor werk: ik was verpleegster in Asmara. kan ik hier verpleegster worden? mijn diploma is in Tigrinya. {{r:klantmanager}} van {{o:sociale dienst}} meneer [[p:Groen]] zegt ik moet eerst B1 halen. Wie kan mij helpen? mijn mail [[e:rashida.tekle@gmail.com]]""",
    r"""[[d:11/06/24]] 23:40 - [[p:Noah]]: yo [[p:fenna]] sorry zo laat, mijn moeder ligt op de grond en ze reageert raar. ik heb ambulance gebeld. ze gaan naar {{o:HMC Westeinde}}. mijn broertje [[p:Bowen]] (4) is bij mij. wat moet ik doen met hem ik moet morgen naar school
[[d:12/06/24]] 07:15 - [[p:Fenna]] SWT: [[p:Noah]], goed gedaan dat je 112 hebt gebeld. Ik bel je om 8 uur. Is er iemand in de familie die kan helpen, oma of tante?
[[d:12/06/24]] 07:18 - [[p:Noah]]: oma [[p:Marga]] [[t:06 1122 6734]] maar die woont in zoetermeer""",
]
# ---- batch 14: admin from letters, varied number shapes ----
TEXTS += [
    r"""hoi [[p:Ilona]] ik heb die brief van de rechtbank gevonden waar je om vroeg. ik typ over wat er staat bovenaan:
zaaknummer / rolnummer: [[k:C/09/658812]] / [[k:KG ZA 24-311]]
datum uitspraak: [[d:14 februari j.l.]]
eiser: {{o:Staedion}}
gedaagde: [[p:M.A. Kortenhoeven]] wonende te ([[pc:2573 BR]]) 's-Gravenhage aan de [[a:Delftselaan 83]]
ja dat ben ik haha [[p:Mandy Kortenhoeven]]. wat betekent dit? moet ik echt weg per [[d:01-09-2024]]? ik heb al 2 keer betaald sinds dien. bel me pls op [[t:+31 (0)6 19 32 07 55]]""",
    r"""Hallo [[p:Mandy]], dit is een vonnis van de kantonrechter. Niet in paniek: als de achterstand betaald is kunnen we met {{o:Staedion}} een "laatste kans" afspraak maken. Ik bel je morgen om 10 uur. Groet, [[p:Ilona]] ({{r:maatschappelijk werker}})""",
    r"""Beste [[p:Bart]],

Zoals afgesproken mijn gegevens voor de aanvraag bijzondere bijstand (bril en tandarts):
[[p:Sylvana Jurgens]]
[[a:Hanenburglaan 144]] - [[pc:2565 GW]]
bsn [[b:992067121]]
tel [[t:06/45310287]]
iban [[i:NL90SNSB3867695155]]
De nota van de {{r:tandarts}} (tandarts [[p:Kramer]], {{o:Tandartspraktijk Bohemen}}) is 640 euro, datum behandeling dd [[d:12-4]]. De bril is van {{o:Hans Anders}}, 189 euro. Mijn zoon [[p:Dion]] heeft ook een nieuwe bril nodig.

Groetjes [[p:Sylvana]]""",
    r"""goedemorgen [[p:Ahmed]] ik ben [[p:Nezha]] de vrouw van [[p:Hassan Bouali]]. [[p:hassan]] is gisteren opgepakt door politie en zit nu vast. ik weet niet waarom. ik ben alleen met 4 kinderen. zijn loon komt niet meer. huur [[a:Ambonplein 35 III]] moet [[d:1 juli]] betalen. zijn advocaat is meester [[p:Van Dam]] [[t:070 - 361 88 20]]. wat moet ik doen met geld? mijn eigen rekening [[i:NL37BUNQ3051736381]] staat op mijn naam, zijn rekening kan ik niet bij""",
    r"""Hoi [[p:Nezha]], wat heftig voor jou en de kinderen. Vandaag om 14.00 uur kom ik langs. We vragen een voorschot bijstand aan zodat de huur betaald kan worden. Neem je ID en bankafschriften mee. [[p:Ahmed]]""",
    r"""Goedendag,

Mijn naam is [[p:Iwona Zielińska]] en ik werk als vrijwilliger bij {{o:Humanitas Thuisadministratie}}. Ik help meneer [[p:Bogdan Nowicki]] (geb. [[d:3 jan. 1961]]) met zijn post. Hij woont in {{w:Laakkwartier}} op [[a:Slachthuisstraat 18 B]]. Vandaag zagen wij een brief van {{o:Intrum}} met een vordering van 7.800 euro van een lening bij {{o:Ferratum}} die hij zegt nooit te hebben afgesloten. Dossiernr [[k:INT 8871 0034 22]]. Mogelijk identiteitsfraude. Zijn BSN: [[b:871.380.882]]. Kan het wijkteam hem helpen met aangifte en met het {{o:CFPB}}? Meneer is bereikbaar via mij: [[t:06 31 88 40 19]].

Met vriendelijke groet,
[[p:Iwona]]""",
    r"""Dag [[p:Iwona]], dank voor uw zorgvuldige mail. Ik neem dit op met meneer [[p:Nowicki]]. Ik kom [[d:woensdag 29 mei]] om 11.00 uur op de [[a:Slachthuisstraat 18 B]] langs. Groet, [[p:Thijs van den Heuvel]], {{r:maatschappelijk werker}}""",
    r"""hoi [[p:melanie]] ik heb ingeschreven bij {{o:woningnet}} zoals jij zei. mijn inschrijfnummer is [[k:WN-0091244563]] en de datum van inschrijving is [[d:13/02/2014]]!! dus ik sta al 10 jaar 🙈 wist ik niet. mijn ex [[p:Orlando]] had mij ingeschreven toen. kan ik nu reageren op huis in {{w:Wateringse Veld}}? 3 kamers [[a:Laan van Wateringse Veld 1019]]""",
    r"""Ja dat kan [[p:Melanie]]! Reageer maar, met 10 jaar inschrijfduur maak je een goede kans. Laat me weten als je wordt uitgenodigd voor een bezichtiging. [[p:Melanie]] hier ook hoor 😉 groet""",
    r"""Contactformulier
Naam: [[p:Farida Ouchan]]
Adres: [[a:Hobbemastraat 9 A]]
Postcode: [[pc:2526 JA]]
Telefoon: [[t:06-43 21 90 58]]
E-mail: [[e:f.ouchan@hotmail.com]]
Bericht: graag wil ik mij opgeven als vrijwilliger voor het taalcafé in de {{o:Bibliotheek Schilderswijk}}. ik ben zelf 20 jaar geleden uit Marokko gekomen en ik weet hoe moeilijk het is. ik spreek arabisch en berbers. mijn vriendin [[p:Touria]] wil ook meedoen.""",
]
# ---- batch 15: mixed long and short ----
TEXTS += [
    r"""Lieve [[p:Gonny]],

Ik wil je laten weten dat... nee ik begin opnieuw. Ik wil je laten weten dat mijn moeder [[p:Clasina]] ([[p:Sien]]) [[p:Hoogeveen]] vannacht rustig is ingeslapen in het hospice {{o:Calando}}. Jij hebt haar het laatste jaar zo goed geholpen, met de {{o:Wmo}}, met de huishoudelijke hulp [[p:Anita]], met alles. Mama had het vaak over "die lieve [[p:Gonny]] van het wijkteam". De crematie is op [[d:vrijdag 28 juni]] om 13.00 uur in {{o:Crematorium Ockenburgh}}. Je bent van harte welkom.

Haar woning aan de [[a:Fruitweg 21]] moet leeg voor [[d:31 juli]], weet jij of {{o:Staedion}} daar soepel in is?

Liefs, [[p:Margreet]]
[[t:06 50 77 31 42]]""",
    r"""salam alaikum mevrouw [[p:Hendrikx]] ik ben [[p:Houria]] van de [[a:Wouwermanstraat 133]]. ik heb gezien op facebook dat er een cursus is "omgaan met geld" in {{o:Wijkcentrum De Mussen}}. mag ik meedoen? en mijn buurvrouw [[p:Naima]] ook? wij kunnen alleen ochtend als kinderen op school. het is dinsdag toch? dank u 🌷""",
    r"""hoi [[p:fatih]] ik heb je gebeld maar geen antwoord. baba is weer opgenomen in {{o:Haga}} afdeling cardiologie kamer 4.12. zijn patientnummer is [[k:4488120]]. de dokter wil met familie praten morgen [[d:10 juli]] om 15:00. kun jij mee als tolk voor mama? ik moet werken. [[p:Elif]]""",
    r"""[[d:20-05-24]] 12:01 - [[p:Kim Hoogstraten]]: goedemiddag [[p:Dirk]]
[[d:20-05-24]] 12:01 - [[p:Kim Hoogstraten]]: de gemeente heeft mijn uitkering stop gezet omdat ik niet op afspraak was op [[d:13 mei]]. maar ik lag in het ziekenhuis!!! ik heb een ontslagbrief van {{o:Bronovo}}. klantnummer [[k:SZW 5510 882]]. en nu? huur moet [[d:1 juni]]
[[d:20-05-24]] 12:30 - [[p:Dirk]] {{o:SWT}}: Hoi [[p:Kim]], stuur me een foto van de ontslagbrief, dan bel ik vandaag je {{r:klantmanager}}. Wie is dat ook alweer?
[[d:20-05-24]] 12:31 - [[p:Kim Hoogstraten]]: meneer [[p:Ouwehand]]""",
    r"""Geachte mevrouw [[p:Nieuwenhuis]],

U heeft mij gevraagd het overzicht van mijn inkomsten te sturen. Ik krijg:
- AOW van de {{o:SVB}}: 1.412 euro (netto)
- pensioen {{o:PFZW}}: 220 euro
- huurtoeslag: 312 euro
Alles komt op mijn rekening [[i:NL59INGB7532070783]].
Mijn uitgaven zijn hoger dan vroeger sinds mijn man [[p:Johannes]] naar het verpleeghuis {{o:Duinhof}} is (sinds [[d:1 februari]]). Ik moet nu de eigen bijdrage betalen, 680 euro.
Mijn BSN staat op het formulier maar voor de zekerheid: [[b:485 801 048]].

Met vriendelijke groet,
mevr. [[p:H.J. Prins-Vos]]
[[a:Sportlaan 720]], [[pc:2566 LE]]""",
    r"""👋🏽 [[p:kiran]] je weet mijn ex [[p:Dinesh]] heeft weer niet alimentatie betaald al 3 maand. {{o:LBIO}} zegt ik moet formulier invullen, dossiernummer [[k:LB/2023/04418]]. kan je helpen? [[p:Aarti]] en [[p:Vikash]] hebben nieuwe schooltas nodig voor [[d:2 sept]]. ik ben thuis vanaf 4 uur. [[p:Usha]]""",
    r"""Dag [[p:Usha]], ja ik help je. Ik kom [[d:donderdag 22 augustus]] om 16.15 uur. Heb je de laatste betalingen van [[p:Dinesh]] op een rijtje? En voor de schooltassen: {{o:Stichting Leergeld}} kan helpen, ik neem het formulier mee. [[p:Kiran]]""",
    r"""goedendag, ik ben [[p:Jasmijn]] de nicht van meneer [[p:Tjon Sie Fat]] van de [[a:Kempstraat 98-1]]. hij is 88 en heeft gisteren een brief gekregen van de gemeente dat zijn {{o:Haagse Pas}} afloopt. hij begrijpt het niet. hij is doof dus bellen heeft geen zin, komt u langs? Zijn vaste nummer is [[t:070-3456712]] maar hij hoort het niet, beter mij [[t:06-14380912]]. dank u wel""",
    r"""Hallo [[p:Thomas]], ik ben [[p:Deborah]] van {{o:Parnassia}} {{r:FACT-team}}. Onze gezamenlijke cliënt [[p:Ruud de Bruin]] ([[d:11-11-1977]]) is gisteren niet op zijn depot-afspraak gekomen. Hij woont nog op de [[a:Zuidwal 47A]]? Hij neemt niet op, [[t:06 55 21 90 03]]. Kun jij vandaag even langs? Hij vertrouwt jou. Groet, [[p:Deb]]""",
    r"""Hoi [[p:Deborah]], ja hij woont daar nog. Ik ga om 15 uur langs en laat je weten hoe het is. [[p:Thomas]]""",
]
# ---- batch 16: final mix ----
TEXTS += [
    r"""Beste [[p:Hester]],

Ik ben [[p:Kwabena]], the son of Mrs. [[p:Abena Asante]] from [[a:Hengelolaan 1212]] in {{w:Waldeck}}. My mother had a stroke on [[d:the 2nd of June]] and is now at {{o:Sophia Revalidatie}}. She will come home in about 3 weeks. The {{r:ergotherapeut}} [[p:Marjolein]] says the bathroom must be adapted, a shower instead of bath. We rent from {{o:Vestia}}, huurnummer [[k:887 1043 20]]. Her BSN is [[b:714296843]]. Could you start the Wmo procedure? I live in London, [[t:+44 7700 918 223]], [[e:kwabena.asante@btinternet.com]].

Thank you very much,
[[p:Kwabena Asante]]""",
    r"""hoi [[p:jolanda]] met [[p:nina]]. ik ben vandaag bij {{o:Kessler Stichting}} geweest voor de nachtopvang maar vol. ik slaap vannacht bij [[p:Ricky]] in zijn auto bij het {{w:Zuiderpark}}. mijn uitkering staat nog op postadres [[a:Kerketuinenweg 4]] bij {{o:Straatconsulaat}}. mijn bsn [[b:731070513]] als je voor mij kan kijken bij de gemeente. ik heb nog 4% batterij""",
    r"""[[p:Nina]], ik bel nu de {{o:Kessler Stichting}} en het {{o:Centraal Onthaal}}. Kom morgen om 9 uur naar het spreekuur in de Prinsegracht. Pas goed op jezelf. [[p:Jolanda]]""",
    r"""Goedenavond meneer [[p:Prins]],
Wij hebben elkaar gesproken bij het buurtfeest in {{w:Houtwijk}}. Ik ben [[p:Hannie Groenewegen]] en ik woon met mijn zoon [[p:Ruben]] (44, met Wajong) op [[a:Kastelenring 211]], [[pc:2554 BD]]. [[p:Ruben]] heeft een licht verstandelijke beperking (LVB) en hij wordt steeds door een groep jongens gebruikt om pakketjes rond te brengen. Ik ben bang dat het drugs zijn. De {{r:MEE-consulent}} [[p:Saskia Ramdas]] is met pensioen en er is geen nieuwe. Mijn nummer is [[t:070-3977201]].
Met vriendelijke groet, [[p:H. Groenewegen]]""",
    r"""hey [[p:lars]] ik heb de nieuwe huurder gevonden voor mijn kamer zoals jij zei om schulden te betalen. hij heet [[p:Dawit]] en komt uit Eritrea, geboren [[d:15/12/1996]], hij werkt bij {{o:Hoogvliet}}. maar mag dat van {{o:Haag Wonen}}? ik wil geen problemen. mijn adres [[a:Wolmaransstraat 88 I]] [[pc:2572 WG]]""",
    r"""Hoi [[p:Lars]], hierbij de gegevens voor de toeslagpartner-check:
mijn naam [[p:Kübra Doğan]], bsn [[b:1457 24 682]]
vriend [[p:Tarik Amrani]], bsn [[b:280567650]], woont sinds [[d:01.04.2024]] bij mij
adres [[a:Heemstraweg 102]] [[pc:2531SC]]
rekening gezamenlijk [[i:NL95 TRIO 8600 6376 73]]
is dit genoeg? [[p:Tarik]] vraagt ook of zijn studieschuld meetelt""",
    r"""Goedemiddag [[p:Saïda]], ik ben [[p:Marieke]] de {{r:juf}} van [[p:Aya]] uit groep 4 van {{o:De Haagse Wijkschool}}. Mevrouw [[p:Chahid]] heeft mij gevraagd u te mailen, zij vindt schrijven moeilijk. [[p:Aya]] komt steeds zonder ontbijt en in dezelfde kleren op school. Moeder zegt dat ze geen geld heeft sinds half april... Ze heeft ook een brief van {{o:Toeslagen}} die ze niet begrijpt, kenmerk [[k:TSL 24/118 339]]. Zou u contact met haar willen opnemen? Haar nummer: [[t:06-3340 1975]]. Hartelijke groet, [[p:Marieke Blom]]""",
    r"""hallo [[p:esther]] 🙏 hier [[p:Ayan]] ik ben vandaag 28 geworden 🎂 en mijn zoon [[p:Liban]] heeft zwemdiploma A gehaald!!! dank je wel voor {{o:Ooievaarspas}} 😍 zonder jou niet gelukt. volgende week [[d:vrijdag 19 juli]] ben ik op vakantie naar mijn moeder in Birmingham, terug [[d:2 aug]]. mijn nummer daar [[t:+44 7452 117 390]]""",
    r"""Gefeliciteerd [[p:Ayan]] en [[p:Liban]]! 🎉 Fijne vakantie, ik spreek je na [[d:2 augustus]]. [[p:Esther]]""",
    r"""hallo [[p:daan]] ik ben [[p:Zbigniew]] van [[a:Parallelweg 14 zolder]]. de huisbaas is [[p:Rudi Verhagen]] hij woont [[a:Elandstraat 7]]. hij geeft geen contract en geen huurbewijs dus ik kan geen huurtoeslag krijgen en niet inschrijven bij gemeente. hij vraagt 650 cash elke 1e van de maand. mijn nummer [[t:0687 33 20 41]]. mijn pools nummer [[t:+48 723 881 902]]. dziękuję""",
    r"""Contactformulier
Naam: [[p:Lin Jing]]
Adres: [[a:Spui 208-C]]
Postcode: [[pc:2511 BX]]
Tel: [[t:06 18 55 02 74]]
E-mail: [[e:linjing.dh2019@qq.com]]
BSN: [[b:261 516 334]]
Vraag: 我妈妈 my mother [[p:Lin Xiu]] come from China for visit, she fell on the street [[d:8 May]] and the hospital {{o:HMC}} bill is 4.300 euro, she has no Dutch insurance. Can the team help with payment plan? My husband [[p:Koen de Boer]] works, I study at {{o:Haagse Hogeschool}}.""",
    r"""Goedemorgen mevrouw [[p:Van der Berg]],
Ik ben de dochter van [[p:Jozef Wiśniewski]] en woon in Polen. Mijn vader woont in {{w:Transvaal}}, [[a:Delftselaan 222-3]]. Hij zegt dat zijn {{r:bewindvoerder}} mevrouw [[p:Kraaijeveld]] zijn geld niet meer geeft. Ik vind dat raar. Zijn klantnummer bij het bewindbureau is [[k:KB-10331]]. Zijn rekening waarop leefgeld moet is [[i:NL16 SNSB 7188 5589 99]]. Mijn mail is [[e:kasia.wisniewska@o2.pl]], telefoon [[t:+48 501 229 114]].
Pozdrawiam, [[p:Katarzyna]]""",
]
# ---- batch 17: short admin messages ----
TEXTS += [
    r"""herinnering: [[d:di 25/6]] 9.30 afspraak {{o:UWV}} in het centrum?? of is het [[d:do 27/6]]. klantnr [[k:UW 3380 4417]]. bel me terug [[t:06-28 31 40 57]]""",
    r"""Nieuw nummer!! van [[p:Mehmet]] nu [[t:0645 88 72 19]] oude [[t:0623 11 04 90]] werkt niet meer. ook nieuw adres per [[d:15-07-2024]]: [[a:Zuiderparklaan 144 D]] [[pc:2574 HB]]""",
    r"""goedemorgen, ik moet toch de brief van {{o:Toeslagen}} sturen? hier: "Datum [[d:26 juni 2024]] — Ons kenmerk [[k:2024.TS.5580.119]] — Uw BSN [[b:1756.05.762]] — Terugvordering zorgtoeslag 2023". ik bel vrijdag. [[t:0615 40 29 83]]""",
    r"""sms: afspraak verzet naar [[d:maandag 5 aug]] 14u i.p.v. [[d:29-7]]. adres blijft [[a:Hoefkade 612-3]] [[pc:2526 CX]]. groet""",
    r"""Dag, mijn dossiernummer bij jullie is [[k:SWT-ESC-2024-0417]] en bij {{o:Schuldhulpverlening}} [[k:SHV 24/03318]]. Rekening voor het leefgeld is veranderd naar [[i:NL02 KNAB 2379 9642 24]]. Geboortedatum voor controle [[d:07-11-1993]].""",
    r"""ok ik stuur alles naar [[e:info.mamadi1977@gmail.com]] van mijn zoon want mijn mail doet raar. bsn staat erbij [[b:393826818]]. mijn tel blijft [[t:06 410 277 35]]. postcode verkeerd op de brief, moet [[pc:2531 WR]] zijn niet [[pc:2513 WR]]""",
    r"""[[d:24/07]] kan ik niet, [[d:31/07]] wel. na 13u. huisnummer is [[a:Escamplaan 412 a]], de a niet de b. de bel doet het niet dus bel [[t:06 18 20 73 66]] als je beneden bent 🙏""",
]
# ---- batch 18: long stories ----
TEXTS += [
    r"""hallo [[p:Marjan]]

ik schrijf je want ik kan niet slapen. het gaat over mijn zoon [[p:Jamal]] hij is 19. sinds hij van school af is ({{o:Grafisch Lyceum}}) zit hij alleen maar binnen en hij rookt heel veel wiet. gisteren heeft hij de deur van de keuken kapot geslagen omdat ik vroeg om af te wassen. mijn man [[p:Driss]] is vorig jaar overleden dus ik ben alleen met hem en zijn zusje [[p:Salma]] (13). [[p:salma]] slaapt nu bij mij in bed want ze is bang. ik wil niet dat politie komt want dan heeft hij strafblad en dan nooit werk. jij zei een keer dat er iets is voor jongeren, jongerenwerker of zo, van {{o:Xtra}}? hij kent een man daar, [[p:Youssef]] van het buurthuis in {{w:Spoorwijk}}. kan jij die bellen? ik ben thuis [[d:donderdag 11 juli]] de hele dag, [[a:Hoefkade 1105]] weet je. mijn telefoon staat altijd aan [[t:06 14 25 36 47]]. sorry voor alles. [[p:Naziha]]""",
    r"""Goedemiddag mevrouw [[p:Brouwer]],

Ik ben [[p:Henk-Jan Pronk]], de broer van [[p:Annemarie Pronk]] die bij u bekend is. [[p:Annemarie]] heeft mij gevraagd om te helpen met haar post nu ze in de kliniek van {{o:Parnassia}} is opgenomen (sinds [[d:vrijdag 21 juni]]). Ik heb vandaag haar brievenbus op de [[a:Loosduinseweg 488 A]] leeggehaald en er lagen onder andere:
- een herinnering van {{o:Dunea}}, klantnummer [[k:300-77.214]]
- een brief van de {{o:gemeente}} over de heronderzoek van haar bijstand, met een afspraak op [[d:3 juli]] die ze dus niet kan nakomen
- een aanmaning van {{o:Zilveren Kruis}}, relatienummer [[k:128 440 903]]
Ik heb geen volmacht. Haar BSN is [[b:424 803 665]] als u iets moet doorgeven. Kunt u mij laten weten wat ik het beste kan doen, of kunt u contact opnemen met haar {{r:klantmanager}}? Ik ben bereikbaar op [[t:06 - 22 91 38 70]] en [[e:hj.pronk@kpnmail.nl]].

Met vriendelijke groet,
[[p:Henk-Jan]]""",
    r"""[[d:01-07-24]] 19:22 - [[p:Ilse Koster]]: Hoi [[p:Roel]], ik ben de buurvrouw van [[p:Ahmad]] en [[p:Rasha]] (de Syrische familie op [[a:Moerweg 118]]). Ze vroegen of ik je wil appen omdat hun Nederlands nog niet goed is.
[[d:01-07-24]] 19:24 - [[p:Ilse Koster]]: Er is een brief gekomen van de {{o:Belastingdienst}} over een aanslag van 2.600 euro voor een auto die niet van hen is. Kenteken staat erop, het is een auto die op naam van [[p:Ahmad]] staat maar hij heeft geen auto, hij heeft niet eens een rijbewijs!
[[d:01-07-24]] 19:25 - [[p:Ilse Koster]]: Aanslagnummer [[k:8840.12.331.M.46]]. Zijn geboortedatum is [[d:1-1-1981]] en zijn BSN [[b:815408961]]
[[d:01-07-24]] 19:40 - [[p:Roel]] wijkteam: Dank je [[p:Ilse]], dat klinkt als identiteitsfraude. Ik kom [[d:woensdag 3 juli]] om 10 uur bij de familie, met een tolk Arabisch. Zou jij erbij kunnen zijn?
[[d:01-07-24]] 19:41 - [[p:Ilse Koster]]: ja hoor 👍""",
    r"""Geachte heer, mevrouw,

Via deze weg wil ik mijn zorgen uiten over mijn oude buurman, meneer [[p:Hiralal]] ([[p:Baldew]]?) van [[a:Wolmaransstraat 143]]. Hij is weduwnaar en zit de hele dag alleen. Sinds een paar weken staat er een jonge man bij hem over de vloer, die zich voorstelt als zijn "neef" [[p:Sunny]], maar meneer zegt zelf dat hij geen familie in Nederland heeft. Ik heb gezien dat die jongen met zijn pinpas naar de {{o:ING}} ging. Meneer heeft ook ineens een nieuwe telefoon met abonnement van {{o:Odido}} op zijn naam. Ik vertrouw het niet.

Ik wil niet dat meneer weet dat ik dit heb gemeld. Mijn naam is [[p:Carolien van Es]], ik woon twee deuren verder, telefoon [[t:06 53 70 28 14]].

Met vriendelijke groet,
[[p:C. van Es]]""",
    r"""hoi [[p:sabine]] 🙏🙏 ik ben zo blij!!! de rechter heeft gezegd dat de kinderen bij mij blijven. [[p:Kenzo]] en [[p:Amaya]] blijven op hun school {{o:De Tweemaster}} in {{w:Laak}} en hun vader [[p:Giovanni]] mag om het weekend. de {{r:gezinsvoogd}} meneer [[p:Huisman]] was ook heel positief over mij. hij zei dat het huis nu netjes is en dat ik goed voor ze zorg. zonder jou was dit niet gelukt echt niet. jij ging mee naar alle afspraken en je hielp met de brieven. de beschikking heeft nummer [[k:C/09/652231 FA RK 24-3310]] en het is [[d:vrijdag 12 juli 2024]] uitgesproken. nu moet ik nog de {{o:SVB}} veranderen dat het kindgebonden budget naar mij komt. kunnen we dat samen doen? ik ben vrij [[d:dinsdag 16 juli]] na 12 uur. liefs [[p:Jessica]] en de kids ❤️❤️""",
]

# ---------------------------------------------------------------------------
TOKEN = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def parse(src):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in TOKEN.finditer(src):
        out.append(src[pos : m.start()])
        n += len(src[pos : m.start()])
        if m.group(1):
            lab, body, table, dest = m.group(1), m.group(2), PII, pii
        else:
            lab, body, table, dest = m.group(3), m.group(4), KEEP, keep
        if lab not in table:
            raise ValueError("unknown label %r in %r" % (lab, body))
        dest.append({"start": n, "end": n + len(body), "label": table[lab], "text": body})
        out.append(body)
        n += len(body)
        pos = m.end()
    out.append(src[pos:])
    return "".join(out), pii, keep


# Context terms that must stay readable: every further occurrence that is not
# inside another span is marked as keep, so the keep list is complete.
AUTO_KEEP = [
    (
        "role",
        r"huisarts|deurwaarders?|bewindvoerder|advocaat|wijkagent|maatschappelijk werker|klantmanager"
        r"|budgetcoach|kantonrechter|rechter|notaris|tolk|dokter|gynaecoloog|apotheker|psycholoog|longarts"
        r"|cardioloog|kinderarts|mentor|wijkverpleegkundige|ouderenconsulent|woonconsulent|schuldhulpverlener"
        r"|casusregisseur|welzijnscoach|leerplichtambtenaar|jeugdconsulent|jeugdbeschermer|intern begeleider"
        r"|huishoudelijke hulp|verpleegster|taaldocent|taalcoach|ergotherapeut|geriater|buurtbemiddelaar"
        r"|hulpverlener|bailiff|reclasseringswerker|poh",
        re.I,
    ),
    (
        "org",
        r"wijkteam|wijkzorgteam|gemeente|politie|brandweer|voedselbank|UWV|SVB|CJIB|CAK|DUO|CIZ|CJG|GGZ|GGD"
        r"|HMC|Haga|Staedion|Vestia|Eneco|Parnassia|Brijder|belastingdienst|jeugdzorg|thuiszorg|rechtbank"
        r"|huisartsenpost|haag ?wonen|BKR|rabo|Sociale Dienst|Sociale Zaken en Werkgelegenheid|woningnet",
        re.I,
    ),
    ("org", r"SWT|IND|ING|ROC|Toeslagen|Wmo|COA", 0),
    (
        "wijk",
        r"Schilderswijk|Transvaal|Moerwijk|Laak|Escamp|Bouwlust|Morgenstond|Mariahoeve|Duindorp|Scheveningen"
        r"|Spoorwijk|Regentessekwartier|Zuiderpark|Bezuidenhout|Ypenburg|Loosduinen|Waldeck|Houtwijk|Duinoord"
        r"|Laakkwartier|Valkenboskwartier|Leyenburg|Vruchtenbuurt|Wateringse Veld|Chinatown",
        re.I,
    ),
]
AUTO_RE = [
    (lab, re.compile(r"(?<![\w@.-])(?:%s)(?![\w@-])" % pat, fl)) for lab, pat, fl in AUTO_KEEP
]


def add_auto_keep(text, pii, keep):
    taken = [(s["start"], s["end"]) for s in pii + keep]
    for lab, rx in AUTO_RE:
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if any(a < e and s < b for s, e in taken):
                continue
            keep.append({"start": a, "end": b, "label": lab, "text": m.group()})
            taken.append((a, b))
    keep.sort(key=lambda s: s["start"])


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = "".join(c for c in s if c.isalnum()).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    recs = []
    for i, src in enumerate(TEXTS):
        text, pii, keep = parse(src.strip("\n"))
        add_auto_keep(text, pii, keep)
        assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, (
            i,
            text,
        )
        spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", i, a, b)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], (i, s)
            assert s["text"] == s["text"].strip(), ("whitespace at span edge", i, s)
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), ("bad bsn", i, s)
            if s["label"] == "iban":
                assert iban_ok(s["text"]), ("bad iban", i, s)
        assert pii, ("no pii", i)
        recs.append({"id": "ho65-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return recs


def main():
    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout65.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    tot = sum(pc.values())
    print(
        "wrote %s: %d texts, %.1f words avg (min %d, max %d)"
        % (path, len(recs), sum(words) / len(words), min(words), max(words))
    )
    print(
        "pii %d:" % tot,
        ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / tot) for k, v in pc.most_common()),
    )
    print("keep:", ", ".join("%s %d" % kv for kv in kc.most_common()))


if __name__ == "__main__":
    main()
