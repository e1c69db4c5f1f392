#!/usr/bin/env python3
"""Held-out corpus 104: a national knowledge-sharing platform for neighbourhood
teams outside The Hague (Rotterdam, Utrecht, Groningen, Eindhoven, Zwolle, Almere,
Leeuwarden, Maastricht, Zeeland villages, Twente, ...): structured case lessons
(Aanleiding / Aanpak / Wat werkte / Wat werkte niet / Les voor andere teams),
questions to colleagues in other cities, replies quoting earlier posts, and
summaries of meetings with partners. Regional address forms, Frisian and Limburg
names, people half-anonymised by their writers next to names left in by mistake.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk / place, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout104.jsonl next to itself.

Annotation choices in this set:
  - an abbreviated surname left by a writer who half-anonymised ("mevr. K.",
    "meneer de J.", "familie B.") is still a name part and is marked as person;
    descriptions such as "cliënt (m, 54)" or "mevrouw X" are not;
  - a street with a house number is an address in every form ("Dorpsstraat 7a
    rood", "Kerkstraat 3 bis", "Oude Rijn t.o. nr 14", "Buorren 12");
  - an organisation's general line or switchboard (14 0xx, 088-...) and the
    postcode of a PO box stay unmarked; every e-mail address is marked;
  - posting and meeting dates with a day in them are dates.
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

# Numbers typed wrongly on purpose (still personal data, fail their checksum).
MISTYPED = {"58423104", "NL48RABO2531805081"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Structured case lessons (Aanleiding / Aanpak / Wat werkte / Wat werkte niet / Les)
# ---------------------------------------------------------------------------
add(r"""
Casusles: huurachterstand en een zoon die 'alles regelde'
Team: Buurtteam {{w:Carnisse}} ({{w:Rotterdam}})
Thema: ouderen / financiën

Aanleiding
Mevr. [[p:K.]] (78) woont al veertig jaar op de [[a:Pleinweg 212-B]]. Via {{o:Woonstad Rotterdam}} kwam een signaal binnen: vier maanden huurachterstand, terwijl mevrouw AOW en een klein pensioen heeft. Haar zoon deed sinds 2021 de bankzaken.

Aanpak
- huisbezoek samen met de {{r:wijkverpleegkundige}} van {{o:Laurens}}
- rekeningafschriften doorgenomen met mevrouw (met toestemming)
- bleek dat er elke maand € 600 naar een rekening van de zoon ging
- melding bij {{o:Veilig Thuis Rotterdam Rijnmond}} (financieel misbruik ouderen)

Wat werkte
Rustig de tijd nemen. Pas bij het derde bezoek vertelde mevrouw dat [[p:Ronald]] "het geld leende".

Wat werkte niet
De bank wilde niets zeggen zonder machtiging, ook niet bij een vermoeden van misbruik.

Les voor andere teams
Vraag bij een onverklaarbare huurachterstand bij ouderen altijd wie er bij de bankapp kan.
=====
**Aanleiding:** cliënt (m, 54) meldde zich zelf bij het {{o:Sociaal Wijkteam}} in {{w:Holtenbroek}} na een uithuiszetting die al gepland stond op [[d:14 november]]. Hij sliep al twee weken in zijn auto op het parkeerterrein achter de Ijsselcentrale.
**Aanpak:** binnen één dag contact met {{o:deltaWonen}}, de {{r:deurwaarder}} en de {{o:Kredietbank Zwolle}}. Ontruiming opgeschort tegen een betalingsregeling van € 75 per maand.
**Wat werkte:** de korte lijn met de {{r:woonconsulent}} ([[p:Esther ten Hove]]), die we kennen van het wijkoverleg.
**Wat werkte niet:** het {{o:UWV}} had de WW-beslissing nog niet genomen, dus geen inkomen om afspraken op te baseren.
**Les:** zorg dat je per corporatie één vast aanspreekpunt hebt. Dat scheelt dagen.
=====
CASUSLES – Overvecht, bemoeizorg

Aanleiding
Buren van een flat aan de [[a:Zambesidreef 418]] meldden stankoverlast en een man die 's nachts schreeuwt. Bewoner: meneer [[p:de J.]], 61, alleenstaand, geen huisarts meer sinds zijn dokter met pensioen ging.

Aanpak
1. {{r:buurtteammedewerker}} en {{r:sociaal psychiatrisch verpleegkundige}} van {{o:Altrecht}} samen aan de deur (drie keer, niet opengedaan)
2. briefje met een foto van ons tweeën erop
3. vierde keer wel binnen; afspraak om samen de koelkast leeg te maken
4. {{o:Mitros}} gaf uitstel van de handhaving tot na de zomer

Wat werkte
Het briefje met de foto. Hij zei later: "ik wist dan wie er voor de deur stond".

Wat werkte niet
Bellen. Hij neemt nooit op, en zijn voicemail staat vol.

Les voor andere teams
Maak het persoonlijk en voorspelbaar: zelfde mensen, zelfde dag, zelfde tijd.
=====
Aanleiding: Meldingsformulier van school over [[p:Sietske]] (14) en haar broertje, die vaak zonder ontbijt komen. Moeder ([[p:Wytske Hoekstra]]) werkt nachtdiensten bij {{o:Tjongerschans}} in {{w:Heerenveen}}.
Aanpak: gesprek bij het gezin thuis op de [[a:Haadwei 23]] in {{w:Aldeboarn}}, samen met de {{r:jeugdconsulent}}. Moeder bleek vooral moe en trots.
Wat werkte: een buurvrouw ([[p:Baukje]]) die zelf voorstelde om de kinderen 's ochtends op te vangen.
Wat werkte niet: formele opvang, want die begint pas om 7.30 en de bus naar school gaat om 7.12.
Les voor andere teams: in dorpen is het netwerk vaak groter dan je denkt, vraag er expliciet naar.
=====
Casusles #17 — Stadsdeel Zuid, Maastricht

Aanleiding | Echtpaar (beiden eind 70) in {{w:Pottenberg}}, meneer heeft beginnende dementie, mevrouw is mantelzorger en valt steeds vaker.
Aanpak | Keukentafelgesprek met {{r:casemanager dementie}} van {{o:Envida}}, {{r:Wmo-consulent}} en dochter.
Wat werkte | Dagbesteding twee dagen bij {{o:Cicero Zorggroep}}; mevrouw kreeg lucht.
Wat werkte niet | Logeeropvang: meneer wilde na één nacht naar huis en belde om 3 uur 's nachts zijn dochter.
Les voor andere teams | Bouw respijtzorg langzaam op, begin overdag.

(namen weggelaten, zie dossier [[z:SWT-MT-2023-0912]])
=====
Aanleiding
Een gezin uit Eritrea (moeder en vier kinderen) kreeg een woning in {{w:Kanaleneiland}} toegewezen. Na drie maanden stapelden de boetes zich op: {{o:CJIB}}, zorgverzekeraar, energie. Moeder, mevrouw [[p:Tesfamariam]], kon de brieven niet lezen.

Aanpak
Wij koppelden haar aan een taalmaatje van {{o:Vluchtelingenwerk Midden-Nederland}} en de {{o:Stadsbank Midden-Nederland}} voor budgetbeheer. De {{r:buurtteammedewerker}} ging vier keer mee naar het {{o:Informatiepunt}}.

Wat werkte
Alle post in één bak bij de voordeur en elke dinsdag samen openmaken met [[p:Filmon]], haar oudste zoon van 17.

Wat werkte niet
De app van de bank. Twee-factor-authenticatie met een telefoon die ze deelt met de kinderen.

Les voor andere teams
Check in de eerste week na sleuteloverdracht altijd de automatische incasso's.
=====
### Casusles: de man in de caravan

**Aanleiding**
Via de {{r:dorpsondersteuner}} van {{w:Kruiningen}} hoorden we van een man (62) die al jaren in een caravan woont achter een boerderij aan de [[a:Oostdijk 14 achter]]. Geen inkomen, geen zorgverzekering, geen post.

**Aanpak**
- eerst alleen koffie drinken, drie keer
- via de gemeente {{o:Reimerswaal}} een briefadres geregeld
- inschrijving zorgverzekering en een bijstandsaanvraag
- contact met zijn zus in {{w:Goes}}, [[p:Jannie Louwerse]], die hem twaalf jaar niet had gesproken

**Wat werkte**
Geduld en de {{r:dorpsondersteuner}}, die hij vertrouwde omdat ze zijn vader nog had gekend.

**Wat werkte niet**
Afspraken op het gemeentehuis. Hij komt niet naar Hansweert, laat staan naar Goes.

**Les voor andere teams**
In een dorp is de {{r:dorpsondersteuner}} je ingang. Niet de {{r:consulent}} van de gemeente.
=====
Aanleiding: huiselijk geweld, melding politie, [[d:zaterdag 2 maart]]. Mevrouw [[p:Ö.]] (39) en drie kinderen, {{w:Woensel-West}}.
Aanpak: tijdelijk huisverbod, {{o:Veilig Thuis Zuidoost-Brabant}}, {{o:WIJeindhoven}} ({{r:generalist}}) als vaste contactpersoon, daderhulp via {{o:Novadic-Kentron}}.
Wat werkte: vóór de tiende dag al een gezamenlijk plan met moeder, vader en beide hulpverleners aan tafel.
Wat werkte niet: de school werd pas na drie weken ingelicht; de jongste ([[p:Elif]]) vertelde het zelf aan de juf.
Les: zet de school in het eerste overleg, met toestemming van ouders.
=====
Casusles (ingekort voor het platform)

Aanleiding
Student (22) in {{w:Paddepoel}}, kamer aan de [[a:Pleiadenlaan 38-12]], sinds februari niet meer op de opleiding, stapel post, huurachterstand bij {{o:Nijestee}}. Signaal kwam van de huisgenoten.

Aanpak
{{o:WIJ Groningen}} nam contact op via een huisgenoot. Gesprek in een koffietent in de stad, niet thuis. Samen met de {{r:studentendecaan}} een plan gemaakt: DUO-regeling, huur, GGZ-verwijzing via de {{r:huisarts}}.

Wat werkte
Afspreken buiten de kamer. Thuis schaamde hij zich.

Wat werkte niet
Verwijzing naar {{o:Lentis}}: wachttijd 14 weken.

Les voor andere teams
Gebruik huisgenoten als signaal, maar vraag wel eerst toestemming aan de student zelf voor elk gesprek met hen.
=====
Casusles Twente – Velve-Lindenhof
Ingebracht door: [[p:Gerrit Nijhuis]] ({{r:wijkcoach}})

Aanleiding. Familie [[p:B.]] uit {{w:Velve-Lindenhof}} in {{w:Enschede}}: vader (47) is na een hartinfarct afgekeurd, moeder werkt in een distributiecentrum, twee pubers. Sinds de ziekte van vader ruzie, schulden en een zoon die spijbelt.

Aanpak. Eén gezin, één plan: met {{o:Wijkracht}}, het {{o:Jongerenwerk Enschede}} en {{o:Schuldhulpverlening Enschede}} één gesprek, één actielijst.

Wat werkte. Vader kreeg een taak: hij haalt de zoon elke ochtend uit bed. Gaf hem weer een rol.

Wat werkte niet. De wachtlijst bij {{o:Mediant}} voor vader. Vijf maanden.

Les. Kijk naar de rol die iemand verloor, niet alleen naar wat er mis gaat.
=====
Aanleiding
In een portiekflat in {{w:Tarwewijk}} woonden acht arbeidsmigranten op één adres ([[a:Wolphaertsbocht 310-C]]). Eén van hen, [[p:Paweł]], kwam met een gebroken hand bij de {{o:Huisartsenpost}}; werkgever wilde niet betalen.

Aanpak
Koppeling met {{o:Fairwork}} en de {{o:Arbeidsinspectie}}, {{r:buurtteammedewerker}} ging mee naar het uitzendbureau in {{w:Barendrecht}}.

Wat werkte
Een tolk Pools die we kenden uit de bibliotheek aan de Pleinweg.

Wat werkte niet
De melding bij de gemeente over overbewoning: na de controle werden alle acht mannen door de huisbaas op straat gezet.

Les voor andere teams
Denk na over het gevolg van handhaving voordat je meldt. Eerst opvang regelen.
=====
aanleiding: mw [[p:pluijmen]] (83) uit {{w:Heer}}, gevallen, niet meer naar buiten
aanpak: rollator via {{o:Wmo}}, boodschappendienst, {{o:Trajekt}} buurtvrijwilliger
wat werkte: de vrijwilliger sprak plat Mestreechs, binnen een week vertrouwen
wat werkte niet: alarmering, ze drukte nooit op de knop ("ik wil niemand lastigvallen")
les: zoek iemand die dezelfde taal spreekt, ook als het "gewoon" dialect is
=====
Casusles: een moeder, drie kinderen en een slaapkamer te weinig

Aanleiding
Mevrouw [[p:Ramdin]] uit {{w:Hillesluis}} woont met drie kinderen (7, 11 en 15) in een tweekamerwoning aan de [[a:Groene Hilledijk 288 A02]]. De oudste slaapt op de bank. Aanvraag medische urgentie afgewezen.

Aanpak
- gesprek met {{o:Havensteder}} over woningruil
- aanvraag urgentie op sociale gronden, onderbouwd door de {{r:schoolmaatschappelijk werker}}
- tijdelijk: een hoogslaper via {{o:Stichting Leergeld}}

Wat werkte
De onderbouwing van school. Die woog zwaarder dan onze eigen brief.

Wat werkte niet
Woningruil: geen enkele reactie in zes maanden.

Les voor andere teams
Laat de school meeschrijven aan een urgentieaanvraag, ook als het kind niet het probleem is.
=====
Casusles 2024-07
Wijk: {{w:Stedenwijk}}, {{w:Almere Stad}}
Ingebracht door: [[p:Priscilla Bakboord]]

Aanleiding: verwaarloosde tuin, klachten van buren, bewoner (m, 70) reageert niet op brieven van {{o:Goede Stede}}.
Aanpak: samen met de {{r:wijkagent}} aangebeld, meneer bleek slechtziend en las zijn post niet. Aanmelding bij {{o:Visio}}.
Wat werkte: een voorleesvrijwilliger van {{o:De Schoor}} die elke week de post doorneemt.
Wat werkte niet: een brief sturen over de tuin. Tja.
Les voor andere teams: als iemand niet reageert op brieven, check eerst of hij ze kán lezen.
=====
Aanleiding
{{r:Huisarts}} uit {{w:Lewenborg}} belde: patiënt [[p:Harm Wiersma]] (58) komt niet meer op controles voor zijn diabetes en is 12 kilo afgevallen. Wonend [[a:Kardingerweg 119 a]], [[pc:9736 AE]] Groningen.

Aanpak
Huisbezoek door {{r:wijkverpleegkundige}} en {{r:WIJ-medewerker}}. Meneer bleek zijn baan kwijt, gescheiden en drinkt. Verwijzing naar {{o:VNN}}.

Wat werkte
Beginnen over de diabetes (concreet), niet over de drank.

Wat werkte niet
De eerste afspraak bij {{o:VNN}} lag in {{w:Groningen}}-Zuid, twee bussen. Niet gegaan.

