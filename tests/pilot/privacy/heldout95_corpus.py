#!/usr/bin/env python3
"""Held-out test corpus 95: informal written communication of a Haagse
sociaal wijkzorgteam during the cross-team pilot (group chats, Teams exports,
comment threads, short e-mails, handover notes, to-do and attendance lists,
forwarded client messages).

Markup in SRC (stripped programmatically, so offsets are right by construction):
  [[p:..]] person  [[b:?]] bsn (generated, 11-check)  [[ph:..]] phone  [[e:..]] email
  [[i:?]] iban (generated, mod-97)  [[pc:..]] postcode  [[a:..]] address  [[d:..]] date
  [[ds:..]] dossier     {{w:..}} wijk  {{o:..}} org  {{r:..}} role
  bsn formats: ?p plain, ?d dotted, ?s spaced, ? random
  iban formats: ?p plain, ?s spaced, ?l lower-case plain, ? random
Texts are separated by a line containing only ~~~ .
Run: python3 heldout95_corpus.py  -> writes heldout95.jsonl next to this file.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout95.jsonl")

SRC = r"""
[[d:12-02-24]] 08:51 - [[p:Sanne]] {{o:SWT}}: morgen iemand mee naar mw [[p:el amrani]]? ze is weer niet bereikbaar op [[ph:06-41 27 93 05]] 😕
[[d:12-02-24]] 08:53 - [[p:Dirk-Jan]]: ik kan na 11u. de {{r:wijkverpleegkundige}} van {{o:Florence}} is er dinsdag ook al geweest
[[d:12-02-24]] 08:54 - [[p:Sanne]] {{o:SWT}}: top 👍 adres is [[a:Hobbemastraat 88-II]], bel werkt niet dus even via de buurvrouw aanbellen
[[d:12-02-24]] 09:02 - [[p:Imane]]: let op dat haar zoon [[p:Bilal]] soms boos wordt als er onverwacht mensen komen
[[d:12-02-24]] 09:03 - [[p:Sanne]] {{o:SWT}}: thx [[p:imaan]] 🙏
[[d:12-02-24]] 09:15 - [[p:Dirk-Jan]]: ok ik ben er om 11.15. als ze niet opendoet laat ik een kaartje achter. volgende poging [[d:wo 14 feb]], dan neem ik ook de {{o:Wmo}}-papieren mee (aanvraag [[ds:WMO-2024-05561]])
~~~
[ma 09:12] [[p:Bakker]], [[p:Roos]]
goeiemorgen allemaal ☕ wie heeft de sleutel van de kluis in het wijkcentrum in {{w:Mariahoeve}}? ik moet bij het dossier van dhr [[p:Ramautar]] ([[ds:SWT-MH-2024-0317]])
[ma 09:14] [[p:Zhou]], [[p:Mei Lin]]
ligt bij [[p:Gerrit]] in de la denk ik
[ma 09:15] [[p:Bakker]], [[p:Roos]]
[[p:gerrit]] is vrij vandaag 🙈
[ma 09:20] [[p:de Wit]], [[p:Gerrit]]
ben er morgen weer, rechterla onder de printer. en [[p:roos]] ff checken of de toestemmingsverklaring getekend is voordat je iets naar {{o:MEE}} stuurt
[ma 09:26] [[p:Bakker]], [[p:Roos]]
check, is getekend op [[d:2 februari]]. ik stuur de aanmelding vandaag naar {{o:MEE}}, met zijn nieuwe adres erbij: [[a:Ambachtsgaarde 218]], [[pc:2591 VG]]
~~~
Les: "Niet wachten op de verwijzing van de {{r:huisarts}}" – gedeeld door team {{w:Transvaal}}
💬 [[p:Hatice K.]] · 2 dagen geleden
Herkenbaar! Bij ons in {{w:Moerwijk}} hadden we precies zo'n casus, meneer kwam pas in beeld via de {{r:wijkagent}}. Wat hielp was dat de {{r:POH-GGZ}} een keer mee op huisbezoek ging.
💬 [[p:Kwame]] · gisteren
@[[p:Hatice]] hoe hebben jullie dat geregeld met de privacy? bij {{o:MEE}} mogen wij niet zomaar mee zonder toestemming
💬 [[p:Hatice K.]] · gisteren
we hebben het eerst aan meneer gevraagd natuurlijk 😉 stuur me maar een mailtje, [[e:h.kaya@xtra.nl]]
💬 [[p:Kwame]] · gisteren
top, doe ik. wij hebben trouwens [[d:donderdag 15 februari]] overleg met de {{r:huisartsen}} in {{w:Transvaal}}, daar wil ik het ook inbrengen. Zonder namen natuurlijk 😉
~~~
Hoi [[p:Merel]],

Hierbij de namen voor de brainstorm van [[d:do 7 maart]] over bemoeizorg: [[p:Ravi]], [[p:Femke Mulder]] en ik. [[p:Jeroen]] twijfelt nog ivm een crisiscasus.
Kun je de locatie nog even sturen? Vorige keer stond het verkeerde wijkcentrum in de uitnodiging 🙃

Groetjes,
[[p:Nadia Tahiri]]
{{r:Maatschappelijk werker}} {{o:SWT}} {{w:Escamp}} | {{o:Kwadraad}}
[[ph:06 - 183 470 29]]
PS: ik ben [[d:vrijdag 1 maart]] afwezig, bij spoed mijn duo-collega bellen op [[ph:070 - 752 81 40]].
~~~
OVERDRACHT ivm vakantie [[p:Femke]] (t/m [[d:22/3]])

- mw [[p:Nowak]] ([[p:Agnieszka]]), [[a:Stuwstraat 41]]: aanvraag bijz. bijstand loopt, klantnr [[ds:BB-24-10482]]. {{r:Tolk}} Pools nodig, nicht [[p:Kasia]] wil wel tolken maar liever niet ivm schuld bij haar.
- dhr [[p:Tavares]]: afspraak {{o:schuldhulp}} op [[d:19 maart]] om 10.00. Hij vergeet het zeker, ff sms'en de dag ervoor op [[ph:0624918370]]
- fam. [[p:Mahabier]]: niks doen, wachten op {{o:Veilig Thuis}}
Vragen? app me niet 😅 maar bel [[p:Sanne]].
- nieuwe aanmelding van vrijdag zit in het bakje: adres [[a:Stuwstraat 63]], [[pc:2522 AE]], graag binnen een week bellen ([[ph:06-28 55 10 47]])
~~~
todo wk 11
[ ] rapportage [[p:Haddad]] afmaken (deadline vr)
[x] mail naar {{r:bewindvoerder}} ivm [[i:?s]] – rekening van mw klopte niet
[ ] [[p:rb]] bellen over huisbezoek {{w:Mariahoeve}}
[ ] evaluatie kick-off [[d:22-11]] uitwerken voor [[p:Anouk]]
[ ] {{o:Wmo-loket}} nabellen: nr [[ds:WMO-2024-08813]]
[ ] 😩 declaraties
[ ] huisbezoek [[a:Wouwermanstraat 88]] verzetten naar [[d:do 21/3]]
[ ] brief {{o:CAK}} scannen ([[ds:CAK-5510-3387]])
~~~
Presentielijst startbijeenkomst pilot "Samen werken in het sociale domein" – [[d:6 februari]], {{o:Servicepunt XL}} {{w:Laak}}

1. [[p:Anouk Visser]] ({{o:Crossover}}, {{r:facilitator}})
2. [[p:M. Hoek]] ({{o:CAOP}})
3. [[p:Sanne de Groot]] – {{w:Escamp}}
4. [[p:Dirk-Jan Koster]] – {{w:Escamp}}
5. [[p:Roos Bakker]] – {{w:Mariahoeve}}
6. [[p:Kwame Owusu]] – {{w:Transvaal}}
7. [[p:Hatice Kaya]] – {{w:Moerwijk}}
8. [[p:Ravi]] (achternaam?) – {{w:Schilderswijk}}
afgemeld: [[p:Jeroen Smit]], [[p:Imane]]
Volgende bijeenkomst: [[d:do 7 maart]] (workshop huiselijk geweld). Opgeven vóór [[d:23 februari]] via [[e:pilot.sociaaldomein@denhaag.nl]].
~~~
Doorgestuurd door [[p:Imane Aouragh]]:
"goedemiddag mevrouw [[p:imane]] ik ben het [[p:fatma]] van de [[a:weimarstraat 212]] ik heb weer brief gekregen van woningbouw dat ik moet weg als ik niet betaal voor [[d:1 april]]. mijn bsn [[b:?p]] staat erop. wat moet ik doen?? ik kan niet slapen. mijn dochter [[p:Elif]] zegt bel de gemeente maar die neemt niet op"
→ wie kan morgen langs? ik zit de hele dag op het stadhuis
haar zaaknummer bij {{o:Haag Wonen}} is [[ds:HW-2024-77810]], huurachterstand sinds [[d:1 december]]. postcode voor de navigatie: [[pc:2562 GV]]
~~~
[[[d:04-03-2024]] 17:32:10] [[p:Kwame Owusu]]: update dhr [[p:Tesfay]]: hij is gisteren opgenomen in het {{o:HMC Westeinde}}, zus [[p:Senait]] is bij hem. Ze vraagt of iemand de post kan ophalen op [[a:Wouwermanstraat 17a]]
[[[d:04-03-2024]] 17:40:55] [[p:Hatice Kaya]]: ik woon daar om de hoek, doe ik morgen
[[[d:04-03-2024]] 17:41:02] [[p:Kwame Owusu]]: 🙏 sleutel ligt bij de buurman, meneer [[p:Boateng]]. zeg maar dat je van het {{o:SWT}} bent
[[[d:05-03-2024]] 09:12:40] [[p:Hatice Kaya]]: post opgehaald 📬 oa een brief van {{o:DUO}} en eentje van de rechtbank. ligt in zijn vak op kantoor. nazorgafspraak bij het {{o:HMC}} staat op [[d:12 maart]]
~~~
Van: [[p:Jeroen Smit]] <[[e:j.smit@denhaag.nl]]>
Verzonden: [[d:woensdag 13 maart 2024]] 16:02
Aan: {{o:SWT}} {{w:Bouwlust}}/{{w:Vrederust}}
Onderwerp: FW: klacht

Ter info, zie hieronder. Ik heb mw. [[p:De Hoop]] teruggebeld en gezegd dat we de klacht serieus nemen. Wie pakt dit op? Graag voor vrijdag.

