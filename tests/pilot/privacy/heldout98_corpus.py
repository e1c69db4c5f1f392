#!/usr/bin/env python3
"""Held-out test corpus 98: draft case lessons (casuslessen), reviewers' comments
on drafts, and newsletter summaries, as written on the knowledge platform of the
sociale wijkzorgteams (Den Haag). Deterministic: writes heldout98.jsonl next to itself.

Markup: [[x:text]] = pii span, {{y:text}} = keep span.
 pii  : p=person b=bsn t=phone e=email i=iban pc=postcode a=address d=date k=dossier
 keep : w=wijk o=org r=role
Inside [[b:..]] the tokens BSN / BSN. / BSN_ are replaced by a generated valid BSN
(plain / dotted 4.2.3 / spaced 3 3 3); inside [[i:..]] IBAN / IBAN_ / iban_ by a
generated valid Dutch IBAN (compact / spaced / spaced lower-case), bank code after ':'
e.g. [[i:IBAN_:RABO]].
"""

import json, os, random, re

PII = {
    "p": "person",
    "b": "bsn",
    "t": "phone",
    "e": "email",
    "i": "iban",
    "pc": "postcode",
    "a": "address",
    "d": "date",
    "k": "dossier",
}
KEEP = {"w": "wijk", "o": "org", "r": "role"}

TEXTS = []


def T(s):
    TEXTS.append(s.strip("\n"))


# ---------------------------------------------------------------- part 1: careful drafts
T("""
Casusles (concept) – team {{w:Transvaal}}

Situatie
Mevrouw [[p:Hatice Yıldırım]] (58) woont sinds 2009 op de [[a:Van Ravesteynstraat 41-II]]. Na het overlijden van haar man in 2022 stapelden de rekeningen zich op. Haar zoon [[p:Emre]] meldde zich op [[d:14 februari 2024]] bij het {{o:Servicepunt XL}} omdat er een afsluitbrief van het energiebedrijf lag.

Aanpak
De {{r:schuldhulpverlener}} en ik (als {{r:casusregisseur}}) zijn samen op huisbezoek gegaan. We hebben eerst alleen de post geordend, niets opgelost.

Wat werkte
Dat [[p:Emre]] erbij was en mocht vertalen, maar dat we met mevrouw zelf bleven praten.

Les voor andere teams
Begin bij de stapel post, niet bij het schuldenoverzicht. Dat voelt minder bedreigend.
""")

T("""
CASUSLES – bemoeizorg – {{w:Schilderswijk}}
Auteur: [[p:Gerrit-Jan Mulder]], {{r:maatschappelijk werker}} ({{o:Xtra}})

Situatie: buren belden herhaaldelijk over stankoverlast bij dhr. [[p:Bakker]] ([[a:Hoefkade 212]], [[pc:2526 BX]]). Hij deed al jaren niet open. Bij de {{o:GGZ}} was hij niet bekend, de huisarts had hem sinds 2017 niet gezien.
Aanpak: samen met de {{r:wijkagent}} en de {{r:wijkverpleegkundige}} van {{o:Haagse Wijk- en Woonzorg}} elke dinsdag even aangebeld, briefje achtergelaten, een keer soep van de bakker op de hoek meegenomen. Na zeven weken ging de deur open.
Wat werkte: herhaling, steeds dezelfde gezichten, niets willen.
Les: plan bemoeizorg als een reeks kleine contacten en spreek vooraf af wie het vaste gezicht is. Voor ons werd dat [[p:Naima]] van het {{o:SWT}}.
""")

T("""
Conceptles voor het kennisplatform – thema ouderen

Situatie
[[p:Johanna (Joke) van der Poel-Bos]], geboren [[d:12-07-1941]], woont zelfstandig in {{w:Mariahoeve}}, [[a:Ambachtsgaarde 118]]. Ze vergeet afspraken, eet onregelmatig en haar nicht [[p:Marianne Bos]] woont in Groningen. De {{r:casemanager dementie}} kwam pas in beeld na een val op [[d:3 januari]].

Aanpak
Het team heeft een vaste week-routine opgezet: maandag de {{r:ouderenconsulent}}, woensdag de dagbesteding bij {{o:Florence}}, vrijdag belt [[p:Marianne]] om tien uur. Contact loopt via haar vaste nummer [[t:070 347 22 91]].

Wat werkte
Eén kalender op de koelkast, gemaakt mét mevrouw.

Les
Wacht niet op een diagnose om structuur te bieden; die helpt ook zonder papiertje.
""")

T("""
Situatie: gezin met drie kinderen in {{w:Moerwijk}}, moeder ([[p:Rosalia Martina]], 34) kwam vanuit Curaçao in 2020. Vader niet in beeld. Huurachterstand bij {{o:Staedion}} van ruim € 3.100, dreigende ontruiming per [[d:1 april 2024]].
Aanpak: {{r:Wmo-adviseur}} en {{r:jongerenwerker}} hebben samen met mevrouw een betalingsregeling voorgesteld aan de verhuurder. Zaaknummer bij Staedion: [[k:HUR-2024-00318]]. Tegelijk aanmelding bij {{o:Stichting Present}} voor een opruimklus.
Wat werkte: de verhuurder wilde praten zodra er één vast aanspreekpunt was (ik, [[p:Kim]]).
Les voor andere teams: bel de verhuurder zelf, wacht niet tot de deurwaarder komt. En neem {{o:CJG}} vroeg mee als er kinderen zijn.
""")

T("""
Casusles – huiselijk geweld
Team {{w:Laak}}, [[d:9 oktober 2023]]

Situatie. Mevrouw [[p:Aylin Demir]] meldde zich bij de {{r:huisarts}} met blauwe plekken. De huisarts, dr. [[p:Pinas]], belde ons na toestemming van mevrouw. Er liep al een melding bij {{o:Veilig Thuis}} onder nummer [[k:VT-2023-40771]].

Aanpak. We hebben niet zelf het gesprek over geweld gevoerd maar mevrouw gekoppeld aan de {{r:aandachtsfunctionaris huiselijk geweld}} van {{o:Xtra}}, [[p:Lotte Bakker]]. Zij deed de veiligheidsplanning; wij deden praktische zaken (huur, toeslagen, een tijdelijke opvangplek via {{o:Kessler Stichting}} was niet nodig).

Wat werkte. Rolverdeling vooraf op papier.

Les. Houd veiligheid en praktische hulp gescheiden maar wel in één plan. Mevrouw zei later: "ik hoefde mijn verhaal maar één keer te vertellen."
""")

T("""
Situatie
Meneer [[p:Abdirahman Warsame]] (41) kwam via de {{o:Voedselbank Haaglanden}} bij ons terecht. Hij woont met zijn vrouw [[p:Hodan]] en vier kinderen in een portiekflat aan de [[a:Zuidlarenstraat 65]] in {{w:Bouwlust}}. Er waren betalingsachterstanden bij de zorgverzekeraar en het {{o:CAK}}.

Aanpak
Ik heb samen met een {{r:sociaal raadsman}} de toeslagen nagelopen. Bleek dat er sinds 2022 geen kinderopvangtoeslag meer werd aangevraagd terwijl hij er recht op had. Gezinsnummer bij de gemeente: [[k:GZ-771204]].

Wat werkte
Een tolk via de telefoon (Somalisch) in plaats van de oudste dochter laten vertalen.

Les
Laat kinderen niet tolken bij geldzaken, ook niet als het sneller gaat.
""")

T("""
Casusles: eenzaamheid bij een oudere migrant
Geschreven door [[p:Fatma Koç]], {{r:welzijnscoach}} {{o:Stichting Mooi}}, {{w:Escamp}}

Situatie – Dhr. [[p:Mehmet Aslan]], 79 jaar, woont alleen sinds zijn vrouw naar een verpleeghuis ging. Zijn kinderen wonen in Duitsland. De buurvrouw, mevr. [[p:Roos]], belde ons op [[d:woensdag 6 maart]] omdat zij hem al dagen niet had gezien.

Aanpak – Langsgegaan met de {{r:wijkverpleegkundige}}. Meneer bleek gezond maar somber. We hebben hem voorgesteld aan een Turkse mannengroep in het wijkcentrum die op donderdag samen thee drinkt.

Wat werkte – Dat buurvrouw [[p:Roos]] mee ging naar de eerste keer.

Les – Gebruik de buren als brug, niet alleen als melder.
""")

T("""
Titel: Van no-show naar vaste afspraak
Team: {{w:Bezuidenhout}}

Situatie: Jongvolwassene ([[p:Dewi Kromodimedjo]], 23, LVB) kwam drie keer niet opdagen bij de {{o:MEE}}-consulent. Ze woont bij haar oma op de [[a:Juliana van Stolberglaan 9]].
Aanpak: de {{r:MEE-consulent}} ([[p:Bart]]) ging niet meer op kantoor zitten wachten maar haalde haar op bij de bushalte. Afspraken werden via WhatsApp bevestigd, 's ochtends zelf, niet de dag ervoor.
Wat werkte: korte berichtjes met een foto van de plek.
Les voor andere teams: bij LVB is "niet komen" meestal "niet snappen waar/wanneer". Pas je vorm aan, niet je oordeel.
""")

T("""
Casusles (concept, nog niet gereviewd)

Situatie: een Poolse arbeidsmigrant, [[p:Tomasz Kowalczyk]], raakte na een bedrijfsongeval zijn werk én zijn kamer kwijt (huisvesting liep via het uitzendbureau). Hij sliep in zijn auto op een parkeerplaats in {{w:Ypenburg}}. Via de {{o:Straatconsulaat}} bij ons gemeld op [[d:21-11-2023]].
Aanpak: Inschrijving in de BRP was verlopen, BSN wel bekend ([[b:BSN]]). De {{r:consulent werk en inkomen}} heeft een briefadres geregeld en een uitkeringsaanvraag gestart. Contact met zijn zus in Łódź via [[t:+48 601 234 517]].
Wat werkte: iemand van de Poolse kerk als vertrouwenspersoon.
Les: vraag altijd naar het netwerk in het land van herkomst. Niet iedereen is zo alleen als het lijkt.
""")

T("""
Situatie
Gezin [[p:Haddad]] (vader [[p:Khalil]], moeder [[p:Rana]], twee tieners) is in 2019 uit Syrië gekomen en woont in {{w:Leidschenveen}}. Vader heeft rugklachten en komt niet aan het werk; moeder volgt een taaltraject. Er zijn spanningen thuis, de oudste zoon ([[p:Omar]]) spijbelt.

Aanpak
Het {{o:CJG}} en ons {{o:SWT}} hebben één gezamenlijk plan gemaakt. Eén gezin, één plan. De {{r:jeugdconsulent}} nam de school voor haar rekening, wij het werk- en inkomensdeel.

Wat werkte
Eén gezamenlijk overleg per maand met het gezin aan tafel, in het Arabisch met tolk.

Les
Twee teams rondom één gezin werkt alleen als je vooraf afspreekt wie het gesprek voert.
""")

T("""
Casusles – thema schulden
Team {{w:Spoorwijk}} | auteur: [[p:Ilse Storm]]

Situatie. Mevrouw [[p:Sewnarain]] had zes incassobureaus achter zich aan. Ze durfde haar post niet meer te openen. Na de storm van vorig najaar was haar raam kapot en ook daarvoor kwam een rekening.
Aanpak. We hebben een stabilisatieperiode aangevraagd bij {{o:Schuldhulpverlening Den Haag}}; dossiernummer [[k:SHV-22-0915]]. Inkomen loopt nu via budgetbeheer, rekening [[i:IBAN_:INGB]] staat op naam van de bewindvoerder.
Wat werkte. Stil zitten naast iemand die post opent: je hoeft niets te zeggen.
Les. Schaamte is de grootste drempel, niet het bedrag.
""")

T("""
Casusles: wonen na detentie
Team {{w:Zuidwest}}

Situatie – [[p:Ricardo Lopes Tavares]] (29), Kaapverdiaanse achtergrond, kwam op [[d:2 mei 2024]] vrij na 14 maanden. Geen woning, wel een moeder in {{w:Morgenstond}} ([[a:Dedemsvaartweg 580]]) bij wie hij niet mag wonen (huurcontract).
Aanpak – Warme overdracht vanuit de {{o:PI Haaglanden}} naar ons team, via de {{r:casemanager nazorg}} van de gemeente. Tijdelijke plek bij {{o:De Binnenvest}}.
Wat werkte – Een afspraak bij ons op de dag van vrijlating zelf.
Les – Nazorg begint vóór de poort opengaat.
""")

T("""
Situatie:
Mevrouw [[p:Mei Lin Chen]] (67) runde jarenlang een restaurant in het Centrum en woont nu boven de voormalige zaak. Ze spreekt weinig Nederlands. Haar dochter [[p:Xiaoyan]] belde ons in mei omdat moeder steeds vaker verward klonk aan de telefoon.

Aanpak:
De {{r:casemanager dementie}} heeft een eerste gesprek gevoerd met een Kantonees sprekende vrijwilliger erbij. Daarna is de huisarts ingeschakeld voor een geheugentest.

Wat werkte:
De vrijwilliger kende de familie van de Chinese kerk; daardoor vertrouwde mevrouw het.

Les voor andere teams:
Zoek naar sleutelfiguren binnen de gemeenschap voordat je met een formele tolk komt.
""")

T("""
Casusles LVB en geld
Door: [[p:Sanne de Wit]] ({{r:MEE-consulent}})

Situatie. Een jonge man, [[p:Kevin]], 24, LVB, woonde zelfstandig in {{w:Duindorp}} en had binnen een jaar € 8.700 schuld door abonnementen en online bestellingen. Zijn vader, [[p:Peter de Wit]] (geen familie van mij, grappig genoeg), hielp met de administratie maar gaf het op.
Aanpak. Samen een overzicht gemaakt met plaatjes in plaats van bedragen. Eén pinpas voor boodschappen, de rest op een aparte rekening ([[i:IBAN:RABO]]).
Wat werkte. Visueel budgetteren.
Les. Vraag bij LVB niet "snap je het?" maar "laat eens zien hoe je het doet".
""")

T("""
Conceptles – samenwerking met de huisarts

Situatie
Een cliënt met psychiatrische klachten (meneer [[p:Jeroen Visser]], 52) weigerde hulp van de {{o:GGZ}}. De {{r:POH-GGZ}} van de huisartsenpraktijk aan de [[a:Weimarstraat 340]] kende hem wel.

Aanpak
We hebben met de {{r:POH-GGZ}}, [[p:Yvonne]], afgesproken dat zij het eerste gesprek voert en dat ik als {{r:maatschappelijk werker}} aanschuif. Meneer kende haar, mij niet.

Wat werkte
Aansluiten bij een bestaande relatie in plaats van een nieuwe op te bouwen.

Les
De POH-GGZ is in veel wijken de snelste ingang naar een zorgmijder. Bel haar, niet alleen de huisarts.
""")

T("""
Casusles – thema jeugd (18-/18+)
Team {{w:Segbroek}}, concept van [[d:28-03-2024]]

Situatie: [[p:Yasmina El Idrissi]] wordt op [[d:17 juni]] achttien. Ze heeft een jeugdhulptraject via {{o:Jeugdbescherming west}} dat dan stopt. Ze woont op kamers aan de [[a:Fahrenheitstraat 512]], [[pc:2561DG]].
Aanpak: Een "overgangstafel" met de {{r:jeugdbeschermer}}, de {{r:consulent werk en inkomen}}, haar mentor van school en wij. [[p:Yasmina]] bepaalde zelf wie aan tafel zat.
Wat werkte: dat zij de agenda schreef.
Les: begin een half jaar vóór de 18e verjaardag, niet een maand ervoor.
""")

