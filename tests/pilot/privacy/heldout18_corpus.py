"""Held-out corpus 18: messy, informal texts of Dutch social neighbourhood care professionals.

Half hand-written (HAND), half generated from templates (seeded). Markup [[code:text]] = personal data,
{{code:text}} = context to keep; it is stripped programmatically so offsets are right by construction.
Run: python3 heldout18_corpus.py  -> writes heldout18.jsonl next to this file (deterministic, stdlib only)."""

HAND = [
    # 1 teams chat, name = ordinary word (Roos), decoy "hoop"
    """[09:12] [[p:Roos]]: morgen ff hb bij mw [[p:çelik]] op [[a:Hoefkade 12-hs]]?? ze nam gister weer niet op
[09:14] [[p:ahmed]]: idd, wrs telefoon leeg 🙈 ik bel ff haar dochter [[p:Elif]], nr staat in dossier [[n:2024-03318]]
[09:15] [[p:Roos]]: top. ik hoop dat het {{o:Wmo-loket}} die traplift nu eindelijk heeft goedgekeurd, ze valt bijna elke week
[09:21] [[p:ahmed]]: mss vrijdag pas zeiden ze. wil jij zsm terugkoppelen aan de {{r:wijkverpleegkundige}}? die komt 3x per week
[09:22] [[p:Roos]]: 👍""",
    # 2 forwarded outlook mail
    """Van: [[p:Sanne de Wit]] <[[e:s.dewit@mooiwelzijn.nl]]>
Verzonden: [[d:dinsdag 12 maart 2024]] 10:14
Aan: [[p:Yusuf Ben-Ali]]; SWT {{w:Transvaal}}
Onderwerp: FW: aanmelding dhr [[p:O'Neill]]

Hoi [[p:Yusuf]],

Zie hieronder, doorgestuurd van de {{r:huisarts}}. Dhr [[p:Patrick O'Neill]] (geb. [[d:04-07-1961]]) woont sinds kort op de [[a:Paul Krugerlaan 88A]], [[pc:2571 JE]]. Ier, spreekt Engels en een beetje Nederlands. Hij heeft schulden bij o.a. het {{o:CAK}} en de {{o:Belastingdienst}}, totaal ongeveer € 14.000, en drinkt vzv flink. Kun jij hem oppakken? Ik ben er wo en do niet.

Gr [[p:Sanne]]""",
    # 3 voice memo, no punctuation, spelled date
    """spraakmemo 14:02 ok even snel ingesproken want ik sta in de auto ben net bij meneer [[p:Tesfay]] geweest [[p:Yonas Tesfay]] in {{w:Moerwijk}} op de [[a:Erasmusweg 1021]] hij zegt dat zijn uitkering stopt per de eerste van de maand en hij heeft een brief van {{o:Haag Wonen}} over ontruiming op [[d:achtentwintig mei]] dus dat moet echt zsm naar [[p:Lotte]] van {{o:schuldhulpverlening}} zijn nummer is [[t:06 41 87 22 90]] die van hem bedoel ik niet van [[p:lotte]] ok verder geen bijzonderheden einde memo""",
    # 4 table with tabs
    """overzicht hb's week 14 (NIET doorsturen buiten het team!!)
naam\tadres\ttel\topm
[[p:Wójcik, K.]]\t[[a:Weimarstraat 301]]\t[[t:06-18273645]]\tpools, tolk regelen via {{o:Tolkcentrum}}
mw [[p:Hoop]]\t[[a:Beeklaan 14 bis]]\t[[t:070-3639120]]\tdementie, {{r:casemanager dementie}} betrokken
[[p:Nguyễn Thị Lan]]\t[[a:Valkenboskade 22-II]]\t[[t:+31 6 2291 0034]]\tdochter [[p:Hương]] tolkt
dhr [[p:'t Hooft]]\t[[a:Regentesselaan 7]]\t-\tgeen tel, gewoon aanbellen (bel doet het niet, kloppen)
totaal 4 adressen, allemaal {{w:Regentessekwartier}}/{{w:Valkenbos}}""",
    # 5 ALL CAPS alert
    """LET OP!! DHR [[p:BOUKHARI]] NIET ALLEEN BEZOEKEN. ALTIJD MET 2 COLLEGA'S.
INCIDENT OP [[d:3-11-2023]] (ZIE MELDING {{o:VEILIG THUIS}} [[n:VT-2023-0442]]). ADRES [[a:JAVASTRAAT 3 BIS]] [[pc:2585AM]].
{{r:wijkagent}} [[p:Mol]] is op de hoogte en rijdt evt mee als we het vooraf melden. vzv geen wapens in huis maar wees alert, hij wordt snel boos als het over zijn broer gaat. afspraken alleen op dinsdag of donderdag overdag.""",
    # 6 vocative lower-case, decoy 'kok'
    """[[p:jan]], kun jij do de overdracht van [[p:hodan warsame]] doen? ik zit tot 12u bij {{o:MEE}}
> [[p:Jan Kok]]: ja prima. is dat die mevr uit {{w:Bouwlust}} met de 3 kids?
> ja die. adres is nu [[a:Melis Stokezijde 190]] ipv het oude. en let op haar nieuwe nr: [[t:0687654321]]
> [[p:Jan Kok]]: 👍 komt goed. wie is haar {{r:bewindvoerder}}?
> nog niemand, aanvraag loopt. zaaknr rechtbank [[n:C/09/661204]]. de kok van het buurthuis weet trouwens ook van haar situatie, ze helpt daar op dinsdag in de keuken""",
    # 7 bullet overdracht
    """overdracht [[p:Mehret]] (cliënt sinds feb)
- naam: [[p:Mehret Haile]], 34 jr, eritrees, 2 kinderen (6 en 9)
- bsn: [[b:1255.51.022]]
- adres: [[a:Hobbemastraat 120-3]], [[pc:2526 JR]] ({{w:Schilderswijk}})
- tel: [[t:06-22 81 93 07]] (alleen whatsapp)
- schulden ca € 6.300, {{r:schuldhulpverlener}} is [[p:Daan Zwart]] ({{o:Schuldhulpverlening}})
- rekening voor toeslagen: [[i:NL28 INGB 2946 8470 03]]
- volgende afspraak: [[d:vr 19/4]] om 10.30 op het {{o:Servicepunt XL}}
- ex-partner [[p:Tesfamariam]] mag adres NIET weten!!""",
    # 8 short chat
    """wie heeft het nummer van mw [[p:van 't Veer]]?
— [[p:Priya]]: [[t:070 - 345 12 98]] maar ze neemt nooit op, beter gewoon langs op [[a:Laan van Meerdervoort 512]]. ze is er meestal na 11u""",
    # 9 whatsapp export with timestamps (dates are personal data)
    """[[[d:14-02-24]] 08:57:31] [[p:Ilse Bakker]]: goedemorgen team ☀️ reminder casusoverleg om 13u in {{o:wijkcentrum De Mussen}}. agenda: 1) dhr [[p:Popescu]] 2) fam [[p:Ramcharan]] 3) mw [[p:Zhou]]
[[[d:14-02-24]] 09:03:10] [[p:Karim]]: 2 schuift door, [[p:Ramcharan]] is zaterdag opgenomen bij {{o:Parnassia}}
[[[d:14-02-24]] 09:04:44] [[p:Ilse Bakker]]: oké dank. [[p:Karim]] wil jij 1 inbrengen? jij had hb bij hem op [[d:9 feb]]
[[[d:14-02-24]] 09:05:02] [[p:Karim]]: jep 👍 neem de brief van {{o:UWV}} mee""",
    # 10 mail with signature block
    """Hoi allemaal,

Vanaf [[d:1 april]] ben ik jullie contactpersoon vanuit {{o:Sociaal Raadslieden}}. Voor dhr [[p:Dimitrov]] (ons kenmerk [[n:SR-24-00917]]) loopt nog een bezwaar tegen de terugvordering van het {{o:UWV}}, ruim € 3.100. Hij heeft zelf geen mail, dus post graag naar [[a:Dedemsvaartweg 310]].

Met vriendelijke groet,

[[p:Margriet Vos-Ouali]]
{{r:sociaal raadsvrouw}}
{{o:Sociaal Raadslieden Den Haag}} | team Zuidwest
T [[t:070 - 752 88 13]] | M [[t:06 5309 1174]]
E [[e:m.vos-ouali@srdh.nl]]
Werkdagen: ma, di, do""",
    # 11 voice memo, family finances
    """memo na hb mevrouw [[p:aydın]] ehm [[p:Zeynep Aydın]] ja dus ze woont nog steeds op de [[a:Rijswijkseweg 34]] tweehoog samen met haar moeder die heeft alzheimer de {{r:casemanager dementie}} van {{o:Florence}} komt één keer in de twee weken dat is te weinig vindt ze zelf ze wil respijtzorg ik heb gezegd dat ik [[d:maandag de achtste]] terugbel oja en haar broer [[p:Murat]] regelt de financiën maar ze zegt dat hij geld opneemt van moeders rekening ze heeft het rekeningnummer op een briefje gezet [[i:NL09ABNA9379505414]] heb ik gefotografeerd moeten we bespreken in het mdo""",
    # 12 Bakker / Roos as surnames, decoys zwart + bakker
    """@[[p:Bakker]] kun je ff checken of mw [[p:Roos]] al een beschikking heeft van de {{o:Wmo}}? ze belde net huilend, zegt dat ze al sinds [[d:2 januari]] wacht
— [[p:Lisa Bakker]]: ja gevonden, beschikking is op [[d:22-01]] verstuurd naar [[a:Vaillantlaan 19C]]. wrs oud adres?? ze woont nu bij haar zoon [[p:Kevin]] in {{w:Leyenburg}}
— oh ja klopt. ze werkt trouwens zwart bij een bakker op de markt, dus inkomen klopt niet helemaal. eerst met {{r:teamleider}} bespreken hoe we dat vastleggen""",
    # 13 CAPS subject + body
    """URGENT — ONTRUIMING FAM [[p:TAVARES]] [[d:DINSDAG 23 APRIL]] 9:00
vzv is er nog niks geregeld. huurachterstand € 4.870 bij {{o:Staedion}}, vonnis is al binnen. [[p:Nelson Tavares]] (kaapverdiaans, 51) zit in de ziektewet, vrouw [[p:Djenifer]] werkt bij de schoonmaak. 3 kinderen waarvan 1 met {{o:Jeugdbescherming West}}. adres [[a:Zuiderparklaan 221-C]] [[pc:2574 HD]]. wie kan mee naar de deurwaarder? [[p:Bram]] is ziek 🤒""",
    # 14 forwarded citizen mail
    """fyi, kwam binnen via de algemene mailbox. [[p:Sevda]] pakt op 🙏

-----Oorspronkelijk bericht-----
Van: [[p:Ahmadzai, Farida]] <[[e:farida.ahmadzai92@gmail.com]]>
Verzonden: [[d:vrijdag 5 januari 2024]] 23:41
Aan: [[e:swt.laak@denhaag.nl]]
Onderwerp: hulp nodig

goedeavond ik ben [[p:farida]] ik heb uw adres van de {{o:voedselbank}}. ik heb geen geld meer voor eten mijn man is weg sinds december. ik woon [[a:Hooftskade 77]] 2e etage. mijn telefoon [[t:06 12 09 88 31]] . alstublieft bel mij""",
    # 15 pipe table from Word
    """| Naam | Geb.datum | BSN | Wijk | Status |
|---|---|---|---|---|
| [[p:Abdirahman Farah]] | [[d:12-09-1988]] | [[b:315650357]] | {{w:Transvaal}} | aanmelding |
| [[p:Hannah O'Connor]] | [[d:3-1-1957]] | [[b:263 212 099]] | {{w:Bezuidenhout}} | in behandeling |
| [[p:Gül Öztürk-Demir]] | [[d:27.06.1972]] | [[b:2004.46.381]] | {{w:Laak}} | wacht op {{o:GGZ}} |
| [[p:De Jong, R.]] | [[d:11-11-1990]] | [[b:106528804]] | {{w:Morgenstond}} | afgesloten |
bron: export uit registratiesysteem, [[p:Kim]] heeft het ff in Word geplakt""",
    # 16 list of names after colon
    """wie gaan er mee naar het mdo op [[d:do 16-5]]? tot nu toe: [[p:sanne]], [[p:ahmed]] en mw [[p:de wit]] van {{o:HWW zorg}}. {{r:POH-GGZ}} kan niet. het gaat om dhr [[p:Sewdien]] (dossier [[n:#51277]]), je weet wel, die van de stank en de 14 katten in {{w:Laakkwartier}}.
[[p:Ahmed]]: ik neem de foto's mee die [[p:Ravi]] (zoon) heeft gestuurd
[[p:Sanne]]: 👍 ik vraag de {{o:Dierenambulance}} of ze die dag kunnen""",
    # 17 informal case lesson, Romanian
    """korte casus voor de themagroep bemoeizorg (nog niet geanonimiseerd, [[p:Mieke]] doet dat nog ff)

[[p:Ionuț Popescu]], 44, roemeens, woont sinds 2019 in een kamer boven een winkel op de [[a:Vaillantlaan 301-1]]. werkte via uitzendbureau in de kassen in het Westland, ontslagen na een ongeluk. geen zorgverzekering meer. zijn ex [[p:Ștefania]] belde ons want hij at niet meer. eerste hb [[d:17 okt]] deur niet open. tweede keer met {{r:wijkagent}} en de {{r:SPV}} van {{o:Parnassia}} wel binnen. les: neem iemand mee die de taal spreekt, bij ons was dat [[p:Andrei]] van {{o:Stichting Barka}}. en: niet te snel met formulieren komen.""",
    # 18 quick note lowercase, lowercase postcode
    """nb mw [[p:şahin]] wil niet dat haar man [[p:mehmet]] wordt gebeld. alleen contact via haar zus [[p:ayşe]] [[t:0031 6 44 09 12 73]]. hb alleen op ochtenden, hij werkt dan. postcode klopt niet in systeem, moet [[pc:2525 dc]] zijn ipv [[pc:2525 CD]]""",
    # 19 surname sentence-initial, Ghanaian
    """[[p:Vos]] belt morgen de huisbaas van dhr [[p:Mensah]] over de schimmel. [[p:Kwame Mensah]] heeft astma en 2 kleine kids, {{r:huisarts}} heeft al een brief geschreven. huisbaas is particulier (dhr [[p:Verbeek]], [[t:06-51 77 30 48]]) en reageert niet op mail naar [[e:verbeek.vastgoed@hotmail.com]].
[[p:Zwart]] had toch contact met het {{o:Huurteam}}? anders via het {{o:Juridisch Loket}}. ik hoop dat het voor de winter opgelost is""",
    # 20 voice memo, client number
    """ja hallo dit is [[p:Fleur]] voor het dossier van [[p:Hamid Sultani]] uit {{w:Spoorwijk}} eh hij heeft op [[d:15 februari]] een gesprek bij het {{o:UWV}} en hij wil dat iemand meegaat want vorige keer begreep hij er niks van zijn klantnummer daar is [[n:KL-2291044]] hij woont nu tijdelijk bij zijn neef [[p:Sayed]] op de [[a:Cillierstraat 45]] maar dat is eigenlijk te klein met vijf mensen dus ook woonurgentie bekijken ok dat was het""",
    # 21 iphone reply chain
    """ja prima, doe maar zo. ik bel haar wel.

Verzonden vanaf mijn iPhone

Op [[d:wo 6 mrt. 2024]] om 14:22 heeft [[p:Jeroen 't Hart]] <[[e:j.thart@xtra.nl]]> het volgende geschreven:
> Dag [[p:Mirjam]],
> Kunnen we mw [[p:Georgieva]] samen oppakken? Zij heeft een {{o:Wmo}}-indicatie voor huishoudelijke hulp maar die komt al 3 weken niet opdagen. Haar bsn is [[b:271 198 515]], geboren [[d:30-6-'52]]. Ze woont op [[a:Kempstraat 156]] en is bulgaars, spreekt redelijk Nederlands.
> Groet, [[p:Jeroen]]
> {{r:welzijnscoach}} {{o:Xtra}}""",
    # 22 met / voor
    """net gebeld met [[p:Akua]] (buurvrouw van [[p:Boateng]]), ze maakt zich zorgen want ze heeft mw al 4 dagen niet gezien en de post stapelt zich op. ik ga er vanmiddag heen voor mw [[p:Boateng]], wil iemand mee? adres [[a:Moerweg 76]]. als er niet wordt opengedaan bel ik de {{o:GGD}}""",
    # 23 intake form pasted
    """INTAKEFORMULIER SWT (plakversie, opmaak kwijt)
Naam cliënt:\t[[p:Rasha Al-Hassan]]
Geboortedatum:\t[[d:02/11/1979]]
BSN:\t[[b:271190954]]
Adres:\t[[a:Stuwstraat 18]]
Postcode/plaats:\t[[pc:2516TD]] Den Haag
Telefoon:\t[[t:06-39 20 11 86]]
E-mail:\t[[e:rasha.alhassan@outlook.com]]
Verwijzer:\t{{r:huisarts}} dr. [[p:Kuipers]]
Registratienr gemeente:\t[[n:WMO-2024-00315]]
Hulpvraag:\tsyrisch, statushouder sinds 2016, 4 kinderen. zoekt werk, taal A2. man [[p:Omar]] heeft PTSS, wacht op {{o:i-psy}}""",
    # 24 platform discussion thread, Mei as name vs month
    """Re: thema ouderen – eenzaamheid
[[p:Wim]] (SWT {{w:Mariahoeve}}) schreef:
> bij ons werkt de koffieochtend in het wijkcentrum echt goed, iemand ervaring met huisbezoeken door vrijwilligers?
reactie [[p:Naima El Idrissi]], {{r:ouderenconsulent}}:
eens!! bij ons is het mevr [[p:Mei]] (91) die elke week komt sinds haar man overleed in maart. haar buurvrouw [[p:Hanneke]] haalt haar op. wat niet werkt: flyers, mensen lezen het niet. in mei starten we een wandelgroep vanaf {{o:Servicepunt XL}} Mariahoeve, [[p:Wim]] mail me maar ([[e:n.elidrissi@welzijnmariahoeve.nl]])""",
    # 25 very short
    """hb [[p:o'neill]] verplaatst naar [[d:vr 12/7]] ivm ziekte. [[p:kees]] weet ervan""",
    # 26 gmail forward
    """---------- Doorgestuurd bericht ---------
Van: [[p:Thomas van Leeuwen]] <[[e:t.vanleeuwen@staedion.nl]]>
Date: [[d:ma 15 apr 2024]] om 09:03
Subject: Re: overlast [[a:Van der Vennestraat 67]]
To: [[p:Anouk]] <[[e:anouk.brouwer@denhaag.nl]]>

Beste [[p:Anouk]], de buren klagen opnieuw over geluid en afval in het trappenhuis. Huurder is dhr [[p:Gholam Mohammadi]], contractnr [[n:HC-0087712]]. Wij overwegen een gedragsaanwijzing. Graag eerst een gesprek met jullie {{r:maatschappelijk werker}} erbij, hij heeft vzv een oorlogstrauma (afghaans). Bel me gerust op mijn mobiel [[t:06-1388 2210]].""",
    # 27 antillean youth, CJG
    """[[p:Shurendy]] (19) staat weer bij het {{o:Servicepunt XL}} {{w:Zuiderpark}}, zegt dat hij thuis weg moet bij zijn moeder mw [[p:Martina]]. heeft geen inkomen, wel schuld bij {{o:DUO}}. eerder bekend bij {{o:CJG}}, dossier daar [[n:CJG-2019-4471]], maar nu 18+ dus bij ons. hij slaapt nu bij zijn tante [[p:Rosalia Girigorie]] op [[a:Dierenselaan 41-A]] maar dat kan max 2 weken. {{r:jongerenwerker}} [[p:Dwayne]] van {{o:Stichting Mooi}} kent hem goed. [[t:06-28 40 71 65]] is van hem ([[p:shurendy]])""",
    # 28 chinese restaurant worker
    """korte update mw [[p:Chen]]: [[p:Chen Xiaoling]] heeft gisteren met de {{r:budgetcoach}} haar post doorgenomen. er lagen 23 ongeopende enveloppen, o.a. aanmaningen van {{o:Eneco}} en een dwangbevel. haar werkgever (restaurant van dhr [[p:Wang]] in de {{w:Stationsbuurt}}) betaalt deels contant. dochter [[p:Lily]] (16) vertaalt steeds, dat willen we eigenlijk niet. volgende afspraak [[d:28/3]], tolk aangevraagd.""",
    # 29 bulgarian, lowercase iban
    """kan iemand ff kijken of dit rekeningnr klopt? mw [[p:Petrova]] gaf [[i:nl24rabo3871406005]] door voor de bijzondere bijstand, maar {{o:Sociale Zaken}} zegt dat het niet op haar naam staat. wrs is het van haar partner [[p:Ivan]]. haar eigen rek is [[i:NL57 ABNA 4069 9512 39]]?? weet niet zeker
[[p:Dewi]]: die laatste staat wel op haar naam volgens mij, ik vraag het ma na bij haar thuis""",
    # 30 somali voice memo
    """oke memo over mevrouw [[p:Hodan Abdi]] ik was er vanochtend samen met [[p:Fatuma]] als tolk mevrouw woont op de [[a:Wouwermanstraat 96]] met vijf kinderen en de oudste [[p:Abdullahi]] is net achttien geworden en heeft een brief gekregen van de {{o:Belastingdienst}} over toeslagen die terug moeten het gaat om bijna negen duizend euro de {{r:sociaal raadsman}} moet hier naar kijken en verder is er schimmel in de slaapkamer {{o:Haag Wonen}} is al twee keer geweest volgende hb [[d:dinsdag 9 juli]]""",
    # 31 hindustani family
    """mw [[p:Soekhlal]] belde, haar schoonzoon [[p:Rakesh Jagessar]] is weer thuis na 6 wk opname. ze is bang. {{r:SPV}} van {{o:Parnassia}} is [[p:Mahabier]] (achternaam), voornaam weet ik niet. contact via [[t:+31 70 391 67 20]]. mw wil dat we [[d:donderdag 14 november]] samen met haar dochter [[p:Anjali]] een gesprek doen. adres [[a:Steenwijklaan 9 hs]], [[pc:2541 RL]] {{w:Morgenstond}}.""",
    # 32 cape verdean, dossier shapes
    """update casus [[p:Fortes]] (zaak [[n:2023-11872]] / oude nr [[n:SZW-771204]])
- [[p:Maria de Fátima Andrade Fortes]] is sinds [[d:1-9-2023]] in de {{o:WSNP}}
- {{r:bewindvoerder}}: [[p:R. Koster]] ({{o:Bewind Haaglanden}})
- leefgeld € 65 p/w, gaat naar [[i:NL38TRIO2055272990]]
- zoon [[p:Edson]] woont weer thuis, [[a:Loosduinsekade 410-2]]
- volgende evaluatie ergens in januari, datum volgt""",
    # 33 turkish, koç decoy? possessive
    """[[p:Fatma]]'s vader, dhr [[p:Koç]], is gisteren gevallen en ligt in het {{o:HMC}} Westeinde. ze vraagt of wij kunnen helpen met thuiszorg na ontslag. ik heb de {{r:transferverpleegkundige}} gebeld, ontslag wrs [[d:vr 22 nov]]. mw [[p:Fatma Koç]] is zelf mantelzorger en loopt op haar tandvlees, 3 banen. haar nr [[t:06 44 20 93 18]]. wie heeft ruimte?""",
    # 34 planning list with weekdays
    """planning wk 12 ([[p:Sarita]])
ma [[d:18/3]] 09:30 hb fam [[p:Zieliński]], [[a:Hengelolaan 540]]
ma middag: admin + mail
di [[d:19/3]] intake [[p:Łukasz Nowak]] op kantoor (komt met {{r:ervaringsdeskundige}})
wo vrij
do [[d:21-3]] mdo, casus mw [[p:Brouwer]] inbrengen
vr [[d:22-3]] tel overleg {{o:Kessler Stichting}} over [[p:Nowak]], nr [[t:070-3080101]]""",
    # 35 Dutch word-names
    """mw [[p:de Groot]] en dhr [[p:Smit]] (buren, [[a:Tesselsestraat 28]] en [[a:Tesselsestraat 30]]) hebben al jaren ruzie over de heg. nu heeft [[p:Smit]] een dreigbrief gestuurd. de {{r:wijkagent}} adviseert {{o:Buurtbemiddeling}}. [[p:De Groot]] wil dat eigenlijk niet, ze zegt 'die man is gevaarlijk'. [[p:Visser]] van {{o:Vestia}} zegt dat er geen eerdere klachten zijn. ik stel voor: eerst apart gesprek met allebei. groet, [[p:Koen]]""",
    # 36 eritrean, multiple dates
    """aanmelding via {{o:VluchtelingenWerk}}: [[p:Yonatan Berhane]], geb [[d:01-01-1995]] (datum klopt wrs niet, veel eritreeërs hebben 1 jan), woont sinds [[d:12 augustus 2022]] in {{w:Duindorp}}, [[a:Dr. Lelykade 14]]. werkt 16 uur in de haven. vraag: broer [[p:Filmon]] wil gezinshereniging, hoe zit dat met woonruimte. {{r:klantmanager}} is mw [[p:Ramdas]]. registratie [[n:VWN-DH-23-118]].""",
    # 37 short chat with emoji and mss / zsm
    """[[p:Marloes]] zsm bellen aub!! dhr [[p:Azzouzi]] staat hier aan de balie en wil z'n paspoort terug 😬
— [[p:marloes]]: paspoort?? dat hebben wij niet. mss bij {{o:Leger des Heils}}, zijn postadres is daar
— ok ik stuur hem door. zijn [[p:Mustapha Azzouzi]] toch? geb [[d:19-4-1969]]?
— ja die""",
    # 38 long thread, amounts, iban with spaces
    """Thread: casus [[p:Rodriguez]] – bijzondere bijstand bril/tandarts
[[p:Carmen Rodriguez]] (57) woont sinds 2010 in {{w:Segbroek}}, [[a:Fahrenheitstraat 622]], [[pc:2561 DG]]. Heeft een bijstandsuitkering van {{o:Sociale Zaken}}, geen aanvullende verzekering. Tandartsrekening € 1.240.
[[p:Noor]]: aanvraag bijz. bijstand is [[d:3 juni]] ingediend, kenmerk [[n:BB/2024/0918]].
[[p:Pieter]]: uitbetaling naar [[i:NL 72 ASNB 1784 3922 72]] of via de tandarts rechtstreeks?
[[p:Noor]]: rechtstreeks is beter, ze heeft een negatief saldo. kan jij dat regelen [[p:Pieter]]?
[[p:Pieter]]: idd, doe ik morgen. [[p:Noor]] je bent een topper 💪""",
    # 39 out of office
    """Automatisch antwoord: Ik ben afwezig tot en met [[d:maandag 26 augustus]]. Mijn mail wordt niet doorgestuurd. Voor dringende zaken over cliënten van het SWT {{w:Escamp}} kunt u contact opnemen met mijn collega [[p:Sarita Ramdas]] via [[t:06-2841 5590]] of [[e:s.ramdas@denhaag.nl]]. Bij acute zorgen over veiligheid: {{o:Veilig Thuis}} 0800-2000.
[[p:Bas Meijer]], {{r:casusregisseur}}""",
    # 40 polish, diacritics, 'bij'
    """gister bij [[p:Łukasz]] en [[p:Agnieszka Wiśniewska]] geweest, [[a:Herengracht 21-III]]. 3 kamers, 9 bewoners 🙄 allemaal poolse arbeidsmigranten. eigenaar onbekend, {{o:Stichting Barka}} denkt aan huisjesmelker. [[p:Agnieszka]] is zwanger (± 30 wk) en nog niet bij een verloskundige geweest, geen BSN ingeschreven vzv. gekoppeld aan {{r:wijkverpleegkundige}} [[p:Esther]]. tel [[p:agnieszka]] [[t:+48 512 334 908]] (pools nr)""",
    # 41 Hoop/hoop, Kok
    """ik hoop echt dat dit lukt: dhr [[p:Hoop]] ([[p:Gerrit Hoop]], 78) wil per se thuis blijven wonen. dochter [[p:Ineke Kok-Hoop]] woont in Zoetermeer en komt 1x per week. {{r:Wmo-adviseur}} komt [[d:vrijdag 31 mei]] voor een keukentafelgesprek. adres [[a:Kerketuinenweg 205]], [[pc:2544 CZ]]. hij heeft geen pc dus brieven per post, dochter heeft mail: [[e:ineke.kokhoop@ziggo.nl]]""",
    # 42 voice memo with 'nummer'
    """ok opname loopt ja dus dit is voor het verslag van hb bij [[p:Bilal Ouali]] op de [[a:Jacob Catsstraat nummer 112]] ehm hij was thuis met zijn moeder mevrouw [[p:Ouali]] die spreekt alleen Berbers dus [[p:Youssef]] heeft getolkt ja van ons team de {{r:MEE-consulent}} dus vraag is dagbesteding want hij zit nu alleen maar thuis sinds de {{o:Haagse Hogeschool}} hem eruit heeft gezet en hij heeft een LVB dat weten we sinds de test van [[d:7 maart]] klaar""",
    # 43 deferred meeting chat with dates, names after 'van'
    """kan het overleg van [[d:woensdag 10-4]] naar [[d:11-4]]? [[p:Anneke]] van {{o:Humanitas}} kan pas dan. onderwerp blijft mw [[p:Sánchez]] en haar buurvrouw mw [[p:Kaya]] die alles voor haar doet. {{r:ouderenadviseur}} [[p:Fenna]] komt ook, die kent ze allebei van de soos in {{w:Moerwijk}}""",
    # 44 signature + dossier footer from Word export
    """Verslag huisbezoek
Cliënt: [[p:M. ben Salah]] | Dossier: [[n:SWT-ESC-2024-0213]] | Datum: [[d:07-05-2024]]
Aanwezig: cliënt, [[p:Yasmina]] (dochter), [[p:Rik Bos]] ({{r:maatschappelijk werker}}, {{o:Xtra}})
Situatie: mw woont alleen op [[a:Leyweg 204-B]] sinds overlijden partner. Weinig contacten, dochter komt 2x p/w. Mw geeft aan dat ze 's nachts niet slaapt.
Afspraken: aanmelding {{o:Welzijn op Recept}}; {{r:huisarts}} informeren (toestemming gegeven).
Opgesteld door: [[p:R. Bos]] — tel [[t:(070) 205 77 41]]""",
    # 45 platform discussion, theme huiselijk geweld, long
    """Thema huiselijk geweld – discussie n.a.v. casusles week 9

[[p:Priscilla]] ({{r:maatschappelijk werker}}, SWT {{w:Moerwijk}}):
wat mij opviel bij mw [[p:Kılınç]] ([[p:Derya]]) is dat ze pas na maanden durfde te vertellen wat er thuis gebeurde. eerste signaal kwam van de school van haar zoon [[p:Emir]], niet van haarzelf. melding bij {{o:Veilig Thuis}} op [[d:11-01-2024]], nr [[n:VT-2024-0098]]. ze woont nu met de kinderen in de opvang, oude adres [[a:Vaartweg 76-II]] mag nergens meer genoemd worden.

reactie [[p:Tijmen de Bruin]]:
herkenbaar!! bij ons (dhr [[p:Boukhari]] vs zijn vrouw) precies hetzelfde. wat hielp: de {{r:wijkagent}} en de {{r:huisarts}} aan één tafel. vraag: hoe regelen jullie het geld? wij hebben een aparte rekening laten openen, [[i:NL23 SNSB 4524 9467 30]], zodat de partner er niet bij kan.

[[p:Priscilla]]: idd, zelfde gedaan via de {{r:schuldhulpverlener}}. tip: bsn ([[b:230749288]]) niet in mails zetten, ik deed dat eerst ook 🙈""",
    # 46 Word-pasted case lesson with header block
    """CASUSLES (concept v2 – [[p:H. van Leeuwen-Ramdin]])
Team: SWT {{w:Bouwlust}}/{{w:Vrederust}}\tDatum bespreking: [[d:20 juni 2024]]\tRegistratie: [[n:CL-2024-017]]
Cliënt:\t[[p:Gerrit Jan Kok]] (71), [[a:Lozerlaan 1140]], [[pc:2545 NM]]
Contact:\t[[t:070 – 366 20 14]] / zoon [[p:Martijn]] [[t:06-10 29 38 47]]
Bank:\t[[i:NL60RABO4694649498]] (wordt beheerd door {{o:Bewind Haaglanden}})

Wat speelde er? Dhr [[p:Kok]] woonde na de dood van zijn vrouw (2021) alleen en raakte in de schulden, vooral door online gokken. Zoon woont in Groningen. De {{r:ouderenconsulent}} zag hem bij de koffieochtend in het {{o:wijkcentrum}} en schrok. Via de {{r:Wmo-adviseur}} is huishoudelijke hulp ingezet, via {{o:Schuldhulpverlening}} een budgetbeheer.
Wat werkte? Vaste contactpersoon ([[p:Ilse]]), afspraken altijd op dinsdag, en zijn buurman [[p:Stan de Wit]] als maatje.
Wat niet? Brieven. Dhr opent geen post. Les: bel, en kom langs.""",
    # 47 long voice memo elderly couple
    """spraakmemo [[p:naima]] hb echtpaar [[p:Van Dam]] in {{w:Mariahoeve}} op de [[a:Hofzichtlaan 210]] ja dus meneer [[p:Cor van Dam]] is tweeëntachtig en mevrouw [[p:Lenie]] is negenenzeventig zij heeft sinds vorig jaar dementie en hij zorgt voor haar maar hij is zelf ook niet zo goed ter been de {{r:casemanager dementie}} van {{o:Florence}} [[p:Marloes Visser]] is betrokken en die zegt dat het eigenlijk niet meer verantwoord is hij wil niks weten van een verpleeghuis ze zijn zestig jaar getrouwd en dat wil hij niet kapot maken zegt hij de dochter [[p:Petra]] woont in Leiden en belt elke avond haar nummer is [[t:06 29 11 83 04]] ik heb afgesproken dat we op [[d:vrijdag 6 september]] met z'n allen om tafel gaan met de {{r:huisarts}} erbij dokter [[p:Sewnath]] ok ik moet nu door naar de volgende einde""",
    # 48 mail thread two replies
    """RE: RE: dhr [[p:Ahmadi]] - woonurgentie

[[p:Dennis]], prima, dan doen we het zo. ik zet het op de agenda van [[d:do 3/10]].
— [[p:Esra Kurt]]

> Van: [[p:Dennis Hoogland]]
> Verzonden: [[d:woensdag 2 oktober 2024]] 16:51
> Aan: [[p:Esra Kurt]]
> Hoi [[p:Esra]], de urgentieaanvraag van dhr [[p:Sayed Ahmadi]] is afgewezen (kenmerk [[n:WU/24/3381]]). Hij woont met vrouw en 4 kinderen in een 2-kamerwoning op [[a:Kraaiheide 55 bis]] in {{w:Leyenburg}}. Bezwaar kan t/m [[d:13 november]]. {{o:Juridisch Loket}} wil helpen maar heeft zijn bsn nodig: [[b:2863.76.416]]? Kun jij dat checken bij {{o:VluchtelingenWerk}}?
> Groet, [[p:Dennis]]""",
]

