#!/usr/bin/env python3
"""Held-out corpus 126: first drafts of case lessons (casuslessen) on the pilot
platform, written by participants in the structured form (aanleiding, aanpak,
werkzame elementen, wat werkte niet, resultaat, les voor andere teams).

The writers tried to anonymise, but details slipped through: a first name here,
a birth date or a street with a house number there, a colleague's name, a
nickname, a relative's name. Relatives described by role only ("haar zus"),
schools and GP practices that are organisations, neighbourhoods, ages, years,
amounts and street names without a house number are NOT personal data. Many
drafts are clean.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout126.jsonl next to itself.
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

# BSNs / IBANs that are deliberately typed wrongly (still personal data).
TYPO_NUMBERS = {"NL39 ABNA 9357 0585 98"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Full drafts in the standard form, with details that slipped through
# ---------------------------------------------------------------------------
add(r"""
Titel: Via de buurvrouw binnenkomen bij een zorgmijdende man
Thema: bemoeizorg
Wijk: {{w:Moerwijk}}

Aanleiding
Een man van 67 woont al jaren alleen in een portiekflat aan de Erasmusweg. Buren klaagden over stank en muizen. De {{r:huisarts}} had hem sinds 2019 niet meer gezien en hij deed voor niemand open, ook niet voor de {{r:woonconsultant}} van {{o:Staedion}}.

Aanpak
We vonden een ingang via de buurvrouw op de overloop, mevrouw [[p:Hoek]], die al dertig jaar naast hem woont en af en toe soep brengt. Zij vroeg hem of "die aardige jongen van het wijkteam" een keer mocht komen. Dat was [[p:Thijs]], onze {{r:maatschappelijk werker}}. Het eerste bezoek duurde tien minuten, aan de deur.

Werkzame elementen
- een vertrouwd persoon uit de directe omgeving als brug
- kleine stappen, geen lijst met eisen
- steeds dezelfde medewerker

Wat werkte niet
De brief van de corporatie met een dreiging tot ontruiming maakte hem alleen maar wantrouwiger.

Resultaat
Na zes weken mocht hij binnen. Inmiddels komt {{o:GGD Haaglanden}} (team Vangnet) mee en is de woning schoongemaakt.

Les voor andere teams
Kijk wie er al over de drempel komt voordat je zelf aanbelt.
=====
Titel: Schoolverzuim als signaal voor schulden thuis
Thema: jeugd / schulden
Wijk: {{w:Laakkwartier}}
Ingediend door: [[p:Samira]] ({{r:schuldhulpverlener}}, SWT {{w:Laak}})

Aanleiding: De {{r:intern begeleider}} van {{o:basisschool De Vuurtoren}} belde ons omdat twee broertjes (8 en 10 jaar) steeds vaker thuisbleven. Moeder [[p:Fatiha]] vertelde later dat ze geen geld had voor gymschoenen en het schoolreisje (€ 45 per kind) en zich schaamde.

Aanpak: Samen met de school een gesprek gepland op school, niet bij ons op kantoor. Daar bleek een huurachterstand van ruim € 2.300 en een betalingsregeling bij {{o:CJIB}} die niet werd nagekomen.

Werkzame elementen: de school als veilige plek; snel iets kleins regelen (via {{o:Stichting Leergeld}} kwamen de schoenen binnen een week).

Wat werkte niet: het formulier voor de Ooievaarspas in één keer invullen, dat was te veel.

Resultaat: kinderen weer elke dag op school, aanmelding bij de {{o:Haagse Kredietbank}} loopt.

Les: vraag bij verzuim altijd door naar geld.
=====
CONCEPT - nog niet delen

Aanleiding
Mevrouw (84) uit {{w:Mariahoeve}} werd door haar dochter [[p:Marjolein]] bij ons aangemeld omdat ze "in de war" raakte. Ze woont zelfstandig op de [[a:Ruychrocklaan 311]] en wilde absoluut niet naar een verpleeghuis.

Aanpak
De {{r:casemanager dementie}} en de {{r:ouderenconsulent}} gingen samen op huisbezoek. We hebben de dochters en de buurman die boodschappen doet bij elkaar gezet voor een familienetwerkberaad.

Werkzame elementen
Het netwerkberaad. Iedereen kreeg een taak die bij hem paste: de buurman de boodschappen, de ene dochter de post, de andere de afspraken met het ziekenhuis.

Wat werkte niet
Het alarmsysteem: mevrouw drukte er steeds per ongeluk op en de meldkamer belde dan 's nachts de dochter.

Resultaat
Mevrouw woont nu anderhalf jaar later nog thuis, met dagbesteding op dinsdag en vrijdag bij {{o:Florence}}.

Les voor andere teams
Een netwerkberaad kost één avond en levert maanden op.
=====
Titel: Een vaste contactpersoon bij de woningcorporatie
Thema: wonen
Wijk: {{w:Transvaal}}

Aanleiding
Een gezin met vijf kinderen (familie [[p:Öztürk]]) dreigde hun woning kwijt te raken na klachten over overlast. De corporatie had al een ontruimingsvonnis aangevraagd.

Aanpak
Onze {{r:casusregisseur}} heeft een vast aanspreekpunt bij {{o:Haag Wonen}} geregeld: [[p:Erik de Vos]], {{r:sociaal beheerder}}. Met hem maakten we een gedragsafspraak (maximaal twee meldingen in drie maanden) in plaats van ontruiming.

Werkzame elementen
- één naam bij de corporatie, niet een algemeen nummer
- de afspraak op papier, ondertekend door beide ouders
- wekelijks kort contact tussen {{r:casusregisseur}} en {{r:sociaal beheerder}}

Wat werkte niet
De mediation via {{o:Buurtbemiddeling}}: de buren wilden niet meer praten.

Resultaat
Het vonnis is niet uitgevoerd. Er waren sinds de afspraak twee meldingen, beide klein.

Les voor andere teams
Investeer in persoonlijke lijntjes met de corporaties; die maken het verschil als het spannend wordt.
=====
aanleiding
meneer werd aangemeld door zijn {{r:huisarts}} (praktijk {{o:Gezondheidscentrum Escamp}}) omdat hij steeds op het spreekuur kwam met vage klachten. hij is 58, woont alleen sinds zijn scheiding en heeft geen werk meer sinds de fabriek in 2020 sloot.

aanpak
ik ben met hem gaan wandelen in het {{w:Zuiderpark}}, elke woensdag. praten ging makkelijker naast elkaar dan tegenover elkaar. [[p:Ruud]] (zo heet hij, graag weghalen) vertelde na een paar weken over zijn schulden en dat hij zijn zoon niet meer ziet.

werkzame elementen
bewegen + praten, geen kantoor

wat werkte niet
de eerste verwijzing naar {{o:Schuldhulpverlening Den Haag}}, hij kwam niet opdagen

resultaat
hij gaat nu mee met een wandelgroep van {{o:Xtra}} en heeft een {{r:schuldhulpmaatje}}

les voor andere teams
soms is de beste spreekkamer een parkbankje
=====
Titel: Zus als mantelzorger overbelast
Thema: ouderen, mantelzorg
Wijk: {{w:Bezuidenhout}}

Aanleiding: Een vrouw van 71 zorgde al vijf jaar alleen voor haar zus met MS. Ze kwam zelf bij de {{r:huisarts}} met hartkloppingen en slapeloosheid.

Aanpak: {{r:Mantelzorgconsulent}} van {{o:Xtra}} ingeschakeld, respijtzorg geregeld via de Wmo (logeeropvang twee weekenden per maand in {{o:Wilhelmina Gasthuis}}).

Werkzame elementen: de zus van cliënte zelf laten vertellen wat ze wilde. Ze bleek het al lang oneerlijk te vinden dat alles op haar zus neerkwam.

Wat werkte niet: de vrijwilliger via het steunpunt, die paste niet (te jong, te druk).

Resultaat: mantelzorger heeft weer lucht. Ze gaat weer naar haar koor op donderdag.

Les: vraag bij elke zorgvrager ook: wie zorgt er voor jou, en wie zorgt er voor die persoon?

(ps. [[p:Lidy]], als je dit leest, mag ik je naam als contactpersoon bij {{o:Xtra}} erin zetten? groet [[p:Anouk]])
=====
Aanleiding
Melding van {{o:Veilig Thuis}} over een moeder met twee jonge kinderen in {{w:Bouwlust}}. De vader zat op dat moment vast. De melding (nummer [[z:VT-2024-08831]]) ging over spanning in huis en drankgebruik.

Aanpak
Wij zijn samen met de {{r:jeugd- en gezinswerker}} van het {{o:CJG}} op huisbezoek gegaan. Moeder [[p:Jessica]] was wantrouwig en dacht dat we de kinderen kwamen halen.

Werkzame elementen
Open kaart spelen over wat {{o:Veilig Thuis}} al wist. Ook het verslag met haar samen lezen.

Wat werkte niet
Twee hulpverleners tegelijk die allebei vragen stelden. Voelde voor moeder als een verhoor.

Resultaat
Moeder heeft zelf hulp gevraagd voor haar drinken bij {{o:Brijder}}. Kinderen zitten op de peuteropvang.

Les voor andere teams
Spreek vooraf af wie het gesprek voert.
=====
Titel: De kracht van een tolk die je vertrouwt
Thema: statushouders / gezondheid
Wijk: {{w:Schilderswijk}}

Aanleiding
Een Eritrese vrouw van 34 met drie kinderen kwam telkens niet op afspraken bij de {{r:huisarts}}. Volgens de praktijk "was ze niet gemotiveerd".

Aanpak
We vroegen een {{r:sleutelpersoon}} uit de Eritrese gemeenschap, [[p:Mebrahtu]], om mee te gaan. Hij spreekt Tigrinya en kent de familie van de kerk.

Werkzame elementen
- een tolk die ook cultuurbemiddelaar is
- de afspraken op één vaste dag (maandagochtend) plannen
- de brieven van de praktijk vooraf samen doornemen

Wat werkte niet
Telefonische tolk: ze durfde niet te zeggen dat ze het niet begreep.

Resultaat
Ze komt nu op afspraken. Er bleek een onbehandelde diabetes te zijn.

Les voor andere teams
"Niet gemotiveerd" betekent vaak: niet begrepen.
=====
Titel: Ontruiming voorkomen bij een man met een LVB
Wijk: {{w:Schilderswijk}}
Thema: LVB, wonen
Datum invullen: [[d:12 maart 2024]]

Aanleiding
Meneer [[p:Bouchta]] (41) kreeg een aanzegging tot ontruiming. Hij had de brieven van de deurwaarder in een la gestopt omdat hij ze niet kon lezen.

Aanpak
De {{r:MEE-consulent}} heeft met hem alle post uitgezocht. We hebben beschermingsbewind aangevraagd en met de {{r:deurwaarder}} gebeld voor uitstel.

Werkzame elementen
Praktische hulp eerst, pas daarna praten over hoe het zo gekomen was.

Wat werkte niet
Een brief sturen met een afspraak. Hij las hem niet.

Resultaat
Ontruiming gestopt op de dag zelf. {{r:Bewindvoerder}} betaalt nu de huur direct.

Les
Vraag altijd: kun je dit lezen? Zonder dat het een examen wordt.
=====
Titel: Laagdrempelig inloopspreekuur in de moskee
Thema: preventie, schulden
Wijk: {{w:Transvaal}}

Aanleiding: Veel mannen uit de wijk komen nooit bij het {{o:Servicepunt XL}}. Vooral oudere Marokkaanse en Turkse mannen vinden het moeilijk om hulp te vragen.

Aanpak: Sinds september houden we elke vrijdag na het gebed een spreekuur in de {{o:Mevlana moskee}}. Het bestuur hielp mee, vooral [[p:Hasan Çelik]] van het moskeebestuur die de mannen aanspreekt.

Werkzame elementen: een bekende plek; een sleutelfiguur die zegt "ga even langs"; geen afspraak nodig.

Wat werkte niet: folders. Niemand pakte ze op.

Resultaat: 23 mannen in vier maanden, waarvan 9 met schulden die nog nergens bekend waren.

Les: ga naar de plekken waar mensen al komen.
=====
AANLEIDING
Jongvolwassene (19) net uit de jeugdzorg, geen woning, slaapt bij vrienden. Bij ons gekomen via zijn oude {{r:jeugdbeschermer}} van {{o:Jeugdbescherming West}}.

AANPAK
Samen een plan gemaakt voor de overgang 18-/18+. Inschrijving bij {{o:Woonnet Haaglanden}}, aanvraag Participatiewet, briefadres geregeld op het adres van zijn oma ([[a:Soestdijksekade 540]]).

WERKZAME ELEMENTEN
Warme overdracht: de {{r:jeugdbeschermer}} ging nog twee keer mee.

WAT WERKTE NIET
De wachttijd bij de sociale dienst, acht weken zonder inkomen.

RESULTAAT
Hij heeft nu een kamer via {{o:Stichting Jongeren Op Kamers}} en een uitkering.

LES VOOR ANDERE TEAMS
Begin een half jaar vóór de 18e verjaardag, niet erna.
=====
Titel: "Oma [[p:Sjaan]]" en de buurtapp
Thema: eenzaamheid, informele zorg
Wijk: {{w:Duindorp}}

Aanleiding
Een weduwe van 88, in de buurt bekend als oma [[p:Sjaan]], kwam na een val niet meer buiten. Haar kinderen wonen in Zeeland.

Aanpak
De {{r:welzijnscoach}} heeft via de buurtapp van de straat gevraagd wie af en toe langs wilde gaan. Binnen een dag reageerden zes buren.

Werkzame elementen
Een concreet verzoek (een uur per week), geen algemene oproep. Een rooster dat de buren zelf bijhielden.

Wat werkte niet
De buurtapp bleek ook een risico: iemand zette er een foto van haar voordeur in. Hebben we laten verwijderen.

Resultaat
Na drie maanden loopt het rooster nog steeds. Ze gaat weer mee naar de bingo in het buurthuis.

Les voor andere teams
Buren willen wel, als je ze iets concreets vraagt. Let wel op wat er gedeeld wordt.
=====
Titel: Verward gedrag en geen diagnose
Thema: bemoeizorg, GGZ

Aanleiding
Meldingen van buren in {{w:Rustenburg}} over een vrouw die 's nachts op straat liep te roepen. Politie was al vier keer langs geweest. {{r:Wijkagent}} [[p:Pieter Kok]] schakelde ons in.

Aanpak
Huisbezoek met de {{r:sociaal psychiatrisch verpleegkundige}} van {{o:Parnassia}}. Mevrouw liet ons binnen maar wilde niets weten van de GGZ.

Werkzame elementen
Aansluiten bij wat zij zelf als probleem zag: de herrie van de buren(!) en dat ze niet kon slapen.

Wat werkte niet
Zonder verwijzing van de {{r:huisarts}} kon de GGZ niets. Mevrouw stond bij geen huisarts ingeschreven.

Resultaat
Na inschrijving bij een praktijk in de wijk kwam er een verwijzing. Ze krijgt nu ambulante begeleiding.

Les voor andere teams
Zorg eerst dat iemand een huisarts heeft. Zonder dat kom je nergens in de GGZ.
=====
Titel: Budgetcursus voor jonge moeders
Thema: schulden, preventie
Wijk: {{w:Moerwijk}}

Aanleiding
Drie jonge moeders die we los van elkaar begeleidden hadden allemaal dezelfde vragen over toeslagen en vaste lasten.

Aanpak
In plaats van drie trajecten hebben we een groepje gemaakt, zes bijeenkomsten in {{o:Wijkcentrum Moerwijk}}. Kinderopvang in de ruimte ernaast, geregeld door vrijwilligers van {{o:Humanitas}}.

Werkzame elementen
- oppas ter plekke
- van elkaar leren ("hoe doe jij dat met de boodschappen")
- een moeder die al verder was ([[p:Chantal]]) als co-trainer