---
Van: [[e:annie.dehoop1951@ziggo.nl]]
Ik ben al 3 keer gebeld door een meneer van jullie die mijn naam verkeerd zei en nu krijg ik post op [[a:Melis Stokelaan 2207]] terwijl ik al een jaar op [[a:Dedemsvaartweg 311]] woon. Dit is [[pc:2545 AJ]]. Wilt u dit aanpassen.
[[p:A. de Hoop]]
---
Reactie [[p:Sanne]]: ik pak het op. Het oude adres staat nog bij {{o:Wmo}}-zaak [[ds:WMO-2023-14402]], ik laat het wijzigen. Ik bel haar [[d:maandag 18 maart]].
~~~
Sessie: expertmeeting huiselijk geweld ([[d:18 april]]) – opname & slides
↳ [[p:femke]]: slides 12-14 over de meldcode waren echt goud, kunnen die in de kennisbank?
↳ [[p:Anouk V.]]: @[[p:femke]] ja, komen eraan! ik moet alleen de casus op dia 9 nog anonimiseren, daar stond de voornaam van de dochter nog in 🙈
↳ [[p:Gerrit]]: goed dat je het ziet. en de spreker van {{o:Veilig Thuis}} (mw [[p:Doelwijt]]) wil haar mailadres er liever niet op
↳ [[p:femke]]: 👍👍
↳ [[p:Anouk V.]]: update: slides staan in de kennisbank, versie van [[d:22 april]]. De oude link (van [[d:19 april]]) graag niet meer gebruiken
~~~
nachtdienst → dagdienst: dhr [[p:van 't Hof]] belde 3x met het piketnummer, verward, zegt dat buurman [[p:Kees]] zijn pinpas heeft. {{r:Wijkagent}} ([[p:Vos]]) is ingelicht, komt morgen langs op [[a:Fahrenheitstraat 560]]. Dochter [[p:Ilse]] niet bereikbaar ([[ph:+31 6 2281 4470]]). graag {{r:casemanager dementie}} ff inschakelen, {{r:huisarts}} dr. [[p:Lam]] weet ervan.
Dochter heeft ook een vast nummer: [[ph:070 - 366 41 20]]. Afspraak geheugenpoli {{o:Bronovo}} staat op [[d:vrijdag 22 maart]], vervoer nog regelen.
~~~
[[p:Anouk Visser]] (Extern) 10:02
Stemmen voor de 4 thema's sluit [[d:vrijdag 24 november]]! Tussenstand: jeugd 31, ouderen 27, huiselijk geweld 22, bemoeizorg 19 🗳️
[[p:Kaya]], [[p:Hatice]] 10:05
ik mis nog 'schulden' als thema eerlijk gezegd
[[p:Owusu]], [[p:Kwame]] 10:06
+1 [[p:hatice]]
[[p:Anouk Visser]] (Extern) 10:09
Goed punt, zet ik op de lijst voor de startbijeenkomst in februari
[[p:Anouk Visser]] (Extern) 10:30
Update: ook de teams uit {{w:Escamp}} en {{w:Laak}} hebben gestemd. De uitslag maken we bekend op [[d:maandag 27 november]] via de mail.
~~~
fwd van [[p:Dirk-Jan]]: sms van mw [[p:Pinas]] vanochtend 07:12
"Goede morgen zuster, mijn been is weer dik en rood. [[p:Romano]] kan vandaag niet rijden. Kan iemand komen? Ik ben thuis hele dag. Groet [[p:Wilhelmina Pinas]] [[ph:070 394 12 57]]"
heb doorgezet naar {{o:Florence}}, zij gaan rond 11 uur. cliëntnr bij {{o:Florence}}: [[ds:FL-778201]]
update 13:05: wond verzorgd, {{r:huisarts}} belt morgen terug. mw woont op [[a:Paul Krugerlaan 71-I]], [[pc:2572 TA]], sleutel in het kluisje, code in het dossier.
~~~
Hoi [[p:Mei]],

Kun jij voor dhr. [[p:Ghebremariam]] nog checken of het rekeningnummer klopt? Op het formulier staat [[i:?s]] maar de {{o:SVB}} heeft iets anders. Hij heeft ook een {{r:bewindvoerder}} sinds vorig jaar (mw. [[p:Ellens]], [[e:info@ellensbewind.nl]]) dus misschien moet het via haar.

Alvast bedankt!
[[p:Kwame]]
PS: hij heeft ook een nieuwe brief van de {{o:SVB}} gekregen, gedateerd [[d:28 februari]], kenmerk [[ds:SVB/KB/2024/55120]]. Ik scan hem vandaag in.
~~~
[[d:25/03/2024]], 12:20 - [[p:Roos]]: Lunch met de {{r:ouderenconsulenten}} is verzet naar [[d:do 4 april]] 🥪
[[d:25/03/2024]], 12:21 - [[p:Mei Lin]]: ah jammer, dan ben ik bij de training. Kan [[p:Lotte]] gaan?
[[d:25/03/2024]], 12:25 - [[p:Lotte]] (stage): ja hoor!! moet ik iets meenemen?
[[d:25/03/2024]], 12:26 - [[p:Roos]]: nee alleen jezelf 😄 o en mw [[p:Mensah]] wil je leren kennen, ze woont op de [[a:Ruychrocklaan 14-hs]], kunnen we erna even aanwippen
[[d:25/03/2024]], 12:31 - [[p:Roos]]: bel aan bij de groene deur, postcode is [[pc:2597 LA]] als je fietst 🚲
~~~
Rooster inloopspreekuur {{o:Servicepunt XL}} {{w:Moerwijk}}
ma [[d:8/4]] – [[p:HK]] + {{r:vrijwilliger}} [[p:Bram]]
di [[d:9/4]] – [[p:Ravi]]
wo [[d:10/4]] – geen spreekuur (Suikerfeest)
do [[d:11/4]] – [[p:HK]] / [[p:DJ]]
vr [[d:12/4]] – [[p:Sanne]] (tot 12u)
ruilen? app [[p:Hatice]] 📲
ma [[d:15/4]] + di [[d:16/4]] – nog open, graag invullen voor [[d:vr 12/4]]
~~~
Overdracht casus [[p:Al-Khatib]] van [[p:Sanne]] naar [[p:Kwame]]

Gezin (vader [[p:Bashar]], moeder [[p:Rania]], 3 kinderen, jongste [[p:Lama]] 4 jr) woont sinds 2022 op [[a:Jan van der Heijdenstraat 126]], [[pc:2525 TN]]. Problemen: schulden (± € 8.000), vader overspannen, oudste zoon ([[p:Omar]], 16) veel op straat. {{o:CJG}} is betrokken voor de kinderen, contactpersoon [[p:Yvonne]] ([[ph:070-7525311]]). Moeder spreekt redelijk Nederlands, vader liever Arabisch via {{r:tolk}}.
Let op: vader wil niet dat de {{o:GGZ}} erbij komt, "ik ben niet gek". Dit kost tijd.
Registratie: [[ds:SWT-ESC-24-0091]]
Afspraken: [[d:di 19 maart]] 10u huisbezoek samen met {{o:CJG}}; [[d:25 maart]] intake {{o:schuldhulpverlening}}. Rekening voor het leefgeld: [[i:?s]].
~~~
👏 mooie les [[p:Dirk-Jan]]! vooral het stukje over de mantelzorger die zelf overbelast was. Bij ons ({{w:Ypenburg}}) zie ik dat ook steeds vaker. Vraagje: noem je de zoon niet beter "zoon" ipv [[p:Thijs]]? staat nu 2x in de tekst 😬 – [[p:Merel]]
Bij ons geldt trouwens een vaste regel: elke les gaat eerst langs de {{r:privacy officer}} voordat hij online komt. Die vond vorige week nog een les van [[d:7 februari]] met een compleet adres erin ([[a:Melis Stokelaan 1410]]) 🙈
~~~
Beste collega's,

Vanaf [[d:1 mei]] ben ik niet meer jullie aanspreekpunt bij {{o:Haag Wonen}}; mijn taken gaan naar [[p:Ricardo Martina]] ([[e:r.martina@haagwonen.nl]], [[ph:06-5290 3381]]). Lopende zaken zoals de huurachterstand van de familie [[p:Sulvaran]] ([[a:Hengelolaan 1000]]) heb ik al met hem doorgesproken.

Bedankt voor de fijne samenwerking de afgelopen 6 jaar!

Hartelijke groet,
[[p:Jolanda Veldman]]
{{r:Woonconsulent}} {{w:Escamp}}
PS: let op, ons kantoor verhuist per [[d:15 mei]]. Mijn mailadres [[e:j.veldman@haagwonen.nl]] blijft tot eind mei actief.
~~~
[[d:2-4-24]] 19:45 - [[p:DJ Koster]]: mw [[p:de bruijn]] gevallen, ambulance is er, gaat naar {{o:Haga}}. buurvrouw [[p:ans]] heeft de kat
[[d:2-4-24]] 19:47 - [[p:Sanne dG]]: oh nee 😢 moeten we de dochter bellen?
[[d:2-4-24]] 19:47 - [[p:DJ Koster]]: heb ik gedaan, [[p:Petra]] rijdt vanuit Zwolle
[[d:2-4-24]] 19:52 - [[p:Sanne dG]]: ok, morgen overleg wie de {{o:Wmo}}-aanvraag voor de traplift oppakt, die stond al sinds jan
[[d:3-4-24]] 08:10 - [[p:DJ Koster]]: update: heup gebroken, wordt [[d:vrijdag 5 april]] geopereerd. dochter logeert zolang op [[a:Erasmusweg 990]], haar nummer: [[ph:06-41 55 20 89]]
~~~
Openstaande acties pilotgroep (stand [[d:15-3]])
• [[p:Femke]] + [[p:Ravi]]: casusbeschrijving bemoeizorg herschrijven zonder herleidbare details (straatnaam eruit!)
• [[p:Hatice]]: contact leggen met {{o:Stek}} / {{r:buurtsportcoach}} [[p:Youssef]]
• [[p:AV]]: datum expertmeeting prikken → [[d:16 april]] of [[d:23 april]]?
• [[p:GdW]]: budget checken bij de gemeente (€ 2.500 over)
• allen: les uploaden vóór [[d:vrijdag 29/3]]
• contact {{o:Stek}}: mail naar [[e:y.elkaddouri@stek.nl]], tel [[ph:06 - 244 173 90]]
~~~
Ingesproken bericht (transcriptie Teams), doorgestuurd door [[p:Ravi J.]]:
"ja hallo met [[p:Mo]], [[p:Mohamed Azzouzi]], eh ik bel voor mijn moeder mevrouw [[p:Azzouzi]], eh zij heeft een brief van het {{o:CAK}} gekregen met een rekening van 400 euro ofzo, kunt u mij terugbellen op [[ph:06 12 39 45 07]], ja dank u wel, doei"
Teruggebeld [[d:21-03-2024]] 14.10 – geen gehoor. Tweede poging op [[d:22-03]] gelukt, moeder woont op [[a:Vermeerstraat 48]], afspraak gemaakt voor volgende week.
~~~
Les van {{w:Duindorp}} (door [[p:Jeroen]]): meneer [[p:Zuiderduin]] (78) was zijn hele leven visser en liet niemand binnen. Pas toen buurman [[p:Arie]] vertelde dat ik ook uit een vissersfamilie kom, ging de deur open 😄 Sindsdien komt de {{r:wijkverpleegkundige}} 2x per week. Tip: zoek het gemeenschappelijke, ook als dat niks met zorg te maken heeft.
Reactie [[p:Roos B.]]: mooi! wel even zijn achternaam eruit halen voor we 'm delen.
Reactie [[p:Jeroen]]: klopt, doe ik. Ik maak er 'meneer (78) uit {{w:Duindorp}}' van. Het huisbezoekverslag van [[d:14 februari]] haal ik ook uit de bijlage.
~~~
Van: [[e:tomek.zielinski88@gmail.com]]
Datum: [[d:ma 18 mrt. 2024]] om 22:17
Onderwerp: pomoc / hulp

Dag mevrouw, ik ben [[p:Tomasz Zieliński]], mijn vriend [[p:Paweł]] gaf uw mail. Ik werk bij kassen in Westland maar nu geen werk sinds 2 weken en geen huis, slaap bij vriend op [[a:Goudenregenstraat 96]]. Ik heb geen BSN, alleen RNI nummer. Kan ik hulp krijgen?
Telefoon [[ph:+48 601 223 914]]

-- doorgestuurd door [[p:Mei Lin]]: iemand ervaring met RNI en dakloosheid? {{o:Leger des Heils}}?
-- [[p:Femke]]: ik ken iemand bij het {{o:Leger des Heils}}, ik stuur het door. Hij kan op [[d:woensdag 20 maart]] om 9u terecht bij het {{o:Servicepunt XL}} {{w:Centrum}}.
~~~
[[p:Gerrit de Wit]] reageerde op "Huisbezoek met z'n tweeën: wanneer wel, wanneer niet?"
Eens met [[p:Sanne]]. Sinds het incident bij dhr. [[p:K.]] in januari gaan we in {{w:Escamp}} bij nieuwe bemoeizorgcasussen altijd met 2. Kost meer uren, maar de {{r:teamleiders}} van andere teams zien dat ook zo.
   ❤️ 4   👍 2
   ↳ [[p:Imane]]: en wat als er maar 1 {{r:casusregisseur}} beschikbaar is? dan gaat er niemand? 🤔
   ↳ [[p:Gerrit de Wit]]: dan bel je [[p:Kees]] ({{r:wijkagent}}) of iemand van {{o:Parnassia}}
   ↳ [[p:Imane]]: helder. Staat dat ergens in het werkproces? Ik zie alleen een versie van [[d:1 november]] en daar staat het niet in.
~~~
MDO [[d:di 12-3]] – casus [[ds:2024-00412]]
aanw: [[p:SdG]] ({{r:MW}}), [[p:DJK]] ({{r:WV}}), [[p:IA]] ({{r:CR}}), {{r:HA}} [[p:Verhoef]], {{r:SPV}} [[p:Elsa]] ({{o:Parnassia}})
afw: [[p:KO]]
- cliënte (mw. [[p:R.]], 54) wil geen opname, wel hulp bij administratie
- actie [[p:IA]]: aanmelden {{o:schuldhulpverlening}}
- actie [[p:DJK]]: medicatie-uitgifte 2x/wk
- volgend MDO [[d:26/3]]
- dochter mag gebeld worden (toestemming [[d:12-3]]): [[ph:06-1207 4418]]
- huurachterstand [[a:Hengelolaan 730]] → {{o:Haag Wonen}} bellen
~~~
doorgestuurd van mw [[p:Wijngaarde]] (via [[p:Ravi]]):
"[[p:Ravi]] mijn jongen, [[p:Desmond]] is weer niet thuis gekomen sinds zaterdag. Ik heb {{o:politie}} gebeld ze zeggen hij is volwassen. Kom jij vandaag? Ik maak roti 😊 adres weet je, [[a:Delftselaan 37-II]]"
@[[p:Kwame]] kun jij mee? ik wil niet alleen ivm haar ex
update 17u: [[p:Desmond]] is terecht, zat bij een vriend in {{w:Moerwijk}}. moeder wil wel dat we blijven komen, volgende keer [[d:di 2 april]]
~~~
Hoi [[p:Femke]],
Graag even niet meer BSN's in de mail zetten hè 😉 (zag net [[b:?d]] staan in je bericht over mw. [[p:Kalpoe]]). Gebruik het registratienummer, bv [[ds:SWT-LK-2023-1187]].
Groet, [[p:Imane]]
PS: en de geboortedatum ([[d:17-08-1958]]) hoeft er ook niet in.
~~~
[[p:Sewnath]], [[p:Anjali]] 14:32
Iemand een idee voor dagbesteding voor een man met LVB in {{w:Laakkwartier}}? Hij is 23, woont bij oma ([[a:Kempstraat 156 bis]]) en verveelt zich kapot. {{o:MEE}} heeft een wachtlijst van 10 weken
[[p:Owusu]], [[p:Kwame]] 14:40
@[[p:Anjali]] probeer {{o:Middin}} of de kringloop via het {{o:Haags Werkplein}}? Ik mail je een contactpersoon
[[p:Sewnath]], [[p:Anjali]] 14:52
top, dank! oma belt zelf ook nog, haar nummer is [[ph:070 - 388 71 03]], ze is er elke ochtend. startgesprek staat op [[d:maandag 8 april]]
~~~
ff snel: [[p:noah]] (kleinzoon van mw [[p:Ivanova]]) komt morgen de sleutel halen, dat mag. Bulgaarse {{r:tolk}} geregeld voor [[d:donderdag 11 april]] via {{o:TVcN}}. — [[p:MLZ]]
{{r:Tolk}} komt om 10u naar [[a:Loosduinseweg 401]], [[pc:2571 BB]]. Kosten op [[ds:TVCN-24-018821]].
~~~
Onderwerp: verslag expertmeeting + foto's
Hallo pilotgroep 👋
Dank voor jullie inbreng op [[d:18-04-2024]]! In de bijlage het verslag. Twee dingen:
1) Op de foto's staan ook de {{r:ervaringsdeskundigen}} [[p:Ayaan]] en [[p:Sahra Warsame]]; zij hebben toestemming gegeven voor intern gebruik, NIET voor de website.
2) Wie wil in juni de slotbijeenkomst mee voorbereiden? Reageer vóór [[d:1/5]].
Hartelijke groet, [[p:Anouk]] & [[p:Merel]]
PS: de presentielijst van [[d:18 april]] staat in de map, graag checken of je naam goed gespeld is. Het verslag gaat ook naar {{o:Veilig Thuis}} en {{o:CAOP}}.
~~~
[[d:08-01-2024]] 09:01 - [[p:Fatima]] {{o:SWT}}: gelukkig nieuwjaar allemaal!! 🎉
[[d:08-01-2024]] 09:03 - [[p:Bas]]: jij ook [[p:fat]]! heeft iemand nog iets gehoord van dhr [[p:Öztürk]]?
[[d:08-01-2024]] 09:10 - [[p:Fatima]] {{o:SWT}}: ja hij zit tijdelijk bij zijn broer [[p:Mehmet]] in {{w:Transvaal}}, [[a:Paul Krugerlaan 133B]]. tel broer [[ph:0687201946]]
[[d:08-01-2024]] 09:11 - [[p:Bas]]: 👍 zet ik in het dossier
[[d:08-01-2024]] 09:20 - [[p:Fatima]] {{o:SWT}}: afspraak met hem staat op [[d:woensdag 10 januari]] 14u bij {{o:Servicepunt XL}} {{w:Transvaal}}. postcode broer is [[pc:2572 HK]] als iemand langs wil
~~~
📌 Les: "Eerst rust, dan regelen" – [[p:Nadia T.]], {{w:Escamp}}
Reacties (3)
[[p:Jeroen]]: sterke les. hoe lang duurde het voordat {{o:schuldhulp}} startte?
[[p:Nadia T.]]: 7 weken. In die tijd hebben we met de {{r:bewindvoerder}} een leefgeldrekening geopend ([[i:?s]]), eigenlijk had dat nummer hier niet in moeten staan, ik pas het aan 🙈
[[p:Merel Hoek]]: dank [[p:Nadia]]! ik haal 'm er ook uit in de export naar de kennisbank
[[p:Nadia T.]]: aangepast! de versie van [[d:6 maart]] staat erop. De schuldregeling loopt overigens nog tot [[d:1 februari 2027]] 😅
~~~
Hi [[p:Mei]],

De {{o:Wmo}}-melding voor mw [[p:Georgieva]] ([[p:Radka]], geb. [[d:14-07-1949]]) is gedaan op [[d:20 maart]], zaaknr [[ds:Z/24/331870]]. Ze woont op [[a:Zuidlarenstraat 61]], [[pc:2545 VB]], 3-hoog zonder lift, dus de vraag is eigenlijk verhuizing met urgentie. Kun jij het keukentafelgesprek doen? Haar zoon [[p:Yordan]] ([[ph:+359 88 412 7730]]) wil er graag bij zijn, hij is in mei in NL.

Dank je!
[[p:Kwame]]
PS: de {{r:huisarts}} heeft een brief gestuurd ([[d:11 maart]]) die de urgentie ondersteunt, zit in het dossier onder [[ds:Z/24/331870]] (bijlage 2).
~~~
TO DO (vr)
- [[p:Monteiro]] → brief {{o:UWV}} scannen
- bellen [[p:Lopes]] jr. ([[ph:06-33 48 21 90]])
- [[p:roos]] terugbellen!!!
- {{o:Voedselbank}} verwijsbrief fam. [[p:Semedo]], [[a:Hoefkade 708]]
- boodschappen: koffie, melk voor kantoor ☕
- les "bemoeizorg bij verzamelwoede" reviewen vóór [[d:do 11/4]]
- {{o:UWV}}-kenmerk van dat dossier: [[ds:UWV-2024-118-4402]]
- verlof [[d:vr 26 april]] invoeren!!
~~~
doorgestuurd bericht
Van: [[p:Abrehet]]
"hello sister [[p:Hatice]]. the letter from gemeente say i must come [[d:monday 15 april]] 9.30 Leyweg. my son [[p:Yonas]] school trip same day. can you call them? my number change, now [[ph:0626 401 883]]. thank you 🙏"
[[p:Hatice]]: ik bel de {{r:klantmanager}} wel. weet iemand of [[p:Yonas]] bij het {{o:CJG}} bekend is?
[[p:Hatice]] (later): afspraak verzet naar [[d:woensdag 17 april]] 9.30. Ze woont trouwens niet meer op [[a:Schalk Burgerstraat 30]], nieuw adres volgt.
~~~
Weekoverdracht {{w:Mariahoeve}} – wk 14 (door [[p:Roos]])

1. mw [[p:Tan]] ([[a:Ambachtsgaarde 12]]): vergeetachtiger. {{r:casemanager dementie}} [[p:Willemijn]] gaat [[d:8/4]] langs. Dochter woont in Rotterdam, [[e:jessica.tan@outlook.com]].
2. dhr en mw [[p:Groen]]: mantelzorg valt zwaar, mw is 84 en zorgt voor dhr. Respijtzorg aangevraagd bij {{o:Humanitas}}.
3. [[p:Ahmadzai]] (gezin, 5 kids): woning te klein, urgentie afgewezen. Bezwaar vóór [[d:19 april]]!
4. Nieuw: aanmelding via {{o:Servicepunt XL}}, dhr [[p:Kraaijenbrink]], eenzaamheid.
5. Niet vergeten: teamuitje [[d:vrijdag 12 april]] 🎳, opgeven bij [[e:mariahoeve.swt@denhaag.nl]]
~~~
[[d:11-4-24]] 16:02 - [[p:femke]]: heeft iemand een pinautomaat gezien die wel briefjes van 5 geeft haha
[[d:11-4-24]] 16:03 - [[p:ravi]]: ??
[[d:11-4-24]] 16:03 - [[p:femke]]: sorry verkeerde app 🙈🙈 was voor mn zus
[[d:11-4-24]] 16:10 - [[p:ravi]]: haha. btw mw [[p:kross]] heeft haar nieuwe nummer doorgegeven: [[ph:06-1947 3320]]. zet jij het in het dossier? ik kan niet inloggen
[[d:11-4-24]] 16:14 - [[p:femke]]: gedaan ✔ en ook haar nieuwe adres erbij gezet, [[a:troelstrakade 160]], [[pc:2531 ad]]. afspraak staat op [[d:ma 15/4]]
~~~
-----Oorspronkelijk bericht-----
Van: {{o:Gezondheidscentrum Transvaal}} <[[e:poh.ggz@gc-transvaal.nl]]>
Verzonden: [[d:vrijdag 5 april 2024]] 11:48
Aan: [[p:Kwame Owusu]]
Onderwerp: pt. [[p:J. Mensah-Boateng]], geb. [[d:03-11-1961]]

Beste [[p:Kwame]],
Zoals telefonisch besproken: patiënte heeft toestemming gegeven om informatie te delen. Zij gebruikt sinds kort sertraline en heeft veel zorgen over haar schulden. Wil jij contact opnemen? Zij is het beste bereikbaar na 14u op [[ph:070 - 380 22 17]].
Met vriendelijke groet,
[[p:Lianne van Beek]], {{r:POH-GGZ}}

fyi [[p:Imane]], neem jij de {{o:SHV}}-kant?
PS van [[p:Kwame]]: eerste afspraak staat op [[d:dinsdag 9 april]], bij haar thuis ([[a:Goudenregenstraat 310]]).
~~~
Brainstorm thema jeugd – [[d:27 feb]] – {{o:CJG}} {{w:Segbroek}}
Aanwezig (handtekeningen):
[[p:R. Jagessar]] ✓
[[p:F. Mulder]] ✓
[[p:Kübra Demir]] ({{o:CJG}}) ✓
[[p:Thomas]] ({{r:jongerenwerker}}, {{o:Xtra}}) ✓
[[p:Wu Jing]] ✓
[[p:Lisanne ten Broek]] ✓
[[p:Djamila]] ✗ ziek
Volgende bijeenkomst: [[d:di 26 maart]], zelfde plek. Uitwerking post-its door [[p:R. Jagessar]] vóór [[d:15 maart]].
~~~
Van: [[e:sunshine_sabajo@hotmail.com]]
aan: [[e:d.koster@florence.nl]]

beste [[p:dirk jan]] ik wil even zegge dat de nieuwe zuster [[p:Jade]] heel lief is voor me moeder. maar ze komt steeds te laat en dan mist me moeder haar medicijnen van 8 uur. kan dat anders?
groetjes [[p:Sharon Sabajo]] dochter van mw [[p:Sabajo]] [[a:Erasmusweg 1102]]
ps me moeder haar nummer is [[ph:070 - 329 51 84]] en de mijne [[ph:06-15 92 73 06]]. de afspraak van [[d:donderdag 21 maart]] kan ze niet
~~~
📅 Workshop "Samen naar de voordeur" – [[d:di 5 maart]], 13.30-16.00, {{o:Servicepunt XL}} {{w:Schilderswijk}}
Aanmeldingen: 14/20
💬 [[p:Bram]]: kan ik ook mijn {{r:stagiair}} meenemen? [[p:Noor]] zit bij ons tot de zomer
💬 [[p:Anouk Visser]]: natuurlijk, graag zelfs!
💬 [[p:Sanne]]: ik kom iets later, eerst huisbezoek in {{w:Moerwijk}}
💬 [[p:Anouk Visser]]: de locatie is veranderd! Het wordt de grote zaal, ingang via de achterkant. Vragen: [[ph:06 - 21 44 87 03]] (ik) 📞
~~~
overdracht crisisdienst [[d:za 16/3]]
melding buren [[a:Troelstrakade 4]]: geschreeuw. {{o:politie}} ter plaatse, mw [[p:Hodan A.]] en 2 kinderen naar opvang ({{o:Veilig Thuis}} ingelicht, meldingnr [[ds:VT-24-02281]]). partner (dhr. [[p:Farah]]) → 10 dagen huisverbod.
maandag: {{r:casusregisseur}} koppelen, {{o:CJG}} ivm kids ([[p:Abdullahi]] 9 jr, [[p:Ifrah]] 6 jr)
melding {{o:politie}}: [[ds:PL1500-2024077812]]. opvangadres NIET in het dossier zetten. mw bereikbaar via [[ph:06-30 81 55 29]] (nieuw toestel).
~~~
[[p:Mulder]], [[p:Femke]] 11:20
Heeft iemand de brief van de {{o:Belastingdienst}} van [[p:Grzegorz W.]] gezien? Hij zegt dat de toeslag op een oude rekening is gestort ([[i:?p]]) die niet meer van hem is. Aanslagnr [[ds:8812.66.041.A.01]]
[[p:Kowalczyk]], [[p:Ewa]] 11:31
ja die heb ik gescand, staat in de map van [[p:Grzegorz]]. Ik bel hem vanmiddag in het Pools
[[p:Mulder]], [[p:Femke]] 11:40
thx! afspraak met hem [[d:donderdag 21 maart]] 10u. zijn nieuwe rekening is [[i:?s]]
~~~
[[d:17-04-2024]] 07:58 - [[p:Dirk-Jan]]: ben ziek 🤒 kan iemand om 10u mw [[p:Schouten]] doen? [[a:Sportlaan 302]], code sleutelkastje staat in het dossier. sorry!!
[[d:17-04-2024]] 08:05 - [[p:Roos]]: ik doe het 👍 ook de middagafspraak op [[a:Sportlaan 288]]?
~~~
Onderwerp: Kick-off [[d:22 november]] – wie doet wat
Hoi allemaal,
Voor de kick-off in het stadhuis (Atrium): [[p:Gerrit]] opent, [[p:Anouk]] en [[p:Merel]] van {{o:Crossover}}/{{o:CAOP}} leiden de stemming over de thema's. [[p:Hatice]] en [[p:Bas]] doen de registratie bij de ingang. We verwachten alle 24 teams, ca. 200 mensen 😳
Vragen → [[e:pilot.sociaaldomein@denhaag.nl]] of app mij ([[ph:06 48 21 70 63]]).
[[p:Jeroen]]
PS: aanmelden via het formulier, uiterlijk [[d:15 november]]. Dieetwensen graag doorgeven aan [[e:facilitair.stadhuis@denhaag.nl]].
~~~
[[p:wim]] ({{r:ouderenadviseur}}, {{w:Scheveningen}}): goeie les. 1 ding, jullie schrijven "mw. [[p:visser]]" in alinea 3, is dat haar echte naam?
  ↳ [[p:Roos Bakker]]: oeps ja 😳 aangepast naar "mw. [[p:V.]]"
  ↳ [[p:wim]]: 👍 en haar dochter [[p:Marjan]] staat ook nog in de bijlage
  ↳ [[p:Roos Bakker]]: ook weg. dank je [[p:wim]]!
  ↳ [[p:wim]]: er stond ook nog een datum in: "opname [[d:3 oktober]]". kan ook weg denk ik
