#!/usr/bin/env python3
"""Held-out corpus 121: first drafts of case lessons, typed quickly by professionals
straight after a home visit or a case meeting, before anonymising. Stream of
consciousness, few capitals, abbreviations (mw, dhr, clt, bw, wa, ha, spv, ggz, wmo,
schuldhulp), Dutch mixed with English, Arabic, Turkish and Papiamentu words; names in
every form, addresses with hs/bis/floors, dates and times in every notation, sloppy
phone numbers, case numbers of several systems, debt lists; and some drafts that are
already (partly) anonymised with placeholders such as [naam], [adres], X, mevrouw A.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout121.jsonl next to itself.

Conventions used here: an address span covers street + number + an attached suffix
(hs, bis, A, -2, III, /1); floor words written apart ("3 hoog", "2e etage") stay
outside. A date span includes a weekday written with it ("di 12/3") but not a time.
Placeholders of earlier anonymisation ([naam], X, mevrouw A, dhr. B) are not personal
data. General lines of organisations (14 070, 0800-numbers) and PO-box postcodes are
left unmarked.
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

# BSNs / IBANs that are deliberately typed wrongly in the texts (still personal data)
TYPED_WRONG = {"NL47KNAB6395802769", "983492908"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Quick notes typed straight after a home visit
# ---------------------------------------------------------------------------
add(r"""
hb gedaan bij mw [[p:el hamdaoui]] vanochtend, [[a:Vlierboomstraat 318]] 2 hoog, zat met 3 kids op de bank tv aan. man ([[p:nordin]]) werkt nachten bij {{o:PostNL}} en sliep. post lag in een ikea tas, ongeopend, minstens 40 brieven. oa {{o:CJIB}}, {{o:Eneco}}, {{o:Zilveren Kruis}}. ze zegt "ik durf het niet open te maken". afgesproken: do samen openmaken met {{r:vrijwilliger}} van {{o:Humanitas}}. les voor later: niet gelijk over geld beginnen, eerst thee (ze bood 3x aan lol)
=====
dhr. [[p:Stam]] ([[p:kees]]) 81 jr, [[a:Soestdijksekade 1022-hs]] {{w:Bouwlust}}. valt al 2x deze mnd. dochter [[p:ria]] woont in zoetermeer belt 1x p/w. huis schoon, koelkast leeg op karnemelk na. {{r:ha}} [[p:Verhoef]] weet ervan? navragen. ik denk: alarmering + maaltijden + dagbesteding vr. hij wil niks "ik heb de oorlog overleefd dan red ik dit ook"
=====
hb [[d:di 12/3]] 10.30u mw [[p:Kılıç]] + schoondochter [[p:gülsüm]] (tolk) - [[a:Hoefkade 641A]]. mw [[p:emine kilic]] 67, weduwe sinds '21, diabetes, ogen slecht. spreekt alleen turks. schoondochter zegt steeds "anne is moe, anne wil niet" -> later apart vragen want ik had gevoel dat ze niet alles vertaalde. {{r:wvk}} [[p:Linda]] komt insuline doen 2x pd
=====
net terug van [[p:Fadumo]] ([[p:Hassan]]) - [[a:Jan Blankenstraat 9 bis]] {{w:Schilderswijk}}. vochtplekken overal, kinderen hoesten, jongste ([[p:Ayaan]]? nee [[p:Hamda]]) 14 mnd. {{o:Staedion}} al 3x gebeld zegt ze, geen reactie. ik bel morgen zelf. tel [[p:fadumo]] [[t:06 4199 3021]] (whatsapp werkt beter dan bellen)
=====
clt niet thuis. kaartje achtergelaten [[a:Kempstraat 24-III]]. buurvrouw (tante [[p:ellie]]?? zo noemt iedereen haar) zegt dhr is al dagen niet buiten geweest, gordijnen dicht. {{r:wa}} [[p:Rutger]] gebeld, gaat vanmiddag langs.
=====
[[d:vr 7/6]] huisbezoek fam. [[p:Öztürk]] ehh [[p:Öztürk]] , [[a:Paul Krugerlaan 77 hs]]. vader [[p:mustafa]] (49) sinds ongeluk in de bouw thuis, WIA afgewezen. moeder [[p:sibel]] werkt bij de {{o:Action}} 24u. 4 kinderen, oudste [[p:burak]] (17) gaat van school af om te werken "iemand moet het doen". dat is de kern denk ik. schulden ca 9k: {{o:Belastingdienst}} toeslagen terugvordering 4.3k, {{o:Vesting Finance}} 1.9k (was {{o:Wehkamp}}), huur 2 mnd. 
=====
mw [[p:Zwart]] blijkt helemaal niet mw [[p:zwart]], dat is de naam van haar overleden man, zij heet [[p:Tjin-A-Djie]], [[p:Ernestine]]. alle brieven op naam [[p:zwart]]. moet aangepast in suite. adres klopt wel [[a:Bloemfonteinstraat 84-1]]
=====
hb ouders [[p:Ramón]] en [[p:Nathalie Felida]] [[a:Stuwstraat 3]] {{w:Transvaal}} [[d:03-04]] 16u. sfeer gespannen. hij wil terug naar kòrsou, zij niet. "mi no ta bai" zei ze meerdere keren. kinderen ([[p:jaylen]], [[p:sharelly]]) zaten boven. geen acute onveiligheid maar wel veel geschreeuw volgens buren. overleg met {{o:Veilig Thuis}} voor advies (niet melden nog)
=====
dhr [[p:Nowicki]], [[p:Paweł]]. woont met 5 andere polen in [[a:Delftselaan 112-2]]. kamer 9m2 €550 p/m cash aan "[[p:Marek]] de baas". geen huurcontract geen inschrijving BRP. heeft rugpijn, niet verzekerd sinds maart. {{o:Barka}} ingeschakeld? nee wil hij niet. {{o:Fairwork}} wel ok. nr: [[t:+48 601 223 418]] en nl nummer [[t:0687332109]]
=====
mevrouw [[p:de vos]] (geen familie van [[p:de vos]] van de {{o:Woonbron}} haha) 74 jr [[a:Thorbeckelaan 402]] {{w:Bouwlust}}. eenzaam, man overleden [[d:2 jan]] jl. kinderen in canada. zit de hele dag bij het raam. wil wel naar de koffieochtend als iemand haar haalt. {{r:ouderenadviseur}} [[p:Babette]] koppelen.
=====
korte notitie hb [[d:ma 22-1]]: [[p:yusuf]] en [[p:esra]] ([[p:Doğan]]) baby geboren [[d:28/12]], [[p:elif]]. wonen bij schoonouders [[a:Zuidlarenstraat 15]] met 9 personen. urgentie aangevraagd [[z:URG-24-00931]]. {{r:jgz-verpleegkundige}} van {{o:CJG}} komt ook.
=====
hb bij [[p:Anil Bhagwandin]] (45) en zn moeder [[p:Radha]] (78), [[a:Parallelweg 141 A]]. [[p:anil]] zorgt voor moeder, stopt met zijn werk bij de {{o:HTM}} want "ik kan het niet allebei". mantelzorg overbelast klassiek. ma heeft beginnende dementie volgens {{r:ha}} dr. [[p:Persaud]]. les: vraag niet "wat heeft u nodig" want het antwoord is altijd "niks", vraag wat er mis ging vorige week
=====
[[d:13-2-24]] hb met {{r:spv}} [[p:Jeroen]] ({{o:Parnassia}}) bij [[p:S. Lamrini]] [[a:Teniersstraat 8hs]]. ze deed na 20 min open. hele huis vol met kranten, pad naar de bank. ze was vriendelijk, praatte snel, springt van hak op tak. zegt dat buurman [[p:Bert]] (nr 10) haar afluistert. [[p:jeroen]] schat in: psychose terug, medicatie gestopt in nov. volgende stap: ha + crisisdienst? eerst nog 1x samen langs vrijdag.
=====
mw. [[p:Petkova]] ([[p:galina]]) en haar zoon [[p:mitko]] (22). adres [[a:Wolmaransstraat 201]]. [[p:galina]] werkt in de schoonmaak via uitzendbureau, [[p:mitko]] zit thuis, gamet, "heeft niks". geen uitkering, niet ingeschreven bij {{o:UWV}}. gaat om geld maar eigenlijk om [[p:mitko]]. ze huilde toen ik vroeg naar haar broer in varna. onduidelijk waarom. volgende x met bulgaarse tolk ipv google translate
=====
niet thuis. 3e poging. [[a:Moerweg 322 bis]]. 
=====
hb bij oma [[p:Pattipeilohy]] (oma [[p:nel]], 88) [[a:Hondiusstraat 54 bov]] ... kleinzoon [[p:ricky]] woont bij haar "om voor haar te zorgen" maar gebruikt (volgens buurvrouw). geld van haar AOW gaat op. pinpas bij [[p:ricky]]. vermoeden financieel misbruik. overleg met {{o:Veilig Thuis}} aanvragen + {{r:bw}}? ze zegt zelf "[[p:ricky]] is een goeie jongen" x10
=====
[[d:woe 17 apr]] 14:00-15:15 hb [[p:Hüsnü]] & [[p:Nurcan Kurt]], [[a:Beeklaan 388-II]]. [[p:nurcan]] depressief, ligt veel op bed. [[p:hüsnü]] werkt 60u in zijn kapsalon in de {{w:Valkenboskwartier}}. dochter [[p:derya]] (13) doet alles in huis, kookt, brengt broertje naar school. jonge mantelzorger! afspraak met {{o:CJG}} + {{r:poh}} ha. [[p:derya]] vroeg of ik terugkom. dat raakte me.
=====
clt [[p:mahmoud]] (syrie, 34) w/ vrouw [[p:rasha khalil]] en 2 kids. [[a:Lorentzplein 23-3]] {{w:Zeeheldenkwartier}}. statushouders sinds [[d:1/9/22]]. inburgering bijna klaar. grootste probleem: schuld {{o:Belastingdienst}} zorgtoeslag (te veel ontvangen) €2.870 + {{o:Odido}} contract 2 telefoons €640. [[p:mahmoud]]: "in syria we don't have letters like this, it's just a phone call". goed punt eigenlijk.
=====
kort: mw [[p:winter]] heeft haar bril weer, kan zelf weer post lezen. dochter [[p:Sandra Winter]] blij. sluiten na [[d:1 mei]]? bespreken in overleg.
=====
hb 11u [[p:Abena Asante]] [[a:Moerweg 65 hs]] samen met {{r:schuldhulpmaatje}} [[p:Henk]]. [[p:abena]] werkt 32u zorg maar houdt niks over: stuurt elke mnd €300 naar ghana (moeder + 2 broers). budgetplan zonder die 300 klopt, mét niet. hoe bespreek je dat zonder respectloos te zijn. [[p:henk]] zei letterlijk "dan stop je daar toch mee" - niet gelukkig. nabespreken met [[p:henk]].
=====
huisbezoek nr 2 bij [[p:Zsófia]] [[p:Tóth]]. [[a:Weimarstraat 310 A]]. ze zit alleen met baby ([[p:Noa]] ? of [[p:Nóra]]), vriend is terug naar hongarije. heeft wel werk in de kassen maar kan niet met baby. kinderopvangtoeslag aangevraagd [[d:29.04.2024]]. geen netwerk hier behalve collega [[p:Edit]]. tel [[t:06-1544 8702]]
=====
mw [[p:Sitaldin]] [[p:Marcia]] wil geen hulp meer "jullie komen alleen maar kijken". gesprek aan de deur [[a:Escamplaan 301]]. ik heb het gerespecteerd, kaartje gegeven. dit is de 3e keer dat een clt zo reageert na overdracht van collega. les? warme overdracht echt samen doen, niet via brief
=====
hb [[d:donderdag 4 juli]] bij [[p:meron tekle]] en zoontje [[p:Abel]] ([[p:abel]] is 6). [[a:Calandstraat 2-A]] {{w:Spoorwijk}}. [[p:meron]] spreekt tigrinya + een beetje engels. "I want to work, I want to learn dutch, but who takes care of [[p:Abel]] after school?" naschoolse opvang regelen via {{o:Vluchtelingenwerk}} contact [[p:Filmon]] ([[t:06 3002 1187]])
=====
dhr [[p:K. de Haan]], [[a:Vaillantlaan 57-1]]. verslaafd aan gokken (online, {{o:Holland Casino}} app). schulden ca 23.000 euro incl. 2 leningen bij vrienden. vrouw [[p:Chantal]] weet het pas sinds vorige week. ze wil scheiden. hij wil "zelf oplossen". aanmelding {{o:Brijder}} afgewezen door hem. vervolg: {{o:Schuldhulpverlening}} + apart gesprek [[p:chantal]]
=====
[[d:15-10-'24]] - [[p:Halima]] ([[p:El Mourabit]]) kwam op spreekuur ipv hb, dochter [[p:ikram]] (16) vertaalde. ze hebben stroom- en gasafsluiting aangekondigd voor [[d:1 nov]] door {{o:Budget Energie}}, achterstand €1.180. klantnr [[z:30019 48812]]. vandaag nog gebeld met energie: afsluiting opgeschort ivm schuldhulpmelding. pfff.
=====
hb tante [[p:Ria]] ([[p:Ria Koeiman]]) 79, [[a:Hengelolaan 688]], papiamentstalig, wil alleen met [[p:Glenda]] praten (collega van {{o:Xtra}} die ook van curaçao is). "danki mi dushi" toen ik wegging haha. maar serieus: zij laat niemand binnen die geen papiaments spreekt. [[p:glenda]] vragen als vaste contactpersoon.
=====
hb [[p:Jopie Vlasblom]] [[a:Tesselsestraat 28-hs]] {{w:Duindorp}} 12:30. [[p:jopie]] is 62, alleenstaand, ex-visser. hoardt. stank. {{o:GGD}} vangnet [[p:Marloes]] mee. hij liet ons in de gang maar niet verder. "ik mot niks van de gemeente". klein stapje: we mogen vrijdag terug. katten: 5? 6?
=====
dhr [[p:Appiah]] [[p:Kwesi]] + mw [[p:Appiah]] [[p:Efua]]. [[a:Dedemsvaartweg 611]]. echtpaar 60+, beide diabetes. zoon [[p:Kofi]] zit in detentie (PI Zoetermeer) en dat is het grote verdriet. ze vragen hulp met bezoek regelen. bezoekersnr? later. medicatie ok. 
=====
mw [[p:Nasreen Akhtar]] [[a:Stationsweg 57-C]] — toeslagen affaire gedupeerde, nog steeds geen compensatie uitbetaald. woedend op "de staat" en dus ook op ons. terecht eigenlijk. luisteren, niet verdedigen. vervolg: {{o:UHT}} ({{o:Uitvoeringsorganisatie Herstel Toeslagen}}) dossiernr [[z:UHT-2021-0448213]] checken met haar. haar zoon [[p:Ali]] (19) belde met me terug op [[t:06 - 1877 - 4520]]
""")


# ---------------------------------------------------------------------------
# 2. Notes typed right after a case meeting (MDO, casusoverleg, teamoverleg)
# ---------------------------------------------------------------------------
add(r"""
mdo [[d:14/5]] casus [[p:Lamrini]] ([[z:SD-2024-01187]])
aanw: [[p:jeroen]] ({{r:spv}} {{o:Parnassia}}), {{r:ha}} dr [[p:de Graaf]] (tel.), [[p:Khadija]] ({{r:mw}} {{o:Xtra}}), ik, {{r:wa}} [[p:Rutger Smit]]
- psychose bevestigd, IBS niet nodig volgens [[p:jeroen]], zij neemt weer medicatie sinds vr
- huurachterstand {{o:Haag Wonen}} 4 mnd ( € 2.936 ) -> vonnis dreigt, zitting [[d:20 juni]]
- broer [[p:Youssef Lamrini]] wil bw worden? niet geschikt volgens [[p:khadija]] (eigen schulden)
acties: ik -> bewindvoering aanvragen via kantonrechter; [[p:jeroen]] -> 2x pw hb; [[p:rutger]] -> niks tenzij melding buren
les: de ha wist het al maanden maar niemand had hem gebeld. gewoon bellen!!
=====
casusoverleg team {{w:Laak}} [[d:dinsdag 9 april]]
1. fam [[p:Sahetapy]] -> afgesloten, gaat goed. [[p:Johan]] heeft werk bij {{o:Gemeente Den Haag}} groenvoorziening
2. mw [[p:Pronk]] ([[p:chantal]]) -> nog geen contact, 3x niet thuis. [[p:Gijs]] probeert via de school van dochter ([[p:Demi]], groep 7 {{o:De Springbok}})
3. nieuw: dhr [[p:Chidi Okafor]] [[a:Rijswijkseweg 66-4]] aangemeld door {{o:Kessler Stichting}}, dakloos geweest tot [[d:1-3]], nu eigen studio. toeleiden naar werk? verdeling: [[p:Mounir]]
4. [[p:Kartodikromo]] -> zie apart verslag
=====
MDO ouderen [[d:19-11-2024]] 13-14.30, wijkcentrum {{o:De Boog}} {{w:Mariahoeve}}
aanwezig: {{r:casemanager dementie}} ([[p:Fleur]]), {{r:ouderenconsulent}} ([[p:Priscilla]]), {{r:wijkverpleegkundige}} ({{o:Saffier}}), {{r:Wmo-adviseur}}, ik (cr)
casussen: 
* dhr [[p:Hertog]] [[p:Adrianus]] ("[[p:Janus]]") 91, [[a:Ruychrocklaan 140]] - zelfstandig wonen gaat niet meer, wil niet naar verpleeghuis. dochter [[p:Marja]] ten einde raad. Wlz aanvraag loopt [[z:CIZ 24-553190]].
* mw [[p:Lin Hui]] 83, [[a:Hofzichtlaan 88]] 2hg - spreekt alleen kantonees, kleindochter [[p:Wendy]] vertaalt. eenzaam, onderzoek naar dagbesteding chinese ouderen ({{o:Stichting Chinese Ouderen}})
* echtpaar [[p:Koning]] - hij dementerend, zij ([[p:Nel]]) heeft kanker. wie zorgt voor wie? respijtzorg nodig
afspraak: volgend mdo [[d:17 dec]], zelfde tijd
=====
nabespreking casus [[p:Wójcik]] met [[p:Stijn]] (teamleider):
[[p:katarzyna]] heeft [[d:vrijdag 22/3]] aangifte gedaan tegen ex ([[p:Tomek]]) na weer mishandeling. kinderen [[p:Zofia]] en [[p:Antek]] bij oma in polen nu. {{o:Veilig Thuis}} meldnr [[z:VT 24-0019-873]]. [[p:katarzyna]] woont tijdelijk in de opvang van de {{o:Blijf Groep}} (adres geheim, niet opschrijven!!). wat ik leer: ik had bij het 1e hb al signalen (blauwe plek arm, hij nam telefoon op voor haar) en niks gedaan. meldcode eerder doorlopen.
=====
teamoverleg [[d:wo 3-7]] — kort
- [[p:Rishi]] neemt [[p:Gobardhan]] over van mij ivm verlof (ik weg [[d:8 jul]] t/m [[d:9 aug]])
- [[p:Derya]] vraagt hulp bij casus [[p:Noorzai]] (afghaans gezin, 7 kinderen, [[a:Lijnbaan 190 hs]]), vader [[p:Farid]] wil niet met vrouwelijke hulpverlener praten. wie wil? -> [[p:Hamza]]
- signaal: 3 huishoudens in de [[a:Pretoriusstraat 10]] t/m 18 zelfde huisjesmelker, zelfde verhaal (contant, geen contract). melden bij {{o:gemeente}} handhaving
=====
MDO casus X (dhr. [[p:Bos]], niet verwarren met mw. [[p:Bosch]] van vorige week!!)
[[p:Gerrit Bos]], [[a:Thomas Schwenckestraat 12 I]], 58 jr, alcohol, leverproblemen, woning verwaarloosd. {{r:bw}} mr. [[p:Vink]] ({{o:Vink Bewindvoering}}) zegt: leefgeld 60 p/w gaat op aan drank. {{o:Reakt}} heeft opname aangeboden, hij weigert. {{r:ha}} wil huisbezoek samen. besloten: bemoeizorg traject via {{o:GGD Haaglanden}}, aanmeld nr [[z:BZ-GGD-24-1140]]. 
=====
verslag overleg [[d:maandag 27 mei]] met {{o:Jeugdbescherming west}} over gezin [[p:Chotkan]]
gezinsvoogd [[p:Ilona van der Meer]] ([[t:06.2817.4093]], [[e:i.vdmeer@jbwest.nl]]) 
- OTS [[p:Reshma]]'s kinderen verlengd tot [[d:26-05-2025]]
- moeder [[p:Reshma Chotkan]] schuld bij {{o:CAK}} (eigen bijdrage) + {{o:Zorg en Zekerheid}} premie, samen ca 3.100
- stiefvader [[p:Sunil]] (niet vd kinderen) heeft inkomen maar betaalt niet mee
- wij: financiën, jbw: opvoeding. overlap = dagelijkse structuur. wie doet dat?? niet besproken, volgende keer
=====
casusbespreking intervisie, notities voor mezelf
casus [[p:Shirin]] (iraans, 41) — dilemma: ze wil dat haar man ([[p:Reza Moradi]]) NIET weet dat ze bij ons komt. hij beheert al het geld. ze heeft een eigen rekening [[i:NL72INGB7405161569]] geopend waar hij niks van weet. moet dat in het dossier? collega's: ja, maar afgeschermd. [[p:Noor]]: "schrijf op wat je doet, niet wat je denkt". goeie
=====
MDO [[d:2024-09-10]] / [[z:SWT-ESC-24-0712]] / [[p:Ricardo Sitaldin]]
deelnemers: {{o:Leger des Heils}} ([[p:Marcel]]), {{o:Brijder}} (verslavingsarts), {{o:Haagse Kredietbank}} (dhr. [[p:El Bakkali]]), ik
[[p:ricardo]] (39) 18 mnd clean, woont sinds [[d:1 juli]] in trainingshuis [[a:Van Limburg Stirumstraat 33]]. schulden in WSNP? nee: minnelijk traject HKB dossier [[z:HKB/2024/04471]]. schuldeisers: {{o:CJIB}} (11 boetes! € 2.245), {{o:Zilveren Kruis}} € 1.660, {{o:DUO}} € 14.000 (valt buiten), {{o:Lowell}} namens {{o:Vodafone}} € 870. uitstroom naar zelfstandige woning verwacht jan 2025 (of eerder als {{o:Staedion}} meewerkt)
=====
overleg met {{r:ha}} praktijk {{o:Huisartsen Regentesse}} over 3 gedeelde clt:
- mw [[p:Brouwer]] ([[p:anja]]) -> {{r:poh-ggz}} neemt het over, wij sluiten
- [[p:Haider Al-Saadi]] -> {{r:ha}} schrijft verwijzing {{o:PsyQ}}, wij helpen met formulier
- dhr [[p:van der Hoek]] -> ha maakt zich zorgen over geheugen, wij hb samen [[d:do 21/11]] 9u [[a:Weimarstraat 12a]]
tel praktijk (alleen voor ons, niet het algemene nr): [[t:070-3605518]]
=====
teamvergadering, ronde casussen (snel getypt tijdens)
- [[p:mo]] ([[p:mohammed benali]]) -> werkt weer! {{o:Albert Heijn}} {{w:Loosduinen}} vakkenvuller. schuld {{o:CJIB}} afbetaald 
- [[p:oksana]] -> ukrainse, wil terug naar kharkiv? geen idee. [[p:dmytro]] (zoon) op school wel goed
- fam. [[p:Hosseini]] -> [[p:zahra]] zwanger, gaat goed
- [[p:koos]] -> ??? wie heeft [[p:koos]]. niemand weet het. uitzoeken!
=====
verslag MDO complexe casus, [[d:vrijdag 6 december 2024]]
clt: [[p:Pieter-Jan Hoogland]] ([[p:PJ]]), 27, LVB, woont bij moeder [[p:Wilma Hoogland]] [[a:Goudsbloemlaan 144]] [[pc:2565 CS]]
aanwezig: {{o:MEE}} ([[p:Tessa]]), {{o:Middin}} (dagbesteding), {{r:wa}}, {{o:Veilig Thuis}}, mw'er (ik)
aanleiding: [[p:PJ]] wordt uitgebuit door "vrienden" die zijn pinpas gebruiken. leningen via {{o:Klarna}} en {{o:Riverty}} op zijn naam, totaal ± € 4.400. aangifte? moeder twijfelt, bang voor wraak.
besluit: beschermingsbewind + mentorschap aanvragen, {{r:wa}} praat met de jongens (bekend bij politie), {{o:Middin}} zoekt woonplek met begeleiding
=====
na casusoverleg: les over fam. [[p:Azarkan]] was dat we allemaal apart bezig waren (school, {{o:CJG}}, wij, {{o:HKB}}) en dat moeder [[p:Houria]] 4 verschillende plannen had. 1 gezin 1 plan 1 regisseur. klinkt als cliché maar hier zag je waarom. ik ben nu regisseur. 
=====
mdo [[d:23 jan]] kort: dhr [[p:W. Latumahina]] geen nieuws. [[p:Tamara]] ({{o:WZH}}) belt zoon. einde.
=====
intervisie [[d:28/02]] casus ingebracht door [[p:Romy]]: jongen van 19 ([[p:Dewayne]]), dakloos, slaapt bij vrienden in {{w:Moerwijk}} en {{w:Rustenburg}}. postadres bij tante op [[a:Gaslaan 31]]. geen inkomen want geen adres, geen adres want geen inkomen. vicieuze cirkel. briefadres regelen is stap 1. reflectie [[p:romy]]: "ik voelde me moeder ipv hulpverlener". veel herkenning in de groep.
""")


# ---------------------------------------------------------------------------
# 3. First drafts of case lessons (not yet anonymised)
# ---------------------------------------------------------------------------
add(r"""
CONCEPT casusles - nog anonimiseren!!
thema: bemoeizorg
situatie: [[p:Jopie]] ([[p:J. Vlasblom]], [[a:Tesselsestraat 28-hs]]) 62 jaar, ex-visser, woont alleen sinds zijn moeder overleed in 2019. huis vol spullen, katten, stank. buren klagen al jaren bij {{o:Haag Wonen}}. eerdere hulpverleners kwamen 1x en kwamen er niet meer in.
aanpak: wij zijn met {{o:GGD}} vangnet ([[p:Marloes]]) 6 weken lang elke vrijdag om 12.30 gegaan. eerst alleen aan de deur. week 3 in de gang. week 5 kregen we koffie. pas toen over de katten gepraat (zijn grootste angst = katten kwijt).
wat werkte: vaste dag, vaste tijd, zelfde 2 gezichten. nooit iets beloven wat je niet kan.
wat niet werkte: de brief van de corporatie ([[d:14 maart]]) met dreiging ontruiming. daarna 2 weken dicht.
les: bemoeizorg = geduld + voorspelbaarheid
=====
casusles (eerste versie) thema huiselijk geweld - [[p:Katarzyna Wójcik]]
ik heb dit snel opgeschreven na de nabespreking, moet nog netjes.
[[p:kasia]] (zo noemt ze zichzelf, [[p:Kasia]]) kwam bij ons voor "hulp met papieren". 1e hb [[d:16-1-2024]] [[a:Soestdijksekade 431 A]] - haar partner [[p:Tomasz]] ("[[p:Tomek]]") was erbij en beantwoordde alles. ik merkte dat ze naar hem keek voor elk antwoord. ik heb dat genoteerd maar niks gedaan. 2e gesprek alleen op kantoor, toen kwam het eruit. 
les 1: bij signalen altijd een gesprek alleen plannen, met een smoes als het moet (bv "formulier moet u zelf tekenen op kantoor")
les 2: de meldcode is geen bureaucratie, het is een checklist voor als je zelf twijfelt
=====
casusles concept — thema schulden & schaamte
[[p:Abena]] ([[p:Asante]]) 38, werkt in de zorg bij {{o:Florence}}, alleenstaand, 1 zoon ([[p:Kwame]] junior). schulden ca 7.800 euro:
{{o:Zilveren Kruis}} 1.240 / {{o:CJIB}} 480 (verkeersboetes van haar auto die ze aan haar broer leende) / {{o:Staedion}} huur 1.424 / {{o:Intrum}} (oude telefoonrekening {{o:KPN}}) 890 / familielening 3.800
kern: ze stuurt elke maand geld naar familie in kumasi. dat is voor haar geen "uitgave", dat is plicht. met [[p:Henk]] (schuldhulpmaatje) ging dat mis, hij zag het als luxe.
wat werkte: [[p:Kwaku]], een ghanese vrijwilliger van {{o:Stichting MOOI}}, sprak met haar over hoe zijn familie het doet (vast bedrag, afgesproken met oom). geen oordeel.
les: cultuursensitief budgetteren, vraag wie er nog meer van het inkomen leeft
=====
CONCEPT les ouderen
mw [[p:Truus Hoogstraten]] (86) [[a:Oude Haagweg 310]] {{w:Houtwijk}}, weduwe, 2 dochters ([[p:Els]] & [[p:Marian]]) die ruzie hebben over "wat mama wil". [[p:els]] wil verpleeghuis, [[p:marian]] wil thuiszorg + zelf mantelzorg. [[p:truus]] zelf: "ik wil gewoon mijn eigen bed". keukentafelgesprek [[d:3 okt]] met {{r:Wmo-consulent}} [[p:Jasper]] liep uit op schreeuwpartij tussen de zussen.
2e poging: gesprek alleen met [[p:truus]], met {{r:casemanager dementie}}. zij kon het heel goed zelf aangeven: thuis tot het echt niet meer gaat, dan {{o:Florence}} locatie {{w:Mariahoeve}} (daar woont haar vriendin [[p:Bep]]).
les: niet aannemen dat een oudere met beginnende dementie niet zelf kan kiezen. eerst haar, dan de familie.
=====
eerste opzet casusles voor de pilot ("jeugd")
gezin [[p:Noorzai]], [[a:Lijnbaan 190 hs]], afghaanse achtergrond, 7 kinderen van 2 t/m 17. vader [[p:Farid]] (52) praat niet met vrouwen (hulpverleners), moeder [[p:Gulalai]] spreekt alleen pashto/dari. oudste dochter [[p:Mariam]] (17) vertaalt alles en mist school (verzuim 120 uur, {{r:leerplichtambtenaar}} [[p:Hans Dekker]] al betrokken, [[z:LP-2024-3381]]).
wat we deden: [[p:Hamza]] (mannelijke collega) praat met vader. vrouwelijke tolk voor moeder via tolkentelefoon. [[p:mariam]] mag NIET meer tolken. 
wat het opleverde: vader zei tegen [[p:hamza]] "ik wil dat [[p:mariam]] dokter wordt". dat was het begin. vanaf dan wilde hij meewerken aan haar schoolgang.
les: het verzuim was geen onwil, het was een gat in het systeem (geen tolk). zoek wat de ouder wil voor het kind.
=====
concept — graag feedback van [[p:Noor]] voor ik het instuur
"van huisjesmelker naar eigen huurcontract"
[[p:Paweł Nowicki]] en 4 anderen woonden op [[a:Delftselaan 112-2]] (1 kamer 9 m2, € 550 contant, geen contract). [[p:Paweł]] kwam bij ons via de {{o:Voedselbank}}. we hebben met {{o:Fairwork}} en het {{o:Juridisch Loket}} (kenmerk [[z:JL-24-008812]]) uitgezocht dat er wél sprake is van huur (betalingsbewijzen via tikkie! van [[p:Marek Zając]], de verhuurder, rek [[i:NL43RABO8372514414]]). huurcommissie zaak gewonnen. nu woont [[p:paweł]] sinds [[d:1 augustus]] op [[a:Zusterstraat 71-B]] met een echt contract.
les: bewaar elk bewijs van betaling, ook whatsapp en tikkies. 
=====
casusles concept (anonimiseer ik morgen) 
dhr [[p:Ömer Çetin]], 44, vrachtwagenchauffeur, burn-out + scheiding. woont tijdelijk bij zijn broer [[p:Levent]] in {{w:Transvaal}} ([[a:Kockstraat 18 hs]]). heeft 2 kinderen bij ex in zoetermeer, ziet ze niet. "abi, ik ben niks meer" zei hij. suïcidaal? gevraagd, nee maar wel "liever niet wakker worden". direct met {{r:ha}} dr. [[p:Yavuz]] gebeld, zelfde dag consult. 
les: durf te vragen naar suïcide. ik deed het stamelend maar hij was opgelucht dat iemand het vroeg.
=====
les (concept) - [[d:22-05-24]] - financiën & statushouders
[[p:Mahmoud Al-Hassan]] / [[p:Rasha Khalil]] / [[a:Lorentzplein 23-3]] 
probleem: terugvordering zorgtoeslag 2.870 euro omdat inkomen 2022 te laag geschat. ze snapten niet dat toeslag een voorschot is. 
"in syria, when the government gives you money, it is yours, khalas"
wat we deden: betalingsregeling {{o:Belastingdienst}} (€ 40 p/m, kenmerk [[z:8124.55.902.T.45]] <- navragen of dit klopt), + uitleg met tekening op de keukentafel
les: bij statushouders standaard toeslagen-uitleg in het 1e jaar, niet pas als het misgaat
=====
CONCEPT!! thema huiselijk geweld/ouderen
mw [[p:Nel Koning]] (79) zorgde voor haar man [[p:Dirk]] met alzheimer. hij werd agressief, duwde haar, zij viel op [[d:zondag 14 januari]] (gebroken pols). zij: "hij kan er niks aan doen". dat klopt ook. maar het is wel geweld.
{{o:Veilig Thuis}} gebeld voor advies, zij zeiden: ouderenmishandeling hoeft niet opzettelijk. spoedopname [[p:dirk]] via {{r:ha}} en {{r:casemanager dementie}}. [[p:nel]] voelde zich schuldig. 
les: ontspoorde mantelzorg is ook huiselijk geweld, maar praat er niet zo over met de mantelzorger
=====
casusles draft (eng/nl want [[p:Fleur]] leest mee)
client: [[p:Oksana Kovalenko]], ukrainian, 46, with son [[p:Dmytro]] (15). housed by municipality in [[a:Laan van Meerdervoort 1750]] (gemeentelijke opvang locatie). she was an accountant in kharkiv. here: cleaning job, 12h.
issue: depression, but refuses GGZ "because in Ukraine only crazy people go". 
what worked: peer group of ukrainian women at {{o:Stek}} ({{w:Centrum}}). she now goes every wed.
lesson: peer support before professional care
=====
concept casusles: "wie is de klant?" 
[[p:Sarmi]] (oma [[p:Sarmi]] — [[p:Wongsodikromo]]) 90 jaar, javaans-surinaams, woont bij kleinzoon [[p:Reggy]] op [[a:Dr. Lelykade 62-2]] {{w:Scheveningen}}. aanmelding kwam van [[p:Reggy]]: "oma moet naar een tehuis". oma zelf wil blijven. [[p:reggy]] ontvangt via pgb geld voor de zorg voor oma (€ 1.100/mnd) maar zorgt nauwelijks. 
wat ik leerde: de aanmelder is niet altijd de klant. ik heb 3 gesprekken alleen met [[p:reggy]] gevoerd voor ik oma zelf sprak. fout.
=====
CONCEPT — graag nog niet delen
[[p:Marcia Kartodikromo]], [[a:Apeldoornselaan 24 bis]], 3 kinderen, schulden 31k (!!) waarvan 19k toeslagenaffaire-gerelateerd. compensatie 30k ontvangen in 2022, maar die ging op aan nieuwe schuldeisers (veel via {{o:GGN}} en {{o:Flanderijn}} deurwaarders). waarom? niemand begeleidde haar bij de uitbetaling. 
nu: {{o:HKB}} traject [[z:HKB/2023/11827]], {{r:bw}} mr. [[p:Paul Schipper]] — nee wacht dat is niet goed, het is mw. [[p:Schipper]] ([[p:Paula]])
les: geld krijgen is ook een risicomoment.
=====
casus les concept — [[d:do 12 sep]] geschreven in de trein, typefouten sorry
dhr [[p:abdullahi mohamed]] ([[p:abdulahi]]? hij schrijft het zelf met 1 L op zn brieven) 58, somalisch, [[a:Hobbemaplein 9-III]]. diabetes type 2 + hartfalen. dochter [[p:hibaaq]] komt elke dag. probleem was dat hij geen insuline nam in de ramadan. {{r:wvk}} [[p:Linda]] was boos, ik snapte het niet. gesprek met de imam van de {{o:Al Mohsinin moskee}} (imam [[p:Ismail Nur]]): ziek zijn = vrijstelling van vasten. imam heeft het hem zelf gezegd. probleem opgelost.
les: sleutelfiguren in de gemeenschap zijn geen "extra", ze zijn soms de enige die gehoord wordt
=====
(draft) wat ik leer van de casus [[p:Vogel]]
ik dacht dat [[p:Henny Vogel]] ([[a:Regentesselaan 84]]) gewoon een "moeilijke klant" was: schelden, ophangen, klachten. bleek na 4 mnd: ze is doof aan 1 kant en hoorde de helft niet van wat we aan de telefoon zeiden. niemand had dat gecheckt. nu: alles via app en brief, en gesprekken face to face aan haar goede kant (rechts).
=====
CONCEPT casusles (nog niet geanonimiseerd, dus NIET doorsturen)
titel: een schuldhulptraject dat 3x mislukte
[[p:Ricardo Sitaldin]], [[z:SWT-ESC-24-0712]], [[a:Van Limburg Stirumstraat 33]], geb. [[d:11-02-1985]], bsn [[b:321829268]]
2017: 1e poging via {{o:Kredietbank}}, uitgevallen (gebruik)
2020: 2e poging, uitgevallen (detentie)
2024: 3e poging, nu met {{o:Leger des Heils}} + {{o:Brijder}} + HKB samen in 1 plan. 
verschil deze keer: eerst stabiel wonen, dan pas schulden. en 1 contactpersoon ([[p:Marcel]] {{o:LdH}}, [[t:06 1920 8844]]).
les: schuldhulp werkt niet zonder dak en zonder nuchterheid. volgorde!
=====
concept — thema eenzaamheid
dhr. [[p:Blom]] -> [[p:Ton Blom]], 70, [[a:Hengelolaan 1276]], weduwnaar. zegt zelf "ik ben niet eenzaam, ik heb de tv". zit 15 uur per dag voor de tv. 1 zoon, [[p:Marco]], in spanje. 
wat werkte: niet "koffieochtend" (vond hij voor "oude wijven") maar de klusjesdienst van {{o:Vóór Welzijn}}. hij repareert nu fietsen met 3 andere mannen op di en do. 
les: vraag naar wat iemand kan, niet naar wat iemand mist
=====
casusles 1e versie [[p:Priscilla]] / [[d:30-01]]
mw. [[p:Rosalia]], [[p:Giselle]] — "[[p:Gigi]]" — 29, [[a:Stuwstraat 91-hs]], 2 kinderen ([[p:Jayden]] 6, [[p:Naïma]] 3). uit curaçao sinds 2016. relatie met vader kinderen voorbij, hij betaalt geen alimentatie. ze werkt in de horeca, onregelmatig. grootste probleem: kinderopvangtoeslag terugvordering (€ 6.200) omdat uren wisselden. 
"mi ta kansá" zei ze, ik ben moe. 
aanpak: {{o:Sociaal Raadslieden}} bezwaar + vaste uren afspraak met werkgever. bezwaar toegekend op [[d:12 november]]!
les: bij wisselende uren kinderopvangtoeslag maandelijks laten aanpassen, niet per jaar
=====
CONCEPT casusles thema jeugd/school
[[p:Shanice Doran]] 15 jr + moeder [[p:Ruthline]] [[a:Soestdijksekade 1104]] 3hg — [[p:shanice]] komt niet meer naar school sinds de herfstvakantie. thuiszitter. blijkt: gepest om kleding en geur (geen wasmachine thuis, kapot sinds augustus). 
wat we deden: {{o:Stichting Urgente Noden}} wasmachine ([[z:SUN-24-18842]]), + gesprek met mentor. 
les: achter schoolverzuim zit vaak iets heel praktisch
=====
casus les concept
clt [[p:Amna Osman]] (sudan) [[a:Lozerlaan 510]] + man [[p:Hassan]] + 4 kids. stroom afgesloten [[d:29 feb]] (!) door {{o:Vattenfall}} achterstand € 1.470, klantnr [[z:8000 4412 9027]]. wij hoorden het pas [[d:5 maart]] via school. 5 dagen koud gegeten, kinderen in het donker huiswerk. 
waarom zo laat? [[p:amna]] dacht dat het een straf was van de gemeente en schaamde zich. 
les: leg bij het 1e contact uit dat wij NIET van de handhaving zijn
=====
concept [[d:18.06.2024]] thema: de mantelzorger die ook cliënt is
[[p:Anil Bhagwandin]] zorgt 24/7 voor moeder [[p:Radha]] ([[a:Parallelweg 141 A]]). hij is zijn baan kwijt, heeft schulden ({{o:DUO}} 11k, {{o:Belastingdienst}} 1,5k), slaapt 4 uur per nacht. wij waren betrokken voor [[p:radha]]. [[p:anil]] viel tussen wal en schip tot hij zelf instortte (opname HMC [[d:2 juni]]).
les: registreer de mantelzorger als eigen cliënt zodra je overbelasting ziet
""")


# ---------------------------------------------------------------------------
# 4. Debt overviews and financial notes typed after a visit (lists, tables)
# ---------------------------------------------------------------------------
add(r"""
schuldenlijst fam. [[p:El Hamdaoui]] (samen met [[p:bouchra]] gemaakt op keukentafel, [[d:do 14/3]])
schuldeiser | namens | bedrag | kenmerk
{{o:CJIB}} | - | 412,00 | [[z:2000 1184 3390 7721]]
{{o:Eneco}} | {{o:Intrum}} | 1.318,45 | [[z:INT-77104829]]
{{o:Zilveren Kruis}} | {{o:Flanderijn}} | 2.104,10 | dossier [[z:F24-118.332]]
huur {{o:Staedion}} | - | 1.436 (2 mnd) | contract [[z:0512-4471-02]]
{{o:Klarna}} | {{o:Lowell}} | 289,99 | ?
totaal ± 5.560 
=====
financieel overzicht dhr [[p:Okafor]]
inkomen: bijstand alleenstaande € 1.263,61 (netto, vanaf [[d:1 maart]])
vaste lasten: huur 704 (hts 210 eraf), zorgverz 138, energie 95, tel 25
schulden: 
- {{o:DUO}} 9.240 (draagkrachtregeling aanvragen)
- {{o:CJIB}} 3 boetes ov zwartrijden samen 330
- {{o:Belastingdienst}} 1 aanslag IB 2021: € 612
- ex-vriendin [[p:Blessing]] "leent" hem 500 (onderhandse lening)
rekening: [[i:NL38ABNA4199134823]] (ABN, eindigt op 4823)
=====
[[p:Kartodikromo]] - overzicht schuldeisers per [[d:01-05-2024]]
1	{{o:GGN}} (namens {{o:CZ}})	€ 3.212,00	[[z:GGN 4417-9921-00]]
2	{{o:Flanderijn}} (namens gem. belastingen)	€ 1.080,55	[[z:FL/24/0088132]]
3	{{o:Vesting Finance}} (was {{o:Otto}})	€ 2.744,00	klantnr [[z:50228811]]
4	{{o:Toeslagen}} terugvordering kot	€ 19.400,00	(UHT loopt)
5	{{o:Dunea}}	€ 287,12	
6	{{o:Odido}}	€ 540,00	
totaal € 27.263,67 (excl. rente/kosten)
opm: [[p:marcia]] wist niet van nr 3. post ging naar oud adres [[a:Loosduinsekade 500]] 
=====
notitie na hb bij [[p:gerrit kraai]]: zit in WSNP sinds [[d:11-09-2023]], bewindvoerder WSNP is mr. [[p:Hanneke Wolf]]?? nee [[p:Wolff]] met ff. leefgeld € 95 p/w. ging vorige week mis omdat hij een telefoonabonnement afsloot ({{o:Ben}}) = nieuwe schuld = risico op beëindiging WSNP. ik heb met hem de SIM teruggebracht. opzegging bevestigd onder ordernr [[z:BEN-03318842]]
=====
budgetplan [[p:Amna]] + [[p:Hassan Osman]] (concept)
IN
uitkering Pw gezin   1.825,34
kinderbijslag (4)    ~ 1.040 per kwartaal -> 347 p/m
kindgebonden budget  412
huurtoeslag          398
UIT
huur ({{o:Vestia}}/{{o:Haag Wonen}})  912
energie              210 (was 160, verhoogd na afsluiting)
zorgverzekering      2x 139
{{o:Vattenfall}} regeling 75
school/sport kids    ~ 60
over: ± 1.450 voor boodschappen 6 personen = krap maar kan
rek nr voor automatische incasso's: [[i:NL59TRIO6830531299]]
=====
dhr [[p:Koeiman]] vroeg me zijn IBAN te checken want {{o:SVB}} zegt dat het fout is: hij gaf op [[i:NL47KNAB6395802769]] maar zijn pas zegt [[i:NL47KNAB6395802796]]. cijfers omgedraaid. aangepast via formulier.
=====
schulden [[p:Grzegorz]] ([[p:Zając]]) -> alle in polen behalve:
- {{o:CJIB}} 2x € 290 (rijden zonder rijbewijs) kenmerk [[z:4003 7719 0082 1140]]
- {{o:Zilveren Kruis}} premie jan-apr 4x 141
- werkgever ({{o:Otto Workforce}}) voorschot 600, wordt ingehouden op loon
polen: lening bij bank (PKO) ± 12.000 zł. daar kunnen wij niks mee. rekening in PL: [[i:PL70222732088869075254221029]]
=====
[[d:ma 4/11]] - hb clt [[p:M. Kamińska]] ([[p:magda]]) financiën: 
- deurwaarder {{o:Hoist}}/{{o:Flanderijn}} beslag op loon per [[d:1 okt]]: bvv te laag berekend! vrij te laten bedrag € 1.410 maar ze houdt 980 over. 
- bezwaar bvv gestuurd naar deurwaarder ([[e:beslag@flanderijn.nl]]), cc clt
- magda's werkgever {{o:Schoonmaakbedrijf Hof}} hr-contact [[p:Wendy]] [[t:070-2211 904]] (direct nr)
=====
overzicht voor aanvraag schuldhulp [[p:Haider Al-Saadi]] [[z:SHV-DH-2024-08813]]
naam: [[p:Haider Al-Saadi]] | geb: [[d:4-6-1979]] | bsn: [[b:799662914]]
adres: [[a:Hoefkade 1109]] 2e [[pc:2526 BG]] Den Haag | tel: [[t:0641109922]]
partner: geen | kinderen: [[p:Zainab]] (9, om de week)
schulden: 14 schuldeisers, totaal € 18.940 (lijst bijgevoegd, foto's in suite)
=====
betalingsregeling afgesproken met {{o:Haag Wonen}} voor [[p:Fadumo Hassan]] ([[a:Jan Blankenstraat 9 bis]]): € 75 p/m naast lopende huur, start [[d:1/7]], kenmerk [[z:HW/INC/24/33871]], contactpersoon incasso dhr. [[p:P. Veldman]] (geen direct nr, via algemeen nr {{o:Haag Wonen}} 070 - 3 121 121)
=====
kwijtschelding gemeentelijke belastingen [[p:Anja Brouwer]]: toegekend! aanslagnr [[z:2024.1.0331.882]], bedrag € 397,16. ook waterschapsbelasting ({{o:Hoogheemraadschap van Delfland}}) kwijtgescholden. scheelt weer.
=====
spv vraag: kan [[p:Sjaak Wolf]] ([[a:Vaillantlaan 57-1]]? nee dat is [[p:de Haan]]) — [[p:Sjaak Wolf]] [[a:Hoefkade 212 hs]] — zijn eigen geld beheren? 3x per week naar {{o:Holland Casino}}, geen vaste lasten meer betaald sinds zomer. huurachterstand € 3.100, beslag op uitkering door {{o:CJIB}}. mijn advies: beschermingsbewind aanvragen, hij wil "er over nadenken".
=====
mw [[p:Stanciu]] [[p:Mihaela]] — schuld {{o:Belastingdienst}} € 2.180 (kinderopvangtoeslag, ze werkte minder uren dan opgegeven). uitstel van betaling gevraagd, ref [[z:BD-KOT-2023-778150]]. ze heeft roemeense rekening + nederlandse: [[i:NL19BUNQ4131511023]] (bunq). loon van {{o:Randstad}} komt op bunq.
=====
snelle notitie: [[p:Levent Koç]] — achterstand {{o:Dunea}} 311,40 + {{o:Ziggo}} 188 (Ziggo via incasso {{o:Cabot}}) — beiden regeling 25 p/m. geregeld vandaag? nee morgen. 
=====
aantekeningen bij gesprek met {{o:Kredietbank}} ([[p:Sandra Bos]] schuldhulpverlener, [[t:06-1044 89 17]]) over clt [[p:Wendell Eersteling]] [[z:HKB-24-09917]]: saneringskrediet afgewezen, reden: 2 schuldeisers akkoord weigeren ({{o:DUO}} en particuliere lening dhr. [[p:Hoek]], vader van ex). dwangakkoord via rechtbank? kans klein volgens [[p:sandra]].
=====
bedragen fam [[p:Noorzai]], even voor mezelf:
kinderbijslag 7 kids (per kwartaal) ~ 2.100
kgb max
huur 845, 5 slaapkamers, {{o:Haag Wonen}}
schuld: alleen ziekenhuisrekening {{o:Haga}} van [[d:12 aug]] (niet verzekerd? wel verzekerd maar eigen risico 385 niet betaald) -> regeling
verder geen schulden!! zeldzaam
""")


# ---------------------------------------------------------------------------
# 5. Drafts already (partly) anonymised with placeholders; some leak
# ---------------------------------------------------------------------------
add(r"""
casusles (geanonimiseerd) thema bemoeizorg
mevrouw A. (60+) woont alleen in een portiekflat in {{w:Moerwijk}}. buren melden stank en geluid 's nachts. eerdere pogingen van de {{o:GGD}} en de corporatie liepen vast. wij zijn met 2 vaste hulpverleners 8 weken lang wekelijks langsgegaan, op dezelfde dag en hetzelfde tijdstip. in week 6 liet mevrouw A. ons binnen. 
les: voorspelbaarheid bouwt vertrouwen. kies 2 vaste gezichten en houd dat vol, ook als het 2 maanden duurt.
=====
concept les - [naam] is een man van 45 met LVB die bij zijn moeder woont op [adres]. hij wordt financieel uitgebuit door "vrienden". samen met {{o:MEE}} en de {{r:wijkagent}} hebben we beschermingsbewind aangevraagd. lessen: 1) vraag bij LVB altijd wie er nog meer "helpt" met geld 2) {{r:wijkagent}} vroeg betrekken, die kent de jongens vaak al
=====
casus X — dhr. X (72) en zijn dochter Y. dochter beheert het geld, er verdwijnt geld. vader wil geen "gedoe". {{o:Veilig Thuis}} advies gevraagd (geen melding). uiteindelijk heeft dhr. X zelf gekozen voor een {{r:bewindvoerder}}. dochter was boos maar heeft het geaccepteerd. wat werkte: gesprek over "wat als jij er niet meer bent" met de dochter erbij.
=====
geanonimiseerd v2 (v1 had nog namen, die heb ik verwijderd)
gezin B. (vader, moeder, 5 kinderen) uit Afghanistan, wonen sinds 2021 in {{w:Laak}}. oudste dochter (17) tolkte alles en verzuimde school. sinds er een vrouwelijke tolk voor moeder is en een mannelijke collega met vader praat, gaat de dochter weer naar school. 
NB oudste dochter heet in v1 nog [[p:Mariam]], dat stond ook nog in de titel van de bijlage. check bijlage!
=====
Casusles [geanonimiseerd]
Situatie: mevrouw [naam], [leeftijd] jaar, woont met haar kinderen [kind 1] en [kind 2] op [adres] in {{w:Spoorwijk}}. Stroom afgesloten per [datum] door de energieleverancier, achterstand ca. € 1.500.
Wat er gebeurde: school signaleerde het pas na 5 dagen. Moeder schaamde zich en dacht dat het een straf was.
Les: leg bij het eerste contact uit wie je bent en wie niet (handhaving, belastingdienst).
=====
les (half geanonimiseerd, rest morgen): mw [naam] zorgde voor haar man met alzheimer en viel toen hij haar duwde. ze zei "[[p:Dirk]] kan er niks aan doen". {{o:Veilig Thuis}} gaf advies: ontspoorde mantelzorg. les: ook zonder opzet is het geweld, maar benoem het anders naar de mantelzorger.
=====
thema ouderen — casus mw. K. (86)
mw. K. heeft 2 dochters die het oneens zijn over verhuizing naar een verpleeghuis. het keukentafelgesprek werd een ruzie. 2e gesprek alleen met mw. K. en de {{r:casemanager dementie}}: zij gaf helder aan wat ze wilde. les: begin bij de oudere zelf, ook bij beginnende dementie.
=====
[geanonimiseerd door [[p:Priscilla]] op [[d:31-01-2024]]]
cliënte (29, uit Curaçao) had een terugvordering kinderopvangtoeslag van ruim € 6.000 omdat haar werkuren in de horeca steeds wisselden. bezwaar via {{o:Sociaal Raadslieden}} is toegekend. les: bij wisselende uren maandelijks de toeslag aanpassen.
=====
casusles anoniem
dhr. A (58, Somalische achtergrond) met diabetes nam tijdens de ramadan geen insuline. de {{r:wijkverpleegkundige}} raakte gefrustreerd. na een gesprek met de imam van zijn moskee (die uitlegde dat zieken vrijgesteld zijn van vasten) nam dhr. A weer zijn medicatie. les: sleutelfiguren in de gemeenschap betrekken.
(let op: in het dossier heet hij [[p:Abdullahi]], niet in de les zetten)
=====
les ingebracht door team {{w:Escamp}}, namen verwijderd
Een jonge vrouw (X) met 2 kleine kinderen kreeg een brief van de deurwaarder. Ze opende haar post niet meer. Samen met een vrijwilliger van {{o:Humanitas}} hebben we 3 middagen post gesorteerd: 47 enveloppen. Daarna bleek de schuld "maar" € 4.200 te zijn, in haar hoofd was het 20.000. Les: angst maakt schulden groter dan ze zijn. 
=====
casusles v1 (anoniem?) - de familie [[p:Owusu]] uit {{w:Morgenstond}}, sorry: "familie O." - groen licht voor schuldsanering maar moeder stuurt geld naar familie in Ghana. gesprek met een Ghanese vrijwilliger hielp. les: cultuursensitief budgetteren.
=====
geanonimiseerd - voor het platform
Mevrouw B. (40-45) woont met haar 3 kinderen in {{w:Transvaal}}. Haar ex-partner heeft nog een sleutel en komt 's nachts binnen. Wat werkte: direct sloten laten vervangen via de corporatie, {{o:Veilig Thuis}} in beeld, en een veiligheidsplan met de kinderen (wie bel je, waar ga je heen). Les: praktische veiligheid eerst, gesprekken daarna.
=====
anon. versie: clt (m, 27, LVB) | woont bij moeder | uitgebuit via pinpas + leningen ({{o:Klarna}}, {{o:Riverty}}) ± € 4.400 | bewind + mentorschap aangevraagd | {{o:Middin}} zoekt woonplek. 
vergeten te anonimiseren in de bijlage: [[p:PJ]], [[a:Goudsbloemlaan 144]]. eruit halen!!
=====
casusles "wie is de klant" [geanonimiseerd]
Een oudere vrouw (90) woonde bij haar kleinzoon. De kleinzoon meldde haar aan ("oma moet naar een tehuis"), maar ontving zelf pgb voor haar zorg. Ik sprak drie keer met de kleinzoon voordat ik de vrouw zelf sprak. Les: spreek altijd eerst, of in elk geval ook, de persoon om wie het gaat.
=====
draft anoniem (bijna): gezin uit Syrië, vader [naam], moeder [naam], 2 kinderen, terugvordering zorgtoeslag € 2.870. "in Syria, when the government gives you money, it is yours". uitleg met tekening hielp. (originele notities: zie dossier [[z:SD-2024-00412]])
=====
casus P. — jongen (19), dakloos, slaapt bij vrienden. geen inkomen want geen adres. briefadres geregeld bij een familielid, daarna uitkering aangevraagd. les: briefadres is stap 1, de rest volgt.
=====
verwerkt tot casusles: mw. Y ([[p:Yavuz]]? nee dat is de ha) — mw. Y is een vrouw van 67 die na het overlijden van haar man niet meer at. schoondochter tolkte, maar vertaalde niet alles. apart gesprek met een professionele tolk. les: familie als tolk is riskant.
=====
anoniem: cliënt N. (Oekraïne, 46) weigerde GGZ ("alleen gekken gaan daarheen"). via een lotgenotengroep van Oekraïense vrouwen in het centrum knapte ze op. les: peer support kan de weg naar professionele zorg openen.
""")


# ---------------------------------------------------------------------------
# 6. Drafts without personal data (reflections, look-alikes: amounts, times,
#    article numbers, room numbers, general lines, streets without a number)
# ---------------------------------------------------------------------------
add(r"""
les van vandaag voor mezelf: niet meer dan 3 hb op 1 dag. om 16.45 was ik op en heb ik in het laatste gesprek niet goed geluisterd. volgende week max 3.
=====
reflectie na mdo: we hadden 7 mensen aan tafel en niemand had de clt zelf gesproken in de laatste 3 weken. 45 min gepraat over iemand ipv met iemand. voorstel aan team: geen mdo zonder recent contact (< 14 dagen).
=====
tips voor nieuwe collega's (concept, aanvullen svp)
- {{o:Veilig Thuis}} advies: 0800-2000, ook anoniem bellen kan
- gemeente algemeen: 14 070, vraag naar {{o:Wmo-loket}}
- {{o:Geldfit}} 0800-8115 (gratis, voor mensen die nog niet bij ons zijn)
- post voor de gemeente: Postbus 12600, 2500 DJ Den Haag
- kamer 3.14 in het stadskantoor is de spreekkamer voor het {{o:Servicepunt XL}}
- beslagvrije voet: tool op de site van {{o:Schuldhulpmaatje}}, art. 475d Rv
=====
les thema schulden: 80% van onze schuldhulpclienten in {{w:Moerwijk}} had een achterstand bij de zorgverzekeraar. gemiddeld € 1.450. vroegsignalering via {{o:Vroeg Eropaf}} werkt, maar alleen als we binnen 10 werkdagen langs gaan. vorig jaar (2023) haalden we dat in 62% van de gevallen.
=====
hb vanmiddag in de Hobbemastraat gaat niet door, verzet naar volgende week. geen bijzonderheden verder.
=====
mijn eerste casusles, geen namen erin gezet dus ik hoop dat het goed is:
een man van in de 50 met een alcoholverslaving werd 3 keer opgenomen en telkens zonder nazorg ontslagen. de 4e keer hebben we vóór ontslag een overleg gehad met de kliniek, de {{r:huisarts}}, de {{r:bewindvoerder}} en de woningcorporatie. nu 9 maanden droog. les: ontslag uit de kliniek is het gevaarlijkste moment, plan de nazorg vóór de ontslagdatum.
=====
overleg wijkteams {{w:Segbroek}} + {{w:Scheveningen}}: thema eenzaamheid. cijfers {{o:GGD}} monitor 2022: 54% van de 75-plussers in {{w:Duindorp}} voelt zich eenzaam. afspraak: in week 41 een gezamenlijke actie met {{o:Vóór Welzijn}} en de {{o:Zonnebloem}}. budget € 2.500 uit het wijkbudget.
=====
les: gebruik de tolkentelefoon (tolk op afstand) ook bij hb, werkt prima via speaker. kost ± € 1,20 per minuut, {{o:Gemeente Den Haag}} betaalt. nummer staat in het intranet onder "tolken".
=====
checklist hb bij vermoeden financieel misbruik ouderen (concept)
1. wie heeft de pinpas?
2. wie opent de post?
3. zijn er recente grote opnames (> € 500)?
4. is er een volmacht bij de bank?
5. bij twijfel: {{o:Veilig Thuis}} advies, en {{r:casemanager dementie}} erbij
=====
reminder: zaterdag 9.00-12.00 inloop in wijkcentrum {{o:De Mussen}} ({{w:Schilderswijk}}), bus 25 stopt voor de deur, zaal 2. geen afspraken nodig.
=====
note to self na teamoverleg: ik schrijf mijn verslagen te laat, vaak pas na 2-3 dagen, en dan mis ik details. nieuwe regel: binnen 1 uur na hb 5 regels typen, ook als het rommelig is. (vandaar dit document haha)
""")


# ---------------------------------------------------------------------------
# 7. Code-switching notes (English, Arabic, Turkish, Papiamentu, Polish ...)
# ---------------------------------------------------------------------------
add(r"""
hb [[p:Latifa]] (mw [[p:amrani-bouzidi]]) wallah ze was zo blij dat de brief van {{o:Staedion}} over de renovatie eindelijk kwam. "hamdulillah, 12 jaar wachten". maar: tijdens renovatie moet ze 6 weken weg, met 4 kids. wisselwoning in {{w:Ypenburg}}, kinderen school in {{w:Schilderswijk}}. dat gaat niet. bellen met {{r:bewonersconsulent}} [[p:Sander]]
=====
teyze [[p:Hatice]]?? nee: [[p:hatice]] teyze, zo noemt iedereen in de flat haar. echte naam [[p:Hatice Aksoy]], [[a:Mient 112]]. 84. kolay gelsin zei ze tegen mij toen ik binnenkwam, lief. wil niet naar huisarts, wil alleen naar haar "hoca". zoon [[p:Serkan]] ([[t:06 14 99 80 27]]) woont in {{w:Rijswijk}} en komt op zondag.
=====
met [[p:Gilberto]] ([[p:Statie]]) gesproken, kon ta bai? "ta bon, ta bon" maar niet goed dus. hij is 63, suiker, been geamputeerd [[d:aug 3]] ([[d:3 augustus]]). woont 3 hoog [[a:Zuidlarenstraat 134]] zonder lift. hij zit dus al 2 mnd binnen. woningruil met urgentie, {{r:Wmo-consulent}} ingeschakeld. zijn nicht [[p:Sulaika]] helpt met boodschappen
=====
clt [[p:ghaith]] (syrian, 24) says: "I don't need help, I need a job". fair. cv gemaakt samen. he speaks arabic, english, some turkish, dutch B1. {{o:Werkgeversservicepunt}} aangemeld. mail: [[e:ghaith.darwish99@gmail.com]]. yalla, we gaan ervoor
=====
[[d:12.XII]] hb [[p:Ewelina Mazur]] — dzień dobry was het enige wat ik kon zeggen haha. dochter [[p:Ola]] (10) vertaalt. [[p:ewelina]] werkt nachten in distributiecentrum, kinderen alleen thuis 's nachts (10 en 7). ouderlijk gezag/veiligheid? bespreken met {{o:CJG}}. geen oordeel, ze heeft geen keus zegt ze.
=====
"inshallah komt het goed" zegt dhr [[p:Bakkali]] ([[p:Nordin]]) over alles. schulden 14k, vrouw weet het niet. mashallah wel een harde werker: 2 banen. afspraak [[d:di 3 sep]] 19.30 (na zijn werk) bij {{o:Servicepunt XL}} {{w:Laak}}.
=====
hb met tolk (farsi) bij [[p:Shirin Moradi]], [[a:Laan van Wateringse Veld 1204]]. ze zei in het engels toen de tolk weg was: "please don't tell my husband I was here". dat maakt het complex. afspraken alleen via haar zus [[p:Parisa]] ([[t:0684-410-298]]).
=====
ta kiko pasa ku e yu? vroeg de oma van [[p:Jaylen]] ([[p:Felida]]) mij, wat is er met het kind. [[p:jaylen]] (11) slaapt slecht, nachtmerries na de ruzies thuis. oma [[p:Ursulina]] woont in {{w:Transvaal}} [[a:Kempstraat 202-A]] en wil [[p:jaylen]] tijdelijk in huis nemen. {{o:CJG}} + {{o:Veilig Thuis}} overleggen
=====
short note in english because [[p:Tessa]] from {{o:MEE}} reads along: visited [[p:Chidi]] ([[p:Okafor]]) at his new studio [[a:Rijswijkseweg 66-4]] today [[d:Tue 5 March]]. he's doing well, went to church ({{o:RCCG}} in {{w:Laakhaven}}) and found 2 friends there. next: job coach. his phone: [[t:+31 (0)6 3771 0452]]
=====
[[p:Houria]] zei "safi, ik doe het zelf" toen ik aanbood de brief van de {{o:Belastingdienst}} te bellen. oké. ze belde, ik zat ernaast. kenmerk brief [[z:1877.42.118.H.81]]. regeling 60 p/m. les: meekijken ipv overnemen.
=====
abla [[p:Fadime]] ([[p:Yavuz]], 52) — [[a:Kaapseplein 4 hs]]. çay en börek, 2 uur gepraat. zij is de mantelzorger van haar man [[p:Hakan]] (ALS). uitgeput. "ben yoruldum" = ik ben moe. respijtzorg + logeeropvang bespreken met {{r:ha}}. dochter [[p:Büşra]] (geb [[d:02/06/2003]]) wil helpen maar studeert in leiden.
=====
dushi noemt hij iedereen, ook mij. clt heet [[p:Rignald Maduro]] ("[[p:Riggie]]"), 35, woont sinds [[d:20-8]] in beschermd wonen {{o:Limor}} [[a:Ananasstraat 14]]. gaat goed. bon trabou zei de begeleider.
=====
visited mw [[p:Zhou Mei]] (71) with granddaughter [[p:Lisa Zhou]] translating. [[a:Wagenstraat 101-B]], above the restaurant of her son. she is lonely, "the city changed, no more chinese shops". {{o:Stichting Chinese Ouderen}} has a mahjong afternoon on Thursdays. lisa's mail [[e:lisa.zhou@student.tudelft.nl]]
""")

# ---------------------------------------------------------------------------
# 8. Personal details typed in bulk after an intake at home
# ---------------------------------------------------------------------------
add(r"""
intake hb [[d:08-04-2024]] gegevens (nog invoeren in suite):
[[p:Ismail Nur]] / geb [[d:12-12-1966]] / bsn [[b:969825213]] / [[a:Hobbemaplein 9-III]] [[pc:2526 GC]] / tel [[t:06 28 11 40 9]] (mist een cijfer? checken) / geen mail
=====
gegevens clt:
naam: [[p:Vesela Todorova]]
geb.: [[d:3.3.1987]]
bsn: [[b:606830613]]
adres: [[a:Laakweg 90-1]], [[pc:2521 DR]]
tel: [[t:06/4120 8833]]
iban: [[i:NL96SNSB9453004226]]
partner: [[p:Rumen Angelov]] (geb [[d:19-10-1984]], bsn [[b:892959940]])
kinderen: [[p:Vanya]] ([[d:1-1-2016]]), [[p:Kalin]] ([[d:17-7-2019]])
=====
bsn [[p:Okafor]] = [[b:2023 667 16]] en zijn iban voor de bijz. bijstand [[i:NL13 ASNB 3257 5457 20]]
=====
ok snel overgetikt van zijn papieren: [[p:Filmon Berhane]] (roepnaam [[p:Fili]]) geb [[d:1995-01-01]] bsn [[b:790727043]] v-nr [[z:V-2917730114]] adres [[a:Loosduinseweg 778 hs]], [[pc:2571 BN]] — tel [[t:06 84 40 17 23]] — mail [[e:filmonb1995@gmail.com]]
=====
contactgegevens netwerk dhr [[p:Hertog]]:
dochter [[p:Marja Hertog]] [[t:06-50773418]] [[e:marjahertog@ziggo.nl]]
zoon [[p:Ad]] (woont in Zeeland) [[t:0113 - 22 80 19]]
buurvrouw mevr. [[p:Smit]] nr 138, heeft sleutel
{{r:ha}} praktijk {{w:Mariahoeve}}: via algemeen nummer, vraag naar [[p:Petra]] ({{r:poh}})
=====
gegevens gemaild naar de {{r:bw}} ([[e:info@schipperbewind.nl]]) voor [[p:Marcia Kartodikromo]], bsn [[b:963724320]], geb [[d:24 april 1981]], rek [[i:NL71INGB6627928814]] + [[i:NL44RABO0947978226]] (spaar)
=====
intake fam. [[p:Doğan]] (ingevuld thuis, [[d:do 7-3-2024]], 20:15)
1 [[p:Yusuf Doğan]]  [[d:05-05-1996]]  bsn [[b:072795293]]
2 [[p:Esra Doğan-Yılmaz]]  [[d:22-11-1998]]  bsn [[b:667890129]]
3 [[p:Elif Doğan]]  [[d:28-12-2023]]  bsn nog niet
adres (inwonend bij ouders [[p:Doğan]]): [[a:Zuidlarenstraat 15]], [[pc:2545 VA]]
tel [[p:yusuf]] [[t:0627 33 81 05]] / [[p:esra]] [[t:+90 532 418 27 60]] (turks nr nog)
=====
tel nrs fam [[p:Sahetapy]] ivm afsluiten: [[p:Johan]] [[t:06 – 13 – 90 – 44 – 71]], [[p:Bianca]] [[t:06134557 80]]. beide werken niet? [[p:bianca]] werkt bij {{o:Jumbo}} Leyweg
=====
[[p:Bilal Shaheen]] bsn: [[b:983 492 980]]? of [[b:983 492 908]]? dochter las het voor, ik twijfel. morgen checken met pas.
=====
nieuwe clt via hb, gegevens: mw. [[p:Djamila Monteiro]], [[a:Van Ravesteynstraat 23]] 2-hoog nee dat is fout: [[a:Van Ravesteijnstraat 23]], 2 hoog, [[pc:2525 VX]], geb [[d:14/09/90]], [[t:0031 6 4528 7719]], [[e:djamila.m@hotmail.nl]], bsn in de map.
=====
overgedragen door {{o:Veilig Thuis}}: 
melding [[z:VT-H-2024-118204]], betrokkenen: [[p:Reza Moradi]] (pleger? geb [[d:07.07.1979]]), [[p:Shirin Moradi]] (slachtoffer, geb [[d:30.01.1983]]), [[p:Arman]] (12), [[p:Nika]] (8). adres [[a:Laan van Wateringse Veld 1204]] [[pc:2548 CE]]. contact VT: [[p:Fatma Şahin]] [[t:06-53 19 30 02]]
=====
[[p:Ewelina]] haar nieuwe nr is [[t:06 1783 22 4 9]] (oude [[t:06-29904471]] weg)
=====
lijst kinderen gezin [[p:Noorzai]] (voor {{o:Stichting Leergeld}}):
[[p:Mariam]] [[d:01-02-2007]]
[[p:Ahmad]] [[d:15-06-2009]]
[[p:Sohrab]] [[d:03-03-2011]]
[[p:Nazanin]] [[d:20-10-2013]]
[[p:Wais]] [[d:07-05-2016]]
[[p:Pari]] [[d:11-09-2019]]
[[p:Omid]] [[d:2-4-2022]]
rekening vader [[i:NL28INGB0386837941]] t.n.v. [[p:F. Noorzai]]
""")


# ---------------------------------------------------------------------------
# 9. Long stream-of-consciousness drafts straight after a visit or meeting
# ---------------------------------------------------------------------------
add(r"""
ok even alles eruit voor ik het vergeet. hb bij [[p:de Jong]] ([[p:henk]] en [[p:gerda]]? nee [[p:gerda]] is de zus, vrouw heet [[p:Joke]]) [[a:Goudenregenstraat 212]] in {{w:Bomenbuurt}}, 10u-11.40. aanleiding was melding van {{r:wvk}} over valpartijen van [[p:henk]] maar eigenlijk gaat het over [[p:joke]], die is op. ze zorgt al 6 jaar voor [[p:henk]] (parkinson), slaapt slecht want hij moet 's nachts 3x naar de wc, ze tilt hem. haar rug is kapot. ze zei "als ik er niet meer ben wie zorgt er dan voor hem" en begon te huilen. kinderen: zoon [[p:Mark]] in amsterdam (druk, 2x per jaar), dochter [[p:Ellen de Jong]] hier in {{w:Segbroek}} ([[t:06-2255 1398]]) die wil wel maar heeft zelf 3 kinderen en werkt. geld is geen probleem, pensioen + aow, eigen huis. ze willen geen "vreemden in huis". ik heb voorgesteld: 1) dagbesteding voor [[p:henk]] 2x p/w bij {{o:WZH}} {{w:Segbroek}}, 2) nachtzorg proberen 2 weken, 3) {{r:ha}} dr. [[p:Boer]] vragen naar medicatie voor de nachtelijke plas. [[p:joke]] wilde alleen nr 1 "proberen". prima. volgende afspraak [[d:maandag 18-3]] 10u, [[p:ellen]] komt ook. les voor later denk ik: bij mantelzorgers van 75+ niet vragen "hoe gaat het" maar "wat als jij morgen valt".
=====
verslag in 1 adem want ik moet zo door: mdo [[p:Lamrini]] ging slecht. [[p:Jeroen]] ({{r:spv}}) was er niet, vervanger wist niks. [[p:Khadija]] ({{o:Xtra}}) had het dossier niet gelezen. ha belde af. dus ik met de {{r:wa}} en de corporatie (mw. [[p:Kuiper]], {{o:Haag Wonen}}, [[t:06 111 482 09]]) die alleen maar wilde weten of de huurachterstand betaald wordt (€ 2.936 + inmiddels € 734 = € 3.670). zitting kantonrechter [[d:20 juni]] 9.30u, rolnummer [[z:11022187 CV EXPL 24-5512]]. mw [[p:Lamrini]] ([[p:Samira]]) zelf weet van niks denk ik. broer [[p:Youssef]] belde gisteren boos: "jullie doen niks". heeft ie een punt. actie: ik maak vandaag nog aanvraag beschermingsbewind, vraag spoedbehandeling ivm zitting. en ik ga [[d:donderdag 13 juni]] met haar naar het {{o:Juridisch Loket}}, op het Prins Hendrikplein is dat toch? checken. zucht. les: een mdo zonder voorbereiding is erger dan geen mdo.
=====
hb [[p:Kowalczyk]]/[[p:Wójcik]] na terugkeer: [[p:katarzyna]] is weer thuis sinds [[d:1-4]] in een nieuwe woning via {{o:Blijf Groep}}, [[a:Zonnebloemstraat 66-B]] {{w:Bomenbuurt}}, 1e etage. kinderen zijn terug uit polen ([[p:Zofia]] 8, [[p:Antek]] 5). [[p:tomek]] heeft contactverbod (vonnis [[d:28 maart 2024]], parketnr [[z:09/187734-24]]). ze is sterk maar moe. kinderen slapen slecht, [[p:zofia]] plast weer in bed. schoolinschrijving {{o:De Kleine Prins}} geregeld. geld: bijstand aangevraagd [[d:2/4]] (aanvraagnr [[z:PW-2024-441870]]), voorschot gehad. schulden: nog € 1.800 {{o:Belastingdienst}} (toeslagen 2022, op haar naam maar [[p:tomek]] heeft het ontvangen!!) - bezwaar maken, {{o:Sociaal Raadslieden}}. ze vroeg of ze haar nieuwe adres aan de school moet geven. ja maar geheimhouding vragen. ook: niet op facebook. les: na vertrek uit opvang begint het pas, hier moeten we blijven.
=====
uitgebreid verslag hb [[d:zaterdag 2 november]] (buiten kantoortijd, crisis): gebeld door buurvrouw mevrouw [[p:Hoek]] ([[p:Annie Hoek]], [[a:Paets van Troostwijkstraat 88]], [[t:070-3259184]]) dat haar bovenbuurman [[p:Sjonnie]] ([[p:John van Dam]], nr 90) schreeuwde en met spullen gooide. ik was er om 20:40 met de {{r:wa}} (dienstdoende, agent [[p:Vos]]). [[p:john]] in paniek, had al 4 dagen niet geslapen, zei dat er camera's in zijn muren zitten. bekend bij {{o:PsyQ}}, geen medicatie meer sinds hij verhuisd is (van [[a:Weimarstraat 33]] naar hier, [[d:1 oktober]]). crisisdienst gebeld 21:15, ze kwamen 22:30, opname vrijwillig bij {{o:Parnassia}} {{w:Kijkduin}}. zijn moeder [[p:Lenie]] gebeld op [[t:0174-512 884]], ze komt maandag. katten bij [[p:annie]]. les: bij verhuizing van een ggz-clt de behandeling mee verhuizen, gaat nu vaak mis. en: goed dat de wa meeging, nu was er rust.
=====
ik typ dit in de auto (niet rijdend!!) na hb bij [[p:ahmed]] en [[p:fatima]] [[p:ait ouaddou]] op de [[a:Vaillantlaan 491 b]]. [[p:fatima]] belde vanochtend in paniek: deurwaarder ({{o:Flanderijn}}) kwam om 9u voor beslag op de inboedel, vordering € 2.450 namens {{o:Eneco}}. deurwaarder was eigenlijk redelijk, dhr. [[p:Bruin]], gaf 14 dagen uitstel als er binnen 7 dagen een schuldhulpaanmelding is. die heb ik ter plekke gedaan via de app ([[z:SHV-DH-2024-10231]]). [[p:ahmed]] werkt bij een koeriersbedrijf, zzp (!), inkomen wisselt € 800 - € 2.400. daar zit het probleem. ik heb ook zijn kvk-nummer genoteerd ([[z:84412076]]) voor de aanvraag. kinderen (3) waren op school gelukkig. [[p:fatima]]: "alhamdulillah dat jullie er zijn". les: zzp'ers met wisselend inkomen vallen overal buiten, vroeg {{o:Bbz-loket}} erbij halen.
=====
moe. lange dag. mdo over [[p:Pieter-Jan]] ([[p:PJ]], [[p:Hoogland]]) met iedereen. moeder [[p:Wilma]] was erbij en vertelde dat de "vrienden" (3 jongens, een heet [[p:Dylano]], de anderen weet ze niet) vorige week weer aan de deur stonden. [[p:PJ]] gaf ze zijn nieuwe pas. ALWEER. {{o:Middin}} heeft een plek in beschermd wonen [[a:Erasmusweg 900]] per [[d:15 januari 2025]], in een andere wijk, dat is goed. {{r:wa}} ([[p:Rutger Smit]]) gaat de jongens "een bezoekje brengen". bewind is uitgesproken [[d:19-12-2024]], bewindvoerder {{o:Budgetbeheer Haaglanden}}, dhr. [[p:Mulder]]. mentorschap nog niet. {{o:Klarna}} schuld is kwijtgescholden na uitleg over uitbuiting! {{o:Riverty}} nog niet. les: financiële uitbuiting van LVB is geen "schuld", het is een misdrijf, schrijf het ook zo op in brieven naar schuldeisers.
=====
lang verhaal kort maken kan ik niet dus hier gaat ie. hb [[p:Kwabena]] en [[p:Ama]] ([[p:Owusu]]) [[a:Hengelolaan 1090]], met [[p:Sandra]] van de {{o:HKB}}. doel: handtekening saneringsvoorstel. [[p:ama]] wilde niet tekenen. uiteindelijk kwam eruit: haar moeder in kumasi is ziek, ziekenhuis kost geld, en in het saneringsvoorstel is daar geen ruimte voor. 3 jaar lang niks kunnen sturen = "haar moeder laten sterven" zei ze. [[p:kwabena]] zweeg. [[p:sandra]] was stil. ik ook. we hebben de afspraak verzet naar [[d:vrijdag 20/9]] en ik ga uitzoeken of er via {{o:Stichting Urgente Noden}} of een kerk ({{o:Church of Pentecost}} {{w:Zuidwest}}) iets kan voor de moeder. dit is waarom standaardregels niet werken. les: vraag in het 1e gesprek naar verplichtingen in het land van herkomst, niet pas bij de handtekening.
""")

# ---------------------------------------------------------------------------
# 10. One-liners
# ---------------------------------------------------------------------------
add(r"""
mw [[p:koster]] gebeld, hb verzet naar [[d:do 28/11]] 14u
=====
[[p:karim]] zn moeder overleden vannacht. condoleance sturen. [[a:Ruysdaelstraat 45 hs]].
=====
bel [[p:ilse]] ({{o:CJG}}) terug: [[t:06 53 0 4 2 2 8 1]]
=====
[[p:hassan]] heeft sleutel! [[a:Stieltjesstraat 12-A]] per [[d:1 okt]]. 
=====
NB: [[p:Dekker]] ≠ [[p:Dekkers]]. twee verschillende clt. ik haalde ze door elkaar in suite.
=====
[[d:vr 13-9]] niet thuis, [[a:Elandstraat 171]], briefje
=====
ha dr. [[p:Visser]] wil terugbellen over [[p:sanne]] ([[p:S. van der Meulen]]). 
=====
geen hb vandaag ivm ziekte, alles verzet naar volgende week.
=====
clt [[p:winter]] zegt af (weer). 3e keer. 
=====
mailtje [[e:r.gobardhan@outlook.com]] beantwoorden!!!
=====
[[z:SD-2024-01187]] sluiten? overleg [[p:Stijn]]
=====
[[p:Mo]] belde, alles goed, hij is aangenomen
=====
herinnering: [[d:31/12]] loopt de WW van [[p:Levent]] af
=====
dhr [[p:bakker]] van de bakkerij om de hoek (echt waar, dhr [[p:bakker]] de bakker) is de contactpersoon voor mw. [[p:Pronk]]
""")


# ---------------------------------------------------------------------------
# 11. Quick messages and mails to colleagues after a visit (signatures, replies)
# ---------------------------------------------------------------------------
add(r"""
hoi [[p:Rishi]], 
net bij [[p:Gobardhan]] geweest (mw [[p:Radha Gobardhan]], [[a:Newtonstraat 301]]). overdracht voor als ik op verlof ben:
- ze wacht op de {{r:Wmo-consulent}} voor traplift, zaaknr [[z:WMO-2024-077132]]
- haar zoon [[p:Vikash]] is contactpersoon, [[t:06 - 3399 - 0218]]
- ze is doof links, dus rechts van haar gaan zitten
groetjes [[p:Meike]]
--
[[p:Meike Bruinsma]] | {{r:maatschappelijk werker}} | sociaal wijkzorgteam {{w:Segbroek}} | [[t:06 43 80 12 97]] | ma-di-do
=====
> Op [[d:di 9 jul. 2024]] om 16:02 schreef [[p:Hamza Ouahabi]] <[[e:h.ouahabi@wijkteamsdenhaag.nl]]>:
> kan jij morgen bij [[p:Noorzai]] langs? ik ben ziek
ja doe ik. hoe laat had je afgesproken? en met vader of moeder? -[[p:Derya]]
=====
@[[p:Fleur]] na mdo: kun jij mw [[p:Lin]] ([[p:Lin Hui]]) aanmelden bij de chinese ouderengroep? kleindochter [[p:Wendy]] = [[t:06 19 82 73 64]], liever whatsapp. thx!
=====
Van: [[p:Tessa]] ({{o:MEE}})
Aan: [[p:Mounir]]
Onderwerp: [[p:PJ H.]] - na mdo
hoi [[p:mounir]], zoals besproken: het verzoek mentorschap voor [[p:Pieter-Jan Hoogland]] is ingediend bij de rechtbank, zaaknummer [[z:C/09/668123]] / [[z:BM RK 24-2290]]. moeder [[p:Wilma]] wordt mentor. zitting waarschijnlijk in feb. gr [[p:tessa]]
[[p:Tessa van Leeuwen]], {{r:MEE-consulent}}, [[t:088 - 775 2044]] (algemeen {{o:MEE}}: 088 - 775 2000)
=====
teams-bericht aan [[p:Noor]] na hb: "[[p:shirin]] wil niet dat we bellen, alleen appen via haar zus [[p:parisa]]. niet in de groepsapp zetten. [[p:reza]] leest haar telefoon" 
=====
hey [[p:Jasper]], kort na het keukentafelgesprek bij [[p:Hoogstraten]]: ik denk dat je de indicatie voor huishoudelijke hulp beter op naam van mw zelf kan zetten, niet via dochter [[p:Els]] ([[e:els.hoogstraten@kpnplanet.nl]]). mw belt zelf wel, vaste lijn [[t:070 – 397 22 15]]. -[[p:Priscilla]]
=====
fyi [[p:stijn]]: [[p:Ömer]] ([[p:çetin]]) zat vandaag weer bij de ha. het gaat iets beter. ik heb hem mijn werknummer gegeven ipv het algemene nummer van het team. is dat ok? voelt goed voor hem. mijn nr [[t:06 4419 2077]] staat nu in zijn telefoon als "[[p:Derya]] wijkteam".
=====
Re: Re: overdracht [[p:Tjin-A-Djie]]
> de naam in suite is nog steeds [[p:Zwart]], kun jij dat laten aanpassen?
gedaan. relatienummer suite [[z:5512908]] nu op [[p:Ernestine Tjin-A-Djie]]. ook bij {{o:Haag Wonen}} doorgegeven (dhr. [[p:Veldman]]).
=====
hoi allemaal, na het overleg van vanochtend nog even de contactgegevens van de nieuwe {{r:wijkagent}} {{w:Transvaal}}: [[p:Dennis Groen]] (ja, [[p:groen]]), [[e:dennis.groen@politie.nl]], dienst [[t:06 - 1099 4412]]. bij spoed gewoon 112 en voor niet-spoed 0900-8844.
=====
[[p:Linda]] wvk -> mij (whatsapp, overgenomen): "[[p:abdullahi]] suiker 21 vanochtend!! ik ben langs geweest met [[p:hibaaq]], ha gebeld. morgen weer om 8u. kun jij de imam nog eens vragen?" 
=====
aan [[p:Romy]]: [[p:dewayne]] zijn briefadres bij tante (tante [[p:Joan Doorson]]) is goedgekeurd, [[a:Gaslaan 31]] [[pc:2515 XZ]]. hij kan nu bijstand aanvragen. wil jij hem helpen met digid? zijn nr [[t:0612 883 401]]
""")

# ---------------------------------------------------------------------------
# 12. More visit notes: word-surnames, initials, nicknames, notations
# ---------------------------------------------------------------------------
add(r"""
hb mw [[p:Post]] ([[p:Wilma Post]], 68) [[a:Kerketuinenweg 210 A]]. de post (haha) ligt overal. dochter van mw [[p:post]], [[p:Kim]], heeft alles in een map gestopt maar mw [[p:post]] vertrouwt [[p:kim]] niet meer sinds [[p:kim]] geld leende. wie mag de post zien? mw zelf wil het aan de {{r:bw}} geven. 
=====
dhr [[p:Schaap]] & mw [[p:Schaap-de Geus]] [[a:Kwartellaan 8]] — schapen zijn het niet, wel een stel dat niks zelf regelt lol. nee serieus: hij (82) blind, zij (80) rolstoel. zoon [[p:Arie]] komt 1x p/m uit friesland. {{r:Wmo-consulent}} morgen. 
=====
[[p:j.v.d.berg]] (jan) belde na hb: hij wil toch wel een maatje. [[p:J. van den Berg]], [[a:Oudemolenstraat 14 ii]]. aanmelden bij {{o:Vóór Welzijn}} maatjesproject.
=====
mevr. [[p:Engel]] — geen engel volgens de buren maar wel eenzaam. 77. [[a:Lijsterbesstraat 4 zw]] (zwart? nee "zw" = zijwoning, staat op haar deur). ze praat 2 uur achter elkaar, heeft niemand meer. koffieochtend vr.
=====
fam [[p:Hendriks]]: vader [[p:Ron]] ("[[p:Ronnie]]"), moeder [[p:Angela]], zoons [[p:Kay]] en [[p:Jay]] (tweeling 14), [[a:Gedempte Burgwal 45-III]]. beide ouders werkloos sinds vorig jaar, [[p:ron]] drinkt. [[p:kay]] en [[p:jay]] spijbelen. {{r:leerplichtambtenaar}} [[p:Hans Dekker]] weer.
=====
[[p:sterre]] (19, dochter van clt [[p:M. de Graaf]]) vertelde op de trap dat haar moeder "weer in bed ligt". [[p:sterre]] gaat zelf studeren in groningen per sept. wie zorgt dan? [[p:ricky de graaf]] (broer) woont nog thuis maar "doet niks". afspraak met [[p:sterre]] apart [[d:22/8]] 15u, {{o:Stek}} jongerenruimte.
=====
hb [[d:dinsdag 14 mei]] bij dhr [[p:Kraai]] ([[p:Gerrit]]) en zijn hond Bobby?? — hond heet gewoon bobby, niet relevant. [[p:gerrit]] is 71, [[a:Appelstraat 233]], copd, rookt nog. huis is koud: cv kapot, {{o:Staedion}} komt niet. gemeld via hun app, meldnr [[z:ST-REP-24-118820]]. 
=====
hb mw. [[p:Wijnberg]]: oeps verkeerd, ze heet [[p:Weinberg]] ([[p:Ruth Weinberg]]), [[a:Stadhoudersplantsoen 19]]. 90. helder, grappig, "ik wil alleen iemand die me voorleest". {{o:Zonnebloem}} of {{o:Humanitas}}. joods, wil graag iemand die "de feestdagen snapt".
=====
hb [[d:27/11/24]] [[p:Nour Haj Ali]] & [[p:Bilal]] ([[p:Shaheen]]) — [[p:nour]] is zwanger (38 wk), [[p:bilal]] werkt in de haven 's nachts. geen babyspullen. {{o:Stichting Babyspullen}} aanvraag [[z:BS-24-3381]]. adres [[a:Rijswijkseweg 408-3]], bel kapot, app [[p:bilal]] [[t:+31626551190]].
=====
hb tante [[p:Lien]] (mw [[p:Tahapary]], [[p:Lien]], 92, molukse, [[a:Moluks erf 7]] ({{w:Wateringse Veld}})). oud-KNIL familie. ze wil niet naar een verpleeghuis "waar niemand ons eten kookt". {{o:Stichting Molukse Ouderenzorg}}? uitzoeken. kleinzoon [[p:Jerry]] ([[t:06-4011-9283]]).
=====
[[p:Roos]] (mw [[p:Roos de Bruin]]) niet te verwarren met [[p:Roos]] de {{r:wvk}}. hb ging over geld: energietoeslag aangevraagd [[d:maart 12]] ([[d:12 maart]], schreef het amerikaans op sorry). nog geen antwoord. 
=====
korte notitie [[d:Wo 04.09]]: dhr [[p:Tóth]] (vader van [[p:Zsófia]], [[p:Tóth László]] op zijn hongaarse papieren) is over uit Hongarije om te helpen met de baby. verblijft op [[a:Weimarstraat 310 A]]. mag dat zonder inschrijving? ja tot 4 maanden.
=====
hb gecanceld door clt, sms van [[t:06 23 45 6 78 90]]?? (11 cijfers, typfout clt zelf) "sorry mevrouw [[p:derya]] ik ben ziek" — van wie is dit nummer? vermoedelijk [[p:Kurt]] ([[p:nurcan]]). checken.
=====
mw [[p:Haas]] ([[p:Ingrid]]) en dhr [[p:Konijn]]?? echt waar. [[a:Laan van Nieuw Oost-Indië 104 hs]], samenwonend, beiden 60+, beiden lvb. {{o:Ipse de Bruggen}} begeleidt. vraag: hulp bij verhuizing naar gelijkvloers. {{o:Haag Wonen}} zoekt.
=====
hb [[p:kees stam]] 2e keer, [[a:Soestdijksekade 1022-hs]]. alarmering geregeld via {{o:Vitis}} ([[z:ALM-557120]]). hij draagt hem niet "want dat is voor oude mensen". hij is 81. dochter [[p:ria]] blij, ik ook een beetje.
""")


# ---------------------------------------------------------------------------
# 13. Mixed: planning lists, numbers of several systems, half-anonymised lessons
# ---------------------------------------------------------------------------
add(r"""
planning hb's week 46 (na teamoverleg)
ma [[d:11/11]]	09:30	[[p:Appiah]]	[[a:Dedemsvaartweg 611]]	samen met [[p:Linda]]
ma [[d:11/11]]	13:00	[[p:Kamińska]]	[[a:Mient 88 hs]]	tolk PL geregeld
di [[d:12/11]]	10:00	[[p:Hertog]]	[[a:Ruychrocklaan 140]]	dochter erbij
wo [[d:13/11]]	—	kantoor / mdo
do [[d:14/11]]	11:00	[[p:Okafor]]	[[a:Rijswijkseweg 66-4]]	
vr [[d:15/11]]	vrij
=====
systeemnummers [[p:Ricardo S.]] want ik raak ze kwijt:
suite (gemeente): [[z:5528190]]
regas ({{o:GGD}}): [[z:771029]]
allegro ({{o:HKB}}): [[z:24-003817]]
{{o:LdH}} cliëntnr: [[z:LDH-DH-11842]]
{{o:Brijder}}: [[z:BR 2024 0091 77]]
bsn: [[b:638127257]]
=====
casusles concept, half geanonimiseerd (de rest doe ik morgen)
mevrouw A. (67) woont na het overlijden van haar man alleen in {{w:Transvaal}}. haar schoondochter [[p:Gülsüm]] tolkte bij het eerste huisbezoek, maar vertaalde niet alles. bij het tweede gesprek met een tolk van de tolkentelefoon vertelde mevrouw A. dat ze al weken niet at. les: familie als tolk is riskant, zeker bij eerste gesprekken. 
[nog weghalen: adres [[a:Hoefkade 641A]], ha [[p:Linda]]? nee [[p:linda]] is wvk]
=====
notitie teamoverleg [[d:2024-10-01]]: nieuwe werkwijze voor aanmeldingen via {{o:Vroeg Eropaf}}. signalen komen binnen met een signaalnummer (bv [[z:VE-24-118340]] voor dhr [[p:Hoek]] van vorige week). binnen 10 werkdagen hb. wie het signaal pakt zet zijn naam erbij in de lijst.
=====
hb [[p:Zakaria]] (mw'er [[p:Ikram]] van {{o:Xtra}} was er ook) [[a:Wouwermanstraat 68 bis]] [[pc:2525 VK]]: [[p:zakaria]] ([[p:Z. Ait Ouaddou]], broer van [[p:ahmed]]) 31, net uit detentie sinds [[d:1 juni]]. geen id, geen bsn-brief, geen bankrekening. stap 1 id-kaart (gemeente, kosten € 77,75, bijzondere bijstand). stap 2 rekening bij {{o:ING}} (basisbankrekening). reclassering: [[p:Anouk]] ({{o:Reclassering Nederland}}, [[t:06 22 40 71 93]]).
=====
wat ik na vandaag wil onthouden (casus [[p:Felida]]): [[p:Nathalie]] heeft mij 3x gevraagd of het dossier naar de {{o:Raad voor de Kinderbescherming}} gaat. ik heb 3x ontwijkend geantwoord. dat was fout. eerlijk zeggen wat je doet en waarom. volgende keer [[d:ma 8 apr]] eerlijk zijn.
=====
dhr [[p:Vink]] ([[p:Ton]]) ≠ mr. [[p:Vink]] de bw van [[p:Gerrit Bos]]. [[p:Ton Vink]] is een nieuwe clt, 55, [[a:Goeverneurlaan 612-2]] nee [[a:Goeverneurlaan 612]], 2e verdieping. werkloos, depressief, schulden bij {{o:CJIB}} (€ 850) en {{o:Essent}} (€ 1.220, klantnr [[z:1003-448-210]]). aanmelding schuldhulp [[d:vr 19 jan]].
=====
[[d:20240612]] hb_[[p:Moradi]].docx — conceptverslag: [[p:shirin]] heeft met hulp van {{o:Juridisch Loket}} een eigen rekening en wil scheiden. ze is bang dat [[p:reza]] de kinderen meeneemt naar iran. advocaat mr. [[p:T. Polat]] ([[e:t.polat@polatadvocaten.nl]]). paspoorten kinderen in kluis bij de advocaat. 
=====
na mdo, les voor het team (concept, namen eruit halen!): 
1. de casus [[p:Lamrini]] liep vast omdat niemand de regie had
2. bij [[p:Hoogland]] liep het goed omdat [[p:Tessa]] ({{o:MEE}}) vanaf dag 1 regisseur was
3. bij de [[p:Owusu]]'s liep het vast op iets wat we niet vroegen (familie in ghana)
conclusie: regie + de goede vragen vroeg stellen. klinkt simpel.
=====
hb oma [[p:Bep]]?? nee, mw [[p:Bep Verhoef]] is geen oma, heeft geen kinderen, iedereen noemt haar zo. 88, [[a:Hofzichtlaan 232]], {{w:Mariahoeve}}. vriendin van [[p:Truus]] (zie casus [[p:Hoogstraten]]). ze vroeg of wij "ook voor haar" konden komen. ja dus. nieuwe aanmelding [[z:SWT-MH-24-0933]].
=====
hb [[p:Yohannes Kidane]] + [[p:Luwam Habtom]] [[a:Dierenselaan 55 hs]]. baby [[p:Saron]] geb [[d:9 sept]]. ehh [[d:9 september]]. [[p:luwam]] heeft ernstige buikpijn na keizersnede, durft niet naar HMC want "kost geld". uitgelegd: verzekerd ({{o:Menzis}} via gemeente, polisnr [[z:MZ-77012948]]). direct ha gebeld, vandaag nog langs. 
=====
[[p:Dmytro]] ([[p:Oksana]]'s zoon) appte me: "Hello miss, my mom is sick again, can you call? [[t:+380 67 441 2290]] is her old number, use [[t:06 8730 1952]]". moeder heeft dus 2 nrs. het oekraïense [[t:+380 67 441 2290]] werkt niet meer.
""")


# ---------------------------------------------------------------------------
# 14. Two long first drafts (close to the length limit)
# ---------------------------------------------------------------------------
add(r"""
CONCEPT casusles - thema schulden / jeugd - nog NIET anonimiseren want [[p:Stijn]] wil eerst het hele verhaal lezen
wie: [[p:Hülya Arslan]] (41), zoons [[p:Emre]] (16) en [[p:Kerem]] (12), [[a:Vlierboomstraat 77 hs]] [[pc:2564 JH]] {{w:Waldeck}}. bsn [[p:hülya]] [[b:459997750]]. tel [[t:06-3188 0442]], mail [[e:hulya.arslan82@hotmail.com]]
hoe binnen: school van [[p:emre]] ({{o:Zuid-West College}}) belde [[d:ma 23 sept]] dat [[p:emre]] stage bij een bezorgbedrijf niet afmaakt omdat hij 's avonds "moet werken". bleek: hij werkt 25u p/w zwart in een shisha lounge om de huur te betalen.
geld: [[p:hülya]] werkt 20u bij de thuiszorg ({{o:Cardia}}), ex betaalt geen alimentatie ({{o:LBIO}} zaak [[z:LBIO-2023-55812]] loopt). schulden ± 11.400: {{o:Haag Wonen}} 3.020 (4 mnd), {{o:Zilveren Kruis}} 1.880 via {{o:GGN}}, {{o:CJIB}} 640 (boetes op naam van ex maar auto op haar naam), {{o:Belastingdienst}} 2.900, {{o:Vodafone}} 410, {{o:Klarna}}/{{o:Riverty}} ca 2.550. rekening [[i:NL36RABO5099982181]].
wat we deden: 1) [[p:emre]]: met {{r:jongerenwerker}} [[p:Soufiane]] gesprek, [[p:emre]] stopt met zwart werk als de huur geregeld is 2) huur: {{o:Haag Wonen}} regeling 100 p/m + {{o:Stichting Urgente Noden}} eenmalig 1.500 (aanvraag [[d:1 okt]]) 3) alimentatie via LBIO 4) schuldhulp aanmelding [[z:SHV-DH-2024-11206]].
wat het opleverde: [[p:emre]] weer op stage sinds [[d:14-10]]. [[p:hülya]] zei "canım oğlum, hij had het nooit mogen doen". 
les: kinderen die bijverdienen zijn vaak een verborgen schuldhulpsignaal. vraag op school ook naar werk, niet alleen naar verzuim.
=====
verslag hb + daarna kort overleg met [[p:Meike]] en [[p:Hamza]] in de auto, [[d:vrijdag 8 maart 2024]], 13:30-15:00.
adres: [[a:Stortenbekerstraat 30-III]] (derde, geen lift), {{w:Laakkwartier}}. bewoners: dhr [[p:Sayed Jawad]] (66), mw [[p:Habiba Jawad]] (58), zoon [[p:Nasir]] (24, autisme), dochter [[p:Freshta]] (19). 
aanleiding: {{r:ha}} (dr. [[p:Hooftman]]) meldde dat mw in 3 mnd 4x op de huisartsenpost was met paniekaanvallen. gesprek met tolk dari (tolkentelefoon). mw vertelde: dhr heeft sinds 2022 geen AOW-opbouw in NL (pas sinds 2016 hier), krijgt onvolledige AOW + AIO. er is steeds geld tekort. [[p:nasir]] zit thuis, geen dagbesteding meer sinds [[d:31 december]] omdat de indicatie afliep en niemand verlengde. [[p:freshta]] studeert (mbo verpleegkunde), werkt in het weekend bij de {{o:Albert Heijn}}, geeft alles aan ouders.
schulden klein: {{o:Eneco}} 380, {{o:Dunea}} 120. maar de stress is groot. mw zei "khoda (god) helpt ons, maar ik slaap niet".
acties: [[p:Hamza]] -> {{r:Wmo-consulent}} voor verlenging dagbesteding [[p:nasir]], zaaknr [[z:WMO-24-019773]]; [[p:Meike]] -> aanvraag bijzondere bijstand + check AIO; ik -> {{r:poh-ggz}} voor mw + [[p:freshta]] apart spreken (jonge mantelzorger, stopt misschien met studie). dochter haar nr [[t:06 86 20 4471]], dhr [[t:070 - 39 10 882]].
les (voor later): een verlopen indicatie is een stille crisis. niemand belt als het niet verlengd wordt.
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
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError("unbalanced markup: %r" % text[:80])
    return text, pii, keep


def compact(s):
    return re.sub(r"[\s.\-/]", "", s).upper()


def bsn_ok(s):
    d = compact(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = compact(s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    wrong = {compact(w) for w in TYPED_WRONG}
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if compact(sp["text"]) in wrong:
                continue
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h121-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout121.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pc, kc = {}, {}
    for r in rows:
        for s in r["pii"]:
            pc[s["label"]] = pc.get(s["label"], 0) + 1
        for s in r["keep"]:
            kc[s["label"]] = kc.get(s["label"], 0) + 1
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    print(path)
    print(
        "texts",
        len(rows),
        "without pii",
        sum(1 for r in rows if not r["pii"]),
        "avg words %.1f" % (words / len(rows)),
    )
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