Wat werkte niet
Avondtijden. Ochtenden werkten veel beter.

Resultaat
Vijf van de zes hebben nu een huishoudboekje en geen nieuwe achterstanden.

Les voor andere teams
Zoek de overlap tussen je cliënten en bundel.
=====
Aanleiding:
Verzoek van de {{r:wijkverpleegkundige}} (Buurtzorg team {{w:Scheveningen-Dorp}}) om mee te denken over een echtpaar van in de 80. Hij is dementerend, zij heeft zelf hartfalen en valt steeds vaker.

Aanpak:
Keukentafelgesprek met hen beiden en hun zoon [[p:Gert-Jan]]. Indicatie voor huishoudelijke ondersteuning en een traplift aangevraagd. Contact met {{o:Saffier}} over een mogelijke verhuizing naar een aanleunwoning.

Werkzame elementen:
Dat de zoon erbij was; hij kon de afspraken onthouden en regelen.

Wat werkte niet:
De wachtlijst voor de aanleunwoning (meer dan een jaar).

Resultaat:
Traplift geplaatst, hulp in huishouden 3 uur per week. Het echtpaar wil nu toch samen verhuizen.

Les voor andere teams:
Bij echtparen altijd kijken naar wie van de twee de "zorg" is en wie de "zorger". Vaak allebei.
=====
Titel: Eerst de WhatsApp, dan de afspraak
Thema: jongeren, bereik
Wijk: {{w:Mariahoeve}}

Aanleiding
Jongeren tussen 18 en 23 reageren niet op brieven of telefoontjes. Onze {{r:jongerenwerker}} [[p:Jerrel]] kwam met het idee om alles via WhatsApp te doen.

Aanpak
Zakelijke telefoon met WhatsApp Business. Korte berichten, spraakberichtjes, een duimpje is ook goed. Voor de jongere die het langst onbereikbaar was (dakloos, 20) werkte dat het eerst.

Werkzame elementen
Toon: informeel maar duidelijk. Nooit een lange tekst.

Wat werkte niet
De privacy-afspraken: onze organisatie wilde eerst geen WhatsApp. Heeft twee maanden gekost.

Resultaat
Veel hogere opkomst bij afspraken. De jongere staat nu ingeschreven en heeft een {{r:klantmanager}}.

Les voor andere teams
Regel het met je FG voordat je begint. Dan kan het wel.
=====
Titel: Vader met drie banen en geen tijd
Thema: gezin, werk en inkomen
Wijk: {{w:Spoorwijk}}

Aanleiding: Vader (Pools, 38) werkt in drie banen via uitzendbureaus. Moeder [[p:Agata]] is net bevallen van het vierde kind en raakt overspannen. De oudste dochter verzorgt de kleintjes in plaats van naar school te gaan.

Aanpak: {{r:Kraamzorg}} verlengd, {{o:CJG}} ingeschakeld voor de dochter. Met {{o:Fairwork}} gekeken naar de contracten van vader; hij werkte soms 70 uur.

Werkzame elementen: aandacht voor het hele gezin, niet alleen de moeder.

Wat werkte niet: contact met de uitzendbureaus. Die reageerden niet.

Resultaat: vader heeft nu een vast contract bij één werkgever. Dochter weer naar school.

Les: vraag ook naar werkomstandigheden van de partner.
=====
Aanleiding
Meneer [[p:Kamal]] (62) werd aangemeld door de {{r:Wmo-consulent}} omdat hij een scootmobiel had aangevraagd maar bij het gesprek bleek dat hij al maanden zijn huis niet uitkwam.

Aanpak
We zijn begonnen met zijn eenzaamheid, niet met de scootmobiel. Via {{o:Vóór Welzijn}} kwam er een maatje.

Werkzame elementen
Doorvragen achter de vraag.

Wat werkte niet
Groepsactiviteiten. Hij voelde zich er "te oud en te ziek".

Resultaat
Met het maatje gaat hij nu één keer per week naar de markt. De scootmobiel is er ook gekomen.

Les voor andere teams
De aanvraag is vaak niet de vraag.
=====
Titel: Samenwerking met de {{r:POH-GGZ}} van de huisartsenpraktijk
Thema: GGZ, samenwerking
Wijk: {{w:Valkenboskwartier}}

Aanleiding
Veel cliënten met somberheid die tussen wal en schip vallen: te licht voor de GGZ, te zwaar voor ons alleen.

Aanpak
Eén keer per maand een overleg met {{o:Huisartsenpraktijk De Fonteyn}}. De {{r:POH-GGZ}} ([[p:Nicole]]) en onze {{r:maatschappelijk werker}} bespreken samen de gedeelde cliënten, met toestemming.

Werkzame elementen
Vast moment, korte lijnen, toestemming vooraf via de toestemmingsverklaring.

Wat werkte niet
Een gedeeld digitaal dossier. Te veel systemen.

Resultaat
Minder dubbel werk en snellere doorverwijzing.

Les voor andere teams
Ga bij de praktijk op de koffie. Het eerste overleg hoeft niet over casussen te gaan.
=====
Titel: Hoarding en de woningcorporatie
Wijk: {{w:Bohemen}}

Aanleiding: Meneer (74) verzamelt alles. De woning was onbegaanbaar, brandgevaar volgens de {{o:Brandweer Haaglanden}}. Zijn broer [[p:Kees]] belde ons.

Aanpak: stapje voor stapje opruimen met een vrijwilliger van {{o:Humanitas}}, één kamer per maand. Meneer besliste zelf wat weg mocht.

Werkzame elementen: geen containers voor de deur, geen haast. Eerst de route van bed naar deur vrij.

Wat werkte niet: de eerste poging van de corporatie met een schoonmaakbedrijf, alles in één dag. Meneer raakte in paniek en belde de politie.

Resultaat: na acht maanden is de woning veilig. Hij verzamelt nog wel, maar minder.

Les: respecteer het tempo van de cliënt, ook als de omgeving ongeduldig is.
=====
Titel: Een ex-gedetineerde terug in de wijk
Thema: veiligheid, nazorg
Wijk: {{w:Laak}}

Aanleiding
Na vijf jaar detentie kwam een man terug naar zijn moeders woning aan de [[a:Hooftskade 109]]. Buurt was onrustig, er gingen verhalen rond in de wijk.

Aanpak
Overleg met de {{r:reclasseringswerker}} van {{o:Reclassering Nederland}}, de {{r:wijkagent}} en de corporatie. Meneer kreeg een vaste begeleider van ons team.

Werkzame elementen
Eén plan voor alle partijen, met meneer samen opgesteld.

Wat werkte niet
De buurt informeren. Dat hebben we uiteindelijk niet gedaan, te risicovol.

Resultaat
Meneer werkt nu bij een leerwerkbedrijf. Geen nieuwe incidenten.

Les voor andere teams
Betrek de {{r:reclassering}} al vóór de vrijlating.
=====
Aanleiding
Huiselijk geweld bij een ouder echtpaar in {{w:Vrederust}}. Mevrouw (79) werd door haar man (81) geslagen. Het kwam aan het licht toen de {{r:thuiszorgmedewerker}} blauwe plekken zag. Bij navraag bleek het al jaren zo te gaan.

Aanpak
Gesprek met mevrouw alleen, op een moment dat meneer bij de dagbesteding was. Meneer bleek zelf beginnende dementie te hebben (frontaal). {{o:Veilig Thuis}} ingeschakeld voor advies.

Werkzame elementen
Apart spreken. Dementie herkennen als oorzaak van het geweld, zonder het goed te praten.

Wat werkte niet
Het gesprek met de kinderen. Die geloofden het niet.

Resultaat
Meneer woont nu in een verpleeghuis. Mevrouw bezoekt hem drie keer per week.

Les voor andere teams
Ouderenmishandeling is vaak onzichtbaar. Vraag ernaar.
=====
Titel: Leefgeld via de {{r:bewindvoerder}} en dan?
Thema: schulden
Wijk: {{w:Moerwijk}}
Auteur: [[p:Bram Visser]], SWT {{w:Moerwijk}}

Aanleiding
Een alleenstaande man van 45 onder bewind klaagde steeds dat hij te weinig leefgeld had en belde de bewindvoerder tientallen keren per week.

Aanpak
Samen met hem en de {{r:bewindvoerder}} een begroting gemaakt die hij zelf kon volgen, met twee keer per week geld in plaats van één keer.

Werkzame elementen
Hem mee laten rekenen.

Wat werkte niet
Boos worden op het gebel (dat deed de bewindvoerder, begrijpelijk).

Resultaat
Belletjes van 40 naar 3 per week.

Les voor andere teams
Ritme is belangrijker dan het bedrag.
=====
Titel: Moeder met psychose en een baby
Thema: jeugd, GGZ
Wijk: {{w:Ypenburg}}

Aanleiding
Jonge moeder [[p:Demi]] (22) raakte kort na de bevalling in een psychose. De baby werd geboren op [[d:3 januari 2024]] in het {{o:HagaZiekenhuis}}. De vader was niet in beeld.

Aanpak
Snelle samenwerking tussen {{o:Parnassia}}, het {{o:CJG}} en onze {{r:casusregisseur}}. Oma van moederskant kwam tijdelijk in huis wonen.

Werkzame elementen
Het netwerk van moeder, vooral oma. Ook: één regisseur voor alle partijen.

Wat werkte niet
De eerste week: niemand voelde zich verantwoordelijk, drie organisaties wachtten op elkaar.

Resultaat
Moeder is stabiel, baby thuis. Oma woont weer in haar eigen huis.

Les voor andere teams
Spreek meteen af wie de regie heeft.
=====
Titel: De deurwaarder als bondgenoot
Thema: schulden, wonen
Wijk: {{w:Morgenstond}}

Aanleiding
Mevrouw (52) met vijf schuldeisers. Beslag op haar loon. Ze werkt bij de {{o:Jumbo}} op de Leyweg.

Aanpak
We belden de {{r:deurwaarder}} van het grootste kantoor direct en vroegen om een gesprek met mevrouw erbij. De {{r:deurwaarder}}, meneer [[p:Brouwer]], bleek open voor een regeling.

Werkzame elementen
De deurwaarder niet als vijand zien.

Wat werkte niet
Schriftelijk bezwaar. Kwam nooit een reactie op.

Resultaat
Beslagvrije voet goed berekend, € 310 per maand meer over.

Les voor andere teams
Bel, schrijf niet.
=====
Titel: Hulp bij een gezin uit Bulgarije zonder BSN
Thema: arbeidsmigranten
Wijk: {{w:Centrum}}

Aanleiding
Een gezin met twee kinderen woonde in een overvolle kamer boven een winkel. Vader werkte zwart, moeder had een baby. Zonder BSN geen zorgverzekering, geen kinderbijslag.

Aanpak
Inschrijving bij de gemeente geregeld (moeder: BSN [[b:253760665]], erin laten staan voor de overdracht). Contact met {{o:Barka}} en {{o:Fairwork}} over de werksituatie.

Werkzame elementen
Een Bulgaarssprekende vrijwilliger. Veel geduld met papieren.

Wat werkte niet
De verhuurder, die dreigde hen eruit te zetten zodra we kwamen.

Resultaat
Ingeschreven, verzekerd, kinderen op school.

Les voor andere teams
BSN eerst. Zonder BSN bestaat niemand.
""")

# ---------------------------------------------------------------------------
# 2. Clean drafts (properly anonymised) and drafts with only look-alikes
# ---------------------------------------------------------------------------
add(r"""
Titel: Samen koken als ingang bij eenzame mannen
Thema: eenzaamheid
Wijk: {{w:Escamp}}

Aanleiding
We zagen in ons team veel alleenstaande mannen tussen 55 en 70 die nergens op af kwamen. Het koffie-uurtje in het buurthuis trok vooral vrouwen.

Aanpak
Eén keer per week een kookavond voor mannen in de keuken van {{o:Buurthuis De Bras}}. Iedereen neemt een ingrediënt mee, de {{r:welzijnswerker}} zorgt voor de rest. Kosten: ongeveer € 4 per persoon.

Werkzame elementen
- een taak hebben (snijden, afwassen) in plaats van "gezellig zitten"
- samen eten aan het eind
- geen verplichting om te praten

Wat werkte niet
De eerste flyer sprak over "eenzaamheid". Daar kwam niemand op af.

Resultaat
Na een half jaar komen er vaste 8 tot 11 mannen. Twee zijn nu zelf vrijwilliger.

Les voor andere teams
Noem het probleem niet in de uitnodiging.
=====
Titel: Geen brieven meer, maar een vaste belafspraak
Thema: bereikbaarheid
Wijk: {{w:Laak}}

Aanleiding: Cliënten met veel stress openen hun post niet. Onze uitnodigingen per brief kwamen dus ook niet aan.

Aanpak: Bij de intake spreken we een vaste belmoment af, bijvoorbeeld elke dinsdag om 10.00 uur. Wie niet opneemt, krijgt een sms en een tweede poging om 14.30 uur.

Werkzame elementen: voorspelbaarheid; niet schrikken van een onbekend nummer.

Wat werkte niet: het algemene nummer van het team laten bellen. Cliënten nemen niet op bij een anoniem nummer.

Resultaat: no-show daalde van ongeveer 40% naar 15% in drie maanden.

Les: maak contact voorspelbaar.
=====
Aanleiding
Een alleenstaande vader met twee pubers meldde zich zelf bij het {{o:Servicepunt XL}} omdat hij zijn baan was kwijtgeraakt en bang was voor de huur.

Aanpak
Binnen een week een gesprek met de {{r:klantmanager}} van {{o:SZW}} en een aanvraag voor bijzondere bijstand. Daarnaast een gesprek met de kinderen erbij over wat er thuis verandert.

Werkzame elementen
Snelheid. Hij kwam op tijd, vóór er achterstanden waren.

Wat werkte niet
Het digitale aanvraagformulier, dat liep vast op een DigiD-probleem.

Resultaat
Geen achterstanden, nieuwe baan na vier maanden.

Les voor andere teams
Vroeg erbij zijn scheelt maanden werk later.
=====
Titel: Thuisadministratie door vrijwilligers
Thema: schulden, informele zorg
Wijk: {{w:Segbroek}}

Aanleiding
Veel ouderen in de wijk krijgen hun administratie niet meer rond sinds alles digitaal gaat.

Aanpak
Samenwerking met {{o:Humanitas Thuisadministratie}}. Vrijwilligers komen eens per twee weken langs. Het team doet de intake en de eerste kennismaking.

Werkzame elementen
Een vaste vrijwilliger per huishouden. Warme overdracht door het team.

Wat werkte niet
Matchen via de telefoon; persoonlijk kennismaken werkt veel beter.

Resultaat
In 2023 zijn 31 huishoudens begeleid; bij 4 werd een schuldhulptraject gestart.

Les voor andere teams
Vrijwilligers zijn goud, maar geef ze een duidelijke rol en een vaste contactpersoon in het team.
=====
Titel: Korte lijn met de leerplichtambtenaar
Thema: jeugd

Aanleiding: Meerdere gezinnen in ons gebied met kinderen die verzuimen. De {{r:leerplichtambtenaar}} kwam pas in beeld als er al een proces-verbaal dreigde.

Aanpak: Maandelijks overleg tussen {{r:leerplichtambtenaar}}, {{r:schoolmaatschappelijk werker}} en ons team over zorgen rondom gezinnen (met toestemming van ouders).

Werkzame elementen: samen vroeg signaleren; één plan per gezin.

Wat werkte niet: scholen die toestemming niet vooraf vroegen.

Resultaat: minder processen-verbaal, meer gezinnen in beeld vóór het misgaat.

Les: leerplicht is geen eindstation, het kan ook een begin zijn.
=====
Titel: Ouderen en digitale post
Thema: ouderen
Wijk: {{w:Loosduinen}}

