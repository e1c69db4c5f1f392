#!/usr/bin/env python3
"""Held-out test corpus 66: team chat / handover messages between care professionals
(Teams, Signal, WhatsApp) in Den Haag, Rijswijk, Zoetermeer, Delft and Westland.

Texts are written with inline markup and stripped here, so offsets are right by construction:
  [[p:..]] person  [[b:..]] bsn  [[t:..]] phone  [[e:..]] email  [[i:..]] iban
  [[pc:..]] postcode  [[a:..]] address  [[d:..]] date  [[n:..]] dossier
  {{w:..}} wijk  {{o:..}} org  {{r:..}} role
Run: python3 heldout66_corpus.py  -> writes heldout66.jsonl next to this script.
"""

import json
import os
import re
from collections import Counter

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

TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


T(r"""
[[d:ma 3/2]] hb gedaan bij mw [[p:el khattabi]] [[a:Hoefkade 212-hs]] samen met [[p:Ilse]] van {{o:wijkverpleging}}. clt zat in het donker, stroom is eraf sinds vrijdag. {{o:Eneco}} gebeld ivm afsluiting, die willen eerst contact met bwv. bwv is mr [[p:de Ruiter]] tel [[t:070 362 18 44]] maar die neemt nooit op. wie kan dit zsm oppakken? ik zit morgen de hele dag bij scholing
""")

T(r"""
[[d:14-03-25]] 09:12 - [[p:Kim]] SWT {{w:Moerwijk}}: iemand iets gehoord van dhr [[p:Baldew]]?
[[d:14-03-25]] 09:15 - [[p:Youssef]]: nee. brief van {{o:Haag Wonen}} lag nog op de mat, ontruimingsdreiging. kenmerk [[n:HW/2025/00871]]
[[d:14-03-25]] 09:16 - [[p:Kim]] SWT {{w:Moerwijk}}: shit. ik bel zijn zus [[p:Sharmila]] [[t:06-41893022]]
[[d:14-03-25]] 09:41 - [[p:Kim]] SWT {{w:Moerwijk}}: zus zegt hij ligt in het {{o:HMC Westeinde}} sinds woensdag, val in de douche. ze gaat vandaag de post ophalen
""")

T(r"""
even ingesproken want ik rij punt mevrouw [[p:Roos Bakker]] heeft gebeld over de huur komma ze heeft een brief gekregen van de deurwaarder van zevenhonderd euro eh ze wil graag dat iemand meekijkt. afspraak gemaakt voor [[d:donderdag de 21e]] om half 11 bij haar thuis op de [[a:Melis Stokelaan 1412]] iemand van {{o:schuldhulp}} moet eigenlijk mee denk ik
""")

T(r"""
overdracht vakantie [[p:Marloes]] (t/m [[d:25 aug]])
- dhr [[p:van leeuwen]] (78) {{w:mariahoeve}}: {{r:casemanager dementie}} komt [[d:di 13/8]], dochter [[p:Ellen]] is aanspreekpunt [[t:06 2345 7781]]
- mw [[p:Osei]]: tolk twi nodig bij afspr {{o:UWV}} [[d:15-8]] 10u, zaaknr [[n:2024-0093318]]
- fam [[p:Wiśniewski]] [[a:Zuiderparklaan 88]]: huur geregeld, niks doen
- [[p:Henk]] (dakloos, slaapt soms bij {{o:Kessler Stichting}}) niks van gehoord
vragen? app [[p:Anouk]], die heeft mijn caseload
""")

T(r"""
hoi [[p:Priya]], kun jij de aanmelding voor {{o:MEE}} doen voor [[p:Dion]]? gegevens: [[p:Dion Koster]], geb [[d:07-11-1998]], [[a:Goudenregenstraat 61]] [[pc:2565 EN]] den haag, bsn [[b:146374484]]. moeder [[p:Gerda]] wil bij gesprek zijn. thx!
""")

T(r"""
Signal [[p:Fleur]] > [[p:Said]]
heb je clt [[p:Kaya]] nog gesproken over de toeslagen? {{o:Belastingdienst}} wil 4.300 terug, beschikking kenmerk [[n:TS-2024-0715-332]]
> nee nog niet, hij zat vorige week in de kliniek. ik ga [[d:wo 19-6]] langs
> ok top. neem {{r:sociaal raadsman}} mee als het kan, [[p:Bram]] van {{o:Stichting MOOI}} heeft daar ruimte voor
""")

T(r"""
kort: mw [[p:de wit]] belde huilend, zoon [[p:Jeroen]] staat weer voor de deur en wil geld. ze durft niet open te doen. ik heb gezegd 112 als hij agressief wordt. {{r:wijkagent}} [[p:Verhoef]] geïnformeerd. melding bij {{o:Veilig Thuis}} overwegen? bespreken in MDO [[d:vrijdag 7 juni]]
""")

T(r"""
nieuw adres clt [[p:Abdi]] ([[p:Hodan Abdi Warsame]]):
[[a:Dedemsvaartweg 400 k12]]
[[pc:2545 BB]] Den Haag
[[t:0685129043]]
oude adres ([[a:Parallelweg 21-3hg]]) mag uit systeem
""")

T(r"""
Goedemorgen team, ik ben vandaag ziek 🤒 mijn afspraken: 10u dhr [[p:Mohan]] in {{w:Transvaal}} (graag even bellen dat het niet doorgaat, [[t:06-19027733]]), 13u overleg met {{o:Parnassia}} over [[p:Sevda]], kan [[p:Lotte]] dat overnemen? stukken staan in de map. groet [[p:Nadia]]
""")

T(r"""
[[p:nienke]] vraagt of iemand weet welke {{r:bewindvoerder}} mw [[p:Yılmaz]] heeft. ik heb in het dossier [[n:SWT-ESC-2291]] alleen een oude naam staan: [[p:H. Bos]] van {{o:Bos Bewindvoering}}, [[e:info@bosbewindvoering.nl]]. klopt dat nog?
""")

T(r"""
aanvraag bijzondere bijstand mw [[p:Angela Martina]] ingediend [[d:23 januari]]. rekeningnummer waarop moet: [[i:NL08 ABNA 2265 4436 61]] tnv [[p:A.C. Martina]]. ze heeft geen telefoon meer, bereikbaar via buurvrouw [[p:Sonja]] [[t:070-3885126]]
""")

T(r"""
voice: ja hoi met [[p:Erik]] ik sta nu bij dhr [[p:Schipper]] in de {{w:Haagse Beemden}}. nee sorry dat is in breda. ik sta bij de [[a:Koningstraat 183]] hij doet niet open maar ik hoor de tv. buurman zegt hij heeft hem sinds het weekend niet gezien. ik bel nu de {{o:GGD}} of de politie voor een woningopening. wie heeft zijn sleutelkastje code? ik hoor het
""")

T(r"""
@[[p:Hatice]] kun je mw [[p:Çelik]] morgen terugbellen ivm tolk? ze spreekt alleen turks. nr [[t:+31 6 4873 2109]]. het gaat om de afwijzing {{o:Wmo}} huishoudelijke hulp, zaak [[n:WMO-24-118832]]. bezwaartermijn loopt tot [[d:12-4]]!!
""")

T(r"""
update [[p:Tom]]: gisteren lang gesprek gehad met hem en zijn moeder. hij wil wel naar de dagbesteding bij {{o:Middin}} maar alleen als [[p:Patrick]] (zijn begeleider vroeger) er ook is. intake gepland [[d:do 12/9]]. {{r:ambulant begeleider}} vanuit {{o:MEE}} is [[p:Sylvia Hoop]] [[e:s.hoop@meezhh.nl]]
""")

T(r"""
wie heeft er ruimte? nieuwe aanmelding via {{o:Servicepunt XL}} {{w:Laak}}:
mw [[p:Daniela Popescu]], roemeens, 34, 2 kinderen (7 en 10), woont bij kennis op [[a:Hengelolaan 1109]], geen inschrijving BRP. werkte in de kassen in {{w:Westland}} via uitzendbureau, nu ziek zonder loon. tel [[t:+40 745 118 392]] en NL nr [[t:06 87 22 40 15]]
""")

T(r"""
[[p:Mei]] belt morgen de {{r:huisarts}} van mw [[p:Chen]] over de medicatie, in mei hebben we dat ook al gevraagd maar nooit iets gehoord. ha praktijk [[p:Brouwer]] [[t:(070) 323 45 10]]
""")

T(r"""
ff checken: dhr [[p:Ramdin]] zijn bsn is [[b:1727.82.156]] of [[b:172782156]]? ik zie 2 versies in het formulier maar volgens mij is het dezelfde, alleen met puntjes. wil niet dat {{o:CAK}} het weer terugstuurt
""")

T(r"""
hey allen, vergeten te zeggen in overleg: casus [[p:jansen]] ({{w:duindorp}}) is gesloten, zij is verhuisd naar haar dochter in Zoetermeer, [[a:Meerzichtlaan 88]] [[pc:2713 HC]]. overdracht naar wijkteam daar gaat via [[p:Karin]] ({{r:casusregisseur}})
""")

T(r"""
[[d:11-10]] 16:02 [[p:Wendy]] {{o:Florence}}: mw [[p:Hoekstra]] is gevallen, ligt in {{o:Haga}}. haar kat zit alleen thuis [[a:Laan van Meerdervoort 331-III]] wie heeft sleutel?
[[d:11-10]] 16:05 [[p:Joost]]: buurvrouw mevrouw [[p:Vos]] op 331-II heeft een sleutel volgens mij
[[d:11-10]] 16:06 [[p:Wendy]] {{o:Florence}}: top ik ga er langs
""")

T(r"""
kan iemand dit even lezen voor ik het verstuur? "Geachte heer [[p:Van den Berg]], naar aanleiding van ons gesprek op [[d:maandag 4 maart]] bevestig ik dat het {{o:sociaal wijkzorgteam}} uw aanvraag voor een {{o:Wmo}}-voorziening ondersteunt." ok zo? of te formeel
""")

T(r"""
ik heb net [[p:Fatima]] aan de lijn gehad, [[p:Fatima]]'s oudste dochter [[p:Salma]] (17) is weggelopen na ruzie. {{o:CJG}} is betrokken, {{r:jeugdconsulent}} [[p:Robin]]. wij focussen op moeder ivm schulden. {{o:Veilig Thuis}} is al op de hoogte, melding [[n:VT-2024-11873]]
""")

T(r"""
wie kan [[d:vrijdag de 4e]] mee naar {{o:Kredietbank Nederland}}? clt [[p:Adebayo]] durft niet alleen. adres kbn: ergens op de Lange Voorhout. het gaat om een nieuwe aanvraag, vorige dossiernr [[n:KBN 221.448]]
""")

T(r"""
aanvulling op mail van [[p:Jasper]]: het juiste rekeningnr van dhr [[p:Demir]] is [[i:NL53RABO7157441018]], niet het oude {{o:ING}} nummer. dus betaling huur vanaf [[d:1 april]] daarnaar. bsn [[b:267 808 161]]
""")

T(r"""
mw [[p:sterre vd berg]]? of was het [[p:van den Bergh]]. weet iemand het nog, woont op de [[a:weimarstraat 114]] boven de bakker. heeft vorig jaar bij ons gezeten ivm huiselijk geweld. ik kan haar niet terugvinden
""")

T(r"""
bericht van [[p:Ahmed]] ({{r:ervaringsdeskundige}}): ben gisteren met [[p:Karim]] naar de {{o:voedselbank}} geweest, intake gelukt 👍 volgende stap inschrijving {{o:Woonnet Haaglanden}}. [[p:Karim]] heeft geen digid, kan iemand helpen? zijn mail is [[e:karim.benali83@gmail.com]]
""")

T(r"""
voor de notulen: [[d:22 november]] kick-off met alle teams, daarna kiest de pilotgroep de thema's. ik heb mw [[p:Lie]] ([[p:Lie Hwa]]) gevraagd of haar casus als les gebruikt mag worden, toestemmingsverklaring getekend [[d:8/11]]. Groet [[p:Esther]] - {{r:casusregisseur}} SWT {{w:Escamp}}
""")

T(r"""
[[p:Johan]] van {{o:Staedion}} belde ivm overlast op de [[a:Wolmaranstraat 42]]. het gaat om dhr [[p:Mensah]], geluid en stank. woonconsulent wil een gezamenlijk hb. ik stel voor [[d:dinsdag 18/3]] 14u. [[p:Johan]]: [[t:06-52 08 99 17]] [[e:j.kleiweg@staedion.nl]]
""")

T(r"""
clt [[p:Zerai]] (Eritrees) heeft brief van {{o:IND}} gekregen, vnr [[n:V-4429180]]. neef [[p:Yonas]] vertaalt. ze willen gezinshereniging maar dat is niet ons terrein. doorverwijzen naar {{o:VluchtelingenWerk}}? contact daar is [[p:Merel]]
""")

T(r"""
ok dus samenvatting telgesprek [[p:Ingrid]] ({{r:bewindvoerder}}): leefgeld van dhr [[p:Kok]] gaat voortaan per week ipv per maand, elke maandag. rekening [[i:NL06SNSB0959783040]]. ze wil dat wij hem helpen met boodschappenlijst. [[p:Ingrid]] bereikbaar di en do [[t:015-2124870]]
""")

T(r"""
[[d:ma 13 jan]] 08:30 [[p:Rachid]]: morgen collega's! wie gaat er mee naar de crisisopvang ivm mw [[p:El Idrissi]]?
[[d:ma 13 jan]] 08:34 [[p:Lisa]]: ik. waar?
[[d:ma 13 jan]] 08:35 [[p:Rachid]]: {{o:Leger des Heils}} [[a:Prinsegracht 45]], melden bij [[p:Gerrit]]
""")

T(r"""
geen bijzonderheden bij oma [[p:Truus]] vandaag, alleen de verwarming doet het niet. heb {{o:HWW zorg}} gebeld. [[p:Truus]] zelf vond het gezellig dat ik er was, ze zei dat ik "net zo praat als haar [[p:Wim]]" 😅
""")

T(r"""
belangrijk!! nieuw tel nr mw [[p:Boateng]]: [[t:06-3344-9910]]. oude nummer werkt niet meer. ook nieuwe mail [[e:akosua.boateng@outlook.com]]. ze is verhuisd naar [[a:Tanthofdreef 3]], [[pc:2623 EA]] Delft, dus eigenlijk niet meer onze wijk. overdracht naar {{o:Delft voor Elkaar}}?
""")

T(r"""
gesproken met [[p:Piet]] vd {{o:woningbouw}}: ze willen mw [[p:Noor]] een andere woning aanbieden, begane grond ivm rolstoel. voorkeur {{w:Bouwlust}} of {{w:Vrederust}}. ze moet wel inschrijving hebben, nr [[n:WNH-0038812]]
""")

T(r"""
heb [[p:Gül]] gezegd dat ze volgende week [[d:dinsdag 9 juli]] kan komen voor de aanvraag, maar ik ben er dan niet. [[p:Sander]] kun jij? ze neemt haar paspoort en bankpas mee
""")

T(r"""
plakken uit brief {{o:CJIB}}: "betalingskenmerk [[n:1234 5678 9012 3456]] - openstaand bedrag € 412,00 - naam [[p:R.J. Dekker]]". [[p:Dekker]] zegt dat hij het al betaald heeft, wie kan meekijken in zijn bankapp?
""")

T(r"""
hb [[d:25/2]] met {{r:wvp}} [[p:Anja]] bij dhr [[p:Pinas]] ([[a:De la Reyweg 57]]): woning ernstig vervuild, muizen. dhr wil geen hulp maar stemt in met 1 keer opruimen. {{o:bemoeizorg}} {{o:GGD}} inschakelen, meldnr volgt. zus [[p:Marlène]] woont in suriname, niet bereikbaar
""")