# ---------------------------------------------------------------------------
# Template-generated half
# ---------------------------------------------------------------------------
import datetime
import json
import os
import random
import re
import unicodedata

R = random.Random(18)

ORIGINS = {
    "nl": (
        ["Henk", "Kees", "Piet", "Gerrit", "Dirk", "Cor", "Ruud", "Sjaak", "Wim", "Dennis"],
        ["Truus", "Gerda", "Ria", "Joke", "Ans", "Marja", "Bep", "Ineke", "Sandra", "Wilma"],
        [
            "Bakker",
            "Mol",
            "Zwart",
            "Vos",
            "Kok",
            "Roos",
            "Visser",
            "van Dam",
            "'t Hart",
            "van der Meer",
            "de Wit",
            "Hoekstra",
            "Koster",
            "van 't Zand",
            "de Bruijn",
            "Mulder",
            "Hoop",
            "Smits",
            "de Haan",
            "Wolf",
        ],
    ),
    "ma": (
        ["Mohamed", "Rachid", "Said", "Youssef", "Mounir", "Hamza", "Abdelkader"],
        ["Fatima", "Khadija", "Naoual", "Samira", "Zineb", "Hafsa", "Imane"],
        [
            "El Amrani",
            "Tahiri",
            "Bennani",
            "El Khattabi",
            "Amezian",
            "Ait Taleb",
            "Ben-Haddou",
            "Ouled Ali",
            "Bouazza",
            "Achahbar",
        ],
    ),
    "tr": (
        ["Mustafa", "Hüseyin", "Mehmet", "Ömer", "Burak", "Ercan"],
        ["Hatice", "Emine", "Serpil", "Gülsen", "Büşra", "Özlem"],
        ["Yıldız", "Çelik", "Doğan", "Kılıç", "Arslan", "Öztürk", "Şahin", "Güneş", "Koç", "Aksoy"],
    ),
    "sr": (
        ["Rajesh", "Glenn", "Roy", "Ashwin", "Ricardo", "Dinesh"],
        ["Sunita", "Shanti", "Marcia", "Reshma", "Ingrid", "Kavita"],
        [
            "Ramsaran",
            "Bhoendie",
            "Pinas",
            "Doelwijt",
            "Lachman",
            "Kromodimedjo",
            "Ramautar",
            "Jhinkoe-Rai",
            "Sardjoe",
            "Tjon-A-Fong",
        ],
    ),
    "an": (
        ["Jurgen", "Rignald", "Giovanni", "Shurwin", "Ruthsel"],
        ["Yanaisa", "Shaquira", "Jeannette", "Milagros", "Sharlene"],
        ["Isenia", "Maduro", "Felida", "Cijntje", "Statia", "Martis", "Pietersz", "Sillé"],
    ),
    "cv": (
        ["Domingos", "Ilídio", "Nelson", "Adilson"],
        ["Ana", "Filomena", "Djamila", "Eunice"],
        ["Lopes Semedo", "Tavares", "Monteiro", "Fortes", "Gomes da Veiga", "Évora"],
    ),
    "pl": (
        ["Paweł", "Grzegorz", "Tomasz", "Krzysztof", "Łukasz"],
        ["Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena"],
        ["Kowalczyk", "Zając", "Wróbel", "Dąbrowski", "Lewandowski", "Szymański", "Wiśniewski"],
    ),
    "bg": (
        ["Stoyan", "Georgi", "Dimitar", "Ivaylo"],
        ["Desislava", "Mariya", "Tsvetelina", "Radka"],
        ["Ivanov", "Georgiev", "Todorov", "Petkov", "Stoyanov"],
    ),
    "ro": (
        ["Mihai", "Florin", "Ionuț", "Costel"],
        ["Elena", "Ioana", "Mădălina", "Florentina"],
        ["Ionescu", "Constantin", "Munteanu", "Stănescu", "Dumitru"],
    ),
    "sy": (
        ["Ahmad", "Mahmoud", "Khaled", "Bassel", "Omar"],
        ["Rima", "Nour", "Hiba", "Lina", "Rasha"],
        ["Al-Khatib", "Haddad", "Al-Masri", "Darwish", "Al-Hamwi", "Kanaan"],
    ),
    "er": (
        ["Tekle", "Yonas", "Mussie", "Dawit", "Filmon"],
        ["Semhar", "Senait", "Helen", "Mehret", "Luwam"],
        ["Ghebremedhin", "Woldu", "Kidane", "Tesfay", "Berhane", "Habte"],
    ),
    "so": (
        ["Abdiweli", "Mohamed", "Abdullahi", "Farhan"],
        ["Fadumo", "Sahra", "Hodan", "Ifrah", "Ubah"],
        ["Jama", "Osman", "Hussein", "Warsame", "Egal", "Abdi"],
    ),
    "af": (
        ["Hamid", "Jawad", "Naweed", "Shafiq"],
        ["Zarghuna", "Parwin", "Farida", "Mariam", "Laila"],
        ["Noori", "Karimi", "Rahimi", "Ahmadzai", "Sultani", "Hakimi", "Popal"],
    ),
    "cn": (
        ["Jianhua", "Wei", "Hao", "Jun"],
        ["Mei", "Li", "Xiaoling", "Yan"],
        ["Huang", "Lin", "Zhang", "Chen", "Wu", "Zhou"],
    ),
    "gh": (
        ["Kofi", "Kwame", "Yaw", "Kwabena"],
        ["Abena", "Efua", "Akosua", "Ama"],
        ["Asante", "Owusu", "Appiah", "Mensah", "Boateng", "Ofori"],
    ),
    "vn": (
        ["Thanh", "Minh", "Hùng", "Quang"],
        ["Lan", "Hương", "Thảo", "Ngọc"],
        ["Trần", "Phạm", "Lê", "Nguyễn", "Võ"],
    ),
    "ie": (["Liam", "Sean"], ["Siobhan", "Aoife"], ["O'Brien", "McCarthy", "O'Sullivan"]),
}
ORIGIN_W = {
    "nl": 6,
    "ma": 5,
    "tr": 4,
    "sr": 4,
    "an": 2,
    "cv": 2,
    "pl": 3,
    "bg": 2,
    "ro": 2,
    "sy": 3,
    "er": 2,
    "so": 2,
    "af": 2,
    "cn": 1,
    "gh": 2,
    "vn": 1,
    "ie": 1,
}
NAT = {
    "ma": "marokkaans",
    "tr": "turks",
    "sr": "surinaams",
    "an": "antilliaans",
    "cv": "kaapverdiaans",
    "pl": "pools",
    "bg": "bulgaars",
    "ro": "roemeens",
    "sy": "syrisch",
    "er": "eritrees",
    "so": "somalisch",
    "af": "afghaans",
    "cn": "chinees",
    "gh": "ghanees",
    "vn": "vietnamees",
    "ie": "iers",
}
LANG = {
    "sr": "Sarnami",
    "an": "Papiaments",
    "gh": "Twi",
    "ie": "Engels",
    "ma": "Tarifit",
    "tr": "Turks",
    "pl": "Pools",
    "bg": "Bulgaars",
    "ro": "Roemeens",
    "sy": "Arabisch",
    "er": "Tigrinya",
    "so": "Somalisch",
    "af": "Dari",
    "cn": "Mandarijn",
    "vn": "Vietnamees",
    "cv": "Kriolu",
}
FAMILY_NAME_FIRST = {"cn", "vn"}