Aanleiding
In één maand kregen we vier aanmeldingen van ouderen die een boete hadden omdat ze hun digitale post van de {{o:Belastingdienst}} niet lazen.

Aanpak
Een digi-café in de bibliotheek op de eerste maandag van de maand (10.00-12.00 uur), met vrijwilligers van {{o:SeniorWeb}}.

Werkzame elementen
Iemand naast je die het samen met je doet, niet voor je.

Wat werkte niet
Papieren handleidingen.

Resultaat
Gemiddeld 12 bezoekers per keer.

Les voor andere teams
Digitale uitsluiting is een sociaal probleem, geen technisch probleem.
=====
Titel: Casusoverleg met de huisarts en de apotheek
Thema: medicatie, ouderen

Aanleiding
Een oudere mevrouw gebruikte 14 verschillende medicijnen en haalde ze bij twee apotheken. Ze viel vaak.

Aanpak
Overleg tussen {{r:huisarts}}, apotheker en {{r:wijkverpleegkundige}}. Medicatiereview. Baxterrol ingevoerd.

Werkzame elementen
De apotheker aan tafel.

Wat werkte niet
-

Resultaat
Van 14 naar 8 middelen. Geen valincidenten meer in het halfjaar daarna.

Les voor andere teams
Vraag bij vallen altijd naar medicijnen.
=====
Aanleiding: signalen van een school over een meisje (14) dat zorgde voor haar zieke moeder en daardoor niet meer naar school ging.
Aanpak: jonge mantelzorger herkend, aangemeld bij de jonge-mantelzorgersgroep van {{o:Xtra}}, thuiszorg voor moeder opgeschaald.
Werkzame elementen: het meisje zelf vragen wat ze nodig heeft.
Wat werkte niet: het gesprek met moeder over "overbelasting" van haar dochter, dat voelde als verwijt.
Resultaat: weer 100% aanwezig op school.
Les voor andere teams: jonge mantelzorgers zijn vaak onzichtbaar, vraag op school naar thuis.
=====
Titel: Afspraken met energieleverancier bij afsluiting
Thema: armoede

Aanleiding
In de winter van 2022/2023 kregen we veel meldingen van dreigende afsluitingen.

Aanpak
Met de gemeente een protocol afgesproken: bij een melding van de leverancier bellen wij binnen twee werkdagen met het huishouden. Zie ook art. 3.2 van het protocol vroegsignalering.

Werkzame elementen
Snelheid en de toezegging van de leverancier om niet af te sluiten zolang wij in contact zijn.

Wat werkte niet
Huishoudens met een ander energiebedrijf dan de grote drie vielen erbuiten.

Resultaat
Van de 57 meldingen leidden er 3 tot afsluiting.

Les voor andere teams
Maak afspraken met de leveranciers vóór het koud wordt.
=====
Titel: Groepsbijeenkomsten voor vrouwen na scheiding
Thema: huiselijk geweld, empowerment
Wijk: {{w:Stationsbuurt}}

Aanleiding
Vrouwen die na een gewelddadige relatie alleen kwamen te staan, hadden veel dezelfde vragen: geld, kinderen, veiligheid.

Aanpak
Acht bijeenkomsten onder leiding van een {{r:ervaringsdeskundige}} en een {{r:maatschappelijk werker}}. Locatie: een zaaltje van de bibliotheek, zaal 2.14, op dinsdagochtend.

Werkzame elementen
Herkenning. "Ik ben niet de enige."

Wat werkte niet
Online bijeenkomsten tijdens corona.

Resultaat
Een vaste groep van 7 vrouwen die elkaar nog steeds zien.

Les voor andere teams
Ervaringsdeskundigheid zet je niet in als extraatje, maar als kern.
=====
Titel: Dagbesteding voor jongeren met een LVB
Wijk: {{w:Schilderswijk}}

Aanleiding: Jongeren met een licht verstandelijke beperking die thuis zaten, geen school, geen werk.

Aanpak: Samenwerking met een fietsenwerkplaats in de wijk. Twee dagdelen per week, begeleid door een {{r:jobcoach}}.

Werkzame elementen: iets met je handen doen. Resultaat zien aan het eind van de dag.

Wat werkte niet: vervoer regelen via de Wmo duurde te lang.

Resultaat: 5 jongeren, 4 nog actief na een jaar.

Les: dagbesteding hoeft geen zorginstelling te zijn.
=====
Aanleiding
We merkten dat cliënten die doorverwezen werden naar de schuldhulp vaak afhaakten in de periode tussen aanmelding en intake (gemiddeld 6 tot 8 weken).

Aanpak
Een "overbruggingsgesprek" in week 2 door ons team: wat kun je nu al doen, welke brieven zijn urgent.

Werkzame elementen
Niemand in de wachtkamer laten zitten zonder contact.

Wat werkte niet
Doorverwijzen en dan loslaten.

Resultaat
Uitval van ongeveer 1 op 3 naar 1 op 8.

Les voor andere teams
Een wachtlijst is geen pauze.
=====
Titel: Werken met een signaleringskaart voor huiselijk geweld
Thema: huiselijk geweld

Aanleiding
Collega's in het team voelden zich onzeker bij vermoedens van huiselijk geweld. De meldcode werd verschillend gebruikt.

Aanpak
Samen met {{o:Veilig Thuis Haaglanden}} een kaartje gemaakt (A6, plastic) met de vijf stappen van de meldcode en wanneer je advies vraagt. Het algemene nummer 0800-2000 staat erop.

Werkzame elementen
Praktisch, altijd bij de hand.

Wat werkte niet
De e-learning, te lang en te algemeen.

Resultaat
Meer adviesvragen bij {{o:Veilig Thuis}}, minder twijfel.

Les voor andere teams
Maak de meldcode zo klein als een pasje.
=====
Titel: Wijkgerichte aanpak van overlast in een portiekflat
Thema: wonen, veiligheid
Wijk: {{w:Bouwlust}}

Aanleiding: Veel klachten in één flat aan de Melis Stokelaan: geluid, rommel in het trappenhuis, ruzies.

Aanpak: Met de corporatie, {{r:wijkagent}} en {{o:Buurtbemiddeling}} een bewonersavond georganiseerd. Bewoners maakten zelf huisregels.

Werkzame elementen: bewoners zelf laten bedenken wat normaal is.

Wat werkte niet: één bewoner die steeds de vergadering overnam.

Resultaat: na 3 maanden 60% minder meldingen.

Les: overlast is vaak een symptoom. Achter twee van de voordeuren bleken mensen met grote problemen te zitten.
=====
Les voor andere teams (alleen dit onderdeel, de rest volgt): Zorg dat je bij bemoeizorg altijd met z'n tweeën gaat, en spreek vooraf een codewoord af als het niet veilig voelt.
=====
Titel: Taalmaatje als sleutel
Thema: statushouders

Aanleiding
Een Syrisch gezin dat sinds 2021 in de wijk woont kwam steeds in de problemen door brieven die ze niet begrepen.

Aanpak
Koppeling aan een taalmaatje via {{o:VluchtelingenWerk}}. Het maatje kwam wekelijks, ook om samen de post te lezen.

Werkzame elementen
Een maatje dat ook de regels uitlegt, niet alleen de taal.

Wat werkte niet
De inburgeringscursus alleen; die sloot niet aan bij de vragen van het dagelijks leven.

Resultaat
Vader doet nu zelf de administratie, moeder volgt een opleiding tot doktersassistente.

Les voor andere teams
Taal en regels horen bij elkaar.
=====
Titel: Gezamenlijk huisbezoek met de {{r:Wmo-consulent}}
Thema: ouderen

Aanleiding: Oudere cliënten kregen binnen een maand drie keer bezoek van verschillende organisaties die allemaal dezelfde vragen stelden.
Aanpak: één gezamenlijk huisbezoek, één verslag.
Werkzame elementen: voorbereiding: wie vraagt wat.
Wat werkte niet: agenda's op elkaar afstemmen kostte veel tijd.
Resultaat: tevreden cliënten, minder belasting.
Les: één keer goed in plaats van drie keer half.
=====
Titel: Hulp bij toeslagenaffaire
Thema: schulden, herstel

Aanleiding
Een gezin was gedupeerd in de toeslagenaffaire en had het vertrouwen in de overheid volledig verloren. De compensatie van € 30.000 werd deels direct weer ingezet voor oude schulden.

Aanpak
Samen met de {{o:Gemeente Den Haag}} (brede hulp aan gedupeerden) een plan op vijf gebieden: financiën, wonen, werk, gezondheid, gezin.

Werkzame elementen
Erkenning van wat hen is aangedaan. Eerst luisteren.

Wat werkte niet
Afspraken op het stadhuis; het gezin wilde niet naar een overheidsgebouw.

Resultaat
Het gezin heeft weer een buffer en is schuldenvrij.

Les voor andere teams
Herstel van vertrouwen gaat vóór herstel van financiën.
=====
Titel: Mantelzorgwaardering als gesprekopener
Wijk: {{w:Mariahoeve}}

Aanleiding
Mantelzorgers melden zich zelden zelf. Bij de aanvraag voor de jaarlijkse mantelzorgwaardering (dit jaar € 150) komen ze wel in beeld.

Aanpak
Bij elke aanvraag bellen we de mantelzorger met de vraag hoe het met hem/haar gaat.

Werkzame elementen
Het moment is positief: je belt niet over een probleem.

Wat werkte niet
-

Resultaat
Van de 200 aanvragen leidden 17 tot een ondersteuningsvraag.

Les voor andere teams
Gebruik positieve contactmomenten.
""")

# ---------------------------------------------------------------------------
# 3. Short and unfinished drafts (one or two sections filled, notes to self)
# ---------------------------------------------------------------------------
add(r"""
Aanleiding: mw. [[p:Koning]] (geb. [[d:14-06-1949]]) woont alleen in {{w:Loosduinen}} en belt dagelijks de huisartsenpost. rest volgt.
=====
aanpak - eerst contact met de dochter gelegd, die woont in Zoetermeer. daarna samen naar de {{r:geriater}} van het {{o:HMC Bronovo}}.
=====
Les voor andere teams: laat de cliënt zelf de agenda van het gesprek bepalen. (bij mevr [[p:Tahiri]] werkte dat heel goed)
=====
Wat werkte niet
De aanmelding bij de GGZ. Twee keer afgewezen omdat de problematiek "te complex" was. [[p:Lotte]] heeft toen gebeld met de {{r:triagist}} van {{o:PsyQ}}, zonder resultaat.
=====
werkzame elementen:
- vaste contactpersoon
- huisbezoeken ipv kantoor
- broer [[p:Mustafa]] betrokken (alleen met toestemming!)
=====
Resultaat: cliënt is verhuisd naar een beschermde woonvorm van {{o:Limor}}. Nieuw adres niet vermelden.
=====
Titel: nog bedenken
Thema: jeugd

Aanleiding: jongen (15) die al maanden niet naar school gaat, zit bij ons bekend via zijn moeder. School = {{o:Hofstad Lyceum}}, locatie {{w:Bezuidenhout}}.
=====
Aanleiding
Melding via de {{r:wijkagent}} over meneer [[p:de Jong]], wonend op de [[a:Laan van Eik en Duinen 88]]. Hij had 's nachts op straat geschreeuwd.
(ik moet de naam nog vervangen door "meneer A.")
=====
resultaat: mevrouw heeft sinds [[d:1 april]] een indicatie voor begeleiding. de {{r:ambulant begeleider}} komt twee keer per week.
=====
Les voor andere teams
Blijf komen, ook als de deur dicht blijft. Bij ons duurde het 11 weken.
=====
aanpak: keukentafelgesprek met mw, haar zoon en de {{r:Wmo-consulent}} van de gemeente. afgesproken: huishoudelijke hulp 2u/wk, maaltijdservice, alarmering.
=====
Wat werkte niet: dat we [[p:Henk]] (de zwager) als contactpersoon namen. Hij bleek zelf schulden te hebben bij cliënt.
=====
Aanleiding (kort): vrouw, 39, twee kinderen, gevlucht uit huis na geweld, tijdelijk bij haar nicht in {{w:Wateringse Veld}}. Melding via de {{o:Blijf Groep}}.
=====
TODO voor ik dit insteek: check met [[p:Fenna]] of de school eruit moet ({{o:Basisschool Het Palet}}).
=====
Resultaat
Nog niet bekend, casus loopt. Ik vul dit in na de evaluatie op [[d:24 juni]].
=====
Aanpak
Mevrouw belde ons zelf op het algemene nummer van het wijkteam (070 - 353 25 00). We zijn dezelfde dag langsgegaan.
=====
werkzame elementen: humor!! meneer (bijnaam [[p:Bokkie]] in de buurt) lachte voor het eerst na 3 bezoeken
=====
Aanleiding: Via de {{r:POH-ouderen}} van {{o:Huisartsenpraktijk Mariahoeve}} kregen we een signaal over een echtpaar dat geen eten meer in huis had.
=====
Les voor andere teams: neem de mantelzorger serieus als partner, niet als "lastige familie".
=====
Wat werkte niet
- Doorverwijzen naar de {{o:Voedselbank}}: cliënt schaamde zich te erg
- Brieven
- Mailen naar [[e:r.kartosen@hotmail.com]] (cliënt las nooit mail)
=====
Aanleiding
Tweeling van 17 ([[p:Ilias]] en [[p:Adam]]) zorgde voor hun vader na zijn beroerte. Moeder was vertrokken.
=====
aanpak: zie verslag, eerst huisbezoek met collega [[p:wendy]], daarna MDO met {{o:Youz}}, {{o:CJG}} en school.
=====
Resultaat: sinds januari 2024 schuldenvrij. Hij heeft een vaste baan bij de {{o:HTM}} als monteur.
=====
Les voor andere teams: het gezin van oom [[p:Rachid]] bleek het belangrijkste vangnet. Kijk breder dan het huishouden.
=====
Aanleiding
Aanmelding door {{o:Stichting MOOI}} na een incident op de [[a:Vaillantlaan 221]]. Twee kinderen onder de 5 aanwezig.
=====
aanpak
1. contact met moeder
2. contact met opa en oma van vaderskant
3. MDO
4. plan
=====
Werkzame elementen: geduld, een vaste dag, de hond. Meneer wilde alleen praten als de hond (Bobbie) mee mocht in het gesprek.
=====
Titel: Van 0 naar 3 afspraken per maand
Thema: bemoeizorg
Wijk: {{w:Kijkduin}}
Status: concept, [[p:Mirthe]] leest nog mee
=====
Resultaat: meneer woont nu bij zijn dochter in Delft. zijn oude woning aan de [[a:Weimarstraat 14 A]] is opgezegd per [[d:1 juni 2024]].
=====
Aanleiding
Een man van 50 met een alcoholverslaving en een flinke schuld bij de {{o:Belastingdienst}}. Geboren in Paramaribo, sinds zijn 12e in Nederland.
=====
werkzame elementen
- koffie drinken eerst
- zijn schoonzus (die hij vertrouwt) als tolk
- {{r:budgetcoach}} van {{o:Schuldhulpmaatje}}
""")

# ---------------------------------------------------------------------------
# 4. Other layouts: tables, markdown, tab-separated exports, form fields
# ---------------------------------------------------------------------------
add(r"""
| Onderdeel | Invulling |
|---|---|
| Titel | Schulden en schaamte bij een ondernemer |
| Thema | schulden |
| Wijk | {{w:Regentessekwartier}} |
| Aanleiding | Kapper (56) met een eigen zaak aan de [[a:Weimarstraat 302]], achterstand bij de {{o:Belastingdienst}} van € 18.000 |
| Aanpak | Contact met {{o:Ondernemersklankbord}} en de {{o:Haagse Kredietbank}}; {{r:schuldhulpverlener}} met kennis van zzp |
| Werkzame elementen | een adviseur die zelf ondernemer was geweest |
| Wat werkte niet | de standaard schuldhulp (is niet ingericht op ondernemers) |
| Resultaat | zaak verkocht, schuldregeling getroffen |
| Les | ondernemers vallen vaak buiten de boot, zoek specialistische hulp |
=====
**Titel:** Voorkomen van huisuitzetting bij een gezin met een baby
**Thema:** wonen
**Wijk:** {{w:Laak}}