T(r"""
Hoi [[p:Wouter]], zie je mijn mail over [[p:Ewa Nowak]]? haar bsn is [[b:250037932]], ik had een cijfer verkeerd. geboortedatum [[d:3 september 1987]]. sorry voor het gedoe
""")

T(r"""
afgesproken met mw [[p:Smit]]: we bellen haar elke maandag 10u. als ze niet opneemt bellen we haar dochter [[p:Kirsten]] [[t:0610443287]] en daarna {{o:thuiszorg}}. [[p:Smit]] weet hiervan en vindt het goed
""")

T(r"""
ter info: {{r:POH-GGZ}} van de praktijk [[p:Haddou]] heeft [[p:Ilias]] doorverwezen naar {{o:Brijder}}, intake [[d:17-06-2024]]. hij wil dat wij meegaan. ik kan niet, [[p:Sanne]]?
""")

T(r"""
mw [[p:de jong]] wil haar rekeningnr wijzigen voor de {{o:SVB}} uitkering: [[i:NL17TRIO9898548256]]. formulier ligt bij mij, ze tekent donderdag. clientnr svb [[n:6621034]]
""")

T(r"""
[[p:amira]] heeft ivm ramadan liever afspraak na 17u. ik heb [[d:wo 26 maart]] 17.30 gepland, samen met {{r:budgetcoach}} [[p:Peter Groen]]. adres [[a:Zuidlarenstraat 64]]
""")

T(r"""
voicemail van dhr [[p:Gonzalves]] uitgeschreven: "ja goedemiddag u spreekt met [[p:Gonzalves]] ik bel over mijn moeder [[p:maria]] zij woont op de [[a:Stieltjesstraat 12]] ze heeft hulp nodig met de post kunt u terugbellen op [[t:nul zes 24 99 30 18]]" hmm nummer valt half weg, iemand het volledige nr?
""")

T(r"""
kort bericht: dhr [[p:Hendriks]] overleden [[d:zondag 2/6]]. dochter [[p:Miranda]] regelt alles. casus wordt gesloten na afronding {{o:bewindvoering}}. condoleancekaart gaat namens het team, adres [[a:Pisuissestraat 118]] [[pc:2552 HA]]
""")

T(r"""
is het juist dat mw [[p:Abena]] nu bij {{o:Haag Wonen}} op de wachtlijst staat? ik heb in {{o:Woonnet}} gezocht maar kan haar niet vinden. haar inschrijfnummer zou [[n:210488712]] moeten zijn
""")

T(r"""
mw [[p:Kowalczyk]] belde voor [[p:Jan]] (haar man) ivm toeslagen. [[p:Jan]] ligt in het ziekenhuis, zij regelt alles. ik heb gevraagd om machtiging. haar nummer [[t:+48 601 223 987]] (pools nr), NL nr heeft ze niet
""")
T(r"""
hoi allemaal, overdracht {{w:Meerzicht}} ivm zwangerschapsverlof [[p:Lieke]]:
1. mw [[p:Rahimi]] (afghaans, 52) [[a:Dobbeweg 17]] – aanvraag {{o:Wmo}} scootmobiel loopt, zaaknr [[n:Z-2024-033871]], {{r:Wmo-consulent}} [[p:Bas]] belt haar
2. dhr [[p:Koning]] – schulden, nu bij {{o:Kwadraad}}, geen actie
3. gezin [[p:Haidari]] – {{o:CJG}} leidend, wij alleen volgen
4. [[p:Jannie]] – wekelijks bellen, mist haar man erg
groetjes en tot over 4 maanden x
""")

T(r"""
[[d:2/10]] 11:20 [[p:Dewi]]: bij dhr [[p:Moerman]] in {{w:Palenstein}} geweest, brief van deurwaarder [[n:DW 2024/88120]] 
[[d:2/10]] 11:21 [[p:Dewi]]: foto volgt
[[d:2/10]] 11:24 [[p:Koen]]: die deurwaarder ken ik, bellen en regeling voorstellen. zijn bankrek [[i:NL78 KNAB 0305 3932 04]]? dan kan {{r:bwv}} meteen iets overmaken
[[d:2/10]] 11:30 [[p:Dewi]]: klopt ja
""")

T(r"""
mw [[p:Storm]] (de oude mevrouw van 91 op de [[a:Rokkeveenseweg 44]]) wil NIET naar het verpleeghuis. dochter [[p:Annemarie Storm]] wel. ik hou het op een casusoverleg met de {{r:huisarts}} en {{r:casemanager dementie}}, voorstel [[d:woensdag de 15e]] 9u op de praktijk
""")

T(r"""
Tel. gesprek met [[p:Bilal]] (zoon van dhr [[p:Amrani]]): vader is erg achteruit gegaan sinds het overlijden van moeder in februari. [[p:Bilal]] woont in Rotterdam, komt 1x per week. vraag: dagbesteding + maaltijdservice. adres vader [[a:Seghwaertseweg 120]] [[pc:2721 LD]] Zoetermeer. tel [[p:Bilal]] [[t:06 15 44 80 29]]
""")

T(r"""
ik heb de gegevens van [[p:Ioana]] even hier geplakt want ik kan niet bij het systeem:
naam: [[p:Ioana Dumitrescu]]
gebdat: [[d:19.04.1990]]
bsn: [[b:532054040]]
adres: [[a:Van Foreestweg 22]], [[pc:2624 JK]] Delft
tel: [[t:06-27301188]]
mail: [[e:ioana.dumi90@yahoo.com]]
""")

T(r"""
mdo agenda [[d:do 6 feb]] {{o:GGZ Delfland}}:
- [[p:Visser]] (terugval, woont in {{w:Tanthof}})
- [[p:Mahabier]] (zorgmijding, buren klagen)
- [[p:F.]] – naam wordt nog doorgegeven
- nieuw: [[p:Rosa]] uit {{w:Buitenhof}}, verwezen door {{r:wijkagent}}
aanwezig: [[p:Marieke]], [[p:Hans]], ik. [[p:Ayse]] afwezig
""")

T(r"""
moet even kwijt: vandaag bij [[p:hoop]] geweest, ik hoop echt dat ze de huur nu gaat betalen want {{o:Vidomes}} is er klaar mee. ze heeft een achterstand van 3 maanden. ontruimingszitting [[d:28-11]]
""")

T(r"""
hey [[p:Milou]] ik zie in de agenda dat jij [[d:maandag 20 januari]] bij [[p:Teuntje]] langs gaat, kun je haar vragen of ze de nieuwe rekening wil laten zien? volgens {{r:bwv}} is het [[i:NL92BUNQ5933570859]] maar zij zegt iets anders
""")

T(r"""
spraakbericht omgezet: ik ben bij mevrouw [[p:fernandes]] punt in {{w:Voorhof}} punt ze wil graag een afspraak met {{o:Perspektief}} over haar zoon [[p:nelson]] die is 23 en gebruikt heel veel komma ik denk cocaïne punt ze heeft geen geld meer voor eten dus voedselbank aanmelding nodig vraagteken
""")

T(r"""
welkom in de groep [[p:Stefan]] 👋 [[p:Stefan]] is de nieuwe {{r:jongerenwerker}} voor {{w:Steenvoorde}} en {{w:Te Werve}}, bereikbaar via [[t:06-53219870]] of [[e:stefan.verbeek@welzijnrijswijk.nl]]
""")

T(r"""
mw [[p:Zomer]] belde, ze had deze zomer al 2x de {{o:GGD}} over de vloer gehad vanwege haar honden. wil nu hulp bij verhuizen naar kleinere woning. {{o:Rijswijk Wonen}} inschrijfnr [[n:RW-77312]]. woont nu [[a:Generaal Spoorlaan 417]] [[pc:2285 TC]] Rijswijk
""")

T(r"""
vanuit [[p:Hennie]] ({{r:mantelzorgconsulent}}): [[p:Gerard]] zorgt al 6 jaar voor zijn vrouw [[p:Wil]] met parkinson. hij wil respijtzorg, een weekje per maand. wil jij het aanvragen bij {{o:Wmo}}? bsn [[p:Wil]] [[b:759 750 981]], geb [[d:02-02-1950]]
""")

T(r"""
[[d:13-3]] bezoek afgezegd door clt, [[d:20-3]] niet thuis, [[d:27-3]] wel thuis maar deed niet open. nu brief sturen? adres: [[a:Van Vredenburchweg 139]], [[pc:2282 SG]]. naam dhr [[p:Ouali]]
""")

T(r"""
@[[p:Irene]] ivm mw [[p:Tahiri]]: de {{o:huurcommissie}} zaak heet [[n:HC-2025-01388]], zitting is [[d:vrijdag 14 maart]]. kun jij mee? ik heb al iets met [[p:Noah]] die middag
""")

T(r"""
even voor de duidelijkheid: "[[p:De Wit]]" is de {{r:huisarts}}, en mw [[p:de Wit]] is de clt. ze zijn geen familie 😂 dus als er staat ha [[p:de wit]] gaat het over de dokter. de praktijk zit op de [[a:Laan van Nieuw Oost-Indië 250]]
""")

T(r"""
notitie hb [[d:di 11/2]] mw [[p:Bakker]] {{w:Naaldwijk}}: huis netjes, koelkast leeg. kleindochter [[p:Jade]] doet boodschappen 1x pw. mw is erg vergeetachtig, herhaalt vragen. advies: {{r:casemanager dementie}} via ha. ha is dr [[p:Mulder]] [[t:0174-625 411]]
""")

T(r"""
Kunnen we [[p:Kofi]] op de lijst zetten voor de kerstpakketten? hij woont nu in een caravan bij zijn broer, [[a:Zwartendijk 34a]], De Lier. geen postadres dus brieven naar {{o:Vitis Welzijn}} sturen tav [[p:Monique]]
""")

T(r"""
🚩 veiligheid: mw [[p:Soumaya]] (zie dossier [[n:#48120]]) heeft een contactverbod, ex [[p:Younes B.]] is weer in de buurt gezien. adres NIET delen met de school. {{o:Veilig Thuis}} casemanager [[p:Daphne]] [[t:088-4567 210]]
""")

T(r"""
gisteren in de trein naar huis een spraakmemo ingesproken maar die is vaag, dus even typen: dhr [[p:Tsegay]] heeft GEEN zorgverzekering meer sinds [[d:1-1-2025]]. {{o:CAK}} wanbetalersregeling. bsn [[b:245150511]]. wil iemand met [[p:Hanna]] ({{r:sociaal raadsvrouw}}) overleggen?
""")

T(r"""
[[p:marco]] zegt: sleutel ligt bij de buurvrouw op [[a:Amerikaweg 30 B]]. de buurvrouw heet [[p:Lucia]]. ze is thuis tussen 9 en 12
""")

T(r"""
hoi team, clt [[p:Aziz]] heeft zijn nieuwe {{r:klantmanager}} bij {{o:SZW}}: mevr. [[p:Tjon-A-Fat]] – [[e:a.tjonafat@denhaag.nl]]. dossier {{o:SZW}} [[n:SZW-883201]] [[p:Aziz]] vraagt of wij bij het gesprek willen zijn [[d:dinsdag 1 okt]]
""")

T(r"""
vergeet niet! [[d:vrijdag 13 december]] kerstborrel. en ook: [[p:Marja]] gaat met pensioen, kaartje ligt bij [[p:Ria]] 🎉
""")

T(r"""
wat doen we met mw [[p:Gómez]]? ze komt niet op afspraken, telefoon staat uit ([[t:0634012255]]). laatste contact [[d:3 okt]] jl. dochter [[p:Isabel]] in spanje. ik stel voor brief + hb met {{r:wijkverpleegkundige}}. adres [[a:Morgensterstraat 9 bis]] [[pc:2525 RH]]
""")

T(r"""
{{r:ouderenconsulent}} [[p:Truus Mol]] vraagt of iemand dhr [[p:Hardjopawiro]] kent. hij zit in {{w:Morgenstond}}, alleen, 84, javaans-surinaams. ze maakt zich zorgen over eenzaamheid
""")

T(r"""
bedankt [[p:Sam]]! voor de rest: de rekening waar de {{o:gemeente}} de vergoeding op moet storten is van zijn zus: [[i:NL14INGB2196148347]] t.n.v. [[p:N. Bouzid]]. machtiging zit in bijlage
""")

T(r"""
bericht van [[p:Lotte]] via teams:
hb [[p:Wiersma]] ging goed. hij vertelde dat hij op [[d:4 mei]] zijn broer [[p:Klaas]] heeft verloren. wil graag rouwverwerking, vraag is of {{o:Humanitas}} dat doet. zijn tel is [[t:06 4415 0923]]
""")

T(r"""
dringend: mw [[p:Okafor]] is dakloos sinds vanochtend, uit huis gezet. kinderen (4 en 6) zijn bij haar. {{o:Centraal Onthaal}} zegt geen plek. we zoeken nu noodopvang. [[p:Chidi]] (ex) heeft geen contact. heeft iemand contact bij {{o:Leger des Heils}}? zaaknummer onthaal [[n:CO-2025-0412]]
""")

T(r"""
ivm privacy: het formulier van mw [[p:Boukhari]] heb ik NIET naar het algemene adres gestuurd maar naar [[e:m.vandam@kwadraad.nl]] van [[p:Margriet van Dam]] zelf. ok?
""")

T(r"""
even een vraag voor de {{r:Wmo-adviseur}}s: mw [[p:Koster]] heeft [[d:15/1]] een aanvraag voor traplift gedaan, nog steeds niks. zaak [[n:2024-Wmo-4471]]. zij belt mij elke dag 🙈
""")

T(r"""
[[p:esra]] hoi, ben je vanmiddag op kantoor? dan kunnen we [[p:demir]] zijn stukken doorlopen. bsn staat er niet bij, heb jij hem? 
> ja, [[b:861814691]]. kom om 2 uur
""")

T(r"""
samenvatting casus [[p:Jacobs]] voor de intervisie (mag anoniem): man 45, vrachtwagenchauffeur, arbeidsongeschikt na ongeval, schulden € 38.000, vrouw [[p:Sandra]] werkt in de thuiszorg. 2 kids. woont in {{w:Wateringse Veld}}. gebruikt alcohol. ... oeps niet anoniem, ik haal de namen er nog uit
""")

T(r"""
nieuw telefoonnr [[p:Linda]] (team {{w:Escamp}}): [[t:06-20781190]], oude nummer ([[t:06-20781109]]) is van de afdeling en wordt opgeheven
""")

T(r"""
hb mw [[p:Rasul]], [[a:Paets van Troostwijkstraat 211]], [[d:25-09-2024]]. aanwezig: mw, [[p:Farid]] (zoon), ik, tolk dari ([[p:Zahra]] via {{o:Tolkcontact}}). afspraken: aanvraag {{o:bijzondere bijstand}} bril, {{o:Wmo}} huishoudelijke hulp, contact met {{r:POH}}
""")

T(r"""
[[p:Rob]] van {{o:Arcade}} vraagt of wij kunnen bemiddelen bij dhr [[p:Vreugdenhil]], {{w:'s-Gravenzande}}. buren zijn bang voor hem. [[p:Rob]] zijn mail: [[e:rob.dewaard@arcade-wonen.nl]]. adres [[a:Langestraat 105]] [[pc:2691 BD]]
""")

T(r"""
wie heeft [[d:28/8]] de dienst? mw [[p:Sahin]] komt langs op kantoor om 11u om haar bankafschriften te brengen. rekening [[i:NL46 RABO 7593 0328 36]]
""")