~~~
Belrondje kerst – ouderen 75+ {{w:Bezuidenhout}} ({{r:vrijwilligers}}: [[p:Anneke]], [[p:Ton]])
mw [[p:Brouwer]]        [[ph:070-3837410]]   gebeld ✔️ gaat naar kerstdiner
dhr [[p:Zwart]]         [[ph:070-3856129]]   geen gehoor 2x
mw [[p:Lie]]            [[ph:06-24553190]]   wil bezoek, doorgeven aan [[p:Anneke]]
dhr [[p:de Haan]] ([[p:Wim]]) [[ph:070-3294415]]   ❌ overleden [[d:12/12]]
volgende ronde [[d:dinsdag 16 januari]]. Nieuwe nummers doorgeven aan {{o:Xtra}}.
~~~
[[p:Hoek]], [[p:Merel]] 15:01
Vergeten jullie de bloemen voor [[p:Joke]] niet? Ze gaat [[d:vrijdag 31 mei]] met pensioen na 38 jaar in {{w:Laak}} 🌷
[[p:Bakker]], [[p:Roos]] 15:03
ik haal ze bij de bloemist op de markt, wordt een bos rozen haha
[[p:de Wit]], [[p:Gerrit]] 15:04
top. de bakker om de hoek levert taart, heb ik besteld
[[p:Hoek]], [[p:Merel]] 15:05
❤️
Cadeau: graag een bijdrage op [[i:?s]] (rekening van [[p:Roos]]) vóór [[d:woensdag 29 mei]] 🙏
~~~
Doorgestuurd door [[p:Kees Vos]] ({{r:wijkagent}} {{w:Zeeheldenkwartier}}):
"Goedenavond, ik maak me zorgen om mijn bovenbuurman, meneer [[p:Kroon]]. Al een week steekt zijn post uit de bus en de gordijnen zijn dicht. Hij heeft geen familie denk ik. Groet, [[p:Lidewij Sterk]], [[a:Prins Hendrikstraat 10]], [[pc:2518HL]]"
[[p:Kees]]: ik ben geweest, hij leeft maar ziet er slecht uit. Kunnen jullie aanhaken?
Buurvrouw is bereikbaar op [[ph:06-39 28 41 77]]. Ik kom zelf weer langs op [[d:vrijdag 12 april]].
~~~
Hoi [[p:Jeroen]], klantdossier [[ds:#48213]] is dubbel aangemaakt in het systeem (ook als [[ds:#48217]]), van dhr. [[p:Chen Wei]]. Kun jij ze laten samenvoegen? Thx! [[p:Mei Lin]]
Zijn geboortedatum staat in de ene als [[d:3-6-1955]] en in de andere als [[d:6-3-1955]], dus welke klopt weet ik niet 🙈 {{o:BRP}} zegt [[d:3 juni 1955]].
~~~
Evaluatie startbijeenkomst – reacties
• "Fijn om collega's uit {{w:Ypenburg}} te spreken, wist niet dat zij ook met {{o:Stek}} werken" – [[p:Bas]]
• "Te weinig tijd voor casuïstiek" – anoniem
• "Graag volgende keer geen echte namen op de post-its 😅 ik zag [[p:Tesfay]] en [[p:Senait]] op het bord staan" – [[p:Kübra]]
• "Goed dat de {{r:ervaringsdeskundige}} er was" – [[p:Ravi]]
• "Volgende keer graag een zaal met daglicht, [[d:6 februari]] was wel erg donker 😅" – anoniem
• "Ik heb nu eindelijk het nummer van hun {{r:buurtsportcoach}}: [[ph:06-44 80 19 36]]" – anoniem
~~~
[[d:9-5-2024]] 13:14 - [[p:Kwame]]: wie heeft de postcode van mw [[p:asante]]? navigatie vindt [[a:hoefkade 1004]] niet
[[d:9-5-2024]] 13:15 - [[p:Hatice]]: [[pc:2526 ak]]
[[d:9-5-2024]] 13:15 - [[p:Kwame]]: thx 🙏
[[d:9-5-2024]] 13:40 - [[p:Kwame]]: gevonden. mw wil een vervolgafspraak op [[d:do 16 mei]], ik noteer het in [[ds:TV-2024-0102]]
~~~
Beste collega's van {{o:SWT}} {{w:Leidschenveen}}/{{w:Ypenburg}},

Dhr. [[p:Rahimi]] ([[p:Farid]], °[[d:12-02-1988]]) verhuist per [[d:1 juni]] naar jullie kant van de stad: [[a:Laan van Wateringse Veld 844]], [[pc:2548 CH]]. Hij heeft PTSS, is bekend bij {{o:Parnassia}} ({{r:behandelaar}} dr. [[p:Sharifi]]) en heeft een {{r:bewindvoerder}}. Hij wil graag een nieuwe vaste contactpersoon. Ons registratienummer: [[ds:ESC/2023/00781]]. Toestemmingsverklaring is getekend en zit in de bijlage.
Groet, [[p:Sanne de Groot]]
PS: zijn huidige adres is nog [[a:Melis Stokelaan 1870]] tot [[d:31 mei]]; telefoon [[ph:06 - 17 48 39 20]].
~~~
post-its van het whiteboard (foto uitgetypt door [[p:Lotte]]):
- bemoeizorg = "aanbod brengen ipv wachten"
- voorbeeld dhr. [[p:P.]] uit {{w:Spoorwijk}} → 8 mnd contact voor 1e gesprek!
- {{o:GGZ}} wil verwijzing, {{r:HA}} wil eerst zien → impasse
- idee: vaste {{r:SPV}} per wijk?
- [[p:Roos]]: "geduld is ook een interventie"
- contact {{o:Parnassia}} bemoeizorgteam: [[p:Ingrid]] ([[ph:06-2913 5480]])
- volgende sessie: [[d:do 18 april]]
- {{o:GGD}} vraagt of we casus [[ds:ESC/2024/00112]] willen inbrengen
~~~
fw sms van dhr [[p:Popescu]]:
"buna ziua. ik heb papier gemeente nodig BSN is [[b:?s]] en mijn vrouw [[p:Ioana]] [[b:?s]]. wij wonen nu [[a:Weimarstraat 57-A]] niet meer bij [[p:Florin]]. mulţumesc"
@[[p:Mei Lin]] wil jij de adreswijziging checken in de {{o:BRP}}?
(ze wonen daar sinds [[d:15 april]], postcode [[pc:2562 AX]]. Oud adres was [[a:Hoefkade 1188]].)
~~~
[[p:Nadia Tahiri]] 08:47
wie zit er vanochtend in het {{o:Servicepunt XL}}? ik heb om 9u een afspraak met mw [[p:Bennani]] maar sta in de file op de A12 😩
[[p:Jeroen Smit]] 08:49
ik ben er, vang haar wel op. koffie staat klaar
[[p:Nadia Tahiri]] 08:50
🙏 ze komt voor haar {{o:Wmo}}-aanvraag ([[ds:WMO-2024-07713]]), alles ligt in mijn la. ik ben er om 9.30
~~~
Vraag in de kennisbank: "Hoe werken jullie met sleutelfiguren uit de gemeenschap?"
[[p:Kwame Owusu]] ({{o:MEE}}, {{w:Transvaal}}): Wij hebben goede ervaringen met {{r:pastor}} [[p:Adjei]] van een Ghanese kerk. Hij introduceerde ons bij mw [[p:Akosua]], die al 2 jaar niemand binnenliet.
[[p:Mei Lin Zhou]]: Bij Chinese ouderen werkt het via de vereniging in {{w:Centrum}}, vooral via mevrouw [[p:Huang]] ({{r:vrijwilliger}}, 70!).
[[p:Gerrit de Wit]]: mooi, kunnen we hier een les van maken?
[[p:Kwame Owusu]]: @[[p:Gerrit]] graag! ik schrijf iets voor [[d:1 mei]]. Namen laat ik natuurlijk weg.
~~~
OVERDRACHT [[p:Imane]] → [[p:Nadia]] (zwangerschapsverlof 🤰 vanaf [[d:3/6]])
Lopende casussen:
[[ds:2024-00218]] – fam. [[p:Aït Ben Hadou]], {{w:Schilderswijk}}. Huisuitzetting dreigt, zitting {{r:kantonrechter}} [[d:12 juni]]. {{r:Advocaat}}: mr. [[p:Verbeek]].
[[ds:2024-00305]] – mw [[p:Doran]] (41), LVB, {{o:MEE}} betrokken ([[p:Kwame]]). Rustig.
[[ds:2023-01977]] – dhr [[p:Karimi]], weigert hulp, 1x per maand langs.
[[ds:2024-00412]] – mw. [[p:R.]], zie MDO-verslag.
[[ds:2024-00377]] – dhr [[p:Benali]], nieuwe aanmelding van [[d:28 mei]], nog geen intake. Tel: [[ph:06-54 12 09 83]].
~~~
[[d:21-05-24]] 10:33 - [[p:Ravi]]: fwd van mw [[p:Isenia]]: "Bon dia meneer [[p:Ravi]], mi yu [[p:Jurgen]] a haña un karta di {{o:DUO}}. Hij moet 3000 terugbetalen?? Por fabor help. Mijn nieuwe email [[e:isenia.shirley@gmail.com]]"
[[d:21-05-24]] 10:35 - [[p:Femke]]: {{o:DUO}}-schulden, daar weet [[p:Nadia]] alles van
[[d:21-05-24]] 10:40 - [[p:Ravi]]: oké, ik plan iets in voor [[d:donderdag 23 mei]], ze woont op [[a:Zuiderparklaan 118]]
~~~
Hoi [[p:Dirk-Jan]],
Het nummer van [[p:Esther]] ({{r:mantelzorgconsulent}} bij {{o:Xtra}}) is veranderd: [[ph:+31 (0)70 205 48 61]]. Het oude 06-nummer werkt niet meer. Zij heeft plek voor de dochter van mw [[p:Schouten]], die is echt op.
Gr [[p:Hatice]]
PS de dochter heeft [[d:vrijdag 26 april]] haar intake. Adres van mw voor de zekerheid: [[a:Sportlaan 302]], [[pc:2566 LB]].
~~~
Aanmeldingen slotbijeenkomst ([[d:20 juni]], 14-17u)
✅ [[p:Sanne]] ✅ [[p:DJ]] ✅ [[p:Roos]] ✅ [[p:Mei Lin]] ✅ [[p:Kwame]] ✅ [[p:Hatice]] ✅ [[p:Ravi]] ✅ [[p:Femke]] ✅ [[p:Jeroen]] ❓[[p:Nadia]] ❌[[p:Imane]] (verlof) ✅ [[p:Bas]] ✅ [[p:Kübra]] ✅ [[p:Lotte]]
+ {{r:wethouder}} komt om 16u (!)
Locatie: {{o:Servicepunt XL}} {{w:Mariahoeve}}. Afmelden vóór [[d:13 juni]].
~~~
Reactie op les "Taal is niet het probleem" ({{w:Laak}})
[[p:Bas van Dijk]]: Bij ons speelde iets vergelijkbaars: [[p:Rasha]]'s man deed alle contact met instanties, terwijl zij beter Nederlands sprak. Pas toen de {{r:taalcoach}} ([[p:Wendy]]) alleen met haar afsprak, kwam het verhaal over de schulden eruit.
[[p:Femke]]: herkenbaar! hoe hebben jullie dat met de man besproken?
[[p:Bas van Dijk]]: heel voorzichtig 😅 eerst met {{o:Veilig Thuis}} overlegd.
[[p:Bas van Dijk]]: (de melding is gedaan op [[d:14 december]], [[ds:VT-2023-11870]])
~~~
Aan: [[e:administratie@bewindbureau-hofstad.nl]]
CC: [[e:m.lin.zhou@denhaag.nl]]
Onderwerp: aanmelding beschermingsbewind dhr. [[p:Ramlal]]

Geachte heer/mevrouw,
Hierbij meld ik dhr. [[p:Sunil Ramlal]] aan voor beschermingsbewind. Gegevens:
geb.datum: [[d:30-09-1976]]
BSN: [[b:?d]]
adres: [[a:Vaillantlaan 409]], [[pc:2526 HE]] Den Haag
rekening: [[i:?s]]
Het verzoekschrift gaat deze week naar de rechtbank. Voor vragen ben ik bereikbaar op [[ph:06 - 41 90 22 85]].
Met vriendelijke groet,
[[p:Mei Lin Zhou]], {{r:Wmo-adviseur}}
Bijlagen: toestemmingsverklaring, bankafschriften van de afgelopen drie maanden en een overzicht van de schulden (± € 14.000).
~~~
[[d:06-02-24]] 17:10 - [[p:Anouk Visser]]: Wat een energie vandaag!! 🔥 Dank allemaal. Foto's volgen
[[d:06-02-24]] 17:12 - [[p:Kübra]]: was echt leuk 🙌 vooral de speeddates tussen de teams
[[d:06-02-24]] 17:15 - [[p:Gerrit]]: 👏👏 volgende stap: iedereen 1 les uploaden voor [[d:1 maart]]
[[d:06-02-24]] 17:40 - [[p:Bas]]: moet die les anoniem? ik heb een mooie over mw [[p:Koster]]
[[d:06-02-24]] 17:41 - [[p:Gerrit]]: JA 😂 noem haar gewoon mevrouw [[p:K.]] of verzin een naam
~~~
ma [[d:13/5]]: mw [[p:Lopes]] gebeld, gaat goed. Zoon [[p:Nelson]] regelt de boodschappen. Volgende check-in over 2 wkn. – [[p:HK]]
Adres klopt nog: [[a:Hoefkade 412]], [[pc:2526 CG]]. Nieuw nummer zoon: [[ph:06-55 07 31 86]].
~~~
✔ aanvraag bijzondere bijstand [[p:Tesfay]] → {{o:Haags Werkplein}} ([[ds:BB/2024/118830]])
✔ {{o:Voedselbank}} intake fam. [[p:Mehari]]
☐ [[p:Senait]] ([[ph:06-10297754]]) terugbellen ivm sleutel
☐ verslag pilot-sessie uitwerken (thema ouderen)
☐ verlof aanvragen [[d:27-5]] t/m [[d:31-5]]
☐ huisbezoek [[a:Wouwermanstraat 17a]] op [[d:do 23 mei]]
☐ mail {{o:IND}} (V-nummer [[ds:3021887345]])
~~~
Doorgestuurd door [[p:Sanne de Groot]]:

Geachte meneer / mevrouw
Ik ben [[p:Oksana Kovalenko]], uit Oekraïne, sinds maart 2022 in Den Haag. Mijn zoon [[p:Artem]] (15) heeft problemen op school en slaapt niet. Mijn contact bij gemeente was [[p:Anna]] maar zij werkt daar niet meer. Mijn telefoon [[ph:+380 67 512 4410]] werkt ook in Nederland. email [[e:oksana.kov@ukr.net]]
Dank u

[[p:Sanne]]: wie kent iemand van het {{o:CJG}} in {{w:Scheveningen}}?
[[p:Sanne]] (later): het {{o:CJG}} {{w:Scheveningen}} pakt het op, afspraak [[d:vrijdag 7 juni]]. Ze wonen op [[a:Badhuisweg 115]], [[pc:2587 CE]].
~~~
[[p:Gerrit de Wit]] 13:00
📢 Reminder van de {{r:privacy officer}}: in de pilot-omgeving GEEN namen, adressen, BSN's. Gisteren stond er een les online met "[[p:Bouchra]] uit de [[a:Hobbemastraat 12]]" 🙈 is inmiddels aangepast.
[[p:Kwame Owusu]] 13:04
oeps, mijn les? 😬
[[p:Gerrit de Wit]] 13:05
nee die van een ander team, geen zorgen
[[p:Gerrit de Wit]] 13:07
BTW: de nieuwe versie van de privacyregels (d.d. [[d:1 maart]]) staat op intranet. Vragen → [[e:privacy.sociaaldomein@denhaag.nl]]
~~~
Sessie bemoeizorg – chat tijdens de sessie (export)
14:02 [[p:Femke Mulder]]: kan iedereen me horen?
14:03 [[p:Ingrid]] ({{o:Parnassia}}): ja!
14:10 [[p:Ravi]]: vraag voor [[p:Ingrid]]: hoe lang mag je blijven aankloppen als iemand "nee" zegt?
14:12 [[p:Ingrid]] ({{o:Parnassia}}): zolang er zorgen zijn over veiligheid of verwaarlozing. wij hadden een man die we 14 maanden hebben bezocht
14:13 [[p:Roos]]: 14 mnd 😮
14:20 [[p:Jeroen]]: link naar het stappenplan?
14:21 [[p:Femke Mulder]]: staat in de map, mail [[e:f.mulder@kwadraad.nl]] als je 'm niet vindt
14:25 [[p:Ingrid]] ({{o:Parnassia}}): je kunt mij ook direct bellen: [[ph:06-2913 5480]], niet op woensdag
~~~
Van: [[p:Kim]] ({{o:Florence}} wijkzorg {{w:Loosduinen}})
Hoi, even melden dat cliënte [[p:Florence van der Lee]] (87, [[a:Loosduinse Hoofdstraat 254]]) steeds vaker in de war is. Gisteren stond ze om 23u bij de buren aan te bellen. Dochter [[p:Carla]] zegt dat het wel meevalt. Kan de {{r:casemanager dementie}} van jullie team meekijken? Haar {{r:huisarts}} is dr. [[p:Bos]], die is op de hoogte.
Afspraak met de {{r:casemanager dementie}} kan op [[d:dinsdag 23 april]]. Dochter is bereikbaar op [[ph:06 - 42 17 80 35]]. Postcode van mw is [[pc:2552 AR]].
~~~
voicemail 16.45 (ingesproken voor [[p:Hatice]], uitgetypt door [[p:Lotte]]):
"merhaba [[p:Hatice]] hanım, ben [[p:Emine]], [[p:Emine Çelik]] ... ik moet vragen over de huur, de brief van {{o:Staedion}} zegt ik moet [[d:15 mei]] weg, mijn nummer is [[ph:06 45 00 81 27]], bel mij terug alstublieft"
[[p:Hatice]]: teruggebeld. Adres [[a:Zuidlarenstraat 190]], ze heeft de brief van [[d:2 mei]], de ontruimingsdatum klopt niet volgens mij
~~~
Intervisie [[d:4-6]]
Aanw.: [[p:Femke]], [[p:Bas]], [[p:Kübra]], [[p:Thomas]], [[p:Djamila]]
Casus ingebracht door [[p:Kübra]]: moeder (32) met 3 kids, geen netwerk, sinds kort in NL via gezinshereniging met haar man [[p:Tekle]]. Vraag: wanneer schakel je de {{r:jeugdbeschermer}} in?
Tips: sleutelpersoon Eritrese gemeenschap ([[p:Mussie]]), {{o:Vluchtelingenwerk}}
Afspraak: [[p:Kübra]] belt {{o:Vluchtelingenwerk}} vóór [[d:11 juni]]. Volgende intervisie [[d:2-7]].
~~~
Beste mevrouw [[p:Ellens]],
Naar aanleiding van uw brief d.d. [[d:2 april]] jl. over dhr. [[p:Ghebremariam]]: wij hebben geen toestemming om zijn medische gegevens te delen. Wel kan ik bevestigen dat hij sinds [[d:12-03-2024]] bij ons team in begeleiding is ({{w:Transvaal}}). Ons kenmerk: [[ds:TV-2024-0067]].
Met vriendelijke groet,
[[p:Kwame Owusu]]
{{r:MEE-consulent}} | {{o:MEE Zuid-Holland Noord}}
~~~
[[d:22-5-24]] 12:01 - [[p:bas]]: lunch?
[[d:22-5-24]] 12:01 - [[p:kubra]]: jaa 10 min
[[d:22-5-24]] 12:02 - [[p:bas]]: neem [[p:thomas]] ook mee. en mw [[p:de hoop]] belde nog, zegt dat ze [[d:vrijdag de 24e]] niet kan
[[d:22-5-24]] 12:04 - [[p:kubra]]: dan verzet ik haar naar [[d:di 28 mei]], zet jij het in [[ds:2024-00581]]?
~~~
Hoi [[p:Jeroen]],
Klopt [[pc:2573 XT]] voor [[a:Wingerdstraat 63]]? De {{o:Wmo}}-aanvraag van mw [[p:Hassan Abdi]] loopt vast omdat de postcode niet matcht met de {{o:BRP}}. Misschien is het [[pc:2564 XT]]?
Thx, [[p:Ravi]]
---
Hoi [[p:Ravi]], het is [[pc:2564 XT]], ik pas het aan. Trouwens: haar voornaam is [[p:Hodan]], niet [[p:Hoda]]. – [[p:J.]]
~~~
Planning week 22 (bord)
MA  [[p:SdG]] huisbezoeken {{w:Moerwijk}} | [[p:DJK]] MDO {{o:HMC}}
DI  pilot-sessie ouderen (allen!)
WO  [[p:IA]] vrij | [[p:NT]] {{o:schuldhulp}} spreekuur
DO  [[p:MLZ]] keukentafelgesprekken: [[p:Georgieva]], [[p:Tan]], [[p:Groen]]
VR  teamoverleg 9u – notulen [[p:KO]]
NB: het {{o:HMC}} verzet het MDO naar [[d:4 juni]]
~~~
Doorgestuurd: bericht van [[p:Sahra W.]] ({{r:ervaringsdeskundige}}) over een vrouw uit haar netwerk:
"Hoi [[p:Ravi]], er is een zuster van mijn moskee, [[p:Fadumo]], ze woont met 4 kinderen in 2 kamers in {{w:Transvaal}}. Man is terug naar Somalië. Ze durft niet naar de gemeente. Mag ik haar nummer geven? [[ph:0649918254]]"
[[p:Ravi]]: ja graag, maar vraag eerst of zij het goed vindt 🙏
[[p:Sahra W.]] (later): ze vindt het goed! ze woont op [[a:Oranjeplein 12]], beste tijd is na schooltijd.
~~~
Hi team,
Het stappenplan "huiselijk geweld in de wijk" staat nu op het platform. Dank aan [[p:Ewa]] en [[p:Bas]] voor het meeschrijven en aan {{o:Veilig Thuis Haaglanden}} voor de feedback. Let op: de casus op p. 4 is samengesteld uit meerdere casussen en bevat geen echte gegevens.
Groet,
[[p:Merel Hoek]]
{{r:Adviseur}} sociaal domein | {{o:CAOP}}
T [[ph:+31 70 376 59 09]] | M [[ph:+31 6 1153 2874]]
E [[e:m.hoek@caop.nl]]
Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per abuis ontvangen, verwijder het dan.
~~~
overdracht dhr [[p:Soekhai]] ([[p:Radjen]]) – van [[p:Ravi]]:
woont met moeder [[p:Sita]] op [[a:Vaillantlaan 6-hs]]. moeder (79) heeft dementie, hij is mantelzorger 24/7, eigen bedrijfje failliet. schulden ca 30k. {{o:SHV}} loopt ([[ds:SHV-2024-3391]]). broer [[p:Ashwin]] in Suriname, geen contact.
tip: hij praat makkelijker tijdens het koken, echt 😄
afspraak {{o:SHV}} [[d:ma 3 juni]] 14u. dagbesteding moeder via {{o:Florence}}, contact [[ph:070 - 750 18 44]].
~~~
[[p:Zhou]], [[p:Mei Lin]] 10:11
[[p:Mei]] hier 😉 zijn de pilotsessies in mei en juni al ingepland? ik wil mijn vakantie plannen
[[p:Visser]], [[p:Anouk]] 10:20
Ja: [[d:14 mei]] workshop jeugd, [[d:20 juni]] slot. In juni verder niks.
[[p:Zhou]], [[p:Mei Lin]] 10:22
perfect, dan boek ik [[d:27 mei]] t/m [[d:7 juni]]
~~~
Vragen uit de expertmeeting (verzameld door [[p:Lotte]])
1. "Mag ik de {{r:huisarts}} bellen zonder toestemming als ik me echt zorgen maak?" ([[p:Thomas]], {{o:Xtra}})
2. "Hoe ga je om met familie die tolkt?" ([[p:Ewa]])
3. "Wat als een cliënt de toestemmingsverklaring intrekt?" ([[p:Djamila Boukhari]])
Antwoorden volgen via [[p:Merel]].
4. "Mogen we een casus delen waarin een echte datum staat, bijvoorbeeld [[d:3 maart]]?" ([[p:Bas]])
~~~
Hoi [[p:Nadia]],
Nog even over mw [[p:Zaanouni]]: het {{o:CAK}} heeft haar eigen bijdrage verkeerd berekend. Haar BSN [[b:?s]] hoort bij de beschikking met kenmerk [[ds:CAK-7731-0928]]. Ze betaalt nu 190 p/m ipv 21. Zoon [[p:Ilias]] heeft al gebeld, kreeg geen antwoord. Kun jij bezwaar maken namens haar? Machtiging heb ik.
[[p:Femke]]
PS haar adres is [[a:Van der Vennestraat 88]], [[pc:2525 CP]], ze is 's ochtends thuis.
~~~
[[d:30-05-2024]] 18:22 - [[p:Mei Lin]]: update fam [[p:Popescu]]: adreswijziging is door, ze wonen nu officieel op [[a:Weimarstraat 57-A]]. [[p:Mihai]] heeft werk gevonden via een uitzendbureau
[[d:30-05-2024]] 18:25 - [[p:Sanne]]: 🎉🎉 en de kinderen?
[[d:30-05-2024]] 18:30 - [[p:Mei Lin]]: [[p:Ana-Maria]] start [[d:2 sept]] op de basisschool, kleine [[p:Luca]] gaat naar de peuterspeelzaal
~~~
Overdracht [[p:Jeroen]] (3 wk vakantie 🌴)
- dhr [[p:Zuiderduin]]: wijkverpleging loopt, niks doen
- mw [[p:Taal]] ([[a:Zeilmakerstraat 9]], [[pc:2583 DB]]): wil naar dagbesteding, aanvraag ligt bij {{o:Wmo-loket}}, nr [[ds:WMO-2024-11207]]
- fam. [[p:Pronk]]: ruzie met de buren, {{o:Buurtbemiddeling}} ingeschakeld
- taal blijft een probleem bij dhr [[p:Nguyen]], {{r:tolk}} Vietnamees aanvragen!
Noodgevallen: [[p:Sanne]] of [[p:Gerrit]].
- dhr [[p:Nguyen]] woont [[a:Scheveningseweg 64]], [[pc:2584 AA]], nr [[ph:06-83 17 20 44]]
~~~
Van: [[e:habiba.noorzai2001@yahoo.com]]
Verzonden: [[d:zondag 9 juni 2024]] 21:55
Onderwerp: help please

Salaam mevrouw [[p:Nadia]],
my husband [[p:Zabihullah]] is in hospital and i dont understand the letters. There is one from {{o:Eneco}} with klantnummer [[ds:200483318]], they say we must pay 640 euro before [[d:24-06]]. Our IBAN is [[i:?p]]. Can you call me [[ph:06 87 11 20 54]]? Thank you, [[p:Habiba]]

→ [[p:Nadia]]: doorgestuurd naar [[p:Femke]] ivm verlof
~~~
Inschrijvingen training "Gespreksvoering met LVB" ({{o:MEE}}), [[d:26 maart]]
naam | team | mail
[[p:Djamila Boukhari]] | {{w:Segbroek}} | [[e:d.boukhari@xtra.nl]]
[[p:Thomas Koning]] | {{w:Segbroek}} | [[e:thomas.koning@xtra.nl]]
[[p:Lisanne ten Broek]] | {{w:Scheveningen}} | [[e:l.tenbroek@kwadraad.nl]]
[[p:Wu Jing]] | {{w:Centrum}} | [[e:jing.wu@denhaag.nl]]
[[p:Anjali Sewnath]] | {{w:Laak}} | [[e:a.sewnath@denhaag.nl]]
Locatie: {{o:MEE}}, start 9.30. Afmelden uiterlijk [[d:19 maart]].
~~~
Les: "Hoe [[p:Jayden]] (17) weer naar school ging" – team {{w:Schilderswijk}}
[[p:Gerrit de Wit]]: mooie les, maar is [[p:Jayden]] zijn echte naam? dan de titel aanpassen aub
[[p:Ravi J.]]: nee is verzonnen 👍
[[p:Gerrit de Wit]]: ok top
[[p:Ravi J.]]: trouwens, de school staat er ook in en de datum van de schorsing ([[d:14 november]]), die haal ik ook weg.
~~~
Hoi [[p:Sanne]],
Mw [[p:Esajas]] is verhuisd van [[a:Hoefkade 540-III]] naar een benedenwoning op [[a:Van der Vennestraat 22]] ([[pc:2525 CR]]). Eindelijk! 🙌 Wil jij de {{r:wijkverpleegkundige}} laten weten dat ze geen traplift meer nodig heeft? Het nieuwe vaste nummer is [[ph:070-2142398]].
Groetjes [[p:Bas]]
PS: de oude woning wordt [[d:1 augustus]] opgeleverd, sleutels gaan naar {{o:Haag Wonen}}.
~~~
[[d:3-6-24]] 08:30 - [[p:Hatice]]: goedemorgn! wie kan er vanmiddag mee naar dhr [[p:yildiz]] ivm die hond 🐕 ik durf niet alleen haha
[[d:3-6-24]] 08:34 - [[p:Kwame]]: ik! hoelaat?
[[d:3-6-24]] 08:34 - [[p:Hatice]]: 14u, [[a:Leyweg 912 A]], zie je daar
[[d:3-6-24]] 14:40 - [[p:Kwame]]: hond was lief 😂 afspraak met {{o:SHV}} staat op [[d:17 juni]], postcode voor de brief: [[pc:2545 CM]]
~~~
Agenda-item toegevoegd door [[p:Anouk Visser]] op [[d:2024-03-28]]:
"Expertmeeting – gastspreker [[p:Jacqueline Fraenkel]] ({{o:Veilig Thuis}}), onderwerp: ouderenmishandeling"
↳ [[p:Roos]]: zij was ook bij ons in {{w:Mariahoeve}}, echt een aanrader!
↳ [[p:Anouk Visser]]: 👍 dan zet ik jullie vooraan
↳ [[p:Anouk Visser]]: aanmelden via [[e:a.visser@crossover-advies.nl]] vóór [[d:10 april]]
~~~
todo:
- aanvraag ID-kaart dhr [[p:Kroon]] (bsn [[b:?p]]) → gemeente, afspraak [[d:maandag 10 juni]]
- pasfoto regelen
- [[p:Kees]] bellen: is dhr. nu veilig thuis?
- {{o:Wmo}}: huishoudelijke hulp? eerst vragen
- {{o:Wmo}}-nr erbij: [[ds:WMO-2024-09911]]
- adres: [[a:Prins Hendrikstraat 45-II]], [[pc:2518 HN]]
~~~
[[p:Anjali Sewnath]] 16:20
Iemand Bulgaars-sprekend? Mw [[p:Petrova]] uit {{w:Laak}} staat huilend aan de balie van het {{o:Servicepunt XL}}. Ze zegt dat haar man [[p:Stoyan]] haar paspoort heeft.
[[p:Ewa Kowalczyk]] 16:22
niet Bulgaars maar Russisch lukt misschien? kom eraan
[[p:Anjali Sewnath]] 16:23
🙏🙏
[[p:Anjali Sewnath]] 16:40
update: ze slaapt vannacht bij een vriendin op [[a:Linnaeusstraat 118]]. {{o:Veilig Thuis}} gebeld, melding [[ds:VT-2024-05519]]
~~~
Fw: bericht van mw [[p:Fortes]]
"Bom dia, hier is [[p:Maria da Graça Fortes]]. Mijn kleinzoon [[p:Edmilson]] woont nu bij mij op [[a:Kempstraat 76-I]] want zijn moeder is in Rotterdam. Moet ik dat melden? Kinderbijslag? obrigada"
→ [[p:Kwame]]: kan iemand van het {{o:CJG}} hiernaar kijken?
[[p:Kwame]] (later): {{o:SVB}} gebeld, ze moet het melden. Afspraak [[d:do 6 juni]]. Haar nummer: [[ph:070 - 380 65 12]].
~~~
Cliënt | Adres | Tel | Actie
[[p:Tekle]], [[p:A.]] | [[a:Wouwermanstraat 17a]] | [[ph:06-41177305]] | brief {{o:IND}} vertalen
[[p:Yıldız]], [[p:M.]] | [[a:Leyweg 912 A]] | – | hond 🐕 check
[[p:Mensah]], [[p:J.]] | [[a:Goudenregenstraat 310]] | [[ph:070-3803221]] | {{o:SHV}} intake [[d:12/6]]
~~~
[[d:14/06/2024]], 11:02 - [[p:Femke]]: kan iemand snel het rekeningnr van mw [[p:Zaanouni]] sturen? moet de energietoeslag aanvragen
[[d:14/06/2024]], 11:05 - [[p:Nadia]]: [[i:?s]] (staat ook in het dossier, niet hier rondsturen he 😉)
[[d:14/06/2024]], 11:05 - [[p:Femke]]: sorry sorry 🙈 dank je
[[d:14/06/2024]], 11:20 - [[p:Femke]]: aanvraag ingediend, nummer [[ds:ET-2024-44817]] ✔
~~~
Van: [[p:R. Ellens]] <[[e:r.ellens@ellensbewind.nl]]>
Aan: [[p:Kwame Owusu]]
Onderwerp: dhr. [[p:Ghebremariam]] – leefgeld

Beste [[p:Kwame]],
Het leefgeld van dhr. wordt vanaf deze week op vrijdag overgemaakt naar zijn leefgeldrekening [[i:?p]] (€ 60 p/w). Zijn vaste lasten gaan via de beheerrekening. Hij heeft aangegeven dat zijn neef [[p:Filmon]] hem helpt met de boodschappen.
Met vriendelijke groet,
[[p:Rebecca Ellens]]
{{r:Bewindvoerder}}
PS: zijn postadres wordt per [[d:1 juli]] ons kantoor; zijn woonadres blijft [[a:Van Ostadestraat 212]].
~~~
Workshop jeugd [[d:14 mei]] – aanwezig
[[p:Ravi]] ({{r:jongerenwerker}}) · [[p:Femke]] ({{r:MW}}) · [[p:Kübra]] ({{r:CJG-consulent}}) · [[p:Thomas]] ({{r:jongerenwerker}}) · [[p:Djamila]] ({{r:gezinscoach}}) · [[p:Lisanne]] ({{r:schoolmaatschappelijk werker}}) · [[p:Wu Jing]] ({{r:leerplichtambtenaar}}) · gast: [[p:Marvin]] ({{r:ervaringsdeskundige}}, 19)
~~~
[[p:Dirk-Jan Koster]] 08:15
mw [[p:Schouten]] wil niet meer dat [[p:Jade]] komt, ze wil "die van vroeger", dat is [[p:Marloes]] volgens mij. Kan dat vanaf [[d:dinsdag 7/5]]?
[[p:Roos Bakker]] 08:30
ik vraag het bij {{o:Florence}} na
[[p:Roos Bakker]] 11:02
{{o:Florence}} zegt ok vanaf [[d:7/5]]. Ze vragen wel haar geboortedatum voor het systeem, is dat [[d:21-12-1938]]?
~~~
(brief van dhr [[p:Hamwi]], ingescand door [[p:Anjali]], overgetypt)
"Geachte gemeente. Ik [[p:Khaled Hamwi]] woon op [[a:Loosduinseweg 620]] [[pc:2571 AM]]. Mijn huis heeft schimmel en mijn dochter [[p:Yara]] heeft astma. De verhuurder doet niks. Ik heb 5 keer gebeld. Mijn nummer is [[ph:06-84 22 51 09]]. Met vriendelijke groet."
[[p:Anjali]]: {{o:Huurteam}} inschakelen?
(brief gedateerd [[d:2 juli]], bij ons binnen op [[d:8 juli]])
~~~
sms van [[p:Dirk-Jan]] 07:40: "mw [[p:Pinas]] been beter 👍 antibiotica werkt. [[p:Romano]] rijdt weer"
volgende wondcontrole [[d:ma 18 maart]], adres [[a:Paul Krugerlaan 71-I]]
~~~
[[p:Visser]], [[p:Anouk]] (Extern) 09:30
De opname van de sessie van [[d:18-4]] staat online. Wie er niet in wil: laat het weten vóór [[d:vrijdag 26 april]], dan knip ik je eruit.
[[p:Mulder]], [[p:Femke]] 09:41
ik noem op 32:15 de naam van een cliënt 😬 kan dat eruit?
[[p:Visser]], [[p:Anouk]] (Extern) 09:45
Ja, ik piep het weg 👍
~~~
Gegevens aanvraag IIT (voor [[p:Mei Lin]]):
naam: [[p:Abdullahi Warsame]]
BSN: [[b:?p]]
geb: [[d:1-1-1970]] (staat zo in de {{o:BRP}}, klopt waarschijnlijk niet)
adres: [[a:Troelstrakade 90]], [[pc:2531 AB]]
IBAN: [[i:?p]]
tel: [[ph:0633019824]]
~~~
[[d:19-06-24]] 14:10 - [[p:Gerrit]]: korte vraag voor de evaluatie: hoeveel casussen hadden jullie waarin {{o:GGZ}}, {{o:Wmo}} én {{o:SHV}} tegelijk betrokken waren?
[[d:19-06-24]] 14:14 - [[p:Sanne]]: bij ons 6, waarvan 2 met PGB
[[d:19-06-24]] 14:15 - [[p:Roos]]: {{w:MH}}: 4 (allemaal ouderen met schulden)
[[d:19-06-24]] 14:20 - [[p:Kwame]]: {{w:TV}}: 9!! incl. fam [[p:Al-Khatib]]
[[d:19-06-24]] 14:30 - [[p:Gerrit]]: dank! stuur de casusnummers (geen namen) naar [[e:g.dewit@denhaag.nl]] vóór [[d:26 juni]]
~~~
Fwd: bedankt!!
"Lieve [[p:Sanne]] en [[p:Dirk-Jan]], ik wil jullie bedanken voor alles dit jaar. Zonder jullie was ik op straat beland. Mijn kinderen [[p:Noah]] en [[p:Sofia]] hebben een tekening gemaakt (zie bijlage). Liefs, [[p:Demi]] ([[a:Moerweg 155]])"
→ hangt ingelijst op kantoor ❤️ (de tekening, niet de mail)
(ze woont sinds [[d:1 december]] op dat adres, daarvoor op [[a:Loevesteinlaan 212]])
~~~
[[p:kubra]]: in de les staat "[[p:tesfay]]'s zus" en "de [[a:wouwermanstraat 17a]]", graag vervangen door "zijn zus" en "een straat in {{w:Transvaal}}" 👍
Ook de datum "[[d:3 maart]]" en zijn telefoonnummer onderaan ([[ph:06-41177305]]) moeten eruit!
~~~
Hallo [[p:Thomas]],
Ik heb een jongen die graag bij jullie op het jongerenwerk wil komen: [[p:Yassin El Idrissi]] (19), woont bij zijn tante [[p:Samira]] op [[a:Fahrenheitstraat 232]], [[pc:2561DC]]. Hij zoekt werk en is van school af sinds de 3e klas. Zou jij hem kunnen helpen met een cv? Zijn nummer: [[ph:06 22 98 14 03]].
Groet, [[p:Lisanne]] ({{r:schoolmaatschappelijk werker}})
PS: hij is ook bekend bij {{o:Stek}}, dossier [[ds:STK-1120]]. Zijn tante is bereikbaar op [[ph:070 - 363 92 18]].
~~~
Checklist slotbijeenkomst ([[p:AV]]/[[p:MH]])
☐ zaal {{o:Servicepunt XL}} {{w:Mariahoeve}} bevestigen
☐ {{r:wethouder}} uitnodigen (via [[p:Jeroen]])
☐ lessen printen – LET OP: namen eruit!!
☐ taart bestellen bij de bakker op de Theresiastraat
☐ certificaten: namen checken met presentielijst [[d:6 feb]]
☐ evaluatieformulier (anoniem!)
☐ evaluatiegesprek met [[p:Gerrit]] op [[d:27 juni]]
~~~
[[d:23-06-2024]] 22:41 - [[p:Kwame]]: sorry laat, maar mw [[p:Akosua]] belde net in paniek, haar broer [[p:Kofi Asante]] zit vast op Schiphol, ze vroeg of wij iets kunnen doen. Ik heb gezegd dat we dat niet kunnen
[[d:23-06-2024]] 22:45 - [[p:Gerrit]]: goed gezegd. Morgen even in het overleg. Nummer van de broer?
[[d:23-06-2024]] 22:46 - [[p:Kwame]]: [[ph:+233 24 417 8820]], Ghanees nummer
~~~
[[p:Martina]], [[p:Ricardo]] ({{o:Haag Wonen}}) 13:12
Goedemiddag! De woning op [[a:Hengelolaan 1000]] wordt [[d:1 juli]] ontruimd als er geen regeling komt. Familie [[p:Sulvaran]] reageert niet op mijn brieven. Kan iemand van het {{o:SWT}} mee op huisbezoek?
[[p:Smit]], [[p:Jeroen]] 13:30
ik ga mee, [[d:do 27/6]] 10u?
[[p:Martina]], [[p:Ricardo]] ({{o:Haag Wonen}}) 13:31
👍 deal
~~~
Dossieroverdracht [[ds:MO-24-0391]]
Cliënt: dhr. [[p:Y.A.]] (43), verslaving, dakloos sinds [[d:1-2-'24]]. Slaapt soms bij zus [[p:Zeynep]] ([[a:Stuwstraat 208]]). {{o:Kessler Stichting}} kent hem.
Afspraken: [[d:3-7-'24]] met {{o:Parnassia}}, [[d:10-7-'24]] met {{r:klantmanager}} [[p:Gijs]] over de uitkering.
Zus is bereikbaar op [[ph:06-11 49 83 27]], postcode [[pc:2522 BS]].
~~~
Doorgestuurd van mw [[p:Haddad]] via [[p:Bas]]:
"Salam [[p:Bas]], hier [[p:Lina]]. Mijn man [[p:Georges]] is boos want brief van {{o:UWV}}, uitkering gestopt. Wij hebben geen geld voor huur van meneer [[p:Visser]], hij wil [[d:vrijdag 5 juli]] geld op [[i:?s]]. Wat moeten wij doen?"
[[p:Bas]]: @[[p:Nadia]] kun jij hiernaar kijken?
~~~
Aan: [[e:s.degroot@kwadraad.nl]]; [[e:d.koster@florence.nl]]; [[e:i.aouragh@denhaag.nl]]
Onderwerp: MDO mw [[p:R.]] verzet
Het MDO van [[d:26/3]] gaat niet door, {{r:HA}} is ziek. Nieuwe datum: [[d:woensdag 3 april]], 13u, in de praktijk. – [[p:Elsa]] ({{o:Parnassia}})
PS vragen: [[ph:06 - 19 28 44 70]] (mijn mobiel, na 14u)
~~~
Les "Van 'zorgmijder' naar 'zorgmoe'" – gedeeld door [[p:Ravi Jagessar]] ({{w:Schilderswijk}})
Reactie van [[p:Ingrid Maas]] ({{o:Parnassia}} bemoeizorg):
[[p:Ravi]], wat mooi beschreven. Het woord zorgmijder zegt vaak meer over ons aanbod dan over de cliënt. Bij ons noemen we dat "aanbodgericht denken". Mag ik je les gebruiken in onze teamtraining op [[d:11 september]]?
Reactie van [[p:Ravi Jagessar]]:
Natuurlijk! Check wel even of de beschrijving van meneer (kapper, 58, {{w:Schilderswijk}}) niet te herkenbaar is, in die straat kent iedereen hem 😅
~~~
[[d:28-06-24]] 09:12 - [[p:Roos]]: ☀️ eindelijk zomer! wie gaat er mee met het uitje van de ouderen naar {{w:Kijkduin}}?
[[d:28-06-24]] 09:14 - [[p:Mei Lin]]: ik! nemen we mw [[p:Winter]] ook mee? ze vroeg er vorige week naar
[[d:28-06-24]] 09:15 - [[p:Roos]]: ja leuk, ze zit wel in een rolstoel, busje regelen via {{o:Humanitas}}?
[[d:28-06-24]] 09:20 - [[p:Mei Lin]]: doe ik. vorig jaar ging het mis door de storm haha
~~~
Toestemmingsverklaringen ontvangen (week 24):
- [[p:Mensah]], [[p:Janet]] – getekend [[d:10-06-2024]] ✔
- [[p:Kroon]], [[p:Hendrik]] – getekend [[d:11-06-2024]] ✔
- [[p:Noorzai]], [[p:Habiba]] – via {{r:tolk}}, getekend [[d:13-06-2024]] ✔
- fam. [[p:Pronk]] – weigert te tekenen ✘ → met [[p:Gerrit]] bespreken
~~~
Hoi [[p:Bas]], nieuw nummer van mw [[p:Sabajo]]: [[ph:06.43.18.90.27]]. Het oude ([[ph:06-21340985]]) is afgesloten ivm schulden bij de provider. [[p:Sharon]] (dochter) blijft contactpersoon. gr [[p:DJ]]
Afspraak [[d:do 27 juni]] gaat door, adres onveranderd ([[a:Erasmusweg 1102]], [[pc:2532 CV]]).
~~~
[[p:Nadia Tahiri]] 11:45
Kan iemand zaak [[ds:2024-0615]] overnemen? Dat is dhr [[p:Mahabier]] uit {{w:Laak}}, schulden + gokverslaving. Ik zit vol.
[[p:Ravi Jagessar]] 11:50
ik ken de familie, neem ik 👍 wel via [[p:Imane]] officieel laten overdragen?
[[p:Nadia Tahiri]] 11:51
[[p:Imane]] is met verlof, dan via [[p:Gerrit]]
~~~
Doorgestuurd (WhatsApp, [[p:Yonas]] → [[p:Hatice]]):
"Goedemiddag, ik ben de zoon van [[p:Abrehet]]. Mama is gevallen op de trap van ons huis op de [[a:Van Ostadestraat 214-I]]. Ze ligt in {{o:HMC Westeinde}}. Ik ben 16 jaar. Papa is in Eritrea. Wat moet ik doen?"
[[p:Hatice]]: ik ga er nu heen, {{o:CJG}} is gebeld
[[p:Hatice]] (18:30): ze moet een nacht blijven. {{o:CJG}} regelt opvang voor de kinderen tot [[d:zaterdag 22 juni]]. Vader is bereikbaar op [[ph:+291 7 123 456]].
~~~
Te mailen ivm pilot-les "ouderen & schulden" (deadline [[d:2 juli]]):
- [[e:wim.vandersteen@kwadraad.nl]] (reviewer)
- [[e:s.mahabier-ramkhelawan@gmail.com]] ← NEE, dat is een cliënt!! verwijderen
- [[e:r.bakker@xtra.nl]]
- [[e:a.visser@crossover-advies.nl]] (cc)
- versie van [[d:28 juni]] meesturen!
~~~
HB mw [[p:Dekker]] [[d:27/6]] ([[p:SdG]]+[[p:DJK]])
woning vervuild, 7 katten, mw (68) zegt dat het prima gaat. buurvrouw [[p:Gonny]] doet boodschappen. Geen contact met zoon [[p:Erwin]] sinds 2019. adres: [[a:Erasmusweg 1474]], [[pc:2532 CX]]?? (check)
afspraak: [[d:vr 5/7]] terug met de {{r:wijkverpleegkundige}}. {{o:GGD}} bemoeizorg is op de hoogte.
~~~
[[d:01-07-2024]] 12:00 - [[p:Anouk Visser]]: PEILING: Welk thema willen jullie na de zomer doorzetten?
OPTIE: jeugd (5 stemmen)
OPTIE: ouderen (8 stemmen)
OPTIE: huiselijk geweld (3 stemmen)
OPTIE: bemoeizorg (6 stemmen)
[[d:01-07-2024]] 12:31 - [[p:Sanne]]: ouderen en bemoeizorg overlappen trouwens veel, zie casus [[p:de Bruijn]]
[[d:01-07-2024]] 13:02 - [[p:Anouk Visser]]: peiling sluit [[d:vrijdag 5 juli]] om 17u!
~~~
Beste [[p:Lisanne]],
Via deze mail draag ik [[p:Jennifer Cijntje]] (24, LVB) warm over aan jullie team in {{w:Scheveningen}}. Zij verhuist [[d:15 juli]] naar [[a:Keizerstraat 301]]. Ze krijgt ambulante begeleiding van {{o:Ipse de Bruggen}} ([[p:Marco]], [[ph:06 30 44 18 72]]) en heeft een {{r:mentor}}, mw. [[p:Jacoba]]. Haar dossiernummer bij ons: [[ds:SW-LVB-0092]]. Ze vindt nieuwe mensen spannend, dus graag eerst een kop koffie samen 🙂
Groet, [[p:Kwame]]
~~~
[[p:D.]] zei in de sessie dat haar buurman [[p:Sjaak]] alles regelt, maar ik denk dat hij juist het probleem is. iemand die 'm kent? (sorry voor typfouten, op mn telefoon) – [[p:bas]]
(het gaat om de casus van [[d:14 mei]], [[ds:SWT-HH-2024-0311]])
~~~
Bereikbaarheid zomer (pilotgroep)
wk 28-29: [[p:Sanne]] [[ph:06-1834 7029]]
wk 30-31: [[p:Kwame]] [[ph:06-4422 9910]]
wk 32: [[p:Roos]] [[ph:06-2755 0183]]
wk 33: [[p:Ravi]] → via {{o:Servicepunt XL}}
Iedereen weer terug op [[d:maandag 19 augustus]].
~~~
[[p:Hoek]], [[p:Merel]] 11:02
Kleine correctie: de slotbijeenkomst is op [[d:twintig juni]], niet op de [[d:21e]] zoals in de uitnodiging stond 🙈
[[p:Jagessar]], [[p:Ravi]] 11:05
phew, ik had de [[d:21e]] al vrij genomen haha
~~~
notitie 📝
mw [[p:Öztürk]] → broer [[p:Mehmet]] tel [[ph:0687201946]]
dhr [[p:Chen]] → dochter [[p:Lily]] spreekt NL, [[ph:06 51 08 72 33]]
[[p:Haddad]] → huisbaas [[p:Visser]] ??? navragen
code fietsenhok kantoor 4471 (niet vergeten!!)
mw [[p:Öztürk]] postcode [[pc:2572 BN]]
afspraak bewind [[d:10/7]]
~~~
Onderwerp: data pilot – graag in je agenda!
• Kick-off: [[d:woensdag 22 november 2023]] (geweest ✔)
• Startbijeenkomst: [[d:dinsdag 6 februari]]
• Workshop huiselijk geweld: [[d:donderdag 7 maart]]
• Expertmeeting: [[d:18 april]]
• Workshop jeugd: [[d:14 mei]]
• Slot: [[d:20 juni]]
Locaties volgen. Afmelden bij [[p:Merel]] of mij.
Groet, [[p:Anouk Visser]] ({{o:Crossover}})
~~~
Fwd van [[p:Wu Jing]] ({{r:leerplichtambtenaar}}):
"Leerling [[p:Dylan Kartosen]] (geb. [[d:04-05-2010]]) heeft sinds de meivakantie 23 uur ongeoorloofd verzuim. Moeder ([[p:Priscilla]]) zegt dat hij voor zijn broertjes zorgt omdat zij nachtdiensten draait. Leerplichtnummer [[ds:LP-2024-0558]]. Wie van het {{o:SWT}} kent dit gezin?"
[[p:Ravi]]: ik, ze woonden vroeger op de [[a:Hoefkade 312]]. Ga ik oppakken.
[[p:Ravi]]: nieuw adres volgens de {{o:BRP}}: [[a:Hoefkade 1412]], [[pc:2526 BZ]]. Moeder bereikbaar op [[ph:06-47 19 30 82]].
~~~
[[d:5-7-24]] 17:59 - [[p:Hatice]]: fijne vakantie [[p:Sanne]]!! 🌴☀️🍹
[[d:5-7-24]] 18:02 - [[p:Sanne]]: dank je lieverd! [[p:Gerrit]] heeft mijn dossiers, niet mij bellen 😂
[[d:5-7-24]] 18:05 - [[p:Hatice]]: 😂 en mw [[p:Lopes]] heeft [[d:woensdag 10 juli]] een afspraak bij {{o:Stek}}, die neem ik over
~~~
[[p:Pattiasina]], [[p:Johanna]] (72) – [[ds:2022/SWT/1188]] – {{w:Moerwijk}}
Eenzaam sinds het overlijden van haar man ([[p:Ferdinand]]) in 2021. Kleindochter [[p:Maureen]] komt af en toe. Wil graag naar de Molukse ouderensoos maar durft niet alleen. {{r:Vrijwilliger}} [[p:Ton]] wil haar op donderdag ophalen. Tel. mw: [[ph:070-3290876]].
Afspraak huisbezoek [[d:donderdag 16 mei]], adres [[a:Apeldoornselaan 212]], [[pc:2573 LZ]].
~~~
[[p:Kübra Demir]] 10:02
Zoontje van [[p:Juliana Rosaria]] (29) ligt in het {{o:Juliana Kinderziekenhuis}}. Zij heeft geen vervoer vanuit {{w:Moerwijk}}. Iemand een idee?
[[p:Dirk-Jan Koster]] 10:10
{{o:Stichting Anton Constandse}} heeft soms vrijwilligers met een auto, vraag naar [[p:Marieke]]
[[p:Kübra Demir]] 10:25
thx! mw woont op [[a:Moerweg 201]], bezoektijd is tot 19u
~~~
Hoi [[p:Jeroen]],
Kan [[d:di 9-7]] ook? Op [[d:ma 8-7]] heb ik de rechtbank met dhr [[p:Karimi]] (zitting om 10.30, zaaknr [[ds:C/09/661234 / KG ZA 24-512]]).
gr [[p:Nadia]]
PS: als het niet lukt, [[d:do 11-7]] kan ook, maar dan pas na 14u.
~~~
"[[p:Ravi]] broer 🙏 ik heb het huis gekregen!!! [[a:Apeldoornselaan 41-3]] in {{w:Moerwijk}}, sleutel op [[d:1 augustus]]. dank voor alles 🇸🇾❤️🇳🇱 – [[p:Bashar]]"
doorgestuurd door [[p:Ravi]] met: 🥹🥹
(oude woning [[a:Jan van der Heijdenstraat 126]] wordt opgezegd per [[d:31 juli]])
~~~
[[d:2024-04-18]] 14:35 [[p:Ewa Kowalczyk]]: mag ik iets vragen over de Poolse gemeenschap in {{w:Laak}}?
[[d:2024-04-18]] 14:36 [[p:Jacqueline Fraenkel]]: natuurlijk
[[d:2024-04-18]] 14:38 [[p:Ewa Kowalczyk]]: veel vrouwen melden niks omdat ze bang zijn hun verblijf kwijt te raken, terwijl ze EU-burger zijn. Ik had laatst [[p:Marta]] ([[a:Linnaeusstraat 66]]) die dat ook dacht
[[d:2024-04-18]] 14:40 [[p:Jacqueline Fraenkel]]: heel herkenbaar, goed punt voor de factsheet
~~~
Route huisbezoeken do:
1. [[pc:2525 XK]] – mw [[p:Aydın]]
2. [[pc:2526 RB]] – dhr [[p:Lam]] (niet de {{r:huisarts}} haha)
3. [[pc:2571 AM]] – [[p:Hamwi]]
4. [[pc:2533 EP]] – fam. [[p:Ahmadzai]]
fiets mee, auto staat in de garage 🚲
5. [[pc:2572 TM]] – mw [[p:Tsegay]] (na 15u!)
terug op kantoor ±16u, bereikbaar op [[ph:06-4422 9910]]
~~~
Van: [[e:aydin.family@hotmail.nl]]
Aan: [[e:h.kaya@xtra.nl]]
Onderwerp: Re: afspraak

[[p:Hatice]] hanim, afspraak [[d:16-7]] is goed. maar let op wij wonen niet meer [[a:Wolstraat 3 bis]], nu bij mijn schoonvader [[a:Kempstraat 112]], bel dan aan bij [[p:Aydın]] boven. [[p:Serkan]]
tel [[ph:0641 90 27 33]]
~~~
[[p:Merel Hoek]] ({{o:CAOP}}) · moderator
Dank voor de 27 lessen tot nu toe! Mooi om te zien: {{w:Escamp}}, {{w:Laak}}, {{w:Transvaal}}, {{w:Mariahoeve}}, {{w:Schilderswijk}}, {{w:Segbroek}} en {{w:Scheveningen}} hebben gedeeld. Nog niemand uit {{w:Ypenburg}} of {{w:Haagse Hout}} – [[p:Bas]], [[p:Lisanne]], lukt dat nog voor de zomer? 🙂 En denk aan de vuistregel: geen namen, geen straat+huisnummer, geen geboortedata.
Vragen? Mail me op [[e:m.hoek@caop.nl]] of bel [[ph:+31 70 376 59 09]]. Deadline voor nieuwe lessen: [[d:28 juni]].
~~~
[[d:12-07-24]] 10:05 - [[p:Dirk-Jan]]: <Media weggelaten>
[[d:12-07-24]] 10:05 - [[p:Dirk-Jan]]: dit lag op de deurmat bij mw [[p:Dekker]], aanmaning van {{o:Eneco}}, 1.240 euro 😳 klantnr [[ds:200917744]]
[[d:12-07-24]] 10:07 - [[p:Sanne]]: foto's van post graag niet in de app [[p:dj]]! wel goed dat je het ziet. ik meld het bij {{o:SHV}}
[[d:12-07-24]] 10:20 - [[p:Dirk-Jan]]: sorry!! adres voor {{o:SHV}}: [[a:Erasmusweg 1474]], [[pc:2532 CX]]
~~~
spraakmemo uitgetypt: ok dus mevrouw [[p:kalpoe]] heeft gebeld ze wil de afspraak van dinsdag verzetten naar [[d:donderdag 18 juli]] want haar dochter [[p:sunita]] kan dan mee en ze vraagt of de {{r:wmo adviseur}} ook komt dat is [[p:mei lin]] toch en haar nummer is nog steeds hetzelfde dus gewoon terugbellen
o ja en ze woont nu op de [[a:laakkade 88]] niet meer bij haar zus dus dat ook aanpassen
~~~
respondent;team;opmerking
[[p:R. Bakker]];{{w:Mariahoeve}};"meer tijd voor casuïstiek"
[[p:K. Owusu]];{{w:Transvaal}};"leuk om [[p:Ingrid]] van {{o:Parnassia}} te leren kennen"
[[p:H. Kaya]];{{w:Moerwijk}};"graag vervolg met {{o:Veilig Thuis}}"
anoniem;{{w:Laak}};"te veel vergaderingen 🙃"
[[p:N. Tahiri]];{{w:Escamp}};"de expertmeeting ([[d:18 april]]) viel samen met de uitgifte van de {{o:Voedselbank}}"
~~~
Hoi allen, ben ziek 🤧 Mijn afspraken van vandaag: 10u mw [[p:Taal]], 13u dhr [[p:Pronk]] (samen met {{o:Buurtbemiddeling}}), 15u intake nieuw ({{o:Servicepunt XL}}). Kan iemand de intake doen? Dossier staat klaar onder [[ds:SCH-2024-071]]. [[p:Jeroen]]
Mw [[p:Taal]] graag even bellen om te verzetten: [[ph:070-354 21 08]].
~~~
Fwd: whatsapp van mw [[p:Nowak]]
"Dzień dobry [[p:Femke]]! Gemeente vraagt mijn rekening voor geld bril. Is [[i:?l]]. Mijn nicht [[p:Kasia]] heeft geholpen met formulier. Dziękuję 😊"
→ [[p:Femke]]: doorgezet naar het {{o:Haags Werkplein}}, aanvraag [[ds:BB/2024/120155]] van [[d:3-9-2024]]
~~~
[[p:Nadia Tahiri]] 09:00
Goedemorgen! nieuwe aanmelding: dhr. [[p:Haas]] (61), schulden na scheiding, ex-vrouw [[p:Marga]] woont nog in het huis op [[a:Hengelolaan 412]]. Hij slaapt in zijn auto. Iemand ruimte?
[[p:Jeroen Smit]] 09:06
ik. Is hij bekend bij het {{o:Leger des Heils}}?
[[p:Nadia Tahiri]] 09:08
nee, vorige week voor het eerst bij de {{o:Voedselbank}} geweest
[[p:Nadia Tahiri]] 09:10
zijn nummer: [[ph:06 - 37 82 10 66]], intake kan [[d:vrijdag 23 augustus]]
~~~
Review van lesconcept "Niet de schulden, maar de schaamte" (auteur: [[p:Nadia T.]])
- r.3: "mevrouw [[p:K.]]" → prima
- r.7: "woont in de flat aan de Leyweg" → te specifiek? ik zou 'een flat in {{w:Escamp}}' schrijven
- r.12: "haar zoon [[p:Ilias]]" → eruit!
- r.15: datum "[[d:12 maart]]" → 'in maart'
— [[p:Merel]]
~~~
[[d:15-07-2024]] 11:11 - [[p:Mei Lin]]: mw [[p:Huang]] wil in mei volgend jaar 3 maanden naar China, hoe zit het dan met haar uitkering?
[[d:15-07-2024]] 11:20 - [[p:Kwame]]: {{o:SVB}} bellen, met bijstand max 4 weken buitenland volgens mij, AOW mag langer
[[d:15-07-2024]] 11:22 - [[p:Mei Lin]]: thanks! ✨
[[d:15-07-2024]] 11:30 - [[p:Mei Lin]]: ze woont op [[a:Stationsweg 44-III]], afspraak [[d:wo 24/7]]
~~~
Telefoonnotitie (doorgestuurd door de {{r:assistente}} van de huisartsenpraktijk):
"[[d:16/7]] 10:20 – mw [[p:Mensah]] belde, kan haar {{r:MEE-consulent}} niet bereiken. Graag terugbellen op [[ph:(070) 360 11 88]]. Ze heeft een nieuwe brief van de {{r:deurwaarder}}."
Adres mw: [[a:Goudenregenstraat 310]], [[pc:2565 EP]]. Brief deurwaarder gedateerd [[d:10 juli]], kenmerk [[ds:DW-24-778102]].
~~~
Verslag brainstorm ouderen ([[d:12 maart]], {{w:Mariahoeve}}) – door [[p:Roos]]
Aanwezig: 11 pp (zie lijst). Gast: [[p:Willemijn de Graaf]] ({{r:casemanager dementie}}).
Opbrengst:
- eenzaamheid zit vaak verborgen achter "ik red me wel"
- idee [[p:Wim]]: vast koffie-uurtje in het wijkcentrum met {{o:Humanitas}}
- idee [[p:Mei Lin]]: {{r:Wmo-adviseur}} standaard laten vragen naar het sociale netwerk
Volgende keer: [[d:9 april]].
~~~
[[p:Ravi Jagessar]] 15:40
[[p:Mo]] (van het jongerenwerk, niet de cliënt 😂) vraagt of we [[d:vrijdag 19 juli]] mee willen voetballen in het Zuiderpark tegen de jongeren
[[p:Kübra Demir]] 15:45
ik speel keeper 🧤
~~~
Beste meneer [[p:Tesfay]],
Zoals afgesproken kom ik op [[d:donderdag 25 juli]] om 10.00 uur bij u langs op [[a:Wouwermanstraat 17a]]. Ik neem een {{r:tolk}} Tigrinya mee ([[p:Mussie]]). Wilt u de brieven van de {{o:IND}} en {{o:DUO}} klaarleggen?
Met vriendelijke groet,
[[p:Kwame Owusu]], {{o:MEE}}
[[ph:06-4422 9910]]
~~~
[[d:20-07-24]] 21:13 - [[p:Hatice]]: 🎤 spraakbericht van dhr [[p:Yıldız]] doorgestuurd, samengevat: hond is weg, de dierenambulance heeft hem, hij wil hem terug maar moet 150 euro betalen. Wil dat de gemeente het betaalt 🙄
[[d:20-07-24]] 21:20 - [[p:Kwame]]: haha nee. maar ff met de {{o:Dierenbescherming}} bellen?
[[d:20-07-24]] 21:25 - [[p:Hatice]]: haha. afspraak [[d:ma 22 juli]] bij hem thuis, [[a:Leyweg 912 A]]
~~~
Aanmelding {{o:schuldhulpverlening}} – gegevens cliënt
Naam: [[p:Ama Owusu-Ansah]]
BSN: [[b:?d]]
Partner: [[p:Kojo Ansah]], BSN [[b:?s]]
Adres: [[a:Oranjeplein 43-b]], [[pc:2525 HB]]
Tel: [[ph:06-53 10 87 44]]
Toelichting: gezin met 2 kinderen, huurachterstand 4 mnd, zorgverzekering geschorst.
Aangemeld door: [[p:K. Owusu]] (geen familie 😄)
~~~
Vraag van [[p:Djamila Boukhari]] ({{r:gezinscoach}}, {{w:Segbroek}}): hoe betrekken jullie vaders die alleen via WhatsApp reageren?
Antw. [[p:Thomas]]: wij sturen korte spraakberichtjes, werkt beter dan tekst
Antw. [[p:Kübra]]: bij de vader van [[p:Ibrahim]] werkte het om af te spreken bij de moskee ipv op kantoor
Antw. [[p:Djamila Boukhari]]: 👍 dank jullie!
~~~
Onderwerp: foto's slotbijeenkomst
Hoi allemaal, de foto's van [[d:20 juni]] staan in de Teams-map. [[p:Jacqueline]] van {{o:Veilig Thuis}} en {{r:wethouder}} [[p:Kavita Sewdien]] staan er ook op, zij hebben toestemming gegeven. Wie NIET op de website wil: laat het [[p:Lotte]] weten vóór [[d:5 juli]].
Groet, [[p:Anouk]]
~~~
[[d:22-7-24]] 09:40 - [[p:sanne]]: adress van [[p:kroon]] is [[a:prins hendrikstraat 45-II]] toch? navigatie zegt 45 bestaat niet
[[d:22-7-24]] 09:41 - [[p:kees]] {{r:wijkagent}}: ja klopt, tweede verdieping. bel [[p:Lidewij]] beneden als hij niet opendoet
[[d:22-7-24]] 10:15 - [[p:sanne]]: binnen. hij heeft een brief van {{o:Haag Wonen}} van [[d:1 juli]], die neem ik mee
~~~
Koffieochtend {{w:Morgenstond}} [[d:24/7]] – presentie ({{r:vrijwilliger}}: [[p:Ton]])
mw [[p:Groen]] ✔, dhr [[p:Groen]] ✔, mw [[p:Pattiasina]] ✔ (opgehaald), [[p:Ans]] ✔, [[p:Bep]] ✔, [[p:Kees]] (de buurman van [[p:Bep]]) ✔, mw [[p:Lie]] ✗
volgende keer [[d:31/7]], [[p:Ton]] vraagt of iemand van {{o:Xtra}} koekjes regelt 🍪
~~~
Planner: [[p:Bakker]], [[p:Roos]] heeft je een taak toegewezen
"Huisbezoek mw [[p:Tan]] ([[a:Ambachtsgaarde 12]]) – samen met {{r:casemanager dementie}}"
Vervaldatum: [[d:30-7-2024]]
Notitie: dochter ([[e:jessica.tan@outlook.com]]) in cc zetten. Vorig bezoek: [[d:2-7-2024]].
~~~
hoi hoi [[p:Mei]],
ik zag dat de zoon van [[p:Georgieva]], [[p:Yordan]], in juni in NL was maar ze hebben het keukentafelgesprek gemist. Nieuw voorstel: [[d:wo 31 juli]] 14u? hij is dan weer hier. zijn mail: [[e:y.georgiev@abv.bg]]
grtz [[p:Kwame]]
PS mw woont nog steeds op [[a:Zuidlarenstraat 61]] (3-hoog!)
~~~
[[d:25-07-24]] 16:00 - [[p:Bas]]: wie heeft mijn lunch uit de koelkast gepakt?? stond "[[p:BAS]]" op 😤
[[d:25-07-24]] 16:02 - [[p:Thomas]]: ... ik dacht dat [[p:BAS]] een afkorting was, zoals BSO 🙃
[[d:25-07-24]] 16:02 - [[p:Bas]]: 😑
~~~
Overdracht fam. [[p:Hassan Abdi]] ([[ds:TV-2024-0188]]) – van [[p:Ravi]] naar [[p:Djamila]]
Moeder [[p:Hodan Hassan Abdi]] (38), kinderen [[p:Abdullahi]] (9), [[p:Ifrah]] (6) en baby [[p:Amina]]. Sinds [[d:16 maart]] in de opvang geweest, nu eigen woning: [[a:Wingerdstraat 63]], [[pc:2564 XT]]. Huisverbod ex verlopen, {{o:Veilig Thuis}} heeft het dossier gesloten. Moeder wil graag Nederlandse les → Taalhuis van de {{o:Bibliotheek}}? Kinderen gaan vanaf aug. naar school in de {{w:Bomenbuurt}}.
~~~
Hoi [[p:Lisanne]], mw [[p:Cijntje]] is bereikbaar op [[ph:0031 6 4820 1177]] (ze heeft ook nog een Curaçaos nummer: [[ph:+599 9 518 2230]]). Groet [[p:Kwame]]
PS haar nieuwe adres: [[a:Keizerstraat 301]], [[pc:2584 BK]], per [[d:15 juli]].
~~~
- 3 lessen reviewen (nr 12, 17, 23)
- uren schrijven (32 uur deze wk)
- [[p:Femke]] feedback geven op les 17
- dhr [[p:Ramlal]] → bewind toegewezen! (mw. [[p:Ellens]])
- formulier {{o:CAK}} voor mw [[p:Zaanouni]], kenmerk [[ds:CAK-7731-0928]]
- verslag MDO [[d:21/8]] uitwerken
~~~
Fwd: klacht via website
Naam: [[p:Gerda van der Meer]]
Adres: [[a:Kijkduinsestraat 701]]
Postcode: [[pc:2554 AL]]
Telefoon: [[ph:070 323 98 41]]
E-mail: [[e:gerda.vdmeer@ziggo.nl]]
Bericht: Mijn moeder mw [[p:Blom]] ([[p:Trees]]) wacht al 11 weken op een scootmobiel. Niemand belt terug. Ik ben het zat.
→ [[p:Mei Lin]]: die ligt bij mij, ik bel haar vandaag
~~~
[[p:Merel Hoek]] 17:02
dank voor vandaag! kleine correctie in de notulen: het was [[p:Roos]] die het voorbeeld van de bloemist gaf, niet [[p:Mei Lin]]
[[p:Roos Bakker]] 17:05
haha maakt niet uit, allebei bloemen 🌹🌸
~~~
overdracht sleutels ({{o:Haag Wonen}} noodwoningen):
[[a:Zuiderparklaan 212-hs]] → fam. [[p:Mehari]] (sleutel bij [[p:Ricardo]])
[[a:Moerweg 88 bis]] → leeg, wordt [[d:1 sept]] opgeleverd
[[a:Apeldoornselaan 41-3]] → [[p:Al-Khatib]], ingetrokken [[d:1-8-2024]]
~~~
(brief overgetypt door [[p:Lotte]])
"Aan de mevrouw van de gemeente,
Ik ben [[p:Cornelis Kraaijenbrink]], 88 jaar, weduwnaar sinds 2020. Ik woon op de [[a:Ruychrocklaan 220]] en zie eigenlijk niemand meer. Mijn zoon [[p:Hans]] woont in Canada. Mevrouw [[p:Roos]] zei dat ik kon schrijven. Zou er iemand op bezoek kunnen komen, liefst op dinsdag? Hoogachtend, [[p:C. Kraaijenbrink]]"
([[p:Lotte]]: brief gedateerd [[d:3 juni]], postcode [[pc:2597 KR]], geen telefoonnummer bijgevoegd)
~~~
[[d:29-07-24]] 08:00 - [[p:Gerrit]]: 📌 reminder: crisis na 17u → {{o:Veilig Thuis}} 0800-2000, {{o:GGZ}}-crisisdienst via de huisartsenpost. NIET je eigen 06 aan cliënten geven!! (ja [[p:bas]], ik kijk naar jou 😉)
[[d:29-07-24]] 08:03 - [[p:Bas]]: 😇
~~~
hoi [[p:Ravi]],
[[p:Radjen]] ([[p:Soekhai]]) belde mij ipv jou, zijn moeder is sinds [[d:zo 28/7]] opgenomen in {{o:Bronovo}}. hij wil weten of hij nu nog recht heeft op respijtzorg of dat dat niet meer hoeft. ook vroeg hij naar zijn {{o:SHV}}-traject ([[ds:SHV-2024-3391]]), ik zei dat jij dat weet.
bel hem ff: [[ph:06-19 73 40 28]]
gr [[p:Bas]]
~~~
teamoverleg [[d:30/7]]: [[p:GdW]] (vz), [[p:SdG]], [[p:HK]], [[p:KO]], [[p:NT]], [[p:RJ]], [[p:BvD]] – notulen [[p:FM]]
agenda: 1) pilot-evaluatie 2) casus [[ds:2024-00615]] 3) vakantierooster. volgende keer: [[d:13/8]]
~~~
Les: "Buurtmoeders in {{w:Transvaal}}" – [[p:Kwame]]
[[p:Hatice]]: wat mooi! wij hebben in {{w:Moerwijk}} iets vergelijkbaars met [[p:Aicha]] en [[p:Naima]], kunnen die elkaar eens ontmoeten?
[[p:Kwame]]: ja! [[p:Fatoumata]] van de buurtmoeders wil wel. haar nummer via mij, niet hier 😉
[[p:Hatice]]: super. mail me maar, [[e:h.kaya@xtra.nl]] 👍
~~~
Hoi [[p:Nadia]], welkom terug! Even een update over mw [[p:Zaanouni]]: het {{o:CAK}} heeft het bezwaar op [[d:15.08.24]] toegekend, ze krijgt 1.020 euro terug op [[i:?s]]. [[p:Femke]]
~~~
Intake {{o:Servicepunt XL}} {{w:Laak}} – [[d:ma 19 aug]] – [[p:A. Sewnath]]
Mw [[p:Kasprzak]] ([[p:Małgorzata]]), 51, Pools. Woont met dochter [[p:Zuzanna]] (17) op [[a:Neptunusstraat 40-1]]. Werkt in een distributiecentrum, rugklachten, ziek thuis zonder loon. Werkgever = uitzendbureau. Vraag: inkomen, huur. BSN [[b:?s]]. Doorverwezen naar het {{o:Juridisch Loket}}.
~~~
[[d:20-08-24]] 08:01 - [[p:Roos]]: 🎂🎂 gefeliciteerd [[p:Mei Lin]]!!
[[d:20-08-24]] 08:03 - [[p:Dirk-Jan]]: hoera!! 🎉 hoe oud?
[[d:20-08-24]] 08:05 - [[p:Mei Lin]]: 35 😅 dank jullie!! taart staat om 10u in de keuken
~~~
Openstaande {{o:Wmo}}-aanvragen {{w:Mariahoeve}} (export)
[[ds:WMO-2024-08813]] | [[p:Kraaijenbrink]], [[p:C.]] | huishoudelijke hulp | wacht op indicatie
[[ds:WMO-2024-09102]] | [[p:Blom]], [[p:G.M.]] | scootmobiel | levering [[d:2/9]]
[[ds:WMO-2024-09377]] | [[p:Tan]], [[p:S.]] | begeleiding | keukentafelgesprek gepland
[[ds:WMO-2024-10044]] | [[p:Groen]], [[p:H.]] | traplift | afgewezen → bezwaar
~~~
Doorgestuurd door [[p:Djamila]], uit de app van mw [[p:H.]]:
"hij staat weer voor de deur. ik heb de {{o:politie}} gebeld. kinderen zijn bij buurvrouw [[p:Saida]]. kom alstublieft"
[[p:Djamila]]: 21:40 ben erheen, {{o:politie}} was er al. {{o:Veilig Thuis}} gebeld, meldingnr [[ds:VT-2024-06632]]. morgen MDO om 9u
Adres mw (niet delen!): [[a:Troelstrakade 4]], [[pc:2531 AA]].
~~~
[[p:Merel Hoek]] 10:12
Jullie feedback op het concept-eindrapport was echt in de roos 🎯
[[p:Roos Bakker]] 10:13
Ik voel me aangesproken 😂
[[p:Merel Hoek]] 10:13
haha jij ook [[p:Roos]]! Nog 1 vraag: mogen we jouw casus van mw [[p:Tan]] als voorbeeld noemen (geanonimiseerd)?
~~~
Beste [[p:Bas]],
Ik ben [[p:Sterre Lentink]], {{r:wijkverpleegkundige}} in {{w:Ypenburg}}. Via [[p:Thomas]] hoorde ik dat jullie in {{w:Haagse Hout}} werken met een vaste {{r:SPV}} in het team. Mag ik eens meekijken? Ik ben bereikbaar op [[ph:06 - 28 41 09 66]] of [[e:sterre.lentink@wijkzorg-ypenburg.nl]].
Hartelijke groet, [[p:Sterre]]
~~~
Melding via {{o:Servicepunt XL}} [[d:22-8]]: man, ± 60, slaapt al weken in het portiek van [[a:Hobbemastraat 102]]. Naam onbekend, noemt zichzelf "[[p:Hollander]]". Veldwerk van het {{o:Leger des Heils}} ([[p:Paul]]) is ingelicht.
Update [[d:26-8]]: volgens het {{o:Leger des Heils}} heet hij [[p:Harry]], hij staat ingeschreven bij de postadresvoorziening.
~~~
[[p:Mulder]], [[p:Femke]] 12:01
@[[p:Tahiri]], [[p:Nadia]] @[[p:Smit]], [[p:Jeroen]] kunnen jullie de lessen van [[d:29 aug]] ook reviewen? link staat in de mail van [[e:f.mulder@kwadraad.nl]]
[[p:Smit]], [[p:Jeroen]] 12:09
doe ik vrijdag 👍
~~~
CONCEPT les – niet delen!! (nog namen eruit halen, [[p:Roos]])
Mw [[p:Brouwer]] (79) woont alleen in {{w:Bezuidenhout}} sinds haar man [[p:Henk]] in 2022 overleed. Haar enige dochter woont in Groningen. Via het belrondje van de {{r:vrijwilligers}} kwam naar voren dat ze al weken niet buiten was geweest. De {{r:ouderenconsulent}} ging langs en merkte dat de koelkast leeg was en de post ongeopend. Les: eenzaamheid zie je niet, je moet ernaar vragen. En blijven vragen.
(opmerking [[p:Roos]]: het huisbezoek was op [[d:14 februari]], adres [[a:Juliana van Stolberglaan 212]] → beide eruit!!)
~~~
Fwd: zorgmelding
Leerling: [[p:Noah van Rijn]], groep 6, geb. [[d:11-02-2015]]
Ouder: [[p:Demi van Rijn]] ([[ph:06-37 21 98 05]])
Melding Zorg voor Jeugd: [[ds:ZVJ-2024-31177]]
Reden: kind komt vaak zonder ontbijt, moeder lijkt overbelast.
Doorgestuurd door [[p:Kübra]]: ik ken moeder via het {{o:SWT}} ({{w:Moerwijk}}, [[p:Sanne]] & [[p:DJ]])
Adres: [[a:Moerweg 155]], [[pc:2531 WB]].
~~~
[[d:02-09-24]] 09:30 - [[p:Jeroen]]: heeft iemand [[p:Jennifer Cyntje]] al gesproken? ze is verhuist naar {{w:Scheveningen}}
[[d:02-09-24]] 09:32 - [[p:Lisanne]]: *[[p:Cijntje]] 😉 ja ik zie haar donderdag
[[d:02-09-24]] 09:35 - [[p:Jeroen]]: 🙈 sorry. de afspraak was [[d:do 5 sept]] toch?
~~~
Hoi [[p:Lotte]], zaal 2.14 is geboekt voor [[d:12 sept]] van 13-16u. Beamer zelf meenemen. Gr, [[p:Fleur]] (facilitair)
Aanwezigen graag vooraf doorgeven via [[e:facilitair.mariahoeve@denhaag.nl]].
~~~
Bijzondere bijstand wasmachine fam. [[p:Semedo]] – gegevens voor [[p:Femke]]:
aanvrager [[p:Djassi Semedo]], [[a:Hoefkade 708]], [[pc:2526 BN]]
IBAN [[i:?s]] t.n.v. [[p:D. Semedo]]
offerte 429 euro, zie bijlage. {{r:klantmanager}}: [[p:Gijs van Dam]].
~~~
[[p:Koster]], [[p:Dirk-Jan]] 16:44
Registratie gisteren mislukt, systeem gaf foutcode 503 🙄 Ik heb het opnieuw ingevoerd als [[ds:#88213]] (mw [[p:Dekker]]). Kan iemand checken of er geen dubbele is ([[ds:#88207]]?)
Ze woont [[a:Erasmusweg 1474]], geboren [[d:02-03-1956]], dus makkelijk terug te vinden.
~~~
[[p:Mei]]: is er een opname?
[[p:Anouk]]: ja, komt [[d:vrijdag 13 september]] online
[[p:Mei]]: 👍
[[p:Anouk]]: link volgt via [[e:a.visser@crossover-advies.nl]]
~~~
Doorgestuurd door [[p:Hatice]]:
"[[p:Hatice]] abla, school vraagt BSN van [[p:Eymen]], ik heb niet. Is het [[b:?p]]? op papier staat dit. Ben ik goed? [[p:Kübra]] van {{o:CJG}} zegt vragen aan jou"
[[p:Hatice]]: klopt niet, dit is het BSN van de moeder. Ik help haar [[d:maandag 16 september]] bij het {{o:Servicepunt XL}}.
~~~
[[p:Jasper]] ({{o:Sociaal Team Zoetermeer}}): interessant! Bij ons heet de {{r:casusregisseur}} "{{r:regievoerder}}". Wij werken sinds 2016 met één plan per gezin. Mag ik contact met [[p:Imane]]? [[e:jasper.vdberg@zoetermeer.nl]]
Tel: [[ph:079 - 346 82 10]]
~~~
[[p:Noorzai]] – update ([[p:NT]], [[d:8 aug.]]):
[[p:Zabihullah]] is uit het ziekenhuis, revalideert bij {{o:Sophia Revalidatie}}. [[p:Habiba]] doet het goed, heeft nu zelf contact met {{o:Eneco}} over de regeling. Kinderen [[p:Mariam]] en [[p:Ahmad]] naar de zomerschool via {{o:Stek}}.
~~~
📌 bel mw [[p:Lopes]] terug – [[ph:0624918370]]?? of is dat [[p:Tavares]]? check!
([[p:Tavares]] = [[a:Hoefkade 219-B]])
~~~
[[d:10-9-24]] 13:13 - [[p:Kwame]]: [[p:yonas]] is aangenomen op het mbo 🎓 moeder [[p:Abrehet]] huilde van blijdschap
[[d:10-9-24]] 13:15 - [[p:Hatice]]: ahhh wat mooi!! 😭❤️
~~~
Hoi [[p:Nadia]], voedselpakket voor mw [[p:Tsegay]] mag naar [[a:Schalk Burgerstraat 119]] ([[pc:2572 TM]]), ze is er na 15u. Verwijsbrief loopt t/m [[d:31-12-2024]]. [[p:Femke]]
PS haar nummer als ze niet opendoet: [[ph:06-27 73 19 04]].
~~~
Lijst casussen voor de eindevaluatie (alleen nummers, geen namen!!):
[[ds:SWT-ESC-24-0091]], [[ds:2024-00412]], [[ds:TV-2024-0188]], [[ds:MO-24-0391]], [[ds:SW-LVB-0092]], [[ds:SHV-2024-3391]]
– [[p:Gerrit]]
~~~
Hoi [[p:Mei Lin]],
Voor de aanvraag kwijtschelding van dhr [[p:Ramlal]]: beheerrekening [[i:?s]], leefgeldrekening [[i:?p]]. Het BSN had je al ([[b:?d]]).
Groet, [[p:Rebecca]] ({{o:Ellens Bewindvoering}})
Zijn nieuwe adres per [[d:1 oktober]]: [[a:Vaillantlaan 411]], [[pc:2526 HE]].
~~~
[[p:Tahiri]], [[p:Nadia]] 10:40
Let op: in de aanvraag voor mw [[p:Kasprzak]] stond BSN [[b:?p]] maar de {{o:BRP}} geeft [[b:?p]]. Wie heeft die eerste ingevuld?
[[p:Sewnath]], [[p:Anjali]] 10:45
oeps ik, verkeerd overgetypt van een oude brief 🙈 wordt aangepast
~~~
Fwd van mw [[p:Fortes]]:
"{{o:SVB}} vraagt BSN van [[p:Edmilson]]: [[b:?s]] en mijn rekening [[i:?p]]. Is goed zo? [[p:Maria]]"
→ [[p:Kwame]]: klopt, ingediend op [[d:10 september]].
~~~
checklist aanvraag bijzondere bijstand [[p:Mehari]]:
☑ ID kopie
☑ BSN ([[b:?p]])
☐ bankafschriften 3 mnd van [[i:?s]]
☐ huurcontract [[a:Zuiderparklaan 212-hs]]
☐ {{r:klantmanager}} mailen: [[e:g.vandam@denhaag.nl]]
☐ afspraak [[d:di 17/9]] 10u
~~~
Overdracht casussen {{w:Laak}} ivm ziekte [[p:Anjali]] (stand [[d:vr 6 september]])

1) [[ds:LK-2024-0233]] – mw [[p:Petrova]]. Woont tijdelijk bij een vriendin ([[a:Linnaeusstraat 118]]), man heeft haar paspoort nog. {{o:Veilig Thuis}} is betrokken (melding [[ds:VT-2024-05519]]). Afspraak bij het {{o:Juridisch Loket}} op [[d:donderdag 12 september]] om 11u, {{r:tolk}} Bulgaars is aangevraagd. Bereikbaar op [[ph:06-19 55 02 71]], liefst appen.
2) [[ds:LK-2024-0251]] – dhr [[p:Hamwi]], [[a:Loosduinseweg 620]], [[pc:2571 AM]]. Schimmel, dochter met astma. {{o:Huurteam}} heeft [[d:28 augustus]] gemeten, rapport volgt. Huurverlaging aanvragen zodra het rapport binnen is.
3) [[ds:LK-2024-0260]] – mw [[p:Kasprzak]]. Ziektewet loopt via het uitzendbureau; bezwaar tegen de beëindiging moet vóór [[d:20 september]] de deur uit. Rekeningnummer voor het formulier: [[i:?s]].
Algemeen: alle toestemmingsverklaringen zitten in de map, behalve die van nr 3 (komt [[d:maandag 9 september]]).
Vragen → [[p:Nadia]] of mij via [[e:a.sewnath@denhaag.nl]] (ik lees af en toe mee).
~~~
[[d:16-09-2024]] 08:32 - [[p:Gerrit]]: goedemorgen! even een overzicht van de week, want het is druk 😅
ma: teamoverleg 9u, daarna huisbezoeken
di [[d:17/9]]: {{o:GGD}} komt langs voor de bemoeizorgcasussen, graag je casusnummers klaar hebben (bijv. [[ds:ESC/2024/00112]])
wo [[d:18/9]]: {{r:wethouder}} bezoekt het {{o:Servicepunt XL}} {{w:Moerwijk}}, 14u
do [[d:19/9]]: training meldcode, verplicht voor iedereen die na [[d:1 januari]] is begonnen
vr [[d:20/9]]: vrij voor wie de slotbijeenkomst heeft georganiseerd 🎉
[[d:16-09-2024]] 08:40 - [[p:Sanne]]: top. ik kan di niet, zit bij de rechtbank voor mw [[p:Dekker]] ([[ds:C/09/668102]])
[[d:16-09-2024]] 08:41 - [[p:Gerrit]]: 👍 dan neemt [[p:DJ]] het over
~~~
Van: [[p:Femke Mulder]] <[[e:f.mulder@kwadraad.nl]]>
Verzonden: [[d:dinsdag 10 september 2024]] 09:14
Aan: {{o:Haags Werkplein}} – bijzondere bijstand
Onderwerp: aanvraag wasmachine fam. [[p:Semedo]] – aanvullende gegevens