Les voor andere teams
Regel vervoer mee bij de eerste afspraak, anders komt iemand gewoon niet.
=====
casusles (concept, nog niet anoniem!!)
aanleiding: [[p:Fatima el Ouardi]] geb. [[d:04-09-1986]], BSN [[b:604922723]], [[a:Boschstraat 77 B]] Maastricht – schulden en een ex die haar bedreigt
aanpak: (nog invullen)
wat werkte:
wat werkte niet:
les:
=====
Aanleiding — Een broer en zus (beiden met een licht verstandelijke beperking) wonen samen in het ouderlijk huis in {{w:Sint-Annaland}} sinds hun moeder overleed. Post stapelt op, de energierekening is niet betaald, de buren doen boodschappen.
Aanpak — {{r:MEE-consulent}} en {{r:consulent}} van {{o:Gemeente Tholen}} samen. Beschermingsbewind aangevraagd, begeleiding thuis via {{o:Zeeuwse Gronden}}.
Wat werkte — De buren als vast onderdeel van het plan, met een eigen rol (boodschappen op maandag en donderdag).
Wat werkte niet — De kantonrechter wilde eerst een verklaring van een arts; de {{r:huisarts}} kende hen nauwelijks.
Les voor andere teams — Begin op tijd met de medische verklaring, dat duurt het langst.
(Vragen: [[p:Corrie Kodde]], [[e:c.kodde@tholen.nl]])
=====
Titel: Wat een taalmaatje kan doen
Wijk: {{w:Kamperpoort}}, {{w:Zwolle}}

Aanleiding
Syrische vader, [[p:Abdulkarim]] (44), twee jaar in Nederland, leerde slecht Nederlands en raakte depressief. Vrouw en vier kinderen.

Aanpak
Taalmaatje via {{o:Travers Welzijn}}: een gepensioneerde onderwijzer uit de wijk. Samen fietsen naar de volkstuin.

Wat werkte
De volkstuin. Daar praat hij, met de handen in de aarde.

Wat werkte niet
Het inburgeringstraject van de gemeente in groepen van twintig mensen.

Les voor andere teams
Taal leer je ergens bij, niet ergens voor.
=====
Aanleiding: zorgmijder (v, 66) in {{w:Wittevrouwenveld}}; buren meldden dat ze haar al weken niet zagen.
Aanpak: {{r:wijkverpleegkundige}} van {{o:Envida}} + {{r:sociaal werker}} {{o:Trajekt}}; via de {{r:huismeester}} van {{o:Servatius}} een gesprek aan de deur.
Wat werkte: Een bos bloemen uit de tuin van de buurvrouw, mevr. [[p:Curfs]]. Echt.
Wat werkte niet: de GGD-bemoeizorg: pas na 6 weken plek.
Les: Soms is het kleine gebaar de sleutel. Laat buren meedoen.
=====
Casusles uit {{w:Leeuwarden}} (sociaal wijkteam Oost)

Aanleiding
Een man van 48 met NAH na een verkeersongeval, vrouw is weggegaan. Hij vergeet zijn afspraken, rekeningen blijven liggen. Adres: [[a:Sionsberg 18]], [[pc:8911 KW]].

Aanpak
Met {{o:Amaryllis}} een weekstructuur gemaakt: een whiteboard in de keuken, een vaste dag voor post met zijn broer [[p:Hylke]], en begeleiding via {{o:Reade}} voor het NAH.

Wat werkte
Het whiteboard en de broer. Simpel.

Wat werkte niet
Een agenda-app op zijn telefoon: hij vergat de telefoon op te laden.

Les voor andere teams
Niet alles hoeft digitaal. Vraag wat iemand vroeger deed om dingen te onthouden.
=====
[Casusles] Jonge moeder, {{w:Doornakkers}}
Aanleiding: mevrouw [[p:Jansen]] (19) met baby van vier maanden, wonend bij haar vriend in een kamer aan de [[a:Tongelresestraat 412a]]. {{r:jeugdverpleegkundige}} {{o:GGD Brabant-Zuidoost}} zag blauwe plekken bij moeder.
Aanpak: veiligheidsplan met moeder, {{o:Veilig Thuis}} geconsulteerd (geen melding, wel advies), opvang bij oma in {{w:Geldrop}}.
Wat werkte: oma. Die nam haar gewoon mee.
Wat werkte niet: de vriend wilde meedoen aan gesprekken en zat er steeds bij, waardoor moeder niets zei.
Les: spreek moeders apart, regel dat slim (bv. bij het consultatiebureau).
=====
Aanleiding: signaal {{o:Sociale Verzekeringsbank}}: een echtpaar uit {{w:Westkapelle}} (beiden 80+) reageert niet meer op post over de AOW-partnertoeslag.
Aanpak: huisbezoek aan de [[a:Zuidstraat 58]], {{r:ouderenadviseur}} van {{o:Porthos}}.
Wat werkte: We belden eerst met de dominee. Die liep de eerste keer mee.
Wat werkte niet: -
Les voor andere teams: gebruik de kerk in Zeeuwse dorpen, het is vaak het laatste netwerk dat nog werkt.
=====
CASUSLES: "Nee zeggen tegen een zoon"
Team {{w:Spangen}}/{{w:Bospolder}}, {{o:Wijkteam Rotterdam}} Delfshaven

Aanleiding
Meneer [[p:Amrani]] (71) zat klem: zijn zoon (35) woont bij hem, gebruikt, neemt geld uit zijn portemonnee. Meneer wil zijn zoon niet op straat zetten.

Aanpak
- gesprekken met meneer alleen, in het {{o:buurthuis Het Klooster}}
- aanmelding zoon bij {{o:Antes}} (hij kwam niet)
- samen met meneer een eigen rekening geopend waar de zoon niet bij kan
- contact met dochter [[p:Soraya]] in {{w:Schiedam}}

Wat werkte
De aparte rekening. Eenvoudig en meneer houdt de regie.

Wat werkte niet
Druk zetten op de zoon. Hij verdween dan een paar dagen en kwam boos terug.

Les voor andere teams
Zoek iets wat de oudere zelf kan beslissen, ook als de grote beslissing (zoon eruit) nog niet lukt.
=====
Aanleiding
Dakloze jongvolwassene ([[p:Tim]], 20) uit {{w:Almere Haven}} na een uitzetting door zijn stiefvader. Hij sliep bij vrienden in {{w:Lelystad}} en daarna in het bos bij het Beginbos.

Aanpak
{{o:Kwintes}} jongerenopvang, uitkering via {{o:Werkplein Almere}}, aanvraag postadres.

Wat werkte
Eén {{r:jongerencoach}} die alles regelde, niet vijf loketten.

Wat werkte niet
Het postadres: vier weken doorlooptijd, en zonder postadres geen uitkering.

Les voor andere teams
Vraag een postadres aan op dag één, ook als je denkt dat het niet nodig is.
=====
Casusles
==========
Wijk: {{w:Beijum}} | Thema: huiselijk geweld | Team: {{o:WIJ Beijum}}
----------
Aanleiding: zoon (16) slaat moeder. Moeder schaamt zich, wil geen politie.
Aanpak: {{o:Veilig Thuis Groningen}}, gezinscoach, later {{o:Accare}} voor de zoon.
Wat werkte: moeder een eigen steunpunt geven (lotgenotengroep ouders van agressieve kinderen).
Wat werkte niet: gezinsgesprekken in het begin, zoon liep weg.
Les voor andere teams: kindergeweld tegen ouders wordt vaak niet herkend. Vraag ernaar.
----------
Contactpersoon voor vragen: [[p:Roelie Bos]], [[e:r.bos@wij.groningen.nl]]
=====
Aanleiding
Een Poolse vrouw, [[p:Katarzyna W.]] (35), {{w:Hoograven}}, werkte in de schoonmaak en raakte haar baan kwijt na een burn-out. Geen recht op WW (te kort gewerkt), geen bijstand aangevraagd uit angst voor haar verblijfsrecht.

Aanpak
Uitzoeken via het {{o:Juridisch Loket}} of een uitkering gevolgen heeft. Daarna aanvraag bij {{o:Werk en Inkomen Utrecht}}.

Wat werkte
Een schriftelijk antwoord van het {{o:Juridisch Loket}} in het Pools. Toen durfde ze.

Wat werkte niet
Onze eigen geruststelling ("het komt wel goed") was niet genoeg.

Les voor andere teams
EU-burgers zijn bang voor verblijfsgevolgen. Neem die angst serieus en zoek het uit.
=====
Aanleiding / situatie
Mevr. [[p:v.d. Berg]] ({{w:Assendorp}}, 74) heeft een zoon met schizofrenie ([[p:Mark]], 45) die bij haar inwoont. Ze is doodmoe.
Aanpak
{{r:FACT-team}} {{o:Dimence}}, mantelzorgondersteuning via {{o:Mantelzorg Zwolle}}, gesprek over wonen voor [[p:Mark]].
Wat werkte
Een familiegroep bij {{o:Ypsilon}}: moeder hoorde dat ze niet alleen was.
Wat werkte niet
Beschermd wonen: wachtlijst van ruim een jaar.
Les
Mantelzorgers van mensen met ernstige psychiatrie vallen tussen wal en schip. Zet ze apart op je lijst.
=====
Casusles nr. 31 (gemeente {{w:Hulst}})
Aanleiding: Belgisch-Nederlands gezin in {{w:Clinge}}, vader werkt in Antwerpen, kinderen op school in Nederland. Kinderbijslag én groeipakket geweigerd, gezin zit zonder toeslagen.
Aanpak: uitzoeken bij de {{o:SVB}} en bij {{o:FAMIFED}}, grensinfopunt {{o:GIP Scheldemond}} ingeschakeld.
Wat werkte: het {{o:GrensInfoPunt}}. Die kennen beide systemen.
Wat werkte niet: zelf bellen met de Belgische instanties (vier keer doorverbonden).
Les: bij grensarbeiders direct het GIP erbij, niet zelf gaan puzzelen.
Dossier: [[z:HLS-2023-0412]]
=====
Aanleiding
Meneer [[p:Kicken]] (67), {{w:Kerkrade-West}}, oud-mijnwerker, woont alleen boven een leegstaande winkel ([[a:Hoofdstraat 112 boven]]). De trap is te steil, hij komt nauwelijks nog beneden.

Aanpak
{{o:Wmo}}: traplift niet mogelijk (huurwoning, te smalle trap). Verhuizing naar een seniorenwoning van {{o:HEEMwonen}} in {{w:Bleijerheide}}.

Wat werkte
Een oud-collega van de mijn, [[p:Sjef]], die hem hielp met verhuizen en nu elke week komt kaarten.

Wat werkte niet
De eerste woning lag in een andere wijk. "Daar ken ik niemand." Geweigerd.

Les voor andere teams
Bij verhuizen van ouderen: de wijk is belangrijker dan de woning.
=====
Casusles — gedeeld met toestemming van cliënt (toestemmingsverklaring in dossier [[z:BT-UTR-24-00331]])

Aanleiding: vrouw (41), alleenstaand, {{w:Zuilen}}, werkt parttime, schulden bij 14 schuldeisers. Komt binnen via de {{o:Voedselbank}}.
Aanpak: schuldhulp via {{o:Stadsbank Midden-Nederland}}, tussentijds budgetcoaching door vrijwilliger {{o:SchuldHulpMaatje Utrecht}}.
Wat werkte: de vrijwilliger, die ook 's avonds appte "heb je de brief van de bank al open?".
Wat werkte niet: de tussenpersoon die ze zelf had gevonden via internet en die € 350 vroeg.
Les voor andere teams: vraag altijd of iemand al 'hulp' heeft betaald. Er lopen veel foute bureautjes rond.
=====
Aanleiding
In {{w:Drachten}} (wijk {{w:De Wiken}}) meldde de {{r:huismeester}} van {{o:Accolade}} een vrouw, [[p:Geeske]] (52), die haar flat niet meer uitkomt. Ze is zwaar overgewicht, heeft COPD en de lift is al drie weken stuk.

Aanpak
Tijdelijke oplossing: boodschappen via de {{o:Zonnebloem}}-vrijwilligers. Lift gerepareerd na druk van de {{r:wijkcoach}}.

Wat werkte
De {{r:wijkcoach}} die elke dag belde met {{o:Accolade}} tot de lift werkte.

Wat werkte niet
Het meldpunt van de corporatie, dat drie weken "in behandeling" zei.

Les voor andere teams
Liftstoringen zijn voor sommige bewoners een noodgeval. Houd een lijstje bij van wie er afhankelijk zijn.
=====
Aanleiding: zwerfjongere (18), {{w:Maastricht}}-{{w:Malberg}}, net uit jeugdzorg, geen woning, geen inkomen.
Aanpak: {{o:Levanto}}? nee, {{o:Impuls}}! jongerenhuis, aanvraag bijstand, koppeling aan {{r:jongerenwerker}}.
Wat werkte: een kamer in het {{o:Impuls}}-huis binnen een week.
Wat werkte niet: de overgang 18-: niemand had vóór zijn verjaardag ([[d:12 januari]]) iets geregeld.
Les: perspectiefplan 18+ moet er al zijn op 17,5. Zeg het tegen je jeugdteam.
=====
Casusles: een oud-militair in {{w:Deppenbroek}}

Aanleiding
Meneer [[p:Olde Hanhof]] (59) was in de jaren 90 in Bosnië uitgezonden. Sinds zijn vrouw overleed: slapeloosheid, drank, woede-uitbarstingen tegen buren. Buren belden de politie.

Aanpak
Contact met het {{o:Veteranenloket}}, begeleiding door een {{r:maatschappelijk werker}} van {{o:Defensie}} nazorg, daarnaast een maatje via {{o:Humanitas Twente}}.

Wat werkte
Het {{o:Veteranenloket}}: meneer wist niet dat hij daar recht op had.

Wat werkte niet
Een verwijzing naar de reguliere GGZ ({{o:Mediant}}). "Die snappen het niet."

Les voor andere teams
Vraag naar uitzendingen bij mannen van 50+. Het staat nergens in het dossier.
=====
Aanleiding: cliënt, meneer [[p:W.]], heeft een hond (Bobby, een oude herder) en weigert een opname. Hond moet mee.
Aanpak: {{o:Dierenambulance}} en de {{o:Dierenbescherming}}: tijdelijke opvang voor het dier geregeld (€ 12,50 per dag, betaald uit bijzondere bijstand).
Wat werkte: de foto's van de hond die de opvang elke dag stuurde.
Wat werkte niet: niets, eigenlijk, behalve dat het bijna een week duurde.
Les voor andere teams: dieren zijn vaak de reden om hulp te weigeren. Regel eerst het dier.
=====
Casusles: kinderen die tolken voor hun ouders
Buurtteam {{w:Lombok}} / {{w:Oog in Al}}, {{w:Utrecht}}

Aanleiding
Tijdens een gesprek over schulden vertaalde de dochter (12) alles voor haar vader, inclusief het bericht dat de auto beslagen zou worden. Ze huilde.

Aanpak
Vervolggesprekken met een tolk via de {{o:Tolkencentrum}}-lijn. {{r:schoolmaatschappelijk werker}} op de hoogte gebracht.

Wat werkte
De tolk. Vader was zelfs opgelucht: "Ik wil niet dat mijn kind dit hoort".

Wat werkte niet
De eerste tolk was een kennis uit de moskee. Dat werd niets.

