#!/usr/bin/env python3
"""Held-out test corpus 16 for the Dutch personal-data finder (social neighbourhood care, Den Haag).

Every text below is written by hand. Spans are marked inline and stripped by build():
  [[label:text]]  personal data that must be found
  {{label:text}}  context that must stay readable
Short labels: p=person, bsn, tel=phone, mail=email, iban, pc=postcode, adr=address,
d=date, dos=dossier; w=wijk, o=org, r=role.
Run: python3 heldout16_corpus.py  -> writes heldout16.jsonl next to this file.
"""

import json
import os
import re
import sys
from collections import Counter

PII = {
    "p": "person",
    "bsn": "bsn",
    "tel": "phone",
    "mail": "email",
    "iban": "iban",
    "pc": "postcode",
    "adr": "address",
    "d": "date",
    "dos": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

TEXTS = []

# ---------------------------------------------------------------- A. case lessons (structured)

TEXTS.append("""Casusles: schulden en eenzaamheid na verlies partner ({{w:Moerwijk}})

Aanleiding
Dhr. [[p:Henk Bakker]] (67) werd op [[d:14 maart 2024]] bij ons aangemeld door zijn {{r:huisarts}}, dokter [[p:Verbeek]]. Meneer woonde sinds het overlijden van zijn vrouw [[p:Ria]] alleen op de [[adr:Dedemsvaartweg 318]] en maakte geen post meer open. {{o:HaagWonen}} had een ontruimingsprocedure gestart (huurachterstand ruim € 4.200); de zitting stond op [[d:16 april]].

Aanpak
[[p:Samira]] ({{r:maatschappelijk werker}}) en ik zijn op [[d:21 maart]] samen op huisbezoek gegaan. De eerste keer hebben we alleen koffie gedronken. Bij het tweede bezoek mochten we de post doorlopen; dat waren drie vuilniszakken. Via de {{o:Sociaal Raadslieden}} is een betalingsregeling getroffen en {{o:Schuldhulpverlening}} heeft het dossier ([[dos:SHV-2024-03318]]) overgenomen.

Wat werkte
Vaste gezichten. Meneer wilde alleen met [[p:Samira]] praten en dat hebben we zo gelaten.

Wat werkte niet
Brieven sturen. Die belandden in de zak bij de rest.

Resultaat
De ontruiming is op [[d:2 mei]] van de rol gehaald. Dhr. [[p:Bakker]] gaat nu twee ochtenden per week naar de koffietafel in het wijkcentrum, en haalt zijn brood weer zelf bij de bakker op de hoek.

Les voor andere teams
Ga niet te snel aan de papieren. Eerst vertrouwen, dan pas de schulden.""")

TEXTS.append("""Casus: jonge moeder met LVB in de {{w:Schilderswijk}}

Aanleiding
[[p:Naima]] (23) woont met dochtertje [[p:Lina]] (2) in een kleine bovenwoning aan de [[adr:Hobbemastraat 41-III]], [[pc:2526 JJ]]. De {{r:jeugdverpleegkundige}} van het {{o:CJG}} maakte zich zorgen: [[p:Lina]] was twee keer niet op controle geweest en [[p:Naima]]'s telefoon stond steeds uit.

Aanpak
We hebben de {{r:MEE-consulent}} ([[p:Ilse]]) er direct bij gehaald. Samen met [[p:Naima]] een weekplanning gemaakt met plaatjes in plaats van tekst. Oma [[p:Khadija]] ([[tel:06-3190 2275]]) kwam bij het eerste gesprek; zij bleek de belangrijkste steun.

Wat werkte
Plaatjes, korte zinnen, één afspraak per week op een vaste dag (dinsdag).

Wat werkte niet
Doorverwijzen naar een cursus opvoeden in het buurthuis. Te veel mensen, te veel tekst.

Resultaat
Sinds [[d:18-06-2024]] is er een vaste {{r:ambulant begeleider}} via {{o:MEE}}. [[p:Lina]] gaat twee dagdelen naar de peuteropvang.

Les voor andere teams
Vraag bij LVB altijd wie in de familie écht meehelpt; vaak is dat niet de persoon die als contact in het dossier staat.""")

TEXTS.append("""Thema: bemoeizorg
Titel: 'De deur ging pas open toen we stopten met aanbellen'

Aanleiding
Meerdere buren van mw. [[p:Dolores Wijngaarde]] ([[adr:Paul Krugerlaan 112-A]], [[pc:2572 RN]], {{w:Transvaal}}) klaagden sinds [[d:2 oktober 2023]] over stank en ongedierte. Buurvrouw [[p:Sevgi]] van hiernaast belde in drie weken vijf keer naar {{o:Staedion}}. De {{r:huismeester}}, [[p:Ronald]], kreeg geen contact.

Aanpak
Na overleg in het MDO van [[d:7 november 2023]] hebben we besloten dat alleen [[p:Desiree]] ({{r:wijkverpleegkundige}}, kende mevrouw nog van een wondbehandeling) contact zou zoeken. Geen brieven van de corporatie meer, geen aanbellen met z'n drieën. [[p:Desiree]] liet elke vrijdag een briefje met haar nummer achter.

Wat werkte
Geduld en één gezicht. Na vijf weken belde mevrouw zelf: haar voet deed pijn.

Wat werkte niet
De dreiging met huisuitzetting. Mw. [[p:Wijngaarde]] trok zich daardoor alleen verder terug.

Resultaat
Opruimactie met toestemming van mevrouw op [[d:zaterdag 13 januari]], samen met vrijwilligers van haar kerk. Aanmelding bij de {{o:GGZ}} loopt via de {{r:POH-GGZ}}.

Les voor andere teams
Spreek met de corporatie af dat er één afzender is. Bij ons was dat de {{r:wijkverpleegkundige}}, niet het {{o:Wmo-loket}} en niet de {{r:woonconsulent}}.""")

TEXTS.append("""Casusles huiselijk geweld – {{w:Laak}}

Aanleiding
Op [[d:ma 19 februari]] kwam een zorgmelding binnen via {{o:Veilig Thuis}} (melding [[dos:VT-2024-02231]]). Mw. [[p:Elif Doğan]] (31) had aan de {{r:intern begeleider}} van de school van haar zoon [[p:Emir]] verteld dat haar man [[p:Murat]] haar sloeg. Het gezin woont op de [[adr:Neherkade 1620]]; er wonen drie kinderen in huis: [[p:Emir]] (9), [[p:Zeynep]] (6) en baby [[p:Aylin]].

Aanpak
Gesprek op school, niet thuis, met een vrouwelijke tolk. Samen met {{o:Veilig Thuis}} een veiligheidsplan gemaakt. [[p:Murat]] werd apart uitgenodigd door onze {{r:maatschappelijk werker}} [[p:Kemal]]; hij kwam, tot ieders verbazing.

Wat werkte
Dat [[p:Kemal]] Turks sprak en uit dezelfde streek kwam. Meneer voelde zich niet meteen veroordeeld.

Wat werkte niet
De wachtlijst voor daderhulp: ruim 10 weken.

Resultaat
Geen nieuwe incidenten sinds maart. Mevrouw volgt een taalcursus. Ons dossier: [[dos:SWT-LK-0419]].

Les voor andere teams
Zoek de veiligheid eerst op een neutrale plek. En onderschat niet wat een collega met dezelfde achtergrond kan betekenen, maar leg het ook niet alleen bij hem neer.""")

TEXTS.append("""Ouderen / dementie – {{w:Mariahoeve}}

Aanleiding
[[p:Roos Hartman]] (84) woont zelfstandig op de [[adr:Tarwekamp 67]], [[pc:2592 XH]]. Haar zoon [[p:Peter]] woont in Groningen en belt dagelijks. Hij meldde zich op [[d:3-10-2023]] bij het {{o:Servicepunt XL}}: zijn moeder was twee keer 's nachts op straat gevonden door de buurman, dhr. [[p:de Hoop]].

Aanpak
De {{r:casemanager dementie}}, [[p:Anouk]], en de {{r:ouderenconsulent}} gingen samen op huisbezoek. [[p:Roos]] vertelde uitgebreid over haar tuin; over vergeetachtigheid wilde ze niet praten. Via de {{r:huisarts}} een verwijzing voor een geheugentest bij {{o:HMC Bronovo}}. Buurman [[p:De Hoop]] kreeg het nummer van [[p:Anouk]] voor noodgevallen.

Wat werkte
De buurman als ogen en oren. Hij ziet elke ochtend of de gordijnen open zijn.

Wat werkte niet
Een GPS-horloge. Mevrouw legde het in de la.

Resultaat
Diagnose Alzheimer in december. Sinds [[d:8 januari 2024]] gaat ze drie dagen per week naar de dagbesteding van {{o:WZH}}. [[p:Peter]] komt nu eens in de twee weken.

Les voor andere teams
Neem de buren serieus. Dhr. [[p:de Hoop]] wist meer dan wij allemaal bij elkaar.""")

TEXTS.append("""Les: arbeidsmigrant zonder vaste woonplek

Aanleiding
Dhr. [[p:Tomasz Wiśniewski]] (44) kwam via het {{o:Leger des Heils}} bij ons. Hij werkte via een uitzendbureau in het Westland en woonde in een pand van dat bureau aan de [[adr:Meppelweg 1004]], [[pc:2544 BL]]. Na een bedrijfsongeval op [[d:21.08.2023]] raakte hij werk én kamer kwijt. Geen inschrijving, geen uitkering.

Aanpak
[[p:Jasper]] ({{r:consulent werk en inkomen}}) zocht uit dat meneer wel een BSN had ([[bsn:952494255]]) maar als vertrokken uit de BRP was geschreven. Inschrijving op een briefadres via de {{o:Kessler Stichting}}. Zijn zus [[p:Agnieszka]] in Wrocław hielp via WhatsApp met documenten (tel. [[tel:+48 601 442 913]]).

Wat werkte
Contact met de zus. Zij had alle loonstroken nog.

Wat werkte niet
Het uitzendbureau. Geen reactie op drie mails.

Resultaat
[[p:Tomasz]] heeft sinds [[d:1 november]] een ZW-uitkering via {{o:UWV}} (op zijn nieuwe rekening [[iban:NL94 INGB 0006 9407 15]]) en een kamer via de {{o:Kessler Stichting}}.

Les voor andere teams
Check altijd of iemand als 'vertrokken onbekend waarheen' staat. Dat blokkeert alles.""")

TEXTS.append("""Casusles jongvolwassen statushouder – {{w:Bouwlust}}

Aanleiding
[[p:Yonas]] (21) kwam als alleenstaande minderjarige naar Nederland en woont sinds twee jaar op zichzelf aan de [[adr:Melis Stokelaan 2187]], [[pc:2541 GS]]. Zijn {{r:mentor}} van {{o:Vluchtelingenwerk}}, [[p:Hanneke]], stopte toen hij op [[d:3 augustus]] 21 werd. Daarna liep het mis: DUO-schuld, boetes van de tram, een brief van de deurwaarder.

Aanpak
Onze {{r:jongerenwerker}} [[p:Bilal]] nam hem eerst mee naar de sportschool. Pas daarna kwam het gesprek over geld. Samen met een Tigrinya-sprekende vrijwilliger, [[p:Senait]], is een overzicht gemaakt. Een maatje via {{o:Humanitas}} ([[p:Kees]], 68, oud-boekhouder) helpt met de post.

Wat werkte
De combinatie jongerenwerker + maatje. [[p:Yonas]] noemt [[p:Kees]] inmiddels 'mijn Nederlandse opa'.

Wat werkte niet
Afspraken in het wijkcentrum om 9 uur 's ochtends.

Resultaat
Alle schulden in beeld (ca. € 3.800), betalingsregeling met DUO vanaf [[d:1 april 2024]]. Hij volgt een mbo-opleiding logistiek.

Les voor andere teams
Stop niet met begeleiden op een leeftijd. Stop als het goed gaat.""")

TEXTS.append("""Thema jeugd – de overgang naar 18

Aanleiding
[[p:Denzel Pinas]] werd op [[d:9 september 2023]] achttien. Tot die dag had hij een {{r:gezinscoach}} van het {{o:CJG}}; daarna niemand. Zijn moeder, mw. [[p:Gracia Pinas-Esajas]], belde in paniek ([[tel:06-27 30 88 41]]) met ons team in {{w:Spoorwijk}}: [[p:Denzel]] was van school gestuurd en zat de hele dag binnen te gamen.

Aanpak
Warme overdracht geregeld met de oude gezinscoach, [[p:Wendy]]. Eerste gesprek bij hem thuis ([[adr:Hooftskade 88]]), met zijn oom [[p:Marlon]] erbij, die hij erg respecteert. Via de {{r:leerplichtambtenaar}} van het {{o:RMC}} een traject naar een entreeopleiding.

Wat werkte
Oom [[p:Marlon]]. En dat we bij [[p:Denzel]] thuis kwamen in plaats van hem te laten komen.

Wat werkte niet
De overdracht op papier: het dossier van het {{o:CJG}} ([[dos:CJG-2023-11842]]) kwam pas na zes weken.

Resultaat
[[p:Denzel]] is op [[d:08-01-2024]] begonnen bij {{o:ROC Mondriaan}}.

Les voor andere teams
Plan de overdracht vóór de achttiende verjaardag, niet erna.""")

TEXTS.append("""Casusles schulden en bewind – {{w:Morgenstond}}

Aanleiding
Mw. [[p:Gisenia Martina]] (38, [[adr:Zuidlarenstraat 57]], [[pc:2545 VE]]) heeft drie kinderen ([[p:Shurendy]], [[p:Jayden]] en [[p:Kayla]]). Ze kwam binnen via de {{o:Voedselbank}}. Achterstanden bij energie, zorgverzekeraar en {{o:Belastingdienst/Toeslagen}}.

Aanpak
Aanvraag beschermingsbewind (BSN mevrouw: [[bsn:552258866]]). De {{r:bewindvoerder}}, [[p:R. Statia]] van {{o:Bewindvoering Haaglanden}}, opende een beheerrekening. Mevrouw gaf toestemming om haar eigen rekening ([[iban:NL17 RABO 1221 9558 91]]) te laten afsluiten voor automatische incasso's. Haar tante [[p:Rosalia]] past op de kinderen als mevrouw naar afspraken moet.

Wat werkte
Eén overzicht op A3 op de keukentafel, met een kleur per schuldeiser.

Wat werkte niet
Wachten op de kantonrechter: bijna drie maanden. In die tijd kwam er nog een deurwaarder.

Resultaat
Bewind uitgesproken op [[d:12 juni 2024]]. Mevrouw zit in de herstelregeling van {{o:Toeslagen}}.

Les voor andere teams
Regel in de tussentijd een pauzebrief voor schuldeisers. Dat had ons veel gedoe gescheeld.""")

TEXTS.append("""Casus: ouder echtpaar, taalbarrière en eenzaamheid ({{w:Stationsbuurt}})

Aanleiding
Dhr. [[p:Chen]] (79) en mw. [[p:Chen-Liu]] (76) hadden jarenlang een restaurant. Nu wonen ze boven de oude zaak ([[adr:Wagenstraat 93 D]], [[pc:2512 AX]]). Dochter [[p:Mei]] woont in Rotterdam en is de enige die tolkt. Zij mailde ons in mei (vanaf [[mail:meichen.rdam@gmail.com]], tel. [[tel:06-1934 5580]]) dat haar vader niet meer naar buiten ging.

Aanpak
Contact gelegd met een Chinese vrouwenvereniging in Chinatown. Een vrijwilliger, [[p:Xiaoling]], gaat nu wekelijks langs. De {{r:wijkverpleegkundige}} ([[p:Tamara]]) komt voor de insuline van meneer.

Wat werkte
Een vrijwilliger die Kantonees spreekt. [[p:Mei]] hoeft niet meer alles te vertalen.

Wat werkte niet
De tolkentelefoon: meneer hoort slecht en hing steeds op.

Resultaat
Meneer gaat op donderdag mee naar mahjong in het buurthuis.

Les voor andere teams
Zoek de zelforganisaties in de wijk op. Die zijn er, ook als ze niet op de sociale kaart staan.""")

TEXTS.append("""Casusles – kind met autisme, moeder alleen ({{w:Transvaal}})

Aanleiding
Mw. [[p:Hodan Warsame]] (35, [[adr:Kaapsestraat 3 bis]], [[pc:2572 SE]]) heeft vier kinderen. Haar zoon [[p:Abdirahman]] (8) heeft autisme en zat sinds de herfstvakantie thuis: de school kon hem niet meer aan. Mevrouw sliep nauwelijks. Aangemeld op [[d:30 oktober 2023]] door de {{r:schoolmaatschappelijk werker}}.

Aanpak
Gesprek met mevrouw, haar broer [[p:Abdi]] en een tolk Somalisch. Jeugdhulp aangevraagd via het {{o:Jeugdteam}}; onze rol was de rest van het gezin. De oudste dochter, [[p:Ayaan]] (15), bleek veel zorg te dragen; zij kreeg een plek in een groep voor jonge mantelzorgers.

Wat werkte
[[p:Abdi]] erbij halen. In de familie heeft hij het laatste woord, en hij stond achter de aanvraag.

Wat werkte niet
Formulieren in het Nederlands opsturen.

Resultaat
[[p:Abdirahman]] gaat sinds [[d:5 februari]] naar een speciale klas in {{w:Leyenburg}}. [[p:Ayaan]] gaat elke woensdag naar de groep.

Les voor andere teams
Kijk naar de broers en zussen. Die vallen altijd buiten beeld.""")

TEXTS.append("""Wonen en gezondheid: schimmel in een particuliere huurwoning

Aanleiding
Familie [[p:Haddad]] (ouders [[p:Omar]] en [[p:Rima]], drie kinderen) huurt sinds 2020 een benedenwoning aan de [[adr:Loevesteinlaan 245 hs]] in {{w:Moerwijk}} ([[pc:2531 XB]]). Jongste dochter [[p:Nour]] had steeds longontstekingen. De {{r:huisarts}} schreef 'vochtige woning' in de verwijzing.

Aanpak
Verhuurder dhr. [[p:Koster]] reageerde sinds [[d:4 november 2023]] niet meer op mails van de familie. Onze {{r:woonconsulent}} [[p:Rob]] heeft samen met het {{o:Juridisch Loket}} een brief opgesteld en de {{o:Huurcommissie}} ingeschakeld. Ondertussen een bouwdroger geleend via de {{o:GGD Haaglanden}}.

Wat werkte
De {{o:Huurcommissie}}. Binnen zes weken kwam [[p:Koster]] zelf kijken.

Wat werkte niet
Bellen met de verhuurder: het 070-nummer van zijn kantoor werd nooit opgenomen.

Resultaat
Dak en ventilatie hersteld in de zomer. [[p:Nour]] is sinds september niet meer in het ziekenhuis geweest.

Les voor andere teams
Documenteer alles met foto's en data. De uitspraak ([[dos:HC-2024-004471]]) ging vooral over de foto's.""")

TEXTS.append("""Casusles: verslaving en overlast, {{w:Laak}}

Aanleiding
Dhr. [[p:Stoyan Petrov]] (52) huurt een kamer aan de [[adr:Slicherstraat 17-2]], [[pc:2526 VA]]. Sinds [[d:12 mei 2023]] klaagden buren over geschreeuw 's nachts. {{r:Wijkagent}} [[p:Martijn]] kwam in een half jaar elf keer langs.

Aanpak
De wijkagent en onze {{r:maatschappelijk werker}} [[p:Hatice]] gingen samen. Niet om te waarschuwen, maar om te vragen wat er was. Meneer bleek zijn dochter [[p:Rositsa]] al drie jaar niet te hebben gezien. Via {{o:Brijder}} een intake, met een Bulgaarse {{r:ervaringsdeskundige}} erbij ([[p:Georgi]]).

Wat werkte
[[p:Georgi]]. Hij sprak de taal en kende het verhaal.

Wat werkte niet
De eerste intake bij {{o:Brijder}} zonder tolk. Meneer liep na tien minuten weg.

Resultaat
Sinds [[d:28/11/2023]] in behandeling. Overlast sterk afgenomen. [[p:Rositsa]] heeft hem in de kerstvakantie opgezocht.

Les voor andere teams
Vraag bij overlast naar familie. Heimwee en schaamte zitten vaak onder de drank.""")

TEXTS.append("""Thema ouderen – informele zorg via de kerk

Aanleiding
Mw. [[p:Comfort Asante]] (71, [[adr:Steenwijklaan 455]]) uit {{w:Escamp}} is na een beroerte halfzijdig verlamd. Ze weigert thuiszorg van 'vreemden'. Haar dochter [[p:Gifty]] werkt nachtdiensten en raakte overbelast.

Aanpak
Via pastor [[p:Kwame Boateng]] van haar kerk een rooster gemaakt: vier vrouwen uit de gemeente komen om beurten. De {{r:wijkverpleegkundige}} van {{o:Florence}} ([[p:Linda]]) leert hen de transfers. De {{r:mantelzorgmakelaar}} hielp [[p:Gifty]] met een pgb-aanvraag; het budget komt op haar rekening [[iban:NL46ASNB5434845441]].

Wat werkte
De kerk als netwerk. Wij hoefden niets op te bouwen, alleen te ondersteunen.

Wat werkte niet
Ons eerste voorstel (dagbesteding). Mevrouw wilde thuis blijven.

Resultaat
Pgb toegekend per [[d:1-3-2024]]. [[p:Gifty]] heeft nu twee vrije avonden per week.

Les voor andere teams
Vraag welke gemeenschap er al is. Soms is het antwoord een kerk in een oude loods op een bedrijventerrein.""")

TEXTS.append("""Casusles trauma en opvoeding – {{w:Bouwlust}}/{{w:Vrederust}}

Aanleiding
Mw. [[p:Zarghona Rahimi]] (41) woont met haar drie zonen op de [[adr:Dreibergen 14]], [[pc:2544 TJ]]. Ze is weduwe sinds 2021. Haar oudste, [[p:Farid]] (16), kwam in aanraking met de politie. Mevrouw zelf heeft nachtmerries en hoofdpijn.

Aanpak
Een vrouwelijke tolk Dari, steeds dezelfde ([[p:Shabnam]]). De {{r:POH-GGZ}} verwees naar {{o:i-psy}}, de interculturele GGZ. Voor [[p:Farid]] een {{r:jongerenwerker}} via {{o:Xtra}}.

Wat werkte
Dezelfde tolk. Mevrouw vertelde pas bij het derde gesprek, op [[d:19 december]], wat er in Kabul gebeurd was.

Wat werkte niet
Groepsbijeenkomsten voor vrouwen. Mevrouw schaamde zich.

Resultaat
Behandeling bij {{o:i-psy}} gestart op [[d:2 oktober 2023]]. [[p:Farid]] heeft een bijbaan bij de supermarkt.

Les voor andere teams
Regel een vaste tolk en zet dat in het dossier. Het scheelt weken.""")

TEXTS.append("""Casus: mantelzorgconflict in een Hindostaanse familie ({{w:Transvaal}})

Aanleiding
Dhr. [[p:Ramesh Jagesar]] (74) heeft diabetes en beginnende nierproblemen. Hij woont bij zijn jongste zoon [[p:Vikash]] en schoondochter [[p:Anjali]] aan de [[adr:Delagoastraat 36]], [[pc:2572 LP]]. Zijn dochter [[p:Sunita Jagesar]] belde op [[d:woensdag 6 maart]] boos naar het team ([[tel:06-5310 2284]]): 'Mijn vader krijgt het verkeerde eten en niemand doet iets.'

Aanpak
Een familiegesprek in het wijkcentrum, met alle drie de kinderen (ook oudste zoon [[p:Prem]] uit Almere). [[p:Nadia]], onze {{r:maatschappelijk werker}}, leidde het gesprek; de {{r:wijkverpleegkundige}} legde uit wat diabetes en nieren betekenen voor het eten.

Wat werkte
Een taakverdeling op papier, door iedereen getekend. [[p:Sunita]] doet de ziekenhuisafspraken, [[p:Anjali]] het koken, [[p:Prem]] betaalt mee aan de huishoudelijke hulp.

Wat werkte niet
Telefoongesprekken met één kind tegelijk: iedereen hoorde een ander verhaal.

Resultaat
Bloedsuikers stabieler volgens de {{r:diabetesverpleegkundige}}. Geen boze telefoontjes meer sinds april.

Les voor andere teams
Bij ruzie over zorg: iedereen tegelijk aan tafel.""")

TEXTS.append("""Korte casusles: inkomen na detentie

Aanleiding: dhr. [[p:Adilson Tavares]] (29) kwam op [[d:15-05-2024]] vrij na 14 maanden. Geen woning, geen ID-kaart, geen inkomen. Zijn moeder, mw. [[p:Ivanilda Semedo]], woont in {{w:Bouwlust}} ([[adr:Lozerlaan 1206]], [[pc:2542 KL]]) en liet hem op de bank slapen.
Aanpak: via de {{r:casusregisseur}} nazorg ex-gedetineerden. ID-kaart aangevraagd (BSN [[bsn:2557.53.767]]) en bijstandsaanvraag op dezelfde dag.
Wat werkte: alles in één week regelen, met één contactpersoon ([[p:Ruud]]).
Wat werkte niet: de eerste aanvraag werd afgewezen omdat hij op het adres van zijn moeder stond (kostendelersnorm).
Resultaat: kamer via het {{o:Leger des Heils}}; werk bij een schoonmaakbedrijf sinds juli.
Les: begin vóór de vrijlating, niet erna.""")

# ---------------------------------------------------------------- B. discussion threads

TEXTS.append(
    """@[[p:Marieke]] eens! Wij hadden precies zo'n situatie met mw. [[p:Kaya]] in {{w:Laak}}, sinds [[d:6 januari]] in beeld. Ook daar was de buurvrouw degene die alles zag. We hebben haar (buurvrouw [[p:Jolanda]]) uiteindelijk gewoon gevraagd om mee te denken, met toestemming van mw. natuurlijk. Scheelde ons een hoop huisbezoeken."""
)

TEXTS.append("""Reactie op 'Bemoeizorg zonder verwijzing van de huisarts' van [[p:Jasper]]:

Herkenbaar. Bij ons in {{w:Scheveningen}} loopt dat via de {{r:SPV}} van {{o:Parnassia}}, die mag zonder verwijzing een eerste contact leggen. Bij dhr. [[p:Zwart]] (sommigen kennen hem misschien van de biljartclub in de Keizerstraat) hebben we het zo gedaan. [[p:Yasmina]] weet er meer van, die zat er toen bij.""")

TEXTS.append(
    """Dank [[p:Ilse]], mooie casus. Vraagje: hoe hebben jullie het met de toestemmingsverklaring gedaan? Wij lopen er bij [[p:Mohammed]] (cliënt, 58, kan niet lezen) tegenaan dat hij niet wil tekenen voor iets wat hij niet kan lezen. Zijn zoon [[p:Youssef]] wil wel tekenen, maar dat mag natuurlijk niet zomaar."""
)

TEXTS.append(
    """@[[p:Kim]] hier het nummer van de {{r:budgetcoach}} die ik bedoelde: [[p:Erwin]], [[tel:06-41 27 83 09]] (of mail [[mail:erwin.blom@budgetmaatjes070.nl]]). Zeg maar dat je via mij komt. Hij doet ook huisbezoeken in {{w:Moerwijk}} en {{w:Morgenstond}}."""
)

TEXTS.append("""Even een reactie op wat [[p:Ruud]] schreef over de kick-off van [[d:22 november]]: ik vond ouderen ook het sterkste thema, maar bemoeizorg raakt eigenlijk alle teams. Mag ik op allebei stemmen? 😊
– [[p:Femke]], SWT {{w:Segbroek}}""")

TEXTS.append("""[[p:Hatice]] schreef:
> Heeft iemand ervaring met de {{o:Kessler Stichting}} voor briefadressen?

Ja. Voor dhr. [[p:Boukhari]] hebben we dat in een week geregeld (aanvraag [[d:11 maart]], briefadres per [[d:18 maart]]). Bel wel eerst, de balie is alleen 's ochtends open. En neem alles mee: paspoort, uittreksel, de brief van het {{o:UWV}}.
@[[p:Hatice]] als je wilt mail ik je het aanmeldformulier.""")

TEXTS.append("""Reactie op 'Wie kent een goede tolk Tigrinya?'
[[p:Senait]] doet het als vrijwilliger via {{o:Vluchtelingenwerk}}, wij betalen alleen haar reiskosten. Anders [[p:Filmon Tekle]], die werkt via het tolkencentrum. Ik heb zijn nummer niet, [[p:Anouk]] wel denk ik.""")

TEXTS.append(
    """Ik ben het niet helemaal met [[p:Marieke]] eens. Bij de familie [[p:Öztürk]] hebben we juist gezien dat huisbezoeken zonder aankondiging het vertrouwen beschadigen. Mw. [[p:Öztürk]] zei op [[d:20 februari]] letterlijk: 'Jullie zijn net de sociale recherche.' Sindsdien bellen we altijd vooraf, ook al neemt ze vaak niet op."""
)

TEXTS.append(
    """👍 Top stuk [[p:Bas]]! Deel je het ook op de expertbijeenkomst in april? Ik denk dat de collega's van {{w:Ypenburg}} hier veel aan hebben, die zitten met precies hetzelfde in de nieuwe flats."""
)

TEXTS.append(
    """@[[p:Nadia]] klopt, het adres is [[adr:Van Ostadestraat 301-A]], [[pc:2525 KM]], niet 310. Ik had het verkeerd in het verslag gezet, sorry. [[p:Souad]] woont daar met haar twee kinderen en haar moeder. Ik pas het vandaag aan in het systeem."""
)

TEXTS.append(
    """Vraag aan iedereen: hoe gaan jullie om met cliënten die alles via hun kinderen laten lopen? Bij ons speelt dat bij mw. [[p:Ionescu]]: dochter [[p:Andreea]] (14!) belt voor alles, ook met de {{o:Belastingdienst}}. Ze mist er school voor. De {{r:leerplichtambtenaar}} heeft al een brief gestuurd."""
)

TEXTS.append("""Re: casus [[p:Bloem]]
Wat een verhaal. Dat dhr. [[p:Bloem]] na vijf jaar weer een afspraak bij de tandarts durfde te maken is echt jullie verdienste. Complimenten aan [[p:Gert-Jan]] en [[p:Priya]]!""")

TEXTS.append(
    """eens met [[p:joost]]. wij doen het in {{w:duindorp}} ook zo, eerst bellen dan pas langs. bij mw [[p:bos]] werkte het iig prima."""
)

TEXTS.append(
    """Reactie op het verslag van de startbijeenkomst: in de deelnemerslijst staat [[p:Priscilla]] van {{o:MEE}} nog, maar zij is per [[d:1 maart]] naar {{o:Ipse de Bruggen}} gegaan. Haar opvolger is [[p:Dennis]] ([[mail:d.hoekstra@mee-zhn.nl]], [[tel:06-11 43 98 27]])."""
)

TEXTS.append("""[[p:Wim]] (SWT {{w:Rustenburg-Oostbroek}}): Bij ons speelt iets vergelijkbaars. Mw. [[p:Şahin]] heeft drie verschillende hulpverleners over de vloer en niemand weet van elkaar.
[[p:Lotte]] (SWT {{w:Centrum}}): @[[p:Wim]] wie is daar de regievoerder?
[[p:Wim]]: Niemand dus. Dat is het probleem 🙈
[[p:Lotte]]: Dan zou ik een MDO plannen en mw. [[p:Şahin]] zelf uitnodigen. Bij dhr. [[p:Dijkstra]] werkte dat heel goed.""")

TEXTS.append("""Reactie op 'Les: huisuitzetting voorkomen' ([[p:Samira]], {{w:Moerwijk}})
Herkenbaar verhaal. Wat ik mis: hoe zijn jullie met {{o:HaagWonen}} in contact gekomen? Wij krijgen de {{r:woonconsulent}} nooit aan de lijn. Bij mw. [[p:Mensah]] ([[adr:Erasmusweg 1180]], [[pc:2532 CW]]) kregen we pas reactie toen de deurwaarder al een datum had geprikt: [[d:donderdag 25 april]]. Uiteindelijk met [[p:Samira]]'s tip (mailen naar de teamleider) toch nog opgelost.""")

TEXTS.append(
    """+1 voor [[p:Anouk]]. En @[[p:Hanneke]]: vergeet niet dat [[p:Storm]] (de zoon van mw. [[p:Visser]]) pas 17 is, dus daar moet het {{o:CJG}} ook bij. Na de storm van vorige week zit het gezin trouwens nog steeds zonder dakgoot."""
)

TEXTS.append("""Reactie op 'Eenzaamheid onder oudere mannen':
Bij ons in {{w:Loosduinen}} draait een klusgroep voor mannen, opgezet door dhr. [[p:Hartog]] (78) zelf. Mannen komen niet op een koffieochtend, wel als er iets te repareren valt. [[p:Ton]] van {{o:Welzijn Loosduinen}} weet er alles van.""")

TEXTS.append(
    """Klein dingetje: in de casus van gisteren staan nog het telefoonnummer ([[tel:0687412290]]) en het BSN ([[bsn:759873197]]) van de cliënt. Kan de moderator dat weghalen? Thx, [[p:Naomi]]"""
)

TEXTS.append(
    """Reactie op [[p:Rachida]]'s vraag: ja, het {{o:Noodfonds}} keert ook uit aan mensen met een lopende schuldregeling. Bij [[p:Ama Owusu]] hebben we op [[d:7 februari]] de aanvraag gedaan, geld stond binnen twee weken op haar rekening ([[iban:NL13BUNQ7222062178]]). Let wel op: zet er niet het rekeningnummer van de bewindvoerder op."""
)

# ---------------------------------------------------------------- C. e-mails

TEXTS.append("""Onderwerp: Aanmelding dhr. [[p:Aït Lahcen]] – huurachterstand

Beste [[p:Rob]],

Zoals vanochtend telefonisch besproken meld ik dhr. [[p:Mustapha Aït Lahcen]] aan bij jullie team. Gegevens:
geb. [[d:04-11-1961]]
[[adr:Jacob Catsstraat 218]], [[pc:2524 NE]] Den Haag
tel. [[tel:06 2871 4403]]
BSN [[bsn:972988282]]
rekening [[iban:NL94 RBRB 1082 3974 79]]

Meneer heeft een huurachterstand van drie maanden bij {{o:Staedion}} en werkt sinds zijn hartinfarct niet meer. Zijn vrouw [[p:Fatiha]] spreekt beter Nederlands; zij is bereikbaar op [[tel:06-19 55 20 71]].

De toestemmingsverklaring is getekend en zit in de bijlage.

Met vriendelijke groet,

[[p:Yvonne Koster]]
{{r:Sociaal raadsvrouw}} | {{o:Sociaal Raadslieden}}
T [[tel:070 752 33 18]]
E [[mail:y.koster@sociaalraadslieden-dh.nl]]""")

TEXTS.append("""Van: [[mail:j.demir@deregenboog-denhaag.nl]]
Aan: SWT {{w:Schilderswijk}}
Onderwerp: zorgen over [[p:Emre]] en [[p:Ela]] (groep 4 en 6)

Goedemiddag,

Ik ben [[p:Jale Demir]], {{r:intern begeleider}} op {{o:Basisschool De Regenboog}}. Ik maak me zorgen over de kinderen van mw. [[p:Yıldız]] ([[adr:Parallelweg 215]]). [[p:Emre]] komt vaak zonder ontbijt, [[p:Ela]] is de laatste weken erg stil. Moeder zei bij het oudergesprek van [[d:12 maart]] dat ze 'geen geld meer heeft voor de huur'.

Kunnen jullie contact met haar opnemen? Ik heb haar gevraagd of dat goed is en dat vond ze prima. Haar nummer: [[tel:+31 6 4120 7785]].

Hartelijke groet,
[[p:Jale Demir]]
{{r:IB'er}} groep 1 t/m 8""")

TEXTS.append("""Beste mevrouw [[p:Schipper]],

Dank voor uw snelle reactie. Hierbij de gegevens van dhr. [[p:Rahul Soekhoe]] voor de aanvraag beschermingsbewind:

Naam: [[p:R.K. Soekhoe]]
Geboortedatum: [[d:17 juli 1975]]
Adres: [[adr:Zuiderparklaan 412]], [[pc:2532AB]] Den Haag
BSN: [[bsn:983 143 626]]
Rekening: [[iban:NL58ABNA7873455081]]
Dossiernummer gemeente: [[dos:SZW-1140372]]

Meneer heeft een zoon, [[p:Kiran]], die de post meeleest. Hij is bereikbaar via [[mail:kiran.soekhoe@outlook.com]].

Met vriendelijke groet,

[[p:Marco van Dijk]]
{{r:Casusregisseur}} SWT {{w:Zuiderpark}}
[[tel:06-51 82 90 47]]""")

TEXTS.append("""Onderwerp: terugkoppeling hb mw. [[p:Kowalczyk]]

Beste dokter [[p:Ramdas]],

Op [[d:dinsdag 9 april]] zijn [[p:Marta]] (onze {{r:wijkverpleegkundige}}) en ik bij mw. [[p:Agnieszka Kowalczyk]] geweest. Mevrouw is sinds haar val in februari nauwelijks buiten geweest. Ze geeft aan somber te zijn en 's nachts te piekeren over haar zoon [[p:Paweł]], die in Polen vastzit.

Wij willen graag met u overleggen over een verwijzing naar de {{r:POH-GGZ}}. Kunt u mij terugbellen? Ik ben maandag t/m donderdag bereikbaar.

Groet,
[[p:Sanne de Groot]]
{{r:Maatschappelijk werker}}
Sociaal Wijkzorgteam {{w:Vrederust}}
[[tel:06 3399 1204]] / [[mail:sanne.degroot@swtdenhaag.nl]]""")

TEXTS.append("""Onderwerp: RE: overlast [[adr:Tesselsestraat 88]]

Hoi [[p:Jeroen]],

Ik heb de buren gesproken. Volgens mw. [[p:Van der Veen]] (hiernaast) en de familie [[p:Lopes]] (overkant) gaat het sinds [[d:27 december]] weer mis: harde muziek, ruzie in het trappenhuis. Dhr. [[p:Brouwer]] zelf zegt dat het zijn broer [[p:Rinus]] is, die 'soms blijft logeren'.

Kunnen we samen langs? Donderdag of vrijdag kan ik.

Groet,
[[p:Marcel]]
{{r:Huismeester}} {{o:Vestia}} {{w:Duindorp}}
[[tel:06-22 70 14 58]] | [[mail:m.vandenbos@vestia.nl]]""")

TEXTS.append("""Beste [[p:Hatice]],

Kort: de aanvraag bijzondere bijstand voor mw. [[p:Ivanova]] (klantnr. [[dos:7704-118-23]]) is toegekend. Uitbetaling volgt binnen 10 werkdagen op haar rekening [[iban:NL46 SNSB 2492 5988 24]]. Wil jij dit aan mevrouw laten weten? Zij neemt bij mij niet op.

Met vriendelijke groet,

[[p:Wouter Zomer]]
{{r:Klantmanager}} {{o:Werk en Inkomen}}, {{o:Gemeente Den Haag}}
[[tel:070-353 41 87]]
[[mail:wouter.zomer@denhaag.nl]]""")

TEXTS.append("""Hallo meneer [[p:Bakker]],

Ik ben de buurvrouw van mevrouw [[p:Lie]] (de oude dame op [[adr:Weimarstraat 177 2-hoog]], [[pc:2562 HB]]). Ik maak me zorgen, ze herkende me vanochtend niet en had haar winterjas aan terwijl het 25 graden was. Haar zoon woont in Canada, ik heb geen nummer van hem. Kunt u iets doen? U mag me bellen op [[tel:0642917730]].

Groetjes,
[[p:Ans]] (van hiernaast)""")

TEXTS.append("""Onderwerp: verzoek consultatie – cliënt [[dos:#48213]]

Beste [[p:Eva]],

Wij hebben vragen over een cliënt die waarschijnlijk bij jullie bekend is geweest (behandeling tot ongeveer 2019). Het gaat om dhr. [[p:Jurgen Isenia]], geb. [[d:2-2-1984]]. Hij woont inmiddels in {{w:Laak}}, [[adr:Calandplein 5 C]], [[pc:2521 AA]].

Meneer is achterdochtig, slaapt niet, en heeft vorige week de {{r:woonconsulent}} bedreigd. Zijn zus [[p:Shirley]] vraagt ons dringend om hulp.

Zou jij willen nagaan of er nog een behandelaar is die hem kent? Meneer heeft toestemming gegeven om contact met {{o:Parnassia}} op te nemen (zie bijlage).

Dank je!
[[p:Kees-Jan]]
{{r:Casusregisseur}} | SWT {{w:Laak}}
M: [[tel:+31 6 18 44 02 97]]
E: [[mail:keesjan.prins@swtdenhaag.nl]]""")

TEXTS.append("""Beste collega's,

Ik ben van [[d:29 juli]] t/m [[d:16 augustus]] met vakantie. Voor lopende zaken kunt u terecht bij [[p:Rachida]] ([[mail:r.benali@swtdenhaag.nl]], [[tel:06-30 51 77 84]]). Spoed rond de familie [[p:Jansen]] in {{w:Mariahoeve}}: graag direct naar de {{r:casemanager dementie}}, [[p:Anouk Verhoeven]].

Groet,
[[p:Bert]]""")

TEXTS.append("""Hoi allemaal,

Update over [[p:Kayla]] (dochter van mw. [[p:Martina]]). De {{r:jeugdconsulent}} heeft gisteren met school gesproken. [[p:Kayla]] is vanaf [[d:maandag 3 juni]] weer halve dagen op school. Het {{o:CJG}} sluit haar dossier ([[dos:CJG-2024-0877]]) eind juni, maar ik blijf aanspreekpunt voor moeder.

Mw. [[p:Martina]] heeft een nieuw nummer: [[tel:06-41 09 63 22]].

Groetjes,
[[p:Mirjam]]
{{r:Gezinscoach}} {{o:CJG}} {{w:Morgenstond}}
[[mail:mirjam.kalloe@cjgdenhaag.nl]]""")

TEXTS.append("""Dhr. [[p:P. Nowak]]
[[adr:Weimarstraat 40-II]]
[[pc:2562 GZ]] Den Haag

Den Haag, [[d:3 mei 2024]]
Betreft: uw aanvraag Wmo, ons kenmerk [[dos:DH-2024-5519]]

Geachte heer [[p:Nowak]],

Hierbij bevestig ik onze afspraak op [[d:vrijdag 17 mei 2024]] om 10.30 uur in {{o:Wijkcentrum De Mussen}}. Neem alstublieft mee: uw identiteitsbewijs, de brief van de {{o:SVB}} en uw bankpas. Zet u uw BSN ([[bsn:457785391]]) op het formulier?

Heeft u een tolk nodig? Laat het mij weten via [[tel:070 - 752 80 10]] of [[mail:h.dewit@denhaag.nl]].

Met vriendelijke groet,

mw. [[p:H. de Wit]]
{{r:Wmo-adviseur}}""")

TEXTS.append("""Onderwerp: Escalatie – dreigende ontruiming gezin [[p:Karimi]], [[adr:Leyweg 886-B]]

Beste [[p:Gerda]],

Ik escaleer dit naar jou als {{r:teamleider}} omdat de ontruiming gepland staat op [[d:14-05-24]] en we nog geen reactie hebben van de verhuurder.

Het gezin: dhr. [[p:Wahid Karimi]] (BSN [[bsn:588614701]]), mw. [[p:Mina Karimi-Noori]] en vier kinderen tussen 3 en 14. Achterstand € 5.640, ontstaan door het stopzetten van de huurtoeslag. {{o:Toeslagen}} heeft erkend dat het een fout was (kenmerk [[dos:TS/2024/118820]]), maar de nabetaling duurt nog weken.

Ik heb de verhuurder, dhr. [[p:Smit]], gebeld op [[tel:06-55 43 21 09]] en gemaild, zonder resultaat. Als de gemeente garant staat kan het bedrag direct naar zijn rekening [[iban:NL16INGB0001230468]].

Kunnen we een garantstelling afgeven?

Groet,
[[p:Lisa]]
{{r:Maatschappelijk werker}} SWT {{w:Escamp}}
[[mail:lisa.vermeulen@swtdenhaag.nl]]""")

TEXTS.append("""hallo mevrouw [[p:nadia]]

ik heb de brief gekregen van de belasting maar ik snap niet wat ik moet doen. kunt u mij helpen? mijn nummer is veranderd het is nu [[tel:06 87 12 45 90]]. mijn zoon [[p:idris]] komt dinsdag [[d:23 april]] mee want hij is vrij van school.

groetjes [[p:Khadija El Amrani]]
verstuurd vanaf mijn iphone""")

TEXTS.append("""Aan: {{o:Veilig Thuis Haaglanden}}
Betreft: aanvullende informatie melding [[dos:VT-2024-03376]]

Geachte mevrouw [[p:Ouali]],

Aanvullend op onze melding van [[d:22-04-2024]]: de {{r:wijkagent}} is gisteravond opnieuw bij het gezin geweest na een melding van de bovenburen. De kinderen ([[p:Amira]], 7, en [[p:Sami]], 4) waren bij de buurvrouw, mw. [[p:Roelofs]]. De vader, dhr. [[p:Khalil]], is door de politie meegenomen.

Moeder verblijft tijdelijk bij haar zus op [[adr:Moerweg 143]], [[pc:2533 EJ]]. Zij is bereikbaar via [[tel:06 1457 3380]]. BSN moeder: [[bsn:519324262]].

Met vriendelijke groet,
[[p:Ilse van Leeuwen]]
{{r:MEE-consulent}}, SWT {{w:Moerwijk}}
[[mail:ilse.vanleeuwen@mee-zhn.nl]]""")

TEXTS.append("""Hoi [[p:Tim]],

Kun jij het dossier van dhr. [[p:Mahabier]] ([[dos:2024-06318]]) overnemen? Ik ben vanaf [[d:1/7]] met zwangerschapsverlof. Laatste contact was [[d:12-6]], alles staat in het journaal. Zijn dochter [[p:Shanti]] is het aanspreekpunt ([[tel:06-2041 7739]]).

Dank!! [[p:Romy]]""")

TEXTS.append("""Beste deelnemers van de pilot 'Samen werken in het sociale domein',

Op [[d:dinsdag 6 februari]] is de startbijeenkomst in het stadhuis, van 13.00 tot 16.30 uur. We werken in de vier themagroepen die op de kick-off zijn gekozen: jeugd, ouderen, huiselijk geweld en bemoeizorg. Wilt u zich vóór [[d:31 januari]] afmelden als u niet kunt, bij [[p:Esther]] ([[mail:esther.vandenberg@denhaag.nl]])?

De expertbijeenkomst is in april, de afsluiting in juni; data volgen.

Met hartelijke groet,
[[p:Frank Meijer]]
{{r:Programmamanager}}, {{o:Gemeente Den Haag}}
namens {{o:Crossover}} en {{o:CAOP}}""")

# ---------------------------------------------------------------- D. field notes

TEXTS.append(
    """hb mw [[p:yilmaz]] ([[adr:wouwermanstraat 19-1]]) [[d:di 12/3]]. mw alleen thuis, dochter [[p:elif]] op werk. koelkast leeg, post op stapel. afgesproken: z.s.m. aanvraag {{o:voedselbank}} i.o.m. [[p:samira]]. volgende hb [[d:do 21/3]] 10u."""
)

TEXTS.append(
    """[[d:ma 26/2]] tel. gehad met dhr [[p:de wit]] (zoon van mw [[p:de wit-bakker]]). mw ligt in {{o:haga}} na val, ontslag verwacht vr. zoon wil geen thuiszorg, 'doet hij zelf'. i.o.m. {{r:wijkverpl.}} [[p:linda]] overleg plannen. terugbellen op [[tel:06-28177640]]."""
)

TEXTS.append(
    """notitie [[d:14-3]]: niet thuis bij [[p:ramdin]] ([[adr:hoefkade 1204]], [[pc:2526bs]]). kaartje in bus. buurvrouw (mw [[p:kok]]) zegt dat dhr al een week niet gezien is. z.s.m. contact met {{o:staedion}} ivm welzijnscheck. tel dhr [[tel:0655812034]] gaat direct naar voicemail."""
)

TEXTS.append(
    """hb gezin [[p:tesfaye]] ([[adr:pretoriusstraat 61-2]]) met tolk. mw [[p:selam]] + 3 kids ([[p:yonatan]] 9, [[p:ruth]] 6, [[p:mical]] 2). huur ok, energie achterstand ±800. dhr in eritrea?? onduidelijk. afspr: aanvraag noodfonds, bsn mw [[bsn:842344615]], rek.nr [[iban:nl33trio9407306600]]. vlgd hb [[d:2 mei]]."""
)

TEXTS.append(
    """kort: mw [[p:roos]] ([[tel:06-83 02 11 67]]) belde, wil afspraak verzetten ivm ziekenhuis. nieuwe afspraak [[d:wo 8 mei]] 14u. haar dochter [[p:hoop]] komt mee. (ja ze heet echt [[p:Hoop]] 🙂)"""
)

TEXTS.append(
    """overleg [[p:jasper]]/[[p:hatice]] over dhr [[p:petrov]]: blijft drinken, wel in beh. bij {{o:brijder}}. afspr: [[p:hatice]] blijft 1e contactpers., [[p:jasper]] regelt inkomen. casus evalueren in mdo [[d:24-4]]."""
)

TEXTS.append(
    """hb mw [[p:gomes]], [[adr:jan van der heijdenstraat 120 bis]]. mw zeer somber, huilt veel. kleinzoon [[p:nelson]] (19) woont in, helpt mw maar gebruikt zelf ook (?). {{r:huisarts}} dr [[p:kalloe]] i.o.m. mw gebeld, terugbelverzoek gedaan op zijn mobiel [[tel:06-24 71 09 53]]. vlg week weer."""
)

TEXTS.append(
    """[[d:vr 5 jan]] – tel. contact met [[p:dewi]] (kleindochter van dhr [[p:pattiasina]]). opa ([[adr:loosduinse hoofdstraat 311]]) wil niet naar verpleeghuis, familie verdeeld. [[p:dewi]]: [[tel:+31 6 22 90 17 34]], [[mail:dewi.p@hotmail.com]]. afspr: familiegesprek plannen, [[p:mieke]] ({{r:ouderenconsulent}}) uitnodigen."""
)

TEXTS.append(
    """tel. [[p:marieke]] ({{o:mee}}): aanvraag wlz voor [[p:bram]] (geb. [[d:03-09-2001]], bsn [[bsn:113125057]]) loopt, {{o:ciz}} heeft nog geen besluit. moeder ([[p:ineke]]) is op. mw wil graag dat [[p:bram]] in {{w:ypenburg}} blijft wonen, daar is zijn dagbesteding. dossiernr ciz [[dos:CIZ-240315-0042]]."""
)

TEXTS.append(
    """afspraak [[d:ma 15-1]] niet doorgegaan, mw [[p:ivanova]] niet thuis. wel zoon ([[p:dimitar]]) gesproken aan de deur, zegt dat mw in bulgarije is tot eind feb. hij betaalt de huur zolang van zijn rek. ([[iban:NL28RABO0674402236]]). [[p:dimitar]] heeft geen vast nr, alleen whatsapp."""
)

TEXTS.append(
    """ff snel: [[p:bilal]] belt morgen met [[p:yonas]] over werk. [[p:kees]] (maatje {{o:humanitas}}) heeft ook gebeld, maakt zich zorgen over nieuwe brief deurwaarder, kenmerk [[dos:DW 2024/3381-A]]. nog niet doorgestuurd naar schuldhulp, moet vóór [[d:12 april]]. TODO!!"""
)

TEXTS.append(
    """hb [[d:22-11]] met [[p:tamara]] (wijkverpl.) bij dhr [[p:zhang]], [[adr:stationsweg 74a]], [[pc:2515bm]]. dhr valt vaak, alarmknop geweigerd. zoon [[p:wei]] wil dat dhr bij hem in zoetermeer komt wonen, dhr wil niet. afspr: ergo via {{r:huisarts}}, bsn dhr [[bsn:200846188]] doorgeven aan {{o:florence}}."""
)

TEXTS.append(
    """rapportage [[d:03/04]]: [[p:sultan]] (moeder) en [[p:kemal]] (vader) samen op gesprek op kantoor (gezin woont [[adr:spoorwijkstraat 44]]). eerste keer dat dhr meekomt. sfeer gespannen. kinderen niet besproken. i.o.m. {{o:VT}} nieuw gesprek over 2 wk. tel dhr [[tel:0616203948]]."""
)

TEXTS.append(
    """notitie: mw [[p:mensah]] ([[adr:erasmusweg 1180]]) heeft nieuwe rekening geopend ([[iban:NL40 ASNB 6686 2013 24]]), salaris komt daar vanaf nu op. deurwaarder akkoord, beslag opgeheven per [[d:1 juni]]. dochter [[p:abena]] helpt met bankzaken."""
)

TEXTS.append(
    """hb gecanceld, mw [[p:de jong]] ziek. tel. afspraak verzet naar [[d:donderdag 11/4]], bereikbaar op [[tel:06 1804 6652]]. LET OP nieuw adres: [[adr:kempstraat 12-hs]], [[pc:2572 GA]]."""
)

TEXTS.append("""to do wk 12:
- [[p:ramsaransing]] terugbellen (bsn [[bsn:218 602 765]] checken bij {{o:svb}}, klopt niet in systeem)
- wmo-formulier fam. [[p:de boer]]
- [[p:hennie]] vragen over rooster mdo
- iban [[p:lopes]] nakijken ([[iban:NL25 ABNA 2625 8989 44]]?) voor brief, gaat vr de deur uit""")

TEXTS.append(
    """[[d:zo 14-7]] tel. gesprek met buurman (dhr [[p:akkerman]]) van mw [[p:fernandes]] ([[adr:tesselsestraat 19]]): mw gisteren met ambulance weg. hij heeft de sleutel. dochter [[p:ana]] ([[tel:+351 912 448 013]], portugal) is ingelicht. z.s.m. {{o:hmc}} bellen, welke afdeling?"""
)

# ---------------------------------------------------------------- E. MDO minutes

TEXTS.append("""MDO SWT {{w:Transvaal}} – [[d:donderdag 30 november 2023]]
Aanwezig: [[p:Nadia]] ({{r:maatschappelijk werker}}), [[p:Desiree]] ({{r:wijkverpleegkundige}}), [[p:Rob]] ({{r:woonconsulent}}), [[p:Bas]] ({{r:Wmo-adviseur}}), [[p:Fatma Arslan]] ({{r:POH-GGZ}}, te gast)
Afwezig: [[p:Kim]] (ziek)
Notulist: [[p:Bas]]

1. Casus mw. [[p:Wijngaarde]] ([[dos:2023-08812]])
[[p:Desiree]] heeft contact, mevrouw laat haar binnen. Opruimactie pas na toestemming. [[p:Fatma]] bekijkt of verwijzing zonder huisarts kan.
Actie: [[p:Desiree]], [[p:Fatma]].

2. Casus familie [[p:Jagesar]]
Familiegesprek gepland op [[d:6 december]], uitnodiging vóór [[d:1 december]] de deur uit. [[p:Nadia]] leidt. Vraag van zoon [[p:Vikash]]: kan er Sarnami-sprekende thuiszorg komen? [[p:Rob]] zoekt uit.

3. Rondvraag
Kick-off van de pilot was op [[d:22 november]]. [[p:Bas]] stuurt het verslag rond.""")

TEXTS.append("""Verslag MDO complexe casus
Datum: [[d:08-02-2024]]
Locatie: wijkcentrum {{w:Moerwijk}}
Aanwezig: [[p:Samira Azzouzi]] ({{r:casusregisseur}}), [[p:Hanneke]] ({{o:Vluchtelingenwerk}}), [[p:Martijn]] ({{r:wijkagent}}), [[p:Gerda]] ({{r:teamleider}}), dhr. en mw. [[p:Haddad]], tolk ([[p:Mazen]])

Cliënt: [[p:Omar Haddad]], geb. [[d:1-1-1982]], BSN [[bsn:150042760]], [[adr:Loevesteinlaan 245 hs]]

Stand van zaken: de {{o:Huurcommissie}} heeft uitspraak gedaan. Verhuurder [[p:Koster]] moet vóór [[d:1 augustus]] herstellen. De familie wil liever verhuizen. Urgentieaanvraag ingediend, nummer [[dos:URG-24-00731]].

Afspraken:
- [[p:Samira]] belt met {{o:HaagWonen}} over de urgentie.
- [[p:Hanneke]] zoekt uit of {{o:Vluchtelingenwerk}} kan bijdragen aan inrichtingskosten (rekening dhr.: [[iban:NL34INGB0001465466]]).
- Volgend MDO [[d:7 maart]].""")

TEXTS.append("""MDO [[d:12-10-2023]], SWT {{w:Bezuidenhout}}
aanw.: [[p:Anouk]], [[p:Ruud]], [[p:Tamara]], [[p:Yasmina]], [[p:Dirk-Jan]] ({{o:Parnassia}})

casus | stand | actie
[[p:J. Brinkman]] | opname geweigerd | [[p:Dirk-Jan]] belt zus ([[p:Marjan]], [[tel:070-3248156]])
[[p:Achterberg]] ([[adr:Juliana van Stolberglaan 168]]) | nieuwe huisarts gevonden | [[p:Tamara]]
[[p:Nguyen]] | tolk Vietnamees geregeld | [[p:Yasmina]], vóór [[d:20/10]]

volgende keer: [[d:26 okt]].""")

TEXTS.append("""Notulen MDO bemoeizorg – {{w:Escamp}}
[[d:woensdag 17 januari 2024]], 09.30–11.30

Aanwezig
- [[p:Lisa Vermeulen]], {{r:maatschappelijk werker}} (vz)
- [[p:Hennie]], {{r:wijkverpleegkundige}} {{o:Florence}}
- [[p:Olga]], {{r:SPV}} {{o:Parnassia}}
- [[p:Martijn de Haan]], {{r:wijkagent}}
- [[p:Babette]], {{o:Staedion}}
Afwezig met bericht: [[p:Ruud]]

Casus 1: dhr. [[p:Kuipers]] ([[dos:BZ-2023-117]]). Weigert nog steeds contact. [[p:Olga]] gaat met [[p:Hennie]] langs op [[d:vrijdag 19/1]]. Zus van dhr. ([[p:Tineke]], [[tel:06 45 61 23 98]]) is akkoord.

Casus 2: mw. [[p:Andreea Popescu]] ([[dos:BZ-2023-141]], BSN [[bsn:393811505]]). Sinds de kerst weer op straat gezien. [[p:Babette]]: woning vervuilt, buren bellen. [[p:Lisa]] neemt contact op met het {{o:Leger des Heils}}. Huur wordt nog wel betaald van haar rekening [[iban:NL65RABO6372702363]].

Casus 3: dhr. [[p:Florin]] (achternaam onbekend) slaapt in de portiek van een flat aan de Hengelolaan. [[p:Martijn]] kent hem. Geen ID. Eerst contact, dan pas iets regelen.

Volgende MDO: [[d:14 februari]].""")

TEXTS.append("""Verslag multidisciplinair overleg
Cliënt: mw. [[p:R. Hartman]] (roepnaam [[p:Roos]]), BSN [[bsn:752975791]], [[adr:Tarwekamp 67]]
Contact zoon: [[tel:+31 6 2475 9031]]
Datum: [[d:5 december 2023]]
Aanwezig: zoon [[p:Peter Hartman]], buurman [[p:Gerrit de Hoop]], [[p:Anouk]] ({{r:casemanager dementie}}), [[p:Els]] ({{r:ouderenconsulent}}), dr. [[p:Visser]] ({{r:huisarts}})

Besproken: de uitslag van de geheugenpoli (Alzheimer). Mevrouw was er zelf niet bij, op eigen verzoek. [[p:Peter]] wil dat zijn moeder thuis blijft 'zolang het kan'. Dhr. [[p:De Hoop]] blijft dagelijks kijken. Dr. [[p:Visser]] vraagt de indicatie voor dagbesteding aan. Iedereen gaat akkoord, in de hoop dat mevrouw tot de zomer thuis kan blijven.

Acties: [[p:Anouk]] – aanmelding {{o:WZH}}; [[p:Els]] – contact met {{o:Mantelzorg Den Haag}} voor ondersteuning van [[p:Peter]].""")

TEXTS.append("""MDO 18-/18+ [[d:29-08-2023]]
Deelnemers: [[p:Wendy]] ({{o:CJG}}), [[p:Bilal]] ({{r:jongerenwerker}}), [[p:Kees-Jan]] ({{r:casusregisseur}}), [[p:Ahmed]] ({{r:leerplichtambtenaar}}), [[p:Denzel]] zelf + moeder
Punten:
- [[p:Denzel]] wordt [[d:9/9]] 18. Overdracht naar SWT.
- school: geen. {{o:RMC}} zoekt entreeopleiding.
- moeder vraagt hulp bij DUO/studiefinanciering; [[p:Kees-Jan]] pakt op. Mail moeder: [[mail:gracia.pinas@ziggo.nl]]
- oom [[p:Marlon Esajas]] wil betrokken worden: [[tel:06-48 33 10 62]].
Volgend overleg: [[d:3 oktober]] bij [[p:Denzel]] thuis.""")

TEXTS.append("""Casuïstiekoverleg ouderen {{w:Mariahoeve}} – [[d:di 14 mei]]
Aanwezig: [[p:Els]], [[p:Anouk]], [[p:Pieter]] ({{o:Florence}}), [[p:Zoë]] ({{o:Xtra}})

1. mw. [[p:Van Dam]] (92): woont nog alleen, dochter [[p:Conny]] ([[tel:06-5120 3348]]) komt 2x p.w. Valgevaar. [[p:Pieter]] vraagt ergotherapie aan.
2. dhr. en mw. [[p:Ouwehand]]: mw. is mantelzorger en is op. Respijtzorg? [[p:Zoë]] kijkt naar het logeerhuis.
3. mw. [[p:Farah]] (81), [[adr:Ruychrocklaan 290]], [[pc:2597 EP]]: spreekt alleen Somalisch, kleinzoon [[p:Abdullahi]] tolkt. Eenzaam sinds het overlijden van haar man. [[p:Els]] zoekt een Somalische vrouwengroep.

Volgende: [[d:11 juni]].""")

TEXTS.append("""Verslag MDO huiselijk geweld (casus [[dos:SWT-LK-0419]])
Datum: [[d:4 april 2024]]
Aanwezig: [[p:Kemal Öztürk]] ({{r:maatschappelijk werker}}), [[p:Sabine]] ({{o:Veilig Thuis}}), [[p:Jale Demir]] ({{r:intern begeleider}}), [[p:Wendy]] ({{o:CJG}})
Niet aanwezig: mw. [[p:Doğan]] (bewust niet uitgenodigd; apart gesprek op [[d:8/4]])

- Situatie stabiel sinds [[d:19 februari]]. Dhr. [[p:Murat Doğan]] staat op de wachtlijst voor daderhulp.
- [[p:Emir]] doet het beter op school, [[p:Zeynep]] plast weer in bed ({{o:CJG}} pakt op).
- Veiligheidsplan blijft staan; [[p:Sabine]] evalueert over zes weken.
Contact met mw.: alleen via [[tel:06-33 72 48 15]] (niet het vaste nummer!).""")

TEXTS.append("""MDO-verslag [[d:20 juni 2024]] – SWT {{w:Segbroek}}
Aanwezig: [[p:Femke]], [[p:Joost]], [[p:Priya]], [[p:Gert-Jan]]; gast: [[p:Marloes]] van {{o:Schuldhulpverlening}}

Casus [[p:Bloem]]: op [[d:4 juni]] naar de tandarts geweest! Volgende stap is werk. [[p:Gert-Jan]] meldt aan bij het {{o:UWV}}.
Casus mw. [[p:Zielińska]] ([[dos:2024-01187]]): schuldenoverzicht compleet, totaal ca. € 22.000. [[p:Marloes]]: minnelijk traject mogelijk. Mevrouw moet dan wel haar eigen rekening ([[iban:NL41KNAB2596421835]]) laten beheren of kiezen voor beschermingsbewind.
Casus [[p:Lorenzo Russo]]: afgesloten, verhuisd naar Delft per [[d:1 juli]].""")

TEXTS.append("""Overleg statushouders {{w:Bouwlust}}/{{w:Vrederust}}, [[d:13-03-2024]]
Aanwezig: [[p:Hanneke]] ({{o:Vluchtelingenwerk}}), [[p:Bilal]], [[p:Senait]] (vrijwilliger/tolk), [[p:Jasper]], [[p:Ruth]] ({{o:COA}})

- [[p:Yonas Tesfaye]]: betalingsregeling DUO rond. Maatje [[p:Kees]] blijft.
- gezin [[p:Alkhatib]] ([[adr:Melis Stokelaan 1720]], [[pc:2541 GP]]): net ingestroomd, 5 kinderen, vader [[p:Ahmad]] heeft hulp nodig bij inburgering. [[p:Ruth]] draagt over; dossier {{o:COA}} [[dos:COA-2024-77310]]. BSN vader [[bsn:202805980]], rekening [[iban:NL70 ABNA 8200 0653 11]] (net geopend).
- [[p:Filmon]]: verhuist per [[d:1/4]] naar Utrecht.
Volgende: over 4 weken.""")

# ---------------------------------------------------------------- F. Dutch and English mixed

TEXTS.append(
    """Quick update voor de pilotgroep: de expertbijeenkomst is verplaatst naar [[d:Thu 18 April]]. Agenda volgt. [[p:Anna]] from {{o:CAOP}} will present de bevindingen van de workshops. Please let [[p:Frank]] know if you can't make it ([[mail:f.meijer@denhaag.nl]]). Thanks!"""
)

TEXTS.append(
    """Casus kort: mw. [[p:Priya Raghunathan]] (34), kennismigrant uit India, woont met zoontje [[p:Arjun]] (5) in {{w:Bezuidenhout}} ([[adr:Theresiastraat 210-C]], [[pc:2593 AN]]). Her husband left in January, en haar verblijfsvergunning vervalt als ze niet binnen drie maanden een nieuwe werkgever heeft. She really doesn't know her way around de Nederlandse regels. Eerste gesprek in het Engels, daarna doorverwezen naar het {{o:Juridisch Loket}}. BSN [[bsn:533691163]], bank [[iban:NL22TRIO7355283729]]. Contact: [[mail:priya.r84@gmail.com]], [[tel:+31 6 8120 4478]]."""
)

TEXTS.append("""[[p:Joost]]: heb jij de intake van mw. [[p:Nowak]] gedaan?
[[p:Kim]]: yes, op [[d:maandag 22/1]]. Ze is echt overwhelmed, drie kinderen en geen netwerk hier. Husband werkt in de kassen, 60 uur per week.
[[p:Joost]]: ok. Follow-up met het {{o:CJG}}?
[[p:Kim]]: already done, [[p:Mirjam]] pakt het op. Mw. belt zelf ook: [[tel:+48 698 114 250]] (Poolse simkaart). Let's discuss in het MDO.""")

TEXTS.append("""Dear Mrs. [[p:de Groot]],

I am the son of [[p:Agnieszka Kowalczyk]]. I live in Gdańsk and cannot come to The Hague before [[d:10 May]]. Thank you for visiting my mother. Please call me if anything happens, my number is [[tel:+48 512 330 871]]. My brother [[p:Paweł]] cannot be reached at the moment.

Kind regards,
[[p:Tomasz Kowalczyk]]
[[mail:tomek.kowalczyk@wp.pl]]""")

TEXTS.append("""Notes pilot brainstorm ([[d:7 March]]), thema huiselijk geweld:
- 'Zorg dat je de kinderen zelf spreekt' – idea from [[p:Sabine]] ({{o:Veilig Thuis}})
- Case example from {{w:Laak}}: mw. [[p:Doğan]] felt safe only at school, dus daar afgesproken. Works!
- Action: [[p:Kemal]] writes the casusles, deadline [[d:March 29th]].""")

TEXTS.append(
    """Hi [[p:Yasmina]], sorry for the late reply! Dhr. [[p:Nguyen]] had zijn afspraak bij de {{r:geriater}} op [[d:15/10]], maar de tolk kwam niet opdagen 🙄. Nieuwe afspraak is [[d:Oct 29]], 9:15. Can you check of de tolk dit keer wel geboekt is? Zijn dochter [[p:Thu]] kan niet nog een dag vrij nemen. Her number: [[tel:06-1882 4470]]. Thx x [[p:Linda]]"""
)

TEXTS.append(
    """Lesson learned (in English for the {{o:Crossover}} report): in {{w:Moerwijk}} we worked with mr. [[p:Bakker]] for six months. What worked: small steps and one face ([[p:Samira]]). What didn't: letters. Key takeaway voor andere teams: eerst vertrouwen, dan de papieren. (Oorspronkelijke casus: [[dos:SHV-2024-03318]], aanmelding [[d:14-3-2024]].)"""
)


# ---------------------------------------------------------------- G. forms, planning, overdracht, timelines (mixed registers)

TEXTS.append("""Aanmeldformulier SWT {{w:Schilderswijk}}
Datum aanmelding: [[d:15-01-2024]]
Aangemeld door: {{r:huisarts}} (dr. [[p:Lamrabet]])
Naam cliënt: [[p:Bouchra Tahiri]]
Geboortedatum: [[d:23-06-1979]]
Adres: [[adr:Van der Vennestraat 72-1]]
Postcode/plaats: [[pc:2525 BK]] Den Haag
Telefoon: [[tel:06-38 19 02 55]] / vast [[tel:070-3890412]]
E-mail: [[mail:b.tahiri79@hotmail.com]]
BSN: [[bsn:278563818]]
Registratienummer: [[dos:SWT-SW-2024-0031]]
Hulpvraag: mevrouw is overbelast door de zorg voor haar zoon (ADHD) en haar zieke moeder. Wil hulp bij de administratie en het huishouden.
Toestemmingsverklaring getekend: ja, [[d:15 jan. 2024]]""")

TEXTS.append("""Overdracht dossier [[dos:2023-11207]] van [[p:Femke]] naar [[p:Tim]]
Cliënt: dhr. [[p:Gerard Vos]] (63)
Verhuisd per [[d:1 december 2023]] van [[adr:Laan van Meerdervoort 498]] ([[pc:2563 BN]]) naar [[adr:Zichtenburglaan 26-A]], [[pc:2544 EA]] ({{w:Bouwlust}}). Nieuw nummer: [[tel:06 51 77 30 84]]. Vaste lijn opgezegd.
Lopend: Wmo-aanvraag scootmobiel (ingediend [[d:20-11-2023]], kenmerk [[dos:WMO-23-55817]]); controle bij {{o:HMC}} op [[d:9 januari]].
Bijzonderheden: meneer is slechthorend, bellen lukt slecht. Liever sms'en of langsgaan. Geen familie in beeld, wel een goede vriend uit de volkstuin (heet ook [[p:Gerard]], dat maakt het lastig).""")

TEXTS.append("""planning wk 10
ma [[d:4/3]] 9.30 hb [[adr:hobbemaplein 17b]] (mw [[p:el idrissi]])
ma 13u mdo
di [[d:5/3]] 11u hb [[adr:vaillantlaan 239-II]], eerst bellen [[tel:0611902738]]
wo [[d:6/3]] vrij
do [[d:7/3]] 10u intake wijkcentrum, daarna hb [[adr:jacob van campenstraat 88-III]] (zoon doet open, mw slecht ter been)
vr [[d:8/3]] 14u tel. overleg {{o:svb}} ivm aow mw [[p:el idrissi]]""")

TEXTS.append("""Onderwerp: adreswijziging cliënt

Hoi [[p:Marloes]],

Even ter info voor {{o:Schuldhulpverlening}}: mw. [[p:Lorena Girigorie]] is verhuisd. Oud adres: [[adr:Loosduinseweg 781]], [[pc:2571 AH]]. Nieuw adres per [[d:15 maart]]: [[adr:Hengelolaan 1045]], [[pc:2545 CK]]. Haar dossiernummer bij jullie is [[dos:SHV-2023-11873]]. Telefoonnummer blijft [[tel:06-42 18 39 70]].

Groet,
[[p:Jasper]]
{{r:Consulent werk en inkomen}}, SWT {{w:Escamp}}""")

TEXTS.append("""Tijdlijn casus 'Huisuitzetting op het nippertje voorkomen' ({{w:Spoorwijk}})
- [[d:3 januari 2024]]: eerste signaal van {{o:HaagWonen}} over mw. [[p:Sno]] ([[adr:Hooftskade 120]])
- [[d:11 januari]]: eerste hb, niemand thuis
- [[d:16-01]]: tweede hb, dochter doet open
- [[d:2 februari]]: dagvaarding ontvangen (zaaknr. [[dos:C/09/661203]])
- [[d:5 feb.]]: betalingsregeling, eerste termijn betaald
- [[d:14-02-2024]]: zitting kantonrechter, zaak aangehouden
- [[d:1 april]]: achterstand ingelopen, procedure ingetrokken
Les: zonder die dochter hadden we het niet gered. Wat je ook doet, zoek uit wie in huis de post openmaakt.""")

TEXTS.append(
    """Correctie op mijn bericht van gisteren: het nummer van de {{r:bewindvoerder}} van dhr. [[p:Lachman]] is [[tel:088-226 41 70]], niet [[tel:088-226 41 07]]. En de zitting is op [[d:woensdag 10 juli]], niet op donderdag. Sorry allemaal!"""
)

TEXTS.append("""Actielijst MDO SWT {{w:Zuiderpark}} [[d:18-04-2024]]
| wat | wie | wanneer |
| aanvraag bijzondere bijstand fam. [[p:Boateng]] | [[p:Marco]] | [[d:25-04]] |
| gesprek verhuurder over [[adr:Dedemsvaartweg 1193]] | [[p:Lisa]] | [[d:2 mei]] |
| terugkoppeling {{o:Veilig Thuis}} ([[dos:VT-2024-04410]]) | [[p:Kemal]] | z.s.m. |
| nieuwe afspraak dhr. [[p:Rampersad]], tel. [[tel:06-12 88 73 40]] | [[p:Ilse]] | vóór [[d:30/4]] |
| evaluatie pilotthema bemoeizorg | allen | [[d:16 mei]] |""")

TEXTS.append("""belnotities [[d:wo 17-4]]:
- 9.10 mw [[p:aslan]] ([[tel:06-45029176]]) wil uitstel, nieuwe datum [[d:24-4]].
- 10.45 {{o:uwv}} gebeld ivm dhr [[p:koning]], kenmerk [[dos:UWV/2024/7203118]]. terugbelverzoek uitgezet.
- 13.20 buurvrouw van dhr [[p:de vries]] ([[adr:dr. lelykade 62]]) belt: dhr valt vaak, stank uit woning. hb plannen!!
- 15.00 [[p:rachida]] gebeld over intake [[p:o. demir]], zij neemt het over.""")

TEXTS.append("""Dear colleagues,

We would like to refer mr. [[p:Daniel Osei]] to your team. He was born on [[d:12 March 1990]] and lives at [[adr:Stationsweg 131-3]], [[pc:2515 BN]] The Hague. He lost his job in November and has had no income since. He speaks English and Twi, a little Dutch. Mobile: [[tel:+31 6 3971 2086]], e-mail [[mail:dan.osei90@gmail.com]]. Could someone contact him before [[d:Friday 26 April]]? Hij weet dat we jullie benaderen.

Best regards,
[[p:Claire Dubois]]
{{o:The Hague International Centre}}""")

TEXTS.append("""Intakeverslag schuldhulp – dhr. [[p:Yusuf Çelik]]
Datum intake: [[d:26-03-2024]], {{o:Servicepunt XL}} {{w:Laak}}
Aanwezig: dhr. [[p:Çelik]], [[p:Marloes]] ({{r:schuldhulpverlener}}), zijn broer [[p:Hakan]]
Eigen rekening: [[iban:NL58 BUNQ 7900 4471 64]]; spaarrekening: geen
Schuldeisers (selectie):
- zorgverzekeraar, polisnr. [[dos:ZV-88204137]]
- energieleverancier, klantnr. [[dos:4100382291]]
- {{o:CJIB}}, beschikking [[dos:2024-118-0034]]
Totaal ca. € 14.300. Volgende afspraak [[d:9 april]]; meenemen: loonstroken januari t/m maart.""")

TEXTS.append("""Beste collega's,

Hierbij de data voor het vervolg van de pilot:
- startbijeenkomst: [[d:dinsdag 6 februari]], stadhuis, 13.00 uur
- workshop 'bemoeizorg zonder verwijzing': [[d:14 maart]]
- expertbijeenkomst: [[d:18 april]]
- brainstorm themagroep jeugd: [[d:7-5]]
- slotbijeenkomst: [[d:20 juni]]
Aanmelden kan tot een week van tevoren via [[p:Esther]].

Groet, [[p:Frank]]""")

TEXTS.append(
    """hb [[d:zo 3 maart]] (weekenddienst): mw [[p:tekle]] met kinderen op straat gezet door verhuurder (dhr [[p:van dijk]], [[tel:06-19023344]]), sloten vervangen. woning [[adr:rijswijkseweg 408 bis]], [[pc:2516 EX]]. politie ter plaatse. mw + kids vannacht bij nicht [[p:almaz]], [[adr:hoefkade 771]]. ma z.s.m. {{o:juridisch loket}} bellen."""
)

TEXTS.append("""MDO [[d:11-06-2024]] {{w:Leyenburg}}
aanw: [[p:Romy]], [[p:Tim]], [[p:Olga]]
- [[p:H.B. Ramlal]] ([[adr:Leyweg 1340-F]]): opname {{o:Parnassia}} per [[d:3/6]]. woning? huur doorbetalen via bewind.
- mw [[p:Kwakman]] ([[adr:Escamplaan 580]], [[pc:2547 EK]]): wil toch weer thuiszorg. [[p:Tim]] belt {{o:Florence}}.
- fam. [[p:Amrani]]: verhuizing naar [[adr:Meppelweg 322]] rond per [[d:1 juli]].""")

TEXTS.append("""Geachte heer [[p:Vermaat]],

Namens uw huurder, mw. [[p:Juliana Maduro]] ([[adr:Kempstraat 204B]], [[pc:2572 GM]]), vraag ik u de kapotte cv-ketel zo snel mogelijk te laten repareren. Mevrouw zit sinds [[d:vrijdag 12 januari]] zonder verwarming en warm water. Haar dochtertje (1) lag in december nog met een longontsteking in het {{o:Juliana Kinderziekenhuis}}.

Ik ben bereikbaar op [[tel:06-4411 0927]].

Met vriendelijke groet,
[[p:Nadia Ouaziz]]
{{r:Maatschappelijk werker}}, SWT {{w:Transvaal}}""")


TEXTS.append(
    """Vraagje voor de collega's van {{w:Morgenstond}}: valt [[adr:Beresteinlaan 514]] ([[pc:2542 JP]]) onder jullie of onder ons? We hebben op [[d:8 mei]] een melding binnengekregen (nr. [[dos:MLD-2024-01921]]) over een oudere man die daar alleen woont en al weken geen boodschappen doet. Ik wil het niet laten liggen omdat niemand zich eigenaar voelt."""
)

TEXTS.append(
    """adres klopt niet in systeem!! staat [[adr:weimarstraat 71]], moet zijn [[adr:weimarstraat 17-a]], pc [[pc:2562 GR]]. gebeld naar [[tel:06-23 09 88 14]], geen gehoor. [[d:vr 22/3]] opnieuw proberen, anders brief. (zie ook reg.nr [[dos:2024-02251]])"""
)

TEXTS.append("""Onderwerp: afspraak verzet

Beste mevrouw [[p:Tahiri]],

Door ziekte van de tolk kan onze afspraak van [[d:donderdag 1 februari]] niet doorgaan. De nieuwe afspraak is op [[d:dinsdag 6-2-2024]] om 14.00 uur, bij u thuis ([[adr:Van der Vennestraat 72-1]]). Past dat niet, belt u mij dan op [[tel:06-1077 3962]].

Met vriendelijke groet,
[[p:Bas de Wolf]]
{{r:Wmo-adviseur}} SWT {{w:Schilderswijk}}""")

# ---------------------------------------------------------------- build and verify

MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}")
STOP = {
    "de",
    "van",
    "der",
    "den",
    "het",
    "ten",
    "ter",
    "el",
    "al",
    "mw",
    "dhr",
    "le",
    "la",
    "di",
    "da",
}