Goedemorgen,

Naar aanleiding van uw brief van [[d:2 september]] (kenmerk [[ds:BB/2024/121877]]) stuur ik de ontbrekende gegevens van dhr. [[p:Djassi Semedo]]:
- BSN: [[b:?d]]
- geboortedatum: [[d:19-04-1983]]
- adres: [[a:Hoefkade 708]], [[pc:2526 BN]] Den Haag
- IBAN: [[i:?s]]
De offerte en de bankafschriften van juni, juli en augustus zitten in de bijlage. Het gezin heeft drie jonge kinderen en wast nu met de hand; ik vraag u de aanvraag met spoed te behandelen.

Met vriendelijke groet,
[[p:Femke Mulder]]
{{r:Maatschappelijk werker}} {{o:Kwadraad}} | {{w:Escamp}}
[[ph:06 - 39 17 22 80]]
~~~
Les "De brief die niemand opende" – team {{w:Moerwijk}}, geschreven door [[p:Hatice Kaya]]
Mevrouw (67) kreeg sinds het overlijden van haar man geen brieven meer open. Toen wij binnenkwamen lagen er zes maanden post op de keukentafel, waaronder een dwangbevel van [[d:14 maart]] en een ontruimingsaanzegging. Wat werkte: niet alles tegelijk. We hebben met haar een 'postmoment' afgesproken, elke dinsdag, samen met een {{r:vrijwilliger}} van {{o:Humanitas}}.
💬 [[p:Roos]]: heel herkenbaar bij ouderen in {{w:Mariahoeve}}. Hoe lang heeft het geduurd voordat ze zelf weer opende?
💬 [[p:Hatice Kaya]]: ongeveer vier maanden. Sinds [[d:1 augustus]] doet ze het zelf, alleen de {{o:Belastingdienst}} laat ze nog liggen 😅
💬 [[p:Merel Hoek]]: mooie les! Eén ding: in je bijlage staat nog haar adres ([[a:Loevesteinlaan 88]]) en het nummer van de {{r:deurwaarder}} ([[ds:DW-24-551203]]). Die haal ik weg voordat hij in de kennisbank komt.
~~~
verslag huisbezoek [[d:wo 4/9]] – dhr [[p:Kroon]], [[a:Prins Hendrikstraat 45-II]] – [[p:SdG]] + {{r:wijkagent}}
dhr deed na 3x bellen open. woning: koud, verwarming stuk sinds de zomer, koelkast leeg. zegt dat hij 'niks nodig heeft'. pinpas is terug, maar er is in juli ruim € 1.100 van zijn rekening gehaald ([[i:?p]]). aangifte gedaan bij de {{o:politie}} op [[d:6 september]], pv-nummer [[ds:PL1500-2024098331]].
afspraken:
- {{o:Haag Wonen}} bellen over de cv ([[ph:070 - 205 22 11]] is zijn vaste lijn, werkt wel)
- {{r:casemanager dementie}} vragen voor een eerste gesprek, liefst vóór [[d:20 september]]
- {{o:Wmo}}: maaltijdvoorziening?
volgende keer [[d:wo 11/9]], 10u.
~~~
Hoi allemaal,