T("""
Casus: overlast en vervuiling
Team {{w:Regentessekwartier}} | [[p:Hans Koster]], {{r:wijkverpleegkundige}}

Situatie: mevrouw [[p:Winter]] (81) verzamelt kranten en spullen; de gang is onbegaanbaar. Verhuurder {{o:Haag Wonen}} dreigde met een procedure (kenmerk [[k:HW/2023/11872]]). In de winter was de verwarming kapot en durfde ze niemand binnen te laten.
Aanpak: Geen grote opruimactie maar elke week één doos, met mevrouw samen uitzoeken. Familie (neef [[p:Arjan Winter]], [[t:06-28374615]]) kwam eens per maand helpen.
Wat werkte: tempo van mevrouw, niet van de verhuurder.
Les: vraag de verhuurder om uitstel met een concreet plan erbij; dat krijg je eerder dan je denkt.
""")

T("""
CASUSLES – dagbesteding als ingang
auteur [[p:Tamara Jagessar]] / {{r:Wmo-adviseur}} {{w:Laak}}

Situatie – Meneer [[p:Ramautar]] (63) zat na zijn ontslag de hele dag binnen. Vrouw overleden, kinderen in Rotterdam. Hij wilde geen "hulp".
Aanpak – In plaats van een indicatie dagbesteding hebben we hem gevraagd te helpen bij een bewonersinitiatief (repair café) in het buurthuis. Hij bleek vroeger elektricien.
Wat werkte – Hem iets laten geven in plaats van iets krijgen.
Les – Vrijwilligerswerk kan dagbesteding zijn. Zonder formulier.
""")

T("""
Casusles – thema huiselijk geweld (ouderenmishandeling)

Situatie: een {{r:thuiszorgmedewerker}} van {{o:Vivent}} zag dat de pinpas van mevrouw [[p:Gerda Smit]] (86) steeds bij haar kleinzoon lag. Er verdween geld van de rekening [[i:IBAN_:ABNA]]. Mevrouw woont in {{w:Bohemen}}, [[a:Lage Duinen 47]].
Aanpak: {{r:casusregisseur}} heeft met mevrouw alleen gesproken (kleinzoon weg gestuurd voor een boodschap). Mevrouw wilde geen aangifte. Wel een {{r:bewindvoerder}} aangevraagd; zaak bij de kantonrechter onder nummer [[k:C/09/661204]].
Wat werkte: aparte gesprekken, en de thuiszorg als ogen en oren.
Les: financiële uitbuiting is ook huiselijk geweld. Registreer het zo, ook als er geen aangifte komt.
""")

T("""
Situatie — Eritrese statushouder [[p:Semhar Tesfaye]] (26) kreeg in 2023 een woning in {{w:Moerwijk}} toegewezen, [[a:Erasmusweg 1129]]. Ze had een baby en geen netwerk. {{o:VluchtelingenWerk}} stopte de begeleiding na 18 maanden.
Aanpak — Een {{r:buddy}} via {{o:Humanitas}} ([[p:Marloes]]) en een moedergroep bij het {{o:CJG}}. Voor de geldzaken hebben we haar gekoppeld aan een Tigrinya-sprekende vrijwilliger, [[p:Yonas Ghebremedhin]].
Wat werkte — de moedergroep, omdat daar ook andere Eritrese vrouwen zaten.
Les — Het einde van een traject is een risicomoment. Plan een overdracht, geen afsluiting.
""")

T("""
Casusles: vertrouwen winnen bij een zorgmijder
Team {{w:Stationsbuurt}}

Situatie
Dhr. [[p:K. Vos]] (60) woont in een kelderwoning aan de [[a:Wagenstraat 37-hs]]. Hij heeft een alcoholprobleem en wantrouwt instanties; {{o:Brijder}} heeft hem twee keer uitgeschreven na no-shows. Hij is wel bekend bij de {{r:wijkagent}}.

Aanpak
Ik ben gewoon elke donderdag langs de Wagenstraat gelopen. Na drie weken groette hij terug. Pas na twee maanden vroeg hij zelf of ik kon helpen met een brief van de gemeente.

Wat werkte
Geen agenda hebben. En niet over drank beginnen.

Les
Vertrouwen bouw je met aanwezigheid, niet met aanbod.
- [[p:Hamid]], {{r:maatschappelijk werker}}
""")
# ---------------------------------------------------------------- part 2: careless / quick drafts
T("""
casus mw [[p:el amrani]] - eerste opzet, later netjes maken

mw woont [[a:Jan Blankenstraat 19]] ({{w:Schilderswijk}}), 4 kids, man zit in marokko. huur achterstand, stroom bijna afgesloten. via school (ib'er) bij ons gekomen. ik heb met [[p:fouzia]] van {{o:Xtra}} huisbezoek gedaan op [[d:12/3]], mw was erg gespannen.
wat werkte: noodfonds aangevraagd, binnen 1 wk geld. en: gewoon arabisch kunnen praten ([[p:fouzia]]).
les: taal is geen bijzaak!!
""")

T("""
Draft lesson – work in progress, pls don't share yet

situatie: dhr [[p:de bruin]], 71, hoarding + diabetes, wijk {{w:Rustenburg}}. thuiszorg weigert te komen ivm vervuiling. dochter ([[p:Ellen]]) woont in Delft, tel [[t:06 4129 8830]].
aanpak: quick win = alleen keuken vrij maken zodat thuiszorg insuline kan doen. rest later.
what worked: kleine stap, zichtbaar resultaat.
lesson learned: begin bij wat de zorg nodig heeft om binnen te komen, niet bij het hele huis.
""")

T("""
Situatie: mw. [[p:Nowak]] (Poolse, 38) met 2 kinderen, net gescheiden, ex-partner woont nog in huis ([[a:Loevesteinlaan 402]]). Spanningen, politie 2x geweest. {{o:VT}} ingelicht.
Aanpak: tijdelijk huisverbod via burgemeester, {{r:casusregisseur}} [[p:Jolanda]] regelde overleg binnen 48 uur. kinderen via {{o:CJG}}
Wat werkte: snel schakelen, 1 regisseur
les: bij huisverbod meteen ook geld regelen (mw had geen toegang tot gezamenlijke rek. [[i:IBAN:INGB]])
""")

T("""
wat ging er mis en wat leerden we – casus [[p:jansen]]

we hebben deze casus eigenlijk te lang laten lopen. meneer ([[p:Piet Jansen]], 66) belde in dec al met vragen over zijn aow, pas in feb hebben we echt iets gedaan. toen was de huur al 3 mnd niet betaald. les: als iemand zelf belt, is dat het moment. niet doorschuiven naar volgende overleg.

contact was via zijn vaste nr [[t:070-3895521]], hij neemt niet op na 17u.
""")

T("""
casusles (kladje) thema ouderen

- mw [[p:Aartsen]], 88, {{w:Benoordenhout}}
- valt veel, wil niet naar verpleeghuis
- zoon [[p:Frank]] wil dat wél → conflict
- {{r:ouderenadviseur}} + {{r:wijkverpleegkundige}} samen keukentafelgesprek ([[d:di 5 nov]])
- afspraak: alarmknop + dagelijkse check door buurman [[p:Henk]]
- wat werkte: mw zelf laten kiezen tussen 3 opties
- les: familie wil vaak veiligheid, client wil regie. benoem dat hardop
""")

T("""
Notitie voor casusles (nog aanvullen):
Gezin [[p:Osei-Mensah]], {{w:Transvaal}}. vader [[p:Kwame]] werkt nachtdiensten, moeder [[p:Akua]] thuis met 3 kinderen. Jongste ([[p:Efua]], 2) heeft ontwikkelingsachterstand. ze waren bang dat 'de gemeente' de kinderen zou afpakken dus deden ze de deur niet open voor {{o:JGZ}}.
Via de Ghanese kerk (pastor [[p:Boateng]]) uiteindelijk contact gekregen.
LES: wantrouwen naar instanties komt vaak uit ervaringen in land van herkomst of verhalen in de community. Zoek de brug.
""")

T("""
casus [[p:nurhan]] - eenzaamheid/depressie

situatie: [[p:nurhan]] (45) zit al 2 jaar thuis na burn-out, man werkt lange dagen. voelt zich nutteloos. huisarts verwees naar {{o:PsyQ}}, wachtlijst 16 wk.
aanpak: overbrugging met wekelijkse wandeling met {{r:welzijnscoach}} ([[p:Derya]]) + vrouwengroep bij {{o:Stichting Mooi}}
wat werkte: wandelen ipv praten tegenover elkaar
les: wachtlijst ≠ stilstand. vul die tijd.
""")

T("""
Casus dhr [[p:Doelwijt]] ({{w:Zuiderpark}}) — kort

huisbezoek [[d:23-01]], meneer niet thuis. buurvrouw zegt dat hij in HMC ligt. gebeld met {{o:Haaglanden MC}}, transferverpleegkundige wist niks van ons team af. Hij werd op [[d:25-01]] ontslagen zonder dat thuiszorg geregeld was.
→ les: zorg dat het ziekenhuis weet dat er een {{o:SWT}} betrokken is. zet het in het dossier bij de huisarts. wij hebben nu afspraak met transferbureau dat ze ons bellen op [[t:06 19 44 80 27]] (teamtelefoon {{w:Zuiderpark}}).
""")

T("""
situatie: jonge moeder [[p:Chanel]] (19), {{w:Laak}}, baby van 4 mnd, woont bij haar moeder (mw. [[p:Isenia]]) op [[a:Newtonstraat 77b]]. ruzie thuis, [[p:chanel]] wil weg. geen inkomen, geen uitkering aangevraagd want dacht dat ze "te jong" was.
aanpak: samen naar werk & inkomen, jongerenloket. aanvraag gedaan op [[d:4 april]]. tijdelijk onderdak bij tante in {{w:Moerwijk}}.
les: jongeren kennen hun rechten niet. neem het niet-weten serieus
""")

T("""
Concept (niet klaar) – [[p:Aziz]] en de deurwaarder

[[p:Aziz Rahimi]], 34, Afghaans, woont met vrouw en 2 kinderen in {{w:Bouwlust}} ([[a:Melis Stokelaan 2261]], [[pc:2541 GB]]). Deurwaarder stond op [[d:maandag 15 januari]] voor de deur ivm zorgverzekering. [[p:Aziz]] verstond het niet en tekende iets.
We hebben met {{o:Sociaal Raadslieden}} uitgezocht wat hij tekende (een betalingsregeling van 250 per maand, onhaalbaar).
Les: laat mensen nooit iets tekenen aan de deur. Maak dat bekend in de community.
""")

T("""
Draft – "the power of the kitchen table"

Mw [[p:Lungu]] (Roemeens, 51) werkte als schoonmaker, nu ziek. Geen zorgverzekering want werkgever regelde dat "altijd". Dochter [[p:Ioana]] (17) regelt alles in huis. Situatie ontdekt toen [[p:Ioana]]'s school belde.
Approach: outreach via school, daarna keukentafelgesprek met tolk Roemeens. BSN mw bekend: [[b:BSN.]].
What worked: [[p:Ioana]] ontlasten – zij hoeft niet meer mee naar afspraken.
Lesson: parentificatie van kinderen in migrantengezinnen zie je vaak pas via school.
""")

T("""
casusles kort: mw [[p:Hoop]] & het koffie-uurtje

mevr [[p:hoop]] (74) kwam alleen nog de deur uit voor de huisarts. we hadden er weinig hoop op, eerlijk gezegd. maar: de {{r:ouderenconsulent}} nam haar mee naar het koffie-uurtje in wijkcentrum {{o:De Mussen}}, en nu gaat ze elke dinsdag. les = klein beginnen, meegaan de eerste 2x.
""")

T("""
situatie dhr. [[p:Popescu]] (42), dakloos, sliep in park. spreekt roemeens + beetje engels. via {{o:Leger des Heils}} bij ons.
aanpak: terugkeer wilde hij niet. hebben gekeken naar werk via uitzendbureau + kamer. hij heeft geen geldig adres dus briefadres via {{o:De Binnenvest}}.
probleem: zonder BSN geen werk, zonder werk geen kamer. hij had wel een BSN ([[b:BSN_]]) maar wist het niet meer.
les: check altijd of er al een BSN is, scheelt weken.
""")

T("""
casusles v0.1 – jongeren & geld
[[p:Jayden]] (20) uit {{w:Morgenstond}}: 6k schuld aan telefoonabonnementen en boetes OV. woont bij moeder ([[a:Hengelolaan 300-C]]). wil wel, maar komt niet op afspraken. via {{r:jongerenwerker}} [[p:Mo]] bereikt (die kent hem van de sportschool).
approach: appen ipv bellen, afspraken bij de sportschool
werkte: [[p:mo]] als 'tussenpersoon'. [[p:jayden]] vertrouwt ons nu ook een beetje
les: ga waar de jongere is.
""")

T("""
notitie [[d:8-2-24]]: casus fam. [[p:Ben Ali]] / vraag voor platform

ik schrijf dit even snel op voor de casusles. gezin [[p:ben ali]] woont al 20 jr in de [[a:Vaillantlaan 158]], boven de bakker. vader ([[p:Youssef]]) is gestopt met werken door reuma. moeder ([[p:Khadija]]) doet alles. 3 volwassen kinderen wonen nog thuis.
we hebben met de {{r:Wmo-adviseur}} een traplift aangevraagd, afgewezen ivm bovenwoning. aanpak nu: urgentie aangevraagd voor benedenwoning bij {{o:Haag Wonen}}. les volgt als het rond is.
""")

T("""
Kladversie casusles — "niet alles oplossen"

Meneer [[p:Ahmadzai]] (Afghaans, 58) heeft PTSS, schulden, een zieke vrouw en een zoon die niet naar school gaat. Wij wilden alles tegelijk aanpakken: {{o:GGZ}}, schuldhulp, {{o:Leerplicht}}, Wmo. Meneer raakte overweldigd en zegde alles af.
Tweede poging (vanaf [[d:1 september]]): eerst alleen de zoon (dat was zijn vraag). Toen dat liep, kwam hij zelf met de schulden.
Les: begin bij de vraag van de cliënt, ook als jij iets anders belangrijker vindt. Vraaggericht, niet aanbodgericht.
""")

T("""
Casus mw [[p:De Vries]] - thema bemoeizorg - draft

sit: mw [[p:de vries]] (55) belt dagelijks 112 en de gemeente, klaagt over buren. politie kent haar goed. geen diagnose, geen huisarts. woont [[a:Goudsbloemlaan 31]].
aanpak: samen met {{r:wijkagent}} [[p:Erik]] en {{o:Parnassia}} (bemoeizorgteam) een gezamenlijk huisbezoek.
werkte: politie niet in uniform mee
les: bemoeizorg lukt alleen als álle partijen hetzelfde verhaal vertellen. stem vooraf af.
""")

T("""
casus [[p:Tevfik]] + [[p:Sevgi]] (echtpaar, 80+), {{w:Schilderswijk}}
- beiden beginnende dementie, zorgen voor elkaar
- kinderen in turkije/duitsland
- ik (ouderenconsulent) + {{r:casemanager dementie}} + {{o:Florence}} thuiszorg
- huisbezoek [[d:ma 11-03]] en [[d:vr 15-03]]
- wat werkte: turkstalige thuiszorgmedewerker
- les: zorg voor 2 is anders dan 2x zorg voor 1. kijk naar het stel.
""")

T("""
les (concept): [[p:Thijs]] en de eerste afspraak

[[p:Thijs]], 31, autisme + depressie, woont alleen in {{w:Ypenburg}}. zijn moeder belde ons ([[t:06-55128790]]). hij wilde zelf niet bellen want "bellen is eng".
we stuurden een mail met foto van ons kantoor + foto van mij ([[p:Wendy]]) + precieze tijd + wat er gaat gebeuren. hij kwam. 
les: voorspelbaarheid = toegankelijkheid.
""")

T("""
concept casusles - schoonmaak & vertrouwen
meneer [[p:Baas]], 69, {{w:Vrederust}}. zijn huis is vervuild, hij zelf zegt "ik ben hier de baas". klopt ook. wij wilden opruimen, hij niet.
aanpak: geen opruimen maar één afspraak: brandveiligheid. rookmelder opgehangen met {{o:Brandweer Haaglanden}}.
werkte: het ging over zijn veiligheid, niet over ons beeld van netjes.
les: zoek het gedeelde belang.
""")

