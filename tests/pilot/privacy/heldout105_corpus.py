#!/usr/bin/env python3
"""Held-out corpus 105: the case-lesson platform of the pilot "Samen werken in het
sociale domein" (Hague social neighbourhood teams Laak, Transvaal, Schilderswijk,
Duindorp, Mariahoeve): draft lessons with fields, reviewer comments asking to remove
names, thread replies quoting a lesson, session minutes with attendance lists, action
lists with owners and deadlines, and snippets pasted from case systems, letters and
WhatsApp.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout105.jsonl next to itself.
About one text in ten has no personal data at all (properly anonymised lessons,
agendas, platform notices); these have an empty "pii" list.
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

# Numbers that are typed wrongly on purpose (fail the 11-check / mod-97) but are
# still personal data.
BAD_OK = set()

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Draft lessons with fields (concept-casuslessen), careful and hasty writers
# ---------------------------------------------------------------------------
add(r"""
CONCEPT – niet publiceren
Titel: Moeder en zoon vast in de schuldenspiraal
Thema: schulden / jeugd
Team: SWT {{w:Laak}}
Ingediend door: [[p:Fatima Bouchtaoui]] ({{r:maatschappelijk werker}})
Datum indiening: [[d:03-03-2025]]

Situatie
Mevrouw [[p:Gülsüm Arslan]] (44) woont met haar zoon [[p:Burak]] (16) en dochter [[p:Elif]] (11) op de [[a:Van Musschenbroekstraat 77-B]]. Vader is sinds 2022 uit beeld. Er zijn schulden bij {{o:Eneco}}, {{o:Zilveren Kruis}} en het {{o:CJIB}}, samen ruim € 9.000. [[p:Burak]] verkoopt spullen via Marktplaats om de boodschappen te betalen en gaat nauwelijks nog naar school.

Wat deden we
Samen met de {{r:leerplichtambtenaar}} en de {{r:jeugdconsulent}} van het {{o:CJG}} één gesprek aan de keukentafel in plaats van drie losse trajecten.

Wat werkte
Het gesprek niet beginnen bij de schulden maar bij [[p:Burak]]'s zorgen.

Les voor andere teams
Kinderen dragen schulden vaak mee zonder dat iemand het vraagt. Vraag het.

Toestemming cliënt: ja, getekend [[d:14 feb. 2025]]
=====
Titel: Eenzaam in Mariahoeve, maar niet alleen
Thema: ouderen
Wijk: {{w:Mariahoeve}}
Auteur: {{r:ouderenconsulent}} ([[p:G. Winter]])

Situatie: Een vrouw van 86 woont al 50 jaar in dezelfde flat. Haar man overleed in 2023. Ze eet slecht, slaapt overdag en zegt "ik wil niemand tot last zijn". Haar dochter woont in Zeeland en belt elke zondag.
Aanpak: Eerst drie keer langs met een kleine boodschap, pas daarna over hulp praten. Via {{o:Vóór Welzijn}} een maatje gezocht dat ook van kaarten houdt. Huishoudelijke hulp via de {{r:Wmo-adviseur}}.
Resultaat na vier maanden: ze gaat elke woensdag naar de koffieochtend in het wijkcentrum.
Les: Vertrouwen komt vóór indicatie. Tel de bezoeken niet, tel de stappen.
=====
Titel concept: vrouw wil niet weg bij partner
Thema: huiselijk geweld
Team: {{w:Transvaal}}
Schrijver: [[p:J. van Rijn]]

Sit.: [[p:Saba Ghebreyesus]] (31), 2 kinderen ([[p:Selam]] 6 jr, [[p:Natan]] 3 jr), wonend [[a:Schalk Burgerstraat 340]] 3-hoog. Partner [[p:Filmon]] drinkt, sinds zomer 2024 meerdere incidenten. Melding {{o:Veilig Thuis}} op [[d:9/10/2024]], zaaknr [[z:VT-24-088143]].
Wat we deden: veiligheidsplan met mevrouw zelf, tolk Tigrinya, contact met {{o:Fier}}? (nog checken of dat de goede org is)
Wat werkte: mevrouw zelf laten bepalen wat 'veilig' betekent.
Les: niet te snel opvang aanbieden
=====
Titel: Bemoeizorg op de drempel
Thema: bemoeizorg
Wijk: {{w:Duindorp}}
Ingediend: [[p:Marjolein de Vos]], {{r:wijkverpleegkundige}}

Situatie
Een man van 67, vroeger visser, woont alleen. Buren klagen over stank en ongedierte. Hij doet niet open voor hulpverleners maar wel voor de bakker.

Aanpak
We zijn met de bakker gaan praten (met toestemming van meneer, later). De bakker nam ons een keer mee naar binnen. Daarna {{o:GGD Haaglanden}} en de {{r:woonconsultant}} van {{o:Haag Wonen}}.

Wat werkte
Iemand uit zijn eigen wereld als brug.

Wat niet werkte
De brief met het logo van de gemeente. Die ging ongelezen bij het oud papier.

Les
Zoek eerst wie hij al vertrouwt.
=====
Titel: Gezin [[p:van den Berg-El Idrissi]]: drie schuldeisers, één plan
Thema: schulden
Team: SWT {{w:Schilderswijk}}
Auteur: [[p:Hanane Aouragh]]
Dossier: [[z:SWT-SW-2024-0417]]

Situatie
[[p:Sanne van den Berg-El Idrissi]] (38) en haar man [[p:Youssef El Idrissi]] (41) hebben vier kinderen. Hij werkt in ploegendienst bij een distributiecentrum, zij is thuis. Schulden: huur ({{o:Staedion}}), zorgverzekering en een lening bij familie. BKR-registratie sinds 2021.

Aanpak
- {{r:schuldhulpverlener}} [[p:Sevda Öztürk]] meegenomen naar het eerste gesprek
- budgetplan met twee potjes
- afspraak met {{o:Staedion}} over een regeling van € 85 per maand

Les voor andere teams
Zet de schuldhulpverlener al aan tafel vóór de intake, niet erna.
=====
CONCEPT v0.2 (nog niet geanonimiseerd!!)
Titel: jongen van 19 zonder start
Thema: jeugd 18-/18+
Wijk: {{w:Transvaal}}

situatie: [[p:quincy]] ([[p:Quincy Sint Jago]], geb. [[d:02-08-2005]]) woont bij moeder [[p:Roxanne Winklaar]] op de [[a:Vaalrivierstraat 61-1]]. Geen startkwalificatie, studieschuld {{o:DUO}} van een afgebroken mbo-opleiding, boete ov-chipkaart nee van de {{o:NS}}. Hangt rond bij het plein.
gedaan: {{r:jongerenwerker}} [[p:Dion]] gekoppeld, samen naar {{o:Werkgeversservicepunt}}. 
les: na je 18e valt alles tegelijk weg (jeugdhulp, kinderbijslag, schoolverband). Begin bij 17,5.
=====
Titel: Man van 58 met pensioenbrief die niemand begreep
Thema: schulden
Wijk: {{w:Laak}}
Ingediend [[d:24-02-2025]] door [[p:Ahmet Yavuz]]
Situatie: Poolse man, sinds 2009 in Nederland, werkt via uitzendbureaus in de kassen. Kreeg een brief over een terugvordering van de {{o:SVB}} (kinderbijslag over twee jaar, € 4.312). Hij dacht dat het een reclamebrief was.
Aanpak: Samen met een vrijwilliger die Pools spreekt de brief gelezen, bezwaar ingediend binnen de termijn, betalingsregeling van € 50 per maand.
Les: Vraag bij elke cliënt uit Midden- en Oost-Europa welke brieven hij níet opent. Daar zit het probleem.
Toestemming: ja
=====
Titel: ouderpaar [[p:autar]] – mantelzorg over grenzen
Thema: ouderen
Team: {{w:Mariahoeve}}
Ingediend door: [[p:roshni mangroe]]

Meneer [[p:Autar]] (79) zorgt voor zijn vrouw [[p:Sarita]] (77) die sinds een beroerte half verlamd is. Ze wonen op [[a:Tarwekamp 143]], 6e verdieping, lift valt vaak uit. Zoon [[p:Vikash]] jr. woont in Almere en vindt dat pa 'het wel redt'. Meneer zelf viel in januari van de trap.
We hebben een {{r:casemanager dementie}} niet nodig maar wel respijtzorg. Via {{o:Florence}} dagopvang 2x per week.
Les: Vraag de mantelzorger hoe het met híem gaat, los van zijn vrouw.
=====
Titel: Wie is hier eigenlijk de cliënt?
Thema: jeugd
Wijk: {{w:Schilderswijk}}
Auteur: [[p:Femke Lange]]
Situatie: Een moeder met vier kinderen, de oudste twee spijbelen. Vader woont in het buitenland. Er zijn zes hulpverleners betrokken, allemaal met een eigen plan.
Wat we deden: één gezinsplan, één regisseur, de rest schuift aan. De moeder koos zelf wie dat werd.
Wat werkte: de moeder liet de hulpverleners die ze niet nodig vond zelf weten dat ze konden stoppen.
Les: Eén gezin, één plan is geen slogan, het is een afspraak die je elke maand opnieuw moet maken.
=====
Titel: Na de opname terug naar een lege woning
Thema: bemoeizorg
Team: SWT {{w:Duindorp}}
Ingediend: [[d:11 maart]], [[p:Bram Visser]] ({{r:casusregisseur}})
Situatie: Meneer [[p:Ronald Pattipeilohy]] (63) kwam na zes weken uit het {{o:HMC Bronovo}} terug. Stroom was afgesloten, koelkast bedorven, post van zes weken op de mat. Zijn zus [[p:Frieda Wattimena]] belde ons op [[d:za 1-3]].
Aanpak: noodaansluiting, voedselpakket, {{r:wijkverpleegkundige}} twee keer per week.
Les: Maak een ontslagafspraak met het ziekenhuis zodra bekend is dat iemand alleen woont.
=====
Titel: Taal als drempel bij huiselijk geweld
Thema: huiselijk geweld
Team: {{w:Laak}}
Schrijver: {{r:maatschappelijk werker}} ([[p:Nel]])
Laatst gewijzigd: [[d:9-3-2025]]
Situatie: Een vrouw uit Polen belde drie keer naar het algemene nummer 14 070 en hing steeds op omdat ze in het Nederlands te woord werd gestaan. De vierde keer kreeg ze een collega die Engels sprak.
Wat werkte: een kaartje in het Pools met het nummer van {{o:Veilig Thuis}} (0800-2000) en de naam van één vaste contactpersoon in ons team.
Les: Zorg dat de eerste stem die iemand hoort een taal spreekt die zij begrijpt.
=====
titel: [[p:sjaak]]
thema: bemoeizorg
wijk: {{w:duindorp}}
tekst: nog invullen, zie dossier [[z:DD-0921]] en mail van [[p:dirk]] (broer??)
=====
Titel: Kinderen als tolk bij de schuldhulp
Thema: jeugd / schulden
Wijk: {{w:Schilderswijk}}
Auteur: [[p:Kiran Bhoelai]], {{r:MEE-consulent}}

Situatie
[[p:Hawa Nuur]] (36) heeft vier kinderen; de oudste, [[p:Sahra]] (13), vertaalt alle brieven en gesprekken. Toen bleek dat [[p:Sahra]] zelf de betalingsregeling met de {{o:Belastingdienst}} had getekend (!), zijn we geschrokken.

Wat deden we
- professionele tolk (Somalisch) ingezet via de tolkentelefoon
- [[p:Sahra]] aangemeld bij de {{r:jongerenwerker}} voor iets voor háár
- mevrouw [[p:Nuur]] gekoppeld aan een vrouwengroep bij {{o:Stichting MOOI}}

Les
Gebruik nooit een kind als tolk, ook niet 'even'.
=====
Titel: Vader met PTSS en een stapel aanmaningen
Thema: schulden
Team: {{w:Laak}}
Ingediend door: [[p:Sevda Öztürk]]
Casus: [[z:SHV-2024-3381]]
Situatie: [[p:Farid Noori]] (47) kwam in 2016 uit Afghanistan. Hij opent geen post meer sinds zijn vrouw [[p:Masouda]] vorig jaar overleed. Achterstand huur € 2.650, energie € 1.100.
Aanpak: eerst naar de {{r:huisarts}} (dr. [[p:Kraai]]) voor de PTSS, daarna pas schuldhulp. Zoon [[p:Habib]] (20) mocht mee naar de gesprekken.
Les: Schuldhulp zonder rust in het hoofd houdt geen stand.
Contact voor vragen: [[t:06-41 22 90 13]] (werktelefoon [[p:Sevda]])
=====
Titel: Signalen van ouderenmishandeling (financieel)
Thema: ouderen / huiselijk geweld
Wijk: {{w:Mariahoeve}}
Auteur: [[p:Tineke Mulder]]
Situatie: Een weduwnaar van 88 gaf zijn pinpas aan een kleinzoon "voor de boodschappen". Binnen drie maanden was € 11.000 van zijn spaarrekening verdwenen. De bank belde ons.
Aanpak: gesprek met meneer alleen, daarna met de kleinzoon erbij. Melding {{o:Veilig Thuis}} in overleg. {{r:bewindvoerder}} aangevraagd bij de kantonrechter.
Les: Financiële uitbuiting is huiselijk geweld. Behandel het ook zo.
=====
Titel: Van 'lastige buurman' naar 'buurman met een verhaal'
Thema: bemoeizorg
Team: SWT {{w:Duindorp}}
Ingediend door: [[p:Dion Coffie]], {{r:welzijnscoach}}
Situatie: Meneer [[p:Koning]] ([[p:Jan]], 71) schreeuwt al maanden tegen buren op de galerij. Woningcorporatie wilde een ontruimingsprocedure. Bij het huisbezoek bleek hij bijna doof en zonder hoorapparaat sinds zijn vrouw [[p:Ria]] overleed. Zij regelde alles.
Aanpak: hoortest via de {{r:huisarts}}, hoorapparaat via de zorgverzekering, buurtbemiddeling door {{o:Buurtbemiddeling Den Haag}}.
Les: Achter overlast zit vaak een verlies.
=====
TITEL: Jonge moeder, geen huis, wel een baby
THEMA: jeugd / bemoeizorg
WIJK: {{w:Transvaal}}
AUTEUR: [[p:Lotte Brouwer]] ({{r:jeugdconsulent}} {{o:CJG}})