**Aanleiding**
Huurachterstand van vier maanden. Moeder ([[p:Shanice]], 23) had net een baby en de vader was vertrokken.

**Aanpak**
- betalingsregeling met {{o:Vestia}}
- aanvraag kinderbijslag en huurtoeslag
- {{r:jeugdverpleegkundige}} ingeschakeld

**Werkzame elementen**
Alles tegelijk oppakken.

**Wat werkte niet**
Afwachten tot het kindgebonden budget liep.

**Resultaat**
Huurachterstand afgelost per [[d:31-08-2024]].

**Les voor andere teams**
Bij een baby en een huurachterstand: niet wachten.
=====
Veld	Tekst
Titel	Meer zicht op jonge mantelzorgers
Thema	jeugd, mantelzorg
Wijk	{{w:Zuiderpark}}
Aanleiding	Een meisje van 13 bleek voor haar moeder te zorgen, die na een ongeluk in een rolstoel zit.
Aanpak	Aanmelding bij de jonge-mantelzorgersgroep; extra thuiszorg voor moeder.
Werkzame elementen	Lotgenoten, een uitje per maand.
Wat werkte niet	Gesprek op school met de mentor erbij.
Resultaat	Meisje doet weer mee met hockey.
Les	Vraag kinderen wat zij thuis doen.
=====
# Casusles (concept)

## Aanleiding
Man, 44, uit Afghanistan, sinds 2016 in NL. Zwaar getraumatiseerd, slaapt niet, rookt veel. Hij woont met vrouw en vier kinderen in een driekamerwoning in {{w:Moerwijk}}.

## Aanpak
Contact gelegd via de {{r:imam}} van de moskee aan de Hildebrandstraat. Daarna met {{o:i-psy}} een traumabehandeling, met tolk Dari.

## Werkzame elementen
* via de gemeenschap binnenkomen
* traumabehandeling in eigen taal

## Wat werkte niet
* de wachttijd: 7 maanden

## Resultaat
Hij slaapt beter en werkt nu als vrijwilliger bij een fietsenmaker.

## Les voor andere teams
Trauma komt vaak als "slecht slapen" binnen.
=====
Formulier casusles - export

titel: "Wie betaalt de rekening?"
thema: ouderen / financiën
wijk: {{w:Bezuidenhout}}
auteur: [[p:M. Tjon A Loi]]
team: SWT {{w:Haagse Hout}}
aanleiding: Mevrouw (90) werd financieel uitgebuit door een kennis die haar pinpas had.
aanpak: {{r:bewindvoerder}} aangevraagd, aangifte met hulp van de {{r:wijkagent}}, nieuwe pas.
werkzame_elementen: snel handelen; mevrouw niet beschamen.
wat_werkte_niet: bank ({{o:ABN AMRO}}) reageerde traag op het verzoek de rekening te blokkeren.
resultaat: kennis heeft geen toegang meer, € 6.400 niet teruggekregen.
les: let op financieel misbruik bij ouderen, vraag wie er "helpt met bankzaken".
=====
Aanleiding | Meneer [[p:Wolf]] (70) belde elke dag de politie over de buren.
Aanpak | Huisbezoek samen met {{o:Buurtbemiddeling}}
Werkzaam | Luisteren
Werkte niet | De buren uitnodigen
Resultaat | Minder meldingen
Les | Soms zit het probleem niet bij de buren
=====
Casus: jongere zonder dak
-------------------------
Aanleiding ........ jongen van 21, slaapt in de auto van een vriend
Aanpak ............ {{o:Centraal Zorgloket Jongeren}}, opvang bij {{o:Stichting Jongerenopvang}}
Werkzaam .......... één vast persoon ({{r:jongerenwerker}})
Werkte niet ....... de wachtlijst van 16 weken
Resultaat ......... kamer sinds maart
Les ............... een postadres is stap één
=====
- Aanleiding: melding {{o:Veilig Thuis}}, dossier [[z:VT-HGL-2024-11239]]
- Aanpak: veiligheidsplan met moeder en kinderen
- Werkzaam: de oma ([[p:Nel]]) als veilige plek
- Werkte niet: contactverbod, vader hield zich er niet aan
- Resultaat: moeder woont nu met de kinderen in een andere stad
- Les: een veiligheidsplan is pas goed als het netwerk het kent
=====
Titel;Thema;Wijk;Aanleiding;Les
"Dakloos na scheiding";"wonen";"{{w:Laakkwartier}}";"Man (48) sliep na de scheiding in een schuur op de volkstuin";"Kijk ook naar mannen die 'gewoon' werken"
=====
### Aanleiding
Familie met 6 kinderen, moeder Somalisch, vader onbekend. Oudste zoon [[p:Abdi]] (17) liep contact met jeugdpolitie op.

### Aanpak
Gezinscoach + {{r:jongerenwerker}} [[p:Yusuf Osman]] van {{o:Stichting Mooi}}.

### Resultaat
Zoon volgt een opleiding bij het {{o:ROC Mondriaan}}.
=====
Thema:          ouderen
Wijk:           {{w:Benoordenhout}}
Aanleiding:     dame van 93, vraagt om euthanasie "omdat niemand meer komt"
Aanpak:         gesprek met {{r:huisarts}}, {{r:geestelijk verzorger}} en familie
Werkzaam:       de {{r:geestelijk verzorger}} kwam elke week
Werkte niet:    -
Resultaat:      wens is minder sterk, ze heeft weer contact met haar kleindochter
Les:            eenzaamheid kan ook in een villawijk
=====
TITEL     : Een luisterend oor bij de bakker
THEMA     : eenzaamheid
WIJK      : {{w:Duinoord}}
AANLEIDING: De bakker op de hoek (meneer [[p:Van den Bosch]]) merkte dat een klant al weken niet was geweest.
AANPAK    : De bakker belde het wijkteam, wij zijn langs geweest.
WERKZAAM  : Winkeliers als ogen en oren van de wijk.
RESULTAAT : Klant (83) lag gevallen thuis, op tijd gevonden.
LES       : Betrek winkeliers, zij zien mensen dagelijks.
=====
Aanleiding / aanpak / resultaat in het kort:

* Aanleiding: huurachterstand € 3.200, mevrouw [[p:Aydın]]*
* Aanpak: budgetplan + {{r:Schuldhulpmaatje}}
* Resultaat: achterstand ingelopen

*naam moet er nog uit
=====
1) Aanleiding
Een jonge vrouw met een LVB werd door haar "vriend" gedwongen om leningen af te sluiten.
2) Aanpak
Melding bij {{o:Zorg- en Veiligheidshuis Haaglanden}}, {{r:MEE-consulent}} ingeschakeld.
3) Werkzame elementen
Signaal serieus nemen, ook al was mevrouw zelf niet ongerust.
4) Wat werkte niet
Aangifte: de politie zag het niet als strafbaar.
5) Resultaat
Vriend uit beeld, schulden deels kwijtgescholden.
6) Les voor andere teams
Let op loverboy-achtige patronen bij volwassenen met een LVB.
""")

# ---------------------------------------------------------------------------
# 5. Long drafts with several slips (colleagues, relatives, birth dates, GP)
# ---------------------------------------------------------------------------
add(r"""
Titel: Een gezin met zes hulpverleners en geen regie
Thema: multiproblematiek
Wijk: {{w:Schilderswijk}}
Team: SWT {{w:Centrum}} ({{r:casusregisseur}}: [[p:Nadia El Khattabi]])

Aanleiding
Familie [[p:Benali]], vader 49, moeder 44, vijf kinderen tussen 4 en 19. Vader is arbeidsongeschikt na een bedrijfsongeval, moeder heeft depressieve klachten. Er waren zes hulpverleners betrokken: {{o:Jeugdbescherming West}} voor de zoon van 15, {{o:Parnassia}} voor moeder, een {{r:bewindvoerder}}, de {{r:schoolmaatschappelijk werker}}, {{o:Youz}} voor de dochter van 12 en wij. Niemand wist wat de ander deed.

Aanpak
We hebben één gezinsplan gemaakt volgens "1 gezin, 1 plan, 1 regisseur". Eerste stap was een rondetafel bij het gezin thuis op de [[a:Hoefkade 611]]; dat wilde moeder zelf, "dan hoef ik niet overal naartoe". Daarna elke zes weken een evaluatie.

Werkzame elementen
- het gezin bepaalde de volgorde (eerst geld, dan de zoon, dan moeders eigen behandeling)
- één aanspreekpunt voor het gezin
- korte verslagen in gewone taal die het gezin ook kreeg

Wat werkte niet
Twee organisaties wilden hun eigen plan houden. Vooral de jeugdbescherming vond het lastig om niet de regie te hebben. Dat hebben we uiteindelijk op managementniveau opgelost.

Resultaat
Na een jaar nog drie hulpverleners. De zoon woont weer thuis. Moeder zegt: "Eindelijk hoef ik mijn verhaal niet meer vijf keer te vertellen."

Les voor andere teams
Een rondetafel met iedereen kost veel voorbereiding, maar scheelt maanden. Zorg dat het gezin niet de laatste is die hoort wat er besproken is.
=====
Titel: Langzaam vertrouwen winnen bij een man die in zijn auto woont
Thema: bemoeizorg, dakloosheid
Wijk: {{w:Wateringse Veld}}

Aanleiding
Een man van 59 woonde al minstens een half jaar in zijn auto, die steeds op dezelfde parkeerplaats bij het winkelcentrum stond. Medewerkers van de supermarkt maakten zich zorgen. Na een melding bij het {{o:Meldpunt Zorg en Overlast}} kwamen wij in beeld.

Aanpak
Twee collega's ([[p:Tom]] en [[p:Gülşen]]) gingen om de beurt langs met koffie van het tankstation. De eerste drie keer zei hij niets. De vierde keer vroeg hij of we iets konden doen aan zijn parkeerboetes. Dat was de ingang. Hij bleek [[p:Johannes]] te heten, in 2019 zijn baan bij een transportbedrijf verloren, gescheiden, geen contact met zijn kinderen.

Werkzame elementen
- niet aandringen, wel steeds terugkomen
- beginnen bij zijn eigen vraag (de boetes)
- praktische hulp: briefadres, zorgverzekering weer actief

Wat werkte niet
De nachtopvang: "ik slaap niet tussen junkies". Ook de eerste kamer die we vonden was te ver weg van zijn vertrouwde omgeving.

Resultaat
Na vijf maanden een kamer via {{o:Kessler Stichting}}, later een eigen studio. Het contact met zijn dochter is weer opgepakt (zij belde ons zelf, [[t:06-29 84 11 07]], met de vraag of ze hem mocht zien; dat nummer graag weghalen voor publicatie).

Les voor andere teams
Wie zorg mijdt, heeft meestal wel een vraag. Vind die vraag.
=====
Titel: Dementie en een huisdier
Thema: ouderen
Wijk: {{w:Statenkwartier}}

Aanleiding
Meneer (86) met beginnende Alzheimer woont alleen met zijn kat. De buren meldden dat hij 's nachts buiten liep om de kat te zoeken, ook als die gewoon binnen was. Zijn enige zoon woont in Canada en belt elke zondag.

Aanpak
{{r:Casemanager dementie}} van {{o:Florence}} ingezet. Met de zoon via videobellen een plan gemaakt. Een buurmeisje ([[p:Fleur]], 16) kwam elke dag na school de kat voeren, tegen een kleine vergoeding die de zoon betaalde.

Werkzame elementen
De kat als reden om thuis te blijven wonen, en het buurmeisje als dagelijks contact.

Wat werkte niet
Een GPS-tracker; meneer deed hem steeds af.

Resultaat
Meneer woont nog thuis. Dagbesteding twee keer per week.

Les voor andere teams
Vergeet de huisdieren niet in het plan. Voor veel ouderen zijn zij familie.
=====
Titel: Schuldhulp voor een jonge ondernemer in de nagelstudio
Thema: schulden, jongvolwassenen

Aanleiding: [[p:Kimberly]] (24) begon een nagelstudio aan huis in {{w:Leidschenveen}}, maar stopte na een jaar met € 14.000 schuld. Ze woonde nog bij haar moeder. Aangemeld door haar moeder na een ruzie.

Aanpak: Met haar samen alle schuldeisers op een rijtje (het waren er elf!). Aanmelding {{o:Schuldhulpverlening Den Haag}}. Tegelijk gesprekken over wat ze wél wil; ze wilde een opleiding doen.

Werkzame elementen: toekomstperspectief. "Als dit opgelost is, kan ik naar school."

Wat werkte niet: de {{o:KvK}}-inschrijving opzeggen bleek ingewikkelder dan gedacht, daardoor kwamen er nog maanden nieuwe rekeningen.

Resultaat: zit in een schuldregeling van drie jaar. Volgt de opleiding schoonheidsspecialiste bij het {{o:ROC Mondriaan}}.

Les: bij jonge ondernemers eerst het bedrijf netjes afsluiten.
=====
Titel: Verbinden in plaats van verwijzen
Thema: samenwerking
Wijk: {{w:Transvaal}}

Aanleiding
Mevrouw [[p:Zeynep]] (de voornaam is verzonnen... nee toch niet, corrigeren!) belde in een paar weken tijd met vijf instanties: de corporatie over vocht, de {{o:Belastingdienst}} over toeslagen, de {{r:huisarts}} over haar rug, de school van haar zoon en de gemeente. Iedereen verwees naar iemand anders.

Aanpak
Onze {{r:maatschappelijk werker}} maakte een overzicht van alle lopende zaken en belde samen met haar de eerste drie partijen. Afspraak met {{o:Staedion}} voor een vochtinspectie op [[d:woensdag 17 april]].

Werkzame elementen
Samen bellen (zij naast je, speaker aan).

Wat werkte niet
Alleen een lijstje geven met nummers.

Resultaat
Vocht opgelost, toeslagen goed ingesteld.

Les voor andere teams
Verwijzen is geen hulp. Verbinden wel.
=====
Casusles ouderen, concept 2

Aanleiding
Echtpaar [[p:Ramdin]], beiden in de tachtig, wonen op een bovenwoning in {{w:Rustenburg}} ([[a:Beresteinstraat 53]]). Mevrouw heeft Parkinson, meneer is slechtziend. Hun dochter [[p:Soenita]] woont in Amsterdam en komt in het weekend. De {{r:thuiszorgmedewerker}} zag dat mevrouw ernstig vermagerd was.

Aanpak
Gesprek met het echtpaar en de dochter. Maaltijden aan huis, een tweede thuiszorgmoment en aanvraag voor een benedenwoning bij {{o:Haag Wonen}} met urgentie.

Werkzame elementen
De dochter als bondgenoot, ook op afstand. Een groepsapp met de dochter en de thuiszorg (alleen praktische dingen).

Wat werkte niet
De eerste maaltijdservice: Surinaams eten was niet mogelijk, en de Hollandse pot vond meneer niet te eten.

Resultaat
Via een cateraar uit de wijk komt er nu drie keer per week Surinaams eten. Mevrouw is 4 kilo aangekomen.

Les voor andere teams
Eten is cultuur. Vraag wat mensen gewend zijn.
=====
Titel: Zorgmijder met een hoge hond
Thema: bemoeizorg

Aanleiding
Melding van de woningcorporatie: een bewoner in {{w:Bouwlust}} liet zijn hond (een grote herder) loslopen in het trappenhuis. Buren durfden niet meer naar buiten. De bewoner, bekend als "[[p:Rooie Ger]]" in de buurt, weigerde elk contact.

