#!/usr/bin/env python3
"""Held-out corpus 123: theme pages and theme threads of the pilot "Samen werken in
het sociale domein" (youth, elderly, domestic violence, assertive outreach, debts,
loneliness, LVB, housing, mental health): theme descriptions, member lists with
teams and roles, collected best practices, literature and links, questions to the
group, summaries of lessons, partner contact lists, and threads about cases.

Texts are written with inline markup:
  [[x:...]]  personal data   (p person, b bsn, t phone, e email, i iban,
                              pc postcode, a address, d date, z dossier)
  {{x:...}}  context to keep (w wijk, o org, r role)
The markup is stripped programmatically, so offsets are right by construction.
Running this script deterministically writes heldout123.jsonl next to itself.

Policy notes: an organisation's general line / switchboard and the postcode of a PO
box are not personal data and stay unmarked; a named person's direct line, mobile
and any e-mail address are marked; visiting addresses (street + number) are marked.
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

# numbers that are deliberately typed wrongly (still personal data)
WRONG = {"NL49INGB304263125", "526379497", "NL20ABNA7635183291"}

TEXTS = []


def add(block):
    for t in block.split("\n=====\n"):
        t = t.strip("\n")
        if t.strip():
            TEXTS.append(t)


# ---------------------------------------------------------------------------
# 1. Theme pages: descriptions, agenda, timeline
# ---------------------------------------------------------------------------
add(r"""
Thema Ouderen

Waar gaat dit thema over?
In bijna alle 24 teams zien we ouderen die langer thuis wonen dan ze eigenlijk aankunnen. Vaak is er geen netwerk meer, of een netwerk dat op is. De {{r:casemanager dementie}} en de {{r:ouderenconsulent}} zitten niet in elk team, dus kennis is ongelijk verdeeld. In {{w:Mariahoeve}} en {{w:Bezuidenhout}} is veel ervaring; in {{w:Ypenburg}} en {{w:Leidschenveen}} komen we ouderen juist laat tegen.

Wat willen we in vier maanden bereiken?
- een gedeelde signaleringslijst voor vroege achteruitgang (geheugen, voeding, vallen)
- afspraken met {{o:Vóór Welzijn}} en {{o:Florence}} over wie de eerste stap zet
- minstens 6 geanonimiseerde casuslessen op dit platform

Voor wie?
Voor iedereen die met 75-plussers werkt: {{r:wijkverpleegkundige}}, {{r:Wmo-adviseur}}, {{r:welzijnscoach}}, {{r:maatschappelijk werker}}.
=====
THEMA HUISELIJK GEWELD – themapagina

Huiselijk geweld komt in alle wijken voor, maar we zien het vaak pas laat. Dit thema gaat over vroeg signaleren, veilig doorvragen en samenwerken met {{o:Veilig Thuis Haaglanden}}, de {{o:Blijf Groep}} en de {{o:politie}}. We volgen de vijf stappen van de Meldcode.

Themacoördinator: [[p:Hanane Ouazzani]] ({{r:aandachtsfunctionaris huiselijk geweld}}, SWT {{w:Transvaal}})
Mail: [[e:h.ouazzani@swt-denhaag.nl]]

Let op: bij acuut gevaar altijd 112. Advies of melden bij {{o:Veilig Thuis}}: 0800-2000 (gratis, 24/7). Dit is een algemeen nummer, daar kun je ook anoniem advies vragen.
=====
Thema Jeugd (18-/18+)

Jongeren die 18 worden vallen vaak tussen wal en schip: de jeugdhulp stopt, de volwassenenzorg is nog niet begonnen. De {{o:CJG}}'s en de wijkzorgteams willen samen een warme overdracht organiseren, ruim voor de 18e verjaardag (wij zeggen: vanaf 17,5 jaar).

Thema-eigenaar: [[p:Rutger Kamphuis]], {{r:jongerenwerker}} bij {{o:Stichting MOOI}} in {{w:Escamp}}
[[e:r.kamphuis@mooiwelzijn.nl]] | [[t:06-18 33 47 02]]
=====
Over dit thema: Bemoeizorg

Bemoeizorg is zorg voor mensen die zelf geen hulp vragen, maar die het wel hard nodig hebben: zorgmijders met verward gedrag, vervuiling, verslaving of schulden. Het team Vangnet & Advies van de {{o:GGD Haaglanden}} is onze belangrijkste partner. Vaak loopt het vast omdat de {{o:GGZ}} een verwijzing van de {{r:huisarts}} nodig heeft, terwijl de cliënt niet naar de huisarts gaat.

In dit thema verzamelen we wat werkt om toch binnen te komen: volhouden, iets praktisch aanbieden, een {{r:ervaringsdeskundige}} meenemen, en goede afspraken met de {{r:wijkagent}}.

Melden bij de GGD kan via het algemene nummer van de {{o:GGD}}, 070 - 752 50 00 (tijdens kantooruren), of via Meldpunt Zorg en Overlast.
=====
Thema Schulden – wat we weten

• Ongeveer 1 op de 5 huishoudens in onze wijken heeft problematische schulden.
• Gemiddelde schuld bij aanmelding bij {{o:Schuldhulpverlening Den Haag}}: rond € 41.000, verdeeld over 14 schuldeisers.
• Wachttijd intake: nu 4 à 6 weken (norm is 3 werkdagen bij dreigende huisuitzetting, art. 4a Wgs).
• Beslagvrije voet: sinds 2021 eenvoudiger te berekenen, maar fouten blijven voorkomen.

Wat dit thema wil: sneller signaleren via vroegsignalering (huur, energie, zorgverzekering) en een vaste route van wijkteam naar {{o:Geldloket}} of {{o:Schuldhulpmaatje}}.
=====
Thema Eenzaamheid

Eenzaamheid is geen probleem van alleen ouderen. In {{w:Stationsbuurt}} en {{w:Centrum}} zien we jonge alleenstaande mannen, statushouders en mensen die net gescheiden zijn. We maken onderscheid tussen sociale eenzaamheid (te weinig contacten) en emotionele eenzaamheid (het gemis van een hechte band).

Dit jaar doen we mee met de Week tegen Eenzaamheid, van [[d:26 september]] t/m [[d:5 oktober]]. Ideeën voor activiteiten in jouw wijk? Zet ze hieronder!
=====
Thema LVB (licht verstandelijke beperking)

Veel cliënten met multiproblematiek hebben een LVB die niet herkend is. Ze lijken het gesprek te volgen, knikken ja, maar begrijpen de afspraken niet. In de {{w:Schilderswijk}} ligt de nadruk hier al op; andere teams willen leren.

Wat we delen: de SCIL (screener, 14 vragen, ongeveer 10 minuten), voorbeeldbrieven in eenvoudige taal (B1), en ervaringen met {{o:MEE}}, {{o:Ipse de Bruggen}} en {{o:Middin}}.

Tip: vraag nooit 'begrijpt u het?' maar 'kunt u in uw eigen woorden vertellen wat we hebben afgesproken?'
=====
Themapagina WONEN

Huisuitzettingen voorkomen, urgentie aanvragen, woonfraude, overbewoning, en mensen die na een opname of detentie geen dak hebben. Belangrijke partners: {{o:Haag Wonen}}, {{o:Staedion}}, {{o:Vidomes}} en de particuliere verhuurders.

Contactpersoon thema: [[p:Bert Schipper]] ({{r:woonconsulent}}, gedetacheerd bij SWT {{w:Laak}}), bereikbaar op [[t:070 - 312 88 15]] (direct) of [[e:bert.schipper@haagwonen.nl]].

Wist je dat? Bij een huurachterstand van 1 maand sturen de corporaties een signaal naar de gemeente (convenant vroegsignalering). Dat signaal komt dan bij jullie team terecht.
=====
Thema GGZ – psychische problemen in de wijk

Doel: de drempel naar de {{o:GGZ}} verlagen en de wachttijd overbruggen. We werken samen met {{o:Parnassia}}, {{o:PsyQ}}, {{o:i-psy}} (cultuursensitief) en de {{r:POH-GGZ}} in de huisartsenpraktijken.

Onderwerpen: Wvggz en zorgmachtiging, crisis buiten kantooruren, psychische klachten bij statushouders, de rol van de {{r:ervaringsdeskundige}}.

Bij crisis: bel de {{r:huisarts}} of de huisartsenpost. Voor gesprekken met iemand die suïcidale gedachten heeft: 113 Zelfmoordpreventie, 0800-0113.
=====
Agenda thema Ouderen

Expertmeeting 'Dementie en eenzaamheid thuis'
[[d:donderdag 11 april]], 14.00 – 16.30 uur
Locatie: {{o:Wijkcentrum De Boog}}, zaal 2.04 (tweede verdieping), [[a:Kijkduinsestraat 1115]], {{w:Loosduinen}}
Sprekers: [[p:Greetje Post]] ({{r:casemanager dementie}}, {{o:Florence}}) en dr. [[p:Anil Jhinkoe]] ({{r:specialist ouderengeneeskunde}})
Aanmelden vóór [[d:4 april]] via de knop hieronder. Max. 40 deelnemers.
=====
Tijdlijn pilot "Samen werken in het sociale domein"

Kick-off met alle teamleden – [[d:22 november]]: keuze van de pilotgroep (20 deelnemers) en de thema's
Startbijeenkomst – begin februari
Expertmeeting – april (datum volgt per thema)
Slotbijeenkomst – [[d:vrijdag 20 juni]], Atrium stadhuis

Begeleiding: {{o:Crossover}} en {{o:CAOP}}, in opdracht van de gemeente.
=====
Thema Huiselijk geweld › Uitleg

Wat valt onder huiselijk geweld? Lichamelijk, psychisch en seksueel geweld, stalking, eergerelateerd geweld, ouderenmishandeling, financiële uitbuiting en kindermishandeling. Ook een kind dat getuige is van geweld tussen ouders is slachtoffer.

De Meldcode heeft vijf stappen: 1 signalen in kaart brengen; 2 collegiale consultatie en zo nodig {{o:Veilig Thuis}} raadplegen; 3 gesprek met betrokkene; 4 wegen (afwegingskader); 5 beslissen: hulp organiseren en/of melden.

De {{r:aandachtsfunctionaris}} in je team helpt bij stap 2. Staat jouw team nog niet op de lijst? Laat het ons weten.
=====
Thema Eenzaamheid · Doelen voor de expertmeeting

1. Een overzicht van alle maatjesprojecten per stadsdeel (nu versnipperd).
2. Afspraak met de {{o:Zonnebloem}} en {{o:Humanitas}} over snelle koppeling (< 3 weken).
3. Een korte gesprekskaart 'Hoe vraag je naar eenzaamheid' voor de {{r:wijkverpleegkundige}}.
4. Minstens 3 casuslessen van mensen onder de 50.

Verantwoordelijk: [[p:Wendy Smits]] en [[p:Ömer Yavuz]].
=====
Thema Schulden | Pagina bijgewerkt op [[d:14-03-2024]] door [[p:Loubna Essafi]]

Nieuw: de gemeente heeft de regeling voor vroegsignalering uitgebreid. Vanaf [[d:1 april]] komen ook signalen van drinkwaterbedrijf {{o:Dunea}} binnen. Per signaal neemt een {{r:schuldhulpverlener}} binnen 5 werkdagen contact op; lukt dat niet, dan gaat er een huisbezoek naar het wijkteam.
""")
# ---------------------------------------------------------------------------
# 2. Lists of theme members with their teams and roles
# ---------------------------------------------------------------------------
add(r"""
Leden thema Ouderen

| Naam | Team | Rol | Organisatie |
|---|---|---|---|
| [[p:Marjolein Verkerk]] | SWT {{w:Mariahoeve}} | {{r:wijkverpleegkundige}} | {{o:Florence}} |
| [[p:Thijs Hoogeveen]] | SWT {{w:Bezuidenhout}} | {{r:ouderenconsulent}} | {{o:Vóór Welzijn}} |
| [[p:Shirley Doelwijt]] | SWT {{w:Morgenstond}} | {{r:Wmo-adviseur}} | {{o:Gemeente Den Haag}} |
| [[p:Radoslav Hristov]] | SWT {{w:Laak}} | {{r:maatschappelijk werker}} | {{o:Xtra}} |
| [[p:Corrie Stam]] | SWT {{w:Scheveningen}} | {{r:welzijnscoach}} | {{o:Welzijn Scheveningen}} |
| [[p:Greetje Post]] | (gast) | {{r:casemanager dementie}} | {{o:Florence}} |
=====
Deelnemers themagroep Schulden (stand [[d:1 maart]])
- [[p:Loubna Essafi]] – {{r:schuldhulpverlener}}, SWT {{w:Moerwijk}}
- [[p:Pieter Koning]] – {{r:budgetcoach}}, SWT {{w:Spoorwijk}}
- [[p:Fadumo Abdi]] – {{r:maatschappelijk werker}} {{o:Xtra}}, SWT {{w:Transvaal}}
- [[p:Jeroen de Vos]] – {{r:sociaal raadslid}}, SWT {{w:Escamp}}
- [[p:Dorota Szymańska]] – {{r:klantmanager}} {{o:SZW}}, SWT {{w:Laakkwartier}}
Vanuit de gemeente sluit [[p:Hans Winter]] ({{r:beleidsmedewerker}} armoede) aan bij de expertmeeting.
=====
Naam	Team	Functie	Mail
[[p:Samira El Hamdaoui]]	{{w:Schilderswijk}}	{{r:MEE-consulent}}	[[e:s.elhamdaoui@mee-zhn.nl]]
[[p:Kishan Mangroe]]	{{w:Schilderswijk}}	{{r:casusregisseur}}	[[e:k.mangroe@denhaag.nl]]
[[p:Anouk Brouwer]]	{{w:Rustenburg}}	{{r:ambulant begeleider}}	[[e:anouk.brouwer@ipsedebruggen.nl]]
[[p:Mehari Ghebreyesus]]	{{w:Centrum}}	{{r:trajectbegeleider}}	[[e:m.ghebreyesus@middin.nl]]
[[p:Ineke Snoek]]	{{w:Regentessekwartier}}	{{r:maatschappelijk werker}}	[[e:i.snoek@xtra.nl]]
=====
wie zit er in thema bemoeizorg:
[[p:gülay]] (spv, {{o:Parnassia}}) / [[p:sjaak]] ({{r:wijkagent}} {{w:duindorp}}) / [[p:redouan]] (mw {{o:xtra}}) / [[p:tineke zomer]] (vangnet {{o:ggd}}) / en ik, [[p:daan]]
als je iemand mist laat het weten
=====
Overzicht leden thema Huiselijk geweld – teams en rollen