PROFS = [
    ("Sanne", "Hendriks"),
    ("Joost", "van Rijn"),
    ("Nadia", "Amrani"),
    ("Priscilla", "Sedney"),
    ("Tom", "Bakker"),
    ("Eva", "Mulder"),
    ("Ruben", "Kok"),
    ("Lieke", "de Graaf"),
    ("Soufiane", "Ziani"),
    ("Marieke", "Vos"),
    ("Iris", "Zwart"),
    ("Dennis", "Hoogland"),
    ("Gwen", "Ellis"),
    ("Merel", "van den Berg"),
    ("Chantal", "Roos"),
    ("Jeroen", "Mol"),
    ("Ayla", "Şimşek"),
    ("Nicole", "Schouten"),
    ("Kevin", "Ngo"),
    ("Wendy", "de Haan"),
    ("Esra", "Kurt"),
    ("Dewi", "Sastrowidjojo"),
    ("Bart", "Wolf"),
    ("Jolanda", "'t Mannetje"),
    ("Hicham", "Ben-Abdellah"),
    ("Maaike", "O'Neill"),
    ("Femke", "Visser"),
    ("Tijmen", "de Bruin"),
    ("Rowena", "Nijman"),
    ("Sevgi", "Öztürk"),
    ("Luuk", "Hoop"),
]