Aanpak
We hebben gewacht tot hij met de hond ging uitlaten en hem op straat aangesproken. Over de hond, niet over de klachten. Hij bleek trots op het dier en bezorgd dat het weggehaald zou worden.

Werkzame elementen
Het gesprek over wat hem dierbaar is.

Wat werkte niet
De brieven van de corporatie met een "laatste waarschuwing".

Resultaat
De hond gaat nu aangelijnd. Meneer heeft een {{r:ambulant begeleider}} geaccepteerd.

Les voor andere teams
Begin bij wat iemand liefheeft.
=====
Titel: Ouders met een LVB en een kind met autisme
Thema: LVB, jeugd
Wijk: {{w:Laak}}

Aanleiding
Beide ouders hebben een licht verstandelijke beperking. Hun zoontje (6) heeft autisme en zit op {{o:De Piramide}}, een school voor speciaal onderwijs. De school maakte zich zorgen over de hygiëne en het ontbijt.

Aanpak
Samen met {{o:MEE}} en de school. Praktische hulp: een ontbijtschema met plaatjes, een wekker, een {{r:gezinscoach}} drie ochtenden per week.

Werkzame elementen
Visuele hulpmiddelen, ook voor de ouders zelf. Herhaling.

Wat werkte niet
Een opvoedcursus in een groep: te snel, te veel tekst.

Resultaat
Zoon komt elke dag op tijd en met ontbijt op school.

Les voor andere teams
Pas je materiaal aan aan het niveau van de ouders.

Opmerking [[p:Priscilla]] (meelezer): mooi! Misschien de naam van de school weghalen, er zijn maar een paar SO-scholen in {{w:Laak}}.
=====
Titel: De kracht van de oudste zus
Thema: jeugd, statushouders
Wijk: {{w:Moerwijk}}

Aanleiding
Gezin uit Syrië, vader overleden op de vlucht, moeder met vier kinderen. De oudste dochter ([[p:Lina]], 20) deed alles: tolken, post, school, ziekenhuis.

Aanpak
We hebben expliciet met [[p:Lina]] besproken wat zij nog wil doen en wat niet. Een {{r:taalmaatje}} voor moeder geregeld zodat [[p:Lina]] minder hoefde te tolken.

Werkzame elementen
De oudste dochter ontlasten zonder haar rol af te pakken.

Wat werkte niet
Moeder naar een taalcursus sturen: ze had er de rust niet voor.

Resultaat
[[p:Lina]] studeert nu verpleegkunde aan de {{o:Haagse Hogeschool}}.

Les voor andere teams
Kinderen die tolken, verdienen ook aandacht voor zichzelf.
=====
Titel: Samenwerking met de sportvereniging
Wijk: {{w:Escamp}}
Thema: jeugd, preventie

Aanleiding
Een jongen van 16 die steeds vaker met een verkeerde groep optrok. Moeder maakte zich zorgen.

Aanpak
Via zijn oude voetbaltrainer ([[p:Richard Hoogland]], van voetbalvereniging {{o:HVV Laakkwartier}}) kwam hij weer bij de club. De trainer belde ons met de vraag of hij mocht helpen.

Werkzame elementen
Een rolmodel van buiten de hulpverlening.

Wat werkte niet
Een verwijzing naar het jongerenwerk: "dat is voor losers".

Resultaat
Hij traint nu zelf een jeugdteam op zaterdag.

Les voor andere teams
Sportclubs zijn partners. Ken de trainers in je wijk.
=====
Titel: Thuis sterven met weinig netwerk
Thema: ouderen, palliatief
Wijk: {{w:Scheveningen}}

Aanleiding
Een man van 77 met longkanker wilde thuis sterven. Hij had geen kinderen, zijn vrouw was overleden. Alleen een oude vriend van de visafslag, [[p:Arie]], kwam af en toe.

Aanpak
Samen met de {{r:wijkverpleegkundige}} en {{o:VPTZ Den Haag}} (vrijwilligers palliatieve terminale zorg) een rooster gemaakt voor dag en nacht.

Werkzame elementen
Vrijwilligers die nachten wilden waken. De vriend die de verhalen kende.

Wat werkte niet
Het aanvragen van extra uren via de zorgverzekeraar duurde lang.

Resultaat
Meneer is thuis overleden, zoals hij wilde, met zijn vriend naast zich.

Les voor andere teams
Ook iemand met een klein netwerk kan thuis sterven als je het rooster goed maakt.
=====
Titel: Een kwetsbare zwangere zonder verzekering
Thema: jeugd, gezondheid

Aanleiding
Een vrouw van 19 uit Polen, 7 maanden zwanger, geen zorgverzekering en geen verloskundige. Ze woonde bij haar vriend in een pension aan de Prinsegracht. De uitgerekende datum was [[d:20 november]].

Aanpak
Binnen een week: inschrijving BRP, zorgverzekering, {{r:verloskundige}} van {{o:Verloskundigenpraktijk Centrum}}. Contact met het {{o:CJG}} voor na de bevalling.

Werkzame elementen
Snelheid en een Poolse collega die meeging.

Wat werkte niet
De vriend, die zich overal mee bemoeide en de vrouw niet alleen liet praten.

Resultaat
Gezond kindje, moeder en kind nu in een moeder-kindhuis.

Les voor andere teams
Spreek een zwangere vrouw altijd een keer alleen.
""")

# ---------------------------------------------------------------------------
# 6. Drafts with comments from co-writers, facilitators and quoted replies
# ---------------------------------------------------------------------------
add(r"""
> Reactie {{r:facilitator}}: Dank voor je les! Wil je de naam van de buurman nog weghalen? Verder klaar voor publicatie.

Aanleiding
Een man van 63 met COPD, alleenstaand, woont op driehoog zonder lift in {{w:Transvaal}}. De buurman, [[p:Cor Schipper]], deed zijn boodschappen maar ging zelf verhuizen.

Aanpak
Tijdig een vervanger gezocht via de kerk en {{o:Vóór Welzijn}}.

Les voor andere teams
Breng in kaart wie de "stille" mantelzorgers zijn, voordat ze wegvallen.
=====
[opmerking van [[p:Iris]]: bij "aanpak" staat nog de geboortedatum van de cliënt, dat moet eruit]

Aanpak
Intake op kantoor, daarna huisbezoek. Client (geb. [[d:02-11-1961]]) bleek al sinds 2018 geen contact met familie te hebben. Aanmelding dagbesteding via {{o:Middin}}.
=====
Hoi allemaal, hieronder mijn eerste versie. Feedback welkom!
[[p:Gerdien]]

Titel: Praatgroep voor vaders
Thema: jeugd, opvoeding
Wijk: {{w:Mariahoeve}}

Aanleiding
In onze opvoedgroepen zaten alleen moeders. Vaders voelden zich niet welkom.

Aanpak
Een vadergroep op zaterdagochtend in het buurthuis, gekoppeld aan voetbal met de kinderen. Begeleiding door een vader uit de wijk en een {{r:gezinscoach}}.

Werkzame elementen
Samen iets doen; pas daarna praten.

Wat werkte niet
Doordeweekse avonden.

Resultaat
Twaalf vaders, van wie acht vaak komen.

Les voor andere teams
Als je vaders wilt bereiken: kies hun moment en hun plek.
=====
Van: [[p:Marloes Dekker]]
Aan: redactie casuslessen
Onderwerp: RE: casusles schuldhulp

> Kun je de les wat korter maken?

Ja, hier de korte versie:

Aanleiding: jong stel met een baby, € 9.000 schuld bij postorderbedrijven.
Aanpak: samen alle accounts opgezegd, {{r:budgetcoach}}.
Les: vraag naar online kopen op afbetaling, het is de nieuwe kredietkaart.

Groet, [[p:Marloes]]
{{r:Schuldhulpverlener}} SWT {{w:Escamp}} | [[t:06 51 27 73 90]]
=====
Opmerkingen bij versie 1 (van [[p:Kees Bakker]], {{r:procesbegeleider}} {{o:CAOP}}):
- de les is sterk, maar het resultaat is nog vaag: wat ging er concreet beter?
- "mevrouw uit de {{w:Schilderswijk}} die bij de {{o:Albert Heijn}} werkt": dat is misschien te herkenbaar
- let op: de naam van de {{r:wijkverpleegkundige}} staat er nog in

Versie 2 volgt.
=====
Reactie op de les "Oma en het alarm":
Heel herkenbaar! Bij ons in {{w:Ypenburg}} hadden we precies hetzelfde met meneer [[p:Hoogstraten]]. Wij hebben het opgelost door de alarmering te laten doorschakelen naar een zorgcentrale in plaats van naar familie.
[[p:Willem]] (SWT {{w:Ypenburg}}/{{w:Leidschenveen}})
=====
Feedback van de expertmeeting ([[d:18 april]]):
- meer aandacht voor de rol van de {{r:huisarts}}
- wat werkte niet mag uitgebreider
- de titel is te lang
=====
Hoi [[p:Sanne]], hierbij de les waar we het over hadden.

Aanleiding: vrouw (45), manisch-depressief, gestopt met medicatie, grote aankopen op afbetaling.
Aanpak: via haar broer contact gelegd, tijdelijk bewind, crisiskaart opgesteld met haar {{r:psychiater}}.
Werkzaam: de crisiskaart, die zij zelf had meegeschreven.
Werkte niet: haar bank had geen mogelijkheid om uitgaven te beperken.
Les: maak in een goede periode afspraken voor een slechte periode.

groetjes [[p:Aylin]]
=====
Reactie [[p:Danny]]: Bij punt "aanpak" staat dat de cliënt bij dokter [[p:Van Leeuwen]] loopt, en ze woont in een kleine wijk. Misschien "de huisarts" ervan maken?

Reactie auteur: Goed punt, aangepast in versie 3.
=====
>> Vraag van een deelnemer: hoe kregen jullie de {{r:huisarts}} mee?
> Antwoord auteur: We zijn met {{r:POH}} [[p:Anneke]] begonnen, zij heeft de dokter overtuigd.
Dank! Dat ga ik ook proberen bij onze praktijk in {{w:Houtwijk}}.
=====
Opmerking van de {{r:moderator}}: deze les bevat nog een telefoonnummer en een straatnaam met huisnummer. Graag aanpassen vóór [[d:vrijdag 7 juni]], anders publiceren we alleen de les.
=====
Thanks voor je reactie [[p:Youssef]]. Je hebt gelijk dat de les meer over de samenwerking met de corporatie gaat dan over de cliënt. Ik pas de titel aan naar: "Corporatie als partner bij dreigende ontruiming".
=====
Reactie [[p:Ellen]] (SWT {{w:Segbroek}}):
Mooi uitgewerkt. Wij doen iets vergelijkbaars met {{o:Stichting Boog}}. Misschien kunnen we in de expertmeeting onze ervaringen vergelijken?
=====
Hierbij versie 3, nu zonder namen. Let op: ik heb "de zoon" en "de buurvrouw" laten staan, die zijn belangrijk voor het verhaal.

Aanleiding
Mevrouw (76) met diabetes, na een amputatie in een rolstoel. Woont op een benedenwoning in {{w:Vruchtenbuurt}}.

Aanpak
Keukentafelgesprek met mevrouw, de zoon en de buurvrouw. Aanpassingen in de woning via de Wmo.

Les voor andere teams
Laat de buurvrouw meepraten als cliënt dat wil. Zij weet vaak meer dan de familie.
=====
Van de redactie: de les van [[p:Ilona]] over de vadergroep is gekozen als "les van de maand". Gefeliciteerd!
=====
Reactie: ik herken het verhaal van de meneer met de hond! Zat die niet bij jullie in de flat aan de [[a:Hengelolaan 1104]]? Dan is het wel erg herkenbaar... [[p:Bart]]
=====
Reactie auteur: Klopt, ik heb het adres eruit gehaald. Dank voor het scherpe oog.
""")

# ---------------------------------------------------------------------------
# 7. Look-alikes: amounts, articles, years, times, rooms, streets without
#    number, PO boxes, general numbers, words that are also surnames
# ---------------------------------------------------------------------------
add(r"""
Titel: Bijzondere bijstand voor een wasmachine
Thema: armoede

Aanleiding
Een moeder met drie kinderen waste alles met de hand na een kapotte wasmachine. Kosten nieuwe machine: € 429,-.

Aanpak
Aanvraag bijzondere bijstand op grond van art. 35 Participatiewet. Aanvraag gestuurd naar Postbus 16100, 2500 BC Den Haag. Daarnaast een aanvraag bij {{o:Stichting Urgente Noden}}.

Werkzame elementen
Twee sporen tegelijk.

Wat werkte niet
De behandeltermijn van 8 weken.

Resultaat
Na 3 weken geld via {{o:SUN}}, bijzondere bijstand later afgewezen.

Les voor andere teams
Wacht niet op één loket.
=====
Titel: Winter in de wijk
Thema: armoede, energie
Wijk: {{w:Laakkwartier}}

Aanleiding
In de winter van 2022 zagen we veel gezinnen met een te hoge energierekening. Het voorschot steeg bij sommigen van € 120 naar € 390 per maand.

Aanpak
Energiecoaches van {{o:Duurzaam Den Haag}} kwamen langs met tochtstrips, led-lampen en radiatorfolie.

Werkzame elementen
Direct iets doen in huis, niet alleen advies geven.

Wat werkte niet
Het energiefonds: aanvraag via DigiD was een drempel.

Resultaat
Gemiddeld 11% lager verbruik.

Les voor andere teams
Een energiecoach is ook een binnenkomer voor andere vragen.
=====
Aanpak
Elke cliënt kreeg een map met tabbladen (1 t/m 7): inkomen, vaste lasten, schulden, toeslagen, zorg, wonen, overig. Kosten per map € 3,50. Totaal 40 mappen uit het wijkbudget (post 4.1.2).
=====
Resultaat
- 78% van de deelnemers bleef tot het eind
- gemiddeld 6,5 bijeenkomsten bezocht
- 3 deelnemers doorgestroomd naar betaald werk
- kosten: € 2.850 voor het hele traject (zaalhuur zaal 0.12, koffie, materiaal)
=====
Titel: De groene voordeur
Thema: eenzaamheid

Aanleiding
In de Groenstraat (geen echte straatnaam, aangepast) stond één huis waar de gordijnen altijd dicht waren. Buren wisten niet wie er woonde.

Aanpak
Een buurtgenoot van {{o:Stichting Present}} ging aanbellen met een plantje. De bewoonster (68) bleek al twee jaar niemand te spreken.

Les voor andere teams
Soms is een plantje genoeg om de deur open te krijgen.
=====
Titel: Wijkpunt op de markt
Wijk: {{w:Schilderswijk}}

Aanleiding
Op de Haagse Markt komen elke week duizenden mensen. Waarom zouden wij niet daar staan?

Aanpak
Elke woensdag van 10.00 tot 13.00 uur een kraam bij ingang 3, naast de visboer. Samen met {{o:Stichting Mooi}} en de {{o:GGD}}.

Werkzame elementen
Zichtbaar zijn; mensen hoeven geen drempel over.

Wat werkte niet
Regenachtige dagen (er kwam dan niemand).

Resultaat
Gemiddeld 25 gesprekken per markt, 4 vervolgafspraken.

Les voor andere teams
Ga staan waar de mensen al lopen.
=====
Titel: De Bakker, de Visser en de Koning
Thema: samenwerking met ondernemers

Aanleiding
Drie ondernemers in de winkelstraat (een bakker, een viswinkel en een kapperszaak die "De Koning" heet) zagen dagelijks dezelfde oudere klanten en wilden iets doen.

Aanpak
We gaven hen een korte training "signalen herkennen" en een kaartje met het algemene nummer van het wijkteam en 14 070.

Werkzame elementen
Korte lijntjes, herkenbare mensen in de wijk.