T("""
[[p:Wouter]] hier, snel concept voor de les:
cliënt [[p:Soraya]] (33) met 3 kinderen, uit huis gezet in {{w:Moerwijk}} op [[d:14-6]]. nu tijdelijk bij haar zus op [[a:Schalkburgerstraat 310]].
we hebben binnen 1 dag noodopvang geregeld via {{o:Kessler Stichting}} en school van kinderen ingelicht.
werkte: crisisbed vooraf gereserveerd op basis van signaal ontruiming (we wisten het 3 wk van tevoren).
les: ontruimingssignalen van corporatie = actie meteen, niet wachten tot datum.
""")

T("""
casusles kladje — mw. [[p:Tavares]], kaapverdiaans, 46

mw heeft 3 banen (schoonmaak) en toch tekort. kinderen alleen thuis na school. ze kwam bij ons voor "een formulier" (kinderbijslag). bleek dat ze nooit toeslagen had aangevraagd. nu € 340/mnd extra.
aanpak: sociaal raadsman + formulierenbrigade
les: "een formulier" is vaak de top van de ijsberg. vraag door.
""")

T("""
situatie — dhr [[p:Zieliński]] (57), poolse bouwvakker, alcoholprobleem, {{w:Laak}}. woont in een pand met 14 andere polen, [[a:Hildebrandstraat 11]]. huisjesmelker.
aanpak: {{r:wijkagent}} + {{o:Brijder}} + pools sprekende {{r:ervaringsdeskundige}} ([[p:Paweł]])
wat werkte: pawel (!!)
lesson learned: ervaringsdeskundigheid uit de eigen community doet wonderen. budget ervoor reserveren.
""")
# ---------------------------------------------------------------- part 3: long-paragraph drafts, mixed language
T("""
Ik wil graag een les delen uit een casus die ons team in {{w:Escamp}} het afgelopen half jaar bezighield. Het gaat om meneer [[p:Ivan Dimitrov]], een Bulgaarse man van 49 die sinds 2016 in Nederland werkt in de kassen in het Westland. Hij woont met drie collega's in een woning aan de [[a:Sportlaan 24-A]] in {{w:Kijkduin}}, [[pc:2566 LC]]. In november kreeg hij een herseninfarct. Na de revalidatie kon hij niet meer werken, en omdat zijn contract via een uitzendbureau liep, stond hij binnen een maand zonder inkomen én zonder kamer. De {{r:transferverpleegkundige}} van het {{o:HMC}} belde ons op [[d:30 januari]], twee dagen voor ontslag. Wij hebben met het uitzendbureau gebeld (die hadden weinig zin), met het {{o:UWV}} (ziektewet bleek wel mogelijk, maar de aanvraag moest door de werkgever) en met zijn broer [[p:Georgi]] in Plovdiv. Uiteindelijk is meneer tijdelijk bij een landgenoot ingetrokken en loopt de ziektewetaanvraag via het {{o:Juridisch Loket}}. De les voor andere teams: arbeidsmigranten met een uitzendcontract vallen bij ziekte tussen alle wal en schip. Vraag bij elke aanmelding direct wie de werkgever is en wie de huisvesting regelt, want dat blijkt vaak dezelfde partij te zijn.
""")

T("""
Deze casus heeft me veel geleerd over timing. Mevrouw [[p:Nadia Bouzid]] (39) meldde zich in maart bij het {{o:Wmo-loket}} met een vraag over huishoudelijke hulp. Ze heeft MS en twee kinderen van 8 en 11. In het gesprek met de {{r:Wmo-adviseur}} kwam naar voren dat haar man al maanden weg was en dat zij de huur ([[a:Zuiderparklaan 201]], {{w:Zuiderpark}}) niet meer kon betalen. De Wmo-adviseur schakelde mij in als {{r:maatschappelijk werker}} en we zijn op [[d:vrijdag 22 maart]] samen langsgegaan. Wat werkte: we hebben niet eerst het Wmo-onderzoek afgemaakt en daarna de rest opgepakt, maar alles in één plan gezet met één contactpersoon (ik). Haar zaaknummer bij de Wmo, [[k:WMO-2024-018823]], hebben we gekoppeld aan het SHV-traject zodat ze niet twee keer haar hele situatie hoefde uit te leggen. Les: de vraag waarmee iemand binnenkomt is zelden de hele vraag, en het loket is vaak het eerste moment waarop iemand durft te praten. Groet, [[p:Lisanne]]
""")

T("""
Case lesson (draft) – "warm handover" tussen {{o:GGZ}} en SWT. Our client, meneer [[p:Rachid Ait Taleb]] (36), was discharged from a clinic of {{o:Parnassia}} after six weeks of psychosis treatment. The clinic sent a letter to his GP but nobody told us, even though we had been his point of contact for two years. He went back to his flat on the [[a:Dr. Lelykade 54]] in {{w:Scheveningen}} and within ten days stopped taking his medication. His sister [[p:Souad]] called us on [[d:7 August 2023]] because he had locked himself in. What we learned: we now ask every client with a GGZ history to sign an extra line in the toestemmingsverklaring so the clinic may inform us on discharge. We also have a direct contact at the clinic (dr. [[p:S. Verhoeven]], {{r:psychiater}}, [[e:s.verhoeven@parnassia-voorbeeld.nl]]). Lesson for other teams: the handover from kliniek to wijk is the most fragile moment; arrange it before admission ends, not after.
""")

T("""
Mijn collega [[p:Anouk]] vroeg me deze casus op te schrijven, dus hier een eerste poging. Het gaat om een ouder Hindostaans echtpaar in {{w:Transvaal}}, meneer en mevrouw [[p:Mahabier]], beiden begin tachtig. Meneer zorgt al jaren voor zijn vrouw, die na een beroerte halfzijdig verlamd is. Hij is zelf hartpatiënt en raakte zichtbaar uitgeput. Hun zoon [[p:Vishal Mahabier]] woont in Almere en komt in het weekend. De kinderen wilden dat hun moeder naar een verpleeghuis ging, maar meneer voelde dat als falen, ook vanuit zijn geloof en cultuur. We hebben een familiegesprek georganiseerd met een Hindostaanse {{r:mantelzorgconsulent}} van {{o:Xtra}} erbij, op [[d:zondag 19 mei 2024]] bij de familie thuis, omdat dan iedereen er kon zijn. Uitkomst: respijtzorg twee dagen per week in een dagcentrum met Surinaamse medewerkers, en een {{r:wijkverpleegkundige}} die dagelijks komt helpen bij het wassen. Les: mantelzorg is cultureel geladen; praat niet alleen over uren en indicaties maar ook over wat "goed zorgen" betekent voor de familie.
""")

T("""
Vorige week hebben we in het teamoverleg de casus van de familie [[p:Çelik]] besproken en we vonden dat hij de moeite waard is voor het platform, dus bij dezen. De familie woont in {{w:Schilderswijk}}, [[a:Parallelweg 88-3]], [[pc:2525 ND]]. Vader ([[p:Hasan]]) is na een arbeidsconflict in de WW terechtgekomen, moeder ([[p:Elif]]) werkt parttime in de thuiszorg. Hun zoon [[p:Baran]] (16) werd door de politie opgepakt voor een winkeldiefstal. Het {{o:CJG}} en ons team zaten allebei in de casus zonder het van elkaar te weten, tot de {{r:leerplichtambtenaar}} ons allebei tegelijk mailde. Daarna hebben we een gezamenlijk plan gemaakt volgens het principe één gezin, één plan, één regisseur; de regie lag bij het CJG omdat de vraag vooral rond [[p:Baran]] lag. Dit was ons registratienummer: [[k:#48127]]. Wat werkte: het gezin kreeg nog maar één persoon aan de telefoon. Les: check bij elke aanmelding met kinderen of het CJG al betrokken is, het kost vijf minuten en scheelt veel dubbel werk.
""")

T("""
This is my draft for the knowledge platform, feedback welcome. Client: mevrouw [[p:Nguyen Thi Hoa]] (72), Vietnamese origin, living alone in {{w:Leyenburg}} since her husband died. She hardly speaks Dutch; her son [[p:Minh]] lives in Amsterdam and calls every Sunday. The {{r:huisarts}} noticed she had lost a lot of weight and asked us to visit. Approach: we first tried a standard Wmo-indicatie for maaltijdservice, but she refused the Dutch meals. Then our {{r:welzijnscoach}} found a Vietnamese community group that cooks together every Thursday in a church hall. Mevrouw now goes there with a volunteer driver from {{o:ANWB AutoMaatje}}. What worked: food as the entry to social contact, not just nutrition. Lesson: think outside the indication. Questions? Mail me at [[e:k.vandenberg@swt-leyenburg.nl]] – [[p:Karin van den Berg]], {{r:ouderenadviseur}}.
""")

T("""
In {{w:Moerwijk}} werken we sinds vorig jaar met een spreekuur in de moskee, en deze casus laat zien waarom. Meneer [[p:Abdelkader Bouhali]] (67) kwam na het vrijdaggebed naar ons tafeltje met een envelop van de Belastingdienst. Hij dacht dat het een boete was; het bleek een terugvordering van huurtoeslag over twee jaar, samen bijna € 4.600. Zijn vrouw was in 2021 overleden en hij had de wijziging in huishoudsamenstelling nooit doorgegeven. Met de {{r:sociaal raadsman}} hebben we bezwaar gemaakt en een betalingsregeling aangevraagd; het kenmerk van de terugvordering was [[k:2022.114.887.M.03]]. Omdat zijn rekening ([[i:IBAN_:INGB]]) al in het rood stond, hebben we ook bij de {{o:Voedselbank Haaglanden}} een tijdelijk pakket geregeld. Les: ga naar plekken waar mensen al komen. Dit had meneer nooit op een loket gevraagd.
""")

T("""
Voor het thema bemoeizorg wil ik de casus van [[p:Stefan]] delen (54, geen vaste woon- of verblijfplaats, slaapt meestal in een portiek achter de [[a:Grote Marktstraat 17]]). Hij is bekend bij iedereen in het centrum maar bij niemand in zorg. Het {{o:Straatconsulaat}}, {{o:Leger des Heils}} en het {{o:Centraal Onthaal}} hadden hem allemaal in beeld, elk met een eigen plan. Wij hebben als team de regie gepakt en een ronde tafel georganiseerd, zonder [[p:Stefan]] maar mét zijn toestemming, wat verrassend genoeg gewoon lukte toen de {{r:straatpastor}} het hem vroeg. Daar bleek dat hij in 2019 nog een woning had gehad via {{o:Housing First}} en die was kwijtgeraakt door een conflict met een buurman. Nu staat hij opnieuw op de lijst. Les: bij daklozen is vaak niet het gebrek aan hulp het probleem, maar het gebrek aan één verhaal.
""")

T("""
Eerste versie van onze les, geschreven door [[p:Petra Kok]] en [[p:Youssra Amrani]] van het team {{w:Centrum}}. We hadden een mevrouw van in de zestig (hierna mw. X), die via de huisarts werd aangemeld met angstklachten. Tijdens het eerste gesprek vertelde ze dat haar volwassen zoon al jaren bij haar woonde en geld van haar afnam. We hebben eerst met {{o:Veilig Thuis}} overlegd (adviesvraag, geen melding) en daarna met mevrouw een plan gemaakt waarin zij zelf de stappen bepaalde. Na vier maanden is de zoon op kamers gaan wonen. Les: bij ouderen is huiselijk geweld vaak financieel en gaat het om volwassen kinderen; vraag er expliciet naar. PS dit was de casus die in het teamoverleg van [[d:16-04-2024]] werd besproken, voor wie hem zoekt in ons systeem: [[k:CR-2024-0219]].
""")

T("""
So, our lesson from the {{w:Mariahoeve}} team about the ouderenconsulent role. Mevrouw [[p:Wilhelmina (Mien) Groen]] is 91, lives alone at [[a:Aart van der Leeuwlaan 315]] and has outlived all her friends. Nobody was worried about her, because she is still sharp and does her own groceries. But she told our {{r:ouderenconsulent}} [[p:Ria]] she "did not see the point anymore". [[p:Ria]] took that seriously and asked the GP to visit; turns out mevrouw had stopped taking her heart medication on purpose. They had an honest talk about dying, and she now has a written wilsverklaring and a volunteer who visits weekly from {{o:Humanitas}}. Lesson: loneliness in very old age is not always fixable, but it should always be heard. Don't skip the difficult question.
""")

T("""
Deze les gaat over samenwerken met de woningcorporatie. In {{w:Bouwlust}} hadden we een jong gezin (vader [[p:Dylan Kuipers]], moeder [[p:Shanice Kuipers-Pinas]]) dat al drie keer een brief had gehad over overlast door harde muziek en ruzies. {{o:Vestia}} wilde een ontruimingsprocedure starten. Wij kenden het gezin al via het consultatiebureau. We hebben de {{r:wijkconsulent}} van de corporatie gevraagd een maand te wachten en in die maand een buurtbemiddelingstraject opgestart via {{o:Buurtbemiddeling Den Haag}}. De buren bleken zelf ook niet zonder problemen. Er ligt nu een afspraak op papier en de procedure is van de baan. Contactpersoon bij de corporatie was [[p:Marco]] ([[t:088 - 645 20 11]]), die overigens heel meedacht. Les: een corporatie wil vooral zekerheid dat iemand het oppakt; geef die.
""")

T("""
Het {{w:Laak}}-team schreef samen deze les. We kregen via het {{o:Wmo-loket}} een aanvraag voor een scootmobiel voor meneer [[p:Sardjoe]] (70). Bij het huisbezoek bleek dat meneer helemaal niet de deur uit wilde met een scootmobiel; zijn dochter had de aanvraag gedaan omdat zij vond dat hij te veel binnen zat. Meneer zelf wilde vooral zijn kleinkinderen vaker zien, die in {{w:Wateringse Veld}} wonen. Uiteindelijk is er een regiotaxipas geregeld en gaat hij nu elke zaterdag. Les: wie de aanvraag doet is niet altijd wie de vraag heeft. Stel de vraag aan de persoon zelf, ook als de familie het gesprek domineert. Contact bij vragen: [[e:swt.laak@denhaag.nl]].
""")

T("""
Quick write-up, I'm the {{r:casusregisseur}} in {{w:Loosduinen}}. Family [[p:Petrova]]: mother [[p:Elena]] (Bulgarian, 35), daughter [[p:Maria]] (12) and son [[p:Nikolai]] (9). They came to The Hague in 2021, live in a small flat at [[a:Loosduinse Hoofdstraat 442-2]], [[pc:2553 CP]]. Mother works in a distribution centre with irregular shifts, the kids are alone a lot. School signalled that [[p:Maria]] was falling asleep in class. We set up: afterschool care through a buurtinitiatief, a {{r:gezinscoach}} from the {{o:CJG}}, and a meeting with mom's employer about fixed shifts (that last part failed). [[p:Maria]]'s school contact was mevrouw [[p:Van Dam]], {{r:intern begeleider}}. Lesson: with labour migrant families, the employer is part of the system. Try to include them, even if it does not always work.
""")

T("""
Concept casusles, thema jeugd. Deze casus begon met een melding van de huisarts over [[p:Noah]] (15), die al maanden niet naar school ging. Moeder ([[p:Sandra van Leeuwen]], [[t:06-34 77 12 09]]) was ten einde raad; vader woont in Spanje. [[p:Noah]] zat de hele dag te gamen en at nauwelijks. Wij dachten eerst aan een verslaving, maar in het gesprek met de {{r:jeugdarts}} van de {{o:GGD Haaglanden}} bleek dat hij sinds een pestincident op school een angststoornis had ontwikkeld. We hebben samen met de school een thuisonderwijsplan opgesteld en gezorgd dat hij via de {{o:GGZ}} jeugd ({{o:Lucertis}}?) snel terecht kon. Les: schoolverzuim is een signaal, geen diagnose. Zoek eerst naar wat erachter zit voordat je een traject start. Aanmelddatum: [[d:9-1-2024]], afgesloten [[d:31-5-2024]].
""")