SITUATIE
[[p:Mireille]] (20) slaapt met haar baby bij wisselende vrienden. Ingeschreven op een briefadres bij {{o:Kessler Stichting}}. De {{r:jeugdverpleegkundige}} zag haar op het consultatiebureau op [[d:dinsdag 21 januari]].

WAT WERKTE
Eén telefoontje van onze {{r:casusregisseur}} naar de {{o:Centrale Toegang}}, in plaats van een formulier.

LES
Wachtlijsten voor jonge moeders met een baby zijn geen wachtlijsten maar risico's.
=====
Titel: Een buurvrouw die te veel wist
Thema: huiselijk geweld
Wijk: {{w:Schilderswijk}}
Ingediend: [[d:27/02/2025]] ([[p:H. Aouragh]])
Situatie: Een buurvrouw meldde bij het {{o:Servicepunt XL}} dat ze 's nachts geschreeuw hoorde. Ze wist de namen van iedereen in het gezin, ook van de kinderen, en vertelde het aan de hele galerij.
Wat deden we: de melding serieus genomen, een huisbezoek samen met de {{r:wijkagent}}, en met de buurvrouw apart gesproken over wat ze wel en niet doorvertelt.
Les: Een signaal uit de buurt is goud, maar bescherm het gezin ook tegen de buurt.
=====
Titel: "Mijn dochter regelt alles" – tot ze dat niet meer deed
Thema: ouderen
Team: SWT {{w:Mariahoeve}}
Auteur: [[p:Gerrit Winter]]
Situatie: mw. [[p:Groen]] ([[p:Wilma]], 86), [[a:Haverkamp 27]], [[pc:2592 CK]]. Dochter [[p:Karin de Haan-Groen]] deed alle financiën en boodschappen. In december kreeg [[p:Karin]] zelf een burn-out en stopte van de ene op de andere dag. Niemand wist welke rekeningen er liepen.
Aanpak: met [[p:Karin]]'s toestemming haar map met wachtwoorden doorgenomen, machtiging DigiD geregeld, {{r:casemanager dementie}} [[p:Tineke Mulder]] erbij voor de beginnende vergeetachtigheid.
Les: Maak bij élke oudere met één mantelzorger een 'wat als'-lijstje.
=====
Titel: Arbeidsmigrant op straat na ontslag
Thema: bemoeizorg
Wijk: {{w:Laak}}
Situatie: [[p:Rumen Iliev]] (34) verloor baan én kamer op dezelfde dag: huisvesting hoorde bij het contract van het uitzendbureau. Hij sliep drie weken in het Zuiderpark.
Aanpak: {{o:Barka}} voor contact in het Bulgaars, {{o:Fairwork}} voor het achterstallig loon, tijdelijk bed via de nachtopvang.
Les: Bij arbeidsmigranten is werk = huis = verzekering. Valt één weg, valt alles weg.
Toestemming: mondeling, nog schriftelijk vastleggen
=====
Titel: Wat we leerden van een jaar zonder diagnose
Thema: bemoeizorg
Wijk: {{w:Transvaal}}

Geen personalia opgenomen (zie richtlijn).

Situatie
Een man van rond de 50 leeft al jaren teruggetrokken, zonder inkomen, zonder zorgverzekering. De {{r:huisarts}} kende hem niet. De buren brachten eten.

Wat we deden
Eén {{r:casusregisseur}}, wekelijks hetzelfde tijdstip aan de deur. Na elf weken mocht ze binnen. Na vijf maanden was er een uitkering, na acht maanden een afspraak bij de {{o:GGZ}}.

Les
Volhouden is een interventie. Schrijf het ook zo op in je verantwoording.
=====
Titel: Kind op de zolder
Thema: jeugd
Team: {{w:Duindorp}}
Door: [[p:marjolein]]
Sit.: meisje 14 jr (zie [[z:CJG-2025-00212]]), komt al 2 mnd haar kamer niet uit. Ouders ([[p:Hoek]]) schamen zich, vragen niks. Vader visser, veel weg. School belde ons na 38 verzuimdagen.
Gedaan: 1 gesprek bij opa en oma thuis ([[a:Westduinweg 214]]), daar voelde zij zich veilig. Daarna {{o:Youz}}.
Les: de plek van het gesprek ís de interventie
=====
Titel: Als de vrouw weg is, begint het pas
Thema: huiselijk geweld
Team: SWT {{w:Laak}}
Ingediend door: [[p:Fatima B.]]
Situatie: [[p:Katarzyna Lewandowska]] (29) vluchtte in november met haar zoon [[p:Kuba]] (4) naar de {{o:Blijf Groep}}. Na zes weken kreeg ze een woning via urgentie aan de [[a:Goeverneurlaan 530]]. Daar stond ze alleen: geen meubels, geen netwerk, ex-partner [[p:Marek]] wist binnen twee weken het adres.
Aanpak: adres afgeschermd in de BRP, nieuwe school voor [[p:Kuba]], tweewekelijks contact met onze {{r:maatschappelijk werker}}.
Les: De nazorg na de opvang verdient net zoveel aandacht als de vlucht zelf.
=====
Titel: Dertig jaar dezelfde kroeg, nu alleen thuis
Thema: ouderen / bemoeizorg
Wijk: {{w:Duindorp}}
Door: [[p:hennie]]
Situatie: Een oud-havenwerker (74) ging elke dag naar hetzelfde café. Sinds dat dichtging zit hij thuis en drinkt hij daar. Zijn zoon belde ons vanuit Spanje.
Aanpak: de voormalige kroegbaas ingeschakeld, die in het buurthuis een 'stamtafel' is begonnen op donderdagmiddag. {{o:Brijder}} voor de alcohol, op zijn tempo.
Les: Eenzaamheid bij mannen ziet er anders uit. Zoek de plek, niet de activiteit.
=====
Titel: Syrisch gezin, zoon ontspoort
Thema: jeugd
Wijk: {{w:Transvaal}}
Schrijver: [[p:Joost van Rijn]]
Situatie
Familie [[p:Al-Masri]]: vader [[p:Khaled]], moeder [[p:Rasha Sabbagh]], zoon [[p:Yaman]] (15), twee dochters. Sinds 2019 in Nederland. [[p:Yaman]] is twee keer opgepakt voor winkeldiefstal (pv-nummer [[z:PL1500-2024112233]]). Vader schaamt zich en slaat.
Aanpak
{{o:Jeugdbescherming west}} wilde een OTS, wij vroegen eerst zes weken vrijwillig. {{r:ervaringsdeskundige}} [[p:Yasmina Ouchan]] sprak met moeder in het Arabisch.
Les
Schaamte kun je niet wegnemen met een maatregel.
""")

# ---------------------------------------------------------------------------
# 2. Reviewer comments on draft lessons
# ---------------------------------------------------------------------------
add(r"""
haal de naam van de zoon eruit
=====
Opmerking reviewer bij regel 4: "[[p:Burak]]" graag vervangen door "de zoon". Ook "[[p:Elif]]" → "de dochter". De leeftijden mogen blijven staan.
=====
@[[p:Fatima]] je hebt het adres nog laten staan ([[a:Van Musschenbroekstraat 77-B]]). En de datum van de handtekening hoort in het toestemmingsveld, niet in de tekst. Verder mooie les!
=====
Zaaknummer [[z:VT-24-088143]] eruit aub, dat is rechtstreeks herleidbaar via {{o:Veilig Thuis}}.
=====
In de titel staat nog de achternaam van het gezin. Maak er "Gezin met vier kinderen: drie schuldeisers, één plan" van? – [[p:Ingrid]]
=====
Reviewer: [[p:Ingrid Soplantila]] ({{r:privacyfunctionaris}})
Status: terug naar auteur
Toelichting: '[[p:Sjaak]]' is weliswaar een bijnaam, maar in {{w:Duindorp}} kent iedereen hem onder die naam. Ook de combinatie "oud-visser, 67, woont alleen, bakker op de hoek" maakt hem herkenbaar. Graag algemener.
=====
naam dochter eruit. en dr [[p:kraai]] ook
=====
"twee kinderen ([[p:Selam]] 6 jr, [[p:Natan]] 3 jr)" → "twee jonge kinderen". Het geboorteland kan blijven, dat is relevant voor de les (tolk).
=====
Ik zie dat je "mw. [[p:G.]]" schrijft, maar met de leeftijd, de flat en het sterfjaar van haar man erbij is ze alsnog te herkennen. Maak er "een vrouw van achter in de tachtig" van en laat de verdieping weg.
=====
Het 06-nummer van [[p:Sevda]] hoort niet in een les die alle teams lezen. Verwijs naar het algemene nummer van het team of naar het platform zelf.
=====
Goedgekeurd door [[p:I. Soplantila]] op [[d:18-03-2025]]. Gepubliceerd in de themabibliotheek 'ouderen'.
=====
Status gewijzigd: concept → in review (door [[p:Hanane Aouragh]], [[d:5 mrt 2025]] 10:42)
=====
Review [[p:P. Hoek]] ({{o:Crossover}}):
+ sterke les, goed dat je opschrijft wat níet werkte
- de naam van de {{r:ervaringsdeskundige}} ([[p:Yasmina]]) mag wat mij betreft blijven als zij dat goed vindt, maar vraag het haar even
- pv-nummer weg
- "vader schaamt zich en slaat" is heel stellig voor een les die buiten het team gelezen wordt, kun je het iets zorgvuldiger formuleren?
=====
alles prima behalve: r.2 "[[p:quincy]]" en r.3 geboortedatum. en moeder's naam. ook de straat. eigenlijk hele situatieblok opnieuw graag 🙈
=====
Beste [[p:Bram]],
Dank voor je les. Twee dingen: in de eerste zin noem je meneer bij naam ([[p:Pattipeilohy]]) en zijn zus ([[p:Frieda Wattimena]]). Beiden eruit. En de datum waarop de zus belde ([[d:za 1-3]]) is niet nodig voor de les: "op een zaterdag" zegt hetzelfde.
Groet, [[p:Ingrid]]
=====
Geen opmerkingen, de les is goed geanonimiseerd. Akkoord voor publicatie.
[[p:I. Soplantila]], [[d:20 maart 2025]]
=====
Reactie reviewer: de les bevat geen namen meer, maar "de enige Eritrese vrouw met twee kinderen in dat portiek" is in een kleine buurt net zo herkenbaar als een naam. Kun je de woonsituatie vager maken?
=====
@[[p:roshni]] "[[p:Autar]]" staat er 1x in en "[[p:Sarita]]" 2x. en adres [[a:Tarwekamp 143]] + 6e verdieping. graag alles eruit
=====
Let op: je hebt bij 'contact voor vragen' je eigen mailadres gezet ([[e:s.ozturk@shvdenhaag.nl]]). Dat mag, jij bent geen cliënt, maar weet dat het in de hele bibliotheek zichtbaar is. Liever de functionele mailbox van het team.
=====
Opm. [[p:Joost]]: "[[p:Khaled]]" en "[[p:Rasha]]" staan er nog in bij de aanpak, regel 9 en 11. Verder heb ik "[[p:Al-Masri]]" in de titel van je bijlage zien staan (bestandsnaam!). Die bijlage eruit.
=====
kan de naam van de school eruit? met die naam + groep 7 + Somalisch weet iedereen in de wijk wie het is
=====
Feedback bij concept [[z:CL-LAAK-007]]
1. Titel ok
2. Situatie: naam [[p:Rumen Iliev]] vervangen door "een Bulgaarse man van midden dertig"
3. "Zuiderpark" mag blijven
4. Toestemming is alleen mondeling. Zonder schriftelijke toestemming kunnen we niet publiceren, ook niet geanonimiseerd. Graag eerst laten tekenen.
=====
De bijlage "brief_SVB_[[p:kowalczyk]].pdf" bevat de volledige brief met BSN. Die kan echt niet op het platform, ook niet in concept. Ik heb hem verwijderd. – [[p:I.S.]]
=====
Reviewer [[p:Anneloes]]: inhoudelijk heel sterk. Privacy: "[[p:Mireille]] (20)" → "een jonge moeder van 20". Het consultatiebureaubezoek op [[d:dinsdag 21 januari]] → "bij een bezoek aan het consultatiebureau". De organisaties mogen blijven.
=====
Opmerking: je schrijft "de familie [[p:Hoek]]". Dat is in {{w:Duindorp}} een van de bekendste vissersfamilies. Helemaal weglaten, ook niet afkorten tot "H.".
=====
Heb je toestemming van mevrouw [[p:Lewandowska]] om te schrijven over haar vlucht naar de opvang? Ik zie in het toestemmingsveld niets ingevuld. Zo niet: les in concept laten staan tot dat geregeld is.
=====
Fijne les! Eén ding: "Dertig jaar dezelfde kroeg" in combinatie met de sluiting van dat café vorig jaar... iedereen weet welk café dat was. Misschien "zijn vaste stamkroeg"? Gr. [[p:Gerrit]]
=====
Verzoek van de auteur ([[p:Kiran Bhoelai]]) om de les terug te zetten naar concept. Reden: cliënt trekt toestemming in. Les verborgen op [[d:2 april 2025]] om 16:05.
=====
Wil je in de tekst 'dhr. [[p:K.]]' en 'zijn broer [[p:D.]]' ook weghalen? Initialen zijn in een klein dorp als {{w:Duindorp}} eigenlijk gewoon namen.
""")

# ---------------------------------------------------------------------------
# 3. Discussion threads: replies that quote the lesson
# ---------------------------------------------------------------------------
add(r"""
> Kinderen dragen schulden vaak mee zonder dat iemand het vraagt. Vraag het.