# wijk -> (postcode prefixes, streets)
WIJKEN = {
    "Schilderswijk": (
        ["2525", "2526"],
        [
            "Hoefkade",
            "Hobbemastraat",
            "Jacob Catsstraat",
            "Vaillantlaan",
            "Wouwermanstraat",
            "Van Ostadestraat",
            "Parallelweg",
            "Hooftskade",
        ],
    ),
    "Transvaal": (
        ["2571", "2572"],
        [
            "Paul Krugerlaan",
            "De la Reyweg",
            "Kempstraat",
            "Cillierstraat",
            "Van der Vennestraat",
            "Pretoriusstraat",
        ],
    ),
    "Moerwijk": (
        ["2532", "2533"],
        ["Erasmusweg", "Moerweg", "Zuiderparklaan", "Heeswijkplein", "Vaartweg"],
    ),
    "Laakkwartier": (
        ["2521", "2516"],
        ["Laakkade", "Stuwstraat", "Neherkade", "Goudriaankade", "Rijswijkseweg"],
    ),
    "Spoorwijk": (["2522"], ["Hildebrandplein", "Slachthuisstraat", "Spoorwijkstraat"]),
    "Bouwlust": (["2544"], ["Melis Stokezijde", "Lozerlaan", "Dedemsvaartweg", "Oude Haagweg"]),
    "Vrederust": (["2545"], ["Leyweg", "Hengelolaan", "Escamplaan", "Wolweverstraat"]),
    "Morgenstond": (["2541"], ["Steenwijklaan", "Kerketuinenweg", "Meppelweg", "Leyweg"]),
    "Mariahoeve": (
        ["2591", "2592"],
        ["Wijndaelerduin", "Dillenburgsingel", "Hofzichtlaan", "Ruys de Beerenbrouckstraat"],
    ),
    "Duindorp": (["2583"], ["Dr. Lelykade", "Pluvierstraat", "Kwartellaan", "Tesselsestraat"]),
    "Scheveningen": (
        ["2586", "2584"],
        ["Keizerstraat", "Stevinstraat", "Duinstraat", "Gentsestraat"],
    ),
    "Regentessekwartier": (["2562"], ["Weimarstraat", "Regentesselaan", "Beeklaan", "Elandstraat"]),
    "Valkenbos": (["2563"], ["Valkenboskade", "Valkenboslaan", "Thomsonlaan"]),
    "Zeeheldenkwartier": (["2582"], ["Piet Heinstraat", "Zoutmanstraat", "Prins Hendrikstraat"]),
    "Stationsbuurt": (["2515"], ["Stationsweg", "Wagenstraat", "Van Limburg Stirumstraat"]),
    "Bezuidenhout": (
        ["2593", "2594"],
        ["Theresiastraat", "Juliana van Stolberglaan", "Koningin Marialaan"],
    ),
    "Segbroek": (["2555", "2561"], ["Fahrenheitstraat", "Sportlaan", "Goudenregenstraat"]),
    "Loosduinen": (
        ["2552", "2553"],
        ["Loosduinse Hoofdstraat", "Margaretha de Heerstraat", "Lozerlaan"],
    ),
    "Leyenburg": (["2545"], ["Leyweg", "Dreeslaan", "Kraaiheide"]),
    "Ypenburg": (["2497"], ["Laan van Hoornwijck", "Zilverschoonstraat"]),
}
HOUSING = ["Haag Wonen", "Staedion", "Vestia"]
GGZ = ["Parnassia", "PsyQ", "i-psy", "Brijder"]
WELZIJN = ["Stichting MOOI", "Xtra", "Zebra Welzijn", "Welzijn Scheveningen"]
CARE = ["Florence", "HWW zorg", "Respect Zorggroep", "Cardia", "Saffier"]
MONEY = ["Belastingdienst", "CAK", "UWV", "SVB", "DUO", "Eneco", "Sociale Zaken"]
HELP = [
    "Schuldhulpverlening",
    "Sociaal Raadslieden",
    "Voedselbank",
    "Kessler Stichting",
    "Leger des Heils",
    "MEE",
    "Wmo-loket",
    "Servicepunt XL",
    "Veilig Thuis",
    "GGD",
    "Humanitas",
    "VluchtelingenWerk",
    "Juridisch Loket",
    "Huurteam",
    "Buurtbemiddeling",
    "CJG",
    "Kredietbank",
]
ROLES = [
    "maatschappelijk werker",
    "wijkverpleegkundige",
    "Wmo-adviseur",
    "ouderenconsulent",
    "welzijnscoach",
    "MEE-consulent",
    "casusregisseur",
    "casemanager dementie",
    "huisarts",
    "POH-GGZ",
    "schuldhulpverlener",
    "bewindvoerder",
    "wijkagent",
    "sociaal raadsman",
    "ervaringsdeskundige",
    "woonconsultant",
    "budgetcoach",
    "klantmanager",
    "SPV",
    "ouderenadviseur",
    "jongerenwerker",
    "gezinscoach",
    "mw'er",
    "wijkverpleging",
    "trajectbegeleider",
]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WD2 = ["ma", "di", "wo", "do", "vr", "za", "zo"]
SPELLED = {
    1: "eerste",
    2: "twee",
    3: "drie",
    4: "vier",
    5: "vijf",
    6: "zes",
    7: "zeven",
    8: "acht",
    9: "negen",
    10: "tien",
    11: "elf",
    12: "twaalf",
    13: "dertien",
    14: "veertien",
    15: "vijftien",
    16: "zestien",
    17: "zeventien",
    18: "achttien",
    19: "negentien",
    20: "twintig",
    21: "eenentwintig",
    22: "tweeëntwintig",
    23: "drieëntwintig",
    24: "vierentwintig",
    25: "vijfentwintig",
    26: "zesentwintig",
    27: "zevenentwintig",
    28: "achtentwintig",
}
MAILDOM = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "icloud.com",
    "hotmail.nl",
    "yahoo.com",
    "planet.nl",
]
ORGDOM = [
    "denhaag.nl",
    "xtra.nl",
    "stichtingmooi.nl",
    "parnassia.nl",
    "florence.nl",
    "haagwonen.nl",
    "mee-zhn.nl",
    "zebrawelzijn.nl",
    "hwwzorg.nl",
]
BANKS = ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB"]
EMO = ["🙈", "😅", "🙏", "👍", "😬", "🤞", "💪", "😢", "🙄", "‼️", ""]