T("""
Een les over regie voeren als je niet de eigenaar bent. In de casus van mevrouw [[p:Aïcha Oulad Si]] ({{w:Schilderswijk}}) zaten op enig moment elf professionals: {{o:Veilig Thuis}}, {{o:Jeugdbescherming west}}, {{o:Parnassia}}, {{o:Brijder}}, de {{r:bewindvoerder}}, de {{r:wijkagent}}, school, {{o:CJG}}, de corporatie, {{o:Xtra}} en wij. Niemand had regie. Op [[d:dinsdag 27 februari]] heb ik (als {{r:casusregisseur}}) iedereen uitgenodigd en gevraagd wat ieder precies doet en wanneer. Het bleek dat drie partijen hetzelfde deden (gesprekken over opvoeding) en niemand iets aan de schulden. We zijn teruggegaan naar vier partijen. Mevrouw zei na afloop: "Ik weet nu eindelijk wie ik moet bellen." Les: meer hulp is niet beter hulp.
""")
# ---------------------------------------------------------------- part 4: reviewers' comments on drafts
T("""
Reactie reviewer – [[p:Annemiek Hoogland]], {{r:kwaliteitsmedewerker}}

Mooie les, heel herkenbaar! Maar let op: in de tweede alinea staat nog de volledige naam van de cliënt ([[p:Hatice Yıldırım]]) én het adres ([[a:Van Ravesteynstraat 41-II]]). Dat moet eruit voordat dit gedeeld wordt. Ook "haar zoon [[p:Emre]]" kun je beter vervangen door "haar zoon". Verder: de datum van aanmelding is niet nodig voor de les, "begin 2024" is genoeg.
""")

T("""
Feedback op concept "Van no-show naar vaste afspraak" ({{w:Bezuidenhout}}):
- les is sterk, vooral de WhatsApp-tip 👍
- naam cliënt staat er nog in ([[p:Dewi K.]]) → graag anonimiseren
- adres Juliana van Stolberglaan + huisnummer weghalen; de straat zonder nummer mag eventueel, maar waarom zou je
- noem [[p:Bart]] liever "de MEE-consulent", dan blijft het bruikbaar als hij vertrekt
groet, [[p:Sietske]]
""")

T("""
Reviewer comment ([[p:J. Pattiasina]], {{r:teamleider}} {{w:Escamp}}): Good content, but this draft is not ready for the platform. You mention the BSN of the client ([[b:BSN]]) and his sister's Polish phone number. Even if the client agreed to share his story, the toestemmingsverklaring does not cover identifying details. Please replace by "een familielid in Polen". Also: the date of release from detention is very specific, "in het voorjaar" is enough.
""")

T("""
Opmerkingen bij de casusles van team {{w:Spoorwijk}} (schulden):

1. Het IBAN van de bewindvoerdersrekening staat er letterlijk in ([[i:IBAN_:INGB]]). Weg ermee.
2. "Mevrouw [[p:Sewnarain]]" → alleen een initiaal is ook niet goed genoeg, de naam is in de wijk vrij bekend. Gewoon "mevrouw".
3. Dossiernummer SHV hoort niet in een les.
4. De zin over de storm vind ik mooi, die mag blijven.

[[p:Marjolein]] (redactie kennisplatform)
""")

T("""
Hoi [[p:Gerrit-Jan]], dank voor je les over bemoeizorg, echt een goede. Wel twee dingen: je noemt meneer [[p:Bakker]] bij naam en je geeft zijn adres op de Hoefkade met postcode. Dat is in combinatie met "stankoverlast" en "Schilderswijk" direct herleidbaar. En [[p:Naima]] van het SWT mag je noemen als ze dat goed vindt, maar vraag het haar even. Ik zet de les op 'wacht op aanpassing'. Groet, [[p:Esther van Rijn]] ([[e:e.vanrijn@kennisplatform-swt.nl]])
""")

T("""
reviewer: [[p:Bas]]
status: aanpassen
- regel 3: geboortedatum mw ([[d:12-07-1941]]) → eruit, leeftijd (82) volstaat
- naam nicht + woonplaats → "een nicht die ver weg woont"
- telefoonnr mw staat erin!! ([[t:070 347 22 91]])
- Florence mag blijven, is een organisatie
- verder prima les, vooral die kalender
""")

T("""
Beste [[p:Kim]],

Je casusles over de huurachterstand in {{w:Moerwijk}} is goed leesbaar en de les is helder. Ik heb wel een paar opmerkingen vanuit privacy:
– de naam van mevrouw ([[p:Rosalia Martina]]) en het feit dat ze van Curaçao komt, maken haar in combinatie met drie kinderen en de wijk herkenbaar. Laat de naam weg; herkomst alleen als het voor de les uitmaakt.
– het zaaknummer bij {{o:Staedion}} ([[k:HUR-2024-00318]]) graag verwijderen.
– de ontruimingsdatum ([[d:1 april 2024]]) mag "een ontruimingsdatum binnen zes weken" worden.

Met vriendelijke groet,
[[p:Robert Hamer]]
{{r:privacy officer}} {{o:gemeente Den Haag}}
""")

T("""
Review door [[p:Noor]] (collega-team {{w:Ypenburg}}):
Ik herken dit zó. Wij hadden vorig jaar precies zo'n casus met een Poolse man. Paar dingen: '[[p:Tomasz]]' vervangen door 'meneer X' of gewoon 'een Poolse arbeidsmigrant'. Ook de parkeerplaats in {{w:Ypenburg}} zou ik weglaten, wij weten allemaal welke dat is 😉. Voor de rest: vooral plaatsen, dit moeten meer teams weten.
""")

T("""
Reactie op concept 'rolverdeling' (huiselijk geweld, {{w:Laak}}):
Sterke les, duidelijke rolverdeling. Maar: de naam van de aandachtsfunctionaris ([[p:Lotte Bakker]]) en het VT-nummer ([[k:VT-2023-40771]]) moeten eruit. Ook "dr. [[p:Pinas]]" is te herleiden, er is maar één huisarts met die naam in {{w:Laak}}. Schrijf "de huisarts". Het citaat van mevrouw aan het eind mag blijven, dat is krachtig en niet herleidbaar.
– [[p:Wilma]]
""")

T("""
Feedback (kort):
naam mw [[p:chen]] staat er 3x in, ook dochter [[p:Xiaoyan]]. restaurant in Centrum + 67 + kantonees = herkenbaar. maak er 'een oudere vrouw met een Chinese achtergrond' van. verder top.
[[p:Ruud]]
""")

T("""
Reviewer: dr. [[p:M. (Mirjam) Oosterhout]], adviseur {{o:CAOP}}

Interessante les over het overgangsmoment 18-/18+. Inhoudelijk een paar kanttekeningen: de overgangstafel is niet nieuw (zie de werkwijze van {{o:Jeugdbescherming west}}), maar de rol van de jongere als voorzitter wél. Benadruk dat.
Privacy: naam, geboortedag ([[d:17 juni]]), kameradres ([[a:Fahrenheitstraat 512]], [[pc:2561DG]]) moeten eruit. Het is genoeg om te zeggen "een jonge vrouw die binnenkort 18 wordt".
""")

T("""
Hi all, review van de les "Vertrouwen winnen bij een zorgmijder" ({{w:Stationsbuurt}}). Eerlijk gezegd de mooiste les die ik deze maand las. MAAR: "Dhr. [[p:K. Vos]]" + "[[a:Wagenstraat 37-hs]]" + "kelderwoning" + "alcoholprobleem" = de hele buurt weet wie dit is. Ook de Wagenstraat los (zonder nummer) zou ik weglaten omdat je hem twee keer noemt. [[p:Hamid]], wil jij dit aanpassen? Dan zet ik hem in de nieuwsbrief van juni. – [[p:Femke]] ([[t:06 2049 1187]])
""")

T("""
Opmerking van de reviewer ([[p:Ingrid Schouten]]):
Je schrijft "meneer [[p:de bruin]]" met kleine letter, maar het blijft een naam. Graag weg. Ook het nummer van de dochter ([[t:06 4129 8830]]). Verder prima, en fijn dat je Engelse termen gebruikt, maar zet wel "quick win" tussen aanhalingstekens of leg uit wat je bedoelt, niet iedereen op het platform kent die term.
""")

T("""
Review casusles {{w:Schilderswijk}} (fam. [[p:Çelik]])
Door: [[p:Hüseyin Arslan]], {{r:casusregisseur}} {{w:Transvaal}}

Goed verhaal! Wel:
* alle namen ([[p:Hasan]], [[p:Elif]], [[p:Baran]]) eruit, ook de achternaam
* [[a:Parallelweg 88-3]] en [[pc:2525 ND]] eruit
* registratienummer [[k:#48127]] eruit
* "winkeldiefstal" zou ik vager maken ("een incident met de politie"); bij zo'n kleine wijk is dat herkenbaar
Les zelf is goud waard: check of CJG al betrokken is!
""")

T("""
Hey [[p:Wendy]], leuke korte les over [[p:Thijs]]. Ik zou z'n naam eruit halen (dan is het 'een jongen van begin dertig met autisme') en het nummer van zijn moeder ook. Maar de tip met de foto van het kantoor neem ik direct over in ons team, dus alvast bedankt! xx [[p:Lieke]]
""")

T("""
Redactionele opmerking bij concept 'the point' (eenzaamheid, {{w:Mariahoeve}}):
Dit is een les in het Engels, dat mag, maar de meeste lezers zijn Nederlandstalig; overweeg een Nederlandse samenvatting bovenaan. Privacy: mevrouw [[p:Groen]] wordt met voornaam, roepnaam en adres genoemd ([[a:Aart van der Leeuwlaan 315]]). Ook leeftijd 91 + "overleefd alle vrienden" + Mariahoeve is veel; maak het "een vrouw van begin negentig". De naam van de {{r:ouderenconsulent}} ([[p:Ria]]) mag alleen als zij daar zelf toestemming voor geeft.
Redactie, [[p:Tim de Groot]]
""")

T("""
Reviewer ([[p:Paulien]]):
Fijn dat je ook schrijft wat er mis ging! Dat lezen we te weinig. Opmerking: in de les noem je "dhr [[p:Jansen]]" en "[[p:Piet Jansen]]", dat is dubbel op en niet geanonimiseerd. En het vaste nummer [[t:070-3895521]] mag er echt niet in. Tip: "een man van midden zestig" is genoeg.
""")

T("""
Commentaar [[p:Marieke de Jong]] ({{r:beleidsadviseur}} {{o:gemeente Den Haag}}, thema ouderen):

Ik mis in deze les de rol van de {{r:casemanager dementie}} die je wel noemt in de titel. Verder zie ik dat de huisbezoeken met datum ([[d:ma 11-03]], [[d:vr 15-03]]) genoemd worden; dat is niet nodig. En [[p:Tevfik]] en [[p:Sevgi]] zijn echte voornamen neem ik aan? Graag vervangen door 'het echtpaar'.
""")

T("""
Review (kort) — les "ervaringsdeskundigheid" van {{w:Laak}}:
1) [[p:Paweł]] mag je noemen als hij dat wil; hij heeft zelf gezegd dat hij zijn verhaal vaker deelt. Maar check dat even.
2) "[[a:Hildebrandstraat 11]]" + "14 Polen" + "huisjesmelker" = herleidbaar én juridisch gevoelig. Weg.
3) De naam van de cliënt ([[p:Zieliński]]) ook weg.
[[p:Claudia Fortes]] / [[e:c.fortes@swt-escamp.nl]]
""")

T("""
Reactie van de redactie:

Beste [[p:Fatma]], wat een fijne les. De rol van de buurvrouw als brug is precies wat andere teams willen lezen. Een paar aanpassingen:
→ "Dhr. [[p:Mehmet Aslan]]" wordt "een oudere Turkse man"
→ buurvrouw "mevr. [[p:Roos]]" wordt "de buurvrouw"
→ de datum [[d:woensdag 6 maart]] mag weg
Daarna plaatsen we hem onder thema ouderen. Hartelijke groet, [[p:Jeannette]] namens de redactie ([[e:redactie@kennisplatform-swt.nl]])
""")

T("""
Reviewer comment — concept lesson "the power of the kitchen table":
Language mix is fine. Content fine. BUT the BSN of mevrouw is still in there ([[b:BSN.]]) – this is a hard no, remove immediately and please check your other drafts as well. Also [[p:Ioana]]'s name and her age make the daughter traceable via the school.
— [[p:Priya Ramesh]], {{r:functionaris gegevensbescherming}}
""")

T("""
Opmerking bij les "niet alles oplossen" ([[p:Ahmadzai]]):
Mooi voorbeeld van vraaggericht werken. Eén ding: de achternaam van meneer staat in de tekst. Afghaanse achternamen zijn in Den Haag niet zo talrijk, dus echt weghalen. Ook de startdatum ([[d:1 september]]) is niet nodig. Ik stel voor de les te koppelen aan thema bemoeizorg én jeugd.
Groet [[p:Sander]]
""")

T("""
reactie [[p:Jolanda]]: ik zie mezelf genoemd in de les over het huisverbod, dat vind ik prima hoor. maar het rekeningnummer van mw ([[i:IBAN:INGB]]) staat er nog in en de achternaam ([[p:Nowak]]). graag weg. verder: helemaal eens met de les, geld regelen bij huisverbod wordt vaak vergeten.
""")

T("""
Review door [[p:Kees Mulder]] (collega {{w:Zuidwest}}):
De les over nazorg na detentie is sterk. Ik zou wel de dubbele achternaam van de cliënt weghalen ([[p:Lopes Tavares]]) en het adres van zijn moeder ([[a:Dedemsvaartweg 580]]). Ook de precieze vrijlatingsdatum [[d:2 mei 2024]] maakt hem vindbaar in combinatie met "14 maanden". Inhoud: top. Wel: PI Haaglanden hoort bij 'organisaties', niet bij de tekst van de cliënt.
""")
# ---------------------------------------------------------------- part 5: newsletter summaries
T("""
Nieuwsbrief Samen werken in het sociale domein – april

Les van de maand: "Begin bij de stapel post." Team {{w:Transvaal}} leerde dat een cliënt met schulden eerder in beweging komt als je samen de post ordent dan als je met een schuldenoverzicht binnenkomt. Lees de hele les op het platform onder thema schulden.
Vragen? Mail [[p:Hüseyin Arslan]] ([[e:h.arslan@swt-transvaal.nl]]).
Volgende expertmeeting: [[d:donderdag 18 april]], 14.00-16.30 uur, wijkcentrum {{o:De Mussen}}.
""")

T("""
Kort nieuws uit de pilot

• Les uit {{w:Laak}}: houd veiligheid en praktische hulp gescheiden, maar in één plan. Bij huiselijk geweld voert de {{r:aandachtsfunctionaris}} het veiligheidsgesprek, het {{o:SWT}} regelt huur en toeslagen.
• Les uit {{w:Bezuidenhout}}: bij LVB is "niet komen" vaak "niet snappen waar". Bevestig afspraken dezelfde ochtend met een foto van de plek.
• Aanmelden voor de brainstorm thema jeugd kan tot [[d:1 maart]] bij [[p:Lieke Verbeek]], [[t:06-43 18 90 22]].
""")

T("""
NIEUWSBRIEF #3 – thema ouderen

Deze maand drie lessen over eenzaamheid. De rode draad: gebruik de buren als brug, niet alleen als melder (team {{w:Escamp}}); laat mensen iets geven in plaats van krijgen (team {{w:Laak}}); en durf bij heel oude mensen de moeilijke vraag te stellen (team {{w:Mariahoeve}}).
De {{r:ouderenconsulenten}} van {{w:Mariahoeve}} en {{w:Escamp}} organiseren op [[d:woensdag 15 mei]] een intervisie. Aanmelden bij [[e:ouderen.pilot@denhaag.nl]].
Redactie: [[p:Jeannette Blom]] en [[p:Tim de Groot]].
""")