T(r"""
[[p:Maaike]]: ik heb de aanmelding {{o:schuldhulpverlening}} van [[p:Jeffrey]] verstuurd. ontvangstbevestiging [[n:SHV-24-07712]]. intake is over 4 weken. [[p:Jeffrey]] zelf krijgt bericht op [[e:jeffreyjr@hotmail.nl]]
""")

T(r"""
mw [[p:Engel]] is doodsbang voor de {{r:deurwaarder}}, geeft geen post meer aan mij. ik heb samen met haar engelengeduld 😅 drie enveloppen open gemaakt. eentje van {{o:Eneco}}, eentje van {{o:Zilveren Kruis}} (polisnr [[n:203 558 901]]) en eentje van de {{o:gemeente}} over [[d:17 februari]]
""")

T(r"""
ik zit met [[p:Hamid]] in de wachtkamer van het {{o:HMC Bronovo}}. zijn vrouw [[p:Laila]] wordt geopereerd. hij vraagt of wij morgen naar de kinderen kunnen kijken, [[p:Amin]] en [[p:Nora]]. adres [[a:Jan van der Heijdenstraat 18]]
""")

T(r"""
dossier overdracht naar team {{w:Scheveningen}}:
clt: [[p:Willem de Haan]]
adres: [[a:Duinstraat 83-B]] [[pc:2584 AR]]
geb: [[d:12 juni 1958]]
bsn: [[b:931.071.288]]
contactpersoon: broer [[p:Kees de Haan]] [[t:06-11 22 90 88]]
""")

T(r"""
[[d:21 dec]] 14:03 [[p:Ilona]]: er staat een man bij de balie die naar [[p:Anouk]] vraagt. zegt dat hij [[p:Patrick Blom]] heet
[[d:21 dec]] 14:04 [[p:Anouk]]: oh dat is een clt van mij, ik kom eraan
""")

T(r"""
hoi, vraagje: mogen we de naam van de {{r:casusregisseur}} zomaar in een les zetten? bv "[[p:Khadija]] van {{w:Spoorwijk}}" of moet dat ook weg
""")

T(r"""
geb.dat mw [[p:Ayan]] klopt niet in {{o:Mens Centraal}}, moet [[d:01-07-1979]] zijn ipv [[d:07-01-1979]]. wil iemand met rechten dat aanpassen? dossier [[n:MC-0018834]]
""")

T(r"""
[[p:karel]] is weer opgenomen. hij belde me om 23u vanuit {{o:Parnassia}} (afdeling {{o:Kortdurende Behandeling}}). {{r:psychiater}} dr. [[p:Ammeraal]]. wil zijn post laten doorsturen naar zijn moeder, [[a:Vlierboomstraat 530]]
""")

T(r"""
ivm verhuizing [[p:Elif]] naar Westland: nieuw adres [[a:Poeldijkseweg 18]], [[pc:2685 AS]] Poeldijk. nummer blijft [[t:06-39001264]]. dossier gaat over naar {{o:Vitis Welzijn}}
""")
T(r"""
goeiemorgen! vandaag in {{o:wijkcentrum De Mussen}} spreekuur, ik zit er 9-12. als [[p:Nelly]] van de [[a:Jacob Catsstraat 7]] komt: zij heeft een brief van {{o:DUO}} waar ze niks van snapt, kenmerk [[n:DUO-2024-5521904]]. graag even helpen
""")

T(r"""
Samenvatting voor [[p:Jorien]] (ik ben er [[d:vr 22/11]] niet):
dhr [[p:Gomes Tavares]] (kaapverdiaans, spreekt portugees/crioulo). Vrouw [[p:Maria da Luz]] is zijn mantelzorger maar is zelf ziek. Vraag: huishoudelijke hulp + vervoer naar dialyse. {{o:Wmo-loket}} zaak [[n:0518-2024-77121]]. Hij woont [[a:Zuiderparklaan 211-II]], [[pc:2574 HN]]. Dochter [[p:Carla]] tolkt: [[t:06 39 22 18 40]]
""")

T(r"""
ingesproken, sorry voor de typfouten: vandaag met [[p:dimitrov]] gesproken die bulgaar van de gevelwerkplaats, hij woont met acht man in een huis aan de [[a:Hoefkade 601]] komma huisjesmelker vraagt 600 per bed punt ik heb het doorgezet naar {{o:Team Arbeidsmigranten}} van de gemeente. zijn telefoon is [[t:+359 88 412 7730]]
""")

T(r"""
@[[p:Bart]] die IBAN klopt niet, hij faalt de check in het formulier. hier de goede: [[i:NL13ABNA2487317200]] (van mw [[p:Lachhman]], [[p:Sita]]). gewoon overtypen zonder spaties
""")

T(r"""
vandaag [[d:3-12]] overleg met {{o:Haag Wonen}}, {{o:politie}}, {{o:GGD}} over de [[a:Heeswijkplein 33]] (portiek). 3 huishoudens betrokken: mw [[p:Ricardo]], fam [[p:Slijngard]], dhr [[p:Lont]]. volgende stap: gezamenlijk hb [[d:10 dec]]. contact politie: {{r:wijkagent}} [[p:Bart Hoogendijk]] 0900-8844 (algemeen nr, hij heeft geen mobiel voor ons)
""")

T(r"""
[[p:Nour]] zei vanochtend dat haar vader ([[p:Abdulrahman Al-Hussein]]) de brief over de inburgering niet heeft gekregen. hij staat ingeschreven op [[a:Hobbemastraat 102-1]]. brief ging naar oude adres. {{o:DUO}} nr [[n:DI-889021]]. kan iemand dat melden?
""")

T(r"""
[[d:Do 20 Feb]] hb [[p:Ruud]] + [[p:Tineke]] ([[p:Blankenstein]]), {{w:Loosduinen}}. [[p:Tineke]] vraagt of ze hem ergens kwijt kan overdag, hij dwaalt. {{o:Respect Zorggroep}} heeft plek op dagbesteding vanaf [[d:3 maart]]. vervoer via {{o:Wmo}}. bsn [[p:Ruud]] [[b:753914633]]
""")

T(r"""
sms van clt: "hoi met [[p:fatma]] ik kan niet komen morgen mijn zoon is ziek". [[p:fatma]] = mw [[p:Arslan]], afspr verzetten naar volgende week. haar nr: [[t:0644709821]]
""")

T(r"""
na het teamoverleg: [[p:Sophie]] pakt [[p:Mohammed]] op (schulden), [[p:Ravi]] pakt [[p:Bakker]] op (eenzaamheid, niet de [[p:Bakker]] van {{w:Morgenstond}} maar die van de [[a:Thorbeckelaan 612]]), ik pak de nieuwe aanmelding van {{r:huisarts}} [[p:Bos]] op. bos bloemen voor [[p:Judith]] is besteld 💐
""")

T(r"""
hai [[p:Sevgi]], ik probeer je al de hele dag te bereiken. mw [[p:Polat]] haar huurachterstand is inmiddels €2.950. {{o:Staedion}} dossiernr [[n:ST-0042-118]]. ze zegt dat ze elke maand betaalt van [[i:NL63 INGB 5790 1866 15]] maar {{o:Staedion}} ziet niks binnenkomen. kun jij bij de bank navragen?
""")

T(r"""
contactgegevens nieuwe {{r:bewindvoerder}} dhr [[p:de Graaf]]:
[[p:Marco Veenstra]] – {{o:Veenstra Budgetbeheer}}
[[t:070-7370411]]
[[e:marco@veenstrabudgetbeheer.nl]]
clientnr [[n:VB-20931]]
""")

T(r"""
wil even melden dat mw [[p:Pauline]] (de mevrouw met de vogels in {{w:Zeeheldenkwartier}}) gebeld heeft. ze wil [[p:Sanne]] spreken, alleen [[p:Sanne]]. nr [[t:06 2890 1154]]
""")

T(r"""
[[p:Liang]] is een jaar of 60, chinees restaurant in {{w:Ypenburg}} failliet. hij slaapt in het restaurant. zoon [[p:Wei]] wil niet meer helpen. curator heeft faillissementsnr [[n:F.09/24/118]]. wij kunnen helpen met aanvraag bijstand, maar waar woont hij? we hebben een postadres nodig
""")

T(r"""
{{r:wijkverpleegkundige}} [[p:Ans]] meldt: dhr [[p:Kooij]] ([[a:Loosduinseweg 870]]) valt steeds. heeft personenalarmering nodig. {{o:Wmo}}? of via verzekering. hij is verzekerd bij {{o:VGZ}}, polis [[n:1007432216]]
""")

T(r"""
ok ik heb de uitnodiging gestuurd naar [[e:fam.elamrani@hotmail.com]] voor het gesprek [[d:do 12 sep]]. als ze niet reageren bel ik [[p:Nadia El Amrani]] zelf, [[t:06-81320479]]
""")

T(r"""
wie was er bij het gesprek met de {{r:woonconsulent}} over [[p:Mirjam]]? ik moet weten of de huurschuld nu in de regeling zit of niet. regeling nr [[n:REG-24-0551]]
""")

T(r"""
voice to text: afspraak met dhr [[p:yusuf]] verplaatst naar [[d:maandag vierentwintig februari]] om tien uur bij het {{o:servicepunt}} in {{w:transvaal}} punt hij neemt zijn neef mee [[p:emre]] die spreekt goed nederlands
""")

T(r"""
mw [[p:Rozenblad]] vraagt wanneer de {{r:ergotherapeut}} komt. ik zei volgende week maar weet het niet zeker. [[p:Jolanda]] jij had contact met {{o:Ergo Haaglanden}}?
""")

T(r"""
[[d:08-01]] 10:01 [[p:Tessa]]: kan iemand om 11u een tolk tigrinya regelen? mw [[p:Tesfay]] staat nu voor de deur
[[d:08-01]] 10:03 [[p:Mark]]: via {{o:Globe Talk}} proberen, code staat op de kast
[[d:08-01]] 10:20 [[p:Tessa]]: gelukt, [[p:Semhar]] tolkt telefonisch
""")

T(r"""
[[p:Hans]] vraagt of de {{o:woonzorgcentrum}} plek voor zijn moeder mw [[p:van Dijk]] al rond is. ik heb gezegd dat we wachten op indicatie {{o:CIZ}}, aanvraagnr [[n:CIZ 2024 0418 77]]. [[p:Hans]]: [[t:06-50229134]]
""")

T(r"""
factuur thuiszorg voor mw [[p:Fontein]] is naar verkeerde rekening gegaan. goed nr [[i:NL83RABO0841202640]], tnv [[p:J. Fontein-Smits]]. haar bsn ter controle [[b:461.526.232]]
""")

T(r"""
hb mw [[p:Yeboah]] in {{w:Rustenburg}}: veel kakkerlakken, kinderen slapen in woonkamer. {{o:Vestia}} reageert niet. foto's gestuurd naar [[e:klachten@vestia.nl]] met haar adres [[a:Weimarstraat 298]] [[pc:2562 HK]] en huurdernummer [[n:V30417]]
""")

T(r"""
herinnering: morgen [[d:9 april]] is de expertmeeting. [[p:Laura]] van {{o:CAOP}} leidt het. neem je casus mee maar ZONDER namen (dus niet "[[p:Joke]] uit {{w:Bezuidenhout}}" maar "mevrouw, 70")
""")

T(r"""
mw [[p:rivera]] heeft ons nummer doorgegeven aan haar zus [[p:rosa]], dus als er een [[p:rosa]] belt is dat ok. ze bellen vaak tussen 8 en 9. mw [[p:rivera]] zelf: [[t:06-14785520]]
""")

T(r"""
Beste collega's, bijgaand de contactgegevens van de nieuwe {{r:MEE-consulent}} in {{w:Laak}}: [[p:Tim Vrolijk]], [[e:t.vrolijk@mee-zhn.nl]], [[t:06-46 98 12 03]]. [[p:Tim]] is er ma/di/do. Hartelijke groet, [[p:Heleen]]
""")

T(r"""
[[p:Sjaak]] 😂 is weer bij de balie geweest, wilde koffie en een praatje. hij woont alleen sinds zijn vrouw is overleden op [[d:12-5-2023]]. misschien iets voor {{o:Vóórwelzijn}}? of de {{o:Zilveren Draad}}
""")

T(r"""
bsn [[b:293101966]] hoort bij [[p:Mihai]], NIET bij [[p:Marius]]. ik had ze verwisseld in de excel. gecorrigeerd [[d:vr 7-6]]
""")

T(r"""
[[p:Hind]] belde over de {{o:Stadspas}} van mevrouw [[p:Benali]]. die was verlopen per [[d:31/12]]. nieuwe aangevraagd, kenmerk [[n:SP-DH-004188]]
""")

T(r"""
meld even dat dhr [[p:Adjei]] tijdelijk verblijft bij zijn nicht op [[a:Kerketuinenweg 22-E]] [[pc:2544 CW]]. telefoon nicht [[t:070 - 329 88 01]]. naam nicht [[p:Efua]]. hij wil gebeld worden op dinsdag of donderdag
""")

T(r"""
[[p:astrid]], de {{r:huisarts}} van [[p:jurgen]] wil een MDO. ik stel voor [[d:woensdag 6 november]] om 12:30. ha heet [[p:Van der Meer]], praktijk {{w:Regentessekwartier}}. jij kan dan?
""")

T(r"""
pfff lange dag. bij [[p:Leila]] geweest, zij heeft eindelijk toestemming gegeven voor de {{o:Veilig Thuis}} melding. melding gedaan, nr [[n:VT-DH-2025-00341]]. haar partner [[p:S.K.]] woont nog in huis. [[p:Leila]] gaat met de kinderen naar haar moeder in Zoetermeer, [[a:Nathaliegang 14]]
""")

T(r"""
Dhr [[p:Oostendorp]] wil zijn oude rekening opheffen, nieuwe is [[i:NL15SNSB4419271776]]. kan {{r:bwv}} dat in orde maken? hij heeft een brief van {{o:UWV}} met kenmerk [[n:ZW 2024 1188 0043]] over zijn ziektewet
""")

T(r"""
kunnen we de casus van "[[p:Dirk]]" gebruiken voor de leerbijeenkomst? hij heet eigenlijk [[p:Dirk Hogendoorn]], dus echte naam eruit. toestemming getekend [[d:15 oktober]]
""")

T(r"""
[[d:15.03.2025]] / mw [[p:Jagernath]]: kleinzoon [[p:Rohan]] ([[t:06-1884 3302]]) heeft aangeboden de boodschappen te doen. mw wil eigenlijk niet dat hij haar geldzaken ziet. bewindvoering aanvragen? rekening [[i:NL97 INGB 5712 0729 70]]
""")

T(r"""
wie kent mw [[p:Hoogeveen]]? ze belt voor het derde keer. geen dossier gevonden.
> is dat niet [[p:Ank]] van de [[a:Escamplaan 1041]]?
> ja dat is haar, gevonden: [[n:SWT-2019-0418]]
""")

T(r"""
overdracht [[p:Iris]] > [[p:Jasmijn]]: clt [[p:Obeng]] ({{w:Schilderswijk}}) wil alleen een vrouw als hulpverlener. afspraak met {{o:Xtra}} over dagbesteding [[d:dinsdag 3 december]]. adres [[a:Van Ostadestraat 149 A]]. nr [[t:06-24418077]]. let op: man is niet welkom bij gesprekken
""")

T(r"""
mail van [[p:kees]]: [[e:kees1961@ziggo.nl]]. hij wil alles graag via de mail want hij hoort slecht. doof aan rechteroor. zijn hoorapparaat is kapot, {{o:Schoonenberg}} afspraak [[d:di 17 sept]]
""")