def P(x):
    return "[[p:%s]]" % x


def K(code, x):
    return "{{%s:%s}}" % (code, x)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def cap1(x):
    return x[:1].upper() + x[1:]


def bsn_digits():
    while True:
        d = [R.randint(1, 3)] + [R.randint(0, 9) for _ in range(8)]
        if (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0:
            return "".join(map(str, d))


def bsn():
    s = bsn_digits()
    f = R.randint(0, 3)
    if f == 1:
        s = "%s.%s.%s" % (s[:4], s[4:6], s[6:])
    elif f == 2:
        s = "%s %s %s" % (s[:3], s[3:6], s[6:])
    return "[[b:%s]]" % s


def iban():
    bank = pick(BANKS)
    acc = "".join(str(R.randint(0, 9)) for _ in range(10))
    n = int("".join(str(int(c, 36)) for c in bank + acc + "NL00"))
    s = "NL%02d%s%s" % (98 - n % 97, bank, acc)
    f = R.randint(0, 4)
    if f in (1, 2):
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    elif f == 3:
        s = s.lower() if chance(0.5) else s
    return "[[i:%s]]" % s


def phone():
    f = R.randint(0, 11)
    if f < 8:
        d = "6" + str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(7))
    else:
        d = pick(["70", "70", "70", "15", "79"]) + "".join(str(R.randint(1, 9)) for _ in range(7))
    if d[0] == "6":
        rest = d[1:]
        s = pick(
            [
                "06-%s" % rest,
                "06%s" % rest,
                "06 %s" % rest,
                "06 %s %s %s %s" % (rest[:2], rest[2:4], rest[4:6], rest[6:]),
                "06-%s %s" % (rest[:4], rest[4:]),
                "+31 6 %s %s" % (rest[:4], rest[4:]),
                "+316%s" % rest,
                "0031 6 %s" % rest,
                "06 - %s" % rest,
            ]
        )
    else:
        a, rest = d[:2], d[2:]
        s = pick(
            [
                "0%s-%s" % (a, rest),
                "(0%s) %s %s %s" % (a, rest[:3], rest[3:5], rest[5:]),
                "0%s %s %s" % (a, rest[:3], rest[3:]),
                "+31 %s %s %s" % (a, rest[:3], rest[3:]),
                "0%s%s" % (a, rest),
            ]
        )
    return "[[t:%s]]" % s


def postcode(prefix):
    while True:
        l2 = pick("ABCDEGHJKLMNPRSTVWXZ") + pick("ABCDEGHJKLMNPRSTVWXZ")
        if l2 not in ("SA", "SD", "SS"):
            break
    s = prefix + pick(["", " ", " ", " "]) + l2
    if chance(0.1):
        s = s.lower()
    return "[[pc:%s]]" % s


def housenr():
    n = str(R.choice([R.randint(1, 60), R.randint(1, 250), R.randint(100, 1200)]))
    suf = pick(
        [
            "",
            "",
            "",
            "",
            "A",
            "B",
            "-hs",
            " hs",
            "-II",
            "-1",
            " bis",
            "C",
            "-3",
            "a",
            "-B",
            "-III",
            "-2",
            " 2hg",
            "-huis",
            "-A",
        ]
    )
    return n + suf


def address(street, lower=False):
    s = "%s %s" % (street, housenr())
    if lower:
        s = s.lower()
    return "[[a:%s]]" % s


def rand_date(y0=2023, y1=2025):
    while True:
        dt = datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))
        if dt.weekday() < 5:
            return dt


def date_str(dt=None, style=None, birth=False):
    if dt is None:
        dt = rand_date()
    d, m, y = dt.day, dt.month, dt.year
    w = dt.weekday()
    if birth:
        opts = [
            "%02d-%02d-%d" % (d, m, y),
            "%d-%d-%d" % (d, m, y),
            "%d %s %d" % (d, MONTHS[m - 1], y),
            "%02d/%02d/%d" % (d, m, y),
            "%d-%d-'%02d" % (d, m, y % 100),
            "%02d.%02d.%d" % (d, m, y),
            "%d-%02d-%02d" % (y, m, d),
        ]
    else:
        opts = [
            "%d %s %d" % (d, MONTHS[m - 1], y),
            "%d %s" % (d, MONTHS[m - 1]),
            "%d %s" % (d, MON3[m - 1]),
            ("%d %s." if m != 5 else "%d %s") % (d, MON3[m - 1]),
            "%02d-%02d-%d" % (d, m, y),
            "%d-%d-%d" % (d, m, y),
            "%d-%d-'%02d" % (d, m, y % 100),
            "%d/%d" % (d, m),
            "%d-%d" % (d, m),
            "%s %d/%d" % (WD2[w], d, m),
            "%s %d %s" % (WD[w], d, MONTHS[m - 1]),
            "%s %d-%d" % (WD2[w], d, m),
            "%d-%02d-%02d" % (y, m, d),
            "%s %d %s" % (WD2[w], d, MON3[m - 1]),
            "%02d-%02d" % (d, m),
            "%s %d %s %d" % (WD[w], d, MONTHS[m - 1], y),
        ]
    s = opts[style] if style is not None else pick(opts)
    return "[[d:%s]]" % s


def spelled_date():
    dt = rand_date()
    d = dt.day
    if d in SPELLED and chance(0.6):
        ds = SPELLED[d] if d != 1 else "een"
        return "[[d:%s %s]]" % (ds, MONTHS[dt.month - 1])
    return "[[d:%d %s]]" % (d, MONTHS[dt.month - 1])


def dossier():
    y = R.choice([2022, 2023, 2024, 2025])
    f = R.randint(0, 11)
    s = [
        lambda: "%d-%05d" % (y, R.randint(100, 99999)),
        lambda: "SZW-%06d" % R.randint(100000, 999999),
        lambda: "VT-%d-%04d" % (y, R.randint(1, 9999)),
        lambda: "#%d" % R.randint(10000, 99999),
        lambda: "WMO-%d-%05d" % (y, R.randint(1, 99999)),
        lambda: "SHV/%d/%04d" % (y, R.randint(1, 9999)),
        lambda: "%02d.%04d" % (y % 100, R.randint(1, 9999)),
        lambda: "REG-%06d" % R.randint(1, 999999),
        lambda: "%d" % R.randint(1000000, 9999999),
        lambda: (
            "SWT-%s-%d-%03d"
            % (pick(["SCH", "TRV", "MRW", "LAK", "ESC", "MHV"]), y, R.randint(1, 999))
        ),
        lambda: "DH%d%05d" % (y % 100, R.randint(1, 99999)),
        lambda: "%d/%d" % (R.randint(10000, 99999), y),
    ][f]()
    return "[[n:%s]]" % s


def asciify(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("'", "")
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9.\-]", "", s)


class Person:
    def __init__(self, origin=None, gender=None):
        if origin is None:
            keys = list(ORIGIN_W)
            origin = R.choices(keys, weights=[ORIGIN_W[k] for k in keys])[0]
        self.origin = origin
        self.gender = gender or pick("mf")
        m, f, lasts = ORIGINS[origin]
        self.first = pick(m if self.gender == "m" else f)
        last = pick(lasts)
        if self.gender == "f" and origin == "pl" and last.endswith("ski"):
            last = last[:-1] + "a"
        if self.gender == "f" and origin == "bg":
            last = last + "a"
        self.last = last

    def full(self):
        if self.origin in FAMILY_NAME_FIRST:
            return "%s %s" % (self.last, self.first)
        return "%s %s" % (self.first, self.last)

    def initial(self):
        return "%s. %s" % (self.first[0], self.last)

    def title(self, caps=False):
        t = (
            pick(["mw", "mw.", "mevr", "mevrouw", "mevr."])
            if self.gender == "f"
            else pick(["dhr", "dhr.", "meneer", "dhr"])
        )
        return t.upper() if caps else t

    def ref(self, lower_ok=True):
        """title + marked surname, sometimes lower-case as in quick notes."""
        last = self.last.lower() if (lower_ok and chance(0.25)) else self.last
        return "%s %s" % (self.title(), P(last))

    def email(self):
        f, l = asciify(self.first).lower(), asciify(self.last).lower()
        s = pick(
            [
                "%s.%s" % (f, l.replace("-", "")),
                "%s%s%d" % (f[0], l.replace("-", ""), R.randint(1, 99)),
                "%s_%s" % (f, l.replace("-", "")),
                "%s%d" % (f, R.randint(70, 2005)),
            ]
        )
        return "[[e:%s@%s]]" % (s, pick(MAILDOM))