T("""
Uit de praktijk: ervaringsdeskundigen uit de eigen community
Team {{w:Laak}} zette bij een Poolse cliënt met een alcoholprobleem een Pools sprekende {{r:ervaringsdeskundige}} in. Het contact kwam binnen twee weken op gang, waar het eerder maanden vastzat. Het team pleit ervoor budget te reserveren voor ervaringsdeskundigheid uit verschillende gemeenschappen.
Meer weten? Bel [[p:Claudia]] op [[t:070 353 72 40]] of mail [[e:c.fortes@swt-escamp.nl]].
""")

T("""
Terugblik kick-off [[d:22 november]]

Ruim 180 teamleden van de 24 sociale wijkzorgteams kwamen samen in het Atrium. Er werd gestemd over de thema's; de vier gekozen thema's zijn jeugd, ouderen, huiselijk geweld en bemoeizorg. De pilotgroep van 20 teamleden start op [[d:6 februari]] met de startbijeenkomst.
Dank aan [[p:Saskia Lammers]] ({{o:Crossover}}) en [[p:Rob van Eijk]] ({{o:CAOP}}) voor de begeleiding.
Foto's: zie het platform. Vragen: [[e:pilot.samenwerken@denhaag.nl]]
""")

T("""
Les in het kort — "Meer hulp is niet beter hulp"
In een casus in de {{w:Schilderswijk}} waren elf professionals betrokken en had niemand regie. De {{r:casusregisseur}} bracht iedereen aan tafel en bracht het terug naar vier partijen. De cliënt: "Ik weet nu eindelijk wie ik moet bellen."
Tip van de schrijver, [[p:Ayşe Kaya]]: maak bij elke casus met meer dan vijf partijen een overzicht wie wat doet, en deel dat óók met de cliënt.
""")

T("""
Newsletter (EN/NL) – pilot update

The expert meeting on [[d:11 April]] brought together professionals from GGZ, police and housing. Key takeaway: the handover from kliniek to wijk is the most fragile moment in bemoeizorg. Team {{w:Scheveningen}} now asks clients to sign an extra line in the toestemmingsverklaring so {{o:Parnassia}} may inform the team on discharge.
Slides available on request: [[p:Femke Post]], [[e:femke.post@crossover-advies.nl]], [[t:+31 6 2450 9981]].
""")

T("""
Wat we leerden deze maand (samenvatting voor de nieuwsbrief):
1. Schaamte is de grootste drempel bij schulden, niet het bedrag ({{w:Spoorwijk}}).
2. Vertrouwen bouw je met aanwezigheid, niet met aanbod ({{w:Stationsbuurt}}).
3. Het einde van een traject is een risicomoment ({{w:Moerwijk}}).
Samengesteld door [[p:Marjolein Smit]], redactie. De volgende nieuwsbrief verschijnt rond [[d:1 juni]].
""")

T("""
Lesson of the week — Team {{w:Leyenburg}}: food as a way in. A Vietnamese lady who refused Dutch meals now cooks with her community every Thursday and gets there with a volunteer driver. Our {{r:ouderenadviseur}} [[p:Karin]] says: "think outside the indication." Contact: [[e:k.vandenberg@swt-leyenburg.nl]]
""")

T("""
Agenda pilot
- [[d:di 12 maart]]: workshop bemoeizorg, {{o:Servicepunt XL}} {{w:Escamp}}, 13.30 uur
- [[d:do 21 maart]]: brainstorm jeugd (18-/18+), online
- [[d:16-04-2024]]: expertmeeting huiselijk geweld met {{o:Veilig Thuis}}
- [[d:vrijdag 14 juni]]: afsluiting pilot, stadhuis
Aanmelden via [[p:Dominique]] van het pilotbureau: [[e:pilotbureau@denhaag.nl]] of [[t:070 - 353 21 88]].
""")

T("""
NIEUWS UIT DE WIJK — {{w:Bouwlust}} en {{w:Vrederust}}

In {{w:Bouwlust}} voorkwam het team een ontruiming door de corporatie om een maand uitstel te vragen en buurtbemiddeling in te zetten. Les: een corporatie wil vooral zekerheid dat iemand het oppakt.
In {{w:Vrederust}} hing het team samen met de brandweer een rookmelder op bij een man in een vervuilde woning. "Het ging over zijn veiligheid, niet over ons beeld van netjes," aldus {{r:wijkverpleegkundige}} [[p:Gijs Haverkamp]].
""")

T("""
Samenvatting les 'tolken' voor de nieuwsbrief:
Laat kinderen niet tolken bij geldzaken. Team {{w:Bouwlust}} ontdekte dat een gezin jarenlang geen kinderopvangtoeslag aanvroeg omdat de oudste dochter de brieven vertaalde en ze niet begreep. Met een telefonische tolk ging het binnen een week goed. Auteur: [[p:Robin Hendriks]], {{r:consulent werk en inkomen}}.
""")

T("""
Nieuwsbrief – rubriek 'Vraag van een collega'
[[p:Ilse]] uit {{w:Spoorwijk}} vraagt: "Wie heeft ervaring met een stabilisatieperiode bij {{o:Schuldhulpverlening Den Haag}} voor iemand zonder vast adres?" Reageer op het platform of bel haar: [[t:06 - 17 33 48 02]].
""")

T("""
In memoriam
Met verdriet melden we dat onze collega [[p:Joop Brinkman]], jarenlang {{r:maatschappelijk werker}} in {{w:Moerwijk}}, op [[d:3 maart]] is overleden. [[p:Joop]] was een van de eersten die in 2015 in het sociale wijkzorgteam begon. Zijn les "ga gewoon langs" staat nog altijd bovenaan op het platform. Een condoleanceregister ligt in wijkcentrum {{o:Het Zuiderpark}}.
""")

T("""
Pilot update – startbijeenkomst

Op [[d:6-2-2024]] kwam de pilotgroep voor het eerst bij elkaar. Twintig teamleden uit onder andere {{w:Laak}}, {{w:Mariahoeve}}, {{w:Ypenburg}} en {{w:Centrum}} werkten in vier themagroepen. De groep bemoeizorg wordt getrokken door [[p:Hamid El Khatib]], de groep jeugd door [[p:Noor van Dijk]]. Het verslag staat op het platform; vragen over de themagroepen naar [[e:n.vandijk@swt-ypenburg.nl]].
""")

T("""
Les uitgelicht: "Wie de aanvraag doet, is niet altijd wie de vraag heeft."
Een dochter vroeg een scootmobiel aan voor haar vader. Hij wilde vooral zijn kleinkinderen vaker zien. Het werd een regiotaxipas. Schrijver: team {{w:Laak}}, {{r:Wmo-adviseur}} [[p:Tamara]]. Reacties welkom via [[e:swt.laak@denhaag.nl]].
""")

T("""
Kort: nieuwe werkafspraak met {{o:Haaglanden MC}}
Na een les van team {{w:Zuiderpark}} (een cliënt werd ontslagen zonder dat thuiszorg geregeld was) heeft het transferbureau van het ziekenhuis afgesproken om bij een betrokken {{o:SWT}} altijd het team te bellen. Teams kunnen hun teamtelefoonnummer doorgeven aan [[p:Marga Zwart]], {{r:transferverpleegkundige}}, via [[t:088-979 42 00]] (bereikbaar ma t/m do).
""")

T("""
Nieuwsbrief juni — de pilot in cijfers en lessen

Vier maanden, vier thema's, 38 gedeelde casuslessen. De meest gelezen les: "Van no-show naar vaste afspraak" uit {{w:Bezuidenhout}}. Meest besproken: "Meer hulp is niet beter hulp". De afsluiting is op [[d:14 juni 2024]] in het stadhuis. Wil je een les presenteren? Laat het weten aan [[p:Dominique Verhagen]] vóór [[d:31 mei]].
""")

T("""
Rubriek 'Nieuw in het team'
Sinds deze maand versterkt [[p:Bilal Chaouch]] het team {{w:Transvaal}} als {{r:jongerenwerker}}. [[p:Bilal]] werkte eerder bij {{o:Jongerenwerk Den Haag}} in {{w:Laak}}. Hij is bereikbaar op [[t:06 12 09 87 65]] en [[e:b.chaouch@swt-transvaal.nl]]. Welkom [[p:Bilal]]!
""")

T("""
Les in 3 zinnen (voor de nieuwsbrief):
Bij ouderen is huiselijk geweld vaak financieel. De thuiszorg zag dat de pinpas van een oudere vrouw steeds bij de kleinzoon lag. Registreer het als huiselijk geweld, ook als er geen aangifte komt.
— ingezonden door [[p:Tineke]], {{r:casusregisseur}} {{w:Bohemen}}
""")

T("""
Oproep!
Voor de expertmeeting van [[d:woensdag 17 april]] zoeken we nog twee teams die een casus over bemoeizorg willen inbrengen. De casus moet geanonimiseerd zijn en de toestemmingsverklaring moet zijn vastgelegd. Inbrengen bij [[p:Hamid]] ([[e:h.elkhatib@swt-stationsbuurt.nl]]) uiterlijk [[d:5 april]].
""")

T("""
Nieuwsbrief SWT {{w:Segbroek}} – intern

Terugblik: de overgangstafel 18-/18+ werkte zo goed dat {{o:Jeugdbescherming west}} het overneemt in twee andere wijken. Met dank aan [[p:Yasmina]] die als jongere zelf de agenda opstelde en toestemming gaf haar verhaal te delen. (Red.: voornaam met toestemming.)
Vergeet niet: teamuitje [[d:vrijdag 28 juni]]!
""")

T("""
Summary for the newsletter — "Nazorg begint vóór de poort opengaat"
Team {{w:Zuidwest}} arranged an appointment on the very day a client was released from detention. This prevented him from ending up on the street. Key partners: {{o:PI Haaglanden}}, {{o:De Binnenvest}}, the gemeentelijke {{r:casemanager nazorg}}. Author: [[p:Kees Mulder]] ([[t:06-2213 4578]]).
""")

T("""
Uit de werkplaats bemoeizorg ([[d:12-03-2024]]):
"Bemoeizorg is een reeks kleine contacten." Teams uit {{w:Schilderswijk}}, {{w:Stationsbuurt}} en {{w:Scheveningen}} herkenden dat herhaling en vaste gezichten het verschil maken. Afspraak: elk team benoemt per bemoeizorgcasus één vast gezicht. Verslag door [[p:Rianne Vos]].
""")
# ---------------------------------------------------------------- part 6: drafts with pasted details (careless)
T("""
casusles concept – NIET PUBLICEREN VOOR ANONIMISEREN

gegevens client (voor mezelf):
naam: [[p:Fatoumata Diallo]]
geb: [[d:03-11-1987]]
adres: [[a:Rijswijkseweg 611]], [[pc:2516 EV]] Den Haag
bsn: [[b:BSN]]
tel: [[t:06-39 20 14 78]]

situatie: alleenstaande moeder, 2 kinderen, vluchtte uit Guinee. schulden bij CAK en zorgverzekeraar. via {{o:VluchtelingenWerk}} aangemeld.
les: ...nog schrijven
""")

T("""
Concept les schuldhulp (team {{w:Escamp}})
Klantnummer {{o:SHV}}: [[k:SHV-23-04412]], Wmo-nr [[k:2023-117305]]

Meneer [[p:Groenewegen]] (61) had € 23.000 schuld, grotendeels belastingaanslagen uit zijn tijd als zzp'er. Hij woont op [[a:Withuysstraat 90]], [[pc:2546 CB]]. Inkomen via bijstand, rekening [[i:IBAN_:SNSB]]. Hij had al drie keer eerder een traject afgebroken.
Wat anders was deze keer: hij koos zelf de {{r:schuldhulpmaatje}} uit een rij van drie vrijwilligers.
Les: keuze geven vergroot eigenaarschap, ook bij iets kleins.
""")

T("""
doorgestuurde mail als basis voor de casusles (mail onderaan graag wegknippen voor publicatie)

-----Oorspronkelijk bericht-----
Van: [[e:m.tahiri@hotmail.com]]
Verzonden: [[d:maandag 8 januari 2024]] 09:14
Aan: swt {{w:Laak}}
Onderwerp: mijn moeder

Goedemorgen, ik ben [[p:Mounia Tahiri]], de dochter van mevrouw [[p:Tahiri]] van de [[a:Slachthuisstraat 64]]. Mijn moeder kan niet meer alleen douchen en ik werk fulltime. Kunt u mij bellen op [[t:06 4455 8801]]? Groeten [[p:Mounia]]

Situatie/les: zie boven, dochter was uitgeput (mantelzorg). We hebben respijtzorg geregeld én een {{r:mantelzorgconsulent}}. Les: reageer binnen 24 uur op een mantelzorger die zelf mailt, dat is een noodsignaal.
""")

T("""
Casusles – registratie & toestemming
Auteur: [[p:Esmée Koning]], {{r:casusregisseur}} {{w:Wateringse Veld}}

Deze les gaat niet over de cliënt maar over ons proces. In deze casus (registratienummer [[k:SWT-WV-2024-0087]]) tekende mevrouw de toestemmingsverklaring op [[d:15.01.2024]], maar de huisarts had nog een oude versie van 2021 in zijn dossier. Daardoor wilde de praktijk geen informatie geven. Mevrouw moest opnieuw tekenen en was daar boos over.
Les: stuur de getekende verklaring direct door naar de huisarts en check of die er een oudere versie heeft. Huisartsenpraktijk {{w:Wateringse Veld}}: [[t:070 307 44 10]] (doktersassistente [[p:Jacqueline]]).
""")

T("""
Concept casusles thema bemoeizorg - overdracht bij verhuizing

dhr. [[p:Rinus Hoogendoorn]], 48, GGZ-problematiek, verhuisde van {{w:Bezuidenhout}} ([[a:Juliana van Stolberglaan 252]]) naar {{w:Ypenburg}} ([[a:Laan van Hoornwijck 18-C]], [[pc:2497 BS]]). Het oude team sloot de casus af, het nieuwe team wist van niets. Twee maanden later lag hij in de crisisdienst.
les: bij verhuizing binnen de stad is een warme overdracht tussen SWT's net zo belangrijk als tussen organisaties. Zaaknummer oude team [[k:BZH-0419]], nieuwe team [[k:YPB-1102]] – die hebben we nu gekoppeld.
""")

T("""
Draft: "bank account chaos"
Client (meneer [[p:Oyelaran]], Nigerian, 44) had four bank accounts, two of them blocked because of beslag: [[i:IBAN:ABNA]] and [[i:IBAN_:INGB]]. His salary was paid into the blocked one so he had nothing to live on. Together with the {{r:budgetcoach}} we asked his employer to pay into a new basic account (basisbetaalrekening). Beslagvrije voet was recalculated via the {{o:Sociaal Raadslieden}}, ref. [[k:SR-2024-3381]].
Lesson: always ask for a full overview of accounts at intake; clients often don't know which account is blocked.
""")

T("""
casus mw. [[p:Bloem]] – korte les over wachttijden

mw [[p:bloem]] ([[p:Anneke]], 79) wachtte 19 weken op een Wmo-beslissing voor een rolstoel. in de tussentijd viel ze 2x. aanvraag [[k:WMO-2023-094471]] is pas op [[d:29-11-2023]] toegekend.
we hebben uiteindelijk via de uitleen van {{o:Vegro}} een tijdelijke rolstoel geregeld, binnen 2 dagen.
les: wacht niet op de formele route als er een tijdelijke oplossing bestaat. adres mw voor de uitleen: [[a:Thorbeckelaan 466]], [[pc:2564 BW]].
""")