Zoals beloofd de contactgegevens van de mensen die we tijdens de pilot hebben leren kennen. Alleen voor intern gebruik, niet doorsturen naar cliënten 🙏

- [[p:Ingrid Maas]], bemoeizorg {{o:Parnassia}}: [[ph:06-2913 5480]], [[e:i.maas@parnassia.nl]]
- [[p:Jacqueline Fraenkel]], {{o:Veilig Thuis}}: [[e:j.fraenkel@veiligthuishaaglanden.nl]]
- [[p:Willemijn de Graaf]], {{r:casemanager dementie}}: [[ph:06 - 51 32 07 88]]
- [[p:Marco]], {{o:Ipse de Bruggen}} ambulant: [[ph:06 30 44 18 72]]
- {{r:buurtsportcoach}} [[p:Youssef]], {{o:Stek}}: [[e:y.elkaddouri@stek.nl]]

Mis je iemand? Laat het me weten vóór [[d:vrijdag 27 september]], dan zet ik het in de definitieve lijst.

Groet,
[[p:Lotte]] ({{r:stagiaire}} {{o:SWT}})
~~~
[[p:Kwame Owusu]] 09:05
Even sparren over mw [[p:Akosua]]: haar broer is uitgezet naar Ghana, en nu staat er een huurachterstand van 3 maanden op [[a:Van Ostadestraat 298]], [[pc:2526 HD]]. Zij betaalde samen met hem de huur. De verhuurder is particulier, wil per [[d:1 november]] een regeling of hij start een procedure.
[[p:Nadia Tahiri]] 09:12
Particuliere verhuurder is lastig. Heeft ze inkomen? Anders eerst bijstand aanvragen, dat kan met terugwerkende kracht tot de datum van melding, dus zo snel mogelijk melden. Haar BSN en IBAN heb je?
[[p:Kwame Owusu]] 09:14
ja, in het dossier ([[ds:TV-2024-0241]]). Melding doe ik vandaag, [[d:23 september]] dus.
[[p:Nadia Tahiri]] 09:15
👍 en vraag de {{o:Huurcommissie}} ook even mee te kijken, die huur is echt te hoog voor dat huis
~~~
Notulen intervisie pilotgroep – [[d:dinsdag 24 september]] – {{o:CJG}} {{w:Segbroek}}
Aanwezig: [[p:Femke]], [[p:Bas]], [[p:Kübra]], [[p:Thomas]]. Afwezig: [[p:Djamila]] (cursus).
Casus (ingebracht door [[p:Thomas]]): jongen van 17, woont met vader op [[a:Valkenboskade 412]], zit sinds de zomervakantie thuis. Vader werkt nachten, moeder woont in Marokko. Leerplicht heeft een proces-verbaal opgemaakt ([[ds:LP-2024-0712]]), zitting bij de rechtbank op [[d:15 oktober]].
Vraag: wie neemt de regie, het {{o:CJG}} of het {{o:SWT}}? Jongen wordt in december 18.
Afspraak: {{r:jongerenwerker}} blijft eerste contact, {{r:gezinscoach}} sluit aan bij gesprek met vader op [[d:2 oktober]]. Telefoon vader: [[ph:06 - 80 14 92 37]].
Volgende intervisie: [[d:22 oktober]].
~~~
Doorgestuurd door [[p:Mei Lin]] – mail van de dochter van mw [[p:Huang]]:

"Beste mevrouw [[p:Zhou]],
Mijn moeder gaat in mei naar China, zoals u weet. Zij vertrekt op [[d:6 mei 2025]] en komt terug op [[d:28 juli 2025]]. Haar adres in Den Haag blijft [[a:Stationsweg 44-III]], [[pc:2515 BN]]. Ik haal haar post op. Kunt u mij laten weten wat zij moet doen voor de uitkering en de huurtoeslag? Mijn telefoon is [[ph:06 - 24 88 13 57]] en mijn mail [[e:lily.huang.dh@gmail.com]].
Vriendelijke groet, [[p:Lily Huang]]"

[[p:Mei Lin]]: wie weet hoe het precies zit met de huurtoeslag bij langer dan 8 maanden weg? dit is korter, dus volgens mij geen probleem. ik check het ook bij de {{o:Belastingdienst}}.
~~~
OVERDRACHT WEEKEND ([[d:za 28/9]] – [[d:zo 29/9]]) – piket [[p:Jeroen]]
- mw [[p:Taal]]: valt vaak, alarmering via {{o:Florence}} staat aan. dochter woont op [[a:Keizerstraat 12]], sleutel bij haar.
- fam. [[p:Pronk]]: buren hebben [[d:vrijdag 27/9]] weer geklaagd over geluid, {{o:Buurtbemiddeling}} plant nieuw gesprek. NIET zelf langsgaan in het weekend.
- dhr [[p:Nguyen]]: nieuwe medicatie, {{r:wijkverpleegkundige}} komt za+zo 8u. nr [[ph:06-83 17 20 44]].
- nieuw: melding via de {{r:huisarts}} over een vrouw (40-50) in {{w:Duindorp}}, naam nog onbekend, adres [[a:Tesselsestraat 31]], [[pc:2583 JH]]. maandag oppakken.
Piketnummer staat in Teams. Fijn weekend 🌊
~~~
Reactie op de les "Samen naar de voordeur" (team {{w:Schilderswijk}})
[[p:Lisanne ten Broek]] ({{w:Scheveningen}}): Wij doen iets soortgelijks, maar dan met de {{r:wijkagent}} erbij als er zorgen zijn over veiligheid. Vorige maand nog bij een man op de [[a:Scheveningseweg 108]]; hij had sinds [[d:15 mei]] niemand meer binnengelaten. Zonder de agent hadden we de deur niet opengekregen, maar achteraf zei hij: "als jullie alleen waren gekomen had ik ook opengedaan". Dus: twijfel, en bespreek het vooraf.
[[p:Ravi Jagessar]]: Herkenbaar! Bij ons werkt het juist averechts, de {{o:politie}} heeft in de buurt geen goede naam. We nemen liever een {{r:ervaringsdeskundige}} mee. Zie ook de casus in [[ds:SW-2024-0188]] (intern).
[[p:Lisanne ten Broek]]: Goed punt, verschilt per wijk natuurlijk.
~~~
[[d:07-10-2024]] 10:02 - [[p:Kwame]]: hulp! mw [[p:Ghebremariam]]... sorry, dhr [[p:Ghebremariam]] heeft een brief van de {{o:IND}} gekregen, hij moet zijn verblijfsdocument verlengen vóór [[d:1 november]]. zijn {{r:bewindvoerder}} is met vakantie
[[d:07-10-2024]] 10:05 - [[p:Ewa]]: leges betalen kan via de {{r:bewindvoerder}} toch? anders via de leefgeldrekening ([[i:?p]])
[[d:07-10-2024]] 10:06 - [[p:Kwame]]: daar staat maar 40 euro op 🙃
[[d:07-10-2024]] 10:09 - [[p:Nadia]]: bijzondere bijstand voor leges kan, ik stuur je het formulier. zet zijn V-nummer erop ([[ds:2107733418]]) en het adres [[a:Wouwermanstraat 102-III]], [[pc:2525 GK]]
[[d:07-10-2024]] 10:10 - [[p:Kwame]]: 🙏🙏
~~~
Hallo [[p:Gijs]],