T(r"""
even knippen uit {{o:Mens Centraal}}: "cliënt: [[p:Ahmadzai, Gul Bibi]] – dossiernr [[n:3018842]] – regie: SWT {{w:Bouwlust}}/{{w:Vrederust}}". dus zij is van ons, niet van {{w:Moerwijk}}
""")

T(r"""
[[p:Noortje]]: mw [[p:Kraaijeveld]] wil haar huis verkopen en naar een aanleunwoning in {{w:De Lier}}. ze vraagt hulp bij inschrijving. ik geef haar het nr van {{o:Vitis Welzijn}} of pakken wij dit op? ze woont [[a:Kerklaan 5]], Monster
""")

T(r"""
ter info uitzetting mw [[p:Fatoumata Diallo]] gaat niet door!! {{o:Haag Wonen}} heeft regeling geaccepteerd. zaak [[n:HW-ontr-2024-33]]. dank aan [[p:Youssef]] en [[p:Bram]] 🙏
""")

T(r"""
nog een: dhr [[p:Jelle]] heeft zijn DigiD kwijt en kan niet bij {{o:mijnoverheid}}. wij kunnen hem helpen met aanvraag maar hij heeft zijn bsn nodig, die staat op zijn paspoort: [[b:189294887]]
""")

T(r"""
hoi [[p:Carmen]], hier de info die je vroeg: mw [[p:Roos]] heet voluit [[p:Rozemarijn van Roosmalen]] en woont in {{w:Oosterheem}}, [[a:Cityweg 43]]. [[pc:2719 BZ]]. tel [[t:079-3614477]]. ze is aangemeld door de {{r:POH}}
""")

T(r"""
[[p:Ryan]] (25) heeft een baan gevonden bij de kassen in {{w:Honselersdijk}} 💪 hij wil zijn bijstand stoppen. klantmanager [[p:Petra]] bij {{o:gemeente Westland}} gebeld, zaak [[n:PW-2025-1120]]. startdatum werk [[d:maandag de 10e]]
""")
T(r"""
lange overdracht want ik ben 3 weken weg (terug [[d:ma 28/10]]):

[[p:Faduma]] ({{w:Transvaal}}) – somalische mw, 5 kinderen, man zit in somalië. schulden bij {{o:CAK}} en {{o:CJIB}}. stapeltje post ligt in mijn la, map "[[p:Faduma Hassan]]". belangrijkste: {{o:CJIB}} kenmerk [[n:9011 4472 1830 6629]]. zij heeft [[d:di 15 okt]] een afspraak bij {{o:schuldhulp}} 14u, [[p:Abdi]] (broer) gaat mee als tolk [[t:06-13 57 90 24]].

dhr [[p:Claes]] – niks, alleen even bellen of alles goed gaat.

[[p:Mehmet]] en [[p:Zeynep Aydın]] – ruzie met buren op [[a:Gaslaan 19]], {{o:buurtbemiddeling}} loopt. contact [[p:Ellen]] van buurtbemiddeling.

bij twijfel: [[p:Chantal]] is mijn vervanger
""")

T(r"""
nul zes nummer van [[p:Issa]] is [[t:06 18 27 36 45]] en zijn vrouw [[p:Rasha]] [[t:06 18 27 36 46]]. ze zijn uit syrië, 2016 gekomen, wonen sinds [[d:1 maart]] in {{w:Leidschenveen}}. hij zoekt werk, zij wil taalles
""")

T(r"""
voor [[p:Rens]]: het iban van mw [[p:Martis]] is [[i:nl21abna6695990886]] … of nee wacht ik typ het netjes: [[i:NL21 ABNA 6695 9908 86]]
""")

T(r"""
[[d:30-1]] 17:45 [[p:Jamila]]: mw [[p:Santos]] heeft haar pols gebroken, kan niet koken. iemand tips voor maaltijdservice in {{w:Rijswijk-Zuid}}?
[[d:30-1]] 17:51 [[p:Ben]]: {{o:Tafeltje Dekje}} van {{o:Welzijn Rijswijk}}, vraag naar [[p:Anita]], [[t:070-3199180]]
[[d:30-1]] 17:52 [[p:Jamila]]: 🙏
""")

T(r"""
clt [[p:martina]] (curaçaos, 39) wil terug naar curaçao met haar kinderen. vraagt hulp bij uitschrijving en laatste uitkering. {{r:klantmanager}} {{o:SZW}} is [[p:R. Hoogstraten]], [[e:r.hoogstraten@denhaag.nl]]. bsn clt [[b:663155447]]. laatste werkdag bij ons: [[d:vrijdag 20 december]]
""")

T(r"""
let op: [[p:Koster]] is de bwv van mw [[p:Doorn]], NIET de koster van de kerk waar ze naartoe gaat 😅. mr [[p:J.A. Koster]], [[t:0174-788 230]], kantoor in {{w:Naaldwijk}}
""")

T(r"""
hb met [[p:Naomi]] ({{r:ambulant begeleider}} {{o:Ipse de Bruggen}}) bij [[p:Marco]] (LVB). hij heeft online een telefoonabonnement afgesloten van € 80 pm. ook een lening bij een vriend. [[p:Naomi]] neemt contact op met {{o:Geldfit}}. [[p:Marco]]'s adres voor de brief: [[a:Harstenhoekweg 1]], [[pc:2587 RZ]]
""")

T(r"""
spraakmemo van [[p:Gijs]] (uitgetypt): "ja eh dus ik zit nu bij eh mevrouw [[p:Sarmo]] zij heeft eh geen stroom en eh het is koud dus ik heb de {{o:energiebank}} gebeld en die komt [[d:vrijdag de achtste]] en eh ze heeft ook een brief van de {{o:Belastingdienst}} over eh toeslag partner dus dat moet iemand van jullie eh oppakken"
""")

T(r"""
geen reactie op brief aan dhr [[p:Przybylski]] ([[a:Hoefkade 12-hs]], [[pc:2526 BX]]). buurman ([[p:Tomasz]]) zegt dat hij terug is naar polen. casus sluiten? [[p:Agnieszka]], jij spreekt pools, kun je nog 1x bellen? [[t:+48 512 093 441]]
""")

T(r"""
ik heb gisteren met {{r:ouderenadviseur}} [[p:Jan-Willem]] gesproken. mw [[p:Visser]] uit {{w:Waldeck}} krijgt vanaf [[d:2 december]] 2x pw bezoek van een vrijwilliger (maatje). vrijwilliger heet [[p:Dorien]]
""")

T(r"""
bsn check voor aanvraag {{o:CIZ}}: [[p:Adriana]] [[b:401678581]] ✅ [[p:Gerrit]] [[b:1333.68.452]] ✅ beide goed
""")

T(r"""
wat een dag. [[p:Priscilla]] stond om 8u al voor de deur van het wijkcentrum met haar spullen in vuilniszakken. vriend heeft haar eruit gezet. ze heeft een zoontje van 3 ([[p:Jayden]]). {{o:Veilig Thuis}} gebeld, advies. nu in {{o:Blijf-groep}} opvang. let op: adres opvang NOOIT noemen. haar nr [[t:06-30 11 74 86]] mag alleen door [[p:Nicole]] en mij gebeld worden
""")

T(r"""
[[p:ali]]: heb je de {{o:Wmo}} beschikking van mw [[p:Kassem]] al gezien? ze krijgt 3 uur hh hulp vanaf [[d:1 nov]]. beschikking kenmerk [[n:HH-2024-118740]]. {{o:thuiszorg}} aanbieder is {{o:Tzorg}}
""")

T(r"""
@all: de nieuwe werkmail van [[p:Eline]] is [[e:eline.schouten@swt-denhaag.nl]]. oude werkt tot eind maart
""")

T(r"""
telefoonnotitie [[d:wo 4-9]]: mw [[p:Nijman]] belt namens haar buurman dhr [[p:Rodenburg]] ([[a:Wassenaarseweg 80]]). hij is erg verward, loopt 's nachts op straat. mw [[p:Nijman]]: [[t:070 - 3652 119]]. doorgezet naar {{o:GGD}} {{o:OGGZ}} meldpunt, meldnr [[n:OGGZ-24-5512]]
""")

T(r"""
[[p:Anton]] is [[d:zaterdag 12 oktober]] in het {{o:Reinier de Graaf}} overleden. zijn vrouw [[p:Bep]] woont nu alleen in {{w:Voorhof}} en heeft geen kinderen. {{r:rouwconsulent}}? in ieder geval volgende week hb, ik neem [[p:Fenna]] mee
""")

T(r"""
hoi [[p:Saskia]], kun jij [[d:13-03-2025]] bij het gesprek met {{o:Vidomes}} zijn? het gaat om [[p:Koray]] en [[p:Ilknur]], [[a:Buitenhofdreef 260]], [[pc:2625 XR]] Delft. rek nr voor de huur [[i:NL04RABO9935069783]]
""")

T(r"""
{{r:huisarts}} dr. [[p:Ramsaran]] belt: wil graag dat we langsgaan bij dhr [[p:Sewnath]] vandaag of morgen. ik ga morgen, [[p:Vincent]] gaat mee
""")

T(r"""
ik stuur dit even door van [[p:Ellen]] (buurtbemiddeling):
"Beste [[p:Ilse]], mw [[p:Wouters]] en dhr [[p:Sedney]] hebben ingestemd met een gesprek op [[d:dinsdag 26 november]], 19u in het {{o:buurthuis}}. Groet, [[p:Ellen]]"
""")

T(r"""
[[p:lucas]] is opgenomen in de {{o:PAAZ}} van {{o:HMC}}, na een val van de trap. zijn moeder [[p:gerda]] weet het nog niet. iemand die haar kan bellen? [[t:070-3211098]]
""")

T(r"""
vanaf [[d:1-1]] is [[p:Milan]] niet meer onze collega maar werkt hij bij {{o:MEE}}. zijn clienten verdeeld: [[p:Abdullah]] > [[p:Yvonne]], [[p:De Boer]] > [[p:Saïd]], [[p:Van Rijn]] > [[p:Milou]]
""")

T(r"""
@[[p:Femke]] de bsn die je zocht: [[b:938631615]] ([[p:Lamin Ceesay]]). geb [[d:22-8-1996]]. hij heeft een vergunning sinds 2022
""")

T(r"""
terugkoppeling van [[p:Olga]] ({{o:Stek}} {{r:vrijwilligerscoördinator}}): mw [[p:Ivanova]] wil graag vrijwilligerswerk doen, nederlandse les is te duur. ze kan op [[e:olga.ivanova.nl@mail.ru]] bereikt worden
""")

T(r"""
heb net met [[p:Said]] geappt, [[p:Bouchra]] gaat akkoord met de {{o:budgetcursus}} bij {{o:Humanitas}}. eerste les [[d:do 16 jan]] 19u
""")

T(r"""
[[d:22-11-24]] 08:14 - [[p:Sandra]] ({{r:wijkverpleegkundige}}): mw [[p:Gerritsen]] [[a:Oude Haagweg 310]] heeft een doorligwond. {{r:huisarts}} geïnformeerd
[[d:22-11-24]] 08:20 - [[p:Kim]]: dank. dochter [[p:Anneke]] bellen?
[[d:22-11-24]] 08:21 - [[p:Sandra]] ({{r:wijkverpleegkundige}}): doe ik
""")

T(r"""
[[p:jamal]]'s moeder (mw [[p:Amrani]] uit [[a:Rijswijkseweg 452]]) belt steeds dat hij niet meer slaapt en 's nachts gamet. hij is 19. {{o:jongerenwerk}}? ze heeft een brief van school met leerlingnr [[n:LL-118873]] maar hij is al van school af
""")
T(r"""
top
[[p:elif]] heeft getekend 👍 ([[d:di 4-2]])
""")

T(r"""
bel mij ff terug [[p:Gert]], gaat over [[p:Van Dam]] [[t:06-44901236]]
""")

T(r"""
wie heeft de sleutel van de fietsenstalling? 😅 en ook: heeft iemand het nieuwe nummer van [[p:Sevda]]? haar oude [[t:06 55 12 09 87]] is afgesloten
""")

T(r"""
{{o:Servicepunt XL}} {{w:Escamp}} stuurde door: dhr [[p:Pranoto]], 67, AOW gat want veel jaren in indonesië gewoond. vraagt aanvullende bijstand. {{o:SVB}} nr [[n:SVB/AOW/4410287]]. bsn [[b:443382852]]. rekening [[i:NL57INGB2342448599]]. adres [[a:Leyweg 1170]] [[pc:2545 GM]]
""")

T(r"""
[[d:do 5 dec]] met {{r:casusregisseur}} [[p:Margot]] besproken: [[p:Anouar]] krijgt een {{r:gezinscoach}} via {{o:CJG}}, wij houden contact met moeder [[p:Samira]]. Sinterklaas viert de familie niet maar ze willen wel iets voor de kinderen, kan de {{o:Sint Actie}} iets?
""")

T(r"""
reminder voor mezelf en [[p:Yara]]: [[d:maandag 17/2]] om 10:00 intake mw [[p:Hassan]], [[a:Beeklaan 412-2]]. ze heeft een brief van {{o:Incassobureau Intrum}} met dossiernr [[n:INT-77180443]], meenemen!
""")

T(r"""
meneer [[p:Winter]] heeft weer ruzie met de buren over de heg. ik heb hem gezegd dat we in de winter niet gaan snoeien 😅 serieus: {{o:buurtbemiddeling}} aangemeld. buren: fam [[p:Zandvliet]], [[a:Hoogeveenstraat 22]]
""")

T(r"""
[[p:Barbara]] ({{r:POH-GGZ}} praktijk {{w:Segbroek}}) mailt: mw [[p:Nieuwenhuis]] is suïcidaal geweest, nu stabiel, wil graag contact met ons voor praktische zaken (post, huur). [[p:Barbara]]: [[e:b.koelewijn@huisartsensegbroek.nl]] [[t:070-3604512]]
""")

T(r"""
spraakbericht [[p:wendy]]: ehm ja ik sta bij [[p:roos]] voor de deur en ze doet open maar ze wil niet dat ik binnenkom dus we praten nu op de galerij punt ze zegt dat haar vriend [[p:dennis]] haar telefoon heeft afgepakt punt ik neem haar mee naar het wijkcentrum
""")

T(r"""
hierbij de kopie van het uittreksel: [[p:El Moussaoui, Khalid]], geb. [[d:09-12-1971]] te Tanger, bsn [[b:242541677]], adres [[a:Paul Krugerlaan 92]], [[pc:2571 JB]] 's-Gravenhage. kan ik het origineel vernietigen?
""")

T(r"""
@[[p:Ramon]] mw [[p:Hofland]] vraagt of ze haar {{o:Stadspas}} korting kan krijgen op zwemles voor [[p:Lisa]] en [[p:Tygo]]. ik weet dat niet, jij wel?
""")

T(r"""
[[p:Ayoub]] is vrijgekomen [[d:vrijdag 31 januari]]. {{o:reclassering}} ({{r:reclasseringswerker}} [[p:Erwin]], [[t:06-27 18 44 50]]) vraagt of wij helpen met huisvesting en uitkering. [[p:Ayoub]] slaapt nu bij zijn tante op de [[a:Schilderswijkstraat 8]]? of was het de Hoefkade? even checken
""")

T(r"""
heeft iemand nog ruimte? {{r:huisarts}} [[p:Bakker]] meldt mw [[p:Mei Ling Chan]] (76), zeer eenzaam sinds haar man in april is overleden, spreekt alleen kantonees. dochter [[p:Jenny]] woont in amsterdam: [[t:020-6731842]]
""")