T("""
Casusles (ruwe versie) — jongere met schulden, 18+

Gegevens: [[p:Jamal Bouazza]], [[d:20/08/2005]], [[a:Jacob Catsstraat 210-1]], {{w:Centrum}}
Zaak: [[k:JNG-2024-0316]]
Tel: [[t:0637719205]]

[[p:Jamal]] heeft sinds zijn 18e € 4.200 schuld door een telefoonabonnement en een boete van DUO. Hij weet niet hoe hij DigiD moet gebruiken. We hebben samen met de {{r:jongerenwerker}} een DigiD-middag georganiseerd in de bibliotheek, met meer jongeren.
Les: groepsaanpak werkt voor praktische vaardigheden; jongeren schamen zich minder als ze zien dat anderen het ook niet weten.
""")

T("""
Les voor het platform – verhuurder als partner

Mevrouw [[p:Agyeman]] (Ghanese, 55) woonde op [[a:Stuwstraat 12a]], [[pc:2516 TD]], bij een particuliere verhuurder. Het huis had schimmel, haar astma verergerde. De verhuurder reageerde niet. We hebben via de {{o:Huurteam Den Haag}} een procedure bij de Huurcommissie gestart (zaak [[k:HC-2024-71822]]) en intussen de gemeentelijke {{r:woninginspecteur}} laten komen.
Wat werkte: de inspecteur. Binnen twee weken was er een schilder.
Les: zet de gemeentelijke handhaving eerder in bij particuliere verhuur.
""")

T("""
Conceptles — "de sleutel van de buurman"

Meneer [[p:Ton Bakker]] (84) heeft geen familie meer. Buurman [[p:Sjaak Koster]] heeft een reservesleutel. Toen meneer op [[d:zaterdag 2 december]] niet reageerde, ging de buurman naar binnen en vond hem op de vloer. Ambulance gebeld, meneer had 20 uur gelegen.
Wij hebben daarna een sleutelkluisje aangevraagd en een personenalarmering. Adres voor de alarmcentrale: [[a:Zuidwal 14-A]], [[pc:2512 XJ]].
Les: leg vast wie een sleutel heeft en zet die buurman als eerste contactpersoon bij de alarmering.
""")

T("""
Casusles thema huiselijk geweld – dreiging na scheiding

De ex-partner van mevrouw (hierna: mw. A) stuurde dreigende berichten. Mevrouw kreeg een geheim adres via {{o:Veilig Thuis}} (meldingsnr. [[k:VT-2024-00912]]). Bij ons team werd het oude adres ([[a:Beukstraat 41]], [[pc:2565 XX]]) nog gebruikt in de registratie, waardoor een brief van de Wmo naar het oude adres ging. De ex woonde daar nog.
Les: bij een geheim adres moet je alle registraties nalopen, ook de Wmo en de corporatie. Maak daar een checklist voor.
""")

T("""
Casus les – snelle hulp bij acute geldnood

mw [[p:Aydın]] ({{w:Moerwijk}}) kon op [[d:vrijdagmiddag 19-04]] geen eten kopen, 3 kinderen. uitkering was gestopt ivm een administratieve fout (dossier [[k:WI-24-55807]]). Voedselbank zit pas dinsdag.
wij hebben: noodpakket via de moskee, en {{o:Werk en Inkomen}} maandag om 8.30 gebeld → voorschot op [[i:IBAN_:RABO]] nog diezelfde dag.
les: ken je noodroutes voor het weekend.
""")

T("""
Concept – thema jeugd
Jongeman [[p:Sem]] (17), {{w:Duindorp}}, ouders gescheiden, vader ([[p:Ronald de Graaf]], [[t:06 52 40 19 33]]) heeft LVB. [[p:Sem]] zorgt feitelijk voor zijn vader. [[p:Sem]] meldde zich zelf via de chat van het {{o:CJG}}.
aanpak: jonge mantelzorger-groep via {{o:Xtra}}, en voor vader een {{r:MEE-consulent}}
les: jonge mantelzorgers melden zich zelden als 'mantelzorger'. Vraag naar de thuissituatie.
""")

T("""
Draftles "Eerst de energierekening"

Situatie – gezin [[p:Mohammadi]] (Iraans, 5 personen) in {{w:Laak}}, [[a:Lekstraat 22-II]], [[pc:2515 VR]]. Energierekening van € 480 per maand door slecht geïsoleerde woning. Achterstand € 2.300.
Aanpak – {{o:Haagse Energiehulp}} kwam langs voor kleine isolatiemaatregelen; via het noodfonds de achterstand overbrugd; termijnbedrag aangepast.
Wat werkte – Concrete maatregelen (tochtstrips!) gaven het gezin het gevoel zelf iets te doen.
Les – combineer geld met een praktische aanpak van de oorzaak.
""")

T("""
Les in wording (input van [[p:Mariska]], {{r:Wmo-adviseur}}):
Meneer [[p:Van den Heuvel]] kreeg een afwijzing voor huishoudelijke hulp omdat zijn vrouw "mantelzorg kon leveren". Zijn vrouw heeft zelf Parkinson. Bezwaar ingediend op [[d:2024-02-19]], gegrond verklaard op [[d:2024-04-03]]. Kenmerk bezwaar: [[k:BZW/2024/0418]].
Les: controleer bij een Wmo-afwijzing altijd of de mantelzorger zelf belastbaar is. De ziekte van Parkinson of Alzheimer bij de partner verandert alles.
""")

T("""
Situatie: meneer [[p:Wang]] (82) en zijn vrouw wonen boven hun oude toko aan de [[a:Wagenstraat 109]]. Hun kinderen zijn naar Canada geëmigreerd. Meneer viel van de trap. De buurman belde ons via de teamlijn.
Aanpak: {{r:ouderenconsulent}} + Mandarijn sprekende vrijwilliger. Verhuizing naar een benedenwoning lukte niet, wel een traplift via de Wmo.
Les: oudere Chinese ondernemers vragen zelden hulp; hun kinderen in het buitenland zijn vaak de beste ingang. We mailen nu met de dochter ([[e:lwang.toronto@gmail.com]]).
""")

T("""
korte casus: mw [[p:ramdin]] – betalingsregeling

mw had € 900 achterstand bij de zorgverzekeraar, incasso dreigde. we belden samen met de klantenservice, regeling van € 40/mnd op [[d:28 feb]]. polisnr [[k:ZV-88134920]] (graag weglaten bij publicatie lol).
les: bel samen, op speaker. cliënt hoort dat het gewoon kan.
""")

T("""
Casus ter bespreking (later omzetten naar les):
Echtpaar [[p:Vink]], {{w:Kraayenstein}}, [[a:Kwartellaan 23]]. Hij ([[p:Hennie]], 77) dementeert snel; zij ([[p:Gré]], 75) heeft hartfalen. Dochter [[p:Monique Vink]] ([[e:monique.vink@ziggo.nl]], [[t:06-23017745]]) wil dat vader naar een verpleeghuis, moeder wil niet.
Uitkomst: {{r:casemanager dementie}} regelde logeeropvang één nacht per week. Moeder ziet dat als verademing.
Les: een tussenstap maakt de grote beslissing makkelijker.
""")

T("""
Concept (Engels/Nederlands)

Situation: young father [[p:Ahmed Mohamud]] (28, Somali), single parent since his wife returned to Somalia. Two toddlers. He works at Schiphol night shifts. Lives at [[a:Escamplaan 1002]], [[pc:2547 HD]].
Approach: flexibele kinderopvang via {{o:CJG}} + employer talk (worked this time!) + {{r:buurtmoeder}} from the same flat.
Lesson: single fathers are often overlooked; they don't fit our "moeder-met-kinderen" image.
Reference for internal use: [[k:2024/CJG/00781]].
""")
# ---------------------------------------------------------------- part 7: more reviews / discussion on drafts
T("""
Review – concept "gegevens client (voor mezelf)"
Dit concept staat per ongeluk op 'gedeeld' in plaats van 'privé'. Er staan naam, geboortedatum ([[d:03-11-1987]]), adres, BSN ([[b:BSN]]) en telefoonnummer van de cliënt in. Ik heb hem teruggezet naar privé. Wil je de les eerst schrijven en daarna pas delen? En meld het even bij de {{r:privacy officer}}, dit is mogelijk een datalek.
Groet, [[p:Marjolein van Dijk]], redactie
""")

T("""
Reviewer [[p:Ahmed Benali]] ({{r:schuldhulpverlener}}, {{o:Schuldhulpverlening Den Haag}}):
Inhoudelijk klopt het: een stabilisatieperiode kan ook bij iemand met een briefadres. Maar in je concept staan twee klantnummers ([[k:SHV-23-04412]] en [[k:2023-117305]]), het adres ([[a:Withuysstraat 90]], [[pc:2546 CB]]) en het rekeningnummer. Die moeten er allemaal uit. Zonder die details is de les nog steeds sterk: keuze geven vergroot eigenaarschap.
""")

T("""
opmerking [[p:Ruud]]: graag de doorgestuurde mail eruit knippen, daar staat het mailadres van de dochter in ([[e:m.tahiri@hotmail.com]]) en haar 06 ([[t:06 4455 8801]]). de les zelf (reageer binnen 24u op een mantelzorger die mailt) is heel goed.
""")

T("""
Reactie op les {{w:Wateringse Veld}} (toestemmingsverklaring):
Dit is een belangrijke proceskwestie, dank! Opmerking: je noemt het registratienummer [[k:SWT-WV-2024-0087]] en de doktersassistente bij naam ([[p:Jacqueline]]). Het nummer van de praktijk is openbaar, maar in combinatie met de datum van tekenen ([[d:15.01.2024]]) is mevrouw terug te vinden. Haal het nummer en de datum weg.
— [[p:Bram Schouten]], {{r:jurist}} {{o:gemeente Den Haag}}
""")

T("""
Feedback van [[p:Linda]] (team {{w:Ypenburg}}) op de les over verhuizing:
Ha! Ik ben het nieuwe team uit die les 😅. Klopt helemaal. Wel: beide adressen ([[a:Juliana van Stolberglaan 252]] en [[a:Laan van Hoornwijck 18-C]]) en de zaaknummers moeten eruit. Ik zou de les ook koppelen aan een afspraak tussen de teams: bij verhuizing binnen Den Haag bel je altijd het ontvangende team.
""")

T("""
Reviewer comment on "bank account chaos":
Excellent practical lesson. However, both IBANs are in the text, plus the reference number at Sociaal Raadslieden ([[k:SR-2024-3381]]). Please replace by "two blocked accounts". Also "Nigerian, 44" plus "four bank accounts" may be too specific — consider "a man in his forties".
[[p:Grace Owusu-Ansah]], {{r:reviewer}} thema schulden
""")

T("""
Op de les "eerst de energierekening":
- mooi dat tochtstrips erin staan, concreet!
- adres [[a:Lekstraat 22-II]] + postcode [[pc:2515 VR]] eruit
- achternaam gezin eruit (Iraans + 5 personen + {{w:Laak}} is al veel)
- {{o:Haagse Energiehulp}} mag blijven
([[p:Dennis]])
""")

T("""
Tweede review (na aanpassing) door [[p:Esther van Rijn]]:
Dank voor de aanpassingen, de naam van meneer en het adres zijn weg. Ik zie nog één ding: in de laatste alinea staat "zoals buurman [[p:Henk]] zei". Dat is een voornaam van iemand die niet heeft ingestemd. Maak er "zoals de buurman zei" van. Daarna kan hij wat mij betreft online.
""")

T("""
Commentaar op concept "sleutel van de buurman":
Ontroerende les. Privacy: de namen van meneer en de buurman ([[p:Ton Bakker]], [[p:Sjaak Koster]]), het adres [[a:Zuidwal 14-A]] met postcode [[pc:2512 XJ]] en de datum van de val ([[d:zaterdag 2 december]]) zijn samen volledig herleidbaar. Laat alles weg, de les ("leg vast wie een sleutel heeft") blijft even sterk.
– [[p:Karin Meijer]], {{r:wijkverpleegkundige}}
""")

T("""
Vraag van de redactie aan de schrijver ([[p:Esmée]]):
Mogen we je les over de toestemmingsverklaring gebruiken in de training voor nieuwe {{r:casusregisseurs}}? Dan halen we wel het telefoonnummer van de praktijk ([[t:070 307 44 10]]) weg. Laat het weten via [[e:redactie@kennisplatform-swt.nl]].
""")

T("""
Review (streng, sorry):
In deze les staan: 1 volledige naam ([[p:Fatoumata Diallo]]), 1 BSN, 1 postcode ([[pc:2516 EV]]), 1 geboortedatum. Dit mag écht niet op het platform, ook niet als concept dat alleen je team kan zien. Concepten worden namelijk gezien door alle reviewers van het thema.
[[p:Priya]]
""")

T("""
reviewer [[p:Bas]]: les 'jongere met schulden' – goede les over de groepsaanpak. naam, geb.datum ([[d:20/08/2005]]), adres, zaaknr en 06 ([[t:0637719205]]) eruit aub. en: 'DUO' mag je noemen, is een organisatie.
""")

T("""
Reactie van [[p:Gijs]] op de les "Wie de aanvraag doet":
Herkenbaar! Bij ons in {{w:Loosduinen}} hadden we iets vergelijkbaars met een mevrouw die een rollator kreeg die ze nooit gebruikte. Haar zoon had hem aangevraagd. Vraag: hoe ga je om met familie die boos wordt als je de aanvraag niet doorzet? Bij ons belde de zoon (meneer [[p:Doornbos]]... sorry, "de zoon") drie keer per week.
""")

T("""
Review op concept 'jonge mantelzorger' (thema jeugd):
De jonge mantelzorger-aanpak is waardevol. Nog aanpassen: naam en telefoonnummer vader ([[p:Ronald de Graaf]], [[t:06 52 40 19 33]]) en de naam van de jongen. Ik zou ook {{w:Duindorp}} weghalen? Nee, laat maar staan, de wijk is juist relevant voor de les (daar is het {{o:Xtra}}-aanbod voor jonge mantelzorgers).
[[p:Sietske Brouwer]]
""")

T("""
Reactie (korte) van [[p:Hamid]]: aangepast! Naam, adres en "Wagenstraat" eruit. Ik heb wel "een kelderwoning in het centrum" laten staan, is dat oké? Zo niet, haal het maar weg. Mijn nummer voor vragen is [[t:06 81 22 09 47]].
""")

T("""
Opmerking bij les over respijtzorg (fam. [[p:Vink]]):
Je hebt het mailadres van de dochter ([[e:monique.vink@ziggo.nl]]) erin laten staan, en haar 06. Ook de straat met huisnummer ([[a:Kwartellaan 23]]). Inhoudelijk: de tussenstap-les is goed, maar leg uit wat logeeropvang is, niet iedereen kent dat.
Groet, [[p:Annemiek]]
""")

T("""
Reviewer [[p:T. Kuijpers]] ({{o:Ipse de Bruggen}}, {{r:gedragsdeskundige}}):
Als gedragsdeskundige LVB wil ik aanvullen dat visueel budgetteren goed werkt, maar dat het wel regelmatig herhaald moet worden. Privacy: de naam [[p:Kevin]] en de vader [[p:Peter de Wit]] eruit, en het rekeningnummer. Ik zou ook de grap over "geen familie van mij" weglaten, dat maakt de schrijver én de cliënt herkenbaar.
""")

T("""
Commentaar bij "Concept (Engels/Nederlands)" – single father:
Goede les, mooi dat je alleenstaande vaders benoemt. Wel weghalen: naam ([[p:Ahmed Mohamud]]), adres ([[a:Escamplaan 1002]], [[pc:2547 HD]]) en het kenmerk [[k:2024/CJG/00781]]. "Schiphol nachtdiensten" maakt hem ook herkenbaar, misschien "nachtdiensten op het vliegveld"? Nee, ook te specifiek. "Nachtdiensten" is genoeg.
– [[p:Wilma]]
""")

