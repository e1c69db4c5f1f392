#!/usr/bin/env python3
"""Held-out corpus 102: the platform's own discussion register (forum posts and
replies on cross-team themes, @mention quick replies, lessons-learned write-ups
with Aanleiding/Aanpak/Wat werkte/Wat niet/Les voor andere teams headings,
minutes of theme sessions with attendance lists and action points), where
writers sometimes slip a client's name, birth date, address or case number in.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout102.jsonl next to itself.
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

# deliberately mistyped numbers (still personal data)
BAD_IBAN_OK = {"NL20 RBRB 8293 4869 6"}
BAD_BSN_OK = {"49699088"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Forum thread starters on cross-team themes
# ---------------------------------------------------------------------------
add(r"""
Thema: Ouderen | Eenzaamheid na verhuizing naar seniorenflat

Hoi allemaal, vraag vanuit {{w:Mariahoeve}}. We zien steeds vaker 75-plussers die na een verhuizing naar een seniorencomplex helemaal vereenzamen. Het oude netwerk is weg, de nieuwe buren kennen ze niet. Wie heeft een aanpak die werkt? Wij denken aan een 'buddy bij de sleuteloverdracht' samen met {{o:Vóór Welzijn}}.

Groet, [[p:Fleur Dekker]] ({{r:ouderenconsulent}})
=====
Onderwerp: jongeren die 18 worden en uit beeld raken

Bij ons in {{w:Transvaal}} hadden we deze maand weer zo'n situatie: jongen wordt 18, jeugdhulp stopt, {{o:CJG}} draagt over, en dan... niks. Geen inkomen geregeld, geen zorgverzekering. Het ging om [[p:Mourad]] (op [[d:14 februari]] 18 geworden), maar het is echt een patroon. Hoe regelen andere teams de overgang 18-/18+?
=====
[Thema huiselijk geweld] Hoe houden jullie contact met een cliënt die in de opvang zit zonder adres te weten?

We werken met {{o:Veilig Thuis}} en de opvang, maar merken dat onze {{r:casusregisseur}} vaak buiten de lijn valt. Tips welkom.
— [[p:Samira]], SWT {{w:Laak}}
=====
Nieuwe discussie gestart door [[p:Jeroen van Rijn]] · SWT {{w:Segbroek}} · [[d:06-03-2024]] 09:41
Titel: Bemoeizorg bij verzamelwoede (hoarding) – wanneer schakel je de corporatie in?

Casus kort: man, 60+, woning volledig vol, {{o:Staedion}} dreigt met ontbinding. Hij wil niemand binnenlaten behalve de {{r:wijkagent}}. Wij twijfelen of we de corporatie nu al moeten betrekken of eerst vertrouwen moeten opbouwen. Ervaringen?
=====
Thema jeugd – vraag over schoolverzuim en armoede

Iemand ervaring met de {{o:Stichting Leergeld}} in combinatie met de {{r:leerplichtambtenaar}}? We hebben een gezin in {{w:Spoorwijk}} waar de kinderen thuisblijven omdat er geen schoenen/jassen zijn. Echt schrijnend. De moeder (mw [[p:Ouedraogo]]) schaamt zich kapot en wil niet dat school het weet.
=====
Wie doet mee met de werkgroep 'ouderen en digitale zaken'? We willen een checklist maken voor DigiD-hulp zonder dat wij zelf inloggen namens de cliënt. Reageer hieronder, eerste bijeenkomst is in maart (datum volgt). Aanmelden bij mij: [[e:d.sastrowardojo@wijkteamsdenhaag.nl]]
=====
ONDERWERP: Mantelzorger overbelast, cliënt weigert dagbesteding

Situatie uit {{w:Bouwlust}}: dochter ([[p:Ingrid]]) zorgt 7 dagen per week voor haar moeder met beginnende dementie. Moeder wil absoluut niet naar de dagbesteding van {{o:WZH}}. {{r:casemanager dementie}} is betrokken, respijtzorg geprobeerd, mislukt. Wat zou jullie volgende stap zijn?

Alvast dank! [[p:Noor]]
=====
Thema bemoeizorg

Korte vraag: wie heeft het nummer van de nieuwe {{r:bemoeizorger}} bij {{o:Parnassia}} voor {{w:Escamp}}? Het oude nummer ([[t:070 391 22 40]]) werkt niet meer.
=====
Post: Huiselijk geweld & financiële afhankelijkheid

In drie casussen dit kwartaal zagen we hetzelfde: vrouw wil weg, maar heeft geen eigen rekening, alles staat op naam van de partner. Wij helpen nu met het openen van een eigen rekening bij een bank die geen adres op het afschrift zet. Heeft iemand ervaring met welke banken dat mogelijk maken? (Graag géén namen van cliënten in de reacties, denk aan de AVG 🙂)
=====
Thema: Ouderen
Titel: valpreventie – werkt de 'In Balans'-cursus in jullie wijk?

We hebben in {{w:Loosduinen}} 14 deelnemers gehad, 9 hebben afgemaakt. Kosten ca. € 85 per deelnemer, vergoed via de gemeente. Benieuwd naar de cijfers elders.
[[p:Gerrit-Jan Hofstede]], {{r:welzijnscoach}}
=====
Vraag aan het forum (jeugd):

Hoe gaan jullie om met ouders die geen toestemming geven voor overleg met school, terwijl het kind duidelijk signalen laat zien? Concreet: meisje van 11, [[p:Jaylinn]], woont bij vader op de [[a:Zuidlarenstraat 38]], school maakt zich zorgen, vader zegt "bemoei je er niet mee".
=====
Startbericht — [[p:Bram Hoekstra]], {{r:Wmo-adviseur}} {{w:Haagse Hout}}

Ik zou graag een thread beginnen over de wachttijden voor beschermd wonen. Wij hebben cliënten die al 14 maanden wachten bij {{o:Kessler Stichting}} en {{o:Limor}}. Hoe overbruggen jullie die periode? Ambulante begeleiding, logeerbed, iets anders?
=====
Hoi collega's,

Vraagje over het thema huiselijk geweld. Wij hebben een cliënte in {{w:Moerwijk}} (geboren [[d:3 augustus 1987]], twee kinderen) die na de melding bij {{o:Veilig Thuis}} terug is gegaan naar haar partner. Hoe blijven jullie betrokken zonder dat het gevaarlijk wordt voor haar? Ik noem verder geen details.

[[p:Esra]]
=====
Thread: Dakloze jongeren in de wijk – wie pakt het op?

Bij het {{o:Servicepunt XL}} {{w:Escamp}} melden zich de laatste weken jongeren (18-23) die bij vrienden op de bank slapen. Ze vallen tussen {{o:CJG}} en ons in. Wie heeft een goede route naar {{o:Jongerenloket}} / {{o:Straatkwartier}}? Ik hoor graag van jullie.

[[p:Ilse]]
=====
Thema ouderen: wie kent een goede tolk Turks die ook thuis komt? De tolkentelefoon is lastig met slechthorende mensen. Wij hadden ooit mevrouw [[p:Ay]] maar die is gestopt.
=====
Nieuw onderwerp in 'Bemoeizorg'

Titel: 'Niet thuis' na drie bezoeken – stoppen of doorgaan?
Tekst: We hebben een vaste afspraak in ons team: na drie keer niet thuis zonder reactie sturen we een brief en sluiten we af. Maar bij zorgmijders is dat misschien juist fout. Hoe doen andere teams dit? Gaat om een meneer op de [[a:Hanenburglaan 112]] die we al sinds december niet te zien krijgen.
=====
Vraag (thema jeugd): heeft iemand een goed voorbeeld van een gezinsplan volgens 'één gezin, één plan'? Liefst geanonimiseerd, dan kunnen we het als format gebruiken in onze wijk.
=====
Discussie gestart: Overlast en psychiatrie in portiekflats

[[p:Lotte Groenewegen]] · {{r:maatschappelijk werker}} · {{w:Rustenburg-Oostbroek}}

Herkenbaar? Buren bellen steeds de corporatie, corporatie belt ons, wij kennen de bewoner niet en hij wil ons niet zien. Bij ons gaat het om [[a:Oudemansstraat 177]], bewoner ca. 45 jaar. Wie heeft een goede samenwerkingsafspraak met {{o:Haag Wonen}} en de {{o:GGD}}?
=====
Ouderen & schulden: ik merk dat veel ouderen hun AOW-aanvulling niet aanvragen uit schaamte (vraag n.a.v. mevrouw [[p:Doerga]], maar het speelt breder). Bij de {{o:SVB}} kun je samen met de cliënt bellen. Iemand die daar een vast contactpersoon heeft?
=====
[JEUGD] Loverboy-problematiek: signalen delen met school

Hallo! In ons team speelt een zorg rond een meisje van 15 dat steeds met oudere jongens in een auto stapt bij het {{w:Hobbemaplein}}. Moeder heeft [[p:Chanel]] al twee keer als vermist opgegeven. Wij willen met school en de {{o:Politie Haaglanden}} afstemmen. Heeft iemand een protocol?
=====
Titel: mantelzorgwaardering – hoe bereik je de 'verborgen' mantelzorgers?

Veel jongeren zorgen voor een ouder met psychische problemen maar zien zichzelf niet als mantelzorger. In {{w:Schilderswijk}} werken we met {{o:Xtra}} aan een spreekuur op school. Wie wil meedenken?
[[p:Priscilla]] ({{o:CJG}} {{w:Schilderswijk}})
""")
# ---------------------------------------------------------------------------
# 2. Replies and quick replies with @mentions
# ---------------------------------------------------------------------------
add(r"""
@[[p:Fleur]] herkenbaar! Bij ons in {{w:Bezuidenhout}} koppelen we via {{o:Humanitas}} een vrijwilliger aan iemand in de eerste zes weken na de verhuizing. Werkt vooral goed als de vrijwilliger er ook bij is op de dag van de verhuizing zelf.
=====
Re: jongeren die 18 worden