SWT {{w:Transvaal}}: [[p:H. Ouazzani]] ({{r:aandachtsfunctionaris}}), [[p:E. Şahin]] ({{r:maatschappelijk werker}})
SWT {{w:Bouwlust}}/{{w:Vrederust}}: [[p:K. Lewandowska]] ({{r:jeugdconsulent}} {{o:CJG}})
SWT {{w:Segbroek}}: [[p:M. Wolters]] ({{r:casusregisseur}})
SWT {{w:Leyenburg}}: [[p:R. Ramcharan]] ({{r:wijkverpleegkundige}})
Vaste gast: [[p:Y. Asante]], {{r:gedragswetenschapper}} {{o:Veilig Thuis Haaglanden}}
=====
Nieuw in de themagroep LVB: welkom [[p:Ruthmila Maduro]]! Zij werkt sinds januari als {{r:MEE-consulent}} in {{w:Transvaal}} en daarvoor 8 jaar bij {{o:'s Heeren Loo}}. Je kunt haar mailen op [[e:ruthmila.maduro@mee-zhn.nl]] of bellen op [[t:06 41 27 90 36]].
=====
Ledenlijst thema Jeugd (18-/18+)

1. [[p:Rutger Kamphuis]] · {{r:jongerenwerker}} · {{o:Stichting MOOI}} · {{w:Escamp}} · [[t:06-18 33 47 02]]
2. [[p:Ilham Zaari]] · {{r:jeugdconsulent}} · {{o:CJG}} {{w:Moerwijk}} · [[t:070 - 353 92 14]] (direct)
3. [[p:Giovanni Rosalia]] · {{r:trajectbegeleider}} · {{o:Jeugdformaat}} · {{w:Laak}} · [[t:06 28 15 60 93]]
4. [[p:Katarzyna Lewandowska]] · {{r:jeugdconsulent}} · {{o:CJG}} {{w:Bouwlust}} · [[t:06-21 75 08 44]]
5. [[p:Emre Kılıç]] · {{r:leerplichtambtenaar}} · {{o:Gemeente Den Haag}} · hele stad · via algemeen nummer 14 070
=====
Thema Wonen – wie is wie
[[p:Bert Schipper]] ({{o:Haag Wonen}}, {{r:woonconsulent}})
[[p:Nora Sahertian]] ({{r:casusregisseur}}, SWT {{w:Zeeheldenkwartier}})
[[p:Glenn Fraenkel]] ({{r:maatschappelijk werker}}, {{o:Kessler Stichting}})
[[p:Petya Stoyanova]] ({{r:opbouwwerker}}, {{o:Xtra}}, {{w:Stationsbuurt}})
[[p:Arie Kok]] (huurdersvereniging, {{w:Moerwijk}})
=====
Themagroep Eenzaamheid

Trekker: [[p:Wendy Smits]] – {{r:welzijnscoach}}, {{o:Vóór Welzijn}}, {{w:Mariahoeve}}
Co-trekker: [[p:Ömer Yavuz]] – {{r:opbouwwerker}}, {{o:Zebra Welzijn}}, {{w:Laak}}
Leden: [[p:Lotte Hoek]] ({{r:mantelzorgconsulent}}), [[p:Irma Wattimena]] ({{r:ouderenadviseur}}), [[p:Ahmad Zia Karimi]] ({{r:sleutelpersoon}} Afghaanse gemeenschap), [[p:Els de Haan]] ({{r:vrijwilligerscoördinator}} {{o:Humanitas}})
=====
Leden thema GGZ (update)

naam / team / rol
[[p:Gülay Arslan]] / {{w:Laakkwartier}} / {{r:SPV}} {{o:Parnassia}}
[[p:Milton Coffie]] / {{w:Transvaal}} / {{r:ervaringsdeskundige}}
[[p:Lin Meihua]] / {{w:Bezuidenhout}} / {{r:POH-GGZ}}
[[p:Habib Rahmani]] / {{w:Schilderswijk}} / {{r:maatschappelijk werker}} {{o:i-psy}}
[[p:Karin Mulder]] / {{w:Loosduinen}} / {{r:wijkverpleegkundige}} GGZ

[[p:Milton]] is per [[d:15 april]] met verlof, vervanging volgt.
=====
Facilitatoren van de pilot
[[p:Ellen Brouwer]] – {{r:adviseur}} {{o:CAOP}}, [[e:e.brouwer@caop.nl]]
[[p:Frank Vink]] – {{r:procesbegeleider}} {{o:Crossover}}, [[t:06 50 93 18 72]]
[[p:Marcia Kartodikromo]] – {{r:programmamanager}} sociaal domein, {{o:Gemeente Den Haag}}
Vragen over het platform zelf? Mail de {{r:functioneel beheerder}} via het contactformulier.
=====
Themaleden LVB (export uit het platform, [[d:03-02-2025]])
Naam;Team;Rol;Telefoon
[[p:Samira El Hamdaoui]];{{w:Schilderswijk}};{{r:MEE-consulent}};[[t:06-34 18 72 05]]
[[p:Ruthmila Maduro]];{{w:Transvaal}};{{r:MEE-consulent}};[[t:06 41 27 90 36]]
[[p:Ewa Wójcik]];{{w:Spoorwijk}};{{r:maatschappelijk werker}};[[t:+31 6 4409 1187]]
[[p:Shudaika Pieternella]];{{w:Moerwijk}};{{r:ambulant begeleider}};
[[p:Bilal Amrani]];{{w:Laak}};{{r:casusregisseur}};[[t:070-3537711]]
""")
# ---------------------------------------------------------------------------
# 3. Collected best practices
# ---------------------------------------------------------------------------
add(r"""
Best practices thema Ouderen (verzameld na de startbijeenkomst)

1. Koffie met de wijkagent – in {{w:Bezuidenhout}} schuift de {{r:wijkagent}} één keer per maand aan bij de koffieochtend. Ouderen durven daarna sneller te melden dat ze opgelicht zijn.
2. Boodschappenmaatje – vrijwilligers van {{o:Vóór Welzijn}} gaan mee naar de supermarkt. Tweede doel: kijken of iemand nog kan plannen.
3. Valpreventie aan huis – de {{r:fysiotherapeut}} en de {{r:wijkverpleegkundige}} doen samen één huisbezoek (45 min).
4. Het 'blauwe schrift' – ligt bij de cliënt op tafel; iedere hulpverlener schrijft erin wat hij heeft gedaan. Werkt vooral als er veel verschillende zorgverleners komen.
=====
Goed voorbeeld uit {{w:Transvaal}}: de vrouwengroep in het {{o:buurthuis De Mussen}}

Elke donderdagochtend (10.00-12.00) komen 15 tot 25 vrouwen samen. Er is altijd een tolk Arabisch en Turks. Het gesprek gaat over opvoeden, geld, gezondheid. De {{r:aandachtsfunctionaris}} van ons team komt eens per maand; sindsdien hebben drie vrouwen zelf hulp gevraagd bij huiselijk geweld.

Wie meer wil weten: bel [[p:Serpil Doğan]] ({{r:opbouwwerker}} {{o:Xtra}}), [[t:06 15 80 42 67]].
=====
Wat werkt bij bemoeizorg – lijstje van [[p:Redouan Benali]]
- Niet de eerste keer al over 'hulp' beginnen. Eerst iets brengen (boodschappen, een lamp, een kachel).
- Altijd op hetzelfde tijdstip langs. Voorspelbaarheid bouwt vertrouwen.
- Met z'n tweeën maar één praat.
- De buren zijn je ogen: geef ze een vast nummer (ons teamnummer, niet je eigen 06).
- Schrijf na elk bezoek drie regels op, ook als er niet is opengedaan.
=====
Praktijkvoorbeeld schulden: "Geldfit-spreekuur" in de bibliotheek

Sinds september houden {{o:Schuldhulpmaatje}} en het {{o:Geldloket}} spreekuur in de {{o:Bibliotheek Escamp}}. Mensen komen binnen voor een boek en lopen dan door. In het eerste half jaar 212 bezoekers, waarvan 61 doorverwezen naar de {{o:Schuldhulpverlening}}. Kosten: € 0, alleen tijd van vrijwilligers.

Wil je dit ook in jouw wijk? Neem contact op met [[p:Pieter Koning]], [[e:p.koning@schuldhulpmaatje-denhaag.nl]].
=====
LVB: zo maak je een brief begrijpelijk (best practice van team {{w:Schilderswijk}})

✔ één boodschap per brief
✔ korte zinnen, max. 10 woorden
✔ wat moet de lezer DOEN? Zet dat bovenaan
✔ datum en tijd in cijfers én dag: "dinsdag 14.00 uur"
✔ een foto van de persoon die je gaat ontmoeten
✘ geen woorden als 'beschikking', 'termijn', 'verzoek'

Met dank aan [[p:Samira]] en [[p:Kishan]] die dit hebben uitgeprobeerd bij 30 cliënten.
=====
Best practice wonen: de 'Laatste kans'-overeenkomst

Bij een dreigende ontruiming sluiten huurder, corporatie en wijkteam samen een overeenkomst: huurder betaalt de lopende huur, accepteert begeleiding en budgetbeheer; corporatie schort de ontruiming 12 maanden op. {{o:Staedion}} en {{o:Haag Wonen}} doen mee. Resultaat in 2023: 38 van de 47 huishoudens konden blijven.

Contactpersoon bij {{o:Staedion}}: [[p:Marloes Wolters]], {{r:consulent bijzonder beheer}}, [[t:088 - 234 71 60]] of [[e:m.wolters@staedion.nl]]. Algemeen nummer {{o:Staedion}}: 088 - 234 00 00.
=====
Eenzaamheid – wat werkt volgens de deelnemers:
* telefooncirkel (elke ochtend belt de een de ander)
* 'Eten bij de buren' (maaltijd bij buurtbewoners thuis, € 4 per keer)
* samen wandelen vanaf het wijkcentrum, ma en do 10.30 uur
* brief van de {{r:huisarts}} met uitnodiging voor een activiteit: mensen komen eerder als de dokter het zegt
* jongeren van het mbo die ouderen helpen met de telefoon (Digicafé)
=====
Tip van [[p:Marjolein]] ({{r:wijkverpleegkundige}}): bij een nieuwe oudere cliënt vraag ik altijd "wie zou u bellen als u valt?" Als het antwoord stil blijft, weet je genoeg. Dan melden bij de {{r:welzijnscoach}} voor een maatje.
=====
Verzamelde werkwijzen huiselijk geweld

A. Veilig doorvragen: altijd apart spreken, nooit met partner of kinderen erbij, nooit een kind als tolk.
B. Veiligheidsplan: samen met de cliënt, op papier, op een plek die de pleger niet vindt.
C. Tijdelijk huisverbod: contact binnen 24 uur met beide partijen (de pleger krijgt ook hulp).
D. Na de crisis: blijf 6 maanden betrokken, ook als het rustig lijkt.
E. Financieel geweld: vraag naar wie de bankpas heeft. Vaak het eerste signaal.

Bron: werksessie [[d:8 februari]] met {{o:Veilig Thuis}} en de {{o:Blijf Groep}}.
=====
Jeugd – goed voorbeeld 'Toekomstgesprek op 17½'

Het {{o:CJG}} nodigt de jongere, de ouders en iemand van het wijkteam uit voor één gesprek over: inkomen (studiefinanciering, bijstand of werk), zorgverzekering, wonen, DigiD, en wie de jongere helpt na 18. Er komt een A4 uit met wie-doet-wat.

Sinds de start in {{w:Moerwijk}} zijn 23 gesprekken gevoerd. Opvallend: bij 9 jongeren was er al een schuld bij het {{o:CJIB}} vóór hun 18e.
=====
Werkwijze GGZ-overbrugging ({{w:Laakkwartier}})

Wachttijd bij de {{o:GGZ}} is 12-20 weken. In die tijd:
- wekelijks contact met de {{r:POH-GGZ}} (max. 5 gesprekken per jaar vergoed? → check bij huisarts)
- {{o:Parnassia}} biedt een 'wachtkamergroep' (4 bijeenkomsten)
- {{r:ervaringsdeskundige}} [[p:Milton Coffie]] loopt mee naar de eerste afspraak

Dit voorkomt uitval. Van de 17 mensen die we zo begeleidden kwamen er 15 daadwerkelijk op de intake.
=====
Goed voorbeeld uit {{w:Ypenburg}}: buurtwerkplaats als ingang

Mannen die nergens komen, komen wel om een fiets te repareren. De buurtwerkplaats aan de [[a:Laan van Hoornwijck 201]] is open op woensdag en zaterdag. De {{r:welzijnscoach}} is er elke woensdag. Inmiddels zitten er 4 mannen uit de werkplaats in een schuldhulptraject en 2 bij {{o:Brijder}}.
=====
best practices bemoeizorg uit de sessie van [[d:di 12 maart]]:
- gezamenlijk huisbezoek met de {{o:GGD}} én de corporatie werkt beter dan los
- bij vervuiling: eerst één kamer, niet het hele huis
- 'niemand gaat hier weg zonder een volgende afspraak'
- huisdieren tellen mee! dierenambulance / {{o:Dierenbescherming}} vroeg betrekken
=====
Praktijkvoorbeeld 'Schuldenvrije start' (statushouders)

Nieuwkomers krijgen bij aankomst in hun woning meteen rekeningen (inrichting, energie, zorgpremie, gemeentelijke belastingen). {{o:Vluchtelingenwerk}} en team {{w:Spoorwijk}} maken nu samen in de eerste week een begroting, zetten automatische betalingen klaar en vragen kwijtschelding aan.

Voorbeeld uit de praktijk: een gezin uit Eritrea, vader [[p:Filmon Berhane]], had binnen 3 maanden € 2.300 schuld omdat de huurtoeslag nog niet liep. Met de nieuwe werkwijze was dat voorkomen.
=====
LVB – drie dingen die werkten bij mevr. [[p:Pieternella]]'s cliënten:
1) afspraken op een kaartje met plaatjes
2) vaste dag, vaste tijd, vast gezicht
3) een {{r:vertrouwenspersoon}} uit het eigen netwerk (bij één cliënt was dat de kapper)
=====
Thema Wonen – verzamelde tips voor urgentieaanvragen

• Urgentie aanvragen duurt gemiddeld 8 weken. Begin dus op tijd.
• Medische urgentie: altijd een verklaring van de behandelaar, niet alleen van de {{r:huisarts}}.
• Na huiselijk geweld: verklaring van {{o:Veilig Thuis}} of de {{o:Blijf Groep}} helpt.
• Dakloos na detentie: vraag de {{r:casemanager}} van de gemeente (Nazorg ex-gedetineerden) om een voorrangsverklaring.
• Bezwaar? Binnen 6 weken, art. 7:1 Awb.
=====
Wat werkte in {{w:Duindorp}}: het 'kerkje' als plek voor rouwgroepen. Sinds de dominee meedoet komen ook mannen. Contact via de kerk, niet via ons. (tip van [[p:Sjaak]])
=====
Best practice: de huisbezoekkaart voor 75+

Bij elk eerste huisbezoek vullen we samen met de cliënt een kaart in met 10 vragen (wonen, eten, vallen, geheugen, geld, contacten, zingeving ...). Elke vraag een smiley. Twee of meer rode smileys = bespreken in het team.

Bedacht door [[p:Irma Wattimena]] en [[p:Thijs Hoogeveen]], getest bij 54 ouderen in {{w:Bezuidenhout}} en {{w:Mariahoeve}}. Download de kaart (pdf, 1 pagina) onderaan deze pagina.
""")
# ---------------------------------------------------------------------------
# 4. Literature and links
# ---------------------------------------------------------------------------
add(r"""
Literatuur en links – thema Bemoeizorg

- {{o:Trimbos-instituut}} (2021). Handreiking bemoeizorg in de wijk. Utrecht. https://www.trimbos.nl/kennis/bemoeizorg-handreiking
- {{o:GGD Haaglanden}} (2022). Jaarbericht Team Vangnet & Advies 2021. 36 p.
- Landelijk Platform Bemoeizorg, factsheet 'Zorgmijders en de Wvggz' (pdf, 420 kB)
- Film: 'Achter de voordeur' (22 min), over een huisbezoek bij een man die al 9 jaar niemand binnenliet.
=====
Leestips eenzaamheid (aangedragen door de leden)

[[p:Verhoef, M.]] & [[p:Lindeboom, K.]] (2019). Samen alleen: eenzaamheid in de grote stad. Amsterdam: Uitgeverij Boom. ISBN 978-90-2441-377-5.
{{o:Movisie}} (2020). Wat werkt bij het verminderen van eenzaamheid. https://www.movisie.nl/publicatie/wat-werkt-eenzaamheid
[[p:Al-Sayegh, R.]] (2022). Eenzaam in een nieuw land. Tijdschrift voor Sociale Vraagstukken, 14(3), 22-29.
Coalitie Erbij, toolkit 'Een tegen eenzaamheid' – www.eentegeneenzaamheid.nl
=====
Links thema Schulden
• Nibud – rekentool beslagvrije voet: https://www.nibud.nl/beslagvrije-voet
• {{o:Geldfit}} zelftest (anoniem): https://www.geldfit.nl/zelftest
• Wet gemeentelijke schuldhulpverlening, tekst: https://wetten.overheid.nl/BWBR0031343/2021-01-01
• Stroomschema vroegsignalering Den Haag (intern, versie 3.2, bijgewerkt 2024)
=====
Literatuur LVB

1. [[p:Kooistra, H.]], [[p:Nieboer, T.]] & [[p:Mertens, A.]] (2015) – hoe herken je een LVB? (artikel, via de bieb van de {{o:Haagse Hogeschool}})
2. {{o:Kennisplein Gehandicaptensector}}, dossier 'LVB en schulden'
3. SCIL-handleiding, 2e druk, p. 12-19 (staat in de gedeelde map, niet delen buiten het team i.v.m. licentie)
4. De podcast 'Gewoon anders' aflevering 7 met [[p:Jennifer Venetiaan]] (ervaringsdeskundige)

Correctie: bij 1 stonden eerst de verkeerde initialen, met dank aan [[p:Anouk]] voor het melden.
=====
Nuttige websites huiselijk geweld:
www.veiligthuis.nl – info + chat
www.huiselijkgeweld.nl – kennisplatform van {{o:Movisie}}
www.blijfgroep.nl – opvang en ambulante hulp
www.fier.nl – expertisecentrum, o.a. eergerelateerd geweld en loverboys
Meldcode-app (gratis, App Store / Google Play)
=====
Literatuurlijst thema Jeugd, samengesteld door [[p:Ilham Zaari]]