T(r"""
ok we hebben de nieuwe rekening van mw [[p:Dijkstra]]: [[i:NL66 ASNB 6205 6477 24]]. oude [[i:NL40BUNQ7371295998]] is opgeheven per [[d:1 februari]]. bwv [[p:Carla]] weet ervan
""")

T(r"""
mdo [[d:wo 8-1]] notulen (kort):
aanw: [[p:Rianne]] ({{r:wvp}}), [[p:Frank]] ({{r:mw'er}}), [[p:Ozan]] ({{o:Parnassia}}), [[p:Linda]]
casus 1: [[p:D.]] ({{w:Moerwijk}}) – zorgmijder, {{o:bemoeizorg}} start
casus 2: mw [[p:Schouten]] – {{o:Wmo}} aanvraag loopt, zaak [[n:WMO-25-0024411]]
casus 3: [[p:Tariq]] – geen nieuws
volgende mdo [[d:5/2]]
""")

T(r"""
Hoi [[p:Danny]], ik stuur je de gegevens van [[p:Sofia]] voor de aanmelding bij {{o:Kessler Stichting}}: [[p:Sofia Pereira]], [[d:04-04-1985]], bsn [[b:586879961]], geen vast adres, postadres {{o:Leger des Heils}}. tel [[t:0627711903]]
""")

T(r"""
hb mw [[p:Sarita]] [[a:Vaillantlaan 225]] was prima. ze heeft zelf een plan gemaakt om de schulden af te betalen en wil geen {{o:schuldhulp}}. we spreken af: [[d:27 februari]] samen de brieven doorlopen
""")

T(r"""
is er iemand die [[p:Wilma]] even kan rijden naar de {{o:Kringloop}} in {{w:Zoetermeer Dorp}}? ze wil een bed halen. adres [[p:Wilma]] [[a:Heuvelweg 33]], [[pc:2716 DZ]]
""")

T(r"""
[[p:Ilse]] & [[p:Koen]], kunnen jullie [[d:do 27/2]] 'smiddags naar dhr [[p:de Bruijn]]? hij heeft gebeld met suïcidale uitspraken. {{o:crisisdienst}} is op de hoogte. zijn nr [[t:06-49128350]]. adres [[a:Prins Hendrikstraat 140]]
""")

T(r"""
laatste bericht van mij vandaag: [[p:Naima]]'s aanvraag {{o:kwijtschelding}} is afgewezen, brief met kenmerk [[n:KW 2024/DH/77381]]. bezwaar tot [[d:14/4]]. kan iemand haar helpen? zij heeft de brief
""")

T(r"""
hoi kan iemand mw [[p:Pinas]] bellen? 
""")

T(r"""
mw [[p:Boerma]] belt bezorgd over haar broer [[p:Sjoerd]] die in een woonwagen in {{w:Wateringen}} woont, sinds de winter ziek. zij woont in friesland. haar mail [[e:tineke.boerma@planet.nl]]
""")

T(r"""
ik was vandaag bij [[p:Mustafa]] en zijn moeder. [[p:mustafa]] is 34 en heeft een verstandelijke beperking. moeder ([[p:Hatice]], 71) kan het niet meer aan. {{o:MEE}} aanvraag voor logeeropvang. ik heb de {{r:MEE-consulent}} [[p:Thijs]] gemaild: [[e:thijs.dekker@mee.nl]]
""")

T(r"""
voor de les: "mevrouw, 58, {{w:Duindorp}}, schulden na scheiding" ✅ goed geanonimiseerd. Maar in de tweede alinea staat nog "[[p:Marianne]] van de [[a:Duinstraat 44]]" – haal dat eruit aub [[p:Kevin]]
""")

T(r"""
[[d:05/03]] 11:30 [[p:Sara]]: dhr [[p:Nguyen]] heeft een brief van {{o:DUWO}} met huurachterstand. studentenkamer [[a:Mekelweg 112]] kamer 4. hij is 28 en promovendus maar zijn contract is afgelopen
[[d:05/03]] 11:32 [[p:Thomas]]: verwijzen naar {{o:Delft voor Elkaar}}? die hebben een spreekuur
""")

T(r"""
fijne vakantie [[p:Renate]]! 🌴 ik neem [[p:Bijlsma]] en [[p:Gonzalez]] over. wie neemt de familie [[p:Baah]]?
""")

T(r"""
[[p:karin]] zegt dat mw [[p:ter Horst]] weer thuis is uit {{o:revalidatiecentrum Sophia}}, maar dat de {{r:fysiotherapeut}} nog 2x pw komt. adres [[a:Stadhoudersplantsoen 24]]. geen hulp nodig voorlopig
""")

T(r"""
[[p:Chiara]] wil graag dat wij meedenken over haar zoon [[p:Matteo]] (16) die spijbelt. {{r:leerplichtambtenaar}} [[p:Frits]] van {{o:leerplicht}} heeft al een dossier, nr [[n:LP-2025-0319]]. {{o:CJG}} of wij? denk {{o:CJG}}
""")

EXT = {}


def X(i, s):
    EXT[i] = s.strip("\n")