Heel herkenbaar. Bij ons in {{w:Mariahoeve}} zagen we het omgekeerde: een kleindochter van 17 die de schulden van oma bijhield in een schriftje. Niemand wist ervan tot oma in het ziekenhuis lag.
=====
[[p:Emre Kılıç]] schreef op [[d:12-03-2025]] om 09:14:
> Mevrouw [[p:Gülsüm Arslan]] (44) woont met haar zoon [[p:Burak]] (16) en dochter [[p:Elif]] (11)...

@[[p:Emre]] je citeert nog de oude versie met namen, kun je je reactie even aanpassen? De les zelf is inmiddels geanonimiseerd. – moderator
=====
Reactie van [[p:Dion Coffie]] · {{r:welzijnscoach}} · {{w:Duindorp}}
> Zoek eerst wie hij al vertrouwt.
Bij ons was dat de kapper. Echt waar. Meneer ging al 40 jaar elke maand naar dezelfde kapper aan de Visserhavenweg en die heeft uiteindelijk gezegd: "jongen, laat die mevrouw nou eens binnen".
=====
Vraag aan [[p:Hanane]]: hoe hebben jullie {{o:Staedion}} zover gekregen dat ze akkoord gingen met € 85 per mnd? Wij krijgen bij {{o:Haag Wonen}} steeds "minimaal € 150".
=====
> Zet de schuldhulpverlener al aan tafel vóór de intake, niet erna.
Mee eens, maar dan moet de {{o:Schuldhulpverlening}} wel capaciteit hebben. Wachttijd bij ons in {{w:Laak}} is nu 7 weken. [[p:Sevda]] is er één, geen tien 😉
=====
[[p:Mireille Pieternella]] – [[d:11 mrt]]
Dank voor deze les. In {{w:Transvaal}} hebben we vergelijkbare ervaringen met jonge moeders. Misschien goed om dit mee te nemen naar de expertbijeenkomst in april?
=====
Op [[d:do 13 mrt 2025]] 14:22 schreef [[p:Gerrit Winter]]:
>> Maak bij élke oudere met één mantelzorger een 'wat als'-lijstje.
> Hoe ziet zo'n lijstje eruit? Hebben jullie een format?

Ja, ik hang het format hieronder. Het is één A4: wie betaalt wat, waar liggen de wachtwoorden, wie heeft een sleutel, wie bel je als de mantelzorger ziek is. Bij mevrouw [[p:Groen]] hadden we het pas na de crisis. Bij de volgende doen we het ervoor.
=====
[[p:Roshni Mangroe]] | {{w:Mariahoeve}} | [[d:14/03]]
Ik reageer even op [[p:Gerrit]]: ons team gaat dit lijstje vanaf april standaard gebruiken bij keukentafelgesprekken. [[p:Tineke]], jij had nog een versie voor mensen met geheugenproblemen toch?
=====
> "[[p:Yaman]] is twee keer opgepakt voor winkeldiefstal"
Mag ik vragen waarom dit nog in de les staat? Ik dacht dat de namen eruit moesten. Of is dit de versie van vóór de review?
=====
Herkenbaar verhaal. Wij hebben in de {{w:Schilderswijk}} nu een afspraak met de {{r:wijkagent}}: bij een eerste winkeldiefstal van een minderjarige belt hij eerst het wijkteam en pas dan de ouders. Dan kunnen wij erbij zijn als vader het hoort. Scheelt veel klappen, letterlijk.
[[p:Femke Lange]]
=====
Reactie [[p:Yasmina Ouchan]] ({{r:ervaringsdeskundige}}):
Ik vind het prima dat mijn naam genoemd wordt, ik sta er open in. Maar noem de moeder niet, zij heeft mij dat uitdrukkelijk gevraagd.
=====
>> Volhouden is een interventie.
> Mooi gezegd. Maar hoe verantwoord je elf weken aan de deur staan in je urenregistratie?

Wij schrijven het als "outreachend contact" en koppelen het aan het bemoeizorgbudget van de {{o:GGD}}. Vraag even bij [[p:Ruud Post]] van de gemeente, die weet hoe het zit met de financiering.
=====
[[p:joost]] 10:03
@[[p:lotte]] ik heb je les gelezen. de baby was toen 6 weken toch? Bij ons loopt nu iets vergelijkbaars ([[z:TV-0388]]), mag ik je bellen?
=====
[[p:Lotte Brouwer]] 10:41
@[[p:joost]] ja prima, na 14.00 ben ik bereikbaar op [[t:06 2877 4410]]. Zet het casusnummer liever niet in de thread 😉
=====
Reactie van [[p:Marjolein de Vos]] op "Kind op de zolder":
Ik moet iets rechtzetten: de les staat nu online met de achternaam erin ("Ouders ([[p:Hoek]])"). Dat was mijn fout in het concept en het is er bij de review doorheen geglipt. Kan de moderator het aanpassen? Ik kan het zelf niet meer bewerken.
=====
Gemeld als ongepast door [[p:A. Kuipers]]: bericht bevat persoonsgegevens. Bericht verborgen tot de auteur het aanpast.
=====
Mooie les, [[p:Fatima]]. Eén aanvulling vanuit de {{o:Blijf Groep}}: het afschermen van het adres in de BRP duurt vaak langer dan mensen denken (bij ons gemiddeld 3 tot 5 weken). Vraag het dus al aan tijdens de opvang, niet pas bij de verhuizing.
=====
[[p:Ahmet]] reageerde:
> Bij arbeidsmigranten is werk = huis = verzekering.
Dit zou ik op een tegeltje zetten. En het geldt niet alleen voor Bulgaren en Polen: wij hebben hetzelfde gezien bij een Portugese vrouw in {{w:Laak}} die in een hotel schoonmaakte.
=====
Reply op [[p:Kiran]]:
> Gebruik nooit een kind als tolk, ook niet 'even'.
Helemaal mee eens. Maar in de praktijk: de tolkentelefoon is op vrijdagmiddag niet bereikbaar en mevrouw komt juist dan met haar brieven. Wat doen jullie dan? Laten wachten tot maandag?
=====
Antwoord [[p:Kiran]]: wij laten de brief inderdaad liggen tot maandag, tenzij er een deadline in staat. In dat geval bellen we {{o:Tolk- en Vertaalcentrum Nederland}} (spoed kost extra, maar het budget daarvoor is er). Kind als tolk: nooit.
=====
> de {{r:huisarts}} (dr. [[p:Kraai]]) voor de PTSS

Kleine vraag: is dat dezelfde dokter [[p:Kraai]] als aan de Vlamingstraat? Wij hebben haar ook gevraagd mee te denken over een andere casus en ze was erg behulpzaam.
=====
[[p:Mireille]]: Goed punt over de nazorg na opvang. Bij ons ging het precies zo mis met een moeder met drie kinderen: nieuwe woning in {{w:Duindorp}}, waar ze niemand kende, en binnen een maand was ze terug bij hem. Wij leren: woning zoeken in een wijk waar wél netwerk is.
=====
[[p:Pieter Hoek]] ({{o:Crossover}}) reageerde:
Interessant dat drie van de vijf lessen in het thema bemoeizorg dezelfde kern hebben: de ingang is iemand uit het gewone leven (bakker, kapper, kroegbaas). Ik stel voor dat we dat in de startbijeenkomst als rode draad benoemen.
=====
> "Mevrouw belde drie keer naar 14 070 en hing steeds op"
Pijnlijk en herkenbaar. Het algemene nummer heeft geen keuzemenu in het Pools of Bulgaars. Ik heb dit doorgezet naar [[p:Ruud]] bij de gemeente.
=====
Reactie op de les "Van lastige buurman naar buurman met een verhaal":
Hoi [[p:Dion]], wat goed dat je het hoorapparaat noemt. Wij hebben bij meneer [[p:de Vos]] in {{w:Laak}} bijna een ontruiming gehad om dezelfde reden. Hij is nu 91 en hoort weer alles, ook wat zijn buren over hem zeggen 😄
=====
[[p:Hanane Aouragh]] [[d:17-3-2025]] 16:48
> Vraag aan [[p:Hanane]]: hoe hebben jullie {{o:Staedion}} zover gekregen...
Doordat de {{r:schuldhulpverlener}} erbij zat en we een budgetplan konden laten zien. Contactpersoon daar was mw. [[p:Schouten]] van huurincasso, die is heel redelijk. Algemeen nummer {{o:Staedion}}: 088 - 2 86 86 86, vraag naar incasso.
=====
Kunnen we afspreken dat we in reacties geen nieuwe cliëntnamen meer noemen? Ik zie er in deze draad al drie voorbijkomen. Schrijf "een cliënt van ons" of "een meneer uit {{w:Laak}}". Dank!
=====
Hele thread gelezen. Wat ik mis: het perspectief van de kinderen zelf. Hebben we niemand die een les kan schrijven vanuit een jongere? Ik kan het aan onze {{r:jongerenwerker}} vragen. – [[p:Emre]]
=====
↪ [[p:Sevda Öztürk]] antwoordde [[p:Emre Kılıç]]:
Ja zeker, stuur maar door. Het gesprek met de Kredietbank staat voor [[d:woensdag 26 maart]], daarna weet ik meer.
=====
>>> Les: niet te snel opvang aanbieden
>> Ben het hier niet helemaal mee eens, soms is het gewoon nodig
> Natuurlijk, als er acuut gevaar is. De les gaat over de situaties daartussen.

Precies. En die situaties zijn de meerderheid. Misschien de les aanscherpen: "niet te snel opvang aanbieden als het enige antwoord"?
""")

# ---------------------------------------------------------------------------
# 4. Session minutes with attendance lists
# ---------------------------------------------------------------------------
add(r"""
VERSLAG KICK-OFF PILOT "SAMEN WERKEN IN HET SOCIALE DOMEIN"
Datum: [[d:vrijdag 22 november 2024]], 13.00–16.30 uur
Locatie: wijkcentrum, grote zaal (zaal 0.12)
Voorzitter: [[p:Anneloes Kuipers]] ({{o:gemeente Den Haag}})
Notulen: [[p:Ruud Post]]

Aanwezig: alle teamleden van de vijf deelnemende SWT's ({{w:Laak}}, {{w:Transvaal}}, {{w:Schilderswijk}}, {{w:Duindorp}}, {{w:Mariahoeve}}), in totaal 46 personen; namens {{o:Crossover}} [[p:Pieter Hoek]], namens {{o:CAOP}} [[p:Saskia Brink]].

1. Opening
[[p:Anneloes]] heet iedereen welkom en schetst het doel: vier maanden teamoverstijgend werken aan thema's, met een pilotgroep van 20 mensen.

2. Stemming thema's
Uitslag (stemmen via het platform, 46 uitgebracht):
- ouderen 31
- huiselijk geweld 29
- jeugd 27
- bemoeizorg 24
- schulden 22 (aangedragen door {{w:Laak}}, niet op de oorspronkelijke lijst)
Besloten: vijf thema's in plaats van vier, omdat schulden in alle andere thema's terugkomt.

3. Samenstelling pilotgroep
Per team vier mensen. Namen worden vóór [[d:6 december]] doorgegeven aan [[p:Ruud]].

4. Rondvraag
[[p:Marjolein de Vos]] vraagt hoe het zit met privacy op het platform. [[p:Anneloes]]: lessen worden vóór publicatie gecontroleerd door [[p:Ingrid Soplantila]]; daarnaast filtert het platform zelf.

Volgende bijeenkomst: startbijeenkomst begin februari (datum volgt).
=====
Startbijeenkomst pilotgroep – [[d:6 februari 2025]]
Aanwezig (19/20):
[[p:Fatima Bouchtaoui]] (Laak) – [[p:Sevda Öztürk]] (Laak) – [[p:Ahmet Yavuz]] (Laak) – [[p:Nel Kraai]] (Laak)
[[p:Joost van Rijn]] (Transvaal) – [[p:Lotte Brouwer]] (Transvaal/CJG) – [[p:Mireille Pieternella]] (Transvaal) – [[p:Sunil Kalpoe]] (Transvaal)
[[p:Hanane Aouragh]] (Schilderswijk) – [[p:Emre Kılıç]] (Schilderswijk) – [[p:Kiran Bhoelai]] (Schilderswijk) – [[p:Femke Lange]] (Schilderswijk)
[[p:Marjolein de Vos]] (Duindorp) – [[p:Bram Visser]] (Duindorp) – [[p:Dion Coffie]] (Duindorp) – [[p:Hennie Timmer]] (Duindorp)
[[p:Roshni Mangroe]] (Mariahoeve) – [[p:Gerrit Winter]] (Mariahoeve) – [[p:Tineke Mulder]] (Mariahoeve)
Afwezig m.k.: [[p:Marja Boer]] (Mariahoeve)
Begeleiding: [[p:A. Kuipers]], [[p:P. Hoek]], [[p:S. Brink]]

