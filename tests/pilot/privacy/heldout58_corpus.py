#!/usr/bin/env python3
"""Held-out test corpus 58: texts written in and around a Hague sociale wijkzorgteam.

Writes heldout58.jsonl next to this script. Markup in the source texts:
  [[tag:span]]  personal data   (p person, b bsn, ph phone, e email, i iban,
                                 pc postcode, a address, d date, do dossier)
  {{tag:span}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Deterministic: no randomness except a fixed-seed shuffle of the text order.
"""

import json
import os
import random
import re

PII = {
    "p": "person",
    "b": "bsn",
    "ph": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "do": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

TEXTS = []  # (register, marked-up text)


def T(register, text):
    TEXTS.append((register, text.strip("\n")))


# ---------------------------------------------------------------- case notes / contact journals (cn)
T(
    "cn",
    """
Contactjournaal [[p:N. El Amrani]] ([[do:SWT-LK-2024-0192]])

[[d:04-03]] hb samen met {{r:wijkverpleegkundige}} [[p:Jeroen]]. mw zat in het donker, gordijnen dicht. Post ligt ongeopend op tafel, o.a. aanmaning {{o:Eneco}} en brief van het {{o:CAK}}. Mw zegt "ik red me wel". Dochter [[p:Ilham]] komt 1x p/w uit Rotterdam.
[[d:06-03]] tel. met [[p:Ilham]] ([[ph:06-41 82 77 30]]), zij maakt zich zorgen over geheugen moeder. Afgesproken dat ik de {{r:huisarts}} bel.
[[d:07-03]] gebeld met {{r:POH}} praktijk [[p:Verhoeven]], terugbelverzoek ingesproken.
[[d:11-03]] nog niks gehoord, opnieuw gebeld. Wordt vervolgd.
""",
)

T(
    "cn",
    """
VERSLAG HUISBEZOEK
Cliënt: dhr. [[p:Tesfay Gebremedhin]], geb. [[d:12-09-1987]]
Adres: [[a:Van Ostadestraat 211-A]], [[pc:2526 XJ]] Den Haag
Datum bezoek: [[d:dinsdag 19 maart 2024]]
Aanwezig: cliënt, tolk Tigrinya (telefonisch via {{o:Tolkcontact}}), [[p:Marloes Dekker]] ({{r:maatschappelijk werker}}, {{o:Xtra}})

Aanleiding: signaal van {{o:VluchtelingenWerk}}, huurachterstand van 3 maanden bij {{o:Haag Wonen}}.
Bevindingen: dhr. woont sinds 2021 in de {{w:Schilderswijk}}. Zijn vrouw [[p:Semhar]] en de twee kinderen (4 en 7) zijn vorig jaar via gezinshereniging gekomen. De toeslagen zijn nooit aangepast, daardoor nu een terugvordering van ruim € 2.300. Dhr. kan de brieven niet lezen en legt ze in een la.
Afspraken:
- {{r:MW}} vraagt huurtoeslag opnieuw aan
- aanmelding {{o:Schuldhulpverlening}} zodra inkomen stabiel is
- kinderen: contact leggen met het {{o:CJG}}
""",
)

T(
    "cn",
    """
S: Mw. [[p:J. Roos-Bakker]] (86) zegt dat het "best gaat". Zoon [[p:Kees]] belt elke avond om zeven uur.
O: Wond li onderbeen niet verder genezen, randen rood. Medicatierol van afgelopen week grotendeels niet ingenomen (ma t/m do nog in de rol). Koelkast bijna leeg, wel verse bloemen van de buurvrouw.
A: Vermoedelijk toenemende cognitieve achteruitgang, therapieontrouw. Mantelzorg onvoldoende.
P: Overleg met {{r:huisarts}} dr. [[p:Kuipers]] over wondbeleid en geheugenonderzoek. Casus inbrengen bij {{o:SWT Mariahoeve}}, vraag aan {{r:casemanager dementie}} om mee te kijken. Volgend bezoek [[d:do 21/3]].
-- [[p:Anouk]], {{r:wijkverpleegkundige}} {{o:Florence}}
""",
)

T(
    "cn",
    """
Vanochtend onverwacht langs geweest bij meneer [[p:Ivan Georgiev]] op de [[a:Hoefkade 640-III]]. Hij deed pas open na drie keer aanbellen. In de kamer lagen matrassen voor nog twee mannen, hij zegt dat het "collega's van het werk" zijn. Ik heb de indruk dat er via een uitzendbureau wordt verhuurd, per bed. Hij is bang zijn kamer kwijt te raken als hij iets zegt. Spreekt redelijk Engels, geen Nederlands. Ik heb het nummer van het {{o:Juridisch Loket}} achtergelaten en mijn eigen nummer. Hij belt mij als zijn loon weer niet komt. Met [[p:Ruud]] van {{o:Team Handhaving}} wil ik eerst overleggen voordat we iets doen, anders staat hij morgen op straat.
""",
)

T(
    "cn",
    """
notitie 14:20 - mw [[p:kaya]] belde, huilend. man weer weg sinds gisteravond, pinpas meegenomen. ze heeft geen geld voor boodschappen. verwezen naar voedselbank {{w:Laak}}, noodpakket geregeld via [[p:Gülsüm]] van het buurthuis. morgen terugbellen op [[ph:0687234519]]. NIET bellen na 18u ivm man.
""",
)

T(
    "cn",
    """
Telefoonnotitie
Van: [[p:Desislava Petrova]] (zus van cliënt), tel. [[ph:+359 88 742 1165]]
Voor: [[p:Hanneke]]
Datum/tijd: [[d:12-04-2024]], 10:05

Mevrouw belt vanuit Bulgarije. Zij heeft al twee weken niets van haar broer [[p:Stoyan]] gehoord. Hij heeft suikerziekte en "vergeet soms te eten". Laatst bekende adres: [[a:Zuiderparklaan 38]], kamer op de eerste verdieping. Graag terugbellen, zij spreekt Engels en een beetje Duits. Niet vóór 9 uur onze tijd (daar is het dan een uur later).
""",
)

T(
    "cn",
    """
Overdracht ivm vakantie [[p:Soufiane]] (3 wkn)

[[p:Zahra Ahmadi]] - [[do:2024/0417]] - Dagelijks contact nodig rond medicatie, loopt via {{o:Parnassia}} FACT-team {{w:Escamp}}. Aanspreekpunt daar: [[p:Brenda]]. Als [[p:Zahra]] belt en over haar broer in Kabul begint: even laten praten, dat helpt.
Dhr. [[p:Visser]] - [[do:2023/2280]] - wacht op beschikking Wmo (scootmobiel). Indien afgewezen: bezwaar binnen 6 weken, concept staat in het dossier.
Fam. [[p:Owusu]] - [[do:2024/0533]] - [[p:Akosua]] heeft [[d:25 april]] zitting bij de kantonrechter (huisuitzetting). {{r:Advocaat}} mr. [[p:De Jong]] is op de hoogte. Graag iemand mee!
""",
)

T(
    "cn",
    """
[[d:2024-03-18]] | [[p:Fleur van Rijn]] | Telefonisch | Met {{r:klantmanager}} {{o:SZW}} gesproken over bijstand dhr. [[p:Haddad]]. Uitkering stopgezet wegens 'niet verschijnen'. Dhr. heeft de brief niet ontvangen, was opgenomen in {{o:HMC Westeinde}}.
[[d:2024-03-19]] | [[p:Fleur van Rijn]] | Huisbezoek | Opnamebrief samen met dhr. opgezocht. Kopie gestuurd naar {{o:SZW}}.
[[d:2024-03-21]] | [[p:Mustafa Karaca]] | Overleg | Besproken in kernteam, [[p:Fleur]] blijft {{r:casusregisseur}}.
[[d:2024-03-26]] | [[p:Fleur van Rijn]] | Mail | Bevestiging heropening uitkering, kenmerk [[do:SZW-551873]].
""",
)

T(
    "cn",
    """
Wk 12. Cl. [[p:Orlando Kanhai]], 54 jr, {{w:Transvaal}}. Alleenstaand, weinig netwerk, drinkt (zegt zelf 'paar blikjes'), buren klagen over geluid 's nachts. Via {{r:wijkagent}} [[p:Hamid]] bij ons gekomen. 1e gesprek ging stroef, 2e gesprek beter toen we over zijn moeder praatten (overleden in Paramaribo in 2022, hij kon niet naar de begrafenis). Hij wil 'iets doen overdag'. Idee: klussen bij {{o:Haagse Krachtstroom}} of inloop {{o:Stichting MOOI}}. Volgende afspraak [[d:woensdag 27/3]] 10.30 bij hem thuis.
""",
)

T(
    "cn",
    """
Bezoek mw [[p:Kasia Nowak]] ([[a:Jan Hendrikstraat 3 bis]]) samen met [[p:Agnieszka]] ({{r:vrijwilliger}}, tolk Pools). Mw. is 7 mnd zwanger, woont met vriend in 1 kamer, geen BSN ingeschreven (!), daardoor geen zorgverzekering. Verloskundige praktijk wil haar wel zien maar weet niet hoe de rekening te betalen. Actie: inschrijving BRP regelen, dan zorgverzekering. Contact via WhatsApp op [[ph:+48 601 552 908]] of via [[p:Agnieszka]].
""",
)

T(
    "cn",
    """
[[d:20/2]] - huisbezoek gepland, niemand thuis. Briefje door de bus.
[[d:22/2]] - mw. [[p:Hatice Öztürk]] belt terug, excuses, was bij de dokter met haar kleinzoon [[p:Emir]].
[[d:26/2]] - gesprek bij mw. thuis. Zorgt sinds de beroerte van haar man [[p:Mehmet]] volledig voor hem: wassen, tillen, 's nachts eruit. Slaapt gemiddeld 4 uur. Wil geen 'vreemden' in huis. Wel open voor dagbesteding voor hem "als het Turks is". Ik zoek uit wat {{o:Stichting Zorgcentra De Oude Haagse}} ... nee, navragen bij [[p:Yasemin]] van de {{r:mantelzorgconsulent}}-pool.
""",
)

T(
    "cn",
    """
Journaal dhr. [[p:A. Farah]]
Reg.nr. [[do:MEE-ZHN-77120]]
-----------------------------------
di [[d:5 maart]] — intake bij {{o:MEE}} i.v.m. LVB-vermoeden, samen met moeder [[p:Faduma Hassan]]. Dhr. (23) is sinds zijn 18e uit beeld bij instanties. Schulden onbekend, telefoon steeds afgesloten.
vr [[d:8 maart]] — {{r:MEE-consulent}} [[p:Lieke]] heeft IQ-onderzoek aangevraagd.
ma [[d:18 maart]] — moeder meldt dat dhr. "een baantje" heeft bij een pakketdienst, contant betaald. Zorg over uitbuiting. Bespreken in casuïstiek [[d:28-03]].
""",
)

T(
    "cn",
    """
Korte notitie na gesprek met [[p:Mei]] (dochter van mw. [[p:Chen Xiaoling]]). [[p:Mei]] spreekt goed Nederlands en vertaalt voor haar moeder. Moeder (71) is in mei gevallen en durft sindsdien niet meer naar buiten. Ze woont op driehoog zonder lift aan de [[a:Wagenstraat 77-3]], boven het restaurant van een neef. [[p:Mei]] vraagt of er een "aangepaste woning" kan komen. Uitgelegd dat urgentie via de {{o:Wmo}} lang duurt; wel alvast {{r:ergotherapeut}} ingeschakeld voor advies. [[p:Mei]]'s nummer: [[ph:06 2874 4031]].
""",
)

T(
    "cn",
    """
HB [[d:1 feb.]] dhr [[p:bakker]] (76) met [[p:Wim]] van {{o:Humanitas}}. Dhr. gaat nog elke ochtend naar de bakker op de hoek, daar kennen ze hem. Verder ziet hij niemand sinds zijn vrouw overleed. [[p:Wim]] gaat 1x in de 2 wk wandelen met hem. Dhr. [[p:Bakker]] vond dat 'wel aardig'. Evaluatie over 6 weken.
""",
)

T(
    "cn",
    """
Contactmoment [[d:zaterdag 9 maart]] (dienst)
Melding via de {{o:GGD}} nachtdienst: dhr. [[p:Marek Zieliński]] aangetroffen in portiek van [[a:Teniersstraat 41]] met onderkoelingsverschijnselen, meegenomen naar {{o:HMC Westeinde}}. Dhr. is bij ons bekend ([[do:#48812]]). Maandag contact opnemen met {{o:Straatconsulaat}} en {{o:Leger des Heils}} over nachtopvang. Dhr. heeft geen telefoon, wel Facebook via zijn neef [[p:Paweł]].
""",
)

T(
    "cn",
    """
Gesprek mw. [[p:Sunita Ramsaran]] en dochter [[p:Anjali]] (16) op het kantoor van het {{o:SWT}} in {{w:Moerwijk}}. [[p:Anjali]] doet het woord want moeder schaamt zich. Sinds vader vertrok is er geen inkomen; moeder werkte zwart in een toko. Er ligt een brief van de {{o:Belastingdienst}} over het kindgebonden budget. [[p:Anjali]] verzorgt ook haar broertje [[p:Dev]] (9) en haalt slechte cijfers. Afspraak: moeder gaat mee naar {{o:Servicepunt XL}} [[d:dinsdag 2 april]], wij regelen een tolk Sarnami. [[p:Anjali]] doorverwijzen naar {{o:Jeugdteam}} (met haar toestemming).
""",
)

T(
    "cn",
    """
[[d:13.03.24]] tel. [[p:Glenn]] (neef dhr. [[p:Doest]]) [[ph:06-19 40 82 66]]: dhr. wil 'geen bemoeienis meer'. [[p:Glenn]] vraagt ons toch te blijven komen. Afgesproken dat ik via [[p:Glenn]] contact houd, niet rechtstreeks.
""",
)

T(
    "cn",
    """
Eerste gesprek, [[d:maandag 8 april]], locatie {{o:wijkcentrum De Mussen}}.
Aanwezig: mw. [[p:Khadija Ouali]], haar buurvrouw [[p:Ria de Wit]] (steunfiguur), [[p:Youssef]] ({{r:casusregisseur}}).
Toestemmingsverklaring uitgelegd en getekend. Mw. heeft 4 kinderen, jongste [[p:Nour]] (3) heeft astma. Woning is vochtig, schimmel op de slaapkamer. Verhuurder reageert niet op meldingen. Mw. heeft een lijstje gemaakt van alle klachten met data, knap werk. Ik neem contact op met de {{r:woonconsultant}} en het {{o:Huurteam}}. De buurvrouw wil bij volgende gesprekken aanwezig zijn, akkoord van mw.
""",
)

T(
    "cn",
    """
Journaal | [[p:Maria Tavares]] | cliëntnr [[do:100238871]]
[[d:02-04-2024]] Mw. meldt zich bij het spreekuur. Is met haar kleinkinderen [[p:Dulce]] en [[p:Nelson]] uit Rotterdam-Zuid naar haar zus in {{w:Spoorwijk}} gevlucht na ruzie met schoonzoon. Politie is niet gebeld. Mw. wil terug "als het rustig is". Kinderen zitten niet op school.
→ overleg met {{o:Veilig Thuis}} (consult, anoniem) — advies: melding doen.
[[d:03-04-2024]] Melding gedaan, ref. [[do:VT-2024-3390]].
""",
)

T(
    "cn",
    """
mw [[p:yildiz]] weer gebeld, geen gehoor. voicemail vol. 3e poging deze week. morgen met [[p:serkan]] even langs fietsen?
""",
)

T(
    "cn",
    """
Rapportage {{r:ambulant begeleider}} ({{o:Kessler Stichting}})
Cliënt: [[p:Eddy Rosaria]]
Periode: [[d:1 maart]] t/m [[d:15 maart]]

[[p:Eddy]] heeft deze periode 2 van de 4 afspraken nagekomen. Hij verblijft doordeweeks bij zijn ex [[p:Giselle]] in {{w:Bouwlust}} en in het weekend "bij vrienden". Hij heeft zijn ID-bewijs weer (afgehaald op het {{o:Stadhuis}}). Zijn {{r:bewindvoerder}} (mevr. [[p:Statia]], {{o:Bureau Bewind Haaglanden}}) heeft leefgeld verhoogd naar € 60 p/w. Doel volgende periode: inschrijving woningzoekende en aanvraag briefadres.
""",
)

T(
    "cn",
    """
Aantekeningen spreekuur {{o:Servicepunt XL}} {{w:Bouwlust}} — [[d:do 14 maart]]
1. dhr. [[p:Popescu]] (Roemeens), vraagt naar huurtoeslag. Heeft geen contract, woont 'bij een vriend'. Uitgelegd wat nodig is.
2. mw. [[p:Lopes Fortes]] met vraag over kwijtschelding gemeentelijke belastingen. Formulier samen ingevuld.
3. jonge vrouw, wilde naam niet geven, vraag over 'wat als je partner je geld afpakt'. Kaartje {{o:Veilig Thuis}} meegegeven.
4. dhr. [[p:Rahimi]], weer over de brief van {{o:DUO}}. Volgende week met dochter terug.
""",
)

T(
    "cn",
    """
Vandaag ([[d:17/4]]) gezamenlijk huisbezoek met [[p:Hodan]] ({{r:welzijnscoach}}) bij de familie [[p:Warsame]], [[a:Beeklaan 412-hs]]. Moeder [[p:Ayaan]] is oververmoeid, vader werkt nachten bij distributiecentrum. Oudste zoon [[p:Abdi]] (19) zit thuis sinds hij van het mbo is gestuurd. [[p:Hodan]] sprak met moeder in het Somalisch, ik met [[p:Abdi]] over werk. [[p:Abdi]] wil wel, maar "niet in een magazijn zoals mijn vader". Hij is goed met computers. Tip van [[p:Hodan]]: jongerenwerk {{o:Stichting Jongerenwerk Segbroek}} heeft een traject met laptops.
""",
)

T(
    "cn",
    """
Contact mw. [[p:Lina Darwish]]: spreekt inmiddels goed Nederlands (B1!), werkt 16 uur in de thuiszorg. Vraagt hulp bij aanvraag Wmo voor haar vader [[p:Maher]] (78) die bij haar inwoont op de [[a:Fahrenheitstraat 522]]. Vader is slecht ter been en heeft dementie-achtige klachten. Mw. wil dat hij bij haar blijft. Afspraak met {{r:Wmo-adviseur}} [[p:Thijs]] ingepland voor [[d:vrijdag 26 april]].
""",
)

T(
    "cn",
    """
Contactregistratie
Datum        : [[d:28-02-2024]]
Medewerker   : [[p:R. Bhoelai]]
Cliënt       : [[p:Dewanand Mahabier]]
BSN          : [[b:5529.68.274]]
Soort contact: huisbezoek
Inhoud       : Dhr. kreeg afsluitingsbrief van {{o:Dunea}}. Betalingsregeling getroffen (€ 25 p/m). Dhr. bleek ook een schuld te hebben bij een webshop, incassobureau belt dagelijks. Brieven meegenomen.
Vervolg      : aanmelding {{o:Schuldhulpverlening}}, intake gepland [[d:11-03-2024]].
""",
)

T(
    "cn",
    """
Gesprek met [[p:Semhar Tekle]] gehad, samen met haar {{r:mentor}} van school. [[p:Semhar]] is 17, woont bij haar oom [[p:Yonas Habte]] sinds ze alleen naar NL kwam. Zij vertelt dat ze 's avonds moet koken en schoonmaken voor het hele gezin en niet naar de bibliotheek mag. Geen signalen van fysiek geweld. Ze wil graag op zichzelf wonen als ze 18 wordt ([[d:14 juni]]). Met {{o:Nidos}} overleggen wie de voogdij nog heeft.
""",
)

T(
    "cn",
    """
[[d:di 9-4]]: bij mw [[p:Zhang]] geweest. Winkeltje is dicht, ze zit boven. Schulden bij de groothandel, ze wil er niet over praten want 'dan praat de hele gemeenschap'. Contactpersoon kerk (mw. [[p:Lau]]) kan misschien helpen. Ik laat het even rusten, volgende week weer.
""",
)

T(
    "cn",
    """
Journaal wijkverpleging, dhr. [[p:Cor de Haan]], [[a:Loosduinse Hoofdstraat 190]]
[[d:3-4]] wondzorg, stoma ok. Dhr. somber, praat over "er een eind aan maken". Direct met [[p:Rianne]] ({{r:POH-GGZ}}) gebeld, zij komt morgen.
[[d:4-4]] [[p:Rianne]] geweest, dhr. heeft geen concrete plannen. Dochter [[p:Marjolein]] geïnformeerd met toestemming van dhr.
[[d:5-4]] dhr. iets opgewekter, kleinzoon [[p:Sem]] was op bezoek.
""",
)
T(
    "cn",
    """
Kort verslag [[d:22 maart]]: dhr. [[p:Kwame Mensah]] (61) vandaag samen met zijn vrouw [[p:Comfort]] op het spreekuur in {{w:Laakkwartier}}. Dhr. is afgekeurd na een bedrijfsongeval, {{o:UWV}} heeft WIA afgewezen. Bezwaartermijn loopt af op [[d:2 april]]! Samen met de {{r:sociaal raadsman}} van {{o:Sociaal Raadslieden}} bezwaar opgesteld. [[p:Comfort]] is de spil in de kerk (Pinkstergemeente), heeft veel netwerk maar durft daar niet te vertellen dat er geldproblemen zijn.
""",
)

# ---------------------------------------------------------------- e-mails (em)
T(
    "em",
    """
Van: [[p:Samira El Idrissi]] <[[e:s.elidrissi@xtra.nl]]>
Aan: [[p:Bart Hoogendoorn]] <[[e:b.hoogendoorn@haagwonen.nl]]>
CC: [[e:swt.laak@denhaag.nl]]
Datum: [[d:woensdag 13 maart 2024]] 09:42
Onderwerp: huurachterstand [[a:Hildebrandplein 8]] (mw. [[p:Azzouzi]])

Beste [[p:Bart]],

Zoals telefonisch besproken: mw. [[p:Azzouzi]] heeft toestemming gegeven om haar situatie met jullie te delen. Zij heeft een achterstand van € 1.870 (stand [[d:1 maart]]). Haar inkomen is sinds januari weer op orde, de {{o:Gemeentelijke Kredietbank}} kan de lopende huur doorbetalen.
Kunnen jullie de ontruimingsprocedure aanhouden tot het schuldhulptraject gestart is? Intake is gepland op [[d:25 maart]].

Met vriendelijke groet,

[[p:Samira El Idrissi]]
{{r:Maatschappelijk werker}} | {{o:Sociaal Wijkzorgteam Laak}}
{{o:Xtra}} | [[ph:06 48 27 19 03]]
Werkdagen: ma, di, do
""",
)

T(
    "em",
    """
Hoi [[p:Dewi]],

Snel tussendoor: kun jij morgen het MDO van [[p:Mohammed]] overnemen? Ik lig plat met griep. Stukken staan in de map, de vraag aan het team is vooral of we nog iets kunnen zonder zijn toestemming (bemoeizorg). Zijn broer [[p:Rachid Benali]] wil erbij zijn, nummer [[ph:06-2450 8811]].

Dank je!! x [[p:Ellen]]

Verstuurd vanaf mijn iPhone
""",
)

T(
    "em",
    """
Onderwerp: RE: aanvraag dagbesteding dhr. [[p:Dimitrov]]

Goedemiddag mevrouw [[p:Van der Linden]],

Dank voor uw snelle reactie. Ik heb de gegevens hieronder aangevuld:
Naam: [[p:Stoyan Dimitrov]]
Geboortedatum: [[d:03-11-1969]]
Adres: [[a:Sportlaan 15-B]], [[pc:2566LE]] Den Haag
Indicatie: beschikking [[do:WMO-2024-018822]]

Dhr. wil graag 2 dagdelen per week, bij voorkeur op de locatie in {{w:Segbroek}} vanwege de bereikbaarheid (lijn 24).

Met vriendelijke groet,
[[p:Joost Alberts]]
{{r:Wmo-adviseur}} {{o:Gemeente Den Haag}}, {{o:SWT Segbroek}}

> Van: [[p:Ingrid van der Linden]] <[[e:i.vanderlinden@dagbestedingdenhaag.nl]]>
> Verzonden: [[d:maandag 15 april 2024]] 16:12
> Kunt u mij de geboortedatum en de beschikking doorsturen? Dan zet ik hem op de wachtlijst.
""",
)

T(
    "em",
    """
From: [[e:oksana.melnyk88@gmail.com]]
To: [[e:wijkteam.bezuidenhout@denhaag.nl]]
Date: [[d:Sat, 6 Apr 2024]] 22:17
Subject: help please

Good evening, my name is [[p:Oksana Melnyk]], I am from Ukraine and live at [[a:Juliana van Stolberglaan 151]]. My landlord says we must leave in may because he sells the house. I have two childs and my mother. Who can help us? My phone is [[ph:+380 67 412 8830]] and dutch number [[ph:06 87 01 22 45]].
Thank you,
[[p:Oksana]]
""",
)

T(
    "em",
    """
Aan: [[p:Oksana Melnyk]]
Onderwerp: Re: help please

Dear [[p:Oksana]],

Thank you for your email. I am [[p:Pieter]], {{r:maatschappelijk werker}} in the {{o:sociaal wijkzorgteam}} {{w:Bezuidenhout}}. I would like to visit you on [[d:Wednesday 10 April]] at 14:00, together with a colleague who speaks Ukrainian (her name is [[p:Iryna]]). Please bring the letter from your landlord and your rental contract.

Kind regards,
[[p:Pieter Smit]]
[[ph:070 - 353 44 19]]
""",
)

T(
    "em",
    """
Van: {{o:Veilig Thuis Haaglanden}} <[[e:advies@veiligthuishaaglanden.nl]]>
Onderwerp: terugkoppeling melding [[do:VT-2024-3390]]

Geachte heer/mevrouw,

Wij hebben uw melding van [[d:3 april 2024]] betreffende de kinderen [[p:D. Tavares]] en [[p:N. Tavares]] in behandeling genomen. Op basis van de beschikbare informatie is besloten tot overdracht aan het lokale veld: het {{o:Jeugdteam Escamp}} neemt contact op met de familie. Uw contactpersoon bij het jeugdteam is mw. [[p:M. Bouwman]], bereikbaar via [[ph:(070) 752 80 14]].

Wij danken u voor uw melding. Mocht u nieuwe zorgen hebben, neem dan opnieuw contact met ons op en vermeld het registratienummer.

Met vriendelijke groet,
Team Advies en Meldingen
{{o:Veilig Thuis Haaglanden}}
""",
)
T(
    "em",
    """
Van: [[p:Hanneke Vos]]
Verzonden: [[d:vrijdag 12 april 2024]] 11:30
Aan: {{o:Team Zorg en Overlast}}
Onderwerp: zorgmelding dhr. [[p:Petrova]]? -> nee, dhr. [[p:Stoyan Petrov]]

Collega's,

Excuus voor de verwarring in het onderwerp, het gaat om dhr. [[p:Stoyan Petrov]] (zus heet [[p:Petrova]], vandaar). Laatst bekend op [[a:Zuiderparklaan 38]]. Zus in Bulgarije heeft 2 weken niets gehoord, dhr. is diabeet. Kan iemand van jullie vandaag een bezoek afleggen of de {{r:wijkagent}} vragen? Ik ben zelf tot 17u bereikbaar op [[ph:06-1277 3048]].

Groet,
[[p:Hanneke]]
""",
)

T(
    "em",
    """
Onderwerp: Uitnodiging startbijeenkomst pilot "Samen werken in het sociale domein"

Beste deelnemers van de pilotgroep,

Na de kick-off van [[d:22 november]] is het nu zover: op [[d:dinsdag 6 februari]] vindt de startbijeenkomst plaats in het {{o:Atrium}} van het stadhuis, van 13.00 tot 16.30 uur. We werken verder aan de vier gekozen thema's: ouderen, huiselijk geweld, bemoeizorg en jeugd.

Wil je je afmelding (als het echt niet anders kan) doorgeven aan [[p:Marieke Verschoor]] ([[e:m.verschoor@caop.nl]])?

Hartelijke groet,
[[p:Marieke Verschoor]] en [[p:Hakan Yılmaz]]
{{r:Procesbegeleiders}} {{o:project Crossover}} / {{o:CAOP}}
""",
)

T(
    "em",
    """
Hi [[p:Ricardo]],

ff een vraag, heb jij nog het nummer van die {{r:bewindvoerder}} van dhr [[p:Wijngaarde]]? Die van {{o:Beschermingsbewind Zuid-West}}, mw [[p:Sabajo]] geloof ik. Ik krijg alleen de centrale.

gr [[p:Marloes]]

--
Op [[d:di 19 mrt 2024]] om 08:55 schreef [[p:Ricardo Pinas]] <[[e:r.pinas@denhaag.nl]]>:
> [[p:Marloes]], dhr [[p:Wijngaarde]] belde mij net, hij zegt dat zijn leefgeld niet is gestort. Kun jij dat checken? Ik zit vandaag op cursus.
""",
)

T(
    "em",
    """
Van: [[e:info@bewindbureaudekroon.nl]]
Aan: [[p:Marloes Dekker]]
Onderwerp: FW: dhr. [[p:M. Wijngaarde]] / dossier [[do:BWK-2022-0117]]

Geachte mevrouw [[p:Dekker]],

Het leefgeld van dhr. [[p:Wijngaarde]] wordt wekelijks op donderdag overgemaakt naar zijn leefgeldrekening [[i:NL79 ABNA 6066 7504 54]]. Deze week is dat niet gebeurd omdat de uitkering van de {{o:SVB}} later binnenkwam. Het bedrag wordt morgen alsnog overgemaakt.

Met vriendelijke groet,
[[p:Gracia Sabajo]]
{{r:Bewindvoerder}}
{{o:Bewindbureau De Kroon}}
""",
)
T(
    "em",
    """
Beste [[p:Thijs]],

Bijgaand de gegevens voor de spoedaanvraag huishoudelijke ondersteuning:

mw. [[p:Soetinah Kromodimedjo]]
[[a:Sweelinckstraat 60-I]]
[[pc:2517 GZ]] 's-Gravenhage
BSN [[b:384 086 263]]
tel. [[ph:070-3634172]] (vaste lijn, mobiel heeft ze niet)

Mw. is [[d:28/2]] ontslagen uit {{o:Haga Ziekenhuis}} na heupoperatie. Dochter [[p:Wulan]] woont in Zoetermeer en werkt fulltime. Thuiszorg ({{o:HWW Zorg}}) komt 2x daags voor ADL maar het huis wordt niet schoongemaakt.

Alvast dank,
[[p:Dewi Latuheru]]
{{r:wijkverpleegkundige}}
""",
)

T(
    "em",
    """
Onderwerp: afmelding MDO [[d:28/3]]

Hallo allemaal, ik kan er [[d:donderdag 28/3]] niet bij zijn ivm training {{o:Veilig Thuis}}. Mijn input over fam. [[p:Ait Bella]]: de jongste ([[p:Ilyas]]) is weer naar school sinds [[d:11 maart]], oudste [[p:Yasmina]] nog steeds niet. Moeder staat open voor opvoedondersteuning via het {{o:CJG}}. Vader nog geen contact gehad.

Groeten, [[p:Naima]] ({{r:jeugdconsulent}})
""",
)

T(
    "em",
    """
Van: [[p:Mustafa Karaca]]
Aan: [[p:Fleur van Rijn]]; [[p:Dewi Latuheru]]; [[p:Jeroen Bos]]
Onderwerp: vakantieplanning mei + bereikbaarheid

Hoi hoi,

Ik heb de planning voor de meivakantie gemaakt. [[p:Jeroen]] is weg van [[d:29 april]] t/m [[d:10 mei]], [[p:Fleur]] de week erna. Kunnen jullie elkaars urgente casussen in de overdracht zetten? Denk vooral aan fam. [[p:Owusu]] (zitting!) en dhr. [[p:Doest]].

Ik ben zelf op Koningsdag en Hemelvaart vrij, wie heeft er dienst?

[[p:Mustafa]]
{{r:Teamcoördinator}} {{o:SWT Escamp}}
""",
)
T(
    "em",
    """
Geachte mevrouw [[p:Yıldız]],

Naar aanleiding van ons gesprek van vorige week stuur ik u hierbij, zoals afgesproken, het overzicht van de vervolgstappen:

1. U levert uiterlijk [[d:vrijdag 19 april]] de laatste drie bankafschriften aan (rekening [[i:NL51INGB2269293926]]).
2. Wij vragen namens u bijzondere bijstand aan voor de kosten van de verhuizing.
3. Uw zoon [[p:Burak]] helpt u met het inpakken; de {{o:Stichting Present}} kan eventueel vrijwilligers sturen.

Heeft u vragen, belt u mij dan gerust op [[ph:06 – 39 50 21 84]] (ma t/m do).

Met vriendelijke groet,

[[p:Ayşe Demir]]
{{r:Schuldhulpverlener}} – {{o:Sociaal Wijkzorgteam Rustenburg-Oostbroek}}
""",
)

T(
    "em",
    """
Onderwerp: Vraag over casus LVB + verslaving (doorgestuurd via platform)

Hey [[p:Lieke]],

Ik zag je les op het platform over de aanpak met de 'vaste vrijdagafspraak'. Wij hebben een jongen van 24 in {{w:Duindorp}} ([[p:Jordy]]) met een vergelijkbaar profiel. Zou je een keer willen sparren? Bel me maar: [[ph:06-55 09 37 12]]. Ik werk bij {{o:Welzijn Scheveningen}}, als {{r:jongerenwerker}}.

Groet,
[[p:Kevin Koster]]
""",
)

T(
    "em",
    """
Van: [[p:Gül Ahmad Karimi]] <[[e:gulahmad.karimi@hotmail.com]]>
Aan: [[p:Farid]]
Onderwerp: afspraak

hallo meneer [[p:farid]] ik kan niet komen donderdag mijn vrouw [[p:Shabnam]] moet naar ziekenhuis. kan het volgende week? mijn nieuwe adres is [[a:Erasmusweg 1084]] [[pc:2532CW]]. dank u
""",
)

T(
    "em",
    """
Beste collega's van {{o:SWT Mariahoeve}},

In het kader van de ketenafspraken dementie stuur ik jullie de lijst van cliënten die in het eerste kwartaal vanuit de {{o:geheugenpoli}} van {{o:HMC Bronovo}} zijn aangemeld voor casemanagement in jullie wijk. Het gaat om 11 personen. De lijst staat in de beveiligde map (Zorgmail). Voor de volledigheid: mw. [[p:Roos]] en dhr. [[p:Hartog]] hebben inmiddels een {{r:casemanager dementie}}, dhr. [[p:Li Wei]] is terugverwezen naar de {{r:huisarts}}.

Vriendelijke groet,
[[p:Ellen van der Meer]]
{{r:Transferverpleegkundige}} {{o:HMC}}
[[e:e.vandermeer@haaglandenmc.nl]]
""",
)

T(
    "em",
    """
Onderwerp: Re: Re: Re: sleutelkastje mw [[p:Tahiri]]

Ok, dan doe ik het zo: ik geef de nieuwe code van het sleutelkastje morgen mondeling door aan de thuiszorg, niet per mail. [[p:Driss]] (zoon) weet ervan.

[[p:Annelies]]

-----Oorspronkelijk bericht-----
Van: [[p:Driss Tahiri]] <[[e:driss.tahiri1979@outlook.com]]>
Verzonden: [[d:dinsdag 2 april 2024]] 21:48
> Mijn moeder heeft de code aan de buurman gegeven. Kan die veranderd worden? Ze woont nog steeds op [[a:Elandstraat 94-A]].
""",
)
T(
    "em",
    """
Van: [[p:Jurgen Martina]] <[[e:jmartina@gmail.com]]>
Aan: [[e:swt.escamp@denhaag.nl]]
Onderwerp: mijn moeder

Goedendag,

Ik ben de zoon van mw. [[p:Ruthline Martina-Girigori]], geboren [[d:7 augustus 1944]] op Curaçao. Mijn moeder woont alleen in {{w:Moerwijk}} ([[a:Dedemsvaartweg 431]]) en ik woon in Almere. Haar {{r:huisarts}} zei dat ik contact moest opnemen met het wijkteam omdat ze vaak valt en niet eet. Ik kan zelf maar 1x per maand komen. Wat kunnen jullie doen? U kunt mij bellen op [[ph:+31 6 4120 3386]], liefst na 17.00.

Met vriendelijke groet,
[[p:J. Martina]]
""",
)

T(
    "em",
    """
Onderwerp: terugkoppeling signaal [[d:8/4]]

Hoi [[p:Hamid]],

Dank voor je signaal over de man in het portiek aan de Teniersstraat. We kennen hem ([[p:Marek]], Pools). Hij is inmiddels via het {{o:Straatconsulaat}} aangemeld voor de {{o:Haagse Nachtopvang}} en heeft sinds gisteren een bed. Als je hem weer buiten ziet, mag je mij of [[p:Joyce]] bellen.

Groet,
[[p:Mirjam]]
{{o:SWT Schilderswijk}}
""",
)

T(
    "em",
    """
Onderwerp: Verzoek om informatie t.b.v. beschermingsbewind – cliënt [[p:E. Rosaria]]

Geachte heer, mevrouw,

Ten behoeve van het verzoek tot onderbewindstelling van de heer [[p:Eddy Rosaria]], geboren op [[d:19-01-1985]], vraag ik u een overzicht van de bij u bekende schulden aan te leveren. Ons kenmerk: [[do:BB/2024/0311]]. Uw antwoord kunt u sturen naar [[e:aanmeldingen@bureaubewindhaaglanden.nl]].

Hoogachtend,

mr. [[p:H.J. Statia]]
{{o:Bureau Bewind Haaglanden}}
""",
)

T(
    "em",
    """
Van: [[p:Kofi Owusu]]
Datum: [[d:17-04-2024]]
Aan: [[p:Fleur van Rijn]]
Onderwerp: Re: zitting kantonrechter

Dear [[p:Fleur]] / beste mevrouw,

My wife [[p:Akosua]] is very nervous for [[d:25 april]]. The lawyer mr. [[p:De Jong]] says we can maybe make a payment arrangement. Can you come with us to the court? It is at 10:15. We will take the tram from [[a:Zuiderparklaan 206]].

Thank you and God bless,
[[p:Kofi]]
""",
)
# ---------------------------------------------------------------- team chat / to-do (ch)
T(
    "ch",
    """
[[d:12-03-24]], 08:51 - [[p:Samira]]: goedemorgen! wie kan er vandaag mee naar mw [[p:azzouzi]]? 11u
[[d:12-03-24]], 08:53 - [[p:Jeroen Bos]]: ik kan om 11 niet, wondzorg in {{w:Spoorwijk}}
[[d:12-03-24]], 08:58 - [[p:Dewi]]: ik wel 👍 waar was het ook alweer
[[d:12-03-24]], 08:59 - [[p:Samira]]: [[a:Hildebrandplein 8]], 2e bel
[[d:12-03-24]], 09:00 - [[p:Dewi]]: top, zie je daar
[[d:12-03-24]], 13:40 - [[p:Samira]]: dank [[p:dewi]]!! ging goed, ze tekent de toestemming
""",
)

T(
    "ch",
    """
To do wk 15
- bellen {{o:CAK}} ivm eigen bijdrage dhr [[p:Mahabier]] (klantnr [[do:4412098]])
- formulier kwijtschelding mw [[p:lopes fortes]] nakijken
- [[p:Ilham]] terugbellen!!! (dochter mw [[p:El Amrani]])
- verslag MDO uitwerken
- mail [[p:Bart]] {{o:Haag Wonen}} ontruiming?
- lunch met [[p:Hodan]] do
""",
)

T(
    "ch",
    """
[Teams – kanaal {{o:SWT Laak}} / Algemeen]

[[p:Fleur van Rijn]]  10:14
Weet iemand of het {{o:Servicepunt XL}} in {{w:Laak}} vandaag open is? Mijn cliënt wil daar haar DigiD laten activeren.

[[p:Mustafa Karaca]]  10:16
Vandaag tot 13u, na de middag dicht ivm training

[[p:Fleur van Rijn]]  10:16
👍 dank!

[[p:Youssef El Haddaoui]]  10:31
Ter info: dhr [[p:Haddad]] belde mij, hij zoekt jou [[p:Fleur]]. Nummer [[ph:06-31 77 45 02]]
""",
)

T(
    "ch",
    """
[[d:04/04/2024]], 19:22 - [[p:Hodan]]: Salaam [[p:Ayaan]], ik kom morgen om 10 uur met [[p:Femke]] van het wijkteam. Is dat goed?
[[d:04/04/2024]], 19:40 - [[p:Ayaan Warsame]]: Ja goed. [[p:Abdi]] is dan ook thuis
[[d:04/04/2024]], 19:41 - [[p:Hodan]]: Mooi. Neem je de brief van de school mee?
[[d:04/04/2024]], 20:02 - [[p:Ayaan Warsame]]: <Media weggelaten>
[[d:04/04/2024]], 20:02 - [[p:Ayaan Warsame]]: Deze?
[[d:04/04/2024]], 20:05 - [[p:Hodan]]: Ja precies, dank je. Tot morgen inshallah
""",
)
T(
    "ch",
    """
post-it op scherm [[p:Joyce]]:
BELLEN vóór 12u → [[p:Marek]] z'n neef ([[p:Paweł]]) [[ph:+48 512 330 947]]
ivm opvang. En [[p:Mirjam]] vragen of {{o:Straatconsulaat}} al gebeld heeft
""",
)

T(
    "ch",
    """
[[p:Thijs]] 09:02
morgen huisbezoek [[p:darwish]] gaat door? vader [[p:Maher]] moet er ook bij zijn voor de keukentafelgesprek

[[p:Lina Darwish]] 09:15
Ja meneer [[p:Thijs]], hij is thuis. Adres is nog steeds [[a:Fahrenheitstraat 522]], 2e etage. Bel maar twee keer, bel is kapot 🙏

[[p:Thijs]] 09:16
Top, tot morgen om 14:00
""",
)
T(
    "ch",
    """
[[[d:15-04-24]] 16:48:03] [[p:Annelies Mol]]: Kan iemand morgen mijn spreekuur in {{w:Moerwijk}} draaien? Kind ziek
[[[d:15-04-24]] 16:50:11] [[p:Ricardo Pinas]]: ik kan tot 12u
[[[d:15-04-24]] 16:50:40] [[p:Annelies Mol]]: ❤️ je bent een held. Er komt om 9.30 mw [[p:Martina]], dochter heeft gemaild over vallen. Verder inloop
[[[d:15-04-24]] 16:51:02] [[p:Ricardo Pinas]]: is goed. Sleutel ligt bij [[p:Ans]] van de receptie?
[[[d:15-04-24]] 16:51:30] [[p:Annelies Mol]]: ja
""",
)

T(
    "ch",
    """
TODO vandaag ([[d:ma 8/4]])
[x] toestemmingsverklaring [[p:Ouali]] scannen
[ ] {{r:woonconsulent}} bellen schimmel [[a:Hoefkade 203]]
[ ] mw [[p:de Wit]] (buurvrouw) terugbellen: [[ph:06 11 90 84 73]]
[ ] [[p:Nour]] astma → {{r:huisarts}} brief?
[ ] declaratie tolk
""",
)

T(
    "ch",
    """
[[p:Hakan Yılmaz]]  14:03
@allen voor de expertmeeting in april zoeken we nog 2 mensen die een casus willen presenteren uit het thema bemoeizorg. Wie durft? 😄

[[p:Lieke Janssen]]  14:10
Ik wil wel die van de jongen met LVB en de pakketdienst, als zijn moeder toestemming geeft. Ik noem hem dan gewoon "de jongen"

[[p:Hakan Yılmaz]]  14:11
Super [[p:Lieke]]. Graag wel volledig geanonimiseerd via het platform 🙏

[[p:Soufiane Amrani]]  14:25
Ik heb er ook eentje, dame in {{w:Transvaal}} met vervuilde woning. Check ik nog met [[p:Jeroen]]
""",
)
T(
    "ch",
    """
[[d:20-03-2024]] 07:12 - [[p:Kevin Koster]]: [[p:Jordy]] is gisteravond opgepakt bij de haven. Weet nog niet waarvoor
[[d:20-03-2024]] 07:30 - [[p:Lieke Janssen]]: Oei. Zit hij nog vast?
[[d:20-03-2024]] 07:31 - [[p:Kevin Koster]]: Denk t wel. Zijn moeder belt me steeds. Ik ga om 9 naar het bureau aan de Jan Hendrikstraat
[[d:20-03-2024]] 07:45 - [[p:Lieke Janssen]]: Laat je het weten? En bel {{o:Reclassering}} even, misschien kennen ze hem al
""",
)

T(
    "ch",
    """
Notities teamoverleg (snel, voor mezelf)
- [[p:Mustafa]]: nieuwe aanmeldingen 7 deze week, 3 uit {{w:Moerwijk}}
- wachtlijst {{o:Schuldhulpverlening}} nu 9 weken!!
- [[p:fleur]] neemt dhr [[p:popescu]] over van mij
- vraag [[p:Dewi]]: wie heeft contact met {{o:Parnassia}} FACT {{w:Escamp}}? → [[p:Brenda]] (ik), [[p:Soufiane]]
- [[d:vrijdag 19/4]] teamuitje, opgeven bij [[p:Ans]]
""",
)

T(
    "ch",
    """
[[p:Jeroen Bos]] [[d:09-04-2024]] 17:22
Mw [[p:Roos]] vandaag weer niet open gedaan. Zoon [[p:Kees Roos]] heeft een sleutel maar woont in Delft. Nummer zoon: [[ph:06-23 45 81 09]]. Ik probeer morgenochtend weer. Als iemand haar ziet bij de {{o:Albert Heijn}} op het winkelcentrum, even laten weten?

[[p:Anouk de Graaf]] [[d:09-04-2024]] 17:40
Ik heb om 8u een cliënt in dezelfde flat, ik bel even aan bij haar
""",
)

T(
    "ch",
    """
😅 [[p:Ans]]: wie heeft de laatste koffie gepakt en geen nieuwe gezet
[[p:Ricardo]]: niet ik
[[p:Youssef]]: ...ik. sorry. Ik ga al
[[p:Ans]]: en trouwens er ligt een pakje voor [[p:Annelies]] bij de receptie, van mw [[p:Kromodimedjo]]. Volgens mij een bedankje 🌷
""",
)
T(
    "ch",
    """
wat ik nog moet doen voor dhr [[p:tesfay]]:
huurtoeslag aanvraag (DigiD van hem? of machtiging)
brief {{o:Belastingdienst}} kopie → in dossier [[do:SWT-SW-2024-0388]]
vrouw [[p:semhar]] ook inschrijven bij taalhuis
vragen [[p:marloes]] of zij de tolk boekt voor [[d:2/4]]
""",
)

T(
    "ch",
    """
[[[d:22-03-2024]] 11:05] [[p:Naima]]: Hoi, ik ben net bij school geweest voor [[p:Yasmina]]. Leerplicht is ingeschakeld 😬
[[[d:22-03-2024]] 11:06] [[p:Naima]]: Moeder weet het nog niet
[[[d:22-03-2024]] 11:20] [[p:Soufiane Amrani]]: Oké. Zal ik het moeder vertellen? Ik heb morgen toch een afspraak bij ze
[[[d:22-03-2024]] 11:21] [[p:Naima]]: Graag. Ik sluit aan als het kan, 10u?
[[[d:22-03-2024]] 11:21] [[p:Soufiane Amrani]]: 👍
""",
)

T(
    "ch",
    """
Teams chat, [[d:dinsdag 26 maart]]

[[p:Ayşe Demir]]: [[p:Joost]], de {{o:Kredietbank}} vraagt naar een BSN voor mw [[p:Yıldız]]. Staat dat in jouw aanvraag?
[[p:Joost Alberts]]: Ja: [[b:625650542]]
[[p:Ayşe Demir]]: Dank! (ik had hem ook in het dossier kunnen zoeken, sorry 🙈)
[[p:Joost Alberts]]: geen probleem. Stuur je hem wel via beveiligde mail door?
""",
)

T(
    "ch",
    """
Boodschappenlijstje/takenlijst {{r:vrijwilliger}} [[p:Wim]] voor dhr [[p:Bakker]]:
- melk, brood (NIET van de AH, hij wil van de bakker op de hoek)
- medicijnen ophalen apotheek Leyweg (staan klaar op naam [[p:H.J. Bakker]], geb. [[d:30-05-1947]])
- lampje in de gang vervangen
- volgende wandeling [[d:do 18 april]]
""",
)

T(
    "ch",
    """
[[p:Marloes Dekker]] 08:01
goedemorgen team, ik ben vandaag ziek 🤒. [[p:Ricardo]] kan jij mijn afspraak met [[p:tesfay]] (11u, thuis) afbellen? Zijn nummer: [[ph:0685520173]]. Hij spreekt een beetje Engels.

[[p:Ricardo Pinas]] 08:14
doe ik. beterschap!!
""",
)

T(
    "ch",
    """
[[d:2-5-2024]] 21:14 - [[ph:+31 6 14 88 20 57]]: Goedenavond, u spreekt met [[p:Mihaela Stan]]. Ik heb uw nummer gekregen van [[p:Elena Radu]] van de kerk. Mijn man is weer begonnen met drinken en ik weet niet waar ik heen moet met de kinderen
[[d:2-5-2024]] 21:30 - [[p:Ionuț]] (SWT): Goedenavond mevrouw [[p:Stan]]. Bent u nu veilig? Als er direct gevaar is belt u 112.
[[d:2-5-2024]] 21:33 - [[ph:+31 6 14 88 20 57]]: Ja nu slaapt hij. Morgen kan ik praten, na 9 uur als hij werkt
[[d:2-5-2024]] 21:35 - [[p:Ionuț]] (SWT): Ik bel u morgen om 9.30. U kunt ook altijd {{o:Veilig Thuis}} bellen, dag en nacht, gratis.
""",
)
T(
    "ch",
    """
agenda-aantekening [[d:wo 10/4]]:
9.00 intake mw [[p:Boateng]] (via {{r:huisarts}} [[p:Van Leeuwen]])
11.00 hb [[p:Oksana]] + [[p:Iryna]] (tolk), [[a:Juliana van Stolberglaan 151]]
13.30 lunch / dossiers bijwerken
15.00 bellen [[p:Jurgen Martina]] [[ph:+31 6 4120 3386]] — na 17u!! → verzetten naar 17.15
""",
)

T(
    "ch",
    """
[[p:Dewi Latuheru]]  16:22
kort vraagje aan de groep: mw [[p:kromodimedjo]] vraagt of ze een alarmknop kan krijgen. Gaat dat via Wmo of via de zorgverzekeraar tegenwoordig?

[[p:Thijs de Boer]]  16:25
zorgverzekeraar als het medisch is, anders particulier. {{o:Wmo}} doet het niet meer sinds vorig jaar

[[p:Dewi Latuheru]]  16:26
ah ok, dank [[p:Thijs]]
""",
)

T(
    "ch",
    """
[[d:18-04-2024]] 10:02 - [[p:Lieke Janssen]]: [[p:Faduma]] belde: [[p:Abdirahman]] heeft het IQ-onderzoek gehad, uitslag over 3 weken
[[d:18-04-2024]] 10:03 - [[p:Lieke Janssen]]: Ze vraagt of we naar de nieuwe woning kunnen komen, [[a:Kraijenhoffstraat 12-hs]]
[[d:18-04-2024]] 10:15 - [[p:Marloes Dekker]]: Leuk dat ze een woning hebben! Ik ga mee
""",
)
# ---------------------------------------------------------------- speech-to-text dictations (di)
T(
    "di",
    """
dicteer verslag huisbezoek mevrouw [[p:el amrani]] punt datum [[d:vier maart]] punt nieuwe regel mevrouw zat in het donker komma gordijnen dicht komma post ongeopend punt zij zegt dat haar dochter [[p:ilham]] eens per week komt punt ik maak me zorgen over het geheugen punt nieuwe regel afspraak komma ik bel de {{r:huisarts}} komma de {{r:praktijkondersteuner}} van praktijk [[p:verhoeven]] punt einde dictaat
""",
)

T(
    "di",
    """
Ja dit is [[p:Jeroen]], verslag van eh het bezoek bij meneer [[p:de Haan]] van vanochtend. Wond ziet er goed uit, stoma geen bijzonderheden. Eh hij was wel erg somber en hij zei iets over dat hij er geen zin meer in heeft. Ik heb daarna meteen [[p:Rianne]] gebeld, de {{r:POH GGZ}}, die komt morgen. Dochter heet [[p:Marjolein]], haar nummer is nul zes twee acht nul negen vier vier drie twee, nee wacht [[ph:06 28 09 44 23]]. Ja. Einde.
""",
)

T(
    "di",
    """
memo voor het dossier van [[p:kwame mensah]] punt bezwaar {{o:UWV}} ingediend op [[d:achtentwintig maart]] punt de termijn liep tot [[d:twee april]] dus dat is op tijd punt komma nee geen komma punt nieuwe alinea zijn vrouw [[p:comfort]] vroeg of ze ook recht heeft op iets vraagteken uitzoeken bij {{o:sociaal raadslieden}} punt
""",
)

T(
    "di",
    """
Verslag telefoongesprek met mevrouw [[p:Martina Girigori]], of [[p:Martina]], de moeder van [[p:Jurgen]]. Ze woont aan de [[a:Dedemsvaartweg vier honderd eenendertig]], postcode [[pc:2545 XP]] geloof ik, even checken. Ze zegt dat ze niet valt, alleen "een beetje uitglijdt". Ze eet wel, zegt ze, warme maaltijd van de buurvrouw [[p:Mildred]]. Afspraak voor een bezoek op [[d:maandag de vijftiende]] om tien uur.
""",
)
T(
    "di",
    """
Dictaat [[p:Annelies]], [[d:dinsdag 16 april]]. Cliënt mevrouw [[p:Boateng]], voornaam [[p:Abena]], A B E N A. Aangemeld door {{r:huisarts}} [[p:Van Leeuwen]] in verband met eh somberheid en schulden. Mevrouw werkt als schoonmaakster bij twee adressen, een daarvan betaalt niet uit. Ze heeft een zoon van twaalf, [[p:Kofi junior]], die het goed doet op school. Ze heeft het nummer van haar rekening gegeven voor de aanvraag, dat is [[i:NL76 RABO 4356 9275 11]]. Vervolgafspraak over twee weken. Punt.
""",
)

T(
    "di",
    """
oké opname loopt. dit is het verslag van het MDO van vanochtend over familie [[p:warsame]] nee sorry over meneer [[p:abdirahman farah]] de jongen met het vermoeden LVB. aanwezig waren [[p:lieke]] van {{o:mee}} [[p:marloes]] en ik en de {{r:wijkagent}} [[p:hamid el khatib]] voor het stuk over uitbuiting. afspraak [[p:hamid]] gaat navragen bij de recherche of die pakketdienst bekend is. [[p:lieke]] vraagt een {{r:mentor}} aan. ik spreek moeder [[p:faduma]] deze week nog
""",
)

T(
    "di",
    """
Verslag. Cliënte [[p:Zahra Ahmadi]], geboortedatum [[d:zeven januari negentien vijfentachtig]]. Vandaag depot gehad bij {{o:Parnassia}}, ging goed. Ze vroeg weer naar haar broer in Kabul, [[p:Farhad]]. Er is al twee maanden geen contact. Ik heb haar verwezen naar het {{o:Rode Kruis}}, afdeling Internationale Tracing. Haar telefoonnummer is veranderd, het nieuwe nummer is [[ph:06 44 19 02 37]], graag aanpassen in het systeem.
""",
)
T(
    "di",
    """
Dictaat {{r:wijkverpleegkundige}} [[p:Anouk de Graaf]]. Betreft mevrouw [[p:Roos-Bakker]]. Vandaag na drie pogingen binnengekomen, met de sleutel van zoon [[p:Kees]]. Mevrouw lag op de grond in de badkamer, aanspreekbaar, vermoedelijk sinds gisteravond. Ambulance gebeld, overgebracht naar {{o:Haga}}. Zoon geïnformeerd. Graag vandaag bespreken met [[p:Jeroen]] en de {{r:casemanager dementie}}, mevrouw kan zo niet meer alleen thuis wonen. Einde dictaat, [[d:10 april 2024]], 09:40 uur.
""",
)

T(
    "di",
    """
nieuwe notitie voor [[p:Ivan Georgiev]] komma [[a:hoefkade zeshonderdveertig drie]] punt overleg gehad met [[p:ruud]] van handhaving punt zij gaan niet direct binnen maar eerst bewoners spreken komma zodat de mannen niet op straat komen punt [[p:ivan]] krijgt het nummer van {{o:fairwork}} punt volgende bezoek [[d:vrijdag twaalf april]] punt
""",
)

T(
    "di",
    """
Spraakmemo [[p:Soufiane]], onderweg, sorry voor het lawaai. Net bij de familie [[p:Ait Bella]] geweest. Moeder [[p:Hanane]] was heel boos over leerplicht, ze voelt zich aangevallen. Uiteindelijk wel een goed gesprek. [[p:Yasmina]] zegt dat ze wordt gepest om haar hoofddoek. Ik wil dat we dat met school oppakken voordat leerplicht een proces-verbaal maakt. [[p:Naima]], kun jij de {{r:zorgcoördinator}} van de school bellen? Die heet meneer [[p:Vermeulen]] of zo.
""",
)
T(
    "di",
    """
Voicememo uitgeschreven (automatisch):
"Hoi [[p:Mirjam]], met [[p:Joyce]]. Ik heb net de neef van [[p:Marek]] gesproken, [[p:Pavel]] of [[p:Paweł]], hoe je het ook uitspreekt. [[p:Marek]] heeft een bed in de nachtopvang maar hij wil overdag naar de daklozenbiblio... bibliotheek, ik bedoel de dagopvang van het {{o:Leger des Heils}}. Hij heeft ook een afspraak bij de {{o:GGD}} voor zijn longen op de [[d:achtste mei]]. Bel me even terug, ik ben op [[ph:06 50 21 83 94]]."
""",
)

T(
    "di",
    """
verslag mdo [[d:achtentwintig maart]] casus mevrouw [[p:hatice ozturk]] en meneer [[p:mehmet ozturk]] punt aanwezig [[p:yasemin]] {{r:mantelzorgconsulent}} komma [[p:thijs]] {{r:wmo adviseur}} komma de {{r:huisarts}} telefonisch punt conclusie komma mevrouw is overbelast punt besloten komma respijtzorg aanbieden bij {{o:zorgcentrum de eykenburg}} komma turkstalige dagbesteding zoeken via {{o:stichting mooi}} punt
""",
)

T(
    "di",
    """
OK, memo. Ik zit in de auto na het huisbezoek bij [[p:Kasia]], mevrouw [[p:Nowak]]. Goed nieuws: ze is ingeschreven in de BRP en heeft nu een BSN, [[b:752 029 356]]. Zorgverzekering is aangevraagd bij {{o:Zilveren Kruis}}. De baby is uitgerekend op [[d:twintig mei]]. Vriend heet [[p:Tomasz]], werkt bij een kwekerij in het Westland. Ze wil naar een grotere kamer. Eh, dat was het.
""",
)

T(
    "di",
    """
dictaat intake [[p:Li Wei]] geboren [[d:12 12 1950]] adres [[a:Gedempte Burgwal 39 B]] postcode [[pc:2512 BS]] meneer spreekt Kantonees en een beetje Nederlands dochter [[p:Lin]] vertaalt telefonisch meneer is verwezen door de geheugenpoli maar wil geen casemanager want dat is voor gekke mensen zegt hij afspraak met [[p:Lin]] over hoe we dit kunnen brengen
""",
)
T(
    "di",
    """
Dit is een gesproken notitie van [[p:Youssef]] voor het dossier van mevrouw [[p:Ouali]], dossiernummer [[do:SWT-SW-2024-0412]]. Vandaag samen met de {{r:woonconsulent}} van {{o:Staedion}} de schimmel bekeken. Ze erkennen het probleem. Er komt een ventilatiesysteem, planning is eind mei. Mevrouw vroeg of ze tijdelijk ergens anders kan wonen met de kinderen, vooral voor [[p:Nour]] vanwege de astma. {{o:Staedion}} gaat dat bekijken. Buurvrouw [[p:Ria]] was er ook weer bij, heel fijn. Volgende afspraak [[d:dinsdag 7 mei]].
""",
)
# ---------------------------------------------------------------- MDO / casuïstiek minutes (md)
T(
    "md",
    """
VERSLAG MDO {{o:SWT Laak}}
Datum: [[d:donderdag 28 maart 2024]], 09.30–11.30
Aanwezig: [[p:Mustafa Karaca]] (vz), [[p:Fleur van Rijn]], [[p:Samira El Idrissi]], [[p:Dewi Latuheru]], [[p:Thijs de Boer]], [[p:Lieke Janssen]] ({{o:MEE}})
Afwezig m.k.: [[p:Naima Bakkali]] (input per mail)
Notulist: [[p:Dewi]]

1. Fam. [[p:Ait Bella]] – [[p:Naima]] per mail: jongste weer naar school, oudste niet. [[p:Soufiane]] ({{o:SWT Transvaal}}) heeft contact met moeder. Afspraak: gezamenlijke aanpak, één plan, [[p:Naima]] is regiehouder jeugd.
2. Mw. [[p:Azzouzi]] – ontruiming aangehouden door {{o:Haag Wonen}}. Intake {{o:GKB}} [[d:25/3]] geweest. Afsluiten bij SWT na start traject?
3. Dhr. [[p:Haddad]] – uitkering hersteld. Blijft vraag over woning (te klein, trap). [[p:Thijs]] kijkt naar medische urgentie.

Actiepunten
| wat | wie | wanneer |
| navragen afsluiting SWT [[p:Azzouzi]] | [[p:Samira]] | [[d:11-04]] |
| medische urgentie [[p:Haddad]] | [[p:Thijs]] | [[d:18-04]] |
| plan fam. [[p:Ait Bella]] rondsturen | [[p:Naima]] | [[d:4 april]] |
""",
)

T(
    "md",
    """
Casuïstiekbespreking – inbreng [[p:Marloes Dekker]]
Methode: incidentmethode

Casus: man, 36, Eritrees, {{w:Schilderswijk}}, gezin met 2 jonge kinderen, vrouw sinds vorig jaar in NL. Schulden door terugvordering toeslagen. (cliënt: [[p:T.G.]], [[do:SWT-SW-2024-0388]])

Vraag van de inbrenger: "Hoe voorkom ik dat ik alles voor hem ga doen? Hij vraagt me om elke brief te komen lezen."

Verhelderingsvragen:
- [[p:Ricardo]]: heeft hij iemand uit zijn eigen gemeenschap die Nederlands leest? → ja, een neef in Zoetermeer, maar dat voelt voor hem als schaamte
- [[p:Hodan]]: kerk? → orthodoxe kerk in Rotterdam, priester spreekt ook Nederlands
- [[p:Ans]] ({{r:vrijwilliger}}): taalmaatje via {{o:Het Taalhuis}}?

Adviezen: leer hem brieven sorteren (rood/groen stapel), taalmaatje, kerk betrekken met zijn toestemming.
Wat neemt de inbrenger mee: "De stapel-methode, en dat ik niet de enige hoef te zijn."
""",
)

T(
    "md",
    """
Verslag Multidisciplinair Overleg dementie {{w:Mariahoeve}}
[[d:9 april 2024]]

Aanwezig: [[p:Jeroen Bos]] ({{r:wijkverpleegkundige}}), [[p:Anouk de Graaf]] ({{r:wijkverpleegkundige}}), [[p:Ineke Hoogstraten]] ({{r:casemanager dementie}}), [[p:Yvonne Blom]] ({{r:ouderenconsulent}}), dr. [[p:Kuipers]] ({{r:huisarts}}, deels)

Mw. [[p:Roos-Bakker]] (86): Zoon [[p:Kees]] wil dat moeder thuis blijft; mw. zelf "wil niet naar een tehuis". Risico's: vallen, medicatie, ondervoeding. Huisarts vraagt indicatie {{o:CIZ}} aan voor Wlz. In de tussentijd: 3x daags zorg, maaltijdservice, alarmering.
Dhr. [[p:Hartog]]: stabiel, vrouw [[p:Truus]] belast maar houdt het vol dankzij dagbesteding 3 dagen.
Dhr. [[p:Li]]: weigert casemanagement. Ouderenconsulent probeert via dochter [[p:Lin]] een "koffiebezoek".

Acties: [[p:Ineke]] – CIZ-aanvraag ondersteunen. [[p:Yvonne]] – koffiebezoek dhr. [[p:Li]]. [[p:Jeroen]] – bespreken met {{o:Florence}} over uitbreiding zorg.
""",
)
T(
    "md",
    """
Actielijst kernteamoverleg {{o:SWT Escamp}} – [[d:11-04-2024]]

nr | cliënt | actie | eigenaar | deadline | status
1 | [[p:Owusu]], [[p:A.]] ([[do:2024/0533]]) | mee naar kantonrechter | [[p:Fleur]] | [[d:25-04-2024]] | loopt
2 | [[p:Zahra A.]] ([[do:2024/0417]]) | tracing {{o:Rode Kruis}} nabellen | [[p:Soufiane]] | [[d:19-04-2024]] | open
3 | [[p:Visser, G.]] ([[do:2023/2280]]) | bezwaar scootmobiel indienen | [[p:Thijs]] | [[d:03-05-2024]] | open
4 | [[p:Kanhai, O.]] | dagbesteding {{o:Haagse Krachtstroom}} | [[p:Ricardo]] | – | afgerond
5 | [[p:Martina-Girigori]] | huisbezoek + valrisico | [[p:Annelies]] | [[d:15-04-2024]] | gepland
""",
)

T(
    "md",
    """
Notulen casusoverleg bemoeizorg
Datum: [[d:3 april]] | Locatie: {{o:GGD Haaglanden}}, zaal 2.14
Aanwezig: [[p:Brenda Pattiasina]] ({{o:Parnassia}} FACT), [[p:Joyce]] ({{o:SWT Schilderswijk}}), [[p:Mirjam Koster]] ({{o:SWT Schilderswijk}}), [[p:Erik Wolf]] ({{r:OGGz-coördinator}} {{o:GGD}}), {{r:wijkagent}} [[p:H. el Khatib]]

Casus: dhr. [[p:M.Z.]] (Pools, 51 jr), zonder vaste woon- of verblijfplaats, alcoholgebruik, COPD. Geen zorgverzekering sinds 2022.
Bespreking: Dhr. accepteert alleen contact met [[p:Joyce]] en met zijn neef. Hij wil terug naar Polen "als het zomer is". {{o:Barka}} kan terugkeer begeleiden.
Besluit: (1) neef betrekken, (2) {{o:Barka}} inschakelen, (3) zorgverzekering regelen via briefadres {{o:Leger des Heils}}, (4) [[p:Erik]] checkt of er een RM-procedure nodig is – voorlopig niet.
Volgend overleg: [[d:17 april]], 14.00 uur.
""",
)

T(
    "md",
    """
Verslag Top-X / {{o:Zorg- en Veiligheidshuis}} casus [[do:ZVH-2024-0071]]
[[d:di 2 april 2024]]

Deelnemers: {{o:OM}}, {{o:Reclassering Nederland}} ([[p:S. Aydın]]), {{o:Politie}} ([[p:H. el Khatib]]), {{o:SWT Duindorp}} ([[p:K. Koster]]), {{o:Jeugdbescherming West}} ([[p:D. Kartosen]]).

Betrokkene: [[p:Jordy v.d. Berg]], geb. [[d:14-02-2000]], [[a:Westduinweg 188-B]], [[pc:2583 AE]].
Kern: herhaalde aanhoudingen (heling), licht verstandelijke beperking vermoed, moeder ([[p:Petra v.d. Berg]]) overbelast. Jongere zus (15) bij {{o:Jeugdbescherming}}.
Afspraken: Reclassering adviseert bijzondere voorwaarde begeleid wonen. SWT ([[p:Kevin]]) zoekt passende woonvorm met {{o:MEE}}. Evaluatie over 8 weken.
""",
)

T(
    "md",
    """
Casuïstiek {{w:Moerwijk}}, [[d:18/4]]
inbreng: [[p:Annelies]]
casus: mw. 79, Curaçaos, alleen, valt vaak, zoon ver weg ([[p:J.M.]])

vragen team:
* wil zij eigenlijk wel hulp? → nee, zegt "een beetje uitglijden"
* wie is buurvrouw [[p:Mildred]]? → brengt al jaren eten, Antilliaanse kerk
* alarmering? → weigert

advies: via [[p:Mildred]] werken, die vertrouwt ze. Ergotherapeut voor valpreventie, alleen als "tips voor de keuken" brengen 😉. Zoon vragen elke zondag te bellen.

→ [[p:Annelies]] belt [[p:Mildred]] (nr in dossier) en zoon
""",
)
T(
    "md",
    """
VERSLAG CASUÏSTIEKBESPREKING (methode: 'Signs of Safety'-light)
Team: {{o:SWT Transvaal}}
Datum: [[d:15 april 2024]]
Inbrenger: [[p:Soufiane Amrani]] ({{r:maatschappelijk werker}})
Gezin: [[p:Ait Bella]] – moeder [[p:Hanane]], vader [[p:Driss]], kinderen [[p:Yasmina]] (14), [[p:Ilyas]] (9), [[p:Rayan]] (4)

Waar maken we ons zorgen over?
- schoolverzuim [[p:Yasmina]] (sinds januari ca. 40% afwezig), pesten
- spanning tussen ouders, vader veel afwezig (werk in Rotterdam-haven)
Wat gaat goed?
- moeder zeer betrokken, [[p:Ilyas]] gaat weer naar school
- oma (moederskant) woont om de hoek, [[a:Paul Krugerlaan 30A]]
Wat moet er gebeuren?
- gesprek school + leerplicht + moeder ([[p:Naima]] organiseert)
- vader uitnodigen voor gesprek op zaterdag

Schaalvraag veiligheid (0–10): team 6, moeder 8.
""",
)

T(
    "md",
    """
Kort verslag overleg {{o:Schuldhulpverlening}} / {{o:SWT Rustenburg-Oostbroek}}, [[d:5 april]]
Aanwezig: [[p:Ayşe]], [[p:Joost]], [[p:Frank]] ({{o:GKB}})

- mw. [[p:Yıldız]] ([[do:GKB-2024-11839]]): stabilisatie rond, 11 schuldeisers, totaal ca. € 14.600. Budgetbeheer start [[d:1 mei]]. Bijzondere bijstand verhuizing: aangevraagd.
- dhr. [[p:Mahabier]] ([[do:GKB-2024-10977]]): nog geen volledige stukken. Hij raakt brieven kwijt. Voorstel: {{r:vrijwilliger}} van {{o:Humanitas Thuisadministratie}}.
- Algemeen: wachttijd intake nu 9 wkn. [[p:Frank]] neemt dit mee naar het managementoverleg.
""",
)

T(
    "md",
    """
MDO-formulier (ingevuld)
Cliënt: [[p:K. Nowak]]   Geb.datum: [[d:23.08.1998]]
BSN: [[b:752029356]]
Adres: [[a:Jan Hendrikstraat 3 bis]], [[pc:2512 GL]] Den Haag
Betrokken: {{r:verloskundige}} ([[p:M. Huisman]]), {{r:MW}} ([[p:Pieter Smit]]), tolk [[p:Agnieszka W.]]
Vraagstelling MDO: Passende huisvesting vóór de bevalling (uitgerekend [[d:20-05-2024]]).
Besproken opties: urgentieaanvraag (kans klein, geen 6 mnd inschrijving), particuliere kamer via {{o:Woonzorg Haaglanden}}? kraamzorg regelen via {{o:Zilveren Kruis}}.
Besluit: urgentie toch aanvragen i.v.m. kind; parallel particulier zoeken.
Volgende bespreking: [[d:2 mei]]
""",
)

T(
    "md",
    """
Verslag casuïstiekoverleg ouderen & eenzaamheid, {{w:Loosduinen}}
[[d:woensdag 17 april]]
(aanwezig: [[p:Yvonne]], [[p:Wim]] ({{r:vrijwilliger}} {{o:Humanitas}}), [[p:Gerda Kok]] ({{r:buurtwerker}} {{o:Vóór Welzijn}}), [[p:Jeroen]])

Drie korte casussen:
a) dhr. [[p:Bakker]] (76) – wandelen werkt! Nu ook 1x p/w koffie in {{o:Buurthuis De Kiosk}}.
b) mw. [[p:Smit-Vos]] – wil wel naar buiten maar durft niet vanwege inbraak vorig jaar. Idee: samen met buurvrouw [[p:Els]].
c) dhr. [[p:De Haan]] – na de zorgelijke uitspraken nu in beeld bij {{r:POH-GGZ}}. Kleinzoon [[p:Sem]] komt vaker.

Algemene les: "Eén vast gezicht werkt beter dan drie verschillende activiteiten."
""",
)

T(
    "md",
    """
MDO Huiselijk Geweld – verslag (vertrouwelijk)
[[d:maandag 6 mei 2024]]
Betrokkenen: mw. [[p:Mihaela Stan]], dhr. [[p:Florin Stan]], kinderen [[p:Andrei]] (8) en [[p:Ioana]] (5)
Melding {{o:Veilig Thuis}}: [[do:VT-2024-4102]]
Aanwezig: [[p:Ionuț Popa]] (SWT), [[p:Corinne]] ({{o:Veilig Thuis}}), [[p:Bas Hendriks]] ({{o:CJG}}), {{r:wijkagent}} [[p:El Khatib]]

Situatie: escalatie na alcoholgebruik vader. Geen letsel bij kinderen gezien; moeder heeft blauwe plek op arm. Moeder wil niet weg maar wil dat vader hulp krijgt.
Afspraken:
1. Vader wordt uitgenodigd bij {{o:Brijder}} ([[p:Ionuț]] begeleidt)
2. Veiligheidsplan met moeder – [[p:Corinne]]
3. {{o:CJG}} kijkt naar kinderen, school informeren met toestemming
4. Huisverbod wordt niet ingezet zolang afspraken worden nagekomen
Evaluatie: [[d:20 mei]]
""",
)
T(
    "md",
    """
Intervisie/casuïstiek, kort
[[p:Dewi]] brengt in: mw [[p:K.]], 84, {{w:Laak}}, weigert hulp bij het huishouden, huis steeds viezer. Dochter [[p:Wulan]] vindt dat we "moeten ingrijpen".
Vraag: wanneer is het genoeg?
Reacties: [[p:Thijs]]: kijk naar brandgevaar en ongedierte, dan heb je een reden. [[p:Samira]]: vraag wat mw zelf belangrijk vindt (ze is trots op haar kleinkinderen, foto's overal!). [[p:Fleur]]: {{r:ergotherapeut}} bij woningaanpassing.
Opbrengst: eerst een vertrouwensband, dan pas het huishouden.
""",
)

T(
    "md",
    """
AGENDA + BESLUITEN werkoverleg {{o:SWT Bezuidenhout}}, [[d:25-04-2024]]

1. Opening/mededelingen ([[p:Pieter]] vz)
   - nieuwe collega [[p:Iryna Bondarenko]] (Oekraïens, {{r:welzijnscoach}} via {{o:Vóór Welzijn}}) start [[d:1 mei]]
2. Aanmeldingen
   - mw. [[p:Melnyk]] (Oekr.) – huuropzegging, {{o:Huurcommissie}}? → [[p:Pieter]]
   - dhr. [[p:Yonas Habte]] – komt via school van nichtje (zie journaal [[do:BZH-2024-029]]) → [[p:Marieke]]
3. Pilot 'Samen werken in het sociale domein': [[p:Pieter]] en [[p:Iryna]] doen mee met thema huiselijk geweld
4. Rondvraag: parkeervergunning bezoekers ligt bij [[p:Truus]]
""",
)

T(
    "md",
    """
Verslag Wmo-keukentafelgesprek (in het kader van MDO)
Datum: [[d:vrijdag 26 april 2024]]
Aanwezig: dhr. [[p:Maher Darwish]], dochter [[p:Lina Darwish]], {{r:Wmo-adviseur}} [[p:Thijs de Boer]]
Adres: [[a:Fahrenheitstraat 522]], [[pc:2561 DG]]
Beschikkingsnr.: [[do:WMO-2024-020415]]

Dhr. loopt met stok, trap naar 2e etage is groot probleem. Dochter wil verhuizen naar een benedenwoning. Vraag om: douchestoel, trapleuning, huishoudelijke hulp 3 uur p/w. Dagbesteding "met Arabische mensen" graag, dhr. was leraar in Aleppo en mist gesprekken.
Afspraak: [[p:Thijs]] stuurt verslag, dochter tekent namens vader (volmacht nodig!).
""",
)

T(
    "md",
    """
Casusbespreking "vervuilde woning" – {{w:Transvaal}}, [[d:8 mei]]
Inbreng: [[p:Soufiane]] / [[p:Jeroen]]
Mw. [[p:Ghebreyesus]] (62), woont alleen in portiekflat [[a:Vaillantlaan 415-2]]. Buren melden stank. Mw. verzamelt kranten, kleren, plastic tassen. Geen psychiatrische diagnose bekend, wel angst en rouw (zoon overleden in 2019).
Opties: (a) {{o:Stichting Schoonmaak Onder Regie}}? (b) {{o:GGD}} OGGz, (c) via kerk (Eritrees-orthodox) {{r:vertrouwenspersoon}}.
Besluit: eerst (c) + (b) consult. Geen verhuurder inschakelen zolang mw meewerkt.
""",
)

T(
    "md",
    """
Verslag MDO [[d:16-04]] — {{o:SWT Morgenstond}}
(notulist [[p:Gerrit]])

Aanwezig: [[p:Gerrit Vos]], [[p:Priya Jagessar]], [[p:Marco]] ({{r:jongerenwerker}}), [[p:Tamara]] ({{r:GGZ-verpleegkundige}})

Nieuw: dhr. [[p:Winter]] (48), verwezen door {{r:huisarts}}. Dhr. is na scheiding in een chalet op het park bij Kijkduin terechtgekomen, winter was "zwaar". Drinkt, werkloos. Hulpvraag: "iemand die meedenkt over werk."
→ [[p:Priya]] doet intake. Check: {{o:UWV}}, sollicitatieplicht, schulden?
Lopend: fam. [[p:Kartodikromo]] – dochter 19 met postnatale depressie, [[p:Tamara]] heeft haar aangemeld bij de {{o:Parnassia}} moeder-kind-poli.
""",
)
T(
    "md",
    """
Verslag 'Expertmeeting bemoeizorg' (pilot), werkgroep 2
[[d:18 april 2024]], {{o:Stadhuis}} Den Haag

Aanwezig: [[p:Lieke Janssen]], [[p:Soufiane Amrani]], [[p:Brenda Pattiasina]], [[p:Erik Wolf]]; extern: dr. [[p:Koen Mulder]] ({{o:VU}}), [[p:Hakan Yılmaz]] ({{o:CAOP}}, {{r:facilitator}})

Casuspresentaties (geanonimiseerd): jongen met LVB en uitbuiting ([[p:Lieke]]); vrouw met verzamelwoede ([[p:Soufiane]]).
Rode draad: vertrouwen gaat via één persoon; instanties die 'aanbodgericht' werken (verwijsbrief nodig) haken af. Voorstel [[p:Erik]]: OGGz-consult zonder verwijzing laagdrempelig maken voor SWT's.
Acties: [[p:Hakan]] verwerkt in eindrapport; [[p:Lieke]] zet les op platform.
""",
)

T(
    "md",
    """
Kort verslag overleg met {{o:Stichting MOOI}} en {{o:Xtra}} over Turkstalige dagbesteding, [[d:22-04-2024]]
Aanwezig: [[p:Yasemin Çelik]], [[p:Samira El Idrissi]], [[p:Burcu]] ({{o:Stichting MOOI}})

Aanleiding: casus echtpaar [[p:Öztürk]] (mantelzorger overbelast). Er is geen Turkstalige dagbesteding meer sinds de sluiting van de locatie in {{w:Transvaal}}.
[[p:Burcu]] heeft een groep vrijwilligers die op dinsdag en donderdag een 'koffieochtend' draait in {{o:wijkcentrum De Mussen}}. Mogelijk uit te breiden met lichte begeleiding.
Actie: [[p:Yasemin]] vraagt dhr. [[p:Mehmet]] en mw. [[p:Hatice]] of zij een keer willen kijken.
""",
)

T(
    "md",
    """
Notulen casuïstiekbespreking {{o:SWT Segbroek}}, [[d:2 mei 2024]]
Aanwezig: [[p:Joost]], [[p:Marit]], [[p:Abdel]], [[p:Sanne de Vries]]

Casus dhr. [[p:S.D.]] (54), Bulgaars, dagbesteding aangevraagd (zie mail [[p:Ingrid]]), maar dhr. komt niet opdagen. Blijkt nachtdiensten te draaien in een kas en overdag te slapen. Dhr. wil eigenlijk vooral "papieren op orde".
Les: eerst vragen wat iemand zelf wil vóór je iets aanvraagt.
Actie: [[p:Joost]] annuleert dagbesteding; [[p:Abdel]] helpt met administratie ({{o:Sociaal Raadslieden}} spreekuur).
""",
)

T(
    "md",
    """
MDO bemoeizorg – [[d:17-4-'24]]
aanw: [[p:Joyce]], [[p:Mirjam]], [[p:Erik]], [[p:Brenda]]
- [[p:Marek]]: in nachtopvang, GGD-afspraak [[d:8/5]], neef belt 1x p/w. {{o:Barka}}: gesprek gehad, dhr. twijfelt nog
- dhr. [[p:Doest]] ([[do:2023-04711]]): weigert contact, via neef [[p:Glenn]] gaat het redelijk. Geen acute zorgen. Laten lopen, over 6 wk opnieuw
- nieuw: mw [[p:Hoop]] (!), meldingen buren [[a:Parallelweg 112-C]], geschreeuw 's nachts. [[p:Erik]] plant bezoek met OGGz
""",
)

T(
    "md",
    """
Verslag evaluatiegesprek
Cliënt: mw. [[p:Khadija Ouali]] ([[do:SWT-SW-2024-0412]])
Datum: [[d:14 mei 2024]]
Aanwezig: mw. [[p:Ouali]], buurvrouw mw. [[p:de Wit]], [[p:Youssef El Haddaoui]] ({{r:casusregisseur}})

Doelen: (1) gezonde woning – ventilatie geplaatst door {{o:Staedion}} op [[d:30 april]], schimmel behandeld. Behaald. (2) [[p:Nour]] minder astma-aanvallen – volgens mw. "veel beter", longarts controle in juni. (3) mw. zelf: cursus Nederlands bij {{o:Het Taalhuis}} – ingeschreven.
Besluit: afsluiten bij SWT per [[d:1 juni]]; mw. weet ons te vinden. Mw. bedankt de buurvrouw "die er altijd was".
""",
)

T(
    "md",
    """
MDO {{o:SWT Duindorp}} — actiepunten (export Teams-taken)
Titel; Toegewezen aan; Vervaldatum; Voortgang
Woonvorm zoeken [[p:Jordy]] ({{o:MEE}}); [[p:Kevin Koster]]; [[d:31-5-2024]]; Bezig
Moeder [[p:Petra]] uitnodigen mantelzorgspreekuur; [[p:Sandra Zwart]]; [[d:10-5-2024]]; Niet gestart
Contact {{o:Reclassering}} ([[p:Selin Aydın]]); [[p:Kevin Koster]]; [[d:3-5-2024]]; Voltooid
Verslag ZVH uitwerken; [[p:Sandra Zwart]]; [[d:26-4-2024]]; Voltooid
""",
)
# ---------------------------------------------------------------- platform: case lessons and threads (pl)
T(
    "pl",
    """
Titel: De stapelmethode – brieven sorteren met een cliënt die niet kan lezen
Thema: schulden / zelfredzaamheid
Wijk: {{w:Schilderswijk}}
Auteur: [[p:Marloes Dekker]], {{r:maatschappelijk werker}} {{o:Xtra}}

Situatie: Een vader van twee jonge kinderen, sinds een paar jaar in Nederland, kreeg een terugvordering van de {{o:Belastingdienst}} omdat de toeslagen na de gezinshereniging niet waren aangepast. Hij legde alle post in een la. Ik merkte dat ik elke week langs ging om brieven voor te lezen.
Aanpak: samen twee stapels gemaakt: rood (van de overheid, betalen, termijn) en groen (reclame, informatie). Rode stapel maakt hij een foto van en stuurt hij naar mij of naar zijn taalmaatje.
Wat werkte: hij voelde zich weer baas over zijn eigen post. Na zes weken stuurde hij nog maar 1 foto per week.
Les: maak het zo simpel mogelijk en laat de cliënt het zelf doen.

[Moderator: naam cliënt ([[p:Tesfay]]) verwijderd uit de eerste versie, graag opletten! – [[p:Hakan]]]
""",
)

T(
    "pl",
    """
Discussie: "Toestemming bij bemoeizorg – hoe ver mag je gaan?"

[[p:Erik Wolf]] ({{o:GGD}}) · [[d:19 april 2024]]
Vraag aan de groep: hoe gaan jullie om met de toestemmingsverklaring als iemand zorg mijdt? Wij zien dat teams soms weken wachten met delen.

  ↳ [[p:Joyce Vermaat]] ({{o:SWT Schilderswijk}}) · [[d:19 april 2024]]
  Wij vragen in zo'n geval of we "met één persoon" mogen praten, bijvoorbeeld de {{r:huisarts}}. Bij een Poolse meneer lukte dat via zijn neef.

  ↳ [[p:Brenda Pattiasina]] ({{o:Parnassia}}) · [[d:20 april 2024]]
  Bij acuut gevaar heb je geen toestemming nodig, maar daaronder is het grijs. Wij zetten het altijd in het dossier: wat gedeeld, met wie, waarom.

  ↳ [[p:Pieter Smit]] · [[d:22 april 2024]]
  @[[p:Joyce Vermaat]] handig! Hoe leg je dat vast?
""",
)

T(
    "pl",
    """
Casusles: "Mantelzorger die geen vreemden in huis wil"
Thema: ouderen | Wijk: {{w:Transvaal}} / {{w:Laak}}
Door: [[p:Yasemin Çelik]] ({{r:mantelzorgconsulent}})

Een vrouw van 68 zorgt sinds de beroerte van haar man voor hem, dag en nacht. Ze sliep 4 uur per nacht. Thuiszorg wilde ze niet: "vreemden in mijn huis". Wat hielp: haar kleinzoon nam de eerste afspraak over, en we zochten dagbesteding in haar eigen taal. Die bleek in de wijk niet meer te bestaan. Samen met {{o:Stichting MOOI}} draait nu een proef met een koffieochtend in {{o:wijkcentrum De Mussen}}.
Les: cultuur-sensitief aanbod is geen luxe; zonder dat komt de mantelzorger nooit in beeld.

Reactie van [[p:Samira El Idrissi]]: Herkenbaar! Bij Marokkaanse families zie ik hetzelfde. Mag ik je bellen over de koffieochtend?
Reactie van [[p:Yasemin Çelik]]: Zeker, [[ph:06-37 12 90 55]].
""",
)

T(
    "pl",
    """
Titel: Huurachterstand stoppen vóór de deurwaarder komt
Wijk: {{w:Laak}}  |  Thema: schulden, wonen
Ingediend door: [[p:Samira El Idrissi]]
Toestemming cliënt vastgelegd: ja, [[d:13-03-2024]]

Een alleenstaande moeder (43) had bijna € 1.900 huurachterstand bij {{o:Haag Wonen}}. De ontruiming stond gepland. Door snel contact te leggen met de {{r:huurincasso-medewerker}} en te laten zien dat het inkomen weer stabiel was (bijstand, via {{o:GKB}} huur direct doorbetaald), werd de procedure aangehouden.
Les: corporaties willen vaak wel, als er één aanspreekpunt is en een concreet plan.

(N.B. in mijn eerste versie stond per ongeluk het adres, [[a:Hildebrandplein 8]], dat is eruit gehaald.)
""",
)
T(
    "pl",
    """
Vraag op het platform – thema jeugd
[[p:Naima Bakkali]] ({{r:jeugdconsulent}}, {{o:CJG}} {{w:Transvaal}}) vroeg:

Hebben jullie ervaring met meisjes die thuisblijven van school omdat ze gepest worden om hun hoofddoek? Leerplicht is al ingeschakeld en moeder voelt zich aangevallen. Ik wil voorkomen dat het een strafzaak wordt. Het gaat om een meisje van 14 in mijn wijk.

Antwoorden:
[[p:Sanne de Vries]]: Bij ons ({{w:Segbroek}}) hielp een gesprek met de {{r:vertrouwenspersoon}} van school + een oud-leerling als rolmodel.
[[p:Kevin Koster]]: Probeer de {{r:jongerenwerker}} erbij te halen, die staat los van school en leerplicht.
[[p:Naima Bakkali]]: Dank allebei! @[[p:Kevin]] goeie, ik bel [[p:Marco]] van het jongerenwerk.
""",
)

T(
    "pl",
    """
LES #27 – "Eén vast gezicht"
Thema: ouderen en eenzaamheid
Teams: {{o:SWT Loosduinen}}, {{o:SWT Mariahoeve}}
Opgesteld door: [[p:Yvonne Blom]] ({{r:ouderenconsulent}}) en [[p:Wim Hoogendoorn]] ({{r:vrijwilliger}} {{o:Humanitas}})

Wij boden een weduwnaar (76) eerst drie activiteiten aan: koffieochtend, zangkoor, computercursus. Hij ging nergens heen. Toen één {{r:vrijwilliger}} om de week met hem ging wandelen, kwam er na twee maanden ook de koffieochtend bij.
Les: begin met één persoon en één vaste dag. Activiteiten volgen vanzelf.

Reactie [[p:Gerda Kok]]: zo waar. Bij ons was het de bakker op de hoek die als eerste aan de bel trok, ook dat netwerk telt!
""",
)

T(
    "pl",
    """
Draad: Ervaringen met {{o:FairWork}} en arbeidsmigranten?

[[p:Hanneke Vos]] · [[d:12-04-2024]] 14:02
Wij hebben een Bulgaarse meneer die met drie anderen een kamer deelt, verhuurd via zijn uitzendbureau. Hij is bang zijn werk kwijt te raken. Iemand ervaring met {{o:FairWork}}?

[[p:Ruud Bakker]] ({{o:Team Handhaving}}) · [[d:12-04-2024]] 15:30
Ja. Belangrijk: eerst de bewoners spreken, dan pas controle. Anders staan ze op straat. Neem contact op met mij, [[e:ruud.bakker@denhaag.nl]].

[[p:Ionuț Popa]] · [[d:13-04-2024]] 09:12
In {{w:Spoorwijk}} hebben we een Roemeense sleutelpersoon, [[p:Elena]]. Zij spreekt ook Bulgaars een beetje. Kan ik doorsturen.
""",
)

T(
    "pl",
    """
Titel: Huiselijk geweld – de moeder wil niet weg
Auteur: [[p:Ionuț Popa]] ({{o:SWT Spoorwijk}}), [[d:20-05-2024]]
Thema: huiselijk geweld

Situatie: Een moeder van twee jonge kinderen stuurde 's avonds laat een WhatsApp naar ons teamnummer: haar man was weer gaan drinken. Ze wilde niet weg, wel dat hij hulp kreeg.
Aanpak: binnen 24 uur MDO met {{o:Veilig Thuis}}, {{o:CJG}} en {{r:wijkagent}}. Vader werd via ons bij {{o:Brijder}} aangemeld en ging (tot onze verrassing) ook. Veiligheidsplan met moeder, kinderen in beeld via school.
Les: serieus nemen wat de vrouw zelf wil, én tegelijk harde afspraken maken over veiligheid.
Let op: dit werkt niet als er directe dreiging is.

Opmerking moderator: in de bijlage stond nog de naam [[p:Mihaela]]; bijlage is verwijderd.
""",
)

T(
    "pl",
    """
Vraag van [[p:Anouk de Graaf]] ({{r:wijkverpleegkundige}}, {{o:Florence}}):
Wie weet hoe lang een CIZ-aanvraag Wlz nu duurt? Mevrouw van 86 is gevallen en ligt nu in het ziekenhuis, zoon wil haar thuis houden maar dat gaat echt niet meer.

Antwoord [[p:Ineke Hoogstraten]]: bij ons gemiddeld 6 weken, met spoed 2. Spoed kan via de {{r:huisarts}} of de transferverpleegkundige.
Antwoord [[p:Ellen van der Meer]] ({{o:HMC}}): als ze bij ons ligt: vraag naar mij, ik regel dat vanuit transfer. Mijn directe nummer [[ph:070 - 330 27 61]].
""",
)

T(
    "pl",
    """
Casusles "Postcode-fout kost bijstand"
Door [[p:Fleur van Rijn]] | {{o:SWT Laak}}

Een man met een Syrische achtergrond kreeg zijn uitkering stopgezet "wegens niet verschijnen". Bleek: de brief was naar zijn oude adres gestuurd en hij lag in het ziekenhuis. In de BRP stond een postcode met een tikfout ([[pc:2525 VD]] in plaats van [[pc:2525 VB]]).
Les: check bij een stopzetting altijd eerst de BRP-gegevens. Eén belletje naar de {{r:klantmanager}} loste het op, maar het heeft hem 6 weken zonder inkomen gekost.
""",
)
T(
    "pl",
    """
Les: de dochter als tolk – handig of riskant?
Thema: ouderen, taal
Geschreven door: [[p:Annelies Mol]] ({{o:SWT Moerwijk}})

Bij een Chinese meneer met beginnende dementie vertaalde zijn dochter alles. Pas later merkten we dat ze "casemanager" vertaalde als iets als "dokter voor gekken". Geen wonder dat hij weigerde.
Sindsdien: bij belangrijke gesprekken een professionele tolk (via {{o:Tolkcontact}}), ook al is er familie. Familie vertaalt wel de koetjes en kalfjes.

Reacties (3)
· [[p:Hodan Warsame]]: Herkenbaar vanuit de Somalische gemeenschap. Ik zie als {{r:welzijnscoach}} ook andersom: kinderen die dingen weglaten om ouders te beschermen.
· [[p:Li Na]] ({{o:Stichting Chinese Ouderen}}): Goede les. Wij hebben vrijwilligers die Kantonees spreken, mail [[e:vrijwilligers@chineseouderen-dh.nl]].
· [[p:Annelies Mol]]: Dank [[p:Li Na]]!
""",
)

T(
    "pl",
    """
Discussie bij les #31 "Vervuilde woning: via de kerk"

[[p:Soufiane Amrani]] schreef:
> Mevrouw X uit de les heeft inmiddels zelf toegestemd in een opruimactie. De priester kwam mee.

[[p:Jeroen Bos]] schreef:
> Mooi. Let wel op: in de eerste versie stond haar achternaam nog in de bijlage (mw. [[p:G.]]). Ik heb het gemeld bij [[p:Hakan]].

[[p:Hakan Yılmaz]] (moderator) schreef:
> Bijlage vervangen. Bedankt voor het melden, [[p:Jeroen]].
""",
)

T(
    "pl",
    """
Kennisplatform > Thema's > Bemoeizorg > Les
"Wachten op toestemming kost levens" (titel door redactie ingekort)

Situatie in het kort: een dakloze man, 51, longziekte, vermeed alle zorg. Pas na een nacht buiten en een opname (onderkoeling) ging hij akkoord met nachtopvang. Hij vertrouwde alleen de {{r:maatschappelijk werker}} die hem al maanden een kop koffie bracht.
Aanpak: kleine stappen, alles via één persoon, neef in Polen betrokken via videobellen, {{o:Barka}} voor eventuele terugkeer.
Les voor andere teams: investeer in het contact vóór er een crisis is; de crisis is dan het moment dat je het vertrouwen kunt verzilveren.

Geschreven door [[p:Joyce Vermaat]] en [[p:Mirjam Koster]], {{o:SWT Schilderswijk}}. Toestemming cliënt: mondeling [[d:2 mei]], schriftelijk via neef [[d:6 mei]] (vastgelegd onder [[do:TV-2024-SW-019]]).
""",
)

T(
    "pl",
    """
Vraag: Alarmknop – Wmo of zorgverzekeraar?
Gesteld door [[p:Dewi Latuheru]] op [[d:9 april]]

Antwoord van [[p:Thijs de Boer]] ({{r:Wmo-adviseur}}):
Sinds vorig jaar valt personenalarmering bij ons in Den Haag niet meer onder de {{o:Wmo}}, tenzij er sprake is van bijzondere omstandigheden. Medisch noodzakelijk → zorgverzekeraar. Anders particulier, bijv. via {{o:WZH}} of {{o:Florence}}.
Tip: veel mensen hebben een aanvullende verzekering waar het deels in zit.

[[p:Dewi Latuheru]]: Top, dan ga ik met mw. [[p:K.]] kijken naar haar polis.
""",
)

T(
    "pl",
    """
THEMA OUDEREN — bijdrage [[p:Ineke Hoogstraten]] ({{r:casemanager dementie}}, {{w:Mariahoeve}})

Wat ik wil delen: de gevolgen van een valpartij worden groter naarmate we langer wachten. Deze maand lag een mevrouw (86) een nacht op de badkamervloer. Haar zoon had een sleutel maar woonde 20 km verderop. De {{r:wijkverpleegkundige}} stond drie dagen achter elkaar voor een dichte deur.
Les: spreek bij elke cliënt met geheugenproblemen vooraf af wat er gebeurt als niemand opendoet, en wie een sleutel heeft. Leg dit vast in het zorgplan.

Reactie [[p:Kees Roos]]:
Ik ben die zoon. Ik ben het eens met de les, en ik wil alle zorgverleners bedanken die mijn moeder hebben geholpen.
[moderator: reactie geplaatst met toestemming van dhr. [[p:Roos]]]
""",
)
T(
    "pl",
    """
Nieuw bericht in groep 'Pilot – thema jeugd'

[[p:Bas Hendriks]] ({{o:CJG}} {{w:Escamp}}), [[d:25 april]]:
Even delen wat ik leerde bij een gezin waar oma en twee kleinkinderen bij een tante kwamen wonen na ruzie thuis. De kinderen gingen 3 weken niet naar school omdat "we toch weer teruggaan". Via {{o:Veilig Thuis}} naar ons. We hebben de kinderen tijdelijk op een school in de buurt ingeschreven, dat gaf rust.
Vraag aan jullie: hoe doen jullie dat met leerlingen die tussen twee gemeenten in zitten (Rotterdam–Den Haag)?

[[p:Naima Bakkali]]: Leerplicht van beide gemeenten bellen, anders valt het tussen wal en schip.
[[p:Bas Hendriks]]: Dank. Voor de volledigheid: de dossiers lopen bij ons onder [[do:CJG-ESC-24-0291]] en [[do:CJG-ESC-24-0292]].
""",
)

T(
    "pl",
    """
Casusles "Van contant betaald klusje naar uitbuiting"
Thema: bemoeizorg / LVB
Auteur: [[p:Lieke Janssen]] ({{r:MEE-consulent}})

Een jongeman (23) met een vermoedelijke licht verstandelijke beperking werd 'ingehuurd' door een pakketdienst, contant, zonder contract. Hij moest zijn telefoon inleveren tijdens het werk en kreeg boetes bij vertraging.
Wat hielp: moeder trok aan de bel; {{r:wijkagent}} en arbeidsinspectie samen; IQ-onderzoek gaf recht op ondersteuning.
Les: bij LVB en 'makkelijk geld' altijd aan uitbuiting denken. Vraag door naar: wie regelt je werk, wie houdt je geld?

Reactie [[p:Hamid el Khatib]] (politie): Goed dat je dit deelt. Signalen mogen altijd naar mij of naar het {{o:Zorg- en Veiligheidshuis}}.
""",
)

T(
    "pl",
    """
Reactie op: "Wie kent een Tigrinya-sprekende {{r:vrijwilliger}}?"

[[p:Filmon Kidane]] · [[d:3-5-2024]]
Hallo, ik ben zelf {{r:vrijwilliger}} bij {{o:VluchtelingenWerk}} en spreek Tigrinya en Amhaars. Ik wil graag helpen. Ik woon in {{w:Moerwijk}}. Mijn nummer is [[ph:06 84 37 20 15]] of mail [[e:filmon.kidane@live.nl]].

[[p:Marloes Dekker]] · [[d:3-5-2024]]
Wat fijn [[p:Filmon]]! Ik stuur je een bericht.

[[p:Hakan Yılmaz]] (moderator) · [[d:3-5-2024]]
Let op: contactgegevens zijn zichtbaar voor alle deelnemers. [[p:Filmon]], wil je liever dat ik ze verberg?
""",
)

T(
    "pl",
    """
Samenvatting brainstorm thema 'ouderen' – geplaatst door [[p:Marieke Verschoor]] ({{o:CAOP}})

Opbrengst van [[d:7 maart]]:
• valpreventie vroeg in beeld ({{r:huisarts}} + {{r:wijkverpleegkundige}} + {{r:ouderenconsulent}})
• sleutelafspraken vastleggen (zie bijdrage [[p:Ineke]])
• cultuursensitieve dagbesteding (Turks, Marokkaans, Chinees, Surinaams-Hindoestaans)
• mantelzorgers: respijt zonder "vreemden in huis"

Volgende stap: {{r:facilitators}} maken een format, de pilotgroep test het in mei in {{w:Mariahoeve}}, {{w:Loosduinen}} en {{w:Transvaal}}. Vragen? [[e:pilot.sociaaldomein@denhaag.nl]]
""",
)

T(
    "pl",
    """
Thread: Wie heeft tips voor de 'Dag van de Mantelzorg' op [[d:10 november]]?

[[p:Gerda Kok]]: In {{w:Loosduinen}} doen we een high tea, vorig jaar 60 mantelzorgers!
[[p:Yasemin Çelik]]: Bij ons komen veel mantelzorgers niet omdat ze niet weten dat ze mantelzorger zijn 😅. Wij gaan dit jaar langs bij de moskee en de Hindoestaanse vereniging.
[[p:Priya Jagessar]]: @[[p:Yasemin]] zullen we dat samen doen? Ik ken het bestuur van {{o:Stichting Shri Krishna Mandir}}.
""",
)
T(
    "pl",
    """
[CONCEPT – nog niet geanonimiseerd]
Titel: Gezinshereniging en toeslagen: een valkuil
Auteur: [[p:Ricardo Pinas]]

Dhr. [[p:Gebremedhin]] ([[a:Van Ostadestraat 211-A]]) kreeg na de komst van zijn vrouw [[p:Semhar]] en de kinderen een terugvordering van ruim € 2.300. Niemand had hem verteld dat hij de toeslagen moest aanpassen. {{o:VluchtelingenWerk}} was al uit beeld, de gemeente wist van niets.
Les: na gezinshereniging standaard een 'toeslagencheck' doen, binnen 4 weken. Dit zou in het inburgeringstraject moeten.
Contact: [[e:r.pinas@denhaag.nl]]
""",
)

T(
    "pl",
    """
Vraag & antwoord – Wmo en volmacht

Vraag ([[p:Thijs de Boer]]): Mijn cliënt (78, Syrisch) kan zelf niet tekenen vanwege tremor. Dochter wil tekenen. Is een schriftelijke volmacht genoeg of moet er mentorschap komen?

Antwoord (mr. [[p:Sarah Benhaddou]], {{o:Juridisch Loket}}): Voor een Wmo-aanvraag is een schriftelijke volmacht voldoende, mits de cliënt wilsbekwaam is op dit punt. Laat de volmacht ondertekenen met een kruisje of duimafdruk in aanwezigheid van twee getuigen en noteer wie dat waren. Mentorschap is pas nodig als hij de gevolgen niet meer overziet.

[[p:Thijs de Boer]]: Duidelijk, dank!
""",
)
# ---------------------------------------------------------------- letters, forms, exported tables (lf)
T(
    "lf",
    """
{{o:Gemeente Den Haag}}
Dienst Sociale Zaken en Werkgelegenheid

Mevrouw [[p:E. Yıldız]]
[[a:Laan van Meerdervoort 1102]]
[[pc:2564 AV]] DEN HAAG

Datum: [[d:22 april 2024]]
Ons kenmerk: [[do:SZW/BB/2024/078812]]
Onderwerp: besluit bijzondere bijstand

Geachte mevrouw [[p:Yıldız]],

U heeft op [[d:8 april 2024]] bijzondere bijstand aangevraagd voor de kosten van uw verhuizing. Wij kennen u een bedrag toe van € 1.150,00. Dit bedrag maken wij binnen vijf werkdagen over op rekeningnummer [[i:NL51 INGB 2269 2939 26]] ten name van [[p:E. Yıldız]].

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,

drs. [[p:P.A. van Houten]]
{{r:Teamleider}} Bijzondere Bijstand
""",
)
T(
    "lf",
    """
TOESTEMMINGSVERKLARING {{o:SOCIAAL WIJKZORGTEAM}} DEN HAAG

Ondergetekende:
Naam: [[p:Khadija Ouali]]
Geboortedatum: [[d:17-10-1985]]
Adres: [[a:Hoefkade 203]]   Postcode: [[pc:2526 BJ]]
Telefoon: [[ph:06-18 73 44 90]]
BSN: [[b:434.132.792]]

geeft toestemming aan het {{o:Sociaal Wijkzorgteam Schilderswijk}} om informatie over haar situatie uit te wisselen met:
[x] {{r:huisarts}} (praktijk [[p:Sedney]])
[x] woningcorporatie ({{o:Staedion}})
[ ] school kinderen
[x] {{o:CJG}}
Deze toestemming geldt tot [[d:8 oktober 2024]] en kan altijd worden ingetrokken.

Plaats: Den Haag     Datum: [[d:8-4-2024]]
Handtekening cliënt: (getekend)     Casusregisseur: [[p:Y. El Haddaoui]]
""",
)

T(
    "lf",
    """
export_caseload_SWT_Escamp_[[d:2024-04-15]].csv
dossiernr;naam;geb_datum;wijk;casusregisseur;status
[[do:2024/0417]];[[p:Ahmadi, Zahra]];[[d:07-01-1985]];{{w:Morgenstond}};[[p:S. Amrani]];actief
[[do:2023/2280]];[[p:Visser, Gerrit]];[[d:02-06-1951]];{{w:Bouwlust}};[[p:T. de Boer]];actief
[[do:2024/0533]];[[p:Owusu, Akosua]];[[d:19-09-1979]];{{w:Moerwijk}};[[p:F. van Rijn]];actief
[[do:2024/0601]];[[p:Kanhai, Orlando]];[[d:30-11-1969]];{{w:Moerwijk}};[[p:R. Pinas]];afgesloten
[[do:2024/0612]];[[p:Martina-Girigori, Ruthline]];[[d:07-08-1944]];{{w:Moerwijk}};[[p:A. Mol]];actief
[[do:2024/0620]];[[p:Winter, Hans]];[[d:11-03-1976]];{{w:Vrederust}};[[p:P. Jagessar]];intake
""",
)
T(
    "lf",
    """
MACHTIGING BEHEER INKOMEN (budgetbeheer {{o:GKB}})

Cliënt: [[p:Dewanand Mahabier]]                   Dossier: [[do:GKB-2024-10977]]
Geboren: [[d:14 februari 1963]] te Paramaribo
BSN: [[b:553492688]]
Adres: [[a:Loosduinseweg 702-II]], [[pc:2571AN]] 's-Gravenhage

Inkomensrekening (uitkering wordt hierop gestort): [[i:NL82SNSB8009952162]]
Leefgeldrekening cliënt: [[i:NL84 ASNB 8025 3766 15]]

Vaste lasten die vanuit beheer worden betaald:
- huur {{o:Vestia}} (contractnr. [[do:VS-0044817]])
- energie, water ({{o:Dunea}}), zorgverzekering ({{o:CZ}})
- aflossing betalingsregeling {{o:CAK}}

Ondertekend te Den Haag op [[d:2 mei 2024]]
Namens {{o:GKB}}: [[p:F. Jansen]]
""",
)

T(
    "lf",
    """
Aanmeldformulier {{o:Sociaal Wijkzorgteam}} (ingevuld door verwijzer)

Verwijzer: dr. [[p:S. van Leeuwen]], {{r:huisarts}}, Gezondheidscentrum {{w:Moerwijk}}
Tel. verwijzer: [[ph:070 - 397 22 18]]
Cliënt: mw. [[p:Abena Boateng]]
Geboortedatum: [[d:5-9-1982]]
Adres: [[a:Twickelstraat 66]], [[pc:2531 SM]] Den Haag
Telefoon: [[ph:0644871903]]
Toestemming cliënt voor aanmelding: ja
Reden aanmelding: somberheidsklachten, financiële stress (werkgever betaalt niet uit), alleenstaand met zoon (12). Geen acuut suïcidaal gedrag. Mw. spreekt goed Engels, redelijk Nederlands.
Gewenste termijn: binnen 2 weken
""",
)
T(
    "lf",
    """
Overzicht schuldeisers – mw. [[p:E. Yıldız]] (stand [[d:15-04-2024]])

Nr | Schuldeiser              | Kenmerk/dossier        | Bedrag     | Rekening schuldeiser
1  | {{o:Belastingdienst/Toeslagen}} | [[do:4471.22.813.T.01]] | € 3.812,00 | –
2  | {{o:Eneco}}                    | [[do:EN-77103948]]        | €   942,17 | –
3  | {{o:Zilveren Kruis}}           | [[do:ZK-2023-448120]]     | € 1.318,40 | –
4  | {{o:CJIB}}                     | [[do:1823 4490 1172 0081]]| €   376,00 | –
5  | particulier ([[p:H. Koç]])     | –                         | € 2.000,00 | [[i:NL70RABO7723265477]]
...
Totaal (11 schuldeisers): ca. € 14.600
""",
)

T(
    "lf",
    """
Aan de Kantonrechter, rechtbank Den Haag
Betreft: zaak [[do:C/09/661204 / KG ZA 24-318]], huurder fam. [[p:Owusu]]

Edelachtbare,

Als {{r:maatschappelijk werker}} van het {{o:Sociaal Wijkzorgteam Escamp}} ben ik sinds januari betrokken bij de familie [[p:Owusu]], wonende [[a:Zuiderparklaan 206]] te Den Haag. Mevrouw [[p:Akosua Owusu]] en de heer [[p:Kofi Owusu]] hebben sindsdien alle afspraken nagekomen. De achterstand is ontstaan doordat het loon van dhr. drie maanden niet werd uitbetaald door zijn werkgever. Er is inmiddels een aanvraag schuldhulpverlening gedaan (intake [[d:16-04-2024]]).
Ik verzoek u de ontbinding van de huurovereenkomst niet toe te wijzen.

Hoogachtend,
[[p:Fleur van Rijn]]
Den Haag, [[d:19 april 2024]]
""",
)

T(
    "lf",
    """
Presentielijst kick-off pilot "Samen werken in het sociale domein" – [[d:22-11-2023]]

naam                    | team / organisatie               | e-mail
[[p:Joyce Vermaat]]     | {{o:SWT Schilderswijk}}          | [[e:j.vermaat@xtra.nl]]
[[p:Soufiane Amrani]]   | {{o:SWT Transvaal}}              | [[e:s.amrani@denhaag.nl]]
[[p:Lieke Janssen]]     | {{o:MEE Zuid-Holland Noord}}     | [[e:l.janssen@mee-zhn.nl]]
[[p:Ineke Hoogstraten]] | {{o:SWT Mariahoeve}}             | [[e:ihoogstraten@florence.nl]]
[[p:Pieter Smit]]       | {{o:SWT Bezuidenhout}}           | [[e:pieter.smit@denhaag.nl]]
[[p:Priya Jagessar]]    | {{o:SWT Morgenstond}}            | [[e:p.jagessar@voorwelzijn.nl]]
[[p:Kevin Koster]]      | {{o:SWT Duindorp}}               | [[e:k.koster@welzijnscheveningen.nl]]
(totaal 20 deelnemers, lijst ingekort)
""",
)

T(
    "lf",
    """
Brief van cliënt (overgetypt uit handgeschreven brief, spelling ongewijzigd)

Aan het wijkteam,
ik ben [[p:Roza Latifi]] en ik woon [[a:Zuiderparklaan 58 A]]. Ik wil zeggen dank u wel voor meneer [[p:Gerrit]] die helpt met mijn papieren van de huur. Nu heb ik weer huurtoeslag. Mijn zoon [[p:Arben]] is nu 18 en hij gaat werken bij de bouw. Kan meneer [[p:Gerrit]] nog een keer komen voor de brief van de verzekering? Mijn telefoon [[ph:06.29.44.81.07]].
groeten en god zegene jullie
[[p:Roza]]
""",
)
T(
    "lf",
    """
Declaratie tolkinzet {{o:SWT Transvaal}} – maart 2024
datum      | cliënt (initialen) | taal      | duur | tolk
[[d:05-03-2024]] | [[p:F.H.]]    | Somalisch | 45 min | [[p:H. Warsame]] (vrijwillig)
[[d:12-03-2024]] | [[p:T.G.]]    | Tigrinya  | 60 min | {{o:Tolkcontact}}, tolknr. [[do:TC-55812]]
[[d:19-03-2024]] | [[p:T.G.]]    | Tigrinya  | 60 min | {{o:Tolkcontact}}, tolknr. [[do:TC-55812]]
[[d:26-03-2024]] | [[p:S.R.]]    | Sarnami   | 30 min | [[p:A. Jagessar]]
Totaal: 3 uur 15 min. Akkoord {{r:teamleider}}: [[p:M. Karaca]]
""",
)

T(
    "lf",
    """
BEZWAARSCHRIFT

Aan: {{o:UWV}}, afdeling Bezwaar en Beroep
Van: de heer [[p:K. Mensah]], [[a:Rijswijkseweg 377]], [[pc:2516 HH]] Den Haag
BSN: [[b:195 329 065]]
Datum: [[d:28 maart 2024]]
Betreft: bezwaar tegen besluit d.d. [[d:20 februari 2024]], kenmerk [[do:UWV-WIA-2024-0228716]]

Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen uw besluit om mij geen WIA-uitkering toe te kennen. Na mijn bedrijfsongeval op [[d:14-03-2022]] ben ik niet meer in staat mijn werk als heftruckchauffeur te doen. De gronden volgen zo spoedig mogelijk; ik word hierbij ondersteund door het {{o:Sociaal Raadsliedenwerk}}.

Met vriendelijke groet,
[[p:Kwame Mensah]]
""",
)

T(
    "lf",
    """
Signaleringslijst {{o:Servicepunt XL}} {{w:Bouwlust}} – week 11 (export Excel)
Tijd  Naam                     Telefoon          Vraag                         Doorverwezen naar
09:15 [[p:Popescu, Ionel]]     [[ph:0616002841]]  huurtoeslag                   {{o:SWT Escamp}}
09:40 [[p:Lopes Fortes, Ivone]] [[ph:070-3652917]] kwijtschelding               –
10:30 (anoniem)                –                 financieel misbruik partner   {{o:Veilig Thuis}}
11:05 [[p:Rahimi, Farid]]      [[ph:06 45 88 12 60]] brief {{o:DUO}}               {{o:Sociaal Raadslieden}}
11:50 [[p:Kowalczyk, Agnieszka]] [[ph:+48 698 210 337]] inschrijving BRP      {{o:Stadhuis}}
""",
)

T(
    "lf",
    """
Uitnodiging

Den Haag, [[d:3 april 2024]]

Beste meneer [[p:Georgiev]],

U bent uitgenodigd voor een gesprek met het {{o:Sociaal Wijkzorgteam Transvaal}}.
Wanneer: [[d:vrijdag 12 april]], 11.00 uur
Waar: bij u thuis, [[a:Hoefkade 640-III]]
Met: [[p:Hanneke Vos]] ({{r:maatschappelijk werker}}) en een tolk Bulgaars

Kunt u niet? Bel dan naar [[ph:06-1277 3048]] of stuur een WhatsApp.

Hello Mr [[p:Georgiev]], this is an invitation for a meeting at your home on [[d:Friday April 12th]] at 11:00. An interpreter will be present.
""",
)
T(
    "lf",
    """
MELDFORMULIER ZORG EN OVERLAST (intern, {{o:GGD Haaglanden}} OGGz)
Registratienr.: [[do:OGGZ-24-01877]]
Datum melding: [[d:6 mei 2024]]        Melder: [[p:Erik Wolf]] namens {{o:SWT Schilderswijk}}
Betrokkene: mw. [[p:L. Hoop]]           Geb.: 1966 (exacte datum onbekend)
Verblijfadres: [[a:Parallelweg 112-C]], [[pc:2525 ND]]
Reden: meerdere klachten buren (geschreeuw 's nachts, bonken), vermoeden psychose. Geen bekende hulpverlening. Familie: broer, naam onbekend, zou in Leiden wonen.
Urgentie: binnen 1 week
Gewenst: huisbezoek OGGz + {{r:wijkagent}} ([[p:H. el Khatib]], [[ph:06 - 10 93 55 78]])
""",
)

T(
    "lf",
    """
Overzicht vrijwilligersinzet {{o:Humanitas}} Den Haag – koppelingen {{w:Loosduinen}}/{{w:Mariahoeve}} (export)
koppel-ID,vrijwilliger,deelnemer,start,frequentie,contact {{r:vrijwilliger}}
[[do:HUM-LD-0183]],[[p:Wim Hoogendoorn]],[[p:H.J. Bakker]],[[d:2024-02-01]],2-wekelijks,[[ph:06-20 48 73 11]]
[[do:HUM-LD-0190]],[[p:Els Mulder]],[[p:M. Smit-Vos]],[[d:2024-03-14]],wekelijks,[[e:els.mulder.vrijwilliger@gmail.com]]
[[do:HUM-MH-0077]],[[p:Agnieszka Wójcik]],[[p:K. Nowak]],[[d:2024-01-09]],op afroep,[[ph:+48 603 118 274]]
[[do:HUM-MH-0081]],[[p:Tesfamariam Berhe]],[[p:T. Gebremedhin]],[[d:2024-04-22]],wekelijks (taalmaatje),[[ph:0631457702]]
""",
)

# ---------------------------------------------------------------- extra batch (balanced towards non-name data)
T(
    "cn",
    """
Route huisbezoeken [[d:donderdag 11 april]] ([[p:Jeroen]])
08.00 [[a:Ambachtsgaarde 52]], [[pc:2542 EM]] – insuline
08.40 [[a:Hengelolaan 1230]], [[pc:2545 HX]] – steunkousen, check medicatie
09.30 [[a:Melis Blommaertstraat 109]], [[pc:2546 BT]] – wond, foto maken voor dossier
10.15 [[a:Zuidlarenstraat 31-A]], [[pc:2545 VR]] – nieuw, intake (zie verwijzing van [[d:8-4]])
11.00 kantoor, overleg met {{r:casemanager dementie}}
sleutelkastjes: code via collega's, NIET in de route zetten
""",
)

T(
    "cn",
    """
Contactjournaal dossier [[do:SWT-MH-2023-1187]]
[[d:02-01-2024]]  intake, toestemmingsverklaring getekend
[[d:16-01-2024]]  hb, woning ok, post op orde
[[d:30-01-2024]]  tel., vraag over eigen bijdrage {{o:CAK}}
[[d:13-02-2024]]  hb, mw. somberder ivm overlijden broer
[[d:27-02-2024]]  geannuleerd door mw. (ziek)
[[d:05-03-2024]]  hb met {{r:ouderenconsulent}}, aanmelding {{o:Vóór Welzijn}} maatjesproject
[[d:19-03-2024]]  tel. met maatje, klikt goed
[[d:02-04-2024]]  evaluatie, mw. wil afsluiten. Afgesloten per [[d:1 mei]].
""",
)

T(
    "cn",
    """
Adreswijziging doorgeven!! dhr. [[p:Rahimi]] is verhuisd.
oud: [[a:Erasmusweg 1084]], [[pc:2532 CW]]
nieuw: [[a:Dr. Lelykade 21-3]], [[pc:2583 CL]] (Scheveningen-haven, tijdelijke woning via {{o:Staedion}})
ingangsdatum: [[d:15 april 2024]]
nieuw mobiel: [[ph:06-44 90 12 75]]
Gedaan: BRP (door dhr. zelf), {{o:SZW}}, {{r:huisarts}}. Nog doen: {{o:DUO}}, zorgverzekeraar, {{o:Belastingdienst}}.
""",
)

T(
    "cn",
    """
Logboek vrijwillige thuisadministratie ({{o:Humanitas}})
deelnemer: [[do:HTA-2024-044]] (dhr. [[p:M.]])
wk 14 – [[d:3/4]]: post gesorteerd, 2 aanmaningen ({{o:Ziggo}}, gemeentebelastingen). Afgesproken: regeling {{o:Ziggo}} bellen.
wk 15 – [[d:10/4]]: {{o:Ziggo}} gebeld, regeling € 20 p/m vanaf [[d:1-5]]. Kwijtschelding gemeentebelastingen aangevraagd.
wk 16 – [[d:17/4]]: dhr. niet thuis. Sms gestuurd naar [[ph:06 3387 1044]].
wk 17 – [[d:24/4]]: alles bijgewerkt. Dhr. vraagt of ik ook naar de brief van de {{o:SVB}} wil kijken (AOW-partnertoeslag?).
""",
)

T(
    "cn",
    """
Kort: vandaag ([[d:vr 26-4]]) mw. [[p:Koç]] op spreekuur {{w:Transvaal}}. Ze leent al jaren geld aan familie, nu zelf € 2.000 schuld bij een kennis. Geen brieven, alleen WhatsApp-berichten met dreigende toon. Heeft ze bewaard. Aangeraden aangifte te overwegen; {{o:Juridisch Loket}} afspraak [[d:2 mei]] 13.00. Haar rekening bij de schuldeiser staat als [[i:NL70 RABO 7723 2654 77]] in de app-berichten (= rekening van de kennis, niet van haar).
""",
)

T(
    "cn",
    """
Gespreksverslag [[d:maandag 22 april 2024]]
Betreft: gezin [[p:Kartodikromo]], [[a:Acaciastraat 85]], [[pc:2565 KC]]
Dossiernr: [[do:SWT-SB-2024-0233]]
Aanwezig: moeder, dochter (19), pasgeboren kleinkind, {{r:GGZ-verpleegkundige}} [[p:Tamara]]
Dochter slaapt slecht, huilt veel, wil niet dat het bekend wordt in de familie. Moeder zorgt voor de baby. Afspraak moeder-kind-poli {{o:Parnassia}} op [[d:30-4]] om 10.30. Kraamzorg is al afgelopen; JGZ ({{o:CJG}}) komt [[d:7 mei]] voor het consultatiebureau-bezoek.
""",
)

T(
    "cn",
    """
Terugbelnotitie, receptie {{o:SWT Segbroek}}
Datum: [[d:19-04-2024]]
Beller: onbekende mevrouw, wil naam niet zeggen
Terugbelnr: [[ph:070 - 362 18 40]]
Vraag: haar buurman op [[a:Valkenboskade 410]] is 'al een week niet gezien', er ligt post op de mat en de rolluiken zijn dicht.
Doorgezet naar [[p:Abdel]] ({{r:buurtwerker}}) en {{r:wijkagent}}.
""",
)

T(
    "em",
    """
Van: {{o:Servicedesk Zorgmail}} <[[e:noreply@zorgmail.nl]]>
Aan: [[e:d.latuheru@florence.nl]]
Datum: [[d:ma 15-04-2024]] 07:00
Onderwerp: Beveiligd bericht ontvangen van [[e:huisartsenpraktijk.sedney@zorgmail.nl]]

U heeft een beveiligd bericht ontvangen. Onderwerp: "medicatieoverzicht mw. [[p:K.]], geb. [[d:03-06-1939]]".
Klik op de link om het bericht te openen. Deze link is 14 dagen geldig.
""",
)

T(
    "em",
    """
Onderwerp: wijziging rekeningnummer leefgeld

Goedemorgen,

Namens mijn cliënt dhr. [[p:Wijngaarde]] (uw dossier [[do:BWK-2022-0117]]) geef ik door dat zijn oude rekening [[i:NL79ABNA6066750454]] is opgeheven. Het leefgeld kan vanaf [[d:1 mei 2024]] worden overgemaakt naar [[i:NL62 BUNQ 0443 9566 00]] t.n.v. [[p:M. Wijngaarde]]. Bijgaand een kopie van de bankpas (zwart gemaakt behalve de laatste cijfers).

Met vriendelijke groet,
[[p:Marloes Dekker]]
{{o:Xtra}} | {{o:SWT Schilderswijk}}
M [[ph:06 21 48 60 93]] | E [[e:m.dekker@xtra.nl]]
Bereikbaar: ma-di-do 8.30-16.30
""",
)

T(
    "em",
    """
Van: [[e:planning@hwwzorg.nl]]
Aan: [[e:swt.laak@denhaag.nl]]
Verzonden: [[d:donderdag 18 april 2024]] 15:48
Onderwerp: start zorg [[a:Sweelinckstraat 60-I]]

Geachte collega,

Wij bevestigen de start van huishoudelijke ondersteuning (3 uur per week) per [[d:maandag 29 april]] op bovenstaand adres, [[pc:2517 GZ]]. Onze medewerker komt op maandagochtend. Indicatienummer: [[do:WMO-2024-019306]].
Bij vragen kunt u contact opnemen met [[p:Nadia Bouali]], planner, via [[ph:06 - 52 19 83 07]].

Met vriendelijke groet,
Afdeling Planning {{o:HWW Zorg}}
""",
)

T(
    "em",
    """
Re: DigiD-machtiging

Hoi [[p:Fleur]],

Dat lukt niet via mijn account, de machtiging moet door dhr. zelf worden aangevraagd op het {{o:Servicepunt XL}}. Zijn gegevens voor de afspraak: BSN [[b:693919401]], geb. [[d:11-11-1958]]. Ik heb een afspraak gemaakt op [[d:woensdag 24 april]] 10:20.

[[p:Youssef]]

Op [[d:23 apr. 2024]] om 16:02 heeft [[p:Fleur van Rijn]] <[[e:f.vanrijn@denhaag.nl]]> het volgende geschreven:
> kun jij voor dhr [[p:H.]] even kijken of je via jouw account de machtiging voor Toeslagen kunt regelen?
""",
)

T(
    "em",
    """
Onderwerp: aanmelding schuldhulpverlening – gegevens cliënt

Beste collega's van {{o:GKB}},

Hierbij de aanmelding van mw. [[p:Ivone Lopes Fortes]]:
- geboren [[d:21 juli 1971]] te Praia (Kaapverdië)
- BSN [[b:5586.14.000]]
- adres [[a:Delftselaan 44-II]], [[pc:2512 RD]]
- tel. [[ph:070-3652917]] / [[ph:06 11 55 38 29]] (dochter [[p:Djenifer]])
- rekening [[i:NL43SNSB7793986341]]
Toestemmingsverklaring getekend op [[d:17-4-2024]], zit in de bijlage.

Groet,
[[p:Joost Alberts]]
""",
)

T(
    "ch",
    """
belrondje vrijdag (voor [[p:Ans]], receptie):
- [[ph:06 18 22 40 91]] mw. [[p:Yıldız]] – herinnering bankafschriften [[d:19/4]]
- [[ph:070 388 41 26]] dhr. [[p:Visser]] – beschikking binnen? zo nee, [[p:Thijs]] laten bellen
- [[ph:+31 6 4120 3386]] zoon mw. [[p:Martina]] – afspraak [[d:15-4]] bevestigen
- [[ph:0644871903]] mw. [[p:Boateng]] – intake verzetten naar [[d:di 23 april]]
thx!!
""",
)

T(
    "ch",
    """
Outlook-agenda export [[p:Samira El Idrissi]], week 16
Ma [[d:15-04-2024]] 09:00-10:00  Huisbezoek [[a:Hildebrandplein 8]] (nazorg)
Ma [[d:15-04-2024]] 13:30-14:30  Intake nieuwe cliënt, {{o:Servicepunt XL}} {{w:Laak}}
Di [[d:16-04-2024]] 10:00-11:00  Overleg {{o:Haag Wonen}} (Teams)
Do [[d:18-04-2024]] 09:30-11:30  MDO {{o:SWT Laak}}
Do [[d:18-04-2024]] 14:00-15:00  Huisbezoek [[a:Slicherstraat 17]], [[pc:2524 HE]]
Vr vrij
""",
)

T(
    "ch",
    """
[[[d:24-04-2024]] 08:12] [[p:Jeroen Bos]]: adres van die nieuwe mevrouw? huisnummer ben ik kwijt
[[[d:24-04-2024]] 08:13] [[p:Anouk de Graaf]]: [[a:Zuidlarenstraat 31-A]], [[pc:2545 VR]]. Bel bij de buren als ze niet opendoet, die hebben een sleutel
[[[d:24-04-2024]] 08:13] [[p:Jeroen Bos]]: 👍
""",
)

T(
    "ch",
    """
to do [[d:29/4]] t/m [[d:3/5]]
☐ BSN's checken in de lijst voor de kwartaalrapportage ([[b:135833012]] klopt niet?? → nagaan bij [[p:Mustafa]])
☐ IBAN mw. [[p:Lopes Fortes]] doorgeven aan {{o:GKB}}: [[i:NL43 SNSB 7793 9863 41]] ✔
☐ adres dhr. [[p:Rahimi]] in alle systemen: [[a:Dr. Lelykade 21-3]], [[pc:2583 CL]]
☐ dossier [[do:2024/0620]] overdragen aan [[p:Priya]]
☐ verlofaanvraag [[d:10 mei]] (brugdag)
""",
)

T(
    "ch",
    """
Teams – chat met [[p:Kevin Koster]]
[[p:Sandra Zwart]] 11:20: [[p:Kev]], welk adres heeft de moeder van [[p:Jordy]] nu? Ze is toch verhuisd?
[[p:Kevin Koster]] 11:24: [[a:Statenlaan 6-hs]], [[pc:2582 GK]]. Telefoon nog hetzelfde: [[ph:06-39 21 55 08]]
[[p:Sandra Zwart]] 11:25: En haar mail? Ik wil de uitnodiging voor het mantelzorgspreekuur sturen
[[p:Kevin Koster]] 11:27: [[e:petra.vdberg72@ziggo.nl]]
""",
)

T(
    "di",
    """
dicteer gegevens nieuwe aanmelding punt naam [[p:pawel lewandowski]] komma geboren [[d:negen juni negentienhonderd achtentachtig]] punt adres [[a:Vlietweg 18 a]] komma postcode [[pc:2266 KA]] Leidschendam komma nee dat is zijn oude adres komma nieuw adres [[a:Hobbemastraat 142]] [[pc:2526 JM]] punt BSN [[b:887 654 848]] punt telefoon [[ph:06 21 30 87 45]] punt einde
""",
)

T(
    "di",
    """
Memo, [[d:donderdag 2 mei]]. Voor de aanvraag bijzondere bijstand van mevrouw [[p:Warsame]]: het rekeningnummer is [[i:NL44 ABNA 7093 1347 59]], ik herhaal, eh, dat staat ook op de kopie van de bankpas. Ten name van [[p:A. Warsame]]. Het gaat om de kosten van de bril van [[p:Abdi]]. Factuur van de opticien is van [[d:24 april]].
""",
)

T(
    "di",
    """
Verslag telefonisch contact met de {{o:SVB}} over de AOW van dhr. [[p:Hartog]]. Ze vroegen zijn BSN, dat is [[b:445630590]], en geboortedatum [[d:1 oktober 1945]]. Er bleek een verkeerd adres bekend, [[a:Hofzichtlaan 220]] in plaats van [[a:Hofzichtlaan 222]], [[pc:2595 ZR]]. Is aangepast. Referentie van het gesprek: [[do:SVB-24-7781203]].
""",
)

T(
    "md",
    """
Actie- en besluitenlijst {{o:SWT Mariahoeve}} – [[d:23-04-2024]]

# | dossier            | actie                                      | wie      | klaar vóór
1 | [[do:SWT-MH-2024-0091]] | CIZ-spoedaanvraag mw. [[p:R.-B.]] nabellen     | [[p:Ineke]]    | [[d:26-04-2024]]
2 | [[do:SWT-MH-2024-0103]] | koffiebezoek dhr. [[p:L.]] (met dochter)       | [[p:Yvonne]]   | [[d:03-05-2024]]
3 | [[do:SWT-MH-2023-1187]] | afsluitbrief versturen                    | [[p:Jeroen]]   | [[d:01-05-2024]]
4 | [[do:SWT-MH-2024-0118]] | adres controleren ([[a:Hofzichtlaan 222]]) | [[p:Anouk]]    | gedaan
5 | –                  | kwartaalcijfers aanleveren aan gemeente   | {{r:teamleider}} | [[d:10-05-2024]]
""",
)

T(
    "md",
    """
Casusoverleg wonen & schulden, [[d:30 april 2024]], {{w:Laak}}
Betrokken adressen (ontruimingsdreiging, signalen {{o:Vroegsignalering}}):
- [[a:Hildebrandplein 8]], [[pc:2525 TG]] – ontruiming aangehouden, traject {{o:GKB}} loopt ([[do:GKB-2024-11291]])
- [[a:Slicherstraat 17]], [[pc:2524 HE]] – achterstand 2 mnd, geen contact, huisbezoek [[d:2/5]]
- [[a:Rijswijkseweg 377]], [[pc:2516 HH]] – betalingsregeling getroffen [[d:26-04]]
- [[a:Trekvlietplein 30-2]], [[pc:2521 EB]] – nieuw signaal {{o:Dunea}}, brief gestuurd [[d:29-04]]
Afspraak: {{r:woonconsulent}} en SWT bellen elkaar wekelijks op donderdag.
""",
)

T(
    "md",
    """
Verslag MDO {{o:SWT Escamp}} [[d:25-4-24]] (kort)
- [[do:2024/0533]]: zitting vandaag, [[p:Fleur]] mee. Uitspraak over 2 wk.
- [[do:2024/0417]]: tracing loopt, geen nieuws. Nieuwe afspraak depot [[d:8-5]].
- [[do:2023/2280]]: bezwaar verstuurd [[d:24-4]], kenmerk gemeente [[do:BZW-2024-00917]].
- [[do:2024/0612]]: valpreventie gestart, {{r:ergotherapeut}} komt [[d:2-5]].
- [[do:2024/0620]]: intake [[d:30-4]] door [[p:Priya]].
Volgende MDO: [[d:16-5-24]].
""",
)

T(
    "md",
    """
Casuïstiek {{o:SWT Spoorwijk}} – [[d:7 mei 2024]]
Inbreng [[p:Ionuț]]: Roemeense familie, 5 personen op 2 kamers, [[a:Rijswijkseweg 120-B]], [[pc:2516 EN]]. Kinderen niet ingeschreven op school. Vader werkt via uitzendbureau in de kassen, moeder thuis, geen Nederlands.
Vragen: huisvesting (overbewoning = handhaving?), school ({{o:Leerplicht}}), zorgverzekering.
Advies team: eerst school (kinderrecht), via {{r:schoolmaatschappelijk werker}}; handhaving niet inschakelen zonder alternatief. Sleutelpersoon [[p:Elena Radu]] ([[ph:06 15 70 48 22]]) vragen mee te gaan.
Actie: [[p:Ionuț]] + [[p:Elena]], huisbezoek [[d:di 14/5]].
""",
)

T(
    "pl",
    """
Les #34 – "De BSN in het onderwerp"
Thema: privacy in de praktijk
Door: [[p:Mustafa Karaca]] ({{r:teamcoördinator}} {{o:SWT Escamp}})

In een interne check vonden we in één maand 23 mails waarin een BSN in de onderwerpregel stond, bijvoorbeeld "aanvraag [[b:140584742]] spoed". Onderwerpregels worden niet versleuteld en komen in logbestanden terecht.
Les: nooit BSN, geboortedatum of adres in het onderwerp. Gebruik het dossiernummer (bv. [[do:2024/0533]]) en zet de rest in de beveiligde bijlage.
Reactie [[p:Fleur van Rijn]]: Betrapt 🙈. Ik pas het aan.
""",
)

T(
    "pl",
    """
Vraag aan de groep (thema ouderen): hoe snel krijgen jullie een sleutelkastje geregeld?

[[p:Anouk de Graaf]] · [[d:26-04-2024]]
Bij ons duurt het gemiddeld 3 weken via de woningcorporatie. Terwijl het bij een mevrouw aan de [[a:Hengelolaan 1230]] echt niet kon wachten.

[[p:Priya Jagessar]] · [[d:26-04-2024]]
Wij regelen het via {{o:Vóór Welzijn}}, die hebben een klusdienst. Contact: [[e:klusdienst@voorwelzijn.nl]], [[ph:06 - 28 31 04 77]] ([[p:Ronald]]).

[[p:Anouk de Graaf]] · [[d:27-04-2024]]
Top, doorgezet!
""",
)

T(
    "lf",
    """
AANVRAAG KWIJTSCHELDING GEMEENTELIJKE BELASTINGEN 2024 (ingevuld met hulp van {{o:Servicepunt XL}})
1. Aanvrager
   Achternaam: [[p:Lopes Fortes]]   Voorletters: [[p:I.]]
   BSN: [[b:558614000]]   Geboortedatum: [[d:21-07-1971]]
   Straat en huisnummer: [[a:Delftselaan 44-II]]   Postcode: [[pc:2512RD]]
   Telefoon: [[ph:070 365 29 17]]   E-mail: [[e:ivonefortes71@hotmail.com]]
2. Partner: n.v.t.
3. Bankrekening(en): [[i:NL43SNSB7793986341]] (betaalrekening), [[i:NL10 ASNB 1623 0820 00]] (spaarrekening, saldo € 112)
4. Aanslagnummer: [[do:2024.0012.7781.3]]
Datum ondertekening: [[d:17 april 2024]]
""",
)

T(
    "lf",
    """
Overzicht BRP-controle kwartaalrapportage Q1 – {{o:SWT Escamp}} (alleen afwijkingen)
BSN          geb.datum    adres in dossier            adres volgens BRP            actie
[[b:643240950]]    [[d:02-06-1951]]   [[a:Melis Blommaertstraat 109]]  [[a:Melis Blommaertstraat 109A]]  dossier aanpassen
[[b:677213311]]    [[d:19-09-1979]]   [[a:Zuiderparklaan 206]]          [[a:Zuiderparklaan 206]]          postcode fout ([[pc:2574 HV]] → [[pc:2574 HW]])
[[b:748268753]]    [[d:07-08-1944]]   [[a:Dedemsvaartweg 431]]         geen inschrijving            navragen ([[p:A. Mol]])
[[b:860868606]]    [[d:11-03-1976]]   chalet Kijkduin             [[a:Machiel Vrijenhoeklaan 175]]  briefadres? ([[p:P. Jagessar]])
Gecontroleerd door [[p:M. Karaca]] op [[d:12-04-2024]].
""",
)

T(
    "lf",
    """
{{o:Haag Wonen}}
Mevrouw [[p:N. Azzouzi]]
[[a:Hildebrandplein 8]]
[[pc:2525 TG]] Den Haag

Den Haag, [[d:4 april 2024]]
Ons kenmerk: [[do:HW/INC/2024/03318]]
Huurcontractnummer: [[do:0418-22071]]

Betreft: aanhouden ontruiming

Geachte mevrouw [[p:Azzouzi]],

Op verzoek van uw {{r:maatschappelijk werker}} houden wij de ontruiming van uw woning aan tot [[d:1 juli 2024]], onder voorwaarde dat de lopende huur vanaf [[d:1 april 2024]] iedere maand op tijd wordt betaald via de {{o:Gemeentelijke Kredietbank}}. Uw achterstand van € 1.870,00 wordt meegenomen in het schuldhulpverleningstraject.

Met vriendelijke groet,
[[p:B. Hoogendoorn]]
{{r:Medewerker Huurincasso}}
""",
)

T(
    "lf",
    """
Aanmelding dagbesteding – formulier {{o:Stichting MOOI}}
Deelnemer: dhr. [[p:Mehmet Öztürk]]      Geboortedatum: [[d:04-04-1952]]
Adres: [[a:Parallelweg 38-A]]             Postcode/plaats: [[pc:2525 NC]] Den Haag
Telefoon thuis: [[ph:070-3801224]]      Mantelzorger: [[p:Hatice Öztürk]] (echtgenote), [[ph:06-22 48 17 03]]
Huisarts: praktijk [[p:Sedney]], {{w:Transvaal}}
Wmo-beschikking: [[do:WMO-2024-021177]], geldig van [[d:1-5-2024]] tot [[d:30-4-2025]]
Dagen: dinsdag en donderdag      Vervoer: {{o:Haagse Taxi}}, ophalen 9.15
Bijzonderheden: halfzijdig verlamd na CVA, spreekt Turks, eet halal.
""",
)

T(
    "lf",
    """
BEZOEKRAPPORT HUISBEZOEK (formulier {{o:Vroegsignalering}} schulden)
Datum bezoek: [[d:2 mei 2024]]              Medewerker: [[p:S. El Idrissi]]
Adres: [[a:Slicherstraat 17]], [[pc:2524 HE]]
Aangetroffen: ja / nee (doorhalen) → nee
Achtergelaten: brief + kaartje met nummer [[ph:06 48 27 19 03]]
Signalen: huurachterstand 2 mnd ([[do:HW/INC/2024/03562]]), energie ({{o:Eneco}}, [[do:EN-88120477]])
Vervolg: tweede bezoek [[d:8 mei]], daarna melding {{o:Team Zorg en Overlast}} bij geen contact.
""",
)

T(
    "cn",
    """
Verzonden sms-herinneringen (export afsprakenmodule), week 18
[[d:29-04-2024]] 17:00  naar [[ph:+31612998430]]  "Herinnering: afspraak wijkteam morgen 10:00 bij u thuis."
[[d:29-04-2024]] 17:00  naar [[ph:+31687234519]]  "Herinnering: afspraak wijkteam morgen 11:30, {{o:Servicepunt XL}} {{w:Laak}}."
[[d:01-05-2024]] 17:00  naar [[ph:+31644871903]]  "Herinnering: afspraak wijkteam morgen 09:00, Gezondheidscentrum."
[[d:02-05-2024]] 17:00  naar [[ph:+31685520173]]  niet afgeleverd (nummer buiten gebruik)
Actie: nummer laatste cliënt controleren ([[do:SWT-SW-2024-0388]]).
""",
)

T(
    "em",
    """
Onderwerp: Re: plek in Turkse koffieochtend

Beste [[p:Yasemin]],

Meneer en mevrouw zijn van harte welkom vanaf [[d:dinsdag 14 mei]]. De ochtend is in {{o:wijkcentrum De Mussen}}, [[a:Van Ostadestraat 174]] (ingang zijkant). Kunnen jullie de eerste keer meekomen? Dan vangen wij ze op.

Hartelijke groet,
[[p:Burcu Arslan]]
{{r:Coördinator vrijwilligers}} | {{o:Stichting MOOI}}
T [[ph:070 - 205 44 81]] | M [[ph:06 - 83 27 11 94]]
[[e:b.arslan@mooiwelzijn.nl]]

Van: [[p:Yasemin Çelik]] <[[e:y.celik@xtra.nl]]>
Verzonden: [[d:woensdag 8 mei 2024]] 11:02
Onderwerp: plek in Turkse koffieochtend
""",
)

T(
    "ch",
    """
[[p:Ayşe Demir]] 15:02
[[p:Frank]], voor de terugbetaling van de borg van mw [[p:Yıldız]]: moet die naar haar eigen rekening of naar de beheerrekening?

[[p:Frank de Haan]] ({{o:GKB}}) 15:09
beheerrekening graag, [[i:NL12INGB1389020016]] o.v.v. [[do:GKB-2024-11839]]. Niet naar [[i:NL51 INGB 2269 2939 26]], die is vanaf [[d:1 mei]] alleen nog leefgeld

[[p:Ayşe Demir]] 15:10
👍 geef ik door aan de verhuurder
""",
)


# ================================================================ build
MARK = re.compile(r"\[\[([a-z]+):(.+?)\]\]|\{\{([a-z]+):(.+?)\}\}", re.S)


def strip_markup(marked):
    out, pii, keep, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1):
            tag, span, dest, table = m.group(1), m.group(2), pii, PII
        else:
            tag, span, dest, table = m.group(3), m.group(4), keep, KEEP
        if tag not in table:
            raise ValueError("unknown tag %r in %r" % (tag, m.group(0)))
        dest.append({"start": length, "end": length + len(span), "label": table[tag], "text": span})
        out.append(span)
        length += len(span)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise ValueError("leftover markup %r in: %s" % (bad, text[:80]))
    return text, pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def verify(rec):
    text = rec["text"]
    spans = sorted(rec["pii"] + rec["keep"], key=lambda x: (x["start"], x["end"]))
    for sp in spans:
        assert text[sp["start"] : sp["end"]] == sp["text"], (rec["id"], sp)
        assert sp["text"] == sp["text"].strip(), (rec["id"], sp)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], ("overlap", rec["id"], a, b)
    for sp in rec["pii"]:
        if sp["label"] == "bsn":
            assert bsn_ok(sp["text"]), ("bad bsn", rec["id"], sp)
        if sp["label"] == "iban":
            assert iban_ok(sp["text"]), ("bad iban", rec["id"], sp)
    assert rec["pii"], ("no pii", rec["id"])


def main():
    order = list(range(len(TEXTS)))
    random.Random(58).shuffle(order)
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "heldout58.jsonl")
    records = []
    for n, i in enumerate(order):
        register, marked = TEXTS[i]
        text, pii, keep = strip_markup(marked)
        rec = {"id": "ho58-%04d" % n, "text": text, "pii": pii, "keep": keep}
        verify(rec)
        records.append(rec)
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts_p, counts_k = {}, {}
    for rec in records:
        for sp in rec["pii"]:
            counts_p[sp["label"]] = counts_p.get(sp["label"], 0) + 1
        for sp in rec["keep"]:
            counts_k[sp["label"]] = counts_k.get(sp["label"], 0) + 1
    regs = {}
    for r, _ in TEXTS:
        regs[r] = regs.get(r, 0) + 1
    words = sum(len(r["text"].split()) for r in records)
    print("wrote %s: %d texts, %.0f words/text" % (out_path, len(records), words / len(records)))
    print("registers:", regs)
    print(
        "pii:", dict(sorted(counts_p.items(), key=lambda x: -x[1])), "total", sum(counts_p.values())
    )
    print("keep:", counts_k)


if __name__ == "__main__":
    main()