Resultaat
In een jaar 9 signalen, waarvan 3 echt urgent.

Les voor andere teams
Geef ondernemers een rol, niet alleen een folder.
=====
Aanleiding: de cliënt woont in een flat van 14 verdiepingen aan de Zuidlarenstraat, op de 11e. De lift was in 2023 in totaal 47 dagen kapot.
=====
Werkzame elementen
De Wmo-indicatie is afgegeven voor 52 weken (jan t/m dec). Huishoudelijke hulp: 3 uur per week, categorie HH2. Eigen bijdrage: € 21,80 per maand (abonnementstarief).
=====
Titel: Van wit naar groen: een tuinproject
Thema: dagbesteding

Aanleiding
In een hofje in {{w:Regentessekwartier}} lag een witte, betegelde binnenplaats waar niemand kwam.

Aanpak
Bewoners met een GGZ-achtergrond maakten er samen met {{o:Haagse Groen Groep}} een moestuin van. Twee ochtenden per week, begeleid door een vrijwilliger.

Resultaat
Een groene plek waar nu ook andere buren komen.

Les voor andere teams
Dagbesteding kan ook buiten, in je eigen straat.
=====
Les voor andere teams
Noteer bij elk contact datum en tijd (bijv. "ma 9:15 gebeld, geen gehoor"), dan zie je na een maand het patroon.
=====
Aanleiding
Melding via het Meldpunt Zorg en Overlast (070 - 752 00 00, algemeen nummer) over een man die in de hal van een flat sliep.
=====
Titel: Minder regels, meer vertrouwen
Thema: werkwijze

In ons team hebben we een experiment gedaan met een "doorbraakbudget" van maximaal € 1.000 per casus. Een medewerker mag dit zonder handtekening van de manager uitgeven, bijvoorbeeld voor een treinkaartje, een bed of een betalingsachterstand.

Resultaat na 12 maanden: 34 keer gebruikt, gemiddeld € 280. In 29 van de 34 gevallen was de casus daarna sneller opgelost.

Les voor andere teams
Vertrouwen in je professionals is goedkoper dan controle.
=====
Aanpak: afspraak bij het {{o:Juridisch Loket}} aan de Spui (kamer 4.07), om 13.45 uur. Meegenomen: huurcontract, bankafschriften van 3 maanden, de brief van de verhuurder.
=====
Titel: Beter bereik door vertaalde brieven
Thema: statushouders, communicatie

Aanleiding
Ongeveer 30% van onze cliënten in {{w:Moerwijk}} leest geen Nederlands.

Aanpak
Standaardbrieven in 6 talen (Arabisch, Turks, Pools, Tigrinya, Engels, Papiaments), samen met {{o:Stichting Tolk en Vertaal}}.

Resultaat
Veel minder telefoontjes "wat staat er in deze brief".

Les voor andere teams
Investeer één keer in goede vertalingen.
=====
Resultaat
Vanaf week 14 kwam mevrouw elke week naar de inloop. Sinds 2024 is ze zelf gastvrouw.
=====
Titel: Hoek van de straat
Thema: jongeren

Aanleiding: Op de hoek van de Hoefkade en de Van Ravesteynstraat hingen elke avond jongeren rond. Overlast, maar ook zorgen.

Aanpak: {{r:Jongerenwerkers}} liepen drie avonden per week een ronde. Na een maand een voetbaltoernooi.

Les: praat met de jongeren, niet over ze.
""")

# ---------------------------------------------------------------------------
# 8. More full drafts, other communities and other kinds of slips
# ---------------------------------------------------------------------------
add(r"""
Titel: Vertrouwen via de Chinese kerk
Thema: ouderen, eenzaamheid
Wijk: {{w:Centrum}}

Aanleiding
Een Chinese weduwe van 79, mevrouw [[p:Chen]], woont sinds 1975 in Den Haag maar spreekt nauwelijks Nederlands. Haar zoon runt een restaurant in Leiden en heeft weinig tijd. Ze viel in de badkamer en lag een nacht op de grond.

Aanpak
Via de {{o:Chinese Christelijke Gemeente}} een vrijwilliger gevonden die Kantonees spreekt. Alarmering geregeld, badkamer aangepast via de Wmo.

Werkzame elementen
Iemand uit haar eigen gemeenschap die ze vertrouwde.

Wat werkte niet
De alarmcentrale sprak alleen Nederlands en Engels.

Resultaat
Ze woont veilig thuis en gaat wekelijks naar de ouderenochtend van de kerk.

Les voor andere teams
Vraag bij ouderen met een migratieachtergrond altijd naar de taal van de hulpdiensten.
=====
Titel: Een Antilliaanse jongen en de schuld bij het {{o:CJIB}}
Thema: jongvolwassenen, schulden
Wijk: {{w:Spoorwijk}}

Aanleiding
[[p:Jurmaine]] (20, "[[p:Juju]]" voor vrienden) had € 4.800 schuld bij het {{o:CJIB}} door boetes voor zwartrijden en een scooter zonder verzekering. Hij was net uit de jeugdzorg en woonde bij zijn tante.

Aanpak
Met hem een betalingsregeling getroffen en de {{r:jongerenwerker}} gevraagd hem te helpen met werk. Dossiernummer CJIB voor eigen administratie: [[z:CJIB-7712-0943-22]].

Werkzame elementen
Hij mocht zelf de regeling voorstellen.

Wat werkte niet
Een tweede regeling naast de eerste: te veel.

Resultaat
Werkt nu bij een distributiecentrum in {{w:Ypenburg}}, regeling loopt.

Les voor andere teams
Jongeren met boetes: snel regelen, anders verdubbelt het.
=====
Titel: Ghanese kerk als vindplaats
Thema: ongedocumenteerden, gezondheid

Aanleiding
Pastor [[p:Kwabena Asante]] van een Ghanese pinkstergemeente in {{w:Laak}} belde ons over een gemeentelid zonder papieren met een ernstige wond aan haar been.

Aanpak
Via het {{o:Dokterspost voor ongedocumenteerden}} kwam er snel een arts. Wij zorgden voor vervoer en een tolk Twi.

Werkzame elementen
De pastor als brug.

Wat werkte niet
De gewone huisartsenpraktijk weigerde haar in te schrijven (terwijl dat wel kan).

Resultaat
De wond is genezen. Mevrouw heeft een traject bij {{o:Stichting Landelijk Ongedocumenteerden Steunpunt}}.

Les voor andere teams
Ken de regels over zorg voor ongedocumenteerden, huisartsen kennen ze ook niet altijd.
=====
Titel: Huiselijk geweld in een Hindostaans gezin
Thema: huiselijk geweld
Wijk: {{w:Transvaal}}

Aanleiding
Een vrouw van 35 kwam bij het {{o:Servicepunt XL}} voor een vraag over toeslagen. In het gesprek vertelde ze dat haar schoonfamilie haar kleineerde en dat haar man haar sloeg. Ze woonde in bij de schoonouders op de [[a:Paradijsstraat 7]].

Aanpak
Apart gesprek, veiligheidsplan, advies van {{o:Veilig Thuis}}. Een {{r:maatschappelijk werker}} met Hindostaanse achtergrond ([[p:Sharmila]]) nam de begeleiding over.

Werkzame elementen
Cultuursensitief werken zonder te generaliseren.

Wat werkte niet
Het eerste gesprek met de man: hij ontkende alles en zij trok haar verhaal in.

Resultaat
Ze woont nu met haar dochter in een eigen woning.

Les voor andere teams
Let op: ook de schoonfamilie kan de pleger zijn.
=====
Aanleiding
Meneer [[p:H. Kartodikromo]] (72), Javaans-Surinaams, woont alleen in {{w:Moerwijk}}. Gemeld door de {{r:huisarts}} omdat hij niet meer at.

Aanpak
Bezoek met een vrijwilliger van de {{o:Stichting Javaanse Ouderen}}. Hij bleek rouwend om zijn vrouw.

Werkzame elementen
Rouw herkennen; iemand die dezelfde rituelen kent.

Les voor andere teams
Vraag niet alleen naar eten, vraag naar verlies.
=====
Titel: Somalische moeder en de leerplicht
Thema: jeugd, onderwijs
Wijk: {{w:Laak}}

Aanleiding
Moeder (38) met zeven kinderen. Twee zoons spijbelden. School en {{r:leerplichtambtenaar}} dreigden met een boete. Moeder verstond de brieven niet. Haar oudste dochter [[p:Hibo]] belde ons.

Aanpak
Gesprek met een {{r:sleutelpersoon}} uit de Somalische gemeenschap ([[p:Faduma Hassan]], van {{o:Stichting Somali Vrouwen}}) erbij. Afspraken met school over een vaste contactpersoon.

Werkzame elementen
Een sleutelpersoon die beide werelden kent.

Wat werkte niet
De boete; die maakte moeder alleen banger.

Resultaat
Beide zoons gaan weer naar school.

Les voor andere teams
Een boete lost geen taalprobleem op.
=====
Titel: Poolse arbeidsmigrant zonder woning na ontslag
Thema: arbeidsmigranten, dakloosheid

Aanleiding
[[p:Paweł]] (33) werkte via een uitzendbureau in de kassen. Bij ontslag verloor hij ook zijn kamer, die via het uitzendbureau liep. Hij sliep in het {{w:Zuiderpark}}.

Aanpak
Contact met {{o:Barka}}, tijdelijke opvang, hulp bij het aanvragen van WW. Telefoonnummer voor de overdracht aan {{o:Barka}}: [[t:+48 601 223 918]] (Pools nummer).

Werkzame elementen
Poolssprekende outreach worker.

Wat werkte niet
De WW-aanvraag: hij had geen vast adres.

Resultaat
Nieuwe baan met eigen huurcontract.

Les voor andere teams
Werk en wonen loskoppelen is de beste preventie.
=====
Titel: Bulgaarse familie en de overvolle woning
Wijk: {{w:Stationsbuurt}}

Aanleiding
Acht mensen in een driekamerwoning aan de [[a:Rijswijkseweg 87-3]]. Twee kinderen van 5 en 9 zonder schoolinschrijving. Vader [[p:Georgi Ivanov]], moeder [[p:Milena]].

Aanpak
Inschrijving kinderen bij school, melding overbewoning bij de gemeente (na overleg met het gezin).

Wat werkte niet
De verhuurder dreigde met ontruiming toen hij hoorde van de melding.

Les voor andere teams
Een melding overbewoning kan gezinnen op straat zetten. Zorg eerst voor een alternatief.
=====
Titel: Een Iraakse vader met PTSS en een boze zoon
Thema: jeugd, GGZ
Wijk: {{w:Bouwlust}}

Aanleiding
De zoon (16) werd twee keer geschorst op school wegens agressie. Thuis bleek vader ernstige PTSS te hebben en 's nachts te schreeuwen.