Even een korte update over dhr. [[p:Haas]] ([[ds:ESC/2024/00931]]), die je op [[d:23 augustus]] hebt aangemeld. Hij slaapt niet meer in zijn auto: sinds [[d:16 september]] heeft hij een kamer bij de {{o:Kessler Stichting}}, postadres [[a:Dr. Lelykade 18]], [[pc:2583 CL]]. Zijn ex-partner is in de woning op [[a:Hengelolaan 412]] gebleven; de huur staat nog op beider naam, dat moeten we nog regelen met {{o:Haag Wonen}}.
Voor de uitkering: hij heeft zijn BSN-pas terug ([[b:?s]]), dus de aanvraag kan nu door. Zou jij die deze week kunnen oppakken? Hij is bereikbaar op [[ph:06 - 37 82 10 66]], beste tijd 's ochtends.

Dank je!
[[p:Jeroen Smit]]
~~~
Presentielijst slotbijeenkomst pilot – [[d:donderdag 20 juni 2024]] – {{o:Servicepunt XL}} {{w:Mariahoeve}}
{{w:Escamp}}: [[p:S. de Groot]], [[p:D.J. Koster]], [[p:N. Tahiri]], [[p:F. Mulder]]
{{w:Mariahoeve}}: [[p:R. Bakker]], [[p:M.L. Zhou]]
{{w:Transvaal}}: [[p:K. Owusu]]
{{w:Moerwijk}}: [[p:H. Kaya]]
{{w:Schilderswijk}}: [[p:R. Jagessar]]
{{w:Segbroek}}: [[p:K. Demir]], [[p:T. Koning]]
Gasten: {{r:wethouder}}, {{o:Veilig Thuis}}, {{o:Parnassia}}
Organisatie: [[p:A. Visser]] ({{o:Crossover}}), [[p:M. Hoek]] ({{o:CAOP}})
Totaal 17 aanwezig, 3 afgemeld. De certificaten worden na de zomer uitgereikt, uiterlijk [[d:1 oktober]].
~~~
Fwd: voicemail + mail van een buurvrouw, via [[p:Roos]]