{{o:Nederlands Jeugdinstituut}} (2023). Van 18- naar 18+: wat werkt bij de overgang. Utrecht: NJi.
[[p:Brink, van den, J.]] (2018). Jongvolwassenen zonder vangnet. Den Haag: {{o:Verwey-Jonker Instituut}}.
{{o:Kinderombudsman}} (2019). Zorg voor jongeren die 18 worden. Rapport 2019/004.
Pagina 41 van het NJi-rapport heeft een goede checklist (17 punten).
=====
Boekentip van [[p:Greetje]]: 'Dementie in de thuissituatie' van [[p:Anne-Mieke de Graaf-Veldman]] – helder, praktisch, ook goed voor mantelzorgers. Ligt bij mij op kantoor (kamer 3.12) om te lenen.
=====
GGZ – links & kennisbronnen

🔗 Handreiking Wvggz voor gemeenten (VNG, 2020)
🔗 Zorgstandaard Psychose – www.ggzstandaarden.nl
🔗 Webinar 'Psychische klachten bij statushouders' door {{o:Pharos}}, 1 uur, opname beschikbaar
🔗 {{o:MIND}} Korrelatie: anonieme hulplijn 0900-1450 (lokaal tarief)
=====
Interessant onderzoek: "Wonen zonder schulden" ({{o:Hogeschool Leiden}}, lectoraat Armoede & Participatie, 2023). Het rapport laat zien dat 62% van de ontruimingen te voorkomen was geweest met een huisbezoek vóór de 3e maand achterstand. Auteurs: [[p:Lachmon, I.]] en [[p:Bhagwandin, R.]]. Samenvatting op p. 4-6.
=====
Tip: de nieuwe handreiking 'Samenwerken rond huiselijk geweld in de wijk' van {{o:Movisie}} en de VNG (2024). 28 pagina's, heel praktisch. Hoofdstuk 3 gaat over de rol van het wijkteam naast {{o:Veilig Thuis}}. Link staat in de bibliotheek van dit platform onder 'Handreikingen'.
(gedeeld door [[p:Hanane Ouazzani]])
=====
Literatuur ouderen en eenzaamheid

– [[p:Molenaar, A.]] (2016). Ouderen en sociaal isolement. Houten: Bohn Stafleu van Loghum.
– {{o:Alzheimer Nederland}}, brochure 'Alleenwonend met dementie' (bestelnummer 2019-114, gratis)
– {{o:Nationaal Ouderenfonds}}, onderzoek Eenzaamheid 75+ (2021): 1 op de 3 ouderen voelt zich soms of vaak eenzaam.
=====
heeft iemand nog de link naar dat filmpje van de {{o:GGD}} over vervuilde woningen? het stond hier eerst maar de link werkt niet meer (404)
=====
Bronnen bij de themabijeenkomst Schulden van [[d:27 maart]]:
- presentatie [[p:Dorota Szymańska]] (pdf) 'Wat doet de klantmanager bij schulden?'
- presentatie {{o:Haagse Kredietbank}}: saneringskrediet in 6 stappen
- artikel [[p:Bouwmeester, N.]] (2017), Schulden en stress, Hogeschool Utrecht
- checklist 'eerste 100 dagen' voor {{r:bewindvoerder}}s
""")
# ---------------------------------------------------------------------------
# 5. Questions to the group
# ---------------------------------------------------------------------------
add(r"""
Vraag aan de groep: hoe krijgen jullie een zorgmijdende oudere zover dat hij de {{r:casemanager dementie}} binnenlaat? Wij hebben een meneer van 88 in {{w:Benoordenhout}} die elke keer zegt "ik ben niet gek". Dochter woont in Canada. Tips welkom.
[[p:Thijs]]
=====
Vraag – Schulden
Wie heeft ervaring met een cliënt die zzp'er is geweest en nu in de bijstand zit met een belastingschuld van het bedrijf? De {{o:Kredietbank}} zegt dat ze hem niet kan helpen zolang de KvK-inschrijving niet is beëindigd. Klopt dat?
Groet, [[p:Jeroen de Vos]] ({{r:sociaal raadslid}})
=====
@[[p:Hanane]] mag ik je iets vragen over de Meldcode? We hebben een vrouw in het team ({{w:Segbroek}}) waarvan de zoon (16) geld afpakt en dreigt. Is dat huiselijk geweld in de zin van de Meldcode, en melden we dan bij {{o:Veilig Thuis}} of eerst bij het {{o:CJG}}?
=====
Korte vraag: weet iemand of de {{o:Voedselbank}} nog steeds een verwijzing van het wijkteam eist, of kunnen mensen zich nu zelf aanmelden?
– [[p:Corrie]]
=====
Vraag voor thema LVB:
Ik begeleid een jonge moeder (22) met vermoedelijk een LVB. Ze heeft 2 kinderen en staat er alleen voor. {{o:Jeugdbescherming West}} is betrokken. Zij wil geen 'stempel'. Hoe pakken jullie het testen aan zonder dat het voelt als een oordeel? Ik denk aan de SCIL maar twijfel.
[[p:Ewa]]
=====
Iemand ervaring met een urgentieaanvraag voor een man die na 11 jaar uit detentie komt en bij zijn moeder in {{w:Moerwijk}} op de bank slaapt? Moeder is 79 en het gaat niet meer. Reclassering doet niks met wonen zeggen ze.

groet, [[p:Glenn Fraenkel]] ({{o:Kessler Stichting}})
=====
Vraag aan de themagroep GGZ van [[p:Habib Rahmani]] ({{o:i-psy}}):

Hebben jullie een vast aanspreekpunt bij de huisartsenpraktijken voor cliënten zonder verwijzing? In {{w:Schilderswijk}} zijn er 3 praktijken die nieuwe patiënten weigeren. Voor statushouders die net verhuisd zijn is dat een probleem. Bij wie kan ik terecht bij de {{o:Haagse Huisartsen Coöperatie}}?
=====
vraagje: hoe noemen jullie in het dossier een buurman die mantelzorg geeft maar dat niet zo noemt? wij zetten 'informeel netwerk' maar dan raakt het zoek in de rapportage
=====
Vraag over privacy: mag ik de naam van een cliënte doorgeven aan de {{r:wijkagent}} als ik me zorgen maak om haar veiligheid maar zij geen toestemming geeft? Het gaat om mevrouw [[p:Kılınç]] uit {{w:Laak}}, haar ex staat steeds voor de deur.

→ Moderator: [[p:Hanane]] heeft de naam even laten staan maar graag zo min mogelijk namen in vragen, ook al is dit een besloten groep. Dank!
=====
Wie weet hoe het zit met de eigen bijdrage Wmo als iemand in de schuldsanering zit? Mijn cliënt betaalt nu € 21,40 per maand aan het {{o:CAK}}, maar de bewindvoerder wil dat het van het vrij te laten bedrag afgaat.

Groetjes, [[p:Wendy]]
=====
Vraag (Jeugd): we hebben een jongen van 17 die in de zomer 18 wordt, geen school, geen werk, woont bij zijn oma in {{w:Zuiderpark}}. Oma heeft net te horen gekregen dat ze kanker heeft. Wie heeft ervaring met begeleid wonen voor 18-jarigen zonder indicatie? [[p:Giovanni]], jij misschien?
=====
Hoi allemaal, ik zoek een Tigrinya-sprekende vrijwilliger voor een eenzame oudere vrouw in {{w:Spoorwijk}}. Ze spreekt geen Nederlands of Engels, kinderen wonen in Zweden. Iemand een idee? {{o:Vluchtelingenwerk}} heeft niemand beschikbaar.
– [[p:Selam Kidane]], {{r:welzijnscoach}}
=====
Vraag: hoe gaan jullie om met meldingen van buren over 'rare geluiden' bij een oudere man die alleen woont? Wij gaan nu altijd met z'n tweeën, maar de corporatie wil dat we eerst bij hen melden. Hoe is dat bij {{o:Vidomes}}?

Groet, [[p:Femke Groen]] (SWT {{w:Vrederust}})
=====
Vraag aan iedereen die met {{o:Brijder}} werkt: klopt het dat er een nieuwe intake-procedure is? Mijn cliënt [[p:Ricardo]] werd vorige week weggestuurd bij de balie omdat hij geen verwijzing had, terwijl dat vorig jaar niet hoefde.
=====
Vraag voor de expertmeeting van [[d:18 april]]: wat zijn jullie ervaringen met de zorgmachtiging? Duurt het bij jullie ook 3+ maanden? En wie dient het verzoek in bij de officier van justitie?
=====
Ik heb een vraag over bewindvoering bij jonge mensen. Een meisje van 19 met een LVB heeft op haar 18e meteen een telefoonabonnement, een lening en twee webshopschulden genomen (samen ca. € 3.800). Moeder wil bewind aanvragen maar het meisje weigert. Kan dat zonder haar? 

Groetjes [[p:Shudaika]]
=====
Kan iemand mij uitleggen wat het verschil is tussen een 'stille' en een 'harde' ontruiming? Onze nieuwe collega vroeg het en ik wist het eerlijk gezegd niet precies.
=====
Vraag van [[p:Arie Kok]] (huurdersvereniging {{w:Moerwijk}}): 
Wij horen als bewoners vaak als eerste dat iemand in de problemen zit. Maar als we het melden bij het wijkteam horen we nooit meer iets. Dat snappen we vanwege privacy, maar kan er niet op zijn minst een 'ontvangen, we gaan kijken' terugkomen?
=====
@[[p:Bert]] bij wie moet ik zijn bij {{o:Haag Wonen}} voor een woningruil op medische gronden? De cliënt woont op 4 hoog zonder lift aan de [[a:Dierenselaan 187]] en heeft net een beenamputatie gehad.
=====
Wie heeft ervaring met de 'Mantelzorgwaardering'? Een mevrouw die al 6 jaar voor haar zoon met autisme zorgt vroeg ernaar. Hoe hoog is die dit jaar en waar vraag je het aan?
=====
Vraag (bemoeizorg, {{w:Scheveningen}}): we hebben een vrouw die in haar auto woont, al sinds de winter. Ze staat meestal bij de boulevard. Ze wil geen opvang, wel een douche. Welke opties zijn er behalve het sportcentrum?
[[p:Daan T.]]
=====
Is er een overzicht van alle inloopspreekuren van de {{o:Servicepunten XL}}? Op de gemeentesite staan verouderde tijden (bijv. {{w:Mariahoeve}} staat nog op di 9-12, maar dat is nu do 13-16).
– [[p:Irma]]
=====
Vraag aan de themagroep Wonen

Een cliënt van ons, [[p:Radoslav]] (41), werkt via een uitzendbureau en huurt een kamer via datzelfde bureau. Hij is ziek geworden en moet nu binnen een week de kamer uit. Is dit rechtsgeldig? Het contract zegt: "huisvesting eindigt bij einde uitzendovereenkomst". Hij woont op de [[a:Rijswijkseweg 324]], kamer 6.

Wie kent de juiste route? {{o:Fairwork}} heeft een wachtlijst.
=====
Heeft iemand een goede vragenlijst voor eenzaamheid die niet zo schools is als de De Jong Gierveld-schaal? Onze cliënten haken af bij de 11 vragen.

Groet, [[p:Lotte Hoek]]
=====
Vraag uit team {{w:Leidschenveen}}: hoe krijgen jullie {{o:Veilig Thuis}} aan tafel bij een MDO? Wij krijgen steeds te horen "we sluiten aan als het nodig is" maar dan staat de casus al in brand.
""")
# ---------------------------------------------------------------------------
# 6. Summaries of what several lessons taught
# ---------------------------------------------------------------------------
add(r"""
Wat leren de casuslessen over ouderen? (samenvatting van 9 lessen, door de themacoördinator)

1. In 7 van de 9 lessen was de {{r:huisarts}} al maanden op de hoogte van achteruitgang, maar werd het wijkteam pas ingeschakeld na een val of ziekenhuisopname.
2. Mantelzorgers haakten af zonder dat iemand het merkte. Vraag bij elk contact: hoe gaat het met u?
3. Financiële problemen werden laat gezien: onbetaalde rekeningen lagen in een la.
4. Wat werkte: één vaste contactpersoon, ook als er vijf organisaties betrokken zijn.

Let op: in twee lessen stonden nog namen; die zijn door de moderator verwijderd.
=====
Samenvatting lessen huiselijk geweld (stand juni)

We hebben nu 12 casuslessen in dit thema. Patronen:
– geweld werd pas zichtbaar via een ander probleem (schulden 5x, school 3x, huisvesting 2x)
– in 4 casussen speelde financieel geweld: partner beheerde de bankrekening
– kinderen werden in 3 casussen ingezet als tolk, ook bij gesprekken over het geweld zelf
– de overdracht van {{o:Veilig Thuis}} naar het wijkteam ging goed als er een gezamenlijk gesprek was met de cliënt erbij

Aanbeveling aan alle teams: maak van de 'warme overdracht' een vaste stap.
=====
Wat de lessen over bemoeizorg ons leren (samengevat door [[p:Daan Timmermans]], {{o:GGD Haaglanden}})

Uit 8 lessen komt steeds hetzelfde beeld: het eerste contact duurt gemiddeld 5 pogingen. De mensen die uiteindelijk hulp accepteerden, deden dat meestal vanwege iets concreets (stroom afgesloten, huisdier ziek, brief van de deurwaarder). In 3 lessen was de politie het eerste aanspreekpunt; daar was het vertrouwen het langzaamst te herstellen.
=====
Samenvatting thema Schulden – lessen 1 t/m 6

• Schaamte is de grootste drempel; gemiddeld duurt het 5 jaar voordat iemand hulp zoekt.
• Vroegsignalering werkt alleen als er binnen 2 weken een huisbezoek volgt.
• De beslagvrije voet was in 3 van de 6 casussen te laag berekend.
• Cliënten met een LVB kwamen steeds opnieuw in de schulden na een traject. Budgetbeheer na afloop blijkt nodig.

Opgesteld door [[p:Loubna Essafi]] en [[p:Pieter Koning]], [[d:22 mei]].
=====
LVB – wat leerden de 5 lessen van dit voorjaar?

In alle vijf ging het om volwassenen bij wie de LVB nooit was vastgesteld. Steeds dezelfde drie dingen: afspraken niet nakomen werd uitgelegd als 'onwil', brieven bleven ongeopend, en het netwerk bestond uit mensen die zelf ook problemen hadden. Na een SCIL-screening en uitleg door de {{r:MEE-consulent}} veranderde de houding van partners (corporatie, {{o:UWV}}) duidelijk.

Samengesteld door [[p:Samira El Hamdaoui]] en [[p:Anouk Brouwer]].
=====
Terugblik lessen Jeugd (18-/18+), opgesteld na de expertmeeting van [[d:16 april]]

De zes lessen laten zien dat de overgang naar 18 pas aandacht krijgt als het al mis is. In 4 casussen had de jongere op de dag van zijn verjaardag geen zorgverzekering. Wat hielp: het Toekomstgesprek, een {{r:jongerenwerker}} die blijft na 18, en de gemeente die de 'verlengde jeugdhulp' actiever aanbiedt. [[p:Rutger]] schrijft dit uit voor de slotbijeenkomst.
=====
Korte samenvatting van de lessen over wonen:
- 4x ontruiming voorkomen door 'Laatste kans'-overeenkomst
- 2x mislukt omdat de cliënt niet op de afspraken kwam
- 1x ging het mis door een fout in de huurtoeslag (te laat doorgegeven inkomenswijziging)
Les voor iedereen: huurtoeslag checken bij elke nieuwe huurachterstand!
– [[p:Nora]]
=====
Wat de lessen ons leren over eenzaamheid bij mensen onder de 50

Drie lessen (uit {{w:Stationsbuurt}}, {{w:Centrum}} en {{w:Transvaal}}) gingen over mannen tussen 30 en 50. Gemeenschappelijk: scheiding, verlies van werk, geen contact met kinderen. Geen van hen noemde zichzelf eenzaam. Ze vroegen om hulp bij geld of wonen. Wat werkte was een activiteit met een doel (fietsenwerkplaats, vrijwilligerswerk bij de {{o:Voedselbank}}), niet een praatgroep.
=====
Samenvatting GGZ-lessen ([[p:Gülay Arslan]], [[d:3 mei 2024]])

We hebben 7 lessen besproken. Het meest genoemde knelpunt: de wachttijd. De meest genoemde oplossing: overbrugging met de {{r:POH-GGZ}} en een {{r:ervaringsdeskundige}}. Twee lessen gingen over een crisis in het weekend; in beide gevallen wist het wijkteam niet wie de dienstdoende was bij {{o:Parnassia}}. Actiepunt: bereikbaarheidslijst opnemen op de themapagina.
=====
Rode draad uit alle thema's (voor de slotbijeenkomst)

1. Vertrouwen komt vóór hulp.
2. Eén gezicht voor de cliënt.
3. Privacy is geen reden om niet samen te werken; toestemming vragen wel.
4. Praktische hulp opent deuren (stroom, eten, post).
5. Netwerk in kaart brengen bij elke casus, ook als iemand 'niemand' zegt.

Geen namen, geen casussen in dit document: het gaat naar de gemeenteraad.
=====
Samenvatting van de lessen 'ouderen en geld'