X(
    0,
    r"""
> ik kan woensdag. heb de {{r:bwv}} vorige maand ook al 3x gemaild zonder reactie, volgens mij zit hij met 120 dossiers. zal ik {{o:Eneco}} vragen om uitstel van 2 weken ivm medische noodzaak? ze heeft een zuurstofapparaat
> ja graag, laat {{r:huisarts}} een verklaring sturen. en check of er een {{o:noodfonds}} aanvraag kan, het gaat om ongeveer € 600
""",
)
X(
    1,
    r"""
[[d:14-03-25]] 10:02 - [[p:Youssef]]: ok dan bel ik {{o:Haag Wonen}} om te zeggen dat hij opgenomen is, dan schuiven ze de zitting misschien op. ik vraag ook naar de {{r:woonconsulent}} van {{w:Moerwijk}}, die was vorig jaar heel behulpzaam
[[d:14-03-25]] 10:05 - [[p:Kim]] SWT {{w:Moerwijk}}: 👍 en zet het in het dossier aub
""",
)
X(
    2,
    r"""
punt en dan nog iets ze zei dat haar zoon die in {{w:Laakkwartier}} woont wel wil helpen maar dat ze hem niet wil belasten want hij heeft zelf drie kinderen en werkt nachtdiensten punt graag terugbellen als iemand anders wil gaan want ik heb donderdag ook die training
""",
)
X(
    3,
    r"""
- mw [[p:Bakker]] ({{w:Bezuidenhout}}): is al 2 jaar clt, wordt nu afgeschaald. laatste gesprek [[d:ma 19/8]] met {{r:ouderenconsulent}}
ik heb mijn mail op afwezig gezet, dringende dingen via {{r:teamleider}}
""",
)
X(
    4,
    r"""
hij is 26 en woont nog thuis, wil graag begeleid wonen. heeft een LVB, is al eens bij {{o:MEE}} geweest rond 2016 maar toen gestopt. huisarts is akkoord. kun je ook vragen of er nog een oud dossier is? ik heb maandag tot 12u tijd om mee te lezen
""",
)
X(
    5,
    r"""
> en vergeet niet dat de termijn voor bezwaar 6 weken is, brief is gedateerd [[d:2 juni]]. dus eigenlijk al heel krap
> klopt. ik stuur vandaag een pro forma bezwaar, dan hebben we tijd. [[p:Kaya]] moet het wel tekenen
""",
)
X(
    6,
    r"""
aanvulling: ze heeft vorig jaar ook al gebeld over hem, toen is het bij een gesprek gebleven. zoon is 38, woont zelf in {{w:Spoorwijk}}, gebruikt. ze is 74 en slecht ter been. zou fijn zijn als {{r:maatschappelijk werker}} en {{r:wijkagent}} samen een keer langs gaan. ik heb haar het nummer van de {{o:Veilig Thuis}} lijn gegeven (0800-2000)
""",
)
X(
    7,
    r"""
ze heeft daar een kamer via {{o:Kessler Stichting}} begeleid wonen, voor max 1 jaar. post komt nog steeds op oude adres, dus iemand moet een verhuisbericht bij {{o:PostNL}} doen. {{r:casusregisseur}} is nog steeds [[p:Lotte]]. let op: zij heeft geen eigen telefoon, dit nummer is van de balie van de opvang
""",
)
X(
    8,
    r"""
en de terugkoppeling van het hb bij mw [[p:Çakır]] van gisteren moet nog in het dossier, zit in mijn aantekeningen, zet ik er morgen in als ik beter ben. sorry allemaal 🙏
> beterschap!! ik doe {{w:Transvaal}}
> ik neem het {{o:Parnassia}} overleg, stuur me de stukken
""",
)
X(
    9,
    r"""
> die werkt er niet meer denk ik, {{o:Bos Bewindvoering}} is overgenomen door {{o:Budget Beheer Haaglanden}} in 2023
> oh dan moet ik bellen. het nummer van het kantoor staat op hun site
> kijk ook even in {{o:Mens Centraal}} onder netwerk, daar staat de rechtbank beschikking met datum [[d:14-02-2022]]
""",
)
X(
    10,
    r"""
aanvraag gaat om een nieuwe koelkast en wasmachine, totaal € 780. de {{r:klantmanager}} zei dat de beslissing binnen 8 weken komt. als er vragen zijn mag de {{o:SZW}} mij bellen, niet haar. dossier staat onder [[n:BB-2025-00219]]. ik sta er donderdag weer
""",
)
X(
    11,
    r"""
update: {{o:politie}} was er binnen 20 min. dhr lag op de grond in de keuken, aanspreekbaar, uitgedroogd. ambulance heeft hem meegenomen naar {{o:HMC}}. ik heb zijn dochter in Leiden gebeld, ze komt vanavond. poes is bij de buren
""",
)
X(
    12,
    r"""
> doe ik. bezwaar moet binnen 6 weken, dat is al bijna om. ik schrijf vandaag een kort bezwaar en vraag om een hoorzitting. heeft ze het onderzoeksverslag van de {{r:Wmo-consulent}} gekregen?
> weet ik niet, ze heeft een stapel post in een tas. ik neem die mee [[d:dinsdag 2 april]]
""",
)
X(
    13,
    r"""
moeder wil graag dat we ook kijken naar een {{r:bewindvoerder}}, [[p:Tom]] geeft zijn geld uit aan gamen en online kopen. ik denk dat hij het zelf ook wil als we het goed uitleggen. volgende hb staat op [[d:1 oktober]]
""",
)
X(
    14,
    r"""
ze spreekt een beetje engels, geen nederlands. kinderen gaan naar school in {{w:Laak}}, de {{r:intern begeleider}} van de school heeft haar naar ons gestuurd. geen zorgverzekering en geen inkomen sinds 6 weken. kan iemand met {{o:Fairwork}} of {{o:FNV}} bellen over de uitzendwerkgever?
""",
)
X(
    15,
    r"""
> heb gebeld, assistente zegt dat de {{r:apotheek}} de baxter stopt als ze niet betaalt, eigen risico is nog € 385 open. mw weet niet dat het eigen risico bestaat
> dan met {{o:Zilveren Kruis}} een regeling treffen, ik heb daar een contact
""",
)
X(
    16,
    r"""
> is dezelfde ja, puntjes maken niet uit. maar check wel zijn geboortedatum, {{o:CAK}} kijkt daar ook naar. in het formulier staat [[d:31-02-1960]] en dat bestaat niet 😅
> haha goeie. het moet [[d:13-02-1960]] zijn volgens zijn ID
""",
)
X(
    17,
    r"""
ze is 82 en heeft een {{r:casemanager dementie}} nodig, in Zoetermeer gaat dat via {{o:Vierstroom}}. ik heb in het overdrachtsformulier gezet dat ze ook mantelzorgondersteuning wil voor haar dochter. dossier bij ons sluiten per [[d:30 september]]
""",
)
X(
    18,
    r"""
[[d:11-10]] 16:48 [[p:Wendy]] {{o:Florence}}: kat is gevoerd, buurvrouw blijft dat doen tot ze terug is. {{o:Haga}} zegt minimaal 1 week opname, heup. ik regel {{o:wijkverpleging}} voor na ontslag
""",
)
X(
    19,
    r"""
> prima zo, alleen "uw aanvraag" is wat vaag. schrijf erbij welke voorziening (woningaanpassing, drempels + douchestoel) en dat de {{r:ergotherapeut}} het advies heeft gegeven. en zet er een kenmerk in, bv [[n:SWT-SEG-0447]]
> thx, pas ik aan
""",
)
X(
    20,
    r"""
moeder heeft 2 jaar geleden al eens hulp gehad van {{o:schuldhulpverlening}} maar is uitgevallen. schulden nu ca € 14.000, vooral {{o:Belastingdienst}} en zorgverzekeraar. ze werkt 20 uur in de schoonmaak. ik stel voor eerst inkomen en vaste lasten op een rij, daarna opnieuw aanmelden
""",
)
X(
    21,
    r"""
het is om 9:30 en duurt ongeveer een uur. hij moet zijn loonstroken van 3 maanden en zijn huurcontract meenemen. ik heb het hem gisteren gezegd maar ik denk dat hij het vergeet, kan iemand hem donderdag nog even appen? [[t:06-18255340]]
""",
)
X(
    22,
    r"""
het oude nummer is van zijn ex-vrouw, daar komt nu niks meer van terug. {{o:Haag Wonen}} weet het nieuwe nog niet. ik stuur ze een mail met de machtiging. als iemand van jullie hem spreekt, zeg dat hij de automatische incasso moet aanpassen
""",
)
X(
    23,
    r"""
> die woont nu in {{w:Rustenburg}} volgens mij, is verhuisd via urgentie in 2024. dossier stond onder [[n:SWT-LAAK-1177]]
> ja! dank je, gevonden. ze is weer in beeld bij {{o:Veilig Thuis}}
""",
)
X(
    24,
    r"""
hij is 41, slaapt in de {{o:nachtopvang}} aan de Zilverstraat maar kan daar max 3 maanden blijven. voedselbank pakket elke vrijdag. de {{r:ervaringsdeskundige}} uren zijn volgende maand op, dus we moeten kijken wie hem verder begeleidt
""",
)
X(
    25,
    r"""
de casus gaat over eenzaamheid en bemoeizorg bij ouderen in {{w:Escamp}}, komt mooi uit bij het thema ouderen. ik zorg dat er geen namen, adressen of data in staan voor we het delen met de andere teams. {{r:facilitator}} van de {{o:gemeente}} krijgt het voor [[d:1 december]]
""",
)
X(
    26,
    r"""
buren hebben {{o:Staedion}} al 5 keer gebeld sinds de zomer. dhr is 60, woont er sinds 1998, is volgens buren na de dood van zijn moeder vreemd gaan doen. wij kennen hem niet, geen dossier. ik vraag de {{o:GGD}} of hij bekend is bij {{o:bemoeizorg}}
""",
)
X(
    27,
    r"""
> ja {{o:VluchtelingenWerk}} doet dat. [[p:Merel]] zit op dinsdag en donderdag in het {{o:Servicepunt XL}} {{w:Spoorwijk}}. stuur haar een mail met de brief (foto) en het vnr
> doe ik, alleen met toestemming van clt. heeft ze al ondertekend? ja, [[d:vr 11/10]]
""",
)
X(
    28,
    r"""
het leefgeld is € 65 per week. hij heeft geen pinpas meer, dus [[p:Ingrid]] stuurt een nieuwe naar zijn adres [[a:Soestdijksekade 590]]. als er iets misgaat met de pas, eerst [[p:Ingrid]] bellen en niet de bank. ik zet dit ook in {{o:Mens Centraal}}
""",
)
X(
    29,
    r"""
[[d:ma 13 jan]] 08:41 [[p:Lisa]]: ok ik ben er om 9:30. heeft mw haar medicatie bij zich?
[[d:ma 13 jan]] 08:43 [[p:Rachid]]: weet ik niet, haar {{r:huisarts}} zit in {{w:Transvaal}}, bel jij die even? en ze heeft 2 kinderen die nu op school zijn, {{o:CJG}} weet ervan
""",
)
X(
    30,
    r"""
ze is 93 en woont al 60 jaar in hetzelfde huis in {{w:Duindorp}}. wil absoluut niet weg. {{r:wijkverpleegkundige}} komt nu 1x per dag, dochter doet de was. ik kom over 2 weken weer, [[d:do 14 nov]]
""",
)
X(
    31,
    r"""
> overdracht kan, maar check eerst of ze het zelf wil. in Delft werken ze anders, geen casusregisseur maar een {{r:consulent}} van het sociaal team
> ze wil het, heb het gevraagd. ik bel maandag met {{o:Delft voor Elkaar}}, dan mail ik jullie het verslag
""",
)
X(
    32,
    r"""
huurprijs is € 720, dus met huurtoeslag is het te doen. nu woont ze op 3 hoog zonder lift in {{w:Laakkwartier}}, al 4 jaar. {{r:ergotherapeut}} heeft het advies geschreven. ik lever het bij de {{o:woningbouw}} aan samen met de medische verklaring
""",
)
X(
    33,
    r"""
> ja kan ik. hoe laat?
> 11u, op het {{o:Servicepunt XL}} in {{w:Mariahoeve}}. het gaat om een aanvraag {{o:Stadspas}} + {{o:individuele inkomenstoeslag}}. ze heeft 3 kinderen en een bijstandsuitkering sinds 2021
""",
)
X(
    34,
    r"""
> hij heeft het betaald naar een oud kenmerk denk ik. vraag om zijn bankafschrift van februari, dan bellen we {{o:CJIB}} samen
> ok, ik zie hem [[d:dinsdag 11 maart]] toch al ivm de {{o:UWV}} brief
""",
)
X(
    35,
    r"""
het huis moet leeg vóór de {{r:ongediertebestrijder}} kan komen. {{o:Staedion}} betaalt het opruimen, wij regelen vrijwilligers van {{o:Stichting MOOI}}. dhr is 69, woont al 30 jaar alleen. eerste opruimactie staat op [[d:11 maart]], 9u
""",
)
X(
    36,
    r"""
> geen probleem. ik heb het aangepast in {{o:Mens Centraal}}. let op, de aanvraag voor {{o:schuldhulpverlening}} moet opnieuw met het juiste bsn, anders matcht {{o:BKR}} niet
> oké, ik doe het vanmiddag opnieuw
""",
)
X(
    37,
    r"""
dit geldt voor de komende 3 maanden, daarna evalueren. mw is 81 en heeft 2x gevallen. belrooster staat in de teamagenda. als ik weg ben neemt {{r:welzijnscoach}} [[p:Thijs]] het over
""",
)
X(
    38,
    r"""
> ik kan, maar pas na 13u. intake bij {{o:Brijder}} is om 10u
> dan vraag ik of ze hem naar de middag schuiven. hij is 22 en gebruikt sinds zijn 15e, moeder maakt zich grote zorgen
""",
)
X(
    39,
    r"""
de uitbetaling van de AOW loopt nu nog via haar overleden man's rekening, dat gaat mis. {{o:SVB}} vraagt een kopie van de overlijdensakte en een bankafschrift. ik stuur het op naar [[e:klantcontact@svb.nl]]? of moet het per post
""",
)
X(
    40,
    r"""
ze heeft een brief van {{o:Belastingdienst}} over terugbetaling huurtoeslag 2023, bedrag € 1.240. haar man werkt in de bouw, onregelmatig inkomen. ik denk dat een {{o:schuldhulp}} traject nodig is, maar eerst kijken of een betalingsregeling lukt
""",
)
X(
    41,
    r"""
> ik heb het nummer op het scherm van de telefoon gezien: [[t:06-24993018]]. hij belde gisteren om 14:12
> top. ik bel hem morgen terug. moeder is 88, weduwe, woont daar sinds 1972
""",
)
X(
    42,
    r"""
hij was 77 en heeft de laatste 2 jaar veel steun gehad van {{o:Stichting MOOI}} en de {{r:wijkverpleegkundige}}. uitvaart is [[d:vrijdag 7 juni]] om 11u in de aula van {{o:Oostduin}}. wie wil er namens het team heen?
""",
)
X(
    43,
    r"""
> ze heeft zich in 2019 ingeschreven maar niet verlengd, dus de inschrijving is vervallen. ik zie een nieuwe met een ander nummer vanaf [[d:3-1-2024]]
> dan kan ze wel urgentie aanvragen, heeft ze een medische indicatie? ze heeft COPD
""",
)
X(
    44,
    r"""
> machtiging is binnen, [[d:vrijdag 22 maart]]. ik heb de {{o:Belastingdienst}} {{o:BelastingTelefoon}} gebeld, zij gaan de toeslag voor 2024 herberekenen. het gaat om ongeveer € 2.100
""",
)
X(
    45,
    r"""
let op bij mw [[p:Rahimi]]: haar zoon tolkt, maar bij het {{o:Wmo}} gesprek graag een professionele tolk via {{o:Tolkcontact}}. ze heeft in {{w:Meerzicht}} een goede buurvrouw die ook boodschappen doet. dossier gaat per [[d:1 mei]] naar [[p:Sabine]]
""",
)
X(
    46,
    r"""
[[d:2/10]] 11:41 [[p:Koen]]: bedrag is € 1.870 incl kosten. voorstel € 50 per maand vanuit leefgeld, {{r:bwv}} akkoord? anders loopt het op tot ruim 2 ton aan kosten 😅 nee grapje, maar wel snel reageren want vonnis is van [[d:12 september]]
""",
)
X(
    47,
    r"""
dochter woont in {{w:Noordhove}} en werkt fulltime, ze is op. mw is vorig jaar 3x gevallen, heeft sinds januari 4x per dag {{o:thuiszorg}}. {{r:casemanager dementie}} van {{o:Vierstroom}} is [[p:Ingeborg]]. ik wil in het overleg vooral horen wat mw zelf wil
""",
)
X(
    48,
    r"""
volgende stap: aanvraag dagbesteding via {{o:Wmo}} Zoetermeer, keukentafelgesprek gepland op [[d:di 8/4]] 14u. [[p:Bilal]] is dan aanwezig. {{r:huisarts}} heeft geen bezwaar. vader is 79, spreekt marokkaans-arabisch, beetje nederlands
""",
)
X(
    49,
    r"""
ze komt uit Iași, woont sinds 2019 in Delft, werkt parttime in een hotel. vraag: hulp bij huurtoeslag + aanvraag {{o:Stadspas}} Delft voor haar dochter van 8. ik doe de aanmelding bij {{o:Delft voor Elkaar}} als jullie akkoord zijn
""",
)
X(
    50,
    r"""
bespreekpunten: 1) [[p:Visser]] – crisisplan bijwerken, laatste versie is van [[d:4 november]]. 2) [[p:Mahabier]] – {{r:wijkagent}} uitnodigen? 3) [[p:Rosa]] – intake bij {{o:GGZ Delfland}} loopt al 6 weken
verslag door ik, de rest via teams
""",
)
X(
    51,
    r"""
ze heeft 2 kinderen van 5 en 9 en werkt in de thuiszorg, maar net te weinig uren. {{r:budgetcoach}} van {{o:Delft voor Elkaar}} komt in april. ik hoop (ja daar is het weer) dat het nog kan. zitting bij kantonrechter in Den Haag
""",
)
X(
    52,
    r"""
> doe ik. bij twijfel bellen we samen met {{o:bunq}} want dat is een online bank en dat gaat via de app
> ja en haar oude rekening bij {{o:ING}} moet open blijven tot de {{o:UWV}} uitkering is overgezet, dat duurt 4-6 weken
""",
)
X(
    53,
    r"""
punt ze is 61 en woont sinds haar scheiding alleen met [[p:nelson]] in een portiekwoning van {{o:Woonbron}} punt ik wil dit morgen in het overleg bespreken met [[p:Marieke]] van {{o:GGZ Delfland}} want ze maakt zich echt zorgen over geweld thuis
""",
)
X(
    54,
    r"""
hij werkt vanuit {{o:Welzijn Rijswijk}} en zit op maandag en woensdag in het jongerencentrum. vooral voor jongeren 16-23 die schulden hebben of niet meer naar school gaan
> welkom!! 👋
""",
)
X(
    55,
    r"""
ze heeft 4 honden en 2 katten, en een huurachterstand van € 1.100. {{o:Dierenbescherming}} is al eens langs geweest. ze wil een woning met tuin in {{w:Presidentenbuurt}} of {{w:Muziekbuurt}}. ik vraag [[p:Marloes]] van {{o:Rijswijk Wonen}} of dat realistisch is
""",
)
X(
    56,
    r"""
> staat er een geb datum van [[p:Gerard]] bij? voor de {{o:mantelzorgwaardering}} hebben we die ook nodig
> ja, [[d:17 augustus 1948]]. ze wonen op de [[a:Burgemeester Elsenlaan 230]], al 40 jaar
""",
)
X(
    57,
    r"""
> ja brief sturen, met een datum voor een nieuw hb en ons nummer. schrijf er bij dat het om zijn {{o:Wmo}} aanvraag gaat, dan reageert hij misschien wel. als er over 2 weken niks is, {{r:wijkagent}} vragen om even langs te gaan
""",
)
X(
    58,
    r"""
> kan ik, ik zit die middag toch in Den Haag. gaat het om de huurverhoging of het onderhoud?
> beide. ze betaalt € 890 kale huur voor 2 kamers in {{w:Stationsbuurt}} met schimmel. {{o:Huurteam}} heeft het dossier voorbereid
""",
)
X(
    59,
    r"""
> haha ok. en de praktijk weet dat jullie de clt bedoelen? want ik heb vorige week per ongeluk de ha gebeld over "mw [[p:de wit]]" 🙈
> zet er altijd "clt" voor, dan is het duidelijk. en haar {{r:POH}} heet [[p:Monique]]
""",
)
X(
    60,
    r"""
mw is 88, man overleden in 2021. woont in een rijtjeshuis in {{w:Naaldwijk}}, trap naar boven. slaapt nu beneden op de bank. {{r:ergotherapeut}} laten kijken naar traplift of bed beneden. volgende hb [[d:di 25 feb]]
""",
)
X(
    61,
    r"""
hij is 52, ghanees, werkt 3 dagen in de glastuinbouw. inschrijving BRP staat op [[a:Zwartendijk 34a]] dus dat is prima. {{r:welzijnscoach}} van {{o:Vitis Welzijn}} vraagt of wij hem kennen van vroeger, toen hij nog in {{w:Moerwijk}} woonde
""",
)
X(
    62,
    r"""
de kinderen (7 en 11) gaan naar school in {{w:Zuidwest}}, {{r:intern begeleider}} is op de hoogte maar weet het nieuwe adres niet. bij twijfel altijd eerst overleggen met [[p:Daphne]] of met mij. niks in de groepsapp over waar ze woont!!
""",
)
X(
    63,
    r"""
> ik bel [[p:Hanna]] morgen, zij heeft ervaring met de wanbetalersregeling. hij moet eerst een nieuwe verzekering afsluiten, anders blijft de boete lopen. premie is bijna € 200 per maand via {{o:CAK}}
""",
)
X(
    64,
    r"""
> ok. en wat moet er gebeuren, alleen de post pakken?
> post + de planten water geven, hij is 3 weken in {{o:revalidatie}} na zijn knie. ik heb het met zijn zoon afgestemd. adres van hem zelf is [[a:Amerikaweg 30 A]]
""",
)
X(
    65,
    r"""
> ik kan alleen in de ochtend, 's middags heb ik MDO in {{w:Laak}}
> ochtend is prima, het is om 10u op het {{o:Servicepunt XL}} {{w:Escamp}}. het gaat over zijn re-integratietraject, hij heeft al 2 jaar een bijstandsuitkering
""",
)
X(
    67,
    r"""
> ik heb haar [[d:vrijdag 11 oktober]] nog gezien bij de {{o:voedselbank}}, toen leek het goed te gaan
> oké dan is dat het laatste contact. ik stuur een brief en vraag de {{r:wijkverpleegkundige}} om mee te gaan
""",
)
X(
    68,
    r"""
> ja die ken ik, hij komt soms bij het inloopspreekuur in {{o:wijkcentrum Morgenstond}}. hij heeft een dochter in Suriname maar geen contact. ik kan hem met de {{o:Zilveren Draad}} in contact brengen, die bellen ouderen wekelijks
""",
)
X(
    69,
    r"""
het gaat om de vergoeding voor de verhuiskosten, € 1.600. dhr heeft zelf geen rekening meer sinds de beslaglegging in 2023. zus beheert het geld tot er een {{r:bewindvoerder}} is. aanvraag bewind ligt bij de rechtbank, zitting [[d:18-11-2024]]
""",
)
X(
    70,
    r"""
hij is 70 en woont alleen in {{w:Scheveningen}}, was jarenlang visser. heeft geen kinderen. ik denk dat rouwgroep bij {{o:Humanitas}} kan, of een maatje. afspraak volgende week [[d:wo 29/5]]
""",
)
X(
    71,
    r"""
update 15:30: noodopvang gevonden bij {{o:Leger des Heils}} voor 5 nachten. kinderen gaan morgen gewoon naar school. ik regel met {{o:SZW}} een voorschot, ze heeft nu 0 euro. moeder is 29, nigeriaans, 4 jaar in NL
""",
)
X(
    72,
    r"""
> ja prima, goed gedaan. het algemene adres van {{o:Kwadraad}} wordt door 10 mensen gelezen. en het formulier bevatte haar bsn en medische info, dus dat moet echt persoonlijk
""",
)
X(
    73,
    r"""
> ik kijk even. zaak staat op "in behandeling" sinds [[d:4 februari]], {{r:Wmo-consulent}} is ziek. ik vraag of iemand anders het kan oppakken. traplift kost rond € 6.000, dus dat moet via het huisbezoek van de {{r:ergotherapeut}}
""",
)
X(
    74,
    r"""
> 👍 kom je in de kamer van [[p:Ilse]]? die is vrij
> ja. neem ook het {{o:UWV}} formulier mee, hij is 56 en komt uit de WW, dat loopt [[d:30 april]] af
""",
)
X(
    75,
    r"""
> goed dat je het ziet 😉 ik zou het zo schrijven: "man, 45, {{w:Wateringse Veld}}, schulden na arbeidsongeval, partner werkt". dan weet iedereen genoeg voor de intervisie. ook die € 38.000 kan blijven
""",
)
X(
    76,
    r"""
ik ben bereikbaar ma, di, do van 8:30 tot 17u. op vrijdag werk ik niet. voor spoed bel de {{r:teamleider}} of de dienstdoende collega van het {{o:Servicepunt XL}}
""",
)
X(
    77,
    r"""
mw is 63, woont sinds 2018 in NL, weduwe. {{r:POH}} van de praktijk heeft gevraagd om ook naar slaapproblemen en herbelevingen te kijken. volgende hb [[d:9 oktober]] met dezelfde tolk, ik heb het al aangevraagd
""",
)
X(
    78,
    r"""
> ik bel [[p:Rob]] morgen. we kennen dhr van vroeger, hij had in 2022 een traject bij {{o:GGZ Delfland}}. zijn {{r:huisarts}} zit in {{w:Naaldwijk}}. ik stel een gezamenlijk overleg voor op [[d:donderdag 6 februari]]
""",
)
X(
    79,
    r"""
> ik ben er. moet ik ze kopiëren of scannen?
> scannen en in {{o:Mens Centraal}} zetten, daarna teruggeven. het gaat om de aanvraag {{o:kwijtschelding}} gemeentelijke belastingen, daar willen ze 3 maanden afschriften voor
""",
)
X(
    80,
    r"""
hij is 31 en heeft ongeveer € 22.000 schuld, vooral bij {{o:DUO}} en telefoonmaatschappijen. woont bij zijn moeder in {{w:Bouwlust}}. in de tussentijd gaan wij samen met hem de post ordenen. volgende afspraak [[d:wo 12/6]]
""",
)
X(
    81,
    r"""
{{o:Zilveren Kruis}} wil € 320 aan achterstand, de {{o:gemeente}} gaat over de {{o:kwijtschelding}}. we hebben een schema gemaakt: elke dinsdag samen post open. ze is 67 en leest slecht
""",
)
X(
    82,
    r"""
de kinderen zijn 9 en 12. oma woont in Marokko, verder geen familie in NL. {{o:CJG}} kan pas volgende week. ik ga morgen na school even langs. als iemand mee wil 15:15 op het adres. zijn nummer: [[t:06-34901177]]
""",
)
X(
    83,
    r"""
hij woont sinds [[d:1 augustus]] in {{w:Scheveningen}} en wil graag door met {{r:maatschappelijk werker}} daar. doel: schulden stabiliseren en dagbesteding. broer is 70 en kan beperkt helpen. warme overdracht gepland op [[d:di 17/9]]
""",
)
X(
    84,
    r"""
[[d:21 dec]] 14:20 [[p:Anouk]]: hij kwam voor zijn {{o:voedselbank}} verwijsbrief, die was verlopen. opgelost. hij is 50 en woont sinds kort in {{w:Moerwijk}}, mocht iemand hem zien bij het spreekuur
""",
)
X(
    85,
    r"""
> ook weg. alle namen van mensen eruit, ook collega's. rol mag wel blijven, dus "de {{r:casusregisseur}} van {{w:Spoorwijk}}" is prima
> duidelijk, dank
""",
)
X(
    86,
    r"""
> ik heb rechten, doe ik vandaag. het is een amerikaanse notatie fout, de {{o:IND}} brief heeft maand en dag omgedraaid. ook in {{o:DigiD}} check?
> nee dat gaat via de BRP, daar klopt het
""",
)
X(
    87,
    r"""
hij is 44 en was 4 maanden stabiel. opname is vrijwillig, verwachte duur 3 weken. moeder is 73, woont in {{w:Bouwlust}}. ik heb zijn {{r:bewindvoerder}} gemaild dat de huur wel door moet lopen
""",
)
X(
    88,
    r"""
ze is 30 en gaat samenwonen met haar vriend die in de kassen werkt. de {{r:schuldhulpverlener}} daar neemt het dossier van ons over, ik heb [[d:vrijdag 24 januari]] een warme overdracht met {{o:Vitis Welzijn}} in {{w:Poeldijk}}
""",
)
X(
    89,
    r"""
ze is 58 en wil een studie afmaken die ze in 2010 is gestopt, daar is een schuld van € 7.400 van over. ze snapt de brief niet omdat er een aflossing staat die niet klopt met haar inkomen. {{o:DUO}} kan draagkrachtberekening doen
""",
)
X(
    90,
    r"""
Hij is 72, zij 68. Ze wonen op 2 hoog zonder lift, verhuizen is een optie maar ze willen in {{w:Zuiderpark}} blijven. {{r:wijkverpleegkundige}} komt 2x per week voor wondzorg. Volgende hb [[d:ma 25 nov]]
""",
)
X(
    91,
    r"""
ik heb ook {{o:Inspectie SZW}} gemaild want dit is echt uitbuiting. de mannen werken allemaal bij hetzelfde uitzendbureau in {{w:Westland}}. hij is bang om zijn baan te verliezen. wie gaat mee naar de woning [[d:di 3 december]]?
""",
)
X(
    92,
    r"""
> dank! was een 1 en een 7 omgedraaid. ik heb het formulier opnieuw naar {{o:SVB}} gestuurd. het gaat om haar kinderbijslag voor 2 kinderen
""",
)
X(
    93,
    r"""
de {{r:wijkagent}} heeft de afgelopen 3 maanden 11 meldingen gehad over dit portiek. drugsoverlast en geluid. {{o:Haag Wonen}} wil gedragsaanwijzing. wij kijken vooral naar de kinderen van fam [[p:Slijngard]], {{o:CJG}} is aangehaakt
""",
)
X(
    94,
    r"""
hij is 58 en kwam in 2022 naar NL. [[p:Nour]] (de dochter, 19) studeert in Leiden en helpt haar vader met alle post. de inburgeringstermijn loopt af op [[d:15 juni 2025]]. als hij die mist volgt een boete
""",
)
X(
    95,
    r"""
[[p:Ruud]] is 80, diagnose alzheimer sinds 2023. [[p:Tineke]] (77) is op, slaapt slecht. {{r:casemanager dementie}} komt volgende week. ik stel ook mantelzorgondersteuning voor via {{o:Xtra}} mantelzorg
""",
)
X(
    96,
    r"""
> ik verzet het naar [[d:donderdag 14 november]] 11u. de {{r:tolk}} is dan ook beschikbaar. zoon is 6 en heeft waterpokken, dus thuis ook geen optie
""",
)
X(
    97,
    r"""
en voor de duidelijkheid: [[p:Mohammed]] is de jongen van 24 uit {{w:Laak}}, niet dhr [[p:Mohammed]] uit {{w:Transvaal}}. die blijft bij [[p:Yasmina]]
""",
)
X(
    98,
    r"""
> ik kan morgen met haar naar de {{o:ING}}. als ze echt betaalt, zit het geld ergens op een verkeerde rekening. misschien betaalt ze naar oude huisbaas
> dat zou kunnen, ze woonde tot 2022 in {{w:Spoorwijk}} bij een particulier
""",
)
X(
    99,
    r"""
bewind is uitgesproken op [[d:3 december]], dhr is 64. [[p:Marco]] vraagt om een kennismakingsgesprek bij dhr thuis, [[a:Rijswijkseweg 17]]. wie kan?
""",
)
X(
    100,
    r"""
het gaat om haar {{o:Wmo}} indicatie voor huishoudelijke hulp, die loopt af per [[d:31 maart]]. ze is 79 en heeft 14 parkieten, de hulp van {{o:Tzorg}} wil daar niet meer komen vanwege de stof. [[p:Sanne]] kent haar al 5 jaar
""",
)
X(
    101,
    r"""
> hij kan tijdelijk een briefadres krijgen via de {{o:gemeente}}, dat doet het {{o:Servicepunt XL}}. dan kan de bijstandsaanvraag door. ik kan [[d:woensdag de 12e]] met hem mee, spreek ik kantonees? nee 😅 tolk regelen
""",
)
X(
    102,
    r"""
hij is 86, weduwnaar, woont op de 1e verdieping. de {{r:wijkverpleegkundige}} heeft een valrisico-inventarisatie gedaan. alarmering via {{o:Wmo}} kan als de verzekering het niet vergoedt, maar dat duurt langer. eerst {{o:VGZ}} bellen, ik doe dat [[d:maandag 14 oktober]]
""",
)
X(
    103,
    r"""
> ik ken ze, [[p:Nadia]] belt vaak namens haar moeder. de moeder is 67 en spreekt weinig nederlands. het gesprek gaat over de {{o:Wmo}} aanvraag woningaanpassing, badkamer. {{r:ergotherapeut}} komt ook
""",
)
X(
    104,
    r"""
> ik was erbij. huurschuld van € 2.300 zit erin, de servicekosten van € 410 niet. die moet ze apart betalen in 6 termijnen. {{o:Haag Wonen}} stuurt een nieuwe brief
""",
)
X(
    105,
    r"""
punt hij is zeventig jaar en woont in {{w:transvaal}} sinds negentien vierentachtig punt het gaat over zijn aow en aanvullende bijstand en hij wil hulp met de brieven van de {{o:svb}}
""",
)
X(
    106,
    r"""
> ja, ze zouden binnen 3 weken komen. dat is nu 5 weken geleden. ik bel ze morgen. het gaat om de douche en de drempels, mw is 84 en heeft al 2x een val gehad. adres voor de ergo is [[a:Beatrijsstraat 31]]
""",
)
X(
    107,
    r"""
[[d:08-01]] 11:45 [[p:Tessa]]: gesprek klaar. ze heeft een brief van het {{o:COA}} dat ze haar woning in {{w:Moerwijk}} krijgt per [[d:1 februari]]. ze heeft niks: geen bed, geen pannen. {{o:Stichting Vluchteling}} of {{o:kringloop}}?
""",
)
X(
    108,
    r"""
mw is 91, woont nu alleen in {{w:Mariahoeve}}. [[p:Hans]] (63) woont in Utrecht en komt 1x per week. er is een wachtlijst van 6 maanden voor {{o:WZH}}, dus tussentijds meer {{o:thuiszorg}} regelen
""",
)
X(
    109,
    r"""
bedrag is € 146, betaald op [[d:12-12]] naar een rekening van iemand anders. {{o:Florence}} gaat het terugvorderen. mw is 82 en ze snapt er niks van, ik ga er [[d:wo 18 dec]] langs om het uit te leggen
""",
)
X(
    110,
    r"""
3 kinderen van 2, 5 en 8. {{o:GGD}} heeft een inspectie gedaan in 2023, toen ook al een advies. de {{r:jeugdverpleegkundige}} van {{o:CJG}} zag vorige week uitslag bij de jongste. ik vraag {{o:Huurteam}} ook om mee te kijken
""",
)
X(
    111,
    r"""
programma: 9u inloop, 9:30 casussen in groepjes van 4, 11u plenair. ook de {{r:ouderenconsulent}}en van {{w:Mariahoeve}} zijn erbij. de {{o:gemeente}} verzorgt lunch. wie niet kan: laat het weten voor [[d:vrijdag 4 april]]
""",
)
X(
    112,
    r"""
ze is 47 en heeft spaanse en nederlandse nationaliteit, woont sinds 2006 in {{w:Regentessekwartier}}. het gaat over zorg voor hun moeder in spanje. [[p:rosa]] heeft geen nummer in NL, belt met nummerweergave uit
""",
)
X(
    113,
    r"""
[[p:Tim]] heeft eerder bij {{o:Ipse de Bruggen}} gewerkt en kent de {{w:Laak}} goed. Hij neemt de clienten over van [[p:Femke]], die gaat naar team {{w:Segbroek}}. Aanmeldingen voor {{o:MEE}} vanaf nu via [[p:Tim]]
""",
)
X(
    114,
    r"""
> ik heb hem een folder gegeven van de {{o:Zilveren Draad}}, hij vond het "voor oude mensen" haha. hij is 82. misschien is het koffie-uurtje in {{o:wijkcentrum De Mussen}} op dinsdag wat voor hem
""",
)
X(
    115,
    r"""
> dank! heb je ook de geboortedata gecontroleerd? [[p:Mihai]] is van [[d:3 mei 1994]], [[p:Marius]] van [[d:30 mei 1991]], ook makkelijk te verwisselen
> ja, die klopten wel
""",
)
X(
    116,
    r"""
mw is 70 en heeft recht op de pas, maar de automatische verlenging ging niet door omdat haar inkomen veranderde. de pas wordt binnen 3 weken opgestuurd naar [[a:Hondiusstraat 4]]. dochter [[p:Hind]] belt als ie er niet is
""",
)
X(
    117,
    r"""
hij is 59, heeft nierproblemen en gaat 3x per week naar dialyse in het {{o:HMC Antoniushove}}. hij heeft recht op {{o:Wmo}} vervoer maar dat moet nog aangevraagd. de nicht werkt, dus bellen na 18u
""",
)
X(
    118,
    r"""
> kan ik. ik neem de {{r:wijkverpleegkundige}} mee, want die ziet hem 3x per week. het gaat om zijn alcoholgebruik en de val van vorige maand. MDO in de praktijk aan de [[a:Prins Hendrikplein 3]]
""",
)
X(
    119,
    r"""
haar kinderen zijn 4, 8 en 12. {{o:CJG}} en school zijn geïnformeerd door {{o:Veilig Thuis}}. ik heb een veiligheidsplan gemaakt. morgen gaat {{r:casemanager}} van {{o:VT}} bij haar langs in Zoetermeer, wij zijn [[d:wo 12 maart]] weer aan zet
""",
)
X(
    120,
    r"""
hij is 59, ziek sinds een hartinfarct in 2023. de {{r:bewindvoerder}} heeft toegang tot beide rekeningen. het {{o:UWV}} vraagt of hij naar de keuring kan op [[d:17 april]], maar hij heeft geen vervoer. iemand tijd?
""",
)
X(
    121,
    r"""
> mooi. zorg wel dat ook de wijk eruit is als die te herkenbaar is, "man, 60, {{w:Kraayenstein}}, woont alleen met 12 katten" is eigenlijk te herkenbaar 😅 liever "man, 60, Den Haag"
""",
)
X(
    122,
    r"""
mw is 84 en heeft altijd alles zelf geregeld. haar man overleed in 2019. ze vertrouwt haar kleinzoon niet helemaal na een incident vorig jaar met haar pinpas. ik bespreek met de {{r:ouderenadviseur}} of {{o:onderbewindstelling}} nodig is
""",
)
X(
    123,
    r"""
> ze is 78 en belt vooral omdat ze zich eenzaam voelt. in 2019 hebben we haar aangemeld bij {{o:Stichting MOOI}} voor een maatje, maar die is gestopt. opnieuw aanmelden?
> ja doe maar. ik bel haar [[d:dinsdag 22 oktober]]
""",
)
X(
    124,
    r"""
ze is 38, ghanees, 4 kinderen. heeft een {{o:Wmo}} indicatie begeleiding via {{o:Xtra}}. de vorige {{r:begeleider}} was een man en dat ging mis. let op: de oudste zoon (16) tolkt soms, maar dat willen we liever niet
""",
)
X(
    125,
    r"""
[[p:kees]] is 63, woont alleen. hoortoestel is 5 jaar oud, verzekering vergoedt nieuw na 5 jaar. hij heeft het al aangevraagd. ik check na [[d:17 sept]] of het gelukt is. zijn adres voor de post: [[a:Kamperfoeliestraat 311]] [[pc:2563 TE]]
""",
)
X(
    126,
    r"""
> oh ja klopt, ze is vorig jaar verhuisd naar {{w:Bouwlust}}. de overdracht is toen niet goed gegaan. ik pak het op met de {{r:casusregisseur}} van {{w:Moerwijk}}
""",
)
X(
    127,
    r"""
> nee laat {{o:Vitis Welzijn}} het doen, die kennen de woningen in {{w:Monster}} en {{w:De Lier}}. ze is 76 en al 50 jaar in haar huis, dit is een grote stap voor haar. zoon woont in Australië
""",
)
X(
    128,
    r"""
de regeling is € 75 per maand gedurende 24 maanden. eerste betaling [[d:1 december]]. mw is 41 en heeft 3 kinderen, de oudste is 15. schuldhulp van de {{o:gemeente}} neemt het verder over
""",
)
X(
    129,
    r"""
> ik kan hem helpen met de aanvraag DigiD bij het {{o:Servicepunt XL}}. code komt per post naar [[a:Valkenboslaan 276]], dus hij moet de post goed in de gaten houden. het duurt ongeveer 5 werkdagen
""",
)
X(
    130,
    r"""
ze is 64 en mantelzorger voor haar man met een hersenbloeding in 2024. ze zoekt respijtzorg en een lotgenotengroep. {{o:Piëzo}} heeft een mantelzorgcafé in {{w:Oosterheem}}, op donderdag
""",
)
X(
    131,
    r"""
hij heeft een contract van 6 maanden. {{r:klantmanager}} zegt dat de uitkering stopt per de eerste werkdag, maar dat hij bij verlies van werk binnen 6 maanden snel terug kan. hij woont bij zijn ouders in {{w:Naaldwijk}}
""",
)
X(
    133,
    r"""
ze hebben 3 kinderen. [[p:Issa]] was in Syrië elektricien, zijn diploma's zijn bij {{o:IDW}} aangevraagd. [[p:Rasha]] wil naar het {{o:ROC Mondriaan}} voor taalles. {{o:VluchtelingenWerk}} begeleidt nog tot eind van het jaar. afspraak op [[a:Laan van Wateringse Veld 1002]] gepland
""",
)
X(
    134,
    r"""
> thx. tnv mw of haar man? voor de {{o:bijzondere bijstand}} moet het een rekening op haar naam zijn
> beide, het is een en/of rekening. ze is 46, hij 51
""",
)
X(
    135,
    r"""
[[d:30-1]] 18:02 [[p:Ben]]: en als het voor langer is, {{o:Wmo}} hh hulp. ze is 80 toch? woont ze nog op de [[a:Sir Winston Churchilllaan 1132]]?
[[d:30-1]] 18:04 [[p:Jamila]]: ja klopt
""",
)
X(
    136,
    r"""
ze woont sinds 2014 in NL, {{w:Laakkwartier}}. haar kinderen zijn 8 en 13, de oudste wil niet mee. {{o:CJG}} is betrokken voor het gesprek met de oudste. ook de {{o:Belastingdienst}} moet weten dat ze emigreert ivm toeslagen
""",
)
X(
    137,
    r"""
zijn mail is [[e:jakoster@kosterbewind.nl]], hij reageert meestal binnen 2 dagen. mw is 79 en heeft een {{o:Wmo}} indicatie voor begeleiding. afspraak over het leefgeld is € 90 per week
""",
)
X(
    138,
    r"""
hij is 24, woont zelfstandig in {{w:Mariahoeve}} sinds vorig jaar. met toestemming van [[p:Marco]]: {{r:bewindvoerder}} aanvragen. de lening van de vriend is € 1.500 en die vriend dreigt. [[p:Naomi]] bespreekt het ook met {{o:politie}}
""",
)
X(
    139,
    r"""
> ok ik pak de toeslag op. mevrouw is 54 en heeft een zoon die bij haar woont, misschien daarom 'partner'. de {{o:Belastingdienst}} heeft hem waarschijnlijk als toeslagpartner gezien. afspraak [[d:ma 11/11]] 10u
""",
)
X(
    140,
    r"""
> ik bel hem morgen. hij is 47 en werkte in een distributiecentrum in Zoetermeer. als hij echt in Polen is, sluiten we de casus per [[d:31 januari]] en melden we het bij de {{o:gemeente}} voor de BRP
""",
)
X(
    141,
    r"""
mw is 86, weduwe sinds 2020, geen kinderen. ze doet graag spelletjes en wil naar buiten. het maatje komt op dinsdag en vrijdag. ik evalueer in februari met {{o:Stichting MOOI}}
""",
)
X(
    143,
    r"""
update 17u: ze kan 6 weken in de opvang blijven. [[p:Jayden]] gaat naar de peuteropvang daar. ze is 23 en heeft geen eigen inkomen, dus aanvraag bijstand morgen bij {{o:SZW}}. de vriend ([[p:Dylan]], 26) heeft het huurcontract op zijn naam
""",
)
X(
    144,
    r"""
> ja gezien, maar ze wilde 5 uur. 3 uur is te weinig met haar reuma. ik stel voor om bezwaar te maken voor [[d:15 december]]. ze is 62 en woont alleen op 4 hoog zonder lift in {{w:Schilderswijk}}
""",
)
X(
    146,
    r"""
dhr is 81, woont sinds 1975 op dat adres in {{w:Benoordenhout}}. buurvrouw heeft zijn zoon proberen te bellen, geen reactie. {{o:OGGZ}} komt morgen. ik ga mee, afspraak om 10u bij de buurvrouw
""",
)
X(
    147,
    r"""
ze is 89 en heeft hulp nodig met de uitvaartverzekering en de AOW voor alleenstaanden. ik vraag ook of {{o:Humanitas}} thuisadministratie kan helpen. zij woont op de [[a:Reineveldstraat 71]]
""",
)
X(
    148,
    r"""
ze zijn allebei 35 en hebben 2 kinderen. [[p:Koray]] werkt in de haven, onregelmatig inkomen. huurachterstand is € 3.100, {{o:Vidomes}} wil ontbinding. we willen een betalingsregeling met begeleiding van {{o:Delft voor Elkaar}}
""",
)
X(
    149,
    r"""
dhr is 76 en heeft last van zijn geheugen. hij woont alleen sinds zijn vrouw in het verpleeghuis ligt. ha wil weten of hij zich thuis nog redt. we gaan om 10:30, adres [[a:Erasmusweg 1210]]
""",
)
X(
    150,
    r"""
het conflict gaat al 2 jaar over een boom en lawaai. beide zijn boven de 70. ik ben er niet bij maar wil graag een kort verslag voor het dossier. {{o:buurtbemiddeling}} werkt met vrijwilligers, dus geen namen in het verslag aan mij
""",
)
X(
    151,
    r"""
> ik bel haar, ik ken haar van de {{o:Wmo}} aanvraag vorig jaar. [[p:lucas]] is 35, heeft een licht verstandelijke beperking en woont begeleid via {{o:Ipse de Bruggen}}. moeder is 70
""",
)
X(
    152,
    r"""
[[p:Milan]] blijft bereikbaar via zijn {{o:MEE}} mail. de overdrachten gebeuren deze week, warme overdracht bij de clienten in januari. ik heb het schema in de teams map gezet
""",
)
X(
    153,
    r"""
> dank. en zijn adres? ik heb alleen het oude van het {{o:AZC}}
> [[a:Conradkade 40-B]], sinds [[d:15 januari]]. hij is 28 en wil graag aan het werk in de techniek
""",
)
X(
    154,
    r"""
ze is 42 en komt uit Rusland, heeft een master in economie. {{o:Stek}} heeft plek bij de taalcafés, 2 ochtenden per week. als vrijwilliger krijgt ze wel een onkostenvergoeding van € 5 per keer, dat mag naast haar uitkering
""",
)
X(
    155,
    r"""
de cursus duurt 6 weken, elke donderdag. {{o:Humanitas}} zit in {{w:Schilderswijk}}. ze wil dat ik de eerste keer meega, ze is 34 en vindt het spannend. ik check het met mijn agenda
""",
)
X(
    156,
    r"""
[[d:22-11-24]] 09:10 - [[p:Sandra]] ({{r:wijkverpleegkundige}}): dochter komt vanmiddag. mw is 94 en ligt veel op bed. ik vraag {{o:Wmo}} een hoog-laagbed aan, dat gaat via {{o:Medipoint}}
""",
)
X(
    157,
    r"""
> oud leerlingnummer, dat hoeft niet. {{o:jongerenwerk}} in {{w:Rijswijk}} heeft een spreekuur op woensdag. hij is 19, dus geen {{o:CJG}} meer. ik vraag de jongerenwerker om contact met moeder op te nemen
""",
)
X(
    160,
    r"""
> ze heeft een nieuw nummer: [[t:06-55 12 90 78]]. ze belde gisteren naar de balie
> top dank. zet jij het in het dossier?
""",
)
X(
    161,
    r"""
hij heeft 38 jaar AOW opbouw in plaats van 50, dus ongeveer 24% minder. aanvullende inkomensvoorziening ouderen via {{o:SVB}} kan. woont alleen, 2 kamers, huur € 640. ik plan hb [[d:di 6 mei]]
""",
)
X(
    162,
    r"""
[[p:Anouar]] is 14 en heeft problemen op school. [[p:Samira]] is alleenstaand, werkt 32 uur in een bakkerij. ik heb haar verwezen naar {{o:Stichting Leergeld}} voor een laptop voor school. volgende afspraak [[d:16-12]]
""",
)
X(
    163,
    r"""
vordering is € 2.450, oorspronkelijk van een telecomprovider uit 2021. ze is 55 en heeft sinds 2022 een bijstandsuitkering. {{r:schuldhulpverlener}} van de {{o:gemeente}} wil de brief zien vóór het intakegesprek
""",
)
X(
    164,
    r"""
de heg is van de buren en de ruzie gaat al sinds 2019. meneer is 71, woont alleen na scheiding. de buren hebben 2 kleine kinderen. {{o:buurtbemiddeling}} plant het eerste gesprek in februari
""",
)
X(
    165,
    r"""
mw is 52, woont alleen in {{w:Segbroek}}. de praktijk heeft een crisisplan gemaakt met de {{r:psychiater}} van {{o:Parnassia}}. ze wil niet met {{o:Parnassia}} praten over geld, alleen met ons. eerste hb [[d:dinsdag 28 januari]]
""",
)
X(
    166,
    r"""
punt update we zitten nu in het wijkcentrum, ze is 26 en heeft blauwe plekken op haar arm punt ik heb {{o:Veilig Thuis}} gebeld voor advies punt ze wil geen aangifte doen maar wel een nieuwe telefoon punt ik bel straks
""",
)
X(
    167,
    r"""
> nee bewaren in het dossier, dat is nodig voor de aanvraag {{o:bijzondere bijstand}}. ik scan het wel in. hij is 53, woont sinds 1995 in NL
""",
)
X(
    168,
    r"""
> ja kan, met de {{o:Stadspas}} krijg je korting bij het {{o:Zuiderpark}} zwembad. kinderen zijn 6 en 9. zwemles via {{o:Jeugdfonds Sport}} is nog beter, dat is helemaal gratis
""",
)
X(
    169,
    r"""
> het is de Hoefkade, [[a:Hoefkade 390]]. hij is 31 en heeft 2 jaar vastgezeten. {{r:reclasseringswerker}} wil vóór [[d:14 februari]] een plan. uitkering aanvragen kan pas met een adres
""",
)
X(
    170,
    r"""
> ik heb ruimte. ik neem een tolk kantonees mee via {{o:Globe Talk}}. kan [[d:donderdag 23 mei]], om 11u. mw woont in {{w:Mariahoeve}}, op [[a:Ambachtsgaarde 89]]
""",
)
X(
    171,
    r"""
de nieuwe rekening is een beheerrekening van het bewindskantoor. mw is 74 en heeft een {{o:Wmo}} indicatie voor begeleiding. als er betalingen mislukken, eerst [[p:Carla]] mailen: [[e:carla@beheerhaaglanden.nl]]
""",
)
X(
    172,
    r"""
actiepunten: [[p:Frank]] belt de {{r:POH-GGZ}} over casus 1, [[p:Rianne]] plant hb bij mw [[p:Schouten]] met {{r:ergotherapeut}}. volgende keer ook {{o:Haag Wonen}} uitnodigen ivm 2 casussen in hetzelfde complex
""",
)
X(
    173,
    r"""
[[p:Sofia]] is 39 en slaapt al 4 maanden bij vrienden. ze heeft geen inkomen sinds haar contract in september stopte. {{o:Kessler Stichting}} heeft een intake op [[d:vrijdag 21 februari]] om 13u, ik ga mee
""",
)
X(
    174,
    r"""
ze is 49 en heeft in totaal € 4.800 schuld, verdeeld over 6 schuldeisers. ze werkt 24 uur in de zorg. haar plan is realistisch. wij blijven betrokken tot de zomer en dan evalueren
""",
)
X(
    175,
    r"""
> ik kan zaterdag, met de bus van de {{o:Kringloop}}. ze is 70 en woont sinds kort in {{w:Buytenwegh}}? ik dacht {{w:Meerzicht}}
> nee, het adres is in {{w:Meerzicht}} maar ze zegt {{w:Buytenwegh}} 😄
""",
)
X(
    176,
    r"""
> kunnen we. we gaan met zijn tweeën. hij is 45 en woont alleen na scheiding, de kinderen ziet hij 1x per 2 weken. ik bel de {{o:crisisdienst}} van {{o:Parnassia}} na het gesprek terug
""",
)
X(
    177,
    r"""
ze is 36, alleenstaand met 2 kinderen. haar inkomen is net te hoog voor kwijtschelding. ik denk een betalingsregeling in 10 termijnen. bezwaar kan via het formulier van de {{o:gemeente}}
""",
)
X(
    179,
    r"""
> ik bel {{o:Vitis Welzijn}} in {{w:Wateringen}}, zij kennen het woonwagenkamp. hij is 67 en heeft COPD. ik vraag ook de {{r:huisarts}} of hij bekend is
""",
)
X(
    180,
    r"""
[[p:mustafa]] gaat naar de dagbesteding van {{o:Middin}} in {{w:Escamp}}, 4 dagen per week. voor logeeropvang is een {{o:Wlz}} indicatie nodig, die hebben ze. ik heb [[d:ma 7/4]] overleg met [[p:Thijs]]
""",
)
X(
    181,
    r"""
> gedaan! sorry, gemist. ook de datum van de scheiding eruit gehaald, stond "[[d:14 februari 2022]]", nu alleen "2022"
> 👍 top
""",
)
X(
    182,
    r"""
[[d:05/03]] 11:40 [[p:Sara]]: goed idee. hij heeft ook een brief van {{o:TU Delft}} over terugbetaling van een beurs. hij is chinees, visum loopt tot september
""",
)
X(
    184,
    r"""
> fijn. ze is 77 en heeft een nieuwe heup. de {{r:wijkverpleegkundige}} komt nog 1x per week voor de steunkousen. ik sluit de casus als het na 4 weken goed gaat, dat is rond [[d:20 juni]]
""",
)
X(
    185,
    r"""
> ik bel de {{r:leerplichtambtenaar}}. [[p:Matteo]] zit in de 3e klas vmbo, spijbelt sinds november. [[p:Chiara]] is 44 en alleenstaand. {{o:CJG}} heeft een {{r:gezinscoach}} die ook italiaans spreekt
""",
)