Zelfde probleem hier. Wij plannen nu standaard een overdrachtsgesprek drie maanden vóór de 18e verjaardag, met {{r:jeugdconsulent}}, jongere en iemand van ons. Scheelt een hoop. Bij [[p:Mourad]] zou ik nu zo snel mogelijk een afspraak maken bij het {{o:Jongerenloket}} voor de bijstand.
=====
@[[p:samira]] wij bellen via de {{r:aandachtsfunctionaris}} van de opvang, nooit rechtstreeks. Dan weet jij het adres niet en hoef je het ook niet te weten.
=====
Reactie van [[p:Hatice Kurt]] ({{o:Stichting MOOI}}):
Eens met het bovenstaande. Eén tip: spreek een vast codewoord af met de cliënt voor als ze belt en niet vrij kan praten.
=====
@[[p:Jeroen]] niet te lang wachten met de corporatie! wij hebben bij een vergelijkbare casus (meneer [[p:de Vos]], [[a:Loosduinse Hoofdstraat 610]]) gewacht en toen lag er ineens een ontruimingsvonnis. Liever vroeg een gezamenlijk gesprek met {{o:Staedion}} + {{r:wijkagent}}.
=====
+1 voor [[p:Marieke]]'s reactie. Leergeld werkt goed, aanvragen kan zonder dat school erbij hoeft.
=====
@[[p:Noor]] misschien eerst een logeeropvang proberen ipv dagbesteding? Klinkt minder als 'naar een tehuis'. Bij ons werkte dat bij een meneer van 84. Succes!
=====
@[[p:bram.hoekstra]] wij zetten in de wachttijd ambulante begeleiding in via {{o:Anton Constandse}} en spreken met de {{r:huisarts}} een crisisplan af. Niet ideaal, maar het helpt.
=====
nummer is nu [[t:06-12 88 47 03]] (via [[p:Koen]] van het {{o:FACT-team}}) 👍
=====
Antw: ik stuur je de gegevens even in een privébericht [[p:Esra]], hier liever niet.
=====
Re: 'Niet thuis' na drie bezoeken

Wij stoppen nooit bij zorgmijders, maar we wisselen wél van aanpak: kaartje, dan buurvrouw, dan samen met de {{r:wijkverpleegkundige}}. Bij de meneer die jij noemt ([[a:Hanenburglaan 112]]) zou ik het eens proberen met de {{r:ervaringsdeskundige}} van {{o:Kessler Stichting}}.

Groet [[p:Yusuf]]
=====
@[[p:Lotte Groenewegen]] wij hebben met {{o:Haag Wonen}} een 'zorgoverleg' elke eerste dinsdag van de maand. Mail [[p:Rianne]] van de afdeling bijzonder beheer: [[e:r.oosterhout@haagwonen.nl]] – zij kan je vertellen hoe we dat hebben opgezet.
=====
Ha [[p:Chantal]], ik zag je vraag pas nu. Wij hebben dat protocol, ik upload het morgen in de bibliotheek onder Jeugd > Veiligheid.
=====
@all even een reminder: geen voornamen in de titels van discussies. Ik heb er net twee aangepast. Dank! – moderator [[p:Nadia]]
=====
@[[p:Kim]] ja, de tolk heet [[p:Gülay Arslan]], tel [[t:06 38 20 51 94]]. Ze komt ook in {{w:Moerwijk}} en {{w:Laak}}.
=====
Eens met [[p:Yusuf]]. Drie keer is te weinig. Wij hebben een meneer gehad die pas na elf (!) bezoeken open deed.
=====
Re: Re: mantelzorgwaardering

Super initiatief! Wij zouden graag aansluiten vanuit {{w:Zuiderpark}}. De {{r:jongerenwerker}} van {{o:Xtra}} wil ook meedoen. Hij heet [[p:Bilal]].
=====
@[[p:jeroen]] update? Is het gesprek met de corporatie er al van gekomen?
=====
> @[[p:jeroen]] update?
Ja! gisteren op [[d:12 maart]] samen met {{o:Staedion}} en de {{r:wijkagent}} bij hem geweest. Hij liet ons binnen. Eerste stap: één kamer leeg. Meneer [[p:Hoek]] vond het zelf ook een opluchting geloof ik.
=====
Wie heeft het draaiboek van de expertmeeting? @[[p:Anouk]] @[[p:Ricardo]]
=====
@[[p:Ricardo]] staat op de teamsite onder Pilot > Expertmeeting. Versie 2.3 is de laatste.
=====
Reactie: @[[p:Fleur]] dit is precies waar de pilot over gaat, toch? Teamoverstijgend. Ik stel voor dat we dit agenderen voor de themasessie ouderen.
=====
@[[p:Fleur]] @[[p:Dewi]] kunnen jullie mw [[p:Tjon A Fat]] ([[d:12-09-1941]]) van de [[a:Van Alkemadelaan 702]] niet koppelen aan die buddy? Zij is net verhuisd vanuit {{w:Stationsbuurt}}.
=====
Oeps, ik zie dat ik hierboven naam en adres heb gezet. Kan een moderator dat weghalen? Sorry!!
=====
Reactie op 'Loverboy-problematiek'