Les voor andere teams
Gebruik nooit kinderen als tolk. Ook niet "even snel".
=====
Aanleiding
Melding van {{o:Woonbedrijf}} Eindhoven: bewoner van de [[a:Kruisstraat 81 bis]] ({{w:Woensel-Zuid}}) heeft volgens buren een hennepkwekerij. Bij controle: geen hennep, wel een vrouw met een verzamelwoede, het huis vol spullen.

Aanpak
{{r:generalist}} van {{o:WIJeindhoven}} en {{o:GGzE}}. Opruimen in kleine stappen, één kamer per maand.

Wat werkte
Zij bepaalde welke kamer eerst. De keuken, want daar wilde ze weer koken voor haar kleinzoon [[p:Daan]].

Wat werkte niet
De eerste opruimactie door een bedrijf, die ze halverwege stopte omdat ze in paniek raakte.

Les voor andere teams
Bij hoarding: doel van de cliënt centraal, niet het doel van de corporatie.
=====
Aanleiding: jongen (15) uit {{w:Tholen}} wordt online afgeperst met naaktfoto's (sextortion). Moeder belde ons in paniek.
Aanpak: direct aangifte bij de politie, {{o:Helpwanted}} ingeschakeld, {{o:CJG}} voor de nazorg.
Wat werkte: snelheid. Alles binnen 24 uur.
Wat werkte niet: de school wilde het "eerst intern bespreken". Daar ging een week overheen.
Les: maak vooraf afspraken met scholen over sextortion, zodat je niet hoeft te onderhandelen als het gebeurt.
=====
Aanleiding
Familie [[p:Koopman]] uit {{w:Dokkum}}: vader (56) raakte zijn bedrijf (loonwerk) kwijt door de stikstofregels, de bank zegde het krediet op. Schulden, schaamte, en de boerderij moet worden verkocht.

Aanpak
Samen met {{o:Zorgpunt Dokkum}}, het {{o:Agrarisch Sociaal Steunpunt}} en een {{r:budgetcoach}} van {{o:Humanitas}}. Gesprekken aan de keukentafel in [[a:Hegebeintumerdyk 3]].

Wat werkte
Het {{o:Agrarisch Sociaal Steunpunt}}: ervaringsdeskundigen uit de sector.

Wat werkte niet
Onze eigen folder over schuldhulp: "dat is voor mensen in de stad".

Les voor andere teams
Boeren zoeken geen hulp bij 'de gemeente'. Zoek de mensen die ze wel vertrouwen.
=====
Aanleiding — Mevrouw [[p:Brouns]] (88), {{w:Sittard}}-Noord, wil niet naar het verpleeghuis. Kinderen wonen in het buitenland (Duitsland, Spanje).
Aanpak — Domotica (sensoren), dagelijkse check door {{o:Zuyderland}} thuiszorg, een buurman met een sleutel.
Wat werkte — de buurman [[p:Lei Dassen]], die elke ochtend de krant brengt.
Wat werkte niet — beeldbellen met de kinderen: mevrouw zag het scherm niet goed.
Les — Laat techniek niet het enige vangnet zijn.
=====
Casusles: eenzaamheid bij een jonge vader
Team {{w:Muziekwijk}}, {{w:Almere}}

Aanleiding: [[p:Rishi]] (31), vader van twee, na een scheiding alleen in een appartement aan de [[a:Bachstraat 44]]. Ziet zijn kinderen elk weekend, doordeweeks niemand.
Aanpak: vaderavonden in het {{o:wijkcentrum De Polder}}, begeleiding door een {{r:welzijnswerker}}.
Wat werkte: "Vaders koken voor vaders" op dinsdag.
Wat werkte niet: online lotgenotengroep. Niemand zette zijn camera aan.
Les voor andere teams: mannen praten beter als ze iets samen doen.
=====
Gedeeld door [[p:Nienke Dijkstra]] ({{o:WIJ Selwerd}})

Aanleiding:
Cliënte (Somalische vrouw, 29) in {{w:Selwerd}} had al twee jaar geen contact met een huisarts; alle praktijken in de buurt hadden een patiëntenstop.

Aanpak:
- via de {{o:GGD Groningen}} een tijdelijke huisarts
- {{r:WIJ-medewerker}} liep mee naar de eerste afspraak
- inschrijving bij een praktijk in {{w:Vinkhuizen}} na bemiddeling door de {{o:Zorggroep}}

Wat werkte:
Het netwerk van de {{o:GGD}}.

Wat werkte niet:
Zelf bellen met praktijken: standaard "wij nemen niemand aan".

Les voor andere teams:
Patiëntenstops zijn een sociaal probleem geworden. Maak er afspraken over met je zorggroep.
=====
Aanleiding — Meneer [[p:Cremers]] uit {{w:Venlo}}-Zuid stuurde drie weken lang elke dag een mail naar het wijkteam ([[e:jo.cremers1958@ziggo.nl]]) met klachten over zijn buren. Niemand reageerde inhoudelijk.
Aanpak — Eén vaste medewerker, één wekelijks belmoment (donderdag 10.00 uur).
Wat werkte — De vaste afspraak. De mails stopten na twee weken.
Wat werkte niet — Standaardantwoorden van het algemene mailadres.
Les — Veel mails is vaak veel onrust. Geef structuur, geen afwijzing.
=====
Casusles Zeeuws-Vlaanderen
Aanleiding: een Belgische vrouw, [[p:Els Van Damme]], woont sinds kort in {{w:Sas van Gent}} ([[a:Westkade 31 bus 2]]) met haar twee kinderen. Ze is gevlucht voor haar ex in Gent. Geen BSN, geen inschrijving, geen toeslagen.
Aanpak: inschrijving BRP, {{o:Veilig Thuis Zeeland}}, afstemming met het {{o:CAW Oost-Vlaanderen}}.
Wat werkte: de Belgische hulpverlener die meekwam naar het eerste gesprek in {{w:Terneuzen}}.
Wat werkte niet: het adres bleef geheim, maar de ex vond haar toch via de school van de kinderen.
Les: bij grensoverschrijdende huiselijk-geweldzaken ook de school instrueren over geheimhouding.
=====
Casusles — Het nieuwe werken met ervaringsdeskundigen ({{w:Zwolle}}-Zuid)
Aanleiding: het team merkte dat zorgmijders vaker de deur openden voor mensen "die het zelf hebben meegemaakt".
Aanpak: sinds september loopt er één {{r:ervaringsdeskundige}} mee bij de eerste huisbezoeken (max. 2 per week, vergoed via {{o:RIBW Overijssel}}).
Wat werkte: 7 van de 9 huisbezoeken leidden tot een tweede afspraak.
Wat werkte niet: de registratie. Ervaringsdeskundigen mogen niet in ons systeem.
Les voor andere teams: regel vooraf hoe je informatie deelt met iemand die geen medewerker is.
=====
Aanleiding
Mw. [[p:Hofstra-de Vries]] (72) uit {{w:Camminghaburen}} belde de {{o:Sensoor}}-lijn, die ons tipte. Haar man is sinds een jaar in een verpleeghuis, zij is alleen en "wil er niet meer zijn".

Aanpak
Dezelfde dag een huisbezoek samen met de {{r:POH-GGZ}}. Afspraken met de {{r:huisarts}}, dochter [[p:Tjitske]] ingelicht.

Wat werkte
Direct gaan. Niet morgen.

Wat werkte niet
De crisisdienst van {{o:GGZ Friesland}} vond het "niet acuut genoeg".

Les voor andere teams
Neem uitspraken over de dood bij ouderen even serieus als bij jongeren.
""")
# ---------------------------------------------------------------------------
# 2. Questions to colleagues in other cities (forum posts)
# ---------------------------------------------------------------------------
add(r"""
Vraag aan collega's: wie heeft ervaring met beschermingsbewind voor iemand die in België woont maar in Nederland schulden heeft? Wij zitten met een cliënt in {{w:Cadzand}} die net over de grens is verhuisd.

Groet, [[p:Marieke Verhage]]
{{r:consulent}} {{o:Gemeente Sluis}}
=====
Hoi allemaal,
Iemand een goede aanpak voor hoarding in een huurwoning waar de corporatie al een ontruimingsvonnis heeft? Het gaat om een man (68) in {{w:Oosterpark}} in {{w:Groningen}}. {{o:Lefier}} wil over drie weken ontruimen.
Alle tips welkom!
[[p:Jelmer]] ({{o:WIJ Oosterpark}})
=====
Titel: Urgentie na huiselijk geweld – hoe doen jullie dit in Rotterdam?
Tags: #huisvesting #huiselijkgeweld #urgentie

Bij ons in {{w:Eindhoven}} duurt een urgentieverklaring na een opvangperiode gemiddeld 10 weken. Ik hoorde dat {{w:Rotterdam}} een snellere route heeft via de {{o:Woonstad}}-pilot. Klopt dat? Wie kan me daar meer over vertellen?

[[p:Anouk van Gerwen]] | {{r:generalist}} {{o:WIJeindhoven}} {{w:Strijp}} | [[t:06-41 88 20 17]]
=====
Wie weet of de {{o:Sociale Verzekeringsbank}} bij een pgb ook kan uitbetalen op een Duitse rekening? Onze cliënt in {{w:Losser}} (grensgebied) heeft een zorgverlener uit Gronau met rekening [[i:DE34 3587 0517 4696 9513 92]]. Het formulier accepteert het niet.
=====
Vraagje: hoe registreren jullie contacten met ervaringsdeskundigen? Wij ({{w:Almere Buiten}}) mogen ze niet in ons registratiesysteem zetten omdat ze geen dienstverband hebben. Zijn er teams die een oplossing hebben?
[[p:Rutger]]
=====
Vraag van Buurtteam {{w:Ondiep}} ({{w:Utrecht}})

Collega's, we hebben een casus waar we vastlopen. Man, 44, Marokkaans-Nederlands, woont met zijn moeder aan de [[a:Amsterdamsestraatweg 402 bis]]. Psychotisch, zorgmijdend, moeder wil geen IBS. Broer [[p:Khalid]] wil wel meewerken. {{o:Altrecht}} zegt: geen acuut gevaar.
Vraag: wie heeft goede ervaringen met familie als "ingang" bij zorgmijding, zonder dat de familie de relatie met de cliënt verspeelt?
=====
@iedereen in Twente en de Achterhoek: kennen jullie een goede plek voor dagbesteding voor jonge mensen met NAH? Wij hebben een vrouw van 34 uit {{w:Hengelo}} ({{w:Berflo Es}}). Alles wat we vinden is voor 65+.
[[p:Bennie Lansink]] – [[t:06 30 19 75 44]]
=====
Hallo collega's in Friesland!
Ik zoek een {{r:tolk}} Tigrinya die ook Fries verstaat ;-) Nee serieus: een Eritrees gezin in {{w:Burgum}} wordt geholpen door een buurvrouw die alleen Fries en een beetje Nederlands spreekt. Het gaat goed, maar de formele gesprekken lopen vast. Wie heeft een tip voor een tolk in de regio?
groetjes, [[p:Hiltsje]] van {{o:Sociaal Team Tytsjerksteradiel}}
=====
Vraag over het toestemmingsformulier
Bij ons (gemeente {{w:Borsele}}) tekenen cliënten een toestemmingsverklaring per partner. Dat is soms 6 of 7 handtekeningen. Werken jullie met één verklaring voor het hele netwerk? Graag een voorbeeld (geanonimiseerd natuurlijk).
=====
Weet iemand hoe het zit met het kostendelersnorm als een volwassen zoon tijdelijk terugkomt na een detentie? Casus: meneer [[p:Bemelmans]] uit {{w:Heerlen}}-Noord, zoon komt [[d:1 mei]] vrij en wil bij hem wonen. Vader (bijstand) is bang dat hij gekort wordt.
=====
Onderwerp: Ervaringen met "Geldfit"?
Hoi, wij overwegen in {{w:Zwolle}} de {{o:Geldfit}}-zelftest te gebruiken als ingang voor schuldhulp. Welke teams hebben hier ervaring mee? Vooral benieuwd naar hoeveel mensen daarna echt doorstromen.
=====
Vraag aan Rotterdam en Den Haag: hoe gaan jullie om met arbeidsmigranten die hun baan én huis verliezen op dezelfde dag? In {{w:Venlo}} hebben we er gemiddeld twee per week. De {{o:Leger des Heils}}-nachtopvang zit vol.
Groet, [[p:Sandra Hendrix]]
=====
Beste mensen,

Ik werk als {{r:sociaal werker}} bij {{o:Trajekt}} in {{w:Maastricht}} ({{w:Nazareth}}/{{w:Limmel}}). Wij zien steeds meer ouderen met een kleine Belgische of Duitse pensioenuitkering die bijzondere bijstand aanvragen en dan vastlopen op de vraag naar "bewijs van inkomen uit het buitenland". Herkennen jullie dit? Hebben jullie een lijstje met wat je bij de Belgische {{o:Federale Pensioendienst}} kunt opvragen?

Met vriendelijke groet,
[[p:Ine Schoonbrood]]
[[t:043 – 350 71 26]] (direct) / [[t:06 18 49 22 03]]
=====
Snelle vraag: kan een {{r:wijkverpleegkundige}} in jullie gemeente zelf een Wmo-melding doen namens een cliënt, of moet dat altijd via de cliënt/familie? Bij ons in {{w:Middelburg}} discussie hierover.
Groet, [[p:Lieke de Visser]]
=====
Wie heeft er een goed format voor een veiligheidsplan bij ouderenmishandeling? Ik vond er een op de site van {{o:Movisie}} maar dat is 12 pagina's. Iets compacters?
=====
Vraag — Pension of kamerverhuurder die geen huurcontract geeft
Situatie: cliënt ({{w:Feijenoord}}, m, 39) huurt al 2 jaar een kamer aan de [[a:Oranjeboomstraat 61-03]] zonder contract, betaalt contant € 550. Nu wordt hij eruit gezet. Welke teams hebben ervaring met {{o:Huurcommissie}} of kantonrechter in zulke gevallen? En: hoe bewijs je de huur als er alleen WhatsAppjes zijn?
=====
Is er iemand die werkt met een vaste "huisbezoekenkaart" (checklist veiligheid bij eerste bezoek)? Bij ons in {{w:Enschede}} is vorige maand een collega bedreigd met een mes bij een eerste bezoek in {{w:Pathmos}}. Niemand gewond, maar we willen dit beter regelen.
Ik hoor graag van jullie! [[p:Maaike]]
=====
Titel: doorverwijzing naar het {{o:Zorgkantoor}} – wachttijd?

Bij ons in {{w:Leeuwarden}} wachten mensen met een Wlz-indicatie nu gemiddeld 7 maanden op een plek. Is dat elders ook zo? Hoe overbruggen jullie die tijd thuis?