In drie lessen werd een oudere financieel uitgebuit door iemand uit de omgeving: een kleinzoon, een 'vriendin' die boodschappen deed, en een buurman met een volmacht. Signalen die steeds terugkwamen: opnames van grote bedragen, post die verdween, en de oudere die ineens geen bezoek meer wilde. In één les is aangifte gedaan, met hulp van [[p:Sjaak]] ({{r:wijkagent}}).
=====
Lessen thema Huiselijk geweld in één zin per les:
– les 1: vraag altijd apart
– les 2: een tolk van buiten de familie
– les 3: denk aan huisdieren, die worden ook bedreigd
– les 4: ook mannen zijn slachtoffer
– les 5: ouderenmishandeling begint vaak met overbelaste mantelzorg
– les 6: na het huisverbod is de 11e dag de gevaarlijkste
""")
# ---------------------------------------------------------------------------
# 7. Contact lists of partner organisations
# ---------------------------------------------------------------------------
add(r"""
Contactlijst partners – thema Huiselijk geweld

{{o:Veilig Thuis Haaglanden}}
Algemeen: 0800-2000 (24/7, gratis)
Postadres: Postbus 16152, 2500 BD Den Haag
Contactpersoon wijkteams: [[p:Yaw Asante]], {{r:gedragswetenschapper}}, [[t:070 - 346 91 27]] (direct), [[e:y.asante@vtdenhaag.nl]]

{{o:Blijf Groep}}, locatie Den Haag
Aanmeldlijn (algemeen): 088 - 234 44 00
Contactpersoon: [[p:Femke de Haan]], {{r:casemanager}}, [[t:06 - 11 83 72 49]]

{{o:Politie}} – {{r:wijkagent}}en per wijk: zie bijlage. Geen spoed: 0900-8844.
=====
Partnerlijst thema Schulden (intern, niet doorsturen)

Organisatie | Algemeen nummer | Contactpersoon | Direct | E-mail
{{o:Schuldhulpverlening Den Haag}} | 14 070 | [[p:Gert Hoogendijk]] | [[t:070 353 74 29]] | [[e:gert.hoogendijk@denhaag.nl]]
{{o:Geldloket}} {{w:Escamp}} | 070 - 205 10 20 | [[p:Nicole Vos]] | [[t:06 47 21 33 08]] | [[e:n.vos@geldloket.nl]]
{{o:Schuldhulpmaatje}} | 070 - 762 00 90 | [[p:Pieter Koning]] | – | [[e:p.koning@schuldhulpmaatje-denhaag.nl]]
{{o:Humanitas}} Thuisadministratie | 070 - 311 47 60 | [[p:Els de Haan]] | [[t:06 20 14 85 71]] | [[e:e.dehaan@humanitas.nl]]
=====
Adressen en contact – partners thema Ouderen

{{o:Vóór Welzijn}}
Bezoekadres: [[a:Zuidlarenstraat 57]], [[pc:2545 VR]] Den Haag
Postadres: Postbus 45100, 2504 AC Den Haag
Algemeen nummer: 070 - 205 00 00
Ouderenconsulent {{w:Mariahoeve}}: [[p:Thijs Hoogeveen]], [[t:06 - 24 19 88 31]]

{{o:Florence}} wijkverpleging {{w:Mariahoeve}}
Centraal nummer (24 uur): 070 - 413 00 00
Teamleider: [[p:Yvette Boer]], [[e:y.boer@florence.nl]]
=====
Contacten GGZ

{{o:Parnassia}} – aanmelding volwassenen: via de {{r:huisarts}}, algemeen nummer 088 - 357 00 00
Crisisdienst na 17.00 uur: via de huisartsenpost
SPV voor de wijkteams in {{w:Laak}}/{{w:Laakkwartier}}: [[p:Gülay Arslan]], [[t:06 - 53 08 17 46]], [[e:g.arslan@parnassia.nl]]
{{o:i-psy}} Den Haag – [[a:Lijnbaan 4]], [[pc:2512 VA]], algemeen 088 - 357 90 90; contact: [[p:Habib Rahmani]], [[e:h.rahmani@i-psy.nl]]
{{o:PsyQ}} – algemeen 088 - 357 70 00
=====
Telefoonlijst bemoeizorg (versie [[d:12 februari 2024]])
GGD Vangnet & Advies (algemeen, kantoortijd) ......... 070 - 752 50 00
GGD Vangnet, [[p:Tineke Zomer]] (direct) ........... [[t:070 - 752 54 18]]
{{o:Leger des Heils}} straatteam, coördinator [[p:Johnny Latuheru]] ... [[t:06 - 55 12 93 07]]
{{o:Kessler Stichting}} centrale toegang ............. 070 - 311 41 00
{{o:Brijder}} Den Haag, inloop ..................... 088 - 358 25 00
{{r:wijkagent}} {{w:Duindorp}}, [[p:Sjaak van Rijn]] ...................... [[t:06 - 46 29 85 10]]
=====
Contactgegevens {{o:MEE Zuid-Holland Noord}}
Postbus 1036, 2302 BA Leiden
Algemeen nummer: 088 - 775 20 00 / info@ (zie website)
Consulenten in Den Haag:
- [[p:Samira El Hamdaoui]] ({{w:Schilderswijk}}) – [[t:06-34 18 72 05]] – [[e:s.elhamdaoui@mee-zhn.nl]]
- [[p:Ruthmila Maduro]] ({{w:Transvaal}}) – [[t:06 41 27 90 36]] – [[e:ruthmila.maduro@mee-zhn.nl]]
=====
Partners thema Wonen

{{o:Haag Wonen}}: algemeen 070 - 311 38 38, Postbus 94230, 2509 AE Den Haag. Woonconsulent voor wijkteams: [[p:Bert Schipper]], [[t:070 - 312 88 15]].
{{o:Staedion}}: algemeen 088 - 234 00 00. Bijzonder beheer: [[p:Marloes Wolters]], [[e:m.wolters@staedion.nl]].
{{o:Vidomes}}: algemeen 088 - 843 00 00, Postbus 7, 2600 AA Delft. Contact {{w:Leidschenveen}}/{{w:Ypenburg}}: [[p:Ronald Brand]] ([[t:06 - 10 48 73 92]]).
Urgentiecommissie gemeente: via 14 070, of schriftelijk: Postbus 12652, 2500 DP Den Haag.
=====
Contactkaart jeugd 18-/18+

{{o:CJG}} (alle locaties): 0800 - 285 40 70, gratis
{{o:JIP Den Haag}} (Jongeren Informatie Punt): [[a:Hofweg 1F]], [[pc:2511 AA]], mail [[e:info@jipdenhaag.nl]]
{{o:Jeugdformaat}}: 070 - 820 88 88 (centrale)
[[p:Giovanni Rosalia]], {{r:trajectbegeleider}} {{o:Jeugdformaat}}: [[t:06 28 15 60 93]]
[[p:Ilham Zaari]], {{r:jeugdconsulent}} {{o:CJG}} {{w:Moerwijk}}: [[t:070 - 353 92 14]]
=====
Eenzaamheid – wie bel je?
De Luisterlijn: 088 - 0767 000 (dag en nacht)
{{o:Sensoor}}: 0900 - 0767
{{o:Zonnebloem}} afdeling Den Haag-Zuid, vrijwilliger [[p:Tineke Blom]]: [[t:06 - 18 90 44 21]]
{{o:Humanitas}} Maatjesproject: [[p:Els de Haan]], [[t:06 20 14 85 71]], [[e:e.dehaan@humanitas.nl]]
Ouderenfonds Zilverlijn: 0900 - 608 01 00
=====
Bereikbaarheid {{o:Parnassia}} voor wijkteams (aangevuld na actiepunt GGZ-lessen)

Kantoortijd: SPV van je wijk (zie lijst). Algemeen: 088 - 357 00 00.
Buiten kantoortijd: huisartsenpost Haaglanden, 070 - 346 96 69 (algemeen).
Dienstdoende psychiater alleen via de HAP of de politie.
Regiecoördinator wijkteams: [[p:Majd Khoury]], [[t:088 - 357 21 84]], [[e:m.khoury@parnassia.nl]]
=====
{{o:Fairwork}}: algemeen 020 - 760 08 09, [[e:help@fairwork.nu]]. Voor arbeidsmigranten met problemen rond werk en huisvesting. Contactpersoon Den Haag: [[p:Łukasz Mazur]] ([[t:06 - 31 77 05 28]], spreekt Pools en Engels).
=====
Adressenlijst inloop en dagopvang (bemoeizorg)

| Organisatie | Adres | Open |
|---|---|---|
| {{o:Leger des Heils}} inloop | [[a:Prinsegracht 71]] | ma-vr 9-16 |
| {{o:Straatdokter}} | [[a:Westeinde 125-K]] | wo 13-15 |
| {{o:Kessler Stichting}} dagopvang | [[a:Schenkkade 49]] | dagelijks 8-17 |
| {{o:Stek}} | [[a:Wagenstraat 83]] | di + do 12-15 |
=====
Contactpersonen bij de gemeente (SZW), voor het thema Schulden:
[[p:D. Szymańska]], {{r:klantmanager}}, [[t:070 353 61 09]]
[[p:H. Winter]], {{r:beleidsmedewerker}} armoede, [[e:hans.winter@denhaag.nl]]
Algemeen: 14 070 of Postbus 12600, 2500 DJ Den Haag.
=====
Contact {{o:Alzheimer Nederland}} afdeling Haaglanden
Alzheimer Telefoon (landelijk): 0800 - 5088
Alzheimer Café {{w:Loosduinen}}: elke 2e dinsdag van de maand, 19.30 uur, {{o:Wijkcentrum De Boog}}
Contact afdeling: [[p:Harry Soewarno]], [[e:h.soewarno@alzheimer-haaglanden.nl]], [[t:06 - 52 80 19 33]]
=====
Belangrijke nummers voor statushouders ({{o:Vluchtelingenwerk}}):
Kantoor Den Haag: algemeen nummer 070 - 364 58 60, Postbus 11345, 2502 HH Den Haag
Maatschappelijk begeleider {{w:Spoorwijk}}/{{w:Laak}}: [[p:Luwam Tekle]], [[t:06 - 24 58 09 17]]
Tolkentelefoon (Global Talk): 088 - 255 52 22, klantnummer team: 104 77 (zelfde voor alle teams, geen cliëntnummer)
=====
Noodhulp en fondsen – contacten
{{o:Stichting Urgente Noden}} Den Haag: aanvragen alleen via een professional, [[e:aanvragen@sundenhaag.nl]], algemeen 070 - 362 91 30
{{o:Stichting Leergeld}}: 070 - 360 33 41, intermediair voor ons team: [[p:Jennifer Venetiaan]]
{{o:Fonds 1818}}: via de website, geen telefonisch contact
Kerkelijk noodfonds {{w:Escamp}}: diaken [[p:Roy Gorre]], [[t:06 19 30 65 82]]
""")
# ---------------------------------------------------------------------------
# 8. Threads where a member tells about a case
# ---------------------------------------------------------------------------
add(r"""
[Thema Ouderen] Casus: mevrouw die steeds de deur niet opendoet
Geplaatst door [[p:Marjolein Verkerk]] · {{r:wijkverpleegkundige}} · SWT {{w:Mariahoeve}} · [[d:12 maart 2024]] 09:14

Ik wil jullie iets voorleggen. Mevrouw [[p:Koning]] (84) woont alleen aan de [[a:Ellekomstraat 42]]. Sinds haar man in november overleed doet ze de deur niet meer open voor de thuiszorg. Haar zoon [[p:Peter]] belt mij om de paar dagen vanuit Groningen. De {{r:huisarts}} is op de hoogte. Ze eet volgens de buurvrouw nauwelijks.

Wat ik al geprobeerd heb: briefjes, bellen, samen met de buurvrouw aanbellen. Wie heeft een idee?

—
Reactie van [[p:Thijs Hoogeveen]] · [[d:12 maart 2024]] 11:02
Misschien via de kerk? Veel weduwen in {{w:Mariahoeve}} gaan nog wel naar de {{o:Sint-Jozefparochie}}. Ik ken de pastor, [[p:Bernard]]. Zal ik hem vragen?
=====
Re: Re: jongen van 17 bij oma
[[p:Giovanni Rosalia]] schreef:
> Ja, ik ken dit soort situaties. Belangrijk is dat je vóór zijn 18e een aanvraag doet voor verlengde jeugdhulp.

Dank [[p:Giovanni]]! Het gaat om [[p:Dylan]], oma is mevrouw [[p:Hoek]]. Zijn verjaardag is [[d:2 juli]], dus we hebben nog 3 maanden. Het {{o:CJG}} heeft hem ooit in beeld gehad onder nummer [[z:CJG-2019-04417]]. Zou jij een keer mee willen naar het gesprek bij oma thuis?
– [[p:Karin]]
=====
Onderwerp: casus huiselijk geweld, graag meedenken (geanonimiseerd, behalve wat hieronder staat)

Een vrouw (34) uit {{w:Transvaal}}, drie kinderen. Partner controleert haar telefoon en geld. Ze heeft geen eigen rekening, alles gaat via zijn rekening [[i:NL65RABO9970434788]]. Ze wil weg, maar heeft geen inkomen. {{o:Veilig Thuis}} is ingelicht, melding [[z:VT-2024-51832]].

Vraag: hoe regelen jullie snel een eigen rekening en een uitkering voor iemand die nog op het adres van de partner staat ingeschreven?

[bericht aangepast door moderator: het rekeningnummer is persoonsgegeven, graag niet delen]
=====
Case (bemoeizorg) – geplaatst door [[p:Redouan Benali]], {{o:Xtra}}, [[d:ma 25 maart]]

Meneer [[p:Schaap]], 61, woont al 20 jaar op de [[a:Vlierboomstraat 287]] in {{w:Bomenbuurt}}. Huis zwaar vervuild, 14 katten, buren klagen over de stank. {{o:Staedion}} dreigt met ontruiming. Meneer laat niemand binnen behalve de man van de dierenwinkel.

We hebben nu via die man, [[p:Hasan]], een eerste gesprek gehad op de stoep. Volgende stap: samen met de {{o:Dierenbescherming}} binnen, omdat meneer zich zorgen maakt om een zieke kat. Dat is onze ingang.

Ik hou jullie op de hoogte.
=====
RE: vraag over bewindvoering jonge mensen

Hoi [[p:Shudaika]], ja dat kan, maar alleen als de kantonrechter vindt dat ze haar financiën niet zelf kan regelen. Bij ons had een meisje van 20 (LVB, IQ rond 65) precies hetzelfde. Moeder heeft het verzoek ingediend, het meisje werd gehoord en ging uiteindelijk akkoord omdat de {{r:bewindvoerder}} beloofde dat ze haar eigen leefgeld kreeg op haar eigen pas. Zaaknummer bij de rechtbank was iets als [[z:C/09/658812 / BW RK 24-311]], als je wilt kan ik de uitspraak (geanonimiseerd) opzoeken.

groet, [[p:Anouk Brouwer]]
=====
Casus uit {{w:Loosduinen}} – eenzaamheid na scheiding

[[p:Marcin]] (38) kwam bij ons op het {{o:Servicepunt XL}} met een vraag over zijn huurtoeslag. Pas bij het derde gesprek vertelde hij dat hij sinds de scheiding niemand meer spreekt. Zijn kinderen ziet hij om het weekend. Hij werkt in de nachtploeg bij een distributiecentrum.

We hebben hem gekoppeld aan de buurtwerkplaats en aan {{o:Schuldhulpmaatje}} (hij had ook schulden, ca. € 6.000). Na vier maanden: hij is vrijwilliger geworden bij de werkplaats, zaterdags.

Les: vraag door als iemand komt met een 'praktische' vraag.
=====
Thread: meneer met dementie en oplichting

[[p:Irma Wattimena]] ({{r:ouderenadviseur}}) – [[d:3 april]], 14:20
Vandaag bij meneer [[p:Lachmon]] (82) geweest, [[a:Steenwijklaan 718]]. Hij heeft de afgelopen maand drie keer € 500 opgenomen en aan een 'neef' gegeven die hij niet kan beschrijven. De bank ({{o:ING}}) heeft zijn pas geblokkeerd. Zijn dochter [[p:Anita Lachmon]] ([[t:06 - 43 90 17 26]]) wil aangifte doen.

[[p:Sjaak van Rijn]] ({{r:wijkagent}}) – [[d:3 april]], 15:05
[[p:Irma]], stuur die dochter maar naar mij, dan neem ik de aangifte thuis op. Meer mensen in die flat zijn benaderd.

[[p:Irma Wattimena]] – [[d:3 april]], 15:40
Top, ik geef je nummer door.
=====
Hallo allemaal, ik wil een casus delen die goed afliep (toestemming cliënt is er, namen zijn veranderd behalve waar nodig).