def prof():
    f, l = pick(PROFS)
    return f, l


def prof_email(f, l):
    ff, ll = asciify(f).lower(), asciify(l).lower().replace("-", "")
    return "[[e:%s@%s]]" % (
        pick(["%s.%s" % (ff[0], ll), "%s.%s" % (ff, ll), "%s%s" % (ff[0], ll)]),
        pick(ORGDOM),
    )


class Case:
    def __init__(self):
        self.c = Person()
        self.wijk = pick(list(WIJKEN))
        pcs, streets = WIJKEN[self.wijk]
        self.street = pick(streets)
        self.pcp = pick(pcs)
        self.age = R.randint(19, 93)
        self.dob = datetime.date(2024 - self.age, R.randint(1, 12), R.randint(1, 28))
        self.rel = Person(self.c.origin)
        if self.age < 40:
            self.relword = pick(
                [
                    "zus",
                    "broer",
                    "nicht",
                    "neef",
                    "buurvrouw",
                    "buurman",
                    "partner",
                    "ex",
                    "moeder",
                    "tante",
                ]
            )
        else:
            self.relword = pick(
                [
                    "dochter",
                    "zoon",
                    "zus",
                    "broer",
                    "nicht",
                    "neef",
                    "buurvrouw",
                    "buurman",
                    "schoonzoon",
                    "partner",
                    "ex",
                ]
            )
        if self.relword in ("dochter", "zus", "nicht", "buurvrouw", "moeder", "tante"):
            self.rel.gender = "f"
            self.rel.first = pick(ORIGINS[self.c.origin][1])
        elif self.relword in ("zoon", "broer", "neef", "buurman", "schoonzoon"):
            self.rel.gender = "m"
            self.rel.first = pick(ORIGINS[self.c.origin][0])
        self.hij = "hij" if self.c.gender == "m" else "ze"
        self.zijn = "zijn" if self.c.gender == "m" else "haar"

    def addr(self, lower=False):
        return address(self.street, lower)

    def pc(self):
        return postcode(self.pcp)

    def issue(self):
        opts = [
            "huurachterstand van %d mnd bij %s" % (R.randint(2, 9), K("o", pick(HOUSING))),
            "post wordt niet meer geopend, stapels aanmaningen o.a. van %s" % K("o", pick(MONEY)),
            "%s zit de hele dag binnen, vereenzaming" % self.hij,
            "valt vaak, %s zegt dat het niet meer gaat" % K("r", "wijkverpleegkundige"),
            "flinke schulden (± € %d.%03d)" % (R.randint(2, 38), R.randint(0, 999)),
            "schimmel in de badkamer en kinderen met astma",
            "drankgebruik, buren klagen over geluid 's nachts",
            "geen zorgverzekering sinds %s" % pick(MONTHS),
            "woning erg vervuild, %s is al geweest" % K("o", "GGD"),
            "mantelzorger (%s) is overbelast" % self.relword,
            "dwangbevel van de %s"
            % K("o", pick(["Belastingdienst", "CAK", "Gemeentebelastingen"])),
            "toeslagen stopgezet, € %d terugvordering" % R.randint(800, 12000),
            "paniekaanvallen, wacht al %d maanden op %s" % (R.randint(3, 11), K("o", pick(GGZ))),
            "kinderen spijbelen, school heeft %s ingeschakeld" % K("o", "CJG"),
        ]
        if not 28 <= self.age <= 58:
            opts = [o for o in opts if "kinderen" not in o]
        return pick(opts)


def chat_sender():
    f, l = prof()
    r = R.random()
    if r < 0.55:
        return P(f), f
    if r < 0.7:
        return P(f.lower()), f
    return P("%s %s" % (f, l)), f


def stamp():
    return "%02d:%02d" % (R.randint(8, 17), R.randint(0, 59))