[[p:Jelle Bergsma]], {{r:wijkcoach}} {{o:Amaryllis}}
=====
Hoi! Iemand ervaring met een "vroegsignalering" op basis van huurachterstand in een dorp zonder eigen corporatie-kantoor? Wij ({{w:Yerseke}}) krijgen de signalen van {{o:RWS}} (de corporatie) pas na 3 maanden. Te laat.
— [[p:Leendert Minnaard]], {{r:dorpsondersteuner}}
=====
Vraag namens ons team in {{w:Utrecht-Overvecht}}:
Wat doen jullie met cliënten die alleen via WhatsApp bereikbaar willen zijn? Wij mogen formeel geen WhatsApp gebruiken, maar bijvoorbeeld mw. [[p:S.]] (Tigrinya-sprekend) neemt nooit de telefoon op en leest geen mail.
=====
Wie kan mij helpen aan een contactpersoon bij {{o:Woonbedrijf}} Eindhoven voor de aanpak van woonfraude? Ik ken alleen het algemene nummer (040 - 2 43 43 43) en daar kom ik niet verder.
=====
Goedemorgen collega's,
Een vraag over mantelzorgwaardering. In {{w:Almere}} krijgen mantelzorgers een bon van € 100. In sommige gemeenten is het een ‘waarderingsdag'. Wat werkt beter? Wij krijgen signalen dat de bon vooral bij de welgestelde mantelzorgers terechtkomt.
Groet, [[p:Naomi]] ({{o:De Schoor}})
=====
Hallo, ik zoek een collega in Groningen die iets weet van de aardbevingsschade-regelingen in combinatie met schulden. Casus: echtpaar in {{w:Loppersum}} ([[a:Wirdumerweg 8]]), krijgt een vergoeding van het {{o:IMG}} maar dat geld is direct door de {{r:deurwaarder}} in beslag genomen. Mag dat?
=====
Vraag: gebruikt iemand de "Zelfredzaamheid-Matrix" (ZRM) nog? Of zijn jullie overgestapt op iets anders? Wij twijfelen in {{w:Tholen}}.
[[p:Corrie]]
=====
Vraag over overdracht 18-/18+

Hoe zorgen jullie dat een jongere die bij het jeugdteam bekend is, niet "verdwijnt" als hij 18 wordt? Bij ons in {{w:Heerenveen}} ging het mis met een jongen ([[p:Wiebe]]) die op [[d:3 februari]] jarig was; de jeugdconsulent was met verlof en niemand nam het over.

[[p:Annemarie Zijlstra]] - {{o:Gebiedsteam Heerenveen}}
=====
Collega's in Limburg: hoe ver gaat jullie samenwerking met Duitse instanties? Een cliënt in {{w:Vaals}} woont in Nederland maar heeft zijn zorgverzekering bij de {{o:AOK}} in Aachen, en nu snapt niemand wie de Wmo-hulp betaalt. (Het gaat om meneer [[p:Pinckaers]], voor wie het kent.)
=====
Vraag: hoe lang bewaren jullie notities van een MDO? Onze privacy-officer zegt 2 jaar na afsluiting, de GGZ-partner zegt 20 jaar (dossierplicht WGBO). Wat geldt er voor een gezamenlijk verslag?
=====
Hulp gevraagd! Gezin met 5 kinderen, {{w:Schiedam}}-Oost, woning van {{o:Woonplus}} met ernstige schimmel. Moeder (Bulgaars, [[p:Desislava]]) heeft al vier klachten ingediend. Kinderen hebben astma. Wie heeft ervaring met het inschakelen van de {{o:GGD}} voor een binnenmilieu-onderzoek? Hoe krijg je de corporatie in beweging?
=====
Wie kent een {{r:bewindvoerder}} die ook Turks spreekt, regio {{w:Deventer}}/{{w:Zwolle}}? Alle bewindvoerders die ik ken werken alleen in het Nederlands.

[[p:Gülşen]]
=====
Iemand ervaring met cliënten die in een chalet op een recreatiepark wonen (permanente bewoning, niet toegestaan)? Wij hebben er in {{w:Zeewolde}} ineens zes tegelijk omdat de eigenaar het park verkoopt.
[[p:Arjen]] ({{o:Sociaal Team Zeewolde}}), direct: [[t:036 522 91 37]]
=====
Hoi allemaal. Even een praktische: hoe noteren jullie in een casusles het adres van een cliënt als dat relevant is voor de les (bijv. omdat de straat bekend staat om overlast)? Wij schrijven nu "een straat in {{w:Bloemhof}}", maar dan verliest de les z'n waarde.
=====
Vraag aan WIJ-collega's in Groningen: werken jullie nog met de "buurtpastor"? In {{w:Groningen-Noord}} hoorde ik dat de samenwerking met de {{o:Diaconie}} heel goed werkt bij zorgmijders. Wie kan me een naam geven?
Groet [[p:Marten Hofstra]]
=====
Vraag: ervaringen met de nieuwe Wet gemeentelijke schuldhulpverlening en het vroegsignaleren bij zorgverzekeraars? In {{w:Zeeland}} krijgen we signalen van {{o:CZ}} pas na 4 maanden achterstand. Hoe is dat elders?

[[p:Marinus Koppejan]] | {{r:schuldhulpverlener}} {{o:Gemeente Schouwen-Duiveland}} | [[t:0111 - 45 28 13]]
=====
Wie kan me helpen: ik zoek de contactgegevens van de {{r:aandachtsfunctionaris}} van de {{o:Zuyderland}} SEH. Gaat om een oudere die steeds met valpartijen binnenkomt. [[p:Huub]] zei dat jullie in {{w:Sittard-Geleen}} een goede lijn hebben?
=====
Vraag uit {{w:Rotterdam-Zuid}}: wat is jullie ervaring met de aanpak "Thuis in de Wijk" voor mensen die uitstromen uit beschermd wonen? Ik wil graag één of twee teams spreken die hier al langer mee werken.

[[p:Ilse Hoogendijk]]
{{r:wijkteammedewerker}} {{o:Wijkteam Charlois}}
[[e:i.hoogendijk@wijkteamrotterdam.nl]]
=====
Wie heeft ervaring met het melden van een zorgwekkende zorgmijder als de huisarts het niet eens is met de melding? Het gaat om een man (57) uit {{w:Kampen}} die we al 2 jaar volgen. De huisarts vindt hem "eigenwijs, niet ziek".
(geplaatst [[d:02-04-2024]])
=====
Dringende vraag!! Vrouw (geb. [[d:21-11-1979]]) uit {{w:Eindhoven}}-{{w:Lakerlopen}}, sinds gisteren spoorloos, laatst gezien bij het station. Haar telefoon staat uit ([[t:06 52 17 98 30]]). Heeft iemand van jullie haar in beeld? Ze heeft eerder bij de nachtopvang in {{w:Helmond}} gezeten.
(sorry, ik weet dat dit eigenlijk niet via het platform moet)
=====
Wat is jullie ervaring met de "Doorbraakmethode" bij multiprobleem-gezinnen? In {{w:Zwolle}} willen we dit gaan inzetten. We zoeken een team dat al minstens een jaar ervaring heeft.
[[p:Dirk-Jan]]
=====
Vraag: kunnen we als wijkteam zelf een BRP-adresonderzoek aanvragen? Een man staat ingeschreven op het adres van zijn ex ([[a:Leeuwerikstraat 12 huis]]) terwijl hij daar niet woont, en zij krijgt daardoor minder toeslag.
=====
Titel: sociaal team + woningcorporatie = ? 

Ik ben benieuwd hoe vaak jullie formeel overleggen met corporaties. Wij ({{w:Goes}}) hebben eens per 6 weken een "signaaloverleg" met {{o:R&B Wonen}} en {{o:Woongoed Middelburg}} (ook al is dat eigenlijk niet ons werkgebied). Werkt goed, maar we vragen ons af of het vaker moet.
[[p:Anja]]
=====
Hoe gaan jullie om met cliënten die op het platform een vraag stellen over hun eigen casus? Bij ons heeft een moeder (die toevallig ook vrijwilliger is) haar eigen verhaal gepost met naam en al.
""")
# ---------------------------------------------------------------------------
# 3. Replies quoting earlier posts
# ---------------------------------------------------------------------------
add(r"""
> [[p:Jelmer]] schreef:
> Iemand een goede aanpak voor hoarding in een huurwoning waar de corporatie al een ontruimingsvonnis heeft?

Hoi [[p:Jelmer]], wij hadden vorig jaar bijna hetzelfde in {{w:Ommoord}}. Wat hielp: de rechter vragen om de ontruiming aan te houden met een plan van aanpak erbij (opruimen in fases, begeleiding van {{o:Bavo Europoort}}). De rechter ging akkoord onder voorwaarde van een maandelijkse controle door de corporatie. Bel me gerust: [[t:010 – 498 33 16]].
[[p:Linda]] (Buurtteam {{w:Ommoord}})
=====
Op [[d:12 maart 2024]] om 14:02 schreef [[p:Anouk van Gerwen]]:
> Bij ons in Eindhoven duurt een urgentieverklaring na een opvangperiode gemiddeld 10 weken.

Dag [[p:Anouk]], in {{w:Rotterdam}} hebben we sinds vorig jaar de afspraak dat de {{o:Blijf Groep}} de urgentie direct aanvraagt bij binnenkomst in de opvang, niet pas bij uitstroom. Dat scheelt gemiddeld zes weken. Ik stuur je het convenant per mail.
Groet, [[p:Mariska de Groot]]
=====
> Wie weet of de Sociale Verzekeringsbank bij een pgb ook kan uitbetalen op een Duitse rekening?

Ja, dat kan, maar niet via het standaardformulier. Je moet de zorgovereenkomst per post sturen met een SEPA-verklaring. Wij hadden een cliënt in {{w:Kerkrade}} met een zorgverlener uit Herzogenrath, dat duurde 6 weken maar daarna liep het prima.
Groet, [[p:Jo Ramakers]]
=====
@[[p:Hiltsje]] haha, die tolk Tigrinya-Fries bestaat vast niet. Maar kijk eens bij {{o:Vluchtelingenwerk Noord-Nederland}}, afdeling {{w:Leeuwarden}}. Ze hebben een lijst met vrijwillige tolken. En de buurvrouw die Fries spreekt: zet haar vooral in, maar zorg dat er bij gesprekken over geld of zorg een professionele tolk is.
=====
[[p:Jelle Bergsma]] schreef op [[d:di 5-3-2024]]:
"Bij ons in Leeuwarden wachten mensen met een Wlz-indicatie nu gemiddeld 7 maanden op een plek."

Herkenbaar, in {{w:Zwolle}} is het 5 à 6 maanden. Wij overbruggen met logeeropvang en een extra ochtend dagbesteding. En we maken vaak een afspraak met de {{r:huisarts}} om elke maand even te bellen.
=====
> [[p:Marieke Verhage]] schreef:
> Wij zitten met een cliënt in Cadzand die net over de grens is verhuisd.

Beste [[p:Marieke]], voor zover ik weet kan een Nederlandse kantonrechter geen bewind instellen als iemand in België woont. Zijn Belgische tegenhanger heet "bewindvoering" ook, maar via de vrederechter. Het {{o:GrensInfoPunt}} in {{w:Terneuzen}} weet er alles van. Succes!
=====
Op [[d:wo 13 mrt 2024]] 09:41 schreef [[p:Ine Schoonbrood]] <[[e:i.schoonbrood@trajekt.nl]]>:
> Hebben jullie een lijstje met wat je bij de Belgische Federale Pensioendienst kunt opvragen?

Hoi [[p:Ine]],
Bij ons in {{w:Hulst}} vragen we altijd het "pensioenattest" op via mypension.be. Een cliënt kan dat zelf met een Belgische eID, maar veel ouderen hebben die niet meer. Dan kan het via een brief aan de dienst in Brussel. Ik heb een voorbeeldbrief, mail maar.
[[p:Kim De Kraker]]
=====
>> Hoe registreren jullie contacten met ervaringsdeskundigen?
> Bij ons ook een probleem. Wij houden een apart Excel-bestand bij.

Pas wel op met dat Excel-bestand! Bij ons ({{w:Lelystad}}) stond daar na een jaar van alles in: namen, adressen, zelfs BSN's. De {{r:FG}} was er niet blij mee. Wij werken nu met een verwerkersovereenkomst per ervaringsdeskundige.
=====
Reactie op: "Kostendelersnorm na detentie"

Hoi, de zoon van meneer [[p:B.]] kan zich de eerste tijd inschrijven op een ander adres (bv. via de reclassering), maar als hij er echt woont geldt de kostendelersnorm gewoon. Wat wel kan: bij de gemeente {{w:Heerlen}} vragen om een tijdelijke uitzondering (art. 18 lid 1 Pw, maatwerk). Wij kregen dat een keer voor 6 maanden. Het gaat dan wel om meneer [[p:Bemelmans]] van de [[a:Akerstraat-Noord 118]]? Die kennen we hier ook nog van vroeger, hij woonde eerder in {{w:Brunssum}}.
=====
> Wie heeft een goed format voor een veiligheidsplan bij ouderenmishandeling?

Wij gebruiken een A4'tje (voor- en achterkant), gemaakt door onze {{r:aandachtsfunctionaris}}. Vier vragen: wie kan je bellen, waar kun je heen, wat doe je met je geld, wat mag de buurman weten. Ik zet hem in de bibliotheek van het platform onder "Ouderen".
— [[p:Yvonne Custers]]
=====
[[p:Desislava]] schreef:
"Hulp gevraagd! Gezin met 5 kinderen, Schiedam-Oost, woning van Woonplus met ernstige schimmel."

Hi [[p:Desislava]], ben jij de {{r:wijkteammedewerker}} of de moeder zelf? Want dan moet ik je even wijzen op de regels van het platform 🙂. Voor de inhoud: de {{o:GGD Rotterdam-Rijnmond}} heeft een {{r:medisch milieukundige}} die op verzoek van de huisarts een binnenmilieu-onderzoek doet. Met dat rapport stond de corporatie bij ons binnen 2 weken op de stoep.
=====
> [[p:Ilse Hoogendijk]]
> Ik wil graag één of twee teams spreken die hier al langer mee werken.

Hoi [[p:Ilse]], bel [[p:Sander]] van het wijkteam {{w:Hoogvliet}}, die heeft er drie jaar ervaring mee. Zijn nummer is [[t:06-10 55 42 87]].
=====
Op [[d:vr 15 maart]] schreef de moderator:
> Let op: in de vraag hierboven stonden een geboortedatum en een telefoonnummer. Die hebben wij verwijderd. Deel geen persoonsgegevens op het platform.

Excuus, mijn fout. Ze is inmiddels terecht, ze zat bij haar zus in {{w:Best}}.
=====
> Wat is jullie ervaring met de "Doorbraakmethode" bij multiprobleem-gezinnen?

Wij doen het sinds 2022 in {{w:Tilburg}}-Noord. Eerlijk: het werkt, maar alleen als de regisseur echt mandaat heeft om geld uit te geven zonder dat het langs drie afdelingen moet. Dat was bij ons het moeilijkste. Ik kan je de evaluatie sturen (anoniem).
=====
Reactie van [[p:Sjoerd]] ({{o:Sociaal Team Smallingerland}}):

> Ik zoek een collega in Groningen die iets weet van de aardbevingsschade-regelingen

Niet helemaal mijn regio, maar: het {{o:IMG}} keert uit op naam van de eigenaar, en dat is "gewoon" vermogen. Een {{r:deurwaarder}} mag dat beslaan, tenzij het geoormerkt is voor herstel. Laat de cliënt een bouwdepot vragen. [[p:Margriet Sikkema]] van {{o:WIJ Eemsdelta}} weet er alles van.
=====
> hoe noteren jullie in een casusles het adres van een cliënt als dat relevant is voor de les?