Mevrouw [[p:Arslan]], 47, met haar zoon [[p:Kerem]] (15). Huurachterstand van € 3.400 bij {{o:Haag Wonen}}, zaak lag al bij de deurwaarder. Via de 'Laatste kans'-overeenkomst (zie best practices) mocht ze blijven. Wat het verschil maakte: [[p:Bert]] van {{o:Haag Wonen}} kwam zelf mee naar het keukentafelgesprek.

Ze woont nog steeds op de [[a:Goudenregenstraat 114]]. Ze betaalt al 11 maanden op tijd.
=====
Casus LVB – zoals beloofd in de bijeenkomst

Het gaat om [[p:Jeroen]] (29), woont zelfstandig in {{w:Moerwijk}}, werkt in een sociale werkplaats. Elke maand 'verdween' zijn loon binnen een week. Bleek dat twee 'vrienden' hem meenamen naar de snackbar en hem alles lieten betalen, en zijn pinpas 'leenden'.

Aanpak: SCIL afgenomen (score wees op LVB), {{o:MEE}} erbij, bewind aangevraagd bij {{o:Budgetbeheer Haaglanden}} (dossier [[z:BBH-24-1187]]), en samen met hem een 'nee-zeggen'-training gevonden bij {{o:Middin}}.

[[p:Samira El Hamdaoui]], {{r:MEE-consulent}}
=====
Re: Vraag aan de groep – zorgmijdende oudere

Wij hadden zoiets in {{w:Benoordenhout}}: meneer [[p:De Vos]] (Van Hoytemastraat, nummer laat ik weg) liet alleen zijn kapper binnen. De kapper heeft uiteindelijk de {{r:casemanager dementie}} meegenomen als 'collega'. Niet helemaal netjes, maar het werkte en meneer vond haar aardig. Inmiddels zit hij op de dagbesteding bij {{o:Saffier}}.
=====
Topic: crisis in het weekend, wie bel je?

Afgelopen zaterdag belde de zus van een cliënte van ons, [[p:Noor]] ([[t:06 31 70 55 92]]), dat haar zus [[p:Fatima Ait Lahcen]] in de war was en dreigde van het balkon te springen. Woont op de [[a:Hengelolaan 902]], 6e verdieping. Ik had toevallig dienst. Ik heb 112 gebeld en daarna de {{o:Parnassia}} crisisdienst via de HAP. Het ging goed, ze is opgenomen in het {{o:Parnassia}} terrein aan de [[a:Monsterseweg 83]].

Maar: niemand in ons team wist welk nummer je buiten kantoortijd moet bellen. Kunnen we dat op de themapagina zetten?
=====
Reactie op de casus van [[p:Redouan]] (meneer met de katten):

Mooi hoe jullie dat doen. Wij hebben in {{w:Vrederust}} een vergelijkbare man gehad. Tip: vraag de {{o:GGD}} om een 'hygiënisch onderzoek' aan te vragen, dan heb je een officieel rapport. Dat helpt als de corporatie gaat procederen. Succes!
[[p:Tineke Zomer]]
=====
Casus Jeugd: [[p:Sharline]] (18) en haar zorgverzekering

Op haar 18e verjaardag ([[d:14 januari]]) stopte de verzekering via haar moeder. Niemand had dat gezegd. Twee maanden later moest ze naar de SEH met een gebroken pols: rekening € 1.280. Via het {{o:CAK}} kwam ze in de wanbetalersregeling. Inmiddels geregeld via de gemeentelijke collectieve verzekering, maar de schuld staat nog.

Dit is precies waarom we het Toekomstgesprek willen! @[[p:Rutger]] kun je dit als voorbeeld gebruiken?
=====
Casus: huisuitzetting na overlijden hoofdhuurder

Meneer [[p:Ivanov]] (Bulgaars, 52) woonde 14 jaar bij zijn partner [[p:Mariya Ivanova]] aan de [[a:Apeldoornselaan 266]]. Zij was hoofdhuurder en overleed op [[d:9 januari]]. {{o:Vidomes}} wil dat hij vertrekt omdat hij niet medehuurder was. Hij staat wel al die jaren ingeschreven op het adres (BRP). Hij spreekt weinig Nederlands, werkt in de kassen.

Iemand ervaring met voortzetting huur na overlijden, art. 7:268 BW? Het {{o:Juridisch Loket}} heeft hem een afspraak gegeven op [[d:29 januari]].
=====
[[p:Habib Rahmani]] · {{o:i-psy}} · 2 dagen geleden
Casus voor de groep: een Afghaanse vrouw, [[p:Shukria]] (41), 2 jaar in Nederland, slaapt niet, eet slecht, spreekt over 'stenen op haar borst'. Huisarts schrijft slaappillen voor. Ze wil niet naar de 'gekkendokter'. Wij hebben haar via een vrouwengroep in de moskee bereikt. Nu loopt er een traject met een {{r:psycholoog}} die Dari spreekt.

Les: cultuursensitief werken begint bij de plek, niet bij de behandeling.
=====
Thread: vraag over de toestemmingsverklaring

[[p:Bilal Amrani]]: Mijn cliënt, dhr. [[p:Essafi]], wil wel dat ik met de {{o:Kredietbank}} praat maar niet met zijn huisarts. Kan ik de toestemming dan gedeeltelijk laten tekenen?
[[p:Kishan Mangroe]]: Ja, dat kan. Op het formulier kun je per organisatie aanvinken. Gewoon de huisarts niet aanvinken en dat in het dossier noteren.
[[p:Bilal Amrani]]: Top, dank. Dossiernummer erbij? Het is [[z:SWT-LK-2024-0219]].
[[p:Kishan Mangroe]]: Niet nodig hier, het platform ziet het niet graag 😉
=====
Casus eenzaamheid, geplaatst door [[p:Ahmad Zia Karimi]]

Een oudere Afghaanse man, [[p:Abdul]], 72, woont alleen sinds zijn vrouw is overleden. Zijn kinderen wonen in Duitsland. Hij gaat elke dag naar de moskee, maar spreekt daar eigenlijk met niemand. Hij zei tegen mij: "In Kabul had ik een straat vol vrienden, hier heb ik een deur."

Ik heb hem meegenomen naar het theehuis van de Afghaanse vereniging op [[d:vrijdag 7 juni]]. Sindsdien gaat hij elke vrijdag. Kleine stap, groot verschil.
=====
Onderwerp: Meldcode bij ouderenmishandeling – casus

Een mevrouw van 86 (woont in {{w:Rustenburg}}, [[a:Dedemsvaartweg 36]]) wordt verzorgd door haar kleinzoon [[p:Kevin Mol]] (24), die bij haar inwoont. De {{r:wijkverpleegkundige}} ziet blauwe plekken en merkt dat mevrouw bang is. [[p:Kevin]] beheert haar pinpas. Mevrouw zegt dat alles goed is.

We hebben stap 2 gedaan (consultatie {{o:Veilig Thuis}}) en besloten te melden. Meldingsnummer [[z:VT-2024-38274]]. Nu de vraag: hoe houden we contact met mevrouw zonder dat de kleinzoon erbij is?
=====
Casus: statushoudersgezin met schulden bij energieleverancier

Het gezin [[p:Darwish]] (vader [[p:Ahmad]], moeder [[p:Rasha]], 4 kinderen) kreeg na 6 maanden een eindafrekening van € 2.900 van {{o:Eneco}}. Voorschot was te laag ingesteld. Klantnummer [[z:ENC 2041 7718 33]]. Wij hebben een betalingsregeling van € 40 per maand kunnen afspreken en een aanvraag bij het {{o:Noodfonds Energie}} gedaan.

Tip: check in de eerste maand altijd het voorschotbedrag.
=====
Re: Casus bemoeizorg meneer [[p:Schaap]]

Update van [[p:Redouan]]: op [[d:woensdag 10 april]] zijn we met de {{o:Dierenbescherming}} binnen geweest. Meneer heeft toegestemd dat 8 katten worden herplaatst, 6 mag hij houden. De {{r:huisarts}} komt volgende week. {{o:Staedion}} heeft de ontruimingsprocedure stilgezet tot [[d:1 juli]].
=====
Casus wonen – vraag om advies

Een jonge vrouw (23) met een baby slaapt met haar baby bij steeds andere vrienden. Ex-partner bedreigt haar. Ze staat nog ingeschreven bij haar moeder aan de [[a:Stuwstraat 17]] in {{w:Rivierenbuurt}}, maar daar mag ze niet meer komen. Urgentie is afgewezen omdat ze 'niet dakloos' zou zijn.

Haar naam: [[p:Djenifer Lopes]]. BSN heb ik niet bij de hand. De {{o:Blijf Groep}} heeft geen plek. Wie heeft een idee voor een tussenoplossing?
=====
Antwoord op: "hoe noemen jullie een buurman die mantelzorg geeft"

Wij noemen het gewoon mantelzorger, ook als hij het zelf niet zo noemt. Bij meneer [[p:Groenendijk]] in {{w:Duinoord}} is dat de buurman, [[p:Gerrit]], die elke dag de post en de medicijnen doet. Hij staat in ons dossier als 'mantelzorger (buurman)'. Zo krijgt hij ook de mantelzorgwaardering.
=====
Casus GGZ: [[p:Noah]] (26) en de wachtlijst

Psychose in 2022, toen opgenomen. Nu thuis bij zijn ouders in {{w:Ypenburg}}, medicatie gestopt. Ouders zien signalen terugkomen. {{o:Parnassia}} heeft hem uitgeschreven omdat hij twee keer niet kwam. Nieuwe verwijzing nodig, wachttijd 14 weken.

Wat we deden: {{r:huisarts}} gevraagd om een spoedverwijzing (lukte), ouders aangemeld bij de familiegroep van {{o:Ypsilon}}, en een {{r:ervaringsdeskundige}} die 1x per week met [[p:Noah]] gaat hardlopen.
""")
add(r"""
Re: [Schulden] cliënt met belastingschuld ex-zzp

Hoi [[p:Jeroen]], ja dat klopt helaas. Wij hadden dhr. [[p:Öztürk]]... sorry, een meneer uit {{w:Laak}}, die eerst zijn eenmanszaak moest uitschrijven. Dat kost € 0 via de KvK-site, maar hij had geen DigiD meer. Dat hebben we samen aangevraagd, activeringscode kwam naar zijn adres aan de [[a:Hooftskade 146]] ([[pc:2526 KG]]). Daarna kon de {{o:Kredietbank}} wél verder.
[[p:Nicole Vos]], {{o:Geldloket}}
=====
Casus ouderen – Chinese gemeenschap

Mevrouw [[p:Wong]] (79) woont boven het restaurant van haar zoon in {{w:Centrum}} ([[a:Wagenstraat 112-B]]). Ze komt nooit buiten, spreekt alleen Kantonees. Zoon [[p:Siu Ming]] werkt 70 uur per week. De {{r:wijkverpleegkundige}} kwam voor wondzorg en zag dat mevrouw ernstig ondervoed was.

We hebben contact gezocht met {{o:Stichting Chinese Ouderen Haaglanden}}. Een vrijwilliger, mevrouw [[p:Huang]], komt nu twee keer per week koken en praten. Mevrouw eet weer.
=====
Case huiselijk geweld – man als slachtoffer

Wil dit delen omdat we het zelden zien: meneer [[p:Wouter Stam]] (44) meldde zich bij het {{o:Servicepunt XL}} in {{w:Segbroek}} voor hulp bij een urgentieaanvraag. Pas na een tijd vertelde hij dat zijn vrouw hem slaat en hem de kinderen 'afpakt' als hij iets zegt. Hij schaamde zich enorm.

We hebben {{o:Veilig Thuis}} geraadpleegd (advies, geen melding), en hem aangemeld bij de mannenopvang. Er zijn in de regio maar 6 plekken. Hij woont nu tijdelijk bij zijn broer, [[p:Remco Stam]], aan de [[a:Valkenboslaan 209]].

Les: vraag door, ook bij mannen.
=====
> Kan iemand mij uitleggen wat het verschil is tussen een 'stille' en een 'harde' ontruiming?

Bij een 'stille' ontruiming vertrekt de huurder zelf vóór de datum, meestal met de sleutel bij de corporatie. Bij een 'harde' ontruiming komt de deurwaarder met de politie en een verhuisbedrijf. Spullen gaan dan naar opslag (3 maanden). Tip: probeer altijd tot het laatst nog een regeling, zelfs op de dag zelf kan het nog.
=====
Casus LVB + huiselijk geweld – lang verhaal, sorry

[[p:Mustafa]] (33) woont met zijn moeder en zijn vrouw [[p:Loubna]] in {{w:Spoorwijk}}. Moeder regelt alles. [[p:Loubna]] is 24, kwam 3 jaar geleden uit Marokko, spreekt nog weinig Nederlands. De {{r:huisarts}} belde ons omdat [[p:Loubna]] met een blauw oog op het spreekuur kwam en zei dat ze gevallen was.

Bij het eerste huisbezoek bleek dat [[p:Mustafa]] een LVB heeft en zijn moeder hem aanspoort om 'streng' te zijn. [[p:Loubna]] mag niet naar taalles. We hebben met {{o:Veilig Thuis}} overlegd en een melding gedaan ([[z:VT-2024-29917]]). Tegelijk kreeg [[p:Mustafa]] begeleiding van {{o:MEE}}.

Na 5 maanden: [[p:Loubna]] gaat naar de taalles van {{o:Stichting MOOI}} aan de [[a:Jan Blankenstraat 3]], moeder woont weer bij haar dochter in Zoetermeer. Het gaat nog niet perfect.

Wat we leerden: de pleger kan zelf kwetsbaar zijn. Dat maakt het ingewikkeld, maar ook beter op te lossen.
=====
Casus wonen – spoed

Mevrouw [[p:Tewarie]] heeft op [[d:donderdag 18 april]] een ontruiming staan. Ze woont op de [[a:Zuiderparklaan 410]], [[pc:2574 JB]]. Huurachterstand € 5.200, maar ze heeft inmiddels een bewindvoerder. Iemand die nu nog iets kan bij {{o:Staedion}}? @[[p:Marloes Wolters]]?

Update 14:30: [[p:Marloes]] heeft gebeld, ontruiming is opgeschort. Dank jullie wel!!
=====
Casus bemoeizorg in {{w:Scheveningen}} – vrouw in auto

Haar naam is [[p:Ria]], ze is 58. Ze woont sinds [[d:1 december]] in haar auto, een grijze Opel. Voor die tijd huurde ze een kamer aan de [[a:Badhuisstraat 61]] maar de huisbaas verkocht het pand. Ze werkt nog twee ochtenden in een bakkerij.

We hebben het sportcentrum geregeld voor douchen en de {{o:Kessler Stichting}} voor een postadres. Ze wil niet naar de nachtopvang "tussen de verslaafden". Ze staat nu op de lijst voor een {{o:Housing First}}-plek.
=====
Reactie van [[p:Lotte Hoek]] ({{r:mantelzorgconsulent}}):

De mantelzorgwaardering is dit jaar € 200 (waardebon of geld). Aanvragen kan tot [[d:31 december]] bij {{o:Mantelzorg Den Haag}}, via de website of via ons. De mantelzorger moet zelf aanvragen, minimaal 8 uur per week zorg. Voor die mevrouw van de zoon met autisme: zeker doen!
=====
Casus (Jeugd/GGZ): jongen van 19 met gameverslaving

[[p:Zakaria]] (19) woont bij zijn ouders in {{w:Laakkwartier}}. Hij is al 2 jaar niet buiten geweest. Moeder [[p:Khadija Benali]] belde het wijkteam. Hij wil niet praten met hulpverleners, alleen via Discord.

Onze {{r:jongerenwerker}} [[p:Soufiane]] heeft via Discord contact gelegd en na 6 weken een eerste 'echte' afspraak gemaakt, bij de deur van zijn kamer. Inmiddels gaat hij 1x per week naar de {{o:Brijder}} jongerengroep.

Vraag: heeft iemand ervaring met dit soort online contact? Wat mag wel en niet volgens de privacyregels?
=====
RE: RE: crisis in het weekend

Ik sluit me aan bij [[p:Gülay]]. Ik zou de lijst ook in de teamtelefoon zetten. En trouwens: de cliënt heeft haar naam en adres hierboven laten staan. Graag aanpassen, niet iedereen in de groep kent haar!

[[p:Kishan]]
=====
Casus schulden: [[p:Rignald Martis]] en de kinderopvangtoeslag

Gedupeerde van de toeslagenaffaire. Hij kreeg in 2023 € 30.000 compensatie, die binnen een jaar op was: oude schulden afgelost, maar ook een auto gekocht en geld geleend aan familie. Nu weer achterstanden bij {{o:Zilveren Kruis}} en bij de huur.