Kern: elke deelnemer schrijft vóór de workshop in maart minimaal één casusles. Themagroepen:
ouderen – [[p:Gerrit]], [[p:Roshni]], [[p:Tineke]], [[p:Nel]]
huiselijk geweld – [[p:Fatima]], [[p:Mireille]], [[p:Joost]], [[p:Femke]]
jeugd – [[p:Lotte]], [[p:Emre]], [[p:Sunil]], [[p:Hennie]]
bemoeizorg – [[p:Bram]], [[p:Marjolein]], [[p:Dion]]
schulden – [[p:Sevda]], [[p:Hanane]], [[p:Kiran]], [[p:Ahmet]]
=====
Notulen themagroep ouderen, 2e bijeenkomst
Datum: [[d:dinsdag 25-02-2025]]
Tijd: 9:30 - 11:00
Plaats: online (Teams)
Aanwezig: [[p:Gerrit]] (vz), [[p:Roshni]], [[p:Tineke]], [[p:Nel]]
Afwezig: –
Notulist: [[p:Nel]]

1. Lessen tot nu toe
- "Mijn dochter regelt alles" ([[p:Gerrit]]): in review, naam dochter moet nog weg
- Ouderpaar met mantelzorg over grenzen ([[p:Roshni]]): concept
- Financiële uitbuiting ([[p:Tineke]]): gepubliceerd

2. Discussie
[[p:Tineke]] vertelt over een casus in {{w:Mariahoeve}} waarbij de kleinzoon van meneer pinpas en pincode had. Meneer wilde geen aangifte doen ("het is mijn kleinzoon"). Vraag aan de groep: wanneer meld je, ook zonder toestemming? Afgesproken om dit voor te leggen aan de {{r:aandachtsfunctionaris}} van {{o:Veilig Thuis}}.

3. Rondvraag
[[p:Roshni]]: de lift op de Tarwekamp is wéér kapot. [[p:Nel]] mailt {{o:Vestia}} nee {{o:Haag Wonen}}.

Volgende keer: [[d:dinsdag 11 maart]], zelfde tijd.
=====
NOTULEN WORKSHOP "LESSEN SCHRIJVEN ZONDER NAMEN"
[[d:13 maart 2025]] | {{o:CAOP}}, zaal 4.03
aanwezig: 17 deelnemers (zie presentielijst in de bijlage)
workshopleider: [[p:Saskia Brink]]

[[p:Saskia]] begint met een oefening: iedereen krijgt een les met 12 gemarkeerde gegevens en moet er zoveel mogelijk uithalen zonder dat de les onbruikbaar wordt.
Uitkomst: gemiddeld haalde men er 15 weg (dus ook context die had mogen blijven, zoals de wijk of de leeftijd).
Discussie: waar ligt de grens? [[p:Joost]]: "in {{w:Duindorp}} is de wijk al bijna een naam". [[p:Bram]]: "dan noemen we het gewoon 'een kustwijk'". Niet iedereen eens.
Tips uit de groep:
• vervang namen door een rol ("de zoon", "de buurvrouw")
• rond leeftijden af ("eind zeventig")
• noem nooit een datum, wel een seizoen
• bijlagen nooit uploaden
=====
Verslag expertbijeenkomst [[d:17 april 2025]]
Deelnemers: pilotgroep (18), gasten: dr. [[p:M. Zając]] ({{o:Erasmus MC}}, onderzoeker bemoeizorg), [[p:Clarence Doelwijt]] ({{r:wijkagent}} {{w:Transvaal}}), [[p:Latifa Bensaïd]] ({{o:Veilig Thuis Haaglanden}}), [[p:Ewa Kamińska]] ({{o:Barka}})

Ronde 1 – bemoeizorg
[[p:Zając]] presenteert onderzoek onder 140 zorgmijders in drie steden. Kernboodschap: de eerste tien contacten bepalen alles. [[p:Bram Visser]] herkent het uit de casus van de oud-visser.

Ronde 2 – huiselijk geweld
[[p:Latifa]] licht de nieuwe meldcode toe. Vraag van [[p:Fatima]]: moeten we ook melden als de vrouw expliciet nee zegt? Antwoord: bij acute onveiligheid ja, anders in overleg.

Ronde 3 – arbeidsmigranten
[[p:Ewa]] vertelt dat {{o:Barka}} in 2024 ruim 300 mensen in Den Haag heeft gesproken, van wie een derde dakloos. Tel. van [[p:Ewa]] voor doorverwijzing: [[t:+31 6 1903 4478]].

Afsluiting door [[p:Anneloes Kuipers]] om 16.45 uur.
=====
Kort verslag brainstorm jeugd ([[d:wo 5/3]])
aanw.: [[p:lotte]], [[p:emre]], [[p:sunil]], [[p:hennie]] + [[p:Kofi Asante]] ({{o:Jeugdbescherming west}}) als gast
- [[p:emre]]: jongeren 16-23 vallen tussen wal en schip
- [[p:sunil]]: bij ons in {{w:transvaal}} 3 jongens in 1 maand uit huis gezet door ouders
- [[p:lotte]]: CJG stopt bij 18 (soms 23), wij beginnen pas bij 18: overlap regelen
- [[p:kofi]]: OTS loopt tot 18, daarna vaak niks
actie: [[p:lotte]] maakt voorstel 'warme overdracht 17,5'
=====
Notulen pilotgroep, [[d:maandag 3 maart 2025]]
Aanwezigheid
| naam | team | aanwezig |
|---|---|---|
| [[p:F. Bouchtaoui]] | {{w:Laak}} | ja |
| [[p:S. Öztürk]] | {{w:Laak}} | ja |
| [[p:A. Yavuz]] | {{w:Laak}} | nee (ziek) |
| [[p:N. Kraai]] | {{w:Laak}} | ja |
| [[p:J. van Rijn]] | {{w:Transvaal}} | ja |
| [[p:L. Brouwer]] | {{w:Transvaal}} | ja |
| [[p:M. Pieternella]] | {{w:Transvaal}} | ja |
| [[p:S. Kalpoe]] | {{w:Transvaal}} | nee |
| [[p:H. Aouragh]] | {{w:Schilderswijk}} | ja |
| [[p:E. Kılıç]] | {{w:Schilderswijk}} | ja |
| [[p:K. Bhoelai]] | {{w:Schilderswijk}} | ja |
| [[p:F. Lange]] | {{w:Schilderswijk}} | ja |
| [[p:M. de Vos]] | {{w:Duindorp}} | ja |
| [[p:B. Visser]] | {{w:Duindorp}} | ja |
| [[p:D. Coffie]] | {{w:Duindorp}} | ja |
| [[p:H. Timmer]] | {{w:Duindorp}} | nee |
| [[p:R. Mangroe]] | {{w:Mariahoeve}} | ja |
| [[p:G. Winter]] | {{w:Mariahoeve}} | ja |
| [[p:T. Mulder]] | {{w:Mariahoeve}} | ja |
| [[p:M. Boer]] | {{w:Mariahoeve}} | ja |

Stand van zaken: 14 lessen ingediend, 6 gepubliceerd, 5 in review, 3 terug naar auteur.
=====
Verslag slotbijeenkomst pilot
Datum: [[d:donderdag 19 juni 2025]]
Locatie: Atrium stadhuis, Spui
Opening: wethouder (namens het college)
Presentaties door de themagroepen. Opbrengst in cijfers: 41 casuslessen, 312 reacties, 5 themabibliotheken. 68% van de deelnemers wil doorgaan.
Opvallend: de lessen over schulden werden het vaakst gelezen (gemiddeld 94 keer per les).
Aanbevelingen:
1. platform openstellen voor alle 24 teams
2. vaste reviewer per thema
3. jaarlijks een expertbijeenkomst
Het verslag van de evaluatie door {{o:CAOP}} volgt in september.
=====
Verslag intervisie huiselijk geweld [[d:20/02]]
Aanwezig: [[p:Fatima]], [[p:Mireille]], [[p:Joost]], [[p:Femke]]. Afwezig: –
Casus ingebracht door [[p:Femke]]: mw. [[p:Ouchan]]?? nee sorry, casus van een moeder in de {{w:Schilderswijk}} (naam niet in verslag). Vraag: hoe blijf je in contact als de partner de telefoon controleert?
Tips: afspraken laten lopen via de {{r:huisarts}} of het consultatiebureau; nooit een voicemail inspreken; codewoord afspreken.
[[p:Femke]] neemt dit mee. Terugkoppeling volgende keer.
=====
Aantekeningen bijeenkomst themagroep schulden (locatie: Servicepunt XL Laak, kamer 2)
Datum [[d:18-3-25]] | tijd 13u-15u
Erbij: [[p:Sevda]], [[p:Hanane]], [[p:Kiran]], [[p:Ahmet]], en mw. [[p:Dekker]] van de {{o:Haagse Kredietbank}} (gast)
— [[p:Dekker]] legt uit: saneringskrediet kan alleen als alle schuldeisers akkoord gaan; bij {{o:CJIB}}-boetes nooit.
— [[p:Ahmet]]: bij ons 4 gezinnen waar de BKR-registratie nieuwe huurwoning blokkeert
— [[p:Hanane]] deelt het budgetplan (2 potjes) uit de les over het gezin in de {{w:Schilderswijk}}
Afspraak: gezamenlijk spreekuur met HKB elke 1e dinsdag van de maand, start [[d:1 april]].
=====
Verslag overleg facilitators
Aanwezig: [[p:Anneloes Kuipers]], [[p:Pieter Hoek]], [[p:Saskia Brink]], [[p:Ruud Post]]
Datum: [[d:27 januari 2025]]
- Planning startbijeenkomst: [[d:6 februari]], 13.30 uur, wijkcentrum in {{w:Transvaal}}
- Expertbijeenkomst: [[d:17 april]]; [[p:Pieter]] benadert sprekers
- Slot: [[d:19 juni]]
- Privacy: [[p:Ingrid Soplantila]] wordt vaste reviewer; [[p:Saskia]] verzorgt workshop over anonimiseren
- Budget: € 12.500 voor zaalhuur, catering en tolken
=====
Verslag themagroep bemoeizorg
[[d:Dinsdag 4 maart]]
Aanwezig: [[p:Bram]] (vz), [[p:Marjolein]], [[p:Dion]]
Gast: mw. [[p:Hirsi]] ({{o:GGD Haaglanden}}, {{r:sociaal psychiatrisch verpleegkundige}})