Wij schrijven het type woning en de wijk: "portiekflat zonder lift in {{w:Bloemhof}}". Nooit het huisnummer. Maar ik snap je punt, soms is de straat het verhaal (de Slaghekstraat kent iedereen in {{w:Rotterdam}}).
=====
Ha [[p:Hylke]], dank voor je casus over het whiteboard! Bij ons in {{w:Assen}} hebben we iets soortgelijks gedaan met een gezin waar de vader NAH heeft. Wat we toevoegden: een foto van de {{r:begeleider}} naast elke afspraak op het bord. Dan weet hij wie er komt.

> [[p:Hylke]] schreef op [[d:8-4-2024]]:
> Niet alles hoeft digitaal. Vraag wat iemand vroeger deed om dingen te onthouden.
=====
Op [[d:29 januari 2024]] schreef [[p:Gerrit Nijhuis]]:
> Vader kreeg een taak: hij haalt de zoon elke ochtend uit bed.

Wat een mooie les! Mag ik vragen hoe het nu met het gezin gaat? Is de zoon weer naar school? (En klopt het dat dit de familie [[p:Brink]] van de [[a:Lasondersingel 140]] is? Dan ken ik ze nog van toen ik in {{w:Enschede}} werkte.)
=====
>>> Wat doen jullie met cliënten die alleen via WhatsApp bereikbaar willen zijn?
>> Wij gebruiken Signal, dat mag wel van onze FG.
> Bij ons mag het niet, alleen via de app van {{o:Zivver}}.

Het hangt ook af van wat je deelt. Een afspraak bevestigen: prima. Een medische verklaring: nee. Wij hebben daar in {{w:Groningen}} een beslisboom voor.
=====
Antw: Vraag over overdracht 18-/18+

[[p:Annemarie]], wij (gebiedsteam {{w:Sneek}}) doen het zo: een half jaar voor de 18e verjaardag staat er een "overdrachtsgesprek" in de agenda van zowel de {{r:jeugdconsulent}} als de {{r:wijkcoach}}. Als één van de twee uitvalt, neemt de {{r:teamleider}} het over. Sinds we dat doen geen jongeren meer kwijtgeraakt.

PS: bij [[p:Wiebe]] is het toch nog goed gekomen hoor, ik heb hem vorige week nog gezien bij het jongerenwerk.
=====
> Iemand ervaring met cliënten die in een chalet op een recreatiepark wonen?

Ja, heel veel ervaring in {{w:Ermelo}} en {{w:Putten}}. Tip 1: de gemeente gedoogt vaak een persoonsgebonden beschikking. Tip 2: let op de inschrijving in de BRP; zonder inschrijving geen toeslagen. Tip 3: bel [[p:Wendy]] van {{o:Stichting Permanente Bewoning}}.
=====
Quote van [[p:Anouk]]:
"Ik hoorde dat Rotterdam een snellere route heeft via de Woonstad-pilot."

Kleine correctie: het is geen pilot van {{o:Woonstad}} maar een afspraak tussen de gemeente, de corporaties en {{o:Arosa}}. Ik ben er zelf bij betrokken geweest. Contact: [[e:m.derks@arosa.nl]].
=====
> Vraag: hoe lang bewaren jullie notities van een MDO?

Onze {{r:privacy officer}} zegt: het verslag valt onder het dossier van de organisatie die het MDO organiseert. Bij ons is dat de gemeente, dus 7 jaar (Archiefwet). De medische info erin hoort eigenlijk niet in het verslag, alleen "afspraak met huisarts gemaakt".
=====
Reageren op de casusles "Kinderen die tolken voor hun ouders"

Eens! Maar soms is er echt geen alternatief. Bij ons (buurtteam {{w:Transvaal}}, {{w:Rotterdam}}... nee, we zitten in {{w:Utrecht}}, maar de wijk heet bij ons ook zo 😉) gebruiken we dan de tolkentelefoon, 24/7 bereikbaar. Kosten zijn voor de gemeente.
=====
@[[p:Kim De Kraker]] dank voor de voorbeeldbrief! Heb hem ontvangen. Werkt ook voor onze cliënt in {{w:Eijsden}}.
=====
> Vraag: kunnen we als wijkteam zelf een BRP-adresonderzoek aanvragen?

Nee, maar je kunt wel een "signaal" geven aan de afdeling Burgerzaken. Wij hebben in {{w:Zwolle}} een vast formulier. Zij doen dan een adresonderzoek. Bij ons kwam de ex van cliënte op die manier uit de BRP op de [[a:Leeuwerikstraat 12 huis]] en stond hij daarna op een postadres.
=====
> Op [[d:2 april 2024]] 11:15 schreef [[p:Margriet Sikkema]]:
> > Het IMG keert uit op naam van de eigenaar
> Klopt, maar er is sinds dit jaar een beslagvrije regeling voor de immateriële schadevergoeding.

Dank [[p:Margriet]], dat wist ik niet. Heb je het artikelnummer? Dan neem ik het mee in onze nieuwsbrief.
=====
Hoi [[p:Linda]],
Dank je voor je reactie over de ontruiming! Ik heb je gebeld maar kreeg je voicemail. Mijn mobiel: [[t:06 – 20 84 51 66]]. Ik wil het even over de rechtszaak hebben, de zitting is op [[d:donderdag 21 maart]].
[[p:Jelmer]]
=====
> Is er iemand die werkt met een vaste "huisbezoekenkaart"?

Ja, in {{w:Almelo}}. Drie regels: (1) eerste bezoek altijd met z'n tweeën, (2) app-groep waarin je je aan- en afmeldt, (3) als iemand bekend is bij de politie, eerst de {{r:wijkagent}} bellen. Klinkt simpel, werkt. Sterkte met je collega.
[[p:Hennie]]
=====
re: Wie kan mij helpen aan een contactpersoon bij Woonbedrijf

Probeer [[p:Tom Verbeek]], {{r:wijkconsulent}} {{o:Woonbedrijf}} {{w:Woensel-Noord}}. Hij is de enige die ik ken die ook echt terugbelt. [[e:t.verbeek@woonbedrijf.com]]
=====
> Iemand ervaring met een "vroegsignalering" op basis van huurachterstand in een dorp zonder eigen corporatie-kantoor?

Bij ons op {{w:Schouwen-Duiveland}} hebben we de afspraak met {{o:Zeeuwland}} dat ze na 1 maand achterstand al een bericht sturen. Dat heeft een jaar onderhandelen gekost. Het convenant kan ik delen.
[[p:Jacomien]] ({{w:Zierikzee}})
=====
[[p:Roelie Bos]] schreef:
> moeder een eigen steunpunt geven (lotgenotengroep ouders van agressieve kinderen)

Hoe heet die groep en waar komt die samen? Wij zoeken iets vergelijkbaars in {{w:Emmen}}.
---
Antw. [[p:Roelie Bos]]: "Ouders in Nood", komt in {{w:Groningen}} samen in het {{o:Huis voor de Sport}}? Nee, sorry, in het {{o:Humanitas}}-huis aan de Oosterstraat. Op de 2e dinsdag van de maand.
=====
Via deze weg nog dank aan [[p:Gerrit]] uit {{w:Enschede}} voor het meedenken!! 💐
=====
> Weet iemand hoe het zit met het kostendelersnorm als een volwassen zoon tijdelijk terugkomt na een detentie?

Moderator: we hebben de naam van de betrokkene uit dit bericht verwijderd. Vragen over concrete casussen graag zonder naam en woonplaats.
""")
# ---------------------------------------------------------------------------
# 4. Summaries of meetings with partners
# ---------------------------------------------------------------------------
add(r"""
Verslag signaaloverleg {{o:Woonstad Rotterdam}} – Buurtteam {{w:Bloemhof}}
Datum: [[d:dinsdag 9 april 2024]], 10.00–11.30 uur, {{o:wijkhub Zuidplein}}
Aanwezig: [[p:Nadia Bouzid]] ({{r:woonconsulent}}), [[p:Erwin de Vos]] ({{r:buurtteammedewerker}}), [[p:Kees Wolters]] ({{r:wijkagent}}), [[p:Fenna]] (stagiaire)

1. Opening, verslag vorige keer akkoord.
2. Nieuwe signalen
   - [[a:Putselaan 186-B]]: huurachterstand 3 mnd, bewoner onbekend bij buurtteam. Actie: [[p:Erwin]] gaat langs.
   - [[a:Hilledijk 41 A03]]: overlast, geluid. Bekend bij {{o:Antes}}. Actie: afstemmen met {{r:behandelaar}}.
   - Slaghekstraat (meerdere adressen): overbewoning vermoed. Actie: [[p:Kees]] neemt mee in de wijkschouw.
3. Lopende casussen: zie bijlage (niet gedeeld op platform).
4. Rondvraag: geen.
Volgend overleg: [[d:7 mei]].
=====
Samenvatting overleg {{o:WIJ Groningen}} / {{o:Lentis}} / {{o:Nijestee}} – [[d:14-03-2024]]

Thema: zorgmijders met huurachterstand
- Afgesproken dat {{o:Nijestee}} bij >2 mnd achterstand én geen contact meteen WIJ inschakelt (nu pas bij ontruimingsaanzegging).
- {{o:Lentis}} levert een vast aanspreekpunt per stadsdeel: Noord = [[p:Tamara Kuiper]], Zuid = [[p:Johan Postma]], Oost = nog vacant.
- Privacy: een signaal zonder naam is mogelijk, bij huisbezoek pas toestemming vragen.
- Volgende bijeenkomst: na de zomer, datum volgt.
=====
Actielijst MDO familie [[p:Tjeerdsma]], {{w:Heechterp-Schieringen}}
| # | Actie | Wie | Wanneer |
|---|-------|-----|---------|
| 1 | aanvraag bewind | [[p:Wytse]] ({{r:wijkcoach}}) | [[d:19 april]] |
| 2 | gesprek school over [[p:Jesse]] (10) | {{r:jeugdconsulent}} | [[d:23-04]] |
| 3 | contact {{o:Elkien}} over betalingsregeling | [[p:Wytse]] | z.s.m. |
| 4 | intake {{o:VNN}} vader | vader zelf | vóór [[d:1 mei]] |
| 5 | evaluatie | allen | [[d:di 28 mei]] 14.00 u |
=====
Verslag regionale intervisie "Huiselijk geweld in dorpen", {{w:Middelburg}}, [[d:7 februari]]
Aanwezigen: teams uit {{w:Veere}}, {{w:Borsele}}, {{w:Noord-Beveland}}, {{w:Schouwen-Duiveland}}; {{o:Veilig Thuis Zeeland}}; {{o:Politie Zeeland-West-Brabant}}.

Belangrijkste punten:
• In dorpen is anonimiteit een illusie. Iedereen weet wie er bij het wijkteam binnenloopt. Voorstel: spreekuren in de bibliotheek of bij de huisarts, niet in het dorpshuis.
• Signalen komen vaak via de kerk of de sportvereniging. Die kennen de meldcode niet.
• {{o:Veilig Thuis Zeeland}} gaat een korte training geven aan kerkelijke vrijwilligers (4 avonden, najaar).
• Casus ter bespreking ingebracht door team {{w:Veere}} (geanonimiseerd): vrouw (45) in een dorp van 900 inwoners, man is voorzitter van de dorpsraad. Meldingen werden niet serieus genomen.

Volgende intervisie: [[d:3 april]], {{w:Zierikzee}}.
=====
Verslag keukentafelgesprek
Cliënt: dhr. [[p:A. Wolfs]], [[a:Sint Maartenslaan 27 bis]], Maastricht
Aanwezig: cliënt, dochter [[p:Marlies Wolfs]] ([[t:06-22 91 04 58]]), {{r:Wmo-consulent}} [[p:Ruud Lardinois]], {{r:sociaal werker}} {{o:Trajekt}}
Datum: [[d:woensdag 17 januari]]

Hulpvraag: huishoudelijke ondersteuning en vervoer naar dagbesteding.
Afspraken:
- HH 2 uur per week via {{o:Envida}}
- Regiotaxi-pas aanvragen
- dochter regelt de financiën (volmacht bank aanwezig)
Evaluatie over drie maanden.
=====
Notulen netwerkoverleg Ouderen {{w:Almere Poort}} — [[d:21 maart 2024]]

Aanwezig: {{o:De Schoor}} (2), {{o:Zorggroep Almere}} (1), {{o:Ymere}} (1), {{o:GGD Flevoland}} (1), {{o:Humanitas}} (1), {{o:Gemeente Almere}} (2). Afwezig m.k.: {{o:Leger des Heils}}.

1. Cijfers: 38 nieuwe aanmeldingen ouderen in Q1, waarvan 60% via de huisarts.
2. Eenzaamheid: de "Open Tafel" in {{o:De Stek}} loopt goed (gem. 24 deelnemers), zoekt vrijwilligers.
3. Valpreventie: cursus "In Balans" start in mei, 12 plekken.
4. Casusbespreking: niet genotuleerd (privacy).
5. Rondvraag: {{o:Ymere}} vraagt of het wijkteam kan aansluiten bij de seniorenwoningtoewijzing.

Volgende: [[d:20 juni]], 13.30 uur.
=====
Kort verslag bilateraal {{o:Kredietbank Nederland}}/{{r:wijkcoach}} – [[d:ma 4 maart]]
- Casus [[z:KBN-24-00981]]: saneringsvoorstel verstuurd aan 11 schuldeisers, 2 weigeren (DUO en een incassobureau).
- Casus [[z:KBN-23-07442]]: dwangakkoord aangevraagd, zitting [[d:12 april]].
- Algemeen: wachttijd intake loopt op naar 5 weken.
=====
Verslag bijeenkomst "Zorgmijders & woonoverlast" ({{w:Eindhoven}}, [[d:13 maart]])

Sprekers: {{r:psychiater}} van {{o:GGzE}}, {{r:wijkagent}} {{w:Woensel-West}}, {{r:teamleider}} {{o:Trudo}}.

Drie lessen uit de casusbespreking:
1. Overlast is vaak een symptoom. De corporatie ziet het gedrag, de huisarts ziet de diagnose, maar niemand ziet beide. Daarom: vaste casustafel eens per maand.
2. Woonfraude-onderzoek en zorg lopen soms door elkaar. Spreek af wie er eerst langsgaat.
3. Bij mensen zonder huisarts: de {{o:GGD}} Brabant-Zuidoost kan een zorgverkenner sturen.

Dia's staan in de bibliotheek. Vragen: {{r:organisator}} {{o:WIJeindhoven}}, algemene mailbox.
=====
MDO-verslag [[z:SWT-ZW-2024-0117]]
Datum: [[d:12 februari 2024]]
Betreft: mevrouw [[p:Scholten]] ([[d:03-06-1951]]), [[a:Dijkstraat 48]], [[pc:8011 XJ]] Zwolle

Aanwezig: {{r:huisarts}} dr. [[p:Lansink]], {{r:wijkverpleegkundige}} {{o:Icare}}, {{r:casemanager dementie}} ([[p:Gea Kamphuis]]), {{r:wijkcoach}} {{o:Sociaal Wijkteam Zwolle}}, zoon [[p:Bert Scholten]] (telefonisch).