Hij woont op de [[a:Mient 311]] in {{w:Kraayenstein}}. Het {{o:Herstelteam Toeslagen}} heeft hem een vaste contactpersoon gegeven, maar die is al 2 maanden onbereikbaar. Iemand die een ingang heeft?

Zijn dossier bij het herstelteam: [[z:UHT-2021-0388412]].
=====
[thema GGZ] Nieuwe casus

Een vrouw van 52, [[p:Marianne Dekker]], belt al jaren elke dag de politie en het wijkteam met klachten over de buren (die 'met stralen' haar huis binnendringen). De {{r:wijkagent}} is er klaar mee. Ze is nooit in de GGZ geweest.

Wij proberen nu via haar zus, [[p:Carla]], contact te krijgen met de {{r:huisarts}}. Zus zegt: "ze is altijd al een beetje zo geweest".

Wat zouden jullie doen? Is dit een casus voor een zorgmachtiging?
=====
Casus ouderen: echtpaar in {{w:Waldeck}}

Meneer en mevrouw [[p:Van der Meer]] (91 en 88). Meneer heeft Parkinson, mevrouw beginnende dementie. Ze weigeren een verpleeghuis. Kinderen (3) maken ruzie over wat het beste is. Eén dochter, [[p:Annemieke]], heeft een volmacht en zegt: 'Thuis blijven'. Zoon [[p:Robert]] wil ze laten opnemen.

Wat werkte: een familiegesprek met een onafhankelijke voorzitter (de {{r:specialist ouderengeneeskunde}}). De kinderen hoorden hun ouders zelf zeggen wat ze wilden. Daarna: meer thuiszorg, dagbesteding voor mevrouw, en een respijtweek per kwartaal.
=====
Update casus [[p:Djenifer Lopes]] (zie hierboven)

Goed nieuws: ze heeft via de {{o:Blijf Groep}} toch een plek in een crisisopvang gekregen. Urgentie is na bezwaar toegekend op [[d:6 mei]]. Ze krijgt een woning in {{w:Wateringseveld}}. Dank voor alle tips!
=====
Hoi themagroep, casus uit {{w:Bouwlust}}:

Een Pools gezin, [[p:Paweł Kamiński]] en [[p:Agata]], met 2 kinderen. Hij werkt via een uitzendbureau, zij is thuis. Ze wonen met 9 mensen in een eengezinswoning aan de [[a:Nunspeetlaan 388]]. De gemeente heeft een overbewoningsmelding gedaan. Kinderen gaan naar school in {{w:Vrederust}}.

[[p:Agata]] vertelde bij de school dat haar man haar slaat. Ze wil terug naar Polen maar heeft geen geld. {{o:Barka}} kan helpen met terugkeer, maar alleen als ze zelf wil. Iemand ervaring met terugkeer bij huiselijk geweld?

[[p:Katarzyna Lewandowska]], {{r:jeugdconsulent}} {{o:CJG}}
=====
Onderwerp: Re: Tigrinya-sprekende vrijwilliger

Hoi [[p:Selam]], bel [[p:Mehari]] eens, hij kent de Eritrese kerkgemeenschap in {{w:Transvaal}} goed. Zijn nummer: [[t:06 - 29 41 55 80]]. Misschien kan de kerk iemand vinden.
=====
Casus eenzaamheid en geldzorgen – {{w:Regentessekwartier}}

Mevrouw [[p:Blom]] (68) is sinds haar pensioen steeds eenzamer. Ze heeft alleen AOW (geen pensioen opgebouwd, was zelfstandig). Door de hoge energierekening durfde ze de verwarming niet meer aan te zetten. Ze zat de hele winter in een jas binnen.

Via de {{r:welzijnscoach}} kwam ze bij de {{o:Energiebank}} terecht; haar woning (huur, [[a:Weimarstraat 188-C]]) heeft nu nieuwe tochtstrips en een zuinige koelkast. En ze doet mee met 'Eten bij de buren'. Ze zegt: "ik was vergeten hoe het is om met iemand te eten."
=====
Casus voor het thema Wonen (met toestemming)

[[p:Yusuf Kurt]], 35, ex-gedetineerd, kwam op [[d:maandag 3 juni]] vrij na 4 jaar. Geen woning, geen ID, geen inkomen. Via de {{r:casemanager}} nazorg kreeg hij een plek bij de {{o:Kessler Stichting}}. BSN [[b:917437962]] was nog geldig maar zijn DigiD niet. Uitkering aangevraagd op [[d:5 juni]], eerste betaling pas op [[d:22 juli]]. Die 7 weken: voedselpakketten en een voorschot via de gemeente.

Moderator: graag geen BSN's op het platform. Deze laten we staan omdat de cliënt toestemming gaf, maar liever niet.
=====
Vraag over een casus (LVB en wonen):

Meneer [[p:Gorre]], 45, LVB, woont alleen in {{w:Moerwijk}}. Zijn broer regelde alles maar is overleden. Nu stapelen de rekeningen zich op en heeft hij 'vrienden' in huis die er blijven slapen. Buren melden overlast.

Wie heeft ervaring met een aanvraag voor beschermd wonen vanuit de Wmo voor iemand met een LVB? Het {{o:Wmo-loket}} stuurt ons door naar de Wlz, en het CIZ zegt dat hij 'te goed' functioneert.
=====
Casus huiselijk geweld – eerwraak-signalen

Een meisje van 17, [[p:Sevda]], belde ons wijkteam nummer in paniek: haar familie wil haar uithuwelijken in Turkije, vertrek zou zijn op [[d:20 juli]]. Ze zit op het mbo in {{w:Zuid-West}}.

We hebben direct het {{o:Landelijk Knooppunt Huwelijksdwang en Achterlating}} gebeld en {{o:Veilig Thuis}}. Binnen een dag was er een veilige plek. Belangrijk: betrek de familie NIET in dit soort gevallen, anders wordt het gevaarlijker.
=====
@[[p:Karin Mulder]] kun je hier even naar kijken? De ouders van [[p:Noah]] hebben me gemaild ([[e:fam.verbeek@ziggo.nl]]) dat het niet goed gaat, ze willen een gesprek. Ik zit tot vrijdag op cursus.
=====
Casus: schulden + verslaving, {{w:Stationsbuurt}}

[[p:Glenn]] (39) gokt. Online, vooral 's nachts. Schulden: € 22.000 bij 11 schuldeisers, waaronder 3 online casino's (die hebben legaal geen vordering, maar wel een 'lening' van een vriend). Hij woont bij zijn moeder aan de [[a:Parallelweg 77]].

Aanpak die we proberen: eerst {{o:Brijder}} (gokverslaving), pas daarna schuldhulp. Schuldhulp stelt als voorwaarde dat de verslaving 'onder controle' is. Hij heeft zelf Cruks-registratie gedaan.
=====
Casus LVB, vraag: [[p:Lina]] (27), moeder van 3, LVB, partner in detentie.
Ze belde mij gisteren vanaf [[t:06 - 87 45 21 30]] omdat de school had gezegd dat [[p:Omar]] (8) niet meer mag komen als hij niet op tijd is. Ze heeft geen wekker, geen klok, de telefoon is vaak leeg. Simpele oplossingen eerst: wekker gekocht en de buurvrouw brengt hem mee.
Zo klein kan het soms zijn.
""")
add(r"""
Nieuw bericht in thema Schulden
Van: [[p:Nicole Vos]] ({{o:Geldloket}} {{w:Escamp}})
Onderwerp: beslagvrije voet te laag – casus

Hoi allen, even een praktijkvoorbeeld. Mw. [[p:Knol]] (single, 2 kinderen, bijstand) had beslag van de {{o:Belastingdienst}} én van een deurwaarder. Samen hielden ze zo veel in dat ze per maand € 212 overhield voor eten. Na herberekening door de {{r:schuldhulpverlener}} bleek de beslagvrije voet € 340 te laag. Terugbetaling over 5 maanden: € 1.700.

Check dus ALTIJD de berekening. Rekentool: zie Links.

Reageren? Ga naar het platform. Je ontvangt deze mail omdat je lid bent van dit thema.
=====
Weekoverzicht thema Ouderen – week 14

• [[p:Marjolein Verkerk]] plaatste een update in 'Casus: mevrouw die steeds de deur niet opendoet' (3 reacties)
• [[p:Irma Wattimena]] startte 'meneer met dementie en oplichting' ([[d:3 april]])
• Nieuw lid: [[p:Harry Soewarno]] ({{o:Alzheimer Nederland}})
• Agenda: expertmeeting [[d:donderdag 11 april]], nog 6 plekken vrij

Uitschrijven voor het weekoverzicht kan via je profiel.
=====
Van: [[p:Yvette Boer]] <[[e:y.boer@florence.nl]]>
Verzonden: donderdag [[d:4 april 2024]] 10:12
Aan: [[p:Marjolein Verkerk]]
Onderwerp: RE: mevrouw K.

Hoi [[p:Marjolein]],
Ik heb vanochtend met de {{r:huisarts}} gebeld over mevrouw [[p:Koning]]. Hij gaat morgen zelf langs, samen met jou als dat lukt, om 13.00 uur. Zoon is akkoord. Sleutelkastje wordt geplaatst door {{o:Florence}} zodra mevrouw toestemming geeft.
Groet,
[[p:Yvette]]

[doorgestuurd naar de themagroep door [[p:Marjolein]], met toestemming van zoon: "Fijn dat jullie meedenken"]
=====
Casusoverzicht thema Bemoeizorg (alleen initialen, update [[d:30-04-2024]])

| casus | wijk | status | trekker |
|---|---|---|---|
| meneer [[p:S.]] (katten) | {{w:Bomenbuurt}} | in zorg, huisarts betrokken | [[p:Redouan]] |
| mevrouw [[p:R.]] (auto) | {{w:Scheveningen}} | wacht op {{o:Housing First}} | [[p:Daan]] |
| meneer [[p:D.J.]] (schuurtje) | {{w:Laak}} | geen contact sinds [[d:12/4]] | [[p:Tineke]] |
| mevrouw [[p:M.D.]] (stralen) | {{w:Leyenburg}} | huisarts weigert, overleg OvJ | [[p:Gülay]] |
=====
Hi all, sorry for writing in English, my Dutch is not good enough yet for this. I'm [[p:Chen Jiahui]], working as a {{r:community health worker}} with {{o:PsyQ}} in {{w:Centrum}}. A client of mine, a Chinese student, [[p:Zhou Ming]] (24), has stopped attending university and doesn't leave his room at the [[a:Stationsweg 46]] student housing. His parents in Shanghai call me every day. Does anyone have experience with international students and loneliness? Is {{o:DUO}} or the university responsible for him? You can reach me at [[e:j.chen@psyq.nl]].
=====
snel vraagje tussendoor: mw visser van de [[a:kamperfoeliestraat 12]] (ouderen, niet de visser van schulden 😅) heeft toch een indicatie via de wlz? iemand die dat weet?
=====
Re: snel vraagje
ja die is [[d:2 feb]] afgegeven, kenmerk [[z:CIZ-240211-3387]]. {{o:Saffier}} heeft haar op de wachtlijst. groet [[p:shirley]]
=====
Casus jeugd: [[p:Rayan]] (17) en zijn broertje

Moeder is in februari overleden. Vader onbekend. [[p:Rayan]] zorgt nu voor zijn broertje [[p:Ilias]] (11). Een tante, [[p:Hanane Chaouch]], woont in Rotterdam en komt in het weekend. De {{o:Raad voor de Kinderbescherming}} doet onderzoek naar voogdij (zaaknr. [[z:RvdK-24-0077193]]).

Wij willen voorkomen dat de broers uit elkaar gaan. Zijn er ervaringen met een pleegzorgconstructie bij familie waarbij de oudste broer in huis blijft? Adres is een huurwoning van {{o:Haag Wonen}}, [[a:Schalk Burgerstraat 275]]; het huurcontract stond op naam van moeder.
=====
Reactie op casus [[p:Rayan]]:

Heel herkenbaar. Bij ons werd de tante gezinshuisouder. Belangrijk: laat het huurcontract zo snel mogelijk op naam van [[p:Rayan]] zetten zodra hij 18 is (of vraag {{o:Haag Wonen}} om het tijdelijk op naam van de voogd te zetten). Bel [[p:Bert]], die weet het.
=====
Bericht van de moderator

Beste themaleden, de afgelopen week zijn er in drie berichten volledige namen, adressen en zelfs een BSN geplaatst. Het platform zoekt automatisch naar persoonsgegevens, maar niet alles wordt gevonden. Lees je bericht nog even na voordat je het plaatst. Gebruik initialen of 'mevrouw A.' als je een cliënt bedoelt. Dank!
[[p:Ellen Brouwer]], {{r:facilitator}} {{o:CAOP}}
=====
Casus ouderen: dementie en huisdieren

Mevrouw [[p:Storm]] (81), {{w:Houtwijk}}, heeft vasculaire dementie en een oude herdershond. Ze laat de hond niet meer uit. De hond is agressief geworden. De buren bellen de politie. De dochter, [[p:Linda Storm]], woont in Utrecht en zegt dat de hond haar moeder 'in leven houdt'.

Oplossing na 3 MDO's: {{o:Stichting Hulphond}}… nee, uiteindelijk een buurjongen die twee keer per dag uitlaat voor € 50 per maand (betaald uit pgb? nee, uit eigen zak). De {{r:casemanager dementie}} komt nu wekelijks.
=====
Huiselijk geweld / {{w:Moerwijk}} – casus in het kort
cliënte: [[p:J. Sewdien]] (42)
pleger: ex-partner, [[p:R. Sewdien]], woont [[a:Erasmusweg 1072]]
kinderen: 2 (9 en 13)
contactverbod sinds [[d:13-05-2024]]
{{o:Veilig Thuis}}: [[z:VT-2024-40391]]
vraag aan de groep: ex komt toch elke dag langs de school. school weet niet wat ze moet. tips?
=====
Casus eenzaamheid: [[p:Hendrik]] (57) en de bibliotheek

[[p:Hendrik]] zit elke dag van 10 tot 17 uur in de {{o:Centrale Bibliotheek}}. Bibliotheekmedewerker [[p:Sanne]] maakte zich zorgen en belde ons. Hij bleek dakloos te zijn sinds zijn scheiding en schaamde zich. Hij heeft een baan (deeltijd, postbezorging).

Nu: {{o:Kessler Stichting}} voor tijdelijke kamer, en hij helpt op woensdagmiddag in het Taalhuis van de bieb. Hij zegt: "eindelijk heb ik weer collega's."
=====
Re: Meldcode bij ouderenmishandeling

Update: mevrouw is via de {{r:huisarts}} tijdelijk opgenomen in het {{o:Respijthuis Haagse Hout}}. [[p:Kevin]] is doorverwezen naar {{o:Brijder}} (hij bleek te gebruiken). Bankrekening van mevrouw is overgezet naar bewind. Het rekeningnummer waarop de AOW nu binnenkomt: [[i:NL20ABNA7635183291]], zodat [[p:Kevin]] er niet meer bij kan. (sorry, typfout? ik check het nog)
=====
Casus LVB: [[p:Marco]] en de sportschool

[[p:Marco]] (31, LVB) had 4 sportschoolabonnementen tegelijk. Hij dacht dat hij bij elke vestiging een nieuw abonnement moest nemen. Totale schuld € 1.640 plus incassokosten. Met een brief van de {{r:MEE-consulent}} heeft de sportschoolketen 3 abonnementen kwijtgescholden.

Brief (voorbeeld) staat in de bijlagen. Zijn adres ([[a:Groenhovenstraat 9]], [[pc:2596 HT]]) staat er nog in, dat haal ik vanavond weg.
=====
Wonen / casus: woning vol met spullen na overlijden

Meneer [[p:Hout]], 74, overleed op [[d:17 maart]] in zijn woning aan de [[a:Loosduinse Hoofdstraat 505]]. Geen familie bekend. Woning vol spullen. Corporatie wil binnen 2 maanden leeg. Gemeente regelt de uitvaart (lijkbezorging). Wie regelt de spullen? Notaris? Wij hebben hem 3 jaar begeleid, voelen ons verantwoordelijk.
=====
GGZ-casus: mevrouw met 'verzamelwoede'

Mevrouw [[p:Jager]] (63), {{w:Leyenburg}}, verzamelt kranten en plastic flessen. Brandweer heeft de woning bezocht na een melding van de buren (brandgevaar). De {{o:GGD}} heeft een hygiënisch onderzoek gedaan, rapportnummer [[z:GGD-HO-24-0291]]. Mevrouw heeft hoarding disorder, maar is niet 'gek' zegt ze.

Aanpak: elke week één vuilniszak, zelf gekozen, met de {{r:GGZ-verpleegkundige}}. Na 3 maanden: gang en keuken vrij. Brandweer tevreden.
=====
RE: Casus [[p:Marianne Dekker]] ('stralen')