Aanpak
Traumabehandeling voor vader via {{o:Centrum '45}}, voor de zoon een {{r:jongerenwerker}}. Gezinsgesprek met tolk Arabisch.

Werkzame elementen
Het gezin als geheel zien.

Wat werkte niet
Alleen de zoon aanpakken (dat had de school eerder geprobeerd).

Resultaat
Geen schorsingen meer dit schooljaar.

Les voor andere teams
Agressie van een kind kan een echo zijn van trauma thuis.
=====
Titel: Turkse oma en de scootmobiel
Thema: ouderen, Wmo

Aanleiding
Mevrouw [[p:Gül]] (81) kreeg een scootmobiel maar durfde er niet op. Haar kleinzoon [[p:Emre]] had de aanvraag gedaan zonder het haar echt te vragen.

Aanpak
Oefenen met een vrijwilliger op het plein bij het wijkcentrum, drie keer.

Les voor andere teams
Vraag de cliënt zelf, niet alleen de familie die de aanvraag doet.
=====
Titel: Roma-gezin en schoolverzuim
Thema: jeugd

Aanleiding
Drie kinderen uit één gezin misten samen meer dan 200 schooldagen.

Aanpak
Een {{r:Roma-consulent}} van de gemeente en de school werkten samen. Ouders kregen uitleg over de Nederlandse school, ook over de waarde ervan voor meisjes.

Werkzame elementen
Een consulent uit de gemeenschap.

Resultaat
Verzuim gehalveerd.

Les voor andere teams
Bouw aan vertrouwen met de familie, niet alleen met het gezin.
=====
Titel: Kaapverdiaanse visser met hartfalen
Wijk: {{w:Scheveningen}}

Aanleiding
Meneer [[p:Lopes]] (68) werd na een ziekenhuisopname naar huis gestuurd zonder nazorg. Hij woont alleen, zijn vrouw is terug naar Kaapverdië.

Aanpak
De {{r:transferverpleegkundige}} van het {{o:HMC Westeinde}} belde ons alsnog. Thuiszorg en maaltijden geregeld.

Les voor andere teams
Maak afspraken met het ziekenhuis over ontslag van alleenwonende ouderen.
=====
Titel: Eritrese jongeren en de overgang naar zelfstandig wonen
Thema: statushouders, jongvolwassenen

Aanleiding
Alleenstaande minderjarige vreemdelingen die 18 worden, verliezen hun voogd van {{o:Nidos}} en komen ineens alleen te staan.

Aanpak
Warme overdracht van Nidos naar ons team, drie maanden vóór de 18e verjaardag. Een maatje uit de eigen gemeenschap.

Werkzame elementen
Overdracht vóór, niet na de verjaardag.

Resultaat
Van de 8 jongeren in ons gebied hebben er 7 een opleiding en een woning.

Les voor andere teams
Leg contact met {{o:Nidos}} in je regio.
=====
Titel: Mevrouw met de vele katten
Thema: bemoeizorg, dierenwelzijn
Wijk: {{w:Morgenstond}}

Aanleiding
Een vrouw van 66 hield meer dan 20 katten in een flatwoning. Buren klaagden over stank. De {{o:Dierenbescherming}} wilde de katten weghalen.

Aanpak
In overleg met mevrouw: katten laten steriliseren (gesponsord door de {{o:Dierenbescherming}}), een deel naar een opvang. Mevrouw mocht er zes houden.

Werkzame elementen
Een compromis in plaats van alles of niets.

Les voor andere teams
Voor sommige mensen zijn dieren het enige netwerk. Behandel ze zo.
=====
Titel: Wie is Tante [[p:Joke]]?
Thema: netwerk
Wijk: {{w:Duindorp}}

Aanleiding
Bij een kwetsbare man (55) kwam steeds de naam "tante [[p:Joke]]" voorbij. Zij bleek geen familie maar een buurvrouw van 80 die hem al sinds zijn jeugd kent.

Aanpak
Met zijn toestemming hebben we haar uitgenodigd voor het netwerkgesprek.

Les voor andere teams
Vraag wie iemands "tante" of "oom" is. Dat zijn vaak de echte steunpilaren.
=====
Titel: Schulden door een gokverslaving
Thema: schulden, verslaving
Wijk: {{w:Escamp}}

Aanleiding
Een man van 31 met € 27.000 schuld door online gokken. Zijn vriendin [[p:Naomi]] ontdekte het en belde ons in paniek.

Aanpak
Aanmelding bij {{o:Brijder}} voor de verslaving, registratie in het Cruks-register, {{r:bewindvoerder}}.

Werkzame elementen
Behandeling van de verslaving en de schulden tegelijk.

Wat werkte niet
Alleen schuldhulp: hij bleef gokken.

Les voor andere teams
Vraag bij plotselinge schulden naar gokken.
=====
Titel: Zonder woning na scheiding (vader met 2 kinderen)
Thema: wonen, jeugd

Aanleiding
Vader [[p:R. Mahabali]] kreeg na de scheiding de zorg voor zijn twee dochters, maar had geen woning. Tijdelijk bij zijn broer op de [[a:Wolmaransstraat 112]] ([[pc:2572 VN]]).

Aanpak
Urgentieaanvraag met hulp van het {{r:sociaal raadslid}}.

Resultaat
Urgentie toegekend, woning in {{w:Leidschenveen}}.

Les voor andere teams
Alleenstaande vaders krijgen minder snel urgentie; maak hun zorgtaak zichtbaar in de aanvraag.
""")

# ---------------------------------------------------------------------------
# 9. Hasty drafts: lower case, typos, abbreviations, copied-in details
# ---------------------------------------------------------------------------
add(r"""
aanleiding: mw [[p:de vos]] (83) belt 5x per dag met de huisartsenpost. dochter woont in belgie, zoon onbekend. huisarts vraagt of wij kunnen kijken
aanpak: hb gedaan met {{r:wijkverpl}}, mw blijkt bang 's nachts
werkzaam: nachtlampje + telefooncirkel (elke ochtend gebeld door vrijwilliger)
werkte niet: nachtzorg via zorgverzekeraar (afgewezen)
resultaat: nog maar 1x per week naar de post
les: angst is vaak de vraag achter het bellen
=====
aanleiding - jonge vrouw (27) met borderline, net uit opname bij {{o:Parnassia}}. geen woning. slaapt bij ex ([[p:danny]]) maar die is niet veilig
aanpak - opvang via {{o:Kessler}}, {{r:FACT-team}} betrokken
les - zorg dat er een plek is vóór ontslag uit de kliniek
=====
Aanleidnig: meneer heeft schulden bij {{o:Zilveren Kruis}} en {{o:Eneco}}, ws rond 6k. BSN [[b:477801420]] (voor aanmelding SHV, straks weghalen)
Aanpak: aanmelding schuldhulp, stabilisatie, leefgeld
=====
werkz. elementen: dat collega [[p:fatma]] turks sprak en de vader haar vertrouwde. tip: vraag in je team wie welke talen spreekt!!
=====
resultaat: mevr heeft weer een vaste hulp, iban voor de teruggave zorgtoeslag is gewijzigd naar [[i:NL10RABO5632866699]] (bewindvoerder). moet er nog uit.
=====
Aanleiding
Moeder (29) met 3 kids, vader in detentie. Moeder kreeg steeds brieven van de Belastingdienst over terugbetalen kinderopvangtoeslag. Kenmerk brief: [[z:7731.22.019.H.01]].
Aanpak: samen met {{o:Sociaal Raadslieden}} bezwaar gemaakt.
=====
les voor andere teams, kort: ga NOOIT alleen naar een huis waar een hond is die je niet kent. (heb ik geleerd bij dhr [[p:Bosman]], au)
=====
aanleiding: jongen (19) uit de opvang, heeft schulden van ca 3000 euro bij t-mobile, ziggo en een webwinkel. wil naar school. mailadres voor contact: [[e:kevin.r2005@gmail.com]]
=====
aanpak: overleg met school ({{o:Zuid-West College}}) en de {{r:leerplichtambtenaar}}, jongere kreeg een vaste mentor
werkte niet: na 16:00 nog afspraken plannen, dan is ie aan het werk bij de mac
=====
Wat werkte niet: de aanvraag bij de gemeente. aanvraagnr [[z:WMO-24-118034]] liep vast op een ontbrekende handtekening
=====
resultaat - mw [[p:el hamdaoui]] woont nu zelfstandig op de [[a:Jan van der Heijdenstraat 34B]], [[pc:2593CJ]]. ik moet dit nog anonimiseren sorry
=====
aanleiding: buurtbewoner meldt dat een man in de flat aan de Loevesteinlaan al weken niet buiten komt. buurman zegt hij heet "[[p:Sjonnie]]". meer weten we niet
=====
aanpak:
- 1e bezoek: niet open
- 2e bezoek: door de brievenbus gepraat
- 3e bezoek: binnen!
- daarna wekelijks, steeds [[p:Rob]] of ik
=====
les: niet alle zorgmijders zijn boos. sommigen zijn gewoon moe.
=====
aanleiding - ouders ([[p:Mohamed]] en [[p:Saida]]) komen bij het wijkteam met een brief van de rechtbank over uithuisplaatsing. raken in paniek. jeugdbescherming is al 2 jr betrokken
=====
Resultaat: na het gesprek met de corporatie is de huurschuld van € 1.876,44 in 12 termijnen van € 156,37 te betalen.
=====
werkte niet: contact via mail met de {{r:bewindvoerder}} ([[e:info@bewindvoeringzuidholland.nl]]), duurde steeds 2 weken voor antwoord
=====
Aanleiding. Een vrouw (61) met beginnende dementie, gebelt door haar buurvrouw want ze had de gaskraan open laten staan. Woont alleen in {{w:Morgenstond}}, dochter in het buitenland.
=====
Aanpak
mevr. [[p:Schouten-de Graaf]] (zo heet ze in het systeem) krijgt nu dagelijks bezoek van de {{r:thuiszorg}}. gaskraan vervangen door inductie via woningcorp
=====
aanleiding: jonge vader, 22, dreigde zijn baan te verliezen bij {{o:PostNL}} door te laat komen. bleek 's nachts voor zijn zieke moeder te zorgen
les: vraag werkgevers ook mee te denken
=====
tel nr van de vrijwilliger die dit samen met ons oppakte: [[t:0657 338 219]] ([[p:Gerrit]]). mag hij bellen als andere teams vragen hebben?
=====
les vr andere teams: inzetten op netwerk, dus niet alles zelf doen. dat klinkt logisch maar wij deden het jarenlang anders
=====
aanpak: met {{r:Wmo-consulent}} [[p:Ruben]] en mw aan de keukentafel. aanvraag huishoudelijke hulp + begeleiding dagstructuur
=====
resultaat: geen ontruiming!! huurachterstand betaald door fonds. mvr belde me op [[d:vrijdag 13-9]] huilend van blijdschap
=====
aanleiding: dhr [[p:yilmaz]] en mw [[p:yilmaz]], beiden 70+. dhr dementerend, mw overbelast. zoon in turkije
""")

# ---------------------------------------------------------------------------
# 10. Drafts around the pilot itself, and a mix of long and short lessons
# ---------------------------------------------------------------------------
add(r"""
Titel: Wat de pilot ons leerde over samenwerken tussen teams
Thema: teamoverstijgend werken

Aanleiding
Bij de kick-off op [[d:22 november]] kozen we voor het thema bemoeizorg. We merkten dat de teams in {{w:Escamp}} en {{w:Laak}} met dezelfde cliënten bezig waren als ze verhuisden.

Aanpak
Een gezamenlijke casustafel eens per maand, afwisselend in {{o:Wijkcentrum Escamp}} en {{o:Wijkcentrum Laak}}.

Werkzame elementen
Elkaar kennen. Na drie keer belden we elkaar gewoon op.

Wat werkte niet
Verschillende registratiesystemen.

Resultaat
11 cliënten met een warme overdracht bij verhuizing.

Les voor andere teams
Verhuizing is een risicomoment. Spreek af wie de cliënt meeneemt.
=====
Voor de expertmeeting in april:
Onze les over jeugd is bijna klaar. Alleen het stuk "resultaat" moet nog. [[p:Hanneke]] en ik werken het deze week uit.
=====
Titel: Kleine bedragen, groot verschil
Thema: armoede

Aanleiding
In de pilot hebben we gekeken hoe vaak een casus vastloopt op een klein bedrag (onder € 100): een OV-kaart die niet geladen kan worden, een ID-kaart van € 77,30, een rijksleges-bedrag.

Aanpak
Een kleine pot van € 500 per team per kwartaal voor dit soort uitgaven.

Resultaat
Bij 19 cliënten kon een traject direct verder.

Les voor andere teams
Een ID-kaart is vaak de sleutel naar al het andere.
=====
Samenvatting voor de slotbijeenkomst in juni

Wij hebben in de pilot 6 casuslessen geschreven over ouderen. De belangrijkste les: ouderen willen zelf de regie houden, ook als dat risico's geeft. Het team van {{w:Mariahoeve}} en het team van {{w:Bezuidenhout}} gaan samen verder met een werkgroep.
=====
Titel: De {{r:ouderenconsulent}} en de huisarts samen op pad
Thema: ouderen
Wijk: {{w:Loosduinen}}
Geschreven door [[p:Marian de Jong-Smit]] en [[p:Wim]] (SWT {{w:Loosduinen}})

Aanleiding
Veel kwetsbare ouderen waren bij de huisarts bekend maar niet bij ons, en andersom.

Aanpak
Eén keer per maand bezoeken de {{r:ouderenconsulent}} en de {{r:huisarts}} samen drie ouderen thuis.

Werkzame elementen
De huisarts ziet de thuissituatie, wij horen de medische kant.

Wat werkte niet
Huisartsen hebben weinig tijd; de bezoeken werden vaak verzet.

Resultaat
In een jaar 31 gezamenlijke bezoeken.

Les voor andere teams
Begin klein, met één huisarts die er zin in heeft.
=====
Vraag aan de facilitator: mag ik in de les de naam van ons wijkcentrum noemen ({{o:Wijkcentrum De Henneberg}})? Dat is toch geen persoonsgegeven?
=====
Titel: Bemoeizorg bij een moeder met een kind met ernstig overgewicht
Thema: jeugd, gezondheid
Wijk: {{w:Schilderswijk}}

Aanleiding
De {{r:jeugdarts}} van de {{o:GGD}} meldde een meisje van 9 met ernstig overgewicht. Moeder kwam niet op de afspraken. Vader was overleden, er waren nog twee broertjes.

Aanpak
Huisbezoek met de {{r:jeugdverpleegkundige}}. Moeder bleek zelf depressief en verslaafd aan pijnstillers na een rugoperatie.

Werkzame elementen
Niet het overgewicht van het kind als ingang, maar moeders pijn.

Wat werkte niet
De eerste brief over "zorgen om het gewicht van uw dochter". Moeder voelde zich beschuldigd.

Resultaat
Moeder in behandeling, kind doet mee met {{o:JOGG}}-sport in de wijk.

Les voor andere teams
Bij zorgen om een kind: kijk naar de ouder.
=====
Titel: Een buurtvader als vertrouwenspersoon
Wijk: {{w:Transvaal}}

Aanleiding
Meerdere jongens (13-15) die 's avonds rondhingen bij het Mozaïekplein. Politie kende ze allemaal.

Aanpak
Een van de buurtvaders, [[p:Abdelkader]], kende de ouders en bracht ons in contact.

Les voor andere teams
Buurtvaders zijn je ogen en oren. Investeer in ze.
=====
Titel: Verward bellen naar 112
Thema: GGZ, bemoeizorg

Aanleiding
Een vrouw (54) belde in een jaar meer dan 300 keer 112. De meldkamer vroeg ons om hulp.

Aanpak
Samenwerking met {{o:Parnassia}}, de meldkamer en de {{r:huisarts}}. Vast belmoment met een {{r:ambulant begeleider}} om 20.00 uur, het tijdstip waarop ze meestal 112 belde.

Werkzame elementen
Het belmoment precies op het moment van de onrust.

Resultaat
Van 300 naar 20 meldingen per jaar.

Les voor andere teams
Kijk naar het patroon van de meldingen.
=====
Titel: Vluchtelingengezin en het ziekenhuis
Thema: statushouders, gezondheid
Wijk: {{w:Ypenburg}}

Aanleiding
Een Afghaans gezin met een zoon met een hartafwijking had in een half jaar 23 ziekenhuisafspraken in het {{o:Juliana Kinderziekenhuis}}. Vader [[p:Ahmad Shah Noori]] werkte en kon niet steeds mee, moeder sprak geen Nederlands.

Aanpak
Vervoer geregeld via de Wmo, tolkafspraken gebundeld. Een {{r:medisch maatschappelijk werker}} van het ziekenhuis als vaste contactpersoon.

Werkzame elementen
Eén contactpersoon in het ziekenhuis.

Resultaat
Moeder gaat nu alleen naar de afspraken, met tolk.

Les voor andere teams
Vraag in het ziekenhuis altijd naar de medisch maatschappelijk werker.
=====
Titel: Dochter als bewindvoerder
Thema: ouderen, financiën

Aanleiding
Een dochter was door de rechter benoemd als {{r:bewindvoerder}} van haar vader (88), maar raakte zelf in de schulden en gebruikte zijn geld.

Aanpak
Melding bij de kantonrechter, tijdelijk een professionele bewindvoerder.

Wat werkte niet
Het gesprek met de dochter, die zich aangevallen voelde.

Resultaat
Vader heeft een nieuwe {{r:bewindvoerder}}, het geld is deels terug.

Les voor andere teams
Familiebewind is niet altijd veilig. Blijf kijken.
=====
Aanleiding
In de flat waar meneer woont (de "witte flat" in {{w:Moerwijk}}, iedereen kent hem) is een schimmelprobleem. Meneer ([[p:Frits]], 71, oud-marinier) heeft COPD en het gaat snel slechter.

Aanpak
Wij schakelden de {{r:huisarts}} in voor een medische verklaring en dienden met {{o:Stichting !WOON}} een klacht in bij de corporatie.

Resultaat
Meneer is met urgentie verhuisd naar een nieuwe woning, de flat wordt gerenoveerd.

Les voor andere teams
Gezondheid en wonen horen bij elkaar. Laat je niet afschepen met "ventileren".
=====
Titel: Vroeg eropaf bij huurachterstanden
Thema: schulden, preventie

Aanleiding
Corporaties geven huurachterstanden door aan de gemeente (vroegsignalering). Wij krijgen die signalen sinds 2021.

Aanpak
Binnen 5 werkdagen huisbezoek. Geen brief, direct aanbellen met een flyer en een kaartje.

Resultaat
Van de 212 signalen in 2023 hadden we met 148 huishoudens contact.

Les voor andere teams
Aanbellen werkt beter dan schrijven.
=====
Titel: Samen met de {{r:wijkagent}} op huisbezoek
Thema: veiligheid

Aanleiding
Een man met psychische problemen dreigde met geweld tegen zijn buren.

Aanpak
Huisbezoek met de {{r:wijkagent}} in burger. Niet dreigen, wel duidelijk zijn.

Les voor andere teams
Een wijkagent in burger is soms de beste collega.
=====
Titel: Een jonge vrouw die niets meer opende
Thema: schulden, GGZ
Wijk: {{w:Bezuidenhout}}

Aanleiding
[[p:Esmée]] (26) had een burn-out en opende al een jaar geen post meer. Er lagen 140 ongeopende enveloppen. Haar moeder belde ons toen er een deurwaarder aan de deur kwam op de [[a:Theresiastraat 260]].

Aanpak
Samen enveloppen openen, 20 per keer, met thee. Stapels maken: urgent, kan wachten, weggooien.

Werkzame elementen
Tempo van de cliënt. Niets oordelen.

Wat werkte niet
Haar moeder die alles wilde overnemen.

Resultaat
Alles in beeld, aanmelding schuldhulp, weer aan het werk bij een kinderdagverblijf.

Les voor andere teams
Een stapel post is vaak de muur waarachter iemand zich verstopt.
=====
Titel: Toestemming vragen voor het delen van gegevens
Thema: werkwijze, privacy

Aanleiding
In het team merkten we dat collega's verschillend omgingen met de toestemmingsverklaring. Soms werd er gedeeld zonder toestemming, soms juist te weinig.

Aanpak
Een korte werkinstructie en een casusbespreking per kwartaal over privacy, met de {{r:privacy officer}} van de gemeente.

Les voor andere teams
Toestemming is geen formulier, het is een gesprek.
""")

# ---------------------------------------------------------------------------
# 11. Schools, practices and organisations with person names in them;
#     ordinary words that are also surnames; remaining slips
# ---------------------------------------------------------------------------
add(r"""
Titel: School als vindplaats voor armoede
Thema: jeugd, armoede
Wijk: {{w:Mariahoeve}}

Aanleiding
De {{r:zorgcoördinator}} van de {{o:Johan de Witt Scholengroep}} merkte dat steeds meer leerlingen zonder ontbijt op school kwamen.

Aanpak
Een ontbijtclub op school en een spreekuur van het wijkteam op de locatie, elke donderdag van 8.15 tot 9.00 uur.

Werkzame elementen
Laagdrempelig, op de plek waar de kinderen al zijn.

Resultaat
15 gezinnen kwamen via de school bij ons in beeld.

Les voor andere teams
Scholen zien armoede eerder dan wij. Maak afspraken met de zorgcoördinatoren.
=====
Titel: Wit, grijs of zwart werk?
Thema: werk en inkomen

Aanleiding
Veel cliënten werkten "een beetje bij" zonder te weten wat dat betekende voor hun uitkering.

Aanpak
Een informatieavond met een {{r:klantmanager}} van {{o:SZW}}: wat mag wel, wat mag niet.

Resultaat
Meer mensen gaven hun inkomsten op tijd door.

Les voor andere teams
Mensen zijn vaak niet frauduleus, maar onwetend.
=====
Aanleiding
Via de {{r:schoolmaatschappelijk werker}} van het {{o:Edith Stein College}} kwam een meisje van 15 in beeld dat thuis geslagen werd. Haar broertje zit op {{o:basisschool De Wilgenhoek}}.
=====
Werkzame elementen
De praktijkondersteuner van {{o:Huisartsenpraktijk Kraayenstein}} belde ons direct na het spreekuur. Dokter [[p:Winter]] gaf later toestemming om samen te werken.
=====
Titel: De koning van de straat
Thema: jongeren, veiligheid
Wijk: {{w:Laak}}

Aanleiding
Een jongen van 17 die zichzelf "de koning van de straat" noemde, verkocht drugs op een pleintje. Hij had zelf een moeder met schulden en een zusje met een beperking.

Aanpak
De {{r:jongerenwerker}} en de {{r:wijkagent}} werkten samen aan een perspectiefplan. Hij kreeg een stageplek bij een garage.

Les voor andere teams
Achter stoerheid zit vaak zorg voor thuis.
=====
Titel: Een groene vinger in de {{w:Heesterbuurt}}
Wijk: {{w:Heesterbuurt}}

Aanleiding
Een depressieve man (48) zat de hele dag binnen. Hij vertelde dat hij vroeger hovenier was.

Aanpak
We vroegen hem om mee te helpen in de buurttuin. Eerst één uur, daarna twee ochtenden per week.

Les voor andere teams
Vraag naar wat mensen vroeger deden. Daar ligt vaak hun kracht.
=====
Titel: Het {{o:Sophia Revalidatie}}-traject na een herseninfarct
Thema: gezondheid, werk

Aanleiding
Een man van 52 had na een herseninfarct moeite met concentratie. Zijn werkgever ({{o:Gemeente Den Haag}}) wilde hem ontslaan.

Aanpak
Samenwerking met de revalidatie en de {{r:bedrijfsarts}}. Aangepast werk voor 20 uur.

Les voor andere teams
Niet-aangeboren hersenletsel zie je niet. Vraag ernaar.
=====
Aanleiding
De {{r:intern begeleider}} van {{o:Prins Willem-Alexanderschool}} belde over een jongen van 8 die vaak vies en hongerig op school kwam. Moeder [[p:Tamara]] werkte nachtdiensten in de zorg.
=====
Titel: Huiselijk geweld en een huisdier
Thema: huiselijk geweld

Aanleiding
Een vrouw wilde niet naar de opvang omdat ze haar hond niet kon meenemen.

Aanpak
Via {{o:Stichting Dierenopvang Den Haag}} tijdelijke opvang voor de hond.

Les voor andere teams
Huisdieren zijn een reden om te blijven. Regel opvang voor dieren.
=====
Titel: Een jongere met een LVB en de loverboy
Thema: jeugd, LVB, veiligheid
Wijk: {{w:Centrum}}

Aanleiding
De {{r:MEE-consulent}} maakte zich zorgen over een meisje van 18 met een LVB dat ineens dure kleding had en 's nachts wegbleef. Haar moeder vertelde ons over een "vriend" van 26, [[p:Dylan]].

Aanpak
Melding via het {{o:Zorg- en Veiligheidshuis}}; zedenpolitie ingeschakeld.

Les voor andere teams
Vertrouw op je gevoel bij plotselinge veranderingen.
=====
Aanpak
Voor de aanvraag bijzondere bijstand hebben we de rekening van mevrouw doorgegeven: [[i:NL39 ABNA 9357 0585 98]] (klopt niet helemaal geloof ik, controleren).
=====
Aanleiding
Client: [[p:Thomas de Boer]], [[a:Noordwal 12a]], [[pc:2513 EB]] Den Haag, BSN [[b:6308.23.261]]. (Dit is het kopje uit het dossier, vergeten weg te halen)
=====
Titel: Oud-militair met PTSS
Thema: GGZ, veteranen
Wijk: {{w:Kijkduin}}

Aanleiding
Een veteraan (62) leefde teruggetrokken, dronk veel en had conflicten met zijn buren. Zijn ex-vrouw belde ons.

Aanpak
Via het {{o:Veteranenloket}} een {{r:maatschappelijk werker}} voor veteranen. Bij ons team een vaste contactpersoon.

Les voor andere teams
Vraag naar militaire uitzendingen in het verleden. Er zijn meer veteranen dan je denkt.
=====
Aanleiding
De familie woont in de Bloemenbuurt, in een straat met allemaal dezelfde huizen. Moeder werkt bij de Action, vader zit thuis met een hernia.
=====
Les voor andere teams
Bij de familie X (naam weggelaten) werkte het wel, bij de volgende familie niet. Maatwerk blijft maatwerk.
=====
Resultaat
Mw. [[p:Groen]] gaat weer naar de soos op woensdag.
=====
Titel: Tien jaar wachten op een rolstoelwoning
Thema: wonen, beperking
Wijk: {{w:Leidschenveen}}

Aanleiding
Meneer (45) zit sinds een ongeluk in 2014 in een rolstoel en woont nog steeds in een bovenwoning. Zijn vrouw draagt hem de trap op.

Aanpak
Urgentie-aanvraag opnieuw ingediend, met foto's en een verklaring van de {{r:ergotherapeut}}. Contact met {{o:Haag Wonen}} over aangepaste woningen.

Resultaat
Na 8 maanden een woning op de begane grond.

Les voor andere teams
Laat de situatie zien. Foto's zeggen meer dan formulieren.
=====
Titel: Over de brug: van jeugdhulp naar volwassenenzorg
Thema: jeugd, jongvolwassenen
Wijk: {{w:Escamp}}

Aanleiding
[[p:Shaquille]] werd op [[d:14 februari 2024]] achttien en viel daarmee uit de jeugdhulp. Hij had een LVB en ADHD, woonde in een gezinshuis van {{o:Pluryn}} en moest binnen een maand weg.

Aanpak
Drie maanden vóór zijn verjaardag een overdrachtsgesprek met zijn {{r:gezinshuisouder}}, de {{r:jeugdbeschermer}} en ons. Een aanvraag Wlz en een tijdelijke kamer.

Werkzame elementen
Vooruit plannen. En: de gezinshuisouders bleven betrokken als "netwerk".

Wat werkte niet
Het loket voor volwassenen wist niets van zijn jeugdgeschiedenis; alles moest opnieuw.

Resultaat
Hij woont in een begeleid-wonenproject en werkt bij {{o:Middin}}.

Les voor andere teams
Zorg voor een overdrachtsdocument dat met de jongere meegaat.
=====
Opmerking bij de les: de geboortedatum van de dochter staat er nog in (bij "aanleiding": [[d:3-3-'09]]). Graag verwijderen.
=====
Werkzame elementen
1. samen eten
2. samen bellen
3. samen naar de bank
(kortom: samen)
""")

# ---------------------------------------------------------------------------
# 12. Drafts where numbers, dates and contact details were pasted in
# ---------------------------------------------------------------------------
add(r"""
Titel: Snelle hulp na een brand
Thema: wonen, crisis
Wijk: {{w:Valkenboskwartier}}

Aanleiding
Op [[d:zondag 11 februari]] brandde de woning van een alleenstaande moeder met twee kinderen uit. Ze had geen inboedelverzekering. Ze sliep met de kinderen bij een vriendin in Rijswijk.

Aanpak
De volgende ochtend belde de {{r:brandweercoördinator}} ons. Binnen twee dagen: tijdelijke woning via {{o:Staedion}}, kleding via de {{o:Kledingbank Haaglanden}}, aanvraag bijzondere bijstand (zaaknummer [[z:BB-2024-03318]]). Contact met moeder ging via haar mobiel [[t:06 18 09 72 44]].

Werkzame elementen
Eén persoon die alles coördineerde. Moeder hoefde haar verhaal maar één keer te vertellen.

Wat werkte niet
De verzekeraar van de buren, die weigerde mee te betalen.

Resultaat
Na drie maanden terug in de gerenoveerde woning, met een nieuwe inboedel.

Les voor andere teams
Maak in je team een draaiboek voor calamiteiten, met wie je belt en in welke volgorde.
=====
Aanpak
Ik heb de cliënt aangemeld bij {{o:Schuldhulpmaatje Den Haag}} via het mailadres van de coördinator ([[e:a.verhoeven@schuldhulpmaatje-denhaag.nl]]). De intake was op [[d:di 5 maart]], om 11.00 uur.
=====
Titel: Inkomen op orde na overlijden partner
Thema: ouderen, financiën
Wijk: {{w:Bezuidenhout}}

Aanleiding
Na het overlijden van haar man wist mevrouw (77) niet hoe de bankzaken werkten; hij deed alles. Het ANW- en AOW-bedrag veranderde en de huur werd twee keer gestorneerd.

Aanpak
Samen met haar kleinzoon alle vaste lasten op een rij. Nieuwe machtiging voor de huur op haar eigen rekening [[i:NL44SNSB4691933986]]. Aanvraag huurtoeslag.

Les voor andere teams
Denk bij rouw ook aan de administratie van de overledene.
=====
Contactgegevens die ik in het dossier zag, NIET meenemen in de les:
moeder: [[t:06-4417 2938]]
vader: [[t:+31 6 2071 8845]]
oma: [[a:Goudsbloemlaan 155]], [[pc:2565 CP]]
=====
Titel: Structuur in de week voor een man met NAH
Thema: gezondheid, dagbesteding

Aanleiding
Meneer (58) had na een auto-ongeluk niet-aangeboren hersenletsel. Zijn vrouw [[p:Wilma]] belde ons omdat hij de hele dag op de bank lag en boos werd als ze iets vroeg.

Aanpak
Een weekschema op de koelkast, dagbesteding twee dagen bij {{o:Middin}}, een cursus voor partners van mensen met NAH bij {{o:Hersenletsel.nl}}.

Resultaat
Rustiger thuis, meneer heeft weer iets om naar uit te kijken.

Les voor andere teams
NAH verandert een heel gezin. Steun ook de partner.
=====
Resultaat
Ontruimingsdatum ([[d:15-10-2024]]) is van tafel. Vonnis met kenmerk [[z:C/09/661204 / KG ZA 24-118]] wordt niet uitgevoerd zolang de regeling loopt.
=====
Titel: Een Marokkaanse oma alleen in een te groot huis
Thema: ouderen, eenzaamheid
Wijk: {{w:Schilderswijk}}

Aanleiding
Mevrouw (80) woont alleen in een vijfkamerwoning. Haar kinderen wonen verspreid over Nederland. Ze spreekt alleen Tarifit. Haar kleindochter [[p:Soukaina]] ([[e:soukaina.b@outlook.com]]) vroeg ons om hulp bij een kleinere woning.

Aanpak
Samen met de corporatie een "verhuisregeling senioren". Bezoek aan een seniorencomplex met een Berberssprekende vrijwilliger.

Les voor andere teams
Een verhuizing op hoge leeftijd vraagt tijd en een vertrouwd gezicht.
=====
Aanleiding
Meldingsformulier Veilig Thuis (overgenomen):
Naam: [[p:S. Oduya]]
Geboortedatum: [[d:07/12/1990]]
Adres: [[a:Wingerdstraat 26]], [[pc:2564 SM]] 's-Gravenhage
Kinderen: 2 (5 en 8 jaar)
=====
Titel: Stroom eraf, wat nu?
Thema: armoede

Aanleiding
Een gezin in {{w:Moerwijk}} zat sinds [[d:28 december]] zonder stroom. Vader had al maanden niet betaald uit schaamte.

Aanpak
Noodfonds, nieuw contract met een leverancier, betalingsregeling. Contact met de leverancier liep via klantnummer [[z:401 882 736]].

Les voor andere teams
Neem de telefoon op met de leverancier naast de cliënt, niet in plaats van de cliënt.
=====
Aanpak
1. intake bij ons op [[d:3 oktober]]
2. huisbezoek met de {{r:woonconsultant}} op [[d:10 oktober]]
3. MDO op [[d:24 oktober]]
4. evaluatie eind november
=====
Titel: Netwerk in kaart met een ecogram
Thema: werkwijze

Aanleiding
Bij een geïsoleerde vrouw (64) dachten we dat er geen netwerk was. Met een ecogram bleken er 11 mensen te zijn die ze af en toe zag: een neef, de kapster, de buurman met de hond, iemand van de kerk.

Aanpak
Drie van hen gevraagd of ze iets meer wilden doen. Twee zeiden ja.

Les voor andere teams
"Ik heb niemand" klopt bijna nooit. Teken het uit.
=====
P.S. voor de redactie: het nummer van de {{r:wijkverpleegkundige}} ([[t:070 - 311 48 26]], direct) mag gedeeld worden voor vragen, als zij dat goed vindt. Het algemene nummer van {{o:Buurtzorg}} staat op hun site.
=====
Titel: Schulden van een zoon op naam van zijn moeder
Thema: schulden, ouderen
Wijk: {{w:Laakkwartier}}

Aanleiding
Een moeder (69) ontdekte dat haar zoon telefoonabonnementen en leningen op haar naam had afgesloten. Ze kreeg brieven van incassobureaus met dossiernummers als [[z:INC-558812]] en [[z:INC-558813]].

Aanpak
Aangifte van identiteitsfraude, betwisting bij de incassobureaus, een gesprek met moeder over wat ze de zoon wel en niet wilde vertellen.

Les voor andere teams
Financieel misbruik door familie is pijnlijk. Laat de cliënt bepalen hoe ver ze wil gaan.
=====
Titel: Maatje voor een jonge statushouder
Wijk: {{w:Ypenburg}}

Aanleiding
[[p:Merhawi]] (19) kwam alleen uit Eritrea en woonde sinds [[d:1 september 2023]] zelfstandig. Hij had geen idee hoe hij zijn huur moest betalen.

Aanpak
Een maatje van {{o:VluchtelingenWerk}}, wekelijkse afspraak op zaterdag.

Les voor andere teams
Zelfstandig wonen op je 18e is al moeilijk. Zonder netwerk nog meer.
=====
Titel: De eerste 100 dagen van een nieuwe collega
Thema: team

We kregen in 2023 vier nieuwe collega's. Vaak viel het inwerken weg door de drukte. Nu krijgt iedere nieuwe collega een buddy en loopt ze de eerste 100 dagen mee met huisbezoeken bij minstens 5 verschillende partners. Tip: plan het inwerkprogramma in weken 1 tot en met 14, niet "als er tijd is".
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
    d = re.sub(r"[^0-9]", "", s)
    if len(d) != 9:
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
    for i, marked in enumerate(TEXTS, start=1):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            if sp["text"] in TYPO_NUMBERS:
                continue
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h126-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout126.jsonl")
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
    clean = sum(1 for r in rows if not r["pii"])
    print(path)
    print("texts", len(rows), "clean", clean, "avg words %.1f" % (words / len(rows)))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