Conclusie: thuis wonen niet langer verantwoord. Wlz-aanvraag door {{r:casemanager dementie}}, tot die tijd nachtzorg 3x per week.
=====
Samenvatting casustafel {{w:Utrecht-Zuidwest}} | [[d:5 april 2024]]

Casus A (Kanaleneiland): jonge moeder, schulden, partner in detentie. Besluit: {{o:Stadsbank}} + {{r:gezinscoach}}, regie bij buurtteam.
Casus B (Transwijk): man, 70, vervuilde woning, weigert hulp. Besluit: nog één poging met {{o:Altrecht}} bemoeizorg, daarna {{o:GGD}}.
Casus C (Hoograven): ingetrokken, al opgelost.

Regievoerder casus A: [[p:Samira]] ([[e:samira.elbouazzaoui@buurtteamsutrecht.nl]]).
=====
Verslag kennismaking nieuwe {{r:wijkagent}} {{w:Malberg}}/{{w:Caberg}}
[[d:Donderdag 11 april]], {{o:buurtcentrum Malberg}}
Aanwezig: {{r:wijkagent}} [[p:Roy Vliegen]] (nieuw), {{r:sociaal werkers}} {{o:Trajekt}}, {{r:woonconsulent}} {{o:Woonpunt}}.
Afspraken:
- wekelijks kort belmoment op maandag 9.00 uur
- bij zorgen over een bewoner eerst intern bespreken, daarna melden bij het {{o:Zorg- en Veiligheidshuis}} Limburg-Zuid
- [[p:Roy]] is bereikbaar via [[t:06 – 55 31 20 94]] (alleen werkdagen), anders via 0900-8844
=====
Overleg "Ouderen in {{w:Yerseke}} en {{w:Kruiningen}}", [[d:18-01-2024]]
Aanwezig: dorpsondersteuners (2), {{o:SVRZ}}, huisartsenpraktijk Yerseke, {{o:Gemeente Reimerswaal}}
Kernpunt: 40% van de 80-plussers woont alleen. Besloten: in beide dorpen een "buurtgesprek" organiseren in de kerk/het dorpshuis. {{r:dorpsondersteuner}} neemt het voortouw.
Actie voor iedereen: signalen van eenzaamheid melden via het algemene nummer van de gemeente (14 0113).
=====
Gespreksverslag met {{o:UWV}} en {{o:Werkplein Hengelo}} – [[d:22 februari 2024]]
Onderwerp: inkomensgat bij overgang ZW → bijstand

Het {{o:UWV}} gaf aan dat een ZW-uitkering standaard eindigt na 104 weken. Vaak is de aanvraag bijstand dan nog niet binnen. Afgesproken: het {{o:UWV}} stuurt vanaf week 91 een signaal naar het {{o:Werkplein}}. {{o:Werkplein}} neemt contact op met de cliënt.
Pilot voor 6 maanden, evaluatie in september.
=====
Verslag MDO [[d:vrijdag 1 maart]]
Cliënt: [[p:Murat Yıldırım]] (geb. [[d:17-08-1977]]), {{w:Kanaleneiland}}, [[a:Columbuslaan 612]]
BSN: [[b:540266450]]

Betrokken: {{o:Altrecht}} ({{r:SPV}} [[p:Eveline]]), {{o:Stadsbank}} ([[z:SB-2023-44190]]), buurtteam ({{r:regievoerder}}), broer [[p:Hakan]].

Besproken:
1. Medicatie: wordt weer ingenomen sinds half februari.
2. Schulden: schuldregeling loopt, geen nieuwe schulden.
3. Werk: {{o:Werk en Inkomen}} wil traject starten, cliënt aarzelt.
Vervolg-MDO over 8 weken.
=====
Terugkoppeling regionale bijeenkomst {{o:Movisie}} (Utrecht) – "Samenwerking wijkteams en huisartsen"

Wat ik heb meegenomen:
- 23 van de 30 aanwezige teams hebben een vaste {{r:contactpersoon}} bij de huisartsen, maar de helft zegt dat het contact "eenrichtingsverkeer" is.
- Goede praktijk uit {{w:Groningen}}: WIJ-medewerker houdt spreekuur in de huisartsenpraktijk, 1 dagdeel per week.
- Goede praktijk uit {{w:Zwolle}}: gezamenlijke intake POH-GGZ + wijkcoach.
- Kritiek: huisartsen krijgen zelden terugkoppeling van het wijkteam.

Ik ben benieuwd wat jullie ervan vinden!
=====
Notitie telefonisch overleg met {{o:Veilig Thuis Drenthe}}, [[d:dinsdag 16 april]]
Registratienummer: [[z:VT-DR-2024-1088]]
Gesproken met: [[p:Anita Reinders]]
Inhoud: melding bij VT gedaan door school. Gezin woont in {{w:Emmen}}-{{w:Angelslo}}, [[a:Houtweg 37 a]]. VT doet onderzoek, wijkteam blijft voor praktische ondersteuning. Terugkoppeling binnen 10 werkdagen.
=====
Verslag: overleg {{o:Wijkteam Rotterdam}} – {{o:Kwadraad}} – {{o:Humanitas}} over vrijwillige schuldhulp ({{w:Rotterdam-Noord}})

Datum: [[d:ma 26-02-2024]]
1. Aantal maatjes: 34 (Q4 2023), doel 50.
2. Uitstroom: 70% van de trajecten afgerond binnen een jaar.
3. Knelpunt: maatjes krijgen te zware casussen (>15 schuldeisers). Afgesproken: bij >10 schuldeisers altijd de {{o:Kredietbank Rotterdam}} erbij.
4. Volgend overleg: [[d:27 mei]].
=====
Verslag "Samen werken in het sociale domein" — bijeenkomst van de regio's
Thema: bemoeizorg
Locatie: {{o:Stadskantoor Utrecht}}, zaal 6.14

Deelnemers uit {{w:Rotterdam}}, {{w:Utrecht}}, {{w:Groningen}}, {{w:Eindhoven}} en {{w:Den Haag}} (in totaal 27).

Grootste gemene deler:
- Bemoeizorg werkt alleen met lange adem (gemiddeld 7 contacten vóór de eerste echte afspraak).
- GGZ-wachtlijsten zijn overal het probleem.
- Verschil: in {{w:Groningen}} mag de {{o:WIJ}}-medewerker zelf doorverwijzen naar {{o:Lentis}}, in andere steden moet het via de huisarts.

Vervolg: expertmeeting in april.
=====
Verslag driehoeksoverleg [[d:woensdag 6 maart]]
Gezin [[p:van der Meer]], {{w:Bilgaard}} – [[a:Frisiastraat 104]], [[pc:8916 BK]] {{w:Leeuwarden}}
Aanwezig: moeder [[p:Ytsje van der Meer]], {{r:wijkcoach}}, {{r:jeugdconsulent}} {{o:Sociaal Wijkteam Noord}}, {{r:mentor}} {{o:Piter Jelles}}
- [[p:Jorrit]] (15) is 40 uur afwezig geweest in periode 3
- Moeder wil graag hulp bij structuur thuis
- Afspraak: gezinscoach 8 weken, 1x per week; mentor belt moeder elke vrijdag
=====
Samenvatting van het overleg met {{o:Vluchtelingenwerk Oost Nederland}}, {{w:Enschede}}, [[d:10-04-2024]]:

- Statushouders die sinds 2023 in de wijk zijn gehuisvest: 46 huishoudens.
- Het grootste probleem is niet taal, maar geld: vaste lasten (energie!) die hoger zijn dan verwacht.
- Vluchtelingenwerk begeleidt 18 maanden, daarna "valt men in een gat". Afspraak: 3 maanden voor het einde een warme overdracht naar de {{r:wijkcoach}}.
- Contactpersoon VWN: [[p:Yohannes]], [[t:06-11 38 49 72]].
=====
Verslag wijkschouw {{w:Crooswijk}}, [[d:30 januari]]
Route: Boezemstraat – Crooswijkseweg – Kerkhoflaan
Deelnemers: gemeente, {{o:Havensteder}}, politie, buurtteam, 3 bewoners
Bevindingen:
1. [[a:Crooswijkseweg 180b]]: ramen dichtgeplakt, postbus vol → buurtteam gaat langs
2. speeltuin bij de Boezemstraat: kapotte bank, gemeente
3. [[a:Boezemstraat 22-A]]: bewoonster vraagt om contact, heeft hulp nodig met formulieren (mw. [[p:E.]])
4. graffiti Kerkhoflaan: melding gemaakt
=====
Verslag overleg met {{o:Stichting Leergeld}} en {{o:Jeugdfonds Sport & Cultuur}} ({{w:Zwolle}})
Aanwezig: 5 teams
We hebben afgesproken dat aanvragen voor kinderen uit gezinnen in de schuldhulp voortaan met één formulier kunnen. Het inkomenscriterium is 120% van het sociaal minimum. Formulier volgt per mail van [[p:Jolanda]].
=====
Verslag consultatie {{o:Zorg- en Veiligheidshuis}} {{w:IJsselland}}
[[d:19-02-2024]]
Casus: jongeman (23), {{w:Deventer}}, veelpleger, LVB, dakloos. Ingebracht door het wijkteam.
Afgesproken: persoonsgerichte aanpak (PGA), regie bij {{o:ZVH}}, wijkteam levert begeleider voor huisvesting.
Procesregisseur: [[p:Henk-Jan Pierik]] [[t:0570-74 82 19]]
=====
Verslag bewonersavond {{w:Woensel-West}} ({{o:Trudo}} & {{o:WIJeindhoven}})
Ongeveer 60 bewoners. Hoofdpunten:
- zorgen over drugsoverlast bij het Edisonplein
- behoefte aan een inloop voor ouderen
- vraag naar meer groen
Meneer [[p:Van de Ven]] van de [[a:Hoogstraat 6 rood]] bood aan om een koffieochtend te organiseren. Gaan we doen!
=====
Overleg {{o:Wijkteam}} {{w:Hengelo}}-Noord met huisartsen, [[d:8 april]]
Aanwezig: 4 huisartsen, 2 POH-GGZ, 3 wijkcoaches
- Verwijzingen vanuit huisartsen: 44 in Q1 (was 31).
- Huisartsen willen terugkoppeling binnen 2 weken: afgesproken.
- Casus dr. [[p:Ten Dam]]: patiënt met dementie, geen mantelzorg → casemanager ingeschakeld.
- Volgende: [[d:1 juli]].
=====
Kort verslag kennisdeelsessie "Maatwerk in de bijzondere bijstand" ({{w:Maastricht}}, [[d:28 maart]])
- Maastricht werkt met een "doorbraakbudget" van max. € 2.500 per huishouden per jaar.
- Beslissing ligt bij de {{r:teamleider}}, binnen 48 uur.
- In 2023 89 keer ingezet, gem. € 740.
- Vaakst: huur- en energieachterstanden, een enkele keer een reparatie van een auto (voor werk).
- Evaluatie: weinig misbruik, veel tevredenheid.
=====
MDO-verslag (intern, NIET delen)
[[d:23-01-2024]] | cliënt [[p:Sjoukje Westra]] | BSN [[b:405 599 043]] | [[a:Nieuweburen 14-2]], [[pc:8911 BP]] Leeuwarden | tel [[t:058-213 60 47]]
Problemen: schulden (ca. € 22.000), depressie, zoon in jeugdzorg
Afspraken: {{o:GKB}} intake, {{r:POH-GGZ}}, contact {{o:Jeugdbescherming Noord}}
=====
Terugkoppeling overleg {{o:CZ}} (zorgverzekeraar) over wanbetalers – [[d:dinsdag 5 maart]]

CZ meldt elke maand ±120 Zeeuwse verzekerden met 2+ maanden achterstand. Sinds januari gaan die signalen naar de gemeenten. Bij 1/3 lukt contact. Afgesproken: de gemeenten sturen een brief mét naam van een vaste contactpersoon, niet van "het wijkteam".
=====
Verslag overleg {{o:Werkplein Almere}} & {{o:De Schoor}}, [[d:15-02-2024]]
1. Casus mw. [[p:R.]] ([[z:WP-ALM-23-8812]]): bijstand stopgezet wegens niet verschijnen. Zij woont op [[a:Spoordreef 232]] en had de oproep nooit ontvangen (post kwam op oud adres). Besluit: heropening per [[d:1 februari]].
2. Algemeen: oproepen voortaan ook per sms.
""")
# ---------------------------------------------------------------------------
# 5. Lessons and posts pasted too quickly: names, numbers, signatures, e-mail threads
# ---------------------------------------------------------------------------
add(r"""
Casusles (eerste versie, graag feedback!)

Aanleiding
Mevrouw [[p:Van Damme]] (zie ook mijn vorige post) woont sinds kort met haar zoon [[p:Lowie]] in {{w:Sluiskil}}, [[a:Dorpsstraat 7a rood]]. Ze had nog een Belgische bankrekening ([[i:BE03 2047 6002 0604]]) waarop haar alimentatie binnenkwam, en die werd door de Nederlandse gemeente niet als inkomen gezien.

Aanpak
Samen met de {{r:consulent}} van {{o:Gemeente Terneuzen}} en het {{o:GrensInfoPunt}} uitgezocht hoe het zit.

Wat werkte
Eén gesprek met alle drie tegelijk, met de Belgische advocaat via Teams.

Wat werkte niet
De mail naar [[e:info@gemeenteterneuzen.nl]]: na 3 weken nog geen antwoord.

Les voor andere teams
Bij grenssituaties: plan meteen een gezamenlijk gesprek.
=====
Van: [[p:Tamara Kuiper]] <[[e:t.kuiper@lentis.nl]]>
Verzonden: [[d:donderdag 14 maart 2024]] 16:20
Aan: [[p:Jelmer Boersma]]
Onderwerp: RE: meneer op de Korreweg

Hoi [[p:Jelmer]],
Meneer [[p:Dijkhuis]] ([[a:Korreweg 88 a]], [[pc:9715 AD]]) is bij ons niet (meer) in zorg. Laatste contact in 2021. Zijn {{r:behandelaar}} toen was [[p:Peter Mulder]], die is inmiddels met pensioen. Je kunt hem aanmelden via de {{r:huisarts}}.
Gr. [[p:Tamara]]

(ik post dit hier omdat anderen misschien dezelfde vraag hebben over heraanmelding bij {{o:Lentis}}, excuus als dat niet handig is)
=====
Les: vraag door bij "ik red me wel"

Aanleiding: dhr [[p:durk de boer]] (81), [[a:Buorren 12]], {{w:Wommels}}. Weduwnaar sinds 2022. Zoon [[p:Auke]] woont in Canada. Buren zagen hem steeds magerder worden.
Aanpak: bezoek {{r:wijkcoach}} + {{r:wijkverpleegkundige}} {{o:Thuiszorg Het Friese Land}}. Meneer zei steeds "ik red me wel". Bleek: hij kon niet koken, dat deed zijn vrouw altijd.
Wat werkte: kookles bij het {{o:Dorpshuis}} op donderdag, samen met twee andere weduwnaars.
Wat werkte niet: maaltijdservice. "Dat eten smaakt naar niks."
Les: vraag wat de overleden partner altijd deed.
=====
Graag jullie advies. Cliënt: [[p:Marco Wiersma]], geb. [[d:12 juli 1969]], BSN [[b:945840962]], [[a:Oosterhamrikkade 99-3]], [[pc:9714 BJ]] Groningen. Beslag op loon én uitkering (hij werkt 12 uur en heeft aanvullende bijstand). De {{r:deurwaarder}} ({{o:Flanderijn}}, dossier [[z:FL-2024-7781203]]) houdt geen rekening met de beslagvrije voet. Wat doen jullie in zo'n geval?
=====
Hoi allen, ik heb een vraag over huurtoeslag bij onderhuur.