Vanuit de {{o:GGD}}: we zijn er op [[d:dinsdag 21 mei]] met z'n tweeën geweest. Mevrouw heeft ons binnengelaten en ons de 'stralen' laten zien (een wifi-router van de buren). Er is geen acuut gevaar. Zorgmachtiging is nu niet aan de orde. Wel blijven we 1x per 2 weken langsgaan. Haar zus [[p:Carla]] is blij.
[[p:Tineke]]
=====
Vraag + casus (Schulden/Jeugd): studieschuld en {{o:DUO}}

[[p:Sharline]] (zie eerder) heeft nu ook een brief van {{o:DUO}}: ze heeft een studielening gekregen op haar 18e terwijl ze niet meer naar school ging. Schuld € 4.100. Ze heeft nooit bewust een lening aangevraagd (zegt ze). Wie kan helpen met bezwaar? Haar DUO-relatienummer: [[z:DUO 7719-2284-01]].
=====
Casus wonen: woonfraude of mantelzorg?

Bij de woning aan de [[a:Calandplein 18]] (mevrouw [[p:Baas]], 88) woont sinds een jaar haar kleindochter in. {{o:Haag Wonen}} ziet dat als onderhuur/woonfraude. Maar de kleindochter zorgt dagelijks voor oma. Wij hebben een verklaring geschreven dat het mantelzorg is. Resultaat: kleindochter mag blijven, 'tijdelijk inwonend mantelzorger'. Vraag dus naar die regeling, het kan!
=====
Reactie op "hoe krijgen jullie Veilig Thuis aan tafel":

Wij nodigen niet meer uit voor 'een MDO' maar vragen om een 'casusoverleg van 30 minuten over veiligheid'. Dat werkt beter. En bel de {{r:gedragswetenschapper}}, niet het algemene nummer. [[p:Yaw Asante]] komt altijd als het om kinderen gaat.
—[[p:M. Wolters]]
=====
Casus statushouder + GGZ, {{w:Spoorwijk}}

[[p:Filmon]] (19) kwam als alleenstaande minderjarige vluchteling. Nu 19, eigen woning, uitkering. Hij heeft nachtmerries en gebruikt cannabis om te slapen. Zijn {{r:mentor}} van {{o:Nidos}} is gestopt toen hij 18 werd. Hij heeft niemand.

Wat we gedaan hebben: {{o:i-psy}} (Tigrinya-sprekende therapeut), een maatje via {{o:Vluchtelingenwerk}}, en voetbal bij een club in {{w:Transvaal}}. Hij is nu in behandeling.
=====
Korte casus (Jeugd):
[[p:Jaïr]] (18) uit {{w:Bouwlust}} kreeg een boete van € 390 omdat hij zonder kaartje in de tram zat, 3x. Door incassokosten nu € 1.100 bij het {{o:CJIB}}, CJIB-nummer [[z:CJIB 4417 2893 0016 6521]]. Hij wist niet dat je kunt vragen om een betalingsregeling. Nu wel 🙂
=====
Casus ouderen en huiselijk geweld – moeilijk

Mevrouw [[p:Achterberg]] (78) wordt door haar man (80) al 50 jaar 'klein gehouden'. Nu hij dementie heeft wordt hij fysiek agressief. Zij wil hem niet in de steek laten. {{o:Veilig Thuis}} zegt: geen acuut gevaar. De {{r:casemanager dementie}} zegt: hij moet naar een PG-afdeling. De kinderen ([[p:Wim]] en [[p:Gerda]]) zijn verdeeld.

Wat zouden jullie doen? Het echtpaar woont in {{w:Bohemen}}, [[a:Kijkduinsestraat 726]].
=====
Casus: geen zorgverzekering, wel kanker

Meneer [[p:Nur]] (55) uit Somalië, sinds 2019 ongedocumenteerd, woont bij zijn nicht [[p:Ifrah Ali]] in {{w:Laak}}. Hij heeft darmkanker. Geen verzekering. Het ziekenhuis ({{o:HMC}}) behandelt via de regeling onverzekerbare vreemdelingen ({{o:CAK}}).

Waar wij mee zitten: de nicht vangt hem op in een kleine flat met 4 kinderen en wordt zelf ziek van de stress. Mantelzorgondersteuning voor iemand die hier 'officieel' niet is?
""")
# ---------------------------------------------------------------------------
# 9. More threads: pasted forms, quick replies, mixed formats
# ---------------------------------------------------------------------------
add(r"""
Oeps, ik had per ongeluk het aanmeldformulier in mijn vorige bericht geplakt. Hieronder nogmaals, graag even laten verwijderen door de moderator:

Naam: [[p:Kwabena Asante]]
Geb.datum: [[d:11-08-1979]]
BSN: [[b:455813942]]
Adres: [[a:Hoefkade 611]], [[pc:2526 CG]] Den Haag
Tel: [[t:06-1847 2290]]
Hulpvraag: schulden, huurachterstand {{o:Staedion}}

Sorry!! [[p:Fadumo]]
=====
Re: Oeps
Verwijderd. Geen probleem [[p:Fadumo]], het gebeurt iedereen een keer. – moderator
=====
Casus schulden, mw. [[p:De Haan]] →
zie hieronder de lijst schuldeisers zoals ze hem meebracht (geanonimiseerd behalve de bedragen):

1. {{o:Zilveren Kruis}} – € 1.872,40
2. {{o:Vattenfall}} – € 934,-
3. {{o:CJIB}} – € 412,00 (3 boetes)
4. Wehkamp – € 2.150
5. huur {{o:Vidomes}} – € 2.760 (contractnr. [[z:VID-0020-448713]])
6. gemeentelijke belastingen – € 318
Totaal: ± € 8.450. Inkomen: bijstand + kinderbijslag. Rekening: [[i:NL57TRIO8023698362]].

Vraag: welke eerst? Ik zou zeggen huur en zorgverzekering.
=====
@[[p:Nicole]] dank! ik heb het doorgestuurd naar de {{r:bewindvoerder}} van mw. [[p:Knol]], mr. [[p:Veldhuis]] van {{o:Bewindvoering Zuidwest}}
=====
Reactie [[p:Pieter Koning]]:
Ja, huur en zorgverzekering eerst. En vraag bij {{o:Wehkamp}} een betalingsregeling aan, die zijn vaak redelijk. Het {{o:CJIB}} kun je ook in termijnen betalen als je vóór de aanmaning belt.
=====
Casus LVB: lazy notitie uit ons teamoverleg, maar misschien nuttig

mw [[p:el hamdaoui]] zei: [[p:jessica]] (33, lvb) heeft nu al 3x haar toeslag terug moeten betalen omdat ze haar inkomen niet doorgaf. toeslagen zegt: eigen schuld. wij zeggen: ze snapt het formulier niet. nu gaat [[p:kishan]] mee naar de belastingtelefoon en vraagt een machtiging aan. BSN [[b:224651481]] (dat moet hier eigenlijk niet staan, sorry)
=====
Casus wonen: jongen na jeugdzorg

[[p:Dwayne]] (18) moest op [[d:1 maart]] weg uit de leefgroep van {{o:Jeugdformaat}}. Geen woning. Hij slaapt nu bij een vriend op de [[a:Scheveningseweg 68a]]. Inschrijving BRP kan daar niet (hoofdbewoner wil het niet i.v.m. zijn toeslagen).

Oplossing die we zoeken: briefadres + kamer via {{o:Stichting Jongerenhuisvesting}}. Aanvraagnummer bij de gemeente: [[z:BA-2024-0003119]]. Wachttijd kamer: 8 maanden. Tussenoplossing?
=====
Hoi! Wie is bij {{o:PsyQ}} contactpersoon voor de wijkteams in {{w:Escamp}}? Ik heb alleen het algemene nummer (088-357 70 00) en daar kom ik niet verder dan de wachtrij. Groet [[p:Ivan Lachmon]]
=====
Re: contactpersoon {{o:PsyQ}}
Dat is [[p:Majd]]… nee, die zit bij {{o:Parnassia}}. Bij {{o:PsyQ}} is het [[p:Rasha Hamwi]], [[e:r.hamwi@psyq.nl]], mobiel [[t:+31 (0)6 2817 4459]].
=====
Casus eenzaamheid ({{w:Kijkduin}}): mevrouw [[p:Winter]], 93, blind, zoon overleden. Ze luistert de hele dag naar de radio. Via {{o:De Luisterlijn}} belt ze elke dag. Dat is mooi, maar ze wil ook iemand in het echt. Nu komt er een vrijwilliger van de {{o:Zonnebloem}}, mevrouw [[p:Van den Berg]]... sorry [[p:Ans]], elke dinsdag voorlezen.
=====
Terugkoppeling casus [[p:Paweł]] en [[p:Agata]] (huiselijk geweld/overbewoning)

[[p:Agata]] is op [[d:15 juni]] met de kinderen naar Polen vertrokken, met hulp van {{o:Barka}} en de Poolse ambassade. [[p:Paweł]] heeft een gesprek gehad met {{o:Veilig Thuis}} en volgt nu een traject bij {{o:De Waag}}. Hij woont nog aan de [[a:Nunspeetlaan 388]]. De school heeft de kinderen uitgeschreven per [[d:14-6-2024]].
=====
Vraag: heeft iemand het direct nummer van de {{r:transferverpleegkundige}} van het {{o:Haga}}? Het algemene nummer (070 - 210 00 00) verwijst steeds door. [[p:Greetje]]?
=====
Re: transferverpleegkundige {{o:Haga}}
Ja: [[p:Anne-Fleur Dijkman]], [[t:070-210 68 42]], ma t/m do. Op vrijdag [[p:Koos]], zelfde nummer.
=====
Casus uit {{w:Zeeheldenkwartier}} (thema Wonen)

Meneer [[p:Pattiwael]] (66) woont al 40 jaar in een particuliere huurwoning, [[a:Zoutmanstraat 7 hs]], [[pc:2518GM]]. Nieuwe eigenaar wil renoveren en biedt € 5.000 als hij vertrekt. Meneer wil niet weg, zijn hele leven speelt zich hier af (Molukse kerk om de hoek, zijn zus [[p:Nora Pattiwael]] twee straten verder).

De {{o:Huurteam Den Haag}} helpt nu. Tip: bij renovatie heeft de huurder recht op een 'redelijk voorstel' (art. 7:220 BW) en een verhuiskostenvergoeding, die is in 2024 € 7.417.
=====
Vraag van de {{o:Zonnebloem}} via ons team: ze zoeken vrijwilligers die Papiamento spreken. Er zijn 4 Antilliaanse ouderen in {{w:Transvaal}} die graag bezoek willen. Reacties naar [[p:Tineke Blom]], [[e:tineke.blom@zonnebloem.nl]].
=====
GGZ / casus / kort: [[p:Roy]] (44) belt elke nacht het wijkteam-nummer omdat hij 'stemmen' hoort. Overdag is hij rustig. {{o:Parnassia}} kent hem (cliëntnr. [[z:2023.118.447]]). Afgesproken: na 17.00 uur belt hij de {{o:Luisterlijn}}, overdag de {{r:SPV}}. Werkt tot nu toe.
=====
Re: Casus [[p:Achterberg]]

Ik zou een 'crisisopname' voor meneer aanvragen via de huisarts, niet als straf maar om mevrouw rust te geven. Bij ons in {{w:Segbroek}} is dat met meneer [[p:Vink]] ook zo gegaan. Na 3 weken bleek dat hij op de PG-afdeling rustiger was dan thuis. Mevrouw bezoekt hem elke dag.
[[p:Marloes]]
=====
Iemand die weet of je bij {{o:Stichting Urgente Noden}} ook kan aanvragen voor een bed voor een kind? Het gaat om een gezin in {{w:Morgenstond}}, 3 kinderen op 1 matras. De contactpersoon daar is toch [[p:Anil]]? Zijn mailadres ([[e:a.jhinkoe@sundenhaag.nl]]) geeft een foutmelding.
=====
Re: mailadres {{o:SUN}}
[[p:Anil]] is met pensioen. Nu [[p:Ruth Bhagwandin]], [[e:r.bhagwandin@sundenhaag.nl]]. Algemeen: zie contactlijst Schulden. ([[p:Anil Jhinkoe]] van de expertmeeting is trouwens iemand anders 😉)
=====
Samenvatting casus Jeugd in tabelvorm (voor de slotbijeenkomst; namen gefingeerd, dus geen echte gegevens)

| 'Naam' | Leeftijd | Probleem | Wat werkte |
|---|---|---|---|
| Jongen A | 17 | geen zorgverzekering op 18 | Toekomstgesprek |
| Meisje B | 18 | DUO-schuld | bezwaar met hulp sociaal raadslid |
| Jongen C | 19 | gameverslaving | jongerenwerker via Discord |
=====
Even een waarschuwing voor iedereen in {{w:Escamp}} en {{w:Loosduinen}}: er gaan mensen langs de deur die zeggen dat ze van 'het wijkteam' zijn en vragen naar bankpassen. Dit zijn oplichters! Onze medewerkers hebben altijd een pas met foto. Melding gedaan bij de politie, registratienummer [[z:PL1500-2024158723]].
=====
Casus ouderen – {{w:Benoordenhout}}, [[d:ma 17/6]]
Meneer [[p:de vos]] (zie eerder, de kapper-route) is overleden, vredig, thuis. Zijn kapper, [[p:Ferry]], was erbij. Dank aan iedereen die heeft meegedacht. Ik sluit deze thread.
=====
Reactie op "heeft iemand ervaring met online contact" ([[p:Soufiane]]):

Wij gebruiken in {{w:Laakkwartier}} alleen de beveiligde chat van de organisatie, geen Discord/WhatsApp voor inhoudelijke dingen. Afspraken maken via WhatsApp mag van onze {{r:privacy officer}} (mr. [[p:Brand]]) als er geen gevoelige info in staat. Check je eigen organisatie!
=====
Thema Huiselijk geweld – casus in vraagvorm

Een vrouw (Syrisch, 31) vertelde bij de taalles dat haar man haar paspoort heeft. Ze wil scheiden maar is bang haar verblijfsvergunning te verliezen (afhankelijk verblijf, aangevraagd [[d:3-11-2022]]). V-nummer: [[z:V-nr 2901 4477 18]].

Weet iemand: kan ze een zelfstandige verblijfsvergunning krijgen op grond van huiselijk geweld? En wie helpt met de aanvraag?

Re: [[p:Lina Shaaban]] ({{o:Vluchtelingenwerk}}): Ja, dat kan (B16/7.2 Vc). Wij helpen. Stuur haar naar het spreekuur op donderdag, [[a:Koningin Julianaplein 10]], 1e verdieping.
=====
Vraag: is er iemand die de nieuwe folder 'Wijkteam, wat doen wij?' in het Bulgaars heeft vertaald? Ik heb een cliënt, [[p:Georgi Kolev]], die het Nederlands niet leest. [[p:Petya]], jij misschien?
=====
Re: folder Bulgaars
Ja! Ik stuur hem je via mail. Welk adres? [[p:Petya]]
Re: [[e:i.snoek@xtra.nl]]. Dank je [[p:Petya]] 🙏
""")
add(r"""
Casus Schulden – de 'vergeten' toeslag

Hoi allemaal, kort verhaal. Mevrouw [[p:Bissesar]] (61) uit {{w:Wateringseveld}} kwam in de schulden omdat haar huurtoeslag na een verhuizing naar de [[a:Anthony Fokkerweg 22]] ([[pc:2497 LK]]) niet meer werd uitbetaald: de verhuizing was niet doorgegeven. Na 14 maanden zat ze op € 3.900 huurachterstand.

Met terugwerkende kracht aangevraagd (kan tot 1 jaar terug), € 2.460 ontvangen op haar rekening [[i:NL71INGB2475388884]]. Rest met een regeling.

Les: check bij elke verhuizing samen met de cliënt de toeslagen. ✔
[[p:Anita]]
=====
Intake-gegevens die in de themathread terechtkwamen (door moderator afgeschermd voor publicatie, hier bewaard voor de logging):
cliënt [[p:Abdiqani Hassan]], geb. [[d:1986-03-14]], BSN [[b:368437152]], [[a:Jan Hendrikstraat 12 A]], [[pc:2512GL]], tel. [[t:06.41.59.33.70]], IBAN [[i:NL39 RABO 4198 0878 64]], dossier [[z:SWT-CE-24-0712]]
=====
Re: casus statushoudersgezin met energieschuld

Wij hadden een bijna identieke casus in {{w:Rustenburg}}: familie [[p:Hamwi]], 5 kinderen, € 3.100 eindafrekening. Het {{o:Noodfonds Energie}} wees af omdat de aanvraag te laat was (na [[d:31 maart]]). Toen via {{o:Stichting Urgente Noden}}, ref. [[z:SUN-24-0918]]. Gelukt.
[[p:Majd]]
=====
Contactlijst 'Mantelzorg' (aanvulling op thema Ouderen)