[[p:Bram]] vertelt over meneer [[p:S.]] (bekend uit de les "Bemoeizorg op de drempel"): hij heeft inmiddels toegestaan dat {{o:Haag Wonen}} een schoonmaakploeg stuurt. [[p:Hirsi]]: "dat is in onze ervaring het kantelpunt, daarna gaat het sneller".
[[p:Dion]]: bij meneer [[p:Koning]] gaat het goed, het hoorapparaat werkt. Buurtbemiddeling is afgerond.
[[p:Marjolein]]: zorgen om een vrouw in {{w:Duindorp}} met 14 katten; dierenambulance ingeschakeld.
Volgende keer: [[d:1 april]], bij de {{o:GGD}} aan de Westeinde.
=====
Presentielijst workshop [[d:13-03-2025]]
1. [[p:Bouchtaoui, F.]]
2. [[p:Öztürk, S.]]
3. [[p:van Rijn, J.]]
4. [[p:Brouwer, L.]]
5. [[p:Pieternella, M.]]
6. [[p:Aouragh, H.]]
7. [[p:Kılıç, E.]]
8. [[p:Bhoelai, K.]]
9. [[p:Lange, F.]]
10. [[p:de Vos, M.]]
11. [[p:Visser, B.]]
12. [[p:Coffie, D.]]
13. [[p:Mangroe, R.]]
14. [[p:Winter, G.]]
15. [[p:Mulder, T.]]
16. [[p:Boer, M.]]
17. [[p:Kraai, N.]]
""")

# ---------------------------------------------------------------------------
# 5. Action lists with owners and deadlines
# ---------------------------------------------------------------------------
add(r"""
Actielijst pilotgroep (bijgewerkt [[d:10-03-2025]])
| # | actie | eigenaar | deadline | status |
|---|---|---|---|---|
| 1 | format 'wat als'-lijstje delen | [[p:Gerrit Winter]] | [[d:14-03]] | gedaan |
| 2 | voorstel warme overdracht 17,5 jaar | [[p:Lotte Brouwer]] | [[d:28-03]] | loopt |
| 3 | sprekers expertbijeenkomst | [[p:Pieter Hoek]] | [[d:1-4]] | loopt |
| 4 | tolkenbudget navragen | [[p:Ruud Post]] | [[d:21-03]] | open |
| 5 | les over jonge moeder anonimiseren | [[p:L. Brouwer]] | z.s.m. | open |
| 6 | keuzemenu 14 070 in meer talen agenderen | [[p:Ruud]] | Q2 | open |
=====
ACTIES n.a.v. themagroep schulden
- [ ] [[p:Sevda]]: afspraak HKB over gezamenlijk spreekuur bevestigen (vóór [[d:25/3]])
- [x] [[p:Hanane]]: budgetplan-format op platform zetten
- [ ] [[p:Kiran]]: navragen of tolkentelefoon ook op vrijdag na 14u kan
- [ ] [[p:Ahmet]]: overzicht BKR-problematiek 4 gezinnen (GEEN namen!) → [[d:1 april]]
=====
Actiepunten overleg facilitators
1. Zaal slotbijeenkomst reserveren – [[p:Ruud]] – vóór [[d:1 mei]]
2. Evaluatievragenlijst opstellen – [[p:Saskia]] – eind mei
3. Uitnodiging wethouder – [[p:Anneloes]] – direct
4. Reviewrichtlijn versie 2 – [[p:Ingrid]] – voor de workshop
=====
ACTIELIJST
wie | wat | wanneer
[[p:joost]] | bellen met [[p:lotte]] over [[z:TV-0388]] | [[d:vr 14/3]]
[[p:mireille]] | codewoord-tip uitwerken voor de les | volgende intervisie
[[p:femke]] | terugkoppeling casus moeder Schilderswijk | [[d:3 april]]
[[p:fatima]] | toestemming mw [[p:L.]] regelen (schriftelijk) | asap
=====
Acties (uit MDO [[d:11-02-2025]], casus [[z:2025-SW-0044]])
• Schuldhulp: aanmelding HKB – [[p:S. Öztürk]] – [[d:18-02-2025]]
• Leerplicht: gesprek met [[p:Sahra]] en moeder – {{r:leerplichtambtenaar}} dhr. [[p:Jansen]] – [[d:20-02-2025]]
• Tolk regelen – [[p:K. Bhoelai]] – doorlopend
• Evaluatie – allen – [[d:25-03-2025]]
=====
Takenlijst themagroep bemoeizorg
☐ lijst 'bruggenbouwers' (bakker, kapper, kroegbaas...) → [[p:Dion]], eind maart
☐ contact GGD over financiering outreach → [[p:Bram]]
☑ les 'Bemoeizorg op de drempel' herschrijven → [[p:Marjolein]] (klaar)
☐ gast uitnodigen van de dierenambulance? → niemand nog
=====
Actiepunten
- [[p:Anneloes]] stuurt verslag kick-off rond (deadline: [[d:29 november]])
- Teams geven namen pilotgroep door aan [[p:Ruud]]: uiterlijk [[d:6 december]]
- [[p:Pieter]] plant kennismakingsgesprekken met alle 20 deelnemers in januari
=====
Openstaande acties per [[d:31-03-2025]]:
Actie 12 – [[p:Lewandowska]]: toestemming – eigenaar [[p:F.B.]] – VERLOPEN ([[d:21-03]])
Actie 14 – tolkenbudget – eigenaar [[p:R.P.]] – afgerond
Actie 15 – herschrijven les 'Kind op de zolder' – eigenaar [[p:M.d.V.]] – [[d:4-4]]
=====
to do (voor mezelf)
- [[p:Groen]] dossier bijwerken
- bellen dochter ([[t:0612 903 447]]) over machtiging
- [[p:Tineke]] vragen om mee te gaan [[d:do 20 mrt]]
- les bijwerken n.a.v. review
=====
Acties voortvloeiend uit casusbespreking jeugd
Eigenaar	Actie	Deadline
[[p:Emre Kılıç]]	contact met school van de jongste zoon	[[d:7 maart]]
[[p:Sunil Kalpoe]]	afstemmen met {{o:Jeugdbescherming west}} ([[p:K. Asante]])	[[d:10 maart]]
[[p:Hennie Timmer]]	les schrijven over uit huis gezette jongeren	[[d:31 maart]]
[[p:Lotte Brouwer]]	voorstel warme overdracht	[[d:28 maart]]
=====
Actielijst (alleen rollen, geen namen – afspraak pilotgroep)
| actie | wie | wanneer |
| les ouderenmishandeling delen met {{o:Veilig Thuis}} | {{r:casemanager dementie}} Mariahoeve | april |
| spreekuur HKB opzetten | {{r:schuldhulpverlener}} Laak | april |
| hoortest-tip opnemen in checklist | {{r:welzijnscoach}} Duindorp | mei |
| evaluatievragenlijst | {{r:facilitator}} | eind mei |
=====
Beslis- en actielijst stuurgroep pilot ([[d:24 februari 2025]])
B1 Vijf thema's in plaats van vier: akkoord
B2 Budget tolken verhoogd naar € 4.000: akkoord
A1 Platform open voor alle 24 teams na de zomer: uitzoeken (eigenaar gemeente)
A2 Reviewcapaciteit: voorstel in juni
=====
Actie [[p:R. Mangroe]]: lift Tarwekamp → melding {{o:Haag Wonen}} (meldnr. [[z:HW-7720391]]) opvolgen, uiterlijk [[d:vrijdag 7 maart]].
=====
Actiepunten intervisie HG [[d:20-02]]:
1) [[p:Femke]]: casus uitwerken (zonder naam!) – [[d:6-3]]
2) [[p:Joost]] + [[p:Mireille]]: tips 'contact zonder telefoon' als les – [[d:20-3]]
3) [[p:Fatima]]: {{o:Blijf Groep}} uitnodigen voor expertbijeenkomst – loopt via [[p:Pieter]]
""")

# ---------------------------------------------------------------------------
# 6. Snippets pasted from case systems (often by accident)
# ---------------------------------------------------------------------------
add(r"""
(geplakt uit het registratiesysteem, sorry, kan iemand dit weghalen?)
Cliënt: [[p:Arslan, G.]]
BSN: [[b:959104896]]
Geb.datum: [[d:17-06-1980]]
Adres: [[a:Van Musschenbroekstraat 77-B]], [[pc:2522 XJ]] DEN HAAG
Tel: [[t:06-38 81 20 74]]
Dossiernr: [[z:SWT-LK-2024-0113]]
=====
Journaal [[z:SWT-SW-2024-0417]]
[[d:12-02-2025]] 10:14 | [[p:H.Aouragh]] | Huisbezoek | Gesproken met mw en dhr. Budgetplan doorgenomen.
[[d:19-02-2025]] 15:40 | [[p:S.Ozturk]] | Telefonisch | Staedion akkoord met regeling € 85 p/m.
[[d:03-03-2025]] 09:05 | [[p:H.Aouragh]] | Notitie | Mw. geeft aan dat dhr. ([[p:Youssef]]) weer nachtdiensten draait.
=====
Kopie uit dossier (voor de les, later anonimiseren!!):
Naam: [[p:Ghebreyesus, Saba]]
Geboortedatum: [[d:1993-11-02]]
BSN: [[b:5425.22.160]]
Kinderen: [[p:Selam]] ([[d:14-05-2018]]), [[p:Natan]] ([[d:30-01-2022]])
Adres: [[a:Schalk Burgerstraat 340]] (3e etage)
Contact VT: [[z:VT-24-088143]]
=====
Cliëntnummer [[z:C-0098812]] | [[p:Kowalczyk, Paweł]] | M | [[d:04.09.1966]] | [[a:Oudemansstraat 18-A]] | [[pc:2522 RH]] | [[t:+48 601 224 913]] / [[t:06 19 88 40 27]]
=====
Geplakt uit de aanvraag bijzondere bijstand:
Aanvrager: [[p:F. Noori]]
BSN [[b:526 967 730]]
IBAN: [[i:NL38 INGB 5133 4141 30]] t.n.v. [[p:F Noori]]
Aanvraagnummer: [[z:BB/2025/00871]]
Datum aanvraag: [[d:20 jan 2025]]
Bedrag: € 1.180,00 (bed, wasmachine)
=====
Registratie contactmoment
Datum/tijd: [[d:05-03-2025]] 11:20
Medewerker: [[p:Bram Visser]]
Betreft: [[p:Schouten, K.]] ([[p:Sjaak]])
Vorm: huisbezoek (niet binnengelaten)
Inhoud: dhr. praat door de brievenbus. Zegt dat broer [[p:Dirk]] "alles komt regelen". Broer gebeld op [[t:0174-61 38 20]], geen gehoor.
Vervolg: [[d:12-03-2025]]
=====
Zaakoverzicht
zaaknummer	cliënt	regisseur	status
[[z:2024-0381]]	[[p:Groen W]]	[[p:G. Winter]]	open
[[z:2024-0512]]	[[p:Autar V]]	[[p:R. Mangroe]]	open
[[z:2024-0577]]	[[p:Koning J]]	[[p:D. Coffie]]	afgesloten
[[z:2025-0023]]	[[p:Iliev R]]	[[p:A. Yavuz]]	open
=====
Melding Veilig Thuis (kopie), kenmerk [[z:VTH-2025-00319]]
Melder: {{r:wijkverpleegkundige}} SWT {{w:Mariahoeve}}
Betrokkene: dhr. [[p:H.J.]] ([[p:Henk]]) [[p:Dijkstra]], [[d:14-02-1937]]
Vermoedelijke pleger: kleinzoon, [[p:Kevin Dijkstra]], ca. 24 jr
Aard: financiële uitbuiting
=====
Uit het systeem gekopieerd:
"Mw. [[p:Nuur]], [[p:Hawa]] – [[d:01-01-1989]] (geboortedatum fictief i.v.m. ontbrekend document) – [[a:Paulus Potterstraat 88-3]] – [[t:0687142055]] – BSN [[b:152688973]]"
Staat nu in de les, kan die eruit?
=====
Dossier [[z:#40219]] – laatste 3 notities
* [[d:28/02]] tel. contact moeder, [[p:Quincy]] niet thuis
* [[d:03/03]] [[p:Q.]] naar WSP geweest met [[p:Dion]]
* [[d:07/03]] moeder ([[p:Roxanne]]) belt: hij is weer aangehouden. PV [[z:PL1500-2025030471]]
=====
Overdrachtsformulier (ingevuld door {{o:HMC Bronovo}}, transferbureau)
Patiënt: [[p:Pattipeilohy R.]]
Geboren: [[d:9 aug 1961]]
Ontslagdatum: [[d:27-02-2025]]
Contactpersoon: [[p:F. Wattimena]] (zus), [[t:070-3 25 41 88]]
Huisarts: [[p:J.C. Kraai]], Vlamingstraat
=====
BETAALGEGEVENS (uit budgetplan, NIET in de les!)
Huur: € 742,18 aan {{o:Staedion}}, via [[i:NL87RABO0815157777]]
Leefgeld: € 120/week naar [[i:NL78ABNA2700247229]] ([[p:S. van den Berg-El Idrissi]])
Zorgverzekering: € 276,40 p/m (2 volwassenen)
=====
Overzicht schuldeisers [[z:SHV-2024-3381]]:
1. {{o:Haag Wonen}} – huurachterstand – € 2.650 – kenmerk [[z:HW-HA-55120]]
2. {{o:Eneco}} – energie – € 1.100 – klantnr [[z:200918774]]
3. {{o:CJIB}} – boetes – € 395 – [[z:CJIB 9122 0047 6618]]
Totaal: € 4.145
=====
Kopie screenshot (tekst overgetypt):
Naam: [[p:Lin Xiaoyan]]
Geboortedatum: [[d:23 oktober 1951]]
Adres: [[a:Van der Vennestraat 32]]
Telefoon dochter ([[p:Chen Mei Ling]]): [[t:06-2390 1187]]
Notitie: mevrouw spreekt alleen Kantonees. Dochter tolkt. Valincident [[d:11-1]].
=====
intake [[z:2025-0023]]: bg. [[p:iliev rumen]], [[d:19-12-1990]], geen vast adres (briefadres {{o:Kessler Stichting}}), tel [[t:+359 88 412 7730]]. bsn [[b:986948196]]. spreekt Bulgaars/ beetje Engels.
=====
Geplakte regel uit het systeem, staat nu bovenaan mijn les:
[[z:SWT-DD-2025-0009]] / [[p:Hoek]] / 14 jr / [[a:Westduinweg 214]] (grootouders)
=====
Export contactmomenten (csv)
datum;medewerker;cliënt;soort
[[d:2025-01-14]];[[p:jvrijn]];[[p:winklaar]];tel
[[d:2025-01-21]];[[p:jvrijn]];[[p:sint jago]];hb
[[d:2025-02-04]];[[p:dcoffie]];[[p:sint jago]];wsp
=====
Clientgegevens
Naam: [[p:Benali]]  Voornaam: [[p:Nora]]
BSN: [[b:654 492 189]]
Telefoon: [[t:+31 6 27 44 18 03]]
E-mail: [[e:nora.benali89@hotmail.com]]
Rekeningnummer: [[i:NL14SNSB3105369061]]
=====
Ter info, uit de beschikking Wmo (kenmerk [[z:WMO-2025-004417]]): "Aan de heer [[p:V. Autar]], [[a:Tarwekamp 143]], [[pc:2592 AM]] 's-Gravenhage. Toegekend: huishoudelijke ondersteuning, 3 uur per week, met ingang van [[d:1 maart 2025]]."
=====
CLIËNTKAART
[[p:Jacobs-Maduro, E.M.]] ([[p:Edsel]])
*[[d:12-12-1972]]
BSN [[b:765908336]] <- klopt niet?? checken
IBAN [[i:NL40 RBRB 6545 0537 49]]
zaak [[z:BZ-2025-0112]]
=====
Kopie uit het systeem voor het MDO:
cliënt [[p:K.L.]] ([[p:Katarzyna]]) [[p:Lewandowska]] – adres afgeschermd – zoon [[p:J.]] ([[p:Kuba]]) [[d:03-03-2020]] – zaak [[z:2024-SWT-LK-0871]] – VT-kenmerk [[z:VT 24-09912]]
""")

# ---------------------------------------------------------------------------
# 7. Letters and e-mails pasted into lessons or threads
# ---------------------------------------------------------------------------
add(r"""
Ik plak hier de brief die we samen met mevrouw hebben geschreven, als voorbeeld van hoe je een corporatie om uitstel vraagt (namen moeten er nog uit):

Aan: {{o:Staedion}}, afdeling Huurincasso
Postbus 16100
2500 BC Den Haag

Betreft: huurachterstand [[a:Hoefkade 611]], contractnummer [[z:0048-771-20]]

Den Haag, [[d:19 februari 2025]]

Geachte heer, mevrouw,

Namens mevrouw [[p:S. van den Berg-El Idrissi]] en de heer [[p:Y. El Idrissi]] verzoek ik u de incassoprocedure op te schorten. Met ingang van [[d:1 maart]] betalen zij naast de lopende huur € 85 per maand af. Een budgetplan is bijgevoegd.

Met vriendelijke groet,
[[p:Hanane Aouragh]]
{{r:maatschappelijk werker}}, SWT {{w:Schilderswijk}}
[[t:06 - 15 27 38 84]]
=====
Voorbeeldbrief bezwaar SVB (geanonimiseerd, mag gedeeld worden)

Aan de Sociale Verzekeringsbank
Postbus 1100
1180 BH Amstelveen

Onderwerp: bezwaar tegen terugvordering kinderbijslag

Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen uw besluit van [datum], kenmerk [kenmerk]. U vordert kinderbijslag terug over de jaren 2021 en 2022. Ik was in die periode in Nederland werkzaam en verzekerd. Bewijs: loonstroken (bijlage 1) en de inschrijving in de BRP (bijlage 2).

Met vriendelijke groet,
[naam]
=====
Van: [[p:Karin de Haan]] <[[e:karin.dehaan.groen@ziggo.nl]]>
Aan: [[p:G. Winter]] <[[e:g.winter@swtmariahoeve.nl]]>
Datum: [[d:ma 3 feb 2025]] 21:14
Onderwerp: mijn moeder

Beste [[p:Gerrit]],
Ik kan het even niet meer. Mijn huisarts zegt dat ik moet stoppen met alles. Ik heb een map gemaakt met de rekeningen van mama, die ligt bij de buurman ([[p:Molenaar]], nr 29). Wil je alsjeblieft zorgen dat iemand haar helpt?
[[p:Karin]]
=====
Geachte mevrouw [[p:Kuipers]],

Via de {{r:directeur}} van onze basisschool hoorde ik van de pilot. Ik ben intern begeleider op een school in {{w:Transvaal}} en zie veel kinderen die thuis zorgen dragen die niet bij hun leeftijd passen. Mag ik een keer aansluiten bij de themagroep jeugd?

Met vriendelijke groet,
[[p:Nadia Boukhari-de Wit]]
{{r:intern begeleider}}
[[e:n.boukhari@basisschool-transvaal.nl]]
=====
-----Oorspronkelijk bericht-----
Van: [[e:incasso@eneco.nl]]
Verzonden: [[d:dinsdag 11 februari 2025]] 08:02
Aan: [[e:f.bouchtaoui@swtlaak.nl]]
Onderwerp: RE: betalingsregeling klantnummer [[z:300411287]]

Geachte mevrouw [[p:Bouchtaoui]],
Wij gaan akkoord met een regeling van € 40 per maand voor de heer/mevrouw [[p:Arslan]]. De eerste termijn vervalt op [[d:28-02-2025]].
Met vriendelijke groet, Klantenservice {{o:Eneco}}
=====
Bijlage bij de les: de brief die de bewindvoerder stuurde (alleen de kern, zonder briefhoofd)

"Hierbij bevestigen wij dat wij per [[d:1 december 2024]] zijn benoemd tot beschermingsbewindvoerder van de heer [[p:H.J. Dijkstra]], geboren [[d:14 februari 1937]]. Alle post betreffende financiën dient voortaan te worden gezonden aan ons kantoor. Uw contactpersoon is mr. [[p:L. Schouten]], bereikbaar via ons algemene nummer 070 - 302 00 00."
=====
Van: [[p:Ingrid Soplantila]]
Aan: pilotgroep
Onderwerp: herinnering: geen bijlagen uploaden

Beste allen,
Deze week heb ik drie keer een bijlage moeten verwijderen met daarin volledige cliëntgegevens (één keer zelfs met BSN en IBAN). Ik herhaal de afspraak: geen bijlagen bij lessen, alleen tekst. Twijfel je? Mail me: [[e:i.soplantila@denhaag.nl]] of bel [[t:070 - 353 72 14]].
Hartelijke groet,
[[p:Ingrid]]
=====
Geachte heer [[p:Noori]],

Uw aanvraag bijzondere bijstand (kenmerk [[z:BB/2025/00871]]) is toegekend. Wij maken € 1.180,00 over op rekening [[i:NL38INGB5133414130]] binnen 10 werkdagen.

Heeft u vragen? Bel dan 14 070 (algemeen nummer gemeente) en houd uw kenmerk bij de hand.

Met vriendelijke groet,
namens het college van burgemeester en wethouders,
{{o:Dienst Sociale Zaken en Werkgelegenheid}}
=====
Uitnodiging expertbijeenkomst

Beste deelnemers,
Graag nodigen wij u uit voor de expertbijeenkomst op [[d:donderdag 17 april 2025]] van 13.00 tot 17.00 uur in het {{o:CAOP}}, Lange Voorhout, zaal 2.11. Sprekers: een onderzoeker bemoeizorg, iemand van {{o:Veilig Thuis}} en iemand van {{o:Barka}}.
Aanmelden via het platform vóór [[d:10 april]].
Met hartelijke groet, namens de facilitators,
[[p:Pieter Hoek]] en [[p:Saskia Brink]]
=====
Mail van een buurman (met toestemming gedeeld, naam weggehaald):
"Beste mensen van het wijkteam, ik woon naast meneer op de galerij en ik wil even zeggen dat het echt beter met hem gaat sinds hij dat hoorapparaat heeft. Hij groet weer. Bedankt."
=====
Van: [[e:dirk.schouten1955@kpnmail.nl]]
Aan: [[e:b.visser@swtduindorp.nl]]
Onderwerp: broer

Meneer [[p:Visser]], ik ben [[p:Dirk Schouten]] de broer van [[p:Kees]]. Ik woon in Katwijk en kan niet vaak komen. Als er iets is mag u me bellen op [[t:06-51 44 03 92]]. Hij laat mij ook niet binnen hoor. Groet [[p:D. Schouten]]
=====
Onderwerp: Verslag telefoongesprek {{o:Jeugdbescherming west}}
Datum: [[d:10-03-2025]]
Van: [[p:S. Kalpoe]]

Gesproken met [[p:K. Asante]], {{r:jeugdbeschermer}}. Hij bevestigt dat de OTS voor [[p:Y.A.M.]] (geb. [[d:06-06-2009]]) per [[d:1 april]] afloopt en niet wordt verlengd. Vrijwillig kader via het CJG en ons team. Zijn directe nummer: [[t:088 - 404 51 23]].
=====
Brief gemeente (passage):
"U ontvangt deze brief omdat u op [[d:22 november 2024]] deelnam aan de kick-off van de pilot. Uw gegevens (naam, team en e-mailadres) worden uitsluitend gebruikt voor deze pilot en na afloop, uiterlijk [[d:31 december 2025]], verwijderd."
=====
Gedeeld als voorbeeld van een goede verwijsbrief (zonder namen):

Geachte collega,
Hierbij verwijs ik een cliënt (man, 51 jaar) naar uw spreekuur. Hij woont alleen, heeft geen inkomen sinds het voorjaar en weigert tot nu toe elke hulp. Afgelopen weken heeft hij via ons team zelf aangegeven dat hij "wel met iemand wil praten, maar niet met een psychiater". Wij vragen u om een eerste contact buiten de praktijk, bij voorkeur in het wijkcentrum.
Met collegiale groet,
{{r:casusregisseur}} SWT {{w:Transvaal}}
""")

# ---------------------------------------------------------------------------
# 8. WhatsApp snippets pasted into lessons and threads
# ---------------------------------------------------------------------------
add(r"""
Voorbeeld van hoe het contact liep (WhatsApp, geplakt met toestemming):
[[[d:14-02-25]] 21:47:12] [[p:Saba]]: he is here again. I am scared
[[[d:14-02-25]] 21:48:03] [[p:Joost van Rijn]]: Are you and the children safe right now? If not, call 112.
[[[d:14-02-25]] 21:52:40] [[p:Saba]]: he left. we are ok
[[[d:14-02-25]] 21:53:01] [[p:Joost van Rijn]]: I will call you tomorrow at 9. Delete this chat if you think he will look at your phone.
=====
[[d:03/03/2025]], 08:15 - [[p:Roxanne W]]: goedemorge meneer [[p:joost]] [[p:quincy]] is gisteravond niet thuis gekomen ik maak me zorgen
[[d:03/03/2025]], 08:31 - [[p:Joost]] SWT: Goedemorgen mevrouw [[p:Winklaar]], ik bel [[p:Dion]] even, die heeft hem vrijdag nog gezien.
[[d:03/03/2025]], 09:02 - [[p:Roxanne W]]: ok dank u
=====
Groepsapp "Pilot HG Transvaal/Laak" (kopie, voor het verslag)
[[p:Mireille]]: wie gaat er morgen naar VT?
[[p:Fatima]]: ik, om 10u. [[p:Femke]] kan niet
[[p:Joost]]: ik sluit aan om 11. neem de casus van mw. [[p:L.]] mee?
[[p:Fatima]]: nee die heeft nog niet getekend
[[p:Joost]]: 👍
=====
screenshot whatsapp van meneer (overgetypt):
"mevrou ik heb brief van haagwonen ik moet weg uit huis [[d:15 april]]. wat moet ik doen. [[p:farid]]"
=====
[[d:21-03-2025]] 17:02 - [[t:+31 6 44 27 18 93]]: Hallo met de buurvrouw van mevrouw [[p:Groen]], ze staat al 20 min op de galerij en weet niet meer welke deur van haar is. Wat moet ik doen?
[[d:21-03-2025]] 17:05 - [[p:Gerrit Winter]]: Dank u wel dat u appt! Blijft u even bij haar? Ik bel de {{r:casemanager dementie}} en kom eraan.
=====
App-gesprek jongerenwerk, gedeeld in de themagroep jeugd (namen vervangen door J1 en J2):
J1: ff vraagje kan je helpen met duo
JW: tuurlijk kom morgen langs in het jongerencentrum
J1: hoe laat
JW: 3 uur
J2: mag ik ook komen ik heb ook duo shit
JW: haha ja neem je brieven mee
=====
[[[d:11-3-2025]] 19:20] [[p:Dion C]]: [[p:Bram]] is dat nou die meneer van de Westduinweg? die had ik vandaag bij de bakker
[[[d:11-3-2025]] 19:22] [[p:Bram V]]: ja. zeg niks tegen de bakker over ons he, dat is zíjn contact
=====
Bericht van moeder (Somalisch vertaald door tolk, [[d:24 februari]]):
"Ik wil niet dat [[p:Sahra]] nog de brieven leest. Ze is een kind. Kunt u iemand sturen die het leest? Ik ben thuis elke dag na 15.00. – [[p:Hawa]]"
=====
[[d:28-02]] laatste berichtjes van mw [[p:lewandowska]] (in pools, google translate eronder):
"[[p:Marek]] wie gdzie mieszkam" → "[[p:Marek]] weet waar ik woon"
"Pomocy" → "help"
=> direct gebeld met de {{o:politie}} + {{o:Veilig Thuis}}
=====
[[d:05.03.25]], 10:41 - [[p:Sevda Öztürk]]: @[[p:Hanane]] HKB zegt ja op het spreekuur!! 1e dinsdag vd maand
[[d:05.03.25]], 10:43 - [[p:Hanane Aouragh]]: 🎉🎉
[[d:05.03.25]], 10:43 - [[p:Kiran]]: top, wie zet het op het platform?
[[d:05.03.25]], 10:50 - [[p:Sevda Öztürk]]: ik doe het vanmiddag
=====
WhatsApp van de dochter aan [[p:Roshni]]:
"Hoi, papa is vannacht weer gevallen, hij ligt nu in het {{o:Haga}}. Mama is alleen thuis. Kan er vandaag iemand langs? Adres weet u: [[a:Tarwekamp 143]]. Groet [[p:Sunita Autar]] [[t:06-81 02 44 59]]"
=====
appje van [[p:yasmina]] ([[d:zo 9 mrt]]): "heb met moeder gesproken, ze wil wel met jullie praten maar ZONDER vader erbij. en niet thuis. kan het in het wijkcentrum? dinsdag na het brengen van de kinderen"
=====
[15:02] Onbekend nummer [[t:+359 87 903 1146]]: hello this is [[p:Rumen]] from the park. I have new phone. Can I come tomorrow to the office?
[15:10] SWT Laak: Hello [[p:Rumen]], yes, come at 10:00. Ask for [[p:Ahmet]].
=====
Uit de groepsapp van het team (geen cliëntgegevens):
- "wie heeft de sleutel van kamer 3?"
- "koffieautomaat weer stuk 😩"
- "reminder: om 14u teamoverleg, agenda staat op het platform"
- "ik ben er vanmiddag niet, tandarts"
=====
Kopie bericht aan mw. [[p:Nuur]] (via tolk):
"Beste mevrouw, op [[d:donderdag 13 maart]] om 10.00 uur komt een tolk Somalisch met [[p:Kiran]] bij u thuis om de brieven van de {{o:Belastingdienst}} te lezen. U hoeft niets mee te nemen."
""")

# ---------------------------------------------------------------------------
# 9. Platform notices, questions, profiles, consent records, evaluations
# ---------------------------------------------------------------------------
add(r"""
Nieuwe reactie op jouw les "Na de opname terug naar een lege woning" van [[p:Marjolein de Vos]] ([[d:12 maart 2025]], 08:57). Klik om te lezen.
=====
Profiel
[[p:Sunil Kalpoe]]
{{r:maatschappelijk werker}} bij {{o:Xtra}}, werkzaam in SWT {{w:Transvaal}}
Thema's: jeugd, schulden
"Ik werk sinds 2016 in de wijk en ben opgegroeid in {{w:Laak}}. Vraag me alles over jongeren en de Hindostaanse gemeenschap."
=====
Toestemmingsregistratie
Les: "Moeder en zoon vast in de schuldenspiraal"
Cliënt: [[p:G. Arslan]]
Toestemming gegeven: ja, schriftelijk
Datum: [[d:14-02-2025]]
Geldig tot: einde pilot
Vastgelegd door: [[p:F. Bouchtaoui]]
=====
[[p:Nel Kraai]] vroeg: mag ik een les schrijven over een cliënt die inmiddels is overleden? Er is dan geen toestemming meer te vragen. De familie vindt het goed.
=====
Antwoord [[p:Anneloes Kuipers]]: Goede vraag. De AVG geldt niet voor overleden personen, maar de familie is wél herkenbaar via het verhaal. Vraag dus de familie schriftelijk om toestemming en anonimiseer net zo zorgvuldig. Ik check het nog even met [[p:Ingrid]].
=====
Agenda pilotgroep – [[d:3 maart]]
1. Opening en mededelingen
2. Stand van zaken lessen (14 ingediend)
3. Terugblik workshop anonimiseren
4. Voorbereiding expertbijeenkomst
5. Rondvraag
Tijd: 13.30–15.30 uur, zaal 1.04
=====
Zoekopdracht in de bibliotheek: "bemoeizorg Duindorp bakker"
3 resultaten
=====
Evaluatie deelnemer (anoniem):
Wat vond je het meest waardevol? "Dat ik collega's uit andere wijken heb leren kennen. Ik bel nu gewoon iemand in {{w:Mariahoeve}} als ik een vraag heb over dementie."
Wat kan beter? "Het reviewen duurde soms drie weken. Dan ben je de les al bijna vergeten."
Cijfer: 8
=====
Evaluatie (niet anoniem, op verzoek):
Naam: [[p:Nel Kraai]]
Team: {{w:Laak}}
"Ik vond het lastig dat ik bij elke les moest nadenken of iemand herkenbaar was. Maar ik merk dat ik daardoor ook in mijn gewone dossiers zorgvuldiger schrijf. Dat had ik niet verwacht."
=====
Melding: je les "titel: [[p:sjaak]]" staat al 30 dagen in concept zonder wijzigingen. Wil je hem verder uitwerken of verwijderen?
=====
[[p:Bakker]] belde gisteren nog over de wachttijd. Ik heb gezegd dat de {{r:budgetcoach}} pas in april kan. (= mw. [[p:Bakker]] van de {{o:Voedselbank}}, niet de cliënt)
=====
[[p:Winter]] heeft het format gedeeld, staat onder 'Ouderen > Hulpmiddelen'. Handig voor de winter, als de mantelzorgers zelf griep krijgen 😉
=====
Aan de reviewer: ik heb "[[p:Visser]]" laten staan omdat meneer echt visser wás, het is geen naam maar zijn beroep. Toch? → Nee, in regel 6 staat "meneer [[p:Visser]] (67)". Dat is de achternaam. Graag weg.
=====
Vraag van [[p:Ahmet Yavuz]]: hoe gaan jullie om met cliënten die zelf willen dat hun naam in de les komt? Meneer [[p:Iliev]] zei letterlijk "schrijf mijn naam maar op, dan weten ze dat het echt is".
=====
Reactie [[p:Saskia Brink]]: ook als een cliënt dat wil, noemen we geen naam. Het platform wordt door veel mensen gelezen en de cliënt kan later van gedachten veranderen. Je kunt wel zijn eigen woorden citeren.
=====
Melding systeem: in je concept zijn mogelijk persoonsgegevens gevonden (2 namen, 1 adres, 1 telefoonnummer). Controleer je tekst voordat je hem indient.
=====
Hoi allemaal, even voorstellen: ik ben [[p:Meryem Güneş]], nieuw in SWT {{w:Schilderswijk}} als {{r:welzijnscoach}}. Ik neem per [[d:1 april]] de plek van [[p:Femke]] in de themagroep huiselijk geweld over. Bereikbaar via het platform of op [[t:06 43 90 12 75]] (werk).
=====
Wie heeft er ervaring met de regeling 'Noodfonds Energie'? Wij hebben een gezin waar de stroom per [[d:1 april]] wordt afgesloten. Het gaat om een achterstand van € 1.312,44.
=====
Vraag: klopt het dat in {{w:Duindorp}} de koffieochtend in het buurthuis is verplaatst naar donderdag? En weet iemand of er nog plek is? Ik heb een meneer van 81 die graag wil. Groet, [[p:Marjolein]]
=====
Open vraag aan alle teams: hoe noemen jullie in een les een cliënt die in de wijk bekend is onder een bijnaam? Wij twijfelen bij "de [[p:Kapitein]]" (zo noemt iedereen in de haven hem).
=====
Reactie: gewoon weglaten. Een bijnaam is in een klein dorp erger dan een achternaam.
=====
Tip uit {{w:Mariahoeve}} (van [[p:Roshni]]): vraag bij het eerste gesprek met een oudere altijd: "wie heeft er een sleutel van uw huis?" Dat levert in één zin het hele netwerk op.
=====
Statistiek themabibliotheek jeugd (week 11): 9 lessen, 214 keer gelezen, 37 reacties. Meest gelezen: "Kinderen als tolk bij de schuldhulp".
=====
Ik wil even delen dat mevrouw [[p:De Wit]] – de buurvrouw uit de les van vorige week, niet de cliënt – ons een bedankkaart heeft gestuurd. Ze zegt dat het haar opluchtte dat ze "er niet meer alleen voor stond". Mooi toch?
=====
Let op: [[p:Groen]] is in deze les de naam van de cliënt, niet de kleur. Ik heb hem in de zin "kreeg groen licht van de Wmo" laten staan, maar in "mevrouw [[p:Groen]] (86)" weggehaald.
=====
Kort: koning (geen naam, het café heette "De Koning") mag blijven. Maar meneer [[p:Koning]] uit de les van [[p:Dion]] niet. Verwarrend, ik weet het 😅
=====
Hoek van de straat bij de bakker, daar staan ze elke avond. Het zijn er een stuk of acht, tussen de 14 en 17. [[p:Hoek]] senior (vader van een van de jongens) heeft zelf de {{r:jongerenwerker}} gebeld.
=====
Iemand nog vragen voor dr. [[p:Zając]] van het {{o:Erasmus MC}}? Ze wil ze graag vooraf hebben, uiterlijk [[d:11-4]]. Mail naar [[e:m.zajac@erasmusmc.nl]] of zet ze hieronder.
=====
Post van vandaag: [[p:Ruud Post]] vraagt of iedereen zijn uren voor de pilot vóór vrijdag wil doorgeven. (Ja, hij heet echt zo.)
=====
Oproep: wie kan er op [[d:woensdag 9 april]] mee naar het tolkenoverleg bij de gemeente? [[p:Lange]] ([[p:Femke]]) kan niet, en de lange wachtlijst voor tolken Tigrinya staat op de agenda.
=====
Mededeling: de server van het platform is op zaterdag tussen 22.00 en 02.00 uur niet bereikbaar wegens onderhoud. Concepten worden automatisch bewaard.
=====
Vraag over dossiernummers: mogen we in een les naar het zaaknummer verwijzen zodat collega's het kunnen opzoeken? Bijv. "zie [[z:SWT-TV-2024-0902]]". → Antwoord facilitator: nee, ook niet. Verwijs naar de auteur, die weet welk dossier het is.
=====
Wie kent mevr. drs. [[p:A.M. Hoogstraten-Tjon]]? Ze is nieuw als {{r:teamleider}} bij {{o:Parnassia}} en wil graag aansluiten bij het thema bemoeizorg.
=====
Ziekmelding pilotgroep: [[p:Marja]] ({{w:Mariahoeve}}) is voorlopig afwezig. [[p:Tineke]] neemt haar lessen over.
=====
Iemand ervaring met het Jongerenloket? Een jongen van 18 bij ons heeft vorige week zijn uitkering aangevraagd en moet vier weken wachten (zoekperiode). Hij heeft nu letterlijk niks. Wat doen jullie in die vier weken?

[[p:Sunil]] ({{w:Transvaal}})
=====
Verzoek van mw. [[p:Öztürk]] om de les "Vader met PTSS" te koppelen aan zowel het thema schulden als het thema jeugd. Gedaan. – moderator
""")

# ---------------------------------------------------------------------------
# 10. Longer mixed texts: lessons with pasted material, long threads
# ---------------------------------------------------------------------------
add(r"""
CONCEPT – Titel: Dertien instanties, één meneer
Thema: bemoeizorg / schulden
Team: SWT {{w:Schilderswijk}}
Auteur: [[p:Emre Kılıç]] ({{r:welzijnscoach}})
Versie: 0.4 (na review [[p:I. Soplantila]], [[d:7 maart]])

Situatie
Meneer (55) woont alleen in een portiekwoning. Toen we in oktober voor het eerst binnenkwamen, lagen er 212 ongeopende enveloppen. We telden dertien instanties die "met meneer bezig" waren: van de {{o:Belastingdienst}} tot een incassobureau in Groningen. Niemand had ooit met hem gesproken.

Wat deden we
1. Eén middag samen alle post sorteren in drie stapels: eng, saai, weg.
2. Per stapel één telefoontje, met meneer ernaast op de speaker.
3. Na zes weken: aanmelding bij de {{o:Haagse Kredietbank}} met een compleet overzicht.

Wat werkte
Meneer zelf de enveloppen laten openen. Hij zei achteraf: "de envelop is erger dan de brief".

Les voor andere teams
Begin bij de stapel, niet bij de schuld.

[oude versie hieronder, niet meer gebruiken]
~~Meneer [[p:Driss Lamrini]] (55), [[a:Van Ostadestraat 340-2]], [[pc:2526 GT]]~~
=====
Thread: "Wie betaalt de tolk?"

[[p:Kiran Bhoelai]] · [[d:3 mrt]]
Bij ons is de tolkentelefoon vanaf [[d:1 januari]] alleen nog voor Wmo-gesprekken vergoed. Voor schuldhulp moeten we zelf betalen. Hoe zit dat bij jullie?

  [[p:Ahmet Yavuz]] · [[d:3 mrt]]
  Zelfde in {{w:Laak}}. We gebruiken nu vaak collega's die de taal spreken, maar dat is eigenlijk niet de bedoeling.

  [[p:Ruud Post]] ({{o:gemeente}}) · [[d:4 mrt]]
  Ik heb dit meegenomen naar de stuurgroep. Voorlopig mag het pilotbudget ervoor gebruikt worden, max. € 4.000 in totaal. Declareren via mij met vermelding van het team, NIET de cliënt.

    [[p:Kiran Bhoelai]] · [[d:4 mrt]]
    Top, dank [[p:Ruud]]!
=====
Les (gepubliceerd): Het sleutelgesprek
Thema: ouderen
Wijk: {{w:Mariahoeve}}
Auteur: [[p:Marja Boer]] | gepubliceerd [[d:26-02-2025]]

Een vraag die bij ons in het team het verschil maakte: "Wie heeft er een sleutel van uw huis?"

Bij een meneer van 90 bleek het antwoord: "niemand". Zijn enige zoon was vijf jaar eerder overleden. We hebben samen met hem een buurman gevraagd (een gepensioneerde conducteur van de {{o:HTM}}) en een sleutelkluisje laten plaatsen via de {{o:Wmo}}. Drie maanden later viel meneer in de badkamer. De alarmcentrale kon binnen, dankzij dat kluisje.

Les: de sleutelvraag is ook een netwerkvraag, een veiligheidsvraag en een eenzaamheidsvraag tegelijk.
=====
Ik reageer hier ook even op de discussie van gisteren over de bijnaam. Bij ons in {{w:Duindorp}} kende iedereen een vrouw als "Tante [[p:Door]]". Haar echte naam was [[p:Dorothea van der Meer]], maar daar keek niemand van op; "Tante [[p:Door]]" zou iedereen direct herkennen. In de les hebben we het gewoon over "een oudere buurtbewoonster die voor iedereen kookte". Dat werkte prima.
=====
Aanmeldformulier expertbijeenkomst
Naam: [[p:Mustafa Aksoy]]
Organisatie: {{o:Sociaal Raadslieden Den Haag}}
Functie: {{r:sociaal raadslid}}
E-mail: [[e:m.aksoy@sociaalraadslieden-dh.nl]]
Telefoon: [[t:0031 6 2954 7781]]
Dieetwensen: halal
Ik kom met collega [[p:Elif Korkmaz]] (zelfde organisatie).
=====
MDO-verslag (samenvatting, intern – NIET voor het platform)
Datum: [[d:2025-03-11]]
Casus: [[p:Lewandowska]] / [[z:2024-SWT-LK-0871]]
Aanwezig: [[p:F. Bouchtaoui]] (MW, regie), [[p:Latifa Bensaïd]] ({{o:Veilig Thuis}}), [[p:C. Doelwijt]] ({{r:wijkagent}}), mevr. [[p:Zwart]] (school [[p:Kuba]])
Besproken:
- Ex-partner ([[p:Marek Zieliński]], geb. [[d:7-7-1988]]) heeft contactverbod tot [[d:7 juni 2025]]
- Nieuwe mobiel voor mw.: [[t:06 - 29 31 47 06]] (alleen bekend bij MW en VT)
- School: [[p:Kuba]] mag alleen door moeder of oma ([[p:Halina]]) opgehaald worden
Volgend MDO: [[d:8 april]] 14.00 uur
=====
Reactie in de thread "Kinderen als tolk":
> Toen bleek dat [[p:Sahra]] zelf de betalingsregeling met de {{o:Belastingdienst}} had getekend (!)
Dit staat nog steeds in de gepubliceerde les, met naam. Ik heb het gemeld bij de moderator.

Moderator: dank, aangepast. "[[p:Sahra]]" is nu "de oudste dochter".
=====
Hallo allemaal,

Vanuit {{w:Laak}} een les in wording over arbeidsmigranten, ik wil graag input voordat ik hem indien. Korte schets: drie Poolse en twee Bulgaarse mannen in één huis, via hetzelfde uitzendbureau. Als het bureau failliet gaat staan ze alle vijf op straat, zonder BSN-registratie op het juiste adres, zonder zorgverzekering.

Wat ik wil leren van jullie:
- heeft iemand ervaring met het {{o:Meldpunt Arbeidsmigranten}}?
- hoe krijg je zo snel mogelijk een briefadres?

Groet,
[[p:Ahmet]]
(mag ook bellen: [[t:070 – 752 11 38]], dat is mijn directe lijn)
=====
Afspraken over dit platform (vastgesteld in de startbijeenkomst)
1. We schrijven over cliënten, nooit met hun naam, adres, geboortedatum of nummers.
2. We noemen collega's wel bij naam, tenzij zij dat niet willen.
3. Organisaties en wijken mogen genoemd worden.
4. Reacties citeren alleen uit de gepubliceerde versie van een les.
5. Twijfel? Laat het weg en vraag de reviewer.
=====
Concept (hasty, vanaf telefoon getypt)
titel: oma en kleinzoon
thema: ouderen/jeugd
mw [[p:vd berg]] 82 (naam is te herkenbaar neem ik aan -> oma). kleinzoon [[p:jayden]] (17) woont bij haar sinds moeder ([[p:Chantal]]) in detentie zit. oma kan het niet meer aan, [[p:j.]] blowt. {{o:cjg}} zegt 17 = bijna 18 = niet meer ons probleem. les: ?? vullen na gesprek [[d:ma 17/3]]
=====
Les gepubliceerd in thema schulden: "Begin bij de stapel, niet bij de schuld" door [[p:Emre Kılıç]] ({{w:Schilderswijk}}). [[d:14-03-2025]].
=====
[[p:Fatima Bouchtaoui]] [[d:19-03-2025]] 22:17
Ik wil hier iets kwijt. Vandaag is een cliënte waar ik lang mee bezig was teruggegaan naar haar ex. Ik ga er geen les over schrijven, maar ik wil wel zeggen: soms werkt alles wat we leren niet, en dat hoort er ook bij.

  [[p:Mireille Pieternella]] [[d:20-03-2025]] 07:45
  Dank je dat je dit deelt, [[p:Fatima]]. Dat ze weet dat jij er bent, ís iets. Bel je me vandaag even?

  [[p:Joost van Rijn]] [[d:20-03-2025]] 08:12
  ❤️ Sterkte. Vrijdag koffie?
""")

# ---------------------------------------------------------------------------
# 11. More drafts, pastes and threads with structured personal data
# ---------------------------------------------------------------------------
add(r"""
Titel: Twee ex-partners, één kind, nul communicatie
Thema: huiselijk geweld / jeugd
Team: {{w:Transvaal}}
Ingediend door: [[p:Mireille Pieternella]], {{r:aandachtsfunctionaris}}
Situatie: Moeder [[p:Merhawit Kidane]] en vader [[p:Semere Haile]] zijn sinds 2023 uit elkaar. Dochter [[p:Lidya]] (8) gaat om het weekend naar vader in {{w:Laak}} ([[a:Rijswijkseweg 408-C]]). De overdracht gebeurt op het politiebureau omdat moeder bang is.
Les: Bij omgang na geweld is de overdrachtsplek een interventie op zich.
=====
Gegevens voor doorverwijzing (geplakt door [[p:Ahmet]], graag verwijderen na lezen):
mw. [[p:Dorota Wójcik]] – [[d:1-5-1979]] – [[a:Goeverneurlaan 412 A]] – [[pc:2524CR]] – [[t:06 31 02 77 84]] – BSN [[b:201.159.442]]
dhr. [[p:Vasil Kostov]] – [[d:22-10-1985]] – geen vast adres – [[t:+359 89 550 2314]] – BSN [[b:356411175]]
=====
Van: [[p:Faadumo Cali]] <[[e:faadumo.cali@gmail.com]]>
Verzonden: [[d:zondag 16 maart 2025]] 23:40
Aan: [[e:h.aouragh@swtschilderswijk.nl]]
Onderwerp: deurwaarder

goede avond mevrouw [[p:hanane]] de deurwaarder komt [[d:woensdag 19-3]] voor de beslag. ik heb geen geld. mijn rekening is [[i:NL66 ASNB 8778 1609 59]] daar staat 12 euro. mijn adres is [[a:Hoefkade 1023]] [[pc:2526 BE]]. wat kan ik doen?? [[p:faadumo]]
=====
Reactie van [[p:Hanane Aouragh]]:
Ik plak mijn antwoord aan mevrouw even hier, want het is een goed voorbeeld voor de les over beslagvrije voet:
"Beste mevrouw [[p:Cali]], de deurwaarder mag niet al uw geld meenemen. Er is een beslagvrije voet. Ik bel morgen om 9 uur het kantoor van de deurwaarder ({{o:Flanderijn}}, dossier [[z:FL-2025-4418207]]). Ik bel u daarna op [[t:06-49 30 11 86]]."
=====
Concept – thema ouderen
Titel: Javaanse oma en de thuiszorg
Team {{w:Laak}}, auteur [[p:Nel Kraai]]
Mevrouw [[p:Djoeminah Sadikin]] (84) wilde geen thuiszorg: "een vreemde in mijn huis". Kleindochter [[p:Wulan]] ([[e:wulan.sadikin@outlook.com]]) vroeg ons om hulp. Via {{o:Stichting Sahabat}} een Javaanssprekende vrijwilliger gevonden die eerst koffie kwam drinken. Na een maand mocht de thuiszorg komen, mits die vrijwilliger de eerste keer meeging.
Adres (weghalen!): [[a:Laakkade 301]], [[pc:2521 XN]].
=====
intake notitie ([[p:S. Kalpoe]]), geplakt in thread per ongeluk:
[[p:Iwan Sabajo]] 23 jr, [[a:De la Reyweg 77 III]] ({{w:Transvaal}}), gsm [[t:0649217730]], mail [[e:iwansab@hotmail.nl]]. Studieschuld DUO ca € 14.000, zorgverzekering achterstand. Moeder [[p:Marlène Vreden]] tel [[t:070-3 80 22 16]].
=====
Ik heb het rekeningnummer van de cliënt per ongeluk in de les gezet: [[i:NL58 TRIO 9978 9120 18]]. Kan de moderator dat verwijderen? Ik kan niet meer bewerken. – [[p:Sevda]]
=====
Budgetoverzicht (uit bijlage, gedeeld voor de les over twee potjes):
Inkomen: € 1.642 (loon dhr.) + € 310 kinderbijslag/kgb
Huur: € 742
Energie: € 168
Zorgverzekering: € 276
Leefgeld: € 480 (= € 120 per week)
Aflossing {{o:Staedion}}: € 85
Reservering: € 40
=====
[[[d:2-4-2025]] 08:03] [[p:Roshni Mangroe]]: goedemorgen! meneer [[p:Autar]] is gisteren thuisgekomen uit het {{o:Haga}}. ik ga vanmiddag langs met [[p:Tineke]]
[[[d:2-4-2025]] 08:05] [[p:Tineke Mulder]]: 👍 ik ben er om 14u, parkeer je bij de Roggekamp?
[[[d:2-4-2025]] 08:06] [[p:Roshni Mangroe]]: ja bij de ingang, daar is altijd plek
=====
Vraag in thread "Jongeren 18-":
Hebben jullie een vast contact bij het {{o:Jongerenloket}}? Wij hebben nu mevr. [[p:A. Ait Ouali]] ([[e:a.aitouali@denhaag.nl]], [[t:06-1572 8830]]) en dat loopt heel goed, ze denkt echt mee.
=====
Cliëntgegevens (NIET PUBLICEREN)
Naam: [[p:Habibullah Wardak]]
Geboren: [[d:01-07-1971]] te Kabul
BSN: [[b:269 513 048]]
Adres: [[a:Oudemansstraat 255-II]]
Postcode: [[pc:2522 HX]]
IBAN: [[i:NL37BUNQ8910776844]]
Telefoon: [[t:+31 (0)6 5522 1093]]
Zus (contactpersoon): [[p:Zarghona Ahmadzai]], [[t:06-44 09 18 52]]
=====
Review van [[p:Ingrid Soplantila]]:
Je schrijft "mw. [[p:Owusu]] ([[p:Ama]])". Beide eruit. Ook "de Ghanese kerk aan de [[a:Calandstraat 41]]" is te specifiek: dat adres + het land van herkomst + 'weduwe met drie kleinkinderen' is één persoon. Maak er "een kerk in de wijk" van.
=====
Aanmelding pilotgroep (doorgestuurd door teamleider)
Team: {{w:Duindorp}}
1. [[p:Marjolein de Vos]], {{r:wijkverpleegkundige}}, [[e:m.devos@swtduindorp.nl]]
2. [[p:Bram Visser]], {{r:casusregisseur}}, [[e:b.visser@swtduindorp.nl]]
3. [[p:Dion Coffie]], {{r:welzijnscoach}}, [[e:d.coffie@swtduindorp.nl]]
4. [[p:Hennie Timmer]], {{r:MEE-consulent}}, [[e:h.timmer@swtduindorp.nl]]
Reserve: [[p:Theo van Dam]]
=====
geplakt uit case-systeem:
> [[d:14-03]] [[p:wim de wit]] ([[d:08-08-1949]]), [[a:Stellingkamp 19]], weduwnaar, dochter in Spanje. Valt vaak. Alarmknop geweigerd.
> [[d:17-03]] huisbezoek [[p:R.M.]] + [[p:G.W.]]: alarmknop alsnog geaccepteerd.
=====
Gezin [[p:Boukhari]]: vader [[p:Ilias]], moeder [[p:Samira Chaara]], 3 kinderen. Zaak [[z:2025/SW/0188]]. Vader heeft een eigen bedrijf (schoonmaak), KvK [[z:81447210]], en schulden bij de {{o:Belastingdienst}} van ruim € 23.000. Moeder weet van niets. Hoe pakken jullie dit soort 'verborgen schulden' aan?
=====
Telefoonnotitie [[d:vr 21 mrt]] 16:50
Gebeld door [[p:Hu Jun]] (zoon van mw. [[p:Lin]]), [[t:+86 139 1022 4471]] (zit in China). Vraagt of er iemand bij zijn moeder kan kijken, ze neemt niet op. Doorgezet naar [[p:Kiran]].
=====
Een hele lieve reactie van een cliënt op haar eigen les (zij las mee met toestemming):
"Ik heb het gelezen. Het klopt. Alleen was het niet drie maanden maar vier. En ik heb het zelf gedaan, jullie hebben geholpen."
=====
Correctie op mijn eerdere bericht: het IBAN van de stichting voor de giften is [[i:NL90 RABO 3146 6774 65]] (niet van de cliënt!). – [[p:Dion]]
=====
Dossier [[z:SWT-MH-25-0071]]
Cliënt: [[p:Theodora]] ([[p:Dora]]) [[p:Bos-van Leeuwen]]
Geb.: [[d:31-12-1932]]
Adres: [[a:Haverkamp 1]]
Telefoon: [[t:070 3478812]]
Bijzonderheden: doof, schrijft briefjes. Dochter [[p:Annie Bos]] ([[t:06 - 12 49 77 03]]).
=====
Reactie op de les "Jonge moeder, geen huis, wel een baby":
Kleine aanvulling: bij ons heet de contactpersoon van de {{o:Centrale Toegang}} [[p:Glenn Wongsodikromo]]. Hij is rechtstreeks bereikbaar op [[t:070 - 752 40 19]]. Veel sneller dan het algemene nummer 070 353 7500.
=====
[[p:Khadija Ezzahraoui]] ({{o:Stichting MOOI}}) schreef:
Wij organiseren vanaf [[d:8 april]] elke dinsdag een vrouwengroep in het buurthuis aan de Koningstraat (naast de moskee). Vrouwen uit de pilotlessen zijn welkom. Aanmelden bij mij: [[e:k.ezzahraoui@mooi.nl]].
=====
Kopie bericht Toeslagen (door cliënt doorgestuurd):
"Geachte heer [[p:Doğan]], wij hebben uw wijziging van [[d:12/02/2025]] verwerkt. Uw voorschot zorgtoeslag wordt vanaf maart € 123 per maand, uitbetaald op [[i:NL95KNAB8751782843]]. Kenmerk: [[z:ZT-2025-8830015]]."
=====
ik heb een vraag over de les van [[p:Van den Berg-El Idrissi]] – sorry, de les over het gezin met vier kinderen in de {{w:Schilderswijk}}. Hoe lang duurde het voor het budgetplan rond was?
""")


# ---------------------------------------------------------------------------
# Build, verify, write
# ---------------------------------------------------------------------------
BAD_OK.update({"765908336"})

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


def digits(s):
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def bsn_ok(s):
    d = digits(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = digits(s)
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, marked in enumerate(TEXTS, start=1):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn" and digits(sp["text"]) not in BAD_OK:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and digits(sp["text"]) not in BAD_OK:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h105-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout105.jsonl")
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
    print("pii", tot, {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])})
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