MARK = re.compile(r"\[\[(p|b|t|e|i|pc|a|d|n):(.+?)\]\]|\{\{(w|o|r):(.+?)\}\}", re.S)


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
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(d[i] * (9 - i) for i in range(8)) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout66.jsonl")
    pc, kc, words = Counter(), Counter(), 0
    with open(path, "w", encoding="utf-8") as f:
        for k, src in enumerate(TEXTS):
            if k in EXT:
                src = src + "\n" + EXT[k]
            text, pii, keep = parse(src)
            spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
            for s in spans:
                assert text[s["start"] : s["end"]] == s["text"], s
                assert s["text"] == s["text"].strip(), s
            for a, b in zip(spans, spans[1:]):
                assert a["end"] <= b["start"], (k, a, b)
            assert pii, k
            for s in pii:
                if s["label"] == "bsn":
                    assert bsn_ok(s["text"]), s
                if s["label"] == "iban":
                    assert iban_ok(s["text"]), s
            pc.update(s["label"] for s in pii)
            kc.update(s["label"] for s in keep)
            words += len(text.split())
            rec = {"id": "ho66-%04d" % k, "text": text, "pii": pii, "keep": keep}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tot = sum(pc.values())
    print("texts", len(TEXTS), "avg words %.1f" % (words / len(TEXTS)))
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc.most_common()))


if __name__ == "__main__":
    main()