{{o:Mantelzorg Den Haag}} – algemeen nummer 070 - 205 16 50, Postbus 52076, 2505 CB Den Haag
Mantelzorgconsulent {{w:Segbroek}}/{{w:Scheveningen}}: [[p:Lotte Hoek]], [[t:06 - 13 58 92 74]], [[e:l.hoek@mantelzorgdenhaag.nl]]
Respijtzorg / logeeropvang: {{o:Respijthuis Haagse Hout}}, [[a:Van Alkemadelaan 350]], [[pc:2597 AV]], contact [[p:Yvette Boer]]
Mantelzorglijn (landelijk): 030 - 760 60 55
=====
Casus GGZ – herstelgroep

[[p:Jennifer]] (39), bipolair, is na drie opnames nu 2 jaar stabiel. Ze wil anderen helpen en volgt de opleiding {{r:ervaringsdeskundige}} bij {{o:Hogeschool Leiden}}. Ze loopt stage bij ons in {{w:Transvaal}}, sinds [[d:maandag 2 september]]. Wie ook een stageplek heeft voor ervaringsdeskundigen: laat het haar weten via [[e:j.venetiaan@hotmail.com]].
=====
Vraag van een {{r:huisarts}} die meeleest (dokter [[p:Bouwman]], praktijk {{w:Duinoord}}):

"Ik krijg steeds brieven van het wijkteam zonder dat de patiënt toestemming heeft gegeven voor delen met mij. Kunnen jullie in de toestemmingsverklaring standaard de huisarts opnemen?"

Reactie [[p:Kishan Mangroe]]: Nee, dat is juist een bewuste keuze per cliënt. Maar we kunnen wel beter vragen. Dank voor de feedback, dokter!
=====
Oproep: casus Eenzaamheid bij jongeren gezocht voor de expertmeeting van [[d:25-04-2024]]. Heb je een casus? Mail naar [[p:Wendy]] ([[e:wendy.smits@voorwelzijn.nl]]) of bel [[t:06-55 72 10 83]] (niet op vrijdag).
=====
Casus bemoeizorg: meneer in het schuurtje ({{w:Laak}})

We kennen hem nu als '[[p:D.J.]]'. Sinds [[d:12 april]] geen contact. Op [[d:20-5]] troffen we hem bij de {{o:Straatdokter}}, met een longontsteking. Hij heeft nu een bed in de ziekenboeg van het {{o:Leger des Heils}}. Hij gaf zijn volledige naam: [[p:Dennis Jonker]], geboren [[d:9 februari 1967]]. Hij is bekend bij {{o:UWV}} onder een oud klantnummer ([[z:UWV-K-0088123]]). Eindelijk een begin.
=====
Update thema Wonen ([[p:Bert]]):
Vanaf [[d:1 juli]] is mijn directe nummer veranderd: nieuw [[t:070 - 312 88 40]]. Oud nummer (eindigend op 15) werkt nog tot de zomer. Algemeen nummer {{o:Haag Wonen}} blijft 070 - 311 38 38.
=====
Casus Huiselijk geweld – uit de praktijk van [[p:Elif Şahin]] ({{r:maatschappelijk werker}}):

Bij de familie [[p:Yılmaz]] in {{w:Transvaal}} werd de 14-jarige [[p:Burak]] door zijn vader geslagen "om hem op het rechte pad te houden". Vader vond dat normaal, zo was hij zelf ook opgevoed. Geen melding, wel een gesprek met vader samen met de imam van de moskee in de [[a:Delftselaan 33]]. Daarna: opvoedcursus 'Vaders in Beeld' van {{o:Stichting MOOI}}. Vader: "Ik wist niet dat het anders kon."
=====
snelle tip voor wie de {{o:Belastingdienst}} moet bellen namens een cliënt: vraag naar 'intermediair', dan hoef je niet in de wachtrij. bij ons lukte het met mw [[p:kartodikromo]] binnen 10 min. burgerservicenummer moet je wel bij de hand hebben ([[b:863495357]], nee grapje, dit is een verzonnen nummer uit de training 😄)
=====
Casus LVB + ouderen: moeder en zoon

Mevrouw [[p:Boon]] (79) zorgt al 45 jaar voor haar zoon [[p:Arjan]] (52, LVB). Nu zij vergeetachtig wordt, zorgt hij steeds meer voor haar. Het gaat goed zolang de routine blijft. Maar: wat als mevrouw opgenomen moet worden?

We hebben samen met {{o:MEE}} en de {{r:casemanager dementie}} een 'toekomstplan' gemaakt: [[p:Arjan]] gaat 1 dag per week naar {{o:Middin}} om te wennen. Zijn zus [[p:Mariska]] ([[t:0031 6 2099 4871]], woont in België) is de vaste contactpersoon.
=====
Re: Even een waarschuwing

Ook bij ons in {{w:Moerwijk}} geweest. Een mevrouw op de [[a:Dedemsvaartweg 801]] heeft haar pas afgegeven, € 1.200 weg. Aangifte gedaan, zaaknummer politie [[z:PL1500-2024171355]]. Ze is erg van slag. Zij is een cliënt van [[p:Loubna]].
=====
Casus thema Jeugd – broertje en zusje in de knel

[[p:Sara]] (16) en [[p:Adam]] (13) wonen bij vader in {{w:Escamp}}. Moeder zit in Marokko. Vader is depressief en komt zijn bed niet uit. [[p:Sara]] doet het huishouden en haalt slechte cijfers. De school (mentor meneer [[p:Hoogland]]) belde het {{o:CJG}} op [[d:13-5-'24]].

{{o:CJG}} en wijkteam samen: vader naar {{r:POH-GGZ}}, gezinshulp via {{o:Youz}}, en [[p:Sara]] naar het jongerencentrum voor 'me-time'. Vader is nu 2 maanden in behandeling.
=====
Casus wonen / ouderen: verhuizing naar een seniorenwoning

Meneer en mevrouw [[p:Kuiper]] (84, 82) woonden op 3 hoog aan de [[a:Vaillantlaan 410]], [[pc:2526 HW]]. Mevrouw kon de trap niet meer op en kwam 4 maanden niet buiten. Via een 'van groot naar beter'-regeling van {{o:Haag Wonen}} nu verhuisd naar een gelijkvloerse woning in {{w:Transvaal}}, met een verhuiskostenvergoeding van € 3.000 en hulp van vrijwilligers van {{o:Vóór Welzijn}}. Verhuisdatum: [[d:zaterdag 13 april]].
""")
add(r"""
Re: Re: kwijtschelding gemeentelijke belastingen – casus [[p:Hristov]]

Het formulier kwam terug: "BSN onjuist". Ik had [[b:526379497]] ingevuld, moest [[b:526379479]] zijn (cijfers omgedraaid, stom). Ook het rekeningnummer was fout overgenomen: [[i:NL49INGB304263125]] mist een cijfer, het is [[i:NL49INGB3042631215]]. Les: altijd samen met de cliënt controleren, hardop voorlezen.
[[p:Radoslav]]
=====
Casus huiselijk geweld: adres geheim houden

Mevrouw [[p:Hassan]] zit met haar kinderen in de opvang van de {{o:Blijf Groep}}. Haar ex vond haar toch, via een brief van de {{o:Belastingdienst}} die naar haar oude adres ([[a:Zuidlarenstraat 204]], [[pc:2545 VK]]) ging en door hem werd geopend. Tip: vraag bij de gemeente om 'geheimhouding persoonsgegevens' (BRP) en gebruik een postadres (bijv. Postbus 16152, 2500 BD van de opvang). Dat postadres is geen probleem om te delen.
=====
Vraag over een casus (ouderen, {{w:Mariahoeve}}): meneer [[p:Veld]], 90, wil zijn huis op naam van zijn buurvrouw zetten 'omdat zij zo lief is'. Notaris twijfelt aan wilsbekwaamheid. Iemand ervaring met een onderzoek naar wilsbekwaamheid? Contact notaris: mr. [[p:S. Ramcharan]], [[t:070 - 324 17 70]] (direct, kantoor [[a:Laan van Nieuw Oost-Indië 131]]).
=====
Kort verslag casusoverleg thema Schulden, [[d:woensdag 15 mei]]
Aanwezig: [[p:Loubna]], [[p:Pieter]], [[p:Fadumo]], [[p:Jeroen]], [[p:Dorota]] (gast), [[p:Hans W.]]
Besproken: casus mw. [[p:K.]] (beslagvrije voet), casus dhr. [[p:Ö.]] (ex-zzp), casus [[p:Rignald]] (herstelteam)
Actie [[p:Dorota]]: navraag bij SZW over bijzondere bijstand voor [[p:Rignald]], klantnummer [[z:SZW-1188042]]
Volgende keer: [[d:12-06]], 10.00 uur, kamer 4.17 (Spui)
=====
Mail van een partner, geplakt in de thread (met toestemming):

> Van: [[p:Łukasz Mazur]] <[[e:l.mazur@fairwork.nu]]>
> Datum: [[d:vr 24 mei 2024]]
> Onderwerp: kamer Rijswijkseweg
>
> Beste [[p:Bilal]], de uitzendbureau-huisvesting van [[p:Radoslav]] op de [[a:Rijswijkseweg 324]] ([[pc:2516 HC]]) valt onder het goed verhuurderschap. De opzegging is niet rechtsgeldig. Hij mag blijven tot er een rechterlijke uitspraak is. Ik bel hem morgen ([[t:+359 88 412 7730]], zijn Bulgaarse nummer).
> Met vriendelijke groet, [[p:Łukasz]]

Mooi resultaat! [[p:Bilal]]
""")

# ---------------------------------------------------------------------------
# 10. Long pages and threads
# ---------------------------------------------------------------------------
add(r"""
[Thema Bemoeizorg] Casus: de man op de zolderkamer – lange thread, samengevat door de trekker

Start ([[p:Daan Timmermans]], {{o:GGD Haaglanden}}, [[d:maandag 4 maart]]):
Melding van {{o:Staedion}} over stank en wateroverlast vanuit de zolderkamer op de [[a:Prins Hendrikplein 14-3]] ([[pc:2518 JA]]). Bewoner: meneer [[p:Hendriks]], 58, al 6 jaar geen contact met familie. Eerste bezoek: deur bleef dicht, wel stemmen gehoord.

Reactie [[p:Sjaak van Rijn]] ({{r:wijkagent}}, [[d:5 maart]]):
Ik ken hem. In 2019 is hij een keer opgehaald met een IBS. Zijn broer, [[p:Theo Hendriks]], woont in Delft en wil best meedenken: [[t:06 - 38 20 71 95]].

Reactie [[p:Gülay Arslan]] ({{r:SPV}} {{o:Parnassia}}, [[d:6 maart]]):
Hij staat bij ons nog ingeschreven (cliëntnr. [[z:P-2019-0071146]]), maar is al jaren uit beeld. Ik kan mee als de {{r:huisarts}} akkoord is.

Update [[p:Daan]] ([[d:14 maart]]):
Broer heeft gebeld en een briefje onder de deur geschoven. Gisteren deed meneer open! Hij had al 3 maanden geen stroom: achterstand bij {{o:Eneco}}, klantnummer [[z:ENC 3390 1125 07]]. We hebben een noodaansluiting geregeld en een voedselpakket.

Update [[p:Daan]] ([[d:2 april]]):
Meneer heeft de {{r:huisarts}} toegelaten. Verwijzing naar {{o:Parnassia}} loopt. Schuldhulp: aanmelding gedaan, dossier [[z:SHV-2024-02291]]. Zijn AOW-gat (hij heeft 11 jaar in Duitsland gewerkt) wordt uitgezocht door de {{o:SVB}}.

Lessen (voor de casusles): via de familie lukte het waar wij 4x faalden; stroom en eten waren de sleutel; samenwerking GGD–politie–GGZ in één thread scheelde weken mailen.
=====
Thema Huiselijk geweld – volledige contact- en verwijslijst (versie 2.3, [[d:1 mei 2024]])

ACUUT
Politie/ambulance: 112
{{o:Veilig Thuis Haaglanden}}: 0800-2000 (algemeen, 24/7)

ADVIES EN CONSULTATIE
{{o:Veilig Thuis}}, {{r:gedragswetenschapper}} voor wijkteams: [[p:Yaw Asante]], [[t:070 - 346 91 27]], [[e:y.asante@vtdenhaag.nl]]
Vervanger bij afwezigheid: [[p:Petra Molenaar]], [[t:070 - 346 91 30]]
{{r:aandachtsfunctionaris}} thema: [[p:Hanane Ouazzani]], [[e:h.ouazzani@swt-denhaag.nl]], [[t:06 - 22 48 91 07]]

OPVANG
{{o:Blijf Groep}} aanmeldlijn: 088 - 234 44 00 (algemeen). Postadres: Postbus 16152, 2500 BD Den Haag
Casemanager voor onze teams: [[p:Femke de Haan]], [[t:06 - 11 83 72 49]]
Mannenopvang regio Haaglanden: via {{o:Veilig Thuis}}

JURIDISCH
{{o:Juridisch Loket}}: 0900 - 8020 (algemeen)
Advocaat met ervaring in huiselijk geweld en verblijfsrecht: mr. [[p:Nadia Bouchtaoui]], [[a:Javastraat 58]], [[pc:2585 AP]] Den Haag, [[t:070 - 362 44 19]] (direct)

EERGERELATEERD GEWELD / HUWELIJKSDWANG
{{o:Landelijk Knooppunt Huwelijksdwang en Achterlating}}: 088 - 0700 400 (algemeen)
{{o:Fier}}: 088 - 208 00 00 (24/7)

KINDEREN
{{o:CJG}}: 0800 - 285 40 70
{{o:Raad voor de Kinderbescherming}}, contactpersoon Den Haag: [[p:Marloes van Dam]], [[e:m.vandam@rvdk.minjus.nl]]

Wijzigingen doorgeven aan [[p:Hanane]]. Geen cliëntgegevens op deze pagina!
=====
Casus Wonen/Schulden – een jaar later (lang, maar het loont om te lezen)

Vorig jaar schreef ik hier over het gezin [[p:Ramcharan]]: vader [[p:Rishi]], moeder [[p:Soenita]], drie kinderen, huurachterstand € 6.800 bij {{o:Vidomes}}, ontruiming gepland op [[d:dinsdag 12 september]]. Ze woonden (en wonen!) op de [[a:Erasmusweg 1455]], [[pc:2532 CR]].

Wat we deden, in volgorde:
1. Op [[d:8 september]] met {{o:Vidomes}} de 'Laatste kans'-overeenkomst gesloten (contractnr. [[z:VID-1455-30218]]).
2. Beschermingsbewind aangevraagd; bewindvoerder werd mr. [[p:A. Knol]]... nee, [[p:A. Knol]] van {{o:Bewindvoering Zuidwest}}.
3. Aanmelding bij {{o:Schuldhulpverlening Den Haag}}, dossier [[z:SHV-2023-11872]]. Schuldenbewind liep 3 jaar.
4. De oudste dochter, [[p:Priyanka]] (17), kreeg begeleiding van het {{o:CJG}} – zij droeg veel te veel verantwoordelijkheid.
5. Vader kreeg via het {{o:Werkgeversservicepunt}} werk bij de {{o:HTM}} als monteur.

Nu, een jaar later: huur wordt elke maand betaald, nog € 2.100 in de regeling, [[p:Priyanka]] doet eindexamen. Moeder zei bij het afsluitende gesprek op [[d:vrijdag 20 september]]: "Toen jullie kwamen, dacht ik dat het al te laat was."

Wat andere teams hiervan kunnen leren: ook twee weken vóór een ontruiming is het niet te laat, mits corporatie, bewindvoerder en wijkteam samen aan tafel zitten.

[[p:Nora Sahertian]], {{r:casusregisseur}} SWT {{w:Zeeheldenkwartier}}
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
    d = re.sub(r"\D", "", s)
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
    for i, marked in enumerate(TEXTS):
        text, pii, keep = parse(marked)
        spans = sorted(pii + keep, key=lambda x: x["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], ("overlap", a, b)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], sp
            assert sp["text"].strip() == sp["text"] and sp["text"], sp
        for sp in pii:
            compact = re.sub(r"\s", "", sp["text"])
            if sp["label"] == "bsn":
                assert bsn_ok(sp["text"]) or compact in WRONG, ("bad bsn", sp["text"])
            if sp["label"] == "iban":
                assert iban_ok(sp["text"]) or compact in WRONG, ("bad iban", sp["text"])
        rows.append({"id": "h123-%04d" % (i + 1), "text": text, "pii": pii, "keep": keep})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    return rows


def main():
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "heldout123.jsonl")
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