def t_chat():
    k = Case()
    c = k.c
    senders = [chat_sender() for _ in range(R.randint(2, 3))]
    style = R.randint(0, 4)
    clock = [R.randint(8 * 60, 15 * 60)]

    def stamp():
        clock[0] += R.randint(0, 25)
        return "%02d:%02d" % (clock[0] // 60, clock[0] % 60)

    prev = [None]

    def line(i, msg):
        idx = 0 if i == 0 else (prev[0] if chance(0.45) else (prev[0] + 1) % len(senders))
        same = idx == prev[0]
        prev[0] = idx
        s, _ = senders[idx]
        if same and style in (1, 2, 3):
            return "   " + msg
        if style == 0:
            return "[%s] %s: %s" % (stamp(), s, msg)
        if style == 1:
            return "%s (%s): %s" % (s, stamp(), msg)
        if style == 2:
            return "- %s: %s" % (s, msg)
        if style == 3:
            return "%s: %s" % (s, msg)
        return "> %s schreef: %s" % (s, msg)

    opener = pick(
        [
            lambda: (
                "%s (%d) uit %s: %s. wie kent %s?"
                % (c.ref(), k.age, K("w", k.wijk), k.issue(), "hem" if c.gender == "m" else "haar")
            ),
            lambda: "ff hb gedaan bij %s, %s %s" % (c.ref(), k.issue(), pick(EMO)),
            lambda: (
                "nieuwe aanmelding via %s: %s, %s, %d jr, %s %s. %s"
                % (
                    K("r", pick(["huisarts", "wijkagent", "POH-GGZ", "woonconsultant"])),
                    P(c.full()),
                    NAT.get(c.origin, "nederlands"),
                    k.age,
                    k.addr(),
                    k.pc(),
                    k.issue(),
                )
            ),
            lambda: (
                "%s, kun jij %s mee naar %s? %s"
                % (
                    P(senders[1][1].lower()),
                    pick(["morgen", "do", "vrijdag", "di ochtend", "na de lunch"]),
                    c.ref(),
                    k.issue(),
                )
            ),
            lambda: (
                "VRAAG: %s (dossier %s) - %s. iemand ervaring met %s?"
                % (c.ref(lower_ok=False), dossier(), k.issue(), K("o", pick(HELP)))
            ),
            lambda: (
                "%s belde net %s %s, %s"
                % (
                    P(pick([f for f, _ in PROFS])),
                    pick(["over", "namens", "over de buurvrouw van", "over de ouders van"]),
                    c.ref(),
                    k.issue(),
                )
            ),
        ]
    )()
    follow = [
        lambda: "idd, ken ik. %s %s belt ons soms, nr %s" % (k.relword, P(k.rel.first), phone()),
        lambda: (
            "adres is nu %s, %s (was %s maar verhuisd)"
            % (k.addr(chance(0.3)), k.pc(), pick(WIJKEN[pick(list(WIJKEN))][1]))
        ),
        lambda: (
            "wrs komt dat door de %s. mss %s van %s inschakelen?"
            % (
                pick(["schulden", "scheiding", "medicatie", "rouw", "verhuizing"]),
                K("r", pick(ROLES)),
                K("o", pick(HELP + GGZ + WELZIJN)),
            )
        ),
        lambda: (
            "hb staat op %s om %s, ik ga met %s"
            % (
                date_str(),
                pick(["10u", "9.30", "14:00", "11.15", "half 2"]),
                P(pick([f for f, _ in PROFS])),
            )
        ),
        lambda: "bsn %s staat verkeerd in het systeem, ff checken svp" % bsn(),
        lambda: (
            "%s %s heeft gemaild vanaf %s, zal ik doorsturen?"
            % ((P(c.first) + "'s") if c.first[-1] in "aeiouy" else "de", k.relword, k.rel.email())
        ),
        lambda: "dossiernr is %s btw" % dossier(),
        lambda: (
            "%s zegt dat %s op %s bij %s was"
            % (P(pick([l for _, l in PROFS])), P(c.last), date_str(), K("o", pick(HELP + MONEY)))
        ),
        lambda: "geb %s, klopt dat?" % date_str(k.dob, birth=True),
        lambda: (
            "toeslagen gaan naar %s maar dat is de rekening van %s %s"
            % (iban(), k.relword, P(k.rel.first))
        ),
        lambda: (
            "tel gehad met %s, %s wil eerst met %s %s overleggen"
            % (c.ref(), k.hij, k.relword, P(k.rel.full()))
        ),
        lambda: (
            "rek.nr %s klopt niet volgens %s, %s heeft %s doorgegeven"
            % (iban(), K("o", pick(["Sociale Zaken", "SVB", "Kredietbank"])), k.hij, iban())
        ),
        lambda: (
            "bsn van %s %s is %s, die van %s heb ik niet"
            % (k.relword, P(k.rel.first), bsn(), "hemzelf" if c.gender == "m" else "haarzelf")
        ),
        lambda: (
            "ik hoop dat %s dit %s oppakt, anders escaleren naar %s"
            % (
                K("o", pick(HELP)),
                pick(["voor de zomer", "deze week", "zsm", "voor het mdo"]),
                K("r", pick(["teamleider", "casusregisseur"])),
            )
        ),
        lambda: (
            "mail van %s komt van %s, staat in %s"
            % (
                P(c.first.lower() if chance(0.4) else c.first),
                c.email(),
                pick(["het dossier", "de gedeelde map", "mijn inbox"]),
            )
        ),
        lambda: (
            "%s en ik gaan %s langs, %s weet ervan"
            % (
                P(pick([f for f, _ in PROFS])),
                pick(["dinsdag", "donderdagochtend", "morgen", "na het weekend"]),
                c.ref(),
            )
        ),
        lambda: (
            "heeft %s al een %s? vzv niet, aanvraag loopt sinds %s"
            % (k.hij, K("r", "bewindvoerder"), pick(MONTHS))
        ),
        lambda: (
            "%s is dr. %s, tel %s"
            % (K("r", "huisarts"), P(pick(ORIGINS[pick(["nl", "sr", "ma", "tr"])][2])), phone())
        ),
        lambda: (
            (
                "let op: %s spreekt alleen %s, tolk aanvragen via %s"
                % (c.ref(), LANG[c.origin], K("o", "Tolkcentrum"))
            )
            if c.origin in LANG
            else ("let op: %s is erg slechthorend, hard praten en opschrijven" % c.ref())
        ),
        lambda: "postcode is %s en niet %s, scheelt een letter" % (k.pc(), k.pc()),
        lambda: (
            "%s zit vanaf %s in %s, leefgeld naar %s"
            % (
                P(c.first),
                date_str(style=pick([0, 1, 4])),
                pick(["de schuldregeling", "de WSNP", "het budgetbeheer"]),
                iban(),
            )
        ),
        lambda: (
            "ff ter info: %s heeft %s een afspraak bij %s, %s gaat mee"
            % (
                P(c.full()),
                date_str(),
                K("o", pick(HELP + MONEY + GGZ)),
                P(pick([f for f, _ in PROFS]).lower()),
            )
        ),
        lambda: (
            "%s %s (%s) heeft de sleutel, %s"
            % (
                k.relword,
                P(k.rel.full()),
                phone(),
                pick(["woont op nr %d" % R.randint(2, 80), "woont om de hoek", "komt elke avond"]),
            )
        ),
        lambda: (
            "mss is het handig als %s het overneemt? die kent de familie %s al van %s"
            % (P(pick([f for f, _ in PROFS])), P(c.last), K("o", pick(WELZIJN + ["CJG", "MEE"])))
        ),
    ]
    msgs = [opener] + [f() for f in R.sample(follow, R.randint(3, 6))]
    msgs.append(
        pick(
            [
                "👍",
                "top, dank!!",
                "ok ik pak het op",
                "zsm graag 🙏",
                "mee eens",
                "ik hoop het 🤞",
                "hb gedaan, verslag volgt",
                "oké, tel ik %s ff" % P(pick([f for f, _ in PROFS]).lower()),
                "vzv is %s %s op de hoogte" % (k.relword, P(k.rel.first)),
                "wrs",
                "idd",
            ]
        )
    )
    return "\n".join(line(i, m) for i, m in enumerate(msgs))


def t_mail():
    k = Case()
    c = k.c
    f1, l1 = prof()
    f2, l2 = prof()
    while f2 == f1:
        f2, l2 = prof()
    dt = rand_date()
    hdr = pick(
        [
            "Van: %s <%s>\nVerzonden: %s %s\nAan: %s\nOnderwerp: %s"
            % (
                P("%s %s" % (f1, l1)) if chance(0.6) else P("%s, %s" % (l1, f1)),
                prof_email(f1, l1),
                date_str(dt, style=pick([0, 15, 15])),
                stamp(),
                P("%s %s" % (f2, l2)) if chance(0.6) else prof_email(f2, l2),
                pick(["FW: ", "RE: ", "Doorst: ", "Fwd: "])
                + pick(
                    [
                        "aanmelding %s" % c.ref(lower_ok=False),
                        "zorgen over %s" % P(c.full()),
                        "casus %s" % K("w", k.wijk),
                        "dringend!!",
                        "overdracht",
                    ]
                ),
            ),
            (
                "-----Original Message-----\nFrom: %s\nSent: %s "
                + stamp()
                + "\nTo: %s\nCc: %s\nSubject: %s"
            )
            % (
                prof_email(f1, l1),
                date_str(dt, style=pick([0, 4, 15])),
                P("%s %s" % (f2, l2)),
                P("%s %s" % prof()),
                "RE: %s" % P(c.last.upper() if chance(0.5) else c.last),
            ),
            "Op %s om %s schreef %s <%s>:"
            % (
                date_str(dt, style=pick([0, 15, 13])),
                stamp(),
                P("%s %s" % (f1, l1)),
                prof_email(f1, l1),
            ),
        ]
    )
    body = [
        pick(
            [
                "Hoi %s," % P(f2),
                "Dag %s," % P(f2),
                "Beste collega's,",
                "Hi %s!" % P(f2.lower()),
                "Goedemiddag,",
            ]
        ),
        "",
        pick(
            [
                "%s %s (%d) woont op %s%s in %s en is bij ons bekend. %s."
                % (
                    "Cliënt" if chance(0.5) else ("Mw" if c.gender == "f" else "Dhr"),
                    P(c.full()),
                    k.age,
                    k.addr(),
                    (", " + k.pc()) if chance(0.6) else "",
                    K("w", k.wijk),
                    cap1(k.issue()),
                ),
                "Ik stuur je dit door omdat %s bij jullie in de wijk woont (%s). %s. Kunnen jullie een hb plannen?"
                % (c.ref(lower_ok=False), K("w", k.wijk), cap1(k.issue())),
            ]
        ),
        pick(
            [
                k.zijn.capitalize()
                + " %s %s is het aanspreekpunt, bereikbaar op %s."
                % (k.relword, P(k.rel.full()), phone()),
                "Telefoon cliënt: %s. Geb.datum %s." % (phone(), date_str(k.dob, birth=True)),
                "BSN voor jullie registratie: %s. Ons dossiernummer is %s." % (bsn(), dossier()),
                "De %s (%s) is ook betrokken."
                % (K("r", pick(ROLES)), P(pick([f for f, _ in PROFS]))),
            ]
        ),
        pick(
            [
                "Afgelopen %s ben ik met %s langs geweest, %s gaf aan dat %s het niet meer overziet."
                % (pick(WD[:5]), P(pick([f for f, _ in PROFS])), k.hij, k.hij),
                "Leefgeld wordt overgemaakt naar %s (rekening op naam van %s %s)."
                % (iban(), k.relword, P(k.rel.full())),
                "Ik heb %s op %s gesproken, %s wil wel hulp maar niet van %s."
                % (c.ref(), date_str(style=pick([0, 1, 10])), k.hij, K("o", pick(GGZ + HOUSING)))
                if not (30 <= k.age <= 60)
                else "Het gaat om een gezin met %d kinderen, de oudste (%s, %d) heeft contact met %s."
                % (
                    R.randint(2, 6),
                    P(pick(ORIGINS[c.origin][R.randint(0, 1)])),
                    R.randint(14, 22),
                    K("o", pick(["CJG", "Jeugdbescherming West", "Stichting MOOI"])),
                ),
                "Er is eerder een melding geweest bij %s (%s), die is in %d afgesloten."
                % (K("o", "Veilig Thuis"), dossier(), R.randint(2018, 2023)),
                "Ik heb %s al gevraagd om op %s mee te gaan."
                % (P(pick(["%s %s" % p for p in PROFS])), date_str(style=pick([1, 10, 9]))),
            ]
        ),
        pick(
            [
                "Graag even terugbellen, ik ben er ma t/m do.",
                "Alvast bedankt!",
                "Laat maar weten als je vragen hebt.",
                "Excuus voor de haast, zit in de auto.",
                "Wordt vervolgd.",
                "Sorry voor de lange mail.",
                "Bel me gerust, mail lees ik niet altijd.",
                "Ik ben er vanaf %s weer." % pick(WD[:5]),
                "",
            ]
        ),
        "",
        pick(["Groet", "Met vriendelijke groet,", "Mvg", "Gr,", "Hartelijke groet,"]),
        P(pick([f1, "%s %s" % (f1, l1), "%s. %s" % (f1[0], l1)])),
    ]
    if chance(0.6):
        rl, og = pick(
            [
                ("maatschappelijk werker", pick(WELZIJN)),
                ("wijkverpleegkundige", pick(CARE)),
                ("welzijnscoach", pick(WELZIJN)),
                ("SPV", pick(GGZ)),
                ("woonconsultant", pick(HOUSING)),
                ("MEE-consulent", "MEE"),
                ("sociaal raadsman", "Sociaal Raadslieden"),
                ("casemanager dementie", pick(CARE)),
                ("ouderenconsulent", pick(WELZIJN)),
                ("trajectbegeleider", "Leger des Heils"),
            ]
        )
        body.append("%s | %s" % (K("r", rl), K("o", og)))
        body.append(pick(["T ", "tel. ", "M: ", "Mob "]) + phone())
    if chance(0.4):
        body.append("E " + prof_email(f1, l1))
    intro = pick(
        [
            "fyi",
            "zie onder 👇",
            "doorgestuurd, wie pakt dit op?",
            "FYI - [[p:%s]] weet ervan" % pick([f for f, _ in PROFS]),
            "",
        ]
    )
    parts = ([intro, ""] if intro else []) + [hdr, ""] + body
    return re.sub(r"\n{3,}", "\n\n", "\n".join(parts))


def t_memo():
    k = Case()
    c = k.c
    me = pick([f for f, _ in PROFS])
    fill = lambda: pick(["ehm", "ja dus", "oké", "eh", "nou", "dus", ""])  # noqa: E731
    s = [
        pick(
            [
                "spraakmemo",
                "memo",
                "ok opname loopt",
                "ja hallo dit is %s" % P(me),
                "memo van %s" % P(me.lower()),
            ]
        ),
        fill(),
        pick(
            [
                "net terug van huisbezoek bij %s %s" % (c.title().rstrip("."), P(c.full())),
                "dit is voor het dossier van %s" % P(c.full()),
                "over %s %s uit %s" % (c.title().rstrip("."), P(c.last), K("w", k.wijk)),
            ]
        ),
        pick(
            [
                "die woont op de %s" % k.addr(chance(0.5)),
                "adres %s" % k.addr(True),
                "%s woont nog steeds op %s" % (k.hij, k.addr()),
            ]
        ),
        fill(),
        k.issue().replace(",", "").replace(".", ""),
        pick(
            [
                "%s %s was er ook bij" % (k.relword, P(k.rel.first)),
                "%s %s regelt eigenlijk alles"
                % (
                    k.zijn,
                    k.relword + " " + P(k.rel.first.lower() if chance(0.4) else k.rel.first),
                ),
                (
                    "er was een tolk %s bij via %s" % (LANG[c.origin], K("o", "Tolkcentrum"))
                    if c.origin in LANG
                    else "de %s was er ook even" % K("r", pick(ROLES))
                ),
            ]
        ),
        pick(
            [
                "ik heb ook gesproken met de %s van %s die heet %s geloof ik"
                % (
                    K("r", pick(ROLES)),
                    K("o", pick(HELP + CARE + GGZ)),
                    P(pick(["%s %s" % p for p in PROFS])),
                ),
                "de kinderen waren ook thuis %s en %s die zaten gewoon op de bank"
                % (P(pick(ORIGINS[c.origin][0])), P(pick(ORIGINS[c.origin][1]))),
                "%s wil graag naar %s maar heeft geen geld voor de bus"
                % (
                    k.hij,
                    pick(
                        ["de dagbesteding", "de taalles", "de moskee", "de kerk", "het buurthuis"]
                    ),
                ),
                "het is heel rommelig in huis overal zakken en er staat een brief van %s op tafel met kenmerk %s"
                % (K("o", pick(MONEY + HOUSING)), dossier()),
            ]
        ),
        fill(),
        pick(
            [
                "volgende afspraak is %s" % spelled_date(),
                "ik bel %s terug op %s"
                % ("hem" if c.gender == "m" else "haar", date_str(style=pick([1, 10]))),
                "de %s komt op %s" % (K("r", pick(ROLES)), spelled_date()),
            ]
        ),
        pick(
            [
                "%s nummer is %s" % (k.zijn, phone()),
                "ik heb het nummer van %s %s gekregen %s" % (k.relword, P(k.rel.first), phone()),
                "",
            ]
        ),
        pick(
            [
                "einde memo",
                "ok dat was het",
                "verder geen bijzonderheden",
                "nog ff doorgeven aan %s" % P(pick([f for f, _ in PROFS]).lower()),
            ]
        ),
    ]
    return " ".join(x for x in s if x)


def t_table():
    cases = [Case() for _ in range(R.randint(3, 5))]
    cols = R.choice(
        [
            ["naam", "adres", "tel", "opm"],
            ["naam", "geb", "bsn", "wijk"],
            ["client", "dossier", "adres", "pc"],
            ["naam", "tel", "email", "status"],
            ["wie", "wat", "wanneer", "door"],
        ]
    )
    sep = pick(["\t", " | ", "\t", " ; "])
    rows = [sep.join(x.upper() if chance(0.3) else x for x in cols)]
    for k in cases:
        c = k.c
        cell = {
            "naam": P(pick([c.full(), "%s, %s" % (c.last, c.first), c.initial(), c.last])),
            "client": "%s %s" % (c.title(), P(c.last)),
            "wie": P(pick([c.full(), c.last])),
            "adres": k.addr(),
            "tel": phone(),
            "opm": pick(
                [
                    "tolk %s" % LANG.get(c.origin, "n.v.t."),
                    "niet alleen heen",
                    "%s betrokken" % K("o", pick(HELP)),
                    "wacht op %s" % K("o", pick(GGZ + HELP)),
                    "-",
                    "zie mail %s" % P(pick([f for f, _ in PROFS])),
                ]
            ),
            "geb": date_str(k.dob, birth=True),
            "bsn": bsn(),
            "wijk": K("w", k.wijk),
            "dossier": dossier(),
            "pc": k.pc(),
            "email": c.email(),
            "status": pick(
                [
                    "intake",
                    "loopt",
                    "afgesloten",
                    "wachtlijst",
                    "overdracht %s" % K("o", pick(HELP)),
                ]
            ),
            "wat": pick(["hb", "mdo", "keukentafelgesprek", "tel overleg"]),
            "wanneer": date_str(style=pick([7, 9, 11, 14, 3])),
            "door": P(pick([f for f, _ in PROFS])) + " (%s)" % K("r", pick(ROLES)),
        }
        rows.append(sep.join(cell[x] for x in cols))
    head = pick(
        [
            "lijstje voor mdo %s" % date_str(style=pick([1, 10, 9])),
            "overzicht %s (intern!)" % K("w", pick(list(WIJKEN))),
            "export wachtlijst",
            "",
            "tabel uit excel, opmaak weg sorry",
        ]
    )
    return "\n".join(([head] if head else []) + rows)


def t_bullets():
    k = Case()
    c = k.c
    b = pick(["- ", "* ", "• ", "-", "> "])
    items = [
        "naam: %s (%d)" % (P(c.full()), k.age),
        "adres: %s, %s %s" % (k.addr(), k.pc(), pick(["Den Haag", "", "('s-Gravenhage)"])),
        "tel: %s" % phone(),
        "geb.: %s" % date_str(k.dob, birth=True),
        "bsn %s" % bsn(),
        "mail %s" % c.email(),
        "netwerk: %s %s (%s), %s"
        % (
            k.relword,
            P(k.rel.first),
            phone() if chance(0.5) else "geen tel",
            pick(["betrokken", "weinig contact", "woont in Rotterdam", "overbelast"]),
        ),
        "probleem: %s" % k.issue(),
        "betrokken: %s %s" % (K("r", pick(ROLES)), P(pick(["%s %s" % p for p in PROFS]))),
        "rekening: %s" % iban(),
        "dossier %s" % dossier(),
        "volgende stap: %s op %s" % (pick(["hb", "mdo", "intake", "evaluatie"]), date_str()),
    ]
    keep = items[:1] + R.sample(items[1:], R.randint(6, 10))
    head = pick(
        [
            "overdracht %s" % P(c.first),
            "casus %s (%s)" % (P(c.last), K("w", k.wijk)),
            "OVERDRACHT",
            "aantekeningen hb %s" % date_str(style=pick([7, 9, 14])),
            "intake",
        ]
    )
    return head + "\n" + "\n".join(b + x for x in keep)


def t_caps():
    k = Case()
    c = k.c
    head = pick(["LET OP", "SPOED", "!!! NIET ALLEEN HEEN", "BELANGRIJK", "ATTENTIE"])
    caps_line = pick(
        [
            "%s: %s %s WOONT NIET MEER OP %s"
            % (
                head,
                c.title(True),
                P(c.last.upper()),
                address(k.street).upper().replace("[[A:", "[[a:"),
            ),
            "%s %s %s: %s %s"
            % (
                head,
                c.title(True),
                P(c.full().upper()),
                "AFSPRAAK",
                date_str(style=pick([10, 0])).upper().replace("[[D:", "[[d:"),
            ),
            "%s - %s %s - GEEN POST NAAR %s"
            % (
                head,
                c.title(True),
                P(c.last.upper()),
                address(k.street).upper().replace("[[A:", "[[a:"),
            ),
        ]
    )
    rest = [
        pick(
            [
                "nieuw adres: %s %s" % (k.addr(), k.pc()),
                "zit tijdelijk bij %s %s" % (k.relword, P(k.rel.full())),
                "melding %s %s loopt" % (K("o", "Veilig Thuis"), dossier()),
            ]
        ),
        pick(
            [
                "%s is op de hoogte"
                % (
                    K("r", pick(["wijkagent", "casusregisseur", "teamleider"]))
                    + " "
                    + P(pick([l for _, l in PROFS]))
                ),
                "overleg met %s gehad op %s" % (P(pick([f for f, _ in PROFS])), date_str()),
                "tel alleen via %s: %s" % (k.relword, phone()),
            ]
        ),
        pick(
            [
                "vzv geen gevaar maar wees alert",
                "%s kan agressief reageren" % k.hij,
                "niet bellen na 17u",
                "ajb niet in het dossier van %s %s zetten" % (k.relword, P(k.rel.first)),
            ]
        ),
        cap1(k.issue()),
        pick(
            [
                "vragen? bel %s op %s" % (P(pick([f for f, _ in PROFS])), phone()),
                "zaaknr %s" % dossier(),
                "dossier staat op naam van %s" % P(pick(["%s %s" % p for p in PROFS])),
            ]
        ),
    ]
    return caps_line + "\n" + ". ".join(rest) + pick([".", "", " !!", " 🙏"])


def t_note():
    k = Case()
    c = k.c
    return pick(
        [
            lambda: "nb %s %s, %s terugbellen %s" % (c.ref(), k.issue(), k.relword, phone()),
            lambda: (
                "%s %s belde: afspraak van %s kan niet, %s ligt in het %s. nieuw voorstel %s"
                % (
                    k.relword,
                    P(k.rel.first),
                    date_str(style=pick([1, 7, 9, 11])),
                    k.hij,
                    K("o", pick(["HMC", "Haga", "Bronovo"])),
                    date_str(style=pick([10, 11, 13])),
                )
            ),
            lambda: (
                "hb %s verzet naar %s ivm %s. %s weet het"
                % (
                    P(c.last.lower()),
                    date_str(style=pick([7, 9, 10, 11])),
                    pick(["ziekte", "ramadan", "ziekenhuisafspraak", "tolk niet beschikbaar"]),
                    P(pick([f for f, _ in PROFS]).lower()),
                )
            ),
            lambda: (
                "tel gehad met %s: %s. %s wil dat %s %s erbij is bij het volgende gesprek op %s"
                % (P(c.full()), k.issue(), k.hij, k.relword, P(k.rel.first), date_str())
            ),
            lambda: (
                "%s heeft nieuw rek.nr %s, oude (%s) is opgeheven. bsn ter controle %s"
                % (c.ref(), iban(), iban(), bsn())
            ),
            lambda: (
                "%s mailt voortaan vanaf %s, oude adres werkt niet meer. zsm aanpassen in %s"
                % (
                    P(c.first),
                    c.email(),
                    pick(["het systeem", "Regas", "het dossier", "de cliëntkaart"]),
                )
            ),
            lambda: (
                "%s en %s van %s gaan %s samen naar %s %s (%s)"
                % (
                    P(pick([f for f, _ in PROFS]).lower()),
                    P(pick([f for f, _ in PROFS])),
                    K("o", pick(HELP + WELZIJN)),
                    pick(["dinsdag", "morgen", "vrijdagmiddag", "na het weekend"]),
                    c.title(),
                    P(c.last),
                    k.addr(),
                )
            ),
        ]
    )()


def t_form():
    k = Case()
    c = k.c
    sep = pick([":\t", ": ", "\t", " - "])
    fields = [
        ("Naam", P(c.full())),
        ("Geboortedatum", date_str(k.dob, birth=True)),
        ("BSN", bsn()),
        ("Adres", k.addr()),
        ("Postcode", k.pc()),
        ("Tel", phone()),
        ("E-mail", c.email()),
        ("Wijk", K("w", k.wijk)),
        ("Contactpersoon", "%s (%s) %s" % (P(k.rel.full()), k.relword, phone())),
        (
            "Verwijzer",
            "%s %s"
            % (
                K("r", pick(["huisarts", "POH-GGZ", "wijkagent", "woonconsultant"])),
                P(pick([l for _, l in PROFS])),
            ),
        ),
        ("Zaaknr", dossier()),
        ("IBAN", iban()),
        ("Hulpvraag", k.issue()),
    ]
    keep = [fields[0]] + R.sample(fields[1:], R.randint(7, 11))
    head = pick(
        [
            "AANMELDFORMULIER",
            "Aanmelding SWT %s" % K("w", k.wijk),
            "Formulier (gekopieerd uit Word)",
            "Intake",
        ]
    )
    return head + "\n" + "\n".join(a + sep + b for a, b in keep)


def t_agenda():
    who = pick([f for f, _ in PROFS])
    lines = ["planning %s wk %d" % (P(who), R.randint(1, 52))]
    base = rand_date()
    base = base - datetime.timedelta(days=base.weekday())
    for i in range(R.randint(4, 5)):
        k = Case()
        dt = base + datetime.timedelta(days=i)
        lines.append(
            "%s %s %s"
            % (
                date_str(dt, style=pick([9, 11, 7, 8, 13])),
                pick(["9u", "10.30", "13:00", "ochtend", "middag", ""]),
                pick(
                    [
                        "hb %s, %s" % (k.c.ref(), k.addr()),
                        "intake %s" % P(k.c.full()),
                        "mdo %s (dossier %s)" % (P(k.c.last), dossier()),
                        "tel %s %s %s" % (K("o", pick(HELP + GGZ)), "over", P(k.c.last)),
                        "hb %s %s samen met %s"
                        % (k.c.title(), P(k.c.last), P(pick([f for f, _ in PROFS]))),
                        "admin",
                        "teamoverleg " + K("w", k.wijk),
                    ]
                ),
            )
        )
    if chance(0.7):
        lines.append(
            pick(
                [
                    "let op: tel %s is veranderd, nieuw nr %s" % (P(Case().c.full()), phone()),
                    "vrijdag eerder weg (tandarts)",
                    "%s vervangt mij do" % P(pick([f for f, _ in PROFS])),
                ]
            )
        )
    return "\n".join(lines)


TEMPLATES = (
    [t_chat] * 10
    + [t_mail] * 7
    + [t_memo] * 6
    + [t_table] * 4
    + [t_bullets] * 5
    + [t_caps] * 3
    + [t_note] * 4
    + [t_form] * 5
    + [t_agenda] * 2
)


# ---------------------------------------------------------------------------
# markup -> spans, checks, output
# ---------------------------------------------------------------------------
PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "n": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
MARK = re.compile(r"\[\[(p|b|t|e|i|pc|a|d|n):(.+?)\]\]|\{\{(w|o|r):(.+?)\}\}")


def strip(marked):
    out, pii, keep, pos = [], [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        n += len(marked[pos : m.start()])
        if m.group(1):
            lab, txt, tgt = PII[m.group(1)], m.group(2), pii
        else:
            lab, txt, tgt = KEEP[m.group(3)], m.group(4), keep
        tgt.append({"start": n, "end": n + len(txt), "label": lab, "text": txt})
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        assert bad not in text, (bad, text)
    return text, pii, keep


def bsn_ok(s):
    d = re.sub(r"[ .]", "", s)
    return (
        len(d) == 9
        and d.isdigit()
        and (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0
    )


def iban_ok(s):
    d = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    texts = list(HAND)
    order = TEMPLATES[:]
    R.shuffle(order)
    for f in order:
        texts.append(f())
    rows = []
    for i, t in enumerate(texts):
        text, pii, keep = strip(t.strip("\n"))
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in spans:
            assert (
                text[s["start"] : s["end"]] == s["text"]
                and s["text"].strip() == s["text"]
                and s["text"]
            ), (i, s)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        assert pii, i
        rows.append({"id": "ho18-%04d" % i, "text": text, "pii": pii, "keep": keep})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout18.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter

    pc, kc = Counter(), Counter()
    for r in rows:
        pc.update(s["label"] for s in r["pii"])
        kc.update(s["label"] for s in r["keep"])
    tot = sum(pc.values())
    words = [len(r["text"].split()) for r in rows]
    print(
        "texts",
        len(rows),
        "avg words %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    print("pii", tot, dict(pc), "person share %.2f" % (pc["person"] / tot))
    print("keep", dict(kc))