def build(raw):
    text, pii, keep, pos = [], [], [], 0
    out_len = 0
    for m in MARK.finditer(raw):
        before = raw[pos : m.start()]
        text.append(before)
        out_len += len(before)
        if m.group(1):
            short, span, table, target = m.group(1), m.group(2), PII, pii
        else:
            short, span, table, target = m.group(3), m.group(4), KEEP, keep
        if short not in table:
            raise ValueError("unknown label %r in %r" % (short, raw[:60]))
        target.append(
            {"start": out_len, "end": out_len + len(span), "label": table[short], "text": span}
        )
        text.append(span)
        out_len += len(span)
        pos = m.end()
    text.append(raw[pos:])
    return "".join(text), pii, keep


def bsn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_ok(s):
    s = "".join(s.split()).upper()
    if not re.fullmatch(r"NL\d\d[A-Z]{4}\d{10}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "heldout16.jsonl")
    docs, problems, warnings = [], [], []
    for i, raw in enumerate(TEXTS):
        text, pii, keep = build(raw.strip())
        did = "ho16-%04d" % i
        if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
            problems.append((did, "leftover markup"))
        spans = sorted(pii + keep, key=lambda s: (s["start"], s["end"]))
        for s in spans:
            if (
                text[s["start"] : s["end"]] != s["text"]
                or s["text"] != s["text"].strip()
                or not s["text"]
            ):
                problems.append((did, "bad span %r" % s))
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                problems.append((did, "overlap %r %r" % (a, b)))
        for s in pii:
            if s["label"] == "bsn" and not bsn_ok(s["text"]):
                problems.append((did, "bsn fails 11-check %r" % s["text"]))
            if s["label"] == "iban" and not iban_ok(s["text"]):
                problems.append((did, "iban fails mod-97 %r" % s["text"]))
        if not pii:
            problems.append((did, "no pii"))
        # every occurrence of a labelled name token should itself be covered by a pii span
        covered = [False] * len(text)
        for s in pii:
            for k in range(s["start"], s["end"]):
                covered[k] = True
        for s in pii:
            if s["label"] != "person":
                continue
            for tok in re.findall(r"[^\W\d_][\w'-]*", s["text"]):
                if len(tok) < 3 or tok.lower() in STOP:
                    continue
                for m in re.finditer(r"(?<![\w])%s(?![\w])" % re.escape(tok), text):
                    if not all(covered[m.start() : m.end()]):
                        warnings.append((did, "uncovered %r at %d" % (tok, m.start())))
        docs.append({"id": did, "text": text, "pii": pii, "keep": keep})
    warnings = sorted(set(warnings))
    for p in problems:
        print("PROBLEM", *p)
    for w in warnings:
        print("warning", *w)
    if problems:
        sys.exit(1)
    with open(out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    pc = Counter(s["label"] for d in docs for s in d["pii"])
    kc = Counter(s["label"] for d in docs for s in d["keep"])
    words = [len(d["text"].split()) for d in docs]
    total = sum(pc.values())
    print(
        "wrote %s: %d texts, %d words avg (min %d, max %d)"
        % (out, len(docs), sum(words) // len(docs), min(words), max(words))
    )
    print(
        "pii  %d spans:" % total,
        ", ".join("%s %d" % kv for kv in pc.most_common()),
        "| person share %.2f" % (pc["person"] / total),
    )
    print("keep %d spans:" % sum(kc.values()), ", ".join("%s %d" % kv for kv in kc.most_common()))
    low = [l for l in PII.values() if pc[l] < 15]
    if low:
        print("LABELS BELOW 15:", low)
        sys.exit(1)


if __name__ == "__main__":
    main()