Situatie: cliënte woont in een woonboot, ligplaats [[a:Noorderhaven t.o. nr 14]] in {{w:Groningen}} (de ligplaats is van de eigenaar, zij huurt de boot). Huurtoeslag afgewezen omdat een woonboot "geen zelfstandige woonruimte" zou zijn. Klopt dit?
=====
Verslag MDO (onbedoeld hier geplaatst, graag verwijderen – [[p:Hylke]])
[[d:2024-03-19]]
cliënt [[p:Tsjitske Postma]], [[a:Tsjerkestrjitte 5]], [[pc:9101 KM]] {{w:Dokkum}}, [[t:0519 29 44 81]]
{{r:huisarts}} [[p:De Haan]], {{o:Zorgpunt Dokkum}}
afspraken: bewind via [[p:J. Sikkema]] (bewindvoerder), GGZ-intake [[d:2-4]], volgende MDO [[d:30 april]]
=====
Aanleiding — Mevr. [[p:Lardinois]] (70), [[a:Hoogbrugstraat 15 A]], {{w:Wyck}}, Maastricht, belde in paniek: haar pensioen uit België was gestopt.
Aanpak — Samen mypension.be bekeken (via haar zoon [[p:Jean-Pierre]], die een Belgische eID heeft). Bleek: levensbewijs niet teruggestuurd.
Wat werkte — de zoon.
Wat werkte niet — de Belgische helpdesk, alleen Frans en na 40 minuten wachten opgehangen.
Les — Vraag bij ouderen met een buitenlands pensioen elk jaar of het levensbewijs is verstuurd.
=====
Kan iemand mij helpen met het telefoonnummer van de {{r:ambulant begeleider}} van [[p:Mohamed Bakkali]]? Hij woont in Utrecht ({{w:Overvecht}}) maar wordt sinds kort begeleid vanuit {{o:Lister}}. Ik heb alleen het algemene nummer 030 - 236 33 33.
=====
> [[p:Ytsje van der Meer]] schreef:
> Ik wil graag hulp bij structuur thuis, maar ik wil niet dat de school alles weet.

Hallo mevrouw [[p:Van der Meer]], u heeft uw bericht op het platform voor professionals gezet. Ik neem contact met u op via uw {{r:wijkcoach}}. Wilt u uw bericht verwijderen? U heeft er ook uw telefoonnummer in gezet ([[t:06-47 20 83 15]]).
Met vriendelijke groet, de moderator
=====
casus voor het overleg van dinsdag (kopie uit mijn notities):
mw. [[p:rachida]] [[p:el hamdaoui]], [[a:Kanaalstraat 121 bis]], [[pc:3531 CJ]]? of [[pc:3531CK]], check!
kinderen [[p:Yassin]] (6), [[p:Aya]] (9), [[p:Sami]] (13)
man [[p:Karim]] zit vast tot [[d:15/08/2024]]
schulden ca 9.000, {{o:Stadsbank}} [[z:SB-2024-10298]]
=====
Les voor andere teams: bel niet alleen, ga langs.

Aanleiding
Al drie maanden geen contact met meneer [[p:Lansink]] uit {{w:Twekkelerveld}} ([[a:Deurningerstraat 22-a]]). Telefoon werd niet opgenomen ([[t:053 – 433 81 90]], vaste lijn), mails kwamen terug.

Aanpak
Langs geweest. Meneer lag op de bank met een gebroken heup, al vijf dagen. Ambulance gebeld.

Wat werkte
Gaan.

Wat werkte niet
Drie maanden bellen.
=====
Hoi collega's van Buurtteam {{w:Feijenoord}}, kennen jullie de familie [[p:Öztürk]] van de [[a:Oranjeboomstraat 61-03]]? Zij zijn verhuisd naar {{w:Zwolle}} ({{w:Holtenbroek}}) en wij willen graag een warme overdracht. Bel me: [[t:038-498 23 11]] (direct).
[[p:Sanne Kamphuis]], {{o:Sociaal Wijkteam Zwolle}}
=====
Casusles
Aanleiding: jonge vrouw (23) uit {{w:Almere Haven}}, net verhuisd vanuit Den Haag (oud adres: [[a:Laan van Nieuw Oost-Indië 1]], 3e etage). Bijstand uit Den Haag werd stopgezet, in {{w:Almere}} nog niet aangevraagd. Twee maanden zonder inkomen.
Aanpak: spoedaanvraag {{o:Werkplein Almere}}, voorschot, voedselpakket.
Wat werkte: het voorschot binnen 5 dagen.
Wat werkte niet: de verhuismelding tussen gemeenten (automatisch, maar de bijstand "verhuist" niet mee).
Les: bij verhuizing tussen gemeenten altijd de nieuwe aanvraag vóór de verhuisdatum doen.
=====
Beste allemaal,

In de casus van vorige week (jonge moeder, {{w:Doornakkers}}) heb ik per ongeluk de naam van de vriend laten staan. Die is inmiddels aangepast. Excuses aan [[p:Kevin]] (haha, nu doe ik het weer). Serieus: kan de moderator deze post ook verwijderen?

[[p:Anouk]]
=====
Overleg met {{o:Zuyderland}} (SEH) en {{o:Sociaal Wijkteam Sittard}} – [[d:3 april]]
Besproken cliënt: [[p:Hubertus Vossen]] ([[d:11-11-1939]]), [[a:Rijksweg Zuid 211]], Sittard. In 2024 al 6x op de SEH na een val.
Actie: valanalyse door {{r:fysiotherapeut}}, {{r:casemanager}} {{o:Zuyderland}} thuiszorg: [[p:Mariëlle Houben]] ([[t:088 – 459 72 14]]), {{r:wijkcoach}} belt de dochter [[p:Trees]].
=====
Bij het opschonen van ons dossier vond ik een brief van de {{o:Belastingdienst}} met kenmerk [[z:9431.27.503.V.62]] die nooit is beantwoord. Cliënt (mw. [[p:Dekker]], {{w:Lombok}}) krijgt nu een naheffing. Iemand ervaring met bezwaar buiten de termijn?
=====
Aanleiding: [[p:Sietse]] (34, {{w:Leeuwarden-Oost}}) belde zelf: hij zit al 3 maanden zonder stroom. Hij woont boven de snackbar op de [[a:Tuinen 23 boven]].
Aanpak: noodfonds, aansluiting via {{o:Vattenfall}}, aanmelding {{o:GKB}}.
Wat werkte: hij belde zelf. Dat was een enorme stap ("ik schaamde me dood").
Wat werkte niet: {{o:Vattenfall}} wilde eerst de hele schuld (€ 1.860) voordat ze weer aansloten.
Les: energiebedrijven hebben een "maatschappelijk contract". Vraag ernaar.
=====
Hoi [[p:Gea]], wil jij de vragenlijst voor de evaluatie nog naar [[p:Bert]] sturen? Zijn mailadres is [[e:bert.scholten@hetnet.nl]]. Moeder gaat [[d:maandag 8 april]] naar {{o:Icare}} {{w:Berkum}}, kamer 112.
=====
Vraag: hoe doen jullie dit? Een cliënt wil zijn uitkering laten storten op de rekening van zijn broer ([[i:NL59 ABNA 4038 8174 04]]) omdat hij zelf een beslag heeft. Het {{o:Werkplein Twente}} weigert. Is dat terecht?
=====
Verslag gesprek met ouders, [[d:di 2 april]], {{w:Kerkrade}}
Aanwezig: vader [[p:Jo Pinckaers]], moeder [[p:Anja Pinckaers-Kessels]], {{r:jeugdconsulent}} {{o:Impuls}}, ik
Onderwerp: [[p:Noah]] (12), gepest op school, wil niet meer gaan.
Afspraak: gesprek met school [[d:9 april]], [[p:Noah]] mag een week thuis met schoolwerk.
Contact moeder: [[t:+31 6 31 27 05 92]]
=====
In de lessen hierboven staat telkens "meneer [[p:de J.]]" – ik neem aan dat dit dezelfde meneer is als in de casus uit Overvecht? Dan kan ik jullie vertellen dat meneer [[p:de Jong]] inmiddels bij ons in {{w:Nieuwegein}} woont ([[a:Batauweg 12 bis]]) en het heel goed met hem gaat!
=====
Reactie op "Les: vraag door bij 'ik red me wel'"

Mooi verhaal. Ik herken het van mijn eigen opa in {{w:Bolsward}} haha. Bij ons hebben we een kookclub voor weduwnaars in het dorpshuis van {{w:Witmarsum}}, gerund door [[p:Klaske Hoekstra]]. Mag ik [[p:Durk]] doorverwijzen als hij ooit verhuist?
=====
Casusles: wat je kunt leren van een weigering

Aanleiding: Meneer [[p:K. Custers]] (71, {{w:Heerlen}}), verwezen door de {{r:huisarts}} wegens vermoeden alcoholmisbruik en vereenzaming.
Aanpak: 4 x geprobeerd, 4 x deur dicht. Toen een kaartje met een postzegel erop gestuurd (hij verzamelt postzegels, zagen we door het raam).
Wat werkte: het kaartje. De week erop belde hij ([[t:045 – 571 29 60]]).
Wat werkte niet: een officiële brief met logo van de gemeente.
Les: kijk naar wat iemand belangrijk vindt. Een postzegel kan een deur openen.
=====
Aanmelding voor de expertmeeting (niet via het platform maar via mij graag!):
- [[p:Chantal de Groot]] ({{w:Rotterdam}}-Zuid) [[e:c.degroot@wijkteamrotterdam.nl]]
- [[p:Gerrit Nijhuis]] ({{w:Enschede}}) [[e:g.nijhuis@wijkracht.nl]]
- [[p:Hylke Bakker]] ({{w:Leeuwarden}})
- [[p:Ine]] ({{w:Maastricht}}), mail volgt
=====
Moderatornotitie: in dit bericht stonden een naam, een BSN en een adres. De moderator heeft deze verwijderd. Zie de huisregels: geen persoonsgegevens op het platform. Vragen? Mail de redactie.
=====
Kopie uit ons registratiesysteem (let op, NIET geanonimiseerd, graag niet verder delen):

Naam	[[p:Tahsin Aksoy]]
Geb.datum	[[d:05-03-1962]]
BSN	[[b:192616092]]
Adres	[[a:Gronausestraat 710]]
Postcode	[[pc:7534 AM]] Enschede
Tel.	[[t:06-13 80 47 26]]
Rekening	[[i:NL63SNSB1277780509]]
Dossier	[[z:WT-ENS-2023-00712]]
=====
> Wat kost een tolk eigenlijk?

Bij ons (gemeente {{w:Hengelo}}) € 55 per uur, min. 1 uur. Telefonisch € 1,85 per minuut. Voor statushouders betaalt de gemeente het eerste jaar.
=====
> [[p:Sanne Kamphuis]] schreef op [[d:18-03-2024]]:
> Kennen jullie de familie [[p:Öztürk]] van de Oranjeboomstraat?