T("""
Re: concept les huiselijk geweld / geheim adres

Dank voor deze belangrijke les. Ironisch genoeg staat het oude adres er zelf in ([[a:Beukstraat 41]], [[pc:2565 XX]]) én het meldingsnummer bij Veilig Thuis ([[k:VT-2024-00912]]). Als de ex dit platform ooit onder ogen krijgt... Graag direct aanpassen. Ik zet hem zolang op 'verborgen'.
[[p:Robert Hamer]], {{r:privacy officer}}
""")

T("""
Discussie onder de les "Eerst de post":
[[p:Naima]]: Wij doen dit ook! Tip: neem gekleurde mapjes mee.
[[p:Ilse Storm]]: Goed idee. Bij ons werkt een schoenendoos per maand.
[[p:Hüseyin]]: Vraag aan de schrijver: hoe lang duurde het voordat mevrouw zelf post ging openen?
[[p:Kim]]: Bij mijn cliënt op [[a:Hoefkade 388]] duurde het drie maanden, maar toen ging het ook echt.
""")
# ---------------------------------------------------------------- part 8: timelines, pasted numbers, mixed
T("""
Casusles – tijdlijn laat zien waar het vastliep

Tijdlijn (cliënt: mw. [[p:Derksen]], 67, {{w:Morgenstond}})
[[d:3/1]] melding buurvrouw via {{o:Servicepunt XL}}
[[d:5/1]] eerste huisbezoek, mw doet niet open
[[d:12/1]] tweede poging met {{r:wijkverpleegkundige}}, wel binnen
[[d:19-1]] aanvraag Wmo ([[k:WMO-2024-002214]])
[[d:27 feb.]] Wmo-gesprek, indicatie HH
[[d:2 apr.]] eerste keer hulp

Les: drie maanden van melding tot hulp. Het Wmo-deel alleen al duurde zes weken. Vraag bij acute situaties om een spoedprocedure; die bestaat, maar niemand vraagt erom.
""")

T("""
Concept les – SVB en AOW-gat

Meneer [[p:Kartosen]] (Surinaams-Javaans, 68) kreeg minder AOW omdat hij een aantal jaren in Suriname woonde. Hij leefde van € 780 per maand. Niemand had hem op de AIO-aanvulling gewezen. Aanvraag bij de {{o:SVB}} gedaan op [[d:4-3-'24]] (BSN meneer [[b:BSN.]]), toegekend per [[d:1 mei]].
Les: bij ouderen met een migratiegeschiedenis altijd checken of de AOW volledig is. De AIO wordt massaal niet aangevraagd.
""")

T("""
notitie voor casusles
[[d:ma 4/3]] – gesprek met mw. [[p:Chaouch]] + dochter
[[d:wo 6/3]] – belastingdienst gebeld (toeslagen), 45 min in de wacht
[[d:vr 8/3]] – {{o:Sociaal Raadslieden}} kon pas [[d:25/3]]
les in wording: de wachttijden stapelen zich op, plan alles parallel ipv na elkaar
""")

T("""
Casusles "Bewindvoering als bescherming"

Situatie. Jonge vrouw met LVB ([[p:Kimberley]], 22) werd door haar vriend financieel uitgebuit: hij liet leningen op haar naam afsluiten. Schuld: € 11.400.
Aanpak. Beschermingsbewind aangevraagd bij de kantonrechter (zaak [[k:C/09/657731 / BW RK 24-412]]). Haar uitkering gaat nu naar de beheerrekening [[i:IBAN_:ABNA]], zij krijgt leefgeld op haar eigen rekening [[i:IBAN_:ASNB]].
Wat werkte. Haar moeder ([[p:Jacqueline Smit]]) erbij als steun in de rechtszaal.
Les. Financiële uitbuiting bij LVB is vaak "loverboy"-achtig. Vraag door bij plotselinge schulden.
""")

T("""
Draft lesson — "DigiD machtiging"

Many of our older clients give their DigiD code to a grandchild. In this case meneer [[p:Abdullahi]] (Somali, 74) gave it to a neighbour, who then changed his bank details at the Belastingdienst. The toeslagen went to another account ([[i:IBAN:BUNQ]]) for five months. We reported it on [[d:13 December 2023]], police report nr [[k:PL1500-2023-287719]].
Lesson: explain DigiD-machtigen (officially authorise someone) at every intake with elderly clients. Never share the code.
""")

T("""
Situatie – mevrouw [[p:Grootveld]], [[a:Valkenboslaan 212-hs]], [[pc:2563 CS]]. Ze heeft COPD en zuurstof, woont op de begane grond. Bij een stroomstoring op [[d:zondag 14 januari]] viel haar zuurstofapparaat uit en wist ze niet wie te bellen.
Aanpak – samen met de leverancier een noodplan gemaakt, nummer van de storingsdienst op de koelkast, buurvrouw [[p:Lenie]] ingelicht. Netbeheerder geïnformeerd dat er een medisch apparaat is.
Les – voor mensen met medische apparatuur thuis: meld ze aan bij de netbeheerder. Dat weet bijna niemand.
""")

T("""
casusles - statushouder & gemeentelijke brieven

mr [[p:Al-Khatib]] (Syrisch, 39), [[a:Moerweg 187]], [[pc:2531 JH]], kreeg 14 brieven van de gemeente in 2 maanden (!!). hij snapte er niks van en gooide ze weg. toen kwam er een boete van de belasting. bsn: [[b:BSN_]]
aanpak: alle brieven samen doorgenomen met arabische tolk; 9 van de 14 waren informatief.
les: de gemeente zelf is vaak de bron van stress. geef feedback aan de afdelingen die de brieven sturen!
""")

T("""
Les van team {{w:Kijkduin}} (concept)

Mw. [[p:Sophie van Oostrom]] (54) raakte na een scheiding haar huis kwijt en woont nu in een vakantiepark bij Kijkduin, wat eigenlijk niet mag. Inschrijving BRP: nergens. Kinderen ([[p:Lotte]] 16, [[p:Daan]] 13) bij vader in Rijswijk.
Aanpak: briefadres via de gemeente, aanvraag urgentie ([[k:URG-2024-0391]]), contact met vader voor omgang.
Les: "onzichtbare daklozen" in vakantieparken zijn meestal vrouwen na een scheiding. Ze vallen buiten alle registraties.
Contact schrijver: [[e:d.hermans@swt-loosduinen.nl]] ([[p:Dorien Hermans]]).
""")

T("""
Conceptles – verslaving en ouderschap

Moeder ([[p:Jessica]], 31) gebruikt cocaïne, twee kinderen van 4 en 7. Vader ([[p:Mitchell]]) zit in detentie tot oktober 2025... (nee, geen datum: tot ergens in 2025).
{{o:Brijder}}, {{o:Jeugdbescherming west}}, {{o:CJG}} en wij. Gezinsvoogd: [[p:Annelies]].
Les: bij verslaving van een ouder is de vraag niet of de kinderen thuis kunnen blijven, maar wat er nodig is zodat het kan. Dat perspectief veranderde het gesprek met moeder volledig.
""")

T("""
casus [[p:Marek]] – korte les

[[p:marek]] (pools, 35) kreeg een boete van 400 euro omdat hij zijn auto met poolse kentekens niet had omgezet. hij kon niet betalen, boete werd verhoogd. via cjib naar deurwaarder.
wij: betalingsregeling met {{o:CJIB}}, {{o:CJIB}}-kenmerk [[k:8011 2473 9905 1638]]... (nummer later weghalen). rekening voor de regeling: [[i:iban_:INGB]].
les: kleine boetes van arbeidsmigranten worden snel groot. vroeg ingrijpen.
""")

T("""
Les in het kort (voor de nieuwsbrief van [[d:1 juli]]):
Bij ouderen met een migratiegeschiedenis is de AOW vaak niet volledig. Team {{w:Transvaal}} ontdekte dat veel ouderen recht hebben op een AIO-aanvulling bij de {{o:SVB}}, maar die nooit aanvragen. Tip van [[p:Tamara]]: neem het AIO-formulier standaard mee op huisbezoek.
""")

T("""
NIEUWSBRIEF – agenda en oproep

Op [[d:dinsdag 9 april]] is er een lunchsessie over DigiD-machtigen met een medewerker van de {{o:Belastingdienst}}. Aanmelden bij [[p:Saskia]] ([[t:070 - 752 11 40]]). Op [[d:23-4]] volgt een sessie over de AIO-aanvulling met de {{o:SVB}}.
Oproep: heb je een les over financiële uitbuiting? Stuur hem naar [[e:thema.schulden@kennisplatform-swt.nl]].
""")

T("""
Reviewer comment ([[p:Femke]]):
The DigiD lesson is great and needed. But: the IBAN of the fraudster's account is in there ([[i:IBAN:BUNQ]]), as is the police report number. Even a fraudster's bank account is personal data. Also the client's surname. Please remove; then it goes to the newsletter.
""")

T("""
Concept casusles (uitgebreid), thema ouderen, team {{w:Scheveningen}}

Situatie
Mevrouw [[p:Willemijn de Haas]] is 86 en woont al haar hele leven in het oude dorp van Scheveningen, de laatste veertig jaar aan de [[a:Keizerstraat 301]], [[pc:2584 BM]]. Haar man was visser; zijzelf werkte in de visafslag. Ze heeft vier kinderen, die allemaal in de buurt wonen, maar ruzie hebben over de zorg voor hun moeder. De oudste, [[p:Cor]], wil dat zij naar {{o:Pieter van Foreest}} gaat; de jongste, [[p:Marja]], wil haar thuis houden en vindt dat de anderen te weinig doen.

Aanpak
Onze {{r:ouderenconsulent}} heeft niet met mevrouw alleen gesproken maar een familiegesprek voorgesteld, met een onafhankelijke gespreksleider van {{o:Eigen Kracht Centrale}}. Dat vond plaats op [[d:donderdag 7 december 2023]] in het buurthuis. Mevrouw zat aan het hoofd van de tafel.

Wat werkte
Dat mevrouw zelf het laatste woord had. Ze koos voor thuis blijven, met een rooster waarin alle vier de kinderen een dag hebben.

Les
Familieruzie is vaak de grootste zorgvraag. Een Eigen Kracht-conferentie helpt om het gesprek terug te brengen naar wat de oudere zelf wil.
""")

T("""
Mw. [[p:Şahin]] (geb. [[d:14-2-1970]]) – bijstand stopgezet ivm 'niet verschijnen'. Ze lag op dat moment in het ziekenhuis ({{o:HMC Westeinde}}). Niemand had het gecheckt. Bezwaar gemaakt, uitkering met terugwerkende kracht hersteld. Klantnr W&I [[k:778123]].
Les: bij 'niet verschijnen' altijd eerst nagaan waarom. Dat scheelt een bezwaarprocedure van 8 weken.
""")

T("""
quick note voor het platform – "warm bellen"

ik bel voor elke doorverwijzing zelf even met de ontvangende partij terwijl de cliënt naast me zit. vandaag bv. met [[p:Rachida]] van {{o:Xtra}} ([[t:070 - 3 45 98 00]]) voor mw [[p:Boujdaini]]. mw hoorde zelf dat ze welkom was. afspraak staat op [[d:do 18-4]] om 10.00.
les: een doorverwijzing zonder telefoontje is een adres op een briefje.
""")

T("""
Review op "SVB en AOW-gat":
Top les, bijna niemand weet dit. Wel: het BSN van meneer staat erin ([[b:BSN.]]) en de twee data zijn niet nodig. Achternaam [[p:Kartosen]] ook weg, dan is het helemaal goed.
[[p:Ahmed]]
""")

T("""
Casusles - samenwerking met de wijkagent

Situatie: jongerengroep veroorzaakte overlast bij een flat in {{w:Bouwlust}}. Eén jongen, [[p:Dani]] (17), werd steeds genoemd. Via de {{r:wijkagent}} ([[p:Martijn Roos]]) bleek dat [[p:Dani]]'s moeder ernstig ziek was en hij 's nachts niet thuis wilde zijn.
Aanpak: {{r:jongerenwerker}} + {{o:CJG}} + thuiszorg moeder.
Les: achter overlast zit vaak een zorgvraag. De wijkagent ziet hem het eerst.
""")

T("""
Korte les "post doorsturen"
mw [[p:Hooghiemstra]] verhuisde naar een verpleeghuis maar de post ging nog naar [[a:Weimarstraat 77-3]]. Daar woonde inmiddels iemand anders, die de brieven weggooide. Gevolg: aanmaningen, incasso.
les: regel een doorstuurservice bij PostNL bij élke verhuizing van een kwetsbare oudere, en geef het nieuwe adres ([[a:Houtrustweg 2]], [[pc:2566 HA]]) direct door aan alle instanties.
""")

T("""
casusles gezin [[p:Monteiro]] – mobiliteit en school

moeder ([[p:Ana]]) heeft geen rijbewijs en geen fiets, 3 kinderen naar 3 verschillende scholen in {{w:Escamp}}. kinderen komen vaak te laat → leerplicht → boete.
wat werkte: {{o:Stichting Present}} regelde een bakfiets + fietsles voor moeder bij het buurthuis (ja echt).
les: soms is de oplossing heel praktisch en goedkoop. vraag wat iemand concreet in de weg zit.
contactpersoon leerplicht: [[p:R. Lammers]] [[e:r.lammers@denhaag.nl]]
""")

T("""
Conceptles (kort):
Meneer [[p:Hendrik Vos]] (* [[d:02-09-1948]]) weigerde een alarmknop "want dan ben ik oud". Na een val vroeg hij er zelf om. Les: respecteer de weigering, maar leg vast dat je het hebt aangeboden, en bied het na een incident opnieuw aan.
""")

T("""
Newsletter item – in English for our expat colleagues

A lesson from team {{w:Statenkwartier}}: expats with mental health issues often fall outside our radar because they are not registered with a Dutch GP. Client (anonymised) was referred by the embassy. Contact for this lesson: [[p:Rebecca Hughes]], {{r:maatschappelijk werker}}, [[e:r.hughes@swt-segbroek.nl]], [[t:+31 70 205 88 14]].
""")

T("""
Concept les huiselijk geweld – "Het gesprek met de pleger"

We spreken in {{w:Laak}} nu ook met plegers. In deze casus meneer [[p:Obdeijn]], die zijn vrouw sloeg na ontslag en drankgebruik. {{o:Veilig Thuis}} verwees naar een daderhulpverlening bij {{o:De Waag}}. Meneer ging pas toen {{r:maatschappelijk werker}} [[p:Tom]] hem meenam naar de eerste afspraak op [[d:28-02-2024]].
Les: daderhulp is ook slachtofferbescherming. Begeleid de pleger naar de eerste afspraak.
""")

T("""
Vraag op het platform (bij les "onzichtbare daklozen"):
Weet iemand of je in een vakantiepark een briefadres kunt krijgen bij de eigen gemeente of moet het de gemeente waar het park ligt? Mijn cliënt ([[p:Ivana]]) staat nog ingeschreven op haar oude adres, [[a:Laan van Meerdervoort 1020]], maar woont daar al een jaar niet. Graag reactie, [[p:Dorien]].
""")

T("""
Redactie (nieuwsbrief) – samenvatting les "post doorsturen":
Regel bij elke verhuizing van een kwetsbare oudere een doorstuurservice. Team {{w:Segbroek}} zag hoe een verhuizing naar een verpleeghuis leidde tot aanmaningen en incasso, omdat de post bij de nieuwe bewoner in de prullenbak belandde. Eenvoudige les, grote winst. Met dank aan [[p:Rianne]] voor het delen.
""")
# ---------------------------------------------------------------- part 10: mixed, short items, more numbers
T("""
Korte les: check het BSN voordat je een aanvraag doet. Bij mw. [[p:Kaya]] stond in ons systeem een oud BSN ([[b:BSN]]) van vóór haar naturalisatie; het juiste bleek [[b:BSN_]]. Twee aanvragen liepen daardoor vast.
""")