Voicemail ([[d:ma 30 sept]], 18.12): "Ja goedenavond, u spreekt met [[p:Ria Verschoor]], ik woon naast mevrouw [[p:Tan]] op de Ambachtsgaarde. Ze liep vanmiddag in haar nachthemd over straat en wist niet waar ze woonde. Ik heb haar thuisgebracht. Kunt u mij terugbellen? [[ph:070 - 347 18 92]]."
Mail van dezelfde buurvrouw ([[e:ria.verschoor@kpnmail.nl]]): "Ik heb ook de dochter gebeld maar die neemt niet op. De voordeur stond open. Ik maak me echt zorgen."

[[p:Roos]]: ik ben er [[d:di 1 oktober]] om 9u, samen met de {{r:casemanager dementie}}. Misschien moeten we nu toch aan een indicatie via het {{o:CIZ}} denken. Dossier [[ds:SWT-MH-2024-0388]].
~~~
Aanmeldformulier {{o:SWT}} (ingevuld door {{o:Servicepunt XL}} {{w:Transvaal}}, [[d:3 oktober 2024]])
Naam: [[p:Fadumo Ali Hersi]]
Geboortedatum: [[d:01-07-1989]]
BSN: [[b:?s]]
Adres: [[a:Oranjeplein 12]], [[pc:2525 HB]] Den Haag
Telefoon: [[ph:06 - 49 91 82 54]]
E-mail: geen
Rekeningnummer: [[i:?s]]
Huishouden: 4 kinderen (2, 5, 8 en 11 jaar), partner vertrokken naar het buitenland.
Hulpvraag: te kleine woning (2 kamers), geen inkomen sinds de zomer, kinderen slapen slecht. Spreekt Somalisch en een beetje Nederlands, komt met een {{r:ervaringsdeskundige}}.
Eerdere hulp: onbekend. Toestemmingsverklaring getekend op [[d:3-10-2024]].
Verwijzer: sleutelpersoon uit de gemeenschap (via [[p:Ravi]]).
Urgentie: hoog – graag binnen een week contact.
~~~
Hoi [[p:Sanne]],

Nog even op een rij wat er is afgesproken bij mw [[p:Dekker]], want ik ben de komende twee weken op cursus:
- De rechtbank heeft op [[d:17 september]] beschermingsbewind uitgesproken, de {{r:bewindvoerder}} start per [[d:1 oktober]]. Dossiernummer bewind: [[ds:BW-2024-3381]].
- De aanmaning van {{o:Eneco}} (klantnr [[ds:200917744]]) is doorgestuurd naar het bewindkantoor.
- {{o:GGD}} bemoeizorg komt nog één keer langs, op [[d:dinsdag 8 oktober]], daarna sluiten zij af.
- De katten: de {{o:Dierenbescherming}} heeft er drie opgehaald, vier blijven. Mw vond dat moeilijk maar heeft ingestemd.
- Woning is grotendeels opgeruimd; de schoonmaakploeg kwam [[d:26 september]]. Nieuw slot op de voordeur, reservesleutel ligt bij ons in de kluis.
Haar zoon heeft zich na vijf jaar gemeld, via [[e:erwin.dekker77@hotmail.com]]. Mw wil eerst zelf met hem praten. Graag niks doorgeven zonder haar toestemming.

Groet,
[[p:DJ]]
~~~
[[d:14-10-24]] 11:02 - [[p:Roos]]: vraagje voor de pilotgroep: wie heeft ervaring met een verhuizing naar een seniorenwoning binnen {{w:Mariahoeve}}? mw [[p:Winter]] staat al 4 jaar ingeschreven
[[d:14-10-24]] 11:10 - [[p:Jeroen]]: via {{o:Haag Wonen}} of {{o:Staedion}}?
[[d:14-10-24]] 11:12 - [[p:Roos]]: {{o:Staedion}}, inschrijfnummer [[ds:WN-2020-448172]]. ze woont nu op [[a:Ruychrocklaan 14-hs]] maar die trap naar de tuin is levensgevaarlijk
[[d:14-10-24]] 11:20 - [[p:Jeroen]]: met een {{o:Wmo}}-indicatie kun je medische urgentie aanvragen. de {{r:Wmo-adviseur}} moet dan een verslag schrijven, duurt ongeveer 8 weken
[[d:14-10-24]] 11:22 - [[p:Roos]]: 8 weken 😩 ok. indicatie van [[d:2 april]] is er al, nr [[ds:WMO-2024-09377]]
[[d:14-10-24]] 11:25 - [[p:Jeroen]]: dan kan het sneller 👍
~~~
Concept casusbeschrijving voor het eindverslag (thema huiselijk geweld) – door [[p:Djamila Boukhari]], graag feedback vóór [[d:vrijdag 25 oktober]]

Een moeder van drie kinderen meldde zich in het voorjaar bij het {{o:Servicepunt XL}}. Haar partner was sinds jaren gewelddadig; de kinderen waren getuige. Na een escalatie op [[d:16 maart]] volgde een huisverbod. In de opvang werkte het {{o:SWT}} samen met {{o:Veilig Thuis}} (melding [[ds:VT-24-02281]]) en het {{o:CJG}}.
Wat werkte: één vast contactpersoon, een {{r:tolk}} van buiten de eigen gemeenschap, en snel regelen van eigen inkomen.
Wat lastig was: de nieuwe woning ([[a:Wingerdstraat 63]]) lag op loopafstand van familie van de ex-partner.

Opmerking [[p:Merel]]: het meldingnummer, de datum en het adres maken haar herkenbaar. Graag vervangen door "voorjaar 2024", geen nummer, "een woning in een andere wijk".
~~~
Lijst voor de kerstpakketten {{w:Moerwijk}} (via {{o:Voedselbank}} + moskee) – GEHEIM 🎄
1. fam. [[p:Al-Khatib]] – [[a:Apeldoornselaan 41-3]] – 5 pers.
2. mw [[p:Pattiasina]] – [[a:Apeldoornselaan 212]] – 1 pers.
3. fam. [[p:Van Rijn]] – [[a:Moerweg 155]] – 3 pers.
4. dhr [[p:Yıldız]] – [[a:Leyweg 912 A]] – 1 pers. + hond 🐕
5. mw [[p:Çelik]] – [[a:Zuidlarenstraat 190]] – 2 pers.
Ophalen bij het wijkcentrum op [[d:vrijdag 20 december]] tussen 10 en 12. Bezorgen door de {{r:vrijwilligers}}, coördinatie [[p:Ton]] ([[ph:06-14 77 30 82]]).
~~~
Van: [[e:k.vos@politie.nl]]
Aan: {{o:SWT}} {{w:Zeeheldenkwartier}}
Onderwerp: zorgmelding dhr. [[p:Kroon]]

Goedemiddag,
Vannacht ([[d:zaterdag 19 oktober]], rond 02.30 uur) zijn collega's ter plaatse geweest bij dhr. [[p:Hendrik Kroon]], [[a:Prins Hendrikstraat 45-II]], [[pc:2518 HN]], geboren [[d:14-11-1941]]. Hij stond in pyjama in het trappenhuis en dacht dat er ingebroken was. Er bleek niets aan de hand. Hij maakte een verwarde indruk. Registratienummer zorgmelding: [[ds:2024289113]].
Ik heb begrepen dat jullie al betrokken zijn. Kunnen jullie maandag contact opnemen? Ik ben bereikbaar op [[ph:06 - 10 44 82 97]].
Met vriendelijke groet,
[[p:K. Vos]], {{r:wijkagent}}
~~~
Reacties onder de sessie "Wat hebben we geleerd?" ([[d:20 juni]])
💬 [[p:Thomas]]: voor mij: dat andere teams dezelfde problemen hebben, alleen met andere namen ervoor 😄
💬 [[p:Wu Jing]]: de lijntjes! ik bel nu gewoon het {{o:CJG}} in {{w:Segbroek}} in plaats van te mailen
💬 [[p:Hatice]]: dat we privacy soms als excuus gebruiken om niet samen te werken. met een toestemmingsverklaring kan veel meer dan we denken
💬 [[p:Gerrit]]: mooi gezegd. Dit neem ik mee naar het gesprek met de {{r:wethouder}} op [[d:2 juli]]
💬 [[p:Bas]]: en dat je je eigen 06 nooit moet geven 😇 (sorry [[p:Gerrit]])
~~~
To do na de pilot (pers. lijstje [[p:Nadia]])
- afsluitbrief mw [[p:Zaanouni]] ([[ds:2024-00522]]) – klaar vóór [[d:31 oktober]]
- dossier dhr [[p:Karimi]] overdragen aan {{w:Laak}}, hij verhuist naar [[a:Neptunusstraat 12]], [[pc:2522 GK]]
- bezwaar {{o:CAK}} archiveren ([[ds:CAK-7731-0928]])
- terugbetaling op [[i:?p]] controleren (1.020 euro)
- verlof aanvragen [[d:23 december]] t/m [[d:3 januari]] 🎄
- lunch met [[p:Imane]] als ze terug is van verlof!!
"""

PII = {
    "p": "person",
    "b": "bsn",
    "ph": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "ds": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}
MARK = re.compile(r"\[\[(p|b|ph|e|i|pc|a|d|ds):(.*?)\]\]|\{\{(w|o|r):(.*?)\}\}")

rng = random.Random(95)
BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB", "RBRB"]


def bsn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def make_bsn(fmt):
    while True:
        d = [rng.randint(1, 7)] + [rng.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if c <= 9:
            d.append(c)
            break
    s = "".join(map(str, d))
    if fmt == "?":
        fmt = rng.choice(["?p", "?d", "?s"])
    if fmt == "?d":
        return s[:4] + "." + s[4:6] + "." + s[6:]
    if fmt == "?s":
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return s


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) == 18 and iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(fmt):
    bank = rng.choice(BANKS)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    check = 98 - iban_num(bank + acct + "NL00") % 97
    s = "NL%02d%s%s" % (check, bank, acct)
    if fmt == "?":
        fmt = rng.choice(["?p", "?s"])
    if fmt == "?s":
        return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    if fmt == "?l":
        return s.lower()
    return s


def build(raw):
    out, pii, keep, pos = [], [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        start = sum(len(x) for x in out)
        if m.group(1):
            code, val = m.group(1), m.group(2)
            if code == "b" and val.startswith("?"):
                val = make_bsn(val)
            elif code == "i" and val.startswith("?"):
                val = make_iban(val)
            out.append(val)
            pii.append({"start": start, "end": start + len(val), "label": PII[code], "text": val})
        else:
            val = m.group(4)
            out.append(val)
            keep.append(
                {"start": start, "end": start + len(val), "label": KEEP[m.group(3)], "text": val}
            )
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), pii, keep


TITLES = ("mw", "mw.", "dhr", "dhr.", "mevrouw", "meneer", "dr.", "mr.", "buurman", "zoon")


def verify(rec):
    t = rec["text"]
    for tok in ("[[", "]]", "{{", "}}"):
        assert tok not in t, (rec["id"], tok)
    spans = rec["pii"] + rec["keep"]
    for s in spans:
        assert t[s["start"] : s["end"]] == s["text"], (rec["id"], s)
        assert s["text"] == s["text"].strip() and s["text"], (rec["id"], s)
        if s["label"] == "person":
            assert s["text"].split()[0].lower() not in TITLES, (rec["id"], s)
        if s["label"] == "bsn":
            assert bsn_ok(s["text"]), (rec["id"], s)
        if s["label"] == "iban":
            assert iban_ok(s["text"]), (rec["id"], s)
    spans = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (rec["id"], a, b)
    assert rec["pii"], rec["id"]


def main():
    chunks = [c.strip("\n") for c in re.split(r"^~~~$", SRC, flags=re.M)]
    chunks = [c for c in chunks if c.strip()]
    recs = []
    for n, raw in enumerate(chunks):
        text, pii, keep = build(raw)
        rec = {"id": "ho95-%04d" % n, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        recs.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in recs for s in r["pii"])
    kc = Counter(s["label"] for r in recs for s in r["keep"])
    words = [len(r["text"].split()) for r in recs]
    tot = sum(pc.values())
    print(
        "texts",
        len(recs),
        "words avg %.1f min %d max %d" % (sum(words) / len(words), min(words), max(words)),
    )
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc.most_common()))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