@[[p:Chantal]] neem contact op met het {{o:Centrum tegen Kinderhandel en Mensenhandel}}, die hebben een consult. En de {{r:zedenrechercheur}} van bureau Jan Hendrikstraat is heel benaderbaar.
=====
@[[p:Wendy]] heb je nog contact met die meneer uit de Poolse groep? [[p:Pawel]] zei dat hij terug wilde naar Wrocław.
=====
Dank allemaal voor de reacties! Samenvatting van wat ik heb opgehaald:
1. Vroeg de corporatie erbij
2. Niet stoppen na 3x niet thuis
3. Ervaringsdeskundige inzetten
4. Wijkagent als 'deuropener'
Ik neem dit mee naar de themasessie bemoeizorg.
[[p:Jeroen]]
=====
@[[p:Youssef]]_SWT die brief van {{o:DUO}}: kenmerk is [[z:DUO-5518-0934-221]], meneer kan bellen naar het algemene nummer [[t:050 599 77 55]].
=====
Re: tolk
Wij gebruiken ook mevr. [[p:Ay]] nog soms, ze doet het nu als zzp'er. [[e:ay.tolkvertaal@gmail.com]]
=====
@[[p:marleen]] je bedoelt [[p:Dursun]] toch, niet [[p:Durmaz]]? De casus van de ex-partner? Die is al overgedragen aan {{o:Jeugdbescherming West}}, zaaknummer [[z:JBW-2024-3317]].
=====
Helemaal mee eens @[[p:Lisa]]. 👏
=====
@[[p:Tom]] kan jij de notulen van donderdag nog rondsturen? Ik mis het actiepunt van de {{o:GGD}}.
=====
Hoi [[p:Ravi]], de buurvrouw die jij noemde (mw. [[p:Groen]], nr 14) belde vanmorgen weer. Ik heb gezegd dat we dinsdag langs komen. Kun jij mee?
=====
@[[p:D.Mahabier]] zie mail. Het ging om [[z:#55120]], de man uit de {{o:Kessler}}-opvang.
=====
Re: Ouderen & schulden

Ja, ik heb een vaste contactpersoon bij de {{o:SVB}} in Leiden, maar die mag ik volgens mij niet zomaar delen. Stuur me een PB.
[[p:Dewi]]
=====
@[[p:Kees]] zie ook het draadje van vorig jaar over AIO (aanvullende inkomensvoorziening ouderen). Staat onder Ouderen > Inkomen.
=====
@[[p:Priscilla]] dankjewel voor het meedenken gisteren bij de familie [[p:Koning]], echt fijn. De moeder belde vanochtend al met de {{o:Kredietbank}}.
=====
Re: Hoe houden jullie contact...
Wij hebben ervaring met [[p:Femke]] van de opvang – top contact. Bereikbaar via de centrale [[t:088 – 234 21 00]].
=====
@[[p:Sander]] de jongen uit jouw casus, geboren [[d:1-5-2006]]? Die kennen wij ook uit {{w:Transvaal}}! Zijn zus [[p:Imane]] zit bij ons in het traject. Zullen we even bellen?
=====
ok top 👍 @[[p:ilse]]
=====
Reactie verwijderd door moderator (bevatte persoonsgegevens).
=====
@[[p:Mirte]] ik heb de nieuwe flyer van {{o:Vóór Welzijn}} in de map gezet. Let op: het telefoonnummer van het spreekuur is veranderd naar [[t:070-205 21 00]].
=====
Re: valpreventie
Hier in {{w:Wateringse Veld}} 22 deelnemers, 17 afgemaakt (77%). Fysiotherapeut van {{o:Fysio Ypenburg}} gaf de les, € 60 p.p.
– [[p:Monique]], SWT {{w:Wateringse Veld}}
=====
@[[p:A. El Idrissi]] kun je de aanmelding van [[p:Hamza]] doorzetten naar {{o:Jongerenloket}}? BSN [[b:295289260]], hij heeft toestemming gegeven.
=====
@[[p:Nienke]] klopt, het is [[a:Beresteinlaan 388]] en niet 383. Sorry, tikfout.
=====
@iedereen: de themasessie jeugd verschuift van [[d:dinsdag 9 april]] naar [[d:donderdag 11 april]], zelfde tijd (13.30–16.00), zaal 2.14 in het stadhuis.
""")
# ---------------------------------------------------------------------------
# 3. Lessons-learned write-ups (Aanleiding / Aanpak / Wat werkte / Wat niet / Les)
# ---------------------------------------------------------------------------
add(r"""
CASUSLES – thema Ouderen
Team: SWT {{w:Mariahoeve}}
Ingediend door: [[p:Fleur Dekker]], {{r:ouderenconsulent}}

Aanleiding
Een weduwe van 81 werd via de {{r:huisarts}} aangemeld omdat ze was afgevallen en niet meer naar buiten ging. Haar zoon woont in het buitenland.

Aanpak
Huisbezoek samen met de {{r:casemanager dementie}}. Geen dementie, wel rouw en eenzaamheid. We hebben haar gekoppeld aan de maaltijdgroep in het wijkcentrum en een vrijwilliger van {{o:Vóór Welzijn}} die haar de eerste drie keer ophaalde.

Wat werkte
- Ophalen door dezelfde vrijwilliger
- Kleine groep (8 personen)

Wat niet
- Folder meegeven: werd niet gelezen

Les voor andere teams
Ga niet uit van 'ze komt wel'. De eerste drie keer ophalen maakt het verschil.
=====
Casusles (jeugd) — Overgang 18-/18+

Aanleiding: [[p:Mourad B.]], net 18, stond zonder inkomen, verzekering en woonplek nadat de jeugdhulp stopte.
Aanpak: binnen één week samen naar het {{o:Jongerenloket}}, zorgverzekering afgesloten, tijdelijk logeren bij oom op de [[a:Hoefkade 233-B]].
Wat werkte: één vaste contactpersoon die alles samen met hem deed; appen in plaats van bellen.
Wat niet: brieven sturen. Hij opent geen post.
Les voor andere teams: start de overdracht drie maanden vóór de verjaardag en zorg dat de {{r:jeugdconsulent}} pas loslaat als het SWT echt contact heeft.
=====
### Les: samen met de corporatie bij verzamelwoede

**Aanleiding**
Bewoner (60+) in {{w:Segbroek}}, woning volledig vol, ontruiming dreigde.

**Aanpak**
Gezamenlijk huisbezoek {{o:Staedion}} + {{r:wijkagent}} + SWT. Afspraak: één kamer per maand, corporatie stelt ontbinding uit zolang er voortgang is.

**Wat werkte**
De wijkagent kende de man van vroeger. Hij vertrouwde haar.

**Wat niet**
Een opruimbedrijf inhuren zonder hem erbij: hij raakte in paniek.

**Les voor andere teams**
Maak afspraken met de corporatie op papier, met data. Bij ons: evaluatie op [[d:1 juni 2024]] en [[d:1 september 2024]].

*Toestemming cliënt vastgelegd in dossier [[z:SWT-SEG-2024-0217]].*
=====
CASUSLES HUISELIJK GEWELD
Titel: Eigen rekening als eerste stap

Aanleiding
Mevrouw [[p:N.]] ([[d:03-08-1987]]) wilde weg bij haar partner maar had geen eigen geld. Alles liep via zijn rekening.

Aanpak
Samen met {{o:Veilig Thuis}} een veiligheidsplan gemaakt. Eigen rekening geopend ([[i:NL20RBRB8293486966]]) met correspondentie via het postadres van de opvang. Kinderbijslag laten omzetten via de {{o:SVB}}.

Wat werkte
Stap voor stap. Eerst geld, dan pas praten over vertrekken.

Wat niet
Te snel een opvangplek regelen: ze was er nog niet aan toe en haakte af.

Les voor andere teams
Financiële zelfstandigheid is vaak de sleutel. Schakel vroeg een {{r:budgetcoach}} in.
=====
Les voor andere teams (kort):
Bij bemoeizorg: stuur niet steeds een ander gezicht. Wij wisselden drie keer van {{r:maatschappelijk werker}} en de cliënt zei letterlijk: "jullie komen en gaan". Sindsdien gaat alleen [[p:Yusuf]] nog.
=====
Casusles — Ouderen en financieel misbruik

Aanleiding
Bij een huisbezoek aan een man van 88 in {{w:Benoordenhout}} viel op dat er geen eten in huis was, terwijl hij een goed pensioen heeft. Zijn kleinzoon had toegang tot de bankapp.

Aanpak
- Gesprek met meneer alleen (zonder kleinzoon)
- Melding bij {{o:Veilig Thuis}} (ouderenmishandeling)
- Aanvraag beschermingsbewind via de kantonrechter
- {{r:Wmo-adviseur}} regelde huishoudelijke hulp

Wat werkte
Het gesprek zonder familie. Meneer durfde pas toen te vertellen wat er speelde.

Wat niet
We hadden eerst de kleinzoon gebeld om het 'even te vragen'. Daarna was meneer een week niet bereikbaar.

Les voor andere teams
Bel bij vermoeden van financieel misbruik nooit eerst de familie.

(ingediend door [[p:Bram Hoekstra]], [[d:18-03-2024]])
=====
CASUSLES
Thema: Jeugd
Wijk: {{w:Schilderswijk}}
Auteur: [[p:Asha Ramdin]] ({{r:jeugdconsulent}} {{o:CJG}}) en [[p:Mehmet Yavuz]] ({{r:maatschappelijk werker}} SWT)

Aanleiding
Gezin met vijf kinderen, vader werkloos, moeder ernstig depressief. Oudste dochter (16) nam de zorg over en ging niet meer naar school.

Aanpak
Eén gezinsplan met CJG en SWT samen. Eén {{r:casusregisseur}}. Moeder aangemeld bij {{o:Parnassia}} via de {{r:huisarts}}. Dochter kreeg een {{r:jongerenwerker}} en een plek in de mantelzorgklas van {{o:Xtra}}.

Wat werkte
- Eén plan, één gezicht naar het gezin toe
- Dochter erkennen als jonge mantelzorger

Wat niet
- Twee aparte overleggen (CJG én SWT) in de eerste maand. Dubbel werk, gezin raakte de weg kwijt.

Les voor andere teams
Spreek in week 1 af wie de regie heeft en houd je eraan.
=====
Aanleiding: verwarde man in portiekflat ([[a:Oudemansstraat 177]]), veel overlastmeldingen, niemand kreeg contact.
Aanpak: zorgoverleg met {{o:Haag Wonen}}, {{o:GGD}} ({{r:bemoeizorger}}) en ons. Gezamenlijk bezoek met de {{r:SPV}} van de GGD.
Wat werkte: hij liet de {{r:SPV}} binnen omdat zij zei dat ze van 'de dokter' kwam.
Wat niet: brieven van de corporatie met dreigende taal → hij verschanste zich.
Les: laat de corporatie geen dreigbrieven sturen zolang er een zorgtraject loopt. Afspraak vastleggen!
=====
Casusles ouderen – "de vergeten AOW-aanvulling"

Aanleiding
Mevrouw, 74, geboren in Suriname, kwam op haar 52e naar Nederland. Daardoor een onvolledige AOW. Ze leefde van € 900 per maand en had nooit AIO aangevraagd.

Aanpak
Samen gebeld met de {{o:SVB}}. Aanvraag ingediend, binnen 8 weken toegekend, met terugwerkende kracht tot de aanvraagdatum.

Wat werkte
Samen bellen, met de speaker aan. Zij deed het woord, wij vulden aan.

Wat niet
Het formulier opsturen: dat was eerder al twee keer blijven liggen.

Les voor andere teams
Vraag bij iedere oudere met een migratieachtergrond naar AOW-opbouw. Het levert vaak honderden euro's per maand op.
=====
CASUSLES — Bemoeizorg / verslaving

Aanleiding: Meneer [[p:R. Bhoelai]], 52, {{w:Laakkwartier}}, alcohol, schulden, huurachterstand € 4.300. Eerder drie keer afgehaakt bij {{o:Brijder}}.
Aanpak: via de buurtvader ([[p:Hassan]]) eerste contact, daarna wekelijks koffie op zijn vaste bankje aan de Laakkade. Pas na 6 weken samen naar de {{o:Haagse Kredietbank}}.
Wat werkte: geduld, vaste plek, vaste tijd (dinsdag 10 uur).
Wat niet: de officiële intake op kantoor – hij kwam twee keer niet.
Les voor andere teams: ga naar de plek van de cliënt, niet andersom.
(Dossier [[z:HKB-24-11873]], toestemming getekend [[d:19-04-2024]].)
=====
Casusles Jeugd: school als vindplaats

Aanleiding
De {{r:intern begeleider}} van een basisschool in {{w:Moerwijk}} meldde dat drie kinderen uit één gezin steeds zonder ontbijt kwamen.

Aanpak
Gesprek op school, niet thuis. Moeder voelde zich daar veiliger. Aanmelding {{o:Voedselbank}}, {{o:Stichting Leergeld}}, en {{o:Schuldhulpverlening}}.

Wat werkte
De IB'er als vertrouwd gezicht die het eerste gesprek opende.

Wat niet
Dat de school eerst via {{o:Veilig Thuis}} wilde melden. Moeder schrok enorm.

Les voor andere teams
Investeer in een goede relatie met de IB'ers in jullie wijk. Plan een vast spreekuur op school.
=====
Lessons learned – thema Huiselijk geweld – SWT {{w:Escamp}}

1. Aanleiding
Melding van de {{r:wijkagent}} na een incident op [[d:zondag 14 januari]]. Gezin met twee kinderen ([[p:Rayan]] 6 en [[p:Nour]] 9), adres [[a:Dierenselaan 41]], [[pc:2573 XB]].

2. Aanpak
Binnen 48 uur huisbezoek samen met {{o:Veilig Thuis}}. Vader ging akkoord met een tijdelijk huisverbod-alternatief (logeren bij broer). Plan: {{o:Kompaan}} voor daderhulp, {{r:jeugdconsulent}} voor de kinderen.

3. Wat werkte
De korte reactietijd. Vader zei later: 'jullie waren er meteen, daarom nam ik het serieus.'

4. Wat niet
Overdracht tussen VT en ons duurde 3 weken voordat de rapportage er was.

5. Les voor andere teams
Vraag VT om een warme overdracht (samen op huisbezoek), niet alleen een dossier.
=====
Les (ouderen): digitale post

Aanleiding — Steeds meer ouderen missen post omdat die in de Berichtenbox staat.
Aanpak — Samen met de bibliotheek (Informatiepunt Digitale Overheid) een inloop in het wijkcentrum.
Wat werkte — Vaste vrijwilliger, elke donderdag 10-12 uur.
Wat niet — Het via de kinderen laten regelen: die hebben vaak geen tijd of wonen ver weg.
Les voor andere teams — Maak gebruik van de Informatiepunten; je hoeft het niet zelf te doen.
=====
Casusles Bemoeizorg — 'De man in het schuurtje'

Aanleiding
Via het {{o:Servicepunt XL}} {{w:Laak}} hoorden we van een man die in een schuurtje achter de [[a:Fruitweg 118]] sliep. Hij wilde geen naam geven.

Aanpak
Vier weken lang elke vrijdag langs met koffie. Week 5 vertelde hij zijn naam: [[p:Edwin]]. Daarna via de {{o:Kessler Stichting}} een nachtopvangplek.

Wat werkte
Niet vragen naar naam of papieren. Alleen aanwezig zijn.

Wat niet
De eerste keer namen we de {{r:wijkagent}} mee. Hij rende weg.

Les voor andere teams
Laat uniformen thuis bij een eerste contact met dak- en thuislozen.
=====
Casusles jeugd — sport als ingang

Aanleiding: Jongen van 14, [[p:Dylan Verbeek]], steeds betrokken bij vechtpartijen in {{w:Duindorp}}. Ouders gescheiden, vader in detentie.
Aanpak: {{r:buurtsportcoach}} van {{o:Sportbedrijf Den Haag}} nodigde hem uit voor kickboksen. Daar ontstond contact met de {{r:jongerenwerker}}.
Wat werkte: een activiteit waar hij zelf voor koos.
Wat niet: de verplichte gesprekken bij het {{o:CJG}}.
Les voor andere teams: gebruik de buurtsportcoaches, ze zijn een onderschatte ingang.
=====
Aanleiding
Echtpaar (83 en 85) in {{w:Kijkduin}}, hij met Parkinson, zij slechtziend. De zoon belde ons omdat ze 'niet meer konden'.

Aanpak
Keukentafelgesprek met {{r:Wmo-adviseur}}, {{r:wijkverpleegkundige}} en de zoon. Indicatie huishoudelijke hulp, persoonsalarmering, en aanvraag Wlz via het {{o:CIZ}}.

Wat werkte
Alles in één gesprek.

Wat niet
Het CIZ-traject duurde 11 weken.

Les voor andere teams
Start de Wlz-aanvraag parallel aan de Wmo-ondersteuning, niet erna.
=====
CASUSLES (concept, nog niet geanonimiseerd!!)
Thema: Huiselijk geweld / ouderen
Cliënt: mw [[p:Wilhelmina (Mien) de Graaf]], geb. [[d:17 mei 1938]], [[a:Thomas Schwencklaan 19]], [[pc:2597 NH]]
Zoon: [[p:Patrick de Graaf]], [[t:06 41 20 88 13]]

Aanleiding: zoon woont weer bij moeder na scheiding, schreeuwt tegen haar, pakt pinpas af.
Aanpak: melding {{o:Veilig Thuis}} ([[z:VT-2024-51883]]), gesprek met mevrouw alleen, aanvraag mentorschap.
Les: (nog invullen)
=====
Les uit {{w:Ypenburg}}: bij Syrische gezinnen werkt het beter als een {{r:sleutelpersoon}} uit de eigen gemeenschap het eerste gesprek opent. Bij ons was dat [[p:Rasha]] (vrijwilliger via {{o:Vluchtelingenwerk}}). Zonder haar hadden we het gezin niet bereikt.
=====
CASUSLES — thema Jeugd
Titel: "Gamen is het probleem niet"
Auteur: [[p:Sander Kuipers]]

Aanleiding
Ouders meldden zich bij het SWT: zoon van 19 zit al een jaar op zijn kamer, gamet 's nachts, geen school of werk.

Aanpak
De {{r:jongerenwerker}} ging met hem gamen (online). Pas na weken ging het over toekomst. Aanmelding bij {{o:Youz}} voor een somberheidstraject.

Wat werkte
Aansluiten bij zijn wereld in plaats van gamen te verbieden.

Wat niet
Ouders die bij elk gesprek aanwezig wilden zijn.

Les voor andere teams
Vraag de jongere wie hij erbij wil hebben.
=====
Casusles ouderen / dementie
Ingediend: [[d:22-05-2024]] door [[p:Marjolein Visser]]
Wijk: {{w:Waldeck}}

Aanleiding: alleenstaande man (78), beginnende dementie, weigert thuiszorg, drie keer brandje op het fornuis.
Aanpak: {{r:casemanager dementie}} + {{r:ergotherapeut}}; kookplaatbeveiliging via {{o:Wmo-loket}}, maaltijdservice van {{o:Apetito}}.
Wat werkte: techniek in plaats van mensen over de vloer — hij accepteerde het sneller.
Wat niet: buren vragen om 'een oogje in het zeil' – te vrijblijvend.
Les: denk bij zorgweigering eerst aan hulpmiddelen.
=====
Casusles — Statushouders & schulden

Aanleiding
Eritrees gezin in {{w:Morgenstond}}: na 1 jaar al € 7.800 schuld door een onbegrepen toeslagenterugvordering.

Aanpak
Tolk Tigrinya, samen alle brieven sorteren, bezwaar bij {{o:Toeslagen}}, aanmelding bij {{o:SchuldHulpMaatje}}.

Wat werkte
Een map met gekleurde tabbladen per instantie (rood = {{o:Belastingdienst}}, blauw = gemeente, etc.).

Wat niet
Uitleg via Google Translate.

Les voor andere teams
Organiseer in het eerste jaar na huisvesting preventief een 'brievenuur'.
=====
CASUSLES bemoeizorg – samenwerking met de {{o:GGD}}

Aanleiding
Vrouw van 47, [[p:Soraya]], psychotisch, weigert alle hulp. Buren bellen dagelijks de politie.

Aanpak
Meldpunt zorg en overlast van de {{o:GGD}} ingeschakeld. Bemoeizorgteam ging drie keer mee. Uiteindelijk vrijwillige opname bij {{o:Parnassia}} na een crisis op [[d:2 oktober]].

Wat werkte
De {{r:bemoeizorger}} had een kalme, vasthoudende aanpak.

Wat niet
Wij wilden te veel tegelijk (schulden, woning, zorg).

Les voor andere teams
Bij psychose eerst stabilisatie, dan pas de rest. Eén ding tegelijk.
=====
Les voor andere teams — kort, uit ons teamoverleg:
"Als een oudere zegt 'het gaat wel', vraag dan: wanneer heeft u voor het laatst warm gegeten?" (tip van {{r:wijkverpleegkundige}} [[p:Thea Smit]])
=====
CASUSLES — thema Jeugd — conceptversie 2

Aanleiding
Een moeder ([[p:Karin Mulder]], [[t:06-51 30 92 86]]) meldde zich bij het {{o:Servicepunt XL}} omdat haar dochter [[p:Sophie]] (13) sinds de scheiding niet meer at.

Aanpak
Verwijzing {{r:huisarts}} → {{o:Lucertis}} voor eetproblematiek; SWT hielp moeder met de praktische kant (alimentatie, omgangsregeling via {{o:Juridisch Loket}}).

Wat werkte
Rolverdeling: zorg voor de dochter bij de specialist, rest bij ons.

Wat niet
Wachtlijst van 16 weken.

Les voor andere teams
Vraag bij eetproblemen of de {{r:POH-GGZ jeugd}} kan overbruggen.

[Moderator: graag de naam en het nummer van de moeder verwijderen vóór publicatie]
=====
Aanleiding / Aanpak / Wat werkte / Wat niet / Les

Aanleiding: Eenzame man, 67, {{w:Bouwlust}}, rouw na overlijden hond (!). Geen familie.
Aanpak: maatje via {{o:Zebra Welzijn}}, later hondenuitlaatservice als vrijwilligerswerk.
Wat werkte: hij kreeg weer een ritme en een reden om naar buiten te gaan.
Wat niet: rouwgroep – 'niks voor mij'.
Les: kijk naar wat iemand zelf energie geeft.
=====
CASUSLES: Poolse arbeidsmigrant zonder woning
Wijk: {{w:Binckhorst}}
Auteur: [[p:Wendy Koster]]

Aanleiding
[[p:Pawel Nowicki]] (41) verloor baan en daarmee de kamer via het uitzendbureau. Sliep in zijn auto, geparkeerd op de Binckhorstlaan.

Aanpak
Contact via {{o:Barka}}. Keuze voorgelegd: terugkeer of hier blijven met werk. Hij koos terugkeer. Reis geregeld via Barka.

Wat werkte
Iemand die zijn taal sprak (Barka-medewerker [[p:Tomek]]).

Wat niet
Onze eigen formulieren – alles in het Nederlands.

Les voor andere teams
Werk voor EU-migranten direct samen met {{o:Barka}} of {{o:Fairwork}}.
=====
Les voor andere teams (jeugd): de {{o:Jeugdbescherming West}} werkt met een vaste {{r:gezinsvoogd}} per wijk. Vraag wie dat voor jullie wijk is, dan heb je een direct aanspreekpunt. Bij ons is dat [[p:Michelle]], bereikbaar op [[t:088-123 45 67]].
=====
CASUSLES — Ouderen
Toestemmingsverklaring: ja ([[d:04-03-2024]], dossier [[z:2024-MH-0091]])

Aanleiding
Dame van 92, woont zelfstandig in {{w:Mariahoeve}}, wil niet naar een verpleeghuis. Dochter wil dat wel.

Aanpak
Gesprek met moeder en dochter apart, daarna samen. Afspraak: extra thuiszorg van {{o:Florence}}, alarmering, en over drie maanden evaluatie.

Wat werkte
De wens van de cliënt leidend laten zijn en dat ook zo naar de dochter benoemen.

Wat niet
De dochter voelde zich in het begin niet gehoord.

Les voor andere teams
Geef de mantelzorger een eigen gesprek.
""")
# ---------------------------------------------------------------------------
# 4. Minutes of theme sessions (attendance, action points)
# ---------------------------------------------------------------------------
add(r"""
VERSLAG THEMASESSIE OUDEREN
Datum: [[d:donderdag 8 februari 2024]], 13.30-16.00 uur
Locatie: {{o:Wijkcentrum Mariahoeve}}, zaal 3

Aanwezig: [[p:Fleur Dekker]] (SWT {{w:Mariahoeve}}), [[p:Bram Hoekstra]] (SWT {{w:Haagse Hout}}), [[p:Thea Smit]] ({{r:wijkverpleegkundige}}), [[p:Marjolein Visser]] ({{r:casemanager dementie}}), [[p:Gerard Bos]] ({{o:CAOP}}, {{r:procesbegeleider}})
Afwezig m.k.: [[p:Dewi Sastrowardojo]]

1. Opening en vaststellen agenda
2. Terugblik kick-off
3. Casus 'eenzaamheid na verhuizing' (inbreng [[p:Fleur]])
4. Actiepunten

Actiepunten
| wie | wat | wanneer |
| [[p:Fleur]] | buddy-opzet uitwerken met {{o:Vóór Welzijn}} | [[d:1 maart]] |
| [[p:Bram]] | cijfers wachttijden beschermd wonen opvragen | volgende sessie |
| [[p:Gerard]] | verslag delen op platform | z.s.m. |
=====
Notulen themasessie Huiselijk Geweld – [[d:14-02-2024]]

Aanwezig:
- [[p:Samira El Hamdaoui]], SWT {{w:Laak}}
- [[p:Esra Yılmaz]], SWT {{w:Moerwijk}}
- [[p:Robin Verhoef]], {{o:Veilig Thuis Haaglanden}}
- [[p:Femke de Ridder]], {{o:Blijf Groep}}
- [[p:Ahmed]] (stagiair)

Besproken:
Contact met cliënten in de opvang. Afspraak: SWT houdt contact via de aandachtsfunctionaris van de opvang. Veilig Thuis zorgt voor warme overdracht.

Actiepunten:
AP1 – [[p:Robin]]: format warme overdracht rondsturen
AP2 – [[p:Esra]]: casus (geanonimiseerd!) uitwerken als casusles
AP3 – allen: volgende keer één casus meenemen

Volgende bijeenkomst: [[d:woensdag 13 maart]], 10.00 uur, {{o:Stadhuis}}.
=====
Verslag startbijeenkomst pilot "Samen werken in het sociale domein"
[[d:6 februari 2024]] | Atrium Stadhuis | 14:00–17:00

Aanwezig: 19 van de 20 deelnemers pilotgroep, 3 facilitatoren ({{o:Gemeente Den Haag}}, {{o:Crossover}}, {{o:CAOP}}).

Programma
- Welkom door de {{r:programmamanager}}
- Terugblik kick-off [[d:22 november]]: gekozen thema's jeugd, ouderen, huiselijk geweld, bemoeizorg
- Indeling in themagroepen (5 per thema)
- Werkafspraken platform: geen herleidbare gegevens, toestemming altijd vastleggen

Afspraken
* Elke themagroep levert vóór de expertmeeting in april minstens 3 casuslessen
* Sluiting in juni

Volgende stap: themagroepen plannen zelf hun eerste sessie.
=====
Themasessie Bemoeizorg — verslag
datum: [[d:di 20 feb]]
aanwezig: [[p:Jeroen]], [[p:Yusuf]], [[p:Lotte]], [[p:Koen Brouwer]] (GGD), [[p:Nadia]] (facilitator)
afwezig: [[p:Wendy]]

- [[p:jeroen]]: update verzamelwoede casus, gaat goed, 2 kamers leeg
- [[p:yusuf]]: 'niet thuis' regel → voorstel: min. 6 pogingen, verschillende vormen
- [[p:lotte]]: zorgoverleg met Haag Wonen loopt, 1e keer op [[d:5 maart]]
- [[p:koen]]: GGD meldpunt heeft nieuw nummer [[t:070 752 53 00]]

actie: [[p:yusuf]] schrijft voorstel uit, [[p:jeroen]] maakt casusles.
=====
Notulen expertmeeting [[d:16 april 2024]]

Aanwezig (intern): pilotgroep (20), facilitatoren
Aanwezig (extern): dr. [[p:M. van den Berg]] ({{o:Universiteit Leiden}}), [[p:Sanne Vermaat]] ({{o:Movisie}}), [[p:Ruud Janssen]] ({{r:wijkagent}} {{w:Centrum}})

Presentaties
1. Jeugd: overgang 18-/18+ (presentatie door [[p:Asha]] en [[p:Mehmet]])
2. Ouderen: eenzaamheid en verhuizing
3. Huiselijk geweld: warme overdracht
4. Bemoeizorg: 'niet thuis is geen afsluitreden'

Reactie experts: [[p:Vermaat]] wees op vergelijkbare aanpak in Utrecht ('één gezin één plan'). [[p:Janssen]] bood aan om per wijk een vaste wijkagent als contact te regelen.

Actiepunten
- facilitatoren: casuslessen bundelen in reader (v1.0)
- [[p:Janssen]]: lijst wijkagenten per SWT aanleveren vóór [[d:1 mei]]
=====
Kort verslag themagroep jeugd (online, Teams)
[[d:21-03-2024]], 15.00-16.00
Aanwezig: [[p:Asha]], [[p:Mehmet]], [[p:Sander]], [[p:Priscilla]], [[p:Chantal]]
→ ik schrijf de namen voluit voor het archief: [[p:Asha Ramdin]], [[p:Mehmet Yavuz]], [[p:Sander Kuipers]], [[p:Priscilla Martina]], [[p:Chantal Doornbos]]

Besproken: loverboyproblematiek, overgang 18+, spijbelen bij armoede.
Acties:
[ ] [[p:Chantal]] – protocol uploaden
[ ] [[p:Sander]] – contact leggen met Jongerenloket
[x] [[p:Priscilla]] – flyer mantelzorgklas rondgestuurd
=====
AGENDA + VERSLAG themasessie Ouderen #3
Wanneer: [[d:woensdag 10 april]] 10:00
Waar: {{o:Servicepunt XL}} {{w:Bouwlust}}, [[a:Dedemsvaartweg 190]] (let op: ingang achterzijde)

Deelnemers: 5/5
Gast: [[p:Henk Wolters]] van {{o:Seniorenraad Den Haag}}

Verslag:
[[p:Henk]] vertelde over de ervaringen van de Seniorenraad met 'huisbezoeken 75+'. 40% van de bezochte ouderen had een vraag die doorverwezen kon worden. Afgesproken om in {{w:Bouwlust}} en {{w:Mariahoeve}} een proef te doen.

AP: [[p:Noor]] + [[p:Fleur]] – voorstel proef; [[p:Henk]] – vrijwilligers werven.
=====
Verslag intervisie thema huiselijk geweld (vertrouwelijk)
[[d:27 maart]]

Inbreng casus door [[p:Esra]]: moeder (mw [[p:Y.]]), 3 kinderen, partner heeft contactverbod. Vraag: hoe kunnen we de kinderen ondersteunen zonder de moeder te overvragen?

Adviezen uit de groep:
- {{o:Kompaan}} en {{o:De Bocht}} hebben een kindergroep (KIES-achtig)
- school als veilige plek inzetten
- moeder koppelen aan lotgenotengroep

Let op: de naam [[p:Yilmaz]] is in de chat genoemd, die is verwijderd uit de chatgeschiedenis.
=====
Notulen kick-off [[d:22 november 2023]] (samenvatting)

Plenair: 180 aanwezigen uit 24 teams. Stemming thema's via het platform:
| thema | stemmen |
| jeugd | 61 |
| ouderen | 54 |
| huiselijk geweld | 47 |
| bemoeizorg | 39 |
| laaggeletterdheid | 22 |

Gekozen: de eerste vier.
Pilotgroep (20) wordt samengesteld door de teamleiders vóór [[d:15 december]].
=====
Themasessie jeugd – actielijst (bijgewerkt [[d:02-05]])

# | actie | eigenaar | status
1 | protocol loverboys uploaden | [[p:C. Doornbos]] | gereed
2 | contact Jongerenloket | [[p:S. Kuipers]] | loopt
3 | casusles 18+ afronden | [[p:A. Ramdin]] | gereed
4 | afspraak met leerplicht | [[p:M. Yavuz]] | open
5 | evaluatie pilot voorbereiden | facilitator | open
=====
Verslag themagroep Bemoeizorg, bijeenkomst 4

Aanwezig: [[p:Jeroen van Rijn]], [[p:Yusuf Aydemir]], [[p:Lotte Groenewegen]], [[p:Wendy Koster]]
Gasten: [[p:Koen Brouwer]] ({{o:GGD Haaglanden}}), [[p:Tineke]] ({{r:ervaringsdeskundige}}, {{o:Kessler Stichting}})

[[p:Tineke]] vertelde over haar eigen periode als zorgmijder. Belangrijkste punt: 'Ik liet pas iemand binnen toen die niks van me wilde.'

Casus [[p:Wendy]]: de Poolse man ([[p:Pawel]]) is teruggekeerd op [[d:28 maart]]. Barka heeft de reis geregeld.

Acties:
- [[p:Lotte]]: evaluatie zorgoverleg Haag Wonen
- [[p:Yusuf]]: voorstel 'niet-thuis'-regel naar teamleiders
=====
Verslag (kort) overleg facilitatoren [[d:maandag 3 juni]]

Aanwezig: facilitatoren gemeente en {{o:Crossover}}
Punten:
- slotbijeenkomst staat, locatie {{o:Theater aan het Spui}}
- reader met 23 casuslessen bijna klaar; 4 lessen moeten nog geanonimiseerd (bevatten nog adressen/geboortedata)
- evaluatieformulier: 17 van 20 ingevuld
Actie: herinnering sturen aan de 3 deelnemers die nog niet hebben ingevuld.
=====
SLOTBIJEENKOMST PILOT — verslag
[[d:20 juni 2024]], {{o:Theater aan het Spui}}

Opening door de {{r:wethouder}} Zorg.
Presentatie van de vier themagroepen.
Uitreiking reader 'Lessen uit de wijk'.

Opbrengst volgens deelnemers (mentimeter):
- meer contact met andere teams (89%)
- concrete werkwijzen om over te nemen (72%)
- platform handig maar 'anonimiseren kost tijd' (54%)

Vervolg: vanaf september alle 24 teams op het platform.
=====
notulen themasessie ouderen [[d:8-5]]
aanw: [[p:fleur]], [[p:bram]], [[p:thea]], [[p:marjolein]], [[p:dewi]]
gast: [[p:J. Kramer]] ({{r:huisarts}} {{w:Vrederust}})

- [[p:kramer]]: veel ouderen met polyfarmacie, SWT kan helpen met medicijnrol via apotheek
- casus [[p:dewi]]: meneer (89) in {{w:Vrederust}}, [[a:Sportlaan 44]]? nee [[a:Steenwijklaan 44]], woont alleen, kinderen in Canada. zie dossier [[z:SWT-ESC-2024-0412]]
- afgesproken: [[p:dewi]] vraagt meneer toestemming voor casusles

AP: [[p:dewi]] — toestemming + casusles | [[p:thea]] — medicijnrol uitzoeken
=====
Verslag themasessie Jeugd & Huiselijk Geweld (gezamenlijk)
[[d:11 april 2024]] — 13.30–16.00 — stadhuis zaal 2.14

Aanwezig: zie presentielijst (bijlage). Voor het verslag: [[p:Asha]], [[p:Mehmet]], [[p:Sander]], [[p:Samira]], [[p:Esra]], [[p:Robin]] ({{o:Veilig Thuis}}), [[p:Marco]] ({{o:Jeugdbescherming West}}).

Onderwerp: kinderen in gezinnen met huiselijk geweld.
Conclusie: kinderen worden vaak 'meegenomen' in het plan van de ouder maar krijgen geen eigen hulpverlener. Voorstel: bij elke HG-casus met kinderen standaard een {{r:jeugdconsulent}} erbij.

Acties:
- [[p:Samira]]/[[p:Asha]]: voorstel uitschrijven
- [[p:Robin]]: check of VT dit al standaard doet
=====
Aanwezigheidslijst workshop 'Anonimiseren van casuslessen' [[d:do 25-01-2024]]

Naam | Team | Handtekening
[[p:F. Dekker]] | {{w:Mariahoeve}} | ✓
[[p:B. Hoekstra]] | {{w:Haagse Hout}} | ✓
[[p:S. El Hamdaoui]] | {{w:Laak}} | ✓
[[p:J. van Rijn]] | {{w:Segbroek}} | ✓
[[p:E. Yılmaz]] | {{w:Moerwijk}} | —
[[p:W. Koster]] | {{w:Centrum}} | ✓
=====
Verslag brainstorm bemoeizorg & wonen
Datum: [[d:19 maart 2024]]
Facilitator: [[p:Nadia Bouali]] ({{o:Crossover}})

Ideeën (post-its, geclusterd):
A. Vroegsignalering via de corporatie (huurachterstand > 2 mnd)
B. Vaste 'zorgconsulent' per corporatie per wijk
C. Geen dreigbrieven tijdens zorgtraject
D. Ervaringsdeskundigen in elk SWT

Stemming (stickers): A 11 – B 7 – C 14 – D 9
Vervolg: C uitwerken als werkafspraak met {{o:Haag Wonen}}, {{o:Staedion}} en {{o:Vestia}}.
""")
# ---------------------------------------------------------------------------
# 5. Threads with quoted replies, signatures, platform notifications
# ---------------------------------------------------------------------------
add(r"""
Re: Re: Wachttijden beschermd wonen

> Op [[d:12-03-2024]] 10:14 schreef [[p:Bram Hoekstra]]:
> Wij hebben cliënten die al 14 maanden wachten.

Hier hetzelfde. Wij hebben een jonge vrouw (23) die nu al anderhalf jaar bij haar oma op de bank slaapt. Oma is 79 en kan het eigenlijk niet meer aan. Wat wij doen: elke 6 weken een 'wachtlijstgesprek' met {{o:Limor}} zodat ze niet vergeten wordt.

--
[[p:Ilse Verhagen]]
{{r:casusregisseur}} SWT {{w:Escamp}}
T [[t:06 – 43 91 20 57]]
=====
Reactie op casusles 'Eigen rekening als eerste stap'

Mooie les! Eén kanttekening: in de tekst staat nog een IBAN. Die moet er echt uit voordat dit in de reader komt. @[[p:Esra]]
=====
> @[[p:Esra]] in de tekst staat nog een IBAN
Klopt, sorry! Ik had het uit het dossier geplakt. Gaat eruit.
=====
Van: [[p:Gerard Bos]] <[[e:g.bos@caop.nl]]>
Onderwerp: reader casuslessen – deadline

Beste pilotdeelnemers,

Vriendelijk verzoek om jullie casuslessen vóór [[d:vrijdag 31 mei]] te uploaden. Let op de anonimisering: geen namen, adressen, geboortedata of dossiernummers. Leeftijd, wijk en rol mogen wel.

Met vriendelijke groet,
[[p:Gerard Bos]]
{{o:CAOP}} | [[t:070 376 57 00]]
=====
🔔 Melding: [[p:Yusuf Aydemir]] heeft gereageerd op je bericht in 'Bemoeizorg'.
=====
🔔 Nieuwe casusles gepubliceerd in thema Ouderen: "De vergeten AOW-aanvulling". 3 reacties · 12 keer bekeken
=====
Poll (thema Jeugd): Welk onderwerp willen jullie op de volgende sessie?
( ) Spijbelen en armoede — 4 stemmen
( ) Loverboys — 7 stemmen
( ) 18-/18+ — 6 stemmen
( ) Jonge mantelzorgers — 3 stemmen
Sluit op [[d:15 maart]].
=====
Draad: "Hoe spreek je een vermoeden van huiselijk geweld aan bij ouderen?"

[[p:Marleen Hoogeveen]] schreef:
Ik merk dat ik het lastig vind om door te vragen als een oudere vrouw blauwe plekken heeft en zegt dat ze gevallen is.

[[p:Thea Smit]] antwoordde:
Herkenbaar. Ik vraag altijd: 'Voelt u zich veilig thuis?' en dan even stil zijn. Ook de meldcode stap 1 erbij pakken.

[[p:Bram Hoekstra]] antwoordde:
En vergeet niet dat het ook om de mantelzorger kan gaan die overbelast is. Dat maakt het niet minder ernstig, maar de aanpak is anders.
=====
Privébericht aan [[p:Samira]]:
Hoi! Zoals beloofd het nummer van de aandachtsfunctionaris van de opvang: [[p:Linda]], [[t:06 17 44 92 38]]. Noem mijn naam maar. Gr [[p:Femke]]
=====
Reactie gemarkeerd door moderator_[[p:Nadia]]: "Deze reactie bevat mogelijk een BSN. Pas aan a.u.b."
Oorspronkelijke tekst: "kun je checken of [[b:496990883]] al bekend is bij jullie?"
=====
Hallo allemaal, ik ben nieuw in de pilotgroep (vervang [[p:Wendy]] die met zwangerschapsverlof is). Ik werk als {{r:Wmo-adviseur}} in {{w:Centrum}}. Leuk om kennis te maken! [[p:Kees]]
=====
@[[p:Kees]] welkom! Je kunt alles terugvinden in de map Pilot > Verslagen. De themagroep bemoeizorg komt weer bij elkaar op [[d:dinsdag 7 mei]].
=====
FAQ platform (vastgezet bericht)
V: Mag ik een casus delen als de cliënt geen toestemming heeft gegeven?
A: Nee. Zonder toestemmingsverklaring geen casusles.
V: Wat mag er wél in?
A: Leeftijd, wijk, rol van betrokken professionals, organisaties, jaartallen en de duur van een traject.
V: En wat niet?
A: Namen, adressen, postcodes, telefoonnummers, e-mail, BSN, IBAN, geboortedata en dossiernummers.
=====
Hé @[[p:Anouk]], welk dossiernummer had die mevrouw uit de {{w:Stationsbuurt}} ook alweer? Ik moet de toestemming nakijken.
=====
@[[p:Jeroen]] [[z:SWT-CEN-2024-0088]], toestemming getekend [[d:9 jan]].
=====
Re: Jonge mantelzorgers
Bij ons op de {{o:Johan de Witt Scholengroep}} hebben ze een mantelzorgcoach. Superfijn. Contact via de {{r:zorgcoördinator}}, mevrouw [[p:Ramlal]].
=====
Vraag van een collega uit Zoetermeer (via LinkedIn doorgestuurd): "hoe zijn jullie aan de toestemmingsverklaring gekomen, mag ik het format?" Ik heb gezegd dat ik het hier zou vragen. Wie heeft het Word-bestand?
Groet, [[p:Marleen]]
=====
@[[p:Gerard]] kun je het format toestemmingsverklaring (versie 2022, 2 pagina's) hier delen? Zoetermeer vraagt erom.
=====
[Bijlage: toestemmingsverklaring_leeg_v2022.docx] – graag geen ingevulde exemplaren uploaden 😉
=====
Re: kinderen in gezinnen met HG

Dit raakt me echt. Bij ons liep een jongetje van 7 ([[p:Rayan]]) maandenlang mee in het traject van zijn moeder zonder dat iemand met hém praatte. Pas toen school aan de bel trok ging de {{r:jeugdconsulent}} erop af.
=====
Even een praktische vraag: waar vind ik het formulier 'aanmelding AIO'? Staat niet op de site van de {{o:SVB}} of ik kijk verkeerd. — [[p:Kees]]
=====
@[[p:Kees]] het is een online aanvraag via Mijn SVB, papier kan ook via [[t:020 656 52 90]] (algemeen nummer SVB).
=====
Re: Poolse arbeidsmigranten
@[[p:Wendy]] tip: {{o:Barka}} heeft een spreekuur in de {{o:Kessler}} op woensdag. En de Poolse kerk aan de Parkstraat is een goede vindplaats.
=====
Mail doorgestuurd naar forum (door [[p:Lotte]]):

----- Doorgestuurd bericht -----
Van: [[e:bijzonderbeheer@haagwonen.nl]]
Datum: [[d:ma 11 mrt 2024]] 16:02
Onderwerp: zorgoverleg

Hoi [[p:Lotte]],
Prima om het zorgoverleg per maand te doen. Kunnen we de eerste keer de casus van de [[a:Oudemansstraat 177]] bespreken (huurder [[p:Van der Meer]], contract [[z:HW-177-44312]])?
Groet, [[p:Rianne Oosterhout]]
=====
@[[p:Lotte]] pas op, in de doorgestuurde mail staat het contractnummer nog. Moderator kan je dat weghalen?
=====
Thema bemoeizorg – stelling voor de volgende sessie:
"Bij zorgmijders moet het SWT het recht hebben om zonder toestemming informatie op te vragen bij de huisarts."
(stelling ingebracht door [[p:Yusuf Aydemir]])
Eens / oneens? Reageer met 👍 of 👎 en een korte motivatie.
=====
👎 Dat ondermijnt het vertrouwen. Zonder toestemming alleen als er acuut gevaar is (en dan via {{o:GGD}}/{{o:Veilig Thuis}}).
=====
👍 maar alleen via de {{r:bemoeizorger}} en met vastlegging. Soms is het echt nodig. – [[p:Koen]]
=====
👎 Eens met [[p:Marleen]]. De AVG is er niet voor niks.
=====
Update van [[p:Noor]] ({{w:Bouwlust}}): de moeder over wie ik in januari schreef gaat nu twee dagen per week naar de dagbesteding van {{o:WZH Het Kleine Loo}}. De logeeropvang was de opstap. Dochter [[p:Ingrid]] heeft eindelijk weer een vrije zaterdag. Dank voor jullie tips!
=====
@[[p:Noor]] wat mooi! Kun je hier een casusles van maken?
=====
Reactie [[p:Priscilla Martina]]: @[[p:chantal]] ik had het mis, de mantelzorgklas is niet op maandag maar op woensdagmiddag. Inschrijven via [[e:mantelzorgklas@xtra.nl]] of bij mij ([[t:06-24 87 11 09]]).
=====
Wie weet hoe het zit met de eigen bijdrage Wmo voor ouderen met alleen AOW? Is dat nog steeds € 21,80 per maand in 2024? (Vraag van een cliënt, geen casus.)
=====
@[[p:Bram]] ja, abonnementstarief 2024 is € 21,80 per 4 weken (niet per maand!). Bron: {{o:CAK}}.
=====
Bedankt voor jullie input op de enquête. Resultaten: 78% vindt het platform nuttig, 61% vindt anonimiseren 'veel werk', gemiddeld 14 minuten per casusles. We kijken naar een automatische check.
[[p:Gerard]] namens de facilitatoren
""")
# ---------------------------------------------------------------------------
# 6. Quick replies with slips, tables, longer mixed posts, look-alikes
# ---------------------------------------------------------------------------
add(r"""
@[[p:Yusuf]] die meneer van de schuldhulp, is dat [[p:Bhoelai]]? Zijn nieuwe nummer is [[t:0634871120]] en hij woont nu bij zijn zus op [[a:Vlierboomstraat 212]] [[pc:2564JK]].
=====
snelle vraag: wie heeft nog plek in de training 'Meldcode' op [[d:26/9]]? 15 plekken, zaal 0.08, 9.00-12.30u
=====
@[[p:Tom]] @[[p:Dewi]] de casus van mw. [[p:Soekhlal]] (geb. [[d:02.11.1946]]) kunnen we die morgen in het MDO bespreken? BSN staat in het dossier, niet hier 😉
=====
Dank [[p:Ricardo]]! Ik heb de reader gelezen. Casusles 7 (de man in het schuurtje) vond ik het sterkst.
=====
Ik zie in de reader bij les 12 nog 'mevr. [[p:Tjin-A-Djie]]' staan. Moet eruit. @[[p:Gerard]]
=====
Thema ouderen — tabel wachttijden (peildatum [[d:1 maart 2024]])

Aanbieder	Product	Wachttijd
{{o:WZH}}	dagbesteding	6 wk
{{o:Florence}}	dagbesteding	4 wk
{{o:Saffier}}	logeeropvang	9 wk
{{o:Humanitas}}	maatje	3 wk
{{o:Vóór Welzijn}}	ouderenadvies	geen
=====
@[[p:mehmet.yavuz]] kun je me het telefoonnummer van die vader sturen? [[p:Kasimov]] toch? Ah laat maar, ik zie het al: [[t:+31 6 4418 2290]]. Thx
=====
Les voor andere teams (kort, uit {{w:Scheveningen}}): de visserijfamilies in {{w:Duindorp}} praten niet snel met 'de gemeente'. Via de {{o:Vissersvrouwenvereniging}} kwamen we wél binnen.
=====
@[[p:Dewi]] de bewindvoerder van meneer is {{o:Budgetbeheer Haaglanden}}, contactpersoon [[p:Maarten Keijzer]], [[e:m.keijzer@budgetbeheerhaaglanden.nl]]. Dossier bij hen: [[z:BBH/2024/00731]].
=====
Discussie: 'informele zorg' in de praktijk

Ik lees veel over het verbinden van formele en informele zorg, maar in de praktijk lukt het ons nauwelijks. Vrijwilligers haken af bij complexe casussen. Wie heeft een goed voorbeeld waarin een vrijwilliger langer dan een jaar bij een multiprobleemgezin betrokken bleef?

[[p:Lisa van Dam]], {{r:welzijnscoach}} {{o:Xtra}}
=====
Re: informele zorg
Ja, bij ons ({{w:Transvaal}}) gaat een maatje van {{o:SchuldHulpMaatje}} al 2,5 jaar mee met een gezin. Sleutel: de vrijwilliger heeft een eigen coach bij de organisatie en mag 'nee' zeggen tegen taken.
=====
@[[p:Karin]] je schreef [[d:14/3]] maar bedoelde je niet [[d:13/3]]? Op de 14e is de themasessie.
=====
CASUSLES — Bemoeizorg (ingediend door team {{w:Regentesse-/Valkenboskwartier}})

Aanleiding
Man van 58 met ernstige vervuiling in huis. Bekend bij politie vanwege ruzies met buren. Al jaren niet bij de huisarts.

Aanpak
Eerste contact via zijn vaste supermarkt: de bedrijfsleider kende hem. Daarna koffie bij de bakker. Na zes weken mochten we binnen.

Wat werkte
Via het gewone leven van de cliënt binnenkomen. Geduld.

Wat niet
De eerste keer met drie hulpverleners tegelijk voor de deur staan.

Les voor andere teams
Maximaal twee personen bij een eerste huisbezoek bij zorgmijders. Liefst één.
=====
Heb je het adres even? Ik moet langs voor de handtekening
→ [[a:Goudenregenstraat 141-III]], bel 3x lang drukken. Mw heet [[p:Sanchez]] op de bel.
=====
@[[p:Asha]] superfijne presentatie vandaag! Mag ik de slides? (zonder de casusslide met de foto natuurlijk)
=====
Reactie op 'Warme overdracht VT':
Wij hebben een afspraak dat VT binnen 5 werkdagen belt. Staat in het convenant van 2022, artikel 4.2. Werkt redelijk, behalve rond de feestdagen.
— [[p:Ilse]]
=====
@[[p:Robin]] mag ik je mobiel? Die van kantoor ([[t:070-346 92 00]]) is altijd in gesprek.
=====
@[[p:Ilse]] zie dm
=====
Bericht van [[p:Hanna Tesfamariam]] (nieuw lid, {{r:sociaal raadslid}} {{o:Stichting MOOI}}):
Hallo allemaal! Ik help veel Eritrese en Ethiopische gezinnen met brieven en toeslagen. Als jullie vragen hebben over Tigrinya of Amhaars, stuur me een bericht.
=====
Re: brievenuur statushouders

Wij doen dit nu in {{w:Moerwijk}} met {{o:Vluchtelingenwerk}}. Elke maandag 13-15u in de {{o:Bibliotheek Moerwijk}}. Gemiddeld 9 bezoekers. 
Voorbeeld van wat binnenkomt: een vader met 6 brieven van de {{o:Belastingdienst}}, waarvan 4 over hetzelfde bedrag (€ 312).
=====
@[[p:Hanna]] kun jij meekijken bij de familie [[p:Haile]]? Het gaat om kenmerk [[z:TS-2024-9981-0043]] van {{o:Toeslagen}}. Ze wonen op [[a:Moerweg 318]].
=====
Agenda themasessie Ouderen #4 — [[d:wo 15 mei]], 10:00
1. Opening
2. Proef huisbezoeken 75+ ([[p:Noor]]/[[p:Fleur]])
3. Polyfarmacie en medicijnrol ([[p:Thea]])
4. Casusles [[p:Dewi]]
5. Voorbereiding slotbijeenkomst
6. Rondvraag
=====
Themasessie HG — korte terugkoppeling voor wie er niet bij was:
Veilig Thuis gaat standaard een {{r:jeugdconsulent}} uitnodigen bij HG-casussen met kinderen onder de 12. Start na de zomer als proef in {{w:Laak}} en {{w:Escamp}}. (verslag: [[p:Samira]])
=====
Re: kinderen en HG — aanvulling
Niet vergeten: ook kinderen van 12-18! Die vallen vaak helemaal buiten beeld. Bij ons was het de 15-jarige [[p:Sem]] (broer van [[p:Lieke]]) die de politie belde.
=====
ik zie net in mijn aantekeningen dat de datum van de zitting [[d:16-1-25]] is en niet [[d:16-1-24]]. Dus nog ruim tijd. @[[p:karim]]
=====
Re: Re: Re: verzamelwoede
Laatste update van mij: meneer heeft nu 4 van de 5 kamers leeg. {{o:Staedion}} heeft de ontbinding ingetrokken. Hij wil zelf meewerken aan de casusles! Toestemming getekend.
Groet [[p:Jeroen]]
=====
Slotbericht thread 'niet thuis na 3x': de teamleiders hebben besloten dat de regel vervalt voor bemoeizorgcasussen. Dank aan iedereen die meedacht!
=====
@[[p:Sander]] die jongen, [[p:Hamza el Ouariachi]], is nu ingeschreven bij het Jongerenloket (klantnummer [[z:JL-DH-0023817]]). Kun jij het aan zijn moeder laten weten? Zij belt me steeds op [[t:06 30 11 45 87]] maar ik mag niks zeggen zonder zijn toestemming en hij is 18.
=====
Wat vinden jullie: moeten we casuslessen schrijven in de 'ik-vorm' of juist zakelijk? Ik merk dat de persoonlijke lessen beter gelezen worden (gem. 34 views vs 12). – [[p:Anouk]]
=====
Re: ik-vorm
Ik-vorm! Maar dan wel opletten dat je niet per ongeluk je eigen naam én de wijk én de leeftijd noemt, want dan is de cliënt soms toch herkenbaar in een kleine wijk.
=====
Quick reply → @[[p:Lisa]] ja ik kom, [[d:ma 22/4]] om 14u bij {{o:Servicepunt XL}} {{w:Laak}}. Ik neem de intakeformulieren mee.
=====
[Thema jeugd] Weet iemand of het {{o:CJG}} in {{w:Segbroek}} nog op de Fahrenheitstraat zit of verhuisd is?
=====
@[[p:Jeroen]] ze zitten sinds vorig jaar op [[a:Thomsonlaan 71]], maar bezoekers melden zich aan de zijingang.
=====
Lessen uit de pilot – mijn persoonlijke top 3 (door [[p:Samira El Hamdaoui]]):
1. Bel elkaar, ook al ken je elkaar niet. Iedereen in de 24 teams heeft dezelfde vragen.
2. Casuslessen schrijven kost tijd maar dwingt je om na te denken over wat je eigenlijk deed.
3. Durf te zeggen wat níet werkte.
=====
@[[p:Samira]] mooi lijstje! Punt 3 onderschreven.
=====
Re: Ouderen en mantelzorg

Mijn schoonmoeder (!) was ook zo'n geval, dus ik weet hoe het voelt als familielid. Tip: vraag de {{o:Mantelzorg Den Haag}}-consulent. Bij ons was dat [[p:Yvette Brand]], heel fijn, [[t:070 – 3 63 04 51]].
=====
Sorry, vorige post was naar het verkeerde draadje. Negeer maar 🙈
=====
Toelichting bij casusles 'Echtpaar in Kijkduin': het CIZ-nummer staat in het dossier ([[z:CIZ-2024-118293]]). Aanvraag ingediend [[d:29 januari]], besluit [[d:16 april]].
=====
@[[p:El Hamdaoui]] ik ken de vrouw die je bedoelt, ze woont in onze wijk. Misschien beter als wij de contacten overnemen? Ze heet [[p:Leila Benali]] toch, geb. [[d:1992-07-14]]?
=====
@[[p:Koen]] nummer meldpunt zorg en overlast klopt niet, het moet [[t:070 752 5300]] zijn (spaties weg). Ik pas het aan in het verslag.
=====
Reactie: ik werk bij {{o:Sokkerwei}} (welzijn {{w:Zuiderpark}}) en lees mee. Erg waardevol! Mogen wij ook casuslessen aanleveren of alleen de SWT's? Groet, [[p:Patricia Soeleman]]
=====
@[[p:Patricia]] welkom! Vanaf september kunnen alle partners lezen en reageren, aanleveren voorlopig alleen via een SWT.
=====
Bedankt @[[p:wendy]] en @[[p:tom]] voor het invallen vorige week. Meneer [[p:van Leeuwen]] was erg blij met jullie.
=====
Re: IBAN in casusles
Ik heb 'm vervangen door [IBAN]. Oorspronkelijk: [[i:NL20 RBRB 8293 4869 6]] — oh wacht, zo staat het nu wéér hier. Moderator, help 😅
=====
Vraag (huiselijk geweld): geldt de meldcode ook voor vrijwilligers van {{o:Humanitas}} die bij ons cliënten thuis bezoeken? Ze hebben geen beroepsgeheim.
""")
# ---------------------------------------------------------------------------
# 7. Slips: numbers pasted from the dossier into posts and minutes
# ---------------------------------------------------------------------------
add(r"""
@[[p:Hanna]] de moeder heeft toestemming gegeven. Gegevens voor de aanvraag bijzondere bijstand: [[p:Saba Haile]], BSN [[b:1837.04.873]], rekening [[i:NL21 TRIO 1174 2690 50]]. Ik bel je morgen.
=====
Re: brievenuur
Voorbeeld uit de praktijk (wel geanonimiseerd hoor): "Uw kenmerk [[z:1943.22.871.H.01]] – terugvordering kinderopvangtoeslag € 2.340". Kenmerk heb ik ingekort. Dat is dus zo'n brief die niemand snapt.
=====
Fout van mij gisteren in het draadje: ik plakte per ongeluk de hele regel uit Suite. Staat hieronder, kan iemand het verwijderen?
"[[p:Gomes, D.]] | [[d:18-06-1979]] | [[b:322796714]] | [[a:Pisuissestraat 88]] | [[pc:2552 TL]] | [[t:06-58203419]]"
=====
Notulen themagroep Ouderen – [[d:24 april]] (aanvulling)
Bij punt 3 hoort de casus van de heer [[p:Van Houten]] ([[a:Anna Blamansingel 12]], {{w:Vrederust}}). Hij heeft toestemming gegeven, maar pas op [[d:23 april]], dus de les mag pas vanaf nu gedeeld. Dossier [[z:SWT-ESC-2024-0519]].
=====
@[[p:Thea]] apotheek vraagt BSN voor de medicijnrol: [[b:412 672 042]]. Meneer is akkoord.
=====
Hoi allen, wie kan het voorschot vanuit het noodfonds overmaken? Rekening van de cliënte: [[i:NL67ASNB4532770768]] t.n.v. [[p:F. Mohamud]]. Bedrag € 150. Het gaat om de casus uit de themasessie HG.
=====
@[[p:Ricardo]] nee, jouw mail kwam niet aan. Mijn adres is [[e:ricardo.sedney@denhaag.nl]] (met een y).
=====
Actiepunten themasessie Jeugd – [[d:16 mei]]

| # | actie | wie |
|---|---|---|
| 1 | gezinsplan familie [[p:Rahmani]] ([[z:CJG-2024-7730]]) afstemmen | [[p:Asha]] |
| 2 | leerplicht bellen ([[t:070 353 58 27]]) | [[p:Mehmet]] |
| 3 | casusles 'gamen' publiceren | [[p:Sander]] |
| 4 | reader nalezen op namen | iedereen |
=====
Re: Contact houden met cliënte in opvang
@[[p:Esra]] het postadres van de opvang mag je gebruiken voor officiële post: Postbus 1234 (niet het echte, check even bij de {{o:Blijf Groep}}). Haar eigen mail is [[e:n.yazici87@gmail.com]] maar die leest haar ex misschien mee, dus liever niet.
=====
kleine correctie op mijn casusles: de cliënte woonde niet op nummer 12 maar op [[a:Zonnebloemstraat 12a]]. Heeft verder niks uit te maken voor de les. (moderator: mag weg)
=====
@[[p:Dewi]] de dochter van meneer heet [[p:Shirley Kartodikromo]], ze woont in Zoetermeer, [[t:079 – 316 44 80]], [[e:shirleyk@ziggo.nl]]. Ze wil graag bij het volgende gesprek zijn.
=====
CASUSLES (concept) — Schulden bij jonge ouders
Aanleiding: [[p:Kevin]] (22) en [[p:Naomi]] (20), baby van 4 maanden, wonen in {{w:Leidschenveen}}, [[pc:2492 LM]]. € 11.000 schuld door telefoonabonnementen en een auto op afbetaling.
Aanpak: stabilisatie via {{o:Schuldhulpverlening Den Haag}}, budgetcursus bij {{o:Humanitas}}.
Wat werkte: de jonge ouders samen aanspreken, niet alleen de vader.
Wat niet: online budgetapp – na 2 weken gestopt.
Les voor andere teams: betrek het {{o:CJG}} consultatiebureau, daar komen jonge ouders toch al.
=====
@[[p:Bram]] de aanvraag beschermd wonen voor de jonge vrouw van 23 staat onder nummer [[z:BW-2024-00388]], aanvraagdatum [[d:11-12-2023]]. Wachtlijstplek 31.
=====
Reactie in thread HG: "Let op, de partner heeft een nieuw nummer: [[t:+31 6 20 44 81 95]]. Hij belt de school om te vragen waar de kinderen zijn." — dit is belangrijk voor iedereen die met de school van de kinderen werkt in {{w:Laakkwartier}}.
=====
@[[p:Samira]] het BSN dat je noemde ([[b:49699088]]) mist een cijfer denk ik. Kun je het nog eens checken?
=====
Verslag kort overleg {{o:Kredietbank}} – SWT [[d:ma 13-05]]
aanw.: [[p:Yusuf]], [[p:G. de Jager]] (HKB)
- meneer [[p:Bhoelai]]: saneringskrediet toegekend, dossier [[z:HKB-24-11873]]
- betaling vaste lasten via [[i:NL71 RABO 8695 1115 63]] (beheerrekening)
- evaluatie [[d:15 augustus]]
=====
Niet-persoonsgegevens-check (voor de reader): artikelnummer 4.1.3 van de Wmo-verordening, kamer 3.02, 72% tevredenheid, 14:30 uur, € 1.245,50, week 47, 2023, Q3, 24 teams. Dit hoort er allemaal gewoon in te mogen blijven.
=====
@[[p:Noor]] die mevrouw met de dagbesteding, wanneer is ze jarig? Ik wil een kaartje sturen namens het team. → [[d:30 juni]], ze wordt 87 🎂
=====
Re: aanmelding {{o:Jongerenloket}}
[[p:Hamza]] heeft nu zelf gebeld. Zijn nieuwe mail: [[e:hamza.elo@outlook.com]]. Hij wil geen post meer naar het adres van zijn moeder ([[a:Hobbemastraat 204]]).
=====
Les uit {{w:Spoorwijk}}: vraag bij elke cliënt met een deurwaarder naar de beslagvrije voet. In 3 van de 5 casussen klopte die niet. Bij mw. [[p:O.]] werd € 270 per maand te veel ingehouden (kenmerk deurwaarder [[z:DW/24/088213]]).
=====
@[[p:Gerard]] in de bijlage van het verslag van [[d:16 april]] staat de presentielijst van de externen met telefoonnummers. [[p:Vermaat]] staat erop met [[t:06-1493 7702]], dat is haar privénummer. Graag vervangen.
=====
Vraag aan de themagroep Ouderen: klopt het dat de {{o:Seniorenraad}} ook huisbezoeken doet in {{w:Escamp}}? Ik hoor wisselende verhalen.
=====
Afgerond: casus met toestemming [[z:2024-MH-0091]] is nu in de reader als les 19. Dank [[p:Fleur]]!
""")
add(r"""
@[[p:Wendy]] de Bulgaarse mevrouw uit {{w:Transvaal}}, [[p:Petkova]], heeft nu via {{o:Fairwork}} haar loon gekregen. Ze vroeg of ze haar casus mag delen als les. Ja toch, als ze tekent?
=====
Re: tolk Chinees
Voor Mandarijn bellen wij [[p:Liu Yang]] (vrijwilliger, {{o:Stichting Chinese Ouderen Den Haag}}). Mw [[p:wang]] uit {{w:Bezuidenhout}} was heel blij met haar. Nummer via mij.
=====
Casusles in één zin (thema jeugd), van [[p:Farid Sadat]]: 'Bij Afghaanse gezinnen: praat eerst met vader en moeder samen, en vraag de oudste zoon níet als tolk.'
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


def bsn_ok(s):
    d = re.sub(r"[ .]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = re.sub(r"\s", "", s).upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def build():
    rows = []
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["label"] == "bsn" and sp["text"] not in BAD_BSN_OK:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in BAD_IBAN_OK:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h102-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout102.jsonl")
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
    print("texts", len(rows), "avg words %.1f" % (words / len(rows)))
    print("no-pii texts", sum(1 for r in rows if not r["pii"]))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