T("""
casusles concept – [[p:Kees]]' dochter als mantelzorger

[[p:Kees Verhoef]] (80, Korsakov) woont in {{w:Bezuidenhout}}, [[a:Jan van Riebeekstraat 3 bis]]. zijn dochter [[p:Tanja]] (49) is zijn enige mantelzorger en heeft zelf 2 banen. ze belde ons op [[t:06.18.27.36.45]] na een nacht waarin [[p:kees]] de gaskraan had open laten staan.
aanpak: {{r:casemanager dementie}} (ook bij Korsakov!), kookplaat vervangen door inductie met timer, {{o:De Hoop}}? nee – gewoon {{o:Florence}} thuiszorg 2x per dag.
les: het syndroom van Korsakov lijkt op dementie maar de zorgroute is anders. vraag je casemanager of die ervaring heeft.
""")

T("""
Reactie onder de les van {{w:Mariahoeve}}:
Wij hebben bij {{o:De Hoop}} (ggz) goede ervaringen met een christelijke cliënt die reguliere GGZ weigerde. Meneer [[p:Hoop]] overigens, toevallig dezelfde naam, haha, maar geen familie van de instelling 🙂. Groet, [[p:Janneke]]
""")

T("""
Concept – "Toeslagenaffaire en wantrouwen"

Het echtpaar [[p:Amankwah]] ({{w:Zuidwest}}) is gedupeerd in de toeslagenaffaire. Ze hebben een compensatie gekregen maar vertrouwen geen enkele overheidsinstantie meer, ook ons niet. BSN mevrouw: [[b:BSN]], BSN meneer: [[b:BSN]] (voor het {{o:UHT}}-dossier, [[k:UHT-2021-0448731]]).
Aanpak: eerst alleen luisteren. Pas na vier gesprekken samen de brieven van de {{o:Uitvoeringsorganisatie Herstel Toeslagen}} doorgenomen.
Les: bij gedupeerden van de toeslagenaffaire begint elk contact met erkenning, niet met een formulier.
""")

T("""
Mw [[p:Rodrigues Fortes]] – reviewnotitie
Let op, in de bijlage (scan intakeformulier) staan BSN [[b:BSN.]], haar rekening [[i:IBAN_:RABO]] en haar handtekening. Bijlagen worden niet geanonimiseerd door het platform! Verwijder de bijlage. – [[p:M. Oosterhout]]
""")

T("""
Les uit de praktijk ({{w:Duinoord}}):
Jongvolwassene ([[p:Lars]], 25, psychose in verleden) dreigde zijn kamer aan de [[a:Trompstraat 300a]] kwijt te raken omdat hij de huur ([[i:IBAN:INGB]] was al maanden leeg) niet betaalde. Via zijn {{r:FACT-begeleider}} van {{o:Parnassia}} kwam er een {{r:bewindvoerder}}.
Les: bij FACT-cliënten is de begeleider de snelste lijn. Bel niet de algemene GGZ-lijn.
""")

T("""
notitie – mw [[p:yilmaz]] (let op: niet dezelfde als de [[p:yilmaz]] uit {{w:Transvaal}})
[[p:Yilmaz]]’ zoon ([[p:Kerem]]) belt vanuit Turkije: [[t:+90 532 614 22 08]]. Hij wil dat moeder naar hem toe komt. Moeder wil blijven. Wij blijven haar vraag volgen.
Les (in wording): als familie in het buitenland meebeslist, plan een videogesprek met tolk.
""")

T("""
Newsletter – kort
Lesson from {{w:Regentessekwartier}}: for clients with hoarding problems, ask the landlord for a postponement with a concrete weekly plan. Author [[p:Hans]] ({{r:wijkverpleegkundige}}) can be reached at [[e:h.koster@hww-voorbeeld.nl]].
""")

T("""
Casusles thema bemoeizorg – "De huisarts als poortwachter"

Meneer [[p:Bram]] (43) had een paranoïde stoornis en weigerde de huisarts. Zonder verwijzing geen {{o:GGZ}}. We hebben de {{r:SPV}} van het {{o:OGGz-team}} van de {{o:GGD Haaglanden}} ingeschakeld, die zonder verwijzing mag komen. Zorgmachtiging uiteindelijk aangevraagd op [[d:26 september 2023]], zaaknummer OM [[k:Z/23/118823]].
Les: ken de route buiten de huisarts om. Het OGGz-team is die route.
""")

T("""
Review (kort) – [[p:Wilma]]:
Het zaaknummer van het OM ([[k:Z/23/118823]]) en de datum van de zorgmachtiging moeten eruit. Ook de voornaam [[p:Bram]]. Verder: duidelijk, praktisch, delen!
""")

T("""
draft "mijn eerste huisbezoek bij een hoarder"

ik ben net begonnen als {{r:Wmo-adviseur}}, dus dit is ook een les voor mezelf. mw [[p:vd Berg]] (72), [[a:Paul Krugerlaan 45-II]], [[pc:2571 hk]]. ik schrok van het huis en liet dat merken. mw sloot meteen af. de 2e keer ging collega [[p:Sharda]] mee, die gewoon ging zitten op de enige vrije stoel en over de kat begon.
les: je gezicht zegt meer dan je woorden. oefen het.
""")

T("""
Nieuwsbrief – "Vraag het de jongere zelf"
De overgangstafel 18-/18+ uit {{w:Segbroek}} wordt uitgebreid naar {{w:Laak}} en {{w:Escamp}}. Aanmelden voor de eerste sessie op [[d:vrijdag 20 september]] bij [[p:Noor van Dijk]] ([[t:(06) 41 22 83 90]]).
""")

T("""
Conceptles – gezin [[p:Demir-Yılmaz]]

Situatie: gezin met vier kinderen woont krap in een driekamerwoning aan de [[a:Boekhorststraat 17 3e]], [[pc:2512 CM]]. Moeder ([[p:Zeynep]]) is zwanger van het vijfde kind. Urgentieaanvraag eerder afgewezen.
Aanpak: medische urgentie onderbouwd met brief van de {{r:verloskundige}}, nieuwe aanvraag op [[d:11-10-2023]] ([[k:URG-2023-1877]]).
Wat werkte: een concrete brief over de slaapsituatie van de kinderen.
Les: urgentie gaat over wat er feitelijk gebeurt, niet over hoe vol het huis voelt. Beschrijf het concreet.
""")

T("""
Review op conceptles gezin Demir-Yılmaz:
- namen ([[p:Zeynep]], achternaam) eruit
- [[a:Boekhorststraat 17 3e]] eruit
- het urgentienummer ([[k:URG-2023-1877]]) eruit
- zwangerschap + vijfde kind is herkenbaar, misschien "groot gezin"
Verder prima!
[[p:Dennis Kooij]]
""")

T("""
Les – noodfonds snel inzetten
Meneer [[p:Lambrechts]] ({{w:Oostbroek}}) had geen geld voor de eigen bijdrage van zijn medicijnen. Via het noodfonds van {{o:Stichting Urgente Noden}} binnen 48 uur € 250 overgemaakt naar [[i:IBAN_:TRIO]]. Aanvraag liep via de {{r:maatschappelijk werker}}.
Les: SUN kan snel, maar alleen als de aanvraag compleet is. Stuur altijd een inkomensoverzicht mee.
""")

T("""
Conceptles: het gezin [[p:Ibrahimović]] – statushouders uit Bosnië? Nee, uit Syrië via Bosnië. Na 18 jaar in NL nog steeds geen Nederlands paspoort. Kinderen hier geboren.
Aanpak: samen met {{o:VluchtelingenWerk}} naturalisatie gestart. BSN vader: [[b:BSN]]. Dossier IND: [[k:IND-0912-22431]].
Les: "vergeten" statushouders die al lang hier zijn hebben nog altijd hulp nodig met de IND.
""")

T("""
Opmerking reviewer bij les [[p:Ibrahimović]]:
[[p:Ibrahimović]] is een herkenbare achternaam; en met BSN + IND-dossier erbij is dit een volledig identificeerbaar document. Graag alles weghalen. ("Syrië via Bosnië" is ook al erg specifiek.) – [[p:Robert]]
""")

T("""
Korte les (team {{w:Rustenburg}}):
mw [[p:Blom]] kreeg elke maand een rekening van € 65 voor een abonnement dat ze niet kende. Rekeningnummer mw: [[i:IBAN_:INGB]]. Storneren kon tot 13 maanden terug. Opgelost in één middag.
Les: kijk bij ouderen samen de bankafschriften door. Je vindt altijd iets.
""")

T("""
Bericht van de redactie: vanaf deze maand blokkeert het platform concepten waarin een BSN staat. Voorbeelden die we deze maand vonden: "bsn [[b:BSN]]", "BSN: [[b:BSN.]]" en zelfs een BSN in een bestandsnaam. Vragen? [[p:Marjolein]], [[e:redactie@kennisplatform-swt.nl]].
""")

T("""
Concept casusles ({{w:Vrederust}}) — netwerk in kaart

Meneer [[p:Ruben Sedney]] (Surinaams, 59) zei dat hij "niemand" had. Samen een ecogram gemaakt: 14 mensen! Onder wie zijn neef [[p:Glenn]] ([[t:+31 (0)6 2811 0492]]) en een oude collega van de tram.
Les: "ik heb niemand" betekent vaak "ik vraag niemand". Teken het netwerk samen uit.
""")

T("""
Les in 2 zinnen voor de nieuwsbrief:
"Ik heb niemand" betekent vaak "ik vraag niemand". Team {{w:Vrederust}} tekende met een cliënt zijn netwerk uit en vond 14 mensen. Met dank aan [[p:Orlando]] ({{r:welzijnscoach}}).
""")

T("""
casus mw [[p:Kowalska]] – korte les

mw woont op [[a:Jan Hendrikstraat 92]] met haar zoon [[p:Kacper]] (8). zoon heeft ADHD, school belt elke week. mw werkt in een hotel in Scheveningen, [[t:0031 6 4120 7788]].
les: plan afspraken met werkende ouders buiten kantoortijd. wij doen nu 1 avond per week spreekuur.
""")

T("""
Samenvatting voor de nieuwsbrief: teams leerden deze maand dat bijlagen (scans van formulieren) níet door het platform worden geanonimiseerd. Zet nooit een intakeformulier met BSN of rekeningnummer als bijlage. Vragen: {{r:privacy officer}} [[p:Robert Hamer]], [[t:070 - 353 20 00]].
""")
# ---------------------------------------------------------------- part 11: short notes with phone numbers
T("""
kort: mw [[p:Pattiasina]] belde terug op [[t:070-3608172]], ze wil de les over haar buurtinitiatief wél delen, maar zonder haar naam. Haar dochter [[p:Elsje]] ([[t:06-14 92 77 30]]) helpt met de tekst.
""")

T("""
Les in één alinea (team {{w:Waldeck}}): bij een oudere man met beginnende dementie bleek de telefoon het probleem: hij nam nooit op omdat hij dacht dat het verkopers waren. Nu belt de {{r:casemanager dementie}} altijd vanaf hetzelfde nummer ([[t:06 - 38 44 90 12]]) en heeft zijn schoonzoon [[p:Dirk]] dat nummer in zijn telefoon gezet als "ZUSTER [[p:LINDA]]".
""")

T("""
Reactie op de les over arbeidsmigranten: wij werken in {{w:Laak}} met een Roemeense {{r:sleutelpersoon}}, [[p:Mihaela Ionescu]]. Ze is bereikbaar op [[t:+40 722 318 904]] (Roemeens nummer) en op [[t:0684471259]]. Ze helpt ook bij huisbezoeken. Vraag het even aan [[p:Claudia]] als je haar wilt inzetten.
""")

T("""
notitie bij casusles huiselijk geweld: mw heeft een nieuw (geheim) nummer, [[t:06 2917 4405]]. NIET doorgeven aan school of familie. Alleen [[p:Lotte]] en ik hebben het. – [[p:Jolanda]]
""")

T("""
Nieuwsbrief: de {{r:welzijnscoaches}} van {{w:Escamp}} zijn voortaan op één nummer bereikbaar: [[t:070 – 205 63 10]]. Voor vragen over het koffie-uurtje in {{o:De Mussen}}: [[p:Derya Öztürk]], [[t:06 12 73 55 08]].
""")


# ---------------------------------------------------------------- build
def bsn_gen(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        d9 = s % 11
        if d9 <= 9:
            d.append(d9)
            v = "".join(map(str, d))
            assert bsn_ok(v)
            return v


def bsn_ok(v):
    v = re.sub(r"\D", "", v)
    if len(v) != 9:
        return False
    d = list(map(int, v))
    return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def iban_gen(rng, bank):
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(num) % 97
    v = "NL%02d%s%s" % (check, bank, acct)
    assert iban_ok(v)
    return v


def iban_ok(v):
    v = v.replace(" ", "").upper()
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}", re.S)


def fill(label, content, rng):
    if label == "b":
        v = bsn_gen(rng)
        if content == "BSN":
            return v
        if content == "BSN.":
            return "%s.%s.%s" % (v[:4], v[4:6], v[6:])
        if content == "BSN_":
            return "%s %s %s" % (v[:3], v[3:6], v[6:])
        return content
    if label == "i":
        fmt, _, bank = content.partition(":")
        if fmt not in ("IBAN", "IBAN_", "iban_"):
            return content
        v = iban_gen(rng, bank or "INGB")
        if fmt == "IBAN":
            return v
        sp = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
        return sp if fmt == "IBAN_" else sp.lower()
    return content


def build(src, rng):
    out, pii, keep, pos, last = [], [], [], 0, 0
    for m in MARK.finditer(src):
        out.append(src[last : m.start()])
        pos += m.start() - last
        if m.group(1):
            lab, content = m.group(1), m.group(2)
            full = PII[lab]
            content = fill(lab, content, rng)
            dest = pii
        else:
            lab, content = m.group(3), m.group(4)
            full = KEEP[lab]
            dest = keep
        dest.append({"start": pos, "end": pos + len(content), "label": full, "text": content})
        out.append(content)
        pos += len(content)
        last = m.end()
    out.append(src[last:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, pii, keep


def main():
    rng = random.Random(98)
    order = list(range(len(TEXTS)))
    random.Random(9898).shuffle(order)
    built = [build(TEXTS[k], rng) for k in order]
    # second pass: every keep term marked somewhere is also marked where it recurs unmarked
    vocab = {}
    for _, _, keep in built:
        for s in keep:
            vocab.setdefault(s["text"], s["label"])
    terms = sorted(vocab, key=lambda w: (-len(w), w))
    rows = []
    for n, (text, pii, keep) in enumerate(built):
        taken = [(s["start"], s["end"]) for s in pii + keep]
        for w in terms:
            for m in re.finditer(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    keep.append({"start": m.start(), "end": m.end(), "label": vocab[w], "text": w})
                    taken.append((m.start(), m.end()))
        keep.sort(key=lambda s: s["start"])
        spans = sorted(pii + keep, key=lambda s: s["start"])
        for s in spans:
            assert text[s["start"] : s["end"]] == s["text"], s
            assert s["text"] == s["text"].strip() and s["text"], s
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (a, b, text)
        for s in pii:
            if s["label"] == "bsn":
                assert bsn_ok(s["text"]), s
            if s["label"] == "iban":
                assert iban_ok(s["text"]), s
        rows.append({"id": "ho98-%04d" % n, "text": text, "pii": pii, "keep": keep})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout98.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    pc = Counter(s["label"] for r in rows for s in r["pii"])
    kc = Counter(s["label"] for r in rows for s in r["keep"])
    words = sum(len(r["text"].split()) for r in rows)
    tot = sum(pc.values())
    print(path)
    print("texts", len(rows), "avg words %.1f" % (words / len(rows)))
    print("pii", tot, dict(pc.most_common()), "person share %.2f" % (pc["person"] / tot))
    print("keep", sum(kc.values()), dict(kc.most_common()))
    assert all(r["pii"] for r in rows)


if __name__ == "__main__":
    main()