Hoi [[p:Sanne]], ja, die kennen we. Ik bel je morgen. Het gaat om [[p:Hatice Öztürk]] en haar twee kinderen toch? Let op: de ex-partner weet niet waar ze wonen.
[[p:Yusuf]] (Buurtteam {{w:Feijenoord}})
=====
Casusles: "de krant als alarm"
Aanleiding: in {{w:Clinge}} (gem. {{w:Hulst}}) woont mevrouw [[p:De Kraker]], 93, alleen. Haar buurman [[p:Piet Verburg]] zag dat de krant niet werd binnengehaald en belde 112.
Aanpak: na het ziekenhuis een afspraak gemaakt met de krantenbezorger én de buurman: als de krant om 10 uur nog in de bus zit, bellen ze de dochter ([[t:0114 – 31 72 06]]).
Wat werkte: het was haar eigen idee.
Les: informele alarmsystemen werken in dorpen beter dan knoppen.
=====
Vraag: iemand ervaring met de {{o:Stichting Urgente Noden}} in {{w:Groningen}}? Mijn cliënt (mw. [[p:T.]], {{w:De Hoogte}}) heeft een kapotte wasmachine en drie kleine kinderen. Bijzondere bijstand afgewezen omdat ze al eerder een wasmachine kreeg (in 2019).
=====
Doorgestuurd bericht van WhatsApp (met toestemming van de collega):
[[d:09-04-24]], 08:12 - [[p:Wytse]]: goeiemorgen, [[p:Sjoerd]] van de {{o:Elkien}} belt dat de ontruiming van [[a:Frisiastraat 104]] morgen toch doorgaat!!
[[d:09-04-24]], 08:14 - [[p:Marrit]]: wat?? we hadden toch een regeling
[[d:09-04-24]], 08:15 - [[p:Wytse]]: ja maar de 1e termijn is niet betaald
[[d:09-04-24]], 08:20 - [[p:Marrit]]: ik bel de {{r:bewindvoerder}}
=====
Les voor andere teams (casus {{w:Lelystad}}/{{w:Almere}})
Een vrouw met een LVB ([[p:Shirley]], 27) werd via een datingapp "loverboy"-achtig uitgebuit. Ze leende geld voor haar "vriend" en nam 4 telefoonabonnementen af op haar naam. Pas toen de {{r:deurwaarder}} kwam werd het duidelijk.
- Wat werkte: {{o:MEE IJsseloevers}} en de politie samen. Aangifte + schuldhulp.
- Wat werkte niet: de telecomproviders, die weigerden de abonnementen te ontbinden.
- Les: vraag bij LVB-cliënten met plotselinge schulden naar (nieuwe) vrienden.
=====
@[[p:Ilse Hoogendijk]] ik heb je het convenant gemaild. Kijk even in je spam, het kwam van [[e:wijkteam.hoogvliet@rotterdam.nl]].
=====
Samenvatting telefonisch overleg {{o:Jeugdbescherming Regio Utrecht}} ([[d:11 april 2024]])
Kind: [[p:Jayden]] ([[d:09-02-2015]]), OTS sinds [[d:1 december 2023]], zaaknr. rechtbank [[z:C/16/551208 / JE RK 23-1442]]
Gezinsvoogd: [[p:Marloes van Rijn]], [[t:06 – 24 73 81 09]]
Afspraak: buurtteam blijft betrokken voor moeder (schulden, huisvesting).
=====
Casusles
Aanleiding: Man, 39, net vrij na 3 jaar detentie, komt terug in zijn oude wijk {{w:Spangen}}. Geen woning, geen ID, geen inkomen.
Aanpak: {{o:Reclassering Nederland}} + {{r:buurtteammedewerker}}. ID via de gemeente, tijdelijk onderdak bij zijn moeder aan de [[a:Spaansebocht 34-B]].
Wat werkte: de moeder.
Wat werkte niet: de eerste weken: iedereen wachtte op elkaar.
Les: maak vóór de vrijlating al een plan (de {{r:casemanager nazorg ex-gedetineerden}} van de gemeente kan dat).
=====
Hoi [[p:Roelie]], dank voor je reactie! Mijn contactgegevens voor de lotgenotengroep: [[p:Hennie Olde Hanhof]], [[t:06 51 09 33 72]]. Ik ben er op dinsdag en donderdag.
=====
Vraag over bewindvoering in Zeeland:
Wie kent een goede {{r:bewindvoerder}} in de regio {{w:Walcheren}}? Onze vaste bewindvoerder ({{o:Zeeuws Bewind}}, mevrouw [[p:Wisse]]) neemt geen nieuwe cliënten aan. Het gaat om een jongeman uit {{w:Vlissingen}} met ±€ 18.000 schuld.
=====
Een korte les uit Twente: het pakt altijd beter uit als je de {{r:huisarts}} belt vóórdat je een brief stuurt. Dr. [[p:Kamphuis]] in {{w:Oldenzaal}} zei het letterlijk: "een brief lees ik pas over twee weken, een telefoontje meteen".
=====
Verslag intake (automatisch geïmporteerd uit het formulier):
Naam: [[p:Xhevdet Berisha]]
Geboren: [[d:22/06/1984]]
Adres: [[a:Dordtselaan 112b]], [[pc:3073 GH]] Rotterdam
Mobiel: [[t:0612874503]]
E-mail: [[e:x.berisha84@gmail.com]]
IBAN: [[i:NL86 BUNQ 4560 1340 96]]
Hulpvraag: schulden, werk
Verwezen door: {{o:Vraagwijzer}} {{w:Feijenoord}}
=====
Vraag aan Almere: kennen jullie {{o:Stichting Eigen Kracht}}-conferenties nog? In {{w:Zwolle}} willen we het weer oppakken. [[p:Petra]] van jullie team zei dat jullie er in 2022 mee gestopt zijn. Waarom?
=====
aanleiding: mw [[p:hiltje zijlstra]], [[a:Mounewei 2a]], {{w:Grou}}, alleen, 79, slecht ter been
aanpak: hulp bij het huishouden + vrijwilliger {{o:Zonnebloem}}
wat werkte: ze speelt weer klaverjas op woensdag in {{o:De Kuip}} (dorpshuis)
wat werkte niet: regiotaxi, 'dy komme net op tiid'
les: vraag wat iemand vroeger leuk vond
=====
Hoi, kan iemand me helpen met een contact bij de {{o:Raad voor de Kinderbescherming}} in {{w:Zwolle}}? Het gaat over een gezagsonderzoek, zaaknummer [[z:RvdK-ZW-24-00381]]. Ik krijg telkens het centrale nummer.
=====
Casusles: een tuinhuis in {{w:Utrecht}}-{{w:Lunetten}}
Aanleiding: man (65) woont al 3 jaar illegaal in zijn volkstuinhuisje. Ontdekt door de {{r:handhaver}}.
Aanpak: buurtteam + {{o:Tussenvoorziening}}: tijdelijke plek, daarna een seniorenwoning van {{o:Bo-Ex}}.
Wat werkte: de voorzitter van de volkstuinvereniging, [[p:Ton Verhoef]], die voor hem instond.
Wat werkte niet: de wachtlijst voor seniorenwoningen (8 jaar).
Les: ook dakloosheid kan er netjes uitzien.
=====
Reactie: ik zou de {{r:bewindvoerder}} ({{o:Flanderijn}}) aanschrijven met een berekening van de beslagvrije voet. Wij doen dat met het rekenmodel van de {{o:KBS}}. Bij meneer [[p:Wiersma]] (je noemde zijn naam en BSN in je post trouwens, misschien even aanpassen?) lijkt het mij duidelijk dat hij onder de beslagvrije voet zakt.
=====
Verslag afstemmingsoverleg {{o:GGD Zeeland}} / {{o:Emergis}} / teams Walcheren, [[d:21-03-2024]]
Casus (met toestemming): dhr. [[p:Boone]], [[a:Havendijk 22]], [[pc:4351 AB]] {{w:Veere}}. Verward gedrag, kat-en-muisspel met de politie. Afspraak: bemoeizorg {{o:GGD}} (contactpersoon [[p:Karin Steketee]]), {{r:wijkagent}} informeert het team bij nieuwe meldingen.
=====
Tip voor wie in Maastricht werkt: het {{o:Steunpunt Mantelzorg}} zit sinds kort in het {{o:Centre Céramique}}. Spreekuur ma en wo, 10-12 uur. Vraag naar [[p:Mia]].
=====
Kort: de familie [[p:Aydemir]] uit {{w:Kanaleneiland}} is verhuisd naar {{w:Eindhoven}}. Collega's van {{o:WIJeindhoven}}: ze wonen nu op de [[a:Edisonstraat 48 rood]], [[pc:5621 HK]]. Overdracht volgt via Zorgmail.
=====
Aanleiding: meneer [[p:Ramakers]] (44, {{w:Venlo}}) heeft een eenmanszaak als stukadoor, is failliet en heeft een zakelijke schuld van € 62.000. Privé ook schulden.
Aanpak: {{o:Ondernemersklankbord}} + {{o:Stichting 113}}?? (nee: suïcide-signalen, dus wel 113 gebeld) + gemeentelijke schuldhulp voor ondernemers (Bbz).
Wat werkte: de Bbz-regeling; meneer wist niet dat die bestond.
Wat werkte niet: het {{o:IMK}}-loket, te lange wachttijd.
Les: zzp'ers vallen vaak buiten beeld. Vraag naar een KvK-inschrijving bij elke intake.
=====
Hoi allen, wie was ook alweer de contactpersoon bij {{o:Humanitas Thuisadministratie}} in {{w:Eindhoven}}? [[p:Jeroen]]? Of [[p:Jos van Aert]]?
=====
Overdracht aan collega (per ongeluk in het forum geplaatst, sorry):
cliënt [[p:Fenna Kuipers]] – [[a:Zonnelaan 241]], [[pc:9742 BM]] – [[t:050-577 21 48]]
afspraak [[d:wo 17/4]] 10u met {{o:GKB}}, schuldenoverzicht ligt in haar la
zoon [[p:Milan]] (16) weet van niets, niet bespreken waar hij bij is
=====
Vraag aan de collega's in {{w:Zeeuws-Vlaanderen}}: kunnen Belgische mantelzorgers een mantelzorgcompliment krijgen van een Nederlandse gemeente? Het gaat om de dochter van een cliënt in {{w:Axel}}. Ze woont in Zelzate, [[a:Kerkstraat 3 bis]].
=====
Dank voor alle reacties op mijn vraag over de volkstuin! Ik heb contact gehad met [[p:Ton]]. Hij komt [[d:16 april]] naar ons teamoverleg om te vertellen hoe het nu gaat.
=====
Aanleiding: IBS bij een moeder ([[p:Marieke S.]], 38, {{w:Groningen}}-{{w:Vinkhuizen}}), twee kinderen thuis (4 en 7). Vader onbekend.
Aanpak: opvang kinderen bij oma [[p:Geesje]] in {{w:Hoogezand}} ([[a:Hoofdweg 12-A]]), {{o:Jeugdbescherming Noord}} geïnformeerd, moeder na 3 weken terug met {{o:Lentis}} FACT.
Wat werkte: oma stond klaar, binnen een uur.
Wat werkte niet: de school wist van niets; de kinderen waren twee dagen "ziek gemeld".
Les: zorg bij een crisisopname dat ook school en opvang het weten.
""")
# ---------------------------------------------------------------------------
# 6. Look-alikes next to real data (PO boxes, general lines, amounts, codes, typos)
# ---------------------------------------------------------------------------
add(r"""
Tip bij bezwaar tegen een terugvordering: stuur het naar Postbus 70012, 3000 KP Rotterdam (afdeling Inkomen), niet naar het stadskantoor. Wij zijn er twee keer een bezwaar "kwijtgeraakt" omdat het naar de balie ging. Vermeld altijd het dossiernummer, bij onze cliënt was dat [[z:INK-2024-0088714]]. En bel daarna het algemene nummer (14 010) om te checken of het binnen is.
=====
Aanvraag bijzondere bijstand, zoals ingevuld met cliënt op [[d:3-4-'24]]:
naam: [[p:Agata Wróblewska]]
BSN: [[b:58423104]] (?? 8 cijfers, opnieuw vragen)
IBAN: [[i:NL48RABO2531805081]]
adres: [[a:Travertijnstraat 17-2]], [[pc:9743 RE]] Groningen
gevraagd bedrag: € 1.149,00 (wasmachine + koelkast, offerte nr. 24-0331)
Teruggestuurd door {{o:Gemeente Groningen}}: IBAN klopt niet. Zij heeft het nummer van haar oude bankpas overgeschreven.
=====
Voor wie het zoekt: het bezoekadres van {{o:WIJ Groningen}} Centrum is veranderd, het postadres blijft Postbus 30026, 9700 RM Groningen. Algemeen nummer: 050 367 98 00. Spreekuur op werkdagen van 9.00 tot 12.30 uur in zaal 0.14. Vraag naar de {{r:dienstdoende WIJ-medewerker}}.
=====
Vraagje. In de casus van [[p:Rishi]] (zie boven) werd gesproken over € 350 per maand alimentatie. Klopt het dat de {{o:LBIO}} dat kan innen als de ex niet betaalt? Zijn ex woont in {{w:Lelystad}}, hij in {{w:Almere}} ([[a:Bachstraat 44]]). Art. 1:408 BW zegt iets over verhaal, maar ik snap er weinig van.
=====
Even ter info: de rekening voor giften aan de {{o:Voedselbank Zwolle}} is [[i:NL28 INGB 7331 2948 24]]? Nee sorry, dat klopt niet, dat is de rekening van een cliënt ([[p:Gert]]) die ik open had staan. De Voedselbank heeft een eigen site. 🙈
=====
Planning expertmeeting april (deelnemers regio Noord)
09.30 inloop
10.00 opening door [[p:Jelle Bergsma]] ({{o:Amaryllis}})
10.20 casus "Buorren" ({{w:Wommels}}) – [[p:Marrit Wiersma]]
11.00 pauze
11.15 workshop 1 (zaal 2.03) / workshop 2 (zaal 2.05)
12.30 lunch
Aanmelden vóór [[d:5 april]] via [[e:expertmeeting-noord@amaryllis.nl]]. Max. 40 deelnemers, 3 per team.
=====
Uit de evaluatie van het schuldenproject {{w:Rotterdam-Zuid}} 2023: 412 huishoudens, 64% met meer dan 10 schuldeisers, gemiddelde schuld € 31.400. Gemiddelde duur traject: 3,2 jaar. In 17 gevallen een dwangakkoord (art. 287a Fw). Rapport (48 pag.) staat in de bibliotheek.
=====
Na de vraag over de woonboot: de {{o:Belastingdienst}}/Toeslagen bevestigde dat een woonboot mét vaste ligplaats wél meetelt. Cliënte (mw. [[p:A.]]) heeft bezwaar gemaakt met kenmerk [[z:5 118 402 301 H 12]]. Uitspraak binnen 6 weken. Ik houd jullie op de hoogte!
=====
Reactie op de vraag over permanente bewoning:
In {{w:Zeewolde}} loopt het nu via de {{r:consulent}} Wonen, [[p:Arjen Brugman]] ({{r:beleidsmedewerker}}). Bereikbaar via [[t:036-522 91 37]] of het algemene nummer 14 036. Let op: recreatieparken hebben vaak een eigen beheerder die geen adres mag doorgeven.
=====
Tabel aanwezigen overleg jeugd & wonen [[d:15-04-2024]]
naam	organisatie	rol
[[p:Wytse de Jong]]	{{o:Amaryllis}}	{{r:wijkcoach}}
[[p:Marrit Wiersma]]	{{o:Amaryllis}}	{{r:jeugdconsulent}}
[[p:Sjoerd Tjalsma]]	{{o:Elkien}}	{{r:woonconsulent}}
[[p:A. Bouma]]	{{o:WoonFriesland}}	{{r:sociaal beheerder}}
(notulist: de {{r:secretaris}} van het overleg)
""")
# ---------------------------------------------------------------------------
# 7. One long lesson with a meeting summary pasted in
# ---------------------------------------------------------------------------
add(r"""
Casusles: "Drie organisaties, één voordeur" ({{w:Enschede}}-Zuid, {{w:Wesselerbrink}})

Aanleiding
In het voorjaar kregen wij binnen twee weken drie meldingen over hetzelfde adres, [[a:Lasondersingel 231-b]]: van {{o:Domijn}} (huurachterstand € 2.870), van de school van de jongste (verzuim) en van de {{r:wijkagent}} (ruzie, twee keer 's nachts). Bewoners: moeder [[p:Dilan]] (36), haar vriend en drie kinderen. Elke organisatie had een eigen plan, niemand wist van de ander.

Aanpak
- één gezamenlijk gesprek aan de keukentafel op [[d:woensdag 17 april]], met moeder, {{r:wijkcoach}}, {{r:woonconsulent}} en {{r:IB'er}} van school
- één plan op één A4, in gewone taal, op de koelkast
- budgetbeheer via {{o:Schuldhulpverlening Enschede}} (dossier [[z:SHV-ENS-24-01187]]), huur rechtstreeks van de uitkering op rekening [[i:NL96 RABO 6208 8750 13]]
- de vriend ([[p:Ferhat]]) naar {{o:Tactus}} voor zijn gebruik; hij ging twee keer en stopte toen

Uit het verslag van het vervolgoverleg ([[d:22 mei]]):
"Huurachterstand gedaald naar € 1.100. [[p:Roos]] (9) is sinds de meivakantie niet meer te laat. Moeder geeft aan dat ze rust ervaart. Punt van zorg blijft de vriend."

Wat werkte
De ene voordeur: moeder had nog maar één nummer om te bellen ([[t:06 – 29 61 40 08]], de werktelefoon van de {{r:wijkcoach}}).

Wat werkte niet
De vriend betrekken. Hij voelde zich aangevallen, en we hadden geen plan voor hém.

Les voor andere teams
Maak bij meerdere meldingen eerst één plan, dan pas acties. En vergeet de volwassenen in het gezin niet die níet de aanvrager zijn.

[[p:Gerrit Nijhuis]], {{r:wijkcoach}} {{o:Wijkracht}}
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


def digits(s):
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def bsn_ok(s):
    d = digits(s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    return (sum(int(d[i]) * (9 - i) for i in range(8)) - int(d[8])) % 11 == 0


def iban_ok(s):
    d = digits(s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d):
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
            if sp["label"] == "bsn" and sp["text"] not in MISTYPED:
                assert bsn_ok(sp["text"]), ("bad bsn", sp["text"])
            if sp["label"] == "iban" and sp["text"] not in MISTYPED:
                assert iban_ok(sp["text"]), ("bad iban", sp["text"])
        rows.append({"id": "h104-%04d" % i, "text": text, "pii": pii, "keep": keep})
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout104.jsonl")
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
    empty = sum(1 for r in rows if not r["pii"])
    print(path)
    print("texts", len(rows), "without pii", empty, "avg words %.1f" % (words / len(rows)))
    print(
        "pii",
        tot,
        {k: pc[k] for k in sorted(pc, key=lambda k: -pc[k])},
        "person share %.2f" % (pc.get("person", 0) / tot),
    )
    print("keep", sum(kc.values()), kc)


if __name__ == "__main__":
    main()
